"""Values of held-out set v133 (:mod:`benchmarks.classification.heldout_v133`): v133's random source, and names,
streets, cities, shops and free-text snippets written by hand for v133's laundries, dry cleaners, tailors and
shoe-repair shops (no Faker, no list of real people, no breach data), phones checked with phonenumbers and identifiers
with check digits computed and checked with python-stdnum (the Hong Kong HKID and the Kuwaiti civil ID checks are
written out here).

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
from stdnum.au import abn as _abn
from stdnum.id import nik as _nik
from stdnum.mu import nid as _mu_nid
from stdnum.my import nric as _nric
from stdnum.nl import bsn as _bsn
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.tr import tckimlik as _tckn
from stdnum.tr import vkn as _vkn
from stdnum.us import rtn as _rtn
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 133_640_2026
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v133's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "?", "nil", "0",
    "geen", "onbekend", "brak", "nieznany", "b.d.", "yok", "bilinmiyor", "لا يوجد", "غير معروف", "tidak ada",
    "kosong", "wala", "hindi alam", "hakuna", "haijulikani", "no notes", "TBC")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "").replace("ł", "l").replace("ı", "i")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v133:{SEED}:{table}")

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
        first = self.rnd.choice([24, 50, 66, 68, 71, 73, 98, 99, 104, 107, 172, 174, 184, 216])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2600", "2601", "2603", "2605", "2607"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True, prefix: str = "") -> str:
        """A valid number of ``region`` (``US-TN`` and ``US-MN`` are US numbers with those states' area codes);
        ``prefix`` starts the national significant number (a city's area code)."""
        areas = US_AREAS.get(region)
        region = "US" if areas else region
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        keep = max(len(nsn) - 7, 1) if region in ("US", "BM") else max(len(nsn) - 6, 1)

        def make() -> str:
            if areas:
                return self.rnd.choice(areas) + str(self.rnd.randint(2, 9)) + self.digits(6)
            if prefix:
                return prefix + self.digits(len(nsn) - len(prefix) - self.rnd.randint(0, 1))
            return nsn[:keep] + self.digits(len(nsn) - keep)

        def ok(candidate: str) -> bool:
            number = phonenumbers.parse(f"+{example.country_code}{candidate}")
            return phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region

        number = phonenumbers.parse(f"+{example.country_code}{self.valid(make, ok)}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        if fmt == "dashes" and region in ("US", "BM"):
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


US_AREAS = {"US-TN": ["423", "615", "865", "931"], "US-MN": ["651", "612", "763", "952", "218"]}

# -- names (written for v133) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "tn": (["Colton", "Jaxon", "Tremaine", "Hollis", "Beau", "Deshawn", "Wyatt", "Ezra", "Rowdy", "Amos"],
           ["Kinsley", "Raelynn", "Tamika", "Magnolia", "Brynlee", "Savannah", "Dakota", "Loretta", "Imani", "Paisley"],
           ["Huckaby", "Pendergrass", "Stooksbury", "Blevins", "Caldwell", "Monroe-Hayes", "Varnell", "Lusk", "Crisp",
            "Ogletree", "Rutledge", "Bottoms", "Ledford", "Womack"]),
    "mn": (["Gunnar", "Leif", "Abdirahman", "Kou", "Brody", "Tenzin", "Mitchell", "Nels", "Chue", "Mohamed"],
           ["Ingrid", "Hodan", "Mai Yer", "Kirsten", "Brianna", "Pa Nhia", "Solveig", "Maren", "Ifrah", "Bao"],
           ["Lindahl", "Warsame", "Vang", "Xiong", "Halvorson", "Thao", "Nyquist", "Ostrander", "Farah", "Moua",
            "Bjorklund", "Engebretson"]),
    "mu": (["Vikash", "Sanjeev", "Yashvin", "Jean-Marc", "Stéphane", "Kevin", "Anand", "Ritesh", "Ludovic", "Irfaan"],
           ["Priya", "Kavita", "Anjali", "Marie-Claire", "Nathalie", "Stéphanie", "Anoushka", "Dimple", "Vanessa",
            "Zaynab"],
           ["Ramdin", "Seetohul", "Goburdhun", "Appadoo", "Bhugun", "Lan Hing", "Perrine", "Jhurry", "Moonesamy",
            "Dookhun", "Labonne", "Ramsamy", "Beeharry", "Ackbarally"]),
    "lk": (["Kasun", "Nuwan", "Chaminda", "Tharindu", "Dinesh", "Ruwan", "Suresh", "Kajan", "Isuru", "Rizwan"],
           ["Nadeesha", "Dilani", "Sanduni", "Ishara", "Thilini", "Kavindya", "Tharshini", "Fathima", "Chathuri",
            "Nirosha"],
           ["Perera", "Fernando", "Jayasuriya", "Wickramasinghe", "Gunawardena", "Senanayake", "Dissanayake",
            "Ratnayake", "Sivakumar", "Rajendran", "Marikar", "de Silva", "Abeysekera", "Kumarasinghe"]),
    "au": (["Brodie", "Hamish", "Dimitri", "Kye", "Jarrah", "Angus", "Minh", "Rocco", "Tyson", "Fletcher"],
           ["Tahlia", "Matilda", "Chloe", "Kirra", "Anh", "Georgia", "Rosalie", "Indi", "Sienna", "Mackenzie"],
           ["Pitman", "Koutsoukis", "Tregenza", "Nguyen", "Pengelly", "Di Fabio", "Hocking", "Tran", "Angove",
            "McFarlane", "Tiver", "Schulz", "Rowett", "Kakoulis"]),
    "bm": (["Kamal", "Dwayne", "Tre", "Jahkeem", "Roger", "Nigel", "Malachi", "Troy", "Quinton", "Desmond"],
           ["Shanice", "Latoya", "Kimberley", "Chanel", "Deborah", "Keisha", "Marcia", "Tiara", "Rhonda", "Nia"],
           ["Outerbridge", "Trott", "Furbert", "Simmons", "DeSilva", "Swan", "Tucker", "Burrows", "Pitcher", "Raynor",
            "Crockwell", "Astwood", "Minors", "Bascome"]),
    "nl": (["Bram", "Thijs", "Ruben", "Jeroen", "Sander", "Mohammed", "Kevin", "Dennis", "Gijs", "Orhan"],
           ["Sanne", "Anouk", "Fleur", "Ilse", "Marloes", "Yasmina", "Esther", "Lotte", "Hatice", "Marieke"],
           ["Jansen", "Hendriks", "Gerritsen", "Willemsen", "Arts", "Peters", "Hermsen", "Derksen", "Verhoeven",
            "Bouwman", "Kuipers", "Ouali", "Roelofs", "Lensink"]),
    "pl": (["Grzegorz", "Tomasz", "Krzysztof", "Marcin", "Paweł", "Andrzej", "Łukasz", "Wojciech", "Jarosław",
            "Mikołaj"],
           ["Agnieszka", "Katarzyna", "Małgorzata", "Ewa", "Joanna", "Beata", "Danuta", "Justyna", "Halina", "Iwona"],
           ["Kowalczuk", "Romaniuk", "Sieńko", "Dmitruk", "Szymaniuk", "Karpiuk", "Moroz", "Pietruczuk", "Bołtuć",
            "Łukaszuk", "Wawrzyniak", "Zalewa", "Ostapczuk", "Hryniewicz"]),
    "tr": (["Mehmet", "Mustafa", "Hüseyin", "Emre", "Burak", "Oğuzhan", "Recep", "Serkan", "Ömer", "Yusuf"],
           ["Ayşe", "Fatma", "Elif", "Zeynep", "Hatice", "Merve", "Emine", "Büşra", "Gülsüm", "Şeyma"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç", "Koç",
            "Karabulut", "Erciyes", "Özdemir"]),
    "ar": (["محمد", "عبدالله", "فهد", "خالد", "يوسف", "بدر", "ناصر", "سالم", "مشعل", "حمد"],
           ["فاطمة", "نورة", "مريم", "شيخة", "دانة", "حصة", "لولوة", "رهف", "منيرة", "غدير"],
           ["العنزي", "المطيري", "الرشيدي", "العجمي", "الكندري", "الشمري", "الحربي", "البلوشي", "الفيلكاوي",
            "الهاجري", "الدوسري", "القناعي", "الخالدي", "الصراف"]),
    "id": (["Rizal", "Syamsul", "Arifin", "Irwan", "Hasanuddin", "Baso", "Fadli", "Ilham", "Akbar", "Syahrir"],
           ["Nurul", "Sitti", "Rahmawati", "Ayu", "Dewi", "Fitriani", "Besse", "Hasnah", "Indah", "Mutmainnah"],
           ["Rahman", "Saleh", "Pratama", "Hamzah", "Latif", "Amir", "Wahyuni", "Sulaiman", "Yusuf", "Mappiasse",
            "Syarif", "Daeng Sikki", "Ramadhan", "Paturusi"]),
    "tl": (["Jerome", "Rodel", "Ariel", "Mark Anthony", "Jomar", "Ramil", "Efren", "Dindo", "Jayson", "Rommel"],
           ["Maricel", "Rowena", "Liezl", "Jonalyn", "Cherry Ann", "Marites", "Analyn", "Rhea", "Kristine", "Lorna"],
           ["Dela Cruz", "Santiago", "Manalo", "Bautista", "Villanueva", "Pangilinan", "Dimaculangan", "Magsino",
            "Tolentino", "Soriano", "Ocampo", "Macaraeg", "Cruzada", "Evangelista"]),
    "sw": (["Omar", "Salim", "Juma", "Bakari", "Athumani", "Hamisi", "Rashid", "Kassim", "Mwinyi", "Kahindi"],
           ["Mwanaisha", "Zuhura", "Fatuma", "Amina", "Rehema", "Mwanajuma", "Halima", "Saida", "Khadija", "Riziki"],
           ["Abdalla", "Said", "Baya", "Kazungu", "Karisa", "Chengo", "Mwakio", "Swaleh", "Mohamed", "Nyae",
            "Kenga", "Mwaro", "Shee", "Bwana"]),
}

#: Hong Kong: (family names, Cantonese given names, English given names)
HK_FAMILY = ["CHAN", "WONG", "LEUNG", "LAU", "CHEUNG", "LEE", "HO", "NG", "TSANG", "YEUNG", "KWOK", "FUNG", "TAM",
             "MAK"]
HK_GIVEN = ["Ka Yan", "Wai Man", "Siu Ming", "Hoi Ting", "Chun Kit", "Pui Shan", "Tsz Ching", "Ho Yin", "Wing Sze",
            "Man Lok", "Yuk Lan", "Kwok Wai"]
HK_ENGLISH = ["Karen", "Kelvin", "Winnie", "Dickson", "Queenie", "Ivan", "Gigi", "Alvin", "Ceci", "Marco"]

#: Sarawak: Malay, Iban and Chinese patterns of whole names
MY_MALAY_M = ["Mohd Hafiz", "Ahmad Zulkifli", "Awang Rosli", "Abang Hairul", "Wan Azman"]
MY_MALAY_F = ["Nurul Aina", "Siti Hajar", "Dayang Norhayati", "Nur Syafiqah", "Fatin Amirah"]
MY_MALAY_FATHER = ["Abdullah", "Razak", "Bujang", "Sulaiman", "Mohamad", "Julaihi", "Morshidi"]
MY_IBAN = ["Jabu", "Linda", "Numpang", "Sulang", "Empeni", "Nyanggau", "Entri", "Rentap", "Kumang", "Ngadan",
           "Janting", "Saong"]
MY_CHINESE_FAMILY = ["Wong", "Ting", "Lau", "Tiong", "Ling", "Chai", "Sim", "Kho"]
MY_CHINESE_GIVEN = ["Siew Ling", "Kah Hock", "Mei Fong", "Chee Keong", "Hui Min", "Ming Huat", "Sze Yin", "Kiong Wee"]


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``."""
    male, fem, fam = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.5
    return g.rnd.choice(fem if female else male), g.rnd.choice(fam)


def whole(g: Gen, lang: str) -> str:
    """A whole name as ``lang``'s systems write it."""
    if lang == "hk":
        return hk_name(g)
    if lang == "my":
        return my_name(g, g.rnd.random() < 0.5)
    a, b = person(g, lang)
    if lang == "ar":
        return f"{a} {person(g, 'ar', False)[0]} {b}"
    return f"{a} {b}"


def given(g: Gen, lang: str) -> str:
    return person(g, lang)[0]


def hk_name(g: Gen) -> str:
    fam, giv = g.rnd.choice(HK_FAMILY), g.rnd.choice(HK_GIVEN)
    r = g.rnd.random()
    if r < 0.45:
        return f"{fam} {giv}"
    if r < 0.75:
        return f"{g.rnd.choice(HK_ENGLISH)} {fam.title()}"
    return f"{g.rnd.choice(HK_ENGLISH)} {fam.title()} {giv}"


def my_name(g: Gen, female: bool) -> str:
    r = g.rnd.random()
    if r < 0.4:
        return f"{g.rnd.choice(MY_MALAY_F if female else MY_MALAY_M)} {'binti' if female else 'bin'} " \
               f"{g.rnd.choice(MY_MALAY_FATHER)}"
    if r < 0.7:
        return f"{g.rnd.choice(MY_IBAN)} anak {g.rnd.choice(MY_IBAN)}"
    return f"{g.rnd.choice(MY_CHINESE_FAMILY)} {g.rnd.choice(MY_CHINESE_GIVEN)}"


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isascii() and (ch.isalnum() or ch == "."))


_AR_LATIN = {"محمد": "mohammed", "عبدالله": "abdullah", "فهد": "fahad", "خالد": "khaled", "يوسف": "yousef",
             "بدر": "bader", "ناصر": "nasser", "سالم": "salem", "مشعل": "meshal", "حمد": "hamad", "فاطمة": "fatma",
             "نورة": "noura", "مريم": "mariam", "شيخة": "shaikha", "دانة": "dana", "حصة": "hessa", "لولوة": "lulwa",
             "رهف": "rahaf", "منيرة": "munira", "غدير": "ghadeer"}


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a = plain(first) or _AR_LATIN.get(first, "user")
    b = plain(last) or g.rnd.choice(["q8", "kw", "k"])
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(70, 99)}"])
    return f"{local.replace(' ', '')}@{g.rnd.choice(domains)}"


def hk_email(g: Gen, name: str) -> str:
    parts = [plain(p) for p in name.split()]
    local = g.rnd.choice([".".join(parts[:2]), "".join(parts[:2]) + str(g.rnd.randint(1, 99)), parts[-1] + parts[0]])
    return f"{local}@{g.rnd.choice(DOMAINS['hk'])}"


def name_email(g: Gen, name: str, lang: str) -> str:
    parts = name.split()
    return email_of(g, parts[0], parts[-1], DOMAINS[lang])


DOMAINS: dict[str, list[str]] = {
    "tn": ["gmail.com", "yahoo.com", "comcast.net", "epbfi.com", "icloud.com"],
    "mn": ["gmail.com", "yahoo.com", "comcast.net", "hotmail.com"],
    "mu": ["gmail.com", "intnet.mu", "yahoo.com", "myt.mu", "hotmail.com"],
    "lk": ["gmail.com", "yahoo.com", "sltnet.lk", "hotmail.com"],
    "my": ["gmail.com", "yahoo.com.my", "hotmail.com", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "internode.on.net", "outlook.com.au", "icloud.com"],
    "hk": ["gmail.com", "yahoo.com.hk", "netvigator.com", "hotmail.com"],
    "bm": ["gmail.com", "logic.bm", "northrock.bm", "icloud.com"],
    "nl": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl", "outlook.com"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "gmail.com", "o2.pl"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com", "outlook.com"],
    "ar": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com"],
    "id": ["gmail.com", "yahoo.co.id", "ymail.com"],
    "tl": ["gmail.com", "yahoo.com", "outlook.com", "ymail.com"],
    "sw": ["gmail.com", "yahoo.com", "outlook.com"],
}

# -- places (written for v133) -----------------------------------------------------------------------------------------

#: (city, ZIP) around Chattanooga
TN_CITIES = [("Chattanooga", "37403"), ("Chattanooga", "37411"), ("Chattanooga", "37421"), ("Hixson", "37343"),
             ("Red Bank", "37415"), ("East Ridge", "37412"), ("Signal Mountain", "37377"), ("Ooltewah", "37363"),
             ("Soddy-Daisy", "37379")]
TN_STREETS = ["Brainerd Rd", "Hixson Pike", "Signal Mountain Rd", "E Main St", "Bailey Ave", "Frazier Ave",
              "Gunbarrel Rd", "Dayton Blvd", "McCallie Ave", "Shallowford Rd", "Lee Hwy", "Ashland Terrace"]
MN_CITIES = [("SAINT PAUL", "55104"), ("SAINT PAUL", "55117"), ("MINNEAPOLIS", "55407"), ("MINNEAPOLIS", "55418"),
             ("ROSEVILLE", "55113"), ("MAPLEWOOD", "55109"), ("BLOOMINGTON", "55420"), ("WOODBURY", "55125"),
             ("BURNSVILLE", "55337")]
MN_STREETS = ["UNIVERSITY AVE W", "GRAND AVE", "RICE ST", "LAKE ST E", "CENTRAL AVE NE", "WHITE BEAR AVE N",
              "SNELLING AVE N", "CEDAR AVE S", "LARPENTEUR AVE W", "PAYNE AVE"]
MU_TOWNS = [("Curepipe", "742"), ("Quatre Bornes", "722"), ("Rose Hill", "712"), ("Vacoas", "734"),
            ("Port Louis", "113"), ("Floréal", "743"), ("Moka", "806"), ("Beau Bassin", "711")]
MU_STREETS = ["Royal Road", "Avenue des Flamboyants", "Avenue Berthaud", "Rue Jules Koenig", "Avenue St Jean",
              "Rue Labourdonnais", "Avenue Sir Virgile Naz", "Rue Remy Ollier", "Avenue des Manguiers",
              "Impasse Lagesse"]
LK_CITIES = [("Colombo 03", "00300"), ("Colombo 05", "00500"), ("Colombo 06", "00600"), ("Dehiwala", "10350"),
             ("Nugegoda", "10250"), ("Kotte", "10100"), ("Maharagama", "10280"), ("Negombo", "11500"),
             ("Moratuwa", "10400")]
LK_STREETS = ["Galle Road", "Duplication Road", "Havelock Road", "Baseline Road", "High Level Road",
              "Stanley Thilakaratne Mawatha", "Park Road", "Kandy Road", "Temple Lane", "Vihara Mawatha"]
MY_CITIES = [("Kuching", "93050"), ("Kuching", "93150"), ("Kuching", "93350"), ("Kota Samarahan", "94300"),
             ("Sibu", "96000"), ("Miri", "98000"), ("Bintulu", "97000"), ("Serian", "94700"), ("Bau", "94000")]
MY_STREETS = ["Jalan Padungan", "Jalan Ban Hock", "Jalan Tabuan", "Jalan Rock", "Jalan Stutong", "Jalan Song",
              "Lorong Kenyalang 3", "Jalan Pending", "Jalan Simpang Tiga", "Lorong Datuk Abang Abdul Rahim 5"]
AU_SUBURBS = [("Norwood", "5067"), ("Unley", "5061"), ("Prospect", "5082"), ("Glenelg", "5045"), ("Mitcham", "5062"),
              ("Salisbury", "5108"), ("Marion", "5043"), ("Burnside", "5066"), ("Magill", "5072"),
              ("Port Adelaide", "5015")]
AU_STREETS = ["The Parade", "Unley Rd", "Prospect Rd", "Jetty Rd", "King William St", "Magill Rd", "Goodwood Rd",
              "Portrush Rd", "Henley Beach Rd", "Churchill Rd", "Fullarton Rd", "Sturt St"]
HK_DISTRICTS = ["Sha Tin", "Tsuen Wan", "Kwun Tong", "Tuen Mun", "Wan Chai", "Tseung Kwan O", "Yuen Long",
                "Kowloon City", "Eastern", "Sham Shui Po"]
HK_ESTATES = ["Block 5, Kwong Yuen Estate", "Tower 2, City One Shatin", "Tower 8, Discovery Park",
              "Block C, Laguna City", "Tower 3, Metro Town", "Block 12, Kingswood Villas", "Tower 1, Grand Waterfront",
              "Block B, Tai Hang Tung Estate", "Tower 6, Park Central"]
#: (parish, postcode letters)
BM_PARISHES = [("Pembroke", "HM"), ("Paget", "PG"), ("Warwick", "WK"), ("Devonshire", "DV"), ("Smith's", "FL"),
               ("Hamilton Parish", "CR"), ("St. George's", "GE"), ("Southampton", "SN"), ("Sandys", "MA")]
BM_STREETS = ["Middle Road", "South Road", "Harbour Road", "North Shore Road", "Cedar Avenue", "Khyber Pass",
              "Dock Hill", "Palmetto Road", "Berry Hill Road", "Spanish Point Road", "Cobbs Hill Road"]
BM_HOUSES = ["Seabreeze", "Windy Ridge", "Cedar Cottage", "Palm Haven", "Longtail Rest", "Hibiscus House"]
NL_CITIES = [("Arnhem", "68"), ("Velp", "688"), ("Duiven", "692"), ("Westervoort", "693"), ("Oosterbeek", "686"),
             ("Elst", "666"), ("Nijmegen", "65"), ("Zevenaar", "690")]
NL_STREETS = ["Rijnkade", "Velperweg", "Amsterdamseweg", "Kemperbergerweg", "Zijpendaalseweg", "Apeldoornseweg",
              "Sonsbeeksingel", "Hommelstraat", "Burgemeester Weertsstraat", "Steenstraat", "Klarendalseweg"]
PL_CITIES = [("Białystok", "15"), ("Wasilków", "16-010"), ("Supraśl", "16-030"), ("Choroszcz", "16-070"),
             ("Łapy", "18-100"), ("Bielsk Podlaski", "17-100"), ("Sokółka", "16-100"), ("Zabłudów", "16-060")]
PL_STREETS = ["ul. Lipowa", "ul. Sienkiewicza", "ul. Mickiewicza", "ul. Wysockiego", "ul. Produkcyjna",
              "ul. Antoniuk Fabryczny", "ul. Kawaleryjska", "ul. Świętojańska", "ul. Warszawska", "ul. Zwierzyniecka"]
#: Kayseri districts (ilçe) and their postcodes
TR_DISTRICTS = [("Melikgazi", "38030"), ("Kocasinan", "38010"), ("Talas", "38280"), ("Hacılar", "38210"),
                ("İncesu", "38600"), ("Develi", "38400"), ("Bünyan", "38600"), ("Yahyalı", "38500")]
TR_MAHALLE = ["Sahabiye Mah.", "Gevhernesibe Mah.", "Kocatepe Mah.", "Esentepe Mah.", "Erciyesevler Mah.",
              "Mimarsinan Mah.", "Köşk Mah.", "Alpaslan Mah."]
TR_STREETS = ["Atatürk Blv.", "Sivas Cad.", "Talas Cad.", "Osman Kavuncu Blv.", "Seyyid Burhaneddin Blv.",
              "Mustafa Kemal Paşa Blv.", "Hunat Sok.", "Kiremitli Sok."]
KW_AREAS = ["السالمية", "حولي", "الجابرية", "مشرف", "الرميثية", "بيان", "الشعب", "سلوى", "الفروانية"]
#: (city, kabupaten/kota code of the NIK, postcode prefix)
ID_CITIES = [("Makassar", "7371", "902"), ("Makassar", "7371", "901"), ("Sungguminasa", "7306", "921"),
             ("Maros", "7309", "905"), ("Parepare", "7372", "911"), ("Palopo", "7373", "919"),
             ("Takalar", "7305", "922")]
ID_STREETS = ["Jl. Perintis Kemerdekaan", "Jl. Urip Sumoharjo", "Jl. A. P. Pettarani", "Jl. Sultan Alauddin",
              "Jl. Boulevard Panakkukang", "Jl. Veteran Selatan", "Jl. Somba Opu", "Jl. Hertasning Baru",
              "Jl. Toddopuli Raya", "Jl. Landak Baru"]
PH_CITIES = [("Marikina", "1800"), ("Marikina", "1807"), ("Marikina", "1811"), ("Quezon City", "1119"),
             ("Pasig", "1600"), ("Antipolo", "1870"), ("Cainta", "1900"), ("San Mateo", "1850")]
PH_STREETS = ["Sampaguita St.", "J.P. Rizal St.", "Shoe Ave.", "Gil Fernando Ave.", "Bayan-Bayanan Ave.",
              "Sumulong Hwy.", "Kalantiaw St.", "Lilac St.", "Molave St.", "General Ordoñez Ave."]
PH_BARANGAYS = ["Concepcion Uno", "Sta. Elena", "San Roque", "Malanday", "Parang", "Tumana", "Nangka", "Jesus dela Peña",
                "Marikina Heights", "Kalumpang"]
KE_TOWNS = [("Mombasa", "80100"), ("Likoni", "80110"), ("Nyali", "80118"), ("Mtwapa", "80109"), ("Kilifi", "80108"),
            ("Malindi", "80200"), ("Ukunda", "80400"), ("Bamburi", "80106")]
KE_STREETS = ["Moi Avenue", "Nkrumah Road", "Links Road", "Mama Ngina Drive", "Abdel Nasser Road", "Digo Road",
              "Makadara Road", "Kisauni Road", "Tom Mboya Avenue", "Haile Selassie Road"]


def street(g: Gen, streets: list[str], lang: str) -> str:
    s = g.rnd.choice(streets) if streets else ""
    n = g.rnd.randint(100, 9_800) if lang in ("tn", "mn") else g.rnd.randint(1, 160)
    if lang == "mn":
        return f"{n} {s}"
    if lang in ("nl", "tr"):
        return f"{s} {n}" if lang == "nl" else f"{g.rnd.choice(TR_MAHALLE)} {s} No: {n} D: {g.rnd.randint(1, 16)}"
    if lang == "pl":
        return f"{s} {n}" + (f"/{g.rnd.randint(1, 60)}" if g.rnd.random() < 0.6 else "")
    if lang == "lk":
        return f"No. {n}" + (f"/{g.rnd.randint(1, 9)}" if g.rnd.random() < 0.3 else "") + f", {s}"
    if lang == "my":
        return f"No. {n}, {s}"
    if lang == "id":
        return f"{s} No. {n}, RT {g.rnd.randint(1, 9):03d}/RW {g.rnd.randint(1, 12):03d}"
    if lang == "tl":
        return f"Blk {g.rnd.randint(1, 40)} Lot {g.rnd.randint(1, 30)}, {s}, Brgy. {g.rnd.choice(PH_BARANGAYS)}"
    if lang == "sw":
        return f"{s}, Nyumba Na. {n}"
    if lang == "bm":
        house = f"'{g.rnd.choice(BM_HOUSES)}', " if g.rnd.random() < 0.35 else ""
        return f"{house}{g.rnd.randint(1, 90)} {s}"
    if lang == "hk":
        return f"Flat {g.rnd.randint(1, 28)}{g.rnd.choice('ABCDEFGH')}, {g.rnd.randint(2, 48)}/F, " \
               f"{g.rnd.choice(HK_ESTATES)}"
    if lang == "ar":
        return f"قطعة {g.rnd.randint(1, 12)}، شارع {g.rnd.randint(1, 120)}، جادة {g.rnd.randint(1, 9)}، " \
               f"منزل {g.rnd.randint(1, 60)}"
    if lang == "au":
        return (f"{g.rnd.randint(1, 30)}/" if g.rnd.random() < 0.25 else "") + f"{n} {s}"
    return f"{n} {s}"


# -- identifiers (check digits computed and checked with python-stdnum, or written out here) ---------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    d = g.valid(make, _ssn.is_valid)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dashed else d


def us_ssn_decoy(g: Gen, dashed: bool = True) -> str:
    """Nine digits shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    area = g.rnd.choice(["000", "666", f"9{g.digits(2)}"])
    return f"{area}-{g.digits(2)}-{g.digits(4)}" if dashed else f"{area}{g.digits(6)}"


def routing_number(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice(["09", "29", "07"]) + g.digits(7), _rtn.is_valid)


def card(g: Gen, spaced: bool = False) -> str:
    """A card number passing Luhn (Visa, Mastercard or Amex shaped)."""
    kind = g.rnd.random()
    body = ("4" + g.digits(14)) if kind < 0.55 else ("5" + str(g.rnd.randint(1, 5)) + g.digits(13)) \
        if kind < 0.85 else ("3" + g.rnd.choice("47") + g.digits(12))
    d = body + luhn.calc_check_digit(body)
    if not spaced:
        return d
    return " ".join(d[i:i + 4] for i in range(0, len(d), 4))


def mu_nid(g: Gen, surname: str, born: date) -> str:
    body = f"{plain(surname)[0].upper()}{born.day:02d}{born.month:02d}{born.year % 100:02d}{g.digits(6)}"
    d = body + _mu_nid.calc_check_digit(body)
    assert _mu_nid.is_valid(d)
    return d


def lk_nic(g: Gen, born: date, female: bool) -> str:
    """A Sri Lankan NIC encoding the birth year and the day of the year (+500 for women): the old 9 digits and V for
    people born before 1990, the new 12 digits after (no check is claimed for the last digit)."""
    doy = date(2000, born.month, born.day).timetuple().tm_yday + (500 if female else 0)
    if born.year < 1990:
        return f"{born.year % 100:02d}{doy:03d}{g.digits(4)}V"
    return f"{born.year}{doy:03d}{g.digits(5)}"


def lk_nic_birth(value: str) -> tuple[int, int, int]:
    """(year, month, day) a Sri Lankan NIC encodes."""
    year = 1900 + int(value[:2]) if len(value) == 10 else int(value[:4])
    doy = int(value[2:5] if len(value) == 10 else value[4:7]) % 500
    d = date(2000, 1, 1) + timedelta(days=doy - 1)
    return year, d.month, d.day


def mykad(g: Gen, born: date, female: bool) -> str:
    last = g.rnd.choice("02468" if female else "13579")
    d = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}13{g.digits(3)}{last}"
    assert _nric.is_valid(d)
    return f"{d[:6]}-{d[6:8]}-{d[8:]}"


def mykad_decoy(g: Gen) -> str:
    """Twelve digits shaped like a MyKad with an impossible birth month (a receipt number)."""
    return g.valid(lambda: f"{g.digits(2)}{g.rnd.randint(13, 99)}{g.digits(8)}", lambda x: not _nric.is_valid(x))


def abn(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _abn.is_valid)
    return f"{d[:2]} {d[2:5]} {d[5:8]} {d[8:]}"


_HK_WEIGHTS = range(9, 1, -1)


def hkid_check(body: str) -> str:
    """The check character of an HKID body (one or two letters and six digits)."""
    s = body if len(body) == 8 else " " + body
    vals = [36 if ch == " " else (ord(ch) - 55 if ch.isalpha() else int(ch)) for ch in s]
    r = (11 - sum(v * w for v, w in zip(vals, _HK_WEIGHTS)) % 11) % 11
    return "A" if r == 10 else str(r)


def hkid_is_valid(value: str) -> bool:
    """Whether ``value`` (``A123456(3)`` or ``A1234563``) is a valid HKID."""
    v = value.replace("(", "").replace(")", "").replace(" ", "").upper()
    if not (8 <= len(v) <= 9) or not v[-7:-1].isdigit() or not v[:-7].isalpha():
        return False
    return hkid_check(v[:-1]) == v[-1]


def hkid(g: Gen) -> str:
    body = (g.rnd.choice("ABCDEGHKMPRVYZ") if g.rnd.random() < 0.92 else g.rnd.choice(["XA", "WX"])) + g.digits(6)
    return f"{body}({hkid_check(body)})"


def hkid_decoy(g: Gen) -> str:
    """A letter, six digits and a character in parentheses failing the HKID check (an invoice number)."""
    return g.valid(lambda: f"{g.rnd.choice('ABCDEGHKMPRVYZ')}{g.digits(6)}({g.rnd.choice(string.digits)})",
                   lambda x: not hkid_is_valid(x))


_KW_WEIGHTS = (2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def kw_civil_check(body: str) -> int | None:
    """The check digit of a Kuwaiti civil ID's eleven first digits (None when the remainder leaves none)."""
    r = 11 - sum(int(ch) * w for ch, w in zip(body, _KW_WEIGHTS)) % 11
    return None if r >= 10 else r


def kw_civil_is_valid(value: str) -> bool:
    """Whether ``value`` is a valid Kuwaiti civil ID: century digit, YYMMDD, four digits and a mod-11 check."""
    v = value.strip()
    if len(v) != 12 or not v.isdigit() or v[0] not in "23":
        return False
    try:
        date(1800 + 100 * int(v[0]) + int(v[1:3]), int(v[3:5]), int(v[5:7]))
    except ValueError:
        return False
    return kw_civil_check(v[:11]) == int(v[11])


def kw_civil(g: Gen, born: date) -> str:
    head = f"{2 if born.year < 2000 else 3}{born.year % 100:02d}{born.month:02d}{born.day:02d}"

    def make() -> str:
        body = head + g.digits(4)
        check = kw_civil_check(body)
        return body + ("x" if check is None else str(check))

    return g.valid(make, kw_civil_is_valid)


def kw_civil_decoy(g: Gen) -> str:
    """Twelve digits shaped like a civil ID and failing its check (an invoice number)."""
    return g.valid(lambda: g.rnd.choice("23") + f"{g.rnd.randint(60, 99):02d}{g.rnd.randint(1, 12):02d}"
                   f"{g.rnd.randint(1, 28):02d}" + g.digits(5), lambda x: not kw_civil_is_valid(x))


def bsn(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), _bsn.is_valid)


def bsn_decoy(g: Gen) -> str:
    """Nine digits failing the BSN's eleven test (a staff number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), lambda x: not _bsn.is_valid(x))


def iban(g: Gen, country: str, bank: str, length: int) -> str:
    bban = bank + g.digits(length - len(bank))
    d = f"{country}{_iban.calc_check_digits(country + '00' + bban)}{bban}"
    assert _iban.is_valid(d)
    return " ".join(d[i:i + 4] for i in range(0, len(d), 4)) if g.rnd.random() < 0.6 else d


def pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
    d = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(d)
    return d


def pesel_decoy(g: Gen) -> str:
    """Eleven digits failing PESEL's check (an invoice number)."""
    return g.valid(lambda: g.digits(11), lambda x: not _pesel.is_valid(x))


def nip(g: Gen) -> str:
    d = g.valid(lambda: "54" + g.digits(8), _nip.is_valid)
    return f"{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:]}"


def tckn(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    d = body + _tckn.calc_check_digits(body)
    assert _tckn.is_valid(d)
    return d


def tckn_decoy(g: Gen) -> str:
    """Eleven digits failing the T.C. Kimlik No. checks (an e-archive invoice serial)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _tckn.is_valid(x))


def vkn(g: Gen) -> str:
    body = g.digits(9)
    return body + _vkn.calc_check_digit(body)


def nik(g: Gen, code: str, born: date, female: bool) -> str:
    body = f"{code}{g.rnd.randint(1, 14):02d}{born.day + (40 if female else 0):02d}{born.month:02d}" \
           f"{born.year % 100:02d}{g.rnd.randint(1, 2999):04d}"
    assert _nik.is_valid(body)
    return body


def ke_pin(g: Gen, individual: bool = True) -> str:
    return ("A" if individual else "P") + ("00" if individual else "05") + g.digits(7) + \
        g.rnd.choice(string.ascii_uppercase)


def mpesa_code(g: Gen) -> str:
    return g.rnd.choice(["SK", "SL", "TA", "TB"]) + g.code("ZZZZZZZZ")


def luhn_decoy(g: Gen, n: int) -> str:
    return g.valid(lambda: g.digits(n), lambda x: not luhn.is_valid(x))


# -- shop vocabulary (written for v133) --------------------------------------------------------------------------------

GARMENTS_EN = ["2-pc suit", "Dress shirt", "Wool coat", "Silk blouse", "Comforter (king)", "Wedding gown", "Trousers",
               "Duvet cover", "Leather jacket", "Curtains (pair)", "Tablecloth", "Down jacket"]
SHOE_JOBS = ["Full resole (leather)", "Heel tips", "Half sole (rubber)", "Stitch repair", "Zip replacement (boot)",
             "Stretch", "Key cut - restricted", "Key cut - standard", "Watch battery", "Dye & polish"]
