"""Values of held-out set v144 (:mod:`benchmarks.classification.heldout_v144`): v144's random source, and names,
streets, towns, insurers' vocabulary and free-text snippets written by hand for v144's motor, home, travel and life
insurance systems (no Faker, no list of real people, no breach data), phones checked with phonenumbers and
identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers follow v98's; the lists below are new.
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
from stdnum.cz import bankaccount as _czacct
from stdnum.cz import rc as _rc
from stdnum.de import idnr as _idnr
from stdnum.es import ccc as _ccc
from stdnum.es import cif as _cif
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.ie import pps as _pps
from stdnum.it import codicefiscale as _cf
from stdnum.jp import in_ as _mynumber
from stdnum.my import nric as _nric
from stdnum.nl import bsn as _bsn
from stdnum.se import personnummer as _pnr
from stdnum.us import rtn as _rtn
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _zaid

from benchmarks.classification.heldout_v2 import Column

SEED = 144_903_2026
N = "none"
#: a login or a domestic bank account (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v144's systems (tests skip them)
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
    "UNK",
    "?",
    "nil",
    "NIL",
    "not provided",
    "TBC",
    "k.A.",
    "keine",
    "unbekannt",
    "sin datos",
    "ninguna",
    "nessuna",
    "n.d.",
    "geen",
    "onbekend",
    "nevyplněno",
    "žádná",
    "saknas",
    "ingen",
    "なし",
    "不明",
    "特になし",
    "N.A.",
    "NONE",
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v144:{SEED}:{table}")

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
        first = self.rnd.choice([31, 41, 46, 62, 78, 84, 89, 102, 105, 109, 151, 176, 185, 197, 212])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2a00", "2a01", "2a02", "2001", "2c0f", "2406"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.25) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        keep = max(len(nsn) - 7, 2)

        def make() -> str:
            if region in AREAS:
                return self.rnd.choice(AREAS[region]) + str(self.rnd.randint(2, 9)) + self.digits(6)
            if region in LOCAL:
                prefix, length = self.rnd.choice(LOCAL[region][mobile])
                return prefix + self.digits(length - len(prefix))
            return nsn[:keep] + self.digits(len(nsn) - keep)

        either = phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE

        def ok(candidate: str) -> bool:
            number = phonenumbers.parse(f"+{example.country_code}{candidate}")
            return (
                phonenumbers.is_valid_number(number)
                and phonenumbers.region_code_for_number(number) == region
                and phonenumbers.number_type(number) in (kind, either)
            )

        number = phonenumbers.parse(f"+{example.country_code}{self.valid(make, ok)}")
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


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


#: area codes of the North American tables (Connecticut, Alberta)
AREAS = {"US": ["860", "959", "203", "475"], "CA": ["403", "587", "780", "825", "368"]}
#: region -> mobile? -> (prefix of the national significant number, its length): mobile ranges of the country and
#: landlines of the table's own area (Cork, Inverness, Nairobi, Adelaide, Kuala Lumpur, Pretoria, Hanover, Zaragoza,
#: Verona, Zwolle, Ostrava, Uppsala, Sendai)
LOCAL: dict[str, dict[bool, list[tuple[str, int]]]] = {
    "IE": {True: [("83", 9), ("85", 9), ("86", 9), ("87", 9), ("89", 9)], False: [("21", 9), ("22", 8)]},
    "GB": {
        True: [("77", 10), ("78", 10), ("79", 10), ("74", 10), ("75", 10)],
        False: [("1463", 10), ("1349", 10), ("1397", 10), ("1479", 10)],
    },
    "KE": {True: [("70", 9), ("71", 9), ("72", 9), ("74", 9), ("79", 9), ("11", 9)], False: [("20", 9)]},
    "AU": {
        True: [("40", 9), ("41", 9), ("42", 9), ("43", 9), ("44", 9), ("45", 9), ("47", 9), ("48", 9)],
        False: [("882", 9), ("883", 9), ("884", 9)],
    },
    "MY": {True: [("12", 9), ("13", 9), ("16", 9), ("17", 9), ("19", 9), ("11", 10)], False: [("3", 9)]},
    "ZA": {
        True: [
            ("60", 9),
            ("61", 9),
            ("62", 9),
            ("71", 9),
            ("72", 9),
            ("73", 9),
            ("76", 9),
            ("82", 9),
            ("83", 9),
            ("84", 9),
        ],
        False: [("12", 9), ("11", 9)],
    },
    "DE": {
        True: [
            ("151", 11),
            ("152", 11),
            ("157", 11),
            ("160", 10),
            ("170", 10),
            ("171", 10),
            ("172", 10),
            ("176", 11),
            ("177", 11),
            ("179", 11),
        ],
        False: [("511", 10), ("5121", 10), ("5141", 10)],
    },
    "ES": {True: [("6", 9), ("71", 9), ("72", 9)], False: [("976", 9), ("974", 9)]},
    "IT": {
        True: [
            ("320", 10),
            ("328", 10),
            ("331", 10),
            ("333", 10),
            ("335", 10),
            ("338", 10),
            ("340", 10),
            ("347", 10),
            ("349", 10),
            ("388", 10),
            ("392", 10),
        ],
        False: [("045", 10)],
    },
    "NL": {True: [("61", 9), ("62", 9), ("63", 9), ("64", 9), ("65", 9)], False: [("38", 9), ("570", 9)]},
    "CZ": {True: [("60", 9), ("70", 9), ("72", 9), ("73", 9), ("77", 9), ("79", 9)], False: [("59", 9)]},
    "SE": {True: [("70", 9), ("72", 9), ("73", 9), ("76", 9), ("79", 9)], False: [("18", 9)]},
    "JP": {True: [("90", 10), ("80", 10), ("70", 10)], False: [("22", 9)]},
}

# -- names (written for v144) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "ie": (
        ["Cian", "Donal", "Eoghan", "Pádraig", "Ronan", "Seán", "Tomás", "Kieran", "Diarmuid", "Fionn"],
        ["Aisling", "Caoimhe", "Eimear", "Máire", "Siobhán", "Úna", "Deirdre", "Ciara", "Nuala", "Bríd"],
        [
            "Ó Ceallaigh",
            "McCarthy",
            "Murphy-Lane",
            "O'Driscoll",
            "Buckley",
            "Crowley",
            "Lehane",
            "Ní Mhurchú",
            "Cotter",
            "Twomey",
            "Horgan",
            "Desmond",
            "Kingston",
            "O'Mahony",
        ],
    ),
    "ca": (
        ["Brayden", "Jaxon", "Harjit", "Émile", "Tyson", "Nathaniel", "Rajveer", "Colton", "Dallas", "Wade"],
        ["Kayla", "Madison", "Simranjit", "Brooke", "Aurélie", "Shaylene", "Mei", "Tessa", "Kenzie", "Rhiannon"],
        [
            "Wiebe",
            "Friesen",
            "Dhaliwal",
            "Kowalchuk",
            "Lavallee",
            "Yellowhorn",
            "Grewal",
            "Schultz",
            "Bouchard",
            "Makowecki",
            "Anderson-Roy",
            "Tkachuk",
            "Cardinal",
            "Pham",
        ],
    ),
    "gb": (
        ["Calum", "Ewan", "Fraser", "Hamish", "Ruaridh", "Struan", "Alasdair", "Kyle", "Murdo", "Lachie"],
        ["Eilidh", "Catriona", "Morven", "Isla", "Kirsty", "Mhairi", "Shona", "Ailsa", "Rhona", "Fiona"],
        [
            "MacLeod",
            "Mackenzie",
            "Munro",
            "Urquhart",
            "MacRae",
            "Grant",
            "Sutherland",
            "Chisholm",
            "Matheson",
            "Ross",
            "MacKinnon",
            "Bain",
            "Cumming",
            "MacDonald-Fyfe",
        ],
    ),
    "ke": (
        ["Brian", "Kevin", "Dennis", "Collins", "Samuel", "Joseph", "Victor", "Emmanuel", "Kamau", "Kipchoge"],
        ["Faith", "Mercy", "Grace", "Caroline", "Esther", "Purity", "Winnie", "Beatrice", "Wanjiru", "Akinyi"],
        [
            "Kamau",
            "Otieno",
            "Wanjiku",
            "Kiprotich",
            "Mwangi",
            "Omondi",
            "Wafula",
            "Chebet",
            "Njoroge",
            "Achieng",
            "Mutua",
            "Kilonzo",
            "Kiptoo",
            "Barasa",
        ],
    ),
    "au": (
        ["Brodie", "Jarrah", "Kyan", "Dimitri", "Thanh", "Riley", "Cooper", "Angus", "Zac", "Harrison"],
        ["Tahlia", "Kirrily", "Sienna", "Matilda", "Georgia", "Chloe", "Paige", "Mikaela", "Leonie", "Hoa"],
        [
            "Papadopoulos",
            "Tran",
            "Hennessy",
            "Kuchel",
            "Schubert",
            "Nguyen",
            "Marshall",
            "Doecke",
            "Fitzgerald",
            "Vlahos",
            "Wundersitz",
            "Oldfield",
            "Sarre",
            "Koerner",
        ],
    ),
    "us": (
        ["Bradford", "Dominic", "Jerome", "Salvatore", "Trevor", "Elliot", "Malik", "Gustavo", "Russell", "Wendell"],
        [
            "Carolyn",
            "Deborah",
            "Francesca",
            "Latoya",
            "Meredith",
            "Yolanda",
            "Heather",
            "Rosemarie",
            "Janice",
            "Marisol",
        ],
        [
            "Caporale",
            "Whitaker",
            "DiNardo",
            "Pelletier",
            "Brennan",
            "Sikorski",
            "Rosado",
            "Fairbanks",
            "Kaczmarek",
            "Ingersoll",
            "Vasquez-Hale",
            "Thibodeau",
            "Gagliardi",
            "Oyelaran",
        ],
    ),
    "za": (
        ["Thabo", "Sipho", "Pieter", "Johan", "Mandla", "Lwazi", "Riaan", "Tshepo", "Dewald", "Kagiso"],
        ["Nomvula", "Lerato", "Anri", "Zanele", "Elmarie", "Palesa", "Thandeka", "Lindiwe", "Marelize", "Refilwe"],
        [
            "van der Merwe",
            "Nkosi",
            "Botha",
            "Mokoena",
            "Pretorius",
            "Dlamini",
            "Steyn",
            "Mahlangu",
            "Venter",
            "Khumalo",
            "Naidoo",
            "Coetzee",
            "Molefe",
            "du Plessis",
        ],
    ),
    "de": (
        ["Björn", "Jens", "Sönke", "Marvin", "Kemal", "Dirk", "Hauke", "Florian", "Timo", "Jörg"],
        ["Anke", "Heike", "Maren", "Jana", "Dilara", "Birte", "Silke", "Tanja", "Gesa", "Nadine"],
        [
            "Brandes",
            "Meyer-Lüdeke",
            "Köhler",
            "Wittenberg",
            "Özdemir",
            "Schaper",
            "Hillebrecht",
            "Rühmkorf",
            "Lange",
            "Bartels",
            "Grotefend",
            "Niemeyer",
            "Kowalski",
            "Dreyer",
        ],
    ),
    "es": (
        ["Jorge", "Sergio", "Álvaro", "Rubén", "Javier", "Óscar", "Raúl", "Ignacio", "Joaquín", "Adrián"],
        ["Pilar", "Nuria", "Begoña", "Montserrat", "Lucía", "Ainhoa", "Rocío", "Inmaculada", "Carmen", "Yolanda"],
        [
            "Lahoz",
            "Sancho",
            "Gimeno",
            "Lasheras",
            "Bernués",
            "Pardo",
            "Aznar",
            "Royo",
            "Casanova",
            "Ibáñez",
            "Garcés",
            "Lapuente",
            "Marín",
            "Navarro",
        ],
    ),
    "it": (
        ["Matteo", "Giacomo", "Nicola", "Davide", "Alberto", "Enrico", "Stefano", "Luca", "Filippo", "Mirko"],
        ["Chiara", "Giulia", "Elisa", "Francesca", "Serena", "Martina", "Lucia", "Ilaria", "Beatrice", "Paola"],
        [
            "Zanetti",
            "Bertolini",
            "Menegatti",
            "Tosi",
            "Castellani",
            "Dalla Valle",
            "Pasetto",
            "Girardi",
            "Vignola",
            "Zorzi",
            "Furlan",
            "Benedetti",
            "Residori",
            "Bonomi",
        ],
    ),
    "nl": (
        ["Gerrit", "Hendrik", "Jeroen", "Bram", "Thijs", "Sander", "Wouter", "Mehmet", "Erik", "Joost"],
        ["Annelies", "Marieke", "Femke", "Ingrid", "Sanne", "Lotte", "Fatima", "Janneke", "Hester", "Wilma"],
        [
            "Veen",
            "Boer",
            "Kampman",
            "Dijk",
            "Scholten",
            "Horst",
            "Brinkman",
            "Berg",
            "Huisman",
            "Wolters",
            "Velde",
            "Yilmaz",
            "Bosch",
            "Jong",
        ],
    ),
    "cs": (
        ["Jakub", "Tomáš", "Lukáš", "Ondřej", "Petr", "Jiří", "Vojtěch", "Radek", "Zdeněk", "Marek"],
        ["Tereza", "Lenka", "Kateřina", "Veronika", "Michaela", "Zuzana", "Petra", "Markéta", "Jana", "Hana"],
        [
            "Novák",
            "Dvořák",
            "Procházka",
            "Kučera",
            "Veselý",
            "Horák",
            "Pokorný",
            "Mareš",
            "Šimek",
            "Kolář",
            "Hruška",
            "Zedník",
            "Bartoš",
            "Polášek",
        ],
    ),
    "sv": (
        ["Oskar", "Gustav", "Anton", "Elias", "Isak", "Yusuf", "Nils", "Ture", "Arvid", "Linus"],
        ["Ingrid", "Maja", "Elin", "Wilma", "Astrid", "Linnéa", "Nour", "Hedda", "Sigrid", "Agnes"],
        [
            "Andersson",
            "Eriksson",
            "Söderberg",
            "Holmqvist",
            "Lindahl",
            "Ekström",
            "Dahlberg",
            "Persson",
            "Granlund",
            "Jönsson",
            "Sandberg",
            "Rahimi",
            "Wikström",
            "Blom",
        ],
    ),
    "ja": (
        ["浩二", "大樹", "亮", "和也", "直人", "智也", "悟", "翼"],
        ["奈緒", "早紀", "香織", "美穂", "舞", "理恵", "愛", "明日香"],
        ["佐藤", "鈴木", "伊藤", "菅原", "阿部", "千葉", "及川", "小野寺", "庄司", "熊谷", "三浦", "遠藤"],
    ),
}

#: Dutch family names -> their tussenvoegsel ("" for none)
NL_TUSSEN = {
    "Veen": "van der",
    "Boer": "de",
    "Dijk": "van",
    "Horst": "ter",
    "Berg": "van den",
    "Velde": "te",
    "Bosch": "van den",
    "Jong": "de",
}

#: Japanese names in katakana (kana columns)
JA_KANA = {
    "佐藤": "サトウ",
    "鈴木": "スズキ",
    "伊藤": "イトウ",
    "菅原": "スガワラ",
    "阿部": "アベ",
    "千葉": "チバ",
    "及川": "オイカワ",
    "小野寺": "オノデラ",
    "庄司": "ショウジ",
    "熊谷": "クマガイ",
    "三浦": "ミウラ",
    "遠藤": "エンドウ",
    "浩二": "コウジ",
    "大樹": "ダイキ",
    "亮": "リョウ",
    "和也": "カズヤ",
    "直人": "ナオト",
    "智也": "トモヤ",
    "悟": "サトル",
    "翼": "ツバサ",
    "奈緒": "ナオ",
    "早紀": "サキ",
    "香織": "カオリ",
    "美穂": "ミホ",
    "舞": "マイ",
    "理恵": "リエ",
    "愛": "アイ",
    "明日香": "アスカ",
}

#: Malaysian whole names by community (given names, then the father's or family name joins them)
MY_MALAY_M = ["Muhammad Hafiz", "Ahmad Faizal", "Mohd Azlan", "Khairul Anuar", "Amirul Hakim", "Syafiq"]
MY_MALAY_F = ["Nurul Aina", "Siti Hajar", "Nur Syafiqah", "Farah Diana", "Aisyah", "Norhayati"]
MY_FATHERS = ["Rosli", "Ismail", "Abdullah", "Hassan", "Kamarudin", "Zainal", "Othman", "Yusof"]
MY_CHINESE_FAM = ["Tan", "Lim", "Wong", "Lee", "Ng", "Chong", "Ooi", "Yap"]
MY_CHINESE_GIVEN = ["Wei Ming", "Mei Ling", "Jia Hui", "Kok Leong", "Chee Keong", "Hui Min", "Zi Xuan", "Boon Huat"]
MY_INDIAN_M = ["Rajesh", "Suresh", "Ganesan", "Vikneswaran", "Arul"]
MY_INDIAN_F = ["Kavitha", "Devi", "Shalini", "Thilaga", "Pavithra"]
MY_INDIAN_FATHERS = ["Subramaniam", "Muthusamy", "Krishnan", "Raman", "Arumugam", "Selvaraj"]


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``."""
    male, fem, fam = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.5
    family = g.rnd.choice(fam)
    if lang == "cs" and female:
        family = cz_female(family)
    return g.rnd.choice(fem if female else male), family


def cz_female(family: str) -> str:
    """The feminine form of a Czech family name (Novák -> Nováková, Veselý -> Veselá, Hruška -> Hrušková)."""
    if family.endswith("ý"):
        return family[:-1] + "á"
    if family.endswith("a"):
        return family[:-1] + "ová"
    if family.endswith("ek"):
        return family[:-2] + "ková"
    return family + "ová"


def whole(g: Gen, lang: str, female: bool | None = None) -> str:
    if lang == "my":
        return my_name(g, female)
    a, b = person(g, lang, female)
    if lang == "ja":
        return f"{b} {a}"
    if lang == "nl":
        tv = NL_TUSSEN.get(b, "")
        return f"{a} {tv} {b}" if tv else f"{a} {b}"
    return f"{a} {b}"


def given(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def my_name(g: Gen, female: bool | None = None) -> str:
    """A Malaysian whole name: Malay (``bin``/``binti``), Chinese (family name first) or Indian (``a/l``, ``a/p``)."""
    if female is None:
        female = g.rnd.random() < 0.5
    r = g.rnd.random()
    if r < 0.55:
        return (
            f"{g.rnd.choice(MY_MALAY_F if female else MY_MALAY_M)} {'binti' if female else 'bin'} "
            f"{g.rnd.choice(MY_FATHERS)}"
        )
    if r < 0.85:
        return f"{g.rnd.choice(MY_CHINESE_FAM)} {g.rnd.choice(MY_CHINESE_GIVEN)}"
    return (
        f"{g.rnd.choice(MY_INDIAN_F if female else MY_INDIAN_M)} {'a/p' if female else 'a/l'} "
        f"{g.rnd.choice(MY_INDIAN_FATHERS)}"
    )


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() or ch == ".")


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice(
        [f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(60, 99)}", f"{a}_{b[:4]}"]
    )
    return f"{local}@{g.rnd.choice(domains)}"


def email(g: Gen, lang: str) -> str:
    if lang == "ja":
        return romaji_email(g)
    if lang == "my":
        local = plain(my_name(g).split(" ")[0]) + g.rnd.choice(["", ".", "_"]) + str(g.rnd.randint(1, 999))
        return f"{local}@{g.rnd.choice(DOMAINS['my'])}"
    return email_of(g, *person(g, lang), DOMAINS[lang])


def romaji_email(g: Gen) -> str:
    """An e-mail of a Japanese person (romanized local part)."""
    local = g.rnd.choice(
        [
            "koji",
            "daiki",
            "ryo",
            "kazuya",
            "naoto",
            "nao",
            "saki",
            "kaori",
            "miho",
            "asuka",
            "t.sato",
            "suzuki",
            "m.chiba",
        ]
    )
    return f"{local}{g.rnd.choice(['', '.', '_'])}{g.rnd.randint(1, 9999)}@{g.rnd.choice(DOMAINS['ja'])}"


DOMAINS: dict[str, list[str]] = {
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "yahoo.ie", "icloud.com"],
    "ca": ["gmail.com", "shaw.ca", "telus.net", "hotmail.com", "outlook.com"],
    "gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk"],
    "ke": ["gmail.com", "yahoo.com", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "internode.on.net", "outlook.com", "icloud.com"],
    "us": ["gmail.com", "comcast.net", "yahoo.com", "aol.com", "sbcglobal.net"],
    "my": ["gmail.com", "yahoo.com.my", "hotmail.com", "outlook.com"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "outlook.com", "vodamail.co.za"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "freenet.de"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
    "it": ["gmail.com", "libero.it", "virgilio.it", "alice.it", "tiscali.it"],
    "nl": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl", "outlook.com"],
    "cs": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com", "post.cz"],
    "sv": ["gmail.com", "telia.com", "hotmail.se", "outlook.com", "bredband.net"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp", "softbank.ne.jp"],
}

# -- places (written for v144) -----------------------------------------------------------------------------------------

#: (town, Eircode routing key) in County Cork
IE_TOWNS = [
    ("Cork", "T12"),
    ("Cork", "T23"),
    ("Ballincollig", "P31"),
    ("Carrigaline", "P43"),
    ("Mallow", "P51"),
    ("Midleton", "P25"),
    ("Bandon", "P72"),
    ("Cobh", "P24"),
    ("Kinsale", "P17"),
    ("Fermoy", "P61"),
]
IE_STREETS = [
    "Douglas Road",
    "Model Farm Road",
    "Main Street",
    "Ard na Laoi",
    "Blarney Road",
    "Ashbrook Heights",
    "Sunday's Well Road",
    "Coolroe Meadows",
    "Bishopstown Avenue",
    "Cois Abhann",
    "Maryborough Hill",
]
#: (city, forward sortation area) in Alberta
CA_CITIES = [
    ("Calgary", "T2P"),
    ("Calgary", "T3A"),
    ("Calgary", "T2Z"),
    ("Edmonton", "T5K"),
    ("Edmonton", "T6E"),
    ("Red Deer", "T4N"),
    ("Lethbridge", "T1J"),
    ("Airdrie", "T4B"),
    ("Okotoks", "T1S"),
    ("Medicine Hat", "T1A"),
    ("Canmore", "T1W"),
]
#: (town, postcode district) in the Highlands and Moray
GB_TOWNS = [
    ("Inverness", "IV2"),
    ("Inverness", "IV3"),
    ("Nairn", "IV12"),
    ("Dingwall", "IV15"),
    ("Fort William", "PH33"),
    ("Aviemore", "PH22"),
    ("Thurso", "KW14"),
    ("Portree", "IV51"),
    ("Elgin", "IV30"),
    ("Wick", "KW1"),
]
GB_STREETS = [
    "Culduthel Road",
    "Old Edinburgh Road",
    "Drummond Crescent",
    "Kenneth Street",
    "Glenurquhart Road",
    "Lochalsh Road",
    "Smithton Park",
    "Balloch Brae",
    "Castle Heather Drive",
    "Tomnahurich Street",
]
#: (town, postal code) in Kenya
KE_TOWNS = [
    ("Nairobi", "00100"),
    ("Nairobi", "00200"),
    ("Nairobi", "00505"),
    ("Mombasa", "80100"),
    ("Kisumu", "40100"),
    ("Nakuru", "20100"),
    ("Eldoret", "30100"),
    ("Thika", "01000"),
    ("Machakos", "90100"),
    ("Nyeri", "10100"),
]
#: (suburb, postcode) in and around Adelaide
AU_SUBURBS = [
    ("Prospect", "5082"),
    ("Norwood", "5067"),
    ("Glenelg", "5045"),
    ("Salisbury", "5108"),
    ("Mawson Lakes", "5095"),
    ("Unley", "5061"),
    ("Modbury", "5092"),
    ("Morphett Vale", "5162"),
    ("Mount Barker", "5251"),
    ("Port Adelaide", "5015"),
    ("Golden Grove", "5125"),
]
AU_STREETS = [
    "Prospect Rd",
    "The Parade",
    "Jetty Rd",
    "Grand Junction Rd",
    "Main North Rd",
    "Unley Rd",
    "Fullarton Rd",
    "Goodwood Rd",
    "Hampstead Rd",
    "Marion Rd",
    "Tapleys Hill Rd",
]
#: (city, ZIP prefix) in Connecticut
US_CITIES = [
    ("Hartford", "061"),
    ("West Hartford", "061"),
    ("New Britain", "060"),
    ("Middletown", "064"),
    ("Waterbury", "067"),
    ("Manchester", "060"),
    ("Enfield", "060"),
    ("Meriden", "064"),
    ("Torrington", "067"),
    ("Glastonbury", "060"),
]
US_STREETS = [
    "Farmington Ave",
    "Prospect Ave",
    "New Britain Ave",
    "Wethersfield Ave",
    "Albany Ave",
    "Main St",
    "Silas Deane Hwy",
    "Burnside Ave",
    "Maple Ave",
    "Buckingham St",
    "Tolland Tpke",
]
#: (city, postcodes, state) in Malaysia
MY_CITIES = [
    ("Petaling Jaya", ["46000", "46050", "46200", "47301", "47400"], "Selangor"),
    ("Shah Alam", ["40000", "40150", "40460"], "Selangor"),
    ("Subang Jaya", ["47500", "47600", "47620"], "Selangor"),
    ("Kuala Lumpur", ["50450", "51200", "55100", "56000", "59200"], "W.P. Kuala Lumpur"),
    ("Klang", ["41050", "41200"], "Selangor"),
    ("Kajang", ["43000"], "Selangor"),
    ("Ipoh", ["30100", "31400"], "Perak"),
    ("Johor Bahru", ["80100", "81300"], "Johor"),
    ("Seremban", ["70200", "70450"], "Negeri Sembilan"),
]
MY_STREETS = [
    "Jalan SS 2/24",
    "Jalan Tun Razak",
    "Jalan PJU 5/1",
    "Lorong Maarof",
    "Jalan Kenari 7",
    "Persiaran Kayangan",
    "Jalan Ampang",
    "Jalan USJ 9/5",
    "Jalan Setia Prima",
    "Jalan Kuchai Maju 8",
]
#: (city, suburb, postal code) in Gauteng
ZA_PLACES = [
    ("Centurion", "Lyttelton Manor", "0157"),
    ("Pretoria", "Garsfontein", "0081"),
    ("Pretoria", "Waterkloof", "0181"),
    ("Johannesburg", "Randburg", "2194"),
    ("Midrand", "Halfway House", "1685"),
    ("Pretoria", "Montana", "0182"),
    ("Johannesburg", "Fourways", "2191"),
    ("Centurion", "Irene", "0157"),
    ("Pretoria", "Moreleta Park", "0044"),
]
ZA_STREETS = [
    "Botha Avenue",
    "Lynnwood Road",
    "Rabie Street",
    "Garsfontein Road",
    "Jean Avenue",
    "Witkoppen Road",
    "Kingfisher Drive",
    "Cantonments Road",
    "Olympus Drive",
    "Jan Shoba Street",
]
#: (town, postcode) in the Hanover region
DE_TOWNS = [
    ("Hannover", "30159"),
    ("Hannover", "30175"),
    ("Hannover", "30451"),
    ("Langenhagen", "30851"),
    ("Garbsen", "30823"),
    ("Laatzen", "30880"),
    ("Hildesheim", "31134"),
    ("Celle", "29221"),
    ("Wunstorf", "31515"),
    ("Burgdorf", "31303"),
]
DE_STREETS = [
    "Podbielskistraße",
    "Limmerstraße",
    "Hildesheimer Straße",
    "Walsroder Straße",
    "Am Lindenhofe",
    "Kirchröder Straße",
    "Göttinger Chaussee",
    "Bothfelder Straße",
    "Sallstraße",
    "Stöckener Straße",
]
#: (municipality, postcodes, province) in Aragón
ES_PLACES = [
    ("Zaragoza", ["50001", "50004", "50008", "50010", "50017", "50018"], "Zaragoza"),
    ("Huesca", ["22001", "22004"], "Huesca"),
    ("Teruel", ["44001", "44002"], "Teruel"),
    ("Calatayud", ["50300"], "Zaragoza"),
    ("Utebo", ["50180"], "Zaragoza"),
    ("Ejea de los Caballeros", ["50600"], "Zaragoza"),
    ("Monzón", ["22400"], "Huesca"),
    ("Alcañiz", ["44600"], "Teruel"),
]
ES_STREETS = [
    "Calle Alfonso I",
    "Paseo de la Independencia",
    "Avenida de Madrid",
    "Calle Delicias",
    "Calle Coso",
    "Avenida Goya",
    "Calle Predicadores",
    "Camino de las Torres",
    "Calle San Miguel",
    "Avenida Cataluña",
]
#: (comune, postcodes, province) in the Veneto
IT_PLACES = [
    ("Verona", ["37121", "37122", "37126", "37131", "37138"], "VR"),
    ("Villafranca di Verona", ["37069"], "VR"),
    ("San Bonifacio", ["37047"], "VR"),
    ("Legnago", ["37045"], "VR"),
    ("Bussolengo", ["37012"], "VR"),
    ("Peschiera del Garda", ["37019"], "VR"),
    ("Vicenza", ["36100"], "VI"),
    ("Padova", ["35121", "35133"], "PD"),
]
IT_STREETS = [
    "Via Mazzini",
    "Corso Porta Nuova",
    "Via Cappello",
    "Stradone San Fermo",
    "Via XX Settembre",
    "Vicolo Ghiaia",
    "Via Roma",
    "Viale del Lavoro",
    "Via Belfiore",
    "Corso Milano",
]
#: comune of birth -> its cadastral code (codice fiscale)
IT_BIRTH = {
    "Verona": "L781",
    "Vicenza": "L840",
    "Padova": "G224",
    "Mantova": "E897",
    "Trento": "L378",
    "Napoli": "F839",
    "Palermo": "G273",
    "Bari": "A662",
    "Milano": "F205",
    "Roma": "H501",
    "Brescia": "B157",
}
#: (woonplaats, lowest and highest four digits of its postcodes) in Overijssel and Drenthe
NL_PLACES = [
    ("Zwolle", 8011, 8043),
    ("Kampen", 8261, 8266),
    ("Deventer", 7411, 7431),
    ("Hardenberg", 7771, 7773),
    ("Dalfsen", 7721, 7722),
    ("Raalte", 8101, 8103),
    ("Meppel", 7941, 7944),
    ("Ommen", 7731, 7731),
]
NL_STREETS = [
    "Thorbeckegracht",
    "Assendorperstraat",
    "Diezerstraat",
    "Oude Vismarkt",
    "Brinkweg",
    "Kamperstraat",
    "Hanzelaan",
    "Oosterlaan",
    "Veerallee",
    "Wipstrikkerallee",
]
#: (obec, PSČ) in the Moravian-Silesian region
CZ_PLACES = [
    ("Ostrava", "702 00"),
    ("Ostrava", "708 00"),
    ("Ostrava", "700 30"),
    ("Havířov", "736 01"),
    ("Karviná", "733 01"),
    ("Frýdek-Místek", "738 01"),
    ("Opava", "746 01"),
    ("Nový Jičín", "741 01"),
    ("Třinec", "739 61"),
    ("Bohumín", "735 81"),
]
CZ_STREETS = [
    "Nádražní",
    "Hlavní třída",
    "Českobratrská",
    "Opavská",
    "Dr. Šmerala",
    "Výškovická",
    "Horní",
    "Zámecká",
    "Slezská",
    "Palackého",
    "Místecká",
]
#: (postort, the first three digits of its postnummer) in Uppland and Gästrikland
SE_PLACES = [
    ("Uppsala", "753"),
    ("Uppsala", "752"),
    ("Uppsala", "756"),
    ("Enköping", "745"),
    ("Knivsta", "741"),
    ("Östhammar", "742"),
    ("Tierp", "815"),
    ("Sala", "733"),
    ("Gävle", "802"),
]
SE_STREETS = [
    "Kungsgatan",
    "Svartbäcksgatan",
    "Dag Hammarskjölds väg",
    "Luthagsesplanaden",
    "Vaksalagatan",
    "Torgny Segerstedts allé",
    "Gränbystigen",
    "Kvarngärdesgatan",
    "Rackarbergsgatan",
    "Sysslomansgatan",
]
#: (municipality, first three digits of its postal codes) in Miyagi
JA_CITIES = [
    ("仙台市青葉区", "980"),
    ("仙台市泉区", "981"),
    ("仙台市太白区", "982"),
    ("石巻市", "986"),
    ("名取市", "981"),
    ("塩竈市", "985"),
    ("大崎市", "989"),
    ("多賀城市", "985"),
]
JA_STREETS = [
    "国分町2丁目8-14",
    "上杉1丁目4-2",
    "長町南3丁目11-5",
    "泉中央1丁目20-3",
    "中央2丁目7-9",
    "八幡4丁目1-33",
    "旭ケ丘3丁目25-6",
    "桜ケ丘7丁目40-12",
]


def street(g: Gen, streets: list[str], lang: str) -> str:
    s = g.rnd.choice(streets)
    if lang == "us":
        return f"{g.rnd.randint(2, 2_900)} {s}"
    if lang in ("de", "sv", "nl", "cs"):
        return f"{s} {g.rnd.randint(1, 160)}"
    if lang == "it":
        return f"{s} {g.rnd.randint(1, 120)}"
    if lang == "es":
        return f"{s} {g.rnd.randint(1, 120)}, {g.rnd.randint(1, 9)}º {g.rnd.choice('ABCD')}"
    if lang == "my":
        return f"No. {g.rnd.randint(1, 88)}, {s}"
    if lang == "ja":
        return s
    return f"{g.rnd.randint(1, 140)} {s}"


def eircode(g: Gen, key: str) -> str:
    return f"{key} {g.digits(1, 'ACDEFHKNPRTVWXY')}{g.digits(3, '0123456789ACDEFHKNPRTVWXY')}"


def gb_postcode(g: Gen, district: str) -> str:
    return f"{district} {g.rnd.randint(0, 9)}{g.digits(2, 'ABDEFGHJLNPQRSTUWXYZ')}"


def ca_postcode(g: Gen, fsa: str) -> str:
    return f"{fsa} {g.rnd.randint(0, 9)}{g.digits(1, 'ABCEGHJKLMNPRSTVWXYZ')}{g.rnd.randint(0, 9)}"


def nl_postcode(g: Gen, lo: int, hi: int) -> str:
    return f"{g.rnd.randint(lo, hi)} {g.digits(2, 'ABCDEGHJKLMNPRTVWXZ')}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 665):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    d = g.valid(make, _ssn.is_valid)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dashed else d


def us_ssn_decoy(g: Gen) -> str:
    """Nine digits shaped like an SSN and failing its check (area 9xx): a certificate number."""
    return f"9{g.digits(8)}"


def us_rtn(g: Gen) -> str:
    body = g.rnd.choice(["0111", "0211", "2111", "2260"]) + g.digits(4)
    d = body + _rtn.calc_check_digit(body)
    assert _rtn.is_valid(d)
    return d


def pps_decoy(g: Gen) -> str:
    """Seven digits and a letter failing the PPS check (a policy number)."""
    return g.valid(lambda: g.digits(7) + g.rnd.choice("ABCDEFGHIJKLMNOPQRSTUVW"), lambda x: not _pps.is_valid(x))


def luhn_decoy(g: Gen, n: int) -> str:
    """``n`` digits failing the Luhn check (shaped like a SIN or a card)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(n - 1), lambda x: not luhn.is_valid(x))


def card(g: Gen, spaced: bool = False) -> str:
    body = g.rnd.choice(["4", "4", "51", "53", "55", "2221"])
    body += g.digits(15 - len(body))
    d = body + luhn.calc_check_digit(body)
    return " ".join(d[i : i + 4] for i in range(0, 16, 4)) if spaced else d


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """An IBAN of ``country`` whose BBAN has the country's shape (and, for Spain, the CCC check digits)."""

    def bban() -> str:
        if country in ("IE", "GB"):
            bank = {"IE": ["AIBK", "BOFI", "IPBS", "ULSB"], "GB": ["BOFS", "RBOS", "CLYD", "NWBK", "HLFX"]}[country]
            return g.rnd.choice(bank) + g.digits(14)
        if country == "DE":
            return g.rnd.choice(["25050180", "25090500", "25040066", "25190001", "12030000"]) + g.digits(10)
        if country == "ES":
            head = g.rnd.choice(["2085", "2100", "0049", "0182", "3191"]) + g.digits(4)
            account = g.digits(10)
            return head + _ccc.calc_check_digits(head + "00" + account) + account
        if country == "IT":
            return (
                g.rnd.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ")
                + g.rnd.choice(["03069", "02008", "05034", "08315"])
                + g.digits(5)
                + g.digits(12)
            )
        if country == "NL":
            return g.rnd.choice(["RABO", "INGB", "ABNA", "SNSB", "ASNB", "TRIO"]) + g.digits(10)
        if country == "SE":
            return g.rnd.choice(["500", "800", "600", "300"]) + g.digits(17)
        if country == "CZ":
            return cz_account_parts(g)
        raise ValueError(country)

    def make() -> str:
        body = bban()
        return country + _iban.calc_check_digits(country + "00" + body) + body

    value = g.valid(make, _iban.is_valid)
    return _iban.format(value) if spaced else value


def cz_account_parts(g: Gen) -> str:
    """The BBAN of a Czech account: bank code, six-digit prefix, ten-digit number (mod 11 both)."""
    acct = cz_account(g)
    prefix, rest = acct.split("-") if "-" in acct else ("", acct)
    root, bank = rest.split("/")
    return bank + prefix.zfill(6) + root.zfill(10)


def cz_account(g: Gen) -> str:
    """A Czech domestic account number (``[prefix-]number/bank``) passing the mod-11 checks."""

    def ok_part(part: str) -> bool:
        weights = (6, 3, 7, 9, 10, 5, 8, 4, 2, 1)
        return sum(w * int(n) for w, n in zip(weights, part.zfill(10))) % 11 == 0

    root = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(g.rnd.choice([7, 8, 9])), ok_part)
    bank = g.rnd.choice(["0100", "0800", "0300", "2010", "0600", "5500", "3030"])
    prefix = ""
    if g.rnd.random() < 0.2:
        prefix = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(g.rnd.randint(2, 5)), ok_part) + "-"
    value = f"{prefix}{root}/{bank}"
    assert _czacct.is_valid(value)
    return value


def my_nric(g: Gen, born: date, female: bool) -> str:
    place = g.rnd.choice(["10", "14", "08", "01", "05", "07", "12", "13"])
    last = g.rnd.choice("02468" if female else "13579")
    d = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{place}{g.digits(3)}{last}"
    assert _nric.is_valid(d)
    return f"{d[:6]}-{d[6:8]}-{d[8:]}" if g.rnd.random() < 0.6 else d


def my_nric_decoy(g: Gen) -> str:
    """Twelve digits in the NRIC's layout failing it (a month of 13 to 19: a quote reference)."""
    return f"{g.rnd.randint(24, 25)}{g.rnd.randint(13, 19)}{g.rnd.randint(10, 28)}-{g.digits(2)}-{g.digits(4)}"


def za_id(g: Gen, born: date, female: bool) -> str:
    serial = g.rnd.randint(0, 4999) if female else g.rnd.randint(5000, 9999)
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{serial:04d}08"
    d = body + luhn.calc_check_digit(body)
    assert _zaid.is_valid(d)
    return d


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits failing the South African ID check (a policy number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(12), lambda x: not _zaid.is_valid(x))


def dni(g: Gen) -> str:
    body = f"{g.rnd.randint(1_000_000, 79_999_999):08d}"
    return body + _dni.calc_check_digit(body)


def nie(g: Gen) -> str:
    body = g.rnd.choice("XY") + g.digits(7)
    return body + _nie.calc_check_digit(body)


def dni_decoy(g: Gen) -> str:
    """Eight digits and a letter failing the DNI check (an agent code)."""
    return g.valid(lambda: g.digits(8) + g.rnd.choice("TRWAGMYFPDXBNJZSQVHLCKE"), lambda x: not _dni.is_valid(x))


def es_cif(g: Gen) -> str:
    """A company's CIF (a sociedad limitada's, of Aragón)."""
    return g.valid(
        lambda: "B" + g.rnd.choice(["50", "22", "44", "99"]) + g.digits(5) + g.rnd.choice(string.digits), _cif.is_valid
    )


_CF_MONTHS = "ABCDEHLMPRST"


def _cf_part(text: str, given_name: bool) -> str:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vows = [ch for ch in letters if ch in "AEIOU"]
    if given_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return "".join(cons + vows + ["X", "X", "X"])[:3]


def codice_fiscale(g: Gen, first: str, last: str, born: date, female: bool, comune: str) -> str:
    body = (
        f"{_cf_part(last, False)}{_cf_part(first, True)}{born.year % 100:02d}{_CF_MONTHS[born.month - 1]}"
        f"{born.day + (40 if female else 0):02d}{IT_BIRTH[comune]}"
    )
    d = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(d)
    return d


def bsn(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), _bsn.is_valid)


def bsn_decoy(g: Gen) -> str:
    """Nine digits failing the BSN's eleven test (a dossier number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), lambda x: not _bsn.is_valid(x))


def rodne_cislo(g: Gen, born: date, female: bool, slash: bool = True) -> str:
    """A ten-digit rodné číslo (born 1954 or later): the birth date (month + 50 for women), a serial, the check."""
    body = f"{born.year % 100:02d}{born.month + (50 if female else 0):02d}{born.day:02d}{g.digits(3)}"
    d = body + str(int(body) % 11 % 10)
    assert _rc.is_valid(d)
    return f"{d[:6]}/{d[6:]}" if slash else d


def rc_decoy(g: Gen) -> str:
    """Ten digits failing the rodné číslo check (a contract number)."""
    return g.valid(lambda: "9" + g.digits(9), lambda x: not _rc.is_valid(x))


def personnummer(g: Gen, born: date, century: bool = False) -> str:
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{g.digits(3)}"
    d = body + luhn.calc_check_digit(body)
    value = f"{born.year // 100}{d[:6]}-{d[6:]}" if century else f"{d[:6]}-{d[6:]}"
    assert _pnr.is_valid(value)
    return value


def my_number(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(10)
    return body + _mynumber.calc_check_digit(body)


def my_number_decoy(g: Gen) -> str:
    """Twelve digits failing the My Number check (a policy number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(11), lambda x: not _mynumber.is_valid(x))


def idnr_decoy(g: Gen) -> str:
    """Eleven digits failing the Steuer-ID check (an insurance certificate number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _idnr.is_valid(x))


def ke_id(g: Gen) -> str:
    return str(g.rnd.randint(10_000_000, 39_999_999))


def ke_pin(g: Gen) -> str:
    return "A" + g.digits(9) + g.rnd.choice(string.ascii_uppercase)


def mpesa_code(g: Gen) -> str:
    return g.rnd.choice("QRST") + g.digits(9, string.digits + string.ascii_uppercase)


_ERAS = [(date(2019, 5, 1), "令和", 2019), (date(1989, 1, 8), "平成", 1989), (date(1926, 12, 25), "昭和", 1926)]


def wareki(d: date) -> str:
    """A date in the Japanese era calendar (``昭和58年4月12日``; the first year of an era is ``元年``)."""
    for start, era, first in _ERAS:
        if d >= start:
            n = d.year - first + 1
            return f"{era}{'元' if n == 1 else n}年{d.month}月{d.day}日"
    raise ValueError(d)
