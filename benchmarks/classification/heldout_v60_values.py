"""Values of held-out set v60 (:mod:`benchmarks.classification.heldout_v60`): v60's random source, names, streets,
towns and postal codes written by hand for v60 (no Faker, no list of real people), phones checked with phonenumbers
and identifiers with check digits computed and checked with python-stdnum (the Hungarian tax number, the Brazilian
PIS and the UK driving-licence number by their published rules, written out here).

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module (the phone builder takes each country's mobile and
landline prefixes from the lists below); the lists are new.
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
from stdnum import bic as _bic
from stdnum import iban as _iban
from stdnum import luhn
from stdnum.au import abn as _abn
from stdnum.au import tfn as _tfn
from stdnum.br import cnpj as _cnpj
from stdnum.br import cpf as _cpf
from stdnum.ca import sin as _sin
from stdnum.id import nik as _nik
from stdnum.id import npwp as _npwp
from stdnum.ro import cnp as _cnp
from stdnum.ro import cui as _cui
from stdnum.tr import tckimlik as _tck
from stdnum.tr import vkn as _vkn
from stdnum.us import ein as _ein
from stdnum.us import rtn as _rtn
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 60_907_2026
N = "none"
#: a login or public display handle (review, as in v5 to v59)
USERNAME = "unclassified"
#: NULL-like strings of v60's systems (tests skip them)
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
    "Unknown",
    "?",
    "#N/A",
    "nil",
    "<null>",
    "0",
    "000-00-0000",
    "000000000",
    "0000000000",
    "test@test.com",
    "noemail@noemail.com",
    "na@na.com",
    "(000) 000-0000",
    "999-999-9999",
    "REFUSED",
    "DECLINED",
    "nincs",
    "-/-",
    "tidak ada",
    "tidak ada",
    "không có",
    "không",
    "nu are",
    "lipsa",
    "yok",
    "belirtilmemiş",
    "não informado",
    "sem e-mail",
    "NAO POSSUI",
    "00000000000",
    "000.000.000-00",
    "x",
    "xx",
    "*",
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


#: region -> (mobile prefixes, landline prefixes) of national significant numbers; each candidate is completed with
#: random digits to the length of the region's example number and kept only when phonenumbers says it is valid
PREFIXES: dict[str, tuple[list[str], list[str]]] = {
    "US": (
        ["206", "503", "305", "407", "813", "904", "512", "214", "614", "971"],
        ["206", "503", "305", "407", "813", "904", "512", "214", "614", "971"],
    ),
    "CA": (["416", "647", "905", "289", "613", "519", "705"], ["416", "905", "613", "519"]),
    "GB": (["71", "73", "74", "75", "77", "78", "79"], ["113", "114", "117", "121", "161", "191", "207", "208"]),
    "AU": (["40", "41", "42", "43", "44", "45", "46", "47", "48"], ["29", "38", "39", "73", "89"]),
    "HU": (["20", "30", "70", "50"], ["52", "62", "72", "46"]),
    "RO": (["72", "74", "75", "76", "78", "73"], ["264", "256", "232", "268"]),
    "ID": (["812", "813", "821", "822", "852", "857", "878", "896", "895"], ["271", "274", "281", "24"]),
    "VN": (
        ["90", "91", "93", "94", "96", "97", "98", "32", "33", "35", "70", "77", "79", "86", "88"],
        ["28", "24", "236"],
    ),
    "BR": (["119", "219", "319", "419", "519", "619", "719", "819", "859", "919"], ["113", "213", "313", "513"]),
    "TR": (
        ["530", "532", "533", "535", "536", "542", "543", "505", "506", "555", "551"],
        ["212", "216", "312", "232", "224"],
    ),
    "NG": (["803", "806", "813", "816", "703", "706", "810", "905", "802", "808"], ["203"]),
    "PH": (["917", "918", "927", "939", "995", "966", "906", "915"], ["2"]),
    "PK": (["300", "301", "302", "321", "333", "345", "312"], ["21", "42", "51"]),
    "IN": (["98", "97", "99", "88", "70", "63", "95"], ["11", "22", "80"]),
    "GH": (["24", "54", "20", "55", "50"], ["30"]),
}


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v60:{SEED}:{table}")

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
        first = self.rnd.choice([24, 31, 46, 51, 62, 73, 81, 86, 92, 98, 109, 174, 185, 212])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2a00", "2a02", "2600", "2607", "2001:8a0", "2c0f"])
        groups = 8 - head.count(":") - 1
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(groups))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        heads = PREFIXES[region][0 if mobile else 1]

        def make() -> str:
            head = self.rnd.choice(heads)
            if region in ("US", "CA"):
                return head + str(self.rnd.randint(2, 9)) + self.digits(6)
            return head + self.digits(len(nsn) - len(head) + self.rnd.choice([0, 0, 0, -1, 1]))

        def ok(candidate: str) -> bool:
            number = phonenumbers.parse(f"+{example.country_code}{candidate}")
            return phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region

        number = phonenumbers.parse(f"+{example.country_code}{self.valid(make, ok)}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        if fmt == "00":
            return "00" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)[1:]
        if fmt == "nsn":
            return phonenumbers.national_significant_number(number)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        if fmt == "dashes":
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:3]}-{d[3:6]}-{d[6:]}" if region in ("US", "CA") else national
        if fmt == "dots":
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:3]}.{d[3:6]}.{d[6:]}" if region in ("US", "CA") else national
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(
            lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile), null
        )


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v60) -------------------------------------------------------------------------------------------

#: origin -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "anglo": (
        [
            "Alfie",
            "Callum",
            "Dermot",
            "Everett",
            "Fletcher",
            "Harvey",
            "Jarrod",
            "Kieran",
            "Lachlan",
            "Morgan",
            "Nathaniel",
            "Rhys",
            "Spencer",
            "Travis",
            "Wesley",
        ],
        [
            "Abigail",
            "Bethany",
            "Caitlin",
            "Darcy",
            "Eloise",
            "Fern",
            "Harriet",
            "Jodie",
            "Kirsty",
            "Maisie",
            "Nicola",
            "Phoebe",
            "Rosie",
            "Tamsin",
            "Willow",
        ],
        [
            "Ashworth",
            "Blakemore",
            "Cartwright",
            "Dewhurst",
            "Eccleston",
            "Fothergill",
            "Goodall",
            "Hebden",
            "Illingworth",
            "Jowett",
            "Kershaw",
            "Lumb",
            "Metcalfe",
            "Nuttall",
            "Ogden",
            "Pickles",
            "Rushworth",
            "Sutcliffe",
            "Tattersall",
            "Whitworth",
        ],
    ),
    "hispanic": (
        ["Abelardo", "Cipriano", "Efraín", "Leonel", "Nicanor", "Osvaldo", "Rigoberto", "Wilfredo"],
        ["Aracely", "Dulce", "Graciela", "Maricela", "Nayeli", "Rosaura", "Xiomara", "Yesenia"],
        ["Alvarado", "Cordero", "Galindo", "Ledesma", "Olivares", "Quintanilla", "Sandoval", "Zepeda"],
    ),
    "black_us": (
        ["Darnell", "Jamal", "Marquise", "Terrell", "Dontae", "Cedric", "Andre", "Reginald"],
        ["Shanice", "Latoya", "Keisha", "Aaliyah", "Tamika", "Monique", "Ebony", "Jasmine"],
        ["Washington", "Jefferson", "Gaines", "Merriwether", "Blackmon", "Pettaway", "Boykins", "Lyles"],
    ),
    "south_asian": (
        ["Aarav", "Harpreet", "Imran", "Kunal", "Nikhil", "Rohan", "Tariq", "Zubair"],
        ["Amandeep", "Farzana", "Ishita", "Nusrat", "Priyanka", "Sadia", "Simran", "Tanvi"],
        ["Bhatti", "Chaudhry", "Gill", "Kapoor", "Malik", "Qureshi", "Sandhu", "Siddiqui"],
    ),
    "east_asian": (
        ["Bowen", "Haoran", "Jun", "Kenji", "Minh", "Wei", "Zhiyuan", "Tae-yang"],
        ["Jia", "Mei", "Xinyi", "Yuna", "Ling", "Hana", "Thuy", "Su-bin"],
        ["Cheung", "Guo", "Kwan", "Leung", "Nakamura", "Pham", "Wong", "Zhou"],
    ),
    "west_african": (
        ["Babatunde", "Chukwuemeka", "Emeka", "Kofi", "Kwabena", "Oluwaseun", "Yaw", "Femi"],
        ["Abena", "Adaeze", "Chiamaka", "Folasade", "Funmilayo", "Ngozi", "Akosua", "Yetunde"],
        ["Adeyemi", "Asante", "Boateng", "Nwosu", "Okafor", "Okonkwo", "Oyelaran", "Mensah"],
    ),
    "filipino": (
        ["Rodel", "Jomar", "Arnel", "Reynaldo", "Marvin", "Jerome"],
        ["Maricel", "Rowena", "Jennylyn", "Lorna", "Analyn", "Rhodora"],
        ["Dimaculangan", "Macaraeg", "Manalo", "Pangilinan", "Sarmiento", "Villanueva", "Dela Cruz", "Bautista"],
    ),
    "polish": (
        ["Bartosz", "Grzegorz", "Kamil", "Łukasz", "Przemysław", "Wojciech"],
        ["Agnieszka", "Dorota", "Justyna", "Katarzyna", "Małgorzata", "Weronika"],
        ["Dąbrowski", "Kowalczyk", "Lewandowski", "Wiśniewski", "Zieliński", "Szymański"],
    ),
    "quebec": (
        ["Étienne", "Mathieu", "Sébastien", "Jean-François", "Olivier", "Luc"],
        ["Geneviève", "Marie-Ève", "Josée", "Chantal", "Isabelle", "Mélanie"],
        ["Bouchard", "Gagnon", "Lévesque", "Ouellet", "Pelletier", "Tremblay"],
    ),
    "greek_italian": (
        ["Con", "Dimitri", "Nick", "Salvatore", "Vince", "Spiro"],
        ["Angela", "Eleni", "Despina", "Rosa", "Voula", "Carmela"],
        ["Andreou", "Karagiannis", "Papadopoulos", "Costa", "Russo", "Santangelo"],
    ),
    "hu": (
        [
            "Bence",
            "Csaba",
            "Gergely",
            "Imre",
            "Levente",
            "Márton",
            "Szabolcs",
            "Tibor",
            "Zoltán",
            "Ferenc",
            "Attila",
            "Dániel",
        ],
        [
            "Anikó",
            "Boglárka",
            "Edit",
            "Gabriella",
            "Ildikó",
            "Katalin",
            "Krisztina",
            "Réka",
            "Zsuzsanna",
            "Erzsébet",
            "Eszter",
            "Piroska",
        ],
        [
            "Balogh",
            "Bíró",
            "Fekete",
            "Halász",
            "Juhász",
            "Kiss",
            "Lakatos",
            "Mészáros",
            "Oláh",
            "Pap",
            "Szilágyi",
            "Takács",
            "Vadász",
            "Vörös",
            "Dobos",
            "Gulyás",
        ],
    ),
    "ro": (
        [
            "Adrian",
            "Bogdan",
            "Cătălin",
            "Dorin",
            "Florin",
            "Ionuț",
            "Marius",
            "Radu",
            "Sorin",
            "Vlad",
            "Ovidiu",
            "Tudor",
        ],
        [
            "Alina",
            "Bianca",
            "Corina",
            "Daniela",
            "Ioana",
            "Loredana",
            "Mihaela",
            "Oana",
            "Raluca",
            "Simona",
            "Roxana",
            "Teodora",
        ],
        [
            "Bălan",
            "Ciobanu",
            "Dumitrescu",
            "Florea",
            "Georgescu",
            "Moldovan",
            "Mureșan",
            "Pop",
            "Rusu",
            "Sârbu",
            "Toma",
            "Ungureanu",
            "Crișan",
            "Oprea",
        ],
    ),
    "tr": (
        ["Burak", "Cem", "Emre", "Hakan", "Kaan", "Mert", "Onur", "Serkan", "Tolga", "Uğur", "Volkan", "Yusuf"],
        ["Ayşe", "Büşra", "Derya", "Elif", "Gizem", "Hülya", "Merve", "Özlem", "Sevgi", "Tuğba", "Zeynep", "Nurcan"],
        [
            "Aydın",
            "Çelik",
            "Doğan",
            "Erdem",
            "Güneş",
            "Karaca",
            "Kılıç",
            "Öztürk",
            "Polat",
            "Şahin",
            "Yavuz",
            "Korkmaz",
            "Tekin",
            "Uysal",
        ],
    ),
    "br": (
        [
            "João",
            "Antônio",
            "Francisco",
            "Carlos",
            "Raimundo",
            "José Carlos",
            "Sebastião",
            "Luiz",
            "Edvaldo",
            "Wellington",
            "Cícero",
            "Gilberto",
        ],
        [
            "Maria Aparecida",
            "Francisca",
            "Antônia",
            "Raimunda",
            "Terezinha",
            "Maria José",
            "Luzia",
            "Marlene",
            "Neide",
            "Rosângela",
            "Ivonete",
            "Lúcia",
        ],
        [
            "da Silva",
            "dos Santos",
            "Oliveira",
            "de Souza",
            "Pereira",
            "Ferreira",
            "Alves",
            "Rodrigues",
            "Gomes",
            "Ribeiro",
            "de Jesus",
            "Nascimento",
            "Barbosa",
            "Cavalcanti",
            "Moura",
            "Araújo",
        ],
    ),
}


def person(g: Gen, origins: dict[str, float] | str, female: bool | None = None) -> tuple[str, str]:
    """(given, family) of one person drawn from ``origins`` (origin -> weight) or one origin."""
    female = g.rnd.random() < 0.5 if female is None else female
    if isinstance(origins, dict):
        origin = g.rnd.choices(list(origins), list(origins.values()))[0]
    else:
        origin = origins
    males, females, lasts = NAMES[origin]
    return g.rnd.choice(females if female else males), g.rnd.choice(lasts)


#: who the customers are, by country
US = {"anglo": 5, "hispanic": 2.5, "black_us": 2, "south_asian": 0.7, "east_asian": 0.8, "polish": 0.5}
UK = {"anglo": 6, "south_asian": 2, "west_african": 1, "polish": 1, "east_asian": 0.6}
CA = {"anglo": 4, "south_asian": 2, "east_asian": 1.5, "quebec": 1, "filipino": 0.8}
AU = {"anglo": 6, "greek_italian": 1.5, "east_asian": 1.5, "south_asian": 1}


def whole(g: Gen, origins: dict[str, float] | str) -> str:
    a, b = person(g, origins)
    return f"{a} {b}"


def given(g: Gen, origins: dict[str, float] | str) -> str:
    return person(g, origins)[0]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "x", plain(last) or "y"
    local = g.rnd.choice(
        [
            f"{a}.{b}",
            f"{a[0]}{b}",
            f"{a}{g.rnd.randint(1, 99)}",
            f"{b}.{a[0]}",
            f"{a}_{b}",
            f"{a}{b[0]}{g.rnd.randint(70, 99)}",
            f"{b}{a[:3]}",
            f"{a}.{b}{g.rnd.randint(1, 9)}",
        ]
    )
    return f"{local}@{g.rnd.choice(domains)}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first) or "x", plain(last) or "y"
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a}{b[:3]}"][style % 5]


MAIL_US = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "att.net", "comcast.net"]
MAIL_UK = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com", "btinternet.com", "sky.com"]
MAIL_CA = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.ca", "rogers.com", "sympatico.ca", "shaw.ca"]
MAIL_AU = ["gmail.com", "bigpond.com", "outlook.com", "hotmail.com", "icloud.com", "optusnet.com.au"]
MAIL_HU = ["gmail.com", "freemail.hu", "citromail.hu", "t-online.hu", "outlook.hu"]
MAIL_RO = ["gmail.com", "yahoo.com", "yahoo.ro", "hotmail.com"]
MAIL_BR = ["gmail.com", "hotmail.com", "yahoo.com.br", "bol.com.br", "uol.com.br", "outlook.com"]
MAIL_TR = ["gmail.com", "hotmail.com", "yandex.com", "outlook.com", "icloud.com"]


# -- places (written for v60) ------------------------------------------------------------------------------------------

#: (US town, state, ZIP lead): Florida, Texas, Ohio, Oregon
US_TOWNS: list[tuple[str, str, str]] = [
    ("Tampa", "FL", "336"),
    ("Orlando", "FL", "328"),
    ("Jacksonville", "FL", "322"),
    ("Lakeland", "FL", "338"),
    ("Ocala", "FL", "344"),
    ("Austin", "TX", "787"),
    ("San Marcos", "TX", "786"),
    ("Waco", "TX", "767"),
    ("Columbus", "OH", "432"),
    ("Dayton", "OH", "454"),
    ("Salem", "OR", "973"),
    ("Beaverton", "OR", "970"),
    ("Gresham", "OR", "970"),
    ("Medford", "OR", "975"),
    ("Bend", "OR", "977"),
]
US_STREETS = [
    "Palmetto Ave",
    "Cypress Bend Dr",
    "Live Oak Ln",
    "Pelican Way",
    "Sandhill Crane Ct",
    "Bluebonnet Trl",
    "Mesquite St",
    "Ranch Road 12",
    "Buckeye Pkwy",
    "Olentangy River Rd",
    "Mt Hood Ave",
    "Filbert St",
    "SE Stark St",
    "Willamette Ln",
    "Manatee Ave W",
    "Gulf Blvd",
    "Shady Grove Rd",
    "Hickory Hollow Ln",
]

#: (UK town, postcode outward codes)
UK_TOWNS: list[tuple[str, list[str]]] = [
    ("Leeds", ["LS6", "LS8", "LS11", "LS17"]),
    ("Bradford", ["BD3", "BD7", "BD9"]),
    ("Sheffield", ["S2", "S7", "S11"]),
    ("Nottingham", ["NG3", "NG5", "NG7"]),
    ("Leicester", ["LE2", "LE4", "LE5"]),
    ("Croydon", ["CR0", "CR7"]),
    ("Luton", ["LU1", "LU2", "LU4"]),
    ("Cardiff", ["CF5", "CF11", "CF24"]),
    ("Bristol", ["BS3", "BS5", "BS16"]),
    ("Peterborough", ["PE1", "PE2"]),
    ("Wolverhampton", ["WV2", "WV4", "WV10"]),
    ("London", ["E7", "N17", "SE15", "SW17", "E17", "NW10"]),
]
UK_STREETS = [
    "Harehills Lane",
    "Kirkstall Road",
    "Ecclesall Road",
    "Mansfield Road",
    "Narborough Road",
    "London Road",
    "Dunstable Road",
    "Cowbridge Road East",
    "Gloucester Road",
    "Lincoln Road",
    "Dudley Road",
    "High Street",
    "Station Road",
    "Church Lane",
    "Victoria Terrace",
    "Meadow Close",
]

#: (Canadian town, province, forward sortation areas)
CA_TOWNS: list[tuple[str, str, list[str]]] = [
    ("Brampton", "ON", ["L6P", "L6R", "L6S", "L6Y"]),
    ("Mississauga", "ON", ["L5A", "L5B", "L5M", "L4Z"]),
    ("Oakville", "ON", ["L6H", "L6J", "L6M"]),
    ("Hamilton", "ON", ["L8L", "L8P", "L9C"]),
    ("Barrie", "ON", ["L4M", "L4N"]),
    ("Kitchener", "ON", ["N2A", "N2E", "N2M"]),
    ("Ottawa", "ON", ["K1S", "K2G"]),
    ("Markham", "ON", ["L3P", "L3R", "L6C"]),
]
CA_STREETS = [
    "Queen Street East",
    "Bovaird Drive",
    "Hurontario Street",
    "Lakeshore Road West",
    "Upper James Street",
    "Bayfield Street",
    "King Street West",
    "Bank Street",
    "Highway 7",
    "Sandalwood Parkway",
    "Steeles Avenue",
]

#: (Australian suburb, state, postcode)
AU_SUBURBS: list[tuple[str, str, str]] = [
    ("Geelong West", "VIC", "3218"),
    ("Belmont", "VIC", "3216"),
    ("Ballarat Central", "VIC", "3350"),
    ("Bendigo", "VIC", "3550"),
    ("Werribee", "VIC", "3030"),
    ("Frankston", "VIC", "3199"),
    ("Wollongong", "NSW", "2500"),
    ("Albury", "NSW", "2640"),
    ("Wagga Wagga", "NSW", "2650"),
    ("Toowoomba City", "QLD", "4350"),
    ("Mackay", "QLD", "4740"),
]
AU_STREETS = [
    "Pakington St",
    "Ryrie St",
    "Sturt St",
    "Mitchell St",
    "Watton St",
    "Nepean Hwy",
    "Crown St",
    "Dean St",
    "Baylis St",
    "Ruthven St",
    "Victoria St",
    "Wattle Ct",
    "Banksia Cres",
    "Koala Pl",
]

#: (Hungarian town, postcode lead, county)
HU_TOWNS: list[tuple[str, str, str]] = [
    ("Debrecen", "40", "Hajdú-Bihar"),
    ("Hajdúböszörmény", "42", "Hajdú-Bihar"),
    ("Hajdúszoboszló", "42", "Hajdú-Bihar"),
    ("Nyíregyháza", "44", "Szabolcs-Szatmár-Bereg"),
    ("Balmazújváros", "40", "Hajdú-Bihar"),
    ("Berettyóújfalu", "41", "Hajdú-Bihar"),
    ("Püspökladány", "41", "Hajdú-Bihar"),
    ("Nagykálló", "43", "Szabolcs-Szatmár-Bereg"),
]
HU_STREETS = [
    "Piac utca",
    "Kossuth Lajos utca",
    "Petőfi tér",
    "Böszörményi út",
    "Nagyerdei körút",
    "Bethlen utca",
    "Füredi út",
    "Szoboszlói út",
    "Rákóczi utca",
    "Dózsa György utca",
    "Arany János utca",
    "Vasút utca",
]

#: (Romanian town, county, county code of the CNP, postcode lead)
RO_TOWNS: list[tuple[str, str, str, str]] = [
    ("Cluj-Napoca", "Cluj", "12", "400"),
    ("Turda", "Cluj", "12", "401"),
    ("Florești", "Cluj", "12", "407"),
    ("Bistrița", "Bistrița-Năsăud", "06", "420"),
    ("Zalău", "Sălaj", "31", "450"),
    ("Alba Iulia", "Alba", "01", "510"),
    ("Târgu Mureș", "Mureș", "26", "540"),
    ("Oradea", "Bihor", "05", "410"),
    ("Dej", "Cluj", "12", "405"),
]
RO_STREETS = [
    "Strada Memorandumului",
    "Calea Dorobanților",
    "Strada Observatorului",
    "Bulevardul 21 Decembrie 1989",
    "Strada Fabricii",
    "Calea Florești",
    "Strada Horea",
    "Strada Republicii",
    "Aleea Băișoara",
    "Strada Mihai Viteazu",
    "Strada Avram Iancu",
]

#: (Indonesian village, regency, NIK region code, postcode)
ID_VILLAGES: list[tuple[str, str, str, str]] = [
    ("Karangrejo", "Kab. Klaten", "3310", "57438"),
    ("Jetis", "Kab. Klaten", "3310", "57411"),
    ("Wedi", "Kab. Klaten", "3310", "57461"),
    ("Ngemplak", "Kab. Boyolali", "3309", "57375"),
    ("Banyudono", "Kab. Boyolali", "3309", "57373"),
    ("Kartasura", "Kab. Sukoharjo", "3311", "57169"),
    ("Grogol", "Kab. Sukoharjo", "3311", "57552"),
    ("Sumberejo", "Kab. Wonogiri", "3312", "57612"),
    ("Jaten", "Kab. Karanganyar", "3313", "57731"),
    ("Sokaraja", "Kab. Banyumas", "3302", "53181"),
]
ID_MALE = [
    "Sutrisno",
    "Bambang",
    "Slamet",
    "Joko",
    "Agus",
    "Wahyu",
    "Budi",
    "Suparman",
    "Heru",
    "Teguh",
    "Darmanto",
    "Rahmat",
    "Eko",
    "Puji",
]
ID_FEMALE = [
    "Siti",
    "Sri",
    "Suparni",
    "Wartini",
    "Endang",
    "Sumiyati",
    "Rukmini",
    "Tri",
    "Dwi",
    "Lestari",
    "Ngatini",
    "Sulastri",
    "Yuliani",
    "Murtini",
    "Parni",
    "Wulan",
]
ID_SECOND = [
    "Aminah",
    "Rahayu",
    "Wahyuni",
    "Handayani",
    "Susanti",
    "Lestari",
    "Purwanti",
    "Setyowati",
    "Widodo",
    "Santoso",
    "Prasetyo",
    "Nugroho",
    "Hidayat",
    "Saputra",
    "Kurniawan",
    "Wibowo",
]
ID_STREETS = [
    "Jl. Raya Solo-Yogya",
    "Jl. Pemuda",
    "Jl. Merapi",
    "Jl. Kenanga",
    "Jl. Melati",
    "Dusun Krajan",
    "Dukuh Ngasem",
    "Jl. Veteran",
    "Jl. Pramuka",
    "Dusun Sidomulyo",
]


def id_name(g: Gen, female: bool | None = None) -> str:
    """An Indonesian name as the KTP prints it: one name or two (no family name), sometimes upper case."""
    female = g.rnd.random() < 0.6 if female is None else female
    first = g.rnd.choice(ID_FEMALE if female else ID_MALE)
    second = g.rnd.choice(ID_SECOND)
    name = first if g.rnd.random() < 0.35 else f"{first} {second}"
    return name.upper() if g.rnd.random() < 0.3 else name


VN_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Võ", "Phan", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương"]
VN_MIDDLE_M = ["Văn", "Hữu", "Minh", "Quốc", "Thanh", "Đức", "Công"]
VN_MIDDLE_F = ["Thị", "Ngọc", "Thu", "Kim", "Thanh", "Mỹ", "Bích"]
VN_GIVEN_M = ["Phúc", "Tài", "Hùng", "Dũng", "Khoa", "Tuấn", "Lộc", "Nhân", "Tín", "Vinh", "Sang", "Hải"]
VN_GIVEN_F = ["Hằng", "Trinh", "Nhung", "Hạnh", "Thảo", "Yến", "Linh", "Phượng", "Tuyết", "Diễm", "Ngân", "Loan"]
#: (district, province-level city, CCCD province code)
VN_PLACES: list[tuple[str, str, str]] = [
    ("Quận Gò Vấp", "TP. Hồ Chí Minh", "079"),
    ("Quận Bình Thạnh", "TP. Hồ Chí Minh", "079"),
    ("Quận 8", "TP. Hồ Chí Minh", "079"),
    ("Quận Tân Phú", "TP. Hồ Chí Minh", "079"),
    ("TP. Thủ Đức", "TP. Hồ Chí Minh", "079"),
    ("TP. Dĩ An", "Bình Dương", "074"),
    ("TP. Thuận An", "Bình Dương", "074"),
    ("TP. Biên Hòa", "Đồng Nai", "075"),
]
VN_ORIGIN = ["052", "054", "080", "082", "084", "086", "087", "089", "092", "094", "096"]
VN_STREETS = [
    "Nguyễn Oanh",
    "Phan Văn Trị",
    "Quang Trung",
    "Xô Viết Nghệ Tĩnh",
    "Phạm Thế Hiển",
    "Lũy Bán Bích",
    "Võ Văn Ngân",
    "Đường số 7",
    "Lê Văn Việt",
    "Hẻm 284 Lê Văn Sỹ",
]


def vn_name(g: Gen, female: bool | None = None) -> str:
    female = g.rnd.random() < 0.5 if female is None else female
    mid = g.rnd.choice(VN_MIDDLE_F if female else VN_MIDDLE_M)
    giv = g.rnd.choice(VN_GIVEN_F if female else VN_GIVEN_M)
    return f"{g.rnd.choice(VN_FAMILY)} {mid} {giv}"


#: (Brazilian town, UF, CEP lead)
BR_TOWNS: list[tuple[str, str, str]] = [
    ("Recife", "PE", "50"),
    ("Jaboatão dos Guararapes", "PE", "54"),
    ("Olinda", "PE", "53"),
    ("Caruaru", "PE", "55"),
    ("João Pessoa", "PB", "58"),
    ("Campina Grande", "PB", "58"),
    ("Maceió", "AL", "57"),
    ("Natal", "RN", "59"),
    ("Petrolina", "PE", "56"),
]
BR_STREETS = [
    "Rua da Aurora",
    "Avenida Conde da Boa Vista",
    "Rua do Futuro",
    "Travessa São José",
    "Rua Padre Cícero",
    "Avenida Norte",
    "Rua Dom Bosco",
    "Rua Projetada 4",
    "Avenida Epitácio Pessoa",
    "Rua Manoel Borba",
]

#: (Turkish district, province, postcode lead)
TR_DISTRICTS: list[tuple[str, str, str]] = [
    ("Nilüfer", "Bursa", "161"),
    ("Osmangazi", "Bursa", "162"),
    ("Yıldırım", "Bursa", "163"),
    ("İnegöl", "Bursa", "164"),
    ("İzmit", "Kocaeli", "411"),
    ("Gebze", "Kocaeli", "414"),
    ("Odunpazarı", "Eskişehir", "260"),
    ("Adapazarı", "Sakarya", "540"),
]
TR_STREETS = [
    "Atatürk Caddesi",
    "Cumhuriyet Mahallesi 12. Sokak",
    "İstiklal Caddesi",
    "Fatih Sultan Mehmet Bulvarı",
    "Gazi Caddesi",
    "Yeşilyurt Mahallesi Lale Sokak",
    "Esentepe Mahallesi 1453. Sokak",
    "Namık Kemal Caddesi",
]
TR_CITIES_BIRTH = ["Bursa", "Erzurum", "Sivas", "Kars", "Trabzon", "Konya", "Balıkesir", "Kütahya", "Bitlis", "Ordu"]


def us_place(g: Gen) -> tuple[str, str, str]:
    return g.rnd.choice(US_TOWNS)


def us_zip(g: Gen, lead: str, plus4: float = 0.0) -> str:
    z = lead + g.digits(2)
    return f"{z}-{g.digits(4)}" if g.rnd.random() < plus4 else z


def us_street(g: Gen) -> str:
    n = g.rnd.randint(10, 24999)
    s = g.rnd.choice(US_STREETS)
    return g.rnd.choice(
        [
            f"{n} {s}",
            f"{n} {s}",
            f"{n} {s} Apt {g.rnd.randint(1, 40)}",
            f"{n} {s} Lot {g.rnd.randint(1, 120)}",
            f"{n} {s} #{g.rnd.randint(100, 399)}",
        ]
    )


def uk_postcode(g: Gen, outward: str) -> str:
    return f"{outward} {g.rnd.randint(1, 9)}{g.digits(2, 'ABDEFGHJLNPQRSTUWXYZ')}"


def uk_street(g: Gen) -> str:
    n = g.rnd.randint(1, 240)
    s = g.rnd.choice(UK_STREETS)
    return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"Flat {g.rnd.randint(1, 24)}, {n} {s}", f"{n}a {s}"])


def ca_postal(g: Gen, fsa: str) -> str:
    letters = "ABCEGHJKLMNPRSTVWXYZ"
    return f"{fsa} {g.rnd.randint(0, 9)}{g.rnd.choice(letters)}{g.rnd.randint(0, 9)}"


def ca_street(g: Gen) -> str:
    n = g.rnd.randint(2, 9800)
    s = g.rnd.choice(CA_STREETS)
    return g.rnd.choice([f"{n} {s}", f"{g.rnd.randint(101, 2405)}-{n} {s}", f"{n} {s} Unit {g.rnd.randint(1, 60)}"])


def au_street(g: Gen) -> str:
    n = g.rnd.randint(1, 320)
    s = g.rnd.choice(AU_STREETS)
    return g.rnd.choice([f"{n} {s}", f"{g.rnd.randint(1, 12)}/{n} {s}", f"{n} {s}"])


def hu_street(g: Gen) -> str:
    n = g.rnd.randint(1, 140)
    return g.rnd.choice(
        [
            f"{g.rnd.choice(HU_STREETS)} {n}.",
            (f"{g.rnd.choice(HU_STREETS)} {n}. {g.rnd.randint(1, 10)}/{g.rnd.randint(1, 40)}"),
            f"{g.rnd.choice(HU_STREETS)} {n}/{g.rnd.choice('ABC')}",
        ]
    )


def ro_street(g: Gen) -> str:
    n = g.rnd.randint(1, 210)
    s = g.rnd.choice(RO_STREETS)
    return g.rnd.choice(
        [
            f"{s} nr. {n}",
            (f"{s} nr. {n}, bl. {g.code('A9')}, sc. {g.rnd.randint(1, 4)}, ap. {g.rnd.randint(1, 80)}"),
            f"{s} {n}",
        ]
    )


def id_street(g: Gen) -> str:
    return f"{g.rnd.choice(ID_STREETS)} RT {g.rnd.randint(1, 9):03d}/RW {g.rnd.randint(1, 12):03d}" + g.rnd.choice(
        ["", f" No. {g.rnd.randint(1, 99)}"]
    )


def vn_street(g: Gen, district: str, city: str) -> str:
    return (
        f"{g.rnd.randint(1, 480)}{g.rnd.choice(['', '/12', '/3A', 'B'])} {g.rnd.choice(VN_STREETS)}, "
        f"Phường {g.rnd.randint(1, 17)}, {district}, {city}"
    )


def br_street(g: Gen) -> str:
    return f"{g.rnd.choice(BR_STREETS)}, {g.rnd.randint(1, 2400)}" + g.rnd.choice(
        ["", "", f", apto {g.rnd.randint(101, 1204)}", ", casa B", f", bloco {g.rnd.choice('ABCD')}"]
    )


def br_cep(g: Gen, lead: str) -> str:
    return f"{lead}{g.digits(3)}-{g.digits(3)}"


def tr_street(g: Gen) -> str:
    return f"{g.rnd.choice(TR_STREETS)} No:{g.rnd.randint(1, 120)}" + g.rnd.choice(
        ["", f" D:{g.rnd.randint(1, 24)}", f" Kat:{g.rnd.randint(1, 9)} D:{g.rnd.randint(1, 30)}"]
    )


# -- identifiers with check digits (python-stdnum, or the published rule written out here) -----------------------------


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa, Mastercard or Discover prefix."""
    prefix, length = g.rnd.choice([("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("6011", 16)])
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


#: BBAN layouts (9 a digit, A a letter, Z either); python-stdnum checks the result
BBAN = {
    "GB": "AAAA99999999999999",
    "HU": "999999999999999999999999",
    "RO": "AAAAZZZZZZZZZZZZZZZZ",
    "TR": "999990ZZZZZZZZZZZZZZZZ",
    "PK": "AAAA9999999999999999",
    "BR": "99999999999999999999999AZ",
}
BANKS = {
    "RO": ["BTRL", "RNCB", "BRDE", "INGB", "RZBR"],
    "PK": ["HABB", "MUCB", "UNIL", "MEZN", "ALFH"],
    "GB": ["MONZ", "NWBK", "BARC", "LOYD", "HBUK"],
}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, national checks retried, python-stdnum checks it)."""

    def make() -> str:
        bban = g.code(BBAN[country])
        if country in BANKS:
            bban = g.rnd.choice(BANKS[country]) + bban[4:]
        if country == "HU":
            bban = g.rnd.choice(["117", "107", "116", "104", "120"]) + bban[3:]
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4)) if spaced else number


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}"

    number = g.valid(make, _ssn.is_valid)
    return number if dashed else number.replace("-", "")


def aba_routing(g: Gen) -> str:
    """An ABA routing number (Federal Reserve district prefix, 3-7-1 check digit by python-stdnum)."""
    body = g.rnd.choice(["0630", "1130", "1230", "0440", "3231", "2670"]) + g.digits(4)
    number = body + _rtn.calc_check_digit(body)
    assert _rtn.is_valid(number)
    return number


def ein(g: Gen) -> str:
    return g.valid(lambda: f"{g.rnd.choice(['59', '65', '74', '31', '93', '46', '82'])}-{g.digits(7)}", _ein.is_valid)


def ca_sin(g: Gen) -> str:
    body = str(g.rnd.choice([1, 2, 4, 5, 6, 7])) + g.digits(7)
    number = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(number)
    return f"{number[:3]} {number[3:6]} {number[6:]}" if g.rnd.random() < 0.6 else number


def au_tfn(g: Gen) -> str:
    number = g.valid(lambda: g.digits(9), _tfn.is_valid)
    return f"{number[:3]} {number[3:6]} {number[6:]}" if g.rnd.random() < 0.5 else number


def au_abn(g: Gen) -> str:
    body = g.rnd.choice("123456789") + g.digits(8)
    number = _abn.calc_check_digits(body) + body
    assert _abn.is_valid(number)
    return f"{number[:2]} {number[2:5]} {number[5:8]} {number[8:]}"


def uk_licence(last: str, first: str, born: date, female: bool, g: Gen) -> str:
    """A DVLA driving-licence number: the family name's first five letters (padded with 9), the decade, the month
    (+50 for women), the day, the year's last digit, two initials, a digit and two letters."""
    letters = [ch for ch in plain(last).upper() if ch.isalpha()]
    surname = ("".join(letters[:5]) + "99999")[:5]
    month = born.month + (50 if female else 0)
    middle = f"{str(born.year)[2]}{month:02d}{born.day:02d}{str(born.year)[3]}"
    initials = (plain(first).upper()[:1] or "X") + "9"
    return f"{surname}{middle}{initials}{g.rnd.randint(0, 9)}{g.code('AA')}"


def uk_nino(g: Gen) -> str:
    """A UK National Insurance number (HMRC's prefix and suffix rules; no check digit)."""
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        prefix = g.rnd.choice(first) + g.rnd.choice(second)
        if prefix not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    number = f"{prefix}{g.digits(6)}{g.rnd.choice('ABCD')}"
    return f"{number[:2]} {number[2:4]} {number[4:6]} {number[6:8]} {number[8]}" if g.rnd.random() < 0.4 else number


def hu_tax_id(g: Gen, born: date) -> str:
    """A Hungarian adóazonosító jel: 8, the days from 1867-01-01 to the birth date (5 digits), three digits and a check
    digit: the sum of the first nine digits weighted 1 to 9, modulo 11 (10 is never issued)."""
    days = (born - date(1867, 1, 1)).days

    def make() -> str:
        return f"8{days:05d}{g.digits(3)}"

    body = g.valid(make, lambda b: sum(int(d) * (i + 1) for i, d in enumerate(b)) % 11 != 10)
    return body + str(sum(int(d) * (i + 1) for i, d in enumerate(body)) % 11)


def hu_tax_ok(number: str, born: date | None = None) -> bool:
    d = "".join(ch for ch in number if ch.isdigit())
    if len(d) != 10 or d[0] != "8":
        return False
    if born is not None and (date(1867, 1, 1) + timedelta(days=int(d[1:6]))) != born:
        return False
    return sum(int(x) * (i + 1) for i, x in enumerate(d[:9])) % 11 == int(d[9])


def ro_cnp(g: Gen, born: date, female: bool, county: str) -> str:
    """A Romanian CNP encoding the sex and century, the birth date and the county (check digit: python-stdnum)."""
    sex = (2 if female else 1) if born.year < 2000 else (6 if female else 5)
    body = f"{sex}{born.strftime('%y%m%d')}{county}{g.rnd.randint(1, 999):03d}"
    number = body + _cnp.calc_check_digit(body)
    assert _cnp.is_valid(number)
    return number


def ro_cui(g: Gen) -> str:
    def make() -> str:
        body = g.rnd.choice("123456789") + g.digits(g.rnd.choice([6, 7]))
        return body + _cui.calc_check_digit(body)

    number = g.valid(make, _cui.is_valid)
    return ("RO" + number) if g.rnd.random() < 0.4 else number


def id_nik(g: Gen, born: date, female: bool, region: str) -> str:
    """An Indonesian NIK: region and district, the birth date (day + 40 for women), a serial (python-stdnum checks
    the date and the region)."""
    day = born.day + (40 if female else 0)
    number = (
        f"{region}{g.rnd.randint(1, 20):02d}{day:02d}{born.month:02d}{born.year % 100:02d}{g.rnd.randint(1, 2999):04d}"
    )
    assert _nik.is_valid(number), number
    return number


def id_npwp(g: Gen) -> str:
    """An old-format (15-digit) NPWP with its Luhn digit at the ninth place, formatted ``99.999.999.9-999.999``."""
    body = g.rnd.choice(
        ["07", "08", "09", "15", "24", "35", "44", "49", "58", "66", "71", "78", "81", "98"]
    ) + g.digits(6)
    number = body + luhn.calc_check_digit(body) + g.rnd.choice(["526", "525", "524", "532", "527"]) + "000"
    assert _npwp.is_valid(number)
    return f"{number[:2]}.{number[2:5]}.{number[5:8]}.{number[8]}-{number[9:12]}.{number[12:]}"


def vn_cccd(g: Gen, born: date, female: bool, province: str) -> str:
    """A Vietnamese CCCD (no check digit): the province of birth registration, century and sex, the year's last two
    digits and six digits."""
    century = (1 if female else 0) if born.year < 2000 else (3 if female else 2)
    return f"{province}{century}{born.year % 100:02d}{g.digits(6)}"


def br_cpf(g: Gen, formatted: bool = True) -> str:
    number = g.valid(lambda: g.digits(11), _cpf.is_valid)
    return _cpf.format(number) if formatted else number


def br_cnpj(g: Gen) -> str:
    body = g.digits(8) + "0001"
    number = body + _cnpj.calc_check_digits(body)
    assert _cnpj.is_valid(number)
    return _cnpj.format(number)


def br_pis_ok(number: str) -> bool:
    d = "".join(ch for ch in number if ch.isdigit())
    if len(d) != 11:
        return False
    total = sum(int(x) * w for x, w in zip(d[:10], [3, 2, 9, 8, 7, 6, 5, 4, 3, 2]))
    check = 11 - total % 11
    return (0 if check >= 10 else check) == int(d[10])


def br_pis(g: Gen) -> str:
    """A PIS/PASEP/NIS number: ten digits and a modulo-11 check digit (weights 3, 2, 9 ... 2)."""
    body = g.rnd.choice(["1", "2"]) + g.digits(9)
    total = sum(int(x) * w for x, w in zip(body, [3, 2, 9, 8, 7, 6, 5, 4, 3, 2]))
    check = 11 - total % 11
    number = body + str(0 if check >= 10 else check)
    assert br_pis_ok(number)
    return f"{number[:3]}.{number[3:8]}.{number[8:10]}-{number[10]}" if g.rnd.random() < 0.6 else number


def tr_tckn(g: Gen) -> str:
    body = g.rnd.choice("123456789") + g.digits(8)
    number = body + _tck.calc_check_digits(body)
    assert _tck.is_valid(number)
    return number


def tr_vkn(g: Gen) -> str:
    """A Turkish tax number (VKN) of a company (check digit: python-stdnum)."""
    body = g.digits(9)
    number = body + _vkn.calc_check_digit(body)
    assert _vkn.is_valid(number)
    return number


def bic(g: Gen, country: str) -> str:
    """A BIC of ``country`` (invented institution codes; python-stdnum checks the format and the country)."""
    number = g.code("AAAA") + country + g.code("ZZ") + g.rnd.choice(["", "", "XXX", g.code("ZZZ")])
    if not _bic.is_valid(number):
        return bic(g, country)
    return number


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)


# -- businesses and decoys (written for v60) ---------------------------------------------------------------------------

US_EMPLOYERS = [
    "Publix Super Markets",
    "Tampa General Hospital",
    "Hillsborough County Schools",
    "Lockheed Martin",
    "H-E-B",
    "Dell Technologies",
    "Nationwide",
    "Intel",
    "Nike",
    "Providence Health",
    "self-employed",
    "Walmart",
    "Amazon Fulfillment",
    "USPS",
    "Kroger",
    "Raymond James",
    "Sutcliffe Roofing LLC",
]
CA_EMPLOYERS = [
    "Loblaw Companies",
    "Peel District School Board",
    "Magna International",
    "Canada Post",
    "Rogers",
    "Trillium Health Partners",
    "Metrolinx",
    "TD Bank Group",
    "self-employed",
    "Amazon Canada",
    "Gill Trucking Inc.",
    "City of Brampton",
]
PRODUCTS = [
    "Platinum Rewards Visa",
    "Everyday Checking",
    "Share Savings",
    "Holiday Club",
    "Auto Loan 60m",
    "Signature Loan",
    "HELOC Variable",
    "Youth Saver",
    "Kids First Account",
    "Fixed Term Deposit 12m",
]


def office_phone_us(g: Gen) -> str:
    """A company's main line in the fictional 555-01xx range."""
    return f"({g.rnd.choice(['813', '407', '512', '614', '503'])}) 555-01{g.rnd.randint(0, 99):02d}"


def sha1(g: Gen) -> str:
    return hashlib.sha1(str(g.rnd.random()).encode(), usedforsecurity=False).hexdigest()
