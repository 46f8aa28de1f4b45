"""Values of held-out set v112 (:mod:`benchmarks.classification.heldout_v112`): v112's random source, and names,
streets, cities, agents, currencies and free-text snippets written by hand for v112's money transfer, remittance and
currency exchange systems (no Faker, no list of real people, no breach data), phones checked with phonenumbers and
identifiers with check digits computed and checked with python-stdnum (or, for the German identity card and the
Polish identity card, with their published check-digit rules, computed here).

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
from stdnum.ca import sin as _sin
from stdnum.dk import cpr as _cpr
from stdnum.fr import nir as _nir
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.jp import in_ as _mynumber
from stdnum.ke import pin as _kepin
from stdnum.nz import ird as _ird
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.pt import cc as _ptcc
from stdnum.pt import nif as _ptnif
from stdnum.ru import inn as _inn
from stdnum.us import itin as _itin
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _zaid

from benchmarks.classification.heldout_v2 import Column

SEED = 112_409_2026
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v112's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNK", "?",
    "not known", "nil", "0", "k.A.", "unbekannt", "inconnu", "néant", "desconhecido", "sem dados", "brak",
    "brak danych", "ukendt", "ingen", "不明", "なし", "нет", "нет данных", "—", "ninguno", "declined", "N.D.")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "").replace(
        "ø", "o").replace("æ", "ae").replace("ł", "l").replace("ʻ", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v112:{SEED}:{table}")

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


#: El Paso and Las Cruces, and Tennessee (the prepaid card processor's cardholders)
US_AREAS = ["915", "575", "901", "615", "731", "865", "423", "931"]
#: Alberta
CA_AREAS = ["780", "587", "403", "825"]

# -- names (written for v112) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Jesús", "Rigoberto", "Efraín", "Osvaldo", "Heriberto", "Adrián", "Nicolás", "Cruz", "Ramiro", "Gael"],
           ["Araceli", "Yolanda", "Maricela", "Dulce", "Leticia", "Brenda", "Zulema", "Anahí", "Graciela", "Noemí"],
           ["Armendáriz", "Chavira", "Loera", "Terrazas", "Baeza", "Holguín", "Ontiveros", "Sotelo", "Quiñónez",
            "Carrasco", "Almanza", "Provencio", "Villalobos", "Escajeda", "Durán"]),
    "mx": (["Eusebio", "Florencio", "Abundio", "Lázaro", "Teodoro", "Isidro", "Crispín", "Wenceslao"],
           ["Eufemia", "Petra", "Herminia", "Socorro", "Cipriana", "Refugio", "Altagracia", "Jovita"],
           ["Rentería", "Máynez", "Calderón", "Ibarra", "Anchondo", "Galindo", "Porras", "Saucedo", "Trevizo",
            "Gallegos", "Ornelas", "Portillo"]),
    "tn": (["Dewayne", "Travis", "Clayton", "Jamarcus", "Dustin", "Rodney", "Cody", "Lonnie", "Terrance", "Wyatt"],
           ["Krystal", "Latonya", "Brandi", "Shelby", "Tameka", "Misty", "Raylene", "Destiny", "Charlene", "Kayla"],
           ["Puckett", "Hensley", "Blevins", "Tidwell", "McCollum", "Gentry", "Winfrey", "Haskins", "Pettway",
            "Stubblefield", "Crockett", "Bivens", "Yarbrough", "Moody", "Sizemore"]),
    "ca": (["Brayden", "Kulwinder", "Jarrett", "Rodel", "Mandeep", "Tyson", "Emeka", "Nolan"],
           ["Kassidy", "Manpreet", "Jocelyn", "Marites", "Shawna", "Tamsin", "Amandeep", "Raelynn"],
           ["Kowalchuk", "Dhaliwal", "Letendre", "Fedoruk", "Villanueva", "Cardinal", "Hrynchuk", "Grewal",
            "Okonkwo", "McAuley", "Laboucane", "Sawchuk"]),
    "nz": (["Sione", "Tavita", "Losaline", "Iosefa", "Viliami", "Fetu", "Semisi", "Tevita"],
           ["Salote", "Malia", "Lupe", "Seini", "Tasi", "Mele", "Fuimaono", "'Ana"],
           ["Tuiasosopo", "Fonoti", "Havili", "Leaupepe", "Taufa", "Sapolu", "Lolohea", "Aumua", "Vaipulu",
            "Fifita", "Matagi", "Tu'ipulotu"]),
    "ke": (["Kiprono", "Otieno", "Mwangi", "Wekesa", "Kamau", "Onyango", "Mutua", "Barasa"],
           ["Wanjiru", "Akinyi", "Chebet", "Nyambura", "Atieno", "Wairimu", "Jepkosgei", "Muthoni"],
           ["Kipchumba", "Ochieng", "Njoroge", "Wafula", "Kariuki", "Odhiambo", "Mutiso", "Cheruiyot", "Githinji",
            "Omondi", "Nyaga", "Wanyama"]),
    "au": (["Hoang", "Lachlan", "Jarrah", "Ravi", "Nikos", "Bilal", "Zhiwei", "Callum"],
           ["Thuy", "Matilda", "Priya", "Despina", "Mei", "Layla", "Ngaire", "Sienna"],
           ["Nguyen-Tran", "Papadakis", "Whitelaw", "Haddad", "Ravindran", "Liang", "O'Rourke", "Kovac", "Pham",
            "Fairweather", "Demetriou", "Sheridan"]),
    "in": (["Shibu", "Anoop", "Rajesh", "Muhammed", "Sreejith", "Jijo", "Faisal", "Binu"],
           ["Sreeja", "Ancy", "Shameena", "Divya", "Reshma", "Bincy", "Lekha", "Jasna"],
           ["Kunnumpurath", "Thekkedath", "Puthenveettil", "Valiyaparambil", "Chirayath", "Kallingal",
            "Pulikkottil", "Edathil", "Nair", "Menon", "Koya", "Varghese"]),
    "za": (["Sipho", "Tendai", "Farai", "Thabo", "Kudakwashe", "Chikondi", "Lwazi", "Tatenda"],
           ["Nomvula", "Rutendo", "Chipo", "Lerato", "Tsitsi", "Thandeka", "Chisomo", "Nyasha"],
           ["Dlamini", "Moyo", "Ncube", "Mahlangu", "Chirwa", "Sibanda", "Mokoena", "Banda", "Nkosi", "Mutasa",
            "Phiri", "Khumalo"]),
    "de": (["Kemal", "Florian", "Dragan", "Maximilian", "Tobias", "Arben", "Sascha", "Volker"],
           ["Sabine", "Meltem", "Johanna", "Vesna", "Annika", "Ramona", "Leonie", "Dilara"],
           ["Weißenborn", "Kaya", "Schäfer", "Petrović", "Hoffmann-Kühn", "Berisha", "Lindemann", "Öztürk",
            "Reinhardt", "Jovanović", "Zimmermann", "Krause"]),
    "fr": (["Youssef", "Mohamed", "Rachid", "Kévin", "Jordi", "Abdelkader", "Sébastien", "Hamza"],
           ["Fatima", "Samira", "Nadia", "Aurélie", "Khadija", "Mélissa", "Latifa", "Ludivine"],
           ["El Amrani", "Bensaïd", "Roumanille", "Ouchène", "Faure", "Ait Lahcen", "Bonnefoy", "Mistral",
            "Ferrández", "Ziani", "Chabert", "Bouaziz"]),
    "pt": (["Adilson", "Nuno", "Euclides", "Valdemar", "Edmilson", "Rúben", "Jailson", "Anselmo"],
           ["Djenifer", "Filomena", "Edna", "Rosália", "Nilza", "Catarina", "Ivone", "Odete"],
           ["Tavares", "Semedo", "Furtado", "Monteiro", "Lopes da Veiga", "Cabral", "Mendes", "Varela",
            "Fortes", "Gonçalves", "Pina", "Brito"]),
    "pl": (["Bartłomiej", "Grzegorz", "Wojciech", "Mykola", "Kacper", "Zbigniew", "Taras", "Przemysław"],
           ["Agnieszka", "Małgorzata", "Oksana", "Katarzyna", "Justyna", "Halyna", "Dorota", "Bożena"],
           ["Wróblewski", "Szczęsny", "Kowalczyk", "Bondarenko", "Zając", "Pietrzak", "Kravchenko", "Mazur",
            "Dudek", "Sobczak", "Melnyk", "Wójcik"]),
    "dk": (["Mikkel", "Ahmad", "Rasmus", "Imran", "Søren", "Bilal", "Mads", "Jesper"],
           ["Mette", "Sana", "Signe", "Ayesha", "Trine", "Nadia", "Pernille", "Fatima"],
           ["Kjærgaard", "Chaudhry", "Mortensen", "Hussain", "Østergaard", "Malik", "Lauridsen", "Iqbal",
            "Bøgh", "Rasheed", "Thygesen", "Qureshi"]),
    "ru": (["Алишер", "Фаррух", "Бахтиёр", "Рустам", "Шерзод", "Далер", "Азамат", "Улугбек"],
           ["Гулнора", "Дилноза", "Мадина", "Зарина", "Нигора", "Шахноза", "Мохира", "Айгуль"],
           ["Каримов", "Рахимов", "Юсупов", "Назаров", "Саидов", "Турсунов", "Исмоилов", "Абдуллаев",
            "Холматов", "Мирзоев", "Шарипов", "Джураев"]),
}

#: foreign residents of Japan: (given, family) in Latin letters as on the residence card -> katakana
JA_GIVEN = {"MARICEL": "マリセル", "JOVELYN": "ジョベリン", "RODEL": "ロデル", "ARNEL": "アーネル",
            "THI HUONG": "ティ フオン", "VAN NAM": "ヴァン ナム", "THI LAN": "ティ ラン", "DUC ANH": "ドゥック アイン",
            "SUNITA": "スニタ", "BISHAL": "ビシャル", "ROSALIE": "ロザリー", "QUOC BAO": "クオック バオ"}
JA_FAMILY = {"DELA CRUZ": "デラクルス", "MANALO": "マナロ", "BAUTISTA": "バウティスタ", "NGUYEN": "グエン",
             "TRAN": "チャン", "PHAM": "ファム", "LE": "レ", "GURUNG": "グルン", "SHRESTHA": "シュレスタ",
             "VILLAREAL": "ビジャレアル", "HOANG": "ホアン", "TAMANG": "タマン"}
#: Japanese staff (kanji)
JA_STAFF = ["佐藤 真理子", "鈴木 健太", "田中 由香", "伊藤 亮", "小林 美穂", "加藤 修"]


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``."""
    male, fem, fam = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.5
    family = g.rnd.choice(fam)
    if lang == "ru" and female:
        family += "а"
    return g.rnd.choice(fem if female else male), family


def whole(g: Gen, lang: str = "us") -> str:
    if lang == "ja":
        return g.rnd.choice(JA_STAFF)
    a, b = person(g, lang)
    if lang == "ru":
        return f"{b} {a}"
    return f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


_CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                 "t", "u", "f", "kh", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya"]))


def plain(text: str) -> str:
    text = "".join(_CYR.get(ch, ch) for ch in text.lower())
    return "".join(ch for ch in fold(text) if ch.isalnum() or ch == ".")


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(70, 99)}",
                          f"{a}_{b[:4]}{g.rnd.randint(1, 9)}"])
    return f"{local}@{g.rnd.choice(domains)}"


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com"],
    "mx": ["gmail.com", "hotmail.com", "yahoo.com.mx", "outlook.com"],
    "tn": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "bellsouth.net"],
    "ca": ["gmail.com", "shaw.ca", "telus.net", "hotmail.com", "outlook.com"],
    "nz": ["gmail.com", "xtra.co.nz", "hotmail.com", "outlook.co.nz"],
    "ke": ["gmail.com", "yahoo.com", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com.au", "hotmail.com", "icloud.com"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "za": ["gmail.com", "webmail.co.za", "yahoo.com", "mweb.co.za"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "freenet.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "hotmail.fr"],
    "pt": ["gmail.com", "sapo.pt", "hotmail.com", "outlook.pt"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "gmail.com", "o2.pl"],
    "dk": ["gmail.com", "hotmail.dk", "outlook.dk", "yahoo.dk", "live.dk"],
    "ja": ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "softbank.ne.jp"],
    "ru": ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "inbox.ru"],
}


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first).replace(".", ""), plain(last).replace(".", "")
    return [f"{a[0]}{b}"[:12], f"{a}.{b}", f"{b[:6]}{a[:2]}", f"{a}{len(b)}{b[:3]}"][style % 4]


# -- places (written for v112) -----------------------------------------------------------------------------------------

#: (city, ZIP prefix) around El Paso
US_CITIES = [("El Paso", "799"), ("Socorro", "799"), ("Horizon City", "799"), ("Canutillo", "798"),
             ("Anthony", "798"), ("Las Cruces", "880"), ("Sunland Park", "880")]
US_STREETS = ["Alameda Ave", "Dyer St", "N Zaragoza Rd", "Montana Ave", "Paisano Dr", "Tierra Este Rd",
              "Socorro Rd", "Pellicano Dr", "Lomaland Dr", "Yarbrough Dr", "Doniphan Dr", "Vista del Sol Dr"]
MX_CITIES = ["Ciudad Juárez", "Chihuahua", "Delicias", "Cuauhtémoc", "Durango", "Gómez Palacio", "Zacatecas",
             "Fresnillo", "Parral", "Nuevo Casas Grandes"]
#: (city, ZIP prefix) in Tennessee
TN_CITIES = [("Memphis", "381"), ("Nashville", "372"), ("Jackson", "383"), ("Murfreesboro", "371"),
             ("Clarksville", "370"), ("Knoxville", "379"), ("Chattanooga", "374"), ("Cookeville", "385")]
TN_STREETS = ["LAMAR AVE", "ELVIS PRESLEY BLVD", "NOLENSVILLE PIKE", "GALLATIN PIKE", "DICKERSON PIKE",
              "HIGHLAND AVE", "MAGNOLIA AVE", "BRAINERD RD", "OLD HICKORY BLVD", "SHELBY DR"]
#: (city, postal FSA) in Alberta
CA_CITIES = [("Fort McMurray", "T9H"), ("Edmonton", "T5A"), ("Calgary", "T2E"), ("Grande Prairie", "T8V"),
             ("Red Deer", "T4N"), ("Lethbridge", "T1J"), ("Cold Lake", "T9M"), ("Lac La Biche", "T0A")]
CA_STREETS = ["Franklin Ave", "Thickwood Blvd", "Signal Rd", "118 Ave NW", "Centre St NE", "100 Ave",
              "Gaetz Ave", "Mayor Magrath Dr", "Confederation Dr", "Range Road 212"]
#: (suburb, postcode) in Auckland and Porirua
NZ_CITIES = [("Ōtāhuhu", "1062"), ("Māngere", "2022"), ("Ōtara", "2023"), ("Papatoetoe", "2025"),
             ("Manurewa", "2102"), ("Henderson", "0612"), ("Porirua", "5022"), ("Glen Innes", "1072")]
NZ_STREETS = ["Great South Road", "Massey Road", "Bairds Road", "Kolmar Road", "Weymouth Road", "Te Irirangi Drive",
              "Lincoln Road", "Mungavin Avenue", "Apirana Avenue", "Ōtāhuhu Mainstreet"]
PACIFIC = [("Apia", "WS"), ("Faleolo", "WS"), ("Salelologa", "WS"), ("Nukuʻalofa", "TO"), ("Neiafu", "TO"),
           ("Pangai", "TO")]
#: (town, postal code) in Kenya
KE_TOWNS = [("Nairobi", "00100"), ("Kisumu", "40100"), ("Nakuru", "20100"), ("Eldoret", "30100"),
            ("Machakos", "90100"), ("Thika", "01000"), ("Kakamega", "50100"), ("Kericho", "20200")]
KE_STREETS = ["Moi Avenue", "Oginga Odinga Street", "Kenyatta Avenue", "Uganda Road", "Ngong Road", "Jogoo Road",
              "Kisumu-Kakamega Road", "Biashara Street", "Tom Mboya Street", "Ronald Ngala Street"]
#: (suburb, postcode) in Sydney
AU_CITIES = [("Cabramatta", "2166"), ("Parramatta", "2150"), ("Strathfield", "2135"), ("Hurstville", "2220"),
             ("Auburn", "2144"), ("Chatswood", "2067"), ("Burwood", "2134"), ("Bankstown", "2200")]
AU_STREETS = ["John St", "Church St", "The Boulevarde", "Forest Rd", "Rawson St", "Victoria Ave", "Burwood Rd",
              "Chapel Rd", "Park Rd", "Woodville Rd"]
#: (town, PIN prefix) in Kerala
IN_CITIES = [("Thiruvananthapuram", "695"), ("Kollam", "691"), ("Malappuram", "676"), ("Kozhikode", "673"),
             ("Thrissur", "680"), ("Kannur", "670"), ("Tirur", "676"), ("Chavakkad", "680")]
IN_STREETS = ["Kunnumpuram Road", "Chinnakada Junction", "Down Hill", "Mavoor Road", "Round North", "Fort Road",
              "Tirur Bus Stand Road", "Kazhakkoottam Bypass", "Pattom Palace Road", "Kottakkal Road"]
#: (city, postal code) in Gauteng and Limpopo
ZA_CITIES = [("Johannesburg", "2001"), ("Soweto", "1804"), ("Pretoria", "0002"), ("Germiston", "1401"),
             ("Benoni", "1501"), ("Midrand", "1685"), ("Polokwane", "0700"), ("Musina", "0900")]
ZA_STREETS = ["Bree Street", "Jeppe Street", "Vilakazi Street", "Commissioner Street", "Lilian Ngoyi Street",
              "Rissik Street", "Main Reef Road", "Madiba Street", "Harrison Street", "Klipspruit Valley Road"]
#: (city, phone region) of beneficiaries north of the Limpopo
ZA_PAYOUT = [("Harare", "ZW"), ("Bulawayo", "ZW"), ("Mutare", "ZW"), ("Lilongwe", "MW"), ("Blantyre", "MW"),
             ("Maputo", "MZ"), ("Beira", "MZ")]
DE_CITIES = [("Frankfurt am Main", "603"), ("Offenbach am Main", "630"), ("Darmstadt", "642"), ("Hanau", "634"),
             ("Bad Homburg", "613"), ("Wiesbaden", "651"), ("Mainz", "551")]
DE_STREETS = ["Kaiserstraße", "Münchener Straße", "Berger Straße", "Mainzer Landstraße", "Frankfurter Straße",
              "Rheinstraße", "Leipziger Straße", "Hanauer Landstraße", "Schweizer Straße", "Am Hauptbahnhof"]
FR_CITIES = [("CAVAILLON", "84300"), ("AVIGNON", "84000"), ("CARPENTRAS", "84200"), ("PERTUIS", "84120"),
             ("L'ISLE-SUR-LA-SORGUE", "84800"), ("APT", "84400"), ("ORANGE", "84100")]
FR_STREETS = ["AVENUE GABRIEL PERI", "CHEMIN DES CRAUX", "RUE DE LA REPUBLIQUE", "ROUTE DE ROBION",
              "IMPASSE DES MELONS", "AVENUE DU MONT VENTOUX", "QUARTIER LES VIGNERES", "RUE BASSE", "CHEMIN DU MITAN",
              "BOULEVARD LIMBERT"]
PT_CITIES = [("Amadora", "2700"), ("Lisboa", "1100"), ("Odivelas", "2675"), ("Sintra", "2710"), ("Loures", "2670"),
             ("Almada", "2800"), ("Seixal", "2840")]
PT_STREETS = ["Rua Elias Garcia", "Avenida da República", "Estrada da Damaia", "Rua Cidade de Bolama",
              "Praceta Quinta do Borel", "Rua das Fontaínhas", "Avenida D. José I", "Travessa da Cova da Moura",
              "Rua Dr. Alfredo da Costa", "Largo do Chafariz"]
#: (city, phone region) of beneficiaries in Cabo Verde, Guinea-Bissau and Brazil
PT_PAYOUT = [("Praia", "CV"), ("Mindelo", "CV"), ("Assomada", "CV"), ("Bissau", "GW"), ("São Paulo", "BR"),
             ("Belo Horizonte", "BR")]
PL_CITIES = [("Kraków", "30"), ("Kraków", "31"), ("Wieliczka", "32"), ("Skawina", "32"), ("Niepołomice", "32"),
             ("Tarnów", "33"), ("Nowy Targ", "34")]
PL_STREETS = ["ul. Floriańska", "ul. Długa", "ul. Grzegórzecka", "os. Złotego Wieku", "ul. Kalwaryjska",
              "al. Pokoju", "ul. Wielicka", "ul. Mogilska", "ul. Starowiślna", "ul. Zakopiańska"]
DK_CITIES = [("København N", "2200"), ("København NV", "2400"), ("Valby", "2500"), ("Brønshøj", "2700"),
             ("Hvidovre", "2650"), ("Ishøj", "2635"), ("Albertslund", "2620")]
DK_STREETS = ["Nørrebrogade", "Frederikssundsvej", "Tingbjerg Allé", "Valby Langgade", "Hvidovrevej",
              "Ishøj Strandvej", "Blågårdsgade", "Rentemestervej", "Mjølnerparken", "Gadelandet"]
#: (city, phone region) of beneficiaries in Pakistan, Türkiye and Somalia
DK_PAYOUT = [("Lahore", "PK"), ("Gujrat", "PK"), ("Mirpur", "PK"), ("Istanbul", "TR"), ("Konya", "TR"),
             ("Mogadishu", "SO"), ("Hargeisa", "SO")]
JA_CITIES = [("新宿区", "160"), ("豊島区", "170"), ("川口市", "332"), ("江戸川区", "134"), ("大田区", "144"),
             ("伊勢崎市", "372"), ("浜松市中央区", "430")]
JA_STREETS = ["百人町2丁目4-11", "大久保1丁目8-3 ハイツ大久保203", "池袋本町3丁目21-6", "芝園町5-2-1104",
              "西葛西6丁目15-9", "蒲田4丁目12-7 コーポ蒲田102", "連取町1520-3", "佐鳴台3丁目8-21"]
#: (city, phone region) of beneficiaries in the Philippines, Viet Nam and Nepal
JA_PAYOUT = [("Quezon City", "PH"), ("Cebu City", "PH"), ("Batangas", "PH"), ("Hà Nội", "VN"), ("Nghệ An", "VN"),
             ("Kathmandu", "NP"), ("Pokhara", "NP")]
RU_CITIES = [("Москва", "109"), ("Москва", "111"), ("Люберцы", "140"), ("Мытищи", "141"), ("Балашиха", "143"),
             ("Подольск", "142"), ("Котельники", "140")]
RU_STREETS = ["ул. Люблинская", "Рязанский пр-т", "ул. Верхние Поля", "ул. Юных Ленинцев", "Волгоградский пр-т",
              "ул. Текстильщиков", "Октябрьский пр-т", "ул. Шоссейная", "ул. Садовническая", "ш. Энтузиастов"]
#: (city, phone region) of beneficiaries in Central Asia
RU_PAYOUT = [("Ташкент", "UZ"), ("Самарканд", "UZ"), ("Фергана", "UZ"), ("Душанбе", "TJ"), ("Худжанд", "TJ"),
             ("Ош", "KG"), ("Бишкек", "KG")]


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(100, 12_900) if lang in ("us", "tn") else g.rnd.randint(1, 240)
    if lang in ("de", "pl", "dk", "ru"):
        if lang == "ru":
            return f"{s}, д. {n}, кв. {g.rnd.randint(1, 300)}"
        if lang == "pl":
            return f"{s} {n}/{g.rnd.randint(1, 60)}" if g.rnd.random() < 0.6 else f"{s} {n}"
        return f"{s} {n}" if lang == "de" else f"{s} {n}, {g.rnd.randint(1, 5)}. th."
    if lang == "pt":
        return f"{s}, {n}, {g.rnd.randint(1, 9)}º {g.rnd.choice(['Esq.', 'Dto.', 'A'])}"
    if lang == "fr":
        return f"{n} {s}"
    if lang == "in":
        return f"{g.rnd.choice(['TC', 'KP', 'VIII'])} {n}/{g.rnd.randint(100, 2400)}, {s}"
    if lang == "ke":
        return f"{s}, {g.rnd.choice(['Kilimani House', 'Mwalimu Plaza', 'Rehema Flats', 'Plot'])} {n}"
    if lang == "au":
        return f"{g.rnd.randint(1, 40)}/{n} {s}" if g.rnd.random() < 0.4 else f"{n} {s}"
    return f"{n} {s}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    d = g.valid(make, _ssn.is_valid)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dashed else d


def itin(g: Gen) -> str:
    group = g.rnd.choice(sorted(_itin._allowed_groups))
    d = g.valid(lambda: f"9{g.digits(2)}{group}{g.rnd.randint(1, 9999):04d}", _itin.is_valid)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}"


def ssn_decoy(g: Gen) -> str:
    """A transfer control number shaped like an SSN, failing both the SSN's and the ITIN's checks."""
    area = g.rnd.choice(["000", "666", f"9{g.digits(2)}"])
    group = f"{g.rnd.randint(0, 69):02d}" if area.startswith("9") else g.digits(2)
    return f"{area}-{group}-{g.digits(4)}"


def ca_sin(g: Gen) -> str:
    body = str(g.rnd.choice([1, 2, 3, 4, 5, 6, 7, 9])) + g.digits(7)
    d = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(d)
    return f"{d[:3]}-{d[3:6]}-{d[6:]}" if g.rnd.random() < 0.5 else d


def luhn_decoy(g: Gen, n: int) -> str:
    """``n`` digits failing the Luhn check (shaped like a SIN or a card)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(n - 1), lambda x: not luhn.is_valid(x))


def card(g: Gen, bins: list[str], spaced: bool = False) -> str:
    body = g.rnd.choice(bins) + g.digits(15 - 6)
    d = body + luhn.calc_check_digit(body)
    return " ".join(d[i:i + 4] for i in range(0, 16, 4)) if spaced else d


def ird(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(10, 149)) + g.digits(6), _ird.is_valid)
    return _ird.format(d)


def ke_pin(g: Gen) -> str:
    return g.valid(lambda: "A" + g.digits(9) + g.rnd.choice(string.ascii_uppercase), _kepin.is_valid)


def au_abn(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _abn.is_valid)
    return _abn.format(d)


def aadhaar(g: Gen, spaced: bool = True) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if spaced else d


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (a payout reference)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def pan(g: Gen) -> str:
    return g.valid(lambda: g.code("AAA") + "P" + g.code("A9999A"), _pan.is_valid)


def za_id(g: Gen, born: date, female: bool, citizen: bool = True) -> str:
    serial = g.rnd.randint(0, 4999) if female else g.rnd.randint(5000, 9999)
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{serial:04d}{0 if citizen else 1}8"
    d = body + luhn.calc_check_digit(body)
    assert _zaid.is_valid(d)
    return d


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits shaped like a South African ID (a valid date), failing its Luhn check."""
    def make() -> str:
        d = g.birth(1960, 2004)
        return f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{g.digits(4)}08{g.rnd.randint(0, 9)}"

    return g.valid(make, lambda x: not _zaid.is_valid(x))


_ICAO = {ch: i for i, ch in enumerate(string.digits + string.ascii_uppercase)}


def icao_check(text: str) -> str:
    """The ICAO 9303 check digit (weights 7, 3, 1) of ``text``."""
    return str(sum(_ICAO[ch] * (7, 3, 1)[i % 3] for i, ch in enumerate(text)) % 10)


def ausweis_is_valid(value: str) -> bool:
    """Whether ``value`` is a German identity card number (nine characters and an ICAO check digit)."""
    value = value.strip().upper()
    return (len(value) == 10 and value[0] in "LMNPRTVWXY" and all(ch in "0123456789CFGHJKLMNPRTVWXYZ"
                                                                  for ch in value[1:9])
            and value[9] == icao_check(value[:9]))


def ausweis(g: Gen) -> str:
    body = g.rnd.choice("LMNPRTVWXY") + "".join(g.rnd.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8))
    return body + icao_check(body)


_DOWOD_WEIGHTS = (7, 3, 1, 9, 7, 3, 1, 7, 3)


def dowod_is_valid(value: str) -> bool:
    """Whether ``value`` is a Polish identity card number (three letters, a check digit, five digits)."""
    value = value.replace(" ", "").upper()
    if len(value) != 9 or not value[:3].isalpha() or not value[3:].isdigit():
        return False
    return sum(_ICAO[ch] * w for ch, w in zip(value, _DOWOD_WEIGHTS)) % 10 == 0


def dowod(g: Gen) -> str:
    letters, tail = g.code("AAA"), g.digits(5)
    partial = sum(_ICAO[ch] * w for ch, w in zip(letters + "0" + tail, _DOWOD_WEIGHTS))
    check = next(d for d in range(10) if (partial + 9 * d) % 10 == 0)
    value = f"{letters}{check}{tail}"
    assert dowod_is_valid(value)
    return value


def dowod_decoy(g: Gen) -> str:
    """Three letters and six digits failing the identity card's check (a kantor's receipt number)."""
    return g.valid(lambda: g.code("AAA999999"), lambda x: not dowod_is_valid(x))


def make_iban(g: Gen, country: str, bban: str) -> str:
    def make() -> str:
        body = country + "00" + g.code(bban)
        return country + _iban.calc_check_digits(body) + body[4:]

    return _iban.format(g.valid(make, _iban.is_valid))


def nir(g: Gen, born: date, female: bool, foreign: bool) -> str:
    place = f"99{g.rnd.choice(['350', '351', '352', '139', '134'])}" if foreign else \
        f"84{g.rnd.choice(['031', '035', '007', '087', '054'])}"
    body = f"{2 if female else 1}{born.year % 100:02d}{born.month:02d}{place}{g.rnd.randint(1, 999):03d}"
    d = body + _nir.calc_check_digits(body)
    assert _nir.is_valid(d)
    return d


def _nif_of(body: str) -> str:
    return body + _ptnif.calc_check_digit(body)


def pt_nif(g: Gen) -> str:
    """A Portuguese personal NIF (first digit 1, 2 or 3)."""
    return g.valid(lambda: _nif_of(g.rnd.choice("123") + g.digits(7)), _ptnif.is_valid)


def pt_nipc(g: Gen) -> str:
    """A Portuguese company's NIPC (first digit 5)."""
    return g.valid(lambda: _nif_of("5" + g.digits(7)), _ptnif.is_valid)


def pt_cc(g: Gen) -> str:
    body = g.digits(9) + g.code("ZZ")
    d = body + _ptcc.calc_check_digit(body)
    assert _ptcc.is_valid(d)
    return f"{d[:8]} {d[8]} {d[9:]}"


def pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    sex = g.rnd.choice("02468" if female else "13579")
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}{sex}"
    return next(body + d for d in string.digits if _pesel.is_valid(body + d))


def pl_nip(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(9), _nip.is_valid)
    return f"{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:]}"


def cpr(g: Gen, born: date) -> str:
    century = g.rnd.choice("0123") if born.year < 2000 else "4"
    d = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{century}{g.digits(3)}"
    assert _cpr.is_valid(d) and _cpr.get_birth_date(d) == born
    return f"{d[:6]}-{d[6:]}"


def my_number(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(10)
    return body + _mynumber.calc_check_digit(body)


def my_number_decoy(g: Gen) -> str:
    """Twelve digits failing My Number's check (a remittance reference)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(11), lambda x: not _mynumber.is_valid(x))


def ru_inn(g: Gen) -> str:
    body = g.rnd.choice(["77", "50", "97"]) + g.digits(8)
    d = body + _inn.calc_personal_check_digits(body)
    assert _inn.is_valid(d)
    return d


def ru_inn_decoy(g: Gen) -> str:
    """Twelve digits failing the personal INN's check (a transfer control number)."""
    return g.valid(lambda: g.rnd.choice(["77", "50"]) + g.digits(10), lambda x: not _inn.is_valid(x))


# -- money transfer vocabulary (written for v112) ----------------------------------------------------------------------

CURRENCIES = ["USD", "EUR", "GBP", "CHF", "TRY", "PLN", "THB", "JPY", "AED", "MAD", "CNY", "AUD", "VND", "PHP", "INR"]


def rate(g: Gen) -> float:
    return round(g.rnd.uniform(0.005, 4.8), 5)
