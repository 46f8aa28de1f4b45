"""Values of held-out set v89 (:mod:`benchmarks.classification.heldout_v89`): v89's random source, names, streets and
cities written by hand for v89 (no Faker, no list of real people), phones checked with phonenumbers and identifiers
with check digits computed or checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module (the phone maker takes leading digits); the lists
below are new: Michigan, North Carolina, Wales, Western Australia, Manitoba, Nigeria, Ireland, Pakistan, Germany,
French-speaking Switzerland, Colombia, Italy, Brazil, Poland and Japan.
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
from stdnum.ch import ssn as _ahv
from stdnum.ch import uid as _uid
from stdnum.co import nit as _nit
from stdnum.de import idnr as _idnr
from stdnum.ie import pps as _pps
from stdnum.ie import vat as _ievat
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva
from stdnum.jp import cn as _jpcn
from stdnum.jp import in_ as _mynumber
from stdnum.pk import cnic as _cnic
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 89_461_2026
N = "none"
#: a login or a bank account number (review, as in v5 to v88)
USERNAME = "unclassified"
#: NULL-like strings and placeholders of v89's systems, in their languages (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "?", "0",
    "000-00-0000", "000000000", "XXX", "XXXXXXXXX", "QQ123456C", "00000000", "test@test.com", "none@none.com",
    "unbekannt", "keine Angabe", "k.A.", "inconnu", "néant", "aucun", "desconocido", "sin dato", "no aplica",
    "sconosciuto", "n.d.", "nessuno", "desconhecido", "não informado", "brak", "nie dotyczy", "nieznany", "不明",
    "なし", "該当なし", "nil", "NIL", "not given")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("ł", "l")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v89:{SEED}:{table}")

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
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True, leads: tuple[str, ...] = ()) -> str:
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        keep = max(len(nsn) - 7, 1) if region == "US" else max(len(nsn) - 6, 1)

        def make() -> str:
            if leads:
                lead = self.rnd.choice(leads)
                return lead + self.digits(len(nsn) - len(lead))
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
        if fmt == "dashes":
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:3]}-{d[3:6]}-{d[6:]}" if region == "US" else national
        if fmt == "dots":
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:3]}.{d[3:6]}.{d[6:]}" if region == "US" else national
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0,
               leads: tuple[str, ...] = ()) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile,
                                           leads), null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v89) -------------------------------------------------------------------------------------------

#: country -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "mi": (["Dwayne", "Kurt", "Marvin", "Terrence", "Wendell", "Jalen", "Ferris", "Hollis"],
           ["Bernadette", "Darlene", "Juanita", "Latoya", "Rochelle", "Trudy", "Yolanda", "Marisol"],
           ["Kowalczyk", "DeVries", "Haddad", "Wojcik", "Vanderveen", "Bazzi", "McIntyre", "Lutz", "Okafor",
            "Tremblay"]),
    "nc": (["Boyd", "Cletus", "Darnell", "Ellis", "Harlan", "Quentin", "Rufus", "Tavon"],
           ["Charlene", "Earlene", "Lottie", "Missy", "Odessa", "Raelynn", "Shanice", "Wanda"],
           ["Honeycutt", "Lassiter", "Pendergrass", "Whitfield", "Blalock", "Royster", "Faircloth", "Alston"]),
    "cy": (["Aled", "Bryn", "Dafydd", "Gethin", "Iwan", "Rhodri", "Tomos", "Wyn"],
           ["Angharad", "Bethan", "Carys", "Ffion", "Gwenllian", "Lowri", "Nia", "Sioned"],
           ["Bowen", "Griffiths", "Howells", "Llewellyn", "Prosser", "Pugh", "Vaughan", "Watkins"]),
    "au": (["Brodie", "Callum", "Darcy", "Hamish", "Lachlan", "Nate", "Rhys", "Toby"],
           ["Briony", "Kirra", "Maddison", "Matilda", "Shae", "Tahlia", "Jarrah", "Skye"],
           ["Blackwood", "Cartwright", "Dunlop", "Fitzgerald", "Kovacevic", "Nguyen", "Papadakis", "Whitlam"]),
    "mb": (["Cody", "Gord", "Kelvin", "Ryland", "Wade", "Taras", "Lorne", "Yves"],
           ["Brandi", "Carlene", "Dawna", "Jocelyne", "Kenna", "Marlo", "Roxanne", "Tanis"],
           ["Bergen", "Dyck", "Friesen", "Hiebert", "Kozak", "Lavallee", "Penner", "Sawatzky"]),
    "ng": (["Babatunde", "Chukwuemeka", "Emeka", "Ibrahim", "Olumide", "Segun", "Uchenna", "Yakubu"],
           ["Adaeze", "Bukola", "Chiamaka", "Funmilayo", "Hauwa", "Ngozi", "Oluwaseun", "Zainab"],
           ["Adeyemi", "Balogun", "Nwosu", "Okonkwo", "Olaniyan", "Suleiman", "Uzoma", "Danjuma"]),
    "ie": (["Cathal", "Donncha", "Eoin", "Fiachra", "Oisín", "Ruairí", "Tadhg", "Colm"],
           ["Aoife", "Caoimhe", "Clodagh", "Gráinne", "Niamh", "Orla", "Saoirse", "Sinéad"],
           ["Ó Briain", "Breathnach", "Cullinane", "Dunphy", "Fitzpatrick", "Mac Giolla", "Nolan", "Quigley"]),
    "pk": (["Asif", "Faisal", "Imran", "Junaid", "Kamran", "Shahid", "Tariq", "Waqar"],
           ["Ayesha", "Bushra", "Fouzia", "Mehwish", "Nazia", "Rabia", "Saima", "Uzma"],
           ["Abbasi", "Baloch", "Chaudhry", "Khattak", "Memon", "Qureshi", "Siddiqui", "Soomro"]),
    "de": (["Bernd", "Detlef", "Friedhelm", "Hartmut", "Jürgen", "Klaus-Dieter", "Reinhard", "Wolfram"],
           ["Annegret", "Brigitte", "Gudrun", "Heike", "Ingeborg", "Margarete", "Sieglinde", "Ute"],
           ["Baumgärtner", "Döring", "Große", "Kühnel", "Oßwald", "Pfeiffer", "Schwarzkopf", "Zöllner"]),
    "chfr": (["Cédric", "Fabrice", "Gilles", "Jean-Daniel", "Loïc", "Olivier", "Pascal", "Thierry"],
             ["Anne-Laure", "Chantal", "Corinne", "Fabienne", "Joëlle", "Nathalie", "Séverine", "Valérie"],
             ["Blanc", "Chappuis", "Cuendet", "Favre", "Jaquier", "Monnier", "Rochat", "Vuilleumier"]),
    "co": (["Andrés Felipe", "Jhon Jairo", "Camilo", "Duván", "Hernán", "Yeison", "Wilmer", "Édgar"],
           ["Luz Marina", "Yuliana", "Marleny", "Deisy", "Leidy Johana", "Gloria Inés", "Nubia", "Yésica"],
           ["Restrepo", "Londoño", "Zuluaga", "Cardona", "Giraldo", "Ospina", "Arango", "Quintero Vélez"]),
    "it": (["Arturo", "Cosimo", "Ettore", "Gennaro", "Nazzareno", "Pasquale", "Rocco", "Vittorio"],
           ["Assunta", "Carmela", "Concetta", "Donatella", "Graziella", "Immacolata", "Loredana", "Rosaria"],
           ["Amato", "Caruso", "D'Angelo", "Fiore", "Longo", "Marchetti", "Pellegrino", "Russo"]),
    "br": (["Cleiton", "Edvaldo", "Gilmar", "Josenildo", "Raimundo", "Valdir", "Wellington", "Ailton"],
           ["Aparecida", "Francisca", "Gleice", "Jaqueline", "Luciene", "Rosângela", "Sueli", "Vanusa"],
           ["Albuquerque", "Cavalcanti", "da Conceição", "dos Santos", "Figueiredo", "Nascimento", "Pimentel",
            "Sampaio"]),
    "pl": (["Bogdan", "Grzegorz", "Jarosław", "Mirosław", "Przemysław", "Tadeusz", "Wiesław", "Zbigniew"],
           ["Bożena", "Danuta", "Grażyna", "Halina", "Jadwiga", "Małgorzata", "Urszula", "Wiesława"],
           ["Brzęczek", "Chmielewski", "Kaczmarczyk", "Łukasiewicz", "Pietrzak", "Szczepański", "Wróblewski",
            "Żmuda"]),
    "jp": (["浩二", "健太", "誠", "大輔", "翔太", "隆", "和也", "修"],
           ["美咲", "由美子", "恵子", "陽子", "真由美", "彩", "千尋", "智子"],
           ["佐々木", "高橋", "渡辺", "伊藤", "中村", "小林", "加藤", "吉田", "山口", "松本"]),
}
#: Japanese names in katakana, aligned with :data:`NAMES` ``"jp"``
KANA: dict[str, str] = {
    "浩二": "コウジ", "健太": "ケンタ", "誠": "マコト", "大輔": "ダイスケ", "翔太": "ショウタ", "隆": "タカシ",
    "和也": "カズヤ", "修": "オサム", "美咲": "ミサキ", "由美子": "ユミコ", "恵子": "ケイコ", "陽子": "ヨウコ",
    "真由美": "マユミ", "彩": "アヤ", "千尋": "チヒロ", "智子": "トモコ", "佐々木": "ササキ", "高橋": "タカハシ",
    "渡辺": "ワタナベ", "伊藤": "イトウ", "中村": "ナカムラ", "小林": "コバヤシ", "加藤": "カトウ", "吉田": "ヨシダ",
    "山口": "ヤマグチ", "松本": "マツモト",
}


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    males, females, lasts = NAMES[lang]
    return g.rnd.choice(females if female else males), g.rnd.choice(lasts)


def whole(g: Gen, lang: str) -> str:
    a, b = person(g, lang)
    return f"{b} {a}" if lang == "jp" else f"{a} {b}"


def given(g: Gen, lang: str) -> str:
    return person(g, lang)[0]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or f"u{g.digits(4)}", plain(last) or f"k{g.digits(3)}"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(60, 99)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def romaji_email(g: Gen, domains: list[str]) -> str:
    a = g.rnd.choice(["koji", "kenta", "makoto", "misaki", "yumiko", "keiko", "aya", "chihiro", "tomoko", "osamu"])
    b = g.rnd.choice(["sasaki", "takahashi", "watanabe", "ito", "nakamura", "kobayashi", "kato", "yoshida"])
    return f"{g.rnd.choice([f'{a}.{b}', f'{b}{a[0]}', f'{a}{g.rnd.randint(70, 99)}'])}@{g.rnd.choice(domains)}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first) or "user", plain(last) or "x"
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a}{b[:3]}"][style % 5]


# -- places (written for v89) ------------------------------------------------------------------------------------------

#: country -> [(city, region, postcode lead)]
CITIES: dict[str, list[tuple[str, str, str]]] = {
    "mi": [("Grand Rapids", "MI", "495"), ("Lansing", "MI", "489"), ("Kalamazoo", "MI", "490"),
           ("Dearborn", "MI", "481"), ("Traverse City", "MI", "496"), ("Saginaw", "MI", "486")],
    "nc": [("Greensboro", "NC", "274"), ("Fayetteville", "NC", "283"), ("Wilmington", "NC", "284"),
           ("Asheville", "NC", "288"), ("Durham", "NC", "277"), ("Rocky Mount", "NC", "278")],
    "cy": [("Cardiff", "", "CF"), ("Penarth", "", "CF"), ("Barry", "", "CF"), ("Caerphilly", "", "CF"),
           ("Pontypridd", "", "CF"), ("Newport", "", "NP")],
    "au": [("Joondalup", "WA", "60"), ("Fremantle", "WA", "61"), ("Armadale", "WA", "61"), ("Mandurah", "WA", "62"),
           ("Midland", "WA", "60"), ("Rockingham", "WA", "61")],
    "mb": [("Winnipeg", "MB", "R3"), ("Brandon", "MB", "R7"), ("Steinbach", "MB", "R5"), ("Selkirk", "MB", "R1"),
           ("Portage la Prairie", "MB", "R1"), ("Winkler", "MB", "R6")],
    "ng": [("Ikeja", "Lagos", "100"), ("Surulere", "Lagos", "101"), ("Ibadan", "Oyo", "200"), ("Abeokuta", "Ogun", "110"),
           ("Enugu", "Enugu", "400"), ("Onitsha", "Anambra", "434")],
    "ie": [("Dublin 8", "Dublin", "D08"), ("Swords", "Dublin", "K67"), ("Bray", "Wicklow", "A98"),
           ("Naas", "Kildare", "W91"), ("Drogheda", "Louth", "A92"), ("Dún Laoghaire", "Dublin", "A96")],
    "pk": [("Karachi", "Sindh", "74"), ("Hyderabad", "Sindh", "71"), ("Sukkur", "Sindh", "65"),
           ("Lahore", "Punjab", "54"), ("Quetta", "Balochistan", "87"), ("Larkana", "Sindh", "77")],
    "de": [("Bielefeld", "NW", "336"), ("Paderborn", "NW", "331"), ("Gütersloh", "NW", "333"),
           ("Detmold", "NW", "327"), ("Minden", "NW", "324"), ("Herford", "NW", "320")],
    "chfr": [("Lausanne", "VD", "10"), ("Yverdon-les-Bains", "VD", "14"), ("Montreux", "VD", "18"),
             ("Neuchâtel", "NE", "20"), ("Fribourg", "FR", "17"), ("Sion", "VS", "19")],
    "co": [("Medellín", "Antioquia", "050"), ("Bello", "Antioquia", "051"), ("Envigado", "Antioquia", "055"),
           ("Itagüí", "Antioquia", "055"), ("Rionegro", "Antioquia", "054"), ("Manizales", "Caldas", "170")],
    "it": [("Bari", "BA", "701", "A662"), ("Taranto", "TA", "741", "L049"), ("Foggia", "FG", "711", "D643"),
           ("Salerno", "SA", "841", "H703"), ("Cosenza", "CS", "871", "D086"), ("Potenza", "PZ", "851", "G942")],
    "br": [("Campinas", "SP", "130"), ("Sorocaba", "SP", "180"), ("Santos", "SP", "110"),
           ("Ribeirão Preto", "SP", "140"), ("Osasco", "SP", "060"), ("Guarulhos", "SP", "070")],
    "pl": [("Gdynia", "pomorskie", "81"), ("Sopot", "pomorskie", "81"), ("Słupsk", "pomorskie", "76"),
           ("Elbląg", "warmińsko-mazurskie", "82"), ("Wejherowo", "pomorskie", "84"), ("Tczew", "pomorskie", "83")],
    "jp": [("札幌市中央区", "北海道", "060"), ("仙台市青葉区", "宮城県", "980"), ("福岡市博多区", "福岡県", "812"),
           ("熊本市中央区", "熊本県", "860"), ("岡山市北区", "岡山県", "700"), ("金沢市", "石川県", "920")],
}
STREETS: dict[str, list[str]] = {
    "mi": ["Burton St SE", "Michigan Ave", "Kalamazoo Ave", "Division Ave S", "Saginaw Hwy", "Plainfield Ave NE",
           "Warren Ave", "Oakland Dr"],
    "nc": ["Wendover Ave", "Bragg Blvd", "Market St", "Tunnel Rd", "Fayetteville St", "Sunset Ave", "Hope Mills Rd"],
    "cy": ["Cowbridge Road East", "Heol y Frenhines", "Crwys Road", "Clive Street", "Plymouth Road", "Holton Road",
           "Ninian Park Road"],
    "au": ["Albany Highway", "Beach Road", "Wanneroo Road", "Hampton Road", "Great Eastern Highway", "Banksia Way",
           "Jarrah Crescent"],
    "mb": ["Portage Ave", "Pembina Hwy", "Main St", "Rosser Ave", "Henderson Hwy", "Corydon Ave", "Manitoba Ave"],
    "ng": ["Allen Avenue", "Adeniran Ogunsanya Street", "Ring Road", "Oke-Ilewo Road", "Ogui Road",
           "Awolowo Way", "Bode Thomas Street"],
    "ie": ["Meath Street", "Main Street", "Quinsboro Road", "Poplar Square", "Laurence Street", "George's Street Upper",
           "Church Road"],
    "pk": ["Shahrah-e-Faisal", "Tariq Road", "Jail Road", "Minara Road", "Jinnah Road", "Station Road",
           "Block 13-D Gulshan-e-Iqbal"],
    "de": ["Jöllenbecker Straße", "Detmolder Straße", "Heiersstraße", "Bismarckstraße", "Kampstraße", "Lemgoer Weg",
           "Am Sudbrack"],
    "chfr": ["Avenue de la Gare", "Rue du Simplon", "Chemin des Vignes", "Rue de Neuchâtel", "Grand-Rue",
             "Route de Berne", "Rue des Alpes"],
    "co": ["Calle 50", "Carrera 43A", "Calle 10 Sur", "Carrera 70", "Diagonal 75B", "Transversal 39", "Calle 33"],
    "it": ["Via Sparano", "Corso Cavour", "Via Lecce", "Via dei Mercanti", "Corso Mazzini", "Via Pretoria",
           "Viale della Repubblica"],
    "br": ["Rua Barão de Jaguara", "Avenida Brasil", "Rua XV de Novembro", "Rua das Palmeiras", "Avenida Paulista",
           "Rua São Bento", "Travessa dos Coqueiros"],
    "pl": ["ul. Świętojańska", "ul. Morska", "ul. Wojska Polskiego", "al. Niepodległości", "ul. Kościuszki",
           "ul. Żeromskiego", "ul. Abrahama"],
    "jp": ["北一条西", "本町", "中洲", "水前寺", "表町", "香林坊"],
}


def street(g: Gen, lang: str) -> str:
    s = g.rnd.choice(STREETS[lang])
    n = g.rnd.randint(1, 240)
    if lang in ("mi", "nc"):
        return f"{g.rnd.randint(100, 9999)} {s}"
    if lang in ("cy", "au", "mb", "ng", "ie"):
        return f"{n} {s}"
    if lang == "co":
        return f"{s} # {g.rnd.randint(10, 99)}-{g.rnd.randint(1, 99)}"
    if lang == "jp":
        return f"{s}{g.rnd.randint(1, 9)}丁目{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)}"
    return f"{s} {n}"


def city(g: Gen, lang: str) -> tuple[str, ...]:
    return g.rnd.choice(CITIES[lang])


def postcode(g: Gen, lang: str, lead: str) -> str:
    """A postcode of ``lang``'s country starting with ``lead``."""
    if lang in ("mi", "nc", "de", "it"):
        return lead + g.digits(5 - len(lead))
    if lang == "cy":
        return f"{lead}{g.rnd.randint(1, 24)} {g.digits(1)}{g.code('AA')}"
    if lang in ("au", "chfr"):
        return lead + g.digits(4 - len(lead))
    if lang == "mb":
        return f"{lead}{g.code('A')} {g.digits(1)}{g.code('A')}{g.digits(1)}"
    if lang == "ng":
        return lead + g.digits(3)
    if lang == "ie":
        return f"{lead} {g.code('A')}{g.code('Z')}{g.code('Z')}{g.digits(1)}".replace("O", "P")
    if lang == "pk":
        return lead + g.digits(3)
    if lang == "co":
        return lead + g.digits(3)
    if lang == "br":
        return f"{lead}{g.digits(2)}-{g.digits(3)}"
    if lang == "pl":
        return f"{lead}-{g.digits(3)}"
    return f"{lead}-{g.digits(4)}"


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa or Mastercard prefix (a prepaid payroll card)."""
    prefix = g.rnd.choice(["4", "5", "2221"])
    body = prefix + g.digits(15 - len(prefix))
    return body + luhn.calc_check_digit(body)


#: BBAN layouts (9 a digit, A a letter, Z either); python-stdnum checks the result
BBAN = {"IT": "A9999999999ZZZZZZZZZZZZ", "DE": "999999999999999999", "CH": "99999ZZZZZZZZZZZZ",
        "IE": "AAAA99999999999999", "PL": "999999999999999999999999"}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    def make() -> str:
        bban = g.code(BBAN[country])
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 665):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}"

    number = g.valid(make, _ssn.is_valid)
    return number if dashed else number.replace("-", "")


def ca_sin(g: Gen) -> int:
    body = str(g.rnd.randint(1, 7)) + g.digits(7)
    number = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(number)
    return int(number)


def au_tfn(g: Gen) -> str:
    number = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(8), _tfn.is_valid)
    return f"{number[:3]} {number[3:6]} {number[6:]}"


def au_abn(g: Gen) -> str:
    return _abn.format(g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _abn.is_valid))


def gb_nino(g: Gen) -> str:
    """A National Insurance number's shape (it has no check digit): two prefix letters, six digits, A-D."""
    first = g.rnd.choice("ABCEGHJKLMNPRSTWXYZ")
    second = g.rnd.choice("ABCEGHJKLMNPRSTWXYZ")
    if first + second in ("GB", "NK", "TN", "ZZ", "BG", "KN", "NT"):
        second = "A"
    return f"{first}{second}{g.digits(6)}{g.rnd.choice('ABCD')}"


def ie_pps(g: Gen) -> str:
    return g.valid(lambda: g.digits(7) + g.rnd.choice(string.ascii_uppercase[:23]) + g.rnd.choice(["", "", "A"]),
                   _pps.is_valid)


def ie_vat(g: Gen) -> str:
    return "IE" + g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(6) + g.rnd.choice("ABCDEFGHW") + "H",
                          _ievat.is_valid)


def pk_cnic(g: Gen, female: bool) -> str:
    def make() -> str:
        last = g.rnd.choice("2468" if female else "13579")
        return f"{g.rnd.choice('34')}{g.digits(4)}-{g.digits(7)}-{last}"

    return g.valid(make, _cnic.is_valid)


def de_idnr(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _idnr.is_valid)


def ch_ahv(g: Gen) -> str:
    return _ahv.format(g.valid(lambda: "756" + g.digits(10), _ahv.is_valid))


def ch_uid(g: Gen) -> str:
    return _uid.format(g.valid(lambda: "CHE" + g.digits(9), _uid.is_valid))


def co_nit(g: Gen, body: str) -> str:
    return f"{body}-{_nit.calc_check_digit(body)}"


def it_partita_iva(g: Gen) -> str:
    return g.valid(lambda: g.digits(7) + g.rnd.choice(["072", "073", "074", "065", "078", "076"]) + g.digits(1),
                   _iva.is_valid)


def _cf_part(text: str, given_name: bool) -> str:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vows = [ch for ch in letters if ch in "AEIOU"]
    if given_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return "".join((cons + vows + ["X", "X", "X"])[:3])


def it_codice_fiscale(first: str, last: str, born: date, female: bool, comune: str) -> str:
    day = born.day + (40 if female else 0)
    body = (_cf_part(last, False) + _cf_part(first, True) + f"{born.year % 100:02d}" + "ABCDEHLMPRST"[born.month - 1]
            + f"{day:02d}" + comune)
    number = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(number)
    return number


def br_cpf(g: Gen) -> str:
    return _cpf.format(g.valid(lambda: g.digits(11), _cpf.is_valid))


def br_cnpj(g: Gen) -> str:
    return _cnpj.format(g.valid(lambda: g.digits(8) + "0001" + g.digits(2), _cnpj.is_valid))


def pl_pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
    number = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(number)
    return number


def pl_nip(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(9), _nip.is_valid)


def jp_my_number(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(10)
    return body + _mynumber.calc_check_digit(body)


def jp_corporate(g: Gen) -> str:
    return g.valid(lambda: g.digits(13), _jpcn.is_valid)


def failing(g: Gen, make: Callable[[], str], ok: Callable[[str], bool]) -> str:
    """A value shaped by ``make`` that fails ``ok`` (a decoy shaped like an identifier)."""
    return g.valid(make, lambda x: not ok(x))


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)


def cyymmdd(d: date) -> int:
    return (d.year - 1900) // 100 * 1_000_000 + int(d.strftime("%y%m%d"))


def yyyymmdd(d: date) -> int:
    return int(d.strftime("%Y%m%d"))


def pad(value: Any, width: int) -> str:
    return ("" if value is None else str(value))[:width].ljust(width)


def digits_of(text: str) -> int:
    return int("".join(ch for ch in text if ch.isdigit()))


def wallet(g: Gen) -> str:
    return g.rnd.choice(["bc1q", "0x"]) + g.digits(38, "0123456789abcdef")
