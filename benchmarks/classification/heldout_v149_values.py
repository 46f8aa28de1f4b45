"""Values of held-out set v149 (:mod:`benchmarks.classification.heldout_v149`): v149's random source, and names,
streets, towns, gyms, studios, practices and free-text snippets written by hand for v149's gyms, fitness studios,
climbing halls, yoga studios and physiotherapy practices (no Faker, no list of real people, no breach data), phones
checked with phonenumbers and identifiers with check digits computed and checked with python-stdnum.

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
from stdnum.dk import cpr as _cpr
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _afm
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.nl import bsn as _bsn
from stdnum.pl import pesel as _pesel
from stdnum.se import personnummer as _pnr
from stdnum.tr import tckimlik as _tck
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _za_id

from benchmarks.classification.heldout_v2 import Column

SEED = 149_306_2026
N = "none"
UNCLASSIFIED = "unclassified"
#: NULL-like strings of v149's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "nil", "Nil", "NIL", "NONE", "unknown",
    "n.v.t.", "nvt", "geen", "ingen", "saknas", "aucun", "néant", "brak", "nie dotyczy", "yok", "belirtilmemiş",
    "ingen bemærkninger", "intet", "καμία", "-/-", "0",
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v149:{SEED}:{table}")

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

    def day(self, lo: str, hi: str) -> date:
        a, b = date.fromisoformat(lo), date.fromisoformat(hi)
        return a + timedelta(days=self.rnd.randint(0, (b - a).days))

    def days(self, lo: str, hi: str, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.day(lo, hi), null)

    def moment(self, lo: str, hi: str) -> datetime:
        start = datetime.combine(self.day(lo, hi), datetime.min.time())
        return start + timedelta(seconds=self.rnd.randint(5 * 3_600, 23 * 3_600))

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

    def version(self, major: tuple[int, int] = (1, 9)) -> str:
        return f"{self.rnd.randint(*major)}.{self.rnd.randint(0, 24)}.{self.rnd.randint(0, 40)}"

    def ipv4(self) -> str:
        first = self.rnd.choice([31, 46, 62, 78, 81, 86, 94, 109, 141, 151, 176, 188, 195, 212, 217])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2a02", "2a01", "2001", "2a00", "2c0f"])
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
            if region == "US":
                return self.rnd.choice(US_AREAS) + str(self.rnd.randint(2, 9)) + self.digits(6)
            if region == "CA":
                return self.rnd.choice(CA_AREAS) + str(self.rnd.randint(2, 9)) + self.digits(6)
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
        return self.col(
            lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile), null
        )


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


US_AREAS = ["412", "724", "878"]
CA_AREAS = ["306", "639"]

# -- names (written for v149) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "au": (
        ["Brodie", "Lachie", "Hamish", "Jarrah", "Tane", "Quang", "Rafferty", "Nikhil", "Caleb", "Macauley"],
        ["Tahlia", "Ebony", "Matilda", "Kirra", "Indi", "Shanae", "Mei", "Georgia", "Jorja", "Annika"],
        ["Fahey", "Bracegirdle", "Tran-Walsh", "McAllister", "Pountney", "Gravolin", "Hocking", "Nguyen", "Lamprey",
         "Westbury", "Ruddock", "Penglase"],
    ),
    "ca": (
        ["Brayden", "Kristjan", "Dallas", "Owen", "Tyrell", "Mandeep", "Luc", "Emeka", "Wade", "Taras"],
        ["Kaylee", "Brynn", "Shaunavon", "Jasleen", "Marisa", "Odile", "Tenille", "Chantelle", "Adaeze", "Leah"],
        ["Wiebe", "Friesen", "Hnatyshyn", "Lalonde", "Thiessen", "Bighead", "Dhaliwal", "Kozak", "Ratushniak",
         "McCaffrey", "Okonkwo", "Sawatzky"],
    ),
    "gb": (
        ["Jordan", "Callum", "Kieran", "Haris", "Dev", "Liam", "Tomasz", "Reece", "Yusuf", "Nathaniel"],
        ["Kelsey", "Jasmin", "Priya", "Chloe", "Amelia", "Nikita", "Shannon", "Bethany", "Leanne", "Zara"],
        ["Mistry", "Thorpe", "Gajjar", "Woolley", "Ainsworth", "Lakhani", "Wragg", "Kowalski", "Bramley", "Osei",
         "Hubbard", "Chauhan"],
    ),
    "za": (
        ["Sipho", "Thabo", "Ruan", "Kyle", "Lwazi", "Yusuf", "Deon", "Anele", "Jacques", "Mthunzi"],
        ["Nomsa", "Zinhle", "Chanelle", "Lerato", "Anika", "Thandeka", "Fatima", "Yolandi", "Ayanda", "Shireen"],
        ["Mthembu", "van Wyk", "Naidoo", "Botha", "Dlamini", "Pillay", "Jacobs", "Ngcobo", "Swanepoel", "Mkhize",
         "Adams", "Zulu"],
    ),
    "nz": (
        ["Nikau", "Hunter", "Keanu", "Finn", "Tipene", "Jayden", "Oliver", "Rawiri", "Mason", "Sefa"],
        ["Ataahua", "Ruby", "Maia", "Kaia", "Tegan", "Hinemoa", "Grace", "Lani", "Sophie", "Aria"],
        ["Tuhiwai", "Baxter", "Ngata", "Fonoti", "McGregor", "Paewai", "Hollis", "Tapsell", "Vaifale", "Ruru",
         "Drummond", "Kereama"],
    ),
    "us": (
        ["Dominic", "Tyler", "Shawn", "Anthony", "Kurt", "Jamal", "Gregory", "Ravi", "Dennis", "Mitchell"],
        ["Kristen", "Denise", "Brittany", "Tamika", "Colleen", "Rachel", "Lorraine", "Anjali", "Heather", "Gina"],
        ["Kowalczyk", "DeLuca", "Fetterman", "Sabatini", "Hufnagel", "Brennan", "Zelinski", "Washington", "Novak",
         "Mancini", "Schaefer", "Lutz"],
    ),
    "in": (
        ["Aditya", "Yash", "Pranav", "Sameer", "Harshvardhan", "Nitin", "Rajat", "Anirudh", "Kunal", "Mohit"],
        ["Shruti", "Neha", "Riddhi", "Pallavi", "Sakshi", "Aarti", "Tanvi", "Gauri", "Nandini", "Ishani"],
        ["Jain", "Agrawal", "Choudhary", "Tiwari", "Malviya", "Khandelwal", "Rathore", "Dubey", "Mishra", "Solanki",
         "Parmar", "Goyal"],
    ),
    "ke": (
        ["Kamau", "Otieno", "Kipchoge", "Mwangi", "Barasa", "Omondi", "Wafula", "Kiprono", "Njoroge", "Hassan"],
        ["Wanjiru", "Akinyi", "Chebet", "Nyokabi", "Atieno", "Wambui", "Jepkosgei", "Halima", "Nafula", "Moraa"],
        ["Kariuki", "Ochieng", "Mutua", "Wekesa", "Kiptoo", "Njeri", "Odhiambo", "Chege", "Kimani", "Abdi",
         "Onyango", "Maina"],
    ),
    "fr": (
        ["Baptiste", "Quentin", "Mathis", "Killian", "Romain", "Nabil", "Tristan", "Gwenaël", "Hugo", "Sacha"],
        ["Margaux", "Capucine", "Léna", "Inès", "Perrine", "Maëlys", "Soizic", "Camille", "Louna", "Albane"],
        ["Chevallier", "Rabier", "Boisseau", "Pichon", "Delaunay", "Moreau-Sallé", "Thébault", "Haddad", "Coutant",
         "Brunet", "Ménard", "Guérin"],
    ),
    "sv": (
        ["Oskar", "Isak", "Vilgot", "Melker", "Hampus", "Aziz", "Teodor", "Anton", "Kasper", "Loke"],
        ["Elsa", "Wilma", "Tindra", "Agnes", "Juni", "Selma", "Nora", "Hedda", "Yasmin", "Lova"],
        ["Karlsson", "Sundqvist", "Ekholm", "Grahn", "Björklund", "Mäkinen", "Rosén", "Dahlberg", "Hedlund", "Ali",
         "Strand", "Norén"],
    ),
    "nl": (
        ["Bram", "Jesse", "Thijs", "Sem", "Ruben", "Mehmet", "Joost", "Wouter", "Stijn", "Gijs"],
        ["Femke", "Lotte", "Sanne", "Iris", "Noor", "Fleur", "Yara", "Marloes", "Anouk", "Ilse"],
        ["Hendriks", "Verbeek", "Kuipers", "Gerritsen", "Aydın", "Willemsen", "Postma", "Brouwer", "Hoekstra",
         "Smits", "Wijnands", "Peeters"],
    ),
    "pl": (
        ["Bartosz", "Kacper", "Mateusz", "Łukasz", "Grzegorz", "Wojciech", "Dawid", "Szymon", "Paweł", "Jakub"],
        ["Zuzanna", "Magdalena", "Karolina", "Agnieszka", "Weronika", "Julia", "Natalia", "Aleksandra", "Ewa",
         "Monika"],
        ["Wójcik", "Kaczmarek", "Mazur", "Krawczyk", "Zając", "Pawlak", "Sikora", "Baran", "Kubiak", "Wieczorek",
         "Michalak", "Jabłoński"],
    ),
    "tr": (
        ["Emre", "Burak", "Onur", "Serkan", "Kaan", "Mert", "Oğuzhan", "Tolga", "Umut", "Barış"],
        ["Elif", "Zeynep", "Büşra", "Ceren", "Gizem", "Merve", "Ebru", "Selin", "Damla", "Özlem"],
        ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydoğan", "Kurt", "Özdemir", "Arslan", "Doğan", "Koç",
         "Erdem"],
    ),
    "da": (
        ["Mads", "Rasmus", "Frederik", "Kasper", "Mikkel", "Jonas", "Asger", "Emil", "Tobias", "Bilal"],
        ["Freja", "Mette", "Sofie", "Line", "Ida", "Signe", "Camilla", "Maja", "Trine", "Nanna"],
        ["Nielsen", "Kjær", "Thomsen", "Mortensen", "Bech", "Lauridsen", "Holm", "Østergaard", "Poulsen", "Dahl",
         "Vestergaard", "Iversen"],
    ),
    "el": (
        ["Γιώργος", "Δημήτρης", "Νίκος", "Κωνσταντίνος", "Θανάσης", "Στέλιος", "Παναγιώτης", "Χρήστος", "Βασίλης",
         "Άγγελος"],
        ["Μαρία", "Ελένη", "Κατερίνα", "Δέσποινα", "Σοφία", "Βασιλική", "Αθηνά", "Χριστίνα", "Ευαγγελία", "Ιωάννα"],
        ["Παπαδόπουλος", "Γεωργίου", "Νικολαΐδης", "Καραγιάννης", "Οικονόμου", "Τσακίρης", "Μπαλτάς", "Ζαχαρίου",
         "Λαμπρόπουλος", "Ρήγας", "Κωστόπουλος", "Μαυρίδης"],
    ),
}


def el_female(surname: str) -> str:
    """The feminine form of a Greek family name (``Παπαδόπουλος`` -> ``Παπαδοπούλου``, ``Γεωργίου`` kept)."""
    if surname.endswith("όπουλος"):
        return surname[: -len("όπουλος")] + "οπούλου"
    if surname.endswith("ος"):
        return surname[:-2] + "ου"
    if surname.endswith("ης"):
        return surname[:-2] + "η"
    if surname.endswith("ής"):
        return surname[:-2] + "ή"
    if surname.endswith("άς"):
        return surname[:-2] + "ά"
    return surname


PL_FEMININE = {"Kaczmarek": "Kaczmarek", "Jabłoński": "Jabłońska"}


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``."""
    male, fem, fam = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.5
    last = g.rnd.choice(fam)
    if female and lang == "el":
        last = el_female(last)
    if female and lang == "pl":
        last = PL_FEMININE.get(last, last[:-1] + "a" if last.endswith("ski") else last)
    return g.rnd.choice(fem if female else male), last


def whole(g: Gen, lang: str, female: bool | None = None) -> str:
    a, b = person(g, lang, female)
    return f"{a} {b}"


def given(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def staff(g: Gen, n: int, lang: str, style: str = "whole") -> list[str]:
    """``n`` distinct employees: ``whole`` names, ``first`` names, ``init`` (``K. Mazur``) or ``title``."""
    out: list[str] = []
    while len(out) < n:
        female = g.rnd.random() < 0.5
        a, b = person(g, lang, female)
        name = {"whole": f"{a} {b}", "first": a, "init": f"{a[0]}. {b}", "title": f"{'Ms' if female else 'Mr'} {b}"}[
            style
        ]
        if name not in out:
            out.append(name)
    return out


def plain(text: str) -> str:
    greek = str.maketrans("αβγδεζηθικλμνξοπρσςτυφχψω", "avgdezitiklmnxoprsstyfxpo")
    return "".join(ch for ch in fold(text).translate(greek) if ch.isalnum() or ch == ".")


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first).replace(".", "") or "user", plain(last).replace(".", "") or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(70, 99)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(first).replace('.', '')}.{plain(last).replace('.', '')}@{domain}"


def login(first: str, last: str) -> str:
    return (plain(first)[0] + plain(last).replace(".", ""))[:10]


DOMAINS: dict[str, list[str]] = {
    "au": ["gmail.com", "bigpond.com", "outlook.com.au", "icloud.com"],
    "ca": ["gmail.com", "sasktel.net", "shaw.ca", "hotmail.com"],
    "gb": ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "sky.com"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "icloud.com"],
    "nz": ["gmail.com", "xtra.co.nz", "outlook.co.nz", "slingshot.co.nz"],
    "us": ["gmail.com", "verizon.net", "comcast.net", "yahoo.com"],
    "in": ["gmail.com", "yahoo.in", "rediffmail.com", "outlook.com"],
    "ke": ["gmail.com", "yahoo.com", "outlook.com"],
    "fr": ["orange.fr", "gmail.com", "free.fr", "laposte.net", "sfr.fr"],
    "sv": ["gmail.com", "hotmail.se", "telia.com", "live.se"],
    "nl": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl"],
    "pl": ["gmail.com", "wp.pl", "onet.pl", "o2.pl", "interia.pl"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    "da": ["gmail.com", "hotmail.dk", "mail.dk", "outlook.dk"],
    "el": ["gmail.com", "yahoo.gr", "hotmail.gr", "otenet.gr"],
}

# -- places (written for v149) -----------------------------------------------------------------------------------------

#: (suburb, postcode) around Hobart
AU_PLACES = [("Sandy Bay", "7005"), ("New Town", "7008"), ("Moonah", "7009"), ("Kingston", "7050"),
             ("Howrah", "7018"), ("Glenorchy", "7010"), ("Lindisfarne", "7015"), ("Battery Point", "7004"),
             ("Taroona", "7053"), ("Bellerive", "7018")]
AU_STREETS = ["Nelson Rd", "Augusta Rd", "Channel Hwy", "Derwent Ave", "Clarence St", "Main Rd", "Churchill Ave",
              "Waimea Ave", "Summerleas Rd", "Risdon Rd"]
#: (city, FSA) in Saskatchewan
CA_PLACES = [("Saskatoon", "S7K"), ("Saskatoon", "S7N"), ("Saskatoon", "S7H"), ("Martensville", "S0K"),
             ("Warman", "S0K"), ("Regina", "S4P"), ("Prince Albert", "S6V"), ("Saskatoon", "S7J")]
CA_STREETS = ["Spadina Cres E", "Broadway Ave", "Lorne Ave", "Preston Ave S", "8th St E", "Taylor St W",
              "Stonebridge Blvd", "Centennial Dr", "Egbert Ave", "Wiggins Ave S"]
#: (town, postcode district) around Leicester
GB_PLACES = [("Leicester", "LE2"), ("Leicester", "LE4"), ("Oadby", "LE2"), ("Wigston", "LE18"),
             ("Loughborough", "LE11"), ("Syston", "LE7"), ("Hinckley", "LE10"), ("Leicester", "LE5"),
             ("Birstall", "LE4"), ("Market Harborough", "LE16")]
GB_STREETS = ["Narborough Road", "Belgrave Gate", "Uppingham Road", "Welford Road", "Melton Road", "Aylestone Road",
              "Evington Lane", "Queens Road", "Hinckley Road", "Gipsy Lane"]
#: (suburb, postal code) in Nelson Mandela Bay
ZA_PLACES = [("Walmer", "6070"), ("Summerstrand", "6001"), ("Newton Park", "6045"), ("Lorraine", "6070"),
             ("Kwazakhele", "6205"), ("Mount Pleasant", "6070"), ("Sunridge Park", "6045"), ("Humewood", "6013"),
             ("Motherwell", "6211"), ("Despatch", "6220")]
ZA_STREETS = ["Heugh Rd", "Cape Rd", "Main Rd", "Buffelsfontein Rd", "Marine Dr", "Ninth Ave", "Sixth Ave",
              "Kragga Kamma Rd", "William Moffett Exp", "Church St"]
#: (suburb, postcode) in Nelson
NZ_PLACES = [("Stoke", "7011"), ("Richmond", "7020"), ("Tāhunanui", "7011"), ("Atawhai", "7010"),
             ("The Wood", "7010"), ("Enner Glynn", "7011"), ("Brightwater", "7022"), ("Nelson Central", "7010"),
             ("Washington Valley", "7010"), ("Wakefield", "7025")]
NZ_STREETS = ["Waimea Road", "Rocks Road", "Queen Street", "Trafalgar Street", "Main Road Stoke", "Collingwood Street",
              "Champion Road", "Atawhai Drive", "Songer Street", "Bridge Street"]
#: (town, ZIP) in western Pennsylvania
US_PLACES = [("PITTSBURGH", "15213"), ("PITTSBURGH", "15217"), ("MCKEES ROCKS", "15136"), ("BETHEL PARK", "15102"),
             ("MONROEVILLE", "15146"), ("CARNEGIE", "15106"), ("CANONSBURG", "15317"), ("CRANBERRY TWP", "16066"),
             ("GREENSBURG", "15601"), ("PITTSBURGH", "15210")]
US_STREETS = ["Murray Ave", "Brownsville Rd", "Forbes Ave", "Liberty Ave", "Library Rd", "Greentree Rd",
              "Saw Mill Run Blvd", "Perry Hwy", "Penn Ave", "Butler St"]
#: (locality, PIN) in Indore
IN_PLACES = [("Vijay Nagar", "452010"), ("Palasia", "452001"), ("Rau", "453331"), ("Bhawarkua", "452001"),
             ("Nipania", "452010"), ("Sudama Nagar", "452009"), ("Khajrana", "452016"), ("Mhow", "453441")]
IN_STREETS = ["Scheme 54, AB Road", "Saket Nagar", "Manik Bagh Road", "Annapurna Road", "Bombay Hospital Lane",
              "MR 10", "Race Course Road", "Old Palasia Lane 3"]
#: estates of Mombasa
KE_PLACES = [("Nyali", "80118"), ("Bamburi", "80106"), ("Tudor", "80100"), ("Kizingo", "80100"),
             ("Mtwapa", "80109"), ("Likoni", "80110"), ("Shanzu", "80100"), ("Kongowea", "80102")]
KE_STREETS = ["Links Road", "Moi Avenue", "Nyerere Avenue", "Mama Ngina Drive", "Digo Road", "Malindi Road",
              "Beach Road", "Dedan Kimathi Avenue"]
FR_PLACES = [("Tours", "37000"), ("Tours", "37100"), ("Joué-lès-Tours", "37300"), ("Saint-Cyr-sur-Loire", "37540"),
             ("Saint-Avertin", "37550"), ("La Riche", "37520"), ("Chambray-lès-Tours", "37170"),
             ("Fondettes", "37230")]
FR_STREETS = ["rue Nationale", "rue Colbert", "boulevard Béranger", "avenue de Grammont", "rue du Commerce",
              "quai Paul Bert", "rue Febvotte", "allée des Tilleuls", "rue Édouard Vaillant", "avenue de la Tranchée"]
SE_PLACES = [("Västerås", "722"), ("Västerås", "724"), ("Västerås", "725"), ("Hallstahammar", "734"),
             ("Köping", "731"), ("Surahammar", "735"), ("Enköping", "745"), ("Sala", "733")]
SE_STREETS = ["Stora Gatan", "Vasagatan", "Kopparbergsvägen", "Sigurdsgatan", "Björnövägen", "Malmabergsgatan",
              "Pettersbergsgatan", "Vallbyvägen", "Ringvägen", "Tegnérgatan"]
NL_PLACES = [("Arnhem", "68"), ("Oosterbeek", "6861"), ("Velp", "6881"), ("Elst", "6661"), ("Duiven", "6921"),
             ("Westervoort", "6931"), ("Zevenaar", "6901"), ("Arnhem", "68")]
NL_STREETS = ["Steenstraat", "Utrechtseweg", "Amsterdamseweg", "Rijnkade", "Hommelseweg", "Klarendalseweg",
              "Schelmseweg", "Zijpendaalseweg", "Sonsbeekweg", "Elderhofseweg"]
PL_PLACES = [("Lublin", "20-"), ("Świdnik", "21-040"), ("Lublin", "20-"), ("Łęczna", "21-010"),
             ("Puławy", "24-100"), ("Chełm", "22-100"), ("Lublin", "20-"), ("Kraśnik", "23-200")]
PL_STREETS = ["Krakowskie Przedmieście", "ul. Narutowicza", "ul. Zana", "ul. Nadbystrzycka", "al. Racławickie",
              "ul. Lipowa", "ul. Wileńska", "ul. Kunickiego", "ul. Głęboka", "ul. Orkana"]
#: (ilçe, postcode) of Eskişehir
TR_PLACES = [("Odunpazarı", "26010"), ("Tepebaşı", "26130"), ("Odunpazarı", "26020"), ("Tepebaşı", "26170"),
             ("Sivrihisar", "26600"), ("Alpu", "26850"), ("Odunpazarı", "26040"), ("Tepebaşı", "26150")]
TR_STREETS = ["Vişnelik Mah. Sakarya Cad.", "Hoşnudiye Mah. İsmet İnönü Cad.", "Batıkent Mah. Yunus Emre Sok.",
              "Büyükdere Mah. Hamamyolu Cad.", "Şirintepe Mah. Ertaş Sok.", "Emek Mah. Atatürk Bulvarı",
              "Yenibağlar Mah. Özgürlük Cad.", "Osmangazi Mah. Kızılcıklı Sok."]
DK_PLACES = [("Odense C", "5000"), ("Odense M", "5230"), ("Odense SV", "5250"), ("Odense N", "5270"),
             ("Nyborg", "5800"), ("Middelfart", "5500"), ("Svendborg", "5700"), ("Kerteminde", "5300")]
DK_STREETS = ["Vesterbro", "Nørregade", "Hjallesevej", "Skibhusvej", "Rugårdsvej", "Munkebjergvej", "Åløkkevej",
              "Sdr. Boulevard", "Middelfartvej", "Tarupvej"]
GR_PLACES = [("Λάρισα", "412 22"), ("Λάρισα", "413 35"), ("Λάρισα", "412 21"), ("Τύρναβος", "401 00"),
             ("Φάρσαλα", "403 00"), ("Αγιά", "400 03"), ("Λάρισα", "415 00"), ("Ελασσόνα", "402 00")]
GR_STREETS = ["Κύπρου", "Παπακυριαζή", "Ηρώων Πολυτεχνείου", "Βόλου", "Φαρσάλων", "Κουμουνδούρου", "Μανδηλαρά",
              "Ασκληπιού", "Ρούζβελτ", "Αλεξάνδρας"]


def street(g: Gen, streets: list[str], lang: str) -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(2, 3_400) if lang == "us" else g.rnd.randint(1, 180)
    if lang == "fr":
        return f"{n} {s}"
    if lang in ("sv", "nl", "da", "el"):
        return f"{s} {n}"
    if lang == "pl":
        return f"{s} {n}" + (f"/{g.rnd.randint(1, 60)}" if g.rnd.random() < 0.6 else "")
    if lang == "tr":
        return f"{s} No:{n}" + (f" D:{g.rnd.randint(1, 24)}" if g.rnd.random() < 0.7 else "")
    if lang == "in":
        return f"{g.rnd.randint(1, 480)}, {s}"
    return f"{n} {s}"


def dmy(d: date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn(g: Gen) -> str:
    return g.valid(lambda: f"{g.rnd.randint(1, 665):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}",
                   _ssn.is_valid)


def us_mbi(g: Gen) -> str:
    """A Medicare Beneficiary Identifier by its published shape (no check digit)."""
    letters = "ACDEFGHJKMNPQRTUVWXY"
    alnum = letters + string.digits
    parts = [str(g.rnd.randint(1, 9)), g.rnd.choice(letters), g.rnd.choice(alnum), g.digits(1), g.rnd.choice(letters),
             g.rnd.choice(alnum), g.digits(1), g.rnd.choice(letters), g.rnd.choice(letters), g.digits(2)]
    return "".join(parts)


def npi(g: Gen) -> str:
    """A provider's NPI: nine digits and a Luhn check over ``80840`` + the nine."""
    body = g.rnd.choice("12") + g.digits(8)
    check = luhn.calc_check_digit("80840" + body)
    return body + check


def card(g: Gen) -> str:
    prefix = g.rnd.choice(["4", "4", "51", "53", "55", "37"])
    size = 15 if prefix == "37" else 16
    body = prefix + g.digits(size - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def luhn_decoy(g: Gen, n: int, first: str = "123456789") -> str:
    return g.valid(lambda: g.rnd.choice(first) + g.digits(n - 1), lambda x: not luhn.is_valid(x))


def za_id(g: Gen, born: date, female: bool) -> str:
    seq = g.rnd.randint(0, 4_999) if female else g.rnd.randint(5_000, 9_999)
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:04d}{g.rnd.choice('0001')}8"
    d = body + luhn.calc_check_digit(body)
    assert _za_id.is_valid(d)
    return d


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits failing the South African ID number's check (a contract number)."""
    return g.valid(lambda: "2" + g.digits(12), lambda x: not _za_id.is_valid(x))


def aadhaar(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}"


def aadhaar_decoy(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def personnummer(g: Gen, born: date) -> str:
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{g.digits(3)}"
    d = f"{born.year}{born.month:02d}{born.day:02d}-{body[6:]}{luhn.calc_check_digit(body)}"
    assert _pnr.is_valid(d)
    return d


def personnummer_decoy(g: Gen) -> str:
    """``YYMMDD-NNNN`` with a real date failing the Luhn check (a card or booking number)."""
    def make() -> str:
        d = g.birth(1960, 2010)
        return f"{d.year % 100:02d}{d.month:02d}{d.day:02d}-{g.digits(4)}"

    return g.valid(make, lambda x: not luhn.is_valid(x.replace("-", "")))


def bsn(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("1236") + g.digits(8), _bsn.is_valid)


def bsn_decoy(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("1236") + g.digits(8), lambda x: not _bsn.is_valid(x))


def pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    sex = g.rnd.choice("02468" if female else "13579")
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}{sex}"
    d = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(d)
    return d


def pesel_decoy(g: Gen) -> str:
    def make() -> str:
        d = g.birth(1960, 2005)
        return f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{g.digits(5)}"

    return g.valid(make, lambda x: not _pesel.is_valid(x))


def tckimlik(g: Gen) -> str:
    def make() -> str:
        body = str(g.rnd.randint(1, 9)) + g.digits(8)
        return body + _tck.calc_check_digits(body)

    return g.valid(make, _tck.is_valid)


def tckimlik_decoy(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _tck.is_valid(x))


def cpr(g: Gen, born: date, female: bool) -> str:
    century = g.rnd.choice("0123") if born.year < 2000 else g.rnd.choice("4")
    last = g.rnd.choice("02468" if female else "13579")
    d = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{century}{g.digits(2)}{last}"
    assert _cpr.is_valid(d) and _cpr.get_birth_date(d) == born
    return f"{d[:6]}-{d[6:]}"


def cpr_decoy(g: Gen) -> str:
    """``DDMMYY-NNNN`` whose date cannot exist (day 32 to 39 or month 13 to 19): a Betalingsservice reference."""
    if g.rnd.random() < 0.5:
        head = f"{g.rnd.randint(32, 39)}{g.rnd.randint(1, 12):02d}"
    else:
        head = f"{g.rnd.randint(1, 28):02d}{g.rnd.randint(13, 19)}"
    d = f"{head}{g.digits(2)}{g.digits(4)}"
    assert not _cpr.is_valid(d)
    return f"{d[:6]}-{d[6:]}"


def amka(g: Gen, born: date, female: bool) -> str:
    def make() -> str:
        sex = g.rnd.choice("02468" if female else "13579")
        body = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{g.digits(3)}{sex}"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _amka.is_valid)


def afm(g: Gen) -> str:
    def make() -> str:
        body = g.rnd.choice("01") + g.digits(7)
        return body + _afm.calc_check_digit(body)

    return g.valid(make, _afm.is_valid)


def afm_decoy(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("01") + g.digits(8), lambda x: not _afm.is_valid(x))


def iban(g: Gen, country: str, bban: str) -> str:
    def make() -> str:
        body = g.code(bban)
        number = country + "00" + body
        return country + _iban.calc_check_digits(number) + body

    value = g.valid(make, _iban.is_valid)
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


def fr_iban(g: Gen) -> str:
    return iban(g, "FR", "99999999999999999999999")


def nl_iban(g: Gen) -> str:
    return iban(g, "NL", g.rnd.choice(["INGB", "RABO", "ABNA", "SNSB", "TRIO"]) + "9999999999")


def pl_iban(g: Gen) -> str:
    return iban(g, "PL", "999999999999999999999999")


# -- vocabulary (written for v149) -------------------------------------------------------------------------------------

GB_BRANCHES = ["Foxhall Gyms Leicester Fosse Park", "Foxhall Gyms Loughborough", "Foxhall Gyms Leicester Highcross",
               "Foxhall Gyms Hinckley", "Foxhall Gyms Oadby"]
IN_BRANCHES = ["IronPeak Fitness Vijay Nagar", "IronPeak Fitness Palasia", "IronPeak Fitness Bhawarkua",
               "IronPeak Fitness Nipania"]
ZA_CLUBS = ["Bayside Health Walmer", "Bayside Health Greenacres", "Bayside Health Summerstrand",
            "Bayside Health Fairview"]
CA_EMPLOYERS = ["Prairie Potash Co-operative", "Riverlanding Credit Union", "Saskatoon Transit Services",
                "Northbend Agritech Ltd", "Meewasin Health Cooperative", "Broadway Dental Group"]
KE_GYMS = ["Tidewater Fitness Nyali", "Coastline Yoga Shanzu", "Pwani CrossBox Tudor", "Kilindini Climb Club",
           "Mwambao Pilates Bamburi"]
NL_INSURERS = ["Zilveren Kruis", "CZ", "VGZ", "Menzis", "ONVZ", "DSW", "a.s.r."]
US_PAYERS = ["HIGHMARK BCBS", "UPMC HEALTH PLAN", "MEDICARE PART B", "AETNA", "GATEWAY MEDICAID", "SELF PAY"]
