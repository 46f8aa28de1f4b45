"""Values of held-out set v147 (:mod:`benchmarks.classification.heldout_v147`): v147's random source, and names,
streets, towns, shops, devices and free-text snippets written by hand for v147's telecom operators and their
customers (no Faker, no list of real people, no breach data), phones checked with phonenumbers and identifiers with
check digits computed and checked with python-stdnum.

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
from stdnum import imei as _imei
from stdnum import luhn
from stdnum.be import eid as _eid
from stdnum.be import nn as _nn
from stdnum.be import ogm_vcs as _ogm
from stdnum.dk import cpr as _cpr
from stdnum.dk import cvr as _cvr
from stdnum.fr import siret as _siret
from stdnum.gh import tin as _ghtin
from stdnum.jp import in_ as _mynumber
from stdnum.my import nric as _nric
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.ru import inn as _inn
from stdnum.tr import tckimlik as _tck
from stdnum.tr import vkn as _vkn
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _idnr

from benchmarks.classification.heldout_v2 import Column

SEED = 147_2026_1207
N = "none"
#: a login, a payment handle or a domestic bank account (``review``, as earlier sets labeled them)
UNCLASSIFIED = "unclassified"
#: NULL-like strings of v147's systems (tests skip them)
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
    "NONE",
    "nil",
    "NIL",
    "Nil",
    "unknown",
    "?",
    "0",
    "néant",
    "RAS",
    "nvt",
    "geen",
    "brak",
    "b/d",
    "yok",
    "belirtilmemiş",
    "ingen",
    "intet",
    "нет",
    "—",
    "なし",
    "特になし",
)


def fold(text: str) -> str:
    text = text.lower()
    for a, b in (("ı", "i"), ("ł", "l"), ("ø", "o"), ("æ", "ae"), ("ß", "ss"), ("đ", "d")):
        text = text.replace(a, b)
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v147:{SEED}:{table}")

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
        first = self.rnd.choice([41, 46, 62, 77, 85, 88, 95, 102, 112, 120, 154, 176, 188, 196, 203, 212])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2a02:a03f", "2001:4c48", "2a01:cb1d", "2c0f:fb50", "2405:3800", "2a00:1370"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(6))

    def ip(self, v6: float = 0.25) -> str:
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
        if fmt == "msisdn":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)[1:]
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
    "UG": (_pre(["77", "78", "76", "70", "75", "74"], 9), _pre(["485"], 9)),
    "PH": (_pre(["917", "918", "919", "927", "939", "945", "955", "966", "977", "995", "998"], 10), _pre(["82"], 9)),
    "ZA": (_pre(["60", "61", "63", "71", "72", "73", "76", "78", "79", "82", "83", "84"], 9), _pre(["41"], 9)),
    "GH": (_pre(["24", "54", "55", "59", "20", "50", "27", "57", "26", "56"], 9), _pre(["322"], 9)),
    "IE": (_pre(["83", "85", "86", "87", "89"], 9), _pre(["61"], 8)),
    "US": (_pre(["304", "681"], 10), _pre(["304"], 10)),
    "MY": (_pre(["12", "13", "16", "17", "19", "14"], 9), _pre(["4"], 8)),
    "CA": (_pre(["506"], 10), _pre(["506"], 10)),
    "FR": (_pre(["6", "7"], 9), _pre(["247"], 9)),
    "BE": (_pre(["47", "48", "49"], 9), _pre(["9"], 8)),
    "PL": (_pre(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"], 9), _pre(["71"], 9)),
    "TR": (_pre(["530", "532", "533", "535", "536", "541", "542", "505", "506", "553", "555"], 10), _pre(["224"], 10)),
    "DK": (
        _pre(["20", "21", "22", "23", "26", "28", "30", "31", "40", "42", "50", "51", "53", "61"], 8),
        _pre(["86"], 8),
    ),
    "RU": (_pre(["917", "987", "960", "965", "903", "927", "937", "939"], 10), _pre(["843"], 10)),
    "JP": (_pre(["90", "80", "70"], 10), _pre(["762", "762", "761"], 9)),
}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v147) ------------------------------------------------------------------------------------------

#: language -> (men's given names, women's given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "ug": (
        ["Okello", "Ssemakula", "Brian", "Tumusiime", "Denis", "Kato", "Ivan", "Mugisha", "Isaac", "Ronald"],
        ["Nakato", "Aber", "Sharon", "Nansubuga", "Prossy", "Kyomuhendo", "Joan", "Atim", "Harriet", "Gloria"],
        [
            "Mukasa",
            "Ochieng",
            "Namuddu",
            "Kiggundu",
            "Opio",
            "Byaruhanga",
            "Nalwoga",
            "Ssempijja",
            "Akello",
            "Tumwine",
            "Lubega",
            "Kasozi",
            "Atuhaire",
            "Wandera",
        ],
    ),
    "ph": (
        ["Jerome", "Rodel", "Marvin", "Jun", "Ariel", "Ramil", "Christian", "Nestor", "Jayson", "Rey"],
        ["Maricel", "Lorna", "Jovelyn", "Rhea", "Kristine", "Analyn", "Mary Grace", "Liezel", "Cherry", "Rowena"],
        [
            "Dela Cruz",
            "Bautista",
            "Villanueva",
            "Maglasang",
            "Cabahug",
            "Sumagaysay",
            "Pacquing",
            "Alcantara",
            "Ramos",
            "Lumbay",
            "Bacus",
            "Tagalog",
            "Ybañez",
            "Quilab",
        ],
    ),
    "za": (
        ["Sizwe", "Andile", "Luthando", "Gert", "Xolani", "Marius", "Siyabonga", "Lwazi", "Deon", "Mthunzi"],
        ["Nomvula", "Zintle", "Ayanda", "Chanel", "Thandeka", "Lizelle", "Siphokazi", "Babalwa", "Yolandi", "Unathi"],
        [
            "Mbatha",
            "Jacobs",
            "Ngcobo",
            "Swanepoel",
            "Mkhize",
            "Gqeba",
            "Olivier",
            "Dlamini",
            "Sityana",
            "Hendricks",
            "Nkwenkwezi",
            "Booysen",
            "Mahlangu",
            "Fourie",
        ],
    ),
    "gh": (
        ["Kwame", "Kofi", "Yaw", "Kwabena", "Osei", "Emmanuel", "Kojo", "Nana", "Prince", "Isaac"],
        ["Akosua", "Abena", "Adwoa", "Afia", "Ama", "Efua", "Yaa", "Gifty", "Mercy", "Esi"],
        [
            "Asante",
            "Owusu",
            "Boateng",
            "Mensah",
            "Agyeman",
            "Sarpong",
            "Ofori",
            "Appiah",
            "Amoako",
            "Bonsu",
            "Gyamfi",
            "Frimpong",
            "Opoku",
            "Antwi",
        ],
    ),
    "ie": (
        ["Cathal", "Dónal", "Mossie", "Tadhg", "Eamon", "Pádraic", "Liam", "Rory", "Kevin", "Piotr"],
        ["Síle", "Áine", "Muireann", "Orla", "Niamh", "Gráinne", "Maeve", "Sorcha", "Eileen", "Agnieszka"],
        [
            "O'Dwyer",
            "Ryan",
            "Fitzgibbon",
            "Hourigan",
            "Mulcahy",
            "Ó Riain",
            "Culhane",
            "McNamara",
            "Lyddy",
            "Hartigan",
            "Nowak",
            "Costelloe",
            "Liddane",
            "Quilty",
        ],
    ),
    "us": (
        ["Delbert", "Rusty", "Clinton", "Dwight", "Travis", "Homer", "Jesse", "Randall", "Buford", "Cody"],
        ["Loretta", "Tammy", "Darlene", "Bobbie", "Wanda", "Misty", "Charlene", "Rhonda", "Crystal", "Faye"],
        [
            "Hatfield",
            "Shrewsbury",
            "Tolliver",
            "Cremeans",
            "Spurlock",
            "Adkins",
            "Blankenship",
            "Lilly",
            "Wiley",
            "Toler",
            "Cline",
            "Mullins",
            "Farley",
            "Bias",
        ],
    ),
    "my": (
        ["Faizal", "Hafiz", "Azlan", "Wei Jie", "Chee Keong", "Kumaresan", "Suresh", "Amirul", "Jun Hao", "Rajesh"],
        ["Nurul Aina", "Siti Hajar", "Farah", "Mei Ling", "Hui Min", "Kavitha", "Devi", "Aisyah", "Li Ying", "Shanti"],
        ["Rosli", "Hashim", "Ismail", "Tan", "Lim", "Ooi", "Khoo", "Subramaniam", "Muthu", "Yusof", "Teoh", "Ramasamy"],
    ),
    "ca": (
        ["Marc-André", "Darcy", "Rémi", "Trevor", "Kyle", "Wade", "Gilles", "Ian", "Colin", "Jamal"],
        ["Krista", "Nathalie", "Heidi", "Janine", "Tara", "Marie-Ève", "Colleen", "Josée", "Dawn", "Amal"],
        [
            "LeBlanc",
            "Cormier",
            "Gallant",
            "Arsenault",
            "Bourque",
            "Goguen",
            "Robichaud",
            "Steeves",
            "MacDonald",
            "Landry",
            "Doucet",
            "Crossman",
            "Trites",
            "Babineau",
        ],
    ),
    "fr": (
        ["Yannick", "Sébastien", "Grégory", "Karim", "Thierry", "Mickaël", "Jérémy", "Loïc", "Mamadou", "Cédric"],
        ["Nathalie", "Sandrine", "Aurélie", "Sabrina", "Émilie", "Céline", "Fatoumata", "Virginie", "Laëtitia", "Inès"],
        [
            "Chauvin",
            "Brossard",
            "Lhomme",
            "Gaudin",
            "Pineau",
            "Benali",
            "Moreau",
            "Renaudin",
            "Tessier",
            "Diallo",
            "Gallais",
            "Boissinot",
            "Pasquier",
            "Rabier",
        ],
    ),
    "be": (
        ["Pieter-Jan", "Wouter", "Jens", "Bram", "Koen", "Stijn", "Yusuf", "Dries", "Tijs", "Geert"],
        ["Lieselot", "Annelies", "Griet", "Femke", "Sofie", "Elke", "Hanne", "Nele", "Sara", "Katrien"],
        [
            "De Smet",
            "Van Damme",
            "Verhaeghe",
            "De Clercq",
            "Vermeulen",
            "Claeys",
            "Van de Velde",
            "Mortier",
            "Goethals",
            "De Backer",
            "Yilmaz",
            "Vandenbussche",
            "Lippens",
            "Baert",
        ],
    ),
    "tr": (
        ["Mehmet", "Mustafa", "Hüseyin", "Emre", "Burak", "Serkan", "Oğuzhan", "Volkan", "Ramazan", "Caner"],
        ["Ayşe", "Fatma", "Elif", "Zeynep", "Hatice", "Büşra", "Merve", "Songül", "Esra", "Gülşen"],
        [
            "Yıldırım",
            "Öztürk",
            "Karaca",
            "Aydoğan",
            "Çelik",
            "Şahin",
            "Kılıç",
            "Uludağ",
            "Erdem",
            "Bozkurt",
            "Güneş",
            "Koç",
            "Arslan",
            "Tunç",
        ],
    ),
    "dk": (
        ["Mads", "Rasmus", "Jesper", "Kasper", "Søren", "Morten", "Bo", "Anders", "Ahmad", "Frederik"],
        ["Mette", "Louise", "Camilla", "Pernille", "Signe", "Trine", "Maja", "Sanne", "Line", "Fatima"],
        [
            "Kjærgaard",
            "Nørgaard",
            "Mikkelsen",
            "Thygesen",
            "Bach",
            "Sørensen",
            "Lauridsen",
            "Holm",
            "Dam",
            "Vestergaard",
            "Bak",
            "Østergaard",
            "Hussein",
            "Kristiansen",
        ],
    ),
}

#: Polish (men's given names, women's given names, family names as (man's form, woman's form))
PL_GIVEN = (
    ["Krzysztof", "Paweł", "Grzegorz", "Michał", "Łukasz", "Tomasz", "Dariusz", "Bartosz", "Mateusz", "Oleksandr"],
    ["Agnieszka", "Katarzyna", "Małgorzata", "Joanna", "Beata", "Dorota", "Magdalena", "Ewelina", "Natalia", "Iryna"],
)
PL_FAMILY = [
    ("Kowalczyk", "Kowalczyk"),
    ("Wiśniewski", "Wiśniewska"),
    ("Zając", "Zając"),
    ("Dąbrowski", "Dąbrowska"),
    ("Lewandowski", "Lewandowska"),
    ("Pawlak", "Pawlak"),
    ("Sikora", "Sikora"),
    ("Grabowski", "Grabowska"),
    ("Szczepański", "Szczepańska"),
    ("Kaczmarek", "Kaczmarek"),
    ("Wróbel", "Wróbel"),
    ("Kozłowski", "Kozłowska"),
    ("Bondarenko", "Bondarenko"),
]

#: Russian (men's given names, women's given names), family names as (man's form, woman's form), patronymics
RU_GIVEN = (
    ["Айдар", "Рустам", "Дмитрий", "Алексей", "Ильдар", "Сергей", "Марат", "Андрей", "Тимур", "Евгений"],
    ["Гульнара", "Алсу", "Екатерина", "Наталья", "Лилия", "Ольга", "Резеда", "Марина", "Дина", "Татьяна"],
)
RU_FAMILY = [
    ("Хасанов", "Хасанова"),
    ("Гарипов", "Гарипова"),
    ("Сафин", "Сафина"),
    ("Петров", "Петрова"),
    ("Кузнецов", "Кузнецова"),
    ("Валиев", "Валиева"),
    ("Смирнов", "Смирнова"),
    ("Зарипов", "Зарипова"),
    ("Морозов", "Морозова"),
    ("Нуриев", "Нуриева"),
    ("Волков", "Волкова"),
    ("Шарипов", "Шарипова"),
]
RU_PATRONYMIC = [
    ("Ринатович", "Ринатовна"),
    ("Александрович", "Александровна"),
    ("Ильдарович", "Ильдаровна"),
    ("Сергеевич", "Сергеевна"),
    ("Маратович", "Маратовна"),
    ("Владимирович", "Владимировна"),
    ("Рафаэлевич", "Рафаэлевна"),
    ("Николаевич", "Николаевна"),
]
_RU_LATIN = dict(
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
            "sch",
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

#: Japanese (kanji, katakana, romaji) family names and given names (men's, women's)
JA_FAMILY = [
    ("中川", "ナカガワ", "nakagawa"),
    ("北村", "キタムラ", "kitamura"),
    ("林", "ハヤシ", "hayashi"),
    ("浅野", "アサノ", "asano"),
    ("坂下", "サカシタ", "sakashita"),
    ("山岸", "ヤマギシ", "yamagishi"),
    ("竹内", "タケウチ", "takeuchi"),
    ("表", "オモテ", "omote"),
    ("宮本", "ミヤモト", "miyamoto"),
    ("吉田", "ヨシダ", "yoshida"),
    ("東", "ヒガシ", "higashi"),
    ("村田", "ムラタ", "murata"),
]
JA_GIVEN = (
    [
        ("浩二", "コウジ", "koji"),
        ("大樹", "ダイキ", "daiki"),
        ("誠", "マコト", "makoto"),
        ("翔太", "ショウタ", "shota"),
        ("隆", "タカシ", "takashi"),
        ("悠斗", "ユウト", "yuto"),
    ],
    [
        ("美咲", "ミサキ", "misaki"),
        ("由美", "ユミ", "yumi"),
        ("恵", "メグミ", "megumi"),
        ("沙織", "サオリ", "saori"),
        ("陽子", "ヨウコ", "yoko"),
        ("結衣", "ユイ", "yui"),
    ],
)


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A person's (given name, family name) of ``lang``."""
    if female is None:
        female = g.rnd.random() < 0.5
    if lang == "pl":
        man, woman = g.rnd.choice(PL_FAMILY)
        return g.rnd.choice(PL_GIVEN[1] if female else PL_GIVEN[0]), woman if female else man
    if lang == "ru":
        man, woman = g.rnd.choice(RU_FAMILY)
        return g.rnd.choice(RU_GIVEN[1] if female else RU_GIVEN[0]), woman if female else man
    if lang == "ja":
        return g.rnd.choice(JA_GIVEN[1] if female else JA_GIVEN[0])[0], g.rnd.choice(JA_FAMILY)[0]
    male, fem, fam = NAMES[lang]
    return g.rnd.choice(fem if female else male), g.rnd.choice(fam)


def whole(g: Gen, lang: str, female: bool | None = None) -> str:
    if lang == "my":
        return my_name(g, female)[0]
    a, b = person(g, lang, female)
    return f"{b} {a}" if lang == "ja" else f"{a} {b}"


def given(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def staff(g: Gen, n: int, lang: str, style: str = "whole") -> list[str]:
    """``n`` distinct staff members' names (``whole``, ``first``, ``last``, ``initial`` as ``Karim B.``)."""
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
        else:
            out.add(f"{b} {a}" if lang == "ja" else f"{a} {b}")
    return sorted(out)


def my_name(g: Gen, female: bool | None = None) -> tuple[str, str, str]:
    """A Malaysian name as on the MyKad, with the (given, family) pair an e-mail is made of."""
    if female is None:
        female = g.rnd.random() < 0.5
    kind = g.rnd.choice(["malay", "malay", "chinese", "indian"])
    if kind == "malay":
        a = g.rnd.choice(
            ["Nurul Aina", "Siti Hajar", "Farah", "Aisyah"] if female else ["Faizal", "Hafiz", "Azlan", "Amirul"]
        )
        father = g.rnd.choice(["Rosli", "Hashim", "Ismail", "Yusof"])
        return f"{a} {'binti' if female else 'bin'} {father}", a, father
    if kind == "chinese":
        a = g.rnd.choice(["Mei Ling", "Hui Min", "Li Ying"] if female else ["Wei Jie", "Chee Keong", "Jun Hao"])
        b = g.rnd.choice(["Tan", "Lim", "Ooi", "Khoo", "Teoh"])
        return f"{b} {a}", a, b
    a = g.rnd.choice(["Kavitha", "Devi", "Shanti"] if female else ["Kumaresan", "Suresh", "Rajesh"])
    father = g.rnd.choice(["Subramaniam", "Muthu", "Ramasamy"])
    return f"{a} {'a/p' if female else 'a/l'} {father}", a, father


def ru_person(g: Gen, female: bool) -> tuple[str, str, str]:
    """A Russian (family name, given name, patronymic)."""
    man, woman = g.rnd.choice(RU_FAMILY)
    pm, pw = g.rnd.choice(RU_PATRONYMIC)
    return (woman, g.rnd.choice(RU_GIVEN[1]), pw) if female else (man, g.rnd.choice(RU_GIVEN[0]), pm)


def ja_person(g: Gen, female: bool) -> tuple[tuple[str, str, str], tuple[str, str, str]]:
    """A Japanese ((kanji, kana, romaji) family name, (kanji, kana, romaji) given name)."""
    return g.rnd.choice(JA_FAMILY), g.rnd.choice(JA_GIVEN[1] if female else JA_GIVEN[0])


def latin(text: str) -> str:
    return "".join(_RU_LATIN.get(ch, ch) for ch in text.lower())


def plain(text: str) -> str:
    return "".join(ch for ch in fold(latin(text)) if ch.isalnum() or ch == ".")


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first).replace(".", "") or "user", plain(last).replace(".", "") or "mail"
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
    "ug": ["gmail.com", "yahoo.com", "outlook.com"],
    "ph": ["gmail.com", "yahoo.com", "yahoo.com.ph", "outlook.com"],
    "za": ["gmail.com", "webmail.co.za", "icloud.com", "outlook.com", "mweb.co.za"],
    "gh": ["gmail.com", "yahoo.com", "hotmail.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com"],
    "us": ["yahoo.com", "gmail.com", "frontier.com", "aol.com"],
    "my": ["gmail.com", "yahoo.com", "hotmail.my", "outlook.com"],
    "ca": ["gmail.com", "eastlink.ca", "hotmail.com", "bellaliant.net"],
    "fr": ["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr"],
    "be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.com"],
    "pl": ["wp.pl", "onet.pl", "gmail.com", "o2.pl", "interia.pl"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com", "outlook.com"],
    "dk": ["gmail.com", "hotmail.dk", "mail.dk", "outlook.dk"],
    "ru": ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "list.ru"],
    "ja": ["docomo.ne.jp", "au.com", "softbank.ne.jp", "gmail.com", "icloud.com"],
}

# -- places (written for v147) -----------------------------------------------------------------------------------------

#: Mbarara and the south-west (cell or ward, district)
UG_PLACES = [
    ("Kakoba", "Mbarara"),
    ("Nyamitanga", "Mbarara"),
    ("Ruharo", "Mbarara"),
    ("Kakiika", "Mbarara"),
    ("Rwebikoona", "Mbarara"),
    ("Ishaka", "Bushenyi"),
    ("Kizinda", "Bushenyi"),
    ("Ibanda Central", "Ibanda"),
    ("Kabwohe", "Sheema"),
    ("Rubaare", "Ntungamo"),
]
#: Davao region (barangay, city or municipality, province, ZIP)
PH_PLACES = [
    ("Buhangin", "Davao City", "Davao del Sur", "8000"),
    ("Toril", "Davao City", "Davao del Sur", "8025"),
    ("Matina Crossing", "Davao City", "Davao del Sur", "8000"),
    ("Bajada", "Davao City", "Davao del Sur", "8000"),
    ("Mintal", "Davao City", "Davao del Sur", "8022"),
    ("Poblacion", "Digos City", "Davao del Sur", "8002"),
    ("Visayan Village", "Tagum City", "Davao del Norte", "8100"),
    ("Mankilam", "Tagum City", "Davao del Norte", "8100"),
    ("Cogon", "Panabo City", "Davao del Norte", "8105"),
]
PH_STREETS = ["Purok 3", "Purok 7", "J.P. Laurel Ave.", "Quimpo Blvd.", "Mabini St.", "Rizal St.", "Sitio Malagos"]
#: Nelson Mandela Bay (suburb, town, postal code)
ZA_PLACES = [
    ("Walmer", "Gqeberha", "6070"),
    ("Summerstrand", "Gqeberha", "6001"),
    ("New Brighton", "Gqeberha", "6200"),
    ("Motherwell", "Gqeberha", "6211"),
    ("Kwazakhele", "Gqeberha", "6205"),
    ("Uitenhage Central", "Kariega", "6229"),
    ("Despatch", "Kariega", "6220"),
    ("Bethelsdorp", "Gqeberha", "6059"),
    ("Newton Park", "Gqeberha", "6045"),
]
ZA_STREETS = ["Mhlaba St", "Cape Rd", "Kragga Kamma Rd", "Stanford Rd", "Njoli St", "Heugh Rd", "Ntshekisa Rd"]
#: Ashanti Region (hometown or area)
GH_TOWNS = ["Bantama", "Suame", "Asokwa", "Ejisu", "Obuasi", "Konongo", "Mampong", "Tafo", "Kwadaso", "Bekwai"]
GH_REGIONS = ["Ashanti", "Ashanti", "Ashanti", "Bono", "Eastern", "Ahafo", "Northern", "Greater Accra"]
#: Limerick and Clare (town, Eircode routing key)
IE_PLACES = [
    ("Limerick", "V94"),
    ("Castletroy", "V94"),
    ("Annacotty", "V94"),
    ("Newcastle West", "V42"),
    ("Kilmallock", "V35"),
    ("Ennis", "V95"),
    ("Shannon", "V14"),
    ("Abbeyfeale", "V94"),
]
IE_STREETS = [
    "O'Connell Avenue",
    "Ballinacurra Road",
    "Monaleen Road",
    "Dooradoyle Road",
    "Church Street",
    "The Paddocks, Raheen",
    "Clonlara Road",
    "Kilmurry Court",
]
#: southern West Virginia (city, ZIP)
US_PLACES = [
    ("WELCH", "24801"),
    ("BLUEFIELD", "24701"),
    ("PRINCETON", "24740"),
    ("BECKLEY", "25801"),
    ("OCEANA", "24870"),
    ("PINEVILLE", "24874"),
    ("WAR", "24892"),
    ("GARY", "24836"),
]
US_STREETS = ["COAL HERITAGE RD", "MCDOWELL ST", "RIVERSIDE DR", "BEARTOWN HOLLOW RD", "ELKHORN ST", "MAIN ST"]
#: Penang (postcode, town)
MY_PLACES = [
    ("11900", "Bayan Lepas"),
    ("11600", "Jelutong"),
    ("13700", "Perai"),
    ("14000", "Bukit Mertajam"),
    ("10460", "George Town"),
    ("11500", "Ayer Itam"),
]
MY_KIOSKS = [
    "Reload Kiosk Level 2, Queensbay Mall",
    "Reload Kiosk G-14, Sunway Carnival",
    "Reload Kiosk Lot 1-08, Gurney Plaza",
    "Reload Kiosk Auto-City Juru",
    "Reload Kiosk Prangin Mall L3",
]
#: south-east New Brunswick and beyond (city, FSA)
CA_PLACES = [
    ("Moncton", "E1C"),
    ("Moncton", "E1E"),
    ("Dieppe", "E1A"),
    ("Riverview", "E1B"),
    ("Shediac", "E4P"),
    ("Sackville", "E4L"),
    ("Fredericton", "E3B"),
    ("Saint John", "E2L"),
]
CA_STREETS = ["Mountain Rd", "Elmwood Dr", "Champlain St", "Coverdale Rd", "Main St", "Gorge Rd", "Pine Glen Rd"]

#: Touraine (town, postcode)
FR_PLACES = [
    ("Tours", "37000"),
    ("Tours", "37100"),
    ("Joué-lès-Tours", "37300"),
    ("Saint-Cyr-sur-Loire", "37540"),
    ("Saint-Pierre-des-Corps", "37700"),
    ("Amboise", "37400"),
    ("Chambray-lès-Tours", "37170"),
    ("Loches", "37600"),
]
FR_BIRTHPLACES = ["Tours", "Orléans", "Blois", "Châtellerault", "Poitiers", "Bamako", "Oran", "Le Mans", "Vierzon"]
FR_STREETS = [
    "rue Nationale",
    "avenue de Grammont",
    "rue Colbert",
    "boulevard Béranger",
    "rue de la Fuye",
    "allée des Tilleuls",
    "rue Édouard Vaillant",
    "impasse des Vignes",
]
#: Ghent area (postcode, gemeente, deelgemeente)
BE_PLACES = [
    ("9000", "Gent", "Gent"),
    ("9040", "Gent", "Sint-Amandsberg"),
    ("9050", "Gent", "Ledeberg"),
    ("9030", "Gent", "Mariakerke"),
    ("9032", "Gent", "Wondelgem"),
    ("9820", "Merelbeke", "Merelbeke"),
    ("9090", "Melle", "Melle"),
    ("9910", "Aalter", "Knesselare"),
    ("9800", "Deinze", "Astene"),
]
BE_STREETS = [
    "Kortrijksesteenweg",
    "Dampoortstraat",
    "Brugsesteenweg",
    "Sleepstraat",
    "Hundelgemsesteenweg",
    "Kerkstraat",
]
#: Lower Silesia (town, postcode)
PL_PLACES = [
    ("Wrocław", "50-"),
    ("Wrocław", "51-"),
    ("Wrocław", "53-"),
    ("Oleśnica", "56-400"),
    ("Oława", "55-200"),
    ("Trzebnica", "55-100"),
    ("Siechnice", "55-011"),
    ("Kąty Wrocławskie", "55-080"),
]
PL_STREETS = [
    "ul. Legnicka",
    "ul. Grabiszyńska",
    "ul. Kasprowicza",
    "ul. Piłsudskiego",
    "ul. Krzywoustego",
    "ul. Lipowa",
]
#: Bursa (mahalle, ilçe, postcode)
TR_PLACES = [
    ("Hürriyet Mah.", "Osmangazi", "16080"),
    ("Görükle Mah.", "Nilüfer", "16285"),
    ("Beşevler Mah.", "Nilüfer", "16110"),
    ("Yıldırım Mah.", "Yıldırım", "16330"),
    ("Kestel Merkez", "Kestel", "16450"),
    ("Mudanya Yolu", "Mudanya", "16940"),
    ("İnegöl Cuma Mah.", "İnegöl", "16400"),
]
TR_BIRTHPLACES = ["Bursa", "Erzurum", "Kars", "Balıkesir", "Bingöl", "Sivas", "Trabzon", "Bursa", "Bursa"]
TR_STREETS = ["Atatürk Cad. No:", "Fevzi Çakmak Sok. No:", "Ankara Yolu Cad. No:", "Çamlık Sok. No:", "Gazi Cad. No:"]
#: East Jutland (town, postcode)
DK_PLACES = [
    ("Aarhus C", "8000"),
    ("Aarhus N", "8200"),
    ("Viby J", "8260"),
    ("Brabrand", "8220"),
    ("Risskov", "8240"),
    ("Skanderborg", "8660"),
    ("Randers C", "8900"),
    ("Silkeborg", "8600"),
]
DK_STREETS = ["Jægergårdsgade", "Randersvej", "Silkeborgvej", "Skovvangsvej", "Gudrunsvej", "Langelandsgade"]
#: Kazan and Tatarstan (city, postcode prefix)
RU_PLACES = [
    ("Казань", "4200"),
    ("Казань", "4201"),
    ("Зеленодольск", "422540"),
    ("Высокая Гора", "422700"),
    ("Лаишево", "422610"),
    ("Набережные Челны", "4238"),
]
RU_STREETS = [
    "ул. Чистопольская",
    "пр-т Победы",
    "ул. Баумана",
    "ул. Декабристов",
    "ул. Гвардейская",
    "ул. Юлиуса Фучика",
]
#: Kanazawa and Ishikawa (city, postcode prefix)
JA_PLACES = [
    ("金沢市", "920"),
    ("金沢市", "921"),
    ("野々市市", "921"),
    ("白山市", "924"),
    ("かほく市", "929"),
    ("小松市", "923"),
]
JA_STREETS = ["広坂1丁目2-5", "片町2丁目10-3", "本多町3丁目1-12", "窪5丁目210", "押野2丁目55", "松任町4-8", "寺町4丁目6-21"]


def street(g: Gen, streets: list[str], lang: str) -> str:
    s = g.rnd.choice(streets)
    if lang in ("us", "ca", "za", "ph"):
        return f"{g.rnd.randint(1, 2_900)} {s}"
    if lang == "ie":
        return f"{g.rnd.randint(1, 120)} {s}"
    if lang == "fr":
        return f"{g.rnd.randint(1, 180)}{g.rnd.choice(['', '', '', ' bis'])} {s}"
    if lang in ("be", "dk", "pl"):
        return f"{s} {g.rnd.randint(1, 240)}"
    if lang == "tr":
        return f"{s}{g.rnd.randint(1, 140)} D:{g.rnd.randint(1, 16)}"
    if lang == "ru":
        return f"{s}, д. {g.rnd.randint(1, 120)}"
    return s


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn(g: Gen) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    return g.valid(make, _ssn.is_valid)


def us_ssn_decoy(g: Gen) -> str:
    """Nine digits shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    return g.rnd.choice(["000", "666", f"9{g.digits(2)}"]) + g.digits(6)


def ug_nin(g: Gen, born: date, female: bool) -> str:
    """A Ugandan NIN (by shape: ``C``, the sex, the birth year's two digits, six digits and four letters)."""
    return f"C{'F' if female else 'M'}{born.year % 100:02d}{g.digits(6)}{g.code('AAAA')}"


def gh_card(g: Gen) -> str:
    """A Ghana Card PIN (by shape: ``GHA-`` nine digits ``-`` one digit)."""
    return f"GHA-{g.rnd.randint(700, 729)}{g.digits(6)}-{g.digits(1)}"


def gh_tin(g: Gen) -> str:
    """A Ghanaian TIN of a company (``C00``), its check digit computed with python-stdnum."""

    def make() -> str:
        body = "C00" + g.digits(7)
        return body + _ghtin.calc_check_digit(body)

    return g.valid(make, _ghtin.is_valid)


def za_id(g: Gen, born: date, female: bool, citizen: bool = True) -> str:
    def make() -> str:
        seq = g.rnd.randint(0, 4_999) if female else g.rnd.randint(5_000, 9_999)
        body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:04d}{0 if citizen else 1}8"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _idnr.is_valid)


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits failing the South African ID number's check (a RICA reference)."""
    return g.valid(lambda: "25" + g.digits(11), lambda x: not _idnr.is_valid(x))


def nric(g: Gen, born: date, female: bool) -> str:
    def make() -> str:
        place = g.rnd.choice(["07", "07", "07", "08", "02", "10", "14", "09"])
        seq = g.digits(3) + g.rnd.choice("02468" if female else "13579")
        return f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{place}{seq}"

    d = g.valid(make, _nric.is_valid)
    return f"{d[:6]}-{d[6:8]}-{d[8:]}"


def nric_decoy(g: Gen) -> str:
    """Twelve digits written like a MyKad (``YYMMDD-PB-####``) whose date or birthplace cannot exist."""

    def make() -> str:
        return f"{g.rnd.randint(0, 99):02d}{g.rnd.randint(13, 39):02d}{g.rnd.randint(1, 28):02d}-{g.code('99-9999')}"

    return g.valid(make, lambda x: not _nric.is_valid(x))


def ca_luhn_decoy(g: Gen) -> str:
    """Nine digits failing the Luhn check (a claim number spaced like a SIN)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 7)) + g.digits(8), lambda x: not luhn.is_valid(x))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def card(g: Gen, spaced: bool = False) -> str:
    head = g.rnd.choice(["4", "4", "51", "52", "54", "55"])
    body = head + g.digits(15 - len(head))
    d = body + luhn.calc_check_digit(body)
    return " ".join(d[i : i + 4] for i in range(0, 16, 4)) if spaced else d


def imei(g: Gen) -> str:
    tac = g.rnd.choice(["35391110", "35698811", "86723904", "35209478", "35467412", "01329300", "35840617"])
    body = tac + g.digits(6)
    number = body + luhn.calc_check_digit(body)
    assert _imei.is_valid(number)
    return number


def iccid(g: Gen, country: str, issuer: str) -> str:
    """A SIM's ICCID: ``89``, the country's calling code, an issuer, digits and a Luhn check digit (19 or 20)."""
    body = "89" + country + issuer
    body += g.digits(18 - len(body))
    return body + luhn.calc_check_digit(body)


def iban(country: str, bban: str) -> str:
    number = country + "00" + bban
    number = country + _iban.calc_check_digits(number) + bban
    assert _iban.is_valid(number)
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def fr_iban(g: Gen) -> str:
    bank = g.rnd.choice(["30004", "30003", "20041", "10278", "14806", "30002"])
    branch, account = g.digits(5), g.digits(11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return iban("FR", f"{bank}{branch}{account}{key:02d}")


def be_iban(g: Gen) -> str:
    body = g.rnd.choice(["001", "063", "068", "363", "737", "973", "890"]) + g.digits(7)
    check = int(body) % 97 or 97
    return iban("BE", f"{body}{check:02d}")


def be_nn(g: Gen, born: date, female: bool) -> str:
    """A Belgian national number (rijksregisternummer) encoding the birth date and the sex (``YY.MM.DD-SSS.CC``)."""

    def make() -> str:
        seq = g.rnd.randrange(2 if female else 1, 998, 2)
        base = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:03d}"
        n = int(("2" if born.year >= 2000 else "") + base)
        return f"{base}{97 - n % 97:02d}"

    d = g.valid(make, _nn.is_valid)
    return f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}"


def be_eid(g: Gen) -> str:
    def make() -> str:
        body = str(g.rnd.randint(590, 599)) + g.digits(7)
        check = int(body) % 97 or 97
        return f"{body}{check:02d}"

    d = g.valid(make, _eid.is_valid)
    return f"{d[:3]}-{d[3:10]}-{d[10:]}"


def be_ogm(g: Gen) -> str:
    body = g.digits(10)
    number = body + _ogm.calc_check_digits(body)
    assert _ogm.is_valid(number)
    return f"+++{number[:3]}/{number[3:7]}/{number[7:]}+++"


def fr_siret(g: Gen) -> str:
    def make() -> str:
        body = str(g.rnd.randint(3, 9)) + g.digits(12)
        return body + luhn.calc_check_digit(body)

    d = g.valid(make, _siret.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:9]} {d[9:]}"


def pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)

    def make() -> str:
        sex = g.rnd.choice("02468" if female else "13579")
        body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}{sex}"
        return body + _pesel.calc_check_digit(body)

    return g.valid(make, _pesel.is_valid)


def pesel_decoy(g: Gen) -> str:
    """Eleven digits failing the PESEL check (a registration number)."""
    return g.valid(lambda: "2025" + g.digits(7), lambda x: not _pesel.is_valid(x))


_PL_ID_VALUES = {ch: i for i, ch in enumerate(string.digits + string.ascii_uppercase)}


def pl_id_card_is_valid(value: str) -> bool:
    """Whether ``value`` is a valid Polish identity card number (three letters, a check digit, five digits)."""
    v = value.replace(" ", "").upper()
    if len(v) != 9 or not v[:3].isalpha() or not v[3:].isdigit():
        return False
    weights = (7, 3, 1, 0, 7, 3, 1, 7, 3)
    return sum(_PL_ID_VALUES[ch] * w for ch, w in zip(v, weights, strict=True)) % 10 == int(v[3])


def pl_id_card(g: Gen) -> str:
    letters = g.rnd.choice(["C", "D", "A"]) + g.code("AA")
    tail = g.digits(5)
    weights = (7, 3, 1, 7, 3, 1, 7, 3)
    check = sum(_PL_ID_VALUES[ch] * w for ch, w in zip(letters + tail, weights, strict=True)) % 10
    number = f"{letters}{check}{tail}"
    assert pl_id_card_is_valid(number)
    return number


def pl_nip(g: Gen) -> str:
    d = g.valid(lambda: g.rnd.choice(["89", "91", "69", "88"]) + g.digits(8), _nip.is_valid)
    return f"{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:]}"


def tckimlik(g: Gen) -> str:
    def make() -> str:
        body = str(g.rnd.randint(1, 9)) + g.digits(8)
        return body + _tck.calc_check_digits(body)

    return g.valid(make, _tck.is_valid)


def tckimlik_decoy(g: Gen) -> str:
    """Eleven digits failing the T.C. kimlik check (an application number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _tck.is_valid(x))


def tr_vkn(g: Gen) -> str:
    def make() -> str:
        body = g.digits(9)
        return body + _vkn.calc_check_digit(body)

    return g.valid(make, _vkn.is_valid)


def cpr(g: Gen, born: date, female: bool) -> str:
    """A Danish CPR number encoding the birth date (and the sex in its last digit), written ``DDMMYY-SSSS``."""
    century = "0123" if born.year < 2000 else "4"

    def make() -> str:
        seq = g.rnd.choice(century) + g.digits(2) + g.rnd.choice("02468" if female else "13579")
        return f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{seq}"

    d = g.valid(make, lambda x: _cpr.is_valid(x) and _cpr.get_birth_date(x) == born)
    return f"{d[:6]}-{d[6:]}"


def cpr_decoy(g: Gen) -> str:
    """Ten digits written like a CPR number (``DDMMYY-NNNN``) whose day cannot exist (a case number)."""
    return g.valid(lambda: f"{g.rnd.randint(32, 99)}{g.code('9999-9999')}", lambda x: not _cpr.is_valid(x))


def dk_cvr(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(7), _cvr.is_valid)


def snils_is_valid(value: str) -> bool:
    """Whether ``value`` is a valid Russian SNILS (nine digits and a two-digit check number)."""
    d = "".join(ch for ch in value if ch.isdigit())
    if len(d) != 11:
        return False
    total = sum(int(x) * w for x, w in zip(d[:9], range(9, 0, -1), strict=True))
    check = total % 101 if total > 101 else total
    return (0 if check in (100, 101) else check) == int(d[9:])


def snils(g: Gen) -> str:
    body = g.valid(lambda: g.digits(9), lambda x: int(x) > 1_001_998)
    total = sum(int(x) * w for x, w in zip(body, range(9, 0, -1), strict=True))
    check = total % 101 if total > 101 else total
    check = 0 if check in (100, 101) else check
    number = f"{body[:3]}-{body[3:6]}-{body[6:]} {check:02d}"
    assert snils_is_valid(number)
    return number


def ru_passport(g: Gen) -> str:
    """A Russian passport's series and number (by shape: the region's two digits, the year's two, six digits)."""
    return f"92 {g.rnd.randint(3, 24):02d} {g.digits(6)}"


def inn_company(g: Gen) -> str:
    def make() -> str:
        body = "16" + g.digits(7)
        return body + _inn.calc_company_check_digit(body)

    return g.valid(make, _inn.is_valid)


def inn_personal_decoy(g: Gen) -> str:
    """Twelve digits failing the personal INN's check (a personal account number)."""
    return g.valid(lambda: "16" + g.digits(10), lambda x: not _inn.is_valid(x))


def my_number_decoy(g: Gen) -> str:
    """Twelve digits failing My Number's check (a carrier shop's application number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(11), lambda x: not _mynumber.is_valid(x))


def luhn_decoy(g: Gen, n: int) -> str:
    """``n`` digits failing the Luhn check."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(n - 1), lambda x: not luhn.is_valid(x))


def dmy(d: date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


# -- shops, operators, devices and vocabularies (written for v147) -----------------------------------------------------

HANDSETS = [
    "Galaxy A15 128GB",
    "Galaxy A55 256GB",
    "iPhone 15 128GB",
    "iPhone 13 128GB",
    "Redmi Note 13",
    "Pixel 8a",
    "Nokia G22",
    "moto g54",
    "TECNO Spark 20",
    "itel A70",
]
UG_OUTLETS = ["High Street SIM Desk Mbarara", "Kakoba Market Kiosk 4", "Bushenyi Taxi Park Agent", "Ibanda Phone Point"]
PH_RETAILERS = ["Bankerohan Cellshop", "Agdao Loadwallet Center", "Toril Gadget Hub", "Tagum Mobile Corner"]
ZA_STORES = [
    "CellConnect Walmer Park",
    "CellConnect Greenacres",
    "CellConnect Kariega Mall",
    "CellConnect Bay West",
]
GH_AGENTS = ["Adum Mobile Ventures", "Kejetia SIM Point", "Suame Magazine Telecom", "Tafo Link Enterprise"]
IE_SLOTS = ["AM 08:00-12:00", "PM 12:00-17:00", "EVE 17:00-20:00", "SAT AM"]
CA_DEPOTS = ["Champlain Device Repair", "Dieppe Fix-It Centre", "Trinity Drive Tech Depot"]
FR_MODELS = HANDSETS
BE_PLANS = ["Internet + TV Basis", "Internet Start", "Alles-in-1 Gezin", "Mobiel Onbeperkt", "Internet + Mobiel Duo"]
PL_POINTS = ["Punkt Obsługi Pasaż Grunwaldzki", "Salon Magnolia Park", "Kiosk Dworzec Główny", "Punkt Oleśnica Rynek"]
TR_OPERATORS = ["Operatör A", "Operatör B", "Operatör C"]
DK_WORKSHOPS = ["Telefix Aarhus", "Skærmlægen Viby", "MobilDoktoren Randers"]
RU_CONTRACTORS = ["ООО «Связьмонтаж-Казань»", "ООО «Линия-Сервис»", "ИП бригада «Север»"]
JA_SHOPS = ["ケータイショップ香林坊店", "ケータイショップ野々市店", "ケータイショップ白山店"]
