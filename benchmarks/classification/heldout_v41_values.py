"""Values of held-out set v41 (:mod:`benchmarks.classification.heldout_v41`): v41's random source, names, streets,
cities and postal codes written by hand for v41 (no Faker, no list of real people), phones checked with phonenumbers
and identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module; the lists below are new (the US Great Lakes and the
Southwest, English and Scottish towns, Saxony and Thuringia, Castile and Aragon).
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
from stdnum.es import dni as _dni
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 41_207_2026
N = "none"
#: a login or public display handle (review, as in v5 to v39)
USERNAME = "unclassified"
#: NULL-like strings of v41's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "?", "#N/A",
    "nil", "<null>", "undefined", "[]", "{}", "0", "000-00-0000", "0000000000", "test@example.com",
    "noreply@example.com", "asdf@asdf.com", "(000) 000-0000", "555-555-5555", "REDACTED", "[deleted]", "N.D.",
    "keine", "k.A.", "ninguno", "sin datos", "*")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v41:{SEED}:{table}")

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
        first = self.rnd.choice([23, 45, 67, 69, 70, 75, 76, 96, 97, 100, 136, 162, 173, 199, 209])
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
                return self.rnd.choice(["414", "608", "734", "616", "419", "520", "602", "505", "312", "216"]) + \
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



# -- names (written for v41) -------------------------------------------------------------------------------------------

#: origin -> (male given names, female given names, family names); the US and UK customer bases mix them
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "anglo": (["Alistair", "Bartholomew", "Cormac", "Ellis", "Fenwick", "Hollis", "Lachlan", "Osgood", "Rufus",
               "Tobias", "Waylon"],
              ["Beatrix", "Cordelia", "Elspeth", "Harriet", "Juniper", "Ottilie", "Philippa", "Rosamund", "Tamsin",
               "Verity", "Wren"],
              ["Ashcombe", "Blackwood", "Cartwright", "Dunmore", "Eastwick", "Fothergill", "Hartigan", "Ingleby",
               "Kilbride", "Marchbank", "Netherton", "Pennycook", "Ravensworth", "Stainforth", "Tolliver",
               "Whitlock"]),
    "hispanic": (["Abelardo", "Cipriano", "Eusebio", "Gumersindo", "Leandro", "Nicanor", "Rogelio", "Valentín"],
                 ["Araceli", "Candelaria", "Esperanza", "Inmaculada", "Maite", "Nieves", "Remedios", "Ximena"],
                 ["Alcántara", "Barrientos", "Cifuentes", "Escobedo", "Galindo", "Llorente", "Quintanilla",
                  "Zamudio"]),
    "south_asian": (["Aniruddh", "Dhruv", "Harsh", "Kartik", "Nikhil", "Ritesh", "Siddharth", "Varun"],
                    ["Ananya", "Deepika", "Ishani", "Meenal", "Nandini", "Pooja", "Sunita", "Tanvi"],
                    ["Agarwal", "Bhattacharya", "Deshpande", "Gill", "Kulkarni", "Nair", "Reddy", "Sandhu"]),
    "east_asian": (["Haruto", "Jae-min", "Kenta", "Minh", "Sung-ho", "Wei", "Xiang", "Zhen"],
                   ["Eun-ji", "Hana", "Linh", "Mei", "Natsuki", "Ruoxi", "Su-bin", "Xiu"],
                   ["Hashimoto", "Kwon", "Le", "Matsuda", "Pham", "Shin", "Tang", "Zhou"]),
    "african": (["Ayo", "Chukwudi", "Femi", "Kofi", "Lwazi", "Musa", "Olumide", "Themba"],
                ["Abena", "Chiamaka", "Folake", "Lindiwe", "Makena", "Nomvula", "Temitope", "Yaa"],
                ["Adeyemi", "Boateng", "Chukwu", "Dlamini", "Mensah", "Njoroge", "Okafor", "Zulu"]),
    "slavic": (["Bohdan", "Dmytro", "Jaroslav", "Lubomir", "Radek", "Taras", "Vojtěch", "Yaroslav"],
               ["Darina", "Ivana", "Lada", "Ludmila", "Oksana", "Radka", "Yelena", "Zuzana"],
               ["Bondarenko", "Havel", "Kravchuk", "Novák", "Petrenko", "Svoboda", "Wiśniewski", "Zelenko"]),
    "arabic_persian": (["Bassam", "Faris", "Hamid", "Karim", "Mehdi", "Omid", "Tariq", "Yusuf"],
                       ["Dalia", "Golnar", "Hiba", "Laleh", "Maryam", "Rania", "Soraya", "Yasmin"],
                       ["Al-Amin", "Farahani", "Haddad", "Kazemi", "Mansour", "Nasser", "Sadeghi", "Qureshi"]),
    "de": (["Eckhard", "Friedemann", "Gernot", "Hartmut", "Jörg", "Lutz", "Reinhold", "Volker", "Wieland"],
           ["Annegret", "Brunhilde", "Dörte", "Gudrun", "Heike", "Kerstin", "Roswitha", "Sieglinde", "Ulrike"],
           ["Bräutigam", "Eckstein", "Fleischhauer", "Gottschalk", "Hölzel", "Kretschmer", "Lindemann",
            "Mühlberg", "Rauschenbach", "Schwalbe", "Tröger", "Wendler"]),
    "es": (["Anselmo", "Casimiro", "Dámaso", "Fermín", "Jacinto", "Marcelino", "Patricio", "Segismundo"],
           ["Amparo", "Begoña", "Covadonga", "Encarnación", "Montserrat", "Pilar", "Rosario", "Visitación"],
           ["Arrieta", "Berdejo", "Calatayud", "Escartín", "Lacasa", "Marcuello", "Oliván", "Sancho", "Villacampa",
            "Zubiri"]),
}
#: origins of the US and UK customer bases (weights)
ORIGINS = {"anglo": 5, "hispanic": 2, "south_asian": 2, "east_asian": 1.5, "african": 1.5, "slavic": 1,
           "arabic_persian": 1}


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


PERSONAL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "proton.me",
                    "comcast.net", "att.net", "msn.com"]
DE_DOMAINS = ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de"]
ES_DOMAINS = ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"]
UK_DOMAINS = ["gmail.com", "btinternet.com", "hotmail.co.uk", "sky.com", "yahoo.co.uk", "outlook.com"]


def email_of(g: Gen, first: str, last: str, domains: list[str] | None = None) -> str:
    a, b = plain(first), plain(last)
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(70, 99)}", f"{b}{a[:3]}"])
    return f"{local}@{g.rnd.choice(domains or PERSONAL_DOMAINS)}"


def email(g: Gen, domains: list[str] | None = None, lang: str = "us") -> str:
    return email_of(g, *person(g, lang), domains)


def messy(g: Gen, address: str) -> str:
    """An e-mail address as a form left it: mixed case, padded with spaces in some rows."""
    out = address
    if g.rnd.random() < 0.35:
        out = out[0].upper() + out[1:]
    if g.rnd.random() < 0.15:
        out = out.upper()
    if g.rnd.random() < 0.2:
        out = g.rnd.choice([" ", "  ", ""]) + out + g.rnd.choice([" ", "\t", ""])
    return out


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first), plain(last)
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:5]}{a[0]}", f"{a}_{b[0]}", f"{a}{b[:2]}{style % 90}"][style % 5]


def sha256_of(text: str) -> str:
    return hashlib.sha256(text.strip().lower().encode()).hexdigest()


def md5_of(text: str) -> str:
    return hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()


# -- places (written for v41) ------------------------------------------------------------------------------------------

#: (real US city, state, ZIP lead)
US_CITIES: list[tuple[str, str, str]] = [
    ("Milwaukee", "WI", "532"), ("Madison", "WI", "537"), ("Green Bay", "WI", "543"), ("Ann Arbor", "MI", "481"),
    ("Grand Rapids", "MI", "495"), ("Lansing", "MI", "489"), ("Toledo", "OH", "436"), ("Akron", "OH", "443"),
    ("Dayton", "OH", "454"), ("Tucson", "AZ", "857"), ("Flagstaff", "AZ", "860"), ("Las Cruces", "NM", "880"),
    ("Santa Fe", "NM", "875"), ("El Paso", "TX", "799"), ("Rockford", "IL", "611"), ("Peoria", "IL", "616"),
]
US_STREETS = ["Lake Shore Dr", "Saguaro Trl", "N Prospect Ave", "Cottonwood Ln", "Mesquite Ct", "Huron Pkwy",
              "W Wisconsin Ave", "Ocotillo Rd", "Burr Oak Dr", "Tamarack Way", "Packard St", "Canyon View Pl",
              "Ironwood Cir", "Maple Bluff Rd", "Sandhill Crane Dr", "E Speedway Blvd"]
#: (real UK town, postcode area and district)
UK_TOWNS = [("Harrogate", "HG1"), ("Carlisle", "CA2"), ("Perth", "PH1"), ("Stirling", "FK8"), ("Shrewsbury", "SY1"),
            ("Lincoln", "LN2"), ("Dundee", "DD3"), ("Lancaster", "LA1"), ("Truro", "TR1"), ("Hereford", "HR4")]
UK_STREETS = ["Station Road", "Abbey Close", "Kiln Lane", "Wellington Terrace", "Moor View", "Orchard Rise",
              "Glebe Street", "Mill Wynd"]
#: (real German town, PLZ lead)
DE_CITIES = [("Leipzig", "041"), ("Chemnitz", "091"), ("Zwickau", "080"), ("Jena", "077"), ("Erfurt", "990"),
             ("Weimar", "994"), ("Gera", "075"), ("Plauen", "085"), ("Görlitz", "028"), ("Bautzen", "026")]
DE_STREETS = ["Karl-Liebknecht-Straße", "Am Mühlgraben", "Lindenauer Weg", "Schillerstraße", "Goethering",
              "Töpfergasse", "Saalbahnhofstraße", "Wiesenweg"]
#: (real Spanish town, CP lead)
ES_CITIES = [("Zaragoza", "500"), ("Huesca", "220"), ("Teruel", "440"), ("Valladolid", "470"), ("Burgos", "090"),
             ("Soria", "420"), ("Segovia", "400"), ("Palencia", "340"), ("León", "240"), ("Ávila", "050")]
ES_STREETS = ["Calle Mayor", "Paseo de la Independencia", "Avenida de Madrid", "Calle del Coso", "Plaza del Pilar",
              "Calle Santiago", "Camino de las Torres", "Calle Doctor Cerrada"]


def us_place(g: Gen) -> tuple[str, str, str]:
    return g.rnd.choice(US_CITIES)


def us_zip(g: Gen, lead: str, plus4: float = 0.0) -> str:
    z = lead + g.digits(2)
    return f"{z}-{g.digits(4)}" if g.rnd.random() < plus4 else z


def us_street(g: Gen) -> str:
    n = g.rnd.randint(10, 14999)
    s = g.rnd.choice(US_STREETS)
    return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"{n} {s} Apt {g.rnd.randint(1, 40)}",
                         f"{n} {s} #{g.rnd.randint(100, 420)}"])


def uk_postcode(g: Gen, district: str) -> str:
    return f"{district} {g.rnd.randint(1, 9)}{g.rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}{g.rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def uk_street(g: Gen) -> str:
    return f"{g.rnd.randint(1, 140)} {g.rnd.choice(UK_STREETS)}"


def de_street(g: Gen) -> str:
    return f"{g.rnd.choice(DE_STREETS)} {g.rnd.randint(1, 120)}" + g.rnd.choice(["", "a", "b", ""])


def es_street(g: Gen) -> str:
    return f"{g.rnd.choice(ES_STREETS)}, {g.rnd.randint(1, 99)}" + g.rnd.choice(["", ", 2º B", ", 4º izq.", ", bajo"])


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa, Mastercard or Amex prefix."""
    prefix, length = g.rnd.choice([("4", 16), ("53", 16), ("2720", 16), ("34", 15)])
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 665):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}"

    number = g.valid(make, _ssn.is_valid)
    return number if dashed else number.replace("-", "")


def es_dni(g: Gen) -> str:
    """A Spanish DNI (eight digits and a check letter; python-stdnum computes and checks it)."""
    body = f"{g.rnd.randint(1_000_000, 79_999_999):08d}"
    number = body + _dni.calc_check_digit(body)
    assert _dni.is_valid(number)
    return number


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)


USER_AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Mozilla/5.0 (Linux; Android 15; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Mobile Safari/537.36",
]

#: invented companies of the B2B leads (some named after invented founders)
COMPANIES = ["Marchbank Fasteners", "Saguaro Solar Supply", "Kettle River Logistics", "Haddad & Okafor Dental Labs",
             "Northgate Packaging", "Ironwood Analytics", "Bluestem Credit Union", "Tolliver Freight Brokers",
             "Huron Valley Plastics", "Copperline Staffing", "Mesa Ridge Orthopedics", "Driftless Dairy Co-op"]
