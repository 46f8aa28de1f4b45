"""Values of held-out set v143 (:mod:`benchmarks.classification.heldout_v143`): v143's random source, and names,
streets, towns, postal codes, carriers and free-text snippets written by hand for v143's parcel courier and logistics
systems (no Faker, no list of real people, no breach data), phones checked with phonenumbers and identifiers with
check digits computed and checked with python-stdnum.

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
from stdnum.at import uid as _at_uid
from stdnum.at import vnr as _vnr
from stdnum.au import abn as _abn
from stdnum.br import cnpj as _cnpj
from stdnum.br import cpf as _cpf
from stdnum.ca import bn as _bn
from stdnum.co import nit as _nit
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.jp import cn as _jp_cn
from stdnum.jp import in_ as _mynumber
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.ua import edrpou as _edrpou
from stdnum.ua import rntrc as _rntrc
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _za_idnr

from benchmarks.classification.heldout_v2 import Column

SEED = 143_271_2026
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v143's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "?", "nil", "0",
    "NONE", "keine", "k.A.", "-/-", "aucun", "s.o.", "ninguna", "sin observaciones", "nenhuma", "sem obs", "brak",
    "b/d",
    "немає", "—", "なし", "特になし", "not provided", "0000000000")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("ł", "l")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v143:{SEED}:{table}")

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
            seconds=self.rnd.randint(25_200, 75_600))

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
        return f"{self.rnd.randint(2, 7)}.{self.rnd.randint(0, 19)}.{self.rnd.randint(0, 30)}"

    def ipv4(self) -> str:
        first = self.rnd.choice([31, 37, 46, 77, 78, 81, 86, 89, 91, 93, 109, 151, 176, 178, 185, 188, 213])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2a01", "2a02", "2001", "2a00", "2405"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.25) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True, areas: list[str] | None = None) -> str:
        """A number valid for ``region`` (a mobile, or a landline of the table's town), in format ``fmt``:
        ``e164``, ``intl``, ``national``, ``digits``, ``dashes`` (NANP), ``00`` (international with 00)."""
        cc = phonenumbers.country_code_for_region(region)

        def make() -> str:
            if region in ("US", "CA"):
                return self.rnd.choice(areas or AREAS[region]) + str(self.rnd.randint(2, 9)) + self.digits(6)
            prefixes, length = (MOBILE if mobile else FIXED)[region]
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
        if fmt == "00":
            return "00" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)[1:]
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        if fmt == "dashes" and region in ("US", "CA"):
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:3]}-{d[3:6]}-{d[6:]}"
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0,
               areas: list[str] | None = None) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile,
                                           areas), null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


#: NANP area codes by region (a table may pass its own town's)
AREAS = {"US": ["201", "551", "973", "862", "908"], "CA": ["902", "782"]}
NJ_AREAS = ["201", "551", "973", "862"]
INDY_AREAS = ["317", "463"]
QC_AREAS = ["514", "438", "450", "579", "418", "819"]
#: region -> (prefixes of mobile national numbers, national number length)
MOBILE: dict[str, tuple[list[str], int]] = {
    "GB": (["7700", "7712", "7723", "7747", "7789", "7828", "7851", "7920", "7956", "7985"], 10),
    "IE": (["83", "85", "86", "87", "89"], 9),
    "AU": (["400", "401", "402", "403", "404", "405", "406", "407", "408", "409", "410", "411", "412", "413",
            "414", "415", "416", "417", "418", "419", "420", "421", "422", "423", "424", "425", "426", "427",
            "428", "429", "430", "431", "432", "433", "434", "435", "437", "438", "439", "447", "448", "449",
            "450", "451", "452", "455", "456", "457", "458", "459", "466", "467", "468", "469", "470", "473",
            "474", "475", "476", "477", "478", "479", "481", "482", "483", "484", "485", "487", "488", "490"], 9),
    "ZA": (["60", "61", "62", "63", "64", "65", "66", "71", "72", "73", "74", "76", "78", "79", "81", "82", "83",
            "84"], 9),
    "IN": (["98", "97", "99", "96", "95", "94", "93", "91", "90", "89", "88", "87", "86", "85", "84", "83", "82",
            "81", "80", "79", "78", "77", "76", "75", "74", "73", "72", "70", "63", "62"], 10),
    "AT": (["664", "676", "650", "660", "699", "681", "688"], 10),
    "CO": (["300", "301", "302", "304", "305", "310", "311", "312", "313", "314", "315", "316", "317", "318", "319",
            "320", "321", "322", "323", "350", "351"], 10),
    "BR": (["419", "419", "419", "429", "439", "479"], 11),
    "PL": (["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"], 9),
    "UA": (["50", "66", "95", "99", "67", "68", "96", "97", "98", "63", "73", "93"], 9),
    "JP": (["90", "80", "70"], 10),
}
#: region -> (prefixes of landlines of the table's town, national number length)
FIXED: dict[str, tuple[list[str], int]] = {
    "GB": (["117"], 10), "IE": (["1"], 8), "AU": (["39", "38"], 9), "ZA": (["11"], 9), "IN": (["11"], 10),
    "AT": (["1"], 9), "CO": (["604"], 10), "BR": (["413"], 10), "PL": (["42"], 9), "UA": (["32"], 9),
    "JP": (["92"], 9),
}

# -- names (written for v143) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Darnell", "Hector", "Sanjay", "Kwame", "Brendan", "Yusuf", "Travis", "Emilio", "Dmitri", "Raymond"],
           ["Latisha", "Marisol", "Deepa", "Colleen", "Shanice", "Gabriela", "Bethany", "Yolanda", "Naomi", "Ingrid"],
           ["Castellano", "Whitfield", "Okonkwo-Bey", "Galloway", "Ramanathan", "Petrosyan", "DiNardo", "Hargrove",
            "Quiñones", "Tobolski", "McCready", "Abernethy", "Fairbanks", "Lindqvist", "Onyango"]),
    "ca": (["Connor", "Dillon", "Malcolm", "Jaden", "Farid", "Owen", "Reuben", "Lucas"],
           ["Kaitlyn", "Morgan", "Ainsley", "Shauna", "Leah", "Zahra", "Brianna", "Tessa"],
           ["MacIsaac", "Boutilier", "LeBlanc", "Chisholm", "d'Entremont", "MacNeil", "Comeau", "Fraser",
            "Al-Khatib", "Murphy", "Sampson", "Doucette"]),
    "gb": (["Callum", "Jayden", "Harvey", "Ollie", "Ravi", "Finley", "Dominic", "Kieran"],
           ["Megan", "Ellie", "Jasmine", "Tamsin", "Rosie", "Amara", "Lowenna", "Harriet"],
           ["Tregunna", "Hembrow", "Wilkins-Shaw", "Pocock", "Abdi", "Clutterbuck", "Vowles", "Bissett", "Kaur",
            "Lusty", "Pitman", "Gingell"]),
    "za": (["Thabo", "Sipho", "Kagiso", "Pieter", "Tshepo", "Mandla", "Riaan", "Lwazi"],
           ["Lerato", "Nomvula", "Zanele", "Anel", "Palesa", "Refilwe", "Thandeka", "Priya"],
           ["Dlamini", "Mokoena", "Van der Merwe", "Nkosi", "Khumalo", "Naidoo", "Molefe", "Botha", "Ndlovu",
            "Mahlangu", "Sithole", "Pillay"]),
    "au": (["Lachlan", "Hamish", "Nikos", "Tuan", "Declan", "Jarrah", "Mitchell", "Angus"],
           ["Matilda", "Sienna", "Eleni", "Mai", "Georgia", "Indi", "Chloe", "Bridget"],
           ["Papadopoulos", "McKenzie", "Nguyen", "Fitzgerald", "Costa", "O'Loughlin", "Tran", "Whitby", "Karagiannis",
            "Brennan", "Sutherland", "Rossi"]),
    "in": (["Rahul", "Amit", "Gurpreet", "Sandeep", "Vivek", "Manish", "Harshit", "Nikhil"],
           ["Neha", "Priyanka", "Simran", "Pooja", "Ritika", "Kavya", "Anjali", "Swati"],
           ["Sharma", "Gupta", "Verma", "Aggarwal", "Chopra", "Bhatia", "Saxena", "Malik", "Arora", "Khanna", "Tiwari",
            "Sethi"]),
    "ie": (["Ciarán", "Eoin", "Shane", "Donal", "Cillian", "Niall", "Mateusz", "Rory"],
           ["Siobhán", "Aisling", "Caoimhe", "Niamh", "Deirdre", "Róisín", "Ewelina", "Orlaith"],
           ["Ó Briain", "Doyle", "Mac Cárthaigh", "Byrne", "Kinsella", "Nolan", "Ní Mhurchú", "Gallagher", "Dunne",
            "Kowalska", "Redmond", "Hanratty"]),
    "at": (["Lukas", "Florian", "Maximilian", "Dominik", "Matthias", "Bernhard", "Emir", "Tobias"],
           ["Katharina", "Magdalena", "Theresa", "Verena", "Johanna", "Selina", "Lejla", "Sophie"],
           ["Gruber", "Huber", "Pichler", "Moser", "Steiner", "Mayrhofer", "Hofbauer", "Leitner", "Aigner",
            "Kovačević", "Brandstätter", "Wimmer", "Haslinger", "Yılmaz"]),
    "qc": (["Jean-François", "Mathieu", "Maxime", "Félix", "Guillaume", "Étienne", "Jérémie", "Samuel"],
           ["Marie-Ève", "Geneviève", "Andréanne", "Josée", "Noémie", "Émilie", "Catherine", "Mélissa"],
           ["Tremblay", "Gagnon", "Bouchard", "Côté", "Pelletier", "Lavoie", "Bélanger", "Desrosiers", "Paquette",
            "Ouellet", "St-Pierre", "Nadeau"]),
    "co": (["Juan Camilo", "Andrés Felipe", "Jhon Fredy", "Sebastián", "Yeison", "Juan Pablo", "Alejandro", "Mateo"],
           ["Luisa Fernanda", "Paula Andrea", "María José", "Yuliana", "Valentina", "Manuela", "Leidy Johana",
            "Natalia"],
           ["Restrepo", "Zapata", "Osorio", "Giraldo", "Arango", "Vélez", "Ospina", "Cardona", "Londoño", "Montoya",
            "Betancur", "Henao", "Mejía", "Agudelo"]),
    "br": (["Gabriel", "Matheus", "Guilherme", "Leonardo", "João Pedro", "Rafael", "Vinícius", "Eduardo"],
           ["Ana Clara", "Larissa", "Letícia", "Bruna", "Mariana", "Camila", "Isadora", "Fernanda"],
           ["Kowalski", "Dalla Costa", "Schmidt", "Ribeiro", "Gonçalves", "Wolff", "Bortolotto", "Ferreira",
            "Zanetti", "Oliveira", "Machado", "Sobczak"]),
    "pl": (["Mateusz", "Kacper", "Jakub", "Paweł", "Tomasz", "Marcin", "Krzysztof", "Łukasz"],
           ["Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Zofia", "Aleksandra", "Natalia", "Małgorzata"],
           ["Nowak", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski",
            "Kozłowski", "Jankowski", "Mazur", "Krawczyk", "Sadowski", "Pawlak"]),
    "ua_lat": (["Oleksandr", "Andrii", "Dmytro", "Taras", "Bohdan", "Yurii"],
               ["Oksana", "Nataliia", "Iryna", "Solomiia", "Khrystyna", "Olena"],
               ["Kovalenko", "Bondarenko", "Shevchuk", "Melnyk", "Tkachuk", "Romanyshyn", "Hnatiuk", "Fedoriv"]),
    "ua": (["Олександр", "Андрій", "Дмитро", "Тарас", "Богдан", "Юрій", "Остап", "Василь"],
           ["Оксана", "Наталія", "Ірина", "Соломія", "Христина", "Олена", "Марія", "Уляна"],
           ["Коваленко", "Бондаренко", "Шевчук", "Мельник", "Ткачук", "Кравець", "Савчук", "Гнатюк", "Федорів",
            "Стасишин", "Петрів", "Романишин"]),
    "ja": (["健太", "翔", "和也", "浩二", "直樹", "裕介", "剛", "大地"],
           ["美穂", "香織", "優子", "理沙", "桃子", "奈々", "舞", "千夏"],
           ["田中", "山口", "古賀", "松尾", "井上", "原田", "中島", "永田", "久保", "白石", "野口", "梅田"]),
}

#: Ukrainian patronymics of the male given names (masculine, feminine)
UA_PATRONYMIC = {"Олександр": ("Олександрович", "Олександрівна"), "Андрій": ("Андрійович", "Андріївна"),
                 "Дмитро": ("Дмитрович", "Дмитрівна"), "Тарас": ("Тарасович", "Тарасівна"),
                 "Богдан": ("Богданович", "Богданівна"), "Юрій": ("Юрійович", "Юріївна"),
                 "Остап": ("Остапович", "Остапівна"), "Василь": ("Васильович", "Василівна")}
#: Japanese names in katakana (kana columns)
JA_KANA = {"田中": "タナカ", "山口": "ヤマグチ", "古賀": "コガ", "松尾": "マツオ", "井上": "イノウエ", "原田": "ハラダ",
           "中島": "ナカシマ", "永田": "ナガタ", "久保": "クボ", "白石": "シライシ", "野口": "ノグチ", "梅田": "ウメダ",
           "健太": "ケンタ", "翔": "ショウ", "和也": "カズヤ", "浩二": "コウジ", "直樹": "ナオキ", "裕介": "ユウスケ",
           "剛": "ツヨシ", "大地": "ダイチ", "美穂": "ミホ", "香織": "カオリ", "優子": "ユウコ", "理沙": "リサ",
           "桃子": "モモコ", "奈々": "ナナ", "舞": "マイ", "千夏": "チナツ"}
_CYR = dict(zip("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'",
                ["a", "b", "v", "h", "g", "d", "e", "ie", "zh", "z", "y", "i", "i", "i", "k", "l", "m", "n", "o", "p",
                 "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "iu", "ia", ""], strict=True))


def latin(text: str) -> str:
    """A Ukrainian word transliterated (for e-mail local parts)."""
    return "".join(_CYR.get(ch, ch) for ch in text.lower())


def feminine(family: str) -> str:
    """A Polish family name in its feminine form (``Kamiński`` -> ``Kamińska``)."""
    for end in ("ski", "cki", "dzki"):
        if family.endswith(end):
            return family[:-1] + "a"
    return family


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``."""
    male, fem, fam = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.5
    family = g.rnd.choice(fam)
    if lang == "co":
        family = f"{family} {g.rnd.choice(fam)}"
    if lang == "pl" and female:
        family = feminine(family)
    return g.rnd.choice(fem if female else male), family


def whole(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    if lang == "ja":
        return f"{b} {a}"
    return f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(latin(text)) if ch.isalnum() or ch == ".")


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first.split()[0]) or "user", plain(last.split()[0]) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(70, 99)}",
                          f"{a}_{b}{g.rnd.randint(1, 9)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def romaji_email(g: Gen, domains: list[str]) -> str:
    """An e-mail of a Japanese person (romanized local part)."""
    local = g.rnd.choice(["kenta", "sho", "kazuya", "koji", "naoki", "miho", "kaori", "yuko", "risa", "momo",
                          "nana.t", "daichi", "chinatsu"])
    return f"{local}{g.rnd.choice(['', '.', '_'])}{g.rnd.randint(1, 9999)}@{g.rnd.choice(domains)}"


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "verizon.net", "icloud.com", "optonline.net"],
    "ca": ["gmail.com", "eastlink.ca", "hotmail.com", "bellaliant.net", "outlook.com"],
    "gb": ["gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "outlook.com"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "yahoo.com", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "optusnet.com.au", "outlook.com", "icloud.com"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com"],
    "at": ["gmx.at", "aon.at", "chello.at", "gmail.com", "a1.net"],
    "qc": ["videotron.ca", "hotmail.com", "gmail.com", "sympatico.ca", "outlook.com"],
    "co": ["gmail.com", "hotmail.com", "yahoo.es", "outlook.com"],
    "br": ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "terra.com.br"],
    "pl": ["wp.pl", "o2.pl", "onet.pl", "interia.pl", "gmail.com"],
    "ua": ["ukr.net", "gmail.com", "i.ua", "meta.ua"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp", "softbank.ne.jp"],
}

# -- places (written for v143) -----------------------------------------------------------------------------------------

#: (city, ZIP) in Hudson County, New Jersey
NJ_CITIES = [("Jersey City", "07302"), ("Jersey City", "07306"), ("Hoboken", "07030"), ("Union City", "07087"),
             ("Bayonne", "07002"), ("West New York", "07093"), ("Weehawken", "07086"), ("North Bergen", "07047"),
             ("Secaucus", "07094"), ("Kearny", "07032")]
NJ_STREETS = ["Bergenline Ave", "Palisade Ave", "Kennedy Blvd", "Summit Ave", "Anderson Ave", "Washington St",
              "Communipaw Ave", "Garfield Ave", "Van Vorst St", "Newark Ave", "Willow Ave", "Broadway"]
#: (city, ZIP prefix or ZIP) around Indianapolis
IN_US_CITIES = [("INDIANAPOLIS", "462"), ("INDIANAPOLIS", "462"), ("CARMEL", "46032"), ("FISHERS", "46038"),
                ("GREENWOOD", "46142"), ("LAWRENCE", "46226"), ("AVON", "46123"), ("NOBLESVILLE", "46060"),
                ("PLAINFIELD", "46168")]
IN_US_STREETS = ["N MERIDIAN ST", "E 38TH ST", "SHADELAND AVE", "W WASHINGTON ST", "EMERSON AVE", "KEYSTONE AVE",
                 "GEORGETOWN RD", "S MADISON AVE", "ALLISONVILLE RD", "E THOMPSON RD"]
#: (town, FSA) in Nova Scotia
NS_CITIES = [("Halifax", "B3H"), ("Halifax", "B3K"), ("Halifax", "B3L"), ("Dartmouth", "B2W"), ("Dartmouth", "B2Y"),
             ("Bedford", "B4A"), ("Lower Sackville", "B4C"), ("Truro", "B2N"), ("Cole Harbour", "B2V")]
NS_STREETS = ["Quinpool Rd", "Robie St", "Agricola St", "Windmill Rd", "Portland St", "Herring Cove Rd",
              "Bedford Hwy", "Cole Harbour Rd", "Gottingen St", "Prince Albert Rd"]
#: (town, outward code) around Bristol
BS_TOWNS = [("Bristol", "BS7"), ("Bristol", "BS3"), ("Bristol", "BS5"), ("Bristol", "BS16"), ("Bath", "BA2"),
            ("Weston-super-Mare", "BS23"), ("Clevedon", "BS21"), ("Keynsham", "BS31"), ("Portishead", "BS20"),
            ("Yate", "BS37")]
BS_STREETS = ["Gloucester Road", "Whiteladies Road", "North Street", "Stapleton Road", "Coronation Road",
              "Fishponds Road", "Cheltenham Road", "Wells Road", "Filton Avenue", "Church Road", "Bath Road"]
#: (suburb, city, postal code) in Gauteng
GP_PLACES = [("Orlando West", "Soweto", "1804"), ("Sandown", "Sandton", "2196"), ("Ferndale", "Randburg", "2194"),
             ("Halfway House", "Midrand", "1685"), ("Florida", "Roodepoort", "1709"),
             ("Yeoville", "Johannesburg", "2198"),
             ("Tembisa", "Ekurhuleni", "1632"), ("Benoni", "Ekurhuleni", "1501"), ("Alexandra", "Johannesburg", "2090"),
             ("Mondeor", "Johannesburg", "2091")]
GP_STREETS = ["Vilakazi Street", "Jan Smuts Avenue", "Louis Botha Avenue", "Rivonia Road", "Main Reef Road",
              "Beyers Naudé Drive", "Koma Road", "Malibongwe Drive", "14th Avenue", "Pretoria Street"]
#: (suburb, postcode) in Melbourne
MEL_SUBURBS = [("Brunswick", "3056"), ("Footscray", "3011"), ("Richmond", "3121"), ("St Kilda", "3182"),
               ("Preston", "3072"), ("Box Hill", "3128"), ("Werribee", "3030"), ("Dandenong", "3175"),
               ("Carlton", "3053"), ("Sunshine", "3020"), ("Coburg", "3058")]
MEL_STREETS = ["Sydney Rd", "Lygon St", "Chapel St", "High St", "Barkly St", "Glen Huntly Rd", "Nicholson St",
               "Ballarat Rd", "Plenty Rd", "Bell St", "Hopkins St"]
#: (city, PIN prefix) in the National Capital Region
NCR_CITIES = [("New Delhi", "1100"), ("Delhi", "1100"), ("Noida", "2013"), ("Gurugram", "1220"),
              ("Ghaziabad", "2010"), ("Faridabad", "1210")]
NCR_LOCALITIES = ["Laxmi Nagar", "Lajpat Nagar II", "Sector 62", "Janakpuri", "Rohini Sector 9", "Mayur Vihar Phase 1",
                  "Karol Bagh", "DLF Phase 3", "Indirapuram", "Dwarka Sector 12", "Vaishali Sector 4"]
#: (town, county, Eircode routing key) around Dublin
IE_TOWNS = [("Dublin 9", "Dublin", "D09"), ("Dublin 6", "Dublin", "D06"), ("Dublin 12", "Dublin", "D12"),
            ("Swords", "Dublin", "K67"), ("Bray", "Wicklow", "A98"), ("Maynooth", "Kildare", "W23"),
            ("Naas", "Kildare", "W91"), ("Navan", "Meath", "C15"), ("Drogheda", "Louth", "A92")]
IE_STREETS = ["Drumcondra Road Upper", "Rathmines Road Lower", "Malahide Road", "Ballymun Road", "Crumlin Road",
              "Navan Road", "Griffith Avenue", "Clonliffe Road", "Tyrconnell Road", "Kimmage Road Lower",
              "Páirc na Coille", "Ascal Uí Bhriain"]
#: (PLZ, Ort, Bundesland) around Vienna
AT_PLACES = [("1100", "Wien", "Wien"), ("1110", "Wien", "Wien"), ("1160", "Wien", "Wien"), ("1120", "Wien", "Wien"),
             ("1210", "Wien", "Wien"), ("1220", "Wien", "Wien"), ("2320", "Schwechat", "Niederösterreich"),
             ("2340", "Mödling", "Niederösterreich"), ("2700", "Wiener Neustadt", "Niederösterreich"),
             ("2100", "Korneuburg", "Niederösterreich")]
AT_STREETS = ["Favoritenstraße", "Simmeringer Hauptstraße", "Ottakringer Straße", "Meidlinger Hauptstraße",
              "Brünner Straße", "Wagramer Straße", "Thaliastraße", "Laxenburger Straße", "Leopoldauer Straße",
              "Quellenstraße", "Hauptplatz", "Wiener Straße"]
#: (ville, FSA) in Quebec
QC_CITIES = [("Montréal", "H2J"), ("Montréal", "H2S"), ("Montréal", "H1V"), ("Laval", "H7N"), ("Longueuil", "J4K"),
             ("Québec", "G1R"), ("Gatineau", "J8X"), ("Sherbrooke", "J1H"), ("Trois-Rivières", "G9A")]
QC_STREETS = ["rue Saint-Denis", "boulevard Saint-Laurent", "rue Ontario Est", "avenue du Mont-Royal Est",
              "rue Jean-Talon Ouest", "boulevard Décarie", "rue Wellington", "chemin de la Côte-des-Neiges",
              "rue Beaubien Est", "boulevard des Laurentides", "rue King Ouest", "3e Avenue"]
#: (municipio, código postal prefix) in the Aburrá valley and eastern Antioquia
CO_CITIES = [("Medellín", "0500"), ("Medellín", "0500"), ("Envigado", "0554"), ("Bello", "0510"),
             ("Itagüí", "0554"), ("Sabaneta", "0554"), ("Rionegro", "0540"), ("La Estrella", "0554")]
CO_BARRIOS = ["Laureles", "El Poblado", "Belén", "Robledo", "Manrique", "Castilla", "Buenos Aires", "Aranjuez",
              "Niquía", "San Javier", "La América", "Zúñiga"]
#: (cidade, UF, CEP prefix) in Paraná and Santa Catarina
BR_CITIES = [("Curitiba", "PR", "80"), ("Curitiba", "PR", "81"), ("Curitiba", "PR", "82"),
             ("São José dos Pinhais", "PR", "83"), ("Colombo", "PR", "83"), ("Pinhais", "PR", "83"),
             ("Ponta Grossa", "PR", "84"), ("Joinville", "SC", "89")]
BR_BAIRROS = ["Batel", "Água Verde", "Portão", "Boqueirão", "Cabral", "Santa Felicidade", "Rebouças", "Centro",
              "Bigorrilho", "Cajuru", "Hauer", "Xaxim"]
BR_STREETS = ["Rua XV de Novembro", "Av. Sete de Setembro", "Rua Marechal Deodoro", "Rua Padre Anchieta",
              "Av. República Argentina", "Rua João Negrão", "Rua Brigadeiro Franco", "Av. Manoel Ribas",
              "Rua Mateus Leme", "Rua Itupava", "Rua Desembargador Motta"]
#: (miejscowość, kod pocztowy prefix, województwo) around Łódź
PL_PLACES = [("Łódź", "9", "łódzkie"), ("Łódź", "9", "łódzkie"), ("Zgierz", "95-1", "łódzkie"),
             ("Pabianice", "95-2", "łódzkie"), ("Konstantynów Łódzki", "95-0", "łódzkie"),
             ("Piotrków Trybunalski", "97-3", "łódzkie"), ("Skierniewice", "96-1", "łódzkie"),
             ("Warszawa", "0", "mazowieckie")]
PL_STREETS = ["Piotrkowska", "Zgierska", "al. Włókniarzy", "Rzgowska", "Narutowicza", "Pomorska", "Kilińskiego",
              "al. Kościuszki", "Retkińska", "Wólczańska", "Limanowskiego", "Dąbrowskiego"]
#: (населений пункт, postal prefix) in Lviv oblast
UA_PLACES = [("Львів", "790"), ("Львів", "790"), ("Львів", "790"), ("Дрогобич", "821"), ("Стрий", "824"),
             ("Трускавець", "822"), ("Жовква", "803"), ("Самбір", "814"), ("Пустомити", "811")]
UA_STREETS = ["вул. Городоцька", "вул. Зелена", "просп. Червоної Калини", "вул. Личаківська", "вул. Стрийська",
              "вул. Шевченка", "вул. Наукова", "вул. Сихівська", "вул. Замарстинівська", "вул. Франка"]
#: (市区町村, postal prefix) in Fukuoka prefecture
JA_CITIES = [("福岡市中央区", "810"), ("福岡市博多区", "812"), ("福岡市東区", "813"), ("北九州市小倉北区", "802"),
             ("久留米市", "830"), ("春日市", "816"), ("糸島市", "819"), ("飯塚市", "820")]
JA_TOWNS = ["天神", "博多駅前", "香椎", "魚町", "東町", "春日原", "前原", "新立岩", "大橋", "千早"]


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    if lang in ("us", "ca", "au", "gb", "ie", "za"):
        top = {"us": 4_800, "gb": 180, "ie": 180}.get(lang, 980)
        return f"{g.rnd.randint(1, top)} {s}"
    if lang == "qc":
        return f"{g.rnd.randint(100, 9_999)} {s}"
    if lang == "at":
        return f"{s} {g.rnd.randint(1, 160)}"
    if lang == "br":
        return f"{s}, {g.rnd.randint(10, 3_900)}"
    if lang == "pl":
        return s if s.startswith("al.") else f"ul. {s}"
    if lang == "ua":
        return f"{s}, {g.rnd.randint(1, 140)}"
    return f"{s} {g.rnd.randint(1, 200)}"


def co_address(g: Gen) -> str:
    """A Colombian address (``Cra 43A # 18 Sur-135``, ``Calle 10 # 40-25 Apto 301``)."""
    kind = g.rnd.choice(["Calle", "Cl", "Carrera", "Cra", "Cr", "Diagonal", "Transversal", "Circular"])
    first = f"{g.rnd.randint(1, 110)}{g.rnd.choice(['', '', '', 'A', 'B', 'C', 'AA'])}"
    sur = g.rnd.choice(["", "", "", "", " Sur"])
    out = f"{kind} {first}{sur} # {g.rnd.randint(1, 99)}{g.rnd.choice(['', '', 'A', 'B'])}-{g.rnd.randint(1, 190)}"
    return out + g.rnd.choice(["", "", "", f" Apto {g.rnd.randint(101, 1_504)}", f" Int {g.rnd.randint(101, 409)}"])


def ja_address(g: Gen) -> str:
    return f"{g.rnd.choice(JA_TOWNS)}{g.rnd.randint(1, 6)}丁目{g.rnd.randint(1, 28)}-{g.rnd.randint(1, 40)}"


def ncr_address(g: Gen) -> str:
    return g.rnd.choice([f"H.No. {g.rnd.randint(1, 900)}, Gali No. {g.rnd.randint(1, 14)}",
                         f"{g.rnd.choice('ABCDEFG')}-{g.rnd.randint(1, 480)}",
                         f"Flat {g.rnd.randint(101, 1_804)}, Tower {g.rnd.choice('ABCDEF')}"]) \
        + f", {g.rnd.choice(NCR_LOCALITIES)}"


def eircode(g: Gen, key: str) -> str:
    return f"{key} {g.code('A')}{g.digits(1)}{g.code('Z')}{g.code('Z')}".replace("O", "P").replace("I", "K")


def ca_postal(g: Gen, fsa: str) -> str:
    letters = "ABCEGHJKLMNPRSTVWXYZ"
    return f"{fsa} {g.rnd.randint(0, 9)}{g.rnd.choice(letters)}{g.rnd.randint(0, 9)}"


def gb_postcode(g: Gen, outward: str) -> str:
    unit = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{outward} {g.rnd.randint(1, 9)}{g.rnd.choice(unit)}{g.rnd.choice(unit)}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    d = g.valid(make, _ssn.is_valid)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dashed else d


def za_id(g: Gen, born: date, female: bool, citizen: bool = True) -> str:
    """A South African ID number encoding ``born``, the sex and citizenship (Luhn)."""
    seq = g.rnd.randint(0, 4_999) if female else g.rnd.randint(5_000, 9_999)
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:04d}{0 if citizen else 1}8"
    d = body + luhn.calc_check_digit(body)
    assert _za_idnr.is_valid(d)
    return d


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits failing the South African ID check (a waybill number)."""
    return g.valid(lambda: "1" + g.digits(12), lambda x: not _za_idnr.is_valid(x))


def au_abn(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _abn.is_valid)
    return _abn.format(d)


def vic_licence(g: Gen) -> str:
    """A Victorian driver licence number (shape only: no public check digit)."""
    return str(g.rnd.randint(1, 9)) + g.digits(g.rnd.choice([8, 9]))


def au_passport(g: Gen) -> str:
    return g.rnd.choice(["PA", "PB", "PE", "N", "RA"]) + g.digits(7)


def aadhaar(g: Gen, spaced: bool = True) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if spaced else d


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (a KYC form number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def pan(g: Gen, last: str) -> str:
    """A PAN of an individual (fourth letter ``P``, fifth the surname's initial)."""
    initial = (plain(last)[:1] or "x").upper()
    return g.valid(lambda: g.code("AAA") + "P" + initial + g.digits(4) + g.code("A"), _pan.is_valid)


def iban(g: Gen, country: str, bban: Callable[[], str], spaced: bool = True) -> str:
    def make() -> str:
        body = bban()
        number = country + _iban.calc_check_digits(country + "00" + body) + body
        return number

    d = g.valid(make, _iban.is_valid)
    return " ".join(d[i:i + 4] for i in range(0, len(d), 4)) if spaced else d


def gb_iban(g: Gen) -> str:
    return iban(g, "GB", lambda: g.rnd.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "NAIA"]) + g.digits(14))


def ie_iban(g: Gen) -> str:
    return iban(g, "IE", lambda: g.rnd.choice(["AIBK", "BOFI", "IPBS", "REVO"]) + g.digits(14), False)


def at_iban(g: Gen) -> str:
    return iban(g, "AT", lambda: g.rnd.choice(["12000", "20111", "32000", "14000", "60000"]) + g.digits(11))


def pl_iban(g: Gen, prefix: bool = True) -> str:
    d = iban(g, "PL", lambda: g.rnd.choice(["1020", "1090", "1140", "1050", "2490"]) + g.digits(20), False)
    return " ".join([d[:4]] + [d[i:i + 4] for i in range(4, len(d), 4)]) if prefix else d[2:]


def svnr(g: Gen, born: date) -> str:
    """An Austrian Versicherungsnummer: serial, check digit, then the birth date as DDMMYY."""
    tail = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}"

    def make() -> str:
        serial = str(g.rnd.randint(100, 999))
        return serial + _vnr.calc_check_digit(serial + "0" + tail) + tail

    d = g.valid(make, lambda x: len(x) == 10 and _vnr.is_valid(x))
    return f"{d[:4]} {d[4:]}"


def svnr_decoy(g: Gen) -> str:
    """Ten digits written like an SV number and failing its check (a badge or payroll number)."""
    return g.valid(lambda: str(g.rnd.randint(100, 999)) + g.digits(1) + f"{g.rnd.randint(1, 28):02d}"
                   f"{g.rnd.randint(1, 12):02d}{g.digits(2)}", lambda x: not _vnr.is_valid(x))


def at_uid(g: Gen) -> str:
    return g.valid(lambda: "ATU" + g.digits(8), _at_uid.is_valid)


def ca_bn(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 8)) + g.digits(8), _bn.is_valid)
    return d + g.rnd.choice(["RM0001", "RT0001", "RM0002"])


def co_cedula(g: Gen, female: bool) -> str:
    """A Colombian cédula de ciudadanía of Antioquia (shape only: no check digit)."""
    if g.rnd.random() < 0.35:
        return "10" + g.rnd.choice(["17", "36", "37", "40", "35"]) + g.digits(6)
    return (g.rnd.choice(["43", "32", "42", "39"]) if female else g.rnd.choice(["71", "98", "70", "15"])) + g.digits(6)


def co_nit(g: Gen) -> str:
    d = "9" + g.rnd.choice(["00", "01"]) + g.digits(6)
    d += _nit.calc_check_digit(d)
    assert _nit.is_valid(d)
    return f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9]}"


def cpf(g: Gen, dotted: bool = True) -> str:
    d = g.valid(lambda: g.digits(11), lambda x: _cpf.is_valid(x) and len(set(x)) > 1)
    return _cpf.format(d) if dotted else d


def cnpj(g: Gen) -> str:
    d = g.valid(lambda: g.digits(8) + "0001" + g.digits(2), _cnpj.is_valid)
    return _cnpj.format(d)


def nfe_key(g: Gen) -> str:
    """A 44-digit NF-e access key (state, year and month, the shop's CNPJ, model 55, number; no check computed)."""
    return "41" + "25" + f"{g.rnd.randint(1, 11):02d}" + g.digits(14) + "55" + g.digits(22)


def pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + {18: 80, 19: 0, 20: 20}[born.year // 100]
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
    d = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(d)
    return d


def pesel_decoy(g: Gen) -> str:
    """Eleven digits failing the PESEL check (a claim number)."""
    return g.valid(lambda: "25" + g.digits(9), lambda x: not _pesel.is_valid(x))


def nip(g: Gen, dashed: bool = True) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(9), _nip.is_valid)
    return f"{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:]}" if dashed else d


def ua_document_latin(g: Gen) -> str:
    """A Ukrainian's document in Poland: a biometric passport (``FE123456``) or an ID card (nine digits)."""
    return g.rnd.choice([g.rnd.choice(["FE", "FF", "FA", "GC", "EY"]) + g.digits(6), g.digits(9)])


def by_passport(g: Gen) -> str:
    return g.rnd.choice(["MP", "MC", "HB", "KH"]) + g.digits(7)


def rntrc(g: Gen, born: date, female: bool) -> str:
    """A Ukrainian РНОКПП: days since 1899-12-31, a serial whose last digit is even for women, a check digit."""
    days = (born - date(1899, 12, 31)).days
    body = f"{days:05d}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
    d = body + _rntrc.calc_check_digit(body)
    assert _rntrc.is_valid(d)
    return d


def rntrc_birth_date(value: str) -> date:
    return date(1899, 12, 31) + timedelta(days=int(value[:5]))


def ua_passport(g: Gen) -> str:
    """An old Ukrainian passport booklet (``КА 123456``) or an ID card (nine digits)."""
    if g.rnd.random() < 0.45:
        return f"{g.rnd.choice(['КА', 'КВ', 'КС', 'ЕА', 'СЕ'])} {g.digits(6)}"
    return "00" + g.digits(7)


def edrpou(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(2, 4)) + g.digits(7), _edrpou.is_valid)


def my_number(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(10)
    return body + _mynumber.calc_check_digit(body)


def jp_corporate(g: Gen) -> str:
    def make() -> str:
        body = g.digits(12)
        return _jp_cn.calc_check_digit(body) + body

    return g.valid(make, _jp_cn.is_valid)


def jp_licence(g: Gen) -> str:
    """A Japanese driving licence number issued in Fukuoka (shape only)."""
    return "90" + f"{g.rnd.randint(85, 99):02d}" + g.digits(7) + str(g.rnd.randint(0, 2))


# -- parcel vocabulary (written for v143) ------------------------------------------------------------------------------

SHOPS_US = ["Palisade Pharmacy", "Hudson Legal Print", "Newport Florist", "Grove St Optical", "Liberty Bagel Co"]
WEBSHOPS_CA = ["Maritime Tea Co.", "Bluenose Outfitters", "Kelp & Co. Skincare", "Fundy Knitworks"]
RETAILERS_GB = ["Harbourside Homeware Ltd", "Clifton Cycles", "Severn Ceramics", "Redland Audio"]
MERCHANTS_ZA = ["Mzansi Sneakers", "Braai Kings Online", "Jozi Phone Spares", "Kasi Fashion Hub"]
RETAILERS_AU = ["Yarra Valley Cellars", "Northcote Bottle Shop", "Laneway Craft Beer", "Port Phillip Wine Club"]
SHOPS_IE = ["Liffey Threads", "Burren Outdoor", "Kilkenny Kitchenware", "Aran Wool Direct"]
WEBSHOPS_US = ["Amberleaf Outfitters Inc", "Stateside Sneakers LLC", "Lakeshore Vitamins", "Rustbelt Audio Co",
               "Peachtree Crafts"]
SENDERS_CO = ["Tienda Paisa Moda", "Calzado El Poblado SAS", "Tecnoaburrá", "Belleza Natural Antioquia",
              "Mundo Celular Itagüí"]
SHOPS_BR = ["Casa Araucária Decor", "Moda Curitibana", "EletroSul Shop", "Pinhão Esportes", "Livraria Boca Maldita"]
SENDERS_PL = ["Meble Bałuty Sp. z o.o.", "ElektroWidzew", "Porcelana Piotrkowska", "Sklep Rowerowy Manufaktura"]
SENDERS_UA = ["ТОВ «Гуцульські смаколики»", "ФОП Книгарня Левада", "ТОВ «Електросвіт Захід»", "ТОВ «Львівська кава»"]
HS_CODES = ["6109.10", "6403.99", "8517.13", "3304.99", "9503.00", "4202.22", "8471.30", "6204.43", "2106.90"]
