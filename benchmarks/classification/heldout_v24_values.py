"""Values of held-out set v24 (:mod:`benchmarks.classification.heldout_v24`): v24's random source, names, streets and
cities written by hand for v24 (no Faker, no list of real people), phones checked with phonenumbers and identifiers
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
from stdnum.br import cpf as _cpf
from stdnum.de import idnr as _idnr
from stdnum.us import rtn as _rtn
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 24_051_2026
N = "none"
#: a login or public display handle (review, as in v5 to v23)
USERNAME = "unclassified"
#: NULL-like strings of v24's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "?", "#N/A", "(blank)",
    "TBD", "tbd", "NONE", "nil", "N.A.", "not provided", "<null>", "undefined", "[]", "{}", "keine Angabe", "k.A.",
    "não informado", "nao informado", "sem", "-/-")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v24:{SEED}:{table}")

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
            if region == "BR":
                return self.rnd.choice(["81", "83", "84"]) + "9" + str(self.rnd.randint(6, 9)) + self.digits(7)
            if region == "US":
                return self.rnd.choice(["859", "502", "513", "614", "312", "615", "317", "412"]) + \
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


# -- names (written for v24) -------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Trent", "Garrett", "Wesley", "Dalton", "Reid", "Colby", "Preston", "Damon", "Grant", "Brady", "Quentin",
            "Rodney", "Terrence", "Myles", "Everett", "Warren"],
           ["Brianna", "Kendra", "Leigh", "Shauna", "Tamara", "Celeste", "Marisa", "Danielle", "Courtney", "Whitney",
            "Colleen", "Rochelle", "Tessa", "Janelle", "Noreen", "Bethany"],
           ["Whitlock", "Gallagher", "Pruitt", "Okafor", "Delgado", "Ostrander", "Kowalczyk", "Haverford", "Lindqvist",
            "Abernathy", "McCready", "Tran", "Nakashima", "Fairbanks", "Castellano", "Underhill", "Brannigan",
            "Achterberg", "Vance", "Ridley", "Mbeki", "Oyelaran", "Seaver", "Quintero"]),
    "de": (["Holger", "Rüdiger", "Uwe", "Bernd", "Carsten", "Matthias", "Gerd", "Lutz", "Volker", "Frank"],
           ["Sabine", "Gudrun", "Ulrike", "Martina", "Katrin", "Susanne", "Bärbel", "Ines", "Jutta", "Nicole"],
           ["Schwertfeger", "Kallmeyer", "Hoffstädter", "Bruns", "Göbel", "Wiesner", "Pfennig", "Rautenberg",
            "Tiedemann", "Oltmanns", "Steinhoff", "Kühnel"]),
    "pt": (["Thiago", "Rafael", "Leandro", "Rodrigo", "Gustavo", "Marcelo", "Fábio", "Diego", "Anderson", "Caio"],
           ["Fernanda", "Juliana", "Patrícia", "Aline", "Camila", "Larissa", "Vanessa", "Tatiane", "Bruna", "Priscila"],
           ["Albuquerque", "Cavalcanti", "Nogueira", "Barros", "Siqueira", "Moraes", "Tavares", "Lacerda", "Brandão",
            "Vasconcelos", "Queiroz", "Aguiar"]),
    "fr": (["Étienne", "Rémi", "Benoît", "Yannick", "Jérôme", "Hervé", "Mathieu", "Guillaume"],
           ["Maude", "Geneviève", "Chantal", "Josée", "Mélanie", "Sylvie", "Annick", "Émilie"],
           ["Tremblay", "Gagnon", "Bouchard", "Lévesque", "Pelletier", "Bélanger", "Côté", "Desrosiers", "Thibodeau",
            "Fortier"]),
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


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = fold(first).replace(" ", ""), fold(last).replace(" ", "")
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(70, 99)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def email(g: Gen, domains: list[str], lang: str = "us") -> str:
    return email_of(g, *person(g, lang), domains)


def work_email(first: str, last: str, domain: str) -> str:
    return f"{fold(first).replace(' ', '')}.{fold(last).replace(' ', '')}@{domain}"


def login(first: str, last: str, style: int) -> str:
    a, b = fold(first).replace(" ", ""), fold(last).replace(" ", "")
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}"][style % 4]


def handle(g: Gen, first: str, last: str) -> str:
    a, b = fold(first), fold(last)
    return g.rnd.choice([f"{a}{b[:3]}{g.rnd.randint(1, 999)}", f"{a[0]}{b}{g.rnd.randint(1, 99)}", f"{b}_{a}",
                         f"{a}.{b}", f"{a}{g.rnd.randint(1975, 2004)}"])


PERSONAL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "comcast.net",
                    "proton.me"]


# -- places (written for v24) ------------------------------------------------------------------------------------------

#: (real US city, state, ZIP lead)
US_CITIES: list[tuple[str, str, str]] = [
    ("Columbus", "OH", "432"), ("Dayton", "OH", "454"), ("Toledo", "OH", "436"), ("Akron", "OH", "443"),
    ("Indianapolis", "IN", "462"), ("Fort Wayne", "IN", "468"), ("Evansville", "IN", "477"),
    ("Louisville", "KY", "402"),
    ("Lexington", "KY", "405"), ("Nashville", "TN", "372"), ("Knoxville", "TN", "379"), ("Pittsburgh", "PA", "152"),
    ("Erie", "PA", "165"), ("Grand Rapids", "MI", "495"), ("Kalamazoo", "MI", "490"), ("Madison", "WI", "537"),
]
US_STREETS = ["Maple Ave", "N High St", "Oak Hollow Dr", "Sycamore Ln", "E Main St", "Riverside Dr", "Linden Ct",
              "Westgate Blvd", "Chestnut St", "Hawthorne Way", "Briar Creek Rd", "Lakeview Ter", "Pine Ridge Cir",
              "S 3rd St", "Old Mill Rd", "Cedar Bluff Pkwy"]
DE_CITIES = [("Kassel", "34"), ("Göttingen", "37"), ("Fulda", "36"), ("Marburg", "35"), ("Gießen", "35"),
             ("Hann. Münden", "34")]
DE_STREETS = ["Wilhelmshöher Allee", "Weender Landstraße", "Am Rosenhang", "Friedrich-Ebert-Straße", "Kirchgasse",
              "Ginsterweg", "Lindenallee", "Am Steinbruch"]
BR_CITIES = [("Recife", "50"), ("Olinda", "53"), ("Jaboatão dos Guararapes", "54"), ("Caruaru", "55"),
             ("João Pessoa", "58"), ("Natal", "59")]
BR_STREETS = ["Rua da Aurora", "Av. Boa Viagem", "Rua do Hospício", "Av. Conselheiro Aguiar", "Rua das Creoulas",
              "Travessa do Amparo", "Rua Dom Bosco"]
CA_CITIES = [("Québec", "G1"), ("Lévis", "G6"), ("Sherbrooke", "J1"), ("Trois-Rivières", "G8"), ("Saguenay", "G7"),
             ("Rimouski", "G5")]
CA_STREETS = ["rue Saint-Jean", "boulevard Laurier", "chemin Sainte-Foy", "rue des Érables", "avenue Cartier",
              "rue Principale"]


def us_city(g: Gen) -> tuple[str, str, str]:
    return g.rnd.choice(US_CITIES)


def us_zip(g: Gen, lead: str, plus4: float = 0.0) -> str:
    z = lead + g.digits(2)
    return f"{z}-{g.digits(4)}" if g.rnd.random() < plus4 else z


def us_street(g: Gen) -> str:
    n = g.rnd.randint(10, 9899)
    s = g.rnd.choice(US_STREETS)
    apt, unit = g.rnd.randint(1, 40), g.rnd.randint(100, 420)
    return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"{n} {s} Apt {apt}", f"{n} {s} #{unit}"])


def de_street(g: Gen) -> str:
    return f"{g.rnd.choice(DE_STREETS)} {g.rnd.randint(1, 140)}" + g.rnd.choice(["", "", "a", "b"])


def br_street(g: Gen) -> str:
    return f"{g.rnd.choice(BR_STREETS)}, {g.rnd.randint(10, 2400)}" + g.rnd.choice(
        ["", "", f", apto {g.rnd.randint(101, 1804)}", f", bloco {g.rnd.choice('ABC')}"])


def br_cep(g: Gen, lead: str) -> str:
    d = lead + g.digits(6)
    return f"{d[:5]}-{d[5:]}"


def ca_street(g: Gen) -> str:
    return f"{g.rnd.randint(10, 3900)}, {g.rnd.choice(CA_STREETS)}" + g.rnd.choice(
        ["", "", f", app. {g.rnd.randint(1, 30)}"])


def ca_postal(g: Gen, lead: str) -> str:
    return f"{lead}{g.rnd.choice('ABCEGHJKLMNPRSTVXY')} {g.rnd.randint(0, 9)}{g.rnd.choice('ABCEGHJKLMNPRSTVXY')}" \
           f"{g.rnd.randint(0, 9)}"


# -- cards, IBANs and identifiers with check digits (python-stdnum) ----------------------------------------------------


def card(g: Gen, spaced: bool = False) -> str:
    """A number passing Luhn with a Visa, Mastercard, Discover or Amex prefix."""
    prefix, length = g.rnd.choice([("4", 16), ("52", 16), ("54", 16), ("6011", 16), ("34", 15), ("2720", 16)])
    body = prefix + g.digits(length - len(prefix) - 1)
    number = body + luhn.calc_check_digit(body)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def not_luhn(g: Gen, length: int = 16) -> str:
    return g.valid(lambda: "4" + g.digits(length - 1), lambda x: not luhn.is_valid(x))


#: BBAN layouts (9 a digit, A a letter); python-stdnum checks the result
BBAN = {"GB": "AAAA99999999999999", "DE": "999999999999999999", "FR": "99999999999999999999999",
        "NL": "AAAA9999999999", "IE": "AAAA99999999999999", "ES": "99999999999999999999"}


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
    body = g.rnd.choice(["04", "07", "08", "06", "03"]) + g.digits(6)
    number = body + _rtn.calc_check_digit(body)
    assert _rtn.is_valid(number)
    return number


def de_idnr(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _idnr.is_valid)


def br_cpf(g: Gen, formatted: bool = True) -> str:
    number = g.valid(lambda: g.digits(11), lambda x: len(set(x)) > 1 and _cpf.is_valid(x))
    return _cpf.format(number) if formatted else number


def npi(g: Gen) -> str:
    """A 10-digit NPI-shaped number (Luhn over the 80840 prefix): here an organisation's, a business value."""
    body = g.rnd.choice("12") + g.digits(8)
    return body + luhn.calc_check_digit("80840" + body)


# -- businesses and products (decoys, written for v24) -----------------------------------------------------------------

#: companies, some named after their (invented) founders
COMPANY_NAMES = ["Haverford Foods Inc.", "Brannigan & Seaver LLP", "Kessler Family Dental", "Underhill Logistics",
                 "Northgate Analytics", "Bluestem Credit Union", "Achterberg Tool & Die", "Ridgeline Software",
                 "Pruitt Brothers Roofing", "Ostrander Medical Group", "Cobalt Harbor Media", "Lakeshore Title Co.",
                 "Delgado & Sons Produce", "Whitlock Engineering", "Castellano Bakery", "Tran Family Pharmacy"]

#: products named like people
PRODUCTS = ["Marguerite Wrap Dress", "Everett Chore Coat", "Harper Crossbody Bag", "Ophelia Ceramic Mug",
            "Wesley Chino", "Celeste Linen Throw", "Brady Camp Blanket", "Noreen Cardigan"]


def office_street(g: Gen) -> str:
    number = g.rnd.randint(100, 9900)
    road = g.rnd.choice(["Corporate Dr", "Commerce Pkwy", "Technology Blvd", "Industrial Pkwy", "Executive Ct"])
    return f"{number} {road}" + g.rnd.choice(["", f" Ste {g.rnd.randint(100, 900)}",
                                              f", Suite {g.rnd.randint(100, 900)}"])


def office_phone(g: Gen) -> str:
    """A company's main line in the fictional 555-01xx range."""
    return f"({g.rnd.choice(['614', '502', '615', '317', '412'])}) 555-01{g.rnd.randint(0, 99):02d}"
