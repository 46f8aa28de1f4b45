"""Values of held-out set v117 (:mod:`benchmarks.classification.heldout_v117`): v117's random source, and names,
streets, cities, companies and free-text snippets written by hand for v117's coworking spaces, virtual offices and
mail-forwarding services (no Faker, no list of real people, no breach data), phones checked with phonenumbers and
identifiers with check digits computed and checked with python-stdnum (SNILS and the Polish identity card number are
computed and checked here).

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
from stdnum.es import cif as _cif
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.gb import utr as _utr
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva
from stdnum.jp import cn as _houjin
from stdnum.nl import bsn as _bsn
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.pl import regon as _regon
from stdnum.ru import inn as _inn
from stdnum.th import pin as _thpin
from stdnum.th import tin as _thtin
from stdnum.tr import tckimlik as _kimlik
from stdnum.tr import vkn as _vkn
from stdnum.us import ein as _ein
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 117_2026_0431
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v117's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "?", "nil",
    "0", "not provided", "desconocido", "sin datos", "sconosciuto", "n.d.", "onbekend", "geen", "brak", "nie dotyczy",
    "bilinmiyor", "yok", "不明", "なし", "нет", "неизвестно", "ไม่ระบุ")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "") \
        .replace("ł", "l").replace("ı", "i")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v117:{SEED}:{table}")

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

    def version(self) -> str:
        return f"{self.rnd.randint(1, 6)}.{self.rnd.randint(0, 30)}.{self.rnd.randint(0, 12)}"

    def mac(self) -> str:
        return ":".join(f"{self.rnd.randint(0, 255):02x}" for _ in range(6))

    def ipv4(self) -> str:
        first = self.rnd.choice([24, 49, 58, 71, 82, 86, 92, 101, 110, 171, 176, 185, 203, 212])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2001:db8", "2a00:23c5", "2406:3003", "2605:a601"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(6))

    def ip(self, v6: float = 0.25) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        keep = max(len(nsn) - 6, 1)

        def make() -> str:
            if region in AREAS:
                return self.rnd.choice(AREAS[region]) + str(self.rnd.randint(2, 9)) + self.digits(6)
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
        if fmt == "dashes" and region in AREAS:
            d = "".join(ch for ch in national if ch.isdigit())[-10:]
            return f"{d[:3]}-{d[3:6]}-{d[6:]}"
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


#: North American area codes used for the US, Canadian and Jamaican phones
AREAS = {"US": ["512", "737", "312", "773", "872"], "CA": ["604", "778", "236"], "JM": ["876", "658"]}

# -- names (written for v117) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Brantley", "Deshawn", "Ezequiel", "Grady", "Hollis", "Jovan", "Landry", "Tobin", "Wyatt", "Ravi"],
           ["Annalise", "Briony", "Cheyenne", "Dulce", "Harlow", "Kinsley", "Marisa", "Renata", "Tatum", "Wren"],
           ["Ambrose", "Benavides", "Castellanos", "Dunleavy", "Espinoza", "Fairbanks", "Gutowski", "Hargrove",
            "Lindqvist-Moore", "Mabry", "Okonkwo", "Pettigrew", "Quarles", "Stroud", "Villarreal", "Yoakum"]),
    "gb": (["Alasdair", "Brodie", "Callum", "Euan", "Fraser", "Harris", "Kieran", "Ruaridh", "Jamal", "Tomasz"],
           ["Ailsa", "Catriona", "Eilidh", "Iona", "Kirsty", "Morven", "Rhona", "Shona", "Priya", "Zofia"],
           ["Abernethy", "Buchanan", "Dalgleish", "Farquharson", "Gillespie", "Lamont", "MacIver", "Ogilvie",
            "Rennie", "Sinclair", "Urquhart", "Whitelaw", "Chaudhry", "Nowicki"]),
    "mcr": (["Aiden", "Bilal", "Corey", "Danny", "Ellis", "Harvey", "Jude", "Reece", "Theo", "Usman"],
            ["Abbie", "Chloe", "Demi", "Faye", "Gemma", "Jess", "Keeley", "Nadia", "Remi", "Tia"],
            ["Ainscough", "Birtwistle", "Cheetham", "Entwistle", "Grundy", "Haworth", "Kershaw", "Lomax",
             "Mahmood", "Openshaw", "Pilkington", "Ramsbottom", "Sutcliffe", "Whittaker"]),
    "jm": (["Andre", "Dwayne", "Jermaine", "Kemar", "Odane", "Rushane", "Shamar", "Tyrone", "Delroy", "Oneil"],
           ["Alecia", "Kimone", "Latoya", "Nordia", "Shanique", "Tashana", "Yanique", "Sherece", "Trudy-Ann",
            "Keisha"],
           ["Bailey", "Campbell", "Ebanks", "Grant", "McFarlane", "Morrison", "Powell", "Reid", "Samuels",
            "Thompson", "Wint", "Chin", "Lue", "Spence"]),
    "au": (["Angus", "Bodhi", "Cooper", "Darcy", "Hamish", "Lachie", "Nguyen", "Ollie", "Rory", "Tane"],
           ["Alkira", "Brooke", "Georgie", "Indi", "Jacinta", "Matilda", "Mei", "Sienna", "Tegan", "Willow"],
           ["Bancroft", "Coulthard", "Dwyer", "Fitzgerald", "Goh", "Kovacevic", "McAlister", "Nguyen", "Papadakis",
            "Rafferty", "Tran", "Wilkes", "Yeung", "Zappia"]),
    "ca": (["Arjun", "Bennett", "Dario", "Everett", "Jasper", "Kai", "Malcolm", "Rowan", "Soren", "Yusuf"],
           ["Aditi", "Bronwyn", "Chloé", "Fiona", "Haruka", "Jolene", "Mackenzie", "Paloma", "Selena", "Tamsin"],
           ["Bjornson", "Chow", "Desjardins", "Grewal", "Harcourt", "Kwan", "Lindgren", "McTavish", "Nakamura",
            "Okafor", "Prescott", "Sandhu", "Thibodeau", "Wong"]),
    "th": (["Anucha", "Chaiwat", "Kittisak", "Nattapong", "Pongsak", "Somchai", "Thanawat", "Wirot", "Prasert",
            "Sakda"],
           ["Apinya", "Chanida", "Kanokwan", "Malee", "Nareerat", "Pimchanok", "Siriporn", "Waraporn", "Duangjai",
            "Rattana"],
           ["Boonmee", "Chaiyaporn", "Jantarasook", "Kaewkanya", "Limthongkul", "Phromsuwan", "Rattanakorn",
            "Saetang", "Srisuk", "Thongdee", "Wongsakul", "Yimsiri"]),
    "es": (["Álvaro", "Borja", "Ferran", "Iñaki", "Jorge", "Marcos", "Pau", "Rubén", "Vicent", "Youssef"],
           ["Amparo", "Carla", "Inmaculada", "Lorena", "Maite", "Nerea", "Paula", "Rocío", "Vicenta", "Yaiza"],
           ["Aparicio", "Beltrán", "Cervera", "Domingo", "Esteve", "Ferrándiz", "Gimeno", "Llorens", "Monzó",
            "Navarro", "Peris", "Ribera", "Soler", "Tormo"]),
    "it": (["Alessio", "Davide", "Emanuele", "Filippo", "Gianluca", "Matteo", "Nicolò", "Riccardo", "Samuele",
            "Vittorio"],
           ["Alessia", "Beatrice", "Chiara", "Federica", "Gaia", "Ilaria", "Ludovica", "Martina", "Noemi", "Serena"],
           ["Bassi", "Brambilla", "Colombo", "Fumagalli", "Galbiati", "Invernizzi", "Locatelli", "Mapelli",
            "Oggioni", "Pirovano", "Redaelli", "Sala", "Tagliabue", "Villa"]),
    "nl": (["Bram", "Daan", "Gijs", "Jelle", "Mees", "Ruben", "Sem", "Thijs", "Mohamed", "Ivo"],
           ["Anouk", "Femke", "Iris", "Lotte", "Maud", "Noor", "Roos", "Sanne", "Yasmina", "Fleur"],
           ["Bakker", "Dekker", "Hoekstra", "Jansen", "Kuipers", "Meijer", "Mulder", "Postma", "Schouten",
            "Smit", "Verbeek", "Visser", "El Idrissi", "Wijnands"]),
    "pl": (["Bartosz", "Damian", "Grzegorz", "Jakub", "Kacper", "Łukasz", "Mateusz", "Paweł", "Szymon", "Wojciech"],
           ["Agnieszka", "Dorota", "Ewelina", "Joanna", "Katarzyna", "Magdalena", "Natalia", "Sylwia", "Weronika",
            "Zuzanna"],
           ["Adamczyk", "Baran", "Czarnecki", "Dudek", "Górski", "Jabłoński", "Kaczmarek", "Michalski", "Pawlak",
            "Sikora", "Wróblewski", "Zając", "Urban", "Ostrowski"]),
    "tr": (["Barış", "Burak", "Emre", "Furkan", "Kaan", "Mert", "Onur", "Serkan", "Tolga", "Yiğit"],
           ["Aslı", "Büşra", "Derya", "Ebru", "Gizem", "İrem", "Merve", "Selin", "Tuğba", "Zeynep"],
           ["Akbulut", "Aydoğan", "Çakır", "Demirtaş", "Erdem", "Güler", "Kaplan", "Karaca", "Özkan", "Polat",
            "Sarı", "Tekin", "Uysal", "Yavuz"]),
    "ja": (["悠斗", "颯太", "陽向", "湊", "大和", "健太", "直樹", "和也", "亮", "修"],
           ["葵", "芽依", "莉子", "紗希", "美穂", "沙織", "麻衣", "優奈", "香織", "楓"],
           ["古賀", "江口", "原田", "樋口", "永田", "野口", "井上", "坂本", "田中", "中島", "堤", "末永"]),
    "ru": (["Алексей", "Дмитрий", "Егор", "Кирилл", "Максим", "Никита", "Павел", "Роман", "Тимур", "Ярослав"],
           ["Алина", "Валерия", "Дарья", "Екатерина", "Ксения", "Марина", "Полина", "Светлана", "Юлия", "Ольга"],
           ["Белов", "Воронцов", "Громов", "Жуков", "Зайцев", "Климов", "Лебедев", "Медведев", "Никитин", "Орлов",
            "Соболев", "Тихонов", "Фролов", "Шестаков"]),
}

#: Japanese names in katakana (kana columns)
JA_KANA = {"悠斗": "ユウト", "颯太": "ソウタ", "陽向": "ヒナタ", "湊": "ミナト", "大和": "ヤマト", "健太": "ケンタ",
           "直樹": "ナオキ", "和也": "カズヤ", "亮": "リョウ", "修": "オサム", "葵": "アオイ", "芽依": "メイ",
           "莉子": "リコ", "紗希": "サキ", "美穂": "ミホ", "沙織": "サオリ", "麻衣": "マイ", "優奈": "ユウナ",
           "香織": "カオリ", "楓": "カエデ", "古賀": "コガ", "江口": "エグチ", "原田": "ハラダ", "樋口": "ヒグチ",
           "永田": "ナガタ", "野口": "ノグチ", "井上": "イノウエ", "坂本": "サカモト", "田中": "タナカ",
           "中島": "ナカシマ", "堤": "ツツミ", "末永": "スエナガ"}

#: Russian patronymics (male, female) by father's name
RU_PATRONYMICS = [("Алексеевич", "Алексеевна"), ("Дмитриевич", "Дмитриевна"), ("Игоревич", "Игоревна"),
                  ("Сергеевич", "Сергеевна"), ("Викторович", "Викторовна"), ("Андреевич", "Андреевна"),
                  ("Олегович", "Олеговна"), ("Николаевич", "Николаевна")]

_CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                 "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"], strict=True))


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``."""
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
    return f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def plain(text: str) -> str:
    text = "".join(_CYR.get(ch, ch) for ch in text.lower())
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(70, 99)}",
                          f"{a}_{b[:3]}"])
    return f"{local}@{g.rnd.choice(domains)}"


def romaji_email(g: Gen, domains: list[str]) -> str:
    """An e-mail of a Japanese person (romanized local part)."""
    local = g.rnd.choice(["yuto", "sota", "hinata", "minato", "aoi", "mei", "riko", "saki", "kaori", "naoki",
                          "k.inoue", "tanaka.m"])
    return f"{local}{g.rnd.choice(['', '.', '_'])}{g.rnd.randint(1, 9999)}@{g.rnd.choice(domains)}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first), plain(last)
    return [f"{a[0]}{b}"[:12], f"{a}.{b}", f"{b[:6]}{a[:2]}".upper(), f"{a}{len(b)}{b[:1]}"][style % 4]


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me"],
    "gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "icloud.com"],
    "mcr": ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk"],
    "jm": ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com.au", "icloud.com"],
    "ca": ["gmail.com", "shaw.ca", "telus.net", "outlook.com"],
    "th": ["gmail.com", "hotmail.com", "outlook.co.th", "yahoo.com"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net"],
    "it": ["gmail.com", "libero.it", "virgilio.it", "hotmail.it", "tiscali.it"],
    "nl": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl", "outlook.com"],
    "pl": ["gmail.com", "wp.pl", "onet.pl", "o2.pl", "interia.pl"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    "ja": ["gmail.com", "yahoo.co.jp", "icloud.com", "softbank.ne.jp"],
    "ru": ["yandex.ru", "mail.ru", "gmail.com", "bk.ru", "rambler.ru"],
}

# -- places (written for v117) -----------------------------------------------------------------------------------------

#: (city, ZIP prefix) in central Texas
TX_CITIES = [("Austin", "787"), ("Round Rock", "786"), ("Pflugerville", "786"), ("Cedar Park", "786"),
             ("San Marcos", "786"), ("Georgetown", "786"), ("Kyle", "786"), ("Leander", "786")]
TX_STREETS = ["Burleson Rd", "Manchaca Rd", "E Cesar Chavez St", "Brodie Ln", "Slaughter Ln", "Parmer Ln",
              "Red Bud Trl", "Kinney Ave", "Rundberg Ln", "Wells Branch Pkwy", "Bluebonnet Ln", "Pecan Hollow Dr"]
#: (city, ZIP prefix) around Chicago
IL_CITIES = [("Chicago", "606"), ("Evanston", "602"), ("Oak Park", "603"), ("Skokie", "600"), ("Naperville", "605"),
             ("Schaumburg", "601"), ("Cicero", "608"), ("Berwyn", "604")]
IL_STREETS = ["N Milwaukee Ave", "W Belmont Ave", "S Halsted St", "N Lincoln Ave", "W Division St", "S Ashland Ave",
              "N Clark St", "W Irving Park Rd", "Sheridan Rd", "S Pulaski Rd"]
#: Greater Manchester postcode districts
MCR_DISTRICTS = ["M1", "M4", "M14", "M16", "M20", "M21", "SK4", "OL1", "BL1", "WA14", "M33", "M41"]
#: (town, postcode district) in Scotland
SC_TOWNS = [("Edinburgh", "EH6"), ("Edinburgh", "EH11"), ("Leith", "EH6"), ("Musselburgh", "EH21"),
            ("Livingston", "EH54"), ("Dunfermline", "KY11"), ("Kirkcaldy", "KY1"), ("Stirling", "FK8"),
            ("Glasgow", "G12"), ("Falkirk", "FK1")]
SC_STREETS = ["Leith Walk", "Easter Road", "Dalry Road", "Gorgie Road", "Comely Bank Avenue", "Marchmont Crescent",
              "Craigentinny Avenue", "Bruntsfield Place", "Ferry Road", "Pitt Street", "Morningside Drive"]
#: (town, parish) in Jamaica
JM_TOWNS = [("Kingston", "Kingston"), ("Half Way Tree", "St. Andrew"), ("Portmore", "St. Catherine"),
            ("Spanish Town", "St. Catherine"), ("May Pen", "Clarendon"), ("Mandeville", "Manchester"),
            ("Montego Bay", "St. James"), ("Ocho Rios", "St. Ann"), ("Old Harbour", "St. Catherine")]
JM_STREETS = ["Hope Road", "Constant Spring Road", "Red Hills Road", "Molynes Road", "Washington Boulevard",
              "Barbican Road", "Braeton Parkway", "Old Hope Road", "Mannings Hill Road", "Hagley Park Road"]
#: (suburb, postcode, state) around Sydney
AU_SUBURBS = [("Surry Hills", "2010", "NSW"), ("Marrickville", "2204", "NSW"), ("Parramatta", "2150", "NSW"),
              ("Chatswood", "2067", "NSW"), ("Bondi", "2026", "NSW"), ("Newtown", "2042", "NSW"),
              ("Blacktown", "2148", "NSW"), ("Cronulla", "2230", "NSW"), ("Queanbeyan", "2620", "NSW"),
              ("Gold Coast", "4217", "QLD")]
AU_STREETS = ["Crown St", "Illawarra Rd", "Church St", "Victoria Ave", "Campbell Pde", "King St", "Flushcombe Rd",
              "Gerrale St", "Monaro St", "Chevron Island Rd", "Wattle Grove", "Banksia Cres"]
#: (city, postal prefix) around Vancouver
BC_CITIES = [("Vancouver", "V5L"), ("Vancouver", "V6A"), ("Burnaby", "V5H"), ("Richmond", "V6X"),
             ("North Vancouver", "V7L"), ("Surrey", "V3S"), ("New Westminster", "V3M"), ("Coquitlam", "V3K")]
#: (Bangkok district, postcode)
TH_DISTRICTS = [("Pathum Wan", "10330"), ("Bang Rak", "10500"), ("Khlong Toei", "10110"), ("Watthana", "10110"),
                ("Chatuchak", "10900"), ("Huai Khwang", "10310"), ("Sathon", "10120"), ("Bang Na", "10260"),
                ("Nonthaburi", "11000")]
TH_STREETS = ["Sukhumvit Soi 31", "Phetchaburi Road", "Rama IV Road", "Soi Ari 4", "Ratchadaphisek Road",
              "Charoen Krung Soi 42", "Phahonyothin Soi 7", "Sathorn Tai Road", "Soi Thonglor 13", "Bangna-Trad Road"]
ES_CITIES = [("València", "46001"), ("València", "46022"), ("Torrent", "46900"), ("Paterna", "46980"),
             ("Gandia", "46700"), ("Sagunt", "46500"), ("Burjassot", "46100"), ("Alzira", "46600")]
ES_STREETS = ["Carrer de Russafa", "Avinguda del Port", "Calle de Cuba", "Carrer de Sueca", "Avenida Blasco Ibáñez",
              "Calle Doctor Sumsi", "Carrer del Mar", "Camí Reial", "Calle de la Reina", "Plaça de la Mare de Déu"]
#: (city, CAP, province) in Lombardy
IT_CITIES = [("Milano", "20121", "MI"), ("Milano", "20135", "MI"), ("Monza", "20900", "MB"), ("Sesto San Giovanni",
             "20099", "MI"), ("Lecco", "23900", "LC"), ("Bergamo", "24121", "BG"), ("Como", "22100", "CO"),
             ("Varese", "21100", "VA")]
IT_STREETS = ["Via Padova", "Viale Monza", "Corso di Porta Romana", "Via Lorenteggio", "Via dei Mille",
              "Via Giuseppe Mazzini", "Piazzale Loreto", "Via Paolo Sarpi", "Viale Lombardia", "Via Borgo Palazzo"]
#: places of birth (name, cadastral code)
IT_BIRTHPLACES = [("MILANO", "F205"), ("MONZA", "F704"), ("BERGAMO", "A794"), ("NAPOLI", "F839"),
                  ("PALERMO", "G273"), ("LECCO", "E507"), ("TORINO", "L219"), ("BARI", "A662")]
NL_CITIES = [("Rotterdam", "30"), ("Schiedam", "31"), ("Vlaardingen", "31"), ("Capelle aan den IJssel", "29"),
             ("Barendrecht", "29"), ("Delft", "26"), ("Dordrecht", "33"), ("Spijkenisse", "32")]
NL_STREETS = ["Nieuwe Binnenweg", "Zwart Janstraat", "Beijerlandselaan", "Goudsesingel", "Kleiweg",
              "Groene Hilledijk", "Slinge", "Lange Haven", "Oostvest", "Burgemeester de Raadtsingel"]
PL_CITIES = [("Wrocław", "50"), ("Wrocław", "53"), ("Oleśnica", "56"), ("Oława", "55"), ("Legnica", "59"),
             ("Świdnica", "58"), ("Wałbrzych", "58"), ("Długołęka", "55")]
PL_STREETS = ["ul. Legnicka", "ul. Grabiszyńska", "ul. Kościuszki", "ul. Traugutta", "ul. Jedności Narodowej",
              "al. Karkonoska", "ul. Ślężna", "ul. Krzywoustego", "pl. Grunwaldzki", "ul. Hubska"]
#: (district, postcode) in Ankara
TR_DISTRICTS = [("Çankaya", "06690"), ("Keçiören", "06280"), ("Yenimahalle", "06370"), ("Etimesgut", "06790"),
                ("Mamak", "06270"), ("Gölbaşı", "06830"), ("Sincan", "06930"), ("Altındağ", "06050")]
TR_STREETS = ["Atatürk Bulvarı", "Tunalı Hilmi Caddesi", "Bahçelievler 7. Cadde", "Mevlana Bulvarı",
              "Kızılırmak Sokak", "Cinnah Caddesi", "Gazi Mustafa Kemal Bulvarı", "Ziya Gökalp Caddesi"]
#: (Fukuoka municipality, postal prefix)
JA_CITIES = [("福岡市博多区", "812"), ("福岡市中央区", "810"), ("福岡市早良区", "814"), ("北九州市小倉北区", "802"),
             ("久留米市", "830"), ("春日市", "816"), ("糸島市", "819"), ("大野城市", "816")]
JA_STREETS = ["博多駅前3丁目2-8", "天神2丁目11-3", "大名1丁目9-27", "高宮4丁目5-1", "西新6丁目1-10",
              "香椎駅前1丁目7-2", "魚町2丁目6-14", "六本松3丁目4-22"]
#: (city, postal prefix) in Siberia
RU_CITIES = [("Новосибирск", "630"), ("Бердск", "633"), ("Искитим", "633"), ("Обь", "633"), ("Томск", "634"),
             ("Барнаул", "656"), ("Кемерово", "650"), ("Академгородок", "630")]
RU_STREETS = ["ул. Кирова", "Красный проспект", "ул. Фрунзе", "ул. Гоголя", "проспект Карла Маркса",
              "ул. Ильича", "ул. Немировича-Данченко", "Морской проспект", "ул. Бориса Богаткова"]


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(100, 14_800) if lang == "us" else g.rnd.randint(1, 180)
    if lang in ("es", "it", "nl", "pl"):
        flat = f"/{g.rnd.randint(1, 40)}" if lang == "pl" and g.rnd.random() < 0.6 else ""
        return f"{s}, {n}" if lang in ("es", "it") else f"{s} {n}{flat}"
    if lang == "tr":
        return f"{s} No:{n} D:{g.rnd.randint(1, 24)}"
    if lang == "ru":
        return f"{s}, д. {n}, кв. {g.rnd.randint(1, 220)}"
    if lang == "ja":
        return s
    if lang == "th":
        return f"{n}/{g.rnd.randint(1, 90)} {s}"
    if lang == "au" and g.rnd.random() < 0.4:
        return f"{g.rnd.randint(1, 30)}/{n} {s}"
    return f"{n} {s}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    d = g.valid(make, _ssn.is_valid)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dashed else d


def us_ssn_decoy(g: Gen, dashed: bool = True) -> str:
    """Nine digits shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    area = g.rnd.choice(["000", "666", f"9{g.digits(2)}"])
    d = f"{area}{g.digits(2)}{g.digits(4)}"
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dashed else d


def ein(g: Gen) -> str:
    d = g.valid(lambda: g.rnd.choice(["36", "20", "27", "46", "81", "83"]) + g.digits(7), _ein.is_valid)
    return f"{d[:2]}-{d[2:]}"


def card(g: Gen) -> str:
    body = g.rnd.choice(["4", "51", "52", "54", "55", "2221"])
    body += g.digits(15 - len(body))
    d = body + luhn.calc_check_digit(body)
    return g.rnd.choice([d, f"{d[:4]} {d[4:8]} {d[8:12]} {d[12:]}", f"{d[:4]}-{d[4:8]}-{d[8:12]}-{d[12:]}"])


def utr(g: Gen) -> str:
    return g.valid(lambda: g.digits(10), _utr.is_valid)


def abn(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _abn.is_valid)
    return _abn.format(d)


def th_pin(g: Gen, dashed: bool) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 5)) + g.digits(12), _thpin.is_valid)
    return _thpin.format(d) if dashed else d


def th_pin_decoy(g: Gen) -> str:
    """Thirteen digits failing the Thai PIN's check (an invoice number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 5)) + g.digits(12), lambda x: not _thpin.is_valid(x))


def th_company_tin(g: Gen) -> str:
    return g.valid(lambda: "0105" + g.digits(9), lambda x: _thtin.is_valid(x) and _thtin.tin_type(x) == "moa")


def dni(g: Gen) -> str:
    body = g.digits(8)
    return body + _dni.calc_check_digit(body)


def nie(g: Gen) -> str:
    body = g.rnd.choice("XYZ") + g.digits(7)
    return body + _nie.calc_check_digit(body)


def dni_decoy(g: Gen) -> str:
    """Eight digits and a letter that is not the DNI's check letter (a contract number)."""
    return g.valid(lambda: g.digits(8) + g.rnd.choice("TRWAGMYFPDXBNJZSQVHLCKE"), lambda x: not _dni.is_valid(x))


def cif(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("BBBAJ") + g.digits(7) + g.rnd.choice(string.digits + "ABCDEFGHIJ"),
                   _cif.is_valid)


def iban(g: Gen, country: str, length: int, spaced: bool = False, bban: Callable[[], str] | None = None) -> str:
    def make() -> str:
        body = bban() if bban else g.digits(length - 4)
        return country + _iban.calc_check_digits(country + "00" + body) + body

    d = g.valid(make, _iban.is_valid)
    return _iban.format(d) if spaced else d


_CF_MONTHS = "ABCDEHLMPRST"


def codice_fiscale(g: Gen, first: str, last: str, born: date, female: bool, place: str) -> str:
    def part(text: str, is_name: bool) -> str:
        letters = [ch for ch in fold(text).upper() if ch.isalpha()]
        cons = [ch for ch in letters if ch not in "AEIOU"]
        vows = [ch for ch in letters if ch in "AEIOU"]
        if is_name and len(cons) >= 4:
            cons = [cons[0], cons[2], cons[3]]
        return "".join(cons + vows + ["X", "X", "X"])[:3]

    day = born.day + (40 if female else 0)
    body = f"{part(last, False)}{part(first, True)}{born.year % 100:02d}{_CF_MONTHS[born.month - 1]}{day:02d}{place}"
    value = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(value) and _cf.get_birth_date(value) == born
    return value


def partita_iva(g: Gen) -> str:
    return g.valid(lambda: g.digits(7) + g.rnd.choice(["015", "108", "016", "013"]) + g.digits(1), _iva.is_valid)


def bsn(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 7)) + g.digits(8), _bsn.is_valid)


def bsn_decoy(g: Gen) -> str:
    """Nine digits failing the eleven-test (a contract number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 7)) + g.digits(8), lambda x: not _bsn.is_valid(x))


def nl_document(g: Gen) -> str:
    """A Dutch identity card or passport number: two letters, six letters or digits, a digit (no O)."""
    letters = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
    return g.digits(2, letters) + g.digits(6, letters + "123456789") + g.digits(1, "123456789")


def pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + {18: 80, 19: 0, 20: 20}[born.year // 100]
    serial = g.digits(3) + str(g.rnd.choice("02468" if female else "13579"))
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial}"
    value = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(value) and _pesel.get_birth_date(value) == born
    return value


def pesel_decoy(g: Gen) -> str:
    """Eleven digits failing PESEL's check (a contract number)."""
    return g.valid(lambda: g.digits(11), lambda x: not _pesel.is_valid(x))


_PL_WEIGHTS = (7, 3, 1, 9, 7, 3, 1, 7, 3)


def pl_id_card_is_valid(value: str) -> bool:
    """Whether ``value`` is a valid Polish identity card number (three letters, a check digit, five digits)."""
    value = value.replace(" ", "").upper()
    if len(value) != 9 or not value[:3].isalpha() or not value[:3].isascii() or not value[3:].isdigit():
        return False
    numbers = [ord(ch) - 55 for ch in value[:3]] + [0] + [int(ch) for ch in value[4:]]
    return sum(w * n for w, n in zip(_PL_WEIGHTS, numbers, strict=True)) % 10 == int(value[3])


def pl_id_card(g: Gen) -> str:
    letters = "A" + g.digits(2, string.ascii_uppercase) if g.rnd.random() < 0.3 else g.digits(3, "CDEFGHJKLMNPRSTUVWXZ")
    tail = g.digits(5)
    numbers = [ord(ch) - 55 for ch in letters] + [0] + [int(ch) for ch in tail]
    check = sum(w * n for w, n in zip(_PL_WEIGHTS, numbers, strict=True)) % 10
    value = f"{letters}{check}{tail}"
    assert pl_id_card_is_valid(value)
    return value


def nip(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(9), _nip.is_valid)
    return g.rnd.choice([d, f"{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:]}"])


def regon(g: Gen) -> str:
    return g.valid(lambda: "02" + g.digits(7), _regon.is_valid)


def kimlik(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    return body + _kimlik.calc_check_digits(body)


def kimlik_decoy(g: Gen) -> str:
    """Eleven digits failing the T.C. kimlik no check (a contract number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _kimlik.is_valid(x))


def vkn(g: Gen) -> str:
    return g.valid(lambda: g.digits(10), _vkn.is_valid)


def houjin(g: Gen) -> str:
    body = g.rnd.choice(["2", "3", "4", "6", "7"]) + "2900" + g.digits(7)
    return _houjin.calc_check_digit(body) + body


def inn_personal(g: Gen) -> str:
    body = g.rnd.choice(["54", "70", "22", "42"]) + g.digits(8)
    return body + _inn.calc_personal_check_digits(body)


def inn_company(g: Gen) -> str:
    body = g.rnd.choice(["54", "70"]) + g.digits(7)
    return body + _inn.calc_company_check_digit(body)


def inn_decoy(g: Gen) -> str:
    """Twelve digits failing the personal INN's check (a contract number)."""
    return g.valid(lambda: "54" + g.digits(10), lambda x: not _inn.is_valid(x))


def snils_check(body: str) -> str:
    total = sum(int(ch) * (9 - i) for i, ch in enumerate(body))
    while total > 101:
        total %= 101
    return "00" if total in (100, 101) else f"{total:02d}"


def snils_is_valid(value: str) -> bool:
    """Whether ``value`` is a valid Russian SNILS (nine digits above 001-001-998 and two check digits)."""
    d = "".join(ch for ch in value if ch.isdigit())
    return len(d) == 11 and int(d[:9]) > 1_001_998 and snils_check(d[:9]) == d[9:]


def snils(g: Gen) -> str:
    body = g.valid(lambda: g.digits(9), lambda x: int(x) > 1_001_998)
    d = body + snils_check(body)
    assert snils_is_valid(d)
    return f"{d[:3]}-{d[3:6]}-{d[6:9]} {d[9:]}"


# -- coworking, virtual office and mail-forwarding vocabulary (written for v117) ---------------------------------------

US_BUSINESSES = ["Lonestar Drone Mapping LLC", "Pecan Street Candles", "Hollis & Ambrose Consulting",
                 "Barton Creek Bookkeeping", "Agave Logic LLC", "Two Rivers Print Co", "Caprock Remote Tax"]
GB_COMPANIES = ["Ancoats Pixel Ltd", "Mill Lane Analytics Ltd", "Irwell Copywriting", "Red Brick Games Ltd",
                "Salford Quays Audio", "Northern Loop Studio Ltd", "Tib Street Ceramics"]
SC_COMPANIES = ["Thistle Ledger Ltd", "Forth Bridge Ventures Ltd", "Arthur's Seat Media Ltd",
                "Granton Harbour Holdings Ltd", "Caledonia Tech Advisory Ltd", "Pentland Software Ltd",
                "Lothian Imports Ltd", "Broughton Street Design Ltd"]
AU_SENDERS = ["Australian Taxation Office", "Service NSW", "ASIC", "Westpac", "NAB", "Origin Energy", "Medicare",
              "Sydney Water", "AusPost Parcel Locker", "Telstra", "Commonwealth Bank", "NRMA Insurance"]
IL_COMPANIES = ["LAKEVIEW FREIGHT BROKERS", "PILSEN TRANSLATIONS INC", "WICKER PARK DIGITAL LLC",
                "BRONZEVILLE CPA GROUP", "RAVENSWOOD HEALTH STAFFING", "LOOP TITLE SERVICES"]
CA_COMPANIES = ["Northshore Analytics", "Granville Legal LLP", "Cascadia Robotics", "Main Street Media",
                "Kits Beach Ventures", "Fraser Valley Logistics", "Salish Sea Design"]
TH_COMPANIES = ["Siam Nomad Co., Ltd.", "Krungthep Pixel Co., Ltd.", "Chao Phraya Digital Co., Ltd.",
                "Lumpini Code Co., Ltd.", "Ari Creative Studio Co., Ltd."]
ES_COMPANIES = ["Taronja Digital SL", "Albufera Consultores SL", "Turia Exports SL", "Ruzafa Estudio SLU",
                "Levante Traducciones SL", "Mediterrània Apps SL"]
IT_COMPANIES = ["NAVIGLI CONSULENZA SRL", "BRERA DESIGN STUDIO SRLS", "LAMBRO LOGISTICA SRL",
                "ISOLA SOFTWARE SRL", "TICINESE IMPORT EXPORT SRL", "GALLARATESE SERVIZI SRLS"]
NL_COMPANIES = ["Maasstad Webdesign", "Kralingen Advies B.V.", "Delfshaven Media", "Kop van Zuid Consultancy",
                "Erasmus Vertalingen", "Blijdorp Bouwtekeningen", "Hillegersberg Coaching"]
PL_COMPANIES = ["Odra Software Sp. z o.o.", "Ostrów Tumski Consulting", "Nadodrze Studio Sp. z o.o.",
                "Krasnal Media", "Hala Stulecia Events Sp. z o.o.", "Biskupin Tłumaczenia"]
TR_COMPANIES = ["Kızılay Yazılım Ltd. Şti.", "Tunalı Danışmanlık A.Ş.", "Anıtkabir Medya Ltd. Şti.",
                "Bilkent Mühendislik Ltd. Şti.", "Eymir Tasarım", "Atakule Dış Ticaret Ltd. Şti."]
JA_COMPANIES = ["株式会社博多ネクスト", "合同会社天神ラボ", "株式会社玄界デザイン", "一般社団法人九州創業支援",
                "株式会社中洲トレーディング", "合同会社糸島クラフト"]
RU_COMPANIES = ["ООО «Академсофт»", "ООО «Сибирский код»", "ИП-студия «Обская»", "ООО «Новые линии»",
                "ООО «Кедр Аналитика»", "ООО «Триал-Проект»"]
