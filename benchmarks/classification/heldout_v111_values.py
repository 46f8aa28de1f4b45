"""Values of held-out set v111 (:mod:`benchmarks.classification.heldout_v111`): v111's random source, and names,
streets, cities, services and free-text snippets written by hand for v111's addiction treatment, harm reduction and
probation systems (no Faker, no list of real people, no breach data), phones checked with phonenumbers and identifiers
with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers follow v98's; the lists below are new.
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
from stdnum.cz import rc as _rc
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.gb import nhs as _nhs
from stdnum.gr import amka as _amka
from stdnum.ie import pps as _pps
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.it import codicefiscale as _cf
from stdnum.nl import bsn as _bsn
from stdnum.se import personnummer as _pnr
from stdnum.tr import tckimlik as _tck
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _za

from benchmarks.classification.heldout_v2 import Column

SEED = 111_409_2026
N = "none"
#: a login or a street alias (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v111's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNK", "?",
    "not known", "declined", "nil", "0", "refused", "non noto", "nessuno", "desconocido", "sin datos", "onbekend",
    "geen", "okänt", "saknas", "neznámo", "nevyplněno", "bilinmiyor", "yok", "άγνωστο", "κανένα", "—")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v111:{SEED}:{table}")
        #: the US or Canadian area codes of this table's phones
        self.areas: list[str] = []

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
        first = self.rnd.choice([24, 47, 68, 71, 74, 98, 99, 107, 152, 174, 184, 205, 216])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2600", "2601", "2603", "2605", "2a01"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        keep = max(len(nsn) - 7, 1) if region in ("US", "CA") else max(len(nsn) - 6, 1)

        def make() -> str:
            if region in ("US", "CA") and self.areas:
                return self.rnd.choice(self.areas) + str(self.rnd.randint(2, 9)) + self.digits(6)
            return nsn[:keep] + self.digits(len(nsn) - keep)

        def ok(candidate: str) -> bool:
            number = phonenumbers.parse(f"+{example.country_code}{candidate}")
            return phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region

        number = phonenumbers.parse(f"+{example.country_code}{self.valid(make, ok)}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        if fmt == "dashes" and region in ("US", "CA"):
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:3]}-{d[3:6]}-{d[6:]}"
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


KY_AREAS = ["502", "859", "606", "270"]
AZ_AREAS = ["602", "480", "520", "623", "928"]
ON_AREAS = ["613", "343", "705", "249", "519", "226"]

# -- names (written for v111) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Travis", "Dakota", "Jarrod", "Ricky", "Brandon", "Cody", "Dewayne", "Hector", "Levi", "Wyatt"],
           ["Amber", "Crystal", "Brandi", "Kayla", "Misty", "Tonya", "Desiree", "Savannah", "Marisol", "Shelby"],
           ["Caudill", "Slone", "Hensley", "Combs", "Napier", "Begley", "Fugate", "Sizemore", "Estrada", "Maggard",
            "Ritchie", "Baldridge", "Yazzie", "Castellanos", "Whitlock"]),
    "gb": (["Kieran", "Dean", "Lee", "Jamie", "Tariq", "Connor", "Wayne", "Liam"],
           ["Kirsty", "Stacey", "Leanne", "Jade", "Nadia", "Chantelle", "Gemma", "Kelly"],
           ["Hardcastle", "Ackroyd", "Sutcliffe", "Mahmood", "Oldroyd", "Barraclough", "Kowalski", "Haigh",
            "Pickersgill", "Shackleton", "Akhtar", "Holroyd"]),
    "ca": (["Jean-Marc", "Tyler", "Dustin", "Mathieu", "Raymond", "Colton", "Brent", "Shane"],
           ["Tammy", "Josée", "Kristen", "Brittany", "Mélanie", "Sheena", "Dakota", "Renée"],
           ["Lafrenière", "McIsaac", "Chartrand", "Whiteduck", "Belanger", "Kozak", "Sauvé", "Jocko", "McCallum",
            "Pelletier", "Odjick", "Stinson"]),
    "au": (["Jayden", "Brodie", "Kane", "Mitchell", "Rhys", "Tyson", "Corey", "Nathan"],
           ["Shanae", "Tegan", "Kylie", "Jasmine", "Brooke", "Taylah", "Leisha", "Renee"],
           ["Kettle", "Mansfield", "Tuilagi", "Nguyen", "Watego", "Blacklock", "Farah", "Ingram", "Doherty",
            "Pritchett", "Lolohea", "Carmody"]),
    "ie": (["Dessie", "Jason", "Wayne", "Anto", "Eoin", "Keith", "Damien", "Graham"],
           ["Natasha", "Leanne", "Sharon", "Tara", "Niamh", "Jacinta", "Michelle", "Aisling"],
           ["Dunne", "Keogh", "Byrne", "Mulvey", "Nolan", "Cullen", "McDonagh", "Farrelly", "Kinsella", "Doyle",
            "Ward", "Geraghty"]),
    "in": (["Gurpreet", "Harjinder", "Manpreet", "Kuldeep", "Sukhwinder", "Jaswant", "Rajvir", "Amandeep"],
           ["Simranjit", "Harpreet", "Kulwinder", "Navneet", "Rajwinder", "Manjit", "Gurleen", "Baljeet"],
           ["Sandhu", "Dhillon", "Gill", "Brar", "Sidhu", "Grewal", "Bajwa", "Randhawa", "Kaur", "Chahal", "Virk",
            "Aulakh"]),
    "za": (["Sipho", "Ashwin", "Riaan", "Lwazi", "Ebrahim", "Jaco", "Thabo", "Marlon"],
           ["Nomvula", "Chantal", "Fatima", "Lindiwe", "Charmaine", "Zanele", "Bianca", "Tasneem"],
           ["Adonis", "Jacobs", "Mokoena", "Van Wyk", "Petersen", "Dlamini", "Isaacs", "Botha", "Ndlovu", "Hendricks",
            "Fortuin", "Abrahams"]),
    "it": (["Gianluca", "Mirko", "Davide", "Cristian", "Omar", "Fabio", "Manuel", "Simone"],
           ["Sabrina", "Monica", "Erika", "Valentina", "Samantha", "Debora", "Roberta", "Ilaria"],
           ["Locatelli", "Pesenti", "Gotti", "Carminati", "Rota", "Bonacina", "Mazzoleni", "Cattaneo", "Brembilla",
            "Zanchi", "Ravasio", "Belotti"]),
    "es": (["Iván", "Rubén", "Óscar", "Sergio", "Jonathan", "Álvaro", "Youssef", "Raúl"],
           ["Vanesa", "Noelia", "Yolanda", "Tamara", "Jessica", "Rocío", "Soraya", "Miriam"],
           ["Gómez", "Carrasco", "Vallejo", "Moreno", "Cuesta", "Pastor", "Benítez", "Arroyo", "Manzano", "Crespo",
            "El Amrani", "Villalba"]),
    "nl": (["Dennis", "Kevin", "Ricardo", "Jeroen", "Mohamed", "Bart", "Sander", "Roy"],
           ["Mandy", "Priscilla", "Sharon", "Kim", "Esra", "Joyce", "Melissa", "Ilse"],
           ["Jansen", "Bosman", "Kuipers", "Ter Horst", "Hofstede", "Nijland", "Brink", "Wolters", "Oosterhuis",
            "Dijkman", "Yilmaz", "Hagedoorn"]),
    "sv": (["Jimmy", "Patrik", "Robin", "Mikael", "Dragan", "Tobias", "Kenneth", "Niklas"],
           ["Jenny", "Sandra", "Therese", "Malin", "Petra", "Josefin", "Linda", "Anneli"],
           ["Lundmark", "Sandström", "Holmberg", "Marklund", "Burman", "Öhman", "Lidén", "Hedman", "Backman",
            "Nordlund", "Rehnström", "Vikström"]),
    "cs": (["Lukáš", "Radek", "Tomáš", "Michal", "Jiří", "Ondřej", "Zdeněk", "Marek"],
           ["Lucie", "Petra", "Kateřina", "Veronika", "Michaela", "Jana", "Zuzana", "Tereza"],
           ["Dvořák", "Procházka", "Kučera", "Horák", "Němec", "Pospíšil", "Marek", "Bartoš", "Šťastný", "Kolář",
            "Vlček", "Sedláček"]),
    "tr": (["Emre", "Burak", "Onur", "Serkan", "Volkan", "Hakan", "Murat", "Barış"],
           ["Gizem", "Ebru", "Tuğba", "Derya", "Seda", "Özlem", "Pınar", "Sibel"],
           ["Yıldırım", "Aydın", "Korkmaz", "Şahin", "Demirci", "Kılıç", "Öztürk", "Erdem", "Karaca", "Güneş",
            "Arslan", "Çelik"]),
    "el": (["Γιώργος", "Δημήτρης", "Κώστας", "Νίκος", "Στέλιος", "Παναγιώτης", "Θανάσης", "Βασίλης"],
           ["Μαρία", "Ελένη", "Κατερίνα", "Βασιλική", "Δέσποινα", "Σοφία", "Αθηνά", "Χρυσούλα"],
           ["Παπαδόπουλος", "Καραγιάννης", "Οικονόμου", "Τσολάκης", "Μαυρίδης", "Χατζηδάκης", "Γεωργίου",
            "Αντωνίου", "Ζαφειρίου", "Κυριακίδης", "Μπαλτάς", "Νικολαΐδης"]),
}


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``; a Greek or Czech family name takes its feminine form."""
    male, fem, fam = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.5
    first, last = g.rnd.choice(fem if female else male), g.rnd.choice(fam)
    if female and lang in FEMININE:
        last = FEMININE[lang].get(last, last)
    return first, last


#: the feminine form of Greek and Czech family names
FEMININE: dict[str, dict[str, str]] = {
    "el": {"Παπαδόπουλος": "Παπαδοπούλου", "Καραγιάννης": "Καραγιάννη", "Τσολάκης": "Τσολάκη",
           "Μαυρίδης": "Μαυρίδου", "Χατζηδάκης": "Χατζηδάκη", "Κυριακίδης": "Κυριακίδου", "Μπαλτάς": "Μπαλτά",
           "Νικολαΐδης": "Νικολαΐδου"},
    "cs": {"Dvořák": "Dvořáková", "Procházka": "Procházková", "Kučera": "Kučerová", "Horák": "Horáková",
           "Němec": "Němcová", "Pospíšil": "Pospíšilová", "Marek": "Marková", "Bartoš": "Bartošová",
           "Šťastný": "Šťastná", "Kolář": "Kolářová", "Vlček": "Vlčková", "Sedláček": "Sedláčková"},
}


def whole(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() or ch == ".")


_GREEK_LATIN = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω", ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m",
                                                     "n", "x", "o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps",
                                                     "o"]))


def latin(text: str) -> str:
    """``text`` in ASCII letters (Greek transliterated)."""
    folded = fold(text)
    return "".join(_GREEK_LATIN.get(ch, ch) for ch in folded)


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(latin(first)) or "user", plain(latin(last)) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(70, 99)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(latin(first)).replace(".", ""), plain(latin(last)).replace(".", "")
    return [f"{a[0]}{b}"[:12], f"{a}.{b}", f"{b[:6]}{a[:2]}".upper(), f"{a}_{b[:3]}{style % 97}"][style % 4]


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "icloud.com", "hotmail.com", "outlook.com"],
    "gb": ["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "live.co.uk"],
    "ca": ["gmail.com", "hotmail.com", "videotron.ca", "bell.net", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "hotmail.com", "outlook.com.au", "icloud.com"],
    "ie": ["gmail.com", "hotmail.com", "eircom.net", "icloud.com"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net"],
    "it": ["libero.it", "gmail.com", "alice.it", "virgilio.it", "hotmail.it"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
    "nl": ["gmail.com", "hotmail.nl", "ziggo.nl", "kpnmail.nl", "outlook.com"],
    "sv": ["gmail.com", "hotmail.se", "telia.com", "live.se"],
    "cs": ["seznam.cz", "email.cz", "gmail.com", "centrum.cz"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    "el": ["gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr"],
}

# -- places (written for v111) -----------------------------------------------------------------------------------------

#: (city, county, ZIP) in eastern Kentucky
KY_CITIES = [("Hazard", "Perry", "41701"), ("Pikeville", "Pike", "41501"), ("Corbin", "Whitley", "40701"),
             ("London", "Laurel", "40741"), ("Prestonsburg", "Floyd", "41653"), ("Somerset", "Pulaski", "42501"),
             ("Richmond", "Madison", "40475"), ("Morehead", "Rowan", "40351")]
KY_STREETS = ["Coal Branch Rd", "Black Gold Blvd", "Town Mountain Rd", "Bypass Rd", "Lick Fork Rd", "Ky Hwy 15 S",
              "Hurricane Gap Rd", "Poplar Ln", "Sycamore Holler Rd", "Main St", "Dogwood Dr", "Riverside Ct"]
#: (city, ZIP prefix) in Arizona
AZ_CITIES = [("Phoenix", "850"), ("Mesa", "852"), ("Glendale", "853"), ("Tempe", "852"), ("Tucson", "857"),
             ("Flagstaff", "860"), ("Yuma", "853"), ("Casa Grande", "851")]
AZ_STREETS = ["W Indian School Rd", "E Van Buren St", "N 43rd Ave", "S Alma School Rd", "E Broadway Blvd",
              "W Camelback Rd", "N Stone Ave", "E Apache Blvd", "W Bethany Home Rd", "S 16th St"]
GB_CITIES = [("Leeds", "LS9"), ("Bradford", "BD3"), ("Wakefield", "WF1"), ("Huddersfield", "HD1"),
             ("Dewsbury", "WF13"), ("Keighley", "BD21"), ("Halifax", "HX1"), ("Castleford", "WF10")]
GB_STREETS = ["Harehills Lane", "Roundhay Road", "Kirkgate", "Manningham Lane", "Westgate", "Beeston Road",
              "Cross Green Lane", "Thornhill Road", "Ossett Lane", "Ravensthorpe Road", "Lumb Lane", "Dewsbury Road"]
#: (city, FSA) in eastern Ontario
ON_CITIES = [("Ottawa", "K1N"), ("Gatineau", "J8X"), ("Kingston", "K7K"), ("Cornwall", "K6H"), ("Pembroke", "K8A"),
             ("Belleville", "K8N"), ("Brockville", "K6V"), ("Hawkesbury", "K6A")]
ON_STREETS = ["Rideau St", "Montreal Rd", "Murray St", "Pitt St", "Princess St", "Pembroke St W", "Dalhousie St",
              "Montreal Rd E", "King St E", "Front St", "Vanier Pkwy", "Cumberland St"]
#: (suburb, postcode) in western Sydney
AU_CITIES = [("Parramatta", "2150"), ("Mount Druitt", "2770"), ("Blacktown", "2148"), ("Penrith", "2750"),
             ("Auburn", "2144"), ("Liverpool", "2170"), ("Campbelltown", "2560"), ("Merrylands", "2160")]
AU_STREETS = ["Church St", "Luxford Rd", "Flushcombe Rd", "High St", "Parramatta Rd", "Macquarie St",
              "Queen St", "Merrylands Rd", "Carlisle Ave", "Woodville Rd", "Dunheved Rd", "Rooty Hill Rd N"]
#: (town, Eircode routing key) in Dublin and the midlands
IE_CITIES = [("Dublin 10", "D10"), ("Dublin 24", "D24"), ("Clondalkin", "D22"), ("Athlone", "N37"),
             ("Tullamore", "R35"), ("Portlaoise", "R32"), ("Mullingar", "N91"), ("Balbriggan", "K32")]
IE_STREETS = ["Cherry Orchard Grove", "Kilmartin Avenue", "Neilstown Road", "Fatima Mansions", "Connaught Street",
              "Arden Vale", "Harbour Street", "Dublin Road", "Ballyfermot Road", "Fettercairn Drive"]
#: (city, PIN prefix) in Punjab
IN_CITIES = [("Amritsar", "143"), ("Tarn Taran", "143"), ("Bathinda", "151"), ("Ludhiana", "141"),
             ("Jalandhar", "144"), ("Moga", "142"), ("Ferozepur", "152"), ("Gurdaspur", "143")]
IN_STREETS = ["GT Road", "Majitha Road", "Batala Road", "Mall Road", "Guru Nanak Nagar Gali 3", "Model Town Ext",
              "Ranjit Avenue Block C", "Sultanwind Road", "Power Colony Lane 2", "Ajit Nagar"]
#: (suburb, postcode) in the Cape Town metro
ZA_CITIES = [("Mitchells Plain", "7785"), ("Bellville", "7530"), ("Woodstock", "7925"), ("Athlone", "7764"),
             ("Khayelitsha", "7784"), ("Parow", "7500"), ("Grassy Park", "7941"), ("Kuils River", "7580")]
ZA_STREETS = ["Merrydale Avenue", "Voortrekker Road", "Lansdowne Road", "Klipfontein Road", "Spine Road",
              "Kenilworth Road", "Prince George Drive", "Strandfontein Road", "Albert Road", "Jakes Gerwel Drive"]
#: (comune, province, CAP, cadastral code) around Bergamo
IT_CITIES = [("Bergamo", "BG", "24121", "A794"), ("Seriate", "BG", "24068", "I628"),
             ("Dalmine", "BG", "24044", "D245"), ("Treviglio", "BG", "24047", "L400"),
             ("Ponte San Pietro", "BG", "24036", "G864"), ("Lovere", "BG", "24065", "E704"),
             ("Zogno", "BG", "24019", "M184"), ("Albino", "BG", "24021", "A163")]
IT_STREETS = ["Via Borgo Palazzo", "Via Quarenghi", "Via Moroni", "Viale Papa Giovanni XXIII", "Via Bianzana",
              "Via Carducci", "Via dei Mille", "Via Roma", "Via Tiraboschi", "Vicolo San Rocco"]
#: (city, postcode) in the Madrid region
ES_CITIES = [("Madrid", "28026"), ("Madrid", "28041"), ("Fuenlabrada", "28942"), ("Leganés", "28912"),
             ("Parla", "28980"), ("Alcorcón", "28921"), ("Getafe", "28901"), ("Móstoles", "28933")]
ES_STREETS = ["Calle de la Oca", "Avenida de los Poblados", "Calle Marcelo Usera", "Calle Eduardo Barreiros",
              "Calle de Antonio López", "Avenida de la Albufera", "Calle Pinos Alta", "Calle del Doctor Fourquet"]
#: (place, postcode) in Overijssel
NL_CITIES = [("Zwolle", "8011"), ("Kampen", "8261"), ("Deventer", "7411"), ("Hardenberg", "7771"),
             ("Raalte", "8102"), ("Dalfsen", "7721"), ("Meppel", "7941"), ("Ommen", "7731")]
NL_STREETS = ["Assendorperstraat", "Diezerstraat", "Oosterlaan", "Thorbeckegracht", "Boxbergerweg", "Oudestraat",
              "Kamperstraat", "Burgemeester Roelenweg", "Stationsweg", "Hanzeweg"]
#: (kommun, postcode prefix) in northern Sweden
SE_CITIES = [("Umeå", "903"), ("Skellefteå", "931"), ("Lycksele", "921"), ("Piteå", "941"), ("Luleå", "972"),
             ("Örnsköldsvik", "891"), ("Vilhelmina", "912"), ("Boden", "961")]
SE_STREETS = ["Storgatan", "Kungsgatan", "Västra Esplanaden", "Ålidhemsvägen", "Norra Järnvägsgatan", "Skolgatan",
              "Backenvägen", "Tegsvägen", "Järnvägsallén", "Björkvägen"]
#: (city or district, PSČ) in South Moravia
CZ_CITIES = [("Brno-střed", "602 00"), ("Brno-sever", "613 00"), ("Brno-Židenice", "615 00"), ("Blansko", "678 01"),
             ("Vyškov", "682 01"), ("Hodonín", "695 01"), ("Břeclav", "690 02"), ("Znojmo", "669 02")]
CZ_STREETS = ["Cejl", "Bratislavská", "Francouzská", "Vranovská", "Zábrdovická", "Křenová", "Mostecká",
              "Dornych", "Koliště", "Husitská"]
#: (ilçe) in İzmir
TR_DISTRICTS = ["Karabağlar", "Buca", "Bornova", "Bayraklı", "Konak", "Çiğli", "Karşıyaka", "Menemen"]
TR_STREETS = ["1203/4 Sokak", "Eşrefpaşa Caddesi", "Mithatpaşa Caddesi", "Kıbrıs Şehitleri Caddesi",
              "Anadolu Caddesi", "Gaziler Caddesi", "2839 Sokak", "Yeşillik Caddesi", "Menderes Caddesi"]
#: (city or district, ΤΚ) around Thessaloniki
GR_CITIES = [("Θεσσαλονίκη", "546 25"), ("Καλαμαριά", "551 33"), ("Εύοσμος", "562 24"), ("Σταυρούπολη", "564 30"),
             ("Νεάπολη", "567 28"), ("Σίνδος", "574 00"), ("Πολίχνη", "565 33"), ("Κατερίνη", "601 00")]
GR_STREETS = ["Εγνατία", "Λαγκαδά", "Μοναστηρίου", "Δελφών", "Κασσάνδρου", "Αγίου Δημητρίου", "Ολύμπου",
              "Παπαναστασίου", "Βενιζέλου", "Τσιμισκή"]


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(100, 9_800) if lang == "us" else g.rnd.randint(1, 160)
    if lang in ("it",):
        return f"{s}, {n}"
    if lang in ("es",):
        return f"{s}, {n}, {g.rnd.randint(1, 9)}º {g.rnd.choice('ABCD')}"
    if lang in ("nl", "sv", "cs", "el"):
        return f"{s} {n}"
    if lang == "tr":
        return f"{g.rnd.choice(['Yeni', 'Kemalpaşa', 'Esentepe', 'Gazi'])} Mah. {s} No:{n} D:{g.rnd.randint(1, 14)}"
    if lang == "in":
        return f"H.No. {n}, {s}"
    return f"{n} {s}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    d = g.valid(make, _ssn.is_valid)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dashed else d


def us_ssn_decoy(g: Gen) -> str:
    """An admission number shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    area = g.rnd.choice(["000", "666", f"9{g.digits(2)}"])
    return f"{area}-{g.digits(2)}-{g.digits(4)}"


def card(g: Gen) -> str:
    body = g.rnd.choice(["4", "51", "53", "55"])
    body += g.digits(15 - len(body))
    d = body + luhn.calc_check_digit(body)
    return " ".join(d[i:i + 4] for i in range(0, 16, 4))


def ca_sin(g: Gen) -> str:
    body = str(g.rnd.choice([1, 2, 4, 5, 6, 7])) + g.digits(7)
    d = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(d)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def luhn_decoy(g: Gen, n: int) -> str:
    """``n`` digits failing the Luhn check (shaped like a SIN)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(n - 1), lambda x: not luhn.is_valid(x))


def nhs(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(4, 6)) + g.digits(9), _nhs.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def nhs_decoy(g: Gen) -> str:
    """Ten digits failing the NHS number's check."""
    return g.valid(lambda: str(g.rnd.randint(4, 6)) + g.digits(9), lambda x: not _nhs.is_valid(x))


def pps(g: Gen) -> str:
    return g.valid(lambda: g.digits(7) + g.rnd.choice(string.ascii_uppercase[:23]) + g.rnd.choice(["", "", "A"]),
                   _pps.is_valid)


def aadhaar(g: Gen, spaced: bool = True) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if spaced else d


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (a form number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def pan(g: Gen, last: str) -> str:
    initial = (plain(last)[:1] or "s").upper()
    return g.valid(lambda: g.code("AAA") + "P" + initial + g.code("9999A"), _pan.is_valid)


def za_id(g: Gen, born: date, female: bool) -> str:
    seq = g.rnd.randint(0, 4_999) if female else g.rnd.randint(5_000, 9_999)
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:04d}{g.rnd.choice('0000001')}8"
    d = body + luhn.calc_check_digit(body)
    assert _za.is_valid(d)
    return d


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits failing the South African ID number's check (a lease number)."""
    return g.valid(lambda: "25" + g.digits(11), lambda x: not _za.is_valid(x))


_CF_MONTHS = "ABCDEHLMPRST"


def codice_fiscale(first: str, last: str, born: date, female: bool, place: str) -> str:
    def letters(text: str) -> str:
        return "".join(ch for ch in fold(text).upper() if ch.isalpha())

    def part(text: str, given: bool) -> str:
        t = letters(text)
        cons = [ch for ch in t if ch not in "AEIOU"]
        vows = [ch for ch in t if ch in "AEIOU"]
        if given and len(cons) >= 4:
            cons = [cons[0], cons[2], cons[3]]
        return "".join(cons + vows + ["X", "X", "X"])[:3]

    day = born.day + (40 if female else 0)
    body = f"{part(last, False)}{part(first, True)}{born.year % 100:02d}{_CF_MONTHS[born.month - 1]}{day:02d}{place}"
    number = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(number)
    return number


def dni(g: Gen) -> str:
    body = f"{g.rnd.randint(1_000_000, 79_999_999):08d}"
    return body + _dni.calc_check_digit(body)


def nie(g: Gen) -> str:
    body = g.rnd.choice("XYZ") + g.digits(7)
    return body + _nie.calc_check_digit(body)


def dni_decoy(g: Gen) -> str:
    """Eight digits and a letter failing the DNI's check letter (a file number)."""
    return g.valid(lambda: g.digits(8) + g.rnd.choice("TRWAGMYFPDXBNJZSQVHLCKE"), lambda x: not _dni.is_valid(x))


def bsn(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), _bsn.is_valid)


def bsn_decoy(g: Gen) -> str:
    """Nine digits failing the BSN's eleven-test (a rental contract number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), lambda x: not _bsn.is_valid(x))


def nl_iban(g: Gen) -> str:
    def make() -> str:
        bban = g.rnd.choice(["INGB", "RABO", "ABNA", "SNSB", "TRIO", "ASNB"]) + g.digits(10)
        return "NL" + _iban.calc_check_digits("NL00" + bban) + bban

    return _iban.format(g.valid(make, _iban.is_valid))


def personnummer(g: Gen, born: date) -> str:
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{g.digits(3)}"
    number = f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"
    assert _pnr.is_valid(number)
    return number


def rodne_cislo(g: Gen, born: date, female: bool) -> str:
    month = born.month + (50 if female else 0)

    def make() -> str:
        body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}"
        check = int(body) % 11
        return "" if check == 10 else f"{body[:6]}/{body[6:]}{check}"

    return g.valid(make, lambda x: bool(x) and _rc.is_valid(x))


def tc_kimlik(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    number = body + _tck.calc_check_digits(body)
    assert _tck.is_valid(number)
    return number


def tc_decoy(g: Gen) -> str:
    """Eleven digits failing the T.C. kimlik no's check (a file number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _tck.is_valid(x))


def amka(g: Gen, born: date) -> str:
    body = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{g.digits(4)}"
    number = body + luhn.calc_check_digit(body)
    assert _amka.is_valid(number)
    return number


def gr_afm(g: Gen) -> str:
    from stdnum.gr import vat
    return g.valid(lambda: str(g.rnd.randint(0, 1)) + g.digits(8), vat.is_valid)


def au_abn(g: Gen) -> str:
    from stdnum.au import abn
    return abn.format(g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), abn.is_valid))


def se_orgnr(g: Gen) -> str:
    from stdnum.se import orgnr
    body = "802" + g.digits(6)
    d = body + luhn.calc_check_digit(body)
    assert orgnr.is_valid(d)
    return f"{d[:6]}-{d[6:]}"


# -- addiction-treatment vocabulary (written for v111) -----------------------------------------------------------------

SUBSTANCES_EN = ["Alcohol", "Opioids (heroin)", "Fentanyl", "Methamphetamine", "Cocaine", "Cannabis",
                 "Prescription opioids", "Benzodiazepines"]
