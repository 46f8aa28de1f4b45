"""Values of held-out set v109 (:mod:`benchmarks.classification.heldout_v109`): v109's random source, and names,
streets, towns, contractors, installations and free-text snippets written by hand for v109's offshore and
heavy-industry workforce systems (no Faker, no list of real people, no breach data), phones checked with phonenumbers
and identifiers with check digits computed and checked with python-stdnum.

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
from stdnum.es import cif as _cif
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.gb import utr as _utr
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.my import nric as _nric
from stdnum.nl import bsn as _bsn
from stdnum.no import fodselsnummer as _fnr
from stdnum.no import orgnr as _no_orgnr
from stdnum.nz import ird as _ird
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.ru import inn as _inn
from stdnum.se import orgnr as _se_orgnr
from stdnum.se import personnummer as _pnr
from stdnum.tr import tckimlik as _tck
from stdnum.tr import vkn as _vkn
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 109_433_2026
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v109's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNK", "?",
    "not known", "nil", "Nil", "0", "ukjent", "ingen", "onbekend", "geen", "brak", "nieznany", "yok", "bilinmiyor",
    "saknas", "okänd", "desconocido", "sin datos", "нет", "неизвестно", "н/д", "tiada", "TBA")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "") \
        .replace("ø", "o").replace("æ", "ae").replace("ł", "l").replace("ı", "i")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v109:{SEED}:{table}")

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


US_AREAS = ["985", "337", "504", "225"]
CA_AREAS = ["709"]

# -- names (written for v109) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Beau", "Remy", "Landry", "Dustin", "Trey", "Jamal", "Hector", "Wade", "Colton", "Darnell"],
           ["Brandi", "Shelby", "Renee", "Tamika", "Josie", "Marisa", "Callie", "Kendra"],
           ["Thibodeaux", "Boudreaux", "Guidry", "Hebert", "LeBlanc", "Fontenot", "Arceneaux", "Broussard",
            "Landreneau", "Trahan", "Pitre", "Duplantis", "Robichaux", "Cheramie", "Washington"]),
    "ca": (["Brendan", "Gerard", "Cyril", "Kieran", "Wayne", "Desmond", "Shawn", "Rodney"],
           ["Colleen", "Bridget", "Tanya", "Darlene", "Marguerite", "Shannon", "Kerri", "Noreen"],
           ["Kavanagh", "Penney", "Hickey", "Furlong", "Dawe", "Tobin", "Parsons", "Squires", "Hynes", "Fudge",
            "Rideout", "Butt", "Kelloway", "Noseworthy"]),
    "gb": (["Fraser", "Gordon", "Callum", "Euan", "Stuart", "Craig", "Dougie", "Lewis", "Kyle", "Gary"],
           ["Morag", "Kirsty", "Eilidh", "Shona", "Fiona", "Lorna", "Carly", "Jodie"],
           ["Milne", "Cruickshank", "Duthie", "Gauld", "Leask", "Strachan", "Ritchie", "Buchan", "Middleton",
            "Pattison", "Hindmarsh", "Bainbridge", "Coulson", "Wetherell"]),
    "au": (["Brodie", "Jarrah", "Lachie", "Kane", "Darcy", "Shane", "Travis", "Mitchell"],
           ["Kayla", "Brooke", "Tahlia", "Jacinta", "Shanae", "Courtney", "Ebony", "Renae"],
           ["Pendergast", "McAllister", "Drummond", "Kowalski", "Fitzgerald", "Halloran", "Tennant", "Varga",
            "Mulholland", "Ridgeway", "Sutcliffe", "Whitford"]),
    "nz": (["Rawiri", "Nikau", "Hamish", "Brayden", "Te Ariki", "Corey", "Mataio", "Logan"],
           ["Hinemoa", "Maia", "Shardae", "Kahurangi", "Ashleigh", "Ripeka", "Stacey", "Tia"],
           ["Ngatai", "Herangi", "McCullum", "Tipene", "Rangiwai", "Kerr", "Waitai", "Tamatea", "Sutton", "Paki",
            "Gilberd", "Hohaia"]),
    "in": (["Srinivas", "Venkata", "Ramesh", "Suresh", "Naidu", "Prasad", "Kiran", "Ravi"],
           ["Lakshmi", "Padma", "Sravani", "Bhavani", "Durga", "Swathi", "Anitha", "Sujatha"],
           ["Reddy", "Varma", "Chowdary", "Rao", "Appala", "Satyanarayana", "Pydi", "Gorle", "Korada", "Bonam",
            "Dadi", "Yellapu"]),
    "my": (["Mohd Faizal", "Azman", "Jeffrey", "Ah Keong", "Rosli", "Saiful", "Benedict", "Juanis"],
           ["Nurul Ain", "Siti Aishah", "Mei Ling", "Rosnah", "Jenny", "Norliza", "Agnes", "Farahin"],
           ["bin Abdullah", "bin Osman", "Tan", "Lim", "Mojuntin", "anak Jugah", "Wong", "bin Sulaiman",
            "Gimbang", "Chong", "binti Hassan", "Ambrose"]),
    "no": (["Øyvind", "Sindre", "Torbjørn", "Eirik", "Håvard", "Kjetil", "Magnus", "Rune", "Tarjei", "Vegard"],
           ["Ingrid", "Synnøve", "Marit", "Kristin", "Ragnhild", "Solveig", "Tonje", "Hege"],
           ["Tjøstheim", "Skjæveland", "Haugland", "Rasmussen", "Egeland", "Fjeldstad", "Bjørnevik", "Sæbø",
            "Ueland", "Vatne", "Gjerde", "Nordbø", "Østerhus", "Lunde"]),
    "nl": (["Bram", "Sjoerd", "Jeroen", "Teun", "Wouter", "Kees", "Dirk", "Ruben"],
           ["Marloes", "Femke", "Ilse", "Sanne", "Mirjam", "Anouk", "Wietske", "Joke"],
           ["Bakker", "Visser", "Kok", "Zijlstra", "Dekker", "Schouten", "Mulder", "Keijzer", "Boon", "Tromp",
            "Smit", "Groot"]),
    "pl": (["Grzegorz", "Tomasz", "Łukasz", "Mariusz", "Krzysztof", "Dariusz", "Paweł", "Jarosław"],
           ["Agnieszka", "Małgorzata", "Joanna", "Beata", "Katarzyna", "Ewelina", "Magdalena", "Dorota"],
           ["Kowalczyk", "Wiśniewski", "Lewandowski", "Zieliński", "Szymański", "Kaczmarek", "Dąbrowski",
            "Konkol", "Formela", "Labuda", "Kreft", "Gliszczyński"]),
    "tr": (["Mehmet", "Hüseyin", "Mustafa", "Recep", "Serkan", "Orhan", "Yusuf", "Cengiz", "Erkan", "Murat"],
           ["Ayşe", "Fatma", "Emine", "Zeynep", "Hatice", "Gülsüm", "Elif", "Derya"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Karadeniz", "Koç", "Arslan",
            "Doğan", "Kılıç", "Erdem", "Polat"]),
    "sv": (["Johan", "Mattias", "Niklas", "Kristoffer", "Jonas", "Emir", "Oskar", "Rasmus", "Patrik"],
           ["Linnéa", "Malin", "Therese", "Josefin", "Sofia", "Hanna", "Elin", "Amra"],
           ["Karlsson", "Johansson", "Andersson", "Gustafsson", "Olofsson", "Svensson", "Hadžić", "Berntsson",
            "Ekström", "Fransson", "Torstensson", "Lindahl"]),
    "es": (["Xosé", "Manuel", "Andrés", "Brais", "Iago", "Ramón", "Diego", "Anxo"],
           ["Uxía", "María José", "Antía", "Carmen", "Sabela", "Iria", "Noemí", "Lucía"],
           ["Fernández", "Castro", "Pena", "Rodríguez", "Varela", "Seoane", "Otero", "Lamas", "Bouza", "Vilariño",
            "Rey", "Doval", "Piñeiro", "Souto"]),
    "ru": (["Алексей", "Дмитрий", "Сергей", "Андрей", "Евгений", "Виктор", "Игорь", "Роман"],
           ["Ольга", "Наталья", "Елена", "Татьяна", "Ирина", "Светлана", "Юлия", "Марина"],
           ["Кузнецов", "Ким", "Пак", "Соколов", "Морозов", "Волков", "Лебедев", "Семенов", "Егоров", "Павлов",
            "Тен", "Григорьев"]),
}

#: Russian patronymics (male, female)
RU_PATRONYMICS = (["Алексеевич", "Сергеевич", "Викторович", "Николаевич", "Игоревич", "Петрович"],
                  ["Алексеевна", "Сергеевна", "Викторовна", "Николаевна", "Игоревна", "Петровна"])
#: Latin letters of the Russian names (e-mails)
_RU_LATIN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                      "t", "u", "f", "kh", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya"]))


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``."""
    male, fem, fam = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.3
    last = g.rnd.choice(fam)
    if lang == "ru" and female and last[-2:] in ("ов", "ев", "ин"):
        last += "а"
    if lang == "pl" and female and last.endswith("ski"):
        last = last[:-1] + "a"
    if lang == "my" and female:
        last = last.replace("bin ", "binti ").replace("anak Jugah", "anak Jugah")
    return g.rnd.choice(fem if female else male), last


def whole(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def plain(text: str) -> str:
    text = "".join(_RU_LATIN.get(ch, ch) for ch in text.lower())
    return "".join(ch for ch in fold(text) if ch.isalnum() or ch == ".")


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(70, 99)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first).replace(".", ""), plain(last).replace(".", "")
    return [f"{a[0]}{b}"[:12], f"{a}.{b}", f"{b[:6]}{a[:2]}".upper()][style % 3]


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "att.net", "icloud.com", "outlook.com"],
    "ca": ["gmail.com", "nl.rogers.com", "hotmail.com", "bellaliant.net", "outlook.com"],
    "gb": ["gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com.au", "iinet.net.au"],
    "nz": ["gmail.com", "xtra.co.nz", "outlook.co.nz"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
    "my": ["gmail.com", "yahoo.com.my", "hotmail.my"],
    "no": ["gmail.com", "online.no", "hotmail.no", "outlook.com"],
    "nl": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "gmail.com", "interia.pl"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com.tr"],
    "sv": ["gmail.com", "telia.com", "hotmail.se", "outlook.com"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
    "ru": ["mail.ru", "yandex.ru", "gmail.com", "bk.ru"],
}

# -- places (written for v109) -----------------------------------------------------------------------------------------

#: (town, ZIP) in south Louisiana
US_CITIES = [("Houma", "70360"), ("Thibodaux", "70301"), ("Morgan City", "70380"), ("Lafayette", "70501"),
             ("New Iberia", "70560"), ("Galliano", "70354"), ("Cut Off", "70345"), ("Abbeville", "70510")]
US_STREETS = ["Bayou Dularge Rd", "Grand Caillou Rd", "W Park Ave", "Hwy 308", "Country Drive", "Saint Louis Canal Rd",
              "Tiger Dr", "Pecan Grove Ln", "Levee Rd", "Cypress Bend Ct"]
#: (town, FSA) in Newfoundland
CA_CITIES = [("St. John's", "A1B"), ("St. John's", "A1E"), ("Mount Pearl", "A1N"), ("Paradise", "A1L"),
             ("Conception Bay South", "A1W"), ("Carbonear", "A1Y"), ("Gander", "A1V"), ("Marystown", "A0E")]
CA_STREETS = ["Topsail Rd", "Blackmarsh Rd", "Torbay Rd", "Kenmount Rd", "Water St W", "Squires Ave", "Cochrane Pond Rd",
              "Fowlers Rd", "Old Placentia Rd", "Bay Bulls Rd"]
#: (town, outward code) of Aberdeenshire and Teesside
GB_ABZ = [("Aberdeen", "AB10"), ("Aberdeen", "AB16"), ("Dyce", "AB21"), ("Westhill", "AB32"), ("Stonehaven", "AB39"),
          ("Peterhead", "AB42"), ("Inverurie", "AB51"), ("Ellon", "AB41")]
GB_TEES = [("Middlesbrough", "TS1"), ("Middlesbrough", "TS5"), ("Stockton-on-Tees", "TS18"), ("Hartlepool", "TS24"),
           ("Redcar", "TS10"), ("Billingham", "TS23"), ("Thornaby", "TS17"), ("Guisborough", "TS14")]
GB_STREETS = ["Linthorpe Road", "Great Northern Road", "Holburn Street", "Acklam Road", "Marske Lane", "Oxbridge Lane",
              "Station Road", "Seaview Terrace", "Kingswells Crescent", "Burn Road"]
#: (town, postcode) in Western Australia
AU_CITIES = [("Karratha", "6714"), ("South Hedland", "6722"), ("Port Hedland", "6721"), ("Joondalup", "6027"),
             ("Mandurah", "6210"), ("Rockingham", "6168"), ("Ellenbrook", "6069"), ("Baldivis", "6171")]
AU_STREETS = ["Throssell Rd", "Dampier Hwy", "Welcome Rd", "Sutherland St", "Pinnacles Ave", "Ennis Ave",
              "Safety Bay Rd", "Marri Way", "Banksia Cres", "Lakeside Dr"]
NZ_CITIES = [("New Plymouth", "4310"), ("Hāwera", "4610"), ("Stratford", "4332"), ("Waitara", "4320"),
             ("Inglewood", "4330"), ("Ōakura", "4314"), ("Bell Block", "4312")]
NZ_STREETS = ["Devon Street West", "Mangorei Road", "Breakwater Road", "Princes Street", "Broadway", "Egmont Road",
              "Tukapa Street", "Parihaka Road", "Frankley Road", "Te Rangi Street"]
IN_CITIES = [("Visakhapatnam", "530"), ("Anakapalli", "531"), ("Vizianagaram", "535"), ("Srikakulam", "532"),
             ("Gajuwaka", "530")]
IN_STREETS = ["Gajuwaka Main Road", "Dwaraka Nagar 3rd Lane", "Akkayyapalem Road", "Malkapuram Colony",
              "Sriharipuram Road", "Old Post Office Road", "Kancharapalem Lane 4", "Scindia Colony"]
#: (town, postcode, state)
MY_CITIES = [("Labuan", "87000", "WP Labuan"), ("Kota Kinabalu", "88000", "Sabah"), ("Beaufort", "89800", "Sabah"),
             ("Papar", "89600", "Sabah"), ("Miri", "98000", "Sarawak"), ("Lawas", "98850", "Sarawak")]
MY_STREETS = ["Jalan Merdeka", "Jalan Kemajuan", "Lorong Bunga Raya 3", "Jalan Tun Mustapha", "Taman Sri Layang",
              "Kampung Patau-Patau", "Jalan Batu Arang", "Lorong Ikan Tenggiri"]
NO_CITIES = [("Stavanger", "4006"), ("Sandnes", "4307"), ("Sola", "4050"), ("Haugesund", "5527"), ("Bergen", "5003"),
             ("Bryne", "4340"), ("Kristiansund", "6509"), ("Florø", "6900")]
NO_STREETS = ["Kongsgårdbakken", "Madlaveien", "Hillevågsveien", "Smedgata", "Storgata", "Åsveien", "Sjøhagen",
              "Fjellsbyveien", "Strandgata", "Lysefjordveien"]
NL_CITIES = [("Den Helder", "1781"), ("Julianadorp", "1788"), ("Alkmaar", "1811"), ("Schagen", "1741"),
             ("Hoorn", "1621"), ("Texel", "1791"), ("IJmuiden", "1972")]
NL_STREETS = ["Spoorstraat", "Kanaalweg", "Middenweg", "Zuidstraat", "Javastraat", "Loodsgracht", "Texelstroomlaan",
              "Duinweg", "Havenplein", "Keizersgracht"]
NL_BIRTH = ["Den Helder", "Rotterdam", "Groningen", "Alkmaar", "Leeuwarden", "Zwolle", "Vlissingen", "Paramaribo"]
PL_CITIES = [("Gdańsk", "80"), ("Gdynia", "81"), ("Sopot", "81"), ("Wejherowo", "84"), ("Rumia", "84"),
             ("Tczew", "83")]
PL_STREETS = ["ul. Długa", "ul. Morska", "ul. Świętojańska", "ul. Grunwaldzka", "al. Zwycięstwa", "ul. Kartuska",
              "ul. Stoczniowców", "ul. Rybaków", "ul. Portowa", "ul. Kaszubska"]
PL_BIRTH = ["Gdańsk", "Kartuzy", "Kościerzyna", "Elbląg", "Słupsk", "Bydgoszcz", "Lębork"]
#: (ilçe, il, posta kodu)
TR_CITIES = [("Tuzla", "İstanbul", "34940"), ("Pendik", "İstanbul", "34890"), ("Kartal", "İstanbul", "34860"),
             ("Gebze", "Kocaeli", "41400"), ("Darıca", "Kocaeli", "41700"), ("Çayırova", "Kocaeli", "41420")]
TR_STREETS = ["Atatürk Cad.", "İstasyon Mah. Tersaneler Cad.", "Cumhuriyet Sok.", "Postane Mah. Liman Sok.",
              "Yayla Mah. Gül Sok.", "Aydınlı Yolu Cad.", "Fatih Sultan Mehmet Bulvarı", "Deniz Yıldızı Sok."]
TR_BIRTH = ["Trabzon", "Rize", "Sivas", "Erzurum", "Ordu", "Kastamonu", "Diyarbakır", "Giresun"]
SE_CITIES = [("Göteborg", "41"), ("Mölndal", "431"), ("Kungälv", "442"), ("Partille", "433"), ("Kungsbacka", "434"),
             ("Lerum", "443")]
SE_STREETS = ["Norra Hamngatan", "Järntorgsgatan", "Eklandagatan", "Gamla Riksvägen", "Kvarnbygatan", "Göteborgsvägen",
              "Bohusgatan", "Slottsskogsgatan", "Västra Frölundavägen", "Backavägen"]
ES_CITIES = [("Ferrol", "1540"), ("Narón", "15570"), ("Fene", "15500"), ("Neda", "15510"), ("A Coruña", "1500"),
             ("Ares", "15624")]
ES_STREETS = ["Rúa Real", "Rúa da Igrexa", "Avda. de Esteiro", "Rúa Dolores", "Estrada de Castela", "Rúa Galiano",
              "Avda. do Mar", "Rúa de Canido"]
RU_CITIES = [("Южно-Сахалинск", "693000"), ("Корсаков", "694020"), ("Холмск", "694620"), ("Оха", "694490"),
             ("Ноглики", "694450"), ("Долинск", "694050")]
RU_STREETS = ["ул. Комсомольская", "пр. Мира", "ул. Сахалинская", "ул. Пограничная", "ул. Курильская",
              "ул. Ленинградская", "ул. Океанская", "ул. Невельская"]


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(100, 9_800) if lang == "us" else g.rnd.randint(1, 160)
    if lang in ("no", "nl", "sv"):
        return f"{s} {n}" if g.rnd.random() < 0.8 else f"{s} {n}{g.rnd.choice('ABC')}"
    if lang == "pl":
        return f"{s} {n}" + (f"/{g.rnd.randint(1, 40)}" if g.rnd.random() < 0.5 else "")
    if lang == "tr":
        return f"{s} No: {n}" + (f" D: {g.rnd.randint(1, 20)}" if g.rnd.random() < 0.6 else "")
    if lang == "es":
        return f"{s}, {n}" + (f", {g.rnd.randint(1, 6)}º" if g.rnd.random() < 0.5 else "")
    if lang == "ru":
        return f"{s}, д. {n}, кв. {g.rnd.randint(1, 120)}"
    if lang == "my":
        return f"No. {n}, {s}"
    if lang == "in":
        return f"{g.rnd.randint(1, 60)}-{n}-{g.rnd.randint(1, 40)}, {s}"
    return f"{n} {s}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    d = g.valid(make, _ssn.is_valid)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dashed else d


def us_ssn_decoy(g: Gen) -> str:
    """A badge number shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    area = g.rnd.choice(["000", "666", f"9{g.digits(2)}"])
    return f"{area}-{g.digits(2)}-{g.digits(4)}"


def ca_sin(g: Gen) -> str:
    body = str(g.rnd.choice([1, 2, 3, 4, 5, 6, 7, 9])) + g.digits(7)
    d = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(d)
    return f"{d[:3]} {d[3:6]} {d[6:]}" if g.rnd.random() < 0.6 else d


def luhn_decoy(g: Gen, n: int) -> str:
    """``n`` digits failing the Luhn check (shaped like a SIN)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(n - 1), lambda x: not luhn.is_valid(x))


def tfn(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(8), _tfn.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:]}" if g.rnd.random() < 0.5 else d


def tfn_decoy(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(8), lambda x: not _tfn.is_valid(x))


def abn(g: Gen) -> str:
    return _abn.format(g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _abn.is_valid))


def utr(g: Gen) -> str:
    return g.valid(lambda: g.digits(10), _utr.is_valid)


def ird(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(10, 149)) + g.digits(6), _ird.is_valid)


def aadhaar(g: Gen, spaced: bool = True) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if spaced else d


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (a gate pass number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def pan(g: Gen, last: str) -> str:
    first = (plain(last)[:1] or "R").upper()
    return g.valid(lambda: g.code("AAA") + "P" + first + g.code("9999A"), _pan.is_valid)


#: Malaysian birthplace codes (Sabah, Sarawak, Labuan, Johor, Selangor)
_MY_PLACES = ["12", "13", "15", "49", "01", "10", "47"]


def mykad(g: Gen, born: date) -> str:
    d = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{g.rnd.choice(_MY_PLACES)}{g.digits(4)}"
    assert _nric.is_valid(d)
    return f"{d[:6]}-{d[6:8]}-{d[8:]}" if g.rnd.random() < 0.7 else d


def fodselsnummer(g: Gen, born: date, female: bool) -> str:
    """A Norwegian birth number of someone born 1900-1999 (individual number 000-499)."""
    def make() -> str:
        ind = g.rnd.randint(0, 249) * 2 + (0 if female else 1)
        body = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{ind:03d}"
        k1 = _fnr.calc_check_digit1(body)
        return body + k1 + _fnr.calc_check_digit2(body + k1)

    return g.valid(make, _fnr.is_valid)


def no_orgnr(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.choice([8, 9])) + g.digits(8), _no_orgnr.is_valid)


def bsn(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), _bsn.is_valid)


def bsn_decoy(g: Gen) -> str:
    """Nine digits failing the eleven-test (a certificate number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), lambda x: not _bsn.is_valid(x))


def pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    def make() -> str:
        body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}" \
               f"{g.rnd.choice('02468' if female else '13579')}"
        return body + _pesel.calc_check_digit(body)

    return g.valid(make, _pesel.is_valid)


def nip(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(5, 9)) + g.digits(9), _nip.is_valid)
    return f"{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:]}" if g.rnd.random() < 0.5 else d


def tckimlik(g: Gen) -> str:
    def make() -> str:
        body = str(g.rnd.randint(1, 9)) + g.digits(8)
        return body + _tck.calc_check_digits(body)

    return g.valid(make, _tck.is_valid)


def tckimlik_decoy(g: Gen) -> str:
    """Eleven digits failing the T.C. kimlik check (a shipyard gate card)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _tck.is_valid(x))


def vkn(g: Gen) -> str:
    return g.valid(lambda: g.digits(10), _vkn.is_valid)


def personnummer(g: Gen, born: date) -> str:
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{g.digits(3)}"
    d = f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"
    assert _pnr.is_valid(d)
    return d


def se_orgnr(g: Gen) -> str:
    return _se_orgnr.format(g.valid(lambda: "55" + g.digits(8), _se_orgnr.is_valid))


def dni_nie(g: Gen) -> str:
    if g.rnd.random() < 0.8:
        body = g.digits(8)
        return g.valid(lambda: body + _dni.calc_check_digit(body), _dni.is_valid)
    body = g.rnd.choice("XY") + g.digits(7)
    return body + _nie.calc_check_digit(body)


def cif(g: Gen) -> str:
    return g.valid(lambda: "B" + g.digits(8), _cif.is_valid)


def _nuss_base(head: str, num: str) -> int:
    return int(head + num) if int(num) >= 10_000_000 else int(head + num.lstrip("0"))


def nuss(g: Gen) -> str:
    """A Spanish social security number: province, eight digits, two check digits (mod 97)."""
    prov, num = g.rnd.choice(["15", "15", "27", "36", "28"]), g.digits(8)
    d = f"{prov}{num}{_nuss_base(prov, num) % 97:02d}"
    return f"{d[:2]}/{d[2:10]}/{d[10:]}" if g.rnd.random() < 0.5 else d


def nuss_is_valid(value: str) -> bool:
    """Whether ``value`` is a well-formed Spanish social security number (12 digits, mod 97 of the first ten)."""
    d = "".join(ch for ch in str(value) if ch.isdigit())
    return len(d) == 12 and _nuss_base(d[:2], d[2:10]) % 97 == int(d[10:])


def inn_person(g: Gen) -> str:
    def make() -> str:
        body = "65" + g.digits(8)
        return body + _inn.calc_personal_check_digits(body)

    return g.valid(make, _inn.is_valid)


def inn_company(g: Gen) -> str:
    def make() -> str:
        body = "65" + g.digits(7)
        return body + _inn.calc_company_check_digit(body)

    return g.valid(make, _inn.is_valid)


def snils(g: Gen) -> str:
    """A Russian SNILS: nine digits and a two-digit check (weighted sum mod 101, 100 as 00)."""
    body = g.valid(lambda: g.digits(9), lambda x: int(x) > 1_001_998)
    d = f"{body}{snils_check(body):02d}"
    return f"{d[:3]}-{d[3:6]}-{d[6:9]} {d[9:]}"


def snils_check(body: str) -> int:
    total = sum(int(ch) * (9 - i) for i, ch in enumerate(body))
    return 0 if total % 101 == 100 else total % 101


def snils_is_valid(value: str) -> bool:
    d = "".join(ch for ch in str(value) if ch.isdigit())
    return len(d) == 11 and snils_check(d[:9]) == int(d[9:])


def iban_of(g: Gen, country: str, bban: str) -> str:
    """An IBAN of ``country`` with the basic bank account number layout ``bban`` (``Gen.code`` letters)."""
    body = g.code(bban)
    check = _iban.calc_check_digits(f"{country}00{body}")
    value = f"{country}{check}{body}"
    assert _iban.is_valid(value)
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4)) if g.rnd.random() < 0.5 else value
