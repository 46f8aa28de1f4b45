"""Values of held-out set v76 (:mod:`benchmarks.classification.heldout_v76`): v76's random source, names, streets,
towns and postal codes written by hand for v76 (no Faker, no list of real people), phones checked with phonenumbers
and identifiers with check digits computed and checked with python-stdnum (the Australian Medicare number's, the New
Zealand NHI's, the German KVNR's and the Ontario health number's checks written out here).

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module; the phone maker, the lists and the identifier
builders below are new.
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
from stdnum import ean, luhn
from stdnum import iban as _iban
from stdnum.au import abn as _abn
from stdnum.es import ccc as _ccc
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.fr import nir as _nir
from stdnum.fr import siret as _siret
from stdnum.gb import nhs as _nhs
from stdnum.gb import vat as _gbvat
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _grvat
from stdnum.ie import pps as _pps
from stdnum.ie import vat as _ievat
from stdnum.it import codicefiscale as _cf
from stdnum.nl import bsn as _bsn
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.us import rtn as _rtn
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _zaid

from benchmarks.classification.heldout_v2 import Column

SEED = 76_240_2026
N = "none"
#: a login or public display handle (review, as in v5 to v74)
USERNAME = "unclassified"
#: NULL-like strings of v76's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "?", "#N/A", ".", "0",
    "000-00-0000", "000000000", "0000000000", "test@test.com", "noemail@practice.com", "geen", "onbekend", "brak",
    "nessuno", "ND", "ninguno", "sin datos", "keine", "k.A.", "néant", "aucun", "—", "κανένα", "-/-", "*",
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v76:{SEED}:{table}")

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
        return datetime.combine(self.day(lo, hi), datetime.min.time()) + timedelta(
            minutes=self.rnd.randrange(7 * 60, 19 * 60, 5))

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

    def sha1(self) -> str:
        return hashlib.sha1(str(self.rnd.random()).encode(), usedforsecurity=False).hexdigest()

    def version(self) -> str:
        return f"{self.rnd.randint(1, 12)}.{self.rnd.randint(0, 20)}.{self.rnd.randint(0, 60)}"

    def ipv4(self) -> str:
        first = self.rnd.choice([24, 50, 71, 73, 76, 97, 98, 108, 136, 174, 184])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2600", "2601", "2603", "2605", "2607"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone_number(self, region: str, mobile: bool = True) -> phonenumbers.PhoneNumber:
        """A number of ``region`` valid by phonenumbers, drawn from the leads of :data:`PHONE_LEADS`."""
        cc = phonenumbers.country_code_for_region(region)
        if region in NANP_AREAS:
            def make() -> str:
                return self.rnd.choice(NANP_AREAS[region]) + str(self.rnd.randint(2, 9)) + self.digits(6)
        else:
            leads = PHONE_LEADS[(region, mobile)]

            def make() -> str:
                lead, length = self.rnd.choice(leads)
                return lead + self.digits(length - len(lead))

        def ok(candidate: str) -> bool:
            number = phonenumbers.parse(f"+{cc}{candidate}")
            if not phonenumbers.is_valid_number(number):
                return False
            kind = phonenumbers.number_type(number)
            if region in NANP_AREAS:
                return True
            mobiles = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
            return (kind in mobiles) if mobile else kind not in (phonenumbers.PhoneNumberType.MOBILE,)

        return phonenumbers.parse(f"+{cc}{self.valid(make, ok)}")

    def phone(self, region: str, fmt: str = "national", mobile: bool = True) -> Any:
        """``fmt``: ``e164``, ``intl``, ``national``, ``digits`` (national digits with the trunk prefix), ``dashes``
        and ``dots`` (North America), ``00`` (the international call prefix), ``nsn`` (the national significant
        number as text) or ``int`` (that number as an integer, for files that keep phones as numbers)."""
        number = self.phone_number(region, mobile)
        nsn = phonenumbers.national_significant_number(number)
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        if fmt == "00":
            return f"00{number.country_code} {nsn}"
        if fmt == "int":
            return int(nsn)
        if fmt == "nsn":
            return nsn
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        if fmt == "dashes" and region in NANP_AREAS:
            return f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"
        if fmt == "dots" and region in NANP_AREAS:
            return f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}"
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


#: North American area codes of v76's practices (Oregon, south and central Texas, eastern Ontario)
NANP_AREAS = {"US": ["503", "971", "541", "458", "210", "512", "830", "737"], "CA": ["613", "343", "905"]}
#: (region, mobile) -> (leading digits of the national significant number, its length)
PHONE_LEADS: dict[tuple[str, bool], list[tuple[str, int]]] = {
    ("GB", False): [("113", 10), ("1924", 10), ("1274", 10), ("1423", 10), ("1484", 10)],
    ("GB", True): [("74", 10), ("75", 10), ("77", 10), ("78", 10), ("79", 10)],
    ("AU", False): [("882", 9), ("883", 9), ("884", 9), ("827", 9)],
    ("AU", True): [("40", 9), ("41", 9), ("42", 9), ("43", 9), ("45", 9), ("47", 9)],
    ("NZ", False): [("33", 8), ("34", 8), ("35", 8), ("39", 8)],
    ("NZ", True): [("21", 9), ("22", 9), ("27", 9), ("204", 10)],
    ("IE", False): [("214", 9), ("224", 9), ("21", 9)],
    ("IE", True): [("83", 9), ("85", 9), ("86", 9), ("87", 9), ("89", 9)],
    ("ZA", False): [("12", 9)],
    ("ZA", True): [("60", 9), ("71", 9), ("72", 9), ("73", 9), ("76", 9), ("79", 9), ("82", 9), ("83", 9)],
    ("DE", False): [("40", 10), ("4101", 11), ("4193", 11)],
    ("DE", True): [("151", 11), ("152", 11), ("160", 10), ("170", 10), ("172", 10), ("176", 11), ("157", 11)],
    ("FR", False): [("47", 9), ("43", 9), ("42", 9), ("4", 9)],
    ("FR", True): [("6", 9), ("7", 9)],
    ("IT", False): [("049", 10), ("0429", 10)],
    ("IT", True): [("32", 10), ("33", 10), ("34", 10), ("347", 10), ("36", 10), ("38", 10)],
    ("ES", False): [("954", 9), ("955", 9)],
    ("ES", True): [("6", 9), ("7", 9)],
    ("NL", False): [("40", 9), ("492", 9)],
    ("NL", True): [("6", 9)],
    ("PL", False): [("12", 9)],
    ("PL", True): [("50", 9), ("51", 9), ("53", 9), ("60", 9), ("66", 9), ("69", 9), ("72", 9), ("79", 9), ("88", 9)],
    ("GR", False): [("261", 10), ("2691", 10)],
    ("GR", True): [("69", 10)],
}


# -- names (written for v76) -------------------------------------------------------------------------------------------

#: origin -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us_anglo": (["Garrett", "Colby", "Dallin", "Brent", "Rhett", "Tucker", "Wade", "Heath", "Kirby", "Lyle"],
                 ["Kaylee", "Shawna", "Bethany", "Darcy", "Jolene", "Raelynn", "Tamsin", "Coralie", "Maddox", "Noelle"],
                 ["Ashcroft", "Birkholz", "Cantrell", "Dilworth", "Eckhart", "Fennimore", "Gilstrap", "Huckaby",
                  "Kimbrough", "Lanphear", "Mayfield", "Nordquist", "Pettibone", "Rutledge", "Stallings", "Yarbrough"]),
    "us_hispanic": (["Abelardo", "Cruz", "Efraín", "Heriberto", "Jacinto", "Octavio", "Rigoberto", "Ulises"],
                    ["Araceli", "Dulce", "Graciela", "Itzayana", "Maricela", "Nayeli", "Yesenia", "Zulema"],
                    ["Alvarado", "Cisneros", "Garza", "Ibarra", "Longoria", "Quintanilla", "Treviño", "Zamora"]),
    "us_asian": (["Bao", "Dong-hyun", "Hieu", "Kenji", "Phuc", "Rohan", "Sanjay", "Wei"],
                 ["Anh", "Hana", "Jiwoo", "Lakshmi", "Mai", "Priyanka", "Thuy", "Xiulan"],
                 ["Bui", "Chu", "Iyer", "Kapoor", "Nakamura", "Pham", "Quach", "Shin"]),
    "gb": (["Alfie", "Callum", "Declan", "Elliot", "Harvey", "Kieran", "Rhys", "Stanley", "Tariq", "Zain"],
           ["Abigail", "Bethan", "Courtney", "Esme", "Freya", "Hollie", "Jasmine", "Keeley", "Nadia", "Poppy"],
           ["Ackroyd", "Barraclough", "Crabtree", "Firth", "Haigh", "Hirst", "Illingworth", "Mahmood", "Ogden",
            "Pickersgill", "Raistrick", "Sutcliffe", "Thackray", "Whiteley"]),
    "au": (["Brodie", "Cooper", "Darcy", "Flynn", "Jarrah", "Lachlan", "Nikos", "Toby", "Vinh", "Zac"],
           ["Ainsley", "Bronte", "Ellie", "Indi", "Kirra", "Mackenzie", "Paige", "Skye", "Tahlia", "Yasmin"],
           ["Bagnall", "Costa", "Dunstan", "Hoskins", "Kourakis", "McInerney", "Nankervis", "Papadakis",
            "Rositano", "Trevorrow", "Vo", "Wigg"]),
    "nz": (["Ariki", "Beau", "Hemi", "Keegan", "Manaia", "Nikau", "Regan", "Tane", "Wiremu", "Fraser"],
           ["Aroha", "Briar", "Hinemoa", "Kaia", "Mereana", "Piper", "Ruby", "Tui", "Waimarie", "Greer"],
           ["Anderton", "Coombes", "Harawira", "Kereama", "Macfarlane", "Ngata", "Paewai", "Rountree",
            "Tautahi", "Wilding"]),
    "ie": (["Cathal", "Donncha", "Eoghan", "Fiachra", "Oisín", "Ruairí", "Tadhg", "Colm", "Pádraig", "Diarmuid"],
           ["Aoife", "Bríd", "Caoimhe", "Clodagh", "Éabha", "Gráinne", "Niamh", "Órla", "Sadhbh", "Síle"],
           ["Buckley", "Cronin", "Desmond", "Hegarty", "Lehane", "Mac Carthaigh", "Ó Súilleabháin", "O'Mahony",
            "Twomey", "Ní Riordáin"]),
    "ca": (["Benoît", "Gurdeep", "Jean-Marc", "Liam", "Mathieu", "Owen", "Raj", "Tyson", "Xavier", "Zhen"],
           ["Chantal", "Geneviève", "Harpreet", "Kendra", "Mélanie", "Nicole", "Rachelle", "Simran", "Tessa",
            "Yuting"],
           ["Beaulieu", "Cardinal", "Desrosiers", "Grewal", "Lalonde", "MacPhail", "Ouellette", "Sandhu",
            "Thibodeau", "Wong"]),
    "za": (["Bongani", "Dewald", "Jaco", "Kabelo", "Lwazi", "Pieter", "Riaan", "Sibusiso", "Tebogo", "Yusuf"],
           ["Anri", "Busisiwe", "Elmarie", "Karabo", "Lerato", "Marlize", "Naledi", "Palesa", "Thuli", "Zaheera"],
           ["Botha", "Coetzee", "Dlamini", "Ferreira", "Mahlangu", "Mokoena", "Naidoo", "Pretorius", "Sithole",
            "van der Walt"]),
    "de": (["Bastian", "Claas", "Hauke", "Jannik", "Malte", "Ole", "Sönke", "Torben", "Uwe", "Wiebke"],
           ["Anke", "Birte", "Frauke", "Gesche", "Imke", "Meike", "Svenja", "Telse", "Ute", "Hanna"],
           ["Behrens", "Claußen", "Dittmer", "Harms", "Jürgensen", "Lüders", "Petersen", "Reimers", "Thießen",
            "Wendt", "Ohlsen"]),
    "fr": (["Anthelme", "Baptiste", "Corentin", "Florian", "Gaëtan", "Loïc", "Maxence", "Romain", "Valentin",
            "Yanis"],
           ["Amandine", "Célia", "Clémence", "Éloïse", "Laurine", "Maëlle", "Noémie", "Océane", "Solène", "Inès"],
           ["Berthelier", "Chapuis", "Dufresne", "Girardon", "Jacquemet", "Mermet", "Perrichon", "Rivoire",
            "Thevenet", "Vuillermoz"]),
    "it": (["Alvise", "Daniele", "Enrico", "Giacomo", "Matteo", "Nicolò", "Riccardo", "Tiziano", "Umberto"],
           ["Arianna", "Beatrice", "Elisa", "Giulia", "Ilaria", "Marta", "Nives", "Roberta", "Vittoria"],
           ["Bortolami", "Carraro", "Favaro", "Gallo", "Marcato", "Pegoraro", "Rampazzo", "Scarpa", "Tonello",
            "Zanon"]),
    "es": (["Álvaro", "Curro", "Fermín", "Ignacio", "Joaquín", "Manuel", "Rocío", "Santiago", "Tomás"],
           ["Adoración", "Carmen", "Esperanza", "Inmaculada", "Macarena", "Reyes", "Triana", "Lourdes", "Pilar"],
           ["Barrera", "Cabello", "Delgado", "Jiménez", "Márquez", "Moreno", "Ortega", "Romero", "Vargas", "Ruiz"]),
    "nl": (["Bram", "Daan", "Gijs", "Joost", "Koen", "Luuk", "Niels", "Stijn", "Teun", "Wouter"],
           ["Anouk", "Fleur", "Iris", "Lieke", "Maud", "Noor", "Roos", "Sanne", "Vera", "Ilse"],
           ["Bosmans", "Claassen", "Driessen", "Hendriks", "Kuijpers", "Maas", "Peeters", "Raaijmakers",
            "Schellekens", "Verhoeven"]),
    "pl": (["Bartosz", "Dawid", "Grzegorz", "Kacper", "Łukasz", "Mateusz", "Przemysław", "Szymon", "Wojciech"],
           ["Agnieszka", "Dominika", "Joanna", "Karolina", "Magdalena", "Natalia", "Weronika", "Zuzanna", "Ewelina"],
           ["Bednarz", "Chmiel", "Dudek", "Gąsior", "Kowalczyk", "Mazur", "Pająk", "Sowa", "Wróbel", "Żak"]),
    "gr": (["Αθανάσιος", "Βασίλειος", "Γεράσιμος", "Διονύσιος", "Θεόδωρος", "Κωνσταντίνος", "Παναγιώτης",
            "Σπυρίδων", "Χαράλαμπος"],
           ["Αγγελική", "Βασιλική", "Δήμητρα", "Ευαγγελία", "Ιωάννα", "Κατερίνα", "Παρασκευή", "Σταυρούλα",
            "Φωτεινή"],
           ["Αλεξόπουλος", "Γιαννακόπουλος", "Δημητρακόπουλος", "Καραγιάννης", "Μαργαρίτης", "Νικολόπουλος",
            "Παπαδόπουλος", "Σταθόπουλος", "Τσιμπούκης"]),
}
#: weights of the origins of a US practice's patients
US_ORIGINS = {"us_anglo": 6, "us_hispanic": 3, "us_asian": 1.5}


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    if lang == "us":
        lang = g.rnd.choices(list(US_ORIGINS), list(US_ORIGINS.values()))[0]
    males, females, lasts = NAMES[lang]
    last = g.rnd.choice(lasts)
    if lang == "gr" and female and last.endswith("ος"):
        last = last[:-2] + "ου"
    elif lang == "gr" and female and last.endswith("ης"):
        last = last[:-1]
    return g.rnd.choice(females if female else males), last


def whole(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def family(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[1]


#: Greek letters as the Greek passport transliteration (ELOT 743, simplified) writes them, for e-mail addresses
GREEK_LATIN = dict(zip("αβγδεζηθικλμνξοπρστυφχψωςάέήίόύώϊϋ",
                       ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "t",
                        "y", "f", "ch", "ps", "o", "s", "a", "e", "i", "i", "o", "y", "o", "i", "y"]))


def plain(text: str) -> str:
    text = "".join(GREEK_LATIN.get(ch, ch) for ch in text.lower())
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "info", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(70, 99)}", f"{b}{a[:3]}"])
    return f"{local}@{g.rnd.choice(domains)}"


def email(g: Gen, lang: str, domains: list[str]) -> str:
    return email_of(g, *person(g, lang), domains)


#: the personal mail domains of each country's patients
DOMAINS = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "hotmail.com", "aol.com"],
    "gb": ["gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com", "yahoo.co.uk", "sky.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com", "optusnet.com.au", "icloud.com"],
    "nz": ["gmail.com", "xtra.co.nz", "outlook.co.nz", "hotmail.com", "slingshot.co.nz"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "yahoo.ie"],
    "ca": ["gmail.com", "rogers.com", "sympatico.ca", "hotmail.com", "videotron.ca"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net", "vodamail.co.za"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr"],
    "it": ["libero.it", "gmail.com", "alice.it", "virgilio.it", "tiscali.it"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
    "nl": ["gmail.com", "kpnmail.nl", "ziggo.nl", "hotmail.nl", "xs4all.nl"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "gmail.com", "interia.pl"],
    "gr": ["gmail.com", "yahoo.gr", "otenet.gr", "hotmail.com", "windowslive.gr"],
}


# -- places (written for v76) ------------------------------------------------------------------------------------------

#: (town, state, ZIP lead)
US_OR = [("Salem", "OR", "973"), ("Keizer", "OR", "973"), ("Eugene", "OR", "974"), ("Corvallis", "OR", "973"),
         ("Albany", "OR", "973"), ("Bend", "OR", "977"), ("Medford", "OR", "975"), ("Springfield", "OR", "974")]
US_TX = [("San Antonio", "TX", "782"), ("New Braunfels", "TX", "781"), ("Seguin", "TX", "781"),
         ("San Marcos", "TX", "786"), ("Boerne", "TX", "780"), ("Schertz", "TX", "781"), ("Converse", "TX", "781")]
US_STREETS = ["Lancaster Dr NE", "Commercial St SE", "Mission St", "Willamette St", "Garden Ridge Rd",
              "Old Pearsall Rd", "Bandera Rd", "Walnut Ave", "Cordova Ln", "Huisache Ave", "Sycamore Bend",
              "Fern Hollow Ct", "Rio Medina Dr", "Orchard Heights Rd NW"]
#: (town, postcode area and district)
GB_TOWNS = [("Leeds", "LS6"), ("Leeds", "LS17"), ("Wakefield", "WF1"), ("Bradford", "BD9"), ("Harrogate", "HG2"),
            ("Huddersfield", "HD3"), ("Otley", "LS21"), ("Pudsey", "LS28")]
GB_STREETS = ["Otley Road", "Harehills Lane", "Cardigan Road", "Kirkstall Lane", "Spen Lane", "Moorland View",
              "Westgate", "Ings Road", "Mill Hey", "Lidget Crescent", "Acre Close", "Bankfield Terrace"]
#: (suburb, postcode)
AU_SUBURBS = [("Norwood", "5067"), ("Unley", "5061"), ("Glenelg", "5045"), ("Prospect", "5082"),
              ("Marion", "5043"), ("Salisbury", "5108"), ("Mount Barker", "5251"), ("Magill", "5072"),
              ("Brighton", "5048"), ("Modbury", "5092")]
AU_STREETS = ["The Parade", "King William Rd", "Jetty Rd", "Prospect Rd", "Sturt Rd", "Magill Rd", "Gawler St",
              "Fullarton Rd", "Goodwood Rd", "Grenfell St", "Kensington Tce", "Mulga Ct"]
NZ_SUBURBS = [("Riccarton", "8041"), ("Papanui", "8053"), ("Sumner", "8081"), ("Hornby", "8042"),
              ("Rolleston", "7614"), ("Rangiora", "7400"), ("Halswell", "8025"), ("St Albans", "8014")]
NZ_STREETS = ["Riccarton Road", "Papanui Road", "Main North Road", "Colombo Street", "Ferry Road", "Lincoln Road",
              "Kahu Road", "Manuka Crescent", "Tōtara Place", "Wairakei Road", "Harewood Road"]
#: (town, Eircode routing key)
IE_TOWNS = [("Cork", "T12"), ("Cork", "T23"), ("Ballincollig", "P31"), ("Carrigaline", "P43"), ("Mallow", "P51"),
            ("Midleton", "P25"), ("Cobh", "P24"), ("Bandon", "P72")]
IE_STREETS = ["Douglas Road", "Blackrock Road", "Model Farm Road", "Main Street", "Church Hill", "Bóthar na Trá",
              "Ard na Greine", "Cois Abhann", "Maryborough Hill", "Old Youghal Road"]
#: (town, forward sortation area)
CA_TOWNS = [("Ottawa", "K1S"), ("Ottawa", "K2P"), ("Nepean", "K2G"), ("Kanata", "K2K"), ("Orléans", "K1C"),
            ("Kingston", "K7L"), ("Cornwall", "K6H"), ("Smiths Falls", "K7A")]
CA_STREETS = ["Bank St", "Carling Ave", "Merivale Rd", "Rue Principale", "Princess St", "Pitt St",
              "Hazeldean Rd", "Innes Rd", "Beckwith St", "Sunnyside Ave"]
#: (suburb, postal code)
ZA_SUBURBS = [("Hatfield", "0083"), ("Centurion", "0157"), ("Menlyn", "0181"), ("Garsfontein", "0081"),
              ("Montana Park", "0182"), ("Mamelodi", "0122"), ("Waterkloof", "0145"), ("Lynnwood", "0081")]
ZA_STREETS = ["Duncan Street", "Jan Shoba Street", "Lois Avenue", "Atterbury Road", "Solomon Mahlangu Drive",
              "Lynnwood Road", "Tsamaya Avenue", "Rubenstein Drive", "Frates Road", "Mopanie Street"]
#: (town, postcode lead)
DE_TOWNS = [("Hamburg", "202"), ("Hamburg", "227"), ("Hamburg", "220"), ("Hamburg", "210"), ("Norderstedt", "228"),
            ("Pinneberg", "254"), ("Ahrensburg", "229"), ("Buxtehude", "216")]
DE_STREETS = ["Osterstraße", "Ottenser Hauptstraße", "Wandsbeker Marktstraße", "Lüneburger Straße",
              "Ulzburger Straße", "Elmshorner Str.", "Am Rathaus", "Hamburger Straße", "Bahnhofstraße",
              "Heidkoppel"]
#: (commune, postcode)
FR_TOWNS = [("Lyon", "69003"), ("Lyon", "69007"), ("Lyon", "69008"), ("Villeurbanne", "69100"),
            ("Vénissieux", "69200"), ("Caluire-et-Cuire", "69300"), ("Bron", "69500"), ("Oullins", "69600")]
FR_STREETS = ["rue de la Part-Dieu", "avenue Jean Jaurès", "cours Émile Zola", "rue Paul Bert", "montée de Choulans",
              "chemin des Pins", "rue Garibaldi", "boulevard des Tchécoslovaques", "rue du Bourbonnais"]
#: (comune, province, CAP, cadastral code)
IT_TOWNS = [("Padova", "PD", "35121", "G224"), ("Padova", "PD", "35135", "G224"), ("Abano Terme", "PD", "35031",
            "A001"), ("Cittadella", "PD", "35013", "C743"), ("Este", "PD", "35042", "D442"),
            ("Vigonza", "PD", "35010", "L892"), ("Rovigo", "RO", "45100", "H620"), ("Vicenza", "VI", "36100", "L840")]
IT_STREETS = ["Via Vescovado", "Via Altinate", "Corso Milano", "Via Roma", "Borgo Treviso", "Via dei Colli",
              "Riviera Tito Livio", "Via Montegrappa", "Piazzale Stazione"]
#: (town, province, postcode)
ES_TOWNS = [("Sevilla", "Sevilla", "41003"), ("Sevilla", "Sevilla", "41010"), ("Dos Hermanas", "Sevilla", "41700"),
            ("Alcalá de Guadaíra", "Sevilla", "41500"), ("Mairena del Aljarafe", "Sevilla", "41927"),
            ("Utrera", "Sevilla", "41710"), ("Tomares", "Sevilla", "41940")]
ES_STREETS = ["Calle Betis", "Avenida de la Constitución", "Calle Feria", "Calle San Jacinto", "Avenida de Andalucía",
              "Calle Real", "Calle Sierpes", "Ronda de Triana", "Calle Nueva"]
#: (woonplaats, postcode digits range)
NL_TOWNS = [("Eindhoven", 5611, 5658), ("Veldhoven", 5501, 5509), ("Best", 5681, 5684), ("Geldrop", 5661, 5667),
            ("Nuenen", 5671, 5674), ("Helmond", 5701, 5709)]
NL_STREETS = ["Stratumseind", "Kruisstraat", "Woenselse Markt", "Gestelsestraat", "Dorpstraat", "Kerkakkers",
              "Heuvelstraat", "De Run", "Berkenlaan", "Mierloseweg"]
#: (town, postcode)
PL_TOWNS = [("Kraków", "30-"), ("Kraków", "31-"), ("Wieliczka", "32-020"), ("Skawina", "32-050"),
            ("Niepołomice", "32-005"), ("Zabierzów", "32-080"), ("Myślenice", "32-400")]
PL_STREETS = ["ul. Karmelicka", "ul. Długa", "ul. Wielicka", "os. Złotego Wieku", "ul. Kalwaryjska", "ul. Zakopiańska",
              "ul. Krakowska", "ul. Jana Pawła II", "ul. Różana", "al. Pokoju"]
#: (town, postcode)
GR_TOWNS = [("Πάτρα", "26221"), ("Πάτρα", "26223"), ("Πάτρα", "26441"), ("Ρίο", "26504"), ("Αίγιο", "25100"),
            ("Κάτω Αχαΐα", "25200"), ("Μεσολόγγι", "30200")]
GR_STREETS = ["Μαιζώνος", "Κορίνθου", "Αγίου Ανδρέου", "Γούναρη", "Ερμού", "Νόρμαν", "Ακρωτηρίου",
              "Ελευθερίου Βενιζέλου", "Καλαβρύτων"]


def us_street(g: Gen) -> str:
    n = g.rnd.randint(100, 24999)
    road = g.rnd.choice(US_STREETS)
    return g.rnd.choice([f"{n} {road}", f"{n} {road}", f"{n} {road} Apt {g.rnd.randint(1, 40)}",
                         f"{n} {road} Unit {g.rnd.randint(1, 9)}{g.rnd.choice('ABCD')}"])


def gb_street(g: Gen) -> str:
    return g.rnd.choice([f"{g.rnd.randint(1, 240)} {g.rnd.choice(GB_STREETS)}",
                         f"Flat {g.rnd.randint(1, 30)}, {g.rnd.randint(1, 90)} {g.rnd.choice(GB_STREETS)}"])


def gb_postcode(g: Gen, district: str) -> str:
    return f"{district} {g.rnd.randint(1, 9)}{g.digits(2, 'ABDEFGHJLNPQRSTUWXYZ')}"


def au_street(g: Gen, streets: list[str] | None = None) -> str:
    road = g.rnd.choice(streets or AU_STREETS)
    return g.rnd.choice([f"{g.rnd.randint(1, 400)} {road}", f"{g.rnd.randint(1, 20)}/{g.rnd.randint(1, 120)} {road}"])


def ie_street(g: Gen) -> str:
    estate = g.rnd.choice(["Ashgrove", "Oakwood", "Castle Park", "Meadowlands"])
    return g.rnd.choice([f"{g.rnd.randint(1, 120)} {g.rnd.choice(IE_STREETS)}",
                         f"{g.rnd.randint(1, 60)} {estate}, {g.rnd.choice(IE_STREETS)}"])


def eircode(g: Gen, key: str) -> str:
    return f"{key} {g.rnd.choice('ACDEFHKNPRTVWXY')}{g.digits(3, 'ACDEFHKNPRTVWXY0123456789')}"


def ca_postal(g: Gen, fsa: str) -> str:
    letters = "ABCEGHJKLMNPRSTVWXYZ"
    return f"{fsa} {g.rnd.randint(0, 9)}{g.rnd.choice(letters)}{g.rnd.randint(0, 9)}"


def de_street(g: Gen) -> str:
    return f"{g.rnd.choice(DE_STREETS)} {g.rnd.randint(1, 180)}{g.rnd.choice(['', '', 'a', 'b'])}"


def fr_street(g: Gen) -> str:
    return f"{g.rnd.randint(1, 150)}{g.rnd.choice(['', '', ' bis'])} {g.rnd.choice(FR_STREETS)}"


def it_street(g: Gen) -> str:
    return f"{g.rnd.choice(IT_STREETS)} {g.rnd.randint(1, 200)}{g.rnd.choice(['', '', '/B', ' int. 3'])}"


def es_street(g: Gen) -> str:
    return (f"{g.rnd.choice(ES_STREETS)}, {g.rnd.randint(1, 120)}"
            + g.rnd.choice(["", f", {g.rnd.randint(1, 8)}º {g.rnd.choice('ABCD')}", ", bajo"]))


def nl_postcode(g: Gen, town: tuple[str, int, int]) -> str:
    letters = g.valid(lambda: g.digits(2, "ABCDEFGHJKLMNPRSTVWXZ"), lambda x: x not in {"SA", "SD", "SS"})
    return f"{g.rnd.randint(town[1], town[2])} {letters}"


def pl_postcode(g: Gen, town: tuple[str, str]) -> str:
    return town[1] + g.digits(3) if town[1].endswith("-") else town[1]


# -- identifiers with check digits (python-stdnum, or the published rule written out here) -----------------------------


def us_ssn(g: Gen) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 665):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}"

    return g.valid(make, _ssn.is_valid)


def card(g: Gen) -> str:
    prefix, length = g.rnd.choice([("4", 16), ("53", 16), ("2223", 16), ("6011", 16), ("34", 15)])
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def npi(g: Gen) -> str:
    """A US National Provider Identifier (Luhn over ``80840`` and the ten digits): a practitioner's, ``none``."""
    body = g.rnd.choice("12") + g.digits(8)
    return body + luhn.calc_check_digit("80840" + body)


def npi_ok(value: str) -> bool:
    return len(value) == 10 and value.isdigit() and luhn.is_valid("80840" + value)


def aba(g: Gen) -> str:
    body = g.rnd.choice(["1230", "3231", "1140", "1149", "3251"]) + g.digits(4)
    return body + _rtn.calc_check_digit(body)


def gb_nhs(g: Gen) -> str:
    number = g.valid(lambda: g.rnd.choice("4679") + g.digits(9), _nhs.is_valid)
    return f"{number[:3]} {number[3:6]} {number[6:]}" if g.rnd.random() < 0.6 else number


def gb_vat(g: Gen) -> str:
    return "GB" + g.valid(lambda: g.digits(9), lambda x: _gbvat.is_valid("GB" + x) and x[0] != "0")


def au_medicare(g: Gen) -> str:
    """An Australian Medicare card number: eight digits (the first 2-6), a check digit (weights 1, 3, 7, 9, 1, 3, 7,
    9, modulo 10) and the issue number."""
    body = str(g.rnd.randint(2, 6)) + g.digits(7)
    return body + medicare_check(body) + str(g.rnd.randint(1, 5))


def medicare_check(body: str) -> str:
    return str(sum(w * int(d) for w, d in zip((1, 3, 7, 9, 1, 3, 7, 9), body)) % 10)


def medicare_ok(value: str) -> bool:
    digits = value.replace(" ", "")
    return len(digits) == 10 and digits.isdigit() and digits[0] in "23456" and medicare_check(digits[:8]) == digits[8]


def au_abn(g: Gen) -> str:
    body = g.digits(9)
    number = _abn.calc_check_digits(body) + body
    return _abn.format(number)


NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # I and O are never used


def nz_nhi(g: Gen) -> str:
    """A New Zealand NHI number of the old form ``AAANNNC`` (mod 11 over the letters' places, I and O skipped)."""
    return g.valid(lambda: _nhi_with_check(g.digits(3, NHI_LETTERS) + g.digits(3)), lambda x: x is not None)


def _nhi_with_check(body: str) -> Any:
    values = [NHI_LETTERS.index(ch) + 1 for ch in body[:3]] + [int(ch) for ch in body[3:]]
    rest = sum(v * w for v, w in zip(values, (7, 6, 5, 4, 3, 2))) % 11
    if rest == 0:
        return None
    check = (11 - rest) % 10
    return body + str(check)


def nhi_ok(value: str) -> bool:
    return len(value) == 7 and value[:3].isalpha() and all(ch in NHI_LETTERS for ch in value[:3]) \
        and value[3:].isdigit() and _nhi_with_check(value[:6]) == value


def ie_pps(g: Gen) -> str:
    body = g.digits(7)
    if g.rnd.random() < 0.6:
        number = body + _ievat.calc_check_digit(body + "A") + "A"
    else:
        number = body + _ievat.calc_check_digit(body)
    assert _pps.is_valid(number)
    return number


def ie_vat(g: Gen) -> str:
    body = g.digits(7)
    return "IE" + body + _ievat.calc_check_digit(body) + g.rnd.choice(["", "H"])


def on_health(g: Gen) -> str:
    """An Ontario health number: ten digits, the last a Luhn check, printed with a two-letter version code."""
    body = g.rnd.choice("123456789") + g.digits(8)
    return body + luhn.calc_check_digit(body)


def za_id(g: Gen, born: date, female: bool) -> str:
    seq = g.rnd.randint(0, 4999) if female else g.rnd.randint(5000, 9999)
    body = born.strftime("%y%m%d") + f"{seq:04d}" + g.rnd.choice("0001") + "8"
    number = body + luhn.calc_check_digit(body)
    assert _zaid.is_valid(number)
    return number


def kvnr(g: Gen, initial: str) -> str:
    """A German health-insurance number (KVNR): the birth family name's initial, eight digits and a check digit
    (the letter as two digits, weights 1 and 2 alternating, digit sums of the products, modulo 10)."""
    letter = fold(initial)[0].upper()
    letter = letter if letter in string.ascii_uppercase else "X"
    body = g.rnd.choice("123456789") + g.digits(7)
    return letter + body + kvnr_check(letter, body)


def kvnr_check(letter: str, body: str) -> str:
    digits = f"{ord(letter) - 64:02d}" + body
    total = 0
    for i, d in enumerate(digits):
        p = int(d) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return str(total % 10)


def kvnr_ok(value: str) -> bool:
    return len(value) == 10 and value[0].isalpha() and value[1:].isdigit() and kvnr_check(value[0], value[1:9]) == \
        value[9]


def fr_nir(g: Gen, born: date, female: bool, dept: str = "69") -> str:
    body = f"{2 if female else 1}{born.year % 100:02d}{born.month:02d}{dept}{g.rnd.randint(1, 390):03d}" \
           f"{g.rnd.randint(1, 999):03d}"
    number = body + _nir.calc_check_digits(body)
    assert _nir.is_valid(number)
    return number


def fr_siret(g: Gen) -> str:
    return g.valid(lambda: g.digits(14), _siret.is_valid)


def rpps(g: Gen) -> str:
    body = "10" + g.digits(8)
    return body + luhn.calc_check_digit(body)


def _cf_part(text: str, given_name: bool) -> str:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vows = [ch for ch in letters if ch in "AEIOU"]
    if given_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return "".join((cons + vows + ["X", "X", "X"])[:3])


def it_codice_fiscale(first: str, last: str, born: date, female: bool, comune: str) -> str:
    day = born.day + (40 if female else 0)
    body = (_cf_part(last, False) + _cf_part(first, True) + f"{born.year % 100:02d}" + "ABCDEHLMPRST"[born.month - 1]
            + f"{day:02d}" + comune)
    number = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(number)
    return number


def it_iva(g: Gen) -> str:
    body = g.digits(7) + g.rnd.choice(["028", "027", "024"])
    return body + luhn.calc_check_digit(body)


def es_dni(g: Gen) -> str:
    body = f"{g.rnd.randint(10_000_000, 79_999_999)}"
    return body + _dni.calc_check_digit(body)


def es_nie(g: Gen) -> str:
    body = g.rnd.choice("XYZ") + g.digits(7)
    number = body + _nie.calc_check_digit(body)
    assert _nie.is_valid(number)
    return number


def es_iban(g: Gen, spaced: bool = False) -> str:
    bank = g.rnd.choice(["2100", "0049", "0182", "2103", "0081"]) + g.digits(4)
    account = g.digits(10)
    ccc = bank + _ccc.calc_check_digits(bank + "00" + account) + account
    number = _ccc.to_iban(ccc).replace(" ", "")
    assert _iban.is_valid(number)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (``PL``, ``NL``, ``IE``, ``IT``, ``DE``, ``GR``): check digits computed."""
    layouts = {"PL": "999999999999999999999999", "NL": "AAAA9999999999", "IE": "AAAA99999999999999",
               "IT": "A9999999999ZZZZZZZZZZZZ", "DE": "999999999999999999", "GR": "999999999999999999999999999"}
    banks = {"NL": ["INGB", "RABO", "ABNA", "SNSB", "TRIO"], "IE": ["AIBK", "BOFI", "IPBS"]}

    def make() -> str:
        bban = g.code(layouts[country])
        if country in banks:
            bban = g.rnd.choice(banks[country]) + bban[4:]
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def nl_bsn(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("12345678") + g.digits(8), _bsn.is_valid)


def nl_not_bsn(g: Gen) -> str:
    """Nine digits that fail the BSN's 11-test (an order number)."""
    return g.valid(lambda: g.rnd.choice("12345678") + g.digits(8), lambda x: not _bsn.is_valid(x))


def pl_pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + {18: 80, 19: 0, 20: 20}[born.year // 100]
    serial = g.digits(3) + str(g.rnd.choice("02468" if female else "13579"))
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial}"
    number = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(number)
    return number


def pl_nip(g: Gen) -> str:
    number = g.valid(lambda: g.rnd.choice("6789") + g.digits(9), _nip.is_valid)
    return f"{number[:3]}-{number[3:6]}-{number[6:8]}-{number[8:]}"


def gr_amka(g: Gen, born: date) -> str:
    body = born.strftime("%d%m%y") + g.digits(4)
    number = body + luhn.calc_check_digit(body)
    assert _amka.is_valid(number)
    return number


def gr_afm(g: Gen, business: bool = False) -> str:
    body = ((g.rnd.choice(["09", "08", "80"]) if business else g.rnd.choice(["0", "1"])) + g.digits(7))[:8]
    number = body + _grvat.calc_check_digit(body)
    assert _grvat.is_valid(number)
    return number


def ean13(g: Gen, prefix: str) -> str:
    body = prefix + g.digits(12 - len(prefix))
    return body + ean.calc_check_digit(body)


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first) or "x", plain(last) or "y"
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{b[:5]}{a[:2]}".upper()][style % 5]
