"""Values of held-out set v170 (:mod:`benchmarks.classification.heldout_v170`): v170's random source, and names,
streets, towns, care homes, caterers, pharmacies, medicines and free-text snippets written by hand for v170's care
homes, home-care agencies, day centres and meals-on-wheels services (no Faker, no list of real people, no breach data),
phones checked with phonenumbers and identifiers with check digits computed and checked with python-stdnum (the
German pension insurance number, the German identity card number, the Brazilian CNS, the Mexican NSS, the Portuguese
NISS and the Australian Medicare number, which python-stdnum does not cover, computed here with their published
rules).

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
from typing import Any

import phonenumbers
from stdnum import iban as _iban
from stdnum import luhn
from stdnum.au import tfn as _tfn
from stdnum.br import cnpj as _cnpj
from stdnum.br import cpf as _cpf
from stdnum.ca import sin as _sin
from stdnum.de import idnr as _idnr
from stdnum.dk import cpr as _cpr
from stdnum.dk import cvr as _cvr
from stdnum.fr import nir as _nir
from stdnum.fr import siret as _siret
from stdnum.gb import nhs as _nhs
from stdnum.ie import pps as _pps
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.mx import curp as _curp
from stdnum.pt import cc as _cc
from stdnum.pt import nif as _nif
from stdnum.ua import edrpou as _edrpou
from stdnum.ua import rntrc as _rntrc
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _za_idnr

from benchmarks.classification.heldout_v2 import Column

SEED = 170_2026_0419
N = "none"
#: a login, a payment handle or a domestic bank account (``review``, as earlier sets labeled them)
UNCLASSIFIED = "unclassified"
#: NULL-like strings of v170's systems (tests skip them)
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
    "nenhuma",
    "nada consta",
    "ingen",
    "intet",
    "немає",
    "без приміток",
    "ninguna",
    "sin observaciones",
    "keine",
    "k. A.",
    "aucune",
    "néant",
    "sem observações",
    "nada a registar",
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
        self.rnd = random.Random(f"v170:{SEED}:{table}")

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
    "GB": (_pre(["74", "75", "77", "78", "79"], 10), _pre(["1492", "1492", "1745"], 10)),
    "US": (_nanp(["218"]), _nanp(["218"])),
    "CA": (_nanp(["506"]), _nanp(["506"])),
    "IE": (_pre(["83", "85", "86", "87", "89"], 9), _pre(["74"], 9)),
    "AU": (
        _pre(["400", "402", "407", "408", "412", "417", "419", "423", "428", "437", "448", "455", "459"], 9),
        _pre(["741", "741", "741"], 9),
    ),
    "IN": (
        _pre(
            ["70", "72", "73", "74", "76", "78", "80", "81", "84", "87", "88", "90", "94", "96", "97", "98", "99"], 10
        ),
        _pre(["821"], 10),
    ),
    "ZA": (_pre(["71", "72", "73", "74", "76", "78", "79", "82", "83", "84", "60", "61"], 9), _pre(["43"], 9)),
    "BR": (_pre(["439"], 11), _pre(["433"], 10)),
    "DK": (
        _pre(["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42", "50", "51"], 8),
        _pre(["75", "76"], 8),
    ),
    "UA": (_pre(["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"], 9), _pre(["352"], 9)),
    "MX": (_pre(["449"], 10), _pre(["449"], 10)),
    "DE": (_pre(["151", "152", "157", "159", "162", "176", "177", "178", "179"], 11), _pre(["851"], 10)),
    "FR": (_pre(["6", "7"], 9), _pre(["380"], 9)),
    "PT": (_pre(["91", "92", "93", "96"], 9), _pre(["272"], 9)),
}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v170) ------------------------------------------------------------------------------------------

#: language -> (men's given names, women's given names, family names): residents born before the war and their
#: children's and grandchildren's generations in one list
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "gb": (
        ["Gwilym", "Emrys", "Dafydd", "Gareth", "Huw", "Iwan", "Rhodri", "Alun", "Trefor", "Glyn", "Bryn", "Dylan"],
        ["Eirlys", "Gwenda", "Mair", "Nerys", "Olwen", "Sian", "Bethan", "Ceri", "Glenys", "Megan", "Ffion", "Delyth"],
        [
            "Roberts",
            "Hughes",
            "Pritchard",
            "Parry",
            "Owen",
            "Jones",
            "Williams",
            "Ellis",
            "Lloyd",
            "Vaughan",
            "Griffiths",
            "Humphreys",
            "Rowlands",
            "Thomas",
        ],
    ),
    "us": (
        ["Arvid", "Harold", "Leonard", "Gerald", "Dale", "Wayne", "Roger", "Curtis", "Brent", "Travis", "Kyle", "Dean"],
        ["Lorraine", "Darlene", "Marlys", "Joyce", "Arlene", "Bonnie", "Kari", "Renee", "Tricia", "Heidi", "Gail"],
        [
            "Lindquist",
            "Maki",
            "Koski",
            "Niemi",
            "Halvorson",
            "Aho",
            "Sundberg",
            "Olander",
            "Kowalczyk",
            "Pelto",
            "Lundgren",
            "Wiitala",
            "Bergstrom",
            "Jokela",
        ],
    ),
    "ca": (
        ["Gérald", "Léonard", "Rhéal", "Gordon", "Murray", "Clifford", "Stephen", "Daniel", "Marc", "Trevor"],
        ["Yvette", "Thérèse", "Doreen", "Muriel", "Shirley", "Pauline", "Nicole", "Monique", "Heather", "Lisa"],
        [
            "LeBlanc",
            "Cormier",
            "Goguen",
            "Richard",
            "Doiron",
            "McKnight",
            "Estabrooks",
            "Hatfield",
            "Burtt",
            "Allaby",
            "Cyr",
            "Thibodeau",
            "MacFarlane",
            "Wetmore",
        ],
    ),
    "ie": (
        ["Packie", "Hugh", "Manus", "Condy", "Neil", "Seamus", "Patrick", "Conal", "Eunan", "Declan", "Kieran"],
        ["Bridget", "Sadie", "Brid", "Nora", "Annie", "Mary", "Ita", "Gráinne", "Majella", "Caoimhe", "Sinéad"],
        [
            "Gallagher",
            "Doherty",
            "Bonner",
            "McGinley",
            "Boyle",
            "Sweeney",
            "McLaughlin",
            "Harkin",
            "McFadden",
            "Friel",
            "Coll",
            "Herrity",
            "McGettigan",
            "Kelly",
        ],
    ),
    "au": (
        ["Norman", "Keith", "Ronald", "Kevin", "Barry", "Graham", "Darren", "Shane", "Craig", "Brett"],
        ["Beryl", "Dulcie", "Valmai", "Noreen", "Gwen", "Lynette", "Kerrie", "Tracey", "Leanne", "Narelle"],
        [
            "Schultz",
            "Kirchner",
            "Dunn",
            "McCosker",
            "Pagliano",
            "Rasmussen",
            "Mohr",
            "Zunker",
            "Heinemann",
            "Bauer",
            "Nielsen",
            "Geiger",
            "Wessling",
            "Pickering",
        ],
    ),
    "in": (
        [
            "Shankarappa",
            "Ramegowda",
            "Nanjundaswamy",
            "Puttaswamy",
            "Mahadevappa",
            "Srinivas",
            "Prakash",
            "Girish",
            "Manjunath",
            "Raghavendra",
            "Chetan",
            "Darshan",
        ],
        [
            "Lakshmamma",
            "Savitramma",
            "Jayamma",
            "Parvathamma",
            "Kamala",
            "Sharada",
            "Vanitha",
            "Shobha",
            "Rekha",
            "Pavithra",
            "Deepa",
            "Sahana",
        ],
        [
            "Gowda",
            "Rao",
            "Hegde",
            "Bhat",
            "Kulkarni",
            "Shetty",
            "Murthy",
            "Naik",
            "Iyengar",
            "Prasad",
            "Urs",
            "Kamath",
            "Acharya",
            "Swamy",
        ],
    ),
    "za": (
        [
            "Mzwandile",
            "Lwazi",
            "Sizwe",
            "Vuyani",
            "Themba",
            "Johannes",
            "Hendrik",
            "Graham",
            "Clive",
            "Andile",
            "Luthando",
        ],
        ["Nokwanda", "Nomsa", "Zodwa", "Thandiwe", "Siphokazi", "Elsabe", "Marietjie", "Beverley", "Joan", "Lindiwe"],
        [
            "Mtshali",
            "Qwabe",
            "Sidloyi",
            "Mgqamqo",
            "Ngxola",
            "Bota",
            "Jonker",
            "Pretorius",
            "Wessels",
            "Bezuidenhout",
            "Nel",
            "Ferreira",
            "Matthee",
            "Ndlovu",
        ],
    ),
    "br": (
        ["Sebastião", "Geraldo", "Antônio", "Osvaldo", "Valdir", "Luiz Carlos", "Marcelo", "Rodrigo", "Fábio", "Júlio"],
        ["Aparecida", "Terezinha", "Neusa", "Dirce", "Zilda", "Cleusa", "Rosângela", "Luciana", "Patrícia", "Daniela"],
        [
            "da Silva",
            "dos Santos",
            "Pereira",
            "Moreira",
            "Bortolotto",
            "Zanetti",
            "Nakamura",
            "Ribeiro",
            "Carvalho",
            "Andrade",
            "Gonçalves",
            "Fernandes",
            "Tonin",
            "Mendes",
        ],
    ),
    "dk": (
        ["Aage", "Børge", "Erling", "Knud", "Poul", "Henning", "Jens", "Søren", "Lars", "Morten", "Kasper", "Niels"],
        ["Inger", "Grethe", "Ruth", "Else", "Karen", "Birthe", "Lene", "Hanne", "Mette", "Susanne", "Pia", "Tina"],
        [
            "Nielsen",
            "Jensen",
            "Mikkelsen",
            "Kristensen",
            "Bech",
            "Østergaard",
            "Lauridsen",
            "Skov",
            "Vestergaard",
            "Bundgaard",
            "Dalsgaard",
            "Søndergaard",
            "Holm",
            "Møller",
        ],
    ),
    "mx": (
        ["José Luis", "Jesús", "Refugio", "Guadalupe", "Ramón", "Rogelio", "Francisco", "Armando", "Alejandro", "Iván"],
        ["María de Jesús", "Josefina", "Refugio", "Ma. Guadalupe", "Socorro", "Esperanza", "Rosa", "Leticia", "Karla"],
        [
            "Esparza",
            "Romo",
            "Macías",
            "Delgado",
            "Muñoz",
            "Díaz de León",
            "Ruiz",
            "Medina",
            "Padilla",
            "Velasco",
            "Márquez",
            "Lozano",
            "Jiménez",
            "Valdivia",
        ],
    ),
    "de": (
        [
            "Alois",
            "Josef",
            "Franz Xaver",
            "Ludwig",
            "Johann",
            "Rudolf",
            "Erwin",
            "Manfred",
            "Thomas",
            "Stefan",
            "Tobias",
        ],
        ["Kreszenz", "Theresia", "Maria", "Anneliese", "Rosina", "Hildegard", "Gertraud", "Monika", "Sabine", "Julia"],
        [
            "Gruber",
            "Huber",
            "Wimmer",
            "Kagerer",
            "Eichinger",
            "Bachmeier",
            "Reischl",
            "Hofbauer",
            "Stockinger",
            "Wagner",
            "Zitzelsberger",
            "Moser",
            "Lang",
            "Fuchs",
        ],
    ),
    "fr": (
        ["Marcel", "Gilbert", "Roger", "Bernard", "Jean-Claude", "Michel", "Patrick", "Laurent", "Nicolas", "Julien"],
        ["Simone", "Germaine", "Odette", "Paulette", "Colette", "Monique", "Martine", "Sylvie", "Isabelle", "Aurélie"],
        [
            "Bourgeois",
            "Perrin",
            "Moine",
            "Guyot",
            "Chevalier",
            "Roy",
            "Morel",
            "Millot",
            "Jacquot",
            "Bonnot",
            "Rémond",
            "Girardot",
            "Bouchard",
            "Maréchal",
        ],
    ),
    "pt": (
        ["Joaquim", "Manuel", "Albino", "Custódio", "Américo", "Fernando", "Paulo", "Luís", "Sérgio", "Nuno"],
        ["Maria do Céu", "Conceição", "Albertina", "Deolinda", "Rosa", "Graça", "Fátima", "Helena", "Sandra", "Carla"],
        [
            "Martins",
            "Mendes",
            "Lopes",
            "Esteves",
            "Cardoso",
            "Pires",
            "Salvado",
            "Candeias",
            "Nunes",
            "Morgado",
            "Catarino",
            "Barata",
            "Ramalho",
            "Antunes",
        ],
    ),
}

#: Ukrainian names: (men's given names, women's given names, (man's, woman's) family names)
UA_NAMES: tuple[list[str], list[str], list[tuple[str, str]]] = (
    ["Степан", "Іван", "Михайло", "Ярослав", "Володимир", "Петро", "Роман", "Остап", "Назар", "Юрій"],
    ["Ганна", "Марія", "Параска", "Євгенія", "Ольга", "Стефанія", "Галина", "Оксана", "Ірина", "Христина"],
    [
        ("Гнатюк", "Гнатюк"),
        ("Мельник", "Мельник"),
        ("Савчук", "Савчук"),
        ("Кравець", "Кравець"),
        ("Бойко", "Бойко"),
        ("Гаврилюк", "Гаврилюк"),
        ("Дячишин", "Дячишин"),
        ("Стасюк", "Стасюк"),
        ("Костенко", "Костенко"),
        ("Заболотний", "Заболотна"),
        ("Білинський", "Білинська"),
        ("Тершаковець", "Тершаковець"),
        ("Яворський", "Яворська"),
        ("Олійник", "Олійник"),
    ],
)
#: Ukrainian men's given names -> (a son's, a daughter's patronymic)
UA_PATRONYMIC: dict[str, tuple[str, str]] = {
    "Степан": ("Степанович", "Степанівна"),
    "Іван": ("Іванович", "Іванівна"),
    "Михайло": ("Михайлович", "Михайлівна"),
    "Ярослав": ("Ярославович", "Ярославівна"),
    "Володимир": ("Володимирович", "Володимирівна"),
    "Петро": ("Петрович", "Петрівна"),
    "Роман": ("Романович", "Романівна"),
    "Остап": ("Остапович", "Остапівна"),
    "Назар": ("Назарович", "Назарівна"),
    "Юрій": ("Юрійович", "Юріївна"),
}
_UA_LATIN = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "h",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "є": "ie",
    "ж": "zh",
    "з": "z",
    "и": "y",
    "і": "i",
    "ї": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ь": "",
    "ю": "iu",
    "я": "ia",
    "'": "",
    "ʼ": "",
}


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) of ``lang`` (Cyrillic for ``ua``, the family name in the sex's form)."""
    if female is None:
        female = g.rnd.random() < 0.5
    if lang == "ua":
        men, women, families = UA_NAMES
        man, woman = g.rnd.choice(families)
        return g.rnd.choice(women if female else men), woman if female else man
    male, fem, fam = NAMES[lang]
    return g.rnd.choice(fem if female else male), g.rnd.choice(fam)


def patronymic(g: Gen, female: bool) -> str:
    return UA_PATRONYMIC[g.rnd.choice(UA_NAMES[0])][1 if female else 0]


def whole(g: Gen, lang: str, female: bool | None = None) -> str:
    """A whole name as the country writes it (family name, given name and patronymic in Ukrainian; two family names
    in Mexican Spanish and often in Brazilian and European Portuguese)."""
    if female is None:
        female = g.rnd.random() < 0.5
    a, b = person(g, lang, female)
    if lang == "ua":
        return f"{b} {a} {patronymic(g, female)}"
    if lang in ("mx", "br", "pt") and g.rnd.random() < (1.0 if lang == "mx" else 0.5):
        first = g.rnd.choice([x for x in NAMES[lang][2] if x != b])
        return f"{a} {first} {b}"
    return f"{a} {b}"


def given(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def staff(g: Gen, n: int, lang: str, style: str = "whole") -> list[str]:
    """``n`` distinct staff members' names (``whole``, ``first``, ``initial`` as ``Ceri H.``)."""
    out: set[str] = set()
    while len(out) < n:
        female = g.rnd.random() < 0.7
        a, b = person(g, lang, female)
        if style == "first":
            out.add(a)
        elif style == "initial":
            out.add(f"{a} {b[0]}.")
        elif lang == "ua":
            out.add(f"{b} {a[0]}. {patronymic(g, female)[0]}.")
        else:
            out.add(f"{a} {b}")
    return sorted(out)


def latin(text: str) -> str:
    """``text`` in ASCII letters: Ukrainian transliterated, accents dropped."""
    if any("\u0400" <= ch <= "\u04ff" for ch in text):
        text = "".join(_UA_LATIN.get(ch, ch) for ch in text.lower())
    return "".join(ch for ch in fold(text) if ch.isascii() and (ch.isalnum() or ch == "."))


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = latin(first.split()[0]) or "familia", latin(last.split()[-1]) or "mail"
    local = g.rnd.choice(
        [
            f"{a}.{b}",
            f"{a[0]}{b}",
            f"{a}{g.rnd.randint(1, 99)}",
            f"{b}.{a}{g.rnd.randint(40, 99)}",
            f"{a}_{b}{g.rnd.randint(1, 9)}",
            f"{b}{a[0]}",
        ]
    )
    return f"{local}@{g.rnd.choice(domains)}"


DOMAINS: dict[str, list[str]] = {
    "gb": ["btinternet.com", "gmail.com", "hotmail.co.uk", "outlook.com", "talktalk.net", "yahoo.co.uk"],
    "us": ["gmail.com", "yahoo.com", "charter.net", "outlook.com", "msn.com", "aol.com"],
    "ca": ["gmail.com", "rogers.com", "nb.sympatico.ca", "hotmail.com", "outlook.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "yahoo.ie", "icloud.com"],
    "au": ["bigpond.com", "gmail.com", "outlook.com", "optusnet.com.au", "hotmail.com"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "za": ["gmail.com", "telkomsa.net", "webmail.co.za", "mweb.co.za", "outlook.com"],
    "br": ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "yahoo.com.br"],
    "dk": ["gmail.com", "hotmail.com", "mail.dk", "live.dk", "outlook.dk", "jubii.dk"],
    "ua": ["ukr.net", "gmail.com", "i.ua", "meta.ua"],
    "mx": ["gmail.com", "hotmail.com", "yahoo.com.mx", "prodigy.net.mx", "outlook.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "freenet.de"],
    "fr": ["orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "pt": ["gmail.com", "sapo.pt", "hotmail.com", "outlook.pt", "netcabo.pt"],
}

# -- places (written for v170) -----------------------------------------------------------------------------------------

#: (town, postcode district) of Colwyn Bay and the north Wales coast
GB_PLACES = [
    ("Colwyn Bay", "LL29"),
    ("Colwyn Bay", "LL29"),
    ("Old Colwyn", "LL29"),
    ("Rhos-on-Sea", "LL28"),
    ("Llandudno", "LL30"),
    ("Llandudno Junction", "LL31"),
    ("Deganwy", "LL31"),
    ("Conwy", "LL32"),
    ("Penmaenmawr", "LL34"),
    ("Abergele", "LL22"),
    ("Kinmel Bay", "LL18"),
    ("Llysfaen", "LL29"),
]
GB_STREETS = [
    "Abergele Road",
    "Conway Road",
    "Pen-y-Bryn Road",
    "Llannerch Road East",
    "Princes Drive",
    "Marine Road",
    "Mostyn Avenue",
    "Trinity Square",
    "Glan y Mor Road",
    "Rhiw Road",
    "Bryn Avenue",
    "Heol Maelgwn",
]
#: (city, state, ZIP) of Duluth and the Arrowhead
US_PLACES = [
    ("Duluth", "MN", "55803"),
    ("Duluth", "MN", "55804"),
    ("Duluth", "MN", "55805"),
    ("Duluth", "MN", "55806"),
    ("Duluth", "MN", "55807"),
    ("Duluth", "MN", "55811"),
    ("Duluth", "MN", "55812"),
    ("Hermantown", "MN", "55811"),
    ("Proctor", "MN", "55810"),
    ("Cloquet", "MN", "55720"),
    ("Two Harbors", "MN", "55616"),
    ("Superior", "WI", "54880"),
]
US_STREETS = [
    "London Road",
    "E Superior St",
    "W 4th St",
    "Woodland Ave",
    "Jean Duluth Rd",
    "Grand Ave",
    "Arrowhead Rd",
    "N 40th Ave W",
    "Minnesota Ave",
    "Tower Ave",
    "Lester River Rd",
    "Haines Rd",
]
#: (community, forward sortation area) of Fredericton and the upper Saint John river valley
CA_PLACES = [
    ("Fredericton", "E3A"),
    ("Fredericton", "E3B"),
    ("Fredericton", "E3C"),
    ("Fredericton", "E3G"),
    ("Oromocto", "E2V"),
    ("New Maryland", "E3C"),
    ("Hanwell", "E3C"),
    ("Nackawic", "E6G"),
    ("Woodstock", "E7M"),
    ("Minto", "E4B"),
    ("Keswick Ridge", "E6L"),
]
CA_STREETS = [
    "Regent Street",
    "Smythe Street",
    "Union Street",
    "Brunswick Street",
    "Main Street",
    "Hanwell Road",
    "Waterloo Row",
    "Riverside Drive",
    "Dundonald Street",
    "Woodstock Road",
    "Route 105",
]
#: (townland or town, Eircode routing key) of the Letterkenny area of County Donegal
IE_PLACES = [
    ("Letterkenny", "F92"),
    ("Letterkenny", "F92"),
    ("Glencar", "F92"),
    ("Ballyraine", "F92"),
    ("Ramelton", "F92"),
    ("Milford", "F92"),
    ("Kilmacrennan", "F92"),
    ("Newmills", "F92"),
    ("Churchill", "F92"),
    ("Manorcunningham", "F92"),
    ("Ballybofey", "F93"),
    ("Convoy", "F93"),
]
IE_STREETS = [
    "Port Road",
    "Upper Main Street",
    "Ramelton Road",
    "Windyhall",
    "Kiltoy",
    "Gortlee",
    "Glencar Irish",
    "Oldtown",
    "Ballymacool",
    "Lurgybrack",
]
#: (suburb, postcode) of Bundaberg and the Wide Bay
AU_PLACES = [
    ("BUNDABERG CENTRAL", "4670"),
    ("BUNDABERG WEST", "4670"),
    ("BUNDABERG SOUTH", "4670"),
    ("WALKERVALE", "4670"),
    ("AVENELL HEIGHTS", "4670"),
    ("KEPNOCK", "4670"),
    ("BARGARA", "4670"),
    ("BURNETT HEADS", "4670"),
    ("MILLBANK", "4670"),
    ("GIN GIN", "4671"),
    ("CHILDERS", "4660"),
    ("GAYNDAH", "4625"),
]
AU_STREETS = [
    "BOURBONG ST",
    "WALKER ST",
    "TAKALVAN ST",
    "BARGARA RD",
    "QUAY ST",
    "GEORGE ST",
    "ELLIOTT HEADS RD",
    "SCOTTS RD",
    "WOONGARRA ST",
    "BURNETT ST",
    "TOWN VIEW CRES",
]
#: (locality, PIN code) of Mysuru and the towns around
IN_PLACES = [
    ("Kuvempunagar", "570023"),
    ("Saraswathipuram", "570009"),
    ("Vijayanagar", "570017"),
    ("Jayalakshmipuram", "570012"),
    ("Gokulam", "570002"),
    ("Chamundipuram", "570004"),
    ("Hebbal", "570016"),
    ("Bogadi", "570026"),
    ("Srirampura", "570008"),
    ("Nanjangud", "571301"),
    ("Mandya", "571401"),
    ("Hunsur", "571105"),
]
IN_STREETS = [
    "Kalidasa Road",
    "Sayyaji Rao Road",
    "Chamaraja Double Road",
    "Hunsur Road",
    "Ramanuja Road",
    "Vivekananda Road",
    "New Kantharaj Urs Road",
    "Temple Road",
    "Nazarbad Main Road",
    "Bogadi Road",
]
IN_SOCIETIES = ["Sri Sai Nilaya", "Lakshmi Residency", "Chamundi Enclave", "Nandini Layout", "Vasanth Apartments"]
#: (suburb, postal code) of East London (Buffalo City) and the towns around
ZA_PLACES = [
    ("Vincent", "5247"),
    ("Berea", "5241"),
    ("Beacon Bay", "5241"),
    ("Nahoon", "5241"),
    ("Southernwood", "5201"),
    ("Quigney", "5201"),
    ("Cambridge", "5206"),
    ("Gonubie", "5256"),
    ("Amalinda", "5252"),
    ("Mdantsane", "5219"),
    ("Qonce", "5601"),
    ("Stutterheim", "4930"),
]
ZA_STREETS = [
    "Oxford Street",
    "Devereux Avenue",
    "Pearce Street",
    "Beach Road",
    "Bonza Bay Road",
    "St Georges Road",
    "Main Road",
    "Amalinda Main Road",
    "Frere Road",
    "Chamberlain Road",
]
#: (bairro, cidade, the CEP's first five digits) of Londrina and the towns of the north of Paraná
BR_PLACES = [
    ("Centro", "Londrina", "86010"),
    ("Jardim Higienópolis", "Londrina", "86015"),
    ("Vila Ipiranga", "Londrina", "86010"),
    ("Gleba Palhano", "Londrina", "86050"),
    ("Jardim Bandeirantes", "Londrina", "86065"),
    ("Cinco Conjuntos", "Londrina", "86082"),
    ("Jardim Shangri-lá", "Londrina", "86070"),
    ("Vila Nova", "Londrina", "86025"),
    ("Centro", "Cambé", "86181"),
    ("Centro", "Ibiporã", "86200"),
    ("Jardim Primavera", "Rolândia", "86600"),
    ("Centro", "Arapongas", "86700"),
]
BR_STREETS = [
    "Rua Pará",
    "Avenida Higienópolis",
    "Rua Sergipe",
    "Avenida JK",
    "Rua Belo Horizonte",
    "Rua Professor João Cândido",
    "Avenida Duque de Caxias",
    "Rua Piauí",
    "Avenida Madre Leônia Milito",
    "Rua Mato Grosso",
]
BR_BIRTHPLACES = [
    "Londrina",
    "Cornélio Procópio",
    "Bandeirantes",
    "Assaí",
    "Jacarezinho",
    "Presidente Prudente",
    "Ourinhos",
    "Apucarana",
    "Marília",
    "Uraí",
]
#: (by, postnummer) of Horsens and the municipality around
DK_PLACES = [
    ("Horsens", "8700"),
    ("Horsens", "8700"),
    ("Horsens", "8700"),
    ("Brædstrup", "8740"),
    ("Gedved", "8751"),
    ("Hovedgård", "8732"),
    ("Østbirk", "8752"),
    ("Lund", "8700"),
    ("Egebjerg", "8700"),
    ("Hedensted", "8722"),
    ("Juelsminde", "7130"),
    ("Tørring", "7160"),
]
DK_STREETS = [
    "Søndergade",
    "Nørregade",
    "Vestergade",
    "Strandpromenaden",
    "Bygholm Parkvej",
    "Østbirkvej",
    "Silkeborgvej",
    "Ryesgade",
    "Emil Møllers Gade",
    "Sundvej",
    "Allégade",
]
#: (населений пункт, індекс) of Ternopil and the villages and towns around
UA_PLACES = [
    ("м. Тернопіль", "46001"),
    ("м. Тернопіль", "46008"),
    ("м. Тернопіль", "46010"),
    ("м. Тернопіль", "46016"),
    ("м. Тернопіль", "46027"),
    ("смт Велика Березовиця", "47711"),
    ("с. Байківці", "47711"),
    ("с. Великі Гаї", "47722"),
    ("м. Збараж", "47300"),
    ("м. Зборів", "47201"),
    ("м. Теребовля", "48100"),
    ("м. Бережани", "47501"),
]
UA_STREETS = [
    "вул. Руська",
    "вул. Замкова",
    "вул. Микулинецька",
    "вул. Живова",
    "просп. Степана Бандери",
    "вул. Київська",
    "вул. Лесі Українки",
    "вул. Броварна",
    "бульв. Дмитра Вишневецького",
    "вул. Шевченка",
]
#: (colonia, municipio, código postal) of Aguascalientes and its municipalities
MX_PLACES = [
    ("Zona Centro", "Aguascalientes", "20000"),
    ("Barrio de la Salud", "Aguascalientes", "20240"),
    ("Las Américas", "Aguascalientes", "20230"),
    ("Jardines de la Asunción", "Aguascalientes", "20270"),
    ("Ojocaliente", "Aguascalientes", "20190"),
    ("Bosques del Prado Norte", "Aguascalientes", "20127"),
    ("Del Valle", "Aguascalientes", "20080"),
    ("San Marcos", "Aguascalientes", "20070"),
    ("Centro", "Jesús María", "20900"),
    ("Centro", "Calvillo", "20800"),
    ("Centro", "Pabellón de Arteaga", "20670"),
    ("Centro", "San Francisco de los Romo", "20300"),
]
MX_STREETS = [
    "Av. Madero",
    "Calle Juan de Montoro",
    "Av. López Mateos",
    "Calle Libertad",
    "Calle Nieto",
    "Av. de la Convención",
    "Calle Hornedo",
    "Av. Siglo XXI",
    "Calle Morelos",
    "Calle 5 de Mayo",
]
MX_STATES = ["AS", "AS", "AS", "AS", "ZS", "JC", "SP", "GT", "DF"]
#: (Ort, PLZ) of Passau and the Landkreis
DE_PLACES = [
    ("Passau", "94032"),
    ("Passau", "94034"),
    ("Passau", "94036"),
    ("Hutthurm", "94116"),
    ("Tittling", "94104"),
    ("Vilshofen an der Donau", "94474"),
    ("Fürstenzell", "94081"),
    ("Salzweg", "94121"),
    ("Thyrnau", "94136"),
    ("Neuburg am Inn", "94127"),
    ("Ruderting", "94161"),
    ("Hauzenberg", "94051"),
]
DE_STREETS = [
    "Innstraße",
    "Ludwigstraße",
    "Neuburger Straße",
    "Spitalhofstraße",
    "Kapuzinerstraße",
    "Grünau",
    "Dr.-Emil-Brichta-Straße",
    "Schulstraße",
    "Marktplatz",
    "Hauptstraße",
    "Am Schanzl",
]
DE_BIRTHPLACES = [
    "Passau",
    "Vilshofen",
    "Pocking",
    "Deggendorf",
    "Straubing",
    "Landshut",
    "Grafenau",
    "Freyung",
    "Karlsbad",
    "Budweis",
    "Schärding",
    "Regen",
]
#: (commune, code postal) of Dijon Métropole and around
FR_PLACES = [
    ("Dijon", "21000"),
    ("Dijon", "21000"),
    ("Dijon", "21000"),
    ("Chenôve", "21300"),
    ("Talant", "21240"),
    ("Fontaine-lès-Dijon", "21121"),
    ("Quetigny", "21800"),
    ("Chevigny-Saint-Sauveur", "21800"),
    ("Longvic", "21600"),
    ("Saint-Apollinaire", "21850"),
    ("Marsannay-la-Côte", "21160"),
    ("Genlis", "21110"),
]
FR_STREETS = [
    "rue de la Liberté",
    "boulevard de Sévigné",
    "avenue Victor Hugo",
    "rue Monge",
    "rue d'Auxonne",
    "rue Jean-Jacques Rousseau",
    "avenue du Drapeau",
    "rue des Godrans",
    "boulevard Carnot",
    "chemin des Vignes",
    "allée des Tilleuls",
]
#: (localidade, the postcode's four first digits) of the district of Castelo Branco
PT_PLACES = [
    ("Castelo Branco", "6000"),
    ("Castelo Branco", "6000"),
    ("Alcains", "6005"),
    ("Escalos de Cima", "6005"),
    ("Benquerenças", "6000"),
    ("Idanha-a-Nova", "6060"),
    ("Vila Velha de Ródão", "6030"),
    ("Fundão", "6230"),
    ("Proença-a-Nova", "6150"),
    ("Oleiros", "6160"),
    ("Sertã", "6100"),
    ("Penamacor", "6090"),
]
PT_STREETS = [
    "Rua de Santa Maria",
    "Avenida Nuno Álvares",
    "Rua Cadetes de Toledo",
    "Rua da Piscina",
    "Largo do Pelourinho",
    "Rua de São Sebastião",
    "Travessa da Fonte Nova",
    "Rua do Arco do Bispo",
    "Avenida 1.º de Maio",
    "Rua Dr. Francisco Marcelino",
]


def street(g: Gen, streets: list[str], lang: str) -> str:
    """A street line as the country writes it."""
    s = g.rnd.choice(streets)
    if lang == "gb":
        if g.rnd.random() < 0.2:
            return f"Flat {g.rnd.randint(1, 14)}, {g.rnd.choice(['Bryn Eithin', 'Plas Tudno', 'Ty Gwyn'])}, {s}"
        return f"{g.rnd.randint(1, 220)} {s}"
    if lang == "us":
        return f"{g.rnd.randint(100, 9_800)} {s}"
    if lang == "ca":
        if g.rnd.random() < 0.25:
            return f"{g.rnd.randint(101, 412)}-{g.rnd.randint(10, 990)} {s}"
        return f"{g.rnd.randint(1, 990)} {s}"
    if lang == "ie":
        if g.rnd.random() < 0.5:
            return f"{g.rnd.randint(1, 80)} {s}"
        return f"{g.rnd.choice(['Rose Cottage', 'Hillview', 'The Bungalow', 'Swilly View'])}, {s}"
    if lang == "au":
        if g.rnd.random() < 0.2:
            return f"UNIT {g.rnd.randint(1, 12)} {g.rnd.randint(1, 240)} {s}"
        return f"{g.rnd.randint(1, 240)} {s}"
    if lang == "in":
        if g.rnd.random() < 0.5:
            return f"#{g.rnd.randint(1, 2_400)}, {g.rnd.randint(1, 14)}th Cross, {s}"
        return f"Flat {g.rnd.randint(1, 4)}0{g.rnd.randint(1, 8)}, {g.rnd.choice(IN_SOCIETIES)}, {s}"
    if lang == "za":
        if g.rnd.random() < 0.25:
            return f"{g.rnd.randint(1, 40)} {g.rnd.choice(['Nahoon Mews', 'Beacon Gardens', 'Vincent Court'])}, {s}"
        return f"{g.rnd.randint(1, 180)} {s}"
    if lang == "br":
        return f"{s}, {g.rnd.randint(10, 3_200)}" + (
            f", apto {g.rnd.randint(1, 18)}0{g.rnd.randint(1, 4)}" if g.rnd.random() < 0.3 else ""
        )
    if lang == "dk":
        return f"{s} {g.rnd.randint(1, 160)}" + (
            f", {g.rnd.randint(1, 4)}. {g.rnd.choice(['th', 'tv', 'mf'])}" if g.rnd.random() < 0.35 else ""
        )
    if lang == "ua":
        return f"{s}, {g.rnd.randint(1, 120)}" + (f", кв. {g.rnd.randint(1, 180)}" if g.rnd.random() < 0.6 else "")
    if lang == "mx":
        return s
    if lang == "de":
        return f"{s} {g.rnd.randint(1, 90)}{g.rnd.choice(['', '', '', 'a', 'b'])}"
    if lang == "fr":
        bis = g.rnd.choice(["", "", "", "", " bis", " ter"])
        return f"{g.rnd.randint(1, 140)}{bis} {s}"
    if lang == "pt":
        n = g.rnd.randint(1, 240)
        if g.rnd.random() < 0.35:
            return f"{s}, n.º {n}, {g.rnd.randint(1, 4)}.º {g.rnd.choice(['Esq.', 'Dto.'])}"
        return f"{s}, {n}"
    return s


def ca_postal(g: Gen, fsa: str) -> str:
    """A Canadian postal code of ``fsa``: the local delivery unit's digit, letter and digit (no D, F, I, O, Q or U)."""
    letters = "ABCEGHJKLMNPRSTVWXYZ"
    return f"{fsa} {g.rnd.randint(0, 9)}{g.rnd.choice(letters)}{g.rnd.randint(0, 9)}"


def dmy(d: date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


MESES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]


def fecha_larga(d: date) -> str:
    """A Mexican long-form date: ``12 de marzo de 1941``."""
    return f"{d.day} de {MESES[d.month - 1]} de {d.year}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def iban(country: str, bban: str) -> str:
    check = _iban.calc_check_digits(f"{country}00{bban}")
    number = f"{country}{check}{bban}"
    assert _iban.is_valid(number), number
    return number


def spaced(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def card(g: Gen, spaced_: bool = True) -> str:
    head = g.rnd.choice(["4", "4", "4", "51", "53", "55"])
    body = head + g.digits(15 - len(head))
    d = body + luhn.calc_check_digit(body)
    return " ".join(d[i : i + 4] for i in range(0, 16, 4)) if spaced_ else d


def nhs(g: Gen) -> str:
    """An NHS number (mod-11 check by python-stdnum), written ``485 777 3456``."""
    d = g.valid(lambda: str(g.rnd.randint(4, 7)) + g.digits(9), _nhs.is_valid)
    return _nhs.format(d)


def nhs_decoy(g: Gen) -> str:
    """Ten digits spaced ``3 3 4`` like an NHS number and failing its check (a visit reference)."""
    d = g.valid(lambda: str(g.rnd.randint(4, 9)) + g.digits(9), lambda x: not _nhs.is_valid(x))
    return _nhs.format(d)


#: the letters of a Medicare Beneficiary Identifier (no S, L, O, I, B or Z)
_MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"


def mbi(g: Gen) -> str:
    """A Medicare Beneficiary Identifier by its published shape (``1EG4-TE5-MK73``; no check digit)."""
    an = _MBI_LETTERS + string.digits

    def one(kind: str) -> str:
        return g.rnd.choice({"C": "123456789", "A": _MBI_LETTERS, "N": string.digits, "X": an}[kind])

    d = "".join(one(k) for k in "CAXNAXNAANN")
    return f"{d[:4]}-{d[4:7]}-{d[7:]}" if g.rnd.random() < 0.5 else d


def ssn_decoy(g: Gen) -> str:
    """Nine digits written ``123-45-6789`` and failing the SSN check (area 000, 666 or 9xx): a case number."""
    d = g.rnd.choice(["000", "666", f"9{g.digits(2)}"]) + g.digits(6)
    assert not _ssn.is_valid(d)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}"


def sin(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.choice([1, 2, 4, 5, 6, 7])) + g.digits(8), _sin.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:]}" if g.rnd.random() < 0.6 else f"{d[:3]}-{d[3:6]}-{d[6:]}"


def sin_decoy(g: Gen) -> str:
    """Nine digits spaced like a SIN and failing its Luhn check (a referral number)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 7)) + g.digits(8), lambda x: not _sin.is_valid(x))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def nb_medicare(g: Gen) -> str:
    """A New Brunswick Medicare number (by shape: nine digits)."""
    return str(g.rnd.randint(1, 9)) + g.digits(8)


def pps(g: Gen) -> str:
    """An Irish PPSN: seven digits and the check letter (python-stdnum), a few with the ``W`` of older numbers."""

    def make() -> str:
        tail = g.rnd.choice(["", "", "", "", "A", "W"])
        body = g.digits(7)
        for letter in "ABCDEFGHIJKLMNOPQRSTUVW":
            if _pps.is_valid(body + letter + tail):
                return body + letter + tail
        return body

    return g.valid(make, _pps.is_valid)


def pps_decoy(g: Gen) -> str:
    """Seven digits and a letter failing the PPS check (a trip reference)."""
    return g.valid(lambda: g.digits(7) + g.rnd.choice("ABCDEFGHIJKLMNOPQRSTUVW"), lambda x: not _pps.is_valid(x))


def medicare_is_valid(value: str) -> bool:
    """Whether ``value`` is a valid Australian Medicare card number (10 digits, weights 1,3,7,9 mod 10, then the
    issue number)."""
    d = value.replace(" ", "")
    if len(d) not in (10, 11) or not d.isdigit() or d[0] not in "23456":
        return False
    return sum(int(x) * w for x, w in zip(d[:8], (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10 == int(d[8])


def medicare(g: Gen) -> str:
    """An Australian Medicare card number with its check digit and issue number (and, half the time, the
    individual reference number), unspaced as a COBOL extract keeps it."""
    body = str(g.rnd.randint(2, 6)) + g.digits(7)
    check = sum(int(x) * w for x, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    d = f"{body}{check}{g.rnd.randint(1, 5)}" + (str(g.rnd.randint(1, 4)) if g.rnd.random() < 0.5 else "")
    assert medicare_is_valid(d)
    return d


def au_crn(g: Gen) -> str:
    """A Centrelink Customer Reference Number (by shape: nine digits and a letter)."""
    return str(g.rnd.randint(2, 6)) + g.digits(8) + g.rnd.choice("ABCDEFGHJKLMNPQRSTVWXY")


def tfn_decoy(g: Gen) -> str:
    """Nine digits failing the TFN check (an invoice control number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 8)) + g.digits(8), lambda x: not _tfn.is_valid(x))


def aadhaar(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if g.rnd.random() < 0.6 else d


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (a CRM booking number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def pan(g: Gen, family: str) -> str:
    """A PAN of a person (fourth letter ``P``, fifth the family name's initial)."""
    initial = (latin(family)[:1] or "P").upper()
    return g.valid(lambda: g.code("AAA") + "P" + initial + g.digits(4) + g.code("A"), _pan.is_valid)


def in_passport(g: Gen) -> str:
    """An Indian passport number (by shape: a letter and seven digits)."""
    return g.rnd.choice("JKLMNPRSTUVWZ") + str(g.rnd.randint(1, 9)) + g.digits(6)


def upi(g: Gen, first: str) -> str:
    """A UPI payment handle (``name.123@okaxis``)."""
    return f"{latin(first)}{g.rnd.choice(['', '.', '_'])}{g.rnd.randint(1, 999)}@" + g.rnd.choice(
        ["okaxis", "okicici", "oksbi", "ybl", "paytm", "okhdfcbank"]
    )


def za_id(g: Gen, born: date, female: bool) -> str:
    """A South African ID number: the birth date ``YYMMDD``, a sequence below 5000 for women, citizenship, ``8`` and
    the Luhn check."""

    def make() -> str:
        seq = g.rnd.randint(0, 4_999) if female else g.rnd.randint(5_000, 9_999)
        body = f"{born:%y%m%d}{seq:04d}08"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, lambda x: _za_idnr.is_valid(x) and _za_idnr.get_birth_date(x) == born)


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits failing the South African ID number's check (a pharmacy dispensing batch number)."""
    return g.valid(lambda: "26" + g.digits(11), lambda x: not _za_idnr.is_valid(x))


def cpf(g: Gen, dotted: bool = True) -> str:
    d = g.valid(lambda: g.digits(11), lambda x: _cpf.is_valid(x) and len(set(x)) > 1)
    return _cpf.format(d) if dotted else d


def cpf_decoy(g: Gen) -> str:
    """Eleven digits written like a CPF and failing its check (a medical record number)."""
    return _cpf.format(g.valid(lambda: g.digits(11), lambda x: not _cpf.is_valid(x)))


def rg_pr(g: Gen) -> str:
    """A Paraná RG (by shape: ``12.345.678-9``)."""
    d = str(g.rnd.randint(1, 14)).zfill(2) + g.digits(6)
    return f"{d[:2]}.{d[2:5]}.{d[5:]}-{g.rnd.choice(string.digits + 'X')}"


def cns_is_valid(value: str) -> bool:
    """Whether ``value`` is a valid Cartão Nacional de Saúde number: fifteen digits starting 1, 2, 7, 8 or 9 whose
    digits weighted 15 down to 1 sum to a multiple of 11 (the published rule)."""
    d = value.replace(" ", "")
    if len(d) != 15 or not d.isdigit() or d[0] not in "12789":
        return False
    return sum(int(x) * w for x, w in zip(d, range(15, 0, -1), strict=True)) % 11 == 0


def cns(g: Gen) -> str:
    """A provisional CNS (starting 7, 8 or 9), written ``898 0012 3456 7890``."""

    def make() -> str:
        body = g.rnd.choice("789") + g.digits(13)
        last = -sum(int(x) * w for x, w in zip(body, range(15, 1, -1), strict=True)) % 11
        return body + str(last) if last < 10 else ""

    d = g.valid(make, cns_is_valid)
    return f"{d[:3]} {d[3:7]} {d[7:11]} {d[11:]}"


def cnpj(g: Gen) -> str:
    body = g.digits(8) + "0001"
    return _cnpj.format(body + _cnpj.calc_check_digits(body))


def cpr(g: Gen, born: date, female: bool) -> str:
    """A Danish CPR number with a century digit matching the birth year, an odd last digit for men and the old
    mod-11 weighting summing to 0, written ``DDMMYY-NNNN``."""

    def make() -> str:
        century = g.rnd.choice("0123") if born.year < 2000 else "4"
        last = g.rnd.choice("02468" if female else "13579")
        return f"{born:%d%m%y}{century}{g.digits(2)}{last}"

    number = g.valid(make, lambda x: _cpr.is_valid(x) and _cpr.checksum(x) == 0 and _cpr.get_birth_date(x) == born)
    return f"{number[:6]}-{number[6:]}"


def cpr_decoy(g: Gen) -> str:
    """``DDMMYY-NNNN`` with an impossible day (a case number) and so failing the CPR check."""
    return g.valid(
        lambda: f"{g.rnd.randint(32, 39)}{g.rnd.randint(1, 12):02d}{g.rnd.randint(20, 26)}-{g.digits(4)}",
        lambda x: not _cpr.is_valid(x),
    )


def cvr(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(7), _cvr.is_valid)


def dk_account(g: Gen) -> str:
    """A Danish domestic account: a bank's registration number and the account number."""
    return f"{g.rnd.choice(['7260', '9570', '1551', '6800', '2270', '7730'])} {g.digits(10)}"


def rntrc(g: Gen, born: date, female: bool) -> str:
    """A Ukrainian RNOKPP: days since 1899-12-31, a serial whose last digit is even for women, a check digit."""
    days = (born - date(1899, 12, 31)).days

    def make() -> str:
        serial = g.digits(3) + str(g.rnd.choice("02468" if female else "13579"))
        body = f"{days:05d}{serial}"
        return body + _rntrc.calc_check_digit(body)

    return g.valid(make, _rntrc.is_valid)


def rntrc_decoy(g: Gen) -> str:
    """Ten digits failing the RNOKPP check (a case file number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 3)) + g.digits(9), lambda x: not _rntrc.is_valid(x))


def ua_document(g: Gen) -> str:
    """An identity document: the ID card's nine digits or an old passport's two Cyrillic letters and six digits."""
    if g.rnd.random() < 0.45:
        return g.digits(9)
    return g.rnd.choice(["МС", "МЕ", "МА", "МО", "КА", "ІВ"]) + " " + g.digits(6)


def ua_iban(g: Gen) -> str:
    return iban("UA", g.rnd.choice(["305299", "322001", "338545", "336503"]) + g.digits(19))


def edrpou(g: Gen) -> str:
    body = str(g.rnd.randint(2, 4)) + g.digits(6)
    number = body + _edrpou.calc_check_digit(body)
    assert _edrpou.is_valid(number), number
    return number


_MX_PARTICLES = {"DE", "DEL", "LA", "LAS", "LOS", "Y", "MC", "MAC", "VAN", "VON", "DA", "DI"}


def _mx_clean(text: str) -> list[str]:
    words = "".join(ch for ch in fold(text).upper() if ch.isalpha() or ch == " ").split()
    return [w for w in words if w not in _MX_PARTICLES] or ["X"]


def _mx_given(names: str) -> str:
    parts = _mx_clean(names)
    if len(parts) > 1 and parts[0] in ("JOSE", "MARIA", "MA", "J"):
        return parts[1]
    return parts[0]


def _first_vowel(text: str) -> str:
    return next((ch for ch in text[1:] if ch in "AEIOU"), "X")


def _first_consonant(text: str) -> str:
    return next((ch for ch in text[1:] if ch not in "AEIOU"), "X")


def curp(names: str, paternal: str, maternal: str, born: date, female: bool, state: str) -> str:
    """A CURP encoding the names, birth date, sex and state of birth (check digit by python-stdnum)."""
    p, m, n = _mx_clean(paternal)[0], _mx_clean(maternal)[0], _mx_given(names)
    head = p[0] + _first_vowel(p) + m[0] + n[0]
    if head in _curp._name_blacklist:
        head = head[0] + "X" + head[2:]
    body = (
        head
        + born.strftime("%y%m%d")
        + ("M" if female else "H")
        + state
        + _first_consonant(p)
        + _first_consonant(m)
        + _first_consonant(n)
        + ("0" if born.year < 2000 else "A")
    )
    number = body + _curp.calc_check_digit(body + "0")
    assert _curp.is_valid(number), number
    return number


def nss(g: Gen, born: date) -> str:
    """A Mexican IMSS social security number: the subdelegation, the year of registration, the birth year, a serial
    and the Luhn check digit (python-stdnum's Luhn)."""
    joined = max(born.year + 16, 1943)
    body = f"{g.rnd.choice(['01', '02', '03', '14', '31'])}{joined % 100:02d}{born.year % 100:02d}{g.digits(4)}"
    return body + luhn.calc_check_digit(body)


def nss_decoy(g: Gen) -> str:
    """Eleven digits failing the NSS's Luhn check (an attendance folio)."""
    return g.valid(lambda: "0" + g.digits(10), lambda x: not luhn.is_valid(x))


def clave_elector(g: Gen, names: str, paternal: str, maternal: str, born: date, female: bool) -> str:
    """An INE voter key by its shape: consonants of the names, the birth date, the state, the sex and three digits."""
    p, m, n = _mx_clean(paternal)[0], _mx_clean(maternal)[0], _mx_given(names)
    head = "".join((p[0], _first_consonant(p), m[0], _first_consonant(m), n[0], _first_consonant(n)))
    return f"{head}{born:%y%m%d}01{'M' if female else 'H'}{g.digits(3)}"


def clabe(g: Gen) -> str:
    """An 18-digit CLABE (bank, plaza, account, and the weighted 3-7-1 check digit)."""
    body = g.rnd.choice(["012", "002", "014", "021", "072", "044"]) + "010" + g.digits(11)
    return body + str((10 - sum(int(d) * (3, 7, 1)[i % 3] % 10 for i, d in enumerate(body)) % 10) % 10)


def steuer_id(g: Gen) -> str:
    """A German tax identification number (Steuer-ID, ISO 7064 check by python-stdnum), written ``12 345 678 901``."""

    def make() -> str:
        digits = g.rnd.sample("0123456789", 9)
        if digits[0] == "0":
            digits[0], digits[1] = digits[1], digits[0]
        body = digits[:9]
        body.insert(g.rnd.randint(1, 9), g.rnd.choice(body))
        stem = "".join(body)
        for check in string.digits:
            if _idnr.is_valid(stem + check):
                return stem + check
        return stem

    d = g.valid(make, _idnr.is_valid)
    return f"{d[:2]} {d[2:5]} {d[5:8]} {d[8:]}" if g.rnd.random() < 0.5 else d


def steuer_id_decoy(g: Gen) -> str:
    """Eleven digits failing the Steuer-ID check (a care contract number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _idnr.is_valid(x))


_RVNR_WEIGHTS = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)


def rvnr_check(stem: str) -> str:
    """The check digit of a German pension insurance number: the letter as its two-digit place in the alphabet,
    twelve digits weighted 2,1,2,5,7,1,2,1,2,1,2,1, the products' digit sums added, modulo 10."""
    digits = stem[:8] + f"{ord(stem[8].upper()) - 64:02d}" + stem[9:11]
    return str(sum(sum(map(int, str(int(d) * w))) for d, w in zip(digits, _RVNR_WEIGHTS, strict=True)) % 10)


def rvnr_is_valid(value: str) -> bool:
    v = value.replace(" ", "")
    if len(v) != 12 or not (v[:8].isdigit() and v[8].isalpha() and v[9:].isdigit()):
        return False
    return rvnr_check(v[:11]) == v[11]


def rvnr(g: Gen, born: date, birth_name: str, female: bool) -> str:
    """A German pension insurance number: the insurer's area, the birth date ``DDMMYY``, the birth name's initial, a
    serial (50 to 99 for women) and the check digit, written ``12 150341 G 503``."""
    area = g.rnd.choice(["12", "13", "15", "16", "17", "65"])
    serial = g.rnd.randint(50, 99) if female else g.rnd.randint(0, 49)
    initial = (fold(birth_name)[:1] or "x").upper()
    stem = f"{area}{born:%d%m%y}{initial}{serial:02d}"
    number = stem + rvnr_check(stem)
    assert rvnr_is_valid(number)
    return f"{number[:2]} {number[2:8]} {number[8]} {number[9:]}" if g.rnd.random() < 0.6 else number


_AUSWEIS_ALPHABET = "CFGHJKLMNPRTVWXYZ0123456789"


def ausweis_check(body: str) -> str:
    """The check digit of a German identity card number (ICAO 9303: weights 7, 3, 1, letters A=10 to Z=35)."""
    values = [int(ch) if ch.isdigit() else ord(ch) - 55 for ch in body]
    return str(sum(v * (7, 3, 1)[i % 3] for i, v in enumerate(values)) % 10)


def ausweis(g: Gen) -> str:
    """A German identity card number: a letter of the card's alphabet, eight more characters and the check digit."""
    body = g.rnd.choice("LMNPRTVWXY") + "".join(g.rnd.choice(_AUSWEIS_ALPHABET) for _ in range(8))
    return body + ausweis_check(body)


def de_iban(g: Gen) -> str:
    return iban("DE", g.rnd.choice(["74050000", "74090000", "74061813", "74020074", "74060000"]) + g.digits(10))


#: department of birth (two characters) for the NIR of people born around Dijon and elsewhere
_NIR_DEPARTMENTS = ["21", "21", "21", "21", "71", "39", "25", "70", "52", "89", "58", "75", "69"]


def nir(g: Gen, born: date, female: bool) -> str:
    """A French NIR: sex, year and month of birth, department and commune, serial and the key (python-stdnum),
    written ``2 41 03 21 231 045 17`` or unspaced."""

    def make() -> str:
        return (
            f"{2 if female else 1}{born:%y%m}{g.rnd.choice(_NIR_DEPARTMENTS)}"
            f"{g.rnd.randint(1, 700):03d}{g.rnd.randint(1, 999):03d}"
        )

    body = make()
    d = body + _nir.calc_check_digits(body)
    assert _nir.is_valid(d)
    return _nir.format(d) if g.rnd.random() < 0.5 else d


def nir_decoy(g: Gen) -> str:
    """Fifteen digits starting like a NIR and failing its key (a beneficiary number)."""
    return g.valid(lambda: g.rnd.choice("12") + g.digits(14), lambda x: not _nir.is_valid(x))


def siret(g: Gen) -> str:
    def make() -> str:
        siren = g.digits(8)
        siren += luhn.calc_check_digit(siren)
        return siren + "000" + g.digits(2)

    return _siret.format(g.valid(make, _siret.is_valid))


def fr_iban(g: Gen) -> str:
    def make() -> str:
        bank = g.rnd.choice(["30004", "30002", "20041", "10278", "13506", "12506"])
        return iban("FR", bank + g.digits(5) + g.digits(11) + g.digits(2))

    return g.valid(make, _iban.is_valid)


def nif_pt(g: Gen, company: bool = False) -> str:
    """A Portuguese NIF: a person's starts ``1``, ``2`` or ``3``, a pharmacy's (NIPC) ``5``."""
    body = ("5" if company else g.rnd.choice(["1", "1", "2"])) + g.digits(7)
    number = body + _nif.calc_check_digit(body)
    assert _nif.is_valid(number), number
    return number


def nif_pt_decoy(g: Gen) -> str:
    """Nine digits starting like a personal NIF and failing its check (a process number)."""
    return g.valid(lambda: g.rnd.choice("123") + g.digits(8), lambda x: not _nif.is_valid(x))


def cartao_cidadao(g: Gen) -> str:
    """A Cartão de Cidadão number: the civil number with its mod-11 digit, the card's version and the check."""
    civil = f"{g.rnd.randint(1_000_000, 9_999_999):08d}"
    total = sum(int(d) * w for d, w in zip(civil, range(9, 1, -1), strict=True))
    civil_check = (11 - total % 11) % 11 % 10
    body = f"{civil}{civil_check}{g.rnd.choice(['ZZ', 'ZY', 'ZX', 'ZW', 'ZV', 'ZU'])}"
    number = body + _cc.calc_check_digit(body)
    assert _cc.is_valid(number), number
    return _cc.format(number)


_NISS_WEIGHTS = (29, 23, 19, 17, 13, 11, 7, 5, 3, 2)


def niss_check(body: str) -> str:
    """The check digit of a Portuguese NISS (its ten first digits weighted 29 to 2)."""
    return str(9 - sum(int(d) * w for d, w in zip(body, _NISS_WEIGHTS, strict=True)) % 10)


def niss(g: Gen) -> str:
    body = "1" + g.digits(9)
    return body + niss_check(body)


def sns_utente(g: Gen) -> str:
    """A Portuguese SNS user number (by shape: nine digits)."""
    return str(g.rnd.randint(1, 3)) + g.digits(8)


def gb_postcode(g: Gen, district: str) -> str:
    """A full postcode of ``district``: the sector digit and two letters of the inward code's alphabet."""
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{district} {g.rnd.randint(1, 9)}{g.rnd.choice(letters)}{g.rnd.choice(letters)}"


def eircode(g: Gen, routing_key: str) -> str:
    """An Eircode: the routing key and a unique identifier of four characters of the Eircode alphabet."""
    letters, chars = "ACDEFHKNPRTVWXY", "ACDEFHKNPRTVWXY0123456789"
    return f"{routing_key} {g.rnd.choice(letters)}{''.join(g.rnd.choice(chars) for _ in range(3))}"
