"""Values of held-out set v123 (:mod:`benchmarks.classification.heldout_v123`): v123's random source, and names,
streets, cities, shops and free-text snippets written by hand for v123's pawnbrokers, second-hand dealers, scrap-metal
and precious-metal buyers and auction houses (no Faker, no list of real people, no breach data), phones checked with
phonenumbers and identifiers with check digits computed and checked with python-stdnum (or, where python-stdnum has
no module, with the published check written out here and tested).

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
from stdnum import imei as _imei
from stdnum import luhn
from stdnum.bg import egn as _egn
from stdnum.bg import vat as _bgvat
from stdnum.fi import hetu as _hetu
from stdnum.fi import ytunnus as _ytunnus
from stdnum.hr import oib as _oib
from stdnum.iso7064 import mod_11_10
from stdnum.lv import pvn as _pvn
from stdnum.no import fodselsnummer as _fnr
from stdnum.no import kontonr as _kontonr
from stdnum.no import orgnr as _orgnr
from stdnum.ro import cnp as _cnp
from stdnum.ro import cui as _cui
from stdnum.th import pin as _pin
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _zaid

from benchmarks.classification.heldout_v2 import Column

SEED = 123_804_2026
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v123's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNK", "?",
    "nil", "0", "none given", "ingen", "ukjent", "nincs", "ismeretlen", "ei", "ei tiedossa", "нищо", "няма",
    "неизвестно", "nema", "nepoznato", "nav", "nezināms", "fără", "necunoscut", "ไม่มี", "-ไม่ระบุ-")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v123:{SEED}:{table}")

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
        first = self.rnd.choice([24, 47, 50, 66, 71, 73, 98, 108, 174, 184, 205, 207])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2600", "2601", "2603", "2607"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True, areas: list[str] | None = None) -> str:
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        keep = max(len(nsn) - 6, 1)

        def make() -> str:
            if region == "US":
                return self.rnd.choice(areas or ["505"]) + str(self.rnd.randint(2, 9)) + self.digits(6)
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
        if fmt == "dashes" and region == "US":
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:3]}-{d[3:6]}-{d[6:]}"
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0,
               areas: list[str] | None = None) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile,
                                           areas), null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


NM_AREAS = ["505", "575"]
FL_AREAS = ["305", "786", "954", "407", "813"]
ME_AREAS = ["207"]

# -- names (written for v123) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names); ``a|b`` is a family name's male and female form
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Arturo", "Delbert", "Ezequiel", "Tyrell", "Dustin", "Lorenzo", "Kee", "Shane", "Ramón", "Wade"],
           ["Yolanda", "Crystal", "Marisela", "Tasha", "Desiree", "Loretta", "Brandi", "Felicia", "Shawna", "Imelda"],
           ["Archuleta", "Begay", "Trujillo", "Montoya", "Yazzie", "Gallegos", "Chavez-Lucero", "Whitfield", "Baca",
            "Tsosie", "Padilla", "Hollister", "Romero", "Kettleman", "Maestas"]),
    "fl": (["Yoandy", "Reinaldo", "Jamal", "Brantley", "Osvaldo", "Travis", "Duvan", "Keon"],
           ["Yanelis", "Marlene", "Kiara", "Dayami", "Tamika", "Brittany", "Ileana", "Rosmery"],
           ["Castellanos", "Pierre-Louis", "Rodriguez", "Odom", "Valdes", "Jean-Baptiste", "Fuentes", "McCray",
            "Quinones", "Betancourt", "Dorsainvil", "Lamarre"]),
    "me": (["Carroll", "Elwood", "Reginald", "Thaddeus", "Garrett", "Nolan", "Chester", "Ansel"],
           ["Priscilla", "Harriet", "Winnifred", "Beverly", "Lorraine", "Marjorie", "Tamsin", "Corinne"],
           ["Thibodeau", "Pelletier", "Coffin", "Hallowell", "Ouellette", "Spofford", "Gagnon", "Haskell", "Dunphy",
            "Libby", "Cyr", "Merrithew"]),
    "gb": (["Darren", "Kyle", "Jordan", "Wayne", "Liam", "Shaun", "Tomasz", "Aaron"],
           ["Kerry", "Leanne", "Chelsea", "Gemma", "Shannon", "Jodie", "Amira", "Stacey"],
           ["Teasdale", "Hodgson", "Wharton", "Pybus", "Atkinson", "Cheeseman", "Kowalik", "Lofthouse", "Bainbridge",
            "Coulson", "Hussain", "Readman"]),
    "sg": (["Wei Liang", "Jun Hao", "Muhammad Hafiz", "Ravi", "Kelvin", "Zhi Hao", "Aravind", "Eugene"],
           ["Hui Min", "Siti Nurhaliza", "Mei Ling", "Priya", "Jasmine", "Xin Yi", "Nur Aisyah", "Kavitha"],
           ["Tan", "Lim", "Ng", "Goh", "Chua", "Teo", "Koh", "Sim", "Ong", "Pillai", "Subramaniam", "Yusof"]),
    "za": (["Sipho", "Thabo", "Johannes", "Mpho", "Pieter", "Lungile", "Tshepo", "Kagiso"],
           ["Nomvula", "Palesa", "Annelie", "Lerato", "Zanele", "Refilwe", "Maryke", "Dineo"],
           ["Mokoena", "Dlamini", "van der Merwe", "Nkosi", "Molefe", "Botha", "Khumalo", "Sithole", "Mahlangu",
            "Pretorius", "Ndlovu", "Masondo"]),
    "au": (["Brayden", "Jarrod", "Mitchell", "Hamish", "Tuan", "Ahmad", "Lachie", "Corey"],
           ["Kayla", "Tegan", "Bronwyn", "Mei", "Jacinta", "Shanelle", "Layla", "Courtney"],
           ["Nguyen", "Fitzgerald", "El-Masri", "Papadakis", "Donnelly", "Tran", "Rahimi", "Kelleher", "Vella",
            "Singh", "Hutchins", "O'Dwyer"]),
    "th": (["สมชาย", "ประเสริฐ", "ธนากร", "วีระ", "อนุชา", "กิตติพงษ์", "ณัฐวุฒิ", "สุรชัย"],
           ["สมศรี", "มาลี", "กาญจนา", "ปิยะนุช", "วรรณา", "สุภาพร", "นภัสสร", "อรุณี"],
           ["ใจดี", "ศรีสุข", "วงศ์ใหญ่", "แก้วประเสริฐ", "บุญมา", "ทองคำ", "สุขสวัสดิ์", "พรหมมา", "เจริญผล",
            "รัตนวงศ์", "ชัยมงคล", "สมบูรณ์"]),
    "ro": (["Ionuț", "Vasile", "Mihai", "Sorin", "Florin", "Călin", "Radu", "Levente"],
           ["Ioana", "Mirela", "Andreea", "Florentina", "Roxana", "Anca", "Ildikó", "Simona"],
           ["Pop", "Moldovan", "Rus", "Mureșan", "Crișan", "Oltean", "Suciu", "Câmpean", "Sabău", "Kovács", "Bogdan",
            "Todea"]),
    "no": (["Sindre", "Eirik", "Håkon", "Øystein", "Vegard", "Trygve", "Ahmed", "Jostein"],
           ["Ingrid", "Solveig", "Marit", "Ragnhild", "Silje", "Tuva", "Åse", "Guro"],
           ["Haugen", "Aune", "Strand", "Lien", "Berg", "Aasen", "Solberg", "Moe", "Hovde", "Skjærvold", "Rønning",
            "Ali"]),
    "hu": (["Zoltán", "Gábor", "Attila", "Tibor", "Sándor", "Csaba", "Levente", "Bence"],
           ["Erzsébet", "Katalin", "Zsuzsanna", "Anikó", "Ildikó", "Réka", "Tünde", "Noémi"],
           ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Balogh", "Papp", "Lakatos", "Fekete",
            "Oláh"]),
    "fi": (["Juha", "Mikko", "Jari", "Teemu", "Pekka", "Antti", "Ville", "Tapani"],
           ["Päivi", "Tuula", "Riikka", "Sanna", "Hanna", "Marjatta", "Katja", "Aino"],
           ["Virtanen", "Mäkinen", "Nieminen", "Heikkilä", "Koskinen", "Järvinen", "Lehtonen", "Salminen",
            "Hämäläinen", "Laaksonen", "Kallio", "Rantanen"]),
    "bg": (["Георги", "Димитър", "Иван", "Стоян", "Петър", "Николай", "Христо", "Атанас"],
           ["Мария", "Елена", "Йорданка", "Десислава", "Гергана", "Радка", "Милена", "Веселина"],
           ["Иванов|Иванова", "Петров|Петрова", "Георгиев|Георгиева", "Стоянов|Стоянова", "Димитров|Димитрова",
            "Атанасов|Атанасова", "Тодоров|Тодорова", "Христов|Христова", "Костадинов|Костадинова", "Пеев|Пеева",
            "Кирилов|Кирилова", "Маринов|Маринова"]),
    "hr": (["Ivan", "Marko", "Tomislav", "Davor", "Krešimir", "Josip", "Ante", "Dražen"],
           ["Ana", "Marija", "Ivana", "Snježana", "Vesna", "Mirjana", "Petra", "Ljiljana"],
           ["Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Novak", "Knežević", "Vuković", "Božić", "Matić",
            "Pavlović", "Grgić"]),
    "lv": (["Jānis", "Andris", "Māris", "Edgars", "Gatis", "Raimonds", "Dmitrijs", "Valdis"],
           ["Inese", "Ilze", "Līga", "Dace", "Anita", "Kristīne", "Jeļena", "Zane"],
           ["Bērziņš|Bērziņa", "Kalniņš|Kalniņa", "Ozoliņš|Ozoliņa", "Jansons|Jansone", "Liepiņš|Liepiņa",
            "Krūmiņš|Krūmiņa", "Balodis|Balode", "Zariņš|Zariņa", "Pētersons|Pētersone", "Vītols|Vītola",
            "Ivanovs|Ivanova", "Kļaviņš|Kļaviņa"]),
}


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``."""
    male, fem, fam = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.5
    family = g.rnd.choice(fam)
    if "|" in family:
        family = family.split("|")[1 if female else 0]
    return g.rnd.choice(fem if female else male), family


def whole(g: Gen, lang: str = "us", female: bool | None = None) -> str:
    a, b = person(g, lang, female)
    return f"{b} {a}" if lang == "hu" else f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() or ch == ".")


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(70, 99)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def script_email(g: Gen, domains: list[str], locals_: list[str]) -> str:
    """An e-mail of a person whose name is written in Thai or Cyrillic script (romanized local part)."""
    local = g.rnd.choice(locals_)
    return f"{local}{g.rnd.choice(['', '.', '_'])}{g.rnd.randint(1, 9999)}@{g.rnd.choice(domains)}"


TH_LOCALS = ["somchai", "malee", "kanjana", "weera", "anucha", "piyanuch", "natt", "suraporn", "arunee", "tanakorn"]
BG_LOCALS = ["georgi", "dimitar", "ivan.s", "maria", "elena", "desi", "gergana", "hristo", "milena", "atanas"]

DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "icloud.com"],
    "fl": ["gmail.com", "yahoo.com", "hotmail.com", "bellsouth.net", "icloud.com"],
    "me": ["gmail.com", "myfairpoint.net", "roadrunner.com", "aol.com", "yahoo.com"],
    "gb": ["gmail.com", "hotmail.co.uk", "ntlworld.com", "yahoo.co.uk", "outlook.com"],
    "sg": ["gmail.com", "singnet.com.sg", "hotmail.com", "yahoo.com.sg"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net"],
    "au": ["gmail.com", "bigpond.com", "optusnet.com.au", "hotmail.com"],
    "th": ["gmail.com", "hotmail.com", "yahoo.co.th"],
    "ro": ["yahoo.com", "gmail.com", "yahoo.ro", "rdslink.ro"],
    "no": ["gmail.com", "online.no", "hotmail.no", "live.no"],
    "hu": ["freemail.hu", "gmail.com", "citromail.hu", "t-online.hu"],
    "fi": ["gmail.com", "suomi24.fi", "luukku.com", "hotmail.fi"],
    "bg": ["abv.bg", "gmail.com", "mail.bg", "dir.bg"],
    "hr": ["gmail.com", "net.hr", "t-com.hr", "yahoo.com"],
    "lv": ["inbox.lv", "gmail.com", "one.lv", "apollo.lv"],
}

# -- places (written for v123) -----------------------------------------------------------------------------------------

#: (city, ZIP prefix) in New Mexico
NM_CITIES = [("Albuquerque", "871"), ("Rio Rancho", "871"), ("Santa Fe", "875"), ("Las Cruces", "880"),
             ("Farmington", "874"), ("Gallup", "873"), ("Roswell", "882"), ("Los Lunas", "870")]
NM_STREETS = ["Central Ave SE", "Isleta Blvd SW", "Coors Blvd NW", "Montgomery Blvd NE", "Bridge Blvd SW",
              "Paseo del Norte NE", "Candelaria Rd NW", "Zuni Rd SE", "Old Coors Dr SW", "Juan Tabo Blvd NE"]
#: (town, postcode district) on Teesside
GB_CITIES = [("Middlesbrough", "TS1"), ("Middlesbrough", "TS3"), ("Stockton-on-Tees", "TS18"), ("Hartlepool", "TS24"),
             ("Redcar", "TS10"), ("Billingham", "TS23"), ("Thornaby", "TS17"), ("Darlington", "DL1")]
GB_STREETS = ["Parliament Road", "Linthorpe Road", "Yarm Lane", "Oxford Road", "Coatham Avenue", "Station Road",
              "Mandale Road", "Acklam Road", "Belle Vue Grove", "Ormesby Bank"]
#: (estate, postal sector) in Singapore
SG_ESTATES = [("Geylang", "38"), ("Ang Mo Kio", "56"), ("Toa Payoh", "31"), ("Jurong West", "64"),
              ("Tampines", "52"), ("Bedok", "46"), ("Woodlands", "73"), ("Yishun", "76")]
SG_STREETS = ["Geylang East Ave 1", "Ang Mo Kio Ave 3", "Lorong 4 Toa Payoh", "Jurong West St 42",
              "Tampines St 81", "Bedok North Rd", "Woodlands Dr 16", "Yishun Ring Rd"]
#: (town, postal code) in Gauteng
ZA_CITIES = [("Germiston", "1401"), ("Soweto", "1804"), ("Benoni", "1501"), ("Boksburg", "1459"),
             ("Alberton", "1449"), ("Vereeniging", "1930"), ("Johannesburg", "2001"), ("Katlehong", "1431")]
ZA_STREETS = ["Voortrekker Rd", "Vilakazi St", "Rondebult Rd", "Tom Jones St", "Commissioner St", "Pretoria Rd",
              "Lekoa St", "Kliprivier Dr", "Elm Ave", "Mogale Cres"]
#: (suburb, postcode) in New South Wales
AU_CITIES = [("Parramatta", "2150"), ("Blacktown", "2148"), ("Penrith", "2750"), ("Liverpool", "2170"),
             ("Merrylands", "2160"), ("Auburn", "2144"), ("Mount Druitt", "2770"), ("Granville", "2142")]
AU_STREETS = ["Church St", "Great Western Hwy", "Merrylands Rd", "Woodville Rd", "Flushcombe Rd", "Macquarie St",
              "Station St", "Dunmore St", "Beames Ave", "Carlingford Rd"]
#: (city, ZIP prefix) in Florida
FL_CITIES = [("MIAMI", "331"), ("HIALEAH", "330"), ("ORLANDO", "328"), ("TAMPA", "336"), ("JACKSONVILLE", "322"),
             ("FORT LAUDERDALE", "333"), ("KISSIMMEE", "347"), ("HOMESTEAD", "330")]
FL_STREETS = ["NW 27TH AVE", "W FLAGLER ST", "PALM AVE", "N ORANGE BLOSSOM TRL", "E HILLSBOROUGH AVE",
              "BEACH BLVD", "NW 7TH ST", "S DIXIE HWY", "OAKLAND PARK BLVD", "W VINE ST"]
#: (khet, postcode) in Bangkok
TH_CITIES = [("บางรัก", "10500"), ("ปทุมวัน", "10330"), ("จตุจักร", "10900"), ("ดินแดง", "10400"),
             ("คลองเตย", "10110"), ("บางกะปิ", "10240"), ("ธนบุรี", "10600"), ("ลาดพร้าว", "10230")]
TH_STREETS = ["ถนนเจริญกรุง", "ซอยลาดพร้าว 101", "ถนนประชาราษฎร์บำเพ็ญ", "ถนนพระราม 4", "ซอยรามคำแหง 24",
              "ถนนอิสรภาพ", "ถนนวิภาวดีรังสิต", "ซอยสุขุมวิท 71"]
#: (town, ZIP) in Maine
ME_CITIES = [("Portland", "04101"), ("Bangor", "04401"), ("Lewiston", "04240"), ("Augusta", "04330"),
             ("Biddeford", "04005"), ("Brunswick", "04011"), ("Waterville", "04901"), ("Camden", "04843")]
ME_STREETS = ["Congress St", "Forest Ave", "Hammond St", "Lisbon St", "Water St", "Maine St", "Elm St",
              "Chestnut St", "Ocean House Rd", "Bayview St"]
#: (locality, postcode prefix or code) in Cluj county
RO_CITIES = [("Cluj-Napoca", "400"), ("Florești", "407280"), ("Turda", "401"), ("Dej", "405200"),
             ("Gherla", "405300"), ("Câmpia Turzii", "405100"), ("Huedin", "405400"), ("Apahida", "407035")]
RO_STREETS = ["Str. Memorandumului", "Calea Florești", "Str. Horea", "Bd. 21 Decembrie 1989", "Str. Fabricii",
              "Calea Turzii", "Str. Avram Iancu", "Aleea Detunata", "Str. Observatorului", "Calea Mănăștur"]
#: (poststed, postnummer) around Trondheim
NO_CITIES = [("Trondheim", "7011"), ("Trondheim", "7030"), ("Trondheim", "7045"), ("Stjørdal", "7500"),
             ("Melhus", "7224"), ("Hommelvik", "7550"), ("Orkanger", "7300"), ("Levanger", "7600")]
NO_STREETS = ["Kjøpmannsgata", "Innherredsveien", "Byåsveien", "Olav Tryggvasons gate", "Elgeseter gate",
              "Bromstadvegen", "Vestre Rosten", "Kongens gate", "Stokkanhaugen", "Jonsvannsveien"]
#: (település, irányítószám) in Hajdú-Bihar and Szabolcs
HU_CITIES = [("Debrecen", "4024"), ("Debrecen", "4028"), ("Debrecen", "4031"), ("Hajdúböszörmény", "4220"),
             ("Hajdúszoboszló", "4200"), ("Nyíregyháza", "4400"), ("Berettyóújfalu", "4100"), ("Balmazújváros", "4060")]
HU_STREETS = ["Piac utca", "Kossuth Lajos utca", "Nagyerdei körút", "Böszörményi út", "Bethlen utca", "Hatvan utca",
              "Füredi út", "Vámospércsi út", "Petőfi tér", "Szoboszlói út"]
#: (kunta, postinumero) in Pirkanmaa
FI_CITIES = [("Tampere", "33100"), ("Tampere", "33200"), ("Tampere", "33500"), ("Nokia", "37100"),
             ("Ylöjärvi", "33470"), ("Kangasala", "36200"), ("Pirkkala", "33960"), ("Lempäälä", "37500")]
FI_STREETS = ["Hämeenkatu", "Satakunnankatu", "Pispalan valtatie", "Sammonkatu", "Teiskontie", "Nokiantie",
              "Kuruntie", "Lentoasemantie", "Tampereentie", "Hervannan valtaväylä"]
#: (град, пощенски код) in Plovdiv province
BG_CITIES = [("Пловдив", "4000"), ("Пловдив", "4003"), ("Асеновград", "4230"), ("Пещера", "4550"),
             ("Карлово", "4300"), ("Раковски", "4150"), ("Стамболийски", "4210"), ("Първомай", "4270")]
BG_STREETS = ["ул. Капитан Райчо", "бул. Марица", "ул. Иван Вазов", "бул. Цар Борис III Обединител",
              "ул. Гладстон", "бул. Васил Априлов", "ул. Христо Ботев", "ж.к. Тракия бл."]
#: (mjesto, poštanski broj) around Zagreb
HR_CITIES = [("Zagreb", "10000"), ("Zagreb", "10010"), ("Zagreb", "10040"), ("Velika Gorica", "10410"),
             ("Samobor", "10430"), ("Zaprešić", "10290"), ("Sesvete", "10360"), ("Karlovac", "47000")]
HR_STREETS = ["Ilica", "Savska cesta", "Vukovarska ulica", "Maksimirska cesta", "Zagrebačka avenija",
              "Ulica grada Vukovara", "Trg bana Jelačića", "Dubrava", "Avenija Dubrovnik", "Ulica Matice hrvatske"]
#: (pilsēta, pasta indekss) around Riga
LV_CITIES = [("Rīga", "LV-1003"), ("Rīga", "LV-1019"), ("Rīga", "LV-1057"), ("Jūrmala", "LV-2015"),
             ("Ogre", "LV-5001"), ("Salaspils", "LV-2121"), ("Jelgava", "LV-3001"), ("Olaine", "LV-2114")]
LV_STREETS = ["Maskavas iela", "Brīvības gatve", "Krasta iela", "Dzirnavu iela", "Lāčplēša iela", "Daugavgrīvas iela",
              "Ulbrokas iela", "Katlakalna iela", "Slokas iela", "Rīgas iela"]


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(100, 9_800) if lang in ("us", "fl", "me") else g.rnd.randint(1, 140)
    if lang in ("ro", "no", "hu", "fi", "hr", "lv"):
        return f"{s} {n}" if lang != "ro" else f"{s} nr. {n}"
    if lang == "bg":
        return f"{s} {n}"
    if lang == "th":
        return f"{n}/{g.rnd.randint(1, 300)} {s}"
    if lang == "sg":
        return f"Blk {g.rnd.randint(101, 899)} {s} #{g.rnd.randint(2, 25):02d}-{g.rnd.randint(1, 420):02d}"
    return f"{n} {s}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    d = g.valid(make, _ssn.is_valid)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dashed else d


def us_ssn_decoy(g: Gen) -> str:
    """A ticket number shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    area = g.rnd.choice(["000", "666", f"9{g.digits(2)}"])
    return f"{area}-{g.digits(2)}-{g.digits(4)}"


_NRIC_ST = "JZIHGFEDCBA"
_NRIC_FG = "XWUTRQPNMLK"


def nric_check(prefix: str, body: str) -> str:
    total = sum(int(d) * w for d, w in zip(body, (2, 7, 6, 5, 4, 3, 2))) + (4 if prefix in "TG" else 0)
    return (_NRIC_ST if prefix in "ST" else _NRIC_FG)[total % 11]


def nric_is_valid(value: str) -> bool:
    """Whether ``value`` is a valid Singapore NRIC or (pre-2022) FIN: a prefix S, T, F or G, 7 digits, a letter."""
    value = value.strip().upper()
    return (len(value) == 9 and value[0] in "STFG" and value[1:8].isdigit()
            and nric_check(value[0], value[1:8]) == value[8])


def nric(g: Gen, born: date, foreigner: bool = False) -> str:
    prefix = ("G" if born.year < 2000 else "M") if foreigner else ("S" if born.year < 2000 else "T")
    prefix = "F" if foreigner and prefix == "M" else prefix
    body = (f"{born.year % 100:02d}" if prefix in "ST" else g.digits(2)) + g.digits(5)
    return prefix + body + nric_check(prefix, body)


def nric_decoy(g: Gen) -> str:
    """A pledge number shaped like an NRIC (S, 7 digits, a letter) failing its check letter."""
    return g.valid(lambda: "S" + g.digits(7) + g.rnd.choice(_NRIC_ST), lambda x: not nric_is_valid(x))


def za_id(g: Gen, born: date, female: bool) -> str:
    seq = g.rnd.randint(0, 4_999) if female else g.rnd.randint(5_000, 9_999)
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:04d}{g.rnd.choice('0001')}8"
    d = body + luhn.calc_check_digit(body)
    assert _zaid.is_valid(d)
    return d


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits failing the South African ID number's check (a register entry number)."""
    return g.valid(lambda: "25" + g.digits(11), lambda x: not _zaid.is_valid(x))


def uk_licence(g: Gen, last: str, first: str, born: date, female: bool) -> str:
    """A GB driving licence number: surname, birth date (month + 50 for women), initials, a digit, two letters."""
    sur = "".join(ch for ch in fold(last).upper() if ch.isalpha())[:5].ljust(5, "9")
    month = born.month + (50 if female else 0)
    return (f"{sur}{born.year // 10 % 10}{month:02d}{born.day:02d}{born.year % 10}{fold(first)[0].upper()}9"
            f"{g.rnd.randint(0, 9)}{g.code('AA')}")


def imei(g: Gen) -> str:
    body = g.rnd.choice(["35", "86", "01", "35"]) + g.digits(12)
    d = body + luhn.calc_check_digit(body)
    assert _imei.is_valid(d)
    return d


def th_pin(g: Gen, spaced: bool = False) -> str:
    body = str(g.rnd.randint(1, 8)) + g.digits(11)
    d = body + _pin.calc_check_digit(body)
    assert _pin.is_valid(d)
    return _pin.format(d) if spaced else d


def th_pin_decoy(g: Gen) -> str:
    """Thirteen digits failing the Thai PIN's check (a pledge ticket number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 8)) + g.digits(12), lambda x: not _pin.is_valid(x))


def cnp(g: Gen, born: date, female: bool, county: str = "12") -> str:
    sex = (2 if female else 1) + (4 if born.year >= 2000 else 0)
    body = f"{sex}{born.year % 100:02d}{born.month:02d}{born.day:02d}{county}{g.rnd.randint(1, 999):03d}"
    d = body + _cnp.calc_check_digit(body)
    assert _cnp.is_valid(d)
    return d


def cnp_decoy(g: Gen) -> str:
    """Thirteen digits shaped like a CNP and failing its check (a contract number)."""
    return g.valid(lambda: g.rnd.choice("12") + g.digits(12), lambda x: not _cnp.is_valid(x))


def cui(g: Gen) -> str:
    body = str(g.rnd.randint(1, 4)) + g.digits(7)
    d = body + _cui.calc_check_digit(body)
    assert _cui.is_valid(d)
    return d


def fnr(g: Gen, born: date) -> str:
    def make() -> str:
        individual = g.rnd.randint(0, 499) if born.year < 2000 else g.rnd.randint(500, 999)
        body = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{individual:03d}"
        k1 = _fnr.calc_check_digit1(body)
        return body + k1 + _fnr.calc_check_digit2(body + k1)

    return g.valid(make, _fnr.is_valid)


def orgnr(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(8, 9)) + g.digits(8), _orgnr.is_valid)


def no_iban(g: Gen) -> str:
    number = g.valid(lambda: g.digits(11), _kontonr.is_valid)
    return _iban.format(_kontonr.to_iban(number))


def iban(g: Gen, country: str, bban: Callable[[], str], spaced: bool = True) -> str:
    def make() -> str:
        body = bban()
        return country + _iban.calc_check_digits(country + "00" + body) + body

    d = g.valid(make, _iban.is_valid)
    return _iban.format(d) if spaced else d


def hu_adoazonosito(g: Gen, born: date) -> str:
    """A Hungarian tax identification number: 8, days since 1867-01-01, 3 digits, a mod-11 check."""
    def make() -> str:
        body = f"8{(born - date(1867, 1, 1)).days:05d}{g.digits(3)}"
        return body + str(sum((i + 1) * int(ch) for i, ch in enumerate(body)) % 11)

    return g.valid(make, hu_adoazonosito_is_valid)


def hu_adoazonosito_is_valid(value: str) -> bool:
    value = value.strip()
    return (len(value) == 10 and value.isdigit() and value[0] == "8"
            and sum((i + 1) * int(ch) for i, ch in enumerate(value[:9])) % 11 == int(value[9]))


def taj_is_valid(value: str) -> bool:
    """Whether ``value`` is a valid Hungarian TAJ number (9 digits; weights 3 and 7, mod 10)."""
    value = value.replace(" ", "").replace("-", "")
    return (len(value) == 9 and value.isdigit()
            and sum(int(ch) * (3 if i % 2 == 0 else 7) for i, ch in enumerate(value[:8])) % 10 == int(value[8]))


def taj(g: Gen) -> str:
    body = str(g.rnd.randint(0, 1)) + g.digits(7)
    d = body + str(sum(int(ch) * (3 if i % 2 == 0 else 7) for i, ch in enumerate(body)) % 10)
    assert taj_is_valid(d)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def taj_decoy(g: Gen) -> str:
    """Nine digits failing the TAJ check (a pawn ticket number)."""
    return g.valid(lambda: str(g.rnd.randint(0, 1)) + g.digits(8), lambda x: not taj_is_valid(x))


_HETU = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def hetu(g: Gen, born: date) -> str:
    ddmmyy = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}"
    nnn = f"{g.rnd.randint(2, 899):03d}"
    d = f"{ddmmyy}{'-' if born.year < 2000 else 'A'}{nnn}{_HETU[int(ddmmyy + nnn) % 31]}"
    assert _hetu.is_valid(d)
    return d


def ytunnus(g: Gen) -> str:
    def make() -> str:
        body = str(g.rnd.randint(0, 3)) + g.digits(6)
        r = sum(int(ch) * w for ch, w in zip(body, (7, 9, 10, 5, 8, 4, 2))) % 11
        return f"{body}-{0 if r == 0 else 11 - r}"

    return g.valid(make, _ytunnus.is_valid)


def egn(g: Gen, born: date, female: bool) -> str:
    month = born.month + (40 if born.year >= 2000 else 0)
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(2)}"
    body += g.rnd.choice("13579" if female else "02468")
    d = body + _egn.calc_check_digit(body)
    assert _egn.is_valid(d)
    return d


def egn_decoy(g: Gen) -> str:
    """Ten digits failing the EGN check (a pledge contract number)."""
    return g.valid(lambda: g.digits(10), lambda x: not _egn.is_valid(x))


def bg_eik(g: Gen) -> str:
    return g.valid(lambda: "2" + g.digits(8), lambda x: _bgvat.is_valid("BG" + x))


def oib(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(9)
    d = body + str(mod_11_10.calc_check_digit(body))
    assert _oib.is_valid(d)
    return d


def oib_decoy(g: Gen) -> str:
    """Eleven digits failing the OIB check (a lot receipt number)."""
    return g.valid(lambda: g.digits(11), lambda x: not _oib.is_valid(x))


def lv_personas_kods(g: Gen, born: date, new: bool) -> str:
    body = "32" + g.digits(8) if new else \
        f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{1 if born.year < 2000 else 2}{g.digits(3)}"
    d = body + _pvn.calc_check_digit_pers(body)
    assert _pvn.is_valid(d)
    return f"{d[:6]}-{d[6:]}"


def lv_decoy(g: Gen) -> str:
    """A weighing act number shaped like an old personal code (ddmmyy-nnnnn) failing its check or its date."""
    return g.valid(lambda: f"{g.digits(6)}-{g.digits(5)}", lambda x: not _pvn.is_valid(x.replace("-", "")))


def lv_company(g: Gen) -> str:
    return g.valid(lambda: "4000" + g.digits(7), _pvn.is_valid)


def card(g: Gen) -> str:
    body = g.rnd.choice(["4", "51", "52", "55"])
    body += g.digits(15 - len(body))
    return body + luhn.calc_check_digit(body)


# -- trade vocabulary (written for v123) -------------------------------------------------------------------------------

PAWN_ITEMS = ["14k gold chain", "DeWalt drill set", "PS5 console", "Taylor acoustic guitar", "10k class ring",
              "Glock 19 pistol", "Stihl chainsaw", "55in Samsung TV", "Turquoise squash blossom necklace",
              "iPhone 14 Pro"]
METALS = ["Copper #1 bright", "Copper #2", "Brass (yellow)", "Insulated wire", "Lead (soft)", "Aluminium cans",
          "Aluminium extrusion", "Stainless 304", "Catalytic converter", "Heavy melting steel"]
