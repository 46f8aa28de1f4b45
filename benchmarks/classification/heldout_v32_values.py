"""Values of held-out set v32 (:mod:`benchmarks.classification.heldout_v32`): v32's random source, names, streets,
cities and companies written by hand for v32 (no Faker, no list of real people), phones checked with phonenumbers and
identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module; the lists below are new (the US Midwest and South,
Hesse and Lower Saxony, Occitanie and Hauts-de-France, Valencia and Murcia, Emilia-Romagna and Apulia, Utrecht and
North Brabant).
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
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 32_905_2026
N = "none"
#: a login, username or user principal name (review, as in v5 to v31)
USERNAME = "unclassified"
#: NULL-like strings of v32's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "?", "#N/A",
    "nil", "<null>", "undefined", "(none)", "(not set)", "[]", "{}", "0", "anonymous", "$null", "\\N", "N.D.",
    "-1", "test@test.com", "noreply@example.com", "000-000-0000", "REDACTED", "keine", "aucun", "ninguno")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v32:{SEED}:{table}")

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
        first = self.rnd.choice([24, 38, 47, 50, 64, 71, 73, 98, 104, 107, 142, 172, 184, 201, 216])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2601", "2603", "2605", "2a01", "2a02", "2001"])
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
                return self.rnd.choice(["312", "414", "612", "615", "704", "919", "404", "713", "314", "502"]) + \
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


# -- names (written for v32) -------------------------------------------------------------------------------------------

#: origin -> (male given names, female given names, family names); ``person`` draws an origin first for "us"
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "anglo": (["Beckett", "Calloway", "Dashiell", "Everett", "Fletcher", "Harlan", "Ignatius", "Lachlan", "Otis",
               "Rutherford", "Sterling", "Tobias"],
              ["Adelaide", "Briony", "Cordelia", "Dorothea", "Eloise", "Henrietta", "Juniper", "Magnolia", "Odette",
               "Philippa", "Rosamund", "Tallulah"],
              ["Ashcombe", "Birtwhistle", "Cattermole", "Dewhurst", "Etheridge", "Featherstone", "Gainsborough",
               "Hollingworth", "Illingworth", "Lightfoot", "Mottershead", "Quigley", "Ravenscroft", "Shufflebotham",
               "Tattersall", "Winterbottom"]),
    "hispanic": (["Abelardo", "Casimiro", "Demetrio", "Evaristo", "Fermín", "Leandro", "Maximino", "Rigoberto"],
                 ["Araceli", "Dulce", "Esperanza", "Guadalupe", "Jacinta", "Marisol", "Nayeli", "Xóchitl"],
                 ["Alvarado", "Cervantes", "Escobedo", "Galindo", "Ibarra", "Maldonado", "Quintanilla", "Zamora"]),
    "south_asian": (["Aniket", "Dhruv", "Ishaan", "Kunal", "Nikhil", "Rohan", "Siddharth", "Varun"],
                    ["Ananya", "Deepika", "Ishita", "Madhuri", "Nandini", "Pooja", "Sanjana", "Tanvi"],
                    ["Agarwal", "Bhattacharya", "Deshpande", "Iyer", "Kulkarni", "Nair", "Sengupta", "Venkatesan"]),
    "east_asian": (["Haruto", "Jae-min", "Kenji", "Minh", "Quang", "Shun", "Wei", "Zhiyuan"],
                   ["Eun-ji", "Hana", "Linh", "Mei", "Naoko", "Sakura", "Xiu", "Yuna"],
                   ["Chua", "Kawaguchi", "Nakamura", "Park", "Phan", "Tsai", "Wong", "Zhao"]),
    "african": (["Babajide", "Chukwuma", "Emeka", "Kofi", "Lwazi", "Oluwaseun", "Tendai", "Yaw"],
                ["Abena", "Chiamaka", "Folake", "Makena", "Nomvula", "Precious", "Wanjiru", "Yewande"],
                ["Adeyemi", "Boateng", "Mensah", "Mwangi", "Nwosu", "Okafor", "Oyelaran", "Zulu"]),
    "de": (["Bastian", "Dieter", "Florian", "Hartmut", "Jörg", "Malte", "Reinhard", "Torsten", "Volker", "Wolfgang"],
           ["Annegret", "Birgit", "Dörte", "Gudrun", "Heike", "Kerstin", "Liesel", "Rieke", "Ulrike", "Wiebke"],
           ["Brinkmann", "Dettmer", "Göbel", "Hüttemann", "Kleinschmidt", "Lüdtke", "Meyerhoff", "Osterkamp",
            "Pfannenstiel", "Rademacher", "Schürmann", "Wöhler"]),
    "fr": (["Aurélien", "Baptiste", "Clément", "Gaëtan", "Hervé", "Jérôme", "Loïc", "Mathis", "Thibault", "Yannick"],
           ["Aurore", "Bérénice", "Capucine", "Gaëlle", "Hélène", "Maëlle", "Noémie", "Solène", "Victoire", "Zoé"],
           ["Bouchard", "Carpentier", "Delacroix", "Fontaine", "Gauthier", "Lemaître", "Marchand", "Peyrot",
            "Rivière", "Vasseur"]),
    "es": (["Alonso", "Borja", "Gonzalo", "Íñigo", "Jacobo", "Marcelino", "Rodrigo", "Saúl", "Vicente"],
           ["Almudena", "Begoña", "Inmaculada", "Lucía", "Macarena", "Nerea", "Pilar", "Remedios", "Yolanda"],
           ["Albarracín", "Benítez", "Cifuentes", "Escrivá", "Garrigues", "Lucena", "Mompó", "Sanchis", "Urrutia",
            "Verdú"]),
    "it": (["Amedeo", "Cesare", "Dario", "Emiliano", "Gualtiero", "Ivano", "Nicola", "Ottavio", "Pasquale"],
           ["Alessandra", "Donatella", "Elisa", "Fiorella", "Loredana", "Mirella", "Rossella", "Tiziana", "Vittoria"],
           ["Bertolini", "Caputo", "De Santis", "Fabbri", "Guerra", "Marchetti", "Pellegrino", "Ricci", "Zanetti"]),
    "nl": (["Bram", "Dirk", "Gerrit", "Joost", "Maarten", "Pieter", "Ruud", "Sjoerd", "Wouter"],
           ["Anouk", "Femke", "Ilse", "Lieke", "Marieke", "Noor", "Sanne", "Wilma", "Yara"],
           ["Bakker", "de Vries", "Hoekstra", "Kuipers", "Mulder", "van Dijk", "van den Berg", "Verhoeven",
            "Vermeulen", "Zwart"]),
}
#: origins of the English-speaking user bases (weights)
ORIGINS = {"anglo": 5, "hispanic": 2, "south_asian": 1.5, "east_asian": 1.5, "african": 1.5}


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
                          f"{a}{b[0]}{g.rnd.randint(70, 99)}", f"{b}{a[:3]}", f"{a}+shop"])
    return f"{local}@{g.rnd.choice(domains)}"


def email(g: Gen, domains: list[str] | None = None, lang: str = "us") -> str:
    return email_of(g, *person(g, lang), domains or DOMAINS[lang if lang in DOMAINS else "us"])


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(first)}.{plain(last)}@{domain}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first), plain(last)
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:5]}{a[:2]}", f"{a}_{b[0]}", f"{a}{b[:4]}"][style % 5]


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net", "att.net", "me.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "wanadoo.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
    "it": ["libero.it", "alice.it", "gmail.com", "tin.it", "fastwebnet.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
}


# -- places (written for v32) ------------------------------------------------------------------------------------------

#: (real US city, state, ZIP lead)
US_CITIES: list[tuple[str, str, str]] = [
    ("Milwaukee", "WI", "532"), ("Madison", "WI", "537"), ("Minneapolis", "MN", "554"), ("Duluth", "MN", "558"),
    ("Nashville", "TN", "372"), ("Knoxville", "TN", "379"), ("Charlotte", "NC", "282"), ("Raleigh", "NC", "276"),
    ("Atlanta", "GA", "303"), ("Savannah", "GA", "314"), ("Houston", "TX", "770"), ("St. Louis", "MO", "631"),
    ("Louisville", "KY", "402"), ("Lexington", "KY", "405"), ("Des Moines", "IA", "503"), ("Omaha", "NE", "681"),
]
US_STREETS = ["Magnolia Ave", "Pecan Hollow Dr", "W Wisconsin Ave", "Hennepin Ave", "Briarcliff Rd", "Cumberland St",
              "Dogwood Ln", "Persimmon Ct", "Old Hickory Blvd", "Riverbend Pkwy", "Sycamore Trace", "Lakeshore Dr",
              "N Prairie St", "Whippoorwill Way", "Tupelo Cir"]

#: per language: (city, postcode lead)
EU_CITIES: dict[str, list[tuple[str, str]]] = {
    "de": [("Kassel", "341"), ("Fulda", "360"), ("Marburg", "350"), ("Göttingen", "370"), ("Oldenburg", "261"),
           ("Osnabrück", "490"), ("Celle", "292"), ("Darmstadt", "642")],
    "fr": [("Toulouse", "310"), ("Montpellier", "340"), ("Perpignan", "660"), ("Nîmes", "300"), ("Lille", "590"),
           ("Amiens", "800"), ("Roubaix", "591"), ("Albi", "810")],
    "es": [("Valencia", "460"), ("Alicante", "030"), ("Elche", "032"), ("Murcia", "300"), ("Cartagena", "302"),
           ("Castellón de la Plana", "120"), ("Gandía", "467"), ("Lorca", "308")],
    "it": [("Bologna", "401"), ("Ravenna", "481"), ("Rimini", "479"), ("Ferrara", "441"), ("Bari", "701"),
           ("Taranto", "741"), ("Foggia", "711"), ("Piacenza", "291")],
    "nl": [("Utrecht", "35"), ("Amersfoort", "38"), ("Eindhoven", "56"), ("Tilburg", "50"), ("Breda", "48"),
           ("Nijmegen", "65"), ("Zeist", "37"), ("Helmond", "57")],
}
EU_STREETS: dict[str, list[str]] = {
    "de": ["Wilhelmshöher Allee", "Am Lindenhof", "Schützenstraße", "Kirchweg", "Lerchenfeld", "Eschenring"],
    "fr": ["rue des Lilas", "avenue Jean Jaurès", "impasse du Moulin", "boulevard Victor Hugo", "chemin des Vignes"],
    "es": ["Calle de la Paz", "Avenida del Puerto", "Calle Mayor", "Plaza de la Virgen", "Calle Sant Vicent"],
    "it": ["Via dell'Indipendenza", "Via Emilia", "Corso Cavour", "Via Sparano", "Strada Maggiore"],
    "nl": ["Oudegracht", "Kerkstraat", "Stratumseind", "Lange Nieuwstraat", "Molenweg", "Biltstraat"],
}
REGIONS = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "us": "US"}


def us_city(g: Gen) -> tuple[str, str, str]:
    return g.rnd.choice(US_CITIES)


def us_zip(g: Gen, lead: str, plus4: float = 0.0) -> str:
    z = lead + g.digits(2)
    return f"{z}-{g.digits(4)}" if g.rnd.random() < plus4 else z


def us_street(g: Gen) -> str:
    n = g.rnd.randint(10, 19999)
    s = g.rnd.choice(US_STREETS)
    return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"{n} {s} Apt {g.rnd.randint(1, 40)}",
                         f"{n} {s} #{g.rnd.randint(100, 999)}"])


def eu_place(g: Gen, lang: str) -> tuple[str, str]:
    """(city, postcode) of ``lang``'s country."""
    city, lead = g.rnd.choice(EU_CITIES[lang])
    if lang == "nl":
        return city, f"{lead}{g.digits(2)} {g.code('AA')}"
    return city, lead + g.digits(5 - len(lead))


def eu_street(g: Gen, lang: str) -> str:
    road = g.rnd.choice(EU_STREETS[lang])
    n = g.rnd.randint(1, 140)
    if lang == "fr":
        return f"{n} {road}" + g.rnd.choice(["", " bis", ", appt 12"])
    if lang == "es":
        return f"{road}, {n}" + g.rnd.choice(["", ", 3º B", ", 1º izda"])
    return f"{road} {n}" + g.rnd.choice(["", "a", " bis"] if lang != "it" else ["", "/2", " int. 7"])


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa, Mastercard or Discover prefix."""
    prefix, length = g.rnd.choice([("4", 16), ("53", 16), ("2720", 16), ("6011", 16)])
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


#: BBAN layouts (9 a digit, A a letter); python-stdnum checks the result
BBAN = {"DE": "999999999999999999", "ES": "99999999999999999999", "NL": "AAAA9999999999",
        "FR": "9999999999ZZZZZZZZZZZ99", "IT": "A9999999999ZZZZZZZZZZZZ"}


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


def es_dni(g: Gen) -> str:
    """A Spanish DNI (eight digits and the check letter, python-stdnum)."""
    body = f"{g.rnd.randint(1_000_000, 79_999_999):08d}"
    number = body + _dni.calc_check_digit(body)
    assert _dni.is_valid(number)
    return number


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)


def sha1(g: Gen) -> str:
    return hashlib.sha1(str(g.rnd.random()).encode(), usedforsecurity=False).hexdigest()


def sha256_of(text: str) -> str:
    return hashlib.sha256(text.lower().encode()).hexdigest()


# -- businesses and decoys (written for v32) ---------------------------------------------------------------------------

USER_AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36",
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 "
     "Safari/605.1.15"),
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0",
    ("Mozilla/5.0 (Linux; Android 15; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Mobile "
     "Safari/537.36"),
    "okhttp/4.12.0", "python-requests/2.32.3", "curl/8.7.1",
]
DEVICE_MODELS = ["iPhone15,2", "iPhone16,1", "iPhone14,5", "SM-A546B", "SM-S918B", "Pixel 8a", "Pixel 7",
                 "M2101K6G", "CPH2451", "moto g54 5G"]
OS_VERSIONS = ["iOS 18.2", "iOS 17.6.1", "Android 14", "Android 15", "Android 13", "iPadOS 18.1"]
CAMPAIGNS = ["spring_sale_2025", "winback_q3", "welcome_series_2", "black_friday_early", "abandoned_cart_v4",
             "newsletter_wk41", "product_launch_aurora"]
PAGES = ["/", "/pricing", "/products/trail-runner-2", "/cart", "/checkout/shipping", "/blog/how-to-layer",
         "/account/orders", "/search", "/help/returns", "/products/rain-shell"]
HOSTS = ["www.northbeam-outfitters.com", "shop.northbeam-outfitters.com"]
SKUS = ["NB-TR2-BLK-10", "NB-RS-OLV-M", "NB-FL-GRY-L", "NB-SK-NVY-OS", "NB-TR2-RED-8", "NB-BP-28L"]


def office_phone(g: Gen) -> str:
    """A company's main line in the fictional 555-01xx range."""
    return f"({g.rnd.choice(['312', '615', '704', '404'])}) 555-01{g.rnd.randint(0, 99):02d}"
