"""Values of held-out set v68 (:mod:`benchmarks.classification.heldout_v68`): v68's random source, names, streets,
towns and postal codes written by hand for v68 (no Faker, no list of real people), phones checked with phonenumbers
and identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module; the lists below are new (Houston, central Ohio,
Minnesota and Tampa Bay, the English Midlands, Brisbane, Ottawa, Jamaica, Gauteng, Hohenlohe, the Achterhoek and
IJssel valley, Lyon, Castile and León, Lisbon, Setúbal and Porto, Dalarna).
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
from stdnum import imei as _imei
from stdnum import luhn
from stdnum.au import abn as _abn
from stdnum.ca import bn as _bn
from stdnum.de import idnr as _idnr
from stdnum.de import vat as _devat
from stdnum.es import cif as _cif
from stdnum.es import cups as _cups
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.fr import siren as _siren
from stdnum.fr import tva as _tva
from stdnum.iso7064 import mod_11_10
from stdnum.nl import bsn as _bsn
from stdnum.nl import btw as _btw
from stdnum.pt import nif as _ptnif
from stdnum.se import orgnr as _orgnr
from stdnum.se import personnummer as _pnr
from stdnum.us import rtn as _rtn
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _zaid

from benchmarks.classification.heldout_v2 import Column

SEED = 68_240_2026
N = "none"
#: a login or public display handle (review, as in v5 to v65)
USERNAME = "unclassified"
#: NULL-like strings of v68's systems (tests skip them; padded blanks strip to "")
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
    "#N/A",
    "nil",
    "<null>",
    "*",
    "NONE",
    "0",
    "00000000",
    "000000000",
    "0000000000",
    "000-00-0000",
    "N/B",
    "n.v.t.",
    "onbekend",
    "néant",
    "NEANT",
    "inconnu",
    "sin datos",
    "ninguna",
    "N.D.",
    "desconhecido",
    "sem",
    "saknas",
    "ingen",
    "keine",
    "k.A.",
    "NONE ON FILE",
    "NO ACCESS NOTE",
    "test@test.com",
    "noemail@none.com",
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


#: NSN leads and lengths by region and line type (validated with phonenumbers; NANP areas per table)
PHONE_PLANS: dict[str, dict[bool, tuple[list[str], list[int]]]] = {
    "GB": {True: (["74", "75", "77", "78", "79"], [10]), False: (["121", "24", "1902", "1384", "116", "115"], [10])},
    "AU": {True: (["4"], [9]), False: (["73"], [9])},
    "ZA": {True: (["60", "61", "71", "72", "73", "76", "78", "79", "81", "82", "83"], [9]), False: (["11"], [9])},
    "DE": {
        True: (["151", "152", "160", "170", "171", "172", "175", "176"], [10, 11]),
        False: (["7940", "7941", "7942", "7944", "791"], [8, 9, 10]),
    },
    "NL": {True: (["6"], [9]), False: (["314", "575", "543", "570", "55"], [9])},
    "FR": {True: (["6", "7"], [9]), False: (["47", "42", "43", "44"], [9])},
    "ES": {True: (["6", "7"], [9]), False: (["983", "987", "947", "923", "979"], [9])},
    "PT": {True: (["91", "92", "93", "96"], [9]), False: (["21", "22", "253", "265"], [9])},
    "SE": {True: (["70", "72", "73", "76", "79"], [9]), False: (["23", "243", "250", "240"], [8, 9])},
}
NANP_AREAS = {
    "US": ["713", "281", "832", "346", "614", "740", "612", "651", "763", "952", "813", "727", "941"],
    "CA": ["613", "343"],
    "JM": ["876"],
}


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v68:{SEED}:{table}")

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
        first = self.rnd.choice([24, 41, 62, 72, 85, 89, 94, 102, 105, 148, 176, 188, 193, 197, 213])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2001:8a0", "2a01:cb00", "2c0f:f4c0", "2600:1700", "2001:8003"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(6))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    def mac(self) -> str:
        return ":".join(f"{self.rnd.randint(0, 255):02X}" for _ in range(6))

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> Any:
        """A valid number of ``region``; ``fmt``: ``e164``, ``intl``, ``national``, ``digits`` (national digits),
        ``dashes``/``dots`` (NANP), ``nsn`` (the national significant number as an ``int``)."""
        code = phonenumbers.country_code_for_region(region)

        def make() -> str:
            if region in NANP_AREAS:
                return self.rnd.choice(NANP_AREAS[region]) + str(self.rnd.randint(2, 9)) + self.digits(6)
            leads, lengths = PHONE_PLANS[region][mobile]
            lead = self.rnd.choice(leads)
            return lead + self.digits(self.rnd.choice(lengths) - len(lead))

        def ok(candidate: str) -> bool:
            number = phonenumbers.parse(f"+{code}{candidate}")
            return phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region

        nsn = self.valid(make, ok)
        number = phonenumbers.parse(f"+{code}{nsn}")
        if fmt == "nsn":
            return int(nsn)
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        d = "".join(ch for ch in national if ch.isdigit())
        if fmt == "digits":
            return d
        if fmt == "dashes" and region in NANP_AREAS:
            return f"{d[:3]}-{d[3:6]}-{d[6:]}"
        if fmt == "dots" and region in NANP_AREAS:
            return f"{d[:3]}.{d[3:6]}.{d[6:]}"
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(
            lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile), null
        )


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


def pad(value: Any, width: int) -> Any:
    """A fixed-width CHAR value: upper case, blank-padded (``None`` and missing become blanks)."""
    return ("" if value is None else str(value).upper())[:width].ljust(width)


def cyymmdd(d: date | None) -> int:
    """An AS/400 ``CYYMMDD`` date as a number (0 when missing)."""
    return 0 if d is None else (d.year // 100 - 19) * 1_000_000 + (d.year % 100) * 10_000 + d.month * 100 + d.day


def yyyymmdd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def julian(d: date | None, century: bool = True) -> int:
    """A JD Edwards ``CYYDDD`` date (or ``YYYYDDD`` with ``century=False``) as a number (0 when missing)."""
    if d is None:
        return 0
    doy = d.timetuple().tm_yday
    return (d.year - 1900) * 1000 + doy if century else d.year * 1000 + doy


# -- names (written for v68) -------------------------------------------------------------------------------------------

#: origin -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us_anglo": (
        [
            "Colton",
            "Garrett",
            "Hollis",
            "Landon",
            "Rusty",
            "Tanner",
            "Waylon",
            "Beau",
            "Clay",
            "Dalton",
            "Everett",
            "Heath",
            "Kyle",
            "Mason",
        ],
        [
            "Brooklyn",
            "Callie",
            "Dixie",
            "Harper",
            "Jolene",
            "Kaylee",
            "Lacey",
            "Maribel",
            "Raelynn",
            "Shelby",
            "Tamsin",
            "Whitney",
            "Addison",
            "Paisley",
        ],
        [
            "Ashworth",
            "Blevins",
            "Cawthon",
            "Dockery",
            "Fenwick",
            "Gillespie",
            "Hargrove",
            "Kimbrough",
            "Lunsford",
            "McAllister",
            "Pruitt",
            "Ratliff",
            "Satterfield",
            "Tidwell",
            "Vickery",
            "Whitacre",
            "Yocum",
            "Burkhalter",
            "Oberholtzer",
            "Schwieterman",
            "Lindquist",
            "Halvorsen",
        ],
    ),
    "us_hispanic": (
        ["Adolfo", "Cruz", "Efraín", "Gerardo", "Horacio", "Joaquín", "Leonel", "Octavio", "Rigoberto", "Ulises"],
        ["Araceli", "Dulce", "Esmeralda", "Guadalupe", "Jazmín", "Marisol", "Nayeli", "Xochitl", "Yesenia", "Rosalba"],
        [
            "Barrientos",
            "Cantú",
            "Elizondo",
            "Garza",
            "Ledesma",
            "Olivares",
            "Quintanilla",
            "Treviño",
            "Zamarripa",
            "Villarreal",
            "Cisneros",
            "Longoria",
        ],
    ),
    "us_black": (
        ["Darnell", "DeShawn", "Jalen", "Marquis", "Terrell", "Cedric", "Demetrius", "Kendrick"],
        ["Ebony", "Keisha", "LaToya", "Shaniqua", "Tiana", "Imani", "Jasmine", "Monique"],
        ["Boykins", "Dorsey", "Gaines", "Hairston", "Jeffries", "Mayfield", "Randle", "Whitfield"],
    ),
    "us_asian": (
        ["Duc", "Minh", "Quang", "Thanh", "Rohit", "Vikram", "Wei", "Naveen"],
        ["Hanh", "Linh", "Thuy", "Priyanka", "Deepa", "Mei", "Ngoc", "Sunita"],
        ["Dang", "Luong", "Pham", "Vo", "Bhattacharya", "Reddy", "Venkatesan", "Zhou"],
    ),
    "us_african": (
        ["Abdirahman", "Chukwuemeka", "Mohamed", "Olumide", "Yeng", "Tou", "Kofi", "Liban"],
        ["Fadumo", "Hodan", "Ngozi", "Ifunanya", "Mai", "Pa Nhia", "Ayaan", "Folasade"],
        ["Abdi", "Warsame", "Okonkwo", "Adeyemi", "Vang", "Xiong", "Hussein", "Mensah"],
    ),
    "uk": (
        [
            "Callum",
            "Declan",
            "Harvey",
            "Kieran",
            "Ollie",
            "Reece",
            "Stuart",
            "Tyler",
            "Alfie",
            "Gareth",
            "Nigel",
            "Jamie",
        ],
        [
            "Abigail",
            "Bethany",
            "Chloe",
            "Demi",
            "Gemma",
            "Jodie",
            "Kirsty",
            "Leanne",
            "Megan",
            "Shannon",
            "Tracey",
            "Paige",
        ],
        [
            "Attwood",
            "Bickley",
            "Corbett",
            "Dudley",
            "Eccleston",
            "Froggatt",
            "Grainger",
            "Haynes",
            "Jukes",
            "Kettle",
            "Millward",
            "Nock",
            "Onions",
            "Partridge",
            "Roper",
            "Smallwood",
            "Tolley",
            "Whitehouse",
            "Yardley",
            "Hollins",
        ],
    ),
    "uk_asian": (
        ["Amrit", "Harjit", "Imran", "Jaswinder", "Kamran", "Mandeep", "Tariq", "Zubair"],
        ["Amandeep", "Ayesha", "Harpreet", "Nazia", "Rubina", "Simran", "Sukhvinder", "Zainab"],
        ["Bains", "Dhaliwal", "Gill", "Hussain", "Kaur", "Mahmood", "Sandhu", "Sidhu", "Akhtar", "Rehman"],
    ),
    "uk_other": (
        ["Delroy", "Winston", "Kacper", "Tomasz", "Mihai", "Darius"],
        ["Marcia", "Paulette", "Zuzanna", "Agnieszka", "Ioana", "Simona"],
        ["Blackwood", "Forbes", "Nowicki", "Wróbel", "Popescu", "Kazlauskas"],
    ),
    "au": (
        [
            "Brodie",
            "Darcy",
            "Fletcher",
            "Hamish",
            "Lachlan",
            "Mitchell",
            "Nathan",
            "Riley",
            "Tate",
            "Zac",
            "Bailey",
            "Jarrah",
        ],
        [
            "Ashleigh",
            "Bronte",
            "Courtney",
            "Ebony",
            "Jessica",
            "Kirra",
            "Matilda",
            "Sienna",
            "Tahlia",
            "Zoe",
            "Indi",
            "Mackenzie",
        ],
        [
            "Bancroft",
            "Cutler",
            "Dunstan",
            "Everingham",
            "Gilchrist",
            "Hennessy",
            "Kavanagh",
            "Lovett",
            "McInnes",
            "Pickering",
            "Rutherford",
            "Sattler",
            "Treloar",
            "Whiteley",
            "Nguyen-Tran",
            "Papadakis",
            "Sharma",
            "Liang",
            "Ferraro",
            "Kowalczyk",
        ],
    ),
    "ca": (
        [
            "Étienne",
            "Gabriel",
            "Mathieu",
            "Sébastien",
            "Connor",
            "Gordon",
            "Liam",
            "Owen",
            "Karim",
            "Ahmed",
            "Jun",
            "Anwar",
        ],
        [
            "Geneviève",
            "Josée",
            "Mélanie",
            "Nathalie",
            "Brianna",
            "Hailey",
            "Kelsey",
            "Morgan",
            "Rania",
            "Hibaq",
            "Xin",
            "Layla",
        ],
        [
            "Beauchamp",
            "Charbonneau",
            "Desrochers",
            "Gagnon",
            "Lapointe",
            "Ouellette",
            "Proulx",
            "Thibodeau",
            "MacPherson",
            "McTavish",
            "Robertson",
            "Sinclair",
            "Haddad",
            "Khoury",
            "Farah",
            "Osman",
            "Chan",
            "Leung",
        ],
    ),
    "jm": (
        [
            "Andre",
            "Dwayne",
            "Jermaine",
            "Kemar",
            "Omar",
            "Rohan",
            "Shamar",
            "Tajay",
            "Dewayne",
            "Romaine",
            "Nickoy",
            "Oneil",
        ],
        [
            "Alecia",
            "Kerry-Ann",
            "Shanice",
            "Shaneika",
            "Tamoya",
            "Tanisha",
            "Kimone",
            "Sashana",
            "Jodian",
            "Stacy-Ann",
            "Trudy-Ann",
            "Moesha",
        ],
        [
            "Barrett",
            "Bailey",
            "Ebanks",
            "Facey",
            "Gayle",
            "Grant",
            "Lewin",
            "McKenzie",
            "Morrison",
            "Ricketts",
            "Samuels",
            "Wedderburn",
            "Chin",
            "Mahfood",
            "Bogle",
            "Dyer",
            "Gordon",
            "Powell",
        ],
    ),
    "za": (
        [
            "Bongani",
            "Lwazi",
            "Mandla",
            "Sibusiso",
            "Thabo",
            "Kagiso",
            "Tshepo",
            "Lunga",
            "Pieter",
            "Johan",
            "Ruan",
            "Kyle",
            "Yusuf",
            "Pravin",
        ],
        [
            "Lerato",
            "Nomvula",
            "Palesa",
            "Thandeka",
            "Zanele",
            "Naledi",
            "Busisiwe",
            "Refilwe",
            "Anika",
            "Marike",
            "Chantelle",
            "Fatima",
            "Kamini",
            "Ayanda",
        ],
        [
            "Dlamini",
            "Khumalo",
            "Mokoena",
            "Nkosi",
            "Ngcobo",
            "Sithole",
            "Mahlangu",
            "Molefe",
            "Radebe",
            "Mthembu",
            "van der Merwe",
            "Botha",
            "Pretorius",
            "Steyn",
            "Naidoo",
            "Pillay",
            "Moosa",
            "Cassim",
            "Mokgadi",
            "Tshabalala",
        ],
    ),
    "de": (
        [
            "Achim",
            "Bernd",
            "Dieter",
            "Eberhard",
            "Gottfried",
            "Hartmut",
            "Jürgen",
            "Klaus",
            "Reinhold",
            "Siegfried",
            "Tobias",
            "Fabian",
            "Lukas",
            "Wolfgang",
        ],
        [
            "Annegret",
            "Brigitte",
            "Christa",
            "Gudrun",
            "Hannelore",
            "Irmgard",
            "Karin",
            "Renate",
            "Sieglinde",
            "Ute",
            "Franziska",
            "Katharina",
            "Lena",
            "Marlene",
        ],
        [
            "Ackermann",
            "Baumgärtner",
            "Dürr",
            "Ehrmann",
            "Frank",
            "Gräter",
            "Haag",
            "Heinle",
            "Kümmerer",
            "Löffler",
            "Mack",
            "Nothwang",
            "Pfitzer",
            "Rößler",
            "Schäfer",
            "Stier",
            "Ulshöfer",
            "Walz",
            "Weidner",
            "Zeller",
        ],
    ),
    "nl": (
        [
            "Arjan",
            "Bart",
            "Dirk",
            "Erwin",
            "Gerrit",
            "Hendrik",
            "Jeroen",
            "Maarten",
            "Ruud",
            "Sander",
            "Wouter",
            "Teun",
        ],
        [
            "Annemiek",
            "Brechje",
            "Dineke",
            "Gerdien",
            "Hanneke",
            "Ineke",
            "Janneke",
            "Lieke",
            "Marieke",
            "Sanne",
            "Wilma",
            "Femke",
        ],
        [
            "Bekker",
            "Bosman",
            "Eppink",
            "Geerdink",
            "Harbers",
            "Hofstede",
            "Klein Gunnewiek",
            "Lensink",
            "Nijhof",
            "Oosterink",
            "Rouwenhorst",
            "Scholten",
            "Tijink",
            "Wassink",
            "Wolbrink",
            "Bulten",
            "Kempers",
        ],
    ),
    "fr": (
        [
            "Alain",
            "Bertrand",
            "Cédric",
            "Didier",
            "Fabien",
            "Grégoire",
            "Hervé",
            "Jérôme",
            "Ludovic",
            "Mehdi",
            "Rachid",
            "Yannick",
            "Kévin",
            "Thibault",
        ],
        [
            "Amandine",
            "Brigitte",
            "Christelle",
            "Delphine",
            "Élodie",
            "Fatiha",
            "Laetitia",
            "Maryse",
            "Nadège",
            "Samia",
            "Sandrine",
            "Véronique",
            "Océane",
            "Inès",
        ],
        [
            "Bonnefoy",
            "Chabert",
            "Dufaure",
            "Escoffier",
            "Fayolle",
            "Girard",
            "Jacquemet",
            "Lamouille",
            "Mercier",
            "Perrichon",
            "Rivoire",
            "Vuillermoz",
            "Benali",
            "Bouzid",
            "Haddadi",
            "Nguyen",
            "Da Costa",
            "Guillot",
        ],
    ),
    "es": (
        [
            "Ángel",
            "Casimiro",
            "Eusebio",
            "Fermín",
            "Gonzalo",
            "Íñigo",
            "Jacinto",
            "Nicasio",
            "Rubén",
            "Santiago",
            "Valentín",
            "Abel",
        ],
        [
            "Araceli",
            "Begoña",
            "Encarnación",
            "Felisa",
            "Inmaculada",
            "Leonor",
            "Maite",
            "Nieves",
            "Pilar",
            "Purificación",
            "Rocío",
            "Vanesa",
        ],
        [
            "Alonso",
            "Arranz",
            "Barrientos",
            "Cuadrado",
            "de la Fuente",
            "Escudero",
            "Fernández",
            "Herrero",
            "Llorente",
            "Manso",
            "Pascual",
            "Rebollo",
            "Sanz",
            "Tejedor",
            "Velasco",
            "Zurita",
            "Calvo",
            "Miguélez",
        ],
    ),
    "pt": (
        [
            "Afonso",
            "Bernardo",
            "Duarte",
            "Gonçalo",
            "Henrique",
            "Jorge",
            "Martim",
            "Nuno",
            "Rui",
            "Sérgio",
            "Tiago",
            "Vasco",
        ],
        [
            "Beatriz",
            "Catarina",
            "Filipa",
            "Inês",
            "Joana",
            "Leonor",
            "Margarida",
            "Mariana",
            "Rita",
            "Sofia",
            "Teresa",
            "Matilde",
        ],
        [
            "Almeida",
            "Barbosa",
            "Carvalho",
            "Correia",
            "Fonseca",
            "Gouveia",
            "Lourenço",
            "Magalhães",
            "Monteiro",
            "Nogueira",
            "Pinheiro",
            "Quintela",
            "Sequeira",
            "Tavares",
            "Valente",
            "Vieira",
            "Moreira",
            "Esteves",
        ],
    ),
    "sv": (
        ["Arvid", "Bengt", "Elias", "Erik", "Göran", "Hampus", "Jonas", "Lennart", "Olof", "Per", "Stig", "Ture"],
        [
            "Agneta",
            "Birgitta",
            "Elin",
            "Greta",
            "Hanna",
            "Karin",
            "Kerstin",
            "Lovisa",
            "Margareta",
            "Signe",
            "Siv",
            "Vera",
        ],
        [
            "Andersson",
            "Backlund",
            "Dahlin",
            "Ericsson",
            "Halvars",
            "Jernberg",
            "Kvist",
            "Larsson",
            "Mattsson",
            "Nises",
            "Olsson",
            "Persson",
            "Skoglund",
            "Stenberg",
            "Wallin",
            "Ärlig",
            "Östlund",
        ],
    ),
}
#: region -> origins (weights)
MIXES: dict[str, dict[str, float]] = {
    "us": {"us_anglo": 5, "us_hispanic": 3, "us_black": 2, "us_asian": 1.5, "us_african": 1},
    "uk": {"uk": 6, "uk_asian": 2.5, "uk_other": 1},
}


def person(g: Gen, region: str = "us", female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    origin = region
    if region in MIXES:
        mix = MIXES[region]
        origin = g.rnd.choices(list(mix), list(mix.values()))[0]
    males, females, lasts = NAMES[origin]
    return g.rnd.choice(females if female else males), g.rnd.choice(lasts)


def whole(g: Gen, region: str = "us") -> str:
    a, b = person(g, region)
    return f"{a} {b}"


def given(g: Gen, region: str = "us") -> str:
    return person(g, region)[0]


def family(g: Gen, region: str = "us") -> str:
    return person(g, region)[1]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first), plain(last)
    local = g.rnd.choice(
        [
            f"{a}.{b}",
            f"{a[0]}{b}",
            f"{a}{g.rnd.randint(1, 99)}",
            f"{b}.{a[0]}",
            f"{a}_{b}",
            f"{a}{b[0]}{g.rnd.randint(60, 99)}",
            f"{b}{a[:2]}",
        ]
    )
    return f"{local}@{g.rnd.choice(domains)}"


def email(g: Gen, region: str = "us") -> str:
    return email_of(g, *person(g, region), DOMAINS[region])


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first), plain(last)
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a[:3]}{b[:3]}"][style % 5]


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "att.net", "outlook.com", "icloud.com", "comcast.net", "hotmail.com"],
    "uk": ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com", "icloud.com"],
    "au": ["bigpond.com", "gmail.com", "outlook.com", "optusnet.com.au", "hotmail.com", "icloud.com"],
    "ca": ["gmail.com", "rogers.com", "bell.net", "videotron.ca", "hotmail.com", "outlook.com"],
    "jm": ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "vodamail.co.za", "telkomsa.net", "outlook.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"],
    "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.com", "gmail.com", "home.nl", "planet.nl"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com", "hotmail.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
    "pt": ["sapo.pt", "gmail.com", "hotmail.com", "netcabo.pt", "outlook.pt"],
    "sv": ["telia.com", "gmail.com", "hotmail.se", "bredband.net", "outlook.com"],
}


# -- places (written for v68) ------------------------------------------------------------------------------------------

#: region -> (town, state/county/province, postal lead)
TOWNS: dict[str, list[tuple[str, str, str]]] = {
    "tx": [
        ("Houston", "TX", "770"),
        ("Pasadena", "TX", "775"),
        ("Katy", "TX", "774"),
        ("Sugar Land", "TX", "774"),
        ("Baytown", "TX", "775"),
        ("Pearland", "TX", "775"),
        ("Spring", "TX", "773"),
        ("Humble", "TX", "773"),
        ("Conroe", "TX", "773"),
        ("League City", "TX", "775"),
    ],
    "oh": [
        ("Columbus", "Franklin", "432"),
        ("Westerville", "Delaware", "430"),
        ("Grove City", "Franklin", "431"),
        ("Hilliard", "Franklin", "430"),
        ("Reynoldsburg", "Licking", "430"),
        ("Delaware", "Delaware", "430"),
        ("Lancaster", "Fairfield", "431"),
        ("Newark", "Licking", "430"),
        ("Marion", "Marion", "433"),
        ("Circleville", "Pickaway", "431"),
    ],
    "mn": [
        ("Saint Paul", "MN", "551"),
        ("Minneapolis", "MN", "554"),
        ("Bloomington", "MN", "554"),
        ("Rochester", "MN", "559"),
        ("Duluth", "MN", "558"),
        ("St. Cloud", "MN", "563"),
        ("Mankato", "MN", "560"),
        ("Eagan", "MN", "551"),
        ("Woodbury", "MN", "551"),
        ("Moorhead", "MN", "565"),
    ],
    "fl": [
        ("Tampa", "FL", "336"),
        ("Brandon", "FL", "335"),
        ("Clearwater", "FL", "337"),
        ("St. Petersburg", "FL", "337"),
        ("Lakeland", "FL", "338"),
        ("Riverview", "FL", "335"),
        ("Wesley Chapel", "FL", "335"),
        ("Largo", "FL", "337"),
        ("Plant City", "FL", "335"),
    ],
    "uk": [
        ("Coventry", "West Midlands", "CV"),
        ("Wolverhampton", "West Midlands", "WV"),
        ("Dudley", "West Midlands", "DY"),
        ("Walsall", "West Midlands", "WS"),
        ("Leicester", "Leicestershire", "LE"),
        ("Nottingham", "Nottinghamshire", "NG"),
        ("Derby", "Derbyshire", "DE"),
        ("Nuneaton", "Warwickshire", "CV"),
        ("Kidderminster", "Worcestershire", "DY"),
        ("Loughborough", "Leicestershire", "LE"),
    ],
    "au": [
        ("Brisbane City", "QLD", "4000"),
        ("Logan Central", "QLD", "4114"),
        ("Ipswich", "QLD", "4305"),
        ("Redcliffe", "QLD", "4020"),
        ("Toowoomba", "QLD", "4350"),
        ("Caboolture", "QLD", "4510"),
        ("Springfield Lakes", "QLD", "4300"),
        ("Cleveland", "QLD", "4163"),
        ("Indooroopilly", "QLD", "4068"),
    ],
    "ca": [
        ("Ottawa", "ON", "K1N"),
        ("Kanata", "ON", "K2K"),
        ("Orléans", "ON", "K1C"),
        ("Nepean", "ON", "K2G"),
        ("Barrhaven", "ON", "K2J"),
        ("Stittsville", "ON", "K2S"),
        ("Gloucester", "ON", "K1J"),
        ("Manotick", "ON", "K4M"),
        ("Vanier", "ON", "K1L"),
    ],
    "za": [
        ("Johannesburg", "Gauteng", "2001"),
        ("Soweto", "Gauteng", "1804"),
        ("Sandton", "Gauteng", "2196"),
        ("Randburg", "Gauteng", "2194"),
        ("Roodepoort", "Gauteng", "1724"),
        ("Benoni", "Gauteng", "1501"),
        ("Germiston", "Gauteng", "1401"),
        ("Pretoria", "Gauteng", "0002"),
        ("Midrand", "Gauteng", "1685"),
        ("Polokwane", "Limpopo", "0699"),
        ("Rustenburg", "North West", "0299"),
    ],
    "de": [
        ("Künzelsau", "Hohenlohekreis", "74653"),
        ("Kupferzell", "Hohenlohekreis", "74635"),
        ("Öhringen", "Hohenlohekreis", "74613"),
        ("Neuenstein", "Hohenlohekreis", "74632"),
        ("Pfedelbach", "Hohenlohekreis", "74629"),
        ("Waldenburg", "Hohenlohekreis", "74638"),
    ],
    "nl": [
        ("Doetinchem", "Gelderland", "700"),
        ("Zutphen", "Gelderland", "720"),
        ("Winterswijk", "Gelderland", "710"),
        ("Deventer", "Overijssel", "741"),
        ("Lochem", "Gelderland", "724"),
        ("Groenlo", "Gelderland", "714"),
        ("Borculo", "Gelderland", "727"),
        ("Eibergen", "Gelderland", "715"),
        ("Vorden", "Gelderland", "725"),
    ],
    "fr": [
        ("Lyon", "Rhône", "6900"),
        ("Villeurbanne", "Rhône", "69100"),
        ("Vénissieux", "Rhône", "69200"),
        ("Vaulx-en-Velin", "Rhône", "69120"),
        ("Bron", "Rhône", "69500"),
        ("Saint-Priest", "Rhône", "69800"),
        ("Givors", "Rhône", "69700"),
        ("Oullins", "Rhône", "69600"),
        ("Rillieux-la-Pape", "Rhône", "69140"),
        ("Vienne", "Isère", "38200"),
    ],
    "es": [
        ("Valladolid", "Valladolid", "470"),
        ("León", "León", "240"),
        ("Burgos", "Burgos", "090"),
        ("Palencia", "Palencia", "340"),
        ("Zamora", "Zamora", "490"),
        ("Salamanca", "Salamanca", "370"),
        ("Ponferrada", "León", "244"),
        ("Medina del Campo", "Valladolid", "474"),
        ("Aranda de Duero", "Burgos", "094"),
        ("Laguna de Duero", "Valladolid", "471"),
    ],
    "sv": [
        ("Falun", "Dalarnas län", "791"),
        ("Borlänge", "Dalarnas län", "781"),
        ("Mora", "Dalarnas län", "792"),
        ("Ludvika", "Dalarnas län", "771"),
        ("Avesta", "Dalarnas län", "774"),
        ("Leksand", "Dalarnas län", "793"),
        ("Rättvik", "Dalarnas län", "795"),
        ("Hedemora", "Dalarnas län", "776"),
        ("Säter", "Dalarnas län", "783"),
    ],
}
#: Portugal: (localidade, concelho, distrito, CP4)
PT_PLACES = [
    ("Corroios", "Seixal", "Setúbal", "2855"),
    ("Amora", "Seixal", "Setúbal", "2845"),
    ("Almada", "Almada", "Setúbal", "2800"),
    ("Barreiro", "Barreiro", "Setúbal", "2830"),
    ("Amadora", "Amadora", "Lisboa", "2700"),
    ("Odivelas", "Odivelas", "Lisboa", "2675"),
    ("Queluz", "Sintra", "Lisboa", "2745"),
    ("Vila Nova de Gaia", "Vila Nova de Gaia", "Porto", "4400"),
    ("Matosinhos", "Matosinhos", "Porto", "4450"),
    ("Maia", "Maia", "Porto", "4470"),
    ("Braga", "Braga", "Braga", "4700"),
    ("Setúbal", "Setúbal", "Setúbal", "2900"),
]

STREETS: dict[str, list[str]] = {
    "tx": [
        "Bellaire Blvd",
        "Westheimer Rd",
        "Telephone Rd",
        "Cypress Creek Pkwy",
        "Bissonnet St",
        "Fuqua St",
        "Aldine Bender Rd",
        "Pecan Bayou Ln",
        "Mesquite Trail Dr",
        "Cullen Blvd",
        "Antoine Dr",
        "Lazy Brook Ct",
    ],
    "oh": [
        "Cleveland Ave",
        "Karl Rd",
        "Livingston Ave",
        "Sunbury Rd",
        "Morse Rd",
        "Buckeye Ln",
        "Old Stringtown Rd",
        "Hamilton Rd",
        "Walnut Ridge Dr",
        "Schrock Rd",
        "Scioto Trace",
        "Hickory Hill Ct",
    ],
    "mn": [
        "University Ave W",
        "Snelling Ave N",
        "Lake St E",
        "Rice St",
        "White Bear Ave N",
        "Larpenteur Ave",
        "Pilot Knob Rd",
        "Birch Lake Blvd",
        "Old Shakopee Rd",
        "Lyndale Ave S",
        "Arcade St",
        "Maryland Ave E",
    ],
    "fl": [
        "Dale Mabry Hwy",
        "Hillsborough Ave",
        "Bruce B Downs Blvd",
        "Gandy Blvd",
        "Lumsden Rd",
        "Fowler Ave",
        "Cypress Point Dr",
        "Sand Pine Ln",
        "Manatee Cove Ct",
        "Palmetto Bay Dr",
        "Egret Way",
        "Bloomingdale Ave",
    ],
    "uk": [
        "Holyhead Road",
        "Foleshill Road",
        "Stafford Street",
        "Dudley Road",
        "Narborough Road",
        "Alfreton Road",
        "Burton Road",
        "Lichfield Street",
        "Hinckley Road",
        "Kenilworth Close",
        "Sycamore Grove",
        "Meadow Way",
    ],
    "au": [
        "Logan Road",
        "Beaudesert Road",
        "Gympie Road",
        "Brisbane Terrace",
        "Jacaranda Street",
        "Banksia Court",
        "Moggill Road",
        "Kingsford Smith Drive",
        "Redbank Plains Road",
        "Poinciana Avenue",
        "Waratah Close",
    ],
    "ca": [
        "Bank Street",
        "Carling Avenue",
        "Montréal Road",
        "St. Laurent Boulevard",
        "Hazeldean Road",
        "Strandherd Drive",
        "Innes Road",
        "Maple Grove Crescent",
        "Rideau Valley Drive",
        "Chemin Boisé",
    ],
    "za": [
        "Vilakazi Street",
        "Jan Smuts Avenue",
        "Louis Botha Avenue",
        "Main Reef Road",
        "Rivonia Road",
        "Beyers Naudé Drive",
        "Mooi Street",
        "Protea Crescent",
        "Msimang Street",
        "Acacia Road",
        "Umgeni Close",
    ],
    "de": [
        "Hauptstraße",
        "Kirchweg",
        "Am Kocher",
        "Lindenstraße",
        "Schulstraße",
        "Hohenloher Straße",
        "Mühlweg",
        "Keltergasse",
        "Im Brühl",
        "Bergstraße",
        "Wiesenweg",
    ],
    "nl": [
        "Kerkstraat",
        "Dorpsstraat",
        "Hamelandweg",
        "Grutbroek",
        "Molenweg",
        "IJsselkade",
        "Berkelweg",
        "Esweg",
        "Hengelosestraat",
        "Lindenlaan",
        "Korenbloemstraat",
    ],
    "fr": [
        "rue de la République",
        "avenue Jean Jaurès",
        "rue Paul Bert",
        "cours Émile Zola",
        "rue Garibaldi",
        "boulevard des États-Unis",
        "chemin des Sources",
        "rue Victor Hugo",
        "allée des Tilleuls",
        "montée de la Grande Côte",
    ],
    "es": [
        "Calle Mayor",
        "Calle Santiago",
        "Avenida de Segovia",
        "Paseo de Zorrilla",
        "Calle Ancha",
        "Calle del Cid",
        "Avenida Padre Isla",
        "Calle Real",
        "Plaza de la Constitución",
        "Calle Labradores",
    ],
    "pt": [
        "Rua da Liberdade",
        "Avenida 25 de Abril",
        "Rua Dom Afonso Henriques",
        "Travessa do Moinho",
        "Rua de Santa Catarina",
        "Avenida da República",
        "Rua dos Pescadores",
        "Largo do Rossio",
        "Rua Cidade de Luanda",
        "Rua das Flores",
    ],
    "sv": [
        "Storgatan",
        "Åsgatan",
        "Slaggatan",
        "Tunavägen",
        "Hyttgatan",
        "Kopparvägen",
        "Dalvägen",
        "Byvägen",
        "Sågvägen",
        "Kyrkbacken",
        "Siljansvägen",
    ],
}


def town(g: Gen, region: str) -> tuple[str, str, str]:
    return g.rnd.choice(TOWNS[region])


def street(g: Gen, region: str) -> str:
    name = g.rnd.choice(STREETS[region])
    n = g.rnd.randint(1, 140)
    if region in {"tx", "oh", "mn", "fl"}:
        n = g.rnd.randint(100, 19_999)
        return g.rnd.choice(
            [
                f"{n} {name}",
                f"{n} {name}",
                f"{n} {name} Apt {g.rnd.randint(1, 40)}",
                f"{n} {name} Unit {g.rnd.randint(1, 12)}{g.rnd.choice('ABC')}",
            ]
        )
    if region in {"uk", "au", "ca"}:
        return g.rnd.choice(
            [
                f"{n} {name}",
                f"{n} {name}",
                f"Flat {g.rnd.randint(1, 20)}, {n} {name}",
                f"Unit {g.rnd.randint(1, 30)}/{n} {name}" if region == "au" else f"{n} {name}",
            ]
        )
    if region == "fr":
        return g.rnd.choice([f"{n} {name}", f"{n} bis {name}", f"{n} {name}, bât. {g.rnd.choice('ABC')}"])
    if region == "es":
        return f"{name}, {n}" + g.rnd.choice(["", f", {g.rnd.randint(1, 8)}º {g.rnd.choice('ABCD')}", ", bajo"])
    if region == "pt":
        return f"{name}, {n}" + g.rnd.choice(["", f", {g.rnd.randint(1, 8)}º Esq.", f", {g.rnd.randint(1, 8)}º Dto."])
    if region == "sv":
        return f"{name} {n}" + g.rnd.choice(["", "", " lgh 1201", "B"])
    return f"{name} {n}" + g.rnd.choice(["", "", "a", " 2"])


def postcode(g: Gen, region: str, lead: str) -> str:
    if region in {"tx", "oh", "mn", "fl"}:
        return lead + g.digits(2)
    if region == "uk":
        return f"{lead}{g.rnd.randint(1, 12)} {g.rnd.randint(1, 9)}{g.digits(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    if region == "ca":
        return f"{lead} {g.rnd.randint(1, 9)}{g.rnd.choice('ABCEGHJKLMNPRSTVWXYZ')}{g.rnd.randint(0, 9)}"
    if region in {"au", "za"}:
        return lead
    if region == "de":
        return lead
    if region == "nl":
        return f"{lead}{g.rnd.randint(1, 9)} {g.digits(2, 'ABCEGHJKLMNPRTVWXZ')}"
    if region == "fr":
        return lead + g.digits(5 - len(lead), "123456789") if lead == "6900" else lead
    if region == "es":
        return lead + g.digits(2)
    if region == "sv":
        return f"{lead} {g.digits(2)}"
    raise KeyError(region)


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa or Mastercard prefix."""
    prefix = g.rnd.choice(["4", "4", "51", "53", "2221"])
    body = prefix + g.digits(15 - len(prefix))
    return body + luhn.calc_check_digit(body)


#: BBAN layouts (9 a digit, A a letter); python-stdnum checks the result
BBAN = {
    "DE": "999999999999999999",
    "NL": "AAAA9999999999",
    "FR": "9999999999AAAAAAAAAAA99",
    "SE": "99999999999999999999",
    "ES": "99999999999999999999",
}
NL_BANKS = ["RABO", "INGB", "ABNA", "SNSB", "TRIO", "ASNB"]


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, national checks retried, python-stdnum checks it)."""

    def make() -> str:
        bban = g.code(BBAN[country])
        if country == "NL":
            bban = g.rnd.choice(NL_BANKS) + bban[4:]
        if country == "FR":
            bban = (
                g.rnd.choice(["30002", "30004", "10278", "20041", "16807"]) + g.digits(5) + g.digits(11) + g.digits(2)
            )
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4)) if spaced else number


def us_ssn(g: Gen) -> str:
    """A US SSN without dashes, area 100-665 (so that it keeps nine digits as a number)."""
    return g.valid(
        lambda: f"{g.rnd.randint(100, 665)}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}", _ssn.is_valid
    )


def za_idnr(g: Gen, born: date, female: bool) -> str:
    """A South African ID number ``YYMMDD SSSS C A Z`` encoding ``born`` and the sex (Luhn; python-stdnum checks)."""
    seq = g.rnd.randint(0, 4999) if female else g.rnd.randint(5000, 9999)
    body = f"{born:%y%m%d}{seq:04d}{'0' if g.rnd.random() < 0.95 else '1'}8"
    number = body + luhn.calc_check_digit(body)
    assert _zaid.is_valid(number)
    return number


def nl_bsn(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("123") + g.digits(8), _bsn.is_valid)


def de_idnr(g: Gen) -> str:
    """A German tax identification number (Steuer-ID, 11 digits, ISO 7064 MOD 11,10)."""

    def make() -> str:
        digits = g.rnd.sample("0123456789", 9)
        if digits[0] == "0":
            digits[0], digits[1] = digits[1], digits[0]
        digits.insert(g.rnd.randint(1, 9), g.rnd.choice(digits))
        body = "".join(digits)
        return body + mod_11_10.calc_check_digit(body)

    return g.valid(make, _idnr.is_valid)


def pt_nif(g: Gen, company: bool = False) -> str:
    def make() -> str:
        body = g.rnd.choice(["50", "51", "508", "513"] if company else ["1", "2", "2", "3"])
        body += g.digits(8 - len(body))
        return body + _ptnif.calc_check_digit(body)

    return g.valid(make, _ptnif.is_valid)


def es_dni(g: Gen) -> str:
    body = f"{g.rnd.randint(5_000_000, 79_999_999):08d}"
    return body + _dni.calc_check_digit(body)


def es_nie(g: Gen) -> str:
    body = g.rnd.choice("XYZ") + g.digits(7)
    number = body + _nie.calc_check_digit(body)
    assert _nie.is_valid(number)
    return number


def se_personnummer(g: Gen, born: date) -> str:
    body = born.strftime("%y%m%d") + g.digits(3)
    number = f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"
    assert _pnr.is_valid(number)
    return number


def es_cups(g: Gen) -> str:
    body = "ES0021" + g.digits(12)
    number = body + _cups.calc_check_digits(body)
    assert _cups.is_valid(number)
    return number


def se_orgnr(g: Gen) -> str:
    body = g.rnd.choice(["556", "559", "769"]) + g.digits(6)
    number = body + luhn.calc_check_digit(body)
    assert _orgnr.is_valid(number)
    return f"{number[:6]}-{number[6:]}"


def es_cif(g: Gen) -> str:
    def make() -> str:
        body = g.rnd.choice("ABF") + g.digits(7)
        return body + _cif.calc_check_digits(body)[0]

    return g.valid(make, _cif.is_valid)


def fr_siren(g: Gen) -> str:
    def make() -> str:
        body = g.rnd.choice("3456789") + g.digits(7)
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _siren.is_valid)


def fr_tva(siren: str) -> str:
    number = _siren.to_tva(siren)
    assert _tva.is_valid(number)
    return number


def de_vat(g: Gen) -> str:
    return g.valid(lambda: "DE" + g.rnd.choice("123") + g.digits(8), _devat.is_valid)


def nl_btw(g: Gen) -> str:
    return g.valid(lambda: f"NL{nl_bsn(g)}B{g.rnd.randint(1, 3):02d}", _btw.is_valid)


def us_rtn(g: Gen) -> str:
    body = g.rnd.choice(["0910", "0960", "2910", "0919"]) + g.digits(4)
    number = body + _rtn.calc_check_digit(body)
    assert _rtn.is_valid(number)
    return number


def au_abn(g: Gen) -> str:
    def make() -> str:
        body = g.rnd.choice("123456789") + g.digits(8)
        return _abn.calc_check_digits(body) + body

    return g.valid(make, _abn.is_valid)


def ca_bn(g: Gen) -> str:
    body = g.rnd.choice("12378") + g.digits(7)
    number = body + luhn.calc_check_digit(body)
    assert _bn.is_valid(number)
    return number


def imei(g: Gen) -> str:
    body = g.rnd.choice(["35", "86", "35", "01"]) + g.digits(12)
    number = body + luhn.calc_check_digit(body)
    assert _imei.is_valid(number)
    return number


def iccid(g: Gen, issuer: str) -> str:
    """A SIM's ICCID: ``89`` + country code + issuer + serial + a Luhn check digit (19 or 20 digits)."""
    body = "89" + issuer
    body += g.digits(18 - len(body))
    return body + luhn.calc_check_digit(body)


def mpan_core(g: Gen) -> str:
    """A British MPAN core: distributor id (the Midlands: 11 East, 14 West), 10 digits and the published check digit
    (primes 3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43; sum mod 11 mod 10)."""
    body = g.rnd.choice(["11", "14"]) + g.digits(10)
    return body + mpan_check(body)


def mpan_check(body: str) -> str:
    primes = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
    return str(sum(int(d) * p for d, p in zip(body, primes)) % 11 % 10)


def gsrn(g: Gen, prefix: str) -> str:
    """An 18-digit GS1 service relation number (a Dutch EAN code or a Swedish anläggnings-id): ``prefix`` + digits
    + the GS1 mod-10 check digit."""
    body = prefix + g.digits(17 - len(prefix))
    return body + gs1_check(body)


def gs1_check(body: str) -> str:
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return str((10 - total % 10) % 10)


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)


USER_AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15",
]
