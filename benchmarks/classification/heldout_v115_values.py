"""Values of held-out set v115 (:mod:`benchmarks.classification.heldout_v115`): v115's random source, and names,
streets, towns, institutions and free-text snippets written by hand for v115's libraries, archives, museums and
cultural societies (no Faker, no list of real people, no breach data), phones checked with phonenumbers and
identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers follow v27's and v98's; the lists below are new.
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
from stdnum import isbn as _isbn
from stdnum import luhn
from stdnum.be import nn as _nn
from stdnum.be import vat as _be_vat
from stdnum.ca import sin as _sin
from stdnum.cz import dic as _dic
from stdnum.cz import rc as _rc
from stdnum.dk import cpr as _cpr
from stdnum.dk import cvr as _cvr
from stdnum.fr import nir as _nir
from stdnum.fr import siret as _siret
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _gr_vat
from stdnum.ie import pps as _pps
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.nz import ird as _ird
from stdnum.pt import cc as _cc
from stdnum.pt import nif as _nif
from stdnum.se import orgnr as _orgnr
from stdnum.se import personnummer as _pnr
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 115_2026_0719
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v115's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNK", "?",
    "not known", "nil", "0", "TBC", "inconnu", "néant", "desconhecido", "sem dados", "okänd", "saknas", "ukendt",
    "ingen", "neuvedeno", "nezjištěno", "άγνωστο", "—", "onbekend", "geen")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v115:{SEED}:{table}")

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
        first = self.rnd.choice([31, 37, 46, 62, 78, 81, 86, 89, 92, 109, 151, 176, 185, 193, 212])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2a00", "2a01", "2a02", "2001", "2600"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.25) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        keep = max(len(nsn) - 6, 1)

        def make() -> str:
            if region in AREAS:
                return self.rnd.choice(AREAS[region]) + str(self.rnd.randint(2, 9)) + self.digits(6)
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


#: area codes of the North American tables (Cincinnati, Kentucky, Nova Scotia)
AREAS = {"US": ["513", "859", "502", "606", "270", "937"], "CA": ["902", "782"]}

# -- names (written for v115) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names, female family names or None)
NAMES: dict[str, tuple[list[str], list[str], list[str], list[str] | None]] = {
    "us": (["Garrison", "Deshawn", "Quentin", "Ellery", "Marcus", "Hollis", "Ravi", "Beckett", "Anselm", "Luis"],
           ["Harriet", "Delphina", "Ivy", "Maren", "Tamika", "Corinne", "Lorelei", "Wren", "Nadia", "Eugenia"],
           ["Feathergill", "Wetherby", "Castellanos", "Underhill", "Brightwater", "Okoye", "Sternfeld", "McAlister",
            "Pennington", "Dubrovsky", "Lockridge", "Varga", "Ellsworth", "Hatcher", "Quimby"], None),
    "ky": (["Boyd", "Clement", "Jasper", "Otis", "Wendell", "Harlan", "Dewey", "Rufus"],
           ["Opal", "Loretta", "Verna", "Darlene", "Tessa", "Mabel", "Ruby", "Shelby"],
           ["Combs", "Fugate", "Slone", "Napier", "Halcomb", "Caudill", "Pennix", "Stacy", "Sizemore", "Begley",
            "Noble", "Ritchie"], None),
    "gb": (["Ewan", "Crispin", "Jago", "Rory", "Idris", "Fergus", "Hamish", "Dominic"],
           ["Philippa", "Bryony", "Tamsin", "Ottilie", "Rhiannon", "Morwenna", "Harriet", "Aisling"],
           ["Thwaite", "Postlethwaite", "Armistead", "Gaskarth", "Birkett", "Fell", "Routledge", "Nicholson-Bray",
            "Wilkinshaw", "Dalzell", "Holme", "Satterthwaite"], None),
    "ca": (["Ronan", "Gideon", "Landry", "Kieran", "Ahmad", "Beau", "Silas", "Thierry"],
           ["Marguerite", "Sadie", "Ainsley", "Rosalie", "Fatima", "Josée", "Hazel", "Ingrid"],
           ["MacIsaac", "Doucet", "Sampson", "Cormier", "Fraser-Bell", "LeBlanc", "Gillis", "Paul", "MacNeil",
            "Arsenault", "Awad", "Comeau"], None),
    "au": (["Lachie", "Bodhi", "Hamish", "Dimitri", "Huy", "Ashton", "Jarrah", "Keanu"],
           ["Indi", "Matilda", "Sienna", "Allira", "Thi Lan", "Ruby", "Kirra", "Ngaire"],
           ["Fairweather", "Nguyen", "Papadakis", "Hollingsworth", "Tran", "McKenzie", "Baptiste", "O'Dwyer",
            "Rahman", "Whitlock", "Kovac", "Marsden"], None),
    "ie": (["Donncha", "Cillian", "Eoghan", "Pádraig", "Senan", "Lorcan", "Feargal", "Tomasz"],
           ["Caoimhe", "Nuala", "Éabha", "Síle", "Bríd", "Mairéad", "Ailbhe", "Zuzana"],
           ["Ó Dubhghaill", "Brennan", "Ní Mhurchú", "Costigan", "Phelan", "Mac Craith", "Dunphy", "Tynan",
            "Kinsella", "Drennan", "Walsh-Furlong", "Hogan"], None),
    "in": (["Subhankar", "Arindam", "Debashis", "Souvik", "Anirban", "Rahul", "Tanmoy", "Farhan"],
           ["Sreemoyee", "Ishani", "Paromita", "Rupsa", "Ayesha", "Madhurima", "Tanushree", "Debolina"],
           ["Chattopadhyay", "Mukherjee", "Bhattacharya", "Sarkar", "Ghosh", "Dasgupta", "Mondal", "Biswas",
            "Haldar", "Sen", "Basu", "Khatun"], None),
    "nz": (["Tane", "Rawiri", "Niko", "Callum", "Hohepa", "Finn", "Tevita", "Archie"],
           ["Ataahua", "Marama", "Pania", "Isla", "Mele", "Harata", "Georgia", "Huia"],
           ["Tipene", "Karaitiana", "Sinclair", "Paewai", "Taufa", "McIntosh", "Rerekura", "Dalgleish", "Ngata",
            "Kerr", "Waaka", "Fonoti"], None),
    "fr": (["Anatole", "Baptiste", "Corentin", "Rachid", "Gaspard", "Lucien", "Maxence", "Hervé"],
           ["Capucine", "Ophélie", "Bérénice", "Nour", "Perrine", "Albane", "Justine", "Mireille"],
           ["Vuillermoz", "Chambon", "Dufournel", "Grangeon", "Bouchard", "Mansouri", "Perrichon", "Lacassagne",
            "Girardet", "Ferrand", "Brossard", "Tholance"], None),
    "pt": (["Gonçalo", "Tiago", "Duarte", "Rui", "Vasco", "Afonso", "Nuno", "Rodrigo"],
           ["Inês", "Leonor", "Matilde", "Beatriz", "Filipa", "Joana", "Catarina", "Mafalda"],
           ["Magalhães", "Barbosa", "Fernandes", "Machado", "Sampaio", "Azevedo", "Guimarães", "Faria", "Peixoto",
            "Vilaça", "Meireles", "Castro"], None),
    "sv": (["Torsten", "Gunnar", "Albin", "Melker", "Folke", "Ivar", "Kasper", "Ali"],
           ["Ingegerd", "Sigrid", "Agnes", "Elvira", "Märta", "Stina", "Vera", "Yasmin"],
           ["Hedlund", "Norén", "Ödman", "Strand", "Åhlén", "Grönvall", "Palmqvist", "Lindbom", "Sandell",
            "Eriksson-Berg", "Jansson", "Rask"], None),
    "da": (["Mads", "Søren", "Rasmus", "Frederik", "Jens", "Anders", "Bjarke", "Kasper"],
           ["Mette", "Signe", "Birthe", "Lærke", "Astrid", "Karen", "Freja", "Inger"],
           ["Kjærgaard", "Østergaard", "Vestergaard", "Damgaard", "Holm", "Thomsen", "Bech", "Lauridsen", "Møller",
            "Skov", "Brøndum", "Juhl"], None),
    "cs": (["Vojtěch", "Ondřej", "Jiří", "Lukáš", "Radek", "Zdeněk", "Matěj", "Přemysl"],
           ["Kateřina", "Zuzana", "Markéta", "Lenka", "Bohumila", "Alžběta", "Tereza", "Jitka"],
           ["Dvořák", "Novotný", "Procházka", "Kučera", "Sedláček", "Horák", "Blažek", "Šťastný", "Vaněk",
            "Kratochvíl", "Havlík", "Beneš"],
           ["Dvořáková", "Novotná", "Procházková", "Kučerová", "Sedláčková", "Horáková", "Blažková", "Šťastná",
            "Vaňková", "Kratochvílová", "Havlíková", "Benešová"]),
    "el": (["Γιώργος", "Δημήτρης", "Νικόλαος", "Αθανάσιος", "Σταύρος", "Παναγιώτης", "Κωνσταντίνος", "Ηλίας"],
           ["Ελένη", "Μαρία", "Αικατερίνη", "Δέσποινα", "Σοφία", "Παρασκευή", "Χρυσούλα", "Ευαγγελία"],
           ["Παπαδόπουλος", "Καραγιάννης", "Οικονόμου", "Γεωργίου", "Τσολάκης", "Βλάχος", "Μαυρίδης", "Ζαχαρίου",
            "Αναστασιάδης", "Κουτσούκος", "Χατζηδάκης", "Λαμπρόπουλος"],
           ["Παπαδοπούλου", "Καραγιάννη", "Οικονόμου", "Γεωργίου", "Τσολάκη", "Βλάχου", "Μαυρίδου", "Ζαχαρίου",
            "Αναστασιάδου", "Κουτσούκου", "Χατζηδάκη", "Λαμπροπούλου"]),
    "nl": (["Wout", "Jef", "Pieter-Jan", "Arne", "Bram", "Stijn", "Mohamed", "Lowie"],
           ["Lotte", "Fien", "Griet", "Nele", "Hanne", "Yasmine", "Elke", "Marieke"],
           ["Van den Bossche", "De Smet", "Vermeulen", "Claeys", "Vanhove", "De Clercq", "Maes", "Verstraete",
            "Goossens", "El Amrani", "Van Acker", "Declercq"], None),
}

#: Greek letters to Latin for e-mails of the Greek table
_GREEK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ",
                  ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s",
                   "t", "y", "f", "ch", "ps", "o", "a", "e", "i", "i", "o", "y", "o", "i", "y", "i", "y"]))


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``."""
    male, fem, fam, fam_f = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.5
    i = g.rnd.randrange(len(fam))
    family = fam_f[i] if female and fam_f else fam[i]
    return g.rnd.choice(fem if female else male), family


def whole(g: Gen, lang: str = "us", female: bool | None = None) -> str:
    a, b = person(g, lang, female)
    return f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def plain(text: str) -> str:
    text = "".join(_GREEK.get(ch, ch) for ch in text.lower())
    return "".join(ch for ch in fold(text) if ch.isalnum() or ch == ".")


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(50, 99)}",
                          f"{a}_{b[:4]}"])
    return f"{local}@{g.rnd.choice(domains)}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first).replace(".", ""), plain(last).replace(".", "")
    return [f"{a[0]}{b}"[:12], f"{a}.{b}", f"{b[:6]}{a[:2]}", f"{a}{len(b)}{b[0]}"][style % 4]


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "cinci.rr.com", "icloud.com"],
    "ky": ["gmail.com", "yahoo.com", "windstream.net", "bellsouth.net"],
    "gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "sky.com"],
    "ca": ["gmail.com", "eastlink.ca", "bellaliant.net", "hotmail.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com.au", "optusnet.com.au"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
    "nz": ["gmail.com", "xtra.co.nz", "slingshot.co.nz", "outlook.com"],
    "fr": ["orange.fr", "free.fr", "wanadoo.fr", "laposte.net", "gmail.com"],
    "pt": ["gmail.com", "sapo.pt", "hotmail.com", "netcabo.pt"],
    "sv": ["telia.com", "gmail.com", "hotmail.se", "bredband.net"],
    "da": ["mail.dk", "gmail.com", "hotmail.dk", "stofanet.dk"],
    "cs": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com"],
    "el": ["gmail.com", "yahoo.gr", "otenet.gr", "hotmail.com"],
    "nl": ["telenet.be", "skynet.be", "gmail.com", "proximus.be"],
}

# -- places (written for v115) -----------------------------------------------------------------------------------------

#: (city, state, ZIP prefix)
US_CITIES = [("Cincinnati", "OH", "452"), ("Covington", "KY", "410"), ("Mason", "OH", "450"),
             ("Hamilton", "OH", "450"), ("Newport", "KY", "410"), ("Loveland", "OH", "451"),
             ("Florence", "KY", "410"), ("Blue Ash", "OH", "452")]
US_STREETS = ["Erie Ave", "Madison Rd", "Ludlow Ave", "Observatory Pl", "Delta Ave", "Linwood Ave", "Paxton Woods Dr",
              "Grandin Rd", "Kemper Ln", "Winding Creek Ct", "Whetsel Ave", "Dexter Pl"]
KY_CITIES = [("Hazard", "417"), ("Whitesburg", "418"), ("Hindman", "418"), ("Jackson", "413"), ("Harlan", "408"),
             ("Pikeville", "415"), ("Prestonsburg", "416"), ("Manchester", "409")]
KY_STREETS = ["Main St", "Hurricane Gap Rd", "Lotts Creek Rd", "Black Gold Blvd", "Kentucky Hwy 15",
              "Troublesome Creek Rd", "Bear Branch Rd", "College Hill", "Broadway St", "Carr Fork Rd"]
GB_CITIES = [("Kendal", "LA9"), ("Carlisle", "CA1"), ("Penrith", "CA11"), ("Keswick", "CA12"),
             ("Whitehaven", "CA28"), ("Ulverston", "LA12"), ("Barrow-in-Furness", "LA14"), ("Cockermouth", "CA13")]
GB_STREETS = ["Stricklandgate", "Lowther Street", "Castlegate", "Lake Road", "Tangier Street", "King Street",
              "Abbey Road", "Station Street", "Brigsteer Road", "Helvellyn Close"]
CA_CITIES = [("Halifax", "B3H"), ("Dartmouth", "B2Y"), ("Truro", "B2N"), ("Lunenburg", "B0J"),
             ("Wolfville", "B4P"), ("Antigonish", "B2G"), ("Sydney", "B1P"), ("Yarmouth", "B5A")]
CA_STREETS = ["Spring Garden Rd", "Robie St", "Quinpool Rd", "Portland St", "Pleasant St", "Inglis St",
              "Chebucto Rd", "Lower Water St", "Willow Tree Cres", "Shore Rd"]
AU_CITIES = [("Windsor", "2756"), ("Richmond", "2753"), ("North Richmond", "2754"), ("Wilberforce", "2756"),
             ("Kurrajong", "2758"), ("Pitt Town", "2756"), ("McGraths Hill", "2756"), ("Bligh Park", "2756")]
AU_STREETS = ["George St", "March St", "Bells Line of Road", "Windsor St", "Macquarie St", "Old Hawkesbury Rd",
              "Bathurst St", "Rifle Range Rd", "Kurmond Rd", "Grose Vale Rd"]
IE_CITIES = [("Kilkenny", "R95"), ("Thomastown", "R95"), ("Callan", "R95"), ("Carlow", "R93"), ("Waterford", "X91"),
             ("Clonmel", "E91"), ("Castlecomer", "R95"), ("New Ross", "Y34")]
IE_STREETS = ["Parliament Street", "John's Green", "Talbot's Inch", "Castle Road", "Bishop's Hill",
              "Loughboy Estate", "Ballyragget Road", "Green Street", "Maudlin Street", "Rose Inn Street"]
IN_CITIES = [("Kolkata", "700"), ("Howrah", "711"), ("Durgapur", "713"), ("Siliguri", "734"), ("Guwahati", "781"),
             ("Bhubaneswar", "751"), ("Patna", "800"), ("Bengaluru", "560")]
NZ_CITIES = [("Dunedin", "9016"), ("Mosgiel", "9024"), ("Oamaru", "9400"), ("Balclutha", "9230"),
             ("Alexandra", "9320"), ("Port Chalmers", "9023"), ("Queenstown", "9300"), ("Invercargill", "9810")]
NZ_STREETS = ["George Street", "Stuart Street", "Highgate", "Māori Hill Road", "Cargill Street", "Gordon Road",
              "Thames Street", "Tainui Road", "Centennial Avenue", "Larnach Road"]
FR_CITIES = [("Lyon", "69003"), ("Villeurbanne", "69100"), ("Caluire-et-Cuire", "69300"), ("Oullins", "69600"),
             ("Vénissieux", "69200"), ("Écully", "69130"), ("Bron", "69500"), ("Tassin-la-Demi-Lune", "69160")]
FR_BIRTH_PLACES = [("LYON", "69"), ("SAINT-ETIENNE", "42"), ("GRENOBLE", "38"), ("BOURG-EN-BRESSE", "01"),
                   ("PARIS", "75"), ("ALGER", "99"), ("VALENCE", "26"), ("ROANNE", "42")]
FR_STREETS = ["rue de la République", "montée de la Grande-Côte", "quai Saint-Vincent", "rue Mercière",
              "cours Lafayette", "rue des Tables Claudiennes", "avenue Berthelot", "place Sathonay",
              "impasse des Canuts", "chemin de Montauban"]
PT_CITIES = [("Braga", "4700"), ("Guimarães", "4800"), ("Barcelos", "4750"), ("Famalicão", "4760"),
             ("Esposende", "4740"), ("Vila Verde", "4730"), ("Póvoa de Lanhoso", "4830"), ("Fafe", "4820")]
PT_STREETS = ["Rua do Souto", "Avenida da Liberdade", "Largo do Paço", "Rua Dom Diogo de Sousa", "Travessa do Carmo",
              "Rua de São Vicente", "Rua Nova de Santa Cruz", "Praceta Alves Redol"]
SE_CITIES = [("Gävle", "802"), ("Sandviken", "811"), ("Valbo", "818"), ("Hofors", "813"), ("Skutskär", "814"),
             ("Bollnäs", "821"), ("Söderhamn", "826"), ("Hudiksvall", "824")]
SE_STREETS = ["Drottninggatan", "Norra Kungsgatan", "Brynäsgatan", "Villastaden", "Fjärde Tvärgatan",
              "Hemlingbyvägen", "Strömsbrovägen", "Kaserngatan"]
DK_CITIES = [("Aarhus C", "8000"), ("Aarhus N", "8200"), ("Viby J", "8260"), ("Risskov", "8240"),
             ("Højbjerg", "8270"), ("Brabrand", "8220"), ("Skødstrup", "8541"), ("Tranbjerg J", "8310")]
DK_STREETS = ["Mejlgade", "Klostergade", "Vestergade", "Frederiksbjerg Torv", "Skovvejen", "Trøjborgvej",
              "Åboulevarden", "Grønnegade", "Møllevangs Allé"]
CZ_CITIES = [("Brno", "602 00"), ("Brno", "612 00"), ("Brno", "615 00"), ("Šlapanice", "664 51"),
             ("Kuřim", "664 34"), ("Modřice", "664 42"), ("Rosice", "665 01"), ("Tišnov", "666 01")]
CZ_STREETS = ["Masarykova", "Údolní", "Kounicova", "Cejl", "Lidická", "Palackého třída", "Křenová", "Veveří",
              "Husova", "Bellova"]
GR_CITIES = [("Θεσσαλονίκη", "546 22"), ("Καλαμαριά", "551 33"), ("Εύοσμος", "562 24"), ("Πυλαία", "555 35"),
             ("Νεάπολη", "567 27"), ("Θέρμη", "570 01"), ("Σταυρούπολη", "564 30"), ("Περαία", "570 19")]
GR_STREETS = ["Εγνατίας", "Τσιμισκή", "Αγίας Σοφίας", "Μητροπόλεως", "Βασιλίσσης Όλγας", "Κασσάνδρου",
              "Ολυμπιάδος", "Ερμού", "Παύλου Μελά"]
BE_CITIES = [("Gent", "9000"), ("Sint-Amandsberg", "9040"), ("Mariakerke", "9030"), ("Merelbeke", "9820"),
             ("Deinze", "9800"), ("Lochristi", "9080"), ("Destelbergen", "9070"), ("Eeklo", "9900")]
BE_STREETS = ["Kortrijksesteenweg", "Sint-Pietersnieuwstraat", "Overpoortstraat", "Brugsesteenweg", "Coupure Links",
              "Vrijdagmarkt", "Drongensesteenweg", "Dampoortstraat", "Zwijnaardsesteenweg"]


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(2, 9_800) if lang in ("us", "ky") else g.rnd.randint(1, 160)
    if lang in ("pt", "sv", "da", "cs", "nl", "el"):
        extra = ""
        if lang == "da" and g.rnd.random() < 0.4:
            extra = f", {g.rnd.randint(1, 4)}. {g.rnd.choice(['tv', 'th', 'mf'])}"
        if lang == "pt" and g.rnd.random() < 0.4:
            extra = f", {g.rnd.randint(1, 6)}º {g.rnd.choice(['Esq', 'Dto'])}"
        if lang == "cs":
            return f"{s} {g.rnd.randint(100, 2900)}/{n}"
        return f"{s} {n}{extra}"
    if lang == "fr":
        return f"{n} {s}"
    if lang == "au" and g.rnd.random() < 0.25:
        return f"Unit {g.rnd.randint(1, 20)}/{n} {s}"
    return f"{n} {s}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    d = g.valid(make, _ssn.is_valid)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dashed else d


def us_ssn_decoy(g: Gen) -> str:
    """A receipt number shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    area = g.rnd.choice(["000", "666", f"9{g.digits(2)}"])
    return f"{area}-{g.digits(2)}-{g.digits(4)}"


def ca_sin(g: Gen) -> str:
    body = str(g.rnd.choice([1, 2, 3, 4, 5, 6, 7, 9])) + g.digits(7)
    d = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(d)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def sin_decoy(g: Gen) -> str:
    """Nine digits shaped like a SIN and failing the Luhn check (a police check reference)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 7)) + g.digits(8), lambda x: not luhn.is_valid(x))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def uk_licence(g: Gen, first: str, last: str, born: date, female: bool) -> str:
    """A GB driving licence number (DVLA layout: surname, decade, month (+50 for women), day, year, initials)."""
    letters = "".join(ch for ch in fold(last).upper() if ch.isalpha())
    head = (letters + "99999")[:5]
    month = born.month + (50 if female else 0)
    initials = (fold(first).upper()[:1] + g.rnd.choice(["9", "9", "A", "J", "M"]))
    return f"{head}{str(born.year)[2]}{month:02d}{born.day:02d}{str(born.year)[3]}{initials}9{g.code('AA')}"


def au_licence(g: Gen) -> str:
    """An NSW driver licence number (by shape only: eight digits)."""
    return str(g.rnd.randint(1, 9)) + g.digits(7)


def pps(g: Gen) -> str:
    return g.valid(lambda: g.digits(7) + g.rnd.choice(string.ascii_uppercase[:23]) + g.rnd.choice(["", "", "A"]),
                   _pps.is_valid)


def aadhaar(g: Gen, spaced: bool = True) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if spaced else d


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (a booking reference)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def in_passport(g: Gen) -> str:
    return g.rnd.choice("JKLMNPRSTUVWZ") + g.digits(7)


def ird(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(10, 149)) + g.digits(6), _ird.is_valid)
    return _ird.format(d)


def ird_decoy(g: Gen) -> str:
    """Nine digits laid out like an IRD number and failing its check (a recording reference)."""
    d = g.valid(lambda: str(g.rnd.randint(100, 149)) + g.digits(6), lambda x: not _ird.is_valid(x))
    return _ird.format(d)


def nir(g: Gen, born: date, female: bool, dept: str) -> str:
    commune = f"{g.rnd.randint(1, 400):03d}"
    body = f"{2 if female else 1}{born.year % 100:02d}{born.month:02d}{dept}{commune}{g.rnd.randint(1, 999):03d}"
    d = body + _nir.calc_check_digits(body)
    assert _nir.is_valid(d)
    return d


def siret(g: Gen) -> str:
    return g.valid(lambda: g.digits(14), _siret.is_valid)


def pt_nif(g: Gen, first: str = "12") -> str:
    return g.valid(lambda: g.rnd.choice(first) + g.digits(8), _nif.is_valid)


def pt_nif_decoy(g: Gen) -> str:
    """Nine digits starting like a person's NIF and failing its check (a reader's card number)."""
    return g.valid(lambda: g.rnd.choice("12") + g.digits(8), lambda x: not _nif.is_valid(x))


def pt_cc(g: Gen) -> str:
    d = g.valid(lambda: g.digits(8) + g.digits(1) + g.code("AA") + g.digits(1), _cc.is_valid)
    return _cc.format(d)


def personnummer(g: Gen, born: date) -> str:
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{g.digits(3)}"
    d = f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"
    assert _pnr.is_valid(d)
    return d


def personnummer_decoy(g: Gen) -> str:
    """Ten digits laid out like a personnummer whose date part is no date (a member number)."""
    return f"{g.rnd.randint(0, 99):02d}{g.rnd.randint(13, 99):02d}{g.digits(2)}-{g.digits(4)}"


def se_orgnr(g: Gen) -> str:
    body = "80" + g.digits(7)
    d = body + luhn.calc_check_digit(body)
    assert _orgnr.is_valid(d)
    return f"{d[:6]}-{d[6:]}"


def cpr(g: Gen, born: date) -> str:
    first = str(g.rnd.randint(0, 3)) if born.year < 2000 else "4"
    d = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{first}{g.digits(3)}"
    assert _cpr.is_valid(d)
    return f"{d[:6]}-{d[6:]}"


def cpr_decoy(g: Gen) -> str:
    """Ten digits laid out like a CPR number whose date part is no date (a key card number)."""
    return f"{g.rnd.randint(32, 99):02d}{g.digits(4)}-{g.digits(4)}"


def cvr(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(7), _cvr.is_valid)


def rodne_cislo(g: Gen, born: date, female: bool) -> str:
    head = f"{born.year % 100:02d}{born.month + (50 if female else 0):02d}{born.day:02d}"
    d = g.valid(lambda: head + g.digits(3 if born.year < 1954 else 4), _rc.is_valid)
    return f"{d[:6]}/{d[6:]}"


def rc_decoy(g: Gen) -> str:
    """Ten digits laid out like a rodné číslo and failing it (a library card number)."""
    d = g.valid(lambda: "25" + g.digits(8), lambda x: not _rc.is_valid(x))
    return f"{d[:6]}/{d[6:]}"


def ico(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 8)) + g.digits(7), _dic.is_valid)


def amka(g: Gen, born: date, female: bool) -> str:
    sex = g.rnd.choice("02468" if female else "13579")
    body = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{g.digits(3)}{sex}"
    d = body + luhn.calc_check_digit(body)
    assert _amka.is_valid(d)
    return d


def amka_decoy(g: Gen) -> str:
    """Eleven digits failing AMKA's check (a receipt number)."""
    return g.valid(lambda: "2025" + g.digits(7), lambda x: not _amka.is_valid(x))


def afm(g: Gen, first: str = "01") -> str:
    return g.valid(lambda: g.rnd.choice(first) + g.digits(8), _gr_vat.is_valid)


def rrn(g: Gen, born: date, female: bool) -> str:
    counter = g.rnd.randrange(2 if female else 1, 998, 2)
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{counter:03d}"
    base = int(("2" if born.year >= 2000 else "") + body)
    d = body + f"{97 - base % 97:02d}"
    assert _nn.is_valid(d)
    return f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}"


def rrn_decoy(g: Gen) -> str:
    """Eleven digits laid out like a Belgian national number and failing its check (a member number)."""
    d = g.valid(lambda: f"{g.rnd.randint(40, 99)}{g.rnd.randint(1, 12):02d}{g.rnd.randint(1, 28):02d}" + g.digits(5),
                lambda x: not _nn.is_valid(x))
    return f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}"


def kbo(g: Gen) -> str:
    d = g.valid(lambda: "0" + g.digits(9), _be_vat.is_valid)
    return f"{d[:4]}.{d[4:7]}.{d[7:]}"


def iban(g: Gen, country: str) -> str:
    """An IBAN of ``country`` with a made-up bank and account (national check digits computed where stdnum checks
    them)."""
    if country == "BE":
        head = g.rnd.choice(["001", "068", "363", "734", "735", "143"]) + g.digits(7)
        bban = head + f"{int(head) % 97 or 97:02d}"
    elif country == "FR":
        bank, branch, account = g.rnd.choice(["30004", "30002", "10278", "16807"]), g.digits(5), g.digits(11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
        bban = f"{bank}{branch}{account}{key:02d}"
    elif country == "IE":
        bban = g.rnd.choice(["AIBK", "BOFI", "IPBS"]) + g.digits(6) + g.digits(8)
    elif country == "GR":
        bban = g.rnd.choice(["011", "017", "026", "014"]) + g.digits(4) + g.digits(16)
    else:
        raise ValueError(country)
    number = country + "00" + bban
    number = country + _iban.calc_check_digits(number) + bban
    assert _iban.is_valid(number), number
    spaced = " ".join(number[i:i + 4] for i in range(0, len(number), 4))
    return spaced if g.rnd.random() < 0.5 else number


def card(g: Gen) -> str:
    def make() -> str:
        body = g.rnd.choice(["4", "51", "52", "53", "54", "55"]) + ""
        body += g.digits(15 - len(body))
        return body + luhn.calc_check_digit(body)

    d = make()
    return " ".join(d[i:i + 4] for i in range(0, 16, 4)) if g.rnd.random() < 0.5 else d


def isbn13(g: Gen) -> str:
    body = g.rnd.choice(["978014", "978185", "978094", "978067"]) + g.digits(6)
    d = body + str((10 - sum(int(ch) * (3 if i % 2 else 1) for i, ch in enumerate(body)) % 10) % 10)
    assert _isbn.is_valid(d)
    return d


# -- cultural-institution vocabulary (written for v115) ----------------------------------------------------------------

ARTWORKS = ["Untitled (Ohio River, Dusk)", "Study for a Porch", "Still Life with Quince", "Barge at Fulton",
            "Covered Jar, celadon", "Portrait of a Young Woman (after Duveneck)", "Rookwood Vase, iris glaze",
            "Three Figures in Snow", "Quilt, Log Cabin pattern", "Map of the Miami Canal"]
APPRAISERS = ["Queen City Fine Art Appraisals", "Hyde Park Valuation Group", "Riverside Estate Appraisers LLC"]
RESEARCH_TOPICS = ["Parish registers 1760-1840", "Lowther estate papers", "Railway company minutes",
                   "Quarter sessions records", "Enclosure maps", "School log books", "Mining company plans",
                   "Turnpike trust accounts", "Poor law union records", "Shipping registers, Whitehaven"]
SHOP_PRODUCTS = [("HT-MUG-012", "Castle mug"), ("HT-TEA-004", "Medieval Mile tea towel"),
                 ("HT-BK-117", "Guidebook (2nd ed.)"), ("HT-PRN-031", "Rothe House print A3"),
                 ("HT-TOTE-008", "Canvas tote, Kilkenny cat"), ("HT-PEN-002", "Brass pen")]
CALL_NUMBERS = ["976.9 HAR", "FIC STI", "929.2 COM", "B CAU", "JE SEU", "641.5 APP", "LP FIC KIN", "DVD 973.7 CIV"]
LAND_TITLES = ["Cestovní deník", "Dějiny Brna", "Babička", "Krakatit", "Saturnin", "Válka s mloky"]
