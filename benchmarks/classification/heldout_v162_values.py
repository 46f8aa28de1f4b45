"""Values of held-out set v162 (:mod:`benchmarks.classification.heldout_v162`): v162's random source, and names,
streets, towns, clinics, laboratories and free-text snippets written by hand for v162's fertility clinics, gamete
donation programmes, surrogacy agencies and IVF laboratories (no Faker, no list of real people, no breach data), phones
checked with phonenumbers and identifiers with check digits computed and checked with python-stdnum (the Australian
Medicare number, the Ontario health number, the German Krankenversichertennummer, the German identity card number, the
Polish identity card number and the US NPI, which python-stdnum lacks, with their published weights, computed here).

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
from stdnum.br import cnpj as _cnpj
from stdnum.br import cpf as _cpf
from stdnum.cz import dic as _ico
from stdnum.cz import rc as _rc
from stdnum.gb import nhs as _nhs
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _afm
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.jp import in_ as _mynumber
from stdnum.my import nric as _nric
from stdnum.pl import pesel as _pesel
from stdnum.pl import regon as _regon
from stdnum.se import orgnr as _orgnr
from stdnum.se import personnummer as _pnr
from stdnum.us import ein as _ein
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _idnr

from benchmarks.classification.heldout_v2 import Column

SEED = 162_2026_1215
N = "none"
#: a login or a domestic bank account (``review``, as earlier sets labeled them)
UNCLASSIFIED = "unclassified"
#: NULL-like strings of v162's systems (tests skip them)
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
    "keine",
    "k. A.",
    "brak",
    "b/d",
    "inget",
    "saknas",
    "なし",
    "特になし",
    "καμία",
    "—",
    "sem observações",
    "nada consta",
    "není",
    "bez poznámky",
    "nil remarks",
)

_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "æ": "ae", "ß": "ss", "'": "", "’": ""})

#: Greek letters -> Latin (ELOT 743, simplified) for e-mail addresses
_EL_LATIN = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k", "λ": "l",
    "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f",
    "χ": "ch", "ψ": "ps", "ω": "o",
}


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower().translate(_FOLD))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v162:{SEED}:{table}")

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
    "AU": (
        _pre(["400", "402", "403", "405", "410", "412", "414", "416", "418", "422", "432", "438", "449", "466"], 9),
        _pre(["242", "2422", "2428", "2429"], 9),
    ),
    "CA": (_nanp(["613", "343"]), _nanp(["613"])),
    "GB": (_pre(["71", "73", "74", "75", "77", "78", "79"], 10), _pre(["1482"], 10)),
    "MY": (_pre(["12", "13", "16", "17", "19", "14"], 9), _pre(["88"], 8)),
    "US": (_nanp(["615", "629"]), _nanp(["615"])),
    "IN": (_pre(["98", "99", "97", "94", "90", "82", "63", "70", "73", "76", "79"], 10), _pre(["2692"], 10)),
    "ZA": (
        _pre(["60", "61", "62", "63", "71", "72", "73", "74", "76", "78", "79", "81", "82", "83", "84"], 9),
        _pre(["31"], 9),
    ),
    "DE": (
        _pre(["151", "152", "157", "160", "162", "163", "170", "171", "172", "173", "174", "175", "176", "177", "178",
              "179"], 11),
        _pre(["351"], 10),
    ),
    "PL": (_pre(["500", "501", "502", "505", "509", "510", "512", "530", "533", "570", "600", "601", "602", "605",
                 "660", "665", "691", "692", "698", "720", "724", "730", "733", "780", "790", "881", "884", "885"], 9),
           _pre(["91"], 9)),
    "SE": (_pre(["70", "72", "73", "76", "79"], 9), _pre(["13"], 8)),
    "JP": (_pre(["90", "80", "70"], 10), _pre(["52"], 9)),
    "GR": (_pre(["690", "693", "694", "695", "697", "698", "699"], 10), _pre(["2421", "2422", "2423"], 10)),
    "BR": (_pre(["169"], 11), _pre(["163"], 10)),
    "CZ": (_pre(["601", "602", "603", "604", "605", "606", "607", "608", "720", "721", "722", "723", "724", "731",
                 "732", "733", "734", "736", "737", "739", "770", "773", "774", "775", "776", "777", "792", "793"], 9),
           _pre(["57"], 9)),
}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v162) ------------------------------------------------------------------------------------------

#: language -> (men's given names, women's given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "au": (
        ["Jarrod", "Blake", "Mitchell", "Travis", "Nathan", "Anh", "Dimitri", "Corey", "Luke", "Rhys", "Zoran"],
        ["Chloe", "Jessica", "Kylie", "Tegan", "Bianca", "Stacey", "Thuy", "Melinda", "Renee", "Alana", "Vesna"],
        ["Ristevski", "Pavlovic", "Dawson", "McAlister", "Nguyen", "Carroll", "Simmonds", "Fenech", "Georgiou",
         "Petrovski", "Hazelwood", "Kirkland", "Tuckerman", "Baini"],
    ),
    "ca": (
        ["Ryan", "Mathieu", "Kevin", "Jean-François", "Omar", "Connor", "Patrick", "Sébastien", "Derek", "Tyler"],
        ["Sarah", "Geneviève", "Ashley", "Émilie", "Amira", "Megan", "Stéphanie", "Katie", "Nadia", "Julie"],
        ["Lalonde", "Bouchard", "Gagnon", "MacDonald", "O'Connor", "Haddad", "Nguyen", "Tremblay", "Kowalchuk",
         "Brennan", "Séguin", "Charbonneau", "Abdi", "Pilon"],
    ),
    "gb": (
        ["Liam", "Craig", "Darren", "Jamie", "Kieran", "Scott", "Ashley", "Dean", "Tomasz", "Jordan"],
        ["Gemma", "Leanne", "Kirsty", "Stacey", "Jodie", "Hayley", "Charlotte", "Danielle", "Amy", "Kerry"],
        ["Fenwick", "Dobson", "Ackroyd", "Wilberforce", "Harker", "Pickering", "Ellerby", "Kowalski", "Sowerby",
         "Atkinson", "Holtby", "Redhead", "Nettleton", "Bielby"],
    ),
    "us": (
        ["Bradley", "Dustin", "Terrence", "Jeremy", "Colby", "DeShawn", "Hunter", "Wesley", "Andre", "Garrett"],
        ["Whitney", "Lindsey", "Tiffany", "Brittany", "Keisha", "Courtney", "Amanda", "Jasmine", "Heather", "Misty"],
        ["Pruitt", "Hooper", "McMurtry", "Bledsoe", "Tidwell", "Haslam", "Crockett", "Underwood", "Vaughn", "Petty",
         "Gaines", "Biggs", "Montoya", "Rucker"],
    ),
    "in": (
        ["Hardik", "Ketan", "Nilesh", "Bhavesh", "Jignesh", "Chirag", "Dhaval", "Mitesh", "Parth", "Rakesh"],
        ["Hetal", "Krupa", "Nirali", "Bhavna", "Mittal", "Falguni", "Jigna", "Pooja", "Dhara", "Komal"],
        ["Patel", "Shah", "Desai", "Parmar", "Solanki", "Chauhan", "Makwana", "Trivedi", "Joshi", "Rathod", "Vaghela",
         "Prajapati", "Bhatt", "Mehta"],
    ),
    "za": (
        ["Siyabonga", "Lwazi", "Kreshen", "Riaan", "Themba", "Ashwin", "Mlungisi", "Gareth", "Sanele", "Nhlanhla"],
        ["Nomvula", "Ayanda", "Thobeka", "Kerisha", "Simone", "Zinhle", "Nosipho", "Tasneem", "Busisiwe", "Chantal",
         "Londiwe", "Shanelle"],
        ["Ngubane", "Mchunu", "Zungu", "Reddy", "Chetty", "Gumede", "Sithole", "Majola", "Padayachee", "van Niekerk",
         "Cele", "Ntuli", "Maharaj", "Ndlovu"],
    ),
    "de": (
        ["Tobias", "Sebastian", "Marcel", "René", "Sven", "Florian", "Christian", "Dirk", "Stefan", "Ronny"],
        ["Franziska", "Juliane", "Katrin", "Anja", "Susann", "Mandy", "Christin", "Nadine", "Stefanie", "Josephine"],
        ["Lehmann", "Richter", "Hoffmann", "Wagner", "Kretzschmar", "Böhme", "Seidel", "Ullrich", "Pfeifer", "Hänel",
         "Schubert", "Kaden", "Günther", "Rößler"],
    ),
    "sv": (
        ["Johan", "Fredrik", "Oskar", "Viktor", "Anders", "Emil", "Niklas", "Erik", "Mattias", "Jonas"],
        ["Elin", "Sara", "Emma", "Hanna", "Linnea", "Frida", "Matilda", "Josefin", "Malin", "Ida"],
        ["Lindqvist", "Bergström", "Holm", "Sandberg", "Nyström", "Ekström", "Åberg", "Forsberg", "Hedlund",
         "Sjöberg", "Wallin", "Lundgren", "Engström", "Björk"],
    ),
    "br": (
        ["Thiago", "Rodrigo", "Felipe", "Gustavo", "Leandro", "Vinícius", "Marcelo", "André", "Fábio", "Diego"],
        ["Juliana", "Fernanda", "Camila", "Patrícia", "Aline", "Tatiane", "Priscila", "Luciana", "Renata", "Daniela"],
        ["Bianchini", "Oliveira", "Carvalho", "Moraes", "Ribeiro", "Junqueira", "Prado", "Almeida", "Bertolucci",
         "Santos", "Figueiredo", "Nogueira", "Toledo", "Cintra"],
    ),
}

#: Malaysian (Sabah) names by community: Malay given names and fathers' names, Chinese family and given names,
#: Kadazandusun given and family names
MY_MALAY = (
    ["Mohd Faizal", "Ahmad Syafiq", "Mohd Hafiz", "Azlan", "Khairul Anuar", "Rizal"],
    ["Nur Aqilah", "Siti Nurhaliza", "Nurul Ain", "Farhana", "Nor Azlina", "Aisyah"],
    ["Rosli", "Hamid", "Ismail", "Sulaiman", "Abdullah", "Jamaluddin", "Kassim", "Yusof"],
)
MY_CHINESE = (
    ["Wei Jie", "Kah Hoe", "Chee Keong", "Jun Hao", "Vun Fatt"],
    ["Mei Ling", "Siew Yen", "Hui Min", "Pei Shan", "Li Ting"],
    ["Chong", "Lo", "Fung", "Yap", "Chin", "Liew", "Voo", "Thien"],
)
MY_KDM = (
    ["Jeffrey", "Mojuntin", "Rayner", "Alvin", "Jannie"],
    ["Jessica", "Rosalind", "Melvina", "Juliana", "Trixie"],
    ["Gimbang", "Kitingan", "Sipaun", "Majimbun", "Lasimbang", "Gontusan", "Jaikol"],
)

#: Polish men's and women's given names and family names as (man's form, woman's form)
PL_GIVEN = (
    ["Łukasz", "Kamil", "Paweł", "Mateusz", "Tomasz", "Grzegorz", "Bartosz", "Piotr", "Michał", "Krzysztof"],
    ["Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Monika", "Justyna", "Paulina", "Marta", "Aleksandra",
     "Karolina"],
)
PL_FAMILY = [
    ("Nowicki", "Nowicka"),
    ("Wiśniewski", "Wiśniewska"),
    ("Zieliński", "Zielińska"),
    ("Grabowski", "Grabowska"),
    ("Pawlak", "Pawlak"),
    ("Kaczmarek", "Kaczmarek"),
    ("Sobczak", "Sobczak"),
    ("Wróbel", "Wróbel"),
    ("Jankowski", "Jankowska"),
    ("Mazur", "Mazur"),
    ("Dudek", "Dudek"),
    ("Szymański", "Szymańska"),
    ("Kozłowski", "Kozłowska"),
    ("Kubiak", "Kubiak"),
]
#: Czech given names and family names as (man's form, woman's form)
CZ_GIVEN = (
    ["Tomáš", "Petr", "Martin", "Jiří", "Lukáš", "Ondřej", "Vojtěch", "Michal", "Radek", "Josef"],
    ["Veronika", "Tereza", "Markéta", "Hana", "Eva", "Petra", "Lenka", "Barbora", "Jana", "Klára"],
)
CZ_FAMILY = [
    ("Zapletal", "Zapletalová"),
    ("Hrabal", "Hrabalová"),
    ("Ševčík", "Ševčíková"),
    ("Kovařík", "Kovaříková"),
    ("Mikeska", "Mikesková"),
    ("Bartošek", "Bartošková"),
    ("Slováček", "Slováčková"),
    ("Pospíšil", "Pospíšilová"),
    ("Vaculík", "Vaculíková"),
    ("Juřica", "Juřicová"),
    ("Dohnal", "Dohnalová"),
    ("Fojtík", "Fojtíková"),
]
#: Greek given names and family names as (man's form, woman's form)
EL_GIVEN = (
    ["Γεώργιος", "Δημήτριος", "Κωνσταντίνος", "Νικόλαος", "Ιωάννης", "Αθανάσιος", "Βασίλειος", "Χρήστος",
     "Ευάγγελος", "Παναγιώτης"],
    ["Μαρία", "Ελένη", "Αικατερίνη", "Βασιλική", "Σοφία", "Αναστασία", "Χριστίνα", "Ευαγγελία", "Δήμητρα",
     "Παρασκευή"],
)
EL_FAMILY = [
    ("Παπαδόπουλος", "Παπαδοπούλου"),
    ("Καραγιάννης", "Καραγιάννη"),
    ("Τσακίρης", "Τσακίρη"),
    ("Ζαχαρίου", "Ζαχαρίου"),
    ("Κουτσούκος", "Κουτσούκου"),
    ("Μπαλτάς", "Μπαλτά"),
    ("Σταμούλης", "Σταμούλη"),
    ("Δεληγιάννης", "Δεληγιάννη"),
    ("Χατζηγεωργίου", "Χατζηγεωργίου"),
    ("Βλάχος", "Βλάχου"),
    ("Γκούμας", "Γκούμα"),
    ("Ρήγας", "Ρήγα"),
    ("Αναστασίου", "Αναστασίου"),
    ("Μαγγίνας", "Μαγγίνα"),
]
#: Japanese names: kanji -> (katakana reading, romaji)
JA_FAMILY = ["加藤", "伊藤", "水野", "鈴木", "山本", "近藤", "林", "杉浦", "大橋", "服部", "丹羽", "青山"]
JA_GIVEN = (
    ["大輔", "雄一", "直樹", "亮", "和也", "智也", "健太", "修"],
    ["愛", "彩", "千尋", "理恵", "麻衣", "友美", "陽子", "奈緒", "香織", "沙耶"],
)
JA_READ: dict[str, tuple[str, str]] = {
    "加藤": ("カトウ", "kato"),
    "伊藤": ("イトウ", "ito"),
    "水野": ("ミズノ", "mizuno"),
    "鈴木": ("スズキ", "suzuki"),
    "山本": ("ヤマモト", "yamamoto"),
    "近藤": ("コンドウ", "kondo"),
    "林": ("ハヤシ", "hayashi"),
    "杉浦": ("スギウラ", "sugiura"),
    "大橋": ("オオハシ", "ohashi"),
    "服部": ("ハットリ", "hattori"),
    "丹羽": ("ニワ", "niwa"),
    "青山": ("アオヤマ", "aoyama"),
    "大輔": ("ダイスケ", "daisuke"),
    "雄一": ("ユウイチ", "yuichi"),
    "直樹": ("ナオキ", "naoki"),
    "亮": ("リョウ", "ryo"),
    "和也": ("カズヤ", "kazuya"),
    "智也": ("トモヤ", "tomoya"),
    "健太": ("ケンタ", "kenta"),
    "修": ("オサム", "osamu"),
    "愛": ("アイ", "ai"),
    "彩": ("アヤ", "aya"),
    "千尋": ("チヒロ", "chihiro"),
    "理恵": ("リエ", "rie"),
    "麻衣": ("マイ", "mai"),
    "友美": ("トモミ", "tomomi"),
    "陽子": ("ヨウコ", "yoko"),
    "奈緒": ("ナオ", "nao"),
    "香織": ("カオリ", "kaori"),
    "沙耶": ("サヤ", "saya"),
}


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) of ``lang`` (Polish, Czech and Greek family names in the bearer's form)."""
    if female is None:
        female = g.rnd.random() < 0.5
    if lang == "pl":
        man, woman = g.rnd.choice(PL_FAMILY)
        return g.rnd.choice(PL_GIVEN[1] if female else PL_GIVEN[0]), woman if female else man
    if lang == "cz":
        man, woman = g.rnd.choice(CZ_FAMILY)
        return g.rnd.choice(CZ_GIVEN[1] if female else CZ_GIVEN[0]), woman if female else man
    if lang == "el":
        man, woman = g.rnd.choice(EL_FAMILY)
        return g.rnd.choice(EL_GIVEN[1] if female else EL_GIVEN[0]), woman if female else man
    if lang == "ja":
        return g.rnd.choice(JA_GIVEN[1] if female else JA_GIVEN[0]), g.rnd.choice(JA_FAMILY)
    if lang == "my":
        community = g.rnd.choice([MY_MALAY, MY_MALAY, MY_CHINESE, MY_KDM, MY_KDM])
        return g.rnd.choice(community[1] if female else community[0]), g.rnd.choice(community[2])
    male, fem, fam = NAMES[lang]
    given_name = g.rnd.choice(fem if female else male)
    if lang == "br" and g.rnd.random() < 0.6:
        first, second = g.rnd.sample(fam, 2)
        return given_name, f"{first} {second}"
    return given_name, g.rnd.choice(fam)


def my_name(given_name: str, family: str, female: bool) -> str:
    """A Malaysian whole name as the MyKad writes it (``binti``/``bin`` for Malays, family name first for Chinese)."""
    if family in MY_MALAY[2]:
        return f"{given_name} {'binti' if female else 'bin'} {family}"
    if family in MY_CHINESE[2]:
        return f"{family} {given_name}"
    return f"{given_name} {family}"


def whole(g: Gen, lang: str, female: bool | None = None) -> str:
    """A whole name as the country writes it (Japanese family name first, Malaysian as on the MyKad)."""
    if female is None:
        female = g.rnd.random() < 0.5
    a, b = person(g, lang, female)
    if lang == "ja":
        return f"{b} {a}"
    if lang == "my":
        return my_name(a, b, female)
    return f"{a} {b}"


def given(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def staff(g: Gen, n: int, lang: str, style: str = "whole") -> list[str]:
    """``n`` distinct staff members' names (``whole``, ``first``, ``last``, ``initial`` as ``Gemma D.``)."""
    out: set[str] = set()
    while len(out) < n:
        female = g.rnd.random() < 0.6
        a, b = person(g, lang, female)
        if style == "first":
            out.add(a)
        elif style == "last":
            out.add(b)
        elif style == "initial":
            out.add(f"{a} {b[0]}.")
        elif lang == "ja":
            out.add(f"{b} {a}")
        elif lang == "my":
            out.add(my_name(a, b, female))
        else:
            out.add(f"{a} {b}")
    return sorted(out)


def latin(text: str) -> str:
    """``text`` in ASCII letters: Greek transliterated, Japanese by its romaji, accents dropped."""
    if text in JA_READ:
        return JA_READ[text][1]
    folded = fold(text)
    if any("\u0370" <= ch <= "\u03ff" for ch in folded):
        folded = "".join(_EL_LATIN.get(ch, ch) for ch in folded.replace("ου", "ou").replace("μπ", "b"))
    return "".join(ch for ch in folded if ch.isalnum() or ch == ".")


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
    "au": ["gmail.com", "bigpond.com", "outlook.com", "hotmail.com", "optusnet.com.au"],
    "ca": ["gmail.com", "shaw.ca", "telus.net", "hotmail.com", "outlook.com"],
    "gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "kcomhome.com"],
    "my": ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com"],
    "us": ["gmail.com", "yahoo.com", "comcast.net", "att.net", "icloud.com"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "za": ["gmail.com", "telkomsa.net", "webmail.co.za", "icloud.com", "mweb.co.za"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "freenet.de"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "gmail.com", "interia.pl"],
    "sv": ["gmail.com", "hotmail.se", "telia.com", "outlook.com", "live.se"],
    "ja": ["gmail.com", "docomo.ne.jp", "ezweb.ne.jp", "yahoo.co.jp", "icloud.com"],
    "el": ["gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr", "windowslive.com"],
    "br": ["gmail.com", "hotmail.com", "uol.com.br", "terra.com.br", "bol.com.br"],
    "cz": ["seznam.cz", "email.cz", "gmail.com", "centrum.cz", "post.cz"],
}

# -- places (written for v162) -----------------------------------------------------------------------------------------

#: (suburb, postcode) of the Illawarra
AU_PLACES = [
    ("Wollongong", "2500"),
    ("Fairy Meadow", "2519"),
    ("Corrimal", "2518"),
    ("Thirroul", "2515"),
    ("Dapto", "2530"),
    ("Shellharbour", "2529"),
    ("Albion Park", "2527"),
    ("Kiama", "2533"),
    ("Figtree", "2525"),
    ("Unanderra", "2526"),
    ("Warrawong", "2502"),
    ("Helensburgh", "2508"),
]
AU_STREETS = [
    "Crown St",
    "Keira St",
    "Princes Hwy",
    "Lawrence Hargrave Dr",
    "Memorial Dr",
    "Bong Bong Rd",
    "Gipps Rd",
    "Cliff Rd",
    "Corrimal St",
    "Tongarra Rd",
    "Jamberoo Rd",
    "Murray Rd",
]
#: (city or community, forward sortation area) of Ottawa and eastern Ontario
CA_PLACES = [
    ("Ottawa", "K1S"),
    ("Ottawa", "K1Y"),
    ("Ottawa", "K2P"),
    ("Ottawa", "K1N"),
    ("Kanata", "K2K"),
    ("Kanata", "K2M"),
    ("Orléans", "K1C"),
    ("Orléans", "K4A"),
    ("Nepean", "K2G"),
    ("Barrhaven", "K2J"),
    ("Stittsville", "K2S"),
    ("Carleton Place", "K7C"),
    ("Kemptville", "K0G"),
]
CA_STREETS = [
    "Bank St",
    "Elgin St",
    "Carling Ave",
    "Merivale Rd",
    "Baseline Rd",
    "Hunt Club Rd",
    "Innes Rd",
    "St. Joseph Blvd",
    "March Rd",
    "Strandherd Dr",
    "Hazeldean Rd",
]
#: (town, postcode district) of Hull and the East Riding
GB_PLACES = [
    ("Hull", "HU5"),
    ("Hull", "HU3"),
    ("Hull", "HU6"),
    ("Hull", "HU8"),
    ("Hull", "HU9"),
    ("Cottingham", "HU16"),
    ("Hessle", "HU13"),
    ("Beverley", "HU17"),
    ("Goole", "DN14"),
    ("Bridlington", "YO16"),
    ("Grimsby", "DN32"),
    ("Driffield", "YO25"),
]
GB_STREETS = [
    "Beverley Road",
    "Holderness Road",
    "Anlaby Road",
    "Newland Avenue",
    "Chanterlands Avenue",
    "Princes Avenue",
    "Hessle Road",
    "Spring Bank",
    "Cottingham Road",
    "Endike Lane",
    "Marfleet Lane",
    "Sutton Road",
]
#: (town, postcode) of Sabah and the taman (housing estates) of its towns
MY_PLACES = [
    ("Kota Kinabalu", "88000"),
    ("Kota Kinabalu", "88300"),
    ("Kota Kinabalu", "88400"),
    ("Penampang", "89500"),
    ("Putatan", "88200"),
    ("Inanam", "88450"),
    ("Tuaran", "89200"),
    ("Papar", "89600"),
    ("Kota Belud", "89150"),
    ("Sandakan", "90000"),
    ("Tawau", "91000"),
]
MY_TAMAN = [
    "Taman Luyang Phase 2",
    "Taman Foh Sang",
    "Taman Likas Jaya",
    "Taman Kingfisher",
    "Taman Nosoob Baru",
    "Taman Sri Kepayan",
    "Taman Ria Lok Kawi",
    "Taman Bundusan",
    "Taman Inanam Laut",
    "Taman Sinar Budi",
]
MY_STREETS = [
    "Jalan Gaya",
    "Jalan Tuaran",
    "Jalan Lintas",
    "Jalan Penampang",
    "Lorong Bunga Raya 3",
    "Jalan Kolam",
    "Jalan Istiadat",
    "Lorong Foh Sang 5",
    "Jalan Kepayan",
    "Jalan Bundusan",
]
#: (city, state, ZIP) of members of a Nashville fertility benefit plan
US_PLACES = [
    ("NASHVILLE", "TN", "37206"),
    ("NASHVILLE", "TN", "37211"),
    ("NASHVILLE", "TN", "37212"),
    ("NASHVILLE", "TN", "37209"),
    ("FRANKLIN", "TN", "37064"),
    ("BRENTWOOD", "TN", "37027"),
    ("MURFREESBORO", "TN", "37130"),
    ("HENDERSONVILLE", "TN", "37075"),
    ("SMYRNA", "TN", "37167"),
    ("CLARKSVILLE", "TN", "37040"),
    ("BOWLING GREEN", "KY", "42101"),
]
US_STREETS = [
    "GALLATIN PIKE",
    "NOLENSVILLE PIKE",
    "CHARLOTTE AVE",
    "MURFREESBORO PIKE",
    "HILLSBORO PIKE",
    "DICKERSON PIKE",
    "OLD HICKORY BLVD",
    "MEMORIAL BLVD",
    "MAIN ST",
    "CONCORD RD",
]
#: (town, PIN code) of Anand and Kheda districts and the cities patients come from
IN_PLACES = [
    ("Anand", "388001"),
    ("Vallabh Vidyanagar", "388120"),
    ("Karamsad", "388325"),
    ("Nadiad", "387001"),
    ("Petlad", "388450"),
    ("Borsad", "388540"),
    ("Vadodara", "390007"),
    ("Ahmedabad", "380015"),
    ("Umreth", "388220"),
    ("Khambhat", "388620"),
]
IN_STREETS = [
    "Station Road",
    "Amul Dairy Road",
    "Nana Bazar",
    "Mota Bazar",
    "Sardar Patel Road",
    "Bakrol Road",
    "Vidyanagar Road",
    "Lambhvel Road",
    "Ganesh Chowkdi",
    "Mangal Pura",
]
IN_SOCIETIES = ["Shreeji Society", "Ambika Nagar", "Krishna Park", "Sardar Tenament", "Gayatri Flats",
                "Jalaram Society"]
#: (suburb, postal code) of Durban and the north coast
ZA_PLACES = [
    ("Umhlanga", "4319"),
    ("Durban North", "4051"),
    ("La Lucia", "4051"),
    ("Ballito", "4420"),
    ("Glenwood", "4001"),
    ("Morningside", "4001"),
    ("Westville", "3629"),
    ("Pinetown", "3610"),
    ("Umlazi", "4031"),
    ("Chatsworth", "4092"),
    ("Phoenix", "4068"),
    ("Hillcrest", "3610"),
]
ZA_STREETS = [
    "Chartwell Drive",
    "Lighthouse Road",
    "Umhlanga Rocks Drive",
    "Musgrave Road",
    "Florida Road",
    "Problem Mkhize Road",
    "Jan Hofmeyr Road",
    "Old Main Road",
    "Sparks Road",
    "Compensation Beach Road",
]
#: (Ort, PLZ) of Dresden and its surroundings
DE_PLACES = [
    ("Dresden", "01069"),
    ("Dresden", "01097"),
    ("Dresden", "01127"),
    ("Dresden", "01187"),
    ("Dresden", "01277"),
    ("Dresden", "01307"),
    ("Radebeul", "01445"),
    ("Pirna", "01796"),
    ("Freital", "01705"),
    ("Meißen", "01662"),
    ("Heidenau", "01809"),
    ("Coswig", "01640"),
]
DE_STREETS = [
    "Königsbrücker Straße",
    "Bautzner Straße",
    "Leipziger Straße",
    "Schandauer Straße",
    "Tharandter Straße",
    "Kesselsdorfer Straße",
    "Meißner Straße",
    "Hauptstraße",
    "Pirnaer Landstraße",
    "Großenhainer Straße",
    "Borsbergstraße",
]
#: (miejscowość, the first digits of its postcode) of Szczecin and West Pomerania
PL_PLACES = [
    ("Szczecin", "70"),
    ("Szczecin", "71"),
    ("Police", "72-010"),
    ("Stargard", "73-110"),
    ("Goleniów", "72-100"),
    ("Gryfino", "74-100"),
    ("Świnoujście", "72-600"),
    ("Dobra", "72-003"),
    ("Kołbaskowo", "72-001"),
    ("Międzyzdroje", "72-500"),
    ("Nowogard", "72-200"),
]
PL_STREETS = [
    "ul. Wojska Polskiego",
    "al. Jedności Narodowej",
    "ul. Krzywoustego",
    "ul. Mickiewicza",
    "ul. Ku Słońcu",
    "al. Wyzwolenia",
    "ul. Bohaterów Warszawy",
    "ul. Monte Cassino",
    "ul. Jagiellońska",
    "ul. Struga",
]
#: (ort, postnummer's first three digits) of Östergötland
SV_PLACES = [
    ("Linköping", "582"),
    ("Linköping", "583"),
    ("Linköping", "584"),
    ("Linköping", "586"),
    ("Linköping", "587"),
    ("Norrköping", "602"),
    ("Norrköping", "603"),
    ("Motala", "591"),
    ("Mjölby", "595"),
    ("Åtvidaberg", "597"),
    ("Vadstena", "592"),
    ("Finspång", "612"),
]
SV_STREETS = [
    "Drottninggatan",
    "Storgatan",
    "Ågatan",
    "Hamngatan",
    "Ryds allé",
    "Djurgårdsgatan",
    "Lambohovsgatan",
    "Tinnerbäcksgränd",
    "Vasavägen",
    "Gamla Linköpingsvägen",
    "Kungsgatan",
]
#: (市区町村, 郵便番号's first three digits) of Nagoya and Aichi
JA_PLACES = [
    ("名古屋市中区", "460"),
    ("名古屋市千種区", "464"),
    ("名古屋市昭和区", "466"),
    ("名古屋市瑞穂区", "467"),
    ("名古屋市天白区", "468"),
    ("名古屋市緑区", "458"),
    ("一宮市", "491"),
    ("春日井市", "486"),
    ("豊田市", "471"),
    ("岡崎市", "444"),
    ("日進市", "470"),
    ("長久手市", "480"),
]
JA_TOWNS = ["栄", "丸の内", "覚王山通", "御器所", "八事本町", "植田", "鳴海町", "大須", "今池", "本山町", "平針"]
JA_BUILDINGS = ["グランメゾン栄", "ライオンズマンション八事", "サンハイツ御器所", "パークホームズ覚王山", "コーポ植田"]
#: (πόλη, ΤΚ) of Magnesia and Thessaly
EL_PLACES = [
    ("Βόλος", "382 21"),
    ("Βόλος", "383 33"),
    ("Βόλος", "383 34"),
    ("Νέα Ιωνία", "384 46"),
    ("Αλμυρός", "371 00"),
    ("Αγριά", "373 00"),
    ("Λάρισα", "412 22"),
    ("Τρίκαλα", "421 00"),
    ("Καρδίτσα", "431 00"),
    ("Σκιάθος", "370 02"),
    ("Βελεστίνο", "375 00"),
]
EL_STREETS = [
    "Ιάσονος",
    "Δημητριάδος",
    "Ερμού",
    "Κουντουριώτου",
    "Αργοναυτών",
    "Ιωλκού",
    "Πολυμέρη",
    "Γαλλίας",
    "Ελ. Βενιζέλου",
    "Αναλήψεως",
]
#: (cidade, CEP prefix) of Ribeirão Preto and its region
BR_PLACES = [
    ("Ribeirão Preto", "14020"),
    ("Ribeirão Preto", "14025"),
    ("Ribeirão Preto", "14026"),
    ("Ribeirão Preto", "14090"),
    ("Ribeirão Preto", "14096"),
    ("Sertãozinho", "14160"),
    ("Jardinópolis", "14680"),
    ("Cravinhos", "14140"),
    ("Franca", "14400"),
    ("Batatais", "14300"),
    ("Araraquara", "14800"),
    ("São Carlos", "13560"),
]
BR_BAIRROS = [
    "Jardim Botânico",
    "Jardim Irajá",
    "Alto da Boa Vista",
    "Vila Seixas",
    "Ribeirânia",
    "Jardim Sumaré",
    "Nova Aliança",
    "Campos Elíseos",
    "Jardim Paulista",
    "Centro",
]
BR_STREETS = [
    "Av. Presidente Vargas",
    "Rua Garibaldi",
    "Av. Independência",
    "Rua São José",
    "Av. João Fiúsa",
    "Rua Amador Bueno",
    "Av. Nove de Julho",
    "Rua Barão do Amazonas",
    "Av. Caramuru",
    "Rua Cerqueira César",
]
#: (obec, PSČ) of the Zlín region
CZ_PLACES = [
    ("Zlín", "760 01"),
    ("Zlín", "760 05"),
    ("Zlín-Malenovice", "763 02"),
    ("Otrokovice", "765 02"),
    ("Vizovice", "763 12"),
    ("Uherské Hradiště", "686 01"),
    ("Kroměříž", "767 01"),
    ("Vsetín", "755 01"),
    ("Luhačovice", "763 26"),
    ("Napajedla", "763 61"),
    ("Holešov", "769 01"),
    ("Fryšták", "763 16"),
]
CZ_STREETS = [
    "třída Tomáše Bati",
    "Štefánikova",
    "Dlouhá",
    "Benešovo nábřeží",
    "Kvítková",
    "Tyršova",
    "Okružní",
    "náměstí Míru",
    "Podlesí",
    "Středová",
    "Mostní",
]


def street(g: Gen, streets: list[str], lang: str) -> str:
    s = g.rnd.choice(streets)
    if lang in ("au", "za", "ca", "gb"):
        n = g.rnd.randint(1, 240)
        if lang == "au" and g.rnd.random() < 0.25:
            return f"{g.rnd.randint(1, 12)}/{n} {s}"
        if lang == "gb" and g.rnd.random() < 0.2:
            return f"Flat {g.rnd.randint(1, 12)}, {n} {s}"
        if lang == "za" and g.rnd.random() < 0.3:
            complex_name = g.rnd.choice(["Sea Spray", "Umhlanga Ridge", "The Pearls", "Ocean Dune"])
            return f"{g.rnd.randint(1, 40)} {complex_name}, {n} {s}"
        return f"{n} {s}"
    if lang == "us":
        return f"{g.rnd.randint(100, 9_800)} {s}"
    if lang == "my":
        return f"No. {g.rnd.randint(1, 88)}, {s}"
    if lang == "in":
        return f"{g.code('A')}-{g.rnd.randint(1, 60)}, {g.rnd.choice(IN_SOCIETIES)}, {s}"
    if lang == "de":
        return f"{s} {g.rnd.randint(1, 180)}" + (g.rnd.choice("abc") if g.rnd.random() < 0.15 else "")
    if lang == "pl":
        return f"{s} {g.rnd.randint(1, 120)}" + (f"/{g.rnd.randint(1, 60)}" if g.rnd.random() < 0.65 else "")
    if lang == "sv":
        return f"{s} {g.rnd.randint(1, 90)}" + (f", lgh {g.rnd.randint(1001, 1504)}" if g.rnd.random() < 0.4 else "")
    if lang == "ja":
        addr = f"{g.rnd.choice(JA_TOWNS)}{g.rnd.randint(1, 5)}丁目{g.rnd.randint(1, 30)}番{g.rnd.randint(1, 20)}号"
        if g.rnd.random() < 0.35:
            addr += f" {g.rnd.choice(JA_BUILDINGS)}{g.rnd.randint(1, 9)}0{g.rnd.randint(1, 9)}"
        return addr
    if lang == "el":
        return f"{s} {g.rnd.randint(1, 160)}"
    if lang == "br":
        return s
    return s


def tracking(g: Gen) -> str:
    """A Correios registered item's tracking code (``AA123456789BR``)."""
    return f"{g.rnd.choice(['OY', 'OZ', 'LB', 'PN'])}{g.digits(9)}BR"


def japan_postcode(prefix: str, g: Gen) -> str:
    return f"{prefix}-{g.digits(4)}"


# -- identifiers (check digits computed and checked with python-stdnum, or computed here) ------------------------------


def medicare_check(body: str) -> str:
    """The check digit of an Australian Medicare card number: its first eight digits weighted 1, 3, 7, 9 (twice),
    modulo 10."""
    return str(sum(int(d) * w for d, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10)


def medicare_is_valid(text: str) -> bool:
    d = "".join(ch for ch in text if ch.isdigit())
    return len(d) == 10 and d[0] in "23456" and medicare_check(d[:8]) == d[8]


def medicare(g: Gen) -> str:
    """A Medicare card number (``NNNN NNNNN N``: the first digit 2 to 6, the check digit, the issue number)."""
    body = str(g.rnd.randint(2, 6)) + g.digits(7)
    d = body + medicare_check(body) + str(g.rnd.randint(1, 5))
    assert medicare_is_valid(d), d
    return f"{d[:4]} {d[4:9]} {d[9]}"


def medicare_decoy(g: Gen) -> str:
    """Ten digits spaced like a Medicare number and failing its check (an IVF cycle number)."""
    def make() -> str:
        d = str(g.rnd.randint(2, 6)) + g.digits(9)
        return f"{d[:4]} {d[4:9]} {d[9]}"

    return g.valid(make, lambda x: not medicare_is_valid(x))


def ohip_is_valid(text: str) -> bool:
    """An Ontario health number: ten digits, the last the Luhn check of the first nine (the two-letter version code
    after it is not checked)."""
    d = "".join(ch for ch in text if ch.isdigit())
    return len(d) == 10 and d[0] != "0" and luhn.is_valid(d)


def ohip(g: Gen) -> str:
    """An Ontario health number with its version code (``1234-567-890-AB``, or without the dashes)."""
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    d = body + luhn.calc_check_digit(body)
    assert ohip_is_valid(d), d
    version = g.code("AA")
    return f"{d[:4]}-{d[4:7]}-{d[7:]}-{version}" if g.rnd.random() < 0.6 else f"{d}{version}"


def ohip_decoy(g: Gen) -> str:
    """Ten digits written like an Ontario health number and failing its Luhn check (a claim reference)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(9), lambda x: not luhn.is_valid(x))
    return f"{d[:4]}-{d[4:7]}-{d[7:]}"


def on_licence(g: Gen, family: str) -> str:
    """An Ontario driver's licence number (the surname's initial and fourteen digits, ``A1234-56789-01234``),
    generated by shape."""
    letter = fold(family)[0].upper()
    d = g.digits(14)
    return f"{letter}{d[:4]}-{d[4:9]}-{d[9:]}"


def nhs(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(4, 6)) + g.digits(9), _nhs.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:]}" if g.rnd.random() < 0.7 else d


def nhs_decoy(g: Gen) -> str:
    """Ten digits spaced like an NHS number and failing its check (a laboratory sample number)."""
    d = g.valid(lambda: str(g.rnd.randint(4, 6)) + g.digits(9), lambda x: not _nhs.is_valid(x))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def gb_passport(g: Gen) -> str:
    return g.digits(9)


def gb_licence(g: Gen, last: str, born: date, female: bool, first: str) -> str:
    """A DVLA licence number: the surname's first five letters, the birth date (the month plus 50 for women), the
    initial, a check digit and two letters."""
    surname = ("".join(ch for ch in fold(last).upper() if ch.isalpha()) + "99999")[:5]
    month = born.month + (50 if female else 0)
    year = str(born.year)
    return f"{surname}{year[2]}{month:02d}{born.day:02d}{year[3]}{first[0].upper()}9{g.digits(1)}{g.code('AA')}"


def nric(g: Gen, born: date, female: bool, place: str = "12") -> str:
    """A MyKad number: the birth date, the place of birth (12, 47, 48, 49 for Sabah) and a serial whose last digit
    is even for women."""
    last = g.rnd.choice("02468" if female else "13579")
    number = f"{born:%y%m%d}{place}{g.digits(3)}{last}"
    assert _nric.is_valid(number), number
    return _nric.format(number)


def nric_decoy(g: Gen) -> str:
    """``YYMMDD-PB-NNNN`` with a month that cannot be (a treatment cycle number), so failing the MyKad's rules."""
    number = f"{g.rnd.randint(20, 25)}{g.rnd.randint(13, 19)}{g.rnd.randint(1, 28):02d}12{g.digits(4)}"
    assert not _nric.is_valid(number), number
    return _nric.format(number)


def us_ssn(g: Gen) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    return g.valid(make, _ssn.is_valid)


def us_ssn_decoy(g: Gen) -> str:
    """Nine digits shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    return g.rnd.choice(["000", "666", f"9{g.digits(2)}"]) + g.digits(6)


def npi_is_valid(text: str) -> bool:
    """A US National Provider Identifier: ten digits whose last is the Luhn check of ``80840`` and the first nine."""
    return len(text) == 10 and text.isdigit() and text[0] in "12" and luhn.is_valid("80840" + text)


def npi(g: Gen) -> str:
    """A clinic's (organisation's) NPI, starting with 1 or 2, the Luhn check over the prefix 80840."""
    body = g.rnd.choice("12") + g.digits(8)
    number = body + luhn.calc_check_digit("80840" + body)
    assert npi_is_valid(number), number
    return number


def ein(g: Gen) -> str:
    number = g.valid(lambda: g.rnd.choice(["62", "20", "26", "45", "81"]) + g.digits(7), _ein.is_valid)
    return f"{number[:2]}-{number[2:]}"


def aadhaar(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if g.rnd.random() < 0.6 else d


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (a CRM lead number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def pan(g: Gen, family: str) -> str:
    """An individual's PAN: three letters, ``P``, the surname's initial, four digits and a letter."""
    number = f"{g.code('AAA')}P{family[0].upper()}{g.rnd.randint(1, 9999):04d}{g.code('A')}"
    assert _pan.is_valid(number), number
    return number


def za_id(g: Gen, born: date, female: bool) -> str:
    def make() -> str:
        seq = g.rnd.randint(0, 4_999) if female else g.rnd.randint(5_000, 9_999)
        body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:04d}08"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _idnr.is_valid)


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits failing the South African ID number's check (a donation cycle reference)."""
    return g.valid(lambda: "25" + g.digits(11), lambda x: not _idnr.is_valid(x))


_KVNR_LETTERS = string.ascii_uppercase


def kvnr_check(body: str) -> str:
    """The check digit of a German Krankenversichertennummer: the letter as its two-digit place in the alphabet and
    the eight digits, weighted 1, 2, 1, 2, ..., each product's digits summed, modulo 10."""
    digits = f"{_KVNR_LETTERS.index(body[0]) + 1:02d}{body[1:]}"
    total = 0
    for i, ch in enumerate(digits):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return str(total % 10)


def kvnr_is_valid(text: str) -> bool:
    return (
        len(text) == 10
        and text[0] in _KVNR_LETTERS
        and text[1:].isdigit()
        and kvnr_check(text[:9]) == text[9]
    )


def kvnr(g: Gen, family: str) -> str:
    """A Krankenversichertennummer: the family name's initial (as the first letter often is), eight digits, the
    check digit."""
    letter = fold(family)[0].upper()
    letter = letter if letter in _KVNR_LETTERS else g.code("A")
    body = letter + str(g.rnd.randint(1, 9)) + g.digits(7)
    number = body + kvnr_check(body)
    assert kvnr_is_valid(number), number
    return number


def kvnr_decoy(g: Gen) -> str:
    """A letter and nine digits failing the Krankenversichertennummer's check (a treatment contract number)."""
    return g.valid(lambda: g.code("A") + g.digits(9), lambda x: not kvnr_is_valid(x))


_ICAO = {ch: i for i, ch in enumerate(string.digits + string.ascii_uppercase)}


def icao_check(body: str) -> str:
    """ICAO 9303's check digit (weights 7, 3, 1; letters A=10 to Z=35), used by German identity cards."""
    return str(sum(_ICAO[ch] * (7, 3, 1)[i % 3] for i, ch in enumerate(body)) % 10)


def personalausweis_is_valid(text: str) -> bool:
    return (
        len(text) == 10
        and all(ch in "CFGHJKLMNPRTVWXYZ0123456789" for ch in text[:9])
        and text[0] in "CFGHJKLMNPRTVWXYZ"
        and icao_check(text[:9]) == text[9]
    )


def personalausweis(g: Gen) -> str:
    """A German identity card's number (nine characters of the card's alphabet, then the ICAO check digit)."""
    alphabet = "CFGHJKLMNPRTVWXYZ"
    body = g.rnd.choice("LTM") + "".join(g.rnd.choice(alphabet + "0123456789") for _ in range(8))
    number = body + icao_check(body)
    assert personalausweis_is_valid(number), number
    return number


def de_iban(g: Gen) -> str:
    return iban("DE", g.rnd.choice(["85050300", "85040000", "85020086", "85090000", "86050200"]) + g.digits(10))


def pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)

    def make() -> str:
        body = f"{born:%y}{month:02d}{born.day:02d}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
        return body + _pesel.calc_check_digit(body)

    number = g.valid(make, _pesel.is_valid)
    assert _pesel.get_birth_date(number) == born, number
    return number


def pesel_decoy(g: Gen) -> str:
    """Eleven digits failing the PESEL check (a patient card number)."""
    return g.valid(lambda: g.digits(11), lambda x: not _pesel.is_valid(x))


_PL_ID_WEIGHTS = (7, 3, 1, 9, 7, 3, 1, 7, 3)


def pl_id_card_is_valid(text: str) -> bool:
    """A Polish identity card's series and number (``ABC123456``: the fourth character is the check digit of the
    letters, A=10, and the other five digits, weights 7, 3, 1, 9, 7, 3, 1, 7, 3)."""
    t = text.replace(" ", "")
    if len(t) != 9 or not t[:3].isalpha() or not t[3:].isdigit():
        return False
    total = sum(_ICAO[ch] * w for ch, w in zip(t, _PL_ID_WEIGHTS, strict=True))
    return total % 10 == 0


def pl_id_card(g: Gen) -> str:
    def make() -> str:
        letters = g.rnd.choice(["CA", "CB", "CC", "CD", "DA", "DB", "DE"]) + g.code("A")
        rest = g.digits(5)
        for check in string.digits:
            candidate = f"{letters}{check}{rest}"
            if pl_id_card_is_valid(candidate):
                return candidate
        return ""

    number = g.valid(make, pl_id_card_is_valid)
    return f"{number[:3]} {number[3:]}" if g.rnd.random() < 0.3 else number


def regon(g: Gen) -> str:
    body = "32" + g.digits(6)
    number = body + _regon.calc_check_digit(body)
    assert _regon.is_valid(number), number
    return number


def pl_iban(g: Gen) -> str:
    """A Polish IBAN: the bank's eight-digit sort number (its last digit the check of the first seven, weights 3, 9,
    7, 1, 3, 9, 7), sixteen account digits, the IBAN's check digits."""
    head = g.rnd.choice(["1020", "1090", "1140", "1240", "1050", "2490"]) + g.digits(3)
    sort = head + str((10 - sum(int(d) * w for d, w in zip(head, (3, 9, 7, 1, 3, 9, 7), strict=True)) % 10) % 10)
    return iban("PL", sort + g.digits(16))


def personnummer(g: Gen, born: date) -> str:
    def make() -> str:
        body = born.strftime("%y%m%d") + g.digits(3)
        return body + luhn.calc_check_digit(body)

    d = g.valid(make, lambda x: _pnr.is_valid(x) and _pnr.get_birth_date(x) == born)
    style = g.rnd.random()
    if style < 0.6:
        return f"{born.year // 100}{d[:6]}-{d[6:]}"
    if style < 0.85:
        return f"{born.year // 100}{d}"
    return f"{d[:6]}-{d[6:]}"


def personnummer_decoy(g: Gen) -> str:
    """``YYMMDD-NNNN`` with a date that can exist and a failing Luhn digit (a sample number)."""

    def make() -> str:
        d = g.day("2020-01-01", "2025-12-31").strftime("%y%m%d") + g.digits(4)
        return f"{d[:6]}-{d[6:]}"

    return g.valid(make, lambda x: not luhn.is_valid(x.replace("-", "")))


def orgnr(g: Gen) -> str:
    body = g.rnd.choice(["55", "56", "20", "21"]) + g.digits(7)
    number = body + luhn.calc_check_digit(body)
    assert _orgnr.is_valid(number), number
    return f"{number[:6]}-{number[6:]}"


def my_number(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(10)
    d = body + _mynumber.calc_check_digit(body)
    assert _mynumber.is_valid(d)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if g.rnd.random() < 0.5 else d


def my_number_decoy(g: Gen) -> str:
    """Twelve digits failing My Number's check (a reception number)."""
    return g.valid(lambda: "20" + g.digits(10), lambda x: not _mynumber.is_valid(x))


#: era name -> its first day
_ERAS = (("平成", date(1989, 1, 8)), ("昭和", date(1926, 12, 25)))


def wareki(d: date) -> str:
    """A Japanese era date (``昭和62年3月5日``, ``平成元年4月2日``)."""
    for era, start in _ERAS:
        if d >= start:
            year = d.year - start.year + 1
            return f"{era}{'元' if year == 1 else year}年{d.month}月{d.day}日"
    raise ValueError(d)


def from_wareki(text: str) -> date:
    """The date a :func:`wareki` string names."""
    era, rest = text[:2], text[2:]
    start = dict(_ERAS)[era]
    year_text, rest = rest.split("年")
    month_text, rest = rest.split("月")
    year = 1 if year_text == "元" else int(year_text)
    return date(start.year + year - 1, int(month_text), int(rest.rstrip("日")))


def amka(g: Gen, born: date, female: bool) -> str:
    """An AMKA: the birth date ``DDMMYY``, a serial whose last digit is even for women, the Luhn check."""

    def make() -> str:
        body = f"{born:%d%m%y}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
        return body + luhn.calc_check_digit(body)

    number = g.valid(make, _amka.is_valid)
    assert _amka.get_birth_date(number).strftime("%d%m%y") == born.strftime("%d%m%y")
    return number


def amka_decoy(g: Gen) -> str:
    """Eleven digits failing the AMKA (a file protocol number)."""
    return g.valid(lambda: g.digits(11), lambda x: not _amka.is_valid(x))


def afm(g: Gen, business: bool = False) -> str:
    body = (g.rnd.choice("89") if business else g.rnd.choice("0112")) + g.digits(7)
    number = body + _afm.calc_check_digit(body)
    assert _afm.is_valid(number), number
    return number


def el_adt(g: Gen) -> str:
    """A Greek identity card number: two Greek capitals and six digits."""
    return g.rnd.choice(["ΑΒ", "ΑΗ", "ΑΙ", "ΑΚ", "ΑΜ", "ΑΝ", "ΑΟ", "ΑΡ", "ΑΤ", "ΑΧ", "ΑΕ", "ΑΖ"]) + " " + g.digits(6)


def el_iban(g: Gen) -> str:
    return iban("GR", g.rnd.choice(["0110", "0172", "0140", "0260"]) + g.digits(3) + g.digits(16))


def cpf(g: Gen) -> str:
    d = g.valid(lambda: g.digits(9), lambda x: len(set(x)) > 1)
    number = d + _cpf._calc_check_digits(d)
    assert _cpf.is_valid(number), number
    return _cpf.format(number) if g.rnd.random() < 0.7 else number


def cpf_decoy(g: Gen) -> str:
    """``NNN.NNN.NNN-NN`` written like a CPF and failing its check (a cryopreservation contract number)."""
    number = g.valid(lambda: g.digits(11), lambda x: not _cpf.is_valid(x))
    return _cpf.format(number)


def rg_sp(g: Gen) -> str:
    """A São Paulo RG (``NN.NNN.NNN-D``, the last a digit or X), generated by shape."""
    return f"{g.rnd.randint(10, 59)}.{g.digits(3)}.{g.digits(3)}-{g.rnd.choice('0123456789X')}"


def cnpj(g: Gen) -> str:
    body = g.digits(8) + "0001"
    number = body + _cnpj.calc_check_digits(body)
    assert _cnpj.is_valid(number), number
    return _cnpj.format(number)


def rodne_cislo(g: Gen, born: date, female: bool) -> str:
    month = born.month + (50 if female else 0)

    def make() -> str:
        head = f"{born:%y}{month:02d}{born.day:02d}{g.digits(3)}"
        return head + str(int(head) % 11 % 10)

    d = g.valid(make, lambda x: _rc.is_valid(x) and _rc.get_birth_date(x) == born)
    return f"{d[:6]}/{d[6:]}"


def rodne_cislo_decoy(g: Gen) -> str:
    """Ten digits written like a birth number and failing its check (an IVF cycle number)."""
    return g.valid(lambda: g.digits(6) + "/" + g.digits(4), lambda x: not _rc.is_valid(x))


def ico(g: Gen) -> str:
    """A Czech company number (IČO, eight digits with its check digit)."""
    return g.valid(lambda: str(g.rnd.randint(1, 7)) + g.digits(7), _ico.is_valid)


def cz_account(g: Gen) -> str:
    prefix = f"{g.rnd.randint(19, 670_100)}-" if g.rnd.random() < 0.3 else ""
    number = g.rnd.randint(100_000, 9_999_999_999)
    return f"{prefix}{number}/{g.rnd.choice(['0800', '0100', '0300', '2010', '5500', '0600'])}"


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


def dmy(d: date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"
