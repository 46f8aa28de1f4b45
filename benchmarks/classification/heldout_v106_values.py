"""Values of held-out set v106 (:mod:`benchmarks.classification.heldout_v106`): v106's random source, and names,
streets, cities, ships, hotels and free-text snippets written by hand for v106's tour operators, cruise lines,
pilgrimage operators and travel insurers (no Faker, no list of real people, no breach data), phones checked with
phonenumbers and identifiers with check digits computed and checked with python-stdnum.

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
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.id import nik as _nik
from stdnum.ie import pps as _pps
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.it import codicefiscale as _cf
from stdnum.ru import inn as _inn
from stdnum.tr import tckimlik as _tck
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _za

from benchmarks.classification.heldout_v2 import Column

SEED = 106_311_2026
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v106's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNK", "?",
    "not known", "nil", "0", "k.A.", "unbekannt", "keine", "inconnu", "néant", "sin datos", "ninguna", "yok",
    "bilinmiyor", "tidak ada", "-tidak ada-", "нет", "неизвестно", "nessuna", "n.d.", "TBA", "none given")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v106:{SEED}:{table}")

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


US_AREAS = ["305", "786", "954", "561", "407", "813", "904", "239"]
CA_AREAS = ["416", "647", "905", "613", "519", "705", "289"]

# -- names (written for v106) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Deshawn", "Marco", "Wendell", "Yusniel", "Braxton", "Hollis", "Ezra", "Leandro", "Garrett", "Otis"],
           ["Marisela", "Tamsin", "Yolanda", "Krystal", "Delphina", "Annelise", "Caridad", "Shonda", "Lorelei", "Ivy"],
           ["Arrowood", "Castellanos", "Pettigrew", "Osei-Bonsu", "Lindahl", "Quarles", "Betancourt", "Fenwick",
            "Mulvaney", "Trevino", "Okimoto", "Garside", "Rutledge", "Villanueva", "Sobczak"]),
    "ca": (["Mathieu", "Harjit", "Callum", "Dmytro", "Ren", "Anselm", "Kwabena", "Jasper"],
           ["Genevieve", "Manpreet", "Rhiannon", "Lucie", "Mei-Ling", "Oksana", "Tessa", "Noor"],
           ["Thibodeau", "Grewal", "MacLellan", "Pelletier", "Hrycenko", "Dunsmore", "Ouellette", "Vanstone",
            "Kapoor-Reid", "Labrecque", "Ashdown", "Mercredi"]),
    "gb": (["Archie", "Rowan", "Idris", "Hamish", "Ollie", "Kwame", "Jago", "Fergus"],
           ["Harriet", "Tallulah", "Yasmin", "Bryony", "Isla", "Philippa", "Keeley", "Nkechi"],
           ["Brackenbury", "Pennycook", "Ainsworth", "Chaudhry", "Tregaskis", "Lowther", "Oyelaran", "Featherstone",
            "Gascoigne", "Mistry", "Ravenscroft", "Cattermole"]),
    "au": (["Lachlan", "Jarrah", "Hamish", "Nikos", "Tuan", "Brodie", "Ashwin", "Kieran"],
           ["Matilda", "Kirra", "Allira", "Georgina", "Thanh", "Skye", "Eleni", "Tahlia"],
           ["Featherby", "Papadakis", "Nguyen-Moss", "Wheatley", "Tarrant", "Carmody", "Kowalski", "Gribble",
            "Yunupingu-Hart", "Blackwood", "Sinclair-Ho", "Pascoe"]),
    "ng": (["Abdulrahman", "Usman", "Sani", "Bashir", "Kabiru", "Mustapha", "Aminu", "Nasiru"],
           ["Hadiza", "Zainab", "Maryam", "Binta", "Rukayya", "Hafsat", "Asma'u", "Fatima"],
           ["Dankano", "Garba", "Sule", "Yakasai", "Bichi", "Madobi", "Gwarzo", "Dambatta", "Tofa", "Kura",
            "Ringim", "Shehu"]),
    "za": (["Sipho", "Thabo", "Pieter", "Ruan", "Mandla", "Yusuf", "Kagiso", "Jaco"],
           ["Nomvula", "Lerato", "Annelie", "Zanele", "Riana", "Thandeka", "Fatima", "Chantelle"],
           ["Mokoena", "van der Westhuizen", "Dlamini", "Botha", "Nkosi", "Pillay", "Swanepoel", "Khumalo",
            "Jacobs", "Naidoo", "Mthembu", "Cloete"]),
    "in": (["Aditya", "Varun", "Kunal", "Nikhil", "Faisal", "Gaurav", "Rajat", "Manish"],
           ["Nandini", "Ritika", "Aparna", "Sneha", "Zoya", "Divya", "Bhavna", "Tanvi"],
           ["Khurana", "Bhatnagar", "Mehrotra", "Saxena", "Ansari", "Joshi", "Agarwal", "Sethi", "Chopra",
            "Tandon", "Rastogi", "Bhalla"]),
    "ie": (["Eoghan", "Ciarán", "Donncha", "Senan", "Cormac", "Páraic", "Lorcan", "Tomás"],
           ["Caoimhe", "Ailbhe", "Nuala", "Éabha", "Treasa", "Bríd", "Muireann", "Síle"],
           ["O'Sullivan", "Moynihan", "Ó Conchúir", "Cronin", "Ní Shé", "Fleming", "Healy-Rae", "Courtney",
            "Mac Cárthaigh", "Sheahan", "Lucey", "Brosnan"]),
    "de": (["Jörg", "Benedikt", "Till", "Yannick", "Cem", "Matthias", "Volker", "Arne"],
           ["Annegret", "Hildegard", "Lena", "Sibylle", "Dilara", "Ricarda", "Mareike", "Ulrike"],
           ["Pützfeld", "Schmitz-Hövel", "Kämmerer", "Oberländer", "Aydın", "Wimmers", "Lückerath", "Breuer",
            "Vogelsang", "Kowalewski", "Esser", "Thelen"]),
    "fr": (["Baptiste", "Régis", "Marius", "Nourdine", "Jérémie", "Gilles", "Toussaint", "Évariste"],
           ["Mireille", "Capucine", "Lilou", "Samia", "Bérengère", "Ludivine", "Josiane", "Apolline"],
           ["Castellani", "Roumanille", "Benhaddou", "Estienne", "Fabre", "Giraudon", "Pellegrin", "Santoni",
            "Aubanel", "Mouret", "Bonifay", "Cauvin"]),
    "es": (["Rafael", "Manuel Jesús", "Curro", "Íñigo", "Álvaro", "Fulgencio", "Rocío", "Macarena"],
           ["Macarena", "Rocío", "Inmaculada", "Consuelo", "Esperanza", "María del Valle", "Triana", "Amparo"],
           ["Jiménez", "Romero", "Caballero", "Ortiz de Zárate", "Lobato", "Cabrera", "Alcaide", "Moreno",
            "Barrionuevo", "Villalobos", "Gallardo", "Benjumea"]),
    "tr": (["Mehmet Ali", "Hüseyin", "Osman", "Recep", "Yusuf", "İbrahim", "Mustafa", "Ömer"],
           ["Emine", "Hatice", "Zeynep", "Şerife", "Ayşegül", "Fadime", "Gülsüm", "Hacer"],
           ["Yılmaz", "Çelik", "Karakaya", "Öztürk", "Aydoğan", "Şahin", "Kocabaş", "Güneş", "Erdoğdu",
            "Taşdemir", "Aksoy", "Kılınç"]),
    "id": (["Ahmad Fauzi", "Muhammad Rizal", "Slamet", "Bambang", "Hadi Susilo", "Agus", "Imam", "Yusuf"],
           ["Siti Aminah", "Nur Halimah", "Dewi", "Sri Wahyuni", "Khoirunnisa", "Rahmawati", "Lilik", "Umi Kalsum"],
           ["Santoso", "Wibowo", "Hidayat", "Prasetyo", "Nugroho", "Rahman", "Syahputra", "Kurniawan",
            "Setiawan", "Hasanah", "Fadilah", "Mubarok"]),
    "ru": (["Алексей", "Дмитрий", "Игорь", "Павел", "Сергей", "Никита", "Ренат", "Виктор"],
           ["Ольга", "Татьяна", "Наталья", "Ксения", "Людмила", "Алина", "Гульнара", "Вера"],
           ["Кузнецов", "Лебедев", "Соколов", "Морозов", "Волков", "Зайцев", "Белов", "Ковалёв", "Орлов",
            "Никитин", "Гусев", "Савельев"]),
    "it": (["Gianluca", "Matteo", "Ottavio", "Rocco", "Tommaso", "Sandro", "Emanuele", "Pietro"],
           ["Chiara", "Ornella", "Beatrice", "Loredana", "Giulia", "Donatella", "Marta", "Serena"],
           ["Brambilla", "Colombo", "Ferrario", "Galbiati", "Pozzi", "Riva", "Sala", "Cattaneo", "Mauri",
            "Fumagalli", "Radaelli", "Bianchi"]),
}

#: Russian patronymics (male, female), by the father's name
RU_PATRONYMICS = [("Алексеевич", "Алексеевна"), ("Дмитриевич", "Дмитриевна"), ("Игоревич", "Игоревна"),
                  ("Павлович", "Павловна"), ("Сергеевич", "Сергеевна"), ("Викторович", "Викторовна")]
#: Latin local parts of e-mails of Russian speakers
RU_LOCALS = ["alexey", "dmitry", "olga", "tatiana", "kseniya", "igor", "pavel", "natasha", "vera", "renat",
             "n.kuznetsova", "a.sokolov", "morozov", "belova"]


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang`` (Russian family names take the female ending)."""
    male, fem, fam = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.5
    family = g.rnd.choice(fam)
    if lang == "ru" and female:
        family = family + "а"
    return g.rnd.choice(fem if female else male), family


def whole(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    return f"{b} {a}" if lang == "ru" else f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() or ch == ".")


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(60, 99)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def email(g: Gen, lang: str) -> str:
    """An e-mail of a person of ``lang`` (Latin local part for Russian speakers)."""
    if lang == "ru":
        return f"{g.rnd.choice(RU_LOCALS)}{g.rnd.randint(1, 1990)}@{g.rnd.choice(DOMAINS['ru'])}"
    return email_of(g, *person(g, lang), DOMAINS[lang])


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first).replace(".", ""), plain(last).replace(".", "")
    return [f"{a[0]}{b}"[:12], f"{a}.{b}", f"{b[:6]}{a[:2]}".lower() + str(style % 90 + 10)][style % 3]


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "att.net", "icloud.com", "hotmail.com"],
    "ca": ["gmail.com", "bell.net", "rogers.com", "hotmail.ca", "yahoo.ca"],
    "gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "sky.com", "outlook.com"],
    "au": ["bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com"],
    "ng": ["gmail.com", "yahoo.com", "outlook.com"],
    "za": ["gmail.com", "telkomsa.net", "mweb.co.za", "webmail.co.za"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "wanadoo.fr", "laposte.net", "gmail.com"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    "id": ["gmail.com", "yahoo.co.id", "gmail.com", "ymail.com"],
    "ru": ["mail.ru", "yandex.ru", "rambler.ru", "bk.ru"],
    "it": ["libero.it", "gmail.com", "virgilio.it", "alice.it", "tiscali.it"],
}

# -- places (written for v106) -----------------------------------------------------------------------------------------

#: (city, FSA) in Ontario
CA_CITIES = [("Mississauga", "L5B"), ("Oakville", "L6J"), ("Hamilton", "L8P"), ("Guelph", "N1H"),
             ("Kitchener", "N2G"), ("Oshawa", "L1H"), ("Brampton", "L6V"), ("St. Catharines", "L2R")]
CA_STREETS = ["Lakeshore Rd W", "Dundas St E", "Trafalgar Rd", "Wellington St N", "Gordon St", "King St W",
              "Simcoe St S", "Queen St E", "Ontario St", "Hurontario St"]
#: (town, postcode district)
GB_CITIES = [("Southampton", "SO15"), ("Winchester", "SO23"), ("Salisbury", "SP1"), ("Bournemouth", "BH8"),
             ("Portsmouth", "PO4"), ("Eastleigh", "SO50"), ("Romsey", "SO51"), ("Poole", "BH14")]
#: (suburb, postcode) in Queensland
AU_CITIES = [("Cairns North", "4870"), ("Townsville", "4810"), ("Toowoomba", "4350"), ("Mackay", "4740"),
             ("Bundaberg", "4670"), ("Hervey Bay", "4655"), ("Gladstone", "4680"), ("Redcliffe", "4020")]
NG_LGAS = ["Nassarawa", "Fagge", "Dala", "Gwale", "Tarauni", "Ungogo", "Kumbotso", "Municipal"]
NG_STREETS = ["Zoo Road", "Murtala Mohammed Way", "Ibrahim Taiwo Road", "Sharada Phase 1", "Gidan Murtala Street",
              "BUK Road", "Hotoro GRA", "Unguwa Uku Close", "Sabon Gari Bello Road", "Tudun Wada Layout"]
#: (city, postcode) in the Western Cape
ZA_CITIES = [("Bellville", "7530"), ("Stellenbosch", "7600"), ("Paarl", "7646"), ("Somerset West", "7130"),
             ("Durbanville", "7550"), ("George", "6529"), ("Worcester", "6850"), ("Mitchells Plain", "7785")]
ZA_STREETS = ["Voortrekker Road", "Dorp Street", "Main Road", "Jan Smuts Avenue", "Protea Crescent",
              "Kloof Street", "Bird Street", "Eikenhof Close", "Lourensford Road", "Mountain View Drive"]
US_CITIES = [("Miami", "331"), ("Hialeah", "330"), ("Fort Lauderdale", "333"), ("Boca Raton", "334"),
             ("Orlando", "328"), ("Tampa", "336"), ("Kissimmee", "347"), ("Coral Springs", "330")]
US_STREETS = ["NW 7th St", "Coral Way", "SW 137th Ave", "Biscayne Blvd", "Palmetto Park Rd", "Bayshore Blvd",
              "Orange Blossom Trl", "Hibiscus Ln", "Flagler St", "Sawgrass Mills Cir"]
IN_CITIES = [("New Delhi", "110"), ("Gurugram", "122"), ("Noida", "201"), ("Jaipur", "302"), ("Chandigarh", "160"),
             ("Lucknow", "226"), ("Dehradun", "248"), ("Ludhiana", "141")]
IN_STREETS = ["Lajpat Nagar IV", "Sector 15 Part 2", "Malviya Nagar", "C-Scheme Ashok Marg", "Sector 22-B",
              "Gomti Nagar Vistar", "Rajpur Road", "Model Town Extension", "Vasant Kunj Pocket 3", "Karol Bagh"]
IE_CITIES = [("Killarney", "V93"), ("Tralee", "V92"), ("Kenmare", "V93"), ("Dingle", "V92"), ("Cork", "T12"),
             ("Mallow", "P51"), ("Listowel", "V31"), ("Bantry", "P75")]
IE_STREETS = ["New Street", "Muckross Road", "High Street", "Bóthar an Chuain", "Ballycasheen Drive",
              "Ard na Sidhe", "Rock Road", "Fossa Heights", "Castle Lane", "Lewis Road"]
DE_CITIES = [("Köln", "50"), ("Bonn", "53"), ("Leverkusen", "51"), ("Bergisch Gladbach", "51"), ("Hürth", "50"),
             ("Brühl", "50"), ("Troisdorf", "53"), ("Pulheim", "50")]
DE_STREETS = ["Aachener Straße", "Venloer Str.", "Deutzer Freiheit", "Bonner Wall", "Severinstraße",
              "Am Leinpfad", "Poppelsdorfer Allee", "Kalker Hauptstr.", "Rheinuferweg", "Eichendorffweg"]
FR_CITIES = [("Marseille", "13008"), ("Aix-en-Provence", "13100"), ("Aubagne", "13400"), ("Toulon", "83000"),
             ("Martigues", "13500"), ("La Ciotat", "13600"), ("Avignon", "84000"), ("Hyères", "83400")]
FR_STREETS = ["rue Paradis", "boulevard Michelet", "chemin du Roucas Blanc", "traverse de la Martine",
              "avenue du Prado", "rue Sainte", "cours Mirabeau", "impasse des Cigales", "montée des Accoules"]
ES_CITIES = [("Sevilla", "41", "Sevilla"), ("Dos Hermanas", "41", "Sevilla"), ("Utrera", "41", "Sevilla"),
             ("Écija", "41", "Sevilla"), ("Jerez de la Frontera", "11", "Cádiz"), ("Huelva", "21", "Huelva"),
             ("Carmona", "41", "Sevilla"), ("Alcalá de Guadaíra", "41", "Sevilla")]
ES_STREETS = ["Calle Feria", "Avda. de la Constitución", "Calle Betis", "Plaza del Salvador", "Calle Pureza",
              "Calle San Jacinto", "Ronda de Triana", "Calle Castilla", "Calle Macarena", "Avda. Ramón y Cajal"]
#: (district, province)
TR_CITIES = [("Selçuklu", "Konya"), ("Meram", "Konya"), ("Karatay", "Konya"), ("Ereğli", "Konya"),
             ("Akşehir", "Konya"), ("Seydişehir", "Konya"), ("Beyşehir", "Konya"), ("Çumra", "Konya")]
TR_STREETS = ["Mevlana Cad.", "Nalçacı Cad.", "Feritpaşa Mah. Kule Sok.", "Yeni Meram Cad.", "Aziziye Mah. Çarşı Sok.",
              "Bosna Hersek Mah. Lale Sok.", "Hocacihan Mah. Ahenk Sok.", "Musalla Bağları Mah. Gül Sok."]
#: (city or regency, postcode prefix)
ID_CITIES = [("Kota Surabaya", "601"), ("Kabupaten Sidoarjo", "612"), ("Kabupaten Gresik", "611"),
             ("Kota Malang", "651"), ("Kabupaten Lamongan", "622"), ("Kabupaten Jombang", "614"),
             ("Kabupaten Pasuruan", "671"), ("Kota Mojokerto", "613")]
ID_STREETS = ["Jl. Ketintang Baru", "Jl. Raya Darmo", "Jl. Ampel Suci", "Gg. Masjid", "Jl. Kyai Haji Mas Mansyur",
              "Perum Griya Asri Blok C", "Jl. Raya Waru", "Jl. Semolowaru Elok"]
RU_CITIES = [("Санкт-Петербург", "19"), ("Москва", "12"), ("Петрозаводск", "18"), ("Великий Новгород", "17"),
             ("Псков", "18"), ("Вологда", "16"), ("Тверь", "17"), ("Ярославль", "15")]
RU_STREETS = ["ул. Садовая", "Невский пр.", "ул. Марата", "пр. Ветеранов", "ул. Бассейная", "наб. Фонтанки",
              "ул. Коминтерна", "пр. Ленина", "ул. Гагарина", "пер. Гривцова"]
IT_CITIES = [("Milano", "201", "MI"), ("Monza", "209", "MB"), ("Bergamo", "241", "BG"), ("Como", "221", "CO"),
             ("Lecco", "239", "LC"), ("Sesto San Giovanni", "200", "MI"), ("Varese", "211", "VA"),
             ("Brescia", "251", "BS")]
IT_STREETS = ["Via Padova", "Corso Buenos Aires", "Viale Monza", "Via dei Mille", "Piazza Vittoria",
              "Via Garibaldi", "Via Carlo Porta", "Vicolo del Pozzo", "Viale Brianza"]


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(100, 19_800) if lang == "us" else g.rnd.randint(1, 160)
    if lang in ("fr", "au", "ca", "gb", "ie", "za", "ng"):
        return f"{n} {s}"
    if lang in ("de", "tr", "es", "id"):
        return f"{s} {n}" if lang != "id" else f"{s} No. {n}"
    if lang == "ru":
        return f"{s}, д. {n}, кв. {g.rnd.randint(1, 240)}"
    if lang == "it":
        return f"{s}, {n}"
    if lang == "in":
        return f"{g.rnd.choice('ABCDEFGHK')}-{n}, {s}"
    return f"{n} {s}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn(g: Gen) -> str:
    return g.valid(lambda: f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}",
                   _ssn.is_valid)


def luhn_digits(g: Gen, head: str, n: int) -> str:
    body = head + g.digits(n - len(head) - 1)
    return body + luhn.calc_check_digit(body)


def luhn_decoy(g: Gen, head: str, n: int) -> str:
    """``n`` digits starting with ``head`` and failing the Luhn check."""
    return g.valid(lambda: head + g.digits(n - len(head)), lambda x: not luhn.is_valid(x))


def card(g: Gen, spaced: bool = True) -> str:
    head = g.rnd.choice(["4", "4", "51", "53", "55", "2221"])
    d = luhn_digits(g, head, 16)
    return " ".join(d[i:i + 4] for i in range(0, 16, 4)) if spaced else d


def pps(g: Gen) -> str:
    return g.valid(lambda: g.digits(7) + g.rnd.choice(string.ascii_uppercase[:23]) + g.rnd.choice(["", "", "A"]),
                   _pps.is_valid)


def aadhaar(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if g.rnd.random() < 0.5 else d


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (a letter number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def pan(g: Gen, last: str) -> str:
    initial = (plain(last).upper() or "X")[0]
    if not initial.isalpha():
        initial = "K"
    return g.valid(lambda: g.code("AAA") + "P" + initial + g.code("9999A"), _pan.is_valid)


def za_id(g: Gen, born: date, female: bool) -> str:
    def make() -> str:
        seq = g.rnd.randint(0, 4999) if female else g.rnd.randint(5000, 9999)
        body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:04d}{g.rnd.choice('0001')}8"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _za.is_valid)


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits shaped like a South African ID number and failing its check (a claim number)."""
    return g.valid(lambda: "25" + g.digits(11), lambda x: not _za.is_valid(x))


def dni(g: Gen) -> str:
    if g.rnd.random() < 0.15:
        body = g.rnd.choice("XYZ") + g.digits(7)
        return body + _nie.calc_check_digit(body)
    body = g.digits(8)
    return body + _dni.calc_check_digit(body)


def dni_decoy(g: Gen) -> str:
    """Eight digits and a letter failing the DNI check (an invoice number)."""
    return g.valid(lambda: g.digits(8) + g.rnd.choice("TRWAGMYFPDXBNJZSQVHLCKE"), lambda x: not _dni.is_valid(x))


def tckimlik(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    return body + _tck.calc_check_digits(body)


def tckimlik_decoy(g: Gen) -> str:
    """Eleven digits failing the T.C. kimlik check (an invoice number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _tck.is_valid(x))


_ID_DISTRICTS = ["357801", "357805", "357812", "357820", "351502", "352507", "357302"]


def nik(g: Gen, born: date, female: bool) -> str:
    def make() -> str:
        day = born.day + (40 if female else 0)
        return f"{g.rnd.choice(_ID_DISTRICTS)}{day:02d}{born.month:02d}{born.year % 100:02d}{g.rnd.randint(1, 9999):04d}"

    return g.valid(make, _nik.is_valid)


def inn_person(g: Gen) -> str:
    body = g.rnd.choice(["78", "47", "77", "10"]) + g.digits(8)
    return body + _inn.calc_personal_check_digits(body)


def inn_company(g: Gen) -> str:
    body = g.rnd.choice(["78", "47"]) + g.digits(7)
    return body + _inn.calc_company_check_digit(body)


_MONTHS = "ABCDEHLMPRST"


def codice_fiscale(g: Gen, first: str, last: str, born: date, female: bool) -> str:
    def letters(text: str) -> tuple[list[str], list[str]]:
        up = [ch for ch in fold(text).upper() if ch.isalpha()]
        return [ch for ch in up if ch not in "AEIOU"], [ch for ch in up if ch in "AEIOU"]

    sc, sv = letters(last)
    nc, nv = letters(first)
    sur = "".join((sc + sv + ["X"] * 3)[:3])
    name = "".join(([nc[0], nc[2], nc[3]] if len(nc) > 3 else (nc + nv + ["X"] * 3))[:3])
    day = born.day + (40 if female else 0)

    def make() -> str:
        body = f"{sur}{name}{born.year % 100:02d}{_MONTHS[born.month - 1]}{day:02d}" \
               f"{g.rnd.choice(['F205', 'F704', 'A794', 'C933', 'E507', 'B157'])}"
        return body + _cf.calc_check_digit(body)

    return g.valid(make, _cf.is_valid)


def abn(g: Gen) -> str:
    d = g.valid(lambda: g.digits(11), lambda x: x[0] != "0" and _abn.is_valid(x))
    return _abn.format(d)


#: country -> a BBAN layout of :meth:`Gen.code`
_BBAN = {"IE": "AAAA99999999999999", "DE": "999999999999999999", "FR": "99999999999999999999999",
         "IT": "A9999999999ZZZZZZZZZZZZ", "ES": "99999999999999999999"}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    def make() -> str:
        bban = g.code(_BBAN[country])
        if country == "IE":
            bban = g.rnd.choice(["AIBK", "BOFI", "IPBS"]) + bban[4:]
        return country + _iban.calc_check_digits(country + "00" + bban) + bban

    d = g.valid(make, _iban.is_valid)
    return _iban.format(d) if spaced else d


# -- travel vocabulary (written for v106) ------------------------------------------------------------------------------

CA_PACKAGES = [("PKG-ROCK-10D", "Rockies & Glacier Rail 10 days"), ("PKG-MARI-08D", "Maritimes Lighthouse Loop 8 days"),
               ("PKG-YUKN-07D", "Yukon Northern Lights 7 days"), ("PKG-NIAG-03D", "Niagara Wine Country 3 days"),
               ("PKG-PORT-12D", "Portugal Coach Tour 12 days")]
GB_SHIPS = ["MV Solent Aurora", "MV Northern Seraph"]
AU_EXCURSIONS = [("EXC-CNS-014", "Outer reef snorkel & glass-bottom boat"), ("EXC-WIT-003", "Whitsundays seaplane"),
                 ("EXC-ALB-021", "Kimberley waterfall helicopter flight"), ("EXC-DRW-007", "Crocodile river cruise"),
                 ("EXC-CNS-022", "Kuranda rail & skyrail")]
AU_OPERATORS = ["Coral Passage Tours Pty Ltd", "Tropic Wings Aviation", "Kimberley Top End Adventures"]
NG_PACKAGES = ["Hajj Standard", "Hajj Premium (Aziziyah)", "Umrah Ramadan", "Umrah Economy"]
DE_CLINICS = ["Hospital Quirónsalud Marbella", "Clínica Juaneda Palma", "Private Hospital Antalya Kaleiçi",
              "Bangkok Riverside Medical Center", "Policlinico Costa Smeralda"]
FR_AGENCIES = ["AGENCE VOYAGES DU VIEUX-PORT", "SELECTOUR PROVENCE", "CROISIERES & LOISIRS AUBAGNE"]
ES_PARISHES = ["Parroquia de San Gil", "Parroquia de Santa Ana (Triana)", "Parroquia del Sagrario",
               "Hermandad de la Esperanza", "Parroquia de Omnium Sanctorum"]
TR_HOTELS = ["Mekke Hilton Suites", "Dar Al Eiman Royal", "Swissôtel Al Maqam", "Anjum Hotel Makkah"]
ID_HOTELS = ["Hotel Le Meridien Makkah", "Hotel Elaf Kinda", "Hotel Dallah Taibah Madinah"]
RU_SHIPS = ["Теплоход «Ладога»", "Теплоход «Князь Рюрик»", "Теплоход «Сергей Есенин»"]
IT_AGENCIES = [("Agenzia Navigli Viaggi", "0258"), ("Brianza Tour Operator", "039"), ("Orobie Travel", "035")]
