"""Values of held-out set v108 (:mod:`benchmarks.classification.heldout_v108`): v108's random source, and names,
streets, cities, clinics and free-text snippets written by hand for v108's fertility, donation, surrogacy, cord-blood
and genetic-testing systems (no Faker, no list of real people, no breach data), phones checked with phonenumbers and
identifiers with check digits computed and checked with python-stdnum.

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
from stdnum.br import cpf as _cpf
from stdnum.ca import sin as _sin
from stdnum.cz import rc as _rc
from stdnum.de import idnr as _idnr
from stdnum.dk import cpr as _cpr
from stdnum.fr import nir as _nir
from stdnum.gb import nhs as _nhs
from stdnum.gr import amka as _amka
from stdnum.ie import pps as _pps
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.jp import in_ as _mynumber
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _za

from benchmarks.classification.heldout_v2 import Column

SEED = 108_311_2026
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v108's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNK", "?",
    "not known", "declined", "nil", "0", "k.A.", "unbekannt", "inconnu", "néant", "não informado", "ignorado",
    "ukendt", "ingen", "neuvedeno", "nezjištěno", "不明", "なし", "άγνωστο", "-ΚΕΝΟ-", "refused", "TBC")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v108:{SEED}:{table}")

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
        first = self.rnd.choice([1, 27, 49, 58, 101, 110, 115, 120, 121, 124, 144, 180, 203])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2001:8003", "2403:5800", "2406:3400", "2001:4479"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(6))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        keep = max(len(nsn) - 7, 1) if region in ("US", "CA") else max(len(nsn) - 6, 1)

        def make() -> str:
            if region in ("US", "CA"):
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


AREAS = {"US": ["585", "716", "315", "612", "651", "952", "763"], "CA": ["604", "778", "250", "236"]}

# -- names (written for v108) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Brennan", "Quentin", "Darnell", "Ezra", "Mateus", "Kieran", "Leland", "Rashad", "Silas", "Torin"],
           ["Marisa", "Delaney", "Kendra", "Talia", "Bethany", "Renata", "Jocelyn", "Imani", "Corinne", "Adaline"],
           ["Vanderbeek", "Oyelaran", "Przybylski", "Halvorsen", "Castellanos", "Mulcahey", "Strickland",
            "Iwasaki", "Lindqvist-Moore", "Brightwater", "Ferraro", "Gunderson", "Pettibone", "Amundsen"]),
    "gb": (["Rupert", "Hamish", "Jasper", "Idris", "Finley", "Ravi", "Ellis", "Osian"],
           ["Harriet", "Philippa", "Tamsin", "Nadia", "Rosie", "Ffion", "Annabel", "Keeley"],
           ["Featherstone", "Ainsworth", "Chaudhry", "Pennington", "Ogundipe", "Haverfield", "Tregear", "Woolley",
            "Castleton", "Mirza", "Bramwell", "Lockyer"]),
    "ca": (["Gabriel", "Jaspreet", "Callum", "Dmitri", "Hiroshi", "Rowan", "Malik", "Théo"],
           ["Genevieve", "Manpreet", "Sienna", "Mei-Lin", "Brooklyn", "Océane", "Parisa", "Kaitlyn"],
           ["Dhaliwal", "McAllister", "Bouchard-Lee", "Wojcik", "Thunderchild", "Nakamura-Reid", "Grewal",
            "Fairweather", "Lachance", "Sokolov", "Ng-Tremblay", "Harrigan"]),
    "za": (["Sipho", "Thabo", "Pieter", "Mandla", "Riaan", "Kagiso", "Yusuf", "Lwazi"],
           ["Nomvula", "Anele", "Marelize", "Lerato", "Fatima", "Zanele", "Chantelle", "Palesa"],
           ["Dlamini", "van der Merwe", "Mokoena", "Botha", "Ndlovu", "Pillay", "Khumalo", "Erasmus", "Mahlangu",
            "Jacobs", "Naidoo", "Steenkamp"]),
    "ie": (["Donnacha", "Eoghan", "Cillian", "Seán", "Pádraig", "Kacper", "Conall", "Diarmuid"],
           ["Caoimhe", "Nuala", "Siún", "Aisling", "Deirdre", "Emer", "Zuzanna", "Órla"],
           ["Ó Ceallaigh", "Buckley", "Mac Cárthaigh", "Twomey", "Ní Dhonnchadha", "Crowley", "Lenihan", "Sheehan",
            "Ó Murchú", "Kowalska", "Desmond", "Hurley"]),
    "in": (["Aditya", "Rahul", "Sai Kiran", "Nikhil", "Faisal", "Venkat", "Pranav", "Suresh"],
           ["Divya", "Swathi", "Nandini", "Aparna", "Ruksana", "Keerthi", "Madhuri", "Sravani"],
           ["Reddy", "Rao", "Naidu", "Varma", "Siddiqui", "Chowdary", "Goud", "Sharma", "Kumar", "Bhatt", "Hussain",
            "Murthy"]),
    "au": (["Lachie", "Hamish", "Jarrah", "Kai", "Brodie", "Declan", "Thanh", "Mitchell"],
           ["Matilda", "Kirra", "Isla", "Bridie", "Sienna", "Tahlia", "Linh", "Georgia"],
           ["Ferguson", "Papadakis", "Nguyen", "O'Loughlin", "Whitlam-Hayes", "Costa", "Kennedy", "Tran",
            "McKenzie", "Holcombe", "Russo", "Blackwood"]),
    "de": (["Maximilian", "Korbinian", "Florian", "Quirin", "Benedikt", "Kemal", "Leonhard", "Vitus"],
           ["Theresa", "Franziska", "Magdalena", "Veronika", "Elif", "Kathrin", "Johanna", "Resi"],
           ["Huber", "Obermaier", "Wimmer", "Schwaiger", "Brandl", "Öztürk", "Gruber", "Hintermeier", "Stadler",
            "Lechner", "Eder", "Zellner"]),
    "fr": (["Rémi", "Baptiste", "Kylian", "Nordine", "Grégoire", "Hugo", "Antonin", "Damien"],
           ["Élodie", "Capucine", "Laëtitia", "Soraya", "Margaux", "Bérénice", "Pauline", "Inès"],
           ["Girardet", "Chevalier", "Bonnefoy", "Mansouri", "Perrin", "Rochat", "Faure", "Vial", "Berthier",
            "Delorme", "Charvet", "Guillot"]),
    "br": (["Gustavo", "Rafael", "Leandro", "Vinícius", "Matheus", "Rogério", "Fábio", "Júnior"],
           ["Fernanda", "Camila", "Tatiane", "Bruna", "Priscila", "Aline", "Débora", "Letícia"],
           ["Oliveira", "Moraes", "Gonçalves", "Vasconcelos", "Barros", "Rezende", "Tavares", "Pimentel",
            "Ribeiro", "Lacerda", "Fontes", "Assunção"]),
    "da": (["Mads", "Rasmus", "Frederik", "Anders", "Jonas", "Søren", "Ahmad", "Kasper"],
           ["Mette", "Sofie", "Camilla", "Ida", "Signe", "Louise", "Amira", "Freja"],
           ["Kjærgaard", "Vestergaard", "Thomsen", "Mikkelsen", "Bjerre", "Østergaard", "Lauridsen", "Dalsgaard",
            "Madsen", "Holm", "Sørensen", "Brøndum"]),
    "cs": (["Jakub", "Ondřej", "Tomáš", "Vojtěch", "Lukáš", "Matěj", "Radek", "Petr"],
           ["Tereza", "Kateřina", "Lucie", "Veronika", "Barbora", "Adéla", "Markéta", "Klára"],
           ["Dvořák", "Procházka", "Kučera", "Horák", "Němec", "Pokorný", "Marek", "Sedláček", "Růžička",
            "Zeman", "Kolář", "Beneš"]),
    "ja": (["健太", "直樹", "亮", "和也", "智也", "翼", "悠斗", "浩二"],
           ["香織", "麻衣", "沙織", "智子", "菜々子", "優花", "綾乃", "舞"],
           ["田中", "山口", "井上", "木村", "林", "清水", "山崎", "池田", "橋本", "阿部", "石井", "前田"]),
    "el": (["Γιώργος", "Δημήτρης", "Νίκος", "Κωνσταντίνος", "Παναγιώτης", "Χρήστος", "Στέλιος", "Άγγελος"],
           ["Μαρία", "Ελένη", "Κατερίνα", "Δέσποινα", "Αναστασία", "Σοφία", "Βασιλική", "Χρυσούλα"],
           ["Παπαδοπούλου", "Γεωργίου", "Καραγιάννη", "Νικολάου", "Ιωαννίδου", "Βλάχου", "Θεοδωρίδου",
            "Αθανασίου", "Μαυρίδου", "Κωνσταντινίδου", "Τσακίρη", "Χατζηπαύλου"]),
}

#: Japanese names in katakana (kana columns)
JA_KANA = {"田中": "タナカ", "山口": "ヤマグチ", "井上": "イノウエ", "木村": "キムラ", "林": "ハヤシ", "清水": "シミズ",
           "山崎": "ヤマザキ", "池田": "イケダ", "橋本": "ハシモト", "阿部": "アベ", "石井": "イシイ", "前田": "マエダ",
           "健太": "ケンタ", "直樹": "ナオキ", "亮": "リョウ", "和也": "カズヤ", "智也": "トモヤ", "翼": "ツバサ",
           "悠斗": "ユウト", "浩二": "コウジ", "香織": "カオリ", "麻衣": "マイ", "沙織": "サオリ", "智子": "トモコ",
           "菜々子": "ナナコ", "優花": "ユウカ", "綾乃": "アヤノ", "舞": "マイ"}

#: Greek names written in Latin letters (for e-mail addresses)
EL_LATIN = {"Μαρία": "maria", "Ελένη": "eleni", "Κατερίνα": "katerina", "Δέσποινα": "despoina",
            "Αναστασία": "anastasia", "Σοφία": "sofia", "Βασιλική": "vasiliki", "Χρυσούλα": "chrysoula",
            "Γιώργος": "giorgos", "Δημήτρης": "dimitris", "Νίκος": "nikos", "Κωνσταντίνος": "kostas",
            "Παναγιώτης": "panagiotis", "Χρήστος": "christos", "Στέλιος": "stelios", "Άγγελος": "aggelos"}


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``."""
    male, fem, fam = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.5
    return g.rnd.choice(fem if female else male), g.rnd.choice(fam)


def whole(g: Gen, lang: str = "us", female: bool | None = None) -> str:
    a, b = person(g, lang, female)
    return f"{b} {a}" if lang == "ja" else f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() or ch == ".")


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(70, 99)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def latin_email(g: Gen, lang: str) -> str:
    """An e-mail of a Japanese or Greek person (romanized local part)."""
    if lang == "el":
        local = g.rnd.choice(list(EL_LATIN.values()))
    else:
        local = g.rnd.choice(["kaori", "mai.t", "naoki", "saori", "kenta", "ayano", "tomoko", "yuka", "ryo",
                              "kazuya"])
    return f"{local}{g.rnd.choice(['', '.', '_'])}{g.rnd.randint(1, 9999)}@{g.rnd.choice(DOMAINS[lang])}"


def any_email(g: Gen, lang: str) -> str:
    return latin_email(g, lang) if lang in ("ja", "el") else email_of(g, *person(g, lang), DOMAINS[lang])


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "frontiernet.net"],
    "gb": ["gmail.com", "hotmail.co.uk", "btinternet.com", "sky.com", "outlook.com"],
    "ca": ["gmail.com", "shaw.ca", "telus.net", "hotmail.com", "outlook.com"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "outlook.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "optusnet.com.au", "outlook.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "br": ["gmail.com", "hotmail.com", "uol.com.br", "terra.com.br"],
    "da": ["gmail.com", "hotmail.dk", "jubii.dk", "mail.dk"],
    "cs": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com"],
    "ja": ["docomo.ne.jp", "au.com", "gmail.com", "yahoo.co.jp"],
    "el": ["gmail.com", "yahoo.gr", "otenet.gr", "hotmail.com"],
}

# -- places (written for v108) -----------------------------------------------------------------------------------------

#: (city, county, ZIP prefix) in western New York
US_NY = [("Rochester", "Monroe", "146"), ("Buffalo", "Erie", "142"), ("Canandaigua", "Ontario", "144"),
         ("Batavia", "Genesee", "140"), ("Geneseo", "Livingston", "144"), ("Brockport", "Monroe", "144"),
         ("Syracuse", "Onondaga", "132")]
US_NY_STREETS = ["Monroe Ave", "East Ave", "Culver Rd", "Elmwood Ave", "Westfall Rd", "Lyell Ave", "Chili Ave",
                 "Penfield Rd", "Hertel Ave", "Winton Rd S", "Ridge Rd W", "Clover St"]
#: (city, ZIP prefix) in Minnesota
US_MN = [("Minneapolis", "554"), ("Saint Paul", "551"), ("Bloomington", "554"), ("Rochester", "559"),
         ("Duluth", "558"), ("Eden Prairie", "553"), ("Woodbury", "551"), ("Mankato", "560")]
US_MN_STREETS = ["Lyndale Ave S", "Grand Ave", "Snelling Ave N", "Hiawatha Ave", "Como Ave", "Summit Ave",
                 "Penn Ave N", "Cedar Lake Rd", "Excelsior Blvd", "Rice St"]
GB_CITIES = [("Guildford", "GU1"), ("Woking", "GU21"), ("Epsom", "KT18"), ("Reigate", "RH2"), ("Farnham", "GU9"),
             ("Crawley", "RH10"), ("Kingston upon Thames", "KT1"), ("Dorking", "RH4")]
GB_STREETS = ["Epsom Road", "Portsmouth Road", "Chertsey Street", "Guildford Park Avenue", "Station Approach",
              "Ashley Road", "Brighton Road", "Hook Heath Road", "Waverley Lane", "Deepdene Vale"]
CA_CITIES = [("Vancouver", "V5K"), ("Burnaby", "V5H"), ("Surrey", "V3S"), ("Richmond", "V6X"), ("Kelowna", "V1Y"),
             ("Victoria", "V8W"), ("Nanaimo", "V9R"), ("Coquitlam", "V3J")]
CA_STREETS = ["Kingsway", "Commercial Dr", "Fraser Hwy", "No. 3 Rd", "Lakeshore Rd", "Fort St", "Dewdney Trunk Rd",
              "Hastings St", "Lonsdale Ave", "Oak Bay Ave"]
ZA_CITIES = [("Cape Town", "8001"), ("Stellenbosch", "7600"), ("Bellville", "7530"), ("Somerset West", "7130"),
             ("Paarl", "7646"), ("Durbanville", "7550"), ("Khayelitsha", "7784"), ("George", "6530")]
ZA_STREETS = ["Voortrekker Road", "Main Road", "Dorp Street", "Kloof Street", "Bird Street", "Lansdowne Road",
              "Durban Road", "Church Street", "Strand Street", "Spine Road"]
IE_CITIES = [("Cork", "T12"), ("Ballincollig", "P31"), ("Cobh", "P24"), ("Mallow", "P51"), ("Midleton", "P25"),
             ("Kinsale", "P17"), ("Bandon", "P72"), ("Youghal", "P36")]
IE_STREETS = ["Douglas Road", "Bóthar an Ghleanna", "Blarney Street", "Model Farm Road", "Sundays Well Road",
              "Ballyvolane Park", "Carrigrohane Road", "Ard na Laoi", "Skehard Road", "Old Youghal Road"]
IN_CITIES = [("Hyderabad", "500"), ("Secunderabad", "500"), ("Warangal", "506"), ("Vijayawada", "520"),
             ("Visakhapatnam", "530"), ("Guntur", "522"), ("Karimnagar", "505"), ("Nellore", "524")]
IN_STREETS = ["Road No. 12, Banjara Hills", "Jubilee Hills Check Post Road", "Kukatpally Housing Board Colony",
              "Madhapur Ayyappa Society", "Dilsukhnagar Main Road", "Ameerpet X Roads", "Himayat Nagar Lane 3",
              "Gachibowli Telecom Nagar", "Benz Circle Road", "MVP Colony Sector 4"]
AU_CITIES = [("Melbourne", "VIC", "3000"), ("Geelong", "VIC", "3220"), ("Ballarat", "VIC", "3350"),
             ("Bendigo", "VIC", "3550"), ("Hobart", "TAS", "7000"), ("Adelaide", "SA", "5000"),
             ("Canberra", "ACT", "2600"), ("Wollongong", "NSW", "2500")]
DE_CITIES = [("München", "80331"), ("Freising", "85354"), ("Dachau", "85221"), ("Rosenheim", "83022"),
             ("Landshut", "84028"), ("Erding", "85435"), ("Augsburg", "86150"), ("Starnberg", "82319")]
DE_STREETS = ["Leopoldstraße", "Rosenheimer Straße", "Landsberger Straße", "Am Anger", "Kirchweg", "Isarstraße",
              "Hauptplatz", "Gartenstraße", "Lindwurmstraße", "Föhrenweg"]
FR_CITIES = [("Lyon", "69003"), ("Villeurbanne", "69100"), ("Vénissieux", "69200"), ("Bron", "69500"),
             ("Caluire-et-Cuire", "69300"), ("Vienne", "38200"), ("Bourg-en-Bresse", "01000"),
             ("Saint-Étienne", "42000")]
FR_STREETS = ["rue Garibaldi", "cours Gambetta", "avenue Jean Jaurès", "rue de la République", "montée du Gourguillon",
              "impasse des Tilleuls", "rue Paul Bert", "chemin des Vignes", "boulevard des Belges", "allée des Cèdres"]
BR_CITIES = [("São Paulo", "SP", "01"), ("Campinas", "SP", "13"), ("Santo André", "SP", "09"),
             ("Guarulhos", "SP", "07"), ("Sorocaba", "SP", "18"), ("Ribeirão Preto", "SP", "14"),
             ("São José dos Campos", "SP", "12")]
BR_STREETS = ["Rua Augusta", "Av. Paulista", "Rua Teodoro Sampaio", "Alameda Santos", "Rua Haddock Lobo",
              "Av. Brigadeiro Faria Lima", "Rua dos Pinheiros", "Rua Vergueiro", "Av. Norte-Sul", "Rua Barão de Jaguara"]
DK_CITIES = [("Aarhus C", "8000"), ("Viby J", "8260"), ("Risskov", "8240"), ("Randers", "8900"),
             ("Silkeborg", "8600"), ("Horsens", "8700"), ("Odense C", "5000"), ("København N", "2200")]
DK_STREETS = ["Jægergårdsgade", "Frederiks Allé", "Nørrebrogade", "Vestergade", "Skovvejen", "Marselis Boulevard",
              "Ringgaden", "Søndergade", "Bøgevej", "Havnegade"]
CZ_CITIES = [("Brno", "602 00"), ("Blansko", "678 01"), ("Vyškov", "682 01"), ("Znojmo", "669 02"),
             ("Jihlava", "586 01"), ("Olomouc", "779 00"), ("Zlín", "760 01"), ("Hodonín", "695 01")]
CZ_STREETS = ["Kotlářská", "Údolní", "Lidická", "Cejl", "Masarykova", "Štefánikova", "Husova", "Bayerova",
              "Na Kopečku", "Palackého třída"]
JA_CITIES = [("福岡市中央区", "810"), ("福岡市博多区", "812"), ("北九州市小倉北区", "802"), ("久留米市", "830"),
             ("春日市", "816"), ("糸島市", "819")]
JA_STREETS = ["天神2丁目8-34", "大名1丁目3-11", "博多駅前4丁目15-2", "香椎照葉3-5-7", "魚町1丁目4-21",
              "六本松2丁目12-9", "白金1丁目7-3"]
EL_CITIES = [("Θεσσαλονίκη", "546"), ("Καλαμαριά", "551"), ("Εύοσμος", "562"), ("Πυλαία", "555"),
             ("Κατερίνη", "601"), ("Σέρρες", "621"), ("Βέροια", "591"), ("Κιλκίς", "611")]
EL_STREETS = ["Εγνατίας", "Τσιμισκή", "Βασιλίσσης Όλγας", "Δελφών", "Λαγκαδά", "Μητροπόλεως", "Αγίου Δημητρίου",
              "Κωνσταντινουπόλεως", "Παπαναστασίου", "Ολύμπου"]


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(2, 3_900) if lang == "us" else g.rnd.randint(1, 160)
    if lang in ("de", "da", "cs", "el"):
        return f"{s} {n}" if lang != "cs" else f"{s} {n}/{g.rnd.randint(1, 40)}"
    if lang == "br":
        return f"{s}, {n}"
    if lang == "ja":
        return s
    if lang == "in":
        return f"H.No. {g.rnd.randint(1, 12)}-{g.rnd.randint(1, 300)}, {s}"
    if lang == "fr":
        return f"{n} {s}" if g.rnd.random() < 0.8 else f"{n} bis {s}"
    return f"{n} {s}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    d = g.valid(make, _ssn.is_valid)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dashed else d


def us_ssn_decoy(g: Gen) -> str:
    """A cycle number shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    area = g.rnd.choice(["000", "666", f"9{g.digits(2)}"])
    return f"{area}-{g.digits(2)}-{g.digits(4)}"


def nhs(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(4, 6)) + g.digits(9), _nhs.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def nhs_decoy(g: Gen) -> str:
    """Ten digits failing the NHS number's check (a collection kit number)."""
    return g.valid(lambda: str(g.rnd.randint(4, 6)) + g.digits(9), lambda x: not _nhs.is_valid(x))


def ca_sin(g: Gen) -> str:
    body = str(g.rnd.choice([1, 2, 3, 4, 5, 6, 7, 9])) + g.digits(7)
    d = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(d)
    return f"{d[:3]} {d[3:6]} {d[6:]}" if g.rnd.random() < 0.6 else d


def luhn_decoy(g: Gen, n: int, first: str = "123456789") -> str:
    """``n`` digits failing the Luhn check (shaped like a SIN)."""
    return g.valid(lambda: g.rnd.choice(first) + g.digits(n - 1), lambda x: not luhn.is_valid(x))


def za_id(g: Gen, born: date, female: bool) -> str:
    seq = g.rnd.randint(0, 4999) if female else g.rnd.randint(5000, 9999)
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:04d}{g.rnd.choice('0001')}8"
    d = body + luhn.calc_check_digit(body)
    assert _za.is_valid(d)
    return d


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits failing the South African ID check (a requisition number)."""
    return g.valid(lambda: "25" + g.digits(11), lambda x: not _za.is_valid(x))


def pps(g: Gen) -> str:
    return g.valid(lambda: g.digits(7) + g.rnd.choice(string.ascii_uppercase[:23]) + g.rnd.choice(["", "", "A"]),
                   _pps.is_valid)


def aadhaar(g: Gen, spaced: bool = True) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if spaced else d


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (a sample barcode)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def pan(g: Gen, last: str) -> str:
    initial = (plain(last)[:1] or "X").upper()
    return g.valid(lambda: g.code("AAA") + "P" + initial + g.code("9999A"), _pan.is_valid)


def steuer_id(g: Gen) -> str:
    def make() -> str:
        pool = list("0123456789")
        g.rnd.shuffle(pool)
        head = pool[:9]
        head.insert(g.rnd.randint(0, 9), head[g.rnd.randint(0, 8)])
        body = "".join(head)
        from stdnum.iso7064 import mod_11_10
        return body + mod_11_10.calc_check_digit(body)

    return g.valid(make, _idnr.is_valid)


def nir(g: Gen, born: date, female: bool) -> str:
    body = f"{2 if female else 1}{born.year % 100:02d}{born.month:02d}{g.rnd.choice(['69', '38', '01', '42'])}" \
           f"{g.rnd.randint(1, 300):03d}{g.rnd.randint(1, 999):03d}"
    d = body + _nir.calc_check_digits(body)
    assert _nir.is_valid(d)
    return d


def cpf(g: Gen, dotted: bool = True) -> str:
    d = g.valid(lambda: g.digits(11), lambda x: _cpf.is_valid(x) and len(set(x)) > 1)
    return _cpf.format(d) if dotted else d


def cpr(g: Gen, born: date, dashed: bool = True) -> str:
    if born.year < 2000:
        seventh = g.rnd.choice("0123")
    else:
        seventh = g.rnd.choice("4" if born.year % 100 < 37 else "5")
    d = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{seventh}{g.digits(3)}"
    assert _cpr.is_valid(d) and _cpr.get_birth_date(d) == born
    return f"{d[:6]}-{d[6:]}" if dashed else d


def cpr_decoy(g: Gen) -> str:
    """Ten digits shaped like a CPR number (``DDMMYY-XXXX``) whose date is impossible (an order number)."""
    return f"{g.rnd.randint(32, 99)}{g.digits(2)}{g.digits(2)}-{g.digits(4)}"


def rodne_cislo(g: Gen, born: date, female: bool, slashed: bool = True) -> str:
    month = born.month + (50 if female else 0)

    def make() -> str:
        body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}"
        return body + str(int(body) % 11 % 10)

    d = g.valid(make, lambda x: _rc.is_valid(x) and int(x) % 11 == 0)
    assert _rc.get_birth_date(d) == born
    return f"{d[:6]}/{d[6:]}" if slashed else d


def rc_decoy(g: Gen) -> str:
    """Ten digits shaped like a rodné číslo (``YYMMDD/XXXX``) failing its check (a cycle number)."""
    return g.valid(lambda: f"25{g.rnd.randint(1, 12):02d}{g.rnd.randint(1, 28):02d}/{g.digits(4)}",
                   lambda x: not _rc.is_valid(x))


def my_number(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(10)
    return body + _mynumber.calc_check_digit(body)


def amka(g: Gen, born: date) -> str:
    d = g.valid(lambda: f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{g.digits(5)}", _amka.is_valid)
    assert _amka.get_birth_date(d) == born
    return d


def amka_decoy(g: Gen) -> str:
    """Eleven digits failing the AMKA check (a cord-blood unit number)."""
    return g.valid(lambda: "2508" + g.digits(7), lambda x: not _amka.is_valid(x))


def iban(g: Gen, country: str, bban: Callable[[], str], spaced: bool = False) -> str:
    def make() -> str:
        b = bban()
        return country + _iban.calc_check_digits(country + "00" + b) + b

    d = g.valid(make, _iban.is_valid)
    return _iban.format(d) if spaced else d


def card(g: Gen) -> str:
    body = g.rnd.choice(["4", "51", "52", "53", "55"])
    body += g.digits(15 - len(body))
    d = body + luhn.calc_check_digit(body)
    return f"{d[:4]} {d[4:8]} {d[8:12]} {d[12:]}" if g.rnd.random() < 0.5 else d


# -- domain vocabulary (written for v108) ------------------------------------------------------------------------------

DIAGNOSES = ["Tubal factor", "Male factor", "Unexplained", "PCOS", "Endometriosis", "Diminished ovarian reserve",
             "Same-sex couple", "Single by choice", "Recurrent pregnancy loss"]
PROTOCOLS = ["Antagonist", "Long agonist", "Mild stim", "Natural cycle", "FET HRT", "FET natural", "Duo-stim"]
HAPLO_Y = ["R1b-L21", "I2a-M423", "R1a-Z93", "E1b-V13", "J2a-M67", "G2a-P15", "N1c-L1026"]
HAPLO_MT = ["H1c", "U5b2", "K1a", "J1c2", "T2b", "H3", "V", "W6", "X2b", "HV0"]
BLOOD = ["O+", "O-", "A+", "A-", "B+", "AB+"]
