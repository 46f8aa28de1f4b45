"""Values of held-out set v127 (:mod:`benchmarks.classification.heldout_v127`): v127's random source, and names,
streets, cities, residences, schools and free-text snippets written by hand for v127's student accommodation,
halls of residence, boarding school and homestay systems (no Faker, no list of real people, no breach data), phones
checked with phonenumbers and identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers follow v98's; the lists below are new.
"""

from __future__ import annotations

import hashlib
import random
import re
import string
import unicodedata
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import phonenumbers
from stdnum import luhn, verhoeff
from stdnum.be import nn as _nn
from stdnum.dk import cpr as _cpr
from stdnum.ee import ik as _ik
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _afm
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.lt import asmens as _asmens
from stdnum.nl import bsn as _bsn
from stdnum.se import personnummer as _pnr
from stdnum.th import pin as _pin
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _za

from benchmarks.classification.heldout_v2 import Column

SEED = 127_404_2026
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v127's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "?", "nil", "Nil",
    "0", "000000000", "tbc", "TBC", "geen", "onbekend", "inconnu", "néant", "/", "saknas", "okänd", "ingen", "ukendt",
    "puudub", "teadmata", "nėra", "nežinoma", "καμία", "άγνωστο", "ไม่มี", "ไม่ระบุ", "no remarks", "NIL")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "").replace(
        "ø", "o").replace("æ", "ae").replace("å", "a")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v127:{SEED}:{table}")

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
        first = self.rnd.choice([31, 46, 51, 62, 78, 81, 86, 92, 109, 146, 176, 185, 212, 217])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2a00", "2a01", "2a02", "2001", "2406"])
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
            if region in ("US", "CA"):
                areas = US_AREAS if region == "US" else CA_AREAS
                return self.rnd.choice(areas) + str(self.rnd.randint(2, 9)) + self.digits(6)
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


US_AREAS = ["215", "267", "412", "717", "610", "203", "301", "609", "914", "302"]
CA_AREAS = ["613", "343", "819"]

# -- names (written for v127) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names); ``m|f`` is a family name's male and female form
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "gb": (["Fraser", "Euan", "Ruaridh", "Hamish", "Kieran", "Arjun", "Lewis", "Callum"],
           ["Isla", "Eilidh", "Morven", "Kirsty", "Ailsa", "Catriona", "Priya", "Rhona"],
           ["MacLeod", "Robertson", "Paterson", "Mackenzie", "Ritchie", "Urquhart", "Sinclair", "Gillespie", "Mowat",
            "Duguid", "Cruickshank", "Adeyemi"]),
    "au": (["Jaxon", "Harrison", "Lachie", "Cooper", "Riley", "Mitchell", "Brodie", "Declan"],
           ["Matilda", "Ruby", "Tahlia", "Sienna", "Georgia", "Kayla", "Jessica", "Bronte"],
           ["Baxter", "O'Sullivan", "Pham", "Henderson", "McCarthy", "Fitzgerald", "Papadakis", "Russo", "Wheeler",
            "Kowalski", "Nguyen", "Truscott"]),
    "intl": (["Haoran", "Minh", "Takumi", "João", "Diego", "Seojun", "Rafael", "Kenta", "Yusuf", "Aziz"],
             ["Yuki", "Mei", "Linh", "Camila", "Jiwoo", "Ananya", "Sofía", "Xinyi", "Hina", "Leyla"],
             ["Wang", "Sato", "Kim", "Silva", "Gómez", "Chen", "Tanaka", "Park", "Oliveira", "Li", "Yamamoto",
              "Öztürk", "Zhou", "Tran"]),
    "za": (["Sipho", "Thabo", "Jan-Hendrik", "Pieter", "Lwazi", "Ruan", "Kagiso", "Dewald"],
           ["Anele", "Lerato", "Marike", "Zanele", "Annelie", "Chantelle", "Nomvula", "Elmarie"],
           ["van der Merwe", "Botha", "Nkosi", "Dlamini", "Pretorius", "Mokoena", "du Plessis", "Khumalo", "Venter",
            "Ndlovu", "Fourie", "Jacobs"]),
    "in": (["Aditya", "Saurabh", "Omkar", "Tejas", "Aniket", "Rahul", "Nikhil", "Pranav"],
           ["Sakshi", "Neha", "Rutuja", "Aishwarya", "Snehal", "Pallavi", "Tanvi", "Gauri"],
           ["Patil", "Deshmukh", "Joshi", "Kulkarni", "Jadhav", "Shinde", "Pawar", "Gaikwad", "Bhosale", "Kale",
            "More", "Sawant"]),
    "nz": (["Tama", "Nikau", "Finn", "Hunter", "Kauri", "Angus", "Lachlan", "Ihaka"],
           ["Ariana", "Isla", "Maia", "Harper", "Ella", "Waimarie", "Amelia", "Kōwhai"],
           ["Tane", "Ngata", "Walker", "Rāwiri", "Henare", "Fraser", "Campbell", "Tuhiwai", "Anderson", "Murray",
            "Paewai", "Mackay"]),
    "us": (["Preston", "Carter", "Landon", "Harrison", "Wesley", "Sterling", "Davis", "Reid"],
           ["Caroline", "Margaret", "Sloane", "Avery", "Hadley", "Eleanor", "Blair", "Parker"],
           ["Whitfield", "Van Buren", "Kensington", "Ashford", "Montgomery", "Lockhart", "Pemberton", "Hollister",
            "Rutherford", "Stratton", "Caldwell", "Merriweather"]),
    "ca": (["Liam", "Mathis", "Owen", "Jacob", "Félix", "Logan", "Gabriel", "Nolan"],
           ["Olivia", "Léa", "Charlotte", "Rosalie", "Avery", "Mélodie", "Brooke", "Camille"],
           ["Lalonde", "Gauthier", "MacDonald", "Bergeron", "Simard", "O'Brien", "Chartrand", "Morin", "Leblanc",
            "Desjardins", "Kerr", "Whitlock"]),
    "th": (["สมชาย", "ธนากร", "ณัฐพล", "กิตติพงษ์", "วีรยุทธ", "ภูมิพัฒน์", "อนุชา", "ปกรณ์"],
           ["สุภาวดี", "กนกวรรณ", "ปิยะนุช", "ศิริพร", "อรทัย", "ชนิดา", "พิมพ์ชนก", "มณีรัตน์"],
           ["ศรีสุข", "วงศ์ใหญ่", "แก้วมณี", "ทองดี", "บุญมา", "จันทร์เพ็ญ", "สุวรรณรัตน์", "พรหมมา", "อินทวงศ์",
            "ใจดี", "คำแสน", "ปัญญาวงค์"]),
    "be": (["Maxime", "Arnaud", "Quentin", "Cédric", "Nathan", "Romain", "Julien", "Florent"],
           ["Aurélie", "Manon", "Justine", "Pauline", "Amandine", "Chloé", "Laura", "Marine"],
           ["Dubois", "Lambert", "Renard", "Lejeune", "Collard", "Goffin", "Wauters", "Mertens", "Delvaux", "Hubert",
            "Lemaire", "Piette"]),
    "nl": (["Daan", "Sem", "Thijs", "Bram", "Jesse", "Niels", "Ruben", "Mees"],
           ["Fleur", "Lotte", "Sanne", "Iris", "Femke", "Noor", "Eline", "Roos"],
           ["van der Veen", "de Boer", "Bosman", "van Dongen", "Kuipers", "ten Hove", "Wijnholds", "Zwiers",
            "van 't Hek", "Hermsen", "Jansen", "de Groot"]),
    "sv": (["Hugo", "Vilgot", "Melvin", "Isak", "Arvid", "Måns", "Hannes", "Elias"],
           ["Elsa", "Agnes", "Stina", "Tilde", "Wilma", "Märta", "Hedda", "Nellie"],
           ["Sundqvist", "Björklund", "Ek", "Hedlund", "Lindahl", "Norén", "Ståhl", "Åberg", "Wikström", "Fransson",
            "Dahlberg", "Grönlund"]),
    "da": (["Magnus", "Frederik", "Emil", "Villads", "Aksel", "Malthe", "Noah", "Asger"],
           ["Ida", "Freja", "Clara", "Alberte", "Josefine", "Karla", "Asta", "Sofie"],
           ["Kristensen", "Mikkelsen", "Østergaard", "Bækgaard", "Lauridsen", "Thygesen", "Kjærsgaard",
            "Søndergaard", "Holm", "Damgaard", "Hviid", "Brøndum"]),
    "et": (["Rasmus", "Markus", "Kristjan", "Siim", "Tanel", "Karl", "Oskar", "Mattias"],
           ["Liisa", "Kadri", "Maarja", "Triin", "Helena", "Getter", "Anett", "Kertu"],
           ["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Koppel", "Oja", "Lepik"]),
    "lt": (["Lukas", "Matas", "Dovydas", "Mantas", "Gytis", "Nojus", "Jokūbas", "Karolis"],
           ["Gabija", "Austėja", "Ugnė", "Emilija", "Kamilė", "Greta", "Rugilė", "Miglė"],
           ["Petrauskas|Petrauskaitė", "Jankauskas|Jankauskaitė", "Stankevičius|Stankevičiūtė",
            "Vasiliauskas|Vasiliauskaitė", "Žukauskas|Žukauskaitė", "Butkus|Butkutė", "Paulauskas|Paulauskaitė",
            "Urbonas|Urbonaitė", "Kavaliauskas|Kavaliauskaitė", "Navickas|Navickaitė"]),
    "el": (["Γιώργος", "Δημήτρης", "Κωνσταντίνος", "Σπύρος", "Θανάσης", "Χρήστος", "Ευάγγελος", "Παναγιώτης"],
           ["Ελένη", "Μαρία", "Αικατερίνη", "Βασιλική", "Χριστίνα", "Σοφία", "Παρασκευή", "Ευτυχία"],
           ["Παπαδόπουλος|Παπαδοπούλου", "Γεωργίου|Γεωργίου", "Ζαφειρίου|Ζαφειρίου", "Κωστόπουλος|Κωστοπούλου",
            "Μπαλτάς|Μπαλτά", "Τσιρόπουλος|Τσιροπούλου", "Λαμπράκης|Λαμπράκη", "Νικολαΐδης|Νικολαΐδου",
            "Καραγιάννης|Καραγιάννη", "Ζήσης|Ζήση", "Μάνθος|Μάνθου", "Γκούμας|Γκούμα"]),
}


def person(g: Gen, lang: str = "gb", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``."""
    male, fem, fam = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.5
    family = g.rnd.choice(fam)
    if "|" in family:
        family = family.split("|")[1 if female else 0]
    return g.rnd.choice(fem if female else male), family


def whole(g: Gen, lang: str = "gb", female: bool | None = None) -> str:
    a, b = person(g, lang, female)
    return f"{a} {b}"


def given(g: Gen, lang: str = "gb") -> str:
    return person(g, lang)[0]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii() or ch == ".")


_GREEK_LATIN = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω", ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m",
                                                        "n", "x", "o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps",
                                                        "o"], strict=True))
_THAI_LOCAL = ["somchai", "thanakorn", "nattapon", "kittipong", "supawadee", "kanokwan", "piyanuch", "siriporn",
               "orathai", "chanida", "pimchanok", "maneerat"]


def latin(text: str) -> str:
    """A rough Latin spelling of a Greek name (for e-mail local parts)."""
    return "".join(_GREEK_LATIN.get(ch, ch) for ch in fold(text))


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(latin(first)) or "user", plain(latin(last)) or "mail"
    if not a.isascii() or a == "user":
        a = g.rnd.choice(_THAI_LOCAL)
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(1, 9)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def thai_email(g: Gen, domains: list[str]) -> str:
    return f"{g.rnd.choice(_THAI_LOCAL)}{g.rnd.choice(['', '.', '_'])}{g.rnd.randint(1, 9999)}@{g.rnd.choice(domains)}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first).replace(".", "") or "x", plain(last).replace(".", "") or "y"
    return [f"{a[0]}{b}"[:12], f"{a}.{b}", f"{b[:6]}{a[:2]}".lower() + "01"][style % 3]


DOMAINS: dict[str, list[str]] = {
    "gb": ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "icloud.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com", "optusnet.com.au", "icloud.com"],
    "intl": ["gmail.com", "qq.com", "naver.com", "yahoo.co.jp", "hotmail.com", "163.com"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "icloud.com", "outlook.com"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "nz": ["gmail.com", "xtra.co.nz", "outlook.co.nz", "icloud.com"],
    "us": ["gmail.com", "comcast.net", "verizon.net", "icloud.com", "me.com"],
    "ca": ["gmail.com", "rogers.com", "bell.net", "videotron.ca", "outlook.com"],
    "th": ["gmail.com", "hotmail.com", "yahoo.co.th"],
    "be": ["skynet.be", "telenet.be", "gmail.com", "hotmail.be", "proximus.be"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
    "sv": ["gmail.com", "telia.com", "hotmail.se", "outlook.com", "bredband.net"],
    "da": ["gmail.com", "hotmail.dk", "mail.dk", "yahoo.dk", "outlook.dk"],
    "et": ["gmail.com", "hot.ee", "mail.ee", "online.ee"],
    "lt": ["gmail.com", "one.lt", "inbox.lt", "yahoo.com"],
    "el": ["gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr"],
}

# -- places (written for v127) -----------------------------------------------------------------------------------------

#: (town, postcode outward code) of Aberdeen tenants' home addresses
GB_CITIES = [("Aberdeen", "AB24"), ("Inverness", "IV2"), ("Dundee", "DD1"), ("Glasgow", "G12"), ("Edinburgh", "EH9"),
             ("Perth", "PH1"), ("Elgin", "IV30"), ("Stirling", "FK8"), ("Newcastle upon Tyne", "NE6"),
             ("Belfast", "BT7"), ("Peterhead", "AB42"), ("Kirkwall", "KW15")]
GB_STREETS = ["King Street", "Great Western Road", "Bon Accord Crescent", "Seaforth Road", "Hilton Drive",
              "Ferry Road", "Broughty Ferry Road", "Dumbarton Road", "Craigie Loanings", "Mayfield Terrace"]
AU_SUBURBS = [("Toowong", "4066"), ("St Lucia", "4067"), ("Indooroopilly", "4068"), ("Kenmore", "4069"),
              ("Carindale", "4152"), ("Sunnybank", "4109"), ("Chermside", "4032"), ("Ashgrove", "4060"),
              ("Holland Park", "4121"), ("Wynnum", "4178"), ("Bardon", "4065"), ("Coorparoo", "4151")]
AU_STREETS = ["Sylvan Rd", "Hawken Dr", "Moggill Rd", "Waterworks Rd", "Old Cleveland Rd", "Gympie Rd",
              "Kessels Rd", "Cavendish Rd", "Jubilee Tce", "Kate St", "Wirra Ct", "Bellbird Cres"]
ZA_TOWNS = [("Stellenbosch", "7600"), ("Paarl", "7646"), ("George", "6530"), ("Worcester", "6850"),
            ("Bellville", "7530"), ("Somerset West", "7130"), ("Pretoria", "0181"), ("Bloemfontein", "9301"),
            ("Gqeberha", "6001"), ("Upington", "8801"), ("Durbanville", "7550"), ("Mthatha", "5099")]
ZA_STREETS = ["Dorp Street", "Bird Street", "Merriman Avenue", "Van Riebeeck Street", "Church Street",
              "Hofmeyr Street", "Voortrekker Road", "Protea Road", "Nelson Mandela Drive", "Oak Avenue"]
IN_CITIES = [("Pune", "411"), ("Nashik", "422"), ("Kolhapur", "416"), ("Aurangabad", "431"), ("Solapur", "413"),
             ("Nagpur", "440"), ("Jalgaon", "425"), ("Satara", "415"), ("Ahmednagar", "414"), ("Sangli", "416"),
             ("Nanded", "431"), ("Amravati", "444")]
IN_STREETS = ["Karve Road", "Shivaji Nagar Lane 3", "FC Road", "Gangapur Road", "Rajarampuri 5th Lane",
              "Jalna Road", "Station Road", "Tilak Chowk", "Camp Area, MG Road", "Sadar Bazar Lane 2"]
NZ_CITIES = [("Dunedin", "9016"), ("Christchurch", "8041"), ("Invercargill", "9810"), ("Timaru", "7910"),
             ("Nelson", "7010"), ("Queenstown", "9300"), ("Wellington", "6021"), ("Auckland", "1024"),
             ("Tauranga", "3110"), ("Whanganui", "4500"), ("Gore", "9710"), ("Oamaru", "9400")]
NZ_STREETS = ["Castle Street", "Leith Street", "Riccarton Road", "Tay Street", "Stafford Street", "Trafalgar Street",
              "Aro Street", "Ponsonby Road", "Devonport Road", "Victoria Avenue", "Thames Street", "Mersey Street"]
#: (city, state, ZIP prefix) of a Pennsylvania boarding school's families
US_CITIES = [("Philadelphia", "PA", "191"), ("Pittsburgh", "PA", "152"), ("Greenwich", "CT", "068"),
             ("Bethesda", "MD", "208"), ("Princeton", "NJ", "085"), ("Scarsdale", "NY", "105"),
             ("Wilmington", "DE", "198"), ("Lancaster", "PA", "176"), ("Hershey", "PA", "170"),
             ("Arlington", "VA", "222")]
US_STREETS = ["Rittenhouse Sq", "Fox Chapel Rd", "Round Hill Rd", "Bradley Blvd", "Library Pl", "Heathcote Rd",
              "Kennett Pike", "Marietta Ave", "Chocolate Ave", "N Glebe Rd", "Gulph Creek Rd", "Sewickley Heights Dr"]
CA_CITIES = [("Ottawa", "K1S"), ("Ottawa", "K1N"), ("Ottawa", "K2B"), ("Kanata", "K2K"), ("Orléans", "K1C"),
             ("Nepean", "K2G"), ("Gatineau", "J8Y"), ("Barrhaven", "K2J"), ("Gloucester", "K1J"),
             ("Ottawa", "K1H")]
CA_STREETS = ["Bank St", "Riverdale Ave", "Carling Ave", "Hazeldean Rd", "St. Joseph Blvd", "Greenbank Rd",
              "Boulevard des Hautes-Plaines", "Strandherd Dr", "Ogilvie Rd", "Alta Vista Dr"]
TH_CITIES = [("เชียงใหม่", "50200"), ("ลำพูน", "51000"), ("เชียงราย", "57000"), ("ลำปาง", "52000"),
             ("แม่ริม", "50180"), ("สันทราย", "50210"), ("หางดง", "50230"), ("พะเยา", "56000"), ("น่าน", "55000"),
             ("แพร่", "54000")]
TH_STREETS = ["ถนนห้วยแก้ว ตำบลสุเทพ", "ถนนนิมมานเหมินท์ ตำบลสุเทพ", "ถนนช้างเผือก ตำบลศรีภูมิ",
              "ถนนเจริญราษฎร์ ตำบลวัดเกต", "ถนนมหิดล ตำบลหายยา", "ถนนพหลโยธิน ตำบลเวียง", "ถนนซุปเปอร์ไฮเวย์ ตำบลป่าตัน"]
BE_CITIES = [("Louvain-la-Neuve", "1348"), ("Ottignies", "1340"), ("Namur", "5000"), ("Liège", "4000"),
             ("Charleroi", "6000"), ("Mons", "7000"), ("Wavre", "1300"), ("Arlon", "6700"), ("Tournai", "7500"),
             ("Nivelles", "1400"), ("Ixelles", "1050"), ("Huy", "4500")]
BE_STREETS = ["rue des Wallons", "avenue de Lauzelle", "rue du Val Saint-Lambert", "chaussée de Charleroi",
              "rue de Fer", "boulevard d'Avroy", "rue de la Station", "avenue des Combattants", "rue Haute",
              "place des Peintres", "rue du Moulin", "chemin des Sablières"]
NL_CITIES = [("Wageningen", "6708"), ("Ede", "6711"), ("Bennekom", "6721"), ("Arnhem", "6821"), ("Renkum", "6871"),
             ("Utrecht", "3584"), ("Zwolle", "8017"), ("Leeuwarden", "8911"), ("Veenendaal", "3901"),
             ("Nijmegen", "6525"), ("Deventer", "7411"), ("Tiel", "4001")]
NL_STREETS = ["Generaal Foulkesweg", "Haarweg", "Churchillweg", "Stadsbrink", "Bowlespark", "Rijnsteeg",
              "Marijkeweg", "Dijkgraaf", "Nobelweg", "Bornsesteeg", "Lawickse Allee", "Hoevestein"]
SE_CITIES = [("Uppsala", "752"), ("Uppsala", "753"), ("Uppsala", "754"), ("Gävle", "802"), ("Västerås", "722"),
             ("Enköping", "745"), ("Sandviken", "811"), ("Falun", "791"), ("Norrtälje", "761"), ("Örebro", "703"),
             ("Östhammar", "742"), ("Sala", "733")]
SE_STREETS = ["Svartbäcksgatan", "Kungsängsvägen", "Rackarbergsgatan", "Flogstavägen", "Sysslomansgatan",
              "Drottninggatan", "Norra Slottsgatan", "Stora Gatan", "Åsgatan", "Björkvägen", "Tallbacken", "Kyrkvägen"]
DK_CITIES = [("Haderslev", "6100"), ("Aabenraa", "6200"), ("Sønderborg", "6400"), ("Tønder", "6270"),
             ("Vejle", "7100"), ("Kolding", "6000"), ("Esbjerg", "6700"), ("Fredericia", "7000"), ("Ribe", "6760"),
             ("Vojens", "6500"), ("Gråsten", "6300"), ("Rødding", "6630")]
DK_STREETS = ["Storegade", "Østergade", "Møllevej", "Skovbrynet", "Kirkevænget", "Bygaden", "Engvej", "Nørregade",
              "Slotsvej", "Fjordvej", "Toftlundvej", "Hybenvænget"]
EE_CITIES = [("Tartu", "50"), ("Tartu", "51"), ("Tallinn", "10"), ("Tallinn", "13"), ("Pärnu", "80"),
             ("Viljandi", "71"), ("Võru", "65"), ("Narva", "20"), ("Rakvere", "44"), ("Jõhvi", "41"),
             ("Haapsalu", "90"), ("Kuressaare", "93")]
EE_STREETS = ["Riia mnt", "Narva mnt", "Raatuse tn", "Tähe tn", "Kalda tee", "Jakobi tn", "Pikk tn", "Rüütli tn",
              "Vabaduse pst", "Lossi tn", "Pepleri tn", "Nooruse tn"]
LT_CITIES = [("Kaunas", "44"), ("Kaunas", "50"), ("Vilnius", "08"), ("Klaipėda", "91"), ("Šiauliai", "76"),
             ("Panevėžys", "35"), ("Alytus", "62"), ("Marijampolė", "68"), ("Utena", "28"), ("Jonava", "55"),
             ("Kėdainiai", "57"), ("Telšiai", "87")]
LT_STREETS = ["Laisvės al.", "Savanorių pr.", "Kęstučio g.", "Vytauto pr.", "Gedimino g.", "Taikos pr.",
              "Partizanų g.", "Studentų g.", "Pramonės pr.", "Basanavičiaus g.", "Sodų g.", "Liepų g."]
GR_CITIES = [("Ιωάννινα", "452"), ("Ιωάννινα", "453"), ("Άρτα", "471"), ("Πρέβεζα", "481"), ("Κέρκυρα", "491"),
             ("Λάρισα", "412"), ("Τρίκαλα", "421"), ("Αγρίνιο", "301"), ("Κοζάνη", "501"), ("Αθήνα", "115"),
             ("Θεσσαλονίκη", "546"), ("Ηγουμενίτσα", "461")]
GR_STREETS = ["Λεωφόρος Δωδώνης", "Μιχαήλ Αγγέλου", "Ναπολέοντος Ζέρβα", "Σταύρου Νιάρχου", "Βασιλίσσης Σοφίας",
              "Ερμού", "Ανεξαρτησίας", "Πανεπιστημίου", "Κωνσταντίνου Παλαιολόγου", "Μαρκοπούλου"]


def street(g: Gen, streets: list[str], lang: str = "gb") -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(1, 220)
    if lang in ("be", "nl", "sv", "da", "et", "lt", "el"):
        return f"{s} {n}" if lang != "lt" else f"{s} {n}-{g.rnd.randint(1, 60)}"
    if lang == "in":
        return f"Flat {g.rnd.randint(1, 12)}0{g.rnd.randint(1, 8)}, {s}"
    if lang == "th":
        return f"{n}/{g.rnd.randint(1, 40)} {s}"
    if lang == "us":
        return f"{g.rnd.randint(10, 4_800)} {s}"
    return f"{n} {s}"


def gb_postcode(g: Gen, outward: str) -> str:
    return f"{outward} {g.rnd.randint(1, 9)}{g.rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}{g.rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def nl_postcode(g: Gen, head: str) -> str:
    def make() -> str:
        return f"{head} {g.rnd.choice('ABCDEGHJKLMNPRTVWXZ')}{g.rnd.choice('ABCDEGHJKLMNPRTVWXZ')}"

    return g.valid(make, lambda x: x[-2:] not in ("SA", "SD", "SS"))


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------

_NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
_NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
_NINO_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_is_valid(value: str) -> bool:
    """Whether ``value`` is a well-formed UK National Insurance number (allowed prefix, six digits, suffix A-D)."""
    v = value.replace(" ", "").upper()
    return (re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", v) is not None and v[0] in _NINO_FIRST and v[1] in _NINO_SECOND
            and v[:2] not in _NINO_BAD)


def nino(g: Gen) -> str:
    d = g.valid(lambda: g.rnd.choice(_NINO_FIRST) + g.rnd.choice(_NINO_SECOND) + g.digits(6) + g.rnd.choice("ABCD"),
                nino_is_valid)
    return f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]} {d[8]}" if g.rnd.random() < 0.5 else d


def nino_decoy(g: Gen) -> str:
    """A tenancy reference shaped like a National Insurance number and failing it (a D, F, I, Q, U or V prefix)."""
    return g.rnd.choice("DFIQUV") + g.rnd.choice(string.ascii_uppercase) + g.digits(6) + g.rnd.choice("ABCD")


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    d = g.valid(make, _ssn.is_valid)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dashed else d


def us_ssn_decoy(g: Gen) -> str:
    """Nine digits failing the SSN's rules (area 000, 666 or 9xx): an account number of a boarding school."""
    return g.rnd.choice(["000", "666", f"9{g.digits(2)}"]) + g.digits(6)


def za_id(g: Gen, born: date, female: bool) -> str:
    def make() -> str:
        seq = g.rnd.randint(0, 4999) + (0 if female else 5000)
        body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:04d}{g.rnd.choice('0001')}8"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, lambda x: _za.is_valid(x) and _za.get_birth_date(x) == born)


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits failing the South African ID number's Luhn check (a deposit reference)."""
    return g.valid(lambda: "25" + g.digits(11), lambda x: not luhn.is_valid(x))


def aadhaar(g: Gen, spaced: bool = True) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if spaced else d


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (a rent receipt number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not verhoeff.is_valid(x))


def pan(g: Gen, last: str) -> str:
    initial = (plain(last)[:1] or "X").upper()
    return g.valid(lambda: g.code("AAA") + "P" + initial + g.code("9999A"), _pan.is_valid)


def thai_pin(g: Gen) -> str:
    def make() -> str:
        body = str(g.rnd.choice([1, 1, 1, 3, 5])) + g.digits(11)
        return body + _pin.calc_check_digit(body)

    d = g.valid(make, _pin.is_valid)
    return f"{d[0]}-{d[1:5]}-{d[5:10]}-{d[10:12]}-{d[12]}" if g.rnd.random() < 0.5 else d


def thai_pin_decoy(g: Gen) -> str:
    """Thirteen digits failing the Thai PIN's check (a booking reference)."""
    return g.valid(lambda: "1" + g.digits(12), lambda x: not _pin.is_valid(x))


def be_nn(g: Gen, born: date, female: bool) -> str:
    seq = g.rnd.randint(1, 498) * 2 + (0 if female else 1)
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:03d}"
    base = int(("2" if born.year >= 2000 else "") + body)
    d = body + f"{97 - base % 97:02d}"
    assert _nn.is_valid(d)
    return f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}" if g.rnd.random() < 0.6 else d


def be_nn_decoy(g: Gen) -> str:
    """Eleven digits failing the Belgian national number's mod-97 check (a rental guarantee number)."""
    return g.valid(lambda: g.code("9") + g.digits(10), lambda x: not _nn.is_valid(x))


def bsn(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), _bsn.is_valid)


def bsn_decoy(g: Gen) -> str:
    """Nine digits failing the BSN's eleven-test (a rental contract number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), lambda x: not _bsn.is_valid(x))


def personnummer(g: Gen, born: date) -> str:
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{g.digits(3)}"
    d = f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"
    assert _pnr.is_valid(d)
    return d


def luhn_decoy(g: Gen, n: int) -> str:
    """``n`` digits failing the Luhn check."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(n - 1), lambda x: not luhn.is_valid(x))


def cpr(g: Gen, born: date, female: bool) -> str:
    def make() -> str:
        century = g.rnd.choice("0123") if born.year < 2000 else g.rnd.choice("4")
        serial = century + g.digits(2) + g.rnd.choice("02468" if female else "13579")
        return f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{serial}"

    d = g.valid(make, lambda x: _cpr.is_valid(x) and _cpr.get_birth_date(x) == born)
    return f"{d[:6]}-{d[6:]}" if g.rnd.random() < 0.7 else d


def _baltic(g: Gen, born: date, female: bool, ok: Callable[[str], bool]) -> str:
    first = (3 if born.year < 2000 else 5) + (1 if female else 0)

    def make() -> str:
        body = f"{first}{born.year % 100:02d}{born.month:02d}{born.day:02d}{g.digits(3)}"
        return body + _ik.calc_check_digit(body + "0")

    return g.valid(make, ok)


def isikukood(g: Gen, born: date, female: bool) -> str:
    return _baltic(g, born, female, lambda x: _ik.is_valid(x) and _ik.get_birth_date(x) == born)


def asmens_kodas(g: Gen, born: date, female: bool) -> str:
    return _baltic(g, born, female, lambda x: _asmens.is_valid(x) and _ik.get_birth_date(x) == born)


def baltic_decoy(g: Gen, valid: Callable[[str], bool]) -> str:
    """Eleven digits shaped like an isikukood or asmens kodas (a contract number) and failing its check."""
    return g.valid(lambda: g.rnd.choice("3456") + g.code("99") + f"{g.rnd.randint(1, 12):02d}"
                   f"{g.rnd.randint(1, 28):02d}" + g.digits(4), lambda x: not valid(x))


def amka(g: Gen, born: date) -> str:
    def make() -> str:
        body = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{g.digits(4)}"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, lambda x: _amka.is_valid(x) and _amka.get_birth_date(x).replace(year=born.year) == born)


def afm(g: Gen, first: str = "0") -> str:
    def make() -> str:
        body = first + g.digits(7)
        return body + _afm.calc_check_digit(body)

    return g.valid(make, _afm.is_valid)


def afm_decoy(g: Gen) -> str:
    """Nine digits failing the ΑΦΜ's check (a decision protocol number)."""
    return g.valid(lambda: "1" + g.digits(8), lambda x: not _afm.is_valid(x))


def iban(g: Gen, country: str, bban: Callable[[], str]) -> str:
    from stdnum import iban as _iban

    def make() -> str:
        body = bban()
        check = 98 - int("".join(str(int(ch, 36)) for ch in body + country + "00")) % 97
        return f"{country}{check:02d}{body}"

    value = g.valid(make, _iban.is_valid)
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4)) if g.rnd.random() < 0.4 else value


def card(g: Gen) -> str:
    def make() -> str:
        body = g.rnd.choice(["4", "51", "53", "55", "2221"]) + g.digits(15)
        body = body[:15]
        return body + luhn.calc_check_digit(body)

    d = g.valid(make, luhn.is_valid)
    return " ".join(d[i:i + 4] for i in range(0, 16, 4)) if g.rnd.random() < 0.3 else d


def tracking(g: Gen) -> str:
    """A parcel tracking number (Royal Mail, DPD or Evri shapes)."""
    return g.rnd.choice([g.code("AA999999999GB"), "15" + g.digits(12), "H" + g.code("ZZZZ") + g.digits(11)])


# -- accommodation vocabulary (written for v127) -----------------------------------------------------------------------

NATIONALITIES = ["GB", "CN", "IN", "NG", "US", "DE", "MY", "NO", "JP", "KR", "BR", "VN", "SA", "IT", "FR"]
ROOM_TYPES = ["Ensuite", "Studio", "Twin", "Standard single", "Premium studio", "Accessible ensuite"]
