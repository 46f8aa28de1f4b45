"""Values of held-out set v160 (:mod:`benchmarks.classification.heldout_v160`): v160's random source, and names,
streets, towns, salons, studios, clinics, products and free-text snippets written by hand for v160's hairdressers,
tattoo and piercing studios and cosmetic clinics (no Faker, no list of real people, no breach data), phones checked
with phonenumbers and identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v152's; the lists below are new.
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
from stdnum.at import vnr as _vnr
from stdnum.au import abn as _abn
from stdnum.au import tfn as _tfn
from stdnum.ca import bc_phn as _phn
from stdnum.es import cif as _cif
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.fr import nir as _nir
from stdnum.gb import nhs as _nhs
from stdnum.gr import vat as _afm
from stdnum.ie import pps as _pps
from stdnum.jp import cn as _hojin
from stdnum.jp import in_ as _mynumber
from stdnum.my import nric as _nric
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.se import orgnr as _orgnr
from stdnum.se import personnummer as _pnr
from stdnum.za import idnr as _idnr

from benchmarks.classification.heldout_v2 import Column

SEED = 160_2026_1219
N = "none"
#: a login or a domestic bank account (``review``, as earlier sets labeled them)
UNCLASSIFIED = "unclassified"
#: NULL-like strings of v160's systems (tests skip them)
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
    "TBC",
    "0",
    "unknown",
    "keine",
    "k.A.",
    "néant",
    "RAS",
    "ninguna",
    "sin observaciones",
    "brak",
    "b.d.",
    "saknas",
    "inget",
    "なし",
    "特になし",
    "κανένα",
    "-/-",
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v160:{SEED}:{table}")

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
        first = self.rnd.choice([27, 37, 46, 60, 77, 82, 93, 103, 106, 115, 122, 125, 146, 154, 176, 178, 188, 203])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2001:4860", "2404:6800", "2a02:c7c", "2c0f:fb50", "2401:7000", "2a01:110"])
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
    "IE": (_pre(["83", "85", "86", "87", "89"], 9), _pre(["51"], 8)),
    "GB": (_pre(["71", "73", "74", "75", "77", "78", "79"], 10), _pre(["1603"], 10)),
    "CA": (_nanp(["250", "236"]), _nanp(["250"])),
    "AU": (_pre(["400", "403", "409", "412", "416", "419", "423", "432", "438", "449", "455", "477"], 9), _pre(["353"], 9)),
    "US": (_nanp(["208", "986"]), _nanp(["208"])),
    "MY": (_pre(["12", "13", "16", "17", "19"], 9), _pre(["52", "54", "55"], 8)),
    "ZA": (_pre(["60", "61", "63", "71", "72", "73", "76", "79", "82", "83", "84"], 9), _pre(["51"], 9)),
    "AT": (_pre(["664", "676", "650", "699", "660", "681", "688"], 10), _pre(["662"], 10)),
    "FR": (_pre(["6", "7"], 9), _pre(["299", "223"], 9)),
    "ES": (_pre(["6", "71", "72", "73", "74"], 9), _pre(["965", "966"], 9)),
    "PL": (_pre(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"], 9), _pre(["81"], 9)),
    "SE": (_pre(["70", "72", "73", "76"], 9), _pre(["60"], 9)),
    "JP": (_pre(["90", "80", "70"], 10), _pre(["76"], 9)),
    "GR": (_pre(["690", "693", "694", "695", "697", "698", "699"], 10), _pre(["241"], 10)),
}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v160) ------------------------------------------------------------------------------------------

#: language -> (men's given names, women's given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "ie": (
        ["Cathal", "Darragh", "Oisín", "Ciarán", "Fionn", "Eoin", "Tadhg", "Rónán", "Piotr", "Shane"],
        ["Aoife", "Saoirse", "Clodagh", "Niamh", "Róisín", "Sinéad", "Caoimhe", "Orla", "Gráinne", "Ewa"],
        ["Power", "Phelan", "Kiely", "Walsh", "Fitzgerald", "Kavanagh", "Foley", "Dunphy", "Tobin", "Keogh",
         "Cuddihy", "Meagher", "Ó Faoláin", "Kirwan"],
    ),
    "gb": (
        ["Alfie", "Callum", "Reece", "Tobias", "Harvey", "Kieran", "Aaron", "Dev", "Joel", "Ollie"],
        ["Poppy", "Keeley", "Lacey", "Imogen", "Freya", "Jasmine", "Courtney", "Mia", "Sapna", "Eloise"],
        ["Gotts", "Thurston", "Blyth", "Beales", "Cushion", "Howes", "Larter", "Pegg", "Feek", "Riches", "Mallett",
         "Goymer", "Chilvers", "Ling"],
    ),
    "ca": (
        ["Brody", "Ryland", "Harjit", "Colton", "Jasper", "Mathieu", "Eli", "Quinn", "Tyson", "Wei"],
        ["Brooklyn", "Kenzie", "Simran", "Paige", "Avery", "Chantal", "Marisol", "Sierra", "Ivy", "Xinyi"],
        ["Sandhu", "Gauthier", "Oleksyn", "Keenan", "Thibault", "Sidhu", "Lindgren", "Tkachuk", "Morin", "Pelletier",
         "Yuen", "Schellenberg", "Redekopp", "Friesen"],
    ),
    "au": (
        ["Lachlan", "Bailey", "Kai", "Riley", "Declan", "Nathan", "Huy", "Jesse", "Mohammad", "Zac"],
        ["Jorja", "Ella", "Matilda", "Sienna", "Tahlia", "Ebony", "Mai", "Krystal", "Imani", "Grace"],
        ["Pedretti", "Opie", "Trewin", "Ballantyne", "Coutts", "Dimitriou", "Tran", "Hallam", "Roscoe", "Kinnear",
         "Woolcock", "Pettigrew", "Eddy", "Quach"],
    ),
    "us": (
        ["Colby", "Brayden", "Tanner", "Joaquin", "Ryker", "Dallin", "Garrett", "Mateo", "Landon", "Chase"],
        ["McKenna", "Kaylee", "Bailey", "Ximena", "Brynlee", "Maddison", "Sage", "Oaklee", "Jocelyn", "Tatum"],
        ["Bingham", "Larsen", "Etcheverry", "Uranga", "Holbrook", "Christensen", "Zubizarreta", "Kimball", "Jorgensen",
         "Ochoa", "Bevan", "Thurgood", "Aguirre", "Haws"],
    ),
    "za": (
        ["Ruan", "Thabo", "Dewald", "Kagiso", "Pieter", "Lehlohonolo", "Tumelo", "Johan", "Sipho", "Morné"],
        ["Anri", "Palesa", "Lerato", "Elmarie", "Karabo", "Retha", "Dineo", "Zanele", "Mia", "Nthabiseng"],
        ["Mokoena", "Pretorius", "Nel", "Molefe", "Mofokeng", "Venter", "Botha", "Steyn", "Tau", "Coetzee", "Lebusa",
         "Swanepoel", "Motaung", "du Plessis"],
    ),
    "at": (
        ["Maximilian", "Tobias", "Jakob", "Sebastian", "Matthias", "Bernhard", "Andreas", "Patrick", "Emir", "Simon"],
        ["Anna-Lena", "Magdalena", "Johanna", "Viktoria", "Carina", "Nadine", "Stefanie", "Melanie", "Ajla", "Eva"],
        ["Rieder", "Lackner", "Eder", "Brandstätter", "Pirnbacher", "Schwaighofer", "Gschwandtner", "Hinterseer",
         "Egger", "Lindner", "Moser", "Windhager", "Begić", "Fuchs"],
    ),
    "fr": (
        ["Yann", "Erwan", "Gwendal", "Mathis", "Loïc", "Kévin", "Théo", "Nicolas", "Karim", "Julien"],
        ["Maëlle", "Nolwenn", "Gaëlle", "Anaïs", "Solenn", "Chloé", "Laëtitia", "Inès", "Morgane", "Élodie"],
        ["Le Goff", "Guillou", "Le Bihan", "Jaouen", "Le Gall", "Tanguy", "Rouxel", "Lemoine", "Benali", "Hamon",
         "Le Corre", "Gicquel", "Briand", "Chevalier"],
    ),
    "es": (
        ["Javier", "Pablo", "Álvaro", "Iván", "Vicente", "Rubén", "Adrián", "Hugo", "Marcos", "Sergio"],
        ["Lucía", "Alba", "Noelia", "Marina", "Irene", "Paula", "Sara", "Nerea", "Claudia", "Rocío"],
        ["Ferrándiz", "Llorca", "Pastor", "Amorós", "Sempere", "Soler", "Vidal", "Gisbert", "Martínez", "García",
         "Navarro", "Mira", "Pérez", "Guillén"],
    ),
    "se": (
        ["Linus", "Oskar", "Hampus", "Albin", "Ludvig", "Johan", "Filip", "Isak", "Ahmed", "Erik"],
        ["Wilma", "Ebba", "Alva", "Moa", "Saga", "Tove", "Hanna", "Klara", "Amira", "Maja"],
        ["Sjödin", "Norberg", "Forsberg", "Lundström", "Edlund", "Näslund", "Hägglund", "Westin", "Öhman",
         "Strömberg", "Bergström", "Nordin", "Hassan", "Lindgren"],
    ),
    "ja": (
        ["悠斗", "颯太", "蓮", "直樹", "裕介"],
        ["陽菜", "結衣", "彩花", "千尋", "麻衣", "香織"],
        ["中村", "北村", "山崎", "宮本", "坂井", "辻", "大野", "林", "松田", "西川"],
    ),
}

#: Polish and Greek family names as (man's form, woman's form), with given names
PL_GIVEN = (
    ["Kacper", "Mateusz", "Bartłomiej", "Jakub", "Szymon", "Paweł", "Damian", "Wojciech", "Oskar", "Łukasz"],
    ["Zuzanna", "Natalia", "Aleksandra", "Wiktoria", "Julia", "Karolina", "Magdalena", "Oliwia", "Patrycja", "Małgorzata"],
)
PL_FAMILY = [
    ("Kowalczyk", "Kowalczyk"),
    ("Wójcik", "Wójcik"),
    ("Zieliński", "Zielińska"),
    ("Mazur", "Mazur"),
    ("Lisowski", "Lisowska"),
    ("Sadowski", "Sadowska"),
    ("Chmiel", "Chmiel"),
    ("Bielecki", "Bielecka"),
    ("Ostrowski", "Ostrowska"),
    ("Kozieł", "Kozieł"),
    ("Jaworski", "Jaworska"),
    ("Pawlak", "Pawlak"),
    ("Grabowski", "Grabowska"),
    ("Nowicki", "Nowicka"),
]
GR_GIVEN = (
    ["Γιώργος", "Δημήτρης", "Κωνσταντίνος", "Νίκος", "Θανάσης", "Βασίλης", "Χρήστος", "Στέλιος", "Παναγιώτης",
     "Απόστολος"],
    ["Μαρία", "Ελένη", "Κατερίνα", "Δήμητρα", "Βασιλική", "Σοφία", "Αθηνά", "Ευαγγελία", "Χριστίνα", "Ιωάννα"],
)
GR_FAMILY = [
    ("Παπαδόπουλος", "Παπαδοπούλου"),
    ("Καραγιάννης", "Καραγιάννη"),
    ("Τσιμπούκης", "Τσιμπούκη"),
    ("Ζιώγας", "Ζιώγα"),
    ("Μπαλτάς", "Μπαλτά"),
    ("Γκατζόγιας", "Γκατζόγια"),
    ("Τσακνάκης", "Τσακνάκη"),
    ("Κολοβός", "Κολοβού"),
    ("Ρίζος", "Ρίζου"),
    ("Σακελλαρίου", "Σακελλαρίου"),
    ("Νταλάκας", "Νταλάκα"),
    ("Μπέκας", "Μπέκα"),
]
#: a Greek father's given name in the genitive (the patronymic as Greek forms write it)
GR_PATRONYMIC = ["Γεωργίου", "Δημητρίου", "Κωνσταντίνου", "Νικολάου", "Αθανασίου", "Βασιλείου", "Χρήστου", "Στυλιανού",
                 "Παναγιώτη", "Αποστόλου"]

#: Malaysian names: Malay (given names, fathers' names), Chinese (family names, given names), Indian (given, fathers')
MY_MALAY = (
    ["Muhammad Hafiz", "Ahmad Faizal", "Mohd Azlan", "Syafiq", "Amirul Hakim", "Khairul Anuar"],
    ["Nurul Aina", "Siti Hajar", "Farah Nadia", "Nur Syuhada", "Aisyah", "Nor Azlina"],
    ["Rahman", "Ismail", "Kamarudin", "Zainal", "Hashim", "Othman", "Ariffin", "Yusof"],
)
MY_CHINESE = (
    ["Tan", "Lim", "Wong", "Chong", "Leong", "Yap", "Chan", "Ooi"],
    ["Wei Jie", "Kah Mun", "Mei Ling", "Jun Hao", "Siew Yin", "Zhi Hao", "Li Ting", "Chee Keong"],
)
MY_INDIAN = (
    ["Saravanan", "Ganesh", "Ravindran", "Vikneswaran"],
    ["Kavitha", "Thivya", "Priya", "Shalini"],
    ["Muniandy", "Subramaniam", "Rajoo", "Krishnan", "Govindasamy"],
)

#: Japanese names: kanji -> (katakana reading, romaji)
JA_READ: dict[str, tuple[str, str]] = {
    "中村": ("ナカムラ", "nakamura"),
    "北村": ("キタムラ", "kitamura"),
    "山崎": ("ヤマザキ", "yamazaki"),
    "宮本": ("ミヤモト", "miyamoto"),
    "坂井": ("サカイ", "sakai"),
    "辻": ("ツジ", "tsuji"),
    "大野": ("オオノ", "ono"),
    "林": ("ハヤシ", "hayashi"),
    "松田": ("マツダ", "matsuda"),
    "西川": ("ニシカワ", "nishikawa"),
    "悠斗": ("ユウト", "yuto"),
    "颯太": ("ソウタ", "sota"),
    "蓮": ("レン", "ren"),
    "直樹": ("ナオキ", "naoki"),
    "裕介": ("ユウスケ", "yusuke"),
    "陽菜": ("ヒナ", "hina"),
    "結衣": ("ユイ", "yui"),
    "彩花": ("アヤカ", "ayaka"),
    "千尋": ("チヒロ", "chihiro"),
    "麻衣": ("マイ", "mai"),
    "香織": ("カオリ", "kaori"),
}

_GR_LATIN = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k", "λ": "l",
    "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f",
    "χ": "ch", "ψ": "ps", "ω": "o",
}


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) of ``lang`` (Polish and Greek family names in the person's gender)."""
    if female is None:
        female = g.rnd.random() < 0.5
    if lang == "pl":
        man, woman = g.rnd.choice(PL_FAMILY)
        return g.rnd.choice(PL_GIVEN[1] if female else PL_GIVEN[0]), woman if female else man
    if lang == "my":
        parts = my_whole(g, female).split()
        return " ".join(parts[:-1]), parts[-1]
    if lang == "gr":
        man, woman = g.rnd.choice(GR_FAMILY)
        return g.rnd.choice(GR_GIVEN[1] if female else GR_GIVEN[0]), woman if female else man
    male, fem, fam = NAMES[lang]
    return g.rnd.choice(fem if female else male), g.rnd.choice(fam)


def whole(g: Gen, lang: str, female: bool | None = None) -> str:
    """A whole name as the country writes it (family name first in Japanese and for Malaysian Chinese names)."""
    if female is None:
        female = g.rnd.random() < 0.5
    if lang == "my":
        return my_whole(g, female)
    a, b = person(g, lang, female)
    if lang == "ja":
        return f"{b} {a}"
    return f"{a} {b}"


def my_whole(g: Gen, female: bool) -> str:
    """A Malaysian whole name: Malay with ``bin``/``binti``, Chinese family name first, Indian with ``a/l``/``a/p``."""
    r = g.rnd.random()
    if r < 0.5:
        return f"{g.rnd.choice(MY_MALAY[1 if female else 0])} {'binti' if female else 'bin'} {g.rnd.choice(MY_MALAY[2])}"
    if r < 0.8:
        return f"{g.rnd.choice(MY_CHINESE[0])} {g.rnd.choice(MY_CHINESE[1])}"
    return f"{g.rnd.choice(MY_INDIAN[1 if female else 0])} {'a/p' if female else 'a/l'} {g.rnd.choice(MY_INDIAN[2])}"


def given(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def staff(g: Gen, n: int, lang: str, style: str = "whole") -> list[str]:
    """``n`` distinct staff members' names (``whole``, ``first``, ``last``, ``initial`` as ``Poppy G.``)."""
    out: set[str] = set()
    while len(out) < n:
        female = g.rnd.random() < 0.65
        if lang == "my":
            out.add(my_whole(g, female))
            continue
        a, b = person(g, lang, female)
        if style == "first":
            out.add(a)
        elif style == "last":
            out.add(b)
        elif style == "initial":
            out.add(f"{a} {b[0]}.")
        elif lang == "ja":
            out.add(f"{b} {a}")
        else:
            out.add(f"{a} {b}")
    return sorted(out)


def latin(text: str) -> str:
    """``text`` in ASCII letters: Greek transliterated, Japanese by its romaji, accents and Polish ł dropped."""
    if text in JA_READ:
        return JA_READ[text][1]
    text = fold(text)
    if any("\u0370" <= ch <= "\u03ff" for ch in text):
        text = "".join(_GR_LATIN.get(ch, ch) for ch in text)
    return "".join(ch for ch in text.replace("ł", "l") if ch.isascii() and (ch.isalnum() or ch == "."))


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = latin(first.split()[0]) or "user", latin(last.split()[-1]) or "mail"
    local = g.rnd.choice(
        [
            f"{a}.{b}",
            f"{a[0]}{b}",
            f"{a}{g.rnd.randint(1, 99)}",
            f"{b}.{a}{g.rnd.randint(80, 99)}",
            f"{a}_{b}{g.rnd.randint(1, 9)}",
        ]
    )
    return f"{local}@{g.rnd.choice(domains)}"


DOMAINS: dict[str, list[str]] = {
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "icloud.com"],
    "gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk"],
    "ca": ["gmail.com", "shaw.ca", "telus.net", "hotmail.com", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com", "hotmail.com", "icloud.com"],
    "us": ["gmail.com", "yahoo.com", "msn.com", "outlook.com", "icloud.com"],
    "my": ["gmail.com", "yahoo.com.my", "hotmail.com", "outlook.com"],
    "za": ["gmail.com", "telkomsa.net", "webmail.co.za", "vodamail.co.za", "outlook.com"],
    "at": ["gmx.at", "aon.at", "gmail.com", "sbg.at", "a1.net"],
    "fr": ["orange.fr", "gmail.com", "free.fr", "laposte.net", "sfr.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net"],
    "pl": ["wp.pl", "onet.pl", "gmail.com", "o2.pl", "interia.pl"],
    "se": ["gmail.com", "hotmail.com", "telia.com", "outlook.com", "bredband.net"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "icloud.com"],
    "gr": ["gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr", "windowslive.com"],
}

# -- places (written for v160) -----------------------------------------------------------------------------------------

#: (town, Eircode routing key) around Waterford
IE_PLACES = [
    ("Waterford", "X91"),
    ("Waterford", "X91"),
    ("Tramore", "X91"),
    ("Dunmore East", "X91"),
    ("Dungarvan", "X35"),
    ("Kilmacthomas", "X42"),
    ("Portlaw", "X91"),
    ("New Ross", "Y34"),
    ("Carrick-on-Suir", "E32"),
]
IE_STREETS = [
    "Barrack Street",
    "Cork Road",
    "John's Hill",
    "Ballybricken",
    "Summerhill Terrace",
    "Priory Lawn",
    "Grange Park",
    "Williamstown Road",
    "Newtown Road",
    "Manor Street",
    "Patrick Street",
    "Lismore Park",
]
#: (town, postcode district) around Norwich
GB_PLACES = [
    ("Norwich", "NR1"),
    ("Norwich", "NR2"),
    ("Norwich", "NR3"),
    ("Norwich", "NR4"),
    ("Norwich", "NR5"),
    ("Norwich", "NR7"),
    ("Wymondham", "NR18"),
    ("Dereham", "NR19"),
    ("Aylsham", "NR11"),
    ("Great Yarmouth", "NR30"),
    ("Wroxham", "NR12"),
]
#: (city, forward sortation area) around Kamloops
CA_PLACES = [
    ("Kamloops", "V2B"),
    ("Kamloops", "V2C"),
    ("Kamloops", "V2E"),
    ("Kamloops", "V2H"),
    ("Sun Peaks", "V0E"),
    ("Merritt", "V1K"),
    ("Chase", "V0E"),
    ("Salmon Arm", "V1E"),
    ("Barriere", "V0E"),
]
CA_STREETS = [
    "Tranquille Rd",
    "Columbia St W",
    "Summit Dr",
    "Victoria St",
    "Seymour St",
    "Fortune Dr",
    "Hillside Dr",
    "Aberdeen Dr",
    "Westsyde Rd",
    "Pacific Way",
    "Dallas Dr",
    "Notre Dame Dr",
]
#: (suburb, postcode) around Ballarat
AU_PLACES = [
    ("Ballarat Central", "3350"),
    ("Wendouree", "3355"),
    ("Sebastopol", "3356"),
    ("Alfredton", "3350"),
    ("Lake Wendouree", "3350"),
    ("Delacombe", "3356"),
    ("Mount Clear", "3350"),
    ("Buninyong", "3357"),
    ("Brown Hill", "3350"),
    ("Canadian", "3350"),
    ("Mitchell Park", "3355"),
    ("Creswick", "3363"),
]
AU_STREETS = [
    "Sturt St",
    "Doveton St N",
    "Howitt St",
    "Gillies St",
    "Skipton St",
    "Victoria St",
    "Humffray St S",
    "Norman St",
    "Geelong Rd",
    "Eureka St",
    "Albert St",
    "Forest St",
]
#: (city, ZIP) around Boise
US_PLACES = [
    ("BOISE", "83702"),
    ("BOISE", "83704"),
    ("BOISE", "83706"),
    ("BOISE", "83709"),
    ("BOISE", "83713"),
    ("MERIDIAN", "83642"),
    ("MERIDIAN", "83646"),
    ("NAMPA", "83686"),
    ("EAGLE", "83616"),
    ("KUNA", "83634"),
    ("CALDWELL", "83605"),
    ("STAR", "83669"),
]
US_STREETS = [
    "W STATE ST",
    "N CLOVERDALE RD",
    "W OVERLAND RD",
    "E PARKCENTER BLVD",
    "N EAGLE RD",
    "W FAIRVIEW AVE",
    "S FIVE MILE RD",
    "N LINDER RD",
    "W USTICK RD",
    "E WARM SPRINGS AVE",
    "N GARY LN",
    "S KUNA MORA RD",
]
#: (town, postcode) around Ipoh
MY_PLACES = [
    ("Ipoh", "30100"),
    ("Ipoh", "30250"),
    ("Ipoh", "30450"),
    ("Ipoh", "31400"),
    ("Ipoh", "31650"),
    ("Batu Gajah", "31000"),
    ("Menglembu", "31450"),
    ("Chemor", "31200"),
    ("Kampar", "31900"),
    ("Taiping", "34000"),
    ("Gopeng", "31600"),
]
MY_STREETS = [
    "Jalan Sultan Idris Shah",
    "Jalan Raja Permaisuri Bainun",
    "Persiaran Greentown",
    "Jalan Kampar",
    "Jalan Tasek",
    "Lebuh Raya Tambun",
    "Jalan Bendahara",
    "Lorong Canning Garden",
    "Jalan Pasir Puteh",
    "Jalan Gopeng",
    "Jalan Klebang Restu",
    "Persiaran Bercham",
]
#: (suburb, postal code) of Bloemfontein
ZA_PLACES = [
    ("Universitas", "9301"),
    ("Brandwag", "9301"),
    ("Westdene", "9301"),
    ("Fichardt Park", "9317"),
    ("Langenhovenpark", "9330"),
    ("Bayswater", "9301"),
    ("Heidedal", "9306"),
    ("Mangaung", "9323"),
    ("Bainsvlei", "9338"),
    ("Pellissier", "9301"),
    ("Willows", "9301"),
    ("Dan Pienaar", "9301"),
]
ZA_STREETS = [
    "Nelson Mandela Dr",
    "Kellner St",
    "Zastron St",
    "President Brand St",
    "Paul Kruger Ave",
    "Dr Belcher Rd",
    "General Dan Pienaar Dr",
    "Parfitt Ave",
    "Kolbe Ave",
    "Eeufees Rd",
    "Walter Sisulu Rd",
    "Church St",
]
#: (Ort, PLZ) around Salzburg
AT_PLACES = [
    ("Salzburg", "5020"),
    ("Salzburg", "5020"),
    ("Hallein", "5400"),
    ("Wals-Siezenheim", "5071"),
    ("Grödig", "5082"),
    ("Anif", "5081"),
    ("Elsbethen", "5061"),
    ("Bergheim", "5101"),
    ("Seekirchen am Wallersee", "5201"),
    ("Eugendorf", "5301"),
    ("Bischofshofen", "5500"),
]
AT_STREETS = [
    "Ignaz-Harrer-Straße",
    "Linzer Gasse",
    "Alpenstraße",
    "Vogelweiderstraße",
    "Maxglaner Hauptstraße",
    "Siezenheimer Straße",
    "Moosstraße",
    "Schallmooser Hauptstraße",
    "Aigner Straße",
    "Gneiser Straße",
    "Itzlinger Hauptstraße",
    "Plainstraße",
]
#: (ville, code postal) around Rennes
FR_PLACES = [
    ("Rennes", "35000"),
    ("Rennes", "35200"),
    ("Rennes", "35700"),
    ("Cesson-Sévigné", "35510"),
    ("Saint-Grégoire", "35760"),
    ("Bruz", "35170"),
    ("Chantepie", "35135"),
    ("Pacé", "35740"),
    ("Betton", "35830"),
    ("Vitré", "35500"),
    ("Saint-Jacques-de-la-Lande", "35136"),
    ("Le Rheu", "35650"),
]
FR_STREETS = [
    "rue de Saint-Malo",
    "boulevard de la Liberté",
    "rue de Nantes",
    "avenue Janvier",
    "rue d'Antrain",
    "boulevard Villebois-Mareuil",
    "rue de Fougères",
    "avenue du Général Leclerc",
    "rue Jean Jaurès",
    "allée de Brocéliande",
    "rue de Vern",
    "rue du Bourg",
]
#: French departments of birth (two digits of the NIR)
FR_DEPTS = ["35", "35", "35", "22", "29", "56", "44", "53", "50", "75", "93", "69"]
#: (localidad, código postal) around Alicante
ES_PLACES = [
    ("Alicante", "03001"),
    ("Alicante", "03005"),
    ("Alicante", "03010"),
    ("Alicante", "03015"),
    ("San Vicente del Raspeig", "03690"),
    ("Elche", "03203"),
    ("San Juan de Alicante", "03550"),
    ("El Campello", "03560"),
    ("Mutxamel", "03110"),
    ("Santa Pola", "03130"),
    ("Villajoyosa", "03570"),
    ("Benidorm", "03501"),
]
ES_STREETS = [
    "Calle San Vicente",
    "Avenida de Maisonnave",
    "Calle Pintor Aparicio",
    "Avenida de Alcoy",
    "Calle Italia",
    "Calle Foglietti",
    "Avenida de Jijona",
    "Calle Reyes Católicos",
    "Avenida Costa Blanca",
    "Calle Pardo Gimeno",
    "Calle Teatro",
    "Avenida de Novelda",
]
#: (miejscowość, kod pocztowy) around Lublin
PL_PLACES = [
    ("Lublin", "20-012"),
    ("Lublin", "20-072"),
    ("Lublin", "20-150"),
    ("Lublin", "20-388"),
    ("Lublin", "20-501"),
    ("Lublin", "20-706"),
    ("Lublin", "20-819"),
    ("Świdnik", "21-040"),
    ("Lubartów", "21-100"),
    ("Puławy", "24-100"),
    ("Łęczna", "21-010"),
    ("Kraśnik", "23-200"),
    ("Niemce", "21-025"),
]
PL_STREETS = [
    "ul. Krakowskie Przedmieście",
    "ul. Narutowicza",
    "ul. Zana",
    "ul. Nadbystrzycka",
    "al. Racławickie",
    "ul. Lipowa",
    "ul. Głęboka",
    "ul. Wileńska",
    "ul. Kunickiego",
    "ul. Droga Męczenników Majdanka",
    "ul. Zemborzycka",
    "ul. Orkana",
]
#: (ort, postnummer) around Sundsvall
SE_PLACES = [
    ("Sundsvall", "852 30"),
    ("Sundsvall", "852 35"),
    ("Sundsvall", "853 50"),
    ("Sundsvall", "856 50"),
    ("Sundsvall", "857 31"),
    ("Timrå", "861 32"),
    ("Njurunda", "862 96"),
    ("Kvissleby", "862 32"),
    ("Matfors", "864 31"),
    ("Alnö", "865 31"),
    ("Härnösand", "871 31"),
]
SE_STREETS = [
    "Storgatan",
    "Esplanaden",
    "Bergsgatan",
    "Trädgårdsgatan",
    "Skolhusallén",
    "Södra Järnvägsgatan",
    "Nackstavägen",
    "Granlovägen",
    "Bosvedjevägen",
    "Birstavägen",
    "Heffnersvägen",
    "Åkroksvägen",
]
#: (municipality, first three digits of the postcode) around Kanazawa
JA_PLACES = [
    ("金沢市", "920"),
    ("金沢市", "921"),
    ("野々市市", "921"),
    ("白山市", "924"),
    ("かほく市", "929"),
    ("内灘町", "920"),
    ("津幡町", "929"),
    ("小松市", "923"),
]
JA_STREETS = [
    "此花町3-2",
    "片町2丁目10-5",
    "西念4丁目18-21",
    "本町5丁目7-1",
    "倉光8丁目16",
    "窪6丁目211",
    "大桑町中島35-1",
    "宇野気ニ81",
    "長町1丁目6-11",
    "額新保1丁目140",
    "園町ハ75",
    "鳴和1丁目4-20 メゾン鳴和202",
]
#: (πόλη, ΤΚ) around Larissa
GR_PLACES = [
    ("Λάρισα", "41221"),
    ("Λάρισα", "41222"),
    ("Λάρισα", "41334"),
    ("Λάρισα", "41335"),
    ("Λάρισα", "41447"),
    ("Τύρναβος", "40100"),
    ("Φάρσαλα", "40300"),
    ("Αγιά", "40003"),
    ("Ελασσόνα", "40200"),
    ("Γιάννουλη", "41500"),
    ("Συκούριο", "40007"),
]
GR_STREETS = [
    "Κύπρου",
    "Παπαναστασίου",
    "Ηρώων Πολυτεχνείου",
    "Βενιζέλου",
    "Ασκληπιού",
    "Φαρσάλων",
    "Ιπποκράτους",
    "Κουμουνδούρου",
    "Μανδηλαρά",
    "Αλεξάνδρας",
    "Ρούσβελτ",
    "Κενταύρων",
]


def street(g: Gen, streets: list[str], lang: str) -> str:
    """A street line as the country writes it."""
    s = g.rnd.choice(streets)
    if lang in ("ie", "gb", "ca", "au", "za"):
        n = g.rnd.randint(1, 240 if lang != "ca" else 2_400)
        if lang in ("au", "ca") and g.rnd.random() < 0.2:
            return f"{g.rnd.randint(1, 30)}-{n} {s}" if lang == "ca" else f"{g.rnd.randint(1, 12)}/{n} {s}"
        return f"{n} {s}"
    if lang == "us":
        return f"{g.rnd.randint(100, 12_999)} {s}"
    if lang == "my":
        return f"No. {g.rnd.randint(1, 180)}, {s}"
    if lang == "at":
        house = f"{s} {g.rnd.randint(1, 120)}"
        return house + (f"/{g.rnd.randint(1, 3)}/{g.rnd.randint(1, 18)}" if g.rnd.random() < 0.5 else "")
    if lang == "fr":
        return f"{g.rnd.randint(1, 160)}{g.rnd.choice(['', '', '', ' bis'])} {s}"
    if lang == "es":
        return f"{s}, {g.rnd.randint(1, 120)}, {g.rnd.randint(1, 9)}º {g.rnd.choice('ABCD')}"
    if lang == "pl":
        return s
    if lang == "se":
        return f"{s} {g.rnd.randint(1, 80)}" + (f" lgh {g.rnd.randint(10, 14)}0{g.rnd.randint(1, 4)}" if g.rnd.random() < 0.4 else "")
    if lang == "gr":
        return f"{s} {g.rnd.randint(1, 180)}"
    return s


def eircode(g: Gen, key: str) -> str:
    return f"{key} {g.digits(4, 'ACDEFHKNPRTVWXY0123456789')}"


def gb_postcode(g: Gen, district: str) -> str:
    return f"{district} {g.rnd.randint(1, 9)}{g.digits(2, 'ABDEFGHJLNPQRSTUWXYZ')}"


def ca_postcode(g: Gen, fsa: str) -> str:
    return f"{fsa} {g.rnd.randint(1, 9)}{g.rnd.choice('ABCEGHJKLMNPRSTVWXYZ')}{g.rnd.randint(0, 9)}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def pps(g: Gen) -> str:
    """An Irish PPS number: seven digits and the check letter (a second letter ``A`` or ``W`` on newer ones)."""
    return g.valid(
        lambda: g.digits(7) + g.rnd.choice(string.ascii_uppercase[:23]) + g.rnd.choice(["", "", "", "A", "W"]),
        _pps.is_valid,
    )


def pps_decoy(g: Gen) -> str:
    """Seven digits and a letter failing the PPS check (a payroll reference)."""
    return g.valid(lambda: g.digits(7) + g.rnd.choice("ABCDEFGHJKLMNPQRSTUVW"), lambda x: not _pps.is_valid(x))


def ie_iban(g: Gen) -> str:
    bic = g.rnd.choice(["AIBK", "BOFI", "IPBS", "ULSB"])
    sort = {"AIBK": "93", "BOFI": "90", "IPBS": "99", "ULSB": "98"}[bic] + g.digits(4)
    return iban("IE", bic + sort + g.digits(8))


def nhs(g: Gen) -> str:
    d = g.valid(lambda: g.rnd.choice("46") + g.digits(9), _nhs.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def nhs_decoy(g: Gen) -> str:
    """Ten digits spaced like an NHS number and failing its check (a patch-test reference)."""
    d = g.valid(lambda: g.rnd.choice("46") + g.digits(9), lambda x: not _nhs.is_valid(x))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def bc_phn(g: Gen) -> str:
    """A British Columbia Personal Health Number (ten digits starting with 9, check digit by python-stdnum)."""
    d = g.valid(lambda: "9" + g.digits(9), _phn.is_valid)
    return f"{d[:4]} {d[4:7]} {d[7:]}" if g.rnd.random() < 0.5 else d


def bc_phn_decoy(g: Gen) -> str:
    """Ten digits starting with 9 and failing the PHN check (a chart number)."""
    return g.valid(lambda: "9" + g.digits(9), lambda x: not _phn.is_valid(x))


def tfn(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 8)) + g.digits(8), _tfn.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def tfn_decoy(g: Gen) -> str:
    """Nine digits failing the TFN check (an invoice number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 8)) + g.digits(8), lambda x: not _tfn.is_valid(x))


def abn(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _abn.is_valid)
    return f"{d[:2]} {d[2:5]} {d[5:8]} {d[8:]}"


def nric(g: Gen, born: date, female: bool) -> str:
    """A Malaysian MyKad number: the birth date, a birthplace code (Perak mostly) and a serial, odd for men."""

    def make() -> str:
        place = g.rnd.choice(["08", "08", "08", "08", "10", "14", "02", "07", "05"])
        serial = g.digits(3) + g.rnd.choice("02468" if female else "13579")
        return f"{born:%y%m%d}{place}{serial}"

    d = g.valid(make, _nric.is_valid)
    return f"{d[:6]}-{d[6:8]}-{d[8:]}" if g.rnd.random() < 0.7 else d


def nric_decoy(g: Gen) -> str:
    """Twelve digits written like a MyKad number that cannot be one (a month or birthplace that does not exist)."""

    def make() -> str:
        return f"{g.rnd.randint(20, 25)}{g.rnd.randint(13, 19)}{g.digits(2, '012')}-{g.digits(2)}-{g.digits(4)}"

    return g.valid(make, lambda x: not _nric.is_valid(x))


def us_ssn_decoy(g: Gen) -> str:
    """Nine digits shaped like an SSN and failing its check (area 000, 666 or 9xx): a member reference."""
    return g.rnd.choice(["000", "666", f"9{g.digits(2)}"]) + g.digits(6)


def za_id(g: Gen, born: date, female: bool) -> str:
    def make() -> str:
        seq = g.rnd.randint(0, 4_999) if female else g.rnd.randint(5_000, 9_999)
        body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:04d}08"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _idnr.is_valid)


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits failing the South African ID number's check (an invoice number)."""
    return g.valid(lambda: "24" + g.digits(11), lambda x: not _idnr.is_valid(x))


def svnr(g: Gen, born: date) -> str:
    """An Austrian social insurance number: a serial, its check digit (python-stdnum) and the birth date ``DDMMYY``."""

    def make() -> str:
        serial = f"{g.rnd.randint(100, 999)}"
        body = serial + "0" + born.strftime("%d%m%y")
        return serial + _vnr.calc_check_digit(body) + born.strftime("%d%m%y")

    d = g.valid(make, _vnr.is_valid)
    return f"{d[:4]} {d[4:]}" if g.rnd.random() < 0.6 else d


def svnr_decoy(g: Gen) -> str:
    """Ten digits written like an SVNr (``NNNN DDMMYY``) failing its check (a payslip number)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(9), lambda x: not _vnr.is_valid(x))
    return f"{d[:4]} {d[4:]}"


def at_iban(g: Gen) -> str:
    return iban("AT", g.rnd.choice(["35000", "20404", "15000", "12000", "45010"]) + g.digits(11))


def nir(g: Gen, born: date, female: bool) -> str:
    """A French NIR: sex, year and month of birth, department, commune, order and the key (python-stdnum)."""
    body = f"{2 if female else 1}{born:%y}{born:%m}{g.rnd.choice(FR_DEPTS)}{g.rnd.randint(1, 350):03d}{g.rnd.randint(1, 999):03d}"
    d = body + _nir.calc_check_digits(body)
    assert _nir.is_valid(d), d
    return f"{d[0]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:10]} {d[10:13]} {d[13:]}" if g.rnd.random() < 0.5 else d


def nir_decoy(g: Gen) -> str:
    """Fifteen digits shaped like a NIR and failing its key (a patient file number)."""
    return g.valid(lambda: g.rnd.choice("12") + g.digits(14), lambda x: not _nir.is_valid(x))


def dni(g: Gen) -> str:
    body = f"{g.rnd.randint(20_000_000, 79_999_999)}"
    return body + _dni.calc_check_digit(body)


def nie(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("XYZ") + g.digits(7) + g.rnd.choice("TRWAGMYFPDXBNJZSQVHLCKE"), _nie.is_valid)


def dni_decoy(g: Gen) -> str:
    """Eight digits and a letter failing the DNI check (an invoice number)."""
    return g.valid(lambda: g.digits(8) + g.rnd.choice("TRWAGMYFPDXBNJZSQVHLCKE"), lambda x: not _dni.is_valid(x))


def cif(g: Gen) -> str:
    return g.valid(lambda: "B" + g.rnd.choice(["03", "53", "54"]) + g.digits(6), _cif.is_valid)


def pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    body = f"{born:%y}{month:02d}{born:%d}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
    d = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(d), d
    return d


def pesel_decoy(g: Gen) -> str:
    """Eleven digits failing the PESEL check (an order number)."""
    return g.valid(lambda: "2" + g.digits(10), lambda x: not _pesel.is_valid(x))


def nip(g: Gen) -> str:
    d = g.valid(lambda: g.rnd.choice(["712", "713", "946"]) + g.digits(7), _nip.is_valid)
    return f"{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:]}"


def personnummer(g: Gen, born: date, dash: bool = True) -> str:
    def make() -> str:
        body = born.strftime("%y%m%d") + g.digits(3)
        return body + luhn.calc_check_digit(body)

    d = g.valid(make, _pnr.is_valid)
    full = f"{born.year // 100}{d}"
    return f"{full[:8]}-{full[8:]}" if dash else full


def personnummer_decoy(g: Gen) -> str:
    """``YYMMDD-NNNN`` with a date that can exist and a failing Luhn digit (a no-show invoice number)."""

    def make() -> str:
        d = g.day("2019-01-01", "2025-12-31").strftime("%y%m%d") + g.digits(4)
        return f"{d[:6]}-{d[6:]}"

    return g.valid(make, lambda x: not luhn.is_valid(x.replace("-", "")))


def orgnr(g: Gen) -> str:
    d = g.valid(lambda: "55" + g.digits(8), _orgnr.is_valid)
    return f"{d[:6]}-{d[6:]}"


def hojin_bangou(g: Gen) -> str:
    """A Japanese corporate number (thirteen digits, check digit first, by python-stdnum)."""
    return g.valid(lambda: g.rnd.randint(1, 9).__str__() + "2200" + g.digits(8), _hojin.is_valid)


def my_number_decoy(g: Gen) -> str:
    """Twelve digits failing My Number's check (a reception number)."""
    return g.valid(lambda: "25" + g.digits(10), lambda x: not _mynumber.is_valid(x))


def afm(g: Gen) -> str:
    """A Greek tax number (ΑΦΜ, nine digits with its check digit)."""
    return g.valid(lambda: g.rnd.choice("01") + g.digits(8), _afm.is_valid)


def afm_decoy(g: Gen) -> str:
    """Nine digits failing the ΑΦΜ check (an invoice number)."""
    return g.valid(lambda: g.rnd.choice("01") + g.digits(8), lambda x: not _afm.is_valid(x))


def card(g: Gen, spaced: bool = True) -> str:
    head = g.rnd.choice(["4", "4", "51", "53", "55"])
    body = head + g.digits(15 - len(head))
    d = body + luhn.calc_check_digit(body)
    return " ".join(d[i : i + 4] for i in range(0, 16, 4)) if spaced else d


def iban(country: str, bban: str) -> str:
    check = _iban.calc_check_digits(f"{country}00{bban}")
    number = f"{country}{check}{bban}"
    assert _iban.is_valid(number), number
    return number


def spaced(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def gr_iban(g: Gen) -> str:
    return iban("GR", g.rnd.choice(["011", "014", "017", "026"]) + g.digits(4) + g.digits(16))


def dmy(d: date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"
