"""Values of held-out set v101 (:mod:`benchmarks.classification.heldout_v101`): v101's random source, and names,
streets, cities, list vendors and free-text snippets written by hand for v101's direct-marketing and data-broker
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
from stdnum.es import dni as _dni
from stdnum.fr import nir as _nir
from stdnum.fr import siret as _siret
from stdnum.ie import pps as _pps
from stdnum.in_ import gstin as _gstin
from stdnum.in_ import pan as _pan
from stdnum.nl import bsn as _bsn
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.ru import inn as _inn
from stdnum.tr import tckimlik as _tck
from stdnum.tr import vkn as _vkn
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _zaid

from benchmarks.classification.heldout_v2 import Column

SEED = 101_733_2026
N = "none"
#: a login or a handle (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v101's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNK", "?",
    "not supplied", "nil", "0", "k.A.", "unbekannt", "inconnu", "NC", "sin datos", "desconocido", "brak",
    "nieznany", "onbekend", "bilinmiyor", "yok", "нет данных", "неизвестно", "refused", "none given")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "") \
        .replace("ı", "i").replace("ł", "l")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v101:{SEED}:{table}")

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



US_AREAS = ["602", "480", "520", "623", "928", "214", "512", "702"]
CA_AREAS = ["604", "778", "250", "403", "587", "780", "306"]

# -- names (written for v101) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Brantley", "Jerome", "Octavio", "Wendell", "Kasey", "Lamar", "Thaddeus", "Ridge", "Hollis", "Desmond"],
           ["Jazlyn", "Charmaine", "Lorena", "Tamsin", "Brenda", "Oaklee", "Marguerite", "Dakota", "Ilse", "Rochelle"],
           ["Quigley", "Vasquez-Mori", "Hardesty", "Brubaker", "Nwosu", "Lindqvist", "Stroup", "Pettibone",
            "Garrity", "Yazzie", "McCandless", "Oberholtzer", "Trujillo", "Danvers", "Kincaid"]),
    "ca": (["Rémi", "Jasdeep", "Callum", "Dmytro", "Wei", "Gilles", "Tavish", "Farid"],
           ["Manon", "Navneet", "Keira", "Oksana", "Mei", "Geneviève", "Tamsyn", "Parisa"],
           ["Gauthier", "Dhillon", "McRory", "Kravchuk", "Leung-Barr", "Bouchard", "Sinclair-Roy", "Tahmasebi",
            "Pelletier", "Grewal", "Lachance", "Thunderchild"]),
    "gb": (["Reuben", "Alistair", "Kwame", "Dylan", "Hamza", "Jasper", "Cormac", "Fraser"],
           ["Harriet", "Bethan", "Yasmin", "Philippa", "Kerys", "Tilly", "Ngozi", "Lowri"],
           ["Hebblethwaite", "Ackroyd", "Mensah", "Pryce", "Rashid", "Cholmondeley", "Tregothnan", "Barraclough",
            "Oduya", "Featherstone", "Llewellyn", "Sutcliffe"]),
    "au": (["Brodie", "Lachie", "Hamish", "Nikos", "Tuan", "Jarrah", "Cooper", "Rajesh"],
           ["Shelby", "Matilda", "Kirra", "Despina", "Thuy", "Jacinta", "Indigo", "Sunita"],
           ["Blackwood", "Papadakis", "Nguyen-Ward", "Kowalski", "McInerney", "Hargreaves", "Tran", "Wetherall",
            "Costanzo", "Buckley", "Ferrier", "Mabo"]),
    "za": (["Sipho", "Thabo", "Pieter", "Kagiso", "Ruan", "Lwazi", "Yusuf", "Bongani"],
           ["Nomvula", "Lerato", "Annelie", "Zanele", "Chantelle", "Palesa", "Fatima", "Thandeka"],
           ["Dlamini", "van der Merwe", "Nkosi", "Botha", "Mokoena", "Pillay", "Khumalo", "Steenkamp", "Ndlovu",
            "Mahlangu", "Jacobs", "Govender"]),
    "in": (["Abhishek", "Prateek", "Naveen", "Sandeep", "Faizan", "Gaurav", "Manoj", "Tejas"],
           ["Divya", "Swati", "Neha", "Bhavana", "Nazia", "Ritika", "Sowmya", "Aparna"],
           ["Hegde", "Shetty", "Agarwal", "Menon", "Siddiqui", "Joshi", "Reddy", "Nair", "Bhat", "Kamath",
            "Mukherjee", "Gowda"]),
    "ie": (["Donncha", "Eoghan", "Ronan", "Shane", "Pádraig", "Diarmuid", "Tomasz", "Killian"],
           ["Caoimhe", "Niamh", "Eimear", "Síle", "Deirdre", "Bláthnaid", "Magdalena", "Úna"],
           ["Ó Briain", "McGuinness", "Keogh", "Ní Mhurchú", "Lenihan", "Cullinane", "Mac Cárthaigh", "Dowling",
            "Brosnan", "Kowalczyk", "Fennelly", "Geraghty"]),
    "de": (["Bastian", "Fynn", "Heiko", "Volker", "Mert", "Ansgar", "Lennart", "Goran"],
           ["Anke", "Britta", "Silke", "Hannelore", "Elif", "Dörte", "Tabea", "Mirela"],
           ["Kowalewski", "Brinkmann", "Oltmanns", "Schürmann", "Demir", "Hülsmann", "Eggers", "Westphal",
            "Pöppelmann", "Niehaus", "Tiedemann", "Große-Kleve"]),
    "fr": (["Jérémie", "Quentin", "Sofiane", "Baptiste", "Rodolphe", "Cyril", "Mathis", "Hervé"],
           ["Séverine", "Laëtitia", "Amandine", "Inès", "Marjolaine", "Sandrine", "Coralie", "Bénédicte"],
           ["Perrichon", "Vuillermoz", "Ben Saïd", "Chabanel", "Girardot", "Mathevon", "Dufourneaux", "Rivoire",
            "Bonnefoy", "Lacroix-Tissot", "Ferrandis", "Guichard"]),
    "es": (["Iker", "Álvaro", "Gonzalo", "Xabier", "Borja", "Rubén", "Adrián", "Nacho"],
           ["Lucía", "Ainhoa", "Montserrat", "Nerea", "Begoña", "Rocío", "Itziar", "Carmela"],
           ["Etxeberria", "Villanueva", "Garrido", "Zubizarreta", "Montoya", "Iglesias", "Castañeda", "Roldán",
            "Quiñones", "Arrieta", "Salvatierra", "Pujol"]),
    "pl": (["Kacper", "Bartosz", "Wojciech", "Grzegorz", "Szymon", "Radosław", "Przemysław", "Mikołaj"],
           ["Agnieszka", "Małgorzata", "Zuzanna", "Katarzyna", "Bożena", "Weronika", "Jadwiga", "Oliwia"],
           ["Wróblewski", "Zając", "Szczęsny", "Kaczmarek", "Dąbrowski", "Pietrzak", "Chmielewski", "Sobczak",
            "Wieczorek", "Jabłoński", "Nowicki", "Kołodziej"]),
    "nl": (["Bram", "Thijs", "Joost", "Sander", "Youssef", "Wouter", "Gijs", "Ruud"],
           ["Femke", "Lieke", "Marloes", "Ilse", "Fatma", "Sanne", "Anouk", "Ingrid"],
           ["van Dijkhuizen", "Bosman", "de Groot", "Verhoeven", "El Amrani", "Smeets", "van 't Hek", "Brouwer",
            "Hoekstra", "Kuijpers", "Dekker", "ter Horst"]),
    "tr": (["Emre", "Burak", "Oğuz", "Serkan", "Murat", "Kerem", "Tolga", "Yiğit"],
           ["Zeynep", "Elif", "Büşra", "Gülşen", "Ebru", "Seda", "Derya", "Nur"],
           ["Yılmaz", "Kaya", "Öztürk", "Çelik", "Şahin", "Aydın", "Arslan", "Doğan", "Kılıç", "Kurt",
            "Özdemir", "Erdoğan"]),
    "ru": (["Алексей", "Дмитрий", "Сергей", "Иван", "Артём", "Никита", "Павел", "Евгений"],
           ["Ольга", "Екатерина", "Наталья", "Анастасия", "Татьяна", "Ирина", "Светлана", "Дарья"],
           ["Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Новиков", "Морозов", "Волков", "Зайцев",
            "Павлов", "Семёнов", "Голубев"]),
}

#: Russian patronymics (male, female)
RU_PATRONYMICS = (["Алексеевич", "Игоревич", "Владимирович", "Сергеевич", "Николаевич"],
                  ["Алексеевна", "Игоревна", "Владимировна", "Сергеевна", "Николаевна"])


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang`` (a Russian woman's family name takes its ``-а``)."""
    male, fem, fam = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.5
    last = g.rnd.choice(fam)
    if lang == "ru" and female:
        last += "а"
    return g.rnd.choice(fem if female else male), last


def whole(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    return f"{b} {a}" if lang == "ru" else f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


_CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                 "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"], strict=True))


def plain(text: str) -> str:
    text = "".join(_CYR.get(ch, ch) for ch in text.lower())
    return "".join(ch for ch in fold(text) if ch.isalnum() or ch == ".")


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(70, 99)}",
                          f"{a}_{b[:4]}"])
    return f"{local}@{g.rnd.choice(domains)}"


def handle(g: Gen, first: str, last: str) -> str:
    """A social handle or forum login of a person."""
    a, b = plain(first).replace(".", ""), plain(last).replace(".", "")
    return g.rnd.choice([f"@{a}_{b[:3]}{g.rnd.randint(1, 99)}", f"{a}{b[:1]}{g.rnd.randint(80, 2009)}",
                         f"x{a[:4]}_{g.rnd.choice(['luvs', 'wins', 'gamer', 'mum'])}"])


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(first)}.{plain(last)}@{domain}"


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "aol.com", "hotmail.com", "icloud.com", "att.net"],
    "ca": ["gmail.com", "shaw.ca", "telus.net", "hotmail.com", "outlook.com"],
    "gb": ["gmail.com", "hotmail.co.uk", "sky.com", "talktalk.net", "btinternet.com"],
    "au": ["gmail.com", "bigpond.com", "optusnet.com.au", "hotmail.com", "outlook.com.au"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net", "icloud.com"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in", "hotmail.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "freenet.de", "gmail.com"],
    "fr": ["orange.fr", "free.fr", "wanadoo.fr", "laposte.net", "gmail.com"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "o2.pl", "gmail.com"],
    "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "gmail.com", "xs4all.nl"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    "ru": ["mail.ru", "yandex.ru", "rambler.ru", "bk.ru", "gmail.com"],
}

# -- places (written for v101) -----------------------------------------------------------------------------------------

#: (city, state, ZIP prefix) in Arizona and Texas
US_CITIES = [("Mesa", "AZ", "852"), ("Tempe", "AZ", "852"), ("Chandler", "AZ", "852"), ("Flagstaff", "AZ", "860"),
             ("Tucson", "AZ", "857"), ("Yuma", "AZ", "853"), ("El Paso", "TX", "799"), ("Lubbock", "TX", "794")]
US_STREETS = ["E Baseline Rd", "N Dobson Rd", "W Ocotillo Ln", "S Mesquite Trl", "Saguaro Ridge Dr", "Kachina Way",
              "E Broadway Blvd", "Palo Verde Ct", "Cactus Wren Cir", "N Alma School Pkwy", "Mission Bell Ave"]
CA_CITIES = [("Kelowna", "V1Y"), ("Kamloops", "V2C"), ("Nanaimo", "V9R"), ("Red Deer", "T4N"), ("Lethbridge", "T1J"),
             ("Regina", "S4P"), ("Saskatoon", "S7K"), ("Prince George", "V2L")]
CA_STREETS = ["Bernard Ave", "Harvey Ave", "Columbia St", "Gaetz Ave", "Mayor Magrath Dr", "Albert St",
              "Spadina Cres", "Ospika Blvd", "Pandosy St", "Victoria Ave"]
GB_CITIES = [("Kettering", "NN16"), ("Corby", "NN17"), ("Wellingborough", "NN8"), ("Northampton", "NN1"),
             ("Market Harborough", "LE16"), ("Rushden", "NN10"), ("Daventry", "NN11"), ("Oundle", "PE8")]
GB_STREETS = ["Rockingham Road", "Headlands", "Midland Road", "Harborough Road", "Occupation Road", "Elizabeth Street",
              "Lower Street", "Queensway", "Kingsthorpe Grove", "Sheaf Street"]
AU_CITIES = [("Parramatta", "NSW", "2150"), ("Penrith", "NSW", "2750"), ("Wollongong", "NSW", "2500"),
             ("Newcastle", "NSW", "2300"), ("Gosford", "NSW", "2250"), ("Blacktown", "NSW", "2148"),
             ("Campbelltown", "NSW", "2560"), ("Liverpool", "NSW", "2170")]
AU_STREETS = ["Church St", "Great Western Hwy", "Crown St", "Hunter St", "Mann St", "Flushcombe Rd", "Queen St",
              "Macquarie St", "Wattle Grove Dr", "Banksia Pde"]
ZA_CITIES = [("Durban", "4001"), ("Pietermaritzburg", "3201"), ("Umhlanga", "4319"), ("Pinetown", "3610"),
             ("Richards Bay", "3900"), ("Newcastle", "2940"), ("Ladysmith", "3370"), ("Ballito", "4420")]
ZA_STREETS = ["Florida Road", "Chief Albert Luthuli St", "Umhlanga Rocks Drive", "Old Main Road", "Bram Fischer Rd",
              "Musgrave Road", "Peter Mokaba Ridge", "Lilian Ngoyi Rd", "Ridge Road", "Jan Smuts Ave"]
IN_CITIES = [("Bengaluru", "560"), ("Mysuru", "570"), ("Mangaluru", "575"), ("Hubballi", "580"), ("Chennai", "600"),
             ("Hyderabad", "500"), ("Coimbatore", "641"), ("Belagavi", "590")]
IN_STREETS = ["80 Feet Road, Indiranagar", "HSR Layout Sector 2", "Jayanagar 4th Block", "Kuvempu Nagar Main Rd",
              "Kadri Hills Road", "Vidyanagar Cross", "T Nagar Usman Road", "Banjara Hills Rd No 12"]
IE_CITIES = [("Cork", "T12"), ("Waterford", "X91"), ("Kilkenny", "R95"), ("Clonmel", "E91"), ("Wexford", "Y35"),
             ("Mallow", "P51"), ("Dungarvan", "X35"), ("Carlow", "R93")]
IE_STREETS = ["Douglas Road", "The Mall", "John's Hill", "Bóthar an Mhuilinn", "Patrick Street", "Friary Walk",
              "Ard Caoin", "Castle Gardens", "Summerhill South", "Blackpool Terrace"]
DE_CITIES = [("Osnabrück", "49074"), ("Oldenburg", "26122"), ("Bielefeld", "33602"), ("Münster", "48143"),
             ("Vechta", "49377"), ("Lingen", "49808"), ("Cloppenburg", "49661"), ("Gütersloh", "33330")]
DE_STREETS = ["Lotter Straße", "Heiligengeiststraße", "Am Kesselbrink", "Hammer Straße", "Kolpingstraße",
              "Burgstraße", "Eschstraße", "Bleichstraße", "Wiedenbrücker Weg", "Hasestraße"]
FR_CITIES = [("Lyon", "69003"), ("Villeurbanne", "69100"), ("Vénissieux", "69200"), ("Bron", "69500"),
             ("Saint-Étienne", "42000"), ("Vienne", "38200"), ("Bourg-en-Bresse", "01000"), ("Annecy", "74000")]
FR_STREETS = ["rue de la Part-Dieu", "cours Gambetta", "rue Paul Bert", "avenue Jean Jaurès", "montée de la Grande-Côte",
              "chemin des Vignes", "rue Émile Zola", "impasse des Canuts", "quai Fulchiron", "allée des Tilleuls"]
ES_CITIES = [("Bilbao", "48001"), ("Getxo", "48990"), ("Barakaldo", "48901"), ("Vitoria-Gasteiz", "01001"),
             ("Donostia", "20001"), ("Santander", "39001"), ("Logroño", "26001"), ("Pamplona", "31001")]
ES_STREETS = ["Calle Gran Vía", "Avenida Sabino Arana", "Calle Licenciado Poza", "Plaza Moyúa",
              "Calle Elcano", "Paseo de la Concha", "Calle San Francisco", "Avenida de Gasteiz"]
PL_CITIES = [("Poznań", "60"), ("Gniezno", "62"), ("Leszno", "64"), ("Piła", "64"), ("Konin", "62"),
             ("Kalisz", "62"), ("Wrocław", "50"), ("Zielona Góra", "65")]
PL_STREETS = ["ul. Głogowska", "ul. Święty Marcin", "os. Stefana Batorego", "ul. Grunwaldzka", "ul. Dąbrowskiego",
              "al. Niepodległości", "ul. Wierzbięcice", "ul. Ogrodowa", "ul. Łąkowa", "ul. Szamarzewskiego"]
NL_CITIES = [("Utrecht", "35"), ("Amersfoort", "38"), ("Zeist", "37"), ("Nieuwegein", "34"), ("Houten", "39"),
             ("Veenendaal", "39"), ("Hilversum", "12"), ("Woerden", "34")]
NL_STREETS = ["Oudegracht", "Biltstraat", "Amsterdamsestraatweg", "Kamp", "Slotlaan", "Herenstraat", "Voorstraat",
              "Lange Jufferstraat", "Kerkewijk", "Rijnkade"]
TR_CITIES = [("Kadıköy", "İstanbul", "34710"), ("Üsküdar", "İstanbul", "34660"), ("Çankaya", "Ankara", "06680"),
             ("Bornova", "İzmir", "35040"), ("Nilüfer", "Bursa", "16110"), ("Muratpaşa", "Antalya", "07100"),
             ("Seyhan", "Adana", "01010"), ("Tepebaşı", "Eskişehir", "26010")]
TR_STREETS = ["Bağdat Cad.", "Moda Cad.", "Atatürk Blv.", "Kıbrıs Şehitleri Cad.", "Gazi Mustafa Kemal Blv.",
              "Cumhuriyet Mah. 1203 Sok.", "Işıklar Cad.", "Fevzi Çakmak Mah. Çınar Sok."]
RU_CITIES = [("Казань", "420"), ("Самара", "443"), ("Нижний Новгород", "603"), ("Уфа", "450"), ("Пермь", "614"),
             ("Екатеринбург", "620"), ("Саратов", "410"), ("Ульяновск", "432")]
RU_STREETS = ["ул. Баумана", "пр-т Победы", "ул. Ленина", "ул. Гагарина", "ул. Садовая", "Московское ш.",
              "ул. Чернышевского", "пер. Кооперативный"]


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(100, 9_800) if lang == "us" else g.rnd.randint(1, 180)
    if lang == "fr":
        return f"{n} {s}"
    if lang in ("de", "nl", "pl"):
        return f"{s} {n}" if lang != "pl" else f"{s} {n}/{g.rnd.randint(1, 40)}"
    if lang == "es":
        return f"{s}, {n}, {g.rnd.randint(1, 8)}º {g.rnd.choice('ABCD')}"
    if lang == "tr":
        return f"{s} No:{n} D:{g.rnd.randint(1, 20)}"
    if lang == "ru":
        return f"{s}, д. {n}, кв. {g.rnd.randint(1, 220)}"
    if lang == "in":
        return f"#{n}, {s}"
    if lang == "au" and g.rnd.random() < 0.3:
        return f"{g.rnd.randint(1, 30)}/{n} {s}"
    return f"{n} {s}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    d = g.valid(make, _ssn.is_valid)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dashed else d


def us_ssn_decoy(g: Gen) -> str:
    """A number shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    area = g.rnd.choice(["000", "666", f"9{g.digits(2)}"])
    return f"{area}-{g.digits(2)}-{g.digits(4)}"


def ca_sin(g: Gen) -> str:
    body = str(g.rnd.choice([1, 2, 3, 4, 5, 6, 7, 9])) + g.digits(7)
    d = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(d)
    return f"{d[:3]}-{d[3:6]}-{d[6:]}"


def luhn_decoy(g: Gen, n: int) -> str:
    """``n`` digits failing the Luhn check (shaped like a SIN)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(n - 1), lambda x: not luhn.is_valid(x))


def pps(g: Gen) -> str:
    return g.valid(lambda: g.digits(7) + g.rnd.choice(string.ascii_uppercase[:23]) + g.rnd.choice(["", "", "A"]),
                   _pps.is_valid)


def tfn(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(8), _tfn.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def tfn_decoy(g: Gen) -> str:
    """Nine digits failing the TFN check (a member number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(8), lambda x: not _tfn.is_valid(x))


def abn(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    d = _abn.calc_check_digits(body) + body
    assert _abn.is_valid(d)
    return _abn.format(d)


def za_id(g: Gen, born: date, female: bool) -> str:
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}" \
           f"{g.rnd.randint(0, 4) if female else g.rnd.randint(5, 9)}{g.digits(3)}08"
    d = body + luhn.calc_check_digit(body)
    assert _zaid.is_valid(d)
    return d


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits failing the South African ID check (a till receipt number)."""
    return g.valid(lambda: "2" + g.digits(12), lambda x: not _zaid.is_valid(x))


def pan(g: Gen, last: str) -> str:
    initial = (plain(last)[:1] or "X").upper()
    return g.valid(lambda: g.code("AAA") + "P" + initial + g.code("9999A"), _pan.is_valid)


_GST = string.digits + string.ascii_uppercase


def gstin(g: Gen) -> str:
    body = f"{g.rnd.choice(['29', '33', '36'])}{g.code('AAA')}C{g.code('A9999A')}1Z"
    return next(body + ch for ch in _GST if _gstin.is_valid(body + ch))


def nir(g: Gen, born: date, female: bool) -> str:
    body = f"{2 if female else 1}{born.year % 100:02d}{born.month:02d}{g.rnd.choice(['69', '42', '38', '01'])}" \
           f"{g.rnd.randint(1, 300):03d}{g.rnd.randint(1, 999):03d}"
    d = body + _nir.calc_check_digits(body)
    assert _nir.is_valid(d)
    return d


def siret(g: Gen) -> str:
    return g.valid(lambda: "7" + g.digits(13), _siret.is_valid)


def dni(g: Gen) -> str:
    body = g.digits(8)
    return body + _dni.calc_check_digit(body)


def dni_decoy(g: Gen) -> str:
    """Eight digits and a letter that is not the DNI's check letter (a customer reference)."""
    body = g.digits(8)
    right = _dni.calc_check_digit(body)
    return body + g.rnd.choice([ch for ch in "TRWAGMYFPDXBNJZSQVHLCKE" if ch != right])


def pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    serial = g.digits(3) + str(g.rnd.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial}"
    d = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(d)
    return d


def pesel_decoy(g: Gen) -> str:
    """Eleven digits failing the PESEL check (an order number)."""
    return g.valid(lambda: "25" + g.digits(9), lambda x: not _pesel.is_valid(x))


def nip(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(9), _nip.is_valid)
    return f"{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:]}"


def bsn(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), _bsn.is_valid)


def bsn_decoy(g: Gen) -> str:
    """Nine digits failing the BSN's eleven-test (a customer number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), lambda x: not _bsn.is_valid(x))


def tckimlik(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    d = body + _tck.calc_check_digits(body)
    assert _tck.is_valid(d)
    return d


def tckimlik_decoy(g: Gen) -> str:
    """Eleven digits failing the T.C. kimlik check (a consent transaction number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _tck.is_valid(x))


def vkn(g: Gen) -> str:
    body = g.digits(9)
    d = body + _vkn.calc_check_digit(body)
    assert _vkn.is_valid(d)
    return d


def inn_personal(g: Gen) -> str:
    body = g.rnd.choice(["16", "63", "52", "02", "59", "66"]) + g.digits(8)
    d = body + _inn.calc_personal_check_digits(body)
    assert _inn.is_valid(d)
    return d


def inn_company(g: Gen) -> str:
    body = g.rnd.choice(["16", "63", "77"]) + g.digits(7)
    d = body + _inn.calc_company_check_digit(body)
    assert _inn.is_valid(d)
    return d


def iban(g: Gen, country: str) -> str:
    bban = {"GB": lambda: g.rnd.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + g.digits(14),
            "DE": lambda: g.rnd.choice(["26550105", "28050100", "48050161", "40050150"]) + g.digits(10),
            "NL": lambda: g.rnd.choice(["INGB", "RABO", "ABNA", "SNSB"]) + g.digits(10),
            "PL": lambda: g.digits(24), "TR": lambda: g.digits(5) + "0" + g.digits(16)}[country]

    def make() -> str:
        b = bban()
        return country + _iban.calc_check_digits(country + "00" + b) + b

    return _iban.format(g.valid(make, _iban.is_valid))


def card(g: Gen) -> str:
    body = g.rnd.choice(["4", "51", "52", "53", "37"])
    length = 15 if body == "37" else 16
    body += g.digits(length - 1 - len(body))
    return body + luhn.calc_check_digit(body)


# -- direct-marketing vocabulary (written for v101) --------------------------------------------------------------------

LEAD_BUYERS = ["Saguaro Auto Insurance Agency", "Copperstate Mutual", "DesertShield Direct", "Lone Star Coverage LLC"]
SOURCES = ["quote-compare.example.com", "cheapcarcover.example.net", "azsavings.example.org", "fb_leadform",
           "google_ads"]
MAIL_CLIENTS = ["Nene Valley Hospice", "Rockingham Forest Trust", "Midshires Building Society", "Harborough Wines Ltd"]
