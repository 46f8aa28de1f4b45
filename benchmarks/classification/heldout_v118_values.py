"""Values of held-out set v118 (:mod:`benchmarks.classification.heldout_v118`): v118's random source, and names,
streets, cities, courts, clinics, agencies and free-text snippets written by hand for v118's translation, interpreting
and sign-language interpreting agencies (no Faker, no list of real people, no breach data), phones checked with
phonenumbers and identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers follow v27's and v98's; the lists below are new.
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
from stdnum.au import tfn as _tfn
from stdnum.br import cnpj as _cnpj
from stdnum.br import cpf as _cpf
from stdnum.ca import sin as _sin
from stdnum.de import idnr as _idnr
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.ie import pps as _pps
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.jp import in_ as _mynumber
from stdnum.nl import bsn as _bsn
from stdnum.nz import ird as _ird
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.tr import tckimlik as _tck
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 118_4093_2026
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v118's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNK", "?",
    "not known", "nil", "0", "tbc", "TBC", "k.A.", "unbekannt", "desconocido", "sin datos", "onbekend", "n.v.t.",
    "brak", "nieznany", "yok", "bilinmiyor", "não informado", "ignorado", "不明", "なし", "declined")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("ł", "l") \
        .replace("ı", "i").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v118:{SEED}:{table}")

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
        first = self.rnd.choice([31, 37, 46, 78, 86, 89, 109, 151, 176, 185, 188, 212, 217])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2a01", "2a02", "2001", "2a00", "2409"])
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


US_AREAS = ["602", "480", "623", "520", "928", "512", "737", "361"]
CA_AREAS = ["613", "343", "819", "873", "416", "438"]

# -- names (written for v118) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Ezequiel", "Dalton", "Kwame", "Brantley", "Hector", "Jaxon", "Thanh", "Reuben", "Osvaldo", "Lyle"],
           ["Araceli", "Brynn", "Dulce", "Harmony", "Ngoc", "Tamsin", "Xochitl", "Cheyenne", "Lourdes", "Paisley"],
           ["Quintanilla", "Brubaker", "Ocampo", "Vasquez-Lind", "Holtzclaw", "Tsosie", "Marchbanks", "Ybarra",
            "Gallegos", "Pettigrew", "Begay", "Kettleson", "Arambula", "Whitlock", "Duquette"]),
    "gb": (["Harvey", "Kieran", "Declan", "Ibrahim", "Rory", "Jenson", "Toby", "Aled"],
           ["Bethany", "Ffion", "Kirsty", "Shannon", "Yasmin", "Lowri", "Tegan", "Ellie-Mae"],
           ["Ormerod", "Bancroft", "Pilkington", "Hardcastle", "Mahmood", "Ackroyd", "Sutcliffe", "Entwistle",
            "Begum", "Haworth", "Greenhalgh", "Ramsbottom"]),
    "ca": (["Mathieu", "Olivier", "Jaspreet", "Tadeo", "Yusuf", "Félix", "Dmitri", "Kenji"],
           ["Josée", "Manon", "Navdeep", "Ileana", "Fatima", "Geneviève", "Oksana", "Aiyana"],
           ["Bélanger", "Charbonneau", "Dhaliwal", "Fortier", "Haddad", "Lachance", "Moreau-Singh", "Ouimet",
            "Petrenko", "Sabourin", "Thibodeau", "Villeneuve"]),
    "au": (["Lachie", "Hamish", "Dimitri", "Minh", "Farid", "Bodhi", "Angus", "Tevita"],
           ["Matilda", "Indi", "Kalinda", "Ngaire", "Thuy", "Zahra", "Georgia", "Siosaia"],
           ["Papadopoulos", "Nguyen-Tran", "Fitzgerald", "Hakimi", "O'Loughlin", "Tupou", "Brennan", "Kostakis",
            "Lindqvist", "Wirth", "Mahoney", "Ferraro"]),
    "ie": (["Eoin", "Cillian", "Donncha", "Ronan", "Senan", "Tomás", "Mariusz", "Pádraig"],
           ["Caoimhe", "Éabha", "Laoise", "Muireann", "Síle", "Ailbhe", "Joanna", "Nollaig"],
           ["Ó Briain", "Mac Mathúna", "Dunne", "Geraghty", "Kinsella", "Ní Chonaill", "Phelan", "Rooney",
            "Brennock", "Costigan", "Lewandowski", "Moloney"]),
    "in": (["Aravind", "Balaji", "Dinesh", "Gokul", "Murugan", "Naveen", "Prakash", "Senthil"],
           ["Abirami", "Deepika", "Janani", "Keerthana", "Nandhini", "Revathi", "Sangeetha", "Vaishnavi"],
           ["Subramanian", "Ramaswamy", "Krishnamurthy", "Annamalai", "Natarajan", "Palaniappan", "Sundaram",
            "Thirumalai", "Velusamy", "Gopalakrishnan", "Arumugam", "Chidambaram"]),
    "nz": (["Nikau", "Tane", "Hoani", "Kauri", "Maui", "Ollie", "Paora", "Reweti"],
           ["Hinewai", "Kaia", "Maia", "Ngaroma", "Pania", "Roimata", "Te Ao", "Waimarie"],
           ["Ngata", "Tipene", "Hohaia", "Walker-Te Huia", "Manihera", "Rewiri", "Paewai", "Timoti", "Rutene",
            "Wihongi", "Henare", "Cottle"]),
    "de": (["Moritz", "Jonas", "Kevin", "Yannick", "Mehmet", "Till", "Sören", "Bogdan"],
           ["Franziska", "Annika", "Mandy", "Jacqueline", "Leonie", "Doreen", "Hatice", "Swetlana"],
           ["Schönherr", "Kretzschmar", "Böttcher", "Ullrich", "Göbel", "Riedel", "Tschirner", "Wunderlich",
            "Hempel", "Köhler", "Scholz", "Eichhorn"]),
    "es": (["Álvaro", "Curro", "Íñigo", "Manuel", "Rafael", "Youssef", "Andrés", "Joaquín"],
           ["Macarena", "Rocío", "Inmaculada", "Triana", "Nerea", "Amparo", "Salma", "Reyes"],
           ["Ruiz de la Prada", "Montoya", "Benjumea", "Caballero", "Domínguez", "Escudero", "Fajardo", "Galindo",
            "Lucena", "Moreno", "Naranjo", "Villalobos"]),
    "nl": (["Bram", "Daan", "Gijs", "Jurre", "Mohamed", "Stijn", "Thijs", "Wouter"],
           ["Anouk", "Femke", "Lotte", "Maaike", "Noor", "Sanne", "Yara", "Zeynep"],
           ["Bakker", "Dekker", "Hoekstra", "Jansen", "Kok", "Mulder", "Postma", "Smit", "Veenstra", "Visser",
            "Bouzid", "Wijnberg"]),
    "pl": (["Bartosz", "Dawid", "Grzegorz", "Kacper", "Mateusz", "Przemysław", "Szymon", "Wojciech"],
           ["Agnieszka", "Dorota", "Ewelina", "Justyna", "Katarzyna", "Magdalena", "Weronika", "Żaneta"],
           ["Wróbel", "Zając", "Pawlak", "Michalak", "Sikora", "Ostrowska", "Kaczmarek", "Dudek", "Jabłoński",
            "Krawczyk", "Szulc", "Baran"]),
    "tr": (["Emre", "Burak", "Serkan", "Oğuz", "Kerem", "Mert", "Yiğit", "Hakan"],
           ["Elif", "Zeynep", "Büşra", "Merve", "Gizem", "Şeyma", "Tuğba", "Ebru"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldırım", "Aydın", "Öztürk", "Arslan", "Doğan",
            "Kılıç", "Aslan"]),
    "br": (["Gustavo", "Leandro", "Rafael", "Vinícius", "Igor", "Otávio", "Renan", "Wesley"],
           ["Bruna", "Camila", "Daniele", "Fernanda", "Larissa", "Patrícia", "Tatiane", "Viviane"],
           ["Andrade", "Batista", "Campos", "Drummond", "Fonseca", "Guimarães", "Lacerda", "Magalhães", "Resende",
            "Rezende", "Tavares", "Vasconcelos"]),
}

#: Ukrainian clients: (Cyrillic given, Cyrillic family, Latin given, Latin family)
UA_PEOPLE: list[tuple[str, str, str, str]] = [
    ("Олександр", "Коваленко", "Oleksandr", "Kovalenko"), ("Ірина", "Бондаренко", "Iryna", "Bondarenko"),
    ("Тарас", "Шевчук", "Taras", "Shevchuk"), ("Оксана", "Мельник", "Oksana", "Melnyk"),
    ("Дмитро", "Ткаченко", "Dmytro", "Tkachenko"), ("Наталія", "Кравченко", "Nataliia", "Kravchenko"),
    ("Богдан", "Олійник", "Bohdan", "Oliinyk"), ("Юлія", "Савченко", "Yuliia", "Savchenko"),
    ("Андрій", "Руденко", "Andrii", "Rudenko"), ("Світлана", "Поліщук", "Svitlana", "Polishchuk"),
    ("Максим", "Марченко", "Maksym", "Marchenko"), ("Людмила", "Гнатюк", "Liudmyla", "Hnatiuk"),
    ("Віктор", "Лисенко", "Viktor", "Lysenko"), ("Ганна", "Мороз", "Hanna", "Moroz"),
    ("Сергій", "Павленко", "Serhii", "Pavlenko"), ("Тетяна", "Кушнір", "Tetiana", "Kushnir"),
]


def ua_person(g: Gen) -> tuple[str, str, str, str]:
    """A Ukrainian client, the Cyrillic and Latin forms of the given and family name (mixed)."""
    a = g.rnd.choice(UA_PEOPLE)
    b = g.rnd.choice(UA_PEOPLE)
    return a[0], b[1], a[2], b[3]


#: foreign residents of Osaka: (katakana, romaji as on a residence card)
JA_FOREIGN: list[tuple[str, str]] = [
    ("グエン ヴァン ナム", "NGUYEN VAN NAM"), ("チャン ティ ホア", "TRAN THI HOA"), ("レ ミン トゥアン", "LE MINH TUAN"),
    ("サントス マリア", "SANTOS MARIA"), ("ダ シルバ ジョアン", "DA SILVA JOAO"), ("グルン ラム", "GURUNG RAM"),
    ("タパ スニタ", "THAPA SUNITA"), ("リ ウェイ", "LI WEI"), ("ワン ファン", "WANG FANG"),
    ("レイエス ジョセフ", "REYES JOSEPH"), ("ガルシア アナ", "GARCIA ANA"), ("キム ジヨン", "KIM JIYEON"),
    ("ファム ティ ラン", "PHAM THI LAN"), ("ライ ビカス", "RAI BIKASH"), ("デラクルス ロサ", "DELA CRUZ ROSA"),
    ("ホアン ドゥック アイン", "HOANG DUC ANH"),
]
#: Japanese staff: (family, given) in kanji
JA_STAFF = [("西村", "美穂"), ("大西", "浩二"), ("河合", "さくら"), ("谷口", "誠也"), ("松井", "由香"), ("北川", "亮")]


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``."""
    male, fem, fam = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.5
    return g.rnd.choice(fem if female else male), g.rnd.choice(fam)


def whole(g: Gen, lang: str = "us") -> str:
    if lang == "ja":
        a, b = g.rnd.choice(JA_STAFF)
        return f"{a} {b}"
    a, b = person(g, lang)
    return f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() or ch == ".")


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(70, 99)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first).replace(".", ""), plain(last).replace(".", "")
    return [f"{a[0]}{b}"[:12], f"{a}_{b[:3]}{style % 97}", f"{b[:6]}{a[:2]}".upper()][style % 3]


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "cox.net", "icloud.com"],
    "gb": ["gmail.com", "hotmail.co.uk", "sky.com", "yahoo.co.uk", "outlook.com"],
    "ca": ["gmail.com", "videotron.ca", "bell.net", "hotmail.com", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "optusnet.com.au", "outlook.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "nz": ["gmail.com", "xtra.co.nz", "slingshot.co.nz", "outlook.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com"],
    "ua": ["ukr.net", "gmail.com", "i.ua", "meta.ua"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
    "nl": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "gmail.com", "interia.pl"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    "br": ["gmail.com", "hotmail.com", "uol.com.br", "terra.com.br"],
    "ja": ["docomo.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp"],
}

# -- places (written for v118) -----------------------------------------------------------------------------------------

#: (city, ZIP prefix)
US_CITIES = [("Phoenix", "850"), ("Mesa", "852"), ("Glendale", "853"), ("Tempe", "852"), ("Chandler", "852"),
             ("Tucson", "857"), ("Yuma", "853"), ("Flagstaff", "860")]
US_STREETS = ["W Indian School Rd", "N 35th Ave", "E McDowell Rd", "S Mill Ave", "W Camelback Rd", "N Saguaro Blvd",
              "E Baseline Rd", "W Thunderbird Rd", "N Ocotillo Ln", "E Roosevelt St"]
TX_CITIES = [("El Paso", "799"), ("Laredo", "780"), ("Brownsville", "785"), ("McAllen", "785"), ("Eagle Pass", "788"),
             ("Del Rio", "788")]
TX_STREETS = ["Montana Ave", "Zaragoza Rd", "San Bernardo Ave", "Boca Chica Blvd", "N 10th St", "Alameda Ave",
              "Dyer St", "Mesa Verde Dr"]
GB_CITIES = [("Manchester", "M14"), ("Salford", "M5"), ("Stockport", "SK3"), ("Oldham", "OL4"), ("Bolton", "BL3"),
             ("Rochdale", "OL12"), ("Wigan", "WN5"), ("Altrincham", "WA14")]
CA_CITIES = [("Ottawa", "K1N", "ON"), ("Gatineau", "J8Y", "QC"), ("Kanata", "K2K", "ON"), ("Orléans", "K1C", "ON"),
             ("Nepean", "K2G", "ON"), ("Aylmer", "J9H", "QC")]
CA_STREETS = ["rue Laurier", "Bank St", "Rideau St", "boul. Saint-Joseph", "Merivale Rd", "Montreal Rd",
              "Carling Ave", "rue Principale", "Hazeldean Rd"]
AU_CITIES = [("Brisbane City", "4000"), ("Logan Central", "4114"), ("Inala", "4077"), ("Ipswich", "4305"),
             ("Woodridge", "4114"), ("Sunnybank", "4109"), ("Caboolture", "4510"), ("Toowoomba", "4350")]
AU_STREETS = ["Wembley Rd", "Kingston Rd", "Inala Ave", "Brisbane St", "Mains Rd", "Morayfield Rd", "Ruthven St",
              "Beaudesert Rd"]
IE_CITIES = [("Dublin 7", "D07"), ("Dublin 8", "D08"), ("Swords", "K67"), ("Tallaght", "D24"), ("Bray", "A98"),
             ("Naas", "W91"), ("Drogheda", "A92"), ("Maynooth", "W23")]
IE_STREETS = ["Manor Street", "Thomas Street", "Main Street", "Old Bawn Road", "Quinsboro Road", "Sallins Road",
              "Laurence Street", "Straffan Road", "Cabra Park", "Oldtown Avenue"]
IN_CITIES = [("Chennai", "600"), ("Coimbatore", "641"), ("Madurai", "625"), ("Tiruchirappalli", "620"),
             ("Salem", "636"), ("Puducherry", "605"), ("Vellore", "632"), ("Bengaluru", "560")]
IN_STREETS = ["Usman Road", "Anna Nagar 3rd Avenue", "Velachery Main Road", "RS Puram West Periasamy Road",
              "KK Nagar Sector 8", "Mission Street", "Gandhipuram 100 Feet Road", "Thillai Nagar 5th Cross"]
NZ_CITIES = [("Wellington", "6011"), ("Lower Hutt", "5010"), ("Porirua", "5022"), ("Upper Hutt", "5018"),
             ("Palmerston North", "4410"), ("Masterton", "5810"), ("Paraparaumu", "5032")]
NZ_STREETS = ["Cuba Street", "Adelaide Road", "High Street", "Kenepuru Drive", "Main Road", "Rimu Road",
              "Queen Street", "Featherston Street", "Waiwhetu Road", "Titahi Bay Road"]
DE_CITIES = [("Leipzig", "04103"), ("Halle (Saale)", "06108"), ("Markkleeberg", "04416"), ("Taucha", "04425"),
             ("Delitzsch", "04509"), ("Grimma", "04668"), ("Schkeuditz", "04435")]
DE_STREETS = ["Eisenbahnstraße", "Karl-Liebknecht-Straße", "Georg-Schwarz-Straße", "Hallesche Straße",
              "Könneritzstraße", "Merseburger Straße", "Zschochersche Straße", "Breite Straße"]
ES_CITIES = [("Sevilla", "410"), ("Dos Hermanas", "417"), ("Alcalá de Guadaíra", "415"), ("Écija", "414"),
             ("Utrera", "417"), ("Mairena del Aljarafe", "419"), ("Huelva", "210"), ("Jerez de la Frontera", "114")]
ES_STREETS = ["Calle Feria", "Avenida de la Constitución", "Calle Betis", "Calle Sierpes", "Ronda de Triana",
              "Calle San Jacinto", "Avenida de Kansas City", "Calle Pureza"]
NL_CITIES = [("Rotterdam", "30"), ("Schiedam", "31"), ("Vlaardingen", "31"), ("Capelle aan den IJssel", "29"),
             ("Dordrecht", "33"), ("Spijkenisse", "32"), ("Barendrecht", "29")]
NL_STREETS = ["Westersingel", "Nieuwe Binnenweg", "Zwart Janstraat", "Groene Hilledijk", "Lange Haven",
              "Beijerlandselaan", "Oudedijk", "Mathenesserlaan"]
PL_CITIES = [("Wrocław", "50"), ("Oleśnica", "56"), ("Oława", "55"), ("Legnica", "59"), ("Wałbrzych", "58"),
             ("Świdnica", "58"), ("Jelcz-Laskowice", "55")]
PL_STREETS = ["ul. Legnicka", "ul. Świdnicka", "ul. Kołłątaja", "ul. Traugutta", "ul. Grabiszyńska",
              "ul. Piłsudskiego", "ul. Jedności Narodowej", "ul. Kromera"]
TR_CITIES = [("Kadıköy", "34710"), ("Üsküdar", "34660"), ("Beşiktaş", "34353"), ("Şişli", "34360"),
             ("Bakırköy", "34142"), ("Fatih", "34080"), ("Ataşehir", "34750"), ("Beyoğlu", "34430")]
TR_STREETS = ["Bağdat Caddesi", "Moda Caddesi", "Halaskargazi Caddesi", "Barbaros Bulvarı", "İstiklal Caddesi",
              "Atatürk Bulvarı", "Nispetiye Caddesi", "Fahrettin Kerim Gökay Caddesi"]
BR_CITIES = [("Belo Horizonte", "30"), ("Contagem", "32"), ("Betim", "32"), ("Nova Lima", "34"),
             ("Sabará", "34"), ("Santa Luzia", "33"), ("Ribeirão das Neves", "33")]
BR_STREETS = ["Rua da Bahia", "Av. Afonso Pena", "Rua dos Guajajaras", "Av. do Contorno", "Rua Pernambuco",
              "Av. Amazonas", "Rua Sergipe", "Rua Padre Eustáquio"]
JA_CITIES = [("大阪市生野区", "544"), ("大阪市西成区", "557"), ("東大阪市", "577"), ("堺市堺区", "590"),
             ("豊中市", "560"), ("吹田市", "564"), ("八尾市", "581")]
JA_STREETS = ["桃谷3丁目8-14", "鶴橋2丁目1-22", "花園本町1-5-7", "玉出西2丁目11-3", "新金岡町4-2-9",
              "永和1丁目17-2", "南本町6-31"]


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(100, 9_800) if lang == "us" else g.rnd.randint(1, 160)
    if lang in ("de", "nl", "es", "tr"):
        return f"{s} {n}" if lang != "tr" else f"{s} No:{n}"
    if lang == "br":
        return f"{s}, {n}"
    if lang == "pl":
        return f"{s} {n}/{g.rnd.randint(1, 40)}"
    if lang == "ja":
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
    """An assignment number shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    area = g.rnd.choice(["000", "666", f"9{g.digits(2)}"])
    return f"{area}-{g.digits(2)}-{g.digits(4)}"


_NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
_NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def nino_is_valid(value: str) -> bool:
    """Whether ``value`` is shaped like a UK National Insurance number (prefix rules, six digits, A-D)."""
    v = value.replace(" ", "").upper()
    return (len(v) == 9 and v[0] in _NINO_FIRST and v[1] in _NINO_SECOND and v[:2] not in ("GB", "NK", "TN", "ZZ")
            and v[2:8].isdigit() and v[8] in "ABCD")


def nino(g: Gen) -> str:
    v = g.valid(lambda: g.rnd.choice(_NINO_FIRST) + g.rnd.choice(_NINO_SECOND) + g.digits(6) + g.rnd.choice("ABCD"),
                nino_is_valid)
    return f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}" if g.rnd.random() < 0.5 else v


def ca_sin(g: Gen) -> str:
    body = str(g.rnd.choice([1, 2, 4, 5, 6, 7, 9])) + g.digits(7)
    d = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(d)
    return f"{d[:3]} {d[3:6]} {d[6:]}" if g.rnd.random() < 0.6 else d


def luhn_decoy(g: Gen, n: int) -> str:
    """``n`` digits failing the Luhn check (shaped like a SIN)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(n - 1), lambda x: not luhn.is_valid(x))


def tfn(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(8), _tfn.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def pps(g: Gen) -> str:
    return g.valid(lambda: g.digits(7) + g.rnd.choice(string.ascii_uppercase[:23]) + g.rnd.choice(["", "", "A"]),
                   _pps.is_valid)


def aadhaar(g: Gen, spaced: bool = True) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if spaced else d


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (an order or file number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def pan(g: Gen) -> str:
    return g.valid(lambda: g.code("AAA") + "P" + g.code("A9999A"), _pan.is_valid)


def ird(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(10, 149)) + g.digits(6), _ird.is_valid)
    return _ird.format(d)


def ird_decoy(g: Gen) -> str:
    """Nine digits shaped like an IRD number (``123-456-789``) failing its check (a booking number)."""
    d = g.valid(lambda: str(g.rnd.randint(100, 149)) + g.digits(6), lambda x: not _ird.is_valid(x))
    return f"{d[:3]}-{d[3:6]}-{d[6:]}"


def steuer_id(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _idnr.is_valid)


def dni(g: Gen) -> str:
    body = g.digits(8)
    return body + _dni.calc_check_digit(body)


def nie(g: Gen) -> str:
    body = g.rnd.choice("XYZ") + g.digits(7)
    return body + _nie.calc_check_digit(body)


def dni_decoy(g: Gen) -> str:
    """Eight digits and a letter that is not the DNI's (an order number)."""
    body = g.digits(8)
    good = _dni.calc_check_digit(body)
    return body + g.rnd.choice([ch for ch in "TRWAGMYFPDXBNJZSQVHLCKE" if ch != good])


def bsn(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), _bsn.is_valid)


def bsn_decoy(g: Gen) -> str:
    """Nine digits failing the eleven-test (an assignment number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), lambda x: not _bsn.is_valid(x))


def nl_document(g: Gen) -> str:
    """A Dutch passport or identity card number (checked with python-stdnum's format check)."""
    from stdnum.nl import identiteitskaartnummer

    alphabet = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
    return g.valid(lambda: "".join(g.rnd.choice(alphabet) for _ in range(2))
                   + "".join(g.rnd.choice(alphabet + string.digits[1:]) for _ in range(6)) + str(g.rnd.randint(1, 9)),
                   identiteitskaartnummer.is_valid)


def pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    serial = g.digits(3) + str(g.rnd.choice("02468" if female else "13579"))
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial}"
    d = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(d)
    return d


def pesel_decoy(g: Gen) -> str:
    """Eleven digits shaped like a PESEL and failing its check (an order number)."""
    return g.valid(lambda: g.code("9") + g.digits(10), lambda x: not _pesel.is_valid(x))


def nip(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(9), _nip.is_valid)


def tckimlik(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _tck.is_valid)


def tckimlik_decoy(g: Gen) -> str:
    """Eleven digits failing the T.C. kimlik check (an order number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _tck.is_valid(x))


def cpf(g: Gen, dotted: bool = True) -> str:
    d = g.valid(lambda: g.digits(11), lambda x: _cpf.is_valid(x) and len(set(x)) > 1)
    return _cpf.format(d) if dotted else d


def cpf_decoy(g: Gen) -> str:
    """Eleven digits formatted like a CPF and failing its check (an order number)."""
    d = g.valid(lambda: g.digits(11), lambda x: not _cpf.is_valid(x))
    return f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}"


def cnpj(g: Gen) -> str:
    d = g.valid(lambda: g.digits(8) + "0001" + g.digits(2), _cnpj.is_valid)
    return _cnpj.format(d)


def my_number(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(10)
    return body + _mynumber.calc_check_digit(body)


def residence_card(g: Gen) -> str:
    """A Japanese residence card number (two letters, eight digits, two letters; by shape only)."""
    return g.code("AA99999999AA")


def iban(g: Gen, country: str) -> str:
    """An IBAN of ``country`` that passes python-stdnum's country-aware check."""
    layout = {"DE": "999999999999999999", "ES": "99999999999999999999", "NL": "AAAA9999999999",
              "PL": "999999999999999999999999", "TR": "99999Z9999999999999999", "BR": "99999999999999999999999AZ",
              "IE": "AAAA99999999999999"}[country]

    def make() -> str:
        bban = g.code(layout)
        if country == "NL":
            bban = g.rnd.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + bban[4:]
        if country == "IE":
            bban = g.rnd.choice(["AIBK", "BOFI", "IPBS"]) + bban[4:]
        if country == "TR":
            bban = bban[:5] + "0" + bban[6:]
        if country == "BR":
            bban = bban[:-2] + "C1"
        return f"{country}{_iban.calc_check_digits(country + '00' + bban)}{bban}"

    number = g.valid(make, _iban.is_valid)
    return _iban.format(number) if g.rnd.random() < 0.5 else number


def card(g: Gen) -> str:
    body = g.rnd.choice(["4", "51", "53", "55"])
    body += g.digits(15 - len(body))
    d = body + luhn.calc_check_digit(body)
    return f"{d[:4]} {d[4:8]} {d[8:12]} {d[12:]}" if g.rnd.random() < 0.5 else d


# -- translation and interpreting vocabulary (written for v118) --------------------------------------------------------

LANGS_EN = ["Spanish", "Vietnamese", "Navajo", "Arabic", "ASL", "Somali", "Mandarin", "Dari", "Pashto", "Ukrainian",
            "Tigrinya", "Haitian Creole", "Portuguese", "Korean"]
DOC_TYPES = ["Birth certificate", "Marriage certificate", "Driver's licence", "Diploma", "Police certificate",
             "Divorce decree", "Academic transcript", "Bank statement"]
CAT_TOOLS = ["Trados Studio", "memoQ", "Phrase TMS", "Wordfast Pro", "Smartcat"]
