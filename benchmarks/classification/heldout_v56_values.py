"""Values of held-out set v56 (:mod:`benchmarks.classification.heldout_v56`): v56's random source, names, streets,
towns, postal codes, companies and identifier builders written by hand for v56 (no Faker, no list of real people, no
breach data), phones checked with phonenumbers and identifiers with check digits computed and checked with
python-stdnum (the German social-insurance number and the VIN check digit, which python-stdnum does not know, are
computed here from their published rules and checked again by the set's test).

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
from stdnum import isin as _isin
from stdnum import lei as _lei
from stdnum import luhn
from stdnum.au import abn as _abn
from stdnum.ca import sin as _sin
from stdnum.cz import dic as _dic
from stdnum.cz import rc as _rc
from stdnum.de import idnr as _idnr
from stdnum.fr import nif as _nif
from stdnum.gb import vat as _gbvat
from stdnum.ie import pps as _pps
from stdnum.ie import vat as _ievat
from stdnum.iso7064 import mod_11_10 as _mod_11_10
from stdnum.iso7064 import mod_97_10 as _mod_97_10
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva
from stdnum.jp import cn as _jpcn
from stdnum.jp import in_ as _mynumber
from stdnum.nl import bsn as _bsn
from stdnum.nz import bankaccount as _nzbank
from stdnum.us import rtn as _rtn
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 56_907_2026
N = "none"
#: a login or public display handle, or a domestic bank account number (review, as in v5 to v55)
USERNAME = "unclassified"
#: NULL-like strings of v56's systems (tests skip them)
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
    "unknown",
    "Unknown",
    "?",
    "#N/A",
    "nil",
    "<null>",
    "0",
    "000-00-0000",
    "noemail@petcover.co.uk",
    "no.email@none.com",
    "0400000000",
    "keine",
    "k.A.",
    "-/-",
    "néant",
    "NC",
    "nessuna",
    "N.D.",
    "geen",
    "nvt",
    "n.v.t.",
    "žádná",
    "---",
    "なし",
    "特になし",
    "TBC",
    "tbc",
    "NIL",
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v56:{SEED}:{table}")

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
        return datetime.combine(self.day(lo, hi), datetime.min.time()) + timedelta(seconds=self.rnd.randint(0, 86_399))

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
        first = self.rnd.choice([31, 46, 62, 78, 81, 86, 89, 92, 109, 151, 176, 185, 203, 212, 217])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2a01", "2a02", "2001:4c", "2a00", "2406", "2400"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(6 if ":" in head else 7))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        keep = max(len(nsn) - 6, 1)

        def make() -> str:
            if region in NANP_AREAS:
                return self.rnd.choice(NANP_AREAS[region]) + str(self.rnd.randint(2, 9)) + self.digits(6)
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
            return f"{d[:3]}-{d[3:6]}-{d[6:]}" if region in NANP_AREAS else national
        if fmt == "dots":
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:3]}.{d[3:6]}.{d[6:]}" if region in NANP_AREAS else national
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(
            lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile), null
        )


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


#: area codes of the North American tables (Wisconsin, Iowa, Nebraska, Connecticut; Ontario)
NANP_AREAS = {
    "US": ["414", "608", "920", "715", "262", "515", "319", "563", "402", "860", "203"],
    "CA": ["416", "647", "519", "613", "905", "705", "289"],
}


# -- names (written for v56) -------------------------------------------------------------------------------------------

#: locale -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (
        [
            "Brandon",
            "Cody",
            "Dale",
            "Dustin",
            "Garrett",
            "Kyle",
            "Luis",
            "Marcus",
            "Nathaniel",
            "Ravi",
            "Tyler",
            "Vang",
            "Wesley",
            "Hector",
            "DeShawn",
            "Trevor",
            "Abdirahman",
            "Pao",
            "Jerome",
            "Clayton",
        ],
        [
            "Ashley",
            "Brianna",
            "Courtney",
            "Dana",
            "Esperanza",
            "Heather",
            "Jasmine",
            "Kayla",
            "Lindsey",
            "Mai",
            "Nicole",
            "Priya",
            "Shanice",
            "Tamara",
            "Whitney",
            "Yesenia",
            "Hodan",
            "Kristin",
            "Lacey",
            "Marisol",
        ],
        [
            "Anderson",
            "Borchardt",
            "Christiansen",
            "Dombrowski",
            "Engstrom",
            "Fitzgerald",
            "Gonzalez",
            "Halverson",
            "Jablonski",
            "Kowalczyk",
            "Lindqvist",
            "Mueller",
            "Nguyen",
            "Olson",
            "Pfeiffer",
            "Rasmussen",
            "Schroeder",
            "Thao",
            "Vang",
            "Washington",
            "Xiong",
            "Yilmaz",
            "Zielinski",
            "Hassan",
            "Patel",
            "Brooks",
            "Hernandez",
            "Koenig",
            "Larsen",
            "Marchetti",
        ],
    ),
    "ca": (
        [
            "Alexandre",
            "Brendan",
            "Connor",
            "Darnell",
            "Gurjit",
            "Harpreet",
            "Jean-Philippe",
            "Kwame",
            "Liam",
            "Mathieu",
            "Navdeep",
            "Owen",
            "Rajveer",
            "Wei",
            "Zhen",
            "Farhan",
            "Duncan",
            "Emeka",
        ],
        [
            "Amandeep",
            "Brigitte",
            "Chantal",
            "Fatima",
            "Geneviève",
            "Harleen",
            "Jessica",
            "Keisha",
            "Lauren",
            "Mei",
            "Nadia",
            "Simran",
            "Sophie",
            "Tanvi",
            "Xiaoling",
            "Renée",
            "Kirsten",
            "Ama",
        ],
        [
            "Abernethy",
            "Beaulieu",
            "Brar",
            "Campbell",
            "Chen",
            "Desjardins",
            "Dhaliwal",
            "Fraser",
            "Gagnon",
            "Grewal",
            "Huang",
            "Kaur",
            "MacPherson",
            "Mensah",
            "Nadeau",
            "O'Neill",
            "Pelletier",
            "Sandhu",
            "Tremblay",
            "Wong",
            "Zhou",
            "Okafor",
            "Lachance",
            "Sidhu",
            "Morrison",
        ],
    ),
    "gb": (
        [
            "Alfie",
            "Callum",
            "Darren",
            "Ellis",
            "Gareth",
            "Harvey",
            "Imran",
            "Jamie",
            "Kieran",
            "Lewis",
            "Mohammed",
            "Nathan",
            "Rhys",
            "Stuart",
            "Tobias",
            "Wayne",
            "Aled",
            "Bartosz",
        ],
        [
            "Amelia",
            "Bethany",
            "Chloe",
            "Danielle",
            "Eleri",
            "Fiona",
            "Gemma",
            "Hollie",
            "Kirsty",
            "Leanne",
            "Megan",
            "Nadia",
            "Poppy",
            "Rebecca",
            "Sian",
            "Tasha",
            "Zainab",
            "Agnieszka",
        ],
        [
            "Ashworth",
            "Bevan",
            "Chaudhry",
            "Davies",
            "Evans",
            "Fletcher",
            "Griffiths",
            "Hussain",
            "Jenkins",
            "Khan",
            "Lloyd",
            "Morgan",
            "Nowak",
            "Oakley",
            "Pritchard",
            "Rowlands",
            "Scott",
            "Thomas",
            "Vaughan",
            "Whitfield",
            "Akhtar",
            "Burrows",
            "Mensah",
            "Penrose",
            "Trelawny",
        ],
    ),
    "au": (
        [
            "Bailey",
            "Brodie",
            "Cooper",
            "Darcy",
            "Harrison",
            "Jayden",
            "Lachlan",
            "Minh",
            "Nikolaos",
            "Riley",
            "Tane",
            "Zac",
            "Anh",
            "Giuseppe",
            "Mitchell",
        ],
        [
            "Ashleigh",
            "Brooke",
            "Chelsea",
            "Elise",
            "Georgia",
            "Hayley",
            "Jacinta",
            "Kylie",
            "Linh",
            "Madison",
            "Sienna",
            "Tegan",
            "Eleni",
            "Mele",
            "Shannon",
        ],
        [
            "Barnett",
            "Costa",
            "Doyle",
            "Fitzpatrick",
            "Georgiou",
            "Hammond",
            "Keane",
            "Le",
            "McGrath",
            "Nguyen",
            "Papadopoulos",
            "Quinlan",
            "Russo",
            "Sullivan",
            "Tran",
            "Walsh",
            "Taufa",
            "Kelly",
            "Haddad",
            "Pham",
        ],
    ),
    "ie": (
        [
            "Aidan",
            "Cathal",
            "Colm",
            "Darragh",
            "Eoin",
            "Fionn",
            "Kevin",
            "Niall",
            "Oisín",
            "Pádraig",
            "Ronan",
            "Seán",
            "Tadhg",
            "Declan",
            "Tomasz",
            "Andrius",
        ],
        [
            "Aoife",
            "Caoimhe",
            "Clodagh",
            "Deirdre",
            "Éabha",
            "Gráinne",
            "Laoise",
            "Máire",
            "Niamh",
            "Orla",
            "Róisín",
            "Saoirse",
            "Siobhán",
            "Úna",
            "Justyna",
            "Ioana",
        ],
        [
            "Brennan",
            "Byrne",
            "Cullinane",
            "Dunne",
            "Fitzsimons",
            "Gallagher",
            "Hegarty",
            "Kavanagh",
            "Lynch",
            "MacCarthy",
            "Mulcahy",
            "Ní Bhriain",
            "Ó Súilleabháin",
            "O'Donoghue",
            "Quinlan",
            "Regan",
            "Sheehy",
            "Tierney",
            "Walsh",
            "Kowalska",
            "Popescu",
            "Moriarty",
            "Keogh",
        ],
    ),
    "nz": (
        [
            "Aperahama",
            "Ben",
            "Hamish",
            "Hemi",
            "Liam",
            "Manaia",
            "Nikau",
            "Rawiri",
            "Sione",
            "Tama",
            "Wiremu",
            "Jun",
            "Arjun",
            "Callum",
        ],
        [
            "Aroha",
            "Charlotte",
            "Hinemoa",
            "Isla",
            "Kiri",
            "Mere",
            "Moana",
            "Ngaire",
            "Olivia",
            "Ruby",
            "Tui",
            "Losa",
            "Mei",
            "Pania",
        ],
        [
            "Brown",
            "Campbell",
            "Fifita",
            "Harris",
            "Henare",
            "Kereama",
            "Li",
            "McKenzie",
            "Ngata",
            "Parata",
            "Reid",
            "Ruawai",
            "Smith",
            "Tautahi",
            "Tuilagi",
            "Wallace",
            "Wihongi",
            "Kumar",
            "Young",
            "Mitchell",
        ],
    ),
    "de": (
        [
            "Andreas",
            "Bernd",
            "Dirk",
            "Felix",
            "Jens",
            "Jörg",
            "Kai",
            "Lutz",
            "Maik",
            "Niklas",
            "Ralf",
            "Steffen",
            "Sven",
            "Torsten",
            "Uwe",
            "Volker",
            "Mehmet",
            "Sergej",
        ],
        [
            "Anja",
            "Birgit",
            "Claudia",
            "Doreen",
            "Franziska",
            "Heike",
            "Ines",
            "Katrin",
            "Mandy",
            "Nadine",
            "Petra",
            "Sabine",
            "Silke",
            "Susann",
            "Ulrike",
            "Yvonne",
            "Ayşe",
            "Swetlana",
        ],
        [
            "Bauer",
            "Böhme",
            "Engelmann",
            "Friedrich",
            "Günther",
            "Hartmann",
            "Jähnig",
            "Krause",
            "Lehmann",
            "Meißner",
            "Neumann",
            "Pohl",
            "Richter",
            "Schröter",
            "Seidel",
            "Uhlig",
            "Vogel",
            "Weigel",
            "Ziegler",
            "Zimmermann",
            "Yıldız",
            "Wolff",
            "Köhler",
            "Fiedler",
        ],
    ),
    "fr": (
        [
            "Alain",
            "Baptiste",
            "Cédric",
            "Denis",
            "Érwan",
            "Florian",
            "Gildas",
            "Hervé",
            "Jérôme",
            "Loïc",
            "Mathis",
            "Nicolas",
            "Pascal",
            "Quentin",
            "Yann",
            "Karim",
        ],
        [
            "Anne-Sophie",
            "Bérénice",
            "Camille",
            "Delphine",
            "Élodie",
            "Gwenaëlle",
            "Hélène",
            "Isabelle",
            "Maëlle",
            "Nathalie",
            "Océane",
            "Pauline",
            "Solène",
            "Sylvie",
            "Véronique",
            "Yasmina",
        ],
        [
            "Le Bihan",
            "Guérin",
            "Le Goff",
            "Morvan",
            "Bouvier",
            "Chauvin",
            "David",
            "Tessier",
            "Fournier",
            "Gautier",
            "Hamon",
            "Jégou",
            "Le Roux",
            "Marchand",
            "Ménard",
            "Pichon",
            "Renaud",
            "Rousseau",
            "Tanguy",
            "Baudry",
            "Benali",
            "Cadiou",
        ],
    ),
    "it": (
        [
            "Antonio",
            "Ciro",
            "Domenico",
            "Enzo",
            "Gennaro",
            "Giuseppe",
            "Luigi",
            "Michele",
            "Nicola",
            "Pasquale",
            "Raffaele",
            "Rocco",
            "Saverio",
            "Vincenzo",
            "Francesco",
            "Mattia",
        ],
        [
            "Angela",
            "Assunta",
            "Carmela",
            "Concetta",
            "Filomena",
            "Giovanna",
            "Immacolata",
            "Lucia",
            "Nunzia",
            "Rosaria",
            "Teresa",
            "Vincenza",
            "Martina",
            "Sara",
            "Alessia",
            "Annarita",
        ],
        [
            "Amato",
            "Cannavacciuolo",
            "Capasso",
            "D'Angelo",
            "De Luca",
            "Di Lorenzo",
            "Esposito",
            "Ferrara",
            "Iovine",
            "Lo Russo",
            "Marino",
            "Palumbo",
            "Russo",
            "Scognamiglio",
            "Sorrentino",
            "Tarantino",
            "Vitiello",
            "Caputo",
            "Laterza",
            "Losito",
            "Abbrescia",
            "Ruggiero",
        ],
    ),
    "nl": (
        [
            "Bart",
            "Dennis",
            "Gerrit",
            "Hendrik",
            "Jeroen",
            "Joost",
            "Koen",
            "Martijn",
            "Niels",
            "Ruud",
            "Sander",
            "Thijs",
            "Wim",
            "Henk",
            "Bram",
            "Teun",
        ],
        [
            "Anouk",
            "Bianca",
            "Els",
            "Ineke",
            "Janneke",
            "Lotte",
            "Marieke",
            "Mirjam",
            "Nienke",
            "Riet",
            "Sanne",
            "Tineke",
            "Willemien",
            "Gerda",
            "Femke",
            "Hennie",
        ],
        [
            "Assink",
            "Bruggink",
            "Dijkhuis",
            "Eshuis",
            "Geerdink",
            "Hofstede",
            "Kamphuis",
            "Kuipers",
            "Lansink",
            "Mulder",
            "Nijhuis",
            "Oude Luttikhuis",
            "Pierik",
            "Reinders",
            "Schuurman",
            "Tijhuis",
            "Wessels",
            "Wolbers",
            "Ypma",
            "Zwiers",
        ],
    ),
    "cz": (
        [
            "Jiří",
            "Jan",
            "Petr",
            "Josef",
            "Pavel",
            "Martin",
            "Tomáš",
            "Jaroslav",
            "Miroslav",
            "Zdeněk",
            "Lukáš",
            "Radek",
            "Vojtěch",
            "Ondřej",
            "Libor",
            "Stanislav",
        ],
        [
            "Jana",
            "Marie",
            "Eva",
            "Hana",
            "Lenka",
            "Kateřina",
            "Lucie",
            "Věra",
            "Alena",
            "Petra",
            "Zdeňka",
            "Michaela",
            "Radka",
            "Ivana",
            "Barbora",
            "Dagmar",
        ],
        [
            "Novák",
            "Svoboda",
            "Dvořák",
            "Černý",
            "Procházka",
            "Kučera",
            "Veselý",
            "Horák",
            "Němec",
            "Pokorný",
            "Marek",
            "Pospíšil",
            "Hájek",
            "Jelínek",
            "Král",
            "Růžička",
            "Beneš",
            "Fiala",
            "Sedláček",
            "Doležal",
            "Zeman",
            "Kolář",
            "Navrátil",
            "Čermák",
        ],
    ),
}


def cz_female(family: str) -> str:
    """The female form of a Czech family name (Novák -> Nováková, Černý -> Černá, Marek -> Marková)."""
    if family.endswith("ý"):
        return family[:-1] + "á"
    if family.endswith("ek"):
        return family[:-2] + "ková"
    if family.endswith("a"):
        return family[:-1] + "ová"
    return family + "ová"


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    males, females, lasts = NAMES[lang]
    last = g.rnd.choice(lasts)
    if lang == "cz" and female:
        last = cz_female(last)
    return g.rnd.choice(females if female else males), last


def whole(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def family(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[1]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first), plain(last)
    local = g.rnd.choice(
        [
            f"{a}.{b}",
            f"{a[0]}{b}",
            f"{a}{g.rnd.randint(1, 99)}",
            f"{b}.{a[0]}",
            f"{a}_{b}",
            f"{a}{b[0]}{g.rnd.randint(60, 99)}",
            f"{b}{a[:2]}",
        ]
    )
    return f"{local}@{g.rnd.choice(domains)}"


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(first)}.{plain(last)}@{domain}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first), plain(last)
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a[0]}{b[:5]}01"][style % 5]


#: personal e-mail domains by country
DOMAINS = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "charter.net", "att.net", "hotmail.com"],
    "ca": ["gmail.com", "rogers.com", "sympatico.ca", "hotmail.ca", "outlook.com", "icloud.com"],
    "gb": ["gmail.com", "hotmail.co.uk", "btinternet.com", "sky.com", "outlook.com", "yahoo.co.uk"],
    "au": ["gmail.com", "bigpond.com", "outlook.com", "icloud.com", "optusnet.com.au", "hotmail.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "icloud.com"],
    "nz": ["gmail.com", "xtra.co.nz", "outlook.co.nz", "hotmail.com", "slingshot.co.nz"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "freenet.de", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "wanadoo.fr"],
    "it": ["libero.it", "virgilio.it", "gmail.com", "alice.it", "hotmail.it", "tiscali.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.com", "home.nl", "outlook.com"],
    "cz": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com", "post.cz", "volny.cz"],
    "jp": ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp", "i.softbank.jp", "nifty.com"],
}


def email(g: Gen, lang: str) -> str:
    return email_of(g, *person(g, lang), DOMAINS[lang])


# -- Japanese names (kanji, katakana reading) --------------------------------------------------------------------------

JP_FAMILY = [
    ("佐藤", "サトウ"),
    ("鈴木", "スズキ"),
    ("高橋", "タカハシ"),
    ("田中", "タナカ"),
    ("伊藤", "イトウ"),
    ("渡辺", "ワタナベ"),
    ("山本", "ヤマモト"),
    ("中村", "ナカムラ"),
    ("小林", "コバヤシ"),
    ("加藤", "カトウ"),
    ("吉田", "ヨシダ"),
    ("山田", "ヤマダ"),
    ("松本", "マツモト"),
    ("井上", "イノウエ"),
    ("木村", "キムラ"),
    ("清水", "シミズ"),
    ("山崎", "ヤマザキ"),
    ("池田", "イケダ"),
    ("橋本", "ハシモト"),
    ("阿部", "アベ"),
    ("石川", "イシカワ"),
    ("前田", "マエダ"),
    ("藤田", "フジタ"),
    ("岡田", "オカダ"),
    ("後藤", "ゴトウ"),
    ("長谷川", "ハセガワ"),
    ("村上", "ムラカミ"),
    ("西村", "ニシムラ"),
    ("辻", "ツジ"),
    ("北川", "キタガワ"),
]
JP_MALE = [
    ("翔太", "ショウタ"),
    ("大輔", "ダイスケ"),
    ("健太", "ケンタ"),
    ("拓也", "タクヤ"),
    ("直樹", "ナオキ"),
    ("浩二", "コウジ"),
    ("誠", "マコト"),
    ("隆", "タカシ"),
    ("和也", "カズヤ"),
    ("悠斗", "ユウト"),
    ("亮", "リョウ"),
    ("修", "オサム"),
    ("哲也", "テツヤ"),
    ("剛", "ツヨシ"),
    ("雄一", "ユウイチ"),
]
JP_FEMALE = [
    ("陽子", "ヨウコ"),
    ("美咲", "ミサキ"),
    ("恵子", "ケイコ"),
    ("由美", "ユミ"),
    ("真由美", "マユミ"),
    ("愛", "アイ"),
    ("優子", "ユウコ"),
    ("久美子", "クミコ"),
    ("麻衣", "マイ"),
    ("彩", "アヤ"),
    ("直美", "ナオミ"),
    ("智子", "トモコ"),
    ("明美", "アケミ"),
    ("千尋", "チヒロ"),
    ("さくら", "サクラ"),
]


def jp_person(g: Gen, female: bool | None = None) -> tuple[str, str, str, str]:
    """(family kanji, given kanji, family kana, given kana)."""
    female = g.rnd.random() < 0.5 if female is None else female
    fam = g.rnd.choice(JP_FAMILY)
    giv = g.rnd.choice(JP_FEMALE if female else JP_MALE)
    return fam[0], giv[0], fam[1], giv[1]


# -- places (written for v56) ------------------------------------------------------------------------------------------

#: (US town, state, ZIP lead): Wisconsin, Iowa, Nebraska, Connecticut
US_CITIES = [
    ("Green Bay", "WI", "543"),
    ("Appleton", "WI", "549"),
    ("Oshkosh", "WI", "549"),
    ("Eau Claire", "WI", "547"),
    ("Wausau", "WI", "544"),
    ("La Crosse", "WI", "546"),
    ("Madison", "WI", "537"),
    ("Waukesha", "WI", "531"),
    ("Des Moines", "IA", "503"),
    ("Cedar Rapids", "IA", "524"),
    ("Davenport", "IA", "528"),
    ("Ankeny", "IA", "500"),
    ("Omaha", "NE", "681"),
    ("Lincoln", "NE", "685"),
    ("Hartford", "CT", "061"),
    ("New Britain", "CT", "060"),
    ("Norwich", "CT", "063"),
    ("Waterbury", "CT", "067"),
]
US_STREETS = [
    "N Lake St",
    "W College Ave",
    "Oneida St",
    "Butte des Morts Dr",
    "Schofield Ave",
    "Grand Ave",
    "Ingersoll Ave",
    "Beaver Ave",
    "1st Ave SE",
    "Dodge St",
    "Pacific St",
    "Farnam St",
    "Franklin Ave",
    "Wethersfield Ave",
    "Prairie Ridge Rd",
    "Cottonwood Ln",
    "Kettle Moraine Dr",
    "Maple Grove Rd",
]
#: (Ontario town, forward sortation areas)
CA_CITIES = [
    ("Toronto", ["M4C", "M5V", "M6P", "M1B"]),
    ("Mississauga", ["L5B", "L5M"]),
    ("Brampton", ["L6P", "L6Y"]),
    ("Hamilton", ["L8P", "L9C"]),
    ("Kitchener", ["N2G", "N2M"]),
    ("Waterloo", ["N2L", "N2J"]),
    ("London", ["N6A", "N5Y"]),
    ("Ottawa", ["K1N", "K2P", "K1S"]),
    ("Guelph", ["N1H", "N1E"]),
    ("Barrie", ["L4M", "L4N"]),
]
CA_STREETS = [
    "Danforth Ave",
    "Queen St E",
    "King St W",
    "Dundas St",
    "Erb St W",
    "Weber St N",
    "Richmond St",
    "Bank St",
    "Elgin St",
    "Main St E",
    "Bloor St W",
    "Yonge St",
    "Hurontario St",
    "Wellington Rd",
]
#: (English and Welsh town, county, outward codes)
GB_TOWNS = [
    ("Bristol", "Avon", ["BS1", "BS3", "BS5", "BS7", "BS16"]),
    ("Bath", "Somerset", ["BA1", "BA2"]),
    ("Swindon", "Wiltshire", ["SN1", "SN2", "SN25"]),
    ("Cardiff", "South Glamorgan", ["CF10", "CF14", "CF24"]),
    ("Exeter", "Devon", ["EX1", "EX2", "EX4"]),
    ("Gloucester", "Gloucestershire", ["GL1", "GL2", "GL4"]),
    ("Cheltenham", "Gloucestershire", ["GL50", "GL51", "GL52"]),
    ("Taunton", "Somerset", ["TA1", "TA2"]),
    ("Newport", "Gwent", ["NP19", "NP20"]),
    ("Plymouth", "Devon", ["PL1", "PL4", "PL6"]),
]
GB_STREETS = [
    "Gloucester Road",
    "Coronation Road",
    "Whiteladies Road",
    "Wells Road",
    "Church Lane",
    "Station Road",
    "Mill Lane",
    "Victoria Street",
    "Albany Road",
    "Heol y Coed",
    "Ferndale Avenue",
    "Orchard Close",
    "The Crescent",
    "Kingsway",
    "Cathays Terrace",
    "Rodney Place",
]
#: (Australian suburb, postcode, state)
AU_SUBURBS = [
    ("Parramatta", "2150", "NSW"),
    ("Chatswood", "2067", "NSW"),
    ("Newtown", "2042", "NSW"),
    ("Penrith", "2750", "NSW"),
    ("Newcastle", "2300", "NSW"),
    ("Wollongong", "2500", "NSW"),
    ("Fortitude Valley", "4006", "QLD"),
    ("Chermside", "4032", "QLD"),
    ("Southport", "4215", "QLD"),
    ("Toowoomba", "4350", "QLD"),
    ("Brunswick", "3056", "VIC"),
    ("Geelong", "3220", "VIC"),
    ("Glenelg", "5045", "SA"),
    ("Fremantle", "6160", "WA"),
    ("Belconnen", "2617", "ACT"),
]
#: (Irish town, county, Eircode routing key)
IE_TOWNS = [
    ("Dublin 6", "Dublin", "D06"),
    ("Dublin 15", "Dublin", "D15"),
    ("Dublin 9", "Dublin", "D09"),
    ("Swords", "Dublin", "K67"),
    ("Naas", "Kildare", "W91"),
    ("Cork", "Cork", "T12"),
    ("Ballincollig", "Cork", "P31"),
    ("Galway", "Galway", "H91"),
    ("Limerick", "Limerick", "V94"),
    ("Kilkenny", "Kilkenny", "R95"),
    ("Athlone", "Westmeath", "N37"),
    ("Drogheda", "Louth", "A92"),
    ("Tralee", "Kerry", "V92"),
    ("Sligo", "Sligo", "F91"),
]
IE_STREETS = [
    "Main Street",
    "Church Road",
    "Castle Avenue",
    "Ard na Gréine",
    "Bóthar na Trá",
    "The Paddocks",
    "Willow Park",
    "Hazel Grove",
    "Oakwood Drive",
    "St Brendan's Terrace",
    "Ashgrove Court",
    "Cnoc na Sí",
]
EIRCODE_CHARS = "0123456789ACDEFHKNPRTVWXY"
#: (Canterbury suburb or town, postcode)
NZ_SUBURBS = [
    ("Riccarton", "8041"),
    ("Sumner", "8081"),
    ("Papanui", "8053"),
    ("Halswell", "8025"),
    ("Hornby", "8042"),
    ("Woolston", "8062"),
    ("St Albans", "8014"),
    ("Cashmere", "8022"),
    ("Rangiora", "7400"),
    ("Rolleston", "7614"),
    ("Kaiapoi", "7630"),
    ("Lincoln", "7608"),
    ("Linwood", "8062"),
    ("Burnside", "8053"),
    ("New Brighton", "8061"),
]
NZ_STREETS = [
    "Riccarton Road",
    "Papanui Road",
    "Cashel Street",
    "Ferry Road",
    "Main North Road",
    "Hoon Hay Road",
    "Marine Parade",
    "Waimairi Road",
    "Kotare Street",
    "Te Awa Place",
    "Kowhai Lane",
    "Harakeke Street",
]
#: (Italian comune, province, CAP, cadastral code): Campania and Puglia
IT_COMUNI = [
    ("Napoli", "NA", "80134", "F839"),
    ("Pozzuoli", "NA", "80078", "G964"),
    ("Torre del Greco", "NA", "80059", "L259"),
    ("Salerno", "SA", "84121", "H703"),
    ("Caserta", "CE", "81100", "B963"),
    ("Avellino", "AV", "83100", "A509"),
    ("Benevento", "BN", "82100", "A783"),
    ("Bari", "BA", "70121", "A662"),
    ("Altamura", "BA", "70022", "A225"),
    ("Molfetta", "BA", "70056", "F284"),
    ("Foggia", "FG", "71121", "D643"),
    ("Taranto", "TA", "74121", "L049"),
]
IT_STREETS = [
    "Via Toledo",
    "Corso Umberto I",
    "Via Roma",
    "Via Sparano da Bari",
    "Corso Cavour",
    "Via Posillipo",
    "Via Nazionale",
    "Viale della Repubblica",
    "Via Vittorio Veneto",
    "Traversa Marconi",
    "Via Santa Lucia",
]
#: (German town, postcode leads)
DE_TOWNS = [
    ("Leipzig", ["04103", "04177", "04229", "04315", "04357"]),
    ("Halle (Saale)", ["06108", "06110", "06128"]),
    ("Dresden", ["01067", "01099", "01309"]),
    ("Chemnitz", ["09111", "09126"]),
    ("Magdeburg", ["39104", "39112"]),
    ("Hannover", ["30159", "30169", "30451", "30659"]),
    ("Braunschweig", ["38100", "38118"]),
    ("Markkleeberg", ["04416"]),
    ("Taucha", ["04425"]),
    ("Delitzsch", ["04509"]),
]
DE_STREETS = [
    "Karl-Liebknecht-Str.",
    "Georg-Schwarz-Str.",
    "Eisenbahnstraße",
    "Lindenauer Markt",
    "Bahnhofstraße",
    "Lützner Str.",
    "Am Wasserturm",
    "Birkenweg",
    "Hauptstraße",
    "Königsallee",
    "Zschochersche Str.",
    "Lister Meile",
]
#: (French commune, département, postcodes)
FR_COMMUNES = [
    ("Nantes", "44", ["44000", "44100", "44200", "44300"]),
    ("Saint-Nazaire", "44", ["44600"]),
    ("Rezé", "44", ["44400"]),
    ("Angers", "49", ["49000", "49100"]),
    ("Cholet", "49", ["49300"]),
    ("Rennes", "35", ["35000", "35200", "35700"]),
    ("La Roche-sur-Yon", "85", ["85000"]),
    ("Vannes", "56", ["56000"]),
    ("Le Mans", "72", ["72000", "72100"]),
    ("Quimper", "29", ["29000"]),
]
FR_STREETS = [
    "rue Crébillon",
    "boulevard Guist'hau",
    "rue de Strasbourg",
    "avenue de la Gare",
    "rue du Calvaire",
    "chemin des Vignes",
    "allée des Tilleuls",
    "rue Saint-Melaine",
    "quai de la Fosse",
    "impasse des Lilas",
    "place du Marché",
    "rue Jean Jaurès",
]
#: (Twente town, postcode range)
NL_TOWNS = [
    ("Enschede", 7511, 7548),
    ("Hengelo", 7550, 7559),
    ("Almelo", 7601, 7609),
    ("Oldenzaal", 7571, 7577),
    ("Borne", 7621, 7622),
    ("Haaksbergen", 7481, 7483),
    ("Rijssen", 7461, 7463),
    ("Losser", 7581, 7582),
    ("Tubbergen", 7651, 7651),
    ("Goor", 7471, 7472),
]
NL_STREETS = [
    "Hengelosestraat",
    "Oldenzaalsestraat",
    "Deurningerstraat",
    "Molenstraat",
    "Kerkstraat",
    "Esweg",
    "Haaksbergerstraat",
    "Wierdensestraat",
    "Boddenkampstraat",
    "Lansinkweg",
    "Het Wooldrik",
    "Bornsestraat",
]
NL_POSTCODE_LETTERS = "ABCEGHJKLMNPRTVWXZ"
#: (Czech obec, PSČ, kraj)
CZ_OBCE = [
    ("Brno", "602 00", "Jihomoravský"),
    ("Brno", "612 00", "Jihomoravský"),
    ("Brno", "615 00", "Jihomoravský"),
    ("Brno", "625 00", "Jihomoravský"),
    ("Blansko", "678 01", "Jihomoravský"),
    ("Vyškov", "682 01", "Jihomoravský"),
    ("Znojmo", "669 02", "Jihomoravský"),
    ("Břeclav", "690 02", "Jihomoravský"),
    ("Hodonín", "695 01", "Jihomoravský"),
    ("Jihlava", "586 01", "Vysočina"),
    ("Třebíč", "674 01", "Vysočina"),
    ("Olomouc", "779 00", "Olomoucký"),
    ("Prostějov", "796 01", "Olomoucký"),
    ("Zlín", "760 01", "Zlínský"),
    ("Kroměříž", "767 01", "Zlínský"),
]
CZ_STREETS = [
    "Lidická",
    "Cejl",
    "Kounicova",
    "Palackého třída",
    "Vídeňská",
    "Masarykova",
    "Nádražní",
    "Husova",
    "Komenského",
    "Jihlavská",
    "Zahradní",
    "Školní",
]
#: (prefecture, city and ward, postcode lead): Osaka, Hyogo, Kyoto, Nara
JP_PLACES = [
    ("大阪府", "大阪市北区", "530"),
    ("大阪府", "大阪市天王寺区", "543"),
    ("大阪府", "豊中市", "560"),
    ("大阪府", "吹田市", "564"),
    ("大阪府", "堺市堺区", "590"),
    ("大阪府", "枚方市", "573"),
    ("兵庫県", "神戸市中央区", "650"),
    ("兵庫県", "西宮市", "662"),
    ("兵庫県", "尼崎市", "660"),
    ("京都府", "京都市左京区", "606"),
    ("京都府", "宇治市", "611"),
    ("奈良県", "奈良市", "630"),
]
JP_TOWNS = [
    "梅田",
    "天神橋",
    "上本町",
    "新千里東町",
    "江坂町",
    "南花田町",
    "三宮町",
    "甲子園口",
    "塚口町",
    "北白川",
    "宇治壱番",
    "三条大路",
]
JP_BUILDINGS = ["", "", "", "グランメゾン", "コーポ", "サンハイツ", "レジデンス"]


def us_place(g: Gen) -> tuple[str, str, str]:
    return g.rnd.choice(US_CITIES)


def us_zip(g: Gen, lead: str, plus4: float = 0.0) -> str:
    z = lead + g.digits(2)
    return f"{z}-{g.digits(4)}" if g.rnd.random() < plus4 else z


def us_street(g: Gen) -> str:
    n = g.rnd.randint(101, 12999)
    s = g.rnd.choice(US_STREETS)
    return g.rnd.choice(
        [
            f"{n} {s}",
            f"{n} {s}",
            f"{n} {s} Apt {g.rnd.randint(1, 24)}",
            (f"N{g.rnd.randint(10, 99)}W{g.rnd.randint(1000, 9999)} {s}"),
        ]
    )


def ca_postal(g: Gen, fsas: list[str]) -> str:
    return f"{g.rnd.choice(fsas)} {g.rnd.randint(0, 9)}{g.rnd.choice('ABCEGHJKLMNPRSTVWXYZ')}{g.rnd.randint(0, 9)}"


def ca_street(g: Gen) -> str:
    unit = g.rnd.choice(["", "", "", f"{g.rnd.randint(101, 2406)}-"])
    return f"{unit}{g.rnd.randint(12, 3999)} {g.rnd.choice(CA_STREETS)}"


def gb_postcode(g: Gen, outwards: list[str]) -> str:
    return f"{g.rnd.choice(outwards)} {g.rnd.randint(1, 9)}{g.digits(2, 'ABDEFGHJLNPQRSTUWXYZ')}"


def gb_street(g: Gen) -> str:
    return g.rnd.choice(
        [
            f"{g.rnd.randint(1, 240)} {g.rnd.choice(GB_STREETS)}",
            f"Flat {g.rnd.randint(1, 12)}, {g.rnd.randint(1, 90)} {g.rnd.choice(GB_STREETS)}",
            (
                f"{g.rnd.choice(['Rose Cottage', 'The Old Forge', 'Ty Gwyn', 'Holly House'])}, "
                f"{g.rnd.choice(GB_STREETS)}"
            ),
        ]
    )


def au_street(g: Gen) -> str:
    road = g.rnd.choice(
        [
            "Church St",
            "Victoria Rd",
            "Station St",
            "Beach Rd",
            "Marine Pde",
            "Bay St",
            "Ocean View Dr",
            "Wattle Ave",
            "Jacaranda Cres",
            "Bottlebrush Ct",
        ]
    )
    return g.rnd.choice(
        [
            f"{g.rnd.randint(1, 300)} {road}",
            f"{g.rnd.randint(1, 40)}/{g.rnd.randint(1, 200)} {road}",
            f"Unit {g.rnd.randint(1, 30)} {g.rnd.randint(1, 120)} {road}",
        ]
    )


def eircode(g: Gen, key: str) -> str:
    return f"{key} {g.rnd.choice('ACDEFHKNPRTVWXY')}{g.digits(3, EIRCODE_CHARS)}"


def ie_street(g: Gen) -> str:
    return g.rnd.choice(
        [
            f"{g.rnd.randint(1, 140)} {g.rnd.choice(IE_STREETS)}",
            f"Apt {g.rnd.randint(1, 60)}, {g.rnd.choice(['Block A', 'Block C', 'The Maltings'])}",
            f"{g.rnd.choice(['Tigh na Coille', 'Rosemount', 'Glenview House', 'Cois Abhann'])}",
        ]
    )


def nz_street(g: Gen) -> str:
    return g.rnd.choice(
        [
            f"{g.rnd.randint(1, 400)} {g.rnd.choice(NZ_STREETS)}",
            f"{g.rnd.randint(1, 12)}/{g.rnd.randint(1, 180)} {g.rnd.choice(NZ_STREETS)}",
            f"{g.rnd.randint(1, 90)}{g.rnd.choice('AB')} {g.rnd.choice(NZ_STREETS)}",
        ]
    )


def it_street(g: Gen) -> str:
    return f"{g.rnd.choice(IT_STREETS)} {g.rnd.randint(1, 250)}" + g.rnd.choice(["", "", " sc. B", "/A", " int. 7"])


def de_street_parts(g: Gen) -> tuple[str, str]:
    return g.rnd.choice(DE_STREETS), str(g.rnd.randint(1, 140)) + g.rnd.choice(["", "", "", "a", "b"])


def fr_street(g: Gen) -> str:
    return f"{g.rnd.randint(1, 180)}{g.rnd.choice(['', '', ' bis', ' ter'])} {g.rnd.choice(FR_STREETS)}"


def nl_postcode(g: Gen, lo: int, hi: int) -> str:
    return f"{g.rnd.randint(lo, hi)} {g.digits(2, NL_POSTCODE_LETTERS)}"


def cz_street(g: Gen) -> str:
    return f"{g.rnd.choice(CZ_STREETS)} {g.rnd.randint(100, 3999)}/{g.rnd.randint(1, 120)}"


def jp_address(g: Gen, place: tuple[str, str, str]) -> str:
    building = g.rnd.choice(JP_BUILDINGS)
    room = f" {building}{g.rnd.randint(1, 12)}0{g.rnd.randint(1, 9)}" if building else ""
    return (
        f"{place[0]}{place[1]}{g.rnd.choice(JP_TOWNS)}{g.rnd.randint(1, 5)}-{g.rnd.randint(1, 30)}-"
        f"{g.rnd.randint(1, 25)}{room}"
    )


def jp_postcode(g: Gen, lead: str) -> str:
    return f"{lead}-{g.digits(4)}"


# -- identifiers of persons (python-stdnum, or a published rule written out) -------------------------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 665):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}"

    number = g.valid(make, _ssn.is_valid)
    return number if dashed else number.replace("-", "")


MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"


def us_mbi(g: Gen) -> str:
    """A Medicare Beneficiary Identifier (CMS layout ``C A AN N A AN N A A N N``; no check digit)."""
    alnum = MBI_LETTERS + string.digits
    parts = [
        g.rnd.choice("123456789"),
        g.rnd.choice(MBI_LETTERS),
        g.rnd.choice(alnum),
        g.rnd.choice(string.digits),
        g.rnd.choice(MBI_LETTERS),
        g.rnd.choice(alnum),
        g.rnd.choice(string.digits),
        g.rnd.choice(MBI_LETTERS),
        g.rnd.choice(MBI_LETTERS),
        g.rnd.choice(string.digits),
        g.rnd.choice(string.digits),
    ]
    text = "".join(parts)
    return text if g.rnd.random() < 0.7 else f"{text[:4]}-{text[4:7]}-{text[7:]}"


def soundex(name: str) -> str:
    """American Soundex of a family name (the first four characters of a Wisconsin driving-licence number)."""
    letters = [ch for ch in fold(name).upper() if ch.isalpha()]
    codes = {
        **dict.fromkeys("BFPV", "1"),
        **dict.fromkeys("CGJKQSXZ", "2"),
        **dict.fromkeys("DT", "3"),
        "L": "4",
        **dict.fromkeys("MN", "5"),
        "R": "6",
    }
    out, last = letters[0], codes.get(letters[0], "")
    for ch in letters[1:]:
        code = codes.get(ch, "")
        if code and code != last:
            out += code
        if ch not in "HW":
            last = code
    return (out + "000")[:4]


def wi_licence(g: Gen, last: str) -> str:
    """A Wisconsin driving-licence number: the family name's Soundex, then ten digits (``S530-4128-7765-09``)."""
    body = soundex(last) + g.digits(10)
    return f"{body[:4]}-{body[4:8]}-{body[8:12]}-{body[12:]}" if g.rnd.random() < 0.6 else body


def ca_sin(g: Gen) -> str:
    def make() -> str:
        body = g.rnd.choice("1234567") + g.digits(7)
        return body + luhn.calc_check_digit(body)

    number = g.valid(make, _sin.is_valid)
    return number if g.rnd.random() < 0.5 else f"{number[:3]} {number[3:6]} {number[6:]}"


def ie_ppsn(g: Gen) -> str:
    """An Irish PPS number (check letter: python-stdnum; a few with the 2013 second letter ``A``)."""
    body = g.digits(7)
    if g.rnd.random() < 0.2:
        number = body + _ievat.calc_check_digit(body + "A") + "A"
    else:
        number = body + _ievat.calc_check_digit(body)
    assert _pps.is_valid(number)
    return number


def it_cf_part(text: str, given_name: bool) -> str:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vows = [ch for ch in letters if ch in "AEIOU"]
    if given_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return "".join((cons + vows + ["X", "X", "X"])[:3])


def it_codice_fiscale(first: str, last: str, born: date, female: bool, comune: str) -> str:
    """An Italian codice fiscale encoding the name, the birth date and the comune (check letter: python-stdnum)."""
    day = born.day + (40 if female else 0)
    body = (
        it_cf_part(last, False)
        + it_cf_part(first, True)
        + f"{born.year % 100:02d}"
        + "ABCDEHLMPRST"[born.month - 1]
        + f"{day:02d}"
        + comune
    )
    number = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(number)
    return number


def it_patente(g: Gen, prov: str) -> str:
    """An Italian driving-licence number in the older provincial shape (``NA1234567X``); no public check digit."""
    return f"{prov}{g.digits(7)}{g.rnd.choice('ABCDEFGHLMNPRSTUVZ')}"


def de_idnr(g: Gen) -> str:
    """A German tax identification number (one digit repeated, ISO 7064 mod 11,10; python-stdnum checks it)."""

    def make() -> str:
        digits = g.rnd.sample("0123456789", 9)
        while digits[0] == "0":
            g.rnd.shuffle(digits)
        digits.insert(g.rnd.randint(1, 9), g.rnd.choice(digits))
        body = "".join(digits)
        return body + _mod_11_10.calc_check_digit(body)

    number = g.valid(make, _idnr.is_valid)
    return number if g.rnd.random() < 0.7 else f"{number[:2]} {number[2:5]} {number[5:8]} {number[8:]}"


RVNR_WEIGHTS = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)


def rvnr_check(body: str) -> str:
    """The check digit of a German pension-insurance number (Versicherungsnummer): the letter as its two-digit place
    in the alphabet, weights 2,1,2,5,7,1,2,1,2,1,2,1, digit sums of the products added, modulo 10."""
    digits = body[:8] + f"{ord(body[8]) - 64:02d}" + body[9:11]
    return str(sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, RVNR_WEIGHTS)) % 10)


def de_rvnr(g: Gen, born: date, birth_family: str, female: bool, area: str | None = None) -> str:
    """A German social-insurance number: area, birth date ``DDMMYY``, the birth name's initial, a serial (50-99 for
    women) and the check digit."""
    area = area or g.rnd.choice(["12", "13", "15", "18", "25", "26", "28", "65", "66"])
    initial = fold(birth_family).upper()[0]
    serial = g.rnd.randint(50, 99) if female else g.rnd.randint(0, 49)
    body = f"{area}{born.strftime('%d%m%y')}{initial}{serial:02d}"
    return body + rvnr_check(body)


def cz_rodne_cislo(g: Gen, born: date, female: bool) -> str:
    """A Czech birth number encoding ``born`` and the sex (python-stdnum checks it)."""
    month = born.month + (50 if female else 0)

    def make() -> str:
        body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}"
        check = int(body) % 11
        return body + str(check % 10) if check != 10 else ""

    number = g.valid(make, lambda x: bool(x) and _rc.is_valid(x))
    return f"{number[:6]}/{number[6:]}" if g.rnd.random() < 0.75 else number


def nl_bsn(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("1236") + g.digits(8), _bsn.is_valid)


def fr_numero_fiscal(g: Gen) -> str:
    """A French numéro fiscal (SPI, 13 digits, the last three ``first ten mod 511``; python-stdnum checks it)."""
    body = g.rnd.choice("0123") + g.digits(9)
    number = body + _nif.calc_check_digits(body)
    assert _nif.is_valid(number)
    return number if g.rnd.random() < 0.6 else f"{number[:2]} {number[2:4]} {number[4:7]} {number[7:10]} {number[10:]}"


def jp_my_number(g: Gen) -> str:
    body = g.rnd.choice("123456789") + g.digits(10)
    number = body + _mynumber.calc_check_digit(body)
    assert _mynumber.is_valid(number)
    return number if g.rnd.random() < 0.6 else f"{number[:4]} {number[4:8]} {number[8:]}"


def jp_pension_number(g: Gen) -> str:
    """A Japanese basic pension number (基礎年金番号: four digits, a hyphen, six digits; no public check digit)."""
    return f"{g.rnd.choice(['1', '2', '4', '5', '6', '7', '8'])}{g.digits(3)}-{g.digits(6)}"


# -- bank identifiers --------------------------------------------------------------------------------------------------


def card(g: Gen) -> str:
    prefix, length = g.rnd.choice([("4", 16), ("53", 16), ("2221", 16), ("37", 15), ("4", 16)])
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


#: BBAN layouts (9 a digit, A a letter); python-stdnum checks the result
BBAN = {
    "IE": ["AIBK93", "BOFI90", "IPBS99", "ULSB98"],
    "IT": ["A", "0306", "0538", "0101", "0103"],
    "DE": ["86055592", "86050200", "80053762", "25050180", "81053272", "86070024"],
    "FR": ["30004", "10278", "14445", "16606", "20041"],
    "NL": ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB"],
    "CZ": ["0800", "0100", "0300", "2010", "0600", "5500"],
}


def _fr_rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def _bban(g: Gen, country: str) -> str:
    heads = BBAN[country]
    if country == "IE":
        return g.rnd.choice(heads)[:4] + g.rnd.choice(heads)[4:] + g.digits(4) + g.digits(8)
    if country == "IT":
        return g.rnd.choice(string.ascii_uppercase) + g.rnd.choice(heads[1:]) + g.digits(1) + g.digits(5) + g.digits(12)
    if country == "DE":
        return g.rnd.choice(heads) + g.digits(10)
    if country == "FR":
        bank, branch, account = g.rnd.choice(heads), g.digits(5), g.digits(11)
        return bank + branch + account + _fr_rib_key(bank, branch, account)
    if country == "NL":
        return g.rnd.choice(heads) + g.digits(10)
    account = g.digits(8, "123456789") + g.digits(2)
    return g.rnd.choice(heads) + "000000" + account


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, national checks retried, python-stdnum checks it)."""

    def make() -> str:
        bban = _bban(g, country)
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4)) if spaced else number


NZ_BRANCHES = ["12-3140", "02-0800", "38-9000", "01-0102", "01-0141", "12-3200", "06-0801"]


def nz_bank_account(g: Gen) -> str:
    """A New Zealand bank account ``BB-bbbb-AAAAAAA-SSS`` (python-stdnum's branch register and checksum)."""

    def make() -> str:
        return f"{g.rnd.choice(NZ_BRANCHES)}-{g.digits(7)}-{g.rnd.choice(['000', '000', '001', '002', '025'])}"

    return g.valid(make, _nzbank.is_valid)


def us_routing(g: Gen) -> str:
    body = g.rnd.choice(["0719", "0739", "1040", "0211", "0750", "0412"]) + g.digits(4)
    number = body + _rtn.calc_check_digit(body)
    assert _rtn.is_valid(number)
    return number


# -- identifiers of businesses, funds and vehicles (decoys) ------------------------------------------------------------


VIN_VALUES = {
    **{str(d): d for d in range(10)},
    "A": 1,
    "B": 2,
    "C": 3,
    "D": 4,
    "E": 5,
    "F": 6,
    "G": 7,
    "H": 8,
    "J": 1,
    "K": 2,
    "L": 3,
    "M": 4,
    "N": 5,
    "P": 7,
    "R": 9,
    "S": 2,
    "T": 3,
    "U": 4,
    "V": 5,
    "W": 6,
    "X": 7,
    "Y": 8,
    "Z": 9,
}
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_check(vin: str) -> str:
    """The ISO 3779 / North American check character (position 9) of a VIN."""
    total = sum(VIN_VALUES[ch] * w for ch, w in zip(vin, VIN_WEIGHTS)) % 11
    return "X" if total == 10 else str(total)


def vin(g: Gen, wmis: list[str]) -> str:
    """A VIN with a real maker prefix (WMI) and a valid check character."""
    body = g.rnd.choice(wmis) + g.digits(5, VIN_CHARS) + "0" + g.rnd.choice("KLMNPRS") + g.digits(7, VIN_CHARS)
    return body[:8] + vin_check(body) + body[9:]


US_WMIS = ["1HG", "1FT", "2T1", "1G1", "5YJ", "3VW", "JTD", "KM8", "1C4", "4T1"]
EU_WMIS = ["ZFA", "ZAR", "WVW", "WBA", "VF1", "VF3", "TMB", "ZAP", "WF0", "JTD"]


def it_targa(g: Gen) -> str:
    letters = "ABCDEFGHJKLMNPRSTVWXYZ"
    return f"{g.rnd.choice('BCDEFG')}{g.rnd.choice(letters)}{g.digits(3)}{g.digits(2, letters)}"


def us_plate(g: Gen) -> str:
    return g.rnd.choice([g.code("AAA-9999"), g.code("999-AAA"), g.code("9AAA99")])


def isin(g: Gen, country: str) -> str:
    body = country + g.digits(9)
    number = body + _isin.calc_check_digit(body)
    assert _isin.is_valid(number)
    return number


def lei(g: Gen) -> str:
    """An ISO 17442 legal entity identifier (two check digits, ISO 7064 mod 97-10; python-stdnum checks it)."""
    body = g.code("9999") + "00" + g.code("ZZZZZZZZZZZZ")
    number = body + _mod_97_10.calc_check_digits(body)
    assert _lei.is_valid(number)
    return number


def gb_vat(g: Gen) -> str:
    return g.valid(lambda: "GB" + g.rnd.choice("123456789") + g.digits(8), _gbvat.is_valid)


def au_abn(g: Gen) -> str:
    body = g.digits(9)
    number = _abn.calc_check_digits(body) + body
    assert _abn.is_valid(number)
    return f"{number[:2]} {number[2:5]} {number[5:8]} {number[8:]}"


def it_piva(g: Gen) -> str:
    body = g.digits(7) + g.rnd.choice(["063", "072", "065", "061"])
    number = body + luhn.calc_check_digit(body)
    assert _iva.is_valid(number)
    return number


def cz_ico(g: Gen) -> str:
    """A Czech company number (IČO, 8 digits, weights 8..2 modulo 11; python-stdnum's DIČ check of legal entities)."""
    body = g.rnd.choice("12456") + g.digits(6)
    number = body + _dic.calc_check_digit_legal(body)
    assert _dic.is_valid(number)
    return number


def jp_corporate_number(g: Gen) -> str:
    body = g.rnd.choice("1234567") + g.digits(11)
    number = _jpcn.calc_check_digit(body) + body
    assert _jpcn.is_valid(number)
    return number


def us_ein(g: Gen) -> str:
    return f"{g.rnd.choice(['39', '42', '47', '06', '20', '27', '45'])}-{g.digits(7)}"


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)
