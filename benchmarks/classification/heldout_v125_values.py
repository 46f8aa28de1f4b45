"""Values of held-out set v125 (:mod:`benchmarks.classification.heldout_v125`): v125's random source, and names,
streets, cities, creditors, offices and free-text snippets written by hand for v125's insolvency and debt advice
systems (no Faker, no list of real people, no breach data), phones checked with phonenumbers and identifiers with check
digits computed and checked with python-stdnum (the Hungarian TAJ and tax numbers, the Singapore NRIC and the UK
National Insurance number have their published rules written out here).

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
from stdnum import iban as _iban
from stdnum import luhn
from stdnum.au import tfn as _tfn
from stdnum.ca import sin as _sin
from stdnum.fi import hetu as _hetu
from stdnum.hr import oib as _oib
from stdnum.ie import pps as _pps
from stdnum.no import fodselsnummer as _fnr
from stdnum.no import orgnr as _orgnr
from stdnum.ro import cnp as _cnp
from stdnum.sk import rc as _rc
from stdnum.ua import rntrc as _rntrc
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _idnr

from benchmarks.classification.heldout_v2 import Column

SEED = 125_903_2026
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v125's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNK", "?",
    "not known", "nil", "0", "TBC", "ei tiedossa", "ei", "ukjent", "ingen", "nincs", "ismeretlen", "necunoscut",
    "nu este cazul", "neuvedené", "nepoznato", "nema", "немає", "невідомо")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v125:{SEED}:{table}")

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

    def amounts(self, lo: float, hi: float, null: float = 0.0) -> list[Any]:
        return self.col(lambda: round(self.rnd.uniform(lo, hi), 2), null)

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

    def version(self) -> str:
        return f"{self.rnd.randint(1, 9)}.{self.rnd.randint(0, 24)}.{self.rnd.randint(0, 40)}"

    def ipv4(self) -> str:
        first = self.rnd.choice([31, 37, 46, 78, 79, 86, 87, 89, 109, 176, 178, 188, 213])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2a01", "2a02", "2001", "2a00"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.25) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        plans = PHONE_PLAN[region][0 if mobile else 1]
        wanted = ({phonenumbers.PhoneNumberType.MOBILE} if mobile else {phonenumbers.PhoneNumberType.FIXED_LINE}) \
            | {phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
        cc = phonenumbers.country_code_for_region(region)

        def make() -> str:
            prefix, length = self.rnd.choice(plans)
            return prefix + self.digits(length - len(prefix))

        def ok(candidate: str) -> bool:
            number = phonenumbers.parse(f"+{cc}{candidate}")
            return (phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in wanted
                    and phonenumbers.region_code_for_number(number) == region)

        number = phonenumbers.parse(f"+{cc}{self.valid(make, ok)}")
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


#: region -> ((mobile prefix, national significant length) ..., (landline prefix, length) ...)
PHONE_PLAN: dict[str, tuple[list[tuple[str, int]], list[tuple[str, int]]]] = {
    "US": ([("505", 10), ("575", 10)], [("505", 10), ("575", 10)]),
    "CA": ([("902", 10), ("782", 10)], [("902", 10)]),
    "GB": ([("74", 10), ("75", 10), ("77", 10), ("78", 10), ("79", 10)], [("113", 10), ("1274", 10), ("1924", 10)]),
    "AU": ([("4", 9)], [("73", 9), ("75", 9)]),
    "SG": ([("8", 8), ("9", 8)], [("6", 8)]),
    "ZA": ([("82", 9), ("83", 9), ("72", 9), ("73", 9), ("76", 9)], [("11", 9), ("12", 9)]),
    "IE": ([("83", 9), ("85", 9), ("86", 9), ("87", 9)], [("21", 9)]),
    "FI": ([("40", 9), ("44", 9), ("50", 9)], [("3", 9)]),
    "NO": ([("4", 8), ("9", 8)], [("55", 8), ("56", 8)]),
    "HU": ([("20", 9), ("30", 9), ("70", 9)], [("52", 8)]),
    "RO": ([("72", 9), ("73", 9), ("74", 9), ("75", 9)], [("264", 9)]),
    "SK": ([("90", 9), ("91", 9), ("94", 9)], [("55", 9)]),
    "HR": ([("91", 9), ("92", 9), ("95", 9), ("98", 9)], [("21", 8)]),
    "UA": ([("50", 9), ("63", 9), ("67", 9), ("93", 9)], [("322", 9)]),
}

# -- names (written for v125) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Ezequiel", "Darnell", "Cody", "Ramón", "Tyrell", "Lorenzo", "Wade", "Benito", "Kendrick", "Garrett"],
           ["Yolanda", "Marisela", "Desiree", "Crystal", "Leticia", "Shawna", "Adriana", "Kaylee", "Felicia", "Dolores"],
           ["Baca", "Trujillo", "Montoya", "Gallegos", "Begay", "Yazzie", "Chavez-Lucero", "Padilla", "Whitfield",
            "Archuleta", "Romero", "Tsosie", "Brubaker", "Sandoval", "Lujan"]),
    "ca": (["Brendan", "Colin", "Darrell", "Rémi", "Jamal", "Kieran", "Wendell", "Angus"],
           ["Tara", "Shauna", "Colette", "Amani", "Krista", "Heather", "Noémie", "Jocelyn"],
           ["MacIsaac", "Boutilier", "LeBlanc", "Comeau", "MacNeil", "Fougère", "d'Entremont", "Rafuse", "Hiltz",
            "Gillis", "Sampson", "Zwicker"]),
    "gb": (["Jordan", "Liam", "Kieran", "Imran", "Dale", "Shane", "Tyler", "Waqas"],
           ["Chelsea", "Kayleigh", "Jade", "Samina", "Leanne", "Demi", "Courtney", "Stacey"],
           ["Haigh", "Sutcliffe", "Ackroyd", "Hussain", "Pickersgill", "Moorhouse", "Bairstow", "Akhtar", "Greenwood",
            "Holdsworth", "Lumb", "Firth"]),
    "sc": (["Craig", "Stuart", "Gary", "Euan", "Ross", "Fraser", "Declan", "Grant"],
           ["Kirsty", "Shona", "Morag", "Lorna", "Ailsa", "Caitlin", "Nicola", "Eilidh"],
           ["McAllister", "Guthrie", "Soutar", "Ogilvie", "Duthie", "Lindsay", "Crichton", "MacLeod", "Petrie",
            "Cargill", "Baxter", "Mudie"]),
    "au": (["Brodie", "Jarrah", "Mitchell", "Dane", "Corey", "Nathan", "Hamish", "Tarni"],
           ["Tahlia", "Kirra", "Brooke", "Shannon", "Jacinta", "Kylie", "Renee", "Ngaire"],
           ["Cavanagh", "Tulloch", "Papadakis", "McCallum", "Nguyen", "Fenwick", "Costa", "Henshaw", "Grech",
            "Pascoe", "Treloar", "Whitely"]),
    "sg": (["Wei Jie", "Jun Hao", "Muhammad Hafiz", "Arvind", "Zhi Hao", "Rizwan", "Kok Leong", "Ganesh"],
           ["Hui Min", "Siti Nurhaliza", "Pei Shan", "Kavitha", "Xin Yi", "Nur Aisyah", "Mei Ling", "Priya"],
           ["Tan", "Lim", "Ng", "Goh", "Teo", "bin Rahman", "Ramasamy", "Koh", "binte Ismail", "Chua", "Pillai", "Ong"]),
    "za": (["Sipho", "Thabo", "Kagiso", "Pieter", "Mandla", "Riaan", "Lwazi", "Tshepo"],
           ["Nomvula", "Lerato", "Zanele", "Anneke", "Palesesa", "Thandeka", "Refilwe", "Chantelle"],
           ["Dlamini", "Nkosi", "Mokoena", "van der Merwe", "Khumalo", "Botha", "Mahlangu", "Naidoo", "Sithole",
            "Pretorius", "Molefe", "Ndlovu"]),
    "ie": (["Dónal", "Cian", "Eoin", "Fionn", "Séamus", "Pádraig", "Tomasz", "Killian"],
           ["Síle", "Niamh", "Caoimhe", "Deirdre", "Bríd", "Éabha", "Joanna", "Áine"],
           ["Ó Laoghaire", "Buckley", "Twomey", "Ó Murchú", "Cronin", "Desmond", "Lehane", "Mac Carthaigh",
            "Hurley", "O'Driscoll", "Kowalski", "Crowley"]),
    "fi": (["Juha", "Jarmo", "Petteri", "Aleksi", "Tuomas", "Ville", "Rauno", "Eetu"],
           ["Tuula", "Satu", "Riikka", "Johanna", "Kaisu", "Minna", "Aino", "Pirjo"],
           ["Virtanen", "Mäkelä", "Heinonen", "Lehtinen", "Salminen", "Koskinen", "Järvinen", "Hämäläinen",
            "Nieminen", "Laaksonen", "Tuominen", "Rantala"]),
    "no": (["Øyvind", "Sindre", "Magnus", "Eirik", "Torstein", "Håkon", "Leif", "Ahmed"],
           ["Ingrid", "Silje", "Ragnhild", "Marit", "Tone", "Åse", "Hilde", "Synnøve"],
           ["Haugland", "Solheim", "Brekke", "Vikøren", "Midtbø", "Kvamme", "Hjelmeland", "Nygård", "Tveit",
            "Sæle", "Fjeldstad", "Rasmussen"]),
    "hu": (["Bence", "Zoltán", "Csaba", "Gergely", "László", "Tibor", "Ferenc", "Attila"],
           ["Erzsébet", "Katalin", "Zsuzsanna", "Ildikó", "Anikó", "Réka", "Tímea", "Gabriella"],
           ["Kovács", "Szabó", "Nagy", "Tóth", "Balogh", "Kiss", "Lakatos", "Fekete", "Papp", "Oláh", "Juhász",
            "Szilágyi"]),
    "ro": (["Andrei", "Mihai", "Bogdan", "Sorin", "Vasile", "Ionuț", "Cristian", "Florin"],
           ["Ioana", "Mihaela", "Alexandra", "Raluca", "Elena", "Cristina", "Anca", "Loredana"],
           ["Pop", "Moldovan", "Rus", "Mureșan", "Crișan", "Man", "Suciu", "Oltean", "Bucur", "Șerban", "Câmpean",
            "Sabău"]),
    "sk": (["Marek", "Peter", "Ján", "Lukáš", "Martin", "Dušan", "Tomáš", "Michal"],
           ["Zuzana", "Mária", "Katarína", "Lucia", "Eva", "Jana", "Monika", "Andrea"],
           ["Horváth", "Kováč", "Novák", "Baláž", "Tóth", "Varga", "Lukáč", "Fedor", "Hudák", "Sabol", "Kočiš",
            "Tkáč"]),
    "hr": (["Ante", "Ivan", "Josip", "Mate", "Luka", "Stipe", "Tomislav", "Duje"],
           ["Marija", "Ivana", "Ana", "Kata", "Petra", "Nikolina", "Jelena", "Mirela"],
           ["Jukić", "Perić", "Grubišić", "Bilić", "Matić", "Vuković", "Babić", "Kovačević", "Šimić", "Radić",
            "Bašić", "Tomić"]),
    "uk": (["Олександр", "Тарас", "Андрій", "Богдан", "Юрій", "Остап", "Василь", "Роман"],
           ["Оксана", "Наталія", "Ірина", "Галина", "Христина", "Соломія", "Марія", "Олена"],
           ["Коваленко", "Шевчук", "Бондаренко", "Мельник", "Гнатюк", "Ткачук", "Кравчук", "Савчук", "Пастушенко",
            "Лисенко", "Дорошенко", "Федорчук"]),
}

#: Ukrainian patronymics by the father's given name (male, female)
UK_PATRONYMICS = {"Олександр": ("Олександрович", "Олександрівна"), "Тарас": ("Тарасович", "Тарасівна"),
                  "Андрій": ("Андрійович", "Андріївна"), "Богдан": ("Богданович", "Богданівна"),
                  "Юрій": ("Юрійович", "Юріївна"), "Остап": ("Остапович", "Остапівна"),
                  "Василь": ("Васильович", "Василівна"), "Роман": ("Романович", "Романівна")}

_UK_LATIN = {"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
             "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
             "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
             "ь": "", "ю": "iu", "я": "ia", "ʼ": ""}


def latin(text: str) -> str:
    """``text`` with Ukrainian Cyrillic letters written in Latin ones (for e-mail local parts)."""
    return "".join(_UK_LATIN.get(ch, ch) for ch in text.lower())


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang`` (Slovak women's surnames take ``-ová``)."""
    male, fem, fam = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.5
    family = g.rnd.choice(fam)
    if lang == "sk" and female:
        family = family.removesuffix("a") + "ová"
    return g.rnd.choice(fem if female else male), family


def whole(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    return f"{b} {a}" if lang == "hu" else f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(latin(text)) if ch.isascii() and (ch.isalnum() or ch == "."))


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(70, 99)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first).replace(".", ""), plain(last).replace(".", "")
    return [f"{a[0]}{b}"[:12], f"{a}.{b}", f"{b[:6]}{a[:2]}".lower() + "01"][style % 3]


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "icloud.com"],
    "ca": ["gmail.com", "eastlink.ca", "bellaliant.net", "hotmail.com", "outlook.com"],
    "gb": ["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "live.co.uk"],
    "sc": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com.au", "hotmail.com"],
    "sg": ["gmail.com", "singnet.com.sg", "hotmail.com", "yahoo.com.sg"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com"],
    "fi": ["gmail.com", "luukku.com", "hotmail.fi", "elisanet.fi", "suomi24.fi"],
    "no": ["gmail.com", "online.no", "hotmail.no", "live.no"],
    "hu": ["gmail.com", "freemail.hu", "citromail.hu", "t-online.hu"],
    "ro": ["gmail.com", "yahoo.com", "yahoo.ro", "hotmail.com"],
    "sk": ["gmail.com", "azet.sk", "centrum.sk", "post.sk"],
    "hr": ["gmail.com", "net.hr", "t-com.hr", "hotmail.com"],
    "uk": ["gmail.com", "ukr.net", "i.ua", "meta.ua"],
}

# -- places (written for v125) -----------------------------------------------------------------------------------------

#: (city, ZIP codes) in New Mexico
US_CITIES = [("Albuquerque", ["87102", "87106", "87108", "87110", "87112", "87114", "87120", "87123"]),
             ("Rio Rancho", ["87124", "87144"]), ("Santa Fe", ["87501", "87505", "87507"]),
             ("Las Cruces", ["88001", "88005", "88011"]), ("Farmington", ["87401", "87402"]),
             ("Los Lunas", ["87031"]), ("Roswell", ["88201", "88203"]), ("Gallup", ["87301"])]
US_STREETS = ["Central Ave SE", "Montgomery Blvd NE", "Isleta Blvd SW", "Coors Blvd NW", "Juan Tabo Blvd NE",
              "Paseo del Norte", "Calle Chamisa", "Lomas Blvd NE", "Camino del Rey", "Rio Grande Blvd NW",
              "Pinon Ridge Dr", "Sunport Loop"]
#: (city, postal FSAs) in Nova Scotia
CA_CITIES = [("Halifax", ["B3H", "B3J", "B3K", "B3L", "B3M", "B3N", "B3S"]), ("Dartmouth", ["B2V", "B2W", "B2Y", "B3A"]),
             ("Truro", ["B2N"]), ("Sydney", ["B1P", "B1S"]), ("Bridgewater", ["B4V"]), ("Kentville", ["B4N"]),
             ("New Glasgow", ["B2H"])]
CA_STREETS = ["Quinpool Rd", "Portland St", "Herring Cove Rd", "Prince St", "Windmill Rd", "Charlotte St",
              "Main St", "Lacewood Dr", "Cole Harbour Rd", "Robie St"]
#: (town, postcode districts) of West Yorkshire
GB_CITIES = [("Leeds", ["LS4", "LS6", "LS8", "LS9", "LS11", "LS12", "LS14"]), ("Bradford", ["BD3", "BD5", "BD7"]),
             ("Wakefield", ["WF1", "WF2"]), ("Huddersfield", ["HD1", "HD2", "HD4"]), ("Dewsbury", ["WF12", "WF13"]),
             ("Keighley", ["BD21"]), ("Halifax", ["HX1", "HX3"])]
GB_STREETS = ["Harehills Lane", "Roundhay Road", "Beeston Road", "Kirkstall Road", "Manningham Lane",
              "Thornhill Road", "Dewsbury Road", "Tong Road", "Chapeltown Road", "Leeds Road", "Spen Lane"]
#: (town, postcode districts) around Dundee
SC_CITIES = [("Dundee", ["DD1", "DD2", "DD3", "DD4"]), ("Broughty Ferry", ["DD5"]), ("Arbroath", ["DD11"]),
             ("Forfar", ["DD8"]), ("Montrose", ["DD10"]), ("Perth", ["PH1", "PH2"]), ("Carnoustie", ["DD7"])]
SC_STREETS = ["Perth Road", "Hilltown", "Strathmartine Road", "Arbroath Road", "Lochee High Street", "Albert Street",
              "Clepington Road", "Kingsway East", "Glamis Road", "Brook Street"]
#: (suburb, postcode) around Brisbane
AU_CITIES = [("Brisbane City", "4000"), ("Ipswich", "4305"), ("Logan Central", "4114"), ("Redcliffe", "4020"),
             ("Toowoomba", "4350"), ("Springwood", "4127"), ("Chermside", "4032"), ("Inala", "4077"),
             ("Strathpine", "4500")]
AU_STREETS = ["Gympie Rd", "Logan Rd", "Brisbane St", "Anzac Ave", "Kingston Rd", "Ruthven St", "Wembley Rd",
              "Beenleigh Rd", "Lutwyche Rd", "Redcliffe Pde"]
#: (town, postal sector) in Singapore
SG_TOWNS = [("Tampines", "52"), ("Jurong West", "64"), ("Woodlands", "73"), ("Ang Mo Kio", "56"), ("Bedok", "46"),
            ("Yishun", "76"), ("Toa Payoh", "31"), ("Sengkang", "54")]
SG_STREETS = {"Tampines": ["Tampines Street 21", "Tampines Avenue 4", "Tampines Central 1"],
              "Jurong West": ["Jurong West Street 52", "Jurong West Avenue 1"],
              "Woodlands": ["Woodlands Drive 16", "Woodlands Avenue 6"], "Ang Mo Kio": ["Ang Mo Kio Avenue 3",
                                                                                      "Ang Mo Kio Street 61"],
              "Bedok": ["Bedok North Road", "Bedok Reservoir Road"], "Yishun": ["Yishun Ring Road", "Yishun Street 11"],
              "Toa Payoh": ["Lorong 1 Toa Payoh", "Toa Payoh North"], "Sengkang": ["Compassvale Road", "Rivervale Drive"]}
#: (town, postal code) in Gauteng
ZA_CITIES = [("Johannesburg", "2001"), ("Soweto", "1804"), ("Randburg", "2194"), ("Roodepoort", "1724"),
             ("Germiston", "1401"), ("Benoni", "1501"), ("Krugersdorp", "1739"), ("Alberton", "1449")]
ZA_STREETS = ["Jan Smuts Ave", "Vilakazi St", "Main Reef Rd", "Commissioner St", "Hendrik Potgieter Rd",
              "Klipspruit Valley Rd", "Rivonia Rd", "Voortrekker Rd", "Louis Botha Ave", "Ontdekkers Rd"]
#: (town, Eircode routing key) in County Cork
IE_CITIES = [("Cork", "T12"), ("Cork", "T23"), ("Mallow", "P51"), ("Cobh", "P24"), ("Midleton", "P25"),
             ("Bandon", "P72"), ("Fermoy", "P61"), ("Kinsale", "P17"), ("Youghal", "P36")]
IE_STREETS = ["Douglas Road", "Blarney Street", "Ballyvolane Road", "Sunday's Well Road", "Maylor Street",
              "Bóthar na Mara", "Church Hill", "Ard na Laoi", "Main Street", "Model Farm Road"]
#: (city, postal codes) in Pirkanmaa
FI_CITIES = [("Tampere", ["33100", "33200", "33500", "33540", "33720", "33580"]), ("Nokia", ["37100"]),
             ("Ylöjärvi", ["33470"]), ("Kangasala", ["36200"]), ("Pirkkala", ["33960"]), ("Lempäälä", ["37500"]),
             ("Valkeakoski", ["37600"])]
FI_STREETS = ["Hämeenkatu", "Satakunnankatu", "Sammonkatu", "Teiskontie", "Pispalan valtatie", "Lapintie",
              "Hervannan valtaväylä", "Nokiantie", "Kuninkaankatu", "Rautatienkatu"]
#: (place, postal codes) around Bergen
NO_CITIES = [("Bergen", ["5003", "5006", "5011", "5035", "5052", "5089", "5141", "5145"]), ("Askøy", ["5300"]),
             ("Os", ["5200"]), ("Knarvik", ["5914"]), ("Straume", ["5353"]), ("Voss", ["5700"])]
NO_STREETS = ["Nygårdsgaten", "Sandviksveien", "Fjøsangerveien", "Løvstakksiden", "Inndalsveien", "Kalfarveien",
              "Lyderhornsveien", "Nordåsvegen", "Damsgårdsveien", "Hardangervegen"]
#: (town, postal codes) in Hajdú-Bihar and around
HU_CITIES = [("Debrecen", ["4024", "4025", "4026", "4027", "4028", "4031", "4032"]), ("Hajdúböszörmény", ["4220"]),
             ("Hajdúszoboszló", ["4200"]), ("Balmazújváros", ["4060"]), ("Nyíregyháza", ["4400"]),
             ("Berettyóújfalu", ["4100"])]
HU_STREETS = ["Piac utca", "Nagyerdei körút", "Böszörményi út", "Füredi út", "Kassai út", "Vágóhíd utca",
              "Szoboszlói út", "Mikszáth Kálmán utca", "Bethlen utca", "Kishegyesi út"]
#: (town, county, postal codes) in and around Cluj
RO_CITIES = [("Cluj-Napoca", "Cluj", ["400124", "400347", "400489", "400604", "400158", "400690"]),
             ("Florești", "Cluj", ["407280"]), ("Turda", "Cluj", ["401067"]), ("Dej", "Cluj", ["405200"]),
             ("Gherla", "Cluj", ["405300"]), ("Apahida", "Cluj", ["407035"]), ("Câmpia Turzii", "Cluj", ["405100"])]
RO_STREETS = ["Strada Horea", "Calea Florești", "Strada Memorandumului", "Bulevardul 21 Decembrie 1989",
              "Strada Observatorului", "Calea Turzii", "Strada Fabricii", "Strada Avram Iancu", "Aleea Bizușa"]
#: (town, postal codes) in eastern Slovakia
SK_CITIES = [("Košice", ["040 01", "040 11", "040 12", "040 13", "040 22", "040 23"]), ("Prešov", ["080 01"]),
             ("Michalovce", ["071 01"]), ("Spišská Nová Ves", ["052 01"]), ("Trebišov", ["075 01"]),
             ("Rožňava", ["048 01"])]
SK_STREETS = ["Hlavná", "Južná trieda", "Moldavská cesta", "Popradská", "Trieda SNP", "Luník IX", "Komenského",
              "Štúrova", "Jantárová", "Alejová"]
#: (town, postal code) in Split-Dalmatia
HR_CITIES = [("Split", "21000"), ("Solin", "21210"), ("Kaštel Stari", "21216"), ("Trogir", "21220"),
             ("Omiš", "21310"), ("Makarska", "21300"), ("Sinj", "21230"), ("Kaštel Sućurac", "21212")]
HR_STREETS = ["Domovinskog rata", "Put Brodarice", "Ulica kralja Zvonimira", "Poljička cesta", "Vukovarska",
              "Put Supavla", "Ulica Ruđera Boškovića", "Hercegovačka", "Matoševa", "Obala kralja Tomislava"]
#: (town, postal codes) in Lviv oblast
UA_CITIES = [("Львів", ["79005", "79008", "79013", "79018", "79026", "79034", "79053", "79060"]),
             ("Дрогобич", ["82100"]), ("Стрий", ["82400"]), ("Самбір", ["81400"]), ("Червоноград", ["80100"]),
             ("Золочів", ["80700"]), ("Трускавець", ["82200"])]
UA_STREETS = ["вул. Городоцька", "вул. Личаківська", "вул. Зелена", "просп. Червоної Калини", "вул. Стрийська",
              "вул. Шевченка", "вул. Франка", "вул. Наукова", "вул. Сихівська", "вул. Хмельницького"]


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(100, 12_900) if lang == "us" else g.rnd.randint(1, 160)
    if lang in ("fi", "no", "hu", "sk", "hr"):
        if lang == "hu":
            return f"{s} {n}." + (f" {g.rnd.randint(1, 10)}/{g.rnd.randint(1, 40)}" if g.rnd.random() < 0.4 else "")
        if lang == "fi" and g.rnd.random() < 0.5:
            return f"{s} {n} {g.rnd.choice('ABCD')} {g.rnd.randint(1, 60)}"
        return f"{s} {n}"
    if lang == "ro":
        return f"{s} nr. {n}" + (f", bl. {g.rnd.randint(1, 30)}, ap. {g.rnd.randint(1, 80)}"
                                 if g.rnd.random() < 0.5 else "")
    if lang == "uk":
        return f"{s}, {n}" + (f", кв. {g.rnd.randint(1, 120)}" if g.rnd.random() < 0.6 else "")
    if lang == "au" and g.rnd.random() < 0.4:
        return f"{g.rnd.randint(1, 40)}/{n} {s}"
    return f"{n} {s}"


def sg_address(g: Gen, town: str) -> tuple[str, str]:
    """(``Blk 512 Tampines Central 1``, ``#08-214``): an HDB block and its unit."""
    return (f"Blk {g.rnd.randint(101, 899)} {g.rnd.choice(SG_STREETS[town])}",
            f"#{g.rnd.randint(2, 16):02d}-{g.rnd.randint(1, 480):03d}")


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    d = g.valid(make, _ssn.is_valid)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dashed else d


def us_ssn_decoy(g: Gen) -> str:
    """A claim reference shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    area = g.rnd.choice(["000", "666", f"9{g.digits(2)}"])
    return f"{area}-{g.digits(2)}-{g.digits(4)}"


def ca_sin(g: Gen) -> str:
    """A SIN of the Atlantic provinces (first digit 1)."""
    body = "1" + g.digits(7)
    d = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(d)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def luhn_decoy(g: Gen, n: int, first: str = "123456789") -> str:
    """``n`` digits failing the Luhn check."""
    return g.valid(lambda: g.rnd.choice(first) + g.digits(n - 1), lambda x: not luhn.is_valid(x))


_NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
_NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
_NINO_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_is_valid(value: str) -> bool:
    """Whether ``value`` is a well-formed UK National Insurance number (prefix and suffix rules; no check digit)."""
    v = value.replace(" ", "").upper()
    return (re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", v) is not None and v[0] in _NINO_FIRST and v[1] in _NINO_SECOND
            and v[:2] not in _NINO_BAD)


def nino(g: Gen, spaced: bool) -> str:
    d = g.valid(lambda: g.rnd.choice(_NINO_FIRST) + g.rnd.choice(_NINO_SECOND) + g.digits(6) + g.rnd.choice("ABCD"),
                nino_is_valid)
    return f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]} {d[8]}" if spaced else d


def tfn(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 8)) + g.digits(8), _tfn.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def tfn_decoy(g: Gen) -> str:
    """Nine digits failing the TFN's check (an invoice number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 8)) + g.digits(8), lambda x: not _tfn.is_valid(x))


def nric_is_valid(value: str) -> bool:
    """Whether ``value`` is a valid Singapore NRIC (S or T, seven digits, the published weighted check letter)."""
    v = value.strip().upper()
    if re.fullmatch(r"[ST]\d{7}[A-Z]", v) is None:
        return False
    total = sum(int(ch) * w for ch, w in zip(v[1:8], (2, 7, 6, 5, 4, 3, 2))) + (4 if v[0] == "T" else 0)
    return "JZIHGFEDCBA"[total % 11] == v[8]


def nric(g: Gen, born: date) -> str:
    """An NRIC of a citizen born in Singapore (S for the 1900s, T for the 2000s; digits 1-2 the birth year)."""
    head = ("S" if born.year < 2000 else "T") + f"{born.year % 100:02d}" + g.digits(5)
    total = sum(int(ch) * w for ch, w in zip(head[1:], (2, 7, 6, 5, 4, 3, 2))) + (4 if head[0] == "T" else 0)
    value = head + "JZIHGFEDCBA"[total % 11]
    assert nric_is_valid(value)
    return value


def za_id(g: Gen, born: date, female: bool) -> str:
    def make() -> str:
        seq = g.rnd.randint(0, 4999) if female else g.rnd.randint(5000, 9999)
        body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:04d}08"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _idnr.is_valid)


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits with a real-looking date part failing the ID number's Luhn check (a form number)."""
    def make() -> str:
        d = g.birth(1960, 2000)
        return f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{g.digits(7)}"

    return g.valid(make, lambda x: not _idnr.is_valid(x))


def pps(g: Gen) -> str:
    return g.valid(lambda: g.digits(7) + g.rnd.choice(string.ascii_uppercase[:23]) + g.rnd.choice(["", "", "A"]),
                   _pps.is_valid)


def pps_decoy(g: Gen) -> str:
    """Seven digits and a letter failing the PPSN's check (a lender's reference)."""
    return g.valid(lambda: g.digits(7) + g.rnd.choice(string.ascii_uppercase[:23]), lambda x: not _pps.is_valid(x))


def hetu(g: Gen, born: date) -> str:
    def make() -> str:
        body = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}"
        ind = f"{g.rnd.randint(2, 899):03d}"
        sign = "-" if born.year < 2000 else "A"
        return body + sign + ind + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(body + ind) % 31]

    return g.valid(make, _hetu.is_valid)


def fodselsnummer(g: Gen, born: date) -> str:
    def make() -> str:
        ind = g.rnd.randint(0, 499) if born.year < 2000 else g.rnd.randint(500, 999)
        body = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{ind:03d}"
        k1 = _fnr.calc_check_digit1(body)
        return body + k1 + _fnr.calc_check_digit2(body + k1)

    return g.valid(make, _fnr.is_valid)


def orgnr(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.choice([8, 9])) + g.digits(8), _orgnr.is_valid)


def taj_is_valid(value: str) -> bool:
    """Whether ``value`` is a valid Hungarian TAJ number (nine digits, weights 3 and 7, mod 10)."""
    v = value.replace(" ", "").replace("-", "")
    if re.fullmatch(r"\d{9}", v) is None:
        return False
    return sum(int(ch) * (3 if i % 2 == 0 else 7) for i, ch in enumerate(v[:8])) % 10 == int(v[8])


def taj(g: Gen) -> str:
    body = str(g.rnd.randint(0, 2)) + g.digits(7)
    d = body + str(sum(int(ch) * (3 if i % 2 == 0 else 7) for i, ch in enumerate(body)) % 10)
    assert taj_is_valid(d)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def taj_decoy(g: Gen) -> str:
    """Nine digits failing the TAJ check, written like a TAJ (an invoice serial)."""
    d = g.valid(lambda: str(g.rnd.randint(0, 2)) + g.digits(8), lambda x: not taj_is_valid(x))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


_HU_EPOCH = date(1867, 1, 1)


def hu_tax_is_valid(value: str) -> bool:
    """Whether ``value`` is a valid Hungarian personal tax number (adóazonosító jel: 8, days since 1867-01-01,
    three digits, the check digit sum(d_i * i) mod 11)."""
    v = value.strip()
    if re.fullmatch(r"8\d{9}", v) is None:
        return False
    check = sum(int(ch) * (i + 1) for i, ch in enumerate(v[:9])) % 11
    return check < 10 and check == int(v[9])


def hu_tax_birth_date(value: str) -> date:
    return _HU_EPOCH + timedelta(days=int(value[1:6]))


def hu_tax(g: Gen, born: date) -> str:
    def make() -> str:
        body = f"8{(born - _HU_EPOCH).days:05d}{g.digits(3)}"
        return body + str(sum(int(ch) * (i + 1) for i, ch in enumerate(body)) % 11)

    return g.valid(make, hu_tax_is_valid)


def cnp(g: Gen, born: date, female: bool) -> str:
    def make() -> str:
        sex = (2 if female else 1) + (4 if born.year >= 2000 else 0)
        body = f"{sex}{born.year % 100:02d}{born.month:02d}{born.day:02d}{g.rnd.choice(['12', '12', '05', '26'])}" \
               f"{g.rnd.randint(1, 999):03d}"
        return body + _cnp.calc_check_digit(body)

    return g.valid(make, _cnp.is_valid)


def cnp_decoy(g: Gen) -> str:
    """Thirteen digits shaped like a CNP (sex digit, a real date, county 12) failing its check (an invoice number)."""
    def make() -> str:
        d = g.birth(1955, 1999)
        return f"{g.rnd.choice('12')}{d.year % 100:02d}{d.month:02d}{d.day:02d}12{g.digits(4)}"

    return g.valid(make, lambda x: not _cnp.is_valid(x))


def rodne_cislo(g: Gen, born: date, female: bool) -> str:
    def make() -> str:
        month = born.month + (50 if female else 0)
        body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}"
        check = int(body) % 11
        return body + str(check % 10)

    d = g.valid(make, _rc.is_valid)
    return f"{d[:6]}/{d[6:]}"


def oib(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _oib.is_valid)


def oib_decoy(g: Gen) -> str:
    """Eleven digits failing the OIB's check (an invoice number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _oib.is_valid(x))


_UA_EPOCH = date(1899, 12, 31)


def rntrc(g: Gen, born: date, female: bool) -> str:
    def make() -> str:
        sex = g.rnd.choice("02468" if female else "13579")
        body = f"{(born - _UA_EPOCH).days:05d}{g.digits(3)}{sex}"
        return body + _rntrc.calc_check_digit(body)

    return g.valid(make, _rntrc.is_valid)


def rntrc_birth_date(value: str) -> date:
    return _UA_EPOCH + timedelta(days=int(value[:5]))


#: country -> BBAN layout (see :meth:`Gen.code`)
_BBAN = {"FI": "99999999999999", "NO": "99999999999", "HU": "999999999999999999999999", "RO": "AAAAZZZZZZZZZZZZZZZZ",
         "SK": "99999999999999999999", "HR": "99999999999999999", "UA": "9999999999999999999999999"}
_BANKS = {"RO": ["BTRL", "RNCB", "BRDE", "INGB", "RZBR", "CECE"], "UA": ["305299", "300528", "322001", "325365"],
          "HR": ["2360000", "2340009", "2484008", "2402006"]}


def iban(g: Gen, country: str, spaced: bool = True) -> str:
    def make() -> str:
        bban = g.code(_BBAN[country])
        if country == "RO":
            bban = g.rnd.choice(_BANKS["RO"]) + bban[4:]
        elif country in ("UA", "HR"):
            bank = g.rnd.choice(_BANKS[country])
            bban = bank + bban[len(bank):]
        return country + _iban.calc_check_digits(country + "00" + bban) + bban

    d = g.valid(make, _iban.is_valid)
    return " ".join(d[i:i + 4] for i in range(0, len(d), 4)) if spaced else d


def sf_id(g: Gen, prefix: str) -> str:
    """A Salesforce record id (18 characters)."""
    return prefix + "5g00000" + g.digits(8, string.ascii_letters + string.digits)


# -- insolvency and debt advice vocabulary (written for v125) ----------------------------------------------------------

US_ATTORNEYS = ["Lucero & Baca Law", "Sandia Bankruptcy Group", "Rio Grande Debt Relief Attorneys",
                "Mesa del Sol Legal", "Duke City Consumer Law"]
US_EMPLOYERS = ["Kirtland Federal Contractors", "Sandia Hospitality LLC", "Rio Rancho Unified Schools",
                "Zia Logistics", "Route 66 Auto Parts", "Bosque Home Health", "Pueblo Grocers"]
CA_CREDITORS = ["Scotiabank", "CIBC", "RBC Royal Bank", "Canada Revenue Agency", "Capital One", "easyfinancial",
                "TD Canada Trust", "Nova Scotia Student Assistance"]
SG_CREDITORS = ["DBS Bank", "OCBC Bank", "UOB", "Standard Chartered", "Citibank Singapore", "HSBC Singapore",
                "Maybank Singapore"]
ZA_EMPLOYERS = ["Gauteng Dept of Health", "Shoprite Checkers", "Sasol Mining", "City of Johannesburg",
                "Mr Price Group", "Transnet Freight Rail", "Netcare Hospitals"]
AU_EMPLOYERS = ["Queensland Health", "Brisbane City Council", "Coles Supermarkets", "Linfox", "Ergon Energy",
                "self-employed", "Bunnings"]
IE_LENDERS = ["AIB", "Bank of Ireland", "PTSB", "Credit Union", "Pepper Finance", "Start Mortgages", "Revenue"]
NO_CREDITORS = ["Intrum AS", "Lowell Norge AS", "Statens innkrevingssentral", "Santander Consumer Bank AS",
                "Komplett Bank ASA", "Sparebanken Vest"]
RO_CREDITORS = ["Banca Transilvania", "BCR", "BRD Groupe Société Générale", "ING Bank România", "Provident",
                "ANAF", "Raiffeisen Bank"]
