"""Values of held-out set v134 (:mod:`benchmarks.classification.heldout_v134`): v134's random source, and names,
streets, cities, shops, refund counters and free-text snippets written by hand for v134's tax-free shopping, VAT
refund and duty-free systems (no Faker, no list of real people, no breach data), phones checked with phonenumbers and
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
from stdnum import ean, luhn
from stdnum.au import abn as _abn
from stdnum.au import tfn as _tfn
from stdnum.ca import sin as _sin
from stdnum.ch import uid as _uid
from stdnum.cn import ric as _ric
from stdnum.cn import uscc as _uscc
from stdnum.cz import dic as _dic
from stdnum.cz import rc as _rc
from stdnum.jp import cn as _jpcn
from stdnum.kr import brn as _brn
from stdnum.kr import rrn as _rrn
from stdnum.mx import curp as _curp
from stdnum.ru import inn as _inn
from stdnum.sg import uen as _uen
from stdnum.th import pin as _thpin
from stdnum.tw import ubn as _ubn
from stdnum.vn import mst as _mst

from benchmarks.classification.heldout_v2 import Column

SEED = 134_731_2026
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v134's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNK", "?",
    "nil", "0", "TBA", "なし", "不明", "없음", "미상", "无", "暂无", "ไม่มี", "-ไม่ระบุ-", "không có", "chưa rõ",
    "нет", "не указано", "žádná", "neuvedeno", "sin dato")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "").replace(
        "đ", "d")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v134:{SEED}:{table}")

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


US_AREAS = ["617", "781", "203", "401", "207", "802", "860", "915"]
CA_AREAS = ["905", "289", "365"]

# -- names (written for v134) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "ca": (["Brennan", "Dario", "Jaskaran", "Mathieu", "Owen", "Stavros", "Tyrell", "Wesley"],
           ["Adriana", "Brooke", "Gurleen", "Karolina", "Mackenzie", "Nadia", "Rosalie", "Tamsin"],
           ["Bellinger", "DiNardo", "Grewal", "Hollenbeck", "Kovacevic", "Lapointe", "McCreadie", "Nguyen-Ross",
            "Pettipiece", "Szabo", "Vandersluis", "Woolcott"]),
    "au": (["Beau", "Callan", "Darcy", "Hamish", "Jarrah", "Lachie", "Nikhil", "Tristan"],
           ["Aleisha", "Bronte", "Kirra", "Matilda", "Shanae", "Tegan", "Vanessa", "Zali"],
           ["Ashby", "Barrington", "Crisafulli", "Dunstan", "Fitzgerald", "Giannopoulos", "Hartigan", "Kerrigan",
            "Lennox", "Pham", "Quartermaine", "Rafferty"]),
    "nz": (["Archer", "Hunter", "Kauri", "Nikau", "Riley", "Tama", "Te Ariki", "Zane"],
           ["Ataahua", "Brooklyn", "Georgia", "Hana", "Mereana", "Paige", "Sienna", "Waimarie"],
           ["Bishop-Rangi", "Carmody", "Hetaraka", "Kereama", "MacDiarmid", "Ngata", "Paewai", "Rutherford",
            "Soliai", "Tawhiri", "Whitlock", "Yardley"]),
    "ph": (["Jerome", "Rodel", "Mark Anthony", "Ronaldo", "Arnel", "Jun-Jun", "Emmanuel", "Reynaldo"],
           ["Maricel", "Rowena", "Jocelyn", "Lovely", "Analyn", "Cherry Mae", "Rosario", "Divina"],
           ["Dela Cruz", "Bautista", "Villanueva", "Macaraeg", "Pangilinan", "Evangelista", "Soriano", "Manalo",
            "Dimaculangan", "Tolentino", "Lacson", "Sarmiento"]),
    "mx": (["Abelardo", "Cuauhtémoc", "Efraín", "Gerardo", "Heriberto", "Lisandro", "Porfirio", "Saúl"],
           ["Araceli", "Brenda", "Dulce", "Griselda", "Maribel", "Nohemí", "Perla", "Yazmín"],
           ["Arellano", "Bustillos", "Chaparro", "Domínguez", "Escárcega", "Holguín", "Loya", "Meléndez",
            "Ontiveros", "Rascón", "Terrazas", "Valenzuela"]),
    "us": (["Brantley", "Cormac", "Desmond", "Everett", "Grayson", "Lowell", "Prescott", "Winslow"],
           ["Adelaide", "Blythe", "Cordelia", "Harriet", "Juniper", "Marguerite", "Sloane", "Winifred"],
           ["Aldridge", "Babcock", "Cabot", "Fairbanks", "Hathaway", "Lowenthal", "Mendelsohn", "Pemberton",
            "Rockwell", "Saltonstall", "Thorndike", "Whitmore"]),
    "intl": (["Haruto", "Wei Jie", "Arif", "Dmitri", "Lucas", "Mohammed", "Siddharth", "Tuan"],
             ["Aiko", "Mei Ling", "Putri", "Olga", "Chloé", "Fatima", "Ananya", "Linh"],
             ["Tanaka", "Lim", "Santoso", "Volkov", "Moreau", "Al Mansoori", "Krishnan", "Tran", "Schneider",
              "Okafor", "Hernandez", "Yilmaz"]),
    "ja": (["健太", "翔", "浩二", "達也", "亮", "直樹", "優斗", "和也"],
           ["さくら", "麻衣", "奈々", "美穂", "香織", "彩", "沙織", "明日香"],
           ["山田", "井上", "木村", "林", "清水", "山口", "池田", "橋本", "阿部", "石川", "前田", "藤井"]),
    "ko": (["지훈", "동현", "승우", "재원", "민성", "영호", "상철", "우진"],
           ["수진", "은지", "나연", "소희", "미경", "유나", "정민", "가영"],
           ["김", "이", "박", "고", "양", "문", "송", "홍", "부", "현", "강", "오"]),
    "zh": (["伟", "强", "磊", "俊杰", "浩然", "志明", "建国", "子轩"],
           ["芳", "婷婷", "静", "丽娟", "雨萱", "欣怡", "晓燕", "梦琪"],
           ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "符", "林"]),
    "th": (["สมชาย", "ธนากร", "วีระพงษ์", "ณัฐพล", "กิตติศักดิ์", "อนุชา", "ประเสริฐ", "ศุภชัย"],
           ["สุภาพร", "วรรณา", "ปิยะนุช", "กนกวรรณ", "ศิริพร", "นภัสสร", "อรุณี", "พิมพ์ชนก"],
           ["ศรีสุข", "ทองดี", "แก้วมณี", "บุญมา", "จันทร์เพ็ญ", "รัตนพันธ์", "วงศ์สวัสดิ์", "สุขเจริญ",
            "พรหมมา", "ใจดี", "เพชรรัตน์", "นาคสวัสดิ์"]),
    "vi": (["Minh", "Tuấn", "Hùng", "Quang Huy", "Đức Anh", "Thành", "Bảo Long", "Khoa"],
           ["Lan", "Thu Trang", "Ngọc Ánh", "Hương", "Phương Thảo", "Mai", "Thanh Hà", "Bích Ngọc"],
           ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]),
    "ru": (["Алексей", "Дмитрий", "Игорь", "Павел", "Сергей", "Артём", "Виктор", "Константин"],
           ["Анна", "Екатерина", "Ольга", "Марина", "Татьяна", "Ксения", "Юлия", "Светлана"],
           ["Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Новиков", "Морозов", "Волков", "Фёдоров",
            "Орлов", "Белов", "Зайцев"]),
    "cs": (["Jiří", "Tomáš", "Ondřej", "Lukáš", "Vojtěch", "Radek", "Matěj", "Zdeněk"],
           ["Kateřina", "Lucie", "Tereza", "Veronika", "Markéta", "Jana", "Barbora", "Zuzana"],
           ["Novák", "Dvořák", "Procházka", "Kučera", "Veselý", "Horák", "Němec", "Pokorný", "Marek",
            "Hájek", "Jelínek", "Růžička"]),
}

#: Russian patronymics (male given name -> (son's, daughter's) forms)
RU_PATRONYMICS = ["Алексеевич", "Дмитриевич", "Игоревич", "Павлович", "Сергеевич", "Викторович",
                  "Алексеевна", "Дмитриевна", "Игоревна", "Павловна", "Сергеевна", "Викторовна"]


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``; Russian and Czech family names take the female form."""
    male, fem, fam = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.5
    first, last = g.rnd.choice(fem if female else male), g.rnd.choice(fam)
    if female and lang == "ru":
        last += "а"
    if female and lang == "cs":
        last = last[:-1] + "ová" if last.endswith("ý") else last + "ová"
    return first, last


def whole(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    if lang in ("ja", "ko", "zh"):
        return f"{b}{a}" if lang != "ja" else f"{b} {a}"
    if lang == "vi":
        mid = g.rnd.choice(["Văn", "Thị", "Minh", "Ngọc", "Đức", "Hữu"])
        return f"{b} {mid} {a}"
    return f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() or ch == ".")


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(70, 99)}"])
    return f"{local}@{g.rnd.choice(domains)}"


#: romanized local parts for e-mails of people whose names are in a non-Latin script
ROMAN_LOCALS: dict[str, list[str]] = {
    "ja": ["kenta", "sakura", "tatsuya", "mai.k", "naoki", "kaori", "yuto", "asuka"],
    "ko": ["jihoon", "sujin", "donghyun", "eunji", "seungwoo", "nayeon", "jaewon", "yuna"],
    "zh": ["wangfang", "li.qiang", "zhanglei", "liutingting", "chenjing", "yang.hr", "huangxy", "zhaomq"],
    "th": ["somchai", "suphaporn", "thanakorn", "wanna", "nattapol", "piyanuch", "kittisak", "siriporn"],
    "ru": ["alexey", "anna.s", "dmitry", "ekaterina", "igor", "olga", "pavel", "marina"],
}


def roman_email(g: Gen, lang: str) -> str:
    """An e-mail of a person whose name is written in a non-Latin script (romanized local part)."""
    local = g.rnd.choice(ROMAN_LOCALS[lang])
    return f"{local}{g.rnd.choice(['', '.', '_'])}{g.rnd.randint(1, 9999)}@{g.rnd.choice(DOMAINS[lang])}"


def any_email(g: Gen, lang: str) -> str:
    if lang in ROMAN_LOCALS:
        return roman_email(g, lang)
    return email_of(g, *person(g, lang), DOMAINS[lang])


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first).replace(".", ""), plain(last).replace(".", "")
    return [f"{a[0]}{b}"[:12], f"{a}.{b}", f"{b[:6]}{a[:2]}".upper()][style % 3]


DOMAINS: dict[str, list[str]] = {
    "ca": ["gmail.com", "cogeco.ca", "bell.net", "hotmail.com", "yahoo.ca"],
    "au": ["gmail.com", "bigpond.com", "iinet.net.au", "outlook.com", "optusnet.com.au"],
    "nz": ["gmail.com", "xtra.co.nz", "outlook.co.nz", "slingshot.co.nz"],
    "ph": ["gmail.com", "yahoo.com.ph", "outlook.com", "ymail.com"],
    "mx": ["gmail.com", "hotmail.com", "prodigy.net.mx", "outlook.es"],
    "us": ["gmail.com", "comcast.net", "verizon.net", "icloud.com", "me.com"],
    "intl": ["gmail.com", "yahoo.co.id", "mail.ru", "hotmail.fr", "qq.com", "outlook.com"],
    "ja": ["docomo.ne.jp", "softbank.ne.jp", "gmail.com", "icloud.com"],
    "ko": ["naver.com", "daum.net", "hanmail.net", "gmail.com"],
    "zh": ["qq.com", "163.com", "126.com", "sina.com"],
    "th": ["gmail.com", "hotmail.com", "yahoo.co.th"],
    "vi": ["gmail.com", "yahoo.com.vn", "outlook.com"],
    "ru": ["mail.ru", "yandex.ru", "rambler.ru", "gmail.com"],
    "cs": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com"],
}

# -- places (written for v134) -----------------------------------------------------------------------------------------

#: (city, forward sortation area) in the Niagara region
CA_CITIES = [("Niagara Falls", "L2E"), ("Niagara Falls", "L2G"), ("St. Catharines", "L2R"), ("Fort Erie", "L2A"),
             ("Welland", "L3B"), ("Niagara-on-the-Lake", "L0S"), ("Thorold", "L2V"), ("Grimsby", "L3M")]
CA_STREETS = ["Lundy's Lane", "Thorold Stone Rd", "Drummond Rd", "Garrison Rd", "Niagara Pkwy", "Portage Rd",
              "Queenston St", "Lakeshore Rd W", "Dorchester Rd", "Montrose Rd"]
#: (suburb, postcode, state) in Western Australia (Singapore claims) and Queensland (TRS claims)
WA_SUBURBS = [("Perth", "6000", "WA"), ("Fremantle", "6160", "WA"), ("Joondalup", "6027", "WA"),
              ("Mandurah", "6210", "WA"), ("Bunbury", "6230", "WA"), ("Rockingham", "6168", "WA"),
              ("Scarborough", "6019", "WA"), ("Subiaco", "6008", "WA")]
WA_STREETS = ["Stirling Hwy", "Hay St", "Marine Pde", "Canning Hwy", "Wanneroo Rd", "Albany Hwy", "Jacaranda Cres",
              "Banksia Tce"]
QLD_SUBURBS = [("Brisbane City", "4000", "QLD"), ("Southport", "4215", "QLD"), ("Cairns City", "4870", "QLD"),
               ("Townsville City", "4810", "QLD"), ("Toowoomba City", "4350", "QLD"),
               ("Maroochydore", "4558", "QLD"), ("Paddington", "4064", "QLD"), ("Mackay", "4740", "QLD")]
QLD_STREETS = ["Ann St", "Gympie Rd", "Sheridan St", "Flinders St", "Ruthven St", "Aerodrome Rd", "Latrobe Tce",
               "Mango Ave"]
NZ_CITIES = [("Auckland", "1010"), ("Manukau", "2104"), ("Hamilton", "3204"), ("Whangārei", "0110"),
             ("Takapuna", "0622"), ("Papakura", "2110"), ("Tauranga", "3110"), ("Pukekohe", "2120")]
#: (city or municipality, ZIP code, province)
PH_CITIES = [("Parañaque", "1700", "Metro Manila"), ("Pasay", "1300", "Metro Manila"),
             ("Quezon City", "1100", "Metro Manila"), ("Cebu City", "6000", "Cebu"),
             ("Davao City", "8000", "Davao del Sur"),
             ("Angeles", "2009", "Pampanga"), ("Iloilo City", "5000", "Iloilo"), ("Batangas City", "4200", "Batangas"),
             ("Baguio", "2600", "Benguet")]
PH_STREETS = ["Brgy. San Dionisio, Sucat Rd", "Brgy. Malibay, P. Burgos St", "Brgy. Bagong Pag-asa, Mindanao Ave",
              "Brgy. Lahug, Gorordo Ave", "Brgy. Buhangin, Km 7", "Brgy. Balibago, Fields Ave",
              "Brgy. Jaro, E. Lopez St", "Brgy. Kumintang Ibaba, P. Burgos St"]
#: (city, postal code, state) in Chihuahua
MX_CITIES = [("Ciudad Juárez", "32000", "CHIH"), ("Chihuahua", "31000", "CHIH"), ("Delicias", "33000", "CHIH"),
             ("Cuauhtémoc", "31500", "CHIH"), ("Nuevo Casas Grandes", "31700", "CHIH"),
             ("Hidalgo del Parral", "33800", "CHIH"), ("Ciudad Juárez", "32310", "CHIH")]
MX_STREETS = ["Av. Tecnológico", "Calle Vicente Guerrero", "Av. de la Raza", "Calle Ignacio Mejía",
              "Av. Paseo Triunfo de la República", "Calle Ojinaga", "Privada de los Álamos", "Av. Juan Pablo II"]
#: (city, ZIP, state) in New England
US_CITIES = [("Boston", "02116", "MA"), ("Greenwich", "06830", "CT"), ("Providence", "02906", "RI"),
             ("Portland", "04101", "ME"), ("Burlington", "05401", "VT"), ("West Hartford", "06107", "CT"),
             ("Newton", "02459", "MA"), ("Hanover", "03755", "NH")]
US_STREETS = ["Commonwealth Ave", "Round Hill Rd", "Benefit St", "Congress St", "Church St", "Farmington Ave",
              "Chestnut Hill Rd", "Occom Ridge"]
#: (city, postcode, province, RIC area codes of its districts)
CN_CITIES = [("海口市", "570100", "海南省", ("460102", "460103", "460104")),
             ("三亚市", "572000", "海南省", ("460200",)),
             ("广州市", "510000", "广东省", ("440103", "440104")), ("深圳市", "518000", "广东省", ("440303", "440304")),
             ("长沙市", "410000", "湖南省", ("430102", "430103")), ("成都市", "610000", "四川省", ("510104", "510105")),
             ("武汉市", "430000", "湖北省", ("420102", "420103")), ("上海市", "200000", "上海市", ("310101", "310104"))]
CN_STREETS = ["滨海大道", "龙昆南路", "解放路", "人民北路", "中山大道", "建设路", "迎宾路", "南京西路"]
#: (si/gun/gu, postcode prefix)
KO_CITIES = [("제주시", "63"), ("서귀포시", "63"), ("서울특별시 강남구", "06"), ("부산광역시 해운대구", "48"),
             ("대구광역시 수성구", "42"), ("성남시 분당구", "13"), ("광주광역시 서구", "61"),
             ("대전광역시 유성구", "34")]
KO_STREETS = ["연북로 123", "중앙로 45-2", "테헤란로 312", "해운대해변로 88", "달구벌대로 2501", "판교역로 166",
              "상무대로 1001", "대학로 99"]
VN_CITIES = [("Hà Nội", "001"), ("TP. Hồ Chí Minh", "079"), ("Hải Phòng", "031"), ("Đà Nẵng", "048"),
             ("Quảng Ninh", "022"), ("Nghệ An", "040"), ("Cần Thơ", "092"), ("Bắc Ninh", "027")]
VN_STREETS = ["Phố Huế", "Đường Láng", "Nguyễn Trãi", "Lê Lợi", "Trần Phú", "Hai Bà Trưng", "Điện Biên Phủ",
              "Hoàng Quốc Việt"]
#: (obec, PSČ)
CZ_CITIES = [("Praha 6", "160 00"), ("Praha 10", "100 00"), ("Kladno", "272 01"), ("Brno", "602 00"),
             ("Plzeň", "301 00"), ("Mladá Boleslav", "293 01"), ("Beroun", "266 01"), ("Liberec", "460 01")]
CZ_STREETS = ["Evropská", "Vinohradská", "Dlouhá", "Palackého", "Husova", "Nádražní", "Masarykova", "Na Petřinách"]

_STREET_AFTER = ("mx", "cs", "vi")


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(2, 980) if lang in ("us", "ca") else g.rnd.randint(1, 180)
    if lang == "mx":
        return f"{s} {n}"
    if lang == "cs":
        return f"{s} {n}/{g.rnd.randint(1, 40)}"
    if lang == "vi":
        return f"Số {n} {s}"
    if lang == "au" and g.rnd.random() < 0.3:
        return f"{g.rnd.randint(1, 30)}/{n} {s}"
    if lang == "zh":
        return f"{s}{n}号{g.rnd.randint(1, 30)}栋{g.rnd.randint(101, 2808)}室"
    if lang in ("ko", "ph"):
        return f"{s}" if lang == "ko" else f"{n} {s}"
    return f"{n} {s}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def ca_sin(g: Gen) -> str:
    body = str(g.rnd.choice([1, 2, 3, 4, 5, 6, 7, 9])) + g.digits(7)
    d = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(d)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def luhn_decoy(g: Gen, n: int) -> str:
    """``n`` digits failing the Luhn check (shaped like a SIN)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(n - 1), lambda x: not luhn.is_valid(x))


def card(g: Gen, spaced: bool = False) -> str:
    body = g.rnd.choice(["4", "51", "53", "55", "2221", "4"]) + g.digits(10)
    body += g.digits(15 - len(body))
    d = body + luhn.calc_check_digit(body)
    return " ".join(d[i:i + 4] for i in range(0, 16, 4)) if spaced else d


def passport(g: Gen, country: str) -> str:
    """A passport number of ``country``, by shape only (passports have no public check digit)."""
    layout = {"AU": g.rnd.choice(["PA9999999", "PB9999999", "N9999999", "E9999999"]), "NZ": "LA999999",
              "PH": "P9999999A", "US": "A99999999" if g.rnd.random() < 0.5 else "999999999",
              "CN": "E99999999", "KR": "M99999999", "JP": "TZ9999999", "TW": "399999999", "ID": "C9999999",
              "MY": "A99999999", "RU": "7599999999", "VN": "C9999999", "FR": "99AA99999", "IN": "Z9999999",
              "AE": "A9999999", "GB": "599999999", "DE": "C99A9AA99"}.get(country, "A9999999")
    return g.code(layout)


def abn(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _abn.is_valid)
    return _abn.format(d)


def abn_decoy(g: Gen) -> str:
    """Eleven digits failing the ABN check (a supplier's invoice number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _abn.is_valid(x))


def tfn(g: Gen) -> str:
    d = g.valid(lambda: g.digits(9), _tfn.is_valid)
    return _tfn.format(d)


def uen(g: Gen) -> str:
    """A Singapore local company UEN (``yyyynnnnnX``)."""
    def make() -> str:
        body = f"{g.rnd.randint(1985, 2023)}{g.digits(5)}"
        return body + _uen.calc_local_company_check_digit(body)

    return g.valid(make, _uen.is_valid)


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
               f"{g.rnd.choice(['CH', 'CH', 'CH', 'DG', 'SR', 'CL'])}{consonant(a)}{g.rnd.choice('BCDFGHJLMNRSTVZ')}" \
               f"{consonant(b)}{g.rnd.choice(string.digits) if born.year < 2000 else g.rnd.choice('ABC')}"
        return body + _curp.calc_check_digit(body)

    return g.valid(make, _curp.is_valid)


def ubn(g: Gen) -> str:
    return g.valid(lambda: g.digits(8), _ubn.is_valid)


def che_uid(g: Gen) -> str:
    d = g.valid(lambda: "CHE" + str(g.rnd.randint(1, 9)) + g.digits(8), _uid.is_valid)
    return _uid.format(d) + " MWST"


def ean13(g: Gen, prefix: str) -> str:
    body = prefix + g.digits(12 - len(prefix))
    return body + ean.calc_check_digit(body)


def jp_corporate(g: Gen) -> str:
    body = g.digits(12)
    return _jpcn.calc_check_digit(body) + body


def rrn(g: Gen, born: date, female: bool) -> str:
    sex = (2 if female else 1) + (2 if born.year >= 2000 else 0)
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{sex}{g.rnd.randint(0, 96):02d}{g.digits(3)}"
    d = body + _rrn.calc_check_digit(body)
    assert _rrn.is_valid(d)
    return f"{d[:6]}-{d[6:]}"


def brn(g: Gen) -> str:
    d = g.valid(lambda: g.digits(10), _brn.is_valid)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}"


_RIC_AREAS: dict[tuple[str, int], list[str]] = {}


def _ric_areas(prefix: str, year: int) -> list[str]:
    """The county codes under ``prefix`` (4 digits) that python-stdnum knows as assigned in ``year``."""
    if (prefix, year) not in _RIC_AREAS:
        found = []
        for i in range(40):
            body = f"{prefix}{i:02d}{year}0101123"
            if ric_is_valid(body + _ric.calc_check_digit(body + "0")):
                found.append(f"{prefix}{i:02d}")
        _RIC_AREAS[prefix, year] = found
    return _RIC_AREAS[prefix, year]


def ric(g: Gen, areas: tuple[str, ...], born: date, female: bool) -> str:
    """A resident identity number of someone born ``born`` in one of ``areas`` (or, when python-stdnum knows none
    of their counties in that year, in Shanghai's)."""
    seq = g.rnd.randint(0, 49) * 2 + (0 if female else 1)
    codes = _ric_areas(g.rnd.choice(areas)[:4], born.year) or _ric_areas("3101", born.year)
    body = f"{g.rnd.choice(codes)}{born:%Y%m%d}{g.rnd.randint(0, 9)}{seq:02d}"
    d = body + _ric.calc_check_digit(body + "0")
    assert ric_is_valid(d)
    return d


def ric_decoy(g: Gen) -> str:
    """Eighteen digits shaped like a resident identity number (a date inside) and failing its check (an order
    number)."""
    def make() -> str:
        return f"46{g.digits(4)}2025{g.rnd.randint(1, 12):02d}{g.rnd.randint(1, 28):02d}{g.digits(4)}"

    return g.valid(make, lambda x: not ric_is_valid(x))


def ric_is_valid(value: str) -> bool:
    """Whether ``value`` is a valid resident identity number (python-stdnum's check, which raises ``KeyError`` for
    some area codes it lists without counties: those are not valid here)."""
    try:
        return _ric.is_valid(value)
    except KeyError:
        return False


def uscc(g: Gen) -> str:
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = "91" + g.rnd.choice(["4601", "4602", "4403"]) + g.digits(2) + "".join(g.rnd.choice(alphabet)
                                                                                  for _ in range(9))
    return g.valid(lambda: body + _uscc.calc_check_digit(body), _uscc.is_valid)


def th_pin(g: Gen, dashed: bool = True) -> str:
    body = str(g.rnd.randint(1, 5)) + g.digits(11)
    d = body + _thpin.calc_check_digit(body)
    assert _thpin.is_valid(d)
    return f"{d[0]}-{d[1:5]}-{d[5:10]}-{d[10:12]}-{d[12]}" if dashed else d


def th_company_tin(g: Gen) -> str:
    """A Thai juristic person's tax id (13 digits starting 0 with the PIN's check digit)."""
    body = "0" + g.rnd.choice(["835", "105", "107"]) + g.digits(8)
    return body + _thpin.calc_check_digit(body)


def cccd(g: Gen, province: str, born: date, female: bool) -> str:
    """A Vietnamese CCCD: province, century and sex, the birth year's last two digits, six digits (no check)."""
    century = (0 if born.year < 2000 else 2) + (1 if female else 0)
    return f"{province}{century}{born.year % 100:02d}{g.digits(6)}"


def vn_mst(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice(["01", "03", "02"]) + g.digits(8), _mst.is_valid)


def ru_passport(g: Gen) -> str:
    return f"{g.rnd.choice(['40', '41', '45', '46'])} {g.digits(2)} {g.digits(6)}"


def ru_inn_person(g: Gen) -> str:
    body = g.rnd.choice(["78", "77", "47"]) + g.digits(8)
    d = body + _inn.calc_personal_check_digits(body)
    assert _inn.is_valid(d)
    return d


def ru_inn_company(g: Gen) -> str:
    body = "78" + g.digits(7)
    d = body + _inn.calc_company_check_digit(body)
    assert _inn.is_valid(d)
    return d


def ru_inn_decoy(g: Gen) -> str:
    """Twelve digits failing the personal INN check (a receipt number)."""
    return g.valid(lambda: "78" + g.digits(10), lambda x: not _inn.is_valid(x))


def rodne_cislo(g: Gen, born: date, female: bool) -> str:
    month = born.month + (50 if female else 0)
    head = f"{born.year % 100:02d}{month:02d}{born.day:02d}"

    def make() -> str:
        return f"{head}{g.digits(4)}"

    d = g.valid(make, _rc.is_valid)
    return f"{d[:6]}/{d[6:]}"


def rc_decoy(g: Gen) -> str:
    """Ten digits written like a birth number (``######/####``) failing its check (a receipt number)."""
    def make() -> str:
        return f"{g.rnd.randint(20, 25):02d}{g.rnd.randint(1, 12):02d}{g.rnd.randint(1, 28):02d}{g.digits(4)}"

    d = g.valid(make, lambda x: not _rc.is_valid(x))
    return f"{d[:6]}/{d[6:]}"


def ico(g: Gen) -> str:
    return g.valid(lambda: g.digits(8), _dic.is_valid)


def cz_iban(g: Gen) -> str:
    from stdnum import iban
    from stdnum.cz import bankaccount

    def make() -> str:
        acct = g.digits(10)
        bank = g.rnd.choice(["0800", "0100", "0300", "2010", "3030"])
        bban = bank + "000000" + acct
        return "CZ00" + bban

    def fix(raw: str) -> str:
        check = iban.calc_check_digits(raw)
        return raw[:2] + check + raw[4:]

    value = g.valid(lambda: fix(make()), lambda x: iban.is_valid(x) and bankaccount.is_valid(
        f"{int(x[14:]):d}/{x[4:8]}"))
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4))


# -- vocabulary (written for v134) -------------------------------------------------------------------------------------

NIAGARA_STORES = [("Rainbow Crossing Duty Free", "Niagara Falls"), ("Peace Bridge Duty Free Plaza", "Fort Erie"),
                  ("Whirlpool Bridge Duty Free", "Niagara Falls"), ("Lewiston Heights Duty Free", "Queenston")]
SG_RETAILERS = ["Orchard Luxe Timepieces Pte Ltd", "Marina Jade Jewellers Pte Ltd", "Lion City Electronics Pte Ltd",
                "Raffles Row Leather Pte Ltd", "Tanglin Optical House Pte Ltd"]
NZ_COLLECTION = ["International Departures Pier A pick-up", "International Departures Pier B pick-up",
                 "Arrivals duty-free pick-up"]
NZ_PRODUCTS = [("Manuka honey UMF 15+ 500g", "MNK"), ("Single malt whisky 1L", "WSK"), ("Sauvignon blanc 6-pack",
                                                                                       "SVB"),
               ("Eau de parfum 100ml", "EDP"), ("Noise-cancelling headphones", "NCH"), ("Merino wool throw", "MRN")]
AU_SUPPLIERS = ["Coral Coast Opals Pty Ltd", "Brisbane Camera House Pty Ltd", "Queen St Fine Jewellery",
                "Southbank Surf Co", "Cairns Reef Pearls Pty Ltd", "Gold Coast Electronics Depot"]
TX_STORES = [("CIELO VISTA FASHIONS", "9155550141"), ("SUNLAND BOOTS & WESTERN", "9155550178"),
             ("MESA ST ELECTRONICS", "9155550199"), ("FRANKLIN CT JEWELRY", "9155550120")]
TW_SELLERS = ["信義精品百貨股份有限公司", "西門町藥妝有限公司", "中山電子商行", "士林鳳梨酥坊", "永康茶行"]
SWISS_MODELS = ["Aiguille Chrono 42", "Cervin GMT Titanium", "Matterhorn Moonphase 39", "Gornergrat Diver 300",
                "Riffelalp Dress Gold"]
JP_PRODUCTS = ["目薬 クール 12ml", "化粧水 しっとり 200ml", "日焼け止め SPF50+", "胃腸薬 錠剤 90錠",
               "シートマスク 30枚入", "ヘアオイル 100ml"]
KO_COUNTERS = ["제주공항 출국장 인도장", "제주항 여객터미널 인도장", "중문 시내점 인도장"]
CN_PICKUPS = ["美兰机场离岛提货点", "凤凰机场离岛提货点", "新海港提货点", "邮寄送达"]
CN_PRODUCTS = ["精华液 50ml", "香水 100ml", "口红 3.5g", "智能手表", "皮革手提包", "面霜 50ml"]
TH_PRODUCTS = ["แหวนไพลินเหลือง", "สร้อยไข่มุกภูเก็ต", "ต่างหูทับทิม", "กำไลทองคำขาว", "จี้บุษราคัม"]
VN_PRODUCTS = ["Nước hoa 100ml", "Rượu vang Pháp", "Socola Thụy Sĩ", "Son môi", "Đồng hồ thông minh"]
RU_PRODUCTS = ["Парфюм 100 мл", "Виски 1 л", "Шоколад ассорти", "Часы наручные", "Крем для лица"]
CZ_PRODUCTS = ["Becherovka 1 l", "Parfém 50 ml", "Čokoláda pralinky", "Český granát - náušnice", "Slivovice 0,7 l"]
#: (city, postcode) around St Petersburg
RU_CITIES = [("Санкт-Петербург", "191025"), ("Санкт-Петербург", "197342"), ("Пушкин", "196601"),
             ("Колпино", "196655"), ("Гатчина", "188300"), ("Всеволожск", "188640"), ("Великий Новгород", "173001"),
             ("Петрозаводск", "185035")]
RU_STREETS = ["Невский пр.", "ул. Садовая", "Московский пр.", "ул. Савушкина", "пр. Просвещения", "ул. Ленина",
              "наб. Обводного канала", "ул. Профессора Попова"]
TH_SHOPS = ["ห้างเพชรป่าตองจิวเวลรี่", "ร้านไข่มุกอันดามัน", "บ้านพลอยกะตะ", "ห้างทองเมืองภูเก็ต"]
JP_HOTELS = ["ホテル心斎橋ベイ", "なんばグランドイン", "大阪本町ステイ", "梅田リバーサイドホテル", "民泊 日本橋三丁目"]


def ru_street(g: Gen) -> str:
    return f"{g.rnd.choice(RU_STREETS)}, д. {g.rnd.randint(1, 120)}, кв. {g.rnd.randint(1, 300)}"


def ru_staff(g: Gen) -> str:
    """A cashier written ``Фамилия И. О.``."""
    female = g.rnd.random() < 0.6
    first, last = person(g, "ru", female)
    patronymic = g.rnd.choice(RU_PATRONYMICS[6:] if female else RU_PATRONYMICS[:6])
    return f"{last} {first[0]}. {patronymic[0]}."
