"""Values of held-out set v156 (:mod:`benchmarks.classification.heldout_v156`): v156's random source, and names,
streets, towns, hospitals, operators and free-text snippets written by hand for v156's emergency department,
ambulance and patient transport systems (no Faker, no list of real people, no breach data), phones checked with
phonenumbers and identifiers with check digits computed and checked with python-stdnum (the Australian Medicare
number's and the Russian SNILS's checks are computed here: python-stdnum has neither).

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers follow v152's (copied); the lists below are new.
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
from stdnum.ca import sin as _sin
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.gb import nhs as _nhs
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _afm
from stdnum.ie import pps as _pps
from stdnum.it import codicefiscale as _cf
from stdnum.my import nric as _nric
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.ru import inn as _inn
from stdnum.ru import ogrn as _ogrn
from stdnum.se import orgnr as _orgnr
from stdnum.se import personnummer as _pnr
from stdnum.tr import tckimlik as _tckn
from stdnum.tr import vkn as _vkn
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _idnr

from benchmarks.classification.heldout_v2 import Column

SEED = 156_2026_1211
N = "none"
#: a login or a domestic bank account (``review``, as earlier sets labeled them)
UNCLASSIFIED = "unclassified"
#: NULL-like strings of v156's systems (tests skip them)
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
    "UNK",
    "0",
    "sin observaciones",
    "s/o",
    "nessuna",
    "n.d.",
    "brak",
    "b.d.",
    "saknas",
    "inget",
    "yok",
    "belirtilmemiş",
    "καμία",
    "δ/υ",
    "нет",
    "не указано",
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v156:{SEED}:{table}")

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
    "IE": (_pre(["83", "85", "86", "87", "89"], 9), _pre(["61"], 8)),
    "AU": (
        _pre(["400", "403", "404", "407", "409", "412", "416", "418", "423", "428", "438", "447", "457"], 9),
        _pre(["362", "363"], 9),
    ),
    "GB": (_pre(["71", "73", "74", "75", "77", "78", "79"], 10), _pre(["1915", "1914"], 10)),
    "CA": (_nanp(["204", "431"]), _nanp(["204"])),
    "US": (_nanp(["406"]), _nanp(["406"])),
    "MY": (_pre(["12", "13", "16", "17", "19"], 9), _pre(["42", "43", "45"], 8)),
    "ZA": (_pre(["60", "61", "71", "72", "73", "74", "76", "78", "79", "82", "83", "84"], 9), _pre(["41"], 9)),
    "ES": (_pre(["6", "7"], 9), _pre(["968"], 9)),
    "IT": (
        _pre(["320", "328", "333", "335", "338", "340", "347", "349", "351", "366", "388", "393"], 10),
        _pre(["030"], 10),
    ),
    "PL": (_pre(["50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88"], 9), _pre(["81"], 9)),
    "SE": (_pre(["70", "72", "73", "76"], 9), _pre(["60"], 9)),
    "TR": (
        _pre(["530", "532", "533", "535", "536", "542", "543", "544", "545", "505", "506", "507", "555"], 10),
        _pre(["222"], 10),
    ),
    "GR": (_pre(["690", "693", "694", "695", "697", "698", "699"], 10), _pre(["2810"], 10)),
    "RU": (_pre(["903", "913", "923", "952", "960", "983", "999", "906", "909"], 10), _pre(["3822"], 10)),
}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v156) ------------------------------------------------------------------------------------------

#: language -> (men's given names, women's given names, family names); Polish, Greek and Russian family names are
#: in :data:`GENDERED` (a man's and a woman's form)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "ie": (
        ["Cathal", "Donncha", "Eoin", "Fiachra", "Pádraig", "Ronan", "Tadhg", "Colm", "Darragh", "Kieran"],
        ["Aoife", "Gráinne", "Siobhán", "Clodagh", "Niamh", "Orla", "Síle", "Muireann", "Deirdre", "Róisín"],
        [
            "Ó Briain",
            "Hartigan",
            "Culhane",
            "McNamara",
            "Fitzgibbon",
            "Liddy",
            "Quaid",
            "Enright",
            "Mulcahy",
            "Keane",
            "Hayes",
            "O'Dwyer",
            "Stritch",
            "Noonan",
        ],
    ),
    "au": (
        ["Brodie", "Jake", "Lachlan", "Dylan", "Rhys", "Harley", "Tyson", "Nathan", "Cooper", "Kieren"],
        ["Jess", "Kahlia", "Shaye", "Brianna", "Tegan", "Rochelle", "Makayla", "Leah", "Courtney", "Tahnee"],
        [
            "Gangell",
            "Wherrett",
            "Pitt-Lancaster",
            "Shadbolt",
            "Brumby",
            "Mures",
            "Heazlewood",
            "Kremer",
            "Fysh",
            "Dobson",
            "Cordwell",
            "Batchelor",
            "Triffitt",
            "Lyne",
        ],
    ),
    "gb": (
        ["Craig", "Gary", "Stephen", "Liam", "Kyle", "Jordan", "Darren", "Callum", "Aidan", "Mohammed"],
        ["Gemma", "Leanne", "Stacey", "Kirsty", "Shannon", "Jade", "Carly", "Nicola", "Aisha", "Chantelle"],
        [
            "Robson",
            "Charlton",
            "Dodds",
            "Milburn",
            "Hedley",
            "Armstrong",
            "Scurr",
            "Tait",
            "Bewick",
            "Elliott",
            "Hussain",
            "Blenkinsop",
            "Thirlwell",
            "Gowland",
        ],
    ),
    "ca": (
        ["Travis", "Wade", "Brett", "Nolan", "Rajinder", "Jerome", "Levi", "Carter", "Dwayne", "Tyrell"],
        ["Brandi", "Destiny", "Kaylee", "Jolene", "Manpreet", "Crystal", "Kiana", "Raven", "Ashlyn", "Dallas"],
        [
            "Flett",
            "Harper",
            "Ducharme",
            "Bighetty",
            "Spence",
            "Kowalchuk",
            "Monias",
            "Fontaine",
            "Sinclair",
            "Hrynkiw",
            "Chartrand",
            "McIvor",
            "Beardy",
            "Wiebe",
        ],
    ),
    "us": (
        ["Wyatt", "Colt", "Tanner", "Dusty", "Clint", "Shane", "Jace", "Rusty", "Kody", "Bryce"],
        ["Shayla", "Kelsey", "Jolie", "Tawny", "Dakota", "Brittni", "Cassidy", "Tessa", "Harmony", "Janae"],
        [
            "Rehberg",
            "Lindquist",
            "Running Crane",
            "Kautz",
            "Oberly",
            "Swanby",
            "Tollefson",
            "Big Knife",
            "Haugen",
            "Wetzel",
            "Stiffarm",
            "Dahlke",
            "Quarnstrom",
            "Fenner",
        ],
    ),
    "za": (
        ["Sipho", "Thando", "Ruan", "Lwando", "Ebrahim", "Kyle", "Mzwandile", "Juandré", "Anele", "Chad"],
        ["Nosipho", "Lindiwe", "Chantal", "Zanele", "Rushda", "Marlize", "Babalwa", "Candice", "Yolisa", "Shireen"],
        [
            "Mbeki-Ntlabathi",
            "Booi",
            "Jantjies",
            "Swartbooi",
            "Magwaza",
            "Pietersen",
            "Mlonyeni",
            "Olivier",
            "Dyantyi",
            "Fortuin",
            "Nqwelo",
            "Stuurman",
            "Gxowa",
            "Human",
        ],
    ),
    "es": (
        [
            "Ginés",
            "Pedro José",
            "Fulgencio",
            "Antonio",
            "Juan Carlos",
            "Salvador",
            "Francisco Javier",
            "Andrés",
            "Ismael",
            "Jesús",
        ],
        [
            "Encarnación",
            "María Dolores",
            "Fuensanta",
            "Remedios",
            "Ana Belén",
            "Pilar",
            "Rosa María",
            "Noelia",
            "Inmaculada",
            "Lucía",
        ],
        [
            "Sánchez",
            "Martínez",
            "Zapata",
            "Guillamón",
            "Hernández",
            "Meroño",
            "Valverde",
            "Pastor",
            "Ortuño",
            "Nicolás",
            "Egea",
            "Lorente",
            "Gómez",
            "Rubio",
        ],
    ),
    "it": (
        ["Gianluca", "Fabio", "Sergio", "Davide", "Ottavio", "Luigi", "Simone", "Ionut", "Matteo", "Cesare"],
        ["Chiara", "Federica", "Giulia", "Silvia", "Franca", "Rosanna", "Paola", "Valentina", "Sara", "Alina"],
        [
            "Bonomi",
            "Pedrali",
            "Gatti",
            "Zanardelli",
            "Tonoli",
            "Ferrari",
            "Belotti",
            "Frassine",
            "Guerini",
            "Lancini",
            "Bertoli",
            "Pasotti",
            "Rinaldi",
            "Popescu",
        ],
    ),
    "pl": (
        [
            "Grzegorz",
            "Krzysztof",
            "Tomasz",
            "Łukasz",
            "Mariusz",
            "Paweł",
            "Wojciech",
            "Sebastian",
            "Zbigniew",
            "Dariusz",
        ],
        [
            "Agnieszka",
            "Małgorzata",
            "Katarzyna",
            "Joanna",
            "Beata",
            "Ewelina",
            "Dorota",
            "Magdalena",
            "Halina",
            "Justyna",
        ],
        [],
    ),
    "se": (
        ["Per", "Lars", "Tobias", "Henrik", "Nils", "Ahmed", "Johan", "Gunnar", "Mattias", "Sture"],
        ["Karin", "Britt", "Linnea", "Maja", "Ingrid", "Sara", "Helena", "Amira", "Gunilla", "Malin"],
        [
            "Sundqvist",
            "Näslund",
            "Östman",
            "Hägglund",
            "Bergström",
            "Edlund",
            "Sjödin",
            "Westin",
            "Nordin",
            "Lundgren",
            "Forsberg",
            "Hassan",
            "Engström",
            "Melin",
        ],
    ),
    "tr": (
        ["Mehmet", "Mustafa", "Hüseyin", "Emre", "Burak", "Yusuf", "Ömer", "Serkan", "Kadir", "Oğuzhan"],
        ["Ayşe", "Fatma", "Zeynep", "Elif", "Emine", "Hatice", "Büşra", "Gülşen", "Sevgi", "Merve"],
        [
            "Yılmaz",
            "Kaya",
            "Demir",
            "Şahin",
            "Çelik",
            "Öztürk",
            "Aydın",
            "Arslan",
            "Doğan",
            "Kılıç",
            "Koç",
            "Yıldız",
            "Erdoğmuş",
            "Karataş",
        ],
    ),
    "el": (
        ["Γιώργος", "Μανόλης", "Νίκος", "Γιάννης", "Μιχάλης", "Σταύρος", "Αντώνης", "Κωστής", "Ζαχαρίας", "Παύλος"],
        ["Μαρία", "Ελένη", "Κατερίνα", "Ειρήνη", "Αργυρώ", "Δέσποινα", "Χρυσούλα", "Σοφία", "Αικατερίνη", "Ευαγγελία"],
        [],
    ),
    "ru": (
        ["Алексей", "Дмитрий", "Сергей", "Андрей", "Игорь", "Николай", "Владимир", "Евгений", "Максим", "Павел"],
        ["Ольга", "Татьяна", "Наталья", "Елена", "Светлана", "Ирина", "Анастасия", "Юлия", "Галина", "Марина"],
        [],
    ),
}

#: language -> family names as (man's form, woman's form)
GENDERED: dict[str, list[tuple[str, str]]] = {
    "pl": [
        ("Kowalczyk", "Kowalczyk"),
        ("Wójcik", "Wójcik"),
        ("Mazurek", "Mazurek"),
        ("Zieliński", "Zielińska"),
        ("Jabłoński", "Jabłońska"),
        ("Kozieł", "Kozieł"),
        ("Sadowski", "Sadowska"),
        ("Pietrzak", "Pietrzak"),
        ("Czarnecki", "Czarnecka"),
        ("Dudek", "Dudek"),
        ("Wróblewski", "Wróblewska"),
        ("Szymański", "Szymańska"),
    ],
    "el": [
        ("Παπαδάκης", "Παπαδάκη"),
        ("Μαυρογιάννης", "Μαυρογιάννη"),
        ("Κατσαράκης", "Κατσαράκη"),
        ("Βασιλάκης", "Βασιλάκη"),
        ("Τσαγκαράκης", "Τσαγκαράκη"),
        ("Σπανουδάκης", "Σπανουδάκη"),
        ("Μαρκάκης", "Μαρκάκη"),
        ("Παπαδόπουλος", "Παπαδοπούλου"),
        ("Χατζηδάκης", "Χατζηδάκη"),
        ("Λαμπράκης", "Λαμπράκη"),
        ("Ζερβός", "Ζερβού"),
        ("Δασκαλάκης", "Δασκαλάκη"),
    ],
    "ru": [
        ("Кузнецов", "Кузнецова"),
        ("Михайлов", "Михайлова"),
        ("Ершов", "Ершова"),
        ("Тимофеев", "Тимофеева"),
        ("Сорокин", "Сорокина"),
        ("Белоусов", "Белоусова"),
        ("Черепанов", "Черепанова"),
        ("Зырянов", "Зырянова"),
        ("Лаптев", "Лаптева"),
        ("Гребенщиков", "Гребенщикова"),
        ("Соколовский", "Соколовская"),
        ("Шестаков", "Шестакова"),
    ],
}

#: Greek men's given names -> the genitive a father's name takes in ``πατρώνυμο``
EL_GENITIVE: dict[str, str] = {
    "Γιώργος": "Γεωργίου",
    "Μανόλης": "Εμμανουήλ",
    "Νίκος": "Νικολάου",
    "Γιάννης": "Ιωάννη",
    "Μιχάλης": "Μιχαήλ",
    "Σταύρος": "Σταύρου",
    "Αντώνης": "Αντωνίου",
    "Κωστής": "Κωνσταντίνου",
    "Ζαχαρίας": "Ζαχαρία",
    "Παύλος": "Παύλου",
}

#: Russian men's given names -> (a son's, a daughter's patronymic)
RU_PATRONYMIC: dict[str, tuple[str, str]] = {
    "Алексей": ("Алексеевич", "Алексеевна"),
    "Дмитрий": ("Дмитриевич", "Дмитриевна"),
    "Сергей": ("Сергеевич", "Сергеевна"),
    "Андрей": ("Андреевич", "Андреевна"),
    "Игорь": ("Игоревич", "Игоревна"),
    "Николай": ("Николаевич", "Николаевна"),
    "Владимир": ("Владимирович", "Владимировна"),
    "Евгений": ("Евгеньевич", "Евгеньевна"),
    "Максим": ("Максимович", "Максимовна"),
    "Павел": ("Павлович", "Павловна"),
}

#: Malaysian names: Chinese (family, given), Malay and Indian (given, father's name)
MY_CHINESE = (
    ["Tan", "Lim", "Ooi", "Khoo", "Teoh", "Cheah", "Goh", "Yeoh", "Lee", "Chuah"],
    ["Wei Liang", "Boon Keat", "Chee Hong", "Kah Wai", "Mei Ling", "Siew Peng", "Hui Min", "Pei Shan"],
)
MY_MALAY = (
    ["Mohd Faizal", "Ahmad Zaki", "Muhammad Hafiz", "Azman", "Khairul Anuar"],
    ["Nurul Aina", "Siti Hajar", "Farah Nadia", "Nor Azizah", "Aisyah"],
    ["Ismail", "Hassan", "Abdullah", "Rahman", "Osman", "Yusof", "Ibrahim"],
)
MY_INDIAN = (
    ["Suresh", "Ganesan", "Rajendran", "Vijay", "Kumaresan"],
    ["Kavitha", "Thilagavathy", "Priya", "Devi", "Malar"],
    ["Muniandy", "Subramaniam", "Krishnan", "Arumugam", "Ramasamy"],
)

_TRANSLIT = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
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
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
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
    "ı": "i",
    "ł": "l",
}


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) of ``lang``."""
    if female is None:
        female = g.rnd.random() < 0.5
    male, fem, fam = NAMES[lang]
    given_name = g.rnd.choice(fem if female else male)
    if lang in GENDERED:
        man, woman = g.rnd.choice(GENDERED[lang])
        return given_name, woman if female else man
    return given_name, g.rnd.choice(fam)


def whole(g: Gen, lang: str, female: bool | None = None) -> str:
    """A whole name as the country writes it (with the patronymic in Russian, by community in Malaysia)."""
    if female is None:
        female = g.rnd.random() < 0.5
    if lang == "my":
        r = g.rnd.random()
        if r < 0.45:
            return f"{g.rnd.choice(MY_CHINESE[0])} {g.rnd.choice(MY_CHINESE[1])}"
        if r < 0.8:
            return f"{g.rnd.choice(MY_MALAY[1 if female else 0])} {'binti' if female else 'bin'} " + g.rnd.choice(
                MY_MALAY[2]
            )
        return f"{g.rnd.choice(MY_INDIAN[1 if female else 0])} {'a/p' if female else 'a/l'} " + g.rnd.choice(
            MY_INDIAN[2]
        )
    a, b = person(g, lang, female)
    if lang == "ru":
        return f"{b} {a} {patronymic(g, female)}"
    return f"{a} {b}"


def given(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def patronymic(g: Gen, female: bool) -> str:
    return RU_PATRONYMIC[g.rnd.choice(NAMES["ru"][0])][1 if female else 0]


def staff(g: Gen, n: int, lang: str, style: str = "whole") -> list[str]:
    """``n`` distinct staff members' names (``whole``, ``last``, ``initial`` as ``Gemma R.``)."""
    out: set[str] = set()
    while len(out) < n:
        female = g.rnd.random() < 0.55
        if lang == "my":
            out.add(whole(g, "my", female))
            continue
        a, b = person(g, lang, female)
        if style == "last":
            out.add(b)
        elif style == "initial":
            out.add(f"{a} {b[0]}.")
        elif lang == "ru" and style == "short":
            out.add(f"{b} {a[0]}. {patronymic(g, female)[0]}.")
        else:
            out.add(f"{a} {b}")
    return sorted(out)


def latin(text: str) -> str:
    """``text`` in ASCII letters: Russian and Greek transliterated, accents dropped."""
    text = fold(text)
    text = "".join(_TRANSLIT.get(ch, ch) for ch in text)
    return "".join(ch for ch in text if ch.isascii() and (ch.isalnum() or ch == "."))


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = latin(first.split()[0]) or "user", latin(last.split()[-1]) or "mail"
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


DOMAINS: dict[str, list[str]] = {
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "icloud.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com", "hotmail.com", "iinet.net.au"],
    "gb": ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com"],
    "ca": ["gmail.com", "shaw.ca", "mymts.net", "hotmail.com", "outlook.com"],
    "us": ["gmail.com", "yahoo.com", "outlook.com", "bresnan.net", "icloud.com"],
    "my": ["gmail.com", "yahoo.com.my", "hotmail.com", "outlook.com"],
    "za": ["gmail.com", "telkomsa.net", "webmail.co.za", "outlook.com", "icloud.com"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net"],
    "it": ["gmail.com", "libero.it", "virgilio.it", "tiscali.it", "hotmail.it"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "gmail.com", "interia.pl"],
    "se": ["gmail.com", "hotmail.com", "telia.com", "outlook.com", "bredband.net"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    "el": ["gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr", "windowslive.com"],
    "ru": ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "rambler.ru"],
}

# -- places (written for v156) -----------------------------------------------------------------------------------------

#: (town or area, Eircode routing key) around Limerick
IE_PLACES = [
    ("Castletroy", "V94"),
    ("Corbally", "V94"),
    ("Raheen", "V94"),
    ("Dooradoyle", "V94"),
    ("Annacotty", "V94"),
    ("Newcastle West", "V42"),
    ("Abbeyfeale", "V94"),
    ("Kilmallock", "V35"),
    ("Ennis", "V95"),
    ("Nenagh", "E45"),
    ("Rathkeale", "V94"),
]
IE_STREETS = [
    "O'Connell Avenue",
    "Ballinacurra Road",
    "Childers Road",
    "Ashbrook Crescent",
    "Father Russell Road",
    "Clonmacken Park",
    "Rosbrien Road",
    "Greenhills Drive",
    "Church Street",
    "Mill Road",
]
#: (suburb, postcode) around Hobart
AU_PLACES = [
    ("Glenorchy", "7010"),
    ("Moonah", "7009"),
    ("Bridgewater", "7030"),
    ("Kingston", "7050"),
    ("Sorell", "7172"),
    ("Bellerive", "7018"),
    ("Rokeby", "7019"),
    ("New Norfolk", "7140"),
    ("Sandy Bay", "7005"),
    ("Huonville", "7109"),
]
AU_STREETS = [
    "Main Road",
    "Derwent Avenue",
    "Gormanston Road",
    "Channel Highway",
    "Clarence Street",
    "Cambridge Road",
    "Lyell Highway",
    "Tolosa Street",
    "Albert Road",
    "Brent Street",
]
#: (town, outward postcode) around Sunderland
GB_PLACES = [
    ("Sunderland", "SR4"),
    ("Sunderland", "SR5"),
    ("Washington", "NE37"),
    ("Washington", "NE38"),
    ("Houghton le Spring", "DH4"),
    ("Hetton-le-Hole", "DH5"),
    ("Seaham", "SR7"),
    ("Sunderland", "SR2"),
    ("Boldon Colliery", "NE35"),
    ("Peterlee", "SR8"),
]
GB_STREETS = [
    "Hylton Road",
    "Chester Road",
    "Durham Road",
    "Ryhope Road",
    "Newcastle Road",
    "Sea Road",
    "Front Street",
    "Station Road",
    "Fulwell Road",
    "Side Cliff Road",
]
#: (neighbourhood, forward sortation area) in Winnipeg
CA_PLACES = [
    ("Point Douglas", "R2W"),
    ("West End", "R3G"),
    ("Centennial", "R3A"),
    ("St. Boniface", "R2H"),
    ("Transcona", "R2C"),
    ("Elmwood", "R2L"),
    ("St. Vital", "R2M"),
    ("Tyndall Park", "R2X"),
    ("Spence", "R3B"),
    ("Daniel McIntyre", "R3E"),
]
CA_STREETS = [
    "Selkirk Avenue",
    "Sargent Avenue",
    "Main Street",
    "Ellice Avenue",
    "Salter Street",
    "McGregor Street",
    "Notre Dame Avenue",
    "Henderson Highway",
    "Regent Avenue West",
    "Maryland Street",
]
#: (town, ZIP) in Montana's Yellowstone and neighbouring counties
US_PLACES = [
    ("BILLINGS", "59101"),
    ("BILLINGS", "59102"),
    ("BILLINGS", "59105"),
    ("LAUREL", "59044"),
    ("HARDIN", "59034"),
    ("COLUMBUS", "59019"),
    ("ROUNDUP", "59072"),
    ("RED LODGE", "59068"),
    ("LAME DEER", "59043"),
    ("HYSHAM", "59038"),
]
US_STREETS = [
    "GRAND AVE",
    "CENTRAL AVE",
    "KING AVE W",
    "MAIN ST",
    "BROADWATER AVE",
    "OLD HARDIN RD",
    "MONAD RD",
    "SHILOH RD",
    "POLY DR",
    "LAKE ELMO DR",
]
#: (area, postcode) on Penang island and Seberang Perai
MY_PLACES = [
    ("Bayan Lepas", "11900"),
    ("Jelutong", "11600"),
    ("Air Itam", "11500"),
    ("Gelugor", "11700"),
    ("Tanjung Tokong", "10470"),
    ("Butterworth", "12300"),
    ("Bukit Mertajam", "14000"),
    ("Perai", "13600"),
    ("Balik Pulau", "11000"),
    ("Nibong Tebal", "14300"),
]
MY_STREETS = [
    "Jalan Sultan Azlan Shah",
    "Lebuh Chulia",
    "Jalan Air Itam",
    "Jalan Bagan Luar",
    "Lorong Kampung Jawa",
    "Jalan Paya Terubong",
    "Jalan Sungai Dua",
    "Taman Sri Nibong",
    "Jalan Permatang Pauh",
    "Lintang Delima",
]
#: (suburb, postcode) in Gqeberha
ZA_PLACES = [
    ("Walmer", "6070"),
    ("Summerstrand", "6001"),
    ("New Brighton", "6200"),
    ("KwaZakhele", "6205"),
    ("Motherwell", "6211"),
    ("Gelvandale", "6020"),
    ("Newton Park", "6045"),
    ("Bethelsdorp", "6059"),
    ("Korsten", "6014"),
    ("Lorraine", "6070"),
]
ZA_STREETS = [
    "Heugh Road",
    "Cape Road",
    "Mthembu Street",
    "Stanford Road",
    "Njoli Street",
    "Main Road",
    "Kragga Kamma Road",
    "Daku Road",
    "Target Kloof Road",
    "Hendrik Verwoerd Street",
]
#: (municipio, código postal) in the Region of Murcia
ES_PLACES = [
    ("Murcia", "30001"),
    ("Murcia", "30009"),
    ("Molina de Segura", "30500"),
    ("Alcantarilla", "30820"),
    ("Cartagena", "30201"),
    ("Lorca", "30800"),
    ("Cieza", "30530"),
    ("Mula", "30170"),
    ("Torre-Pacheco", "30700"),
    ("Yecla", "30510"),
]
ES_STREETS = [
    "Calle Mayor",
    "Avenida de la Libertad",
    "Calle Trapería",
    "Carril de la Condesa",
    "Calle San Antón",
    "Avenida Juan Carlos I",
    "Calle Jara Carrillo",
    "Paseo Alfonso X",
    "Calle del Pilar",
    "Camino de Funes",
]
#: (comune, CAP) in the province of Brescia
IT_PLACES = [
    ("Brescia", "25121"),
    ("Brescia", "25128"),
    ("Rezzato", "25086"),
    ("Lumezzane", "25065"),
    ("Desenzano del Garda", "25015"),
    ("Gussago", "25064"),
    ("Ghedi", "25016"),
    ("Chiari", "25032"),
    ("Palazzolo sull'Oglio", "25036"),
    ("Concesio", "25062"),
]
#: (comune of birth, cadastral code)
IT_BIRTHPLACES = [
    ("Brescia", "B157"),
    ("Bergamo", "A794"),
    ("Milano", "F205"),
    ("Cremona", "D150"),
    ("Napoli", "F839"),
    ("Palermo", "G273"),
    ("Verona", "L781"),
    ("Mantova", "E897"),
]
IT_STREETS = [
    "Via Trieste",
    "Via Milano",
    "Corso Zanardelli",
    "Via Volta",
    "Viale Venezia",
    "Via San Faustino",
    "Via della Garzetta",
    "Via Chiusure",
    "Via Valcamonica",
    "Via Mantova",
]
#: (miejscowość, kod pocztowy) around Lublin
PL_PLACES = [
    ("Lublin", "20-001"),
    ("Lublin", "20-418"),
    ("Lublin", "20-834"),
    ("Świdnik", "21-040"),
    ("Łęczna", "21-010"),
    ("Lubartów", "21-100"),
    ("Bełżyce", "24-200"),
    ("Niemce", "21-025"),
    ("Bychawa", "23-100"),
    ("Piaski", "21-050"),
]
PL_STREETS = [
    "ul. Krakowskie Przedmieście",
    "ul. Nadbystrzycka",
    "ul. Zana",
    "al. Kraśnicka",
    "ul. Lubartowska",
    "ul. Głęboka",
    "ul. Wileńska",
    "ul. Fabryczna",
    "ul. Kunickiego",
    "ul. Jana Pawła II",
]
#: (ort, postnummer prefix) in Västernorrland
SE_PLACES = [
    ("Sundsvall", "852"),
    ("Sundsvall", "853"),
    ("Timrå", "861"),
    ("Härnösand", "871"),
    ("Kramfors", "872"),
    ("Sollefteå", "881"),
    ("Örnsköldsvik", "891"),
    ("Ånge", "841"),
    ("Matfors", "864"),
    ("Njurundabommen", "862"),
]
SE_STREETS = [
    "Storgatan",
    "Bergsgatan",
    "Skönsbergsvägen",
    "Nybrogatan",
    "Köpmangatan",
    "Granlovägen",
    "Nackstavägen",
    "Norrmalmsgatan",
    "Bruksgatan",
    "Sidsjövägen",
]
#: (ilçe, posta kodu) in Eskişehir
TR_PLACES = [
    ("Odunpazarı", "26010"),
    ("Tepebaşı", "26100"),
    ("Odunpazarı", "26040"),
    ("Tepebaşı", "26170"),
    ("Sivrihisar", "26600"),
    ("Çifteler", "26700"),
    ("Alpu", "26850"),
    ("İnönü", "26490"),
    ("Seyitgazi", "26950"),
    ("Mahmudiye", "26800"),
]
TR_STREETS = [
    "İsmet İnönü Caddesi",
    "Atatürk Bulvarı",
    "Porsuk Bulvarı",
    "Cengiz Topel Caddesi",
    "Kıbrıs Şehitleri Caddesi",
    "Ahmet Kanatlı Caddesi",
    "Hoşnudiye Caddesi",
    "Sakarya Caddesi",
    "Vişnelik Sokak",
    "Yunus Emre Caddesi",
]
#: (πόλη or περιοχή, ΤΚ) in Heraklion regional unit
EL_PLACES = [
    ("Ηράκλειο", "71201"),
    ("Ηράκλειο", "71305"),
    ("Ηράκλειο", "71409"),
    ("Νέα Αλικαρνασσός", "71601"),
    ("Γάζι", "71414"),
    ("Μοίρες", "70400"),
    ("Αρκαλοχώρι", "70300"),
    ("Χερσόνησος", "70014"),
    ("Τυμπάκι", "70200"),
    ("Μαλάδες", "71500"),
]
EL_STREETS = [
    "Λεωφόρος Ικάρου",
    "Οδός 62 Μαρτύρων",
    "Λεωφόρος Κνωσού",
    "Οδός Έβανς",
    "Οδός Καλοκαιρινού",
    "Λεωφόρος Δημοκρατίας",
    "Οδός Μεραμβέλλου",
    "Οδός Αλμυρού",
    "Οδός Γιαμαλάκη",
    "Οδός Χανδακος",
]
#: (населённый пункт, индекс) around Tomsk
RU_PLACES = [
    ("Томск", "634050"),
    ("Томск", "634034"),
    ("Томск", "634061"),
    ("Томск", "634009"),
    ("Северск", "636000"),
    ("Томск", "634041"),
    ("с. Богашёво", "634570"),
    ("Кожевниково", "636160"),
    ("с. Тимирязевское", "634511"),
    ("Асино", "636840"),
]
RU_STREETS = [
    "пр. Ленина",
    "ул. Красноармейская",
    "ул. Учебная",
    "ул. Иркутский тракт",
    "ул. Киевская",
    "пр. Фрунзе",
    "ул. Сибирская",
    "ул. Никитина",
    "ул. Пушкина",
    "ул. Говорова",
]


def street(g: Gen, streets: list[str], lang: str) -> str:
    """A home's street line in the country's order."""
    s = g.rnd.choice(streets)
    if lang in ("au", "gb", "ca", "us", "za"):
        n = g.rnd.randint(1, 4_200 if lang in ("us", "ca") else 260)
        if lang == "au" and g.rnd.random() < 0.2:
            return f"{g.rnd.randint(1, 12)}/{n} {s}"
        return f"{n} {s}"
    if lang == "ie":
        return f"{g.rnd.randint(1, 90)} {s}"
    if lang == "my":
        return (
            f"{g.rnd.randint(1, 120)}, {s}"
            if g.rnd.random() < 0.6
            else f"{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 12)}-{g.rnd.randint(1, 9)}, {s}"
        )
    if lang == "es":
        return f"{s}, {g.rnd.randint(1, 90)}" + (
            f", {g.rnd.randint(1, 8)}º {g.rnd.choice('ABCD')}" if g.rnd.random() < 0.6 else ""
        )
    if lang == "it":
        return f"{s} {g.rnd.randint(1, 180)}"
    if lang == "pl":
        return f"{s} {g.rnd.randint(1, 120)}" + (f"/{g.rnd.randint(1, 60)}" if g.rnd.random() < 0.6 else "")
    if lang == "se":
        return f"{s} {g.rnd.randint(1, 70)}" + (
            f" lgh {g.rnd.randint(10, 14)}0{g.rnd.randint(1, 4)}" if g.rnd.random() < 0.4 else ""
        )
    if lang == "tr":
        mahalle = g.rnd.choice(["Yenikent", "Vişnelik", "Gökmeydan", "Batıkent", "Emek"])
        return f"{mahalle} Mah. {s} No:{g.rnd.randint(1, 140)} D:{g.rnd.randint(1, 24)}"
    if lang == "el":
        return f"{s} {g.rnd.randint(1, 160)}"
    if lang == "ru":
        return f"{s}, д. {g.rnd.randint(1, 160)}" + (f", кв. {g.rnd.randint(1, 240)}" if g.rnd.random() < 0.75 else "")
    return s


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def pps(g: Gen) -> str:
    """An Irish PPS number: seven digits and the check letter (python-stdnum), some with the 2013 ``A`` suffix."""
    return g.valid(
        lambda: g.digits(7) + g.rnd.choice(string.ascii_uppercase[:23]) + g.rnd.choice(["", "", "A"]), _pps.is_valid
    )


def pps_decoy(g: Gen) -> str:
    """Seven digits and a letter shaped like a PPS number failing its check (a booking reference)."""
    return g.valid(lambda: g.digits(7) + g.rnd.choice("ABCDEFGHJKLMNPQRSTUVW"), lambda x: not _pps.is_valid(x))


def medicare_check(body: str) -> str:
    """The Medicare card number's check digit: weights 1, 3, 7, 9 on the first eight digits (computed here)."""
    return str(sum(int(d) * w for d, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10)


def medicare(g: Gen) -> str:
    body = str(g.rnd.randint(2, 6)) + g.digits(7)
    number = body + medicare_check(body) + str(g.rnd.randint(1, 5))
    return f"{number[:4]} {number[4:9]} {number[9]}" if g.rnd.random() < 0.6 else number


def nhs(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.choice([4, 6, 7])) + g.digits(9), _nhs.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def nhs_decoy(g: Gen) -> str:
    """Ten digits spaced like an NHS number and failing its check (an attendance number)."""
    d = g.valid(lambda: str(g.rnd.choice([4, 6, 7])) + g.digits(9), lambda x: not _nhs.is_valid(x))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def sin(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.choice([1, 2, 3, 4, 5, 6, 7])) + g.digits(8), _sin.is_valid)
    return f"{d[:3]}-{d[3:6]}-{d[6:]}"


def sin_decoy(g: Gen) -> str:
    """Nine digits written like a SIN and failing its Luhn check (a program case number)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 7)) + g.digits(8), lambda x: not _sin.is_valid(x))
    return f"{d[:3]}-{d[3:6]}-{d[6:]}"


def us_ssn(g: Gen) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    return g.valid(make, _ssn.is_valid)


def us_ssn_decoy(g: Gen) -> str:
    """Nine digits shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    return g.rnd.choice(["000", "666", f"9{g.digits(2)}"]) + g.digits(6)


def mykad(g: Gen, born: date, female: bool) -> str:
    """A MyKad number encoding the birth date, a birthplace code and the sex (validated by python-stdnum)."""

    def make() -> str:
        place = g.rnd.choice(["07", "07", "07", "02", "08", "09", "14", "01", "10"])
        last = g.rnd.choice("02468" if female else "13579")
        return f"{born:%y%m%d}{place}{g.digits(3)}{last}"

    d = g.valid(make, _nric.is_valid)
    return f"{d[:6]}-{d[6:8]}-{d[8:]}" if g.rnd.random() < 0.6 else d


def mykad_decoy(g: Gen) -> str:
    """Twelve digits failing MyKad's date check (a booking number: ``YYMM`` and a month of 13 to 99)."""
    return g.valid(lambda: f"25{g.rnd.randint(13, 99)}" + g.digits(8), lambda x: not _nric.is_valid(x))


def za_id(g: Gen, born: date, female: bool) -> str:
    def make() -> str:
        seq = g.rnd.randint(0, 4_999) if female else g.rnd.randint(5_000, 9_999)
        body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:04d}08"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _idnr.is_valid)


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits failing the South African ID number's check (an invoice number)."""
    return g.valid(lambda: "25" + g.digits(11), lambda x: not _idnr.is_valid(x))


def dni(g: Gen) -> str:
    body = f"{g.rnd.randint(2_000_000, 79_999_999):08d}"
    number = body + _dni.calc_check_digit(body)
    assert _dni.is_valid(number), number
    return number


def nie(g: Gen) -> str:
    body = g.rnd.choice("XYZ") + g.digits(7)
    number = body + _nie.calc_check_digit(body)
    assert _nie.is_valid(number), number
    return number


def dni_decoy(g: Gen) -> str:
    """Eight digits and a letter shaped like a DNI and failing its check (a service number)."""
    return g.valid(lambda: g.digits(8) + g.rnd.choice("TRWAGMYFPDXBNJZSQVHLCKE"), lambda x: not _dni.is_valid(x))


def _cf_letters(text: str, given_name: bool) -> str:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vows = [ch for ch in letters if ch in "AEIOU"]
    if given_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return "".join(cons + vows + ["X", "X", "X"])[:3]


def codice_fiscale(first: str, last: str, born: date, female: bool, place: str) -> str:
    """An Italian codice fiscale encoding the names, birth date, sex and place of birth (check by python-stdnum)."""
    day = born.day + (40 if female else 0)
    month = "ABCDEHLMPRST"[born.month - 1]
    body = f"{_cf_letters(last, False)}{_cf_letters(first, True)}{born:%y}{month}{day:02d}{place}"
    number = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(number), number
    return number


def pesel(g: Gen, born: date, female: bool) -> str:
    """A PESEL encoding the birth date (months + 20 after 1999) and the sex (check digit by python-stdnum)."""
    month = born.month + (20 if born.year >= 2000 else 0)
    body = f"{born:%y}{month:02d}{born.day:02d}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
    number = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(number) and _pesel.get_birth_date(number) == born, number
    return number


def pesel_decoy(g: Gen) -> str:
    """Eleven digits failing PESEL's check (a medical rescue card number)."""
    return g.valid(lambda: "25" + g.digits(9), lambda x: not _pesel.is_valid(x))


def nip(g: Gen) -> str:
    """A Polish NIP of a hospital (ten digits with its check digit), written ``712-xxx-xx-xx``."""
    d = g.valid(lambda: "712" + g.digits(7), _nip.is_valid)
    return f"{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:]}"


def personnummer(g: Gen, born: date, dash: bool = True) -> str:
    def make() -> str:
        body = born.strftime("%y%m%d") + g.digits(3)
        return body + luhn.calc_check_digit(body)

    d = g.valid(make, _pnr.is_valid)
    full = f"{born.year // 100}{d}"
    return f"{full[:8]}-{full[8:]}" if dash else full


def personnummer_decoy(g: Gen) -> str:
    """``YYMMDD-NNNN`` with a date that can exist and a failing Luhn digit (a booking number)."""

    def make() -> str:
        d = g.day("2024-01-01", "2025-12-31").strftime("%y%m%d") + g.digits(4)
        return f"{d[:6]}-{d[6:]}"

    return g.valid(make, lambda x: not luhn.is_valid(x.replace("-", "")))


def orgnr(g: Gen) -> str:
    """A Swedish organisationsnummer of a carrier (Luhn check by python-stdnum)."""
    d = g.valid(lambda: "556" + g.digits(7), _orgnr.is_valid)
    return f"{d[:6]}-{d[6:]}"


def tckn(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    number = body + _tckn.calc_check_digits(body)
    assert _tckn.is_valid(number), number
    return number


def tckn_decoy(g: Gen) -> str:
    """Eleven digits failing the T.C. kimlik check (a protocol number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _tckn.is_valid(x))


def vkn(g: Gen) -> str:
    """A Turkish tax number (VKN) of a company, ten digits with its check digit."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(9), _vkn.is_valid)


def amka(g: Gen, born: date, female: bool) -> str:
    """A Greek AMKA: the birth date ``DDMMYY``, a serial whose last digit is even for women, a Luhn check digit."""

    def make() -> str:
        body = f"{born:%d%m%y}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, lambda x: _amka.is_valid(x) and x[:6] == f"{born:%d%m%y}")


def amka_decoy(g: Gen) -> str:
    """Eleven digits failing the AMKA check (a voucher number)."""
    return g.valid(lambda: g.digits(11), lambda x: not _amka.is_valid(x))


def afm(g: Gen) -> str:
    """A Greek tax number (ΑΦΜ), nine digits with its check digit (python-stdnum)."""
    body = g.rnd.choice(["0", "1", "1"]) + g.digits(7)
    number = body + _afm.calc_check_digit(body)
    assert _afm.is_valid(number), number
    return number


def ru_inn(g: Gen) -> str:
    """A personal ИНН of Tomsk oblast (region 70), twelve digits with two check digits (python-stdnum)."""
    body = "70" + g.rnd.choice(["17", "14", "24", "21"]) + g.digits(6)
    number = body + _inn.calc_personal_check_digits(body)
    assert _inn.is_valid(number), number
    return number


def snils_check(body: str) -> str:
    """The SNILS check number of nine digits (weights 9 to 1, modulo 101, 100 written 00; computed here)."""
    total = sum(int(d) * (9 - i) for i, d in enumerate(body))
    if total > 101:
        total %= 101
    return "00" if total in (100, 101) else f"{total:02d}"


def snils(g: Gen) -> str:
    body = f"{g.rnd.randint(2_000_000, 199_999_999):09d}"
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {snils_check(body)}"


def snils_decoy(g: Gen) -> str:
    """Eleven digits written like a SNILS and failing its check (a call card number)."""

    def make() -> str:
        body = f"{g.rnd.randint(2_000_000, 199_999_999):09d}"
        return f"{body[:3]}-{body[3:6]}-{body[6:]} {g.digits(2)}"

    return g.valid(make, lambda x: x[-2:] != snils_check(x[:11].replace("-", "")))


def ogrn(g: Gen) -> str:
    """An ОГРН of a Tomsk clinic (thirteen digits, check by python-stdnum)."""
    return g.valid(lambda: "1" + g.rnd.choice(["02", "03", "05", "11"]) + "70" + g.digits(8), _ogrn.is_valid)


def ru_account(g: Gen) -> str:
    """A Russian personal current account (20 digits, balance account 40817, RUB): domestic."""
    return "40817810" + g.rnd.choice(["6", "5", "0"]) + g.digits(11)


def card(g: Gen, spaced: bool = True) -> str:
    head = g.rnd.choice(["4", "4", "51", "52", "54", "55"])
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


def es_iban(g: Gen) -> str:
    def make() -> str:
        bban = g.rnd.choice(["2100", "0049", "0182", "3058", "0081", "2038"]) + g.digits(4) + g.digits(2) + g.digits(10)
        return f"ES{_iban.calc_check_digits('ES00' + bban)}{bban}"

    return g.valid(make, _iban.is_valid)


def gr_iban(g: Gen) -> str:
    return iban("GR", g.rnd.choice(["011", "017", "026", "014", "087"]) + g.digits(4) + g.digits(16))


def dmy(d: date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"
