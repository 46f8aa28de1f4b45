"""Values of held-out set v107 (:mod:`benchmarks.classification.heldout_v107`): v107's random source, and names,
streets, cities, airfields, aircraft and free-text snippets written by hand for v107's general-aviation, flight school
and drone operator systems (no Faker, no list of real people, no breach data), phones checked with phonenumbers and
identifiers with check digits computed and checked with python-stdnum.

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
from stdnum.ca import sin as _sin
from stdnum.de import idnr as _idnr
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.fr import nir as _nir
from stdnum.ie import pps as _pps
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.it import codicefiscale as _cf
from stdnum.kr import rrn as _rrn
from stdnum.nl import bsn as _bsn
from stdnum.pl import pesel as _pesel
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _zaid

from benchmarks.classification.heldout_v2 import Column

SEED = 107_433_2026
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v107's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNK", "?",
    "not known", "nil", "Nil", "0", "TBC", "k.A.", "unbekannt", "inconnu", "néant", "desconocido", "s/d", "brak",
    "nieznany", "sconosciuto", "n.d.", "onbekend", "geen", "미상", "없음", "declined")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "").replace(
        "ł", "l")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v107:{SEED}:{table}")

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


US_AREAS = ["502", "859", "270", "606", "513", "812", "615"]
CA_AREAS = ["403", "587", "780", "825", "306", "204"]

# -- names (written for v107) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Beckett", "Tanner", "Dashiell", "Jamarcus", "Eliseo", "Corbin", "Wendell", "Hollis", "Rafael", "Kieran"],
           ["Sawyer", "Marguerite", "Destiny", "Annaliese", "Rosario", "Tamsin", "Leighton", "Imani", "Corinne",
            "Juniper"],
           ["Caudill", "Vanhoose", "Breckinridge", "Osei-Tutu", "Fugate", "Lindqvist-Mayes", "Tackett", "Ambrosetti",
            "Whitlock", "Gambrell", "Youngblood", "Pacheco", "Hatfield", "Strunk", "Kessinger"]),
    "gb": (["Hamish", "Jasper", "Ravi", "Ellis", "Fergus", "Kwame", "Ptolemy", "Ashton"],
           ["Tabitha", "Philippa", "Lowri", "Nadia", "Harriet", "Cerys", "Ottilie", "Bethan"],
           ["Fairbrother", "Attwood", "Ramsbottom", "Chaudhry", "Pennington", "Le Mesurier", "Gilbey", "Oyelaran",
            "Sutcliffe", "Hebditch", "Kinnersley", "Prowse"]),
    "ca": (["Jérémie", "Harjit", "Callum", "Olumide", "Teodor", "Maxime", "Quinn", "Dmytro"],
           ["Gabrielle", "Simran", "Kaitlyn", "Océane", "Oksana", "Meadow", "Tanisha", "Jocelyne"],
           ["Bouchard-Lam", "Grewal", "McAllister", "Pelletier", "Hrynchuk", "Okoye", "Desjarlais", "Lindgren",
            "Sauvé", "Kozak", "Cardinal", "Van Houten"]),
    "ng": (["Obinna", "Adewale", "Suleiman", "Emeka", "Tunde", "Yakubu", "Chinedu", "Femi"],
           ["Nkechi", "Bolanle", "Zainab", "Ifeoma", "Temitope", "Amina", "Uchechi", "Folake"],
           ["Okafor", "Adebayo", "Lawal", "Nnamdi", "Ogundipe", "Garba", "Onyekachi", "Bakare", "Ekwueme",
            "Mohammed", "Adesanya", "Iwu"]),
    "ie": (["Eoghan", "Cillian", "Pádraig", "Donncha", "Senan", "Lorcan", "Tomasz", "Odhrán"],
           ["Caoimhe", "Síofra", "Aisling", "Éabha", "Muireann", "Niamh", "Kasia", "Laoise"],
           ["Ó Ceallaigh", "McEntaggart", "Feeney", "Mac Suibhne", "Furlong", "Ní Dhonnchadha", "Brosnan",
            "Kinsella", "Hanrahan", "Lawlor", "Kowalczyk", "Geraghty"]),
    "za": (["Thabo", "Sipho", "Pieter", "Johan", "Lwazi", "Riaan", "Mandla", "Ashwin"],
           ["Nomvula", "Anneke", "Lerato", "Zanele", "Marelize", "Thandiwe", "Precious", "Chantelle"],
           ["Van der Merwe", "Dlamini", "Botha", "Nkosi", "Pretorius", "Mokoena", "Naidoo", "Du Plessis", "Khumalo",
            "Steenkamp", "Mthembu", "Jacobs"]),
    "in": (["Aditya", "Nikhil", "Pranav", "Sameer", "Gautam", "Abhishek", "Manoj", "Tejas"],
           ["Divya", "Sneha", "Aparna", "Nandini", "Ruksana", "Keerthi", "Swati", "Bhavana"],
           ["Hegde", "Gowda", "Shetty", "Krishnamurthy", "Nair", "Siddiqui", "Bhat", "Reddy", "Joshi", "Kamath",
            "Srinivasan", "Patil"]),
    "au": (["Lachie", "Brodie", "Harrison", "Tyson", "Nguyen", "Jarrah", "Declan", "Mitchell"],
           ["Matilda", "Tahlia", "Brooke", "Indigo", "Georgia", "Skye", "Kirra", "Sienna"],
           ["McAlister", "Pearce", "Tran", "Whitehead", "Costello", "Papadakis", "Dunstan", "Kelleher", "Barnett",
            "Nguyen-Ross", "Fitzgibbon", "Hogarth"]),
    "de": (["Lennart", "Benedikt", "Fynn", "Mirko", "Kaan", "Valentin", "Jörg", "Piotr"],
           ["Annika", "Friederike", "Leonie", "Sünje", "Elif", "Marlene", "Johanna", "Swetlana"],
           ["Weißenfels", "Obermaier", "Kessler", "Rautenberg", "Özdemir", "Schäfer-Lind", "Bachmeier", "Krämer",
            "Zimmerle", "Hoffmeister", "Brückner", "Lindenau"]),
    "fr": (["Baptiste", "Grégoire", "Kévin", "Rayan", "Mathis", "Hervé", "Sébastien", "Lilian"],
           ["Margaux", "Léonie", "Inès", "Bérénice", "Capucine", "Sandrine", "Noémie", "Héloïse"],
           ["Fabre", "Castagné", "Delmas", "Roumagnac", "Benaïssa", "Puech", "Cazeneuve", "Marty", "Soulié",
            "Lacombe", "Bousquet", "Vidal-Arnaud"]),
    "es": (["Íñigo", "Álvaro", "Gonzalo", "Borja", "Unai", "Ibai", "Rubén", "Aitor"],
           ["Nerea", "Ainhoa", "Begoña", "Lucía", "Itziar", "Rocío", "Macarena", "Estíbaliz"],
           ["Etxeberria", "Garmendia", "Sáez", "Olabarria", "Ruiz de Azúa", "Peñalver", "Zubizarreta", "Arrieta",
            "Gómez", "Uriarte", "Lizarraga", "Beltrán"]),
    "pl": (["Bartłomiej", "Kacper", "Wojciech", "Grzegorz", "Szymon", "Dawid", "Przemysław", "Jędrzej"],
           ["Agnieszka", "Małgorzata", "Zofia", "Weronika", "Katarzyna", "Justyna", "Oliwia", "Dorota"],
           ["Wróblewski", "Kaczmarek", "Zieliński", "Pawlak", "Grabowski", "Sikora", "Michalski", "Wójcik",
            "Jabłoński", "Szczepański", "Krawczyk", "Dudek"]),
    "it": (["Gianluca", "Matteo", "Lorenzo", "Davide", "Riccardo", "Tommaso", "Ettore", "Alessio"],
           ["Chiara", "Ilaria", "Federica", "Beatrice", "Giorgia", "Arianna", "Serena", "Ludovica"],
           ["Bianchetti", "Colombo", "Ferraresi", "Galli", "Marchetti", "Pellegrini", "Zanetti", "Brambilla",
            "Rinaldi", "Sartori", "Cattaneo", "Fumagalli"]),
    "nl": (["Joost", "Sander", "Bram", "Thijs", "Mees", "Youssef", "Gert-Jan", "Ruben"],
           ["Femke", "Marloes", "Sanne", "Ilse", "Noor", "Wietske", "Anouk", "Fleur"],
           ["van der Veen", "Hoekstra", "de Boer", "Wijnands", "Kuipers", "el Amrani", "Visser", "van Dijk",
            "Brouwer", "Terpstra", "Mulder", "Bakker"]),
    "ko": (["지훈", "동현", "승우", "재원", "민수", "우진", "현준", "상철"],
           ["수아", "유진", "지민", "은지", "소연", "채원", "미경", "나연"],
           ["김", "이", "박", "최", "정", "배", "권", "황", "송", "류", "홍", "문"]),
}


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``."""
    male, fem, fam = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.5
    return g.rnd.choice(fem if female else male), g.rnd.choice(fam)


def whole(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    return f"{b}{a}" if lang == "ko" else f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() or ch == ".")


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(70, 99)}",
                          f"{a}_{b[:4]}"])
    return f"{local}@{g.rnd.choice(domains)}"


def korean_email(g: Gen) -> str:
    local = g.rnd.choice(["jihoon", "sua", "dhyun", "yujin", "minsoo", "chaewon", "skyking", "drone_kim", "woojin"])
    return f"{local}{g.rnd.choice(['', '.', '_'])}{g.rnd.randint(1, 9999)}@{g.rnd.choice(DOMAINS['ko'])}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first).replace(".", ""), plain(last).replace(".", "")
    return [f"{a[0]}{b}"[:12], f"{a}.{b}", f"{b[:6]}{a[:2]}".upper(), f"{a}_{b[:3]}{len(b) * 7}"][style % 4]


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "windstream.net"],
    "gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "sky.com", "outlook.com"],
    "ca": ["gmail.com", "shaw.ca", "telus.net", "hotmail.com", "outlook.com"],
    "ng": ["gmail.com", "yahoo.com", "hotmail.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com", "icloud.com", "optusnet.com.au"],
    "de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "wanadoo.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "gmail.com", "interia.pl"],
    "it": ["libero.it", "gmail.com", "virgilio.it", "alice.it", "tiscali.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
    "ko": ["naver.com", "daum.net", "gmail.com", "hanmail.net"],
}

# -- places (written for v107) -----------------------------------------------------------------------------------------

#: (city, county, ZIP prefix) in Kentucky
US_CITIES = [("Lexington", "Fayette", "405"), ("Bowling Green", "Warren", "421"), ("Somerset", "Pulaski", "425"),
             ("Frankfort", "Franklin", "406"), ("Richmond", "Madison", "404"), ("Georgetown", "Scott", "403"),
             ("London", "Laurel", "407"), ("Owensboro", "Daviess", "423")]
US_STREETS = ["Tates Creek Rd", "Nicholasville Rd", "Russellville Rd", "Old Frankfort Pike", "Bypass Rd",
              "Lakeshore Dr", "Ironworks Pike", "Cave Mill Rd", "Winchester Rd", "Hurstbourne Ln", "Fort Harrod Dr"]
GB_CITIES = [("Guildford", "GU1"), ("Farnham", "GU9"), ("Redhill", "RH1"), ("Dorking", "RH4"), ("Horsham", "RH12"),
             ("Crawley", "RH10"), ("Tonbridge", "TN9"), ("Sevenoaks", "TN13")]
GB_STREETS = ["Epsom Road", "Hale Reeds", "Brighton Road", "Horsham Road", "Larkfield Close", "Kingsfold Rise",
              "Station Approach", "Oxted Lane", "Pilgrims Way", "Fairlands Avenue"]
CA_CITIES = [("Calgary", "T2E"), ("Red Deer", "T4N"), ("Lethbridge", "T1J"), ("Airdrie", "T4B"),
             ("Okotoks", "T1S"), ("Edmonton", "T5K"), ("Medicine Hat", "T1A"), ("Cochrane", "T4C")]
CA_STREETS = ["Macleod Trail SE", "Crowchild Trail NW", "Gaetz Ave", "Mayor Magrath Dr S", "Sunridge Way NE",
              "Whyte Ave NW", "Dunmore Rd SE", "Bow Valley Rd", "Riverstone Blvd", "Coulee Cres W"]
NG_LGAS = ["Ikeja", "Eti-Osa", "Alimosho", "Kosofe", "Surulere", "Oshodi-Isolo", "Ikorodu", "Lagos Island"]
NG_STREETS = ["Obafemi Awolowo Way", "Allen Avenue", "Adeniyi Jones Avenue", "Toyin Street", "Oba Akran Avenue",
              "Ago Palace Way", "Isheri Road", "Ogudu Road", "Bode Thomas Street", "Admiralty Way"]
IE_CITIES = [("Naas", "W91"), ("Newbridge", "W12"), ("Kildare", "R51"), ("Athy", "R14"), ("Portlaoise", "R32"),
             ("Tullamore", "R35"), ("Maynooth", "W23"), ("Carlow", "R93")]
IE_STREETS = ["Sallins Road", "Main Street", "Curragh View", "Bóthar an Phiarsaigh", "Abbeyfield Court",
              "Monread Avenue", "Dublin Road", "Cill Dara Heights", "Old Kilcullen Road", "Ard Mhuire"]
ZA_CITIES = [("Stellenbosch", "7600"), ("Paarl", "7646"), ("Somerset West", "7130"), ("Bellville", "7530"),
             ("Durbanville", "7550"), ("Worcester", "6850"), ("Cape Town", "8001"), ("Malmesbury", "7300")]
ZA_STREETS = ["Dorp Street", "Main Road", "Voortrekker Road", "Jan van Riebeeck Drive", "Protea Crescent",
              "Fynbos Close", "Lourensford Road", "Kromrivier Lane", "Durban Road", "Wellington Road"]
IN_CITIES = [("Bengaluru", "560"), ("Mysuru", "570"), ("Hubballi", "580"), ("Mangaluru", "575"),
             ("Chennai", "600"), ("Hyderabad", "500"), ("Coimbatore", "641"), ("Belagavi", "590")]
IN_STREETS = ["HSR Layout 27th Main", "Jayanagar 4th Block", "Yelahanka New Town", "Indiranagar 100 Feet Road",
              "Vijayanagar 2nd Stage", "Gokulam 3rd Stage", "Kadri Hills Road", "Anna Nagar West", "Madhapur Road"]
AU_CITIES = [("Caboolture", "4510"), ("Toowoomba", "4350"), ("Redcliffe", "4020"), ("Maroochydore", "4558"),
             ("Ipswich", "4305"), ("Bundaberg", "4670"), ("Hervey Bay", "4655"), ("Gympie", "4570")]
AU_STREETS = ["King Street", "Ruthven Street", "Anzac Avenue", "Aerodrome Road", "Brisbane Road", "Bourbong Street",
              "Boundary Street", "Mary Street", "Jacaranda Crescent", "Banksia Close"]
DE_CITIES = [("Egelsbach", "63329"), ("Langen", "63225"), ("Darmstadt", "64283"), ("Dreieich", "63303"),
             ("Offenbach am Main", "63065"), ("Rödermark", "63322"), ("Mörfelden-Walldorf", "64546"),
             ("Neu-Isenburg", "63263")]
DE_STREETS = ["Flugplatzstraße", "Bahnstraße", "Heinrichstraße", "Rheinstraße", "Am Hirschsprung", "Ernst-Ludwig-Str.",
              "Lindenweg", "Kirchgasse", "Schillerstraße", "Im Wiesengrund"]
FR_CITIES = [("Toulouse", "31000"), ("Muret", "31600"), ("Blagnac", "31700"), ("Albi", "81000"),
             ("Montauban", "82000"), ("Castres", "81100"), ("Colomiers", "31770"), ("Auch", "32000")]
FR_STREETS = ["rue des Aviateurs", "chemin de la Piste", "allée Jean Mermoz", "rue Saint-Rome", "avenue de Grande-Bretagne",
              "impasse des Tilleuls", "rue du Taur", "place du Capitole", "route de Seysses", "rue Pargaminières"]
ES_CITIES = [("Vitoria-Gasteiz", "01001"), ("Bilbao", "48001"), ("Getxo", "48990"), ("Donostia", "20001"),
             ("Barakaldo", "48901"), ("Durango", "48200"), ("Irun", "20301"), ("Eibar", "20600")]
ES_STREETS = ["Calle Dato", "Gran Vía de Don Diego López de Haro", "Avenida Gasteiz", "Calle Portal de Foronda",
              "Paseo de la Zurriola", "Calle Iparraguirre", "Plaza Zaldiaran", "Calle Licenciado Poza"]
PL_CITIES = [("Kraków", "30-001"), ("Wieliczka", "32-020"), ("Tarnów", "33-100"), ("Nowy Sącz", "33-300"),
             ("Skawina", "32-050"), ("Bochnia", "32-700"), ("Myślenice", "32-400"), ("Zakopane", "34-500")]
PL_STREETS = ["ul. Medweckiego", "ul. Dobrego Pasterza", "al. Pokoju", "ul. Wielicka", "os. Dywizjonu 303",
              "ul. Lotnicza", "ul. Krakowska", "ul. Jana Pawła II", "ul. Szybowcowa", "ul. Kolejowa"]
IT_CITIES = [("Verona", "37121", "VR"), ("Vicenza", "36100", "VI"), ("Thiene", "36016", "VI"),
             ("Bassano del Grappa", "36061", "VI"), ("Padova", "35121", "PD"), ("Treviso", "31100", "TV"),
             ("Schio", "36015", "VI"), ("Villafranca di Verona", "37069", "VR")]
IT_STREETS = ["Via Roma", "Corso Palladio", "Via dell'Aeroporto", "Viale Trento", "Via Garibaldi",
              "Contrà Porti", "Via San Bortolo", "Piazzale della Vittoria", "Via Monte Grappa", "Via dei Mille"]
NL_CITIES = [("Lelystad", "8232"), ("Almere", "1315"), ("Dronten", "8251"), ("Zeewolde", "3891"),
             ("Harderwijk", "3841"), ("Emmeloord", "8302"), ("Kampen", "8261"), ("Zwolle", "8011")]
NL_STREETS = ["Stationsweg", "Kempenaar", "De Meeuw", "Zuiderzeestraatweg", "Havenweg", "Botter", "Wijk 2",
              "Oostvaardersdijk", "Kamperweg", "Karperweg"]
KO_CITIES = [("대구광역시 동구", "410"), ("대구광역시 수성구", "420"), ("경산시", "385"), ("구미시", "392"),
             ("포항시 북구", "376"), ("김천시", "395")]
KO_STREETS = ["동촌로 118", "달구벌대로 2410", "화랑로 77-3", "경산로 56", "송정대로 12", "흥해로 301-5"]


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(2, 4_800) if lang == "us" else g.rnd.randint(1, 160)
    if lang in ("fr",):
        return f"{n} {s}"
    if lang in ("es", "it"):
        return f"{s}, {n}" if lang == "it" else f"{s} {n}, {g.rnd.randint(1, 8)}º"
    if lang in ("de", "nl", "pl"):
        return f"{s} {n}" if lang != "pl" else f"{s} {n}/{g.rnd.randint(1, 40)}"
    if lang == "ko":
        return s
    if lang == "in":
        return f"#{n}, {s}"
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


def luhn_decoy(g: Gen, n: int, head: str = "") -> str:
    """``n`` digits failing the Luhn check (shaped like a SIN or a card)."""
    return g.valid(lambda: head + g.digits(n - len(head)), lambda x: not luhn.is_valid(x))


def card(g: Gen, spaced: bool = False) -> str:
    body = g.rnd.choice(["4", "51", "52", "53", "54", "55"])
    body += g.digits(15 - len(body))
    d = body + luhn.calc_check_digit(body)
    return " ".join(d[i:i + 4] for i in range(0, 16, 4)) if spaced else d


def pps(g: Gen) -> str:
    return g.valid(lambda: g.digits(7) + g.rnd.choice(string.ascii_uppercase[:23]) + g.rnd.choice(["", "", "A"]),
                   _pps.is_valid)


def aadhaar(g: Gen, spaced: bool = True) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if spaced else d


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (a drone's UIN or a form number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def pan(g: Gen, last: str) -> str:
    initial = (plain(last)[:1] or "x").upper()
    return g.valid(lambda: g.code("AAA") + "P" + initial + g.code("9999A"), _pan.is_valid)


def za_id(g: Gen, born: date, female: bool) -> str:
    def make() -> str:
        seq = g.rnd.randint(0, 4999) if female else g.rnd.randint(5000, 9999)
        body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:04d}{g.rnd.choice('0001')}8"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _zaid.is_valid)


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits shaped like a South African ID (a valid date) and failing its Luhn check."""
    def make() -> str:
        d = g.birth(1960, 2005)
        return f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{g.digits(7)}"

    return g.valid(make, lambda x: not _zaid.is_valid(x))


def nin(g: Gen) -> str:
    """A Nigerian NIN (eleven digits; no public check digit)."""
    return str(g.rnd.randint(1, 9)) + g.digits(10)


def nir(g: Gen, born: date, female: bool) -> str:
    body = f"{2 if female else 1}{born.year % 100:02d}{born.month:02d}{g.rnd.choice(['31', '81', '82', '32'])}" \
           f"{g.rnd.randint(1, 300):03d}{g.rnd.randint(1, 999):03d}"
    d = body + _nir.calc_check_digits(body)
    assert _nir.is_valid(d)
    return d


def steuer_id(g: Gen) -> str:
    def make() -> str:
        ten = [str(g.rnd.randint(1, 9))]
        pool = [ch for ch in string.digits if ch != ten[0]]
        g.rnd.shuffle(pool)
        ten += pool[:8]
        ten.insert(g.rnd.randint(1, 9), g.rnd.choice(ten))
        body = "".join(ten[:10])
        return body + g.digits(1)

    return g.valid(make, _idnr.is_valid)


def dni(g: Gen) -> str:
    body = f"{g.rnd.randint(10_000_000, 79_999_999)}"
    return body + _dni.calc_check_digit(body)


def nie(g: Gen) -> str:
    body = g.rnd.choice("XYZ") + g.digits(7)
    d = body + _nie.calc_check_digit(body)
    assert _nie.is_valid(d)
    return d


def dni_decoy(g: Gen) -> str:
    """Eight digits and a letter failing the DNI check letter (a file number)."""
    return g.valid(lambda: f"{g.rnd.randint(10_000_000, 79_999_999)}{g.rnd.choice('TRWAGMYFPDXBNJZSQVHLCKE')}",
                   lambda x: not _dni.is_valid(x))


def pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    sex = g.rnd.choice("02468" if female else "13579")
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}{sex}"
    d = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(d)
    return d


def pesel_decoy(g: Gen) -> str:
    """Eleven digits shaped like a PESEL and failing its check (a licence or jump card number)."""
    return g.valid(lambda: f"{g.rnd.randint(60, 99)}{g.rnd.randint(1, 12):02d}{g.rnd.randint(1, 28):02d}"
                   f"{g.digits(5)}", lambda x: not _pesel.is_valid(x))


_CF_MONTHS = "ABCDEHLMPRST"


def codice_fiscale(g: Gen, first: str, last: str, born: date, female: bool) -> str:
    def part(text: str) -> str:
        letters = [ch for ch in fold(text).upper() if ch.isalpha()]
        cons = [ch for ch in letters if ch not in "AEIOU"]
        vows = [ch for ch in letters if ch in "AEIOU"]
        return "".join((cons + vows + ["X", "X", "X"])[:3])

    day = born.day + (40 if female else 0)
    body = f"{part(last)}{part(first)}{born.year % 100:02d}{_CF_MONTHS[born.month - 1]}{day:02d}" \
           f"{g.rnd.choice('LFGHDM')}{g.rnd.randint(100, 999)}"
    d = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(d)
    return d


def bsn(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), _bsn.is_valid)


def bsn_decoy(g: Gen) -> str:
    """Nine digits failing the BSN eleven-test (a pass or VOG reference)."""
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), lambda x: not _bsn.is_valid(x))


def rrn(g: Gen, born: date, female: bool) -> str:
    sex = (2 if female else 1) + (2 if born.year >= 2000 else 0)
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{sex}{g.rnd.randint(0, 96):02d}{g.digits(3)}"
    d = body + _rrn.calc_check_digit(body)
    assert _rrn.is_valid(d)
    return f"{d[:6]}-{d[6:]}"


def iban(g: Gen, country: str, bban: Callable[[], str], spaced: bool = False) -> str:
    def make() -> str:
        b = bban()
        return country + _iban.calc_check_digits(country + "00" + b) + b

    d = g.valid(make, _iban.is_valid)
    return _iban.format(d) if spaced else d


# -- aviation vocabulary (written for v107) ----------------------------------------------------------------------------

US_AIRCRAFT = ["C172S", "C152", "PA-28-181", "DA40", "SR20", "PA-44-180", "C182T"]
GB_AIRCRAFT = ["PA-28-161 Warrior", "C152", "Robin DR400", "Ikarus C42", "PA-38 Tomahawk", "SR22"]
GLIDERS = ["ASK 21", "ASK 13", "Discus CS", "DG-1000", "Ka 8", "LS4", "Astir CS"]
DRONES = ["DJI Mavic 3 Enterprise", "DJI Matrice 350 RTK", "Autel EVO II Pro", "Skydio X10", "DJI Mini 4 Pro",
          "Parrot Anafi USA", "WingtraOne Gen II"]


def tail(g: Gen, prefix: str, letters: int = 4) -> str:
    """An aircraft registration mark (``N`` numbers are digits and letters; others ``G-ABCD`` style)."""
    if prefix == "N":
        return f"N{g.rnd.randint(100, 9999)}{g.code('A' * g.rnd.randint(0, 2))}"
    return f"{prefix}-{g.code('A' * letters)}"
