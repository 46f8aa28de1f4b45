"""Values of held-out set v25 (:mod:`benchmarks.classification.heldout_v25`): v25's random source, names, streets and
cities written by hand for v25 (no Faker, no list of real people), phones checked with phonenumbers and identifiers
with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
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
from stdnum.fr import nir as _nir
from stdnum.nl import bsn as _bsn
from stdnum.us import rtn as _rtn
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 25_120_2026
N = "none"
#: a login or public display handle (review, as in v5 to v23)
USERNAME = "unclassified"
#: NULL-like strings of v25's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "?", "#N/A", "(blank)",
    "TBD", "tbd", "NONE", "nil", "N.A.", "not provided", "<null>", "undefined", "[]", "{}", "non renseigné", "néant",
    "sin datos", "s/d", "onbekend", "geen", "-/-", "declined", "DECLINED", "N/R", "*")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v25:{SEED}:{table}")

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
        first = self.rnd.choice([24, 50, 66, 68, 71, 73, 98, 99, 104, 107, 108, 172, 174, 184, 207])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2600", "2601", "2603", "2605", "2607"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        keep = max(len(nsn) - 7, 1) if region == "US" else max(len(nsn) - 6, 1)

        def make() -> str:
            if region == "US":
                return self.rnd.choice(["303", "720", "505", "602", "480", "801", "208", "406", "775"]) + \
                    str(self.rnd.randint(2, 9)) + self.digits(6)
            return nsn[:keep] + self.digits(len(nsn) - keep)

        def ok(candidate: str) -> bool:
            return phonenumbers.is_valid_number(phonenumbers.parse(f"+{example.country_code}{candidate}"))

        number = phonenumbers.parse(f"+{example.country_code}{self.valid(make, ok)}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        if fmt == "dashes":
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:3]}-{d[3:6]}-{d[6:]}" if region == "US" else national
        if fmt == "dots":
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:3]}.{d[3:6]}.{d[6:]}" if region == "US" else national
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v25) -------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Corbin", "Emmett", "Harlan", "Desmond", "Lyle", "Russell", "Tobias", "Spencer", "Jarvis", "Malcolm",
            "Dwayne", "Gideon", "Nolan", "Rowan", "Vernon", "Clifton", "Ansel", "Barrett"],
           ["Delphine", "Rosalind", "Maribel", "Kirsten", "Lorena", "Adaline", "Jocelyn", "Marcy", "Felicia", "Harriet",
            "Imogen", "Odessa", "Verna", "Shelby", "Carmela", "Ingrid", "Tabitha", "Lucinda"],
           ["Haskins", "Merriweather", "Stroud", "Ambrose", "Villaseñor", "Thistlewood", "Okonkwo", "Radcliffe",
            "Bellamy", "Nguyen-Pratt", "Dunleavy", "Escobedo", "Pemberton", "Yazzie", "Kaczmarek", "Lockhart",
            "Holloway", "Fairweather", "Sandoval", "Winslow", "Abara", "Tillman", "Crowder", "Hargrove", "O'Rourke",
            "Brightwater"]),
    "fr": (["Thibault", "Lucien", "Gaëtan", "Armand", "Fabrice", "Clément", "Grégoire", "Pascal"],
           ["Solène", "Apolline", "Margaux", "Edwige", "Capucine", "Roseline", "Ségolène", "Agathe"],
           ["Delacroix", "Marchetti", "Bourdieu", "Lemaire", "Rouxel", "Chevallier", "Giraudeau", "Poulain",
            "Kerjean", "Vasseur"]),
    "es": (["Íñigo", "Rubén", "Alfonso", "Gonzalo", "Ismael", "Aurelio", "Joaquín", "Santiago"],
           ["Rocío", "Itziar", "Montserrat", "Nerea", "Consuelo", "Begoña", "Macarena", "Remedios"],
           ["Echeverría", "Valdés", "Carrasco", "Iglesias", "Montoya", "Urrutia", "Peñalver", "Quesada", "Arroyo",
            "Zamora"]),
    "nl": (["Joost", "Maarten", "Sjoerd", "Wouter", "Bram", "Ruud", "Gijs", "Thijs"],
           ["Femke", "Marieke", "Sanne", "Anouk", "Lieke", "Ilse", "Mirjam", "Renske"],
           ["van der Heijden", "Bosman", "de Groot", "Kuipers", "Veldhuis", "van Dijk", "Brouwer", "Hoekstra",
            "Mulder", "ten Brink"]),
}


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    males, females, lasts = NAMES[lang]
    return g.rnd.choice(females if female else males), g.rnd.choice(lasts)


def whole(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def family(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[1]


def last_first(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    return f"{b}, {a}"


def initial_last(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    return f"{a[0]}. {b}"


def _plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = _plain(first), _plain(last)
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(70, 99)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def email(g: Gen, domains: list[str], lang: str = "us") -> str:
    return email_of(g, *person(g, lang), domains)


def work_email(first: str, last: str, domain: str) -> str:
    return f"{_plain(first)}.{_plain(last)}@{domain}"


def login(first: str, last: str, style: int) -> str:
    a, b = _plain(first), _plain(last)
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}"][style % 4]


def handle(g: Gen, first: str, last: str) -> str:
    a, b = _plain(first), _plain(last)
    return g.rnd.choice([f"{a}{b[:3]}{g.rnd.randint(1, 999)}", f"{a[0]}{b}{g.rnd.randint(1, 99)}", f"{b}_{a}",
                         f"{a}.{b}", f"{a}{g.rnd.randint(1975, 2004)}"])


PERSONAL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "msn.com", "att.net",
                    "fastmail.com"]


# -- places (written for v25) ------------------------------------------------------------------------------------------

#: (real US city, state, ZIP lead, latitude, longitude)
US_CITIES: list[tuple[str, str, str, float, float]] = [
    ("Denver", "CO", "802", 39.74, -104.99), ("Boulder", "CO", "803", 40.01, -105.27),
    ("Colorado Springs", "CO", "809", 38.83, -104.82), ("Albuquerque", "NM", "871", 35.08, -106.65),
    ("Santa Fe", "NM", "875", 35.69, -105.94), ("Phoenix", "AZ", "850", 33.45, -112.07),
    ("Tucson", "AZ", "857", 32.22, -110.97), ("Mesa", "AZ", "852", 33.42, -111.83),
    ("Salt Lake City", "UT", "841", 40.76, -111.89), ("Provo", "UT", "846", 40.23, -111.66),
    ("Boise", "ID", "837", 43.62, -116.20), ("Missoula", "MT", "598", 46.87, -113.99),
    ("Billings", "MT", "591", 45.78, -108.50), ("Reno", "NV", "895", 39.53, -119.81),
    ("Cheyenne", "WY", "820", 41.14, -104.82), ("Flagstaff", "AZ", "860", 35.20, -111.65),
]
US_STREETS = ["Aspen Grove Dr", "W Colfax Ave", "Juniper St", "Mesa Verde Ln", "S Broadway", "Cottonwood Trl",
              "Sagebrush Ct", "N 7th Ave", "Ponderosa Way", "Red Rock Rd", "Bighorn Loop", "E Camelback Rd",
              "Wasatch Blvd", "Canyon View Dr", "Pinon Pl", "Larkspur Cir"]
FR_CITIES = [("Rennes", "35"), ("Nantes", "44"), ("Angers", "49"), ("Brest", "29"), ("Vannes", "56"),
             ("Saint-Malo", "35")]
FR_STREETS = ["rue de la Monnaie", "boulevard de la Liberté", "allée des Tilleuls", "rue du Port", "impasse des Lilas",
              "avenue Jean Jaurès", "quai Duguay-Trouin"]
ES_CITIES = [("Zaragoza", "50"), ("Valladolid", "47"), ("Pamplona", "31"), ("Logroño", "26"), ("Huesca", "22"),
             ("Burgos", "09")]
ES_STREETS = ["Calle Mayor", "Avenida de Navarra", "Paseo de la Constitución", "Calle del Coso", "Calle San Vicente",
              "Travesía de los Olivos"]
NL_CITIES = [("Zwolle", "80"), ("Deventer", "74"), ("Apeldoorn", "73"), ("Enschede", "75"), ("Amersfoort", "38"),
             ("Leeuwarden", "89")]
NL_STREETS = ["Kerkstraat", "Molenweg", "Stationsplein", "Dorpsstraat", "Lindelaan", "Zuiderzeestraatweg",
              "Burgemeester Roelenweg"]


def us_city(g: Gen) -> tuple[str, str, str, float, float]:
    return g.rnd.choice(US_CITIES)


def us_zip(g: Gen, lead: str, plus4: float = 0.0) -> str:
    z = lead + g.digits(2)
    return f"{z}-{g.digits(4)}" if g.rnd.random() < plus4 else z


def us_street(g: Gen) -> str:
    n = g.rnd.randint(10, 19899)
    s = g.rnd.choice(US_STREETS)
    apt, unit = g.rnd.randint(1, 40), g.rnd.randint(100, 420)
    return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"{n} {s} Apt {apt}", f"{n} {s} Unit {unit}"])


def near(g: Gen, place: tuple[str, str, str, float, float], digits: int = 6) -> tuple[float, float]:
    """A point within a few kilometres of a city's centre."""
    return (round(place[3] + g.rnd.uniform(-0.08, 0.08), digits), round(place[4] + g.rnd.uniform(-0.08, 0.08), digits))


def fr_street(g: Gen) -> str:
    return f"{g.rnd.randint(1, 180)}" + g.rnd.choice(["", "", " bis"]) + f" {g.rnd.choice(FR_STREETS)}"


def es_street(g: Gen) -> str:
    return f"{g.rnd.choice(ES_STREETS)}, {g.rnd.randint(1, 140)}" + g.rnd.choice(
        ["", f", {g.rnd.randint(1, 8)}º {g.rnd.choice('ABCD')}", f", {g.rnd.randint(1, 6)}º izda."])


def nl_street(g: Gen) -> str:
    return f"{g.rnd.choice(NL_STREETS)} {g.rnd.randint(1, 220)}" + g.rnd.choice(["", "", "a", "-2", " bis"])


def nl_postcode(g: Gen, lead: str) -> str:
    return f"{lead}{g.digits(2)} {g.code('AA')}".replace("SS", "ST").replace("SD", "SE").replace("SA", "SB")


# -- cards, IBANs and identifiers with check digits (python-stdnum) ----------------------------------------------------


def card(g: Gen, spaced: bool = False) -> str:
    """A number passing Luhn with a Visa, Mastercard, Discover or Amex prefix."""
    prefix, length = g.rnd.choice([("4", 16), ("51", 16), ("55", 16), ("6011", 16), ("37", 15), ("2221", 16)])
    body = prefix + g.digits(length - len(prefix) - 1)
    number = body + luhn.calc_check_digit(body)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


#: BBAN layouts (9 a digit, A a letter); python-stdnum checks the result
BBAN = {"GB": "AAAA99999999999999", "FR": "99999999999999999999999", "NL": "AAAA9999999999",
        "ES": "99999999999999999999", "BE": "999999999999"}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, national checks retried, python-stdnum checks it)."""

    def make() -> str:
        bban = g.code(BBAN[country])
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 665):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}"

    number = g.valid(make, _ssn.is_valid)
    return number if dashed else number.replace("-", "")


def routing(g: Gen) -> str:
    """An ABA routing number (a bank's, not a person's; python-stdnum's check digit)."""
    body = g.rnd.choice(["10", "12", "30", "32", "11"]) + g.digits(6)
    number = body + _rtn.calc_check_digit(body)
    assert _rtn.is_valid(number)
    return number


def npi(g: Gen) -> str:
    """A 10-digit NPI (Luhn over the 80840 prefix): here a prescriber's or a practice's, labeled ``none``."""
    body = g.rnd.choice("12") + g.digits(8)
    return body + luhn.calc_check_digit("80840" + body)


def fr_nir(g: Gen, spaced: bool = False) -> str:
    """A French social security number (NIR) with its two check digits (python-stdnum checks it)."""

    def make() -> str:
        body = (g.rnd.choice("12") + f"{g.rnd.randint(50, 99):02d}{g.rnd.randint(1, 12):02d}"
                + g.rnd.choice(["35", "44", "49", "29", "56"]) + f"{g.rnd.randint(1, 990):03d}"
                + f"{g.rnd.randint(1, 999):03d}")
        return body + _nir.calc_check_digits(body)

    number = g.valid(make, _nir.is_valid)
    return _nir.format(number) if spaced else number


def es_dni(g: Gen) -> str:
    body = f"{g.rnd.randint(1_000_000, 79_999_999):08d}"
    number = body + _dni.calc_check_digit(body)
    assert _dni.is_valid(number)
    return number


def nl_bsn(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(8), _bsn.is_valid)


# -- businesses and products (decoys, written for v25) -----------------------------------------------------------------

#: companies, some named after their (invented) founders
COMPANY_NAMES = ["Haskins Auto Glass", "Merriweather Mutual", "Stroud & Ambrose PLLC", "Front Range Roofing",
                 "Pemberton Orthodontics", "Yazzie Trading Post", "Lockhart Plumbing & Heating", "Juniper Peak Dental",
                 "Bellamy Bros. Towing", "Sagebrush Credit Union", "Holloway Mechanical", "Red Rock Collision Center",
                 "Winslow Freight Lines", "Escobedo Family Bakery", "Alpenglow Software", "Tillman Body Works"]

#: products named like people
PRODUCTS = ["Harriet Puffer Vest", "Emmett Trail Runner", "Odessa Tote", "Gideon Fleece", "Adaline Sun Hat"]


def office_street(g: Gen) -> str:
    number = g.rnd.randint(100, 9900)
    road = g.rnd.choice(["Corporate Center Dr", "Commerce St", "Business Park Blvd", "Industrial Ave",
                         "Tech Center Pkwy"])
    return f"{number} {road}" + g.rnd.choice(["", f" Ste {g.rnd.randint(100, 900)}",
                                              f", Suite {g.rnd.randint(100, 900)}"])


def office_phone(g: Gen) -> str:
    """A company's main line in the fictional 555-01xx range."""
    return f"({g.rnd.choice(['303', '505', '602', '801', '208'])}) 555-01{g.rnd.randint(0, 99):02d}"
