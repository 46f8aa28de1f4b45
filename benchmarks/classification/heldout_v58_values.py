"""Values of held-out set v58 (:mod:`benchmarks.classification.heldout_v58`): v58's random source, names, streets,
towns, postal codes, companies and identifier builders, written by hand for v58 (no Faker, no list of real people, no
breach data); phones checked with phonenumbers and identifiers with check digits computed and checked with
python-stdnum (the German pension insurance number's published check digit is implemented here).

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module (the US area codes are a parameter here); the lists
below are new: rural Wisconsin, Missouri, Kansas, Georgia, Kentucky, North Carolina, Indiana and the RV owners' states,
West Cornwall, the Palatinate, West Jutland, the Westland greenhouse district (and the home towns of its Polish and
Romanian seasonal workers), the French mail-order customers' towns, the province of Valladolid and Shizuoka.
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
from stdnum.de import idnr as _idnr
from stdnum.de import vat as _devat
from stdnum.dk import cpr as _cpr
from stdnum.dk import cvr as _cvr
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.gb import vat as _gbvat
from stdnum.jp import cn as _jpcn
from stdnum.nl import bsn as _bsn
from stdnum.us import ein as _ein
from stdnum.us import rtn as _rtn
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 58_407_2026
N = "none"
#: a login, an AS/400 user profile or an SAP user name (review, as in v5 to v55)
USERNAME = "unclassified"
#: NULL-like strings of v58's systems (tests skip them; padded values are stripped first)
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
    "UNKNOWN",
    "?",
    "*",
    ".",
    "0",
    "000000",
    "00000000",
    "0000000",
    "000000000",
    "000-00-0000",
    "0000000000",
    "1753-01-01",
    "N/B",
    "n.v.t.",
    "onbekend",
    "ukendt",
    "INCONNU",
    "NEANT",
    "SIN DATOS",
    "S/D",
    "なし",
    "不明",
    "NONE",
    "DO NOT USE",
    "X",
    "XX",
    "N.A.",
    "noemail@none.com",
    "na@na.com",
    "999-999-9999",
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


def upper_ascii(text: str) -> str:
    """Upper case without accents, as a COBOL or AS/400 file stores a name (``Ø``, ``Æ``, ``ß`` spelled out)."""
    text = text.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "AE").replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).upper()


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v58:{SEED}:{table}")

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
        return datetime.combine(self.day(lo, hi), datetime.min.time()) + timedelta(seconds=self.rnd.randint(0, 86_399))

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
        first = self.rnd.choice([24, 50, 64, 66, 71, 98, 104, 107, 108, 174, 184, 207])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2600", "2601", "2603", "2605", "2a01"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True, areas: list[str] | None = None) -> str:
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        keep = max(len(nsn) - 6, 1)

        def make() -> str:
            if region == "US":
                return self.rnd.choice(areas or US_AREAS) + str(self.rnd.randint(2, 9)) + self.digits(6)
            return nsn[:keep] + self.digits(len(nsn) - keep)

        def ok(candidate: str) -> bool:
            return phonenumbers.is_valid_number(phonenumbers.parse(f"+{example.country_code}{candidate}"))

        number = phonenumbers.parse(f"+{example.country_code}{self.valid(make, ok)}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        digits = "".join(ch for ch in national if ch.isdigit())
        if fmt == "digits":
            return digits
        if fmt == "dashes":
            return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}" if region == "US" else national
        if fmt == "slash":
            return f"{digits[:3]}/{digits[3:6]}-{digits[6:]}" if region == "US" else national
        if fmt == "00":
            return "00" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)[1:]
        return national

    def phones(
        self,
        region: str,
        formats: dict[str, float],
        mobile: float = 1.0,
        null: float = 0.0,
        areas: list[str] | None = None,
    ) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(
            lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile, areas), null
        )


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


def pad(text: Any, width: int) -> Any:
    """A fixed-width field: ``text`` cut to ``width`` and right-padded with blanks (``None`` becomes blanks)."""
    return ("" if text is None else str(text))[:width].ljust(width)


# -- legacy dates ------------------------------------------------------------------------------------------------------


def cyymmdd(d: date | None) -> int:
    """IBM i ``CYYMMDD`` as an integer (``C`` 0 for 19xx, 1 for 20xx); 0 when missing."""
    if d is None:
        return 0
    return (d.year // 100 - 19) * 1_000_000 + (d.year % 100) * 10_000 + d.month * 100 + d.day


def yyyymmdd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def jde_julian(d: date | None) -> int:
    """JD Edwards' ``CYYDDD`` (century since 1900, year, day of the year); 0 when missing."""
    if d is None:
        return 0
    return (d.year // 100 - 19) * 100_000 + (d.year % 100) * 1_000 + d.timetuple().tm_yday


def dats(d: date | None) -> str:
    """SAP DATS: ``YYYYMMDD`` text, ``00000000`` when empty."""
    return "00000000" if d is None else d.strftime("%Y%m%d")


def wareki(d: date) -> str:
    """A Japanese era date as legacy systems print it (``S45.03.12``, ``H08.11.02``)."""
    if d >= date(2019, 5, 1):
        era, year = "R", d.year - 2018
    elif d >= date(1989, 1, 8):
        era, year = "H", d.year - 1988
    else:
        era, year = "S", d.year - 1925
    return f"{era}{year:02d}.{d.month:02d}.{d.day:02d}"


# -- names (written for v58) -------------------------------------------------------------------------------------------

#: origin -> (male given names, female given names, family names) of the US files
US_NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "anglo": (
        [
            "Alton",
            "Boyd",
            "Clifford",
            "Darrell",
            "Earl",
            "Floyd",
            "Garland",
            "Harlan",
            "Lonnie",
            "Merle",
            "Orville",
            "Royce",
            "Travis",
            "Vernon",
            "Dwayne",
            "Kirby",
        ],
        [
            "Arlene",
            "Bonnie",
            "Darlene",
            "Elaine",
            "Faye",
            "Glenda",
            "Imogene",
            "Joyce",
            "Lavonne",
            "Maxine",
            "Nadine",
            "Opal",
            "Rhonda",
            "Sherry",
            "Trudy",
            "Wanda",
        ],
        [
            "Abernathy",
            "Blankenship",
            "Cobb",
            "Dearborn",
            "Eckert",
            "Fugate",
            "Gentry",
            "Haskins",
            "Hollister",
            "Kimbrough",
            "Lusk",
            "McCreary",
            "Niehaus",
            "Overstreet",
            "Pruitt",
            "Rasmussen",
            "Schuessler",
            "Tolliver",
            "Vandiver",
            "Whitlock",
            "Yoder",
            "Zimmerly",
        ],
    ),
    "black": (
        ["Cedric", "Demetrius", "Jerome", "Marcellus", "Reginald", "Tyrone", "Alvin", "Otis"],
        ["Aretha", "Bernadette", "Lakeisha", "Odessa", "Shanice", "Tamika", "Velma", "Yolanda"],
        ["Bynum", "Gaither", "Lattimore", "Mabry", "Pettiford", "Spruill", "Weathers", "Whitted"],
    ),
    "hispanic": (
        ["Arnulfo", "Efrain", "Gerardo", "Heriberto", "Jacinto", "Rigoberto", "Ubaldo", "Wenceslao"],
        ["Araceli", "Dolores", "Graciela", "Marisol", "Noemi", "Rosaura", "Yesenia", "Zoraida"],
        ["Anaya", "Cisneros", "Galindo", "Lozano", "Ochoa", "Quintanilla", "Trevino", "Zamora"],
    ),
    "other": (
        ["Bao", "Dmitri", "Hamid", "Kenji", "Nikhil", "Pavlo", "Somchai", "Tariq"],
        ["Anjali", "Farida", "Hanh", "Ksenia", "Mei", "Nasrin", "Priya", "Sunita"],
        ["Bui", "Chaudhry", "Kowalczyk", "Moua", "Nakamura", "Patel", "Vang", "Zielinski"],
    ),
}
US_ORIGINS = {"anglo": 7, "black": 2, "hispanic": 1.5, "other": 1}

#: lang -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "kw": (
        ["Jory", "Kenver", "Piran", "Tristan", "Colan", "Morvah", "Derek", "Graham", "Nigel", "Clive", "Roger"],
        ["Demelza", "Loveday", "Tamsin", "Morwenna", "Jenna", "Kerensa", "Wendy", "Pauline", "Brenda", "Sheila"],
        [
            "Penhaligon",
            "Trewin",
            "Pascoe",
            "Tregear",
            "Nancarrow",
            "Polglase",
            "Hocking",
            "Jago",
            "Chenoweth",
            "Trethewey",
            "Bolitho",
            "Curnow",
            "Angove",
            "Rowe",
            "Tonkin",
            "Eddy",
            "Hosking",
            "Laity",
        ],
    ),
    "de": (
        [
            "Achim",
            "Bernd",
            "Dieter",
            "Eckhard",
            "Frank",
            "Gerd",
            "Holger",
            "Jürgen",
            "Klaus",
            "Lothar",
            "Matthias",
            "Norbert",
            "Rüdiger",
            "Torsten",
            "Uwe",
            "Volker",
        ],
        [
            "Anke",
            "Birgit",
            "Claudia",
            "Doris",
            "Elke",
            "Gabriele",
            "Heike",
            "Ingrid",
            "Jutta",
            "Kerstin",
            "Marion",
            "Petra",
            "Renate",
            "Sabine",
            "Ute",
            "Waltraud",
        ],
        [
            "Appel",
            "Bender",
            "Dörr",
            "Eichhorn",
            "Fuchs",
            "Gräber",
            "Hemmerich",
            "Jochum",
            "Kessler",
            "Leidner",
            "Mohr",
            "Nagel",
            "Ohlig",
            "Pfeiffer",
            "Roos",
            "Schäfer",
            "Theobald",
            "Weigand",
            "Zöller",
            "Stauder",
        ],
    ),
    "da": (
        [
            "Anders",
            "Bjarne",
            "Carsten",
            "Flemming",
            "Henning",
            "Jens",
            "Kjeld",
            "Mogens",
            "Niels",
            "Poul",
            "Søren",
            "Torben",
        ],
        ["Birthe", "Dorthe", "Grethe", "Hanne", "Inge", "Karen", "Lone", "Mette", "Pia", "Susanne", "Vibeke"],
        [
            "Bøgh",
            "Damgaard",
            "Fuglsang",
            "Gade",
            "Hedegaard",
            "Kjærgaard",
            "Lauridsen",
            "Møller",
            "Nørgaard",
            "Pallesen",
            "Quist",
            "Rasmussen",
            "Skovgaard",
            "Thygesen",
            "Vestergaard",
            "Østergaard",
        ],
    ),
    "nl": (
        ["Arie", "Bram", "Cor", "Dirk", "Gert-Jan", "Kees", "Leendert", "Maarten", "Piet", "Teun"],
        ["Anneke", "Corrie", "Esther", "Ineke", "Marijke", "Nelleke", "Riet", "Wilma"],
        ["Brouwer", "Hoogendoorn", "Koppert", "Lugtenburg", "Ouwehand", "Prins", "Vreugdenhil", "Zuijderwijk"],
    ),
    "pl": (
        ["Andrzej", "Bartosz", "Dariusz", "Grzegorz", "Krzysztof", "Łukasz", "Mariusz", "Paweł", "Tomasz"],
        ["Agnieszka", "Beata", "Dorota", "Ewelina", "Izabela", "Joanna", "Katarzyna", "Magdalena", "Renata"],
        ["Bąk", "Cieślak", "Dudek", "Gajewski", "Jabłoński", "Kaczmarek", "Mazur", "Sikora", "Wróbel", "Zając"],
    ),
    "ro": (
        ["Adrian", "Bogdan", "Cătălin", "Florin", "Ionuț", "Marius", "Sorin", "Vasile"],
        ["Alina", "Daniela", "Florentina", "Ioana", "Mihaela", "Nicoleta", "Roxana", "Simona"],
        ["Bălan", "Ciobanu", "Dinu", "Lungu", "Moldovan", "Neagu", "Rusu", "Stoica"],
    ),
    "fr": (
        [
            "Alain",
            "Bernard",
            "Christophe",
            "Didier",
            "Fabrice",
            "Gilles",
            "Hervé",
            "Jacky",
            "Lionel",
            "Pascal",
            "Régis",
            "Thierry",
        ],
        [
            "Brigitte",
            "Chantal",
            "Corinne",
            "Évelyne",
            "Françoise",
            "Ghislaine",
            "Josiane",
            "Martine",
            "Nadège",
            "Odile",
            "Sylvie",
            "Véronique",
        ],
        [
            "Bécourt",
            "Caron",
            "Delannoy",
            "Dubrulle",
            "Flament",
            "Hennebelle",
            "Lecomte",
            "Lemaire",
            "Maës",
            "Playoust",
            "Roussel",
            "Vanhoutte",
            "Verbeke",
            "Wattrelos",
            "Delporte",
            "Ducrocq",
        ],
    ),
    "es": (
        [
            "Anselmo",
            "Celestino",
            "Eutimio",
            "Fermín",
            "Gumersindo",
            "Isidoro",
            "Nicasio",
            "Saturnino",
            "Valentín",
            "Víctor",
            "Jesús",
            "Ángel",
        ],
        [
            "Asunción",
            "Begoña",
            "Encarnación",
            "Feliciana",
            "Herminia",
            "Inmaculada",
            "Milagros",
            "Nieves",
            "Remedios",
            "Visitación",
            "Pilar",
            "Esperanza",
        ],
        [
            "Alonso",
            "Bermejo",
            "Calvo",
            "de la Fuente",
            "Garrido",
            "Herrero",
            "Izquierdo",
            "Lorenzo",
            "Manso",
            "Pastor",
            "Rebollo",
            "San José",
            "Tejedor",
            "Velasco",
            "Arranz",
            "Cuesta",
        ],
    ),
}

#: Japanese family names (kanji, katakana) and given names (kanji, katakana, female)
JA_FAMILY: list[tuple[str, str]] = [
    ("杉山", "スギヤマ"),
    ("望月", "モチヅキ"),
    ("鈴木", "スズキ"),
    ("渡辺", "ワタナベ"),
    ("大石", "オオイシ"),
    ("山本", "ヤマモト"),
    ("石川", "イシカワ"),
    ("増田", "マスダ"),
    ("松下", "マツシタ"),
    ("村松", "ムラマツ"),
    ("仁科", "ニシナ"),
    ("青島", "アオシマ"),
    ("勝又", "カツマタ"),
    ("芹沢", "セリザワ"),
    ("内藤", "ナイトウ"),
]
JA_GIVEN: list[tuple[str, str, bool]] = [
    ("和夫", "カズオ", False),
    ("正雄", "マサオ", False),
    ("浩二", "コウジ", False),
    ("健太", "ケンタ", False),
    ("隆", "タカシ", False),
    ("誠", "マコト", False),
    ("茂", "シゲル", False),
    ("大輔", "ダイスケ", False),
    ("節子", "セツコ", True),
    ("恵子", "ケイコ", True),
    ("由美", "ユミ", True),
    ("久美子", "クミコ", True),
    ("幸子", "サチコ", True),
    ("明美", "アケミ", True),
    ("真由美", "マユミ", True),
    ("千尋", "チヒロ", True),
]


def us_person(g: Gen, female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    males, females, lasts = US_NAMES[g.rnd.choices(list(US_ORIGINS), list(US_ORIGINS.values()))[0]]
    return g.rnd.choice(females if female else males), g.rnd.choice(lasts)


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    if lang == "us":
        return us_person(g, female)
    female = g.rnd.random() < 0.5 if female is None else female
    males, females, lasts = NAMES[lang]
    return g.rnd.choice(females if female else males), g.rnd.choice(lasts)


def whole(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def initial(g: Gen) -> str:
    return g.rnd.choice("ABCDEFGHJKLMNPRSTW")


def ja_person(g: Gen) -> tuple[str, str, str, str, bool]:
    """(family kanji, family kana, given kanji, given kana, female)."""
    fam, fam_kana = g.rnd.choice(JA_FAMILY)
    giv, giv_kana, female = g.rnd.choice(JA_GIVEN)
    return fam, fam_kana, giv, giv_kana, female


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "x", plain(last) or "y"
    local = g.rnd.choice(
        [
            f"{a}.{b}",
            f"{a[0]}{b}",
            f"{a}{g.rnd.randint(1, 99)}",
            f"{b}{a[0]}{g.rnd.randint(40, 99)}",
            f"{a}_{b}",
            f"{b}.{a}",
            f"{a}{b}",
        ]
    )
    return f"{local}@{g.rnd.choice(domains)}"


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(first)}.{plain(last)}@{domain}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first), plain(last)
    return [f"{a[0]}{b}"[:10], f"{b[:7]}{a[0]}", f"{a[0]}{b[:6]}".upper(), f"{b[:6]}{a[:2]}".upper()][style % 4]


US_DOMAINS = [
    "gmail.com",
    "yahoo.com",
    "aol.com",
    "att.net",
    "hotmail.com",
    "centurytel.net",
    "windstream.net",
    "outlook.com",
    "sbcglobal.net",
    "charter.net",
]

# -- places (written for v58) ------------------------------------------------------------------------------------------

#: state -> [(town, ZIP lead)]; and the area codes of each state
US_TOWNS: dict[str, list[tuple[str, str]]] = {
    "MO": [
        ("Rolla", "654"),
        ("Lebanon", "655"),
        ("Salem", "655"),
        ("Houston", "654"),
        ("Licking", "654"),
        ("Cuba", "654"),
        ("Owensville", "650"),
        ("Waynesville", "655"),
        ("Steelville", "655"),
    ],
    "KS": [
        ("Salina", "674"),
        ("Hays", "676"),
        ("Emporia", "668"),
        ("Hutchinson", "675"),
        ("Garden City", "678"),
        ("Manhattan", "665"),
        ("Dodge City", "678"),
        ("Pittsburg", "667"),
        ("Lawrence", "660"),
    ],
    "GA": [
        ("Dalton", "307"),
        ("Chatsworth", "307"),
        ("Calhoun", "307"),
        ("Ringgold", "307"),
        ("Rocky Face", "307"),
        ("Tunnel Hill", "307"),
        ("Eton", "307"),
        ("Resaca", "307"),
    ],
    "KY": [
        ("Paris", "403"),
        ("Versailles", "403"),
        ("Georgetown", "403"),
        ("Lexington", "405"),
        ("Winchester", "403"),
        ("Midway", "403"),
        ("Nicholasville", "403"),
    ],
    "NC": [
        ("Hickory", "286"),
        ("Lenoir", "286"),
        ("Morganton", "286"),
        ("Conover", "286"),
        ("Newton", "286"),
        ("Thomasville", "273"),
        ("High Point", "272"),
        ("Granite Falls", "286"),
    ],
    "IN": [("Elkhart", "465"), ("Goshen", "465"), ("Middlebury", "465"), ("Nappanee", "465")],
    "FL": [("Ocala", "344"), ("Lakeland", "338"), ("The Villages", "321"), ("Fort Myers", "339")],
    "TX": [("Odessa", "797"), ("Midland", "797"), ("Big Spring", "797"), ("San Angelo", "769"), ("Abilene", "796")],
    "AZ": [("Mesa", "852"), ("Yuma", "853"), ("Lake Havasu City", "864"), ("Prescott", "863")],
    "MI": [("Traverse City", "496"), ("Grand Rapids", "495"), ("Kalamazoo", "490"), ("Lansing", "489")],
    "OH": [("Findlay", "458"), ("Lima", "458"), ("Mansfield", "449"), ("Zanesville", "437")],
    "WI": [
        ("Fond du Lac", "549"),
        ("Sheboygan", "530"),
        ("Marshfield", "544"),
        ("Manitowoc", "542"),
        ("Green Bay", "543"),
        ("Wausau", "544"),
    ],
}
US_AREAS_BY_STATE: dict[str, list[str]] = {
    "MO": ["573", "417"],
    "KS": ["785", "620", "316"],
    "GA": ["706", "762"],
    "KY": ["859", "502"],
    "NC": ["828", "336"],
    "IN": ["574", "260"],
    "FL": ["352", "863", "239"],
    "TX": ["432", "325"],
    "AZ": ["480", "928"],
    "MI": ["231", "616", "269"],
    "OH": ["419", "740"],
    "WI": ["920", "715"],
}
US_AREAS = ["573", "785", "706", "859", "828", "574", "920"]
US_STREETS = [
    "County Road 412",
    "State Hwy 19",
    "Old Route 66",
    "Persimmon Ln",
    "Bluegrass Pike",
    "Cedar Bluff Rd",
    "Shawnee Trl",
    "Fairground Rd",
    "Mill Creek Rd",
    "Pleasant Hill Church Rd",
    "Walnut St",
    "N Main St",
    "Osage Ave",
    "Quail Run Dr",
    "Tanyard Branch Rd",
    "Catawba Valley Blvd",
    "Hickory Grove Ln",
    "Buffalo Springs Rd",
    "Prairie View Dr",
    "Sorghum Mill Rd",
]


def us_town(g: Gen, state: str) -> tuple[str, str, str]:
    """(town, state, ZIP lead) of ``state``."""
    town, lead = g.rnd.choice(US_TOWNS[state])
    return town, state, lead


def us_zip(g: Gen, lead: str) -> str:
    return lead + g.digits(2)


def us_street(g: Gen) -> str:
    n = g.rnd.randint(10, 24999)
    s = g.rnd.choice(US_STREETS)
    return g.rnd.choice(
        [f"{n} {s}", f"{n} {s}", f"{n} {s}", f"{n} {s} Lot {g.rnd.randint(1, 40)}", f"PO Box {g.rnd.randint(10, 2999)}"]
    )


#: West Cornwall: (town, postcode district)
KW_TOWNS = [
    ("Penzance", "TR18"),
    ("St Just", "TR19"),
    ("Helston", "TR13"),
    ("Camborne", "TR14"),
    ("Redruth", "TR15"),
    ("Hayle", "TR27"),
    ("St Ives", "TR26"),
    ("Marazion", "TR17"),
    ("Truro", "TR1"),
    ("Falmouth", "TR11"),
    ("St Buryan", "TR19"),
]
KW_PLACES = [
    "Trewellard",
    "Higher Bosullow",
    "Boswarva",
    "Tregaminion",
    "Lower Treave",
    "Carnyorth",
    "Bojewyan",
    "Chyandour",
    "Trevean",
    "Polgoon",
    "Rosemergy",
    "Boskenna",
    "Tredinney",
    "Kerrowe",
    "Nanjulian",
]


def gb_postcode(g: Gen, district: str) -> str:
    return f"{district} {g.rnd.randint(0, 9)}{g.digits(2, 'ABDEFGHJLNPQRSTUWXYZ')}"


def kw_address(g: Gen) -> str:
    place = g.rnd.choice(KW_PLACES)
    return g.rnd.choice(
        [
            f"{place} Farm",
            f"{g.rnd.randint(1, 60)} {place} Lane",
            f"{place} Barton",
            f"Higher {place}",
            f"{g.rnd.randint(1, 30)} {g.rnd.choice(['Chapel St', 'Fore St'])}",
        ]
    )


#: the Palatinate and around: (town, postcode lead)
DE_TOWNS = [
    ("Ludwigshafen am Rhein", "670"),
    ("Frankenthal", "672"),
    ("Speyer", "673"),
    ("Haßloch", "674"),
    ("Neustadt an der Weinstraße", "674"),
    ("Bad Dürkheim", "670"),
    ("Schifferstadt", "671"),
    ("Limburgerhof", "671"),
    ("Mannheim", "681"),
    ("Worms", "675"),
    ("Landau in der Pfalz", "768"),
]
DE_STREETS = [
    "Weinstraße",
    "Rheinuferstraße",
    "Mundenheimer Str.",
    "Kirchgasse",
    "Am Wingert",
    "Raiffeisenstr.",
    "Friedrich-Ebert-Str.",
    "Im Gänsegarten",
    "Lindenweg",
    "Bahnhofstraße",
    "Hauptstr.",
    "Rebenweg",
]
DE_BIRTHPLACES = [
    "Ludwigshafen am Rhein",
    "Kaiserslautern",
    "Pirmasens",
    "Mannheim",
    "Zweibrücken",
    "Saarbrücken",
    "Mainz",
    "Karlsruhe",
    "Heidelberg",
    "Izmir",
    "Kraków",
    "Frankenthal",
]


def de_street(g: Gen) -> str:
    return f"{g.rnd.choice(DE_STREETS)} {g.rnd.randint(1, 140)}" + g.rnd.choice(["", "", "a", "b"])


#: West Jutland: (town, postnr)
DK_TOWNS = [
    ("Ringkøbing", "6950"),
    ("Skjern", "6900"),
    ("Tarm", "6880"),
    ("Videbæk", "6920"),
    ("Ulfborg", "6990"),
    ("Lemvig", "7620"),
    ("Holstebro", "7500"),
    ("Vinderup", "7830"),
    ("Spjald", "6971"),
    ("Hvide Sande", "6960"),
    ("Tim", "6980"),
    ("Vildbjerg", "7480"),
]
DK_ROADS = [
    "Hedevej",
    "Mosevej",
    "Vestergårdsvej",
    "Klitvej",
    "Lyngvej",
    "Stausbølvej",
    "Fjordvejen",
    "Bjergvej",
    "Ådalsvej",
    "Nørremarksvej",
    "Kærvej",
    "Tranevej",
]


def dk_address(g: Gen) -> str:
    return f"{g.rnd.choice(DK_ROADS)} {g.rnd.randint(1, 120)}" + g.rnd.choice(["", "", "", ", Hee", ", Stadil"])


#: the Westland: (town, postcode digits)
NL_TOWNS = [
    ("Naaldwijk", "2671"),
    ("'s-Gravenzande", "2691"),
    ("Monster", "2681"),
    ("Wateringen", "2291"),
    ("De Lier", "2678"),
    ("Honselersdijk", "2675"),
    ("Poeldijk", "2685"),
    ("Maasdijk", "2676"),
]
NL_STREETS = [
    "Molenweg",
    "Galgeweg",
    "Zijtwende",
    "Dijkweg",
    "Van Lierdreef",
    "Tuindersweg",
    "Slaperdijk",
    "Oranjestraat",
    "Kerklaan",
    "Poeldijkseweg",
]


def nl_postcode(g: Gen, digits: str) -> str:
    while True:
        letters = g.digits(2, "ABCDEGHJKLMNPRTVWXZ")
        if letters not in {"SA", "SD", "SS"}:
            return f"{digits} {letters}"


#: the French mail-order customers' towns (upper case as the file keeps them): (town, postcode)
FR_TOWNS = [
    ("ROUBAIX", "59100"),
    ("TOURCOING", "59200"),
    ("LILLE", "59000"),
    ("ARMENTIERES", "59280"),
    ("AMIENS", "80000"),
    ("ABBEVILLE", "80100"),
    ("SAINT-QUENTIN", "02100"),
    ("CHARLEVILLE-MEZIERES", "08000"),
    ("REIMS", "51100"),
    ("NANCY", "54000"),
    ("METZ", "57000"),
    ("LIMOGES", "87000"),
    ("POITIERS", "86000"),
    ("BREST", "29200"),
    ("PAU", "64000"),
    ("NIMES", "30000"),
    ("PERPIGNAN", "66000"),
    ("DIJON", "21000"),
    ("CLERMONT-FERRAND", "63000"),
    ("LE MANS", "72000"),
]
FR_STREETS = [
    "RUE DE LA GARE",
    "RUE JEAN JAURES",
    "AVENUE DES LILAS",
    "RUE DU GENERAL DE GAULLE",
    "CHEMIN DES PRES",
    "RUE PASTEUR",
    "BOULEVARD DE FOURMIES",
    "RUE DE LANNOY",
    "IMPASSE DES TISSERANDS",
    "RUE VICTOR HUGO",
    "ALLEE DES PEUPLIERS",
    "RUE DE LA REPUBLIQUE",
]


def fr_street(g: Gen) -> str:
    return f"{g.rnd.randint(1, 240)}{g.rnd.choice(['', '', '', ' BIS', ' TER'])} {g.rnd.choice(FR_STREETS)}"


#: the province of Valladolid: (town, postcode)
ES_TOWNS = [
    ("Valladolid", "47001-47016"),
    ("Medina del Campo", "47400"),
    ("Tordesillas", "47100"),
    ("Laguna de Duero", "47140"),
    ("Arroyo de la Encomienda", "47195"),
    ("Tudela de Duero", "47320"),
    ("Peñafiel", "47300"),
    ("Íscar", "47420"),
    ("Simancas", "47130"),
    ("Cigales", "47270"),
    ("Zaratán", "47610"),
    ("Cistérniga", "47193"),
]
ES_STREETS = [
    "C/ Santiago",
    "C/ Labradores",
    "Avda. de Segovia",
    "C/ Pío del Río Hortega",
    "Pº Zorrilla",
    "C/ Real",
    "Plaza Mayor",
    "C/ Las Eras",
    "Ctra. de Rueda",
    "C/ Huelgas",
    "Avda. Juan Carlos I",
    "C/ San Roque",
]


def es_postcode(g: Gen, spec: str) -> str:
    if "-" in spec:
        lo, hi = spec.split("-")
        return f"{g.rnd.randint(int(lo), int(hi)):05d}"
    return spec


def es_street(g: Gen) -> str:
    return f"{g.rnd.choice(ES_STREETS)}, {g.rnd.randint(1, 90)}"


#: Shizuoka and the tea wholesaler's other mail-order customers: (prefecture and city, postcode lead)
JA_CITIES = [
    ("静岡県静岡市葵区", "420"),
    ("静岡県静岡市駿河区", "422"),
    ("静岡県浜松市中区", "430"),
    ("静岡県沼津市", "410"),
    ("静岡県富士市", "416"),
    ("静岡県焼津市", "425"),
    ("静岡県掛川市", "436"),
    ("静岡県島田市", "427"),
    ("静岡県藤枝市", "426"),
    ("東京都世田谷区", "154"),
    ("神奈川県横浜市港北区", "222"),
    ("愛知県名古屋市千種区", "464"),
    ("大阪府豊中市", "560"),
]
JA_TOWNS = ["緑町", "本町", "宮本町", "富士見町", "旭町", "駒形通", "中島", "大岩", "桜ケ丘", "栄町"]
JA_BUILDINGS = ["コーポ富士見", "メゾン緑ヶ丘", "ハイツ駿河", "サンハイム旭", "グリーンヒル本町"]


def ja_street(g: Gen) -> str:
    town = g.rnd.choice(JA_TOWNS)
    return g.rnd.choice(
        [
            f"{town}{g.rnd.randint(1, 5)}丁目{g.rnd.randint(1, 30)}番{g.rnd.randint(1, 20)}号",
            f"{town}{g.rnd.randint(1, 5)}-{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)}",
        ]
    )


def ja_building(g: Gen) -> str:
    return f"{g.rnd.choice(JA_BUILDINGS)} {g.rnd.randint(1, 4)}0{g.rnd.randint(1, 8)}"


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa, Mastercard, Discover or Amex prefix."""
    prefix, length = g.rnd.choice([("4", 16), ("4", 16), ("54", 16), ("6011", 16), ("34", 15)])
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


#: BBAN layouts (9 a digit, A a letter, ``{bank}`` one of the banks); python-stdnum checks the result
BBAN = {
    "DE": "{bank}9999999999",
    "DK": "{bank}9999999999",
    "NL": "{bank}9999999999",
    "FR": "{bank}999999999999999999",
    "ES": "{bank}9999999999999999",
    "GB": "{bank}99999999999999",
}
BANKS = {
    "DE": ["54550010", "54520194", "54790000", "67050505", "54562500"],
    "DK": ["7671", "9280", "7730", "0400"],
    "NL": ["RABO", "INGB", "ABNA", "SNSB", "TRIO"],
    "FR": ["30004", "16706", "20041", "10278"],
    "ES": ["2103", "3058", "0049", "2100"],
    "GB": ["NWBK", "BARC", "LOYD"],
}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, national checks retried, python-stdnum checks it)."""

    def make() -> str:
        bban = g.rnd.choice(BANKS[country]) + g.code(BBAN[country].replace("{bank}", ""))
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4)) if spaced else number


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(100, 665):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}"

    number = g.valid(make, _ssn.is_valid)
    return number if dashed else number.replace("-", "")


def us_ein(g: Gen) -> str:
    """A US employer identification number (a business's: ``none``); python-stdnum checks its prefix."""
    return g.valid(
        lambda: f"{g.rnd.choice(['43', '48', '56', '58', '61', '74', '75', '76'])}-{g.digits(7)}", _ein.is_valid
    )


def aba_routing(g: Gen) -> str:
    """An ABA routing number (a bank's: ``none``) with its check digit."""
    body = g.rnd.choice(["0810", "1010", "0420", "0530", "0750", "1110"]) + g.digits(4)
    return body + _rtn.calc_check_digit(body)


#: VIN transliteration and weights (ISO 3779, North American check digit in position 9)
_VIN_VALUES = {
    **{str(i): i for i in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9))),
    **dict(zip("JKLMN", range(1, 6))),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10))),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_check(vin: str) -> str:
    total = sum(_VIN_VALUES[ch] * w for ch, w in zip(vin, _VIN_WEIGHTS))
    return "X" if total % 11 == 10 else str(total % 11)


def rv_vin(g: Gen, year: int) -> str:
    """A VIN of a towable RV built in Indiana (its check digit computed): a vehicle's number, ``none``."""
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    years = "ABCDEFGHJKLMNPRSTVWXY123456789"
    body = (
        g.rnd.choice(["4X4", "5ZT", "4YD", "1UJ"])
        + g.digits(5, alphabet)
        + "0"
        + years[(year - 2010) % 30]
        + g.rnd.choice("EGL")
        + g.digits(6)
    )
    return body[:8] + vin_check(body) + body[9:]


def gb_vat(g: Gen) -> str:
    return "GB" + g.valid(lambda: g.digits(9), lambda x: x[0] != "0" and _gbvat.is_valid(x))


def de_vat(g: Gen) -> str:
    return g.valid(lambda: "DE" + g.rnd.choice("123") + g.digits(8), _devat.is_valid)


def de_idnr(g: Gen) -> str:
    """A German tax identification number (Steuer-IdNr): 11 digits, one digit repeated, ISO 7064 mod 11,10."""

    def make() -> str:
        ten = g.rnd.sample("0123456789", 9)
        while ten[0] == "0":
            g.rnd.shuffle(ten)
        ten.insert(g.rnd.randint(1, 9), g.rnd.choice(ten))
        body = "".join(ten)
        product = 10
        for ch in body:
            total = (int(ch) + product) % 10 or 10
            product = (total * 2) % 11
        return body + str((11 - product) % 10)

    return g.valid(make, _idnr.is_valid)


def rvnr_check(body: str) -> str:
    """The check digit of a German pension insurance number (Rentenversicherungsnummer) from its first 11
    characters: the letter replaced by its two-digit place in the alphabet, weights 2 1 2 5 7 1 2 1 2 1 2 1, the
    digit sums of the products added, modulo 10."""
    digits = body[:8] + f"{ord(body[8]) - 64:02d}" + body[9:11]
    return str(sum(sum(map(int, str(int(d) * w))) for d, w in zip(digits, (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1))) % 10)


def de_rvnr(g: Gen, born: date, birth_name: str, female: bool) -> str:
    """A pension insurance number encoding the area, birth date, birth name's initial and sex (serial 00-49 men,
    50-99 women)."""
    serial = g.rnd.randint(50, 99) if female else g.rnd.randint(0, 49)
    letter = upper_ascii(birth_name)[0]
    body = f"{g.rnd.choice(['12', '13', '15', '24', '53', '65'])}{born:%d%m%y}{letter}{serial:02d}"
    return body + rvnr_check(body)


def dk_cpr(g: Gen, born: date, female: bool) -> str:
    """A Danish CPR number encoding ``born`` (century digit) and sex (parity); python-stdnum checks its date."""
    if born.year < 2000:
        seventh = g.rnd.choice("0123")
    else:
        seventh = g.rnd.choice("49" if born.year <= 2036 else "5678")
    last = g.rnd.choice("02468" if female else "13579")
    number = f"{born:%d%m%y}{seventh}{g.digits(2)}{last}"
    assert _cpr.is_valid(number) and _cpr.get_birth_date(number) == born
    return number


def dk_cvr(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("123") + g.digits(7), _cvr.is_valid)


def nl_bsn(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("12345678") + g.digits(8), _bsn.is_valid)


def es_dni(g: Gen) -> str:
    body = f"{g.rnd.randint(7_000_000, 72_999_999):08d}"
    return body + _dni.calc_check_digit(body)


def es_nie(g: Gen) -> str:
    body = g.rnd.choice("XY") + g.digits(7)
    number = body + _nie.calc_check_digit(body)
    assert _nie.is_valid(number)
    return number


def jp_corporate(g: Gen) -> str:
    """A Japanese corporate number (法人番号, a company's: ``none``) with its check digit."""
    body = g.rnd.choice(["0800", "3080", "7080", "9080"]) + g.digits(8)
    return _jpcn.calc_check_digit(body) + body


def ean13(g: Gen, prefix: str) -> str:
    body = prefix + g.digits(12 - len(prefix))
    return body + _ean.calc_check_digit(body)


# -- businesses and decoys (written for v58) ---------------------------------------------------------------------------

US_COMPANIES = [
    "Kettle Moraine Dairy Supply",
    "Badger State Milking Systems",
    "Fox Valley Feed & Seed",
    "Lakeshore Creamery Co-op",
    "Holsum Hill Farms LLC",
    "Northwoods Cheese Haus",
    "Pine Bluff Dairy Inc",
    "Calumet Bulk Milk Hauling",
    "Manitowoc Ag Credit",
    "Door Peninsula Ice Cream Co",
]
OILFIELD_VENDORS = [
    "Permian Hot Shot Services LLC",
    "Caprock Pipe & Supply",
    "Llano Estacado Welding Inc",
    "Big Lake Vacuum Trucks",
    "Mesa Roustabout Co",
    "Pecos Valley Wireline LP",
    "Andrews Frac Sand LLC",
    "Odessa Valve & Fitting",
    "Crane County Water Transfer",
    "Staked Plains Environmental",
    "West Texas Crane Rental",
    "Ector Safety Consultants",
    "Rankin Portable Toilets",
    "Sandhills Dirt Work LLC",
    "Notrees Compressor Service",
]
DK_COMPANIES = [
    "Vestjysk Foderstof A/S",
    "Skjern Svinefoder ApS",
    "Stadil Maskinstation I/S",
    "Lemvig Dyrlægerne",
    "Hedegaard Transport ApS",
    "Agri Nord Rådgivning",
    "Ringkøbing Landboforening",
]
KW_COMPANIES = [
    "Trewin Farms Ltd",
    "West Penwith Contractors",
    "Boskenna Estate",
    "Chyandour Dairies Ltd",
    "Polgoon Vineyard",
    "Mount's Bay Growers",
    "Kerrowe Equestrian",
    "St Buryan Agri Services",
]
