"""Values of held-out set v71 (:mod:`benchmarks.classification.heldout_v71`): v71's random source, names, streets,
towns and postal codes written by hand for v71 (no Faker, no list of real people), phones checked with phonenumbers
and identifiers with check digits computed and checked with python-stdnum.

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
from stdnum import ean, luhn
from stdnum import iban as _iban
from stdnum.ca import sin as _sin
from stdnum.de import idnr as _idnr
from stdnum.dk import cpr as _cpr
from stdnum.es import cif as _cif
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.fr import siren as _siren
from stdnum.ie import pps as _pps
from stdnum.ie import vat as _ievat
from stdnum.iso7064 import mod_11_10
from stdnum.it import codicefiscale as _cf
from stdnum.nl import bsn as _bsn
from stdnum.pl import pesel as _pesel
from stdnum.us import rtn as _rtn
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 71_509_2026
N = "none"
#: a login or public display handle (review, as in v5 to v68)
USERNAME = "unclassified"
#: NULL-like strings of v71's systems (tests skip them; padding is stripped first)
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
    "?",
    "*",
    "00000000",
    "0000000",
    "000000000",
    "brak",
    "ingen",
    "néant",
    "nessuno",
    "ninguno",
    "geen",
    "keine",
    "N.D.",
    "S/D",
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return (
        "".join(ch for ch in text if not unicodedata.combining(ch))
        .replace("ß", "ss")
        .replace("ł", "l")
        .replace("ø", "o")
        .replace("æ", "ae")
        .replace("å", "a")
        .replace("'", "")
    )


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v71:{SEED}:{table}")

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
        first = self.rnd.choice([31, 37, 46, 62, 78, 81, 86, 89, 109, 147, 176, 188, 212, 213])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2a00", "2a01", "2a02", "2a05", "2001"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True, areas: list[str] | None = None) -> str:
        """A valid phone of ``region`` (NANP numbers use ``areas``) in ``fmt``: ``e164``, ``intl``, ``national``,
        ``digits`` (the national digits), ``dashes`` or ``dots`` (NANP only)."""
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        keep = max(len(nsn) - 6, 1)

        def make() -> str:
            if areas:
                return self.rnd.choice(areas) + str(self.rnd.randint(2, 9)) + self.digits(6)
            return nsn[:keep] + self.digits(len(nsn) - keep)

        def ok(candidate: str) -> bool:
            return phonenumbers.is_valid_number(phonenumbers.parse(f"+{example.country_code}{candidate}"))

        number = phonenumbers.parse(f"+{example.country_code}{self.valid(make, ok)}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        d = "".join(ch for ch in national if ch.isdigit())
        if fmt == "digits":
            return d
        if fmt == "dashes" and areas:
            return f"{d[:3]}-{d[3:6]}-{d[6:]}"
        if fmt == "dots" and areas:
            return f"{d[:3]}.{d[3:6]}.{d[6:]}"
        return national

    def phones(
        self,
        region: str,
        formats: dict[str, float],
        mobile: float = 1.0,
        null: float = 0.0,
        areas: list[str] | None = None,
    ) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(
            lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile, areas), null
        )

    def phone_int(self, region: str, areas: list[str] | None = None, zero: float = 0.0, mobile: float = 0.5) -> int:
        """A phone kept as a number (its national digits; 0 for missing with probability ``zero``)."""
        if self.rnd.random() < zero:
            return 0
        return int(self.phone(region, "digits", self.rnd.random() < mobile, areas))


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


def pad(value: Any, width: int) -> str:
    """A fixed-width CHAR value: ``value`` cut to ``width`` and padded with blanks (NULL and '' become blanks)."""
    return ("" if value is None else str(value))[:width].ljust(width)


def ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def cyymmdd(d: date | None) -> int:
    """IBM's ``CYYMMDD``: century digit 0 for 19xx, 1 for 20xx."""
    return 0 if d is None else (d.year // 100 - 19) * 1_000_000 + (d.year % 100) * 10_000 + d.month * 100 + d.day


def julian(d: date | None, digits: int = 5) -> int:
    """``YYDDD`` (5 digits) or ``YYYYDDD`` (7 digits)."""
    if d is None:
        return 0
    yday = d.timetuple().tm_yday
    return (d.year % 100) * 1_000 + yday if digits == 5 else d.year * 1_000 + yday


# -- names (written for v71) -------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (
        [
            "Boyd",
            "Clayton",
            "Darrell",
            "Everett",
            "Harlan",
            "Jody",
            "Kermit",
            "Lonnie",
            "Merle",
            "Russell",
            "Travis",
            "Wendell",
            "Dalton",
            "Colby",
            "Rhett",
            "Javier",
            "Tobias",
            "Marquise",
            "Dustin",
            "Quentin",
            "Thibodeaux",
            "Emile",
            "Beau",
            "Cade",
        ],
        [
            "Bobbie",
            "Charlene",
            "Darla",
            "Earlene",
            "Faye",
            "Georgina",
            "Jolene",
            "Kaylee",
            "Lurleen",
            "Maxine",
            "Nadine",
            "Oleta",
            "Raelynn",
            "Shawna",
            "Trudy",
            "Vernice",
            "Yesenia",
            "Brianna",
            "Celestine",
            "Delphia",
            "Evangeline",
            "Marguerite",
            "Odile",
            "Ruthie",
        ],
        [
            "Arbogast",
            "Blankenship",
            "Cokeley",
            "Dingess",
            "Fairchild",
            "Hatfield",
            "Kincaid",
            "Lusk",
            "McCoy",
            "Nutter",
            "Pauley",
            "Queen",
            "Riffle",
            "Shrewsbury",
            "Toler",
            "Varney",
            "Wolfe",
            "Boudreaux",
            "Fontenot",
            "Guidry",
            "Hebert",
            "LeBlanc",
            "Melancon",
            "Robichaux",
            "Thibodeaux",
            "Arceneaux",
            "Gutierrez",
            "Okafor",
            "Nguyen",
            "Delgado",
            "Washington",
            "Pruitt",
            "Stroud",
            "Yoder",
        ],
    ),
    "ie": (
        [
            "Aodhán",
            "Cathal",
            "Colm",
            "Declan",
            "Eoin",
            "Fionn",
            "Kieran",
            "Oisín",
            "Pádraig",
            "Rónán",
            "Tadhg",
            "Ultan",
            "Dara",
            "Fergal",
            "Cormac",
            "Donnacha",
        ],
        [
            "Aoife",
            "Bríd",
            "Caoimhe",
            "Deirbhile",
            "Éabha",
            "Gráinne",
            "Máiréad",
            "Niamh",
            "Orlaith",
            "Róisín",
            "Saoirse",
            "Sinéad",
            "Clodagh",
            "Nuala",
            "Treasa",
            "Áine",
        ],
        [
            "Ó Briain",
            "Mac Mathúna",
            "Considine",
            "Crowe",
            "Flanagan",
            "Hehir",
            "Keane",
            "Killeen",
            "Lynch",
            "McInerney",
            "McNamara",
            "Moloney",
            "O'Dea",
            "O'Halloran",
            "O'Loughlin",
            "Tuttle",
            "Shannon",
            "Kelleher",
            "Nagle",
            "Cusack",
            "Garvey",
            "Markham",
        ],
    ),
    "nz": (
        [
            "Aperahama",
            "Hemi",
            "Manaia",
            "Nikau",
            "Rawiri",
            "Tama",
            "Wiremu",
            "Angus",
            "Brodie",
            "Campbell",
            "Fraser",
            "Hamish",
            "Lachlan",
            "Ngaio",
            "Sione",
            "Tevita",
        ],
        [
            "Aroha",
            "Hinemoa",
            "Kiri",
            "Mere",
            "Ngaire",
            "Rangi",
            "Tui",
            "Ainsley",
            "Bridie",
            "Georgia",
            "Isla",
            "Kirsty",
            "Maisie",
            "Paige",
            "Losana",
            "Mele",
        ],
        [
            "Tamihana",
            "Parata",
            "Te Whata",
            "Ngata",
            "Rangihuna",
            "Tipene",
            "Burrows",
            "Dalgety",
            "Fergusson",
            "Gillespie",
            "McKenzie",
            "Murdoch",
            "Rutherford",
            "Sinclair",
            "Tuilagi",
            "Fifita",
            "Van der Berg",
            "Kingi",
            "Whaanga",
            "Pomare",
        ],
    ),
    "ca": (
        [
            "Amarjit",
            "Baldev",
            "Chinedu",
            "Darnell",
            "Emeka",
            "Farid",
            "Gurdeep",
            "Hamza",
            "Ifeanyi",
            "Jamal",
            "Kofi",
            "Luis",
            "Mohamed",
            "Nnamdi",
            "Omari",
            "Rashid",
            "Somchai",
            "Tenzin",
            "Wei",
            "Yusuf",
        ],
        [
            "Abena",
            "Beatriz",
            "Chantal",
            "Deqa",
            "Esi",
            "Fadumo",
            "Gloria",
            "Hodan",
            "Imani",
            "Jaspreet",
            "Keisha",
            "Ling",
            "Marisol",
            "Nasra",
            "Oksana",
            "Parveen",
            "Shanice",
            "Tamika",
            "Xiomara",
            "Zainab",
        ],
        [
            "Abdi",
            "Adeyemi",
            "Bains",
            "Campbell",
            "Dhaliwal",
            "Farah",
            "Grewal",
            "Hussein",
            "Lindo",
            "Mensah",
            "Nwosu",
            "Osei",
            "Pham",
            "Ramdhanie",
            "Sandhu",
            "Tesfaye",
            "Warsame",
            "Yeboah",
            "Zhou",
            "Gebremedhin",
            "MacIsaac",
            "Boateng",
            "Persaud",
        ],
    ),
    "ni": (
        [
            "Ciarán",
            "Conor",
            "Darragh",
            "Gareth",
            "Ivan",
            "Jonny",
            "Mervyn",
            "Raymond",
            "Trevor",
            "Wilbert",
            "Cathal",
            "Ruairí",
            "Stephen",
            "Nigel",
            "Shane",
            "Alastair",
        ],
        [
            "Ashlene",
            "Bronagh",
            "Clodagh",
            "Dervla",
            "Gillian",
            "Heather",
            "Janine",
            "Lorraine",
            "Marie-Claire",
            "Roberta",
            "Shauna",
            "Tracey",
            "Una",
            "Wendy",
            "Sharon",
            "Oonagh",
        ],
        [
            "Armstrong",
            "Beattie",
            "Corrigan",
            "Devlin",
            "Elliott",
            "Gallagher",
            "Hamilton",
            "Irvine",
            "Johnston",
            "Kerr",
            "Maguire",
            "McCaffrey",
            "McElroy",
            "Monaghan",
            "Noble",
            "Quinn",
            "Rutledge",
            "Scott",
            "Trimble",
            "Wilson",
            "Boyle",
            "Cassidy",
        ],
    ),
    "da": (
        [
            "Anders",
            "Bjarne",
            "Carsten",
            "Esben",
            "Frode",
            "Henning",
            "Jesper",
            "Kasper",
            "Mogens",
            "Niels",
            "Palle",
            "Rasmus",
            "Søren",
            "Thorkild",
            "Villads",
            "Aksel",
        ],
        [
            "Birgitte",
            "Dorte",
            "Gitte",
            "Hanne",
            "Inger",
            "Jytte",
            "Karen",
            "Lone",
            "Mette",
            "Pernille",
            "Rikke",
            "Sidsel",
            "Tove",
            "Vibeke",
            "Ida",
            "Freja",
        ],
        [
            "Bech",
            "Dalgaard",
            "Fuglsang",
            "Gregersen",
            "Hedegaard",
            "Iversen",
            "Kjærsgaard",
            "Lauridsen",
            "Mikkelsen",
            "Nørgaard",
            "Overgaard",
            "Pedersen",
            "Rasmussen",
            "Skovgaard",
            "Thygesen",
            "Vestergaard",
            "Aagaard",
            "Bundgaard",
            "Krogh",
            "Søndergaard",
        ],
    ),
    "de": (
        [
            "Burkhard",
            "Dietmar",
            "Eckhard",
            "Friedhelm",
            "Gerd",
            "Hartmut",
            "Ingo",
            "Jörg",
            "Klaus-Dieter",
            "Lothar",
            "Markus",
            "Norbert",
            "Reinhard",
            "Till",
            "Volker",
            "Wilfried",
        ],
        [
            "Annegret",
            "Birgit",
            "Cornelia",
            "Dörte",
            "Elke",
            "Friederike",
            "Gudrun",
            "Heike",
            "Ilse",
            "Jutta",
            "Katrin",
            "Mechthild",
            "Regine",
            "Sabine",
            "Ute",
            "Waltraud",
        ],
        [
            "Althoff",
            "Brinkmann",
            "Droste",
            "Elsner",
            "Feldkamp",
            "Große-Wilde",
            "Hölscher",
            "Kemper",
            "Lammers",
            "Meiners",
            "Niehues",
            "Overbeck",
            "Pöppelmann",
            "Rottmann",
            "Schulze Pellengahr",
            "Terhorst",
            "Uhlenbrock",
            "Wessels",
            "Wiesmann",
            "Zurhorst",
        ],
    ),
    "es": (
        [
            "Amadeo",
            "Bartolomé",
            "Cristóbal",
            "Desiderio",
            "Evaristo",
            "Fulgencio",
            "Gaspar",
            "Joaquín",
            "Leandro",
            "Nicanor",
            "Pascual",
            "Ramiro",
            "Salvador",
            "Vicent",
            "Xavier",
            "Jordi",
        ],
        [
            "Amparo",
            "Begoña",
            "Consuelo",
            "Desamparados",
            "Encarnación",
            "Inmaculada",
            "Josefa",
            "Lledó",
            "Maite",
            "Nieves",
            "Purificación",
            "Remedios",
            "Socorro",
            "Vicenta",
            "Neus",
            "Empar",
        ],
        [
            "Alborch",
            "Bellver",
            "Climent",
            "Ferrandis",
            "Gisbert",
            "Llopis",
            "Mascarell",
            "Navarro",
            "Peiró",
            "Ribes",
            "Sanchis",
            "Tortosa",
            "Vercher",
            "Císcar",
            "Estruch",
            "Faus",
            "Mahiques",
            "Pellicer",
            "Boscà",
            "Gandia",
        ],
    ),
    "fr": (
        [
            "Aurélien",
            "Bastien",
            "Cédric",
            "Didier",
            "Étienne",
            "Fabrice",
            "Gaëtan",
            "Hervé",
            "Jérôme",
            "Lionel",
            "Maxence",
            "Noël",
            "Pascal",
            "Régis",
            "Thierry",
            "Yannick",
        ],
        [
            "Agnès",
            "Bernadette",
            "Chantal",
            "Delphine",
            "Émilie",
            "Florence",
            "Ghislaine",
            "Hélène",
            "Josiane",
            "Laetitia",
            "Maryse",
            "Nadège",
            "Odile",
            "Solange",
            "Véronique",
            "Yvette",
        ],
        [
            "Berthaud",
            "Chevrot",
            "Desbrosses",
            "Ducrot",
            "Fargeot",
            "Gauthey",
            "Jacquelin",
            "Lapalus",
            "Mathivet",
            "Nectoux",
            "Perraud",
            "Ravier",
            "Sarrazin",
            "Thevenet",
            "Vadot",
            "Bonnot",
            "Cordier",
            "Guillemin",
            "Laborier",
            "Perrusson",
        ],
    ),
    "it": (
        [
            "Adriano",
            "Bortolo",
            "Ciro",
            "Dario",
            "Egidio",
            "Fiorenzo",
            "Gino",
            "Italo",
            "Lino",
            "Mirco",
            "Nerio",
            "Orfeo",
            "Primo",
            "Remo",
            "Silvano",
            "Tiziano",
        ],
        [
            "Adelina",
            "Bruna",
            "Carla",
            "Diletta",
            "Elda",
            "Flavia",
            "Gemma",
            "Ilaria",
            "Loredana",
            "Marisa",
            "Nives",
            "Ottavia",
            "Pierina",
            "Rosanna",
            "Tecla",
            "Vanda",
        ],
        [
            "Andreatta",
            "Baggio",
            "Bonato",
            "Cusinato",
            "Dalla Valle",
            "Fabris",
            "Gasparotto",
            "Lazzarotto",
            "Marcon",
            "Pellizzari",
            "Pozzobon",
            "Scremin",
            "Tessarolo",
            "Vanzetto",
            "Zanon",
            "Zonta",
            "Sartor",
            "Bizzotto",
            "De Marchi",
            "Toniolo",
        ],
    ),
    "pl": (
        [
            "Bogdan",
            "Czesław",
            "Dariusz",
            "Grzegorz",
            "Jarosław",
            "Kazimierz",
            "Leszek",
            "Mieczysław",
            "Przemysław",
            "Ryszard",
            "Sławomir",
            "Tadeusz",
            "Wiesław",
            "Zbigniew",
            "Bartłomiej",
            "Łukasz",
        ],
        [
            "Bożena",
            "Danuta",
            "Elżbieta",
            "Grażyna",
            "Halina",
            "Jadwiga",
            "Krystyna",
            "Lucyna",
            "Małgorzata",
            "Renata",
            "Stanisława",
            "Teresa",
            "Urszula",
            "Wiesława",
            "Zofia",
            "Agnieszka",
        ],
        [
            "Bobak",
            "Chmiel",
            "Dudek",
            "Gąsior",
            "Hajduk",
            "Kmiecik",
            "Leśniak",
            "Madej",
            "Nowak",
            "Pająk",
            "Rusek",
            "Sowa",
            "Trzaska",
            "Wilk",
            "Zając",
            "Żmuda",
            "Gawlik",
            "Kurek",
            "Pawlik",
            "Stach",
        ],
    ),
    "nl": (
        [
            "Albertus",
            "Bartholomeus",
            "Egbert",
            "Geert",
            "Harm",
            "Jan Hendrik",
            "Klaas",
            "Lammert",
            "Menno",
            "Roelof",
            "Sietse",
            "Teunis",
            "Wubbo",
            "Jochem",
            "Berend",
            "Hindrik",
        ],
        [
            "Aaltje",
            "Berendina",
            "Dieuwke",
            "Femke",
            "Geesje",
            "Hendrika",
            "Janna",
            "Klaasje",
            "Lammigje",
            "Roelie",
            "Sjoukje",
            "Trijntje",
            "Wilhelmina",
            "Marrit",
            "Hillie",
            "Anneke",
        ],
        [
            "Bakker",
            "Dijkstra",
            "Hulshof",
            "Kuipers",
            "Mulder",
            "Oosting",
            "Pruim",
            "Schuiling",
            "Steenbergen",
            "Tiesing",
            "Wolters",
            "Zwiers",
            "Lubbers",
            "Eising",
            "Nijboer",
            "Hofstee",
            "Kroeze",
            "Smit",
            "Boer",
            "Brink",
        ],
    ),
}


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    males, females, lasts = NAMES[lang]
    return g.rnd.choice(females if female else males), g.rnd.choice(lasts)


def whole(g: Gen, lang: str) -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def given(g: Gen, lang: str) -> str:
    return person(g, lang)[0]


def staff(g: Gen, lang: str, n: int, make: Callable[[Gen, str], str] = whole) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g, lang))
    return sorted(out)


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
            f"{a}{b[0]}{g.rnd.randint(50, 99)}",
            f"{b}{a[:2]}",
        ]
    )
    return f"{local}@{g.rnd.choice(domains)}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first), plain(last)
    return [f"{a[0]}{b}".upper()[:10], f"{a}.{b}", f"{b[:7]}{a[0]}".upper(), f"{a}_{b[0]}", f"{a[0]}{b[:5]}"][style % 5]


def logins(g: Gen, lang: str, n: int, style: int) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(login(*person(g, lang), style))
    return sorted(out)


DOMAINS = {
    "us": ["gmail.com", "yahoo.com", "frontier.com", "suddenlink.net", "aol.com", "outlook.com", "cox.net"],
    "ie": ["eircom.net", "gmail.com", "hotmail.com", "yahoo.ie", "icloud.com"],
    "nz": ["xtra.co.nz", "gmail.com", "outlook.co.nz", "slingshot.co.nz", "hotmail.com"],
    "ca": ["gmail.com", "rogers.com", "sympatico.ca", "hotmail.ca", "yahoo.ca"],
    "ni": ["btinternet.com", "gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com"],
    "de": ["t-online.de", "web.de", "gmx.de", "posteo.de", "googlemail.com"],
    "es": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
    "fr": ["orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "sfr.fr"],
    "it": ["libero.it", "alice.it", "gmail.com", "virgilio.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "hetnet.nl", "gmail.com", "home.nl"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "o2.pl", "gmail.com"],
}


def email(g: Gen, lang: str) -> str:
    return email_of(g, *person(g, lang), DOMAINS[lang])


# -- places (written for v71) ------------------------------------------------------------------------------------------

#: (town, ZIP lead) of West Virginia, Louisiana parishes, central Texas and Montana
WV_TOWNS = [
    ("Charleston", "253"),
    ("Huntington", "257"),
    ("Morgantown", "265"),
    ("Parkersburg", "261"),
    ("Wheeling", "260"),
    ("Beckley", "258"),
    ("Clarksburg", "263"),
    ("Martinsburg", "254"),
    ("Elkins", "262"),
    ("Logan", "256"),
    ("Princeton", "247"),
    ("Summersville", "266"),
]
LA_TOWNS = [
    ("Thibodaux", "703"),
    ("Houma", "703"),
    ("Raceland", "703"),
    ("Lockport", "703"),
    ("Golden Meadow", "703"),
    ("Napoleonville", "703"),
    ("Baton Rouge", "708"),
    ("Lafayette", "705"),
]
TX_TOWNS = [
    ("Killeen", "765"),
    ("Harker Heights", "765"),
    ("Belton", "765"),
    ("Temple", "765"),
    ("Nolanville", "765"),
    ("Copperas Cove", "765"),
    ("Salado", "765"),
]
MT_TOWNS = [
    ("Lewistown", "594"),
    ("Great Falls", "594"),
    ("Havre", "595"),
    ("Glasgow", "592"),
    ("Miles City", "593"),
    ("Roundup", "590"),
    ("Harlowton", "590"),
    ("Chinook", "595"),
    ("Malta", "595"),
]
US_STREETS = [
    "Hickory Ridge Rd",
    "Coal River Rd",
    "Bayou Blue Rd",
    "Old Spanish Trl",
    "Ridgeview Dr",
    "Pecan St",
    "Cottonwood Ln",
    "Main St",
    "Laurel Fork Rd",
    "Canal Blvd",
    "Prairie View Dr",
    "Sunflower Ave",
    "Cemetery Rd",
    "Levee Rd",
    "Mesquite Trl",
    "Sagebrush Ln",
    "1st Ave N",
    "Railroad St",
    "Bluebonnet Dr",
]
US_AREAS = {"wv": ["304", "681"], "la": ["985", "504", "225"], "tx": ["254", "512"], "mt": ["406"]}


def us_street(g: Gen) -> str:
    n = g.rnd.randint(11, 9_899)
    s = g.rnd.choice(US_STREETS)
    return g.rnd.choice(
        [
            f"{n} {s}",
            f"{n} {s}",
            f"{n} {s} Apt {g.rnd.randint(1, 24)}",
            f"{n} {s} Lot {g.rnd.randint(1, 60)}",
            f"HC {g.rnd.randint(60, 89)} Box {g.rnd.randint(1, 999)}",
        ]
    )


#: Canterbury (NZ) suburbs and towns with their postcodes
NZ_PLACES = [
    ("Rangiora", "7400"),
    ("Kaiapoi", "7630"),
    ("Oxford", "7430"),
    ("Woodend", "7610"),
    ("Pegasus", "7612"),
    ("Ohoka", "7692"),
    ("Cust", "7471"),
    ("Amberley", "7410"),
]
NZ_STREETS = [
    "Ashley Street",
    "Williams Street",
    "Tuahiwi Road",
    "Kōwhai Place",
    "Rata Street",
    "Main North Road",
    "Mandeville Road",
    "Harewood Crescent",
    "Pūkeko Way",
    "Kahikatea Drive",
    "Totara Lane",
]
#: Toronto forward sortation areas and housing buildings
TO_FSA = ["M5A", "M4X", "M6K", "M1B", "M9V", "M3N", "M6N", "M1E"]
TO_STREETS = [
    "Regent Park Blvd",
    "Sumach St",
    "Jane St",
    "Finch Ave W",
    "Lawrence Ave E",
    "Dundas St E",
    "Kingston Rd",
    "Weston Rd",
    "Gerrard St E",
    "Eglinton Ave W",
]
#: Fermanagh and Tyrone towns with their BT districts
NI_PLACES = [
    ("Enniskillen", "BT74"),
    ("Omagh", "BT78"),
    ("Dungannon", "BT71"),
    ("Cookstown", "BT80"),
    ("Strabane", "BT82"),
    ("Lisnaskea", "BT92"),
    ("Irvinestown", "BT94"),
    ("Castlederg", "BT81"),
]
NI_STREETS = [
    "Derrygonnelly Road",
    "Tempo Road",
    "Killyclogher Road",
    "Coalisland Road",
    "Drumcoo Road",
    "Castle Street",
    "Gortin Road",
    "Lisnarick Road",
    "Belmore Street",
    "Moy Road",
]
NI_TOWNLANDS = ["Drumbeg", "Killadeas", "Tullyhommon", "Carrickmore", "Mullaghmore", "Derrylin", "Ballinamallard"]
#: County Clare and Limerick towns with their Eircode routing keys
IE_PLACES = [
    ("Ennis", "V95", "Clare"),
    ("Kilrush", "V15", "Clare"),
    ("Shannon", "V14", "Clare"),
    ("Ennistymon", "V95", "Clare"),
    ("Newcastle West", "V42", "Limerick"),
    ("Kilmallock", "V35", "Limerick"),
    ("Scariff", "V94", "Clare"),
]
IE_STREETS = [
    "Main Street",
    "Clare Road",
    "Lahinch Road",
    "Cloughleigh",
    "Ard na Gréine",
    "Tulla Road",
    "Gort Road",
    "Abbey Street",
    "Páirc na Coille",
    "Church Road",
]
IE_AREAS = ["Cahercalla", "Drumbiggle", "Gurteen", "Ballyalla", "Clonroad", "Knockanira", "Lisdeen", "Moyasta"]
EIRCODE_CHARS = "0123456789ACDEFHKNPRTVWXY"
#: Viborg-area towns with their postcodes
DK_PLACES = [
    ("Viborg", 8800),
    ("Skive", 7800),
    ("Kjellerup", 8620),
    ("Bjerringbro", 8850),
    ("Karup J", 7470),
    ("Stoholm Jyll", 7850),
    ("Møldrup", 9632),
    ("Tjele", 8830),
]
DK_STREETS = [
    "Gammel Mølle",
    "Ravnsbjergvej",
    "Sct. Mathias Gade",
    "Vestergade",
    "Hjarbækvej",
    "Egeskovvej",
    "Tinghusvej",
    "Søndersøparken",
    "Rughavevej",
    "Kirkebakken",
    "Overlund Bygade",
    "Banegårdspladsen",
]
#: Westphalian towns with their postcode leads
DE_PLACES = [
    ("Münster", "481"),
    ("Bielefeld", "336"),
    ("Paderborn", "331"),
    ("Dortmund", "441"),
    ("Gütersloh", "333"),
    ("Hamm", "590"),
    ("Soest", "594"),
    ("Coesfeld", "486"),
]
DE_STREETS = [
    "Hafenweg",
    "Warendorfer Straße",
    "Am Stadtgraben",
    "Kötterstraße",
    "Kiepenkerlstraße",
    "Eichendorffweg",
    "Sennestadtring",
    "Hellweg",
    "Detmolder Straße",
    "Overbergstraße",
]
#: La Safor and Ribera towns (Valencia) with their postcodes
ES_PLACES = [
    ("Gandia", 46700),
    ("Oliva", 46780),
    ("Tavernes de la Valldigna", 46760),
    ("Xàtiva", 46800),
    ("Alzira", 46600),
    ("Sueca", 46410),
    ("Cullera", 46400),
    ("Bellreguard", 46713),
]
ES_STREETS = [
    "CL MAJOR",
    "AV REPUBLICA ARGENTINA",
    "CL SANT FRANCESC DE BORJA",
    "PZ LOTERIA",
    "CL LA PAU",
    "AV D ALACANT",
    "CL DELS TARONGERS",
    "CM VELL DE LA MAR",
    "CL PARE FERRIS",
]
#: Saône-et-Loire towns with their postcodes and INSEE codes
FR_PLACES = [
    ("Cluny", 71250, "71137"),
    ("Tournus", 71700, "71543"),
    ("Saint-Gengoux-le-National", 71460, "71417"),
    ("Lugny", 71260, "71267"),
    ("Salornay-sur-Guye", 71250, "71498"),
    ("Azé", 71260, "71017"),
    ("Buxy", 71390, "71070"),
]
FR_STREETS = [
    "rue de la Barre",
    "chemin des Vignes",
    "impasse du Lavoir",
    "route de Mâcon",
    "place du Champ de Foire",
    "rue Porte de Paris",
    "lieu-dit Les Bruyères",
    "rue du Merle",
    "allée des Tilleuls",
]
#: Veneto towns: (town, province, CAP, cadastral code of the comune)
IT_PLACES = [
    ("Bassano del Grappa", "VI", "36061", "A703"),
    ("Castelfranco Veneto", "TV", "31033", "C111"),
    ("Montebelluna", "TV", "31044", "F443"),
    ("Schio", "VI", "36015", "I531"),
    ("Thiene", "VI", "36016", "L157"),
    ("Cittadella", "PD", "35013", "C743"),
    ("Asolo", "TV", "31011", "A471"),
]
IT_STREETS = [
    "Via Jacopo da Ponte",
    "Viale delle Fosse",
    "Via Roma",
    "Borgo Treviso",
    "Via Pio X",
    "Vicolo Ca' Rezzonico",
    "Via San Bortolo",
    "Piazzetta Guadagnin",
    "Via dei Cappuccini",
]
#: gminas around Kraków with their postcodes
PL_PLACES = [
    ("Wieliczka", "32-020"),
    ("Niepołomice", "32-005"),
    ("Skawina", "32-050"),
    ("Myślenice", "32-400"),
    ("Dobczyce", "32-410"),
    ("Zabierzów", "32-080"),
    ("Świątniki Górne", "32-040"),
]
PL_STREETS = [
    "Jana Pawła II",
    "Krakowska",
    "Słowackiego",
    "Zamkowa",
    "Dembowskiego",
    "Kościuszki",
    "Ogrodowa",
    "Szkolna",
    "Świętej Kingi",
    "Polna",
    "Lipowa",
]
#: Drenthe towns with their postcode digits
NL_PLACES = [
    ("Assen", "940"),
    ("Beilen", "941"),
    ("Smilde", "942"),
    ("Rolde", "945"),
    ("Vries", "948"),
    ("Zuidlaren", "947"),
    ("Westerbork", "943"),
]
NL_STREETS = [
    "Brink",
    "Vaart Noordzijde",
    "Hoofdstraat",
    "Esweg",
    "Drostenstraat",
    "Witterweg",
    "Eekhoornweg",
    "Hunzeweg",
    "Oude Asserstraat",
    "Kampsweg",
]


def nz_street(g: Gen) -> str:
    return f"{g.rnd.randint(1, 240)}{g.rnd.choice(['', '', 'A', 'B'])} {g.rnd.choice(NZ_STREETS)}"


def to_postcode(g: Gen) -> str:
    return f"{g.rnd.choice(TO_FSA)} {g.digits(1)}{g.code('A')}{g.digits(1)}"


def ni_postcode(g: Gen, district: str) -> str:
    return f"{district} {g.digits(1)}{g.code('A')}{g.code('A')}".replace("I", "N").replace("O", "P")


def eircode(g: Gen, key: str) -> str:
    return f"{key} {g.digits(4, EIRCODE_CHARS)}"


def nl_postcode(g: Gen, lead: str) -> str:
    return f"{lead}{g.digits(1)} {g.valid(lambda: g.code('AA'), lambda s: s not in {'SA', 'SD', 'SS'})}"


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def us_ssn(g: Gen) -> str:
    def make() -> str:
        return f"{g.rnd.randint(200, 665):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    return g.valid(make, _ssn.is_valid)


def routing_number(g: Gen) -> str:
    body = g.rnd.choice(["0515", "0519", "0652", "1119", "0656"]) + g.digits(4)
    number = body + _rtn.calc_check_digit(body)
    assert _rtn.is_valid(number)
    return number


def ie_pps(g: Gen) -> str:
    body = g.digits(7)
    if g.rnd.random() < 0.3:
        number = body + _ievat.calc_check_digit(body + "A") + "A"
    else:
        number = body + _ievat.calc_check_digit(body)
    assert _pps.is_valid(number)
    return number


def ca_sin(g: Gen) -> str:
    body = g.rnd.choice("1234567") + g.digits(7)
    number = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(number)
    return f"{number[:3]} {number[3:6]} {number[6:]}" if g.rnd.random() < 0.5 else number


def dk_cpr(g: Gen, born: date, female: bool) -> str:
    """A CPR number encoding ``born`` and the sex (mod 11 kept, as numbers issued before 2007 have it)."""
    head = born.strftime("%d%m%y")
    century = g.rnd.choice("0123") if born.year < 2000 else "4"

    def make() -> str:
        return head + century + g.digits(2) + (g.rnd.choice("02468") if female else g.rnd.choice("13579"))

    number = g.valid(make, lambda s: _cpr.is_valid(s) and _cpr.checksum(s) == 0)
    assert _cpr.get_birth_date(number) == born
    return number


def de_idnr(g: Gen) -> str:
    def make() -> str:
        ds = list("0123456789")
        g.rnd.shuffle(ds)
        body = ds[:9]
        body.append(g.rnd.choice(body))
        g.rnd.shuffle(body)
        text = "".join(body)
        if text[0] == "0":
            return "0"
        return text + mod_11_10.calc_check_digit(text)

    return g.valid(make, _idnr.is_valid)


def de_rvnr(g: Gen, born: date, last: str, female: bool) -> str:
    """A German pension-insurance number (Rentenversicherungsnummer): area, birth date, the birth name's initial, a
    serial (50-99 for women) and its check digit."""
    area = g.rnd.choice(["13", "15", "16", "17", "18", "19", "24", "25", "28"])
    letter = fold(last)[0].upper()
    serial = g.rnd.randint(50, 99) if female else g.rnd.randint(0, 49)
    digits = area + born.strftime("%d%m%y") + f"{ord(letter) - 64:02d}" + f"{serial:02d}"
    weights = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)
    total = sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, weights, strict=True))
    return f"{area}{born.strftime('%d%m%y')}{letter}{serial:02d}{total % 10}"


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


def es_cif(g: Gen) -> str:
    def make() -> str:
        body = g.rnd.choice("BB") + "46" + g.digits(5)
        return body + _cif.calc_check_digits(body)[0]

    return g.valid(make, _cif.is_valid)


def fr_siren(g: Gen) -> str:
    body = g.rnd.choice(["38", "41", "44", "49", "51", "79", "82"]) + g.digits(6)
    number = body + luhn.calc_check_digit(body)
    assert _siren.is_valid(number)
    return number


def _cf_part(text: str, given_name: bool) -> str:
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
        _cf_part(last, False)
        + _cf_part(first, True)
        + f"{born.year % 100:02d}"
        + "ABCDEHLMPRST"[born.month - 1]
        + f"{day:02d}"
        + comune
    )
    number = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(number)
    return number


def pl_pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    sex = g.rnd.choice("02468") if female else g.rnd.choice("13579")
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}{sex}"
    number = body + _pesel.calc_check_digit(body)
    assert _pesel.get_birth_date(number) == born
    return number


def nl_bsn(g: Gen) -> str:
    def make() -> str:
        return g.rnd.choice("123456") + g.digits(8)

    return g.valid(make, _bsn.is_valid)


def nl_rsin(g: Gen) -> str:
    """A company's RSIN (the 11-proof of the BSN): a mortgagee bank's, labeled ``none``."""
    return "8" + g.valid(lambda: g.digits(8), lambda s: _bsn.is_valid("8" + s))


#: BBAN layouts (9 a digit, A a letter); python-stdnum checks the result
BBAN = {
    "IE": "AAAA99999999999999",
    "DE": "999999999999999999",
    "ES": "99999999999999999999",
    "FR": "9999999999AAAAAAAAAA999",
    "NL": "AAAA9999999999",
}
BANK_CODES = {"IE": ["AIBK", "BOFI", "IPBS", "ULSB"], "NL": ["RABO", "INGB", "ABNA", "SNSB", "TRIO"]}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, national checks retried, python-stdnum checks it)."""

    def make() -> str:
        bban = g.code(BBAN[country])
        if country in BANK_CODES:
            bban = g.rnd.choice(BANK_CODES[country]) + bban[4:]
        if country == "FR":
            bban = g.digits(23)
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4)) if spaced else number


def gs1(g: Gen, prefix: str, length: int = 13) -> str:
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + ean.calc_check_digit(body)


def library_barcode(g: Gen) -> str:
    """A 14-digit patron barcode: ``2``, the library's four digits, a serial and a Luhn check digit."""
    body = "2" + g.rnd.choice(["9021", "9022", "9025"]) + g.digits(8)
    return body + luhn.calc_check_digit(body)


def vin(g: Gen) -> str:
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return g.rnd.choice(["VSS", "VF1", "WVW", "ZFA", "VF3", "WBA", "TMB"]) + g.digits(14, alphabet)
