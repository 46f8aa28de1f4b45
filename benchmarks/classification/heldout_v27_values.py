"""Values of held-out set v27 (:mod:`benchmarks.classification.heldout_v27`): v27's random source, names, streets and
cities written by hand for v27 (no Faker, no list of real people), phones checked with phonenumbers and identifiers
with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v26's value module; the lists below are new.
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
from stdnum.it import codicefiscale as _cf
from stdnum.se import orgnr as _orgnr
from stdnum.se import personnummer as _pnr
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 27_113_2026
N = "none"
#: a login or public display handle (review, as in v5 to v26)
USERNAME = "unclassified"
#: NULL-like strings of v27's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "?", "#N/A",
    "nil", "<null>", "undefined", "[]", "{}", "0", "000-00-0000", "0000000000", "test@example.com",
    "noreply@example.com", "asdf@asdf.com", "(000) 000-0000", "555-555-5555", "REDACTED", "[deleted]", "N.D.",
    "nessuna", "nd", "saknas", "ingen", "-", "*")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v27:{SEED}:{table}")

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
                return self.rnd.choice(["206", "503", "208", "406", "801", "303", "505", "617", "207", "802"]) + \
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



# -- names (written for v27) -------------------------------------------------------------------------------------------

#: origin -> (male given names, female given names, family names); the US customer bases of v27's apps mix them
#: (``person`` draws an origin first)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "anglo": (["Barnaby", "Corwin", "Desmond", "Emmett", "Grady", "Jasper", "Leland", "Monty", "Thaddeus", "Wyatt"],
              ["Annabeth", "Clementine", "Delphine", "Georgia", "Imogen", "Lorelei", "Marigold", "Rosalind", "Sabine",
               "Winifred"],
              ["Aldridge", "Bramwell", "Crowther", "Dunstable", "Fairweather", "Greenhalgh", "Holloway", "Inchbald",
               "Kettering", "Lockwood", "Merriweather", "Ormerod", "Pemberton", "Sowerby", "Thistlewood", "Wragg"]),
    "hispanic": (["Anselmo", "Baltasar", "Crisanto", "Eliseo", "Florencio", "Isidro", "Lisandro", "Teodoro"],
                 ["Amparo", "Belén", "Consuelo", "Itzel", "Lucero", "Milagros", "Rocío", "Soledad"],
                 ["Arreola", "Bustamante", "Carrillo", "Echeverría", "Montoya", "Peralta", "Saldaña", "Villaseñor"]),
    "south_asian": (["Arjun", "Devansh", "Gurpreet", "Hrithik", "Manish", "Pranav", "Sameer", "Yash"],
                    ["Aishwarya", "Bhavna", "Gayatri", "Kavya", "Lavanya", "Rupali", "Shreya", "Vaishali"],
                    ["Banerjee", "Chatterjee", "Dhillon", "Joshi", "Menon", "Pillai", "Rao", "Trivedi"]),
    "east_asian": (["Daisuke", "Hyun-woo", "Jian", "Long", "Ryo", "Seo-jun", "Tuan", "Yichen"],
                   ["Ayumi", "Chae-won", "Hui", "Lan", "Mika", "Qing", "Trang", "Yoon-ah"],
                   ["Fujimoto", "Huynh", "Lim", "Ng", "Ogawa", "Seo", "Tran", "Yeung"]),
    "african": (["Adebayo", "Chidi", "Jabari", "Kwame", "Sipho", "Tunde", "Obinna", "Mandla"],
                ["Ayodele", "Efua", "Ifeoma", "Kagiso", "Nkechi", "Sade", "Thandiwe", "Zawadi"],
                ["Achebe", "Bello", "Eze", "Kamau", "Ndlovu", "Odhiambo", "Ogunleye", "Owusu"]),
    "slavic": (["Anatolii", "Borys", "Kirill", "Milan", "Pavel", "Stanislav", "Vitalii", "Zdeněk"],
               ["Alena", "Bohdana", "Kateryna", "Milena", "Nadia", "Olga", "Tatiana", "Vesna"],
               ["Bilyk", "Dvořák", "Hrytsenko", "Kovač", "Lysenko", "Marković", "Procházka", "Tkachenko"]),
    "arabic_persian": (["Amir", "Darius", "Idris", "Jamal", "Nabil", "Reza", "Samir", "Ziad"],
                       ["Farah", "Leila", "Noor", "Parisa", "Samira", "Shirin", "Yara", "Zeinab"],
                       ["Aziz", "Darwish", "Hosseini", "Jaber", "Karimi", "Rahimi", "Sabbagh", "Tahan"]),
    "it": (["Alessio", "Corrado", "Fabrizio", "Gianluca", "Lorenzo", "Massimo", "Raffaele", "Salvatore"],
           ["Annalisa", "Benedetta", "Chiara", "Federica", "Ginevra", "Lucrezia", "Ornella", "Serena"],
           ["Bernasconi", "Colombo", "Esposito", "Ferraresi", "Galli", "Lombardi", "Mancuso", "Rinaldi", "Santoro",
            "Vitale"]),
    "sv": (["Anders", "Björn", "Gustav", "Henrik", "Linus", "Mattias", "Oskar", "Sixten"],
           ["Astrid", "Ebba", "Frida", "Ingrid", "Linnéa", "Maja", "Sigrid", "Tove"],
           ["Bergström", "Forsberg", "Gustafsson", "Holmqvist", "Lindgren", "Nyström", "Sandberg", "Åberg"]),
}
#: origins of the English-speaking user bases (weights)
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


def family(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[1]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first), plain(last)
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(60, 99)}", f"{b}{a[:2]}"])
    return f"{local}@{g.rnd.choice(domains)}"


def email(g: Gen, domains: list[str] | None = None, lang: str = "us") -> str:
    return email_of(g, *person(g, lang), domains or PERSONAL_DOMAINS)


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(first)}.{plain(last)}@{domain}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first), plain(last)
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a}{b[:3]}"][style % 5]


PERSONAL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "fastmail.com",
                    "proton.me", "live.com", "verizon.net", "hey.com"]


# -- places (written for v27: the Pacific Northwest, the Mountain West and New England) --------------------------------

#: (real US city, state, ZIP lead)
US_CITIES: list[tuple[str, str, str]] = [
    ("Seattle", "WA", "981"), ("Spokane", "WA", "992"), ("Tacoma", "WA", "984"), ("Portland", "OR", "972"),
    ("Eugene", "OR", "974"), ("Boise", "ID", "837"), ("Missoula", "MT", "598"), ("Salt Lake City", "UT", "841"),
    ("Provo", "UT", "846"), ("Denver", "CO", "802"), ("Boulder", "CO", "803"), ("Albuquerque", "NM", "871"),
    ("Boston", "MA", "021"), ("Worcester", "MA", "016"), ("Burlington", "VT", "054"), ("Portland", "ME", "041"),
    ("Providence", "RI", "029"), ("Manchester", "NH", "031"),
]
US_STREETS = ["Alder St", "Cascade Ave", "NE Killingsworth St", "Juniper Ridge Rd", "Fir Crest Ln", "Beacon St",
              "Wasatch Blvd", "Larkspur Ct", "Pine Hollow Rd", "Mesa Verde Dr", "Granite Falls Way", "Elm Row",
              "Old Mill Rd", "Harbor View Ter", "Aspen Grove Cir", "SW Multnomah Blvd", "Chickadee Ln"]


def us_city(g: Gen) -> tuple[str, str, str]:
    return g.rnd.choice(US_CITIES)


def us_zip(g: Gen, lead: str, plus4: float = 0.0) -> str:
    z = lead + g.digits(2)
    return f"{z}-{g.digits(4)}" if g.rnd.random() < plus4 else z


def us_street(g: Gen) -> str:
    n = g.rnd.randint(12, 19999)
    s = g.rnd.choice(US_STREETS)
    return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"{n} {s} Apt {g.rnd.randint(1, 30)}",
                         f"{n} {s} Unit {g.rnd.randint(1, 12)}{g.rnd.choice('ABC')}"])


#: (city, province, CAP lead, cadastral code of the comune)
IT_CITIES = [("Bergamo", "BG", "241", "A794"), ("Verona", "VR", "371", "L781"), ("Parma", "PR", "431", "G337"),
             ("Lecce", "LE", "731", "E506"), ("Perugia", "PG", "061", "G478"), ("Trieste", "TS", "341", "L424"),
             ("Modena", "MO", "411", "F257")]
IT_STREETS = ["Via Garibaldi", "Corso Vittorio Emanuele II", "Via dei Mille", "Viale delle Rimembranze",
              "Piazza della Libertà", "Via San Francesco", "Vicolo del Pozzo"]
#: (city, postcode lead)
SE_CITIES = [("Uppsala", "75"), ("Västerås", "72"), ("Örebro", "70"), ("Linköping", "58"), ("Umeå", "90"),
             ("Luleå", "97"), ("Jönköping", "55")]
SE_STREETS = ["Storgatan", "Kungsgatan", "Drottninggatan", "Björkvägen", "Tallstigen", "Järnvägsgatan",
              "Ängsvägen"]


def it_street(g: Gen) -> str:
    return f"{g.rnd.choice(IT_STREETS)} {g.rnd.randint(1, 180)}" + g.rnd.choice(["", "/A", " int. 4", " sc. B"])


def se_street(g: Gen) -> str:
    return f"{g.rnd.choice(SE_STREETS)} {g.rnd.randint(1, 90)}" + g.rnd.choice(["", " lgh 1102", "B", " 2 tr"])


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa, Mastercard or Amex prefix."""
    prefix, length = g.rnd.choice([("4", 16), ("51", 16), ("2221", 16), ("37", 15)])
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


#: BBAN layouts (9 a digit, A a letter); python-stdnum checks the result
BBAN = {"IT": "A9999999999ZZZZZZZZZZZZ", "SE": "99999999999999999999"}


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


def _cf_part(text: str, given_name: bool) -> str:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vows = [ch for ch in letters if ch in "AEIOU"]
    if given_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return "".join((cons + vows + ["X", "X", "X"])[:3])


def it_codice_fiscale(g: Gen, first: str, last: str, born: date, female: bool, comune: str) -> str:
    """An Italian codice fiscale encoding the name, the birth date and the comune (check letter: python-stdnum)."""
    day = born.day + (40 if female else 0)
    body = (_cf_part(last, False) + _cf_part(first, True) + f"{born.year % 100:02d}" + "ABCDEHLMPRST"[born.month - 1]
            + f"{day:02d}" + comune)
    number = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(number)
    return number


def se_personnummer(g: Gen, born: date) -> str:
    """A Swedish personnummer ``YYMMDD-NNNC`` encoding ``born`` (Luhn check digit; python-stdnum checks it)."""
    body = born.strftime("%y%m%d") + g.digits(3)
    number = f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"
    assert _pnr.is_valid(number)
    return number


def se_orgnr(g: Gen) -> str:
    """A Swedish company number (organisationsnummer): a business's, labeled ``none``."""
    body = g.rnd.choice(["55", "556", "559"]) + ""
    body = (body + g.digits(9 - len(body)))
    number = body + luhn.calc_check_digit(body)
    assert _orgnr.is_valid(number)
    return f"{number[:6]}-{number[6:]}"


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)


def sha1(g: Gen) -> str:
    return hashlib.sha1(str(g.rnd.random()).encode(), usedforsecurity=False).hexdigest()


# -- businesses and decoys (written for v27) ---------------------------------------------------------------------------

#: companies, some named after their (invented) founders
COMPANY_NAMES = ["Lockwood & Pemberton Realty", "Bramwell Plumbing", "Cascade Gutter Pros", "Montoya Tile & Stone",
                 "Kamau Electric", "Fairweather Insurance Agency", "Alder Street Dental", "Granite Falls HVAC",
                 "Hosseini Family Law", "Juniper Yoga Loft", "Crowther Landscaping", "Beacon Hill Barbers",
                 "Pillai Tutoring", "Wasatch Physical Therapy", "Ogunleye Painting", "Thistlewood Pet Grooming"]

USER_AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
]


def office_street(g: Gen) -> str:
    number = g.rnd.randint(100, 9900)
    road = g.rnd.choice(["Commerce Way", "Corporate Pkwy", "Tech Center Dr", "Business Park Blvd", "Gateway Plz"])
    return f"{number} {road}" + g.rnd.choice(["", f" Ste {g.rnd.randint(100, 900)}"])


def office_phone(g: Gen) -> str:
    """A company's main line in the fictional 555-01xx range."""
    return f"({g.rnd.choice(['206', '503', '801', '303', '617'])}) 555-01{g.rnd.randint(0, 99):02d}"


def bcrypt_hash(g: Gen) -> str:
    """A bcrypt-shaped password hash (random, not a hash of anything)."""
    alphabet = "./" + string.ascii_letters + string.digits
    return f"$2a$12${g.digits(53, alphabet)}"


def django_hash(g: Gen) -> str:
    alphabet = string.ascii_letters + string.digits
    return f"pbkdf2_sha256$870000${g.digits(22, alphabet)}${g.digits(43, alphabet)}="


def phpass_hash(g: Gen) -> str:
    alphabet = "./" + string.ascii_letters + string.digits
    return f"$P$B{g.digits(30, alphabet)}"
