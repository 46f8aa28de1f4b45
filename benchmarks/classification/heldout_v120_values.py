"""Values of held-out set v120 (:mod:`benchmarks.classification.heldout_v120`): v120's random source, and names,
streets, towns, horses, yards and free-text snippets written by hand for v120's equestrian centres, riding schools and
livery yards (no Faker, no list of real people, no breach data), phones checked with phonenumbers and identifiers with
check digits computed and checked with python-stdnum.

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
from stdnum.au import abn as _abn
from stdnum.cz import dic as _dic
from stdnum.cz import rc as _rc
from stdnum.dk import cpr as _cpr
from stdnum.dk import cvr as _cvr
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.gb import nhs as _nhs
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _afm
from stdnum.ie import pps as _pps
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva
from stdnum.nl import bsn as _bsn
from stdnum.nz import ird as _ird
from stdnum.us import rtn as _rtn
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _zaid

from benchmarks.classification.heldout_v2 import Column

SEED = 120_913_2026
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v120's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNK", "?",
    "not known", "nil", "0", "TBC", "n.v.t.", "onbekend", "inconnu", "néant", "ukendt", "ingen", "neuvedeno",
    "nezjištěno", "non noto", "nessuna", "desconocido", "ninguna", "άγνωστο", "κανένα", "—")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v120:{SEED}:{table}")

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
        first = self.rnd.choice([24, 41, 66, 73, 98, 102, 105, 154, 165, 172, 196, 197, 208])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2600", "2603", "2c0f", "2001", "2a01"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        keep = max(len(nsn) - 6, 1)

        def make() -> str:
            if region in AREAS:
                return self.rnd.choice(AREAS[region]) + str(self.rnd.randint(2, 9)) + self.digits(6)
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
        if fmt == "dashes" and region in AREAS:
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


#: area codes of the North American tables (Kentucky, Florida's Palm Beach, Ontario's Peel and Dufferin)
AREAS = {"US": ["859", "502", "606", "561", "772", "954"], "CA": ["905", "289", "519", "705", "416"]}

# -- names (written for v120) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Beckett", "Landry", "Jubal", "Crispin", "Dashiell", "Ezra", "Hollis", "Tobiah", "Reyansh", "Wendell"],
           ["Clementine", "Marlowe", "Oakleigh", "Tamsin", "Delphina", "Annalise", "Sunniva", "Keturah", "Lorelai",
            "Perpetua"],
           ["Calloway", "Stroupe", "Vanmeter", "Ashbrook", "Quillen", "Dorsett", "Harkleroad", "Bynum", "Castellano",
            "Prewitt", "Olmstead", "Tackett", "Yablonski", "Gorsuch", "Fairweather"]),
    "gb": (["Hamish", "Rupert", "Idris", "Jago", "Ptolemy", "Fergus", "Ravi", "Ciaran"],
           ["Araminta", "Isolde", "Henrietta", "Bryony", "Ottilie", "Marigold", "Sunita", "Philippa"],
           ["Fenwick", "Cholmondley", "Ashdown", "Pettigrew", "Mallory", "Thistlethwaite", "Okorie", "Gathercole",
            "Bamford", "Kershaw", "Lampard-Hale", "Quayle"]),
    "ca": (["Anselme", "Brody", "Jaskaran", "Teodor", "Rémi", "Wyatt", "Kwame", "Lucian"],
           ["Aurélie", "Kirandeep", "Marguerite", "Saffron", "Wren", "Josée", "Liesel", "Tallulah"],
           ["Bélanger-Ross", "Dhillon", "McAskill", "Vasilenko", "Arsenault", "Kwon-Pereira", "Thibodeau", "Greenhalgh",
            "Saint-Onge", "Oduya", "Prudhomme", "Lindqvist"]),
    "ie": (["Senan", "Lorcan", "Diarmuid", "Eoghan", "Cillian", "Tomás", "Dara", "Mícheál"],
           ["Ailbhe", "Caoimhe", "Éabha", "Fionnuala", "Nuala", "Síle", "Laoise", "Muireann"],
           ["Ó Murchú", "Mac Cárthaigh", "Fennelly", "Moriarty", "Ní Mhurchú", "Dunphy", "Heffernan", "Cusack",
            "Prendergast", "Ó Dálaigh", "Brosnan", "Culleton"]),
    "au": (["Lachie", "Banjo", "Ned", "Cooper", "Fynn", "Jarrah", "Hamid", "Bodhi"],
           ["Matilda", "Sienna", "Banjo-Rose", "Tahlia", "Indigo", "Kirra", "Layla", "Pippa"],
           ["Hetherington", "Gallagher-Ng", "Mcilwraith", "Stavrakis", "Pemberton", "Dunstan", "Nguyen-Cole", "Tuckey",
            "Blackwood", "Raftery", "Kovačević", "Ormsby"]),
    "nz": (["Tane", "Nikau", "Lachlan", "Matiu", "Hugo", "Paora", "Finn", "Rawiri"],
           ["Kahurangi", "Isla", "Ngaire", "Mihi", "Briar", "Hineroa", "Saskia", "Te Aomihia"],
           ["Tipene", "McCaw-Reid", "Harawira", "Dobbs", "Whitiora", "Gillespie", "Te Huia", "Rewiti", "Campbell",
            "Paewai", "Hollis", "Tomoana"]),
    "za": (["Thabo", "Sipho", "Pieter", "Jabulani", "Ruan", "Kagiso", "Liam", "Mpho"],
           ["Lerato", "Annelie", "Nomvula", "Chanté", "Zanele", "Refilwe", "Marike", "Palesa"],
           ["Mokoena", "van der Merwe", "Dlamini", "Botha", "Nkosi", "Pretorius", "Khumalo", "Steenkamp",
            "Mahlangu", "du Plessis", "Sithole", "Venter"]),
    "fr": (["Erwan", "Gwenaël", "Tanguy", "Killian", "Mathéo", "Ronan", "Brieuc", "Yvon"],
           ["Nolwenn", "Maïwenn", "Gwladys", "Capucine", "Bérénice", "Soizic", "Enora", "Hortense"],
           ["Le Gall", "Jégou", "Riou", "Le Corre", "Kerjean", "Boscher", "Le Hir", "Tréguier", "Gicquel",
            "Le Meur", "Cozic", "Pennec"]),
    "nl": (["Joris", "Sietse", "Wouter", "Bram", "Ruben", "Gijs", "Mehmet", "Thijmen"],
           ["Fenna", "Lieke", "Marijke", "Sanne", "Noor", "Femke", "Yara", "Jitske"],
           ["Hendriks", "Wolters", "Bosman", "Veenstra", "Kuipers", "Brouwer", "Dijkstra", "Scholten", "Hoekstra",
            "Bulut", "Verhoef", "Eijkelkamp"]),
    "da": (["Magnus", "Frederik", "Anker", "Villads", "Oskar", "Asger", "Malthe", "Bjørn"],
           ["Ida", "Freja", "Signe", "Karoline", "Asta", "Mathilde", "Liva", "Vigga"],
           ["Kjærgaard", "Thygesen", "Mortensen", "Bech", "Damgaard", "Holmgaard", "Lauridsen", "Søndergaard",
            "Østergaard", "Vestergaard", "Krogh", "Nørgaard"]),
    "it": (["Lapo", "Duccio", "Ettore", "Iacopo", "Niccolò", "Tommaso", "Arturo", "Gherardo"],
           ["Ginevra", "Bianca", "Ludovica", "Costanza", "Vittoria", "Margherita", "Caterina", "Ilaria"],
           ["Bandinelli", "Guidotti", "Lenzi", "Pieraccini", "Tognetti", "Baldacci", "Menichetti", "Salvadori",
            "Cappellini", "Nardini", "Ricciarelli", "Santini"]),
    "es": (["Íñigo", "Borja", "Rafael", "Gonzalo", "Manuel", "Álvaro", "Curro", "Ismael"],
           ["Macarena", "Rocío", "Triana", "Inmaculada", "Consuelo", "Araceli", "Lucía", "Pilar"],
           ["Cabello", "Moreno", "Romero", "Castillejo", "Ortega", "Galán", "Benítez", "Priego", "Navajas",
            "Carmona", "Jurado", "Montilla"]),
}

#: Czech: (male, female) given names and (male, female) family names
CS_GIVEN = (["Vojtěch", "Ondřej", "Matěj", "Radek", "Jiří", "Lukáš", "Přemysl", "Štěpán"],
            ["Tereza", "Kristýna", "Markéta", "Zuzana", "Šárka", "Lenka", "Anežka", "Veronika"])
CS_FAMILY = [("Dvořák", "Dvořáková"), ("Procházka", "Procházková"), ("Kučera", "Kučerová"), ("Veselý", "Veselá"),
             ("Horák", "Horáková"), ("Němec", "Němcová"), ("Pospíšil", "Pospíšilová"), ("Hájek", "Hájková"),
             ("Jelínek", "Jelínková"), ("Král", "Králová"), ("Růžička", "Růžičková"), ("Beneš", "Benešová")]
#: Greek: (male, female) given names and (male, female) family names, in Greek script
EL_GIVEN = (["Μανώλης", "Στέλιος", "Γιώργος", "Αντώνης", "Μιχάλης", "Ζαχαρίας", "Νίκος", "Παύλος"],
            ["Ελένη", "Δέσποινα", "Κατερίνα", "Ειρήνη", "Αργυρώ", "Χρυσούλα", "Σοφία", "Μαρίνα"])
EL_FAMILY = [("Μαρκάκης", "Μαρκάκη"), ("Βλαχάκης", "Βλαχάκη"), ("Τσαγκαράκης", "Τσαγκαράκη"),
             ("Σταυρουλάκης", "Σταυρουλάκη"), ("Ψαρουδάκης", "Ψαρουδάκη"), ("Μανουσάκης", "Μανουσάκη"),
             ("Δασκαλάκης", "Δασκαλάκη"), ("Καλογεράκης", "Καλογεράκη"), ("Λιονάκης", "Λιονάκη"),
             ("Χατζηδάκης", "Χατζηδάκη"), ("Φραγκιαδάκης", "Φραγκιαδάκη"), ("Παπαδογιάννης", "Παπαδογιάννη")]

_EL_LATIN = {"α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k",
             "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t",
             "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o"}


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``."""
    if female is None:
        female = g.rnd.random() < 0.5
    if lang == "cs":
        return g.rnd.choice(CS_GIVEN[female]), g.rnd.choice(CS_FAMILY)[female]
    if lang == "el":
        return g.rnd.choice(EL_GIVEN[female]), g.rnd.choice(EL_FAMILY)[female]
    male, fem, fam = NAMES[lang]
    return g.rnd.choice(fem if female else male), g.rnd.choice(fam)


def whole(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def plain(text: str) -> str:
    text = "".join(_EL_LATIN.get(ch, ch) for ch in fold(text))
    return "".join(ch for ch in text if ch.isascii() and (ch.isalnum() or ch == "."))


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "rider", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(70, 99)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first).replace(".", ""), plain(last).replace(".", "")
    return [f"{a[0]}{b}"[:12], f"{a}_{b[:3]}", f"{b[:6]}{a[:2]}".upper()][style % 3]


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "bellsouth.net"],
    "gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "sky.com", "outlook.com"],
    "ca": ["gmail.com", "rogers.com", "bell.net", "hotmail.ca", "outlook.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com.au", "icloud.com"],
    "nz": ["gmail.com", "xtra.co.nz", "slingshot.co.nz", "outlook.com"],
    "za": ["gmail.com", "mweb.co.za", "telkomsa.net", "outlook.com"],
    "fr": ["orange.fr", "wanadoo.fr", "free.fr", "gmail.com", "laposte.net"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
    "da": ["gmail.com", "hotmail.dk", "mail.dk", "jubii.dk"],
    "cs": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com"],
    "it": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
    "el": ["gmail.com", "yahoo.gr", "otenet.gr", "hotmail.gr"],
}

# -- places (written for v120) -----------------------------------------------------------------------------------------

#: (town, ZIP) in Kentucky's Bluegrass
US_KY = [("Lexington", "40511"), ("Versailles", "40383"), ("Paris", "40361"), ("Georgetown", "40324"),
         ("Midway", "40347"), ("Nicholasville", "40356"), ("Winchester", "40391"), ("Richmond", "40475")]
#: (town, ZIP) around Wellington, Florida
US_FL = [("Wellington", "33414"), ("Loxahatchee", "33470"), ("Royal Palm Beach", "33411"), ("Lake Worth", "33467"),
         ("West Palm Beach", "33411"), ("Palm City", "34990"), ("Jupiter", "33478"), ("Belle Glade", "33430")]
US_STREETS = ["Paddock Ridge Dr", "Old Frankfort Pike", "Bridle Path Ln", "Ironworks Rd", "Hurstbourne Ct",
              "Pierson Rd", "Lake Worth Rd", "Stirrup Ln", "Appaloosa Trl", "Greenbriar Blvd", "Muirfield Way"]
GB_TOWNS = [("Cirencester", "GL7"), ("Stroud", "GL5"), ("Tetbury", "GL8"), ("Cheltenham", "GL52"),
            ("Stow-on-the-Wold", "GL54"), ("Malmesbury", "SN16"), ("Chipping Norton", "OX7"), ("Nailsworth", "GL6")]
GB_STREETS = ["Tetbury Road", "Bowling Green Lane", "Chesterton Grove", "Rodborough Hill", "The Leasows",
              "Prestbury Road", "Bisley Old Road", "Sheep Street", "Cotswold Mead", "Kemble Close"]
NZ_TOWNS = [("Rangiora", "7400"), ("Kaiapoi", "7630"), ("Oxford", "7430"), ("Darfield", "7510"),
            ("Rolleston", "7614"), ("Christchurch", "8051"), ("Amberley", "7410"), ("Lincoln", "7608")]
NZ_STREETS = ["Tram Road", "Oxford Road", "Lehmans Road", "Two Chain Road", "Mill Road", "Ashley Gorge Road",
              "Kaiapoi Terrace", "Williams Street", "Cones Road", "West Coast Road"]
CA_TOWNS = [("Caledon", "L7K"), ("Orangeville", "L9W"), ("Bolton", "L7E"), ("Brampton", "L6P"), ("Mono", "L9W"),
            ("Erin", "N0B"), ("King City", "L7B"), ("Schomberg", "L0G")]
CA_STREETS = ["Hurontario St", "Old Church Rd", "Charleston Sideroad", "Mississauga Rd", "Hockley Rd",
              "Airport Rd", "Mountainview Rd", "Heritage Rd", "Forks of the Credit Rd", "Willoughby Rd"]
IE_TOWNS = [("Naas", "W91"), ("Kildare", "R51"), ("Newbridge", "W12"), ("Athy", "R14"), ("Kilcullen", "R56"),
            ("Clane", "W91"), ("Celbridge", "W23"), ("Monasterevin", "W34")]
IE_STREETS = ["Curragh Road", "Sallins Road", "Bóthar na Móna", "Ballymany Park", "Brownstown Lane",
              "Pollardstown Road", "Cill Dara Court", "Tully Road", "Green Road", "Ard Mhuire"]
AU_TOWNS = [("Scone", "2337"), ("Muswellbrook", "2333"), ("Singleton", "2330"), ("Aberdeen", "2336"),
            ("Denman", "2328"), ("Cessnock", "2325"), ("Maitland", "2320"), ("Merriwa", "2329")]
AU_STREETS = ["Kelly Street", "Gundy Road", "Bridge Street", "Moobi Road", "Segenhoe Street", "Liverpool Street",
              "Merriwa Road", "Wollombi Road", "Thoroughbred Drive", "Invermein Close"]
ZA_TOWNS = [("Fourways", "2191"), ("Kyalami", "1684"), ("Midrand", "1685"), ("Randburg", "2194"),
            ("Lanseria", "1748"), ("Benoni", "1501"), ("Muldersdrift", "1747"), ("Centurion", "0157")]
ZA_STREETS = ["Witkoppen Road", "Main Road", "Maple Avenue", "Cedar Road", "Bekker Road", "Pelindaba Road",
              "Kyalami Boulevard", "Beyers Naudé Drive", "Rhodes Street", "Jukskei Lane"]
FR_TOWNS = [("Rennes", "35000"), ("Cesson-Sévigné", "35510"), ("Vitré", "35500"), ("Fougères", "35300"),
            ("Bruz", "35170"), ("Dinard", "35800"), ("Saint-Malo", "35400"), ("Redon", "35600")]
FR_STREETS = ["rue de la Motte", "chemin des Écuries", "allée du Haras", "rue de Fougères", "boulevard de Sévigné",
              "impasse des Chênes", "rue du Manège", "route de Vitré", "rue Saint-Hélier", "lieu-dit La Touche"]
NL_TOWNS = [("Ermelo", "3851"), ("Harderwijk", "3841"), ("Putten", "3881"), ("Nunspeet", "8071"),
            ("Apeldoorn", "7321"), ("Barneveld", "3771"), ("Elspeet", "8075"), ("Garderen", "3886")]
NL_STREETS = ["Stationsstraat", "Horsterweg", "Veldweg", "Zuiderzeestraatweg", "Drieërweg", "Hoge Weg", "Molenweg",
              "Oude Telgterweg", "Kolbaanweg", "Jonkheer de la Bassecourtlaan"]
DA_TOWNS = [("Roskilde", "4000"), ("Viby Sjælland", "4130"), ("Gadstrup", "4621"), ("Jyllinge", "4040"),
            ("Ringsted", "4100"), ("Lejre", "4320"), ("Hvalsø", "4330"), ("Borup", "4140")]
DA_STREETS = ["Køgevej", "Ringstedvej", "Hestehavevej", "Algade", "Bakkevænget", "Rideskolevej", "Lindevej",
              "Skovbogårdsvej", "Gl. Landevej", "Vindingevej"]
CS_TOWNS = [("Písek", "39701"), ("Strakonice", "38601"), ("Protivín", "39811"), ("Mirotice", "39801"),
            ("Tábor", "39001"), ("České Budějovice", "37001"), ("Vodňany", "38901"), ("Milevsko", "39901")]
CS_STREETS = ["Budějovická", "Nádražní", "Hradiště", "U Hřebčince", "Smetanova", "Žižkova", "Na Pražské",
              "Jeronýmova", "Sadová", "Pražská"]
IT_TOWNS = [("Grosseto", "58100", "E202"), ("Orbetello", "58015", "G088"), ("Massa Marittima", "58024", "F032"),
            ("Follonica", "58022", "D656"), ("Capalbio", "58011", "B646"), ("Scansano", "58054", "I504"),
            ("Manciano", "58014", "E875"), ("Magliano in Toscana", "58051", "E810")]
IT_STREETS = ["Via Aurelia Nord", "Strada della Trappola", "Via dei Butteri", "Via Roma", "Podere La Fattoria",
              "Via Senese", "Strada Provinciale Scansanese", "Via Garibaldi", "Via del Maneggio", "Via Castiglionese"]
ES_TOWNS = [("Córdoba", "14004"), ("Montilla", "14550"), ("Lucena", "14900"), ("Palma del Río", "14700"),
            ("Posadas", "14730"), ("Baena", "14850"), ("Cabra", "14940"), ("Priego de Córdoba", "14800")]
ES_STREETS = ["Avenida de Medina Azahara", "Calle Caballerizas Reales", "Calle San Basilio", "Carretera de Palma",
              "Calle Cruz Conde", "Avenida del Brillante", "Calle Almonas", "Calle Corredera", "Camino de las Jaras"]
EL_TOWNS = [("Ηράκλειο", "71305"), ("Γάζι", "71414"), ("Αρκαλοχώρι", "70300"), ("Μοίρες", "70400"),
            ("Χερσόνησος", "70014"), ("Τυμπάκι", "70200"), ("Αγία Πελαγία", "71500"), ("Βιάννος", "70004")]
EL_STREETS = ["Λεωφόρος Κνωσού", "Οδός Έβανς", "Οδός Καλοκαιρινού", "Λεωφόρος Ικάρου", "Οδός Μεραμβέλλου",
              "Οδός Δαιδάλου", "Οδός Μίνωος", "Οδός Γιαμαλάκη", "Οδός Αρχαίας Ελεύθερνας"]


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(10, 9_800) if lang == "us" else g.rnd.randint(1, 160)
    if lang in ("nl", "da", "cs", "es", "el"):
        return f"{s} {n}"
    if lang == "it":
        return f"{s}, {n}"
    if lang == "fr":
        return f"{n} {s}" if not s.startswith("lieu-dit") else s
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


def routing(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice(["06", "26", "07"]) + g.digits(7), _rtn.is_valid)


def nhs(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(4, 6)) + g.digits(9), _nhs.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def nhs_decoy(g: Gen) -> str:
    """Ten digits failing the NHS number's check."""
    return g.valid(lambda: str(g.rnd.randint(4, 6)) + g.digits(9), lambda x: not _nhs.is_valid(x))


def ohip(g: Gen) -> str:
    """An Ontario health number: ten digits passing the Luhn check, sometimes with its version code."""
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    d = body + luhn.calc_check_digit(body)
    return f"{d[:4]}-{d[4:7]}-{d[7:]}" + (f"-{g.code('AA')}" if g.rnd.random() < 0.5 else "")


def luhn_decoy(g: Gen, n: int, first: str = "123456789") -> str:
    """``n`` digits failing the Luhn check."""
    return g.valid(lambda: g.rnd.choice(first) + g.digits(n - 1), lambda x: not luhn.is_valid(x))


def pps(g: Gen) -> str:
    return g.valid(lambda: g.digits(7) + g.rnd.choice(string.ascii_uppercase[:23]) + g.rnd.choice(["", "", "A"]),
                   _pps.is_valid)


def card(g: Gen, spaced: bool = True) -> str:
    body = g.rnd.choice(["4", "51", "53", "55"])
    body += g.digits(15 - len(body))
    d = body + luhn.calc_check_digit(body)
    return " ".join(d[i:i + 4] for i in range(0, 16, 4)) if spaced else d


def abn(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _abn.is_valid)
    return _abn.format(d)


def gst_nz(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(10, 149)) + g.digits(6), _ird.is_valid)
    return _ird.format(d)


def za_id(g: Gen, born: date, female: bool) -> str:
    gender = g.rnd.randint(0, 4999) if female else g.rnd.randint(5000, 9999)
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{gender:04d}{g.rnd.choice('0001')}8"
    d = body + luhn.calc_check_digit(body)
    assert _zaid.is_valid(d)
    return d


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits failing the South African ID number's check (a waiver number)."""
    return g.valid(lambda: g.digits(13), lambda x: not _zaid.is_valid(x))


def iban(g: Gen, country: str, bban: str) -> str:
    """An IBAN of ``country`` whose BBAN follows ``bban`` (:meth:`Gen.code` layout), with valid check digits."""
    def make() -> str:
        body = g.code(bban)
        return country + _iban.calc_check_digits(country + "00" + body) + body

    return _iban.format(g.valid(make, _iban.is_valid))


IBAN_LAYOUTS = {"FR": "9" * 23, "NL": "AAAA" + "9" * 10, "IT": "A" + "9" * 22, "ES": "9" * 20, "DK": "9" * 14,
                "CZ": "9" * 20, "GR": "9" * 23, "IE": "AAAA" + "9" * 14}


def bsn(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), _bsn.is_valid)


def bsn_decoy(g: Gen) -> str:
    """Nine digits failing the BSN's eleven-test."""
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), lambda x: not _bsn.is_valid(x))


def cpr(g: Gen, born: date, female: bool) -> str:
    """A CPR number encoding ``born`` (century digit 0-3 for 1900s, 4 for 2000-2036) and the sex."""
    century = str(g.rnd.randint(0, 3)) if born.year < 2000 else "4"
    last = g.rnd.choice("02468" if female else "13579")
    d = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{century}{g.digits(2)}{last}"
    assert _cpr.is_valid(d) and _cpr.get_birth_date(d) == born
    return f"{d[:6]}-{d[6:]}"


def cpr_decoy(g: Gen) -> str:
    """``dddddd-dddd`` numbers failing the CPR's date (a day of 32 to 99): a licence or member number."""
    d = g.valid(lambda: f"{g.rnd.randint(32, 99)}{g.digits(8)}", lambda x: not _cpr.is_valid(x))
    return f"{d[:6]}-{d[6:]}"


def cvr(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(7), _cvr.is_valid)


def rodne_cislo(g: Gen, born: date, female: bool) -> str:
    month = born.month + (50 if female else 0)
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}"
    d = g.valid(lambda: body[:6] + g.digits(3), lambda x: int(x) % 11 % 10 < 10)
    d = d + str(int(d) % 11 % 10)
    assert _rc.is_valid(d) and _rc.get_birth_date(d) == born
    return f"{d[:6]}/{d[6:]}"


def rc_decoy(g: Gen) -> str:
    """``dddddd/dddd`` numbers failing the birth number's check (a contract number)."""
    d = g.valid(lambda: g.digits(10), lambda x: not _rc.is_valid(x))
    return f"{d[:6]}/{d[6:]}"


def ico(g: Gen) -> str:
    """A Czech company number (IČO): eight digits with the DIČ check of legal entities."""
    return g.valid(lambda: g.rnd.choice("2467") + g.digits(7), _dic.is_valid)


_CF_MONTHS = "ABCDEHLMPRST"


def codice_fiscale(g: Gen, first: str, last: str, born: date, female: bool, comune: str) -> str:
    def consonants(text: str) -> str:
        letters = [ch for ch in fold(text).upper() if ch.isalpha()]
        return "".join(ch for ch in letters if ch not in "AEIOU"), "".join(ch for ch in letters if ch in "AEIOU")

    cs, vs = consonants(last)
    surname = (cs + vs + "XXX")[:3]
    cg, vg = consonants(first)
    name = cg[0] + cg[2] + cg[3] if len(cg) >= 4 else (cg + vg + "XXX")[:3]
    day = born.day + (40 if female else 0)
    body = f"{surname}{name}{born.year % 100:02d}{_CF_MONTHS[born.month - 1]}{day:02d}{comune}"
    d = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(d) and _cf.get_birth_date(d) == born
    return d


def partita_iva(g: Gen) -> str:
    return g.valid(lambda: g.digits(7) + "053" + g.digits(1), _iva.is_valid)


def dni(g: Gen) -> str:
    body = g.digits(8)
    return body + _dni.calc_check_digit(body)


def nie(g: Gen) -> str:
    body = g.rnd.choice("XYZ") + g.digits(7)
    return body + _nie.calc_check_digit(body)


def dni_decoy(g: Gen) -> str:
    """Eight digits and a letter failing the DNI's letter (a receipt number)."""
    return g.valid(lambda: g.digits(8) + g.rnd.choice("TRWAGMYFPDXBNJZSQVHLCKE"), lambda x: not _dni.is_valid(x))


def amka(g: Gen, born: date) -> str:
    body = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{g.digits(4)}"
    d = body + luhn.calc_check_digit(body)
    assert _amka.is_valid(d)
    return d


def amka_decoy(g: Gen) -> str:
    """Eleven digits failing the AMKA's check (a federation card number)."""
    return g.valid(lambda: g.digits(11), lambda x: not _amka.is_valid(x))


def afm(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("01") + g.digits(8), _afm.is_valid)


# -- equestrian vocabulary (written for v120) --------------------------------------------------------------------------

#: horses' names, some reading like people's
HORSES = ["Barnaby's Folly", "Lady Harriet", "Mister Tumnus", "Copper Penny", "Dun Roamin", "Sir Galahad", "Bramble",
          "Ozzie", "Midnight Express", "Dolly Daydream", "Jasper", "Clover Hill Rose", "Archie", "Wee Geordie",
          "Silver Lining", "Flicka", "Duchess", "Captain Jack", "Murphy", "Tinkerbell", "Kilkenny Cat", "Sunny Boy",
          "Ruby Tuesday", "Gandalf", "Bonnie Prince", "Marmalade", "Mrs Doubtfire", "Reginald", "Pippin", "Shadowfax"]
BREEDS = ["Irish Draught", "Connemara", "Welsh Section D", "Thoroughbred", "Warmblood", "Cob", "Quarter Horse",
          "Shetland", "Haflinger", "Arabian", "Fjord", "Appaloosa"]
COLOURS = ["bay", "chestnut", "grey", "black", "skewbald", "piebald", "dun", "palomino", "roan"]
TACK_SKUS = ["SAD-GP-17", "BRD-CB-FULL", "GRT-48", "NUM-DRS-L", "RUG-TO-6.3", "HAY-NET-SM", "BOOT-BR-M", "LUN-LN-8M"]
FEEDS = ["Pony Nuts 20kg", "Alfa-A Original", "Conditioning Mix", "Speedi-Beet 20kg", "Chaff Light", "Hay small bale"]


def ueln(g: Gen, country: str) -> str:
    """A horse's UELN (universal equine life number): 15 characters."""
    return country + g.code("9999ZZ99999999")[:12]


def microchip(g: Gen) -> str:
    return g.rnd.choice(["985", "977", "941", "826", "250"]) + g.digits(12)


def ein(g: Gen) -> str:
    """A US employer identification number (a business's, ``dd-ddddddd``)."""
    from stdnum.us import ein as _ein
    return g.valid(lambda: f"{g.rnd.choice(['59', '65', '61', '20'])}-{g.digits(7)}", _ein.is_valid)


def cif(g: Gen) -> str:
    """A Spanish association's CIF (``G`` and eight characters)."""
    from stdnum.es import cif as _cif
    return g.valid(lambda: "G14" + g.digits(5) + g.rnd.choice(string.digits + "ABCDEFGHIJ"), _cif.is_valid)


def siret(g: Gen) -> str:
    """A French establishment's SIRET (fourteen digits, Luhn)."""
    from stdnum.fr import siret as _siret
    return g.valid(lambda: str(g.rnd.randint(3, 9)) + g.digits(13), _siret.is_valid)
