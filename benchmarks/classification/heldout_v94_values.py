"""Values of held-out set v94 (:mod:`benchmarks.classification.heldout_v94`): v94's random source, names, streets,
cities, payers and facilities written by hand for v94 (no Faker, no list of real people), phones checked with
phonenumbers and identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers follow v27's value module; the lists below are new (the US Midwest and South, Québec,
Puerto Rico).
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
from stdnum import luhn
from stdnum.ca import sin as _sin
from stdnum.us import ein as _ein
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 94_2026_0611
N = "none"
USERNAME = "unclassified"
#: NULL-like strings of v94's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "N/A", "n/a", "NA", "unknown", "UNKNOWN", "Unknown", "none", "None", "?",
    "inconnu", "s.o.", "N/D", "desconocido", "no aplica", "000000000", "000-00-0000", "0", "00000000",
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text).lower() if ch.isalnum() and ch.isascii())


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v94:{SEED}:{table}")

    def col(self, make: Callable[[], Any], null: float = 0.0) -> list[Any]:
        return [None if self.rnd.random() < null else make() for _ in range(self.rows)]

    def pick(self, choices: list[Any]) -> Callable[[], Any]:
        return lambda: self.rnd.choice(choices)

    def sparse(self, make: Callable[[], Any], share: float, words: tuple[str, ...]) -> list[Any]:
        return [self.rnd.choice(words) if self.rnd.random() < share else make() for _ in range(self.rows)]

    def keys(self, start: int, step: int = 1) -> list[int]:
        return [start + i * step for i in range(self.rows)]

    def ints(self, lo: int, hi: int, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.rnd.randint(lo, hi), null)

    def amounts(self, lo: float, hi: float) -> list[float]:
        return [round(self.rnd.uniform(lo, hi), 2) for _ in range(self.rows)]

    def day(self, lo: str, hi: str) -> date:
        a, b = date.fromisoformat(lo), date.fromisoformat(hi)
        return a + timedelta(days=self.rnd.randint(0, (b - a).days))

    def days(self, lo: str, hi: str, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.day(lo, hi), null)

    def moment(self, lo: str, hi: str) -> datetime:
        return datetime.combine(self.day(lo, hi), datetime.min.time()) + timedelta(seconds=self.rnd.randint(0, 86_399))

    def moments(self, lo: str, hi: str, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.moment(lo, hi), null)

    def birth(self, lo: int = 1935, hi: int = 2020) -> date:
        return self.day(f"{lo}-01-01", f"{hi}-12-31")

    def births(self, lo: int = 1935, hi: int = 2020) -> list[date]:
        return [self.birth(lo, hi) for _ in range(self.rows)]

    def digits(self, n: int, alphabet: str = string.digits) -> str:
        return "".join(self.rnd.choice(alphabet) for _ in range(n))

    def code(self, layout: str) -> str:
        """``9`` a digit, ``A`` an upper-case letter, ``Z`` either, ``x`` a hex digit; anything else is kept."""
        table = {"9": string.digits, "A": string.ascii_uppercase, "Z": string.digits + string.ascii_uppercase,
                 "x": "0123456789abcdef"}
        return "".join(self.rnd.choice(table[ch]) if ch in table else ch for ch in layout)

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

    def ipv4(self) -> str:
        first = self.rnd.choice([24, 47, 68, 71, 73, 98, 99, 107, 142, 174, 184, 209])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        return self.rnd.choice(["2600", "2601", "2605", "2607"]) + ":" + ":".join(
            f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    # -- phones: area codes of the table's region, checked with phonenumbers
    def phone(self, region: str = "US", fmt: str = "national") -> str:
        areas = AREA_CODES[region]

        def make() -> str:
            return self.rnd.choice(areas) + str(self.rnd.randint(2, 9)) + self.digits(6)

        def ok(candidate: str) -> bool:
            return candidate[3:6] != "555" and phonenumbers.is_valid_number_for_region(
                phonenumbers.parse(candidate, region), region)

        d = self.valid(make, ok)
        if fmt == "digits":
            return d
        if fmt == "dashes":
            return f"{d[:3]}-{d[3:6]}-{d[6:]}"
        if fmt == "dots":
            return f"{d[:3]}.{d[3:6]}.{d[6:]}"
        if fmt == "e164":
            return f"+1{d}"
        if fmt == "intl":
            return f"+1 {d[:3]}-{d[3:6]}-{d[6:]}"
        return f"({d[:3]}) {d[3:6]}-{d[6:]}"

    def phones(self, region: str, formats: list[str], null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.phone(region, self.rnd.choice(formats)), null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


AREA_CODES = {
    "US": ["614", "513", "216", "317", "502", "615", "901", "404", "678", "704", "919", "205", "601", "314", "816"],
    "CA": ["514", "438", "418", "581", "819", "873", "450", "579"],
    "PR": ["787", "939"],
}

# -- names (written for v94) -------------------------------------------------------------------------------------------

NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "anglo": (["Ansel", "Boyd", "Clayton", "Dorsey", "Everett", "Harlan", "Linwood", "Merritt", "Royce", "Tolliver"],
              ["Adelia", "Bernadine", "Cordelia", "Delora", "Henrietta", "Loretta", "Maybelle", "Odessa", "Ruthanne",
               "Verna"],
              ["Ashcraft", "Blevins", "Caudill", "Dunaway", "Goforth", "Hensley", "Kincaid", "McQuarrie", "Pettigrew",
               "Shackleford", "Tackett", "Yarbrough"]),
    "black": (["Cornelius", "DeShawn", "Jerome", "Lamont", "Marcellus", "Terrance"],
              ["Ebony", "Jazmine", "LaToya", "Shaniqua", "Tamika", "Yolanda"],
              ["Battle", "Gaddy", "Jeffries", "McCrary", "Outlaw", "Pettaway"]),
    "hispanic": (["Abundio", "Cipriano", "Eusebio", "Heriberto", "Leobardo", "Rigoberto"],
                 ["Araceli", "Dulce", "Guadalupe", "Maricela", "Nayeli", "Yesenia"],
                 ["Bañuelos", "Cisneros", "Escamilla", "Galindo", "Olvera", "Zamudio"]),
    "asian": (["Baojun", "Dinh", "Hiroki", "Jae-sung", "Khanh", "Rohit"],
              ["Anh", "Eun-ji", "Meera", "Naoko", "Xiulan", "Priyanka"],
              ["Bui", "Gokhale", "Hwang", "Nakashima", "Phung", "Zhou"]),
    "qc": (["Benoît", "Ghislain", "Jean-Sébastien", "Laurier", "Marc-Antoine", "Réjean", "Sylvain", "Yannick"],
           ["Chantale", "Ginette", "Josée", "Lucie", "Marie-Ève", "Nathalie", "Solange", "Véronique"],
           ["Bélanger", "Bouchard", "Desrosiers", "Gagnon", "Lachance", "Ouellet", "Poirier", "Thibodeau",
            "Tremblay", "Vachon"]),
    "pr": (["Ángel", "Efraín", "Heriberto", "Jesús", "Luis Manuel", "Nelson", "Wilfredo", "Xavier"],
           ["Aida", "Carmen Iris", "Damaris", "Haydée", "Lourdes", "Migdalia", "Nilda", "Zoraida"],
           ["Acevedo", "Colón", "Figueroa", "Maldonado", "Ortiz", "Quiñones", "Rivera", "Santiago", "Torres",
            "Vélez"]),
}
US_ORIGINS = {"anglo": 5, "black": 3, "hispanic": 2, "asian": 1.5}


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    if lang == "us":
        lang = g.rnd.choices(list(US_ORIGINS), list(US_ORIGINS.values()))[0]
    males, females, lasts = NAMES[lang]
    return g.rnd.choice(females if female else males), g.rnd.choice(lasts)


def whole(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


PERSONAL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "att.net", "hotmail.com",
                    "comcast.net", "bellsouth.net"]
QC_DOMAINS = ["videotron.ca", "gmail.com", "hotmail.com", "sympatico.ca", "outlook.com"]
PR_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "prtc.net", "outlook.com"]


def email_of(g: Gen, first: str, last: str, domains: list[str] | None = None) -> str:
    a, b = plain(first), plain(last)
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(50, 99)}"])
    return f"{local}@{g.rnd.choice(domains or PERSONAL_DOMAINS)}"


def email(g: Gen, lang: str = "us", domains: list[str] | None = None) -> str:
    return email_of(g, *person(g, lang), domains)


def login(first: str, last: str) -> str:
    return f"{plain(first)[0]}{plain(last)[:7]}"


# -- places ------------------------------------------------------------------------------------------------------------

#: (US city, state, ZIP lead)
US_CITIES = [("Columbus", "OH", "432"), ("Dayton", "OH", "454"), ("Akron", "OH", "443"), ("Louisville", "KY", "402"),
             ("Lexington", "KY", "405"), ("Nashville", "TN", "372"), ("Memphis", "TN", "381"),
             ("Knoxville", "TN", "379"), ("Macon", "GA", "312"), ("Savannah", "GA", "314"), ("Charlotte", "NC", "282"),
             ("Durham", "NC", "277"), ("Birmingham", "AL", "352"), ("Jackson", "MS", "392"), ("Indianapolis", "IN", "462"),
             ("St. Louis", "MO", "631")]
US_STREETS = ["Dogwood Ln", "Magnolia Ave", "Old Hickory Blvd", "Sycamore St", "Cedar Bluff Rd", "Pleasant Valley Dr",
              "Buckeye Ct", "Catalpa Way", "Red Bud Trl", "Cotton Gin Rd", "Persimmon Pl", "Shelby Pike"]
#: (Québec city, FSA letters)
QC_CITIES = [("Montréal", "H"), ("Laval", "H"), ("Québec", "G"), ("Lévis", "G"), ("Sherbrooke", "J"),
             ("Trois-Rivières", "G"), ("Gatineau", "J"), ("Saguenay", "G"), ("Rimouski", "G"), ("Longueuil", "J")]
QC_STREETS = ["rue Saint-Denis", "boul. René-Lévesque", "rue des Érables", "ch. du Lac", "av. Papineau",
              "rue Principale", "boul. Talbot", "rue de la Fabrique"]
#: (Puerto Rico municipality, ZIP)
PR_TOWNS = [("San Juan", "00926"), ("Bayamón", "00956"), ("Carolina", "00985"), ("Ponce", "00731"),
            ("Caguas", "00725"), ("Mayagüez", "00680"), ("Arecibo", "00612"), ("Guaynabo", "00969"),
            ("Humacao", "00791"), ("Aguadilla", "00603")]
PR_STREETS = ["Calle Luna", "Urb. Villa Carolina Calle 12", "Calle Acuarela", "Ave. Los Filtros", "Calle Tulipán",
              "Bo. Pueblo Nuevo Calle 3", "Urb. Las Gardenias Calle Violeta", "Calle Sol"]


def us_street(g: Gen) -> str:
    n = g.rnd.randint(10, 9899)
    s = g.rnd.choice(US_STREETS)
    return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"{n} {s} Apt {g.rnd.randint(1, 40)}", f"{n} {s.upper()}"])


def us_zip(g: Gen, lead: str) -> str:
    return lead + g.digits(2)


def qc_street(g: Gen) -> str:
    return f"{g.rnd.randint(10, 9800)}, {g.rnd.choice(QC_STREETS)}" + g.rnd.choice(["", f", app. {g.rnd.randint(1, 30)}"])


def qc_postal(g: Gen, letter: str) -> str:
    return f"{letter}{g.digits(1)}{g.code('A')} {g.digits(1)}{g.code('A')}{g.digits(1)}"


def pr_street(g: Gen) -> str:
    return f"{g.rnd.choice(PR_STREETS)} #{g.rnd.randint(1, 400)}"


# -- identifiers with check digits -------------------------------------------------------------------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    number = g.valid(lambda: f"{g.rnd.randint(1, 665):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}",
                     _ssn.is_valid)
    return number if dashed else number.replace("-", "")


def ssn_shaped_decoy(g: Gen) -> str:
    """Nine digits in the SSN layout that fail the SSN check (area 9xx or 666, or group 00)."""
    area = g.rnd.choice([f"9{g.digits(2)}", "666"])
    return f"{area}-{g.digits(2)}-{g.digits(4)}"


def ca_sin(g: Gen, spaced: bool = True) -> str:
    body = g.rnd.choice("1234567") + g.digits(7)
    number = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(number)
    return f"{number[:3]} {number[3:6]} {number[6:]}" if spaced else number


def npi(g: Gen, org: bool = False) -> str:
    """A ten-digit NPI: Luhn over the ``80840`` prefix and nine digits."""
    body = ("2" if org else "1") + g.digits(8)
    return body + luhn.calc_check_digit("80840" + body)


def npi_valid(number: str) -> bool:
    return len(number) == 10 and number.isdigit() and luhn.is_valid("80840" + number)


def npi_shaped_decoy(g: Gen) -> str:
    """Ten digits starting like an NPI whose check digit is wrong."""
    body = "1" + g.digits(8)
    good = luhn.calc_check_digit("80840" + body)
    return body + str((int(good) + g.rnd.randint(1, 9)) % 10)


def ein(g: Gen) -> str:
    number = g.valid(lambda: f"{g.rnd.choice(['31', '35', '41', '58', '61', '62', '63'])}-{g.digits(7)}", _ein.is_valid)
    return number


def card(g: Gen) -> str:
    prefix, length = g.rnd.choice([("4", 16), ("53", 16), ("2223", 16), ("6011", 16)])
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"


def mbi(g: Gen) -> str:
    """A Medicare Beneficiary Identifier in the CMS layout (no check digit)."""
    an = MBI_LETTERS + string.digits
    parts = [g.rnd.choice("123456789"), g.rnd.choice(MBI_LETTERS), g.rnd.choice(an), g.rnd.choice(string.digits),
             g.rnd.choice(MBI_LETTERS), g.rnd.choice(an), g.rnd.choice(string.digits), g.rnd.choice(MBI_LETTERS),
             g.rnd.choice(MBI_LETTERS), g.rnd.choice(string.digits), g.rnd.choice(string.digits)]
    return "".join(parts)


def ramq(g: Gen, first: str, last: str, born: date, female: bool) -> str:
    """A Québec health insurance number: three letters of the family name, the given name's initial, ``YYMMDD`` with
    50 added to the month for women, two digits (no check digit in python-stdnum)."""
    letters = [ch for ch in fold(last).upper() if ch.isalpha()]
    head = "".join((letters + ["X", "X", "X"])[:3]) + fold(first).upper()[0]
    month = born.month + (50 if female else 0)
    return f"{head} {born.year % 100:02d}{month:02d} {born.day:02d}{g.digits(2)}"


# -- businesses and codes (written for v94) ----------------------------------------------------------------------------

PAYERS = ["Buckeye Mutual Health Plan", "Cumberland Health Alliance", "Magnolia State Benefits", "Tri-River Care Plan",
          "Heartland Dental Mutual", "Bluegrass Provider Network"]
FACILITIES = ["Sycamore Regional Medical Center", "Dogwood Family Practice", "Shelby Orthopedic Associates",
              "Cedar Bluff Imaging", "Riverbend Pediatrics", "Old Hickory Cardiology Group", "Catalpa Urgent Care"]
PHARMACIES = ["Pharmacie Lachance-Ouellet", "Pharmacie du Faubourg", "Pharmacie Boul. Talbot", "Uniprix Sherbrooke-Est"]
ICD10 = ["E11.9", "I10", "J06.9", "M54.5", "Z00.00", "K21.9", "F41.1", "S83.241A", "R07.9", "N39.0", "E78.5"]
CPT = ["99213", "99214", "99203", "80053", "85025", "71046", "97110", "36415", "93000", "G0439", "J3301"]
CDT = ["D0120", "D1110", "D0274", "D2392", "D2740", "D4341", "D7140"]
CARC = ["CO-45", "PR-1", "PR-2", "PR-3", "CO-97", "OA-23", "CO-16"]


def office_street(g: Gen) -> str:
    return f"{g.rnd.randint(100, 4900)} {g.rnd.choice(['Medical Pkwy', 'Hospital Dr', 'Health Park Blvd', 'Clinic Way'])}" \
        + g.rnd.choice(["", f" Suite {g.rnd.randint(100, 450)}"])


def office_phone(g: Gen) -> str:
    """A business's main line in the fictional 555-01xx range."""
    return f"({g.rnd.choice(AREA_CODES['US'])}) 555-01{g.rnd.randint(0, 99):02d}"
