"""Values of held-out set v126 (:mod:`benchmarks.classification.heldout_v126`): v126's random source, and names,
streets, cities, schools, ensembles, instruments and free-text snippets written by hand for v126's music schools,
conservatoires, youth orchestras, choirs and instrument hire shops (no Faker, no list of real people, no breach data),
phones checked with phonenumbers and identifiers with check digits computed and checked with python-stdnum.

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
from stdnum.at import vnr as _vnr
from stdnum.br import cnpj as _cnpj
from stdnum.br import cpf as _cpf
from stdnum.ca import sin as _sin
from stdnum.ec import ci as _ci
from stdnum.ec import ruc as _ruc
from stdnum.gh import tin as _ghtin
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva
from stdnum.mu import nid as _nid
from stdnum.my import nric as _nric
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.tr import tckimlik as _tck
from stdnum.tr import vkn as _vkn
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 126_331_2026
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v126's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "?", "nil", "0",
    "not given", "k.A.", "keine", "unbekannt", "nessuna", "n.d.", "brak", "yok", "bilinmiyor", "não informado",
    "sem observações", "ninguna", "sin novedad", "なし", "特になし", "不明", "N.A.", "no", "No", "None known")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return ("".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")
            .replace("ı", "i").replace("ł", "l").replace("ø", "o"))


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v126:{SEED}:{table}")

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
        first = self.rnd.choice([41, 102, 105, 154, 156, 196, 197])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2c0f", "2001", "2c0f"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.2) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        """A valid number of ``region`` (``CA-NL`` and ``CA-SK`` are Canadian provinces) in ``fmt``."""
        country = region.split("-")[0]
        heads, length = PHONE_PLANS[region][0 if mobile else 1]
        code = phonenumbers.country_code_for_region(country)

        def make() -> str:
            head = self.rnd.choice(heads)
            return head + self.digits(length - len(head))

        def ok(candidate: str) -> bool:
            number = phonenumbers.parse(f"+{code}{candidate}")
            return (phonenumbers.is_valid_number(number)
                    and phonenumbers.region_code_for_number(number) == country)

        number = phonenumbers.parse(f"+{code}{self.valid(make, ok)}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        if fmt == "dashes" and country in ("US", "CA", "TT"):
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


#: region -> ((mobile heads, national significant length), (landline heads, length)), local to each table's area
PHONE_PLANS: dict[str, tuple[tuple[list[str], int], tuple[list[str], int]]] = {
    "US": ((["2082", "2083", "2084", "2085", "2086", "2087", "2088", "9862"], 10), (["2083", "2084", "2088"], 10)),
    "MU": ((["57", "58", "59", "52", "54"], 8), (["46", "42", "67", "20", "21"], 7)),
    "CA-NL": ((["7096", "7097", "7098", "7093", "7094"], 10), (["7095", "7097", "7093"], 10)),
    "CA-SK": ((["3062", "3063", "3064", "3069", "6393", "6392"], 10), (["3065", "3066", "3067", "3069"], 10)),
    "MY": ((["12", "16", "17", "19", "11"], 9), (["42", "43", "46", "45"], 8)),
    "GB": ((["74", "75", "77", "78", "79"], 10), (["2890", "2895"], 10)),
    "GH": ((["24", "54", "55", "20", "50", "27"], 9), (["302", "303"], 9)),
    "TT": ((["8683", "8684", "8687"], 10), (["8686", "8682"], 10)),
    "AT": ((["664", "676", "650", "699", "660"], 10), (["463", "4242", "4212"], 9)),
    "IT": ((["32", "33", "34", "35", "36", "38", "39"], 10), (["0372", "0373", "0375"], 10)),
    "PL": ((["50", "51", "53", "60", "66", "69", "72", "78", "79", "88"], 9), (["17"], 9)),
    "TR": ((["50", "53", "54", "55"], 10), (["222"], 10)),
    "BR": ((["919", "918"], 11), (["913", "912"], 10)),
    "EC": ((["98", "99", "96", "95"], 9), (["72", "74"], 8)),
    "JP": ((["90", "80", "70"], 10), (["762", "763", "764", "762"], 9)),
}

# -- names (written for v126) ------------------------------------------------------------------------------------------

#: region -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Brigham", "Colter", "Easton", "Joaquin", "Thatcher", "Ruslan", "Deshawn", "Hyrum", "Wyatt", "Ignacio"],
           ["Kenzie", "Oakley", "Marisol", "Harlow", "Sadie", "Anneliese", "Rosalba", "Tenley", "Juniper", "Ivy"],
           ["Bybee", "Tolman", "Echeverria", "Stoddard", "Larsen-Ruiz", "Whitworth", "Gomez", "Haderlie", "Pfeiffer",
            "Nakamura", "Bingham", "Yturri", "Ostler", "Kastner", "Arrieta"]),
    "mu": (["Vikash", "Jean-Marc", "Yeshvin", "Kersley", "Ashvin", "Faizal", "Kevin", "Rudy"],
           ["Priyanka", "Marie-Laure", "Anushka", "Nadège", "Shabnam", "Kelly-Ann", "Vidushi", "Christelle"],
           ["Ramdhony", "Bhugobaun", "L'Étang", "Soobratty", "Jeetun", "Pillay", "Ah-Kong", "Goorah", "Maudarbocus",
            "Lamusse", "Seebaruth", "Chung Fat"]),
    "nl": (["Liam", "Brendan", "Gareth", "Kieran", "Dwayne", "Callum", "Jonah", "Shane"],
           ["Maeve", "Kaitlyn", "Bronagh", "Shaylene", "Rhiannon", "Tessa", "Mallory", "Cassidy"],
           ["Mercer", "Penney", "Kavanagh", "Dalton", "Squires", "Furlong", "Tobin", "Hynes", "Gushue", "Parsons",
            "Snook", "Pittman"]),
    "my": (["Wei Jie", "Haziq", "Arvind", "Jun Hao", "Faris", "Kumaresan", "Zhi Xuan", "Irfan"],
           ["Xin Yi", "Nurul Aisyah", "Kavitha", "Hui Min", "Siti Hajar", "Deepa", "Jia Wen", "Aina"],
           ["Tan", "Lim", "Khoo", "Ooi", "Cheah", "Teoh", "bin Rahman", "bin Ismail", "binti Hassan", "a/l Muthu",
            "a/p Subramaniam", "Goh"]),
    "ni": (["Ciarán", "Ruairi", "Conall", "Jamie", "Eoghan", "Mark", "Pádraig", "Stephen"],
           ["Caoimhe", "Bronagh", "Aoibheann", "Rachel", "Clodagh", "Nuala", "Lauren", "Shauna"],
           ["McCullough", "Gilmore", "O'Neill", "Magee", "Quinn", "McAteer", "Boyd", "Hanna", "Devlin", "Kerr",
            "McIlwaine", "Mulholland"]),
    "sk": (["Landon", "Tyce", "Rylan", "Kieran", "Bryce", "Jaxon", "Anders", "Taras"],
           ["Brynn", "Hayley", "Kennedy", "Olesia", "Paige", "Ingrid", "Marley", "Anika"],
           ["Kowalchuk", "Lindgren", "Friesen", "Bouvier", "Dyck", "Harasym", "Wiebe", "Olauson", "Thiessen",
            "Makowsky", "Rempel", "Halvorson"]),
    "gh": (["Kwame", "Kofi", "Yaw", "Kwabena", "Nii Armah", "Selorm", "Kojo", "Ebo"],
           ["Akosua", "Abena", "Efua", "Ama", "Naa Dedei", "Esi", "Adwoa", "Dzifa"],
           ["Mensah", "Asante", "Owusu", "Boateng", "Quaye", "Tetteh", "Agyemang", "Ankrah", "Darko", "Addo",
            "Kpodo", "Amartey"]),
    "tt": (["Kareem", "Devon", "Rishi", "Jabari", "Marlon", "Ravi", "Shaquille", "Nkosi"],
           ["Shereen", "Anisa", "Kerry-Ann", "Shanice", "Aaliyah", "Rhea", "Candice", "Nadira"],
           ["Ramsaroop", "Maharaj", "De Freitas", "Baptiste", "Ali", "Charles", "Mohammed", "Persad", "Joseph",
            "Ramoutar", "Alexis", "Sookdeo"]),
    "at": (["Florian", "Lukas", "Jakob", "Valentin", "Matthias", "Elias", "Gernot", "Tobias"],
           ["Magdalena", "Theresa", "Johanna", "Verena", "Katharina", "Anja", "Leonie", "Hannah"],
           ["Gruber", "Wieser", "Pichler", "Hribernig", "Ogris", "Wutte", "Kofler", "Krassnig", "Sablatnig",
            "Moser", "Jernej", "Tschernutter"]),
    "it": (["Lorenzo", "Gianmarco", "Matteo", "Riccardo", "Edoardo", "Filippo", "Alessio", "Davide"],
           ["Beatrice", "Ginevra", "Chiara", "Ludovica", "Martina", "Serena", "Elisa", "Camilla"],
           ["Ferrari", "Bodini", "Guarneri", "Zanetti", "Capelli", "Rossetti", "Lanfranchi", "Bertoletti",
            "Sbernini", "Pedrazzini", "Ghisolfi", "Bonetti"]),
    "pl": (["Jakub", "Szymon", "Antoni", "Filip", "Mikołaj", "Wojciech", "Bartosz", "Kacper"],
           ["Zuzanna", "Julia", "Maja", "Oliwia", "Hanna", "Wiktoria", "Natalia", "Aleksandra"],
           ["Kowalczyk", "Wójcik", "Pasternak", "Rzepka", "Szczygieł", "Bąk", "Dziedzic", "Kmieć", "Fornal",
            "Mazur", "Stępień", "Kłos"]),
    "tr": (["Emir", "Yusuf", "Kerem", "Ömer", "Alp", "Mert", "Eymen", "Batuhan"],
           ["Zeynep", "Elif", "Defne", "Ecrin", "Nehir", "İrem", "Ayşenur", "Duru"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç", "Erdem",
            "Karataş"]),
    "br": (["Davi", "Enzo", "Ícaro", "Kauã", "Raimundo", "Heitor", "Railson", "Cauê"],
           ["Raissa", "Yasmin", "Thalia", "Jamile", "Maria Clara", "Ana Beatriz", "Dandara", "Luana"],
           ["Barata", "Guimarães", "Cardoso", "Pantoja", "Sarmento", "Nazaré", "Quaresma", "Tavares", "Corrêa",
            "Bittencourt", "Lobato", "Monteiro"]),
    "ec": (["Mateo", "Santiago", "Sebastián", "Joaquín", "Esteban", "Nicolás", "Martín", "Gabriel"],
           ["Doménica", "Valentina", "Emilia", "Paula", "Camila", "Antonella", "Isabela", "Renata"],
           ["Vázquez", "Ordóñez", "Crespo", "Palacios", "Cordero", "Astudillo", "Vintimilla", "Peña", "Sarmiento",
            "Idrovo", "Maldonado", "Zhunio"]),
}

#: Japanese names: (kanji, katakana, romaji) for family names and for given names
JA_FAMILY = [("北村", "キタムラ", "KITAMURA"), ("中島", "ナカジマ", "NAKAJIMA"), ("山崎", "ヤマザキ", "YAMAZAKI"),
             ("西田", "ニシダ", "NISHIDA"), ("坂本", "サカモト", "SAKAMOTO"), ("宮本", "ミヤモト", "MIYAMOTO"),
             ("東", "ヒガシ", "HIGASHI"), ("浅野", "アサノ", "ASANO"), ("竹内", "タケウチ", "TAKEUCHI"),
             ("村田", "ムラタ", "MURATA"), ("清水", "シミズ", "SHIMIZU"), ("前田", "マエダ", "MAEDA")]
JA_GIVEN = [("陽翔", "ハルト", "HARUTO"), ("湊", "ミナト", "MINATO"), ("蒼", "アオイ", "AOI"), ("悠人", "ユウト", "YUTO"),
            ("颯太", "ソウタ", "SOTA"), ("結菜", "ユイナ", "YUINA"), ("芽依", "メイ", "MEI"), ("紬", "ツムギ", "TSUMUGI"),
            ("美月", "ミツキ", "MITSUKI"), ("心春", "コハル", "KOHARU"), ("智子", "トモコ", "TOMOKO"),
            ("浩二", "コウジ", "KOJI")]


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``."""
    male, fem, fam = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.5
    family = g.rnd.choice(fam)
    if lang == "my" and family.startswith(("bin ", "binti ", "a/l ", "a/p ")):
        # a patronymic: bin/a-l for men, binti/a-p for women
        father = g.rnd.choice(["Rahman", "Ismail", "Hassan", "Muthu", "Subramaniam", "Yusof"])
        family = ("binti " if female else "bin ") + father if family.startswith(("bin", "binti")) else \
            ("a/p " if female else "a/l ") + father
    return g.rnd.choice(fem if female else male), family


def whole(g: Gen, lang: str = "us", female: bool | None = None) -> str:
    if lang == "ja":
        f, gv = g.rnd.choice(JA_FAMILY), g.rnd.choice(JA_GIVEN)
        return f"{f[0]} {gv[0]}"
    a, b = person(g, lang, female)
    if lang == "my" and not b.startswith(("bin", "a/")):
        return f"{b} {a}"
    return f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def ja_person(g: Gen) -> tuple[tuple[str, str, str], tuple[str, str, str]]:
    """A Japanese (family, given) pair, each (kanji, katakana, romaji)."""
    return g.rnd.choice(JA_FAMILY), g.rnd.choice(JA_GIVEN)


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() or ch == ".")


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a = plain(first.split()[0]) or "user"
    b = plain(last.split()[-1]) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(70, 99)}",
                          f"{a}_{b}{g.rnd.randint(1, 9)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def romaji_email(g: Gen) -> str:
    f, gv = ja_person(g)
    local = g.rnd.choice([f"{gv[2].lower()}.{f[2].lower()}", f"{gv[2].lower()}{g.rnd.randint(1, 9999)}",
                          f"{f[2].lower()}_{gv[2][0].lower()}{g.rnd.randint(10, 99)}"])
    return f"{local}@{g.rnd.choice(DOMAINS['ja'])}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first).replace(".", ""), plain(last).replace(".", "")
    return [f"{a[0]}{b}"[:12], f"{a}.{b}", f"{b[:6]}{a[:2]}".lower(), f"{a}{b[:1]}{len(b) * 7}"][style % 4]


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "cableone.net"],
    "mu": ["gmail.com", "intnet.mu", "yahoo.fr", "hotmail.com", "myt.mu"],
    "nl": ["gmail.com", "nl.rogers.com", "hotmail.com", "eastlink.ca", "bellaliant.net"],
    "my": ["gmail.com", "yahoo.com.my", "hotmail.my", "outlook.com"],
    "ni": ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk"],
    "sk": ["gmail.com", "sasktel.net", "shaw.ca", "hotmail.com"],
    "gh": ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com"],
    "tt": ["gmail.com", "hotmail.com", "yahoo.com", "tstt.net.tt"],
    "at": ["gmx.at", "aon.at", "a1.net", "gmail.com", "chello.at"],
    "it": ["gmail.com", "libero.it", "alice.it", "virgilio.it", "tiscali.it"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "gmail.com", "o2.pl"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    "br": ["gmail.com", "hotmail.com", "yahoo.com.br", "uol.com.br", "bol.com.br"],
    "ec": ["gmail.com", "hotmail.com", "yahoo.es", "outlook.es"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "icloud.com"],
}

# -- places (written for v126) -----------------------------------------------------------------------------------------

#: (city, ZIP) in the Treasure Valley, Idaho
US_CITIES = [("Boise", "83702"), ("Boise", "83706"), ("Boise", "83709"), ("Boise", "83713"), ("Meridian", "83642"),
             ("Meridian", "83646"), ("Nampa", "83651"), ("Nampa", "83686"), ("Eagle", "83616"), ("Caldwell", "83605"),
             ("Kuna", "83634"), ("Star", "83669")]
US_STREETS = ["W Hill Rd", "N Harrison Blvd", "E Warm Springs Ave", "S Vista Ave", "W Overland Rd", "N Five Mile Rd",
              "E Ustick Rd", "W Chinden Blvd", "N Eagle Rd", "S Cole Rd", "W Floating Feather Rd", "E Parkcenter Blvd"]
MU_TOWNS = ["Rose-Hill", "Quatre Bornes", "Curepipe", "Vacoas", "Beau Bassin", "Port Louis", "Mahébourg", "Goodlands",
            "Moka", "Flacq", "Triolet", "Phoenix"]
MU_STREETS = ["Royal Road", "Avenue des Lilas", "Rue St Jean", "Avenue Victoria", "Morcellement Raffray",
              "Rue Lislet Geoffroy", "Avenue Bonne Terre", "Impasse Manilall", "Rue Vandermeersch", "La Source Lane"]
#: (town, FSA) in Newfoundland
NL_CITIES = [("St. John's", "A1B"), ("St. John's", "A1C"), ("St. John's", "A1E"), ("St. John's", "A1A"),
             ("Mount Pearl", "A1N"), ("Paradise", "A1L"), ("Conception Bay South", "A1W"), ("Torbay", "A1K"),
             ("Portugal Cove-St. Philip's", "A1M"), ("Gander", "A1V")]
NL_STREETS = ["Topsail Rd", "Elizabeth Ave", "Kenmount Rd", "LeMarchant Rd", "Freshwater Rd", "Portugal Cove Rd",
              "Torbay Rd", "Blackmarsh Rd", "Military Rd", "Thorburn Rd", "Newtown Rd", "Quidi Vidi Rd"]
#: (town, postcode) in Penang
MY_CITIES = [("George Town", "10050"), ("George Town", "10150"), ("George Town", "10250"), ("George Town", "10400"),
             ("Air Itam", "11500"), ("Tanjung Bungah", "11200"), ("Bayan Lepas", "11900"), ("Gelugor", "11700"),
             ("Butterworth", "12300"), ("Bukit Mertajam", "14000"), ("Balik Pulau", "11000"), ("Nibong Tebal", "14300")]
MY_STREETS = ["Jalan Burma", "Lebuh Chulia", "Jalan Sultan Azlan Shah", "Lorong Kelawai", "Jalan Masjid Negeri",
              "Persiaran Gurney", "Jalan Mayang Pasir", "Jalan Bagan Luar", "Lintang Macallum", "Jalan Tanjung Tokong"]
#: (town, postcode district) in and around Belfast
NI_CITIES = [("Belfast", "BT4"), ("Belfast", "BT5"), ("Belfast", "BT7"), ("Belfast", "BT9"), ("Belfast", "BT15"),
             ("Lisburn", "BT28"), ("Bangor", "BT20"), ("Newtownabbey", "BT36"), ("Holywood", "BT18"),
             ("Carrickfergus", "BT38"), ("Comber", "BT23")]
NI_STREETS = ["Lisburn Road", "Ormeau Road", "Cregagh Road", "Antrim Road", "Upper Newtownards Road", "Malone Avenue",
              "Castlereagh Street", "Belmont Park", "Stranmillis Gardens", "Glenburn Road", "Donegall Avenue"]
#: (city, FSA) in Saskatchewan
SK_CITIES = [("Saskatoon", "S7H"), ("Saskatoon", "S7K"), ("Saskatoon", "S7N"), ("Regina", "S4P"), ("Regina", "S4S"),
             ("Regina", "S4T"), ("Prince Albert", "S6V"), ("Moose Jaw", "S6H"), ("Swift Current", "S9H"),
             ("Yorkton", "S3N"), ("North Battleford", "S9A"), ("Estevan", "S4A")]
SK_STREETS = ["Spadina Cres", "Broadway Ave", "Albert St", "Dewdney Ave", "Circle Dr", "Victoria Ave", "8th St E",
              "Wascana Pkwy", "Avenue H S", "Main St N", "College Dr", "Rochdale Blvd"]
#: (town, GhanaPost district prefix) in Greater Accra
GH_CITIES = [("Accra", "GA"), ("East Legon", "GA"), ("Dansoman", "GA"), ("Osu", "GA"), ("Madina", "GM"),
             ("Adenta", "GD"), ("Tema", "GT"), ("Teshie", "GL"), ("Kasoa", "CX"), ("Spintex", "GT")]
GH_STREETS = ["Ring Road East", "Oxford Street", "Boundary Road", "Lagos Avenue", "Liberation Road", "Abafun Crescent",
              "Kwame Nkrumah Avenue", "Spintex Road", "Community 11 Link", "Ako Adjei Road"]
TT_CITIES = ["Port of Spain", "San Fernando", "Arima", "Chaguanas", "Diego Martin", "Laventille", "Tunapuna",
             "Point Fortin", "Couva", "Sangre Grande", "Maraval", "Morvant"]
TT_STREETS = ["Eastern Main Road", "Ariapita Avenue", "Lady Young Road", "Southern Main Road", "Coffee Street",
              "Pointe-a-Pierre Road", "Saddle Road", "Morvant Main Road", "Cipero Road", "Mucurapo Road"]
#: (town, PLZ) in Carinthia
AT_CITIES = [("Klagenfurt am Wörthersee", "9020"), ("Klagenfurt am Wörthersee", "9073"), ("Villach", "9500"),
             ("Velden am Wörther See", "9220"), ("Krumpendorf am Wörthersee", "9201"),
             ("Pörtschach am Wörther See", "9210"),
             ("St. Veit an der Glan", "9300"), ("Völkermarkt", "9100"), ("Feldkirchen in Kärnten", "9560"),
             ("Wolfsberg", "9400"), ("Ferlach", "9170"), ("Grafenstein", "9131")]
AT_STREETS = ["Bahnhofstraße", "Villacher Straße", "St. Veiter Ring", "Kumpfgasse", "Rosentaler Straße",
              "Waidmannsdorfer Straße", "Koschatstraße", "Lindwurmweg", "Feschnigstraße", "Pischeldorfer Straße"]
#: (comune, CAP, cadastral code for the codice fiscale)
IT_CITIES = [("Cremona", "26100", "D150"), ("Crema", "26013", "D142"), ("Casalmaggiore", "26041", "B898"),
             ("Soresina", "26015", "I849"), ("Castelverde", "26022", "C153"), ("Piacenza", "29121", "G535"),
             ("Parma", "43121", "G337"), ("Mantova", "46100", "E897"), ("Brescia", "25121", "B157"),
             ("Lodi", "26900", "E648")]
IT_STREETS = ["Via Palestro", "Corso Garibaldi", "Via Solferino", "Piazza Stradivari", "Via Bonomelli",
              "Corso Vittorio Emanuele II", "Via dei Mille", "Via Platina", "Vicolo Lanaioli", "Via Giordano"]
#: (town, postcode prefix) around Rzeszów
PL_CITIES = [("Rzeszów", "35-0"), ("Rzeszów", "35-3"), ("Rzeszów", "35-6"), ("Łańcut", "37-10"),
             ("Strzyżów", "38-10"), ("Ropczyce", "39-10"), ("Tyczyn", "36-02"), ("Boguchwała", "36-04"),
             ("Głogów Małopolski", "36-06"), ("Jarosław", "37-50"), ("Dębica", "39-20")]
PL_STREETS = ["ul. 3 Maja", "ul. Hetmańska", "al. Piłsudskiego", "ul. Podwisłocze", "ul. Krakowska",
              "ul. Dąbrowskiego", "ul. Lwowska", "ul. Sikorskiego", "ul. Rejtana", "ul. Słowackiego"]
#: (district, postcode prefix) in Eskişehir
TR_CITIES = [("Odunpazarı", "260"), ("Tepebaşı", "261"), ("Sivrihisar", "266"), ("Alpu", "268"),
             ("Çifteler", "267"), ("Mahmudiye", "268"), ("Seyitgazi", "269"), ("İnönü", "263")]
TR_STREETS = ["Atatürk Bulvarı", "İsmet İnönü Caddesi", "Porsuk Bulvarı", "Hamamyolu Caddesi",
              "Kızılcıklı Mahmut Pehlivan Caddesi", "Sazova Sokak", "Ahmet Kanatlı Caddesi", "Ziya Paşa Sokak",
              "Yunus Emre Caddesi"]
#: (município, CEP prefix) in the Belém metropolitan area
BR_CITIES = [("Belém", "660"), ("Belém", "661"), ("Belém", "668"), ("Ananindeua", "670"), ("Ananindeua", "671"),
             ("Marituba", "672"), ("Benevides", "687"), ("Castanhal", "687"), ("Santa Izabel do Pará", "687")]
BR_STREETS = ["Av. Nazaré", "Travessa Quintino Bocaiúva", "Av. Almirante Barroso", "Rua dos Mundurucus",
              "Travessa Padre Eutíquio", "Av. Governador José Malcher", "Passagem São Pedro", "Rua Diogo Móia",
              "Av. Pedro Miranda", "Travessa Mauriti"]
#: (cantón, postal code prefix) in Azuay
EC_CITIES = [("Cuenca", "0101"), ("Cuenca", "0102"), ("Gualaceo", "0104"), ("Paute", "0106"), ("Sígsig", "0105"),
             ("Chordeleg", "0111"), ("Girón", "0103"), ("Santa Isabel", "0108")]
EC_STREETS = ["Av. Solano", "Calle Larga", "Av. Remigio Crespo", "Gran Colombia", "Av. de las Américas",
              "Calle Presidente Córdova", "Av. Ordóñez Lasso", "Calle Padre Aguirre", "Av. 10 de Agosto",
              "Calle Mariscal Sucre"]
#: (municipality, 〒 prefix) around Kanazawa
JA_CITIES = [("金沢市", "920"), ("金沢市", "921"), ("野々市市", "921"), ("白山市", "924"), ("小松市", "923"),
             ("かほく市", "929"), ("内灘町", "920"), ("津幡町", "929")]
JA_STREETS = ["広坂2丁目1-3", "香林坊1丁目5-12", "長町3丁目8-20", "本町1丁目4-7", "西念3丁目11-2", "寺町5丁目6-18",
              "粟崎町4丁目22", "押野2丁目310", "横江町2115", "白菊町14-9"]


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(100, 9_800) if lang == "us" else g.rnd.randint(1, 160)
    if lang in ("at", "pl", "tr", "ec"):
        return f"{s} {n}" + (f"/{g.rnd.randint(1, 24)}" if lang == "pl" and g.rnd.random() < 0.5 else "")
    if lang == "it":
        return f"{s} {n}" if g.rnd.random() < 0.5 else f"{s}, {n}"
    if lang == "br":
        return f"{s}, {n}" + (f", apto {g.rnd.randint(101, 1204)}" if g.rnd.random() < 0.3 else "")
    if lang == "my":
        if g.rnd.random() < 0.6:
            return f"{n}, {s}"
        tower = g.rnd.choice(["Seri", "Mutiara", "Gurney"])
        return f"{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 12)}-{g.rnd.randint(1, 9)}, Menara {tower}, {s}"
    if lang == "ja":
        return s
    if lang == "mu":
        return f"{n} {s}" if g.rnd.random() < 0.5 else s
    if lang == "tt":
        return f"#{n} {s}" if g.rnd.random() < 0.5 else f"LP {n}, {s}"
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
    return d


def luhn_decoy(g: Gen, n: int) -> str:
    """``n`` digits failing the Luhn check (shaped like a SIN)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(n - 1), lambda x: not luhn.is_valid(x))


def mu_nid(g: Gen, family: str, born: date) -> str:
    """A Mauritian ID number: the family name's initial, DDMMYY, six digits and a check character."""
    initial = (plain(family)[:1] or "X").upper()

    def make() -> str:
        body = f"{initial}{born.day:02d}{born.month:02d}{born.year % 100:02d}{g.digits(6)}"
        return body + _nid.calc_check_digit(body)

    return g.valid(make, _nid.is_valid)


#: Malaysian NRIC birth place codes of Penang and nearby states
_MY_PLACES = ["07", "07", "07", "02", "08", "09", "14", "10"]


def my_nric(g: Gen, born: date, female: bool, dashed: bool = True) -> str:
    def make() -> str:
        last = g.rnd.choice("02468" if female else "13579")
        return f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{g.rnd.choice(_MY_PLACES)}{g.digits(3)}{last}"

    d = g.valid(make, _nric.is_valid)
    return _nric.format(d) if dashed else d


def my_nric_decoy(g: Gen) -> str:
    """Twelve digits shaped like an NRIC failing its checks (an impossible month or an unused birth place code)."""
    def make() -> str:
        if g.rnd.random() < 0.5:
            return f"{g.digits(2)}{g.rnd.randint(13, 99)}{g.rnd.randint(1, 28):02d}-{g.rnd.choice(_MY_PLACES)}-" \
                   f"{g.digits(4)}"
        unused = g.rnd.choice(["17", "18", "19", "20", "69", "70", "73", "80", "81", "94", "95", "96", "97"])
        return f"{g.digits(2)}{g.rnd.randint(1, 12):02d}{g.rnd.randint(1, 28):02d}-{unused}-{g.digits(4)}"

    return g.valid(make, lambda x: not _nric.is_valid(x))


def gh_tin(g: Gen) -> str:
    """A Ghana Revenue Authority TIN of an individual (``P00`` and a check character)."""
    def make() -> str:
        body = "P00" + g.digits(7)
        return body + _ghtin.calc_check_digit(body)

    return g.valid(make, _ghtin.is_valid)


def gh_tin_decoy(g: Gen) -> str:
    """A receipt number shaped like an individual's TIN failing its check."""
    return g.valid(lambda: "P00" + g.digits(8), lambda x: not _ghtin.is_valid(x))


def at_svnr(g: Gen, born: date, spaced: bool = True) -> str:
    def make() -> str:
        serial = str(g.rnd.randint(1, 9)) + g.digits(2)
        tail = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}"
        body = serial + "0" + tail
        return serial + _vnr.calc_check_digit(body) + tail

    d = g.valid(make, _vnr.is_valid)
    return f"{d[:4]} {d[4:]}" if spaced else d


_CF_MONTHS = "ABCDEHLMPRST"


def codice_fiscale(g: Gen, first: str, last: str, born: date, female: bool, cadastral: str) -> str:
    def letters(text: str) -> tuple[str, str]:
        text = "".join(ch for ch in fold(text).upper() if ch.isalpha())
        return "".join(ch for ch in text if ch not in "AEIOU"), "".join(ch for ch in text if ch in "AEIOU")

    cons, vow = letters(last)
    sur = (cons + vow + "XXX")[:3]
    cons, vow = letters(first)
    name = cons[0] + cons[2] + cons[3] if len(cons) >= 4 else (cons + vow + "XXX")[:3]
    day = born.day + (40 if female else 0)
    body = f"{sur}{name}{born.year % 100:02d}{_CF_MONTHS[born.month - 1]}{day:02d}{cadastral}"
    d = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(d)
    return d


def it_iva(g: Gen) -> str:
    def make() -> str:
        body = g.digits(7) + g.rnd.choice(["019", "015", "017", "034"])
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _iva.is_valid)


def iban(g: Gen, country: str, bban_layout: str, spaced: bool = True) -> str:
    """An IBAN of ``country``: ``bban_layout`` as in :meth:`Gen.code`, check digits computed."""
    def make() -> str:
        bban = g.code(bban_layout)
        check = _iban.calc_check_digits(f"{country}00{bban}")
        return f"{country}{check}{bban}"

    d = g.valid(make, _iban.is_valid)
    return " ".join(d[i:i + 4] for i in range(0, len(d), 4)) if spaced else d


def pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)

    def make() -> str:
        serial = g.digits(3) + str(g.rnd.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
        body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial}"
        return body + _pesel.calc_check_digit(body)

    return g.valid(make, _pesel.is_valid)


def pl_nip(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.choice([5, 8, 8, 7])) + g.digits(9), _nip.is_valid)
    return f"{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:]}"


def tckn(g: Gen) -> str:
    def make() -> str:
        body = str(g.rnd.randint(1, 9)) + g.digits(8)
        return body + _tck.calc_check_digits(body)

    return g.valid(make, _tck.is_valid)


def tckn_decoy(g: Gen) -> str:
    """Eleven digits shaped like a T.C. Kimlik No. failing its check (an application number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _tck.is_valid(x))


def tr_vkn(g: Gen) -> str:
    def make() -> str:
        body = g.digits(9)
        return body + _vkn.calc_check_digit(body)

    return g.valid(make, _vkn.is_valid)


def cpf(g: Gen, dotted: bool = True) -> str:
    d = g.valid(lambda: g.digits(11), lambda x: _cpf.is_valid(x) and len(set(x)) > 1)
    return _cpf.format(d) if dotted else d


def cnpj(g: Gen) -> str:
    def make() -> str:
        body = g.digits(8) + "0001"
        return body + _cnpj.calc_check_digits(body)

    return _cnpj.format(g.valid(make, _cnpj.is_valid))


def ec_ci(g: Gen, province: str = "01") -> str:
    return g.valid(lambda: province + str(g.rnd.randint(0, 5)) + g.digits(7), _ci.is_valid)


def ec_ci_decoy(g: Gen) -> str:
    """Ten digits shaped like an Azuay cédula failing its check (a registration form number)."""
    return g.valid(lambda: "01" + str(g.rnd.randint(0, 5)) + g.digits(7), lambda x: not _ci.is_valid(x))


def ec_ruc(g: Gen) -> str:
    """A company RUC (third digit 9): ``ec.ruc`` is checked by the caller's test."""
    return g.valid(lambda: "01" + "9" + g.digits(7) + "001", _ruc.is_valid)


# -- music vocabulary (written for v126) ------------------------------------------------------------------------------

INSTRUMENTS_EN = ["Violin", "Viola", "Cello", "Double bass", "Flute", "Clarinet", "Trumpet", "Trombone", "Piano",
                  "Guitar", "Percussion", "French horn", "Oboe", "Saxophone"]
GRADES = ["Initial", "Grade 1", "Grade 2", "Grade 3", "Grade 4", "Grade 5", "Grade 6", "Grade 7", "Grade 8",
          "Diploma"]
VOICE_PARTS = ["Soprano 1", "Soprano 2", "Alto 1", "Alto 2", "Tenor", "Baritone", "Bass", "Treble"]
