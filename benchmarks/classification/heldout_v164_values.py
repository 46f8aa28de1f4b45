"""Values of held-out set v164 (:mod:`benchmarks.classification.heldout_v164`): v164's random source, and names,
streets, towns, guarded sites, firms and free-text snippets written by hand for v164's alarm monitoring centres,
locksmiths, private security guard firms and key-holding services (no Faker, no list of real people, no breach data),
phones checked with phonenumbers and identifiers with check digits computed and checked with python-stdnum (the
Polish identity card's check digit and the Quebec bank account layout, which python-stdnum lacks, computed here with
their published rules).

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers follow v161's (copied); the lists below are new.
"""

from __future__ import annotations

import hashlib
import random
import string
import unicodedata
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import phonenumbers
from stdnum import iban as _iban
from stdnum import luhn
from stdnum.at import uid as _at_uid
from stdnum.at import vnr as _vnr
from stdnum.au import abn as _abn
from stdnum.au import tfn as _tfn
from stdnum.ca import bn as _bn
from stdnum.ca import sin as _sin
from stdnum.cz import bankaccount as _cz_account
from stdnum.cz import dic as _ico
from stdnum.cz import rc as _rc
from stdnum.dk import cpr as _cpr
from stdnum.dk import cvr as _cvr
from stdnum.gb import nhs as _nhs
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _afm
from stdnum.ie import pps as _pps
from stdnum.ie import vat as _ie_vat
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.my import nric as _nric
from stdnum.nz import ird as _ird
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.pl import regon as _regon
from stdnum.ua import edrpou as _edrpou
from stdnum.ua import rntrc as _rntrc
from stdnum.us import rtn as _rtn
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 164_2026_1219
N = "none"
#: a login or a domestic bank account (``review``, as earlier sets labeled them)
UNCLASSIFIED = "unclassified"
#: NULL-like strings of v164's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "",
    " ",
    "-",
    "--",
    "NULL",
    "null",
    "n/a",
    "N/A",
    "NA",
    "none",
    "None",
    "nil",
    "Nil",
    "unknown",
    "0",
    "ingen",
    "intet",
    "keine",
    "k. A.",
    "brak",
    "nie dotyczy",
    "žádná",
    "bez poznámky",
    "немає",
    "не вказано",
    "καμία",
    "δεν υπάρχει",
    "aucune",
    "s.o.",
    "tiada",
)

_FOLD = str.maketrans(
    {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "å": "aa", "Å": "AA", "ß": "ss", "ł": "l", "Ł": "L", "'": "", "’": ""}
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower().translate(_FOLD))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v164:{SEED}:{table}")

    # -- columns
    def col(self, make: Callable[[], Any], null: float = 0.0) -> list[Any]:
        return [None if self.rnd.random() < null else make() for _ in range(self.rows)]

    def pick(self, choices: list[Any]) -> Callable[[], Any]:
        return lambda: self.rnd.choice(choices)

    def sparse(self, make: Callable[[], Any], share: float, words: tuple[str, ...]) -> list[Any]:
        """``share`` of the rows a NULL word (or an empty string), the rest ``make()``."""
        return [self.rnd.choice(words) if self.rnd.random() < share else make() for _ in range(self.rows)]

    def keys(self, start: int, step: int = 1) -> list[int]:
        return [start + i * step for i in range(self.rows)]

    def ints(self, lo: int, hi: int, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.rnd.randint(lo, hi), null)

    def amounts(self, lo: float, hi: float, null: float = 0.0) -> list[Any]:
        return self.col(lambda: round(self.rnd.uniform(lo, hi), 2), null)

    def floats(self, lo: float, hi: float, digits: int) -> list[float]:
        return [round(self.rnd.uniform(lo, hi), digits) for _ in range(self.rows)]

    def yn(self, yes: Any, no: Any, p: float) -> list[Any]:
        return [yes if self.rnd.random() < p else no for _ in range(self.rows)]

    def day(self, lo: str, hi: str) -> date:
        a, b = date.fromisoformat(lo), date.fromisoformat(hi)
        return a + timedelta(days=self.rnd.randint(0, (b - a).days))

    def weekday(self, lo: str, hi: str) -> date:
        return self.valid(lambda: self.day(lo, hi), lambda d: d.weekday() < 5)

    def days(self, lo: str, hi: str, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.day(lo, hi), null)

    def moment(self, lo: str, hi: str, start_hour: int = 0, end_hour: int = 23) -> datetime:
        seconds = self.rnd.randint(start_hour * 3_600, end_hour * 3_600 + 3_599)
        return datetime.combine(self.day(lo, hi), datetime.min.time()) + timedelta(seconds=seconds)

    def moments(self, lo: str, hi: str, null: float = 0.0, start_hour: int = 0, end_hour: int = 23) -> list[Any]:
        return self.col(lambda: self.moment(lo, hi, start_hour, end_hour), null)

    def birth(self, lo: int, hi: int) -> date:
        return self.day(f"{lo}-01-01", f"{hi}-12-31")

    def births(self, lo: int, hi: int) -> list[date]:
        return [self.birth(lo, hi) for _ in range(self.rows)]

    # -- shapes
    def digits(self, n: int, alphabet: str = string.digits) -> str:
        return "".join(self.rnd.choice(alphabet) for _ in range(n))

    def code(self, layout: str) -> str:
        """``9`` a digit, ``A`` an upper-case letter, ``Z`` either, ``x`` a hex digit; anything else is kept."""
        out = []
        for ch in layout:
            if ch == "9":
                out.append(self.rnd.choice(string.digits))
            elif ch == "A":
                out.append(self.rnd.choice(string.ascii_uppercase))
            elif ch == "Z":
                out.append(self.rnd.choice(string.digits + string.ascii_uppercase))
            elif ch == "x":
                out.append(self.rnd.choice("0123456789abcdef"))
            else:
                out.append(ch)
        return "".join(out)

    def valid(self, make: Callable[[], Any], ok: Callable[[Any], bool]) -> Any:
        for _ in range(20_000):
            value = make()
            if ok(value):
                return value
        raise RuntimeError("no valid value")

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rnd.getrandbits(128), version=4))

    def sha256(self) -> str:
        return hashlib.sha256(str(self.rnd.random()).encode()).hexdigest()

    def md5(self) -> str:
        return hashlib.md5(str(self.rnd.random()).encode(), usedforsecurity=False).hexdigest()

    def version(self, major: tuple[int, int] = (1, 9)) -> str:
        return f"{self.rnd.randint(*major)}.{self.rnd.randint(0, 24)}.{self.rnd.randint(0, 40)}"

    def mac(self) -> str:
        return ":".join(f"{self.rnd.randint(0, 255):02X}" for _ in range(6))

    def ipv4(self) -> str:
        first = self.rnd.choice([27, 37, 46, 60, 77, 82, 93, 103, 106, 115, 122, 125, 146, 154, 176, 178, 188, 203])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2001:4860", "2404:6800", "2a02:c7c", "2c0f:fb50", "2401:7000", "2a01:110"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(6))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        """A number valid for ``region`` (a mobile or a fixed line of the table's area), formatted as ``fmt``."""
        local = _LOCAL.get(region)
        wanted = _MOBILE_TYPES if mobile else _FIXED_TYPES

        def ok(number: phonenumbers.PhoneNumber) -> bool:
            return (
                phonenumbers.is_valid_number(number)
                and phonenumbers.region_code_for_number(number) == region
                and phonenumbers.number_type(number) in wanted
            )

        number = None
        if local is not None:
            for _ in range(400):
                candidate = phonenumbers.parse(
                    f"+{phonenumbers.country_code_for_region(region)}{local[0 if mobile else 1](self)}"
                )
                if ok(candidate):
                    number = candidate
                    break
        if number is None:
            kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
            example = phonenumbers.example_number_for_type(region, kind)
            nsn = phonenumbers.national_significant_number(example)
            keep = max(len(nsn) - 6, 1)
            for _ in range(2_000):
                candidate = phonenumbers.parse(f"+{example.country_code}{nsn[:keep]}{self.digits(len(nsn) - keep)}")
                if ok(candidate):
                    number = candidate
                    break
        if number is None:
            raise RuntimeError(f"no valid phone for {region}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        if fmt == "dashes" and region in ("US", "CA"):
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:3]}-{d[3:6]}-{d[6:]}"
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(
            lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile), null
        )


_MOBILE_TYPES = {phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
_FIXED_TYPES = {phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}


def _nanp(areas: list[str]) -> Callable[[Gen], str]:
    return lambda g: g.rnd.choice(areas) + str(g.rnd.randint(2, 9)) + g.digits(6)


def _pre(prefixes: list[str], width: int) -> Callable[[Gen], str]:
    """A national significant number: one of ``prefixes`` and random digits up to ``width`` digits."""

    def make(g: Gen) -> str:
        p = g.rnd.choice(prefixes)
        return p + g.digits(width - len(p))

    return make


#: region -> (a mobile's, a fixed line's national significant number) of the table's own area
_LOCAL: dict[str, tuple[Callable[[Gen], str], Callable[[Gen], str]]] = {
    "GB": (_pre(["71", "73", "74", "75", "77", "78", "79"], 10), _pre(["1603"], 10)),
    "NZ": (_pre(["21", "22", "27"], 9), _pre(["635", "635", "636"], 8)),
    "AU": (
        _pre(["400", "401", "404", "407", "408", "411", "413", "414", "417", "422", "427", "431", "447", "458"], 9),
        _pre(["242", "242", "4296"], 9),
    ),
    "IE": (_pre(["83", "85", "86", "87", "89"], 9), _pre(["51"], 8)),
    "US": (_nanp(["509"]), _nanp(["509"])),
    "IN": (
        _pre(["70", "73", "75", "80", "81", "85", "90", "94", "95", "96", "97", "98", "99"], 10),
        _pre(["452"], 10),
    ),
    "MY": (_pre(["12", "13", "14", "16", "17", "19"], 9), _pre(["82"], 8)),
    "DK": (
        _pre(["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42", "50", "51",
              "52", "53", "60", "61", "71", "81", "91", "93"], 8),
        _pre(["75", "76"], 8),
    ),
    "AT": (_pre(["664", "676", "650", "699", "660", "681", "688"], 10), _pre(["4242"], 10)),
    "PL": (_pre(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"], 9), _pre(["52"], 9)),
    "CZ": (
        _pre(["601", "602", "603", "604", "605", "606", "607", "608", "720", "721", "722", "731", "732", "736", "737",
              "739", "773", "774", "776", "777", "792", "799"], 9),
        _pre(["48"], 9),
    ),
    "UA": (_pre(["67", "68", "96", "97", "98", "50", "66", "95", "99", "63", "73", "93"], 9), _pre(["432"], 9)),
    "GR": (_pre(["690", "693", "694", "695", "697", "698", "699"], 10), _pre(["2421", "2421", "2422"], 10)),
    "CA": (_nanp(["819", "873"]), _nanp(["819"])),
}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v164) ------------------------------------------------------------------------------------------

#: language -> (men's given names, women's given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "gb": (
        ["Darren", "Lee", "Craig", "Ashley", "Nigel", "Trevor", "Jamie", "Kieran", "Graham", "Stuart", "Marek"],
        ["Tracey", "Kerry", "Jodie", "Leanne", "Hayley", "Sharon", "Gemma", "Jackie", "Stacey", "Carol", "Beata"],
        ["Howes", "Gotts", "Thrower", "Bunn", "Loades", "Sayer", "Beales", "Platten", "Cushion", "Gedge", "Spink",
         "Rix", "Jermy", "Kowalczyk"],
    ),
    "nz": (
        ["Nikau", "Tama", "Hemi", "Brent", "Shane", "Logan", "Ropata", "Jared", "Mitchell", "Sione"],
        ["Aroha", "Mere", "Kiri", "Stacey", "Renee", "Hinemoa", "Tania", "Leah", "Ana", "Courtney"],
        ["Te Awe Awe", "Ngata", "Tipene", "McKenzie", "Hona", "Thompson", "Rangitaawa", "Fifita", "Gordon", "Paewai",
         "Kereama", "Wallace", "Tupou", "Ormsby"],
    ),
    "au": (
        ["Nathan", "Brodie", "Corey", "Dean", "Jarrod", "Luka", "Mitchell", "Nikola", "Ryan", "Tarik"],
        ["Kylie", "Jade", "Rebecca", "Shannon", "Danielle", "Ana", "Melissa", "Tegan", "Ivana", "Zeynep"],
        ["Stojanovski", "Ristevski", "Hardcastle", "Morrison", "Petrovski", "Baldwin", "Nguyen", "Yildiz", "Cameron",
         "Jovanovski", "Makin", "Brennan", "Trajkovski", "Doherty"],
    ),
    "ie": (
        ["Declan", "Ger", "Tomás", "Colm", "Shane", "Eamon", "Kieran", "Niall", "Pádraig", "Dermot"],
        ["Nuala", "Maeve", "Caitríona", "Bríd", "Sorcha", "Eimear", "Aisling", "Triona", "Mairéad", "Fionnuala"],
        ["Power", "Walsh", "Phelan", "Foley", "Keating", "Flynn", "Dunphy", "Cleary", "Whelan", "Butler", "Hennessy",
         "Kiely", "O'Brien", "Grant"],
    ),
    "us": (
        ["Travis", "Dustin", "Garrett", "Wyatt", "Cody", "Derek", "Brandon", "Jesse", "Tanner", "Clint"],
        ["Amber", "Brittany", "Kaylee", "Shawna", "Heather", "Tiffany", "Misty", "Chelsea", "Jolene", "Kristin"],
        ["Lindgren", "Olson", "Petersen", "Haugen", "McAllister", "Kowalski", "Riordan", "Swanson", "Yellowhorse",
         "Brekke", "Dalton", "Nakamura", "Sandoval", "Pruitt"],
    ),
    "in": (
        ["Murugan", "Karthikeyan", "Senthil", "Balamurugan", "Pandi", "Muthu", "Saravanan", "Vignesh", "Ganesan",
         "Ayyanar", "Selvam", "Ramesh"],
        ["Meenakshi", "Selvi", "Kavitha", "Pandeeswari", "Malathi", "Revathi", "Jothi", "Sangeetha", "Muthulakshmi",
         "Vasanthi", "Priya", "Lakshmi"],
        ["Pandian", "Raja", "Subramanian", "Kannan", "Veerappan", "Chelliah", "Perumal", "Arumugam", "Ramasamy",
         "Muniyandi", "Chinnasamy", "Sundaram", "Palanisamy", "Karuppiah"],
    ),
    "dk": (
        ["Anders", "Jens", "Thomas", "Lars", "Christian", "Martin", "Peter", "Kim", "Brian", "Jacob"],
        ["Anne", "Kirsten", "Hanne", "Susanne", "Lene", "Marianne", "Charlotte", "Tina", "Birgitte", "Signe"],
        ["Hansen", "Pedersen", "Andersen", "Madsen", "Rasmussen", "Iversen", "Bertelsen", "Knudsen", "Vestergaard",
         "Damgaard", "Skov", "Friis", "Bach", "Lund"],
    ),
    "at": (
        ["Markus", "Christoph", "Gerald", "Wolfgang", "Patrick", "Bernhard", "Dominik", "Manfred", "Jürgen", "Mario"],
        ["Sabine", "Claudia", "Andrea", "Petra", "Bianca", "Michaela", "Katharina", "Ingrid", "Verena", "Daniela"],
        ["Gruber", "Kogler", "Pichler", "Wieser", "Ogris", "Kofler", "Mörtl", "Schusser", "Wutte", "Tschernutter",
         "Lackner", "Krainer", "Sereinig", "Zwitter"],
    ),
    "qc": (
        ["Jean-François", "Mathieu", "Sylvain", "Réjean", "Alexandre", "Marc-André", "Guillaume", "Denis", "Éric",
         "Simon"],
        ["Geneviève", "Isabelle", "Nathalie", "Josée", "Marie-Ève", "Chantal", "Mélanie", "Sophie", "Julie", "Annie"],
        ["Tremblay", "Gélinas", "Lemire", "Trudel", "Bellemare", "Lesage", "Pellerin", "Boisvert", "St-Pierre",
         "Héroux", "Lacerte", "Dupont", "Beaudoin", "Gauthier"],
    ),
}

#: languages whose family names have a man's and a woman's form: (men's given, women's given, (man's, woman's) family)
GENDERED: dict[str, tuple[list[str], list[str], list[tuple[str, str]]]] = {
    "pl": (
        ["Paweł", "Tomasz", "Krzysztof", "Marcin", "Łukasz", "Grzegorz", "Dariusz", "Mariusz", "Rafał", "Sebastian"],
        ["Agnieszka", "Joanna", "Katarzyna", "Magdalena", "Monika", "Ewelina", "Beata", "Aleksandra", "Iwona",
         "Dorota"],
        [("Kowalewski", "Kowalewska"), ("Wiśniewski", "Wiśniewska"), ("Nowak", "Nowak"),
         ("Lewandowski", "Lewandowska"), ("Szulc", "Szulc"), ("Jankowski", "Jankowska"), ("Kaczmarek", "Kaczmarek"),
         ("Zieliński", "Zielińska"), ("Piątek", "Piątek"), ("Dąbrowski", "Dąbrowska"), ("Kubiak", "Kubiak"),
         ("Gołębiewski", "Gołębiewska"), ("Wróbel", "Wróbel"), ("Majewski", "Majewska")],
    ),
    "cz": (
        ["Jiří", "Petr", "Tomáš", "Martin", "Lukáš", "Ondřej", "Miroslav", "Radek", "Zdeněk", "Jakub"],
        ["Jana", "Petra", "Lucie", "Hana", "Markéta", "Veronika", "Lenka", "Kateřina", "Ivana", "Tereza"],
        [("Novotný", "Novotná"), ("Dvořák", "Dvořáková"), ("Černý", "Černá"), ("Procházka", "Procházková"),
         ("Kučera", "Kučerová"), ("Veselý", "Veselá"), ("Horák", "Horáková"), ("Pokorný", "Pokorná"),
         ("Hájek", "Hájková"), ("Král", "Králová"), ("Beneš", "Benešová"), ("Fiala", "Fialová"),
         ("Šimek", "Šimková"), ("Mašek", "Mašková")],
    ),
    "uk": (
        ["Олександр", "Андрій", "Віталій", "Богдан", "Тарас", "Юрій", "Василь", "Ігор", "Сергій", "Олег"],
        ["Оксана", "Наталія", "Ірина", "Світлана", "Галина", "Марія", "Тетяна", "Олена", "Людмила", "Юлія"],
        [("Ковальчук", "Ковальчук"), ("Бондаренко", "Бондаренко"), ("Мельник", "Мельник"), ("Ткачук", "Ткачук"),
         ("Поліщук", "Поліщук"), ("Гнатюк", "Гнатюк"), ("Савчук", "Савчук"), ("Кравчук", "Кравчук"),
         ("Левицький", "Левицька"), ("Вишневський", "Вишневська"), ("Стецюк", "Стецюк"), ("Мороз", "Мороз"),
         ("Зайченко", "Зайченко"), ("Костенко", "Костенко")],
    ),
    "el": (
        ["Γεώργιος", "Δημήτριος", "Κωνσταντίνος", "Ιωάννης", "Νικόλαος", "Αθανάσιος", "Βασίλειος", "Χρήστος",
         "Ευάγγελος", "Απόστολος"],
        ["Μαρία", "Ελένη", "Αικατερίνη", "Βασιλική", "Σοφία", "Ευαγγελία", "Παρασκευή", "Χριστίνα", "Αναστασία",
         "Δέσποινα"],
        [("Παπαδόπουλος", "Παπαδοπούλου"), ("Καραγιάννης", "Καραγιάννη"), ("Οικονόμου", "Οικονόμου"),
         ("Ζαχαρίου", "Ζαχαρίου"), ("Τσιούρης", "Τσιούρη"), ("Μπακάλης", "Μπακάλη"), ("Γκατζούλης", "Γκατζούλη"),
         ("Σιδηρόπουλος", "Σιδηροπούλου"), ("Ντόβας", "Ντόβα"), ("Κατσαρός", "Κατσαρού"), ("Λιάπης", "Λιάπη"),
         ("Μαγγίνας", "Μαγγίνα"), ("Ρήγας", "Ρήγα"), ("Φωτίου", "Φωτίου")],
    ),
}

#: Ukrainian men's given names -> (a son's, a daughter's patronymic)
UK_PATRONYMIC: dict[str, tuple[str, str]] = {
    "Олександр": ("Олександрович", "Олександрівна"),
    "Андрій": ("Андрійович", "Андріївна"),
    "Віталій": ("Віталійович", "Віталіївна"),
    "Богдан": ("Богданович", "Богданівна"),
    "Тарас": ("Тарасович", "Тарасівна"),
    "Юрій": ("Юрійович", "Юріївна"),
    "Василь": ("Васильович", "Василівна"),
    "Ігор": ("Ігорович", "Ігорівна"),
    "Сергій": ("Сергійович", "Сергіївна"),
    "Олег": ("Олегович", "Олегівна"),
}

#: Kuching names by community: Malay (``bin``/``binti`` and the father's name), Chinese (family name first) and
#: Iban or Bidayuh (``anak`` and the father's name)
MY_MALAY = (
    ["Mohd Hafiz", "Azlan", "Shahrul Nizam", "Faizal", "Amirul", "Hazwan", "Ikhwan"],
    ["Siti Aminah", "Nurul Huda", "Farah Nadia", "Aida", "Syazwani", "Dayang Norliza", "Hazirah"],
    ["Abdullah", "Ismail", "Hamdan", "Bujang", "Sulaiman", "Jamil", "Razak", "Osman", "Wahab"],
)
MY_CHINESE = (
    ["Wong", "Lau", "Tan", "Ting", "Chai", "Kho", "Lim", "Sim", "Ling", "Yii"],
    ["Wei Jie", "Chee Keong", "Yong Seng", "Kah Wai", "Jun Hao", "Boon Hock"],
    ["Siew Ling", "Kah Hui", "Mei Fong", "Hui Min", "Pei Shan", "Xin Yi"],
)
MY_DAYAK = (
    ["Jimbun", "Nyalau", "Ensing", "Sylvester", "Mering", "Jonathan", "Gerawat"],
    ["Juliana", "Linda", "Margaret", "Sendi", "Mary", "Dayang Sari", "Christina"],
    ["Rentap", "Unggat", "Ngadan", "Jelani", "Empeni", "Sanggau", "Ngumbang", "Nyipa"],
)

_LATIN = {
    # Ukrainian
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z", "и": "y",
    "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
    "я": "ia", "ʼ": "",
    # Greek (accents are dropped by fold first)
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k", "λ": "l",
    "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f",
    "χ": "ch", "ψ": "ps", "ω": "o",
}


#: Greek letter pairs written as one sound
_GREEK_PAIRS = {"ου": "ou", "ευ": "ev", "αυ": "av", "γγ": "ng"}


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) of ``lang``."""
    if female is None:
        female = g.rnd.random() < 0.5
    if lang in GENDERED:
        men, women, families = GENDERED[lang]
        man, woman = g.rnd.choice(families)
        return g.rnd.choice(women if female else men), woman if female else man
    if lang == "my":
        return my_name(g, female)[1:]
    male, fem, fam = NAMES[lang]
    return g.rnd.choice(fem if female else male), g.rnd.choice(fam)


def my_name(g: Gen, female: bool) -> tuple[str, str, str]:
    """A Kuching customer's (whole name, given part, family or father's part) as the MyKad writes it."""
    community = g.rnd.choices(["malay", "chinese", "dayak"], [0.4, 0.35, 0.25])[0]
    if community == "malay":
        men, women, fathers = MY_MALAY
        given, father = g.rnd.choice(women if female else men), g.rnd.choice(fathers)
        return f"{given} {'binti' if female else 'bin'} {father}", given, father
    if community == "chinese":
        families, men, women = MY_CHINESE
        family, given = g.rnd.choice(families), g.rnd.choice(women if female else men)
        return f"{family} {given}", given, family
    men, women, fathers = MY_DAYAK
    given, father = g.rnd.choice(women if female else men), g.rnd.choice(fathers)
    return f"{given} anak {father}", given, father


def patronymic(g: Gen, female: bool) -> str:
    return UK_PATRONYMIC[g.rnd.choice(GENDERED["uk"][0])][1 if female else 0]


def whole(g: Gen, lang: str, female: bool | None = None) -> str:
    """A whole name as the country writes it (``Прізвище Ім'я По батькові`` in Ukrainian)."""
    if female is None:
        female = g.rnd.random() < 0.5
    if lang == "my":
        return my_name(g, female)[0]
    a, b = person(g, lang, female)
    if lang == "uk":
        return f"{b} {a} {patronymic(g, female)}"
    if lang == "in" and g.rnd.random() < 0.5:
        return f"{b[0]}. {a}"
    return f"{a} {b}"


def given(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def staff(g: Gen, n: int, lang: str, style: str = "whole") -> list[str]:
    """``n`` distinct staff members' names (``whole``, ``first``, ``last``, ``initial`` as ``Tracey G.``)."""
    out: set[str] = set()
    while len(out) < n:
        female = g.rnd.random() < 0.45
        a, b = person(g, lang, female)
        if style == "first":
            out.add(a)
        elif style == "last":
            out.add(b)
        elif style == "initial":
            out.add(f"{a} {b[0]}.")
        elif lang == "uk":
            out.add(f"{b} {a[0]}. {patronymic(g, female)[0]}.")
        elif lang == "my":
            out.add(my_name(g, female)[0])
        else:
            out.add(f"{a} {b}")
    return sorted(out)


def latin(text: str) -> str:
    """``text`` in ASCII letters: Ukrainian and Greek transliterated, accents dropped."""
    text = fold(text)
    for pair, out in _GREEK_PAIRS.items():
        text = text.replace(pair, out)
    text = "".join(_LATIN.get(ch, ch) for ch in text)
    return "".join(ch for ch in text if ch.isascii() and (ch.isalnum() or ch == "."))


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = latin(first.split()[0]) or "user", latin(last.split()[-1]) or "mail"
    local = g.rnd.choice(
        [
            f"{a}.{b}",
            f"{a[0]}{b}",
            f"{a}{g.rnd.randint(1, 99)}",
            f"{b}.{a}{g.rnd.randint(70, 99)}",
            f"{a}_{b}{g.rnd.randint(1, 9)}",
        ]
    )
    return f"{local}@{g.rnd.choice(domains)}"


DOMAINS: dict[str, list[str]] = {
    "gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "talktalk.net"],
    "nz": ["gmail.com", "xtra.co.nz", "hotmail.com", "outlook.co.nz", "slingshot.co.nz"],
    "au": ["gmail.com", "bigpond.com", "outlook.com", "hotmail.com", "optusnet.com.au"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "yahoo.ie"],
    "us": ["gmail.com", "yahoo.com", "comcast.net", "centurylink.net", "icloud.com"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "my": ["gmail.com", "yahoo.com.my", "hotmail.com", "outlook.my"],
    "dk": ["gmail.com", "hotmail.dk", "mail.dk", "outlook.dk", "youmail.dk"],
    "at": ["gmx.at", "aon.at", "gmail.com", "chello.at", "a1.net"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "gmail.com", "interia.pl"],
    "cz": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com", "post.cz"],
    "uk": ["ukr.net", "gmail.com", "i.ua", "meta.ua"],
    "el": ["gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr", "windowslive.com"],
    "qc": ["videotron.ca", "gmail.com", "hotmail.com", "cgocable.ca", "outlook.com"],
}

# -- places (written for v164) -----------------------------------------------------------------------------------------

#: (town, postcode district) around Norwich
GB_PLACES = [
    ("Norwich", "NR1"),
    ("Norwich", "NR2"),
    ("Norwich", "NR3"),
    ("Sprowston", "NR7"),
    ("Taverham", "NR8"),
    ("Hethersett", "NR9"),
    ("Aylsham", "NR11"),
    ("Acle", "NR13"),
    ("Loddon", "NR14"),
    ("Wymondham", "NR18"),
    ("Dereham", "NR19"),
    ("Costessey", "NR5"),
]
GB_STREETS = [
    "Unthank Road",
    "Earlham Road",
    "Dereham Road",
    "Plumstead Road",
    "Ipswich Road",
    "Church Lane",
    "Norwich Road",
    "Station Road",
    "Yarmouth Road",
    "St Faiths Lane",
    "Newmarket Road",
    "Mill Close",
]
#: (suburb, postcode) of Palmerston North and around
NZ_PLACES = [
    ("Hokowhitu", "4410"),
    ("Terrace End", "4410"),
    ("Fitzherbert", "4410"),
    ("Roslyn", "4414"),
    ("Milson", "4414"),
    ("Awapuni", "4412"),
    ("Highbury", "4412"),
    ("Westbrook", "4412"),
    ("Kelvin Grove", "4470"),
    ("Feilding", "4702"),
    ("Ashhurst", "4810"),
]
NZ_STREETS = [
    "Featherston Street",
    "Ruahine Street",
    "Albert Street",
    "Botanical Road",
    "Pioneer Highway",
    "College Street",
    "Tremaine Avenue",
    "Rangitikei Street",
    "Highbury Avenue",
    "Main Street",
]
#: (suburb, postcode) of the Illawarra
AU_PLACES = [
    ("Wollongong", "2500"),
    ("Warrawong", "2502"),
    ("Berkeley", "2506"),
    ("Thirroul", "2515"),
    ("Corrimal", "2518"),
    ("Fairy Meadow", "2519"),
    ("Figtree", "2525"),
    ("Unanderra", "2526"),
    ("Albion Park", "2527"),
    ("Shellharbour", "2529"),
    ("Dapto", "2530"),
    ("Kiama", "2533"),
]
AU_STREETS = [
    "Crown Street",
    "Princes Highway",
    "Bong Bong Road",
    "Keira Street",
    "Lawrence Hargrave Drive",
    "Northcliffe Drive",
    "Cowper Street",
    "Gipps Road",
    "Tongarra Road",
    "Shellharbour Road",
]
#: (townland or area, Eircode routing key) of County Waterford
IE_PLACES = [
    ("Ballybricken", "X91"),
    ("Ferrybank", "X91"),
    ("Tramore", "X91"),
    ("Dunmore East", "X91"),
    ("Butlerstown", "X91"),
    ("Passage East", "X91"),
    ("Dungarvan", "X35"),
    ("Abbeyside", "X35"),
    ("Ring", "X35"),
    ("Kilmacthomas", "X42"),
    ("Stradbally", "X42"),
    ("Bunmahon", "X42"),
]
IE_STREETS = [
    "Johnstown",
    "The Mall",
    "Manor Street",
    "Cork Road",
    "Grange Park",
    "Larchville",
    "Abbey Road",
    "Mary Street",
    "Gracedieu Road",
    "Riverside",
    "Sallypark",
    "Summerhill",
]
#: (city, state, ZIP) of Spokane and the Inland Northwest
US_PLACES = [
    ("SPOKANE", "WA", "99201"),
    ("SPOKANE", "WA", "99205"),
    ("SPOKANE", "WA", "99208"),
    ("SPOKANE", "WA", "99223"),
    ("SPOKANE VALLEY", "WA", "99216"),
    ("SPOKANE VALLEY", "WA", "99206"),
    ("LIBERTY LAKE", "WA", "99019"),
    ("CHENEY", "WA", "99004"),
    ("AIRWAY HEIGHTS", "WA", "99001"),
    ("MEAD", "WA", "99021"),
    ("POST FALLS", "ID", "83854"),
    ("COEUR D ALENE", "ID", "83814"),
]
US_STREETS = [
    "W NORTHWEST BLVD",
    "E SPRAGUE AVE",
    "N DIVISION ST",
    "S REGAL ST",
    "W FRANCIS AVE",
    "E 29TH AVE",
    "N ARGONNE RD",
    "S GRAND BLVD",
    "W GARLAND AVE",
    "E TRENT AVE",
]
#: (locality, PIN code) of Madurai
IN_PLACES = [
    ("Anna Nagar", "625020"),
    ("K.K. Nagar", "625020"),
    ("Thiruparankundram", "625005"),
    ("Tallakulam", "625002"),
    ("Goripalayam", "625002"),
    ("Sellur", "625002"),
    ("Avaniyapuram", "625012"),
    ("Villapuram", "625012"),
    ("Thirunagar", "625006"),
    ("Iyer Bungalow", "625014"),
    ("Melur", "625106"),
    ("Thirumangalam", "625706"),
]
IN_STREETS = [
    "Bypass Road",
    "Kamarajar Salai",
    "North Veli Street",
    "Alagar Kovil Road",
    "Melur Main Road",
    "Mattuthavani Road",
    "Kalavasal Road",
    "Palanganatham Main Road",
    "West Masi Street",
    "Anna Main Road",
]
#: (area, postcode) of Kuching and around
MY_PLACES = [
    ("Tabuan Jaya", "93350"),
    ("Stutong", "93350"),
    ("BDC", "93350"),
    ("Petra Jaya", "93050"),
    ("Matang", "93050"),
    ("Padungan", "93100"),
    ("Batu Kawa", "93250"),
    ("Kenyalang Park", "93300"),
    ("Pending", "93450"),
    ("Kota Samarahan", "94300"),
    ("Siburan", "94200"),
    ("Bau", "94000"),
]
MY_STREETS = [
    "Jalan Tun Jugah",
    "Jalan Song",
    "Jalan Stutong",
    "Jalan Batu Kawa",
    "Jalan Matang",
    "Jalan Datuk Tawi Sli",
    "Lorong Rock Road 2",
    "Jalan Padungan",
    "Jalan Simpang Tiga",
    "Jalan Kenyalang",
]
#: MyKad place-of-birth codes of Kuching residents (Sarawak mostly, then Sabah, Johor, Selangor, Kuala Lumpur)
MY_BIRTH_CODES = ["13", "13", "13", "13", "13", "13", "12", "01", "10", "14"]
#: (town, postcode) around Vejle
DK_PLACES = [
    ("Vejle", "7100"),
    ("Vejle", "7100"),
    ("Vejle Ø", "7120"),
    ("Børkop", "7080"),
    ("Jelling", "7300"),
    ("Give", "7323"),
    ("Egtved", "6040"),
    ("Bredsten", "7182"),
    ("Fredericia", "7000"),
    ("Horsens", "8700"),
]
DK_STREETS = [
    "Dæmningen",
    "Nørregade",
    "Vestergade",
    "Boulevarden",
    "Horsensvej",
    "Grejsdalsvej",
    "Tværgade",
    "Kirkebakken",
    "Strandgade",
    "Ibæk Strandvej",
]
#: (Ort, PLZ) around Villach
AT_PLACES = [
    ("Villach", "9500"),
    ("Villach", "9500"),
    ("Villach-Warmbad", "9504"),
    ("Treffen am Ossiacher See", "9521"),
    ("Villach-Landskron", "9523"),
    ("Velden am Wörther See", "9220"),
    ("Finkenstein am Faaker See", "9584"),
    ("Arnoldstein", "9601"),
    ("Feldkirchen in Kärnten", "9560"),
    ("Klagenfurt am Wörthersee", "9020"),
    ("Spittal an der Drau", "9800"),
]
AT_STREETS = [
    "Hauptplatz",
    "Italiener Straße",
    "Peraustraße",
    "Bahnhofstraße",
    "Kärntner Straße",
    "Tiroler Straße",
    "Moritschstraße",
    "Drauweg",
    "Gerbergasse",
    "Völkendorfer Straße",
]
AT_BIRTHPLACES = ["Villach", "Klagenfurt", "Spittal an der Drau", "Wolfsberg", "Graz", "Wien", "Ljubljana", "Kranj",
                  "Sarajevo", "Udine", "Feldkirchen"]
#: (miejscowość, postcode head: ``85-`` takes three more digits)
PL_PLACES = [
    ("Bydgoszcz", "85-"),
    ("Bydgoszcz", "85-"),
    ("Bydgoszcz", "85-"),
    ("Bydgoszcz", "85-"),
    ("Białe Błota", "86-005"),
    ("Osielsko", "86-031"),
    ("Solec Kujawski", "86-050"),
    ("Koronowo", "86-010"),
    ("Nakło nad Notecią", "89-100"),
    ("Toruń", "87-100"),
    ("Inowrocław", "88-100"),
]
PL_STREETS = [
    "ul. Gdańska",
    "ul. Fordońska",
    "ul. Dworcowa",
    "ul. Toruńska",
    "ul. Wojska Polskiego",
    "ul. Szubińska",
    "ul. Grunwaldzka",
    "ul. Kujawska",
    "ul. Nakielska",
    "al. Jana Pawła II",
]
#: (obec, PSČ) around Liberec
CZ_PLACES = [
    ("Liberec", "460 01"),
    ("Liberec", "460 06"),
    ("Liberec", "460 15"),
    ("Vratislavice nad Nisou", "463 11"),
    ("Jablonec nad Nisou", "466 01"),
    ("Chrastava", "463 31"),
    ("Frýdlant", "464 01"),
    ("Hodkovice nad Mohelkou", "463 42"),
    ("Český Dub", "463 43"),
    ("Hrádek nad Nisou", "463 34"),
]
CZ_STREETS = [
    "Moskevská",
    "Pražská",
    "Husova",
    "Jablonecká",
    "Oblačná",
    "Ještědská",
    "Vrchlického",
    "Dobiášova",
    "Švermova",
    "Americká",
]
#: (місто, індекс) of Vinnytsia and its district
UA_PLACES = [
    ("Вінниця", "21001"),
    ("Вінниця", "21009"),
    ("Вінниця", "21018"),
    ("Вінниця", "21021"),
    ("Вінниця", "21036"),
    ("Вінниця", "21050"),
    ("Стрижавка", "23213"),
    ("Агрономічне", "23227"),
    ("Гнівань", "23310"),
    ("Жмеринка", "23100"),
    ("Калинівка", "22400"),
    ("Тульчин", "23600"),
]
UA_STREETS = [
    "вул. Соборна",
    "вул. Келецька",
    "вул. Пирогова",
    "просп. Коцюбинського",
    "вул. Замостянська",
    "Немирівське шосе",
    "Хмельницьке шосе",
    "вул. Порика",
    "вул. Київська",
    "вул. Стрілецька",
]
#: (πόλη, ΤΚ) of Magnesia
GR_PLACES = [
    ("Βόλος", "383 33"),
    ("Βόλος", "382 21"),
    ("Βόλος", "383 34"),
    ("Βόλος", "382 22"),
    ("Νέα Ιωνία", "384 46"),
    ("Αγριά", "373 00"),
    ("Αλμυρός", "371 00"),
    ("Βελεστίνο", "375 00"),
    ("Πορταριά", "370 11"),
    ("Λάρισα", "412 22"),
]
GR_STREETS = [
    "Ιάσονος",
    "Δημητριάδος",
    "Ερμού",
    "Κουντουριώτου",
    "Ιωλκού",
    "Αθηνών",
    "Λαρίσης",
    "Πολυμέρη",
    "Γαζή",
    "Αργοναυτών",
]
#: (ville, forward sortation area) of the Mauricie
QC_PLACES = [
    ("Trois-Rivières", "G9A"),
    ("Trois-Rivières", "G8Z"),
    ("Trois-Rivières", "G8Y"),
    ("Trois-Rivières", "G9B"),
    ("Trois-Rivières", "G8T"),
    ("Bécancour", "G9H"),
    ("Shawinigan", "G9N"),
    ("Nicolet", "J3T"),
    ("Louiseville", "J5V"),
    ("Champlain", "G0X"),
]
QC_STREETS = [
    "rue des Forges",
    "boulevard des Récollets",
    "rue Notre-Dame Centre",
    "boulevard Jean-XXIII",
    "rue Saint-Maurice",
    "boulevard des Forges",
    "rue Bellefeuille",
    "boulevard Thibeau",
    "rue Papineau",
    "chemin Sainte-Marguerite",
]


def street(g: Gen, streets: list[str], lang: str) -> str:
    s = g.rnd.choice(streets)
    if lang in ("gb", "au", "nz"):
        n = g.rnd.randint(1, 240)
        if lang == "au" and g.rnd.random() < 0.25:
            return f"{g.rnd.randint(1, 12)}/{n} {s}"
        if lang == "nz" and g.rnd.random() < 0.2:
            return f"{n}{g.rnd.choice('ABC')} {s}"
        if lang == "gb" and g.rnd.random() < 0.15:
            return f"Flat {g.rnd.randint(1, 12)}, {n} {s}"
        return f"{n} {s}"
    if lang == "us":
        return f"{g.rnd.randint(100, 9_800)} {s}"
    if lang == "ie":
        if g.rnd.random() < 0.7:
            return f"{g.rnd.randint(1, 60)} {s}"
        return f"{g.rnd.choice(['Rose', 'Ivy', 'Hill'])} Cottage, {s}"
    if lang == "in":
        return f"No. {g.rnd.randint(1, 240)}/{g.rnd.randint(1, 30)}, {s}"
    if lang == "my":
        if g.rnd.random() < 0.4:
            return f"Lot {g.rnd.randint(100, 9_999)}, {s}"
        return f"No. {g.rnd.randint(1, 220)}, Lorong {g.rnd.randint(1, 12)}, {s}"
    if lang == "dk":
        return f"{s} {g.rnd.randint(1, 140)}" + (
            f", {g.rnd.randint(1, 4)}. {g.rnd.choice(['th', 'tv', 'mf'])}" if g.rnd.random() < 0.35 else ""
        )
    if lang == "at":
        n = g.rnd.randint(1, 90)
        return f"{s} {n}/{g.rnd.randint(1, 4)}/{g.rnd.randint(1, 18)}" if g.rnd.random() < 0.4 else f"{s} {n}"
    if lang == "pl":
        return f"{s} {g.rnd.randint(1, 180)}" + (f" m. {g.rnd.randint(1, 60)}" if g.rnd.random() < 0.6 else "")
    if lang == "cz":
        return f"{s} {g.rnd.randint(100, 2_999)}/{g.rnd.randint(1, 60)}"
    if lang == "uk":
        return f"{s}, буд. {g.rnd.randint(1, 160)}" + (f", кв. {g.rnd.randint(1, 140)}" if g.rnd.random() < 0.7 else "")
    if lang == "el":
        return f"{s} {g.rnd.randint(1, 220)}"
    if lang == "qc":
        return f"{g.rnd.randint(100, 8_999)}, {s}" + (f", app. {g.rnd.randint(1, 12)}" if g.rnd.random() < 0.3 else "")
    return s


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def sia_licence(g: Gen) -> str:
    """A UK SIA licence number (by shape: sixteen digits in groups of four; its check is not public)."""
    d = "1" + g.digits(15)
    return " ".join(d[i : i + 4] for i in range(0, 16, 4))


def nhs_decoy(g: Gen) -> str:
    """Ten digits spaced ``3 3 4`` like an NHS number and failing its check (a call-out reference)."""
    d = g.valid(lambda: str(g.rnd.randint(4, 9)) + g.digits(9), lambda x: not _nhs.is_valid(x))
    return _nhs.format(d)


def nz_licence(g: Gen) -> str:
    """A New Zealand driver licence number (by shape: two letters and six digits)."""
    return g.code("AA999999")


def ird(g: Gen) -> str:
    """A New Zealand IRD (GST) number of a business (check digit by python-stdnum), written ``123-456-789``."""
    d = g.valid(lambda: f"{g.rnd.randint(10_000_000, 149_999_999):09d}", _ird.is_valid)
    return _ird.format(d)


def ird_decoy(g: Gen) -> str:
    """Nine digits written like an IRD number and failing its check (a locksmith's job number)."""
    d = g.valid(lambda: f"{g.rnd.randint(10_000_000, 149_999_999):09d}", lambda x: not _ird.is_valid(x))
    return f"{d[:3]}-{d[3:6]}-{d[6:]}"


def tfn(g: Gen) -> str:
    """An Australian tax file number (nine digits, weighted check by python-stdnum)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 8)) + g.digits(8), _tfn.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def tfn_decoy(g: Gen) -> str:
    """Nine digits spaced like a TFN and failing its check (an employee number)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 8)) + g.digits(8), lambda x: not _tfn.is_valid(x))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def abn(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    number = _abn.calc_check_digits(body) + body
    assert _abn.is_valid(number), number
    return _abn.format(number)


def nsw_security_licence(g: Gen) -> str:
    """A NSW security licence number (by shape: nine digits starting ``4``)."""
    return "4" + g.digits(8)


def pps_decoy(g: Gen) -> str:
    """Seven digits and a letter failing the PPS check (an alarm signal reference)."""
    return g.valid(lambda: g.digits(7) + g.rnd.choice("ABCDEFGHIJKLMNOPQRSTUVW"), lambda x: not _pps.is_valid(x))


def ie_vat(g: Gen) -> str:
    """An Irish VAT number of an installer (seven digits and the check letter by python-stdnum)."""
    digits = str(g.rnd.randint(3, 9)) + g.digits(6)
    number = digits + _ie_vat.calc_check_digit(digits)
    assert _ie_vat.is_valid(number), number
    return "IE" + number


def ie_iban(g: Gen) -> str:
    bank = g.rnd.choice([("AIBK", "93"), ("BOFI", "90"), ("PTSB", "99"), ("IPBS", "99")])
    return iban("IE", bank[0] + bank[1] + g.digits(4) + g.digits(8))


def imei(g: Gen) -> str:
    """A 4G alarm communicator's IMEI (fifteen digits, Luhn check): a device's number, not a person's."""
    body = g.rnd.choice(["35", "86", "01"]) + g.digits(12)
    number = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(number), number
    return number


def us_ssn(g: Gen) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    return g.valid(make, _ssn.is_valid)


def us_ssn_decoy(g: Gen) -> str:
    """Nine digits shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    return g.rnd.choice(["000", "666", f"9{g.digits(2)}"]) + g.digits(6)


def aba(g: Gen) -> str:
    """An ABA routing number of a bank (check digit by python-stdnum)."""
    return g.valid(lambda: g.rnd.choice(["1251", "1250", "1240", "3250"]) + g.digits(5), _rtn.is_valid)


def aadhaar(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}"


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (a candidate number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def pan(g: Gen, family: str) -> str:
    """A PAN of a person (fourth letter ``P``, fifth the family name's initial)."""
    initial = (latin(family)[:1] or "K").upper()
    return g.valid(lambda: g.code("AAA") + "P" + initial + g.digits(4) + g.code("A"), _pan.is_valid)


def uan(g: Gen) -> str:
    """An EPF Universal Account Number (by shape: twelve digits starting ``10``)."""
    return "10" + g.digits(10)


def in_passport(g: Gen) -> str:
    """An Indian passport number (by shape: a letter and seven digits)."""
    return g.rnd.choice("JKLMNPRSTUVWZ") + str(g.rnd.randint(1, 9)) + g.digits(6)


def ifsc(g: Gen) -> str:
    """A bank branch's IFSC (four letters, ``0`` and six characters): a branch's code, not a person's."""
    return g.rnd.choice(["SBIN", "IOBA", "TMBL", "KVBL", "CNRB", "HDFC"]) + "0" + g.digits(6)


def mykad(g: Gen, born: date, female: bool) -> str:
    """A MyKad number: the birth date ``YYMMDD``, the place-of-birth code and a serial, odd for men."""

    def make() -> str:
        last = g.rnd.choice("02468" if female else "13579")
        return f"{born:%y%m%d}{g.rnd.choice(MY_BIRTH_CODES)}{g.digits(3)}{last}"

    number = g.valid(make, _nric.is_valid)
    return _nric.format(number)


def mykad_decoy(g: Gen) -> str:
    """Twelve digits failing MyKad's date and place rules (an invoice serial)."""
    return g.valid(lambda: "25" + str(g.rnd.randint(13, 19)) + g.digits(8), lambda x: not _nric.is_valid(x))


def cpr(g: Gen, born: date, female: bool) -> str:
    """A Danish CPR number with a century digit matching the birth year and an odd last digit for men (without the
    old mod-11 check, as numbers issued since 2007 may be)."""

    def make() -> str:
        century = g.rnd.choice("0123") if born.year < 2000 else "4"
        last = g.rnd.choice("02468" if female else "13579")
        return f"{born:%d%m%y}{century}{g.digits(2)}{last}"

    number = g.valid(make, lambda x: _cpr.is_valid(x) and _cpr.get_birth_date(x) == born)
    return f"{number[:6]}-{number[6:]}"


def cpr_decoy(g: Gen) -> str:
    """``DDMMYY-NNNN`` with an impossible month (an agreement number) and so failing the CPR check."""
    return g.valid(
        lambda: f"{g.rnd.randint(1, 28):02d}{g.rnd.randint(13, 19)}{g.rnd.randint(20, 25)}-{g.digits(4)}",
        lambda x: not _cpr.is_valid(x),
    )


def cvr(g: Gen) -> str:
    """A Danish company number (CVR, eight digits, mod-11 by python-stdnum)."""
    return g.valid(lambda: str(g.rnd.randint(1, 4)) + g.digits(7), _cvr.is_valid)


def dk_account(g: Gen) -> str:
    """A Danish domestic account: a bank's registration number and the account number."""
    return f"{g.rnd.choice(['7040', '9570', '1551', '3409', '7780', '5301'])} {g.digits(10)}"


def svnr(g: Gen, born: date) -> str:
    """An Austrian social insurance number: a serial, its check digit (python-stdnum) and the birth date ``DDMMYY``."""

    def make() -> str:
        serial = f"{g.rnd.randint(100, 999)}"
        body = serial + "0" + born.strftime("%d%m%y")
        return serial + _vnr.calc_check_digit(body) + born.strftime("%d%m%y")

    d = g.valid(make, _vnr.is_valid)
    return f"{d[:4]} {d[4:]}"


def svnr_decoy(g: Gen) -> str:
    """Ten digits written like an SVNr (``NNNN DDMMYY``) failing its check (a service number)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(9), lambda x: not _vnr.is_valid(x))
    return f"{d[:4]} {d[4:]}"


def at_uid(g: Gen) -> str:
    """An Austrian VAT number (UID, ``ATU`` and eight digits, check by python-stdnum) of a guarded site's owner."""
    body = "U" + g.digits(7)
    number = body + _at_uid.calc_check_digit(body)
    assert _at_uid.is_valid(number), number
    return "AT" + number


def at_iban(g: Gen) -> str:
    return iban("AT", g.rnd.choice(["39358", "20702", "17000", "12000", "20815"]) + g.digits(11))


def at_document(g: Gen, austrian: bool) -> tuple[str, str]:
    """A (document type, number): an Austrian passport or identity card, or a foreign identity card (by shape)."""
    if austrian:
        if g.rnd.random() < 0.55:
            return "Reisepass", g.rnd.choice("PU") + g.digits(7)
        return "Personalausweis", g.digits(8)
    return "Ausländischer Ausweis", g.rnd.choice(["IB", "PA", "CA"]) + g.digits(7)


def pesel(g: Gen, born: date, female: bool) -> str:
    """A PESEL: the birth date (month plus 20 after 1999), a serial whose last digit is even for women, the check."""
    month = born.month + (20 if born.year >= 2000 else 0)

    def make() -> str:
        body = f"{born:%y}{month:02d}{born.day:02d}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
        return body + _pesel.calc_check_digit(body)

    number = g.valid(make, _pesel.is_valid)
    assert _pesel.get_birth_date(number) == born
    return number


def pesel_decoy(g: Gen) -> str:
    """Eleven digits failing the PESEL check (a contract number)."""
    return g.valid(lambda: "2" + g.digits(10), lambda x: not _pesel.is_valid(x))


_PL_LETTERS = {ch: 10 + i for i, ch in enumerate(string.ascii_uppercase)}


def pl_id_card_check(series: str, digits: str) -> str:
    """The check digit of a Polish identity card: the series' letters (A=10 ... Z=35) and the five last digits
    weighted 7, 3, 1, 7, 3, 1, 7, 3, modulo 10."""
    values = [_PL_LETTERS[ch] for ch in series] + [int(d) for d in digits]
    return str(sum(v * w for v, w in zip(values, (7, 3, 1, 7, 3, 1, 7, 3), strict=True)) % 10)


def pl_id_card(g: Gen) -> str:
    series = g.rnd.choice(["A", "C", "D"]) + g.code("AA")
    digits = g.digits(5)
    return f"{series}{pl_id_card_check(series, digits)}{digits}"


def nip(g: Gen) -> str:
    """A Polish company's NIP (ten digits, mod-11 by python-stdnum), written ``554-123-45-67``."""
    number = g.valid(lambda: g.rnd.choice(["554", "953", "967", "558"]) + g.digits(7), _nip.is_valid)
    return _nip.format(number)


def regon(g: Gen) -> str:
    """A Polish company's REGON (nine digits, check by python-stdnum)."""
    body = g.rnd.choice(["09", "34", "36", "38"]) + g.digits(6)
    number = body + _regon.calc_check_digit(body)
    assert _regon.is_valid(number), number
    return number


def pl_iban(g: Gen) -> str:
    """A Polish IBAN: a bank's sort code with its check digit, the account, and the IBAN's check digits."""
    bank = g.rnd.choice(["1090", "1020", "1240", "1140", "1050", "1160"]) + g.digits(3)
    weights = (3, 9, 7, 1, 3, 9, 7)
    sort_code = bank + str((10 - sum(int(d) * w for d, w in zip(bank, weights, strict=True)) % 10) % 10)
    return iban("PL", sort_code + g.digits(16))


def rodne_cislo(g: Gen, born: date, female: bool) -> str:
    """A Czech birth number: ``YYMMDD`` (month plus 50 for women), a serial and the mod-11 check."""
    month = born.month + (50 if female else 0)

    def make() -> str:
        head = f"{born:%y}{month:02d}{born.day:02d}{g.digits(3)}"
        return head + str(int(head) % 11 % 10)

    d = g.valid(make, lambda x: _rc.is_valid(x) and _rc.get_birth_date(x) == born)
    return f"{d[:6]}/{d[6:]}"


def rodne_cislo_decoy(g: Gen) -> str:
    """Ten digits written like a birth number and failing its check (an order number)."""
    return g.valid(lambda: g.digits(6) + "/" + g.digits(4), lambda x: not _rc.is_valid(x))


def cz_op(g: Gen) -> str:
    """A Czech identity card number (by shape: nine digits)."""
    return str(g.rnd.randint(1, 9)) + g.digits(8)


def ico(g: Gen) -> str:
    """A Czech company number (IČO, eight digits with its check digit)."""
    return g.valid(lambda: str(g.rnd.randint(1, 7)) + g.digits(7), _ico.is_valid)


def cz_account(g: Gen) -> str:
    """A Czech domestic account ``[prefix-]number/bank`` whose prefix and number pass their mod-11 checks."""

    def make() -> str:
        root = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(g.rnd.randint(5, 9)),
                       lambda x: sum(w * int(n) for w, n in zip((6, 3, 7, 9, 10, 5, 8, 4, 2, 1),
                                                                x.zfill(10), strict=True)) % 11 == 0)
        prefix = "19-" if g.rnd.random() < 0.2 else ""
        return f"{prefix}{root}/{g.rnd.choice(['0800', '0100', '0300', '2010', '0600', '5500'])}"

    return g.valid(make, _cz_account.is_valid)


def rntrc(g: Gen, born: date, female: bool) -> str:
    """A Ukrainian RNOKPP: the days from 1899-12-31 to the birth date, a serial whose ninth digit is even for women,
    and the check digit (python-stdnum)."""
    days = (born - date(1899, 12, 31)).days

    def make() -> str:
        body = f"{days:05d}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
        return body + _rntrc.calc_check_digit(body)

    return g.valid(make, _rntrc.is_valid)


def rntrc_decoy(g: Gen) -> str:
    """Ten digits failing the RNOKPP check (a monitoring contract number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 3)) + g.digits(9), lambda x: not _rntrc.is_valid(x))


def ua_document(g: Gen) -> str:
    """A Ukrainian ID card number (nine digits) or an old passport book (two Cyrillic letters and six digits)."""
    if g.rnd.random() < 0.6:
        return "00" + g.digits(7)
    return g.rnd.choice(["АА", "АВ", "АМ", "КА", "МЕ", "ВК"]) + g.digits(6)


def edrpou(g: Gen) -> str:
    """A Ukrainian company's EDRPOU code (eight digits, check by python-stdnum)."""
    return g.valid(lambda: str(g.rnd.choice([3, 4])) + g.digits(7), _edrpou.is_valid)


def ua_iban(g: Gen) -> str:
    return iban("UA", g.rnd.choice(["305299", "322001", "320478", "302689"]) + g.digits(19))


def amka(g: Gen, born: date, female: bool) -> str:
    """A Greek AMKA: the birth date ``DDMMYY``, a serial whose last digit is odd for men, and the Luhn check."""

    def make() -> str:
        body = f"{born:%d%m%y}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _amka.is_valid)


def amka_decoy(g: Gen) -> str:
    """Eleven digits failing the AMKA's Luhn check (a staff register number)."""
    return g.valid(lambda: g.digits(11), lambda x: not _amka.is_valid(x))


def afm(g: Gen, person_: bool = True) -> str:
    """A Greek tax number (ΑΦΜ, nine digits, check by python-stdnum): a person's starts ``0`` or ``1``, a company's
    ``09`` or ``8``."""
    head = g.rnd.choice(["0", "1", "1"]) if person_ else g.rnd.choice(["09", "80"])
    body = head + g.digits(8 - len(head))
    number = body + _afm.calc_check_digit(body)
    assert _afm.is_valid(number), number
    return number


def gr_adt(g: Gen) -> str:
    """A Greek police identity card number (by shape: two Greek capitals and six digits)."""
    return g.rnd.choice(["ΑΒ", "ΑΕ", "ΑΗ", "ΑΙ", "ΑΚ", "ΑΜ", "ΑΝ", "ΑΟ", "ΑΡ", "ΑΤ", "ΑΧ"]) + " " + g.digits(6)


def gr_security_licence(g: Gen) -> str:
    """A Greek private security staff licence (by shape: a police directorate's number and the year)."""
    return f"ΜΑΓ/{g.rnd.randint(1_000, 9_999)}/{g.rnd.randint(2008, 2025)}"


def gr_iban(g: Gen) -> str:
    return iban("GR", g.rnd.choice(["0110", "0140", "0172", "0260"]) + g.digits(3) + g.digits(16))


def sin(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.choice([1, 2, 2, 2, 2])) + g.digits(8), _sin.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:]}" if g.rnd.random() < 0.6 else f"{d[:3]}-{d[3:6]}-{d[6:]}"


def sin_decoy(g: Gen) -> str:
    """Nine digits spaced like a SIN and failing its Luhn check (a monitoring contract number)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 7)) + g.digits(8), lambda x: not _sin.is_valid(x))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def bn(g: Gen) -> str:
    """A Canadian business number with its GST/HST program account (``123456789 RT0001``), Luhn by python-stdnum."""
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(8), luhn.is_valid)
    number = f"{d} RT0001"
    assert _bn.is_valid(number), number
    return number


def qc_account(g: Gen) -> str:
    """A Canadian domestic account: the branch transit, the institution (Desjardins 815, National Bank 006, ...) and
    the account number."""
    return f"{g.digits(5)}-{g.rnd.choice(['815', '815', '006', '003', '004'])}-{g.digits(7)}"


def card(g: Gen, spaced: bool = True) -> str:
    head = g.rnd.choice(["4", "4", "51", "52", "54", "55"])
    body = head + g.digits(15 - len(head))
    d = body + luhn.calc_check_digit(body)
    return " ".join(d[i : i + 4] for i in range(0, 16, 4)) if spaced else d


def iban(country: str, bban: str) -> str:
    check = _iban.calc_check_digits(f"{country}00{bban}")
    number = f"{country}{check}{bban}"
    assert _iban.is_valid(number), number
    return number


def spaced(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def gb_postcode(g: Gen, district: str) -> str:
    """A full postcode of ``district``: the sector digit and two letters of the inward code's alphabet."""
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{district} {g.rnd.randint(0, 9)}{g.rnd.choice(letters)}{g.rnd.choice(letters)}"


def eircode(g: Gen, routing_key: str) -> str:
    """An Eircode: the routing key and a unique identifier of four characters of the Eircode alphabet."""
    letters, chars = "ACDEFHKNPRTVWXY", "ACDEFHKNPRTVWXY0123456789"
    return f"{routing_key} {g.rnd.choice(letters)}{''.join(g.rnd.choice(chars) for _ in range(3))}"


def dmy(d: date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"
