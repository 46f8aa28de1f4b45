"""Values of held-out set v113 (:mod:`benchmarks.classification.heldout_v113`): v113's random source, and names,
streets, cities, agencies and free-text snippets written by hand for v113's domestic staffing and household
employment systems (no Faker, no list of real people, no breach data), phones checked with phonenumbers and
identifiers with check digits computed and checked with python-stdnum (the German pension insurance number and the
Spanish social security affiliation number with their own checks, below).

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
from stdnum.au import tfn as _tfn
from stdnum.ca import sin as _sin
from stdnum.de import idnr as _idnr
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.gb import utr as _utr
from stdnum.ie import pps as _pps
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva
from stdnum.jp import in_ as _mynumber
from stdnum.nl import bsn as _bsn
from stdnum.nl import identiteitskaartnummer as _idkaart
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.tr import tckimlik as _tck
from stdnum.us import ein as _ein
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _za

from benchmarks.classification.heldout_v2 import Column

SEED = 113_904_2026
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v113's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNK", "?",
    "not known", "nil", "0", "000000000", "k.A.", "unbekannt", "keine", "sin datos", "desconocido", "nessuna",
    "n.d.", "onbekend", "geen", "brak", "nieznane", "yok", "bilinmiyor", "なし", "不明", "TBC", "none given")

def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v113:{SEED}:{table}")

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




US_AREAS = ["512", "737", "704", "980"]
CA_AREAS = ["604", "778", "236", "250"]

# -- names (written for v113) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Brayden", "Cortez", "Landon", "Ezekiel", "Harlan", "Devontae", "Rafael", "Quinton", "Beckett", "Arjun"],
           ["Kaylee", "Marisol", "Brittany", "Jazmine", "Rosalie", "Tessa", "Yuliana", "Magnolia", "Ainsley", "Dulce"],
           ["Castellano", "Whitfield", "Pennington", "Okoro", "Villarreal", "Brantley", "McCaskill", "Truong",
            "Haverford", "Sizemore", "Galloway", "Esparza", "Lindqvist", "Dunaway", "Rutledge"]),
    "gb": (["Ollie", "Jago", "Rory", "Kwame", "Alfie", "Ibrahim", "Fergus", "Tomasz"],
           ["Tilly", "Harriet", "Amara", "Evie", "Martha", "Keira", "Bethan", "Zofia"],
           ["Fairweather", "Tregunna", "Ogunbanjo", "Whitcombe", "Pridham", "Hartnell", "Baig", "Coombes",
            "Lovell-Price", "Stainer", "Mwangi", "Yeo"]),
    "ph": (["Jomar", "Rodel", "Arnel", "Jericho", "Ronaldo", "Mark Anthony", "Reynante", "Joel"],
           ["Maricel", "Jocelyn", "Rowena", "Lovely", "Analyn", "Divina", "Marites", "Jennalyn", "Rosalie", "Cherry"],
           ["Dela Cruz", "Manalo", "Bautista", "Villanueva", "Pangilinan", "Macaraeg", "Sumalpong", "Dimaculangan",
            "Tolentino", "Cabrera", "Lagman", "Ocampo"]),
    "ca": (["Graham", "Jean-Luc", "Harjit", "Wesley", "Connor", "Dmitri", "Kenji", "Farhad"],
           ["Meredith", "Simone", "Jasleen", "Colleen", "Anouk", "Lindsay", "Ingrid", "Parisa"],
           ["Thorsteinson", "Whitmore", "Gill", "Beaulieu", "Kwan", "MacInnes", "Haldane", "Rempel", "Sørensen",
            "Duchesne", "Ashdown", "Wiebe"]),
    "au": (["Lachlan", "Hamish", "Cooper", "Jarrah", "Declan", "Rohan", "Angus", "Tane"],
           ["Matilda", "Sienna", "Tahlia", "Georgie", "Bronte", "Kirra", "Imogen", "Mia"],
           ["Fitzgerald", "Kovacic", "McAllister", "Nguyen", "Pemberton", "Darcy", "Stavros", "Hewitt",
            "Blackwood", "Trinh", "O'Loughlin", "Marchetti"]),
    "eu": (["Jonas", "Lukas", "Théo", "Mathis", "Felipe", "Nils", "Matteo", "Sebastián"],
           ["Lea", "Hannah", "Clémence", "Lotte", "Camila", "Ida", "Mathilde", "Valentina", "Emma", "Greta"],
           ["Vogelsang", "Hoffmeister", "Lefebvre", "Van Dijk", "Restrepo", "Johansen", "Moreau", "Brandt",
            "Carvalho", "Lindholm", "Gauthier", "Weidner"]),
    "ie": (["Cillian", "Eoin", "Conall", "Rónán", "Diarmuid", "Tomás", "Marcin", "Senan"],
           ["Saoirse", "Caoimhe", "Aisling", "Éabha", "Niamh", "Deirdre", "Olga", "Muireann"],
           ["Ó Laoire", "Buckley", "Cronin", "Mac Carthaigh", "Twomey", "Desmond", "Lehane", "O'Mahony",
            "Kowalska", "Hurley", "Ní Bhriain", "Crowley"]),
    "in": (["Santosh", "Ganesh", "Mahesh", "Ravi", "Shankar", "Vijay", "Dattatray", "Sunil"],
           ["Sunita", "Lata", "Mangal", "Savita", "Rekha", "Shobha", "Kamal", "Asha", "Pushpa", "Usha"],
           ["Gaikwad", "Pawar", "Shinde", "Jadhav", "Kamble", "More", "Salunkhe", "Bhosale", "Waghmare", "Kale",
            "Deshmukh", "Thorat"]),
    "za": (["Sipho", "Thabo", "Lwazi", "Andile", "Mncedisi", "Bongani", "Pieter", "Xolani"],
           ["Nomvula", "Thandeka", "Nokuthula", "Zodwa", "Lindiwe", "Busisiwe", "Ntombi", "Precious", "Zanele"],
           ["Mahlangu", "Dlamini", "Nkosi", "Mkhize", "Ndlovu", "Sithole", "Jacobs", "Booysen", "Mthembu",
            "Mokoena", "Van Wyk", "Tshabalala"]),
    "zae": (["Gareth", "Johan", "Rory", "Hendrik"], ["Marike", "Chantelle", "Lauren", "Annelie"],
            ["Du Toit", "Steyn", "Fourie", "Bekker", "Coetzee", "Van der Merwe", "Whitehead", "Le Roux"]),
    "es": (["Wilson", "Jhon", "Edison", "Luis Fernando", "Óscar", "Iván", "Nelson", "Ángel"],
           ["Yolanda", "Maribel", "Lidia", "Yeni", "Rosa María", "Gladys", "Milagros", "Lourdes", "Dayana", "Nieves"],
           ["Quispe", "Mamani", "Vargas", "Huamán", "Cárdenas", "Paredes", "Benítez", "Sáez", "Cuéllar",
            "Villalobos", "Montoya", "Arévalo"]),
    "esf": (["Íñigo", "Borja", "Álvaro", "Gonzalo", "Jacobo"], ["Cayetana", "Macarena", "Blanca", "Inés", "Pilar"],
            ["Fernández de Córdoba", "Albarrán", "Urquijo", "Sotomayor", "Echevarría", "Lozano", "Pizarro",
             "Gil de Biedma"]),
    "it": (["Gianluca", "Ettore", "Tommaso", "Corrado", "Ruggero"], ["Ludovica", "Ornella", "Fiorella", "Bianca",
                                                                    "Carla"],
           ["Bertolazzi", "Malaguti", "Zanarini", "Ghedini", "Serafini", "Montanari", "Baraldi", "Cavazza"]),
    "ro": (["Ionuț", "Vasile", "Taras", "Mihail", "Oleh"],
           ["Mirela", "Oksana", "Nataliya", "Elena", "Florentina", "Halyna", "Daniela", "Svitlana", "Ramona"],
           ["Popescu", "Munteanu", "Kovalenko", "Bondarenko", "Ciobanu", "Dumitrescu", "Shevchuk", "Rusu",
            "Melnyk", "Lungu", "Tkachenko", "Stoica"]),
    "de": (["Korbinian", "Quirin", "Maximilian", "Vitus", "Anton", "Florian", "Kemal", "Milan"],
           ["Theresa", "Veronika", "Franziska", "Magdalena", "Resi", "Josefine", "Bianka", "Ivana"],
           ["Obermaier", "Huber", "Staudinger", "Wimmer", "Hinterberger", "Grasegger", "Pichlmair", "Zellner",
            "Kovačević", "Brandstetter", "Reisinger", "Öztürk"]),
    "nl": (["Bram", "Joep", "Stijn", "Mohamed", "Thijs", "Kwabena", "Ruben", "Wouter"],
           ["Femke", "Noor", "Ilse", "Fatima", "Sanne", "Marieke", "Esmee", "Anouk"],
           ["Verhoeven", "Bakker", "El Amrani", "Kuipers", "Hoekstra", "Boateng", "Schouten", "Veenstra",
            "Mulder", "Brouwer", "Aydın", "Smits"]),
    "pl": (["Zbigniew", "Krzysztof", "Grzegorz", "Marek"],
           ["Halina", "Bożena", "Grażyna", "Danuta", "Jadwiga", "Krystyna", "Elżbieta", "Wiesława", "Urszula",
            "Małgorzata"],
           ["Kowalczyk", "Wróbel", "Szymańska", "Dudek", "Pietrzak", "Zając", "Kaczmarek", "Mazur", "Nowicka",
            "Sikora", "Walczak", "Kubiak"]),
    "de2": (["Hermann", "Wolfgang", "Dieter", "Helmut", "Günter"],
            ["Hildegard", "Ingeborg", "Gertrud", "Ursula", "Waltraud"],
            ["Schäfer", "Neumann", "Lehmann", "Krause", "Vogt", "Hartmann", "Bauer", "Kühn"]),
    "tr": (["Mehmet", "Hüseyin", "Emre", "Burak", "Oğuz"],
           ["Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Gülsüm", "Şerife", "Nurcan", "Elif", "Sevgi"],
           ["Yılmaz", "Kaya", "Demir", "Çelik", "Şahin", "Yıldırım", "Aydoğan", "Özdemir", "Arslan", "Doğan",
            "Koç", "Kurt"]),
    "ja": (["翔", "健太", "直樹", "洋平", "隼人", "和也"],
           ["麻衣", "奈々", "沙織", "明美", "智子", "里奈"],
           ["小林", "加藤", "山口", "清水", "斎藤", "橋本", "長谷川", "近藤", "村上", "坂本"]),
}

JA_KANA = {"小林": "コバヤシ", "加藤": "カトウ", "山口": "ヤマグチ", "清水": "シミズ", "斎藤": "サイトウ",
           "橋本": "ハシモト", "長谷川": "ハセガワ", "近藤": "コンドウ", "村上": "ムラカミ", "坂本": "サカモト",
           "翔": "ショウ", "健太": "ケンタ", "直樹": "ナオキ", "洋平": "ヨウヘイ", "隼人": "ハヤト", "和也": "カズヤ",
           "麻衣": "マイ", "奈々": "ナナ", "沙織": "サオリ", "明美": "アケミ", "智子": "トモコ", "里奈": "リナ"}

#: Filipino housekeepers' names in katakana (given, family), as a Japanese agency writes them
PH_KANA_GIVEN = ["マリセル", "ジョセリン", "ロウェナ", "アナリン", "ディビナ", "ジェナリン", "チェリー", "ロサリー"]
PH_KANA_FAMILY = ["デラクルス", "マナロ", "バウティスタ", "ビリャヌエバ", "トレンティノ", "カブレラ", "オカンポ",
                  "ラグマン"]


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


def romaji_email(g: Gen, domains: list[str]) -> str:
    """An e-mail of a Japanese customer (romanized local part)."""
    local = g.rnd.choice(["kobayashi", "mai", "nana.k", "saori", "naoki", "hayato", "tomoko", "rina", "shou",
                          "kazuya", "akemi", "yohei"])
    return f"{local}{g.rnd.choice(['', '.', '_'])}{g.rnd.randint(1, 9999)}@{g.rnd.choice(domains)}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first).replace(".", ""), plain(last).replace(".", "")
    return [f"{a[0]}{b}"[:12], f"{a}.{b}", f"{b[:6]}{a[:2]}".upper()][style % 3]


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com"],
    "gb": ["gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "icloud.com"],
    "ca": ["gmail.com", "shaw.ca", "telus.net", "hotmail.com", "yahoo.ca"],
    "ph": ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com.au", "hotmail.com", "icloud.com"],
    "eu": ["gmx.de", "web.de", "orange.fr", "gmail.com", "hotmail.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "yahoo.com"],
    "zae": ["gmail.com", "mweb.co.za", "telkomsa.net", "icloud.com"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es"],
    "it": ["libero.it", "gmail.com", "virgilio.it", "alice.it"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com"],
    "de2": ["t-online.de", "gmx.de", "web.de"],
    "esf": ["gmail.com", "telefonica.net", "hotmail.es"],
    "ro": ["gmail.com", "yahoo.com", "ukr.net", "libero.it"],
    "nl": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl", "outlook.com"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "gmail.com", "interia.pl"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "icloud.com", "softbank.ne.jp"],
}

# -- places (written for v113) -----------------------------------------------------------------------------------------

#: (city, ZIP prefix) around Austin, Texas and Charlotte, North Carolina
US_TX_CITIES = [("Austin", "787"), ("Round Rock", "786"), ("Pflugerville", "786"), ("Cedar Park", "786"),
                ("Georgetown", "786"), ("Leander", "786"), ("Kyle", "786"), ("Bee Cave", "787")]
US_TX_STREETS = ["Barton Hills Dr", "W Slaughter Ln", "Pecan Grove Cv", "Brodie Ln", "Shoal Creek Blvd",
                 "Mesa Verde Trl", "Live Oak Cir", "Bluebonnet Ln", "Cypress Bend Dr", "Red Bud Trl"]
US_NC_CITIES = [("Charlotte", "282"), ("Matthews", "281"), ("Huntersville", "280"), ("Cornelius", "280"),
                ("Mint Hill", "282"), ("Concord", "280"), ("Gastonia", "280"), ("Pineville", "281")]
US_NC_STREETS = ["PROVIDENCE RD", "SHARON AMITY RD", "QUAIL HOLLOW DR", "MYERS PARK LN", "BALLANTYNE COMMONS PKWY",
                 "CAMDEN RD", "SARDIS OAKS CT", "LAKE NORMAN TRL", "WILLOW BROOK CIR", "ARDREY KELL RD"]
GB_CITIES = [("Bristol", "BS6"), ("Bristol", "BS7"), ("Bristol", "BS8"), ("Bath", "BA1"), ("Keynsham", "BS31"),
             ("Portishead", "BS20"), ("Clevedon", "BS21"), ("Bristol", "BS3")]
GB_STREETS = ["Cotham Brow", "Gloucester Road", "Zetland Road", "Whiteladies Road", "North View", "Ashley Down Road",
              "Raleigh Road", "Coronation Road", "Clifton Vale", "Berkeley Grove"]
CA_CITIES = [("Vancouver", "V6K"), ("Vancouver", "V5N"), ("Burnaby", "V5H"), ("Richmond", "V7A"),
             ("North Vancouver", "V7L"), ("Surrey", "V3S"), ("Coquitlam", "V3J"), ("West Vancouver", "V7V")]
CA_STREETS = ["W 41st Ave", "Kingsway", "Commercial Dr", "Granville St", "E Hastings St", "No. 3 Rd",
              "Lonsdale Ave", "Marine Dr", "Fraser St", "Arbutus St"]
AU_CITIES = [("Paddington", "4064"), ("Ascot", "4007"), ("Bulimba", "4171"), ("Indooroopilly", "4068"),
             ("New Farm", "4005"), ("Toowong", "4066"), ("Carindale", "4152"), ("Chermside", "4032")]
AU_STREETS = ["Latrobe Terrace", "Oxford Street", "Racecourse Road", "Moggill Road", "Brunswick Street",
              "Sylvan Road", "Old Cleveland Road", "Gympie Road", "Given Terrace", "Hawthorne Road"]
IE_CITIES = [("Cork", "T12"), ("Cork", "T23"), ("Ballincollig", "P31"), ("Carrigaline", "P43"), ("Cobh", "P24"),
             ("Midleton", "P25"), ("Douglas", "T12"), ("Blackrock", "T12")]
IE_STREETS = ["Douglas Road", "Model Farm Road", "Blackrock Road", "Sunday's Well Road", "Ard na Laoi",
              "Maryborough Hill", "Bóthar na Carraige", "Boreenmanna Road", "Lough Mahon Drive", "College Road"]
IN_CITIES = [("Pune", "411038"), ("Pune", "411004"), ("Pimpri-Chinchwad", "411018"), ("Pune", "411014"),
             ("Pune", "411057"), ("Hadapsar", "411028"), ("Wakad", "411057"), ("Kothrud", "411038")]
IN_STREETS = ["Karve Nagar Lane 3", "Shivaji Nagar Gaothan", "Ramwadi Slum Rehab Bldg B", "Paud Road",
              "Vadgaon Sheri Lane 2", "Bhau Patil Road", "Kasarwadi Chawl 4", "Satara Road"]
ZA_CITIES = [("Khayelitsha", "7784"), ("Gugulethu", "7750"), ("Mitchells Plain", "7785"), ("Delft", "7100"),
             ("Langa", "7455"), ("Philippi", "7785"), ("Nyanga", "7750"), ("Dunoon", "7441")]
ZA_STREETS = ["Lansdowne Road", "NY 112", "Mew Way", "Govan Mbeki Road", "Spine Road", "Sithandathu Avenue",
              "Bonga Drive", "Washington Street"]
ES_CITIES = [("Madrid", "28003"), ("Madrid", "28039"), ("Madrid", "28026"), ("Alcorcón", "28921"),
             ("Leganés", "28911"), ("Getafe", "28901"), ("Móstoles", "28933"), ("Fuenlabrada", "28943")]
ES_STREETS = ["Calle de Bravo Murillo", "Calle de Marcelo Usera", "Calle del General Ricardos", "Avenida de Oporto",
              "Calle de la Oca", "Calle de Orense", "Paseo de Extremadura", "Calle de Antonio López"]
IT_CITIES = [("BOLOGNA", "40128"), ("BOLOGNA", "40139"), ("CASALECCHIO DI RENO", "40033"),
             ("SAN LAZZARO DI SAVENA", "40068"), ("IMOLA", "40026"), ("CASTEL MAGGIORE", "40013")]
IT_STREETS = ["VIA DELLA BARCA", "VIA MASSARENTI", "VIA DEL PRATELLO", "VIA EMILIA LEVANTE", "VIA DI CORTICELLA",
              "VIA ANDREA COSTA", "VIA SAN DONATO", "VIA DELLO SCALO"]
#: (place of birth, cadastral code) of the workers: Italian towns and foreign countries (Z codes)
IT_BIRTHPLACES = [("BOLOGNA", "A944"), ("FERRARA", "D548"), ("ROMANIA", "Z129"), ("UCRAINA", "Z138"),
                  ("MOLDAVIA", "Z140"), ("FILIPPINE", "Z216"), ("PERU", "Z611"), ("GEORGIA", "Z254")]
DE_CITIES = [("München", "81667"), ("München", "80796"), ("München", "81541"), ("Unterhaching", "82008"),
             ("Grünwald", "82031"), ("Pullach", "82049"), ("Garching", "85748"), ("Ottobrunn", "85521")]
DE_STREETS = ["Wörthstraße", "Belgradstraße", "Tegernseer Landstraße", "Kapuzinerstraße", "Rosenheimer Straße",
              "Hohenzollernstraße", "Ungererstraße", "Lindwurmstraße", "Pfälzer-Wald-Straße"]
DE_BIRTHPLACES = ["Rosenheim", "Zagreb", "Landshut", "Izmir", "Passau", "Kraków", "Ingolstadt", "Timișoara"]
NL_CITIES = [("Utrecht", "3581"), ("Utrecht", "3514"), ("Zeist", "3701"), ("Nieuwegein", "3431"),
             ("Houten", "3991"), ("Bilthoven", "3723"), ("IJsselstein", "3401"), ("Maarssen", "3601")]
NL_STREETS = ["Biltstraat", "Amsterdamsestraatweg", "Kanaalweg", "Oudegracht", "Burgemeester Reigerstraat",
              "Laan van Nieuw-Guinea", "Slotlaan", "Vleutenseweg"]
PL_CITIES = [("Opole", "45-"), ("Nysa", "48-"), ("Kędzierzyn-Koźle", "47-"), ("Strzelce Opolskie", "47-"),
             ("Prudnik", "48-"), ("Krapkowice", "47-"), ("Brzeg", "49-"), ("Głogówek", "48-")]
PL_STREETS = ["ul. Ozimska", "ul. Kościuszki", "ul. Piastowska", "ul. Damrota", "ul. Oleska", "ul. Krakowska",
              "ul. Armii Krajowej", "ul. Mickiewicza"]
TR_CITIES = [("Kadıköy", "34710"), ("Üsküdar", "34664"), ("Beşiktaş", "34353"), ("Ataşehir", "34758"),
             ("Bakırköy", "34147"), ("Sarıyer", "34467"), ("Maltepe", "34844"), ("Esenyurt", "34513")]
TR_STREETS = ["Bağdat Caddesi", "Moda Caddesi", "Nispetiye Caddesi", "Barbaros Bulvarı", "Halitağa Caddesi",
              "Çamlıca Sokak", "Gül Sokak", "İnönü Caddesi"]
JA_CITIES = [("港区", "106"), ("世田谷区", "154"), ("目黒区", "153"), ("渋谷区", "150"), ("文京区", "113"),
             ("中央区", "104"), ("品川区", "141")]
JA_STREETS = ["南麻布4丁目5-12", "奥沢3丁目21-8", "自由が丘1丁目14-3", "広尾2丁目9-1", "本駒込5丁目3-17",
              "月島3丁目2-6", "上大崎1丁目11-4", "代沢5丁目30-2"]


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(100, 12_900) if lang == "us" else g.rnd.randint(1, 160)
    if lang in ("es", "de", "nl", "pl"):
        return f"{s} {n}" if lang != "es" else f"{s}, {n}, {g.rnd.randint(1, 8)}º {g.rnd.choice('ABCD')}"
    if lang == "it":
        return f"{s} {n}"
    if lang == "tr":
        return f"{s} No:{n} D:{g.rnd.randint(1, 14)}"
    if lang == "ja":
        return s
    if lang == "in":
        return f"Flat {g.rnd.randint(1, 40)}, {s}"
    return f"{n} {s}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    d = g.valid(make, _ssn.is_valid)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dashed else d


def us_ssn_decoy(g: Gen) -> str:
    """A placement number shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    area = g.rnd.choice(["000", "666", f"9{g.digits(2)}"])
    return f"{area}-{g.digits(2)}-{g.digits(4)}"


def us_ein(g: Gen) -> str:
    d = g.valid(lambda: g.rnd.choice(["56", "58", "74", "27", "46", "47", "81", "82"]) + g.digits(7), _ein.is_valid)
    return f"{d[:2]}-{d[2:]}"


def ca_sin_temporary(g: Gen) -> str:
    """A SIN of the 9 series (temporary residents, such as work permit holders)."""
    body = "9" + g.digits(7)
    d = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(d)
    return f"{d[:3]}-{d[3:6]}-{d[6:]}"


def gb_utr(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(9), _utr.is_valid)


def au_tfn(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(8), _tfn.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def au_abn(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _abn.is_valid)
    return _abn.format(d)


def pps(g: Gen) -> str:
    return g.valid(lambda: g.digits(7) + g.rnd.choice(string.ascii_uppercase[:23]) + g.rnd.choice(["", "", "A"]),
                   _pps.is_valid)


def aadhaar(g: Gen, spaced: bool = True) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if spaced else d


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (a police verification number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def pan(g: Gen, last: str) -> str:
    initial = (plain(last)[:1] or "x").upper()
    return g.valid(lambda: g.code("AAA") + "P" + initial + g.code("9999A"), _pan.is_valid)


def za_id(g: Gen, born: date, female: bool) -> str:
    seq = g.rnd.randint(0, 4_999) if female else g.rnd.randint(5_000, 9_999)
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:04d}08"
    d = body + luhn.calc_check_digit(body)
    assert _za.is_valid(d)
    return d


def dni(g: Gen) -> str:
    body = f"{g.rnd.randint(1_000_000, 79_999_999):08d}"
    return body + _dni.calc_check_digit(body)


def dni_decoy(g: Gen) -> str:
    """Eight digits and a letter failing the DNI check (a contract number)."""
    body = f"{g.rnd.randint(10_000_000, 79_999_999):08d}"
    right = _dni.calc_check_digit(body)
    return body + g.rnd.choice([ch for ch in "TRWAGMYFPDXBNJZSQVHLCKE" if ch != right])


def nie(g: Gen) -> str:
    body = g.rnd.choice("XYZ") + g.digits(7)
    d = body + _nie.calc_check_digit(body)
    assert _nie.is_valid(d)
    return d


def naf_is_valid(value: str) -> bool:
    """Whether ``value`` is a Spanish social security affiliation number (NAF: province, number, mod-97 check)."""
    d = "".join(ch for ch in str(value) if ch.isdigit())
    if len(d) != 12 or not 1 <= int(d[:2]) <= 53:
        return False
    number = int(d[2:10])
    base = int(d[:2]) * 10_000_000 + number if number < 10_000_000 else int(d[:10])
    return base % 97 == int(d[10:])


def naf(g: Gen) -> str:
    body = g.rnd.choice(["28", "28", "28", "45", "19"]) + str(g.rnd.randint(10_000_000, 99_999_999))
    d = f"{body}{int(body) % 97:02d}"
    assert naf_is_valid(d)
    return f"{d[:2]}/{d[2:10]}/{d[10:]}"


_CF_MONTHS = "ABCDEHLMPRST"


def _cf_part(text: str, given_name: bool) -> str:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vows = [ch for ch in letters if ch in "AEIOU"]
    if given_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return "".join(cons + vows + ["X", "X", "X"])[:3]


def codice_fiscale(first: str, last: str, born: date, female: bool, place: str) -> str:
    day = born.day + (40 if female else 0)
    body = (f"{_cf_part(last, False)}{_cf_part(first, True)}{born.year % 100:02d}{_CF_MONTHS[born.month - 1]}"
            f"{day:02d}{place}")
    d = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(d)
    return d


def partita_iva(g: Gen) -> str:
    return g.valid(lambda: g.digits(7) + g.rnd.choice(["370", "371", "120"]) + g.digits(1), _iva.is_valid)


def steuer_id(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _idnr.is_valid)


_RV_WEIGHTS = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)


def _rv_check(body: str) -> str:
    """``body``: area (2), DDMMYY (6), initial letter, serial (2)."""
    digits = body[:8] + f"{ord(body[8]) - 64:02d}" + body[9:11]
    total = sum(sum(divmod(int(ch) * w, 10)) for ch, w in zip(digits, _RV_WEIGHTS))
    return str(total % 10)


def rvnr_is_valid(value: str) -> bool:
    """Whether ``value`` is a German pension insurance number (Rentenversicherungsnummer) with a right check digit."""
    v = "".join(str(value).split()).upper()
    return (len(v) == 12 and v[:8].isdigit() and v[8].isalpha() and v[9:].isdigit()
            and _rv_check(v[:11]) == v[11])


def rvnr(g: Gen, born: date, last: str, female: bool) -> str:
    initial = (fold(last)[:1] or "x").upper()
    serial = g.rnd.randint(50, 99) if female else g.rnd.randint(0, 49)
    body = f"{g.rnd.choice(['15', '13', '65', '12'])}{born.day:02d}{born.month:02d}{born.year % 100:02d}{initial}" \
           f"{serial:02d}"
    return body + _rv_check(body)


def rv_birth_date(value: str) -> tuple[int, int, int]:
    """(day, month, two-digit year) of a pension insurance number."""
    v = "".join(str(value).split())
    return int(v[2:4]), int(v[4:6]), int(v[6:8])


def bsn(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), _bsn.is_valid)


def bsn_decoy(g: Gen) -> str:
    """Nine digits failing the BSN eleven-test (a job number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), lambda x: not _bsn.is_valid(x))


_NL_DOC = "ABCDEFGHIJKLMNPQRSTUVWXYZ"


def nl_document(g: Gen) -> str:
    return g.valid(lambda: "".join(g.rnd.choice(_NL_DOC) for _ in range(2))
                   + "".join(g.rnd.choice(_NL_DOC + string.digits) for _ in range(6)) + g.digits(1),
                   _idkaart.is_valid)


def pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    sex = g.rnd.choice("02468" if female else "13579")
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}{sex}"
    d = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(d)
    return d


def pesel_decoy(g: Gen) -> str:
    """Eleven digits failing the PESEL check (a contract number)."""
    return g.valid(lambda: g.digits(11), lambda x: not _pesel.is_valid(x))


def nip(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(9), _nip.is_valid)
    return f"{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:]}"


def tc_kimlik(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    d = body + _tck.calc_check_digits(body)
    assert _tck.is_valid(d)
    return d


def tc_kimlik_decoy(g: Gen) -> str:
    """Eleven digits failing the T.C. kimlik check (a contract number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _tck.is_valid(x))


def my_number(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(10)
    return body + _mynumber.calc_check_digit(body)


def zairyu_card(g: Gen) -> str:
    """A Japanese residence card number (two letters, eight digits, two letters; no check digit)."""
    return g.code("AA99999999AA")


#: country -> (bank code layout, account layout) of the IBANs made here
_IBAN_LAYOUT = {"DE": "99999999" + "9999999999", "NL": "AAAA" + "9999999999", "PL": "9" * 24,
                "TR": "99999" + "0" + "9" * 16, "IT": "A" + "9" * 10 + "9" * 12, "ES": "9" * 20, "IE": "AAAA" + "9" * 14}
_BANKS = {"NL": ["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO"], "IE": ["AIBK", "BOFI", "IPBS", "REVO"]}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    from stdnum.es import ccc

    def make() -> str:
        bban = g.code(_IBAN_LAYOUT[country])
        if country in _BANKS:
            bban = g.rnd.choice(_BANKS[country]) + bban[4:]
        if country == "ES":
            bban = bban[:8] + ccc.calc_check_digits(bban[:8] + "00" + bban[10:]) + bban[10:]
        number = f"{country}00{bban}"
        return f"{country}{_iban.calc_check_digits(number)}{bban}"

    d = g.valid(make, _iban.is_valid)
    return _iban.format(d) if spaced else d


# -- domestic staffing vocabulary (written for v113) -------------------------------------------------------------------

CLEANING_SKUS = ["SUP-MICRO-10", "SUP-VINEG-5L", "SUP-HEPA-BAG", "SUP-GLOVE-M", "SUP-STEAM-PAD", "SUP-ECO-SPRAY"]


def card(g: Gen) -> str:
    """A 16-digit Visa or Mastercard number passing the Luhn check, grouped by four."""
    body = g.rnd.choice(["4", "51", "53", "55", "2221"])
    body += g.digits(15 - len(body))
    d = body + luhn.calc_check_digit(body)
    return " ".join(d[i:i + 4] for i in range(0, 16, 4))
