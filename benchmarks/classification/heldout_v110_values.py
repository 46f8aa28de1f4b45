"""Values of held-out set v110 (:mod:`benchmarks.classification.heldout_v110`): v110's random source, and names,
streets, cities, venues, clubs and free-text snippets written by hand for v110's stadium, ticketing and event-security
systems (no Faker, no list of real people, no breach data), phones checked with phonenumbers and identifiers with
check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers follow v98's (copied, not imported); the lists below are new.
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
from stdnum.br import cpf as _cpf
from stdnum.ca import sin as _sin
from stdnum.es import ccc as _ccc
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.fr import nir as _nir
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva
from stdnum.tr import tckimlik as _tck
from stdnum.tr import vkn as _vkn
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _zaid

from benchmarks.classification.heldout_v2 import Column

SEED = 110_431_2026
N = "none"
#: a login or a payment handle (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v110's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNK", "?",
    "not known", "nil", "0", "TBC", "tbc", "k.A.", "unbekannt", "keine", "sconosciuto", "nessuna", "desconocido",
    "sin datos", "não informado", "nada consta", "yok", "bilinmiyor", "inconnu", "néant", "不明", "なし", "特になし")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "") \
        .replace("ı", "i").replace("ø", "o")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v110:{SEED}:{table}")

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
            if region in LOCAL:
                prefix, size = LOCAL[region][0 if mobile else 1]
                return prefix + self.digits(size - len(prefix))
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


US_AREAS = ["916", "279", "530", "209", "707"]
CA_AREAS = ["204", "431"]
#: region -> ((mobile prefix, length), (fixed-line prefix, length)) of the national significant number, local to
#: each table's city (Porto Alegre, Brisbane, Sendai, Toulon, Gelsenkirchen, Trabzon, Arezzo, Zaragoza, Huddersfield,
#: Dublin, Johannesburg, Auckland, Mumbai)
LOCAL: dict[str, tuple[tuple[str, int], tuple[str, int]]] = {
    "BR": (("519", 11), ("513", 10)), "AU": (("4", 9), ("73", 9)), "JP": (("90", 10), ("22", 9)),
    "FR": (("6", 9), ("494", 9)), "DE": (("151", 11), ("209", 10)), "TR": (("53", 10), ("462", 10)),
    "IT": (("3", 10), ("0575", 10)), "ES": (("6", 9), ("976", 9)), "GB": (("7", 10), ("1484", 10)),
    "IE": (("8", 9), ("1", 8)), "ZA": (("7", 9), ("11", 9)), "NZ": (("2", 9), ("9", 8)), "IN": (("9", 10), ("22", 10)),
}

# -- names (written for v110) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Tavon", "Reece", "Joaquin", "Desmond", "Hieu", "Garrett", "Ismael", "Kendrick", "Bryce", "Armando"],
           ["Marisela", "Brianna", "Thuy", "Kaylee", "Precious", "Guadalupe", "Shannon", "Noor", "Mackenzie", "Renata"],
           ["Villalobos", "Hargrove", "Pham", "Okoye", "Castellanos", "Brightwater", "Lindahl", "Mayfield",
            "Singh-Ortega", "Dutcher", "Ramos", "Toomey", "Wexler", "Galloway", "Kauffman"]),
    "gb": (["Jordan", "Kieran", "Dwayne", "Liam", "Umar", "Craig", "Mason", "Reiss", "Stuart", "Connor"],
           ["Chelsea", "Jade", "Leanne", "Nadia", "Kerry", "Shannon", "Amira", "Gemma"],
           ["Whitworth", "Sutcliffe", "Haigh", "Akhtar", "Brierley", "Lockwood", "Mellor", "Oduya", "Crowther",
            "Fairbank", "Ibbotson", "Rashid", "Holroyd", "Dobson"]),
    "ca": (["Brayden", "Tyson", "Mandeep", "Rémi", "Jericho", "Nolan", "Oleksandr", "Kwame"],
           ["Cheyenne", "Jasleen", "Ainsley", "Marie-Ève", "Rhiannon", "Analyn", "Taryn", "Olena"],
           ["Fontaine", "Kowalchuk", "Grewal", "Spence", "Dela Cruz", "Harper-Bird", "Sawatzky", "Lachance",
            "Moosomin", "Friesen", "Tkachuk", "Okonjo"]),
    "au": (["Lachlan", "Brodie", "Jarrah", "Nikos", "Tuan", "Kane", "Harrison", "Mitchell"],
           ["Tahlia", "Brooke", "Shanae", "Eleni", "Mai", "Kirra", "Courtney", "Jess"],
           ["Papadakis", "Nguyen", "McAllister", "Tuiasosopo", "Donnelly", "Ferraro", "Wirth", "Haddad",
            "Blackburn", "Pearce", "Kovacevic", "Tran"]),
    "nz": (["Tama", "Nikau", "Kauri", "Sefa", "Blake", "Hamish", "Mikaere", "Viliami"],
           ["Ataahua", "Marama", "Kahurangi", "Mele", "Tegan", "Hine", "Ana", "Brooke"],
           ["Tuhiwai", "Paewai", "Tupou", "Walker", "Ngata", "Faleolo", "Hetaraka", "Cuthbert", "Ruatapu",
            "Mahuika", "Sapolu", "Bennington"]),
    "za": (["Sipho", "Thabo", "Pieter", "Lwazi", "Mogamat", "Kagiso", "Johan", "Bongani", "Riaan", "Tshepo"],
           ["Nomvula", "Lerato", "Anneke", "Zanele", "Fatima", "Palesa", "Marelize", "Thandeka", "Refilwe", "Yolandi"],
           ["Dlamini", "Mokoena", "van der Merwe", "Nkosi", "Botha", "Khumalo", "Petersen", "Mahlangu", "Naidoo",
            "Coetzee", "Sithole", "Molefe", "Jacobs", "Ndlovu"]),
    "in": (["Aditya", "Rahul", "Sameer", "Yash", "Faizan", "Nikhil", "Omkar", "Pranav"],
           ["Sneha", "Riya", "Aishwarya", "Tanvi", "Zoya", "Pallavi", "Neha", "Gauri"],
           ["Patil", "Joshi", "Shaikh", "Gokhale", "Menon", "Agarwal", "Kamath", "D'Souza", "Bhosale", "Nair",
            "Mehta", "Kadam"]),
    "ie": (["Eoin", "Shane", "Cillian", "Donal", "Tomás", "Ronan", "Mícheál", "Kacper"],
           ["Aisling", "Nuala", "Ciara", "Éabha", "Deirdre", "Caoimhe", "Róisín", "Zuzanna"],
           ["Mac Mathúna", "Brennan", "O'Dwyer", "Ní Chonaill", "Furlong", "Gallagher", "Moriarty", "Keogh",
            "Ó Cinnéide", "Dolan", "Kowalska", "Hegarty"]),
    "it": (["Lorenzo", "Matteo", "Davide", "Gianluca", "Simone", "Alessio", "Nicolò", "Federico"],
           ["Giulia", "Chiara", "Martina", "Serena", "Valentina", "Ilaria", "Federica", "Arianna"],
           ["Bartolini", "Mancini", "Cecchetti", "Lombardi", "Paoletti", "Galassi", "Fabbri", "Santarelli",
            "Moretti", "Brunori", "Giacomelli", "Tonelli"]),
    "es": (["Iñigo", "Borja", "Sergio", "Álvaro", "Rubén", "Javier", "Adrián", "Hugo"],
           ["Nerea", "Lucía", "Ainhoa", "Pilar", "Noelia", "Begoña", "Irene", "Marta"],
           ["Lasheras", "Gimeno", "Alcubierre", "Sancho", "Royo", "Lacasa", "Arnal", "Blasco", "Pueyo", "Marín",
            "Ibáñez", "Lafuente"]),
    "br": (["Gabriel", "Luiz Felipe", "Rodrigo", "Wesley", "Matheus", "Everton", "Igor", "Leandro"],
           ["Bruna", "Letícia", "Fernanda", "Tainá", "Camila", "Vanessa", "Daiane", "Priscila"],
           ["Machado", "Schneider", "Flores", "Becker", "Rodrigues", "Pacheco", "Kunz", "Vargas", "Dornelles",
            "Guimarães", "Farias", "Sehn"]),
    "de": (["Niklas", "Dennis", "Kevin", "Marvin", "Fabian", "Serkan", "Jonas", "Sascha"],
           ["Jacqueline", "Vanessa", "Nadine", "Lea", "Melanie", "Derya", "Sabrina", "Annika"],
           ["Brinkmann", "Schulte-Wien", "Kowalski", "Wittkamp", "Heitmann", "Overbeck", "Grothues", "Demir",
            "Kämper", "Uhlenbrock", "Rötger", "Tenbusch"]),
    "tr": (["Emre", "Burak", "Oğuzhan", "Serkan", "Mert", "Hakan", "Yiğit", "Cem"],
           ["Elif", "Büşra", "Merve", "Zeynep", "Gizem", "Ebru", "Derya", "Aslı"],
           ["Yılmaz", "Kaya", "Demirci", "Öztürk", "Aksoy", "Çelik", "Karaca", "Şahin", "Erdoğmuş", "Güneş",
            "Kocabaş", "Taşdelen"]),
    "fr": (["Kévin", "Damien", "Sofiane", "Julien", "Maxime", "Rachid", "Cédric", "Bastien"],
           ["Laetitia", "Manon", "Inès", "Sandrine", "Élodie", "Samia", "Pauline", "Coralie"],
           ["Lacoste", "Dupuy", "Bensaïd", "Laborde", "Cazenave", "Arnaud", "Pujol", "Ferrandi", "Soulé",
            "Lagarde", "Haddad", "Marty"]),
    "ja": (["颯太", "大和", "陸斗", "拓真", "慎吾", "和也", "俊介", "直樹"],
           ["葵", "美優", "彩乃", "奈々", "香織", "麻衣", "沙希", "瞳"],
           ["田中", "鈴木", "伊藤", "山口", "加藤", "菊地", "坂本", "村上", "斉藤", "大野", "工藤", "秋山"]),
}

#: Japanese names in katakana (kana columns)
JA_KANA = {"颯太": "ソウタ", "大和": "ヤマト", "陸斗": "リクト", "拓真": "タクマ", "慎吾": "シンゴ", "和也": "カズヤ",
           "俊介": "シュンスケ", "直樹": "ナオキ", "葵": "アオイ", "美優": "ミユ", "彩乃": "アヤノ", "奈々": "ナナ",
           "香織": "カオリ", "麻衣": "マイ", "沙希": "サキ", "瞳": "ヒトミ", "田中": "タナカ", "鈴木": "スズキ",
           "伊藤": "イトウ", "山口": "ヤマグチ", "加藤": "カトウ", "菊地": "キクチ", "坂本": "サカモト",
           "村上": "ムラカミ", "斉藤": "サイトウ", "大野": "オオノ", "工藤": "クドウ", "秋山": "アキヤマ"}


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
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(70, 99)}",
                          f"{a}_{b[:4]}"])
    return f"{local}@{g.rnd.choice(domains)}"


def romaji_email(g: Gen, domains: list[str]) -> str:
    """An e-mail of a Japanese person (romanized local part)."""
    local = g.rnd.choice(["sota", "yamato", "rikuto", "aoi", "miyu", "ayano", "kaori", "shingo", "naoki", "saki",
                          "kazuya", "hitomi"])
    return f"{local}{g.rnd.choice(['', '.', '_'])}{g.rnd.randint(1, 9999)}@{g.rnd.choice(domains)}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first).replace(".", ""), plain(last).replace(".", "")
    return [f"{a[0]}{b}"[:12], f"{a}.{b}", f"{b[:6]}{a[:2]}".upper(), f"{a}{b[:3]}{len(b)}"][style % 4]


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "sbcglobal.net"],
    "gb": ["gmail.com", "hotmail.co.uk", "btinternet.com", "sky.com", "outlook.com"],
    "ca": ["gmail.com", "shaw.ca", "mts.net", "hotmail.com", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com.au", "hotmail.com"],
    "nz": ["gmail.com", "xtra.co.nz", "outlook.co.nz", "hotmail.com"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "yahoo.com", "icloud.com"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com"],
    "it": ["libero.it", "gmail.com", "virgilio.it", "alice.it", "hotmail.it"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
    "br": ["gmail.com", "hotmail.com", "terra.com.br", "bol.com.br", "yahoo.com.br"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "freenet.de"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    "fr": ["orange.fr", "free.fr", "sfr.fr", "gmail.com", "laposte.net"],
    "ja": ["docomo.ne.jp", "au.com", "softbank.ne.jp", "gmail.com", "yahoo.co.jp"],
}

# -- places (written for v110) -----------------------------------------------------------------------------------------

#: (city, ZIP prefix) around Sacramento
US_CITIES = [("Sacramento", "958"), ("Elk Grove", "957"), ("Roseville", "956"), ("Folsom", "956"),
             ("Davis", "956"), ("Stockton", "952"), ("Rocklin", "956"), ("West Sacramento", "956")]
US_STREETS = ["Fair Oaks Blvd", "Stockton Blvd", "Florin Rd", "J St", "Broadway", "Laguna Blvd", "Sunrise Ave",
              "Riverside Blvd", "Madison Ave", "El Camino Ave", "Bruceville Rd", "Elk Grove Florin Rd"]
GB_CITIES = [("Huddersfield", "HD1"), ("Halifax", "HX1"), ("Dewsbury", "WF13"), ("Brighouse", "HD6"),
             ("Batley", "WF17"), ("Holmfirth", "HD9"), ("Elland", "HX5"), ("Mirfield", "WF14")]
GB_STREETS = ["Manchester Rd", "Leeds Rd", "Bradford Rd", "Halifax Old Rd", "Occupation Rd", "Wakefield Rd",
              "Lidget St", "Birkby Hall Rd", "Moorbottom Rd", "Marsden Close", "Savile Park Rd"]
CA_CITIES = [("Winnipeg", "R3"), ("Brandon", "R7A"), ("Steinbach", "R5G"), ("Selkirk", "R1A"), ("Portage la Prairie",
             "R1N"), ("Winkler", "R6W"), ("Thompson", "R8N")]
CA_STREETS = ["Portage Ave", "Pembina Hwy", "Henderson Hwy", "McPhillips St", "Corydon Ave", "St Mary's Rd",
              "Ellice Ave", "Kenaston Blvd", "Notre Dame Ave", "Main St"]
AU_CITIES = [("Brisbane", "4000", "QLD"), ("Woolloongabba", "4102", "QLD"), ("Ipswich", "4305", "QLD"),
             ("Southport", "4215", "QLD"), ("Toowoomba", "4350", "QLD"), ("Redcliffe", "4020", "QLD"),
             ("Tweed Heads", "2485", "NSW"), ("Logan Central", "4114", "QLD")]
AU_STREETS = ["Vulture St", "Logan Rd", "Ipswich Rd", "Stanley St", "Gympie Rd", "Coronation Dr", "Wickham Tce",
              "Hamilton Pl", "Bellbird Cres", "Waterworks Rd"]
NZ_CITIES = [("Auckland", "1021"), ("Manukau", "2104"), ("Papatoetoe", "2025"), ("Ōtāhuhu", "1062"),
             ("Henderson", "0612"), ("Takapuna", "0622"), ("Pukekohe", "2120"), ("Hamilton", "3204")]
NZ_STREETS = ["Great South Road", "Sandringham Road", "Dominion Road", "Te Irirangi Drive", "Kolmar Road",
              "Massey Road", "Tāmaki Drive", "Manurewa Parade", "Ōrākei Road", "Pōhutukawa Avenue"]
ZA_CITIES = [("Soweto", "1804"), ("Johannesburg", "2001"), ("Roodepoort", "1724"), ("Germiston", "1401"),
             ("Benoni", "1501"), ("Krugersdorp", "1739"), ("Randburg", "2194"), ("Alberton", "1449")]
ZA_STREETS = ["Vilakazi St", "Klipspruit Valley Rd", "Main Reef Rd", "Ontdekkers Rd", "Kingfisher Cres",
              "Jan Smuts Ave", "Rivonia Rd", "Protea Glen Ext 2", "Chris Hani Rd", "Voortrekker Rd"]
IN_CITIES = [("Mumbai", "400"), ("Thane", "400"), ("Navi Mumbai", "400"), ("Pune", "411"), ("Nashik", "422"),
             ("Kalyan", "421"), ("Vasai", "401"), ("Panvel", "410")]
IN_STREETS = ["Linking Road", "SV Road", "LBS Marg", "Hill Road, Bandra West", "Ghodbunder Road",
              "FC Road", "Sector 17, Vashi", "Gokhale Road North", "Karve Road", "Dadar TT Circle"]
IE_CITIES = [("Dublin 1", "D01"), ("Dublin 4", "D04"), ("Swords", "K67"), ("Bray", "A98"), ("Naas", "W91"),
             ("Drogheda", "A92"), ("Maynooth", "W23"), ("Dún Laoghaire", "A96")]
IE_STREETS = ["Pembroke Road", "Shelbourne Road", "Main Street", "Seafield Avenue", "Ballymun Road",
              "Bóthar an Chnoic", "Clonskeagh Road", "Chapelizod Hill", "Ashfield Grove", "Strand Road"]
#: (comune, CAP, codice catastale)
IT_COMUNI = [("Arezzo", "52100", "A390"), ("Montevarchi", "52025", "F656"), ("San Giovanni Valdarno", "52027", "H901"),
             ("Figline Valdarno", "50063", "D583"), ("Cortona", "52044", "D077"), ("Siena", "53100", "I726"),
             ("Firenze", "50121", "D612"), ("Bibbiena", "52011", "A851")]
IT_STREETS = ["Via Roma", "Corso Italia", "Via Vittorio Veneto", "Piazza Garibaldi", "Via dei Mille",
              "Via Guido Monaco", "Viale Michelangelo", "Via della Chimera", "Via Fiorentina", "Via Trento e Trieste"]
ES_CITIES = [("Zaragoza", "50001"), ("Utebo", "50180"), ("Huesca", "22001"), ("Calatayud", "50300"),
             ("Ejea de los Caballeros", "50600"), ("Cuarte de Huerva", "50410"), ("Teruel", "44001"),
             ("Tarazona", "50500")]
ES_STREETS = ["Calle Alfonso I", "Paseo de la Independencia", "Avenida de Madrid", "Calle Delicias",
              "Camino de las Torres", "Calle San Vicente de Paúl", "Avenida Cesáreo Alierta", "Calle Predicadores"]
BR_CITIES = [("Porto Alegre", "RS", "90"), ("Canoas", "RS", "92"), ("Gravataí", "RS", "94"),
             ("Novo Hamburgo", "RS", "93"), ("São Leopoldo", "RS", "93"), ("Viamão", "RS", "94"),
             ("Caxias do Sul", "RS", "95"), ("Alvorada", "RS", "94")]
BR_STREETS = ["Av. Ipiranga", "Rua dos Andradas", "Av. Assis Brasil", "Rua Voluntários da Pátria",
              "Av. Bento Gonçalves", "Rua Padre Chagas", "Travessa Azevedo", "Av. Protásio Alves"]
DE_CITIES = [("Gelsenkirchen", "45879"), ("Bochum", "44787"), ("Herne", "44623"), ("Gladbeck", "45964"),
             ("Bottrop", "46236"), ("Recklinghausen", "45657"), ("Marl", "45768"), ("Essen", "45127")]
DE_STREETS = ["Bahnhofstraße", "Kurt-Schumacher-Straße", "Hauptstraße", "Am Rosenhügel", "Bergmannsweg",
              "Zechenstraße", "Hochstraße", "Auf dem Schollbruch", "Ewaldstraße", "Cranger Straße"]
TR_CITIES = [("Trabzon", "61000"), ("Akçaabat", "61300"), ("Of", "61800"), ("Rize", "53000"),
             ("Giresun", "28000"), ("Yomra", "61250"), ("Araklı", "61700"), ("Ortahisar", "61030")]
TR_STREETS = ["Kahramanmaraş Caddesi", "Atatürk Alanı Sokak", "Uzun Sokak", "Devlet Sahil Yolu",
              "Gazipaşa Caddesi", "Kemerkaya Mahallesi 3. Sokak", "Çömlekçi Mahallesi", "Yavuz Selim Bulvarı"]
FR_CITIES = [("Toulon", "83000"), ("La Seyne-sur-Mer", "83500"), ("Hyères", "83400"), ("Six-Fours-les-Plages",
             "83140"), ("La Garde", "83130"), ("Fréjus", "83600"), ("Draguignan", "83300"), ("Marseille", "13005")]
FR_STREETS = ["avenue de la République", "rue Jean Jaurès", "boulevard de Strasbourg", "chemin des Routes",
              "rue d'Alger", "impasse des Mimosas", "avenue Franklin Roosevelt", "traverse des Pins"]
JA_CITIES = [("仙台市青葉区", "980"), ("仙台市泉区", "981"), ("名取市", "981"), ("多賀城市", "985"),
             ("石巻市", "986"), ("利府町", "981")]
JA_STREETS = ["一番町3丁目7-1", "上杉2丁目4-18", "泉中央1丁目21-5", "増田西4-9", "中央2丁目8-3", "春日4-12-6"]


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(2, 9_800) if lang == "us" else g.rnd.randint(1, 160)
    if lang in ("fr",):
        return f"{n} {s}"
    if lang in ("it", "es", "de", "tr"):
        return f"{s} {n}" if lang != "tr" else f"{s} No:{n}"
    if lang == "br":
        return f"{s}, {n}"
    if lang == "ja":
        return s
    if lang == "in":
        return f"Flat {g.rnd.randint(101, 1204)}, {s}"
    if lang == "za":
        return f"{n} {s}"
    return f"{n} {s}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    d = g.valid(make, _ssn.is_valid)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dashed else d


def us_ssn_decoy(g: Gen) -> str:
    """An account number shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    area = g.rnd.choice(["000", "666", f"9{g.digits(2)}"])
    return f"{area}-{g.digits(2)}-{g.digits(4)}"


def ca_sin(g: Gen) -> str:
    body = str(g.rnd.choice([1, 2, 3, 4, 5, 6, 7, 9])) + g.digits(7)
    d = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(d)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def luhn_decoy(g: Gen, n: int, first: str = "123456789") -> str:
    """``n`` digits failing the Luhn check."""
    return g.valid(lambda: g.rnd.choice(first) + g.digits(n - 1), lambda x: not luhn.is_valid(x))


def card(g: Gen, spaced: bool = False) -> str:
    body = g.rnd.choice(["4", "51", "53", "55", "2221"])
    body += g.digits(15 - len(body))
    d = body + luhn.calc_check_digit(body)
    return " ".join(d[i:i + 4] for i in range(0, 16, 4)) if spaced else d


def za_id(g: Gen, born: date, female: bool) -> str:
    seq = g.rnd.randint(0, 4999) if female else g.rnd.randint(5000, 9999)
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:04d}{g.rnd.choice('0001')}8"
    d = body + luhn.calc_check_digit(body)
    assert _zaid.is_valid(d)
    return d


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits starting like a date of birth and failing the Luhn check (a ticket account number)."""
    def make() -> str:
        return f"{g.rnd.randint(50, 99)}{g.rnd.randint(1, 12):02d}{g.rnd.randint(1, 28):02d}{g.digits(7)}"
    return g.valid(make, lambda x: not _zaid.is_valid(x))


def aadhaar(g: Gen, spaced: bool = True) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if spaced else d


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (a refund request number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def pan(g: Gen, surname: str) -> str:
    initial = (plain(surname)[:1] or "x").upper()

    def make() -> str:
        return g.code("AAA") + "P" + initial + g.code("9999A")
    return g.valid(make, _pan.is_valid)


def abn(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _abn.is_valid)
    return _abn.format(d)


def codice_fiscale(g: Gen, first: str, last: str, born: date, female: bool, catastale: str) -> str:
    def cons(text: str) -> list[str]:
        return [ch for ch in fold(text).upper() if ch.isalpha() and ch not in "AEIOU"]

    def vow(text: str) -> list[str]:
        return [ch for ch in fold(text).upper() if ch in "AEIOU"]

    def part(text: str, is_name: bool) -> str:
        c = cons(text)
        if is_name and len(c) > 3:
            c = [c[0], c[2], c[3]]
        return "".join((c + vow(text) + ["X", "X", "X"])[:3])

    day = born.day + (40 if female else 0)
    body = f"{part(last, False)}{part(first, True)}{born.year % 100:02d}{'ABCDEHLMPRST'[born.month - 1]}" \
           f"{day:02d}{catastale}"
    d = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(d)
    return d


def iva(g: Gen) -> str:
    return g.valid(lambda: g.digits(7) + g.rnd.choice(["051", "048", "052"]) + g.digits(1), _iva.is_valid)


def dni(g: Gen) -> str:
    body = f"{g.rnd.randint(10_000_000, 79_999_999)}"
    return body + _dni.calc_check_digit(body)


def nie(g: Gen) -> str:
    body = g.rnd.choice("XYZ") + g.digits(7)
    d = body + _nie.calc_check_digit(body)
    assert _nie.is_valid(d)
    return d


def dni_decoy(g: Gen) -> str:
    """Eight digits and a letter that is not the DNI's check letter (a refund order number)."""
    body = f"{g.rnd.randint(10_000_000, 99_999_999)}"
    good = _dni.calc_check_digit(body)
    return body + g.rnd.choice([ch for ch in "TRWAGMYFPDXBNJZSQVHLCKE" if ch != good])


def iban(g: Gen, country: str, spaced: bool = True) -> str:
    if country == "ES":
        bank = g.rnd.choice(["2085", "0182", "2100", "0049", "3191"]) + g.digits(4)
        acct = g.digits(10)
        ccc = bank + "00" + acct
        ccc = bank + _ccc.calc_check_digits(ccc) + acct
        bban = ccc
    elif country == "DE":
        bban = g.rnd.choice(["42050001", "43050001", "36050105", "42060000", "44050199"]) + g.digits(10)
    elif country == "FR":
        bban = g.rnd.choice(["30004", "10278", "11306", "20041", "13825"]) + g.digits(5) + g.digits(11) + g.digits(2)
    elif country == "IT":
        bban = g.code("A") + g.rnd.choice(["03069", "02008", "05034", "08673", "03111"]) + g.digits(5) + g.digits(12)
    else:
        raise ValueError(country)
    number = country + _iban.calc_check_digits(country + "00" + bban) + bban
    assert _iban.is_valid(number), country
    return _iban.format(number) if spaced else number


def cpf(g: Gen, dotted: bool = True) -> str:
    d = g.valid(lambda: g.digits(11), lambda x: _cpf.is_valid(x) and len(set(x)) > 1)
    return _cpf.format(d) if dotted else d


def tckimlik(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    d = body + _tck.calc_check_digits(body)
    assert _tck.is_valid(d)
    return d


def tckimlik_decoy(g: Gen) -> str:
    """Eleven digits, not starting with 0, failing the T.C. kimlik no's check digits (a ticket card number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _tck.is_valid(x))


def vkn(g: Gen) -> str:
    return g.valid(lambda: g.digits(10), _vkn.is_valid)


def nir(g: Gen, born: date, female: bool) -> str:
    body = f"{2 if female else 1}{born.year % 100:02d}{born.month:02d}{g.rnd.choice(['83', '13', '06'])}" \
           f"{g.rnd.randint(1, 300):03d}{g.rnd.randint(1, 999):03d}"
    d = body + _nir.calc_check_digits(body)
    assert _nir.is_valid(d)
    return d


_AUSWEIS = "CFGHJKLMNPRTVWXYZ"


def ausweis_check(body: str) -> str:
    """The check digit of a German identity card's document number (weights 7, 3, 1; letters A=10 ... Z=35)."""
    total = sum((int(ch) if ch.isdigit() else ord(ch) - 55) * (7, 3, 1)[i % 3] for i, ch in enumerate(body))
    return str(total % 10)


def ausweis_is_valid(value: str) -> bool:
    """Whether ``value`` is a German identity card number (nine characters and the 7-3-1 check digit)."""
    value = value.strip().upper()
    return (len(value) == 10 and all(ch in _AUSWEIS + "0123456789" for ch in value[:9]) and value[9].isdigit()
            and value[0] in _AUSWEIS and ausweis_check(value[:9]) == value[9])


def ausweis(g: Gen) -> str:
    body = g.rnd.choice("LMNT") + "".join(g.rnd.choice(_AUSWEIS + "0123456789") for _ in range(8))
    return body + ausweis_check(body)


# -- stadium and ticketing vocabulary (written for v110) ---------------------------------------------------------------


def seat(g: Gen) -> str:
    return f"{g.rnd.choice(['A', 'B', 'C', 'D', 'E', 'F'])}{g.rnd.randint(101, 334)}-R{g.rnd.randint(1, 38)}-" \
           f"S{g.rnd.randint(1, 30)}"
