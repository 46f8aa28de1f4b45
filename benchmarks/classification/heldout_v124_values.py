"""Values of held-out set v124 (:mod:`benchmarks.classification.heldout_v124`): v124's random source, and names,
streets, cities, schools, courts and free-text snippets written by hand for v124's driving schools, driving-test
centres, licensing offices and traffic-offence schemes (no Faker, no list of real people, no breach data), phones
checked with phonenumbers and identifiers with check digits computed and checked with python-stdnum (or, where
python-stdnum has no module, with the published check written out here).

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
from stdnum.bg import egn as _egn
from stdnum.bg import vat as _bgvat
from stdnum.ca import sin as _sin
from stdnum.fi import hetu as _hetu
from stdnum.fi import ytunnus as _ytunnus
from stdnum.hr import oib as _oib
from stdnum.hu import anum as _anum
from stdnum.lv import pvn as _pvn
from stdnum.no import fodselsnummer as _fnr
from stdnum.no import orgnr as _orgnr
from stdnum.pk import cnic as _cnic
from stdnum.ro import cnp as _cnp
from stdnum.ro import cui as _cui
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 124_3307_2026
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v124's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNK", "?", "nil",
    "0", "ikke oppgitt", "ingen", "ei tietoa", "-/-", "nincs", "ismeretlen", "necunoscut", "nu e cazul", "няма",
    "неизвестно", "nav", "nezināms", "nema", "nepoznato", "not given", "N.A.", "無", "NIL")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v124:{SEED}:{table}")

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
        first = self.rnd.choice([24, 47, 66, 71, 98, 107, 142, 174, 184, 207, 216])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2600", "2607", "2001:56a", "2604"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(6 if ":" in head else 7))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True, areas: list[str] | None = None) -> str:
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        keep = max(len(nsn) - 6, 1)

        def make() -> str:
            if region in ("US", "CA"):
                return self.rnd.choice(areas or AREAS[region]) + str(self.rnd.randint(2, 9)) + self.digits(6)
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

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0,
               areas: list[str] | None = None) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile,
                                           areas), null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


AREAS = {"US": ["402", "531", "308"], "CA": ["306", "639"]}
AK_AREAS = ["907"]

# -- names (written for v124) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Brantley", "Kodiak", "Jaxon", "Ulysses", "Merritt", "Ezekiel", "Dashiell", "Truman", "Arlo", "Quentin"],
           ["Tamsin", "Aubree", "Nevaeh", "Marisela", "Oakley", "Juniper", "Delaney", "Sunniva", "Kaylee", "Rosamund"],
           ["Tunheim", "Muckenthaler", "Gravlin", "Oyelaran", "Pfannenstiel", "Kuskokwim-Bell", "Stuckenschneider",
            "Hovland", "Ashdown", "Kirkegaard", "Tennessen", "Vogtmann", "Larrabee", "Quisenberry", "Halvorsrud"]),
    "gb": (["Jago", "Kenver", "Ewan", "Hamish", "Tristan", "Fraser", "Morgan", "Callan", "Piran", "Ruaridh"],
           ["Demelza", "Lowenna", "Morwenna", "Eilidh", "Kirsty", "Tamsyn", "Isla", "Ailsa", "Senara", "Catriona"],
           ["Trevithick", "Penrose", "Tregear", "Nancarrow", "MacAskill", "Urquhart", "Pascoe", "Chenoweth",
            "Mackintosh", "Rosewarne", "Grigor", "Polglase", "Sinclair", "Tremayne", "Munro"]),
    "ca": (["Brayden", "Kaiden", "Taras", "Rylan", "Oleksandr", "Nolan", "Jagdeep", "Kieran"],
           ["Kenna", "Oksana", "Rhiannon", "Amandeep", "Tessa", "Makenzie", "Wren", "Larissa"],
           ["Hrynchuk", "Kowalchuk", "Sawatzky", "Bighorn", "Wiebe", "Dyck", "Lemaigre", "Fehr", "Yuzdepski",
            "McMurtry", "Stonechild", "Gervais"]),
    "pk": (["Muhammad Usman", "Hamza", "Bilal", "Zeeshan", "Faisal", "Shahzaib", "Waqar", "Asad"],
           ["Ayesha", "Sana", "Mahnoor", "Rabia", "Iqra", "Hira", "Sadia", "Noor ul Ain"],
           ["Qureshi", "Gillani", "Bhatti", "Rana", "Chaudhry", "Awan", "Khokhar", "Siddiqui", "Niazi", "Butt",
            "Malik", "Sheikh"]),
    "lk": (["Chamara", "Kasun", "Tharindu", "Nuwan", "Pradeep", "Dilshan", "Sanjeewa", "Ruwan"],
           ["Nadeesha", "Dilini", "Sachini", "Chathurika", "Iresha", "Hasini", "Nilmini", "Tharushi"],
           ["Wickramasinghe", "Senanayake", "Jayawardena", "Rathnayake", "Herath", "Bandara", "Dissanayake",
            "Ekanayake", "Gunawardena", "Karunaratne", "Weerasekara", "Abeysinghe"]),
    "no": (["Sindre", "Eirik", "Håkon", "Vebjørn", "Aslak", "Trygve", "Mathias", "Isak"],
           ["Ingvild", "Synnøve", "Tuva", "Ragnhild", "Sunniva", "Maren", "Åshild", "Silje"],
           ["Haugland", "Bakkevold", "Strømsnes", "Solbakken", "Aarvik", "Nygård", "Isaksen", "Johnsen-Moe",
            "Eliassen", "Bjørnstad", "Kristoffersen", "Hætta"]),
    "fi": (["Eetu", "Joonas", "Aleksi", "Väinö", "Onni", "Topias", "Lauri", "Niko"],
           ["Aino", "Venla", "Iida", "Siiri", "Emmi", "Pihla", "Kerttu", "Nelli"],
           ["Korhonen", "Mäkelä", "Heikkinen", "Väisänen", "Tervonen", "Kärkkäinen", "Pesonen", "Niskanen",
            "Kemppainen", "Hyvönen", "Leinonen", "Sipilä"]),
    "hu": (["Bence", "Levente", "Máté", "Zsolt", "Ádám", "Gergő", "Botond", "Csaba"],
           ["Réka", "Eszter", "Boglárka", "Zsófia", "Dorina", "Kinga", "Nóra", "Petra"],
           ["Horváth", "Németh", "Tóth", "Szabó", "Farkas", "Varga", "Kovács", "Molnár", "Balogh", "Pintér",
            "Takács", "Lakatos"]),
    "ro": (["Andrei", "Mihai", "Cosmin", "Răzvan", "Bogdan", "Ionuț", "Vlad", "Tudor"],
           ["Ioana", "Andreea", "Bianca", "Alexandra", "Roxana", "Diana", "Mădălina", "Irina"],
           ["Popescu", "Ciobanu", "Munteanu", "Rusu", "Lungu", "Apostol", "Tănase", "Bălan", "Hrițcu", "Onofrei",
            "Agavriloaei", "Cojocaru"]),
    "bg": (["Георги", "Иван", "Николай", "Димитър", "Стоян", "Кирил", "Васил", "Атанас"],
           ["Мария", "Десислава", "Гергана", "Радослава", "Виктория", "Цветелина", "Петя", "Мирела"],
           ["Иванов", "Петров", "Стоянов", "Димитров", "Колев", "Тодоров", "Атанасов", "Вълчев", "Кръстев", "Маринов",
            "Пеев", "Ганчев"]),
    "lv": (["Jānis", "Kārlis", "Roberts", "Edgars", "Artūrs", "Mārtiņš", "Ralfs", "Gints"],
           ["Līga", "Ilze", "Dace", "Santa", "Zane", "Elīna", "Kristīne", "Agnese"],
           ["Bērziņš", "Kalniņš", "Ozoliņš", "Liepiņš", "Krūmiņš", "Vītols", "Grīnbergs", "Eglītis", "Zariņš",
            "Sproģis", "Balodis", "Lācis"]),
    "hr": (["Luka", "Ante", "Ivan", "Marko", "Josip", "Duje", "Mate", "Tomislav"],
           ["Ana", "Petra", "Ivana", "Lucija", "Marija", "Katarina", "Mia", "Nikolina"],
           ["Perić", "Babić", "Jurić", "Kovačević", "Radić", "Vuković", "Marasović", "Bilić", "Čaleta", "Tomašević",
            "Grgić", "Bralić"]),
}

#: Hong Kong names: (surname in Chinese, its romanization), (given name in Chinese, its romanization)
HK_SURNAMES = [("陳", "CHAN"), ("李", "LEE"), ("張", "CHEUNG"), ("黃", "WONG"), ("劉", "LAU"), ("林", "LAM"),
               ("梁", "LEUNG"), ("吳", "NG"), ("鄭", "CHENG"), ("何", "HO"), ("麥", "MAK"), ("曾", "TSANG")]
HK_GIVEN = [("嘉欣", "Ka Yan"), ("志明", "Chi Ming"), ("偉強", "Wai Keung"), ("詠詩", "Wing Sze"), ("家豪", "Ka Ho"),
            ("子晴", "Tsz Ching"), ("俊傑", "Chun Kit"), ("美玲", "Mei Ling"), ("浩然", "Ho Yin"), ("凱琳", "Hoi Lam")]
HK_ENGLISH = ["Jason", "Kelvin", "Winnie", "Cherry", "Alvin", "Queenie", "Marco", "Yoyo", "Ivan", "Fiona"]

#: Latvian and Bulgarian female forms of family names (a woman's surname takes the female ending)
LV_FEMALE = {"Bērziņš": "Bērziņa", "Kalniņš": "Kalniņa", "Ozoliņš": "Ozoliņa", "Liepiņš": "Liepiņa",
             "Krūmiņš": "Krūmiņa", "Vītols": "Vītola", "Grīnbergs": "Grīnberga", "Eglītis": "Eglīte",
             "Zariņš": "Zariņa", "Sproģis": "Sproģe", "Balodis": "Balode", "Lācis": "Lāce"}


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``."""
    male, fem, fam = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.5
    family = g.rnd.choice(fam)
    if female and lang == "bg":
        family += "а"
    if female and lang == "lv":
        family = LV_FEMALE[family]
    return g.rnd.choice(fem if female else male), family


def whole(g: Gen, lang: str = "us") -> str:
    if lang == "hk":
        sur, giv = g.rnd.choice(HK_SURNAMES), g.rnd.choice(HK_GIVEN)
        return f"{sur[1]} {giv[1]}"
    a, b = person(g, lang)
    if lang == "hu":
        return f"{b} {a}"
    return f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() or ch == ".")


_CYR = dict(zip("абвгдежзийклмнопрстуфхцчшщъьюя", ["a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m",
                                                  "n", "o", "p", "r", "s", "t", "u", "f", "h", "ts", "ch", "sh", "sht",
                                                  "a", "", "yu", "ya"], strict=True))


def latin(text: str) -> str:
    """Bulgarian Cyrillic transliterated (for e-mail local parts)."""
    return "".join(_CYR.get(ch, ch) for ch in text.lower())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(latin(first)) or "user", plain(latin(last)) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(70, 99)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(latin(first))}.{plain(latin(last))}@{domain}"


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "gci.net", "icloud.com", "windstream.net"],
    "gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "sky.com", "outlook.com"],
    "ca": ["gmail.com", "sasktel.net", "hotmail.com", "shaw.ca", "outlook.com"],
    "pk": ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com"],
    "lk": ["gmail.com", "yahoo.com", "sltnet.lk", "hotmail.com"],
    "hk": ["gmail.com", "yahoo.com.hk", "netvigator.com", "hotmail.com"],
    "no": ["gmail.com", "online.no", "hotmail.no", "live.no"],
    "fi": ["gmail.com", "hotmail.fi", "luukku.com", "outlook.com"],
    "hu": ["gmail.com", "freemail.hu", "citromail.hu", "t-online.hu"],
    "ro": ["gmail.com", "yahoo.com", "yahoo.ro", "hotmail.com"],
    "bg": ["abv.bg", "gmail.com", "mail.bg", "dir.bg"],
    "lv": ["gmail.com", "inbox.lv", "apollo.lv", "outlook.com"],
    "hr": ["gmail.com", "net.hr", "hotmail.com", "t-com.hr"],
}

# -- places (written for v124) -----------------------------------------------------------------------------------------

#: (city, ZIP) in Alaska
AK_CITIES = [("Anchorage", "99508"), ("Anchorage", "99517"), ("Eagle River", "99577"), ("Wasilla", "99654"),
             ("Palmer", "99645"), ("Fairbanks", "99709"), ("Kenai", "99611"), ("Soldotna", "99669")]
AK_STREETS = ["Muldoon Rd", "Boniface Pkwy", "Tudor Rd", "Northern Lights Blvd", "Spenard Rd", "Lake Otis Pkwy",
              "Knik-Goose Bay Rd", "Parks Hwy", "Kalifornsky Beach Rd", "Birch Hill Dr", "Arctic Blvd"]
#: (city, county, ZIP prefix) in Nebraska
NE_CITIES = [("Lincoln", "Lancaster", "685"), ("Omaha", "Douglas", "681"), ("Grand Island", "Hall", "688"),
             ("Kearney", "Buffalo", "688"), ("Hastings", "Adams", "689"), ("Norfolk", "Madison", "687"),
             ("North Platte", "Lincoln", "691"), ("Columbus", "Platte", "686")]
NE_STREETS = ["O St", "Cornhusker Hwy", "Pioneers Blvd", "W Stolley Park Rd", "2nd Ave", "Dodge St", "Old Cheney Rd",
              "Sun Valley Blvd", "Husker Ln", "Prairie View Dr"]
#: (town, postcode district) in Cornwall
KW_CITIES = [("Penzance", "TR18"), ("Truro", "TR1"), ("Bodmin", "PL31"), ("Falmouth", "TR11"), ("Redruth", "TR15"),
             ("Newquay", "TR7"), ("St Austell", "PL25"), ("Helston", "TR13")]
KW_STREETS = ["Causewayhead", "Lemon Street", "Fore Street", "Killigrew Street", "Chapel Hill", "Trevithick Road",
              "Porthmeor Road", "Bosvenna Way", "Tregolls Road", "Treloyhan Close"]
#: (town, postcode district) in the Scottish Highlands
SC_CITIES = [("Inverness", "IV2"), ("Inverness", "IV3"), ("Aviemore", "PH22"), ("Fort William", "PH33"),
             ("Nairn", "IV12"), ("Dingwall", "IV15"), ("Thurso", "KW14"), ("Portree", "IV51")]
SC_STREETS = ["Culduthel Road", "Old Edinburgh Road", "Grampian Road", "High Street", "Achintore Road",
              "Tomnahurich Street", "Kenneth Street", "Station Square", "Cawdor Road", "Lochalsh Road"]
#: (city, postal code prefix) in Saskatchewan
SK_CITIES = [("Regina", "S4S"), ("Regina", "S4T"), ("Moose Jaw", "S6H"), ("Prince Albert", "S6V"),
             ("Yorkton", "S3N"), ("Swift Current", "S9H"), ("Estevan", "S4A"), ("Weyburn", "S4H")]
SK_STREETS = ["Albert St", "Dewdney Ave", "Victoria Ave E", "Broad St", "Main St N", "Central Ave", "Kramer Blvd",
              "Wascana Pkwy", "Sask Dr", "Rochdale Blvd"]
#: (city, district, postcode) in Punjab, Pakistan
PK_CITIES = [("Multan", "Multan", "60000"), ("Multan", "Multan", "60700"), ("Lahore", "Lahore", "54000"),
             ("Bahawalpur", "Bahawalpur", "63100"), ("Khanewal", "Khanewal", "58150"), ("Vehari", "Vehari", "61100"),
             ("Muzaffargarh", "Muzaffargarh", "34200"), ("Lodhran", "Lodhran", "59320")]
PK_STREETS = ["Bosan Road", "Nishtar Road", "Gulgasht Colony Street 4", "Shah Rukn-e-Alam Colony Block B",
              "Chowk Kumharanwala", "Vehari Road", "Model Town Block C", "Cantt Bazaar", "Khanewal Road",
              "Abdali Road"]
#: (district, area) in Hong Kong (no postcodes)
HK_DISTRICTS = [("Sha Tin", "NT"), ("Tuen Mun", "NT"), ("Kwun Tong", "KLN"), ("Yuen Long", "NT"),
                ("Tai Po", "NT"), ("Sham Shui Po", "KLN"), ("Eastern", "HK"), ("Tsuen Wan", "NT")]
HK_STREETS = ["Flat {f}, {fl}/F, Block {b}, Lek Yuen Estate", "Flat {f}, {fl}/F, Yau Oi Estate Oi Chi House",
              "Rm {f}, {fl}/F, 38 Hip Wo Street", "Flat {f}, {fl}/F, Tower {b}, Kingswood Villas",
              "Flat {f}, {fl}/F, 12 On Fu Road", "Rm {f}, {fl}/F, 188 Castle Peak Road",
              "Flat {f}, {fl}/F, Block {b}, Wah Fu Estate"]
#: (city, postal code) in North Western Province, Sri Lanka
LK_CITIES = [("Kurunegala", "60000"), ("Kuliyapitiya", "60200"), ("Puttalam", "61300"), ("Chilaw", "61000"),
             ("Wariyapola", "60400"), ("Pannala", "60160"), ("Maho", "60600"), ("Polgahawela", "60300")]
LK_STREETS = ["Colombo Road", "Negombo Road", "Puttalam Road", "Dambulla Road", "Kandy Road", "Mihindu Mawatha",
              "Noel Senevirathne Mawatha", "Wilgoda Road", "Bauddhaloka Mawatha", "Station Road"]
#: (poststed, postnummer) in Troms
NO_CITIES = [("Tromsø", "9008"), ("Tromsø", "9013"), ("Tromsø", "9020"), ("Kvaløysletta", "9100"),
             ("Finnsnes", "9300"), ("Storsteinnes", "9050"), ("Harstad", "9405"), ("Narvik", "8514")]
NO_STREETS = ["Storgata", "Skippergata", "Kirkegårdsveien", "Stakkevollvegen", "Hansine Hansens veg",
              "Mellomvegen", "Nordslettvegen", "Tverrforbindelsen", "Strandvegen", "Fiolvegen"]
#: (postitoimipaikka, postinumero) around Oulu
FI_CITIES = [("Oulu", "90100"), ("Oulu", "90570"), ("Kempele", "90440"), ("Kiiminki", "90900"),
             ("Haukipudas", "90830"), ("Liminka", "91900"), ("Raahe", "92100"), ("Kajaani", "87100")]
FI_STREETS = ["Isokatu", "Kirkkokatu", "Hallituskatu", "Kaijonharjuntie", "Linnanmaantie", "Koskitie",
              "Pikisaarentie", "Rantakatu", "Alasentie", "Vaarantie"]
#: (helység, irányítószám) around Győr
HU_CITIES = [("Győr", "9021"), ("Győr", "9024"), ("Győr", "9027"), ("Mosonmagyaróvár", "9200"), ("Pannonhalma", "9090"),
             ("Tét", "9100"), ("Csorna", "9300"), ("Győrújbarát", "9081")]
HU_STREETS = ["Baross Gábor út", "Szent István út", "Kossuth Lajos utca", "Bartók Béla út", "Ady Endre utca",
              "Petőfi Sándor utca", "Szabadság tér", "Jedlik Ányos utca", "Fehérvári út", "Vasvári Pál utca"]
#: (localitate, cod poștal prefix, județ) around Iași
RO_CITIES = [("Iași", "700", "Iași"), ("Iași", "700", "Iași"), ("Pașcani", "705", "Iași"), ("Târgu Frumos", "705",
                                                                                              "Iași"),
             ("Hârlău", "705", "Iași"), ("Vaslui", "730", "Vaslui"), ("Bârlad", "731", "Vaslui"),
             ("Botoșani", "710", "Botoșani")]
RO_STREETS = ["Str. Lăpușneanu", "Bd. Ștefan cel Mare și Sfânt", "Str. Păcurari", "Șos. Nicolina", "Str. Sărărie",
              "Bd. Independenței", "Str. Moara de Vânt", "Aleea Tudor Neculai", "Str. Cuza Vodă", "Calea Chișinăului"]
#: (град, пощенски код) around Plovdiv
BG_CITIES = [("Пловдив", "4000"), ("Пловдив", "4002"), ("Пловдив", "4023"), ("Асеновград", "4230"),
             ("Пазарджик", "4400"), ("Карлово", "4300"), ("Раковски", "4150"), ("Първомай", "4270")]
BG_STREETS = ["ул. „Капитан Райчо“", "бул. „Марица“", "ул. „Иван Вазов“", "бул. „Шести септември“",
              "ул. „Гладстон“", "жк „Тракия“ бл.", "бул. „Руски“", "ул. „Брезовска“", "жк „Смирненски“ бл.",
              "ул. „Димитър Талев“"]
#: (pilsēta, pasta indekss) in Kurzeme
LV_CITIES = [("Liepāja", "LV-3401"), ("Liepāja", "LV-3405"), ("Liepāja", "LV-3414"), ("Grobiņa", "LV-3430"),
             ("Aizpute", "LV-3456"), ("Kuldīga", "LV-3301"), ("Ventspils", "LV-3601"), ("Pāvilosta", "LV-3466")]
LV_STREETS = ["Graudu iela", "Kungu iela", "Ganību iela", "Jaunā ostmala", "Klaipēdas iela", "Zirņu iela",
              "Kuršu iela", "Lielā iela", "Raiņa iela", "Dzintaru iela"]
#: (mjesto, poštanski broj) around Split
HR_CITIES = [("Split", "21000"), ("Split", "21000"), ("Solin", "21210"), ("Kaštel Sućurac", "21212"),
             ("Trogir", "21220"), ("Omiš", "21310"), ("Sinj", "21230"), ("Podstrana", "21312")]
HR_STREETS = ["Ulica kralja Zvonimira", "Poljička cesta", "Put Brodarice", "Domovinskog rata", "Vukovarska ulica",
              "Ulica Ruđera Boškovića", "Ulica Matice hrvatske", "Put Supavla", "Ulica Mike Tripala", "Gundulićeva"]


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(100, 9_800) if lang == "us" else g.rnd.randint(1, 140)
    if lang == "hk":
        return s.format(f=g.rnd.choice("ABCDEFGH") if g.rnd.random() < 0.5 else g.rnd.randint(1, 28),
                        fl=g.rnd.randint(2, 38), b=g.rnd.randint(1, 9))
    if lang in ("no", "fi", "hu", "lv", "hr"):
        tail = f"{n}" if g.rnd.random() < 0.6 else f"{n} {g.rnd.choice(['A', 'B', 'C'])}"
        if lang == "lv" and g.rnd.random() < 0.5:
            tail = f"{n}-{g.rnd.randint(1, 60)}"
        if lang == "hu" and g.rnd.random() < 0.4:
            tail = f"{n}. {g.rnd.randint(1, 10)}/{g.rnd.randint(1, 12)}"
        return f"{s} {tail}." if lang == "hu" and "/" not in tail else f"{s} {tail}"
    if lang == "ro":
        return f"{s} nr. {n}" + (f", bl. {g.code('A9')}, ap. {g.rnd.randint(1, 40)}" if g.rnd.random() < 0.4 else "")
    if lang == "bg":
        if not s.endswith("бл."):
            return f"{s} {n}"
        return f"{s} {n}, вх. {g.rnd.choice('АБВ')}, ап. {g.rnd.randint(1, 60)}"
    if lang == "pk":
        return f"House No. {n}, {s}"
    if lang == "lk":
        return f"No. {n}/{g.rnd.randint(1, 20)}, {s}"
    return f"{n} {s}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    d = g.valid(make, _ssn.is_valid)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dashed else d


def us_ssn_decoy(g: Gen) -> str:
    """A court case number shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    area = g.rnd.choice(["000", "666", f"9{g.digits(2)}"])
    return f"{area}-{g.digits(2)}-{g.digits(4)}"


def ca_sin(g: Gen) -> str:
    body = str(g.rnd.choice([1, 2, 3, 4, 5, 6, 7, 9])) + g.digits(7)
    d = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(d)
    return f"{d[:3]}-{d[3:6]}-{d[6:]}"


def luhn_decoy(g: Gen, n: int) -> str:
    """``n`` digits failing the Luhn check (shaped like a SIN)."""
    return g.valid(lambda: g.digits(n), lambda x: not luhn.is_valid(x))


def dvla(g: Gen, last: str, first: str, born: date, female: bool) -> str:
    """A GB (DVLA) driving licence number: surname, decade, month (+5 for women), day, year, initials, 9, two
    computer characters."""
    sur = "".join(ch for ch in fold(last).upper() if ch.isalpha())[:5].ljust(5, "9")
    month = born.month + (50 if female else 0)
    return (f"{sur}{born.year % 100 // 10}{month:02d}{born.day:02d}{born.year % 10}"
            f"{fold(first).upper()[0]}99{g.code('ZZ')}")


def pk_cnic(g: Gen, female: bool) -> str:
    """A Punjab CNIC (locality 3xxxx, serial, last digit even for women)."""
    def make() -> str:
        last = g.rnd.choice("02468" if female else "13579")
        return f"3{g.rnd.choice(['6302', '6303', '5202', '6101', '6601', '6201'])}-{g.digits(7)}-{last}"

    return g.valid(make, _cnic.is_valid)


def pk_cnic_decoy(g: Gen) -> str:
    """A challan number shaped like a CNIC whose first digit is no province (fails the CNIC check)."""
    return g.valid(lambda: f"{g.rnd.choice('89')}{g.digits(4)}-{g.digits(7)}-{g.digits(1)}",
                   lambda x: not _cnic.is_valid(x))


_HKID_LETTERS = string.ascii_uppercase


def hkid_check(body: str) -> str:
    """The check character of a Hong Kong identity card number ``A123456`` (weights 8..2, mod 11; a space for a
    one-letter prefix weighs 9 x 36)."""
    head = body[:-6]
    total = 9 * 36 if len(head) == 1 else 9 * (_HKID_LETTERS.index(head[0]) + 10)
    total += 8 * (_HKID_LETTERS.index(head[-1]) + 10)
    total += sum(int(ch) * (7 - i) for i, ch in enumerate(body[-6:]))
    check = (11 - total % 11) % 11
    return "A" if check == 10 else str(check)


def hkid_is_valid(value: str) -> bool:
    value = value.strip().upper().replace("(", "").replace(")", "").replace(" ", "")
    body, check = value[:-1], value[-1:]
    return (len(body) in (7, 8) and body[:-6].isalpha() and body[-6:].isdigit() and check != ""
            and hkid_check(body) == check)


def hkid(g: Gen) -> str:
    body = g.rnd.choice("KPRYZ" if g.rnd.random() < 0.5 else "ACDEGH") + g.digits(6)
    return f"{body}({hkid_check(body)})"


def hkid_decoy(g: Gen) -> str:
    """A receipt number shaped like a Hong Kong identity card number, failing its check."""
    body = g.rnd.choice("KPRYZ") + g.digits(6)
    wrong = g.rnd.choice([ch for ch in "0123456789A" if ch != hkid_check(body)])
    return f"{body}({wrong})"


def lk_nic(g: Gen, born: date, female: bool) -> str:
    """A Sri Lankan NIC of the 12-digit form: the birth year, the day of the year (+500 for women), a serial
    (generated by shape: no public check digit)."""
    doy = (born - date(born.year, 1, 1)).days + 1 + (500 if female else 0)
    return f"{born.year}{doy:03d}{g.digits(5)}"


def lk_nic_birth(value: str) -> date:
    doy = int(value[4:7]) % 500
    return date(int(value[:4]), 1, 1) + timedelta(days=doy - 1)


def lk_nic_decoy(g: Gen) -> str:
    """Twelve digits shaped like a NIC whose day of the year can be no one's (367 to 500 or over 866)."""
    return f"{g.rnd.randint(1950, 2007)}{g.rnd.choice([g.rnd.randint(367, 500), g.rnd.randint(867, 999)]):03d}" \
           f"{g.digits(5)}"


def fnr(g: Gen, born: date) -> str:
    """A Norwegian fødselsnummer encoding ``born``."""
    def make() -> str:
        individual = g.rnd.randint(0, 499) if born.year < 2000 else g.rnd.randint(500, 999)
        body = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{individual:03d}"
        first = _fnr.calc_check_digit1(body)
        return body + first + _fnr.calc_check_digit2(body + first)

    return g.valid(make, lambda x: _fnr.is_valid(x) and _fnr.get_birth_date(x) == born)


def fnr_decoy(g: Gen) -> str:
    """Eleven digits shaped like a fødselsnummer failing its check (an invoice number)."""
    return g.valid(lambda: f"{g.rnd.randint(1, 28):02d}{g.rnd.randint(1, 12):02d}{g.digits(7)}",
                   lambda x: not _fnr.is_valid(x))


def no_orgnr(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("89") + g.digits(8), _orgnr.is_valid)


def iban_of(g: Gen, country: str, bban: Callable[[], str]) -> str:
    def make() -> str:
        b = bban()
        num = int("".join(str(int(ch, 36)) for ch in b + country + "00"))
        return f"{country}{98 - num % 97:02d}{b}"

    raw = g.valid(make, _iban.is_valid)
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


_HETU = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def hetu(g: Gen, born: date) -> str:
    """A Finnish henkilötunnus encoding ``born``."""
    def make() -> str:
        body = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}"
        serial = f"{g.rnd.randint(2, 899):03d}"
        sign = "-" if born.year < 2000 else "A"
        return f"{body}{sign}{serial}{_HETU[int(body + serial) % 31]}"

    return g.valid(make, _hetu.is_valid)


def hetu_decoy(g: Gen) -> str:
    """A booking number shaped like a henkilötunnus whose check character is wrong."""
    def make() -> str:
        body = f"{g.rnd.randint(1, 28):02d}{g.rnd.randint(1, 12):02d}{g.digits(2)}"
        serial = f"{g.rnd.randint(2, 899):03d}"
        right = _HETU[int(body + serial) % 31]
        return f"{body}-{serial}{g.rnd.choice([ch for ch in _HETU if ch != right])}"

    return g.valid(make, lambda x: not _hetu.is_valid(x))


def ytunnus(g: Gen) -> str:
    return g.valid(lambda: f"{g.rnd.randint(1, 3)}{g.digits(6)}-{g.digits(1)}", _ytunnus.is_valid)


def adoazonosito(g: Gen, born: date) -> str:
    """A Hungarian adóazonosító jel: 8, the days since 1867-01-01, a serial, a check digit (weights 1..9 mod 11)."""
    def make() -> str:
        body = f"8{(born - date(1867, 1, 1)).days:05d}{g.digits(3)}"
        check = sum(int(ch) * (i + 1) for i, ch in enumerate(body)) % 11
        return body + str(check) if check < 10 else "x"

    return g.valid(make, adoazonosito_is_valid)


def adoazonosito_is_valid(value: str) -> bool:
    value = value.strip()
    if len(value) != 10 or not value.isdigit() or value[0] != "8":
        return False
    return sum(int(ch) * (i + 1) for i, ch in enumerate(value[:9])) % 11 == int(value[9])


def adoazonosito_birth(value: str) -> date:
    return date(1867, 1, 1) + timedelta(days=int(value[1:6]))


def adoazonosito_decoy(g: Gen) -> str:
    """Ten digits starting with 8 failing the adóazonosító jel's check (an invoice number)."""
    return g.valid(lambda: "8" + g.digits(9), lambda x: not adoazonosito_is_valid(x))


def taj(g: Gen) -> str:
    """A Hungarian TAJ number (weights 3 and 7 alternating, mod 10), written ``123 456 789``."""
    body = g.digits(8)
    check = sum(int(ch) * (3 if i % 2 == 0 else 7) for i, ch in enumerate(body)) % 10
    d = body + str(check)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def taj_is_valid(value: str) -> bool:
    d = value.replace(" ", "").replace("-", "")
    return len(d) == 9 and d.isdigit() and sum(int(ch) * (3 if i % 2 == 0 else 7)
                                               for i, ch in enumerate(d[:8])) % 10 == int(d[8])


def hu_adoszam(g: Gen) -> str:
    """A Hungarian company tax number ``12345678-2-08`` (its first eight digits carry the ANUM check)."""
    return g.valid(lambda: g.digits(8), _anum.is_valid) + f"-{g.rnd.choice('2')}-08"


def cnp(g: Gen, born: date, female: bool, county: str = "22") -> str:
    sex = (2 if female else 1) + (4 if born.year >= 2000 else 0)
    body = f"{sex}{born.year % 100:02d}{born.month:02d}{born.day:02d}{county}{g.rnd.randint(1, 999):03d}"
    d = body + _cnp.calc_check_digit(body)
    assert _cnp.is_valid(d)
    return d


def cnp_decoy(g: Gen) -> str:
    """Thirteen digits failing the CNP check (a contract number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(12), lambda x: not _cnp.is_valid(x))


def ro_cui(g: Gen) -> str:
    def make() -> str:
        body = str(g.rnd.randint(1, 4)) + g.digits(7)
        return body + _cui.calc_check_digit(body)

    return g.valid(make, _cui.is_valid)


def egn(g: Gen, born: date, female: bool) -> str:
    month = born.month + (40 if born.year >= 2000 else 0)

    def make() -> str:
        serial = g.rnd.randint(0, 99) * 2 + (1 if female else 0)
        body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial % 1000:03d}"
        return body + _egn.calc_check_digit(body)

    return g.valid(make, lambda x: _egn.is_valid(x) and _egn.get_birth_date(x) == born)


def egn_decoy(g: Gen) -> str:
    """Ten digits failing the ЕГН's check (a contract number)."""
    return g.valid(lambda: g.digits(10), lambda x: not _egn.is_valid(x))


def bg_eik(g: Gen) -> str:
    return g.valid(lambda: "20" + g.digits(7), _bgvat.is_valid)


def lv_personas_kods(g: Gen, born: date) -> str:
    """A Latvian personal code of the old form ``ddmmyy-Cnnnn`` (C the century: 1 for the 1900s, 2 for the 2000s)."""
    century = 1 if born.year < 2000 else 2

    def make() -> str:
        body = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{century}{g.digits(3)}"
        d = body + _pvn.calc_check_digit_pers(body)
        return f"{d[:6]}-{d[6:]}"

    return g.valid(make, lambda x: _pvn.is_valid(x) and _pvn.get_birth_date(x) == born)


def lv_regnr(g: Gen) -> str:
    """A Latvian company registration number (40003...), valid as a legal entity's PVN."""
    return g.valid(lambda: "4000" + g.digits(7), _pvn.is_valid)


def oib(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _oib.is_valid)


def oib_decoy(g: Gen) -> str:
    """Eleven digits failing the OIB check (a ticket number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _oib.is_valid(x))


# -- driving vocabulary (written for v124) -----------------------------------------------------------------------------

AK_COURTS = [("Anchorage District Court", "Anchorage"), ("Palmer District Court", "Palmer"),
             ("Kenai District Court", "Kenai"), ("Fairbanks District Court", "Fairbanks")]
NE_COURTS = ["LANCASTER CO COURT", "DOUGLAS CO COURT", "HALL CO COURT", "BUFFALO CO COURT", "ADAMS CO COURT"]
NE_OFFENSES = [("SPD 6-10 OVER", 1), ("SPD 11-35 OVER", 3), ("NO SEATBELT", 0), ("FAIL TO YIELD", 2),
               ("DUI 1ST", 6), ("NO PROOF INS", 0), ("RECKLESS DRV", 5), ("TEXTING WHILE DRV", 3)]
SC_VENUES = [("Kingsmills Hotel, Inverness", "IV2 3LP"), ("Aviemore Community Centre", "PH22 1RH"),
             ("Nevis Centre, Fort William", "PH33 6AN"), ("Thurso Town Hall", "KW14 8AJ")]
