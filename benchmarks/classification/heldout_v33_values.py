"""Values of held-out set v33 (:mod:`benchmarks.classification.heldout_v33`): v33's random source, names, streets and
cities written by hand for v33 (no Faker, no list of real people), phones checked with phonenumbers and identifiers
with check digits computed and checked with python-stdnum (the Hungarian tax and TAJ numbers, which python-stdnum does
not know, with their published check-digit rules; the Vietnamese CCCD, which has no check digit, with its layout).

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
from stdnum.bg import egn as _egn
from stdnum.ee import ik as _ik
from stdnum.fi import hetu as _hetu
from stdnum.hr import oib as _oib
from stdnum.il import idnr as _idnr
from stdnum.is_ import kennitala as _kt
from stdnum.lt import asmens as _asmens
from stdnum.ro import cnp as _cnp
from stdnum.si import emso as _emso
from stdnum.sk import rc as _rc
from stdnum.th import pin as _pin

from benchmarks.classification.heldout_v2 import Column

SEED = 33_045_2026
N = "none"
#: a login (review, as in v5 to v31)
USERNAME = "unclassified"
#: NULL-like strings of v33's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "none", "?", "nincs", "nu", "ei", "puudub", "nėra", "nema",
    "ni", "няма", "אין", "không", "ไม่มี", "ekkert", "*", "0", "000000", "SPACES", "x")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v33:{SEED}:{table}")

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
        keep = max(len(nsn) - 7, 1) if region == "US" else max(len(nsn) - 6, 1)

        def make() -> str:
            if region == "US":
                return self.rnd.choice(["206", "503", "208", "406", "801", "303", "505", "617", "207", "802"]) + \
                    str(self.rnd.randint(2, 9)) + self.digits(6)
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
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))



# -- names (written for v33) -------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names; female forms where the language has them)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "hu": (["Bence", "Csaba", "Gergely", "Levente", "Márton", "Zoltán", "Tibor", "Ödön"],
           ["Boglárka", "Enikő", "Ildikó", "Réka", "Tünde", "Zsófia", "Piroska", "Gyöngyi"],
           ["Bárány", "Csizmadia", "Fazekas", "Gulyás", "Halász", "Kocsis", "Lakatos", "Pintér", "Szűcs", "Vörös"]),
    "ro": (["Bogdan", "Cătălin", "Dorin", "Horia", "Ionuț", "Mircea", "Radu", "Sorin"],
           ["Anca", "Bianca", "Corina", "Ioana", "Mădălina", "Oana", "Roxana", "Smaranda"],
           ["Bălan", "Ciobanu", "Dumitrescu", "Enache", "Lungu", "Munteanu", "Păduraru", "Stoica", "Vlad", "Zamfir"]),
    "fi": (["Aatu", "Eero", "Jussi", "Lauri", "Onni", "Pekka", "Tapio", "Veikko"],
           ["Aino", "Helmi", "Iida", "Kerttu", "Lotta", "Marjatta", "Sanni", "Tuulikki"],
           ["Hakkarainen", "Heikkilä", "Koskinen", "Laaksonen", "Mäkelä", "Nieminen", "Pesonen", "Rautio",
            "Salminen", "Väisänen"]),
    "et": (["Andres", "Indrek", "Jaanus", "Kaarel", "Margus", "Priit", "Rasmus", "Tõnu"],
           ["Eha", "Helle", "Kadri", "Liis", "Maarja", "Piret", "Triin", "Ülle"],
           ["Kask", "Kuusk", "Lepik", "Mägi", "Ots", "Pärn", "Rebane", "Saar", "Tamm", "Vaher"]),
    "lt": (["Arūnas", "Darius", "Gintaras", "Mindaugas", "Rimantas", "Saulius", "Tomas", "Vytautas"],
           ["Aistė", "Dalia", "Eglė", "Gintarė", "Jurgita", "Rūta", "Vaida", "Živilė"],
           ["Balčiūn", "Jankausk", "Kazlausk", "Petrausk", "Stankevič", "Žukausk", "Vaitkev", "Paulausk"]),
    "hr": (["Ante", "Davor", "Goran", "Ivica", "Krešimir", "Mate", "Tomislav", "Zvonimir"],
           ["Ankica", "Dubravka", "Ivana", "Jasna", "Marija", "Snježana", "Vesna", "Željka"],
           ["Babić", "Grgić", "Jurić", "Knežević", "Marić", "Perić", "Tomić", "Vuković"]),
    "sl": (["Aljaž", "Blaž", "Gašper", "Jure", "Matej", "Primož", "Rok", "Žiga"],
           ["Alenka", "Mojca", "Nataša", "Polona", "Špela", "Tjaša", "Urška", "Vesna"],
           ["Horvat", "Kos", "Krajnc", "Mlakar", "Novak", "Potočnik", "Vidmar", "Zupančič"]),
    "sk": (["Branislav", "Dušan", "Juraj", "Marek", "Ľubomír", "Peter", "Radoslav", "Štefan"],
           ["Alžbeta", "Daniela", "Ivana", "Katarína", "Lucia", "Mária", "Veronika", "Zuzana"],
           ["Baláž", "Hudák", "Kováč", "Lukáč", "Mráz", "Oravec", "Šimko", "Tóth"]),
    "bg": (["Асен", "Благой", "Георги", "Димитър", "Красимир", "Николай", "Стоян", "Тодор"],
           ["Вяра", "Галина", "Десислава", "Йорданка", "Мариана", "Радка", "Светла", "Цветелина"],
           ["Ангелов", "Вълчев", "Георгиев", "Димов", "Илиев", "Колев", "Петков", "Стоянов"]),
    "he": (["אבי", "איתן", "גיא", "דניאל", "יוסי", "משה", "עומר", "רון"],
           ["אורית", "חן", "טל", "מיכל", "נועה", "רונית", "שירה", "תמר"],
           ["אברהם", "ביטון", "דהן", "כהן", "לוי", "מזרחי", "פרץ", "שפירא"]),
    "vi": (["Anh Tuấn", "Đức Minh", "Hoàng Long", "Quốc Bảo", "Thành Đạt", "Văn Hùng", "Minh Khôi", "Gia Huy"],
           ["Bảo Ngọc", "Hồng Nhung", "Khánh Linh", "Minh Thư", "Ngọc Ánh", "Thu Hà", "Thùy Dung", "Phương Anh"],
           ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Huỳnh"]),
    "th": (["สมชาย", "ธนากร", "วีระพงษ์", "ประเสริฐ", "อนุชา", "กิตติพงษ์", "ณัฐวุฒิ", "สุรศักดิ์"],
           ["สุดารัตน์", "กมลวรรณ", "พิมพ์ชนก", "ศิริพร", "นภัสสร", "วราภรณ์", "อรอุมา", "จิราพร"],
           ["ศรีสุข", "วงศ์ใหญ่", "ทองดี", "แก้วประเสริฐ", "บุญมา", "จันทร์เพ็ญ", "สุขสวัสดิ์", "รัตนพันธ์"]),
    "is": (["Gunnar", "Hallgrímur", "Jón", "Kári", "Ólafur", "Sigurður", "Þórður", "Einar"],
           ["Guðrún", "Hildur", "Ingibjörg", "Katrín", "Ragnheiður", "Sigríður", "Þórunn", "Védís"],
           []),
}


#: Lithuanian stems -> the male ending (the female forms take -ienė, married, or -aitė)
LT_MALE_ENDING = {"Balčiūn": "as", "Jankausk": "as", "Kazlausk": "as", "Petrausk": "as", "Stankevič": "ius",
                  "Žukausk": "as", "Vaitkev": "ičius", "Paulausk": "as"}


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str, bool]:
    """``(given, family, female)`` in ``lang``; family names take the female form where the language has one."""
    female = g.rnd.random() < 0.5 if female is None else female
    males, females, lasts = NAMES[lang]
    first = g.rnd.choice(females if female else males)
    if lang == "is":
        father = g.rnd.choice(NAMES["is"][0])
        stem = {"Jón": "Jóns", "Ólafur": "Ólafs", "Sigurður": "Sigurðar", "Þórður": "Þórðar", "Einar": "Einars",
                "Gunnar": "Gunnars", "Hallgrímur": "Hallgríms", "Kári": "Kára"}[father]
        return first, stem + ("dóttir" if female else "son"), female
    last = g.rnd.choice(lasts)
    if lang == "lt":
        last += ("ienė" if g.rnd.random() < 0.7 else "aitė") if female else LT_MALE_ENDING[last]
    elif lang == "sk" and female:
        last = last[:-1] + "ová" if last.endswith(("a", "o")) else last + "ová"
    elif lang == "bg" and female:
        last += "а"
    return first, last, female


def whole(g: Gen, lang: str) -> str:
    """A full name in the order the language writes it (Hungarian and Vietnamese: family name first)."""
    a, b, _ = person(g, lang)
    return f"{b} {a}" if lang in {"hu", "vi"} else f"{a} {b}"


def given(g: Gen, lang: str) -> str:
    return person(g, lang)[0]


def fold(text: str) -> str:
    """``text`` in lower case without accents (``đ`` -> ``d``, ``þ`` -> ``th``, ``ð`` -> ``d``, ``æ`` -> ``ae``)."""
    text = text.lower().replace("đ", "d").replace("þ", "th").replace("ð", "d").replace("æ", "ae").replace("ı", "i")
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isascii() and ch.isalnum())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{b}{a[:2]}{g.rnd.randint(70, 99)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def translit_email(g: Gen, domains: list[str]) -> str:
    """An address for names in scripts without Latin letters: a made-up Latin local part."""
    syll = ["ko", "ha", "ni", "ra", "ti", "mo", "se", "lu", "an", "dov", "pet", "sun", "chai", "wan"]
    local = "".join(g.rnd.choice(syll) for _ in range(g.rnd.randint(2, 4))) + g.rnd.choice(["", str(g.rnd.randint(
        1, 99)), ".", "_"]) + g.rnd.choice(syll)
    return f"{local.strip('._')}@{g.rnd.choice(domains)}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first) or "u", plain(last) or "x"
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a}{b[:3]}"][style % 5]


# -- places (written for v33) ------------------------------------------------------------------------------------------

#: language -> (city, postal code layout or lead) pairs; layouts use ``9`` for a digit
CITIES: dict[str, list[tuple[str, str]]] = {
    "hu": [("Debrecen", "40"), ("Szeged", "67"), ("Pécs", "76"), ("Győr", "90"), ("Miskolc", "35"),
           ("Kecskemét", "60"), ("Sopron", "94"), ("Eger", "33")],
    "ro": [("Cluj-Napoca", "400"), ("Iași", "700"), ("Timișoara", "300"), ("Brașov", "500"), ("Constanța", "900"),
           ("Sibiu", "550"), ("Oradea", "410"), ("Craiova", "200")],
    "fi": [("Tampere", "33"), ("Oulu", "90"), ("Jyväskylä", "40"), ("Kuopio", "70"), ("Lahti", "15"),
           ("Pori", "28"), ("Rovaniemi", "96"), ("Joensuu", "80")],
    "et": [("Tartu", "5"), ("Pärnu", "8"), ("Narva", "2"), ("Viljandi", "7"), ("Rakvere", "4"), ("Kuressaare", "9"),
           ("Haapsalu", "9"), ("Võru", "6")],
    "lt": [("Kaunas", "4"), ("Klaipėda", "9"), ("Šiauliai", "7"), ("Panevėžys", "3"), ("Alytus", "6"),
           ("Marijampolė", "6"), ("Utena", "2")],
    "hr": [("Split", "21"), ("Rijeka", "51"), ("Osijek", "31"), ("Zadar", "23"), ("Pula", "52"),
           ("Varaždin", "42"), ("Dubrovnik", "20"), ("Karlovac", "47")],
    "sl": [("Maribor", "2"), ("Celje", "3"), ("Kranj", "4"), ("Koper", "6"), ("Novo mesto", "8"), ("Ptuj", "2"),
           ("Velenje", "3")],
    "sk": [("Košice", "04"), ("Prešov", "08"), ("Žilina", "01"), ("Nitra", "94"), ("Banská Bystrica", "97"),
           ("Trnava", "91"), ("Trenčín", "91"), ("Poprad", "05")],
    "bg": [("Пловдив", "4"), ("Варна", "9"), ("Бургас", "8"), ("Русе", "7"), ("Стара Загора", "6"),
           ("Плевен", "5"), ("Велико Търново", "5"), ("Шумен", "9")],
    "he": [("חיפה", "3"), ("באר שבע", "8"), ("פתח תקווה", "4"), ("נתניה", "4"), ("אשדוד", "7"), ("רחובות", "7"),
           ("הרצליה", "4"), ("טבריה", "1")],
    "vi": [("Hà Nội", "10"), ("Hải Phòng", "18"), ("Đà Nẵng", "50"), ("Huế", "49"), ("Cần Thơ", "94"),
           ("Nha Trang", "57"), ("Vũng Tàu", "78"), ("Biên Hòa", "76")],
    "th": [("เชียงใหม่", "50"), ("ขอนแก่น", "40"), ("หาดใหญ่", "90"), ("นครราชสีมา", "30"), ("อุดรธานี", "41"),
           ("พิษณุโลก", "65")],
    "is": [("Akureyri", "60"), ("Hafnarfjörður", "22"), ("Kópavogur", "20"), ("Selfoss", "80"),
           ("Egilsstaðir", "70"), ("Ísafjörður", "40"), ("Reykjanesbær", "26")],
}

STREETS: dict[str, list[str]] = {
    "hu": ["Petőfi Sándor utca", "Kossuth Lajos tér", "Rákóczi út", "Dózsa György út", "Arany János utca",
           "Szent István körút", "Táncsics Mihály utca"],
    "ro": ["Str. Memorandumului", "Bd. Independenței", "Str. Avram Iancu", "Calea Victoriei", "Str. Florilor",
           "Aleea Trandafirilor", "Str. Mihai Eminescu"],
    "fi": ["Hämeenkatu", "Pohjoisesplanadi", "Koivukuja", "Rantatie", "Kirkkokatu", "Mäntypolku", "Satamakatu"],
    "et": ["Rüütli", "Pikk", "Kooli", "Tähe", "Riia mnt", "Jaama", "Männi"],
    "lt": ["Laisvės al.", "Vilniaus g.", "Taikos pr.", "Gedimino g.", "Savanorių pr.", "Liepų g.", "Ąžuolų g."],
    "hr": ["Ulica Ivana Gundulića", "Put Firula", "Vukovarska ulica", "Trg bana Jelačića", "Obala kneza Branimira",
           "Ulica Stjepana Radića"],
    "sl": ["Slovenska cesta", "Prešernova ulica", "Partizanska cesta", "Ulica heroja Šaranoviča", "Glavni trg",
           "Cankarjeva ulica"],
    "sk": ["Hlavná", "Štúrova", "Mierová", "Moyzesova", "Hviezdoslavova", "Námestie SNP", "Jesenského"],
    "bg": ["ул. Иван Вазов", "бул. България", "ул. Цар Симеон", "ул. Христо Ботев", "бул. Македония",
           "ул. Раковски"],
    "he": ["רחוב הרצל", "שדרות בן גוריון", "רחוב ז'בוטינסקי", "רחוב הנביאים", "רחוב ויצמן", "דרך העצמאות"],
    "vi": ["đường Lê Lợi", "đường Trần Hưng Đạo", "phố Hàng Bạc", "đường Nguyễn Trãi", "đường Hai Bà Trưng",
           "đường Phan Chu Trinh"],
    "th": ["ถนนนิมมานเหมินท์", "ถนนมิตรภาพ", "ถนนเพชรเกษม", "ถนนสุขุมวิท", "ถนนพหลโยธิน", "ถนนราชดำเนิน"],
    "is": ["Hafnarstræti", "Aðalstræti", "Strandgata", "Kirkjuvegur", "Túngata", "Lindargata", "Hringbraut"],
}


def place(g: Gen, lang: str) -> tuple[str, str]:
    """``(city, postal code)`` of ``lang``'s country, the code written the way that country writes it."""
    city, lead = g.rnd.choice(CITIES[lang])
    if lang == "hu" or lang == "sl":
        return city, lead + g.digits(4 - len(lead))
    if lang == "lt":
        return city, "LT-" + lead + g.digits(4)
    if lang in {"ro", "vi", "th"}:
        return city, lead + g.digits((6 if lang != "th" else 5) - len(lead))
    if lang in {"fi", "hr", "bg", "et"}:
        return city, lead + g.digits(5 - len(lead)) if lang != "bg" else lead + g.digits(3)
    if lang == "sk":
        z = lead + g.digits(3)
        return city, f"{z[:3]} {z[3:]}"
    if lang == "he":
        return city, lead + g.digits(6)
    return city, lead + g.digits(1)  # is


def street(g: Gen, lang: str) -> str:
    s, n = g.rnd.choice(STREETS[lang]), g.rnd.randint(1, 140)
    if lang == "hu":
        return g.rnd.choice([f"{s} {n}.", f"{s} {n}. {g.rnd.randint(1, 9)}/{g.rnd.randint(1, 30)}"])
    if lang == "ro":
        return g.rnd.choice([f"{s} nr. {n}", f"{s} nr. {n}, bl. {g.rnd.randint(1, 40)}, ap. {g.rnd.randint(1, 80)}"])
    if lang in {"fi", "et", "is"}:
        if lang == "is":
            return f"{s} {n}"
        flat = g.rnd.randint(1, 60)
        return g.rnd.choice([f"{s} {n}", f"{s} {n} {g.rnd.choice('ABC')} {flat}", f"{s} {n}-{flat}"])
    if lang in {"he", "vi", "th"}:
        if lang == "vi":
            return f"Số {n} {s}, phường {g.rnd.randint(1, 14)}"
        if lang == "th":
            return f"{n}/{g.rnd.randint(1, 99)} {s}"
        return f"{s} {n}" + g.rnd.choice(["", f" דירה {g.rnd.randint(1, 30)}"])
    if lang == "bg":
        return g.rnd.choice([f"{s} № {n}", f"ж.к. Младост, бл. {n}, вх. Б, ап. {g.rnd.randint(1, 60)}"])
    return f"{s} {n}" + g.rnd.choice(["", f"/{g.rnd.choice('ABC')}"])


# -- identifiers (python-stdnum where it knows them) -------------------------------------------------------------------

#: BBAN layouts (9 a digit, A a letter, Z either); python-stdnum checks the result
BBAN = {"HU": "9" * 24, "RO": "AAAA" + "Z" * 16, "FI": "9" * 14, "EE": "9" * 16, "LT": "9" * 16, "HR": "9" * 17,
        "SI": "9" * 15, "SK": "9" * 20, "BG": "AAAA999999ZZZZZZZZ", "IL": "9" * 19, "IS": "9" * 22}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    def make() -> str:
        bban = g.code(BBAN[country])
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def hu_tax_id(g: Gen, born: date) -> str:
    """A Hungarian adóazonosító jel: 8, days since 1867-01-01, three digits, check = sum(d_i * i) mod 11."""
    def make() -> str:
        body = "8" + f"{(born - date(1867, 1, 1)).days:05d}" + g.digits(3)
        check = sum(int(d) * (i + 1) for i, d in enumerate(body)) % 11
        return body + str(check) if check < 10 else ""
    return g.valid(make, bool)


def hu_taj(g: Gen) -> str:
    """A Hungarian TAJ number (9 digits; check = 3,7-weighted sum of the first eight mod 10), written ``NNN NNN NNN``
    or plain."""
    body = g.digits(1, "123456789") + g.digits(7)
    check = sum(int(d) * (3 if i % 2 == 0 else 7) for i, d in enumerate(body)) % 10
    number = body + str(check)
    return g.rnd.choice([number, f"{number[:3]} {number[3:6]} {number[6:]}"])


def _by_retry(g: Gen, make: Callable[[], str], ok: Callable[[str], bool]) -> str:
    return g.valid(make, ok)


def ro_cnp(g: Gen, born: date, female: bool) -> str:
    sex = (2 if female else 1) if born.year < 2000 else (6 if female else 5)
    body = f"{sex}{born:%y%m%d}{g.rnd.randint(1, 40):02d}{g.digits(3)}"
    number = body + _cnp.calc_check_digit(body)
    assert _cnp.is_valid(number)
    return number


def fi_hetu(g: Gen, born: date) -> str:
    sign = "-" if born.year < 2000 else "A"
    def make() -> str:
        return f"{born:%d%m%y}{sign}{g.rnd.randint(2, 899):03d}{g.rnd.choice('0123456789ABCDEFHJKLMNPRSTUVWXY')}"
    return g.valid(make, _hetu.is_valid)


def ee_isikukood(g: Gen, born: date, female: bool) -> str:
    first = (4 if female else 3) if born.year < 2000 else (6 if female else 5)
    def make() -> str:
        body = f"{first}{born:%y%m%d}{g.digits(3)}"
        return body + _ik.calc_check_digit(body)
    return g.valid(make, _ik.is_valid)


def lt_asmens(g: Gen, born: date, female: bool) -> str:
    first = (4 if female else 3) if born.year < 2000 else (6 if female else 5)
    def make() -> str:
        body = f"{first}{born:%y%m%d}{g.digits(3)}"
        return body + _ik.calc_check_digit(body)
    return g.valid(make, _asmens.is_valid)


def hr_oib(g: Gen) -> str:
    return g.valid(lambda: g.digits(1, "123456789") + g.digits(10), _oib.is_valid)


def si_emso(g: Gen, born: date, female: bool) -> str:
    body = f"{born:%d%m}{born.year % 1000:03d}50{g.rnd.randint(500, 999) if female else g.rnd.randint(0, 499):03d}"
    return g.valid(lambda: body + g.digits(1), _emso.is_valid)


def sk_rodne_cislo(g: Gen, born: date, female: bool) -> str:
    month = born.month + (50 if female else 0)
    head = f"{born.year % 100:02d}{month:02d}{born.day:02d}"
    number = g.valid(lambda: head + g.digits(4), lambda x: int(x) % 11 == 0 and _rc.is_valid(x))
    return g.rnd.choice([f"{number[:6]}/{number[6:]}", number])


def bg_egn(g: Gen, born: date) -> str:
    month = born.month + (40 if born.year >= 2000 else 0)
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}"
    number = body + _egn.calc_check_digit(body)
    assert _egn.is_valid(number)
    return number


def il_teudat_zehut(g: Gen) -> str:
    return g.valid(lambda: g.digits(1, "0123") + g.digits(8), _idnr.is_valid)


def th_pin(g: Gen) -> str:
    body = g.digits(1, "1358") + g.digits(11)
    number = body + _pin.calc_check_digit(body)
    assert _pin.is_valid(number)
    return g.rnd.choice([number, f"{number[0]}-{number[1:5]}-{number[5:10]}-{number[10:12]}-{number[12]}"])


def is_kennitala(g: Gen, born: date) -> str:
    century = "9" if born.year < 2000 else "0"
    number = g.valid(lambda: f"{born:%d%m%y}{g.digits(2, '23456789')}{g.digits(1)}{century}", _kt.is_valid)
    return g.rnd.choice([number, f"{number[:6]}-{number[6:]}"])


#: Vietnamese province codes of the CCCD (Hà Nội, Hải Phòng, Đà Nẵng, Huế, Cần Thơ, Khánh Hòa, Bà Rịa, Đồng Nai)
VN_PROVINCES = ["001", "031", "048", "046", "092", "056", "077", "075"]


def vn_cccd(g: Gen, born: date, female: bool) -> str:
    """A Vietnamese citizen identity card number: province, century and sex digit, two-digit year, six digits (no
    check digit)."""
    sex = (1 if female else 0) + (2 if born.year >= 2000 else 0)
    return f"{g.rnd.choice(VN_PROVINCES)}{sex}{born.year % 100:02d}{g.digits(6)}"


def hu_company_tax(g: Gen) -> str:
    """A Hungarian company tax number ``NNNNNNNN-N-NN`` (a business's: ``none``)."""
    return f"{g.digits(8)}-{g.rnd.choice('2345')}-{g.rnd.randint(2, 44):02d}"


def sha1(g: Gen) -> str:
    return hashlib.sha1(str(g.rnd.random()).encode(), usedforsecurity=False).hexdigest()


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)

