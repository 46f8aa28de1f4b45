"""Values of held-out set v161 (:mod:`benchmarks.classification.heldout_v161`): v161's random source, and names,
streets, towns, vessels, firms and free-text snippets written by hand for v161's crew management, ferry manifest and
port security systems (no Faker, no list of real people, no breach data), phones checked with phonenumbers and
identifiers with check digits computed and checked with python-stdnum (the Portuguese NISS and the Russian SNILS,
which python-stdnum lacks, with their published weights, computed here).

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers follow v152's; the lists below are new.
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
from stdnum import imo as _imo
from stdnum import luhn
from stdnum.ar import cbu as _cbu
from stdnum.ar import cuit as _cuit
from stdnum.au import abn as _abn
from stdnum.au import tfn as _tfn
from stdnum.be import eid as _eid
from stdnum.be import nn as _nn
from stdnum.be import vat as _kbo
from stdnum.ca import sin as _sin
from stdnum.dk import cpr as _cpr
from stdnum.id import nik as _nik
from stdnum.id import npwp as _npwp
from stdnum.ie import pps as _pps
from stdnum.ie import vat as _ie_vat
from stdnum.it import codicefiscale as _cf
from stdnum.pt import cc as _cc
from stdnum.pt import nif as _nif
from stdnum.ru import inn as _inn
from stdnum.tr import tckimlik as _tck
from stdnum.us import rtn as _rtn
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _idnr

from benchmarks.classification.heldout_v2 import Column

SEED = 161_2026_1214
N = "none"
#: a login, an alias or a domestic bank account (``review``, as earlier sets labeled them)
UNCLASSIFIED = "unclassified"
#: NULL-like strings of v161's systems (tests skip them)
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
    "sem observações",
    "nada a registar",
    "nessuna",
    "n.d.",
    "geen",
    "nvt",
    "ingen",
    "intet",
    "yok",
    "belirtilmemiş",
    "нет",
    "не указано",
    "sin observaciones",
    "s/o",
    "tidak ada",
)

_FOLD = str.maketrans({"ı": "i", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "'": "", "’": ""})


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower().translate(_FOLD))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v161:{SEED}:{table}")

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
    "GB": (_pre(["71", "73", "74", "75", "77", "78", "79"], 10), _pre(["1631", "1688", "1397"], 10)),
    "CA": (_nanp(["250", "778"]), _nanp(["250"])),
    "AU": (
        _pre(["400", "401", "404", "407", "408", "411", "413", "417", "427", "431", "447", "458", "488"], 9),
        _pre(["891", "8917", "8914"], 9),
    ),
    "IE": (_pre(["83", "85", "86", "87", "89"], 9), _pre(["53"], 9)),
    "US": (_nanp(["757"]), _nanp(["757"])),
    "ID": (
        _pre(["812", "813", "821", "822", "852", "853", "857", "858", "878", "895", "896"], 11),
        _pre(["247", "248"], 10),
    ),
    "ZA": (
        _pre(["60", "61", "62", "63", "71", "72", "73", "74", "76", "78", "79", "81", "82", "83", "84"], 9),
        _pre(["357", "3579", "357"], 9),
    ),
    "PT": (_pre(["91", "92", "93", "96"], 9), _pre(["291"], 9)),
    "IT": (
        _pre(["320", "328", "329", "333", "335", "338", "340", "347", "348", "349", "351", "366", "380", "393"], 10),
        _pre(["0789", "079"], 10),
    ),
    "BE": (_pre(["470", "471", "472", "473", "474", "475", "476", "477", "478", "479", "484", "485", "486",
                 "487", "488", "489", "491", "492", "493", "494", "495", "496", "497", "498", "499"], 9),
           _pre(["3"], 8)),
    "DK": (_pre(["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42", "50",
                 "51", "52", "53", "60", "61", "71", "81", "91", "92", "93"], 8), _pre(["98", "96"], 8)),
    "TR": (_pre(["530", "532", "533", "535", "536", "537", "538", "539", "541", "542", "543", "544", "545", "546",
                 "505", "506", "507", "551", "552", "553", "554", "555"], 10), _pre(["324"], 10)),
    "RU": (_pre(["918", "928", "938", "988", "989", "900", "902", "905", "909", "961", "962", "967"], 10),
           _pre(["8617"], 10)),
    "AR": (_pre(["911"], 11), _pre(["11"], 10)),
}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v161) ------------------------------------------------------------------------------------------

#: language -> (men's given names, women's given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "gb": (
        ["Calum", "Ruaridh", "Angus", "Fraser", "Euan", "Niall", "Donald", "Craig", "Kenny", "Iain", "Tomasz"],
        ["Morag", "Kirsteen", "Eilidh", "Catriona", "Shona", "Isla", "Fiona", "Ailsa", "Mhairi", "Rhona", "Agnieszka"],
        ["MacPhail", "MacInnes", "Campbell", "MacLeod", "Buchanan", "Cameron", "MacKinnon", "Munro", "Gillies",
         "MacDougall", "Stewart", "Lamont", "MacCallum", "Nowicki"],
    ),
    "ca": (
        ["Brody", "Colton", "Gurjit", "Dallas", "Kieran", "Wade", "Ravinder", "Shane", "Owen", "Harlan"],
        ["Brittany", "Kelsey", "Simran", "Dawn", "Jolene", "Tara", "Navneet", "Lorelei", "Megan", "Cheryl"],
        ["Sampson", "Thordarson", "Gill", "Manson", "Heppell", "Leask", "Sidhu", "Bjornson", "Quatell", "Wilks",
         "Hrabok", "Seymour", "Dhillon", "Fenwick"],
    ),
    "au": (
        ["Brock", "Jaxon", "Tyson", "Lachlan", "Darcy", "Rhys", "Kieren", "Ngoc", "Cooper", "Wayne"],
        ["Kirra", "Tahlia", "Courtney", "Shae", "Renee", "Jacinta", "Mai", "Brooke", "Leanne", "Skye"],
        ["Hammersley", "Ogilvie", "Watts", "Ningana", "Kickett", "Spargo", "Tran", "Dunstan", "Pianta", "Rosser",
         "Carrick", "Yarran", "Bevilaqua", "Crisp"],
    ),
    "ie": (
        ["Cathal", "Darragh", "Padraig", "Eoin", "Ciarán", "Fergal", "Declan", "Mícheál", "Oisín", "Tadhg"],
        ["Aoife", "Siobhán", "Orla", "Gráinne", "Niamh", "Clodagh", "Sinéad", "Deirdre", "Róisín", "Áine"],
        ["Doyle", "Kehoe", "Furlong", "Codd", "Sinnott", "Rossiter", "Breen", "Cullen", "Murphy", "Redmond", "Kinsella",
         "O'Leary", "Lacey", "Busher"],
    ),
    "us": (
        ["Tyrone", "Cody", "Dwayne", "Marcus", "Javier", "Lamont", "Brandon", "Quentin", "Reggie", "Dale"],
        ["Latoya", "Crystal", "Shanice", "Ashley", "Maribel", "Tonya", "Kendra", "Felicia", "Rochelle", "Brandy"],
        ["Whitehurst", "Sawyer", "Boone", "Ferebee", "Hargrove", "Outlaw", "Etheridge", "Batts", "Lassiter",
         "Gwaltney", "Riddick", "Saunders", "Mercado", "Dozier"],
    ),
    "id": (
        ["Agus", "Budi", "Dwi", "Eko", "Fajar", "Hendra", "Joko", "Rizky", "Slamet", "Wahyu", "Teguh", "Yusuf"],
        ["Siti", "Dewi", "Rina", "Sri", "Nur", "Ayu", "Indah", "Lestari", "Wulan", "Fitri", "Endang", "Ratna"],
        ["Santoso", "Wibowo", "Setiawan", "Nugroho", "Prasetyo", "Hidayat", "Saputra", "Kurniawan", "Susanto",
         "Purnomo", "Suharto", "Rahmadi", "Wijaya", "Hartono"],
    ),
    "za": (
        ["Sibusiso", "Thulani", "Mandla", "Kurt", "Pieter", "Nkosinathi", "Yusuf", "Bongani", "Dylan", "Sizwe"],
        ["Nokuthula", "Zanele", "Thandeka", "Lerato", "Nadine", "Shirley", "Ayesha", "Lindiwe", "Precious", "Melissa"],
        ["Mthembu", "Zulu", "Ngcobo", "Dlamini", "Naidoo", "Govender", "Mkhize", "Botha", "Pillay", "Khumalo",
         "Buthelezi", "Coetzee", "Shabalala", "Moodley"],
    ),
    "pt": (
        ["João", "Duarte", "Rui", "Nuno", "Sérgio", "Gonçalo", "Tiago", "Hélder", "Agostinho", "Filipe"],
        ["Ana", "Sónia", "Marta", "Carla", "Inês", "Filipa", "Graça", "Lúcia", "Teresa", "Patrícia"],
        ["Gouveia", "Freitas", "Abreu", "Rodrigues", "Jardim", "Camacho", "Vieira", "Andrade", "Pestana", "Nóbrega",
         "Teixeira", "Spínola", "Fernandes", "Sousa"],
    ),
    "it": (
        ["Gavino", "Salvatore", "Giovanni Maria", "Antonio", "Efisio", "Marco", "Luca", "Pietro", "Davide", "Matteo"],
        ["Maria Grazia", "Giovanna", "Antonella", "Sara", "Francesca", "Valentina", "Rita", "Martina", "Alessia",
         "Chiara"],
        ["Sanna", "Piras", "Pinna", "Fois", "Deiana", "Murgia", "Cossu", "Mura", "Serra", "Satta", "Ferrari",
         "Esposito",
         "Brambilla", "Sechi"],
    ),
    "be": (
        ["Jeroen", "Wouter", "Bart", "Stijn", "Kobe", "Pieter-Jan", "Dries", "Mohamed", "Jens", "Koen"],
        ["Lotte", "Evelien", "Nele", "Sofie", "Hanne", "An", "Femke", "Yasmina", "Ellen", "Griet"],
        ["Peeters", "Janssens", "Van den Bossche", "De Smet", "Claes", "Wouters", "Verlinden", "Van Dyck", "Mertens",
         "El Amrani", "Goossens", "De Backer", "Vermeulen", "Van Hoof"],
    ),
    "dk": (
        ["Mads", "Rasmus", "Kasper", "Jesper", "Søren", "Morten", "Nikolaj", "Frederik", "Henrik", "Bjarne"],
        ["Mette", "Pernille", "Line", "Camilla", "Sofie", "Helle", "Trine", "Louise", "Bente", "Maja"],
        ["Kristensen", "Jørgensen", "Sørensen", "Nielsen", "Poulsen", "Thomsen", "Christiansen", "Mikkelsen",
         "Bak", "Lauritsen", "Højgaard", "Krogh", "Dahl", "Østergaard"],
    ),
    "tr": (
        ["Mehmet", "Mustafa", "Hüseyin", "Emre", "Oğuz", "Serkan", "Kadir", "Burak", "İsmail", "Yusuf"],
        ["Ayşe", "Elif", "Zeynep", "Gülşen", "Derya", "Esra", "Şule", "Hatice", "Özlem", "Merve"],
        ["Yılmaz", "Kaya", "Demir", "Çelik", "Şahin", "Karadeniz", "Öztürk", "Aydın", "Kılıç", "Koç", "Ergün",
         "Akgül", "Bayraktar", "Uçar"],
    ),
    "ar": (
        ["Matías", "Leandro", "Gustavo", "Hernán", "Cristian", "Walter", "Sebastián", "Ezequiel", "Ramiro", "Darío"],
        ["Florencia", "Romina", "Soledad", "Carolina", "Micaela", "Natalia", "Vanesa", "Lorena", "Agustina", "Paula"],
        ["Gómez", "Ferreyra", "Benítez", "Acosta", "Sosa", "Romero", "Giménez", "Ledesma", "Ruiz Díaz", "Cabrera",
         "Bianchi", "Rossi", "Villalba", "Aguirre"],
    ),
}

#: Russian (men's given names, women's given names) and family names as (man's form, woman's form)
RU_GIVEN = (
    ["Алексей", "Дмитрий", "Сергей", "Андрей", "Николай", "Игорь", "Виктор", "Павел", "Роман", "Евгений"],
    ["Ольга", "Наталья", "Елена", "Татьяна", "Ирина", "Светлана", "Марина", "Юлия", "Анна", "Людмила"],
)
RU_FAMILY = [
    ("Кузнецов", "Кузнецова"),
    ("Морозов", "Морозова"),
    ("Белоусов", "Белоусова"),
    ("Гончаренко", "Гончаренко"),
    ("Лебедев", "Лебедева"),
    ("Захарченко", "Захарченко"),
    ("Ткачёв", "Ткачёва"),
    ("Пономарёв", "Пономарёва"),
    ("Никитин", "Никитина"),
    ("Соколов", "Соколова"),
    ("Шевцов", "Шевцова"),
    ("Коваль", "Коваль"),
    ("Абрамян", "Абрамян"),
    ("Рыбаков", "Рыбакова"),
]
#: Russian men's given names -> (a son's, a daughter's patronymic)
RU_PATRONYMIC: dict[str, tuple[str, str]] = {
    "Алексей": ("Алексеевич", "Алексеевна"),
    "Дмитрий": ("Дмитриевич", "Дмитриевна"),
    "Сергей": ("Сергеевич", "Сергеевна"),
    "Андрей": ("Андреевич", "Андреевна"),
    "Николай": ("Николаевич", "Николаевна"),
    "Игорь": ("Игоревич", "Игоревна"),
    "Виктор": ("Викторович", "Викторовна"),
    "Павел": ("Павлович", "Павловна"),
    "Роман": ("Романович", "Романовна"),
    "Евгений": ("Евгеньевич", "Евгеньевна"),
}

_RU_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
}


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) of ``lang`` (a Portuguese family name is two surnames)."""
    if female is None:
        female = g.rnd.random() < 0.5
    if lang == "ru":
        man, woman = g.rnd.choice(RU_FAMILY)
        return g.rnd.choice(RU_GIVEN[1] if female else RU_GIVEN[0]), woman if female else man
    male, fem, fam = NAMES[lang]
    given = g.rnd.choice(fem if female else male)
    if lang == "pt":
        first, second = g.rnd.sample(fam, 2)
        return given, f"{first} {second}"
    return given, g.rnd.choice(fam)


def patronymic(g: Gen, female: bool) -> str:
    return RU_PATRONYMIC[g.rnd.choice(RU_GIVEN[0])][1 if female else 0]


def whole(g: Gen, lang: str, female: bool | None = None) -> str:
    """A whole name as the country writes it (``Фамилия Имя Отчество`` in Russian)."""
    if female is None:
        female = g.rnd.random() < 0.5
    a, b = person(g, lang, female)
    if lang == "ru":
        return f"{b} {a} {patronymic(g, female)}"
    return f"{a} {b}"


def given(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def staff(g: Gen, n: int, lang: str, style: str = "whole") -> list[str]:
    """``n`` distinct staff members' names (``whole``, ``first``, ``last``, ``initial`` as ``Morag M.``)."""
    out: set[str] = set()
    while len(out) < n:
        female = g.rnd.random() < 0.55
        a, b = person(g, lang, female)
        if style == "first":
            out.add(a)
        elif style == "last":
            out.add(b)
        elif style == "initial":
            out.add(f"{a} {b[0]}.")
        elif lang == "ru":
            out.add(f"{b} {a[0]}. {patronymic(g, female)[0]}.")
        else:
            out.add(f"{a} {b}")
    return sorted(out)


def latin(text: str) -> str:
    """``text`` in ASCII letters: Russian transliterated, accents dropped."""
    if any("\u0400" <= ch <= "\u04ff" for ch in text):
        text = "".join(_RU_LATIN.get(ch, ch) for ch in text.lower())
    return "".join(ch for ch in fold(text) if ch.isalnum() or ch == ".")


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
    "gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk"],
    "ca": ["gmail.com", "shaw.ca", "telus.net", "hotmail.com", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com", "hotmail.com", "iinet.net.au"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "yahoo.ie"],
    "us": ["gmail.com", "yahoo.com", "cox.net", "verizon.net", "icloud.com"],
    "id": ["gmail.com", "yahoo.co.id", "ymail.com", "outlook.co.id"],
    "za": ["gmail.com", "telkomsa.net", "webmail.co.za", "icloud.com", "outlook.com"],
    "pt": ["gmail.com", "sapo.pt", "hotmail.com", "netmadeira.com", "outlook.pt"],
    "it": ["gmail.com", "libero.it", "tiscali.it", "alice.it", "hotmail.it"],
    "be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.com", "proximus.be"],
    "dk": ["gmail.com", "hotmail.dk", "mail.dk", "outlook.dk", "live.dk"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    "ru": ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "rambler.ru"],
    "ar": ["gmail.com", "hotmail.com", "yahoo.com.ar", "fibertel.com.ar", "outlook.com"],
}

# -- places (written for v161) -----------------------------------------------------------------------------------------

#: (town, postcode district) of passengers of an Oban ferry: the coast and islands, and the cities they come from
GB_PLACES = [
    ("Oban", "PA34"),
    ("Connel", "PA37"),
    ("Tobermory", "PA75"),
    ("Craignure", "PA65"),
    ("Scarinish", "PA77"),
    ("Castlebay", "HS9"),
    ("Fort William", "PH33"),
    ("Glasgow", "G12"),
    ("Glasgow", "G41"),
    ("Edinburgh", "EH10"),
    ("Stirling", "FK8"),
    ("Manchester", "M20"),
]
GB_STREETS = [
    "George Street",
    "Albany Street",
    "Soroba Road",
    "Ganavan Road",
    "Main Street",
    "Breadalbane Street",
    "Great Western Road",
    "Victoria Road",
    "Bruntsfield Place",
    "Wilmslow Road",
    "Shore Street",
    "Pulpit Drive",
]
#: (community, forward sortation area) around Nanaimo
CA_PLACES = [
    ("Nanaimo", "V9R"),
    ("Nanaimo", "V9S"),
    ("Nanaimo", "V9T"),
    ("Nanaimo", "V9V"),
    ("Lantzville", "V0R"),
    ("Gabriola", "V0R"),
    ("Ladysmith", "V9G"),
    ("Parksville", "V9P"),
    ("Duncan", "V9L"),
    ("Qualicum Beach", "V9K"),
]
CA_STREETS = [
    "Bowen Rd",
    "Terminal Ave",
    "Departure Bay Rd",
    "Hammond Bay Rd",
    "Wakesiah Ave",
    "Jingle Pot Rd",
    "Stewart Ave",
    "Cedar Rd",
    "Island Hwy S",
    "Rutherford Rd",
    "Uplands Dr",
    "Cavan St",
]
#: (suburb, postcode) of the Pilbara
AU_PLACES = [
    ("South Hedland", "6722"),
    ("Port Hedland", "6721"),
    ("Wedgefield", "6721"),
    ("Karratha", "6714"),
    ("Bulgarra", "6714"),
    ("Nickol", "6714"),
    ("Baynton", "6714"),
    ("Dampier", "6713"),
    ("Newman", "6753"),
    ("Broome", "6725"),
]
AU_STREETS = [
    "Hamilton Rd",
    "Forrest Cct",
    "Throssell Rd",
    "Sutherland St",
    "Anderson St",
    "Wilson St",
    "Balmoral Rd",
    "Millstream Rd",
    "Welcome Rd",
    "Dampier Hwy",
    "Sharpe Ave",
    "Kevin Way",
]
#: (townland, town, Eircode routing key) of lorry drivers through Rosslare
IE_PLACES = [
    ("Kilrane", "Rosslare Harbour", "Y35"),
    ("Tagoat", "Rosslare", "Y35"),
    ("Killinick", "Wexford", "Y35"),
    ("Crossabeg", "Wexford", "Y35"),
    ("Castlebridge", "Wexford", "Y35"),
    ("Ballymurn", "Enniscorthy", "Y21"),
    ("Glenbrien", "Enniscorthy", "Y21"),
    ("Camolin", "Gorey", "Y25"),
    ("Ballinaboola", "New Ross", "Y34"),
    ("Slieverue", "Waterford", "X91"),
    ("Paulstown", "Kilkenny", "R95"),
    ("Tullow", "Carlow", "R93"),
]
IE_STREETS = [
    "Ballygeary",
    "Main Street",
    "Kilrane Road",
    "Drinagh Road",
    "Barntown Road",
    "Rectory Road",
    "Weafer Street",
    "Mary Street",
    "Ballywilliam Road",
    "Kilcullen Road",
]
#: (city, state, ZIP) of allottees of a Norfolk shipping line's mariners
US_PLACES = [
    ("NORFOLK", "VA", "23505"),
    ("NORFOLK", "VA", "23509"),
    ("NORFOLK", "VA", "23518"),
    ("VIRGINIA BEACH", "VA", "23452"),
    ("VIRGINIA BEACH", "VA", "23462"),
    ("CHESAPEAKE", "VA", "23320"),
    ("PORTSMOUTH", "VA", "23704"),
    ("SUFFOLK", "VA", "23434"),
    ("HAMPTON", "VA", "23666"),
    ("ELIZABETH CITY", "NC", "27909"),
    ("MOYOCK", "NC", "27958"),
]
US_STREETS = [
    "GRANBY ST",
    "HAMPTON BLVD",
    "COLLEY AVE",
    "LITTLE CREEK RD",
    "INDIAN RIVER RD",
    "BATTLEFIELD BLVD",
    "PORTSMOUTH BLVD",
    "HOLLAND RD",
    "MERCURY BLVD",
    "WEST CHURCH ST",
    "CAROLINA RD",
]
#: (kelurahan or kecamatan, postal code) around Semarang
ID_PLACES = [
    ("Tanjung Mas", "50174"),
    ("Kuningan", "50176"),
    ("Genuk", "50117"),
    ("Pedurungan", "50192"),
    ("Tembalang", "50275"),
    ("Banyumanik", "50264"),
    ("Ungaran", "50511"),
    ("Kendal", "51311"),
    ("Demak", "59511"),
    ("Batang", "51211"),
]
ID_STREETS = [
    "Jl. Pemuda",
    "Jl. Pandanaran",
    "Jl. Imam Bonjol",
    "Jl. Kaligawe Raya",
    "Jl. Ronggowarsito",
    "Jl. Majapahit",
    "Jl. Setiabudi",
    "Jl. Siliwangi",
    "Jl. Arteri Yos Sudarso",
    "Jl. Ki Mangunsarkoro",
]
#: (suburb, postal code) around Richards Bay
ZA_PLACES = [
    ("Meerensee", "3901"),
    ("Arboretum", "3900"),
    ("Birdswood", "3900"),
    ("Veldenvlei", "3900"),
    ("Brackenham", "3900"),
    ("Aquadene", "3900"),
    ("eSikhaleni", "3887"),
    ("Empangeni", "3880"),
    ("eNseleni", "3882"),
    ("Mtunzini", "3867"),
]
ZA_STREETS = [
    "Bullion Blvd",
    "Krugerrand",
    "Anglers Rod",
    "Hibberd Drive",
    "Lira Link",
    "Guldengracht",
    "Turnstone Turn",
    "Maxwell Street",
    "Tanner Road",
    "Mkhize Road",
]
#: (localidade, código postal prefix) of Madeira and of mainland fishing and port towns
PT_PLACES = [
    ("Funchal", "9000"),
    ("Funchal", "9050"),
    ("Funchal", "9060"),
    ("Câmara de Lobos", "9300"),
    ("Caniço", "9125"),
    ("Machico", "9200"),
    ("Santa Cruz", "9100"),
    ("Ribeira Brava", "9350"),
    ("Porto Santo", "9400"),
    ("Peniche", "2520"),
    ("Setúbal", "2900"),
]
PT_STREETS = [
    "Rua da Carreira",
    "Rua de Santa Maria",
    "Caminho do Monte",
    "Estrada Monumental",
    "Rua do Comboio",
    "Avenida do Mar e das Comunidades Madeirenses",
    "Travessa do Forno",
    "Rua Dr. Fernão de Ornelas",
    "Caminho da Achada",
    "Rua Latino Coelho",
]
PT_BIRTHPLACES = ["Sé, Funchal", "Câmara de Lobos", "Machico", "Santana", "São Vicente", "Porto Santo", "Calheta",
                  "Ponta do Sol", "Peniche", "Lisboa (Alcântara)"]
#: (comune, codice catastale) where passengers of an Olbia ferry were born
IT_BIRTHPLACES = [
    ("Olbia", "G015"),
    ("Sassari", "I452"),
    ("Cagliari", "B354"),
    ("Nuoro", "F979"),
    ("Tempio Pausania", "L093"),
    ("Roma", "H501"),
    ("Milano", "F205"),
    ("Torino", "L219"),
    ("Genova", "D969"),
    ("Livorno", "E625"),
    ("Bergamo", "A794"),
]
#: (gemeente, postcode) around the port of Antwerp
BE_PLACES = [
    ("Antwerpen", "2000"),
    ("Antwerpen", "2060"),
    ("Berchem", "2600"),
    ("Deurne", "2100"),
    ("Merksem", "2170"),
    ("Ekeren", "2180"),
    ("Kapellen", "2950"),
    ("Zwijndrecht", "2070"),
    ("Beveren", "9120"),
    ("Stabroek", "2940"),
    ("Brasschaat", "2930"),
    ("Sint-Niklaas", "9100"),
]
BE_STREETS = [
    "Turnhoutsebaan",
    "Bredabaan",
    "Kapelsestraat",
    "Lange Lozanastraat",
    "Grote Steenweg",
    "Vrasenestraat",
    "Kerkstraat",
    "Ekersestraat",
    "Schotensesteenweg",
    "Kioskplaats",
    "Statiestraat",
]
#: (by, postnummer) of North Jutland
DK_PLACES = [
    ("Frederikshavn", "9900"),
    ("Sæby", "9300"),
    ("Skagen", "9990"),
    ("Hjørring", "9800"),
    ("Aalborg", "9000"),
    ("Strandby", "9970"),
    ("Ålbæk", "9982"),
    ("Brønderslev", "9700"),
    ("Læsø", "9940"),
    ("Hirtshals", "9850"),
]
DK_STREETS = [
    "Danmarksgade",
    "Søndergade",
    "Havnegade",
    "Rimmensvej",
    "Skagensvej",
    "Hjørringvej",
    "Strandvejen",
    "Ålbækvej",
    "Nørregade",
    "Lodsvej",
]
#: ilçe of Turkish seafarers' homes
TR_DISTRICTS = [
    "Yenişehir",
    "Mezitli",
    "Akdeniz",
    "Toroslar",
    "Tarsus",
    "Erdemli",
    "Silifke",
    "Tuzla",
    "Ortahisar",
    "Çayeli",
    "Altınordu",
]
TR_STREETS = [
    "Gazi Mustafa Kemal Blv.",
    "İsmet İnönü Blv.",
    "Kuvai Milliye Cd.",
    "Atatürk Cd.",
    "Cumhuriyet Mah. 5412 Sk.",
    "Çankaya Mah. 4703 Sk.",
    "Limonluk Mah. 2109 Sk.",
    "Sahil Yolu Cd.",
    "Fevzi Çakmak Cd.",
]
TR_BIRTHPLACES = ["Rize", "Trabzon", "Mersin", "Adana", "Samsun", "İzmir", "Zonguldak", "Giresun", "Hatay", "Sinop"]
#: (город, индекс) of Krasnodar Krai
RU_PLACES = [
    ("Новороссийск", "353900"),
    ("Новороссийск", "353907"),
    ("Новороссийск", "353915"),
    ("Новороссийск", "353925"),
    ("Геленджик", "353460"),
    ("Анапа", "353440"),
    ("Краснодар", "350000"),
    ("Туапсе", "352800"),
    ("Темрюк", "353500"),
    ("Абрау-Дюрсо", "353990"),
]
RU_STREETS = [
    "ул. Советов",
    "пр-т Ленина",
    "Мысхакское ш.",
    "ул. Героев Десантников",
    "ул. Видова",
    "ул. Энгельса",
    "наб. Адмирала Серебрякова",
    "Анапское ш.",
    "ул. Куникова",
    "ул. Карла Маркса",
]
RU_BIRTHPLACES = ["г. Новороссийск", "г. Ростов-на-Дону", "г. Керчь", "г. Туапсе", "ст. Крымская", "г. Ейск",
                  "г. Астрахань", "г. Таганрог", "г. Краснодар", "г. Мурманск"]
#: (localidad, CPA prefix) around the port of Buenos Aires
AR_PLACES = [
    ("La Boca", "C1160"),
    ("Barracas", "C1275"),
    ("Avellaneda", "B1870"),
    ("Dock Sud", "B1871"),
    ("Quilmes", "B1878"),
    ("Lanús", "B1824"),
    ("Berazategui", "B1884"),
    ("Ensenada", "B1925"),
    ("Campana", "B2804"),
    ("Zárate", "B2800"),
    ("Tigre", "B1648"),
]
AR_STREETS = [
    "Av. Almirante Brown",
    "Av. Pedro de Mendoza",
    "Av. Mitre",
    "Av. Belgrano",
    "Gral. Paz",
    "Olavarría",
    "Av. Hipólito Yrigoyen",
    "Sarmiento",
    "Rivadavia",
    "Av. Patricios",
]


def street(g: Gen, streets: list[str], lang: str) -> str:
    s = g.rnd.choice(streets)
    if lang in ("gb", "au", "za", "ca"):
        n = g.rnd.randint(1, 240)
        if lang == "au" and g.rnd.random() < 0.25:
            return f"{g.rnd.randint(1, 12)}/{n} {s}"
        if lang == "gb" and g.rnd.random() < 0.2:
            return f"Flat {g.rnd.randint(1, 4)}/{g.rnd.randint(1, 3)}, {n} {s}"
        return f"{n} {s}"
    if lang == "us":
        return f"{g.rnd.randint(100, 9_800)} {s}"
    if lang == "ie":
        return f"{g.rnd.randint(1, 60)} {s}" if g.rnd.random() < 0.6 else f"{s} Cottage"
    if lang == "id":
        return f"{s} No. {g.rnd.randint(1, 240)}, RT {g.rnd.randint(1, 12):02d}/RW {g.rnd.randint(1, 9):02d}"
    if lang == "pt":
        floor = f", {g.rnd.randint(1, 6)}.º {g.rnd.choice(['Esq.', 'Dto.', 'Frente'])}" if g.rnd.random() < 0.4 else ""
        return f"{s}, {g.rnd.randint(1, 280)}{floor}"
    if lang == "be":
        return f"{s} {g.rnd.randint(1, 320)}" + (f" bus {g.rnd.randint(1, 12)}" if g.rnd.random() < 0.3 else "")
    if lang == "dk":
        return f"{s} {g.rnd.randint(1, 140)}" + (
            f", {g.rnd.randint(1, 4)}. {g.rnd.choice(['th', 'tv', 'mf'])}" if g.rnd.random() < 0.35 else ""
        )
    if lang == "tr":
        return f"{s} No:{g.rnd.randint(1, 220)}" + (f" D:{g.rnd.randint(1, 24)}" if g.rnd.random() < 0.7 else "")
    if lang == "ru":
        return f"{s}, д. {g.rnd.randint(1, 180)}" + (f", кв. {g.rnd.randint(1, 220)}" if g.rnd.random() < 0.75 else "")
    if lang == "ar":
        flat = f" {g.rnd.randint(1, 12)}° {g.rnd.choice('ABCD')}" if g.rnd.random() < 0.35 else ""
        return f"{s} {g.rnd.randint(100, 4_800)}{flat}"
    return s


def vessel_imo(g: Gen) -> str:
    """A ship's IMO number (seven digits, check digit by python-stdnum): a ship's, not a person's."""
    body = str(g.rnd.randint(910_000, 999_000))
    number = body + _imo.calc_check_digit(body)
    assert _imo.is_valid(number), number
    return f"IMO {number}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def sin(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.choice([1, 1, 1, 2, 4, 5, 6, 7])) + g.digits(8), _sin.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:]}" if g.rnd.random() < 0.6 else f"{d[:3]}-{d[3:6]}-{d[6:]}"


def sin_decoy(g: Gen) -> str:
    """Nine digits spaced like a SIN and failing its Luhn check (a payroll employee number)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 7)) + g.digits(8), lambda x: not _sin.is_valid(x))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def tfn_decoy(g: Gen) -> str:
    """Nine digits spaced like a TFN and failing its check (an AusCheck reference)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 8)) + g.digits(8), lambda x: not _tfn.is_valid(x))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def abn(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    number = _abn.calc_check_digits(body) + body
    assert _abn.is_valid(number), number
    return _abn.format(number)


def pps(g: Gen) -> str:
    """An Irish PPS number: seven digits, the check letter, and ``A`` for numbers issued since 2013."""
    digits = g.digits(7)
    if g.rnd.random() < 0.35:
        number = digits + _ie_vat.calc_check_digit(digits + "A") + "A"
    else:
        number = digits + _ie_vat.calc_check_digit(digits)
    assert _pps.is_valid(number), number
    return number


def pps_decoy(g: Gen) -> str:
    """Seven digits and a letter failing the PPS check (a port security incident reference)."""
    return g.valid(lambda: g.digits(7) + g.rnd.choice("ABCDEFGHIJKLMNOPQRSTUVW"), lambda x: not _pps.is_valid(x))


def us_ssn(g: Gen) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    return g.valid(make, _ssn.is_valid)


def us_ssn_decoy(g: Gen) -> str:
    """Nine digits shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    return g.rnd.choice(["000", "666", f"9{g.digits(2)}"]) + g.digits(6)


def aba(g: Gen) -> str:
    """An ABA routing number of a bank (check digit by python-stdnum)."""
    return g.valid(lambda: g.rnd.choice(["0510", "0514", "0560", "0550"]) + g.digits(5), _rtn.is_valid)


def nik(g: Gen, born: date, female: bool) -> str:
    """An Indonesian NIK: the place of registration, the birth date (the day plus 40 for women) and a serial."""
    day = born.day + (40 if female else 0)

    def make() -> str:
        place = g.rnd.choice(["3374", "3374", "3322", "3324", "3321", "3325"]) + f"{g.rnd.randint(1, 16):02d}"
        return f"{place}{day:02d}{born.month:02d}{born.year % 100:02d}{g.rnd.randint(1, 2_400):04d}"

    number = g.valid(make, _nik.is_valid)
    assert _nik.get_birth_date(number).replace(year=born.year) == born
    return number


def nik_decoy(g: Gen) -> str:
    """Sixteen digits failing the NIK's place and date rules (a manning agency's registration number)."""
    return g.valid(lambda: "99" + g.digits(14), lambda x: not _nik.is_valid(x))


def npwp(g: Gen) -> str:
    """An old-format Indonesian NPWP (nine digits with a Luhn check, the tax office and the branch)."""
    body = g.rnd.choice(["07", "08", "09", "15", "25"]) + g.digits(6)
    number = body + luhn.calc_check_digit(body) + g.rnd.choice(["511", "517", "518", "503"]) + "000"
    assert _npwp.is_valid(number), number
    return f"{number[:2]}.{number[2:5]}.{number[5:8]}.{number[8]}-{number[9:12]}.{number[12:]}"


def za_id(g: Gen, born: date, female: bool) -> str:
    def make() -> str:
        seq = g.rnd.randint(0, 4_999) if female else g.rnd.randint(5_000, 9_999)
        body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:04d}08"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _idnr.is_valid)


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits failing the South African ID number's check (a certificate serial)."""
    return g.valid(lambda: "25" + g.digits(11), lambda x: not _idnr.is_valid(x))


def nif_pt(g: Gen) -> str:
    body = g.rnd.choice(["1", "2", "2"]) + g.digits(7)
    number = body + _nif.calc_check_digit(body)
    assert _nif.is_valid(number), number
    return number


def nif_pt_decoy(g: Gen) -> str:
    """Nine digits starting like a personal NIF and failing its check (a process number)."""
    return g.valid(lambda: g.rnd.choice("12") + g.digits(8), lambda x: not _nif.is_valid(x))


def cartao_cidadao(g: Gen) -> str:
    """A Cartão de Cidadão number: the civil number with its mod-11 digit, the card's version and the check."""
    civil = f"{g.rnd.randint(10_000_000, 19_999_999)}"
    total = sum(int(d) * w for d, w in zip(civil, range(9, 1, -1), strict=True))
    civil_check = (11 - total % 11) % 11 % 10
    body = f"{civil}{civil_check}{g.rnd.choice(['ZZ', 'ZY', 'ZX', 'ZW'])}"
    number = body + _cc.calc_check_digit(body)
    assert _cc.is_valid(number), number
    return _cc.format(number)


NISS_WEIGHTS = (29, 23, 19, 17, 13, 11, 7, 5, 3, 2)


def niss_check(body: str) -> str:
    """The check digit of a Portuguese NISS (its ten first digits weighted 29 to 2)."""
    return str(9 - sum(int(d) * w for d, w in zip(body, NISS_WEIGHTS, strict=True)) % 10)


def niss(g: Gen) -> str:
    body = "1" + g.digits(9)
    return body + niss_check(body)


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


def it_document(g: Gen) -> tuple[str, str]:
    """A (document type, number): an electronic identity card, a passport or a driving licence."""
    kind = g.rnd.choices(["Carta d'identità elettronica", "Passaporto", "Patente di guida"], [0.6, 0.2, 0.2])[0]
    if kind == "Passaporto":
        return kind, "YA" + g.digits(7)
    if kind == "Patente di guida":
        return kind, g.code("U1") + g.code("ZZZZZZZA")
    return kind, "CA" + g.code("99999AA")


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
    """Eleven digits failing the national register number's check (a badge number)."""
    return g.valid(lambda: "25" + g.digits(9), lambda x: not _nn.is_valid(x))


def eid_card(g: Gen) -> str:
    """A Belgian eID card number (twelve digits, the last two the first ten mod 97)."""
    body = g.rnd.choice(["592", "593", "600", "601"]) + g.digits(7)
    number = body + f"{int(body) % 97 or 97:02d}"
    assert _eid.is_valid(number), number
    return _eid.format(number)


def kbo(g: Gen) -> str:
    """A Belgian company number (KBO) passing its mod-97 check."""
    body = "0" + str(g.rnd.randint(200, 899)) + g.digits(4)
    number = body + f"{97 - int(body) % 97:02d}"
    assert _kbo.is_valid(number), number
    return f"{number[:4]}.{number[4:7]}.{number[7:]}"


def cpr(g: Gen, born: date, female: bool) -> str:
    """A Danish CPR number with a century digit matching the birth year, an odd last digit for men and the old
    mod-11 weighting summing to 0."""

    def make() -> str:
        century = g.rnd.choice("0123") if born.year < 2000 else "4"
        last = g.rnd.choice("02468" if female else "13579")
        return f"{born:%d%m%y}{century}{g.digits(2)}{last}"

    number = g.valid(make, lambda x: _cpr.is_valid(x) and _cpr.checksum(x) == 0 and _cpr.get_birth_date(x) == born)
    return f"{number[:6]}-{number[6:]}"


def cpr_decoy(g: Gen) -> str:
    """``DDMMYY-NNNN`` with an impossible day (a certificate number) and so failing the CPR check."""
    return g.valid(
        lambda: f"{g.rnd.randint(32, 39)}{g.rnd.randint(1, 12):02d}{g.rnd.randint(20, 25)}-{g.digits(4)}",
        lambda x: not _cpr.is_valid(x),
    )


def tckn(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    number = body + _tck.calc_check_digits(body)
    assert _tck.is_valid(number), number
    return number


def tckn_decoy(g: Gen) -> str:
    """Eleven digits failing the T.C. kimlik check (a crew change request number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _tck.is_valid(x))


def inn_personal(g: Gen) -> str:
    """A personal INN of Krasnodar Krai (region 23, tax office and serial, two check digits)."""
    body = "23" + g.rnd.choice(["15", "15", "04", "01", "65", "52"]) + g.digits(6)
    number = body + _inn.calc_personal_check_digits(body)
    assert _inn.is_valid(number), number
    return number


def inn_decoy(g: Gen) -> str:
    """Twelve digits failing the personal INN check (a crewing contract number)."""
    return g.valid(lambda: "23" + g.digits(10), lambda x: not _inn.is_valid(x))


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


def cuil(g: Gen, dni: int, female: bool) -> str:
    body = ("27" if female else "20") + f"{dni:08d}"
    number = body + _cuit.calc_check_digit(body)
    assert _cuit.is_valid(number), number
    return _cuit.format(number)


def cuit_decoy(g: Gen) -> str:
    """``NN-NNNNNNNN-N`` written like a CUIT and failing its check (a paperwork number)."""
    number = g.valid(lambda: g.rnd.choice(["20", "27", "30"]) + g.digits(9), lambda x: not _cuit.is_valid(x))
    return _cuit.format(number)


def cbu(g: Gen) -> str:
    """A 22-digit CBU (bank and branch with their check, account with its check), an Argentine domestic account."""
    bank = g.rnd.choice(["011", "014", "007", "072", "285", "017", "191"]) + g.digits(4)
    account = g.digits(13)
    number = bank + _cbu.calc_check_digit(bank) + account + _cbu.calc_check_digit(account)
    assert _cbu.is_valid(number), number
    return number


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


def pt_iban(g: Gen) -> str:
    """A Portuguese IBAN (bank, branch, account and the NIB's two check digits, then the IBAN's)."""
    bank = g.rnd.choice(["0007", "0035", "0033", "0010", "0036", "0018"])
    body = bank + g.digits(4) + g.digits(11)
    nib = 98 - int(body + "00") % 97
    return iban("PT", f"{body}{nib:02d}")


def dmy(d: date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"
