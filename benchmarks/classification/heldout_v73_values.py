"""Values of held-out set v73 (:mod:`benchmarks.classification.heldout_v73`): v73's random source, names, streets,
towns and postal codes written by hand for v73 (no Faker, no list of real people, no breach data), phones checked with
phonenumbers and identifiers with check digits computed and checked with python-stdnum (or, where python-stdnum has
no module, with the published algorithm written out here).

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module; the lists below are new.
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
from stdnum import ean, luhn, verhoeff
from stdnum.es import ccc as _ccc
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.fr import nir as _nir
from stdnum.fr import siret as _siret
from stdnum.gb import nhs as _nhs
from stdnum.ie import pps as _pps
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import gstin as _gstin
from stdnum.it import aic as _aic
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva
from stdnum.jp import cn as _jpcn
from stdnum.nl import bsn as _bsn
from stdnum.nl import postcode as _nlpc
from stdnum.ru import inn as _inn
from stdnum.ru import ogrn as _ogrn
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _zaid

from benchmarks.classification.heldout_v2 import Column

SEED = 73_500_2026
N = "none"
#: a login or public display handle (review, as in v5 to v71)
USERNAME = "unclassified"
#: NULL-like strings of v73's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "?", "0", "00000000",
    "000-00-0000", "test@test.com", "noemail@none.com", "geen", "néant", "RAS", "ninguna", "nessuna", "keine",
    "なし", "нет", "-/-", ".", "*")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


#: region -> ((mobile lead, national significant number length), ...), ((fixed-line lead, length), ...)
PHONE_PLANS: dict[str, tuple[tuple[tuple[str, int], ...], tuple[tuple[str, int], ...]]] = {
    "GB": ((("74", 10), ("75", 10), ("77", 10), ("78", 10), ("79", 10)), (("161", 10),)),
    "US": ((("419", 10), ("567", 10), ("713", 10), ("281", 10), ("832", 10), ("346", 10)),
           (("419", 10), ("713", 10), ("936", 10))),
    "CA": ((("613", 10), ("343", 10)), (("613", 10),)),
    "AU": ((("4", 9),), (("74", 9), ("75", 9))),
    "IE": ((("83", 9), ("85", 9), ("86", 9), ("87", 9), ("89", 9)), (("1", 8),)),
    "ZA": ((("82", 9), ("83", 9), ("72", 9), ("73", 9), ("61", 9), ("84", 9)), (("21", 9),)),
    "IN": ((("98", 10), ("99", 10), ("97", 10), ("88", 10), ("70", 10), ("63", 10)), (("80", 10),)),
    "DE": ((("151", 11), ("152", 11), ("160", 10), ("170", 10), ("176", 11)), (("761", 10),)),
    "FR": ((("6", 9), ("7", 9)), (("320", 9), ("328", 9))),
    "ES": ((("6", 9), ("7", 9)), (("91", 9),)),
    "IT": ((("320", 10), ("328", 10), ("333", 10), ("340", 10), ("347", 10), ("349", 10), ("388", 10)),
           (("080", 10),)),
    "NL": ((("61", 9), ("62", 9), ("63", 9), ("64", 9), ("65", 9)), (("30", 9),)),
    "JP": ((("70", 10), ("80", 10), ("90", 10)), (("6", 10),)),
    "RU": ((("913", 10), ("923", 10), ("953", 10), ("983", 10), ("999", 10)), (("383", 10),)),
}


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v73:{SEED}:{table}")

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
        first = self.rnd.choice([49, 103, 106, 117, 122, 136, 152, 157, 182, 223])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2401", "2405", "2409", "2600", "2607"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> Any:
        """A valid phone of ``region``; ``fmt`` is ``e164``, ``intl``, ``national``, ``digits`` (the national
        digits with the trunk prefix), ``dashes``/``dots`` (North America), or ``num`` (the national significant
        number as an integer, as legacy files keep it)."""
        plan = PHONE_PLANS[region][0 if mobile else 1]
        cc = phonenumbers.country_code_for_region(region)

        def make() -> str:
            lead, length = self.rnd.choice(plan)
            nsn = lead + self.digits(length - len(lead))
            if region in ("US", "CA"):
                nsn = lead + self.rnd.choice("23456789") + self.digits(length - len(lead) - 1)
            return nsn

        def ok(candidate: str) -> bool:
            return phonenumbers.is_valid_number(phonenumbers.parse(f"+{cc}{candidate}"))

        number = phonenumbers.parse(f"+{cc}{self.valid(make, ok)}")
        nsn = phonenumbers.national_significant_number(number)
        if fmt == "num":
            return int(nsn)
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        if fmt == "dashes" and region in ("US", "CA"):
            return f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"
        if fmt == "dots" and region in ("US", "CA"):
            return f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}"
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


def pad(value: Any, width: int) -> Any:
    """A fixed-width CHAR value: left-aligned and padded with blanks (``None`` becomes blanks)."""
    return f"{'' if value is None else value:<{width}}"[:width]


# -- names (written for v73) -------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "gb": (["Callum", "Declan", "Rhys", "Kieran", "Nathaniel", "Zubair", "Tomasz", "Ellis", "Haris", "Jude"],
           ["Bethany", "Keeley", "Harriet", "Aneesa", "Leanne", "Georgina", "Shannon", "Maryam", "Esme", "Kirsty"],
           ["Ashworth", "Butterworth", "Hargreaves", "Ogden", "Whitworth", "Openshaw", "Rashid", "Kowalczyk",
            "Mellor", "Schofield", "Cheetham", "Bhatti", "Lomax", "Tattersall"]),
    "us": (["Brantley", "Colton", "Garrett", "Luis", "Rodrigo", "Tariq", "Vikram", "DeShawn", "Wesley", "Hung"],
           ["Kaylee", "Brianna", "Maribel", "Guadalupe", "Shanice", "Priyanka", "Autumn", "Leticia", "Mai",
            "Raelynn"],
           ["Stutzman", "Kowalski", "Yoder", "Garza", "Villarreal", "Okafor", "Nguyen", "Pruitt", "Hollister",
            "Delgado", "Washington", "Szymanski", "Patel", "Brubaker"]),
    "ca": (["Mathieu", "Liam", "Owen", "Gurdeep", "Tyler", "Malcolm", "Jian", "Étienne", "Brody", "Kwasi"],
           ["Brooklyn", "Mackenzie", "Harpreet", "Chantal", "Paige", "Ingrid", "Meghan", "Yasmin", "Josée",
            "Kendra"],
           ["MacPhail", "Tremblay", "Vanderlip", "Grewal", "Ostrander", "Lalonde", "McTavish", "Boisvert",
            "Hutchins", "Kerr", "Sauvé", "Van Luven"]),
    "au": (["Lachlan", "Bodhi", "Darcy", "Hamish", "Kai", "Fletcher", "Nikolai", "Aarav", "Toby", "Ryder"],
           ["Matilda", "Indi", "Sienna", "Tahlia", "Georgie", "Ruby", "Anh", "Lacey", "Willow", "Skye"],
           ["Bettridge", "Cavanagh", "Dwyer", "Fitzsimmons", "Gorringe", "Huxley", "Kaczmarek", "Lucchese",
            "Moffatt", "Pappas", "Rowntree", "Tran"]),
    "ie": (["Cathal", "Donnacha", "Fiachra", "Oisín", "Ruairí", "Tadhg", "Colm", "Eoghan", "Kacper", "Diarmuid"],
           ["Aoife", "Caoimhe", "Clodagh", "Gráinne", "Orlaith", "Saoirse", "Siobhán", "Róisín", "Nadia",
            "Sinéad"],
           ["Ó Braonáin", "Mac Giolla", "Brennan", "Cullinane", "Dunphy", "Fogarty", "Geoghegan", "Hennessy",
            "Kinsella", "McGuinness", "Nolan", "Tierney", "Wiśniewski"]),
    "za": (["Thabo", "Sipho", "Lwazi", "Pieter", "Johan", "Riaan", "Ebrahim", "Tumelo", "Anathi", "Morné"],
           ["Nomvula", "Lerato", "Zanele", "Annelie", "Marlize", "Fatima", "Ayanda", "Busisiwe", "Chantelle",
            "Thandeka"],
           ["Mokoena", "Dlamini", "Nkosi", "van der Merwe", "Botha", "Pretorius", "Adams", "Jacobs", "Mahlangu",
            "Hendricks", "Ngcobo", "Cupido", "du Plessis", "Petersen"]),
    "in": (["Karthik", "Prajwal", "Nikhil", "Sudeep", "Abhishek", "Raghavendra", "Mohammed", "Suhas", "Vinay",
            "Chetan"],
           ["Ananya", "Bhoomika", "Deepika", "Kavana", "Meghana", "Pooja", "Sahana", "Tejaswini", "Ayesha",
            "Varsha"],
           ["Gowda", "Hegde", "Shetty", "Bhat", "Kulkarni", "Rao", "Naik", "Reddy", "Iyengar", "Patil", "Khan",
            "Murthy"]),
    "de": (["Florian", "Jannik", "Matthias", "Lukas", "Emre", "Wolfgang", "Benedikt", "Jörg", "Konstantin",
            "Timo"],
           ["Annika", "Franziska", "Lea", "Henrike", "Ursula", "Selin", "Katharina", "Jule", "Dorothea", "Svenja"],
           ["Schwörer", "Kaltenbach", "Bührer", "Ruf", "Hättich", "Maier", "Fehrenbach", "Yılmaz", "Gutmann",
            "Zähringer", "Ketterer", "Wehrle"]),
    "fr": (["Théo", "Baptiste", "Maxence", "Ludovic", "Kévin", "Rachid", "Gaëtan", "Amaury", "Quentin",
            "Jérôme"],
           ["Manon", "Océane", "Clémence", "Maëlle", "Nadège", "Inès", "Solène", "Mathilde", "Aurélie",
            "Ghislaine"],
           ["Delcourt", "Vandamme", "Lefebvre", "Dewaele", "Wattiez", "Descamps", "Vanhoutte", "Benali",
            "Hennebelle", "Deconinck", "Lemaire", "Bouchart"]),
    "es": (["Iker", "Álvaro", "Hugo", "Rubén", "Gonzalo", "Ismael", "Óscar", "Adrián", "Marcos", "Julián"],
           ["Lucía", "Nerea", "Alba", "Inmaculada", "Paloma", "Marta", "Noelia", "Ainhoa", "Rocío", "Yolanda"],
           ["Cifuentes", "Galindo", "Arroyo", "Benavente", "Escobar", "Olmedo", "Quintana", "Redondo", "Salcedo",
            "Villalba", "Zamora", "Pastor"]),
    "it": (["Vito", "Nicola", "Donato", "Cosimo", "Pasquale", "Michele", "Onofrio", "Giuseppe", "Savino",
            "Leonardo"],
           ["Angela", "Rosa", "Isabella", "Grazia", "Teresa", "Antonella", "Marilena", "Vittoria", "Addolorata",
            "Sabrina"],
           ["Lorusso", "Colaianni", "Amoruso", "Sportelli", "Tarantini", "Dell'Aquila", "Caputo", "Losito",
            "Palmisano", "Campanale", "Ventrella", "Didonna"]),
    "nl": (["Daan", "Bram", "Thijs", "Sjoerd", "Ruben", "Youssef", "Wouter", "Jeroen", "Gerrit", "Milan"],
           ["Femke", "Marloes", "Sanne", "Ilse", "Anouk", "Nadia", "Wilma", "Lieke", "Esther", "Noor"],
           ["Verhoef", "Brouwer", "Kok", "Hoekstra", "Mulder", "Dekker", "Bosman", "Aydın", "Schouten",
            "Vermeulen", "Postma", "Kuipers"]),
    "ru": (["Алексей", "Дмитрий", "Игорь", "Тимофей", "Роман", "Глеб", "Савелий", "Вадим", "Степан", "Артём"],
           ["Ксения", "Дарья", "Полина", "Вероника", "Алёна", "Людмила", "Таисия", "Ульяна", "Екатерина",
            "Нина"],
           ["Захаров", "Белоусов", "Шубин", "Лаптев", "Горбунов", "Семенихин", "Тихонов", "Ермаков", "Кудрявцев",
            "Шестаков", "Мельников", "Ветров"]),
}

#: Japanese (kanji, katakana reading): male given names, female given names, family names
JA_MALE = [("湊", "ミナト"), ("健太郎", "ケンタロウ"), ("悠真", "ユウマ"), ("誠", "マコト"), ("隆之", "タカユキ"),
           ("颯太", "ソウタ"), ("大輔", "ダイスケ"), ("浩二", "コウジ")]
JA_FEMALE = [("美咲", "ミサキ"), ("結衣", "ユイ"), ("千尋", "チヒロ"), ("陽菜", "ヒナ"), ("由紀子", "ユキコ"),
             ("彩花", "アヤカ"), ("恵子", "ケイコ"), ("真由", "マユ")]
JA_FAMILY = [("佐伯", "サエキ"), ("梶原", "カジワラ"), ("宮脇", "ミヤワキ"), ("野々村", "ノノムラ"),
             ("稲垣", "イナガキ"), ("篠原", "シノハラ"), ("大槻", "オオツキ"), ("片桐", "カタギリ"),
             ("吉岡", "ヨシオカ"), ("西川", "ニシカワ"), ("岡田", "オカダ"), ("辻本", "ツジモト")]

#: Russian patronymics: (male, female) forms from fathers' given names
RU_PATRONYMICS = [("Алексеевич", "Алексеевна"), ("Дмитриевич", "Дмитриевна"), ("Игоревич", "Игоревна"),
                  ("Романович", "Романовна"), ("Викторович", "Викторовна"), ("Сергеевич", "Сергеевна"),
                  ("Олегович", "Олеговна"), ("Юрьевич", "Юрьевна"), ("Николаевич", "Николаевна")]


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given, family) pair of ``lang``; Russian family names take the feminine form for women."""
    female = g.rnd.random() < 0.5 if female is None else female
    males, females, lasts = NAMES[lang]
    first, last = g.rnd.choice(females if female else males), g.rnd.choice(lasts)
    if lang == "ru" and female:
        last = last + "а"
    return first, last


def whole(g: Gen, lang: str) -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def given(g: Gen, lang: str) -> str:
    return person(g, lang)[0]


def family(g: Gen, lang: str) -> str:
    return person(g, lang)[1]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


_CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                 "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"], strict=True))


def translit(text: str) -> str:
    """Russian Cyrillic in a plain Latin transliteration (for e-mail local parts)."""
    return "".join(_CYR.get(ch, ch) for ch in text.lower())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(translit(first)), plain(translit(last))
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(70, 99)}", f"{b}{a[:2]}"])
    return f"{local}@{g.rnd.choice(domains)}"


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(first)}.{plain(last)}@{domain}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(translit(first)), plain(translit(last))
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a}{b[:3]}"][style % 5]


DOMAINS = {
    "gb": ["gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com", "yahoo.co.uk", "icloud.com"],
    "us": ["gmail.com", "yahoo.com", "outlook.com", "att.net", "icloud.com", "bex.net"],
    "ca": ["gmail.com", "sympatico.ca", "outlook.com", "cogeco.ca", "icloud.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com", "iinet.net.au", "icloud.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "icloud.com"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net", "outlook.com"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
    "it": ["libero.it", "alice.it", "gmail.com", "virgilio.it", "tiscali.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.com", "xs4all.nl"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp", "i.softbank.jp"],
    "ru": ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "inbox.ru", "ngs.ru"],
}


def email(g: Gen, lang: str) -> str:
    return email_of(g, *person(g, lang), DOMAINS[lang])


# -- places (written for v73) ------------------------------------------------------------------------------------------

#: Greater Manchester: (town, postcode district)
GB_TOWNS = [("Stockport", "SK4"), ("Salford", "M6"), ("Bolton", "BL1"), ("Oldham", "OL8"), ("Wigan", "WN3"),
            ("Altrincham", "WA14"), ("Rochdale", "OL11"), ("Bury", "BL9"), ("Stretford", "M32")]
GB_STREETS = ["Higher Barlow Row", "Crossfield Road", "Ringley Brow", "Moss Lane East", "Birchfold Close",
              "Tonge Moor Road", "Delph Hill", "Heaton Mersey Terrace", "Windlehurst Drive"]
_GB_INWARD = "ABDEFGHJLNPQRSTUWXYZ"

#: north-west Ohio: (town, state, ZIP lead)
US_OH = [("Toledo", "OH", "436"), ("Findlay", "OH", "458"), ("Lima", "OH", "458"), ("Sandusky", "OH", "448"),
         ("Bowling Green", "OH", "434"), ("Fremont", "OH", "434"), ("Defiance", "OH", "435"), ("Tiffin", "OH", "448")]
US_OH_STREETS = ["N Reynolds Rd", "Sylvania Ave", "W Wooster St", "Tiffin Ave", "Napoleon Rd", "Cable Rd",
                 "County Road 26", "Monroeville Rd", "Secor Rd"]
#: Greater Houston: (town, state, ZIP lead)
US_TX = [("Houston", "TX", "770"), ("Pasadena", "TX", "775"), ("Sugar Land", "TX", "774"), ("Katy", "TX", "774"),
         ("Pearland", "TX", "775"), ("Baytown", "TX", "775"), ("Conroe", "TX", "773"), ("League City", "TX", "775")]
US_TX_STREETS = ["Bellaire Blvd", "Westheimer Rd", "Spencer Hwy", "Fry Rd", "Broadway St", "Telephone Rd",
                 "Cypresswood Dr", "Bay Area Blvd", "Airline Dr"]
#: eastern Ontario: (town, forward sortation area)
CA_TOWNS = [("Kingston", "K7L"), ("Kingston", "K7M"), ("Belleville", "K8N"), ("Napanee", "K7R"),
            ("Brockville", "K6V"), ("Trenton", "K8V"), ("Picton", "K0K"), ("Gananoque", "K7G")]
CA_STREETS = ["Princess St", "Bath Rd", "Dundas St W", "Sidney St", "King St E", "Centre St N", "Front Rd",
              "Bayridge Dr", "Main St"]
#: Darling Downs and the Sunshine Coast: (town, postcode)
AU_TOWNS = [("Toowoomba", "4350"), ("Highfields", "4352"), ("Maroochydore", "4558"), ("Caloundra", "4551"),
            ("Nambour", "4560"), ("Dalby", "4405"), ("Gympie", "4570"), ("Noosaville", "4566")]
AU_STREETS = ["Ruthven St", "Hume St", "Bulcock St", "Aerodrome Rd", "Currie St", "Drayton Rd", "Mary St",
              "Gympie Tce", "Nicklin Way"]
#: Dublin and Leinster: (town, Eircode routing key)
IE_TOWNS = [("Swords", "K67"), ("Blanchardstown", "D15"), ("Tallaght", "D24"), ("Bray", "A98"), ("Naas", "W91"),
            ("Navan", "C15"), ("Drogheda", "A92"), ("Maynooth", "W23")]
IE_STREETS = ["Main Street", "Church Road", "Castle Avenue", "Rathmore Park", "Mill Lane", "Cnoc na Gréine",
              "Seafield Crescent", "Beechwood Grove", "Ard Na Rí"]
IE_AREAS = ["Rathbeale", "Kilnamanagh", "Ongar", "Castletroy Estate", "Oldtown", "Johnstown", "Mornington"]
_EIR = "ACDEFHKNPRTVWXY0123456789"
#: Cape Town: (suburb, postal code)
ZA_SUBURBS = [("Bellville", "7530"), ("Claremont", "7708"), ("Durbanville", "7550"), ("Observatory", "7925"),
              ("Mitchells Plain", "7785"), ("Table View", "7441"), ("Somerset West", "7130"), ("Khayelitsha", "7784"),
              ("Parow", "7500")]
ZA_STREETS = ["Voortrekker Rd", "Main Rd", "Wellington Rd", "Koeberg Rd", "Lansdowne Rd", "Spine Rd",
              "Durban Rd", "Sir Lowry Rd", "Bosmansdam Rd"]
#: Karnataka: (city, pincode lead, length of the rest)
IN_CITIES = [("Bengaluru", "5600"), ("Bengaluru", "5601"), ("Mysuru", "5700"), ("Tumakuru", "5721"),
             ("Mangaluru", "5750"), ("Hubballi", "5800")]
IN_AREAS = ["4th Cross, Koramangala 5th Block", "12th Main, HSR Layout Sector 2", "2nd Stage, BTM Layout",
            "Vijayanagar 3rd Stage", "Kuvempunagar", "Jayanagar 9th Block", "Whitefield Main Road",
            "Malleshwaram 8th Cross"]
#: southern Baden: (town, postcode)
DE_TOWNS = [("Freiburg im Breisgau", "79098"), ("Freiburg im Breisgau", "79110"), ("Emmendingen", "79312"),
            ("Lörrach", "79539"), ("Offenburg", "77652"), ("Waldkirch", "79183"), ("Breisach am Rhein", "79206"),
            ("Müllheim", "79379"), ("Titisee-Neustadt", "79822")]
DE_STREETS = ["Habsburgerstraße", "Schwarzwaldstraße", "Kartäuserstraße", "Basler Landstraße", "Elzstraße",
              "Merianstraße", "Hauptstraße", "Tullastraße", "Wiehre-Weg"]
#: Lille métropole and beyond: (town, postcode, INSEE code of the commune)
FR_TOWNS = [("Lille", "59000", "59350"), ("Roubaix", "59100", "59512"), ("Tourcoing", "59200", "59599"),
            ("Villeneuve-d'Ascq", "59650", "59009"), ("Lambersart", "59130", "59328"),
            ("Armentières", "59280", "59017"), ("Seclin", "59113", "59560"), ("Wattrelos", "59150", "59650")]
#: birthplaces outside the métropole: (town, INSEE code)
FR_BIRTH = [("Arras", "62041"), ("Lens", "62498"), ("Amiens", "80021"), ("Valenciennes", "59606"),
            ("Dunkerque", "59183"), ("Béthune", "62119")]
FR_STREETS = ["rue Nationale", "rue de Paris", "boulevard de la Liberté", "rue Solférino", "rue du Molinel",
              "avenue du Peuple Belge", "rue de Lannoy", "rue Pasteur", "chemin des Postes"]
#: Community of Madrid: (town, postcodes)
ES_TOWNS = [("Madrid", ["28007", "28019", "28025", "28039", "28041", "28045"]), ("Getafe", ["28901", "28903"]),
            ("Leganés", ["28911", "28914"]), ("Alcorcón", ["28921", "28924"]), ("Móstoles", ["28931", "28935"]),
            ("Fuenlabrada", ["28941", "28943"]), ("Alcalá de Henares", ["28801", "28806"])]
ES_STREETS = ["calle de Alcalá", "avenida de la Albufera", "calle de Toledo", "paseo de Extremadura",
              "calle Mayor", "avenida de Europa", "calle de los Santos Mártires", "ronda de Segovia"]
#: the Metropolitan City of Bari: (town, province, CAP, cadastral code of the comune)
IT_TOWNS = [("Bari", "BA", "70124", "A662"), ("Altamura", "BA", "70022", "A225"), ("Monopoli", "BA", "70043", "F376"),
            ("Molfetta", "BA", "70056", "F284"), ("Bitonto", "BA", "70032", "A893"),
            ("Putignano", "BA", "70017", "H096"), ("Gioia del Colle", "BA", "70023", "E038")]
IT_STREETS = ["Via Sparano da Bari", "Corso Cavour", "Via Giovanni Amendola", "Viale Japigia", "Via Dante Alighieri",
              "Via Fratelli Rosselli", "Strada Santa Caterina", "Largo Ciaia"]
#: the province of Utrecht: (town, postcode lead)
NL_TOWNS = [("Utrecht", "35"), ("Nieuwegein", "343"), ("Zeist", "370"), ("Houten", "399"), ("IJsselstein", "340"),
            ("Maarssen", "360"), ("Bunnik", "398"), ("De Bilt", "373")]
NL_STREETS = ["Amsterdamsestraatweg", "Biltstraat", "Kanaalweg", "Vreeswijksestraatweg", "Slotlaan", "Herenweg",
              "Lindenlaan", "Burgemeester Reigerstraat", "Oudegracht"]
#: northern Osaka: (city, (town, postcode))
JA_PLACES = [("大阪府吹田市", [("江坂町", "564-0063"), ("千里山西", "565-0851")]),
             ("大阪府豊中市", [("上新田", "560-0085"), ("緑丘", "560-0002")]),
             ("大阪府高槻市", [("芥川町", "569-1123"), ("南平台", "569-1042")]),
             ("大阪府茨木市", [("真砂", "567-0814"), ("畑田町", "567-0826")]),
             ("大阪府枚方市", [("香里ケ丘", "573-0084"), ("楠葉花園町", "573-1121")])]
#: Novosibirsk oblast and neighbours: (town, postcode lead)
RU_TOWNS = [("Новосибирск", "630"), ("Бердск", "633"), ("Искитим", "633"), ("Обь", "633"), ("Кольцово", "630"),
            ("Томск", "634"), ("Барнаул", "656")]
RU_STREETS = ["ул. Кирова", "Красный проспект", "ул. Гоголя", "ул. Дуси Ковальчук", "ул. Богдана Хмельницкого",
              "ул. Титова", "Морской проспект", "ул. Фрунзе", "ул. Линейная"]


def gb_postcode(g: Gen, district: str) -> str:
    return f"{district} {g.rnd.randint(1, 9)}{g.rnd.choice(_GB_INWARD)}{g.rnd.choice(_GB_INWARD)}"


def gb_street(g: Gen) -> str:
    return f"{g.rnd.randint(1, 240)} {g.rnd.choice(GB_STREETS)}" + g.rnd.choice(["", "", f", Flat {g.rnd.randint(1, 9)}"])


def us_street(g: Gen, streets: list[str]) -> str:
    n = g.rnd.randint(100, 9899)
    return g.rnd.choice([f"{n} {g.rnd.choice(streets)}", f"{n} {g.rnd.choice(streets)}",
                         f"{n} {g.rnd.choice(streets)} Apt {g.rnd.randint(1, 24)}"])


def us_zip(g: Gen, lead: str) -> str:
    return lead + g.digits(2)


def ca_postcode(g: Gen, fsa: str) -> str:
    return f"{fsa} {g.rnd.randint(1, 9)}{g.rnd.choice('ABCEGHJKLMNPRSTVWXYZ')}{g.rnd.randint(0, 9)}"


def ca_street(g: Gen) -> str:
    return g.rnd.choice([f"{g.rnd.randint(2, 1990)} {g.rnd.choice(CA_STREETS)}",
                         f"{g.rnd.randint(100, 2400)}-{g.rnd.randint(10, 900)} {g.rnd.choice(CA_STREETS)}"])


def au_street(g: Gen) -> str:
    return g.rnd.choice([f"{g.rnd.randint(1, 320)} {g.rnd.choice(AU_STREETS)}",
                         f"{g.rnd.randint(1, 30)}/{g.rnd.randint(1, 120)} {g.rnd.choice(AU_STREETS)}"])


def eircode(g: Gen, key: str) -> str:
    return f"{key} {''.join(g.rnd.choice(_EIR[:15]) if i == 0 else g.rnd.choice(_EIR) for i in range(4))}"


def ie_street(g: Gen) -> str:
    return f"{g.rnd.randint(1, 160)} {g.rnd.choice(IE_STREETS)}"


def za_street(g: Gen) -> str:
    return g.rnd.choice([f"{g.rnd.randint(1, 400)} {g.rnd.choice(ZA_STREETS)}",
                         f"Unit {g.rnd.randint(1, 60)}, {g.rnd.randint(1, 90)} {g.rnd.choice(ZA_STREETS)}"])


def in_address(g: Gen) -> str:
    return f"#{g.rnd.randint(1, 480)}, {g.rnd.choice(IN_AREAS)}"


def in_pincode(g: Gen, lead: str) -> str:
    return lead + g.digits(6 - len(lead))


def de_street(g: Gen) -> str:
    return f"{g.rnd.choice(DE_STREETS)} {g.rnd.randint(1, 140)}" + g.rnd.choice(["", "", "a", "b"])


def fr_street(g: Gen) -> str:
    return f"{g.rnd.randint(1, 220)}" + g.rnd.choice(["", "", " bis"]) + f" {g.rnd.choice(FR_STREETS)}"


def es_street(g: Gen) -> str:
    return (f"{g.rnd.choice(ES_STREETS)}, {g.rnd.randint(1, 190)}"
            + g.rnd.choice([f", {g.rnd.randint(1, 9)}º {g.rnd.choice('ABCD')}", f", {g.rnd.randint(1, 6)}º izq.", ""]))


def it_street(g: Gen) -> str:
    return f"{g.rnd.choice(IT_STREETS)} {g.rnd.randint(1, 220)}" + g.rnd.choice(["", "", "/B", " sc. A"])


def nl_postcode(g: Gen, lead: str) -> str:
    def make() -> str:
        return f"{lead}{g.digits(4 - len(lead))} {g.rnd.choice(string.ascii_uppercase)}{g.rnd.choice(string.ascii_uppercase)}"

    return g.valid(make, _nlpc.is_valid)


def ja_address(g: Gen) -> tuple[str, str]:
    """(full address, postcode)."""
    city, towns = g.rnd.choice(JA_PLACES)
    town, post = g.rnd.choice(towns)
    tail = g.rnd.choice(["", "", f" {g.rnd.choice(['メゾン', 'コーポ', 'サンハイツ'])}{g.rnd.randint(1, 9)}0{g.rnd.randint(1, 9)}号室"])
    return f"{city}{town}{g.rnd.randint(1, 9)}丁目{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)}{tail}", post


def ru_street(g: Gen) -> str:
    return f"{g.rnd.choice(RU_STREETS)}, д. {g.rnd.randint(1, 180)}" + g.rnd.choice(
        ["", f", кв. {g.rnd.randint(1, 240)}", f", кв. {g.rnd.randint(1, 240)}", f", корп. {g.rnd.randint(1, 4)}"])


# -- personal identifiers with check digits ----------------------------------------------------------------------------


def nhs_number(g: Gen, spaced: bool) -> str:
    number = g.valid(lambda: g.rnd.choice("4694") + g.digits(9), _nhs.is_valid)
    return _nhs.format(number) if spaced else number


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 665):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}"

    number = g.valid(make, _ssn.is_valid)
    return number if dashed else number.replace("-", "")


def ohip(g: Gen) -> str:
    """An Ontario health number: ten digits, the last a Luhn check digit over the first nine."""
    body = g.rnd.choice("123456789") + g.digits(8)
    return body + luhn.calc_check_digit(body)


def medicare_au(g: Gen) -> str:
    """An Australian Medicare card number: eight digits (the first 2 to 6), a check digit (weights 1, 3, 7, 9, 1, 3,
    7, 9 modulo 10), the issue number; ``individual`` reference number apart."""
    body = g.rnd.choice("23456") + g.digits(7)
    check = sum(int(d) * w for d, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    return f"{body}{check}{g.rnd.randint(1, 5)}"


def medicare_au_valid(number: str) -> bool:
    digits = "".join(ch for ch in number if ch.isdigit())
    if len(digits) != 10 or digits[0] not in "23456":
        return False
    return sum(int(d) * w for d, w in zip(digits[:8], (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10 == int(digits[8])


def ie_ppsn(g: Gen) -> str:
    return g.valid(lambda: g.digits(7) + g.rnd.choice("ABCDEFGHIJKLMNOPQRSTUVW") + g.rnd.choice(["", "", "A"]),
                   _pps.is_valid)


def za_id(g: Gen, born: date, female: bool) -> str:
    """A South African ID number encoding ``born`` and the sex (Luhn check digit; python-stdnum checks it)."""
    seq = g.rnd.randint(0, 4999) if female else g.rnd.randint(5000, 9999)
    body = f"{born:%y%m%d}{seq:04d}{g.rnd.choice('0001')}8"
    number = body + luhn.calc_check_digit(body)
    assert _zaid.is_valid(number)
    return number


def aadhaar(g: Gen, spaced: bool) -> str:
    def make() -> str:
        body = g.rnd.choice("23456789") + g.digits(10)
        return body + verhoeff.calc_check_digit(body)

    number = g.valid(make, _aadhaar.is_valid)
    return f"{number[:4]} {number[4:8]} {number[8:]}" if spaced else number


def abha(g: Gen) -> str:
    """An ABHA (health account) number, 14 digits as ``91-1234-5678-9012`` (no public check digit)."""
    return f"91-{g.digits(4)}-{g.digits(4)}-{g.digits(4)}"


def kvnr(g: Gen, last: str) -> str:
    """A German Krankenversichertennummer: the family name's initial, eight digits and a check digit (the letter
    as two digits, weights 1 and 2 alternating, cross sums of the products, modulo 10)."""
    letter = (plain(last)[:1] or "X").upper()
    body = g.rnd.choice("123456789") + g.digits(7)
    return letter + body + kvnr_check(letter, body)


def kvnr_check(letter: str, body: str) -> str:
    digits = f"{ord(letter) - 64:02d}{body}"
    total = 0
    for i, d in enumerate(digits):
        p = int(d) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return str(total % 10)


def fr_nir(g: Gen, female: bool, born: date, cog: str) -> str:
    """A French NIR encoding the sex, birth year and month and the birthplace (python-stdnum's key)."""
    body = f"{2 if female else 1}{born:%y%m}{cog}{g.rnd.randint(1, 999):03d}"
    number = body + _nir.calc_check_digits(body)
    assert _nir.is_valid(number)
    return number


def es_dni(g: Gen) -> str:
    if g.rnd.random() < 0.12:
        body = g.rnd.choice("XYZ") + g.digits(7)
        number = body + _nie.calc_check_digit(body)
        assert _nie.is_valid(number)
        return number
    body = g.digits(8)
    return body + _dni.calc_check_digit(body)


def es_nss(g: Gen) -> str:
    """A Spanish social-security number: province (28, Madrid), eight digits and two check digits, the whole
    first ten digits modulo 97."""
    body = "28" + g.rnd.choice("0123456") + g.digits(7)
    return f"{body[:2]}/{body[2:]}/{int(body) % 97:02d}"


def es_nss_valid(number: str) -> bool:
    digits = "".join(ch for ch in number if ch.isdigit())
    return len(digits) == 12 and int(digits[:10]) % 97 == int(digits[10:])


def es_iban(g: Gen) -> str:
    bank = g.rnd.choice(["2100", "0049", "0182", "2038", "0081"])
    body = bank + g.digits(4) + "00" + g.digits(10)
    number = body[:8] + _ccc.calc_check_digits(body) + body[10:]
    iban = _ccc.to_iban(number)
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if g.rnd.random() < 0.5 else iban


def _cf_part(text: str, given_name: bool) -> str:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vows = [ch for ch in letters if ch in "AEIOU"]
    if given_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return "".join((cons + vows + ["X", "X", "X"])[:3])


def it_codice_fiscale(first: str, last: str, born: date, female: bool, comune: str) -> str:
    """An Italian codice fiscale encoding the name, the birth date and the comune (check letter: python-stdnum)."""
    day = born.day + (40 if female else 0)
    body = (_cf_part(last, False) + _cf_part(first, True) + f"{born.year % 100:02d}" + "ABCDEHLMPRST"[born.month - 1]
            + f"{day:02d}" + comune)
    number = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(number)
    return number


def nl_bsn(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("123456") + g.digits(8), _bsn.is_valid)


def ru_snils(g: Gen) -> str:
    """A Russian SNILS ``123-456-789 01`` (weights 9 to 1, modulo 101, 100 as 00)."""
    body = g.rnd.choice("123456789") + g.digits(8)
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {snils_check(body)}"


def snils_check(body: str) -> str:
    total = sum(int(d) * w for d, w in zip(body, range(9, 0, -1), strict=True))
    return f"{total % 101 % 100:02d}"


def ru_inn_personal(g: Gen) -> str:
    body = g.rnd.choice(["54", "54", "22", "70"]) + g.digits(8)
    return body + _inn.calc_personal_check_digits(body)


# -- identifiers of businesses, professionals, samples and products (decoys) -------------------------------------------


def npi(g: Gen) -> str:
    """A US National Provider Identifier (Luhn over ``80840`` and the first nine digits)."""
    body = g.rnd.choice("12") + g.digits(8)
    return body + luhn.calc_check_digit("80840" + body)


def rpps(g: Gen) -> str:
    body = "10" + g.digits(8)
    return body + luhn.calc_check_digit(body)


def siret(g: Gen) -> str:
    body = g.rnd.choice("3458") + g.digits(7)
    siren = body + luhn.calc_check_digit(body)
    return g.valid(lambda: siren + g.digits(5), _siret.is_valid)


def it_piva(g: Gen) -> str:
    def make() -> str:
        body = g.digits(7) + "072"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _iva.is_valid)


def it_aic(g: Gen) -> str:
    body = "0" + g.digits(7)
    return body + _aic.calc_check_digit(body)


def gstin(g: Gen) -> str:
    """A Karnataka GSTIN (state 29) of a company (PAN with ``C`` as the fourth letter)."""
    def make() -> str:
        body = f"29{g.code('AAA')}C{g.code('A')}{g.digits(4)}{g.code('A')}1Z"
        alphabet = string.digits + string.ascii_uppercase
        total = 0
        for i, ch in enumerate(body):
            p = alphabet.index(ch) * (1 if i % 2 == 0 else 2)
            total += p // 36 + p % 36
        return body + alphabet[(36 - total % 36) % 36]

    return g.valid(make, _gstin.is_valid)


def ogrn(g: Gen) -> str:
    body = "1" + g.rnd.choice(["02", "05", "11", "15"]) + "54" + g.digits(7)
    number = body + _ogrn.calc_check_digit(body + "0")
    assert _ogrn.is_valid(number)
    return number


def jp_corporate(g: Gen) -> str:
    body = "12" + g.digits(10)
    return _jpcn.calc_check_digit(body) + body


def ean13(g: Gen, prefix: str) -> str:
    body = prefix + g.digits(12 - len(prefix))
    return body + ean.calc_check_digit(body)


def snomed(g: Gen) -> str:
    """A SNOMED CT concept id: an item number, the partition ``00`` and a Verhoeff check digit."""
    body = g.rnd.choice("1234789") + g.digits(g.rnd.randint(5, 7)) + "00"
    return body + verhoeff.calc_check_digit(body)


def card(g: Gen) -> str:
    """A reloadable prepaid card number (Visa or Mastercard prefix, Luhn)."""
    prefix = g.rnd.choice(["4", "4", "53"])
    body = prefix + g.digits(15 - len(prefix))
    return body + luhn.calc_check_digit(body)


def not_valid(g: Gen, make: Callable[[], str], check: Callable[[str], bool]) -> str:
    """``make()`` retried until ``check`` rejects it: an order number shaped like an identifier that fails its
    checksum."""
    return g.valid(make, lambda x: not check(x))


def sha1(g: Gen) -> str:
    return hashlib.sha1(str(g.rnd.random()).encode(), usedforsecurity=False).hexdigest()


def bcrypt_hash(g: Gen) -> str:
    alphabet = "./" + string.ascii_letters + string.digits
    return f"$2b$10${g.digits(53, alphabet)}"
