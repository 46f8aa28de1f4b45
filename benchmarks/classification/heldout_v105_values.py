"""Values of held-out set v105 (:mod:`benchmarks.classification.heldout_v105`): v105's random source, and names,
streets, cities, clubs and free-text snippets written by hand for v105's sports governing bodies (no Faker, no list of
real people, no breach data), phones checked with phonenumbers and identifiers with check digits computed and checked
with python-stdnum (the Russian SNILS and the New Zealand NHI checks are computed here).

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
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.fr import nir as _nir
from stdnum.ie import pps as _pps
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva
from stdnum.nz import ird as _ird
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.ru import inn as _inn
from stdnum.tr import tckimlik as _tckn
from stdnum.tr import vkn as _vkn
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _zaid

from benchmarks.classification.heldout_v2 import Column

SEED = 105_331_2026
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v105's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNK", "?",
    "not known", "nil", "Nil", "0", "k.A.", "unbekannt", "inconnu", "néant", "sin datos", "desconocido", "n.d.",
    "non noto", "brak", "nieznany", "yok", "bilinmiyor", "нет", "неизвестно", "—", "TBC", "none known")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    text = text.replace("ı", "i").replace("ł", "l").replace("ß", "ss").replace("'", "").replace("’", "")
    return "".join(ch for ch in text if not unicodedata.combining(ch))


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v105:{SEED}:{table}")

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


US_AREAS = ["313", "248", "517", "616", "734", "586", "269", "989"]
CA_AREAS = ["204", "431"]

# -- names (written for v105) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Brayden", "Jalen", "Trevon", "Caden", "Ezekiel", "Deshawn", "Konnor", "Maddox", "Ruben", "Isaias"],
           ["Kaylee", "Ansley", "Marisa", "Tatum", "Jazmin", "Brynn", "Makenna", "Delaney", "Esperanza", "Raegan"],
           ["Kowalski", "Dombrowski", "Yeager", "Castellanos", "Haverkamp", "Mbeki-Stone", "Rutkowski", "Pettibone",
            "Vanderveen", "Lockridge", "Sizemore", "Oyelaran", "DeGroot", "Whitfield", "Baumgartner"]),
    "gb": (["Ellis", "Harrison", "Jenson", "Kwame", "Rory", "Tiernan", "Idris", "Fraser"],
           ["Keira", "Amelie", "Ruby", "Sienna", "Nadia", "Bethan", "Isla", "Priya"],
           ["Gosling", "Akinfenwa", "Thornbury", "McAllister", "Rowbotham", "Chaudhry", "Penrose", "Lightfoot",
            "Okoro-Bell", "Hargreaves", "Beddoes", "Strachan"]),
    "ca": (["Brody", "Landon", "Keegan", "Rylan", "Jaxon", "Tristan", "Cohen", "Nolan"],
           ["Avery", "Madison", "Kenzie", "Paige", "Sloane", "Harlow", "Rowan", "Jorja"],
           ["Friesen", "Penner", "Klassen", "Desjarlais", "Chartrand", "Wiebe", "Bergen", "Kowalchuk", "Sinclair",
            "Dueck", "Fontaine", "Thiessen"]),
    "au": (["Lachie", "Fletcher", "Hamish", "Darcy", "Kobe", "Tane", "Bailey", "Archer"],
           ["Matilda", "Georgie", "Indi", "Tahlia", "Mia", "Sienna", "Ella", "Zara"],
           ["Fitzpatrick", "Nguyen", "Kostopoulos", "McGlashan", "Pemberton", "Tuilagi", "Darcy-Hill", "Bonetti",
            "Walcott", "Henshaw", "Papadakis", "Rutherford"]),
    "ie": (["Eoin", "Cian", "Conall", "Diarmuid", "Senan", "Padraig", "Shane", "Odhran"],
           ["Caoimhe", "Niamh", "Eabha", "Síofra", "Ailbhe", "Deirbhile", "Laoise", "Muireann"],
           ["Ó Cinnéide", "McGrath", "Ní Mhurchú", "Foley", "Ó Dálaigh", "Brosnan", "Fitzgerald", "Mac an tSaoi",
            "Moriarty", "Spillane", "Guiney", "O'Sullivan"]),
    "in": (["Neeraj", "Abhinav", "Sumit", "Lakshya", "Parveen", "Tejinder", "Avinash", "Manpreet"],
           ["Saina", "Lovlina", "Mirabai", "Hima", "Jyothi", "Nikhat", "Annu", "Sakshi"],
           ["Chaudhary", "Sable", "Kalhan", "Yadav", "Dahiya", "Borgohain", "Malik", "Phogat", "Rani", "Yarraji",
            "Gehlot", "Thapa"]),
    "za": (["Sipho", "Thabo", "Wayde", "Lungile", "Pieter", "Mpho", "Bongani", "Ruan"],
           ["Nomvula", "Caster", "Zanele", "Anrie", "Lerato", "Tatjana", "Palesa", "Karabo"],
           ["Nkosi", "van Niekerk", "Mokoena", "Botha", "Dlamini", "Schoeman", "Khumalo", "Pretorius", "Mahlangu",
            "Ndlovu", "du Plessis", "Mthembu"]),
    "nz": (["Tāne", "Hunter", "Kaea", "Sonny", "Nikora", "Beaudein", "Cruz", "Tamatea"],
           ["Ruby", "Portia", "Kiriana", "Mahina", "Grace", "Stacey", "Ngaroma", "Tiana"],
           ["Tuivasa", "Ropati", "Whitelock", "Ngata", "Fainga'a", "Hohaia", "Goodhue", "Te Huia", "Brunt",
            "Matagi", "Waaka", "Kerr"]),
    "de": (["Finn", "Leon", "Niklas", "Mats", "Yusuf", "Till", "Bastian", "Kilian"],
           ["Lena", "Marlene", "Johanna", "Ilayda", "Carlotta", "Vroni", "Theresa", "Annika"],
           ["Huber", "Wimmer", "Brandstätter", "Eichinger", "Öztürk", "Kerschbaumer", "Hofbauer", "Lechner",
            "Obermaier", "Schwaiger", "Zimmermann", "Reiter"]),
    "fr": (["Rémi", "Jean-Marc", "Patrice", "Karim", "Hervé", "Gilles", "Didier", "Frédéric"],
           ["Martine", "Sylvie", "Nathalie", "Farida", "Brigitte", "Josiane", "Véronique", "Mireille"],
           ["Castellan", "Rinaldi", "Ferrandez", "Benkirane", "Olivieri", "Marchetti", "Giraud", "Bouchard",
            "Santoni", "Lautier", "Pélissier", "Arnaud"]),
    "es": (["Iker", "Unai", "Hugo", "Adrián", "Pau", "Izan", "Marc", "Álvaro"],
           ["Lucía", "Nerea", "Aitana", "Carla", "Ainhoa", "Vega", "Noa", "Irene"],
           ["Ferrer", "Sanchis", "Belda", "Mompó", "Llorens", "Peiró", "Soriano", "Navarro", "Gimeno", "Císcar",
            "Tormo", "Aparisi"]),
    "it": (["Matteo", "Gianluca", "Lorenzo", "Filippo", "Davide", "Tommaso", "Riccardo", "Emanuele"],
           ["Giulia", "Chiara", "Federica", "Martina", "Ilaria", "Beatrice", "Sofia", "Alessia"],
           ["Guerzoni", "Malaguti", "Bertolini", "Zanarini", "Montanari", "Cavazza", "Ferrari", "Lugli", "Pellacani",
            "Bonfiglioli", "Tassinari", "Grandi"]),
    "pl": (["Bartłomiej", "Szymon", "Kacper", "Mikołaj", "Paweł", "Łukasz", "Dawid", "Grzegorz"],
           ["Zuzanna", "Agnieszka", "Małgorzata", "Wiktoria", "Joanna", "Oliwia", "Karolina", "Dominika"],
           ["Kubica", "Grabowski", "Wróblewski", "Szczęsny", "Pawlak", "Kaczmarczyk", "Zieliński", "Mazur",
            "Kołodziej", "Sikora", "Dudek", "Jabłoński"]),
    "tr": (["Emre", "Burak", "Oğuz", "Çağlar", "Mert", "Serkan", "Furkan", "Yiğit"],
           ["Elif", "Zeynep", "Büşra", "Merve", "Gizem", "Şeyma", "Ebru", "Ayşegül"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan", "Doğan", "Kılıç", "Erdoğdu",
            "Koç"]),
    "ru": (["Артём", "Дмитрий", "Никита", "Сергей", "Илья", "Максим", "Егор", "Владислав"],
           ["Анастасия", "Дарья", "Екатерина", "Ксения", "Полина", "Юлия", "Виктория", "Алина"],
           ["Смирнов", "Кузнецов", "Волков", "Лебедев", "Соколов", "Морозов", "Новиков", "Фёдоров", "Баранов",
            "Белов", "Орлов", "Зайцев"]),
}

#: a Russian father's given name -> (patronymic of a son, of a daughter)
RU_PATRONYMICS = [("Сергеевич", "Сергеевна"), ("Андреевич", "Андреевна"), ("Игоревич", "Игоревна"),
                  ("Павлович", "Павловна"), ("Олегович", "Олеговна"), ("Викторович", "Викторовна"),
                  ("Алексеевич", "Алексеевна"), ("Николаевич", "Николаевна")]

_RU_LATIN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                      "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))


def latin(text: str) -> str:
    """A Cyrillic name transliterated (for e-mail local parts)."""
    return "".join(_RU_LATIN.get(ch, ch) for ch in text.lower())


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``."""
    male, fem, fam = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.5
    family = g.rnd.choice(fam)
    if lang == "ru" and female:
        family += "а"
    if lang == "pl" and female and family.endswith("ski"):
        family = family[:-1] + "a"
    return g.rnd.choice(fem if female else male), family


def whole(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    return f"{b} {a}" if lang == "ru" else f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(latin(text)) if ch.isalnum() or ch == ".")


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(70, 99)}",
                          f"{a}_{b[:4]}{g.rnd.randint(1, 9)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first).replace(".", ""), plain(last).replace(".", "")
    return [f"{a[0]}{b}"[:12], f"{a}.{b}{len(b)}", f"{b[:6]}{a[:2]}_run"][style % 3]


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net"],
    "gb": ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "sky.com"],
    "ca": ["gmail.com", "shaw.ca", "mts.net", "hotmail.com", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com.au", "optusnet.com.au"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net"],
    "nz": ["gmail.com", "xtra.co.nz", "outlook.co.nz", "slingshot.co.nz"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
    "it": ["libero.it", "gmail.com", "virgilio.it", "alice.it", "tiscali.it"],
    "pl": ["wp.pl", "o2.pl", "onet.pl", "interia.pl", "gmail.com"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "mynet.com"],
    "ru": ["yandex.ru", "mail.ru", "rambler.ru", "gmail.com", "bk.ru"],
}

# -- places (written for v105) -----------------------------------------------------------------------------------------

#: (city, ZIP prefix) in Michigan
US_CITIES = [("Lansing", "489"), ("Kalamazoo", "490"), ("Grand Rapids", "495"), ("Flint", "485"),
             ("Saginaw", "486"), ("Ypsilanti", "481"), ("Traverse City", "496"), ("Midland", "486")]
US_STREETS = ["Abbott Rd", "W Michigan Ave", "Cherry Hill Ln", "Saginaw Hwy", "Burton St SE", "Ridgewood Ct",
              "Stadium Dr", "Old Mission Rd", "Pinecrest Blvd", "Wealthy St", "Glenhaven Ave", "Sturgeon Bay Dr"]
GB_CITIES = [("Loughborough", "LE11"), ("Nottingham", "NG7"), ("Bath", "BA2"), ("Sheffield", "S10"),
             ("Stirling", "FK9"), ("Cardiff", "CF23"), ("Manchester", "M11"), ("Leeds", "LS6")]
GB_STREETS = ["Ashby Road", "Epinal Way", "Claverton Down Road", "Broomhill Crescent", "Hillfoots Road",
              "Penylan Lane", "Alan Turing Way", "Headingley Mount", "Forest Road East", "Meadow Lane"]
CA_CITIES = [("Winnipeg", "R3T"), ("Brandon", "R7A"), ("Steinbach", "R5G"), ("Selkirk", "R1A"), ("Morden", "R6M"),
             ("Thompson", "R8N"), ("Portage la Prairie", "R1N"), ("Dauphin", "R7N")]
CA_STREETS = ["Pembina Hwy", "Henderson Hwy", "Victoria Ave E", "Main St N", "Kildonan Dr", "Portage Ave",
              "Assiniboine Cres", "Prairie Rose Dr", "Lakewood Blvd", "Oakview Ave"]
AU_CITIES = [("Parramatta", "2150"), ("Penrith", "2750"), ("Newcastle", "2300"), ("Wollongong", "2500"),
             ("Dubbo", "2830"), ("Coffs Harbour", "2450"), ("Wagga Wagga", "2650"), ("Bathurst", "2795")]
AU_STREETS = ["Church Street", "Mulgoa Road", "Hunter Street", "Crown Street", "Macquarie Street",
              "Harbour Drive", "Baylis Street", "Durham Street", "Banksia Close", "Wattle Grove"]
IE_CITIES = [("Cork", "T12"), ("Killarney", "V93"), ("Mallow", "P51"), ("Clonmel", "E91"), ("Dungarvan", "X35"),
             ("Bandon", "P72"), ("Youghal", "P36"), ("Tralee", "V92")]
IE_STREETS = ["Ballinlough Road", "Bóthar an Chaisleáin", "Mardyke Walk", "Muckross Road", "Fairhill Drive",
              "Ard Mhuire", "Spa Road", "Bishopstown Avenue", "Ashgrove Park", "Cnoc na Gaoithe"]
IN_CITIES = [("Rohtak", "124"), ("Bhiwani", "127"), ("Patiala", "147"), ("Imphal", "795"), ("Guwahati", "781"),
             ("Bhopal", "462"), ("Bengaluru", "560"), ("Bhubaneswar", "751")]
IN_STREETS = ["SECTOR 14 HOUSING BOARD", "MODEL TOWN GALI 3", "STADIUM ROAD", "KHURAI LAMLONG", "ZOO ROAD",
              "TT NAGAR", "JAYANAGAR 4TH BLOCK", "SAHEED NAGAR", "OLD BUS STAND ROAD", "CIVIL LINES"]
ZA_CITIES = [("Pretoria", "0181"), ("Potchefstroom", "2531"), ("Stellenbosch", "7600"), ("Bloemfontein", "9301"),
             ("Durban", "4001"), ("Gqeberha", "6001"), ("Polokwane", "0699"), ("Mbombela", "1201")]
ZA_STREETS = ["Lynnwood Road", "Steve Biko Ave", "Dorp Street", "Nelson Mandela Drive", "Florida Road",
              "Thabo Mbeki Street", "Jan Hofmeyr Street", "Church Street", "Kerk Street", "Protea Crescent"]
NZ_CITIES = [("Hamilton", "3200"), ("Cambridge", "3434"), ("Te Awamutu", "3800"), ("Palmerston North", "4410"),
             ("Whanganui", "4500"), ("Invercargill", "9810"), ("Nelson", "7010"), ("Tauranga", "3110")]
DE_CITIES = [("München", "80"), ("Augsburg", "86"), ("Regensburg", "93"), ("Ingolstadt", "85"), ("Rosenheim", "83"),
             ("Landshut", "84"), ("Passau", "94"), ("Freising", "85")]
DE_STREETS = ["Leopoldstraße", "Maximilianstraße", "Am Sportpark", "Kirchweg", "Lindenallee", "Isarstraße",
              "Schlossberg", "Birkenweg", "Hauptstraße", "Zum Anger"]
FR_CITIES = [("Marseille", "13008"), ("Aix-en-Provence", "13100"), ("Aubagne", "13400"), ("Martigues", "13500"),
             ("Salon-de-Provence", "13300"), ("Istres", "13800"), ("La Ciotat", "13600"), ("Arles", "13200")]
FR_STREETS = ["boulevard Michelet", "avenue du Prado", "rue Paradis", "chemin des Pinchinats", "rue Ferrari",
              "traverse de la Martine", "cours Mirabeau", "allée des Oliviers", "impasse des Cigales", "rue d'Italie"]
ES_CITIES = [("Valencia", "46"), ("Torrent", "46"), ("Gandia", "46"), ("Paterna", "46"), ("Sagunto", "46"),
             ("Castellón de la Plana", "12"), ("Alzira", "46"), ("Burjassot", "46")]
ES_STREETS = ["Calle de Colón", "Avenida del Puerto", "Carrer de Cuba", "Calle Sueca", "Avenida Blasco Ibáñez",
              "Carrer del Mar", "Calle Xàtiva", "Plaza del Ayuntamiento", "Calle Alboraia", "Camí Reial"]
#: (comune, cadastral code, CAP)
IT_CITIES = [("Bologna", "A944", "40121"), ("Modena", "F257", "41121"), ("Parma", "G337", "43121"),
             ("Reggio Emilia", "H223", "42121"), ("Ferrara", "D548", "44121"), ("Rimini", "H294", "47921"),
             ("Imola", "E289", "40026"), ("Carpi", "B819", "41012")]
IT_STREETS = ["Via Emilia Levante", "Via Saragozza", "Viale Carlo Berti Pichat", "Via Giardini", "Via della Grada",
              "Piazza Garibaldi", "Via Ca' Selvatica", "Strada Maggiore", "Via del Pratello", "Vicolo del Pozzo"]
PL_CITIES = [("Katowice", "40"), ("Gliwice", "44"), ("Bytom", "41"), ("Sosnowiec", "41"), ("Tychy", "43"),
             ("Zabrze", "41"), ("Rybnik", "44"), ("Chorzów", "41")]
PL_STREETS = ["ul. Mickiewicza", "ul. Chorzowska", "ul. 3 Maja", "al. Korfantego", "ul. Zwycięstwa",
              "ul. Piłsudskiego", "ul. Wolności", "ul. Kościuszki", "ul. Bielska", "os. Tysiąclecia"]
TR_CITIES = [("Karşıyaka", "355"), ("Bornova", "350"), ("Buca", "353"), ("Konak", "352"), ("Bayraklı", "355"),
             ("Çiğli", "356"), ("Gaziemir", "354"), ("Torbalı", "358")]
TR_STREETS = ["Cemal Gürsel Cad.", "Kıbrıs Şehitleri Cad.", "Ankara Cad.", "Atatürk Mah. 1203 Sk.",
              "Mustafa Kemal Sahil Blv.", "Şehitler Cad.", "Yeni Girne Blv.", "Menderes Cad."]
RU_CITIES = [("Санкт-Петербург", "19"), ("Петрозаводск", "18"), ("Великий Новгород", "17"), ("Псков", "18"),
             ("Мурманск", "18"), ("Вологда", "16"), ("Калининград", "23"), ("Архангельск", "16")]
RU_STREETS = ["ул. Садовая", "Невский пр-т", "ул. Ленина", "пр-т Победы", "ул. Гагарина", "наб. Обводного канала",
              "ул. Мира", "пер. Спортивный", "ул. Комсомольская", "Лиговский пр-т"]


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(2, 9_800) if lang == "us" else g.rnd.randint(1, 160)
    if lang in ("de", "pl", "es", "it"):
        return f"{s} {n}" if lang != "es" else f"{s}, {n}, {g.rnd.randint(1, 9)}º"
    if lang == "tr":
        return f"{s} No:{n} D:{g.rnd.randint(1, 12)}"
    if lang == "ru":
        return f"{s}, д. {n}, кв. {g.rnd.randint(1, 240)}"
    if lang == "in":
        return f"H NO {n}, {s}"
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
    """A membership number shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    area = g.rnd.choice(["000", "666", f"9{g.digits(2)}"])
    return f"{area}-{g.digits(2)}-{g.digits(4)}"


def card(g: Gen) -> str:
    body = g.rnd.choice(["4", "51", "53", "45"])
    body += g.digits(15 - len(body))
    return body + luhn.calc_check_digit(body)


def au_tfn(g: Gen) -> str:
    return _tfn.format(g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(8), _tfn.is_valid))


def au_abn(g: Gen) -> str:
    return _abn.format(g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _abn.is_valid))


def pps(g: Gen) -> str:
    return g.valid(lambda: g.digits(7) + g.rnd.choice(string.ascii_uppercase[:23]) + g.rnd.choice(["", "", "A"]),
                   _pps.is_valid)


def iban(country: str, bban: str, spaced: bool = False) -> str:
    """An IBAN of ``country`` around the account ``bban`` (check digits computed)."""
    value = country + _iban.calc_check_digits(country + "00" + bban) + bban
    assert _iban.is_valid(value)
    return _iban.format(value) if spaced else value


def aadhaar(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (a scholarship registration number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def pan(g: Gen, last: str) -> str:
    initial = (plain(last)[:1] or "x").upper()
    return g.valid(lambda: g.code("AAAP") + initial + g.digits(4) + g.code("A"), _pan.is_valid)


def za_id(g: Gen, born: date, female: bool) -> str:
    seq = g.rnd.randint(0, 4999) if female else g.rnd.randint(5000, 9999)
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:04d}08"
    value = body + luhn.calc_check_digit(body)
    assert _zaid.is_valid(value)
    return value


def luhn_decoy(g: Gen, n: int) -> str:
    """``n`` digits failing the Luhn check (a doping control form number shaped like a South African ID)."""
    return g.valid(lambda: g.digits(n), lambda x: not luhn.is_valid(x))


def nir(g: Gen, born: date, female: bool) -> str:
    body = f"{2 if female else 1}{born.year % 100:02d}{born.month:02d}13{g.rnd.randint(1, 130):03d}" \
           f"{g.rnd.randint(1, 999):03d}"
    d = body + _nir.calc_check_digits(body)
    assert _nir.is_valid(d)
    return d


def dni(g: Gen) -> str:
    body = f"{g.rnd.randint(10_000_000, 79_999_999)}"
    return body + _dni.calc_check_digit(body)


def nie(g: Gen) -> str:
    body = g.rnd.choice("XYZ") + g.digits(7)
    return body + _nie.calc_check_digit(body)


def dni_decoy(g: Gen) -> str:
    """Eight digits and a letter failing the DNI check letter (a federation licence number)."""
    return g.valid(lambda: f"{g.rnd.randint(10_000_000, 79_999_999)}{g.rnd.choice('TRWAGMYFPDXBNJZSQVHLCKE')}",
                   lambda x: not _dni.is_valid(x))


_CF_MONTHS = "ABCDEHLMPRST"


def _cf_part(text: str, given_name: bool) -> str:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vows = [ch for ch in letters if ch in "AEIOU"]
    if given_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]


def codice_fiscale(g: Gen, first: str, last: str, born: date, female: bool, town: str) -> str:
    day = born.day + (40 if female else 0)
    body = f"{_cf_part(last, False)}{_cf_part(first, True)}{born.year % 100:02d}{_CF_MONTHS[born.month - 1]}" \
           f"{day:02d}{town}"
    value = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(value)
    return value


def it_iva(g: Gen) -> str:
    return g.valid(lambda: g.digits(7) + g.rnd.choice(["037", "036", "035", "034"]) + g.digits(1), _iva.is_valid)


def pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    sex = g.rnd.choice("02468" if female else "13579")
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}{sex}"
    value = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(value)
    return value


def pesel_decoy(g: Gen) -> str:
    """Eleven digits failing PESEL's check (a referee licence number)."""
    return g.valid(lambda: "9" + g.digits(10), lambda x: not _pesel.is_valid(x))


def nip(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(9), _nip.is_valid)


def tckn(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    value = body + _tckn.calc_check_digits(body)
    assert _tckn.is_valid(value)
    return value


def tckn_decoy(g: Gen) -> str:
    """Eleven digits failing the T.C. kimlik no check (a licence number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _tckn.is_valid(x))


def vkn(g: Gen) -> str:
    return g.valid(lambda: g.digits(10), _vkn.is_valid)


def snils_check(body: str) -> str:
    total = sum(int(ch) * (9 - i) for i, ch in enumerate(body))
    if total > 101:
        total %= 101
    return "00" if total in (100, 101) else f"{total:02d}"


def snils_is_valid(value: str) -> bool:
    """Whether ``value`` is a valid Russian SNILS (``123-456-789 01`` or eleven digits)."""
    d = "".join(ch for ch in str(value) if ch.isdigit())
    return len(d) == 11 and snils_check(d[:9]) == d[9:]


def snils(g: Gen) -> str:
    body = str(g.rnd.randint(100_000_000, 199_999_999))
    d = body + snils_check(body)
    return f"{d[:3]}-{d[3:6]}-{d[6:9]} {d[9:]}"


def inn_personal(g: Gen) -> str:
    body = g.rnd.choice(["78", "47", "10", "53", "60"]) + g.digits(8)
    value = body + _inn.calc_personal_check_digits(body)
    assert _inn.is_valid(value)
    return value


def inn_company(g: Gen) -> str:
    body = "78" + g.digits(7)
    value = body + _inn.calc_company_check_digit(body)
    assert _inn.is_valid(value)
    return value


_NHI = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _nhi_check(body: str) -> str | None:
    total = sum((_NHI.index(ch) + 1) * (7 - i) for i, ch in enumerate(body[:3]))
    total += sum(int(ch) * (4 - i) for i, ch in enumerate(body[3:6]))
    check = (11 - total % 11) % 11
    return None if check == 0 or check == 10 else str(check)


def nhi_is_valid(value: str) -> bool:
    """Whether ``value`` is a valid old-format New Zealand NHI number (AAANNNC, mod 11)."""
    value = value.strip().upper()
    return (len(value) == 7 and all(ch in _NHI for ch in value[:3]) and value[3:].isdigit()
            and _nhi_check(value[:6]) == value[6])


def nhi(g: Gen) -> str:
    return g.valid(lambda: "".join(g.rnd.choice(_NHI) for _ in range(3)) + g.digits(4), nhi_is_valid)


def ird(g: Gen) -> str:
    return _ird.format(g.valid(lambda: str(g.rnd.randint(10, 149)) + g.digits(6), _ird.is_valid))
