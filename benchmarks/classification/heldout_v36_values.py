"""Values of held-out set v36 (:mod:`benchmarks.classification.heldout_v36`): v36's random source, names, streets,
cities, facilities and identifier builders written by hand for v36 (no Faker, no list of real people), phones checked
with phonenumbers and identifiers with check digits computed here and checked with python-stdnum where it has them
(US SSN and EIN, NHS number, PPS number, Luhn for NPI and the Ontario health number); the Australian Medicare number
and the DEA registration number use their published check-digit rules, implemented here.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module (the US area codes are new); the lists below are new.
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
from stdnum import luhn
from stdnum.gb import nhs as _nhs
from stdnum.ie import pps as _pps
from stdnum.us import ein as _ein
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 36_271_2026
N = "none"
#: a login or public display handle (review, as in v5 to v35)
USERNAME = "unclassified"
#: NULL-like strings of v36's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "UNK", "?", "#N/A",
    "nil", "<null>", "000-00-0000", "999-99-9999", "0000000000", "(000) 000-0000", "noemail@none.com",
    "declined@noemail.com", "NOT GIVEN", "Not recorded", "No comment", "nkda", "NKDA", ".", "*", "x")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v36:{SEED}:{table}")

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

    def amounts(self, lo: float, hi: float, null: float = 0.0) -> list[Any]:
        return self.col(lambda: round(self.rnd.uniform(lo, hi), 2), null)

    def floats(self, lo: float, hi: float, digits: int, null: float = 0.0) -> list[Any]:
        return self.col(lambda: round(self.rnd.uniform(lo, hi), digits), null)

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

    def version(self) -> str:
        return f"{self.rnd.randint(1, 9)}.{self.rnd.randint(0, 24)}.{self.rnd.randint(0, 40)}"

    def ipv4(self) -> str:
        first = self.rnd.choice([24, 50, 66, 71, 73, 98, 104, 108, 142, 174, 184, 207])
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
        keep = max(len(nsn) - 6, 1)

        def make() -> str:
            if region == "US":
                return self.rnd.choice(US_AREA_CODES) + str(self.rnd.randint(2, 9)) + self.digits(6)
            if region == "CA":
                return self.rnd.choice(["416", "647", "613", "905", "519", "705"]) + str(self.rnd.randint(2, 9)) + \
                    self.digits(6)
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
        if fmt == "digits":
            return d
        if fmt == "dashes":
            return f"{d[:3]}-{d[3:6]}-{d[6:]}" if region in ("US", "CA") else national
        if fmt == "dots":
            return f"{d[:3]}.{d[3:6]}.{d[6:]}" if region in ("US", "CA") else national
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v36) -------------------------------------------------------------------------------------------

#: origin -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us_south": (["Beauregard", "Cletus", "Dalton", "Everett", "Hollis", "Lamar", "Rhett", "Tucker", "Waylon"],
                 ["Annalee", "Bettina", "Dixie", "Georgiana", "Loretta", "Magnolia", "Oleta", "Savannah", "Tallulah"],
                 ["Abernathy", "Blankenship", "Cheatham", "Dillard", "Fugate", "Honeycutt", "Pettigrew", "Rutledge",
                  "Satterfield", "Tolliver", "Yarbrough"]),
    "us_black": (["Darnell", "Jalen", "Marquis", "Terrance", "Demetrius", "Kendrick"],
                 ["Aaliyah", "Ebony", "Latoya", "Shaniqua", "Tamika", "Keisha"],
                 ["Washington", "Jefferson", "Freeman", "Banks", "Mosley", "Gaines", "Dorsey"]),
    "latino": (["Alfonso", "Cuauhtémoc", "Efraín", "Gilberto", "Heriberto", "Rigoberto", "Ulises"],
               ["Araceli", "Dulce", "Graciela", "Marisol", "Nayeli", "Xiomara", "Yesenia"],
               ["Cervantes", "Galindo", "Ibarra", "Ochoa", "Quintanilla", "Zamora", "Valenzuela"]),
    "viet_filipino": (["Bao", "Khanh", "Minh", "Jericho", "Rommel", "Arnel"],
                      ["Thuy", "Ngoc", "Hoa", "Maricel", "Rowena", "Jocelyn"],
                      ["Nguyen", "Pham", "Vo", "Dizon", "Macapagal", "Bautista", "Manalo"]),
    "ca": (["Gaétan", "Réjean", "Mathieu", "Harjit", "Kulvinder", "Wei", "Brendan", "Connor"],
           ["Geneviève", "Maude", "Josée", "Harpreet", "Manpreet", "Xiaoling", "Kirsten", "Brianne"],
           ["Tremblay", "Gagnon", "Bouchard", "Sandhu", "Grewal", "Zhou", "MacInnis", "McKenzie", "Fraser"]),
    "uk": (["Alfie", "Callum", "Gethin", "Hamish", "Imran", "Kacper", "Rhodri", "Tobias", "Chukwuemeka"],
           ["Bethan", "Ffion", "Isla", "Kirsty", "Nadia", "Saoirse", "Zofia", "Aisha", "Philippa"],
           ["Ackroyd", "Bhatti", "Cadwallader", "Dobson", "Entwistle", "Hussain", "Kowalczyk", "McTavish",
            "Okafor", "Pritchard", "Sidebottom"]),
    "ie": (["Cathal", "Donnacha", "Eoghan", "Fiachra", "Oisín", "Ruairí", "Tadhg", "Cormac"],
           ["Aoife", "Caoimhe", "Clodagh", "Gráinne", "Niamh", "Órla", "Sadhbh", "Siobhán"],
           ["Ó Súilleabháin", "Mac Carthaigh", "Fitzgerald", "Kinsella", "Moynihan", "O'Driscoll", "Ní Bhriain",
            "Brennan", "Cullinane"]),
    "au": (["Bronson", "Clancy", "Dimitri", "Fletcher", "Lachlan", "Nikos", "Quang", "Rocco"],
           ["Bronwyn", "Chantelle", "Despina", "Kylie", "Matilda", "Narelle", "Pham", "Tegan"],
           ["Papadopoulos", "Wickramasinghe", "Thorburn", "Bellamy", "Costa", "Le", "Haddad", "Whitlam", "Coorey"]),
}
#: origins of the US patient bases (weights)
US_ORIGINS = {"us_south": 4, "us_black": 2, "latino": 2.5, "viet_filipino": 1}


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    if lang == "us":
        lang = g.rnd.choices(list(US_ORIGINS), list(US_ORIGINS.values()))[0]
    males, females, lasts = NAMES[lang]
    return g.rnd.choice(females if female else males), g.rnd.choice(lasts)


def whole(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def clinician(g: Gen, lang: str = "us") -> str:
    """A clinician's name, often with credentials (``Dolores Vance, MD``) or a title (``Dr Okafor``)."""
    a, b = person(g, lang)
    cred = g.rnd.choice(["MD", "DO", "NP", "PA-C", "RN", "MD", "FNP-BC", "PharmD"] if lang in ("us", "ca")
                        else ["MBBS", "FRCP", "MRCP", "BDS", "FRACGP", "RGN"])
    return g.rnd.choice([f"{a} {b}, {cred}", f"{a} {b}", f"Dr. {a} {b}", f"{b}, {a} {cred}", f"Dr {a[0]} {b}"])


def plain(text: str) -> str:
    import unicodedata

    folded = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in folded if ch.isascii() and ch.isalnum())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first), plain(last)
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(70, 99)}", f"{b}{a[:2]}"])
    return f"{local}@{g.rnd.choice(domains)}"


def email(g: Gen, lang: str = "us", domains: list[str] | None = None) -> str:
    return email_of(g, *person(g, lang), domains or DOMAINS[lang])


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first), plain(last)
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a}{b[:3]}"][style % 5]


DOMAINS = {"us": ["gmail.com", "yahoo.com", "aol.com", "att.net", "icloud.com", "comcast.net", "hotmail.com"],
           "ca": ["gmail.com", "rogers.com", "sympatico.ca", "shaw.ca", "hotmail.ca", "videotron.ca"],
           "uk": ["btinternet.com", "gmail.com", "hotmail.co.uk", "sky.com", "yahoo.co.uk", "outlook.com"],
           "ie": ["eircom.net", "gmail.com", "hotmail.com", "yahoo.ie", "outlook.ie"],
           "au": ["bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com.au", "iinet.net.au"]}

# -- places (written for v36) ------------------------------------------------------------------------------------------

US_AREA_CODES = ["205", "251", "334", "601", "662", "504", "225", "901", "615", "865", "501", "479", "803", "864"]
#: (US city, state, ZIP lead)
US_CITIES: list[tuple[str, str, str]] = [
    ("Birmingham", "AL", "352"), ("Mobile", "AL", "366"), ("Montgomery", "AL", "361"), ("Jackson", "MS", "392"),
    ("Tupelo", "MS", "388"), ("New Orleans", "LA", "701"), ("Baton Rouge", "LA", "708"), ("Memphis", "TN", "381"),
    ("Nashville", "TN", "372"), ("Knoxville", "TN", "379"), ("Little Rock", "AR", "722"), ("Fayetteville", "AR", "727"),
    ("Columbia", "SC", "292"), ("Greenville", "SC", "296"),
]
US_STREETS = ["Magnolia Bend Rd", "Old Natchez Trace", "Pecan Grove Dr", "Cotton Gin Ln", "Bayou Teche Rd",
              "Dogwood Trl", "Cypress Hollow Ct", "Sweetgum St", "Tchoupitoulas St", "Peachtree Ridge Dr",
              "Live Oak Ave", "Honeysuckle Ln", "Ridgecrest Cir", "Boll Weevil Way"]
#: (Ontario city, FSA letter)
CA_CITIES = [("Toronto", "M"), ("Ottawa", "K"), ("Hamilton", "L"), ("London", "N"), ("Sudbury", "P"),
             ("Kingston", "K"), ("Thunder Bay", "P"), ("Mississauga", "L")]
CA_STREETS = ["Dundas St W", "Bathurst St", "Rideau St", "Queenston Rd", "Wellington Rd S", "Lorne St",
              "Princess St", "Red River Rd", "Eglinton Ave E"]
#: (UK town, postcode areas)
UK_TOWNS = [("Leeds", ["LS6", "LS8", "LS11"]), ("Bradford", ["BD3", "BD9"]), ("Wakefield", ["WF1", "WF2"]),
            ("Halifax", ["HX1", "HX3"]), ("Huddersfield", ["HD1", "HD5"]), ("Harrogate", ["HG1", "HG2"]),
            ("York", ["YO10", "YO24"])]
UK_STREETS = ["Cardigan Road", "Harehills Lane", "Ilkley Road", "Skircoat Green", "Lidget Street",
              "Kings Road", "Tadcaster Road", "Bishopthorpe Road", "Westgate", "Back Nile Street"]
#: (Irish town, county, Eircode routing key)
IE_TOWNS = [("Cork", "Cork", "T12"), ("Galway", "Galway", "H91"), ("Limerick", "Limerick", "V94"),
            ("Waterford", "Waterford", "X91"), ("Dublin 2", "Dublin", "D02"), ("Ennis", "Clare", "V95"),
            ("Tralee", "Kerry", "V92")]
IE_STREETS = ["Sráid an Phiarsaigh", "Bóthar na Trá", "Barrack Street", "Shandon Street", "Dominick Street",
              "O'Connell Avenue", "The Glen", "Ballybane Road"]
#: (Australian suburb, state, postcode)
AU_SUBURBS = [("Parramatta", "NSW", "2150"), ("Penrith", "NSW", "2750"), ("Wollongong", "NSW", "2500"),
              ("Newcastle", "NSW", "2300"), ("Geelong", "VIC", "3220"), ("Ballarat", "VIC", "3350"),
              ("Toowoomba", "QLD", "4350"), ("Townsville", "QLD", "4810"), ("Launceston", "TAS", "7250")]
AU_STREETS = ["Wattle Grove", "Banksia Cres", "Kurrajong Ave", "Jacaranda St", "Billabong Pde", "Waratah Rd",
              "Ironbark Cl", "Paperbark Way"]


def us_street(g: Gen) -> str:
    n = g.rnd.randint(10, 9999)
    s = g.rnd.choice(US_STREETS)
    return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"{n} {s} Apt {g.rnd.randint(1, 24)}", f"PO Box {g.rnd.randint(10, 9999)}",
                         f"{n} {s} Lot {g.rnd.randint(1, 60)}"])


def us_zip(g: Gen, lead: str, plus4: float = 0.0) -> str:
    z = lead + g.digits(2)
    return f"{z}-{g.digits(4)}" if g.rnd.random() < plus4 else z


def ca_postal(g: Gen, letter: str) -> str:
    letters = "ABCEGHJKLMNPRSTVWXYZ"
    return f"{letter}{g.rnd.randint(1, 9)}{g.rnd.choice(letters)} {g.rnd.randint(0, 9)}{g.rnd.choice(letters)}" \
        f"{g.rnd.randint(0, 9)}"


def ca_street(g: Gen) -> str:
    return g.rnd.choice([f"{g.rnd.randint(5, 3999)} {g.rnd.choice(CA_STREETS)}",
                         f"{g.rnd.randint(101, 2410)}-{g.rnd.randint(5, 999)} {g.rnd.choice(CA_STREETS)}"])


def uk_postcode(g: Gen, areas: list[str]) -> str:
    return f"{g.rnd.choice(areas)} {g.rnd.randint(1, 9)}{g.rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}" \
        f"{g.rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def uk_street(g: Gen) -> str:
    return g.rnd.choice([f"{g.rnd.randint(1, 240)} {g.rnd.choice(UK_STREETS)}",
                         f"Flat {g.rnd.randint(1, 30)}, {g.rnd.randint(1, 90)} {g.rnd.choice(UK_STREETS)}"])


def eircode(g: Gen, key: str) -> str:
    return f"{key} {g.digits(4, 'ACDEFHKNPRTVWXY0123456789')}"


def ie_street(g: Gen) -> str:
    return g.rnd.choice([f"{g.rnd.randint(1, 140)} {g.rnd.choice(IE_STREETS)}",
                         f"Apt {g.rnd.randint(1, 40)}, {g.rnd.choice(['Cois Abhann', 'The Maltings', 'Ard na Gréine'])}"])


def au_street(g: Gen) -> str:
    return g.rnd.choice([f"{g.rnd.randint(1, 300)} {g.rnd.choice(AU_STREETS)}",
                         f"{g.rnd.randint(1, 40)}/{g.rnd.randint(1, 120)} {g.rnd.choice(AU_STREETS)}"])


# -- identifiers with check digits -------------------------------------------------------------------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 665):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}"

    number = g.valid(make, _ssn.is_valid)
    return number if dashed else number.replace("-", "")


def ein(g: Gen) -> str:
    """A US employer identification number (a business's tax id: ``none``)."""
    return g.valid(lambda: f"{g.digits(2)}-{g.digits(7)}", _ein.is_valid)


def npi(g: Gen) -> str:
    """A US National Provider Identifier: 10 digits, Luhn over ``80840`` and the first nine digits."""
    body = g.rnd.choice("12") + g.digits(8)
    return body + luhn.calc_check_digit("80840" + body)


def dea(g: Gen, last_name: str) -> str:
    """A DEA registration number: a registrant letter, the prescriber's initial and seven digits (check digit)."""
    d = [g.rnd.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    initial = plain(last_name)[0].upper()
    return g.rnd.choice("ABFM") + initial + "".join(map(str, d)) + str(check)


def dea_valid(number: str) -> bool:
    d = [int(ch) for ch in number[2:]]
    return len(number) == 9 and (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def nhs_number(g: Gen, spaced: bool = True) -> str:
    """An NHS number: nine digits and a mod-11 check digit (python-stdnum checks it)."""
    def make() -> str:
        body = g.rnd.choice("46") + g.digits(8)
        total = sum(int(ch) * (10 - i) for i, ch in enumerate(body))
        return body + str((11 - total % 11) % 11)

    number = g.valid(make, lambda x: len(x) == 10 and _nhs.is_valid(x))
    return f"{number[:3]} {number[3:6]} {number[6:]}" if spaced else number


def ppsn(g: Gen) -> str:
    """An Irish PPS number: seven digits, a check letter and sometimes a second letter (python-stdnum checks it)."""
    body = g.digits(7)
    suffix = g.rnd.choice(["", "", "A", "W"])
    for letter in "WABCDEFGHIJKLMNOPQRSTUV":
        if _pps.is_valid(body + letter + suffix):
            return body + letter + suffix
    raise RuntimeError("no PPS check letter")


def ohip(g: Gen) -> str:
    """An Ontario health number: ten digits, the last a Luhn check digit over the first nine."""
    body = g.rnd.choice("123456789") + g.digits(8)
    return body + luhn.calc_check_digit(body)


def medicare_au(g: Gen) -> str:
    """An Australian Medicare card number: ten digits (the first 2-6, the ninth a check digit: weights 1, 3, 7, 9,
    1, 3, 7, 9 over the first eight, mod 10; the tenth the issue number)."""
    body = str(g.rnd.randint(2, 6)) + g.digits(7)
    check = sum(int(ch) * w for ch, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    return f"{body}{check}{g.rnd.randint(1, 5)}"


def medicare_au_valid(number: str) -> bool:
    d = "".join(ch for ch in number if ch.isdigit())
    return len(d) == 10 and d[0] in "23456" and int(d[8]) == sum(
        int(ch) * w for ch, w in zip(d[:8], (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10


# -- businesses and codes (written for v36) ----------------------------------------------------------------------------

US_FACILITIES = ["Pecan Grove Family Medicine", "Delta Regional Orthopedics", "Magnolia Women's Health PLLC",
                 "Cumberland Cardiology Associates", "Bayou Teche Pediatrics", "Riverbend Urgent Care"]
PAYERS = [("Blue Magnolia Health Plan", "BMH01"), ("Southern Mutual Benefit", "62308"), ("Tri-River Medicaid MCO",
          "TRM77"), ("Heritage Medicare Advantage", "HMA42"), ("Crescent Commercial PPO", "CC993")]
ICD10 = ["E11.9", "I10", "J06.9", "M54.50", "Z00.00", "F41.1", "K21.9", "N39.0", "E78.5", "R51.9", "S93.401A"]
CPT = ["99213", "99214", "99203", "93000", "36415", "80053", "85025", "G0438", "J1885", "97110", "D1110"]
TAXONOMY = ["207Q00000X", "208D00000X", "207R00000X", "363LF0000X", "261QU0200X", "122300000X"]
LOINC = [("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "mg/dL"),
         ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL"),
         ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%"),
         ("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", "mg/dL"),
         ("6690-2", "Leukocytes [#/volume] in Blood", "10*3/uL"),
         ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL")]
DRUGS = [("00093-7180-56", "Atorvastatin 20 mg tablet"), ("00378-0215-01", "Metformin ER 500 mg tablet"),
         ("68180-0513-01", "Lisinopril 10 mg tablet"), ("00093-4155-73", "Amoxicillin 500 mg capsule"),
         ("59762-0146-01", "Sertraline 50 mg tablet"), ("00003-0894-21", "Apixaban 5 mg tablet")]


def office_phone(g: Gen) -> str:
    """A business line in the fictional 555-01xx range."""
    return f"({g.rnd.choice(US_AREA_CODES)}) 555-01{g.rnd.randint(0, 99):02d}"


def office_street(g: Gen) -> str:
    return f"{g.rnd.randint(100, 8800)} {g.rnd.choice(['Medical Center Pkwy', 'Hospital Dr', 'Professional Plz', 'Healthcare Blvd'])}" \
        + g.rnd.choice(["", f" Ste {g.rnd.randint(100, 640)}", f" Bldg {g.rnd.choice('ABC')}"])


def token(g: Gen, prefix: str, n: int = 32) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)
