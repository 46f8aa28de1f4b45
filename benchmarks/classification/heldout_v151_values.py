"""Values of held-out set v151 (:mod:`benchmarks.classification.heldout_v151`): v151's random source, and names,
streets, towns, organisations and free-text snippets written by hand for v151's EV charging and parking systems (no
Faker, no list of real people, no breach data), phones checked with phonenumbers and identifiers with check digits
computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers follow v98's and v146's; the lists below are new.
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
from stdnum.dk import cpr as _cpr
from stdnum.dk import cvr as _cvr
from stdnum.fr import siret as _siret
from stdnum.ie import pps as _pps
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.nz import ird as _ird
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.pt import cc as _cc
from stdnum.pt import nif as _nif
from stdnum.ru import inn as _inn
from stdnum.tr import tckimlik as _tck
from stdnum.tr import vkn as _vkn
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _idnr

from benchmarks.classification.heldout_v2 import Column

SEED = 151_2026_1207
N = "none"
#: a login, a payment handle or a domestic bank account (``review``, as earlier sets labeled them)
UNCLASSIFIED = "unclassified"
#: NULL-like strings of v151's systems (tests skip them)
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
    "NIL",
    "NONE",
    "unknown",
    "TBC",
    "0",
    "néant",
    "sans objet",
    "s/o",
    "n/d",
    "sem dados",
    "brak",
    "nie dotyczy",
    "yok",
    "belirtilmemiş",
    "ingen",
    "nej",
    "geen",
    "n.v.t.",
    "нет",
    "не указано",
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    out = "".join(ch for ch in text if not unicodedata.combining(ch))
    for a, b in (("ß", "ss"), ("'", ""), ("ø", "o"), ("æ", "ae"), ("ł", "l"), ("ı", "i")):
        out = out.replace(a, b)
    return out


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v151:{SEED}:{table}")

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


def _pre(prefixes: list[str], width: int) -> Callable[[Gen], str]:
    """A national significant number: one of ``prefixes`` and random digits up to ``width`` digits."""

    def make(g: Gen) -> str:
        p = g.rnd.choice(prefixes)
        return p + g.digits(width - len(p))

    return make


#: region -> (a mobile's, a fixed line's national significant number) of the table's own area
_LOCAL: dict[str, tuple[Callable[[Gen], str], Callable[[Gen], str]]] = {
    "NZ": (_pre(["21", "22", "27"], 9), _pre(["75", "757", "754"], 8)),
    "CA": (_pre(["902", "782"], 10), _pre(["902"], 10)),
    "GB": (_pre(["74", "75", "77", "78", "79"], 10), _pre(["1908"], 10)),
    "ZA": (_pre(["60", "61", "71", "72", "73", "76", "79", "82", "83", "84"], 9), _pre(["31"], 9)),
    "IE": (_pre(["83", "85", "86", "87", "89"], 9), _pre(["91"], 9)),
    "US": (_pre(["414", "262"], 10), _pre(["414"], 10)),
    "IN": (_pre(["70", "77", "80", "88", "90", "93", "96", "98"], 10), _pre(["20"], 10)),
    "AU": (_pre(["40", "41", "42", "43", "44", "45", "47", "48"], 9), _pre(["892", "893", "894"], 9)),
    "FR": (_pre(["6", "7"], 9), _pre(["240", "251"], 9)),
    "PT": (_pre(["91", "92", "93", "96"], 9), _pre(["22"], 9)),
    "PL": (_pre(["50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88"], 9), _pre(["71"], 9)),
    "TR": (_pre(["530", "532", "533", "535", "542", "544", "505", "555"], 10), _pre(["232"], 10)),
    "DK": (_pre(["20", "22", "26", "28", "30", "40", "42", "51", "60", "61"], 8), _pre(["98", "96"], 8)),
    "NL": (_pre(["6"], 9), _pre(["30"], 9)),
    "RU": (_pre(["912", "922", "950", "982", "904", "908"], 10), _pre(["343"], 10)),
}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v151) ------------------------------------------------------------------------------------------

#: language -> (men's given names, women's given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "nz": (
        ["Hamish", "Tama", "Brodie", "Rawiri", "Lachlan", "Sione", "Callum", "Nikhil", "Wiremu", "Fraser"],
        ["Aroha", "Kirsty", "Mere", "Ngaio", "Courtney", "Losa", "Brooke", "Anahera", "Priya", "Tessa"],
        ["Te Whare", "McAllister", "Fonoti", "Haddow", "Paewai", "Kerslake", "Tuhoro", "Blomfield", "Ngata-Reid",
         "Carrodus", "Tawhai", "Greig"],
    ),
    "ca": (
        ["Gordie", "Darrell", "Logan", "Malcolm", "Rory", "Étienne", "Trevor", "Hassan", "Colby", "Angus"],
        ["Shelley", "Brianna", "Morag", "Tanya", "Colleen", "Rachelle", "Jillian", "Fatima", "Kayla", "Ainsley"],
        ["MacIsaac", "Boudreau", "Chisholm", "LeBlanc", "Gillis", "Doucette", "MacKinnon", "Sampson", "Comeau",
         "Fougere", "Beaton", "Theriault"],
    ),
    "gb": (
        ["Gareth", "Neil", "Darren", "Imran", "Stuart", "Kieran", "Rupert", "Wayne", "Tomasz", "Jeremy"],
        ["Joanne", "Claire", "Nadia", "Hayley", "Fiona", "Gemma", "Priti", "Lorraine", "Bethan", "Sian"],
        ["Wetherall", "Cheesman", "Bhatti", "Pocklington", "Dransfield", "Okonkwo", "Marriner", "Fairclough",
         "Hollingworth", "Szymanski", "Tattersall", "Mistry"],
    ),
    "za": (
        ["Sibusiso", "Pieter", "Thulani", "Riaan", "Mandla", "Yusuf", "Kagiso", "Dylan", "Sandile", "Prevesh"],
        ["Nokuthula", "Annelie", "Zanele", "Fathima", "Lindiwe", "Charmaine", "Thandeka", "Shanice", "Ayanda",
         "Reshma"],
        ["Mkhize", "Ngcobo", "Van der Westhuizen", "Naidoo", "Dlamini", "Pillay", "Zulu", "Botha", "Cele", "Moodley",
         "Khumalo", "Govender"],
    ),
    "ie": (
        ["Cathal", "Eoin", "Darragh", "Fionn", "Tadhg", "Ronan", "Colm", "Piotr", "Declan", "Ciarán"],
        ["Aoife", "Gráinne", "Sinéad", "Caoimhe", "Orla", "Niamh", "Deirdre", "Saoirse", "Agnieszka", "Róisín"],
        ["Ó Flaithearta", "Kilbane", "Mulkerrin", "Hession", "Conneely", "Fahy", "Cloherty", "Joyce", "Naughton",
         "Keady", "Mannion", "Ó Ceallaigh"],
    ),
    "us": (
        ["DeShawn", "Travis", "Jerome", "Kyle", "Tou", "Marco", "Clint", "Abdirahman", "Shane", "Ricardo"],
        ["Latoya", "Brittany", "Yer", "Shawna", "Guadalupe", "Kendra", "Pa Houa", "Tiffani", "Marisa", "Kristen"],
        ["Kowalczyk", "Vang", "Jablonski", "Pfeiffer", "Washington", "Reinholz", "Gutierrez", "Lor", "Schroeder",
         "Mayweather", "Zielinski", "Hmielewski"],
    ),
    "in": (
        ["Aniket", "Sameer", "Omkar", "Pranav", "Tushar", "Rohit", "Vinayak", "Kunal", "Siddharth", "Harshad"],
        ["Snehal", "Pooja", "Mrunal", "Ketaki", "Shraddha", "Pallavi", "Ashwini", "Rutuja", "Neha", "Madhura"],
        ["Kulkarni", "Deshpande", "Jadhav", "Patwardhan", "Shinde", "Gokhale", "Bhosale", "Karandikar", "Pawar",
         "Joglekar", "Mhatre", "Sawant"],
    ),
    "au": (
        ["Jarrod", "Bevan", "Hamid", "Nathan", "Kieren", "Dimitri", "Clancy", "Vikram", "Shaun", "Tobias"],
        ["Kylie", "Tegan", "Rhiannon", "Leanne", "Bianca", "Thi Lan", "Shae", "Georgina", "Ruby", "Noor"],
        ["Pettigrew", "Kalogeropoulos", "Hancock", "Tran", "Dunstan", "Corbett-Riley", "Van Dijk", "Scaffidi",
         "Mokhtar", "Wheeldon", "Barnett", "Oyelaran"],
    ),
    "fr": (
        ["Yannick", "Gwenaël", "Loïc", "Mehdi", "Bastien", "Erwan", "Thierry", "Sébastien", "Youssef", "Pierrick"],
        ["Maëlle", "Soizic", "Nadège", "Aurélie", "Clémence", "Awa", "Gaëlle", "Ségolène", "Yasmina", "Morgane"],
        ["Le Goff", "Guérin", "Le Bihan", "Morvan", "Benhamou", "Rouxel", "Tessier", "Kerhervé", "Jaouen", "Chauvin",
         "Diallo", "Le Roux"],
    ),
    "pt": (
        ["Tiago", "Rui", "Nuno", "Gonçalo", "Duarte", "Vasco", "Hélder", "Fábio", "Sérgio", "Joaquim"],
        ["Inês", "Beatriz", "Leonor", "Catarina", "Filipa", "Rita", "Mafalda", "Sofia", "Graça", "Teresa"],
        ["Magalhães", "Teixeira", "Azevedo", "Pinto", "Moreira", "Carvalho", "Sequeira", "Rebelo", "Quintas",
         "Brandão", "Faria", "Lobo"],
    ),
    "tr": (
        ["Emre", "Onur", "Serkan", "Burak", "Uğur", "Caner", "Volkan", "Mert", "Hakan", "Tolga"],
        ["Ezgi", "Gizem", "Büşra", "Sevda", "Özlem", "Derya", "Pınar", "İrem", "Gülşen", "Nazlı"],
        ["Yıldırım", "Aksoy", "Kocabaş", "Şahin", "Erdoğdu", "Karaca", "Tekin", "Özkan", "Gündoğdu", "Aydemir",
         "Çelebi", "Kılınç"],
    ),
    "dk": (
        ["Mikkel", "Rasmus", "Jesper", "Søren", "Kasper", "Anders", "Bo", "Thomas", "Jakob", "Morten"],
        ["Mette", "Signe", "Trine", "Camilla", "Louise", "Pernille", "Lene", "Rikke", "Tina", "Sanne"],
        ["Kjærgaard", "Mortensen", "Nørgaard", "Thomsen", "Overgaard", "Kristiansen", "Bach", "Vestergaard", "Lund",
         "Dalsgaard", "Bjerre", "Holm"],
    ),
    "nl": (
        ["Joost", "Bram", "Sander", "Wouter", "Ruud", "Thijs", "Gerrit", "Mohamed", "Koen", "Maarten"],
        ["Femke", "Marloes", "Ilse", "Anouk", "Sanne", "Esther", "Nicole", "Fatma", "Lieke", "Mirjam"],
        ["Bakker", "Verhoeven", "Jansen", "Van Leeuwen", "De Ruiter", "Hoekstra", "Kuipers", "Van Dam", "Smits",
         "El Idrissi", "Van der Linden", "Vos", "Mulder", "Brouwer", "Koster", "Dekker", "Visser", "Meijer"],
    ),
}

#: Polish (men's given, women's given, (masculine, feminine) family names)
PL_MEN = ["Krzysztof", "Paweł", "Marcin", "Tomasz", "Grzegorz", "Łukasz", "Przemysław", "Michał", "Dariusz", "Wojciech"]
PL_WOMEN = ["Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Małgorzata", "Ewelina", "Beata", "Dorota", "Iwona",
            "Marta"]
PL_FAMILY = [
    ("Kowalczyk", "Kowalczyk"),
    ("Zieliński", "Zielińska"),
    ("Wróbel", "Wróbel"),
    ("Szczepański", "Szczepańska"),
    ("Jabłoński", "Jabłońska"),
    ("Dudek", "Dudek"),
    ("Pawlak", "Pawlak"),
    ("Sikorski", "Sikorska"),
    ("Wawrzyniak", "Wawrzyniak"),
    ("Olejnik", "Olejnik"),
    ("Kaczmarek", "Kaczmarek"),
    ("Górecki", "Górecka"),
]
#: Russian men's given names, women's given names, (masculine, feminine) family names
RU_MEN = ["Алексей", "Дмитрий", "Сергей", "Андрей", "Олег", "Игорь", "Павел", "Владимир", "Евгений", "Максим"]
RU_WOMEN = ["Ольга", "Наталья", "Екатерина", "Татьяна", "Светлана", "Юлия", "Анастасия", "Ирина", "Марина", "Елена"]
RU_FAMILY = [
    ("Шестаков", "Шестакова"),
    ("Черепанов", "Черепанова"),
    ("Бажов", "Бажова"),
    ("Колесников", "Колесникова"),
    ("Ларионов", "Ларионова"),
    ("Мальцев", "Мальцева"),
    ("Зырянов", "Зырянова"),
    ("Пономарёв", "Пономарёва"),
    ("Вагин", "Вагина"),
    ("Трофимов", "Трофимова"),
    ("Голубев", "Голубева"),
    ("Сафронов", "Сафронова"),
]


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) of ``lang``."""
    if female is None:
        female = g.rnd.random() < 0.5
    if lang == "pl":
        man, woman = g.rnd.choice(PL_FAMILY)
        return g.rnd.choice(PL_WOMEN if female else PL_MEN), woman if female else man
    if lang == "ru":
        man, woman = g.rnd.choice(RU_FAMILY)
        return (g.rnd.choice(RU_WOMEN) if female else g.rnd.choice(RU_MEN)), woman if female else man
    male, fem, fam = NAMES[lang]
    return g.rnd.choice(fem if female else male), g.rnd.choice(fam)


RU_PATRONYMICS = [
    ("Алексеевич", "Алексеевна"),
    ("Дмитриевич", "Дмитриевна"),
    ("Сергеевич", "Сергеевна"),
    ("Андреевич", "Андреевна"),
    ("Олегович", "Олеговна"),
    ("Игоревич", "Игоревна"),
    ("Павлович", "Павловна"),
    ("Владимирович", "Владимировна"),
    ("Евгеньевич", "Евгеньевна"),
    ("Максимович", "Максимовна"),
]


def patronymic(g: Gen, female: bool) -> str:
    return g.rnd.choice(RU_PATRONYMICS)[1 if female else 0]


def dutch(family: str) -> str:
    """A Dutch family name after a given name: its prefix in lower case (``Van der Linden`` -> ``van der Linden``)."""
    for prefix in ("Van der ", "Van ", "De "):
        if family.startswith(prefix):
            return prefix.lower() + family[len(prefix) :]
    return family


def whole(g: Gen, lang: str, female: bool | None = None) -> str:
    a, b = person(g, lang, female)
    return f"{a} {dutch(b) if lang == 'nl' else b}"


def given(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def staff(g: Gen, n: int, lang: str, style: str = "whole") -> list[str]:
    """``n`` distinct staff members' names (``whole``, ``first``, ``initial`` as ``K. Dudek``)."""
    out: set[str] = set()
    while len(out) < n:
        a, b = person(g, lang, g.rnd.random() < 0.5)
        if style == "first":
            out.add(a)
        elif style == "initial":
            out.add(f"{a[0]}. {b}")
        else:
            out.add(f"{a} {dutch(b) if lang == 'nl' else b}")
    return sorted(out)


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() or ch == ".")


_RU_LAT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
         "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"],
        strict=True,
    )
)


def latin(text: str) -> str:
    return "".join(_RU_LAT.get(ch, ch) for ch in text.lower())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(latin(first)) or "user", plain(latin(last)) or "mail"
    local = g.rnd.choice(
        [
            f"{a}.{b}",
            f"{a[0]}{b}",
            f"{a}{g.rnd.randint(1, 99)}",
            f"{b}.{a}{g.rnd.randint(60, 99)}",
            f"{a}_{b}{g.rnd.randint(1, 9)}",
        ]
    )
    return f"{local}@{g.rnd.choice(domains)}"


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(first)}.{plain(last).replace('.', '')}@{domain}"


DOMAINS: dict[str, list[str]] = {
    "nz": ["gmail.com", "xtra.co.nz", "outlook.com", "icloud.com"],
    "ca": ["gmail.com", "eastlink.ca", "bellaliant.net", "hotmail.com"],
    "gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "sky.com"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "outlook.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com"],
    "us": ["gmail.com", "yahoo.com", "att.net", "outlook.com"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "iinet.net.au", "outlook.com"],
    "fr": ["orange.fr", "gmail.com", "free.fr", "laposte.net", "sfr.fr"],
    "pt": ["gmail.com", "sapo.pt", "hotmail.com", "netcabo.pt"],
    "pl": ["wp.pl", "onet.pl", "gmail.com", "o2.pl", "interia.pl"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    "dk": ["gmail.com", "hotmail.dk", "mail.dk", "outlook.dk"],
    "nl": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.com"],
    "ru": ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "list.ru"],
}

# -- places (written for v151) -----------------------------------------------------------------------------------------

#: (suburb, postcode) around Tauranga
NZ_PLACES = [
    ("Mount Maunganui", "3116"),
    ("Papamoa", "3118"),
    ("Bethlehem", "3110"),
    ("Greerton", "3112"),
    ("Otumoetai", "3110"),
    ("Welcome Bay", "3112"),
    ("Te Puke", "3119"),
    ("Ōmokoroa", "3114"),
]
NZ_STREETS = ["Maunganui Road", "Totara Street", "Grenada Street", "Cameron Road", "Oceanbeach Road", "Bureta Road",
              "Pyes Pa Road", "Links Avenue", "Gloucester Road", "Tui Street"]
#: (community, FSA) around Halifax
CA_PLACES = [
    ("Halifax", "B3H"),
    ("Dartmouth", "B2W"),
    ("Bedford", "B4A"),
    ("Sackville", "B4C"),
    ("Cole Harbour", "B2V"),
    ("Timberlea", "B3T"),
    ("Fall River", "B2T"),
    ("Eastern Passage", "B3G"),
]
CA_STREETS = ["Quinpool Road", "Portland Street", "Cobequid Road", "Herring Cove Road", "Waverley Road",
              "Larry Uteck Boulevard", "Main Street", "Sunnyside Crescent", "Caledonia Road", "Dunbrack Street"]
#: (town, outward code) around Milton Keynes and Buckinghamshire
GB_PLACES = [
    ("Milton Keynes", "MK9"),
    ("Bletchley", "MK3"),
    ("Wolverton", "MK12"),
    ("Newport Pagnell", "MK16"),
    ("Buckingham", "MK18"),
    ("Olney", "MK46"),
    ("Leighton Buzzard", "LU7"),
    ("Bedford", "MK40"),
]
GB_STREETS = ["Silbury Boulevard", "Stratford Road", "Wolverton Road", "Queensway", "Tickford Street",
              "Aylesbury Street", "Brooklands Avenue", "Chaffron Way", "High Street", "Ramsay Close"]
#: (suburb, postal code) around Durban
ZA_PLACES = [
    ("Umhlanga", "4319"),
    ("Westville", "3629"),
    ("Morningside", "4001"),
    ("Berea", "4001"),
    ("Chatsworth", "4092"),
    ("Umlazi", "4031"),
    ("Pinetown", "3610"),
    ("Ballito", "4420"),
    ("Glenwood", "4001"),
]
ZA_STREETS = ["Florida Road", "Chartwell Drive", "Lilian Ngoyi Road", "Problem Mkhize Road", "Essenwood Road",
              "Jan Hofmeyr Road", "Lagoon Drive", "Ridge Road", "Innes Road", "Cowey Road"]
#: (area, Eircode routing key) around Galway
IE_PLACES = [
    ("Salthill", "H91"),
    ("Newcastle", "H91"),
    ("Shantalla", "H91"),
    ("Renmore", "H91"),
    ("Knocknacarra", "H91"),
    ("Westside", "H91"),
    ("Claddagh", "H91"),
    ("Mervue", "H91"),
]
IE_STREETS = ["Father Griffin Road", "Sea Road", "Taylor's Hill", "College Road", "Lower Salthill", "Dalysfort Road",
              "St Mary's Road", "Bohermore", "Nuns Island", "Newcastle Road"]
#: (city, ZIP) around Milwaukee
US_PLACES = [
    ("Milwaukee", "53202"),
    ("Milwaukee", "53207"),
    ("Milwaukee", "53215"),
    ("Milwaukee", "53212"),
    ("West Allis", "53214"),
    ("Wauwatosa", "53213"),
    ("Cudahy", "53110"),
    ("Shorewood", "53211"),
]
US_STREETS = ["N Farwell Ave", "S Kinnickinnic Ave", "W Lincoln Ave", "N Humboldt Blvd", "W Greenfield Ave",
              "N Oakland Ave", "S 16th St", "W Burleigh St", "E Brady St", "N Teutonia Ave"]
#: (locality, PIN) in Pune
IN_PLACES = [
    ("Kothrud", "411038"),
    ("Baner", "411045"),
    ("Hadapsar", "411028"),
    ("Wakad", "411057"),
    ("Viman Nagar", "411014"),
    ("Aundh", "411007"),
    ("Kharadi", "411014"),
    ("Sinhagad Road", "411041"),
]
IN_STREETS = ["Paud Road", "Baner Road", "Magarpatta Road", "Datta Mandir Chowk", "Nagar Road", "ITI Road",
              "Karve Road", "Law College Road", "Senapati Bapat Road", "Sus Road"]
#: (suburb, postcode) around Perth
AU_PLACES = [
    ("Fremantle", "6160"),
    ("Joondalup", "6027"),
    ("Subiaco", "6008"),
    ("Rockingham", "6168"),
    ("Scarborough", "6019"),
    ("Midland", "6056"),
    ("Canning Vale", "6155"),
    ("Mandurah", "6210"),
]
AU_STREETS = ["Marmion Street", "Rokeby Road", "Grand Boulevard", "Safety Bay Road", "West Coast Highway",
              "Great Eastern Highway", "Ranford Road", "Pinjarra Road", "South Terrace", "Hay Street"]
#: (commune, code postal) around Nantes
FR_PLACES = [
    ("Nantes", "44000"),
    ("Nantes", "44300"),
    ("Rezé", "44400"),
    ("Saint-Herblain", "44800"),
    ("Orvault", "44700"),
    ("Carquefou", "44470"),
    ("Vertou", "44120"),
    ("Saint-Sébastien-sur-Loire", "44230"),
]
FR_STREETS = ["rue de la Paix", "boulevard des Poilus", "rue Paul Bellamy", "avenue de la Libération",
              "rue des Hauts Pavés", "route de Vannes", "rue du Général Buat", "allée des Tilleuls",
              "quai de Versailles",
              "chemin de la Censive"]
#: (freguesia, código postal prefix) in Porto
PT_PLACES = [
    ("Paranhos", "4200"),
    ("Ramalde", "4100"),
    ("Campanhã", "4300"),
    ("Bonfim", "4000"),
    ("Lordelo do Ouro", "4150"),
    ("Cedofeita", "4050"),
    ("Foz do Douro", "4150"),
    ("Aldoar", "4100"),
]
PT_STREETS = ["Rua de Costa Cabral", "Rua do Heroísmo", "Avenida da Boavista", "Rua de Cedofeita", "Rua do Bonjardim",
              "Rua de Serpa Pinto", "Rua do Campo Alegre", "Rua Damião de Góis", "Travessa de Salgueiros",
              "Rua de Pedro Hispano"]
#: (osiedle or town, kod pocztowy prefix) around Wrocław
PL_PLACES = [
    ("Wrocław", "50-"),
    ("Wrocław", "53-"),
    ("Wrocław", "54-"),
    ("Siechnice", "55-"),
    ("Oława", "55-"),
    ("Kiełczów", "55-"),
    ("Smolec", "55-"),
]
PL_OSIEDLA = ["Krzyki", "Biskupin", "Nadodrze", "Gaj", "Kozanów", "Sępolno", "Ołbin", "Borek"]
PL_STREETS = ["ul. Traugutta", "ul. Powstańców Śląskich", "ul. Kruszwicka", "ul. Jedności Narodowej",
              "ul. Borowska", "ul. Legnicka", "ul. Pilczycka", "ul. Mickiewicza", "ul. Ślężna", "ul. Kasprowicza"]
#: (ilçe, mahalle, posta kodu) in İzmir
TR_PLACES = [
    ("Karşıyaka", "Bostanlı", "35590"),
    ("Bornova", "Kazımdirik", "35100"),
    ("Buca", "Şirinyer", "35380"),
    ("Konak", "Alsancak", "35220"),
    ("Çiğli", "Ataşehir", "35620"),
    ("Narlıdere", "Çatalkaya", "35320"),
    ("Gaziemir", "Sevgi", "35410"),
    ("Bayraklı", "Mansuroğlu", "35530"),
]
TR_STREETS = ["Cemal Gürsel Caddesi", "Kıbrıs Şehitleri Caddesi", "1203/4 Sokak", "Mustafa Kemal Sahil Bulvarı",
              "Ankara Caddesi", "Şehit Nevres Bulvarı", "6220 Sokak", "Anadolu Caddesi", "1719 Sokak",
              "Talatpaşa Bulvarı"]
TR_PROVINCES = ["İzmir", "İzmir", "İzmir", "İzmir", "Manisa", "Aydın"]
#: (by, postnummer) in North Jutland
DK_PLACES = [
    ("Aalborg", "9000"),
    ("Aalborg SV", "9200"),
    ("Aalborg Øst", "9220"),
    ("Nørresundby", "9400"),
    ("Hjørring", "9800"),
    ("Frederikshavn", "9900"),
    ("Svenstrup J", "9230"),
    ("Støvring", "9530"),
]
DK_STREETS = ["Hobrovej", "Vesterbro", "Kastetvej", "Sohngårdsholmsvej", "Hadsundvej", "Lindholmsvej",
              "Skagensvej", "Nibevej", "Østerbro", "Kærvej"]
#: (woonplaats, postcode digits) around Utrecht
NL_PLACES = [
    ("Utrecht", "3521"),
    ("Utrecht", "3555"),
    ("Nieuwegein", "3431"),
    ("Houten", "3991"),
    ("Zeist", "3707"),
    ("Maarssen", "3601"),
    ("IJsselstein", "3401"),
    ("Bunnik", "3981"),
]
NL_STREETS = ["Amsterdamsestraatweg", "Biltstraat", "Kanaalweg", "Laan van Nieuw Guinea", "Vleutenseweg",
              "Burgemeester Reigerstraat", "Oudegracht", "Kruisstraat", "Jutfaseweg", "Merelstraat"]
#: (город, почтовый индекс) around Yekaterinburg
RU_PLACES = [
    ("Екатеринбург", "620014"),
    ("Екатеринбург", "620075"),
    ("Екатеринбург", "620137"),
    ("Екатеринбург", "620102"),
    ("Верхняя Пышма", "624090"),
    ("Берёзовский", "623700"),
    ("Арамиль", "624000"),
]
RU_STREETS = ["ул. Малышева", "ул. Белинского", "ул. Куйбышева", "ул. 8 Марта", "ул. Шейнкмана", "ул. Академика Шварца",
              "ул. Татищева", "ул. Восточная", "ул. Сурикова", "ул. Мамина-Сибиряка"]


def street(g: Gen, streets: list[str], lang: str) -> str:
    s = g.rnd.choice(streets)
    if lang == "us":
        return f"{g.rnd.randint(100, 9_800)} {s}"
    if lang == "ca":
        return f"{g.rnd.randint(10, 3_999)} {s}"
    if lang == "fr":
        return f"{g.rnd.randint(1, 160)}{g.rnd.choice(['', '', '', ' bis'])} {s}"
    if lang in ("pt", "dk", "nl", "tr"):
        return f"{s} {g.rnd.randint(1, 240)}"
    if lang == "pl":
        return f"{s} {g.rnd.randint(1, 180)}"
    if lang == "ru":
        return f"{s}, д. {g.rnd.randint(1, 120)}"
    if lang == "in":
        return f"Flat {g.rnd.randint(101, 1204)}, {g.rnd.choice(['Sai', 'Ganesh', 'Shanti', 'Tulip'])} Heights, {s}"
    return f"{g.rnd.randint(1, 240)} {s}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def nz_ird(g: Gen) -> str:
    """A New Zealand IRD number (8 or 9 digits, mod 11), written ``NNN-NNN-NNN``."""
    d = g.valid(lambda: str(g.rnd.randint(10_000_001, 149_999_999)).zfill(9), _ird.is_valid)
    return f"{d[:3]}-{d[3:6]}-{d[6:]}"


def ca_sin(g: Gen) -> str:
    d = g.valid(lambda: g.rnd.choice("1234567") + g.digits(8), _sin.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def luhn_decoy(g: Gen, n: int, first: str = "123456789") -> str:
    """``n`` digits failing the Luhn check."""
    return g.valid(lambda: g.rnd.choice(first) + g.digits(n - 1), lambda x: not luhn.is_valid(x))


def gb_nino(g: Gen) -> str:
    """A UK National Insurance number (by shape: prefix rules, no check digit exists)."""
    first, second = "ABCEGHJKLMNOPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
    banned = ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")
    prefix = g.valid(lambda: g.rnd.choice(first) + g.rnd.choice(second), lambda p: p not in banned)
    return f"{prefix}{g.digits(6)}{g.rnd.choice('ABCD')}"


def gb_dvla(g: Gen, first: str, last: str, born: date, female: bool) -> str:
    """A DVLA driving licence number (by shape): surname, birth date with the month +50 for women, initials."""
    sur = (plain(last).replace(".", "").upper() + "99999")[:5]
    month = born.month + (50 if female else 0)
    initials = (plain(first)[:1].upper() + "9")[:2] if g.rnd.random() < 0.7 else plain(first)[:1].upper() + "J"
    return f"{sur}{born.year % 100 // 10}{month:02d}{born.day:02d}{born.year % 10}{initials}9{g.code('AA')}"


def za_id(g: Gen, born: date, female: bool) -> str:
    def make() -> str:
        seq = g.rnd.randint(0, 4_999) if female else g.rnd.randint(5_000, 9_999)
        body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:04d}08"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _idnr.is_valid)


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits failing the South African ID number's check (an access card's account number)."""
    return g.valid(lambda: str(g.rnd.randint(6, 9)) + g.digits(12), lambda x: not _idnr.is_valid(x))


def ie_pps(g: Gen) -> str:
    return g.valid(
        lambda: g.digits(7) + g.rnd.choice(string.ascii_uppercase[:23]) + g.rnd.choice(["", "", "", "A"]), _pps.is_valid
    )


def ie_pps_decoy(g: Gen) -> str:
    """Seven digits and a letter failing the PPSN check (a permit application reference)."""
    return g.valid(lambda: g.digits(7) + g.rnd.choice(string.ascii_uppercase[:23]), lambda x: not _pps.is_valid(x))


def us_ssn(g: Gen) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    return g.valid(make, _ssn.is_valid)


def us_ssn_decoy(g: Gen) -> str:
    """Nine digits shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    return g.rnd.choice(["000", "666", f"9{g.digits(2)}"]) + g.digits(6)


def aadhaar(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (a charging session's order number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def pan(g: Gen, family: str) -> str:
    initial = (plain(family)[:1] or "K").upper()
    return g.valid(lambda: g.code("AAA") + "P" + initial + g.digits(4) + g.code("A"), _pan.is_valid)


def card(g: Gen, spaced: bool = False) -> str:
    def make() -> str:
        body = g.rnd.choice(["4", "4", "51", "53", "55"])
        body += g.digits(15 - len(body))
        return body + luhn.calc_check_digit(body)

    d = g.valid(make, luhn.is_valid)
    return " ".join(d[i : i + 4] for i in range(0, 16, 4)) if spaced else d


def iban(country: str, bban: str) -> str:
    number = country + _iban.calc_check_digits(country + "00" + bban) + bban
    assert _iban.is_valid(number)
    return number


def spaced(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def ie_iban(g: Gen) -> str:
    return iban("IE", g.rnd.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + g.rnd.choice(["93", "90", "98"]) + g.digits(12))


def fr_iban(g: Gen) -> str:
    bank, office, account = g.rnd.choice(["30004", "10278", "14445", "30003", "20041"]), g.digits(5), g.digits(11)
    key = 97 - (89 * int(bank) + 15 * int(office) + 3 * int(account)) % 97
    return iban("FR", f"{bank}{office}{account}{key:02d}")


def pt_iban(g: Gen) -> str:
    body = g.rnd.choice(["0035", "0033", "0010", "0018", "0036"]) + g.digits(4) + g.digits(11)
    nib = 98 - int(body) * 100 % 97
    return iban("PT", f"{body}{nib:02d}")


def pl_iban(g: Gen) -> str:
    return iban("PL", g.rnd.choice(["10205", "11402", "10901", "12404", "19401"]) + g.digits(3) + g.digits(16))


def tr_iban(g: Gen) -> str:
    return iban("TR", g.rnd.choice(["00062", "00046", "00010", "00064", "00111"]) + "0" + g.digits(16))


def nl_iban(g: Gen) -> str:
    return iban("NL", g.rnd.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO"]) + g.digits(10))


def fr_siret(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("3456789") + g.digits(13), _siret.is_valid)


def pt_nif(g: Gen) -> str:
    def make() -> str:
        body = g.rnd.choice("123") + g.digits(7)
        return body + _nif.calc_check_digit(body)

    return g.valid(make, _nif.is_valid)


def pt_nif_decoy(g: Gen) -> str:
    """Nine digits starting like a personal NIF and failing its check (a fine's process number)."""
    return g.valid(lambda: g.rnd.choice("123") + g.digits(8), lambda x: not _nif.is_valid(x))


def pt_cc(g: Gen) -> str:
    """A Portuguese Cartão de Cidadão number: the civil id with its check digit, the version and the check."""
    civil = g.digits(8)
    s = sum(int(d) * w for d, w in zip(civil, range(9, 1, -1), strict=True))
    number = civil + str((11 - s % 11) % 11 % 10) + g.rnd.choice(["ZZ", "ZY", "ZX", "ZW"])
    number += _cc.calc_check_digit(number)
    assert _cc.is_valid(number)
    return _cc.format(number)


def pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)

    def make() -> str:
        sex = g.rnd.choice("02468" if female else "13579")
        body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}{sex}"
        return body + _pesel.calc_check_digit(body)

    return g.valid(make, _pesel.is_valid)


def pesel_decoy(g: Gen) -> str:
    """Eleven digits failing PESEL's check (a parking fine's note number)."""
    return g.valid(lambda: "2" + g.digits(10), lambda x: not _pesel.is_valid(x))


def pl_nip(g: Gen) -> str:
    d = g.valid(lambda: g.rnd.choice("56789") + g.digits(9), _nip.is_valid)
    return f"{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:]}"


def tckimlik(g: Gen) -> str:
    def make() -> str:
        body = str(g.rnd.randint(1, 9)) + g.digits(8)
        return body + _tck.calc_check_digits(body)

    return g.valid(make, _tck.is_valid)


def tckimlik_decoy(g: Gen) -> str:
    """Eleven digits failing the T.C. kimlik check (a charging session number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _tck.is_valid(x))


def tr_vkn(g: Gen) -> str:
    def make() -> str:
        body = g.digits(9)
        return body + _vkn.calc_check_digit(body)

    return g.valid(make, _vkn.is_valid)


def cpr(g: Gen, born: date, female: bool) -> str:
    def make() -> str:
        if born.year >= 2000:
            seventh = g.rnd.choice("4")
        else:
            seventh = g.rnd.choice("0123")
        seq = seventh + g.digits(2) + g.rnd.choice("02468" if female else "13579")
        return f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{seq}"

    d = g.valid(make, lambda x: _cpr.is_valid(x) and _cpr.get_birth_date(x) == born)
    return f"{d[:6]}-{d[6:]}"


def cpr_decoy(g: Gen) -> str:
    """A case number written like a CPR number (``DDMMYY-NNNN``) whose date does not exist."""
    return g.valid(
        lambda: f"{g.rnd.randint(32, 99):02d}{g.rnd.randint(1, 12):02d}{g.digits(2)}-{g.digits(4)}",
        lambda x: not _cpr.is_valid(x),
    )


def dk_cvr(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("123456789") + g.digits(7), _cvr.is_valid)


def ru_inn(g: Gen) -> str:
    """A personal INN (12 digits) of the Sverdlovsk region (66)."""
    body = "66" + g.rnd.choice(["58", "70", "71", "72", "86"]) + g.digits(6)
    number = body + _inn.calc_personal_check_digits(body)
    assert _inn.is_valid(number)
    return number


def ru_inn_decoy(g: Gen) -> str:
    """Twelve digits failing the personal INN's check (a season ticket contract number)."""
    return g.valid(lambda: "66" + g.digits(10), lambda x: not _inn.is_valid(x))


def snils_is_valid(value: str) -> bool:
    """Whether ``value`` is a valid SNILS (``NNN-NNN-NNN CC``: weights 9 to 1, mod 101, 100 and 101 written 00)."""
    d = "".join(ch for ch in value if ch.isdigit())
    if len(d) != 11:
        return False
    s = sum(int(x) * w for x, w in zip(d[:9], range(9, 0, -1), strict=True)) % 101
    return int(d[9:]) == (0 if s == 100 else s)


def snils(g: Gen) -> str:
    """A SNILS (check computed here: python-stdnum has no module for it)."""
    body = g.digits(9)
    s = sum(int(x) * w for x, w in zip(body, range(9, 0, -1), strict=True)) % 101
    out = f"{body[:3]}-{body[3:6]}-{body[6:]} {0 if s == 100 else s:02d}"
    assert snils_is_valid(out)
    return out


def dmy(d: date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def ymd_int(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def plate(g: Gen, country: str) -> str:
    """A car's registration plate in the country's own layout."""
    layouts = {
        "nz": "AAA999",
        "ca": "AAA 999",
        "gb": "AA99 AAA",
        "za": "AA 99 AA",
        "ie": "2Z-G-9999",
        "us": "AAA-9999",
        "in": "MH 12 AA 9999",
        "au": "1AAA 999",
        "fr": "AA-999-AA",
        "pt": "99-AA-99",
        "pl": "DW 9999A",
        "tr": "35 AA 999",
        "dk": "AA 99 999",
        "nl": "A-999-AA",
    }
    if country == "ru":
        letters = "АВЕКМНОРСТУХ"
        return f"{g.rnd.choice(letters)}{g.digits(3)}{g.rnd.choice(letters)}{g.rnd.choice(letters)}96"
    out = g.code(layouts[country])
    if country == "za":
        return out + " ZN"
    if country == "ie":
        return f"{g.rnd.choice(['21', '22', '23', '191', '231', '242'])}-G-{g.rnd.randint(1, 9_999)}"
    return out


# -- organisations and vocabularies (written for v151) ---------------------------------------------------------------

NZ_VEHICLES = ["Nissan Leaf 40kWh", "Nissan Leaf 24kWh (import)", "Tesla Model 3 LR", "MG4 Excite", "BYD Atto 3",
               "Hyundai Kona Electric", "Kia Niro EV", "Polestar 2", "Tesla Model Y RWD", "MG ZS EV"]
CA_BRANCHES = ["Burnside depot", "Windsor Street yard", "Dartmouth Crossing office", "Sackville service centre"]
CA_VEHICLES = ["2023 Ford F-150 Lightning", "2024 Chevrolet Silverado EV", "2022 Ford E-Transit", "2021 Ram 1500",
               "2024 Chevrolet Equinox EV", "2023 Ford Ranger", "2022 Hyundai Ioniq 5"]
GB_BRANCHES = ["Milton Keynes (Kiln Farm)", "Bedford (Priory Business Park)", "Northampton (Brackmills)"]
GB_CHARGERS = ["Zappi v2.1 7kW tethered", "Ohme Home Pro 7.4kW", "Hypervolt Home 3 Pro", "Wallbox Pulsar Plus 7.4kW",
               "Easee One 7kW untethered", "Andersen A2 7kW"]
GB_DNOS = ["UKPN", "WPD/NGED", "SSEN", "UKPN"]
ZA_TENANTS = ["Ridgeside Attorneys Inc.", "Umhlanga Actuarial Partners", "Zinkwazi Logistics (Pty) Ltd",
              "Berea Dental Studio", "Oceanview Wealth Managers", "Mzansi Cloud Solutions", "KZN Engineering Co-op"]
IE_ZONES = ["Zone A - Salthill", "Zone B - Newcastle", "Zone C - Claddagh", "Zone D - Shantalla", "Zone E - Renmore"]
US_VIOLATIONS = [("0100", "METER EXPIRED", 25), ("0210", "NIGHT PARKING", 20), ("0330", "NO PARKING ZONE", 40),
                 ("0415", "WITHIN 4FT OF DRIVEWAY", 40), ("0520", "ALTERNATE SIDE", 30),
                 ("0650", "EV STALL NOT CHARGING", 75),
                 ("0710", "HANDICAP ZONE", 200)]
IN_HUBS = ["VoltHub Baner Highstreet", "VoltHub Hinjewadi Ph 2", "VoltHub Phoenix Viman Nagar", "VoltHub Kothrud Depot",
           "VoltHub Magarpatta Gate 4", "VoltHub Wakad Bridge"]
AU_SITES = [
    ("Fremantle Markets Car Park", "Henderson Street, Fremantle WA 6160", -32.0569, 115.7481),
    ("Joondalup Lakeside Level 2", "420 Joondalup Drive, Joondalup WA 6027", -31.7445, 115.7684),
    ("Subiaco Rokeby Rd Kerbside", "Rokeby Road, Subiaco WA 6008", -31.9478, 115.8254),
    ("Mandurah Foreshore", "Mandurah Terrace, Mandurah WA 6210", -32.5293, 115.7219),
    ("Midland Gate Roadhouse", "Great Eastern Highway, Midland WA 6056", -31.8889, 116.0092),
    ("Scarborough Beach Plaza", "The Esplanade, Scarborough WA 6019", -31.8942, 115.7553),
]
AU_CPOS = ["AU-WCH", "AU-SWC", "AU-PLG", "AU-NRM", "AU-EVX"]
FR_FORMULES = ["Liberté (sans abonnement)", "Essentiel 9,90 €/mois", "Intégral 19,90 €/mois", "Pro Flotte",
               "Pro Flotte"]
FR_EMPLOYERS = ["Chantiers Navals de l'Estuaire", "Loire Océan Logiciels", "Clinique du Parc Nantais",
                "Transports Bretagne-Atlantique", "Mutuelle des Pays de Loire"]
PT_ZONES = ["Zona 1 - Baixa", "Zona 2 - Bonfim", "Zona 3 - Boavista", "Zona 4 - Antas", "Zona 5 - Foz"]
PL_ZONES = ["Strefa A", "Strefa A", "Strefa B", "Strefa C", "Strefa Śródmiejska"]
PL_COMPANIES = ["Odra Leasing sp. z o.o.", "Wrocławskie Biuro Projektów S.A.", "Dolnośląska Hurtownia Farmaceutyczna",
                "Sudety Transport sp. j.", "Karkonosze IT sp. z o.o."]
TR_VEHICLES = ["Togg T10X V1", "Togg T10X V2 Uzun Menzil", "Renault Zoe", "Tesla Model Y", "BYD Atto 3", "MG4",
               "Hyundai Ioniq 5", "Fiat 500e"]
TR_COMPANIES = ["Ege Lojistik A.Ş.", "Karşıyaka Yazılım Ltd. Şti.", "Bornova Mimarlık Ltd. Şti.",
                "İzmir Tekstil San. A.Ş."]
DK_LEASING = [("Limfjord Leasing A/S", "98"), ("Nordjysk Bilfinans ApS", "96"), ("Hals & Co. Autolease", "98")]
DK_CARS = ["Skoda Enyaq 85", "VW ID.4 Pro", "Tesla Model Y LR", "Kia EV6 GT-Line", "Volvo EX30", "Cupra Born",
           "Audi Q4 e-tron", "Polestar 2"]
NL_EMPLOYERS = ["Domstad Advies B.V.", "Vecht & Rijn Bouw B.V.", "Kromme Rijn Software B.V.", "Lekstroom Zorggroep",
                "Utrechtse Heuvelrug Makelaardij"]
NL_CHARGERS = ["Alfen Eve Single S-line", "Easee Charge", "Zaptec Go", "Wallbox Pulsar Plus", "Peblar Home"]
RU_TARIFFS = ["Месячный 24/7", "Месячный дневной", "Квартальный 24/7", "Годовой 24/7", "Ночной"]
