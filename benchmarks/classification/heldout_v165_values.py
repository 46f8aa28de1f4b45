"""Values of held-out set v165 (:mod:`benchmarks.classification.heldout_v165`): v165's random source, and names,
streets, towns, sites, sponsors and free-text snippets written by hand for v165's clinical trial sites, contract
research organisations and biobanks (no Faker, no list of real people, no breach data), phones checked with
phonenumbers and identifiers with check digits computed and checked with python-stdnum (the Australian Medicare
number and the Russian SNILS, which python-stdnum lacks, computed here with their published weights).

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers follow v164's (copied); the lists below are new.
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
from stdnum.au import abn as _abn
from stdnum.be import nn as _nn
from stdnum.ca import bc_phn as _phn
from stdnum.ca import sin as _sin
from stdnum.es import ccc as _ccc
from stdnum.es import cif as _cif
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.gb import nhs as _nhs
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva
from stdnum.jp import cn as _jp_cn
from stdnum.jp import in_ as _mynumber
from stdnum.ru import inn as _inn
from stdnum.ru import ogrn as _ogrn
from stdnum.se import orgnr as _orgnr
from stdnum.se import personnummer as _pnr
from stdnum.th import pin as _th_pin
from stdnum.tr import tckimlik as _tck
from stdnum.tr import vkn as _vkn
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _za_id

from benchmarks.classification.heldout_v2 import Column

SEED = 165_2026_1222
N = "none"
#: a login or a domestic bank account (``review``, as earlier sets labeled them)
UNCLASSIFIED = "unclassified"
#: NULL-like strings of v165's systems (tests skip them)
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
    "nessuna",
    "n.d.",
    "ninguna",
    "sin observaciones",
    "ingen",
    "saknas",
    "yok",
    "belirtilmemiş",
    "нет данных",
    "не указано",
    "なし",
    "特になし",
    "geen",
    "nvt",
    "hakuna",
)

_FOLD = str.maketrans({"ı": "i", "İ": "I", "ø": "o", "æ": "ae", "ß": "ss", "'": "", "’": ""})


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower().translate(_FOLD))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v165:{SEED}:{table}")

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

    def mac(self) -> str:
        return ":".join(f"{self.rnd.randint(0, 255):02X}" for _ in range(6))

    def ipv4(self) -> str:
        first = self.rnd.choice([27, 37, 41, 46, 49, 58, 77, 82, 88, 102, 105, 110, 154, 171, 178, 185, 197, 213])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2001:fb1", "2c0f:fe38", "2405:9800", "2a02:1810", "2a02:a03f", "2001:44c8"])
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
    "GB": (_pre(["71", "73", "74", "75", "77", "78", "79"], 10), _pre(["115"], 10)),
    "CA": (_nanp(["250", "236", "778"]), _nanp(["250"])),
    "AU": (
        _pre(["400", "401", "403", "404", "407", "408", "411", "414", "419", "422", "427", "432", "448", "459"], 9),
        _pre(["249", "249", "240"], 9),
    ),
    "ZA": (
        _pre(["60", "61", "63", "71", "72", "73", "74", "76", "78", "79", "81", "82", "83", "84"], 9),
        _pre(["41"], 9),
    ),
    "US": (_nanp(["402", "531"]), _nanp(["402"])),
    "TH": (
        _pre(
            [
                "61",
                "62",
                "63",
                "64",
                "65",
                "80",
                "81",
                "82",
                "83",
                "84",
                "85",
                "86",
                "87",
                "88",
                "89",
                "90",
                "91",
                "92",
                "93",
                "94",
                "95",
                "96",
                "97",
                "98",
                "99",
            ],
            9,
        ),
        _pre(["53"], 8),
    ),
    "KE": (_pre(["70", "71", "72", "74", "79", "110", "111", "115"], 9), _pre(["57"], 9)),
    "IT": (
        _pre(
            [
                "320",
                "328",
                "329",
                "331",
                "333",
                "334",
                "338",
                "339",
                "340",
                "346",
                "347",
                "348",
                "349",
                "366",
                "388",
                "392",
            ],
            10,
        ),
        _pre(["0382", "0381"], 10),
    ),
    "ES": (
        _pre(
            [
                "600",
                "606",
                "608",
                "609",
                "610",
                "616",
                "619",
                "620",
                "626",
                "629",
                "630",
                "636",
                "639",
                "646",
                "649",
                "650",
                "659",
                "660",
                "669",
                "676",
                "679",
                "680",
                "686",
                "690",
                "696",
                "699",
            ],
            9,
        ),
        _pre(["948"], 9),
    ),
    "SE": (_pre(["70", "72", "73", "76", "79"], 9), _pre(["13"], 8)),
    "TR": (
        _pre(
            [
                "530",
                "532",
                "533",
                "535",
                "536",
                "537",
                "538",
                "539",
                "541",
                "542",
                "543",
                "544",
                "545",
                "546",
                "505",
                "506",
                "507",
                "551",
                "552",
                "553",
                "554",
                "555",
            ],
            10,
        ),
        _pre(["222"], 10),
    ),
    "RU": (
        _pre(["900", "903", "917", "919", "927", "937", "950", "960", "962", "965", "987", "999"], 10),
        _pre(["843"], 10),
    ),
    "JP": (_pre(["70", "80", "90"], 10), _pre(["76"], 9)),
    "BE": (
        _pre(
            [
                "470",
                "471",
                "472",
                "473",
                "474",
                "475",
                "476",
                "477",
                "478",
                "479",
                "484",
                "485",
                "486",
                "487",
                "488",
                "489",
                "491",
                "492",
                "493",
                "494",
                "495",
                "496",
                "497",
                "498",
                "499",
            ],
            9,
        ),
        _pre(["9"], 8),
    ),
}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v165) ------------------------------------------------------------------------------------------

#: language -> (men's given names, women's given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "gb": (
        ["Callum", "Ryan", "Connor", "Jordan", "Liam", "Adam", "Samir", "Tomasz", "Reece", "Dale"],
        ["Chloe", "Jade", "Holly", "Amy", "Sophie", "Priya", "Zara", "Kirsty", "Lauren", "Danielle"],
        [
            "Marriott",
            "Brookes",
            "Hallam",
            "Radford",
            "Oldham",
            "Bennett",
            "Ahmed",
            "Kaur",
            "Nowak",
            "Pickering",
            "Shipley",
            "Tansley",
            "Wragg",
            "Straw",
        ],
    ),
    "ca": (
        ["Tyler", "Kyle", "Dylan", "Austin", "Cole", "Brett", "Harjit", "Jordan", "Logan", "Evan"],
        ["Brianna", "Kelsey", "Megan", "Taylor", "Jasmine", "Paige", "Simran", "Courtney", "Avery", "Shayla"],
        [
            "Sandhu",
            "Gill",
            "MacLeod",
            "Friesen",
            "Schmidt",
            "Dueck",
            "Nakamura",
            "Thiessen",
            "Grewal",
            "Bouchard",
            "O'Neill",
            "Kowalchuk",
            "Fehr",
            "Reimer",
        ],
    ),
    "au": (
        ["Jayden", "Lachlan", "Blake", "Kurt", "Daniel", "Hamish", "Josh", "Ravi", "Brock", "Dane"],
        ["Chelsea", "Brooke", "Emily", "Kate", "Tahlia", "Amelia", "Georgia", "Jess", "Kristy", "Mai"],
        [
            "Baxter",
            "Kerr",
            "Fitzgerald",
            "O'Connor",
            "Sutherland",
            "Rooney",
            "Pham",
            "Tran",
            "Webster",
            "Gallagher",
            "Dunstan",
            "Ashby",
            "Lovett",
            "Crowe",
        ],
    ),
    "za": (
        ["Sipho", "Lwazi", "Thando", "Luyolo", "Mzwandile", "Andile", "Johan", "Ricardo", "Siyabonga", "Xolani"],
        [
            "Nomvula",
            "Ayanda",
            "Siphokazi",
            "Zanele",
            "Lindiwe",
            "Thandeka",
            "Chantelle",
            "Marlene",
            "Nosipho",
            "Yonela",
        ],
        [
            "Ntshona",
            "Mahlangu",
            "Jacobs",
            "Dlamini",
            "Mabandla",
            "Ndlovu",
            "Booysen",
            "Hendricks",
            "Qwabe",
            "Sityana",
            "Williams",
            "Mgijima",
            "Van Wyk",
            "Gqoba",
        ],
    ),
    "us": (
        ["Kyle", "Derek", "Brent", "Shane", "Nathan", "Caleb", "Luis", "Marcus", "Trent", "Dalton"],
        ["Ashley", "Megan", "Kayla", "Brooke", "Jenna", "Lindsey", "Maria", "Tasha", "Kelsey", "Rhonda"],
        [
            "Jorgensen",
            "Novak",
            "Kucera",
            "Schroeder",
            "Lange",
            "Vogel",
            "Sorensen",
            "Dvorak",
            "Ramirez",
            "Whitfield",
            "Pruett",
            "Nguyen",
            "Krause",
            "Haskins",
        ],
    ),
    "ke": (
        ["Brian", "Kevin", "Dennis", "Collins", "Felix", "George", "Victor", "Evans", "Kennedy", "Maurice"],
        ["Mercy", "Faith", "Beatrice", "Lilian", "Caroline", "Everlyne", "Judith", "Pamela", "Winnie", "Roselyne"],
        [
            "Odhiambo",
            "Onyango",
            "Ouma",
            "Okoth",
            "Otieno",
            "Obura",
            "Nyongesa",
            "Wekesa",
            "Barasa",
            "Oduor",
            "Ogola",
            "Owuor",
            "Ochola",
            "Anyango",
        ],
    ),
    "it": (
        ["Matteo", "Stefano", "Davide", "Alberto", "Giorgio", "Luca", "Paolo", "Riccardo", "Massimo", "Fabio"],
        ["Chiara", "Federica", "Elisa", "Francesca", "Silvia", "Laura", "Valentina", "Giulia", "Roberta", "Marta"],
        [
            "Brambilla",
            "Colombo",
            "Ferrari",
            "Sacchi",
            "Bergamaschi",
            "Rognoni",
            "Sala",
            "Tagliabue",
            "Cattaneo",
            "Vigo",
            "Malinverni",
            "Fumagalli",
            "Zanotti",
            "Invernizzi",
        ],
    ),
    "es": (
        ["Iñaki", "Javier", "Mikel", "Fermín", "Álvaro", "Jon", "Íñigo", "Carlos", "Koldo", "Sergio"],
        ["Amaia", "Ainhoa", "Maite", "Itziar", "Nerea", "Pilar", "Lucía", "Edurne", "Leire", "Begoña"],
        [
            "Goñi",
            "Echeverría",
            "Irigoyen",
            "Urdaci",
            "Zabalza",
            "Arbizu",
            "Larrañaga",
            "Martínez",
            "García",
            "Jiménez",
            "Aranguren",
            "Sola",
            "Lizarraga",
            "Iriarte",
        ],
    ),
    "se": (
        ["Erik", "Johan", "Mattias", "Fredrik", "Oskar", "Niklas", "Per", "Gustav", "Anton", "Henrik"],
        ["Karin", "Maria", "Emma", "Sara", "Linnea", "Helena", "Ida", "Malin", "Ebba", "Johanna"],
        [
            "Lindqvist",
            "Bergström",
            "Holmberg",
            "Sjöberg",
            "Nyström",
            "Ekman",
            "Falk",
            "Åberg",
            "Hedlund",
            "Strand",
            "Lundgren",
            "Axelsson",
            "Engström",
            "Forsberg",
        ],
    ),
    "tr": (
        ["Mehmet", "Mustafa", "Emre", "Burak", "Hakan", "Serkan", "Murat", "Kemal", "Onur", "Yusuf"],
        ["Ayşe", "Fatma", "Elif", "Zeynep", "Merve", "Derya", "Selin", "Gülsüm", "Esra", "Hatice"],
        [
            "Yılmaz",
            "Kaya",
            "Demir",
            "Şahin",
            "Çelik",
            "Yıldız",
            "Aydın",
            "Öztürk",
            "Arslan",
            "Doğan",
            "Kılıç",
            "Aslan",
            "Çetin",
            "Karataş",
        ],
    ),
    "be": (
        ["Pieter", "Jens", "Wouter", "Bram", "Koen", "Stijn", "Tom", "Arne", "Lander", "Jasper"],
        ["Lotte", "Eline", "Sofie", "Lien", "Annelies", "Hanne", "Femke", "Nele", "Ine", "Margot"],
        [
            "De Smet",
            "Vermeulen",
            "Van Damme",
            "Claeys",
            "Maes",
            "De Clercq",
            "Goethals",
            "Van de Velde",
            "Verhaeghe",
            "Martens",
            "De Vos",
            "Pauwels",
            "Mortier",
            "Van Hecke",
        ],
    ),
}

#: Kazan names: (men's given names, women's given names) and family names as (man's form, woman's form)
RU_GIVEN = (
    ["Рустам", "Ильдар", "Айдар", "Ринат", "Марат", "Александр", "Владимир", "Михаил", "Сергей", "Тимур"],
    ["Гульнара", "Алсу", "Лилия", "Резеда", "Эльвира", "Наиля", "Екатерина", "Ольга", "Светлана", "Дина"],
)
RU_FAMILY = [
    ("Хабибуллин", "Хабибуллина"),
    ("Галиев", "Галиева"),
    ("Сафин", "Сафина"),
    ("Мухаметшин", "Мухаметшина"),
    ("Ахметов", "Ахметова"),
    ("Гарипов", "Гарипова"),
    ("Зарипов", "Зарипова"),
    ("Иванов", "Иванова"),
    ("Смирнов", "Смирнова"),
    ("Волков", "Волкова"),
    ("Фёдоров", "Фёдорова"),
    ("Шарафутдинов", "Шарафутдинова"),
    ("Никифоров", "Никифорова"),
    ("Валиуллин", "Валиуллина"),
]
#: Kazan men's given names -> (a son's, a daughter's patronymic)
RU_PATRONYMIC: dict[str, tuple[str, str]] = {
    "Рустам": ("Рустамович", "Рустамовна"),
    "Ильдар": ("Ильдарович", "Ильдаровна"),
    "Айдар": ("Айдарович", "Айдаровна"),
    "Ринат": ("Ринатович", "Ринатовна"),
    "Марат": ("Маратович", "Маратовна"),
    "Александр": ("Александрович", "Александровна"),
    "Владимир": ("Владимирович", "Владимировна"),
    "Михаил": ("Михайлович", "Михайловна"),
    "Сергей": ("Сергеевич", "Сергеевна"),
    "Тимур": ("Тимурович", "Тимуровна"),
}
_RU_LATIN = {
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
}

#: Kanazawa names: (kanji, katakana reading, romaji)
JA_FAMILY = [
    ("中村", "ナカムラ", "nakamura"),
    ("北村", "キタムラ", "kitamura"),
    ("山本", "ヤマモト", "yamamoto"),
    ("林", "ハヤシ", "hayashi"),
    ("西田", "ニシダ", "nishida"),
    ("竹内", "タケウチ", "takeuchi"),
    ("吉田", "ヨシダ", "yoshida"),
    ("浅野", "アサノ", "asano"),
    ("坂井", "サカイ", "sakai"),
    ("宮本", "ミヤモト", "miyamoto"),
    ("東", "ヒガシ", "higashi"),
    ("米田", "ヨネダ", "yoneda"),
    ("寺西", "テラニシ", "teranishi"),
    ("道下", "ミチシタ", "michishita"),
]
JA_MEN = [
    ("浩二", "コウジ", "koji"),
    ("誠", "マコト", "makoto"),
    ("隆", "タカシ", "takashi"),
    ("優太", "ユウタ", "yuta"),
    ("剛", "ツヨシ", "tsuyoshi"),
    ("修", "オサム", "osamu"),
    ("健一", "ケンイチ", "kenichi"),
    ("大樹", "ダイキ", "daiki"),
]
JA_WOMEN = [
    ("恵子", "ケイコ", "keiko"),
    ("由美", "ユミ", "yumi"),
    ("真理子", "マリコ", "mariko"),
    ("智子", "トモコ", "tomoko"),
    ("沙織", "サオリ", "saori"),
    ("愛", "アイ", "ai"),
    ("美咲", "ミサキ", "misaki"),
    ("裕美", "ヒロミ", "hiromi"),
]
_JA_ROMAJI = {kanji: romaji for kanji, _, romaji in JA_FAMILY + JA_MEN + JA_WOMEN}

#: Chiang Mai names: (Thai script, the romanization the CRO's CRM keeps)
TH_MEN = [
    ("สมชาย", "Somchai"),
    ("อนันต์", "Anan"),
    ("กิตติศักดิ์", "Kittisak"),
    ("ประเสริฐ", "Prasert"),
    ("วิชัย", "Wichai"),
    ("ธนวัฒน์", "Thanawat"),
    ("ณัฐพงษ์", "Nattapong"),
    ("สุริยา", "Suriya"),
]
TH_WOMEN = [
    ("ศิริพร", "Siriporn"),
    ("กัญญา", "Kanya"),
    ("มาลี", "Malee"),
    ("พิมพ์ชนก", "Pimchanok"),
    ("รัตนา", "Ratana"),
    ("วนิดา", "Wanida"),
    ("สุดา", "Suda"),
    ("บุษบา", "Butsaba"),
]
TH_FAMILY = [
    ("ศรีสุข", "Srisuk"),
    ("แก้วมณี", "Kaewmanee"),
    ("อินทวงศ์", "Inthawong"),
    ("ไชยสิทธิ์", "Chaiyasit"),
    ("วงศ์สวัสดิ์", "Wongsawat"),
    ("บุญมา", "Boonma"),
    ("ทิพย์วงศ์", "Thipwong"),
    ("กันทา", "Kantha"),
    ("ปัญญาวงศ์", "Panyawong"),
    ("สิทธิชัย", "Sitthichai"),
    ("คำแสน", "Khamsaen"),
    ("อุ่นเรือน", "Unruean"),
]
_TH_ROMAN = {thai: roman for thai, roman in TH_MEN + TH_WOMEN + TH_FAMILY}

#: Luo "other names" of Kisumu (men's, women's), written beside the given and family names
KE_OTHER = (
    ["Otieno", "Ochieng", "Odhiambo", "Omondi", "Onyango", "Owino", "Okello", "Ouma"],
    ["Akinyi", "Atieno", "Achieng", "Adhiambo", "Awino", "Anyango", "Apiyo", "Auma"],
)


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) of ``lang`` (Japanese in kanji, Thai in Thai script, Russian in Cyrillic)."""
    if female is None:
        female = g.rnd.random() < 0.5
    if lang == "ru":
        man, woman = g.rnd.choice(RU_FAMILY)
        return g.rnd.choice(RU_GIVEN[1] if female else RU_GIVEN[0]), woman if female else man
    if lang == "ja":
        return g.rnd.choice(JA_WOMEN if female else JA_MEN)[0], g.rnd.choice(JA_FAMILY)[0]
    if lang == "th":
        return g.rnd.choice(TH_WOMEN if female else TH_MEN)[0], g.rnd.choice(TH_FAMILY)[0]
    male, fem, fam = NAMES[lang]
    return g.rnd.choice(fem if female else male), g.rnd.choice(fam)


def ja_person(g: Gen, female: bool) -> tuple[tuple[str, str, str], tuple[str, str, str]]:
    """A Japanese (given, family) as (kanji, katakana, romaji) triples."""
    return g.rnd.choice(JA_WOMEN if female else JA_MEN), g.rnd.choice(JA_FAMILY)


def patronymic(g: Gen, female: bool) -> str:
    return RU_PATRONYMIC[g.rnd.choice(RU_GIVEN[0])][1 if female else 0]


def whole(g: Gen, lang: str, female: bool | None = None) -> str:
    """A whole name as the country writes it (``Фамилия Имя Отчество`` in Russian, the family name first in
    Japanese, Thai names romanized)."""
    if female is None:
        female = g.rnd.random() < 0.5
    a, b = person(g, lang, female)
    if lang == "ru":
        return f"{b} {a} {patronymic(g, female)}"
    if lang == "ja":
        return f"{b} {a}"
    if lang == "th":
        return f"{roman(a)} {roman(b)}"
    return f"{a} {b}"


def given(g: Gen, lang: str, female: bool | None = None) -> str:
    a = person(g, lang, female)[0]
    return roman(a) if lang == "th" else a


def roman(text: str) -> str:
    """A Thai name's romanization (other names unchanged)."""
    return _TH_ROMAN.get(text, text)


def staff(g: Gen, n: int, lang: str, style: str = "whole") -> list[str]:
    """``n`` distinct staff members' names (``whole``, ``last``, ``initial`` as ``Chloe W.``, ``dr`` as
    ``Dr Chloe Wragg``)."""
    out: set[str] = set()
    while len(out) < n:
        female = g.rnd.random() < 0.6
        a, b = person(g, lang, female)
        if style == "last":
            out.add(b)
        elif style == "initial":
            out.add(f"{a} {b[0]}.")
        elif style == "dr":
            out.add(f"Dr {a} {b}")
        elif lang == "ru":
            out.add(f"{b} {a[0]}. {patronymic(g, female)[0]}.")
        elif lang == "ja":
            out.add(f"{b} {a}")
        elif lang == "th":
            out.add(f"{roman(a)} {roman(b)}")
        else:
            out.add(f"{a} {b}")
    return sorted(out)


def latin(text: str) -> str:
    """``text`` in ASCII letters: Russian transliterated, Japanese and Thai names romanized, accents dropped."""
    if text in _JA_ROMAJI:
        return _JA_ROMAJI[text]
    text = roman(text)
    if any("\u0400" <= ch <= "\u04ff" for ch in text):
        text = "".join(_RU_LATIN.get(ch, ch) for ch in text.lower())
    return "".join(ch for ch in fold(text) if ch.isascii() and (ch.isalnum() or ch == "."))


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


def work_email(first: str, last: str, domain: str) -> str:
    return f"{latin(first.split()[0])}.{latin(last).replace('.', '')}@{domain}"


DOMAINS: dict[str, list[str]] = {
    "gb": ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com", "virginmedia.com"],
    "ca": ["gmail.com", "shaw.ca", "telus.net", "hotmail.com", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com", "hotmail.com", "icloud.com"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "vodamail.co.za", "outlook.com"],
    "us": ["gmail.com", "yahoo.com", "cox.net", "outlook.com", "icloud.com"],
    "th": ["gmail.com", "hotmail.com", "yahoo.co.th", "outlook.co.th"],
    "ke": ["gmail.com", "yahoo.com", "outlook.com"],
    "it": ["gmail.com", "libero.it", "virgilio.it", "alice.it", "hotmail.it"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net"],
    "se": ["gmail.com", "hotmail.com", "telia.com", "outlook.com", "bredband.net"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    "ru": ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "list.ru"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "icloud.com"],
    "be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.com", "proximus.be"],
}

# -- places (written for v165) -----------------------------------------------------------------------------------------

#: (town, postcode district) of Nottingham and the East Midlands
GB_PLACES = [
    ("Nottingham", "NG1"),
    ("Nottingham", "NG7"),
    ("Nottingham", "NG3"),
    ("West Bridgford", "NG2"),
    ("Arnold", "NG5"),
    ("Carlton", "NG4"),
    ("Bulwell", "NG6"),
    ("Beeston", "NG9"),
    ("Long Eaton", "NG10"),
    ("Clifton", "NG11"),
    ("Hucknall", "NG15"),
    ("Loughborough", "LE11"),
    ("Derby", "DE1"),
]
GB_STREETS = [
    "Mansfield Road",
    "Alfreton Road",
    "Derby Road",
    "Carlton Road",
    "Woodborough Road",
    "Wollaton Road",
    "Trent Boulevard",
    "Radcliffe Road",
    "Chilwell Road",
    "Valley Road",
    "Sherwood Rise",
    "Gregory Boulevard",
]
#: GP surgeries of Nottingham (invented)
GB_SURGERIES = [
    "Hyson Green Medical Centre",
    "Lady Bay Surgery",
    "Bramcote Lane Practice",
    "Sherwood Rise Health Centre",
    "Clifton Cornerstone Surgery",
    "Arnold Manor Practice",
    "Beeston Fields Surgery",
]
#: (city, forward sortation area) of the Okanagan
CA_PLACES = [
    ("Kelowna", "V1Y"),
    ("Kelowna", "V1X"),
    ("Kelowna", "V1W"),
    ("Kelowna", "V1V"),
    ("Kelowna", "V1P"),
    ("West Kelowna", "V4T"),
    ("West Kelowna", "V1Z"),
    ("Lake Country", "V4V"),
    ("Vernon", "V1T"),
    ("Penticton", "V2A"),
    ("Summerland", "V0H"),
]
CA_STREETS = [
    "Bernard Avenue",
    "Harvey Avenue",
    "Pandosy Street",
    "Gordon Drive",
    "Springfield Road",
    "Glenmore Road",
    "Lakeshore Road",
    "Rutland Road N",
    "Boucherie Road",
    "Highway 97 N",
]
#: (suburb, postcode) of Newcastle and the Hunter
AU_PLACES = [
    ("Newcastle", "2300"),
    ("Merewether", "2291"),
    ("Hamilton", "2303"),
    ("Adamstown", "2289"),
    ("Charlestown", "2290"),
    ("Wallsend", "2287"),
    ("Lambton", "2299"),
    ("Mayfield", "2304"),
    ("Maitland", "2320"),
    ("Cessnock", "2325"),
    ("Toronto", "2283"),
    ("Raymond Terrace", "2324"),
]
#: hospitals of the Hunter that admit participants with serious adverse events (invented names)
AU_HOSPITALS = [
    "Hunter Regional Hospital",
    "Lake Macquarie Private Hospital",
    "Maitland Valley Hospital",
    "Newcastle Harbour Private",
    "Cessnock District Hospital",
]
#: (suburb or township, postcode) of Gqeberha (Nelson Mandela Bay)
ZA_PLACES = [
    ("Summerstrand", "6001"),
    ("Walmer", "6070"),
    ("Newton Park", "6045"),
    ("KwaZakhele", "6205"),
    ("Motherwell", "6211"),
    ("New Brighton", "6200"),
    ("Bethelsdorp", "6059"),
    ("Korsten", "6020"),
    ("Despatch", "6220"),
    ("Kariega", "6229"),
    ("Zwide", "6201"),
    ("Lorraine", "6070"),
]
ZA_STREETS = [
    "Cape Road",
    "Main Road",
    "Stanford Road",
    "Njoli Street",
    "Govan Mbeki Avenue",
    "Heugh Road",
    "Kempston Road",
    "Daku Road",
    "William Moffett Expressway",
    "Mthembu Street",
]
#: (city, state, ZIP) of Omaha and around
US_PLACES = [
    ("OMAHA", "NE", "68102"),
    ("OMAHA", "NE", "68104"),
    ("OMAHA", "NE", "68114"),
    ("OMAHA", "NE", "68131"),
    ("OMAHA", "NE", "68144"),
    ("BELLEVUE", "NE", "68005"),
    ("PAPILLION", "NE", "68046"),
    ("LA VISTA", "NE", "68128"),
    ("ELKHORN", "NE", "68022"),
    ("FREMONT", "NE", "68025"),
    ("LINCOLN", "NE", "68508"),
    ("COUNCIL BLUFFS", "IA", "51501"),
]
US_STREETS = [
    "N 72ND ST",
    "DODGE ST",
    "S 24TH ST",
    "MAPLE ST",
    "W CENTER RD",
    "PACIFIC ST",
    "AMES AVE",
    "FORT ST",
    "HARRISON ST",
    "BLONDO ST",
]
#: (tambon or amphoe, postcode) of Chiang Mai and Lamphun
TH_PLACES = [
    ("Suthep", "50200"),
    ("Si Phum", "50200"),
    ("Chang Phueak", "50300"),
    ("Nong Hoi", "50000"),
    ("Mae Hia", "50100"),
    ("Hang Dong", "50230"),
    ("San Sai", "50210"),
    ("Saraphi", "50140"),
    ("Mae Rim", "50180"),
    ("San Kamphaeng", "50130"),
    ("Doi Saket", "50220"),
    ("Lamphun", "51000"),
]
TH_STREETS = [
    "Huay Kaew Rd",
    "Nimmanhaemin Rd",
    "Chotana Rd",
    "Suthep Rd",
    "Charoen Muang Rd",
    "Mahidol Rd",
    "Canal Rd",
    "Chiang Mai-Lampang Rd",
    "Mae Jo Rd",
    "Wua Lai Rd",
]
#: (estate, village or town, postcode) of Kisumu County
KE_PLACES = [
    ("Nyalenda", "40100"),
    ("Manyatta", "40100"),
    ("Kondele", "40100"),
    ("Obunga", "40100"),
    ("Mamboleo", "40100"),
    ("Kibos", "40100"),
    ("Dunga", "40100"),
    ("Kolwa", "40100"),
    ("Ahero", "40101"),
    ("Kombewa", "40102"),
    ("Maseno", "40105"),
    ("Katito", "40118"),
]
#: (city, Belfiore code) of birthplaces of Pavia's donors
IT_BIRTHPLACES = [
    ("Pavia", "G388"),
    ("Pavia", "G388"),
    ("Milano", "F205"),
    ("Vigevano", "L872"),
    ("Voghera", "M109"),
    ("Lodi", "E648"),
    ("Cremona", "D150"),
    ("Piacenza", "G535"),
    ("Alessandria", "A182"),
    ("Novara", "F952"),
    ("Napoli", "F839"),
    ("Palermo", "G273"),
    ("Bari", "A662"),
]
#: (comune, CAP) of the province of Pavia
IT_PLACES = [
    ("Pavia", "27100"),
    ("Pavia", "27100"),
    ("Vigevano", "27029"),
    ("Voghera", "27058"),
    ("Garlasco", "27026"),
    ("Stradella", "27049"),
    ("Mortara", "27036"),
    ("San Martino Siccomario", "27028"),
    ("Cura Carpignano", "27010"),
    ("Belgioioso", "27011"),
    ("Casteggio", "27045"),
    ("Broni", "27043"),
]
IT_STREETS = [
    "Corso Cavour",
    "Corso Strada Nuova",
    "Viale Cremona",
    "Via Emilia",
    "Viale Campari",
    "Via Olevano",
    "Via Riviera",
    "Corso Garibaldi",
    "Via dei Mille",
    "Viale Lodi",
]
#: (municipio, código postal) of Navarra and around
ES_PLACES = [
    ("Pamplona", "31001"),
    ("Pamplona", "31002"),
    ("Pamplona", "31006"),
    ("Pamplona", "31008"),
    ("Pamplona", "31013"),
    ("Burlada", "31600"),
    ("Villava", "31610"),
    ("Barañáin", "31010"),
    ("Zizur Mayor", "31180"),
    ("Estella-Lizarra", "31200"),
    ("Tudela", "31500"),
    ("Logroño", "26001"),
]
ES_STREETS = [
    "Calle Estafeta",
    "Avenida de Pío XII",
    "Calle Mayor",
    "Avenida de Bayona",
    "Calle Iturrama",
    "Calle Abejeras",
    "Avenida Carlos III",
    "Calle Monasterio de Urdax",
    "Calle Sangüesa",
    "Avenida de Zaragoza",
]
#: (postort, postnummer head) of Östergötland
SE_PLACES = [
    ("Linköping", "582"),
    ("Linköping", "583"),
    ("Linköping", "584"),
    ("Linköping", "585"),
    ("Linköping", "586"),
    ("Linköping", "587"),
    ("Norrköping", "602"),
    ("Motala", "591"),
    ("Mjölby", "595"),
    ("Åtvidaberg", "597"),
    ("Finspång", "612"),
    ("Vadstena", "592"),
]
SE_STREETS = [
    "Drottninggatan",
    "Storgatan",
    "Hamngatan",
    "Ågatan",
    "Klostergatan",
    "Vasavägen",
    "Ryds allé",
    "Lambohovsvägen",
    "Vallavägen",
    "Djurgårdsgatan",
]
#: (ilçe, posta kodu) of Eskişehir
TR_PLACES = [
    ("Odunpazarı", "26010"),
    ("Odunpazarı", "26020"),
    ("Odunpazarı", "26040"),
    ("Tepebaşı", "26130"),
    ("Tepebaşı", "26170"),
    ("Tepebaşı", "26210"),
    ("Sivrihisar", "26600"),
    ("Alpu", "26850"),
    ("Çifteler", "26700"),
    ("İnönü", "26490"),
    ("Seyitgazi", "26950"),
]
TR_STREETS = [
    ("Vişnelik Mah.", "Şair Fuzuli Cad."),
    ("Hoşnudiye Mah.", "Atatürk Bulvarı"),
    ("Büyükdere Mah.", "Yunus Emre Cad."),
    ("Batıkent Mah.", "Kanatlı Sok."),
    ("Emek Mah.", "Ahmet Kanatlı Cad."),
    ("Şirintepe Mah.", "Sakarya Cad."),
    ("Yenibağlar Mah.", "Kurtuluş Cad."),
    ("Akarbaşı Mah.", "İsmet İnönü Cad."),
]
TR_BIRTHPLACES = [
    "Eskişehir",
    "Eskişehir",
    "Kütahya",
    "Bilecik",
    "Afyonkarahisar",
    "Ankara",
    "Konya",
    "Bursa",
    "Sakarya",
    "Erzurum",
]
#: (город, индекс) of Kazan and Tatarstan
RU_PLACES = [
    ("Казань", "420111"),
    ("Казань", "420012"),
    ("Казань", "420097"),
    ("Казань", "420061"),
    ("Казань", "420101"),
    ("Казань", "420140"),
    ("Зеленодольск", "422540"),
    ("Набережные Челны", "423800"),
    ("Альметьевск", "423450"),
    ("Чистополь", "422980"),
    ("Лаишево", "422610"),
]
RU_STREETS = [
    "ул. Баумана",
    "ул. Пушкина",
    "просп. Победы",
    "ул. Декабристов",
    "ул. Чистопольская",
    "ул. Бутлерова",
    "ул. Карла Маркса",
    "просп. Ямашева",
    "ул. Гвардейская",
    "ул. Меридианная",
]
#: (市区町村, 郵便番号の上3桁) of Ishikawa
JA_PLACES = [
    ("金沢市", "920"),
    ("金沢市", "920"),
    ("金沢市", "921"),
    ("野々市市", "921"),
    ("白山市", "924"),
    ("かほく市", "929"),
    ("小松市", "923"),
    ("内灘町", "920"),
    ("津幡町", "929"),
    ("能美市", "923"),
    ("七尾市", "926"),
]
JA_STREETS = ["本町", "広岡", "泉野町", "高尾台", "寺町", "扇が丘", "松任", "鞍月", "窪", "末町"]
#: (gemeente, postcode) of Ghent and East Flanders
BE_PLACES = [
    ("Gent", "9000"),
    ("Gent", "9000"),
    ("Gentbrugge", "9050"),
    ("Ledeberg", "9050"),
    ("Sint-Amandsberg", "9040"),
    ("Mariakerke", "9030"),
    ("Drongen", "9031"),
    ("Merelbeke", "9820"),
    ("Destelbergen", "9070"),
    ("Lochristi", "9080"),
    ("Deinze", "9800"),
    ("Eeklo", "9900"),
    ("Lokeren", "9160"),
]
BE_STREETS = [
    "Overpoortstraat",
    "Kortrijksesteenweg",
    "Brugsesteenweg",
    "Dendermondsesteenweg",
    "Sint-Pietersnieuwstraat",
    "Coupure Links",
    "Hundelgemsesteenweg",
    "Antwerpsesteenweg",
    "Kerkstraat",
    "Stationsstraat",
]


def street(g: Gen, streets: list, lang: str) -> str:
    if lang == "ke":
        return f"P.O. Box {g.rnd.randint(100, 9_999)}"
    s = g.rnd.choice(streets)
    if lang in ("gb", "au"):
        n = g.rnd.randint(1, 260)
        if lang == "au" and g.rnd.random() < 0.25:
            return f"{g.rnd.randint(1, 12)}/{n} {s}"
        if lang == "gb" and g.rnd.random() < 0.15:
            return f"Flat {g.rnd.randint(1, 12)}, {n} {s}"
        return f"{n} {s}"
    if lang == "ca":
        n = f"{g.rnd.randint(100, 4_999)} {s}"
        return f"{g.rnd.randint(101, 420)}-{n}" if g.rnd.random() < 0.2 else n
    if lang == "za":
        if g.rnd.random() < 0.3:
            return f"{g.rnd.randint(1, 5_000)} {s}, Ext {g.rnd.randint(1, 12)}"
        return f"{g.rnd.randint(1, 300)} {s}"
    if lang == "us":
        return f"{g.rnd.randint(100, 19_800)} {s}"
    if lang == "th":
        return f"{g.rnd.randint(1, 299)}/{g.rnd.randint(1, 40)} Moo {g.rnd.randint(1, 12)}, {s}"
    if lang == "it":
        return f"{s} {g.rnd.randint(1, 180)}" + (f"/{g.rnd.choice('ABC')}" if g.rnd.random() < 0.1 else "")
    if lang == "es":
        floor = f", {g.rnd.randint(1, 8)}º {g.rnd.choice(['A', 'B', 'C', 'Izda.', 'Dcha.'])}"
        return f"{s} {g.rnd.randint(1, 90)}" + (floor if g.rnd.random() < 0.7 else "")
    if lang == "se":
        return f"{s} {g.rnd.randint(1, 80)}" + (
            f" lgh {g.rnd.randint(1, 14)}{g.rnd.randint(1, 3):02d}" if g.rnd.random() < 0.4 else ""
        )
    if lang == "tr":
        mah, cad = s
        return f"{mah} {cad} No: {g.rnd.randint(1, 120)}" + (
            f" D: {g.rnd.randint(1, 24)}" if g.rnd.random() < 0.7 else ""
        )
    if lang == "ru":
        return f"{s}, д. {g.rnd.randint(1, 140)}" + (f", кв. {g.rnd.randint(1, 220)}" if g.rnd.random() < 0.75 else "")
    if lang == "ja":
        return f"{s}{g.rnd.randint(1, 5)}丁目{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)}"
    return s


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def nhs(g: Gen) -> str:
    """An NHS number (ten digits, mod-11 by python-stdnum), written ``3 3 4`` or run together."""
    d = g.valid(lambda: str(g.rnd.randint(4, 6)) + g.digits(9), _nhs.is_valid)
    return _nhs.format(d) if g.rnd.random() < 0.7 else d


def nhs_decoy(g: Gen) -> str:
    """Ten digits spaced ``3 3 4`` like an NHS number and failing its check (a screening number)."""
    d = g.valid(lambda: str(g.rnd.randint(4, 6)) + g.digits(9), lambda x: not _nhs.is_valid(x))
    return _nhs.format(d)


def ni_number(g: Gen) -> str:
    """A UK National Insurance number (by shape: two letters of the allowed series, six digits, A to D)."""
    first, second = "ABCEGHJKLMNOPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
    d = g.digits(6)
    text = f"{g.rnd.choice(first)}{g.rnd.choice(second)}{d}{g.rnd.choice('ABCD')}"
    return f"{text[:2]} {d[:2]} {d[2:4]} {d[4:]} {text[-1]}" if g.rnd.random() < 0.4 else text


def sin(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.choice([1, 2, 4, 5, 6, 7])) + g.digits(8), _sin.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:]}" if g.rnd.random() < 0.6 else f"{d[:3]}-{d[3:6]}-{d[6:]}"


def sin_decoy(g: Gen) -> str:
    """Nine digits spaced like a SIN and failing its Luhn check (a stipend claim number)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 7)) + g.digits(8), lambda x: not _sin.is_valid(x))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def bc_phn(g: Gen) -> str:
    """A British Columbia Personal Health Number (``9``, eight digits, the check digit by python-stdnum)."""
    d = g.valid(lambda: "9" + g.digits(8), lambda x: len(_phn.calc_check_digit(x[1:])) == 1)
    number = d + _phn.calc_check_digit(d[1:])
    assert _phn.is_valid(number), number
    return f"{number[:4]} {number[4:7]} {number[7:]}" if g.rnd.random() < 0.5 else number


def ca_account(g: Gen) -> str:
    """A Canadian domestic account: the branch transit, the institution (809 for BC credit unions) and the account."""
    return f"{g.digits(5)}-{g.rnd.choice(['809', '809', '001', '003', '004', '010'])}-{g.digits(7)}"


#: the Australian Medicare number's weights (python-stdnum has no Medicare module)
MEDICARE_WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9)


def medicare_check(first8: str) -> str:
    """The Medicare check digit: the first eight digits weighted 1, 3, 7, 9, 1, 3, 7, 9, modulo 10."""
    return str(sum(int(d) * w for d, w in zip(first8, MEDICARE_WEIGHTS, strict=True)) % 10)


def medicare_is_valid(text: str) -> bool:
    d = "".join(ch for ch in text if ch.isdigit())
    return len(d) == 10 and d[0] in "23456" and medicare_check(d[:8]) == d[8] and d[9] != "0"


def medicare(g: Gen) -> str:
    """A Medicare card number (first digit 2 to 6, seven digits, the check digit, the issue number), ``4 5 1``."""
    first8 = str(g.rnd.randint(2, 6)) + g.digits(7)
    d = first8 + medicare_check(first8) + str(g.rnd.randint(1, 5))
    return f"{d[:4]} {d[4:9]} {d[9]}"


def medicare_decoy(g: Gen) -> str:
    """Ten digits written like a Medicare number (``4 5 1``) and failing its check (a safety report number)."""
    d = g.valid(
        lambda: str(g.rnd.randint(2, 6)) + g.digits(8) + str(g.rnd.randint(1, 5)), lambda x: not medicare_is_valid(x)
    )
    return f"{d[:4]} {d[4:9]} {d[9]}"


def abn(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    number = _abn.calc_check_digits(body) + body
    assert _abn.is_valid(number), number
    return _abn.format(number)


def za_id(g: Gen, born: date, female: bool, citizen: bool = True) -> str:
    """A South African ID number: the birth date ``YYMMDD``, a serial below 5000 for women, citizenship, 8 and Luhn."""

    def make() -> str:
        serial = g.rnd.randint(0, 4_999) if female else g.rnd.randint(5_000, 9_999)
        body = f"{born:%y%m%d}{serial:04d}{0 if citizen else 1}8"
        return body + luhn.calc_check_digit(body)

    number = g.valid(make, lambda x: _za_id.is_valid(x) and _za_id.get_birth_date(x) == born)
    return number


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits failing the South African ID number's check (a screening number)."""
    return g.valid(lambda: "25" + g.digits(11), lambda x: not _za_id.is_valid(x))


def us_ssn(g: Gen) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    return g.valid(make, _ssn.is_valid)


def us_ssn_decoy(g: Gen) -> str:
    """Nine digits shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    return g.rnd.choice(["000", "666", f"9{g.digits(2)}"]) + g.digits(6)


def th_pin(g: Gen) -> str:
    """A Thai personal identification number (thirteen digits, check by python-stdnum), ``1 2345 67890 12 3``."""
    body = str(g.rnd.randint(1, 5)) + g.rnd.choice(["5001", "5099", "5010", "5101", "5013"]) + g.digits(7)
    number = body + _th_pin.calc_check_digit(body)
    assert _th_pin.is_valid(number), number
    if g.rnd.random() < 0.5:
        return number
    return f"{number[0]}-{number[1:5]}-{number[5:10]}-{number[10:12]}-{number[12]}"


def th_pin_decoy(g: Gen) -> str:
    """Thirteen digits failing the Thai PIN's check (a payment reference)."""
    return g.valid(lambda: str(g.rnd.randint(1, 8)) + g.digits(12), lambda x: not _th_pin.is_valid(x))


def th_account(g: Gen) -> str:
    """A Thai domestic bank account, ``123-4-56789-0``."""
    d = g.digits(10)
    return f"{d[:3]}-{d[3]}-{d[4:9]}-{d[9]}"


def be_year(d: date) -> str:
    """A birth date as Thai forms write it: ``dd/mm/yyyy`` with the Buddhist era's year (543 more)."""
    return f"{d.day:02d}/{d.month:02d}/{d.year + 543}"


def ke_national_id(g: Gen) -> str:
    """A Kenyan national identity card number (by shape: seven or eight digits)."""
    return str(g.rnd.randint(1_000_000, 39_999_999))


def imei(g: Gen) -> str:
    """A consent tablet's IMEI (fifteen digits, Luhn check): a device's number, not a person's."""
    body = g.rnd.choice(["35", "86", "35"]) + g.digits(12)
    number = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(number), number
    return number


def codice_fiscale(first: str, last: str, born: date, female: bool, place: str) -> str:
    """An Italian codice fiscale encoding the names, birth date, sex and place of birth (check by python-stdnum)."""

    def letters(text: str, given_name: bool) -> str:
        chars = [ch for ch in fold(text).upper() if ch.isalpha()]
        cons = [ch for ch in chars if ch not in "AEIOU"]
        vows = [ch for ch in chars if ch in "AEIOU"]
        if given_name and len(cons) >= 4:
            cons = [cons[0], cons[2], cons[3]]
        return "".join(cons + vows + ["X", "X", "X"])[:3]

    day = born.day + (40 if female else 0)
    month = "ABCDEHLMPRST"[born.month - 1]
    body = f"{letters(last, False)}{letters(first, True)}{born:%y}{month}{day:02d}{place}"
    number = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(number), number
    return number


def codice_fiscale_decoy(g: Gen) -> str:
    """Sixteen characters shaped like a codice fiscale whose check letter is wrong (a shipment code)."""

    def make() -> str:
        body = (
            g.code("AAAAAA")
            + f"{g.rnd.randint(0, 99):02d}"
            + g.rnd.choice("ABCDEHLMPRST")
            + f"{g.rnd.randint(1, 71):02d}"
            + g.rnd.choice(["G388", "F205", "M109", "L872"])
        )
        right = _cf.calc_check_digit(body)
        return body + g.rnd.choice([ch for ch in string.ascii_uppercase if ch != right])

    return g.valid(make, lambda x: not _cf.is_valid(x))


def partita_iva(g: Gen) -> str:
    """An Italian VAT number of a collection centre (eleven digits, Luhn, the province office 001 to 100)."""
    body = g.digits(7) + f"{g.rnd.randint(1, 100):03d}"
    number = body + luhn.calc_check_digit(body)
    assert _iva.is_valid(number), number
    return number


def dni(g: Gen) -> str:
    body = f"{g.rnd.randint(10_000_000, 79_999_999)}"
    return body + _dni.calc_check_digit(body)


def nie(g: Gen) -> str:
    number = g.rnd.choice("XY") + g.digits(7)
    number += _nie.calc_check_digit(number)
    assert _nie.is_valid(number), number
    return number


def dni_decoy(g: Gen) -> str:
    """Eight digits and a letter failing the DNI's check letter (a contract number)."""

    def make() -> str:
        body = f"{g.rnd.randint(10_000_000, 79_999_999)}"
        right = _dni.calc_check_digit(body)
        return body + g.rnd.choice([ch for ch in "TRWAGMYFPDXBNJZSQVHLCKE" if ch != right])

    return g.valid(make, lambda x: not _dni.is_valid(x))


def colegiado(g: Gen) -> str:
    """A Spanish medical college membership number (by shape: the province's two digits and seven digits)."""
    return g.rnd.choice(["31", "31", "31", "20", "01", "26", "48", "50"]) + g.digits(7)


def cif(g: Gen, letter: str) -> str:
    """A Spanish organisation's CIF (letter, province and serial, the check digit or letter by python-stdnum)."""
    body = letter + g.rnd.choice(["31", "31", "20", "26"]) + g.digits(5)
    digit, char = _cif.calc_check_digits(body)
    number = body + (char if letter in "KPQS" else digit)
    assert _cif.is_valid(number), number
    return number


def es_iban(g: Gen) -> str:
    """A Spanish IBAN: bank, branch, the CCC's two check digits (python-stdnum) and the account."""
    bank = g.rnd.choice(["2100", "0049", "0182", "3008", "2085", "0081", "2095"])
    ccc = bank + g.digits(4) + "00" + g.digits(10)
    ccc = ccc[:8] + _ccc.calc_check_digits(ccc) + ccc[10:]
    assert _ccc.is_valid(ccc), ccc
    return iban("ES", ccc)


def personnummer(g: Gen, born: date) -> str:
    """A Swedish personnummer ``YYYYMMDD-NNNN`` (Luhn over the ten last digits)."""
    body = f"{born:%y%m%d}{g.digits(3)}"
    number = f"{born.year}{body[2:6]}-{body[6:]}{luhn.calc_check_digit(body)}"
    assert _pnr.is_valid(number), number
    return number


def personnummer_decoy(g: Gen) -> str:
    """A referral number written ``YYMMDD-NNNN`` and failing the personnummer's check."""

    def make() -> str:
        d = g.day("2024-01-01", "2025-12-31")
        return f"{d:%y%m%d}-{g.digits(4)}"

    return g.valid(make, lambda x: not _pnr.is_valid(x))


def orgnr(g: Gen) -> str:
    """A Swedish company's organisation number (``556`` and Luhn), ``556123-4567``."""
    body = "556" + g.digits(6)
    number = body + luhn.calc_check_digit(body)
    assert _orgnr.is_valid(number), number
    return _orgnr.format(number)


def se_account(g: Gen) -> str:
    """A Swedish domestic account: a clearing number and the account number."""
    bank = g.rnd.choice(["swed", "shb", "seb"])
    if bank == "swed":
        return f"8{g.digits(3)}-{g.digits(1)} {g.digits(3)} {g.digits(3)} {g.digits(3)}-{g.digits(1)}"
    if bank == "shb":
        return f"6{g.digits(3)} {g.digits(3)} {g.digits(3)} {g.digits(3)}"
    return f"5{g.digits(3)} {g.digits(2)} {g.digits(3)} {g.digits(2)}"


def tckn(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    number = body + _tck.calc_check_digits(body)
    assert _tck.is_valid(number), number
    return number


def tckn_decoy(g: Gen) -> str:
    """Eleven digits failing the T.C. kimlik check (a protocol registration number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _tck.is_valid(x))


def vkn(g: Gen) -> str:
    """A Turkish company's tax number (VKN, ten digits, check by python-stdnum)."""
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    number = body + _vkn.calc_check_digit(body)
    assert _vkn.is_valid(number), number
    return number


def tr_iban(g: Gen) -> str:
    return iban(
        "TR", g.rnd.choice(["00010", "00012", "00015", "00062", "00064", "00046", "00067"]) + "0" + g.digits(16)
    )


def inn_personal(g: Gen) -> str:
    """A personal INN of Tatarstan (region 16, tax office and serial, two check digits)."""
    body = "16" + g.rnd.choice(["55", "56", "57", "59", "60", "48"]) + g.digits(6)
    number = body + _inn.calc_personal_check_digits(body)
    assert _inn.is_valid(number), number
    return number


def inn_decoy(g: Gen) -> str:
    """Twelve digits failing the personal INN check (an adverse event report number)."""
    return g.valid(lambda: "16" + g.digits(10), lambda x: not _inn.is_valid(x))


def snils_check(body: str) -> str:
    """The two check digits of a SNILS (nine digits weighted 9 to 1, modulo 101, 100 written 00)."""
    total = sum(int(d) * w for d, w in zip(body, range(9, 0, -1), strict=True))
    if total > 101:
        total %= 101
    return "00" if total in (100, 101) else f"{total:02d}"


def snils(g: Gen) -> str:
    body = g.valid(lambda: g.rnd.choice("01") + g.digits(8), lambda x: int(x) > 1_001_998)
    number = body + snils_check(body)
    return f"{number[:3]}-{number[3:6]}-{number[6:9]} {number[9:]}"


def ogrn(g: Gen) -> str:
    """A Russian organisation's OGRN (``1``, year, region 16, serial, check by python-stdnum)."""
    body = "1" + g.rnd.choice(["02", "03", "05", "11", "16"]) + "16" + g.digits(7)
    number = body + _ogrn.calc_check_digit(body + "0")
    assert _ogrn.is_valid(number), number
    return number


def ru_passport(g: Gen) -> str:
    """A Russian internal passport of Tatarstan (by shape: series ``92 NN`` and six digits)."""
    return f"92 {g.rnd.randint(0, 24):02d} {g.digits(6)}"


def my_number(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(10)
    number = body + _mynumber.calc_check_digit(body)
    assert _mynumber.is_valid(number), number
    return _mynumber.format(number) if g.rnd.random() < 0.3 else number


def my_number_decoy(g: Gen) -> str:
    """Twelve digits failing My Number's check (a payment receipt number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(11), lambda x: not _mynumber.is_valid(x))


def jp_corporate(g: Gen) -> str:
    """A Japanese corporate number (thirteen digits, the leading check digit by python-stdnum)."""
    body = g.digits(12)
    number = _jp_cn.calc_check_digit(body) + body
    assert _jp_cn.is_valid(number), number
    return number


def wareki(d: date) -> str:
    """A Japanese era date (``昭和59年3月12日``, ``平成元年8月2日``)."""
    if d >= date(2019, 5, 1):
        era, year = "令和", d.year - 2018
    elif d >= date(1989, 1, 8):
        era, year = "平成", d.year - 1988
    else:
        era, year = "昭和", d.year - 1925
    return f"{era}{'元' if year == 1 else year}年{d.month}月{d.day}日"


def rijksregister(g: Gen, born: date, female: bool) -> str:
    """A Belgian national register number: the birth date, a serial even for women, and the mod-97 check."""

    def make() -> str:
        serial = g.rnd.randrange(2 if female else 1, 998, 2)
        body = f"{born:%y%m%d}{serial:03d}"
        full = ("2" + body) if born.year >= 2000 else body
        return f"{body}{97 - int(full) % 97:02d}"

    number = g.valid(make, _nn.is_valid)
    return f"{number[:2]}.{number[2:4]}.{number[4:6]}-{number[6:9]}.{number[9:]}"


def rijksregister_decoy(g: Gen) -> str:
    """Eleven digits failing the national register number's check (a candidate file number)."""
    return g.valid(lambda: "25" + g.digits(9), lambda x: not _nn.is_valid(x))


def be_iban(g: Gen) -> str:
    """A Belgian IBAN: a bank's code, the account and its mod-97 check, then the IBAN's check digits."""
    body = g.rnd.choice(["001", "063", "068", "363", "735", "737", "890", "973"]) + g.digits(7)
    return iban("BE", f"{body}{int(body) % 97 or 97:02d}")


def card(g: Gen, spaced: bool = True) -> str:
    head = g.rnd.choice(["4", "4", "51", "52", "53", "55"])
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


def gb_postcode(g: Gen, district: str) -> str:
    """A full postcode of ``district``: the sector digit and two letters of the inward code's alphabet."""
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{district} {g.rnd.randint(0, 9)}{g.rnd.choice(letters)}{g.rnd.choice(letters)}"


def dmy(d: date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"
