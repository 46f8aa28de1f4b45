"""Values of held-out set v77 (:mod:`benchmarks.classification.heldout_v77`): v77's random source, names, streets,
towns and postal codes written by hand for v77 (no Faker, no list of real people), phones checked with phonenumbers
and identifiers with check digits computed and checked with python-stdnum (the German identity card's ICAO 7-3-1
check digit is written out here and checked again by the test).

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module (the phone maker rewritten to draw from several
leading digits per region); the lists below are new.
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
from stdnum import ean as _ean
from stdnum import iban as _iban
from stdnum import luhn, verhoeff
from stdnum.ca import bn as _bn
from stdnum.ca import sin as _sin
from stdnum.es import cif as _cif
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import gstin as _gstin
from stdnum.in_ import pan as _pan
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva
from stdnum.nl import bsn as _bsn
from stdnum.nl import btw as _btw
from stdnum.tr import tckimlik as _tck
from stdnum.tr import vkn as _vkn
from stdnum.za import idnr as _zaid

from benchmarks.classification.heldout_v2 import Column

SEED = 77_402_2026
N = "none"
#: a login or public display handle (review, as in v5 to v74)
USERNAME = "unclassified"
#: NULL-like strings of v77's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "UNKNOWN", "?", "#N/A",
    "0", "00000000", "000000000", "0000000000", "test@test.com", "noemail@noemail.com", "none@none.com",
    "NOT PROVIDED", "NIL", "nil", "keine", "k.A.", "néant", "RAS", "sans", "ninguno", "sin dato", "nessuno", "n.d.",
    "geen", "yok", "なし", "不明", "XXXXXXXXX", "REFUSED", "*")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v77:{SEED}:{table}")

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

    def amounts(self, lo: float, hi: float, null: float = 0.0) -> list[Any]:
        return self.col(lambda: round(self.rnd.uniform(lo, hi), 2), null)

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
        return datetime.combine(self.day(lo, hi), datetime.min.time()) + timedelta(
            seconds=self.rnd.randint(0, 86_399))

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

    def sha1(self) -> str:
        return hashlib.sha1(str(self.rnd.random()).encode(), usedforsecurity=False).hexdigest()

    def version(self) -> str:
        return f"{self.rnd.randint(1, 9)}.{self.rnd.randint(0, 24)}.{self.rnd.randint(0, 40)}"

    def ipv4(self) -> str:
        first = self.rnd.choice([24, 47, 49, 63, 71, 73, 98, 103, 106, 117, 122, 152, 174, 182, 196])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2001:569", "2406:5a00", "2a01:4b00", "2600:1700", "2401:4900"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(6))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        """A valid phone number of ``region`` in ``fmt``: ``e164``, ``intl``, ``national``, ``digits`` (national
        digits), ``00`` (international with 00), ``msisdn`` (country code and number, digits only)."""
        cc = phonenumbers.country_code_for_region(region)
        leads = (MOBILE_LEADS if mobile else FIXED_LEADS)[region]

        def make() -> str:
            lead, length = self.rnd.choice(leads)
            return lead + self.digits(length - len(lead))

        def ok(candidate: str) -> bool:
            number = phonenumbers.parse(f"+{cc}{candidate}")
            return phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region

        number = phonenumbers.parse(f"+{cc}{self.valid(make, ok)}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        if fmt == "00":
            return "00" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)[1:]
        if fmt == "msisdn":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)[1:]
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


#: region -> (leading national digits, national length) of mobile numbers (phonenumbers decides validity)
MOBILE_LEADS: dict[str, list[tuple[str, int]]] = {
    "US": [("406", 10), ("312", 10), ("773", 10), ("206", 10), ("303", 10), ("612", 10), ("801", 10)],
    "CA": [("403", 10), ("587", 10), ("780", 10), ("825", 10), ("204", 10)],
    "GB": [("74", 10), ("75", 10), ("77", 10), ("78", 10), ("79", 10)],
    "NZ": [("21", 9), ("22", 9), ("27", 9)],
    "IN": [("98", 10), ("99", 10), ("94", 10), ("70", 10), ("81", 10), ("63", 10)],
    "ZA": [("72", 9), ("73", 9), ("76", 9), ("82", 9), ("83", 9), ("61", 9)],
    "KE": [("70", 9), ("71", 9), ("72", 9), ("11", 9)],
    "DE": [("151", 11), ("160", 10), ("170", 10), ("176", 11), ("157", 11)],
    "FR": [("6", 9), ("7", 9)],
    "CO": [("30", 10), ("31", 10), ("32", 10)],
    "ES": [("6", 9), ("7", 9)],
    "IT": [("33", 10), ("34", 10), ("32", 10), ("39", 10)],
    "NL": [("6", 9)],
    "TR": [("53", 10), ("54", 10), ("50", 10), ("55", 10)],
    "JP": [("90", 10), ("80", 10), ("70", 10)],
    "KR": [("10", 10)],
    "BR": [("119", 11), ("219", 11), ("319", 11)],
    "AU": [("4", 9)],
}
#: region -> (leading national digits, national length) of landlines
FIXED_LEADS: dict[str, list[tuple[str, int]]] = {
    **MOBILE_LEADS,
    "GB": [("161", 10), ("1612", 10), ("1619", 10), ("1204", 10), ("1942", 10)],
    "IN": [("40", 10), ("866", 10), ("891", 10)],
    "ZA": [("11", 9), ("12", 9)],
    "DE": [("341", 10), ("345", 10), ("34205", 10)],
    "FR": [("4", 9)],
    "IT": [("080", 10), ("0832", 10), ("099", 10)],
    "NL": [("40", 9), ("13", 9)],
    "TR": [("242", 10)],
    "JP": [("98", 9), ("980", 9)],
    "ES": [("91", 9), ("93", 9), ("96", 9)],
    "KE": [("20", 9)],
}


# -- names (written for v77) ------------------------------------------------------------------------------------------

#: origin -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Colter", "Dalton", "Everett", "Hollis", "Landry", "Rhett", "Tucker", "Wade", "Marcus", "Isaiah",
            "Nathaniel", "Santiago", "Tobias", "Quentin"],
           ["Brynlee", "Cheyenne", "Dakota", "Harlow", "Josie", "Kinsley", "Maren", "Oakley", "Raelynn", "Tamsin",
            "Viviana", "Shayla", "Odette", "Priya"],
           ["Birkeland", "Crawley", "Dahlquist", "Fenwick", "Gunderson", "Haugland", "Kilcrease", "Lundeen",
            "Mattingly", "Pritchett", "Rasmussen", "Stoltzfus", "Tollefson", "Weatherby", "Youngblood", "Redcloud",
            "Villalobos", "Nakashima"]),
    "gb": (["Alfie", "Callum", "Declan", "Harvey", "Jenson", "Kieran", "Reece", "Tariq", "Imran", "Owain"],
           ["Aimee", "Bethany", "Courtney", "Demi", "Ellie-Mae", "Jodie", "Kirsty", "Nadia", "Saima", "Yasmin"],
           ["Ashworth", "Bardsley", "Cheetham", "Entwistle", "Greenhalgh", "Hulme", "Kershaw", "Lomax",
            "Mellor", "Ogden", "Pilkington", "Schofield", "Hussain", "Mahmood", "Okonkwo", "Nowak"]),
    "ca": (["Brayden", "Carter", "Dawson", "Gurjot", "Harjit", "Mykola", "Nolan", "Rowan", "Taras", "Jericho"],
           ["Addison", "Brooklyn", "Jasleen", "Kennedy", "Maryna", "Paisley", "Roxanne", "Solange", "Tegan",
            "Mariel"],
           ["Andruchow", "Bilodeau", "Dhaliwal", "Fedoruk", "Gillespie", "Hnatiuk", "Kowalchuk", "LaRocque",
            "McAllister", "Pelletier", "Sandhu", "Stefaniuk", "Tremblay", "Villanueva", "Wozniak", "Zelinski"]),
    "in": (["Venkatesh", "Srikanth", "Ravi Teja", "Naveen", "Karthik", "Pradeep", "Suresh", "Abhishek", "Harsha",
            "Mahesh"],
           ["Lakshmi", "Sravani", "Divya", "Keerthana", "Bhavya", "Harika", "Swathi", "Anusha", "Pooja", "Sindhu"],
           ["Reddy", "Rao", "Naidu", "Chowdary", "Varma", "Goud", "Sharma", "Iyer", "Kulkarni", "Bhatt", "Yadav",
            "Pillai"]),
    "za": (["Sibusiso", "Thabo", "Lwazi", "Bongani", "Pieter", "Johannes", "Themba", "Kagiso", "Riaan", "Prevesh"],
           ["Nomvula", "Zanele", "Lerato", "Ayanda", "Annelie", "Marelize", "Palesa", "Naledi", "Thandeka", "Kershnie"],
           ["Dlamini", "Mthembu", "Nkosi", "Khumalo", "Mokoena", "van der Merwe", "Botha", "Pretorius", "Naidoo",
            "Molefe", "Sithole", "Venter", "Ngcobo", "Maseko"]),
    "ke": (["Kipchoge", "Otieno", "Wanjiru", "Kamau", "Barasa", "Cheruiyot", "Abdirahman", "Mwangi", "Odhiambo",
            "Kiprono"],
           ["Akinyi", "Wambui", "Chebet", "Nyokabi", "Atieno", "Jepkosgei", "Halima", "Wairimu", "Nafula", "Moraa"],
           ["Kariuki", "Ochieng", "Njoroge", "Mutua", "Wekesa", "Kiplagat", "Omondi", "Githinji", "Nyamweya",
            "Hassan", "Muthoni", "Rotich"]),
    "de": (["Mirko", "Steffen", "Torsten", "Ronny", "Sven", "Maik", "Enrico", "Danilo", "Kevin", "Toni"],
           ["Peggy", "Mandy", "Anja", "Kathleen", "Doreen", "Nadine", "Cindy", "Franziska", "Ulrike", "Jacqueline"],
           ["Kretzschmar", "Richter", "Schuricht", "Lehmann", "Pfefferkorn", "Zschoche", "Häußler", "Börner",
            "Kunze", "Wünsche", "Götze", "Rößler", "Jähnig", "Seidel"]),
    "fr": (["Mathéo", "Enzo", "Noah", "Timothée", "Rayan", "Baptiste", "Loïc", "Kylian", "Sacha", "Yanis"],
           ["Chloé", "Inès", "Maëlys", "Léna", "Jade", "Clémence", "Manon", "Océane", "Anaïs", "Salomé"],
           ["Vernay", "Chapuis", "Grosjean", "Brunet", "Ollagnier", "Perrin", "Benmansour", "Guillot", "Dufour",
            "Lacroix", "Mathieu", "Bouvier", "Rivoire", "Tessier"]),
    "co": (["Juan Camilo", "Andrés Felipe", "Jhon Jairo", "Brayan", "Sebastián", "Luis Fernando", "Edwin",
            "Cristian David"],
           ["Luz Dary", "Yurani", "María Fernanda", "Leidy Johana", "Paola Andrea", "Daniela", "Yesenia",
            "Angie Lorena"],
           ["Rodríguez", "Gómez", "Quintero", "Cárdenas", "Ospina", "Restrepo", "Zapata", "Mosquera", "Barrera",
            "Arbeláez", "Londoño", "Castaño"]),
    "es": (["Iker", "Jorge", "Álvaro", "Rubén", "Sergio", "Íñigo", "Pau", "Xavier"],
           ["Nerea", "Lucía", "Ainhoa", "Montserrat", "Rocío", "Begoña", "Marta", "Aitana"],
           ["Echevarría", "Sanz", "Villalba", "Ibáñez", "Pardo", "Gallego", "Roig", "Soler", "Cuesta", "Domínguez"]),
    "it": (["Vito", "Nicola", "Cosimo", "Donato", "Michele", "Onofrio", "Pasquale", "Rocco", "Sabino", "Leonardo"],
           ["Annamaria", "Carmela", "Grazia", "Immacolata", "Lucia", "Mariangela", "Rosanna", "Teresa", "Vita",
            "Giorgia"],
           ["Loiacono", "Difonzo", "Lorusso", "Carbonara", "Mastrangelo", "Depalma", "Tarantini", "Schiavone",
            "Caputo", "Ladisa", "Sportelli", "Quarto", "Amoruso", "Colella"]),
    "nl": (["Bram", "Daan", "Joep", "Luuk", "Stijn", "Thijs", "Wout", "Geert"],
           ["Femke", "Ilse", "Loes", "Maud", "Noor", "Roos", "Sanne", "Tessa"],
           ["van den Heuvel", "Verhoeven", "de Bruijn", "van Dijk", "Smulders", "van Gerwen", "Aarts", "Biemans",
            "Coolen", "Hendrikx", "van der Linden", "Swinkels"]),
    "tr": (["Emre", "Burak", "Serkan", "Oğuzhan", "Mert", "Hüseyin", "Kadir", "Ümit", "Yasin", "Cengiz"],
           ["Elif", "Merve", "Büşra", "Gülşen", "Özlem", "Esra", "Sevda", "Tuğba", "Şeyma", "Derya"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan", "Doğan", "Korkmaz", "Avcı",
            "Kılıç"]),
    "br": (["Thiago", "Gustavo", "Rafael"], ["Larissa", "Camila", "Beatriz"], ["Carvalho", "Siqueira", "Prado"]),
    "kr": (["Minho", "Jihoon", "Seokjin"], ["Soyeon", "Yuna", "Hyejin"], ["Park", "Choi", "Jung", "Kang"]),
    "jpl": (["Haruto", "Sota", "Yuto"], ["Yui", "Hina", "Aoi"], ["Sasaki", "Matsumoto", "Inoue", "Kimura"]),
}

#: Japanese names: (kanji, katakana reading)
JA_MALE = [("翔太", "ショウタ"), ("健一", "ケンイチ"), ("大輝", "ダイキ"), ("琉星", "リュウセイ"), ("康弘", "ヤスヒロ"),
           ("誠", "マコト"), ("悠真", "ユウマ"), ("清", "キヨシ")]
JA_FEMALE = [("美咲", "ミサキ"), ("由美子", "ユミコ"), ("結衣", "ユイ"), ("千尋", "チヒロ"), ("綾乃", "アヤノ"),
             ("光子", "ミツコ"), ("琴音", "コトネ"), ("恵", "メグミ")]
#: romanized words Japanese users put in their mail addresses
JA_LOCAL = ["umi", "sora", "shima", "tida", "kaji", "nami", "yui", "ryu", "hibiscus", "churaumi", "mabui", "kana"]
JA_FAMILY = [("比嘉", "ヒガ"), ("金城", "キンジョウ"), ("宮城", "ミヤギ"), ("新垣", "アラカキ"), ("大城", "オオシロ"),
             ("仲宗根", "ナカソネ"), ("玉城", "タマキ"), ("上原", "ウエハラ"), ("石垣", "イシガキ"), ("佐藤", "サトウ"),
             ("高橋", "タカハシ"), ("知念", "チネン")]


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    males, females, lasts = NAMES[lang]
    return g.rnd.choice(females if female else males), g.rnd.choice(lasts)


def whole(g: Gen, lang: str) -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def given(g: Gen, lang: str) -> str:
    return person(g, lang)[0]


def family(g: Gen, lang: str) -> str:
    return person(g, lang)[1]


def ja_person(g: Gen, female: bool | None = None) -> tuple[tuple[str, str], tuple[str, str]]:
    female = g.rnd.random() < 0.5 if female is None else female
    return g.rnd.choice(JA_FAMILY), g.rnd.choice(JA_FEMALE if female else JA_MALE)


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first), plain(last)
    a = a or "x"
    b = b or "y"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(70, 99)}", f"{b}{a[:3]}"])
    return f"{local}@{g.rnd.choice(domains)}"


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(first)}.{plain(last)}@{domain}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first), plain(last)
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{b[:5]}{a[:2]}".upper()][style % 5]


DOMAINS = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "msn.com"],
    "gb": ["gmail.com", "hotmail.co.uk", "btinternet.com", "sky.com", "yahoo.co.uk", "outlook.com"],
    "ca": ["gmail.com", "shaw.ca", "telus.net", "hotmail.com", "outlook.com"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net"],
    "ke": ["gmail.com", "yahoo.com", "outlook.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "freenet.de"],
    "fr": ["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr"],
    "co": ["gmail.com", "hotmail.com", "yahoo.es", "outlook.com"],
    "es": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
    "it": ["libero.it", "gmail.com", "virgilio.it", "alice.it", "tiscali.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "planet.nl"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com", "outlook.com.tr"],
    "jp": ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp", "i.softbank.jp"],
    "kr": ["naver.com", "daum.net"], "br": ["gmail.com", "uol.com.br"], "jpl": ["gmail.com", "yahoo.co.jp"],
}


def email(g: Gen, lang: str) -> str:
    return email_of(g, *person(g, lang), DOMAINS[lang])


# -- places (written for v77) ------------------------------------------------------------------------------------------

#: (town, state, ZIP lead): Montana and the towns its passengers come from
US_TOWNS = [("Billings", "MT", "591"), ("Bozeman", "MT", "597"), ("Missoula", "MT", "598"),
            ("Great Falls", "MT", "594"),
            ("Helena", "MT", "596"), ("Kalispell", "MT", "599"), ("Miles City", "MT", "593"), ("Sheridan", "WY", "828"),
            ("Casper", "WY", "826"), ("Minot", "ND", "587"), ("Spokane", "WA", "992"), ("Denver", "CO", "802")]
US_STREETS = ["Grand Ave", "Rimrock Rd", "N 27th St", "Poly Dr", "Shiloh Rd", "Central Ave W", "Babcock St",
              "Rattlesnake Dr", "Spring Creek Ln", "Big Sky Blvd", "Yellowstone Ave", "Bench Blvd", "Lewis Ave"]
CHI_TOWNS = [("Chicago", "IL", "606"), ("Chicago", "IL", "606"), ("Evanston", "IL", "602"), ("Oak Park", "IL", "603"),
             ("Naperville", "IL", "605"), ("Skokie", "IL", "600"), ("Gary", "IN", "464"), ("Milwaukee", "WI", "532")]
CHI_STREETS = ["N Milwaukee Ave", "W Belmont Ave", "S Pulaski Rd", "N Sheridan Rd", "W Devon Ave", "S Halsted St",
               "N Clark St", "W 63rd St", "Chicago Ave", "Ridge Ave"]


def us_street(g: Gen, streets: list[str] | None = None) -> str:
    n = g.rnd.randint(10, 9899)
    s = g.rnd.choice(streets or US_STREETS)
    return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"{n} {s} Apt {g.rnd.randint(1, 40)}",
                         f"{n} {s} #{g.rnd.randint(1, 9)}"])


def us_zip(g: Gen, lead: str) -> str:
    return lead + g.digits(2)


#: (town, outward code letters, district range) around Manchester
GB_TOWNS = [("Manchester", "M", (1, 40)), ("Stockport", "SK", (1, 8)), ("Bolton", "BL", (1, 7)),
            ("Wigan", "WN", (1, 6)), ("Warrington", "WA", (1, 5)), ("Oldham", "OL", (1, 9)),
            ("Altrincham", "WA", (14, 15)), ("Salford", "M", (5, 7))]
GB_STREETS = ["Wilmslow Rd", "Palatine Rd", "Moss Lane East", "Chorley New Rd", "Buxton Rd", "Princess Parkway",
              "Hathersage Rd", "Manchester Rd", "Bury New Rd", "Ashton Old Rd", "Greenbank Terrace"]


def gb_postcode(g: Gen, town: tuple[str, str, tuple[int, int]]) -> str:
    district = g.rnd.randint(*town[2])
    return f"{town[1]}{district} {g.rnd.randint(1, 9)}{g.rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}" \
           f"{g.rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def gb_street(g: Gen) -> str:
    flat = f", Flat {g.rnd.randint(1, 12)}"
    return f"{g.rnd.randint(1, 260)} {g.rnd.choice(GB_STREETS)}" + g.rnd.choice(["", "", flat])


#: (city, forward sortation area letters)
CA_TOWNS = [("Calgary", "T2"), ("Calgary", "T3"), ("Edmonton", "T5"), ("Edmonton", "T6"), ("Red Deer", "T4N"),
            ("Lethbridge", "T1J"), ("Airdrie", "T4B"), ("Cochrane", "T4C"), ("Okotoks", "T1S")]
CA_STREETS = ["Macleod Trail SE", "Crowchild Trail NW", "17 Ave SW", "Bow Valley Dr", "Whyte Ave NW",
              "Tuscany Hills NW",
              "Evanston Dr NW", "Cranston Blvd SE", "Gaetz Ave"]


def ca_postal(g: Gen, fsa: str) -> str:
    letters = "ABCEGHJKLMNPRSTVXY"
    head = fsa if len(fsa) == 3 else fsa + g.rnd.choice(letters)
    return f"{head} {g.rnd.randint(0, 9)}{g.rnd.choice(letters)}{g.rnd.randint(0, 9)}"


def ca_street(g: Gen) -> str:
    return g.rnd.choice([f"{g.rnd.randint(10, 999)} {g.rnd.choice(CA_STREETS)}",
                         f"{g.rnd.randint(100, 2400)}-{g.rnd.randint(10, 999)} {g.rnd.choice(CA_STREETS)}"])


#: (city, state, PIN lead)
IN_TOWNS = [("Hyderabad", "Telangana", "5000"), ("Secunderabad", "Telangana", "5000"),
            ("Warangal", "Telangana", "5060"),
            ("Vijayawada", "Andhra Pradesh", "5200"), ("Visakhapatnam", "Andhra Pradesh", "5300"),
            ("Tirupati", "Andhra Pradesh", "5175"), ("Bengaluru", "Karnataka", "5600"),
            ("Chennai", "Tamil Nadu", "6000")]
IN_LOCALITIES = ["Kukatpally", "Madhapur", "Gachibowli", "Ameerpet", "Benz Circle", "MVP Colony", "Hanamkonda",
                 "Dilsukhnagar", "Kondapur", "Banjara Hills"]


def in_street(g: Gen) -> str:
    building = f"{g.rnd.choice(['Sai', 'Lakshmi', 'Sri Venkateswara', 'Green'])} " \
               f"{g.rnd.choice(['Residency', 'Towers', 'Enclave', 'Apartments'])}"
    return g.rnd.choice([f"Flat {g.rnd.randint(101, 1204)}, {building}",
                         f"H.No. {g.rnd.randint(1, 16)}-{g.rnd.randint(1, 12)}-{g.rnd.randint(1, 400)}",
                         f"Plot {g.rnd.randint(1, 480)}, Road No. {g.rnd.randint(1, 45)}"])


#: (town, postal code)
ZA_TOWNS = [("Kempton Park", "1619"), ("Tembisa", "1632"), ("Benoni", "1501"), ("Germiston", "1401"),
            ("Boksburg", "1459"),
            ("Soweto", "1804"), ("Edenvale", "1610"), ("Midrand", "1685"), ("Pretoria", "0083")]
ZA_STREETS = ["Pretoria Rd", "Monument Rd", "Rondebult Rd", "Andrew Mapheto Dr", "Vlakfontein Rd", "Modderfontein Rd",
              "Ruben St", "Kingfisher Ave", "Mooifontein Rd"]


def za_street(g: Gen) -> str:
    return g.rnd.choice([f"{g.rnd.randint(1, 240)} {g.rnd.choice(ZA_STREETS)}",
                         f"{g.rnd.randint(1000, 9999)} {g.rnd.choice(['Zone 5', 'Ext 12', 'Ext 24', 'Phase 2'])}"])


#: (Ort, PLZ lead)
DE_TOWNS = [("Leipzig", "041"), ("Leipzig", "043"), ("Schkeuditz", "04435"), ("Halle (Saale)", "061"),
            ("Markranstädt", "04420"), ("Delitzsch", "04509"), ("Taucha", "04425"), ("Merseburg", "06217")]
DE_STREETS = ["Eisenbahnstraße", "Karl-Liebknecht-Straße", "Georg-Schwarz-Straße", "Merseburger Straße", "Am Ring",
              "Lindenauer Markt", "Rackwitzer Straße", "Dölziger Weg", "Thomas-Müntzer-Straße"]


def de_plz(g: Gen, lead: str) -> str:
    return lead + g.digits(5 - len(lead))


def de_street(g: Gen) -> str:
    return f"{g.rnd.choice(DE_STREETS)} {g.rnd.randint(1, 140)}{g.rnd.choice(['', '', 'a', 'b'])}"


#: (ville, code postal)
FR_TOWNS = [("Lyon", "69003"), ("Lyon", "69007"), ("Villeurbanne", "69100"), ("Bron", "69500"), ("Vénissieux", "69200"),
            ("Grenoble", "38000"), ("Saint-Étienne", "42000"), ("Meyzieu", "69330"), ("Annecy", "74000")]
FR_STREETS = ["rue de la République", "cours Gambetta", "avenue Jean Jaurès", "rue Paul Bert", "boulevard des Belges",
              "chemin de Saint-Priest", "rue Victor Hugo", "place Bellecour", "montée de la Grande Côte"]


def fr_street(g: Gen) -> str:
    return f"{g.rnd.randint(1, 180)}{g.rnd.choice(['', '', ' bis'])} {g.rnd.choice(FR_STREETS)}"


CO_TOWNS = ["Bogotá", "Bogotá", "Medellín", "Cali", "Barranquilla", "Bucaramanga", "Pereira", "Cúcuta"]


def co_street(g: Gen) -> str:
    kind = g.rnd.choice(["Calle", "Carrera", "Avenida Calle", "Transversal", "Diagonal"])
    return f"{kind} {g.rnd.randint(1, 170)} # {g.rnd.randint(1, 120)}-{g.rnd.randint(1, 99)}" + g.rnd.choice(
        ["", f" Apto {g.rnd.randint(101, 1802)}", f" Torre {g.rnd.randint(1, 6)} Apto {g.rnd.randint(101, 904)}"])


#: (ciudad, CP lead)
ES_TOWNS = [("Madrid", "280"), ("Barcelona", "080"), ("Valencia", "460"), ("Sevilla", "410"),
            ("Alcalá de Henares", "288"),
            ("Getafe", "289"), ("Zaragoza", "500")]
ES_STREETS = ["Calle de Alcalá", "Calle Mayor", "Avenida de América", "Carrer de Sants", "Calle Real",
              "Paseo de la Castellana", "Calle de Bravo Murillo"]


def es_street(g: Gen) -> str:
    return f"{g.rnd.choice(ES_STREETS)} {g.rnd.randint(1, 250)}, {g.rnd.randint(1, 9)}º {g.rnd.choice('ABCD')}"


#: (comune, provincia, CAP, cadastral code)
IT_TOWNS = [("Bari", "BA", "70121", "A662"), ("Bari", "BA", "70124", "A662"), ("Lecce", "LE", "73100", "E506"),
            ("Taranto", "TA", "74121", "L049"), ("Brindisi", "BR", "72100", "B180"), ("Foggia", "FG", "71121", "D643"),
            ("Matera", "MT", "75100", "F052"), ("Altamura", "BA", "70022", "A225"), ("Monopoli", "BA", "70043", "F376")]
IT_STREETS = ["Via Sparano da Bari", "Corso Cavour", "Via Napoli", "Viale Japigia", "Via Amendola", "Via Trieste",
              "Corso Vittorio Emanuele", "Via Manzoni", "Strada Torre Tresca"]


def it_street(g: Gen) -> str:
    return f"{g.rnd.choice(IT_STREETS)} {g.rnd.randint(1, 200)}" + g.rnd.choice(["", "", "/B", " sc. A int. 6"])


#: (plaats, postcode digits lead)
NL_TOWNS = [("Eindhoven", "56"), ("Veldhoven", "550"), ("Best", "568"), ("Helmond", "57"), ("Tilburg", "50"),
            ("'s-Hertogenbosch", "52"), ("Oirschot", "568"), ("Geldrop", "566")]
NL_STREETS = ["Kastanjelaan", "Hoogstraat", "Woenselse Markt", "Boschdijk", "Stratumsedijk", "Leenderweg",
              "Kruisstraat", "Dorpstraat", "Sint Jorislaan"]


def nl_postcode(g: Gen, lead: str) -> str:
    return lead + g.digits(4 - len(lead)) + " " + g.rnd.choice("ABCEGHJKLMNPRSTVWXZ") + g.rnd.choice(
        "ABCEGHJKLMNPRSTVWXZ")


#: (ilçe, posta kodu lead)
TR_DISTRICTS = [("Muratpaşa", "071"), ("Kepez", "070"), ("Konyaaltı", "070"), ("Alanya", "074"), ("Manavgat", "076"),
                ("Serik", "075"), ("Döşemealtı", "071"), ("Aksu", "071")]
TR_STREETS = ["Atatürk Caddesi", "Gazi Bulvarı", "Dumlupınar Bulvarı", "Cumhuriyet Caddesi", "Fevzi Çakmak Caddesi",
              "Menderes Mahallesi 1453 Sokak", "Güzeloba Mahallesi 2214 Sokak"]


def tr_street(g: Gen) -> str:
    return f"{g.rnd.choice(TR_STREETS)} No:{g.rnd.randint(1, 120)} D:{g.rnd.randint(1, 24)}"


#: (市町村, 郵便番号 lead, 町名)
JP_TOWNS = [("石垣市", "907-00", ["登野城", "大川", "美崎町", "真栄里"]), ("宮古島市", "906-00", ["平良西里", "平良下里", "上野野原"]),
            ("那覇市", "900-00", ["久茂地", "泊", "首里当蔵町"]), ("久米島町", "901-3", ["比嘉", "仲泊", "兼城"]),
            ("与那国町", "907-18", ["与那国", "比川"]), ("竹富町", "907-11", ["竹富", "西表"])]


def jp_address(g: Gen, town: tuple[str, str, list[str]]) -> str:
    return f"{g.rnd.choice(town[2])}{g.rnd.randint(1, 4)}丁目{g.rnd.randint(1, 30)}番{g.rnd.randint(1, 20)}号" \
        if g.rnd.random() < 0.6 else f"{g.rnd.choice(town[2])}{g.rnd.randint(1, 2400)}"


def jp_postcode(g: Gen, lead: str) -> str:
    return lead + g.digits(8 - len(lead))


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa or Mastercard prefix."""
    prefix = g.rnd.choice(["4", "51", "53", "2223"])
    body = prefix + g.digits(15 - len(prefix))
    return body + luhn.calc_check_digit(body)


#: BBAN layouts (9 a digit, A a letter); python-stdnum checks the result
BBAN = {"IT": "A9999999999ZZZZZZZZZZZZ", "TR": "9999909999999999999999", "NL": "AAAA9999999999",
        "ES": "99999999999999999999", "DE": "999999999999999999"}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    def make() -> str:
        bban = g.code(BBAN[country])
        if country == "NL":
            bban = g.rnd.choice(["INGB", "RABO", "ABNA", "SNSB"]) + bban[4:]
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def ca_sin(g: Gen, spaced: bool = True) -> str:
    def make() -> str:
        body = g.rnd.choice("1234567") + g.digits(7)
        return body + luhn.calc_check_digit(body)

    number = g.valid(make, _sin.is_valid)
    return f"{number[:3]} {number[3:6]} {number[6:]}" if spaced else number


def fails(check: Callable[[str], bool]) -> Callable[[str], bool]:
    return lambda x: not check(x)


#: the personal checks decoys shaped like personal numbers must fail
sin_ok = _sin.is_valid
za_id_ok = _zaid.is_valid
tck_ok = _tck.is_valid
bsn_ok = _bsn.is_valid


def in_pan(g: Gen, surname: str) -> str:
    initial = (plain(surname)[:1] or "X").upper()
    return g.valid(lambda: g.code("AAA") + "P" + initial + g.code("9999A"), _pan.is_valid)


def in_aadhaar(g: Gen) -> str:
    def make() -> str:
        body = g.rnd.choice("23456789") + g.digits(10)
        return body + verhoeff.calc_check_digit(body)

    number = g.valid(make, _aadhaar.is_valid)
    return g.rnd.choice([number, f"{number[:4]} {number[4:8]} {number[8:]}"])


def za_id(g: Gen, born: date, female: bool, citizen: bool = True) -> str:
    def make() -> str:
        seq = g.rnd.randint(0, 4999) + (0 if female else 5000)
        body = f"{born:%y%m%d}{seq:04d}{0 if citizen else 1}8"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _zaid.is_valid)


def es_dni(g: Gen) -> str:
    body = g.digits(8)
    return body + _dni.calc_check_digit(body)


def es_nie(g: Gen) -> str:
    body = g.rnd.choice("XYZ") + g.digits(7)
    number = body + _nie.calc_check_digit(body)
    assert _nie.is_valid(number)
    return number


def es_cif(g: Gen) -> str:
    def make() -> str:
        body = g.rnd.choice("ABB") + g.digits(7)
        return body + _cif.calc_check_digits(body)[0]

    return g.valid(make, _cif.is_valid)


def _cf_part(text: str, given_name: bool) -> str:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vows = [ch for ch in letters if ch in "AEIOU"]
    if given_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return "".join((cons + vows + ["X", "X", "X"])[:3])


def it_codice_fiscale(first: str, last: str, born: date, female: bool, comune: str) -> str:
    """An Italian codice fiscale encoding the name, the birth date, the sex and the comune."""
    day = born.day + (40 if female else 0)
    body = (_cf_part(last, False) + _cf_part(first, True) + f"{born.year % 100:02d}" + "ABCDEHLMPRST"[born.month - 1]
            + f"{day:02d}" + comune)
    number = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(number)
    return number


def it_piva(g: Gen) -> str:
    def make() -> str:
        body = g.digits(7) + g.rnd.choice(["072", "071", "073", "074", "100"])
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _iva.is_valid)


def tr_tckimlik(g: Gen) -> str:
    body = g.rnd.choice("123456789") + g.digits(8)
    number = body + _tck.calc_check_digits(body)
    assert _tck.is_valid(number)
    return number


def tr_vkn(g: Gen) -> str:
    body = g.digits(9)
    return body + _vkn.calc_check_digit(body)


def nl_btw(g: Gen) -> str:
    def make() -> str:
        body = g.digits(8)
        total = sum(int(d) * w for d, w in zip(body, range(9, 1, -1)))
        check = total % 11
        return f"NL{body}{check}B0{g.rnd.randint(1, 3)}"

    return g.valid(make, _btw.is_valid)


def ca_bn(g: Gen) -> str:
    def make() -> str:
        body = g.digits(8)
        return body + luhn.calc_check_digit(body) + "RT0001"

    return g.valid(make, _bn.is_valid)


def ean13(g: Gen, prefix: str) -> str:
    body = prefix + g.digits(12 - len(prefix))
    number = body + _ean.calc_check_digit(body)
    assert _ean.is_valid(number)
    return number


def in_gstin(g: Gen) -> str:
    """A company's GSTIN (its PAN's fourth letter ``C``)."""

    def make() -> str:
        pan = g.code("AAA") + "C" + g.code("A9999A")
        body = g.rnd.choice(["36", "37", "29"]) + pan + g.rnd.choice("123") + "Z"
        for ch in string.digits + string.ascii_uppercase:
            if _gstin.is_valid(body + ch):
                return body + ch
        return body + "0"

    return g.valid(make, _gstin.is_valid)


#: the ICAO 9303 character values and 7-3-1 weights
def icao_check(text: str) -> str:
    def value(ch: str) -> int:
        return int(ch) if ch.isdigit() else (0 if ch == "<" else ord(ch) - 55)

    return str(sum(value(ch) * (7, 3, 1)[i % 3] for i, ch in enumerate(text)) % 10)


def de_ausweis(g: Gen) -> str:
    """A German identity card's document number (``L`` + 8 of the card's alphabet) and its ICAO check digit."""
    alphabet = "0123456789CFGHJKLMNPRTVWXYZ"
    body = g.rnd.choice("LMNPRTVWXY") + "".join(g.rnd.choice(alphabet) for _ in range(8))
    return body + icao_check(body)


def passport(g: Gen, country: str) -> str:
    """A passport number by its country's shape (no public check digit, or an ICAO one for Germany)."""
    layout = {"US": "A99999999", "GB": "999999999", "CA": "AA999999", "NZ": "AA999999", "IN": "A9999999",
              "ZA": "A99999999", "KE": "AK9999999", "DE": "C" + "ZZZZZZZZ", "FR": "99AA99999", "CO": "AU999999",
              "JP": "TK9999999", "KR": "M99999999", "BR": "GA999999", "IT": "YA9999999", "TR": "U99999999",
              "AU": "PA9999999", "SO": "P99999999", "ET": "EP9999999", "UG": "A99999999", "TZ": "AB9999999"}[country]
    number = g.code(layout)
    if country == "DE":
        number = number.replace("O", "0").replace("I", "1")[:9]
        number = number + icao_check(number)
    return number


def ke_national_id(g: Gen) -> str:
    return str(g.rnd.randint(20_000_000, 39_999_999))


def co_cedula(g: Gen) -> str:
    return str(g.rnd.choice([g.rnd.randint(1_010_000_000, 1_030_999_999), g.rnd.randint(52_000_000, 80_999_999)]))


# -- businesses and decoys (written for v77) ---------------------------------------------------------------------------

def e_ticket(g: Gen, prefix: str) -> str:
    """An e-ticket number: the airline's three-digit prefix, a ten-digit serial and its mod-7 check digit."""
    serial = g.digits(10)
    return f"{prefix}{serial}{int(serial) % 7}"


def bag_tag(g: Gen, prefix: str) -> str:
    """A ten-digit baggage licence plate (leading 0, the carrier's three-digit code, six digits)."""
    return f"0{prefix}{g.digits(6)}"


def pnr(g: Gen) -> str:
    return g.code("ZZZZZZ").replace("0", "Q").replace("1", "L").replace("O", "P").replace("I", "K")


def flight(g: Gen, codes: list[str]) -> str:
    return f"{g.rnd.choice(codes)}{g.rnd.randint(100, 4999)}"


AIRCRAFT = ["A320-214", "A321-271NX", "B737-8 MAX", "DHC-8-402", "E175", "ATR 72-600", "B767-300ER", "A330-243"]
IATA_US = ["BIL", "BZN", "MSO", "GTF", "HLN", "FCA", "DEN", "SLC", "MSP", "SEA", "PHX"]
