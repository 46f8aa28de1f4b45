"""Values of held-out set v150 (:mod:`benchmarks.classification.heldout_v150`): v150's random source, and names,
streets, towns, utilities, contractors and free-text snippets written by hand for v150's electricity, water and gas
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
from stdnum.au import abn as _abn
from stdnum.cz import bankaccount as _czacct
from stdnum.cz import dic as _dic
from stdnum.cz import rc as _rc
from stdnum.de import idnr as _idnr
from stdnum.es import ccc as _ccc
from stdnum.es import cif as _cif
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _afm
from stdnum.ie import pps as _pps
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva
from stdnum.jp import in_ as _mynumber
from stdnum.se import orgnr as _orgnr
from stdnum.se import personnummer as _pnr
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 150_2026_1207
N = "none"
#: a login or a domestic bank account (``review``, as earlier sets labeled them)
UNCLASSIFIED = "unclassified"
#: NULL-like strings of v150's systems (tests skip them)
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
    "unknown",
    "Unknown",
    "?",
    "nil",
    "Nil",
    "NIL",
    "TBC",
    "0",
    "keine",
    "k.A.",
    "ninguna",
    "s/d",
    "nessuna",
    "n.d.",
    "není",
    "nic",
    "saknas",
    "ingen",
    "なし",
    "特になし",
    "καμία",
    "δεν υπάρχει",
    "NONE",
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v150:{SEED}:{table}")

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

    def day(self, lo: str, hi: str) -> date:
        a, b = date.fromisoformat(lo), date.fromisoformat(hi)
        return a + timedelta(days=self.rnd.randint(0, (b - a).days))

    def days(self, lo: str, hi: str, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.day(lo, hi), null)

    def moment(self, lo: str, hi: str, start_hour: int = 0, end_hour: int = 23) -> datetime:
        seconds = self.rnd.randint(start_hour * 3_600, end_hour * 3_600 + 3_599)
        return datetime.combine(self.day(lo, hi), datetime.min.time()) + timedelta(seconds=seconds)

    def moments(self, lo: str, hi: str, null: float = 0.0, start_hour: int = 0, end_hour: int = 23) -> list[Any]:
        return self.col(lambda: self.moment(lo, hi, start_hour, end_hour), null)

    def birth(self, lo: int, hi: int) -> date:
        return self.day(f"{lo}-01-01", f"{hi}-12-31")

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

    def version(self, major: tuple[int, int] = (1, 9)) -> str:
        return f"{self.rnd.randint(*major)}.{self.rnd.randint(0, 24)}.{self.rnd.randint(0, 40)}"

    def ipv4(self) -> str:
        first = self.rnd.choice([31, 46, 62, 77, 84, 89, 93, 105, 112, 124, 142, 151, 176, 188, 197, 212])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2a02:8108", "2001:4c28", "2a01:598", "2c0f:f5c0", "2405:8d40", "2600:1700"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(6))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "national", mobile: bool = True) -> str:
        """A number valid for ``region`` (its mobile or fixed-line prefixes), written in ``fmt``: ``national``,
        ``intl``, ``e164`` or ``digits``."""
        prefixes, length = (_MOBILE if mobile else _FIXED)[region]
        cc = phonenumbers.country_code_for_region(region)

        def make() -> str:
            head = self.rnd.choice(prefixes)
            return head + self.digits(length - len(head))

        def ok(nsn: str) -> bool:
            number = phonenumbers.parse(f"+{cc}{nsn}")
            return phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region

        number = phonenumbers.parse(f"+{cc}{self.valid(make, ok)}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(
            lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile), null
        )


#: region -> (leading digits of the national significant number, its length) of mobiles and of fixed lines
_MOBILE: dict[str, tuple[list[str], int]] = {
    "IE": (["83", "85", "86", "87", "89"], 9),
    "AU": (["40", "41", "42", "43", "45", "47", "48"], 9),
    "GB": (["74", "75", "77", "78", "79"], 10),
    "CA": (["705", "249"], 10),
    "US": (["478", "912", "229", "706"], 10),
    "NG": (["803", "806", "813", "703", "805", "807", "810", "816", "903", "906"], 10),
    "PH": (["917", "918", "919", "927", "939", "995"], 10),
    "DE": (["151", "152", "157", "160", "170", "171", "176"], 11),
    "ES": (["600", "611", "622", "633", "644", "655", "666", "677", "688", "699"], 9),
    "IT": (["320", "328", "333", "340", "347", "349", "366", "388"], 10),
    "CZ": (["601", "602", "603", "604", "605", "606", "720", "731", "777", "775"], 9),
    "SE": (["70", "72", "73", "76", "79"], 9),
    "JP": (["90", "80", "70"], 10),
    "GR": (["690", "693", "694", "695", "697", "698", "699"], 10),
}
_FIXED: dict[str, tuple[list[str], int]] = {
    "IE": (["56"], 9),
    "AU": (["249"], 9),
    "GB": (["1752"], 10),
    "CA": (["705"], 10),
    "US": (["478", "912", "229"], 10),
    "NG": (["809", "708", "909"], 10),
    "PH": (["32"], 9),
    "DE": (["561"], 10),
    "ES": (["952"], 9),
    "IT": (["080"], 10),
    "CZ": (["585"], 9),
    "SE": (["920"], 9),
    "JP": (["222", "223", "227"], 9),
    "GR": (["231"], 10),
}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v150) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "ie": (
        ["Cillian", "Donnacha", "Eoghan", "Pádraig", "Senan", "Tomás", "Marek", "Ronan"],
        ["Ailbhe", "Caoimhe", "Deirdre", "Nuala", "Úna", "Treasa", "Monika", "Eimear"],
        ["Brennan", "Ó Dubhghaill", "Phelan", "Kinsella", "Mac Cárthaigh", "Dunphy", "Ryall", "Costigan", "Nowicki",
         "Treacy", "Comerford", "Fennelly"],
    ),
    "au": (
        ["Brodie", "Lachie", "Kane", "Hamish", "Nguyen", "Darcy", "Rohit", "Wade"],
        ["Kylie", "Tahlia", "Shannon", "Mikaela", "Bronwyn", "Jaslyn", "Leanne", "Priya"],
        ["Bancroft", "Tregear", "Dunstall", "Papadakis", "McCready", "Lowanna", "Haigh", "Tran-Whitby", "Sorensen",
         "Merriman", "Kowalski", "Yates"],
    ),
    "gb": (
        ["Jago", "Kieran", "Ollie", "Tamsin", "Declan", "Mehmet", "Warren", "Ellis"],
        ["Demelza", "Kerensa", "Shelley", "Bethany", "Nadia", "Lowenna", "Carys", "Stacey"],
        ["Trewin", "Pascoe", "Nancarrow", "Rowe", "Chegwidden", "Ahmadi", "Tonkin", "Blackmore", "Jory", "Vosper",
         "Kitto", "Hosking"],
    ),
    "ca": (
        ["Mathieu", "Dale", "Kyle", "Ojibwa", "Sylvain", "Travis", "Raj", "Dwayne"],
        ["Mélanie", "Brittany", "Josée", "Tammy", "Kaitlyn", "Nicole", "Geneviève", "Harjit"],
        ["Lalonde", "Makela", "Beaudry", "Pelletier", "Rautiainen", "McKechnie", "Commanda", "Gauthier", "Laakso",
         "Dupuis", "Sabourin", "Kaminski"],
    ),
    "us": (
        ["Travis", "Dewayne", "Cody", "Jamal", "Rusty", "Hollis", "Jeremiah", "Luis"],
        ["Shonda", "Brandi", "LaToya", "Misty", "Crystal", "Ashlyn", "Earlene", "Marisol"],
        ["Pettigrew", "Rountree", "Mobley", "Hartsfield", "Culpepper", "Yarbrough", "Batts", "Fordham", "Stovall",
         "Whigham", "Dasher", "Godbee"],
    ),
    "ng": (
        ["Chinedu", "Obinna", "Ikechukwu", "Nnamdi", "Ebuka", "Uchenna", "Kelechi", "Somtochukwu"],
        ["Chioma", "Ifeoma", "Nneka", "Ogechi", "Amarachi", "Ebere", "Chinwe", "Uju"],
        ["Okafor", "Nwankwo", "Eze", "Ugwu", "Onyekachi", "Agu", "Okeke", "Nwosu", "Obi", "Chukwuma", "Ani",
         "Ezeugwu"],
    ),
    "ph": (
        ["Jhun", "Rommel", "Arnel", "Kristoffer", "Mark Anthony", "Rey", "Bienvenido", "Jericho"],
        ["Marites", "Lorna", "Rowena", "Kristine Joy", "Jocelyn", "Maricel", "Aileen", "Princess"],
        ["Cabahug", "Abellana", "Tumulak", "Villaflor", "Ybañez", "Cuizon", "Lapitan", "Sarmiento", "Bacalso",
         "Monterola", "Pepito", "Dakay"],
    ),
    "de": (
        ["Jörg", "Sascha", "Timo", "Björn", "Kemal", "Heiko", "Volker", "Pascal"],
        ["Anke", "Silke", "Nadine", "Birgit", "Derya", "Ulrike", "Sabine", "Jana"],
        ["Rehbein", "Kördel", "Siebert", "Ochs", "Wettlaufer", "Brämer", "Demir", "Heuser", "Knieriem", "Lotz",
         "Schäfer-Rudolph", "Wiegand"],
    ),
    "es": (
        ["Antonio", "Rafael", "Salvador", "Francisco Javier", "Juan Miguel", "Youssef", "Andrés", "Curro"],
        ["Remedios", "Encarnación", "Rocío", "Inmaculada", "Pilar", "Fátima", "Lorena", "María José"],
        ["Ruiz", "Gámez", "Moyano", "Cortés", "Rando", "Benítez", "Aguilar", "Frías", "Pastor", "Zorrilla", "Lupiáñez",
         "Téllez"],
    ),
    "it": (
        ["Vito", "Nicola", "Domenico", "Onofrio", "Savino", "Michele", "Cosimo", "Pasquale"],
        ["Annamaria", "Grazia", "Rosanna", "Teresa", "Angela", "Filomena", "Lucrezia", "Porzia"],
        ["Lorusso", "Ladisa", "Loiacono", "Fanelli", "Defilippis", "Scaringella", "Palmisano", "Tatò", "Ranieri",
         "Amoruso", "Capozzi", "Gentile"],
    ),
    "sv": (
        ["Nils", "Jonte", "Sune", "Pär", "Isak", "Mikael", "Esa", "Henning"],
        ["Lovisa", "Matilda", "Inger", "Stina", "Britt-Marie", "Hedda", "Aino", "Jenny"],
        ["Lundström", "Nordlund", "Öhman", "Sandberg", "Lindbäck", "Wikström", "Holmgren", "Juntti", "Burman",
         "Strand", "Marklund", "Nilsson"],
    ),
}

#: Czech family names, masculine and feminine forms
CZ_FAMILY: list[tuple[str, str]] = [
    ("Novotný", "Novotná"),
    ("Hanák", "Hanáková"),
    ("Vrba", "Vrbová"),
    ("Kopecký", "Kopecká"),
    ("Zedník", "Zedníková"),
    ("Šťastný", "Šťastná"),
    ("Machala", "Machalová"),
    ("Přikryl", "Přikrylová"),
    ("Coufal", "Coufalová"),
    ("Hrubý", "Hrubá"),
    ("Pospíšil", "Pospíšilová"),
    ("Sedláček", "Sedláčková"),
]
CZ_GIVEN = (
    ["Radek", "Zdeněk", "Ondřej", "Lubomír", "Vojtěch", "Marek", "Jiří", "Stanislav"],
    ["Hana", "Lenka", "Šárka", "Jitka", "Markéta", "Zdeňka", "Romana", "Ivana"],
)
#: Greek family names, masculine and feminine forms
EL_FAMILY: list[tuple[str, str]] = [
    ("Παπαδόπουλος", "Παπαδοπούλου"),
    ("Καραγιάννης", "Καραγιάννη"),
    ("Τσολάκης", "Τσολάκη"),
    ("Μαυρίδης", "Μαυρίδου"),
    ("Ζαφειρίου", "Ζαφειρίου"),
    ("Κεχαγιάς", "Κεχαγιά"),
    ("Αναστασιάδης", "Αναστασιάδου"),
    ("Σαββίδης", "Σαββίδου"),
    ("Γκούμας", "Γκούμα"),
    ("Λαζαρίδης", "Λαζαρίδου"),
    ("Πετρόπουλος", "Πετροπούλου"),
    ("Χατζηγεωργίου", "Χατζηγεωργίου"),
]
EL_GIVEN = (
    ["Γιώργος", "Νίκος", "Δημήτρης", "Κώστας", "Στέλιος", "Θανάσης", "Παντελής", "Χρήστος"],
    ["Μαρία", "Ελένη", "Κατερίνα", "Σοφία", "Δέσποινα", "Βασιλική", "Αθηνά", "Χρυσούλα"],
)
#: Greek given names as people write them in e-mail addresses
EL_LATIN = {
    "Γιώργος": "giorgos", "Νίκος": "nikos", "Δημήτρης": "dimitris", "Κώστας": "kostas", "Στέλιος": "stelios",
    "Θανάσης": "thanasis", "Παντελής": "pantelis", "Χρήστος": "christos", "Μαρία": "maria", "Ελένη": "eleni",
    "Κατερίνα": "katerina", "Σοφία": "sofia", "Δέσποινα": "despoina", "Βασιλική": "vasiliki", "Αθηνά": "athina",
    "Χρυσούλα": "chrysoula", "Παπαδόπουλος": "papadopoulos", "Παπαδοπούλου": "papadopoulou",
    "Καραγιάννης": "karagiannis", "Καραγιάννη": "karagianni", "Τσολάκης": "tsolakis", "Τσολάκη": "tsolaki",
    "Μαυρίδης": "mavridis", "Μαυρίδου": "mavridou", "Ζαφειρίου": "zafeiriou", "Κεχαγιάς": "kechagias",
    "Κεχαγιά": "kechagia", "Αναστασιάδης": "anastasiadis", "Αναστασιάδου": "anastasiadou", "Σαββίδης": "savvidis",
    "Σαββίδου": "savvidou", "Γκούμας": "gkoumas", "Γκούμα": "gkouma", "Λαζαρίδης": "lazaridis",
    "Λαζαρίδου": "lazaridou", "Πετρόπουλος": "petropoulos", "Πετροπούλου": "petropoulou",
    "Χατζηγεωργίου": "chatzigeorgiou",
}  # fmt: skip
#: Japanese family and given names: kanji -> (katakana, romaji)
JA_FAMILY = {
    "菅原": ("スガワラ", "sugawara"),
    "阿部": ("アベ", "abe"),
    "千葉": ("チバ", "chiba"),
    "及川": ("オイカワ", "oikawa"),
    "熊谷": ("クマガイ", "kumagai"),
    "三浦": ("ミウラ", "miura"),
    "遠藤": ("エンドウ", "endo"),
    "庄司": ("ショウジ", "shoji"),
    "早坂": ("ハヤサカ", "hayasaka"),
    "今野": ("コンノ", "konno"),
}
JA_MALE = {
    "健太": ("ケンタ", "kenta"),
    "直樹": ("ナオキ", "naoki"),
    "浩二": ("コウジ", "koji"),
    "聡": ("サトシ", "satoshi"),
    "亮介": ("リョウスケ", "ryosuke"),
    "和也": ("カズヤ", "kazuya"),
}
JA_FEMALE = {
    "由紀": ("ユキ", "yuki"),
    "智子": ("トモコ", "tomoko"),
    "美穂": ("ミホ", "miho"),
    "加奈": ("カナ", "kana"),
    "裕子": ("ユウコ", "yuko"),
    "沙織": ("サオリ", "saori"),
}


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``."""
    if female is None:
        female = g.rnd.random() < 0.5
    if lang == "cz":
        return g.rnd.choice(CZ_GIVEN[female]), g.rnd.choice(CZ_FAMILY)[female]
    if lang == "el":
        return g.rnd.choice(EL_GIVEN[female]), g.rnd.choice(EL_FAMILY)[female]
    if lang == "ja":
        return g.rnd.choice(list(JA_FEMALE if female else JA_MALE)), g.rnd.choice(list(JA_FAMILY))
    male, fem, fam = NAMES[lang]
    return g.rnd.choice(fem if female else male), g.rnd.choice(fam)


def whole(g: Gen, lang: str, female: bool | None = None) -> str:
    first, last = person(g, lang, female)
    return f"{last} {first}" if lang == "ja" else f"{first} {last}"


def given(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def staff(g: Gen, n: int, lang: str, style: str = "whole") -> list[str]:
    """``n`` distinct employees written in ``style``: ``whole``, ``initial`` (``J. Smith``), ``first``, ``last``."""
    out: list[str] = []
    while len(out) < n:
        first, last = person(g, lang)
        name = {
            "whole": f"{last} {first}" if lang == "ja" else f"{first} {last}",
            "initial": f"{first[0]}. {last}",
            "first": first,
            "last": last,
        }[style]
        if name not in out:
            out.append(name)
    return out


def plain(text: str) -> str:
    text = EL_LATIN.get(text, text)
    for table in (JA_FAMILY, JA_MALE, JA_FEMALE):
        if text in table:
            text = table[text][1]
    return "".join(ch for ch in fold(text) if ch.isalnum() or ch == ".")


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(60, 99)}"])
    return f"{local}@{g.rnd.choice(domains)}"


DOMAINS: dict[str, list[str]] = {
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "yahoo.ie", "outlook.ie"],
    "au": ["bigpond.com", "gmail.com", "outlook.com.au", "optusnet.com.au", "hotmail.com"],
    "gb": ["btinternet.com", "gmail.com", "hotmail.co.uk", "sky.com", "outlook.com"],
    "ca": ["gmail.com", "sympatico.ca", "hotmail.com", "personainternet.com", "yahoo.ca"],
    "us": ["gmail.com", "yahoo.com", "att.net", "bellsouth.net", "windstream.net"],
    "ng": ["gmail.com", "yahoo.com", "hotmail.com", "ymail.com"],
    "ph": ["gmail.com", "yahoo.com.ph", "gmail.com", "outlook.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmx.net", "posteo.de"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
    "it": ["libero.it", "gmail.com", "alice.it", "virgilio.it", "tiscali.it"],
    "cz": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com", "post.cz"],
    "sv": ["telia.com", "gmail.com", "hotmail.se", "outlook.com", "bredband.net"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp"],
    "el": ["gmail.com", "yahoo.gr", "otenet.gr", "hotmail.com", "in.gr"],
}

# -- places (towns and postal codes of each table's region, streets written for v150) -------------------------------

IE_PLACES = [
    ("Kilkenny", "R95"),
    ("Callan", "R95"),
    ("Thomastown", "R95"),
    ("Castlecomer", "R95"),
    ("Carlow", "R93"),
    ("Graiguenamanagh", "R95"),
    ("Urlingford", "E41"),
    ("Freshford", "R95"),
]
IE_STREETS = ["Friary Street", "Wolfe Tone Street", "Bohercrussia Street", "Loughboy Estate", "Archers Avenue",
              "Castle Road", "Newpark Close", "Talbotsinch", "Greensbridge", "Cois Abhainn"]  # fmt: skip
AU_PLACES = [
    ("Hamilton", "2303"),
    ("Merewether", "2291"),
    ("Wallsend", "2287"),
    ("Mayfield", "2304"),
    ("Charlestown", "2290"),
    ("Kotara", "2289"),
    ("Cardiff", "2285"),
    ("Maitland", "2320"),
    ("Cessnock", "2325"),
    ("Raymond Terrace", "2324"),
]
AU_STREETS = ["Beaumont St", "Glebe Rd", "Tudor St", "Maitland Rd", "Brunker Rd", "Kilgour Ave", "Elder St",
              "Lambton Rd", "Dumaresq St", "Turton Rd"]  # fmt: skip
GB_PLACES = [
    ("Plymouth", "PL4"),
    ("Plymouth", "PL2"),
    ("Plymouth", "PL6"),
    ("Saltash", "PL12"),
    ("Tavistock", "PL19"),
    ("Ivybridge", "PL21"),
    ("Liskeard", "PL14"),
    ("Torpoint", "PL11"),
]
GB_STREETS = ["Mutley Plain", "Alma Road", "North Road East", "Embankment Road", "Tamerton Foliot Road",
              "Ridgeway", "Fore Street", "Callington Road", "Pike Road", "Honicknowle Lane"]  # fmt: skip
CA_PLACES = [
    ("Sudbury", "P3A"),
    ("Sudbury", "P3E"),
    ("Sudbury", "P3C"),
    ("Val Caron", "P3N"),
    ("Chelmsford", "P0M"),
    ("Lively", "P3Y"),
    ("Garson", "P3L"),
    ("Azilda", "P0M"),
]
CA_STREETS = ["Lasalle Blvd", "Notre Dame Ave", "Kathleen St", "Regent St", "Bancroft Dr", "Lorne St",
              "Falconbridge Rd", "Montrose Ave", "Attlee Ave", "Second Ave"]  # fmt: skip
US_PLACES = [
    ("MACON", "31204"),
    ("MACON", "31210"),
    ("WARNER ROBINS", "31088"),
    ("PERRY", "31069"),
    ("FORT VALLEY", "31030"),
    ("GRAY", "31032"),
    ("BYRON", "31008"),
    ("MONTEZUMA", "31063"),
]
US_STREETS = ["HOUSTON RD", "PIO NONO AVE", "GA HWY 96", "ZEBULON RD", "HAWKINSVILLE RD", "DUNBAR RD",
              "OLD MAYSVILLE RD", "MARION ST", "COUNTY LINE RD", "SARDIS CHURCH RD"]  # fmt: skip
NG_PLACES = [
    ("Independence Layout", "400102"),
    ("New Haven", "400102"),
    ("Trans-Ekulu", "400102"),
    ("Abakpa Nike", "400103"),
    ("Uwani", "400241"),
    ("Achara Layout", "400241"),
    ("Emene", "402110"),
    ("Ogui", "400231"),
]
NG_STREETS = ["Zik Avenue", "Chime Avenue", "Bisala Road", "Agbani Road", "Ogui Road", "Nza Street",
              "Kenyatta Street", "Presidential Road", "Abakaliki Road", "Edinburgh Road"]  # fmt: skip
PH_PLACES = [
    ("Lahug", "Cebu City", "6000"),
    ("Guadalupe", "Cebu City", "6000"),
    ("Talamban", "Cebu City", "6000"),
    ("Banilad", "Mandaue City", "6014"),
    ("Subangdaku", "Mandaue City", "6014"),
    ("Pajo", "Lapu-Lapu City", "6015"),
    ("Basak", "Lapu-Lapu City", "6015"),
    ("Tabunok", "Talisay City", "6045"),
]
PH_STREETS = ["Gorordo Ave", "M.J. Cuenco Ave", "V. Rama Ave", "A.S. Fortuna St", "H. Abellana St", "Tres de Abril St",
              "Katipunan St", "Sitio Kalubihan", "P. Del Rosario St", "Urgello St"]  # fmt: skip
DE_PLACES = [
    ("Kassel", "34117"),
    ("Kassel", "34119"),
    ("Kassel", "34127"),
    ("Kassel", "34134"),
    ("Vellmar", "34246"),
    ("Baunatal", "34225"),
    ("Lohfelden", "34253"),
    ("Kaufungen", "34260"),
]
DE_STREETS = ["Friedrich-Ebert-Straße", "Wilhelmshöher Allee", "Holländische Straße", "Frankfurter Straße",
              "Leipziger Straße", "Kohlenstraße", "Am Wehr", "Ihringshäuser Straße", "Hasenhecke", "Korbacher Straße"]
ES_PLACES = [
    ("VELEZ-MALAGA", "29700"),
    ("TORRE DEL MAR", "29740"),
    ("NERJA", "29780"),
    ("TORROX", "29770"),
    ("ALGARROBO", "29750"),
    ("RINCON DE LA VICTORIA", "29730"),
    ("COMPETA", "29754"),
    ("PERIANA", "29710"),
]
ES_STREETS = ["CL CRISTO", "AV JUAN CARLOS I", "CL CANALEJAS", "PASEO MARITIMO", "CL LAS TORRES", "AV ANDALUCIA",
              "CL REAL", "CL SAN JUAN", "AV DE LA AXARQUIA", "CL CERVANTES"]  # fmt: skip
IT_PLACES = [
    ("Bari", "70121", "A662"),
    ("Bari", "70124", "A662"),
    ("Modugno", "70026", "F262"),
    ("Bitonto", "70032", "A893"),
    ("Triggiano", "70019", "L425"),
    ("Capurso", "70010", "B716"),
    ("Molfetta", "70056", "F284"),
    ("Altamura", "70022", "A225"),
]
IT_STREETS = ["Via Sparano", "Corso Cavour", "Via Dalmazia", "Viale Japigia", "Via Amendola", "Via Re David",
              "Strada San Giorgio Martire", "Via Napoli", "Corso Mazzini", "Via Crisanzio"]  # fmt: skip
CZ_PLACES = [
    ("Olomouc", "779 00"),
    ("Přerov", "750 02"),
    ("Litovel", "784 01"),
    ("Šternberk", "785 01"),
    ("Uničov", "783 91"),
    ("Velká Bystřice", "783 53"),
    ("Hlubočky", "783 61"),
    ("Náměšť na Hané", "783 44"),
]
CZ_STREETS = ["Třída Svobody", "Holická", "Dělnická", "Na Vozovce", "Polská", "Zikova", "Rooseveltova",
              "Dolní Novosadská", "Hněvotínská", "Pražská"]  # fmt: skip
SE_PLACES = [
    ("Luleå", "972 31"),
    ("Luleå", "974 34"),
    ("Gammelstad", "954 33"),
    ("Råneå", "961 36"),
    ("Boden", "961 64"),
    ("Sävast", "961 91"),
    ("Kallax", "975 94"),
    ("Persön", "975 95"),
]
SE_STREETS = ["Storgatan", "Stationsgatan", "Skeppsbrogatan", "Hertsövägen", "Kungsgatan", "Midgårdsvägen",
              "Porsövägen", "Bryggaregatan", "Gammelstadsvägen", "Lulsundsgatan"]  # fmt: skip
JA_PLACES = [
    ("仙台市青葉区", "980"),
    ("仙台市宮城野区", "983"),
    ("仙台市若林区", "984"),
    ("仙台市太白区", "982"),
    ("仙台市泉区", "981"),
    ("名取市", "981"),
    ("多賀城市", "985"),
]
JA_STREETS = ["上杉3丁目", "八幡2丁目", "原町1丁目", "荒井東4丁目", "長町南2丁目", "将監5丁目", "増田字北谷",
              "高崎1丁目", "木町通2丁目", "南光台3丁目"]  # fmt: skip
EL_PLACES = [
    ("Θεσσαλονίκη", "546"),
    ("Καλαμαριά", "551"),
    ("Εύοσμος", "562"),
    ("Νεάπολη", "567"),
    ("Πυλαία", "555"),
    ("Σταυρούπολη", "564"),
    ("Αμπελόκηποι", "561"),
    ("Θέρμη", "570"),
]
EL_STREETS = ["Εγνατίας", "Τσιμισκή", "Λαγκαδά", "Δελφών", "Κασσάνδρου", "Παπαναστασίου", "Αγίου Δημητρίου",
              "Μοναστηρίου", "Βασιλίσσης Όλγας", "Κωνσταντινουπόλεως"]  # fmt: skip


def street(g: Gen, streets: list[str], lang: str) -> str:
    """A street address written the way ``lang`` writes it (number before or after the street)."""
    name = g.rnd.choice(streets)
    n = g.rnd.randint(1, 180)
    if lang in ("ie", "au", "gb", "ca", "us", "ng", "ph"):
        if lang == "au" and g.rnd.random() < 0.2:
            return f"{g.rnd.randint(1, 24)}/{n} {name}"
        return f"{n} {name}"
    if lang == "es":
        return f"{name}, {n}" + g.rnd.choice(["", "", f", {g.rnd.randint(1, 6)}º {g.rnd.choice('ABCD')}"])
    if lang == "it":
        return f"{name}, {n}"
    if lang == "ja":
        return f"{name}{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)}"
    return f"{name} {n}"


# -- personal identifiers (check digits computed here and checked with python-stdnum) ------------------------------


def ie_pps(g: Gen) -> str:
    return g.valid(lambda: g.digits(7) + g.rnd.choice("ABCDEFGHIJKLMNOPQRSTUVW"), _pps.is_valid)


def us_ssn(g: Gen) -> str:
    return g.valid(lambda: f"{g.rnd.randint(200, 665):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}",
                   _ssn.is_valid)  # fmt: skip


def us_ssn_decoy(g: Gen) -> str:
    """Nine digits beginning with 9: no SSN is issued in the 9xx area."""
    return g.valid(lambda: "9" + g.digits(8), lambda x: not _ssn.is_valid(x))


def gb_nino(g: Gen) -> str:
    """A National Insurance number by shape (no check digit)."""
    first = g.rnd.choice("ABCEGHJKLMNPRSTWXYZ")
    second = g.rnd.choice("ABCEGHJKLMNPRSTWXYZ")
    return f"{first}{second} {g.digits(2)} {g.digits(2)} {g.digits(2)} {g.rnd.choice('ABCD')}"


def au_crn(g: Gen) -> str:
    """A Centrelink Customer Reference Number by shape (nine digits and a letter)."""
    return f"{g.rnd.randint(200, 699)}{g.digits(6)}{g.rnd.choice('ABCHJKLSTVX')}"


def ng_nin(g: Gen) -> str:
    return str(g.rnd.randint(1, 9)) + g.digits(10)


def ph_tin(g: Gen) -> str:
    return f"{g.digits(3)}-{g.digits(3)}-{g.digits(3)}-000"


def steuer_id(g: Gen) -> str:
    """A German tax identification number: in the first ten digits one digit twice, the eleventh a check digit."""

    def make() -> str:
        picked = g.rnd.sample("0123456789", 9)
        if picked[0] == "0":
            picked[0], picked[1] = picked[1], picked[0]
        head = picked + [g.rnd.choice(picked[1:])]
        body = head[0] + "".join(g.rnd.sample(head[1:], 9))
        return body + g.rnd.choice(string.digits)

    return g.valid(make, _idnr.is_valid)


def steuer_id_decoy(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _idnr.is_valid(x))


def es_dni(g: Gen) -> str:
    number = f"{g.rnd.randint(20_000_000, 79_999_999)}"
    return number + _dni.calc_check_digit(number)


def es_nie(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("XY") + g.digits(7) + g.rnd.choice(string.ascii_uppercase), _nie.is_valid)


def es_dni_decoy(g: Gen) -> str:
    """Eight digits and a letter that is not the DNI's check letter."""
    number = f"{g.rnd.randint(20_000_000, 79_999_999)}"
    good = _dni.calc_check_digit(number)
    return number + g.rnd.choice([ch for ch in "TRWAGMYFPDXBNJZSQVHLCKE" if ch != good])


def _cf_letters(text: str, given: bool) -> str:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vows = [ch for ch in letters if ch in "AEIOU"]
    if given and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]


def codice_fiscale(first: str, last: str, born: date, female: bool, place: str) -> str:
    """The codice fiscale of a person born in the comune ``place`` (its Belfiore code)."""
    months = "ABCDEHLMPRST"
    body = (
        _cf_letters(last, False)
        + _cf_letters(first, True)
        + f"{born.year % 100:02d}"
        + months[born.month - 1]
        + f"{born.day + (40 if female else 0):02d}"
        + place
    )
    code = body + _cf.calc_check_digit(body)
    if not _cf.is_valid(code):
        raise ValueError("codice fiscale")
    return code


def rodne_cislo(g: Gen, born: date, female: bool) -> str:
    month = born.month + (50 if female else 0)
    head = f"{born.year % 100:02d}{month:02d}{born.day:02d}"
    return g.valid(lambda: f"{head}/{g.digits(4)}", _rc.is_valid)


def rodne_cislo_decoy(g: Gen) -> str:
    """Ten digits written like a birth number whose date cannot exist (a month of 13 to 49)."""
    return g.valid(
        lambda: f"{g.rnd.randint(60, 99):02d}{g.rnd.randint(13, 49):02d}{g.rnd.randint(1, 28):02d}/{g.digits(4)}",
        lambda x: not _rc.is_valid(x),
    )


def personnummer(g: Gen, born: date) -> str:
    return g.valid(lambda: born.strftime("%Y%m%d") + "-" + g.digits(4), _pnr.is_valid)


def personnummer_decoy(g: Gen) -> str:
    """``YYMMDD-NNNN`` with a last digit failing the Luhn check."""
    return g.valid(
        lambda: f"{g.rnd.randint(20, 26):02d}{g.rnd.randint(1, 12):02d}{g.rnd.randint(1, 28):02d}-{g.digits(4)}",
        lambda x: not _pnr.is_valid(x),
    )


def my_number(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(10)
    return body + _mynumber.calc_check_digit(body)


def my_number_decoy(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(11), lambda x: not _mynumber.is_valid(x))


def amka(g: Gen, born: date) -> str:
    head = born.strftime("%d%m%y")
    return g.valid(lambda: head + g.digits(5), _amka.is_valid)


def afm(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("01") + g.digits(8), _afm.is_valid)


def afm_decoy(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(8), lambda x: not _afm.is_valid(x))


def pps_decoy(g: Gen) -> str:
    """Seven digits and a letter that is not the PPSN's check letter."""
    return g.valid(lambda: g.digits(7) + g.rnd.choice("ABCDEFGHIJKLMNOPQRSTUVW"), lambda x: not _pps.is_valid(x))


def card(g: Gen, spaced: bool = True) -> str:
    number = g.valid(lambda: g.rnd.choice(["4", "51", "53", "55"]) + g.digits(14), lambda x: len(x) == 15)
    number += luhn.calc_check_digit(number)
    return " ".join(number[i : i + 4] for i in range(0, 16, 4)) if spaced else number


def iban(country: str, bban: str, spaced: bool = False) -> str:
    digits = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    value = f"{country}{98 - int(digits) % 97:02d}{bban}"
    if not _iban.is_valid(value):
        raise ValueError("iban")
    return _iban.format(value) if spaced else value


def de_iban(g: Gen) -> str:
    return iban("DE", g.rnd.choice(["52050353", "52060410", "52040021", "52090000"]) + g.digits(10), True)


def es_iban(g: Gen) -> str:
    bank, branch, account = g.rnd.choice(["2103", "3058", "0049", "2100"]), g.digits(4), g.digits(10)
    ccc = bank + branch + _ccc.calc_check_digits(bank + branch + "00" + account) + account
    return iban("ES", ccc, g.rnd.random() < 0.5)


def it_iban(g: Gen) -> str:
    return iban("IT", g.rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + g.rnd.choice(["03069", "05424", "02008"])
                + g.digits(5) + g.digits(12))  # fmt: skip


def se_iban(g: Gen) -> str:
    return iban("SE", g.rnd.choice(["800", "500", "600", "300"]) + g.digits(17))


def gr_iban(g: Gen) -> str:
    return iban("GR", g.rnd.choice(["011", "017", "026", "014"]) + g.digits(4) + g.digits(16), True)


# -- business identifiers with check digits (all ``none``) ---------------------------------------------------------


def au_abn(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _abn.is_valid)


def es_cif(g: Gen) -> str:
    def make() -> str:
        body = g.rnd.choice("AB") + g.digits(7)
        return body + _cif.calc_check_digits(body)[0]

    return g.valid(make, _cif.is_valid)


def it_piva(g: Gen) -> str:
    return g.valid(lambda: "0" + g.digits(6) + "072" + g.digits(1), _iva.is_valid)


def cz_ico(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(6)
    return body + _dic.calc_check_digit_legal(body)


def cz_account(g: Gen) -> str:
    """A Czech domestic account (``[prefix-]number/bank``) passing both mod-11 checks."""
    bank = g.rnd.choice(["0800", "0100", "0300", "2010", "0600"])

    def make() -> str:
        prefix = f"{g.rnd.randint(19, 35)}-" if g.rnd.random() < 0.2 else ""
        return f"{prefix}{g.rnd.randint(1, 9)}{g.digits(g.rnd.randint(7, 9))}/{bank}"

    return g.valid(make, _czacct.is_valid)


def se_orgnr(g: Gen) -> str:
    return g.valid(lambda: f"55{g.digits(4)}-{g.digits(4)}", _orgnr.is_valid)


def gs1(prefix: str, length: int, g: Gen) -> str:
    """A GS1 number (an EAN supply point or an anläggnings-id) of ``length`` digits with its check digit."""
    body = prefix + g.digits(length - 1 - len(prefix))
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


def dmy(d: date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def wareki(d: date) -> str:
    """A date in the Japanese era calendar (``昭和58年4月12日``)."""
    if d >= date(2019, 5, 1):
        era, year = "令和", d.year - 2018
    elif d >= date(1989, 1, 8):
        era, year = "平成", d.year - 1988
    else:
        era, year = "昭和", d.year - 1925
    return f"{era}{'元' if year == 1 else year}年{d.month}月{d.day}日"


# -- organisations (invented for v150) --------------------------------------------------------------------------------

IE_AGENCIES = ["Nore Valley Home Care", "Kilkenny Citizens Information", "St. Canice's Parish Outreach",
               "Ossory Disability Services"]  # fmt: skip
AU_PRACTICES = [
    ("Beaumont Street Medical", "Hamilton"),
    ("Kotara Family Practice", "Kotara"),
    ("Lake Macquarie Respiratory Clinic", "Charlestown"),
    ("Maitland Renal Unit", "Maitland"),
    ("Wallsend Health Hub", "Wallsend"),
]
GB_AGENCIES = ["Plymouth Money Advice Hub", "Tamar Citizens Advice", "Devonport Community Kitchen",
               "Saltash Debt Line Trust", "Ivybridge Parish Support"]  # fmt: skip
CA_CREWS = ["LC-04", "LC-07", "LC-11", "TR-02", "TR-05", "VEG-1"]
US_BANKS = ["FIRST MIDDLE GA BANK", "OCMULGEE FCU", "PEACH STATE CREDIT UNION", "CENTRAL GA COMMUNITY BANK"]
NG_VENDORS = ["Ogbete Power Point", "Nike Lake Vending Kiosk", "Coal Camp POS Hub", "GRA Energy Shop",
              "Emene Meter Centre", "Achara Quick Vend"]  # fmt: skip
PH_OFFICES = ["Lahug Business Center", "Mandaue Customer Hub", "Lapu-Lapu Satellite Office", "Talisay Payment Center"]
DE_INSTALLERS = ["Elektro Rehbein GmbH", "Nordhessen Messtechnik GmbH", "Fulda-Elektro Service KG",
                 "Zählerservice Waldau GmbH"]  # fmt: skip
ES_OFFICES = ["Oficina Vélez-Málaga Centro", "Oficina Torre del Mar", "Oficina Nerja", "Punto de Atención Torrox"]
IT_SALES = ["Levante Gas Vendita S.r.l.", "Energia Murgia S.p.A.", "Adriatica Luce e Gas S.r.l."]
CZ_INSTALLERS = ["SolarHaná s.r.o.", "FVE Morava Servis s.r.o.", "Elektro Bystřice s.r.o.", "Slunce Litovel s.r.o."]
SE_PAYOUT = ["Bankgiro", "Kontonummer", "Swish"]
JA_CONTRACTORS = ["杜の都設備工業株式会社", "宮城ガスサービス有限会社", "青葉管工株式会社"]
EL_OFFICES = ["Κατάστημα Εγνατίας", "Κατάστημα Καλαμαριάς", "Κατάστημα Ευόσμου", "Ηλεκτρονικό Κατάστημα"]
