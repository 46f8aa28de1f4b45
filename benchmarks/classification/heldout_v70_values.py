"""Values of held-out set v70 (:mod:`benchmarks.classification.heldout_v70`): v70's random source, names, streets,
towns and postal codes written by hand for v70 (no Faker, no list of real people), phones checked with phonenumbers
and identifiers with check digits computed and checked with python-stdnum.

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
from stdnum.ca import bn as _bn
from stdnum.ca import sin as _sin
from stdnum.cz import dic as _dic
from stdnum.cz import rc as _rc
from stdnum.dk import cpr as _cpr
from stdnum.dk import cvr as _cvr
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _grvat
from stdnum.jp import cn as _jpcn
from stdnum.jp import in_ as _jpin
from stdnum.se import orgnr as _orgnr
from stdnum.se import personnummer as _pnr
from stdnum.tr import tckimlik as _tck
from stdnum.tr import vkn as _vkn
from stdnum.us import ein as _ein
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 70_517_2026
N = "none"
#: a login or public display handle (review, as in v5 to v68)
USERNAME = "unclassified"
#: NULL-like strings and placeholders of v70's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "",
    " ",
    "-",
    "--",
    "NULL",
    "null",
    "NONE",
    "n/a",
    "N/A",
    "NA",
    "none",
    "None",
    "unknown",
    "Unknown",
    "?",
    "#N/A",
    "nil",
    "<null>",
    "undefined",
    "0",
    "000-00-0000",
    "999-99-9999",
    "123-45-6789",
    "test@test.com",
    "noemail@none.com",
    "REDACTED",
    "TBC",
    "tbc",
    "N.A.",
    "nenhum",
    "não informado",
    "-sem-",
    "ingen",
    "saknas",
    "ingen uppgift",
    "intet",
    "ukendt",
    "žádná",
    "není",
    "nic",
    "yok",
    "belirtilmedi",
    "なし",
    "特になし",
    "不明",
    "κανένα",
    "—",
    "-/-",
    "*",
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v70:{SEED}:{table}")

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

    def sha1(self) -> str:
        return hashlib.sha1(str(self.rnd.random()).encode(), usedforsecurity=False).hexdigest()

    def version(self) -> str:
        return f"{self.rnd.randint(1, 9)}.{self.rnd.randint(0, 24)}.{self.rnd.randint(0, 40)}"

    def ipv4(self) -> str:
        first = self.rnd.choice([24, 38, 50, 63, 71, 98, 104, 142, 177, 187, 189, 201, 212, 213])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2001:1284", "2804", "2a00", "2a02", "2603"])
        groups = 8 - head.count(":") - 1
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(groups))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        leads = PHONE_LEADS.get((region, mobile))

        def make() -> str:
            if leads:
                lead = self.rnd.choice(leads)
                return lead + self.digits(len(nsn) - len(lead))
            keep = max(len(nsn) - 6, 1)
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
            return f"{d[:3]}-{d[3:6]}-{d[6:]}" if region in ("US", "CA") else national
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(
            lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile), null
        )


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


#: (region, mobile) -> leading digits of the national significant number (area codes of v70's towns)
PHONE_LEADS: dict[tuple[str, bool], list[str]] = {
    ("US", True): ["412", "724", "913", "816", "216", "440", "617", "857", "303", "720"],
    ("US", False): ["412", "913", "216", "617", "303"],
    ("CA", True): ["204", "431"],
    ("CA", False): ["204"],
    ("GB", True): ["74", "75", "77", "78", "79"],
    ("GB", False): ["114"],
    ("AU", True): ["4"],
    ("AU", False): ["8"],
    ("BR", True): ["319", "319", "119"],
    ("SE", True): ["70", "72", "73", "76"],
    ("SE", False): ["90", "910"],
    ("DK", True): ["2", "3", "4", "5"],
    ("CZ", True): ["60", "72", "73", "77"],
    ("CZ", False): ["37"],
    ("TR", True): ["53", "54", "55"],
    ("JP", True): ["90", "80", "70"],
    ("JP", False): ["92"],
    ("GR", True): ["69"],
    ("GR", False): ["21"],
}


# -- names (written for v70) -------------------------------------------------------------------------------------------

#: origin -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "anglo": (
        [
            "Caleb",
            "Declan",
            "Everett",
            "Graham",
            "Harlan",
            "Malcolm",
            "Nolan",
            "Quentin",
            "Roland",
            "Silas",
            "Tobias",
            "Warren",
        ],
        [
            "Adeline",
            "Bridget",
            "Cordelia",
            "Eleanor",
            "Fiona",
            "Harriet",
            "Juniper",
            "Maeve",
            "Penelope",
            "Rowena",
            "Tamsin",
            "Vivienne",
        ],
        [
            "Ashworth",
            "Blackwood",
            "Calloway",
            "Drummond",
            "Ellsworth",
            "Fenwick",
            "Hargreaves",
            "Kingsley",
            "Langford",
            "Maddox",
            "Northcott",
            "Prescott",
            "Radcliffe",
            "Stanhope",
            "Underwood",
            "Whitlock",
        ],
    ),
    "hispanic": (
        ["Joaquín", "Esteban", "Mateo", "Rodrigo", "Ignacio", "Emiliano"],
        ["Ximena", "Guadalupe", "Valeria", "Marisol", "Renata", "Paloma"],
        ["Ochoa", "Zamora", "Cisneros", "Valdez", "Fuentes", "Barrios", "Quintero"],
    ),
    "south_asian": (
        ["Aditya", "Karthik", "Rohan", "Vikram", "Siddharth", "Nikhil"],
        ["Ananya", "Deepika", "Nandini", "Priyanka", "Meera", "Swati"],
        ["Agarwal", "Iyer", "Kulkarni", "Nair", "Reddy", "Sethi", "Bhatt"],
    ),
    "east_asian": (
        ["Haruto", "Jun-ho", "Minh", "Wei", "Kenji", "Dong-hyun"],
        ["Hana", "Ji-woo", "Mei", "Thuy", "Xiaoling", "Yuna"],
        ["Chen", "Kwon", "Nguyen", "Park", "Wong", "Zhao", "Vo"],
    ),
    "african": (
        ["Babajide", "Kofi", "Oluwaseun", "Themba", "Kwabena", "Emeka"],
        ["Abena", "Chiamaka", "Folake", "Nomvula", "Adaeze", "Lindiwe"],
        ["Adeyemi", "Boateng", "Mensah", "Nwosu", "Okafor", "Zulu", "Asante"],
    ),
    "arabic": (
        ["Hamza", "Karim", "Omar", "Yusuf", "Tariq", "Bilal"],
        ["Amal", "Dalia", "Huda", "Rania", "Salma", "Lina"],
        ["Haddad", "Khalil", "Mansour", "Nasser", "Saleh", "Qureshi"],
    ),
    "pt": (
        [
            "João",
            "Pedro",
            "Lucas",
            "Gabriel",
            "Rafael",
            "Thiago",
            "Matheus",
            "Felipe",
            "Diego",
            "Anderson",
            "Wellington",
            "Cleiton",
        ],
        [
            "Ana",
            "Juliana",
            "Fernanda",
            "Camila",
            "Larissa",
            "Beatriz",
            "Patrícia",
            "Aline",
            "Jéssica",
            "Thaís",
            "Gabriela",
            "Rayssa",
        ],
        [
            "Silva",
            "Santos",
            "Oliveira",
            "Souza",
            "Rodrigues",
            "Ferreira",
            "Alves",
            "Pereira",
            "Lima",
            "Gomes",
            "Costa",
            "Ribeiro",
            "Carvalho",
            "Nascimento",
            "Araújo",
            "Moreira",
        ],
    ),
    "sv": (
        ["Erik", "Lars", "Karl", "Johan", "Nils", "Per", "Olof", "Fredrik", "Jonas", "Viktor"],
        ["Anna", "Karin", "Kristina", "Elin", "Sara", "Emma", "Malin", "Helena", "Josefin", "Lovisa"],
        [
            "Andersson",
            "Johansson",
            "Karlsson",
            "Nilsson",
            "Eriksson",
            "Larsson",
            "Olsson",
            "Persson",
            "Svensson",
            "Lundqvist",
            "Hedlund",
            "Sjöberg",
            "Öhman",
            "Burman",
        ],
    ),
    "da": (
        ["Mads", "Rasmus", "Frederik", "Søren", "Mikkel", "Jesper", "Anders", "Kasper", "Troels", "Bjarke"],
        ["Mette", "Camilla", "Sofie", "Line", "Ida", "Signe", "Louise", "Pernille", "Trine", "Maja"],
        [
            "Jensen",
            "Nielsen",
            "Hansen",
            "Pedersen",
            "Andersen",
            "Christensen",
            "Larsen",
            "Sørensen",
            "Rasmussen",
            "Jørgensen",
            "Madsen",
            "Kristensen",
            "Thomsen",
            "Poulsen",
        ],
    ),
    "tr": (
        ["Mehmet", "Emre", "Burak", "Mustafa", "Hakan", "Serkan", "Oğuz", "Caner", "Murat", "Tolga"],
        ["Ayşe", "Elif", "Zeynep", "Merve", "Büşra", "Gül", "Derya", "Esra", "Ebru", "Tuğba"],
        [
            "Yılmaz",
            "Kaya",
            "Demir",
            "Şahin",
            "Çelik",
            "Yıldız",
            "Aydın",
            "Öztürk",
            "Arslan",
            "Doğan",
            "Kılıç",
            "Aslan",
            "Koç",
            "Kurt",
        ],
    ),
}
#: Czech: (male given, female given, (male family, female family))
CS_MALE = ["Jan", "Petr", "Tomáš", "Martin", "Jiří", "Lukáš", "Ondřej", "Vojtěch", "Radek", "Zdeněk"]
CS_FEMALE = ["Jana", "Tereza", "Lucie", "Kateřina", "Veronika", "Markéta", "Alena", "Zuzana", "Lenka", "Hana"]
CS_FAMILY = [
    ("Novák", "Nováková"),
    ("Svoboda", "Svobodová"),
    ("Dvořák", "Dvořáková"),
    ("Černý", "Černá"),
    ("Procházka", "Procházková"),
    ("Kučera", "Kučerová"),
    ("Veselý", "Veselá"),
    ("Horák", "Horáková"),
    ("Marek", "Marková"),
    ("Pokorný", "Pokorná"),
    ("Beneš", "Benešová"),
    ("Fiala", "Fialová"),
]
#: Greek: (male given, female given, (male family, female family))
EL_MALE = ["Γιώργος", "Δημήτρης", "Νίκος", "Κώστας", "Παναγιώτης", "Βασίλης", "Χρήστος", "Σπύρος", "Θανάσης", "Ηλίας"]
EL_FEMALE = [
    "Μαρία",
    "Ελένη",
    "Κατερίνα",
    "Αναστασία",
    "Σοφία",
    "Δέσποινα",
    "Βασιλική",
    "Ευαγγελία",
    "Γεωργία",
    "Χριστίνα",
]
EL_FAMILY = [
    ("Παπαδόπουλος", "Παπαδοπούλου"),
    ("Γεωργίου", "Γεωργίου"),
    ("Οικονόμου", "Οικονόμου"),
    ("Καραγιάννης", "Καραγιάννη"),
    ("Νικολάου", "Νικολάου"),
    ("Βλάχος", "Βλάχου"),
    ("Μακρής", "Μακρή"),
    ("Σταθόπουλος", "Σταθοπούλου"),
    ("Αντωνίου", "Αντωνίου"),
    ("Ζαχαρίου", "Ζαχαρίου"),
    ("Μπακάλης", "Μπακάλη"),
    ("Τσολάκης", "Τσολάκη"),
]
#: Japanese: (kanji, katakana) pairs
JA_FAMILY = [
    ("佐藤", "サトウ"),
    ("鈴木", "スズキ"),
    ("高橋", "タカハシ"),
    ("田中", "タナカ"),
    ("渡辺", "ワタナベ"),
    ("伊藤", "イトウ"),
    ("山本", "ヤマモト"),
    ("中村", "ナカムラ"),
    ("小林", "コバヤシ"),
    ("吉田", "ヨシダ"),
    ("松本", "マツモト"),
    ("井上", "イノウエ"),
    ("古賀", "コガ"),
    ("平川", "ヒラカワ"),
]
JA_MALE = [
    ("翔太", "ショウタ"),
    ("健一", "ケンイチ"),
    ("大輔", "ダイスケ"),
    ("拓也", "タクヤ"),
    ("悠斗", "ユウト"),
    ("浩二", "コウジ"),
    ("直樹", "ナオキ"),
    ("蓮", "レン"),
]
JA_FEMALE = [
    ("美咲", "ミサキ"),
    ("陽菜", "ヒナ"),
    ("結衣", "ユイ"),
    ("真由美", "マユミ"),
    ("恵子", "ケイコ"),
    ("彩香", "アヤカ"),
    ("千尋", "チヒロ"),
    ("葵", "アオイ"),
]
#: origins of the English-speaking workforces (weights)
ORIGINS = {"anglo": 6, "hispanic": 2, "south_asian": 2, "east_asian": 1.5, "african": 1.5, "arabic": 1}


def person(g: Gen, lang: str = "en", female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    if lang == "cs":
        family = g.rnd.choice(CS_FAMILY)
        return g.rnd.choice(CS_FEMALE if female else CS_MALE), family[1 if female else 0]
    if lang == "el":
        family = g.rnd.choice(EL_FAMILY)
        return g.rnd.choice(EL_FEMALE if female else EL_MALE), family[1 if female else 0]
    if lang == "en":
        lang = g.rnd.choices(list(ORIGINS), list(ORIGINS.values()))[0]
    males, females, lasts = NAMES[lang]
    return g.rnd.choice(females if female else males), g.rnd.choice(lasts)


def whole(g: Gen, lang: str = "en") -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def given(g: Gen, lang: str = "en") -> str:
    return person(g, lang)[0]


def ja_person(g: Gen, female: bool | None = None) -> tuple[tuple[str, str], tuple[str, str]]:
    """((family kanji, family kana), (given kanji, given kana))."""
    female = g.rnd.random() < 0.5 if female is None else female
    return g.rnd.choice(JA_FAMILY), g.rnd.choice(JA_FEMALE if female else JA_MALE)


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice(
        [
            f"{a}.{b}",
            f"{a[0]}{b}",
            f"{a}{g.rnd.randint(1, 99)}",
            f"{b}.{a[0]}",
            f"{a}_{b}",
            f"{a}{b[0]}{g.rnd.randint(70, 99)}",
            f"{b}{a[:3]}",
        ]
    )
    return f"{local}@{g.rnd.choice(domains)}"


def email(g: Gen, domains: list[str] | None = None, lang: str = "en") -> str:
    return email_of(g, *person(g, lang), domains or PERSONAL_DOMAINS)


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(first)}.{plain(last)}@{domain}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first) or "u", plain(last) or "x"
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a}{b[:3]}"][style % 5]


PERSONAL_DOMAINS = [
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "icloud.com",
    "hotmail.com",
    "aol.com",
    "proton.me",
    "comcast.net",
    "att.net",
    "me.com",
]
#: romanized Greek and Japanese local parts for e-mail addresses (the names themselves are not in Latin letters)
EL_LATIN = [
    "gpapad",
    "dimitris.m",
    "n.georgiou",
    "kostas_v",
    "mariaoik",
    "eleni.k",
    "katerina88",
    "sofia.z",
    "vasilis.t",
    "chr.antoniou",
    "thanos.m",
    "ilias.b",
    "despoina.n",
    "evangelia.s",
    "georgia.p",
]
JA_LATIN = [
    "sato.shota",
    "suzuki.k",
    "takahashi_d",
    "tanaka.yui",
    "watanabe.h",
    "ito.misaki",
    "yamamoto.n",
    "nakamura.a",
    "koga.ren",
    "hirakawa.c",
    "yoshida.m",
    "matsumoto.k",
]


# -- places (written for v70) ------------------------------------------------------------------------------------------

#: (city, state, ZIP lead) of the US employers' catchments
US_PLACES = {
    "pgh": [
        ("Pittsburgh", "PA", "152"),
        ("Bethel Park", "PA", "151"),
        ("Monroeville", "PA", "151"),
        ("Cranberry Township", "PA", "160"),
        ("McKeesport", "PA", "151"),
        ("Washington", "PA", "153"),
    ],
    "kc": [
        ("Overland Park", "KS", "662"),
        ("Olathe", "KS", "660"),
        ("Kansas City", "MO", "641"),
        ("Lee's Summit", "MO", "640"),
        ("Lawrence", "KS", "660"),
        ("Independence", "MO", "640"),
    ],
    "cle": [
        ("Cleveland", "OH", "441"),
        ("Parma", "OH", "441"),
        ("Lakewood", "OH", "441"),
        ("Elyria", "OH", "440"),
        ("Mentor", "OH", "440"),
        ("Strongsville", "OH", "441"),
    ],
    "bos": [
        ("Cambridge", "MA", "021"),
        ("Somerville", "MA", "021"),
        ("Medford", "MA", "021"),
        ("Quincy", "MA", "021"),
        ("Newton", "MA", "024"),
        ("Waltham", "MA", "024"),
    ],
}
US_STREETS = [
    "Forbes Ave",
    "Murray Ave",
    "Banksville Rd",
    "Saw Mill Run Blvd",
    "Metcalf Ave",
    "Antioch Rd",
    "Quivira Rd",
    "Lorain Ave",
    "Detroit Ave",
    "Pearl Rd",
    "Massachusetts Ave",
    "Elm St",
    "Highland Ave",
    "Walnut St",
    "Prospect St",
    "Cedar Ln",
    "Hickory Hollow Dr",
    "Oak Knoll Ct",
]


def us_place(g: Gen, area: str) -> tuple[str, str, str]:
    return g.rnd.choice(US_PLACES[area])


def us_zip(g: Gen, lead: str, plus4: float = 0.0) -> str:
    z = lead + g.digits(2)
    return f"{z}-{g.digits(4)}" if g.rnd.random() < plus4 else z


def us_street(g: Gen, unit: bool = True) -> str:
    n = g.rnd.randint(10, 9999)
    s = g.rnd.choice(US_STREETS)
    if not unit:
        return f"{n} {s}"
    return g.rnd.choice(
        [
            f"{n} {s}",
            f"{n} {s}",
            f"{n} {s} Apt {g.rnd.randint(1, 40)}",
            f"{n} {s} #{g.rnd.randint(1, 9)}{g.rnd.choice('ABCD')}",
        ]
    )


def us_unit(g: Gen) -> str:
    return g.rnd.choice(
        [
            f"Apt {g.rnd.randint(1, 40)}",
            f"Unit {g.rnd.randint(1, 12)}{g.rnd.choice('ABC')}",
            f"Fl {g.rnd.randint(2, 3)}",
            f"#{g.rnd.randint(100, 450)}",
        ]
    )


#: Sheffield outward codes of homes; the clients' sites use other ones (S9, S60, S21)
UK_HOME_OUTWARD = ["S2", "S5", "S6", "S8", "S10", "S11", "S12", "S13", "S20", "S35", "S61", "S63"]
UK_STREETS = [
    "Abbeydale Road",
    "Ecclesall Road",
    "Crookes Valley Road",
    "Manor Lane",
    "Gleadless Road",
    "Chesterfield Road",
    "Fox Hill Crescent",
    "Wincobank Avenue",
]


def uk_postcode(g: Gen, outward: str) -> str:
    return f"{outward} {g.rnd.randint(1, 9)}{g.rnd.choice('ABDEFGHJLNPQRSTUWXY')}{g.rnd.choice('ABDEFGHJLNPQRSTUWXY')}"


#: Winnipeg and Manitoba towns: (city, FSA leads)
CA_PLACES = [
    ("Winnipeg", ["R2C", "R2K", "R2M", "R3G", "R3T", "R3M"]),
    ("Brandon", ["R7A", "R7B"]),
    ("Steinbach", ["R5G"]),
    ("Selkirk", ["R1A"]),
    ("Portage la Prairie", ["R1N"]),
    ("Winkler", ["R6W"]),
]
CA_STREETS = [
    "Pembina Hwy",
    "Portage Ave",
    "Corydon Ave",
    "Henderson Hwy",
    "Notre Dame Ave",
    "St Mary's Rd",
    "Rosser Ave",
    "Main St N",
]


def ca_postal(g: Gen, fsa: str) -> str:
    return f"{fsa} {g.rnd.randint(0, 9)}{g.rnd.choice('ABCEGHJKLMNPRSTVWXYZ')}{g.rnd.randint(0, 9)}"


AU_STREETS = ["Stirling Hwy", "Albany Hwy", "Great Eastern Hwy", "Wanneroo Rd", "Canning Hwy", "Scarborough Beach Rd"]
AU_SUBURBS = ["Joondalup", "Rockingham", "Midland", "Mandurah", "Baldivis", "Ellenbrook", "Armadale", "Morley"]

#: Belo Horizonte metropolitan area: (city, bairros, CEP lead)
BR_PLACES = [
    ("Belo Horizonte", ["Savassi", "Pampulha", "Barreiro", "Venda Nova", "Santa Efigênia", "Buritis"], "30"),
    ("Contagem", ["Eldorado", "Riacho das Pedras", "Nacional"], "32"),
    ("Betim", ["Centro", "Angola", "Citrolândia"], "32"),
    ("Ribeirão das Neves", ["Justinópolis", "Veneza"], "33"),
]
BR_STREETS = [
    "Rua dos Inconfidentes",
    "Avenida Amazonas",
    "Rua Padre Eustáquio",
    "Rua Itapecerica",
    "Avenida João César de Oliveira",
    "Rua das Camélias",
    "Travessa São Judas Tadeu",
]

#: Västerbotten and Norrbotten towns: (town, postcode leads)
SE_PLACES = [
    ("Umeå", ["903", "906", "907"]),
    ("Skellefteå", ["931", "932"]),
    ("Lycksele", ["921"]),
    ("Luleå", ["972", "973"]),
    ("Piteå", ["941"]),
    ("Vännäs", ["911"]),
]
SE_STREETS = [
    "Storgatan",
    "Västra Esplanaden",
    "Kungsgatan",
    "Nygatan",
    "Björkvägen",
    "Rönnbärsvägen",
    "Tallbacksvägen",
    "Solvändan",
]
SE_LAN = {
    "Umeå": "Västerbottens län",
    "Skellefteå": "Västerbottens län",
    "Lycksele": "Västerbottens län",
    "Vännäs": "Västerbottens län",
    "Luleå": "Norrbottens län",
    "Piteå": "Norrbottens län",
}

#: Jutland towns: (town, postcodes)
DK_PLACES = [
    ("Aarhus C", ["8000"]),
    ("Viby J", ["8260"]),
    ("Aalborg", ["9000"]),
    ("Randers", ["8900"]),
    ("Horsens", ["8700"]),
    ("Silkeborg", ["8600"]),
    ("Herning", ["7400"]),
    ("Skive", ["7800"]),
]
DK_STREETS = [
    "Frederiksgade",
    "Vestergade",
    "Skovvejen",
    "Åboulevarden",
    "Bøgevej",
    "Kirkevænget",
    "Hedeparken",
    "Engtoften",
]

#: Plzeň region: (town, PSČ)
CZ_PLACES = [
    ("Plzeň", "301 00"),
    ("Plzeň", "323 00"),
    ("Rokycany", "337 01"),
    ("Přeštice", "334 01"),
    ("Nýřany", "330 23"),
    ("Stod", "333 01"),
    ("Blovice", "336 01"),
]
CZ_STREETS = [
    "Klatovská třída",
    "Americká",
    "Slovanská alej",
    "Masarykova",
    "Jiráskova",
    "Na Rychtě",
    "U Pošty",
    "Zahradní",
]

#: Athens and Attica: (town, TK lead)
GR_PLACES = [
    ("Αθήνα", "104"),
    ("Πειραιάς", "185"),
    ("Περιστέρι", "121"),
    ("Καλλιθέα", "176"),
    ("Μαρούσι", "151"),
    ("Γλυφάδα", "166"),
    ("Χαλάνδρι", "152"),
    ("Νίκαια", "184"),
]

#: Fukuoka prefecture: (city, ward or town, postcode lead)
JP_PLACES = [
    ("福岡市", "博多区", "812"),
    ("福岡市", "中央区", "810"),
    ("福岡市", "東区", "813"),
    ("北九州市", "小倉北区", "802"),
    ("久留米市", "", "830"),
    ("春日市", "", "816"),
    ("糸島市", "", "819"),
]
JP_BLOCKS = ["博多駅前", "天神", "香椎", "魚町", "東町", "春日原", "前原中央"]


def ja_address(g: Gen, place: tuple[str, str, str]) -> str:
    building = g.rnd.choice(["", "", f" コーポ{g.rnd.choice(['若葉', '桜', 'サンライズ'])}{g.rnd.randint(101, 406)}号"])
    return (
        f"福岡県{place[0]}{place[1]}{g.rnd.choice(JP_BLOCKS)}{g.rnd.randint(1, 5)}丁目"
        f"{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)}{building}"
    )


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa or Mastercard prefix (a corporate card)."""
    prefix = g.rnd.choice(["4", "51", "55", "2223"])
    body = prefix + g.digits(15 - len(prefix))
    return body + luhn.calc_check_digit(body)


BBAN = {"GR": "99999999999999999999999", "CZ": "99999999999999999999"}


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
        return f"{g.rnd.randint(1, 665):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}"

    number = g.valid(make, _ssn.is_valid)
    return number if dashed else number.replace("-", "")


def us_ein(g: Gen) -> str:
    """A US employer identification number with a prefix python-stdnum knows (a business's: ``none``)."""
    return g.valid(lambda: f"{g.rnd.randint(10, 99)}-{g.digits(7)}", _ein.is_valid)


def us_licence(g: Gen, state: str) -> str:
    """A driver's licence number in the state's shape (no check digit)."""
    if state == "KS":
        return "K" + g.digits(8)
    if state == "MO":
        return g.rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + g.digits(9)
    if state == "MA":
        return "S" + g.digits(8)
    if state == "OH":
        return g.code("AA999999")
    return g.digits(8)


def ca_sin(g: Gen) -> str:
    def make() -> str:
        body = g.rnd.choice("1234567") + g.digits(7)
        return body + luhn.calc_check_digit(body)

    number = g.valid(make, _sin.is_valid)
    return g.rnd.choice(
        [f"{number[:3]} {number[3:6]} {number[6:]}", f"{number[:3]}-{number[3:6]}-{number[6:]}", number]
    )


def ca_bn(g: Gen) -> str:
    body = g.rnd.choice("12345678") + g.digits(7)
    number = body + luhn.calc_check_digit(body) + "RP0001"
    assert _bn.is_valid(number)
    return number


def uk_nino(g: Gen) -> str:
    """A UK National Insurance number following HMRC's prefix and suffix rules (no check digit)."""
    firsts = "ABCEGHJKLMNOPRSTWXYZ"
    seconds = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        prefix = g.rnd.choice(firsts) + g.rnd.choice(seconds)
        if prefix not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
            break
    body = g.digits(6)
    suffix = g.rnd.choice("ABCD")
    if g.rnd.random() < 0.5:
        return f"{prefix} {body[:2]} {body[2:4]} {body[4:]} {suffix}"
    return f"{prefix}{body}{suffix}"


def au_abn(g: Gen) -> str:
    def make() -> str:
        return str(g.rnd.randint(1, 9)) + g.digits(10)

    number = g.valid(make, _abn.is_valid)
    return f"{number[:2]} {number[2:5]} {number[5:8]} {number[8:]}"


def br_cpf(g: Gen, formatted: bool = True) -> str:
    body = [int(x) for x in g.digits(9)]
    d1 = (11 - sum((10 - i) * n for i, n in enumerate(body)) % 11) % 11 % 10
    d2 = (11 - sum((11 - i) * n for i, n in enumerate(body + [d1])) % 11) % 11 % 10
    number = "".join(map(str, body)) + f"{d1}{d2}"
    assert _cpf.is_valid(number)
    return _cpf.format(number) if formatted else number


def br_cnpj(g: Gen) -> str:
    """A Brazilian company number (a MEI's: ``none``)."""
    body = g.digits(8) + "0001"
    number = body + _cnpj.calc_check_digits(body)
    assert _cnpj.is_valid(number)
    return _cnpj.format(number)


def imei(g: Gen) -> str:
    body = g.rnd.choice(["35", "86", "01"]) + g.digits(12)
    number = body + luhn.calc_check_digit(body)
    assert _imei.is_valid(number)
    return number


def tr_tckimlik(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    number = body + _tck.calc_check_digits(body)
    assert _tck.is_valid(number)
    return number


def tr_vkn(g: Gen) -> str:
    body = g.digits(9)
    number = body + _vkn.calc_check_digit(body)
    assert _vkn.is_valid(number)
    return number


def jp_my_number(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(10)
    number = body + _jpin.calc_check_digit(body)
    assert _jpin.is_valid(number)
    return g.rnd.choice(
        [number, f"{number[:4]} {number[4:8]} {number[8:]}", f"{number[:4]}-{number[4:8]}-{number[8:]}"]
    )


def jp_corporate(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(11)
    number = _jpcn.calc_check_digit(body) + body
    assert _jpcn.is_valid(number)
    return number


def se_personnummer(g: Gen, born: date) -> str:
    """A Swedish personnummer encoding ``born`` (Luhn check digit; python-stdnum checks it)."""
    body = born.strftime("%y%m%d") + g.digits(3)
    short = f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"
    assert _pnr.is_valid(short)
    return g.rnd.choice([short, born.strftime("%Y") + short[2:].replace("-", "")])


def se_orgnr(g: Gen) -> str:
    body = g.rnd.choice(["55", "556", "559", "802"])
    body = body + g.digits(9 - len(body))
    number = body + luhn.calc_check_digit(body)
    assert _orgnr.is_valid(number)
    return f"{number[:6]}-{number[6:]}"


def dk_cpr(g: Gen, born: date) -> str:
    """A Danish CPR number encoding ``born`` (1937-1999: seventh digit 0-3)."""
    number = born.strftime("%d%m%y") + str(g.rnd.randint(0, 3)) + g.digits(3)
    assert _cpr.is_valid(number) and _cpr.get_birth_date(number) == born
    return g.rnd.choice([f"{number[:6]}-{number[6:]}", number])


def dk_cvr(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(7), _cvr.is_valid)


def cz_rodne_cislo(g: Gen, born: date, female: bool) -> str:
    """A Czech birth number encoding ``born`` and the sex (month + 50 for women), check digit mod 11."""
    month = born.month + (50 if female else 0)
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}" + g.digits(3)
    number = body + str(int(body) % 11 % 10)
    assert _rc.is_valid(number) and _rc.get_birth_date(number) == born
    return g.rnd.choice([f"{number[:6]}/{number[6:]}", number])


def cz_ico(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 8)) + g.digits(7), lambda x: len(x) == 8 and _dic.is_valid(x))


def gr_amka(g: Gen, born: date) -> str:
    """A Greek AMKA encoding ``born`` (DDMMYY, four digits, Luhn)."""
    body = born.strftime("%d%m%y") + g.digits(4)
    number = body + luhn.calc_check_digit(body)
    assert _amka.is_valid(number)
    return number


def gr_afm(g: Gen, company: bool = False) -> str:
    """A Greek tax number (ΑΦΜ): a person's starts with 0 or 1, a company's with 8 or 9 here."""
    body = g.rnd.choice("89" if company else "01") + g.digits(7)
    number = body + _grvat.calc_check_digit(body)
    assert _grvat.is_valid(number)
    return number


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)


# -- businesses (written for v70) --------------------------------------------------------------------------------------

US_CLIENTS = [
    "Prairie Fire Logistics",
    "Blue Valley Cabinetry",
    "Heartland Home Health",
    "Sunflower Freight Lines",
    "Cass County Credit Union",
    "Wyandotte Tool & Die",
    "Mission Hills Senior Living",
    "Three Rivers Staffing Partners",
]
UK_CLIENTS = [
    ("Don Valley Cold Store", "Unit 4, Sheffield Business Park, Europa Link", "S9 1XU"),
    ("Meadowhall Parcel Hub", "Carbrook Hall Road", "S9 2EQ"),
    ("Rotherham Bakeries Ltd", "Parkgate Trading Estate, Aldwarke Lane", "S60 1BT"),
    ("Templeborough Steel Finishing", "Sheffield Road", "S60 1DB"),
    ("Hallam Care Homes", "Beighton Road East", "S21 4FE"),
]
