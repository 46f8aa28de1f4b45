"""Values of held-out set v138 (:mod:`benchmarks.classification.heldout_v138`): v138's random source, and names,
streets, towns, shops, products and free-text snippets written by hand for v138's e-commerce and online retail systems
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
from stdnum import ean as _ean
from stdnum import iban as _iban
from stdnum import luhn
from stdnum.cz import rc as _rc
from stdnum.dk import cpr as _cpr
from stdnum.es import dni as _dni
from stdnum.gr import vat as _afm
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import gstin as _gstin
from stdnum.in_ import pan as _pan
from stdnum.it import codicefiscale as _cf
from stdnum.pl import pesel as _pesel
from stdnum.ro import cnp as _cnp
from stdnum.sg import uen as _uen
from stdnum.tr import tckimlik as _tckn
from stdnum.tr import vkn as _vkn
from stdnum.us import ein as _ein
from stdnum.us import rtn as _rtn
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _za_id

from benchmarks.classification.heldout_v2 import Column

SEED = 138_2026_0611
N = "none"
#: a login or public nickname (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v138's systems (tests skip them); ``11111111111`` is the T.C. kimlik placeholder Turkish
#: e-archive invoices carry when a buyer gives no number
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "—", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNK", "?",
    "nil", "0", "no notes", "k.A.", "keine", "geen", "nvt", "ingen", "intet", "žádná", "-/-", "yok", "Yok",
    "11111111111", "κανένα", "なし", "特になし", "不明", "NONE")


_UNFOLDED = str.maketrans({"ø": "o", "æ": "ae", "ł": "l", "ı": "i", "đ": "d"})


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower().translate(_UNFOLDED))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v138:{SEED}:{table}")

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

    def sha1(self) -> str:
        return hashlib.sha1(str(self.rnd.random()).encode(), usedforsecurity=False).hexdigest()

    def version(self) -> str:
        return f"{self.rnd.randint(2, 9)}.{self.rnd.randint(0, 30)}.{self.rnd.randint(0, 12)}"

    def ipv4(self) -> str:
        first = self.rnd.choice([24, 41, 49, 58, 67, 73, 85, 88, 92, 101, 105, 110, 118, 122, 147, 176, 185, 203])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2001:8003", "2a02:810d", "2401:4900", "2c0f:f4c0", "2600:1700", "2a01:c22"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(6))

    def ip(self, v6: float = 0.25) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, area: str, fmt: str = "e164", mobile: bool = True) -> str:
        """A number valid for the region of ``area`` (``US`` or ``US-WI``: phonenumbers), from the prefixes of
        :data:`PHONE_PREFIXES` when listed."""
        region = area.split("-")[0]
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        prefixes = PHONE_PREFIXES.get((area, mobile), [nsn[:max(len(nsn) - 6, 1)]])
        length = PHONE_LENGTHS.get((area, mobile), len(nsn))

        def make() -> str:
            head = self.rnd.choice(prefixes)
            return head + self.digits(length - len(head))

        def ok(candidate: str) -> bool:
            number = phonenumbers.parse(f"+{example.country_code}{candidate}")
            return (phonenumbers.is_valid_number(number)
                    and phonenumbers.region_code_for_number(number) == region
                    and candidate[3:6] != "555")

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


#: (region, mobile) -> national significant number prefixes of the table's area (filled to the example's length)
PHONE_PREFIXES: dict[tuple[str, bool], list[str]] = {
    ("US", True): ["503", "971", "541", "360"], ("US", False): ["503", "971", "541"],
    ("US-WI", True): ["715", "608", "920", "414"], ("US-WI", False): ["715", "608", "920"],
    ("CA", True): ["403", "587", "780", "825"], ("CA", False): ["403", "780"],
    ("GB", True): ["7700", "7711", "7725", "7747", "7801", "7912", "7956"], ("GB", False): ["113", "1423", "1904"],
    ("ZA", True): ["72", "73", "76", "78", "79", "82", "83", "84"], ("ZA", False): ["21"],
    ("AU", True): ["401", "403", "412", "421", "433", "450", "466", "478"], ("AU", False): ["39", "38"],
    ("IN", True): ["98450", "99001", "97408", "88611", "63600", "70220"], ("IN", False): ["80"],
    ("SG", True): ["8", "9"], ("SG", False): ["6"],
    ("DE", True): ["151", "152", "157", "160", "170", "171", "176", "177"], ("DE", False): ["341", "345", "371"],
    ("NL", True): ["6"], ("NL", False): ["50", "592", "58"],
    ("DK", True): ["20", "22", "26", "28", "30", "31", "40", "42", "50", "53", "60", "61"], ("DK", False): ["86", "87",
                                                                                                             "89"],
    ("CZ", True): ["602", "603", "604", "605", "721", "731", "736", "774", "777", "792"], ("CZ", False): ["54"],
    ("TR", True): ["530", "532", "535", "541", "542", "505", "506", "551", "553"], ("TR", False): ["232"],
    ("GR", True): ["693", "694", "695", "697", "698", "699"], ("GR", False): ["2310"],
    ("JP", True): ["90", "80", "70"], ("JP", False): ["92"],
}

#: (region, mobile) -> national significant number length, where the example's is not the area's
PHONE_LENGTHS: dict[tuple[str, bool], int] = {("DE", False): 10}

# -- names (written for v138) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Dashiell", "Everett", "Rohan", "Keanu", "Mateus", "Caleb", "Tanner", "Isaiah", "Hollis", "Nikhil"],
           ["Juniper", "Marisol", "Wren", "Delaney", "Anjali", "Briar", "Tamsin", "Lucía", "Harper", "Soraya"],
           ["Lindgren", "Okafor", "Castellanos", "Pham", "Albright", "Yoder", "Hargrove", "Kessler", "Ruiz-Navarro",
            "Whitlock", "Sorensen", "Begay", "Tanaka-Ross", "McAllister", "Dubois"]),
    "wi": (["Gerald", "Duane", "Lyle", "Roger", "Kou", "Darrell", "Vernon", "Stanley", "Leroy", "Neng"],
           ["Lorraine", "Joyce", "Arlene", "Mai", "Donna", "Beverly", "Gladys", "Kathleen", "Yer", "Marlys"],
           ["Schroeder", "Kowalski", "Vang", "Halverson", "Luebke", "Thao", "Gunderson", "Brueckner", "Nowicki",
            "Olstad", "Zielke", "Krause", "Lor", "Mittelstadt"]),
    "gb": (["Harvey", "Ibrahim", "Connor", "Jayden", "Mohammed", "Reece", "Callum", "Bradley"],
           ["Courtney", "Amira", "Chloe", "Jodie", "Sana", "Kirsty", "Bethany", "Leanne"],
           ["Ackroyd", "Sutcliffe", "Hussain", "Brearley", "Holdsworth", "Akhtar", "Pickersgill", "Illingworth",
            "Mahmood", "Thwaite", "Greenwood", "Oldroyd"]),
    "ro": (["Andrei", "Mihai", "Ionuț", "Bogdan"], ["Ioana", "Elena", "Andreea", "Roxana"],
           ["Popescu", "Dumitrescu", "Stănescu", "Ionescu", "Munteanu", "Constantin"]),
    "pl": (["Kacper", "Mateusz", "Paweł", "Tomasz"], ["Agnieszka", "Magdalena", "Zofia", "Katarzyna"],
           ["Nowak", "Wróbel", "Mazur", "Krawczyk", "Dudek", "Pawlak"]),
    "es": (["Álvaro", "Sergio", "Javier", "Iker"], ["Lucía", "Nerea", "Marta", "Ainhoa"],
           ["García Ruiz", "Fernández", "López Vidal", "Martínez Soto", "Navarro", "Iglesias"]),
    "it": (["Lorenzo", "Matteo", "Davide", "Giuseppe"], ["Giulia", "Chiara", "Federica", "Martina"],
           ["Esposito", "Colombo", "Ricci", "Bianchi", "Marino", "Greco"]),
    "ca": (["Brayden", "Rajveer", "Colton", "Tyson", "Marc-André", "Jun", "Dallas", "Kwame"],
           ["Kayla", "Jasleen", "Brooklyn", "Mikayla", "Geneviève", "Mei", "Shelby", "Abena"],
           ["Friesen", "Grewal", "Lafleur", "Wiebe", "Cardinal", "Dhaliwal", "Klassen", "Bouchard", "Okoro", "Yaremko",
            "Tran", "Sinclair"]),
    "za": (["Sipho", "Thabo", "Ruan", "Mogamat", "Lwazi", "Pieter", "Yusuf", "Kagiso"],
           ["Nomvula", "Lindiwe", "Anri", "Fatima", "Zanele", "Chantelle", "Thandeka", "Riana"],
           ["Mokoena", "Van der Merwe", "Jacobs", "Ndlovu", "Botha", "Abrahams", "Dlamini", "Pretorius", "Adams",
            "Nkosi", "Le Roux", "Hendricks"]),
    "au": (["Lachie", "Tuan", "Hamish", "Declan", "Nikos", "Ravi", "Bailey", "Angus"],
           ["Matilda", "Chloe", "Sienna", "Thi Lan", "Georgia", "Priya", "Maddison", "Eleni"],
           ["Fitzgerald", "Papadopoulos", "Nguyen", "O'Halloran", "Murphy", "Kowalczyk", "Singh", "McPherson", "Tran",
            "Costa", "Whitfield", "Ryan"]),
    "in": (["Manjunath", "Praveen", "Sandeep", "Abhishek", "Naveen", "Girish", "Farhan", "Raghavendra"],
           ["Divya", "Sowmya", "Nandini", "Shruti", "Ayesha", "Pavithra", "Rekha", "Bhavana"],
           ["Gowda", "Hegde", "Shetty", "Reddy", "Nayak", "Kamath", "Bhat", "Khan", "Patil", "Rao", "Murthy", "Naik"]),
    "sg": (["Wei Jie", "Jun Hao", "Zhi Hao", "Darren", "Kai Xiang", "Ryan"],
           ["Hui Min", "Xin Yi", "Shu Ting", "Rachel", "Jia Wen", "Pei Shan"],
           ["Tan", "Lim", "Ng", "Wong", "Goh", "Chua", "Teo", "Koh", "Ong", "Yeo"]),
    "de": (["Maik", "Sebastian", "Tobias", "Ronny", "Paul", "Kevin", "Florian", "Jens"],
           ["Mandy", "Franziska", "Juliane", "Peggy", "Lea", "Sophie", "Anja", "Nadine"],
           ["Schubert", "Richter", "Köhler", "Lehmann", "Hähnel", "Pfeiffer", "Kretzschmar", "Böhme", "Uhlig",
            "Seidel", "Günther", "Thümmler"]),
    "nl": (["Sjoerd", "Wietse", "Jelle", "Bram", "Thijs", "Rik", "Mehmet", "Gerrit"],
           ["Femke", "Marieke", "Anouk", "Lotte", "Ilse", "Sanne", "Noor", "Esra"],
           ["Bakker", "Dijkstra", "Smit", "Hoekstra", "Kuipers", "Veenstra", "Jansen", "Mulder", "Berg", "Vries",
            "Wal", "Boer"]),
    "da": (["Mads", "Rasmus", "Frederik", "Kasper", "Mikkel", "Jonas", "Søren", "Ahmad"],
           ["Mette", "Signe", "Camilla", "Line", "Ida", "Freja", "Trine", "Sara"],
           ["Nørgaard", "Kristensen", "Møller", "Lauridsen", "Østergaard", "Pedersen", "Bach", "Kjær", "Thomsen",
            "Vestergaard", "Jørgensen", "Frandsen"]),
    "tr": (["Emre", "Burak", "Mert", "Oğuzhan", "Serkan", "Onur", "Barış", "Hakan"],
           ["Elif", "Zeynep", "Büşra", "Merve", "Ece", "Gizem", "Derya", "Sevgi"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan", "Doğan", "Kılıç", "Aslan",
            "Korkmaz"]),
    "ja": (["大翔", "陽斗", "健太", "翔平", "直樹", "颯太", "浩二", "悠人"],
           ["葵", "結菜", "真央", "美穂", "彩乃", "陽子", "愛美", "千夏"],
           ["田中", "中村", "松尾", "古賀", "井上", "木村", "原田", "坂本", "山口", "堤", "永田", "吉田"]),
}

#: Czech family names, (male, female)
CS_FAMILY = [("Novák", "Nováková"), ("Dvořák", "Dvořáková"), ("Horák", "Horáková"), ("Procházka", "Procházková"),
             ("Kučera", "Kučerová"), ("Veselý", "Veselá"), ("Černý", "Černá"), ("Pokorný", "Pokorná"),
             ("Marek", "Marková"), ("Pospíšil", "Pospíšilová"), ("Hájek", "Hájková"), ("Král", "Králová")]
CS_GIVEN = (["Jakub", "Tomáš", "Ondřej", "Lukáš", "Petr", "Vojtěch", "Martin", "Jiří"],
            ["Tereza", "Kateřina", "Lucie", "Veronika", "Eliška", "Markéta", "Zuzana", "Jana"])
#: Greek family names, (male, female)
EL_FAMILY = [("Παπαδόπουλος", "Παπαδοπούλου"), ("Κωνσταντινίδης", "Κωνσταντινίδου"), ("Γεωργίου", "Γεωργίου"),
             ("Οικονόμου", "Οικονόμου"), ("Τσολάκης", "Τσολάκη"), ("Χατζηδάκης", "Χατζηδάκη"),
             ("Ιωαννίδης", "Ιωαννίδου"), ("Μαυρίδης", "Μαυρίδου"), ("Καραγιάννης", "Καραγιάννη"),
             ("Σαββίδης", "Σαββίδου"), ("Πετρίδης", "Πετρίδου"), ("Αλεξίου", "Αλεξίου")]
EL_GIVEN = (["Γιώργος", "Δημήτρης", "Νίκος", "Κωνσταντίνος", "Θανάσης", "Βασίλης", "Στέλιος", "Παναγιώτης"],
            ["Μαρία", "Ελένη", "Κατερίνα", "Σοφία", "Δέσποινα", "Βασιλική", "Αναστασία", "Χρυσούλα"])
#: Dutch family names with their tussenvoegsel
NL_TUSSEN = {"Berg": "van den", "Vries": "de", "Wal": "van der", "Boer": "de"}

#: Japanese names in katakana (フリガナ columns)
JA_KANA = {"田中": "タナカ", "中村": "ナカムラ", "松尾": "マツオ", "古賀": "コガ", "井上": "イノウエ", "木村": "キムラ",
           "原田": "ハラダ", "坂本": "サカモト", "山口": "ヤマグチ", "堤": "ツツミ", "永田": "ナガタ", "吉田": "ヨシダ",
           "大翔": "ヒロト", "陽斗": "ハルト", "健太": "ケンタ", "翔平": "ショウヘイ", "直樹": "ナオキ", "颯太": "ソウタ",
           "浩二": "コウジ", "悠人": "ユウト", "葵": "アオイ", "結菜": "ユイナ", "真央": "マオ", "美穂": "ミホ",
           "彩乃": "アヤノ", "陽子": "ヨウコ", "愛美": "マナミ", "千夏": "チナツ"}

_GREEK_LATIN = {"α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k",
                "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t",
                "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o"}


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``."""
    if female is None:
        female = g.rnd.random() < 0.5
    if lang == "cs":
        return g.rnd.choice(CS_GIVEN[female]), g.rnd.choice(CS_FAMILY)[female]
    if lang == "el":
        return g.rnd.choice(EL_GIVEN[female]), g.rnd.choice(EL_FAMILY)[female]
    male, fem, fam = NAMES[lang]
    return g.rnd.choice(fem if female else male), g.rnd.choice(fam)


def whole(g: Gen, lang: str = "us", female: bool | None = None) -> str:
    a, b = person(g, lang, female)
    if lang == "ja":
        return f"{b} {a}"
    if lang == "sg":
        return f"{b} {a}"
    if lang == "nl" and b in NL_TUSSEN:
        return f"{a} {NL_TUSSEN[b]} {b}"
    return f"{a} {b}"


def given(g: Gen, lang: str = "us", female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def latin(text: str) -> str:
    """Greek letters written in Latin (ELOT-like, for e-mail local parts)."""
    folded = fold(text).replace("ου", "ou").replace("μπ", "b").replace("ντ", "nt")
    return "".join(_GREEK_LATIN.get(ch, ch) for ch in folded)


def plain(text: str) -> str:
    return "".join(ch for ch in latin(text) if ch.isalnum() and ch.isascii() or ch == ".")


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(70, 99)}",
                          f"{a}_{b[:4]}"])
    return f"{local}@{g.rnd.choice(domains)}"


def romaji_email(g: Gen, domains: list[str]) -> str:
    """An e-mail of a Japanese person (romanized local part)."""
    local = g.rnd.choice(["hiroto", "haruto", "kenta", "shohei", "naoki", "aoi", "yuina", "mao", "miho", "ayano",
                          "t.nakamura", "koga.m", "yoshida"])
    return f"{local}{g.rnd.choice(['', '.', '_'])}{g.rnd.randint(1, 9999)}@{g.rnd.choice(domains)}"


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "icloud.com"],
    "wi": ["charter.net", "tds.net", "aol.com", "gmail.com"],
    "gb": ["gmail.com", "hotmail.co.uk", "btinternet.com", "sky.com", "outlook.com"],
    "ca": ["gmail.com", "shaw.ca", "telus.net", "hotmail.com", "outlook.com"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "outlook.com", "icloud.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com.au", "icloud.com", "optusnet.com.au"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "sg": ["gmail.com", "singnet.com.sg", "hotmail.com", "yahoo.com.sg"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "freenet.de"],
    "nl": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl", "outlook.com"],
    "da": ["gmail.com", "hotmail.dk", "jubii.dk", "outlook.dk", "mail.dk"],
    "cs": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com", "post.cz"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    "el": ["gmail.com", "yahoo.gr", "hotmail.gr", "otenet.gr"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp"],
}

# -- places (written for v138) -----------------------------------------------------------------------------------------

#: (city, state, ZIP prefix) of Oregon and south-west Washington sellers
US_CITIES = [("Portland", "OR", "972"), ("Eugene", "OR", "974"), ("Salem", "OR", "973"), ("Bend", "OR", "977"),
             ("Hood River", "OR", "970"), ("Corvallis", "OR", "973"), ("Vancouver", "WA", "986"),
             ("Astoria", "OR", "971")]
US_STREETS = ["SE Hawthorne Blvd", "NE Alberta St", "SW Multnomah Blvd", "N Mississippi Ave", "Willamette St",
              "NW Quimby St", "Pearl Ln", "Juniper Ridge Rd", "SE Division St", "Tillamook Ct", "Cascade Vista Dr"]
#: (city, ZIP) in western Wisconsin and beyond
WI_CITIES = [("Eau Claire", "54701"), ("Chippewa Falls", "54729"), ("Menomonie", "54751"), ("La Crosse", "54601"),
             ("Wausau", "54401"), ("Green Bay", "54301"), ("Oshkosh", "54901"), ("Rice Lake", "54868")]
WI_STREETS = ["Birch St", "N Barstow St", "Starr Ave", "County Rd T", "Menomonie St", "Fairfax Ave", "Hillcrest Pkwy",
              "Lake Hallie Dr", "Bellinger St", "Spooner Ave"]
#: (town, postcode district) around Leeds
GB_CITIES = [("Leeds", "LS6"), ("Leeds", "LS11"), ("Leeds", "LS8"), ("Bradford", "BD3"), ("Harrogate", "HG1"),
             ("Wakefield", "WF1"), ("York", "YO31"), ("Pudsey", "LS28"), ("Otley", "LS21"), ("Keighley", "BD21")]
GB_STREETS = ["Cardigan Road", "Harehills Lane", "Beeston Hill", "Otley Old Road", "Kirkstall Lane", "Bramley Croft",
              "Tong Road", "Thornhill Grove", "Roundhay Crescent", "Chapeltown Road", "Beckett Street"]
#: (city, FSA) in Alberta
CA_CITIES = [("Calgary", "T2N"), ("Calgary", "T3A"), ("Edmonton", "T5K"), ("Edmonton", "T6E"), ("Red Deer", "T4N"),
             ("Lethbridge", "T1J"), ("Canmore", "T1W"), ("St. Albert", "T8N"), ("Airdrie", "T4B")]
#: (suburb, postal code) of Cape Town
ZA_SUBURBS = [("Rondebosch", "7700"), ("Claremont", "7708"), ("Bellville", "7530"), ("Khayelitsha", "7784"),
              ("Sea Point", "8005"), ("Durbanville", "7550"), ("Mitchells Plain", "7785"), ("Observatory", "7925"),
              ("Woodstock", "7925"), ("Athlone", "7764"), ("Stellenbosch", "7600")]
ZA_STREETS = ["Main Road", "Lansdowne Road", "Voortrekker Road", "Klipfontein Road", "Kloof Street", "Regent Road",
              "Bloemhof Street", "Durban Road", "Albert Road", "Spine Road"]
#: (suburb, postcode) of Melbourne
AU_SUBURBS = [("Fitzroy", "3065"), ("Brunswick", "3056"), ("Carlton", "3053"), ("Richmond", "3121"),
              ("St Kilda", "3182"), ("Footscray", "3011"), ("Preston", "3072"), ("Box Hill", "3128"),
              ("Coburg", "3058"), ("Northcote", "3070"), ("Werribee", "3030")]
AU_STREETS = ["Smith St", "Sydney Rd", "Lygon St", "Swan St", "Acland St", "Barkly St", "High St", "Station St",
              "Bell St", "Watton St"]
#: (city, pincode prefix)
IN_CITIES = [("Bengaluru", "560"), ("Mysuru", "570"), ("Hubballi", "580"), ("Mangaluru", "575"), ("Chennai", "600"),
             ("Hyderabad", "500"), ("Pune", "411"), ("Belagavi", "590")]
IN_STREETS = ["4th Cross, Malleshwaram", "80 Feet Road, Indiranagar", "Hosur Road, Koramangala",
              "2nd Main, Jayanagar 4th Block", "Sampige Road", "KR Road, Basavanagudi", "Bannerghatta Road",
              "Old Madras Road", "Tumkur Road, Yeshwanthpur", "Outer Ring Road, Marathahalli"]
#: (estate, postal code prefix) in Singapore
SG_PLACES = [("Ang Mo Kio Ave 3", "56"), ("Tampines St 21", "52"), ("Jurong West St 52", "64"),
             ("Bedok North Rd", "46"), ("Woodlands Dr 14", "73"), ("Toa Payoh Lor 1", "31"), ("Punggol Field", "82"),
             ("Sengkang East Way", "54"), ("Clementi Ave 4", "12"), ("Yishun Ring Rd", "76")]
#: (town, postcode) in Saxony and the neighbouring Länder
DE_CITIES = [("Leipzig", "04109"), ("Leipzig", "04177"), ("Leipzig", "04277"), ("Halle (Saale)", "06108"),
             ("Dresden", "01069"), ("Chemnitz", "09111"), ("Erfurt", "99084"), ("Magdeburg", "39104"),
             ("Markkleeberg", "04416"), ("Zwickau", "08056")]
DE_STREETS = ["Karl-Liebknecht-Str.", "Eisenbahnstraße", "Georg-Schwarz-Str.", "Zschochersche Str.", "Kochstraße",
              "Merseburger Str.", "Prager Straße", "Lützner Str.", "Dresdner Str.", "Am Sportforum"]
#: (town, postcode digits) in the northern Netherlands
NL_CITIES = [("Groningen", "9711"), ("Groningen", "9725"), ("Haren", "9751"), ("Assen", "9401"),
             ("Leeuwarden", "8911"), ("Drachten", "9201"), ("Emmen", "7811"), ("Hoogezand", "9603"),
             ("Veendam", "9641"), ("Zuidhorn", "9801")]
NL_STREETS = ["Oosterstraat", "Korreweg", "Paterswoldseweg", "Helperzoom", "Vismarkt", "Oude Ebbingestraat",
              "Hereweg", "Zonnelaan", "Peizerweg", "Damsterdiep"]
#: (town, postnummer) in East Jutland
DA_CITIES = [("Aarhus C", "8000"), ("Aarhus N", "8200"), ("Viby J", "8260"), ("Risskov", "8240"),
             ("Silkeborg", "8600"), ("Randers C", "8900"), ("Horsens", "8700"), ("Skanderborg", "8660"),
             ("Vejle", "7100"), ("Hørning", "8362")]
DA_STREETS = ["Vestergade", "Jægergårdsgade", "Frederiks Allé", "Randersvej", "Silkeborgvej", "Nørregade",
              "Skt. Pauls Gade", "Grenåvej", "Viby Ringvej", "Tordenskjoldsgade"]
#: (town, PSČ) in South Moravia
CS_CITIES = [("Brno", "603 00"), ("Brno", "613 00"), ("Brno", "615 00"), ("Brno", "616 00"), ("Brno", "625 00"),
             ("Brno", "638 00"), ("Adamov", "679 04"), ("Vyškov", "682 01"), ("Kuřim", "664 34"),
             ("Znojmo", "669 02"), ("Hodonín", "695 01")]
CS_STREETS = ["Cejl", "Kounicova", "Lidická", "Veveří", "Křenová", "Bayerova", "Jihlavská", "Bystrcká",
              "Palackého třída", "Masarykova"]
#: (ilçe, posta kodu) in İzmir (Manisa for some)
TR_PLACES = [("Karşıyaka", "35530", "İzmir"), ("Bornova", "35040", "İzmir"), ("Buca", "35390", "İzmir"),
             ("Konak", "35250", "İzmir"), ("Bayraklı", "35535", "İzmir"), ("Çiğli", "35610", "İzmir"),
             ("Menemen", "35660", "İzmir"), ("Torbalı", "35860", "İzmir"), ("Yunusemre", "45030", "Manisa")]
TR_STREETS = ["Kıbrıs Şehitleri Cad.", "Cemal Gürsel Cad.", "Mustafa Kemal Sahil Blv.", "Ankara Cad.",
              "1203/4 Sok.", "Şehitler Cad.", "Talatpaşa Blv.", "Girne Blv.", "Anadolu Cad.", "8780/1 Sok."]
#: (town, Τ.Κ.) around Thessaloniki
EL_CITIES = [("Θεσσαλονίκη", "546 22"), ("Θεσσαλονίκη", "546 39"), ("Καλαμαριά", "551 31"), ("Νεάπολη", "567 28"),
             ("Εύοσμος", "562 24"), ("Πυλαία", "555 35"), ("Θέρμη", "570 01"), ("Σέρρες", "621 22"),
             ("Κατερίνη", "601 00"), ("Βέροια", "591 00")]
EL_STREETS = ["Εγνατίας", "Τσιμισκή", "Βασιλίσσης Όλγας", "Λαγκαδά", "Δελφών", "Κωνσταντινουπόλεως", "Μητροπόλεως",
              "Αγίου Δημητρίου", "Παπαναστασίου", "Καραμανλή"]
#: (市区町村, 郵便番号 prefix, 都道府県)
JA_CITIES = [("福岡市博多区", "812", "福岡県"), ("福岡市中央区", "810", "福岡県"), ("福岡市早良区", "814", "福岡県"),
             ("福岡市東区", "813", "福岡県"), ("北九州市小倉北区", "802", "福岡県"), ("久留米市", "830", "福岡県"),
             ("糸島市", "819", "福岡県"), ("佐賀市", "840", "佐賀県")]
JA_BANCHI = ["博多駅前3丁目", "天神2丁目", "西新4丁目", "香椎駅前1丁目", "魚町2丁目", "六ツ門町", "前原中央1丁目",
             "大手通3丁目", "高宮5丁目", "箱崎7丁目"]


def street(g: Gen, lang: str) -> str:
    """A home street address line of ``lang``'s country."""
    n = g.rnd.randint(1, 160)
    if lang == "us":
        return f"{g.rnd.randint(100, 9_800)} {g.rnd.choice(US_STREETS)}"
    if lang == "wi":
        return f"{g.rnd.randint(100, 4_800)} {g.rnd.choice(WI_STREETS)}"
    if lang == "gb":
        flat = f"Flat {g.rnd.randint(1, 24)}, "
        return g.rnd.choice(["", flat]) + f"{n} {g.rnd.choice(GB_STREETS)}"
    if lang == "za":
        unit = f"Unit {g.rnd.randint(1, 40)}, "
        return g.rnd.choice(["", unit]) + f"{n} {g.rnd.choice(ZA_STREETS)}"
    if lang == "au":
        return f"{n} {g.rnd.choice(AU_STREETS)}"
    if lang == "in":
        return f"#{g.rnd.randint(1, 900)}, {g.rnd.choice(IN_STREETS)}"
    if lang == "de":
        return f"{g.rnd.choice(DE_STREETS)} {n}"
    if lang == "da":
        return f"{g.rnd.choice(DA_STREETS)} {n}" + g.rnd.choice(["", "", ", 1. tv", ", 2. th", ", st."])
    if lang == "cs":
        return f"{g.rnd.choice(CS_STREETS)} {g.rnd.randint(1, 900)}/{g.rnd.randint(1, 80)}"
    if lang == "tr":
        return f"{g.rnd.choice(TR_STREETS)} No:{n} D:{g.rnd.randint(1, 14)}"
    if lang == "el":
        return f"{g.rnd.choice(EL_STREETS)} {n}"
    if lang == "ja":
        return f"{g.rnd.choice(JA_BANCHI)}{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)}"
    raise ValueError(lang)


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    d = g.valid(make, _ssn.is_valid)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dashed else d


def us_ssn_decoy(g: Gen) -> str:
    """A form id shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    area = g.rnd.choice(["000", "666", f"9{g.digits(2)}"])
    return f"{area}-{g.digits(2)}-{g.digits(4)}"


def us_rtn(g: Gen) -> str:
    """An ABA routing number of a Pacific Northwest bank (district 12), with its check digit."""
    body = g.rnd.choice(["1230", "1232", "3230", "1250"]) + g.digits(4)
    d = body + str(_rtn.calc_check_digit(body))
    assert _rtn.is_valid(d)
    return d


def us_ein(g: Gen) -> str:
    return _ein.format(g.valid(lambda: g.rnd.choice(["93", "20", "26", "27", "46", "81", "84"]) + g.digits(7),
                               _ein.is_valid))


def card(g: Gen, spaced: bool = False) -> str:
    """A Visa or Mastercard number passing Luhn."""
    body = g.rnd.choice(["4", "4", "51", "52", "53", "54", "55"])
    body += g.digits(15 - len(body))
    d = body + luhn.calc_check_digit(body)
    return " ".join(d[i:i + 4] for i in range(0, 16, 4)) if spaced else d


def loyalty_card(g: Gen, prefix: str) -> str:
    """A loyalty card number of 16 digits passing Luhn (shaped like a payment card)."""
    body = prefix + g.digits(15 - len(prefix))
    return body + luhn.calc_check_digit(body)


def za_id(g: Gen, born: date, female: bool) -> str:
    def make() -> str:
        seq = g.rnd.randint(0, 4_999) if female else g.rnd.randint(5_000, 9_999)
        body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:04d}0{g.rnd.choice('89')}"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _za_id.is_valid)


def pan(g: Gen, name: str, holder: str = "P") -> str:
    """A PAN: holder type ``P`` (a person) or ``C`` (a company), the fifth letter the surname's or name's initial."""
    initial = fold(name)[0].upper()
    return g.valid(lambda: g.code("AAA") + holder + initial + g.code("9999A"), _pan.is_valid)


def gstin(g: Gen, company: str) -> str:
    """A Karnataka GSTIN of a company (its PAN has holder type ``C``)."""
    body = "29" + pan(g, company, "C") + str(g.rnd.randint(1, 3)) + "Z"
    d = body + luhn.calc_check_digit(body, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    assert _gstin.is_valid(d)
    return d


def aadhaar(g: Gen, spaced: bool = True) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if spaced else d


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (a ticket number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def sg_uen(g: Gen) -> str:
    body = str(g.rnd.randint(1998, 2022)) + g.digits(5)
    d = body + _uen.calc_local_company_check_digit(body)
    assert _uen.is_valid(d)
    return d


def de_iban(g: Gen) -> str:
    bban = g.rnd.choice(["86055592", "86040000", "86095604", "85050300", "12030000", "43060967"]) + g.digits(10)
    return _iban.format("DE" + _iban.calc_check_digits("DE00" + bban) + bban)


def nl_iban(g: Gen) -> str:
    bban = g.rnd.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]) + g.digits(10)
    number = "NL" + _iban.calc_check_digits("NL00" + bban) + bban
    return _iban.format(number) if g.rnd.random() < 0.6 else number


def nl_document(g: Gen) -> str:
    """A Dutch passport or identity card number: two letters, six letters or digits, a digit (no letter O)."""
    letters = string.ascii_uppercase.replace("O", "")
    return "".join(g.rnd.choice(letters) for _ in range(2)) + "".join(
        g.rnd.choice(letters + string.digits) for _ in range(6)) + g.digits(1)


def dk_cpr(g: Gen, born: date, female: bool) -> str:
    """A CPR number encoding ``born`` (the seventh digit gives the century) and the sex (the last digit's parity)."""
    seventh = "4" if born.year >= 2000 else g.rnd.choice("0123")
    last = g.rnd.choice("02468" if female else "13579")
    d = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{seventh}{g.digits(2)}{last}"
    assert _cpr.is_valid(d) and _cpr.get_birth_date(d) == born
    return f"{d[:6]}-{d[6:]}"


def cz_rc(g: Gen, born: date, female: bool) -> str:
    """A rodné číslo encoding ``born`` and the sex (month + 50 for women), divisible by 11."""
    month = born.month + (50 if female else 0)

    def make() -> str:
        body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}"
        check = int(body) % 11
        return "" if check == 10 else body + str(check)

    d = g.valid(make, lambda x: bool(x) and _rc.is_valid(x))
    return f"{d[:6]}/{d[6:]}"


def tckn(g: Gen, foreign: bool = False) -> str:
    """A T.C. kimlik numarası (or, for a foreign resident, a yabancı kimlik numarası starting 99)."""
    body = ("99" + g.digits(7)) if foreign else (str(g.rnd.randint(1, 8)) + g.digits(8))
    d = body + _tckn.calc_check_digits(body)
    assert _tckn.is_valid(d)
    return d


def tr_vkn(g: Gen) -> str:
    return g.valid(lambda: g.digits(10), _vkn.is_valid)


def gr_afm(g: Gen) -> str:
    body = g.rnd.choice("01") + g.digits(7)
    d = body + str(_afm.calc_check_digit(body))
    return d if _afm.is_valid(d) else g.valid(lambda: g.rnd.choice("01") + g.digits(8), _afm.is_valid)


def ro_cnp(g: Gen, born: date, female: bool) -> str:
    sex = (2 if female else 1) + (4 if born.year >= 2000 else 0)
    body = f"{sex}{born.year % 100:02d}{born.month:02d}{born.day:02d}{g.rnd.choice(['40', '12', '22', '32', '35'])}" \
           f"{g.rnd.randint(1, 999):03d}"
    d = body + _cnp.calc_check_digit(body)
    assert _cnp.is_valid(d)
    return d


def pl_pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    sex = g.rnd.choice("02468" if female else "13579")
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}{sex}"
    d = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(d)
    return d


def es_dni(g: Gen) -> str:
    body = g.digits(8)
    return body + _dni.calc_check_digit(body)


_CF_MONTHS = "ABCDEHLMPRST"


def it_cf(g: Gen, first: str, last: str, born: date, female: bool) -> str:
    """A codice fiscale encoding the name, ``born`` and the sex (a comune of Campania, Lombardy or Lazio)."""
    def letters(text: str) -> tuple[str, str]:
        up = "".join(ch for ch in fold(text).upper() if ch.isalpha())
        return "".join(ch for ch in up if ch not in "AEIOU"), "".join(ch for ch in up if ch in "AEIOU")

    cons, vows = letters(last)
    sur = (cons + vows + "XXX")[:3]
    cons, vows = letters(first)
    name = (cons[0] + cons[2] + cons[3]) if len(cons) > 3 else (cons + vows + "XXX")[:3]
    body = f"{sur}{name}{born.year % 100:02d}{_CF_MONTHS[born.month - 1]}{born.day + (40 if female else 0):02d}" \
           f"{g.rnd.choice(['F839', 'F205', 'H501', 'A509', 'B963'])}"
    d = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(d)
    return d


def uk_driving_licence(first: str, last: str, born: date, female: bool, g: Gen) -> str:
    """A GB driving licence number by shape: surname, decade, month (+50 for women), day, year, initials, 9, two
    letters."""
    sur = ("".join(ch for ch in fold(last).upper() if ch.isalpha()) + "99999")[:5]
    month = born.month + (50 if female else 0)
    initials = (fold(first)[:1].upper() + "9")
    return f"{sur}{born.year % 100 // 10}{month:02d}{born.day:02d}{born.year % 10}{initials}9{g.code('AA')}"


def ean13(g: Gen, prefix: str) -> str:
    body = prefix + g.digits(12 - len(prefix))
    return body + _ean.calc_check_digit(body)


# -- e-commerce vocabulary (written for v138) --------------------------------------------------------------------------

US_SHOPS = ["Fern & Flax Studio", "Rainshadow Ceramics", "Little Beaver Knits", "Cascadia Leatherworks",
            "Old Growth Candle Co.", "Mossback Prints", "Tidepool Soapery", "Burnside Bindery"]
GB_RETAILERS = ["Harewood Homewares", "Northern Thread Co", "Pennine Outdoor", "Kirkgate Gadgets", "Aire Valley Pets",
                "Bramble & Birch"]
#: (pick-up point, address, postcode, town)
GB_POINTS = [("Headingley Newsagents", "42 Otley Road", "LS6 3PX", "Leeds"),
             ("Harehills Late Shop", "211 Harehills Lane", "LS8 3QH", "Leeds"),
             ("Beeston Post & Print", "9 Town Street", "LS11 8PN", "Leeds"),
             ("Shipley Dry Cleaners", "57 Kirkgate", "BD18 3LU", "Shipley"),
             ("Harrogate Convenience", "18 Commercial Street", "HG1 1TY", "Harrogate")]
CA_STORES = ["Trailhead Outfitters Kensington", "Trailhead Outfitters Whyte Ave", "Trailhead Outfitters Canmore",
             "Trailhead Outfitters Red Deer"]
ZA_MERCHANTS = ["Kaapse Kombuis Online", "Stoep Furniture", "Tafelberg Tech", "Ubuntu Baby Boutique",
                "Fynbos Beauty", "Blouberg Braai Supplies"]
SG_SHOPS = ["Kopi Home Living", "Lion City Gadgets", "Merlion Baby Mart", "Orchid Beauty Lab", "Katong Kitchenware"]
SG_PRODUCTS = ["Hana Linen Duvet Cover", "Aurora Air Fryer 5L", "Milo Kids Scooter", "The Chloe Tote",
               "Ergonomic Mesh Chair", "Bamboo Cooling Pillow", "Sophie Silicone Teether", "Rice Cooker 1.8L"]
DE_WAREHOUSE = ("Retourenzentrum Schkeuditz, Am Airport 7, 04435 Schkeuditz",
                "Retourenlager Halle, Europachaussee 12, 06112 Halle (Saale)")
NL_STORES = ["ElektroNoord Groningen Centrum", "ElektroNoord Hoogkerk", "ElektroNoord Assen",
             "ElektroNoord Drachten"]
DA_CARRIERS = ["Aarhus Møbeltransport ApS", "Jysk Fragt & Montage", "DAO Levering", "Hjem-Levering Østjylland"]
CS_ESHOPS = ["Obchod U Lípy s.r.o.", "ElektroBrno.cz", "Kosmetika Jasmín", "Hračky Koník", "Sportovní Svět Morava",
             "Knihkupectví Pod Hradem"]
#: (point, address, PSČ, lat, lon)
CS_POINTS = [("Výdejní místo Cejl", "Cejl 48, Brno", "602 00", 49.2003, 16.6224),
             ("Výdejní místo Královo Pole", "Palackého třída 112, Brno", "612 00", 49.2223, 16.5960),
             ("Výdejní místo Bystrc", "Bystrcká 30, Brno", "635 00", 49.2279, 16.5218),
             ("Výdejní místo Líšeň", "Jírova 2, Brno", "628 00", 49.2085, 16.6883),
             ("Výdejní místo Blansko", "Masarykova 5, Blansko", "678 01", 49.3630, 16.6445)]
TR_COMPANIES = ["Ege Tekstil Ltd. Şti.", "Körfez Mimarlık A.Ş.", "Bornova Diş Polikliniği", "Alsancak Kafe Ltd. Şti.",
                "Kemeraltı Ticaret", "Gediz Lojistik A.Ş."]
TR_TAX_OFFICES = ["Karşıyaka V.D.", "Bornova V.D.", "Konak V.D.", "Hasan Tahsin V.D.", "Kordon V.D."]
EL_STORES = ["ΗλεκτροΣπίτι Τσιμισκή", "ΗλεκτροΣπίτι Καλαμαριάς", "ΗλεκτροΣπίτι Mediterranean Cosmos",
             "ΗλεκτροΣπίτι Σερρών"]
