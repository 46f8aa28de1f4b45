"""Values of held-out set v114 (:mod:`benchmarks.classification.heldout_v114`): v114's random source, and names,
streets, towns, firms and free-text snippets written by hand for v114's self-storage, removals and relocation systems
(no Faker, no list of real people, no breach data), phones checked with phonenumbers and identifiers with check digits
computed and checked with python-stdnum.

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
from stdnum import iso6346 as _iso6346
from stdnum import luhn
from stdnum.au import abn as _abn
from stdnum.au import tfn as _tfn
from stdnum.ca import sin as _sin
from stdnum.cz import dic as _dic
from stdnum.cz import rc as _rc
from stdnum.dk import cpr as _cpr
from stdnum.dk import cvr as _cvr
from stdnum.fr import siret as _siret
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _afm
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva
from stdnum.my import nric as _nric
from stdnum.pt import cc as _cc
from stdnum.pt import nif as _nif
from stdnum.se import orgnr as _orgnr
from stdnum.se import personnummer as _pnr
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _zaid

from benchmarks.classification.heldout_v2 import Column

SEED = 114_803_2026
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v114's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNK", "?",
    "not known", "declined", "nil", "0", "TBC", "tbc", "desconhecido", "n.d.", "ukendt", "okänd", "saknas",
    "neuvedeno", "nezjištěno", "άγνωστο", "-/-", "ignoto", "non noto", "inconnu", "néant", "s/d")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v114:{SEED}:{table}")

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


US_AREAS = ["512", "737", "210", "830", "757", "540", "703", "804", "617", "857"]
CA_AREAS = ["403", "587", "825", "780", "368"]

# -- names (written for v114) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Brantley", "Cason", "Deshawn", "Ezequiel", "Hollis", "Jericho", "Lamar", "Quinton", "Ridge", "Thaddeus"],
           ["Annalise", "Brynlee", "Consuelo", "Dakota", "Farrah", "Graciela", "Lorelei", "Marisa", "Raelynn", "Tamsin"],
           ["Burkhalter", "Castaneda", "Dunleavy", "Eckersley", "Fairweather", "Gutierrez-Boyd", "Hargrove",
            "Lindqvist-Moore", "Mabry", "Okonkwo", "Pennington", "Rasmussen", "Stallworth", "Villarreal", "Yoakum"]),
    "gb": (["Alfie", "Brodie", "Ciaran", "Dev", "Elliot", "Harvey", "Kieran", "Rory", "Stanley", "Yusuf"],
           ["Amelie", "Bethan", "Courtney", "Elodie", "Hollie", "Jasmin", "Keeley", "Nadia", "Shannon", "Tilly"],
           ["Ackroyd", "Birtwistle", "Cawthorne", "Dewhirst", "Ellerby", "Hebblethwaite", "Illingworth", "Khan-Booth",
            "Longbottom", "Murgatroyd", "Sutcliffe", "Thwaites", "Wadsworth"]),
    "ca": (["Anand", "Beckett", "Dmytro", "Jasper", "Kenji", "Lachlan", "Oluwadamilare", "Rafael", "Taran"],
           ["Avneet", "Brooklyn", "Daria", "Geneviève", "Ilse", "Kalani", "Marguerite", "Shirin", "Wren"],
           ["Bergeron-Hall", "Dhaliwal", "Friesen", "Hrynchuk", "Klassen", "Lavallée", "McAllister", "Nakagawa",
            "Olfert", "Shewchuk", "Takahashi-Brown", "Zacharias"]),
    "au": (["Banjo", "Cooper", "Darcy", "Fletcher", "Harrison", "Lachie", "Nguyen", "Rohan", "Tai"],
           ["Billie", "Charlize", "Daisy", "Indigo", "Kirra", "Matilda", "Phoebe", "Sienna", "Tahlia"],
           ["Anagnostou", "Bancroft", "Cavanagh", "Dimitriou", "Farquhar", "Gillespie", "Houghton", "Mackenzie",
            "Pham", "Rossiter", "Sandilands", "Tregenza"]),
    "nz": (["Ari", "Flynn", "Hamish", "Kauri", "Nikau", "Ropata", "Sefa", "Tane", "Zane"],
           ["Ana", "Hana", "Kaia", "Marama", "Mele", "Pania", "Sophie", "Te Aomihia", "Waimarie"],
           ["Aperahama", "Brightwell", "Falaniko", "Herewini", "McCutcheon", "Ngata", "Paewai", "Sopoaga",
            "Tawhiri", "Whitehead", "Wihongi", "Yardley"]),
    "za": (["Bongani", "Hennie", "Kagiso", "Lwazi", "Mpho", "Riaan", "Sifiso", "Thabo", "Zaid"],
           ["Ayanda", "Busisiwe", "Carla", "Lindiwe", "Marike", "Naledi", "Palesa", "Refilwe", "Zanele"],
           ["Botha", "Dlamini", "du Plessis", "Hendricks", "Khumalo", "Mokoena", "Naidoo", "Ndlovu", "Pretorius",
            "Sithole", "van der Merwe", "Zulu"]),
    "my": (["Ahmad Faiz", "Chee Keong", "Hafiz", "Kumaresan", "Muhammad Amirul", "Rajesh", "Wei Jie", "Zulkifli"],
           ["Aishah", "Kavitha", "Li Ying", "Mei Ling", "Nurul Huda", "Puteri", "Sharmila", "Siti Aminah"],
           ["Abdullah", "Chong", "Ismail", "Krishnan", "Lim", "Ong", "Ramasamy", "Tan", "Wong", "Yusof", "Subramaniam",
            "Rahman"]),
    "pt": (["Afonso", "Bernardo", "Duarte", "Gonçalo", "Henrique", "Rodrigo", "Tiago", "Vasco"],
           ["Beatriz", "Carolina", "Inês", "Leonor", "Margarida", "Matilde", "Rita", "Sofia"],
           ["Azevedo", "Barbosa", "Cardoso", "Fernandes", "Gouveia", "Lopes", "Magalhães", "Pinto", "Quintela",
            "Sequeira", "Vieira", "Moreira"]),
    "da": (["Asger", "Bjørn", "Frederik", "Kasper", "Magnus", "Mikkel", "Rasmus", "Søren", "Tobias"],
           ["Astrid", "Freja", "Ida", "Karoline", "Mette", "Nanna", "Signe", "Sofie", "Trine"],
           ["Andersen", "Bach", "Dalgaard", "Frandsen", "Holm", "Kjærgaard", "Lauridsen", "Mikkelsen", "Nørgaard",
            "Østergaard", "Skov", "Thygesen"]),
    "sv": (["Anton", "Edvin", "Gustav", "Hugo", "Isak", "Måns", "Oskar", "Vilhelm"],
           ["Agnes", "Elsa", "Freja", "Ines", "Klara", "Linnéa", "Stina", "Vera"],
           ["Andersson", "Björklund", "Dahlberg", "Ekström", "Fransson", "Gunnarsson", "Hedlund", "Jönsson",
            "Malmberg", "Nordin", "Sjögren", "Ståhl"]),
    "cs": (["Jakub", "Jan", "Lukáš", "Matěj", "Ondřej", "Petr", "Radek", "Tomáš", "Vojtěch"],
           ["Adéla", "Eliška", "Kateřina", "Lenka", "Markéta", "Petra", "Tereza", "Veronika", "Zuzana"],
           ["Dvořák", "Horák", "Kolář", "Král", "Marek", "Novák", "Pospíšil", "Růžička", "Svoboda", "Šimek",
            "Veselý", "Zeman"]),
    "el": (["Γιώργος", "Δημήτρης", "Θανάσης", "Κωνσταντίνος", "Νίκος", "Παναγιώτης", "Σπύρος", "Χρήστος"],
           ["Αικατερίνη", "Βασιλική", "Δέσποινα", "Ελένη", "Ευαγγελία", "Μαρία", "Σοφία", "Χριστίνα"],
           ["Αντωνόπουλος", "Γεωργίου", "Δημητρόπουλος", "Ζαχαρίου", "Καραγιάννης", "Λαμπρόπουλος", "Μαυρίδης",
            "Νικολάου", "Οικονόμου", "Παπαδάκης", "Σταθόπουλος", "Χατζής"]),
    "it": (["Alessandro", "Davide", "Federico", "Giacomo", "Lorenzo", "Mattia", "Riccardo", "Tommaso"],
           ["Alessia", "Beatrice", "Chiara", "Federica", "Giulia", "Ilaria", "Martina", "Serena"],
           ["Bertolini", "Castellani", "Dal Santo", "Ferrari", "Girardi", "Lonardi", "Marchesini", "Pozzani",
            "Righetti", "Scandola", "Tosi", "Zanetti"]),
    "fr": (["Antoine", "Baptiste", "Corentin", "Dorian", "Kévin", "Maxence", "Quentin", "Yanis"],
           ["Amandine", "Camille", "Élodie", "Justine", "Laëtitia", "Manon", "Pauline", "Sandrine"],
           ["Delattre", "Dewaele", "Duhamel", "Lefebvre", "Lemaire", "Vandenbussche", "Verbeke", "Wattrelot",
            "Bouchard", "Carpentier", "Desmet", "Hennebert"]),
}

#: female forms of family names (Czech -ová, Greek genitive)
FEM_FAMILY: dict[str, dict[str, str]] = {
    "cs": {"Dvořák": "Dvořáková", "Horák": "Horáková", "Kolář": "Kolářová", "Král": "Králová", "Marek": "Marková",
           "Novák": "Nováková", "Pospíšil": "Pospíšilová", "Růžička": "Růžičková", "Svoboda": "Svobodová",
           "Šimek": "Šimková", "Veselý": "Veselá", "Zeman": "Zemanová"},
    "el": {"Αντωνόπουλος": "Αντωνοπούλου", "Δημητρόπουλος": "Δημητροπούλου", "Καραγιάννης": "Καραγιάννη",
           "Λαμπρόπουλος": "Λαμπροπούλου", "Μαυρίδης": "Μαυρίδου", "Παπαδάκης": "Παπαδάκη",
           "Σταθόπουλος": "Σταθοπούλου", "Χατζής": "Χατζή"},
}


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``."""
    male, fem, fam = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.5
    family = g.rnd.choice(fam)
    if female:
        family = FEM_FAMILY.get(lang, {}).get(family, family)
    return g.rnd.choice(fem if female else male), family


def whole(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    return f"{a} {b}" if lang != "my" or b not in ("Chong", "Lim", "Ong", "Tan", "Wong") else f"{b} {a}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


_GREEK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω", ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x",
                                                 "o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o"], strict=True))


def plain(text: str) -> str:
    text = "".join(_GREEK.get(ch, ch) for ch in fold(text))
    return "".join(ch for ch in text if ch.isascii() and (ch.isalnum() or ch == "."))


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(70, 99)}",
                          f"{a}_{b[:4]}"])
    return f"{local}@{g.rnd.choice(domains)}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first).replace(".", ""), plain(last).replace(".", "")
    return [f"{a[0]}{b}"[:12], f"{a}.{b}{style % 7}", f"{b[:6]}{a[:2]}".upper()][style % 3]


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "att.net"],
    "gb": ["gmail.com", "hotmail.co.uk", "btinternet.com", "sky.com", "outlook.com"],
    "ca": ["gmail.com", "shaw.ca", "telus.net", "hotmail.ca", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com.au", "optusnet.com.au"],
    "nz": ["gmail.com", "xtra.co.nz", "outlook.co.nz", "slingshot.co.nz"],
    "za": ["gmail.com", "webmail.co.za", "telkomsa.net", "icloud.com"],
    "my": ["gmail.com", "yahoo.com.my", "hotmail.my", "outlook.com"],
    "pt": ["gmail.com", "sapo.pt", "hotmail.com", "iol.pt"],
    "da": ["gmail.com", "hotmail.dk", "outlook.dk", "mail.dk"],
    "sv": ["gmail.com", "telia.com", "hotmail.se", "bredband.net"],
    "cs": ["seznam.cz", "email.cz", "gmail.com", "centrum.cz"],
    "el": ["gmail.com", "yahoo.gr", "otenet.gr", "hotmail.gr"],
    "it": ["gmail.com", "libero.it", "alice.it", "virgilio.it"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
}

# -- places (written for v114) -----------------------------------------------------------------------------------------

#: (city, ZIP prefix) in central Texas
TX_CITIES = [("Round Rock", "786"), ("Pflugerville", "786"), ("San Marcos", "786"), ("New Braunfels", "781"),
             ("Georgetown", "786"), ("Kyle", "786"), ("Cedar Park", "786"), ("Austin", "787")]
TX_STREETS = ["Gattis School Rd", "Kenney Fort Blvd", "Wells Branch Pkwy", "Hays Country Oaks Dr", "Old Settlers Blvd",
              "Bluebonnet Trl", "Pecan Hollow Cv", "Mesquite Ridge Ln", "Red Bud Ln", "Limestone Bend"]
#: (city, ZIP prefix) in Virginia (military moves)
VA_CITIES = [("Norfolk", "235"), ("Virginia Beach", "234"), ("Chesapeake", "233"), ("Fredericksburg", "224"),
             ("Quantico", "221"), ("Hampton", "236"), ("Stafford", "225"), ("Newport News", "236")]
VA_STREETS = ["Little Creek Rd", "Shore Dr", "Dam Neck Rd", "Battlefield Blvd", "Jefferson Davis Hwy",
              "Mercury Blvd", "Garrisonville Rd", "Warwick Blvd", "Independence Blvd", "Laskin Rd"]
GB_CITIES = [("Leeds", "LS6"), ("Bradford", "BD9"), ("Harrogate", "HG1"), ("Wakefield", "WF1"), ("Huddersfield", "HD1"),
             ("Halifax", "HX3"), ("York", "YO24"), ("Otley", "LS21")]
GB_STREETS = ["Headingley Lane", "Otley Road", "Kirkstall Avenue", "Skipton Road", "Moorland Crescent",
              "Beck Side", "Chapel Fold", "Wharfedale View", "Station Approach", "Towngate"]
CA_CITIES = [("Calgary", "T2N"), ("Calgary", "T3H"), ("Airdrie", "T4B"), ("Cochrane", "T4C"), ("Okotoks", "T1S"),
             ("Edmonton", "T6E"), ("Canmore", "T1W"), ("Red Deer", "T4N")]
CA_STREETS = ["Crowchild Trail NW", "Kensington Rd NW", "Elbow Dr SW", "Macleod Trail SE", "Sage Hill Blvd NW",
              "Bow Valley Trail", "Evanston Dr NW", "Mahogany Blvd SE", "Whyte Ave", "Ross St"]
AU_CITIES = [("Richmond", "3121"), ("Brunswick", "3056"), ("Box Hill", "3128"), ("Footscray", "3011"),
             ("Glen Waverley", "3150"), ("St Kilda", "3182"), ("Werribee", "3030"), ("Frankston", "3199")]
AU_STREETS = ["Swan Street", "Sydney Road", "Whitehorse Road", "Barkly Street", "Springvale Road", "Acland Street",
              "Watton Street", "Nepean Highway", "Lygon Street", "Gipps Street"]
NZ_CITIES = [("Ponsonby", "1011"), ("Mt Eden", "1024"), ("Takapuna", "0622"), ("Manukau", "2104"),
             ("Howick", "2014"), ("Henderson", "0612"), ("Onehunga", "1061"), ("Albany", "0632")]
NZ_STREETS = ["Jervois Road", "Dominion Road", "Hurstmere Road", "Great South Road", "Picton Street",
              "Lincoln Road", "Queen Street", "Te Atatū Road", "Manuka Road", "Pakuranga Road"]
ZA_CITIES = [("Sandton", "2196"), ("Randburg", "2194"), ("Midrand", "1685"), ("Centurion", "0157"),
             ("Roodepoort", "1724"), ("Benoni", "1501"), ("Pretoria", "0181"), ("Germiston", "1401")]
ZA_STREETS = ["Rivonia Road", "Jan Smuts Avenue", "Bram Fischer Drive", "William Nicol Drive", "Lynnwood Road",
              "Beyers Naudé Drive", "Hendrik Potgieter Road", "Pretorius Street", "Main Reef Road", "Oxford Road"]
MY_CITIES = [("Petaling Jaya", "46"), ("Shah Alam", "40"), ("Subang Jaya", "47"), ("Kuala Lumpur", "50"),
             ("Cheras", "56"), ("Puchong", "47"), ("Klang", "41"), ("Cyberjaya", "63")]
MY_STREETS = ["Jalan SS 2/24", "Jalan Tun Razak", "Jalan Bukit Bintang", "Persiaran Kayangan", "Jalan Kuchai Lama",
              "Jalan PJU 7/3", "Lorong Maarof", "Jalan Puchong Jaya 5", "Jalan Meru", "Persiaran Multimedia"]
PT_CITIES = [("Porto", "4000"), ("Vila Nova de Gaia", "4400"), ("Matosinhos", "4450"), ("Maia", "4470"),
             ("Gondomar", "4420"), ("Braga", "4700"), ("Guimarães", "4800"), ("Póvoa de Varzim", "4490")]
PT_STREETS = ["Rua de Santa Catarina", "Avenida da Boavista", "Rua do Almada", "Travessa de Cedofeita",
              "Rua Costa Cabral", "Rua de Camões", "Avenida dos Aliados", "Rua Álvares Cabral", "Rua do Heroísmo"]
DA_CITIES = [("Aarhus C", "8000"), ("Viby J", "8260"), ("Risskov", "8240"), ("Højbjerg", "8270"), ("Skanderborg", "8660"),
             ("Silkeborg", "8600"), ("Randers C", "8900"), ("Horsens", "8700")]
DA_STREETS = ["Frederiks Allé", "Nørrebrogade", "Jægergårdsgade", "Silkeborgvej", "Randersvej", "Åboulevarden",
              "Skovvangsvej", "Grenåvej", "Viborgvej", "Marselis Boulevard"]
SE_CITIES = [("Malmö", "211"), ("Lund", "222"), ("Helsingborg", "252"), ("Trelleborg", "231"), ("Landskrona", "261"),
             ("Ystad", "271"), ("Eslöv", "241"), ("Staffanstorp", "245")]
SE_STREETS = ["Amiralsgatan", "Föreningsgatan", "Södra Förstadsgatan", "Bergsgatan", "Lundavägen", "Kungsgatan",
              "Östra Rönneholmsvägen", "Västra Hamngatan", "Stortorget", "Möllevångsgatan"]
CS_CITIES = [("Ostrava", "702 00"), ("Ostrava-Poruba", "708 00"), ("Havířov", "736 01"), ("Karviná", "733 01"),
             ("Frýdek-Místek", "738 01"), ("Opava", "746 01"), ("Nový Jičín", "741 01"), ("Třinec", "739 61")]
CS_STREETS = ["Nádražní", "Hlavní třída", "28. října", "Opavská", "Českobratrská", "Sokolská třída", "Dlouhá",
              "Těšínská", "Palackého", "Masarykovo náměstí"]
EL_CITIES = [("Πάτρα", "262 21"), ("Πάτρα", "264 41"), ("Ρίο", "265 04"), ("Αίγιο", "251 00"), ("Πύργος", "271 00"),
             ("Ναύπακτος", "303 00"), ("Μεσολόγγι", "302 00"), ("Κάτω Αχαΐα", "252 00")]
EL_STREETS = ["Κορίνθου", "Μαιζώνος", "Αγίου Νικολάου", "Ερμού", "Γούναρη", "Νόρμαν", "Καραϊσκάκη", "Ρήγα Φεραίου",
              "Αγίου Ανδρέου", "Ακρωτηρίου"]
IT_CITIES = [("Verona", "37121", "L781"), ("San Bonifacio", "37047", "H783"), ("Villafranca di Verona", "37069", "L949"),
             ("Legnago", "37045", "E512"), ("Bussolengo", "37012", "B296"), ("Vicenza", "36100", "L840"),
             ("Mantova", "46100", "E897"), ("Trento", "38122", "L378")]
IT_STREETS = ["Via Mazzini", "Corso Porta Nuova", "Via Cappello", "Stradone San Fermo", "Via Roma", "Vicolo Ghiaia",
              "Via XX Settembre", "Lungadige Porta Vittoria", "Via Santa Teresa", "Viale del Lavoro"]
FR_CITIES = [("Lille", "59000"), ("Roubaix", "59100"), ("Tourcoing", "59200"), ("Villeneuve-d'Ascq", "59650"),
             ("Lambersart", "59130"), ("Marcq-en-Barœul", "59700"), ("Wattrelos", "59150"), ("Armentières", "59280")]
FR_STREETS = ["rue Solférino", "boulevard de la Liberté", "rue de Béthune", "rue Nationale", "avenue de la République",
              "rue des Postes", "rue du Molinel", "allée des Peupliers", "rue Pasteur", "chemin du Halage"]


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(100, 19_800) if lang == "us" else g.rnd.randint(1, 180)
    if lang in ("fr", "gb", "au", "nz", "za", "ca"):
        return f"{n} {s}" if lang != "fr" or g.rnd.random() < 0.8 else f"{n} bis {s}"
    if lang in ("da", "sv", "cs", "el"):
        return f"{s} {n}" if lang != "da" or g.rnd.random() < 0.7 else f"{s} {n}, {g.rnd.randint(1, 4)}. tv."
    if lang == "pt":
        return f"{s}, {n}" + (f", {g.rnd.randint(1, 6)}º {g.rnd.choice('DE')}" if g.rnd.random() < 0.5 else "")
    if lang == "it":
        return f"{s} {n}" if g.rnd.random() < 0.8 else f"{s} {n}/{g.rnd.choice('ABC')}"
    if lang == "my":
        return f"No. {n}, {s}"
    return f"{n} {s}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    d = g.valid(make, _ssn.is_valid)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dashed else d


def us_ssn_decoy(g: Gen) -> str:
    """A lease number shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    area = g.rnd.choice(["000", "666", f"9{g.digits(2)}"])
    return f"{area}-{g.digits(2)}-{g.digits(4)}"


def ca_sin(g: Gen) -> str:
    body = str(g.rnd.choice([1, 2, 3, 4, 5, 6, 7])) + g.digits(7)
    d = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(d)
    return f"{d[:3]} {d[3:6]} {d[6:]}" if g.rnd.random() < 0.7 else d


def luhn_decoy(g: Gen, n: int, lead: str = "") -> str:
    """``n`` digits failing the Luhn check."""
    return g.valid(lambda: lead + g.digits(n - len(lead)), lambda x: not luhn.is_valid(x))


def tfn(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(8), _tfn.is_valid)
    return _tfn.format(d) if g.rnd.random() < 0.5 else d


def abn(g: Gen) -> str:
    return _abn.format(g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _abn.is_valid))


def container(g: Gen) -> str:
    """An ISO 6346 shipping container number with its check digit."""
    body = g.rnd.choice(["MSCU", "TGHU", "CAIU", "SEGU", "OOLU", "TCNU"]) + g.digits(6)
    d = body + _iso6346.calc_check_digit(body)
    assert _iso6346.is_valid(d)
    return d


def card(g: Gen) -> str:
    def make() -> str:
        lead = g.rnd.choice(["4", "51", "53", "55"])
        body = lead + g.digits(15 - len(lead))
        return body + luhn.calc_check_digit(body)

    d = make()
    assert luhn.is_valid(d) and len(d) == 16
    return " ".join(d[i:i + 4] for i in range(0, 16, 4)) if g.rnd.random() < 0.5 else d


def za_id(g: Gen, born: date, female: bool) -> str:
    seq = g.rnd.randint(0, 4_999) + (0 if female else 5_000)
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:04d}{g.rnd.choice('0001')}8"
    d = body + luhn.calc_check_digit(body)
    assert _zaid.is_valid(d)
    return d


def za_decoy(g: Gen) -> str:
    """Thirteen digits failing the South African ID check (a move order reference)."""
    return g.valid(lambda: "25" + g.digits(11), lambda x: not _zaid.is_valid(x))


_MY_PLACES = ["01", "02", "05", "06", "07", "08", "10", "14", "21", "22", "24", "30", "54", "56"]


def mykad(g: Gen, born: date) -> str:
    d = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{g.rnd.choice(_MY_PLACES)}{g.digits(4)}"
    assert _nric.is_valid(d)
    return _nric.format(d) if g.rnd.random() < 0.6 else d


def mykad_decoy(g: Gen) -> str:
    """Twelve digits shaped like a MyKad number with an impossible date (a quote reference)."""
    return g.valid(lambda: f"{g.rnd.randint(30, 99)}{g.rnd.randint(13, 19)}{g.digits(8)}",
                   lambda x: not _nric.is_valid(x))


def pt_nif(g: Gen, personal: bool = True) -> str:
    lead = g.rnd.choice("123") if personal else "5"
    return g.valid(lambda: lead + g.digits(8), _nif.is_valid)


def pt_cc(g: Gen) -> str:
    body = g.digits(9) + g.rnd.choice(["ZZ", "ZY", "ZX"])
    d = body + _cc.calc_check_digit(body)
    assert _cc.is_valid(d)
    return _cc.format(d)


def cpr(g: Gen, born: date) -> str:
    lead = g.rnd.choice("0123") if born.year < 2000 else g.rnd.choice("4")
    d = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{lead}{g.digits(3)}"
    assert _cpr.is_valid(d) and _cpr.get_birth_date(d) == born
    return f"{d[:6]}-{d[6:]}"


def cvr(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(7), _cvr.is_valid)


def personnummer(g: Gen, born: date) -> str:
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{g.digits(3)}"
    d = f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"
    assert _pnr.is_valid(d)
    return d


def orgnr(g: Gen) -> str:
    return _orgnr.format(g.valid(lambda: "55" + g.digits(8), _orgnr.is_valid))


def rodne_cislo(g: Gen, born: date, female: bool) -> str:
    month = born.month + (50 if female else 0)

    def make() -> str:
        return f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}"

    head = g.valid(make, lambda x: int(x) % 11 != 10)
    d = head + str(int(head) % 11 % 10)
    assert _rc.is_valid(d) and _rc.get_birth_date(d) == born
    return f"{d[:6]}/{d[6:]}"


def rc_decoy(g: Gen) -> str:
    """Ten digits with a slash like a rodné číslo, failing its check (an order number)."""
    d = g.valid(lambda: f"{g.rnd.randint(24, 25)}{g.rnd.randint(1, 12):02d}{g.rnd.randint(1, 28):02d}{g.digits(4)}",
                lambda x: not _rc.is_valid(x))
    return f"{d[:6]}/{d[6:]}"


def cz_dic(g: Gen) -> str:
    return "CZ" + g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(7), lambda x: _dic.is_valid("CZ" + x))


def amka(g: Gen, born: date) -> str:
    body = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{g.digits(4)}"
    d = body + luhn.calc_check_digit(body)
    assert _amka.is_valid(d) and _amka.get_birth_date(d) == born
    return d


def amka_decoy(g: Gen) -> str:
    """Eleven digits failing the AMKA check (a contract number)."""
    return g.valid(lambda: "2025" + g.digits(7), lambda x: not _amka.is_valid(x))


def afm(g: Gen, personal: bool = True) -> str:
    lead = g.rnd.choice("01") if personal else "8"
    return g.valid(lambda: lead + g.digits(8), _afm.is_valid)


_CF_MONTHS = "ABCDEHLMPRST"


def codice_fiscale(g: Gen, first: str, last: str, born: date, female: bool, place: str) -> str:
    def letters(text: str) -> tuple[list[str], list[str]]:
        t = [ch for ch in fold(text).upper() if ch.isalpha()]
        return [ch for ch in t if ch not in "AEIOU"], [ch for ch in t if ch in "AEIOU"]

    cons, vow = letters(last)
    sur = "".join((cons + vow + ["X"] * 3)[:3])
    cons, vow = letters(first)
    if len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    name = "".join((cons + vow + ["X"] * 3)[:3])
    day = born.day + (40 if female else 0)
    body = f"{sur}{name}{born.year % 100:02d}{_CF_MONTHS[born.month - 1]}{day:02d}{place}"
    d = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(d)
    return d


def iva(g: Gen) -> str:
    return g.valid(lambda: g.digits(7) + "023" + g.digits(1), _iva.is_valid)


def siret(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(3, 8)) + g.digits(13), _siret.is_valid)


_BBAN = {"PT": (21, ""), "DK": (14, ""), "SE": (20, ""), "CZ": (20, ""), "GR": (23, ""), "IT": (23, "A"),
         "FR": (23, "")}


def iban(g: Gen, country: str) -> str:
    size, _ = _BBAN[country]

    def make() -> str:
        if country == "IT":
            bban = g.rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + g.digits(10) + g.digits(12)
        elif country == "FR":
            bban = g.digits(21) + g.digits(2)
        else:
            bban = g.digits(size)
        return country + _iban.calc_check_digits(country + "00" + bban) + bban

    return _iban.format(g.valid(make, _iban.is_valid))


# -- removals, storage and relocation vocabulary (written for v114) ----------------------------------------------------

UNIT_SIZES = ["5x5", "5x10", "10x10", "10x15", "10x20", "10x30", "Parking 10x25"]
MOVE_SIZES = ["Studio", "1 bed flat", "2 bed house", "3 bed semi", "4 bed detached", "Office move"]
SERVICES = ["Full pack", "Part pack", "Load only", "Storage in transit", "Piano move", "Fragile pack"]
