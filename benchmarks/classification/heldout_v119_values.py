"""Values of held-out set v119 (:mod:`benchmarks.classification.heldout_v119`): v119's random source, and names,
streets, cities, platforms, projects and free-text snippets written by hand for v119's crowdfunding, peer-to-peer
lending and micro-investment platforms (no Faker, no list of real people, no breach data), phones checked with
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
from stdnum.au import abn as _abn
from stdnum.au import tfn as _tfn
from stdnum.br import cnpj as _cnpj
from stdnum.br import cpf as _cpf
from stdnum.ca import sin as _sin
from stdnum.de import idnr as _idnr
from stdnum.es import cif as _cif
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.ie import pps as _pps
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva
from stdnum.jp import in_ as _mynumber
from stdnum.ke import pin as _kepin
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.tr import tckimlik as _tck
from stdnum.tr import vkn as _vkn
from stdnum.us import ein as _ein
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 119_304_2026
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v119's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNK", "?",
    "not known", "nil", "0", "TBC", "k.A.", "unbekannt", "keine", "desconocido", "sin datos", "n.d.", "nessuna",
    "brak", "brak danych", "yok", "bilinmiyor", "não informado", "sem observações", "不明", "なし", "特になし")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return ("".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")
            .replace("ł", "l").replace("ı", "i"))


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v119:{SEED}:{table}")

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

    def version(self) -> str:
        return f"{self.rnd.randint(1, 9)}.{self.rnd.randint(0, 24)}.{self.rnd.randint(0, 40)}"

    def ipv4(self) -> str:
        first = self.rnd.choice([24, 31, 41, 49, 62, 78, 81, 86, 92, 103, 105, 117, 151, 177, 185, 197])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2a01", "2a02", "2001:4860", "2405", "2c0f"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(8 - head.count(":") - 1))

    def ip(self, v6: float = 0.25) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        keep = min(2, len(nsn) - 6) if mobile else min(3, len(nsn) - 6)

        def make() -> str:
            if region == "US":
                return self.rnd.choice(US_AREAS) + str(self.rnd.randint(2, 9)) + self.digits(6)
            if region == "CA":
                return self.rnd.choice(CA_AREAS) + str(self.rnd.randint(2, 9)) + self.digits(6)
            return nsn[:keep] + self.digits(len(nsn) - keep)

        def ok(candidate: str) -> bool:
            parsed = phonenumbers.parse(f"+{example.country_code}{candidate}")
            return phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region

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


US_AREAS = ["512", "737", "210", "214", "469", "713", "817", "254"]
CA_AREAS = ["416", "647", "437", "905", "289", "613", "519"]

# -- names (written for v119) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Brantley", "Eduardo", "Quentin", "Haskell", "Darnell", "Truett", "Vikas", "Landry", "Osvaldo", "Beckett"],
           ["Marisela", "Annalise", "Journee", "Cordelia", "Leticia", "Brynlee", "Deja", "Meredith", "Thuy", "Paloma"],
           ["Castleberry", "Villarreal", "Okonjo-Pratt", "Hargrove", "Treviño", "Wojcik", "Ashby", "McCandless",
            "Nwosu", "Pemberton", "Balderas", "Lindgren", "Yarbrough", "Stanfield", "Quiroga"]),
    "gb": (["Jenson", "Harvey", "Idris", "Ravi", "Cormac", "Ellis", "Stanley", "Mohsin"],
           ["Lottie", "Ffion", "Tamsin", "Aisha", "Beatrix", "Keeley", "Georgia", "Priti"],
           ["Holroyd", "Sutcliffe", "Akhtar", "Brearley", "Oyelaran", "Thwaite", "Gledhill", "Mistry", "Ackroyd",
            "Ramsden", "Baird-Whyte", "Haigh"]),
    "ca": (["Jean-Philippe", "Harjit", "Owen", "Thanh", "Malik", "Sébastien", "Reid", "Kwame"],
           ["Geneviève", "Manpreet", "Keira", "Linh", "Océane", "Tessa", "Ifeoma", "Marlène"],
           ["Bouchard-Lam", "Grewal", "MacIsaac", "Desrosiers", "Tran", "Okwuosa", "Pelletier", "Vandermeer",
            "Haldane", "Sidhu", "Lapointe", "Szabo"]),
    "ke": (["Kipchoge", "Otieno", "Mwangi", "Wekesa", "Omondi", "Kamau", "Barasa", "Njoroge"],
           ["Wanjiru", "Akinyi", "Chebet", "Nyambura", "Atieno", "Wairimu", "Jepkosgei", "Muthoni"],
           ["Kariuki", "Odhiambo", "Kiprotich", "Wafula", "Mutua", "Ochieng", "Gitau", "Chepkemoi", "Were", "Njeri",
            "Kimani", "Onyango"]),
    "au": (["Lachie", "Kieran", "Tuan", "Hamish", "Nikos", "Brodie", "Ashwin", "Callan"],
           ["Matilda", "Shanae", "Thi Hoa", "Indi", "Georgina", "Rania", "Kirra", "Bronte"],
           ["Kowalski-Reid", "Fairweather", "Nguyen", "Papadimitriou", "McAlister", "Tuckwell", "Ferrante", "Doyle",
            "Bhattacharya", "Costigan", "Whitlam-Hay", "Yeo"]),
    "in": (["Praveen", "Abhishek", "Naveen", "Sandeep", "Irfan", "Manjunath", "Girish", "Yashwant"],
           ["Divya", "Sowmya", "Nandini", "Rukhsar", "Bhavana", "Keerthana", "Pallavi", "Sahana"],
           ["Hegde", "Gowda", "Shetty", "Nayak", "Kamath", "Siddiqui", "Reddy", "Bhat", "Acharya", "Prabhu",
            "Murthy", "Kulkarni"]),
    "ie": (["Eoin", "Shane", "Fionn", "Ronan", "Killian", "Dermot", "Tomasz", "Senan"],
           ["Ciara", "Niamh", "Aisling", "Deirdre", "Caoimhe", "Gemma", "Emer", "Zofia"],
           ["Ó Ceallaigh", "McEntee", "Geraghty", "Mac Cárthaigh", "Furlong", "Nolan", "Brosnan", "Ní Mhaoláin",
            "Doherty", "Keogh", "Kaczmarek", "Lenihan"]),
    "de": (["Niklas", "Moritz", "Kai-Uwe", "Benedikt", "Yusuf", "Hannes", "Matthias", "Sören"],
           ["Annika", "Friederike", "Leonie", "Dörte", "Elif", "Hanna", "Mareike", "Swetlana"],
           ["Brandtner", "Köhler", "Wendisch", "Großkopf", "Demir", "Lüdtke", "Schwarzer", "Pawlak", "Ahrens",
            "Heinrichs", "Zöllner", "Riedel"]),
    "es": (["Iker", "Gonzalo", "Álvaro", "Rubén", "Nicolás", "Íñigo", "Sergio", "Adrián"],
           ["Nerea", "Almudena", "Lucía", "Itziar", "Rocío", "Aitana", "Montserrat", "Begoña"],
           ["García-Olmedo", "Zubizarreta", "Peñalver", "Carrasco", "Iglesias", "Mendizábal", "Ortuño", "Benítez",
            "Salcedo", "Villalobos", "Arranz", "Echeverría"]),
    "it": (["Gianluca", "Matteo", "Davide", "Ettore", "Lorenzo", "Simone", "Pierluigi", "Tommaso"],
           ["Chiara", "Federica", "Ilaria", "Benedetta", "Giorgia", "Elisabetta", "Noemi", "Serena"],
           ["Brambilla", "Colombo", "Fumagalli", "Cattaneo", "Mapelli", "Ronchi", "Galbiati", "Bertolini",
            "Sala", "Locatelli", "Pirovano", "Zanetti"]),
    "pl": (["Bartosz", "Mikołaj", "Kacper", "Radosław", "Wojciech", "Damian", "Grzegorz", "Hubert"],
           ["Agnieszka", "Zuzanna", "Katarzyna", "Małgorzata", "Weronika", "Justyna", "Oliwia", "Dorota"],
           ["Wiśniewski", "Zając", "Kamiński", "Grabowski", "Pietrzak", "Wróblewski", "Jabłoński", "Sikora",
            "Dąbrowski", "Michalak", "Krawczyk", "Sobczak"]),
    "tr": (["Emre", "Burak", "Oğuzhan", "Serkan", "Mert", "Kaan", "Hakan", "Barış"],
           ["Elif", "Zeynep", "Büşra", "Ebru", "Gizem", "Seda", "Tuğçe", "Derya"],
           ["Yılmaz", "Şahin", "Öztürk", "Kılıç", "Aydın", "Çelik", "Erdoğan", "Koç", "Kurt", "Özdemir",
            "Arslan", "Doğan"]),
    "br": (["Gustavo", "Rafael", "Leandro", "Vinícius", "Edson", "Márcio", "Otávio", "Renan"],
           ["Fernanda", "Camila", "Letícia", "Vanessa", "Aline", "Patrícia", "Bruna", "Simone"],
           ["Oliveira", "Santos", "Rodrigues", "Pereira", "Ferraz", "Lacerda", "Moura", "Tavares", "Rezende",
            "Camargo", "Prado", "Sampaio"]),
    "ja": (["大翔", "陸", "健太", "直樹", "浩二", "颯太", "和也", "修"],
           ["葵", "さくら", "麻衣", "智子", "奈々", "里美", "優花", "明美"],
           ["田中", "山口", "小林", "加藤", "斎藤", "井上", "木村", "清水", "山崎", "池田", "橋本", "阿部"]),
}

#: Japanese family and given names in katakana (kana columns)
JA_KANA = {"田中": "タナカ", "山口": "ヤマグチ", "小林": "コバヤシ", "加藤": "カトウ", "斎藤": "サイトウ",
           "井上": "イノウエ", "木村": "キムラ", "清水": "シミズ", "山崎": "ヤマザキ", "池田": "イケダ",
           "橋本": "ハシモト", "阿部": "アベ", "大翔": "ヒロト", "陸": "リク", "健太": "ケンタ", "直樹": "ナオキ",
           "浩二": "コウジ", "颯太": "ソウタ", "和也": "カズヤ", "修": "オサム", "葵": "アオイ", "さくら": "サクラ",
           "麻衣": "マイ", "智子": "トモコ", "奈々": "ナナ", "里美": "サトミ", "優花": "ユウカ", "明美": "アケミ"}


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``."""
    male, fem, fam = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.5
    family = g.rnd.choice(fam)
    if lang == "pl" and female and family.endswith(("ski", "cki")):
        family = family[:-1] + "a"
    return g.rnd.choice(fem if female else male), family


def whole(g: Gen, lang: str = "us", female: bool | None = None) -> str:
    a, b = person(g, lang, female)
    return f"{b} {a}" if lang == "ja" else f"{a} {b}"


def given(g: Gen, lang: str = "us", female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii() or ch == ".")


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(60, 99)}",
                          f"{a}_{b[:4]}"])
    return f"{local}@{g.rnd.choice(domains)}"


def romaji_email(g: Gen, domains: list[str]) -> str:
    """An e-mail of a Japanese person (romanized local part)."""
    local = g.rnd.choice(["hiroto", "sakura", "kenta", "tomoko", "naoki", "mai.k", "souta", "akemi", "yuuka",
                          "riku", "kaz", "satomi"])
    return f"{local}{g.rnd.choice(['', '.', '_'])}{g.rnd.randint(1, 9999)}@{g.rnd.choice(domains)}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first).replace(".", ""), plain(last).replace(".", "")
    return [f"{a[0]}{b}"[:12], f"{a}.{b}", f"{b[:6]}{a[:2]}".upper(), f"{a}{len(b)}{b[:1]}"][style % 4]


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "att.net"],
    "gb": ["gmail.com", "hotmail.co.uk", "btinternet.com", "sky.com", "outlook.com"],
    "ca": ["gmail.com", "rogers.com", "bell.net", "hotmail.ca", "outlook.com"],
    "ke": ["gmail.com", "yahoo.com", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "optusnet.com.au", "outlook.com"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com"],
    "de": ["gmx.de", "web.de", "posteo.de", "t-online.de", "gmail.com"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
    "it": ["libero.it", "gmail.com", "tiscali.it", "virgilio.it", "alice.it"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "gmail.com", "o2.pl"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    "br": ["gmail.com", "hotmail.com", "uol.com.br", "terra.com.br"],
    "ja": ["docomo.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp", "icloud.com"],
}

# -- places (written for v119) -----------------------------------------------------------------------------------------

#: (city, ZIP prefix) in Texas
US_CITIES = [("Austin", "787"), ("Round Rock", "786"), ("San Marcos", "786"), ("Georgetown", "786"),
             ("Waco", "767"), ("Killeen", "765"), ("New Braunfels", "781"), ("Pflugerville", "786")]
US_STREETS = ["Burnet Rd", "S Congress Ave", "Bluebonnet Ln", "Spicewood Springs Rd", "Pecan Hollow Dr",
              "Manchaca Rd", "Live Oak Trl", "Slaughter Ln", "Caprock Cv", "Ranch Road 620", "Mesquite Bend Dr"]
US_STATES = ["TX", "TX", "TX", "TX", "OK", "NM", "LA", "CO"]
#: (town, postcode district) in West Yorkshire
GB_CITIES = [("Leeds", "LS6"), ("Bradford", "BD9"), ("Huddersfield", "HD1"), ("Wakefield", "WF1"),
             ("Halifax", "HX1"), ("Keighley", "BD21"), ("Dewsbury", "WF13"), ("Otley", "LS21")]
GB_STREETS = ["Otley Road", "Kirkstall Lane", "Manningham Lane", "Westgate", "Skircoat Green", "Cavendish Street",
              "Batley Road", "Woodhouse Grove", "Roundhay Mount", "Bramley Fold"]
CA_CITIES = [("Toronto", "M4C", "ON"), ("Mississauga", "L5B", "ON"), ("Ottawa", "K1S", "ON"),
             ("Hamilton", "L8P", "ON"), ("Waterloo", "N2L", "ON"), ("Gatineau", "J8Y", "QC"),
             ("Brampton", "L6T", "ON"), ("Oakville", "L6J", "ON")]
CA_STREETS = ["Danforth Ave", "Queen St E", "Bank St", "King St W", "Erb St", "Lakeshore Rd", "Bloor St W",
              "Gladstone Ave", "Locke St S", "Trafalgar Rd"]
KE_TOWNS = [("Nairobi", "Nairobi"), ("Kisumu", "Kisumu"), ("Eldoret", "Uasin Gishu"), ("Nakuru", "Nakuru"),
            ("Thika", "Kiambu"), ("Machakos", "Machakos"), ("Kakamega", "Kakamega"), ("Nyeri", "Nyeri")]
AU_CITIES = [("Parramatta", "2150", "NSW"), ("Newtown", "2042", "NSW"), ("Wollongong", "2500", "NSW"),
             ("Fitzroy", "3065", "VIC"), ("Geelong", "3220", "VIC"), ("Fortitude Valley", "4006", "QLD"),
             ("Newcastle", "2300", "NSW"), ("Penrith", "2750", "NSW")]
AU_STREETS = ["King Street", "Church Street", "Crown Street", "Brunswick Street", "Pakington Street", "Hunter Street",
              "Henry Parkes Way", "Marsden Street", "Wattle Grove", "Banksia Crescent"]
IN_CITIES = [("Bengaluru", "560"), ("Mysuru", "570"), ("Mangaluru", "575"), ("Hubballi", "580"), ("Chennai", "600"),
             ("Hyderabad", "500"), ("Coimbatore", "641"), ("Belagavi", "590")]
IN_STREETS = ["80 Feet Road, Koramangala 4th Block", "HSR Layout Sector 2", "Jayanagar 9th Block", "Indiranagar 100 Ft Rd",
              "Vijayanagar 2nd Stage", "Malleswaram 8th Cross", "Whitefield Main Rd", "BTM 2nd Stage 16th Main"]
IE_CITIES = [("Dublin 8", "D08"), ("Dublin 15", "D15"), ("Swords", "K67"), ("Naas", "W91"), ("Bray", "A98"),
             ("Drogheda", "A92"), ("Navan", "C15"), ("Maynooth", "W23")]
IE_STREETS = ["Thomas Street", "Castleknock Road", "Main Street", "Sallins Road", "Quinsboro Road", "Laurence Street",
              "Trim Road", "Carton Court", "Oakwood Drive", "Ard Mhuire"]
IE_COMPANIES = ["Liffey Valley Joinery Ltd", "Fingal Fresh Foods DAC", "Boyne Signs & Print Ltd",
                "Kildare Kitchens Ltd", "Wicklow Wellness Studios Ltd", "Meath Agri Hire Ltd"]
DE_CITIES = [("Berlin", "10"), ("Potsdam", "14"), ("Leipzig", "04"), ("Cottbus", "03"), ("Magdeburg", "39"),
             ("Rostock", "18"), ("Dresden", "01"), ("Frankfurt (Oder)", "15")]
DE_STREETS = ["Kastanienallee", "Boxhagener Straße", "Sonnenallee", "Karl-Marx-Allee", "Weinbergsweg",
              "Brandenburger Straße", "Lindenauer Markt", "Am Zwinger", "Kröpeliner Straße", "Breite Gasse"]
DE_BIRTHPLACES = ["Berlin", "Halle (Saale)", "Erfurt", "Schwerin", "Istanbul", "Warschau", "Chemnitz", "Kassel"]
ES_CITIES = [("Madrid", "280", "Madrid"), ("Alcalá de Henares", "288", "Madrid"), ("Getafe", "289", "Madrid"),
             ("Toledo", "450", "Toledo"), ("Guadalajara", "190", "Guadalajara"), ("Segovia", "400", "Segovia"),
             ("Móstoles", "289", "Madrid"), ("Valladolid", "470", "Valladolid")]
ES_STREETS = ["Calle de Fuencarral", "Calle de Alcalá", "Paseo de las Delicias", "Calle Mayor",
              "Avenida de la Albufera", "Calle de Embajadores", "Plaza de la Paja", "Calle del Pez"]
#: (comune, CAP, province, cadastral code)
IT_CITIES = [("MILANO", "20121", "MI", "F205"), ("MONZA", "20900", "MB", "F704"), ("BERGAMO", "24121", "BG", "A794"),
             ("BRESCIA", "25121", "BS", "B157"), ("COMO", "22100", "CO", "C933"), ("VARESE", "21100", "VA", "L682"),
             ("LECCO", "23900", "LC", "E507"), ("PAVIA", "27100", "PV", "G388")]
IT_STREETS = ["VIA PAOLO SARPI", "CORSO BUENOS AIRES", "VIA TORINO", "VIALE MONZA", "VIA XX SETTEMBRE",
              "VIA BROLETTO", "PIAZZA VECCHIA", "VIA DEI MILLE", "VIALE PIAVE", "VIA ROMA"]
PL_CITIES = [("Warszawa", "00", "mazowieckie"), ("Łódź", "90", "łódzkie"), ("Radom", "26", "mazowieckie"),
             ("Płock", "09", "mazowieckie"), ("Lublin", "20", "lubelskie"), ("Siedlce", "08", "mazowieckie"),
             ("Białystok", "15", "podlaskie"), ("Kraków", "30", "małopolskie")]
PL_STREETS = ["ul. Marszałkowska", "ul. Puławska", "al. Niepodległości", "ul. Piotrkowska", "ul. Grochowska",
              "ul. Żelazna", "ul. Lipowa", "os. Kalinowe", "ul. Wolska", "ul. Targowa"]
TR_CITIES = [("Kadıköy", "34710", "İstanbul"), ("Beşiktaş", "34353", "İstanbul"), ("Üsküdar", "34662", "İstanbul"),
             ("Çankaya", "06690", "Ankara"), ("Bornova", "35040", "İzmir"), ("Nilüfer", "16110", "Bursa"),
             ("Ataşehir", "34758", "İstanbul"), ("Konak", "35250", "İzmir")]
TR_STREETS = ["Moda Caddesi", "Bağdat Caddesi", "Barbaros Bulvarı", "Tunalı Hilmi Caddesi", "Kıbrıs Şehitleri Cad.",
              "Atatürk Bulvarı", "Çiçek Sokak", "Papatya Sokak", "Fenerbahçe Mah. Dr. Esat Işık Cad."]
BR_CITIES = [("São Paulo", "SP", "01"), ("Campinas", "SP", "13"), ("Santo André", "SP", "09"), ("Sorocaba", "SP", "18"),
             ("Guarulhos", "SP", "07"), ("Curitiba", "PR", "80"), ("Belo Horizonte", "MG", "30"),
             ("Ribeirão Preto", "SP", "14")]
BR_STREETS = ["Rua Augusta", "Av. Paulista", "Rua dos Pinheiros", "Rua Haddock Lobo", "Av. Brigadeiro Faria Lima",
              "Rua Voluntários da Pátria", "Alameda Santos", "Rua Teodoro Sampaio"]
JA_CITIES = [("世田谷区", "154", "東京都"), ("杉並区", "166", "東京都"), ("江東区", "135", "東京都"),
             ("横浜市港北区", "222", "神奈川県"), ("川崎市中原区", "211", "神奈川県"), ("さいたま市浦和区", "330", "埼玉県"),
             ("練馬区", "176", "東京都"), ("船橋市", "273", "千葉県")]
JA_STREETS = ["三軒茶屋2丁目14-3", "阿佐谷南1-8-22", "豊洲5-6-15", "日吉本町3-12-7", "小杉町1-403",
              "高砂2丁目5-9", "石神井町4-1-18", "本町7丁目2-30"]


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(100, 14_000) if lang == "us" else g.rnd.randint(1, 160)
    if lang in ("es", "de", "pl", "tr"):
        return f"{s} {n}" + (f", {g.rnd.randint(1, 6)}º {g.rnd.choice('ABCD')}" if lang == "es" else "")
    if lang == "it":
        return f"{s} {n}"
    if lang == "br":
        return f"{s}, {n}" + (f" - apto {g.rnd.randint(11, 184)}" if g.rnd.random() < 0.4 else "")
    if lang in ("ja", "in"):
        return s if lang == "ja" else f"#{n}, {s}"
    if lang == "ie":
        return f"{n} {s}"
    if lang == "au":
        return f"{g.rnd.randint(1, 40)}/{n} {s}" if g.rnd.random() < 0.3 else f"{n} {s}"
    return f"{n} {s}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    d = g.valid(make, _ssn.is_valid)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dashed else d


def us_ssn_decoy(g: Gen) -> str:
    """An offering number shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    area = g.rnd.choice(["000", "666", f"9{g.digits(2)}"])
    return f"{area}-{g.digits(2)}-{g.digits(4)}"


def us_ein(g: Gen) -> str:
    return g.valid(lambda: f"{g.rnd.choice(['74', '75', '76', '45', '46', '88'])}-{g.digits(7)}", _ein.is_valid)


_NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
_NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def nino(g: Gen) -> str:
    """A UK National Insurance number by shape (no check digit): two prefix letters, six digits, a suffix A-D."""
    def make() -> str:
        return g.rnd.choice(_NINO_FIRST) + g.rnd.choice(_NINO_SECOND)

    prefix = g.valid(make, lambda p: p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"))
    body = g.digits(6)
    suffix = g.rnd.choice("ABCD")
    return g.rnd.choice([f"{prefix}{body}{suffix}", f"{prefix} {body[:2]} {body[2:4]} {body[4:]} {suffix}"])


def nino_is_shaped(value: str) -> bool:
    v = value.replace(" ", "").upper()
    return (len(v) == 9 and v[0] in _NINO_FIRST and v[1] in _NINO_SECOND and v[2:8].isdigit() and v[8] in "ABCD"
            and v[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"))


def ca_sin(g: Gen) -> str:
    body = str(g.rnd.choice([1, 2, 3, 4, 5, 6, 7])) + g.digits(7)
    d = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(d)
    return g.rnd.choice([f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", d])


def luhn_decoy(g: Gen, n: int, first: str = "123456789") -> str:
    """``n`` digits failing the Luhn check (an account number shaped like a SIN)."""
    return g.valid(lambda: g.rnd.choice(first) + g.digits(n - 1), lambda x: not luhn.is_valid(x))


def card(g: Gen) -> str:
    body = g.rnd.choice(["4", "51", "52", "55", "2221"])
    body += g.digits(15 - len(body))
    d = body + luhn.calc_check_digit(body)
    return g.rnd.choice([d, " ".join(d[i:i + 4] for i in range(0, 16, 4)), "-".join(d[i:i + 4] for i in range(0, 16, 4))])


def ke_pin(g: Gen) -> str:
    return g.valid(lambda: "A" + g.digits(9) + g.rnd.choice(string.ascii_uppercase), _kepin.is_valid)


def ke_pin_business(g: Gen) -> str:
    return g.valid(lambda: "P" + g.digits(9) + g.rnd.choice(string.ascii_uppercase), _kepin.is_valid)


def tfn(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(8), _tfn.is_valid)
    return g.rnd.choice([d, f"{d[:3]} {d[3:6]} {d[6:]}"])


def tfn_is_valid(value: str) -> bool:
    return _tfn.is_valid(value)


def abn(g: Gen) -> str:
    body = g.digits(9)
    d = _abn.calc_check_digits(body) + body
    assert _abn.is_valid(d)
    return _abn.format(d)


def aadhaar(g: Gen, spaced: bool = True) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if spaced else d


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (an escrow or loan agreement number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def pan(g: Gen) -> str:
    return g.valid(lambda: g.code("AAA") + "P" + g.code("A9999A"), _pan.is_valid)


def pps(g: Gen) -> str:
    return g.valid(lambda: g.digits(7) + g.rnd.choice(string.ascii_uppercase[:23]) + g.rnd.choice(["", "", "A"]),
                   _pps.is_valid)


def steuer_id(g: Gen) -> str:
    """A German tax identification number: ten digits where one digit occurs twice, then a check digit."""
    def make() -> str:
        ds = g.rnd.sample(string.digits, 9)
        ds.append(g.rnd.choice(ds))
        g.rnd.shuffle(ds)
        b = "".join(ds)
        return b + _idnr.mod_11_10.calc_check_digit(b)

    d = g.valid(make, lambda x: x[0] != "0" and _idnr.is_valid(x))
    return g.rnd.choice([d, f"{d[:2]} {d[2:5]} {d[5:8]} {d[8:]}"])


def dni(g: Gen) -> str:
    body = f"{g.rnd.randint(1_000_000, 79_999_999):08d}"
    return body + _dni.calc_check_digit(body)


def nie(g: Gen) -> str:
    body = g.rnd.choice("XYZ") + g.digits(7)
    d = body + _nie.calc_check_digit(body)
    assert _nie.is_valid(d)
    return d


def dni_decoy(g: Gen) -> str:
    """Eight digits and a letter failing the DNI letter (a file number)."""
    return g.valid(lambda: g.digits(8) + g.rnd.choice("TRWAGMYFPDXBNJZSQVHLCKE"), lambda x: not _dni.is_valid(x))


def es_cif(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("AB") + g.digits(8), _cif.is_valid)


_CF_MONTHS = "ABCDEHLMPRST"


def _cf_part(text: str, given_name: bool) -> str:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vows = [ch for ch in letters if ch in "AEIOU"]
    if given_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return "".join((cons + vows + ["X", "X", "X"])[:3])


def codice_fiscale(surname: str, name: str, born: date, female: bool, place_code: str) -> str:
    body = (_cf_part(surname, False) + _cf_part(name, True) + f"{born.year % 100:02d}" + _CF_MONTHS[born.month - 1]
            + f"{born.day + (40 if female else 0):02d}" + place_code)
    d = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(d)
    return d


def partita_iva(g: Gen) -> str:
    return g.valid(lambda: g.digits(7) + g.rnd.choice(["015", "096", "163", "017"]) + g.digits(1), _iva.is_valid)


def iban(g: Gen, country: str, bban: Callable[[], str]) -> str:
    def make() -> str:
        b = bban()
        return country + _iban.calc_check_digits(country + "00" + b) + b

    d = g.valid(make, _iban.is_valid)
    return g.rnd.choice([d, _iban.format(d)])


def pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    serial = g.digits(3) + str(g.rnd.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial}"
    d = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(d)
    return d


def pesel_decoy(g: Gen) -> str:
    """Eleven digits with a plausible date failing the PESEL check (a loan agreement number)."""
    def make() -> str:
        return f"{g.rnd.randint(50, 99):02d}{g.rnd.randint(1, 12):02d}{g.rnd.randint(1, 28):02d}{g.digits(5)}"

    return g.valid(make, lambda x: not _pesel.is_valid(x))


def pl_id_card(g: Gen) -> str:
    """A Polish identity card number by shape (three letters, six digits)."""
    return g.code("AAA999999")


def nip(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(9), _nip.is_valid)


def tc_kimlik(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    d = body + _tck.calc_check_digits(body)
    assert _tck.is_valid(d)
    return d


def tc_kimlik_decoy(g: Gen) -> str:
    """Eleven digits failing the T.C. kimlik check (a contract number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _tck.is_valid(x))


def vkn(g: Gen) -> str:
    return g.valid(lambda: g.digits(10), _vkn.is_valid)


def cpf(g: Gen, dotted: bool = True) -> str:
    d = g.valid(lambda: g.digits(11), lambda x: _cpf.is_valid(x) and len(set(x)) > 1)
    return _cpf.format(d) if dotted else d


def cpf_decoy(g: Gen) -> str:
    """Eleven digits failing the CPF check (a loan proposal code)."""
    return g.valid(lambda: g.digits(11), lambda x: not _cpf.is_valid(x))


def cnpj(g: Gen) -> str:
    d = g.valid(lambda: g.digits(8) + "0001" + g.digits(2), _cnpj.is_valid)
    return _cnpj.format(d)


def my_number(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(10)
    d = body + _mynumber.calc_check_digit(body)
    assert _mynumber.is_valid(d)
    return g.rnd.choice([d, f"{d[:4]} {d[4:8]} {d[8:]}"])


# -- platform vocabulary (written for v119) ----------------------------------------------------------------------------

US_PROPERTIES = ["Riverside Lofts Phase II", "Mueller Row Townhomes", "Hill Country Self Storage Fund",
                 "Eastside Duplex Portfolio", "Cedar Park Medical Office", "Barton Creek Build-to-Rent"]
IRA_CUSTODIANS = [("Lone Star Trust Custody", "US"), ("Prairie Self-Directed IRA Services", "US"),
                  ("Bluebonnet Retirement Custodians", "US")]
KE_BUSINESS = ["Mama mboga (vegetables)", "Boda boda transport", "Tailoring", "M-Pesa agent", "Salon", "Poultry",
               "Second-hand clothes (mitumba)", "Kiosk"]
KE_CHAMAS = ["Umoja Women Group", "Tujijenge Self Help Group", "Baraka Traders Chama", "Mwangaza Youth Group"]
AU_ISSUERS = ["Bondi Brewing Collective Pty Ltd", "Kangaroo Valley Cheese Co Pty Ltd", "SolarShare Hunter Pty Ltd",
              "Fitzroy Bike Kitchen Pty Ltd", "Reef Kelp Farms Pty Ltd"]
DE_PROJECTS = ["Photovoltaik Lausitz III", "Mittelstandskredit Bäckerei", "Betriebsmittel Tischlerei",
               "Wohnprojekt Prenzlauer Berg", "Windpark Uckermark II", "Onlinehandel Lagererweiterung"]
ES_PROJECTS = [("Bodega Ribera Alta", "Bodegas Ribera Alta SL"), ("Coliving Lavapiés", "Lavapiés Living SL"),
               ("Aceite Montes de Toledo", "Almazara Montes SA"), ("App Reparto Verde", "Reparto Verde Tech SL"),
               ("Cervecería Malasaña", "Malasaña Craft SL")]
IT_PROJECTS = ["PRJ-CASCINA-LODI", "PRJ-RISTR-BERGAMO", "PRJ-SOLARE-PAVIA", "PRJ-LOFT-NAVIGLI", "PRJ-VIGNA-FRANCIAC"]
TR_CAMPAIGNS = [("Anadolu Tarım Teknolojileri", "Tohum Yazılım A.Ş."), ("Kadıköy Kahve Kooperatifi", "Moda Kahve A.Ş."),
                ("Ege Güneş Paneli", "EgeSolar Enerji A.Ş."), ("Mobil Veteriner", "PatiVet Teknoloji A.Ş.")]
BR_EMPLOYERS = ["Padaria Pão Quente Ltda", "Transportes Rodovale Ltda", "Clínica Sorriso Paulista Ltda",
                "Mercadinho Bom Preço ME", "Construtora Alicerce Ltda"]
JA_FUNDS = ["不動産担保ローンファンド第12号", "再エネ事業者支援ファンド3号", "中小企業つなぎ融資ファンド27号",
            "ホテル開発ブリッジファンド5号", "物流倉庫ローンファンド9号"]
