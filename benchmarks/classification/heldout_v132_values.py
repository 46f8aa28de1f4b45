"""Values of held-out set v132 (:mod:`benchmarks.classification.heldout_v132`): v132's random source, and names,
streets, cities, wineries, breweries and free-text snippets written by hand for v132's wine-club, brewery and
cellar-door systems (no Faker, no list of real people, no breach data), phones checked with phonenumbers and
identifiers with check digits computed and checked with python-stdnum (or, where python-stdnum has no module, with the
published check written out here: the Hungarian TAJ and tax identification numbers and the German identity card).

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
from stdnum import ean, iban, luhn
from stdnum.ch import ssn as _avs
from stdnum.ch import uid as _uid
from stdnum.cl import rut as _rut
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva
from stdnum.pt import cc as _cc
from stdnum.pt import nif as _nif
from stdnum.th import pin as _pin
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _za

from benchmarks.classification.heldout_v2 import Column

SEED = 132_611_2026
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v132's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "?", "nil", "0",
    "tbc", "TBC", "sin información", "s/i", "sem informação", "n.d.", "k.A.", "keine", "aucun", "néant", "nessuna",
    "n.p.", "nincs", "ismeretlen", "არ არის", "უცნობია", "ไม่มี")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v132:{SEED}:{table}")
        #: the area codes of a US table's phones (its state's)
        self.areas: list[str] = US_AREAS

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
        first = self.rnd.choice([24, 49, 58, 71, 81, 86, 101, 110, 124, 152, 171, 182, 203, 210])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2001:44b8", "2403:5800", "2a02:8108", "2600:1700", "2001:fb1"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(6))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    def card(self) -> str:
        """A card number passing the Luhn check (Visa or Mastercard shaped), written in groups of four."""
        body = self.rnd.choice(["4", "51", "53", "55", "2221"])
        body += self.digits(15 - len(body))
        d = body + luhn.calc_check_digit(body)
        return " ".join(d[i:i + 4] for i in range(0, 16, 4))

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        keep = max(len(nsn) - 7, 1) if region in ("US", "CA") else max(len(nsn) - 6, 1)

        def make() -> str:
            if region == "US":
                return self.rnd.choice(self.areas) + str(self.rnd.randint(2, 9)) + self.digits(6)
            if region == "CA":
                return self.rnd.choice(CA_AREAS) + str(self.rnd.randint(2, 9)) + self.digits(6)
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


US_AREAS = ["503", "971", "541", "414", "262", "608"]
CA_AREAS = ["905", "289", "365", "416", "647"]

# -- names (written for v132) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Garrett", "Desmond", "Jonah", "Ruben", "Thaddeus", "Quinn", "Marcus", "Elijah", "Hollis", "Wendell"],
           ["Brynn", "Margaux", "Leticia", "Juniper", "Colette", "Tamsin", "Darcy", "Noelle", "Ingrid", "Rosa"],
           ["Van Dusen", "Kettering", "Ashby", "Nakamura-Price", "Bjornstad", "Delgado", "Pettibone", "Okerlund",
            "Fairweather", "Mikkelsen", "Lundquist", "Brzezinski", "Haverkamp", "Quimby", "Stahlberg"]),
    "au": (["Lachie", "Brodie", "Hamish", "Jarrah", "Declan", "Nikos", "Tuan", "Mitchell"],
           ["Matilda", "Kirra", "Sienna", "Tegan", "Annika", "Lien", "Bronwyn", "Chloe"],
           ["Schrapel", "Henschke-Doyle", "Kalleske", "Papadakis", "Nguyen", "McTavish", "Hoffmann", "Treloar",
            "Lindner", "Gramp", "Seppelt-Ward", "Obst"]),
    "ca": (["Mathieu", "Brennan", "Harjit", "Dmitri", "Owen", "Luc", "Kwame", "Jasper"],
           ["Genevieve", "Simran", "Teodora", "Maude", "Keisha", "Rowan", "Annelise", "Yuki"],
           ["Vandermolen", "Dhillon", "Kozak", "Pelletier", "DiCienzo", "Fairbairn", "Huynh", "Strachan",
            "Ruhland", "Tkachuk", "Beauchesne", "Oduya"]),
    "za": (["Pieter", "Thabo", "Sipho", "Ruan", "Mogamat", "Jaco", "Lwazi", "Dewald"],
           ["Anri", "Nomvula", "Lerato", "Chantelle", "Zanele", "Marike", "Fatima", "Refilwe"],
           ["Van der Merwe", "Botha", "Nkosi", "Du Toit", "Jacobs", "Dlamini", "Hendricks", "Steyn", "Mokoena",
            "Erasmus", "Adonis", "Le Roux"]),
    "gb": (["Ollie", "Fergus", "Hamza", "Toby", "Kieran", "Jasper", "Ravi", "Barney"],
           ["Harriet", "Millie", "Anoushka", "Tilly", "Rosie", "Ffion", "Keeley", "Beatrix"],
           ["Shepherd-Neame", "Whitbread", "Goldfinch", "Pettigrew", "Okoro", "Marchant", "Chaudhry", "Fennimore",
            "Hollands", "Dunstable", "Pryor", "Catt"]),
    "us_wi": (["Gerald", "Dale", "Duane", "Leroy", "Kenneth", "Roger", "Arnold", "Vernon"],
              ["Darlene", "Marlys", "Bernice", "Lorraine", "Judith", "Arlene", "Doris", "Joanne"],
              ["Schmitz", "Kowalski", "Gruenwald", "Zielinski", "Pabst-Hanley", "Jankowski", "Uecker", "Brandt",
               "Wojcik", "Hoeppner", "Lemke", "Dettmann"]),
    "th": (["Somchai", "Anan", "Kittisak", "Thanawat", "Prasert", "Wichai", "Nattapong", "Sarawut"],
           ["Siriporn", "Kanokwan", "Pimchanok", "Nanthida", "Arisa", "Warunee", "Ratchanee", "Chutima"],
           ["Wongsakul", "Srisuwan", "Chaiyaphum", "Rattanakorn", "Thongchai", "Kaewmanee", "Phromma",
            "Boonyarat", "Sukprasert", "Inthanon", "Jaidee", "Saelim"]),
    "nz": (["Nikau", "Angus", "Tama", "Finn", "Heta", "Oliver", "Rawiri", "Callum"],
           ["Kaia", "Isla", "Marama", "Georgia", "Te Aroha", "Pippa", "Ataahua", "Ruby"],
           ["Te Whare", "Gunn", "Rapana", "McCaw", "Waaka", "Dobbie", "Ngata", "Harnett", "Pirini", "Sowman",
            "Tahana", "Kerr"]),
    "cl": (["Cristóbal", "Benjamín", "Matías", "Ignacio", "Vicente", "Álvaro", "Joaquín", "Tomás"],
           ["Constanza", "Javiera", "Catalina", "Fernanda", "Valentina", "Macarena", "Trinidad", "Antonia"],
           ["Errázuriz", "Undurraga", "Cifuentes", "Muñoz", "Bustamante", "Valenzuela", "Echeverría", "Sepúlveda",
            "Contreras", "Riquelme", "Lagos", "Huenchullán"]),
    "pt": (["Duarte", "Tiago", "Rui", "Gonçalo", "Afonso", "Nuno", "Henrique", "Vasco"],
           ["Inês", "Beatriz", "Leonor", "Mafalda", "Joana", "Carolina", "Matilde", "Teresa"],
           ["Guedes", "Magalhães", "Pinto da Costa", "Sequeira", "Cerqueira", "Lopes", "Azevedo", "Fonseca",
            "Teixeira", "Bessa", "Morais", "Quintas"]),
    "de": (["Lorenz", "Korbinian", "Matthias", "Florian", "Benedikt", "Kilian", "Deniz", "Sebastian"],
           ["Theresa", "Franziska", "Veronika", "Lena", "Magdalena", "Johanna", "Elif", "Kathrin"],
           ["Schlenkerla", "Dippold", "Hümmer", "Aufseß", "Fößel", "Greif", "Pfister", "Zenk", "Böhmer",
            "Kastner", "Oswald", "Schraudner"]),
    "chfr": (["Jean-Daniel", "Blaise", "Yves", "Cédric", "Loïc", "Bastien", "Raphaël", "Olivier"],
             ["Aurélie", "Séverine", "Chloé", "Noémie", "Laetitia", "Mélanie", "Romaine", "Océane"],
             ["Chappuis", "Cuénoud", "Duboux", "Fonjallaz", "Massy", "Bovard", "Chevalley", "Testuz", "Cornaz",
              "Pasche", "Rouge", "Ruchonnet"]),
    "it": (["Giovanni", "Matteo", "Lorenzo", "Andrea", "Tommaso", "Pietro", "Edoardo", "Federico"],
           ["Chiara", "Francesca", "Giulia", "Martina", "Elisa", "Beatrice", "Caterina", "Silvia"],
           ["Rinaldi", "Cogno", "Boglietti", "Ferrero", "Oddero", "Revello", "Bonino", "Cavallotto", "Ghisolfi",
            "Voerzio", "Marengo", "Sandrone"]),
    "hu": (["Bence", "Levente", "Gergely", "Zoltán", "Attila", "Balázs", "Ádám", "Csaba"],
           ["Réka", "Zsófia", "Eszter", "Katalin", "Dóra", "Orsolya", "Nóra", "Judit"],
           ["Szepsy", "Kovács", "Tóth", "Balogh", "Oremus", "Szabó", "Dobos", "Farkas", "Molnár", "Király",
            "Vincze", "Takács"]),
    "ka": (["გიორგი", "დავით", "ლევან", "ირაკლი", "ნიკოლოზ", "ზურაბ", "ლაშა", "გოჩა"],
           ["ნინო", "თამარ", "მარიამ", "ეკატერინე", "ნათია", "სალომე", "ქეთევან", "ანა"],
           ["ბერიძე", "კაპანაძე", "გელაშვილი", "მაისურაძე", "ჯაფარიძე", "ლომიძე", "ხუციშვილი", "ჩიქოვანი",
            "წიკლაური", "ნოზაძე", "ქავთარაძე", "დოლიძე"]),
}

#: Georgian names in Latin letters (e-mail local parts)
KA_LATIN = {"გიორგი": "giorgi", "დავით": "davit", "ლევან": "levan", "ირაკლი": "irakli", "ნიკოლოზ": "nikoloz",
            "ზურაბ": "zurab", "ლაშა": "lasha", "გოჩა": "gocha", "ნინო": "nino", "თამარ": "tamar", "მარიამ": "mariam",
            "ეკატერინე": "ekaterine", "ნათია": "natia", "სალომე": "salome", "ქეთევან": "ketevan", "ანა": "ana",
            "ბერიძე": "beridze", "კაპანაძე": "kapanadze", "გელაშვილი": "gelashvili", "მაისურაძე": "maisuradze",
            "ჯაფარიძე": "japaridze", "ლომიძე": "lomidze", "ხუციშვილი": "khutsishvili", "ჩიქოვანი": "chikovani",
            "წიკლაური": "tsiklauri", "ნოზაძე": "nozadze", "ქავთარაძე": "kavtaradze", "დოლიძე": "dolidze"}


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``."""
    male, fem, fam = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.5
    return g.rnd.choice(fem if female else male), g.rnd.choice(fam)


def whole(g: Gen, lang: str = "us") -> str:
    """A whole name, family name first in Hungarian."""
    a, b = person(g, lang)
    return f"{b} {a}" if lang == "hu" else f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def plain(text: str) -> str:
    text = KA_LATIN.get(text, text)
    return "".join(ch for ch in fold(text) if ch.isalnum() or ch == ".")


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(60, 99)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first).replace(".", ""), plain(last).replace(".", "")
    return [f"{a[0]}{b}"[:12], f"{a}.{b}", f"{b[:6]}{a[:2]}".lower() + str(style % 97)][style % 3]


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "comcast.net", "yahoo.com", "icloud.com", "outlook.com"],
    "us_wi": ["charter.net", "att.net", "gmail.com", "wi.rr.com"],
    "au": ["bigpond.com", "gmail.com", "internode.on.net", "outlook.com.au", "iinet.net.au"],
    "ca": ["gmail.com", "rogers.com", "cogeco.ca", "bell.net", "outlook.com"],
    "za": ["gmail.com", "mweb.co.za", "telkomsa.net", "webmail.co.za", "icloud.com"],
    "gb": ["btinternet.com", "gmail.com", "hotmail.co.uk", "sky.com", "outlook.com"],
    "th": ["gmail.com", "hotmail.com", "yahoo.co.th", "outlook.co.th"],
    "nz": ["xtra.co.nz", "gmail.com", "slingshot.co.nz", "outlook.co.nz"],
    "cl": ["gmail.com", "vtr.net", "hotmail.cl", "yahoo.es", "outlook.cl"],
    "pt": ["sapo.pt", "gmail.com", "hotmail.com", "netcabo.pt", "outlook.pt"],
    "de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com"],
    "chfr": ["bluewin.ch", "gmail.com", "sunrise.ch", "hispeed.ch", "protonmail.ch"],
    "it": ["libero.it", "gmail.com", "alice.it", "virgilio.it", "tiscali.it"],
    "hu": ["freemail.hu", "gmail.com", "citromail.hu", "t-online.hu", "indamail.hu"],
    "ka": ["gmail.com", "yahoo.com", "mail.ru", "caucasus.net"],
}

# -- places (written for v132) -----------------------------------------------------------------------------------------

#: (city, county, ZIP) in Oregon's wine country and beyond
OR_CITIES = [("Newberg", "Yamhill", "97132"), ("McMinnville", "Yamhill", "97128"), ("Dundee", "Yamhill", "97115"),
             ("Portland", "Multnomah", "97209"), ("Salem", "Marion", "97301"), ("Eugene", "Lane", "97401"),
             ("Beaverton", "Washington", "97005"), ("Hood River", "Hood River", "97031")]
OR_STREETS = ["NE Worden Hill Rd", "SW Eola Hills Rd", "NW Kearney St", "Lafayette Ave", "SE Hawthorne Blvd",
              "Chehalem Dr", "Baker Creek Rd", "NE Alberta St", "Orchard Heights Rd", "Pinot Noir Ln"]
WI_CITIES = [("Milwaukee", "Milwaukee", "532"), ("Wauwatosa", "Milwaukee", "532"), ("West Allis", "Milwaukee", "532"),
             ("Waukesha", "Waukesha", "531"), ("Racine", "Racine", "534"), ("Kenosha", "Kenosha", "531"),
             ("Cudahy", "Milwaukee", "531"), ("Sheboygan", "Sheboygan", "530")]
WI_STREETS = ["W Juneau Ave", "N Holton St", "S Kinnickinnic Ave", "W Burleigh St", "N Oakland Ave", "W Lincoln Ave",
              "S 27th St", "W Fond du Lac Ave", "N Humboldt Blvd", "W Forest Home Ave"]
SA_CITIES = [("Tanunda", "5352"), ("Nuriootpa", "5355"), ("Angaston", "5353"), ("Adelaide", "5000"),
             ("Gawler", "5118"), ("Lyndoch", "5351"), ("Glenelg", "5045"), ("Norwood", "5067")]
SA_STREETS = ["Murray Street", "Barossa Valley Way", "Stockwell Road", "Magill Road", "Jetty Road", "The Parade",
              "Seppeltsfield Road", "Kalimna Road", "Jacob Street", "Para Road"]
ON_CITIES = [("Niagara-on-the-Lake", "L0S"), ("St. Catharines", "L2R"), ("Welland", "L3B"), ("Hamilton", "L8P"),
             ("Toronto", "M5V"), ("Grimsby", "L3M"), ("Burlington", "L7R"), ("Oakville", "L6J")]
ON_STREETS = ["Niagara Stone Rd", "Lakeshore Rd", "Queenston St", "King St W", "Four Mile Creek Rd", "Line 3 Rd",
              "Ontario St", "Main St E", "Victoria Ave", "Concession 6 Rd"]
WC_CITIES = [("Stellenbosch", "7600"), ("Paarl", "7646"), ("Franschhoek", "7690"), ("Somerset West", "7130"),
             ("Cape Town", "8001"), ("Durbanville", "7550"), ("Bellville", "7530"), ("Wellington", "7655")]
WC_STREETS = ["Dorp Street", "Helshoogte Road", "Main Road", "Bird Street", "Huguenot Road", "Lourensford Road",
              "Kloof Street", "Wellington Road", "Andringa Street", "Protea Close"]
KENT_CITIES = [("Faversham", "ME13"), ("Canterbury", "CT1"), ("Maidstone", "ME14"), ("Ashford", "TN23"),
               ("Whitstable", "CT5"), ("Margate", "CT9"), ("Tonbridge", "TN9"), ("Sevenoaks", "TN13")]
KENT_STREETS = ["Abbey Street", "Preston Street", "Court Street", "St Dunstan's Street", "Harbour Street",
                "Tankerton Road", "Northdown Road", "London Road", "Hop Pocket Lane", "Oast Close"]
TH_CITIES = [("Pak Chong", "30130"), ("Nakhon Ratchasima", "30000"), ("Bangkok", "10110"), ("Bangkok", "10330"),
             ("Saraburi", "18000"), ("Nonthaburi", "11000"), ("Pathum Thani", "12000"), ("Muak Lek", "18180")]
TH_STREETS = ["Thanarat Road", "Mittraphap Road", "Sukhumvit Soi 31", "Phahonyothin Road", "Ratchadamri Road",
              "Chaeng Watthana Road", "Soi Ari 4", "Suranari Road", "Mu 6 Moo Si", "Rama IX Road"]
NZ_CITIES = [("Blenheim", "7201"), ("Renwick", "7204"), ("Picton", "7220"), ("Nelson", "7010"),
             ("Christchurch", "8011"), ("Wellington", "6011"), ("Havelock", "7100"), ("Seddon", "7210")]
NZ_STREETS = ["Rapaura Road", "Middle Renwick Road", "High Street", "Maxwell Road", "Jacksons Road", "Seymour Street",
              "Cuba Street", "Trafalgar Street", "Old Renwick Road", "Hawkesbury Road"]
CL_CITIES = [("Santa Cruz", "3130000"), ("San Fernando", "3070000"), ("Santiago", "8320000"),
             ("Providencia", "7500000"), ("Las Condes", "7550000"), ("Rancagua", "2820000"), ("Pichilemu", "3220000"),
             ("Viña del Mar", "2520000")]
CL_REGIONS = {"Santa Cruz": "O'Higgins", "San Fernando": "O'Higgins", "Rancagua": "O'Higgins",
              "Pichilemu": "O'Higgins", "Santiago": "Metropolitana", "Providencia": "Metropolitana",
              "Las Condes": "Metropolitana", "Viña del Mar": "Valparaíso"}
CL_STREETS = ["Av. Errázuriz", "Calle Rafael Casanova", "Av. Providencia", "Pasaje Los Aromos", "Av. Apoquindo",
              "Calle Manuel Rodríguez", "Av. Libertador Bernardo O'Higgins", "Camino a Lolol", "Calle Plaza de Armas",
              "Av. Valparaíso"]
PT_CITIES = [("Peso da Régua", "5050"), ("Lamego", "5100"), ("Vila Real", "5000"), ("Porto", "4050"),
             ("Vila Nova de Gaia", "4400"), ("Braga", "4700"), ("Pinhão", "5085"), ("Lisboa", "1200")]
PT_STREETS = ["Rua dos Camilos", "Avenida de Ovar", "Rua de Santa Catarina", "Travessa do Cais", "Largo da Estação",
              "Rua Cândido dos Reis", "Avenida da Boavista", "Rua Direita", "Calçada do Combro", "Rua do Loureiro"]
DE_CITIES = [("Bamberg", "96047"), ("Bamberg", "96052"), ("Nürnberg", "90402"), ("Erlangen", "91052"),
             ("Forchheim", "91301"), ("Bayreuth", "95444"), ("Würzburg", "97070"), ("Hallstadt", "96103")]
DE_STREETS = ["Dominikanerstraße", "Obere Königstraße", "Sandstraße", "Hauptstraße", "Am Kranen", "Luitpoldstraße",
              "Kettenbrückstraße", "Schillerplatz", "Mühlgasse", "Hopfengartenweg"]
VD_CITIES = [("Cully", "1096"), ("Lutry", "1095"), ("Lausanne", "1003"), ("Lausanne", "1005"), ("Vevey", "1800"),
             ("Montreux", "1820"), ("Chexbres", "1071"), ("Pully", "1009"), ("Genève", "1201"), ("Fribourg", "1700")]
VD_STREETS = ["rue du Bourg", "chemin des Vignes", "avenue de la Gare", "route de la Corniche", "rue du Simplon",
              "chemin de Crêt-Bérard", "place du Marché", "rue de Lausanne", "quai Perdonnet", "avenue de Rumine"]
PIE_CITIES = [("Alba", "12051", "CN", "A124"), ("La Morra", "12064", "CN", "E430"), ("Bra", "12042", "CN", "B111"),
              ("Torino", "10121", "TO", "L219"), ("Milano", "20121", "MI", "F205"), ("Cuneo", "12100", "CN", "D205"),
              ("Asti", "14100", "AT", "A479"), ("Genova", "16121", "GE", "D969")]
PIE_STREETS = ["Via Vittorio Emanuele", "Corso Langhe", "Via Roma", "Piazza Risorgimento", "Via Cavour",
               "Strada Santa Maria", "Corso Francia", "Via Garibaldi", "Borgata Ciotto", "Via Mazzini"]
HU_CITIES = [("Tokaj", "3910"), ("Tolcsva", "3934"), ("Sárospatak", "3950"), ("Miskolc", "3525"),
             ("Budapest", "1051"), ("Debrecen", "4024"), ("Nyíregyháza", "4400"), ("Mád", "3909")]
HU_STREETS = ["Rákóczi út", "Kossuth Lajos utca", "Petőfi Sándor utca", "Bajcsy-Zsilinszky út", "Szent István tér",
              "Dózsa György utca", "Arany János utca", "Hegyalja utca", "Táncsics Mihály utca", "Pince sor"]
KA_CITIES = [("თელავი", "2200"), ("სიღნაღი", "4200"), ("თბილისი", "0108"), ("თბილისი", "0179"),
             ("გურჯაანი", "1500"), ("ქუთაისი", "4600"), ("ბათუმი", "6000"), ("რუსთავი", "3700")]
KA_STREETS = ["რუსთაველის გამზირი", "ჭავჭავაძის ქუჩა", "ერეკლე II-ის ქუჩა", "აღმაშენებლის გამზირი",
              "კოსტავას ქუჩა", "ვაჟა-ფშაველას გამზირი", "გორგასლის ქუჩა", "ალაზნის ქუჩა"]


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(100, 24_000) if lang in ("us", "us_wi") else g.rnd.randint(1, 180)
    if lang in ("de", "pt", "it", "cl", "hu", "ka"):
        if lang == "pt":
            return f"{s}, {n}" + (f", {g.rnd.randint(1, 6)}º {g.rnd.choice(['Esq', 'Dto'])}" if g.rnd.random() < 0.4
                                  else "")
        if lang == "cl":
            return f"{s} {n}" + (f", depto {g.rnd.randint(101, 1804)}" if g.rnd.random() < 0.3 else "")
        if lang == "hu":
            return f"{s} {n}." + (f" {g.rnd.randint(1, 4)}/{g.rnd.randint(1, 12)}" if g.rnd.random() < 0.3 else "")
        if lang == "it":
            return f"{s}, {n}"
        return f"{s} {n}"
    if lang == "chfr":
        return f"{s} {n}"
    if lang == "th":
        return f"{n}/{g.rnd.randint(1, 99)} {s}"
    return f"{n} {s}"


# -- identifiers (check digits computed and checked with python-stdnum, or written out) ---------------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    d = g.valid(make, _ssn.is_valid)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dashed else d


def us_ssn_decoy(g: Gen) -> str:
    """A member number shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    area = g.rnd.choice(["000", "666", f"9{g.digits(2)}"])
    return f"{area}-{g.digits(2)}-{g.digits(4)}"


def za_id(g: Gen, born: date, female: bool) -> str:
    seq = g.rnd.randint(0, 4999) if female else g.rnd.randint(5000, 9999)
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:04d}08"
    d = body + luhn.calc_check_digit(body)
    assert _za.is_valid(d)
    return d


def luhn_decoy(g: Gen, n: int, head: str = "") -> str:
    """``n`` digits failing the Luhn check (shaped like a South African ID number or a card)."""
    return g.valid(lambda: head + g.digits(n - len(head)), lambda x: not luhn.is_valid(x))


def rut(g: Gen) -> str:
    body = str(g.rnd.randint(5_000_000, 24_999_999))
    return _rut.format(body + _rut.calc_check_digit(body))


def rut_decoy(g: Gen) -> str:
    """A receipt number written like a RUT whose last character is not the RUT's check digit."""
    body = str(g.rnd.randint(5_000_000, 24_999_999))
    right = _rut.calc_check_digit(body)
    wrong = g.rnd.choice([ch for ch in "0123456789K" if ch != right])
    return _rut.format(body + wrong)


def company_rut(g: Gen) -> str:
    body = str(g.rnd.randint(76_000_000, 77_999_999))
    return _rut.format(body + _rut.calc_check_digit(body))


def pt_nif(g: Gen, first: str = "12") -> str:
    body = g.rnd.choice(first) + g.digits(7)
    return body + _nif.calc_check_digit(body)


def pt_nif_decoy(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("12") + g.digits(8), lambda x: not _nif.is_valid(x))


def pt_cc(g: Gen) -> str:
    """A cartão de cidadão number: the civil identification number, its check digit, two letters (the version) and
    the final check digit."""
    return _cc.format(g.valid(lambda: g.digits(9) + g.code("ZZ") + g.digits(1), _cc.is_valid))


def avs(g: Gen) -> str:
    body = "756" + g.digits(9)
    return _avs.format(body + ean.calc_check_digit(body))


def avs_decoy(g: Gen) -> str:
    """An order number written like an AVS number and failing its EAN-13 check."""
    return g.valid(lambda: "756." + g.code("9999.9999.99"), lambda x: not _avs.is_valid(x))


def che_uid(g: Gen) -> str:
    body = g.digits(8)
    return _uid.format("CHE" + body + _uid.calc_check_digit(body))


def it_iva(g: Gen) -> str:
    return g.valid(lambda: g.digits(7) + g.rnd.choice(["004", "005", "040"]) + g.digits(1), _iva.is_valid)


_MONTHS = "ABCDEHLMPRST"


def _cf_part(text: str, is_name: bool) -> str:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vow = [ch for ch in letters if ch in "AEIOU"]
    if is_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return "".join((cons + vow + ["X", "X", "X"])[:3])


def codice_fiscale(first: str, last: str, born: date, female: bool, comune: str) -> str:
    body = (_cf_part(last, False) + _cf_part(first, True) + f"{born.year % 100:02d}" + _MONTHS[born.month - 1]
            + f"{born.day + (40 if female else 0):02d}" + comune)
    return body + _cf.calc_check_digit(body)


def cf_decoy(g: Gen) -> str:
    """A file code shaped like a codice fiscale whose last letter fails its check."""
    def make() -> str:
        return g.code("AAAAAA99A99A999A")
    return g.valid(make, lambda x: not _cf.is_valid(x))


def th_pin(g: Gen) -> str:
    body = str(g.rnd.randint(1, 8)) + g.digits(11)
    return body + _pin.calc_check_digit(body)


def th_pin_decoy(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 8)) + g.digits(12), lambda x: not _pin.is_valid(x))


def passport(g: Gen) -> str:
    return g.rnd.choice([g.code("A9999999"), g.code("AA9999999"), g.code("99999999A")])


def iban_of(g: Gen, country: str, bban: Callable[[], str]) -> str:
    def make() -> str:
        b = bban()
        return country + iban.calc_check_digits(country + "00" + b) + b
    return iban.format(g.valid(make, iban.is_valid))


# -- checks written out here (no python-stdnum module) -----------------------------------------------------------------


def taj_is_valid(value: str) -> bool:
    """Whether ``value`` is a valid Hungarian TAJ number (9 digits; weights 3 and 7, mod 10)."""
    d = "".join(ch for ch in str(value) if ch.isdigit())
    if len(d) != 9 or len(str(value).replace(" ", "").replace("-", "")) != 9:
        return False
    return sum(int(ch) * (3 if i % 2 == 0 else 7) for i, ch in enumerate(d[:8])) % 10 == int(d[8])


def taj(g: Gen) -> str:
    body = str(g.rnd.randint(0, 1)) + g.digits(7)
    d = body + str(sum(int(ch) * (3 if i % 2 == 0 else 7) for i, ch in enumerate(body)) % 10)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


_HU_EPOCH = date(1867, 1, 1)


def adoazonosito_is_valid(value: str) -> bool:
    """Whether ``value`` is a valid Hungarian tax identification number of a person (8, the days since 1867-01-01,
    three digits, a weighted mod-11 check digit)."""
    d = str(value).strip()
    if len(d) != 10 or not d.isdigit() or d[0] != "8":
        return False
    check = sum(int(ch) * (i + 1) for i, ch in enumerate(d[:9])) % 11
    return check < 10 and check == int(d[9])


def adoazonosito_birth(value: str) -> date:
    return _HU_EPOCH + timedelta(days=int(str(value)[1:6]))


def adoazonosito(g: Gen, born: date) -> str:
    head = f"8{(born - _HU_EPOCH).days:05d}"
    return g.valid(lambda: _with_hu_check(head + g.digits(3)), adoazonosito_is_valid)


def _with_hu_check(body: str) -> str:
    check = sum(int(ch) * (i + 1) for i, ch in enumerate(body)) % 11
    return body + (str(check) if check < 10 else "X")


def adoazonosito_decoy(g: Gen) -> str:
    """An invoice number shaped like a tax identification number (8 and nine digits) failing its check."""
    return g.valid(lambda: "8" + g.digits(9), lambda x: not adoazonosito_is_valid(x))


_ICAO = {**{str(i): i for i in range(10)}, **{ch: 10 + i for i, ch in enumerate(string.ascii_uppercase)}}
_AUSWEIS = "0123456789CFGHJKLMNPRTVWXYZ"


def _icao_check(body: str) -> str:
    return str(sum(_ICAO[ch] * (7, 3, 1)[i % 3] for i, ch in enumerate(body)) % 10)


def ausweis_is_valid(value: str) -> bool:
    """Whether ``value`` is a German identity card number (nine characters and the ICAO 9303 7-3-1 check digit)."""
    v = str(value).strip().upper()
    return (len(v) == 10 and all(ch in _AUSWEIS for ch in v[:9]) and v[9].isdigit()
            and _icao_check(v[:9]) == v[9])


def ausweis(g: Gen) -> str:
    body = g.rnd.choice("LMNPRTVWXY") + "".join(g.rnd.choice(_AUSWEIS) for _ in range(8))
    return body + _icao_check(body)


def ausweis_decoy(g: Gen) -> str:
    """An order number shaped like an identity card number and failing its check."""
    return g.valid(lambda: g.rnd.choice("LMNPRTVWXY") + "".join(g.rnd.choice(_AUSWEIS) for _ in range(8))
                   + g.digits(1), lambda x: not ausweis_is_valid(x))


def ka_personal(g: Gen) -> str:
    """A Georgian personal number (11 digits, no check digit; generated by shape)."""
    return g.rnd.choice(["01", "01", "12", "35", "40", "54", "60"]) + g.digits(9)


# -- wine and brewery vocabulary (written for v132) --------------------------------------------------------------------

WINES_US = ["Estate Pinot Noir", "Eola-Amity Chardonnay", "Dundee Hills Rosé", "Reserve Pinot Gris",
            "Sparkling Brut", "Gamay Noir"]
CLUB_TIERS = ["Cellar Club", "Collector", "Pinot Society", "Library", "Rosé Only"]
BEERS_GB = ["Hop Pocket IPA 4x440ml", "Oast House Bitter 12x500ml", "Faversham Porter 6x330ml", "Mixed Case 24",
            "Gift Pack + Glass", "Session Pale 12x330ml"]


def cellar_note_en(g: Gen, lang: str) -> str:
    return g.rnd.choice([f"Gift for {whole(g, lang)}, no invoice in box", "Leave with neighbour if out",
                         "Allergic to sulphites? asked for low-SO2 options", f"Husband {given(g, lang)} picks up",
                         "Skip next shipment, travelling", f"Signature required - ask for {given(g, lang)}",
                         "Prefers reds only"])
