"""Values of held-out set v97 (:mod:`benchmarks.classification.heldout_v97`): v97's random source, names, streets,
cities, agencies and free-text snippets of social work (child protection, foster care, adoption, youth justice,
family courts), written by hand for v97 (no Faker, no list of real people, no breach data), phones checked with
phonenumbers and identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module; the lists below are new.
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
from stdnum.de import idnr as _idnr
from stdnum.dk import cpr as _cpr
from stdnum.es import dni as _dni
from stdnum.fi import hetu as _hetu
from stdnum.gb import nhs as _nhs
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _grvat
from stdnum.kr import rrn as _rrn
from stdnum.nl import bsn as _bsn
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 97_0425_2026
N = "none"
#: a login or public display handle (review, as in v5 to v95)
USERNAME = "unclassified"
#: NULL-like strings of v97's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "?", "#N/A",
    "not known", "Not known", "not recorded", "withheld", "nil", "<null>", "0", "000000000", "0000000000",
    "QQ123456C", "test@example.com", "REDACTED", "onbekend", "geen", "unbekannt", "keine Angabe", "ukendt",
    "ei tiedossa", "desconocido", "sin datos", "άγνωστο", "미상", "없음", "*")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v97:{SEED}:{table}")

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
        keep = max(len(nsn) - 7, 1) if region == "US" else max(len(nsn) - 6, 1)

        def make() -> str:
            if region == "US":
                return self.rnd.choice(["614", "216", "330", "419", "513", "904", "407", "813", "850", "352"]) + \
                    str(self.rnd.randint(2, 9)) + self.digits(6)
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
        if fmt == "dashes":
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:3]}-{d[3:6]}-{d[6:]}" if region == "US" else national
        if fmt == "dots":
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:3]}.{d[3:6]}.{d[6:]}" if region == "US" else national
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v97) -------------------------------------------------------------------------------------------

#: origin -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "en": (["Alfie", "Callum", "Declan", "Ellis", "Finley", "Harvey", "Kieran", "Lewis", "Reuben", "Tyler", "Rhys",
            "Owain", "Ruaridh", "Cormac"],
           ["Aimee", "Bethan", "Caitlin", "Darcey", "Evie", "Isla", "Keeley", "Leah", "Megan", "Niamh", "Shannon",
            "Tegan", "Rhiannon", "Orla"],
           ["Ashworth", "Birtwistle", "Cartwright", "Dunleavy", "Entwistle", "Fothergill", "Gilchrist", "Hargreaves",
            "Llewellyn", "McAlinden", "Pritchard", "Quigley", "Rowntree", "Sutcliffe", "Tattersall", "Whitfield"]),
    "mix": (["Amari", "Bilal", "Dawit", "Emre", "Haris", "Kofi", "Mateusz", "Ravi", "Tomasz", "Yusuf"],
            ["Amina", "Blessing", "Fatima", "Hana", "Jasmin", "Ola", "Priya", "Ruta", "Sana", "Zofia"],
            ["Abebe", "Begum", "Chowdhury", "Kowalczyk", "Mensah", "Nowak", "Osei", "Rahman", "Siddiqui", "Yilmaz"]),
    "us": (["Brantley", "Colt", "DeShawn", "Jaxon", "Kayden", "Marquis", "Ryker", "Tristan", "Xavier", "Zane"],
           ["Aaliyah", "Brynlee", "Harper", "Jazmine", "Kinsley", "Makayla", "Nevaeh", "Paisley", "Raelynn", "Tiana"],
           ["Beasley", "Crenshaw", "Dalrymple", "Gaither", "Hollingsworth", "McCray", "Pettaway", "Ramsey",
            "Stallworth", "Whitlock", "Ochoa", "Villarreal"]),
    "au": (["Brodie", "Cooper", "Flynn", "Jarrah", "Lachlan", "Mitchell", "Nash", "Tahu", "Wiremu", "Kahu"],
           ["Ainsley", "Chloe", "Indi", "Kirra", "Maddison", "Ngaire", "Skye", "Talia", "Aroha", "Mere"],
           ["Bancroft", "Cavanagh", "Doolan", "Fitzsimons", "Kennard", "Maher", "Parata", "Ruawai", "Tipene",
            "Wheeler"]),
    "nl": (["Bram", "Daan", "Gijs", "Jelle", "Luuk", "Milan", "Sem", "Thijs"],
           ["Anouk", "Fenna", "Isa", "Lotte", "Noor", "Roos", "Sanne", "Tess"],
           ["de Boer", "Bakker", "van Dijk", "Hendriks", "Jansen", "Kuipers", "van Leeuwen", "Smit", "Verhoeven",
            "de Wit"]),
    "de": (["Finn", "Jonas", "Lukas", "Malte", "Niklas", "Ole", "Tim", "Yannik"],
           ["Annika", "Franziska", "Hannah", "Jana", "Lea", "Mareike", "Svenja", "Wiebke"],
           ["Brinkmann", "Dreyer", "Hoffmeister", "Kruse", "Lüdecke", "Meinecke", "Rademacher", "Schütte",
            "Thiele", "Wendt"]),
    "da": (["Anders", "Frederik", "Kasper", "Magnus", "Mikkel", "Rasmus", "Søren", "Villads"],
           ["Astrid", "Freja", "Ida", "Karoline", "Mathilde", "Nanna", "Signe", "Sofie"],
           ["Bech", "Dahl", "Frandsen", "Holm", "Kjær", "Lauridsen", "Mortensen", "Nørgaard", "Skov", "Vestergaard"]),
    "fi": (["Aleksi", "Eetu", "Joonas", "Lauri", "Onni", "Petteri", "Sampo", "Veeti"],
           ["Aino", "Eveliina", "Iida", "Kaisa", "Minttu", "Noora", "Pihla", "Venla"],
           ["Heikkinen", "Hämäläinen", "Kettunen", "Laaksonen", "Mäkelä", "Niskanen", "Rautio", "Saarinen",
            "Toivonen", "Väisänen"]),
    "ko": (["민준", "서준", "도윤", "예준", "시우", "주원", "하준", "지호"],
           ["서연", "서윤", "지우", "하은", "민서", "지유", "채원", "수아"],
           ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"]),
    "el": (["Γιώργος", "Δημήτρης", "Κωνσταντίνος", "Νικόλαος", "Παναγιώτης", "Σπύρος", "Θανάσης", "Χρήστος"],
           ["Ελένη", "Κατερίνα", "Μαρία", "Σοφία", "Βασιλική", "Δέσποινα", "Ευαγγελία", "Χριστίνα"],
           ["Παπαδόπουλος", "Οικονόμου", "Γεωργίου", "Νικολαΐδης", "Μαυρίδης", "Κωστόπουλος", "Αθανασίου",
            "Δημητρίου"]),
    "es": (["Álvaro", "Hugo", "Iker", "Mateo", "Pau", "Rubén", "Unai", "Xavier"],
           ["Ainhoa", "Carla", "Lucía", "Nerea", "Olivia", "Paula", "Vega", "Zoe"],
           ["Albiol", "Beltrán", "Cabanilles", "Ferrándiz", "Gisbert", "Llorca", "Marí", "Roig", "Soler", "Vidal"]),
}


def person(g: Gen, lang: str = "en", female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    if lang in ("en", "us", "au") and g.rnd.random() < 0.25:
        lang = "mix"
    males, females, lasts = NAMES[lang]
    return g.rnd.choice(females if female else males), g.rnd.choice(lasts)


def whole(g: Gen, lang: str = "en") -> str:
    a, b = person(g, lang)
    return f"{b}{a}" if lang == "ko" else f"{a} {b}"


def given(g: Gen, lang: str = "en") -> str:
    return person(g, lang)[0]


def family(g: Gen, lang: str = "en") -> str:
    return person(g, lang)[1]


def staff(g: Gen, n: int, lang: str = "en") -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(whole(g, lang))
    return sorted(out)


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


ROMAN = {"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho", "윤": "yoon",
         "장": "jang", "임": "lim"}


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(ROMAN.get(last, last)) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{b}{g.rnd.randint(70, 99)}", f"{a}{b[0]}{g.rnd.randint(1, 9)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def email(g: Gen, domains: list[str], lang: str = "en") -> str:
    return email_of(g, *person(g, lang), domains)


def work_email(name: str, domain: str) -> str:
    parts = name.split(" ")
    return f"{plain(parts[0])}.{plain(parts[-1])}@{domain}"


GB_MAIL = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com", "btinternet.com"]
US_MAIL = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"]
AU_MAIL = ["gmail.com", "bigpond.com", "outlook.com", "hotmail.com", "xtra.co.nz"]

# -- places (written for v97) ------------------------------------------------------------------------------------------

#: (town, outward postcode)
GB_TOWNS = [("Bradford", "BD3"), ("Keighley", "BD21"), ("Shipley", "BD18"), ("Bingley", "BD16"), ("Halifax", "HX1"),
            ("Huddersfield", "HD1"), ("Dewsbury", "WF13")]
WALES_TOWNS = [("Swansea", "SA1"), ("Neath", "SA11"), ("Llanelli", "SA15"), ("Port Talbot", "SA13"),
               ("Carmarthen", "SA31")]
SCOT_TOWNS = [("Dundee", "DD1"), ("Perth", "PH1"), ("Arbroath", "DD11"), ("Forfar", "DD8"), ("Montrose", "DD10")]
NI_TOWNS = [("Derry", "BT48"), ("Strabane", "BT82"), ("Limavady", "BT49"), ("Coleraine", "BT52"), ("Omagh", "BT78")]
GB_STREETS = ["Thornbury Road", "Cavendish Terrace", "Heaton Grove", "Mill Lane", "Chapel Street", "Beech Avenue",
              "Heol y Nant", "Ffordd Las", "Strathmore Street", "Glebe Park", "Carnhill Crescent", "Foyle View"]
#: (Ohio or Florida city, state, ZIP lead)
US_CITIES = [("Columbus", "OH", "432"), ("Akron", "OH", "443"), ("Toledo", "OH", "436"), ("Dayton", "OH", "454"),
             ("Jacksonville", "FL", "322"), ("Gainesville", "FL", "326"), ("Tallahassee", "FL", "323")]
US_STREETS = ["Sullivant Ave", "Hamilton Rd", "Maple Grove Dr", "Cleveland Ave", "Lantern Way", "Magnolia Ct",
              "Pinecrest Blvd", "Cypress Bend Ln"]
#: (Australian or New Zealand suburb, state or region, postcode)
AU_PLACES = [("Logan Central", "QLD", "4114"), ("Ipswich", "QLD", "4305"), ("Toowoomba", "QLD", "4350"),
             ("Caboolture", "QLD", "4510"), ("Redcliffe", "QLD", "4020"), ("Manurewa", "AKL", "2102"),
             ("Otara", "AKL", "2023")]
AU_STREETS = ["Wattle St", "Banksia Cres", "Kookaburra Ct", "Jacaranda Ave", "Ironbark Rd", "Pohutukawa Pl"]
NL_PLACES = [("Utrecht", "35"), ("Nieuwegein", "34"), ("Zeist", "37"), ("Houten", "39"), ("Amersfoort", "38")]
NL_STREETS = ["Kanaalweg", "Oudegracht", "Merelstraat", "Vleutenseweg", "Lindenlaan", "Biltstraat"]
DE_PLACES = [("Bremen", "28"), ("Oldenburg", "26"), ("Delmenhorst", "27"), ("Verden", "27"), ("Achim", "28")]
DE_STREETS = ["Lindenstraße", "Am Deich", "Schwachhauser Heerstraße", "Wiesenweg", "Kirchhuchtinger Landstraße"]
DK_PLACES = [("Aalborg", "9000"), ("Nørresundby", "9400"), ("Hjørring", "9800"), ("Frederikshavn", "9900"),
             ("Brønderslev", "9700")]
DK_STREETS = ["Vesterbro", "Hobrovej", "Skovbakken", "Kastetvej", "Engvej", "Søndergade"]
FI_PLACES = [("Tampere", "33"), ("Nokia", "37"), ("Ylöjärvi", "33"), ("Kangasala", "36"), ("Pirkkala", "33")]
FI_STREETS = ["Hämeenkatu", "Koivistontie", "Pispalan valtatie", "Rantatie", "Kuusikatu"]
KO_PLACES = [("수원시", "16"), ("성남시", "13"), ("안산시", "15"), ("부천시", "14"), ("고양시", "10")]
KO_STREETS = ["중부대로", "경수대로", "광교로", "고색로", "성남대로", "중앙로"]
EL_PLACES = [("Θεσσαλονίκη", "546"), ("Καλαμαριά", "551"), ("Εύοσμος", "562"), ("Σέρρες", "621"),
             ("Κατερίνη", "601")]
EL_STREETS = ["Εγνατίας", "Τσιμισκή", "Μητροπόλεως", "Καρακάση", "Παπαναστασίου", "Αγίας Σοφίας"]
ES_PLACES = [("València", "460"), ("Gandia", "467"), ("Sagunt", "465"), ("Torrent", "469"), ("Alzira", "466")]
ES_STREETS = ["Carrer de Colón", "Avinguda del Port", "Carrer Major", "Calle San Vicente", "Plaza de la Reina"]


def street(g: Gen, region: str) -> str:
    n = g.rnd.randint(1, 240)
    if region == "gb":
        return g.rnd.choice([f"{n} {g.rnd.choice(GB_STREETS)}", (f"Flat {g.rnd.randint(1, 12)}, {n} "
                                                                  f"{g.rnd.choice(GB_STREETS)}")])
    if region == "us":
        return f"{g.rnd.randint(100, 9999)} {g.rnd.choice(US_STREETS)}" + g.rnd.choice(["", f" Apt {n % 40 + 1}"])
    if region == "au":
        return g.rnd.choice([f"{n} {g.rnd.choice(AU_STREETS)}", f"{n % 20 + 1}/{n} {g.rnd.choice(AU_STREETS)}"])
    if region == "nl":
        return f"{g.rnd.choice(NL_STREETS)} {n}" + g.rnd.choice(["", "-bis", " A"])
    if region == "de":
        return f"{g.rnd.choice(DE_STREETS)} {n}" + g.rnd.choice(["", "a"])
    if region == "da":
        return f"{g.rnd.choice(DK_STREETS)} {n}" + g.rnd.choice(["", ", 2. tv", ", st. th"])
    if region == "fi":
        return f"{g.rnd.choice(FI_STREETS)} {n}" + g.rnd.choice(["", f" B {n % 30 + 1}"])
    if region == "ko":
        return f"경기도 {g.rnd.choice(KO_PLACES)[0]} {g.rnd.choice(KO_STREETS)} {n}, {g.rnd.randint(101, 120)}동 " \
               f"{g.rnd.randint(101, 1502)}호"
    if region == "el":
        return f"{g.rnd.choice(EL_STREETS)} {n}"
    return f"{g.rnd.choice(ES_STREETS)}, {n}" + g.rnd.choice(["", f", {n % 8 + 1}º"])


def uk_postcode(g: Gen, outward: str) -> str:
    return f"{outward} {g.rnd.randint(1, 9)}{g.rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}" \
           f"{g.rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}"


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def nhs_number(g: Gen, spaced: bool = True) -> str:
    """A UK NHS (or Northern Ireland Health and Care) number: ten digits, mod 11."""
    number = g.valid(lambda: g.rnd.choice("4679") + g.digits(9), _nhs.is_valid)
    return f"{number[:3]} {number[3:6]} {number[6:]}" if spaced else number


def not_nhs(g: Gen) -> str:
    """Ten digits in the NHS layout failing its check (a case or file number)."""
    number = g.valid(lambda: g.rnd.choice("4679") + g.digits(9), lambda x: not _nhs.is_valid(x))
    return f"{number[:3]} {number[3:6]} {number[6:]}"


def nino(g: Gen) -> str:
    """A UK National Insurance number (no check digit: prefix rules only)."""
    first = g.rnd.choice("ABCEGHJKLMNPRSTWXYZ")
    second = g.rnd.choice("ABCEGHJKLMNPRSTWXYZ".replace("O", ""))
    while first + second in ("GB", "BG", "NK", "KN", "TN", "NT", "ZZ"):
        second = g.rnd.choice("ABCEHJKLMPRSTWXY")
    return f"{first}{second}{g.digits(6)}{g.rnd.choice('ABCD')}"


def us_ssn(g: Gen) -> str:
    return g.valid(lambda: f"{g.rnd.randint(1, 665):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}",
                   _ssn.is_valid)


def bsn(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("123456789") + g.digits(8), _bsn.is_valid)


def not_bsn(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("123456789") + g.digits(8), lambda x: not _bsn.is_valid(x))


def idnr(g: Gen) -> str:
    """A German Steuer-Identifikationsnummer (python-stdnum checks it)."""
    return g.valid(lambda: g.rnd.choice("123456789") + g.digits(10), _idnr.is_valid)


def cpr(g: Gen, born: date) -> str:
    """A Danish CPR number ``DDMMYY-SSSS`` encoding ``born`` (century digit chosen for the year)."""

    def make() -> str:
        seventh = g.rnd.choice("0123") if born.year < 2000 else g.rnd.choice("4")
        if born.year >= 2000 and born.year % 100 >= 37:
            seventh = g.rnd.choice("5678")
        return born.strftime("%d%m%y") + seventh + g.digits(3)

    number = g.valid(make, lambda x: _cpr.is_valid(x) and _cpr.get_birth_date(x) == born)
    return f"{number[:6]}-{number[6:]}"


def hetu(g: Gen, born: date) -> str:
    """A Finnish henkilötunnus encoding ``born`` (check character: python-stdnum checks it)."""
    sign = "-" if born.year < 2000 else "A"
    individual = g.rnd.randint(2, 899)
    body = born.strftime("%d%m%y") + f"{individual:03d}"
    number = f"{body[:6]}{sign}{body[6:]}{'0123456789ABCDEFHJKLMNPRSTUVWXY'[int(body) % 31]}"
    assert _hetu.is_valid(number)
    return number


def rrn(g: Gen, born: date, female: bool) -> str:
    """A Korean resident registration number ``YYMMDD-SRRRRRC`` encoding ``born`` and sex."""
    sex = (2 if female else 1) if born.year < 2000 else (4 if female else 3)

    def make() -> str:
        body = born.strftime("%y%m%d") + str(sex) + g.digits(1) + f"{g.rnd.randint(0, 96):02d}" + g.digits(2)
        return body + _rrn.calc_check_digit(body)

    number = g.valid(make, _rrn.is_valid)
    return f"{number[:6]}-{number[6:]}"


def not_rrn(g: Gen) -> str:
    """Thirteen digits in the RRN layout failing its check (a report number)."""
    number = g.valid(lambda: "2" + g.digits(5) + "-" + g.rnd.choice("1234") + g.digits(6),
                     lambda x: not _rrn.is_valid(x))
    return number


def amka(g: Gen, born: date) -> str:
    body = born.strftime("%d%m%y") + g.digits(4)
    number = body + luhn.calc_check_digit(body)
    assert _amka.is_valid(number)
    return number


def afm(g: Gen) -> str:
    """A Greek tax number (AFM) of a person."""
    body = g.rnd.choice("0123") + g.digits(7)
    return body + _grvat.calc_check_digit(body)


def dni(g: Gen) -> str:
    body = f"{g.rnd.randint(10_000_000, 79_999_999)}"
    return body + _dni.calc_check_digit(body)


def not_dni(g: Gen) -> str:
    """Eight digits and a letter failing the DNI check (an expediente number)."""
    body = f"{g.rnd.randint(10_000_000, 79_999_999)}"
    right = _dni.calc_check_digit(body)
    return body + g.rnd.choice([ch for ch in "TRWAGMYFPDXBNJZSQVHLCKE" if ch != right])


BBAN = {"DE": "999999999999999999", "NL": "AAAA9999999999", "DK": "99999999999999", "FI": "99999999999999",
        "ES": "99999999999999999999", "GR": "9999999ZZZZZZZZZZZZZZZZ"}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, national checks retried, python-stdnum checks it)."""

    def make() -> str:
        bban = g.code(BBAN[country])
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def sha1(g: Gen) -> str:
    return hashlib.sha1(str(g.rnd.random()).encode(), usedforsecurity=False).hexdigest()


# -- free-text snippets (written for v97) ------------------------------------------------------------------------------

def note_en(g: Gen) -> str:
    return g.rnd.choice([
        f"Mum's partner {whole(g)} present at home visit; child appeared withdrawn",
        f"Referred by school DSL after disclosure to {given(g)}",
        "Strategy discussion held, S47 enquiry agreed",
        f"Grandmother {whole(g)} willing to offer kinship care",
        "Missed two contact sessions, no reason given",
        f"Dad says {given(g)} has been staying with friends; police welfare check requested",
        "Bruising to upper arm noted by nursery staff",
        f"Placement stable; carer {whole(g)} reports good school attendance",
    ])


def note_us(g: Gen) -> str:
    return g.rnd.choice([
        f"Met child at kinship placement with aunt {whole(g, 'us')}; child reports feeling safe",
        f"Mother {whole(g, 'us')} did not attend scheduled visitation",
        "Recommend continued reunification services; home study pending",
        f"Child asked that brother {given(g, 'us')} be placed with her",
        "Spoke with teacher, grades improving",
    ])
