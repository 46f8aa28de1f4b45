"""Values of held-out set v122 (:mod:`benchmarks.classification.heldout_v122`): v122's random source, and names,
streets, towns, practices and free-text snippets written by hand for v122's dental, orthodontic and optical clinics (no
Faker, no list of real people, no breach data), phones checked with phonenumbers and identifiers with check digits
computed and checked with python-stdnum (or, for the Scottish CHI, the British Columbia PHN and the Australian
Medicare number, the published rule written out here).

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
from stdnum import ean, iban, luhn
from stdnum.cz import rc as _rc
from stdnum.dk import cpr as _cpr
from stdnum.gb import nhs as _nhs
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _grvat
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva
from stdnum.my import nric as _nric
from stdnum.pt import cc as _ptcc
from stdnum.pt import nif as _nif
from stdnum.se import personnummer as _pnr
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 122_604_2026
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v122's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNK", "?",
    "not known", "declined", "nil", "0", "000000000", "00000000", "TIDAK ADA", "ukendt", "ingen", "neuvedeno", "nezná",
    "okänt", "saknas", "άγνωστο", "-", "inconnu", "néant", "desconhecido", "sem dados", "non noto", "nessuno")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v122:{SEED}:{table}")

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


US_AREAS = ["616", "231", "269", "517", "201", "732", "973", "908"]
CA_AREAS = ["250", "778", "236"]

# -- names (written for v122) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Brantley", "Deshawn", "Koa", "Everett", "Ismael", "Gideon", "Ravi", "Tucker", "Zeke", "Anders"],
           ["Harlow", "Makenna", "Ximena", "Delaney", "Noor", "Paisley", "Juniper", "Tamsin", "Lorelei", "Brynn"],
           ["Vanderwall", "Huizenga", "Oosterbaan", "Petrakis", "Malinowski", "Okoro-Dunn", "Fairbanks", "Tessaro",
            "Lindquist", "Brouwer", "Castellanos", "Vukovich", "Ridderhof", "Sneller", "Abernethy-Kahn"]),
    "gb": (["Fraser", "Euan", "Hamish", "Callum", "Lachlan", "Ruaridh", "Kyle", "Struan", "Bilal", "Finlay"],
           ["Isla", "Kirsty", "Morag", "Eilidh", "Ailsa", "Catriona", "Rhona", "Shona", "Iona", "Zara"],
           ["MacLeod", "Drummond", "Urquhart", "Baird", "Sinclair", "Lennox", "McIlwraith", "Carnegie", "Dalgleish",
            "Rashid", "Gilchrist", "Auchterlonie"]),
    "ca": (["Kieran", "Jasper", "Harjit", "Desmond", "Quinn", "Tavish", "Rowan", "Ezra"],
           ["Maple", "Sukhmani", "Tessa", "Odile", "Wren", "Juniper", "Aurelie", "Kenzie"],
           ["Bjornson", "Dhillon", "McCallister", "Thibodeau", "Vasquez-Lee", "Ouimet", "Strachan", "Grewal",
            "Lindholm", "Pelletier", "Yamashiro", "Doucette"]),
    "my": (["Ahmad Faiz", "Wei Jie", "Muthu", "Hafizuddin", "Jun Hao", "Arvind", "Syahmi", "Kok Leong"],
           ["Nur Aisyah", "Mei Ling", "Kavitha", "Siti Hajar", "Xin Yi", "Priya", "Farah Nadia", "Hui Min"],
           ["bin Rosli", "Tan", "a/l Subramaniam", "binti Hashim", "Lim", "Wong", "a/p Rajendran", "bin Zulkifli",
            "Ng", "Chong", "binti Osman", "Goh"]),
    "au": (["Brodie", "Jarrah", "Lachie", "Hamish", "Kai", "Nikolaos", "Thanh", "Cooper"],
           ["Matilda", "Indi", "Sienna", "Willow", "Georgia", "Anh", "Talia", "Evie"],
           ["Pemberton", "Kowalski", "Tran", "Gallagher", "Papadakis", "Fitzsimons", "Nguyen", "McAllister",
            "Rossiter", "Tuckwell", "Hargraves", "Yeoman"]),
    "ph": (["Jericho", "Paolo", "Rommel", "Marvin", "Jomar", "Nestor", "Angelo", "Rey"],
           ["Maricel", "Kristine", "Rowena", "Jennylyn", "Analyn", "Mylene", "Rhea", "Lovely"],
           ["Dela Cruz", "Macaraeg", "Bautista", "Villanueva", "Dimaculangan", "Sarmiento", "Pangilinan",
            "Ocampo", "Tolentino", "Magbanua", "Lacson", "Quiambao"]),
    "dk": (["Magnus", "Frej", "Asger", "Villads", "Ahmad", "Storm", "Lauge", "Bertram"],
           ["Ida", "Frida", "Alberte", "Signe", "Nanna", "Liva", "Yasmin", "Karla"],
           ["Mikkelsen", "Kjærgaard", "Thygesen", "Østergaard", "Bisgaard", "Lauridsen", "Søndergaard", "Dalsgaard",
            "Yilmaz", "Rasmussen", "Krogh", "Bech"]),
    "cz": (["Vojtěch", "Matyáš", "Šimon", "Ondřej", "Radek", "Lukáš", "Dominik", "Jiří"],
           ["Tereza", "Kristýna", "Zuzana", "Markéta", "Barbora", "Veronika", "Lenka", "Eliška"],
           ["Dvořák", "Krejčí", "Navrátil", "Procházka", "Šťastný", "Kolář", "Holub", "Zeman", "Vaněk", "Polák",
            "Hájek", "Růžička"]),
    "se": (["Melker", "Vidar", "Hugo", "Ebbe", "Ali", "Gustaf", "Tage", "Love"],
           ["Stina", "Elsa", "Majvor", "Tindra", "Nour", "Agnes", "Lova", "Wilma"],
           ["Fredriksson", "Ekström", "Hedlund", "Sundqvist", "Björklund", "Mattsson", "Östlund", "Kaya",
            "Ahlgren", "Westerberg", "Lindahl", "Nordin"]),
    "gr": (["Γιώργος", "Δημήτρης", "Αθανάσιος", "Παναγιώτης", "Στέλιος", "Χαράλαμπος", "Νικηφόρος", "Ιάσονας"],
           ["Ελένη", "Κατερίνα", "Βασιλική", "Δέσποινα", "Αναστασία", "Χρυσούλα", "Ζωή", "Φωτεινή"],
           ["Παπαδόπουλος", "Καραγιάννης", "Τσιούμας", "Μπαλτάς", "Ζαχαρίου", "Γκούμας", "Λιάπης", "Ντόκος",
            "Σταμούλης", "Κουτσούκος", "Ρίζος", "Τζιόλας"]),
    "fr": (["Noé", "Timéo", "Loris", "Gaspard", "Yanis", "Aurèle", "Basile", "Elio"],
           ["Maëlys", "Léonie", "Jade", "Anouk", "Inès", "Romane", "Apolline", "Célia"],
           ["Rochat", "Favre", "Chappuis", "Bovet", "Jaquier", "Pittet", "Cuendet", "Mottier", "Rossier",
            "Despland", "Golay", "Berthoud"]),
    "pt": (["Tomás", "Duarte", "Rodrigo", "Afonso", "Gonçalo", "Vasco", "Salvador", "Rúben"],
           ["Matilde", "Leonor", "Beatriz", "Inês", "Carolina", "Mafalda", "Francisca", "Benedita"],
           ["Ferreira", "Carvalho", "Magalhães", "Pinto da Costa", "Rebelo", "Loureiro", "Sampaio", "Vasconcelos",
            "Figueira", "Barbosa", "Teles", "Quaresma"]),
    "it": (["Cosimo", "Vito", "Donato", "Raffaele", "Oronzo", "Pasquale", "Gianluca", "Ettore"],
           ["Addolorata", "Giorgia", "Ilaria", "Rosaria", "Annalisa", "Benedetta", "Carmela", "Miriam"],
           ["De Giorgi", "Quarta", "Mangia", "Perrone", "Caputo", "Longo", "Stefanelli", "Greco", "Martella",
            "Solazzo", "Pati", "Carlino"]),
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


_GREEK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊΐ",
                  ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s",
                   "t", "y", "f", "ch", "ps", "o", "a", "e", "i", "i", "o", "y", "o", "i", "i"]))


def plain(text: str) -> str:
    text = "".join(_GREEK.get(ch, ch) for ch in text.lower())
    return "".join(ch for ch in fold(text) if ch.isalnum() or ch == ".")


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(70, 99)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first).replace(".", ""), plain(last).replace(".", "")
    return [f"{a[0]}{b}"[:12], f"{a}.{b}", f"{b[:6]}{a[:2]}".upper()][style % 3]


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net"],
    "gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "sky.com"],
    "ca": ["gmail.com", "shaw.ca", "telus.net", "hotmail.com"],
    "my": ["gmail.com", "yahoo.com.my", "hotmail.com", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com.au", "iinet.net.au"],
    "ph": ["gmail.com", "yahoo.com.ph", "outlook.com"],
    "dk": ["gmail.com", "hotmail.dk", "mail.dk", "outlook.dk"],
    "cz": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com"],
    "se": ["gmail.com", "telia.com", "hotmail.se", "outlook.com"],
    "gr": ["gmail.com", "yahoo.gr", "otenet.gr", "hotmail.com"],
    "fr": ["bluewin.ch", "gmail.com", "sunrise.ch", "hispeed.ch"],
    "pt": ["gmail.com", "sapo.pt", "hotmail.com", "netcabo.pt"],
    "it": ["libero.it", "gmail.com", "tiscali.it", "alice.it"],
}

# -- places (written for v122) -----------------------------------------------------------------------------------------

#: (city, ZIP prefix) in west Michigan
MI_CITIES = [("Grand Rapids", "495"), ("Wyoming", "495"), ("Holland", "494"), ("Kentwood", "495"),
             ("Grandville", "494"), ("Hudsonville", "494"), ("Rockford", "493"), ("Zeeland", "494")]
MI_STREETS = ["Burton St SE", "Leonard St NW", "Kalamazoo Ave SE", "Alpine Ave NW", "Plainfield Ave NE",
              "28th St SW", "Breton Rd SE", "Fulton St E", "Chicago Dr", "Riverbend Dr", "Cascade Rd"]
#: (city, ZIP prefix) in New Jersey
NJ_CITIES = [("Newark", "071"), ("Elizabeth", "072"), ("Paterson", "075"), ("Edison", "088"),
             ("Perth Amboy", "088"), ("Bayonne", "070"), ("Woodbridge", "070"), ("Clifton", "070")]
NJ_STREETS = ["Ferry St", "Elmora Ave", "Market St", "Amboy Ave", "Broadway", "Route 27", "Van Houten Ave",
              "Kearny Ave", "Smith St", "Washington Ave"]
#: (town, postcode district) in Lothian
SC_CITIES = [("Edinburgh", "EH6"), ("Leith", "EH6"), ("Musselburgh", "EH21"), ("Dalkeith", "EH22"),
             ("Portobello", "EH15"), ("Livingston", "EH54"), ("Bonnyrigg", "EH19"), ("Penicuik", "EH26")]
SC_STREETS = ["Easter Road", "Great Junction Street", "Ferry Road", "Restalrig Crescent", "Duke Street",
              "Bonnington Grove", "Lochend Park View", "Pilrig Street", "Constitution Street", "Links Gardens"]
#: (city, FSA) in the Okanagan
BC_CITIES = [("Kelowna", "V1Y"), ("West Kelowna", "V4T"), ("Vernon", "V1T"), ("Penticton", "V2A"),
             ("Lake Country", "V4V"), ("Summerland", "V0H"), ("Peachland", "V0H")]
BC_STREETS = ["Bernard Ave", "Harvey Ave", "Glenmore Rd", "Lakeshore Rd", "Gordon Dr", "Springfield Rd",
              "Okanagan Blvd", "Clement Ave", "Benvoulin Rd", "Ponderosa Dr"]
#: (town, postcode) in Selangor and Kuala Lumpur
MY_CITIES = [("Petaling Jaya", "46100"), ("Subang Jaya", "47500"), ("Shah Alam", "40000"), ("Puchong", "47100"),
             ("Kuala Lumpur", "50450"), ("Klang", "41200"), ("Cheras", "56000"), ("Kajang", "43000")]
MY_STREETS = ["Jalan SS 2/24", "Jalan 17/1", "Jalan Kenari 5", "Jalan USJ 9/5", "Lorong Maarof", "Jalan Othman",
              "Jalan Bukit Bintang", "Persiaran Kayangan", "Jalan PJU 1A/3", "Jalan Templer"]
#: (suburb, postcode) in Perth
AU_CITIES = [("Joondalup", "6027"), ("Fremantle", "6160"), ("Scarborough", "6019"), ("Rockingham", "6168"),
             ("Midland", "6056"), ("Cannington", "6107"), ("Subiaco", "6008"), ("Morley", "6062")]
AU_STREETS = ["Grand Blvd", "South Tce", "West Coast Hwy", "Safety Bay Rd", "Great Eastern Hwy", "Albany Hwy",
              "Rokeby Rd", "Walter Rd W", "Marmion Ave", "Canning Hwy"]
#: (city, postcode) in Cebu
PH_CITIES = [("Cebu City", "6000"), ("Mandaue City", "6014"), ("Lapu-Lapu City", "6015"), ("Talisay City", "6045"),
             ("Consolacion", "6001"), ("Minglanilla", "6046")]
PH_STREETS = ["Osmeña Blvd", "A.S. Fortuna St", "M.L. Quezon Ave", "Gen. Maxilom Ave", "Banilad Rd",
              "Sitio Lower Kalubihan", "Hernan Cortes St", "P. Del Rosario St"]
#: (city, postcode) on Funen
DK_CITIES = [("Odense C", "5000"), ("Odense SØ", "5220"), ("Odense NV", "5210"), ("Otterup", "5450"),
             ("Munkebo", "5330"), ("Langeskov", "5550"), ("Årslev", "5792")]
DK_STREETS = ["Vestergade", "Rugårdsvej", "Hjallesevej", "Nyborgvej", "Tarup Centervej", "Dalumvej", "Skibhusvej",
              "Fynsgade", "Åløkkevej", "Højstrupvej"]
#: (city, PSČ) in the Olomouc region
CZ_CITIES = [("Olomouc", "779 00"), ("Prostějov", "796 01"), ("Přerov", "750 02"), ("Šternberk", "785 01"),
             ("Litovel", "784 01"), ("Uničov", "783 91"), ("Hranice", "753 01")]
CZ_STREETS = ["Třída Svobody", "Palackého", "Dukelská", "Na Vozovce", "U Letiště", "Zikova", "Ztracená",
              "Masarykova", "Husova", "Hanácká"]
#: (town, postnummer prefix) in Västmanland
SE_CITIES = [("Västerås", "72"), ("Köping", "731"), ("Sala", "733"), ("Arboga", "732"), ("Hallstahammar", "734"),
             ("Surahammar", "735"), ("Kungsör", "736")]
SE_STREETS = ["Stora Gatan", "Vasagatan", "Kopparbergsvägen", "Bäckbyvägen", "Pilgatan", "Slottsgatan",
              "Råby Torg", "Ängsgärdsgatan", "Sigurdsgatan", "Malmabergsgatan"]
#: (town, ΤΚ) in Thessaly
GR_CITIES = [("Λάρισα", "412 22"), ("Τύρναβος", "401 00"), ("Φάρσαλα", "403 00"), ("Αγιά", "400 03"),
             ("Ελασσόνα", "402 00"), ("Τρίκαλα", "421 00")]
GR_STREETS = ["Κύπρου", "Παπαναστασίου", "Ηρώων Πολυτεχνείου", "Βόλου", "Μανδηλαρά", "Ρούσβελτ",
              "Φαρσάλων", "Αγίου Αχιλλείου", "Κουμουνδούρου", "Παναγούλη"]
#: (commune, NPA) in Vaud
CH_CITIES = [("Lausanne", "1004"), ("Renens", "1020"), ("Pully", "1009"), ("Prilly", "1008"), ("Morges", "1110"),
             ("Ecublens", "1024"), ("Vevey", "1800"), ("Lutry", "1095")]
CH_STREETS = ["avenue de Béthusy", "chemin des Croisettes", "rue de la Borde", "avenue de Rhodanie",
              "chemin du Bochet", "route de Cossonay", "avenue du Léman", "rue du Valentin", "chemin de Verdonnet"]
#: (concelho, código postal prefix) around Coimbra
PT_CITIES = [("Coimbra", "3000"), ("Condeixa-a-Nova", "3150"), ("Cantanhede", "3060"), ("Lousã", "3200"),
             ("Figueira da Foz", "3080"), ("Mealhada", "3050"), ("Penacova", "3360")]
PT_STREETS = ["Rua Ferreira Borges", "Avenida Fernão de Magalhães", "Rua da Sofia", "Rua do Brasil",
              "Travessa da Rua Nova", "Avenida Afonso Henriques", "Rua Lourenço Almeida Azevedo", "Largo da Portagem"]
#: (comune, CAP, cadastral code) in Salento
IT_CITIES = [("Lecce", "73100", "E506"), ("Galatina", "73013", "D862"), ("Nardò", "73048", "F842"),
             ("Maglie", "73024", "E815"), ("Copertino", "73043", "C978"), ("Gallipoli", "73014", "D883"),
             ("Tricase", "73039", "L419")]
IT_STREETS = ["Via Vittorio Emanuele", "Viale Otranto", "Via Taranto", "Via San Lazzaro", "Piazzetta dei Peruzzi",
              "Via Leuca", "Via Cavallotti", "Corte dei Cicala"]


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(2, 6_900) if lang == "us" else g.rnd.randint(1, 160)
    if lang in ("dk", "cz", "se", "gr"):
        return f"{s} {n}"
    if lang in ("pt", "it"):
        return f"{s}, {n}"
    if lang == "fr":
        return f"{s} {n}" if g.rnd.random() < 0.5 else f"{n} {s}"
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
    """A visit number shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    area = g.rnd.choice(["000", "666", f"9{g.digits(2)}"])
    return f"{area}-{g.digits(2)}-{g.digits(4)}"


def npi(g: Gen) -> str:
    """A practitioner's NPI: Luhn over the prefix 80840."""
    return g.valid(lambda: str(g.rnd.randint(1, 2)) + g.digits(9), lambda x: luhn.is_valid("80840" + x))


def chi(g: Gen, born: date) -> str:
    """A Scottish CHI number: DDMMYY, three digits (the last odd for men), a mod-11 check digit as the NHS number's."""
    return g.valid(lambda: f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{g.digits(4)}", _nhs.is_valid)


def chi_decoy(g: Gen) -> str:
    """Ten digits failing the mod-11 check (a GOS claim number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 3)) + g.digits(9), lambda x: not _nhs.is_valid(x))


def bc_phn_is_valid(value: str) -> bool:
    """Whether ``value`` is a British Columbia PHN: 10 digits starting 9, mod 11 with weights 2 4 8 5 10 9 7 3."""
    d = value.replace(" ", "")
    if len(d) != 10 or not d.isdigit() or d[0] != "9":
        return False
    total = sum(int(x) * w % 11 for x, w in zip(d[1:9], (2, 4, 8, 5, 10, 9, 7, 3)))
    check = 11 - total % 11
    return check < 10 and int(d[9]) == check


def bc_phn(g: Gen) -> str:
    d = g.valid(lambda: "9" + g.digits(9), bc_phn_is_valid)
    return f"{d[:4]} {d[4:7]} {d[7:]}"


def ca_sin(g: Gen) -> str:
    body = str(g.rnd.choice([1, 2, 3, 4, 5, 6, 7])) + g.digits(7)
    d = body + luhn.calc_check_digit(body)
    return f"{d[:3]}-{d[3:6]}-{d[6:]}"


def medicare_is_valid(value: str) -> bool:
    """Whether ``value`` is an Australian Medicare card number (10 digits or 11 with the IRN, weights 1 3 7 9)."""
    d = value.replace(" ", "")
    if len(d) not in (10, 11) or not d.isdigit() or d[0] not in "23456":
        return False
    return sum(int(x) * w for x, w in zip(d[:8], (1, 3, 7, 9, 1, 3, 7, 9))) % 10 == int(d[8])


def medicare(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 6)) + g.digits(9), medicare_is_valid)
    return f"{d[:4]} {d[4:9]} {d[9]}"


_MY_PLACES = ["01", "05", "07", "08", "10", "14", "13", "12"]


def mykad(g: Gen, born: date) -> str:
    d = g.valid(lambda: f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{g.rnd.choice(_MY_PLACES)}"
                        f"{g.digits(4)}", _nric.is_valid)
    return f"{d[:6]}-{d[6:8]}-{d[8:]}"


def philhealth(g: Gen) -> str:
    """A PhilHealth identification number by shape only (12 digits, ``NN-NNNNNNNNN-N``)."""
    d = g.rnd.choice(["01", "02", "03", "19"]) + g.digits(10)
    return f"{d[:2]}-{d[2:11]}-{d[11]}"


def sss(g: Gen) -> str:
    """A Philippine SSS number by shape only (``NN-NNNNNNN-N``)."""
    d = g.rnd.choice(["06", "07", "33", "34"]) + g.digits(8)
    return f"{d[:2]}-{d[2:9]}-{d[9]}"


def cpr(g: Gen, born: date) -> str:
    """A Danish CPR number whose seventh digit gives the birth century."""
    yy = born.year % 100
    if born.year >= 2000:
        seventh = g.rnd.choice(["4", "9"]) if yy <= 36 else g.rnd.choice("5678")
    else:
        seventh = g.rnd.choice("0123")
    d = g.valid(lambda: f"{born.day:02d}{born.month:02d}{yy:02d}{seventh}{g.digits(3)}", _cpr.is_valid)
    assert _cpr.get_birth_date(d) == born
    return f"{d[:6]}-{d[6:]}"


def rodne_cislo(g: Gen, born: date, female: bool) -> str:
    month = born.month + (50 if female else 0)
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}"

    def make() -> str:
        head = body + g.digits(3)
        return head + str(int(head) % 11 % 10)

    d = g.valid(make, _rc.is_valid)
    assert _rc.get_birth_date(d) == born
    return f"{d[:6]}/{d[6:]}"


def rc_decoy(g: Gen) -> str:
    """Ten digits failing the birth number's mod-11 check (an invoice number)."""
    return g.valid(lambda: "2" + g.digits(9), lambda x: int(x) % 11 != 0 and not _rc.is_valid(x))


def personnummer(g: Gen, born: date) -> str:
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{g.digits(3)}"
    d = f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"
    assert _pnr.is_valid(d)
    return d


def amka(g: Gen, born: date) -> str:
    body = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{g.digits(4)}"
    d = body + luhn.calc_check_digit(body)
    assert _amka.is_valid(d)
    return d


def afm(g: Gen) -> str:
    body = str(g.rnd.randint(0, 1)) + g.digits(7)
    return body + _grvat.calc_check_digit(body)


def afm_business(g: Gen) -> str:
    body = str(g.rnd.choice([8, 9])) + g.digits(7)
    return body + _grvat.calc_check_digit(body)


def avs(g: Gen) -> str:
    body = "756" + g.digits(9)
    d = body + ean.calc_check_digit(body)
    return f"{d[:3]}.{d[3:7]}.{d[7:11]}.{d[11:]}"


def nif(g: Gen, first: str = "2") -> str:
    body = first + g.digits(7)
    return body + _nif.calc_check_digit(body)


def nif_decoy(g: Gen) -> str:
    """Nine digits starting 2 failing the NIF's check (an invoice number)."""
    return g.valid(lambda: "2" + g.digits(8), lambda x: not _nif.is_valid(x))


def cartao_cidadao(g: Gen) -> str:
    body = g.digits(8) + g.digits(1) + g.rnd.choice(["ZX", "ZY", "ZW", "ZZ"])
    d = body + _ptcc.calc_check_digit(body)
    assert _ptcc.is_valid(d)
    return f"{d[:8]} {d[8]} {d[9:]}"


_CF_MONTHS = "ABCDEHLMPRST"


def _cf_part(text: str, given_name: bool) -> str:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vows = [ch for ch in letters if ch in "AEIOU"]
    if given_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return "".join((cons + vows + ["X", "X", "X"])[:3])


def codice_fiscale(g: Gen, first: str, last: str, born: date, female: bool, place: str) -> str:
    day = born.day + (40 if female else 0)
    body = f"{_cf_part(last, False)}{_cf_part(first, True)}{born.year % 100:02d}{_CF_MONTHS[born.month - 1]}" \
           f"{day:02d}{place}"
    d = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(d) and _cf.get_birth_date(d) == born
    return d


def partita_iva(g: Gen) -> str:
    body = g.digits(7) + "0" + g.rnd.choice(["75", "72"])
    return body + luhn.calc_check_digit(body)


def make_iban(g: Gen, country: str, bban: str, spaced: bool = True) -> str:
    check = iban.calc_check_digits(f"{country}00{bban}")
    value = f"{country}{check}{bban}"
    assert iban.is_valid(value)
    return iban.format(value) if spaced else value


def iban_pt(g: Gen) -> str:
    return g.valid(lambda: make_iban(g, "PT", g.rnd.choice(["0035", "0033", "0007", "0018"]) + g.digits(17)),
                   iban.is_valid)


def iban_it(g: Gen) -> str:
    return make_iban(g, "IT", g.rnd.choice(string.ascii_uppercase) + g.rnd.choice(["05034", "03069", "01030", "08603"])
                     + g.digits(5) + g.digits(12))


def iban_ch(g: Gen) -> str:
    return make_iban(g, "CH", g.rnd.choice(["00767", "00243", "80808"]) + g.digits(12))


def card(g: Gen) -> str:
    body = g.rnd.choice(["4", "51", "53", "55"])
    body += g.digits(15 - len(body))
    d = body + luhn.calc_check_digit(body)
    return " ".join(d[i:i + 4] for i in range(0, 16, 4))


def luhn_decoy(g: Gen, n: int, first: str = "") -> str:
    """``n`` digits failing the Luhn check."""
    return g.valid(lambda: first + g.digits(n - len(first)), lambda x: not luhn.is_valid(x))


def ean13(g: Gen) -> str:
    body = g.rnd.choice(["400", "760", "560", "800"]) + g.digits(9)
    return body + ean.calc_check_digit(body)


def cvr_business(g: Gen) -> str:
    from stdnum.dk import cvr
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(7), cvr.is_valid)


def ico_business(g: Gen) -> str:
    from stdnum.cz import dic
    return g.valid(lambda: g.digits(8), lambda x: dic.is_valid(x) and x[0] != "0")


def orgnr_business(g: Gen) -> str:
    body = "55" + g.digits(7)
    d = body + luhn.calc_check_digit(body)
    return f"{d[:6]}-{d[6:]}"


def ide_business(g: Gen) -> str:
    from stdnum.ch import uid
    body = g.digits(8)
    d = "CHE" + body + uid.calc_check_digit(body)
    return uid.format(d) if uid.is_valid(d) else ide_business(g)


def iva_ok(value: str) -> bool:
    return _iva.is_valid(value)


def nhs_spaced(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(4, 6)) + g.digits(9), _nhs.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:]}"
