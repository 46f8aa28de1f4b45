"""Values of held-out set v69 (:mod:`benchmarks.classification.heldout_v69`): v69's random source, names, streets,
towns and postal codes written by hand for v69 (no Faker, no list of real people), phones checked with phonenumbers
and identifiers with check digits computed or checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module; the lists below are new.
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
from stdnum.ca import bn as _bn
from stdnum.es import cif as _cif
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.fr import siret as _siret
from stdnum.gb import upn as _upn
from stdnum.ie import pps as _pps
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import gstin as _gstin
from stdnum.in_ import pan as _pan
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva
from stdnum.ke import pin as _kepin
from stdnum.nl import brin as _brin
from stdnum.nl import bsn as _bsn
from stdnum.nl import btw as _btw
from stdnum.nl import onderwijsnummer as _onr
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.pl import regon as _regon
from stdnum.ru import inn as _inn
from stdnum.ru import ogrn as _ogrn
from stdnum.za import idnr as _zaid

from benchmarks.classification.heldout_v2 import Column

SEED = 69_507_2026
N = "none"
#: a login or public display handle (review, as in v5 to v68)
USERNAME = "unclassified"
#: NULL-like strings of v69's systems (tests skip them)
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
    "unknown",
    "?",
    "#N/A",
    "nil",
    "Nil",
    "<null>",
    "0",
    "000-00-0000",
    "test@example.com",
    "REDACTED",
    "keine",
    "k. A.",
    "néant",
    "aucun",
    "ninguna",
    "nessuna",
    "N.D.",
    "geen",
    "brak",
    "нет",
    "—",
    "TBC",
    "none known",
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v69:{SEED}:{table}")

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

    def amounts(self, lo: float, hi: float) -> list[float]:
        return [round(self.rnd.uniform(lo, hi), 2) for _ in range(self.rows)]

    def floats(self, lo: float, hi: float, digits: int) -> list[float]:
        return [round(self.rnd.uniform(lo, hi), digits) for _ in range(self.rows)]

    def yn(self, yes: Any, no: Any, p: float) -> list[Any]:
        return [yes if self.rnd.random() < p else no for _ in range(self.rows)]

    def day(self, lo: str, hi: str) -> date:
        a, b = date.fromisoformat(lo), date.fromisoformat(hi)
        return a + timedelta(days=self.rnd.randint(0, (b - a).days))

    def days(self, lo: str, hi: str, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.day(lo, hi), null)

    def moment(self, lo: str, hi: str) -> datetime:
        return datetime.combine(self.day(lo, hi), datetime.min.time()) + timedelta(seconds=self.rnd.randint(0, 86_399))

    def moments(self, lo: str, hi: str, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.moment(lo, hi), null)

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

    def valid(self, make: Callable[[], str], ok: Callable[[str], bool]) -> str:
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

    def version(self) -> str:
        return f"{self.rnd.randint(1, 9)}.{self.rnd.randint(0, 24)}.{self.rnd.randint(0, 40)}"

    def ipv4(self) -> str:
        first = self.rnd.choice([23, 45, 67, 69, 70, 75, 76, 96, 97, 100, 136, 162, 173, 199, 209])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2600", "2601", "2602", "2604", "2a02"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        keep = max(len(nsn) - 7, 1) if region == "US" else max(len(nsn) - 6, 1)

        def make() -> str:
            if region == "US":
                return (
                    self.rnd.choice(["614", "513", "216", "330", "419", "937", "740", "440", "567", "220"])
                    + str(self.rnd.randint(2, 9))
                    + self.digits(6)
                )
            if region == "CA":
                return (
                    self.rnd.choice(["905", "289", "365", "647", "416"]) + str(self.rnd.randint(2, 9)) + self.digits(6)
                )
            return nsn[:keep] + self.digits(len(nsn) - keep)

        def ok(candidate: str) -> bool:
            return phonenumbers.is_valid_number(phonenumbers.parse(f"+{example.country_code}{candidate}"))

        number = phonenumbers.parse(f"+{example.country_code}{self.valid(make, ok)}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        if fmt == "dashes":
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:3]}-{d[3:6]}-{d[6:]}" if region == "US" else national
        if fmt == "dots":
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:3]}.{d[3:6]}.{d[6:]}" if region == "US" else national
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(
            lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile), null
        )


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v69) -------------------------------------------------------------------------------------------

#: locale -> (male given names, female given names, family names); Polish and Russian family names are the male
#: forms (``person`` makes the female ones)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (
        [
            "Brantley",
            "Colby",
            "Dashiell",
            "Everett",
            "Hollis",
            "Kingsley",
            "Rhett",
            "Sawyer",
            "Tobias",
            "Ulysses",
            "Marquise",
            "Deshawn",
            "Mateo",
            "Rohan",
        ],
        [
            "Aubrey",
            "Brynlee",
            "Cordelia",
            "Harlow",
            "Juniper",
            "Kinsley",
            "Magnolia",
            "Paisley",
            "Saylor",
            "Tatum",
            "Imani",
            "Ximena",
            "Priyanka",
            "Mei",
        ],
        [
            "Abernathy",
            "Birchfield",
            "Calloway",
            "Dinwiddie",
            "Eckhardt",
            "Fenwick",
            "Gallagher",
            "Hartsock",
            "Kowalczyk",
            "Lindqvist",
            "Mcelroy",
            "Oyelaran",
            "Pruitt",
            "Quintero",
            "Strickland",
            "Vandermolen",
            "Whitacre",
            "Yoder",
            "Zielinski",
            "Nwachukwu",
        ],
    ),
    "gb": (
        ["Alfie", "Callum", "Dylan", "Finley", "Harvey", "Kieran", "Reuben", "Tariq", "Zain", "Ellis"],
        ["Amelie", "Bethan", "Darcey", "Esme", "Holly", "Keira", "Maisie", "Nadia", "Poppy", "Summer"],
        [
            "Ashworth",
            "Bancroft",
            "Cheetham",
            "Duckworth",
            "Entwistle",
            "Fairclough",
            "Hulme",
            "Kershaw",
            "Mellor",
            "Openshaw",
            "Ramsbottom",
            "Shufflebotham",
            "Tattersall",
            "Whittaker",
            "Hussain",
            "Begum",
        ],
    ),
    "ca": (
        ["Gabriel", "Logan", "Maverick", "Nathaniel", "Owen", "Tavish", "Arjun", "Malik", "Wei", "Antoine"],
        ["Amara", "Brielle", "Chloé", "Emerson", "Hazel", "Leilani", "Maëlle", "Navneet", "Quinn", "Sienna"],
        [
            "Arsenault",
            "Beaulieu",
            "Chowdhury",
            "Deschamps",
            "Gillis",
            "MacKinnon",
            "Ouellette",
            "Sandhu",
            "Thibodeau",
            "Wasylyk",
            "Yuen",
            "Okonkwo",
            "Fitzgerald-Ross",
            "Leblanc",
        ],
    ),
    "au": (
        ["Angus", "Banjo", "Declan", "Fletcher", "Hamish", "Lachlan", "Nikolaos", "Tane", "Vinh", "Ziggy"],
        ["Ainslie", "Bronte", "Delta", "Indi", "Kirra", "Matilda", "Saoirse", "Tegan", "Willow", "Yasmin"],
        [
            "Baxendale",
            "Cartwright",
            "Dimitriou",
            "Forsythe",
            "Haddad",
            "Kilpatrick",
            "Lucchesi",
            "Mcgillivray",
            "Nguyen-Tran",
            "Pappas",
            "Rafferty",
            "Sutcliffe",
            "Wirth",
            "Yarran",
        ],
    ),
    "ie": (
        ["Cathal", "Darragh", "Eoghan", "Fiachra", "Oisín", "Ruairí", "Tadhg", "Cillian", "Donnacha", "Pádraig"],
        ["Aoibheann", "Caoimhe", "Clodagh", "Éabha", "Muireann", "Niamh", "Róisín", "Sadhbh", "Siún", "Gráinne"],
        [
            "Mac Giolla Phádraig",
            "Ní Bhriain",
            "Ó Catháin",
            "Breathnach",
            "Cosgrave",
            "Donnellan",
            "Fahy",
            "Geraghty",
            "Kinsella",
            "Mac Aodha",
            "Ó Súilleabháin",
            "Tuohy",
            "Whelehan",
            "Nic Dhomhnaill",
        ],
    ),
    "za": (
        ["Bongani", "Lwazi", "Thabo", "Sibusiso", "Kabelo", "Riaan", "Pieter", "Yusuf", "Kegan", "Lesego"],
        ["Ayanda", "Boitumelo", "Lindiwe", "Nomvula", "Palesa", "Refilwe", "Annelie", "Zanele", "Fatima", "Chantelle"],
        [
            "Mabaso",
            "Dlamini",
            "Khumalo",
            "Mokoena",
            "Nkosi",
            "Sithole",
            "Van der Merwe",
            "Botha",
            "Pillay",
            "Naidoo",
            "Adams",
            "Mahlangu",
            "Tshabalala",
            "Kriel",
        ],
    ),
    "in": (
        ["Aarav", "Ishaan", "Kabir", "Omkar", "Parth", "Siddharth", "Tejas", "Vedant", "Harshvardhan", "Nikhil"],
        ["Ananya", "Gauri", "Ishita", "Mrunal", "Pallavi", "Radhika", "Sanika", "Tanvi", "Vaidehi", "Madhura"],
        [
            "Apte",
            "Bhosale",
            "Deshpande",
            "Gokhale",
            "Jadhav",
            "Kulkarni",
            "Nimbalkar",
            "Paranjpe",
            "Sathe",
            "Wagh",
            "Khandelwal",
            "Shaikh",
            "Fernandes",
            "Iyengar",
        ],
    ),
    "ke": (
        ["Brian", "Collins", "Dennis", "Kelvin", "Kiprono", "Mutua", "Otieno", "Wafula", "Njoroge", "Hassan"],
        ["Akinyi", "Chebet", "Faith", "Mercy", "Njeri", "Wanjiku", "Wairimu", "Nafula", "Jeptoo", "Mwanaisha"],
        [
            "Kariuki",
            "Mwangi",
            "Ochieng",
            "Kiplagat",
            "Wekesa",
            "Mutiso",
            "Njuguna",
            "Omondi",
            "Cheruiyot",
            "Barasa",
            "Kimani",
            "Abdalla",
            "Nyaga",
            "Wambui",
        ],
    ),
    "de": (
        ["Jannik", "Leonhard", "Matthias", "Timo", "Ulrich", "Volker", "Emre", "Konstantin", "Severin", "Jörg"],
        ["Anneliese", "Birgit", "Dörte", "Franziska", "Gesine", "Hiltrud", "Johanna", "Svenja", "Ute", "Elif"],
        [
            "Ambühl",
            "Brändle",
            "Dreher",
            "Fehrenbach",
            "Gutmann",
            "Haberstroh",
            "Kiefer",
            "Löffler",
            "Maier",
            "Ruf",
            "Schwörer",
            "Trenkle",
            "Weißhaupt",
            "Zähringer",
        ],
    ),
    "fr": (
        ["Baptiste", "Corentin", "Erwan", "Gaël", "Killian", "Loïc", "Malo", "Titouan", "Yanis", "Maël"],
        ["Anaïs", "Bérénice", "Clémence", "Gwenaëlle", "Lou", "Maïwenn", "Nolwenn", "Rozenn", "Solène", "Inès"],
        [
            "Le Goff",
            "Le Bihan",
            "Guillou",
            "Jaouen",
            "Kerhervé",
            "Le Gall",
            "Morvan",
            "Quéré",
            "Riou",
            "Tanguy",
            "Benali",
            "Pasquier",
            "Rolland",
            "Hamon",
        ],
    ),
    "es": (
        ["Alejandro", "Borja", "Íñigo", "Jorge", "Pau", "Unai", "Iker", "Álvaro", "Hugo", "Gonzalo"],
        ["Ainhoa", "Begoña", "Cristina", "Elena", "Irene", "Lucía", "Nerea", "Pilar", "Ángela", "Vega"],
        [
            "Aznar",
            "Blasco",
            "Cebrián",
            "Escartín",
            "Gracia",
            "Lafuente",
            "Lasheras",
            "Marín",
            "Pardo",
            "Royo",
            "Sanjuán",
            "Tello",
            "Usón",
            "Villacampa",
        ],
    ),
    "it": (
        ["Andrea", "Davide", "Edoardo", "Filippo", "Jacopo", "Mattia", "Nicolò", "Tommaso", "Riccardo", "Elia"],
        ["Alice", "Beatrice", "Camilla", "Emma", "Gaia", "Giorgia", "Ludovica", "Martina", "Noemi", "Vittoria"],
        [
            "Abeni",
            "Bonomi",
            "Cavalleri",
            "Facchetti",
            "Gatti",
            "Lazzari",
            "Mor",
            "Pedrali",
            "Salvi",
            "Tosoni",
            "Zanardelli",
            "Belotti",
            "Pasini",
            "Ghidini",
        ],
    ),
    "nl": (
        ["Bram", "Daan", "Gijs", "Jesse", "Luuk", "Mees", "Sem", "Thijs", "Youssef", "Stijn"],
        ["Anouk", "Fenna", "Isa", "Julia", "Lieke", "Nova", "Roos", "Saar", "Tess", "Yara"],
        [
            "Bakker",
            "van den Heuvel",
            "de Vries",
            "van Gils",
            "Hendriks",
            "Janssen",
            "van der Linden",
            "Maas",
            "Peeters",
            "Smulders",
            "Verhoeven",
            "van Rooij",
            "El Amrani",
            "Claassen",
        ],
    ),
    "pl": (
        ["Bartosz", "Dawid", "Igor", "Jakub", "Kacper", "Michał", "Oskar", "Szymon", "Wiktor", "Franciszek"],
        ["Agnieszka", "Hanna", "Julia", "Kinga", "Lena", "Małgorzata", "Natalia", "Weronika", "Zuzanna", "Oliwia"],
        [
            "Adamczyk",
            "Banaszak",
            "Czarnecki",
            "Dudek",
            "Górski",
            "Jankowski",
            "Kaczmarek",
            "Michalak",
            "Nowicki",
            "Pawlak",
            "Szymański",
            "Wróblewski",
            "Zieliński",
            "Kubiak",
        ],
    ),
    "ru": (
        ["Артём", "Глеб", "Даниил", "Ильдар", "Марат", "Никита", "Рустам", "Тимур", "Фёдор", "Ярослав"],
        ["Алсу", "Вероника", "Гульнара", "Диляра", "Екатерина", "Камила", "Лилия", "Полина", "Регина", "Софья"],
        [
            "Абдуллин",
            "Валиев",
            "Гарипов",
            "Зиннатуллин",
            "Калинин",
            "Мухаметов",
            "Никифоров",
            "Сафин",
            "Тихонов",
            "Фазлыев",
            "Хабибуллин",
            "Шарипов",
            "Яковлев",
            "Морозов",
        ],
    ),
}
#: Russian patronymic stems (father's given name)
RU_PATRONYMIC = ["Айдарович", "Ринатович", "Сергеевич", "Олегович", "Ильдусович", "Андреевич", "Маратович"]


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    males, females, lasts = NAMES[lang]
    last = g.rnd.choice(lasts)
    if female and lang == "pl" and last.endswith("ki"):
        last = last[:-1] + "a"
    if female and lang == "ru":
        last = last + "а"
    return g.rnd.choice(females if female else males), last


def whole(g: Gen, lang: str) -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def given(g: Gen, lang: str) -> str:
    return person(g, lang)[0]


def family(g: Gen, lang: str) -> str:
    return person(g, lang)[1]


def patronymic(g: Gen, female: bool) -> str:
    stem = g.rnd.choice(RU_PATRONYMIC)
    return stem[:-3] + "овна" if female and stem.endswith("ович") else (stem[:-3] + "евна" if female else stem)


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


_RU = str.maketrans(
    {
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
        "щ": "sch",
        "ы": "y",
        "ь": "",
        "ъ": "",
        "э": "e",
        "ю": "yu",
        "я": "ya",
    }
)


def latin(text: str) -> str:
    return plain(text.lower().translate(_RU))


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = latin(first), latin(last)
    local = g.rnd.choice(
        [
            f"{a}.{b}",
            f"{a[0]}{b}",
            f"{a}{g.rnd.randint(1, 99)}",
            f"{b}.{a[0]}",
            f"{a}_{b}",
            f"{a}{b[0]}{g.rnd.randint(70, 99)}",
            f"{b}{a[:2]}",
        ]
    )
    return f"{local}@{g.rnd.choice(domains)}"


DOMAINS = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "att.net"],
    "gb": ["gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com", "icloud.com"],
    "ca": ["gmail.com", "hotmail.ca", "outlook.com", "rogers.com", "sympatico.ca"],
    "au": ["gmail.com", "bigpond.com", "outlook.com", "icloud.com", "optusnet.com.au"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com", "outlook.ie"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "yahoo.com", "outlook.com"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "ke": ["gmail.com", "yahoo.com", "outlook.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com"],
    "fr": ["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es"],
    "it": ["libero.it", "gmail.com", "alice.it", "virgilio.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "gmail.com", "interia.pl"],
    "ru": ["mail.ru", "yandex.ru", "bk.ru", "gmail.com", "rambler.ru"],
}


def email(g: Gen, lang: str) -> str:
    return email_of(g, *person(g, lang), DOMAINS[lang])


def login(first: str, last: str, style: int) -> str:
    a, b = latin(first), latin(last)
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a}{b[:3]}"][style % 5]


# -- places (written for v69) ------------------------------------------------------------------------------------------

#: (city, state or county, postal lead) per locale
PLACES: dict[str, list[tuple[str, str, str]]] = {
    "us": [
        ("Columbus", "OH", "432"),
        ("Dublin", "OH", "430"),
        ("Westerville", "OH", "430"),
        ("Dayton", "OH", "454"),
        ("Zanesville", "OH", "437"),
        ("Mansfield", "OH", "449"),
        ("Athens", "OH", "457"),
        ("Lima", "OH", "458"),
        ("Huntington", "WV", "257"),
        ("Fort Wayne", "IN", "468"),
    ],
    "gb": [
        ("Stockport", "Greater Manchester", "SK"),
        ("Cheadle", "Greater Manchester", "SK"),
        ("Macclesfield", "Cheshire", "SK"),
        ("Hyde", "Greater Manchester", "SK"),
        ("Altrincham", "Greater Manchester", "WA"),
        ("Glossop", "Derbyshire", "SK"),
    ],
    "ca": [
        ("Mississauga", "ON", "L5"),
        ("Brampton", "ON", "L6"),
        ("Oakville", "ON", "L6"),
        ("Milton", "ON", "L9"),
        ("Etobicoke", "ON", "M9"),
    ],
    "au": [
        ("Maitland", "NSW", "2320"),
        ("Cessnock", "NSW", "2325"),
        ("Merewether", "NSW", "2291"),
        ("Charlestown", "NSW", "2290"),
        ("Raymond Terrace", "NSW", "2324"),
        ("Singleton", "NSW", "2330"),
        ("Muswellbrook", "NSW", "2333"),
        ("Toronto", "NSW", "2283"),
    ],
    "ie": [
        ("Phibsborough", "Dublin", "D07"),
        ("Cabra", "Dublin", "D07"),
        ("Stoneybatter", "Dublin", "D07"),
        ("Glasnevin", "Dublin", "D09"),
        ("Drumcondra", "Dublin", "D09"),
        ("Finglas", "Dublin", "D11"),
    ],
    "za": [
        ("Gqeberha", "Eastern Cape", "60"),
        ("Kariega", "Eastern Cape", "62"),
        ("Makhanda", "Eastern Cape", "61"),
        ("East London", "Eastern Cape", "52"),
        ("George", "Western Cape", "65"),
        ("Mthatha", "Eastern Cape", "50"),
    ],
    "in": [
        ("Pune", "Maharashtra", "411"),
        ("Pimpri-Chinchwad", "Maharashtra", "411"),
        ("Nashik", "Maharashtra", "422"),
        ("Satara", "Maharashtra", "415"),
    ],
    "ke": [
        ("Nairobi", "Nairobi", "00"),
        ("Nakuru", "Nakuru", "20"),
        ("Eldoret", "Uasin Gishu", "30"),
        ("Kisumu", "Kisumu", "40"),
        ("Machakos", "Machakos", "90"),
        ("Nyeri", "Nyeri", "10"),
    ],
    "de": [
        ("Freiburg im Breisgau", "Baden-Württemberg", "791"),
        ("Emmendingen", "Baden-Württemberg", "793"),
        ("Waldkirch", "Baden-Württemberg", "791"),
        ("Breisach am Rhein", "Baden-Württemberg", "792"),
        ("Kirchzarten", "Baden-Württemberg", "791"),
        ("Gundelfingen", "Baden-Württemberg", "791"),
    ],
    "fr": [
        ("Cesson-Sévigné", "Ille-et-Vilaine", "355"),
        ("Rennes", "Ille-et-Vilaine", "350"),
        ("Thorigné-Fouillard", "Ille-et-Vilaine", "352"),
        ("Acigné", "Ille-et-Vilaine", "356"),
    ],
    "es": [
        ("Zaragoza", "Zaragoza", "500"),
        ("Huesca", "Huesca", "220"),
        ("Teruel", "Teruel", "440"),
        ("Calatayud", "Zaragoza", "503"),
        ("Barbastro", "Huesca", "223"),
        ("Alcañiz", "Teruel", "446"),
    ],
    "it": [
        ("Brescia", "BS", "251"),
        ("Desenzano del Garda", "BS", "250"),
        ("Rovato", "BS", "250"),
        ("Lumezzane", "BS", "250"),
        ("Ghedi", "BS", "250"),
    ],
    "nl": [
        ("Tilburg", "Noord-Brabant", "50"),
        ("Goirle", "Noord-Brabant", "505"),
        ("Oisterwijk", "Noord-Brabant", "506"),
        ("Hilvarenbeek", "Noord-Brabant", "508"),
        ("Dongen", "Noord-Brabant", "510"),
    ],
    "pl": [
        ("Poznań", "wielkopolskie", "6"),
        ("Swarzędz", "wielkopolskie", "62"),
        ("Luboń", "wielkopolskie", "62"),
        ("Mosina", "wielkopolskie", "62"),
        ("Komorniki", "wielkopolskie", "62"),
    ],
    "ru": [
        ("Казань", "Республика Татарстан", "420"),
        ("Зеленодольск", "Республика Татарстан", "422"),
        ("Высокая Гора", "Республика Татарстан", "422"),
        ("Иннополис", "Республика Татарстан", "420"),
    ],
}
STREETS: dict[str, list[str]] = {
    "us": [
        "Olentangy River Rd",
        "Buckeye Ln",
        "Cooper Rd",
        "Sawmill Pkwy",
        "Hickory Knoll Dr",
        "Maple Hill Ct",
        "Indian Mound Rd",
        "Stelzer Ave",
        "Tuttle Crossing Blvd",
        "Wren Hollow Way",
    ],
    "gb": [
        "Bramhall Lane",
        "Didsbury Road",
        "Marple Road",
        "Hempshaw Lane",
        "Shaw Heath",
        "Councillor Lane",
        "Offerton Green",
        "Mile End Lane",
        "Adswood Grove",
        "Cale Green",
    ],
    "ca": [
        "Eglinton Ave W",
        "Glen Erin Dr",
        "Winston Churchill Blvd",
        "Burnhamthorpe Rd",
        "Creditview Rd",
        "Tenth Line W",
        "Thomas St",
        "Erin Mills Pkwy",
    ],
    "au": [
        "Lambton Rd",
        "Tudor St",
        "Hunter St",
        "Wollombi Rd",
        "Pacific Hwy",
        "Vincent St",
        "Tooke St",
        "Brunker Rd",
        "Addison Rd",
    ],
    "ie": [
        "Cabra Road",
        "Prussia Street",
        "Rathdown Road",
        "Connaught Street",
        "Ratoath Road",
        "Manor Street",
        "Fassaugh Avenue",
        "Carnlough Road",
        "Glenbeigh Park",
    ],
    "za": [
        "Cape Road",
        "Heugh Road",
        "Buffelsfontein Road",
        "Main Street",
        "Ndlovu Street",
        "Govan Mbeki Avenue",
        "Sixth Avenue",
        "Kragga Kamma Road",
    ],
    "in": [
        "Karve Road",
        "Paud Road",
        "Law College Road",
        "Prabhat Road",
        "Baner Road",
        "Sinhagad Road",
        "Tilak Road",
        "Bhandarkar Road",
    ],
    "ke": ["Ngong Road", "Kiambu Road", "Kenyatta Avenue", "Oginga Odinga Street", "Moi Avenue", "Jogoo Road"],
    "de": [
        "Habsburgerstraße",
        "Schwarzwaldstraße",
        "Wiehre-Allee",
        "Eschholzstraße",
        "Sundgauallee",
        "Lorettostraße",
        "Kartäuserstraße",
        "Am Bischofskreuz",
    ],
    "fr": [
        "rue de Rennes",
        "avenue des Peupliers",
        "allée des Korrigans",
        "boulevard de la Liberté",
        "rue du Chêne Germain",
        "impasse des Hortensias",
        "rue de la Chalotais",
    ],
    "es": [
        "Calle del Coso",
        "Paseo de la Independencia",
        "Avenida de Goya",
        "Calle Alfonso I",
        "Calle de Predicadores",
        "Camino de las Torres",
        "Calle Doctor Cerrada",
    ],
    "it": [
        "Via Milano",
        "Corso Zanardelli",
        "Via Triumplina",
        "Viale Venezia",
        "Via Cremona",
        "Contrada del Carmine",
        "Via San Faustino",
    ],
    "nl": ["Ringbaan-West", "Goirkestraat", "Bredaseweg", "Korvelseweg", "Piushaven", "Hasseltstraat", "Molenstraat"],
    "pl": [
        "ul. Głogowska",
        "ul. Dąbrowskiego",
        "os. Bolesława Chrobrego",
        "ul. Grunwaldzka",
        "ul. Św. Marcin",
        "ul. Hetmańska",
        "al. Solidarności",
    ],
    "ru": [
        "ул. Баумана",
        "ул. Пушкина",
        "пр-т Победы",
        "ул. Чистопольская",
        "ул. Декабристов",
        "ул. Гвардейская",
        "ул. Карла Маркса",
    ],
}


def place(g: Gen, lang: str) -> tuple[str, str, str]:
    return g.rnd.choice(PLACES[lang])


def street(g: Gen, lang: str) -> str:
    s = g.rnd.choice(STREETS[lang])
    n = g.rnd.randint(1, 240)
    if lang == "us":
        return g.rnd.choice([f"{n * 10 + 3} {s}", f"{n * 17} {s} Apt {g.rnd.randint(1, 24)}"])
    if lang == "ca":
        return g.rnd.choice([f"{n * 13} {s}", f"{g.rnd.randint(101, 1905)}-{n * 9} {s}"])
    if lang in ("gb", "ie", "au", "za", "in", "ke"):
        return g.rnd.choice([f"{n} {s}", f"Flat {g.rnd.randint(1, 12)}, {n} {s}", f"{n} {s}"])
    if lang == "fr":
        return f"{n} {s}" + g.rnd.choice(["", " bis", ", bât. B"])
    if lang == "es":
        return f"{s}, {n}, {g.rnd.randint(1, 9)}º {g.rnd.choice('ABCD')}"
    if lang == "it":
        return f"{s} {n}" + g.rnd.choice(["", "/B", " int. 3"])
    if lang == "pl":
        return f"{s} {n}" + g.rnd.choice(["", f"/{g.rnd.randint(1, 60)}", f" m. {g.rnd.randint(1, 40)}"])
    if lang == "ru":
        return f"{s}, д. {n}, кв. {g.rnd.randint(1, 180)}"
    return f"{s} {n}" + g.rnd.choice(["", "a", " b"])


_EIR = "ACDEFHKNPRTVWXY0123456789"


def postcode(g: Gen, lang: str, lead: str) -> str:
    """A postal code of ``lang``'s country starting with ``lead`` (shapes only, no real address implied)."""
    if lang == "us":
        return lead + g.digits(2)
    if lang == "gb":
        return f"{lead}{g.rnd.randint(1, 14)} {g.rnd.randint(1, 9)}{g.code('AA').replace('I', 'L').replace('O', 'P')}"
    if lang == "ca":
        return (
            f"{lead}{g.rnd.choice('ABCEGHJKLMNPRSTVWXYZ')} {g.digits(1)}{g.rnd.choice('ABCEGHJKLMNPRSTVWXYZ')}"
            f"{g.digits(1)}"
        )
    if lang == "ie":
        return f"{lead} {g.rnd.choice(_EIR[:15])}{g.digits(1, _EIR)}{g.digits(1, _EIR)}{g.digits(1, _EIR)}"
    if lang == "nl":
        return f"{lead}{g.digits(4 - len(lead))} {g.code('AA').replace('S', 'T')}"
    if lang == "pl":
        full = lead + g.digits(5 - len(lead))
        return f"{full[:2]}-{full[2:]}"
    width = {"au": 4, "za": 4, "in": 6, "ke": 5, "de": 5, "fr": 5, "es": 5, "it": 5, "ru": 6}[lang]
    return lead + g.digits(width - len(lead))


# -- identifiers (python-stdnum) ---------------------------------------------------------------------------------------


def upn(g: Gen) -> str:
    """An English Unique Pupil Number (check letter: python-stdnum)."""
    body = (
        g.rnd.choice(["356", "357", "358", "350", "352"]) + g.digits(4) + g.rnd.choice(["14", "15", "16"]) + g.digits(3)
    )
    number = _upn.calc_check_digit(body) + body
    assert _upn.is_valid(number)
    return number


def uln(g: Gen) -> str:
    """A ten-digit Unique Learner Number shape (no check computed)."""
    return str(g.rnd.randint(1, 9)) + g.digits(9)


def pps(g: Gen) -> str:
    """An Irish PPSN, ``1234567FA`` (new format: python-stdnum checks the check letter)."""
    return g.valid(lambda: g.digits(7) + g.rnd.choice(string.ascii_uppercase[:23]) + "A", _pps.is_valid)


def za_id(g: Gen, born: date, female: bool) -> str:
    """A South African ID number encoding ``born`` and the sex (Luhn: python-stdnum checks it)."""
    seq = g.rnd.randint(0, 4999) + (0 if female else 5000)
    body = born.strftime("%y%m%d") + f"{seq:04d}" + "0" + g.rnd.choice("89")
    number = body + luhn.calc_check_digit(body)
    assert _zaid.is_valid(number)
    return number


def aadhaar(g: Gen) -> str:
    number = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{number[:4]} {number[4:8]} {number[8:]}"


def pan(g: Gen, last: str) -> str:
    letter = (latin(last)[:1] or "x").upper()
    number = g.code("AAA") + "P" + letter + g.digits(4) + g.code("A")
    assert _pan.is_valid(number)
    return number


def gstin(g: Gen, pan_of_firm: str) -> str:
    return g.valid(lambda: "27" + pan_of_firm + "1Z" + g.code("Z"), _gstin.is_valid)


def ke_pin(g: Gen) -> str:
    number = "A" + g.digits(9) + g.code("A")
    assert _kepin.is_valid(number)
    return number


def tfn(g: Gen) -> str:
    number = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(8), _tfn.is_valid)
    return f"{number[:3]} {number[3:6]} {number[6:]}"


def abn(g: Gen) -> str:
    number = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _abn.is_valid)
    return _abn.format(number)


def ca_bn(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(7)
    number = body + luhn.calc_check_digit(body) + "RT0001"
    assert _bn.is_valid(number)
    return number


def dni(g: Gen) -> str:
    body = g.digits(8)
    number = body + _dni.calc_check_digit(body)
    assert _dni.is_valid(number)
    return number


def nie(g: Gen) -> str:
    body = g.rnd.choice("XYZ") + g.digits(7)
    number = body + _nie.calc_check_digit(body)
    assert _nie.is_valid(number)
    return number


def cif(g: Gen) -> str:
    return g.valid(lambda: "Q" + g.digits(7) + g.rnd.choice("ABCDEFGHIJ"), _cif.is_valid)


def _cf_part(text: str, given_name: bool) -> str:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vows = [ch for ch in letters if ch in "AEIOU"]
    if given_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return "".join((cons + vows + ["X", "X", "X"])[:3])


#: cadastral codes of comuni of the province of Brescia (birthplaces)
IT_COMUNI = {"Brescia": "B157", "Desenzano del Garda": "D284", "Rovato": "H598", "Lumezzane": "E738", "Ghedi": "E010"}


def codice_fiscale(first: str, last: str, born: date, female: bool, comune: str) -> str:
    day = born.day + (40 if female else 0)
    body = (
        _cf_part(last, False)
        + _cf_part(first, True)
        + f"{born.year % 100:02d}"
        + "ABCDEHLMPRST"[born.month - 1]
        + f"{day:02d}"
        + comune
    )
    number = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(number)
    return number


def partita_iva(g: Gen) -> str:
    return g.valid(lambda: "0" + g.digits(10), _iva.is_valid)


def bsn(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), _bsn.is_valid)


def onderwijsnummer(g: Gen) -> str:
    return g.valid(lambda: "10" + g.digits(7), _onr.is_valid)


def brin(g: Gen) -> str:
    return g.valid(lambda: g.digits(2) + g.code("AA"), _brin.is_valid)


def nl_btw(g: Gen) -> str:
    return g.valid(lambda: "NL" + str(g.rnd.randint(1, 9)) + g.digits(8) + "B01", _btw.is_valid)


def pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
    number = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(number)
    return number


def regon(g: Gen) -> str:
    body = "63" + g.digits(6)
    number = body + _regon.calc_check_digit(body)
    assert _regon.is_valid(number)
    return number


def nip(g: Gen) -> str:
    return g.valid(lambda: "7" + g.digits(9), _nip.is_valid)


def snils(g: Gen) -> str:
    """A Russian SNILS ``123-456-789 01`` (weighted sum modulo 101; no python-stdnum module)."""
    while True:
        body = g.digits(9)
        if int(body) > 1_001_998:
            break
    total = sum(int(d) * w for d, w in zip(body, range(9, 0, -1)))
    check = total % 101
    check = 0 if check == 100 else check
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {check:02d}"


def snils_valid(text: str) -> bool:
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) != 11:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(9, 0, -1)))
    return (0 if total % 101 == 100 else total % 101) == int(digits[9:])


def inn_personal(g: Gen) -> str:
    body = "16" + g.digits(8)
    number = body + _inn.calc_personal_check_digits(body)
    assert _inn.is_valid(number)
    return number


def inn_company(g: Gen) -> str:
    body = "16" + g.digits(7)
    number = body + _inn.calc_company_check_digit(body)
    assert _inn.is_valid(number)
    return number


def ogrn(g: Gen) -> str:
    body = "1" + "16" + g.digits(9)
    number = body + _ogrn.calc_check_digit(body + "0")
    assert _ogrn.is_valid(number)
    return number


def siret(g: Gen) -> str:
    def make() -> str:
        body = "2135" + g.digits(4)
        siren = body + luhn.calc_check_digit(body)
        rest = "000" + g.digits(1)
        return siren + rest + luhn.calc_check_digit(siren + rest)

    return g.valid(make, _siret.is_valid)


#: BBAN layouts (9 a digit, A a letter); python-stdnum checks the result
BBAN = {
    "DE": "999999999999999999",
    "FR": "9999999999ZZZZZZZZZZZ99",
    "ES": "99999999999999999999",
    "IT": "A9999999999ZZZZZZZZZZZZ",
}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    def make() -> str:
        bban = g.code(BBAN[country])
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4)) if spaced else number


def card_last4(g: Gen) -> str:
    return g.digits(4)


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)


def office_phone(g: Gen, region: str) -> str:
    return g.phone(region, "national", False)
