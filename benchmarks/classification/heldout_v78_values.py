"""Values of held-out set v78 (:mod:`benchmarks.classification.heldout_v78`): v78's random source, names, streets,
towns and postal codes written by hand for v78 (no Faker, no list of real people), phones checked with phonenumbers
and identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module; the phone maker was rewritten to draw from several
leading digits per region; the lists below are new.
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
from stdnum import ean as _ean
from stdnum import iban as _iban
from stdnum import luhn
from stdnum.au import abn as _abn
from stdnum.ca import bn as _bn
from stdnum.ca import sin as _sin
from stdnum.cz import dic as _dic
from stdnum.cz import rc as _rc
from stdnum.de import idnr as _idnr
from stdnum.de import vat as _devat
from stdnum.es import cif as _cif
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.fr import siren as _siren
from stdnum.gr import vat as _afm
from stdnum.ie import pps as _pps
from stdnum.ie import vat as _ievat
from stdnum.iso7064 import mod_11_10
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva
from stdnum.nl import bsn as _bsn
from stdnum.za import idnr as _zaid

from benchmarks.classification.heldout_v2 import Column

SEED = 78_611_2026
N = "none"
#: a login or a user profile (review, as in v5 to v77)
USERNAME = "unclassified"
#: a domestic bank account number (review, as v49 to v77 labeled them)
BANK_ACCOUNT = "unclassified"
#: NULL-like strings of v78's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "?", "#N/A", "0",
    "noemail@noemail.com", "test@example.com", "none@none.com", "0000000000", "AA000000A", "(000) 000-0000",
    "not provided", "geen", "onbekend", "keine", "k.A.", "néant", "inconnu", "ninguno", "S/D", "nessuno", "n.d.",
    "χωρίς", "-", "nevyplněno", "žádný", "*")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


#: (nsn prefix, nsn length) choices per region: mobile, then fixed lines
PHONE_PLAN: dict[str, tuple[list[tuple[str, int]], list[tuple[str, int]]]] = {
    "US": ([], []),
    "CA": ([], []),
    "GB": ([("77", 10), ("78", 10), ("79", 10), ("74", 10), ("75", 10)],
           [("1435", 10), ("1825", 10), ("1323", 10), ("1892", 10)]),
    "AU": ([("41", 9), ("42", 9), ("43", 9), ("44", 9), ("45", 9), ("47", 9), ("48", 9)],
           [("747", 9), ("740", 9)]),
    "IE": ([("83", 9), ("85", 9), ("86", 9), ("87", 9), ("89", 9)], [("91", 8), ("91", 9)]),
    "ZA": ([("60", 9), ("61", 9), ("71", 9), ("72", 9), ("73", 9), ("76", 9), ("78", 9), ("82", 9), ("83", 9),
            ("84", 9)], [("41", 9)]),
    "DE": ([("151", 11), ("152", 11), ("160", 10), ("170", 10), ("171", 10), ("176", 11)],
           [("941", 9), ("941", 10), ("9401", 10)]),
    "FR": ([("6", 9), ("7", 9)], [("473", 9), ("470", 9)]),
    "ES": ([("6", 9), ("7", 9)], [("976", 9)]),
    "IT": ([("32", 10), ("33", 10), ("34", 10), ("35", 10), ("36", 10), ("39", 10)], [("011", 10)]),
    "NL": ([("6", 9)], [("38", 9)]),
    "GR": ([("690", 10), ("693", 10), ("694", 10), ("697", 10), ("698", 10), ("699", 10)], [("231", 10)]),
    "CZ": ([("60", 9), ("72", 9), ("73", 9), ("77", 9), ("79", 9)], [("58", 9)]),
}
#: area codes of the North American regions of v78 (``US-PA`` Lancaster County, ``US-CO`` Pueblo, ``US-KY`` Warren
#: County and the rest of Kentucky; ``CA`` Nova Scotia)
AREA_CODES = {"US-PA": ["717", "717", "717", "484", "610"], "US-CO": ["719", "719", "719", "303", "970"],
              "US-KY": ["270", "270", "270", "502", "859"], "CA": ["902", "782"]}


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v78:{SEED}:{table}")

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

    def daytime(self, lo: str, hi: str, first_hour: int = 9, last_hour: int = 19) -> list[datetime]:
        """Moments between ``lo`` and ``hi`` in working hours."""
        return [datetime.combine(self.day(lo, hi), datetime.min.time()) + timedelta(
            seconds=self.rnd.randint(first_hour * 3600, last_hour * 3600)) for _ in range(self.rows)]

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
        return f"{self.rnd.randint(1, 6)}.{self.rnd.randint(0, 19)}.{self.rnd.randint(0, 30)}"

    def ipv4(self) -> str:
        first = self.rnd.choice([24, 50, 67, 68, 71, 73, 98, 107, 174, 184, 2, 5, 31, 37, 79, 93, 151, 188])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2600", "2601", "2603", "2a01", "2a02", "2001"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> Any:
        """A valid phone number of ``region`` (``US-PA``: a US state's area codes; a mobile or a fixed line) in
        ``fmt``: ``e164``, ``intl``,
        ``national``, ``digits``, ``msisdn`` (E.164 without the plus), ``dashes``/``dots`` (US and Canada) or
        ``number`` (the national digits as an int, leading zero lost)."""
        country = phonenumbers.country_code_for_region(region.split("-")[0])
        mobiles, fixed = PHONE_PLAN.get(region, ([], []))
        wanted = ((phonenumbers.PhoneNumberType.MOBILE,) if mobile else (phonenumbers.PhoneNumberType.FIXED_LINE,)) \
            + (phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,)

        def make() -> str:
            if region in AREA_CODES:
                return self.rnd.choice(AREA_CODES[region]) + str(self.rnd.randint(2, 9)) + self.digits(6)
            prefix, length = self.rnd.choice(mobiles if mobile else fixed)
            return prefix + self.digits(length - len(prefix))

        def ok(candidate: str) -> bool:
            number = phonenumbers.parse(f"+{country}{candidate}")
            return phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in wanted

        number = phonenumbers.parse(f"+{country}{self.valid(make, ok)}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "msisdn":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)[1:]
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        d = "".join(ch for ch in national if ch.isdigit())
        if fmt == "digits":
            return d
        if fmt == "number":
            return int(d)
        if fmt == "dashes" and region in AREA_CODES:
            return f"{d[:3]}-{d[3:6]}-{d[6:]}"
        if fmt == "dots" and region in AREA_CODES:
            return f"{d[:3]}.{d[3:6]}.{d[6:]}"
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v78) -------------------------------------------------------------------------------------------

#: origin -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    # the United States (Lancaster County, Pueblo, Bowling Green): origins drawn by ORIGINS_US
    "us_anglo": (["Dwayne", "Garrett", "Harlan", "Jared", "Lyle", "Merle", "Royce", "Travis", "Wendell", "Colby"],
                 ["Brenda", "Darlene", "Hollis", "Joelle", "Kristy", "Loretta", "Paige", "Shelby", "Tamsin",
                  "Verna"],
                 ["Ashworth", "Brubaker", "Calloway", "Dunlap", "Eberly", "Garver", "Hostetler", "Kauffman",
                  "Mowery", "Pickering", "Rutledge", "Shreve", "Tolliver", "Weatherby", "Yoder", "Zook"]),
    "us_hispanic": (["Abelardo", "Cipriano", "Dámaso", "Ezequiel", "Fermín", "Gilberto", "Nicanor", "Ulises"],
                    ["Adelina", "Catalina", "Esperanza", "Graciela", "Maricela", "Noemí", "Reyna", "Yesenia"],
                    ["Archuleta", "Baca", "Cordova", "Gallegos", "Lucero", "Maestas", "Quintana", "Trujillo",
                     "Valdez", "Vigil"]),
    "us_other": (["Bao", "Dmytro", "Hamza", "Kofi", "Nikhil", "Osei", "Rustam", "Tomasz"],
                 ["Anjali", "Fatima", "Ifeoma", "Lien", "Mariam", "Oksana", "Priya", "Selam"],
                 ["Abdi", "Begović", "Desai", "Hadžić", "Mensah", "Nguyen", "Okafor", "Patel", "Shevchuk", "Tesfaye"]),
    "uk": (["Alfie", "Callum", "Declan", "Euan", "Giles", "Hamish", "Rupert", "Toby", "Crispin", "Ned"],
           ["Beatrix", "Cerys", "Felicity", "Harriet", "Isla", "Maisie", "Philippa", "Rosie", "Tabitha", "Wren"],
           ["Ashdown", "Bellingham", "Cheesman", "Fairhall", "Gosden", "Hoadley", "Luxford", "Pankhurst", "Relf",
            "Stevenage", "Tingley", "Verrall", "Wickens", "Winchester"]),
    "ca": (["Angus", "Brendan", "Cormac", "Gaétan", "Lachlan", "Murdoch", "Rémi", "Stewart", "Wade", "Ewan"],
           ["Ailsa", "Colette", "Fiona", "Ginette", "Kenzie", "Mairi", "Nadine", "Shona", "Thérèse", "Heather"],
           ["Boudreau", "Comeau", "Doucet", "Fraser", "Gillis", "LeBlanc", "MacIsaac", "MacKinnon", "McNeil",
            "Robichaud", "Sampson", "Thibodeau", "Chisholm", "Beaton"]),
    "au": (["Bailey", "Brodie", "Damo", "Fletcher", "Jarrah", "Kane", "Nico", "Spiros", "Thanh", "Rafael"],
           ["Ainsley", "Brooke", "Chelsea", "Jacinta", "Kirra", "Layla", "Maree", "Tegan", "Vy", "Zoe"],
           ["Anastasiou", "Brennan", "Costa", "Dalziel", "Fitzgerald", "Hoang", "Kowalczyk", "McAllister",
            "Pappas", "Rossi", "Santos", "Whitehouse", "Yu"]),
    "ie": (["Cathal", "Colm", "Donnacha", "Eoghan", "Fionn", "Pádraig", "Ruairí", "Seosamh", "Tadhg", "Niall"],
           ["Aoife", "Caoimhe", "Clodagh", "Eimear", "Gráinne", "Máire", "Niamh", "Orla", "Róisín", "Sorcha"],
           ["Ó Flaithearta", "Mac Donncha", "Fahy", "Ó Conghaile", "Kilkelly", "Mannion", "Naughton",
            "Ó Cualáin", "Greaney", "Mulkerrin", "Keady", "Ní Fhátharta", "Concannon", "Lydon"]),
    "za": (["Anele", "Bongani", "Dewald", "Lwazi", "Mzwandile", "Sipho", "Themba", "Wikus", "Xolani", "Zola"],
           ["Ayanda", "Busisiwe", "Chantelle", "Lindiwe", "Nomvula", "Nosipho", "Riana", "Thandeka", "Yonela",
            "Zanele"],
           ["Bokwe", "Dlamini", "Jacobs", "Magwaza", "Mbeki", "Ndzamela", "Nkosi", "Pietersen", "Qwabe", "Sauls",
            "Tshangana", "Van der Merwe", "Xaba", "Zwane"]),
    "de": (["Alois", "Benedikt", "Florian", "Korbinian", "Leonhard", "Maximilian", "Quirin", "Sebastian",
            "Wolfgang", "Xaver"],
           ["Annemarie", "Franziska", "Gerlinde", "Johanna", "Kreszenz", "Magdalena", "Resi", "Theresia",
            "Veronika", "Walburga"],
           ["Aigner", "Brandl", "Eichinger", "Greil", "Hierl", "Kellermeier", "Luginger", "Pöschl", "Rauscher",
            "Schöberl", "Stadler", "Wimmer", "Zollner"]),
    "fr": (["Aurélien", "Baptiste", "Cyprien", "Florent", "Gaëtan", "Jérémie", "Ludovic", "Mathis", "Romain",
            "Thibault"],
           ["Amandine", "Bérénice", "Capucine", "Élodie", "Gaëlle", "Laetitia", "Maëlys", "Océane", "Solène",
            "Pauline"],
           ["Audigier", "Bonnefoy", "Chassaing", "Chabrier", "Dauphin", "Fayolle", "Gouttebel", "Mazeyrat",
            "Pradier", "Roudaire", "Tixier", "Vernière"]),
    "es": (["Álvaro", "Borja", "Íñigo", "Jesús", "Joaquín", "Marcos", "Nacho", "Pilar", "Rubén", "Santiago"],
           ["Begoña", "Carmen", "Inmaculada", "Lorena", "Marta", "Montserrat", "Nerea", "Pilar", "Rocío",
            "Yolanda"],
           ["Aznar", "Bielsa", "Casaus", "Gimeno", "Lacasa", "Lanuza", "Mainar", "Oliván", "Pardo", "Royo",
            "Sancho", "Tello", "Urrea", "Villacampa"]),
    "it": (["Andrea", "Davide", "Enrico", "Filippo", "Giacomo", "Matteo", "Michele", "Pietro", "Stefano",
            "Tommaso"],
           ["Alessia", "Beatrice", "Cristina", "Elisa", "Francesca", "Giulia", "Ilaria", "Marta", "Paola",
            "Silvia"],
           ["Actis", "Bertolotto", "Chiabrando", "Druetta", "Ferrero", "Gribaudo", "Merlo", "Operti",
            "Quaglia", "Revelli", "Testa", "Vottero"]),
    "nl": (["Bart", "Dirk", "Gerrit", "Hendrik", "Jelle", "Klaas", "Maarten", "Niels", "Sjoerd", "Wouter"],
           ["Anouk", "Dieuwke", "Femke", "Geertje", "Hanneke", "Ilse", "Marieke", "Sanne", "Tineke", "Wilma"],
           ["Beltman", "Dijkhuis", "Groothuis", "Haverkamp", "Kamphuis", "Lubbers", "Nijhof", "Oosterhof",
            "Scholten", "Timmerman", "Veldhuis", "Wolters"]),
    "gr": (["Αθανάσιος", "Βασίλειος", "Δημήτριος", "Ευάγγελος", "Θεόδωρος", "Κωνσταντίνος", "Νικόλαος",
            "Παναγιώτης", "Σταύρος", "Χρήστος"],
           ["Αικατερίνη", "Βασιλική", "Δέσποινα", "Ελένη", "Ευαγγελία", "Θεοδώρα", "Μαρία", "Παρασκευή",
            "Σοφία", "Χρυσούλα"],
           ["Αναστασιάδης", "Γεωργιάδης", "Ζαφειρίου", "Καραγιάννης", "Κουτσούκος", "Λαζαρίδης", "Μαυρίδης",
            "Ναλμπάντης", "Παπαδόπουλος", "Σιδηρόπουλος", "Τσολάκης", "Χατζηιωάννου"]),
    "cz": (["Bohumil", "Ctibor", "Dalibor", "Jaroslav", "Lubomír", "Miroslav", "Ondřej", "Radek", "Vojtěch",
            "Zbyněk"],
           ["Blanka", "Dagmar", "Hana", "Jitka", "Ludmila", "Marcela", "Radka", "Věra", "Zdeňka", "Šárka"],
           ["Doležal", "Hanák", "Kopečný", "Krejčí", "Machala", "Navrátil", "Pospíšil", "Skácel", "Tichý",
            "Vrba", "Zapletal", "Řezníček"]),
}
ORIGINS_US = {"us_anglo": 6, "us_hispanic": 2.5, "us_other": 1.5}


def _female_cz(last: str) -> str:
    if last.endswith("ý"):
        return last[:-1] + "á"
    if last.endswith("í"):
        return last
    if last.endswith("a"):
        return last[:-1] + "ová"
    if last.endswith("ek"):
        return last[:-2] + "ková"
    return last + "ová"


def _female_gr(last: str) -> str:
    if last.endswith("ης"):
        return last[:-2] + "η"
    if last.endswith("ος"):
        return last[:-2] + "ου"
    return last


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    if lang == "us":
        lang = g.rnd.choices(list(ORIGINS_US), list(ORIGINS_US.values()))[0]
    males, females, lasts = NAMES[lang]
    first, last = g.rnd.choice(females if female else males), g.rnd.choice(lasts)
    if female and lang == "cz":
        last = _female_cz(last)
    if female and lang == "gr":
        last = _female_gr(last)
    return first, last


def whole(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def family(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[1]


_GREEK = str.maketrans({"α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i",
                        "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
                        "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o"})


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text).translate(_GREEK) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first), plain(last)
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(60, 99)}", f"{b}{a[:3]}"])
    return f"{local}@{g.rnd.choice(domains)}"


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(first)}.{plain(last)}@{domain}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first), plain(last)
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a}{b[:3]}"][style % 5]


DOMAINS = {
    "us": ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "icloud.com", "comcast.net", "hotmail.com",
           "bellsouth.net"],
    "uk": ["btinternet.com", "gmail.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com", "outlook.com"],
    "ca": ["eastlink.ca", "gmail.com", "hotmail.com", "bellaliant.net", "outlook.com"],
    "au": ["bigpond.com", "gmail.com", "outlook.com", "optusnet.com.au", "icloud.com"],
    "ie": ["eircom.net", "gmail.com", "hotmail.com", "yahoo.ie", "outlook.ie"],
    "za": ["gmail.com", "webmail.co.za", "telkomsa.net", "vodamail.co.za", "yahoo.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "wanadoo.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
    "it": ["libero.it", "gmail.com", "alice.it", "virgilio.it", "hotmail.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.com", "xs4all.nl"],
    "gr": ["gmail.com", "yahoo.gr", "otenet.gr", "hotmail.com"],
    "cz": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com", "post.cz"],
}


def email(g: Gen, lang: str = "us") -> str:
    return email_of(g, *person(g, lang), DOMAINS["us" if lang.startswith("us") else lang])


# -- places (written for v78) ------------------------------------------------------------------------------------------

#: Lancaster County, Pennsylvania: (municipality, ZIP lead)
PA_TOWNS = [("Lancaster", "176"), ("Lititz", "175"), ("Ephrata", "175"), ("Manheim", "175"), ("Strasburg", "175"),
            ("Millersville", "175"), ("Columbia", "175"), ("Elizabethtown", "170"), ("Mount Joy", "175")]
PA_STREETS = ["Orange St", "Duke St", "Fruitville Pike", "Lititz Pike", "Hershey Ave", "Broad St", "Furnace Hills Pike",
              "Rohrerstown Rd", "New Holland Ave", "Marietta Ave", "Stony Battery Rd", "Church St"]
#: Pueblo County, Colorado
CO_TOWNS = [("Pueblo", "CO", "810"), ("Pueblo West", "CO", "810"), ("Colorado City", "CO", "810"),
            ("Rye", "CO", "810"), ("Boone", "CO", "810"), ("Cañon City", "CO", "812")]
CO_STREETS = ["Northern Ave", "Santa Fe Dr", "Prairie Ave", "Abriendo Ave", "Purcell Blvd", "Lake Ave",
              "W 18th St", "Bonforte Blvd", "Joe Martinez Blvd", "Cedar St"]
#: Warren County, Kentucky
KY_TOWNS = [("BOWLING GREEN", 42101), ("BOWLING GREEN", 42103), ("BOWLING GREEN", 42104), ("SMITHS GROVE", 42171),
            ("WOODBURN", 42170), ("ALVATON", 42122), ("OAKLAND", 42159), ("ROCKFIELD", 42274)]
KY_STREETS = ["SCOTTSVILLE RD", "NASHVILLE RD", "RUSSELLVILLE RD", "FAIRVIEW AVE", "CHESTNUT ST", "SMALLHOUSE RD",
              "CAMPBELL LN", "LOUISVILLE RD", "GRIDER POND RD", "MORGANTOWN RD", "CEMETERY RD"]
#: Wealden, East Sussex: (town, postcode district)
UK_TOWNS = [("Crowborough", "TN6"), ("Uckfield", "TN22"), ("Heathfield", "TN21"), ("Hailsham", "BN27"),
            ("Polegate", "BN26"), ("Wadhurst", "TN5"), ("Forest Row", "RH18"), ("Mayfield", "TN20")]
UK_STREETS = ["High Street", "London Road", "Framfield Road", "Station Road", "Beacon Road", "Ersham Road",
              "Mill Lane", "Church Street", "Burwash Road", "Tidebrook Lane", "Eastbourne Road"]
#: Halifax Regional Municipality: (community, FSA)
NS_TOWNS = [("Halifax", "B3H"), ("Halifax", "B3K"), ("Halifax", "B3L"), ("Dartmouth", "B2W"), ("Dartmouth", "B3A"),
            ("Bedford", "B4A"), ("Lower Sackville", "B4C"), ("Cole Harbour", "B2V"), ("Tantallon", "B3Z")]
NS_STREETS = ["Robie St", "Quinpool Rd", "Agricola St", "Portland St", "Windmill Rd", "Bedford Hwy",
              "Cobequid Rd", "Main St", "Herring Cove Rd", "Prince Albert Rd", "Caledonia Rd"]
#: Townsville, Queensland: (suburb, postcode)
QLD_SUBURBS = [("Kirwan", "4817"), ("Aitkenvale", "4814"), ("Annandale", "4814"), ("Douglas", "4814"),
               ("North Ward", "4810"), ("Condon", "4815"), ("Deeragun", "4818"), ("Mundingburra", "4812"),
               ("Bushland Beach", "4818"), ("Rasmussen", "4815")]
#: Galway West: (town or area, routing key)
IE_TOWNS = [("Galway", "H91"), ("Oughterard", "H91"), ("Moycullen", "H91"), ("Spiddal", "H91"),
            ("Clifden", "H71"), ("Carna", "H91"), ("Barna", "H91"), ("Rosmuc", "H91")]
IE_STREETS = ["Newcastle Road", "Headford Road", "Bóthar na Trá", "Sea Road", "Taylor's Hill", "Dyke Road",
              "Seamus Quirke Road", "Main Street", "Knocknacarra Road", "Ballybane Road"]
IE_AREAS = ["Knocknacarra", "Rahoon", "Shantalla", "Ballybane", "Mervue", "Doughiska", "Tonabrocky", "Bushypark",
            "Rusheen Bay", "Ballinfoyle"]
#: Nelson Mandela Bay: (suburb or township, postcode)
ZA_SUBURBS = [("KwaZakhele", "6205"), ("Motherwell", "6211"), ("New Brighton", "6200"), ("Walmer", "6070"),
              ("Bethelsdorp", "6059"), ("Gelvandale", "6016"), ("Kariega", "6229"), ("Despatch", "6219"),
              ("Zwide", "6201"), ("Summerstrand", "6001")]
ZA_STREETS = ["Njoli St", "Mendi Rd", "Stanford Rd", "Govan Mbeki Ave", "Main Rd", "Uitenhage Rd", "Daku Rd",
              "Heugh Rd", "Tyinira St", "Ngeyi St"]
#: Regensburg and its district: (town, postcode)
DE_TOWNS = [("Regensburg", "93047"), ("Regensburg", "93049"), ("Regensburg", "93051"), ("Regensburg", "93053"),
            ("Regensburg", "93055"), ("Regensburg", "93059"), ("Lappersdorf", "93138"), ("Pentling", "93080"),
            ("Neutraubling", "93073")]
DE_STREETS = ["Maximilianstraße", "Kumpfmühler Straße", "Prüfeninger Straße", "Landshuter Straße", "Am Protzenweiher",
              "Weißenburgstraße", "Hemauerstraße", "Dechbettener Straße", "Ostengasse", "Lilienthalstraße"]
DE_BIRTHPLACES = ["Regensburg", "Straubing", "Landshut", "Kelheim", "Amberg", "Cham", "Passau", "Ingolstadt",
                  "Nürnberg", "Schwandorf"]
#: Puy-de-Dôme: (commune, postcode)
FR_TOWNS = [("Clermont-Ferrand", "63000"), ("Clermont-Ferrand", "63100"), ("Chamalières", "63400"),
            ("Beaumont", "63110"), ("Aubière", "63170"), ("Royat", "63130"), ("Riom", "63200"),
            ("Cournon-d'Auvergne", "63800")]
FR_STREETS = ["rue Blatin", "avenue des États-Unis", "boulevard Lafayette", "rue du Port", "rue Fontgiève",
              "avenue de Royat", "rue Montlosier", "boulevard Gergovia", "rue de l'Oradou", "impasse des Tilleuls"]
FR_BIRTHPLACES = ["Clermont-Ferrand", "Vichy", "Aurillac", "Le Puy-en-Velay", "Thiers", "Montluçon", "Issoire",
                  "Lyon", "Saint-Étienne", "Moulins"]
#: Zaragoza: (municipio, postcode)
ES_TOWNS = [("ZARAGOZA", 50001), ("ZARAGOZA", 50004), ("ZARAGOZA", 50008), ("ZARAGOZA", 50010), ("ZARAGOZA", 50012),
            ("ZARAGOZA", 50015), ("ZARAGOZA", 50017), ("ZARAGOZA", 50018)]
ES_STREETS = ["CL ALFONSO I", "PS INDEPENDENCIA", "AV CESAR AUGUSTO", "CL DELICIAS", "AV MADRID",
              "CL SAN VICENTE MARTIR",
              "CL MIGUEL SERVET", "AV AMERICA", "CL COSO", "PS DE LAS DAMAS"]
#: Piedmont: (comune, CAP, cadastral code), and birthplaces elsewhere
IT_TOWNS = [("Torino", "10121", "L219"), ("Torino", "10138", "L219"), ("Torino", "10153", "L219"),
            ("Moncalieri", "10024", "F335"), ("Chieri", "10023", "C627"), ("Pinerolo", "10064", "G674"),
            ("Collegno", "10093", "C860"), ("Rivoli", "10098", "H355")]
IT_BIRTHPLACES = [("Torino", "L219"), ("Cuneo", "D205"), ("Asti", "A479"), ("Napoli", "F839"), ("Palermo", "G273"),
                  ("Bari", "A662"), ("Catania", "C351"), ("Foggia", "D643"), ("Novara", "F952"), ("Milano", "F205")]
IT_STREETS = ["Via Nizza", "Corso Francia", "Via Po", "Corso Vinzaglio", "Via Madama Cristina", "Corso Giulio Cesare",
              "Via Sacchi", "Strada del Drosso", "Via Cibrario"]
#: Overijssel: (woonplaats, postcode digits)
NL_TOWNS = [("Zwolle", "8011"), ("Zwolle", "8016"), ("Zwolle", "8022"), ("Zwolle", "8025"), ("Zwolle", "8032"),
            ("Zwolle", "8043"), ("Windesheim", "8025"), ("Wijthmen", "8028")]
NL_STREETS = ["Assendorperstraat", "Diezerstraat", "Thorbeckegracht", "Wipstrikkerallee", "Hortensialaan",
              "Stadshagenallee", "Veerallee", "Kamperweg", "Middelweg", "Dobbe"]
#: Thessaloniki: (δήμος, ΤΚ lead)
GR_TOWNS = [("Θεσσαλονίκη", "546"), ("Καλαμαριά", "551"), ("Εύοσμος", "562"), ("Νεάπολη", "567"),
            ("Σταυρούπολη", "564"), ("Πυλαία", "555"), ("Αμπελόκηποι", "561"), ("Ωραιόκαστρο", "570")]
GR_STREETS = ["Εγνατίας", "Τσιμισκή", "Βασιλίσσης Όλγας", "Λαγκαδά", "Μοναστηρίου", "Κωνσταντινουπόλεως",
              "Αγίου Δημητρίου", "Δελφών", "Παπαναστασίου", "Ικάρων"]
#: Olomouc region: (obec, PSČ)
CZ_TOWNS = [("Olomouc", "779 00"), ("Olomouc", "772 00"), ("Olomouc", "783 71"), ("Velká Bystrice", "783 53"),
            ("Bystrovany", "779 00"), ("Hlubočky", "783 61"), ("Samotišky", "779 00"), ("Křelov-Břuchotín", "783 36")]
CZ_STREETS = ["třída Svobody", "Dolní náměstí", "Palackého", "Hodolanská", "Jungmannova", "Foerstrova",
              "Pasteurova", "Na Vozovce", "Horní lán", "Zikova"]


def pa_street(g: Gen) -> str:
    return f"{g.rnd.randint(10, 2999)} {g.rnd.choice(PA_STREETS)}"


def co_street(g: Gen) -> str:
    return f"{g.rnd.randint(100, 4999)} {g.rnd.choice(CO_STREETS)}"


def uk_postcode(g: Gen, district: str) -> str:
    return f"{district} {g.rnd.randint(1, 9)}{g.code('A')}{g.rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def uk_street(g: Gen) -> str:
    if g.rnd.random() < 0.25:
        return f"{g.rnd.choice(['Rose', 'Oak', 'Little', 'Holly', 'Meadow'])} Cottage, {g.rnd.choice(UK_STREETS)}"
    return f"{g.rnd.randint(1, 140)} {g.rnd.choice(UK_STREETS)}"


def ns_postal(g: Gen, fsa: str) -> str:
    return f"{fsa} {g.rnd.randint(1, 9)}{g.rnd.choice('ABCEGHJKLMNPRSTVWXYZ')}{g.rnd.randint(0, 9)}"


def ns_street(g: Gen) -> str:
    line = f"{g.rnd.randint(1, 6999)} {g.rnd.choice(NS_STREETS)}"
    return line + (f", Apt {g.rnd.randint(101, 1204)}" if g.rnd.random() < 0.2 else "")


#: Eircode unique identifier characters
EIRCODE_CHARS = "0123456789ACDEFHKNPRTVWXY"


def eircode(g: Gen, key: str) -> str:
    return f"{key} {g.rnd.choice('ACDEFHKNPRTVWXY')}{g.digits(3, EIRCODE_CHARS)}"


def za_street(g: Gen) -> str:
    return f"{g.rnd.randint(1, 9999)} {g.rnd.choice(ZA_STREETS)}"


def de_street(g: Gen) -> str:
    return f"{g.rnd.choice(DE_STREETS)} {g.rnd.randint(1, 120)}" + g.rnd.choice(["", "", "a", "b"])


def fr_street(g: Gen) -> str:
    return f"{g.rnd.randint(1, 140)}{g.rnd.choice(['', '', ' bis'])} {g.rnd.choice(FR_STREETS)}"


def es_street(g: Gen) -> str:
    door = g.rnd.choice(["IZ", "DR", "A", "B", "C"])
    return f"{g.rnd.choice(ES_STREETS)} {g.rnd.randint(1, 90)} {g.rnd.randint(1, 9)} {door}"


def it_street(g: Gen) -> str:
    return f"{g.rnd.choice(IT_STREETS)} {g.rnd.randint(1, 200)}" + g.rnd.choice(["", "", "/bis", " int. 5"])


def nl_postcode(g: Gen, digits: str) -> str:
    return f"{digits} {g.code('AA').replace('SS', 'ST').replace('SA', 'SB').replace('SD', 'SE')}"


def gr_street(g: Gen) -> str:
    return f"{g.rnd.choice(GR_STREETS)} {g.rnd.randint(1, 180)}"


def gr_tk(g: Gen, lead: str) -> str:
    return f"{lead} {g.digits(2)}"


def cz_street(g: Gen) -> str:
    return f"{g.rnd.choice(CZ_STREETS)} {g.rnd.randint(1, 1400)}/{g.rnd.randint(1, 60)}"


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa, Mastercard, Discover or Amex prefix."""
    prefix, length = g.rnd.choice([("4", 16), ("53", 16), ("2720", 16), ("6011", 16), ("34", 15)])
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def ky_licence(g: Gen) -> str:
    """A Kentucky operator's licence number: a letter and eight digits (no public check digit)."""
    return g.code("A99999999")


def uk_nino(g: Gen, spaced: bool = False) -> str:
    """A UK National Insurance number of a valid prefix (no check digit)."""
    def make() -> str:
        return g.rnd.choice("ABCEGHJKLMNOPRSTWXYZ") + g.rnd.choice("ABCEGHJKLMNPRSTWXYZ")

    prefix = g.valid(make, lambda p: p not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"})
    body, suffix = g.digits(6), g.rnd.choice("ABCD")
    return f"{prefix} {body[:2]} {body[2:4]} {body[4:]} {suffix}" if spaced else f"{prefix}{body}{suffix}"


def ca_sin(g: Gen, spaced: bool = True) -> str:
    body = g.rnd.choice("1234567") + g.digits(7)
    number = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(number)
    return f"{number[:3]} {number[3:6]} {number[6:]}" if spaced else number


def ie_ppsn(g: Gen) -> str:
    body = g.digits(7)
    if g.rnd.random() < 0.3:
        number = body + _ievat.calc_check_digit(body + "A") + "A"
    else:
        number = body + _ievat.calc_check_digit(body)
    assert _pps.is_valid(number)
    return number


def za_id(g: Gen, born: date, female: bool) -> str:
    """A South African ID number encoding ``born`` and the sex (citizen, Luhn check digit)."""
    seq = g.rnd.randint(0, 4999) if female else g.rnd.randint(5000, 9999)
    body = born.strftime("%y%m%d") + f"{seq:04d}" + "08"
    number = body + luhn.calc_check_digit(body)
    assert _zaid.is_valid(number) and _zaid.get_birth_date(number) == born
    return number


def not_za_id(g: Gen) -> str:
    """Thirteen digits that are not a South African ID number (a membership number)."""
    return g.valid(lambda: "2" + g.digits(12), lambda x: not _zaid.is_valid(x))


def de_steuer_id(g: Gen) -> str:
    def make() -> str:
        pool = g.rnd.sample(string.digits, 9)
        ten = pool + [g.rnd.choice(pool)]
        g.rnd.shuffle(ten)
        body = "".join(ten)
        return body + mod_11_10.calc_check_digit(body)

    return g.valid(make, _idnr.is_valid)


def es_dni(g: Gen) -> str:
    body = f"{g.rnd.randint(1_000_000, 79_999_999):08d}"
    number = body + _dni.calc_check_digit(body)
    assert _dni.is_valid(number)
    return number


def es_nie(g: Gen) -> str:
    body = g.rnd.choice("XYZ") + g.digits(7)
    number = body + _nie.calc_check_digit(body)
    assert _nie.is_valid(number)
    return number


def _cf_part(text: str, given_name: bool) -> str:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vows = [ch for ch in letters if ch in "AEIOU"]
    if given_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return "".join((cons + vows + ["X", "X", "X"])[:3])


def it_cf(first: str, last: str, born: date, female: bool, comune: str) -> str:
    """An Italian codice fiscale encoding the name, the birth date, the sex and the comune."""
    day = born.day + (40 if female else 0)
    body = (_cf_part(last, False) + _cf_part(first, True) + f"{born.year % 100:02d}" + "ABCDEHLMPRST"[born.month - 1]
            + f"{day:02d}" + comune)
    number = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(number)
    return number


def it_documento(g: Gen) -> tuple[str, str]:
    """(document type, number): an electronic identity card (``CA00000AA``), a paper one or a driving licence."""
    kind = g.rnd.choices(["CIE", "CI cartacea", "Patente"], [6, 2, 2])[0]
    if kind == "CIE":
        return kind, g.code("CA99999AA").replace("CA", g.rnd.choice(["CA", "CB", "CC"]), 1)
    if kind == "CI cartacea":
        return kind, g.code("AA9999999")
    return kind, g.code("TO9999999A")


def gr_afm(g: Gen, person_: bool = True) -> str:
    """A Greek tax number (ΑΦΜ): a person's starts with 0-1 (as most individuals'), a company's with 09 or 8-9."""
    lead = g.rnd.choice(["0", "1", "1", "1"]) if person_ else g.rnd.choice(["09", "80", "99"])
    body = lead + g.digits(8 - len(lead))
    number = body + _afm.calc_check_digit(body)
    assert _afm.is_valid(number)
    return number


def cz_rc(g: Gen, born: date, female: bool) -> str:
    """A Czech birth number (rodné číslo) ``YYMMDD/SSSC`` encoding ``born`` (+50 on the month for women; nine
    digits ``YYMMDD/SSS`` before 1954)."""
    month = born.month + (50 if female else 0)
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}"
    # numbers of people born before 1954 have nine digits and no check digit
    number = body if born.year < 1954 else body + str(int(body) % 11 % 10)
    assert _rc.is_valid(number) and _rc.get_birth_date(number) == born
    return f"{number[:6]}/{number[6:]}"


def not_cz_rc(g: Gen) -> str:
    return g.valid(lambda: g.digits(10), lambda x: not _rc.is_valid(x))


def not_bsn(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("123") + g.digits(8), lambda x: not _bsn.is_valid(x))


#: BBAN layouts (9 a digit, A a letter)
BBAN = {"DE": "999999999999999999", "NL": "AAAA9999999999"}
NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB"]
DE_BLZ = ["75050000", "75090000", "75020073", "75060150", "74350000"]


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    def make() -> str:
        if country == "NL":
            bban = g.rnd.choice(NL_BANKS) + g.digits(10)
        elif country == "DE":
            bban = g.rnd.choice(DE_BLZ) + g.digits(10)
        else:
            bban = g.code(BBAN[country])
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


# -- decoys with check digits (all a business's or a product's) --------------------------------------------------------


def ca_bn(g: Gen) -> str:
    return g.valid(lambda: g.digits(9), _bn.is_valid) + "RT0001"


def au_abn(g: Gen) -> str:
    number = g.valid(lambda: g.rnd.choice("1234567") + g.digits(10), _abn.is_valid)
    return f"{number[:2]} {number[2:5]} {number[5:8]} {number[8:]}"


def es_cif(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("ABB") + g.digits(8), _cif.is_valid)


def it_piva(g: Gen) -> str:
    return g.valid(lambda: g.digits(7) + g.rnd.choice(["001", "005", "012", "024", "058"]) + g.digits(1),
                   _iva.is_valid)


def de_ust(g: Gen) -> str:
    return "DE" + g.valid(lambda: g.rnd.choice("123456789") + g.digits(8), _devat.is_valid)


def fr_siren(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("345789") + g.digits(8), _siren.is_valid)


def cz_ico(g: Gen) -> str:
    return "CZ" + g.valid(lambda: g.rnd.choice("2467") + g.digits(7), _dic.is_valid)


def ean13(g: Gen) -> str:
    body = "0" + g.rnd.choice(["84", "85", "86"]) + g.digits(9)
    number = body + _ean.calc_check_digit(body)
    assert _ean.is_valid(number)
    return number


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)


def pad(value: Any, width: int) -> str:
    """A fixed-width field: the value left-justified and blank-padded (cut to ``width``); NULL becomes blanks."""
    return ("" if value is None else str(value))[:width].ljust(width)
