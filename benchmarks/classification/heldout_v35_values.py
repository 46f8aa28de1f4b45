"""Values of held-out set v35 (:mod:`benchmarks.classification.heldout_v35`): v35's random source, names, streets,
cities, companies, products and identifier builders written by hand for v35 (no Faker, no list of real people),
phones checked with phonenumbers and identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module; the lists below are new (the US South and Midwest,
the English Midlands and North, the Canadian Prairies and Atlantic provinces, Queensland and South Australia).
"""

from __future__ import annotations

import hashlib
import random
import string
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import phonenumbers
from stdnum import bic as _bic
from stdnum import ean as _ean
from stdnum import iban as _iban
from stdnum import imei as _imei
from stdnum import isbn as _isbn
from stdnum import luhn
from stdnum.au import abn as _abn
from stdnum.au import tfn as _tfn
from stdnum.ca import sin as _sin
from stdnum.us import ein as _ein
from stdnum.us import rtn as _rtn
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 35_907_2026
N = "none"
#: a login (review, as in v5 to v33)
USERNAME = "unclassified"
#: NULL-like strings of v35's exports (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "UNKNOWN", "?", "#N/A",
    "nil", "(blank)", "TBD", "000-00-0000", "000000000", "noemail@noemail.com", "none@none.com", "999-999-9999",
    "0000000000", "REFUSED", "NOT PROVIDED", "*")
#: US and Canadian area codes v35's phones use (the South, the Midwest; the Prairies and Atlantic Canada)
AREAS = {"US": ["205", "251", "501", "479", "615", "901", "316", "785", "402", "515", "608", "414", "317", "502"],
         "CA": ["204", "306", "403", "780", "506", "902", "709"]}


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v35:{SEED}:{table}")

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
        keep = max(len(nsn) - 6, 1)

        def make() -> str:
            if region in AREAS:
                return self.rnd.choice(AREAS[region]) + \
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
            return f"{d[:3]}-{d[3:6]}-{d[6:]}" if region in AREAS else national
        if fmt == "dots":
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:3]}.{d[3:6]}.{d[6:]}" if region in AREAS else national
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))



# -- names (written for v35) -------------------------------------------------------------------------------------------

#: origin -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "anglo": (["Archibald", "Beckett", "Clayton", "Dwight", "Everett", "Forrest", "Garrison", "Harlan", "Lyle",
               "Murray", "Royce", "Vaughn", "Warrick", "Otis"],
              ["Adelaide", "Bernadette", "Cordelia", "Dorothea", "Eloise", "Henrietta", "Lavinia", "Mabel", "Opal",
               "Philippa", "Rosamund", "Temperance", "Wilhelmina", "Maisie"],
              ["Ashdown", "Blackmore", "Cattermole", "Dimmock", "Entwistle", "Fothergill", "Gosling", "Hepworth",
               "Illingworth", "Jagger", "Kilbride", "Ledbetter", "Mottram", "Nuttall", "Oakeshott", "Prothero",
               "Quigley", "Rushworth", "Stallworth", "Tolliver", "Upshaw", "Wigglesworth"]),
    "hispanic": (["Abelardo", "Cipriano", "Efraín", "Gerardo", "Leoncio", "Nicanor", "Rigoberto", "Wenceslao"],
                 ["Araceli", "Catalina", "Dulce", "Esperanza", "Graciela", "Marisol", "Perla", "Xiomara"],
                 ["Alvarado", "Cisneros", "Galindo", "Ledesma", "Olivares", "Quintanilla", "Segovia", "Zamora"]),
    "south_asian": (["Anirudh", "Harsh", "Karan", "Nikhil", "Rohan", "Siddharth", "Varun", "Tarun"],
                    ["Ananya", "Deepika", "Ishita", "Meera", "Nandini", "Pooja", "Riya", "Tanvi"],
                    ["Agarwal", "Bhatt", "Deshpande", "Gill", "Iyer", "Kulkarni", "Nair", "Sandhu"]),
    "east_asian": (["Haruto", "Jae-min", "Kenji", "Minh", "Wei", "Zhiwei", "Sung-ho", "Quang"],
                   ["Aiko", "Eun-ji", "Ha-eun", "Mei", "Thu", "Xiaoling", "Yuna", "Ngoc"],
                   ["Chau", "Hayashi", "Kwon", "Matsuda", "Nguyen", "Pham", "Tanaka", "Zhou"]),
    "african": (["Babajide", "Emeka", "Kofi", "Lwazi", "Oluwaseun", "Themba", "Yaw", "Kelechi"],
                ["Abena", "Chiamaka", "Folake", "Lindiwe", "Makena", "Nomvula", "Wanjiru", "Yetunde"],
                ["Adeyemi", "Boateng", "Mensah", "Mutua", "Nwosu", "Okafor", "Sithole", "Wanjiku"]),
    "french_ca": (["Benoît", "Gaëtan", "Jean-Guy", "Réjean", "Sylvain", "Yannick"],
                  ["Chantal", "Geneviève", "Josée", "Mélanie", "Nathalie", "Sylvie"],
                  ["Beaulieu", "Desjardins", "Gagnon", "Lévesque", "Ouellet", "Thibodeau"]),
}
ORIGINS = {"anglo": 7, "hispanic": 2, "south_asian": 1.5, "east_asian": 1.2, "african": 1.2, "french_ca": 0.6}


def person(g: Gen, female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    origin = g.rnd.choices(list(ORIGINS), list(ORIGINS.values()))[0]
    males, females, lasts = NAMES[origin]
    return g.rnd.choice(females if female else males), g.rnd.choice(lasts)


def whole(g: Gen) -> str:
    a, b = person(g)
    return f"{a} {b}"


def given(g: Gen) -> str:
    return person(g)[0]


def family(g: Gen) -> str:
    return person(g)[1]


def plain(text: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if ch.isascii() and ch.isalnum())


PERSONAL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "hotmail.co.uk", "btinternet.com",
                    "shaw.ca", "bigpond.com", "icloud.com", "comcast.net", "sympatico.ca", "optusnet.com.au"]


def email_of(g: Gen, first: str, last: str, domains: list[str] | None = None) -> str:
    a, b = plain(first), plain(last)
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(50, 99)}", f"{b}{a[:3]}"])
    return f"{local}@{g.rnd.choice(domains or PERSONAL_DOMAINS)}"


def email(g: Gen) -> str:
    return email_of(g, *person(g))


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(first)}.{plain(last)}@{domain}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first), plain(last)
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:5]}{a[0]}", f"{a}{b[0]}", f"{a[:3]}{b[:3]}"][style % 5]


# -- places (written for v35) ------------------------------------------------------------------------------------------

#: (US city, state, ZIP lead)
US_CITIES = [("Birmingham", "AL", "352"), ("Mobile", "AL", "366"), ("Little Rock", "AR", "722"),
             ("Fayetteville", "AR", "727"), ("Nashville", "TN", "372"), ("Memphis", "TN", "381"),
             ("Wichita", "KS", "672"), ("Topeka", "KS", "666"), ("Omaha", "NE", "681"), ("Des Moines", "IA", "503"),
             ("Madison", "WI", "537"), ("Milwaukee", "WI", "532"), ("Indianapolis", "IN", "462"),
             ("Louisville", "KY", "402"), ("Lexington", "KY", "405")]
US_STREETS = ["Magnolia Ave", "Pecan Grove Dr", "Cottonwood Ln", "Sycamore St", "Dogwood Trl", "Prairie View Rd",
              "Bluegrass Pkwy", "Catalpa Ct", "Walnut Hill Rd", "Persimmon Way", "Red Bud Ln", "Lakeshore Dr",
              "Tanglewood Cir", "Hickory Bend", "Old Stage Rd"]
#: (UK town, postcode area)
UK_TOWNS = [("Leicester", "LE"), ("Derby", "DE"), ("Nottingham", "NG"), ("Stoke-on-Trent", "ST"), ("Bradford", "BD"),
            ("Huddersfield", "HD"), ("Wakefield", "WF"), ("Sunderland", "SR"), ("Preston", "PR"),
            ("Lincoln", "LN"), ("Northampton", "NN"), ("Doncaster", "DN")]
UK_STREETS = ["Cranbrook Road", "Hollybush Lane", "Station Approach", "Ferndale Crescent", "Mill Hill Close",
              "Jubilee Terrace", "Kingsway", "Orchard Mews", "Beech Grove", "Acacia Avenue", "Tanners Row"]
#: (Canadian city, province, FSA letters)
CA_CITIES = [("Winnipeg", "MB", "R3"), ("Brandon", "MB", "R7"), ("Regina", "SK", "S4"), ("Saskatoon", "SK", "S7"),
             ("Calgary", "AB", "T2"), ("Edmonton", "AB", "T5"), ("Moncton", "NB", "E1"), ("Halifax", "NS", "B3"),
             ("St. John's", "NL", "A1")]
CA_STREETS = ["Portage Ave", "Albert St", "Jasper Ave", "Wascana Pkwy", "Spring Garden Rd", "Water St",
              "Main St N", "Kenaston Blvd", "Prairie Rose Cres"]
#: (Australian suburb or city, state, postcode lead)
AU_CITIES = [("Toowoomba", "QLD", "43"), ("Townsville", "QLD", "48"), ("Cairns", "QLD", "48"),
             ("Rockhampton", "QLD", "47"), ("Mount Gambier", "SA", "52"), ("Whyalla", "SA", "56"),
             ("Adelaide", "SA", "50"), ("Mackay", "QLD", "47")]
AU_STREETS = ["Jacaranda St", "Wattle Grove", "Bougainvillea Cres", "Banksia Dr", "Kookaburra Ct", "Esplanade",
              "Grevillea Pl", "Boab Way"]


def us_place(g: Gen) -> tuple[str, str, str]:
    """(city, state, ZIP) of a US home."""
    city, state, lead = g.rnd.choice(US_CITIES)
    return city, state, lead + g.digits(2)


def us_street(g: Gen) -> str:
    n, s = g.rnd.randint(10, 24999), g.rnd.choice(US_STREETS)
    return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"{n} {s} Apt {g.rnd.randint(1, 40)}", f"{n} {s} #{g.digits(3)}"])


def uk_postcode(g: Gen, area: str) -> str:
    return f"{area}{g.rnd.randint(1, 19)} {g.rnd.randint(1, 9)}{g.code('AA').replace('C', 'B').replace('I', 'L')}"


def uk_place(g: Gen) -> tuple[str, str, str]:
    town, area = g.rnd.choice(UK_TOWNS)
    return town, area, uk_postcode(g, area)


def uk_street(g: Gen) -> str:
    return g.rnd.choice([f"{g.rnd.randint(1, 220)} {g.rnd.choice(UK_STREETS)}",
                         f"Flat {g.rnd.randint(1, 24)}, {g.rnd.randint(1, 90)} {g.rnd.choice(UK_STREETS)}",
                         f"{g.rnd.randint(1, 120)} {g.rnd.choice(UK_STREETS)}"])


def ca_place(g: Gen) -> tuple[str, str, str]:
    city, prov, fsa = g.rnd.choice(CA_CITIES)
    letters = "ABCEGHJKLMNPRSTVXY"
    return city, prov, f"{fsa}{g.rnd.choice(letters)} {g.rnd.randint(0, 9)}{g.rnd.choice(letters)}{g.rnd.randint(0, 9)}"


def ca_street(g: Gen) -> str:
    return f"{g.rnd.randint(5, 9800)} {g.rnd.choice(CA_STREETS)}" + g.rnd.choice(["", "", f" Unit {g.digits(3)}"])


def au_place(g: Gen) -> tuple[str, str, str]:
    city, state, lead = g.rnd.choice(AU_CITIES)
    return city, state, lead + g.digits(2)


def au_street(g: Gen) -> str:
    return g.rnd.choice([f"{g.rnd.randint(1, 300)} {g.rnd.choice(AU_STREETS)}",
                         f"{g.rnd.randint(1, 40)}/{g.rnd.randint(1, 200)} {g.rnd.choice(AU_STREETS)}"])


#: a person's home in one of the four countries: (street, city, region, postcode, phone region)
def home(g: Gen, country: str) -> tuple[str, str, str, str]:
    if country == "US":
        city, state, z = us_place(g)
        return us_street(g), city, state, z
    if country == "GB":
        town, area, pc = uk_place(g)
        return uk_street(g), town, area, pc
    if country == "CA":
        city, prov, pc = ca_place(g)
        return ca_street(g), city, prov, pc
    city, state, pc = au_place(g)
    return au_street(g), city, state, pc


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa, Mastercard, Discover or Amex prefix."""
    prefix, length = g.rnd.choice([("4", 16), ("53", 16), ("2720", 16), ("6011", 16), ("34", 15)])
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def gb_iban(g: Gen, spaced: bool = False) -> str:
    """A valid UK IBAN (check digits computed; python-stdnum checks it)."""

    def make() -> str:
        bban = g.rnd.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + g.digits(14)
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + "GB00")) % 97
        return f"GB{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 665):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}"

    number = g.valid(make, _ssn.is_valid)
    return number if dashed else number.replace("-", "")


def ca_sin(g: Gen, spaced: bool = True) -> str:
    """A Canadian SIN (Luhn; python-stdnum checks it), ``123 456 782`` or nine digits."""

    def make() -> str:
        body = g.rnd.choice("1234567") + g.digits(7)
        return body + luhn.calc_check_digit(body)

    number = g.valid(make, _sin.is_valid)
    return f"{number[:3]} {number[3:6]} {number[6:]}" if spaced else number


def au_tfn(g: Gen) -> str:
    """An Australian tax file number (nine digits, weighted check; python-stdnum checks it)."""
    number = g.valid(lambda: g.rnd.choice("1234567") + g.digits(8), _tfn.is_valid)
    return f"{number[:3]} {number[3:6]} {number[6:]}"


NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gb_nino(g: Gen, spaced: bool = False) -> str:
    """A UK National Insurance number in the valid prefix ranges (no check digit exists)."""
    while True:
        prefix = g.rnd.choice(NINO_FIRST) + g.rnd.choice(NINO_SECOND)
        if prefix not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    body = g.digits(6)
    suffix = g.rnd.choice("ABCD")
    return f"{prefix} {body[:2]} {body[2:4]} {body[4:]} {suffix}" if spaced else f"{prefix}{body}{suffix}"


# -- decoys with check digits (python-stdnum): business or product identifiers, labeled none ----------------------------


def aba_routing(g: Gen) -> str:
    """A US ABA routing transit number (3-7-1 weighted check; python-stdnum checks it)."""

    def make() -> str:
        body = g.rnd.choice(["0", "1", "2", "3"]) + g.rnd.choice("123456789") + g.digits(6)
        for d in string.digits:
            if _rtn.is_valid(body + d):
                return body + d
        return body + "0"

    return g.valid(make, _rtn.is_valid)


def bic(g: Gen) -> str:
    number = g.rnd.choice(["BARCGB22", "NWBKGB2L", "LOYDGB2LXXX", "CIBCCATT", "ROYCCAT2", "CHASUS33", "BOFAUS3N",
                           "WFBIUS6S", "ANZBAU3M", "CTBAAU2S", "HBUKGB4B", "TDOMCATTTOR"])
    assert _bic.is_valid(number)
    return number


def gtin(g: Gen, length: int = 13, prefix: str = "0") -> str:
    body = prefix + g.digits(length - 1 - len(prefix))
    number = body + _ean.calc_check_digit(body)
    assert _ean.is_valid(number)
    return number


def isbn13(g: Gen) -> str:
    body = "978" + g.rnd.choice(["0", "1"]) + g.digits(8)
    number = body + _ean.calc_check_digit(body)
    assert _isbn.is_valid(number)
    return number


def imei(g: Gen) -> str:
    body = g.rnd.choice(["35", "86", "01", "35"]) + g.digits(12)
    number = body + luhn.calc_check_digit(body)
    assert _imei.is_valid(number)
    return number


def iccid(g: Gen) -> str:
    """A SIM card number: 89 (telecom), country 1 or 44 or 61, issuer, Luhn check digit (19 digits)."""
    body = "89" + g.rnd.choice(["01", "44", "61"]) + g.digits(14)
    return body + luhn.calc_check_digit(body)


VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_VALUES = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
              **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
              **dict(zip("STUVWXYZ", range(2, 10), strict=True))}


def vin_check(vin: str) -> str:
    total = sum(VIN_VALUES[ch] * w for ch, w in zip(vin, VIN_WEIGHTS, strict=True))
    return "X" if total % 11 == 10 else str(total % 11)


def vin(g: Gen) -> str:
    """A 17-character VIN with a valid check digit (position 9)."""
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    head = g.rnd.choice(["1FT", "1G1", "2HG", "3VW", "5YJ", "JTD", "KMH", "1C4"]) + g.digits(5, alphabet)
    tail = g.rnd.choice("NPRS") + g.digits(1, alphabet) + g.digits(6)
    draft = head + "0" + tail
    return head + vin_check(draft) + tail


def mac(g: Gen) -> str:
    return ":".join(f"{g.rnd.randint(0, 255):02X}" for _ in range(6))


def ups_tracking(g: Gen) -> str:
    return "1Z" + g.code("ZZZZZZ") + g.rnd.choice(["01", "02", "03", "42"]) + g.digits(8)


def usps_tracking(g: Gen) -> str:
    body = g.rnd.choice(["9400", "9205", "9270"]) + g.digits(17)
    return body + _ean.calc_check_digit(body)


def ein(g: Gen) -> str:
    """A US employer identification number (a business's: none)."""
    return g.valid(lambda: f"{g.rnd.choice(['12', '20', '27', '45', '46', '61', '81', '94'])}-{g.digits(7)}",
                   _ein.is_valid)


def abn(g: Gen) -> str:
    """An Australian Business Number (a business's: none)."""

    def make() -> str:
        rest = g.digits(9)
        for lead in range(10, 100):
            if _abn.is_valid(f"{lead}{rest}"):
                return f"{lead}{rest}"
        return "00" + rest

    number = g.valid(make, _abn.is_valid)
    return f"{number[:2]} {number[2:5]} {number[5:8]} {number[8:]}"


def uk_sort_code(g: Gen) -> str:
    return f"{g.rnd.randint(10, 99)}-{g.digits(2)}-{g.digits(2)}"


def sha256(g: Gen) -> str:
    return hashlib.sha256(str(g.rnd.random()).encode()).hexdigest()


# -- businesses, products and decoys (written for v35) -----------------------------------------------------------------

#: companies that are customers of a B2B SaaS (some named after invented founders)
B2B_ACCOUNTS = ["Stallworth Freight Brokers", "Tolliver & Gosling LLP", "Prairie Harvest Co-op", "Bluegrass Dental Group",
                "Hepworth Precision Castings", "Magnolia Home Health", "Ledbetter Roofing Supply",
                "Okafor Logistics Ltd", "Ouellet Construction Inc.", "Kookaburra Solar Pty Ltd",
                "Mottram Engineering", "Cattermole Veterinary", "Iyer Analytics LLC", "Red Bud Credit Union",
                "Fothergill Brewing Company", "Zamora Produce Distributors", "Nuttall Packaging",
                "Entwistle & Sons Joinery", "Quigley Insurance Brokers", "Wanjiku Consulting Group"]
#: (store name, street, city, state/area, postcode, phone region) are built per table; street parts for businesses
BUSINESS_ROADS = ["Commerce Dr", "Industrial Pkwy", "Retail Park Way", "Distribution Blvd", "Enterprise Ct",
                  "Trade Park", "Logistics Ln", "Gateway Centre"]


def business_street(g: Gen) -> str:
    return f"{g.rnd.randint(100, 9999)} {g.rnd.choice(BUSINESS_ROADS)}" + g.rnd.choice(["", f" Suite {g.digits(3)}",
                                                                                     f" Bldg {g.rnd.choice('ABCD')}"])
