"""Values of held-out set v104 (:mod:`benchmarks.classification.heldout_v104`): v104's random source, and names,
streets, cities, registry offices and free-text snippets written by hand for v104's civil registration and notarial
systems (no Faker, no list of real people, no breach data), phones checked with phonenumbers and identifiers with
check digits computed and checked with python-stdnum.

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
from stdnum.au import abn as _abn
from stdnum.au import tfn as _tfn
from stdnum.ca import sin as _sin
from stdnum.de import idnr as _idnr
from stdnum.es import dni as _dni
from stdnum.fr import nir as _nir
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _afm
from stdnum.ie import pps as _pps
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.it import codicefiscale as _cf
from stdnum.nl import bsn as _bsn
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _zaid

from benchmarks.classification.heldout_v2 import Column

SEED = 104_731_2026
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v104's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNK", "?",
    "not stated", "nil", "0", "k.A.", "unbekannt", "inconnu", "néant", "desconocido", "sin datos", "non noto",
    "nessuno", "brak", "nieznany", "onbekend", "geen", "άγνωστο", "not known", "Not recorded")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v104:{SEED}:{table}")

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
        keep = max(len(nsn) - 7, 1) if region in ("US", "CA") else max(len(nsn) - 6, 1)

        def make() -> str:
            if region == "US":
                return self.rnd.choice(US_AREAS) + str(self.rnd.randint(2, 9)) + self.digits(6)
            if region == "CA":
                return self.rnd.choice(CA_AREAS) + str(self.rnd.randint(2, 9)) + self.digits(6)
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


    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


US_AREAS = ["512", "737", "210", "254", "830", "361"]
CA_AREAS = ["416", "647", "437", "905", "289", "613", "343"]

# -- names (written for v104) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Beckett", "Jaxon", "Ezequiel", "Thaddeus", "Koa", "Darnell", "Ruslan", "Wyatt", "Cruz", "Anselm"],
           ["Marisela", "Kinsley", "Lorraine", "Dalisay", "Araceli", "Tessaly", "Brynlee", "Quanisha", "Ofelia",
            "Harlow"],
           ["Villarreal", "Pettibone", "Okoro-Lindqvist", "Garza", "Strickland", "Tijerina", "Boatwright", "Vo",
            "Kettleson", "Marroquín", "Dunlavy", "Eberhardt", "Ybarra", "Whitfield", "Castañeda"]),
    "gb": (["Harvey", "Ellis", "Ibrahim", "Rupert", "Ciaran", "Jenson", "Dominic", "Oakley"],
           ["Phoebe", "Matilda", "Zara", "Harriet", "Bethan", "Ffion", "Amara", "Lottie"],
           ["Thistlewood", "Amesbury", "Okoye", "Fennimore", "Rahman", "Grimshaw", "Lockyer", "Pendlebury",
            "Chowdhury", "Attwater", "Hebblethwaite", "Marchbank"]),
    "ca": (["Jérôme", "Harjit", "Callum", "Anatole", "Wei", "Desmond", "Yaroslav", "Omar"],
           ["Geneviève", "Simran", "Rosalie", "Keira", "Mei", "Océane", "Nasrin", "Tamsin"],
           ["Bélanger", "Dhaliwal", "MacIsaac", "Thibodeau", "Lau-Pereira", "Rahimi", "Grandbois", "Wozniak",
            "Arseneault", "Mukherjee", "Cardinal", "McCaffrey"]),
    "au": (["Lachlan", "Hamish", "Kieran", "Tuan", "Jarrah", "Costa", "Bailey", "Ravi"],
           ["Matilda", "Skye", "Indigo", "Thuy", "Georgina", "Kirra", "Eleni", "Tahlia"],
           ["Haddrick", "Nguyen", "Papadakis", "Tregear", "Wollaston", "McGillivray", "Singh-Bowen", "Corrigan",
            "Vella", "Brockhurst", "Tran", "Dunstan"]),
    "ie": (["Eoin", "Cormac", "Pádraig", "Dónal", "Senan", "Rory", "Tomasz", "Fionn"],
           ["Siobhán", "Caoimhe", "Nuala", "Bríd", "Éabha", "Deirdre", "Zofia", "Ailbhe"],
           ["Ó Briain", "Mac Fhlannchadha", "Gallagher", "Costigan", "Ní Dhomhnaill", "Furlong", "Tuohy",
            "Keohane", "Dwyer", "Lenihan", "Kamińska", "Moriarty"]),
    "in": (["Aniruddha", "Prasad", "Omkar", "Nilesh", "Sameer", "Tejas", "Javed", "Shrikant"],
           ["Sayali", "Madhuri", "Rutuja", "Aparna", "Shabnam", "Vaishnavi", "Gauri", "Nandini"],
           ["Kulkarni", "Joshi", "Gokhale", "Patwardhan", "Shaikh", "Bhosale", "Deshmukh", "Pawar", "Jadhav",
            "Apte", "Khare", "Ranade"]),
    "za": (["Sipho", "Thabo", "Pieter", "Lwazi", "Mandla", "Riaan", "Kagiso", "Yusuf"],
           ["Nomvula", "Thandeka", "Annelie", "Lerato", "Zanele", "Chantelle", "Palesa", "Fatima"],
           ["Mokoena", "van der Merwe", "Dlamini", "Botha", "Nkosi", "Pillay", "Khumalo", "du Plessis", "Mahlangu",
            "Petersen", "Ndlovu", "Jacobs"]),
    "ng": (["Emeka", "Olumide", "Yakubu", "Chidi", "Adebayo", "Segun", "Nnamdi", "Usman"],
           ["Chinwe", "Folake", "Zainab", "Ifeoma", "Bukola", "Amina", "Nkechi", "Temitope"],
           ["Adebisi", "Okeke", "Lawal", "Anyanwu", "Ogunbiyi", "Suleiman", "Obi", "Fashola", "Eze-Okafor",
            "Oyelaran", "Danladi", "Akpan"]),
    "de": (["Korbinian", "Maximilian", "Vitus", "Florian", "Deniz", "Quirin", "Benedikt", "Marek"],
           ["Theresa", "Veronika", "Kathrin", "Amelie", "Elif", "Franziska", "Magdalena", "Rosina"],
           ["Huber", "Obermaier", "Stadler", "Kreuzpointner", "Wimmer", "Aydın", "Schöttl", "Brandlhuber",
            "Reisinger", "Pfaffinger", "Zellner", "Moosbrugger"]),
    "fr": (["Baptiste", "Grégoire", "Karim", "Théo", "Édouard", "Rémi", "Sofiane", "Lucien"],
           ["Apolline", "Bérénice", "Inès", "Margaux", "Sidonie", "Léonie", "Nawel", "Capucine"],
           ["Delaunay", "Haddad", "Fournier-Roux", "Marchetti", "Lemaire", "Benali", "Courtois", "Vasseur",
            "Giraudeau", "Lacombe", "Perrot", "Ndiaye"]),
    "es": (["Álvaro", "Rafael", "Curro", "Íñigo", "Manuel", "Jesús", "Adrián", "Rocío"],
           ["Macarena", "Triana", "Consuelo", "Lucía", "Esperanza", "Reyes", "Amparo", "Nerea"],
           ["Fernández", "Romero", "Jiménez", "Ortega", "Morales", "Cabrera", "Delgado", "Rivas", "Gallardo",
            "Benítez", "Lozano", "Carmona"]),
    "it": (["Gianluca", "Matteo", "Rodrigo", "Vinícius", "Lorenzo", "Emanuele", "Thiago", "Salvatore"],
           ["Giulia", "Chiara", "Beatriz", "Francesca", "Larissa", "Alessandra", "Mariana", "Serena"],
           ["Bianchi", "Ferraro", "Colombo", "Esposito", "Rinaldi", "Marchetti", "Greco", "Lombardi", "Conti",
            "Moretti", "Barbieri", "Galli"]),
    "pl": (["Bartłomiej", "Grzegorz", "Szymon", "Wojciech", "Krzysztof", "Jędrzej", "Mateusz", "Zbigniew"],
           ["Małgorzata", "Agnieszka", "Zofia", "Katarzyna", "Jadwiga", "Żaneta", "Urszula", "Halina"],
           ["Wójcik", "Kowalczyk", "Zieliński", "Szymańska", "Dąbrowski", "Pawlak", "Michalska", "Grabowski",
            "Jabłońska", "Krawczyk", "Sobczak", "Wróbel"]),
    "nl": (["Joris", "Sander", "Mohamed", "Thijs", "Anil", "Bram", "Kwame", "Ruben"],
           ["Femke", "Lotte", "Yasmina", "Sanne", "Ilse", "Merel", "Priya", "Noor"],
           ["de Vries", "van Dijk", "Bakker", "El Amrani", "Visser", "Janssen", "Öztürk", "van den Berg", "Mulder",
            "Hoekstra", "Kramer", "Boateng"]),
    "el": (["Γιώργος", "Δημήτρης", "Νίκος", "Κώστας", "Θανάσης", "Παναγιώτης", "Στέλιος", "Βασίλης"],
           ["Μαρία", "Ελένη", "Κατερίνα", "Σοφία", "Δέσποινα", "Αγγελική", "Βασιλική", "Χρυσούλα"],
           ["Παπαδόπουλος", "Γεωργίου", "Οικονόμου", "Καραγιάννης", "Βασιλείου", "Δημητρίου", "Αθανασίου",
            "Μακρής", "Τσολάκης", "Ζαχαρίου", "Χατζηδάκης", "Σαμαράς"]),
}


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``."""
    male, fem, fam = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.5
    return g.rnd.choice(fem if female else male), g.rnd.choice(fam)


def whole(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


_GREEK = str.maketrans({"α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i",
                        "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
                        "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o"})


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text).translate(_GREEK) if ch.isascii() and (ch.isalnum() or ch == "."))


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(70, 99)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(first)}.{plain(last)}@{domain}"


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "att.net", "icloud.com"],
    "gb": ["gmail.com", "hotmail.co.uk", "btinternet.com", "sky.com", "outlook.com"],
    "ca": ["gmail.com", "rogers.com", "bell.net", "hotmail.ca", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "optusnet.com.au", "outlook.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net"],
    "ng": ["gmail.com", "yahoo.com", "hotmail.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "es": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
    "it": ["gmail.com", "libero.it", "uol.com.br", "hotmail.com", "virgilio.it"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "gmail.com", "o2.pl"],
    "nl": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl"],
    "el": ["gmail.com", "otenet.gr", "yahoo.gr", "hotmail.com"],
}

# -- places (written for v104) -----------------------------------------------------------------------------------------

#: (city, county, ZIP prefix) in central Texas
US_CITIES = [("Austin", "Travis", "787"), ("Pflugerville", "Travis", "786"), ("Round Rock", "Williamson", "786"),
             ("San Marcos", "Hays", "786"), ("Kyle", "Hays", "786"), ("Bastrop", "Bastrop", "786"),
             ("Georgetown", "Williamson", "786"), ("Lakeway", "Travis", "787")]
US_STREETS = ["Bluebonnet Ln", "W Slaughter Ln", "Mesquite Ridge Dr", "Pecan Hollow Ct", "S Congress Ave",
              "Comanche Trail", "Ranch Road 620", "Barton Skyway", "Limestone Bluff Dr", "Old Spicewood Rd"]
GB_CITIES = [("Southport", "PR8"), ("Harrogate", "HG1"), ("Stevenage", "SG1"), ("Taunton", "TA1"),
             ("Kettering", "NN16"), ("Lowestoft", "NR32"), ("Basingstoke", "RG21"), ("Wrexham", "LL11")]
GB_STREETS = ["Lord Street", "Cold Bath Road", "Fairlands Way", "Priory Avenue", "Rockingham Road", "Kirkley Run",
              "Winchester Street", "Rhosddu Road", "Tithebarn Close", "Mulberry Gardens"]
CA_CITIES = [("Toronto", "M4C"), ("Mississauga", "L5B"), ("Ottawa", "K1S"), ("Hamilton", "L8P"),
             ("Brampton", "L6Y"), ("Oshawa", "L1H"), ("Guelph", "N1H"), ("Markham", "L3R")]
CA_STREETS = ["Danforth Ave", "Burnhamthorpe Rd W", "Bank St", "Locke St S", "Queen St E", "Simcoe St N",
              "Gordon St", "Highglen Ave", "Sherbourne St", "Elgin Mills Rd"]
AU_CITIES = [("Parramatta", "NSW", "2150"), ("Wollongong", "NSW", "2500"), ("Newcastle", "NSW", "2300"),
             ("Penrith", "NSW", "2750"), ("Gosford", "NSW", "2250"), ("Orange", "NSW", "2800"),
             ("Dubbo", "NSW", "2830"), ("Chatswood", "NSW", "2067")]
AU_STREETS = ["Church St", "Crown St", "Hunter St", "High St", "Mann St", "Summer St", "Macquarie St",
              "Victoria Ave", "Wattle Grove", "Banksia Cres"]
IE_CITIES = [("Cork", "T12"), ("Mallow", "P51"), ("Kilkenny", "R95"), ("Waterford", "X91"), ("Clonmel", "E91"),
             ("Dungarvan", "X35"), ("Youghal", "P36"), ("Bandon", "P72")]
IE_STREETS = ["Douglas Road", "Bóthar an Bhaile", "Patrick's Hill", "Bishopstown Avenue", "John Street",
              "Ard Mhuire", "Blackpool Terrace", "Gracedieu Road", "Ballinlough Lawn", "Sráid an Mhuilinn"]
IN_CITIES = [("Pune", "411"), ("Pimpri-Chinchwad", "411"), ("Satara", "415"), ("Kolhapur", "416"),
             ("Nashik", "422"), ("Ahmednagar", "414")]
IN_STREETS = ["FC ROAD", "KARVE ROAD", "SINHAGAD ROAD", "BANER ROAD", "SHIVAJI NAGAR LANE 3", "KOTHRUD DEPOT RD",
              "AUNDH ITI ROAD", "NAGAR ROAD"]
ZA_CITIES = [("Johannesburg", "2001"), ("Soweto", "1804"), ("Pretoria", "0002"), ("Benoni", "1501"),
             ("Randburg", "2194"), ("Germiston", "1401")]
ZA_STREETS = ["Vilakazi Street", "Jan Smuts Avenue", "Church Street", "Rivonia Road", "Louis Botha Avenue",
              "Commissioner Street", "Protea Crescent", "Kerk Street"]
NG_CITIES = ["Ikeja", "Surulere", "Lekki", "Yaba", "Ikorodu", "Epe", "Badagry", "Alimosho"]
NG_STREETS = ["Allen Avenue", "Adeniran Ogunsanya Street", "Admiralty Way", "Herbert Macaulay Way",
              "Ayangburen Road", "Awolowo Way", "Ogunlana Drive", "Isaac John Street"]
DE_CITIES = [("München", "80"), ("Freising", "85"), ("Dachau", "85"), ("Erding", "85"), ("Starnberg", "82"),
             ("Garching b. München", "85")]
DE_STREETS = ["Leopoldstraße", "Nymphenburger Straße", "Am Moosfeld", "Kapuzinerplatz", "Wörthstraße",
              "Untere Hauptstraße", "Rosenheimer Straße", "Fraunhoferstraße"]
FR_CITIES = [("Lyon", "69003"), ("Villeurbanne", "69100"), ("Vénissieux", "69200"), ("Bron", "69500"),
             ("Caluire-et-Cuire", "69300"), ("Écully", "69130")]
FR_STREETS = ["rue de la République", "cours Lafayette", "rue Garibaldi", "avenue Jean Jaurès", "montée de la Grande Côte",
              "rue Paul Bert", "quai Saint-Vincent", "impasse des Canuts"]
ES_CITIES = [("Sevilla", "41"), ("Dos Hermanas", "41"), ("Alcalá de Guadaíra", "41"), ("Utrera", "41"),
             ("Écija", "41"), ("Mairena del Aljarafe", "41")]
ES_STREETS = ["Calle Feria", "Avenida de la Constitución", "Calle Betis", "Calle San Jacinto", "Plaza del Pumarejo",
              "Calle Sierpes", "Avenida Kansas City", "Calle Castilla"]
BR_CITIES = [("São Paulo", "01"), ("Santo André", "09"), ("Campinas", "13"), ("Guarulhos", "07"),
             ("São Bernardo do Campo", "09"), ("Jundiaí", "13")]
BR_STREETS = ["Rua Augusta", "Avenida Paulista", "Rua da Mooca", "Rua Oscar Freire", "Alameda Santos",
              "Rua Bela Cintra", "Avenida Brigadeiro Faria Lima", "Rua Teodoro Sampaio"]
IT_COMUNI = ["H501", "F205", "L219", "D612", "F839", "A662", "G273", "C351"]
PL_CITIES = [("Kraków", "30"), ("Wieliczka", "32"), ("Skawina", "32"), ("Tarnów", "33"), ("Nowy Sącz", "33"),
             ("Oświęcim", "32")]
PL_STREETS = ["ul. Floriańska", "ul. Długa", "os. Złotego Wieku", "ul. Krowoderska", "al. Pokoju", "ul. Mogilska",
              "ul. Wadowicka", "ul. Zakopiańska"]
NL_CITIES = [("Utrecht", "35"), ("Nieuwegein", "34"), ("Zeist", "37"), ("Houten", "39"), ("IJsselstein", "34"),
             ("Maarssen", "36")]
NL_STREETS = ["Oudegracht", "Amsterdamsestraatweg", "Kanaalweg", "Biltstraat", "Overvecht-Centrum",
              "Croeselaan", "Vleutenseweg", "Jutfaseweg"]
GR_CITIES = [("Θεσσαλονίκη", "54"), ("Καλαμαριά", "55"), ("Εύοσμος", "56"), ("Πυλαία", "55"), ("Σταυρούπολη", "56"),
             ("Νεάπολη", "56")]
GR_STREETS = ["Εγνατία", "Τσιμισκή", "Αγίας Σοφίας", "Βασιλίσσης Όλγας", "Μητροπόλεως", "Δελφών",
              "Παπαναστασίου", "Κασσάνδρου"]


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(100, 14_800) if lang == "us" else g.rnd.randint(1, 160)
    if lang in ("fr",):
        return f"{n} {s}"
    if lang in ("es", "de", "pl", "nl", "el", "it"):
        return f"{s} {n}" if lang != "es" else f"{s}, {n}"
    if lang == "br":
        return f"{s}, {n}"
    if lang == "in":
        return f"FLAT {g.rnd.randint(1, 40)}, {g.rnd.randint(1, 900)} {s}"
    return f"{n} {s}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    d = g.valid(make, _ssn.is_valid)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dashed else d


def us_ssn_decoy(g: Gen) -> str:
    """A licence or file number shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    area = g.rnd.choice(["000", "666", f"9{g.digits(2)}"])
    return f"{area}-{g.digits(2)}-{g.digits(4)}"


def ca_sin(g: Gen) -> str:
    body = str(g.rnd.choice([1, 2, 3, 4, 5, 6, 7, 9])) + g.digits(7)
    d = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(d)
    return f"{d[:3]}-{d[3:6]}-{d[6:]}"


def luhn_decoy(g: Gen, n: int, first: str = "123456789") -> str:
    """``n`` digits failing the Luhn check (shaped like a SIN or a South African ID)."""
    return g.valid(lambda: g.rnd.choice(first) + g.digits(n - 1), lambda x: not luhn.is_valid(x))


def tfn(g: Gen) -> str:
    d = g.valid(lambda: g.digits(9), _tfn.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def abn(g: Gen) -> str:
    body = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(8), lambda x: True)
    d = _abn.calc_check_digits(body) + body
    assert _abn.is_valid(d)
    return _abn.format(d)


def pps(g: Gen) -> str:
    return g.valid(lambda: g.digits(7) + g.rnd.choice(string.ascii_uppercase[:23]) + g.rnd.choice(["", "", "A"]),
                   _pps.is_valid)


def aadhaar(g: Gen, spaced: bool = True) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if spaced else d


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (a registration or receipt number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def za_id(g: Gen, born: date, female: bool) -> str:
    def make() -> str:
        seq = g.rnd.randint(0, 4999) if female else g.rnd.randint(5000, 9999)
        body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:04d}{g.rnd.choice('0001')}8"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, lambda x: _zaid.is_valid(x) and _zaid.get_birth_date(x) == born)


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits shaped like a South African ID (a plausible date) failing the Luhn check."""
    def make() -> str:
        d = g.birth(1950, 2004)
        return f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{g.digits(4)}08{g.digits(1)}"

    return g.valid(make, lambda x: not luhn.is_valid(x))


def idnr(g: Gen) -> str:
    def make() -> str:
        ds = list("0123456789")
        g.rnd.shuffle(ds)
        head = ds[:9]
        head.insert(g.rnd.randint(0, 9), g.rnd.choice(head))
        body = "".join(head)
        if body[0] == "0":
            body = body[1:] + body[0]
        from stdnum.iso7064 import mod_11_10
        return body + mod_11_10.calc_check_digit(body)

    d = g.valid(make, _idnr.is_valid)
    return f"{d[:2]} {d[2:5]} {d[5:8]} {d[8:]}" if g.rnd.random() < 0.4 else d


def iban(g: Gen, country: str, bban: Callable[[], str]) -> str:
    def make() -> str:
        b = bban()
        return country + _iban.calc_check_digits(country + "00" + b) + b

    d = g.valid(make, _iban.is_valid)
    return _iban.format(d) if g.rnd.random() < 0.5 else d


def nir(g: Gen, born: date, female: bool) -> str:
    body = f"{2 if female else 1}{born.year % 100:02d}{born.month:02d}{g.rnd.choice(['69', '75', '38', '99'])}" \
           f"{g.rnd.randint(1, 300):03d}{g.rnd.randint(1, 999):03d}"
    d = body + _nir.calc_check_digits(body)
    assert _nir.is_valid(d)
    return d


def dni(g: Gen) -> str:
    body = f"{g.rnd.randint(10_000_000, 79_999_999)}"
    return body + _dni.calc_check_digit(body)


def dni_decoy(g: Gen) -> str:
    """Eight digits and a letter failing the DNI's check letter (an apostille file number)."""
    return g.valid(lambda: g.digits(8) + g.rnd.choice("TRWAGMYFPDXBNJZSQVHLCKE"), lambda x: not _dni.is_valid(x))


_CF_MONTHS = "ABCDEHLMPRST"


def codice_fiscale(g: Gen, first: str, last: str, born: date, female: bool) -> str:
    def letters(text: str) -> tuple[str, str]:
        t = "".join(ch for ch in fold(text).upper() if ch.isalpha())
        return "".join(ch for ch in t if ch not in "AEIOU"), "".join(ch for ch in t if ch in "AEIOU")

    def part(text: str, given_name: bool) -> str:
        cons, vows = letters(text)
        if given_name and len(cons) >= 4:
            cons = cons[0] + cons[2] + cons[3]
        return (cons + vows + "XXX")[:3]

    day = born.day + (40 if female else 0)
    body = f"{part(last, False)}{part(first, True)}{born.year % 100:02d}{_CF_MONTHS[born.month - 1]}{day:02d}" \
           f"{g.rnd.choice(IT_COMUNI + ['Z602', 'Z602'])}"
    d = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(d)
    return d


def pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    sex = g.rnd.choice("02468" if female else "13579")
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}{sex}"
    d = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(d)
    return d


def pesel_decoy(g: Gen) -> str:
    """Eleven digits failing PESEL's check (a repertory or register entry number)."""
    return g.valid(lambda: g.digits(11), lambda x: not _pesel.is_valid(x))


def nip(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(9), _nip.is_valid)
    return f"{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:]}"


def bsn(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), _bsn.is_valid)


def bsn_decoy(g: Gen) -> str:
    """Nine digits failing the BSN's eleven test (a V-number or zaak number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), lambda x: not _bsn.is_valid(x))


def amka(g: Gen, born: date, female: bool) -> str:
    def make() -> str:
        sex = g.rnd.choice("02468" if female else "13579")
        body = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{g.digits(3)}{sex}"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _amka.is_valid)


def afm(g: Gen) -> str:
    body = str(g.rnd.randint(0, 1)) + g.digits(7)
    d = body + _afm.calc_check_digit(body)
    assert _afm.is_valid(d)
    return d


def card(g: Gen) -> str:
    """A payment card number passing Luhn (Visa or Mastercard prefixes)."""
    body = g.rnd.choice(["4", "4", "51", "53", "55"])
    body += g.digits(15 - len(body))
    d = body + luhn.calc_check_digit(body)
    return d if g.rnd.random() < 0.5 else " ".join(d[i:i + 4] for i in range(0, 16, 4))
