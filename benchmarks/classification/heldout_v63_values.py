"""Values of held-out set v63 (:mod:`benchmarks.classification.heldout_v63`): v63's random source, names, streets,
towns and postal codes written by hand for v63 (no Faker, no list of real people), phones checked with phonenumbers
and typed the many ways people type them into a spreadsheet, identifiers with check digits computed and checked with
python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module; the phone helpers, the lists and the identifier
builders below are new.
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
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.fr import nir as _nir
from stdnum.gb import vat as _gb_vat
from stdnum.it import codicefiscale as _cf
from stdnum.nl import btw as _btw
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 63_481_2026
N = "none"
#: a login or public handle (review, as in v5 to v59)
USERNAME = "unclassified"
#: NULL-like strings people type into spreadsheets and form tools (tests skip them)
NULLISH: tuple[str, ...] = (
    "",
    " ",
    "  ",
    "-",
    "--",
    "---",
    "–",
    ".",
    "/",
    "?",
    "??",
    "x",
    "X",
    "n/a",
    "N/A",
    "n/a.",
    "N/a",
    "na",
    "NA",
    "none",
    "None",
    "NONE",
    "nil",
    "Nil",
    "NULL",
    "null",
    "nan",
    "NaN",
    "#N/A",
    "#REF!",
    "unknown",
    "Unknown",
    "tbc",
    "TBC",
    "tba",
    "-/-",
    "k.A.",
    "keine",
    "néant",
    "aucun",
    "aucune",
    "ninguno",
    "ninguna",
    "nvt",
    "n.v.t.",
    "nessuno",
    "nessuna",
    "brak",
    "BRAK",
    "b/d",
    "none@none.com",
    "no@email.com",
    "na@na.com",
    "000 000 0000",
    "0000000000",
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return (
        "".join(ch for ch in text if not unicodedata.combining(ch))
        .replace("ß", "ss")
        .replace("ł", "l")
        .replace("'", "")
        .replace("’", "")
    )


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v63:{SEED}:{table}")

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
        first = self.rnd.choice([23, 45, 67, 69, 70, 75, 76, 96, 97, 100, 136, 162, 173, 199, 209])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2600", "2601", "2602", "2604", "2a02"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones (new for v63: regional numbering plans and the ways people type a number)
    def phone(self, region: str, fmt: str = "national", mobile: bool = True) -> str:
        """A valid number of ``region`` (a mobile or a landline of :data:`PHONE_PLANS`) typed as ``fmt`` (see
        :func:`typed`); phonenumbers checks it before and after formatting."""
        plans = PHONE_PLANS[region]["mobile" if mobile else "fixed"]
        region = region.split("-")[0]

        def make() -> str:
            lead, length = self.rnd.choice(plans)
            return lead + self.digits(length - len(lead))

        def ok(candidate: str) -> bool:
            number = phonenumbers.parse(candidate, region)
            return phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region

        trunk = "0" if region in TRUNK_ZERO else ""
        number = phonenumbers.parse(self.valid(lambda: trunk + make() if trunk else make(), ok), region)
        text = typed(number, fmt, region)
        return (
            text
            if _phone_ok(text, region)
            else phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        )

    def phones(
        self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0, pad: float = 0.0
    ) -> list[Any]:
        """A column of numbers typed in ``formats`` (weights); ``pad`` of them with stray spaces."""
        names, weights = list(formats), list(formats.values())

        def one() -> str:
            text = self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile)
            return self.pad(text) if self.rnd.random() < pad else text

        return self.col(one, null)

    # -- typed by people
    def pad(self, text: str) -> str:
        """``text`` with a stray space or two before or after it, as people paste into a cell."""
        return self.rnd.choice([f" {text}", f"{text} ", f"{text}  ", f"  {text}"])

    def casing(self, text: str, upper: float = 0.08, lower: float = 0.08) -> str:
        roll = self.rnd.random()
        return text.upper() if roll < upper else text.lower() if roll < upper + lower else text

    def typed_date(self, d: date, styles: dict[str, float]) -> str:
        """``d`` as a person types it: ``dmy`` 03/07/1988, ``dmy_short`` 3/7/88, ``mdy`` 07/03/1988, ``iso``,
        ``dots`` 03.07.1988, ``dashes`` 03-07-1988, ``words`` 3 Jul 1988, ``us_words`` July 3, 1988."""
        style = self.rnd.choices(list(styles), list(styles.values()))[0]
        mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.month - 1]
        full = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ][d.month - 1]
        return {
            "dmy": f"{d.day:02d}/{d.month:02d}/{d.year}",
            "dmy_short": f"{d.day}/{d.month}/{d.year % 100:02d}",
            "dmy_loose": f"{d.day}/{d.month}/{d.year}",
            "mdy": f"{d.month:02d}/{d.day:02d}/{d.year}",
            "mdy_loose": f"{d.month}/{d.day}/{d.year}",
            "iso": d.isoformat(),
            "dots": f"{d.day:02d}.{d.month:02d}.{d.year}",
            "dots_loose": f"{d.day}.{d.month}.{d.year}",
            "dashes": f"{d.day:02d}-{d.month:02d}-{d.year}",
            "words": f"{d.day} {mon} {d.year}",
            "us_words": f"{full} {d.day}, {d.year}",
        }[style]

    def stamp(self, lo: str, hi: str, style: str = "sheets") -> str:
        """An event time as a spreadsheet exports it: ``sheets`` 9/14/2025 10:32:11, ``eu`` 14/09/2025 10:32:11,
        ``de`` 14.09.2025 10:32, ``iso`` 2025-09-14 10:32:11."""
        m = self.moment(lo, hi)
        return {
            "sheets": f"{m.month}/{m.day}/{m.year} {m:%H:%M:%S}",
            "eu": f"{m:%d/%m/%Y %H:%M:%S}",
            "de": f"{m:%d.%m.%Y %H:%M}",
            "iso": f"{m:%Y-%m-%d %H:%M:%S}",
        }[style]


def _phone_ok(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


#: regions whose national numbers start with a trunk 0 that is part of what people type
TRUNK_ZERO = {"IE", "GB", "NZ", "AU", "DE", "FR", "NL"}

#: region -> mobile and fixed-line plans: (leading digits of the national number, its length with the trunk 0)
PHONE_PLANS: dict[str, dict[str, list[tuple[str, int]]]] = {
    "CA": {
        "mobile": [("905", 10), ("289", 10), ("365", 10), ("519", 10), ("226", 10)],
        "fixed": [("905", 10), ("289", 10)],
    },
    "US-ME": {"mobile": [("207", 10), ("603", 10), ("978", 10), ("617", 10)], "fixed": [("207", 10)]},
    "US-TX": {"mobile": [("512", 10), ("737", 10)], "fixed": [("512", 10)]},
    "US-AZ": {"mobile": [("520", 10), ("602", 10)], "fixed": [("520", 10)]},
    "IE": {"mobile": [("83", 9), ("85", 9), ("86", 9), ("87", 9), ("89", 9)], "fixed": [("214", 9), ("212", 9)]},
    "GB": {
        "mobile": [("74", 10), ("75", 10), ("77", 10), ("78", 10), ("79", 10)],
        "fixed": [("1132", 10), ("1133", 10), ("1134", 10), ("1274", 10), ("1437", 10)],
    },
    "NZ": {
        "mobile": [("21", 9), ("22", 9), ("27", 9), ("21", 10), ("27", 10)],
        "fixed": [("33", 8), ("34", 8), ("35", 8), ("39", 8)],
    },
    "AU": {
        "mobile": [("40", 9), ("41", 9), ("42", 9), ("43", 9), ("45", 9), ("47", 9)],
        "fixed": [("39", 9), ("38", 9)],
    },
    "DE": {
        "mobile": [
            ("151", 11),
            ("152", 11),
            ("157", 11),
            ("160", 10),
            ("170", 10),
            ("171", 10),
            ("172", 10),
            ("175", 10),
            ("176", 11),
            ("177", 11),
            ("178", 11),
            ("179", 11),
        ],
        "fixed": [("761", 10), ("761", 9), ("7641", 10), ("7666", 10)],
    },
    "FR": {"mobile": [("6", 9), ("7", 9)], "fixed": [("32", 9), ("33", 9)]},
    "ES": {"mobile": [("6", 9), ("7", 9)], "fixed": [("983", 9)]},
    "NL": {"mobile": [("6", 9)], "fixed": [("33", 9), ("35", 9)]},
    "IT": {
        "mobile": [
            ("320", 10),
            ("328", 10),
            ("333", 10),
            ("338", 10),
            ("340", 10),
            ("347", 10),
            ("349", 10),
            ("366", 10),
            ("380", 10),
            ("392", 10),
        ],
        "fixed": [("049", 10), ("049", 9)],
    },
    "PL": {
        "mobile": [
            ("50", 9),
            ("51", 9),
            ("53", 9),
            ("60", 9),
            ("66", 9),
            ("69", 9),
            ("72", 9),
            ("73", 9),
            ("78", 9),
            ("79", 9),
            ("88", 9),
        ],
        "fixed": [("71", 9)],
    },
}


def typed(number: phonenumbers.PhoneNumber, fmt: str, region: str) -> str:
    """``number`` as people type it: ``national`` (the library's national form), ``intl``, ``e164``, ``digits``
    (the national form's digits), ``nsn`` (no trunk 0), ``00`` (00 and the country code), ``dashes`` and ``dots``
    (3-3-4 in North America, pairs or blocks elsewhere), ``slash`` (0171/2345678), ``paren0`` (+44 (0)7400 ...),
    ``one`` (1-905-...), ``blocks`` (the national digits in blocks of three or four)."""
    pf = phonenumbers.PhoneNumberFormat
    national = phonenumbers.format_number(number, pf.NATIONAL)
    d = "".join(ch for ch in national if ch.isdigit())
    nsn = phonenumbers.national_significant_number(number)
    cc = number.country_code
    nanp = region in {"US", "CA"}
    if fmt == "intl":
        return phonenumbers.format_number(number, pf.INTERNATIONAL)
    if fmt == "e164":
        return phonenumbers.format_number(number, pf.E164)
    if fmt == "digits":
        return d
    if fmt == "nsn":
        return nsn
    if fmt == "00":
        intl = phonenumbers.format_number(number, pf.INTERNATIONAL)
        return "00" + intl[1:]
    if fmt == "dashes":
        if nanp:
            return f"{d[:3]}-{d[3:6]}-{d[6:]}"
        return national.replace(" ", "-")
    if fmt == "dots":
        if nanp:
            return f"{d[:3]}.{d[3:6]}.{d[6:]}"
        if region == "FR":
            return ".".join(d[i : i + 2] for i in range(0, len(d), 2))
        return national.replace(" ", ".")
    if fmt == "slash":
        cut = {"DE": 3 if d[:2] == "07" and len(d) < 11 else 4}.get(region, 4)
        return f"{d[:cut]}/{d[cut:]}"
    if fmt == "paren0":
        return f"+{cc} (0){d[1:]}" if d.startswith("0") else phonenumbers.format_number(number, pf.INTERNATIONAL)
    if fmt == "one":
        return f"1-{d[:3]}-{d[3:6]}-{d[6:]}" if nanp else national
    if fmt == "blocks":
        size = 3 if len(d) % 3 == 0 else 4
        return " ".join(d[i : i + size] for i in range(0, len(d), size))
    return national


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v63) -------------------------------------------------------------------------------------------

#: origin -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "ca": (
        ["Declan", "Gurpreet", "Mateus", "Owen", "Tomasz", "Rajveer", "Malcolm", "Everett", "Jean-Luc", "Kofi"],
        ["Brooke", "Harpreet", "Leah", "Madison", "Paige", "Simran", "Teresa", "Marisa", "Darcy", "Yolanda"],
        [
            "Bouchard",
            "Dhaliwal",
            "Ferreira",
            "Kowalczyk",
            "MacPhail",
            "Nadeau",
            "Sandhu",
            "Vandenberg",
            "Zielinski",
            "Henderson",
            "Boateng",
            "Trudel",
            "Van Dyke",
            "Agostino",
        ],
    ),
    "ie": (
        ["Cathal", "Cian", "Diarmuid", "Eoin", "Fionn", "Oisín", "Ruairí", "Tadhg", "Donal", "Pádraig"],
        ["Aoife", "Clodagh", "Gráinne", "Méabh", "Niamh", "Orla", "Róisín", "Saoirse", "Siobhán", "Deirdre"],
        [
            "O'Callaghan",
            "McSweeney",
            "Dineen",
            "Fitzgerald",
            "Hegarty",
            "Lenihan",
            "Murnane",
            "O'Leary",
            "Twomey",
            "Cronin",
            "Buckley",
            "Kiely",
            "Ní Bhriain",
            "Ó Súilleabháin",
        ],
    ),
    "uk": (
        ["Alistair", "Callum", "Dominic", "Ewan", "Hamish", "Kieran", "Rhys", "Tobias", "Imran", "Dafydd"],
        ["Abigail", "Bethan", "Caitlin", "Eloise", "Harriet", "Isla", "Jemima", "Kirsty", "Nadia", "Rhiannon"],
        [
            "Ashworth",
            "Blackwood",
            "Cartwright",
            "Entwistle",
            "Fenwick",
            "Gaskell",
            "Ibbotson",
            "Jowett",
            "Kershaw",
            "Mottram",
            "Nuttall",
            "Sutcliffe",
            "Whitworth",
            "Hussain",
            "Prothero",
            "Llewellyn",
        ],
    ),
    "nz": (
        ["Tama", "Wiremu", "Nikau", "Sione", "Manaia", "Riley", "Jayden", "Connor", "Harrison", "Arjun"],
        ["Aroha", "Mere", "Anahera", "Losana", "Ruby", "Mackenzie", "Georgia", "Sienna", "Hana", "Priya"],
        [
            "Ngata",
            "Parata",
            "Tipene",
            "Tuilagi",
            "Havili",
            "Whitcombe",
            "McAlister",
            "Reddington",
            "Chen",
            "Patel",
            "Te Huia",
            "Fonoti",
            "Gillespie",
            "Rangi",
        ],
    ),
    "au": (
        ["Brodie", "Jackson", "Kade", "Lachlan", "Mitchell", "Rory", "Tyson", "Zac", "Duc", "Nikos"],
        ["Chelsea", "Jacinta", "Kayla", "Matilda", "Shannon", "Tahlia", "Amani", "Mai", "Eleni", "Ashleigh"],
        [
            "Birtles",
            "Coghlan",
            "Donnelly",
            "Gallagher",
            "Kostopoulos",
            "Moffatt",
            "Nguyen",
            "Papadakis",
            "Rutherford",
            "Tregear",
            "Whelan",
            "Tran",
            "Abdi",
            "Lo Presti",
        ],
    ),
    "us": (
        ["Brantley", "Cody", "Garrett", "Hunter", "Luis", "Marquis", "Tyrell", "Wade", "Emilio", "Dustin"],
        ["Brianna", "Destiny", "Haley", "Kaitlyn", "Marisol", "Shelby", "Tamika", "Rosalie", "Noemi", "Jolene"],
        [
            "Bledsoe",
            "Cavazos",
            "Dunaway",
            "Garza",
            "Hollingsworth",
            "Kowalski",
            "Okafor",
            "Pruitt",
            "Spradlin",
            "Tidwell",
            "Villarreal",
            "Whitaker",
            "Thibodeau",
            "Pelletier",
            "Ouellette",
            "Cyr",
        ],
    ),
    "de": (
        ["Benedikt", "Florian", "Jörg", "Lukas", "Matthias", "Sebastian", "Till", "Volker", "Emre", "Reinhold"],
        ["Anneliese", "Franziska", "Hannelore", "Jana", "Katharina", "Lena", "Sophie", "Ute", "Mareike", "Selin"],
        [
            "Blattmann",
            "Dreher",
            "Eckert",
            "Fischbach",
            "Gutmann",
            "Hägele",
            "Kiefer",
            "Riesterer",
            "Schätzle",
            "Wehrle",
            "Zähringer",
            "Yilmaz",
            "Bühler",
            "Strohmeier",
        ],
    ),
    "fr": (
        ["Anatole", "Baptiste", "Clément", "Corentin", "Gaëtan", "Jules", "Maxence", "Théo", "Yanis", "Rayan"],
        ["Anaïs", "Camille", "Clémence", "Inès", "Léna", "Manon", "Maëlys", "Zoé", "Lina", "Capucine"],
        [
            "Delattre",
            "Deschamps",
            "Duhamel",
            "Lefebvre",
            "Lemaire",
            "Vandamme",
            "Wattel",
            "Leclercq",
            "Dubrulle",
            "Caron",
            "Benali",
            "Dewaele",
            "Haddad",
            "Vanhoutte",
        ],
    ),
    "es": (
        ["Álvaro", "Borja", "Gonzalo", "Íñigo", "Rodrigo", "Sergio", "Unai", "Héctor", "Jesús", "Rubén"],
        ["Ainhoa", "Candela", "Irene", "Lucía", "Nerea", "Rocío", "Sara", "Marta", "Begoña", "Noelia"],
        [
            "Alonso",
            "Calvo",
            "Herrero",
            "Manzano",
            "Pastor",
            "Sanz",
            "Velasco",
            "Zamora",
            "Gallego",
            "Crespo",
            "Cuadrado",
            "Arranz",
            "de la Fuente",
            "Escudero",
        ],
    ),
    "nl": (
        ["Bram", "Daan", "Jeroen", "Joost", "Maarten", "Sjoerd", "Thijs", "Wouter", "Mehmet", "Ruud"],
        ["Anouk", "Femke", "Ilse", "Lieke", "Marloes", "Noor", "Sanne", "Wendy", "Fatima", "Esmée"],
        [
            "Bakker",
            "Hoekstra",
            "Kuipers",
            "Mulder",
            "Postma",
            "Smit",
            "Vermeulen",
            "Verhoeven",
            "Groot",
            "Berg",
            "Linden",
            "Wit",
            "Brink",
            "Veen",
            "Janssen",
            "Visser",
            "Meijer",
            "Dekker",
            "Brouwer",
            "Dijkstra",
            "Koster",
            "Prins",
        ],
    ),
    "it": (
        ["Davide", "Enrico", "Filippo", "Matteo", "Nicolò", "Riccardo", "Tommaso", "Leonardo", "Samuele", "Edoardo"],
        ["Alice", "Beatrice", "Elisa", "Giulia", "Martina", "Sofia", "Vittoria", "Aurora", "Anna", "Greta"],
        [
            "Barbieri",
            "Bortolan",
            "Carraro",
            "Ferrari",
            "Fabris",
            "Gallo",
            "Menegazzo",
            "Pavan",
            "Trevisan",
            "Zanella",
            "Scarpa",
            "Boscolo",
            "Danieli",
            "Zanon",
        ],
    ),
    "pl": (
        ["Bartosz", "Jakub", "Kacper", "Krzysztof", "Mateusz", "Paweł", "Szymon", "Wojciech", "Oleksandr", "Łukasz"],
        [
            "Agnieszka",
            "Aleksandra",
            "Joanna",
            "Karolina",
            "Magdalena",
            "Natalia",
            "Weronika",
            "Zuzanna",
            "Oksana",
            "Małgorzata",
        ],
        [
            "Kowalczyk",
            "Wiśniewski",
            "Zieliński",
            "Lewandowski",
            "Dąbrowski",
            "Nowak",
            "Wójcik",
            "Kamiński",
            "Mazur",
            "Jankowski",
            "Grabowski",
            "Pawlak",
            "Sikora",
            "Krawczyk",
        ],
    ),
}
#: Dutch family names and the share of them with a tussenvoegsel
NL_PARTICLES = {"Groot": "de", "Berg": "van den", "Linden": "van der", "Wit": "de", "Veen": "van der"}


def _pl_female(last: str) -> str:
    return last[:-1] + "a" if last.endswith("ski") else last


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """(given name, family name) of ``lang``; Polish ``-ski`` names take ``-ska`` for women; Dutch names keep their
    particle (see :func:`nl_parts`)."""
    female = g.rnd.random() < 0.5 if female is None else female
    males, females, lasts = NAMES[lang]
    last = g.rnd.choice(lasts)
    if lang == "pl" and female:
        last = _pl_female(last)
    if lang == "nl" and last in NL_PARTICLES:
        last = f"{NL_PARTICLES[last]} {last}"
    return g.rnd.choice(females if female else males), last


def whole(g: Gen, lang: str) -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def given(g: Gen, lang: str) -> str:
    return person(g, lang)[0]


def family(g: Gen, lang: str) -> str:
    return person(g, lang)[1]


def nl_parts(last: str) -> tuple[str, str]:
    """(tussenvoegsel, family name) of a Dutch family name."""
    for particle in ("van den", "van der", "de"):
        if last.startswith(particle + " "):
            return particle, last[len(particle) + 1 :]
    return "", last


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "x", plain(last) or "y"
    local = g.rnd.choice(
        [
            f"{a}.{b}",
            f"{a[0]}{b}",
            f"{a}{g.rnd.randint(1, 99)}",
            f"{b}.{a[0]}",
            f"{a}_{b}",
            f"{a}{b[0]}{g.rnd.randint(70, 99)}",
            f"{b}{a[:2]}",
            f"{a}.{b}{g.rnd.randint(1, 9)}",
        ]
    )
    return f"{local}@{g.rnd.choice(domains)}"


def typed_email(g: Gen, first: str, last: str, domains: list[str], pad: float = 0.04, caps: float = 0.1) -> str:
    """An e-mail address as a person types it into a form: sometimes capitalised, sometimes padded."""
    address = email_of(g, first, last, domains)
    roll = g.rnd.random()
    if roll < caps / 2:
        address = address[0].upper() + address[1:]
    elif roll < caps:
        local, domain = address.split("@")
        address = f"{local}@{domain.capitalize()}"
    return g.pad(address) if g.rnd.random() < pad else address


def email(g: Gen, lang: str, domains: list[str]) -> str:
    return email_of(g, *person(g, lang), domains)


def handle(first: str, last: str, style: int) -> str:
    a, b = plain(first), plain(last)
    return [f"{a}.{b}", f"{a}_{b[:3]}", f"{a}{b}{style % 90 + 10}", f"the{a}{b[0]}", f"{b}.{a}.knits"][style % 5]


DOMAINS = {
    "ca": ["gmail.com", "hotmail.com", "yahoo.ca", "outlook.com", "cogeco.ca", "bell.net", "rogers.com"],
    "ie": ["gmail.com", "hotmail.com", "eircom.net", "yahoo.ie", "outlook.ie", "icloud.com"],
    "uk": ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com"],
    "nz": ["gmail.com", "xtra.co.nz", "hotmail.com", "outlook.co.nz", "icloud.com"],
    "au": ["gmail.com", "bigpond.com", "hotmail.com", "outlook.com.au", "icloud.com", "optusnet.com.au"],
    "us": ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "icloud.com", "cox.net", "comcast.net"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de"],
    "fr": ["orange.fr", "free.fr", "gmail.com", "laposte.net", "hotmail.fr", "sfr.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.com", "xs4all.nl", "outlook.com"],
    "it": ["libero.it", "gmail.com", "virgilio.it", "alice.it", "hotmail.it", "tiscali.it"],
    "pl": ["wp.pl", "onet.pl", "gmail.com", "o2.pl", "interia.pl", "op.pl"],
}


# -- places (written for v63) ------------------------------------------------------------------------------------------

#: Hamilton, Ontario and around: (town, forward sortation areas)
CA_TOWNS = [
    ("Hamilton", ["L8P", "L8M", "L8L", "L9A", "L9C", "L8K"]),
    ("Burlington", ["L7R", "L7M", "L7L"]),
    ("Stoney Creek", ["L8G", "L8E"]),
    ("Ancaster", ["L9G", "L9K"]),
    ("Dundas", ["L9H"]),
    ("Grimsby", ["L3M"]),
    ("Brantford", ["N3T", "N3R"]),
    ("Waterdown", ["L8B", "L0R"]),
]
CA_STREETS = [
    "King St E",
    "Locke St S",
    "Ottawa St N",
    "Concession St",
    "Mohawk Rd W",
    "Upper James St",
    "Aberdeen Ave",
    "Fennell Ave E",
    "Barton St E",
    "Garth St",
    "Mountain Brow Blvd",
    "Gage Ave N",
]
#: Cork and around: (town, county, Eircode routing keys)
IE_TOWNS = [
    ("Cork", "Co. Cork", ["T12", "T23"]),
    ("Ballincollig", "Co. Cork", ["P31"]),
    ("Carrigaline", "Co. Cork", ["P43"]),
    ("Mallow", "Co. Cork", ["P51"]),
    ("Midleton", "Co. Cork", ["P25"]),
    ("Kinsale", "Co. Cork", ["P17"]),
    ("Cobh", "Co. Cork", ["P24"]),
    ("Bandon", "Co. Cork", ["P72"]),
    ("Dungarvan", "Co. Waterford", ["X35"]),
    ("Killarney", "Co. Kerry", ["V93"]),
]
IE_STREETS = [
    "Ashgrove Park",
    "Castle Road",
    "Glenheights",
    "Maryborough Hill",
    "Sundays Well Road",
    "The Paddocks",
    "Old Youghal Road",
    "Inchydoney View",
    "Sráid an Mhuilinn",
    "Fernhill Drive",
]
#: UK towns of the Etsy buyers and the sales leads: (town, county, postcode area, district range)
UK_TOWNS = [
    ("Leeds", "West Yorkshire", "LS", (1, 29)),
    ("Bradford", "West Yorkshire", "BD", (1, 24)),
    ("York", "North Yorkshire", "YO", (1, 32)),
    ("Wakefield", "West Yorkshire", "WF", (1, 17)),
    ("Harrogate", "North Yorkshire", "HG", (1, 5)),
    ("Cardiff", "South Glamorgan", "CF", (5, 24)),
    ("Swansea", "West Glamorgan", "SA", (1, 9)),
    ("Haverfordwest", "Pembrokeshire", "SA", (61, 62)),
    ("Bristol", "Avon", "BS", (1, 16)),
    ("Norwich", "Norfolk", "NR", (1, 14)),
    ("Exeter", "Devon", "EX", (1, 6)),
    ("Aberdeen", "Aberdeenshire", "AB", (10, 25)),
    ("Chester", "Cheshire", "CH", (1, 4)),
    ("Brighton", "East Sussex", "BN", (1, 3)),
]
UK_STREETS = [
    "Ashfield Road",
    "Beck Lane",
    "Chapel Street",
    "Moorland View",
    "Oakwood Grove",
    "Priory Close",
    "Stonegate Mews",
    "Heol y Felin",
    "Ffordd Caerfyrddin",
    "Victoria Terrace",
    "Mill Hey",
    "Kirkgate",
]
UK_BUSINESS_STREETS = [
    "Thorp Arch Trading Estate",
    "Kirkstall Road",
    "Wellington Street",
    "Aire Valley Business Park",
    "Cross Green Industrial Estate",
    "Whitehall Road",
    "Pudsey Business Centre",
    "The Calls",
]
#: Christchurch suburbs and towns nearby: (suburb, postcode)
NZ_SUBURBS = [
    ("Riccarton", "8041"),
    ("Papanui", "8053"),
    ("Halswell", "8025"),
    ("Sydenham", "8023"),
    ("St Albans", "8014"),
    ("Hornby", "8042"),
    ("Linwood", "8062"),
    ("Fendalton", "8052"),
    ("Spreydon", "8024"),
    ("Shirley", "8061"),
    ("Rolleston", "7614"),
]
NZ_STREETS = [
    "Riccarton Road",
    "Blighs Road",
    "Harewood Road",
    "Cashmere Road",
    "Strickland Street",
    "Gloucester St",
    "Ferry Road",
    "Marshland Road",
    "Te Rito Place",
    "Kahikatea Drive",
    "Pūtaringamotu Lane",
]
#: Melbourne's inner west and north: (suburb, postcode)
AU_SUBURBS = [
    ("Footscray", "3011"),
    ("Seddon", "3011"),
    ("Yarraville", "3013"),
    ("Brunswick", "3056"),
    ("Coburg", "3058"),
    ("Sunshine", "3020"),
    ("Preston", "3072"),
    ("Reservoir", "3073"),
    ("Maribyrnong", "3032"),
    ("Thornbury", "3071"),
]
AU_STREETS = [
    "Ballarat Rd",
    "Barkly St",
    "Hopkins St",
    "Sydney Rd",
    "Gaffney St",
    "Hampshire Rd",
    "Gilbert Rd",
    "Edwardes St",
    "Summerhill Rd",
    "Anderson St",
    "Nicholson St",
    "Raleigh Rd",
]
#: southern Maine and beyond: (town, state, ZIP)
US_TOWNS_ME = [
    ("Portland", "ME", "04101"),
    ("Portland", "ME", "04103"),
    ("South Portland", "ME", "04106"),
    ("Falmouth", "ME", "04105"),
    ("Scarborough", "ME", "04074"),
    ("Brunswick", "ME", "04011"),
    ("Yarmouth", "ME", "04096"),
    ("Biddeford", "ME", "04005"),
    ("Bath", "ME", "04530"),
    ("Kennebunk", "ME", "04043"),
    ("Portsmouth", "NH", "03801"),
    ("Newburyport", "MA", "01950"),
]
US_STREETS_ME = [
    "Forest Ave",
    "Congress St",
    "Ocean House Rd",
    "Route 1",
    "Foreside Rd",
    "Pine Point Rd",
    "Bayview St",
    "Pleasant Hill Rd",
    "Black Point Rd",
    "Shore Rd",
    "Middle St",
    "Spurwink Ave",
]
#: central Texas: (town, ZIP)
US_TOWNS_TX = [
    ("Austin", "78745"),
    ("Austin", "78748"),
    ("Austin", "78704"),
    ("Austin", "78759"),
    ("Round Rock", "78664"),
    ("Pflugerville", "78660"),
    ("Cedar Park", "78613"),
    ("Georgetown", "78626"),
    ("Kyle", "78640"),
    ("Buda", "78610"),
    ("Manor", "78653"),
]
US_STREETS_TX = [
    "Oak Hollow Dr",
    "Slaughter Ln",
    "Brodie Ln",
    "Pecan Park Blvd",
    "Mesquite Trl",
    "Bluebonnet Dr",
    "Cypress Creek Rd",
    "Live Oak St",
    "Whispering Hills Dr",
    "Longhorn Pkwy",
]
#: Tucson and around: (town, ZIP)
US_TOWNS_AZ = [
    ("Tucson", "85719"),
    ("Tucson", "85716"),
    ("Tucson", "85705"),
    ("Tucson", "85745"),
    ("Tucson", "85710"),
    ("Oro Valley", "85737"),
    ("Marana", "85658"),
    ("Sahuarita", "85629"),
    ("Green Valley", "85614"),
    ("Vail", "85641"),
]
US_STREETS_AZ = [
    "E Speedway Blvd",
    "N Campbell Ave",
    "E Grant Rd",
    "W Ina Rd",
    "N Oracle Rd",
    "E Broadway Blvd",
    "S Kolb Rd",
    "W Calle Adobe",
    "N Paseo del Norte",
    "E Fort Lowell Rd",
]
#: Freiburg and the Breisgau: (town, postcodes)
DE_TOWNS = [
    ("Freiburg im Breisgau", ["79098", "79100", "79102", "79104", "79106", "79110", "79114", "79117"]),
    ("Emmendingen", ["79312"]),
    ("Denzlingen", ["79211"]),
    ("Gundelfingen", ["79194"]),
    ("Kirchzarten", ["79199"]),
    ("Merzhausen", ["79249"]),
    ("Umkirch", ["79224"]),
    ("March", ["79232"]),
]
DE_STREETS = [
    "Habsburgerstraße",
    "Schwarzwaldstraße",
    "Sundgauallee",
    "Eschholzstraße",
    "Im Grün",
    "Lehener Str.",
    "Hauptstraße",
    "Kartäuserstr.",
    "Wiesentalstraße",
    "Am Mühlbach",
    "Glümerstraße",
    "Tennenbacher Str.",
]
#: the Lille metropolis: (commune, postcode, INSEE commune number within the Nord)
FR_TOWNS = [
    ("Lille", "59000", "350"),
    ("Lille", "59800", "350"),
    ("Roubaix", "59100", "512"),
    ("Tourcoing", "59200", "599"),
    ("Villeneuve-d'Ascq", "59650", "009"),
    ("Lambersart", "59130", "328"),
    ("Marcq-en-Barœul", "59700", "378"),
    ("Wattrelos", "59150", "650"),
    ("Hellemmes", "59260", "350"),
    ("Loos", "59120", "360"),
]
FR_STREETS = [
    "rue Solférino",
    "rue de Wazemmes",
    "boulevard de la Liberté",
    "rue Nationale",
    "avenue du Peuple Belge",
    "rue de l'Épeule",
    "rue du Molinel",
    "allée des Tilleuls",
    "rue Pierre Mauroy",
    "chemin des Postes",
]
#: Valladolid and around: (town, postcodes)
ES_TOWNS = [
    ("Valladolid", ["47001", "47003", "47005", "47008", "47010", "47012", "47014", "47015"]),
    ("Laguna de Duero", ["47140"]),
    ("Arroyo de la Encomienda", ["47195"]),
    ("Medina del Campo", ["47400"]),
    ("Tudela de Duero", ["47320"]),
    ("Simancas", ["47130"]),
    ("La Cistérniga", ["47193"]),
]
ES_STREETS = [
    "Calle Santiago",
    "Paseo de Zorrilla",
    "Calle Miguel Íscar",
    "Avenida de Salamanca",
    "Calle Gamazo",
    "Calle Labradores",
    "Plaza de la Circular",
    "Calle Padre Francisco Suárez",
    "Avenida del Real Valladolid",
    "Calle Juan Agapito y Revilla",
]
#: Amersfoort and around: (town, postcode digits ranges)
NL_TOWNS = [
    ("Amersfoort", (3811, 3829)),
    ("Leusden", (3831, 3833)),
    ("Soest", (3761, 3769)),
    ("Baarn", (3741, 3744)),
    ("Nijkerk", (3861, 3864)),
    ("Hoevelaken", (3871, 3871)),
    ("Woudenberg", (3931, 3931)),
]
NL_STREETS = [
    "Utrechtseweg",
    "Kamp",
    "Langestraat",
    "Leusderweg",
    "Hogeweg",
    "Vathorst-Oost",
    "Zwanenburg",
    "Stadsring",
    "Soesterweg",
    "Van Randwijcklaan",
    "Schothorsterlaan",
    "Bisschopsweg",
]
#: Padua and around: (comune, province, CAP, cadastral code)
IT_TOWNS = [
    ("Padova", "PD", "35121", "G224"),
    ("Padova", "PD", "35135", "G224"),
    ("Padova", "PD", "35142", "G224"),
    ("Abano Terme", "PD", "35031", "A001"),
    ("Selvazzano Dentro", "PD", "35030", "I595"),
    ("Vigonza", "PD", "35010", "L892"),
    ("Rubano", "PD", "35030", "H622"),
    ("Cadoneghe", "PD", "35010", "B345"),
]
#: where the Grest's children were born: (comune, cadastral code)
IT_BIRTHPLACES = [
    ("Padova", "G224"),
    ("Padova", "G224"),
    ("Padova", "G224"),
    ("Cittadella", "C743"),
    ("Camposampiero", "B563"),
    ("Piove di Sacco", "G693"),
    ("Monselice", "F382"),
    ("Vicenza", "L840"),
    ("Venezia", "L736"),
    ("Treviso", "L407"),
]
IT_STREETS = [
    "Via Tiziano Aspetti",
    "Via Chiesanuova",
    "Via Bezzecca",
    "Via Facciolati",
    "Via del Santo",
    "Via Guizza",
    "Via Armistizio",
    "Corso Milano",
    "Via Montà",
    "Via San Marco",
]
#: Wrocław and around: (town, postcode prefixes)
PL_TOWNS = [
    ("Wrocław", ["50", "51", "52", "53", "54"]),
    ("Oleśnica", ["56-40"]),
    ("Oława", ["55-20"]),
    ("Siechnice", ["55-01"]),
    ("Kąty Wrocławskie", ["55-08"]),
    ("Długołęka", ["55-09"]),
    ("Smolec", ["55-08"]),
]
PL_STREETS = [
    "ul. Legnicka",
    "ul. Grabiszyńska",
    "ul. Powstańców Śląskich",
    "ul. Kościuszki",
    "ul. Piłsudskiego",
    "ul. Traugutta",
    "al. Hallera",
    "ul. Krzywoustego",
    "ul. Na Ostatnim Groszu",
    "ul. Żmigrodzka",
]


def ca_postcode(g: Gen, fsa: str) -> str:
    letters = "ABCEGHJKLMNPRSTVWXYZ"
    return f"{fsa} {g.rnd.randint(0, 9)}{g.rnd.choice(letters)}{g.rnd.randint(0, 9)}"


def eircode(g: Gen, key: str) -> str:
    return f"{key} {g.digits(4, 'ACDEFHKNPRTVWXY0123456789')}"


def uk_postcode(g: Gen, town: tuple[str, str, str, tuple[int, int]]) -> str:
    return f"{town[2]}{g.rnd.randint(*town[3])} {g.rnd.randint(1, 9)}{g.digits(2, 'ABDEFGHJLNPQRSTUWXYZ')}"


def nl_postcode(g: Gen, town: tuple[str, tuple[int, int]]) -> str:
    return f"{g.rnd.randint(*town[1])} {g.digits(2, 'ABCDEGHJKLMNPRSTVWXZ')}"


def pl_postcode(g: Gen, prefix: str) -> str:
    if len(prefix) == 2:
        return f"{prefix}-{g.digits(3)}"
    return f"{prefix}{g.digits(1)}"


def house(g: Gen, lo: int = 1, hi: int = 240) -> int:
    return g.rnd.randint(lo, hi)


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa, Mastercard, Amex or Discover prefix."""
    prefix, length = g.rnd.choice([("4", 16), ("51", 16), ("55", 16), ("2223", 16), ("37", 15), ("6011", 16)])
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


#: BBAN layouts (9 a digit, A a letter, Z either); python-stdnum checks the result
BBAN = {
    "DE": "999999999999999999",
    "NL": "AAAA9999999999",
    "IT": "A9999999999000999999999",
    "ES": "99999999999999999999",
}
NL_BANKS = ["INGB", "RABO", "ABNA", "SNSB", "TRIO", "ASNB", "BUNQ", "KNAB"]


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, national checks retried, python-stdnum checks it)."""

    def make() -> str:
        bban = g.code(BBAN[country])
        if country == "NL":
            bban = g.rnd.choice(NL_BANKS) + bban[4:]
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4)) if spaced else number


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 665):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}"

    number = g.valid(make, _ssn.is_valid)
    return number if dashed else number.replace("-", "")


def fr_nir(g: Gen, born: date, female: bool, dept: str = "59", commune: str | None = None) -> str:
    """A French NIR (numéro de sécurité sociale) encoding sex, year and month of birth and the birthplace (check key:
    python-stdnum)."""
    commune = commune or f"{g.rnd.randint(1, 660):03d}"
    body = f"{2 if female else 1}{born.year % 100:02d}{born.month:02d}{dept}{commune}{g.rnd.randint(1, 999):03d}"
    number = body + _nir.calc_check_digits(body)
    assert _nir.is_valid(number)
    return number


def es_dni(g: Gen) -> str:
    body = f"{g.rnd.randint(5_000_000, 79_999_999):08d}"
    number = body + _dni.calc_check_digit(body)
    assert _dni.is_valid(number)
    return number


def es_nie(g: Gen) -> str:
    body = g.rnd.choice("XYZ") + g.digits(7)
    number = body + _nie.calc_check_digit(body)
    assert _nie.is_valid(number)
    return number


def pl_pesel(g: Gen, born: date, female: bool) -> str:
    """A PESEL encoding ``born`` (month +20 after 1999) and the sex (tenth digit even for women)."""
    month = born.month + (20 if born.year >= 2000 else 0)
    sex = g.rnd.choice("02468" if female else "13579")
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}{sex}"
    number = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(number) and _pesel.get_birth_date(number) == born
    return number


def _cf_part(text: str, given_name: bool) -> str:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vows = [ch for ch in letters if ch in "AEIOU"]
    if given_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return "".join((cons + vows + ["X", "X", "X"])[:3])


def it_codice_fiscale(first: str, last: str, born: date, female: bool, comune: str) -> str:
    """An Italian codice fiscale encoding the name, the birth date, the sex and the comune (check letter:
    python-stdnum)."""
    day = born.day + (40 if female else 0)
    body = (
        _cf_part(last, False)
        + _cf_part(first, True)
        + f"{born.year % 100:02d}"
        + "ABCDEHLMPRST"[born.month - 1]
        + f"{day:02d}"
        + comune
    )
    number = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(number)
    return number


def gb_vat(g: Gen) -> str:
    """A British VAT number (a business's: ``none``), spaced ``GB 123 4567 89`` or compact."""
    number = g.valid(lambda: str(g.rnd.randint(100, 999)) + g.digits(6), _gb_vat.is_valid)
    return g.rnd.choice([f"GB{number}", f"GB {number[:3]} {number[3:7]} {number[7:]}", number])


def pl_nip(g: Gen) -> str:
    """A Polish NIP of a company (``none``), dashed ``123-456-78-90`` or compact."""
    number = g.valid(lambda: g.digits(10), _nip.is_valid)
    return g.rnd.choice([number, f"{number[:3]}-{number[3:6]}-{number[6:8]}-{number[8:]}"])


def nl_btw(g: Gen) -> str:
    """A Dutch VAT number (btw-id) of a business customer (``none``)."""
    return g.valid(lambda: f"NL{g.digits(9)}B0{g.rnd.randint(1, 3)}", _btw.is_valid)


def s10(g: Gen, service: str = "RM", country: str = "GB") -> str:
    """A UPU S10 item number (Royal Mail tracked) with its modulo 11 check digit (a decoy)."""
    body = g.digits(8)
    total = sum(w * int(d) for w, d in zip((8, 6, 4, 2, 3, 5, 9, 7), body))
    check = 11 - total % 11
    check = 0 if check == 10 else 5 if check == 11 else check
    return f"{service}{body}{check}{country}"


def s10_valid(text: str) -> bool:
    if len(text) != 13 or not text[2:11].isdigit():
        return False
    total = sum(w * int(d) for w, d in zip((8, 6, 4, 2, 3, 5, 9, 7), text[2:10]))
    check = 11 - total % 11
    return (0 if check == 10 else 5 if check == 11 else check) == int(text[10])


def hull_id(g: Gen) -> str:
    """A US hull identification number shape (maker code, serial, month letter, model year): a decoy."""
    return (
        f"{g.code('AAA')}{g.code('99999')}{g.rnd.choice('ABCDEFGHIJKL')}{g.rnd.randint(0, 9)}"
        f"{g.rnd.randint(10, 25):02d}"
    )


def token(g: Gen, n: int = 32, alphabet: str = string.ascii_lowercase + string.digits) -> str:
    return g.digits(n, alphabet)


def md5(g: Gen) -> str:
    return hashlib.md5(str(g.rnd.random()).encode(), usedforsecurity=False).hexdigest()
