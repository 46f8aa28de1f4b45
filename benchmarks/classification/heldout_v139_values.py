"""Values of held-out set v139 (:mod:`benchmarks.classification.heldout_v139`): v139's random source, and names,
streets, cities, employers and free-text snippets written by hand for v139's human-resources systems (no Faker, no list
of real people, no breach data), phones checked with phonenumbers and identifiers with check digits computed and
checked with python-stdnum (the Russian SNILS and the Spanish social-security number, which python-stdnum lacks, are
computed and checked here; the UK National Insurance number has no check digit and is checked for its prefix letters).

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers follow v98's (phones are drawn from local prefixes here); the lists below are new.
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
from stdnum.ca import sin as _sin
from stdnum.es import cif as _cif
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.fr import siret as _siret
from stdnum.ie import pps as _pps
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva
from stdnum.jp import cn as _jcn
from stdnum.my import nric as _nric
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.ru import inn as _inn
from stdnum.se import orgnr as _orgnr
from stdnum.se import personnummer as _pnr
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _za_id

from benchmarks.classification.heldout_v2 import Column

SEED = 139_604_2026
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v139's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNK", "?", "nil",
    "0", "000000000", "none noted", "n.d.", "nd", "néant", "non renseigné", "nessuna", "nessuno", "n.d", "sin datos",
    "ninguna", "brak", "b/d", "inga", "saknas", "нет", "не указано", "—", "なし", "特になし", "TBC", "tbc")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v139:{SEED}:{table}")

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

    def sha1(self) -> str:
        return hashlib.sha1(str(self.rnd.random()).encode(), usedforsecurity=False).hexdigest()

    def version(self) -> str:
        return f"{self.rnd.randint(1, 9)}.{self.rnd.randint(0, 24)}.{self.rnd.randint(0, 40)}"

    def ipv4(self) -> str:
        first = self.rnd.choice([24, 50, 63, 66, 71, 72, 98, 104, 137, 174, 184, 206])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2600", "2601", "2a01", "2a02", "2001:4860"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7 - head.count(":")))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        """A phone valid for ``region`` drawn from local prefixes (:data:`MOBILE`, :data:`FIXED`), formatted as
        ``e164``, ``intl``, ``national``, ``digits`` (national digits), ``dashes`` (US and Canada) or ``idd``
        (``00`` and the country code); ``US:ID`` and ``US:PA`` are US phones of Idaho and the Lehigh Valley."""
        area = region
        region = region.split(":")[0]
        kinds = ({phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE} if mobile
                 else {phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE})
        cc = phonenumbers.country_code_for_region(region)

        def make() -> str:
            if area in AREAS:
                return self.rnd.choice(AREAS[area]) + str(self.rnd.randint(2, 9)) + self.digits(6)
            prefix, size = self.rnd.choice((MOBILE if mobile else FIXED)[region])
            return prefix + self.digits(size - len(prefix))

        def ok(candidate: str) -> bool:
            number = phonenumbers.parse(f"+{cc}{candidate}")
            return (phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region
                    and (region in AREAS or phonenumbers.number_type(number) in kinds))

        number = phonenumbers.parse(f"+{cc}{self.valid(make, ok)}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        if fmt == "idd":
            return f"00{cc} {phonenumbers.national_significant_number(number)}"
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        if fmt == "dashes" and region in AREAS:
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


#: area codes of v139's North American employers and their applicants
AREAS: dict[str, list[str]] = {"US": ["208", "208", "986", "801", "541"], "US:ID": ["208", "986"],
                               "US:PA": ["610", "484"], "CA": ["902", "782", "506"]}
#: region -> (national prefix, national significant number length) of mobiles
MOBILE: dict[str, list[tuple[str, int]]] = {
    "IE": [("83", 9), ("85", 9), ("86", 9), ("87", 9), ("89", 9)],
    "ZA": [("72", 9), ("73", 9), ("76", 9), ("82", 9), ("83", 9), ("84", 9), ("61", 9)],
    "GB": [("77", 10), ("78", 10), ("79", 10), ("74", 10), ("75", 10)],
    "MY": [("12", 9), ("13", 9), ("16", 9), ("17", 9), ("19", 9), ("11", 10)],
    "AU": [("40", 9), ("41", 9), ("42", 9), ("43", 9), ("45", 9), ("47", 9)],
    "FR": [("6", 9), ("7", 9)],
    "IT": [("32", 10), ("33", 10), ("34", 10), ("39", 10)],
    "ES": [("6", 9), ("7", 9)],
    "PL": [("50", 9), ("51", 9), ("60", 9), ("66", 9), ("69", 9), ("72", 9), ("79", 9), ("88", 9)],
    "SE": [("70", 9), ("72", 9), ("73", 9), ("76", 9)],
    "RU": [("90", 10), ("91", 10), ("92", 10), ("93", 10), ("95", 10), ("98", 10)],
    "JP": [("90", 10), ("80", 10), ("70", 10)],
}
#: region -> (national prefix, national significant number length) of fixed lines near v139's employers
FIXED: dict[str, list[tuple[str, int]]] = {
    "IE": [("21", 9)], "ZA": [("31", 9)], "GB": [("113", 10), ("1274", 10)], "MY": [("3", 9)],
    "AU": [("86", 9), ("89", 9)],
    "FR": [("47", 9)], "IT": [("035", 9), ("035", 10)], "ES": [("96", 9)], "PL": [("71", 9)], "SE": [("31", 9)],
    "RU": [("843", 10)], "JP": [("52", 9)],
}

# -- names (written for v139) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Brantley", "Cody", "Jaxon", "Ruben", "Efrain", "Dallin", "Wyatt", "Tanner", "Joaquin", "Kasey"],
           ["Kaylee", "Brynlee", "Marisol", "Shandra", "Tamsin", "McKenna", "Rhiannon", "Lupita", "Della", "Harper"],
           ["Holbrook", "Sorensen", "Villalobos", "Ashby", "Kimura", "Stoddard", "Erickson", "Bustamante", "Pettingill",
            "Yazzie", "Hammersley", "Lindgren", "Okada", "Carrasco", "Whitlock"]),
    "pa": (["Dwayne", "Gregory", "Luis", "Stanley", "Terrence", "Matthew", "Jorge", "Dennis"],
           ["Brenda", "Carmen", "Denise", "Joanne", "Yolanda", "Krista", "Tina", "Marisa"],
           ["Kuhns", "Schaeffer", "Rodriguez", "Fenstermacher", "Kline", "Mertz", "Haldeman", "Rivera", "Bachman",
            "Zellner", "Santiago", "Hoffert"]),
    "ca": (["Aidan", "Rory", "Thierry", "Jasdeep", "Kwame", "Malcolm", "Yusuf", "Gabriel"],
           ["Brigid", "Mireille", "Keisha", "Ainsley", "Noor", "Fiona", "Geneviève", "Tamsyn"],
           ["MacIsaac", "Doucette", "Comeau", "Fraser-Boyd", "LeBlanc", "Oyelaran", "MacNeil", "Arsenault", "Gillis",
            "Pothier", "Rahimi", "Beaton"]),
    "ie": (["Donnacha", "Seán", "Eoghan", "Cillian", "Tomás", "Mantas", "Pádraig", "Rónán"],
           ["Caoimhe", "Síle", "Eimear", "Nuala", "Laoise", "Dagmara", "Ailbhe", "Muireann"],
           ["Ó Ceallaigh", "McCarthy", "Buckley", "Ní Mhurchú", "Crowley", "Lehane", "O'Mahony", "Kazlauskas", "Twomey",
            "Desmond", "Cronin", "Fitzgibbon"]),
    "za": (["Sipho", "Thabo", "Nkosinathi", "Pieter", "Rajesh", "Sibusiso", "Mandla", "Kyle"],
           ["Nomvula", "Zanele", "Thandeka", "Anri", "Lindiwe", "Ayanda", "Shireen", "Charlene"],
           ["Mkhize", "Ndlovu", "Zulu", "Govender", "Naidoo", "Dlamini", "van der Merwe", "Khumalo", "Ngcobo", "Pillay",
            "Botha", "Shabalala"]),
    "zw": (["Tendai", "Farai", "Tinashe", "Kudakwashe", "Armando", "Celso"],
           ["Rutendo", "Chipo", "Nyasha", "Fátima", "Tsitsi", "Esperança"],
           ["Moyo", "Chikwanha", "Mutasa", "Sithole", "Macuácua", "Nhantumbo", "Mabunda", "Gumbo"]),
    "gb": (["Harvey", "Ellis", "Jamal", "Ashton", "Reuben", "Dominic", "Kieran", "Imran"],
           ["Bethany", "Keeley", "Rukhsana", "Harriet", "Jodie", "Philippa", "Nadia", "Lowri"],
           ["Ackroyd", "Sutcliffe", "Hussain", "Brearley", "Holroyd", "Ramsden", "Thackeray", "Akhtar", "Pickersgill",
            "Greenwood", "Lumb", "Whiteley"]),
    "au": (["Jarrah", "Lachie", "Brodie", "Tane", "Mitchell", "Dinesh", "Callum", "Koby"],
           ["Shanae", "Tegan", "Kirra", "Bronwyn", "Jessamy", "Anjali", "Leilani", "Courtney"],
           ["Kowalski", "Tremain", "Hutchings", "Nguyen", "Papadopoulos", "Fairweather", "Ridgeway", "Tipene",
            "McAlister", "Bui", "Costello", "Yarran"]),
    "fr": (["Rémi", "Baptiste", "Karim", "Ludovic", "Jérémy", "Sébastien", "Tristan", "Fabrice"],
           ["Audrey", "Céline", "Laetitia", "Samira", "Pauline", "Émilie", "Sandrine", "Margaux"],
           ["Girard", "Chabert", "Mathieu", "Benali", "Perrin", "Rochette", "Vial", "Chevallier", "Bonnet",
            "Durand-Thévenet", "Mazoyer", "Guichard"]),
    "it": (["Matteo", "Davide", "Stefano", "Alessio", "Ivan", "Roberto", "Giacomo", "Mirko"],
           ["Chiara", "Federica", "Silvia", "Elisa", "Manuela", "Sara", "Valentina", "Roberta"],
           ["Pesenti", "Locatelli", "Rota", "Gervasoni", "Ghisalberti", "Bonacina", "Carminati", "Mazzoleni",
            "Cortinovis", "Bertocchi", "Zanchi", "Belotti"]),
    "es": (["Vicente", "Jordi", "Sergio", "Rubén", "Álvaro", "Josep", "Adrián", "Ignacio"],
           ["Amparo", "Nuria", "Inmaculada", "Lucía", "Ainhoa", "Rocío", "Paula", "Neus"],
           ["Ferrer", "Martí", "Sanchis", "Belda", "Company", "Llorens", "Gimeno", "Peiró", "Soler", "Navarro", "Tormo",
            "Alfonso"]),
    "ma": (["Youssef", "Hamza", "Mohamed", "Ionuț", "Andrei", "Bilal"],
           ["Fatima Zahra", "Salma", "Khadija", "Ioana", "Elena", "Nadia"],
           ["El Idrissi", "Benkirane", "Ouahbi", "Popescu", "Ionescu", "Amrani", "Dumitru", "Tazi"]),
    "pl": (["Bartosz", "Kacper", "Mateusz", "Grzegorz", "Łukasz", "Wojciech", "Mariusz", "Damian"],
           ["Agnieszka", "Magdalena", "Katarzyna", "Joanna", "Żaneta", "Monika", "Beata", "Aleksandra"],
           ["Nowak", "Wójcik", "Kaczmarek", "Mazur", "Krawczyk", "Zając", "Król", "Wieczorek", "Pawlak", "Michalak",
            "Sikora", "Baran"]),
    "sv": (["Oskar", "Gustav", "Anton", "Mattias", "Kristoffer", "Emil", "Jonas", "Arvid"],
           ["Linnéa", "Johanna", "Matilda", "Frida", "Elin", "Sofia", "Ida", "Karin"],
           ["Johansson", "Karlsson", "Andersson", "Olofsson", "Hedlund", "Strand", "Ekström", "Gustafsson", "Axelsson",
            "Berglund", "Lind", "Sandberg"]),
    "ru": (["Алексей", "Дмитрий", "Руслан", "Ильдар", "Артём", "Тимур", "Сергей", "Марат"],
           ["Екатерина", "Альфия", "Гульнара", "Ольга", "Наталья", "Динара", "Анастасия", "Лилия"],
           ["Сафин", "Гарипов", "Иванов", "Хабибуллин", "Смирнов", "Валиев", "Кузнецов", "Закиров", "Фёдоров",
            "Галиев"]),
    "ja": (["健太", "直樹", "亮", "航", "慎吾", "陸", "和也", "浩二"],
           ["さくら", "麻衣", "早紀", "奈々", "香織", "明日香", "優花", "智子"],
           ["鈴木", "加藤", "伊藤", "山田", "水野", "近藤", "服部", "大野", "杉浦", "河合", "林", "酒井"]),
}

#: Russian patronymics (male, female)
RU_PATRONYMS = [("Алексеевич", "Алексеевна"), ("Дмитриевич", "Дмитриевна"), ("Рустемович", "Рустемовна"),
                ("Ильдарович", "Ильдаровна"), ("Ринатович", "Ринатовна"), ("Сергеевич", "Сергеевна"),
                ("Маратович", "Маратовна"), ("Викторович", "Викторовна"), ("Айратович", "Айратовна")]

#: Japanese names in katakana (furigana columns) and romaji (e-mail local parts)
JA_KANA = {"鈴木": "スズキ", "加藤": "カトウ", "伊藤": "イトウ", "山田": "ヤマダ", "水野": "ミズノ", "近藤": "コンドウ",
           "服部": "ハットリ", "大野": "オオノ", "杉浦": "スギウラ", "河合": "カワイ", "林": "ハヤシ", "酒井": "サカイ",
           "健太": "ケンタ", "直樹": "ナオキ", "亮": "リョウ", "航": "ワタル", "慎吾": "シンゴ", "陸": "リク",
           "和也": "カズヤ", "浩二": "コウジ", "さくら": "サクラ", "麻衣": "マイ", "早紀": "サキ", "奈々": "ナナ",
           "香織": "カオリ", "明日香": "アスカ", "優花": "ユウカ", "智子": "トモコ"}
JA_ROMAJI = {"鈴木": "suzuki", "加藤": "kato", "伊藤": "ito", "山田": "yamada", "水野": "mizuno", "近藤": "kondo",
             "服部": "hattori", "大野": "ono", "杉浦": "sugiura", "河合": "kawai", "林": "hayashi", "酒井": "sakai",
             "健太": "kenta", "直樹": "naoki", "亮": "ryo", "航": "wataru", "慎吾": "shingo", "陸": "riku",
             "和也": "kazuya", "浩二": "koji", "さくら": "sakura", "麻衣": "mai", "早紀": "saki", "奈々": "nana",
             "香織": "kaori", "明日香": "asuka", "優花": "yuka", "智子": "tomoko"}

_RU_LATIN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                      "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"], strict=True))


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang`` (Russian family names take the feminine form for women)."""
    male, fem, fam = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.5
    family = g.rnd.choice(fam)
    if lang == "ru" and female:
        family += "а"
    return g.rnd.choice(fem if female else male), family


def whole(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    if lang == "ja":
        return f"{b} {a}"
    return f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def ru_fio(g: Gen, female: bool | None = None) -> tuple[str, str, str]:
    """A Russian (family name, given name, patronymic)."""
    if female is None:
        female = g.rnd.random() < 0.5
    a, b = person(g, "ru", female)
    return b, a, g.rnd.choice(RU_PATRONYMS)[1 if female else 0]


def ru_initials(g: Gen) -> str:
    """A Russian staff member as ``Фамилия И. О.``."""
    fam, name, patr = ru_fio(g)
    return f"{fam} {name[0]}. {patr[0]}."


def latin(text: str) -> str:
    """A Russian name transliterated for an e-mail local part."""
    return "".join(_RU_LATIN.get(ch, ch) for ch in text.lower())


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() or ch == ".")


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(70, 99)}",
                          f"{a}_{b}"])
    return f"{local}@{g.rnd.choice(domains)}"


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(first).replace('.', '')}.{plain(last).replace('.', '')}@{domain}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first).replace(".", ""), plain(last).replace(".", "")
    return [f"{a[0]}{b}"[:12], f"{a}.{b}", f"{b[:6]}{a[:2]}".upper(), f"{a}{b[:1]}{len(b)}"][style % 4]


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com"],
    "pa": ["gmail.com", "ptd.net", "verizon.net", "aol.com", "comcast.net"],
    "ca": ["gmail.com", "eastlink.ca", "bellaliant.net", "hotmail.com", "outlook.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net"],
    "gb": ["gmail.com", "hotmail.co.uk", "btinternet.com", "sky.com", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "iinet.net.au", "outlook.com"],
    "my": ["gmail.com", "yahoo.com.my", "hotmail.com", "outlook.com"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "it": ["libero.it", "gmail.com", "alice.it", "virgilio.it", "tiscali.it"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "gmail.com", "o2.pl"],
    "sv": ["gmail.com", "telia.com", "hotmail.se", "outlook.com", "bredband.net"],
    "ru": ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "rambler.ru"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp", "softbank.ne.jp"],
}

# -- places (written for v139) -----------------------------------------------------------------------------------------

#: (city, state, ZIP prefix) of an Idaho employer's applicants (some from Utah and Oregon)
US_CITIES = [("Boise", "ID", "837"), ("Nampa", "ID", "836"), ("Meridian", "ID", "836"), ("Caldwell", "ID", "836"),
             ("Twin Falls", "ID", "833"), ("Idaho Falls", "ID", "834"), ("Pocatello", "ID", "832"),
             ("Coeur d'Alene", "ID", "838"), ("Ogden", "UT", "844"), ("Ontario", "OR", "979")]
US_STREETS = ["W Overland Rd", "N Cole Rd", "E Fairview Ave", "S Kimball Ave", "Blue Lakes Blvd N", "Chinden Blvd",
              "N Five Mile Rd", "W State St", "Sagebrush Ln", "Teton Vista Dr", "Owyhee Ct", "Cottonwood Creek Way"]
#: (city, ZIP prefix) in the Lehigh Valley
PA_CITIES = [("ALLENTOWN", "181"), ("BETHLEHEM", "180"), ("EASTON", "180"), ("EMMAUS", "180"), ("WHITEHALL", "180"),
             ("MACUNGIE", "180"), ("COPLAY", "180"), ("KUTZTOWN", "195")]
PA_STREETS = ["HAMILTON ST", "TILGHMAN ST", "LEHIGH ST", "CEDAR CREST BLVD", "MACARTHUR RD", "FULLERTON AVE",
              "N 7TH ST", "CHESTNUT ST", "HANOVER AVE", "MAIN ST", "CHEW ST", "LINDEN ST"]
#: (city, province, forward sortation area)
CA_CITIES = [("Halifax", "NS", "B3H"), ("Dartmouth", "NS", "B2Y"), ("Bedford", "NS", "B4A"), ("Truro", "NS", "B2N"),
             ("Sydney", "NS", "B1P"), ("Moncton", "NB", "E1C"), ("Charlottetown", "PE", "C1A"),
             ("Antigonish", "NS", "B2G")]
#: (town, Eircode routing key)
IE_CITIES = [("Cork", "T12"), ("Mallow", "P51"), ("Cobh", "P24"), ("Midleton", "P25"), ("Bandon", "P72"),
             ("Fermoy", "P61"), ("Clonakilty", "P85"), ("Kinsale", "P17"), ("Ballincollig", "P31")]
IE_STREETS = ["Bóthar an Locha", "Douglas Road", "Sunday's Well Road", "Ard na Rí", "Model Farm Road",
              "Blackrock Avenue", "Cois Abhainn", "Ballyvolane Park", "Glasheen Close", "Market Square"]
#: (town, postal code) in KwaZulu-Natal
ZA_CITIES = [("Durban", "4001"), ("Pinetown", "3610"), ("Umlazi", "4031"), ("Phoenix", "4068"),
             ("Chatsworth", "4092"), ("Pietermaritzburg", "3201"), ("Ballito", "4420"), ("Amanzimtoti", "4126")]
ZA_STREETS = ["Florida Road", "Stamford Hill Road", "Mangosuthu Highway", "Old Main Road", "Aberdare Drive",
              "Inanda Road", "Chief Albert Luthuli Road", "Sarnia Road", "Ridge Road", "Sydenham Road"]
#: (town, postcode district)
GB_CITIES = [("Leeds", "LS6"), ("Bradford", "BD7"), ("Wakefield", "WF1"), ("Huddersfield", "HD1"),
             ("Harrogate", "HG1"), ("York", "YO10"), ("Pudsey", "LS28"), ("Keighley", "BD21"), ("Otley", "LS21")]
GB_STREETS = ["Otley Road", "Kirkstall Lane", "Manningham Lane", "Westgate", "Cardigan Road", "Roundhay Park Lane",
              "Shadwell Walk", "Meanwood Grove", "Harehills Avenue", "Bramley Fold"]
#: (city, postcode) in the Klang Valley and Negeri Sembilan
MY_CITIES = [("Kuala Lumpur", "50450"), ("Petaling Jaya", "46050"), ("Shah Alam", "40000"), ("Subang Jaya", "47500"),
             ("Klang", "41000"), ("Cheras", "56000"), ("Puchong", "47100"), ("Seremban", "70000")]
MY_STREETS = ["Jalan SS 2/24", "Lorong Maarof", "Jalan Ampang Hilir", "Persiaran Kewajipan", "Jalan Kenari 5",
              "Jalan Bukit Bintang", "Jalan Meru", "Taman Connaught Jalan 3", "Jalan Puteri 2/4", "Lorong Haji Taib"]
#: (suburb or town, postcode) in Western Australia
AU_CITIES = [("Joondalup", "6027"), ("Rockingham", "6168"), ("Mandurah", "6210"), ("Midland", "6056"),
             ("Kalgoorlie", "6430"), ("Bunbury", "6230"), ("Karratha", "6714"), ("South Hedland", "6722")]
AU_STREETS = ["Wanneroo Rd", "Safety Bay Rd", "Pinjarra Rd", "Great Eastern Hwy", "Hannan St", "Ocean Dr",
              "Balmoral Rd", "Throssell St", "Kwinana Fwy Service Rd", "Marmion Ave"]
#: (commune, postal code)
FR_CITIES = [("Villeurbanne", "69100"), ("Vénissieux", "69200"), ("Lyon", "69007"), ("Vaulx-en-Velin", "69120"),
             ("Bron", "69500"), ("Saint-Priest", "69800"), ("Meyzieu", "69330"), ("Vienne", "38200")]
FR_STREETS = ["rue du Professeur Paul Sisley", "avenue Jean Jaurès", "cours Émile Zola", "rue Francis de Pressensé",
              "chemin de la Feyssine", "boulevard Lénine", "rue Garibaldi", "impasse des Canuts", "allée des Tilleuls",
              "route de Genas"]
#: (comune, CAP, sigla provincia, codice catastale)
IT_CITIES = [("Bergamo", "24121", "BG", "A794"), ("Dalmine", "24044", "BG", "D245"), ("Seriate", "24068", "BG", "I628"),
             ("Treviglio", "24047", "BG", "L400"), ("Albino", "24021", "BG", "A163"), ("Lecco", "23900", "LC", "E507"),
             ("Brescia", "25121", "BS", "B157"), ("Milano", "20121", "MI", "F205")]
IT_STREETS = ["Via Borgo Palazzo", "Via Broseta", "Via San Bernardino", "Viale Papa Giovanni XXIII",
              "Via Corridoni", "Piazza Pontida", "Via dei Mille", "Via Camozzi", "Via Nazionale", "Vicolo Santa Grata"]
#: (municipio, código postal)
ES_CITIES = [("València", "46021"), ("València", "46015"), ("Torrent", "46900"), ("Paterna", "46980"),
             ("Gandia", "46700"), ("Sagunt", "46500"), ("Alzira", "46600"), ("Burjassot", "46100"), ("Xàtiva", "46800")]
ES_STREETS = ["C/ de Cuba", "Av. del Port", "C/ Sueca", "Av. Blasco Ibáñez", "C/ de la Reina", "Av. Pius XII",
              "C/ Sant Vicent Màrtir", "C/ del Dr. Sumsi", "Av. Primat Reig", "C/ Mestre Serrano"]
#: (miejscowość, kod pocztowy)
PL_CITIES = [("Wrocław", "50-"), ("Wrocław", "53-"), ("Oława", "55-200"), ("Oleśnica", "56-400"), ("Legnica", "59-220"),
             ("Świdnica", "58-100"), ("Wałbrzych", "58-300"), ("Jelcz-Laskowice", "55-220"), ("Trzebnica", "55-100")]
PL_STREETS = ["ul. Legnicka", "ul. Grabiszyńska", "ul. Kościuszki", "ul. Pułaskiego", "al. Armii Krajowej",
              "ul. Traugutta", "ul. Jedności Narodowej", "ul. Ślężna", "ul. Krzywoustego", "ul. Brzozowa"]
#: (ort, postnummer prefix)
SE_CITIES = [("Göteborg", "41"), ("Mölndal", "431"), ("Kungsbacka", "434"), ("Kungälv", "442"), ("Lerum", "443"),
             ("Partille", "433"), ("Borås", "50"), ("Alingsås", "441")]
SE_STREETS = ["Kungsportsavenyen", "Linnégatan", "Övre Husargatan", "Sannegårdsgatan", "Frölundagatan",
              "Krokslätts fabriker", "Tuvevägen", "Björkåsvägen", "Västra Hamngatan", "Smörslottsgatan"]
#: (город, почтовый индекс)
RU_CITIES = [("Казань", "4200"), ("Набережные Челны", "4238"), ("Зеленодольск", "4225"), ("Альметьевск", "4234"),
             ("Нижнекамск", "4235"), ("Елабуга", "4236")]
RU_STREETS = ["ул. Баумана", "пр-т Победы", "ул. Чистопольская", "ул. Пушкина", "ул. Декабристов",
              "пр-т Ямашева", "ул. Гагарина", "ул. Татарстан", "ул. Восстания", "ул. Ленина"]
#: (市区町村, 郵便番号 head)
JA_CITIES = [("名古屋市中区", "460"), ("名古屋市千種区", "464"), ("豊田市", "471"), ("岡崎市", "444"), ("一宮市", "491"),
             ("春日井市", "486"), ("刈谷市", "448"), ("安城市", "446")]
JA_STREETS = ["栄3丁目5-12", "覚王山通8-70", "若宮町2-14", "康生通西1-8", "本町3-4-21", "鳥居松町5-2", "御幸町7-33",
              "三河安城町1-9-2"]

#: Malaysian full names (Malay with bin/binti, Chinese, Indian with a/l and a/p) and foreign workers' names
MY_NAMES = ["Muhammad Hafiz bin Rosli", "Nurul Aina binti Kamarudin", "Ahmad Faizal bin Osman",
            "Siti Hajar binti Ismail", "Mohd Azlan bin Yusof", "Nur Syafiqah binti Hamzah", "Lim Siew Ling",
            "Tan Wei Jie", "Ng Kah Meng", "Chong Mei Yee", "Wong Jun Hao", "Kavitha a/p Subramaniam",
            "Ravi a/l Muniandy", "Thanuja a/p Krishnan", "Ganesh a/l Arumugam", "Aminah binti Abdullah"]
FOREIGN_NAMES = ["Agus Setiawan", "Siti Rahmawati", "Md Rafiqul Islam", "Mohammad Sohel Rana", "Ram Bahadur Gurung",
                 "Bikash Thapa Magar", "Aung Ko Ko", "Dewi Lestari", "Nguyen Van Hung", "Juan Dela Cruz"]


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(100, 9_800) if lang == "us" else g.rnd.randint(1, 160)
    if lang in ("fr", "au", "za", "ie", "gb", "pa"):
        return f"{n} {s}" if lang != "fr" or g.rnd.random() < 0.8 else f"{n} bis {s}"
    if lang == "it":
        return f"{s} {n}" if g.rnd.random() < 0.6 else f"{s}, {n}"
    if lang == "es":
        return f"{s}, {n}, {g.rnd.randint(1, 9)}º {g.rnd.choice('ABCD')}"
    if lang == "pl":
        return f"{s} {n}" + (f"/{g.rnd.randint(1, 60)}" if g.rnd.random() < 0.6 else "")
    if lang == "sv":
        return f"{s} {n}" + (f" lgh {g.rnd.randint(1001, 1403)}" if g.rnd.random() < 0.3 else "")
    if lang == "ru":
        return f"{s}, д. {n}, кв. {g.rnd.randint(1, 240)}"
    if lang == "my":
        return f"No. {n}, {s}"
    if lang == "ja":
        return s
    return f"{n} {s}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    d = g.valid(make, _ssn.is_valid)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dashed else d


def us_ssn_decoy(g: Gen) -> str:
    """A number shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    area = g.rnd.choice(["000", "666", f"9{g.digits(2)}"])
    return f"{area}-{g.digits(2)}-{g.digits(4)}"


def ca_sin(g: Gen) -> str:
    body = str(g.rnd.choice([1, 2, 3, 4, 5, 6, 7, 9])) + g.digits(7)
    d = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(d)
    return f"{d[:3]}-{d[3:6]}-{d[6:]}"


def ca_ldu(g: Gen) -> str:
    """The last three characters of a Canadian postal code (no D, F, I, O, Q or U)."""
    return f"{g.rnd.randint(0, 9)}{g.rnd.choice('ABCEGHJKLMNPRSTVWXYZ')}{g.rnd.randint(0, 9)}"


def eircode_unique(g: Gen) -> str:
    """The four characters after an Eircode's routing key (letters of the Eircode alphabet and digits)."""
    return g.rnd.choice("ACDEFHKNPRTVWXY") + g.digits(3, "0123456789ACDEFHKNPRTVWXY")


def gb_inward(g: Gen) -> str:
    """The inward part of a UK postcode (a digit and two letters, none of C, I, K, M, O and V)."""
    return f"{g.rnd.randint(0, 9)}{g.digits(2, 'ABDEFGHJLNPQRSTUWXYZ')}"


def luhn_decoy(g: Gen, n: int, first: str = "123456789") -> str:
    """``n`` digits failing the Luhn check (shaped like a SIN, a SA ID or a personnummer)."""
    return g.valid(lambda: g.rnd.choice(first) + g.digits(n - 1), lambda x: not luhn.is_valid(x))


def pps(g: Gen) -> str:
    return g.valid(lambda: g.digits(7) + g.rnd.choice(string.ascii_uppercase[:23]) + g.rnd.choice(["", "", "A"]),
                   _pps.is_valid)


def iban(g: Gen, country: str) -> str:
    """An IBAN of ``IE`` or ``IT`` with valid check digits, grouped by four."""
    if country == "IE":
        bban = g.rnd.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + g.digits(6) + g.digits(8)
    else:
        bban = g.rnd.choice(string.ascii_uppercase) + g.rnd.choice(["05034", "03069", "08899", "05428"]) + \
            g.digits(5) + g.digits(12)
    number = country + "00" + bban
    number = country + _iban.calc_check_digits(number) + bban
    assert _iban.is_valid(number)
    return _iban.format(number)


def za_id(g: Gen, born: date, female: bool) -> str:
    seq = g.rnd.randint(0, 4999) if female else g.rnd.randint(5000, 9999)
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:04d}{g.rnd.choice('0001')}8"
    d = body + luhn.calc_check_digit(body)
    assert _za_id.is_valid(d)
    return d


_NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
_NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def nino_is_valid(value: str) -> bool:
    """Whether ``value`` is shaped like a UK National Insurance number (valid prefix letters; there is no check
    digit)."""
    v = value.replace(" ", "").upper()
    return (len(v) == 9 and v[0] in _NINO_FIRST and v[1] in _NINO_SECOND and v[:2] not in ("BG", "GB", "NK", "KN",
                                                                                              "TN", "NT", "ZZ")
            and v[2:8].isdigit() and v[8] in "ABCD")


def nino(g: Gen) -> str:
    v = g.valid(lambda: g.rnd.choice(_NINO_FIRST) + g.rnd.choice(_NINO_SECOND) + g.digits(6) + g.rnd.choice("ABCD"),
                nino_is_valid)
    return v if g.rnd.random() < 0.5 else f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}"


def card(g: Gen) -> str:
    """A corporate card number (Visa or Mastercard) passing Luhn, grouped by four."""
    body = g.rnd.choice(["4", "51", "52", "55"])
    body += g.digits(15 - len(body))
    d = body + luhn.calc_check_digit(body)
    return " ".join(d[i:i + 4] for i in range(0, 16, 4))


#: state codes of a MyKad's place of birth (Johor, Penang, Perak, Selangor, Sabah, Sarawak, Kuala Lumpur, Kelantan)
_MY_PB = ["01", "07", "08", "10", "12", "13", "14", "03"]


def mykad(g: Gen, born: date) -> str:
    d = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{g.rnd.choice(_MY_PB)}{g.digits(4)}"
    assert _nric.is_valid(d)
    return f"{d[:6]}-{d[6:8]}-{d[8:]}"


def foreign_passport(g: Gen) -> str:
    """A foreign worker's passport number (Indonesia, Bangladesh, Nepal, Myanmar, Vietnam, the Philippines): shape
    only."""
    return g.rnd.choice([g.code("A9999999"), g.code("AA9999999"), g.code("99999999"), g.code("MA999999"),
                         g.code("C9999999"), g.code("P9999999A")])


def abn(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _abn.is_valid)
    return _abn.format(d)


def usi(g: Gen) -> str:
    """An Australian Unique Student Identifier: ten characters without 0, 1, I and O (shape only)."""
    return g.digits(10, "23456789ABCDEFGHJKLMNPQRSTUVWXYZ")


def siret(g: Gen) -> str:
    d = g.valid(lambda: g.digits(14), _siret.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:9]} {d[9:]}"


_CF_MONTHS = "ABCDEHLMPRST"


def _cf_part(text: str, given_name: bool) -> str:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vows = [ch for ch in letters if ch in "AEIOU"]
    if given_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return "".join((cons + vows + ["X", "X", "X"])[:3])


def codice_fiscale(first: str, last: str, born: date, female: bool, comune: str) -> str:
    """The codice fiscale of a person (name, birth date, sex and birthplace encoded), with its check letter."""
    body = (_cf_part(last, False) + _cf_part(first, True) + f"{born.year % 100:02d}" + _CF_MONTHS[born.month - 1]
            + f"{born.day + (40 if female else 0):02d}" + comune)
    number = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(number)
    return number


def partita_iva(g: Gen) -> str:
    return g.valid(lambda: g.digits(7) + g.rnd.choice(["016", "022", "017"]) + g.digits(1), _iva.is_valid)


def dni(g: Gen) -> str:
    n = g.rnd.randint(10_000_000, 79_999_999)
    d = f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
    assert _dni.is_valid(d)
    return d


def nie(g: Gen) -> str:
    lead = g.rnd.choice("XYZ")
    n = g.rnd.randint(0, 9_999_999)
    d = f"{lead}{n:07d}{'TRWAGMYFPDXBNJZSQVHLCKE'[int(str('XYZ'.index(lead)) + f'{n:07d}') % 23]}"
    assert _nie.is_valid(d)
    return d


def nuss_is_valid(value: str) -> bool:
    """Whether ``value`` is a Spanish social-security number (número de afiliación: two digits of province, eight
    digits and two control digits, the first ten digits modulo 97)."""
    d = "".join(ch for ch in value if ch.isdigit())
    if len(d) != 12:
        return False
    province, number, control = d[:2], int(d[2:10]), int(d[10:])
    base = int(province + str(number)) if number < 10_000_000 else int(d[:10])
    return base % 97 == control


def nuss(g: Gen, province: str = "46") -> str:
    number = g.rnd.randint(10_000_000, 99_999_999)
    d = f"{province}{number}{int(f'{province}{number}') % 97:02d}"
    assert nuss_is_valid(d)
    return g.rnd.choice([d, f"{d[:2]}/{d[2:10]}/{d[10:]}", f"{d[:2]} {d[2:10]} {d[10:]}"])


def nuss_decoy(g: Gen) -> str:
    """Twelve digits starting with a province and failing the control digits (a sick-leave report number)."""
    return g.valid(lambda: "46" + g.digits(10), lambda x: not nuss_is_valid(x))


def cif(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("ABG") + g.digits(8), _cif.is_valid)


def pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    sex = g.rnd.choice("02468" if female else "13579")
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}{sex}"
    d = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(d)
    return d


def pesel_decoy(g: Gen) -> str:
    """Eleven digits failing PESEL's check (a training certificate number)."""
    return g.valid(lambda: g.digits(11), lambda x: not _pesel.is_valid(x))


def nip(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(9), _nip.is_valid)
    return f"{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:]}"


def personnummer(g: Gen, born: date, dashed: bool = True) -> str:
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{g.digits(3)}"
    d = body + luhn.calc_check_digit(body)
    assert _pnr.is_valid(d)
    if not dashed:
        return f"{born.year // 100}{d}"
    return f"{d[:6]}-{d[6:]}"


def orgnr(g: Gen) -> str:
    d = g.valid(lambda: "55" + g.rnd.choice("6789") + g.digits(7), _orgnr.is_valid)
    return f"{d[:6]}-{d[6:]}"


def snils_check(body: str) -> str:
    total = sum(int(ch) * (9 - i) for i, ch in enumerate(body))
    if total > 101:
        total %= 101
    return "00" if total in (100, 101) else f"{total:02d}"


def snils_is_valid(value: str) -> bool:
    """Whether ``value`` is a Russian SNILS (nine digits and two check digits)."""
    d = "".join(ch for ch in value if ch.isdigit())
    return len(d) == 11 and d[:9] > "001001998" and snils_check(d[:9]) == d[9:]


def snils(g: Gen) -> str:
    body = g.valid(lambda: g.digits(9), lambda b: b > "001001998")
    d = body + snils_check(body)
    assert snils_is_valid(d)
    return f"{d[:3]}-{d[3:6]}-{d[6:9]} {d[9:]}"


def inn_person(g: Gen) -> str:
    body = "16" + g.rnd.choice(["50", "55", "57", "59", "60", "51"]) + g.digits(6)
    d = body + _inn.calc_personal_check_digits(body)
    assert _inn.is_valid(d)
    return d


def inn_company(g: Gen) -> str:
    body = "16" + g.rnd.choice(["50", "55", "57", "59"]) + g.digits(5)
    d = body + _inn.calc_company_check_digit(body)
    assert _inn.is_valid(d)
    return d


def inn_decoy(g: Gen) -> str:
    """Twelve digits starting with Tatarstan's region code and failing the personal INN's check (an order number)."""
    return g.valid(lambda: "16" + g.digits(10), lambda x: not _inn.is_valid(x))


def ru_passport(g: Gen) -> str:
    """A Russian internal passport (series: Tatarstan's 92 and the year of issue; number): shape only."""
    return f"92 {g.rnd.randint(0, 24):02d} {g.digits(6)}"


def corporate_number(g: Gen) -> str:
    body = g.digits(12)
    d = _jcn.calc_check_digit(body) + body
    assert _jcn.is_valid(d)
    return d


def residence_card(g: Gen) -> str:
    """A Japanese residence card number (two letters, eight digits, two letters): shape only."""
    return g.code("AA99999999AA")


def ja_era(born: date) -> str:
    """A Japanese birth date written with its era (``昭和63年4月12日``, ``平成2年1月5日``)."""
    if born >= date(1989, 1, 8):
        era, year = "平成", born.year - 1988
    else:
        era, year = "昭和", born.year - 1925
    return f"{era}{'元' if year == 1 else year}年{born.month}月{born.day}日"


def romaji_email(g: Gen, first: str, last: str) -> str:
    """A Japanese person's e-mail (romanized local part)."""
    a, b = JA_ROMAJI[first], JA_ROMAJI[last]
    local = g.rnd.choice([f"{a}.{b}", f"{b}{a[0]}", f"{a}{g.rnd.randint(1, 9999)}", f"{b}_{a}{g.rnd.randint(70, 99)}"])
    return f"{local}@{g.rnd.choice(DOMAINS['ja'])}"
