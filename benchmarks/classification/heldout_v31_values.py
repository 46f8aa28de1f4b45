"""Values of held-out set v31 (:mod:`benchmarks.classification.heldout_v31`): v31's random source, names, streets,
cities and businesses written by hand for v31 (no Faker, no list of real people), phones checked with phonenumbers and
identifiers with check digits found and checked with python-stdnum (a VIN's check digit is computed here).

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module; the lists below are new.
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
from stdnum.gb import nhs as _nhs
from stdnum.gb import vat as _gbvat
from stdnum.ie import pps as _pps
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 31_207_2026
N = "none"
#: a login or user id (review, as in v5 to v29)
USERNAME = "unclassified"
#: NULL-like strings of v31's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "?", "#N/A",
    "nil", "TBC", "tbc", "not given", "NOT KNOWN", "0", "000-00-0000", "noemail@none.com", "x@x.com", "*", "0000")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v31:{SEED}:{table}")

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
        """A valid number of ``region`` (US, CA, GB, IE, AU) in ``fmt``: e164, intl, national, digits, dashes,
        dots or trunk (national digits with the trunk 0 kept, no spaces: GB, IE, AU)."""
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        keep = max(len(nsn) - 6, 1)

        def make() -> str:
            if region in AREA_CODES:
                return self.rnd.choice(AREA_CODES[region]) + str(self.rnd.randint(2, 9)) + self.digits(6)
            return nsn[:keep] + self.digits(len(nsn) - keep)

        def ok(candidate: str) -> bool:
            return phonenumbers.is_valid_number(phonenumbers.parse(f"+{example.country_code}{candidate}"))

        number = phonenumbers.parse(f"+{example.country_code}{self.valid(make, ok)}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        d = "".join(ch for ch in national if ch.isdigit())
        if fmt in ("digits", "trunk"):
            return d
        if fmt == "dashes" and region in AREA_CODES:
            return f"{d[:3]}-{d[3:6]}-{d[6:]}"
        if fmt == "dots" and region in AREA_CODES:
            return f"{d[:3]}.{d[3:6]}.{d[6:]}"
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


#: NANP area codes v31 draws from (the Carolinas, Texas, Ohio, Arizona; Nova Scotia, Manitoba, Alberta, BC)
AREA_CODES = {"US": ["704", "919", "843", "512", "713", "614", "216", "602", "520"],
              "CA": ["902", "204", "403", "780", "604", "250", "306"]}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v31) -------------------------------------------------------------------------------------------

#: origin -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "anglo": (["Alfie", "Bertram", "Clive", "Digby", "Edmund", "Fletcher", "Hugo", "Ivor", "Rupert", "Tobias"],
              ["Beatrix", "Cressida", "Edwina", "Harriet", "Felicity", "Maisie", "Ottilie", "Philippa", "Rosamund",
               "Verity"],
              ["Ashcroft", "Blakemore", "Cholmondeley", "Dearden", "Featherstone", "Hargreaves", "Lumsden",
               "Pickering", "Rowbotham", "Scattergood", "Tillotson", "Winterbottom"]),
    "irish": (["Cathal", "Donnacha", "Eoghan", "Fiachra", "Oisín", "Ruairí", "Tadhg", "Colm"],
              ["Aoife", "Caoimhe", "Clodagh", "Gráinne", "Niamh", "Orla", "Saoirse", "Síofra"],
              ["Ó Briain", "Mac Cárthaigh", "Fitzgerald", "Geraghty", "Kavanagh", "McGillycuddy", "Ní Dhonnchadha",
               "O'Sullivan", "Tierney"]),
    "scottish": (["Alasdair", "Calum", "Dougal", "Fergus", "Hamish", "Lachlan", "Struan"],
                 ["Ailsa", "Catriona", "Eilidh", "Isla", "Morag", "Mhairi", "Shona"],
                 ["Buchanan", "Drummond", "Farquharson", "MacAskill", "McIlvanney", "Urquhart", "Sutherland"]),
    "south_asian": (["Anirudh", "Harjit", "Kunal", "Nikhil", "Rohan", "Tariq", "Vikram", "Zubair"],
                    ["Anjali", "Deepika", "Harpreet", "Meera", "Nusrat", "Priyanka", "Sunita", "Tanvi"],
                    ["Ahluwalia", "Chaudhry", "Gill", "Iyer", "Khan", "Nair", "Patel", "Sandhu", "Siddiqui"]),
    "east_asian": (["Haruto", "Jun-ho", "Kenji", "Minh", "Wei", "Zhiwei", "Sung-min"],
                   ["Hana", "Jia", "Mei", "Min-ji", "Sakura", "Thuy", "Xiulan"],
                   ["Cheung", "Hayashi", "Kwon", "Nakamura", "Nguyen", "Pham", "Zhou"]),
    "west_african": (["Chukwuemeka", "Kofi", "Kwabena", "Olumide", "Babatunde", "Yaw", "Emeka"],
                     ["Abena", "Adaeze", "Folasade", "Ngozi", "Yetunde", "Akosua", "Chiamaka"],
                     ["Adeyemi", "Asante", "Boateng", "Mensah", "Nwosu", "Okafor", "Oyelaran"]),
    "caribbean": (["Delroy", "Errol", "Leroy", "Marlon", "Winston", "Desmond"],
                  ["Claudette", "Hyacinth", "Marcia", "Shanice", "Paulette", "Yvonne"],
                  ["Brathwaite", "Campbell", "Gayle", "Greenidge", "McKenzie", "Thwaites"]),
    "east_european": (["Bogdan", "Dariusz", "Grzegorz", "Marek", "Ondrej", "Radu", "Tomasz"],
                      ["Agnieszka", "Bogumila", "Ilona", "Jadwiga", "Magdalena", "Roxana", "Zuzana"],
                      ["Baranowski", "Dumitrescu", "Horvath", "Jankowska", "Kowalczyk", "Novotny", "Wisniewski"]),
    "arabic": (["Faisal", "Hamza", "Karim", "Mahmoud", "Omar", "Tarek", "Yusuf"],
               ["Amal", "Dalia", "Huda", "Lina", "Mariam", "Rania", "Salma"],
               ["Al-Amin", "Haddad", "Khalil", "Mansour", "Nasser", "Saleh", "Yousef"]),
    "hispanic": (["Alejandro", "Ezequiel", "Joaquín", "Mateo", "Rodrigo", "Santiago"],
                 ["Ximena", "Valentina", "Guadalupe", "Marisol", "Paloma", "Renata"],
                 ["Barrientos", "Cervantes", "Figueroa", "Ibarra", "Quintanilla", "Zavala"]),
    "pacific": (["Ariki", "Manaia", "Nikau", "Rangi", "Sione", "Tane", "Viliami"],
                ["Aroha", "Hine", "Kahurangi", "Mere", "Moana", "Losana", "Talia"],
                ["Fonoti", "Ngata", "Parata", "Tapsell", "Tuhiwai", "Vaifale", "Whaanga"]),
}
#: country of a table -> origins of its people (weights)
ORIGINS: dict[str, dict[str, float]] = {
    "us": {"anglo": 4, "hispanic": 3, "west_african": 1.5, "caribbean": 1, "south_asian": 1.5, "east_asian": 1.5,
           "arabic": 1, "east_european": 1, "irish": 0.5},
    "gb": {"anglo": 5, "scottish": 1.5, "irish": 1, "south_asian": 2.5, "caribbean": 1.5, "west_african": 1.5,
           "east_european": 1.5, "arabic": 1, "east_asian": 1},
    "ie": {"irish": 6, "anglo": 1, "east_european": 2, "south_asian": 1, "west_african": 1, "arabic": 0.5,
           "hispanic": 0.5},
    "ca": {"anglo": 3, "scottish": 1.5, "irish": 1, "south_asian": 2.5, "east_asian": 2.5, "caribbean": 1,
           "arabic": 1, "east_european": 1, "west_african": 0.5},
    "au": {"anglo": 4, "irish": 1, "scottish": 1, "pacific": 2.5, "east_asian": 2.5, "south_asian": 2,
           "east_european": 1, "arabic": 1},
}


def person(g: Gen, country: str = "us", female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    weights = ORIGINS[country]
    origin = g.rnd.choices(list(weights), list(weights.values()))[0]
    males, females, lasts = NAMES[origin]
    return g.rnd.choice(females if female else males), g.rnd.choice(lasts)


def whole(g: Gen, country: str = "us") -> str:
    a, b = person(g, country)
    return f"{a} {b}"


def given(g: Gen, country: str = "us") -> str:
    return person(g, country)[0]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


DOMAINS = {"us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "att.net", "comcast.net"],
           "gb": ["gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "sky.com", "outlook.com"],
           "ie": ["gmail.com", "eircom.net", "hotmail.com", "yahoo.ie", "outlook.ie"],
           "ca": ["gmail.com", "shaw.ca", "rogers.com", "sympatico.ca", "telus.net", "hotmail.com"],
           "au": ["gmail.com", "bigpond.com", "optusnet.com.au", "outlook.com", "icloud.com"]}


def email_of(g: Gen, first: str, last: str, country: str = "us") -> str:
    a, b = plain(first), plain(last)
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(70, 99)}", f"{b}{a[:3]}"])
    return f"{local}@{g.rnd.choice(DOMAINS[country])}"


def email(g: Gen, country: str = "us") -> str:
    return email_of(g, *person(g, country), country)


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first), plain(last)
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:5]}{a[0]}", f"{a}{b[:2]}", f"{a[0]}.{b}"][style % 5]


def staff(g: Gen, n: int, country: str = "us") -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(whole(g, country))
    return sorted(out)


# -- places (written for v31) ------------------------------------------------------------------------------------------

#: (US city, state, ZIP lead): the Carolinas, Texas, Ohio, Arizona
US_CITIES = [("Charlotte", "NC", "282"), ("Raleigh", "NC", "276"), ("Durham", "NC", "277"),
             ("Charleston", "SC", "294"), ("Greenville", "SC", "296"), ("Austin", "TX", "787"),
             ("Houston", "TX", "770"), ("Columbus", "OH", "432"), ("Cleveland", "OH", "441"),
             ("Dayton", "OH", "454"), ("Tucson", "AZ", "857"), ("Phoenix", "AZ", "850"), ("Mesa", "AZ", "852")]
US_STREETS = ["Magnolia Blvd", "Pecan Grove Dr", "Live Oak Ln", "Buckeye Rd", "Saguaro Trl", "Cotton Gin Way",
              "Hickory Bend Ct", "Palmetto St", "Sycamore Ridge Rd", "Bluebonnet Ave", "Lakeshore Dr",
              "Tanglewood Cir", "Old Statesville Rd"]
#: (UK town, postcode areas)
GB_TOWNS = [("Leeds", ["LS"]), ("Sheffield", ["S"]), ("Bristol", ["BS"]), ("Leicester", ["LE"]),
            ("Norwich", ["NR"]), ("Cardiff", ["CF"]), ("Glasgow", ["G"]), ("Aberdeen", ["AB"]),
            ("Nottingham", ["NG"]), ("Bradford", ["BD"]), ("Exeter", ["EX"]), ("Wolverhampton", ["WV"])]
GB_STREETS = ["Acacia Avenue", "Barley Mow Lane", "Chapel Row", "Dovecote Close", "Elmfield Terrace",
              "Foundry Street", "Gasworks Lane", "Hawthorn Crescent", "Jubilee Road", "Kestrel Way", "Meadow Bank",
              "Rectory Gardens", "Station Approach", "Tannery Yard"]
#: (Irish town, county, Eircode routing keys)
IE_TOWNS = [("Galway", "Co. Galway", ["H91"]), ("Cork", "Co. Cork", ["T12", "T23"]),
            ("Limerick", "Co. Limerick", ["V94"]), ("Sligo", "Co. Sligo", ["F91"]), ("Tralee", "Co. Kerry", ["V92"]),
            ("Dundalk", "Co. Louth", ["A91"]), ("Dublin 8", "Co. Dublin", ["D08"]),
            ("Athlone", "Co. Westmeath", ["N37"]), ("Kilkenny", "Co. Kilkenny", ["R95"])]
IE_STREETS = ["Bóthar na Trá", "Church Hill", "Fairgreen Road", "Mill Lane", "O'Connell Terrace", "Abbey Court",
              "Cnoc na Gréine", "Ballybane Road", "Sráid an Mhuilinn"]
#: (Canadian city, province, FSA letters)
CA_CITIES = [("Halifax", "NS", "B3"), ("Dartmouth", "NS", "B2"), ("Winnipeg", "MB", "R3"), ("Brandon", "MB", "R7"),
             ("Calgary", "AB", "T2"), ("Edmonton", "AB", "T5"), ("Red Deer", "AB", "T4"), ("Kelowna", "BC", "V1"),
             ("Nanaimo", "BC", "V9"), ("Saskatoon", "SK", "S7")]
CA_STREETS = ["Portage Ave", "Spring Garden Rd", "Whyte Ave", "Macleod Trail SE", "Bernard Ave", "Quinpool Rd",
              "Pembina Hwy", "Jasper Ave", "Broadway Ave"]
#: (Australian suburb, state, postcode lead)
AU_SUBURBS = [("Parramatta", "NSW", "21"), ("Blacktown", "NSW", "21"), ("Footscray", "VIC", "30"),
              ("Dandenong", "VIC", "31"), ("Logan Central", "QLD", "41"), ("Townsville", "QLD", "48"),
              ("Elizabeth", "SA", "51"), ("Joondalup", "WA", "60"), ("Belconnen", "ACT", "26"),
              ("Glenorchy", "TAS", "70")]
AU_STREETS = ["Wattle St", "Banksia Cres", "Jacaranda Dr", "Kookaburra Pl", "Boundary Rd", "Coolabah Ave",
              "Gumtree Cl", "Bottlebrush Way"]

POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
EIRCODE_CHARS = "ACDEFHKNPRTVWXY0123456789"
CA_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"


def us_street(g: Gen) -> str:
    n, s = g.rnd.randint(10, 18999), g.rnd.choice(US_STREETS)
    return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"{n} {s} Apt {g.rnd.randint(1, 40)}",
                         f"{n} {s} #{g.rnd.randint(100, 420)}"])


def us_zip(g: Gen, lead: str, plus4: float = 0.0) -> str:
    z = lead + g.digits(2)
    return f"{z}-{g.digits(4)}" if g.rnd.random() < plus4 else z


def gb_street(g: Gen) -> str:
    return g.rnd.choice([f"{g.rnd.randint(1, 240)} {g.rnd.choice(GB_STREETS)}",
                         f"Flat {g.rnd.randint(1, 24)}, {g.rnd.randint(1, 90)} {g.rnd.choice(GB_STREETS)}",
                         f"{g.rnd.randint(1, 120)}{g.rnd.choice('ab')} {g.rnd.choice(GB_STREETS)}"])


def gb_postcode(g: Gen, area: str) -> str:
    district = str(g.rnd.randint(1, 29)) if len(area) == 2 else str(g.rnd.randint(1, 49))
    return f"{area}{district} {g.rnd.randint(1, 9)}{g.rnd.choice(POSTCODE_LETTERS)}{g.rnd.choice(POSTCODE_LETTERS)}"


def ie_street(g: Gen) -> str:
    return g.rnd.choice([f"{g.rnd.randint(1, 80)} {g.rnd.choice(IE_STREETS)}",
                         f"Apt {g.rnd.randint(1, 40)}, {g.rnd.choice(IE_STREETS)}",
                         f"{g.rnd.choice(['Rose Cottage', 'An Teach Bán', 'Hillview'])}, {g.rnd.choice(IE_STREETS)}"])


def eircode(g: Gen, key: str, spaced: bool = True) -> str:
    unique = g.rnd.choice("ACDEFHKNPRTVWXY") + "".join(g.rnd.choice(EIRCODE_CHARS) for _ in range(3))
    return f"{key} {unique}" if spaced else key + unique


def ca_street(g: Gen) -> str:
    n, s = g.rnd.randint(10, 9999), g.rnd.choice(CA_STREETS)
    return g.rnd.choice([f"{n} {s}", f"{g.rnd.randint(101, 2410)}-{n} {s}", f"{n} {s}"])


def ca_postal(g: Gen, fsa: str, spaced: bool = True) -> str:
    tail = f"{g.rnd.choice(CA_LETTERS)}{g.rnd.randint(0, 9)}{g.rnd.choice(CA_LETTERS)}{g.rnd.randint(0, 9)}"
    first = f"{fsa}{tail[0]}"
    return f"{first} {tail[1:]}" if spaced else first + tail[1:]


def au_street(g: Gen) -> str:
    n, s = g.rnd.randint(1, 320), g.rnd.choice(AU_STREETS)
    return g.rnd.choice([f"{n} {s}", f"{g.rnd.randint(1, 12)}/{n} {s}", f"Unit {g.rnd.randint(1, 30)} {n} {s}"])


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa, Mastercard or Discover prefix."""
    prefix = g.rnd.choice(["4", "53", "6011"])
    body = prefix + g.digits(15 - len(prefix))
    return body + luhn.calc_check_digit(body)


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 665):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}"

    number = g.valid(make, _ssn.is_valid)
    return number if dashed else number.replace("-", "")


def nhs_number(g: Gen, spaced: bool = True) -> str:
    """An NHS number (mod 11 check digit; python-stdnum checks it), ``999 999 9999`` or ten digits."""
    number = g.valid(lambda: str(g.rnd.randint(4, 7)) + g.digits(9), _nhs.is_valid)
    return f"{number[:3]} {number[3:6]} {number[6:]}" if spaced else number


def ca_sin(g: Gen, style: str = "spaced") -> str:
    """A Canadian social insurance number (Luhn), first digit 1-7 or 9."""
    number = g.valid(lambda: g.rnd.choice("1234567") + g.digits(8), _sin.is_valid)
    sep = {"spaced": " ", "dashed": "-", "plain": ""}[style]
    return sep.join([number[:3], number[3:6], number[6:]])


def ie_ppsn(g: Gen) -> str:
    """An Irish PPS number: seven digits, a check letter and sometimes a second letter (W, A or H)."""
    def make() -> str:
        return g.digits(7) + g.rnd.choice(string.ascii_uppercase[:23]) + g.rnd.choice(["", "", "", "A", "W"])

    return g.valid(make, _pps.is_valid)


def au_tfn(g: Gen, spaced: bool = True) -> str:
    number = g.valid(lambda: g.rnd.choice("1234567") + g.digits(8), _tfn.is_valid)
    return f"{number[:3]} {number[3:6]} {number[6:]}" if spaced else number


def au_abn(g: Gen) -> str:
    """An Australian business number (a business's: ``none``)."""
    number = g.valid(lambda: g.rnd.choice("123456789") + g.digits(10), _abn.is_valid)
    return f"{number[:2]} {number[2:5]} {number[5:8]} {number[8:]}"


def gb_vat(g: Gen) -> str:
    """A UK VAT registration number (a business's: ``none``)."""
    return "GB" + g.valid(lambda: g.rnd.choice("123456789") + g.digits(8), _gbvat.is_valid)


#: BBAN layouts (9 a digit, A a letter); python-stdnum checks the result
BBAN = {"IE": "AAAA99999999999999", "GB": "AAAA99999999999999"}
BANKS = {"IE": ["AIBK", "BOFI", "IPBS", "ULSB"], "GB": ["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    def make() -> str:
        bban = g.rnd.choice(BANKS[country]) + g.code(BBAN[country][4:])
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


VIN_VALUES = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
              "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6,
              "X": 7, "Y": 8, "Z": 9}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"


def vin_check(vin: str) -> str:
    total = sum(VIN_VALUES[ch] * w for ch, w in zip(vin, VIN_WEIGHTS))
    return "X" if total % 11 == 10 else str(total % 11)


def vin(g: Gen) -> str:
    """A 17-character VIN with a valid North American check digit (position 9): a vehicle's, ``none``."""
    wmi = g.rnd.choice(["1FT", "1HG", "2T1", "3VW", "5YJ", "1C4", "JTD", "KNA", "WBA"])
    body = wmi + "".join(g.rnd.choice(VIN_CHARS) for _ in range(5)) + "0" + g.rnd.choice("MNPRS") + \
        "".join(g.rnd.choice(VIN_CHARS) for _ in range(1)) + g.digits(6)
    return body[:8] + vin_check(body) + body[9:]


def microchip(g: Gen) -> str:
    """A 15-digit ISO pet microchip number (manufacturer prefix)."""
    return g.rnd.choice(["985", "900", "956", "981"]) + g.digits(12)


def sha1(g: Gen) -> str:
    return hashlib.sha1(str(g.rnd.random()).encode(), usedforsecurity=False).hexdigest()


def office_phone(g: Gen, region: str) -> str:
    """A business's main line in the fictional 555-01xx range (US, CA) or a drama range (GB)."""
    if region == "GB":
        return f"0113 496 0{g.rnd.randint(0, 999):03d}"
    return f"({g.rnd.choice(AREA_CODES[region])}) 555-01{g.rnd.randint(0, 99):02d}"
