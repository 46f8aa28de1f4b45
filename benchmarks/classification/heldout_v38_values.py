"""Values of held-out set v38 (:mod:`benchmarks.classification.heldout_v38`): v38's random source, names, streets,
cities and postal codes written by hand for v38 (no Faker, no list of real people), phones checked with phonenumbers
and identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module; the lists below are new (the US Midwest and South,
Ontario and British Columbia, the English Midlands and North, Bavaria and the Rhineland, Andalusia and Valencia, the
French west and south-west).
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
from stdnum.ca import sin as _sin
from stdnum.de import idnr as _idnr
from stdnum.es import dni as _dni
from stdnum.fr import nir as _nir
from stdnum.iso7064 import mod_11_10
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 38_407_2026
N = "none"
#: a login or public handle (review, as in v5 to v37)
USERNAME = "unclassified"
#: NULL-like strings of v38's connectors and forms (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "?", "[]", "{}",
    "test@example.com", "k.A.", "keine", "ninguno", "s/n", "aucun", "néant", "N/C")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v38:{SEED}:{table}")

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
        first = self.rnd.choice([24, 47, 64, 66, 71, 72, 98, 99, 104, 108, 142, 152, 174, 184, 216])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2600", "2601", "2602", "2604", "2a02"])
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
                return self.rnd.choice(["312", "414", "612", "314", "615", "404", "512", "919", "704", "317"]) + \
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



# -- names (written for v38) -------------------------------------------------------------------------------------------

#: origin -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "anglo": (["Ambrose", "Brantley", "Cyrus", "Everett", "Fitzgerald", "Hollis", "Lowell", "Nash", "Otis", "Rhett"],
              ["Adelaide", "Beatrix", "Cordelia", "Eloise", "Henrietta", "Juniper", "Magnolia", "Odette", "Posy",
               "Tabitha"],
              ["Ashcombe", "Blackwood", "Coddington", "Drinkwater", "Featherstone", "Gable", "Hartigan", "Kimbrough",
               "Langridge", "Midgley", "Pettigrew", "Quarles", "Rutledge", "Stainthorpe", "Tolliver", "Whitlock"]),
    "hispanic": (["Abelardo", "Cipriano", "Domingo", "Evaristo", "Gumersindo", "Nicanor", "Rigoberto", "Saturnino"],
                 ["Araceli", "Dulce", "Esperanza", "Graciela", "Maricruz", "Nayeli", "Xiomara", "Yesenia"],
                 ["Alcántara", "Barragán", "Cisneros", "Galindo", "Ledesma", "Olivares", "Quintanilla", "Zamora"]),
    "south_asian": (["Aniket", "Harsha", "Kiran", "Mohit", "Nikhil", "Rohan", "Tejas", "Varun"],
                    ["Ananya", "Deepika", "Ishita", "Meenakshi", "Nandini", "Pooja", "Sunita", "Tanvi"],
                    ["Agarwal", "Bhatt", "Deshpande", "Iyer", "Kulkarni", "Nair", "Sandhu", "Venkatesan"]),
    "east_asian": (["Haruto", "Jae-min", "Kenji", "Minh", "Wei", "Xiang", "Sung-ho", "Tao"],
                   ["Akane", "Hye-jin", "Linh", "Mei", "Naoko", "Shu-fen", "Xiu", "Yuna"],
                   ["Arakawa", "Choi", "Duong", "Hsu", "Kwon", "Matsuda", "Pham", "Zhou"]),
    "african": (["Babajide", "Emeka", "Kofi", "Lwazi", "Oluwaseun", "Tafadzwa", "Yaw", "Zuberi"],
                ["Abena", "Chiamaka", "Folake", "Lindiwe", "Makena", "Nomvula", "Wanjiru", "Yetunde"],
                ["Adeyemi", "Boateng", "Chukwu", "Mensah", "Mwangi", "Nkosi", "Okafor", "Sithole"]),
    "de": (["Bernd", "Dieter", "Florian", "Jürgen", "Korbinian", "Matthias", "Rüdiger", "Wolfgang"],
           ["Anneliese", "Birgit", "Dörte", "Franziska", "Heike", "Kerstin", "Roswitha", "Ute"],
           ["Brandstätter", "Eberl", "Hagenmüller", "Kretschmer", "Lindner", "Obermaier", "Schwaiger", "Zöllner"]),
    "es": (["Alfonso", "Borja", "Gonzalo", "Íñigo", "Jacinto", "Marcelino", "Rafael", "Txema"],
           ["Almudena", "Begoña", "Encarnación", "Inmaculada", "Macarena", "Montserrat", "Nieves", "Remedios"],
           ["Aguirre", "Beltrán", "Cabello", "Domínguez", "Escobar", "Heredia", "Iglesias", "Villalobos"]),
    "fr": (["Baptiste", "Clément", "Gaëtan", "Hervé", "Loïc", "Mathurin", "Régis", "Yannick"],
           ["Apolline", "Bérénice", "Clémence", "Gwenaëlle", "Maëlys", "Ombeline", "Solène", "Véronique"],
           ["Arnaud", "Le Goff", "Chevallier", "Delmas", "Fournier", "Guérin", "Laborde", "Peyrot"]),
}
ORIGINS = {"anglo": 6, "hispanic": 2, "south_asian": 2, "east_asian": 1.5, "african": 1.5}


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    if lang == "us":
        lang = g.rnd.choices(list(ORIGINS), list(ORIGINS.values()))[0]
    males, females, lasts = NAMES[lang]
    return g.rnd.choice(females if female else males), g.rnd.choice(lasts)


def whole(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


PERSONAL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "comcast.net",
                    "proton.me", "msn.com", "att.net"]
DOMAINS = {"de": ["web.de", "gmx.de", "t-online.de", "gmail.com"], "es": ["gmail.com", "hotmail.es", "yahoo.es",
                                                                          "telefonica.net"],
           "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
           "gb": ["btinternet.com", "gmail.com", "hotmail.co.uk", "sky.com"]}


def email_of(g: Gen, first: str, last: str, domains: list[str] | None = None) -> str:
    a, b = plain(first), plain(last)
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(70, 99)}"])
    return f"{local}@{g.rnd.choice(domains or PERSONAL_DOMAINS)}"


def email(g: Gen, lang: str = "us", domains: list[str] | None = None) -> str:
    return email_of(g, *person(g, lang), domains)


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(first)}.{plain(last)}@{domain}"


def handle(first: str, last: str, style: int) -> str:
    a, b = plain(first), plain(last)
    return [f"@{a}{b[:3]}", f"{a}_{b}", f"{b}{a[0]}", f"@{a[0]}{b}{style}", f"{a}.{b[:1]}"][style % 5]


# -- places (written for v38) ------------------------------------------------------------------------------------------

#: (US city, state, ZIP lead): the Midwest and the South
US_CITIES = [("Columbus", "OH", "432"), ("Dayton", "OH", "454"), ("Madison", "WI", "537"), ("Omaha", "NE", "681"),
             ("Des Moines", "IA", "503"), ("Wichita", "KS", "672"), ("Louisville", "KY", "402"),
             ("Knoxville", "TN", "379"), ("Chattanooga", "TN", "374"), ("Birmingham", "AL", "352"),
             ("Savannah", "GA", "314"), ("Raleigh", "NC", "276"), ("Charleston", "SC", "294"),
             ("Little Rock", "AR", "722"), ("Tulsa", "OK", "741"), ("Lexington", "KY", "405")]
US_STREETS = ["Magnolia Bend", "Buckeye Trl", "Cotton Gin Rd", "Prairie Wind Dr", "Tupelo Ct", "Sycamore Knoll",
              "Riverbend Pkwy", "Dogwood Hollow Ln", "Bluegrass Way", "Cardinal Ridge Rd", "Pecan Grove Cir",
              "Lakeshore Ter", "Whippoorwill Ln", "Old Depot St", "Honeysuckle Ave"]
#: (Canadian city, province, FSA)
CA_CITIES = [("Kingston", "ON", "K7L"), ("Guelph", "ON", "N1H"), ("Sudbury", "ON", "P3A"), ("Kelowna", "BC", "V1Y"),
             ("Nanaimo", "BC", "V9R"), ("Kamloops", "BC", "V2C")]
#: (English town, postcode area)
GB_TOWNS = [("Leicester", "LE"), ("Derby", "DE"), ("Stoke-on-Trent", "ST"), ("Huddersfield", "HD"), ("Preston", "PR"),
            ("Sunderland", "SR"), ("Wakefield", "WF"), ("Lincoln", "LN")]
GB_STREETS = ["Tanner's Row", "Cheapside Lane", "Mill Race Close", "Beckside Road", "Chapel Fold", "Ropewalk",
              "Ashby Grove"]
#: (German city, PLZ lead)
DE_CITIES = [("Regensburg", "930"), ("Ingolstadt", "850"), ("Landshut", "840"), ("Passau", "940"), ("Koblenz", "560"),
             ("Trier", "542"), ("Bonn", "531")]
DE_STREETS = ["Lindenweg", "Am Mühlbach", "Kirchstraße", "Bahnhofstraße", "Rosenheimer Straße", "Hauptstraße",
              "Auf der Heide"]
#: (Spanish city, province postcode lead)
ES_CITIES = [("Sevilla", "41"), ("Córdoba", "14"), ("Málaga", "29"), ("Granada", "18"), ("Valencia", "46"),
             ("Alicante", "03"), ("Castellón de la Plana", "12")]
ES_STREETS = ["Calle Feria", "Avenida de la Constitución", "Calle Larios", "Plaza del Pilar", "Calle de la Paz",
              "Camino de Vera"]
#: (French town, département)
FR_TOWNS = [("Nantes", "44"), ("Angers", "49"), ("La Rochelle", "17"), ("Poitiers", "86"), ("Bordeaux", "33"),
            ("Pau", "64"), ("Périgueux", "24")]
FR_STREETS = ["rue des Tanneurs", "avenue de la Libération", "impasse des Lilas", "boulevard Gambetta",
              "chemin du Moulin", "place du Marché"]


def us_city(g: Gen) -> tuple[str, str, str]:
    return g.rnd.choice(US_CITIES)


def us_zip(g: Gen, lead: str, plus4: float = 0.0) -> str:
    z = lead + g.digits(2)
    return f"{z}-{g.digits(4)}" if g.rnd.random() < plus4 else z


def us_street(g: Gen) -> str:
    n = g.rnd.randint(10, 9999)
    return f"{n} {g.rnd.choice(US_STREETS)}"


def us_unit(g: Gen) -> str | None:
    return g.rnd.choice([f"Apt {g.rnd.randint(1, 40)}", f"Unit {g.rnd.randint(1, 9)}{g.rnd.choice('ABCD')}",
                         f"#{g.rnd.randint(100, 999)}"])


def ca_postal(g: Gen, fsa: str) -> str:
    return f"{fsa} {g.digits(1)}{g.rnd.choice('ABCEGHJKLMNPRSTVWXYZ')}{g.digits(1)}"


def gb_postcode(g: Gen, area: str) -> str:
    return f"{area}{g.rnd.randint(1, 19)} {g.digits(1)}{g.rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}" \
           f"{g.rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def gb_street(g: Gen) -> str:
    return f"{g.rnd.randint(1, 140)} {g.rnd.choice(GB_STREETS)}"


def de_street(g: Gen) -> str:
    return f"{g.rnd.choice(DE_STREETS)} {g.rnd.randint(1, 120)}{g.rnd.choice(['', '', 'a', 'b'])}"


def es_street(g: Gen) -> str:
    return f"{g.rnd.choice(ES_STREETS)}, {g.rnd.randint(1, 150)}" + g.rnd.choice(["", ", 2º B", ", 4º izq.", ", bajo"])


def fr_street(g: Gen) -> str:
    return f"{g.rnd.randint(1, 90)}{g.rnd.choice(['', '', ' bis'])} {g.rnd.choice(FR_STREETS)}"


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------

BBAN = {"DE": "999999999999999999", "ES": "99999999999999999999", "FR": "99999999999ZZZZZZZZZZZ99"}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (national checks by retry; python-stdnum checks it)."""

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


def ca_sin(g: Gen) -> str:
    body = g.rnd.choice("1234567") + g.digits(7)
    number = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(number)
    return f"{number[:3]} {number[3:6]} {number[6:]}" if g.rnd.random() < 0.6 else number


def gb_nino(g: Gen) -> str:
    """A UK National Insurance number (no check digit; prefixes avoid the letters never issued)."""
    first = g.rnd.choice("ABCEGHJKLMNPRSTWXYZ")
    second = g.rnd.choice("ABCEGHJKLMNPRSTWXYZ")
    while first + second in {"GB", "NK", "TN", "ZZ", "BG", "KN", "NT"}:
        second = g.rnd.choice("ABCEGHJKLMNPRSTWXYZ")
    body = f"{first}{second}{g.digits(6)}{g.rnd.choice('ABCD')}"
    return body if g.rnd.random() < 0.6 else f"{body[:2]} {body[2:4]} {body[4:6]} {body[6:8]} {body[8]}"


def de_idnr(g: Gen) -> str:
    """A German Steuer-ID (11 digits, ISO 7064 mod 11,10; python-stdnum checks it)."""

    def make() -> str:
        body = g.rnd.choice("123456789") + g.digits(9)
        return body + mod_11_10.calc_check_digit(body)

    number = g.valid(make, _idnr.is_valid)
    return number if g.rnd.random() < 0.7 else f"{number[:2]} {number[2:5]} {number[5:8]} {number[8:]}"


def es_dni(g: Gen) -> str:
    body = g.digits(8)
    number = body + _dni.calc_check_digit(body)
    assert _dni.is_valid(number)
    return number if g.rnd.random() < 0.8 else f"{body}-{number[-1]}"


def fr_nir(g: Gen, born: date, female: bool, dept: str) -> str:
    """A French NIR encoding sex, birth year and month and the département (key: python-stdnum)."""
    body = f"{2 if female else 1}{born.year % 100:02d}{born.month:02d}{dept}{g.digits(3)}{g.digits(3)}"
    number = body + _nir.calc_check_digits(body)
    assert _nir.is_valid(number)
    return number if g.rnd.random() < 0.5 else \
        f"{number[0]} {number[1:3]} {number[3:5]} {number[5:7]} {number[7:10]} {number[10:13]} {number[13:]}"


def card_last4(g: Gen) -> str:
    return g.digits(4)


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)


def sf_id(g: Gen, prefix: str) -> str:
    """A Salesforce 18-character record id (``003``, ``005``, ``001``, ``00Q`` prefixes)."""
    alphabet = string.ascii_letters + string.digits
    return prefix + "5f" + g.digits(10, alphabet) + g.digits(3, string.ascii_uppercase + "012345")


# -- businesses and decoys (written for v38) ---------------------------------------------------------------------------

COMPANY_NAMES = ["Kimbrough Solar Co.", "Buckeye Fence & Deck", "Pettigrew Family Dentistry", "Riverbend Roofing",
                 "Tolliver Hardwoods", "Magnolia Print Works", "Prairie Wind Logistics", "Ashcombe Fasteners Ltd",
                 "Drinkwater Packaging", "Galindo Produce", "Nkosi Freight", "Midgley & Quarles Solicitors",
                 "Cardinal Ridge Veterinary", "Sandhu Tool & Die", "Lakeshore Office Supply", "Featherstone Mills"]
VENDOR_DOMAINS = ["kimbroughsolar.com", "buckeyefence.com", "riverbendroofing.com", "tolliverhardwoods.com",
                  "magnoliaprint.com", "prairiewind.co", "ashcombe.co.uk", "drinkwaterpack.co.uk"]


def office_street(g: Gen) -> str:
    return f"{g.rnd.randint(100, 9900)} " + g.rnd.choice(["Industrial Pkwy", "Enterprise Dr", "Commerce Park Blvd",
                                                          "Distribution Way", "Trade Centre Rd"]) + \
        g.rnd.choice(["", f" Suite {g.rnd.randint(100, 500)}"])


def office_phone(g: Gen) -> str:
    return f"({g.rnd.choice(['614', '502', '615', '919', '405'])}) 555-01{g.rnd.randint(0, 99):02d}"
