"""Values of held-out set v135 (:mod:`benchmarks.classification.heldout_v135`): v135's random source, and names,
streets, cities, postcodes, employers, branches and identifier builders written by hand for v135's retail-banking
systems (no Faker, no list of real people, no breach data), phones checked with phonenumbers and identifiers with
check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers follow v98's (phones take the number prefixes of each table's region); the lists below
are new.
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
from stdnum.au import tfn as _tfn
from stdnum.ca import sin as _sin
from stdnum.de import idnr as _idnr
from stdnum.es import ccc as _ccc
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.fr import nif as _frnif
from stdnum.gb import utr as _utr
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _afm
from stdnum.in_ import pan as _pan
from stdnum.jp import cn as _jpcn
from stdnum.jp import in_ as _mynumber
from stdnum.my import nric as _nric
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.tr import tckimlik as _tck
from stdnum.us import rtn as _rtn
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _zaid

from benchmarks.classification.heldout_v2 import Column

SEED = 135_260_417
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v135's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNK", "?", "nil",
    "0", ".", "NIL", "k.A.", "keine", "ohne", "néant", "RAS", "sans objet", "ninguna", "sin observaciones", "brak",
    "b/d", "なし", "特になし", "不明", "ΚΑΜΙΑ", "—", "yok", "YOK", "none noted", "no notes")


_FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "ø": "o", "ß": "ss", "'": "", "’": ""})


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_FOLD).lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def unaccent_upper(text: str) -> str:
    """Upper case without accents (Greek tonos, French accents), as legacy systems keep names."""
    text = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).upper()


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v135:{SEED}:{table}")

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

    def day(self, lo: str, hi: str) -> date:
        a, b = date.fromisoformat(lo), date.fromisoformat(hi)
        return a + timedelta(days=self.rnd.randint(0, (b - a).days))

    def days(self, lo: str, hi: str, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.day(lo, hi), null)

    def moment(self, lo: str, hi: str, hours: tuple[int, int] = (0, 23)) -> datetime:
        start = datetime.combine(self.day(lo, hi), datetime.min.time())
        return start + timedelta(hours=self.rnd.randint(*hours), minutes=self.rnd.randint(0, 59),
                                 seconds=self.rnd.randint(0, 59))

    def moments(self, lo: str, hi: str, null: float = 0.0, hours: tuple[int, int] = (0, 23)) -> list[Any]:
        return self.col(lambda: self.moment(lo, hi, hours), null)

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
        first = self.rnd.choice([24, 45, 67, 71, 74, 76, 99, 104, 142, 174, 184, 199, 206, 209])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2607", "2604", "2001:56a", "2605", "2001:1970"])
        groups = 7 if ":" not in head else 6
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(groups))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True, area: list[str] | None = None) -> str:
        """A number valid for ``region`` (mobile or fixed line), with a prefix of ``area`` or :data:`PREFIXES` when
        one is listed, in E.164, international, national, national digits or (US, CA) dashed form."""
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        prefixes = area or PREFIXES.get((region, mobile)) or [nsn[:max(len(nsn) - 6, 1)]]

        def make() -> str:
            head = self.rnd.choice(prefixes)
            size = len(nsn) + (self.rnd.choice([0, 0, 0, -1, 1]) if region in ("DE", "MY") else 0)
            if region in ("US", "CA"):
                return head + str(self.rnd.randint(2, 9)) + self.digits(6)
            if region == "DE":
                if mobile:
                    return head + self.digits(11 - len(head))
                return head + str(self.rnd.randint(2, 9)) + self.digits(self.rnd.choice([5, 6]))
            return head + self.digits(max(size - len(head), 1))

        def ok(candidate: str) -> bool:
            number = phonenumbers.parse(f"+{example.country_code}{candidate}")
            return (phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region
                    and phonenumbers.number_type(number) in (kind, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE))

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

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0,
               area: list[str] | None = None) -> list[Any]:
        names, weights = list(formats), list(formats.values())

        def one() -> str:
            fmt, is_mobile = self.rnd.choices(names, weights)[0], self.rnd.random() < mobile
            return self.phone(region, fmt, is_mobile, None if is_mobile and region not in ("US", "CA") else area)

        return self.col(one, null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


#: area codes of a north-east Pennsylvania bank's staff and fixed-line prefixes of the Highlands
PA_AREAS = ["570", "484", "610", "272"]
HIGHLAND_AREAS = ["1463", "1667", "1349", "1397", "1479"]
#: (region, mobile) -> national number prefixes of the table's area (a US/CA prefix is an area code)
PREFIXES: dict[tuple[str, bool], list[str]] = {
    ("US", True): ["414", "262", "920", "608"],
    ("US", False): ["414", "262", "920", "608"],
    ("CA", True): ["416", "647", "437", "905", "289", "365"],
    ("CA", False): ["416", "647", "905", "289"],
    ("GB", True): ["7712", "7801", "7843", "7590", "7925", "7513", "7432"],
    ("GB", False): ["2890", "2895", "2891", "2893"],
    ("ZA", True): ["82", "83", "72", "73", "61", "79", "84"],
    ("ZA", False): ["31"],
    ("MY", True): ["12", "16", "17", "19", "11", "13"],
    ("MY", False): ["4"],
    ("AU", True): ["4"],
    ("AU", False): ["882", "883", "881", "884"],
    ("DE", True): ["151", "160", "170", "171", "176", "152"],
    ("DE", False): ["371", "3733", "3771", "3735"],
    ("FR", True): ["6", "7"],
    ("FR", False): ["556", "557"],
    ("ES", True): ["6", "7"],
    ("ES", False): ["96"],
    ("PL", True): ["50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88"],
    ("PL", False): ["42"],
    ("JP", True): ["90", "80", "70"],
    ("JP", False): ["221", "222", "2230", "2231", "2237", "2238", "227"],
    ("GR", True): ["69"],
    ("GR", False): ["261"],
    ("TR", True): ["53", "54", "50", "55"],
    ("TR", False): ["232"],
}

# -- names (written for v135) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Brandon", "Tyler", "DeShawn", "Jorge", "Kyle", "Tou", "Nathaniel", "Malik", "Dustin", "Luis", "Tomasz"],
           ["Brittany", "Kayla", "Tamika", "Guadalupe", "Mai", "Heather", "Alejandra", "Courtney", "Shanice",
            "Bridget"],
           ["Kowalczyk", "Nowicki", "Schultz", "Vang", "Xiong", "Hernandez", "Washington", "Brzezinski", "Olson",
            "Krueger", "Thao", "Kaminski", "Jaramillo", "Lindqvist", "Pfeiffer", "Okonkwo"]),
    "pa": (["Sean", "Michael", "Anthony", "Joseph", "Matthew", "Stephen", "Vincent", "Darnell", "Andrew", "Ramon"],
           ["Colleen", "Maureen", "Nicole", "Theresa", "Gina", "Denise", "Kristin", "Yolanda", "Megan", "Carla"],
           ["Gallagher", "O'Malley", "Lombardi", "Yurkovich", "Novak", "Cerra", "Hanlon", "McDonough", "Pisano",
            "Sabatini", "Kozlowski", "Dougherty", "Rinaldi", "Hudak", "Tierney"]),
    "ca": (["Arjun", "Daniel", "Mohammed", "Wei", "Jamal", "Liam", "Nikhil", "Marco", "Tenzin", "Ryan"],
           ["Priya", "Olivia", "Mei", "Fatima", "Chloe", "Anjali", "Sofia", "Grace", "Yasmin", "Hannah"],
           ["Patel", "Singh", "Chen", "Nguyen", "Wong", "Ahmed", "Tremblay", "MacDonald", "Rossi", "Santos", "Kim",
            "Gill", "Campbell", "Fernandes", "Osei"]),
    "ni": (["Ciarán", "Conor", "Ryan", "Aaron", "Jamie", "Pádraig", "Mark", "Stephen", "Oisín", "Gareth"],
           ["Aoife", "Caoimhe", "Rachel", "Niamh", "Orla", "Shauna", "Lauren", "Chloe", "Ciara", "Emma"],
           ["McAllister", "O'Neill", "Quinn", "Doherty", "McCann", "Wilson", "Gallagher", "Kerr", "Boyd", "Maguire",
            "McKeown", "Devlin", "Hamill", "Stewart", "Agnew"]),
    "sc": (["Callum", "Euan", "Fraser", "Ruaridh", "Hamish", "Alasdair", "Lachlan", "Murdo", "Angus", "Kenneth"],
           ["Eilidh", "Catriona", "Kirsty", "Morag", "Isla", "Mairi", "Fiona", "Shona", "Ailsa", "Rhona"],
           ["MacKenzie", "Fraser", "MacLeod", "Munro", "Ross", "Grant", "Mackintosh", "MacRae", "Matheson",
            "Chisholm", "Sutherland", "MacLennan", "Urquhart", "Cameron", "Gunn"]),
    "za": (["Sipho", "Thabo", "Bongani", "Sibusiso", "Pravin", "Kevin", "Themba", "Mandla", "Rajesh", "Johan"],
           ["Nomvula", "Thandeka", "Zanele", "Lerato", "Kavitha", "Nokuthula", "Ayanda", "Shanthi", "Michelle",
            "Nompumelelo"],
           ["Ndlovu", "Dlamini", "Zulu", "Mkhize", "Naidoo", "Pillay", "Govender", "Ngcobo", "Khumalo", "Shezi",
            "Van der Merwe", "Botha", "Moodley", "Cele", "Mthembu"]),
    "au": (["Jack", "Lachlan", "Mitchell", "Brodie", "Minh", "Nathan", "Hamish", "Aiden", "Kieran", "Ravi"],
           ["Chloe", "Jessica", "Tahlia", "Brooke", "Mei", "Sienna", "Kirra", "Georgia", "Emily", "Anh"],
           ["Nguyen", "Smith", "Papadopoulos", "Kowalski", "Schmidt", "Tran", "Williams", "Rossi", "O'Brien",
            "Harvey", "Lehmann", "Koch", "Mitchell", "Young", "Dinh"]),
    "de": (["Steffen", "Jens", "Uwe", "Maik", "Sven", "Ronny", "Tobias", "Frank", "Marcel", "Lukas"],
           ["Anja", "Peggy", "Ines", "Mandy", "Katrin", "Susann", "Jana", "Franziska", "Claudia", "Nicole"],
           ["Uhlig", "Lorenz", "Günther", "Böhme", "Seidel", "Richter", "Haustein", "Schubert", "Fiedler", "Beyer",
            "Unger", "Kreher", "Lötzsch", "Weißflog", "Meyer"]),
    "fr": (["Julien", "Nicolas", "Mathieu", "Jérôme", "Kévin", "Sébastien", "Yanis", "Thomas", "Laurent",
            "Pierre-Louis"],
           ["Marion", "Élodie", "Camille", "Aurélie", "Léa", "Céline", "Inès", "Sandrine", "Pauline", "Manon"],
           ["Lafargue", "Dubourdieu", "Castaing", "Labat", "Darriet", "Ducasse", "Lacoste", "Martin", "Bernard",
            "Moreau", "Garcia", "Lalanne", "Dupuy", "Barrère", "Haddad"]),
    "es": (["Vicente", "Josep", "Salvador", "Javier", "Álvaro", "Sergio", "Pau", "Rubén", "Héctor", "Vicent"],
           ["Amparo", "Lucía", "Neus", "Carmen", "Paula", "Marta", "Rocío", "Laia", "Inmaculada", "Elena"],
           ["Ferrer", "Martínez", "Navarro", "Soler", "Giner", "Sanchis", "Peris", "Ribera", "Climent", "Gómez",
            "Beltrán", "Llorens", "Castelló", "Pérez", "Roig"]),
    "pl": (["Piotr", "Krzysztof", "Marcin", "Tomasz", "Paweł", "Michał", "Grzegorz", "Łukasz", "Jakub", "Dariusz"],
           ["Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Monika", "Ewa", "Aleksandra", "Beata", "Justyna",
            "Natalia"],
           ["Kowalski", "Wiśniewski", "Jankowski", "Zieliński", "Lewandowski", "Kaczmarek", "Wójcik", "Kamiński",
            "Dąbrowski", "Szymański", "Pawlak", "Grabowski", "Michalak", "Sikora", "Krawczyk"]),
    "ja": (["大輝", "健太", "翔", "浩二", "達也", "和也", "優斗", "直樹"],
           ["美穂", "愛", "沙織", "春香", "葵", "里美", "明美", "七海"],
           ["佐藤", "鈴木", "高橋", "伊藤", "阿部", "千葉", "菅原", "及川", "遠藤", "斎藤", "熊谷", "後藤"]),
    "el": (["Γιώργος", "Δημήτρης", "Κωνσταντίνος", "Νίκος", "Παναγιώτης", "Βασίλης", "Χρήστος", "Ανδρέας",
            "Σπύρος", "Θανάσης"],
           ["Μαρία", "Ελένη", "Αικατερίνη", "Βασιλική", "Σοφία", "Αγγελική", "Παναγιώτα", "Δήμητρα", "Χριστίνα",
            "Ευαγγελία"],
           ["Παπαδόπουλος", "Αναστασόπουλος", "Γεωργίου", "Κωνσταντινίδης", "Σταθόπουλος", "Νικολάου", "Μπακάλης",
            "Καραγιάννης", "Τσιρίγος", "Ζαφειρόπουλος", "Αθανασίου", "Λαμπρόπουλος"]),
    "tr": (["Mehmet", "Mustafa", "Ahmet", "Emre", "Burak", "Hüseyin", "Okan", "Serkan", "Cem", "Yusuf"],
           ["Ayşe", "Fatma", "Elif", "Zeynep", "Esra", "Gülşen", "Derya", "Hatice", "Merve", "Sibel"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç", "Aslan",
            "Koç", "Kurt", "Özdemir", "Tekin"]),
}

#: Malaysian names by community: (male given, female given, family or father's names)
MY_NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "malay": (["Ahmad Faiz", "Muhammad Hafiz", "Mohd Azlan", "Hakim", "Amirul", "Khairul Anuar"],
              ["Nurul Aina", "Siti Hajar", "Nur Izzati", "Farah", "Aisyah", "Nor Hidayah"],
              ["Rosli", "Hashim", "Ismail", "Kamarudin", "Zainal", "Abdullah", "Yusof"]),
    "chinese": (["Wei Jie", "Kok Leong", "Chee Keong", "Jun Hao", "Boon Huat", "Eng Soon"],
                ["Mei Ling", "Hui Min", "Siew Lan", "Pei Shan", "Li Ting", "Gaik Hoon"],
                ["Tan", "Lim", "Ooi", "Khoo", "Goh", "Cheah", "Teoh", "Lee"]),
    "indian": (["Rajesh", "Arun", "Suresh", "Kumaresan", "Ganesh", "Vinod"],
               ["Kavitha", "Priya", "Shalini", "Devi", "Thilaga", "Sangeetha"],
               ["Muthu", "Ramasamy", "Krishnan", "Subramaniam", "Arumugam", "Perumal"]),
}

#: Japanese names in katakana (the フリガナ column)
JA_KANA = {"佐藤": "サトウ", "鈴木": "スズキ", "高橋": "タカハシ", "伊藤": "イトウ", "阿部": "アベ", "千葉": "チバ",
           "菅原": "スガワラ", "及川": "オイカワ", "遠藤": "エンドウ", "斎藤": "サイトウ", "熊谷": "クマガイ",
           "後藤": "ゴトウ", "大輝": "ダイキ", "健太": "ケンタ", "翔": "ショウ", "浩二": "コウジ", "達也": "タツヤ",
           "和也": "カズヤ", "優斗": "ユウト", "直樹": "ナオキ", "美穂": "ミホ", "愛": "アイ", "沙織": "サオリ",
           "春香": "ハルカ", "葵": "アオイ", "里美": "サトミ", "明美": "アケミ", "七海": "ナナミ"}
#: romanized Japanese names (e-mail local parts)
JA_ROMAJI = {"大輝": "daiki", "健太": "kenta", "翔": "sho", "浩二": "koji", "達也": "tatsuya", "和也": "kazuya",
             "優斗": "yuto", "直樹": "naoki", "美穂": "miho", "愛": "ai", "沙織": "saori", "春香": "haruka", "葵": "aoi",
             "里美": "satomi", "明美": "akemi", "七海": "nanami", "佐藤": "sato", "鈴木": "suzuki",
             "高橋": "takahashi", "伊藤": "ito", "阿部": "abe", "千葉": "chiba", "菅原": "sugawara", "及川": "oikawa",
             "遠藤": "endo", "斎藤": "saito", "熊谷": "kumagai", "後藤": "goto"}

_GREEK_FEMININE = {"Παπαδόπουλος": "Παπαδοπούλου", "Αναστασόπουλος": "Αναστασοπούλου",
                   "Κωνσταντινίδης": "Κωνσταντινίδου", "Σταθόπουλος": "Σταθοπούλου", "Μπακάλης": "Μπακάλη",
                   "Καραγιάννης": "Καραγιάννη", "Τσιρίγος": "Τσιρίγου", "Ζαφειρόπουλος": "Ζαφειροπούλου",
                   "Λαμπρόπουλος": "Λαμπροπούλου"}
_GREEK_LATIN = str.maketrans({"α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th",
                              "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p",
                              "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps",
                              "ω": "o"})

#: given and family names of foreign renters (the Turkish safe-deposit table), by nationality
FOREIGN_NAMES: dict[str, tuple[list[str], list[str]]] = {
    "DE": (["Stefan", "Birgit", "Klaus", "Heike"], ["Hoffmann", "Wagner", "Brandt", "Vogel"]),
    "RU": (["Dmitriy", "Olga", "Sergey", "Yekaterina"], ["Volkov", "Smirnova", "Morozov", "Kuznetsova"]),
    "IR": (["Reza", "Maryam", "Hossein", "Shirin"], ["Ahmadi", "Karimi", "Hosseini", "Rahimi"]),
    "GB": (["Graham", "Deborah", "Neil", "Alison"], ["Whitfield", "Hargreaves", "Pearce", "Lowther"]),
    "AZ": (["Elvin", "Aynur", "Rashad", "Günay"], ["Mammadov", "Aliyeva", "Huseynov", "Guliyeva"]),
}


def _feminine(lang: str, family: str) -> str:
    if lang == "pl":
        for end, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if family.endswith(end):
                return family[: -len(end)] + fem
    if lang == "el":
        return _GREEK_FEMININE.get(family, family)
    return family


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``; a Malaysian family name is the father's name after ``bin``,
    ``binti``, ``a/l`` or ``a/p`` for Malay and Indian names."""
    if female is None:
        female = g.rnd.random() < 0.5
    if lang == "my":
        community = g.rnd.choice(["malay", "malay", "chinese", "chinese", "indian"])
        male, fem, fam = MY_NAMES[community]
        given, family = g.rnd.choice(fem if female else male), g.rnd.choice(fam)
        if community == "malay":
            family = ("binti " if female else "bin ") + family
        elif community == "indian":
            family = ("a/p " if female else "a/l ") + family
        return given, family
    male, fem, fam = NAMES[lang]
    return g.rnd.choice(fem if female else male), _feminine(lang, g.rnd.choice(fam)) if female else g.rnd.choice(fam)


def whole(g: Gen, lang: str = "us", female: bool | None = None) -> str:
    a, b = person(g, lang, female)
    if lang == "ja":
        return f"{b} {a}"
    if lang == "my" and not b.startswith(("bin", "a/")):
        return f"{b} {a}"
    return f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def plain(text: str) -> str:
    """``text`` folded to ASCII letters and digits (Greek transliterated) for an e-mail's local part."""
    text = fold(text).replace("ου", "ou").replace("μπ", "b").translate(_GREEK_LATIN)
    return "".join(ch for ch in text if ch.isascii() and (ch.isalnum() or ch == "."))


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    a, b = a.replace(".", ""), b.replace(".", "")
    if first in JA_ROMAJI or last in JA_ROMAJI:
        a, b = JA_ROMAJI.get(first, "user"), JA_ROMAJI.get(last, "mail")
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(70, 99)}",
                          f"{a}_{b}{g.rnd.randint(1, 9)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(first)}.{plain(last)}@{domain}"


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "att.net", "outlook.com", "icloud.com", "charter.net"],
    "pa": ["gmail.com", "comcast.net", "verizon.net", "yahoo.com", "epix.net"],
    "ca": ["gmail.com", "rogers.com", "bell.net", "hotmail.ca", "outlook.com", "yahoo.ca"],
    "ni": ["gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "icloud.com"],
    "sc": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "aol.co.uk"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net", "outlook.com"],
    "my": ["gmail.com", "yahoo.com.my", "hotmail.com", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "internode.on.net", "outlook.com.au", "icloud.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "freenet.de", "gmail.com"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "wanadoo.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "gmail.com", "o2.pl"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp", "i.softbank.jp"],
    "el": ["gmail.com", "yahoo.gr", "otenet.gr", "hotmail.com", "windowslive.com"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com", "mynet.com"],
}


def custom_email(g: Gen, lang: str) -> str:
    a, b = person(g, lang)
    if lang == "el":
        a, b = a.lower(), b.lower()
    return email_of(g, a, b, DOMAINS[lang])


# -- places (written for v135) -----------------------------------------------------------------------------------------

#: (city, ZIP codes) around Milwaukee
WI_CITIES = [("Milwaukee", ["53202", "53204", "53207", "53208", "53210", "53215", "53218", "53221"]),
             ("Wauwatosa", ["53213", "53226"]), ("West Allis", ["53214", "53227"]), ("Waukesha", ["53186", "53188"]),
             ("Racine", ["53402", "53403", "53405"]), ("Kenosha", ["53140", "53142", "53144"]),
             ("Brookfield", ["53005", "53045"]), ("Cudahy", ["53110"]), ("Oak Creek", ["53154"]),
             ("Menomonee Falls", ["53051"])]
WI_STREETS = ["N Farwell Ave", "W Layton Ave", "S Kinnickinnic Ave", "W North Ave", "E Capitol Dr", "W Oklahoma Ave",
              "N 76th St", "W Greenfield Ave", "S 27th St", "N Prospect Ave", "W Lincoln Ave", "S Howell Ave"]
#: (city, state, ZIP) of a north-east Pennsylvania bank's staff
PA_CITIES = [("SCRANTON", "PA", "18503"), ("SCRANTON", "PA", "18505"), ("SCRANTON", "PA", "18509"),
             ("WILKES-BARRE", "PA", "18702"), ("DUNMORE", "PA", "18512"), ("CLARKS SUMMIT", "PA", "18411"),
             ("HAZLETON", "PA", "18201"), ("PITTSTON", "PA", "18640"), ("CARBONDALE", "PA", "18407"),
             ("STROUDSBURG", "PA", "18360"), ("BINGHAMTON", "NY", "13901"), ("PORT JERVIS", "NY", "12771")]
PA_STREETS = ["N WASHINGTON AVE", "WYOMING AVE", "MOOSIC ST", "CEDAR AVE", "S MAIN AVE", "MULBERRY ST", "KEYSER AVE",
              "DRINKER ST", "PITTSTON AVE", "MEADOW AVE", "GREEN RIDGE ST", "OLIVE ST"]
#: (city, province, forward sortation areas) around Toronto
ON_CITIES = [("Toronto", "ON", ["M5V", "M4C", "M6H", "M2N", "M3C", "M1B", "M9W", "M6K"]),
             ("Mississauga", "ON", ["L5B", "L5M", "L4Z"]), ("Brampton", "ON", ["L6Y", "L6R", "L6P"]),
             ("Richmond Hill", "ON", ["L4C", "L4S"]), ("Markham", "ON", ["L3R", "L6E"]), ("Vaughan", "ON", ["L4L"]),
             ("Oakville", "ON", ["L6H", "L6J"]), ("Hamilton", "ON", ["L8P", "L9A"])]
ON_STREETS = ["Danforth Ave", "Queen St W", "Dundas St E", "Eglinton Ave W", "Bathurst St", "Kingston Rd",
              "Hurontario St", "Yonge St", "Bloor St W", "Lawrence Ave E", "Steeles Ave W", "Dufferin St"]
#: (town, postcode districts) of Belfast and around
NI_TOWNS = [("Belfast", ["BT1", "BT4", "BT5", "BT6", "BT7", "BT9", "BT12", "BT14", "BT15"]),
            ("Lisburn", ["BT27", "BT28"]), ("Bangor", ["BT19", "BT20"]), ("Newtownabbey", ["BT36", "BT37"]),
            ("Holywood", ["BT18"]), ("Carrickfergus", ["BT38"]), ("Newry", ["BT34", "BT35"]), ("Armagh", ["BT60"])]
NI_STREETS = ["Lisburn Road", "Ormeau Road", "Antrim Road", "Upper Newtownards Road", "Castlereagh Street",
              "Malone Avenue", "Stranmillis Road", "Ravenhill Road", "Cregagh Road", "Donegall Pass",
              "Glenburn Park", "Belmont Church Road"]
#: (town, postcode districts) of the Highlands and Moray
SC_TOWNS = [("Inverness", ["IV2", "IV3"]), ("Nairn", ["IV12"]), ("Dingwall", ["IV15"]), ("Aviemore", ["PH22"]),
            ("Fort William", ["PH33"]), ("Elgin", ["IV30"]), ("Thurso", ["KW14"]), ("Wick", ["KW1"]),
            ("Portree", ["IV51"]), ("Forres", ["IV36"])]
SC_STREETS = ["Culduthel Road", "Millburn Road", "Academy Street", "High Street", "Telford Street",
              "Old Edinburgh Road", "Drummond Crescent", "Station Road", "Seafield Road", "Harbour Road",
              "Lochalsh Road", "Kenneth Street"]
#: (suburb, postal code) of eThekwini
ZA_SUBURBS = [("Berea", "4001"), ("Morningside", "4001"), ("Glenwood", "4001"), ("Umhlanga", "4319"),
              ("Westville", "3629"), ("Pinetown", "3610"), ("Chatsworth", "4092"), ("Durban North", "4051"),
              ("Phoenix", "4068"), ("Amanzimtoti", "4126"), ("Umlazi", "4031"), ("Hillcrest", "3610")]
ZA_STREETS = ["Florida Road", "Musgrave Road", "Innes Road", "Chartwell Drive", "Lagoon Drive", "Jan Hofmeyr Road",
              "Moses Kotane Road", "Stamford Hill Road", "Ridge Road", "Marine Drive", "Clark Road", "Essenwood Road"]
#: (town, postcodes, state code) of Penang, Kedah and Perak
MY_TOWNS = [("George Town", ["10050", "10200", "10400", "10450"], "PNG"), ("Bayan Lepas", ["11900"], "PNG"),
            ("Butterworth", ["12000", "13400"], "PNG"), ("Bukit Mertajam", ["14000"], "PNG"),
            ("Air Itam", ["11500"], "PNG"), ("Gelugor", ["11700"], "PNG"), ("Tanjung Bungah", ["11200"], "PNG"),
            ("Seberang Jaya", ["13700"], "PNG"), ("Sungai Petani", ["08000"], "KDH"), ("Taiping", ["34000"], "PRK")]
MY_STREETS = ["Jalan Burma", "Lebuh Chulia", "Jalan Sultan Azlan Shah", "Jalan Air Itam", "Lorong Kampung Jawa",
              "Jalan Perak", "Jalan Masjid Negeri", "Persiaran Bayan Indah", "Jalan Tengah", "Lintang Sungai Ara"]
MY_AREAS = ["Taman Sri Nibong", "Taman Bukit Jambul", "Taman Mutiara", "Taman Desa Relau", "Taman Pekaka",
            "Bandar Perda", "Taman Air Itam", "Taman Seri Rambai"]
#: (suburb, postcode, state) of Adelaide (and a few interstate customers)
AU_SUBURBS = [("Norwood", "5067", "SA"), ("Glenelg", "5045", "SA"), ("Prospect", "5082", "SA"), ("Unley", "5061", "SA"),
              ("Salisbury", "5108", "SA"), ("Mawson Lakes", "5095", "SA"), ("Port Adelaide", "5015", "SA"),
              ("Modbury", "5092", "SA"), ("Marion", "5043", "SA"), ("Mount Barker", "5251", "SA"),
              ("Broken Hill", "2880", "NSW"), ("Mildura", "3500", "VIC")]
AU_STREETS = ["The Parade", "Jetty Road", "Prospect Road", "Unley Road", "Goodwood Road", "Grange Road",
              "Main North Road", "Portrush Road", "Anzac Highway", "Churchill Road", "Fullarton Road",
              "Henley Beach Road"]
#: (town, postcodes) of Chemnitz and the Erzgebirge
DE_ORTE = [("Chemnitz", ["09111", "09116", "09119", "09120", "09126", "09130"]), ("Annaberg-Buchholz", ["09456"]),
           ("Aue-Bad Schlema", ["08280"]), ("Marienberg", ["09496"]), ("Stollberg/Erzgeb.", ["09366"]),
           ("Zwönitz", ["08297"]), ("Schwarzenberg/Erzgeb.", ["08340"]), ("Olbernhau", ["09526"]),
           ("Freiberg", ["09599"]), ("Zschopau", ["09405"])]
DE_STRASSEN = ["Bahnhofstraße", "Buchholzer Straße", "Annaberger Straße", "Zschopauer Straße", "Hauptstraße",
               "Am Rathaus", "Schneeberger Straße", "Wiesenweg", "Lindenallee", "Gartenstraße", "Bergstraße",
               "Straße der Einheit"]
DE_GEBURTSORTE = ["Karl-Marx-Stadt", "Chemnitz", "Annaberg-Buchholz", "Zwickau", "Dresden", "Leipzig", "Aue",
                  "Plauen", "Freiberg", "Gera", "Krasnojarsk", "Hanoi"]
#: (commune, postcode) of the Gironde
FR_COMMUNES = [("Bordeaux", "33000"), ("Bordeaux", "33100"), ("Bordeaux", "33200"), ("Bordeaux", "33300"),
               ("Bordeaux", "33800"), ("Mérignac", "33700"), ("Pessac", "33600"), ("Talence", "33400"),
               ("Bègles", "33130"), ("Libourne", "33500"), ("Arcachon", "33120"), ("Villenave-d'Ornon", "33140"),
               ("Le Bouscat", "33110"), ("Blanquefort", "33290")]
FR_RUES = ["cours de l'Intendance", "rue Sainte-Catherine", "avenue Thiers", "cours Victor Hugo", "rue Judaïque",
           "avenue de la Libération", "allée des Pins", "rue du Palais Gallien", "chemin de Suzon",
           "impasse des Vignes", "rue des Chartrons", "boulevard du Président Wilson"]
#: (town, postcodes, province)
ES_POBLACIONES = [("València", ["46001", "46004", "46006", "46010", "46015", "46020", "46022"], "Valencia"),
                  ("Torrent", ["46900"], "Valencia"), ("Gandia", ["46700"], "Valencia"),
                  ("Paterna", ["46980"], "Valencia"), ("Sagunt", ["46500"], "Valencia"),
                  ("Alzira", ["46600"], "Valencia"), ("Burjassot", ["46100"], "Valencia"),
                  ("Xàtiva", ["46800"], "Valencia"), ("Manises", ["46940"], "Valencia"),
                  ("Castelló de la Plana", ["12001", "12004"], "Castellón"), ("Elx", ["03201", "03203"], "Alicante")]
ES_CALLES = ["C/ de Colón", "Av. del Puerto", "C/ Sueca", "C/ de Cuba", "Av. Blasco Ibáñez", "C/ de la Paz",
             "C/ de Russafa", "Gran Vía Marqués del Turia", "C/ San Vicente Mártir", "Av. Pérez Galdós",
             "C/ Doctor Zamenhof", "Pl. de la Reina"]
#: (town, postcode prefixes)
PL_MIEJSCOWOSCI = [("Łódź", ["90", "91", "92", "93", "94"]), ("Pabianice", ["95-200"]), ("Zgierz", ["95-100"]),
                   ("Aleksandrów Łódzki", ["95-070"]), ("Konstantynów Łódzki", ["95-050"]),
                   ("Tomaszów Mazowiecki", ["97-200"]), ("Piotrków Trybunalski", ["97-300"]),
                   ("Bełchatów", ["97-400"]), ("Skierniewice", ["96-100"]), ("Kutno", ["99-300"])]
PL_ULICE = ["ul. Piotrkowska", "ul. Zgierska", "al. Kościuszki", "ul. Narutowicza", "ul. Rzgowska",
            "al. Włókniarzy", "ul. Pomorska", "ul. Limanowskiego", "ul. Kilińskiego", "ul. Wólczańska",
            "ul. Zielona", "ul. Łąkowa"]
#: (ward or city, postcode prefix, blocks)
JA_SHIKUCHOUSON = [("仙台市青葉区", "980", ["一番町", "本町", "上杉", "国分町", "錦町"]),
                   ("仙台市宮城野区", "983", ["榴岡", "原町", "小鶴"]),
                   ("仙台市若林区", "984", ["荒井", "六丁の目", "遠見塚"]), ("仙台市太白区", "982", ["長町", "富沢", "西多賀"]),
                   ("仙台市泉区", "981", ["泉中央", "将監", "八乙女"]), ("名取市", "981", ["増田", "杜せきのした"]),
                   ("多賀城市", "985", ["中央", "笠神"]), ("塩竈市", "985", ["海岸通", "本町"]),
                   ("石巻市", "986", ["中里", "蛇田"]), ("富谷市", "981", ["成田", "日吉台"])]
JA_BUILDINGS = ["", "", "", "グランシティ杜の都", "メゾン榴岡", "コーポ長町", "ライオンズマンション泉中央",
                "パークハウス上杉"]
#: (city, postcode prefix)
EL_POLEIS = [("ΠΑΤΡΑ", ["262", "263", "264"]), ("ΑΙΓΙΟ", ["251"]), ("ΡΙΟ", ["265"]), ("ΜΕΣΟΛΟΓΓΙ", ["302"]),
             ("ΠΥΡΓΟΣ", ["271"]), ("ΚΑΤΩ ΑΧΑΪΑ", ["252"]), ("ΝΑΥΠΑΚΤΟΣ", ["303"]), ("ΑΓΡΙΝΙΟ", ["301"])]
EL_ODOI = ["ΜΑΙΖΩΝΟΣ", "ΚΟΡΙΝΘΟΥ", "ΑΓΙΟΥ ΝΙΚΟΛΑΟΥ", "ΕΡΜΟΥ", "ΓΟΥΝΑΡΗ", "ΡΗΓΑ ΦΕΡΑΙΟΥ", "ΑΓΙΟΥ ΑΝΔΡΕΟΥ",
           "ΝΟΡΜΑΝ", "ΚΑΡΑΪΣΚΑΚΗ", "ΠΑΝΤΑΝΑΣΣΗΣ", "ΑΚΡΩΤΗΡΙΟΥ", "ΟΛΥΜΠΙΟΝΙΚΩΝ"]
#: (district, postcode, province)
TR_ILCELER = [("Konak", "35250", "İzmir"), ("Karşıyaka", "35530", "İzmir"), ("Bornova", "35040", "İzmir"),
              ("Buca", "35390", "İzmir"), ("Bayraklı", "35535", "İzmir"), ("Çiğli", "35610", "İzmir"),
              ("Gaziemir", "35410", "İzmir"), ("Balçova", "35330", "İzmir"), ("Narlıdere", "35320", "İzmir"),
              ("Menemen", "35660", "İzmir"), ("Yunusemre", "45030", "Manisa"), ("Efeler", "09100", "Aydın")]
TR_MAHALLELER = ["Alsancak", "Bostanlı", "Kazımdirik", "Adatepe", "Mavişehir", "Güzelyalı", "Göztepe", "Evka-3",
                 "Kültür", "Atakent"]
TR_SOKAKLAR = ["Kıbrıs Şehitleri Cad.", "Mustafa Kemal Sahil Blv.", "1453 Sok.", "Anadolu Cad.", "Cumhuriyet Blv.",
               "Talatpaşa Blv.", "Şair Eşref Blv.", "Gazi Blv.", "Manas Blv.", "2040 Sok.", "6370 Sok."]
TR_DOGUM_YERLERI = ["İzmir", "Manisa", "Aydın", "Denizli", "Erzurum", "Konya", "Ankara", "İstanbul", "Mardin",
                    "Trabzon", "Uşak", "Muğla"]


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    if lang in ("us", "pa"):
        n = g.rnd.randint(100, 9800)
        unit = g.rnd.choice(["", "", "", f" Apt {g.rnd.randint(1, 30)}", f" Unit {g.rnd.choice('ABCD')}"])
        return f"{n} {s}{unit.upper() if lang == 'pa' else unit}"
    if lang == "ca":
        unit = f"{g.rnd.randint(101, 2409)}-{g.rnd.randint(10, 900)}"
        return g.rnd.choice([f"{g.rnd.randint(10, 3900)} {s}", f"{unit} {s}"])
    if lang in ("ni", "sc", "za", "au"):
        flat = g.rnd.choice(["", "", "", f"Flat {g.rnd.randint(1, 12)}, ", f"Unit {g.rnd.randint(1, 20)}/"])
        if flat.startswith("Unit") and lang != "au":
            flat = ""
        return f"{flat}{g.rnd.randint(1, 240)} {s}"
    if lang == "my":
        unit = f"{g.rnd.randint(1, 40)}-{g.rnd.randint(1, 12)}-{g.rnd.randint(1, 20)}"
        return g.rnd.choice([f"No. {g.rnd.randint(1, 120)}, {s}", f"{unit}, {s}", f"{g.rnd.randint(2, 300)} {s}"])
    if lang == "de":
        return f"{s} {g.rnd.randint(1, 98)}{g.rnd.choice(['', '', '', 'a', 'b'])}"
    if lang == "fr":
        return f"{g.rnd.randint(1, 180)}{g.rnd.choice(['', '', '', ' bis', ' ter'])} {s}"
    if lang == "es":
        return f"{s}, {g.rnd.randint(1, 140)}, {g.rnd.randint(1, 9)}º {g.rnd.choice(['1ª', '2ª', 'A', 'B', 'izq.'])}"
    if lang == "pl":
        return f"{s} {g.rnd.randint(1, 250)}" + g.rnd.choice(["", f" m. {g.rnd.randint(1, 80)}",
                                                             f"/{g.rnd.randint(1, 80)}"])
    if lang == "el":
        return f"{s} {g.rnd.randint(1, 260)}"
    if lang == "tr":
        return (f"{g.rnd.choice(TR_MAHALLELER)} Mah. {s} No:{g.rnd.randint(1, 180)}"
                + g.rnd.choice(["", f" D:{g.rnd.randint(1, 24)}",
                                f" Kat:{g.rnd.randint(1, 9)} D:{g.rnd.randint(1, 30)}"]))
    return f"{g.rnd.randint(1, 200)} {s}"


def ja_address(g: Gen, ward: tuple[str, str, list[str]]) -> str:
    block = g.rnd.choice(ward[2])
    building = g.rnd.choice(JA_BUILDINGS)
    suffix = f" {building}{g.rnd.randint(1, 12)}0{g.rnd.randint(1, 9)}号" if building else ""
    return f"宮城県{ward[0]}{block}{g.rnd.randint(1, 5)}丁目{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 25)}{suffix}"


def gb_postcode(g: Gen, district: str) -> str:
    return f"{district} {g.rnd.randint(0, 9)}{g.digits(2, 'ABDEFGHJLNPQRSTUWXYZ')}"


def ca_postcode(g: Gen, fsa: str) -> str:
    return f"{fsa} {g.rnd.randint(0, 9)}{g.rnd.choice('ABCEGHJKLMNPRSTVWXYZ')}{g.rnd.randint(0, 9)}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    d = g.valid(make, _ssn.is_valid)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dashed else d


def us_ssn_decoy(g: Gen) -> str:
    """An application number shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    area = g.rnd.choice(["000", "666", f"9{g.digits(2)}"])
    return f"{area}-{g.digits(2)}-{g.digits(4)}"


def ca_sin(g: Gen, spaced: bool = True) -> str:
    body = str(g.rnd.choice([1, 2, 3, 4, 5, 6, 7, 9])) + g.digits(7)
    d = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(d)
    return f"{d[:3]} {d[3:6]} {d[6:]}" if spaced else d


def us_rtn(g: Gen) -> str:
    """An ABA routing number of a bank (a decoy: the bank's, not a person's)."""
    return g.valid(lambda: g.rnd.choice(["03", "02", "07", "21", "22"]) + g.digits(7), _rtn.is_valid)


def nino(g: Gen, spaced: bool = False) -> str:
    """A UK National Insurance number (two prefix letters, six digits, a suffix A-D; no check digit)."""
    first = g.rnd.choice("ABCEGHJKLMNOPRSTWXYZ")
    second = g.rnd.choice("ABCEGHJKLMNPRSTWXYZ")
    while first + second in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ") or second == "O":
        second = g.rnd.choice("ABCEGHJKLMNPRSTWXYZ")
    d = g.digits(6)
    suffix = g.rnd.choice("ABCD")
    return f"{first}{second} {d[:2]} {d[2:4]} {d[4:]} {suffix}" if spaced else f"{first}{second}{d}{suffix}"


NINO_RE = r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]"


def utr(g: Gen) -> str:
    body = g.digits(9)
    return _utr.calc_check_digit(body) + body


def za_id(g: Gen, born: date, female: bool) -> str:
    seq = g.rnd.randint(0, 4999) if female else g.rnd.randint(5000, 9999)
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:04d}{g.rnd.choice('0000001')}8"
    d = body + luhn.calc_check_digit(body)
    assert _zaid.is_valid(d)
    return d


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits failing the South African ID number's check (a box contract number)."""
    return g.valid(lambda: g.rnd.choice(["20", "21", "19"]) + g.digits(11), lambda x: not _zaid.is_valid(x))


def my_nric(g: Gen, born: date, female: bool, place: str) -> str:
    last = g.rnd.choice("02468" if female else "13579")
    d = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{place}{g.digits(3)}{last}"
    assert _nric.is_valid(d)
    return f"{d[:6]}-{d[6:8]}-{d[8:]}"


def my_nric_decoy(g: Gen) -> str:
    """Twelve digits written like a MyKad number and failing it (an unknown birth-place code)."""
    unknown = ["00", "17", "18", "19", "20", "69", "70", "73", "80", "81", "94", "95"]
    return g.valid(lambda: f"{g.rnd.randint(20, 25):02d}{g.digits(4)}-{g.rnd.choice(unknown)}-{g.digits(4)}",
                   lambda x: not _nric.is_valid(x))


def tfn(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(8), _tfn.is_valid)
    return g.rnd.choice([d, f"{d[:3]} {d[3:6]} {d[6:]}"])


def de_idnr(g: Gen) -> str:
    def make() -> str:
        body = list(str(g.rnd.randint(1, 9)) + g.digits(9))
        return "".join(body)

    def check(body: str) -> str:
        product = 10
        for ch in body:
            total = (int(ch) + product) % 10 or 10
            product = (2 * total) % 11
        return str((11 - product) % 10)

    def one() -> str:
        body = make()
        return body + check(body)

    return g.valid(one, _idnr.is_valid)


_RVNR_WEIGHTS = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)


def rvnr_check(body: str) -> str:
    """The check digit of a German pension insurance number (Rentenversicherungsnummer) without its last digit."""
    digits = body[:8] + f"{ord(body[8].upper()) - 64:02d}" + body[9:11]
    total = sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, _RVNR_WEIGHTS))
    return str(total % 10)


def rvnr_is_valid(value: str) -> bool:
    """Whether ``value`` is shaped like a Rentenversicherungsnummer and its check digit is right."""
    value = value.replace(" ", "").upper()
    if len(value) != 12 or not (value[:8].isdigit() and value[8].isalpha() and value[9:].isdigit()):
        return False
    day, month = int(value[2:4]), int(value[4:6])
    return 1 <= day <= 31 + 50 and 1 <= month <= 12 and rvnr_check(value[:11]) == value[11]


def rvnr(g: Gen, born: date, birth_name: str, female: bool) -> str:
    area = g.rnd.choice(["12", "13", "14", "65", "53"])
    serial = g.rnd.randint(50, 99) if female else g.rnd.randint(0, 49)
    initial = fold(birth_name)[0].upper()
    body = f"{area}{born.day:02d}{born.month:02d}{born.year % 100:02d}{initial}{serial:02d}"
    value = body + rvnr_check(body)
    assert rvnr_is_valid(value)
    return value


def _bban_iban(country: str, bban: str) -> str:
    value = country + "00" + bban
    return country + _iban.calc_check_digits(value) + bban


def de_iban(g: Gen) -> str:
    bank = g.rnd.choice(["87054000", "87055000", "87070000", "87096124", "87069075"])
    value = _bban_iban("DE", bank + g.digits(10))
    assert _iban.is_valid(value)
    return value


def fr_iban(g: Gen) -> str:
    bank, branch, account = g.rnd.choice(["13335", "10907", "33089", "11315"]), g.digits(5), g.digits(11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    value = _bban_iban("FR", f"{bank}{branch}{account}{key:02d}")
    assert _iban.is_valid(value)
    return _iban.format(value)


def es_iban(g: Gen) -> str:
    bank, branch, account = g.rnd.choice(["3058", "2100", "0081", "3159", "2038"]), g.digits(4), g.digits(10)
    dc = _ccc.calc_check_digits(bank + branch + "00" + account)
    value = _bban_iban("ES", f"{bank}{branch}{dc}{account}")
    assert _iban.is_valid(value)
    return g.rnd.choice([value, _iban.format(value)])


def tr_iban(g: Gen) -> str:
    bank = g.rnd.choice(["00010", "00012", "00015", "00046", "00062", "00064"])
    value = _bban_iban("TR", bank + "0" + g.digits(16))
    assert _iban.is_valid(value)
    return g.rnd.choice([value, _iban.format(value)])


def dni(g: Gen) -> str:
    body = f"{g.rnd.randint(10_000_000, 79_999_999)}"
    return body + _dni.calc_check_digit(body)


def nie(g: Gen) -> str:
    lead = g.rnd.choice("XYZ")
    body = g.digits(7)
    value = lead + body + _nie.calc_check_digit(lead + body)
    assert _nie.is_valid(value)
    return value


def dni_decoy(g: Gen) -> str:
    """Eight digits and a letter failing the DNI check (a loan file number)."""
    return g.valid(lambda: f"{g.rnd.randint(10_000_000, 99_999_999)}{g.rnd.choice('TRWAGMYFPDXBNJZSQVHLCKE')}",
                   lambda x: not _dni.is_valid(x))


def pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    serial = g.digits(3) + g.rnd.choice("02468" if female else "13579")
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial}"
    value = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(value)
    return value


def pesel_decoy(g: Gen) -> str:
    """Eleven digits failing the PESEL check (a card agreement number)."""
    return g.valid(lambda: g.rnd.choice(["25", "24"]) + g.digits(9), lambda x: not _pesel.is_valid(x))


_DOWOD_WEIGHTS = (7, 3, 1, 0, 7, 3, 1, 7, 3)


def dowod_is_valid(value: str) -> bool:
    """Whether ``value`` is a valid Polish identity card number (three letters, a check digit, five digits)."""
    value = value.replace(" ", "").upper()
    if len(value) != 9 or not value[:3].isalpha() or not value[3:].isdigit():
        return False
    total = sum((int(ch, 36)) * w for ch, w in zip(value, _DOWOD_WEIGHTS))
    return total % 10 == int(value[3])


def dowod(g: Gen) -> str:
    letters = g.rnd.choice(["C", "D", "A"]) + g.digits(2, string.ascii_uppercase)
    rest = g.digits(5)
    total = sum(int(ch, 36) * w for ch, w in zip(letters + "0" + rest, _DOWOD_WEIGHTS))
    value = f"{letters}{total % 10}{rest}"
    assert dowod_is_valid(value)
    return g.rnd.choice([value, f"{value[:3]} {value[3:]}"])


def pl_nip(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice(["725", "727", "731", "947", "728"]) + g.digits(7), _nip.is_valid)


def my_number(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(10)
    value = body + _mynumber.calc_check_digit(body)
    return g.rnd.choice([value, f"{value[:4]} {value[4:8]} {value[8:]}"])


def my_number_decoy(g: Gen) -> str:
    """Twelve digits failing My Number's check (an application number)."""
    return g.valid(lambda: "2025" + g.digits(8), lambda x: not _mynumber.is_valid(x))


def jp_corporate(g: Gen) -> str:
    body = g.rnd.choice(["3", "4", "5", "6", "8"]) + "3700" + g.digits(7)
    value = _jpcn.calc_check_digit(body) + body
    assert _jpcn.is_valid(value)
    return value


def amka(g: Gen, born: date) -> str:
    body = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{g.digits(4)}"
    value = body + luhn.calc_check_digit(body)
    assert _amka.is_valid(value)
    return value


def amka_decoy(g: Gen) -> str:
    """Eleven digits failing the AMKA check (a booking number)."""
    return g.valid(lambda: f"{g.rnd.randint(1, 28):02d}{g.rnd.randint(1, 12):02d}25" + g.digits(5),
                   lambda x: not _amka.is_valid(x))


def afm(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice(["0", "1"]) + g.digits(8), _afm.is_valid)


def adt(g: Gen) -> str:
    """A Greek police identity card number (two Greek capital letters and six digits; no check digit)."""
    return g.rnd.choice("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ") + g.rnd.choice("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ") + " " + g.digits(6)


def tckn(g: Gen, foreign: bool = False) -> str:
    body = ("99" + g.digits(7)) if foreign else (str(g.rnd.randint(1, 9)) + g.digits(8))
    value = body + _tck.calc_check_digits(body)
    assert _tck.is_valid(value)
    return value


def tckn_decoy(g: Gen) -> str:
    """Eleven digits failing the T.C. kimlik check (a rental contract number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _tck.is_valid(x))


def foreign_passport(g: Gen, country: str) -> str:
    if country == "DE":
        return g.digits(1, "CFGHJK") + g.digits(8, "CFGHJKLMNPRTVWXYZ0123456789")
    if country == "RU":
        return f"{g.rnd.randint(70, 77)} {g.digits(7)}"
    if country == "IR":
        return g.rnd.choice("KXY") + g.digits(8)
    if country == "GB":
        return g.rnd.choice("125") + g.digits(8)
    return g.rnd.choice(["C", "AA"]) + g.digits(7)


def pan(g: Gen) -> str:
    return g.valid(lambda: g.code("AAA") + "P" + g.code("A9999A"), _pan.is_valid)


def fr_nif(g: Gen) -> str:
    body = str(g.rnd.randint(0, 3)) + g.digits(9)
    value = body + _frnif.calc_check_digits(body)
    assert _frnif.is_valid(value)
    return value


def card(g: Gen, spaced: bool = True) -> str:
    body = g.rnd.choice(["4", "4", "51", "52", "53", "55", "2221"])
    body += g.digits(15 - len(body))
    d = body + luhn.calc_check_digit(body)
    return " ".join(d[i:i + 4] for i in range(0, 16, 4)) if spaced else d


def masked(g: Gen) -> str:
    return f"{g.rnd.choice(['4', '5'])}{g.digits(3)} **** **** {g.digits(4)}"
