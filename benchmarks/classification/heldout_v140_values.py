"""Values of held-out set v140 (:mod:`benchmarks.classification.heldout_v140`): v140's random source, and names,
streets, towns, postal codes, utilities' vocabulary and free-text snippets written by hand for v140's energy and water
utilities (no Faker, no list of real people, no breach data), phones drawn from each region's and area's leading
digits and checked with phonenumbers, and identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers follow v98's (which follow v27's); the phone maker and every list below are new.
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
from stdnum.be import nn as _be_nn
from stdnum.be import vat as _be_vat
from stdnum.br import cnpj as _cnpj
from stdnum.br import cpf as _cpf
from stdnum.ch import ssn as _ahv
from stdnum.ch import uid as _ch_uid
from stdnum.de import idnr as _de_idnr
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.iso7064 import mod_11_10
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva
from stdnum.jp import cn as _jp_cn
from stdnum.mx import curp as _curp
from stdnum.mx import rfc as _rfc
from stdnum.my import nric as _nric
from stdnum.nz import bankaccount as _nz_bank
from stdnum.nz import ird as _ird
from stdnum.pt import nif as _pt_nif
from stdnum.ua import edrpou as _edrpou
from stdnum.ua import rntrc as _rntrc
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _za_id

from benchmarks.classification.heldout_v2 import Column

SEED = 140_2207_2026
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v140's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNK", "?",
    "nil", "0", "000000000", "00000000", "TBC", "not given", "não informado", "sem obs", "keine", "k.A.", "unbekannt",
    "sin dato", "ninguna", "nessuna", "n.d.", "geen", "nvt", "немає", "не вказано", "なし", "不明", "特になし")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v140:{SEED}:{table}")

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

    def ipv4(self, firsts: list[int]) -> str:
        return f"{self.rnd.choice(firsts)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}." \
               f"{self.rnd.randint(1, 254)}"

    def ipv6(self, head: str) -> str:
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(6))

    # -- phones
    def phone(self, plan: str, fmt: str = "e164", mobile: bool = True) -> str:
        """A valid number of ``plan`` (a key of :data:`PHONE_PLANS`: a region, or a region and an area) in ``fmt``:
        ``e164``, ``intl``, ``national``, ``digits`` (the national number's digits, trunk prefix included) or
        ``dashes`` (US only)."""
        region, cc, mob, fixed = PHONE_PLANS[plan]
        prefixes, length = mob if mobile else fixed

        def make() -> str:
            head = self.rnd.choice(prefixes)
            return head + self.digits(length - len(head))

        def ok(candidate: str) -> bool:
            number = phonenumbers.parse(f"+{cc}{candidate}")
            return phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region

        number = phonenumbers.parse(f"+{cc}{self.valid(make, ok)}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        if fmt == "dashes":
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:3]}-{d[3:6]}-{d[6:]}"
        return national

    def phones(self, plan: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(plan, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


#: plan -> (region, country code, (mobile prefixes, national length), (fixed prefixes, national length)); the
#: national significant number without the trunk prefix
PHONE_PLANS: dict[str, tuple[str, str, tuple[list[str], int], tuple[list[str], int]]] = {
    "US-AZ": ("US", "1", (["5202", "5203", "5204", "5205", "5206", "5207", "5208", "5209", "6025", "4806"], 10),
              (["5207", "5208", "5202", "5203", "5204"], 10)),
    "US-KY": ("US", "1", (["5022", "5023", "5024", "5025", "5026", "5027", "5028", "5029", "8592"], 10),
              (["5024", "5025", "5026", "5028", "5029"], 10)),
    "NZ": ("NZ", "64", (["21", "22", "27"], 9), (["33", "34", "35", "37"], 8)),
    "GB": ("GB", "44", (["74", "75", "77", "78", "79"], 10), (["1463", "1667", "1349", "1397", "1479"], 10)),
    "ZA": ("ZA", "27", (["60", "61", "71", "72", "73", "76", "78", "79", "82", "83", "84"], 9), (["31"], 9)),
    "IE": ("IE", "353", (["83", "85", "86", "87", "89"], 9), (["21"], 9)),
    "IN": ("IN", "91", (["98", "97", "96", "94", "90", "88", "81", "77", "70", "63"], 10), (["802", "804"], 10)),
    "MY": ("MY", "60", (["12", "13", "16", "17", "19"], 9), (["35", "36", "37", "38", "33"], 9)),
    "BR": ("BR", "55", (["629"], 11), (["623"], 10)),
    "CH": ("CH", "41", (["76", "77", "78", "79"], 9), (["52", "71"], 9)),
    "MX": ("MX", "52", (["662"], 10), (["662"], 10)),
    "IT": ("IT", "39", (["320", "328", "333", "338", "347", "349", "366", "380", "392"], 10),
           (["0541", "0543", "0544", "0547", "0546"], 10)),
    "BE": ("BE", "32", (["470", "471", "472", "473", "475", "476", "477", "478", "479", "485", "486", "488", "494",
                         "495", "496", "497", "498", "499"], 9), (["14"], 8)),
    "UA": ("UA", "380", (["50", "66", "67", "68", "95", "96", "97", "98", "99", "63", "73", "93"], 9),
           (["532"], 9)),
    "JP": ("JP", "81", (["70", "80", "90"], 10), (["762"], 9)),
}

# -- names (written for v140) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "az": (["Ezequiel", "Brandon", "Tomás", "Dakota", "Wyatt", "Héctor", "Keanu", "Desmond", "Rajesh", "Corbin"],
           ["Yolanda", "Brianna", "Marisela", "Shandiin", "Kaylee", "Araceli", "Tamsin", "Nizhoni", "Cheyenne",
            "Dolores"],
           ["Valenzuela", "Begay", "Tsosie", "Whitaker", "Carrizosa", "Lindgren", "Yazzie", "Montaño", "Prescott",
            "Ruelas", "Hollister", "Figueroa", "Castellanos", "Abernethy", "Okamura"]),
    "ky": (["Clayton", "Darnell", "Beau", "Lonnie", "Everett", "Jamal", "Garrett", "Otis", "Rusty", "Maurice"],
           ["Loretta", "Shanice", "Cora", "Tammy", "Delphia", "Kendra", "Marcy", "Bethany", "Latrice", "Opal"],
           ["Pennington", "Hardesty", "Blevins", "Combs", "Goins", "Whitlock", "Crutcher", "Napier", "Sizemore",
            "Thornsberry", "Mattingly", "Gootee", "Ballard", "Spalding", "Yocum"]),
    "nz": (["Nikau", "Hamish", "Te Ariki", "Fraser", "Mikaere", "Brodie", "Lachie", "Paora", "Jayden", "Tāne"],
           ["Ngaire", "Isla", "Mihi", "Tegan", "Marama", "Keri", "Hinemoa", "Briar", "Olive", "Ruby"],
           ["Tipene", "McAlister", "Rewi", "Gallagher", "Te Hau", "Brownlee", "Paewai", "Kerrigan", "Tawhiri",
            "Dunlop", "Whitau", "Sutherland-Rae"]),
    "sc": (["Ewan", "Callum", "Ruaridh", "Alasdair", "Kenzie", "Murdo", "Dougie", "Hamish", "Finlay", "Lewis"],
           ["Eilidh", "Morag", "Catriona", "Kirsty", "Mhairi", "Shona", "Ailsa", "Iona", "Fenella", "Rhona"],
           ["MacLeod", "Munro", "Urquhart", "MacKenzie", "Fraser", "Sutherland", "MacRae", "Matheson", "Grant",
            "Chisholm", "MacAskill", "Ross", "Mackintosh", "Cumming"]),
    "za": (["Sibusiso", "Thulani", "Mandla", "Sipho", "Themba", "Nkosinathi", "Pravesh", "Kyle", "Lwazi", "Bongani"],
           ["Nomvula", "Thandeka", "Zanele", "Lindiwe", "Nonhlanhla", "Ayanda", "Priyanka", "Shanelle", "Zodwa",
            "Khanyisile"],
           ["Dlamini", "Ngcobo", "Mkhize", "Zulu", "Shezi", "Mthembu", "Naidoo", "Govender", "Khumalo", "Cele",
            "Ntuli", "Pillay", "Van der Merwe", "Gumede"]),
    "ie": (["Donncha", "Conor", "Diarmuid", "Eoin", "Fionn", "Killian", "Séamus", "Tomasz", "Cian", "Pádraig"],
           ["Caoimhe", "Aisling", "Siobhán", "Éabha", "Niamh", "Muireann", "Laoise", "Zofia", "Deirdre", "Gobnait"],
           ["Ó Murchú", "O'Callaghan", "Twomey", "Crowley", "Desmond", "Buckley", "Lehane", "Ní Shúilleabháin",
            "Coakley", "Barry", "Hegarty", "Kowalski", "Cronin", "O'Mahony"]),
    "in": (["Manjunath", "Raghavendra", "Suresh", "Kiran", "Praveen", "Anand", "Venkatesh", "Nagaraj", "Imran",
            "Shivakumar"],
           ["Shwetha", "Kavya", "Lakshmi", "Pavithra", "Deepa", "Rashmi", "Sowmya", "Bhavya", "Ayesha", "Tejaswini"],
           ["Gowda", "Hegde", "Shetty", "Kulkarni", "Reddy", "Murthy", "Rao", "Bhat", "Naik", "Prasad", "Iyengar",
            "Patil"]),
    "br": (["Wesley", "Luciano", "Gustavo", "Valdeci", "Ronaldo", "Kaique", "Edivaldo", "Marcos Vinícius", "Josué",
            "Adenilson"],
           ["Luzia", "Keila", "Daiane", "Rosângela", "Lorena", "Ivone", "Tatiane", "Maria Aparecida", "Jordana",
            "Eliene"],
           ["Rodrigues", "Silva", "Borges", "Alves", "Ferreira", "Mendonça", "Rezende", "Gonçalves", "Fagundes",
            "Peixoto", "Batista", "Arantes", "Louzada", "Xavier"]),
    "ch": (["Reto", "Urs", "Beat", "Lukas", "Marco", "Dario", "Ueli", "Adrian", "Jonas", "Thomas"],
           ["Regula", "Corinne", "Nadja", "Brigitte", "Seraina", "Fabienne", "Ursula", "Jasmin", "Andrea", "Heidi"],
           ["Keller", "Brunner", "Ammann", "Stäheli", "Schönholzer", "Oberholzer", "Hasler", "Gubler", "Zürcher",
            "Bommeli", "Wehrli", "Frischknecht", "Eggenberger", "Huber"]),
    "mx": (["Jesús Manuel", "Francisco Javier", "Ramón", "Adalberto", "Heriberto", "Luis Fernando", "Édgar", "Omar",
            "José Ángel", "Rigoberto"],
           ["María de Jesús", "Ana Lucía", "Karla Yesenia", "Perla", "Dulce María", "Rosario", "Brenda", "Alma Delia",
            "Lourdes", "Claudia Ivette"],
           ["Valenzuela", "Encinas", "Félix", "Molina", "Moreno", "Urías", "Corrales", "Bojórquez", "Leyva", "Ochoa",
            "Montaño", "Peralta", "Gastélum", "Ruiz"]),
    "it": (["Alessandro", "Matteo", "Stefano", "Davide", "Gianluca", "Lorenzo", "Enrico", "Tiziano", "Nicola",
            "Mirko"],
           ["Francesca", "Giulia", "Elisa", "Chiara", "Roberta", "Silvia", "Federica", "Monica", "Loredana", "Ilaria"],
           ["Casadei", "Pasini", "Zoffoli", "Fabbri", "Bertozzi", "Zanotti", "Gardini", "Montanari", "Ravaioli",
            "Neri", "Ricci", "Guidi", "Amadori", "Pollini"]),
    "be": (["Jef", "Wouter", "Pieter-Jan", "Stijn", "Bart", "Koen", "Mohamed", "Jens", "Rik", "Toon"],
           ["An", "Liesbeth", "Griet", "Sofie", "Els", "Nele", "Fatima", "Ine", "Veerle", "Lotte"],
           ["Van Gorp", "Peeters", "Janssens", "Verachtert", "Vermeulen", "Goossens", "Van den Broeck", "Mertens",
            "Aerts", "Claes", "De Backer", "Verheyen", "Vanhoudt", "El Amrani"]),
    "ua": (["Олександр", "Андрій", "Тарас", "Богдан", "Віктор", "Максим", "Ігор", "Назар", "Петро", "Юрій"],
           ["Оксана", "Наталія", "Ірина", "Галина", "Тетяна", "Юлія", "Світлана", "Олена", "Людмила", "Марія"],
           ["Шевченко", "Бондаренко", "Коваленко", "Ткачук", "Кравчук", "Мельник", "Лисенко", "Гончаренко",
            "Литвиненко", "Руденко", "Савченко", "Марченко", "Дзюба", "Остапенко"]),
    "ja": (["大翔", "健太", "裕也", "直樹", "亮", "和也", "博之", "翼"],
           ["さくら", "美穂", "沙織", "優子", "愛", "千夏", "里美", "結菜"],
           ["北村", "前田", "山本", "中島", "竹内", "松田", "浅野", "西村", "宮本", "橋本", "上田", "坂井"]),
}

#: Japanese names in katakana (フリガナ columns)
JA_KANA = {"北村": "キタムラ", "前田": "マエダ", "山本": "ヤマモト", "中島": "ナカシマ", "竹内": "タケウチ",
           "松田": "マツダ", "浅野": "アサノ", "西村": "ニシムラ", "宮本": "ミヤモト", "橋本": "ハシモト",
           "上田": "ウエダ", "坂井": "サカイ", "大翔": "ヒロト", "健太": "ケンタ", "裕也": "ユウヤ", "直樹": "ナオキ",
           "亮": "リョウ", "和也": "カズヤ", "博之": "ヒロユキ", "翼": "ツバサ", "さくら": "サクラ", "美穂": "ミホ",
           "沙織": "サオリ", "優子": "ユウコ", "愛": "アイ", "千夏": "チナツ", "里美": "サトミ", "結菜": "ユイナ"}

#: Ukrainian male given name -> (patronymic of a son, patronymic of a daughter)
UA_PATRONYMIC = {"Олександр": ("Олександрович", "Олександрівна"), "Андрій": ("Андрійович", "Андріївна"),
                 "Тарас": ("Тарасович", "Тарасівна"), "Богдан": ("Богданович", "Богданівна"),
                 "Віктор": ("Вікторович", "Вікторівна"), "Максим": ("Максимович", "Максимівна"),
                 "Ігор": ("Ігорович", "Ігорівна"), "Назар": ("Назарович", "Назарівна"),
                 "Петро": ("Петрович", "Петрівна"), "Юрій": ("Юрійович", "Юріївна")}

MY_MALAY = (["Muhammad Hafiz", "Ahmad Faizal", "Mohd Azrul", "Khairul Anuar", "Amirul Hakim"],
            ["Nurul Aina", "Siti Hajar", "Nur Syafiqah", "Farah Nadia", "Aishah"],
            ["Hassan", "Ismail", "Abdul Rahman", "Yusof", "Othman", "Kamaruddin"])
MY_CHINESE = (["Tan", "Lim", "Wong", "Lee", "Ng", "Ong", "Chong", "Teh"],
              ["Wei Ming", "Kah Seng", "Jia Hui", "Mei Ling", "Chee Keong", "Hui Wen", "Boon Hock", "Siew Lan"])
MY_INDIAN = (["Rajesh", "Suresh", "Kavitha", "Thivya", "Ganesan", "Mageswari"],
             ["Muniandy", "Subramaniam", "Krishnan", "Raman", "Arumugam", "Letchumanan"])


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``."""
    male, fem, fam = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.5
    return g.rnd.choice(fem if female else male), g.rnd.choice(fam)


def whole(g: Gen, lang: str) -> str:
    """A full name as ``lang`` writes it (family name first in Japanese, two family names in Brazil and Mexico)."""
    if lang == "my":
        return malaysian(g)
    a, b = person(g, lang)
    if lang == "ja":
        return f"{b} {a}"
    if lang == "ua":
        return f"{b} {a}"
    if lang in ("br", "mx"):
        return f"{a} {g.rnd.choice([x for x in NAMES[lang][2] if x != b])} {b}"
    return f"{a} {b}"


def given(g: Gen, lang: str) -> str:
    return person(g, lang)[0]


def malaysian(g: Gen) -> str:
    """A Malaysian full name: Malay (``bin``/``binti``), Chinese (family name first) or Indian (``a/l``, ``a/p``)."""
    r = g.rnd.random()
    if r < 0.55:
        female = g.rnd.random() < 0.5
        first = g.rnd.choice(MY_MALAY[1] if female else MY_MALAY[0])
        return f"{first} {'binti' if female else 'bin'} {g.rnd.choice(MY_MALAY[2])}"
    if r < 0.85:
        return f"{g.rnd.choice(MY_CHINESE[0])} {g.rnd.choice(MY_CHINESE[1])}"
    first = g.rnd.choice(MY_INDIAN[0])
    link = "a/p" if first in ("Kavitha", "Thivya", "Mageswari") else "a/l"
    return f"{first} {link} {g.rnd.choice(MY_INDIAN[1])}"


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() or ch == ".")


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(60, 99)}",
                          f"{a}_{b[:4]}"])
    return f"{local}@{g.rnd.choice(domains)}"


def latin_email(g: Gen, lang: str) -> str:
    """An e-mail of a person whose name is not written in Latin letters (romanized local part)."""
    local = g.rnd.choice(LATIN_LOCALS[lang])
    return f"{local}{g.rnd.choice(['', '.', '_'])}{g.rnd.randint(1, 9999)}@{g.rnd.choice(DOMAINS[lang])}"


def email(g: Gen, lang: str) -> str:
    if lang in LATIN_LOCALS:
        return latin_email(g, lang)
    if lang == "my":
        return f"{plain(malaysian(g).split(' ')[0])}{g.rnd.randint(1, 999)}@{g.rnd.choice(DOMAINS['my'])}"
    return email_of(g, *person(g, lang), DOMAINS[lang])


LATIN_LOCALS = {
    "ua": ["oksana", "shevchenko", "tkachuk", "andrii", "iryna", "bondarenko", "taras", "olena", "melnyk", "yulia"],
    "ja": ["sakura", "kitamura", "k.maeda", "yamamoto", "hiroto", "miho", "saori", "nakashima", "tsubasa", "yuina"],
}

DOMAINS: dict[str, list[str]] = {
    "az": ["gmail.com", "yahoo.com", "cox.net", "outlook.com", "icloud.com"],
    "ky": ["gmail.com", "yahoo.com", "bellsouth.net", "twc.com", "outlook.com"],
    "nz": ["gmail.com", "xtra.co.nz", "outlook.co.nz", "slingshot.co.nz"],
    "sc": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk"],
    "za": ["gmail.com", "webmail.co.za", "telkomsa.net", "mweb.co.za", "yahoo.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "my": ["gmail.com", "yahoo.com", "hotmail.my", "outlook.com"],
    "br": ["gmail.com", "hotmail.com", "bol.com.br", "uol.com.br", "yahoo.com.br"],
    "ch": ["bluewin.ch", "gmx.ch", "sunrise.ch", "gmail.com", "hispeed.ch"],
    "mx": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx", "prodigy.net.mx"],
    "it": ["libero.it", "gmail.com", "alice.it", "virgilio.it", "hotmail.it"],
    "be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.com", "proximus.be"],
    "ua": ["ukr.net", "gmail.com", "i.ua", "meta.ua"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp"],
}

# -- places (written for v140) -----------------------------------------------------------------------------------------

#: (city, ZIP codes) around Tucson
AZ_CITIES = [("Tucson", ["85705", "85710", "85711", "85712", "85716", "85719", "85730", "85745", "85748"]),
             ("Marana", ["85653", "85658"]), ("Oro Valley", ["85737", "85755"]), ("Sahuarita", ["85629"]),
             ("Vail", ["85641"]), ("South Tucson", ["85713"])]
AZ_STREETS = ["E Speedway Blvd", "N Oracle Rd", "W Ina Rd", "S 6th Ave", "E Broadway Blvd", "N Campbell Ave",
              "E Grant Rd", "W Valencia Rd", "N Swan Rd", "E 22nd St", "W Calle Concordia", "N Camino de Oeste"]
KY_CITIES = [("LOUISVILLE", ["40204", "40205", "40211", "40212", "40214", "40215", "40218", "40220", "40229"]),
             ("JEFFERSONTOWN", ["40299"]), ("ST MATTHEWS", ["40207"]), ("SHIVELY", ["40216"]),
             ("PROSPECT", ["40059"]), ("OKOLONA", ["40219"])]
KY_STREETS = ["BARDSTOWN RD", "FRANKFORT AVE", "DIXIE HWY", "PRESTON HWY", "SHELBYVILLE RD", "TAYLORSVILLE RD",
              "POPLAR LEVEL RD", "CANE RUN RD", "WESTPORT RD", "BROWNSBORO RD", "S 4TH ST", "W MARKET ST"]
#: (suburb, postcode, town) in and around Christchurch
NZ_SUBURBS = [("Riccarton", "8011", "Christchurch"), ("Papanui", "8053", "Christchurch"),
              ("Sydenham", "8023", "Christchurch"), ("Halswell", "8025", "Christchurch"),
              ("Hornby", "8042", "Christchurch"), ("Shirley", "8061", "Christchurch"),
              ("Cashmere", "8022", "Christchurch"), ("Linwood", "8062", "Christchurch"),
              ("Rolleston", "7614", "Rolleston"), ("Rangiora", "7400", "Rangiora"), ("Lincoln", "7608", "Lincoln")]
NZ_STREETS = ["Riccarton Road", "Papanui Road", "Colombo Street", "Ferry Road", "Blenheim Road", "Wairakei Road",
              "Lincoln Road", "Marshland Road", "Cashmere Road", "Main North Road", "Kahu Road", "Te Whāriki Lane"]
#: (town, postcode districts) in the Highlands
SC_TOWNS = [("Inverness", ["IV2", "IV3"]), ("Nairn", ["IV12"]), ("Dingwall", ["IV15"]), ("Alness", ["IV17"]),
            ("Tain", ["IV19"]), ("Fort William", ["PH33"]), ("Aviemore", ["PH22"]), ("Thurso", ["KW14"]),
            ("Wick", ["KW1"])]
SC_STREETS = ["Culduthel Road", "Academy Street", "Church Street", "Harbour Road", "Kenneth Street", "Telford Street",
              "Old Edinburgh Road", "Drummond Road", "High Street", "Station Road", "Lochalsh Road", "Glen Urquhart Road"]
#: (suburb, postal code) around Durban
ZA_SUBURBS = [("Morningside", "4001"), ("Berea", "4001"), ("Umlazi", "4031"), ("KwaMashu", "4360"),
              ("Chatsworth", "4092"), ("Phoenix", "4068"), ("Pinetown", "3610"), ("Westville", "3629"),
              ("Newlands East", "4037"), ("Glenwood", "4001"), ("Inanda", "4310")]
ZA_STREETS = ["Florida Road", "Musgrave Road", "Inanda Road", "Umgeni Road", "Sydney Road", "Mthembu Street",
              "Chatsworth Main Road", "Bhejane Street", "Old Main Road", "Lilian Ngoyi Road", "Road 702", "Zwide Street"]
#: (town, Eircode routing keys) in County Cork
IE_TOWNS = [("Cork", ["T12", "T23"]), ("Ballincollig", ["P31"]), ("Carrigaline", ["P43"]), ("Midleton", ["P25"]),
            ("Cobh", ["P24"]), ("Mallow", ["P51"]), ("Blarney", ["T23"])]
IE_STREETS = ["Douglas Road", "Blackrock Road", "Main Street", "Togher Road", "Sunday's Well Road", "Model Farm Road",
              "Skehard Road", "Glanmire Road", "Boreenmanna Road", "Ard na Laoi", "Bóthar an Easpaig", "Fairfield Lawn"]
#: (town, PIN prefix) in Karnataka
IN_TOWNS = [("Bengaluru", "560"), ("Bengaluru", "560"), ("Bengaluru", "560"), ("Mysuru", "570"), ("Tumakuru", "572"),
            ("Hosakote", "562"), ("Anekal", "562")]
IN_STREETS = ["80 Feet Road, Koramangala 4th Block", "12th Main, HAL 2nd Stage", "Outer Ring Road, Marathahalli",
              "5th Cross, Malleshwaram", "Bannerghatta Road", "Sarjapur Road", "Hennur Main Road", "Kanakapura Road",
              "100 Feet Road, Indiranagar", "Tumkur Road, Yeshwanthpur", "4th Block, Jayanagar", "JP Nagar 7th Phase"]
#: (town, postcodes) in Selangor
MY_TOWNS = [("Petaling Jaya", ["47300", "46150", "47400"]), ("Subang Jaya", ["47500", "47600"]),
            ("Shah Alam", ["40000", "40460"]), ("Klang", ["41050", "41200"]), ("Kajang", ["43000"]),
            ("Puchong", ["47100"]), ("Seri Kembangan", ["43300"]), ("Rawang", ["48000"])]
MY_STREETS = ["Jalan SS 2/24", "Jalan Kenari 5", "Jalan Bukit Raja", "Persiaran Setia Dagang", "Jalan USJ 9/5",
              "Jalan PJU 1A/3", "Jalan Meru", "Lorong Batu Nilam 3", "Jalan Kapar", "Jalan Reko", "Jalan Puteri 2/4"]
#: (município, CEP prefix) in Goiás and Goiânia's bairros
BR_TOWNS = [("Goiânia", "74"), ("Goiânia", "74"), ("Goiânia", "74"), ("Aparecida de Goiânia", "749"),
            ("Trindade", "7538"), ("Senador Canedo", "7525")]
BR_BAIRROS = ["Setor Bueno", "Setor Oeste", "Setor Marista", "Jardim América", "Setor Pedro Ludovico", "Vila Nova",
              "Setor Campinas", "Jardim Goiás", "Residencial Eldorado", "Setor Sudoeste", "Jardim Novo Mundo"]
BR_STREETS = ["Rua T-63", "Av. T-9", "Rua 15", "Av. Anhanguera", "Rua C-137", "Av. Independência", "Rua 1124",
              "Alameda Ricardo Paranhos", "Rua das Orquídeas", "Av. Rio Verde", "Rua SB-12", "Av. Castelo Branco"]
#: (Ort, PLZ) in Thurgau
CH_TOWNS = [("Frauenfeld", "8500"), ("Weinfelden", "8570"), ("Kreuzlingen", "8280"), ("Amriswil", "8580"),
            ("Arbon", "9320"), ("Romanshorn", "8590"), ("Sirnach", "8370"), ("Aadorf", "8355"),
            ("Bürglen TG", "8575"), ("Müllheim Dorf", "8555")]
CH_STREETS = ["Zürcherstrasse", "Bahnhofstrasse", "Schaffhauserstrasse", "Rheinstrasse", "Hauptstrasse",
              "Weinfelderstrasse", "Oberfeldstrasse", "Kirchgasse", "Wiesenstrasse", "Thundorferstrasse",
              "Im Rebberg", "Obstgartenweg"]
#: (colonia, código postal) in Hermosillo
MX_COLONIAS = [("Centro", "83000"), ("Pitic", "83150"), ("Modelo", "83190"), ("San Benito", "83190"),
               ("Balderrama", "83180"), ("Villa de Seris", "83280"), ("Las Quintas", "83240"),
               ("Bugambilia", "83140"), ("Country Club", "83010"), ("El Sahuaro", "83170"), ("Solidaridad", "83116")]
MX_STREETS = ["Blvd. Luis Encinas", "Calle Reyes", "Blvd. Colosio", "Calle Veracruz", "Av. Rosales",
              "Calle Garmendia", "Blvd. Solidaridad", "Calle de la Plata", "Privada Sahuaro", "Calle Yáñez",
              "Cerrada Palo Fierro", "Calle Guerrero"]
#: (comune, CAP, provincia) in Romagna
IT_COMUNI = [("Rimini", "47921", "RN"), ("Riccione", "47838", "RN"), ("Cesena", "47521", "FC"),
             ("Forlì", "47121", "FC"), ("Ravenna", "48121", "RA"), ("Faenza", "48018", "RA"), ("Cervia", "48015", "RA"),
             ("Lugo", "48022", "RA"), ("Santarcangelo di Romagna", "47822", "RN"), ("Cesenatico", "47042", "FC")]
#: (comune of birth, Belfiore code)
IT_BIRTH = [("Rimini", "H294"), ("Cesena", "C573"), ("Forlì", "D704"), ("Ravenna", "H199"), ("Bologna", "A944"),
            ("Napoli", "F839"), ("Faenza", "D458"), ("Palermo", "G273"), ("Milano", "F205"), ("Foggia", "D643")]
IT_STREETS = ["Via Emilia", "Viale Carducci", "Via Cesenatico", "Corso Garibaldi", "Via Ravegnana", "Via Flaminia",
              "Via del Mare", "Via Zangheri", "Viale dei Mille", "Via Marecchiese", "Via Canonica", "Via Pascoli"]
#: (gemeente, postcode, deelgemeenten) in the Kempen
BE_GEMEENTEN = [("Turnhout", "2300", ["Turnhout"]), ("Geel", "2440", ["Geel", "Ten Aard", "Larum", "Winkelomheide"]),
                ("Mol", "2400", ["Mol", "Ezaart", "Achterbos"]), ("Herentals", "2200", ["Herentals", "Noorderwijk"]),
                ("Westerlo", "2260", ["Westerlo", "Tongerlo", "Oevel"]), ("Kasterlee", "2460", ["Kasterlee", "Lichtaart"]),
                ("Balen", "2490", ["Balen", "Olmen"]), ("Hoogstraten", "2320", ["Hoogstraten", "Minderhout"]),
                ("Retie", "2470", ["Retie"])]
BE_STREETS = ["Markt", "Kerkstraat", "Stationsstraat", "Turnhoutsebaan", "Antwerpseweg", "Molenstraat", "Pas",
              "Diestseweg", "Gasthuisstraat", "Kapellekensbaan", "Hulshoutsesteenweg", "Zandstraat"]
#: (місто, postal code prefix) in Poltava oblast
UA_CITIES = [("Полтава", "360"), ("Полтава", "360"), ("Полтава", "360"), ("Кременчук", "396"), ("Миргород", "376"),
             ("Лубни", "375"), ("Горішні Плавні", "398")]
UA_STREETS = ["вул. Соборності", "вул. Європейська", "вул. Шевченка", "вул. Небесної Сотні", "вул. Зінківська",
              "вул. Котляревського", "вул. Гоголя", "вул. Шкільна", "просп. Миру", "вул. Садова", "пров. Тихий"]
#: (市区町村, postal prefix) around Kanazawa
JA_CITIES = [("金沢市", "920"), ("金沢市", "921"), ("野々市市", "921"), ("白山市", "924"), ("かほく市", "929"),
             ("内灘町", "920")]
JA_BLOCKS = ["本町2丁目15-1", "広岡3丁目1-8", "長町1丁目2-25", "東山2丁目7-11", "寺町5丁目4-8", "御経塚1丁目120",
             "押野2丁目210", "松任町3-4", "白帆台1丁目55", "鶴ケ丘3丁目9-2", "西念4丁目22-6", "久安2丁目301"]
JA_BUILDINGS = ["メゾン広岡 203号室", "コーポ寺町 1F", "レジデンス長町 502", "ハイツ白帆台 B棟 101",
                "サンライズ西念 305号", "グランシャリオ金沢 1204"]


def street(g: Gen, streets: list[str], lang: str) -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(100, 9_800) if lang in ("az", "ky") else g.rnd.randint(1, 180)
    if lang in ("ch", "be"):
        return f"{s} {n}"
    if lang == "it":
        return f"{s}, {n}" if g.rnd.random() < 0.5 else f"{s} {n}"
    if lang == "br":
        return f"{s}, Qd. {g.rnd.randint(1, 90)}, Lt. {g.rnd.randint(1, 40)}" if g.rnd.random() < 0.4 else f"{s}, {n}"
    if lang == "mx":
        return f"{s} {n}"
    if lang == "ua":
        return f"{s}, {n}"
    if lang == "in":
        return f"#{n}, {s}"
    if lang == "my":
        return f"No. {n}, {s}"
    return f"{n} {s}"


def eircode(g: Gen, key: str) -> str:
    return f"{key} {g.rnd.choice('ACDEFHKNPRTVWXY')}{g.digits(1)}{g.rnd.choice('ACDEFHKNPRTVWXY0123456789')}" \
           f"{g.rnd.choice('ACDEFHKNPRTVWXY0123456789')}"


def uk_postcode(g: Gen, district: str) -> str:
    return f"{district} {g.digits(1)}{g.rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}{g.rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    d = g.valid(make, _ssn.is_valid)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dashed else d


def us_ssn_decoy(g: Gen) -> str:
    """An account number written like an SSN that fails its check (area 000, 666 or 9xx)."""
    area = g.rnd.choice(["000", "666", f"9{g.digits(2)}"])
    return f"{area}-{g.digits(2)}-{g.digits(4)}"


def az_licence(g: Gen) -> str:
    """An Arizona driver licence number (a letter and eight digits, or nine digits): by shape, no check digit."""
    return g.rnd.choice(["D", "A", "B"]) + g.digits(8) if g.rnd.random() < 0.8 else "9" + g.digits(8)


def nz_ird(g: Gen) -> str:
    def make() -> str:
        body = str(g.rnd.randint(10_000_000, 14_999_999))
        try:
            return body + _ird.calc_check_digit(body)
        except Exception:  # noqa: BLE001 - a body without a check digit: draw again
            return ""

    return _ird.format(g.valid(make, _ird.is_valid))


def nz_bank(g: Gen) -> str:
    branch = g.rnd.choice(["02-0800", "01-0102", "12-3150", "06-0801", "03-1702", "38-9000"])
    d = g.valid(lambda: branch.replace("-", "") + g.digits(7) + g.rnd.choice(["000", "002", "025"]),
                _nz_bank.is_valid)
    return f"{d[:2]}-{d[2:6]}-{d[6:13]}-{d[14:]}"


def nzbn(g: Gen) -> str:
    body = "9429" + g.digits(8)
    return body + _ean.calc_check_digit(body)


def icp(g: Gen) -> str:
    """A New Zealand installation control point (ICP) identifier: by shape."""
    return g.digits(10) + g.rnd.choice(["OR", "CE", "UN"]) + g.code("ZZZ")


_NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
_NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def nino(g: Gen, spaced: bool) -> str:
    """A UK National Insurance number by its rules (no check digit): two allowed letters, six digits, A-D."""
    def make() -> str:
        return g.rnd.choice(_NINO_FIRST) + g.rnd.choice(_NINO_SECOND)

    prefix = g.valid(make, lambda p: p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"))
    d = g.digits(6)
    suffix = g.rnd.choice("ABCD")
    return f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {suffix}" if spaced else f"{prefix}{d}{suffix}"


_MPAN_PRIMES = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]


def mpan_is_valid(value: str) -> bool:
    """Whether ``value`` is a 13-digit MPAN core whose last digit is its check digit."""
    d = value.replace(" ", "")
    if len(d) != 13 or not d.isdigit():
        return False
    return sum(int(x) * p for x, p in zip(d[:12], _MPAN_PRIMES, strict=True)) % 11 % 10 == int(d[12])


def mpan(g: Gen) -> str:
    body = "17" + g.digits(10)
    check = sum(int(x) * p for x, p in zip(body, _MPAN_PRIMES, strict=True)) % 11 % 10
    return f"{body[:2]} {body[2:6]} {body[6:10]} {body[10:]}{check}"


def za_id(g: Gen, born: date, female: bool) -> str:
    seq = g.rnd.randint(0, 4_999) if female else g.rnd.randint(5_000, 9_999)
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:04d}08"
    d = body + luhn.calc_check_digit(body)
    assert _za_id.is_valid(d) and _za_id.get_birth_date(d) == born
    return d


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits shaped like a South African ID number that fail its check (a municipal account number)."""
    return g.valid(lambda: f"{g.rnd.randint(50, 99):02d}{g.rnd.randint(1, 12):02d}{g.rnd.randint(1, 28):02d}"
                           f"{g.digits(4)}08{g.digits(1)}", lambda x: not _za_id.is_valid(x))


def sts_meter(g: Gen) -> str:
    """An 11-digit prepaid (STS) meter number: by shape."""
    return g.rnd.choice(["04", "07", "14", "37"]) + g.digits(9)


def aadhaar(g: Gen, spaced: bool = True) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if spaced else d


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (an application number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def pan(g: Gen, family: str) -> str:
    initial = (plain(family)[:1] or "X").upper()
    return g.valid(lambda: g.code("AAA") + "P" + initial + f"{g.rnd.randint(1, 9999):04d}" + g.code("A"),
                   _pan.is_valid)


_MY_PLACES = ["10", "14", "01", "07", "08", "02", "04", "06", "11", "05"]


def nric(g: Gen, born: date, female: bool) -> str:
    last = g.rnd.randrange(0, 10, 2) if female else g.rnd.randrange(1, 10, 2)
    d = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{g.rnd.choice(_MY_PLACES)}{g.digits(3)}{last}"
    assert _nric.is_valid(d)
    return _nric.format(d)


def cpf(g: Gen, dotted: bool = True) -> str:
    d = g.valid(lambda: g.digits(11), lambda x: _cpf.is_valid(x) and len(set(x)) > 1)
    return _cpf.format(d) if dotted else d


def cnpj(g: Gen) -> str:
    body = g.digits(8) + "0001"
    return _cnpj.format(body + _cnpj.calc_check_digits(body))


def ahv(g: Gen) -> str:
    body = "756" + g.digits(9)
    d = body + _ean.calc_check_digit(body)
    assert _ahv.is_valid(d)
    return _ahv.format(d)


def ch_uid(g: Gen) -> str:
    def make() -> str:
        body = g.digits(8)
        return "CHE" + body + _ch_uid.calc_check_digit(body)

    return _ch_uid.format(g.valid(make, _ch_uid.is_valid))


def ch_iban(g: Gen) -> str:
    bban = g.rnd.choice(["00784", "00700", "80808", "00235", "81400"]) + g.digits(12)
    return _iban.format("CH" + _iban.calc_check_digits(f"CHxx{bban}") + bban)


def it_iban(g: Gen) -> str:
    bban = g.code("A") + g.rnd.choice(["06270", "05387", "03069", "08852", "06230"]) + g.digits(5) + g.digits(12)
    return _iban.format("IT" + _iban.calc_check_digits(f"ITxx{bban}") + bban)


def de_idnr(g: Gen) -> str:
    """A German Steuer-ID: ten digits where exactly one digit occurs twice, then the ISO 7064 check digit."""
    digits = list("0123456789")
    g.rnd.shuffle(digits)
    body = digits[:9] + [g.rnd.choice(digits[:9])]
    g.rnd.shuffle(body)
    if body[0] == "0":
        body = body[1:] + body[:1]
    text = "".join(body)
    d = text + mod_11_10.calc_check_digit(text)
    assert _de_idnr.is_valid(d), d
    return _de_idnr.format(d)


def pt_nif(g: Gen) -> str:
    body = str(g.rnd.choice([1, 2])) + g.digits(7)
    return body + _pt_nif.calc_check_digit(body)


def _letters(text: str) -> str:
    return "".join(ch for ch in fold(text).upper() if ch.isalpha())


def _consonants(text: str) -> str:
    return "".join(ch for ch in _letters(text) if ch not in "AEIOU")


def _vowels(text: str) -> str:
    return "".join(ch for ch in _letters(text) if ch in "AEIOU")


_CF_MONTHS = "ABCDEHLMPRST"


def codice_fiscale(first: str, last: str, born: date, female: bool, belfiore: str) -> str:
    """The codice fiscale of a person (no homocode): three letters of the family name, three of the given name, the
    birth year, month letter and day (plus 40 for women), the Belfiore code of the comune and the check letter."""
    sur = (_consonants(last) + _vowels(last) + "XXX")[:3]
    cons = _consonants(first)
    name = (cons[0] + cons[2] + cons[3]) if len(cons) > 3 else (cons + _vowels(first) + "XXX")[:3]
    body = f"{sur}{name}{born.year % 100:02d}{_CF_MONTHS[born.month - 1]}{born.day + (40 if female else 0):02d}" \
           f"{belfiore}"
    d = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(d)
    return d


def partita_iva(g: Gen) -> str:
    body = g.digits(7) + g.rnd.choice(["040", "039", "041"])
    d = body + luhn.calc_check_digit(body)
    assert _iva.is_valid(d)
    return d


_CURP_STATES = ["SR", "SR", "SR", "CH", "SL", "BC", "DF", "JC"]


def _first_for_curp(first: str) -> str:
    """The given name the CURP and the RFC take their letter from: the second one after María or José."""
    names = [n for n in first.split(" ") if n.lower() not in ("de", "del", "la", "los")]
    if len(names) > 1 and _letters(names[0]) in ("MARIA", "MA", "JOSE", "J"):
        return names[1]
    return names[0]


def curp(g: Gen, first: str, paternal: str, maternal: str, born: date, female: bool) -> str:
    a, m, b = _letters(paternal) or "X", _letters(maternal) or "X", _letters(_first_for_curp(first)) or "X"
    vowel = next((ch for ch in a[1:] if ch in "AEIOU"), "X")

    def inner(text: str) -> str:
        return next((ch for ch in text[1:] if ch not in "AEIOU"), "X")

    head = _decent(f"{a[0]}{vowel}{m[0]}{b[0]}", _curp.is_valid, "XXXX000101HSRXXX0A", 1)

    def make() -> str:
        body = f"{head}{born.year % 100:02d}{born.month:02d}{born.day:02d}" \
               f"{'M' if female else 'H'}{g.rnd.choice(_CURP_STATES)}{inner(a)}{inner(m)}{inner(b)}" \
               f"{g.rnd.choice(string.digits) if born.year < 2000 else g.rnd.choice(string.ascii_uppercase)}"
        return body + _curp.calc_check_digit(body)

    return g.valid(make, _curp.is_valid)


def _decent(head: str, ok: Callable[[str], bool], sample: str, at: int) -> str:
    """The four letters of a CURP or an RFC, with the letter at ``at`` replaced by ``X`` when they spell a word the
    registry avoids (``VACA`` becomes ``VXCA`` in a CURP, ``VACX`` in an RFC), as python-stdnum's CURP check knows
    them: tried on a CURP ``sample`` whose other characters are known good."""
    body = head + sample[4:-1]
    if ok(body + _curp.calc_check_digit(body)):
        return head
    return head[:at] + "X" + head[at + 1:]


def rfc(g: Gen, first: str, paternal: str, maternal: str, born: date) -> str:
    a, m, b = _letters(paternal) or "X", _letters(maternal) or "X", _letters(_first_for_curp(first)) or "X"
    vowel = next((ch for ch in a[1:] if ch in "AEIOU"), "X")
    head = _decent(f"{a[0]}{vowel}{m[0]}{b[0]}", _curp.is_valid, "XXXX000101HSRXXX0A", 3) \
        + f"{born.year % 100:02d}{born.month:02d}{born.day:02d}"

    def make() -> str:
        body = head + g.code("Z") + g.code("Z")
        return body + _rfc.calc_check_digit(body)

    return g.valid(make, lambda x: _rfc.is_valid(x, validate_check_digits=True))


def be_nn(g: Gen, born: date, female: bool) -> str:
    counter = g.rnd.randrange(2, 998, 2) if female else g.rnd.randrange(1, 998, 2)
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{counter:03d}"
    base = int(("2" if born.year >= 2000 else "") + body)
    d = body + f"{97 - base % 97:02d}"
    assert _be_nn.is_valid(d) and _be_nn.get_birth_date(d) == born
    return _be_nn.format(d)


def be_enterprise(g: Gen) -> str:
    body = "0" + str(g.rnd.randint(2, 8)) + g.digits(6)
    d = body + f"{97 - int(body) % 97:02d}"
    assert _be_vat.is_valid(d)
    return f"{d[:4]}.{d[4:7]}.{d[7:]}"


def gs1_check(body: str) -> str:
    """The GS1 check digit of ``body`` (GSRN, EAN): weights 3 and 1 from the right."""
    total = sum(int(ch) * (3 if i % 2 == 0 else 1) for i, ch in enumerate(reversed(body)))
    return str((10 - total % 10) % 10)


def gs1_is_valid(value: str) -> bool:
    d = value.strip()
    return d.isdigit() and len(d) >= 8 and gs1_check(d[:-1]) == d[-1]


def be_ean(g: Gen) -> str:
    """An 18-digit Belgian EAN (GSRN) of a supply point, GS1 check digit."""
    body = "54144" + g.rnd.choice(["88", "94"]) + g.digits(10)
    return body + gs1_check(body)


_UA_EPOCH = date(1899, 12, 31)


def rntrc(g: Gen, born: date, female: bool) -> str:
    """A Ukrainian РНОКПП: days since 31 December 1899 (the birth date), a serial whose last digit is even for women
    and odd for men, and the check digit."""
    sex = g.rnd.randrange(0, 10, 2) if female else g.rnd.randrange(1, 10, 2)
    body = f"{(born - _UA_EPOCH).days:05d}{g.digits(3)}{sex}"
    d = body + _rntrc.calc_check_digit(body)
    assert _rntrc.is_valid(d)
    return d


def rntrc_birth(value: str) -> date:
    return _UA_EPOCH + timedelta(days=int(value[:5]))


def rntrc_decoy(g: Gen) -> str:
    """Ten digits failing the РНОКПП check (a personal account number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(9), lambda x: not _rntrc.is_valid(x))


def edrpou(g: Gen) -> str:
    body = str(g.rnd.randint(3, 4)) + g.digits(6)
    return body + _edrpou.calc_check_digit(body)


def ua_passport(g: Gen) -> str:
    """A Ukrainian ID-card number (nine digits) or an old booklet passport (two Cyrillic letters, six digits)."""
    return g.digits(9) if g.rnd.random() < 0.6 else g.rnd.choice(["КН", "КО", "КМ", "МК"]) + g.digits(6)


def jp_corporate(g: Gen) -> str:
    body = g.digits(12)
    return _jp_cn.calc_check_digit(body) + body


def wareki(d: date) -> str:
    """A birth date in the Japanese era calendar (``昭和58年4月2日``)."""
    for era, start in (("令和", date(2019, 5, 1)), ("平成", date(1989, 1, 8)), ("昭和", date(1926, 12, 25))):
        if d >= start:
            year = d.year - start.year + 1
            return f"{era}{'元' if year == 1 else year}年{d.month}月{d.day}日"
    return f"大正{d.year - 1911}年{d.month}月{d.day}日"
