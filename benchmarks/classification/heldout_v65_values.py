"""Values of held-out set v65 (:mod:`benchmarks.classification.heldout_v65`): v65's random source, names, handles,
streets, towns and postal codes written by hand for v65 (no Faker, no list of real people, no breach data), phones
checked with phonenumbers and identifiers with check digits computed and checked with python-stdnum.

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
from stdnum import imei as _imei
from stdnum import luhn
from stdnum.au import abn as _abn
from stdnum.br import cnpj as _cnpj
from stdnum.br import cpf as _cpf
from stdnum.es import cif as _cif
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.gb import vat as _gbvat
from stdnum.jp import cn as _jpcn
from stdnum.kr import brn as _brn
from stdnum.ru import inn as _inn
from stdnum.us import rtn as _rtn
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 65_409_2026
N = "none"
#: a login or public handle (review, as in v5 to v59)
USERNAME = "unclassified"
#: NULL-like strings of v65's systems (tests skip them)
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
    "undefined",
    "[]",
    "{}",
    "[deleted]",
    "[removed]",
    "deleted_user",
    "REDACTED",
    "0",
    "not set",
    "(not set)",
    "sem informação",
    "não informado",
    "未設定",
    "なし",
    "없음",
    "미입력",
    "keine Angabe",
    "k.A.",
    "нет",
    "не указано",
    "sin datos",
    "no aplica",
    "test@test.com",
    "noreply@example.com",
    "+10000000000",
    "000-00-0000",
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v65:{SEED}:{table}")

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

    def skewed(self, hi: int, power: float = 3.0) -> list[int]:
        """Counts (likes, followers) with a long tail: most small, a few large."""
        return [int(hi * self.rnd.random() ** power) for _ in range(self.rows)]

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
        first = self.rnd.choice([24, 31, 37, 41, 49, 62, 73, 81, 86, 92, 105, 109, 121, 177, 185, 188, 201])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2001:db8", "2a01:4f8", "2600:1700", "2804:14c", "240d:1a", "2a02:2450"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(6))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        keep = max(len(nsn) - 6, 1)

        def make() -> str:
            if region in AREA_CODES:
                return self.rnd.choice(AREA_CODES[region]) + str(self.rnd.randint(2, 9)) + self.digits(6)
            if mobile and region in MOBILE_LEADS:
                lead = self.rnd.choice(MOBILE_LEADS[region])
                return lead + self.digits(len(nsn) - len(lead))
            return nsn[:keep] + self.digits(len(nsn) - keep)

        def ok(candidate: str) -> bool:
            return phonenumbers.is_valid_number(phonenumbers.parse(f"+{example.country_code}{candidate}"))

        number = phonenumbers.parse(f"+{example.country_code}{self.valid(make, ok)}")
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "e164":
            return e164
        if fmt == "00":
            return "00" + e164[1:]
        if fmt == "plain":
            return e164[1:]
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        d = "".join(ch for ch in national if ch.isdigit())
        if fmt == "digits":
            return d
        if fmt == "dashes" and region in AREA_CODES:
            return f"{d[:3]}-{d[3:6]}-{d[6:]}"
        if fmt == "dots" and region in AREA_CODES:
            return f"{d[:3]}.{d[3:6]}.{d[6:]}"
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(
            lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile), null
        )


#: North American area codes v65 draws from (the rest of a number is random and checked by phonenumbers)
#: leading digits of mobile numbers v65 draws from, by region (the rest is random and checked by phonenumbers)
MOBILE_LEADS = {
    "GB": ["7700", "7712", "7824", "7943", "7400", "7533", "7967"],
    "BR": ["3198", "3199", "3197", "3191", "3198"],
    "JP": ["90", "80", "70"],
    "KR": ["10"],
    "DE": ["151", "160", "170", "176", "152", "157"],
    "RU": ["917", "987", "912", "903", "925", "950"],
    "ES": ["6", "7"],
    "AU": ["4"],
    "ZA": ["72", "82", "83", "71", "60"],
    "IN": ["98", "99", "97", "70", "81"],
    "PH": ["917", "918", "927", "905"],
}
AREA_CODES = {
    "US": [
        "718",
        "347",
        "512",
        "737",
        "614",
        "615",
        "612",
        "816",
        "919",
        "520",
        "916",
        "402",
        "804",
        "608",
        "412",
        "404",
        "504",
        "502",
        "213",
        "323",
        "818",
    ],
    "CA": ["416", "647", "437", "613", "902", "204", "403", "604", "514", "438"],
}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v65) -------------------------------------------------------------------------------------------

#: origin -> (male given names, female given names, family names) of the English-speaking user bases
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "anglo": (
        [
            "Ambrose",
            "Callum",
            "Dorian",
            "Fletcher",
            "Gideon",
            "Harlan",
            "Jonah",
            "Keaton",
            "Ronan",
            "Silas",
            "Tobias",
            "Wesley",
        ],
        [
            "Beatrix",
            "Cordelia",
            "Eloise",
            "Fern",
            "Harriet",
            "Juniper",
            "Maeve",
            "Nell",
            "Odette",
            "Posy",
            "Rosalie",
            "Wren",
        ],
        [
            "Ashcombe",
            "Blackwood",
            "Calloway",
            "Dearden",
            "Fenwick",
            "Garside",
            "Hargreave",
            "Kingsley",
            "Marchbank",
            "Northcott",
            "Penrose",
            "Rutherford",
            "Spurling",
            "Tattersall",
            "Whitlock",
            "Yardley",
        ],
    ),
    "black_american": (
        ["Darnell", "Jalen", "Malik", "Terrence", "Andre", "Quincy", "Devonte", "Marcus"],
        ["Aaliyah", "Imani", "Keisha", "Latoya", "Shanice", "Ebony", "Nia", "Tamika"],
        ["Washington", "Jefferson", "Booker", "Freeman", "Gaines", "Merriweather", "Battle", "Whitfield"],
    ),
    "hispanic": (
        ["Abelardo", "Cristóbal", "Efraín", "Gerardo", "Joaquín", "Leonel", "Rigoberto", "Ulises"],
        ["Anahí", "Dulce", "Esmeralda", "Guadalupe", "Jimena", "Marisol", "Nayeli", "Yesenia"],
        ["Alvarado", "Benavides", "Cervantes", "Delgadillo", "Escobedo", "Galindo", "Quintanilla", "Zamora"],
    ),
    "south_asian": (
        ["Aditya", "Harshad", "Karthik", "Nikhil", "Rohan", "Siddharth", "Tarun", "Vivek"],
        ["Ananya", "Deepika", "Ishita", "Meenakshi", "Nandini", "Priyanka", "Sneha", "Tanvi"],
        ["Agarwal", "Bhattacharya", "Deshpande", "Iyer", "Kulkarni", "Narayanan", "Sandhu", "Venkatesh"],
    ),
    "east_asian": (
        ["Haoran", "Kenji", "Min-jun", "Quang", "Takumi", "Wei", "Zhiyuan", "Jae-hyun"],
        ["Haruka", "Ji-woo", "Lian", "Mei", "Ngoc", "Sakura", "Xinyi", "Yuna"],
        ["Chen", "Hayashi", "Kwon", "Nakagawa", "Pham", "Tsai", "Wong", "Zhou"],
    ),
    "west_african": (
        ["Babajide", "Chukwuemeka", "Femi", "Kofi", "Olumide", "Yaw"],
        ["Adaeze", "Chiamaka", "Folake", "Abena", "Ngozi", "Yetunde"],
        ["Adeyemi", "Boateng", "Nwosu", "Okafor", "Oyelaran", "Mensah"],
    ),
    "arabic": (
        ["Bilal", "Hamza", "Karim", "Omar", "Tariq", "Yusuf"],
        ["Amira", "Dalia", "Hana", "Layla", "Mariam", "Rania"],
        ["Al-Masri", "Haddad", "Khoury", "Mansour", "Nasser", "Saleh"],
    ),
    "celtic": (
        ["Cathal", "Eoghan", "Fergus", "Padraig", "Ruairi", "Tadhg"],
        ["Aisling", "Caoimhe", "Niamh", "Orla", "Saoirse", "Sinead"],
        ["Mac Lochlainn", "McAllister", "O'Donovan", "Buchanan", "Galbraith", "McCrae"],
    ),
    "afrikaans": (
        ["Johan", "Pieter", "Ruan", "Thabo", "Lwazi", "Sizwe"],
        ["Annelie", "Marlize", "Lerato", "Naledi", "Zanele", "Elmarie"],
        ["Botha", "Du Plessis", "Mokoena", "Nkosi", "Van der Merwe", "Dlamini"],
    ),
}
#: English-speaking user bases by country (origin weights)
ORIGINS: dict[str, dict[str, float]] = {
    "us": {
        "anglo": 4,
        "black_american": 2,
        "hispanic": 2.5,
        "south_asian": 1,
        "east_asian": 1.2,
        "west_african": 0.5,
        "arabic": 0.5,
    },
    "gb": {"anglo": 5, "celtic": 2, "south_asian": 1.5, "west_african": 1, "east_asian": 0.5, "arabic": 0.5},
    "ca": {"anglo": 3, "celtic": 1, "south_asian": 2, "east_asian": 2, "arabic": 1, "hispanic": 0.5},
    "au": {"anglo": 4, "celtic": 1, "east_asian": 1.5, "south_asian": 1, "arabic": 0.5},
    "za": {"afrikaans": 5, "anglo": 2, "south_asian": 0.5},
}

BR = (
    ["Thiago", "Caio", "Renan", "Murilo", "Vinícius", "Igor", "Leandro", "Otávio", "Davi", "Heitor"],
    ["Larissa", "Bianca", "Thaís", "Jéssica", "Letícia", "Camila", "Yasmin", "Luana", "Raíssa", "Giovana"],
    [
        "Albuquerque",
        "Bezerra",
        "Cavalcanti",
        "Drummond",
        "Figueiredo",
        "Guimarães",
        "Magalhães",
        "Nogueira",
        "Pimentel",
        "Queiroz",
        "Rezende",
        "Siqueira",
        "Teixeira",
        "Vasconcelos",
    ],
)
DE = (
    ["Jannik", "Malte", "Ole", "Torben", "Fynn", "Henrik", "Lasse", "Mats", "Jonas", "Till"],
    ["Svenja", "Wiebke", "Imke", "Frauke", "Mareike", "Jana", "Lena", "Merle", "Insa", "Tabea"],
    [
        "Brockmann",
        "Dörfler",
        "Eilers",
        "Gerdes",
        "Hinrichs",
        "Janssen",
        "Kruse",
        "Lüders",
        "Meinecke",
        "Ohlsen",
        "Pieper",
        "Rademacher",
        "Thiessen",
        "Wübbena",
    ],
)
ES = (
    ["Álvaro", "Borja", "Íñigo", "Rubén", "Sergio", "Unai", "Adrián", "Gonzalo", "Hugo", "Pelayo"],
    ["Ainhoa", "Begoña", "Itziar", "Lorena", "Nerea", "Rocío", "Sonia", "Vega", "Alba", "Carla"],
    [
        "Arrieta",
        "Barrenechea",
        "Calvo",
        "Domínguez",
        "Echevarría",
        "Fuentes",
        "Iglesias",
        "Llorente",
        "Morales",
        "Navarro",
        "Ortega",
        "Pascual",
        "Quesada",
        "Sanz",
        "Vidal",
    ],
)
#: Russian names: (male, female, family names given in the masculine form)
RU = (
    ["Артём", "Глеб", "Денис", "Егор", "Кирилл", "Матвей", "Никита", "Роман", "Тимур", "Ярослав"],
    ["Алина", "Дарья", "Ксения", "Милана", "Полина", "Софья", "Ульяна", "Валерия", "Вероника", "Злата"],
    [
        "Воронцов",
        "Гусев",
        "Давыдов",
        "Ершов",
        "Жуков",
        "Зайцев",
        "Климов",
        "Лебедев",
        "Макаров",
        "Соболев",
        "Тихонов",
        "Фомин",
    ],
)
RU_LATIN = {
    "Артём": "artem",
    "Глеб": "gleb",
    "Денис": "denis",
    "Егор": "egor",
    "Кирилл": "kirill",
    "Матвей": "matvey",
    "Никита": "nikita",
    "Роман": "roman",
    "Тимур": "timur",
    "Ярослав": "yaroslav",
    "Алина": "alina",
    "Дарья": "darya",
    "Ксения": "ksenia",
    "Милана": "milana",
    "Полина": "polina",
    "Софья": "sofya",
    "Ульяна": "ulyana",
    "Валерия": "valeria",
    "Вероника": "veronika",
    "Злата": "zlata",
}
#: Japanese names: (kanji, katakana reading)
JP_FAMILY = [
    ("佐々木", "ササキ"),
    ("高橋", "タカハシ"),
    ("渡辺", "ワタナベ"),
    ("中村", "ナカムラ"),
    ("小林", "コバヤシ"),
    ("加藤", "カトウ"),
    ("吉田", "ヨシダ"),
    ("山口", "ヤマグチ"),
    ("松本", "マツモト"),
    ("井上", "イノウエ"),
    ("木村", "キムラ"),
    ("清水", "シミズ"),
    ("森田", "モリタ"),
    ("藤原", "フジワラ"),
]
JP_MALE = [
    ("拓海", "タクミ"),
    ("翔太", "ショウタ"),
    ("大輝", "ダイキ"),
    ("健太", "ケンタ"),
    ("悠斗", "ユウト"),
    ("亮", "リョウ"),
    ("直樹", "ナオキ"),
    ("和也", "カズヤ"),
]
JP_FEMALE = [
    ("美咲", "ミサキ"),
    ("彩花", "アヤカ"),
    ("千尋", "チヒロ"),
    ("愛美", "マナミ"),
    ("真由", "マユ"),
    ("沙織", "サオリ"),
    ("優衣", "ユイ"),
    ("麻衣", "マイ"),
]
KR_FAMILY = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신"]
KR_GIVEN = [
    "민준",
    "서연",
    "지호",
    "하은",
    "도윤",
    "수아",
    "예준",
    "지유",
    "시우",
    "서윤",
    "주원",
    "채원",
    "현우",
    "다은",
    "건우",
    "소율",
]
KR_LATIN = {
    "김": "kim",
    "이": "lee",
    "박": "park",
    "최": "choi",
    "정": "jung",
    "강": "kang",
    "조": "cho",
    "윤": "yoon",
    "장": "jang",
    "임": "lim",
    "한": "han",
    "오": "oh",
    "서": "seo",
    "신": "shin",
}


def person(g: Gen, country: str = "us", female: bool | None = None) -> tuple[str, str]:
    """(given name, family name) of a user of ``country`` (an English-speaking base mixes origins)."""
    female = g.rnd.random() < 0.5 if female is None else female
    if country in ORIGINS:
        origin = g.rnd.choices(list(ORIGINS[country]), list(ORIGINS[country].values()))[0]
        males, females, lasts = NAMES[origin]
    else:
        males, females, lasts = {"br": BR, "de": DE, "es": ES}[country]
    return g.rnd.choice(females if female else males), g.rnd.choice(lasts)


def whole(g: Gen, country: str = "us") -> str:
    a, b = person(g, country)
    return f"{a} {b}"


def given(g: Gen, country: str = "us") -> str:
    return person(g, country)[0]


def ru_person(g: Gen, female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    last = g.rnd.choice(RU[2])
    return g.rnd.choice(RU[1] if female else RU[0]), last + ("а" if female else "")


def jp_person(g: Gen, female: bool | None = None) -> tuple[tuple[str, str], tuple[str, str]]:
    """((family kanji, reading), (given kanji, reading))."""
    female = g.rnd.random() < 0.5 if female is None else female
    return g.rnd.choice(JP_FAMILY), g.rnd.choice(JP_FEMALE if female else JP_MALE)


def kr_name(g: Gen) -> str:
    return g.rnd.choice(KR_FAMILY) + g.rnd.choice(KR_GIVEN)


def es_surnames(g: Gen) -> str:
    """Two Spanish family names."""
    a, b = g.rnd.sample(ES[2], 2)
    return f"{a} {b}"


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


HANDLE_WORDS = [
    "pixel",
    "moss",
    "ember",
    "tidal",
    "velvet",
    "fox",
    "neon",
    "quill",
    "static",
    "maple",
    "orbit",
    "cobalt",
    "lunar",
    "salt",
    "wander",
    "glitch",
    "sprout",
    "drift",
    "bramble",
    "vapor",
    "koi",
    "thistle",
    "rook",
    "saffron",
]


def handle(g: Gen, first: str, last: str) -> str:
    """A public handle: made from the name or from words, with digits and separators."""
    a, b = plain(first) or "user", plain(last) or "x"
    w1, w2 = g.rnd.sample(HANDLE_WORDS, 2)
    return g.rnd.choice(
        [
            f"{a}.{b}",
            f"{a}_{b[:4]}",
            f"{a}{g.rnd.randint(1, 999)}",
            f"{w1}{w2}",
            f"{w1}_{a}",
            f"the{w1}{b[:3]}",
            f"{a[:1]}{b}{g.rnd.randint(80, 99)}",
            f"{w1}.{w2}{g.digits(2)}",
            f"x{a}x",
            f"{b}{a[:2]}_",
        ]
    )


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "x"
    local = g.rnd.choice(
        [
            f"{a}.{b}",
            f"{a[0]}{b}",
            f"{a}{g.rnd.randint(1, 99)}",
            f"{b}.{a[0]}",
            f"{a}_{b}",
            f"{a}{b[0]}{g.rnd.randint(80, 99)}",
            f"{a}.{b}{g.rnd.randint(1, 9)}",
        ]
    )
    return f"{local}@{g.rnd.choice(domains)}"


def email(g: Gen, country: str = "us", domains: list[str] | None = None) -> str:
    return email_of(g, *person(g, country), domains or DOMAINS.get(country, DOMAINS["us"]))


DOMAINS = {
    "us": ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "hotmail.com", "aol.com", "proton.me", "me.com"],
    "gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com", "sky.com"],
    "ca": ["gmail.com", "hotmail.com", "rogers.com", "sympatico.ca", "outlook.com", "icloud.com", "shaw.ca"],
    "au": ["gmail.com", "bigpond.com", "outlook.com", "icloud.com", "optusnet.com.au"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "outlook.com", "icloud.com"],
    "br": ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "outlook.com", "yahoo.com.br"],
    "de": ["gmx.de", "web.de", "posteo.de", "mailbox.org", "t-online.de", "gmail.com"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net"],
    "jp": ["docomo.ne.jp", "ezweb.ne.jp", "i.softbank.jp", "gmail.com", "yahoo.co.jp", "icloud.com"],
    "kr": ["naver.com", "daum.net", "hanmail.net", "gmail.com", "kakao.com"],
    "ru": ["mail.ru", "yandex.ru", "bk.ru", "inbox.ru", "gmail.com", "rambler.ru"],
}

# -- places (written for v65) ------------------------------------------------------------------------------------------

#: (US city, state, ZIP lead)
US_CITIES = [
    ("Brooklyn", "NY", "112"),
    ("Austin", "TX", "787"),
    ("Columbus", "OH", "432"),
    ("Nashville", "TN", "372"),
    ("Minneapolis", "MN", "554"),
    ("Kansas City", "MO", "641"),
    ("Raleigh", "NC", "276"),
    ("Tucson", "AZ", "857"),
    ("Sacramento", "CA", "958"),
    ("Omaha", "NE", "681"),
    ("Richmond", "VA", "232"),
    ("Madison", "WI", "537"),
    ("Pittsburgh", "PA", "152"),
    ("Atlanta", "GA", "303"),
    ("New Orleans", "LA", "701"),
    ("Louisville", "KY", "402"),
    ("Los Angeles", "CA", "900"),
]
US_STREETS = [
    "Bergen St",
    "Cedar Bend Dr",
    "Magnolia Ave",
    "Parkview Ter",
    "Locust Ln",
    "Sycamore Ridge Rd",
    "Prospect Pl",
    "W Alameda St",
    "Dogwood Ct",
    "Lakeshore Blvd",
    "Hickory Hollow Dr",
    "Tremont Ave",
    "S Lamar Blvd",
    "Bluebonnet Way",
    "Calumet St",
]
#: (UK town, postcode area with district range)
UK_TOWNS = [
    ("Edinburgh", "EH", 1, 17),
    ("Glasgow", "G", 1, 53),
    ("Leeds", "LS", 1, 29),
    ("Bristol", "BS", 1, 16),
    ("Norwich", "NR", 1, 14),
    ("Cardiff", "CF", 3, 24),
    ("Brighton", "BN", 1, 3),
    ("York", "YO", 1, 32),
    ("Sheffield", "S", 1, 36),
    ("Newcastle upon Tyne", "NE", 1, 15),
    ("Aberdeen", "AB", 10, 25),
    ("Belfast", "BT", 1, 17),
]
#: (Canadian city, province, FSA first letter)
CA_CITIES = [
    ("Toronto", "ON", "M"),
    ("Ottawa", "ON", "K"),
    ("Halifax", "NS", "B"),
    ("Winnipeg", "MB", "R"),
    ("Calgary", "AB", "T"),
    ("Vancouver", "BC", "V"),
    ("Montréal", "QC", "H"),
    ("Hamilton", "ON", "L"),
]
#: (Australian city, state, postcode lead)
AU_CITIES = [
    ("Melbourne", "VIC", "30"),
    ("Brisbane", "QLD", "40"),
    ("Adelaide", "SA", "50"),
    ("Hobart", "TAS", "70"),
    ("Perth", "WA", "60"),
    ("Geelong", "VIC", "32"),
    ("Newcastle", "NSW", "23"),
]
#: (South African town, province, postcode lead)
ZA_TOWNS = [
    ("Cape Town", "Western Cape", "80"),
    ("Stellenbosch", "Western Cape", "76"),
    ("Johannesburg", "Gauteng", "20"),
    ("Pretoria", "Gauteng", "00"),
    ("Durban", "KwaZulu-Natal", "40"),
    ("Gqeberha", "Eastern Cape", "60"),
    ("Bloemfontein", "Free State", "93"),
]
#: Belo Horizonte's neighbourhoods (bairro, CEP lead)
BR_BAIRROS = [
    ("Savassi", "30140"),
    ("Funcionários", "30130"),
    ("Lourdes", "30170"),
    ("Santa Tereza", "31010"),
    ("Pampulha", "31270"),
    ("Buritis", "30575"),
    ("Sion", "30310"),
    ("Floresta", "30150"),
    ("Padre Eustáquio", "30720"),
    ("Cidade Nova", "31170"),
    ("Anchieta", "30310"),
    ("Prado", "30411"),
]
BR_STREETS = [
    "Rua Pium-í",
    "Rua Paraíba",
    "Rua dos Timbiras",
    "Av. Getúlio Vargas",
    "Rua Dores do Indaiá",
    "Rua Mármore",
    "Rua Gonçalves Dias",
    "Av. Silviano Brandão",
    "Rua Conde de Linhares",
    "Rua Professor Morais",
    "Rua Alagoas",
    "Rua Esmeralda",
]
#: (Japanese prefecture, city or ward)
JP_PLACES = [
    ("東京都", "渋谷区"),
    ("東京都", "世田谷区"),
    ("東京都", "江東区"),
    ("神奈川県", "横浜市"),
    ("神奈川県", "川崎市"),
    ("大阪府", "大阪市"),
    ("大阪府", "堺市"),
    ("愛知県", "名古屋市"),
    ("福岡県", "福岡市"),
    ("北海道", "札幌市"),
    ("京都府", "京都市"),
    ("宮城県", "仙台市"),
    ("埼玉県", "さいたま市"),
    ("広島県", "広島市"),
]
#: (Korean province or metropolitan city, district, postcode lead)
KR_PLACES = [
    ("서울특별시", "마포구", "03"),
    ("서울특별시", "관악구", "08"),
    ("서울특별시", "송파구", "05"),
    ("부산광역시", "해운대구", "48"),
    ("대구광역시", "수성구", "42"),
    ("인천광역시", "연수구", "21"),
    ("경기도", "성남시", "13"),
    ("경기도", "수원시", "16"),
    ("대전광역시", "유성구", "34"),
    ("광주광역시", "북구", "61"),
]
KR_ROADS = [
    "월드컵북로",
    "관악로",
    "올림픽로",
    "해운대로",
    "달구벌대로",
    "컨벤시아대로",
    "판교역로",
    "광교중앙로",
    "대학로",
    "서암로",
]
#: (German town, PLZ lead)
DE_TOWNS = [
    ("Berlin", "10"),
    ("Leipzig", "04"),
    ("Hamburg", "22"),
    ("Bremen", "28"),
    ("Oldenburg", "26"),
    ("Kiel", "24"),
    ("Göttingen", "37"),
    ("Freiburg im Breisgau", "79"),
    ("Münster", "48"),
    ("Dresden", "01"),
]
DE_STREETS = [
    "Bergmannstraße",
    "Karl-Liebknecht-Straße",
    "Schanzenstraße",
    "Ostertorsteinweg",
    "Lindenallee",
    "Holtenauer Straße",
    "Weender Straße",
    "Wiesenweg",
    "Am Deich",
    "Gartenstraße",
]
#: Russian towns
RU_TOWNS = [
    "Москва",
    "Санкт-Петербург",
    "Казань",
    "Новосибирск",
    "Екатеринбург",
    "Нижний Новгород",
    "Самара",
    "Краснодар",
    "Пермь",
    "Томск",
]
#: (Spanish town, province code for the postal code)
ES_TOWNS = [
    ("Madrid", "28"),
    ("Valencia", "46"),
    ("Sevilla", "41"),
    ("Bilbao", "48"),
    ("Zaragoza", "50"),
    ("Málaga", "29"),
    ("Valladolid", "47"),
    ("Granada", "18"),
    ("Murcia", "30"),
    ("Palma", "07"),
]


def us_place(g: Gen) -> tuple[str, str, str]:
    return g.rnd.choice(US_CITIES)


def us_zip(g: Gen, lead: str) -> str:
    return lead + g.digits(2)


def us_street(g: Gen) -> str:
    n, s = g.rnd.randint(10, 9899), g.rnd.choice(US_STREETS)
    return g.rnd.choice(
        [
            f"{n} {s}",
            f"{n} {s}",
            f"{n} {s} Apt {g.rnd.randint(1, 40)}{g.rnd.choice(['', 'A', 'R'])}",
            f"{n} {s} #{g.rnd.randint(2, 12)}",
        ]
    )


def uk_postcode(g: Gen, town: tuple[str, str, int, int]) -> str:
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return (
        f"{town[1]}{g.rnd.randint(town[2], town[3])} {g.rnd.randint(1, 9)}{g.rnd.choice(letters)}"
        f"{g.rnd.choice(letters)}"
    )


def ca_postcode(g: Gen, lead: str) -> str:
    letters = "ABCEGHJKLMNPRSTVXY"
    return (
        f"{lead}{g.rnd.randint(1, 9)}{g.rnd.choice(letters)} {g.rnd.randint(0, 9)}{g.rnd.choice(letters)}"
        f"{g.rnd.randint(0, 9)}"
    )


def br_street(g: Gen) -> str:
    return f"{g.rnd.choice(BR_STREETS)}, {g.rnd.randint(12, 2400)}" + g.rnd.choice(
        [
            "",
            "",
            f" - apto {g.rnd.randint(101, 1204)}",
            f", casa {g.rnd.randint(1, 4)}",
            f" - bloco {g.rnd.choice('AB')}",
        ]
    )


def br_cep(g: Gen, lead: str) -> str:
    return f"{lead}-{g.digits(3)}"


def kr_address(g: Gen, place: tuple[str, str, str]) -> str:
    return f"{place[0]} {place[1]} {g.rnd.choice(KR_ROADS)} {g.rnd.randint(1, 300)}" + g.rnd.choice(
        ["", f", {g.rnd.randint(101, 118)}동 {g.rnd.randint(101, 2504)}호", f" {g.rnd.randint(2, 5)}층"]
    )


def kr_postcode(g: Gen, place: tuple[str, str, str]) -> str:
    return place[2] + g.digits(3)


def de_street(g: Gen) -> str:
    return f"{g.rnd.choice(DE_STREETS)} {g.rnd.randint(1, 140)}{g.rnd.choice(['', '', 'a', 'b'])}"


def es_postcode(g: Gen, province: str) -> str:
    return province + g.digits(3)


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa, Mastercard or JCB prefix."""
    prefix, length = g.rnd.choice([("4", 16), ("53", 16), ("2720", 16), ("3528", 16)])
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


BBAN = {"DE": "999999999999999999", "ES": "99999999999999999999"}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, national checks retried, python-stdnum checks it)."""

    def make() -> str:
        bban = g.code(BBAN[country])
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4)) if spaced else number


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 899):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}"

    number = g.valid(make, _ssn.is_valid)
    return number if dashed else number.replace("-", "")


def us_routing(g: Gen) -> str:
    """An ABA routing number (a bank's: ``none``), check digit by python-stdnum."""
    body = g.rnd.choice(["0", "1", "2", "3"]) + g.digits(7)
    number = body + _rtn.calc_check_digit(body)
    assert _rtn.is_valid(number)
    return number


def br_cpf(g: Gen, formatted: bool = True) -> str:
    number = g.valid(lambda: g.digits(11), _cpf.is_valid)
    return _cpf.format(number) if formatted else number


def br_cnpj(g: Gen) -> str:
    """A Brazilian company number (a local business's: ``none``)."""
    body = g.digits(8) + "0001"
    number = body + _cnpj.calc_check_digits(body)
    assert _cnpj.is_valid(number)
    return _cnpj.format(number)


def es_dni(g: Gen) -> str:
    body = f"{g.rnd.randint(1_000_000, 79_999_999):08d}"
    number = body + _dni.calc_check_digit(body)
    assert _dni.is_valid(number)
    return number


def es_nie(g: Gen) -> str:
    body = g.rnd.choice("XYZ") + g.digits(7)
    number = body + _nie.calc_check_digit(body)
    assert _nie.is_valid(number)
    return number


def es_cif(g: Gen) -> str:
    """A Spanish company tax code (``none``)."""
    body = g.rnd.choice("ABB") + g.rnd.choice(["28", "46", "08", "41", "48"]) + g.digits(5)
    number = body + _cif.calc_check_digits(body)[0]
    return number if _cif.is_valid(number) else body + _cif.calc_check_digits(body)[1]


def gb_vat(g: Gen) -> str:
    """A UK VAT number (a publication's business: ``none``)."""
    return "GB" + g.valid(lambda: g.digits(9), _gbvat.is_valid)


def au_abn(g: Gen) -> str:
    """An Australian Business Number (``none``)."""
    body = g.digits(9)
    number = _abn.calc_check_digits(body) + body
    assert _abn.is_valid(number)
    return _abn.format(number)


def jp_corporate(g: Gen) -> str:
    """A Japanese corporate number (法人番号, a company's: ``none``)."""
    body = g.digits(12)
    number = _jpcn.calc_check_digit(body) + body
    assert _jpcn.is_valid(number)
    return number


def kr_brn(g: Gen) -> str:
    """A Korean business registration number (사업자등록번호, ``none``)."""
    body = f"{g.rnd.randint(101, 899)}" + g.rnd.choice(["81", "86", "87", "88"]) + f"{g.rnd.randint(1, 9999):04d}"
    total = sum(w * int(d) for w, d in zip((1, 3, 7, 1, 3, 7, 1, 3, 5), body)) + int(body[8]) * 5 // 10
    number = body + str((10 - total % 10) % 10)
    assert _brn.is_valid(number) and kr_brn_ok(number)
    return f"{number[:3]}-{number[3:5]}-{number[5:]}"


def kr_brn_ok(number: str) -> bool:
    """The check digit of a Korean business registration number (NTS weights 1,3,7,1,3,7,1,3,5)."""
    digits = "".join(ch for ch in number if ch.isdigit())
    total = sum(w * int(d) for w, d in zip((1, 3, 7, 1, 3, 7, 1, 3, 5), digits)) + int(digits[8]) * 5 // 10
    return len(digits) == 10 and (10 - total % 10) % 10 == int(digits[9])


def ru_inn_company(g: Gen) -> str:
    """A Russian company's ИНН (10 digits, ``none``)."""
    body = g.rnd.choice(["77", "78", "16", "54"]) + g.digits(7)
    number = body + _inn.calc_company_check_digit(body)
    assert _inn.is_valid(number)
    return number


def imei(g: Gen) -> str:
    body = g.rnd.choice(["35", "86", "01"]) + g.digits(12)
    number = body + luhn.calc_check_digit(body)
    assert _imei.is_valid(number)
    return number


def jp_licence(g: Gen) -> str:
    """A Japanese driving licence number's shape (12 digits: public-safety commission, year, serial, reissue)."""
    return (
        g.rnd.choice(["30", "45", "46", "62", "54", "10"])
        + f"{g.rnd.randint(0, 25):02d}"
        + g.digits(7)
        + g.rnd.choice(["0", "0", "1"])
    )


# -- credentials, tokens, decoys (written for v65) ---------------------------------------------------------------------


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)


def apns_token(g: Gen) -> str:
    return g.code("x" * 64)


def fcm_token(g: Gen) -> str:
    alphabet = string.ascii_letters + string.digits + "-_"
    return f"{g.digits(22, alphabet)}:APA91b{g.digits(134, alphabet)}"


def device_token(g: Gen) -> str:
    return apns_token(g) if g.rnd.random() < 0.45 else fcm_token(g)


def bcrypt_hash(g: Gen) -> str:
    alphabet = "./" + string.ascii_letters + string.digits
    return f"$2b$12${g.digits(53, alphabet)}"


def argon2_hash(g: Gen) -> str:
    alphabet = string.ascii_letters + string.digits + "+/"
    return f"$argon2id$v=19$m=65536,t=3,p=4${g.digits(22, alphabet)}${g.digits(43, alphabet)}"


def pbkdf2_hash(g: Gen) -> str:
    alphabet = string.ascii_letters + string.digits + "+/"
    return f"sha256:12000:{g.digits(32, alphabet)}:{g.digits(32, alphabet)}"


def sha1(g: Gen) -> str:
    return hashlib.sha1(str(g.rnd.random()).encode(), usedforsecurity=False).hexdigest()


USER_AGENTS = [
    (
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
        "Mobile/15E148 Safari/604.1"
    ),
    (
        "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Mobile "
        "Safari/537.36"
    ),
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:130.0) Gecko/20100101 Firefox/130.0",
    (
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 "
        "Safari/537.36"
    ),
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
]
APP_AGENTS = [
    "Heartline/7.14.2 (iPhone15,3; iOS 17.6)",
    "Heartline/7.13.0 (Android 14; Pixel 7a)",
    "okhttp/4.12.0",
    "CFNetwork/1496.0.7 Darwin/23.5.0",
    "Dalvik/2.1.0 (Linux; U; Android 13; SM-A546B)",
]

CAMERAS = [
    ("Apple", "iPhone 15 Pro", "17.5.1"),
    ("Apple", "iPhone 13", "17.6"),
    ("SONY", "ILCE-7M4", "ILCE-7M4 v2.01"),
    ("FUJIFILM", "X-T5", "Digital Camera X-T5 Ver2.10"),
    ("Canon", "Canon EOS R6", "Firmware Version 1.8.1"),
    ("NIKON CORPORATION", "NIKON Z 6_2", "Ver.01.60"),
    ("Google", "Pixel 8", "HDR+ 1.0.612843102"),
    ("samsung", "SM-S918B", "S918BXXU3BWK5"),
]
LENSES = [
    "iPhone 15 Pro back triple camera 6.86mm f/1.78",
    "FE 24-70mm F2.8 GM II",
    "XF16-55mmF2.8 R LM WR",
    "RF24-105mm F4 L IS USM",
    "NIKKOR Z 24-120mm f/4 S",
    "",
]
EDITORS = [
    "Adobe Lightroom 7.3 (Macintosh)",
    "Adobe Photoshop 25.9 (Windows)",
    "Snapseed 2.21",
    "VSCO 356",
    "Darktable 4.8.1",
    "",
]
