"""Values of held-out set v152 (:mod:`benchmarks.classification.heldout_v152`): v152's random source, and names,
streets, towns, lenders, firms and free-text snippets written by hand for v152's mortgage, conveyancing and
real-estate systems (no Faker, no list of real people, no breach data), phones checked with phonenumbers and
identifiers with check digits computed and checked with python-stdnum.

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
from stdnum.at import vnr as _vnr
from stdnum.ca import sin as _sin
from stdnum.cz import dic as _ico
from stdnum.cz import rc as _rc
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.it import codicefiscale as _cf
from stdnum.jp import in_ as _mynumber
from stdnum.mx import curp as _curp
from stdnum.mx import rfc as _rfc
from stdnum.nz import ird as _ird
from stdnum.se import personnummer as _pnr
from stdnum.ua import rntrc as _rntrc
from stdnum.us import rtn as _rtn
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _idnr

from benchmarks.classification.heldout_v2 import Column

SEED = 152_2026_1207
N = "none"
#: a login or a domestic bank account (``review``, as earlier sets labeled them)
UNCLASSIFIED = "unclassified"
#: NULL-like strings of v152's systems (tests skip them)
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
    "TBC",
    "0",
    "unknown",
    "ninguna",
    "sin observaciones",
    "s/o",
    "nessuna",
    "n.d.",
    "keine",
    "k.A.",
    "saknas",
    "inget",
    "není",
    "nic",
    "なし",
    "特になし",
    "немає",
    "відсутні",
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v152:{SEED}:{table}")

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
    "NZ": (_pre(["21", "22", "27"], 9), _pre(["757", "754", "756", "757"], 8)),
    "AU": (
        _pre(["400", "401", "404", "407", "408", "411", "413", "414", "417", "422", "427", "431", "447", "458"], 9),
        _pre(["747", "744", "747"], 9),
    ),
    "GB": (_pre(["71", "73", "74", "75", "77", "78", "79"], 10), _pre(["1392", "1395", "1363", "1884"], 10)),
    "CA": (_nanp(["902", "782"]), _nanp(["902"])),
    "US": (_nanp(["402", "531"]), _nanp(["402"])),
    "IN": (
        _pre(["70", "73", "75", "80", "81", "85", "90", "94", "95", "96", "97", "98", "99"], 10),
        _pre(["4842", "4844", "4846"], 10),
    ),
    "ZA": (
        _pre(["60", "61", "62", "63", "71", "72", "73", "74", "76", "78", "79", "81", "82", "83", "84"], 9),
        _pre(["218", "2188"], 9),
    ),
    "MX": (_pre(["442"], 10), _pre(["442"], 10)),
    "IT": (
        _pre(["320", "328", "329", "333", "335", "338", "340", "347", "348", "349", "351", "366", "380", "393"], 10),
        _pre(["049"], 10),
    ),
    "AT": (_pre(["664", "676", "650", "699", "660", "681", "688"], 10), _pre(["732"], 10)),
    "SE": (_pre(["70", "72", "73", "76"], 9), _pre(["19"], 9)),
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
                "722",
                "731",
                "732",
                "736",
                "737",
                "739",
                "773",
                "774",
                "776",
                "777",
                "792",
                "799",
            ],
            9,
        ),
        _pre(["59"], 9),
    ),
    "JP": (_pre(["90", "80", "70"], 10), _pre(["86"], 9)),
    "UA": (_pre(["67", "68", "96", "97", "98", "50", "66", "95", "99", "63", "73", "93"], 9), _pre(["432"], 9)),
}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v152) ------------------------------------------------------------------------------------------

#: language -> (men's given names, women's given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "nz": (
        ["Hamish", "Tama", "Rhys", "Sione", "Blair", "Wiremu", "Gurpreet", "Callum", "Jayden", "Mitchell"],
        ["Aroha", "Kirsty", "Mereana", "Shona", "Hayley", "Losana", "Harpreet", "Georgia", "Ngaio", "Anahera"],
        ["Tuhoe-Ranginui", "McAlister", "Kereama", "Fifita", "Hewitt", "Paewai", "Sandhu", "Brownlie", "Te Kani",
         "Wallbank", "Tapsell", "Reihana", "Gillies", "Ormsby"],
    ),
    "au": (
        ["Bradley", "Jarrod", "Kane", "Rohan", "Damo", "Trent", "Hung", "Mitchell", "Sunil", "Corey"],
        ["Kristy", "Tayla", "Shannon", "Bree", "Lisa-Marie", "Chloe", "Thuy", "Jodie", "Neha", "Amber"],
        ["Gargett", "Morrish", "Nona", "Vandeleur", "Tranter", "Sabatino", "Luu", "Cowburn", "Fitzgibbon", "Mabo-Reid",
         "Pennicott", "Harslett", "Ruggeri", "Dimarco"],
    ),
    "gb": (
        ["Tristan", "Rupert", "Jago", "Lewis", "Toby", "Ravi", "Mark", "Piers", "Dominic", "Ashley"],
        ["Tamsin", "Morwenna", "Harriet", "Jess", "Kerenza", "Leanne", "Anjali", "Philippa", "Becky", "Demelza"],
        ["Pengelly", "Trethewey", "Hext", "Chudleigh", "Bolt", "Penwarden", "Ayre", "Crocker", "Loosemore", "Patel",
         "Squance", "Medland", "Yeo", "Hext-Wyatt"],
    ),
    "ca": (
        ["Brendan", "Malcolm", "Ahmad", "Darcy", "Ifeanyi", "Kyle", "Luc", "Graeme", "Rajesh", "Tanner"],
        ["Ashleigh", "Maddie", "Fatima", "Courtney", "Chidinma", "Janelle", "Sinead", "Kayla", "Priyanka", "Shauna"],
        ["MacIsaac", "Boudreau", "Al-Khatib", "Cormier", "Fraser", "Doucette", "Okonkwo", "MacNeil", "Chiasson",
         "Gillis", "Sampson", "Aucoin", "Dhaliwal", "Marsman"],
    ),
    "us": (
        ["Dustin", "Travis", "Jorge", "Brent", "Khalid", "Curtis", "Bao", "Derek", "Rodney", "Ethan"],
        ["Kayla", "Brooke", "Lupe", "Misty", "Nasra", "Cheyenne", "Vy", "Tiffany", "Lindsey", "Raquel"],
        ["Kuehl", "Vrbka", "Svoboda-Ruiz", "Hoefer", "Pitts", "Dvorak", "Nguyen", "Oberle", "Wiebelhaus", "Mahoney",
         "Sedlacek", "Cisneros", "Gaskins", "Thiessen"],
    ),
    "in": (
        ["Anoop", "Jithin", "Shibu", "Mathew", "Rahul", "Sreejith", "Faisal", "Vineeth", "Ajay", "Thomas"],
        ["Anju", "Divya", "Reshma", "Neethu", "Sruthi", "Ancy", "Fathima", "Lakshmi", "Soumya", "Jincy"],
        ["Menon", "Nair", "Varghese", "Pillai", "Kurian", "Thomas", "Joseph", "Krishnan", "Abraham", "Panicker",
         "Kunjumon", "Chacko", "Rahman", "Warrier"],
    ),
    "za": (
        ["Wikus", "Jaco", "Siyabonga", "Francois", "Luyolo", "Gerrit", "Zaid", "Tristan", "Lwazi", "Marnus"],
        ["Liezl", "Chané", "Nomvula", "Annelie", "Yonela", "Bernice", "Tasneem", "Mariska", "Zintle", "Heleen"],
        ["Bosman", "Fourie", "Mgoqi", "Jacobs", "Louw", "Booysen", "Hendricks", "de Villiers", "Ntshona", "Adams",
         "van Wyk", "Cloete", "Kleinhans", "Malgas"],
    ),
    "mx": (
        ["José Luis", "Arturo", "Rodrigo", "Jesús", "Fernando", "Óscar", "Emiliano", "Alejandro", "Héctor", "Ulises"],
        [
            "María Fernanda",
            "Guadalupe",
            "Ximena",
            "Araceli",
            "Daniela",
            "Yesenia",
            "Claudia",
            "Itzel",
            "Rocío",
            "Paola",
        ],
        ["Olvera", "Reséndiz", "Hernández", "Ugalde", "Martínez", "Ledesma", "Rangel", "Pérez", "Trejo", "Salinas",
         "Mendoza", "Montes", "Guerrero", "Rivera"],
    ),
    "it": (
        ["Giacomo", "Alberto", "Nicola", "Mattia", "Enrico", "Paolo", "Filippo", "Riccardo", "Dorin", "Massimo"],
        ["Elena", "Giorgia", "Laura", "Marta", "Serena", "Irene", "Cristina", "Anna", "Mihaela", "Roberta"],
        ["Zanella", "Bortolami", "Schiavon", "Boscolo", "Cecchinato", "Trevisan", "Carraro", "Zambon", "Barison",
         "Pegoraro", "Milan", "Ruzza", "Gallo", "Rusu"],
    ),
    "at": (
        ["Lukas", "Florian", "Stefan", "Thomas", "Dominik", "Christoph", "Mario", "Gernot", "Dragan", "Manuel"],
        ["Katharina", "Birgit", "Sabine", "Verena", "Lisa", "Theresa", "Martina", "Elisabeth", "Jelena", "Sandra"],
        ["Hofer", "Pichler", "Leitner", "Gruber", "Mayrhofer", "Huemer", "Haslinger", "Aichinger", "Kastner",
         "Stadlbauer", "Mitterlehner", "Petrović", "Wimmer", "Obermüller"],
    ),
    "se": (
        ["Jonas", "Kristoffer", "Daniel", "Viktor", "Olle", "Emil", "Mohammed", "Pontus", "Anders", "Rasmus"],
        ["Elin", "Frida", "Ida", "Matilda", "Therese", "Josefin", "Leila", "Lovisa", "Camilla", "Anna"],
        ["Eriksson", "Lindqvist", "Nyberg", "Jansson", "Hedlund", "Persson", "Berglund", "Ali", "Öberg", "Söderlund",
         "Holm", "Wallin", "Dahlgren", "Sjöberg"],
    ),
    "ja": (
        ["翔太", "健一", "拓海", "浩二", "大樹", "誠"],
        ["真由美", "沙織", "恵", "由佳", "美咲", "春菜"],
        ["藤原", "難波", "三宅", "小野", "岡本", "守屋", "片山", "平松", "黒田", "石井"],
    ),
    "ua": (
        ["Олександр", "Андрій", "Василь", "Сергій", "Дмитро", "Богдан", "Тарас", "Віталій", "Микола", "Ігор"],
        ["Оксана", "Наталія", "Ірина", "Юлія", "Олена", "Тетяна", "Мар'яна", "Вікторія", "Галина", "Світлана"],
        ["Коваленко", "Ткачук", "Мельничук", "Бондар", "Шевчук", "Кравець", "Поліщук", "Савчук", "Гнатюк",
         "Марценюк", "Гуменюк", "Лисенко", "Олійник", "Вознюк"],
    ),
}

#: Czech (men's given names, women's given names) and family names as (man's form, woman's form)
CZ_GIVEN = (
    ["Jakub", "Radim", "Zdeněk", "Marek", "Pavel", "Lubomír", "David", "Roman", "Vlastimil", "Aleš"],
    ["Lucie", "Kristýna", "Michaela", "Simona", "Zuzana", "Ivana", "Dagmar", "Šárka", "Pavla", "Renata"],
)
CZ_FAMILY = [
    ("Kolář", "Kolářová"),
    ("Sikora", "Sikorová"),
    ("Mrózek", "Mrózková"),
    ("Bednář", "Bednářová"),
    ("Lasota", "Lasotová"),
    ("Polášek", "Polášková"),
    ("Kubiczek", "Kubiczková"),
    ("Holub", "Holubová"),
    ("Vavřík", "Vavříková"),
    ("Šustek", "Šustková"),
    ("Janoušek", "Janoušková"),
    ("Mikulec", "Mikulcová"),
]

#: Japanese names: kanji -> (katakana reading, romaji)
JA_READ: dict[str, tuple[str, str]] = {
    "藤原": ("フジワラ", "fujiwara"),
    "難波": ("ナンバ", "namba"),
    "三宅": ("ミヤケ", "miyake"),
    "小野": ("オノ", "ono"),
    "岡本": ("オカモト", "okamoto"),
    "守屋": ("モリヤ", "moriya"),
    "片山": ("カタヤマ", "katayama"),
    "平松": ("ヒラマツ", "hiramatsu"),
    "黒田": ("クロダ", "kuroda"),
    "石井": ("イシイ", "ishii"),
    "翔太": ("ショウタ", "shota"),
    "健一": ("ケンイチ", "kenichi"),
    "拓海": ("タクミ", "takumi"),
    "浩二": ("コウジ", "koji"),
    "大樹": ("ダイキ", "daiki"),
    "誠": ("マコト", "makoto"),
    "真由美": ("マユミ", "mayumi"),
    "沙織": ("サオリ", "saori"),
    "恵": ("メグミ", "megumi"),
    "由佳": ("ユカ", "yuka"),
    "美咲": ("ミサキ", "misaki"),
    "春菜": ("ハルナ", "haruna"),
}

#: Ukrainian men's given names -> (a son's, a daughter's patronymic)
UA_PATRONYMIC: dict[str, tuple[str, str]] = {
    "Олександр": ("Олександрович", "Олександрівна"),
    "Андрій": ("Андрійович", "Андріївна"),
    "Василь": ("Васильович", "Василівна"),
    "Сергій": ("Сергійович", "Сергіївна"),
    "Дмитро": ("Дмитрович", "Дмитрівна"),
    "Богдан": ("Богданович", "Богданівна"),
    "Тарас": ("Тарасович", "Тарасівна"),
    "Віталій": ("Віталійович", "Віталіївна"),
    "Микола": ("Миколайович", "Миколаївна"),
    "Ігор": ("Ігорович", "Ігорівна"),
}

_UA_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z", "и": "y",
    "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
    "я": "ia", "'": "",
}


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) of ``lang``."""
    if female is None:
        female = g.rnd.random() < 0.5
    if lang == "cz":
        man, woman = g.rnd.choice(CZ_FAMILY)
        return g.rnd.choice(CZ_GIVEN[1] if female else CZ_GIVEN[0]), woman if female else man
    male, fem, fam = NAMES[lang]
    return g.rnd.choice(fem if female else male), g.rnd.choice(fam)


def whole(g: Gen, lang: str, female: bool | None = None) -> str:
    """A whole name as the country writes it (family name first in Japanese, with the patronymic in Ukrainian)."""
    if female is None:
        female = g.rnd.random() < 0.5
    a, b = person(g, lang, female)
    if lang == "ja":
        return f"{b} {a}"
    if lang == "ua":
        return f"{b} {a} {patronymic(g, female)}"
    return f"{a} {b}"


def given(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def patronymic(g: Gen, female: bool) -> str:
    return UA_PATRONYMIC[g.rnd.choice(NAMES["ua"][0])][1 if female else 0]


def staff(g: Gen, n: int, lang: str, style: str = "whole") -> list[str]:
    """``n`` distinct staff members' names (``whole``, ``first``, ``last``, ``initial`` as ``Tamsin P.``)."""
    out: set[str] = set()
    while len(out) < n:
        female = g.rnd.random() < 0.6
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
    """``text`` in ASCII letters: Ukrainian transliterated, Japanese by its romaji, accents dropped."""
    if text in JA_READ:
        return JA_READ[text][1]
    if any("\u0400" <= ch <= "\u04ff" for ch in text):
        text = "".join(_UA_LATIN.get(ch, ch) for ch in text.lower())
    return "".join(ch for ch in fold(text) if ch.isalnum() or ch == ".")


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = latin(first.split()[0]) or "user", latin(last.split()[0]) or "mail"
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
    "nz": ["gmail.com", "xtra.co.nz", "outlook.com", "hotmail.co.nz", "icloud.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com", "hotmail.com", "icloud.com"],
    "gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "sky.com"],
    "ca": ["gmail.com", "eastlink.ca", "hotmail.com", "outlook.com", "bellaliant.net"],
    "us": ["gmail.com", "yahoo.com", "cox.net", "outlook.com", "icloud.com"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "za": ["gmail.com", "telkomsa.net", "mweb.co.za", "icloud.com", "outlook.com"],
    "mx": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx", "prodigy.net.mx"],
    "it": ["gmail.com", "libero.it", "virgilio.it", "alice.it", "hotmail.it"],
    "at": ["gmx.at", "aon.at", "gmail.com", "chello.at", "a1.net"],
    "se": ["gmail.com", "hotmail.com", "telia.com", "outlook.com", "live.se"],
    "cz": ["seznam.cz", "email.cz", "gmail.com", "centrum.cz", "post.cz"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp"],
    "ua": ["ukr.net", "gmail.com", "i.ua", "meta.ua"],
}

# -- places (written for v152) -----------------------------------------------------------------------------------------

#: (suburb, postcode) around Tauranga
NZ_PLACES = [
    ("Mount Maunganui", "3116"),
    ("Papamoa", "3118"),
    ("Bethlehem", "3110"),
    ("Otumoetai", "3110"),
    ("Greerton", "3112"),
    ("Welcome Bay", "3112"),
    ("Pyes Pa", "3112"),
    ("Bellevue", "3110"),
    ("Omokoroa", "3114"),
    ("Te Puke", "3119"),
]
NZ_STREETS = [
    "Cameron Road",
    "Maunganui Road",
    "Fraser Street",
    "Devonport Road",
    "Ngatai Road",
    "Bureta Road",
    "Papamoa Beach Road",
    "Welcome Bay Road",
    "Moffat Road",
    "Oceanbeach Road",
    "Grenada Street",
    "Carmichael Road",
]
#: (suburb, postcode) of Townsville
AU_PLACES = [
    ("Aitkenvale", "4814"),
    ("Kirwan", "4817"),
    ("Annandale", "4814"),
    ("Douglas", "4814"),
    ("North Ward", "4810"),
    ("Hermit Park", "4812"),
    ("Mundingburra", "4812"),
    ("Bushland Beach", "4818"),
    ("Condon", "4815"),
    ("Cranbrook", "4814"),
    ("Idalia", "4811"),
    ("Deeragun", "4818"),
]
AU_STREETS = [
    "Ross River Rd",
    "Thuringowa Dr",
    "Nathan St",
    "Bamford Ln",
    "Charters Towers Rd",
    "Dalrymple Rd",
    "Gulliver St",
    "Hugh St",
    "Riverway Dr",
    "Fulham Rd",
    "Palmer St",
    "Eyre St",
]
#: (town, postcode district) around Exeter
GB_PLACES = [
    ("Exeter", "EX1"),
    ("Exeter", "EX2"),
    ("Exeter", "EX4"),
    ("Topsham", "EX3"),
    ("Exmouth", "EX8"),
    ("Crediton", "EX17"),
    ("Dawlish", "EX7"),
    ("Tiverton", "EX16"),
    ("Cullompton", "EX15"),
    ("Newton Abbot", "TQ12"),
]
GB_STREETS = [
    "Pinhoe Road",
    "Heavitree Road",
    "Cowick Street",
    "Topsham Road",
    "Pennsylvania Road",
    "Alphington Road",
    "Rifford Road",
    "Magdalen Road",
    "Union Road",
    "Station Road",
    "Fore Street",
    "Polsloe Road",
]
#: (community, forward sortation area) around Halifax
CA_PLACES = [
    ("Halifax", "B3H"),
    ("Halifax", "B3K"),
    ("Halifax", "B3L"),
    ("Halifax", "B3M"),
    ("Dartmouth", "B2W"),
    ("Dartmouth", "B2Y"),
    ("Bedford", "B4A"),
    ("Lower Sackville", "B4C"),
    ("Spryfield", "B3R"),
    ("Timberlea", "B3T"),
    ("Cole Harbour", "B2V"),
    ("Fall River", "B2T"),
]
CA_STREETS = [
    "Quinpool Rd",
    "Robie St",
    "Gottingen St",
    "Portland St",
    "Wyse Rd",
    "Dunbrack St",
    "Herring Cove Rd",
    "Main St",
    "Bedford Hwy",
    "Sackville Dr",
    "Cole Harbour Rd",
    "Windmill Rd",
]
#: (city, ZIP) around Omaha
US_PLACES = [
    ("OMAHA", "68104"),
    ("OMAHA", "68106"),
    ("OMAHA", "68114"),
    ("OMAHA", "68124"),
    ("OMAHA", "68134"),
    ("OMAHA", "68144"),
    ("OMAHA", "68154"),
    ("PAPILLION", "68046"),
    ("BELLEVUE", "68005"),
    ("LA VISTA", "68128"),
    ("ELKHORN", "68022"),
    ("GRETNA", "68028"),
]
US_STREETS = [
    "DODGE ST",
    "MAPLE ST",
    "BLONDO ST",
    "PACIFIC ST",
    "CENTER ST",
    "FORT ST",
    "MILITARY AVE",
    "LEAVENWORTH ST",
    "SADDLE CREEK RD",
    "GILES RD",
    "S 144TH ST",
    "N 72ND ST",
]
#: (locality, PIN) of Kochi
IN_PLACES = [
    ("Edappally", "682024"),
    ("Kakkanad", "682030"),
    ("Vyttila", "682019"),
    ("Kaloor", "682017"),
    ("Palarivattom", "682025"),
    ("Thrippunithura", "682301"),
    ("Aluva", "683101"),
    ("Kadavanthra", "682020"),
    ("Fort Kochi", "682001"),
    ("Panampilly Nagar", "682036"),
    ("Thevara", "682013"),
    ("Kalamassery", "683104"),
]
IN_STREETS = [
    "MG Road",
    "Seaport-Airport Road",
    "NH 66 Bypass",
    "Banerji Road",
    "Chittoor Road",
    "Civil Line Road",
    "Thammanam-Pullepady Road",
    "SA Road",
    "Kaloor-Kadavanthra Road",
    "Infopark Expressway",
]
#: (suburb, postal code) around Stellenbosch
ZA_PLACES = [
    ("Die Boord", "7600"),
    ("Paradyskloof", "7600"),
    ("Uniepark", "7600"),
    ("Mostertsdrift", "7600"),
    ("Onder-Papegaaiberg", "7600"),
    ("Welgevonden", "7600"),
    ("Idas Valley", "7609"),
    ("Cloetesville", "7600"),
    ("Brandwacht", "7600"),
    ("Jamestown", "7600"),
    ("Franschhoek", "7690"),
    ("Somerset West", "7130"),
]
ZA_STREETS = [
    "Dorp Street",
    "Merriman Avenue",
    "Bird Street",
    "Helshoogte Road",
    "Paradyskloof Road",
    "Van Reenen Street",
    "Banghoek Road",
    "Rustenburg Road",
    "Bosman Street",
    "Jan Celliers Street",
    "Hofmeyr Street",
    "Neethling Street",
]
#: (colonia, código postal, municipio) around Querétaro
MX_PLACES = [
    ("Centro", "76000", "Querétaro"),
    ("Jurica", "76100", "Querétaro"),
    ("Juriquilla", "76230", "Querétaro"),
    ("Milenio III", "76060", "Querétaro"),
    ("Álamos 2a Sección", "76160", "Querétaro"),
    ("Carretas", "76050", "Querétaro"),
    ("Lomas de Casa Blanca", "76080", "Querétaro"),
    ("El Refugio", "76146", "Querétaro"),
    ("El Pueblito", "76900", "Corregidora"),
    ("Candiles", "76903", "Corregidora"),
    ("Zibatá", "76269", "El Marqués"),
    ("San Pablo", "76125", "Querétaro"),
]
MX_STREETS = [
    "Av. Constituyentes",
    "Av. Universidad",
    "Calle Hidalgo",
    "Av. Zaragoza",
    "Blvd. Bernardo Quintana",
    "Calle Pasteur Sur",
    "Av. Tecnológico",
    "Calle Madero",
    "Prol. Corregidora Norte",
    "Av. 5 de Febrero",
    "Calle Ezequiel Montes",
    "Paseo de la Constitución",
]
#: Mexican states of birth: (name, CURP code)
MX_STATES = [
    ("Querétaro", "QT"),
    ("Querétaro", "QT"),
    ("Querétaro", "QT"),
    ("Guanajuato", "GT"),
    ("Ciudad de México", "DF"),
    ("Hidalgo", "HG"),
    ("Estado de México", "MC"),
    ("San Luis Potosí", "SP"),
    ("Michoacán", "MN"),
]
#: (comune, CAP) around Padua
IT_PLACES = [
    ("Padova", "35121"),
    ("Padova", "35126"),
    ("Padova", "35129"),
    ("Padova", "35133"),
    ("Padova", "35142"),
    ("Abano Terme", "35031"),
    ("Albignasego", "35020"),
    ("Selvazzano Dentro", "35030"),
    ("Rubano", "35030"),
    ("Vigonza", "35010"),
    ("Cadoneghe", "35010"),
    ("Noventa Padovana", "35027"),
]
#: (place of birth, its cadastral code) of Padua's buyers
IT_BIRTHPLACES = [
    ("Padova", "G224"),
    ("Padova", "G224"),
    ("Padova", "G224"),
    ("Venezia", "L736"),
    ("Vicenza", "L840"),
    ("Treviso", "L407"),
    ("Rovigo", "H620"),
    ("Milano", "F205"),
    ("Napoli", "F839"),
    ("Romania", "Z129"),
    ("Moldova", "Z140"),
]
IT_STREETS = [
    "Via Roma",
    "Corso Milano",
    "Via Altinate",
    "Via Facciolati",
    "Via Guizza",
    "Via Bembo",
    "Via Chiesanuova",
    "Via Sorio",
    "Via Vittorio Veneto",
    "Riviera Tito Livio",
    "Via Tiziano Aspetti",
    "Via Santa Maria Assunta",
]
#: (Ort, PLZ) around Linz
AT_PLACES = [
    ("Linz", "4020"),
    ("Linz", "4030"),
    ("Linz", "4040"),
    ("Leonding", "4060"),
    ("Traun", "4050"),
    ("Pasching", "4061"),
    ("Ansfelden", "4052"),
    ("Steyregg", "4221"),
    ("Puchenau", "4048"),
    ("Enns", "4470"),
    ("Wels", "4600"),
]
AT_STREETS = [
    "Landstraße",
    "Wiener Straße",
    "Dinghoferstraße",
    "Kaplanhofstraße",
    "Leonfeldner Straße",
    "Freistädter Straße",
    "Salzburger Straße",
    "Wankmüllerhofstraße",
    "Humboldtstraße",
    "Bockgasse",
    "Hauptstraße",
    "Makartstraße",
]
#: (post town, postcode prefix) around Örebro
SE_PLACES = [
    ("Örebro", "702"),
    ("Örebro", "703"),
    ("Örebro", "704"),
    ("Kumla", "692"),
    ("Hallsberg", "694"),
    ("Lindesberg", "711"),
    ("Glanshammar", "705"),
    ("Vintrosa", "715"),
]
SE_STREETS = [
    "Drottninggatan",
    "Rudbecksgatan",
    "Västra Nobelgatan",
    "Kungsgatan",
    "Ringgatan",
    "Mosåsvägen",
    "Tybblevägen",
    "Holmstensvägen",
    "Södra Grev Rosengatan",
    "Varbergagatan",
    "Vivallavägen",
    "Ekeängsvägen",
]
#: (obec, PSČ) around Ostrava
CZ_PLACES = [
    ("Ostrava-Poruba", "708 00"),
    ("Ostrava-Zábřeh", "700 30"),
    ("Ostrava-Dubina", "700 30"),
    ("Moravská Ostrava", "702 00"),
    ("Ostrava-Vítkovice", "703 00"),
    ("Havířov", "736 01"),
    ("Frýdek-Místek", "738 01"),
    ("Karviná", "733 01"),
    ("Orlová", "735 14"),
    ("Bohumín", "735 81"),
]
CZ_STREETS = [
    "Hlavní třída",
    "Opavská",
    "Dr. Martínka",
    "Horní",
    "Výškovická",
    "Nádražní",
    "28. října",
    "Čs. legií",
    "Sokolská třída",
    "Dlouhá",
    "Jantarová",
    "Průběžná",
]
#: (municipality, postal code prefix) around Okayama
JA_PLACES = [
    ("岡山市北区", "700"),
    ("岡山市南区", "702"),
    ("岡山市中区", "703"),
    ("倉敷市", "710"),
    ("総社市", "719"),
    ("玉野市", "706"),
    ("赤磐市", "709"),
]
JA_STREETS = [
    "表町2丁目3-15",
    "奉還町1丁目8-4",
    "大供3丁目1-22",
    "西市512-3",
    "中庄2285-7",
    "老松町4丁目6-9",
    "平井6丁目17-30",
    "清輝橋2丁目5-11",
    "福田743-2",
    "門田屋敷3丁目4-8",
]
#: (населений пункт, поштовий індекс) around Vinnytsia
UA_PLACES = [
    ("Вінниця", "21001"),
    ("Вінниця", "21009"),
    ("Вінниця", "21021"),
    ("Вінниця", "21036"),
    ("с. Агрономічне", "23227"),
    ("с. Стадниця", "23211"),
    ("м. Гнівань", "23310"),
    ("с. Якушинці", "23222"),
    ("м. Калинівка", "22400"),
    ("с. Вороновиця", "23250"),
]
UA_STREETS = [
    "вул. Соборна",
    "вул. Келецька",
    "просп. Коцюбинського",
    "вул. Пирогова",
    "вул. Замостянська",
    "вул. Героїв Майдану",
    "вул. Київська",
    "вул. Театральна",
    "Хмельницьке шосе",
    "вул. Данила Галицького",
]


def street(g: Gen, streets: list[str], lang: str) -> str:
    s = g.rnd.choice(streets)
    if lang in ("us", "ca", "au", "nz", "gb", "za"):
        n = g.rnd.randint(1, 9_900 if lang == "us" else 240)
        if lang in ("au", "nz") and g.rnd.random() < 0.2:
            return f"{g.rnd.randint(1, 12)}/{n} {s}"
        return f"{n} {s}"
    if lang == "in":
        return f"{g.rnd.choice(['', 'Flat ', 'TC '])}{g.rnd.randint(1, 60)}/{g.rnd.randint(100, 2_400)}, {s}".strip()
    if lang == "mx":
        return f"{s} {g.rnd.randint(1, 1_800)}" + (f" Int. {g.rnd.randint(1, 24)}" if g.rnd.random() < 0.25 else "")
    if lang == "it":
        return f"{s} {g.rnd.randint(1, 180)}"
    if lang == "at":
        house = f"{s} {g.rnd.randint(1, 160)}"
        return house + (f"/{g.rnd.randint(1, 4)}/{g.rnd.randint(1, 24)}" if g.rnd.random() < 0.6 else "")
    if lang == "se":
        house = f"{s} {g.rnd.randint(1, 90)}"
        return house + (f" lgh {g.rnd.randint(10, 16)}0{g.rnd.randint(1, 4)}" if g.rnd.random() < 0.4 else "")
    if lang == "cz":
        return f"{s} {g.rnd.randint(1, 2_900)}/{g.rnd.randint(1, 120)}"
    if lang == "ua":
        return f"{s}, буд. {g.rnd.randint(1, 160)}" + (f", кв. {g.rnd.randint(1, 240)}" if g.rnd.random() < 0.7 else "")
    return s


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def ird(g: Gen) -> str:
    """A New Zealand IRD number (nine digits, check digit by python-stdnum), written ``123-456-789``."""
    d = g.valid(lambda: f"{g.rnd.randint(10_000_000, 150_000_000):09d}", _ird.is_valid)
    return _ird.format(d)


def ird_decoy(g: Gen) -> str:
    """Nine digits written like an IRD number and failing its check (a lender's application reference)."""
    d = g.valid(lambda: f"{g.rnd.randint(10_000_000, 150_000_000):09d}", lambda x: not _ird.is_valid(x))
    return f"{d[:3]}-{d[3:6]}-{d[6:]}"


def nz_licence(g: Gen) -> str:
    """A New Zealand driver licence number (by shape: two letters and six digits)."""
    return g.code("AA999999")


def gb_nino(g: Gen) -> str:
    """A UK National Insurance number (by shape: prefix rules, no check digit exists)."""
    first, second = "ABCEGHJKLMNOPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
    prefix = g.valid(
        lambda: g.rnd.choice(first) + g.rnd.choice(second),
        lambda p: p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"),
    )
    d = g.digits(6)
    if g.rnd.random() < 0.4:
        return f"{prefix}{d}{g.rnd.choice('ABCD')}"
    return f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {g.rnd.choice('ABCD')}"


def dvla(g: Gen, first: str, last: str, born: date, female: bool) -> str:
    """A DVLA driving licence number built from the family name, birth date, sex and initial (shape only: the
    computer check digits are not public)."""
    sur = "".join(ch for ch in fold(last).upper() if ch.isalpha())[:5].ljust(5, "9")
    month = born.month + (50 if female else 0)
    init = fold(first).upper()[:1] + "9"
    year = str(born.year)
    return f"{sur}{year[2]}{month:02d}{born.day:02d}{year[3]}{init}{g.rnd.randint(0, 9)}{g.code('AA')}"


def sin(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.choice([1, 1, 1, 2, 3, 4, 5, 6, 7])) + g.digits(8), _sin.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def sin_decoy(g: Gen) -> str:
    """Nine digits spaced like a SIN and failing its Luhn check (a screening reference)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 7)) + g.digits(8), lambda x: not _sin.is_valid(x))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def us_ssn(g: Gen) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    return g.valid(make, _ssn.is_valid)


def us_ssn_decoy(g: Gen) -> str:
    """Nine digits shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    return g.rnd.choice(["000", "666", f"9{g.digits(2)}"]) + g.digits(6)


def aba(g: Gen) -> str:
    """An ABA routing number of a bank (check digit by python-stdnum)."""
    return g.valid(lambda: g.rnd.choice(["1040", "1041", "1049", "3040"]) + g.digits(5), _rtn.is_valid)


def aadhaar(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}"


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (a lead number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def pan(g: Gen, family: str) -> str:
    initial = (latin(family)[:1] or "K").upper()
    return g.valid(lambda: g.code("AAA") + "P" + initial + g.digits(4) + g.code("A"), _pan.is_valid)


def za_id(g: Gen, born: date, female: bool) -> str:
    def make() -> str:
        seq = g.rnd.randint(0, 4_999) if female else g.rnd.randint(5_000, 9_999)
        body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:04d}08"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _idnr.is_valid)


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits failing the South African ID number's check (an invoice number)."""
    return g.valid(lambda: "25" + g.digits(11), lambda x: not _idnr.is_valid(x))


def _mx_first_vowel(text: str) -> str:
    return next((ch for ch in text[1:] if ch in "AEIOU"), "X")


def _mx_first_consonant(text: str) -> str:
    return next((ch for ch in text[1:] if ch.isalpha() and ch not in "AEIOU"), "X")


def _mx_clean(text: str) -> str:
    return "".join(ch for ch in fold(text).upper() if ch.isalpha() or ch == " ").strip()


def _mx_given(names: str) -> str:
    parts = _mx_clean(names).split()
    if len(parts) > 1 and parts[0] in ("JOSE", "MARIA", "MA"):
        return parts[1]
    return parts[0]


def curp(g: Gen, names: str, paternal: str, maternal: str, born: date, female: bool, state: str) -> str:
    """A CURP encoding the names, birth date, sex and state of birth (check digit by python-stdnum)."""
    p, m, n = _mx_clean(paternal).split()[-1], _mx_clean(maternal).split()[-1], _mx_given(names)
    head = p[0] + _mx_first_vowel(p) + m[0] + n[0]
    if head in _curp._name_blacklist:
        head = head[0] + "X" + head[2:]
    body = (
        head
        + born.strftime("%y%m%d")
        + ("M" if female else "H")
        + state
        + _mx_first_consonant(p)
        + _mx_first_consonant(m)
        + _mx_first_consonant(n)
        + ("0" if born.year < 2000 else "A")
    )
    number = body + _curp.calc_check_digit(body + "0")
    assert _curp.is_valid(number), number
    return number


def rfc(g: Gen, names: str, paternal: str, maternal: str, born: date) -> str:
    """A personal RFC (the CURP's first ten characters, a homoclave and its check digit by python-stdnum)."""
    p, m, n = _mx_clean(paternal).split()[-1], _mx_clean(maternal).split()[-1], _mx_given(names)
    head = p[0] + _mx_first_vowel(p) + m[0] + n[0]
    if head in _rfc._name_blacklist:
        head = head[:3] + "X"
    body = head + born.strftime("%y%m%d")

    def make() -> str:
        homoclave = "123456789ABCDEFGHJKLMNPRSTUVWXYZ"
        stem = body + g.rnd.choice(homoclave) + g.rnd.choice(homoclave)
        return stem + _rfc.calc_check_digit(stem)

    return g.valid(make, lambda x: _rfc.is_valid(x, validate_check_digits=True))


def clabe(g: Gen) -> str:
    """An 18-digit CLABE (bank, plaza, account, and the weighted 3-7-1 check digit)."""
    bank = g.rnd.choice(["012", "002", "014", "021", "072", "044", "127"])
    body = bank + g.rnd.choice(["680", "180", "320"]) + g.digits(11)
    return body + clabe_check(body)


def clabe_check(body: str) -> str:
    return str((10 - sum(int(d) * (3, 7, 1)[i % 3] % 10 for i, d in enumerate(body)) % 10) % 10)


def _cf_letters(text: str, given: bool) -> str:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vows = [ch for ch in letters if ch in "AEIOU"]
    if given and len(cons) >= 4:
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


def svnr(g: Gen, born: date) -> str:
    """An Austrian social insurance number: a serial, its check digit (python-stdnum) and the birth date ``DDMMYY``."""

    def make() -> str:
        serial = f"{g.rnd.randint(100, 999)}"
        body = serial + "0" + born.strftime("%d%m%y")
        return serial + _vnr.calc_check_digit(body) + born.strftime("%d%m%y")

    return g.valid(make, _vnr.is_valid)


def svnr_decoy(g: Gen) -> str:
    """Ten digits written like an SVNr (``NNNN DDMMYY``) failing its check (a deposit number)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(9), lambda x: not _vnr.is_valid(x))
    return f"{d[:4]} {d[4:]}"


def personnummer(g: Gen, born: date, dash: bool = True) -> str:
    def make() -> str:
        body = born.strftime("%y%m%d") + g.digits(3)
        return body + luhn.calc_check_digit(body)

    d = g.valid(make, _pnr.is_valid)
    full = f"{born.year // 100}{d}"
    return f"{full[:8]}-{full[8:]}" if dash else full


def personnummer_decoy(g: Gen) -> str:
    """``YYMMDD-NNNN`` with a date that can exist and a failing Luhn digit (an assignment number)."""
    def make() -> str:
        d = g.day("2019-01-01", "2025-12-31").strftime("%y%m%d") + g.digits(4)
        return f"{d[:6]}-{d[6:]}"

    return g.valid(make, lambda x: not luhn.is_valid(x.replace("-", "")))


def rodne_cislo(g: Gen, born: date, female: bool) -> str:
    month = born.month + (50 if female else 0)

    def make() -> str:
        head = f"{born:%y}{month:02d}{born.day:02d}{g.digits(3)}"
        return head + str(int(head) % 11 % 10)

    d = g.valid(make, lambda x: _rc.is_valid(x) and _rc.get_birth_date(x) == born)
    return f"{d[:6]}/{d[6:]}"


def rodne_cislo_decoy(g: Gen) -> str:
    """Ten digits written like a birth number and failing its check (a contract number)."""
    return g.valid(lambda: g.digits(6) + "/" + g.digits(4), lambda x: not _rc.is_valid(x))


def ico(g: Gen) -> str:
    """A Czech company number (IČO, eight digits with its check digit)."""
    return g.valid(lambda: str(g.rnd.randint(1, 7)) + g.digits(7), _ico.is_valid)


def my_number(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(10)
    d = body + _mynumber.calc_check_digit(body)
    assert _mynumber.is_valid(d)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if g.rnd.random() < 0.5 else d


def my_number_decoy(g: Gen) -> str:
    """Twelve digits failing My Number's check (an application number)."""
    return g.valid(lambda: "20" + g.digits(10), lambda x: not _mynumber.is_valid(x))


def rntrc(g: Gen, born: date, female: bool) -> str:
    """A Ukrainian RNOKPP: days since 1899-12-31, a serial whose last digit is even for women, a check digit."""
    days = (born - date(1899, 12, 31)).days

    def make() -> str:
        serial = g.digits(3) + str(g.rnd.choice("02468" if female else "13579"))
        body = f"{days:05d}{serial}"
        return body + _rntrc.calc_check_digit(body)

    return g.valid(make, _rntrc.is_valid)


def rntrc_decoy(g: Gen) -> str:
    """Ten digits failing the RNOKPP check (a register entry number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 4)) + g.digits(9), lambda x: not _rntrc.is_valid(x))


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


def it_iban(g: Gen) -> str:
    abi = g.rnd.choice(["03069", "02008", "05034", "08728", "03062", "06230"])
    bban = g.code("A") + abi + g.rnd.choice(["12100", "12101", "62370", "12600"]) + g.digits(12)
    return iban("IT", bban)


def at_iban(g: Gen) -> str:
    return iban("AT", g.rnd.choice(["20320", "34000", "15000", "12000", "20215"]) + g.digits(11))


def ua_iban(g: Gen) -> str:
    return iban("UA", g.rnd.choice(["305299", "322001", "320478", "300528"]) + g.digits(19))


def cz_account(g: Gen) -> str:
    prefix = f"{g.rnd.randint(19, 670_100)}-" if g.rnd.random() < 0.3 else ""
    number = g.rnd.randint(100_000, 9_999_999_999)
    return f"{prefix}{number}/{g.rnd.choice(['0800', '0100', '0300', '2010', '5500', '0600'])}"


def dmy(d: date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"
