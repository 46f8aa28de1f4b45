"""Values of held-out set v30 (:mod:`benchmarks.classification.heldout_v30`): v30's random source, names, streets,
cities and companies written by hand for v30 (no Faker, no list of real people, no breach data), phones checked with
phonenumbers and identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module (the phone helper takes its own mobile prefixes and
the formats people type in India, Brazil, Kenya and the Gulf); the lists below are new: India, Brazil, Mexico, South
Africa, Australia, Malaysia, Korea, China, Kenya, Argentina and Chile, the Philippines, the Gulf and Indonesia.
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
from stdnum import luhn, verhoeff
from stdnum.ar import dni as _dni
from stdnum.au import abn as _abn
from stdnum.au import tfn as _tfn
from stdnum.br import cnpj as _cnpj
from stdnum.br import cpf as _cpf
from stdnum.cl import rut as _rut
from stdnum.cn import ric as _ric
from stdnum.id import nik as _nik
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.ke import pin as _kepin
from stdnum.kr import rrn as _rrn
from stdnum.mx import curp as _curp
from stdnum.mx import rfc as _rfc
from stdnum.my import nric as _nric
from stdnum.za import idnr as _idnr

from benchmarks.classification.heldout_v2 import Column

SEED = 30_207_2026
N = "none"
#: a login, nickname or public display handle (review, as in v5 to v29)
USERNAME = "unclassified"
#: NULL-like strings of v30's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "nil", "NIL", "unknown", "?", "#N/A",
    "<null>", "undefined", "0", "000000000000", "00000000000", "XXXXXXXXXX", "not provided", "na", "Nil", "s/d",
    "sin dato", "ninguno", "tidak ada", "-", "*", ".", "없음", "无", "N.A.", "pending", "PENDING")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v30:{SEED}:{table}")

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
        first = self.rnd.choice([14, 27, 41, 49, 58, 101, 103, 110, 117, 122, 177, 179, 182, 189, 196, 202])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2401", "2404", "2405", "2804", "2c0f", "240e"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        """A valid number of ``region`` (mobile prefixes of :data:`MOBILE_PREFIXES`, or the library's example's lead),
        written as ``e164``, ``intl``, ``national``, ``nsn`` (bare national number), ``cc`` (country code and national
        number, no plus), ``in_split`` (``+91 98xxx xxxxx``) or ``digits`` (national, digits only)."""
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        keep = max(len(nsn) - 6, 1)
        prefixes = MOBILE_PREFIXES.get(region) if mobile else None

        def make() -> str:
            if prefixes:
                lead = self.rnd.choice(prefixes)
                return lead + self.digits(len(nsn) - len(lead))
            return nsn[:keep] + self.digits(len(nsn) - keep)

        def ok(candidate: str) -> bool:
            return phonenumbers.is_valid_number(phonenumbers.parse(f"+{example.country_code}{candidate}"))

        number = phonenumbers.parse(f"+{example.country_code}{self.valid(make, ok)}")
        own = phonenumbers.national_significant_number(number)
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        if fmt == "nsn":
            return own
        if fmt == "cc":
            return f"{number.country_code}{own}"
        if fmt == "in_split":
            return f"+{number.country_code} {own[:5]} {own[5:]}"
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))



#: mobile prefixes (leading digits of the national significant number) people of each region really have
MOBILE_PREFIXES: dict[str, list[str]] = {
    "IN": ["98", "99", "97", "96", "93", "90", "88", "87", "70", "77", "63", "62"],
    "BR": ["119", "219", "319", "419", "519", "619", "719", "819", "859"],
    "MX": ["33", "81", "55", "222", "999", "442", "477", "664"],
    "ZA": ["82", "83", "72", "73", "76", "79", "60", "84"],
    "AU": ["40", "41", "42", "43", "45", "47", "48"],
    "MY": ["12", "13", "16", "17", "19", "11"],
    "KR": ["10"],
    "CN": ["138", "139", "150", "151", "158", "186", "187", "135", "177", "199"],
    "KE": ["70", "71", "72", "74", "79", "11"],
    "AR": ["911", "9351", "9341", "9261"],
    "CL": ["9"],
    "PH": ["917", "918", "927", "939", "945", "966", "977", "998"],
    "AE": ["50", "52", "54", "55", "56", "58"],
    "QA": ["33", "55", "66", "70"],
    "SA": ["50", "53", "54", "55", "56"],
    "OM": ["92", "93", "95", "99"],
    "ID": ["811", "812", "813", "821", "852", "856", "878", "896"],
}


# -- names (written for v30) -------------------------------------------------------------------------------------------

#: culture -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "in": (["Aarav", "Vihaan", "Siddharth", "Karthik", "Anirudh", "Rohan", "Harsh", "Abhishek", "Venkatesh",
            "Sandeep", "Tushar", "Nikhil", "Omkar", "Sourav", "Prateek", "Ishaan"],
           ["Ananya", "Diya", "Meenakshi", "Pooja", "Sneha", "Tanvi", "Ritika", "Harini", "Nandini", "Swati",
            "Ishita", "Keerthana", "Madhuri", "Pallavi", "Sayali", "Deepika"],
           ["Sharma", "Iyer", "Kulkarni", "Deshpande", "Reddy", "Naidu", "Mukherjee", "Bose", "Gupta", "Agarwal",
            "Nair", "Krishnan", "Patil", "Chauhan", "Srinivasan", "Bhattacharya", "Mehta", "Yadav", "Shetty"]),
    "br": (["João Pedro", "Thiago", "Rafael", "Leandro", "Matheus", "Gustavo", "Vinícius", "Caio", "Renan",
            "Wellington", "Edson", "Diego"],
           ["Ana Clara", "Larissa", "Juliana", "Fernanda", "Patrícia", "Camila", "Bruna", "Thaís", "Raquel",
            "Letícia", "Jaqueline", "Vitória"],
           ["da Silva", "Santos", "Oliveira", "Souza", "Pereira", "Ferreira", "Rodrigues", "Almeida", "Nascimento",
            "Lima", "Araújo", "Cavalcanti", "Barbosa", "Rocha", "Moreira"]),
    "mx": (["José Luis", "Juan Carlos", "Miguel Ángel", "Alejandro", "Fernando", "Ricardo", "Arturo", "Héctor",
            "Iván", "Ulises", "Rigoberto", "Emiliano"],
           ["María Guadalupe", "Ximena", "Fernanda", "Alejandra", "Mariana", "Rosa Elena", "Daniela", "Yesenia",
            "Araceli", "Nayeli", "Brenda", "Citlali"],
           ["Hernández", "García", "Martínez", "López", "González", "Ramírez", "Sánchez", "Cruz", "Flores",
            "Gómez", "Vázquez", "Reyes", "Mendoza", "Aguilar", "Ortega", "Castañeda"]),
    "za": (["Sibusiso", "Thabo", "Lwazi", "Mpho", "Kagiso", "Lungile", "Pieter", "Johan", "Ruan", "Tshepo",
            "Andile", "Bongani", "Riaan", "Sizwe"],
           ["Nomvula", "Zanele", "Lerato", "Palesesa", "Refilwe", "Thandeka", "Anele", "Marike", "Elsabe",
            "Karabo", "Nokuthula", "Busisiwe", "Chantelle", "Ayanda"],
           ["Dlamini", "Nkosi", "Mokoena", "Khumalo", "Mthembu", "van der Merwe", "Botha", "Pretorius", "Naidoo",
            "Mahlangu", "Sithole", "Molefe", "Venter", "Radebe", "Ngcobo", "Coetzee"]),
    "au": (["Lachlan", "Hamish", "Cooper", "Fletcher", "Angus", "Mitchell", "Brodie", "Darcy", "Callum", "Hayden"],
           ["Matilda", "Kirra", "Tahlia", "Isla", "Brianna", "Jacinta", "Shannon", "Ebony", "Skye", "Courtney"],
           ["McPherson", "Gallagher", "Tremaine", "Whitlam", "Kowalczyk", "Papadakis", "Nguyen", "Costello",
            "Fitzgerald", "Ryan", "O'Loughlin", "Henderson", "Tran", "Rossi"]),
    "my": (["Muhammad Hafiz", "Ahmad Faizal", "Mohd Azlan", "Khairul Anuar", "Tan Wei Jie", "Lim Chee Keong",
            "Ravi a/l Subramaniam", "Wong Kah Meng", "Nur Iskandar", "Syafiq", "Arumugam a/l Muniandy"],
           ["Nurul Aisyah", "Siti Hajar", "Farah Nadia", "Nor Azizah", "Tan Mei Ling", "Ong Siew Lan",
            "Kavitha a/p Rajan", "Chong Pei Shan", "Aminah", "Zulaikha", "Devi a/p Krishnan"],
           ["bin Abdullah", "bin Ismail", "binti Rahman", "binti Yusof", "bin Osman", "binti Hassan", "bin Zakaria",
            "binti Ahmad"]),
    "ko": (["민준", "서준", "도윤", "예준", "시우", "하준", "지호", "준서", "현우", "건우"],
           ["서연", "서윤", "지우", "하은", "민서", "수아", "지민", "채원", "윤서", "예린"],
           ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "신", "권"]),
    "ko_rom": (["Minjun", "Seojun", "Doyun", "Yejun", "Siwoo", "Hajun", "Jiho", "Junseo", "Hyunwoo", "Geonwoo"],
               ["Seoyeon", "Seoyun", "Jiwoo", "Haeun", "Minseo", "Sua", "Jimin", "Chaewon", "Yunseo", "Yerin"],
               ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Shin",
                "Kwon"]),
    "zh": (["伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "浩然", "子轩", "俊杰", "宇航"],
           ["芳", "娜", "敏", "静", "丽", "艳", "婷", "雪", "欣怡", "梓涵", "诗琪", "雨桐"],
           ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭"]),
    "zh_py": (["Wei", "Qiang", "Lei", "Jun", "Yang", "Yong", "Jie", "Tao", "Haoran", "Zixuan", "Junjie", "Yuhang"],
              ["Fang", "Na", "Min", "Jing", "Li", "Yan", "Ting", "Xue", "Xinyi", "Zihan", "Shiqi", "Yutong"],
              ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma",
               "Zhu", "Hu", "Guo"]),
    "ke": (["Brian", "Kevin", "Dennis", "Collins", "Evans", "Kiprono", "Otieno", "Mwangi", "Wafula", "Kamau",
            "Omondi", "Cheruiyot"],
           ["Faith", "Mercy", "Wanjiku", "Akinyi", "Naliaka", "Chebet", "Nyokabi", "Atieno", "Esther", "Winnie",
            "Wambui", "Jepkoech"],
           ["Njoroge", "Ochieng", "Kiplagat", "Mutua", "Wanjala", "Kariuki", "Onyango", "Rotich", "Muthoni",
            "Odhiambo", "Kimani", "Nyambura", "Barasa", "Kiptoo"]),
    "ar": (["Facundo", "Santino", "Lautaro", "Thiago", "Joaquín", "Benjamín", "Matías", "Cristóbal", "Agustín",
            "Vicente", "Nahuel", "Ignacio"],
           ["Valentina", "Martina", "Catalina", "Florencia", "Antonella", "Josefa", "Trinidad", "Agustina",
            "Constanza", "Milagros", "Fernanda", "Rocío"],
           ["González", "Muñoz", "Rojas", "Díaz", "Fernández", "Soto", "Contreras", "Silva", "Sepúlveda",
            "Gutiérrez", "Benítez", "Acosta", "Pereyra", "Romero", "Quiroga", "Morales"]),
    "ph": (["Jerome", "Mark Anthony", "John Paul", "Rodel", "Jhun", "Ramil", "Christian", "Jayson", "Arnel",
            "Reymart", "Kenneth", "Noel"],
           ["Maricel", "Kristine Joy", "Lovely", "Jennylyn", "Rowena", "Princess", "Mary Grace", "Divina",
            "Camille", "Rhea", "Charmaine", "Angelica"],
           ["Dela Cruz", "Santos", "Reyes", "Bautista", "Mendoza", "Villanueva", "Ramos", "Aquino", "Castillo",
            "Manalo", "Pangilinan", "Macaraeg", "Dimaculangan", "Soriano", "Ocampo"]),
    "gulf": (["Mohammed", "Abdullah", "Khalid", "Saeed", "Hamdan", "Rashid", "Sultan", "Faisal", "Omar",
              "Yousef", "Majid", "Hamad"],
             ["Fatima", "Mariam", "Aisha", "Shamma", "Hessa", "Latifa", "Noura", "Reem", "Maitha", "Alya", "Sara",
              "Moza"],
             ["Al Mansouri", "Al Nuaimi", "Al Qasimi", "Al Shamsi", "Al Ketbi", "Al Marri", "Al Thani",
              "Al Balushi", "Al Harthy", "Al Qahtani", "Al Otaibi", "Al Zaabi", "Al Mazrouei", "Al Dhaheri"]),
    "gulf_ar": (["محمد", "عبدالله", "خالد", "سعيد", "حمدان", "راشد", "سلطان", "فيصل", "عمر", "يوسف", "ماجد", "حمد"],
                ["فاطمة", "مريم", "عائشة", "شما", "حصة", "لطيفة", "نورة", "ريم", "ميثاء", "علياء", "سارة", "موزة"],
                ["المنصوري", "النعيمي", "القاسمي", "الشامسي", "الكتبي", "المري", "آل ثاني", "البلوشي", "الحارثي",
                 "القحطاني", "العتيبي", "الزعابي", "المزروعي", "الظاهري"]),
    "id": (["Budi", "Agus", "Rizky", "Dimas", "Fajar", "Bayu", "Wahyu", "Eko", "Ilham", "Aditya", "Yoga",
            "Gilang"],
           ["Siti", "Dewi", "Putri", "Ayu", "Rina", "Intan", "Wulandari", "Nurhayati", "Fitri", "Anisa",
            "Kartika", "Lestari"],
           ["Santoso", "Wijaya", "Saputra", "Pratama", "Hidayat", "Kusuma", "Setiawan", "Nugroho", "Siregar",
            "Harahap", "Simanjuntak", "Rahmawati", "Susanto", "Purnomo"]),
}


def person(g: Gen, culture: str, female: bool | None = None) -> tuple[str, str]:
    """``(given, family)`` of ``culture``; Malay patronyms follow the sex, Chinese and Korean keep their order."""
    female = g.rnd.random() < 0.5 if female is None else female
    males, females, lasts = NAMES[culture]
    first = g.rnd.choice(females if female else males)
    last = g.rnd.choice(lasts)
    if culture == "my":
        if " " in first and first.split()[0] in {"Tan", "Lim", "Wong", "Ong", "Chong"} or " a/" in first:
            return first, ""
        last = g.rnd.choice([x for x in lasts if x.startswith("binti" if female else "bin ")])
    return first, last


def whole(g: Gen, culture: str, female: bool | None = None) -> str:
    a, b = person(g, culture, female)
    if culture in {"zh", "ko"}:
        return f"{b}{a}"
    if culture == "zh_py":
        return f"{b} {a}"
    return f"{a} {b}".strip()


def given(g: Gen, culture: str) -> str:
    return person(g, culture)[0]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a = plain(first) or "user"
    b = plain(last) or plain(first)[-4:] or "x"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(80, 2005)}", f"{b}{a[:3]}"])
    return f"{local}@{g.rnd.choice(domains)}"


def email(g: Gen, culture: str) -> str:
    return email_of(g, *person(g, culture), DOMAINS[culture])


def email_latin(g: Gen, domains: list[str]) -> str:
    """An address made of a random local-part (pinyin, romanized Korean, numbers): people whose name is not Latin."""
    a, b = person(g, g.rnd.choice(["zh_py", "ko_rom"]))
    return email_of(g, a, b, domains)


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first) or "u", plain(last) or "x"
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a}{b[:3]}"][style % 5]


DOMAINS = {
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com", "hotmail.com"],
    "br": ["gmail.com", "hotmail.com", "yahoo.com.br", "uol.com.br", "bol.com.br", "outlook.com"],
    "mx": ["gmail.com", "hotmail.com", "outlook.es", "yahoo.com.mx", "prodigy.net.mx"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "optusnet.com.au", "outlook.com.au", "icloud.com"],
    "my": ["gmail.com", "yahoo.com.my", "hotmail.com", "outlook.com"],
    "kr": ["naver.com", "daum.net", "kakao.com", "gmail.com", "hanmail.net"],
    "cn": ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com"],
    "ke": ["gmail.com", "yahoo.com", "outlook.com"],
    "ar": ["gmail.com", "hotmail.com", "yahoo.com.ar", "live.cl", "outlook.cl", "fibertel.com.ar"],
    "ph": ["gmail.com", "yahoo.com.ph", "outlook.ph"],
    "gulf": ["gmail.com", "hotmail.com", "eim.ae", "outlook.sa", "icloud.com"],
    "id": ["gmail.com", "yahoo.co.id", "ymail.com"],
}


# -- places (written for v30) ------------------------------------------------------------------------------------------

#: (city, state, PIN lead)
IN_CITIES = [("Pune", "MH", "411"), ("Bengaluru", "KA", "560"), ("Chennai", "TN", "600"), ("Kolkata", "WB", "700"),
             ("Jaipur", "RJ", "302"), ("Lucknow", "UP", "226"), ("Kochi", "KL", "682"), ("Indore", "MP", "452"),
             ("Hyderabad", "TG", "500"), ("Ahmedabad", "GJ", "380"), ("Nagpur", "MH", "440")]
IN_STREETS = ["Flat {n}, Sai Krupa Apartments, Karve Road", "{n}/B, 4th Cross, Indiranagar", "Plot {n}, Sector 7",
              "H.No. {n}, Gandhi Nagar", "{n}, Old Post Office Lane, Near Hanuman Mandir",
              "Door No {n}, Anna Salai", "B-{n}, Shanti Niketan Society, Baner", "{n} MG Road, 2nd Floor"]
#: (city, UF, CEP lead)
BR_CITIES = [("Recife", "PE", "50"), ("Campinas", "SP", "130"), ("Curitiba", "PR", "80"), ("Belo Horizonte", "MG",
             "30"), ("Porto Alegre", "RS", "90"), ("Salvador", "BA", "40"), ("Goiânia", "GO", "74"),
             ("Manaus", "AM", "69"), ("Fortaleza", "CE", "60")]
BR_STREETS = ["Rua das Acácias", "Av. Boa Viagem", "Rua Sete de Setembro", "Travessa do Rosário",
              "Rua Padre Anchieta", "Av. Getúlio Vargas", "Rua Barão de Mauá"]
#: (city, state, CP lead, CURP state code)
MX_CITIES = [("Guadalajara", "Jalisco", "44", "JC"), ("Monterrey", "Nuevo León", "64", "NL"),
             ("Puebla", "Puebla", "72", "PL"), ("Mérida", "Yucatán", "97", "YN"), ("Querétaro", "Querétaro", "76",
             "QT"), ("León", "Guanajuato", "37", "GT"), ("Tijuana", "Baja California", "22", "BC")]
MX_STREETS = ["Av. Vallarta", "Calle Hidalgo", "Blvd. Díaz Ordaz", "Calle 60", "Av. Juárez", "Privada Los Pinos",
              "Calle Morelos"]
#: (city, province code, postcode)
ZA_CITIES = [("Johannesburg", "GP", ["2001", "2092", "2195"]), ("Cape Town", "WC", ["8001", "7700", "7441"]),
             ("Durban", "KZN", ["4001", "4051", "4091"]), ("Pretoria", "GP", ["0002", "0081", "0184"]),
             ("Gqeberha", "EC", ["6001", "6045"]), ("Bloemfontein", "FS", ["9301", "9320"]),
             ("Polokwane", "LP", ["0699", "0700"])]
ZA_STREETS = ["Jan Smuts Ave", "Vilakazi St", "Main Rd", "Voortrekker Rd", "Florida Rd", "Church St",
              "Beyers Naudé Dr"]
#: (suburb or city, state, postcode)
AU_CITIES = [("Fortitude Valley", "QLD", "4006"), ("Fremantle", "WA", "6160"), ("Glenelg", "SA", "5045"),
             ("Sandy Bay", "TAS", "7005"), ("Geelong West", "VIC", "3218"), ("Merewether", "NSW", "2291"),
             ("Nightcliff", "NT", "0810"), ("Belconnen", "ACT", "2617"), ("Townsville", "QLD", "4810")]
AU_STREETS = ["Brunswick St", "Marine Pde", "Jetty Rd", "Churchill Ave", "Pakington St", "Scenic Dr",
              "Casuarina Dr", "Wattle Gr"]
#: (city, state, postcode lead, NRIC birthplace code)
MY_CITIES = [("Kuala Lumpur", "WP Kuala Lumpur", "50", "14"), ("Petaling Jaya", "Selangor", "46", "10"),
             ("Johor Bahru", "Johor", "80", "01"), ("George Town", "Pulau Pinang", "10", "07"),
             ("Ipoh", "Perak", "30", "08"), ("Kota Kinabalu", "Sabah", "88", "12"), ("Kuching", "Sarawak", "93",
             "13")]
MY_STREETS = ["Jalan SS 2/24", "Jalan Ampang", "Lorong Kenari 3", "Jalan Tun Razak", "Jalan Bukit Bintang",
              "Taman Desa Jaya, Jalan 5", "Jalan Pending"]
#: (city in Hangul, postcode lead)
KR_CITIES = [("서울", "0"), ("부산", "4"), ("인천", "2"), ("대구", "4"), ("대전", "3"), ("광주", "6"), ("수원", "1")]
KR_STREETS = ["강남구 테헤란로", "해운대구 우동로", "연수구 컨벤시아대로", "수성구 달구벌대로", "유성구 대학로",
              "서구 상무대로", "영통구 광교로"]
#: (city in Hanzi, city in pinyin, postcode lead, resident-ID area codes)
CN_CITIES = [("北京", "Beijing", "100", ["110101", "110105", "110108"]), ("上海", "Shanghai", "200",
             ["310104", "310115"]), ("广州", "Guangzhou", "510", ["440106", "440104"]),
             ("杭州", "Hangzhou", "310", ["330106", "330102"]), ("成都", "Chengdu", "610", ["510107", "510104"]),
             ("武汉", "Wuhan", "430", ["420106", "420102"]), ("南京", "Nanjing", "210", ["320102", "320106"])]
CN_STREETS = ["朝阳区建国路{n}号", "浦东新区世纪大道{n}弄", "天河区天河路{n}号", "西湖区文三路{n}号",
              "武侯区人民南路{n}号", "洪山区珞喻路{n}号", "鼓楼区中山路{n}号"]
#: (town, postal code)
KE_CITIES = [("Nairobi", "00100"), ("Mombasa", "80100"), ("Kisumu", "40100"), ("Nakuru", "20100"),
             ("Eldoret", "30100"), ("Thika", "01000"), ("Machakos", "90100")]
#: (city, country, postal code maker)
AR_CITIES = [("Córdoba", "AR", "X5000"), ("Rosario", "AR", "S2000"), ("Mendoza", "AR", "M5500"),
             ("Buenos Aires", "AR", "C1425"), ("Santiago", "CL", "8320000"), ("Valparaíso", "CL", "2340000"),
             ("Concepción", "CL", "4030000"), ("Temuco", "CL", "4780000")]
AR_STREETS = ["Av. Colón", "Bv. Oroño", "Calle San Martín", "Av. Providencia", "Pasaje Los Aromos",
              "Av. Libertador Bernardo O'Higgins", "Calle Belgrano"]
PH_CITIES = [("Quezon City", "1100"), ("Cebu City", "6000"), ("Davao City", "8000"), ("Makati", "1200"),
             ("Pasig", "1600"), ("Bacolod", "6100"), ("Iloilo City", "5000")]
PH_STREETS = ["Blk {n} Lot 4, Mabuhay Homes, Brgy. Pasong Tamo", "{n} Sampaguita St., Brgy. San Roque",
              "Unit {n}, Tower 2, Avida Residences", "{n} P. Burgos St., Brgy. Poblacion", "Purok {n}, Brgy. Talamban"]
#: (city, country)
GULF_CITIES = [("Dubai", "AE"), ("Abu Dhabi", "AE"), ("Sharjah", "AE"), ("Al Ain", "AE"), ("Doha", "QA"),
               ("Muscat", "OM"), ("Riyadh", "SA"), ("Jeddah", "SA")]
GULF_AR_CITIES = ["دبي", "أبوظبي", "الشارقة", "العين", "الدوحة", "مسقط", "الرياض", "جدة"]
GULF_STREETS = ["Villa {n}, Street 23, Al Barsha 2", "Apt {n}, Marina Heights, Dubai Marina",
                "Building {n}, Al Wahda St", "Villa {n}, Al Waab", "Way {n}, Al Khuwair", "{n} King Fahd Rd, Al Olaya"]
#: (city, province, postcode lead, NIK regency prefix)
ID_CITIES = [("Jakarta Selatan", "DKI Jakarta", "12", "3174"), ("Bandung", "Jawa Barat", "40", "3273"),
             ("Surabaya", "Jawa Timur", "60", "3578"), ("Semarang", "Jawa Tengah", "50", "3374"),
             ("Yogyakarta", "DI Yogyakarta", "55", "3471"), ("Medan", "Sumatera Utara", "20", "1275")]
ID_STREETS = ["Jl. Merdeka", "Jl. Diponegoro", "Jl. Kaliurang Km {n}", "Gg. Mawar", "Jl. Sudirman",
              "Perum Griya Asri Blok C"]


def street(g: Gen, streets: list[str], number_after: bool = True) -> str:
    n = g.rnd.randint(1, 480)
    pattern = g.rnd.choice(streets)
    if "{n}" in pattern:
        return pattern.format(n=n)
    return f"{pattern}, {n}" if number_after else f"{n} {pattern}"


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def aadhaar(g: Gen, spaced: bool = True) -> str:
    def make() -> str:
        body = g.rnd.choice("23456789") + g.digits(10)
        return body + verhoeff.calc_check_digit(body)

    number = g.valid(make, _aadhaar.is_valid)
    return f"{number[:4]} {number[4:8]} {number[8:]}" if spaced else number


def pan(g: Gen, family_name: str, holder: str = "P") -> str:
    initial = (plain(family_name)[:1] or "X").upper()
    number = g.code("AAA") + holder + initial + g.code("9999A")
    assert _pan.is_valid(number)
    return number


def cpf(g: Gen, dotted: bool = True) -> str:
    number = g.valid(lambda: g.digits(11), _cpf.is_valid)
    return _cpf.format(number) if dotted else number


def cnpj(g: Gen) -> str:
    body = g.digits(8) + "0001"
    return _cnpj.format(body + _cnpj.calc_check_digits(body))


_CONSONANTS = "BCDFGHJKLMNPQRSTVWXYZ"


def _first_inner(text: str, vowels: bool) -> str:
    letters = [ch for ch in plain(text).upper() if ch.isalpha()]
    for ch in letters[1:]:
        if (ch in "AEIOU") == vowels:
            return ch
    return "X"


def curp(first: str, last: str, second: str, born: date, female: bool, state: str) -> str:
    """A CURP from the name (paternal and maternal family name), birth date, sex and state (check digit:
    python-stdnum)."""
    f1 = plain(first.split()[0]).upper()
    l1, l2 = plain(last).upper(), plain(second).upper()
    body = (l1[0] + _first_inner(last, True) + l2[0] + f1[0] + born.strftime("%y%m%d") + ("M" if female else "H")
            + state + _first_inner(last, False) + _first_inner(second, False) + _first_inner(first, False)
            + ("0" if born.year < 2000 else "A"))
    if not _curp.is_valid(body + _curp.calc_check_digit(body)):  # an inconvenient word: the second letter is X
        body = body[0] + "X" + body[2:]
    number = body + _curp.calc_check_digit(body)
    assert _curp.is_valid(number)
    return number


def rfc_persona(g: Gen, curp_number: str) -> str:
    """A person's RFC (13 characters: the CURP's first ten, a two-character homoclave and a check digit)."""
    body = curp_number[:10] + g.rnd.choice("123456789ABCDEFGHIJKLMNPRSTUV") + \
        g.rnd.choice("123456789ABCDEFGHJKLMNPRSTUVWXYZ")
    number = body + _rfc.calc_check_digit(body)
    assert _rfc.is_valid(number, validate_check_digits=True)
    return number


def za_id(g: Gen, born: date, female: bool) -> str:
    sequence = g.rnd.randint(0, 4999) + (0 if female else 5000)
    body = born.strftime("%y%m%d") + f"{sequence:04d}" + g.rnd.choice("0001") + "8"
    number = body + luhn.calc_check_digit(body)
    assert _idnr.is_valid(number)
    return number


def tfn(g: Gen) -> str:
    number = g.valid(lambda: g.rnd.choice("1234567") + g.digits(8), _tfn.is_valid)
    return g.rnd.choice([number, f"{number[:3]} {number[3:6]} {number[6:]}"])


def abn(g: Gen) -> str:
    body = g.rnd.choice("1234567") + g.digits(8)
    number = _abn.calc_check_digits(body) + body
    assert _abn.is_valid(number)
    return _abn.format(number)


def mykad(g: Gen, born: date, place: str, female: bool, dashed: bool = True) -> str:
    last = g.rnd.choice("02468" if female else "13579")
    number = born.strftime("%y%m%d") + place + g.digits(3) + last
    assert _nric.is_valid(number)
    return f"{number[:6]}-{number[6:8]}-{number[8:]}" if dashed else number


def rrn(g: Gen, born: date, female: bool) -> str:
    century = 0 if born.year < 2000 else 2
    body = born.strftime("%y%m%d") + str(1 + century + (1 if female else 0)) + f"{g.rnd.randint(0, 96):02d}" + \
        g.digits(3)
    number = body + _rrn.calc_check_digit(body)
    assert _rrn.is_valid(number)
    return f"{number[:6]}-{number[6:]}"


def cn_ric(g: Gen, born: date, areas: list[str], female: bool) -> str:
    def make() -> str:
        seq = g.digits(2) + g.rnd.choice("02468" if female else "13579")
        pool = areas if g.rnd.random() < 0.7 else [a for city in CN_CITIES for a in city[3]] + ["110108", "420106"]
        body = g.rnd.choice(pool) + born.strftime("%Y%m%d") + seq
        return body + _ric.calc_check_digit(body + "0")

    return g.valid(make, _ric.is_valid)


def ke_pin(g: Gen) -> str:
    number = "A" + g.digits(9) + g.rnd.choice(string.ascii_uppercase)
    assert _kepin.is_valid(number)
    return number


def rut(g: Gen, company: bool = False) -> str:
    body = str(g.rnd.randint(76_000_000, 77_999_999) if company else g.rnd.randint(6_000_000, 26_999_999))
    number = body + _rut.calc_check_digit(body)
    assert _rut.is_valid(number)
    return g.rnd.choice([_rut.format(number), f"{body}-{number[-1]}"])


def dni(g: Gen, dotted: bool) -> str:
    number = str(g.rnd.randint(14_000_000, 48_999_999))
    assert _dni.is_valid(number)
    return _dni.format(number) if dotted else number


def emirates_id(g: Gen, born: date) -> str:
    body = "784" + str(born.year) + g.digits(7)
    number = body + luhn.calc_check_digit(body)
    return f"{number[:3]}-{number[3:7]}-{number[7:14]}-{number[14]}"


def nik(g: Gen, prefix: str, born: date, female: bool) -> str:
    day = born.day + (40 if female else 0)
    number = prefix + f"{g.rnd.randint(1, 9):02d}" + f"{day:02d}" + born.strftime("%m%y") + f"{g.rnd.randint(1, 2999):04d}"
    assert _nik.is_valid(number), "nik"
    return number


def imei(g: Gen) -> str:
    body = g.rnd.choice(["35", "86", "01", "35"]) + g.digits(12)
    return body + luhn.calc_check_digit(body)


#: BBAN layouts (9 a digit, A a letter); python-stdnum checks the result
BBAN = {"AE": "9999999999999999999", "QA": "AAAAZZZZZZZZZZZZZZZZZZZZZ", "SA": "99ZZZZZZZZZZZZZZZZZZ",
        "BR": "99999999999999999999999AZ"}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, national checks retried, python-stdnum checks it)."""

    def make() -> str:
        bban = g.code(BBAN[country])
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)


def epoch_ms(born: date, g: Gen) -> int:
    moment = datetime(born.year, born.month, born.day) + timedelta(hours=g.rnd.choice([0, 0, 0, 5, 8]))
    return int((moment - datetime(1970, 1, 1)).total_seconds() * 1000)


# -- businesses and decoys (written for v30) ---------------------------------------------------------------------------

IN_MERCHANTS = ["Shree Ganesh Kirana Stores", "Annapurna Sweets & Snacks", "Metro Mobile Point", "Sai Medicals",
                "Hotel Udupi Sagar", "Raj Electricals", "Balaji Fuel Station", "Nandini Milk Parlour"]
BR_COMPANIES = ["Casa do Pão Ltda", "Ótica Visão Clara ME", "TechCell Acessórios Eireli", "Mundo Pet Comércio Ltda",
                "Estrela Calçados S.A.", "Empório Nordeste Ltda", "Bella Moda Confecções ME"]
PRODUCTS_BR = ["Capinha iPhone 15", "Fone Bluetooth TWS", "Tênis Corrida 42", "Ração Premium 15kg",
               "Jogo de Panelas 5 pçs", "Cafeteira Elétrica 127V", "Kit Skincare Vitamina C"]
CN_PRODUCTS = ["婴儿奶粉 900g", "Vitamin C gummies 120ct", "保湿面霜 50ml", "Protein powder 2lb", "维生素D3软胶囊",
               "Fish oil 1000mg", "Running shoes US9"]
GULF_PARTNERS = ["Desert Rose Hotels", "Sands Car Rental", "Oasis Duty Free", "Pearl Coast Resorts",
                 "Falcon Fuel Card"]
