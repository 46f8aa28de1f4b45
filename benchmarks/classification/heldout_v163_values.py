"""Values of held-out set v163 (:mod:`benchmarks.classification.heldout_v163`): v163's random source, and names,
streets, towns, parishes, hotels, firms and free-text snippets written by hand for v163's pilgrimage, faith travel,
parish register, church charity and diocesan office systems (no Faker, no list of real people, no breach data),
phones checked with phonenumbers and identifiers with check digits computed and checked with python-stdnum (the
Russian SNILS, which python-stdnum lacks, and the French RIB key with their published weights, computed here).

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers follow v161's (themselves v152's); the lists below are new.
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
from stdnum.au import tfn as _tfn
from stdnum.ca import sin as _sin
from stdnum.fr import nir as _nir
from stdnum.fr import siret as _siret
from stdnum.ie import pps as _pps
from stdnum.ie import vat as _ie_vat
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.it import codicefiscale as _cf
from stdnum.jp import cn as _jp_cn
from stdnum.jp import in_ as _mynumber
from stdnum.mx import curp as _curp
from stdnum.my import nric as _nric
from stdnum.nl import bsn as _bsn
from stdnum.nl import postcode as _nl_postcode
from stdnum.ru import inn as _inn
from stdnum.tr import tckimlik as _tck
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 163_2026_1215
N = "none"
#: a login or a domestic bank account (``review``, as earlier sets labeled them)
UNCLASSIFIED = "unclassified"
#: NULL-like strings of v163's systems (tests skip them)
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
    "nothing",
    "néant",
    "RAS",
    "ninguna",
    "sin notas",
    "geen",
    "nvt",
    "yok",
    "belirtilmemiş",
    "нет",
    "не указано",
    "なし",
    "特になし",
    "nessuna",
    "n.d.",
    "tiada",
)

_FOLD = str.maketrans({"ı": "i", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "'": "", "’": "", "ñ": "n"})


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower().translate(_FOLD))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v163:{SEED}:{table}")

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
    "GB": (_pre(["74", "75", "77", "78", "79"], 10), _pre(["1274", "1535", "1924"], 10)),
    "CA": (_nanp(["519", "226", "548"]), _nanp(["519"])),
    "AU": (
        _pre(["400", "402", "405", "410", "412", "414", "418", "421", "423", "433", "438", "450", "466", "477"], 9),
        _pre(["242", "2422", "2428", "2427"], 9),
    ),
    "IE": (_pre(["83", "85", "86", "87", "89"], 9), _pre(["93", "94"], 9)),
    "US": (_nanp(["806"]), _nanp(["806"])),
    "MY": (_pre(["12", "13", "14", "16", "17", "19"], 9), _pre(["97"], 8)),
    "IN": (_pre(["98", "99", "94", "97", "88", "70", "63", "89", "90", "81"], 10), _pre(["824"], 10)),
    "FR": (_pre(["6", "7"], 9), _pre(["297"], 9)),
    "MX": (_pre(["443"], 10), _pre(["443"], 10)),
    "NL": (_pre(["6"], 9), _pre(["38"], 9)),
    "TR": (
        _pre(["530", "532", "533", "535", "536", "505", "506", "507", "542", "543", "544", "545", "552", "553",
              "555"], 10),
        _pre(["422"], 10),
    ),
    "RU": (_pre(["910", "915", "920", "930", "960", "961", "962", "980", "903", "905"], 10), _pre(["4852"], 10)),
    "JP": (_pre(["90", "80", "70"], 10), _pre(["88"], 9)),
    "IT": (_pre(["320", "328", "333", "340", "347", "348", "349", "366", "388", "392"], 10), _pre(["0422"], 10)),
}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v163) ------------------------------------------------------------------------------------------

#: language -> (men's given names, women's given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "gb": (
        ["Imran", "Adeel", "Tariq", "Zubair", "Asif", "Bilal", "Naveed", "Shahid", "Kamran", "Yasir", "Haroon"],
        ["Nusrat", "Shazia", "Rukhsana", "Samina", "Aisha", "Farzana", "Nabila", "Saima", "Humaira", "Zainab",
         "Maryam"],
        ["Hussain", "Akhtar", "Mahmood", "Iqbal", "Rashid", "Bashir", "Khan", "Qureshi", "Siddiqui", "Chaudhry",
         "Malik", "Anwar", "Sadiq", "Ahmed"],
    ),
    "ca": (
        ["Derek", "Trevor", "Paul", "Greg", "Kevin", "Marc", "Dennis", "Stuart", "Gordon", "Ian"],
        ["Janice", "Colleen", "Heather", "Maureen", "Lisa", "Brenda", "Deborah", "Sharon", "Wendy", "Linda"],
        ["MacIntyre", "Van Rooyen", "Kowalczyk", "DeBoer", "O'Rourke", "Bauman", "Fitzgerald", "Szabo", "Moretti",
         "Lapointe", "Henderson", "Braun", "Vandermeer", "Pettigrew"],
    ),
    "au": (
        ["Graham", "Luke", "Anthony", "Matthew", "Nathan", "Joseph", "Dominic", "Peter", "Vinh", "Rohan"],
        ["Bernadette", "Kate", "Monica", "Therese", "Jessica", "Lucy", "Maria", "Amanda", "Thuy", "Caroline"],
        ["Callaghan", "Fitzpatrick", "Mansour", "Nguyen", "Walsh", "Dimovski", "Costa", "Brennan", "Kelleher",
         "Radford", "Santos", "Hourigan", "Morrissey", "Petrovski"],
    ),
    "ie": (
        ["Seamus", "Padraic", "Colm", "Enda", "Tomás", "Gerard", "Martin", "Kieran", "Eamon", "Brendan"],
        ["Bríd", "Mairéad", "Nora", "Úna", "Bernadette", "Eileen", "Treasa", "Caitríona", "Maura", "Noreen"],
        ["Walsh", "Gibbons", "Moran", "Heneghan", "Mulroy", "Joyce", "Lavelle", "Durkan", "Flannery", "Ó Máille",
         "Concannon", "Staunton", "Geraghty", "Prendergast"],
    ),
    "us": (
        ["Ramiro", "Jesse", "Travis", "Darnell", "Rudy", "Gilbert", "Wayne", "Ernesto", "Clint", "Rodney"],
        ["Yolanda", "Brenda", "Tammy", "Veronica", "Shelby", "Imelda", "Darlene", "Guadalupe", "Kayla", "Lorena"],
        ["Garza", "Villarreal", "Hobbs", "Pruitt", "Salinas", "Whitfield", "Ybarra", "Cantu", "McBride", "Trevino",
         "Dorsey", "Castillo", "Holloway", "Reyna"],
    ),
    "my": (
        ["Mohd Faizal", "Ahmad Zaki", "Wan Azman", "Nik Hafiz", "Mohd Rizal", "Che Ismail", "Zulkifli", "Azhar",
         "Hairul Nizam", "Kamarul"],
        ["Siti Aminah", "Nor Azlina", "Wan Nurul", "Nik Fauziah", "Rohani", "Zaleha", "Che Rosnah", "Faridah",
         "Noraini", "Haslinda"],
        ["Abdullah", "Ismail", "Hassan", "Yusof", "Mat", "Ibrahim", "Daud", "Omar", "Salleh", "Ghani", "Musa",
         "Awang"],
    ),
    "in": (
        ["Joseph", "Anil", "Rohan", "Prakash", "Wilfred", "Melwyn", "Roshan", "Vincent", "Clifford", "Sunil"],
        ["Flavia", "Jacintha", "Shalini", "Reena", "Prema", "Lavina", "Sharal", "Veena", "Irene", "Deepa"],
        ["D'Souza", "Pinto", "Lobo", "Fernandes", "Rodrigues", "Saldanha", "Menezes", "Castelino", "Crasta",
         "Mascarenhas", "Rebello", "Monteiro", "Noronha", "Pais"],
    ),
    "fr": (
        ["Yann", "Erwan", "Gwenaël", "Loïc", "Pierre", "Jean-Yves", "Bernard", "Michel", "Tanguy", "Hervé"],
        ["Maïwenn", "Anne-Marie", "Soizic", "Nolwenn", "Françoise", "Monique", "Gaëlle", "Bernadette", "Solenn",
         "Marie-Thérèse"],
        ["Le Gall", "Le Floch", "Guégan", "Le Goff", "Jégo", "Le Bihan", "Tanguy", "Kerdraon", "Le Corre",
         "Guillemot", "Le Roux", "Quéré", "Nicolas", "Le Pape"],
    ),
    "mx": (
        ["José Luis", "Juan Carlos", "Miguel Ángel", "Jesús", "Francisco", "Ricardo", "Alejandro", "Rogelio",
         "Efraín", "Arturo"],
        ["María Guadalupe", "Ana Karen", "Rosa Elena", "Ximena", "Brenda", "Yesenia", "Leticia", "Sofía", "Itzel",
         "Dulce María"],
        ["Villaseñor", "Zavala", "Ayala", "Guzmán", "Ceja", "Pulido", "Tapia", "Mendoza", "Alcaraz", "Magaña", "Ochoa",
         "Zepeda", "Cázares", "Huerta"],
    ),
    "tr": (
        ["Ahmet", "Halil", "İbrahim", "Ramazan", "Osman", "Recep", "Süleyman", "Abdullah", "Cemal", "Nurettin"],
        ["Fatma", "Emine", "Hacer", "Sultan", "Zehra", "Necla", "Nuriye", "Hanife", "Ümmühan", "Gülizar"],
        ["Aslan", "Doğan", "Polat", "Tekin", "Karakaya", "Bozkurt", "Yücel", "Erdem", "Kurt", "Acar", "Gündoğdu",
         "Özbek", "Tunç", "Çakır"],
    ),
    "it": (
        ["Gianni", "Luigi", "Mirco", "Denis", "Giorgio", "Bruno", "Elia", "Nicola", "Omar", "Sergio"],
        ["Loredana", "Paola", "Michela", "Sonia", "Elisa", "Giuliana", "Mara", "Federica", "Anna", "Roberta"],
        ["Zanatta", "Pavan", "Favaro", "Gobbo", "Bortolin", "Dal Bo", "Tonon", "De Marchi", "Zanin", "Boscariol",
         "Furlan", "Marcon", "Durante", "Bettiol"],
    ),
    "ja": (
        ["隆", "博", "茂", "和夫", "正樹", "修"],
        ["幸子", "洋子", "和子", "節子", "久美子", "千代"],
        ["佐藤", "鈴木", "高橋", "田中", "渡辺", "山本", "中村", "小林", "吉田", "森", "阿部", "近藤"],
    ),
}

#: Babies' given names at a Morelia parish's font (boys', girls')
MX_BABIES = (
    ["Santiago", "Mateo", "Emiliano", "Leonardo", "Sebastián", "Diego", "Iker", "José Ángel", "Gael", "Tadeo"],
    ["Regina", "Valentina", "Camila", "Ximena", "Romina", "Renata", "María José", "Victoria", "Natalia", "Fernanda"],
)

#: Dutch (tussenvoegsel, family name)
NL_FAMILY: list[tuple[str, str]] = [
    ("van", "Dijk"),
    ("", "Mulder"),
    ("de", "Boer"),
    ("van der", "Veen"),
    ("", "Bosch"),
    ("ten", "Brinke"),
    ("", "Kamphuis"),
    ("van", "Essen"),
    ("", "Brouwer"),
    ("van 't", "Hul"),
    ("", "Wolters"),
    ("de", "Wit"),
    ("", "Yilmaz"),
    ("", "Tekle"),
    ("van den", "Berg"),
    ("", "Haverkamp"),
]
NL_GIVEN = (
    ["Gerrit", "Jan", "Hendrik", "Willem", "Bram", "Jeroen", "Ruben", "Arie", "Dirk", "Yusuf", "Tesfay"],
    ["Geertje", "Annemiek", "Jolanda", "Marieke", "Hester", "Femke", "Janneke", "Wilma", "Aisha", "Dilan", "Saba"],
)
#: Dutch call names -> the baptismal names their initials come from
NL_INITIALS: dict[str, str] = {
    "Gerrit": "G.J.",
    "Jan": "J.H.",
    "Hendrik": "H.",
    "Willem": "W.A.",
    "Bram": "A.J.",
    "Jeroen": "J.",
    "Ruben": "R.G.",
    "Arie": "A.",
    "Dirk": "D.J.",
    "Yusuf": "Y.",
    "Tesfay": "T.",
    "Geertje": "G.",
    "Annemiek": "A.M.",
    "Jolanda": "J.W.",
    "Marieke": "M.",
    "Hester": "H.J.",
    "Femke": "F.",
    "Janneke": "J.A.",
    "Wilma": "W.",
    "Aisha": "A.",
    "Dilan": "D.",
    "Saba": "S.",
}

#: Russian (men's given names, women's given names) and family names as (man's form, woman's form)
RU_GIVEN = (
    ["Владимир", "Михаил", "Александр", "Геннадий", "Олег", "Константин", "Юрий", "Валерий", "Иван", "Борис"],
    ["Галина", "Валентина", "Нина", "Любовь", "Надежда", "Вера", "Ксения", "Мария", "Зинаида", "Екатерина"],
)
RU_FAMILY = [
    ("Смирнов", "Смирнова"),
    ("Воронин", "Воронина"),
    ("Голубев", "Голубева"),
    ("Тихомиров", "Тихомирова"),
    ("Виноградов", "Виноградова"),
    ("Соловьёв", "Соловьёва"),
    ("Крылов", "Крылова"),
    ("Зайцев", "Зайцева"),
    ("Ершов", "Ершова"),
    ("Баранов", "Баранова"),
    ("Куликов", "Куликова"),
    ("Лапшин", "Лапшина"),
    ("Сорокин", "Сорокина"),
    ("Пестов", "Пестова"),
]
#: Russian men's given names -> (a son's, a daughter's patronymic)
RU_PATRONYMIC: dict[str, tuple[str, str]] = {
    "Владимир": ("Владимирович", "Владимировна"),
    "Михаил": ("Михайлович", "Михайловна"),
    "Александр": ("Александрович", "Александровна"),
    "Геннадий": ("Геннадьевич", "Геннадьевна"),
    "Олег": ("Олегович", "Олеговна"),
    "Константин": ("Константинович", "Константиновна"),
    "Юрий": ("Юрьевич", "Юрьевна"),
    "Валерий": ("Валерьевич", "Валерьевна"),
    "Иван": ("Иванович", "Ивановна"),
    "Борис": ("Борисович", "Борисовна"),
}
_RU_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
}

#: Japanese names: kanji -> (katakana reading, romaji)
JA_READ: dict[str, tuple[str, str]] = {
    "佐藤": ("サトウ", "sato"),
    "鈴木": ("スズキ", "suzuki"),
    "高橋": ("タカハシ", "takahashi"),
    "田中": ("タナカ", "tanaka"),
    "渡辺": ("ワタナベ", "watanabe"),
    "山本": ("ヤマモト", "yamamoto"),
    "中村": ("ナカムラ", "nakamura"),
    "小林": ("コバヤシ", "kobayashi"),
    "吉田": ("ヨシダ", "yoshida"),
    "森": ("モリ", "mori"),
    "阿部": ("アベ", "abe"),
    "近藤": ("コンドウ", "kondo"),
    "隆": ("タカシ", "takashi"),
    "博": ("ヒロシ", "hiroshi"),
    "茂": ("シゲル", "shigeru"),
    "和夫": ("カズオ", "kazuo"),
    "正樹": ("マサキ", "masaki"),
    "修": ("オサム", "osamu"),
    "幸子": ("サチコ", "sachiko"),
    "洋子": ("ヨウコ", "yoko"),
    "和子": ("カズコ", "kazuko"),
    "節子": ("セツコ", "setsuko"),
    "久美子": ("クミコ", "kumiko"),
    "千代": ("チヨ", "chiyo"),
}


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) of ``lang``: a Malay name's second part is the father's given name, a Dutch family
    name keeps its tussenvoegsel, a Mexican one is the paternal family name."""
    if female is None:
        female = g.rnd.random() < 0.5
    if lang == "ru":
        man, woman = g.rnd.choice(RU_FAMILY)
        return g.rnd.choice(RU_GIVEN[1] if female else RU_GIVEN[0]), woman if female else man
    if lang == "nl":
        tv, fam = g.rnd.choice(NL_FAMILY)
        return g.rnd.choice(NL_GIVEN[1] if female else NL_GIVEN[0]), f"{tv} {fam}".strip()
    male, fem, fam = NAMES[lang]
    if lang == "my":
        father = g.rnd.choice(male).split()[-1] if g.rnd.random() < 0.4 else g.rnd.choice(fam)
        return g.rnd.choice(fem if female else male), father
    return g.rnd.choice(fem if female else male), g.rnd.choice(fam)


def patronymic(g: Gen, female: bool) -> str:
    return RU_PATRONYMIC[g.rnd.choice(RU_GIVEN[0])][1 if female else 0]


def whole(g: Gen, lang: str, female: bool | None = None) -> str:
    """A whole name as the country writes it (``Фамилия Имя Отчество`` in Russian, the family name first in Japanese,
    ``bin``/``binti`` and the father's name in Malay, both family names in Mexican Spanish)."""
    if female is None:
        female = g.rnd.random() < 0.5
    a, b = person(g, lang, female)
    if lang == "ru":
        return f"{b} {a} {patronymic(g, female)}"
    if lang == "ja":
        return f"{b} {a}"
    if lang == "my":
        return f"{a} {'binti' if female else 'bin'} {b}"
    if lang == "mx":
        return f"{a} {b} {g.rnd.choice(NAMES['mx'][2])}"
    return f"{a} {b}"


def given(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def staff(g: Gen, n: int, lang: str, style: str = "whole", women: float = 0.55) -> list[str]:
    """``n`` distinct staff members' names (``whole``, ``first``, ``last``, ``initial`` as ``Bríd M.``), ``women`` of
    them women on average (0 for priests)."""
    out: set[str] = set()
    while len(out) < n:
        female = g.rnd.random() < women
        a, b = person(g, lang, female)
        if style == "first":
            out.add(a)
        elif style == "last":
            out.add(b)
        elif style == "initial":
            out.add(f"{a} {b[0]}.")
        elif lang == "ru":
            out.add(f"{b} {a[0]}. {patronymic(g, female)[0]}.")
        elif lang in ("ja", "my", "mx"):
            out.add(whole(g, lang, female))
        else:
            out.add(f"{a} {b}")
    return sorted(out)


def latin(text: str) -> str:
    """``text`` in ASCII letters: Russian transliterated, Japanese by its romaji, accents dropped."""
    if text in JA_READ:
        return JA_READ[text][1]
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
            f"{b}.{a}{g.rnd.randint(50, 99)}",
            f"{a}_{b}{g.rnd.randint(1, 9)}",
        ]
    )
    return f"{local}@{g.rnd.choice(domains)}"


DOMAINS: dict[str, list[str]] = {
    "gb": ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com"],
    "ca": ["gmail.com", "rogers.com", "sympatico.ca", "hotmail.com", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "optusnet.com.au", "outlook.com", "hotmail.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "yahoo.ie", "icloud.com"],
    "us": ["gmail.com", "yahoo.com", "hotmail.com", "suddenlink.net", "aol.com"],
    "my": ["gmail.com", "yahoo.com.my", "hotmail.my", "outlook.com"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "fr": ["orange.fr", "gmail.com", "wanadoo.fr", "free.fr", "laposte.net", "sfr.fr"],
    "mx": ["gmail.com", "hotmail.com", "outlook.es", "yahoo.com.mx", "prodigy.net.mx"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.com", "outlook.com", "home.nl"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    "ru": ["mail.ru", "yandex.ru", "rambler.ru", "bk.ru", "list.ru"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "i.softbank.jp", "yahoo.co.jp", "gmail.com"],
    "it": ["libero.it", "gmail.com", "alice.it", "virgilio.it", "hotmail.it"],
}

# -- places (written for v163) -----------------------------------------------------------------------------------------

#: (town, postcode district) of a Bradford Hajj and Umrah operator's pilgrims
GB_PLACES = [
    ("Bradford", "BD3"),
    ("Bradford", "BD7"),
    ("Bradford", "BD8"),
    ("Bradford", "BD9"),
    ("Bradford", "BD5"),
    ("Keighley", "BD21"),
    ("Shipley", "BD18"),
    ("Batley", "WF17"),
    ("Dewsbury", "WF13"),
    ("Leeds", "LS8"),
    ("Huddersfield", "HD1"),
]
GB_STREETS = [
    "Leeds Road",
    "Manningham Lane",
    "Oak Lane",
    "Toller Lane",
    "Great Horton Road",
    "Duckworth Lane",
    "Thornton Road",
    "Whetley Lane",
    "Killinghall Road",
    "Carlisle Road",
    "Lumb Lane",
    "St Paul's Road",
]
#: (town, forward sortation area) around Guelph
CA_PLACES = [
    ("Guelph", "N1E"),
    ("Guelph", "N1G"),
    ("Guelph", "N1H"),
    ("Guelph", "N1K"),
    ("Guelph", "N1L"),
    ("Fergus", "N1M"),
    ("Elora", "N0B"),
    ("Rockwood", "N0B"),
    ("Kitchener", "N2H"),
    ("Waterloo", "N2L"),
    ("Cambridge", "N1R"),
]
CA_STREETS = [
    "Gordon St",
    "Stone Rd W",
    "Woolwich St",
    "Victoria Rd N",
    "Paisley Rd",
    "Speedvale Ave E",
    "Edinburgh Rd S",
    "Kortright Rd W",
    "Elizabeth St",
    "Eramosa Rd",
    "St Andrew St W",
]
#: (suburb, postcode) of the Illawarra and the Southern Highlands
AU_PLACES = [
    ("Wollongong", "2500"),
    ("Figtree", "2525"),
    ("Corrimal", "2518"),
    ("Thirroul", "2515"),
    ("Dapto", "2530"),
    ("Warrawong", "2502"),
    ("Shellharbour", "2529"),
    ("Albion Park", "2527"),
    ("Kiama", "2533"),
    ("Unanderra", "2526"),
    ("Bowral", "2576"),
    ("Moss Vale", "2577"),
]
AU_STREETS = [
    "Crown St",
    "Keira St",
    "Princes Hwy",
    "Lawrence Hargrave Dr",
    "Cliff Rd",
    "Gipps Rd",
    "Cowper St",
    "Market St",
    "Dapto Rd",
    "Bong Bong St",
    "Tongarra Rd",
]
#: (townland, town, Eircode routing key) of the archdiocese of Tuam
IE_PLACES = [
    ("Cloonfad", "Tuam", "H54"),
    ("Kilconly", "Tuam", "H54"),
    ("Barnaderg", "Tuam", "H54"),
    ("Belclare", "Tuam", "H54"),
    ("Carrowholly", "Westport", "F28"),
    ("Lecanvey", "Westport", "F28"),
    ("Breaffy", "Castlebar", "F23"),
    ("Turlough", "Castlebar", "F23"),
    ("Cloonliffen", "Claremorris", "F12"),
    ("Bekan", "Ballyhaunis", "F35"),
    ("Shrule", "Ballinrobe", "F31"),
    ("Clonbur", "Headford", "H91"),
]
IE_STREETS = [
    "Bishop Street",
    "Dublin Road",
    "Circular Road",
    "Vicar Street",
    "Main Street",
    "Quay Road",
    "The Mall",
    "Tullinadaly Road",
    "Mountbellew Road",
    "Knock Road",
]
#: (city, state, ZIP) of Catholic Charities clients on the South Plains
US_PLACES = [
    ("LUBBOCK", "TX", "79401"),
    ("LUBBOCK", "TX", "79403"),
    ("LUBBOCK", "TX", "79411"),
    ("LUBBOCK", "TX", "79412"),
    ("LUBBOCK", "TX", "79415"),
    ("SLATON", "TX", "79364"),
    ("WOLFFORTH", "TX", "79382"),
    ("IDALOU", "TX", "79329"),
    ("LEVELLAND", "TX", "79336"),
    ("PLAINVIEW", "TX", "79072"),
    ("BROWNFIELD", "TX", "79316"),
    ("CLOVIS", "NM", "88101"),
]
US_STREETS = [
    "AVENUE Q",
    "UNIVERSITY AVE",
    "50TH ST",
    "34TH ST",
    "QUAKER AVE",
    "SLIDE RD",
    "PARKWAY DR",
    "IDALOU HWY",
    "ERSKINE ST",
    "MLK BLVD",
    "AVENUE H",
]
#: (town, poskod) of Kelantan and Terengganu
MY_PLACES = [
    ("Kota Bharu", "15000"),
    ("Kota Bharu", "15150"),
    ("Kota Bharu", "15200"),
    ("Pasir Mas", "17000"),
    ("Tumpat", "16200"),
    ("Bachok", "16300"),
    ("Tanah Merah", "17500"),
    ("Machang", "18500"),
    ("Kuala Krai", "18000"),
    ("Pasir Puteh", "16800"),
    ("Kuala Terengganu", "20000"),
    ("Besut", "22200"),
]
MY_STREETS = [
    "Jalan Sultan Yahya Petra",
    "Jalan Hamzah",
    "Jalan Pengkalan Chepa",
    "Jalan Kuala Krai",
    "Jalan Telipot",
    "Jalan Bayam",
    "Lorong Masjid Kubang Pasu",
    "Kampung Panji",
    "Jalan Long Yunus",
    "Jalan Post Office Lama",
]
#: letters of a UK postcode's inward code (no C, I, K, M, O or V)
GB_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
#: characters of an Eircode's unique identifier
EIRCODE_CHARS = "0123456789ACDEFHKNPRTVWXY"
#: MyKad place-of-birth codes: Kelantan, Terengganu, Kuala Lumpur, Pahang
MY_BIRTH_CODES = ["03", "03", "03", "28", "29", "11", "11", "14", "06"]
#: (locality, PIN code) of Mangaluru and its district
IN_PLACES = [
    ("Hampankatta", "575001"),
    ("Falnir", "575001"),
    ("Valencia", "575002"),
    ("Kankanady", "575002"),
    ("Kodialbail", "575003"),
    ("Bejai", "575004"),
    ("Kulshekar", "575005"),
    ("Derebail", "575006"),
    ("Surathkal", "575014"),
    ("Ullal", "575020"),
    ("Bantwal", "574211"),
    ("Moodbidri", "574227"),
]
IN_STREETS = [
    "Bendoor Well Road",
    "Falnir Road",
    "Kadri Main Road",
    "Balmatta Road",
    "Valencia Road",
    "Bejai Church Road",
    "Lighthouse Hill Road",
    "Kankanady Main Road",
    "Pumpwell Road",
    "Jeppu Market Road",
]
#: (commune, code postal, NIR commune code) of the Morbihan
FR_PLACES = [
    ("Vannes", "56000", "260"),
    ("Lorient", "56100", "121"),
    ("Auray", "56400", "007"),
    ("Pontivy", "56300", "178"),
    ("Ploërmel", "56800", "165"),
    ("Séné", "56860", "243"),
    ("Sarzeau", "56370", "240"),
    ("Lanester", "56600", "098"),
    ("Hennebont", "56700", "083"),
    ("Questembert", "56230", "184"),
    ("Locminé", "56500", "117"),
    ("Quiberon", "56170", "186"),
]
FR_STREETS = [
    "rue du Mené",
    "avenue Victor Hugo",
    "rue de la Fontaine",
    "boulevard de la Paix",
    "rue Thiers",
    "allée des Mimosas",
    "impasse des Genêts",
    "rue de Strasbourg",
    "chemin de Kerlann",
    "rue du Port",
    "place de l'Église",
]
#: (birthplace, NIR department code): Breton towns and Paris
FR_BIRTHPLACES = [
    ("Vannes", "56"),
    ("Vannes", "56"),
    ("Lorient", "56"),
    ("Pontivy", "56"),
    ("Quimper", "29"),
    ("Brest", "29"),
    ("Saint-Brieuc", "22"),
    ("Rennes", "35"),
    ("Nantes", "44"),
    ("Paris 14e", "75"),
]
#: (colonia, código postal) of Morelia
MX_PLACES = [
    ("Centro", "58000"),
    ("Ventura Puente", "58020"),
    ("Félix Ireta", "58070"),
    ("Lomas de Santa María", "58090"),
    ("Santiaguito", "58110"),
    ("Jardines de Guadalupe", "58140"),
    ("Tres Puentes", "58200"),
    ("Vasco de Quiroga", "58230"),
    ("Chapultepec Norte", "58260"),
    ("Camelinas", "58290"),
]
MX_STREETS = [
    "Av. Madero Oriente",
    "Calle Aldama",
    "Av. Acueducto",
    "Calz. Fray Antonio de San Miguel",
    "Calle Vicente Santa María",
    "Av. Camelinas",
    "Calle Guillermo Prieto",
    "Av. Periodismo",
    "Calle Eduardo Ruiz",
    "Av. Solidaridad",
]
#: (lugar de nacimiento, CURP state code): Michoacán, its neighbours, and abroad (``NE``)
MX_BIRTHPLACES = [
    ("Morelia, Mich.", "MN"),
    ("Morelia, Mich.", "MN"),
    ("Morelia, Mich.", "MN"),
    ("Pátzcuaro, Mich.", "MN"),
    ("Uruapan, Mich.", "MN"),
    ("Tarímbaro, Mich.", "MN"),
    ("Guadalajara, Jal.", "JC"),
    ("Celaya, Gto.", "GT"),
    ("Chicago, Illinois, EUA", "NE"),
    ("Stockton, California, EUA", "NE"),
]
MX_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
#: (woonplaats, postcode digits) around Kampen
NL_PLACES = [
    ("Kampen", "8261"),
    ("Kampen", "8262"),
    ("Kampen", "8263"),
    ("Kampen", "8264"),
    ("Kampen", "8266"),
    ("IJsselmuiden", "8271"),
    ("Grafhorst", "8271"),
    ("Wilsum", "8267"),
    ("Zalk", "8276"),
    ("'s-Heerenbroek", "8277"),
]
NL_STREETS = [
    "Oudestraat",
    "Burgwal",
    "Flevoweg",
    "Christinastraat",
    "Noordweg",
    "Europa-allee",
    "Cellesbroekstraat",
    "Pannekoekendijk",
    "IJsseldijk",
    "Zwartendijk",
    "Broederweg",
]
#: ilçe of Malatya
TR_DISTRICTS = ["Battalgazi", "Yeşilyurt", "Darende", "Akçadağ", "Doğanşehir", "Hekimhan", "Arapgir", "Yazıhan",
                "Pütürge", "Kale"]
TR_STREETS = [
    "İnönü Cd.",
    "Kışla Cd.",
    "Turgut Özal Blv.",
    "Çöşnük Mah. 12. Sk.",
    "Fırat Mah. Hastane Cd.",
    "Tecde Mah. Sıhhiye Sk.",
    "Bostanbaşı Mah. 3. Sk.",
    "Atatürk Cd.",
    "Kernek Mah. Dilek Sk.",
]
TR_BIRTHPLACES = ["Malatya", "Malatya", "Darende", "Arapgir", "Elazığ", "Adıyaman", "Kahramanmaraş", "Sivas",
                  "Hekimhan", "Akçadağ"]
#: (город, индекс) of Yaroslavl oblast
RU_PLACES = [
    ("Ярославль", "150000"),
    ("Ярославль", "150003"),
    ("Ярославль", "150014"),
    ("Ярославль", "150040"),
    ("Ярославль", "150057"),
    ("Рыбинск", "152900"),
    ("Переславль-Залесский", "152020"),
    ("Ростов", "152151"),
    ("Углич", "152610"),
    ("Тутаев", "152300"),
    ("Гаврилов-Ям", "152240"),
]
RU_STREETS = [
    "ул. Свободы",
    "пр-т Ленина",
    "ул. Советская",
    "Московский пр-т",
    "ул. Чкалова",
    "ул. Победы",
    "ул. Кирова",
    "Тутаевское ш.",
    "ул. Пушкина",
    "ул. Волжская набережная",
]
RU_BIRTHPLACES = ["г. Ярославль", "г. Рыбинск", "г. Кострома", "г. Иваново", "пос. Некрасовское", "г. Углич",
                  "г. Вологда", "с. Великое", "г. Ростов", "г. Москва"]
#: (municipality, postal code prefix) of henro pilgrims' homes
JA_PLACES = [
    ("徳島市", "770"),
    ("鳴門市", "772"),
    ("阿南市", "774"),
    ("高松市", "760"),
    ("大阪市北区", "530"),
    ("神戸市中央区", "650"),
    ("広島市中区", "730"),
    ("名古屋市中区", "460"),
    ("京都市左京区", "606"),
    ("横浜市港北区", "222"),
]
JA_STREETS = [
    "南昭和町3丁目2-5",
    "新町1丁目14-8",
    "撫養町斎田字岩崎52",
    "富田町2丁目11-3",
    "天神橋4丁目7-22",
    "北野町1丁目5-10",
    "八丁堀6-18",
    "栄3丁目20-4",
    "下鴨本町9-2",
    "日吉本町2丁目31-6",
]
#: (comune, CAP, codice catastale) around Treviso
IT_PLACES = [
    ("Treviso", "31100", "L407"),
    ("Villorba", "31020", "M048"),
    ("Paese", "31038", "G229"),
    ("Preganziol", "31022", "H022"),
    ("Silea", "31057", "I728"),
    ("Carbonera", "31030", "B744"),
    ("Ponzano Veneto", "31050", "G875"),
    ("Mogliano Veneto", "31021", "F269"),
    ("Quinto di Treviso", "31055", "H131"),
]
#: (luogo di nascita, codice catastale or foreign state's code) of a Caritas listening centre's guests
IT_BIRTHPLACES = [
    ("Treviso", "L407"),
    ("Treviso", "L407"),
    ("Venezia", "L736"),
    ("Padova", "G224"),
    ("Conegliano", "C957"),
    ("Romania", "Z129"),
    ("Marocco", "Z330"),
    ("Albania", "Z100"),
    ("Senegal", "Z343"),
]
#: foreign guests' names by their country of birth (given names, family names)
IT_FOREIGN: dict[str, tuple[list[str], list[str], list[str]]] = {
    "Romania": (["Ionuț", "Mihai", "Florin"], ["Elena", "Mirela", "Ana-Maria"], ["Popescu", "Dumitru", "Stan"]),
    "Marocco": (["Youssef", "Hicham", "Rachid"], ["Fatima", "Khadija", "Nadia"], ["El Idrissi", "Bennani", "Tahiri"]),
    "Albania": (["Arben", "Gentian", "Ilir"], ["Elira", "Mirela", "Valbona"], ["Hoxha", "Shehu", "Kola"]),
    "Senegal": (["Mamadou", "Ousmane", "Cheikh"], ["Awa", "Fatou", "Aminata"], ["Diop", "Ndiaye", "Fall"]),
}
IT_STREETS = [
    "Via Roma",
    "Viale della Repubblica",
    "Via Sant'Antonino",
    "Borgo Cavour",
    "Via Terraglio",
    "Via Feltrina",
    "Via Castellana",
    "Viale Luzzatti",
    "Via Postumia",
    "Vicolo Dotti",
]


def eircode(g: Gen, key: str) -> str:
    """An Eircode: the routing key and a unique identifier of four characters, the first a letter."""
    return f"{key} {g.digits(1, EIRCODE_CHARS[10:])}{g.digits(3, EIRCODE_CHARS)}"


def street(g: Gen, streets: list[str], lang: str) -> str:
    s = g.rnd.choice(streets)
    if lang in ("gb", "au", "ca"):
        n = g.rnd.randint(1, 260)
        if lang == "au" and g.rnd.random() < 0.25:
            return f"{g.rnd.randint(1, 12)}/{n} {s}"
        if lang == "gb" and g.rnd.random() < 0.15:
            return f"Flat {g.rnd.randint(1, 9)}, {n} {s}"
        return f"{n} {s}"
    if lang == "us":
        return f"{g.rnd.randint(100, 9_800)} {s}"
    if lang == "ie":
        return f"{g.rnd.randint(1, 60)} {s}" if g.rnd.random() < 0.5 else g.rnd.choice(
            ["Cnoc na Greine", "Rose Cottage", "The Haggard", "Hillview House", "Ard Mhuire"]
        )
    if lang == "my":
        return f"No. {g.rnd.randint(1, 480)}, {s}" if g.rnd.random() < 0.7 else f"Lot {g.rnd.randint(100, 3_999)}, {s}"
    if lang == "in":
        if g.rnd.random() < 0.4:
            block = g.rnd.choice(["Sea Breeze", "Mount Carmel", "Sunrise", "Lourdes"])
            return f"Flat {g.rnd.randint(1, 9)}0{g.rnd.randint(1, 4)}, {block} Apts, {s}"
        return f"#{g.rnd.randint(1, 24)}-{g.rnd.randint(1, 12)}-{g.rnd.randint(100, 999)}, {s}"
    if lang == "fr":
        bis = g.rnd.choice(["", "", "", "", " bis", " ter"])
        return f"{g.rnd.randint(1, 140)}{bis} {s}"
    if lang == "mx":
        inner = f" int. {g.rnd.randint(1, 12)}" if g.rnd.random() < 0.25 else ""
        return f"{s} {g.rnd.randint(10, 2_400)}{inner}"
    if lang == "nl":
        suffix = g.rnd.choice(["", "", "", "a", "-II", " B"])
        return f"{s} {g.rnd.randint(1, 210)}{suffix}"
    if lang == "tr":
        return f"{s} No:{g.rnd.randint(1, 180)}" + (f" D:{g.rnd.randint(1, 16)}" if g.rnd.random() < 0.6 else "")
    if lang == "ru":
        return f"{s}, д. {g.rnd.randint(1, 120)}" + (f", кв. {g.rnd.randint(1, 180)}" if g.rnd.random() < 0.8 else "")
    if lang == "it":
        return f"{s} {g.rnd.randint(1, 180)}" + (f"/{g.rnd.choice('ABC')}" if g.rnd.random() < 0.15 else "")
    return s


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def sin_decoy(g: Gen) -> str:
    """Nine digits spaced like a SIN and failing its Luhn check (a booking confirmation number)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 7)) + g.digits(8), lambda x: not _sin.is_valid(x))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def tfn_decoy(g: Gen) -> str:
    """Nine digits spaced like a TFN and failing its check (a screening reference)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 8)) + g.digits(8), lambda x: not _tfn.is_valid(x))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def abn(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    number = _abn.calc_check_digits(body) + body
    assert _abn.is_valid(number), number
    return _abn.format(number)


def wwcc(g: Gen) -> str:
    """A NSW Working With Children Check clearance number (by shape: ``WWC``, seven digits, ``V`` or ``E``)."""
    return f"WWC{g.rnd.randint(0, 3_999_999):07d}{g.rnd.choice('VVVE')}"


def pps(g: Gen) -> str:
    """An Irish PPS number: seven digits, the check letter, and ``A`` for numbers issued since 2013."""
    digits = g.digits(7)
    if g.rnd.random() < 0.2:
        number = digits + _ie_vat.calc_check_digit(digits + "A") + "A"
    else:
        number = digits + _ie_vat.calc_check_digit(digits)
    assert _pps.is_valid(number), number
    return number


def pps_decoy(g: Gen) -> str:
    """Seven digits and a letter failing the PPS check (a pilgrimage booking reference)."""
    return g.valid(lambda: g.digits(7) + g.rnd.choice("ABCDEFGHJKLMNPQRSTW"), lambda x: not _pps.is_valid(x))


def us_ssn(g: Gen) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    return g.valid(make, _ssn.is_valid)


def us_ssn_decoy(g: Gen) -> str:
    """Nine digits shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    return g.rnd.choice(["000", "666", f"9{g.digits(2)}"]) + g.digits(6)


def mykad(g: Gen, born: date, female: bool) -> str:
    """A Malaysian MyKad number: the birth date, the place-of-birth code and a serial, odd for men, even for women."""
    last = g.rnd.choice("02468" if female else "13579")
    number = f"{born:%y%m%d}{g.rnd.choice(MY_BIRTH_CODES)}{g.digits(3)}{last}"
    assert _nric.is_valid(number), number
    return _nric.format(number) if g.rnd.random() < 0.7 else number


def mykad_decoy(g: Gen) -> str:
    """Twelve digits failing the MyKad's date or place rules (an operator's registration number)."""
    return g.valid(lambda: "26" + g.rnd.choice(["13", "14", "15", "00"]) + g.digits(8), lambda x: not _nric.is_valid(x))


def aadhaar(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if g.rnd.random() < 0.7 else d


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (an invoice number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def pan(g: Gen, family: str) -> str:
    """A personal PAN whose fifth letter is the family name's initial."""
    initial = (latin(family)[:1] or "K").upper()
    return g.valid(lambda: g.code("AAA") + "P" + initial + g.digits(4) + g.code("A"), _pan.is_valid)


def nir(g: Gen, born: date, female: bool, dept: str, commune: str) -> str:
    """A French NIR (numéro de sécurité sociale): sex, year and month of birth, department and commune of birth, the
    order number and the two-digit key (python-stdnum)."""
    body = f"{2 if female else 1}{born:%y%m}{dept}{commune}{g.rnd.randint(1, 999):03d}"
    number = body + _nir.calc_check_digits(body)
    assert _nir.is_valid(number), number
    return _nir.format(number) if g.rnd.random() < 0.6 else number


def nir_decoy(g: Gen) -> str:
    """Fifteen digits written like a NIR and failing its key (a pilgrimage file number)."""
    return g.valid(lambda: g.rnd.choice("12") + g.digits(14), lambda x: not _nir.is_valid(x))


def siret(g: Gen) -> str:
    """A SIRET (the SIREN with its Luhn digit, the establishment number, the whole passing Luhn)."""
    siren = g.digits(8, "123456789")
    siren += luhn.calc_check_digit(siren)
    nic = "0" + g.digits(3)
    number = siren + nic + luhn.calc_check_digit(siren + nic)
    assert _siret.is_valid(number), number
    return _siret.format(number)


def _rib_value(text: str) -> int:
    return int("".join(str((ord(ch) - 55) % 9 + 1) if ch.isalpha() else ch for ch in text))


def fr_iban(g: Gen) -> str:
    """A French IBAN: bank, branch, account and the RIB key (97 - (89 bank + 15 branch + 3 account) mod 97)."""
    bank = g.rnd.choice(["15589", "13606", "14445", "16006", "10278", "30004", "20041"])
    branch = g.digits(5)
    account = g.digits(11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * _rib_value(account)) % 97
    return iban("FR", f"{bank}{branch}{account}{key:02d}")


def curp(names: str, paternal: str, maternal: str, born: date, female: bool, state: str) -> str:
    """A CURP encoding the names, birth date, sex and state of birth (check digit by python-stdnum)."""

    def clean(text: str) -> str:
        return "".join(ch for ch in fold(text).upper() if ch.isalpha() or ch == " ").strip()

    def vowel(text: str) -> str:
        return next((ch for ch in text[1:] if ch in "AEIOU"), "X")

    def consonant(text: str) -> str:
        return next((ch for ch in text[1:] if ch.isalpha() and ch not in "AEIOU"), "X")

    p, m = clean(paternal).split()[-1], clean(maternal).split()[-1]
    parts = clean(names).split()
    n = parts[1] if len(parts) > 1 and parts[0] in ("JOSE", "MARIA") else parts[0]
    head = p[0] + vowel(p) + m[0] + n[0]
    if head in _curp._name_blacklist:
        head = head[0] + "X" + head[2:]
    body = (
        head
        + born.strftime("%y%m%d")
        + ("M" if female else "H")
        + state
        + consonant(p)
        + consonant(m)
        + consonant(n)
        + ("0" if born.year < 2000 else "A")
    )
    number = body + _curp.calc_check_digit(body)
    assert _curp.is_valid(number), number
    return number


def curp_folio(g: Gen, names: str, paternal: str, maternal: str, baptised: date) -> str:
    """A parish certificate folio written like a CURP: the baptised child's initials, the baptism date, ``P``, the
    diocese, the parish and a serial (so failing the CURP's sex letter and check)."""
    letters = "".join(ch for ch in fold(f"{paternal} {maternal} {names}").upper() if ch.isalpha())
    folio = f"{letters[:4]}{baptised:%y%m%d}PMNSJM{g.rnd.randint(0, 99):02d}"
    assert not _curp.is_valid(folio), folio
    return folio


def bsn(g: Gen) -> str:
    """A Dutch BSN (nine digits, the 11-test by python-stdnum)."""
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), _bsn.is_valid)


def bsn_decoy(g: Gen) -> str:
    """Nine digits failing the BSN's 11-test (a diaconal file number)."""
    return g.valid(lambda: "2" + g.digits(8), lambda x: not _bsn.is_valid(x))


def rsin(g: Gen) -> str:
    """A Dutch RSIN of an organisation (nine digits passing the same 11-test as a BSN)."""
    return g.valid(lambda: "8" + g.digits(8), _bsn.is_valid)


def nl_postcode(g: Gen, digits: str) -> str:
    number = g.valid(lambda: f"{digits} {g.code('AA')}", _nl_postcode.is_valid)
    return number


def nl_iban(g: Gen) -> str:
    bank = g.rnd.choice(["RABO", "INGB", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB"])
    return iban("NL", bank + g.digits(10))


def tckn(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    number = body + _tck.calc_check_digits(body)
    assert _tck.is_valid(number), number
    return number


def tckn_decoy(g: Gen) -> str:
    """Eleven digits failing the T.C. kimlik check (a Hajj application number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _tck.is_valid(x))


def tr_iban(g: Gen) -> str:
    bank = g.rnd.choice(["00010", "00012", "00015", "00205", "00209", "00210", "00062"])
    return iban("TR", f"{bank}0{g.digits(16)}")


def inn_personal(g: Gen) -> str:
    """A personal INN of Yaroslavl oblast (region 76, tax office and serial, two check digits)."""
    body = "76" + g.rnd.choice(["04", "06", "02", "10", "09", "27"]) + g.digits(6)
    number = body + _inn.calc_personal_check_digits(body)
    assert _inn.is_valid(number), number
    return number


def inn_decoy(g: Gen) -> str:
    """Twelve digits failing the personal INN check (a trip voucher number)."""
    return g.valid(lambda: "76" + g.digits(10), lambda x: not _inn.is_valid(x))


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


def my_number_decoy(g: Gen) -> str:
    """Twelve digits failing My Number's check (a tour application number)."""
    return g.valid(lambda: g.digits(12), lambda x: not _mynumber.is_valid(x))


def jp_corporate(g: Gen) -> str:
    """A Japanese corporate number (hōjin bangō): the check digit, then twelve digits (python-stdnum)."""
    base = "4" + g.digits(11)
    number = _jp_cn.calc_check_digit(base) + base
    assert _jp_cn.is_valid(number), number
    return number


def jp_licence(g: Gen, born: date) -> str:
    """A Japanese driving licence number (by shape: the issuing commission, the year of the first licence, a serial,
    a check digit not computed here and the reissue count)."""
    first = min(born.year + g.rnd.randint(18, 30), 2024) % 100
    return f"{g.rnd.choice(['60', '60', '61', '62', '63', '50', '45'])}{first:02d}{g.digits(6)}{g.digits(1)}0"


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


def it_document(g: Gen, foreign: bool) -> tuple[str, str]:
    """A (document type, number): an electronic identity card, a passport or a residence permit."""
    if foreign:
        kinds = ["Permesso di soggiorno", "Passaporto", "Carta d'identità elettronica"]
        kind = g.rnd.choices(kinds, [0.6, 0.3, 0.1])[0]
    else:
        kind = g.rnd.choices(["Carta d'identità elettronica", "Passaporto", "Carta d'identità cartacea"],
                             [0.75, 0.1, 0.15])[0]
    if kind == "Passaporto":
        return kind, g.code("AA9999999")
    if kind == "Permesso di soggiorno":
        return kind, "I" + g.code("A9999999")
    if kind == "Carta d'identità cartacea":
        return kind, "A" + g.code("A9999999")
    return kind, "CA" + g.code("99999AA")


def luhn_decoy(g: Gen, head: str = "2") -> str:
    """Sixteen digits failing the Luhn check (a solidarity shop card)."""
    return g.valid(lambda: head + g.digits(15), lambda x: not luhn.is_valid(x))


def card(g: Gen, spaced: bool = True, heads: tuple[str, ...] = ("4", "4", "51", "52", "54", "55")) -> str:
    head = g.rnd.choice(heads)
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


def dmy(d: date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def es_long_date(d: date) -> str:
    """A date as a Mexican parish book writes it: ``12 de marzo de 2024``."""
    return f"{d.day} de {MX_MONTHS[d.month - 1]} de {d.year}"


def ja_date(d: date) -> str:
    """A date as a Japanese form writes it: ``1952年5月12日``."""
    return f"{d.year}年{d.month}月{d.day}日"
