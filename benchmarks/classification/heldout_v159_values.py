"""Values of held-out set v159 (:mod:`benchmarks.classification.heldout_v159`): v159's random source, and names,
streets, towns, courts, firms and free-text snippets written by hand for v159's jury, witness-care, victim-support,
protection-order, court-interpreting and legal-aid systems (no Faker, no list of real people, no breach data), phones
checked with phonenumbers and identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v152's (which follow v98's and v146's); the lists below are new.
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
from stdnum.cz import dic as _ico
from stdnum.cz import rc as _rc
from stdnum.dk import cpr as _cpr
from stdnum.ie import pps as _pps
from stdnum.ie import vat as _ie_vat
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva
from stdnum.jp import in_ as _mynumber
from stdnum.nl import bsn as _bsn
from stdnum.tr import tckimlik as _tck
from stdnum.ua import rntrc as _rntrc
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _idnr

from benchmarks.classification.heldout_v2 import Column

SEED = 159_2026_1214
N = "none"
#: a login or a domestic bank account (``review``, as earlier sets labeled them)
UNCLASSIFIED = "unclassified"
#: NULL-like strings of v159's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "",
    " ",
    "-",
    "--",
    "NULL",
    "null",
    "n/a",
    "N/A",
    "NA",
    "none",
    "None",
    "nil",
    "Nil",
    "TBC",
    "0",
    "unknown",
    "geen",
    "n.v.t.",
    "ingen",
    "intet",
    "není",
    "nic",
    "nessuna",
    "n.d.",
    "yok",
    "belirtilmemiş",
    "なし",
    "特になし",
    "немає",
    "відсутні",
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v159:{SEED}:{table}")

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

    def weekday(self, lo: str, hi: str) -> date:
        return self.valid(lambda: self.day(lo, hi), lambda d: d.weekday() < 5)

    def days(self, lo: str, hi: str, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.day(lo, hi), null)

    def moment(self, lo: str, hi: str, start_hour: int = 0, end_hour: int = 23) -> datetime:
        seconds = self.rnd.randint(start_hour * 3_600, end_hour * 3_600 + 3_599)
        return datetime.combine(self.day(lo, hi), datetime.min.time()) + timedelta(seconds=seconds)

    def moments(self, lo: str, hi: str, null: float = 0.0, start_hour: int = 0, end_hour: int = 23) -> list[Any]:
        return self.col(lambda: self.moment(lo, hi, start_hour, end_hour), null)

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

    def valid(self, make: Callable[[], Any], ok: Callable[[Any], bool]) -> Any:
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

    def version(self, major: tuple[int, int] = (1, 9)) -> str:
        return f"{self.rnd.randint(*major)}.{self.rnd.randint(0, 24)}.{self.rnd.randint(0, 40)}"

    def ipv4(self) -> str:
        first = self.rnd.choice([27, 37, 46, 60, 77, 82, 93, 103, 106, 115, 122, 125, 146, 154, 176, 178, 188, 203])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2001:4860", "2404:6800", "2a02:c7c", "2c0f:fb50", "2401:7000", "2a01:110"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(6))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        """A number valid for ``region`` (a mobile or a fixed line of the table's area), formatted as ``fmt``."""
        local = _LOCAL.get(region)
        wanted = _MOBILE_TYPES if mobile else _FIXED_TYPES

        def ok(number: phonenumbers.PhoneNumber) -> bool:
            return (
                phonenumbers.is_valid_number(number)
                and phonenumbers.region_code_for_number(number) == region
                and phonenumbers.number_type(number) in wanted
            )

        number = None
        if local is not None:
            for _ in range(400):
                candidate = phonenumbers.parse(
                    f"+{phonenumbers.country_code_for_region(region)}{local[0 if mobile else 1](self)}"
                )
                if ok(candidate):
                    number = candidate
                    break
        if number is None:
            kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
            example = phonenumbers.example_number_for_type(region, kind)
            nsn = phonenumbers.national_significant_number(example)
            keep = max(len(nsn) - 6, 1)
            for _ in range(2_000):
                candidate = phonenumbers.parse(f"+{example.country_code}{nsn[:keep]}{self.digits(len(nsn) - keep)}")
                if ok(candidate):
                    number = candidate
                    break
        if number is None:
            raise RuntimeError(f"no valid phone for {region}")
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
        return self.col(
            lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile), null
        )




_MOBILE_TYPES = {phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
_FIXED_TYPES = {phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}


def _nanp(areas: list[str]) -> Callable[[Gen], str]:
    return lambda g: g.rnd.choice(areas) + str(g.rnd.randint(2, 9)) + g.digits(6)


def _pre(prefixes: list[str], width: int) -> Callable[[Gen], str]:
    """A national significant number: one of ``prefixes`` and random digits up to ``width`` digits."""

    def make(g: Gen) -> str:
        p = g.rnd.choice(prefixes)
        return p + g.digits(width - len(p))

    return make




#: region -> (a mobile's, a fixed line's national significant number) of the table's own area
_LOCAL: dict[str, tuple[Callable[[Gen], str], Callable[[Gen], str]]] = {
    "IE": (_pre(["83", "85", "86", "87", "89"], 9), _pre(["21"], 9)),
    "AU": (
        _pre(["400", "402", "403", "405", "409", "410", "412", "416", "418", "421", "423", "433", "438", "466"], 9),
        _pre(["882", "881", "883", "884"], 9),
    ),
    "GB": (_pre(["71", "73", "74", "75", "77", "78", "79"], 10), _pre(["1603", "1953", "1493"], 10)),
    "CA": (_nanp(["250", "236", "778"]), _nanp(["250"])),
    "US": (_nanp(["316"]), _nanp(["316"])),
    "IN": (
        _pre(["70", "72", "77", "80", "82", "86", "88", "90", "91", "93", "96", "97", "98", "99"], 10),
        _pre(["202", "206", "207", "2024"], 10),
    ),
    "ZA": (
        _pre(["60", "61", "62", "64", "65", "71", "72", "73", "74", "76", "78", "79", "82", "83", "84"], 9),
        _pre(["31", "312", "314"], 9),
    ),
    "NL": (_pre(["61", "62", "63", "64", "65", "68"], 9), _pre(["40"], 9)),
    "DK": (
        _pre(["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42", "50",
              "51", "52", "53", "60", "61", "71", "81", "91", "93"], 8),
        _pre(["86", "87", "89"], 8),
    ),
    "CZ": (
        _pre(["601", "602", "603", "604", "605", "606", "607", "608", "720", "721", "723", "724", "730", "731",
              "733", "734", "736", "737", "739", "770", "773", "775", "777", "792", "797"], 9),
        _pre(["54"], 9),
    ),
    "IT": (
        _pre(["320", "324", "327", "328", "329", "331", "333", "334", "338", "339", "340", "345", "347", "349",
              "350", "366", "388", "392"], 10),
        _pre(["080"], 10),
    ),
    "TR": (
        _pre(["501", "505", "506", "530", "532", "533", "535", "536", "537", "538", "539", "541", "542", "543",
              "544", "545", "546", "549", "551", "552", "553", "554", "555"], 10),
        _pre(["352"], 10),
    ),
    "JP": (_pre(["90", "80", "70"], 10), _pre(["76"], 9)),
    "UA": (_pre(["67", "68", "96", "97", "98", "50", "66", "95", "99", "63", "73", "93"], 9), _pre(["532"], 9)),
}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v159) ------------------------------------------------------------------------------------------

#: language -> (men's given names, women's given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "ie": (
        ["Cian", "Donnacha", "Eoghan", "Pádraig", "Fionn", "Ruairí", "Declan", "Colm", "Tadhg", "Kieran", "Mícheál",
         "Darragh"],
        ["Aoife", "Síle", "Clodagh", "Gráinne", "Niamh", "Orla", "Caoimhe", "Muireann", "Éabha", "Deirdre", "Róisín",
         "Siobhán"],
        ["Ó Súilleabháin", "McCarthy", "O'Callaghan", "Buckley", "Twomey", "Crowley", "O'Driscoll", "Hegarty",
         "Lehane", "Cronin", "Kiely", "Desmond", "Coughlan", "Ó Donnabháin", "Fitzgerald", "Barry"],
    ),
    "au": (
        ["Lachlan", "Brodie", "Nikolaos", "Jarrah", "Tuan", "Harrison", "Dylan", "Aaron", "Vikram", "Callum", "Riley",
         "Stavros"],
        ["Sienna", "Kaitlyn", "Eleni", "Tahlia", "Mai", "Brooke", "Alyssa", "Renee", "Priya", "Jessica", "Mikayla",
         "Voula"],
        ["Papadopoulos", "Verco", "Koerner", "Schultz", "Tran", "Nitschke", "Grieger", "Hannaford", "Liebelt",
         "Borgas", "Lienert", "Pham", "Fiebig", "Trenorden", "Agius", "Kakoulas"],
    ),
    "gb": (
        ["Jack", "Ryan", "Shaun", "Gareth", "Nathan", "Stuart", "Aaron", "Liam", "Kwame", "Tomasz", "Darren", "Owen"],
        ["Stacey", "Gemma", "Kelly", "Charlotte", "Amy", "Danielle", "Zoe", "Nicola", "Agnieszka", "Abena", "Leah",
         "Jodie"],
        ["Gotts", "Thrower", "Loveday", "Bunn", "Howes", "Curson", "Platten", "Youngs", "Gedge", "Mayes", "Nobbs",
         "Kowalczyk", "Mensah", "Cubitt", "Goymour", "Rix"],
    ),
    "ca": (
        ["Tyler", "Brody", "Jaspreet", "Cody", "Dustin", "Mandeep", "Colton", "Ryley", "Wade", "Owen", "Gurjit",
         "Travis"],
        ["Brittany", "Kaitlin", "Harjeet", "Chelsea", "Shelby", "Amanda", "Kirandeep", "Jenna", "Tara", "Mackenzie",
         "Raven", "Kelsey"],
        ["Gill", "Sidhu", "Kovacs", "Ferreira", "Unger", "Harder", "Loewen", "Kozak", "Paterson", "Wiens", "Bains",
         "Grewal", "Lalonde", "Thibault", "Louis", "Derickson"],
    ),
    "us": (
        ["Cody", "Brandon", "Jesus", "Tanner", "Dalton", "Quang", "Marcus", "Kyle", "Wyatt", "Trey", "Ramon", "Austin"],
        ["Ashley", "Brittany", "Yesenia", "Kaylee", "Destiny", "Linh", "Tasha", "Heather", "Amber", "Shayla", "Krystal",
         "Maribel"],
        ["Unruh", "Goering", "Schmidt", "Flores", "Regier", "Koehn", "Tran", "Dyck", "Penner", "Lopez", "Wedel",
         "Huxman", "Funk", "Brubaker", "Escobar", "Voth"],
    ),
    "in": (
        ["Sachin", "Ganesh", "Omkar", "Pranav", "Sandeep", "Tushar", "Akshay", "Mahesh", "Rohit", "Nilesh", "Vinayak",
         "Swapnil"],
        ["Snehal", "Pooja", "Ashwini", "Madhuri", "Rupali", "Sayali", "Pallavi", "Vaishali", "Shruti", "Kavita",
         "Manisha", "Jyoti"],
        ["Kulkarni", "Deshpande", "Jadhav", "Patil", "Shinde", "Gaikwad", "Pawar", "Joshi", "Bhosale", "Kale", "More",
         "Chavan", "Salunkhe", "Wagh", "Sonawane", "Dhumal"],
    ),
    "za": (
        ["Sibusiso", "Thulani", "Mandla", "Sanele", "Kuben", "Pravesh", "Bongani", "Mthokozisi", "Yusuf", "Njabulo",
         "Sipho", "Ashwin"],
        ["Nokuthula", "Zanele", "Thandeka", "Lindiwe", "Kershni", "Ayanda", "Nosipho", "Fathima", "Nompumelelo",
         "Sindisiwe", "Thobeka", "Reshma"],
        ["Ngcobo", "Zulu", "Mkhize", "Dlamini", "Naidoo", "Govender", "Pillay", "Khumalo", "Ndlovu", "Moodley", "Cele",
         "Gumede", "Shezi", "Mthembu", "Chetty", "Msomi"],
    ),
    "nl": (
        ["Bram", "Thijs", "Sander", "Joris", "Koen", "Stijn", "Mehmet", "Ruud", "Wouter", "Jeroen", "Guus", "Rachid"],
        ["Femke", "Lotte", "Marieke", "Ilse", "Sanne", "Anouk", "Fatma", "Ingrid", "Renske", "Esmee", "Noor", "Yvonne"],
        ["van den Heuvel", "de Wit", "Smulders", "Verhoeven", "van Gerwen", "Rovers", "Aarts", "Yildiz", "Claassen",
         "Hermans", "Bosmans", "van der Linden", "Coolen", "El Amrani", "Swinkels", "van Asten",
         "de Bruijn", "van Rooij"],
    ),
    "dk": (
        ["Mads", "Rasmus", "Søren", "Anders", "Mikkel", "Jesper", "Kasper", "Frederik", "Emil", "Troels", "Bjarke",
         "Ahmad"],
        ["Mette", "Sofie", "Camilla", "Line", "Signe", "Maja", "Louise", "Trine", "Ida", "Birgitte", "Karen", "Nadia"],
        ["Nielsen", "Jensen", "Sørensen", "Kristensen", "Rasmussen", "Østergaard", "Mikkelsen", "Bach", "Dalsgaard",
         "Kjær", "Thomsen", "Lund", "Vestergaard", "Bækgaard", "Hald", "Riis"],
    ),
    "it": (
        ["Vito", "Nicola", "Michele", "Giuseppe", "Domenico", "Francesco", "Onofrio", "Savino", "Pasquale", "Rocco",
         "Gaetano", "Luigi"],
        ["Angela", "Rosa", "Annalisa", "Mariangela", "Teresa", "Graziana", "Francesca", "Lucia", "Antonella", "Grazia",
         "Vincenza", "Ilaria"],
        ["Lorusso", "Didonna", "Lovecchio", "Caputo", "Amoruso", "Dellino", "Colonna", "Mastrorilli", "Fanelli",
         "Latorre", "Losito", "Sgobba", "Cassano", "Depalma", "Signorile", "Tanzi"],
    ),
    "tr": (
        ["Mehmet", "Mustafa", "Emre", "Burak", "Hasan", "Yusuf", "Oğuzhan", "Murat", "Serkan", "Furkan", "İbrahim",
         "Halil"],
        ["Ayşe", "Fatma", "Zeynep", "Elif", "Emine", "Hatice", "Merve", "Büşra", "Gülsüm", "Esra", "Şeyma", "Nurhan"],
        ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Kılıç", "Arslan", "Doğan", "Koç", "Kurt",
         "Özdemir", "Bozkurt", "Gündoğdu", "Erciyes"],
    ),
    "ja": (
        ["隆", "直樹", "和也", "雄一", "翼", "悠真", "達也", "修"],
        ["陽子", "綾香", "千尋", "舞", "理恵", "結衣", "智子", "早紀"],
        ["中川", "松本", "北村", "山下", "林", "前田", "坂本", "竹内", "西田", "宮本", "浅野", "米澤"],
    ),
    "ua": (
        ["Олег", "Володимир", "Юрій", "Петро", "Роман", "Максим", "Євген", "Ярослав", "Степан", "Артем"],
        ["Людмила", "Валентина", "Ганна", "Катерина", "Лариса", "Алла", "Софія", "Зоряна", "Надія", "Інна"],
        ["Кравченко", "Гончаренко", "Литвиненко", "Руденко", "Мороз", "Білоус", "Кобзар", "Нестеренко", "Дяченко",
         "Остапенко", "Зінченко", "Головко", "Сидоренко", "Приходько"],
    ),
}

#: Czech (men's given names, women's given names) and family names as (man's form, woman's form)
CZ_GIVEN = (
    ["Tomáš", "Ondřej", "Petr", "Lukáš", "Jiří", "Martin", "Vojtěch", "Stanislav", "Miroslav", "Filip"],
    ["Veronika", "Petra", "Tereza", "Hana", "Eva", "Markéta", "Jana", "Barbora", "Klára", "Lenka"],
)
CZ_FAMILY = [
    ("Dvořák", "Dvořáková"),
    ("Procházka", "Procházková"),
    ("Kratochvíl", "Kratochvílová"),
    ("Šťastný", "Šťastná"),
    ("Horák", "Horáková"),
    ("Pokorný", "Pokorná"),
    ("Zeman", "Zemanová"),
    ("Kopecký", "Kopecká"),
    ("Hrubý", "Hrubá"),
    ("Musil", "Musilová"),
    ("Fiala", "Fialová"),
    ("Sedláček", "Sedláčková"),
]

#: Japanese names: kanji -> (katakana reading, romaji)
JA_READ: dict[str, tuple[str, str]] = {
    "中川": ("ナカガワ", "nakagawa"),
    "松本": ("マツモト", "matsumoto"),
    "北村": ("キタムラ", "kitamura"),
    "山下": ("ヤマシタ", "yamashita"),
    "林": ("ハヤシ", "hayashi"),
    "前田": ("マエダ", "maeda"),
    "坂本": ("サカモト", "sakamoto"),
    "竹内": ("タケウチ", "takeuchi"),
    "西田": ("ニシダ", "nishida"),
    "宮本": ("ミヤモト", "miyamoto"),
    "浅野": ("アサノ", "asano"),
    "米澤": ("ヨネザワ", "yonezawa"),
    "隆": ("タカシ", "takashi"),
    "直樹": ("ナオキ", "naoki"),
    "和也": ("カズヤ", "kazuya"),
    "雄一": ("ユウイチ", "yuichi"),
    "翼": ("ツバサ", "tsubasa"),
    "悠真": ("ユウマ", "yuma"),
    "達也": ("タツヤ", "tatsuya"),
    "修": ("オサム", "osamu"),
    "陽子": ("ヨウコ", "yoko"),
    "綾香": ("アヤカ", "ayaka"),
    "千尋": ("チヒロ", "chihiro"),
    "舞": ("マイ", "mai"),
    "理恵": ("リエ", "rie"),
    "結衣": ("ユイ", "yui"),
    "智子": ("トモコ", "tomoko"),
    "早紀": ("サキ", "saki"),
}

#: Ukrainian men's given names -> (a son's, a daughter's patronymic)
UA_PATRONYMIC: dict[str, tuple[str, str]] = {
    "Олег": ("Олегович", "Олегівна"),
    "Володимир": ("Володимирович", "Володимирівна"),
    "Юрій": ("Юрійович", "Юріївна"),
    "Петро": ("Петрович", "Петрівна"),
    "Роман": ("Романович", "Романівна"),
    "Максим": ("Максимович", "Максимівна"),
    "Євген": ("Євгенович", "Євгенівна"),
    "Ярослав": ("Ярославович", "Ярославівна"),
    "Степан": ("Степанович", "Степанівна"),
    "Артем": ("Артемович", "Артемівна"),
}

_UA_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z", "и": "y",
    "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
    "я": "ia", "'": "",
}
_TR_LATIN = str.maketrans({"ı": "i", "İ": "i", "ğ": "g", "ş": "s", "ç": "c", "ö": "o", "ü": "u", "Ş": "s", "Ç": "c"})


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) of ``lang``."""
    if female is None:
        female = g.rnd.random() < 0.5
    if lang == "cz":
        man, woman = g.rnd.choice(CZ_FAMILY)
        return g.rnd.choice(CZ_GIVEN[1] if female else CZ_GIVEN[0]), woman if female else man
    male, fem, fam = NAMES[lang]
    return g.rnd.choice(fem if female else male), g.rnd.choice(fam)


def whole(g: Gen, lang: str, female: bool | None = None) -> str:
    """A whole name as the country writes it (family name first in Japanese, with the patronymic in Ukrainian)."""
    if female is None:
        female = g.rnd.random() < 0.5
    a, b = person(g, lang, female)
    if lang == "ja":
        return f"{b} {a}"
    if lang == "ua":
        return f"{b} {a} {patronymic(g, female)}"
    return f"{a} {b}"


def given(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def patronymic(g: Gen, female: bool) -> str:
    return UA_PATRONYMIC[g.rnd.choice(NAMES["ua"][0])][1 if female else 0]


def staff(g: Gen, n: int, lang: str, style: str = "whole") -> list[str]:
    """``n`` distinct staff members' names (``whole``, ``first``, ``last``, ``initial`` as ``Gemma B.``)."""
    out: set[str] = set()
    while len(out) < n:
        female = g.rnd.random() < 0.6
        a, b = person(g, lang, female)
        if style == "first":
            out.add(a)
        elif style == "last":
            out.add(b)
        elif style == "initial":
            out.add(f"{a} {b[0]}.")
        elif lang == "ja":
            out.add(f"{b} {a}")
        else:
            out.add(f"{a} {b}")
    return sorted(out)


def latin(text: str) -> str:
    """``text`` in ASCII letters: Ukrainian transliterated, Japanese by its romaji, accents dropped."""
    if text in JA_READ:
        return JA_READ[text][1]
    if any("\u0400" <= ch <= "\u04ff" for ch in text):
        text = "".join(_UA_LATIN.get(ch, ch) for ch in text.lower())
    text = text.translate(_TR_LATIN)
    return "".join(ch for ch in fold(text) if ch.isalnum() or ch == ".")


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = latin(first.split()[0]) or "user", latin(last.split()[-1]) or "mail"
    local = g.rnd.choice(
        [
            f"{a}.{b}",
            f"{a[0]}{b}",
            f"{a}{g.rnd.randint(1, 99)}",
            f"{b}.{a}{g.rnd.randint(70, 99)}",
            f"{a}_{b}{g.rnd.randint(1, 9)}",
        ]
    )
    return f"{local}@{g.rnd.choice(domains)}"


DOMAINS: dict[str, list[str]] = {
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "icloud.com"],
    "au": ["gmail.com", "bigpond.com", "internode.on.net", "outlook.com", "hotmail.com"],
    "gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk"],
    "ca": ["gmail.com", "shaw.ca", "telus.net", "hotmail.com", "outlook.com"],
    "us": ["gmail.com", "yahoo.com", "cox.net", "outlook.com", "icloud.com"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "icloud.com", "outlook.com"],
    "nl": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.com", "outlook.com"],
    "dk": ["gmail.com", "hotmail.com", "mail.dk", "outlook.dk", "live.dk"],
    "cz": ["seznam.cz", "email.cz", "gmail.com", "centrum.cz", "volny.cz"],
    "it": ["gmail.com", "libero.it", "virgilio.it", "alice.it", "tiscali.it"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com", "mynet.com"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp"],
    "ua": ["ukr.net", "gmail.com", "i.ua", "meta.ua"],
}

# -- places (written for v159) -----------------------------------------------------------------------------------------

#: (town or suburb, Eircode routing key) around Cork
IE_PLACES = [
    ("Ballincollig", "P31"),
    ("Carrigaline", "P43"),
    ("Douglas", "T12"),
    ("Bishopstown", "T12"),
    ("Blackrock", "T12"),
    ("Glanmire", "T45"),
    ("Mayfield", "T23"),
    ("Midleton", "P25"),
    ("Cobh", "P24"),
    ("Mallow", "P51"),
    ("Bandon", "P72"),
    ("Togher", "T12"),
]
IE_STREETS = [
    "Model Farm Road",
    "Douglas Road",
    "Blarney Street",
    "Old Youghal Road",
    "Ballyhooly Road",
    "Skehard Road",
    "Wilton Road",
    "Station Road",
    "Main Street",
    "Church Road",
    "Maryborough Hill",
    "Summerhill North",
]
#: (suburb, postcode) of Adelaide
AU_PLACES = [
    ("Norwood", "5067"),
    ("Prospect", "5082"),
    ("Salisbury", "5108"),
    ("Modbury", "5092"),
    ("Glenelg", "5045"),
    ("Morphett Vale", "5162"),
    ("Elizabeth", "5112"),
    ("Unley", "5061"),
    ("Mount Barker", "5251"),
    ("Port Adelaide", "5015"),
    ("Marion", "5043"),
    ("Campbelltown", "5074"),
]
AU_STREETS = [
    "Magill Rd",
    "Portrush Rd",
    "Prospect Rd",
    "Main North Rd",
    "Anzac Hwy",
    "Goodwood Rd",
    "Grand Junction Rd",
    "The Parade",
    "Henley Beach Rd",
    "Fullarton Rd",
    "Marion Rd",
    "Brighton Rd",
]
#: (town, postcode district) around Norwich
GB_PLACES = [
    ("Norwich", "NR1"),
    ("Norwich", "NR2"),
    ("Norwich", "NR3"),
    ("Norwich", "NR4"),
    ("Norwich", "NR5"),
    ("Norwich", "NR6"),
    ("Norwich", "NR7"),
    ("Wymondham", "NR18"),
    ("Dereham", "NR19"),
    ("Great Yarmouth", "NR30"),
    ("Thetford", "IP24"),
    ("King's Lynn", "PE30"),
]
GB_STREETS = [
    "Dereham Road",
    "Earlham Road",
    "Unthank Road",
    "Magdalen Street",
    "Aylsham Road",
    "Plumstead Road",
    "Ipswich Road",
    "Sprowston Road",
    "Colman Road",
    "Bowthorpe Road",
    "Thorpe Road",
    "Hall Road",
]
#: (municipality, forward sortation area) around Kelowna
CA_PLACES = [
    ("Kelowna", "V1Y"),
    ("Kelowna", "V1X"),
    ("Kelowna", "V1W"),
    ("Kelowna", "V1V"),
    ("West Kelowna", "V4T"),
    ("Lake Country", "V4V"),
    ("Peachland", "V0H"),
    ("Vernon", "V1T"),
    ("Penticton", "V2A"),
]
CA_STREETS = [
    "Harvey Ave",
    "Bernard Ave",
    "Springfield Rd",
    "Gordon Dr",
    "Lakeshore Rd",
    "Glenmore Rd",
    "Rutland Rd N",
    "Hollywood Rd S",
    "Pandosy St",
    "KLO Rd",
    "Clement Ave",
    "Boucherie Rd",
]
#: (city, ZIP) around Wichita
US_PLACES = [
    ("WICHITA", "67203"),
    ("WICHITA", "67211"),
    ("WICHITA", "67214"),
    ("WICHITA", "67218"),
    ("WICHITA", "67217"),
    ("DERBY", "67037"),
    ("HAYSVILLE", "67060"),
    ("PARK CITY", "67219"),
    ("MAIZE", "67101"),
    ("ANDOVER", "67002"),
    ("EL DORADO", "67042"),
]
US_STREETS = [
    "N BROADWAY",
    "E DOUGLAS AVE",
    "S SENECA ST",
    "W CENTRAL AVE",
    "E HARRY ST",
    "S OLIVER ST",
    "N HILLSIDE ST",
    "W MAPLE ST",
    "E PAWNEE ST",
    "N AMIDON AVE",
    "S MERIDIAN AVE",
    "E 13TH ST N",
]
#: (locality, PIN) of Pune
IN_PLACES = [
    ("Kothrud", "411038"),
    ("Hadapsar", "411028"),
    ("Yerawada", "411006"),
    ("Pimpri", "411018"),
    ("Chinchwad", "411033"),
    ("Wakad", "411057"),
    ("Katraj", "411046"),
    ("Bibwewadi", "411037"),
    ("Aundh", "411007"),
    ("Warje", "411058"),
    ("Kondhwa", "411048"),
    ("Bhosari", "411026"),
]
IN_STREETS = [
    "Paud Road",
    "Sinhagad Road",
    "Nagar Road",
    "Solapur Road",
    "Karve Road",
    "Satara Road",
    "Alandi Road",
    "Baner Road",
    "Kondhwa Road",
    "Old Mumbai-Pune Highway",
]
#: (suburb or township, postal code) around Durban
ZA_PLACES = [
    ("Umlazi", "4031"),
    ("KwaMashu", "4360"),
    ("Phoenix", "4068"),
    ("Chatsworth", "4092"),
    ("Pinetown", "3610"),
    ("Berea", "4001"),
    ("Morningside", "4001"),
    ("Westville", "3629"),
    ("Inanda", "4310"),
    ("Amanzimtoti", "4126"),
]
ZA_STREETS = [
    "Anton Lembede St",
    "Florida Rd",
    "Inanda Rd",
    "Mahatma Gandhi Rd",
    "Che Guevara Rd",
    "Sarnia Rd",
    "Stanfield Ln",
    "Dr Pixley KaSeme St",
    "Bluff Rd",
    "Old Main Rd",
    "Havenside Dr",
    "Mangosuthu Hwy",
]
#: (woonplaats, postcode digits) around Eindhoven
NL_PLACES = [
    ("Eindhoven", "5611"),
    ("Eindhoven", "5623"),
    ("Eindhoven", "5642"),
    ("Eindhoven", "5654"),
    ("Eindhoven", "5615"),
    ("Veldhoven", "5504"),
    ("Best", "5681"),
    ("Geldrop", "5664"),
    ("Nuenen", "5671"),
    ("Helmond", "5701"),
    ("Waalre", "5581"),
]
NL_STREETS = [
    "Kruisstraat",
    "Boschdijk",
    "Hoogstraat",
    "Aalsterweg",
    "Geldropseweg",
    "Tongelresestraat",
    "Leenderweg",
    "Vestdijk",
    "Pastoor van Arsweg",
    "Kastanjelaan",
    "Marconilaan",
    "Hastelweg",
]
#: (postnummer, by) around Aarhus
DK_PLACES = [
    ("8000", "Aarhus C"),
    ("8200", "Aarhus N"),
    ("8210", "Aarhus V"),
    ("8220", "Brabrand"),
    ("8230", "Åbyhøj"),
    ("8240", "Risskov"),
    ("8260", "Viby J"),
    ("8270", "Højbjerg"),
    ("8300", "Odder"),
    ("8660", "Skanderborg"),
    ("8381", "Tilst"),
    ("8520", "Lystrup"),
]
DK_STREETS = [
    "Frederiksgade",
    "Randersvej",
    "Silkeborgvej",
    "Viborgvej",
    "Skanderborgvej",
    "Grenåvej",
    "Jyllandsgade",
    "Vestergade",
    "Ny Munkegade",
    "Katrinebjergvej",
    "Hasle Ringvej",
    "Marselis Boulevard",
]
#: (obec, PSČ) around Brno
CZ_PLACES = [
    ("Brno-Bystrc", "635 00"),
    ("Brno-Žabovřesky", "616 00"),
    ("Brno-Královo Pole", "612 00"),
    ("Brno-Líšeň", "628 00"),
    ("Brno-Židenice", "615 00"),
    ("Brno-Bohunice", "625 00"),
    ("Blansko", "678 01"),
    ("Vyškov", "682 01"),
    ("Kuřim", "664 34"),
    ("Šlapanice", "664 51"),
]
CZ_STREETS = [
    "Kotlářská",
    "Lidická",
    "Cejl",
    "Vídeňská",
    "Palackého třída",
    "Minská",
    "Bystrcká",
    "Jihlavská",
    "Masarykova",
    "Křenová",
    "Štefánikova",
    "Slovinská",
]
#: (comune, CAP) around Bari
IT_PLACES = [
    ("Bari", "70121"),
    ("Bari", "70124"),
    ("Bari", "70126"),
    ("Bari", "70131"),
    ("Modugno", "70026"),
    ("Bitonto", "70032"),
    ("Molfetta", "70056"),
    ("Altamura", "70022"),
    ("Monopoli", "70043"),
    ("Triggiano", "70019"),
    ("Corato", "70033"),
]
#: (birthplace, cadastral code)
IT_BIRTHPLACES = [
    ("Bari", "A662"),
    ("Altamura", "A225"),
    ("Bitonto", "A893"),
    ("Molfetta", "F284"),
    ("Taranto", "L049"),
    ("Foggia", "D643"),
    ("Lecce", "E506"),
    ("Napoli", "F839"),
    ("Brindisi", "B180"),
    ("Matera", "F052"),
]
IT_STREETS = [
    "Via Sparano da Bari",
    "Corso Cavour",
    "Via Argiro",
    "Via Capruzzi",
    "Viale Japigia",
    "Via Amendola",
    "Corso Alcide De Gasperi",
    "Via Napoli",
    "Via Giulio Petroni",
    "Strada San Giorgio Martire",
    "Via Re David",
    "Viale Unità d'Italia",
]
#: (ilçe, posta kodu) of Kayseri
TR_PLACES = [
    ("Melikgazi", "38030"),
    ("Melikgazi", "38039"),
    ("Kocasinan", "38010"),
    ("Kocasinan", "38090"),
    ("Talas", "38280"),
    ("Hacılar", "38210"),
    ("İncesu", "38500"),
    ("Develi", "38400"),
    ("Yahyalı", "38600"),
    ("Bünyan", "38700"),
]
TR_NEIGHBOURHOODS = [
    "Cumhuriyet Mah.",
    "Esentepe Mah.",
    "Köşk Mah.",
    "Gevhernesibe Mah.",
    "Yıldırım Beyazıt Mah.",
    "Mimarsinan Mah.",
    "Erkilet Mah.",
    "Talas Merkez Mah.",
    "Anayurt Mah.",
    "Hunat Mah.",
]
TR_STREETS = [
    "Sivas Cad.",
    "Talas Cad.",
    "Osman Kavuncu Bulvarı",
    "Kocasinan Bulvarı",
    "Atatürk Bulvarı",
    "Sahabiye Cad.",
    "Millet Cad.",
    "Mustafa Kemal Paşa Bulvarı",
    "Erciyes Evler Sok.",
    "Gül Sok.",
]
#: (municipality, postal code prefix) around Kanazawa
JA_PLACES = [
    ("金沢市", "920"),
    ("金沢市", "921"),
    ("野々市市", "921"),
    ("白山市", "924"),
    ("かほく市", "929"),
    ("小松市", "923"),
    ("津幡町", "929"),
    ("内灘町", "920"),
]
JA_STREETS = [
    "片町2丁目4-11",
    "広坂1丁目2-7",
    "長町3丁目8-15",
    "もりの里1丁目120",
    "西念4丁目22-3",
    "御経塚2丁目145",
    "北安江3丁目1-28",
    "松任町6-9",
    "高柳町3-12",
    "大手町11-5",
    "額新町2丁目88",
    "泉野町5丁目3-20",
]
#: (населений пункт, поштовий індекс) around Poltava
UA_PLACES = [
    ("Полтава", "36000"),
    ("Полтава", "36011"),
    ("Полтава", "36023"),
    ("Полтава", "36039"),
    ("м. Кременчук", "39600"),
    ("м. Миргород", "37600"),
    ("м. Лубни", "37500"),
    ("смт Решетилівка", "38400"),
    ("с. Терешки", "38762"),
    ("с. Супрунівка", "38751"),
    ("м. Карлівка", "39500"),
]
UA_STREETS = [
    "вул. Соборності",
    "вул. Європейська",
    "вул. Шевченка",
    "вул. Небесної Сотні",
    "вул. Пушкарівська",
    "вул. Зіньківська",
    "вул. Половка",
    "вул. Монастирська",
    "Київське шосе",
    "вул. Героїв Сталінграда",
]


def street(g: Gen, streets: list[str], lang: str) -> str:
    s = g.rnd.choice(streets)
    if lang in ("au", "gb", "ca", "us", "za", "ie"):
        n = g.rnd.randint(1, 9_900 if lang == "us" else 240)
        if lang == "au" and g.rnd.random() < 0.2:
            return f"{g.rnd.randint(1, 12)}/{n} {s}"
        if lang == "ie" and g.rnd.random() < 0.3:
            estate = g.rnd.choice(["Ard na Gréine", "Cluain Ard", "The Paddocks", "Orchard Court"])
            return f"{g.rnd.randint(1, 60)} {estate}"
        return f"{n} {s}"
    if lang == "in":
        return f"{g.rnd.choice(['Flat ', 'Sr. No. ', ''])}{g.rnd.randint(1, 60)}/{g.rnd.randint(1, 40)}, {s}".strip()
    if lang == "nl":
        suffix = g.rnd.choice(["a", "b", "-2", "-3"]) if g.rnd.random() < 0.2 else ""
        return f"{s} {g.rnd.randint(1, 240)}{suffix}"
    if lang == "dk":
        floor = g.rnd.choice(["", ", st.", ", 1. tv.", ", 2. th.", ", 3. mf.", ", 4. tv."])
        return f"{s} {g.rnd.randint(1, 180)}{floor}"
    if lang == "cz":
        return f"{s} {g.rnd.randint(1, 2_900)}/{g.rnd.randint(1, 120)}"
    if lang == "it":
        return f"{s} {g.rnd.randint(1, 180)}"
    if lang == "tr":
        apt = f" D: {g.rnd.randint(1, 24)}" if g.rnd.random() < 0.8 else ""
        return f"{g.rnd.choice(TR_NEIGHBOURHOODS)} {s} No: {g.rnd.randint(1, 140)}{apt}"
    if lang == "ua":
        return f"{s}, буд. {g.rnd.randint(1, 160)}" + (f", кв. {g.rnd.randint(1, 240)}" if g.rnd.random() < 0.7 else "")
    return s


def eircode(g: Gen, key: str) -> str:
    """An Eircode: the routing key and a unique identifier of four letters and digits (by shape)."""
    alphabet = "ACDEFHKNPRTVWXY0123456789"
    first = g.rnd.choice("ACDEFHKNPRTVWXY")
    return f"{key} {first}{g.digits(3, alphabet)}"


def nl_postcode(g: Gen, digits: str) -> str:
    letters = g.valid(lambda: g.code("AA"), lambda x: x not in ("SA", "SD", "SS") and "F" not in x and "I" not in x)
    return f"{digits} {letters}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def pps(g: Gen) -> str:
    """An Irish PPS number: seven digits, the check letter (python-stdnum) and, for newer numbers, ``A`` or ``B``."""

    def make() -> str:
        body = g.digits(7)
        if g.rnd.random() < 0.6:
            second = g.rnd.choice("AAB")
            return body + _ie_vat.calc_check_digit(body + second) + second
        return body + _ie_vat.calc_check_digit(body)

    return g.valid(make, _pps.is_valid)


def pps_decoy(g: Gen) -> str:
    """Seven digits and two letters written like a PPS number and failing its check (a juror panel reference)."""
    return g.valid(lambda: g.digits(7) + g.code("A") + "A", lambda x: not _pps.is_valid(x))


def tfn(g: Gen) -> str:
    """An Australian tax file number (nine digits, weighted check by python-stdnum), written ``123 456 782``."""
    d = g.valid(lambda: str(g.rnd.randint(1, 8)) + g.digits(8), _tfn.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def tfn_decoy(g: Gen) -> str:
    """Nine digits spaced like a TFN and failing its check (a payment batch reference)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 8)) + g.digits(8), lambda x: not _tfn.is_valid(x))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def abn(g: Gen) -> str:
    """An Australian business number (eleven digits, check digits by python-stdnum)."""
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    return _abn.format(_abn.calc_check_digits(body) + body)


def gb_nino(g: Gen) -> str:
    """A UK National Insurance number (by shape: prefix rules, no check digit exists)."""
    first, second = "ABCEGHJKLMNOPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
    prefix = g.valid(
        lambda: g.rnd.choice(first) + g.rnd.choice(second),
        lambda p: p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"),
    )
    d = g.digits(6)
    if g.rnd.random() < 0.5:
        return f"{prefix}{d}{g.rnd.choice('ABCD')}"
    return f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {g.rnd.choice('ABCD')}"


def sin(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.choice([1, 1, 2, 4, 5, 6, 7])) + g.digits(8), _sin.is_valid)
    return f"{d[:3]}-{d[3:6]}-{d[6:]}" if g.rnd.random() < 0.5 else d


def sin_decoy(g: Gen) -> str:
    """Nine digits spaced like a SIN and failing its Luhn check (a victim services file number)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 7)) + g.digits(8), lambda x: not _sin.is_valid(x))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def us_ssn(g: Gen) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    return g.valid(make, _ssn.is_valid)


def us_ssn_decoy(g: Gen) -> str:
    """Nine digits shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    return g.rnd.choice(["000", "666", f"9{g.digits(2)}"]) + g.digits(6)


def aadhaar(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if g.rnd.random() < 0.6 else d


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (an application number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def pan(g: Gen, family: str) -> str:
    initial = (latin(family)[:1] or "K").upper()
    return g.valid(lambda: g.code("AAA") + "P" + initial + g.digits(4) + g.code("A"), _pan.is_valid)


def za_id(g: Gen, born: date, female: bool) -> str:
    def make() -> str:
        seq = g.rnd.randint(0, 4_999) if female else g.rnd.randint(5_000, 9_999)
        body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:04d}08"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _idnr.is_valid)


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits failing the South African ID number's check (a case number of the booking system)."""
    return g.valid(lambda: "25" + g.digits(11), lambda x: not _idnr.is_valid(x))


def bsn(g: Gen) -> str:
    """A Dutch BSN (nine digits passing the eleven test, by python-stdnum)."""
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), _bsn.is_valid)


def bsn_decoy(g: Gen) -> str:
    """Nine digits failing the eleven test (a registration number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), lambda x: not _bsn.is_valid(x))


def cpr(g: Gen, born: date, female: bool) -> str:
    """A Danish CPR number: the birth date ``DDMMYY``, a serial whose first digit gives the century and whose last
    digit is even for women (python-stdnum checks the date it encodes), written ``DDMMYY-SSSS``."""

    def make() -> str:
        if born.year < 2000:
            first = g.rnd.choice("0123") if born.year < 1937 else g.rnd.choice("01234")
        else:
            first = g.rnd.choice("49")
        last = g.rnd.choice("02468" if female else "13579")
        return born.strftime("%d%m%y") + first + g.digits(2) + last

    d = g.valid(make, lambda x: _cpr.is_valid(x) and _cpr.get_birth_date(x) == born)
    return f"{d[:6]}-{d[6:]}"


def cpr_decoy(g: Gen) -> str:
    """``DDMMYY-SSSS`` whose date cannot exist (day 32 to 39), so it fails the CPR check (a case number)."""

    def make() -> str:
        return f"{g.rnd.randint(32, 39)}{g.rnd.randint(1, 12):02d}{g.digits(2)}-{g.digits(4)}"

    return g.valid(make, lambda x: not _cpr.is_valid(x))


def rodne_cislo(g: Gen, born: date, female: bool) -> str:
    month = born.month + (50 if female else 0)

    def make() -> str:
        head = f"{born:%y}{month:02d}{born.day:02d}{g.digits(3)}"
        return head + str(int(head) % 11 % 10)

    d = g.valid(make, lambda x: _rc.is_valid(x) and _rc.get_birth_date(x) == born)
    return f"{d[:6]}/{d[6:]}"


def rodne_cislo_decoy(g: Gen) -> str:
    """Ten digits written like a birth number and failing its check (a file number)."""
    return g.valid(lambda: g.digits(6) + "/" + g.digits(4), lambda x: not _rc.is_valid(x))


def ico(g: Gen) -> str:
    """A Czech company number (IČO, eight digits with its check digit)."""
    return g.valid(lambda: str(g.rnd.randint(1, 7)) + g.digits(7), _ico.is_valid)


def _cf_letters(text: str, given: bool) -> str:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vows = [ch for ch in letters if ch in "AEIOU"]
    if given and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return "".join(cons + vows + ["X", "X", "X"])[:3]


def codice_fiscale(first: str, last: str, born: date, female: bool, place: str) -> str:
    """An Italian codice fiscale encoding the names, birth date, sex and place of birth (check by python-stdnum)."""
    day = born.day + (40 if female else 0)
    month = "ABCDEHLMPRST"[born.month - 1]
    body = f"{_cf_letters(last, False)}{_cf_letters(first, True)}{born:%y}{month}{day:02d}{place}"
    number = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(number), number
    return number


def partita_iva(g: Gen) -> str:
    """An Italian VAT number of a business (eleven digits, Luhn-style check by python-stdnum)."""
    return g.valid(lambda: g.digits(7) + g.rnd.choice(["072", "072", "073", "074"]) + g.digits(1), _iva.is_valid)


def tckn(g: Gen) -> str:
    """A Turkish T.C. kimlik numarası (eleven digits, two check digits by python-stdnum)."""
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    number = body + _tck.calc_check_digits(body)
    assert _tck.is_valid(number)
    return number


def tckn_decoy(g: Gen) -> str:
    """Eleven digits failing the T.C. kimlik check (a court file's UYAP number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _tck.is_valid(x))


def my_number(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(10)
    d = body + _mynumber.calc_check_digit(body)
    assert _mynumber.is_valid(d)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if g.rnd.random() < 0.5 else d


def my_number_decoy(g: Gen) -> str:
    """Twelve digits failing My Number's check (a candidate number)."""
    return g.valid(lambda: "25" + g.digits(10), lambda x: not _mynumber.is_valid(x))


def rntrc(g: Gen, born: date, female: bool) -> str:
    """A Ukrainian RNOKPP: days since 1899-12-31, a serial whose last digit is even for women, a check digit."""
    days = (born - date(1899, 12, 31)).days

    def make() -> str:
        serial = g.digits(3) + str(g.rnd.choice("02468" if female else "13579"))
        body = f"{days:05d}{serial}"
        return body + _rntrc.calc_check_digit(body)

    return g.valid(make, _rntrc.is_valid)


def rntrc_decoy(g: Gen) -> str:
    """Ten digits failing the RNOKPP check (a proceeding number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 4)) + g.digits(9), lambda x: not _rntrc.is_valid(x))


def card(g: Gen, spaced: bool = True) -> str:
    head = g.rnd.choice(["4", "4", "51", "53", "55"])
    body = head + g.digits(15 - len(head))
    d = body + luhn.calc_check_digit(body)
    return " ".join(d[i : i + 4] for i in range(0, 16, 4)) if spaced else d


def iban(country: str, bban: str) -> str:
    check = _iban.calc_check_digits(f"{country}00{bban}")
    number = f"{country}{check}{bban}"
    assert _iban.is_valid(number), number
    return number


def spaced(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def ie_iban(g: Gen) -> str:
    bank, sort = g.rnd.choice([("AIBK", "93"), ("BOFI", "90"), ("IPBS", "99"), ("PTSB", "99")])
    return iban("IE", bank + sort + g.digits(4) + g.digits(8))


def nl_iban(g: Gen) -> str:
    return iban("NL", g.rnd.choice(["INGB", "RABO", "ABNA", "SNSB", "TRIO", "ASNB"]) + g.digits(10))


def it_iban(g: Gen) -> str:
    abi = g.rnd.choice(["03069", "02008", "05424", "03111", "01030", "05385"])
    bban = g.code("A") + abi + g.rnd.choice(["04000", "04001", "41750", "04199"]) + g.digits(12)
    return iban("IT", bban)


def tr_iban(g: Gen) -> str:
    return iban("TR", g.rnd.choice(["00010", "00012", "00015", "00046", "00062", "00064"]) + "0" + g.digits(16))


def ua_iban(g: Gen) -> str:
    return iban("UA", g.rnd.choice(["305299", "322001", "331401", "300528"]) + g.digits(19))


def dk_account(g: Gen) -> str:
    """A Danish bank account (registration number and account number), unvalidated."""
    return f"{g.rnd.choice(['1551', '3409', '9570', '7730', '5301', '2280'])}-{g.digits(10)}"


def cz_account(g: Gen) -> str:
    prefix = f"{g.rnd.randint(19, 670_100)}-" if g.rnd.random() < 0.3 else ""
    number = g.rnd.randint(100_000, 9_999_999_999)
    return f"{prefix}{number}/{g.rnd.choice(['0800', '0100', '0300', '2010', '5500', '0600'])}"


def dmy(d: date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"
