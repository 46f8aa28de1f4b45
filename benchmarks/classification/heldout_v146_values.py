"""Values of held-out set v146 (:mod:`benchmarks.classification.heldout_v146`): v146's random source, and names,
streets, towns, schools and free-text snippets written by hand for v146's school and childcare systems (no Faker, no
list of real people, no breach data), phones checked with phonenumbers and identifiers with check digits computed and
checked with python-stdnum.

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
from stdnum.ar import cbu as _cbu
from stdnum.ar import cuit as _cuit
from stdnum.br import cpf as _cpf
from stdnum.ch import ssn as _ahv
from stdnum.cz import rc as _rc
from stdnum.ie import pps as _pps
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.it import codicefiscale as _cf
from stdnum.jp import in_ as _mynumber
from stdnum.se import personnummer as _pnr
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _idnr

from benchmarks.classification.heldout_v2 import Column

SEED = 146_2026_0611
N = "none"
#: a login, a payment handle or a domestic bank account (``review``, as earlier sets labeled them)
UNCLASSIFIED = "unclassified"
#: NULL-like strings of v146's systems (tests skip them)
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
    "nil",
    "Nil",
    "not known",
    "TBC",
    "0",
    "keine",
    "k.A.",
    "unbekannt",
    "nessuna",
    "n.d.",
    "sin datos",
    "s/d",
    "ninguna",
    "não informado",
    "nada consta",
    "saknas",
    "inget",
    "ingen",
    "není",
    "nic",
    "žádné",
    "なし",
    "特になし",
    "不明",
    "NIL",
    "NONE",
    "N.A.",
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v146:{SEED}:{table}")

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

    def weekday(self, lo: str, hi: str) -> date:
        return self.valid(lambda: self.day(lo, hi), lambda d: d.weekday() < 5)

    def days(self, lo: str, hi: str, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.day(lo, hi), null)

    def moment(self, lo: str, hi: str, start_hour: int = 0, end_hour: int = 23) -> datetime:
        seconds = self.rnd.randint(start_hour * 3_600, end_hour * 3_600 + 3_599)
        return datetime.combine(self.day(lo, hi), datetime.min.time()) + timedelta(seconds=seconds)

    def moments(self, lo: str, hi: str, null: float = 0.0, start_hour: int = 0, end_hour: int = 23) -> list[Any]:
        return self.col(lambda: self.moment(lo, hi, start_hour, end_hour), null)

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
        first = self.rnd.choice([24, 41, 49, 58, 78, 81, 86, 101, 102, 105, 110, 117, 121, 141, 152, 175, 197, 203])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2001:4860", "2404:6800", "2a00:23c5", "2c0f:f4c0", "2001:8003", "2406:7400"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(6))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

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
    "US": (_nanp(["515", "319", "563", "641", "712"]), _nanp(["515", "319", "563", "641", "712"])),
    "CA": (_nanp(["780", "587", "825"]), _nanp(["780", "587"])),
    "GB": (_pre(["71", "73", "74", "75", "77", "78", "79"], 10), _pre(["1603", "1263", "1553", "1493", "1953"], 10)),
    "NG": (
        _pre(
            [
                "803",
                "806",
                "813",
                "816",
                "703",
                "706",
                "810",
                "903",
                "805",
                "807",
                "815",
                "905",
                "802",
                "808",
                "812",
                "701",
                "902",
                "901",
                "809",
                "817",
                "818",
                "909",
            ],
            10,
        ),
        _pre(["2"], 8),
    ),
    "IE": (_pre(["83", "85", "86", "87", "89"], 9), _pre(["719"], 9)),
    "AU": (_pre(["40", "41", "42", "43", "44", "45", "47", "48"], 9), _pre(["353", "354"], 9)),
    "IN": (_pre(["6", "7", "8", "9"], 10), _pre(["4222", "4223", "4224", "4225"], 10)),
    "ZA": (
        _pre(["60", "61", "62", "63", "71", "72", "73", "74", "76", "78", "79", "81", "82", "83", "84"], 9),
        _pre(["51"], 9),
    ),
    "AR": (_pre(["92614", "92615", "92616"], 11), _pre(["2614", "2615", "2616"], 10)),
    "BR": (_pre(["4899", "4898", "4896", "4891"], 11), _pre(["483"], 10)),
    "IT": (
        _pre(
            [
                "320",
                "327",
                "328",
                "329",
                "333",
                "334",
                "335",
                "338",
                "339",
                "340",
                "347",
                "348",
                "349",
                "366",
                "380",
                "388",
                "392",
                "393",
            ],
            10,
        ),
        _pre(["0461"], 10),
    ),
    "CH": (_pre(["75", "76", "77", "78", "79"], 9), _pre(["71"], 9)),
    "SE": (_pre(["70", "72", "73", "76"], 9), _pre(["36"], 8)),
    "CZ": (_pre(["60", "72", "73", "77", "79"], 9), _pre(["49"], 9)),
    "JP": (_pre(["90", "80", "70"], 10), _pre(["899", "899", "8997", "8996"], 9)),
}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v146) ------------------------------------------------------------------------------------------

#: language -> (men's given names, women's given names, family names) of parents and staff
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (
        ["Dwayne", "Kurt", "Brent", "Jared", "Luis", "Thanh", "Marcus", "Dale", "Ahmed", "Corey"],
        ["Tamara", "Heather", "Krista", "Rosa", "Amina", "Shelby", "Lacey", "Monique", "Hoa", "Brenda"],
        [
            "Vanderploeg",
            "Hemesath",
            "Kraayenbrink",
            "Olson",
            "Nguyen",
            "Rasmussen",
            "Delgado",
            "Schnoor",
            "Grotewold",
            "Mbeki-Larson",
            "Fjelstad",
            "Ankeny",
            "Wubben",
            "Hartzler",
            "Abdi",
        ],
    ),
    "ca": (
        ["Tyler", "Jaspreet", "Darnell", "Mathieu", "Ravi", "Kenji", "Brayden", "Omar", "Wade", "Rafael"],
        ["Kelsey", "Simranjit", "Marisol", "Dana", "Chantelle", "Nadia", "Leah", "Ayesha", "Crystal", "Mai"],
        [
            "Grewal",
            "Laboucan",
            "Kowalchuk",
            "Sawchuk",
            "Cardinal",
            "Dhillon",
            "Hrynchuk",
            "Bouchard-Lee",
            "Mahmoud",
            "Okafor",
            "Stefaniuk",
            "Tran",
            "Gladue",
            "Whitford",
        ],
    ),
    "gb": (
        ["Darren", "Gareth", "Stuart", "Nathan", "Imran", "Craig", "Wesley", "Adrian", "Kieran", "Graham"],
        ["Joanne", "Kerry", "Hayley", "Nicola", "Samina", "Gemma", "Lorraine", "Beverley", "Claire", "Donna"],
        [
            "Thirkettle",
            "Bunting",
            "Howlett",
            "Gotts",
            "Platten",
            "Rix",
            "Loveday",
            "Balls",
            "Eke",
            "Mallett",
            "Chilvers",
            "Akhtar",
            "Seago",
            "Nobbs",
            "Pegg",
        ],
    ),
    "ng": (
        ["Adewale", "Oluwatosin", "Babajide", "Chinedu", "Ibrahim", "Kunle", "Emeka", "Segun", "Yusuf", "Femi"],
        ["Folasade", "Omolola", "Bukola", "Ngozi", "Halima", "Temitope", "Adebimpe", "Chioma", "Kafayat", "Iyabo"],
        [
            "Adeyemo",
            "Ogunbiyi",
            "Akinwale",
            "Oyelaran",
            "Ladipo",
            "Olaniyan",
            "Ajayi",
            "Okeke",
            "Salami",
            "Adigun",
            "Oladejo",
            "Afolabi",
            "Eze",
            "Bakare",
        ],
    ),
    "ie": (
        ["Declan", "Ciarán", "Padraig", "Shane", "Eoin", "Barry", "Donal", "Tomasz", "Fergal", "Niall"],
        ["Siobhán", "Deirdre", "Bríd", "Edel", "Caoimhe", "Marguerite", "Fionnuala", "Ewa", "Nuala", "Tríona"],
        [
            "Gillen",
            "Feeney",
            "Mac Dermot",
            "Kilgallon",
            "Ó Gadhra",
            "Devaney",
            "Hargadon",
            "Scanlon",
            "Gilmartin",
            "Ní Chonghaile",
            "Kowalski",
            "McGoldrick",
            "Durkan",
            "Higgins",
        ],
    ),
    "au": (
        ["Brendan", "Shaun", "Troy", "Dean", "Nikhil", "Luke", "Aaron", "Minh", "Glen", "Callum"],
        ["Rebecca", "Kylie", "Melissa", "Tahlia", "Priya", "Renee", "Jacinta", "Leanne", "Linh", "Bianca"],
        [
            "Trewartha",
            "Pinkerton",
            "Rowe",
            "McCafferty",
            "Hutchins",
            "Tregonning",
            "Kavanagh",
            "Pham",
            "Whitehouse",
            "Lingard",
            "Costa",
            "Dyson",
            "Bolton",
            "Quarrell",
        ],
    ),
    "in": (
        ["Senthil", "Karthikeyan", "Murugan", "Prakash", "Arvind", "Balaji", "Dinesh", "Suresh", "Gopal", "Naveen"],
        ["Kavitha", "Revathi", "Meena", "Sangeetha", "Priya", "Lalitha", "Deepa", "Anitha", "Gayathri", "Saranya"],
        [
            "Ramasamy",
            "Krishnan",
            "Palanisamy",
            "Subramanian",
            "Sundaram",
            "Natarajan",
            "Velusamy",
            "Arumugam",
            "Chandrasekaran",
            "Rajendran",
            "Kumaravel",
            "Shanmugam",
        ],
    ),
    "za": (
        ["Thabo", "Pieter", "Sipho", "Johan", "Lerato", "Tshepo", "Riaan", "Mpho", "Neo", "Ruan"],
        ["Anneke", "Palesa", "Lindiwe", "Marelize", "Nthabiseng", "Refilwe", "Carmen", "Karabo", "Elmarie", "Dineo"],
        [
            "Mokoena",
            "van der Merwe",
            "Botha",
            "Mofokeng",
            "Nel",
            "Tsotetsi",
            "Pretorius",
            "Molefe",
            "Venter",
            "Sehloho",
            "du Plessis",
            "Khumalo",
            "Ramokgopa",
            "Steyn",
        ],
    ),
    "ar": (
        ["Martín", "Gustavo", "Facundo", "Hernán", "Diego", "Pablo", "Sebastián", "Leandro", "Marcelo", "Ariel"],
        ["Mariela", "Soledad", "Verónica", "Paola", "Romina", "Gisela", "Natalia", "Lorena", "Carolina", "Daniela"],
        [
            "Giménez",
            "Ferreyra",
            "Sosa",
            "Quiroga",
            "Lucero",
            "Aguilera",
            "Videla",
            "Ortiz",
            "Zalazar",
            "Funes",
            "Montenegro",
            "Coria",
            "Arancibia",
            "Pelegrina",
        ],
    ),
    "br": (
        [
            "Rodrigo",
            "Fabrício",
            "Leandro",
            "Gustavo",
            "Márcio",
            "Alexandre",
            "Rafael",
            "Diogo",
            "Cristiano",
            "Vinícius",
        ],
        ["Fernanda", "Patrícia", "Juliana", "Aline", "Daniela", "Simone", "Tatiana", "Camila", "Priscila", "Luciana"],
        [
            "Schmitz",
            "da Silveira",
            "Koerich",
            "Vieira",
            "Amorim",
            "Bittencourt",
            "Cardoso",
            "Zimmermann",
            "dos Santos",
            "Machado",
            "Wolff",
            "Pereira",
            "Hoffmann",
            "Medeiros",
        ],
    ),
    "it": (
        ["Matteo", "Luca", "Andrea", "Stefano", "Davide", "Simone", "Michele", "Fabio", "Ardit", "Claudio"],
        ["Chiara", "Francesca", "Sara", "Silvia", "Valentina", "Elisa", "Federica", "Ioana", "Giulia", "Martina"],
        [
            "Dallapiccola",
            "Moser",
            "Bonvecchio",
            "Pedrotti",
            "Tomasi",
            "Zanetti",
            "Cristofolini",
            "Gasperi",
            "Degasperi",
            "Osti",
            "Rigotti",
            "Frisanco",
            "Popescu",
            "Leonardi",
        ],
    ),
    "ch": (
        ["Reto", "Urs", "Beat", "Lukas", "Dario", "Marco", "Adrian", "Florian", "Mergim", "Patrick"],
        ["Corinne", "Sandra", "Nadja", "Barbara", "Manuela", "Ramona", "Andrea", "Jasmin", "Fabienne", "Petra"],
        [
            "Eugster",
            "Rechsteiner",
            "Bischof",
            "Zellweger",
            "Hutter",
            "Schläpfer",
            "Fässler",
            "Keller",
            "Signer",
            "Brunner",
            "Krasniqi",
            "Ammann",
            "Thurnherr",
            "Gmür",
        ],
    ),
    "se": (
        ["Mikael", "Johan", "Andreas", "Fredrik", "Niklas", "Ahmed", "Patrik", "Henrik", "Mattias", "Goran"],
        ["Jenny", "Sara", "Maria", "Emma", "Linda", "Hanna", "Amira", "Karin", "Malin", "Sofia"],
        [
            "Karlsson",
            "Gustafsson",
            "Johansson",
            "Lindholm",
            "Petersson",
            "Ek",
            "Axelsson",
            "Hassan",
            "Fransson",
            "Claesson",
            "Strömberg",
            "Sundqvist",
            "Wikström",
            "Bengtsson",
        ],
    ),
    "ja": (
        ["健太", "大輔", "翔", "直樹", "達也", "亮", "和也", "拓也"],
        ["美穂", "麻衣", "千夏", "裕子", "彩", "香織", "明日香", "奈々"],
        ["村上", "越智", "渡部", "大西", "玉井", "二宮", "井上", "兵頭", "白石", "松本", "菅", "森"],
    ),
}

#: language -> (boys' given names, girls' given names) of the children
CHILDREN: dict[str, tuple[list[str], list[str]]] = {
    "us": (
        ["Brantley", "Jaxon", "Kayden", "Easton", "Mateo", "Liam", "Hudson", "Abdirahman"],
        ["Brynlee", "Kinsley", "Harper", "Adalyn", "Isabella", "Nevaeh", "Oaklee", "Ifrah"],
    ),
    "ca": (
        ["Jaxon", "Arjun", "Liam", "Noah", "Hunter", "Rowan", "Zayn", "Theo"],
        ["Aria", "Avneet", "Olivia", "Paisley", "Maya", "Everly", "Hana", "Quinn"],
    ),
    "gb": (
        ["Alfie", "Freddie", "Harley", "Archie", "Musa", "Reggie", "Teddy", "Tyler"],
        ["Ellie-Mae", "Lexi", "Isla", "Poppy", "Ruby", "Maryam", "Darcie", "Evie"],
    ),
    "ng": (
        ["Ayomide", "Oluwadamilare", "Chukwudi", "Abdulmalik", "Tobiloba", "Ifeoluwa", "Daniel", "Fawaz"],
        ["Oluwafunmilayo", "Ayomikun", "Chiamaka", "Fathia", "Morenike", "Precious", "Eniola", "Damilola"],
    ),
    "ie": (
        ["Oisín", "Cillian", "Jack", "Darragh", "Fionn", "Conor", "Jakub", "Rían"],
        ["Aoife", "Saoirse", "Ellie", "Róisín", "Caoimhe", "Zofia", "Lucy", "Éabha"],
    ),
    "au": (
        ["Harrison", "Lachlan", "Hudson", "Archer", "Kai", "Oliver", "Tyson", "Aarav"],
        ["Matilda", "Isla", "Mia", "Sienna", "Ivy", "Charlotte", "Zoe", "Anaya"],
    ),
    "in": (
        ["Kavin", "Aadhavan", "Nithin", "Harish", "Sanjay", "Mithran", "Rohit", "Yuvan"],
        ["Harini", "Dharshini", "Nila", "Kaviya", "Madhumitha", "Sowmya", "Yazhini", "Akshaya"],
    ),
    "za": (
        ["Lethabo", "Ruben", "Kamogelo", "Junior", "Wian", "Bokang", "Christiaan", "Omphile"],
        ["Amogelang", "Mia", "Reatlegile", "Lisa", "Onalenna", "Elize", "Kgomotso", "Zoë"],
    ),
    "ar": (
        ["Benjamín", "Thiago", "Bautista", "Santino", "Valentino", "Lautaro", "Joaquín", "Felipe"],
        ["Isabella", "Catalina", "Martina", "Valentina", "Emma", "Delfina", "Olivia", "Renata"],
    ),
    "br": (
        ["Arthur", "Heitor", "Bernardo", "Davi", "Théo", "Lorenzo", "Gael", "Miguel"],
        ["Helena", "Alice", "Laura", "Manuela", "Valentina", "Cecília", "Maitê", "Lívia"],
    ),
    "it": (
        ["Leonardo", "Tommaso", "Edoardo", "Riccardo", "Alessandro", "Gabriele", "Denis", "Nicolò"],
        ["Sofia", "Aurora", "Ginevra", "Beatrice", "Anna", "Emma", "Alesia", "Vittoria"],
    ),
    "ch": (
        ["Noah", "Levin", "Elia", "Lian", "Nino", "Jonas", "Leandro", "Arian"],
        ["Lina", "Mila", "Elin", "Lara", "Ella", "Alina", "Leonie", "Elena"],
    ),
    "se": (
        ["Vincent", "Melvin", "Elton", "Love", "Adam", "Hugo", "Yusuf", "Malte"],
        ["Maja", "Ella", "Selma", "Lilly", "Wilma", "Nova", "Meja", "Sara"],
    ),
    "ja": (["陽翔", "蓮", "湊", "蒼", "悠真", "律"], ["陽葵", "結菜", "凛", "芽依", "紬", "葵"]),
}

#: Czech (men's given names, women's given names, family names as (man's form, woman's form)), children apart
CZ_ADULT = (
    ["Tomáš", "Martin", "Jiří", "Petr", "Lukáš", "Michal", "Radek", "Ondřej"],
    ["Lenka", "Petra", "Jana", "Markéta", "Kateřina", "Hana", "Veronika", "Monika"],
)
CZ_CHILD = (
    ["Matyáš", "Jakub", "Vojtěch", "Šimon", "Adam", "Filip", "Tobiáš", "Kryštof"],
    ["Eliška", "Tereza", "Adéla", "Natálie", "Viktorie", "Anna", "Barbora", "Klára"],
)
CZ_FAMILY = [
    ("Novák", "Nováková"),
    ("Černý", "Černá"),
    ("Procházka", "Procházková"),
    ("Kučera", "Kučerová"),
    ("Veselý", "Veselá"),
    ("Horák", "Horáková"),
    ("Němec", "Němcová"),
    ("Marek", "Marková"),
    ("Pospíšil", "Pospíšilová"),
    ("Hájek", "Hájková"),
    ("Jelínek", "Jelínková"),
    ("Růžička", "Růžičková"),
    ("Beneš", "Benešová"),
    ("Fiala", "Fialová"),
]

#: Japanese names in katakana (readings) and in romaji (e-mail local parts)
JA_KANA = {
    "村上": "ムラカミ",
    "越智": "オチ",
    "渡部": "ワタナベ",
    "大西": "オオニシ",
    "玉井": "タマイ",
    "二宮": "ニノミヤ",
    "井上": "イノウエ",
    "兵頭": "ヒョウドウ",
    "白石": "シライシ",
    "松本": "マツモト",
    "菅": "スガ",
    "森": "モリ",
    "健太": "ケンタ",
    "大輔": "ダイスケ",
    "翔": "ショウ",
    "直樹": "ナオキ",
    "達也": "タツヤ",
    "亮": "リョウ",
    "和也": "カズヤ",
    "拓也": "タクヤ",
    "美穂": "ミホ",
    "麻衣": "マイ",
    "千夏": "チナツ",
    "裕子": "ユウコ",
    "彩": "アヤ",
    "香織": "カオリ",
    "明日香": "アスカ",
    "奈々": "ナナ",
    "陽翔": "ハルト",
    "蓮": "レン",
    "湊": "ミナト",
    "蒼": "アオイ",
    "悠真": "ユウマ",
    "律": "リツ",
    "陽葵": "ヒマリ",
    "結菜": "ユイナ",
    "凛": "リン",
    "芽依": "メイ",
    "紬": "ツムギ",
    "葵": "アオイ",
}
JA_ROMAJI = {
    "ムラカミ": "murakami",
    "オチ": "ochi",
    "ワタナベ": "watanabe",
    "オオニシ": "oonishi",
    "タマイ": "tamai",
    "ニノミヤ": "ninomiya",
    "イノウエ": "inoue",
    "ヒョウドウ": "hyoudou",
    "シライシ": "shiraishi",
    "マツモト": "matsumoto",
    "スガ": "suga",
    "モリ": "mori",
    "ケンタ": "kenta",
    "ダイスケ": "daisuke",
    "ショウ": "sho",
    "ナオキ": "naoki",
    "タツヤ": "tatsuya",
    "リョウ": "ryo",
    "カズヤ": "kazuya",
    "タクヤ": "takuya",
    "ミホ": "miho",
    "マイ": "mai",
    "チナツ": "chinatsu",
    "ユウコ": "yuko",
    "アヤ": "aya",
    "カオリ": "kaori",
    "アスカ": "asuka",
    "ナナ": "nana",
}


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A parent's or staff member's (given name, family name) of ``lang``."""
    if female is None:
        female = g.rnd.random() < 0.5
    if lang == "cz":
        man, woman = g.rnd.choice(CZ_FAMILY)
        return g.rnd.choice(CZ_ADULT[1] if female else CZ_ADULT[0]), woman if female else man
    male, fem, fam = NAMES[lang]
    return g.rnd.choice(fem if female else male), g.rnd.choice(fam)


def child(g: Gen, lang: str, family: str | None = None, female: bool | None = None) -> tuple[str, str]:
    """A child's (given name, family name) of ``lang``; ``family`` keeps a parent's family name."""
    if female is None:
        female = g.rnd.random() < 0.5
    if lang == "cz":
        man, woman = g.rnd.choice(CZ_FAMILY)
        return g.rnd.choice(CZ_CHILD[1] if female else CZ_CHILD[0]), family or (woman if female else man)
    boys, girls = CHILDREN[lang]
    return g.rnd.choice(girls if female else boys), family or g.rnd.choice(NAMES[lang][2])


def whole(g: Gen, lang: str, female: bool | None = None) -> str:
    a, b = person(g, lang, female)
    return f"{b} {a}" if lang == "ja" else f"{a} {b}"


def given(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def staff(g: Gen, n: int, lang: str, style: str = "whole") -> list[str]:
    """``n`` distinct staff members' names (``whole``, ``first``, ``last``, ``title`` as ``Ms K Devaney``)."""
    out: set[str] = set()
    while len(out) < n:
        female = g.rnd.random() < 0.6
        a, b = person(g, lang, female)
        if style == "first":
            out.add(a)
        elif style == "last":
            out.add(b)
        elif style == "title":
            out.add(f"{'Ms' if female else 'Mr'} {a[0]} {b}")
        else:
            out.add(f"{b} {a}" if lang == "ja" else f"{a} {b}")
    return sorted(out)


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() or ch == ".")


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    if first in JA_KANA or last in JA_KANA:
        first, last = JA_ROMAJI.get(JA_KANA.get(first, ""), "mama"), JA_ROMAJI.get(JA_KANA.get(last, ""), "papa")
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice(
        [
            f"{a}.{b}",
            f"{a[0]}{b}",
            f"{a}{g.rnd.randint(1, 99)}",
            f"{b}.{a}{g.rnd.randint(70, 99)}",
            f"{a}_{b}{g.rnd.randint(1, 9)}",
        ]
    )
    return f"{local}@{g.rnd.choice(domains)}"


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(first)[0]}.{plain(last).replace('.', '')}@{domain}"


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "mchsi.com", "outlook.com", "icloud.com"],
    "ca": ["gmail.com", "shaw.ca", "telus.net", "hotmail.com", "outlook.com"],
    "gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com"],
    "ng": ["gmail.com", "yahoo.com", "hotmail.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com", "hotmail.com", "icloud.com"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "za": ["gmail.com", "telkomsa.net", "mweb.co.za", "vodamail.co.za", "outlook.com"],
    "ar": ["gmail.com", "hotmail.com", "yahoo.com.ar", "outlook.com"],
    "br": ["gmail.com", "hotmail.com", "terra.com.br", "uol.com.br"],
    "it": ["gmail.com", "libero.it", "virgilio.it", "alice.it", "hotmail.it"],
    "ch": ["bluewin.ch", "gmx.ch", "gmail.com", "sunrise.ch", "hispeed.ch"],
    "se": ["gmail.com", "hotmail.com", "telia.com", "outlook.com"],
    "cz": ["seznam.cz", "email.cz", "gmail.com", "centrum.cz"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "icloud.com"],
}

# -- places (written for v146) -----------------------------------------------------------------------------------------

#: (city, ZIP) in central Iowa
US_CITIES = [
    ("Des Moines", "50310"),
    ("Ankeny", "50023"),
    ("Ames", "50010"),
    ("Marshalltown", "50158"),
    ("Newton", "50208"),
    ("Indianola", "50125"),
    ("Boone", "50036"),
    ("Pella", "50219"),
    ("Oskaloosa", "52577"),
    ("Urbandale", "50322"),
]
US_STREETS = [
    "NW 6th Dr",
    "Hickman Rd",
    "SE Delaware Ave",
    "Grand Ave",
    "Lincoln Way",
    "Euclid Ave",
    "N Ankeny Blvd",
    "Beaver Ave",
    "Merle Hay Rd",
    "Douglas Ave",
    "E Broadway St",
    "Prairie Ridge Dr",
]
#: (city, postal code prefix) around Edmonton
CA_CITIES = [
    ("Edmonton", "T5"),
    ("Edmonton", "T6"),
    ("St. Albert", "T8N"),
    ("Sherwood Park", "T8A"),
    ("Spruce Grove", "T7X"),
    ("Fort Saskatchewan", "T8L"),
    ("Beaumont", "T4X"),
    ("Leduc", "T9E"),
]
CA_STREETS = [
    "97 St NW",
    "167 Ave NW",
    "Jasper Ave",
    "Whyte Ave",
    "Terwillegar Dr",
    "Ellerslie Rd SW",
    "Baseline Rd",
    "Hewes Way NW",
    "Summerwood Blvd",
    "Lakeland Dr",
    "McConachie Blvd NW",
    "Griesbach Rd NW",
]
#: (town, postcode district) in Norfolk
GB_CITIES = [
    ("Norwich", "NR1"),
    ("Norwich", "NR3"),
    ("Norwich", "NR7"),
    ("Wymondham", "NR18"),
    ("Dereham", "NR19"),
    ("Great Yarmouth", "NR30"),
    ("King's Lynn", "PE30"),
    ("Thetford", "IP24"),
    ("Cromer", "NR27"),
    ("Aylsham", "NR11"),
]
GB_STREETS = [
    "Unthank Road",
    "Earlham Road",
    "Magdalen Street",
    "Sprowston Road",
    "Dereham Road",
    "Norwich Common",
    "Gaywood Road",
    "London Road",
    "Holt Road",
    "Yarmouth Road",
    "Ketts Hill",
    "Church Lane",
]
#: areas and towns around Ibadan
NG_TOWNS = [
    "Bodija",
    "Agodi",
    "Jericho",
    "Ring Road",
    "Challenge",
    "Akobo",
    "Samonda",
    "Oluyole Estate",
    "Iwo Road",
    "Mokola",
    "Apete",
    "Moniya",
]
NG_LGAS = [
    "Ibadan North",
    "Ibadan North-East",
    "Oluyole",
    "Akinyele",
    "Egbeda",
    "Ogbomosho North",
    "Iseyin",
    "Oyo East",
    "Ikenne",
    "Ife Central",
    "Ilorin West",
    "Ekiti East",
]
NG_STATES = ["Oyo", "Oyo", "Oyo", "Ogun", "Osun", "Kwara", "Ekiti", "Ondo", "Lagos", "Enugu", "Kogi"]
NG_STREETS = [
    "Awolowo Avenue",
    "Oba Akinyele Street",
    "Magazine Road",
    "Ososami Road",
    "Adeoyo Street",
    "Liberty Road",
    "Oke-Ado Close",
    "Alalubosa GRA",
    "Ojoo-Sango Road",
    "Idi-Ape Street",
]
#: Sligo: (town, Eircode routing key), and townlands and areas
IE_CITIES = [
    ("Sligo", "F91"),
    ("Sligo", "F91"),
    ("Strandhill", "F91"),
    ("Collooney", "F91"),
    ("Ballymote", "F56"),
    ("Tubbercurry", "F91"),
    ("Grange", "F91"),
    ("Drumcliff", "F91"),
    ("Manorhamilton", "F91"),
]
IE_AREAS = [
    "Rathedmond",
    "Ballytivnan",
    "Cartron",
    "Cleveragh",
    "Cranmore",
    "Carraroe",
    "Knappagh",
    "Ballinode",
    "Maugheraboy",
    "Kevinsfort",
]
IE_STREETS = [
    "Pearse Road",
    "Mail Coach Road",
    "Ard Caoin",
    "Cairns Road",
    "Temple Street",
    "Church Hill",
    "Ballydoogan Lane",
    "Cloonamahon",
    "Oakfield Park",
    "Markievicz Heights",
    "Cúl Róisín",
    "Rosses Point Road",
]
#: (suburb, postcode) of Ballarat
AU_CITIES = [
    ("Ballarat Central", "3350"),
    ("Wendouree", "3355"),
    ("Alfredton", "3350"),
    ("Sebastopol", "3356"),
    ("Mount Clear", "3350"),
    ("Delacombe", "3356"),
    ("Lake Gardens", "3355"),
    ("Buninyong", "3357"),
    ("Canadian", "3350"),
    ("Brown Hill", "3350"),
]
AU_STREETS = [
    "Sturt St",
    "Gillies St N",
    "Howitt St",
    "Ripon St S",
    "Norman St",
    "Eureka St",
    "Cuthberts Rd",
    "Glenelg Hwy",
    "Learmonth Rd",
    "Albert St",
    "Doveton St N",
    "Geelong Rd",
]
#: (locality, PIN) of Coimbatore
IN_CITIES = [
    ("RS Puram", "641002"),
    ("Saibaba Colony", "641011"),
    ("Peelamedu", "641004"),
    ("Gandhipuram", "641012"),
    ("Singanallur", "641005"),
    ("Vadavalli", "641041"),
    ("Saravanampatti", "641035"),
    ("Kuniyamuthur", "641008"),
    ("Ramanathapuram", "641045"),
    ("Thudiyalur", "641034"),
]
IN_STREETS = [
    "DB Road",
    "Thadagam Road",
    "Avinashi Road",
    "Trichy Road",
    "NSR Road",
    "Bharathi Park 3rd Cross",
    "Sathy Road",
    "Marudhamalai Road",
    "Mettupalayam Road",
    "Ramalingam Nagar 2nd Street",
]
#: (suburb, postal code) of Bloemfontein
ZA_CITIES = [
    ("Universitas", "9301"),
    ("Fichardt Park", "9317"),
    ("Langenhovenpark", "9330"),
    ("Bayswater", "9301"),
    ("Heuwelsig", "9301"),
    ("Brandwag", "9301"),
    ("Mangaung", "9323"),
    ("Heidedal", "9306"),
    ("Pellissier", "9301"),
    ("Bainsvlei", "9338"),
]
ZA_STREETS = [
    "Nelson Mandela Drive",
    "Kellner Street",
    "Paul Kruger Avenue",
    "General Dan Pienaar Drive",
    "Pres. Steyn Avenue",
    "Andries Pretorius Street",
    "Dr Belcher Road",
    "Kenneth Kaunda Road",
    "Ou Kaapse Weg",
]
#: (department, postal code) of Greater Mendoza
AR_CITIES = [
    ("Mendoza", "5500"),
    ("Godoy Cruz", "5501"),
    ("Guaymallén", "5519"),
    ("Las Heras", "5539"),
    ("Luján de Cuyo", "5507"),
    ("Maipú", "5515"),
    ("Chacras de Coria", "5505"),
    ("Dorrego", "5519"),
]
AR_STREETS = [
    "Av. San Martín",
    "Calle Patricias Mendocinas",
    "Av. Emilio Civit",
    "Calle Belgrano",
    "Av. Arístides Villanueva",
    "Calle Perú",
    "Calle Tiburcio Benegas",
    "Av. Acceso Este",
    "Calle Rivadavia",
    "Calle Sarmiento",
]
#: (bairro, city, CEP prefix) around Florianópolis
BR_PLACES = [
    ("Trindade", "Florianópolis", "88036"),
    ("Itacorubi", "Florianópolis", "88034"),
    ("Córrego Grande", "Florianópolis", "88037"),
    ("Campeche", "Florianópolis", "88063"),
    ("Estreito", "Florianópolis", "88070"),
    ("Kobrasol", "São José", "88102"),
    ("Pedra Branca", "Palhoça", "88137"),
    ("Santo Antônio de Lisboa", "Florianópolis", "88050"),
    ("Agronômica", "Florianópolis", "88025"),
    ("Barreiros", "São José", "88117"),
]
BR_STREETS = [
    "Rua Lauro Linhares",
    "Rua Deputado Antônio Edu Vieira",
    "Av. Pequeno Príncipe",
    "Rua João Pio Duarte Silva",
    "Rua Fúlvio Aducci",
    "Rua Koesa",
    "Rua das Gaivotas",
    "Servidão Recanto das Palmeiras",
    "Rua Bocaiúva",
]
#: (comune, CAP, Belfiore code) around Trento
IT_CITIES = [
    ("Trento", "38121", "L378"),
    ("Trento", "38122", "L378"),
    ("Trento", "38123", "L378"),
    ("Lavis", "38015", "E500"),
    ("Pergine Valsugana", "38057", "G452"),
    ("Civezzano", "38045", "C756"),
    ("Aldeno", "38060", "A178"),
]
IT_BIRTHPLACES = ["L378", "L378", "L378", "H612", "A952", "L781", "F205", "G273", "Z129", "Z100"]
IT_STREETS = [
    "Via Brennero",
    "Via Santa Croce",
    "Corso 3 Novembre",
    "Via Gocciadoro",
    "Via Matteotti",
    "Via Belenzani",
    "Via Marighetto",
    "Via alla Cascata",
    "Piazza Venezia",
    "Via Sanseverino",
    "Via Fersina",
]
#: (place, PLZ) around St. Gallen
CH_CITIES = [
    ("St. Gallen", "9000"),
    ("St. Gallen", "9008"),
    ("St. Gallen", "9014"),
    ("Gossau SG", "9200"),
    ("Wittenbach", "9300"),
    ("Gaiserwald", "9030"),
    ("Rorschach", "9400"),
    ("Herisau", "9100"),
    ("Teufen AR", "9053"),
]
CH_STREETS = [
    "Rorschacher Strasse",
    "Teufener Strasse",
    "Zürcher Strasse",
    "Lindenstrasse",
    "Rosenbergstrasse",
    "Kirchlistrasse",
    "Bildweiherstrasse",
    "Oberstrasse",
    "Haldenweg",
    "Fürstenlandstrasse",
]
#: (post town, postcode prefix) around Jönköping
SE_CITIES = [
    ("Jönköping", "553"),
    ("Jönköping", "554"),
    ("Jönköping", "556"),
    ("Huskvarna", "561"),
    ("Bankeryd", "564"),
    ("Tenhult", "560"),
    ("Taberg", "562"),
    ("Norrahammar", "562"),
]
SE_STREETS = [
    "Västra Storgatan",
    "Barnarpsgatan",
    "Kungsgatan",
    "Ekhagsringen",
    "Råslättsvägen",
    "Öxnegatan",
    "Bäckalyckan",
    "Huskvarnavägen",
    "Torpaplan",
    "Liljeholmsgatan",
]
#: (obec, PSČ) around Hradec Králové
CZ_CITIES = [
    ("Hradec Králové", "500 02"),
    ("Hradec Králové", "500 03"),
    ("Hradec Králové", "500 09"),
    ("Hradec Králové", "500 12"),
    ("Nový Bydžov", "504 01"),
    ("Třebechovice pod Orebem", "503 46"),
    ("Smiřice", "503 03"),
    ("Předměřice nad Labem", "503 02"),
    ("Jaroměř", "551 01"),
]
CZ_BIRTHPLACES = [
    "Hradec Králové",
    "Hradec Králové",
    "Pardubice",
    "Náchod",
    "Jičín",
    "Rychnov nad Kněžnou",
    "Trutnov",
    "Praha",
    "Dvůr Králové nad Labem",
]
CZ_STREETS = [
    "Gočárova třída",
    "Pražská třída",
    "Labská kotlina",
    "Veverkova",
    "Brněnská",
    "Resslova",
    "Slezská",
    "Hořická",
    "Kotěrova",
    "Pospíšilova třída",
    "Na Okrouhlíku",
]
#: (municipality, postal code prefix) around Matsuyama
JA_CITIES = [
    ("松山市", "790"),
    ("松山市", "791"),
    ("東温市", "791"),
    ("伊予市", "799"),
    ("砥部町", "791"),
    ("松前町", "791"),
]
JA_STREETS = [
    "道後湯之町5-12",
    "南堀端町3-8",
    "三番町4丁目7-2",
    "久米窪田町312-5",
    "北久米町901-3",
    "余戸中2丁目4-16",
    "朝生田町1丁目9-21",
    "平井町甲2541-7",
    "拝志1235-2",
    "宮内甲180-4",
]


def street(g: Gen, streets: list[str], lang: str) -> str:
    s = g.rnd.choice(streets)
    if lang == "us":
        return f"{g.rnd.randint(100, 9_800)} {s}"
    if lang == "ca":
        return f"{g.rnd.randint(100, 22_999)} {s}"
    if lang in ("ar", "ch", "se", "cz", "it"):
        return f"{s} {g.rnd.randint(1, 2_400 if lang == 'ar' else 120)}"
    if lang == "br":
        return s
    if lang == "ja":
        return s
    if lang == "in":
        return f"No. {g.rnd.randint(1, 240)}/{g.rnd.randint(1, 30)}, {s}"
    return f"{g.rnd.randint(1, 180)} {s}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn(g: Gen) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    return g.valid(make, _ssn.is_valid)


def us_ssn_decoy(g: Gen) -> str:
    """Nine digits shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    return g.rnd.choice(["000", "666", f"9{g.digits(2)}"]) + g.digits(6)


def gb_nino(g: Gen) -> str:
    """A UK National Insurance number (by shape: prefix rules, no check digit exists)."""
    first, second = "ABCEGHJKLMNOPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"

    def make() -> str:
        return g.rnd.choice(first) + g.rnd.choice(second)

    prefix = g.valid(make, lambda p: p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"))
    d = g.digits(6)
    return f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {g.rnd.choice('ABCD')}"


def ie_pps(g: Gen) -> str:
    return g.valid(
        lambda: g.digits(7) + g.rnd.choice(string.ascii_uppercase[:23]) + g.rnd.choice(["", "", "", "A"]), _pps.is_valid
    )


def ie_pps_decoy(g: Gen) -> str:
    """Seven digits and a letter failing the PPSN check (a school's fee receipt)."""
    return g.valid(lambda: g.digits(7) + g.rnd.choice(string.ascii_uppercase[:23]), lambda x: not _pps.is_valid(x))


def medicare_is_valid(value: str) -> bool:
    """Whether ``value`` is a valid Australian Medicare card number (10 digits, weights 1,3,7,9 mod 10)."""
    d = value.replace(" ", "")
    if len(d) != 10 or not d.isdigit() or d[0] not in "23456":
        return False
    return sum(int(x) * w for x, w in zip(d[:8], (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10 == int(d[8])


def medicare(g: Gen) -> str:
    body = str(g.rnd.randint(2, 6)) + g.digits(7)
    check = sum(int(x) * w for x, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    d = f"{body}{check}{g.rnd.randint(1, 5)}"
    assert medicare_is_valid(d)
    return f"{d[:4]} {d[4:9]} {d[9]}"


def au_crn(g: Gen) -> str:
    """A Centrelink Customer Reference Number (by shape: nine digits and a letter)."""
    return str(g.rnd.randint(2, 6)) + g.digits(8) + g.rnd.choice("ABCDEFGHJKLMNPQRSTVWXY")


def aadhaar(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}"


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (a fee receipt number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def pan(g: Gen, family: str) -> str:
    initial = (plain(family)[:1] or "K").upper()
    return g.valid(lambda: g.code("AAA") + "P" + initial + g.digits(4) + g.code("A"), _pan.is_valid)


def za_id(g: Gen, born: date, female: bool, citizen: bool = True) -> str:
    def make() -> str:
        seq = g.rnd.randint(0, 4_999) if female else g.rnd.randint(5_000, 9_999)
        body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:04d}{0 if citizen else 1}8"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _idnr.is_valid)


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits failing the South African ID number's check (an invoice number)."""
    return g.valid(lambda: "2" + g.digits(12), lambda x: not _idnr.is_valid(x))


def ar_dni(g: Gen, born: date) -> str:
    """An Argentine DNI (no check digit) of the range issued around ``born``'s year, dotted."""
    years = [
        (1970, 21_000_000),
        (1980, 28_000_000),
        (1990, 35_000_000),
        (2000, 42_000_000),
        (2010, 50_000_000),
        (2020, 57_000_000),
        (2030, 63_000_000),
    ]
    lo = next(n for y, n in reversed(years) if y <= born.year)
    hi = next(n for y, n in years if y > born.year)
    base = lo + (hi - lo) * (born.year % 10) // 10
    n = base + g.rnd.randint(0, (hi - lo) // 10)
    return f"{n:,}".replace(",", ".")


def ar_cuil(dni: str, female: bool) -> str:
    d = dni.replace(".", "").zfill(8)
    kind = "27" if female else "20"
    check = _cuit.calc_check_digit(kind + d)
    number = f"{kind}-{d}-{check}"
    assert _cuit.is_valid(number)
    return number


def ar_cbu(g: Gen) -> str:
    bank = g.rnd.choice(["011", "285", "017", "072", "150", "007"]) + g.digits(4)
    account = g.digits(13)
    number = bank + _cbu.calc_check_digit(bank) + account + _cbu.calc_check_digit(account)
    assert _cbu.is_valid(number)
    return number


def card(g: Gen, spaced: bool = True) -> str:
    head = g.rnd.choice(["4", "4", "51", "52", "54", "55"])
    body = head + g.digits(15 - len(head))
    d = body + luhn.calc_check_digit(body)
    return " ".join(d[i : i + 4] for i in range(0, 16, 4)) if spaced else d


def cpf(g: Gen, dotted: bool = True) -> str:
    d = g.valid(lambda: g.digits(11), lambda x: _cpf.is_valid(x) and len(set(x)) > 1)
    return _cpf.format(d) if dotted else d


def cpf_decoy(g: Gen) -> str:
    """Eleven digits failing the CPF check, written like a CPF (a re-enrolment protocol)."""
    return _cpf.format(g.valid(lambda: g.digits(11), lambda x: not _cpf.is_valid(x)))


def _cf_letters(text: str, given: bool) -> str:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vows = [ch for ch in letters if ch in "AEIOU"]
    if given and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return "".join(cons + vows + ["X", "X", "X"])[:3]


def codice_fiscale(g: Gen, first: str, last: str, born: date, female: bool, place: str | None = None) -> str:
    """An Italian codice fiscale encoding the person's names, birth date, sex and comune (or country) of birth."""
    day = born.day + (40 if female else 0)
    body = (
        _cf_letters(last, False)
        + _cf_letters(first, True)
        + f"{born.year % 100:02d}"
        + "ABCDEHLMPRST"[born.month - 1]
        + f"{day:02d}"
        + (place or g.rnd.choice(IT_BIRTHPLACES))
    )
    number = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(number)
    return number


def iban(country: str, bban: str) -> str:
    number = country + "00" + bban
    number = country + _iban.calc_check_digits(number) + bban
    assert _iban.is_valid(number)
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def it_iban(g: Gen) -> str:
    abi = g.rnd.choice(["08304", "03069", "02008", "08178", "05034"])
    rest = abi + g.digits(5) + g.digits(12)
    cin = _cf.calc_check_digit(rest)
    return iban("IT", cin + rest)


def ch_iban(g: Gen) -> str:
    return iban("CH", g.rnd.choice(["00781", "80005", "00700", "08401", "00254"]) + g.digits(12))


def ahv(g: Gen) -> str:
    d = g.valid(lambda: "756" + g.digits(10), _ahv.is_valid)
    return _ahv.format(d)


def personnummer(g: Gen, born: date) -> str:
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{g.digits(3)}"
    number = f"{born.year}{body[2:6]}-{body[6:]}{luhn.calc_check_digit(body)}"
    assert _pnr.is_valid(number)
    return number


def personnummer_decoy(g: Gen) -> str:
    """A referral number written ``YYMMDD-NNNN`` and failing the personnummer's check."""

    def make() -> str:
        d = g.day("2024-01-01", "2025-12-31")
        return f"{d.year % 100:02d}{d.month:02d}{d.day:02d}-{g.digits(4)}"

    return g.valid(make, lambda x: not _pnr.is_valid(x))


def rodne_cislo(g: Gen, born: date, female: bool) -> str:
    month = born.month + (50 if female else 0)

    def make() -> str:
        head = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}"
        return f"{head}{int(head) % 11 % 10}"

    d = g.valid(make, _rc.is_valid)
    return f"{d[:6]}/{d[6:]}"


def rodne_cislo_decoy(g: Gen) -> str:
    """An application number written like a birth number (``YYMMDD/NNNN``) and failing its check."""

    def make() -> str:
        d = g.day("2010-01-01", "2015-12-31")
        return f"{d.year % 100:02d}{d.month:02d}{d.day:02d}/{g.digits(4)}"

    return g.valid(make, lambda x: not _rc.is_valid(x))


def my_number(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(10)
    number = body + _mynumber.calc_check_digit(body)
    assert _mynumber.is_valid(number)
    return number


def my_number_decoy(g: Gen) -> str:
    """Twelve digits failing My Number's check (a nursery's application number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(11), lambda x: not _mynumber.is_valid(x))


def luhn_decoy(g: Gen, n: int) -> str:
    """``n`` digits failing the Luhn check (shaped like a SIN)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(n - 1), lambda x: not luhn.is_valid(x))


# -- dates written as local systems write them -----------------------------------------------------------------------


def dmy(d: date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def wareki(d: date) -> str:
    """A Japanese era date (``令和3年5月12日``, ``平成31年4月2日``; the first year written 元年)."""
    if d >= date(2019, 5, 1):
        era, year = "令和", d.year - 2018
    else:
        era, year = "平成", d.year - 1988
    return f"{era}{'元' if year == 1 else year}年{d.month}月{d.day}日"


# -- institutions and vocabularies (written for v146) ----------------------------------------------------------------

AU_SCHOOLS = [
    "Wendouree Primary School",
    "Alfredton Primary School",
    "St Aloysius Parish School",
    "Sebastopol Primary School",
    "Lake Gardens Primary School",
    "Ballarat North Primary School",
]
CA_SCHOOLS = [
    "St. Kateri Catholic Elementary",
    "Our Lady of the Prairies School",
    "Holy Spirit Catholic School",
    "St. Clement Catholic Junior High",
    "Archbishop MacNeil High School",
    "Lumen Christi School",
]
CA_CARRIERS = ["Northgate Student Transit Ltd.", "Capital Coach & Bus Inc.", "Ribbon Creek Charters"]
GB_ACADEMIES = [
    "Wensum Valley Primary Academy",
    "Yare Bank Academy",
    "Heacham Road Junior Academy",
    "Sprowston Fields Primary Academy",
    "Thetford Heath High Academy",
    "Breckland Edge Academy",
]
NG_SUBJECTS = [
    "ENG,MTH,BIO,CHE,PHY,FMA,CIV,ECO,DPR",
    "ENG,MTH,LIT,GOV,CRS,YOR,CIV,ECO,GEO",
    "ENG,MTH,BIO,AGR,CIV,ECO,GEO,COM,FIN",
    "ENG,MTH,BIO,CHE,PHY,TDR,CIV,DPR,FMA",
]
GB_SHORT = {
    "Joanne": "Jo",
    "Nicola": "Nicky",
    "Beverley": "Bev",
    "Samina": "Sam",
    "Gemma": "Gem",
    "Kerry": "Kez",
    "Lorraine": "Lorrie",
    "Darren": "Daz",
    "Stuart": "Stu",
    "Nathan": "Nate",
    "Adrian": "Ade",
    "Wesley": "Wes",
    "Gareth": "Gaz",
    "Kieran": "Kez",
    "Graham": "Gray",
    "Imran": "Immy",
}
IN_FEES = ["TERM-2 TUITION", "CANTEEN WALLET", "BUS FEE ROUTE 7", "LAB FEE", "EXAM FEE", "ANNUAL DAY", "CANTEEN WALLET"]
ZA_SCHEMES = ["Free State Medical Aid", "Karoo Health Plan", "Maluti Medical Scheme", "None (private)"]
ZA_PRACTICES = [
    ("Dr Botha & Partners Paediatrics", "51"),
    ("Langenhoven Family Practice", "51"),
    ("Universitas Kids Clinic", "51"),
    ("Heidedal Community Doctors", "51"),
]
AR_INSURERS = ["Obra Social Cuyana", "Prepaga Andes Salud", "OS Docentes Privados", "Cobertura Pública Provincial"]
BR_GRADES = [
    "Infantil V",
    "1º ano A",
    "3º ano B",
    "5º ano A",
    "6º ano C",
    "7º ano B",
    "9º ano A",
    "1ª série EM",
    "3ª série EM",
]
IT_SCHOOLS = [
    "Scuola primaria Sanzio",
    "Scuola primaria Crispi",
    "Scuola primaria Bellesini",
    "Scuola dell'infanzia Clarina",
    "Scuola primaria Gorfer",
    "Scuola primaria Schmid",
]
IT_DIETS = [
    "Nessuna",
    "Nessuna",
    "Nessuna",
    "Celiachia",
    "Senza carne di maiale",
    "Allergia uova",
    "Intolleranza lattosio",
    "Vegetariana",
    "Allergia frutta a guscio",
]
SE_SCHOOLS = [
    "Råslättsskolan",
    "Ljungarumsskolan",
    "Kålgårdsskolan",
    "Tabergsskolan",
    "Bäckalyckans skola",
    "Ekhagens skola",
]
CZ_SCHOOLS = [
    ("ZŠ a MŠ Hradec Králové, Kukleny", "600091111"),
    ("ZŠ Pouchov", "102433232"),
    ("ZŠ Sever Hradec Králové", "102433101"),
    ("ZŠ Nový Bydžov, Karla IV.", "102563489"),
    ("ZŠ Smiřice", "102589232"),
    ("ZŠ Jaroměř, Na Ostrově", "102450811"),
]
JA_EMPLOYERS = [
    "株式会社道後ファーム",
    "愛媛県庁",
    "石手川総合病院",
    "みかん運輸株式会社",
    "自営業",
    "坊っちゃん食品株式会社",
    "松山市役所",
    "株式会社城山システム",
]
