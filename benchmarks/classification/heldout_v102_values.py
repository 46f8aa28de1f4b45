"""Values of held-out set v102 (:mod:`benchmarks.classification.heldout_v102`): v102's random source, and names,
streets, cities, clinics, breeds and free-text snippets written by hand for v102's pet and animal-welfare systems (no
Faker, no list of real people, no breach data), phones checked with phonenumbers and identifiers with check digits
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
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.it import codicefiscale as _cf
from stdnum.nl import bsn as _bsn
from stdnum.ru import inn as _inn
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _idnr

from benchmarks.classification.heldout_v2 import Column

SEED = 102_733_2026
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v102's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNK", "?",
    "not known", "nil", "0", "TBC", "k.A.", "unbekannt", "inconnu", "néant", "desconocido", "sin datos", "n.d.",
    "sconosciuto", "onbekend", "geen", "不明", "なし", "нет", "не указано")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v102:{SEED}:{table}")

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


US_AREAS = ["303", "720", "719", "970"]
CA_AREAS = ["604", "778", "250", "236"]

# -- names (written for v102) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Brantley", "Thaddeus", "Jovani", "Keegan", "Ruslan", "Deshawn", "Whitaker", "Osvaldo", "Cyrus", "Lowell"],
           ["Marisa", "Dakota", "Jessamyn", "Tierney", "Nevaeh", "Corinne", "Ysabel", "Harlow", "Ottilie", "Shanice"],
           ["Pettibone", "Marchetti", "Lindgren", "Oyelaran", "Castellanos", "Birchfield", "Quimby", "Vollmer",
            "Hargrove", "Tanaka-Reyes", "Stodghill", "Wojcik", "Delahunt", "Ambrose", "Yeager"]),
    "gb": (["Ollie", "Harvey", "Jago", "Idris", "Ruben", "Fraser", "Kieran", "Bilal"],
           ["Tilly", "Elodie", "Harriet", "Keira", "Amara", "Lowri", "Ffion", "Nell"],
           ["Ravenscroft", "Pengelly", "Attwood", "Okoro-Smith", "Bellingham", "Chaudhry", "Trevithick", "Mabey",
            "Hollingsworth", "Gwilliam", "Darby", "Kershaw"]),
    "ca": (["Rowan", "Jaskaran", "Benoît", "Kai", "Tenzin", "Callum", "Ilya", "Quinn"],
           ["Mireille", "Simran", "Everly", "Thuy", "Kalani", "Geneviève", "Sloane", "Nadia"],
           ["Fraser-Yee", "Dhaliwal", "Arsenault", "Kwan", "Mackenzie", "Nakamura", "Paquette", "Thunderchild",
            "Lindqvist", "Gill", "Beaulieu", "Oduya"]),
    "au": (["Lachie", "Cooper", "Hamish", "Jarrah", "Tuan", "Mitchell", "Kosta", "Brodie"],
           ["Matilda", "Sienna", "Kirra", "Ngaire", "Tahlia", "Bronwyn", "Aditi", "Shauna"],
           ["Fitzgibbon", "Papadakis", "Nguyen-Walsh", "Kelleway", "Dunstan", "Marrinan", "Tregear", "Oyelowo",
            "Baxendale", "Castellari", "Whitbread", "Ruddock"]),
    "ie": (["Senan", "Eoghan", "Cillian", "Donnacha", "Lorcan", "Tomás", "Mateusz", "Kian"],
           ["Caoimhe", "Éabha", "Ailbhe", "Nessa", "Laoise", "Blathnaid", "Zuzanna", "Muireann"],
           ["Ó Ceallaigh", "MacMahon", "Furlong", "Dowling", "Ní Mhurchú", "Keogh", "Brophy", "Scanlan",
            "Mac an tSaoir", "Kielty", "Nolan", "Lynch-Brennan"]),
    "za": (["Sipho", "Thabo", "Pieter", "Riaan", "Mandla", "Kagiso", "Yusuf", "Dewald"],
           ["Lerato", "Nomvula", "Anri", "Chantelle", "Zanele", "Refilwe", "Fatima", "Marelize"],
           ["Van der Merwe", "Mokoena", "Botha", "Ndlovu", "Pillay", "Khumalo", "Du Plessis", "Dlamini",
            "Jacobs", "Nkosi", "Steenkamp", "Mahlangu"]),
    "in": (["Aniket", "Pranav", "Tejas", "Naveen", "Salman", "Gautam", "Ritesh", "Vivek"],
           ["Aditi", "Nandini", "Sanjana", "Revathi", "Zoya", "Bhavana", "Pallavi", "Trisha"],
           ["Hegde", "Shetty", "Nair", "Bhattacharya", "Siddiqui", "Gowda", "Menon", "Agarwal", "Reddy",
            "Mukherjee", "Kamath", "Joshi"]),
    "ng": (["Emeka", "Tunde", "Ibrahim", "Segun", "Obinna", "Yakubu", "Chidi", "Femi"],
           ["Amaka", "Folake", "Zainab", "Ifeoma", "Bisola", "Hadiza", "Nneka", "Temitope"],
           ["Okafor", "Adebayo", "Suleiman", "Nwosu", "Ogunbiyi", "Lawal", "Onyekachi", "Balogun", "Umar",
            "Ekwueme", "Oladipo", "Chukwu"]),
    "de": (["Finn", "Jonas", "Bastian", "Till", "Mehmet", "Moritz", "Niklas", "Grzegorz"],
           ["Lotte", "Hanna", "Friederike", "Annika", "Elif", "Greta", "Maren", "Dragana"],
           ["Schmitz", "Hülsmann", "Overbeck", "Kühnert", "Brüggemann", "Demir", "Wirtz", "Lohmann", "Pütz",
            "Esser", "Kowalski", "Rheinländer"]),
    "fr": (["Killian", "Romain", "Sébastien", "Nordine", "Maxence", "Gwendal", "Cyprien", "Fabrice"],
           ["Margaux", "Ophélie", "Laëtitia", "Inès", "Capucine", "Sandrine", "Bérénice", "Awa"],
           ["Garnier", "Lefèvre", "Chabert", "Ould-Ahmed", "Rivière", "Dufresne", "Perrin", "Vasseur",
            "Delmas", "Boyer", "Faure", "Maréchal"]),
    "es": (["Álvaro", "Iker", "Rafael", "Curro", "Jaime", "Unai", "Saúl", "Adrián"],
           ["Macarena", "Rocío", "Inmaculada", "Lucía", "Triana", "Nerea", "Esperanza", "Alba"],
           ["Romero", "Montoya", "Gallardo", "Carmona", "Benítez", "Vázquez", "Escobar", "Ruiz", "Moreno",
            "Castaño", "Jiménez", "Barrera"]),
    "it": (["Matteo", "Lorenzo", "Gianluca", "Davide", "Simone", "Ettore", "Riccardo", "Pietro"],
           ["Giulia", "Chiara", "Federica", "Ilaria", "Beatrice", "Martina", "Silvia", "Ludovica"],
           ["Bertolino", "Ferrero", "Gallo", "Rinaudo", "Bruno", "Cravero", "Marchisio", "Operti", "Costa",
            "Ghirardi", "Bianco", "Ravera"]),
    "nl": (["Bram", "Joost", "Sem", "Thijs", "Youssef", "Gijs", "Ruud", "Wouter"],
           ["Femke", "Anouk", "Lieke", "Marloes", "Noor", "Sanne", "Ilse", "Yara"],
           ["de Vries", "Bakker", "van den Broek", "Jansen", "Hoekstra", "Visser", "van Dijk", "Mulder",
            "Postma", "Brouwer", "El Amrani", "Kuipers"]),
    "ja": (["健太", "翔", "大樹", "和也", "直人", "亮", "浩二", "颯太"],
           ["さくら", "麻衣", "優子", "菜々子", "香織", "舞", "明美", "葵"],
           ["田中", "山本", "加藤", "斎藤", "村上", "井上", "木村", "清水", "山口", "長谷川", "坂本", "福田"]),
    "ru": (["Алексей", "Дмитрий", "Сергей", "Игорь", "Максим", "Андрей", "Никита", "Павел"],
           ["Екатерина", "Ольга", "Наталья", "Анастасия", "Мария", "Светлана", "Дарья", "Ирина"],
           ["Смирнов", "Кузнецов", "Волков", "Соколов", "Лебедев", "Морозов", "Новиков", "Фёдоров",
            "Зайцев", "Орлов", "Белов", "Громов"]),
}

#: Japanese family and given names in katakana (kana columns)
JA_KANA = {"田中": "タナカ", "山本": "ヤマモト", "加藤": "カトウ", "斎藤": "サイトウ", "村上": "ムラカミ",
           "井上": "イノウエ", "木村": "キムラ", "清水": "シミズ", "山口": "ヤマグチ", "長谷川": "ハセガワ",
           "坂本": "サカモト", "福田": "フクダ", "健太": "ケンタ", "翔": "ショウ", "大樹": "ダイキ", "和也": "カズヤ",
           "直人": "ナオト", "亮": "リョウ", "浩二": "コウジ", "颯太": "ソウタ", "さくら": "サクラ", "麻衣": "マイ",
           "優子": "ユウコ", "菜々子": "ナナコ", "香織": "カオリ", "舞": "マイ", "明美": "アケミ", "葵": "アオイ"}

#: Russian patronymics (male, female)
RU_PATRONYMICS = (["Алексеевич", "Викторович", "Сергеевич", "Олегович", "Игоревич"],
                  ["Алексеевна", "Викторовна", "Сергеевна", "Олеговна", "Игоревна"])


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang`` (a Russian woman's family name takes ``-а``)."""
    male, fem, fam = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.5
    last = g.rnd.choice(fam)
    if lang == "ru" and female:
        last += "а"
    return g.rnd.choice(fem if female else male), last


def whole(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    if lang == "ja":
        return f"{b} {a}"
    if lang == "ru":
        return f"{b} {a}"
    return f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


_RU_LATIN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                      "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"], strict=True))


def plain(text: str) -> str:
    text = "".join(_RU_LATIN.get(ch, ch) for ch in text.lower())
    return "".join(ch for ch in fold(text) if ch.isalnum() or ch == ".")


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(70, 99)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def romaji_email(g: Gen, domains: list[str]) -> str:
    """An e-mail of a Japanese person (romanized local part)."""
    local = g.rnd.choice(["kenta", "sakura", "yuko", "daiki", "kaori", "nanako", "sota", "akemi", "naoto", "aoi"])
    return f"{local}{g.rnd.choice(['', '.', '_'])}{g.rnd.randint(1, 9999)}@{g.rnd.choice(domains)}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first).replace(".", ""), plain(last).replace(".", "")
    return [f"{a[0]}{b}"[:12], f"{a}.{b}", f"{b[:6]}{a[:2]}".upper(), f"{a}_{b[:3]}{style % 97}"][style % 4]


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "comcast.net", "icloud.com", "outlook.com"],
    "gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "sky.com", "outlook.com"],
    "ca": ["gmail.com", "shaw.ca", "telus.net", "hotmail.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com.au", "optusnet.com.au"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com"],
    "za": ["gmail.com", "webmail.co.za", "telkomsa.net", "mweb.co.za"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "ng": ["gmail.com", "yahoo.com", "outlook.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "wanadoo.fr", "gmail.com"],
    "es": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
    "it": ["libero.it", "gmail.com", "alice.it", "virgilio.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "ja": ["docomo.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp"],
    "ru": ["mail.ru", "yandex.ru", "gmail.com", "rambler.ru"],
}

# -- places (written for v102) -----------------------------------------------------------------------------------------

#: (city, ZIP prefix) in Colorado
US_CITIES = [("Fort Collins", "805"), ("Loveland", "805"), ("Greeley", "806"), ("Longmont", "805"),
             ("Boulder", "803"), ("Estes Park", "805"), ("Windsor", "805"), ("Berthoud", "805")]
US_STREETS = ["Horsetooth Rd", "W Mulberry St", "Prospect Pkwy", "Timberline Dr", "Eagle Crest Ct", "Taft Hill Rd",
              "Sandstone Ln", "Vine Dr", "Overland Trl", "Aspen Meadow Way"]
GB_CITIES = [("Exeter", "EX4"), ("Truro", "TR1"), ("Plymouth", "PL4"), ("Taunton", "TA1"), ("Barnstaple", "EX31"),
             ("Newquay", "TR7"), ("Torquay", "TQ1"), ("Yeovil", "BA20")]
GB_STREETS = ["Pennsylvania Rd", "Fore Street", "Mannamead Rd", "Tregolls Rd", "Priory Avenue", "Chapel Hill",
              "Sticklepath Terrace", "St Leonards Rd", "Babbacombe Rd", "Hendford Hill"]
CA_CITIES = [("Burnaby", "V5H"), ("Surrey", "V3S"), ("Kelowna", "V1Y"), ("Victoria", "V8W"), ("Nanaimo", "V9R"),
             ("Kamloops", "V2C"), ("Coquitlam", "V3J"), ("Abbotsford", "V2S")]
CA_STREETS = ["Kingsway", "Fraser Hwy", "Bernard Ave", "Fort St", "Dogwood Cres", "Salal Pl", "Cedar Hill Rd",
              "Sumas Way", "Arbutus Dr", "Glenmore Rd"]
#: (suburb, postcode) in south-east Queensland
AU_CITIES = [("Nambour", "4560"), ("Maroochydore", "4558"), ("Caloundra", "4551"), ("Buderim", "4556"),
             ("Coolum Beach", "4573"), ("Maleny", "4552"), ("Noosaville", "4566"), ("Sippy Downs", "4556")]
AU_STREETS = ["Currie St", "Aerodrome Rd", "Bulcock St", "Lindsay Rd", "Jacaranda Ct", "Mooloolah Dr",
              "Wattlebird Pl", "Gympie Tce", "Sunshine Mwy Service Rd", "Lorikeet Cres"]
#: (town, Eircode routing key) in Kildare and Meath
IE_CITIES = [("Naas", "W91"), ("Newbridge", "W12"), ("Kildare", "R51"), ("Athy", "R14"), ("Maynooth", "W23"),
             ("Navan", "C15"), ("Trim", "C15"), ("Celbridge", "W23")]
IE_STREETS = ["Sallins Road", "Moorefield Park", "Bóthar an Chorrach", "Main Street", "Curragh View", "Leinster Lawns",
              "Kilcock Road", "Ard Mhuire", "Dublin Road", "Castlefarm"]
ZA_CITIES = [("Pretoria", "0181"), ("Centurion", "0157"), ("Johannesburg", "2196"), ("Randburg", "2194"),
             ("Durban", "4001"), ("Stellenbosch", "7600"), ("Bloemfontein", "9301"), ("Gqeberha", "6001")]
ZA_STREETS = ["Jan Shoba St", "Lynnwood Rd", "Witkoppen Rd", "Florida Rd", "Dorp St", "Nelson Mandela Dr",
              "Protea Ave", "Rivonia Rd", "Kloof St", "Bokmakierie Cres"]
IN_CITIES = [("Bengaluru", "560"), ("Mysuru", "570"), ("Mangaluru", "575"), ("Hubballi", "580"), ("Chennai", "600"),
             ("Hyderabad", "500"), ("Mumbai", "400"), ("Goa Panaji", "403")]
IN_STREETS = ["Indiranagar 100 Feet Rd", "Koramangala 5th Block", "HSR Layout Sector 2", "Jayanagar 4th T Block",
              "Vijayanagar Main Rd", "Malleshwaram 8th Cross", "Whitefield Main Rd", "Banjara Hills Rd 12"]
NG_CITIES = [("Ikeja", "100271"), ("Lekki", "106104"), ("Yaba", "101212"), ("Surulere", "101283"),
             ("Victoria Island", "101241"), ("Ajah", "101245"), ("Gbagada", "100234"), ("Magodo", "105102")]
NG_STREETS = ["Admiralty Way", "Allen Avenue", "Herbert Macaulay Way", "Adeniran Ogunsanya Street", "Ozumba Mbadiwe Road",
              "Bode Thomas Street", "Opebi Road", "Kusenla Road", "Awolowo Road", "CMD Road"]
DE_CITIES = [("Köln", "50"), ("Bonn", "53"), ("Leverkusen", "51"), ("Bergisch Gladbach", "51"), ("Hürth", "50"),
             ("Brühl", "50"), ("Frechen", "50"), ("Pulheim", "50")]
DE_STREETS = ["Venloer Straße", "Aachener Straße", "Severinstraße", "Am Rinkenpfuhl", "Neusser Wall",
              "Kalker Hauptstraße", "Zülpicher Platz", "Im Sionstal", "Lindenthalgürtel", "Dürener Straße"]
FR_CITIES = [("Toulouse", "31000"), ("Blagnac", "31700"), ("Colomiers", "31770"), ("Muret", "31600"),
             ("Albi", "81000"), ("Montauban", "82000"), ("Castres", "81100"), ("Balma", "31130")]
FR_STREETS = ["rue d'Alsace-Lorraine", "allée Jean Jaurès", "chemin de la Flambère", "rue des Tourneurs",
              "impasse des Cigales", "avenue de Grande-Bretagne", "rue Pargaminières", "place du Capitole"]
ES_CITIES = [("Sevilla", "41"), ("Dos Hermanas", "41"), ("Alcalá de Guadaíra", "41"), ("Mairena del Aljarafe", "41"),
             ("Utrera", "41"), ("Tomares", "41"), ("Écija", "41"), ("Carmona", "41")]
ES_STREETS = ["Calle Feria", "Avenida de la Constitución", "Calle Betis", "Calle Sierpes", "Ronda de Triana",
              "Calle San Jacinto", "Avenida Kansas City", "Calle Pureza", "Plaza del Altozano", "Calle Asunción"]
IT_CITIES = [("Torino", "101", "L219"), ("Moncalieri", "10024", "F335"), ("Collegno", "10093", "C860"),
             ("Rivoli", "10098", "H355"), ("Chieri", "10023", "C627"), ("Pinerolo", "10064", "G674"),
             ("Settimo Torinese", "10036", "I703"), ("Ivrea", "10015", "E379")]
IT_STREETS = ["Via Po", "Corso Vittorio Emanuele II", "Via Nizza", "Corso Francia", "Via Garibaldi",
              "Strada del Drosso", "Via Sacchi", "Corso Regina Margherita", "Via Cibrario", "Piazza Vittorio Veneto"]
NL_CITIES = [("Ermelo", "3851"), ("Barneveld", "3771"), ("Apeldoorn", "7311"), ("Harderwijk", "3841"),
             ("Nijkerk", "3861"), ("Putten", "3881"), ("Epe", "8161"), ("Voorthuizen", "3781")]
NL_STREETS = ["Stationsstraat", "Veldweg", "Harderwijkerweg", "Zwolseweg", "Kerkstraat", "Achterveldseweg",
              "Molenweg", "Garderenseweg", "Oude Telgterweg", "Hessenweg"]
JA_CITIES = [("横浜市青葉区", "225"), ("川崎市麻生区", "215"), ("町田市", "194"), ("相模原市南区", "252"),
             ("藤沢市", "251"), ("大和市", "242")]
JA_STREETS = ["美しが丘2丁目14-3", "新百合ヶ丘1-8-2", "原町田4丁目11-6", "相模大野3-2-10", "鵠沼海岸5-7-1",
              "中央林間2丁目3-18"]
RU_CITIES = [("Казань", "420"), ("Набережные Челны", "423"), ("Альметьевск", "423"), ("Зеленодольск", "422"),
             ("Елабуга", "423"), ("Нижнекамск", "423")]
RU_STREETS = ["ул. Баумана", "пр. Победы", "ул. Чистопольская", "ул. Пушкина", "ул. Гагарина", "ул. Декабристов",
              "ул. Ямашева", "ул. Мира"]


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(100, 9_800) if lang == "us" else g.rnd.randint(1, 180)
    if lang in ("de", "nl"):
        return f"{s} {n}" + (g.rnd.choice(["", "", "a", "b"]) if lang == "nl" else "")
    if lang == "es":
        return f"{s}, {n}" + g.rnd.choice(["", f", {g.rnd.randint(1, 6)}º {g.rnd.choice('ABCD')}"])
    if lang == "it":
        return f"{s} {n}"
    if lang == "ru":
        return f"{s}, д. {n}, кв. {g.rnd.randint(1, 240)}"
    if lang == "ja":
        return s
    if lang == "in":
        return f"#{n}, {g.rnd.randint(1, 30)}th Cross, {s}"
    if lang == "au":
        return g.rnd.choice([f"{n} {s}", f"{g.rnd.randint(1, 20)}/{n} {s}"])
    return f"{n} {s}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn_decoy(g: Gen) -> str:
    """A case number shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    area = g.rnd.choice(["000", "666", f"9{g.digits(2)}"])
    return f"{area}-{g.digits(2)}-{g.digits(4)}"


def ssn_is_valid(value: str) -> bool:
    return _ssn.is_valid(value)


def microchip(g: Gen) -> str:
    """A 15-digit ISO 11784 animal microchip number (manufacturer or country code first)."""
    return g.rnd.choice(["985", "981", "900", "941", "956", "250", "276", "528", "380", "392", "643", "826"]) + \
        g.digits(12)


def card(g: Gen) -> str:
    """A Visa or Mastercard number passing Luhn."""
    body = g.rnd.choice(["4", "51", "53", "55", "2221"])
    body += g.digits(15 - len(body))
    return body + luhn.calc_check_digit(body)


def card_decoy(g: Gen) -> str:
    """Sixteen digits failing Luhn (a claim or parcel number)."""
    return g.valid(lambda: g.rnd.choice(["4", "5"]) + g.digits(15), lambda x: not luhn.is_valid(x))


def iban(g: Gen, country: str) -> str:
    """A valid IBAN of ``country`` (GB, DE, NL, ES, IT, FR, IE)."""
    def bban() -> str:
        if country == "GB":
            return g.rnd.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + g.digits(14)
        if country == "IE":
            return g.rnd.choice(["AIBK", "BOFI", "IPBS"]) + g.digits(14)
        if country == "NL":
            return g.rnd.choice(["RABO", "INGB", "ABNA", "SNSB", "TRIO"]) + g.digits(10)
        if country == "DE":
            return g.digits(18)
        if country == "IT":
            return g.rnd.choice(string.ascii_uppercase) + g.digits(10) + g.digits(12)
        return g.digits(20)

    def make() -> str:
        body = bban()
        return country + _iban.calc_check_digits(country + "00" + body) + body

    value = g.valid(make, _iban.is_valid)
    return _iban.format(value) if g.rnd.random() < 0.5 else value


def za_id(g: Gen, born: date, female: bool) -> str:
    def make() -> str:
        seq = g.rnd.randint(0, 4999) if female else g.rnd.randint(5000, 9999)
        body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:04d}0{g.rnd.choice('89')}"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _idnr.is_valid)


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits failing the South African ID's Luhn check (a policy number)."""
    return g.valid(lambda: g.digits(13), lambda x: not _idnr.is_valid(x))


def pan(g: Gen) -> str:
    return g.valid(lambda: g.code("AAA") + "P" + g.code("A9999A"), _pan.is_valid)


def aadhaar(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if g.rnd.random() < 0.5 else d


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (a passport application number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def dni(g: Gen) -> str:
    body = g.digits(8)
    return body + _dni.calc_check_digit(body)


def dni_decoy(g: Gen) -> str:
    """Eight digits and a wrong letter (a groomer's voucher code shaped like a DNI)."""
    return g.valid(lambda: g.digits(8) + g.rnd.choice("TRWAGMYFPDXBNJZSQVHLCKE"), lambda x: not _dni.is_valid(x))


_CF_MONTHS = "ABCDEHLMPRST"


def codice_fiscale(g: Gen, first: str, last: str, born: date, female: bool, comune: str) -> str:
    def cons(text: str) -> str:
        letters = [ch for ch in fold(text).upper() if ch.isalpha()]
        c_ = [ch for ch in letters if ch not in "AEIOU"]
        v_ = [ch for ch in letters if ch in "AEIOU"]
        return c_, v_

    lc, lv = cons(last)
    fc, fv = cons(first)
    sur = (lc + lv + ["X"] * 3)[:3]
    name = [fc[0], fc[2], fc[3]] if len(fc) >= 4 else (fc + fv + ["X"] * 3)[:3]
    day = born.day + (40 if female else 0)
    body = f"{''.join(sur)}{''.join(name)}{born.year % 100:02d}{_CF_MONTHS[born.month - 1]}{day:02d}{comune}"
    value = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(value)
    return value


def bsn(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), _bsn.is_valid)


def bsn_decoy(g: Gen) -> str:
    """Nine digits failing the BSN's eleven-test (a registration number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), lambda x: not _bsn.is_valid(x))


def inn(g: Gen) -> str:
    body = "16" + g.digits(8)
    return body + _inn.calc_personal_check_digits(body)


def inn_decoy(g: Gen) -> str:
    """Twelve digits failing the personal INN's check (an order number)."""
    return g.valid(lambda: "16" + g.digits(10), lambda x: not _inn.is_valid(x))


def ng_nin(g: Gen) -> str:
    return str(g.rnd.randint(1, 9)) + g.digits(10)


def abn_is_valid(value: str) -> bool:
    from stdnum.au import abn
    return abn.is_valid(value)


def abn(g: Gen) -> str:
    from stdnum.au import abn as _abn
    return _abn.format(g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _abn.is_valid))


def ueln(g: Gen) -> str:
    """A Universal Equine Life Number (a horse's, not a person's)."""
    return g.rnd.choice(["528003", "528004", "528009", "276009", "250001"]) + g.code("Z") + g.digits(8)


# -- animals (written for v102) ----------------------------------------------------------------------------------------

#: pets' names, many of them people's names too
PET_NAMES = ["Bella", "Milo", "Luna", "Winston", "Daisy", "Archie", "Rosie", "Barney", "Molly", "Teddy", "Poppy",
             "Biscuit", "Nala", "Hugo", "Maggie", "Ziggy", "Pepper", "Otis", "Willow", "Gus", "Frank", "Doris",
             "Kevin", "Susan", "Bruno", "Coco", "Pickle", "Mabel", "Rex", "Lola"]
DOG_BREEDS = ["Labrador Retriever", "Border Collie", "Cavoodle", "French Bulldog", "Staffordshire Bull Terrier",
              "German Shepherd", "Cocker Spaniel", "Jack Russell Terrier", "Greyhound", "Golden Retriever",
              "Mixed breed", "Dachshund", "Beagle", "Kelpie"]
CAT_BREEDS = ["Domestic Shorthair", "Domestic Longhair", "Maine Coon", "Ragdoll", "British Shorthair", "Siamese",
              "Bengal"]
SPECIES = ["Canine", "Feline", "Canine", "Feline", "Rabbit", "Avian", "Equine"]
