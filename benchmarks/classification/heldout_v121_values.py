"""Values of held-out set v121 (:mod:`benchmarks.classification.heldout_v121`): v121's random source, and names,
streets, cities, donor centres and free-text snippets written by hand for v121's blood, plasma, bone-marrow and organ
donation registries (no Faker, no list of real people, no breach data), phones checked with phonenumbers and
identifiers with check digits computed and checked with python-stdnum (or, where python-stdnum has no module, with the
small checks below).

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers follow v27's and v98's; the lists below are new.
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
from stdnum.cz import rc as _rc
from stdnum.dk import cpr as _cpr
from stdnum.fr import nir as _nir
from stdnum.gb import nhs as _nhs
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _afm
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.my import nric as _nric
from stdnum.pt import cc as _cc
from stdnum.pt import nif as _nif
from stdnum.ru import inn as _inn
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 121_604_2026
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v121's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNK", "?",
    "not recorded", "declined", "nil", "0", "tiada", "inconnu", "néant", "ukendt", "ingen", "okänd", "saknas", "neuvedeno",
    "nezjištěno", "desconhecido", "não indicado", "άγνωστο", "κανένα", "нет", "неизвестно", "не указано")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ø", "o").replace("æ", "ae") \
        .replace("å", "a").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v121:{SEED}:{table}")

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
        first = self.rnd.choice([31, 51, 62, 81, 86, 92, 109, 146, 176, 185, 212, 217])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2a00", "2a01", "2a02", "2001:4860", "2409"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(5))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    def coord(self, lat: float, lon: float, spread: float = 0.2) -> tuple[float, float]:
        return (round(lat + self.rnd.uniform(-spread, spread), 6), round(lon + self.rnd.uniform(-spread, spread), 6))

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        keep = max(len(nsn) - 6, 1)

        def make() -> str:
            if region == "US":
                return self.rnd.choice(US_AREAS) + str(self.rnd.randint(2, 9)) + self.digits(6)
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
        if fmt == "dashes" and region == "US":
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


US_AREAS = ["901", "731", "662", "870", "515", "402", "712", "319"]

# -- names (written for v121) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Dequan", "Tanner", "Hollis", "Ezekiel", "Ramiro", "Quincy", "Landon", "Cyrus", "Beau", "Jaylen"],
           ["Latrice", "Marisol", "Brynlee", "Odette", "Shanice", "Everly", "Tamsin", "Rhonda", "Kenzie", "Alondra"],
           ["Whitlock", "Pettigrew", "Dunaway", "Okoro-Bell", "Castellano", "Hargrove", "Vanlandingham", "Blevins",
            "Trussell", "Mayweather-Ross", "Pruett", "Kimbrough", "Haskins", "Ledbetter", "Abernethy"]),
    "gb": (["Fraser", "Ruaridh", "Calum", "Euan", "Struan", "Hamish", "Kieran", "Arjun", "Finlay", "Innes"],
           ["Eilidh", "Kirsty", "Mhairi", "Isla", "Catriona", "Ailsa", "Morven", "Shona", "Rhona", "Amrita"],
           ["MacIver", "Drummond", "Urquhart", "McCallum", "Rennie", "Galbraith", "Kinnear", "Lochhead", "Baird",
            "Sutherland-Kaur", "McGlashan", "Dalgleish"]),
    "au": (["Jarrah", "Lachie", "Beau", "Koa", "Nikos", "Darcy", "Heath", "Tuan", "Rohan", "Callan"],
           ["Matilda", "Indi", "Sienna", "Tahlia", "Anh", "Kirrily", "Marlee", "Georgina", "Savannah", "Leilani"],
           ["Pennefather", "Costigan", "Nguyen-Walsh", "Tregonning", "Papadakis", "Woolcock", "Hennessy-Brown",
            "Lockyer", "Saunderson", "Quartermaine", "Bettiol", "Kowalski"]),
    "gh": (["Kwabena", "Yaw", "Kofi", "Kwame", "Selorm", "Nii", "Ebo", "Fiifi", "Elikem", "Kojo"],
           ["Akosua", "Abena", "Efua", "Adwoa", "Esi", "Naa", "Dzifa", "Afia", "Yaa", "Mawunyo"],
           ["Mensah", "Owusu-Ansah", "Boateng", "Asamoah", "Quaye", "Agyemang", "Tetteh", "Darko", "Ofori-Atta",
            "Amoako", "Nkansah", "Addo"]),
    "nz": (["Tāne", "Rawiri", "Hēmi", "Paora", "Matiu", "Lachlan", "Tevita", "Arama", "Nikau", "Brodie"],
           ["Hineroa", "Atawhai", "Kahurangi", "Mele", "Te Aomihia", "Ruby", "Ngaire", "Pania", "Sina", "Harriet"],
           ["Tawhiao", "Ngata", "Hohaia", "Tuilagi", "Marsters", "Pōhatu", "Wikiriwhi", "Fonoti", "Rewiti",
            "Aperahama", "Dunstan", "Kereama"]),
    "my": (["Ahmad Faizal", "Muhammad Haziq", "Wei Jie", "Kah Meng", "Ravindran", "Saravanan", "Hafiz", "Jun Hao"],
           ["Nurul Aina", "Siti Hajar", "Mei Ling", "Hui Min", "Kavitha", "Thilaga", "Farah", "Xin Yi"],
           ["bin Rahman", "binti Ismail", "Tan", "Lim", "Ooi", "Khoo", "Subramaniam", "Muniandy", "Goh", "Cheah",
            "bin Yusof", "Teoh"]),
    "in": (["Manish", "Devraj", "Hemant", "Lokesh", "Pradeep", "Yogendra", "Sandeep", "Naveen"],
           ["Sunita", "Rekha", "Priyanka", "Mamta", "Kavita", "Nidhi", "Bhavna", "Chhavi"],
           ["Shekhawat", "Rathore", "Agarwal", "Meena", "Saini", "Choudhary", "Sharma", "Khandelwal", "Gurjar",
            "Jangid", "Bhati", "Purohit"]),
    "fr": (["Erwan", "Gwenaël", "Maël", "Tanguy", "Yoann", "Killian", "Brieuc", "Samir", "Ronan", "Corentin"],
           ["Nolwenn", "Gaëlle", "Maïwenn", "Soizic", "Armelle", "Léna", "Rozenn", "Fatou", "Enora", "Solenn"],
           ["Le Gall", "Kervella", "Le Bris", "Riou", "Gourvès", "Jézéquel", "Le Meur", "Prigent", "Ollivier",
            "Le Roux", "Cornec", "Toullec"]),
    "da": (["Mads", "Rasmus", "Søren", "Anders", "Mikkel", "Jeppe", "Asger", "Bilal", "Troels", "Esben"],
           ["Mette", "Signe", "Birgitte", "Line", "Sofie", "Ditte", "Karoline", "Aylin", "Trine", "Lærke"],
           ["Kjærgaard", "Østergaard", "Bruun", "Vestergaard", "Thygesen", "Dalsgaard", "Nørgaard", "Lykke",
            "Skovgaard", "Frandsen", "Husum", "Bech"]),
    "sv": (["Gustav", "Björn", "Anton", "Isak", "Elias", "Melker", "Vidar", "Omar", "Edvin", "Truls"],
           ["Ingrid", "Astrid", "Elin", "Klara", "Linnéa", "Märta", "Freja", "Nadia", "Ylva", "Stina"],
           ["Strandberg", "Ekholm", "Lindblad", "Sundqvist", "Björklund", "Hedlund", "Åström", "Wikström",
            "Rydberg", "Nordin", "Holmgren", "Karimi"]),
    "cs": (["Jiří", "Tomáš", "Ondřej", "Vojtěch", "Lukáš", "Radek", "Zdeněk", "Matěj", "Petr", "Dominik"],
           ["Tereza", "Kateřina", "Lenka", "Markéta", "Zuzana", "Veronika", "Jana", "Barbora", "Šárka", "Lucie"],
           ["Dvořák", "Procházka", "Kučera", "Veselý", "Horák", "Němec", "Pokorný", "Marek", "Růžička", "Beneš",
            "Fiala", "Sedláček"]),
    "pt": (["Tiago", "Rui", "Nuno", "Gonçalo", "Duarte", "Vasco", "Afonso", "Hélder", "Sandro", "Bruno"],
           ["Inês", "Joana", "Beatriz", "Leonor", "Mafalda", "Catarina", "Rita", "Filipa", "Sónia", "Matilde"],
           ["Ferreira", "Rodrigues", "Sousa", "Gonçalves", "Magalhães", "Lourenço", "Moreira", "Azevedo",
            "Cardoso", "Pinto", "Vieira", "Baptista"]),
    "el": (["Γιώργος", "Νίκος", "Μανώλης", "Στέλιος", "Κωστής", "Αντώνης", "Μιχάλης", "Γιάννης", "Σήφης"],
           ["Ελένη", "Μαρία", "Κατερίνα", "Ειρήνη", "Δέσποινα", "Αργυρώ", "Χρυσούλα", "Σοφία", "Ευαγγελία"],
           ["Παπαδάκης", "Μαρκογιαννάκης", "Τσαγκαράκης", "Βλαχάκη", "Σπανουδάκης", "Κουκουράκη", "Ξυλούρης",
            "Χατζηδάκης", "Πετράκη", "Λαμπράκης", "Δασκαλάκη", "Μαυράκης"]),
    "ru": (["Алексей", "Дмитрий", "Сергей", "Артём", "Илья", "Максим", "Павел", "Руслан", "Егор", "Тимур"],
           ["Анна", "Екатерина", "Ольга", "Мария", "Дарья", "Наталья", "Ксения", "Алина", "Вера", "Юлия"],
           ["Кузнецов", "Смирнов", "Волков", "Зайцев", "Лебедев", "Соколов", "Морозов", "Новиков", "Фёдоров",
            "Шарипов", "Гусев", "Белов"]),
}

#: Latin transliterations of the Cyrillic and Greek names, for e-mail local parts
TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k", "λ": "l",
    "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f",
    "χ": "ch", "ψ": "ps", "ω": "o"})


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``."""
    male, fem, fam = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.5
    last = g.rnd.choice(fam)
    if lang == "ru" and female:
        last += "а"
    if lang == "cs" and female:
        last = cs_female(last)
    return g.rnd.choice(fem if female else male), last


def cs_female(surname: str) -> str:
    """The feminine form of a Czech surname (Dvořák -> Dvořáková, Veselý -> Veselá, Němec -> Němcová)."""
    if surname.endswith("ý"):
        return surname[:-1] + "á"
    if surname.endswith("ec"):
        return surname[:-2] + "cová"
    if surname.endswith("a"):
        return surname[:-1] + "ová"
    if surname.endswith("ek"):
        return surname[:-2] + "ková"
    return surname + "ová"


def whole(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text).translate(TRANSLIT) if ch.isascii() and (ch.isalnum() or ch == "."))


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "donor", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(70, 99)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first).replace(".", ""), plain(last).replace(".", "")
    return [f"{a[0]}{b}"[:12], f"{a}.{b}{style % 97}", f"{b[:6]}{a[:2]}_{style % 50}"][style % 3]


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "att.net"],
    "gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "sky.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com.au", "icloud.com"],
    "gh": ["gmail.com", "yahoo.com", "outlook.com"],
    "nz": ["gmail.com", "xtra.co.nz", "outlook.co.nz"],
    "my": ["gmail.com", "yahoo.com.my", "hotmail.my", "outlook.com"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.in"],
    "fr": ["orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "gmail.com"],
    "da": ["gmail.com", "mail.dk", "hotmail.dk", "outlook.dk"],
    "sv": ["gmail.com", "telia.com", "hotmail.se", "bredband.net"],
    "cs": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com"],
    "pt": ["gmail.com", "sapo.pt", "hotmail.com", "iol.pt"],
    "el": ["gmail.com", "yahoo.gr", "otenet.gr", "hotmail.gr"],
    "ru": ["mail.ru", "yandex.ru", "bk.ru", "gmail.com"],
}

# -- places (written for v121) -----------------------------------------------------------------------------------------

#: (city, ZIP prefix) around Memphis
US_CITIES = [("Memphis", "381"), ("Bartlett", "381"), ("Germantown", "381"), ("Collierville", "380"),
             ("Southaven", "386"), ("Olive Branch", "386"), ("West Memphis", "723"), ("Millington", "380")]
US_STREETS = ["Poplar Ave", "Summer Ave", "Winchester Rd", "Elvis Presley Blvd", "Lamar Ave", "Kirby Pkwy",
              "Goodlett Farms Pkwy", "Getwell Rd", "Shelby Oaks Dr", "Knight Arnold Rd", "Cottonwood Rd"]
#: (city, ZIP prefix, state) of a Midwest community blood center's donors
MW_CITIES = [("Sioux City", "511", "IA"), ("Council Bluffs", "515", "IA"), ("Omaha", "681", "NE"),
             ("Norfolk", "687", "NE"), ("Le Mars", "510", "IA"), ("Fremont", "680", "NE"), ("Yankton", "570", "SD")]
MW_STREETS = ["Hamilton Blvd", "Gordon Dr", "Morningside Ave", "W Broadway", "Pierce St", "Military Rd",
              "Dodge St", "Cornhusker Rd", "Douglas St", "Transit Ave"]
GB_CITIES = [("Glasgow", "G"), ("Paisley", "PA"), ("Motherwell", "ML"), ("Kilmarnock", "KA"), ("Dumbarton", "G"),
             ("Hamilton", "ML"), ("Greenock", "PA"), ("East Kilbride", "G")]
GB_STREETS = ["Byres Road", "Dumbarton Road", "Paisley Road West", "Maryhill Road", "Glasgow Road", "Gallowgate",
              "Kilbowie Road", "Merry Street", "Causeyside Street", "Cathcart Road"]
AU_CITIES = [("Adelaide", "5000"), ("Glenelg", "5045"), ("Mount Barker", "5251"), ("Port Adelaide", "5015"),
             ("Salisbury", "5108"), ("Victor Harbor", "5211"), ("Murray Bridge", "5253"), ("Gawler", "5118")]
AU_STREETS = ["Unley Road", "Goodwood Road", "Prospect Road", "Magill Road", "Port Road", "Henley Beach Road",
              "Main North Road", "Fullarton Road", "The Parade", "Grange Road"]
GH_CITIES = ["Kumasi", "Obuasi", "Ejisu", "Mampong", "Konongo", "Bekwai", "Offinso", "Agogo"]
GH_STREETS = ["Adum Lane", "Asafo Road", "Bantama High Street", "Suame Link", "Ahodwo Roundabout Road",
              "Santasi Avenue", "Tafo Nhyiaeso Street", "Ayigya Zongo Road", "Kejetia Lane", "Nhyiaeso Close"]
GH_DIGITAL = ["AK", "AS", "AE", "AO", "AB"]
NZ_CITIES = [("Auckland", "1010"), ("Manukau", "2104"), ("Whangārei", "0110"), ("Hamilton", "3204"),
             ("Pukekohe", "2120"), ("Ōrewa", "0931"), ("Kaitaia", "0410"), ("Thames", "3500")]
NZ_STREETS = ["Great South Road", "Dominion Road", "Manukau Road", "Bank Street", "Victoria Street",
              "Ōtāhuhu Drive", "Kamo Road", "Queen Street", "Hibiscus Coast Highway", "Te Atatū Road"]
#: (city, postcode prefix) in Penang and around
MY_CITIES = [("George Town", "10"), ("Butterworth", "12"), ("Bukit Mertajam", "14"), ("Bayan Lepas", "11"),
             ("Nibong Tebal", "14"), ("Kepala Batas", "13"), ("Sungai Petani", "08"), ("Taiping", "34")]
MY_STREETS = ["Jalan Burma", "Lebuh Chulia", "Jalan Masjid Negeri", "Jalan Sultan Azlan Shah", "Lorong Kulit",
              "Jalan Bagan Luar", "Jalan Permatang Pauh", "Lintang Sungai Ara", "Jalan Padang Tembak", "Jalan Kampung Jawa"]
IN_CITIES = [("Jaipur", "302"), ("Ajmer", "305"), ("Kota", "324"), ("Alwar", "301"), ("Sikar", "332"),
             ("Tonk", "304"), ("Bhilwara", "311"), ("Jodhpur", "342")]
IN_STREETS = ["Malviya Nagar Sector 7", "Vaishali Nagar", "Mansarovar Sector 4", "Raja Park Gali 3", "Tonk Road",
              "C-Scheme Ashok Marg", "Jhotwara Road", "Sodala Civil Lines", "Sanganer Bazar", "Shastri Nagar"]
FR_CITIES = [("RENNES", "35000"), ("SAINT-MALO", "35400"), ("VITRE", "35500"), ("FOUGERES", "35300"),
             ("REDON", "35600"), ("DINAN", "22100"), ("VANNES", "56000"), ("PLOERMEL", "56800")]
FR_STREETS = ["RUE DE FOUGERES", "BD DE LA LIBERTE", "RUE SAINT-HELIER", "AV JANVIER", "RUE DE BREST",
              "ALLEE DES GENETS", "CHEMIN DU CLOS GAGNEUR", "RUE DE NANTES", "PLACE SAINTE-ANNE", "RUE D ANTRAIN"]
DA_CITIES = [("Odense C", "5000"), ("Odense SØ", "5220"), ("Svendborg", "5700"), ("Nyborg", "5800"),
             ("Middelfart", "5500"), ("Faaborg", "5600"), ("Kerteminde", "5300"), ("Assens", "5610")]
DA_STREETS = ["Vestergade", "Kongensgade", "Nyborgvej", "Munkerisvej", "Hjallesevej", "Åboulevarden",
              "Skibhusvej", "Søndersø Allé", "Rugårdsvej", "Tarupvej"]
SV_CITIES = [("Stockholm", "11"), ("Solna", "169"), ("Huddinge", "141"), ("Uppsala", "75"), ("Södertälje", "151"),
             ("Nacka", "131"), ("Täby", "183"), ("Norrtälje", "761")]
SV_STREETS = ["Götgatan", "Sankt Eriksgatan", "Hornsgatan", "Vasagatan", "Ringvägen", "Hälsingegatan",
              "Kungsgatan", "Storgatan", "Björkvägen", "Fyrisvallsgatan"]
CS_CITIES = [("Brno", "602 00"), ("Blansko", "678 01"), ("Vyškov", "682 01"), ("Hodonín", "695 01"),
             ("Znojmo", "669 02"), ("Břeclav", "690 02"), ("Kuřim", "664 34"), ("Tišnov", "666 01")]
CS_STREETS = ["Cejl", "Kounicova", "Palackého třída", "Masarykova", "Vídeňská", "Lidická", "Křenová",
              "Husova", "Bratislavská", "Štefánikova"]
PT_CITIES = [("Lisboa", "1000"), ("Odivelas", "2675"), ("Loures", "2670"), ("Amadora", "2700"),
             ("Sacavém", "2685"), ("Moscavide", "1885"), ("Pontinha", "1675"), ("Póvoa de Santo Adrião", "2620")]
PT_STREETS = ["Rua de Arroios", "Avenida Almirante Reis", "Rua Morais Soares", "Travessa do Calado",
              "Rua Cidade de Bolama", "Calçada de Carriche", "Rua Heliodoro Salgado", "Avenida de Berna"]
EL_CITIES = [("Ηράκλειο", "71"), ("Χερσόνησος", "700"), ("Μοίρες", "704"), ("Αρχάνες", "701"), ("Τυμπάκι", "702"),
             ("Μαλάδες", "714"), ("Γούρνες", "700"), ("Σητεία", "723")]
EL_STREETS = ["Λεωφόρος Κνωσού", "Οδός Έβανς", "Οδός Καλοκαιρινού", "Λεωφόρος Ικάρου", "Οδός Μεραμβέλλου",
              "Οδός Γιαμαλάκη", "Λεωφόρος 62 Μαρτύρων", "Οδός Δαιδάλου", "Οδός Αγίου Μηνά", "Οδός Χάνδακος"]
RU_CITIES = [("Екатеринбург", "620"), ("Верхняя Пышма", "624"), ("Березовский", "623"), ("Арамиль", "624"),
             ("Первоуральск", "623"), ("Полевской", "623"), ("Ревда", "623"), ("Сысерть", "624")]
RU_STREETS = ["ул. Малышева", "ул. Ленина", "ул. Вайнера", "ул. Белинского", "ул. Куйбышева", "пр. Космонавтов",
              "ул. Сурикова", "ул. Фрунзе", "ул. Восточная", "ул. Шейнкмана"]


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(2, 6_900) if lang == "us" else g.rnd.randint(1, 160)
    if lang in ("da", "sv", "cs"):
        return f"{s} {n}" + (f", {g.rnd.randint(1, 4)}. tv" if lang == "da" and g.rnd.random() < 0.4 else "")
    if lang == "pt":
        return f"{s}, {n}" + (f", {g.rnd.randint(1, 6)}º Esq." if g.rnd.random() < 0.5 else "")
    if lang == "el":
        return f"{s} {n}"
    if lang == "ru":
        return f"{s}, д. {n}, кв. {g.rnd.randint(1, 220)}"
    if lang == "in":
        return f"{g.rnd.randint(1, 400)}, {s}"
    if lang == "my":
        return f"{n}, {s}"
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


def card(g: Gen, prefix: str, spaced: bool = True) -> str:
    body = prefix + g.digits(15 - len(prefix))
    d = body + luhn.calc_check_digit(body)
    return " ".join(d[i:i + 4] for i in range(0, 16, 4)) if spaced else d


def chi(g: Gen, born: date, female: bool) -> str:
    """A Scottish CHI number: the birth date (DDMMYY), two digits, a sex digit and the NHS-number check digit."""
    def make() -> str:
        sex = g.rnd.choice("02468" if female else "13579")
        return f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{g.digits(2)}{sex}" + g.digits(1)

    return g.valid(make, _nhs.is_valid)


def nhs_decoy(g: Gen) -> str:
    """Ten digits failing the NHS/CHI check (a session or appointment number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(9), lambda x: not _nhs.is_valid(x))


_MEDICARE_WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9)


def medicare_is_valid(value: str) -> bool:
    """Whether ``value`` is a valid Australian Medicare card number (10 digits, the 9th a weighted check, the 10th
    the issue number; an 11th digit, the individual reference, may follow)."""
    d = "".join(ch for ch in str(value) if ch.isdigit())
    if len(d) not in (10, 11) or d[0] not in "23456" or d[9] == "0":
        return False
    return sum(int(x) * w for x, w in zip(d[:8], _MEDICARE_WEIGHTS)) % 10 == int(d[8])


def medicare(g: Gen) -> str:
    body = str(g.rnd.randint(2, 6)) + g.digits(7)
    check = sum(int(x) * w for x, w in zip(body, _MEDICARE_WEIGHTS)) % 10
    d = f"{body}{check}{g.rnd.randint(1, 9)}"
    assert medicare_is_valid(d)
    return f"{d[:4]} {d[4:9]} {d[9]}"


def ghana_card(g: Gen) -> str:
    """A Ghana Card PIN (``GHA-`` nine digits ``-`` one digit; by shape only)."""
    return f"GHA-{g.rnd.randint(7, 7_299_999_99):09d}-{g.rnd.randint(0, 9)}"


_NHI = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nhi_is_valid(value: str) -> bool:
    """Whether ``value`` is a valid old-format New Zealand NHI number (three letters without I and O, three digits,
    a mod-11 check digit)."""
    v = str(value).strip().upper()
    if len(v) != 7 or any(ch not in _NHI for ch in v[:3]) or not v[3:].isdigit():
        return False
    total = sum((_NHI.index(ch) + 1) * (7 - i) for i, ch in enumerate(v[:3]))
    total += sum(int(ch) * (4 - i) for i, ch in enumerate(v[3:6]))
    check = (11 - total % 11) % 11
    return check not in (0, 10) and str(check) == v[6]


def nhi(g: Gen) -> str:
    return g.valid(lambda: "".join(g.rnd.choice(_NHI) for _ in range(3)) + g.digits(4), nhi_is_valid)


def nric(g: Gen, born: date) -> str:
    """A Malaysian MyKad number encoding the birth date (place codes of Penang, Kedah and Perak)."""
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{g.rnd.choice(['07', '02', '08', '10', '14'])}"
    d = g.valid(lambda: body + g.digits(4), _nric.is_valid)
    return f"{d[:6]}-{d[6:8]}-{d[8:]}"


def aadhaar(g: Gen, spaced: bool = True) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if spaced else d


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (a donation or camp form number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def nir(g: Gen, born: date, female: bool) -> str:
    body = f"{2 if female else 1}{born.year % 100:02d}{born.month:02d}{g.rnd.choice(['35', '22', '56'])}" \
           f"{g.rnd.randint(1, 300):03d}{g.rnd.randint(1, 999):03d}"
    d = body + _nir.calc_check_digits(body)
    assert _nir.is_valid(d)
    return d


def cpr(g: Gen, born: date) -> str:
    century = g.rnd.choice("0123") if born.year < 2000 else g.rnd.choice("4")
    d = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{century}{g.digits(3)}"
    assert _cpr.is_valid(d) and _cpr.get_birth_date(d) == born
    return f"{d[:6]}-{d[6:]}"


def cpr_decoy(g: Gen) -> str:
    """Ten digits written like a CPR number whose date is impossible (day 32 to 99 or month 13 to 99)."""
    return g.valid(lambda: f"{g.rnd.randint(32, 99)}{g.rnd.randint(1, 12):02d}{g.digits(2)}-{g.digits(4)}",
                   lambda x: not _cpr.is_valid(x))


def personnummer(g: Gen, born: date) -> str:
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{g.digits(3)}"
    return f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"


def rodne_cislo(g: Gen, born: date, female: bool) -> str:
    month = born.month + (50 if female else 0)
    head = f"{born.year % 100:02d}{month:02d}{born.day:02d}"
    d = g.valid(lambda: head + g.digits(4), lambda x: int(x) % 11 == 0 and _rc.is_valid(x))
    return f"{d[:6]}/{d[6:]}"


def rc_decoy(g: Gen) -> str:
    """Ten digits written like a rodné číslo failing its mod-11 check (a donation or cycle number)."""
    return g.valid(lambda: f"{g.digits(6)}/{g.digits(4)}", lambda x: not _rc.is_valid(x))


def cz_iban(g: Gen) -> str:
    def make() -> str:
        bban = g.rnd.choice(["0800", "0100", "0300", "2010", "0600"]) + "000000" + g.digits(10)
        return "CZ" + _iban.calc_check_digits("CZ00" + bban) + bban

    return _iban.format(g.valid(make, _iban.is_valid))


def pt_nif(g: Gen) -> str:
    body = str(g.rnd.choice([1, 2, 3])) + g.digits(7)
    return body + _nif.calc_check_digit(body)


def pt_nif_decoy(g: Gen) -> str:
    """Nine digits beginning like a personal NIF and failing its check (a request number)."""
    return g.valid(lambda: str(g.rnd.choice([1, 2])) + g.digits(8), lambda x: not _nif.is_valid(x))


def pt_cc(g: Gen) -> str:
    """A Portuguese cartão de cidadão number: the civil id and its digit, two version letters, the check digit."""
    body = g.digits(9) + g.code("ZA")
    d = body + _cc.calc_check_digit(body)
    assert _cc.is_valid(d)
    return f"{d[:8]} {d[8]} {d[9:]}"


def amka(g: Gen, born: date) -> str:
    body = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{g.digits(4)}"
    d = body + luhn.calc_check_digit(body)
    assert _amka.is_valid(d)
    return d


def afm(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(0, 1)) + g.digits(8), lambda x: _afm.is_valid(x) and len(set(x)) > 2)


def ru_inn(g: Gen) -> str:
    body = g.rnd.choice(["66", "66", "74", "45"]) + g.digits(8)
    return body + _inn.calc_personal_check_digits(body)


def snils_check(body: str) -> str:
    total = sum(int(ch) * (9 - i) for i, ch in enumerate(body))
    if total > 101:
        total %= 101
    return "00" if total in (100, 101) else f"{total:02d}"


def snils_is_valid(value: str) -> bool:
    """Whether ``value`` is a valid Russian SNILS (nine digits and a two-digit weighted check)."""
    d = "".join(ch for ch in str(value) if ch.isdigit())
    return len(d) == 11 and int(d[:9]) > 1_001_998 and snils_check(d[:9]) == d[9:]


def snils(g: Gen) -> str:
    body = str(g.rnd.randint(10, 199)) + g.digits(6)
    body = body.zfill(9)
    d = body + snils_check(body)
    assert snils_is_valid(d)
    return f"{d[:3]}-{d[3:6]}-{d[6:9]} {d[9:]}"


def ru_passport(g: Gen) -> str:
    """A Russian internal passport's series and number (by shape only)."""
    return f"65 {g.rnd.randint(0, 25):02d} {g.digits(6)}"


def inn_decoy(g: Gen) -> str:
    """Twelve digits failing the personal INN check (an invoice or protocol number)."""
    return g.valid(lambda: "66" + g.digits(10), lambda x: not _inn.is_valid(x))


# -- donation vocabulary (written for v121) ----------------------------------------------------------------------------

ABO = ["O+", "O-", "A+", "A-", "B+", "B-", "AB+", "AB-"]


def din(g: Gen, facility: str) -> str:
    """An ISBT 128-like donation identification number: facility code, year, serial (no check character)."""
    return f"{facility}{g.rnd.choice(['24', '25'])}{g.digits(6)}"
