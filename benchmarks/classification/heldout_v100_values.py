"""Values of held-out set v100 (:mod:`benchmarks.classification.heldout_v100`): v100's random source, and names,
streets, cities, organisations and free-text snippets written by hand for v100's fraud, anti-money-laundering and
trust and safety systems (no Faker, no list of real people, no breach data), phones checked with phonenumbers and
identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers follow v98's (copied, reseeded); the lists below are new.
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
from stdnum.au import tfn as _tfn
from stdnum.ca import sin as _sin
from stdnum.de import idnr as _idnr
from stdnum.es import ccc as _ccc
from stdnum.es import cif as _cif
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.fr import nir as _nir
from stdnum.fr import siren as _siren
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _afm
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import gstin as _gstin
from stdnum.in_ import pan as _pan
from stdnum.nl import bsn as _bsn
from stdnum.nz import ird as _ird
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.pl import regon as _regon
from stdnum.tr import tckimlik as _tck
from stdnum.tr import vkn as _vkn
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _zaid

from benchmarks.classification.heldout_v2 import Column

SEED = 100_2203_2026
N = "none"
#: a login or handle (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v100's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNK", "?",
    "not provided", "declined", "nil", "0", "000000000", "00000000", "k.A.", "unbekannt", "inconnu", "NR",
    "desconocido", "sin datos", "brak", "nieznany", "bilinmiyor", "yok", "άγνωστο", "-/-", "onbekend", "geen",
    "anonymous", "withheld")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v100:{SEED}:{table}")

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


US_AREAS = ["214", "469", "972", "817", "512", "713", "281", "210"]
CA_AREAS = ["204", "431", "306", "639"]

# -- names (written for v100) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Travis", "Jaylen", "Cody", "Ezequiel", "Hollis", "Deshawn", "Brantley", "Quang", "Ravi", "Wyatt"],
           ["Kaylee", "Marisela", "Brandi", "Tamika", "Oakley", "Graciela", "Savannah", "Lupita", "Renata", "Dakota"],
           ["Threadgill", "Villarreal", "Ochsner", "McBride-Lunt", "Gonzales", "Stuckey", "Huynh", "Castleberry",
            "Pennington", "Okwuosa", "Dubose", "Garza", "Kimbrough", "Lindahl", "Seay"]),
    "ca": (["Brayden", "Tyson", "Harjit", "Rémi", "Dallas", "Oleksandr", "Kiefer", "Jomar"],
           ["Kenzie", "Taryn", "Manpreet", "Josée", "Olena", "Dawna", "Mikaela", "Rosalie"],
           ["Wiebe", "Friesen", "Hrynchuk", "Dhaliwal", "Bergeron-Falk", "Kowalchuk", "Thiessen", "Ducharme",
            "Sawatzky", "Bearchild", "Lavallee", "Penner"]),
    "gb": (["Jamal", "Ollie", "Rory", "Kieran", "Hamza", "Dominic", "Reuben", "Tomasz"],
           ["Jodie", "Tilly", "Shannon", "Amira", "Kerry-Ann", "Ffion", "Lottie", "Precious"],
           ["Haworth", "Mensah", "Bellingham", "Rashid", "Cottrell", "Ellwood", "Quigley", "Nwankwo", "Pickering",
            "Sandhu-Reid", "Thwaite", "Marchbank"]),
    "au": (["Brodie", "Kane", "Lachie", "Dimitri", "Tuan", "Hamish", "Bailey", "Jarrah"],
           ["Tegan", "Shari", "Kirra", "Mei-Lin", "Chantelle", "Jacinta", "Bronwyn", "Alinta"],
           ["Fitzsimmons", "Papadakis", "Nguyen-Walsh", "Trevaskis", "O'Loughlin", "Kyriacou", "Brennan-Hall",
            "Lomax", "Ashdown", "Tran", "Cardamone", "Pyke"]),
    "in": (["Nikhil", "Aditya", "Sandeep", "Faizan", "Pranav", "Gaurav", "Hemant", "Yusuf"],
           ["Divya", "Nandini", "Sneha", "Ruksar", "Tanvi", "Priya", "Swati", "Geetanjali"],
           ["Agarwal", "Khandelwal", "Mehta", "Jaiswal", "Shaikh", "Nair", "Bhattacharya", "Goyal", "Patil",
            "Trivedi", "Ansari", "Reddy"]),
    "za": (["Sipho", "Thabo", "Pieter", "Mandla", "Riaan", "Lwazi", "Themba", "Yusuf"],
           ["Nomvula", "Lerato", "Anri", "Thandeka", "Zanele", "Marietjie", "Palesa", "Fatima"],
           ["Mokoena", "van der Merwe", "Nkosi", "Botha", "Dlamini", "Naidoo", "Khumalo", "Pretorius", "Mahlangu",
            "Steyn", "Ngcobo", "Petersen"]),
    "nz": (["Tāne", "Nikau", "Jesse", "Ropata", "Viliami", "Callum", "Kahu", "Tevita"],
           ["Ataahua", "Hinemoa", "Mele", "Kaia", "Rawinia", "Stevie", "Pania", "Seini"],
           ["Tawhiri", "Ngata", "Tupou", "Harawira", "Pickett", "Whaanga-Scott", "Tuilagi", "Moeke", "Rāwiri",
            "Ormsby", "Kereama", "Finau"]),
    "ng": (["Obinna", "Segun", "Yakubu", "Emeka", "Tunde", "Chidi", "Ibrahim", "Femi"],
           ["Amaka", "Folake", "Zainab", "Ifeoma", "Bisola", "Halima", "Chinwe", "Titilayo"],
           ["Okafor", "Adebayo", "Lawal", "Nnamdi", "Oyelaran", "Garba", "Obi", "Salisu", "Adeleke", "Onyekachi",
            "Balogun", "Uche"]),
    "de": (["Maximilian", "Dennis", "Fabian", "Timo", "Serkan", "Björn", "Kevin", "Waldemar"],
           ["Sabine", "Jacqueline", "Melanie", "Nadine", "Büşra", "Annegret", "Vanessa", "Swetlana"],
           ["Schäfer", "Weidenbach", "Kaya", "Hoffmann-Reuß", "Dietrich", "Scholz", "Grünewald", "Becker",
            "Rauschenberger", "Wendt", "Özdemir", "Lindemann"]),
    "fr": (["Cédric", "Kévin", "Mathis", "Rachid", "Grégory", "Jérôme", "Baptiste", "Lucas"],
           ["Séverine", "Laëtitia", "Manon", "Samira", "Élodie", "Perrine", "Chloé", "Josiane"],
           ["Ducros", "Fabre", "Chabert", "Bensaïd", "Giraud", "Perrier", "Vial", "Rochette", "Mazet", "Brunel",
            "Achour", "Blanchon"]),
    "es": (["Íñigo", "Sergio", "Álvaro", "Jonatan", "Rubén", "Xabier", "Borja", "Adrián"],
           ["Nerea", "Itziar", "Vanesa", "Macarena", "Rocío", "Ainhoa", "Lorena", "Yolanda"],
           ["Etxeberria", "Gómez", "Sáez", "Carrasco", "Villalobos", "Pérez", "Larrañaga", "Moreno", "Cuadrado",
            "Ibáñez", "Rubio", "Montoya"]),
    "pl": (["Bartosz", "Grzegorz", "Łukasz", "Mateusz", "Przemysław", "Kacper", "Wojciech", "Dawid"],
           ["Agnieszka", "Małgorzata", "Justyna", "Zofia", "Katarzyna", "Weronika", "Dorota", "Iwona"],
           ["Wiśniewska", "Kaczmarek", "Zieliński", "Grabowski", "Pawlak", "Szymańska", "Jabłoński", "Wróbel",
            "Nowicki", "Michalak", "Dudek", "Sikora"]),
    "tr": (["Emre", "Burak", "Onur", "Mehmet", "Oğuzhan", "Serdar", "Kaan", "Yiğit"],
           ["Elif", "Zeynep", "Gülşen", "Merve", "Şeyma", "Özlem", "Derya", "Ebru"],
           ["Yılmaz", "Çelik", "Aydın", "Şahin", "Öztürk", "Kılıç", "Arslan", "Doğan", "Koç", "Güneş",
            "Erdoğdu", "Karataş"]),
    "el": (["Γιώργος", "Δημήτρης", "Νίκος", "Σπύρος", "Θανάσης", "Παναγιώτης", "Χρήστος", "Λευτέρης"],
           ["Μαρία", "Ελένη", "Κατερίνα", "Δέσποινα", "Βασιλική", "Σοφία", "Αγγελική", "Χρυσούλα"],
           ["Παπαδόπουλος", "Οικονόμου", "Γεωργίου", "Καραγιάννης", "Βλάχος", "Αντωνίου", "Μαυρίδης",
            "Τσακίρης", "Ζαφειρίου", "Κωνσταντίνου", "Λαμπράκης", "Ρήγας"]),
    "nl": (["Joost", "Bram", "Sander", "Mohamed", "Thijs", "Ruben", "Kees", "Daan"],
           ["Anouk", "Femke", "Marieke", "Naima", "Lotte", "Ilse", "Sanne", "Ingrid"],
           ["de Vries", "van Dijk", "Bakker", "Jansen", "El Amrani", "Visser", "van der Linden", "Smit",
            "Mulder", "Hoekstra", "de Groot", "Bosman"]),
}

#: Greek names in Latin letters (for e-mails and Latin-script columns)
EL_LATIN = {"Γιώργος": "Giorgos", "Δημήτρης": "Dimitris", "Νίκος": "Nikos", "Σπύρος": "Spyros",
            "Θανάσης": "Thanasis", "Παναγιώτης": "Panagiotis", "Χρήστος": "Christos", "Λευτέρης": "Lefteris",
            "Μαρία": "Maria", "Ελένη": "Eleni", "Κατερίνα": "Katerina", "Δέσποινα": "Despoina",
            "Βασιλική": "Vasiliki", "Σοφία": "Sofia", "Αγγελική": "Angeliki", "Χρυσούλα": "Chrysoula",
            "Παπαδόπουλος": "Papadopoulos", "Οικονόμου": "Oikonomou", "Γεωργίου": "Georgiou",
            "Καραγιάννης": "Karagiannis", "Βλάχος": "Vlachos", "Αντωνίου": "Antoniou", "Μαυρίδης": "Mavridis",
            "Τσακίρης": "Tsakiris", "Ζαφειρίου": "Zafeiriou", "Κωνσταντίνου": "Konstantinou",
            "Λαμπράκης": "Lamprakis", "Ρήγας": "Rigas"}


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


def plain(text: str) -> str:
    text = EL_LATIN.get(text, text)
    return "".join(ch for ch in fold(text) if ch.isascii() and (ch.isalnum() or ch == "."))


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(70, 99)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def handle(g: Gen, first: str, last: str) -> str:
    """A marketplace or app handle."""
    a, b = plain(first).replace(".", ""), plain(last).replace(".", "")
    return g.rnd.choice([f"{a}_{b[:4]}{g.rnd.randint(1, 99)}", f"{a[:3]}{b}", f"the_real_{a}",
                         f"{b}{g.rnd.randint(1980, 2006)}", f"{a}.{g.rnd.choice(['deals', 'shop', 'xo', 'tx'])}"])


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "att.net", "icloud.com"],
    "ca": ["gmail.com", "shaw.ca", "mts.net", "hotmail.com", "sasktel.net"],
    "gb": ["gmail.com", "hotmail.co.uk", "sky.com", "virginmedia.com", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "optusnet.com.au", "hotmail.com"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "za": ["gmail.com", "telkomsa.net", "mweb.co.za", "webmail.co.za"],
    "nz": ["gmail.com", "xtra.co.nz", "slingshot.co.nz", "outlook.com"],
    "ng": ["gmail.com", "yahoo.com", "hotmail.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "gmail.com", "interia.pl"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    "el": ["gmail.com", "yahoo.gr", "hotmail.gr", "otenet.gr"],
    "nl": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl", "xs4all.nl"],
}

# -- places (written for v100) -----------------------------------------------------------------------------------------

US_CITIES = [("Plano", "Collin", "750"), ("Irving", "Dallas", "750"), ("Austin", "Travis", "787"),
             ("Round Rock", "Williamson", "786"), ("Katy", "Harris", "774"), ("San Antonio", "Bexar", "782"),
             ("Denton", "Denton", "762"), ("Sugar Land", "Fort Bend", "774")]
US_STREETS = ["Coit Rd", "Preston Meadow Dr", "Bluebonnet Ln", "W Parmer Ln", "Mesquite Trail", "Old Katy Rd",
              "Live Oak St", "Ranch Road 620", "Pecan Hollow Ct", "Stonebridge Pkwy", "Cypress Creek Blvd"]
CA_CITIES = [("Winnipeg", "R3T"), ("Brandon", "R7A"), ("Steinbach", "R5G"), ("Regina", "S4P"), ("Saskatoon", "S7K"),
             ("Selkirk", "R1A"), ("Moose Jaw", "S6H"), ("Portage la Prairie", "R1N")]
CA_STREETS = ["Pembina Hwy", "Corydon Ave", "Henderson Hwy", "Albert St", "Main St N", "Kildonan Dr",
              "Wascana Pkwy", "Broadway Ave", "Prairie Rose Cres", "Elm Creek Rd"]
GB_CITIES = [("Leeds", "LS6"), ("Bradford", "BD3"), ("Sheffield", "S11"), ("Doncaster", "DN4"), ("York", "YO24"),
             ("Hull", "HU5"), ("Wakefield", "WF1"), ("Harrogate", "HG2")]
GB_STREETS = ["Otley Road", "Manningham Lane", "Ecclesall Road", "Bawtry Road", "Tadcaster Road", "Beverley Road",
              "Kirkgate Mews", "Cold Bath Road", "Ashgrove Terrace", "Harehills Lane"]
AU_CITIES = [("Parramatta", "NSW", "2150"), ("Blacktown", "NSW", "2148"), ("Newcastle", "NSW", "2300"),
             ("Geelong", "VIC", "3220"), ("Frankston", "VIC", "3199"), ("Logan Central", "QLD", "4114"),
             ("Wollongong", "NSW", "2500"), ("Ipswich", "QLD", "4305")]
AU_STREETS = ["Church Street", "Wattle Grove", "Bungaree Road", "Kookaburra Close", "Pacific Highway",
              "Moorabool Street", "Banksia Avenue", "Station Street", "Jacaranda Drive", "Murray Crescent"]
IN_CITIES = [("Jaipur", "302"), ("Surat", "395"), ("Indore", "452"), ("Ludhiana", "141"), ("Coimbatore", "641"),
             ("Bhopal", "462"), ("Noida", "201"), ("Visakhapatnam", "530")]
IN_STREETS = ["Malviya Nagar Sector 3", "Ring Road", "Vijay Nagar Scheme 54", "Model Town Extension",
              "RS Puram 5th Street", "Arera Colony", "Sector 62", "Dwaraka Nagar Main Road", "Tonk Road"]
ZA_CITIES = [("Johannesburg", "2001"), ("Soweto", "1804"), ("Pretoria", "0002"), ("Durban", "4001"),
             ("Cape Town", "8001"), ("Pietermaritzburg", "3201"), ("Polokwane", "0699"), ("Gqeberha", "6001")]
ZA_STREETS = ["Vilakazi Street", "Jan Smuts Avenue", "Church Street", "Florida Road", "Voortrekker Road",
              "Long Street", "Dr Pixley KaSeme Street", "Louis Botha Avenue", "Kerk Straat", "Beach Road"]
NZ_CITIES = [("Auckland", "1010"), ("Manukau", "2104"), ("Hamilton", "3204"), ("Wellington", "6011"),
             ("Porirua", "5022"), ("Christchurch", "8011"), ("Dunedin", "9016"), ("Palmerston North", "4410")]
NG_CITIES = ["Ikeja", "Surulere", "Lekki", "Yaba", "Ikorodu", "Abuja", "Port Harcourt", "Ibadan"]
NG_STREETS = ["Allen Avenue", "Adeniran Ogunsanya Street", "Admiralty Way", "Herbert Macaulay Way",
              "Awolowo Road", "Ago Palace Way", "Aminu Kano Crescent", "Trans-Amadi Road"]
DE_CITIES = [("Frankfurt am Main", "60311"), ("Offenbach am Main", "63065"), ("Wiesbaden", "65183"),
             ("Darmstadt", "64283"), ("Hanau", "63450"), ("Mainz", "55116"), ("Bad Homburg", "61348")]
DE_STREETS = ["Berger Straße", "Leipziger Straße", "Kaiserstraße", "Am Weingarten", "Schloßstraße", "Rheinstraße",
              "Mühlweg", "Eschersheimer Landstraße", "Bahnhofstraße", "Lindenallee"]
FR_CITIES = [("Lyon", "69003"), ("Villeurbanne", "69100"), ("Vénissieux", "69200"), ("Grenoble", "38000"),
             ("Saint-Étienne", "42000"), ("Bron", "69500"), ("Annecy", "74000"), ("Chambéry", "73000")]
FR_STREETS = ["rue de la République", "cours Gambetta", "avenue Jean Jaurès", "rue des Tanneurs",
              "chemin des Vignes", "boulevard des Belges", "montée de la Grande Côte", "rue Paul Bert"]
ES_CITIES = [("Madrid", "28014"), ("Alcalá de Henares", "28801"), ("Getafe", "28901"), ("Móstoles", "28931"),
             ("Bilbao", "48001"), ("Valencia", "46002"), ("Sevilla", "41004"), ("Zaragoza", "50001")]
ES_STREETS = ["Calle de Alcalá", "Calle Mayor", "Avenida de la Constitución", "Calle Gran Vía", "Paseo del Prado",
              "Calle de Toledo", "Avenida de América", "Calle del Pez", "Ronda de Segovia"]
PL_CITIES = [("Poznań", "60"), ("Gniezno", "62"), ("Kalisz", "62"), ("Leszno", "64"), ("Wrocław", "50"),
             ("Piła", "64"), ("Konin", "62"), ("Łódź", "90")]
PL_STREETS = ["ul. Głogowska", "ul. Półwiejska", "os. Batorego", "ul. Grunwaldzka", "ul. Dąbrowskiego",
              "al. Niepodległości", "ul. Święty Marcin", "ul. Kościuszki", "ul. Słowackiego"]
TR_CITIES = [("Kadıköy", "34710"), ("Üsküdar", "34662"), ("Beşiktaş", "34353"), ("Bağcılar", "34200"),
             ("Esenyurt", "34510"), ("Çankaya", "06690"), ("Karşıyaka", "35540"), ("Nilüfer", "16110")]
TR_STREETS = ["Bağdat Caddesi", "Atatürk Bulvarı", "İnönü Caddesi", "Gül Sokak", "Cumhuriyet Mahallesi 12. Sokak",
              "Millet Caddesi", "Halaskargazi Caddesi", "Menekşe Sokak", "Fevzi Çakmak Caddesi"]
EL_CITIES = [("Θεσσαλονίκη", "546 22"), ("Καλαμαριά", "551 33"), ("Εύοσμος", "562 24"), ("Σέρρες", "621 22"),
             ("Κατερίνη", "601 00"), ("Βέροια", "591 00"), ("Αθήνα", "104 31"), ("Λάρισα", "412 22")]
EL_STREETS = ["Εγνατία", "Τσιμισκή", "Αγίας Σοφίας", "Κασσάνδρου", "Μητροπόλεως", "Βασιλίσσης Όλγας",
              "Ερμού", "Παπαναστασίου", "Λαγκαδά"]
NL_CITIES = [("Rotterdam", "3011"), ("Schiedam", "3111"), ("Vlaardingen", "3131"), ("Delft", "2611"),
             ("Dordrecht", "3311"), ("Gouda", "2801"), ("Zoetermeer", "2711"), ("Capelle aan den IJssel", "2902")]
NL_STREETS = ["Coolsingel", "Nieuwe Binnenweg", "Beukelsdijk", "Lange Haven", "Oude Delft", "Voorstraat",
              "Westersingel", "Kruiskade", "Groene Hilledijk"]


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(100, 9_800) if lang == "us" else g.rnd.randint(1, 180)
    if lang in ("de", "es", "pl", "nl", "el"):
        return f"{s} {n}" if lang != "es" else f"{s}, {n}"
    if lang == "tr":
        return f"{s} No:{n} D:{g.rnd.randint(1, 24)}"
    if lang == "in":
        return f"{n}/{g.rnd.randint(1, 60)}, {s}"
    if lang == "fr":
        return f"{n} {s}"
    return f"{n} {s}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    d = g.valid(make, _ssn.is_valid)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dashed else d


def us_ssn_decoy(g: Gen) -> str:
    """A reference shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    area = g.rnd.choice(["000", "666", f"9{g.digits(2)}"])
    return f"{area}-{g.digits(2)}-{g.digits(4)}"


def ca_sin(g: Gen) -> str:
    body = str(g.rnd.choice([1, 2, 3, 4, 5, 6, 7, 9])) + g.digits(7)
    d = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(d)
    return f"{d[:3]}-{d[3:6]}-{d[6:]}"


def luhn_decoy(g: Gen, n: int, first: str = "") -> str:
    """``n`` digits failing the Luhn check."""
    return g.valid(lambda: first + g.digits(n - len(first)), lambda x: not luhn.is_valid(x))


def card(g: Gen) -> str:
    """A Luhn-valid 16-digit card number (Visa or Mastercard)."""
    body = g.rnd.choice(["4", "51", "52", "53", "54", "55", "2221"])
    body += g.digits(15 - len(body))
    d = body + luhn.calc_check_digit(body)
    return f"{d[:4]} {d[4:8]} {d[8:12]} {d[12:]}" if g.rnd.random() < 0.3 else d


def tfn(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 8)) + g.digits(8), _tfn.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:]}" if g.rnd.random() < 0.5 else d


def tfn_decoy(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 8)) + g.digits(8), lambda x: not _tfn.is_valid(x))


def pan(g: Gen) -> str:
    return g.valid(lambda: g.code("AAA") + "P" + g.code("A9999A"), _pan.is_valid)


def aadhaar(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if g.rnd.random() < 0.5 else d


def aadhaar_decoy(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def gstin(g: Gen) -> str:
    def make() -> str:
        body = g.rnd.choice(["08", "24", "23", "03"]) + g.code("AAA") + "C" + g.code("A9999A") + "1Z"
        return body + g.rnd.choice(string.digits + string.ascii_uppercase)
    return g.valid(make, _gstin.is_valid)


def za_id(g: Gen, born: date, female: bool) -> str:
    def make() -> str:
        seq = g.rnd.randint(0, 4_999) + (0 if female else 5_000)
        body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:04d}{g.rnd.choice('0001')}8"
        return body + luhn.calc_check_digit(body)
    return g.valid(make, _zaid.is_valid)


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits starting like a date and failing the Luhn check (a claim reference)."""
    return g.valid(lambda: f"{g.rnd.randint(60, 99)}{g.rnd.randint(1, 12):02d}{g.rnd.randint(1, 28):02d}"
                   + g.digits(7), lambda x: not luhn.is_valid(x))


def ird(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(10, 149)) + g.digits(6), _ird.is_valid)
    return _ird.format(d)


def steuer_id(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _idnr.is_valid)


def iban(g: Gen, country: str, bban: str) -> str:
    number = country + _iban.calc_check_digits(country + "00" + bban) + bban
    assert _iban.is_valid(number)
    return number


def iban_spaced(number: str) -> str:
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4))


def de_iban(g: Gen) -> str:
    return iban(g, "DE", g.rnd.choice(["50010517", "50050201", "51230800", "50190000"]) + g.digits(10))


def fr_iban(g: Gen) -> str:
    """A French IBAN (the RIB key, which python-stdnum checks, found by rejection)."""
    def make() -> str:
        bban = "30004" + g.digits(5) + g.digits(11) + g.digits(2)
        return "FR" + _iban.calc_check_digits("FR00" + bban) + bban
    return g.valid(make, _iban.is_valid)


def es_iban(g: Gen) -> str:
    bank = g.rnd.choice(["2100", "0049", "0182", "2085"]) + g.digits(4)
    acct = g.digits(10)
    ccc = bank + "00" + acct
    ccc = bank + _ccc.calc_check_digits(ccc) + acct
    return iban(g, "ES", ccc)


def pl_iban(g: Gen) -> str:
    return iban(g, "PL", g.digits(24))


def tr_iban(g: Gen) -> str:
    return iban(g, "TR", g.rnd.choice(["00062", "00010", "00046", "00064"]) + "0" + g.digits(16))


def gr_iban(g: Gen) -> str:
    return iban(g, "GR", g.rnd.choice(["0110", "0172", "0260"]) + g.digits(3) + g.digits(16))


def nl_iban(g: Gen) -> str:
    return iban(g, "NL", g.rnd.choice(["INGB", "RABO", "ABNA", "SNSB"]) + g.digits(10))


def nir(g: Gen, born: date, female: bool) -> str:
    body = f"{2 if female else 1}{born.year % 100:02d}{born.month:02d}{g.rnd.choice(['69', '38', '42'])}" \
           f"{g.rnd.randint(1, 300):03d}{g.rnd.randint(1, 999):03d}"
    d = body + _nir.calc_check_digits(body)
    assert _nir.is_valid(d)
    return d


def siren(g: Gen) -> str:
    body = str(g.rnd.randint(3, 9)) + g.digits(7)
    return body + luhn.calc_check_digit(body)


def dni(g: Gen) -> str:
    body = g.digits(8)
    return body + _dni.calc_check_digit(body)


def nie(g: Gen) -> str:
    body = g.rnd.choice("XYZ") + g.digits(7)
    d = body + _nie.calc_check_digit(body)
    assert _nie.is_valid(d)
    return d


def dni_decoy(g: Gen) -> str:
    """Eight digits and a letter failing the DNI check (a claim or policy reference)."""
    return g.valid(lambda: g.digits(8) + g.rnd.choice("TRWAGMYFPDXBNJZSQVHLCKE"), lambda x: not _dni.is_valid(x))


def cif(g: Gen) -> str:
    body = g.rnd.choice("ABB") + g.digits(7)
    return g.valid(lambda: body + g.rnd.choice(string.digits + "ABCDEFGHIJ"), _cif.is_valid)


def pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    def make() -> str:
        sex = g.rnd.choice("02468" if female else "13579")
        body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}{sex}"
        return body + _pesel.calc_check_digit(body)
    return g.valid(make, _pesel.is_valid)


def pesel_decoy(g: Gen) -> str:
    return g.valid(lambda: f"{g.rnd.randint(50, 99)}{g.rnd.randint(1, 12):02d}{g.rnd.randint(1, 28):02d}"
                   + g.digits(5), lambda x: not _pesel.is_valid(x))


def nip(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(9), _nip.is_valid)
    return f"{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:]}" if g.rnd.random() < 0.5 else d


def regon(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(7)
    d = body + _regon.calc_check_digit(body)
    assert _regon.is_valid(d)
    return d


def tckimlik(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    return body + _tck.calc_check_digits(body)


def tckimlik_decoy(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _tck.is_valid(x))


def vkn(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(9), _vkn.is_valid)


def amka(g: Gen, born: date) -> str:
    def make() -> str:
        body = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{g.digits(4)}"
        return body + luhn.calc_check_digit(body)
    return g.valid(make, _amka.is_valid)


def amka_decoy(g: Gen) -> str:
    return g.valid(lambda: f"{g.rnd.randint(1, 28):02d}{g.rnd.randint(1, 12):02d}" + g.digits(7),
                   lambda x: not _amka.is_valid(x))


def afm(g: Gen) -> str:
    body = str(g.rnd.randint(0, 1)) + g.digits(7)
    return body + _afm.calc_check_digit(body)


def bsn(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), _bsn.is_valid)


def bsn_decoy(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), lambda x: not _bsn.is_valid(x))


def kvk(g: Gen) -> str:
    """A Dutch chamber of commerce number (eight digits, no check)."""
    return str(g.rnd.randint(1, 9)) + g.digits(7)


def siren_is_valid(value: str) -> bool:
    return _siren.is_valid(value)


_ID731 = {ch: i for i, ch in enumerate(string.digits + string.ascii_uppercase)}


def id731_is_valid(value: str, check_at: int) -> bool:
    """Whether the identity card number ``value`` has the right 7-3-1 check digit at position ``check_at`` (a Polish
    dowód osobisty: 3, a German Personalausweis: 9)."""
    value = value.replace(" ", "").upper()
    body = value[:check_at] + value[check_at + 1:]
    if not value[check_at:check_at + 1].isdigit() or any(ch not in _ID731 for ch in body):
        return False
    return sum(_ID731[ch] * (7, 3, 1)[i % 3] for i, ch in enumerate(body)) % 10 == int(value[check_at])


def pl_id_card(g: Gen) -> str:
    """A Polish identity card number: three letters, the check digit, five digits."""
    return g.valid(lambda: g.code("AAA9") + g.digits(5), lambda x: id731_is_valid(x, 3))


def de_id_card(g: Gen) -> str:
    """A German identity card serial: a letter and eight characters, then the check digit."""
    return g.valid(lambda: g.rnd.choice("LMNPRT") + g.digits(8, "CFGHJKLMNPRTVWXYZ0123456789") + g.digits(1),
                   lambda x: id731_is_valid(x, 9))
