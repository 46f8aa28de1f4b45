"""Values of held-out set v103 (:mod:`benchmarks.classification.heldout_v103`): v103's random source, and names,
streets, cities, shops and free-text snippets written by hand for v103's age-restricted and controlled-trade systems
(no Faker, no list of real people, no breach data), phones checked with phonenumbers and identifiers with check digits
computed and checked with python-stdnum.

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
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.fr import nir as _nir
from stdnum.ie import pps as _pps
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.nl import bsn as _bsn
from stdnum.pl import pesel as _pesel
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _zaid

from benchmarks.classification.heldout_v2 import Column

SEED = 103_288_2026
N = "none"
#: a login or handle (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v103's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNK", "?",
    "not known", "declined", "nil", "0", "000000000", "00000000", "k.A.", "unbekannt", "inconnu", "néant",
    "desconocido", "sin datos", "onbekend", "nvt", "brak", "nieznany", "yok", "bilinmiyor", "不明", "なし", "refused", "not scanned")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v103:{SEED}:{table}")

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
        first = self.rnd.choice([24, 49, 59, 73, 78, 86, 98, 101, 117, 122, 151, 171, 182, 197, 203])
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


US_AREAS = ["303", "720", "970", "719", "214", "512", "713", "817"]
CA_AREAS = ["403", "587", "780", "825"]

# -- names (written for v103) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Travis", "Jalen", "Cody", "Ezequiel", "Darnell", "Wyatt", "Hieu", "Brennan", "Lonnie", "Ravi"],
           ["Krystal", "Destiny", "Marisela", "Brandi", "Autumn", "Tanisha", "Juniper", "Leann", "Mckenna", "Rosa"],
           ["Stroud", "Villarreal", "Haugen", "McAllister", "Trujillo", "Kettering", "Boatwright", "Esparza",
            "Lindgren", "Pettibone", "Quiroz", "Dunaway", "Fairbanks", "Ochsner", "Yazzie"]),
    "ca": (["Brody", "Jaskaran", "Rémi", "Kieran", "Dallas", "Tyrell", "Mikael", "Hamza"],
           ["Kaylee", "Manpreet", "Josée", "Tamsin", "Shaelyn", "Mirela", "Aiyana", "Brooklyn"],
           ["Laframboise", "Grewal", "Kowalchuk", "Standingready", "Morrisseau", "Dhaliwal", "Petrenko", "Buchanan",
            "Thibodeau", "Wiebe", "Cardinal", "Schellenberg"]),
    "gb": (["Kieran", "Jayden", "Ashton", "Reece", "Tyler", "Harvey", "Bilal", "Ellis"],
           ["Chelsea", "Jade", "Kayleigh", "Demi", "Tegan", "Lacey", "Sana", "Bethan"],
           ["Higginbottom", "Clegg", "Ramsbottom", "Akhtar", "Pickersgill", "Threlfall", "Mensah", "Oldroyd",
            "Sutcliffe", "Bhatti", "Haworth", "Lumb"]),
    "za": (["Sipho", "Thabo", "Pieter", "Lwazi", "Riaan", "Mandla", "Kagiso", "Ebrahim"],
           ["Nomvula", "Lerato", "Anri", "Zanele", "Thandeka", "Marelize", "Palesa", "Fatima"],
           ["Dlamini", "van der Merwe", "Nkosi", "Botha", "Mokoena", "Pillay", "Khumalo", "Steyn", "Ndlovu",
            "Adams", "Mahlangu", "Jacobs"]),
    "nz": (["Nikau", "Tane", "Brayden", "Kauri", "Ruben", "Keanu", "Tipene", "Logan"],
           ["Maia", "Hine", "Kaia", "Amaia", "Paige", "Mereana", "Sina", "Ataahua"],
           ["Ngata", "Tuhiwai", "Henare", "Wihongi", "Pouwhare", "Faleolo", "McAlister", "Rewiti", "Tupou",
            "Waaka", "Harland", "Karaka"]),
    "in": (["Abhishek", "Nikhil", "Pranav", "Sandeep", "Aditya", "Tanmay", "Mohammed", "Suresh"],
           ["Divya", "Sneha", "Nandini", "Aishwarya", "Rukhsar", "Pallavi", "Harini", "Tanvi"],
           ["Hegde", "Shetty", "Gowda", "Nair", "Ansari", "Mukherjee", "Reddy", "Bhat", "Kamath", "Joshi",
            "Srinivasan", "Patil"]),
    "ie": (["Eoin", "Cian", "Pádraig", "Shane", "Donncha", "Ronan", "Tomasz", "Fionn"],
           ["Ciara", "Caoimhe", "Éabha", "Shauna", "Aisling", "Laoise", "Zuzanna", "Nuala"],
           ["Ó Conaill", "McSharry", "Ní Mhurchú", "Fennelly", "Mac Diarmada", "Guilfoyle", "Brosnan", "Kinsella",
            "Ó Riain", "Lenihan", "Nowicki", "Carolan"]),
    "de": (["Jonas", "Finn", "Maximilian", "Kevin", "Deniz", "Mirko", "Bastian", "Vitali"],
           ["Lea", "Jacqueline", "Annika", "Mandy", "Elif", "Sophie", "Nadine", "Janina"],
           ["Schlüter", "Kowalski", "Büttner", "Aydın", "Oberländer", "Wendt", "Hoffmeister", "Straßburger",
            "Kühnel", "Ebersbach", "Pohlmann", "Ziegenhagen"]),
    "fr": (["Kévin", "Jérémy", "Romain", "Sofiane", "Maxime", "Grégory", "Dylan", "Anthony"],
           ["Laëtitia", "Émilie", "Morgane", "Inès", "Sandrine", "Amandine", "Coralie", "Nawel"],
           ["Delmas", "Fabre", "Roussel", "Bouchet", "Marchetti", "Chaouche", "Vidal", "Lacombe", "Peyrat",
            "Arnaud", "Brunel", "Castagné"]),
    "es": (["Iker", "Jordi", "Marc", "Unai", "Adrián", "Oriol", "Youssef", "Borja"],
           ["Laia", "Nerea", "Montserrat", "Ainhoa", "Paula", "Mireia", "Salma", "Itziar"],
           ["Puigdomènech", "Ferrer", "Soler", "Casals", "Vilaró", "Martínez", "Roig", "Batlle", "Serrano",
            "Fontanals", "Giménez", "Llorens"]),
    "nl": (["Daan", "Bram", "Thijs", "Mohamed", "Luuk", "Stijn", "Koen", "Jorrit"],
           ["Sanne", "Fleur", "Lieke", "Naima", "Femke", "Iris", "Demi", "Noor"],
           ["van den Heuvel", "Janssen", "Smeets", "Bouhaddou", "Wijnands", "Hermans", "Peeters", "Op de Kamp",
            "Vaessen", "Lemmens", "Kurvers", "Schijns"]),
    "pl": (["Kacper", "Mateusz", "Bartosz", "Paweł", "Szymon", "Wojciech", "Dawid", "Grzegorz"],
           ["Zofia", "Katarzyna", "Agnieszka", "Natalia", "Magdalena", "Oliwia", "Joanna", "Weronika"],
           ["Wróblewski", "Kaczmarek", "Zieliński", "Grabowski", "Jabłoński", "Szymański", "Dąbrowski", "Pawlak",
            "Michalski", "Król", "Wieczorek", "Sikora"]),
    "tr": (["Emre", "Burak", "Mehmet", "Onur", "Serkan", "Hakan", "Caner", "Yusuf"],
           ["Zeynep", "Elif", "Büşra", "Merve", "Gülşen", "Derya", "Ayten", "Şeyma"],
           ["Yılmaz", "Karaca", "Öztürk", "Demirtaş", "Aksoy", "Çelikkol", "Kılıçarslan", "Erdoğdu", "Şahinoğlu",
            "Tekin", "Uysal", "Güneri"]),
    "ja": (["大翔", "陽斗", "和也", "浩二", "直樹", "俊介", "裕太", "達也"],
           ["さくら", "美穂", "智子", "優花", "麻衣", "奈々", "沙織", "香織"],
           ["田中", "山口", "井上", "木村", "斎藤", "清水", "山崎", "池田", "橋本", "阿部", "前田", "村上"]),
}

#: Japanese family and given names in katakana (kana columns)
JA_KANA = {"田中": "タナカ", "山口": "ヤマグチ", "井上": "イノウエ", "木村": "キムラ", "斎藤": "サイトウ",
           "清水": "シミズ", "山崎": "ヤマザキ", "池田": "イケダ", "橋本": "ハシモト", "阿部": "アベ", "前田": "マエダ",
           "村上": "ムラカミ", "大翔": "ヒロト", "陽斗": "ハルト", "和也": "カズヤ", "浩二": "コウジ", "直樹": "ナオキ",
           "俊介": "シュンスケ", "裕太": "ユウタ", "達也": "タツヤ", "さくら": "サクラ", "美穂": "ミホ", "智子": "トモコ",
           "優花": "ユウカ", "麻衣": "マイ", "奈々": "ナナ", "沙織": "サオリ", "香織": "カオリ"}


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``."""
    male, fem, fam = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.5
    return g.rnd.choice(fem if female else male), g.rnd.choice(fam)


def whole(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    return f"{b} {a}" if lang == "ja" else f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() or ch == ".")


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}_{a}{g.rnd.randint(80, 99)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def romaji_email(g: Gen, domains: list[str]) -> str:
    """An e-mail of a Japanese person (romanized local part)."""
    local = g.rnd.choice(["hiroto", "sakura", "kazuya", "miho", "naoki", "tomoko", "yuta", "saori", "tatsu",
                          "kaori", "shun", "nana"])
    return f"{local}{g.rnd.choice(['', '.', '_'])}{g.rnd.randint(1, 9999)}@{g.rnd.choice(domains)}"


def handle(g: Gen, first: str, last: str) -> str:
    """A shop or forum login."""
    a, b = plain(first).replace(".", ""), plain(last).replace(".", "")
    return g.rnd.choice([f"{a}{b[:3]}{g.rnd.randint(1, 99)}", f"{a}_{g.rnd.choice(['vapes', 'clouds', 'mtl', 'dl'])}",
                         f"{b[:5]}{g.rnd.randint(1985, 2006)}", f"x{a[:4]}x{g.rnd.randint(10, 999)}"])


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "icloud.com", "hotmail.com", "protonmail.com"],
    "ca": ["gmail.com", "shaw.ca", "telus.net", "hotmail.com", "outlook.com"],
    "gb": ["gmail.com", "hotmail.co.uk", "sky.com", "outlook.com", "icloud.com"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "outlook.com"],
    "nz": ["gmail.com", "xtra.co.nz", "outlook.co.nz", "icloud.com"],
    "in": ["gmail.com", "yahoo.in", "rediffmail.com", "outlook.com"],
    "ie": ["gmail.com", "hotmail.com", "eircom.net", "icloud.com"],
    "de": ["gmx.net", "web.de", "posteo.de", "gmail.com", "t-online.de"],
    "fr": ["wanadoo.fr", "orange.fr", "free.fr", "gmail.com"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
    "nl": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "gmail.com", "o2.pl"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    "ja": ["docomo.ne.jp", "au.com", "softbank.ne.jp", "gmail.com"],
}

# -- places (written for v103) -----------------------------------------------------------------------------------------

#: (city, county, ZIP prefix) in Colorado
US_CO = [("Denver", "Denver", "802"), ("Aurora", "Arapahoe", "800"), ("Boulder", "Boulder", "803"),
         ("Pueblo", "Pueblo", "810"), ("Grand Junction", "Mesa", "815"), ("Fort Collins", "Larimer", "805"),
         ("Trinidad", "Las Animas", "810"), ("Durango", "La Plata", "813")]
US_CO_STREETS = ["S Broadway", "E Colfax Ave", "Federal Blvd", "Pearl St", "N Santa Fe Ave", "Horizon Dr",
                 "Lemay Ave", "Wadsworth Blvd", "Quebec St", "Main Ave"]
#: (city, county, ZIP prefix) in Texas
US_TX = [("Lubbock", "Lubbock", "794"), ("Amarillo", "Potter", "791"), ("Abilene", "Taylor", "796"),
         ("Midland", "Midland", "797"), ("San Angelo", "Tom Green", "769"), ("Odessa", "Ector", "797"),
         ("Plainview", "Hale", "790"), ("Big Spring", "Howard", "797")]
US_TX_STREETS = ["Slide Rd", "Indiana Ave", "Quaker Ave", "FM 1585", "Soncy Rd", "Loop 250 N", "Buffalo Gap Rd",
                 "County Road 7300", "Sherwood Way", "Andrews Hwy"]
CA_CITIES = [("Calgary", "T2E"), ("Edmonton", "T5K"), ("Red Deer", "T4N"), ("Lethbridge", "T1J"),
             ("Medicine Hat", "T1A"), ("Grande Prairie", "T8V"), ("Airdrie", "T4B"), ("Fort McMurray", "T9H")]
CA_STREETS = ["Macleod Trail SE", "Whyte Ave NW", "Gaetz Ave", "Mayor Magrath Dr S", "Dunmore Rd SE",
              "Crowchild Trail NW", "Jasper Ave", "Franklin Ave", "Memorial Dr NE", "Chinook Cres"]
GB_CITIES = [("Leeds", "LS6"), ("Bradford", "BD7"), ("Huddersfield", "HD1"), ("Halifax", "HX1"),
             ("Wakefield", "WF1"), ("Barnsley", "S70"), ("Doncaster", "DN4"), ("Keighley", "BD21")]
GB_STREETS = ["Otley Road", "Manningham Lane", "Wakefield Road", "King Cross Street", "Kirkgate", "Dodworth Road",
              "Thorne Road", "Cavendish Street", "Harehills Lane", "Lidget Green"]
ZA_CITIES = [("Durban", "4001"), ("Pietermaritzburg", "3201"), ("Pinetown", "3610"), ("Umhlanga", "4319"),
             ("Richards Bay", "3900"), ("Newcastle", "2940"), ("Ballito", "4420"), ("Empangeni", "3880")]
ZA_STREETS = ["Florida Road", "Musgrave Road", "Chief Albert Luthuli Street", "Old Main Road", "Lagoon Drive",
              "Boom Street", "Bram Fischer Road", "Umgeni Road", "Sanlam Drive", "Jan Smuts Avenue"]
NZ_CITIES = [("Christchurch", "8011"), ("Rangiora", "7400"), ("Ashburton", "7700"), ("Timaru", "7910"),
             ("Kaiapoi", "7630"), ("Rolleston", "7615"), ("Oamaru", "9400"), ("Nelson", "7010")]
NZ_STREETS = ["Riccarton Road", "Papanui Road", "Ferry Road", "High Street", "Williams Street", "Tancred Street",
              "Stafford Street", "Thames Street", "Hardy Street", "Lincoln Road"]
IN_CITIES = [("Bengaluru", "560"), ("Mysuru", "570"), ("Mangaluru", "575"), ("Hubballi", "580"),
             ("Belagavi", "590"), ("Udupi", "576"), ("Tumakuru", "572"), ("Shivamogga", "577")]
IN_STREETS = ["Indiranagar 12th Main", "Koramangala 5th Block", "Jayanagar 4th T Block", "Whitefield Main Road",
              "Vijayanagar 2nd Stage", "Kadri Hills Road", "Gokul Road", "Tilakwadi 1st Cross"]
IE_CITIES = [("Dublin 2", "D02"), ("Dublin 8", "D08"), ("Cork", "T12"), ("Kilkenny", "R95"), ("Waterford", "X91"),
             ("Drogheda", "A92"), ("Naas", "W91"), ("Wexford", "Y35")]
IE_STREETS = ["Camden Street", "Thomas Street", "Oliver Plunkett Street", "John Street", "Bóthar an Mhuilinn",
              "Laurence Street", "Poplar Square", "Main Street", "Barrack Street", "Cluain Árd"]
DE_CITIES = [("Leipzig", "04"), ("Chemnitz", "09"), ("Dresden", "01"), ("Halle (Saale)", "06"), ("Erfurt", "99"),
             ("Magdeburg", "39"), ("Zwickau", "08"), ("Jena", "07")]
DE_STREETS = ["Karl-Liebknecht-Straße", "Sachsenallee", "Bautzner Straße", "Große Ulrichstraße", "Anger",
              "Breiter Weg", "Hauptmarkt", "Löbdergraben", "Eisenbahnstraße", "Am Brühl"]
FR_CITIES = [("Toulouse", "31000"), ("Albi", "81000"), ("Montauban", "82000"), ("Castres", "81100"),
             ("Colomiers", "31770"), ("Auch", "32000"), ("Rodez", "12000"), ("Muret", "31600")]
FR_STREETS = ["rue d'Alsace-Lorraine", "allées Jean Jaurès", "rue des Filatiers", "boulevard Carnot",
              "impasse des Tilleuls", "rue Peyrolières", "avenue de Grande-Bretagne", "chemin de la Flambère"]
ES_CITIES = [("Barcelona", "08"), ("Badalona", "08"), ("L'Hospitalet de Llobregat", "08"), ("Sabadell", "08"),
             ("Girona", "17"), ("Tarragona", "43"), ("Lleida", "25"), ("Terrassa", "08")]
ES_STREETS = ["Carrer de Mallorca", "Carrer del Carme", "Rambla del Poblenou", "Carrer de Sants", "Passeig de Gràcia",
              "Carrer de Pujades", "Travessera de Gràcia", "Carrer Major"]
NL_CITIES = [("Maastricht", "62"), ("Heerlen", "64"), ("Sittard", "61"), ("Kerkrade", "64"), ("Venlo", "59"),
             ("Roermond", "60"), ("Valkenburg", "63"), ("Weert", "60")]
NL_STREETS = ["Wycker Brugstraat", "Boschstraat", "Akerstraat", "Rijksweg Zuid", "Markt", "Tongersestraat",
              "Kapelaan Berixstraat", "Heinsbergerweg", "Oranjeplein", "Brusselseweg"]
PL_CITIES = [("Kraków", "30"), ("Tarnów", "33"), ("Nowy Sącz", "33"), ("Wieliczka", "32"), ("Oświęcim", "32"),
             ("Zakopane", "34"), ("Bochnia", "32"), ("Myślenice", "32")]
PL_STREETS = ["ul. Długa", "ul. Karmelicka", "os. Szkolne", "ul. Wałowa", "ul. Jagiellońska", "al. Mickiewicza",
              "ul. Krupówki", "ul. Kościuszki", "ul. Zakopiańska", "ul. Lipowa"]
TR_CITIES = [("Karşıyaka", "35560"), ("Bornova", "35040"), ("Buca", "35390"), ("Bayraklı", "35530"),
             ("Menemen", "35660"), ("Torbalı", "35860"), ("Ödemiş", "35750"), ("Bergama", "35700")]
TR_STREETS = ["Cemal Gürsel Cad.", "Kıbrıs Şehitleri Cad.", "Ankara Asfaltı", "1203/4 Sok.", "Mustafa Kemal Sahil Bulvarı",
              "Gazi Bulvarı", "Atatürk Cad.", "Şehit Nevres Bulvarı"]
JA_CITIES = [("福岡市博多区", "812"), ("北九州市小倉北区", "802"), ("久留米市", "830"), ("飯塚市", "820"),
             ("大牟田市", "836"), ("春日市", "816")]
JA_STREETS = ["博多駅前3丁目2-8", "魚町1丁目4-21", "中央町15-3", "本町2丁目7-11", "新栄町4-5-2", "春日原北町3-9"]


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(100, 9_800) if lang == "us" else g.rnd.randint(1, 160)
    if lang == "fr":
        return f"{n} {s}"
    if lang in ("de", "nl", "pl", "es"):
        return f"{s} {n}" if lang != "es" else f"{s}, {n}, {g.rnd.randint(1, 6)}º {g.rnd.randint(1, 4)}ª"
    if lang == "ja":
        return s
    if lang == "in":
        return f"#{n}, {s}"
    if lang == "tr":
        return f"{s} No:{n} D:{g.rnd.randint(1, 12)}"
    return f"{n} {s}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    d = g.valid(make, _ssn.is_valid)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dashed else d


def us_ssn_decoy(g: Gen) -> str:
    """A loyalty or transaction number shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    area = g.rnd.choice(["000", "666", f"9{g.digits(2)}"])
    return f"{area}-{g.digits(2)}-{g.digits(4)}"


def za_id(g: Gen, born: date, female: bool) -> str:
    seq = g.rnd.randint(0, 4_999) if female else g.rnd.randint(5_000, 9_999)
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:04d}{g.rnd.choice('0001')}8"
    d = body + luhn.calc_check_digit(body)
    assert _zaid.is_valid(d)
    return d


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits shaped like a South African ID (a date first) failing its Luhn check (a script number)."""
    def make() -> str:
        d = g.birth(1950, 2005)
        return f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{g.digits(4)}08{g.digits(1)}"
    return g.valid(make, lambda x: not _zaid.is_valid(x))


def pps(g: Gen) -> str:
    return g.valid(lambda: g.digits(7) + g.rnd.choice(string.ascii_uppercase[:23]) + g.rnd.choice(["", "", "A"]),
                   _pps.is_valid)


def aadhaar(g: Gen, spaced: bool = True) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if spaced else d


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (a verification request number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def pan(g: Gen) -> str:
    return g.valid(lambda: g.code("AAA") + "P" + g.code("A9999A"), _pan.is_valid)


def nir(g: Gen, born: date, female: bool) -> str:
    body = f"{2 if female else 1}{born.year % 100:02d}{born.month:02d}{g.rnd.choice(['31', '81', '82', '12'])}" \
           f"{g.rnd.randint(1, 300):03d}{g.rnd.randint(1, 999):03d}"
    d = body + _nir.calc_check_digits(body)
    assert _nir.is_valid(d)
    return d


def dni(g: Gen) -> str:
    body = f"{g.rnd.randint(10_000_000, 79_999_999)}"
    d = body + _dni.calc_check_digit(body)
    assert _dni.is_valid(d)
    return d


def nie(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("XYZ") + g.digits(7) + g.rnd.choice("TRWAGMYFPDXBNJZSQVHLCKE"),
                   _nie.is_valid)


def dni_decoy(g: Gen) -> str:
    """Eight digits and a letter failing the DNI's check letter (a member card number)."""
    return g.valid(lambda: f"{g.rnd.randint(10_000_000, 79_999_999)}{g.rnd.choice('TRWAGMYFPDXBNJZSQVHLCKE')}",
                   lambda x: not _dni.is_valid(x))


def bsn(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), _bsn.is_valid)


def bsn_decoy(g: Gen) -> str:
    """Nine digits failing the BSN's eleven-test (a member pass number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), lambda x: not _bsn.is_valid(x))


def pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    sex = g.rnd.choice("02468" if female else "13579")
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}{sex}"
    d = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(d)
    return d


def pesel_decoy(g: Gen) -> str:
    """Eleven digits failing PESEL's check (a prescription's number)."""
    return g.valid(lambda: g.digits(11), lambda x: not _pesel.is_valid(x))


def iban(g: Gen, country: str, bban: Callable[[], str]) -> str:
    def make() -> str:
        body = bban()
        return country + _iban.calc_check_digits(f"{country}00{body}") + body

    return g.valid(make, _iban.is_valid)


def iban_spaced(value: str) -> str:
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4))


def card(g: Gen) -> str:
    """A Visa or Mastercard number passing Luhn."""
    body = g.rnd.choice(["4", "51", "53", "55", "2221"])
    body += g.digits(15 - len(body))
    return body + luhn.calc_check_digit(body)


def luhn_decoy(g: Gen, n: int) -> str:
    """``n`` digits failing the Luhn check (a gift card or a scanner's serial)."""
    return g.valid(lambda: g.digits(n), lambda x: not luhn.is_valid(x))
