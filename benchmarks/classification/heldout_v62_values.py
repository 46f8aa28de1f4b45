"""Values of held-out set v62 (:mod:`benchmarks.classification.heldout_v62`): v62's random source, names, streets,
towns, postal codes, companies and identifier builders written by hand for v62 (no Faker, no list of real people, no
breach data), phones checked with phonenumbers and identifiers with check digits computed and checked with
python-stdnum (the German pension-insurance number's check digit with its published rule, written out below).

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module (the US and Canadian area codes changed); the lists
below are new: Greater Manchester, Bristol, Galway, Greater Boston, Dallas-Fort Worth, Seattle, Melbourne, Toronto,
Auckland, Hamburg, Groningen, Gothenburg, Tokyo, Seongnam and the Tel Aviv area.
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
from stdnum import ean as _ean
from stdnum import iban as _iban
from stdnum import imei as _imei
from stdnum import luhn
from stdnum import mac as _mac
from stdnum.de import idnr as _idnr
from stdnum.de import vat as _de_vat
from stdnum.il import hp as _il_hp
from stdnum.il import idnr as _il_idnr
from stdnum.iso7064 import mod_11_10
from stdnum.jp import cn as _jp_cn
from stdnum.kr import brn as _kr_brn
from stdnum.nl import btw as _nl_btw
from stdnum.se import orgnr as _orgnr
from stdnum.se import personnummer as _pnr
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 62_301_2026
N = "none"
#: a login or public display handle (review, as in v5 to v59)
USERNAME = "unclassified"
#: NULL-like strings of v62's systems (tests skip them)
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
    "undefined",
    "{}",
    "[]",
    "0",
    "000-00-0000",
    "0000000000",
    "test@example.com",
    "noreply@example.com",
    "none@none.com",
    "(000) 000-0000",
    "REDACTED",
    "nvt",
    "n.v.t.",
    "geen",
    "keine",
    "k.A.",
    "saknas",
    "ingen",
    "なし",
    "特になし",
    "없음",
    "אין",
    "-",
    "*",
    ".",
    "TBC",
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


#: area codes of the North American numbers (Greater Boston, Dallas-Fort Worth, Seattle; Toronto)
AREA_CODES = {
    "US": ["617", "857", "781", "339", "214", "469", "972", "817", "206", "425", "253"],
    "CA": ["416", "647", "437", "905", "289"],
}


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v62:{SEED}:{table}")

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
        keep = max(len(nsn) - 6, 1)

        def make() -> str:
            if region in AREA_CODES:
                return self.rnd.choice(AREA_CODES[region]) + str(self.rnd.randint(2, 9)) + self.digits(6)
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
            return f"{d[:3]}-{d[3:6]}-{d[6:]}" if region in AREA_CODES else national
        if fmt == "dots":
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:3]}.{d[3:6]}.{d[6:]}" if region in AREA_CODES else national
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(
            lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile), null
        )


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v62) -------------------------------------------------------------------------------------------

#: locale -> (male given names, female given names, family names); ``person`` draws from one locale, the
#: English-speaking locales mix several origins in their lists
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "gb": (
        [
            "Callum",
            "Declan",
            "Fraser",
            "Harvey",
            "Imran",
            "Kieran",
            "Lewis",
            "Rhys",
            "Tariq",
            "Toby",
            "Wojciech",
            "Kwabena",
        ],
        [
            "Aisha",
            "Bethany",
            "Caitlin",
            "Eleanor",
            "Freya",
            "Harriet",
            "Jasmin",
            "Keeley",
            "Nadia",
            "Poppy",
            "Roisin",
            "Zainab",
        ],
        [
            "Ashworth",
            "Butterworth",
            "Clegg",
            "Duckworth",
            "Hussain",
            "Kowalczyk",
            "Mensah",
            "Ormerod",
            "Pickering",
            "Rothwell",
            "Sutcliffe",
            "Whitehead",
            "Begum",
            "Okafor",
            "Hargreaves",
            "Lomax",
        ],
    ),
    "us": (
        [
            "Brandon",
            "Cesar",
            "DeShawn",
            "Ethan",
            "Gianni",
            "Hector",
            "Jalen",
            "Kenji",
            "Marcus",
            "Nikhil",
            "Oren",
            "Tyler",
        ],
        [
            "Alondra",
            "Brianna",
            "Chloe",
            "Dana",
            "Esperanza",
            "Hana",
            "Jessica",
            "Keisha",
            "Madison",
            "Priya",
            "Shira",
            "Valeria",
        ],
        [
            "Abernathy",
            "Castellanos",
            "Delgado",
            "Fitzgerald",
            "Goldfarb",
            "Huang",
            "Iyer",
            "Jefferson",
            "Kowalski",
            "Luna",
            "McAllister",
            "Nguyen",
            "Okonkwo",
            "Pruitt",
            "Ramirez",
            "Sorensen",
            "Thibodeaux",
            "Whitfield",
        ],
    ),
    "au": (
        ["Bailey", "Cooper", "Dimitri", "Hamish", "Jarrah", "Lachlan", "Minh", "Rohan", "Tane", "Vikram"],
        ["Ainsley", "Brooke", "Chanel", "Georgia", "Indi", "Kirra", "Matilda", "Sienna", "Thu", "Zara"],
        [
            "Anagnostou",
            "Barnett",
            "Costa",
            "Dimitriou",
            "Fenwick",
            "Gallagher",
            "Hartigan",
            "Le",
            "Maloney",
            "Nair",
            "Papadopoulos",
            "Roche",
            "Sandhu",
            "Treloar",
        ],
    ),
    "ie": (
        ["Cathal", "Colm", "Darragh", "Eoin", "Fionn", "Oisín", "Pádraig", "Ronan"],
        ["Aoife", "Clodagh", "Gráinne", "Niamh", "Orla", "Saoirse", "Siobhán", "Úna"],
        [
            "Ó Súilleabháin",
            "Mac Giolla",
            "Brennan",
            "Concannon",
            "Fahy",
            "Geraghty",
            "Kilkelly",
            "Naughton",
            "Ó Flaithearta",
            "Ruane",
        ],
    ),
    "ca": (
        ["Amarjit", "Chidubem", "Gurjot", "Jean-Luc", "Kwok", "Mateo", "Owen", "Rajveer", "Samuel", "Wei"],
        ["Anjali", "Gabrielle", "Harleen", "Jade", "Mei", "Nneka", "Olivia", "Simran", "Sophie", "Yasmin"],
        [
            "Bouchard",
            "Chan",
            "Dhaliwal",
            "Gagnon",
            "Grewal",
            "MacDonald",
            "Nwosu",
            "Pereira",
            "Sidhu",
            "Tremblay",
            "Wong",
            "Zhou",
        ],
    ),
    "nz": (
        ["Ariki", "Hemi", "Lachie", "Manaia", "Nikau", "Paora", "Sione", "Tama", "Wiremu", "Finn"],
        ["Aroha", "Grace", "Kahurangi", "Mereana", "Moana", "Ruby", "Tui", "Leilani", "Isla", "Maali"],
        [
            "Aperahama",
            "Fonoti",
            "Henare",
            "Kereama",
            "Mackintosh",
            "Ngata",
            "Parata",
            "Tuilagi",
            "Whaanga",
            "Stirling",
            "Vaifale",
            "Drummond",
        ],
    ),
    "de": (
        ["Bastian", "Dennis", "Emre", "Jannik", "Kevin", "Malte", "Mehmet", "Sven", "Tobias", "Waldemar"],
        ["Anja", "Derya", "Jacqueline", "Jana", "Katrin", "Maren", "Nicole", "Svenja", "Swetlana", "Wiebke"],
        [
            "Brandt",
            "Dittmer",
            "Jankowski",
            "Kaya",
            "Lüders",
            "Petersen",
            "Rohwer",
            "Schröder",
            "Thomsen",
            "Wieczorek",
            "Yılmaz",
            "Ehlers",
        ],
    ),
    "nl": (
        ["Bram", "Daan", "Gijs", "Jelle", "Mohamed", "Ruben", "Sander", "Thijs", "Wouter", "Yusuf"],
        ["Anouk", "Femke", "Fleur", "Iris", "Lieke", "Marieke", "Naima", "Roos", "Sanne", "Esmee"],
        [
            "Bakker",
            "Dijkstra",
            "Hoekstra",
            "Kuipers",
            "Meijer",
            "Mulder",
            "Postma",
            "Smit",
            "Veenstra",
            "Zwart",
            "El Amrani",
            "Boersma",
        ],
    ),
    "sv": (
        ["Elias", "Filip", "Hugo", "Isak", "Jonas", "Leo", "Ludvig", "Nils", "Omar", "Viktor"],
        ["Agnes", "Alva", "Elin", "Hanna", "Klara", "Moa", "Saga", "Selma", "Vera", "Wilma"],
        [
            "Andersson",
            "Axelsson",
            "Carlsson",
            "Ek",
            "Fransson",
            "Håkansson",
            "Lindqvist",
            "Nordin",
            "Öberg",
            "Sjöberg",
            "Wallin",
            "Yousef",
        ],
    ),
    "ko": (
        ["민준", "도윤", "시우", "예준", "주원", "지호", "건우", "현우"],
        ["서연", "하은", "수아", "지우", "서윤", "하린", "지민", "예린"],
        ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오"],
    ),
    "he": (
        ["איתי", "עומר", "יונתן", "דניאל", "אריאל", "נדב", "מוחמד", "אחמד", "יוסף", "רועי"],
        ["נועה", "יעל", "תמר", "מאיה", "שירה", "אביגיל", "מיכל", "ליאור", "רנא", "הילה"],
        ["כהן", "לוי", "מזרחי", "פרץ", "ביטון", "אברהם", "פרידמן", "שפירא", "אזולאי", "חדד", "גולדברג", "חורי"],
    ),
}

#: Japanese names as (kanji, katakana reading)
JA_FAMILY = [
    ("佐藤", "サトウ"),
    ("鈴木", "スズキ"),
    ("高橋", "タカハシ"),
    ("田中", "タナカ"),
    ("渡辺", "ワタナベ"),
    ("伊藤", "イトウ"),
    ("中村", "ナカムラ"),
    ("小林", "コバヤシ"),
    ("加藤", "カトウ"),
    ("吉田", "ヨシダ"),
    ("山口", "ヤマグチ"),
    ("松本", "マツモト"),
]
JA_GIVEN = [
    ("翔太", "ショウタ"),
    ("大輔", "ダイスケ"),
    ("健一", "ケンイチ"),
    ("拓也", "タクヤ"),
    ("直樹", "ナオキ"),
    ("美咲", "ミサキ"),
    ("陽子", "ヨウコ"),
    ("彩花", "アヤカ"),
    ("由美", "ユミ"),
    ("真由", "マユ"),
    ("亮", "リョウ"),
    ("恵", "メグミ"),
]


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    males, females, lasts = NAMES[lang]
    return g.rnd.choice(females if female else males), g.rnd.choice(lasts)


def whole(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    if lang == "ko":
        return f"{b}{a}"
    return f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def family(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[1]


def ja_person(g: Gen) -> tuple[str, str]:
    """A Japanese full name in kanji (``佐藤 翔太``) and its katakana reading (``サトウ ショウタ``)."""
    (fk, fr), (gk, gr) = g.rnd.choice(JA_FAMILY), g.rnd.choice(JA_GIVEN)
    return f"{fk} {gk}", f"{fr} {gr}"


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
            f"{a}{b[0]}{g.rnd.randint(60, 99)}",
            f"{b}{a[:2]}",
        ]
    )
    return f"{local}@{g.rnd.choice(domains)}"


def email(g: Gen, lang: str = "us", domains: list[str] | None = None) -> str:
    return email_of(g, *person(g, lang), domains or DOMAINS.get(lang, DOMAINS["us"]))


def latin_email(g: Gen, domains: list[str]) -> str:
    """An e-mail address of someone whose name is written in another script: romanized local parts."""
    a = g.rnd.choice(
        [
            "minjun",
            "seoyeon",
            "jiho",
            "haeun",
            "noa",
            "yael",
            "itai",
            "omer",
            "shota",
            "misaki",
            "kenichi",
            "ayaka",
            "tamar",
            "daniel",
            "sooah",
            "hyunwoo",
        ]
    )
    b = g.rnd.choice(
        [
            "kim",
            "lee",
            "park",
            "choi",
            "cohen",
            "levi",
            "mizrahi",
            "sato",
            "tanaka",
            "suzuki",
            "peretz",
            "jung",
            "kang",
            "yamaguchi",
        ]
    )
    local = g.rnd.choice([f"{a}.{b}", f"{a}{g.rnd.randint(70, 99)}", f"{b}{a}", f"{a}_{b}{g.rnd.randint(1, 9)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(first)}.{plain(last)}@{domain}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first) or "x", plain(last) or "y"
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a}{b[:3]}"][style % 5]


DOMAINS = {
    "gb": ["gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com", "yahoo.co.uk", "icloud.com", "sky.com"],
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "att.net", "proton.me"],
    "au": ["gmail.com", "bigpond.com", "outlook.com", "icloud.com", "optusnet.com.au", "hotmail.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "icloud.com"],
    "ca": ["gmail.com", "rogers.com", "sympatico.ca", "outlook.com", "hotmail.ca", "icloud.com"],
    "nz": ["gmail.com", "xtra.co.nz", "outlook.co.nz", "icloud.com", "hotmail.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de"],
    "nl": ["gmail.com", "hotmail.nl", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl"],
    "sv": ["gmail.com", "telia.com", "hotmail.se", "outlook.com", "bredband.net", "icloud.com"],
    "ko": ["naver.com", "daum.net", "gmail.com", "kakao.com", "hanmail.net"],
    "he": ["gmail.com", "walla.co.il", "012.net.il", "bezeqint.net", "outlook.com"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp", "icloud.com"],
}


# -- places (written for v62) ------------------------------------------------------------------------------------------

#: (town, postcode district): Greater Manchester
GB_MANCHESTER = [
    ("Manchester", "M4"),
    ("Manchester", "M14"),
    ("Salford", "M6"),
    ("Stockport", "SK4"),
    ("Sale", "M33"),
    ("Oldham", "OL8"),
    ("Bury", "BL9"),
    ("Rochdale", "OL11"),
    ("Altrincham", "WA14"),
]
#: (town, postcode district): Bristol and around
GB_BRISTOL = [
    ("Bristol", "BS3"),
    ("Bristol", "BS5"),
    ("Bristol", "BS7"),
    ("Bristol", "BS16"),
    ("Bath", "BA2"),
    ("Weston-super-Mare", "BS23"),
    ("Keynsham", "BS31"),
    ("Portishead", "BS20"),
    ("Yate", "BS37"),
    ("Clevedon", "BS21"),
    ("Swindon", "SN1"),
    ("Newport", "NP20"),
    ("Cardiff", "CF24"),
]
GB_STREETS = [
    "Moss Lane",
    "Wellington Road",
    "Gloucester Road",
    "Cheltenham Road",
    "Oakfield Grove",
    "Mill Brow",
    "Albion Street",
    "Chapel Fold",
    "Redland Grove",
    "Station Approach",
    "Lark Rise",
    "Fishponds Road",
]
#: (city, ZIP lead): Greater Boston (MA) and Dallas-Fort Worth (TX), Seattle (WA)
US_MA = [
    ("Cambridge", "021"),
    ("Somerville", "021"),
    ("Boston", "021"),
    ("Quincy", "021"),
    ("Waltham", "024"),
    ("Medford", "021"),
    ("Lowell", "018"),
    ("Worcester", "016"),
]
US_TX = [
    ("Dallas", "752"),
    ("Plano", "750"),
    ("Irving", "750"),
    ("Garland", "750"),
    ("Frisco", "750"),
    ("Arlington", "760"),
    ("Fort Worth", "761"),
    ("Mesquite", "751"),
    ("McKinney", "750"),
    ("Denton", "762"),
]
US_WA = [
    ("Seattle", "981"),
    ("Bellevue", "980"),
    ("Redmond", "980"),
    ("Tacoma", "984"),
    ("Kirkland", "980"),
    ("Everett", "982"),
    ("Renton", "980"),
    ("Shoreline", "981"),
]
US_STREETS = [
    "Bluebonnet Trl",
    "Pecan Hollow Dr",
    "Live Oak St",
    "Mockingbird Ln",
    "Prairie Creek Rd",
    "Cedar Springs Rd",
    "Westlake Ave N",
    "Greenwood Ave N",
    "Rainier Ave S",
    "Madrona Dr",
    "Alki Ave SW",
    "Trinity Bluff Dr",
    "Ranch Hollow Ct",
    "Coit Rd",
]
#: (suburb, postcode): Melbourne
AU_SUBURBS = [
    ("Footscray", "3011"),
    ("Brunswick", "3056"),
    ("Dandenong", "3175"),
    ("Box Hill", "3128"),
    ("Werribee", "3030"),
    ("Sunshine", "3020"),
    ("Frankston", "3199"),
    ("Reservoir", "3073"),
]
US_STATES = {"MA": US_MA, "TX": US_TX, "WA": US_WA}
#: (town, postcode lead): Hamburg and its surroundings
DE_TOWNS = [
    ("Hamburg", "22"),
    ("Hamburg", "21"),
    ("Norderstedt", "228"),
    ("Pinneberg", "254"),
    ("Ahrensburg", "229"),
    ("Buxtehude", "216"),
    ("Wedel", "228"),
    ("Reinbek", "219"),
    ("Seevetal", "212"),
    ("Henstedt-Ulzburg", "245"),
]
DE_STREETS = [
    "Wandsbeker Chaussee",
    "Fuhlsbüttler Straße",
    "Am Schleemer Park",
    "Eulenkrugstraße",
    "Rübenkamp",
    "Osdorfer Landstraße",
    "Harburger Ring",
    "Möllner Landstraße",
    "Kieler Straße",
    "Lüneburger Tor",
]
#: (town, postcode lead): Groningen and around
NL_TOWNS = [
    ("Groningen", "97"),
    ("Haren", "975"),
    ("Hoogezand", "960"),
    ("Zuidhorn", "980"),
    ("Leek", "935"),
    ("Assen", "94"),
    ("Delfzijl", "993"),
    ("Winsum", "995"),
]
NL_STREETS = [
    "Oosterstraat",
    "Korreweg",
    "Paterswoldseweg",
    "Zonnelaan",
    "Helperzoom",
    "Vinkhuizen-Zuid",
    "Peizerweg",
    "Damsterdiep",
    "Van Iddekingeweg",
    "Ebbingestraat",
]
#: (town, postcode lead): Gothenburg and around
SE_TOWNS = [
    ("Göteborg", "41"),
    ("Mölndal", "431"),
    ("Partille", "433"),
    ("Kungälv", "442"),
    ("Lerum", "443"),
    ("Kungsbacka", "434"),
    ("Hisings Backa", "422"),
    ("Västra Frölunda", "421"),
]
#: Korean complexes (name, district)
KO_COMPLEXES = [
    ("정자 한솔마을", "분당구 정자동"),
    ("서현 시범단지", "분당구 서현동"),
    ("판교 원마을", "분당구 판교동"),
    ("야탑 장미마을", "분당구 야탑동"),
]
#: Israeli towns (residence)
IL_TOWNS = [
    "פתח תקווה",
    "תל אביב-יפו",
    "רמת גן",
    "חולון",
    "ראש העין",
    "כפר סבא",
    "בני ברק",
    "ראשון לציון",
    "טייבה",
    "מודיעין",
]
IL_STREETS = ["ז'בוטינסקי", "הרצל", "רוטשילד", "ביאליק", "העצמאות", "ויצמן", "אחד העם", "הנשיאים"]


def gb_postcode(g: Gen, district: str) -> str:
    return f"{district} {g.rnd.randint(1, 9)}{g.code('AA').replace('C', 'D').replace('I', 'J').replace('K', 'L')}"


def gb_street(g: Gen) -> str:
    number = g.rnd.randint(1, 240)
    return g.rnd.choice(
        [
            f"{number} {g.rnd.choice(GB_STREETS)}",
            (f"Flat {g.rnd.randint(1, 24)}, {number} {g.rnd.choice(GB_STREETS)}"),
            f"{number}{g.rnd.choice('ab')} {g.rnd.choice(GB_STREETS)}",
        ]
    )


def us_zip(g: Gen, lead: str) -> str:
    return lead + g.digits(2)


def us_street(g: Gen) -> str:
    n = g.rnd.randint(100, 19999)
    s = g.rnd.choice(US_STREETS)
    return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"{n} {s} Apt {g.rnd.randint(101, 2400)}"])


def de_street(g: Gen) -> str:
    return f"{g.rnd.choice(DE_STREETS)} {g.rnd.randint(1, 180)}" + g.rnd.choice(["", "", "a", " b"])


def de_plz(g: Gen, lead: str) -> str:
    return lead + g.digits(5 - len(lead))


def nl_postcode(g: Gen, lead: str) -> str:
    letters = "".join(g.rnd.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2))
    return f"{lead}{g.digits(4 - len(lead))} {letters}"


def se_postnummer(g: Gen, lead: str) -> str:
    body = lead + g.digits(5 - len(lead))
    return f"{body[:3]} {body[3:]}"


def se_address(g: Gen) -> str:
    return f"{g.rnd.choice(['Aniaragatan', 'Citygatan', 'Smörslottsgatan'])} {g.rnd.randint(1, 12)}" + g.rnd.choice(
        ["A", "B", "C", ""]
    )


def il_street(g: Gen) -> str:
    return f"{g.rnd.choice(IL_STREETS)} {g.rnd.randint(1, 120)}" + g.rnd.choice(["", f" דירה {g.rnd.randint(1, 40)}"])


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa, Mastercard or Amex prefix."""
    prefix, length = g.rnd.choice([("4", 16), ("53", 16), ("2223", 16), ("34", 15)])
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


#: BBAN layouts (9 a digit, A a letter); python-stdnum checks the result
BBAN = {"DE": "999999999999999999", "NL": "AAAA9999999999"}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, national checks retried, python-stdnum checks it)."""

    def make() -> str:
        bban = g.code(BBAN[country])
        if country == "NL":
            bban = g.rnd.choice(["INGB", "RABO", "ABNA", "SNSB", "TRIO", "ASNB"]) + bban[4:]
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4)) if spaced else number


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 665):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}"

    number = g.valid(make, _ssn.is_valid)
    return number if dashed else number.replace("-", "")


def ma_licence(g: Gen) -> str:
    """A Massachusetts driver's licence number by its shape (``S`` and eight digits; no public check digit)."""
    return "S" + g.digits(8)


def passport(g: Gen, country: str) -> str:
    """A passport number by the shape of ``country``'s booklets (no public check digit)."""
    layouts = {
        "US": "999999999",
        "GB": "999999999",
        "DE": "C" + "ZZZZZZZZ",
        "FR": "99AA99999",
        "IE": "AA9999999",
        "IT": "AA9999999",
        "ES": "AAA999999",
        "CN": "E99999999",
        "IN": "A9999999",
        "JP": "TK9999999",
        "BR": "AA999999",
        "PL": "AA9999999",
    }
    return g.code(layouts[country]).replace("O", "P").replace("I", "J")


def de_idnr(g: Gen) -> str:
    """A German tax identification number (IdNr: one digit twice, ISO 7064 mod 11,10 check digit)."""

    def make() -> str:
        digits = g.rnd.sample("0123456789", 9)
        if digits[0] == "0":
            digits[0], digits[1] = digits[1], digits[0]
        digits.insert(g.rnd.randint(1, 9), g.rnd.choice(digits))
        body = "".join(digits[:10])
        return body + mod_11_10.calc_check_digit(body)

    return g.valid(make, _idnr.is_valid)


def de_rvnr_check(body: str) -> str:
    """The check digit of a German pension-insurance number (``Versicherungsnummer``): the letter replaced by its
    two-digit place in the alphabet, the twelve digits weighted 2,1,2,5,7,1,2,1,2,1,2,1, the digit sums of the
    products summed, modulo 10."""
    digits = body[:8] + f"{ord(body[8].upper()) - 64:02d}" + body[9:11]
    total = 0
    for weight, digit in zip((2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1), digits):
        product = weight * int(digit)
        total += product // 10 + product % 10
    return str(total % 10)


def de_rvnr(g: Gen, born: date, family_name: str, female: bool) -> str:
    """A German pension-insurance number encoding the birth date, the birth name's initial and the sex."""
    area = g.rnd.choice(["12", "13", "15", "18", "23", "24", "38", "39", "40", "53", "65"])
    serial = g.rnd.randint(50, 99) if female else g.rnd.randint(0, 49)
    initial = plain(family_name)[0].upper()
    body = f"{area}{born:%d%m%y}{initial}{serial:02d}"
    return body + de_rvnr_check(body)


def de_vat(g: Gen) -> str:
    return "DE" + g.valid(lambda: g.rnd.choice("123") + g.digits(8), _de_vat.is_valid)


def nl_btw(g: Gen) -> str:
    def make() -> str:
        body = g.digits(8)
        total = sum((9 - i) * int(d) for i, d in enumerate(body))
        return f"NL{body}{total % 11}B01"

    return g.valid(make, _nl_btw.is_valid)


def se_personnummer(g: Gen, born: date) -> str:
    """A Swedish personnummer ``YYMMDD-NNNC`` encoding ``born`` (Luhn check digit; python-stdnum checks it)."""
    body = born.strftime("%y%m%d") + g.digits(3)
    number = f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"
    assert _pnr.is_valid(number)
    return number


def se_brf_orgnr(g: Gen) -> str:
    """A Swedish organisationsnummer of a housing co-operative (``769...``, Luhn)."""
    body = "769" + g.digits(6)
    number = body + luhn.calc_check_digit(body)
    assert _orgnr.is_valid(number)
    return f"{number[:6]}-{number[6:]}"


def il_idnr(g: Gen) -> str:
    """An Israeli identity number (teudat zehut: nine digits, Luhn)."""
    body = g.rnd.choice(["0", "2", "3"]) + g.digits(7)
    number = body + luhn.calc_check_digit(body)
    assert _il_idnr.is_valid(number)
    return number


def il_company(g: Gen) -> str:
    """An Israeli company number (ח.פ.: ``51`` and Luhn): a business's, labeled ``none``."""
    body = "51" + g.digits(6)
    number = body + luhn.calc_check_digit(body)
    assert _il_hp.is_valid(number)
    return number


def jp_corporate(g: Gen) -> str:
    """A Japanese corporate number (法人番号: a check digit first, then twelve digits)."""
    body = g.rnd.choice(["0104", "0106", "0107", "0111"]) + "01" + g.digits(6)
    number = _jp_cn.calc_check_digit(body) + body
    assert _jp_cn.is_valid(number)
    return number


def jp_licence(g: Gen) -> str:
    """A Japanese driving-licence number by its shape (twelve digits starting with the issuing prefecture's code)."""
    return g.rnd.choice(["30", "30", "31", "32", "33"]) + g.digits(10)


def kr_brn(g: Gen) -> str:
    """A Korean business registration number (사업자등록번호) in python-stdnum's layout: a business's."""
    number = g.valid(lambda: f"{g.rnd.randint(101, 699)}{g.rnd.randint(81, 88)}{g.digits(5)}", _kr_brn.is_valid)
    return f"{number[:3]}-{number[3:5]}-{number[5:]}"


def nzbn(g: Gen) -> str:
    """A New Zealand Business Number (a GTIN-13 starting ``94``, EAN check digit)."""
    body = "94290" + g.digits(7)
    number = body + _ean.calc_check_digit(body)
    assert _ean.is_valid(number)
    return number


def imei(g: Gen) -> str:
    """An IMEI of a cellular alarm communicator (TAC, serial, Luhn check digit)."""
    body = g.rnd.choice(["35", "86", "01"]) + g.digits(12)
    number = body + luhn.calc_check_digit(body)
    assert _imei.is_valid(number)
    return number


#: OUIs of the registry python-stdnum ships (cameras, embedded boards, locks' radio modules, access points)
OUIS = {
    "camera": ["00:40:8c", "ac:cc:8e", "00:0f:7c"],
    "embedded": ["b8:27:eb", "dc:a6:32", "d8:3a:dd"],
    "radio": ["24:0a:c4", "48:3f:da"],
    "ap": ["f0:9f:c2"],
    "laptop": ["3c:5a:b4", "00:1a:2b", "64:16:66"],
}


def mac(g: Gen, family_: str, upper: bool = False, sep: str = ":") -> str:
    value = g.rnd.choice(OUIS[family_]) + ":" + ":".join(f"{g.rnd.randint(0, 255):02x}" for _ in range(3))
    assert _mac.is_valid(value)
    value = value.replace(":", sep)
    return value.upper() if upper else value


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)


def sha1(g: Gen) -> str:
    return hashlib.sha1(str(g.rnd.random()).encode(), usedforsecurity=False).hexdigest()


def gb_plate(g: Gen) -> str:
    """A British registration mark in the current format (two letters, the age identifier, three letters)."""
    letters = "ABCDEFGHJKLMNOPRSTUVWXY"
    age = g.rnd.choice(
        [
            "15",
            "65",
            "16",
            "66",
            "17",
            "67",
            "18",
            "68",
            "19",
            "69",
            "20",
            "70",
            "21",
            "71",
            "22",
            "72",
            "23",
            "73",
            "24",
            "74",
        ]
    )
    return (
        g.rnd.choice(letters)
        + g.rnd.choice(letters)
        + age
        + " "
        + "".join(g.rnd.choice(letters.replace("I", "").replace("Q", "")) for _ in range(3))
    )


def card_uid(g: Gen, n: int = 7) -> str:
    """An RFID card's UID (MIFARE-like, 4 or 7 bytes in hex)."""
    return "".join(f"{g.rnd.randint(0, 255):02X}" for _ in range(n))


# -- businesses and decoys (written for v62) ---------------------------------------------------------------------------

#: tenants of a Manchester office tower, some named after their (invented) founders
GB_TENANTS = [
    "Ashworth Lomax LLP",
    "Northlight Analytics Ltd",
    "Pickering & Clegg Architects",
    "Irwell Health Tech",
    "Quaystone Recruitment",
    "Mensah Legal Services",
    "Lowry Games Studio",
    "Butterworth Wealth",
    "Cobalt Freight Brokers",
    "Salford Quays Dental Lab",
]
VISITOR_COMPANIES = [
    "Fisher Lab Supply",
    "Kendall Square Catering",
    "Abernathy HVAC",
    "Delgado Electric",
    "Charles River Couriers",
    "Huang & Iyer LLP",
    "Bay State Elevator",
    "Self",
    "Pruitt Staffing",
    "Northeast Fire Protection",
    "Harbor Biologics",
    "Castellanos Cleaning Co.",
]
DE_CLIENTS = [
    ("Elbspeicher Logistik GmbH", "Am Sandtorkai 40"),
    ("Wandsbek Quarree Center", "Quarree 8"),
    ("Hafenklinik Altona gGmbH", "Große Elbstraße 150"),
    ("Nordlicht Versicherung AG", "Überseering 12"),
    ("Messehalle Schanze", "Lagerstraße 28"),
    ("Rohwer & Thomsen Baustoffe KG", "Billbrookdeich 91"),
]
JA_COMPANIES = [
    "株式会社青海データサービス",
    "東都ネットワーク株式会社",
    "有限会社ミナト電設",
    "株式会社サクラ保守サービス",
    "三鷹システム株式会社",
    "合同会社ベイエリアクラウド",
]
IL_COMPANIES = [
    'אלקטרה מערכות בע"מ',
    "גל-אור ניקיון ותחזוקה",
    "ש.מ. קבלנות בניין",
    "קשת מיזוג אוויר",
    "אופק הסעדה",
    'נתיב תקשורת בע"מ',
]
