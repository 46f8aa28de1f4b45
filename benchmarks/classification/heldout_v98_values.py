"""Values of held-out set v98 (:mod:`benchmarks.classification.heldout_v98`): v98's random source, and names, streets,
cities, clinics and free-text snippets written by hand for v98's public-health systems (no Faker, no list of real
people, no breach data), phones checked with phonenumbers and identifiers with check digits computed and checked with
python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers follow v27's; the lists below are new.
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
from stdnum import luhn
from stdnum.br import cpf as _cpf
from stdnum.ca import sin as _sin
from stdnum.fr import nir as _nir
from stdnum.gb import nhs as _nhs
from stdnum.ie import pps as _pps
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.jp import in_ as _mynumber
from stdnum.kr import rrn as _rrn
from stdnum.mx import curp as _curp
from stdnum.nz import ird as _ird
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 98_517_2026
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v98's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNK", "?",
    "not known", "declined", "nil", "0", "000000000", "00000000", "k.A.", "unbekannt", "inconnu", "NR", "sin dato",
    "desconocido", "não informado", "ignorado", "okänd", "saknas", "不明", "なし", "미상", "없음", "refused")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v98:{SEED}:{table}")

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
        return datetime.combine(self.day(lo, hi), datetime.min.time()) + timedelta(seconds=self.rnd.randint(
            0, 86_399))

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
        keep = max(len(nsn) - 7, 1) if region in ("US", "CA") else max(len(nsn) - 6, 1)

        def make() -> str:
            if region == "US":
                return self.rnd.choice(US_AREAS) + str(self.rnd.randint(2, 9)) + self.digits(6)
            if region == "CA":
                return self.rnd.choice(CA_AREAS) + str(self.rnd.randint(2, 9)) + self.digits(6)
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
        if fmt == "dashes" and region in ("US", "CA"):
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:3]}-{d[3:6]}-{d[6:]}"
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


US_AREAS = ["614", "216", "513", "330", "419", "937", "740", "440"]
CA_AREAS = ["416", "647", "905", "613", "519", "705", "807"]

# -- names (written for v98) -------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Dorian", "Kellan", "Rhett", "Marquis", "Santiago", "Anil", "Bohdan", "Tariq", "Colby", "Emory"],
           ["Maribel", "Shayla", "Odessa", "Priyanka", "Linnea", "Temperance", "Yesenia", "Kiana", "Rosalind", "Jolene"],
           ["Ashcombe", "Vandergrift", "Okafor-Reyes", "Brannigan", "Szczepanik", "Holloway", "Delacruz", "Pruitt",
            "Nakashima", "Whitcomb", "Abernathy", "Kowalczyk", "Tolliver", "Haddix", "Reinholt"]),
    "ca": (["Étienne", "Gurpreet", "Lachlan", "Mateo", "Bao", "Declan", "Nikolai", "Amir"],
           ["Chantal", "Harpreet", "Maëlle", "Siobhan", "Xiu", "Delphine", "Roya", "Brielle"],
           ["Tremblay-Ouellet", "Sandhu", "MacQuarrie", "Lévesque", "Nguyen-Hart", "Kazemi", "Fitzallan", "Boudreau",
            "Ostrowski", "Chatterjee", "Gagnier", "Whitehorse"]),
    "gb": (["Alfie", "Callum", "Rhys", "Kofi", "Zain", "Barnaby", "Tobias", "Lewis"],
           ["Maisie", "Imogen", "Aaliyah", "Niamh", "Poppy", "Freya", "Saoirse", "Esme"],
           ["Pembleton", "Ashworth", "Okonjo", "Farrant", "Crossley", "Hussain-Lee", "Treloar", "Blenkinsop",
            "Marwood", "Iqbal", "Duckworth", "Penhaligon"]),
    "ie": (["Cathal", "Oisín", "Darragh", "Fiachra", "Ruairí", "Colm", "Piotr", "Tadhg"],
           ["Aoife", "Clodagh", "Gráinne", "Róisín", "Orla", "Sorcha", "Agata", "Méabh"],
           ["Ó Súilleabháin", "McGettigan", "Breathnach", "Fitzmaurice", "Mac Giolla", "Donnellan", "Kavanagh",
            "Ní Bhriain", "Hennessy", "Coughlan", "Wiśniewski", "Tierney"]),
    "nz": (["Wiremu", "Tamati", "Hemi", "Sione", "Rangi", "Fletcher", "Manaia", "Ihaia"],
           ["Aroha", "Moana", "Ngaio", "Mereana", "Losa", "Kiri", "Tui", "Anahera"],
           ["Te Rangi", "Parata", "Fa'alogo", "Horomona", "McKinnon", "Tautahi", "Whaanga", "Leota", "Ruawai",
            "Pomare", "Kingi", "Stroud"]),
    "ng": (["Chukwuemeka", "Babatunde", "Abdullahi", "Oluwaseun", "Ifeanyi", "Musa", "Tochukwu", "Kayode"],
           ["Ngozi", "Funmilayo", "Aisha", "Chiamaka", "Yetunde", "Hauwa", "Adaeze", "Oluwakemi"],
           ["Okonkwo", "Adeyemi", "Bello", "Eze", "Ogunleye", "Danjuma", "Nwachukwu", "Ibrahim", "Olawale",
            "Uzoma", "Abubakar", "Akinola"]),
    "in": (["Vikram", "Arjun", "Siddharth", "Rohan", "Imran", "Harish", "Karthik", "Devendra"],
           ["Ananya", "Meenakshi", "Shreya", "Kavitha", "Farhana", "Pooja", "Lakshmi", "Ishita"],
           ["Raghunathan", "Deshpande", "Banerjee", "Iyer", "Qureshi", "Malhotra", "Venkatesan", "Chaudhary",
            "Pillai", "Sengupta", "Kulkarni", "Rao"]),
    "de": (["Jannik", "Torben", "Malte", "Henrik", "Emre", "Lukas", "Ole", "Dariusz"],
           ["Frauke", "Wiebke", "Svenja", "Merle", "Ayşe", "Insa", "Katrin", "Jelena"],
           ["Hinrichsen", "Brodersen", "Petersen-Witt", "Wöhlke", "Claußen", "Yıldız", "Matthiesen", "Krüger",
            "Dührkop", "Ketelsen", "Nowak", "Thormählen"]),
    "fr": (["Gaëtan", "Yannick", "Loïc", "Mehdi", "Thibault", "Benoît", "Florian", "Aurélien"],
           ["Solène", "Maëva", "Océane", "Yasmina", "Clémence", "Ghislaine", "Nadège", "Anaïs"],
           ["Le Goff", "Kerbrat", "Morvan", "Guillou", "Benhamou", "Le Bihan", "Tanguy", "Quéméner", "Rouxel",
            "Abgrall", "Le Floch", "Cadiou"]),
    "mx": (["Rodrigo", "Joaquín", "Emiliano", "Uriel", "Itzcóatl", "Aldo", "Fermín", "Leonel"],
           ["Guadalupe", "Ximena", "Citlali", "Marisol", "Nayeli", "Rocío", "Itzel", "Yadira"],
           ["Hernández", "Villaseñor", "Tzintzun", "Coronado", "Alcántar", "Zavala", "Olvera", "Huerta",
            "Quintero", "Barragán", "Ochoa", "Sandoval"]),
    "br": (["Thiago", "Caio", "Wellington", "Anderson", "Raimundo", "Juliano", "Ezequiel", "Davi"],
           ["Jéssica", "Thaís", "Luana", "Francisca", "Raíssa", "Gleice", "Marlene", "Iara"],
           ["Albuquerque", "Nascimento", "Cavalcanti", "Bezerra", "Siqueira", "Monteiro", "Figueiredo",
            "Carvalho", "Brandão", "Maranhão", "Teixeira", "Queiroz"]),
    "sv": (["Viggo", "Hjalmar", "Elis", "Ludvig", "Amir", "Sixten", "Noel", "Algot"],
           ["Saga", "Tyra", "Ebba", "Majken", "Leila", "Svea", "Alva", "Ronja"],
           ["Lindqvist", "Bergström", "Håkansson", "Sjöberg", "Nyström", "Öberg", "Wallin", "Engdahl",
            "Haddad", "Lundgren", "Forsberg", "Åkesson"]),
    "ja": (["翔太", "健一", "大輔", "悠真", "拓海", "誠", "隆之", "蓮"],
           ["美咲", "陽菜", "由美子", "彩花", "恵子", "真由", "結衣", "千尋"],
           ["佐々木", "高橋", "渡辺", "小松", "岩崎", "中川", "石田", "藤原", "松本", "森下", "吉岡", "平野"]),
    "ko": (["민준", "서준", "도윤", "현우", "지호", "성민", "준혁", "태양"],
           ["서연", "지은", "하은", "수빈", "민지", "예린", "혜진", "다은"],
           ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오"]),
}

#: Japanese family and given names in katakana (kana columns)
JA_KANA = {"佐々木": "ササキ", "高橋": "タカハシ", "渡辺": "ワタナベ", "小松": "コマツ", "岩崎": "イワサキ",
           "中川": "ナカガワ", "石田": "イシダ", "藤原": "フジワラ", "松本": "マツモト", "森下": "モリシタ",
           "吉岡": "ヨシオカ", "平野": "ヒラノ", "翔太": "ショウタ", "健一": "ケンイチ", "大輔": "ダイスケ",
           "悠真": "ユウマ", "拓海": "タクミ", "誠": "マコト", "隆之": "タカユキ", "蓮": "レン", "美咲": "ミサキ",
           "陽菜": "ヒナ", "由美子": "ユミコ", "彩花": "アヤカ", "恵子": "ケイコ", "真由": "マユ", "結衣": "ユイ",
           "千尋": "チヒロ"}


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``."""
    male, fem, fam = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.5
    return g.rnd.choice(fem if female else male), g.rnd.choice(fam)


def whole(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    if lang in ("ja", "ko"):
        return f"{b}{a}" if lang == "ko" else f"{b} {a}"
    return f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() or ch == ".")


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(70, 99)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def romaji_email(g: Gen, domains: list[str]) -> str:
    """An e-mail of a Japanese or Korean person (romanized local part)."""
    local = g.rnd.choice(["shota", "misaki", "yumi", "kenichi", "hina", "minjun", "seoyeon", "jieun", "dyoon",
                          "hyejin", "tak", "chihiro"])
    return f"{local}{g.rnd.choice(['', '.', '_'])}{g.rnd.randint(1, 9999)}@{g.rnd.choice(domains)}"


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(first)}.{plain(last)}@{domain}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first).replace(".", ""), plain(last).replace(".", "")
    return [f"{a[0]}{b}"[:12], f"{a}.{b}", f"{b[:6]}{a[:2]}".upper()][style % 3]


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com"],
    "ca": ["gmail.com", "rogers.com", "sympatico.ca", "hotmail.ca", "outlook.com"],
    "gb": ["gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "outlook.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "yahoo.ie"],
    "nz": ["gmail.com", "xtra.co.nz", "hotmail.co.nz", "outlook.com"],
    "ng": ["gmail.com", "yahoo.com", "hotmail.com"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "mx": ["gmail.com", "hotmail.com", "yahoo.com.mx", "outlook.com"],
    "br": ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br"],
    "sv": ["gmail.com", "telia.com", "hotmail.se", "outlook.com"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp"],
    "ko": ["naver.com", "daum.net", "gmail.com", "kakao.com"],
}

# -- places (written for v98) ------------------------------------------------------------------------------------------

#: (city, county, ZIP prefix) in Ohio
US_CITIES = [("Columbus", "Franklin", "432"), ("Chillicothe", "Ross", "456"), ("Zanesville", "Muskingum", "437"),
             ("Lancaster", "Fairfield", "431"), ("Marion", "Marion", "433"), ("Athens", "Athens", "457"),
             ("Newark", "Licking", "430"), ("Delaware", "Delaware", "430")]
US_STREETS = ["Sycamore Hollow Rd", "E Livingston Ave", "Bexvie Ct", "Refugee Rd", "Cooper Mill Ln", "Huckleberry Dr",
              "W Fifth Ave", "Lazelle Rd", "Scioto Trail", "Orchard Knob Way", "Maple Grove Pike", "Tussing Rd"]
CA_CITIES = [("Thunder Bay", "P7B"), ("Sudbury", "P3A"), ("Kingston", "K7L"), ("Peterborough", "K9J"),
             ("Barrie", "L4M"), ("Sault Ste. Marie", "P6A"), ("Timmins", "P4N"), ("North Bay", "P1B")]
CA_STREETS = ["Red River Rd", "Algonquin Ave", "Lakeshore Dr", "Birchwood Cres", "Memorial Ave", "Notre Dame Ave",
              "Balsam St", "Tamarack Trail", "Cedar Point Rd", "Pinecrest Blvd"]
GB_CITIES = [("Stockport", "SK4"), ("Bolton", "BL1"), ("Wigan", "WN1"), ("Oldham", "OL8"), ("Bury", "BL9"),
             ("Rochdale", "OL11"), ("Salford", "M6"), ("Trafford", "M32")]
GB_STREETS = ["Heaton Moor Rd", "Chorley New Rd", "Wallgate", "Lees Rd", "Walmersley Rd", "Spotland Rd",
              "Eccles New Rd", "Kingsway Park", "Bridgewater Close", "Larkhill Grove"]
IE_CITIES = [("Galway", "H91"), ("Limerick", "V94"), ("Sligo", "F91"), ("Athlone", "N37"), ("Tralee", "V92"),
             ("Ennis", "V95"), ("Castlebar", "F23"), ("Letterkenny", "F92")]
IE_STREETS = ["Bóthar na Trá", "Dublin Road", "Mill Street", "Ballybrit Heights", "Rahoon Park", "Newcastle Road",
              "Knocknacarra Drive", "Church View", "Ard na Gréine", "Cregg Lane"]
NZ_CITIES = [("Rotorua", "3010"), ("Tauranga", "3110"), ("Whakatāne", "3120"), ("Gisborne", "4010"),
             ("Hastings", "4122"), ("Napier", "4110"), ("Taupō", "3330"), ("Ōpōtiki", "3122")]
NZ_STREETS = ["Fenton Street", "Ngongotahā Road", "Cameron Road", "Kāinga Place", "Gladstone Road", "Te Ngae Road",
              "Pukuatua Street", "Kawaha Point Road", "Marine Parade", "Tūhoe Street"]
NG_LGAS = ["Owo", "Akure South", "Ose", "Ifedore", "Idanre", "Ondo West", "Okitipupa", "Ile Oluji"]
NG_STREETS = ["Oba Adesida Road", "Ijoka Road", "Alagbaka Estate", "Oke-Aro Street", "Arakale Road", "Isikan Close",
              "Adegbola Street", "Hospital Road", "Oyemekun Road", "Shagari Village"]
IN_CITIES = [("Kochi", "682"), ("Thrissur", "680"), ("Kozhikode", "673"), ("Madurai", "625"), ("Pune", "411"),
             ("Nagpur", "440"), ("Lucknow", "226"), ("Vadodara", "390")]
IN_STREETS = ["MG Road", "Panampilly Nagar 2nd Cross", "Shastri Nagar Lane 4", "Kalamassery HMT Colony",
              "Anna Salai", "Koregaon Park Lane 7", "Civil Lines", "Alkapuri Society", "Gandhi Chowk", "Vyttila Hub Road"]
FR_CITIES = [("Brest", "29200"), ("Quimper", "29000"), ("Morlaix", "29600"), ("Lorient", "56100"),
             ("Vannes", "56000"), ("Lannion", "22300"), ("Saint-Brieuc", "22000"), ("Concarneau", "29900")]
FR_STREETS = ["rue de Siam", "rue Jean Jaurès", "impasse des Goélands", "allée des Ajoncs", "rue du Port",
              "chemin de Kervern", "boulevard de la Liberté", "rue Kéréon", "place de la Résistance", "venelle du Moulin"]
MX_CITIES = [("Oaxaca de Juárez", "68000"), ("Santa Lucía del Camino", "71228"), ("Tlacolula de Matamoros", "70400"),
             ("Juchitán de Zaragoza", "70000"), ("Salina Cruz", "70600"), ("Huajuapan de León", "69000")]
MX_STREETS = ["Calle Macedonio Alcalá", "Av. Independencia", "Callejón del Carmen", "Calle Morelos",
              "Privada de los Olivos", "Av. Ferrocarril", "Calle 5 de Mayo", "Cerrada de Pino Suárez"]
BR_CITIES = [("Recife", "PE", "50"), ("Olinda", "PE", "53"), ("Caruaru", "PE", "55"), ("Petrolina", "PE", "56"),
             ("João Pessoa", "PB", "58"), ("Campina Grande", "PB", "58"), ("Maceió", "AL", "57")]
BR_STREETS = ["Rua da Aurora", "Av. Conde da Boa Vista", "Rua do Bom Jesus", "Travessa dos Coqueiros",
              "Rua Sete de Setembro", "Av. Agamenon Magalhães", "Rua das Flores", "Rua Padre Roma"]
SE_CITIES = [("Umeå", "90"), ("Skellefteå", "93"), ("Luleå", "97"), ("Örnsköldsvik", "89"), ("Sundsvall", "85"),
             ("Östersund", "83")]
JA_CITIES = [("札幌市北区", "001"), ("旭川市", "070"), ("函館市", "040"), ("小樽市", "047"), ("釧路市", "085"),
             ("帯広市", "080")]
JA_STREETS = ["北七条西4丁目3-12", "宮下通8丁目1-5", "本町2丁目14-7", "花園町3-22", "末広町5-1-9", "西2条南11丁目6"]
KO_CITIES = [("전주시 완산구", "549"), ("군산시", "541"), ("익산시", "545"), ("정읍시", "561"), ("남원시", "558"),
             ("김제시", "543")]
KO_STREETS = ["기린대로 213", "팔달로 45-7", "백제대로 102", "효자로 88", "서곡로 17-3", "온고을로 251"]


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(2, 4_800) if lang == "us" else g.rnd.randint(1, 140)
    if lang in ("fr",):
        return f"{n} {s}"
    if lang in ("mx", "br", "de", "sv"):
        return f"{s} {n}" if lang != "br" else f"{s}, {n}"
    if lang in ("ja", "ko"):
        return s
    if lang == "in":
        return f"{n}/{g.rnd.randint(1, 60)}, {s}"
    return f"{n} {s}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    d = g.valid(make, _ssn.is_valid)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dashed else d


def us_ssn_decoy(g: Gen) -> str:
    """A case number shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    area = g.rnd.choice(["000", "666", f"9{g.digits(2)}"])
    return f"{area}-{g.digits(2)}-{g.digits(4)}"


def ca_sin(g: Gen) -> str:
    body = str(g.rnd.choice([1, 2, 3, 4, 5, 6, 7, 9])) + g.digits(7)
    d = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(d)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def nhs(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(4, 6)) + g.digits(9), _nhs.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def nhs_decoy(g: Gen) -> str:
    """Ten digits failing the NHS number's check (a school's pupil reference)."""
    return g.valid(lambda: str(g.rnd.randint(4, 6)) + g.digits(9), lambda x: not _nhs.is_valid(x))


def pps(g: Gen) -> str:
    return g.valid(lambda: g.digits(7) + g.rnd.choice(string.ascii_uppercase[:23]) + g.rnd.choice(["", "", "A"]),
                   _pps.is_valid)


def ird(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(10, 149)) + g.digits(6), _ird.is_valid)
    return _ird.format(d)


def aadhaar(g: Gen, spaced: bool = True) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if spaced else d


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (a specimen or form number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def nir(g: Gen, born: date, female: bool) -> str:
    body = f"{2 if female else 1}{born.year % 100:02d}{born.month:02d}{g.rnd.choice(['29', '56', '22'])}" \
           f"{g.rnd.randint(1, 300):03d}{g.rnd.randint(1, 999):03d}"
    d = body + _nir.calc_check_digits(body)
    assert _nir.is_valid(d)
    return d


_CURP_STATES = ["OC", "DF", "PL", "GR", "CS", "VZ"]


def curp(g: Gen, first: str, last: str, born: date, female: bool) -> str:
    def letters(text: str) -> str:
        return "".join(ch for ch in fold(text).upper() if ch.isalpha()) or "X"

    a, b = letters(last), letters(first)
    vowels = [ch for ch in a[1:] if ch in "AEIOU"] or ["X"]

    def consonant(text: str) -> str:
        return next((ch for ch in text[1:] if ch not in "AEIOU"), "X")

    def make() -> str:
        head = f"{a[0]}{vowels[0]}{g.rnd.choice('ABCDEGHLMNOPRSTVZ')}{b[0]}"
        body = f"{head}{born.year % 100:02d}{born.month:02d}{born.day:02d}{'M' if female else 'H'}" \
               f"{g.rnd.choice(_CURP_STATES)}{consonant(a)}{g.rnd.choice('BCDFGHJLMNRSTVZ')}{consonant(b)}" \
               f"{g.rnd.choice(string.digits) if born.year < 2000 else g.rnd.choice(string.ascii_uppercase)}"
        return body + _curp.calc_check_digit(body)

    return g.valid(make, _curp.is_valid)


def cpf(g: Gen, dotted: bool = True) -> str:
    d = g.valid(lambda: g.digits(11), lambda x: _cpf.is_valid(x) and len(set(x)) > 1)
    return _cpf.format(d) if dotted else d


def personnummer(g: Gen, born: date) -> str:
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{g.digits(3)}"
    return f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"


def my_number(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(10)
    return body + _mynumber.calc_check_digit(body)


def rrn(g: Gen, born: date, female: bool) -> str:
    sex = (2 if female else 1) + (2 if born.year >= 2000 else 0)
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{sex}{g.rnd.randint(0, 96):02d}{g.digits(3)}"
    d = body + _rrn.calc_check_digit(body)
    assert _rrn.is_valid(d)
    return f"{d[:6]}-{d[6:]}"


def luhn_decoy(g: Gen, n: int) -> str:
    """``n`` digits failing the Luhn check (shaped like a SIN or a personnummer)."""
    return g.valid(lambda: g.digits(n), lambda x: not luhn.is_valid(x))


# -- public-health vocabulary (written for v98) ------------------------------------------------------------------------

US_LABS = ["Buckeye Reference Laboratory", "Scioto Valley Hospital Lab", "Muskingum Regional Medical Center",
           "Heartland Clinical Labs"]
NOTIFIABLE = ["Salmonellosis", "Campylobacteriosis", "Pertussis", "Hepatitis A", "Legionellosis", "Lyme disease",
              "Shiga toxin-producing E. coli", "Varicella", "Mumps"]


def imo_is_valid(value: str) -> bool:
    from stdnum import imo
    return imo.is_valid(value)


def brn_is_valid(value: str) -> bool:
    from stdnum.kr import brn
    return brn.is_valid(value)
