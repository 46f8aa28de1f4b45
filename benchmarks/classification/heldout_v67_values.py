"""Values of held-out set v67 (:mod:`benchmarks.classification.heldout_v67`): v67's random source, names, streets,
towns and postal codes written by hand for v67 (no Faker, no list of real people), phones checked with phonenumbers
and identifiers with check digits computed and checked with python-stdnum (or, where python-stdnum has no module, by
the published algorithm: the VIN's check character, the Singapore NRIC's and the vehicle plate's check letters, the
Polish identity card's check digit).

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module; the lists below are new.
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
from stdnum.au import abn as _abn
from stdnum.ca import bn as _bn
from stdnum.cz import dic as _cz_dic
from stdnum.cz import rc as _rc
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _gr_vat
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import gstin as _gstin
from stdnum.in_ import pan as _pan
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva
from stdnum.jp import cn as _jp_cn
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.sg import uen as _uen
from stdnum.tr import tckimlik as _tck
from stdnum.tr import vkn as _vkn
from stdnum.us import rtn as _rtn
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 67_402_2026
N = "none"
#: a login or public handle (review, as in v5 to v65)
USERNAME = "unclassified"
#: NULL-like strings of v67's systems (tests skip them)
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
    "unknown",
    "Unknown",
    "?",
    "#N/A",
    "nil",
    "<null>",
    "undefined",
    "0",
    "000-00-0000",
    "test@example.com",
    "noreply@example.com",
    "x@x.com",
    "(000) 000-0000",
    "TBC",
    "tbc",
    "not given",
    "NOT GIVEN",
    "brak",
    "b.d.",
    "nessuno",
    "nessuna",
    "n.d.",
    "N.D.",
    "neuvedeno",
    "---",
    "yok",
    "Yok",
    "—",
    "δεν δηλώθηκε",
    "なし",
    "不明",
    "*",
    "NIL",
    "Nil",
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v67:{SEED}:{table}")

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

    def amounts(self, lo: float, hi: float) -> list[float]:
        return [round(self.rnd.uniform(lo, hi), 2) for _ in range(self.rows)]

    def floats(self, lo: float, hi: float, digits: int, null: float = 0.0) -> list[Any]:
        return self.col(lambda: round(self.rnd.uniform(lo, hi), digits), null)

    def yn(self, yes: Any, no: Any, p: float) -> list[Any]:
        return [yes if self.rnd.random() < p else no for _ in range(self.rows)]

    def day(self, lo: str, hi: str) -> date:
        a, b = date.fromisoformat(lo), date.fromisoformat(hi)
        return a + timedelta(days=self.rnd.randint(0, (b - a).days))

    def days(self, lo: str, hi: str, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.day(lo, hi), null)

    def moment(self, lo: str, hi: str) -> datetime:
        return datetime.combine(self.day(lo, hi), datetime.min.time()) + timedelta(seconds=self.rnd.randint(0, 86_399))

    def moments(self, lo: str, hi: str, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.moment(lo, hi), null)

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

    def valid(self, make: Callable[[], str], ok: Callable[[str], bool]) -> str:
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

    def version(self) -> str:
        return f"{self.rnd.randint(1, 9)}.{self.rnd.randint(0, 24)}.{self.rnd.randint(0, 40)}"

    def ipv4(self) -> str:
        first = self.rnd.choice([31, 37, 46, 78, 79, 86, 87, 89, 109, 176, 178, 188, 193, 212, 213])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2a01", "2a02", "2001:bb6", "2a00:23c5", "2a0a"])
        parts = 8 - head.count(":") - 1
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(parts))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        keep = max(len(nsn) - 6, 1)

        def make() -> str:
            if region in AREA_CODES:
                return self.rnd.choice(AREA_CODES[region]) + str(self.rnd.randint(2, 9)) + self.digits(6)
            return nsn[:keep] + self.digits(len(nsn) - keep)

        def ok(candidate: str) -> bool:
            number = phonenumbers.parse(f"+{example.country_code}{candidate}")
            return phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region

        number = phonenumbers.parse(f"+{example.country_code}{self.valid(make, ok)}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        if fmt == "dashes":
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:3]}-{d[3:6]}-{d[6:]}" if region in AREA_CODES else national
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(
            lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile), null
        )


#: area codes of the North American tables (Central Texas; Hamilton and Niagara)
AREA_CODES = {"US": ["512", "737", "254"], "CA": ["905", "289", "365"]}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v67) -------------------------------------------------------------------------------------------

#: origin -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "anglo": (
        ["Beckett", "Colby", "Dalton", "Garrett", "Harlan", "Keaton", "Lyle", "Royce", "Tanner", "Wade"],
        ["Brynlee", "Callie", "Darcy", "Hollis", "Juniper", "Kinsley", "Maren", "Paisley", "Tessa", "Willa"],
        [
            "Ashworth",
            "Blevins",
            "Cordell",
            "Dillard",
            "Easterly",
            "Hargrove",
            "Kimbrough",
            "Mayfield",
            "Pruitt",
            "Rutledge",
            "Stallings",
            "Thornbury",
            "Whitlock",
            "Yarbrough",
        ],
    ),
    "hispanic": (
        ["Abelardo", "Cipriano", "Efraín", "Gilberto", "Jacinto", "Leonel", "Rigoberto", "Ulises"],
        ["Araceli", "Dulce", "Fabiola", "Itzayana", "Marisol", "Nayeli", "Rosalba", "Yesenia"],
        ["Cisneros", "Escamilla", "Garza", "Olivares", "Quintanilla", "Treviño", "Zamora", "Villarreal"],
    ),
    "british": (
        ["Alfie", "Callum", "Dexter", "Ellis", "Freddie", "Jenson", "Kieran", "Ollie", "Reuben", "Toby"],
        ["Amelie", "Bethany", "Elodie", "Freya", "Imogen", "Lottie", "Maisie", "Phoebe", "Rosie", "Tilly"],
        [
            "Attwood",
            "Blowers",
            "Catchpole",
            "Durrant",
            "Eastaugh",
            "Gotts",
            "Howlett",
            "Kerrison",
            "Loades",
            "Pegg",
            "Rushmer",
            "Thrower",
            "Utting",
            "Youngs",
        ],
    ),
    "south_asian": (
        ["Aarav", "Harjit", "Imran", "Kabir", "Rohan", "Tariq", "Vikram", "Zubair"],
        ["Anjali", "Farzana", "Harleen", "Mehreen", "Nisha", "Pooja", "Simran", "Tahira"],
        ["Ahmed", "Bhatti", "Chaudhry", "Gill", "Kaur", "Mistry", "Sandhu", "Sidhu"],
    ),
    "irish": (
        ["Cathal", "Donnacha", "Eoin", "Fiachra", "Oisín", "Ruairí", "Tadhg", "Colm", "Darragh", "Pádraig"],
        ["Aoibhinn", "Caoimhe", "Clodagh", "Éabha", "Gráinne", "Niamh", "Orlaith", "Saoirse", "Síofra", "Úna"],
        [
            "Ó Briain",
            "Breathnach",
            "Cronin",
            "Dineen",
            "Fitzgibbon",
            "Hegarty",
            "Kiely",
            "Lenihan",
            "McCarthy",
            "O'Donovan",
            "Scanlan",
            "Twomey",
        ],
    ),
    "east_euro": (
        ["Dariusz", "Jonas", "Kęstutis", "Mantas", "Tomasz", "Vytautas"],
        ["Agnieszka", "Aušra", "Ieva", "Justyna", "Rūta", "Zofia"],
        ["Jankauskas", "Kaczmarek", "Petrauskas", "Wróbel", "Zieliński", "Vasiliauskas"],
    ),
    "french_cdn": (
        ["Alexandre", "Étienne", "Gaétan", "Jean-Philippe", "Mathieu", "Rémi"],
        ["Geneviève", "Josée", "Maude", "Mélanie", "Noémie", "Sylvie"],
        ["Bouchard", "Desjardins", "Gagnon", "Lapointe", "Ouellet", "Tremblay"],
    ),
    "chinese": (
        ["Jun Hao", "Wei Ming", "Zhi Hao", "Kai Xuan", "Jia Le", "Yu Xuan"],
        ["Hui Min", "Jia Yi", "Xin Yi", "Shu Fen", "Li Ting", "Wen Qi"],
        ["Tan", "Lim", "Goh", "Ong", "Koh", "Teo", "Chua", "Wong", "Heng", "Sim"],
    ),
    "filipino": (
        ["Jericho", "Mark Anthony", "Rommel", "Jomar"],
        ["Maricel", "Lovely", "Rowena", "Kristine"],
        ["Bautista", "Dimaculangan", "Macaraeg", "Pangilinan"],
    ),
    "aussie": (
        ["Brodie", "Cooper", "Darcy", "Hamish", "Jarrah", "Lachlan", "Riley", "Tully"],
        ["Aleisha", "Brianna", "Chelsea", "Jayde", "Kirra", "Shannon", "Tahlia", "Tegan"],
        [
            "Beveridge",
            "Cavanagh",
            "Dwyer",
            "Fitzroy",
            "Gilchrist",
            "Maddern",
            "Pollard",
            "Rainbird",
            "Treloar",
            "Vickery",
        ],
    ),
    "maori_pacific": (
        ["Ihaia", "Manaia", "Nikau", "Rawiri", "Tāne", "Wiremu", "Sione", "Tevita"],
        ["Aroha", "Hine", "Kahurangi", "Mereana", "Ngaio", "Rangi", "Losana", "Mele"],
        ["Herewini", "Karaitiana", "Ngata", "Parata", "Tipene", "Waaka", "Faleolo", "Tuilagi"],
    ),
    "kiwi": (
        ["Blair", "Corey", "Fraser", "Hayden", "Logan", "Quinn"],
        ["Ashleigh", "Courtney", "Georgie", "Kayla", "Paige", "Renee"],
        ["Bidwell", "Calder", "Findlay", "Macaulay", "Rennie", "Sinclair", "Tait", "Wylie"],
    ),
    "india": (
        [
            "Basavaraj",
            "Chethan",
            "Girish",
            "Manjunath",
            "Naveen",
            "Prakash",
            "Raghavendra",
            "Santhosh",
            "Shivakumar",
            "Venkatesh",
            "Arun",
            "Mohammed Irfan",
        ],
        ["Bhavya", "Deepika", "Kavitha", "Lakshmi", "Pavithra", "Rekha", "Shruthi", "Sowmya", "Tejaswini", "Yashodha"],
        ["Gowda", "Hegde", "Kulkarni", "Naik", "Patil", "Reddy", "Shetty", "Murthy", "Rao", "Pasha", "Nayak", "Bhat"],
    ),
    "malay": (
        ["Muhammad Hafiz", "Ahmad Faiz", "Khairul", "Syed Amir"],
        ["Nurul Aisyah", "Siti Hajar", "Farhana", "Nur Izzati"],
        ["bin Rahman", "bin Osman", "binte Ismail", "bin Yusof"],
    ),
    "sg_indian": (
        ["Karthik", "Sivakumar", "Harish", "Devendran"],
        ["Priyadarshini", "Kavya", "Meenakshi", "Revathi"],
        ["Ramasamy", "Subramaniam", "Pillay", "Nair"],
    ),
    "yoruba": (
        ["Adewale", "Babatunde", "Femi", "Olumide", "Segun", "Tobiloba"],
        ["Adebola", "Folasade", "Funmilayo", "Morenike", "Titilayo", "Yetunde"],
        ["Adeyemi", "Bakare", "Ogunbiyi", "Olaniyan", "Oyelaran", "Akinola"],
    ),
    "igbo": (
        ["Chukwuemeka", "Ikechukwu", "Nnamdi", "Obiora", "Uchenna", "Kelechi"],
        ["Adaeze", "Chiamaka", "Ngozi", "Nneka", "Obiageli", "Ugochi"],
        ["Nwosu", "Okafor", "Okonkwo", "Onyekachi", "Eze", "Anyanwu"],
    ),
    "hausa": (
        ["Abubakar", "Ibrahim", "Musa", "Sani", "Yakubu"],
        ["Aisha", "Hauwa", "Zainab", "Halima", "Maryam"],
        ["Abdullahi", "Bello", "Danjuma", "Garba", "Suleiman"],
    ),
    "it": (
        ["Alberto", "Duccio", "Emanuele", "Filippo", "Jacopo", "Leonardo", "Niccolò", "Tommaso", "Vieri", "Gabriele"],
        ["Agnese", "Beatrice", "Caterina", "Costanza", "Elisa", "Ilaria", "Margherita", "Martina", "Noemi", "Vittoria"],
        [
            "Bartolini",
            "Cecchi",
            "Del Bravo",
            "Fanucchi",
            "Giannelli",
            "Lenzi",
            "Mazzoni",
            "Nardini",
            "Pucci",
            "Santini",
            "Tognetti",
            "Vannucci",
        ],
    ),
    "pl": (
        ["Bartłomiej", "Grzegorz", "Jakub", "Kacper", "Łukasz", "Mateusz", "Paweł", "Szymon", "Wojciech"],
        ["Aleksandra", "Dominika", "Ewelina", "Joanna", "Karolina", "Magdalena", "Natalia", "Weronika"],
        [
            "Baran",
            "Dudek",
            "Gawroński",
            "Jabłoński",
            "Kowalczyk",
            "Lis",
            "Nowicki",
            "Pawlak",
            "Sikora",
            "Wójcik",
            "Zając",
            "Mazurkiewicz",
        ],
    ),
    "cz": (
        ["Bohumil", "Jaroslav", "Lubomír", "Miroslav", "Ondřej", "Radek", "Vladimír", "Zbyněk"],
        ["Dagmar", "Ivana", "Jarmila", "Lenka", "Markéta", "Pavla", "Radka", "Šárka"],
        ["Bartoš", "Čermák", "Holub", "Kolář", "Matoušek", "Pokorný", "Sedláček", "Vávra", "Zeman", "Šimek"],
    ),
    "tr": (
        ["Alper", "Burak", "Cem", "Emre", "Hakan", "Kaan", "Murat", "Oğuz", "Serkan", "Tolga"],
        ["Ayşegül", "Büşra", "Derya", "Ebru", "Gizem", "Merve", "Özlem", "Sevgi", "Tuğba", "Zehra"],
        ["Akbulut", "Çelik", "Demirtaş", "Erdem", "Güneş", "Karaca", "Özkan", "Şahin", "Yıldırım", "Uysal"],
    ),
}
#: Greek: (male given, female given, family names as (male form, female form))
GR_MALE = ["Γιώργος", "Δημήτρης", "Κωνσταντίνος", "Νικόλαος", "Παναγιώτης", "Σπύρος", "Θανάσης", "Χρήστος"]
GR_FEMALE = ["Αικατερίνη", "Ελένη", "Μαρία", "Σοφία", "Δέσποινα", "Χρυσούλα", "Βασιλική", "Ευαγγελία"]
GR_FAMILY = [
    ("Παπαδόπουλος", "Παπαδοπούλου"),
    ("Κωνσταντινίδης", "Κωνσταντινίδου"),
    ("Μαυρίδης", "Μαυρίδου"),
    ("Αλεξίου", "Αλεξίου"),
    ("Σταθόπουλος", "Σταθοπούλου"),
    ("Ζαχαρίου", "Ζαχαρίου"),
    ("Καραγιάννης", "Καραγιάννη"),
    ("Λαμπρόπουλος", "Λαμπροπούλου"),
    ("Τσιμπούκης", "Τσιμπούκη"),
    ("Ρηγόπουλος", "Ρηγοπούλου"),
]
#: Japanese: (kanji, katakana, romaji)
JP_FAMILY = [
    ("鈴木", "スズキ", "suzuki"),
    ("加藤", "カトウ", "kato"),
    ("伊藤", "イトウ", "ito"),
    ("山口", "ヤマグチ", "yamaguchi"),
    ("林", "ハヤシ", "hayashi"),
    ("水野", "ミズノ", "mizuno"),
    ("近藤", "コンドウ", "kondo"),
    ("服部", "ハットリ", "hattori"),
    ("杉山", "スギヤマ", "sugiyama"),
    ("大野", "オオノ", "ono"),
    ("稲垣", "イナガキ", "inagaki"),
    ("丹羽", "ニワ", "niwa"),
]
JP_GIVEN = [
    ("健太", "ケンタ", "kenta"),
    ("大輔", "ダイスケ", "daisuke"),
    ("翔平", "ショウヘイ", "shohei"),
    ("浩二", "コウジ", "koji"),
    ("拓也", "タクヤ", "takuya"),
    ("誠", "マコト", "makoto"),
    ("美咲", "ミサキ", "misaki"),
    ("由美", "ユミ", "yumi"),
    ("彩花", "アヤカ", "ayaka"),
    ("真由美", "マユミ", "mayumi"),
    ("智子", "トモコ", "tomoko"),
    ("恵", "メグミ", "megumi"),
]

#: country -> origin weights of its people
ORIGINS: dict[str, dict[str, float]] = {
    "us": {"anglo": 5, "hispanic": 4, "south_asian": 1},
    "gb": {"british": 6, "south_asian": 1.5, "east_euro": 1},
    "ie": {"irish": 6, "east_euro": 1.5, "british": 0.5},
    "ca": {"anglo": 4, "south_asian": 2, "french_cdn": 1, "chinese": 1, "filipino": 1},
    "au": {"aussie": 6, "south_asian": 1, "chinese": 1, "maori_pacific": 0.5},
    "nz": {"kiwi": 4, "maori_pacific": 3, "chinese": 1, "south_asian": 1},
    "in": {"india": 1},
    "sg": {"chinese": 5, "malay": 2, "sg_indian": 1.5},
    "ng": {"yoruba": 4, "igbo": 3, "hausa": 2},
    "it": {"it": 1},
    "pl": {"pl": 1},
    "cz": {"cz": 1},
    "tr": {"tr": 1},
}


def _female_family(lang: str, name: str) -> str:
    if lang == "pl":
        for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if name.endswith(a):
                return name[: -len(a)] + b
        return name
    if lang == "cz":
        if name.endswith("ý"):
            return name[:-1] + "á"
        if name.endswith("ek"):
            return name[:-2] + "ková"
        return name + "ová"
    return name


def person(g: Gen, country: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A given name and a family name of someone from ``country``."""
    female = g.rnd.random() < 0.5 if female is None else female
    if country == "gr":
        fam = g.rnd.choice(GR_FAMILY)
        return g.rnd.choice(GR_FEMALE if female else GR_MALE), fam[1 if female else 0]
    weights = ORIGINS[country]
    origin = g.rnd.choices(list(weights), list(weights.values()))[0]
    males, females, lasts = NAMES[origin]
    last = g.rnd.choice(lasts)
    if origin == "malay":
        last = last.replace("binte", "bin") if not female else last.replace("bin ", "binte ")
    return g.rnd.choice(females if female else males), _female_family(country, last) if female else last


def whole(g: Gen, country: str = "us") -> str:
    a, b = person(g, country)
    return f"{a} {b}"


def given(g: Gen, country: str = "us") -> str:
    return person(g, country)[0]


def jp_person(g: Gen) -> tuple[tuple[str, str, str], tuple[str, str, str]]:
    return g.rnd.choice(JP_FAMILY), g.rnd.choice(JP_GIVEN)


GREEK_LATIN = dict(
    zip(
        "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ",
        [
            "a",
            "v",
            "g",
            "d",
            "e",
            "z",
            "i",
            "th",
            "i",
            "k",
            "l",
            "m",
            "n",
            "x",
            "o",
            "p",
            "r",
            "s",
            "s",
            "t",
            "y",
            "f",
            "ch",
            "ps",
            "o",
            "a",
            "e",
            "i",
            "i",
            "o",
            "y",
            "o",
            "i",
            "y",
            "i",
            "y",
        ],
        strict=True,
    )
)


def plain(text: str) -> str:
    low = text.lower().replace("ου", "ou").replace("ού", "ou")
    if any("\u0370" <= ch <= "\u03ff" for ch in low):
        low = "".join(GREEK_LATIN.get(ch, ch) for ch in low)
    return "".join(ch for ch in fold(low) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first), plain(last)
    local = g.rnd.choice(
        [
            f"{a}.{b}",
            f"{a[0]}{b}",
            f"{a}{g.rnd.randint(1, 99)}",
            f"{b}.{a[0]}",
            f"{a}_{b}",
            f"{a}{b[0]}{g.rnd.randint(70, 99)}",
            f"{b}{a[:3]}",
        ]
    )
    return f"{local}@{g.rnd.choice(domains)}"


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(first)}.{plain(last)}@{domain}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first), plain(last)
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a}{b[:3]}"][style % 5]


DOMAINS = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "att.net", "sbcglobal.net", "hotmail.com"],
    "gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "sky.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "icloud.com"],
    "ca": ["gmail.com", "rogers.com", "sympatico.ca", "hotmail.com", "cogeco.ca", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com.au", "iinet.net.au", "hotmail.com"],
    "nz": ["gmail.com", "xtra.co.nz", "hotmail.co.nz", "outlook.com", "icloud.com"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "sg": ["gmail.com", "singnet.com.sg", "hotmail.com", "yahoo.com.sg", "icloud.com"],
    "ng": ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com"],
    "it": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it", "alice.it"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "gmail.com", "interia.pl"],
    "cz": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com", "post.cz"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    "gr": ["gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr"],
    "jp": ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp", "i.softbank.jp"],
}


def email(g: Gen, country: str) -> str:
    return email_of(g, *person(g, country if country not in {"jp"} else "us"), DOMAINS[country])


# -- places (written for v67) ------------------------------------------------------------------------------------------

#: (town, state, ZIP lead) of Central Texas
US_TOWNS = [
    ("Austin", "TX", "787"),
    ("Round Rock", "TX", "786"),
    ("Georgetown", "TX", "786"),
    ("Pflugerville", "TX", "786"),
    ("San Marcos", "TX", "786"),
    ("Killeen", "TX", "765"),
    ("Temple", "TX", "765"),
    ("Waco", "TX", "767"),
    ("Bastrop", "TX", "786"),
]
US_STREETS = [
    "Mesquite Bend Dr",
    "Bluebonnet Ln",
    "Pecan Grove Rd",
    "Limestone Ridge",
    "Caddo Trl",
    "Live Oak St",
    "Brazos View Dr",
    "Sendero Hills Pkwy",
    "Cypress Creek Rd",
    "Old Settlers Blvd",
]
#: (town, postcode district) of East Anglia
GB_TOWNS = [
    ("Norwich", "NR2"),
    ("Norwich", "NR7"),
    ("Ipswich", "IP4"),
    ("Lowestoft", "NR32"),
    ("Bury St Edmunds", "IP33"),
    ("King's Lynn", "PE30"),
    ("Thetford", "IP24"),
    ("Diss", "IP22"),
    ("Great Yarmouth", "NR30"),
    ("Cromer", "NR27"),
]
GB_STREETS = [
    "Unthank Road",
    "Mousehold Lane",
    "Wherstead Road",
    "Gorleston Road",
    "Tollgate Close",
    "Magdalen Street",
    "Sandringham Avenue",
    "Bure Close",
    "Holt Road",
    "Wensum View",
]
#: (town, Eircode routing key)
IE_TOWNS = [
    ("Cork", "T12"),
    ("Cork", "T23"),
    ("Ballincollig", "P31"),
    ("Carrigaline", "P43"),
    ("Limerick", "V94"),
    ("Mallow", "P51"),
    ("Midleton", "P25"),
    ("Ennis", "V95"),
    ("Waterford", "X91"),
]
IE_STREETS = [
    "Boreenmanna Road",
    "Blarney Street",
    "Ballyvolane Drive",
    "Ard na Gréine",
    "Cois Abhann",
    "O'Connell Avenue",
    "Sráid na hAbhann",
    "Rathmore Park",
    "Knocknaheeny Grove",
]
EIRCODE_CHARS = "0123456789ACDEFHKNPRTVWXY"
#: (town, FSA leads) of Hamilton and Niagara
CA_TOWNS = [
    ("Hamilton", ["L8P", "L8M", "L9A"]),
    ("Stoney Creek", ["L8G", "L8J"]),
    ("St. Catharines", ["L2R", "L2M"]),
    ("Niagara Falls", ["L2E", "L2G"]),
    ("Burlington", ["L7R", "L7M"]),
    ("Grimsby", ["L3M"]),
    ("Welland", ["L3B", "L3C"]),
    ("Brantford", ["N3R", "N3T"]),
]
CA_STREETS = [
    "Barton St E",
    "Concession St",
    "Mountain Brow Blvd",
    "Queenston Rd",
    "Lakeshore Rd",
    "Glendale Ave",
    "Thorold Stone Rd",
    "King St W",
    "Upper James St",
]
#: (suburb or town, postcode) of Western Australia
AU_TOWNS = [
    ("Joondalup", "6027"),
    ("Rockingham", "6168"),
    ("Midland", "6056"),
    ("Armadale", "6112"),
    ("Mandurah", "6210"),
    ("Karratha", "6714"),
    ("South Hedland", "6722"),
    ("Kalgoorlie", "6430"),
    ("Geraldton", "6530"),
    ("Ellenbrook", "6069"),
]
AU_STREETS = [
    "Banksia Cres",
    "Marri Rd",
    "Jarrah Way",
    "Wandoo Pl",
    "Yallingup St",
    "Coolgardie Tce",
    "Spinifex Dr",
    "Boab Ct",
    "Quokka Loop",
]
#: (town, postcode) of the Waikato and the Bay of Plenty
NZ_TOWNS = [
    ("Hamilton", "3204"),
    ("Hamilton", "3210"),
    ("Hamilton", "3216"),
    ("Cambridge", "3434"),
    ("Te Awamutu", "3800"),
    ("Huntly", "3700"),
    ("Morrinsville", "3300"),
    ("Tokoroa", "3420"),
    ("Matamata", "3400"),
]
NZ_STREETS = [
    "Kahikatea Drive",
    "Grey Street",
    "Te Rapa Road",
    "Pukete Road",
    "Victoria Street",
    "Kowhai Place",
    "Tītoki Crescent",
    "Hillcrest Road",
    "Rototuna Road",
]
#: (locality, PIN) of Bengaluru, and home towns with their PIN
IN_LOCALITIES = [
    ("Whitefield", "560066"),
    ("Koramangala", "560034"),
    ("Jayanagar", "560041"),
    ("Yelahanka", "560064"),
    ("Electronic City", "560100"),
    ("Hebbal", "560024"),
    ("Marathahalli", "560037"),
    ("Banashankari", "560070"),
    ("Peenya", "560058"),
]
IN_TOWNS = [
    ("Mysuru", "570001"),
    ("Tumakuru", "572101"),
    ("Mandya", "571401"),
    ("Hassan", "573201"),
    ("Davanagere", "577001"),
    ("Kolar", "563101"),
    ("Chikkaballapur", "562101"),
]
IN_STREETS = [
    "2nd Cross, 4th Main",
    "17th Cross, BTM 2nd Stage",
    "80 Feet Road",
    "Old Madras Road",
    "1st Main, Vinayaka Layout",
    "Kanakapura Road",
    "8th Block, 3rd Cross",
]
#: (area, postal-code lead) of Singapore HDB estates
SG_AREAS = [
    ("Ang Mo Kio Avenue 3", "56"),
    ("Tampines Street 81", "52"),
    ("Jurong West Street 52", "64"),
    ("Bukit Batok West Avenue 6", "65"),
    ("Punggol Field", "82"),
    ("Sengkang East Way", "54"),
    ("Woodlands Drive 14", "73"),
    ("Bedok North Road", "46"),
    ("Yishun Ring Road", "76"),
]
#: (town, LGA) of Lagos State
NG_TOWNS = [
    ("Ikeja", "Ikeja"),
    ("Surulere", "Surulere"),
    ("Lekki", "Eti-Osa"),
    ("Ajah", "Eti-Osa"),
    ("Yaba", "Lagos Mainland"),
    ("Ikorodu", "Ikorodu"),
    ("Ogba", "Ikeja"),
    ("Festac Town", "Amuwo-Odofin"),
    ("Egbeda", "Alimosho"),
    ("Badagry", "Badagry"),
]
NG_STREETS = [
    "Adebayo Olumide Street",
    "Ogunlana Drive",
    "Community Road",
    "Isheri Road",
    "Chief Nwafor Close",
    "Emir Garba Crescent",
    "Alhaji Bakare Street",
    "Unity Estate Road",
    "Oke-Afa Lane",
]
#: (comune, province, CAP lead, cadastral code) of Tuscany
IT_TOWNS = [
    ("Pisa", "PI", "561", "G702"),
    ("Lucca", "LU", "551", "E715"),
    ("Livorno", "LI", "571", "E625"),
    ("Firenze", "FI", "501", "D612"),
    ("Prato", "PO", "591", "G999"),
    ("Pistoia", "PT", "511", "G713"),
    ("Massa", "MS", "541", "F023"),
    ("Arezzo", "AR", "521", "A390"),
    ("Viareggio", "LU", "550", "L833"),
]
IT_STREETS = [
    "Via Aurelia Nord",
    "Via del Brennero",
    "Viale delle Piagge",
    "Via Fiorentina",
    "Borgo Stretto",
    "Via Sarzanese",
    "Via di Sant'Alessio",
    "Viale Carducci",
    "Via Emilia",
]
#: (town, postcode lead) of Lesser Poland and around
PL_TOWNS = [
    ("Kraków", "30"),
    ("Kraków", "31"),
    ("Tarnów", "33"),
    ("Nowy Sącz", "33"),
    ("Wieliczka", "32"),
    ("Katowice", "40"),
    ("Rzeszów", "35"),
    ("Kielce", "25"),
    ("Bielsko-Biała", "43"),
]
PL_STREETS = [
    "ul. Wielicka",
    "ul. Zakopiańska",
    "os. Kalinowe",
    "ul. Długa",
    "al. Pokoju",
    "ul. Sienna",
    "ul. Krakowska",
    "ul. Lwowska",
    "ul. Jagiellońska",
]
#: (town, PSČ) of the Moravian-Silesian Region
CZ_TOWNS = [
    ("Ostrava", "700 30"),
    ("Ostrava", "708 00"),
    ("Opava", "746 01"),
    ("Frýdek-Místek", "738 01"),
    ("Karviná", "733 01"),
    ("Havířov", "736 01"),
    ("Nový Jičín", "741 01"),
    ("Třinec", "739 61"),
    ("Bohumín", "735 81"),
]
CZ_STREETS = [
    "Hlavní třída",
    "Nádražní",
    "Opavská",
    "Českobratrská",
    "Na Lánech",
    "Ruská",
    "Komenského",
    "Těšínská",
    "U Stadionu",
]
#: (district, postcode) of Bursa
TR_DISTRICTS = [
    ("Nilüfer", "16110"),
    ("Osmangazi", "16050"),
    ("Yıldırım", "16300"),
    ("Mudanya", "16940"),
    ("Gemlik", "16600"),
    ("İnegöl", "16400"),
    ("Gürsu", "16580"),
]
TR_STREETS = [
    "Atatürk Caddesi",
    "Fatih Sultan Mehmet Bulvarı",
    "Gazcılar Caddesi",
    "Menekşe Sokak",
    "Akasya Sokak",
    "İzmir Yolu",
    "Cumhuriyet Caddesi",
]
#: Athens streets and postcodes, and towns of Attica for letters
GR_STREETS = [
    "Πατησίων",
    "Αχαρνών",
    "Κυψέλης",
    "Φωκίωνος Νέγρη",
    "Ιπποκράτους",
    "Δεινοκράτους",
    "Λ. Αλεξάνδρας",
    "Ευελπίδων",
    "Μαυρομιχάλη",
    "Δροσοπούλου",
]
GR_POSTCODES = ["104 34", "104 45", "112 51", "112 53", "113 61", "113 63", "114 71", "114 73", "106 80", "115 21"]
GR_TOWNS = ["Αθήνα", "Πειραιάς", "Μαρούσι", "Καλλιθέα", "Χαλάνδρι", "Περιστέρι", "Γλυφάδα", "Ηράκλειο"]
#: (city, prefecture, postcode lead, town part) of the Chūkyō area
JP_TOWNS = [
    ("名古屋市千種区", "愛知県", "464", "今池"),
    ("名古屋市昭和区", "愛知県", "466", "御器所"),
    ("豊田市", "愛知県", "471", "挙母町"),
    ("岡崎市", "愛知県", "444", "康生町"),
    ("一宮市", "愛知県", "491", "本町"),
    ("春日井市", "愛知県", "486", "鳥居松町"),
    ("岐阜市", "岐阜県", "500", "長住町"),
    ("四日市市", "三重県", "510", "諏訪町"),
]


def us_street(g: Gen) -> str:
    n = g.rnd.randint(100, 19999)
    return f"{n} {g.rnd.choice(US_STREETS)}"


def gb_postcode(g: Gen, district: str) -> str:
    return f"{district} {g.rnd.randint(1, 9)}{g.code('A')}{g.code('A')}".replace("C", "D").replace("I", "J")


def gb_street(g: Gen) -> str:
    return g.rnd.choice(
        [
            f"{g.rnd.randint(1, 180)} {g.rnd.choice(GB_STREETS)}",
            f"Flat {g.rnd.randint(1, 12)}, {g.rnd.randint(2, 60)} {g.rnd.choice(GB_STREETS)}",
            f"{g.rnd.choice(['Rose', 'Ivy', 'Orchard', 'Mill'])} Cottage, {g.rnd.choice(GB_STREETS)}",
        ]
    )


def eircode(g: Gen, key: str) -> str:
    return f"{key} {g.digits(4, EIRCODE_CHARS)}"


def ie_street(g: Gen) -> str:
    return g.rnd.choice(
        [
            f"{g.rnd.randint(1, 140)} {g.rnd.choice(IE_STREETS)}",
            f"Apt {g.rnd.randint(1, 40)}, {g.rnd.choice(['The Maltings', 'Lee Point', 'Riverside'])}",
            f"{g.rnd.randint(1, 90)} {g.rnd.choice(IE_STREETS)}, {g.rnd.choice(['Douglas', 'Wilton'])}",
        ]
    )


def ca_postal(g: Gen, fsa: str) -> str:
    return f"{fsa} {g.rnd.randint(0, 9)}{g.rnd.choice('ABCEGHJKLMNPRSTVWXYZ')}{g.rnd.randint(0, 9)}"


def ca_street(g: Gen) -> str:
    n = g.rnd.randint(10, 2900)
    return g.rnd.choice(
        [f"{n} {g.rnd.choice(CA_STREETS)}", f"{g.rnd.randint(101, 1809)}-{n} {g.rnd.choice(CA_STREETS)}"]
    )


def au_street(g: Gen) -> str:
    return g.rnd.choice(
        [
            f"{g.rnd.randint(1, 250)} {g.rnd.choice(AU_STREETS)}",
            f"Unit {g.rnd.randint(1, 24)}/{g.rnd.randint(1, 99)} {g.rnd.choice(AU_STREETS)}",
        ]
    )


def nz_street(g: Gen) -> str:
    return g.rnd.choice(
        [
            f"{g.rnd.randint(1, 300)} {g.rnd.choice(NZ_STREETS)}",
            f"{g.rnd.randint(1, 20)}/{g.rnd.randint(1, 99)} {g.rnd.choice(NZ_STREETS)}",
            f"{g.rnd.randint(1, 90)}{g.rnd.choice('AB')} {g.rnd.choice(NZ_STREETS)}",
        ]
    )


def in_street(g: Gen) -> str:
    return f"#{g.rnd.randint(1, 999)}, {g.rnd.choice(IN_STREETS)}"


def sg_address(g: Gen) -> tuple[str, str]:
    area, lead = g.rnd.choice(SG_AREAS)
    blk = g.rnd.randint(101, 899)
    street = f"Blk {blk} {area} #{g.rnd.randint(2, 16):02d}-{g.rnd.randint(10, 480)}"
    return street, f"{lead}{blk:04d}"


def ng_street(g: Gen) -> str:
    return f"{g.rnd.randint(1, 60)} {g.rnd.choice(NG_STREETS)}"


def it_street(g: Gen) -> str:
    return f"{g.rnd.choice(IT_STREETS)} {g.rnd.randint(1, 240)}" + g.rnd.choice(["", "/B", " int. 3"])


def pl_street(g: Gen) -> str:
    return f"{g.rnd.choice(PL_STREETS)} {g.rnd.randint(1, 140)}" + g.rnd.choice(["", f"/{g.rnd.randint(1, 60)}"])


def cz_street(g: Gen) -> str:
    return f"{g.rnd.choice(CZ_STREETS)} {g.rnd.randint(100, 2999)}/{g.rnd.randint(1, 80)}"


def tr_street(g: Gen) -> str:
    return (
        f"{g.rnd.choice(['Beşevler', 'Ertuğrul', 'Fethiye', 'Görükle', 'Hamitler'])} Mah. "
        f"{g.rnd.choice(TR_STREETS)} No:{g.rnd.randint(1, 120)} D:{g.rnd.randint(1, 20)}"
    )


def gr_street(g: Gen) -> str:
    return f"{g.rnd.choice(GR_STREETS)} {g.rnd.randint(1, 210)}"


# -- identifiers with check digits -------------------------------------------------------------------------------------


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa, Mastercard or Amex prefix."""
    prefix, length = g.rnd.choice([("4", 16), ("53", 16), ("2720", 16), ("34", 15)])
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


#: BBAN layouts (9 a digit, A a letter); python-stdnum checks the result
BBAN = {
    "IT": "A9999999999ZZZZZZZZZZZZ",
    "PL": "999999999999999999999999",
    "CZ": "99999999999999999999",
    "CZ_BANKS": "0100 0300 0800 2010 0600 5500 2700 3030",
    "TR": "9999909999999999999999",
    "GR": "99999999999999999999999",
}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, national checks retried, python-stdnum checks it)."""

    def make() -> str:
        bban = g.code(BBAN[country])
        if country == "CZ":
            bban = g.rnd.choice(BBAN["CZ_BANKS"].split()) + "000000" + g.digits(10)
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4)) if spaced else number


def us_ssn(g: Gen) -> str:
    return g.valid(
        lambda: f"{g.rnd.randint(1, 665):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}", _ssn.is_valid
    )


def routing_number(g: Gen) -> str:
    """An ABA routing number (3-7-1 check): a bank's, ``none``."""

    def make() -> str:
        body = g.rnd.choice(["111", "113", "114", "314"]) + g.digits(5)
        w = [3, 7, 1] * 3
        total = sum(int(d) * w[i] for i, d in enumerate(body))
        return body + str((10 - total % 10) % 10)

    return g.valid(make, _rtn.is_valid)


VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_check(vin: str) -> str:
    total = sum(VIN_VALUES[ch] * w for ch, w in zip(vin, VIN_WEIGHTS, strict=True))
    return "X" if total % 11 == 10 else str(total % 11)


def vin(g: Gen, wmis: list[str]) -> str:
    """A 17-character VIN with its ISO 3779 / North American check character in position 9."""
    year = g.rnd.choice("ABCDEFGHJKLMNPRS123456789")
    body = g.rnd.choice(wmis) + g.digits(5, VIN_CHARS) + "0" + year + g.digits(1, VIN_CHARS) + g.digits(6)
    return body[:8] + vin_check(body) + body[9:]


def imei(g: Gen) -> str:
    body = g.rnd.choice(["35", "86", "01", "35"]) + g.digits(12)
    number = body + luhn.calc_check_digit(body)
    assert _imei.is_valid(number)
    return number


def ca_bn(g: Gen) -> str:
    """A Canadian business number with its GST/HST program account (``123456789RT0001``): a dealer's, ``none``."""
    body = g.digits(8, "123456789")
    number = body + luhn.calc_check_digit(body)
    assert _bn.is_valid(number + "RT0001")
    return f"{number} RT0001"


def au_abn(g: Gen) -> str:
    def make() -> str:
        return g.digits(1, "123456789") + g.digits(10)

    number = g.valid(make, _abn.is_valid)
    return f"{number[:2]} {number[2:5]} {number[5:8]} {number[8:]}"


def aadhaar(g: Gen) -> str:
    number = g.valid(lambda: g.digits(1, "23456789") + g.digits(11), _aadhaar.is_valid)
    return f"{number[:4]} {number[4:8]} {number[8:]}" if g.rnd.random() < 0.6 else number


def pan(g: Gen, family: str) -> str:
    """An Indian PAN of a person: fourth letter ``P``, fifth the initial of the family name."""
    initial = plain(family)[:1].upper() or "K"
    return g.valid(lambda: g.code("AAA") + "P" + initial + g.code("9999A"), _pan.is_valid)


def gstin(g: Gen) -> str:
    """A GSTIN of a Karnataka business (state 29): ``none``."""
    pan_part = g.valid(lambda: g.code("AAA") + g.rnd.choice("CF") + g.code("A9999A"), _pan.is_valid)
    body = "29" + pan_part + g.rnd.choice("123") + "Z"
    number = body + luhn.calc_check_digit(body, _gstin._ALPHABET)
    assert _gstin.is_valid(number)
    return number


NRIC_ST = "JZIHGFEDCBA"
NRIC_FG = "XWUTRQPNMLK"


def nric(g: Gen, born: date, foreign: bool = False) -> str:
    """A Singapore NRIC (``S``/``T``) or FIN (``F``/``G``) with its check letter; NRICs of those born from 1968 on
    begin with the birth year's last two digits."""
    prefix = ("T" if born.year >= 2000 else "S") if not foreign else ("G" if born.year >= 1990 else "F")
    digits = (f"{born.year % 100:02d}" + g.digits(5)) if not foreign and born.year >= 1968 else g.digits(7)
    return prefix + digits + nric_check(prefix, digits)


def nric_check(prefix: str, digits: str) -> str:
    total = sum(int(d) * w for d, w in zip(digits, [2, 7, 6, 5, 4, 3, 2], strict=True))
    if prefix in "TG":
        total += 4
    return (NRIC_ST if prefix in "ST" else NRIC_FG)[total % 11]


SG_PLATE_LETTERS = "AZYXUTSRPMLKJHGEDCB"


def sg_plate(g: Gen) -> str:
    """A Singapore vehicle plate with its check letter (``SLA1234B``)."""
    prefix = g.rnd.choice(["SL", "SM", "SN", "SK", "SJ", "SH"]) + g.rnd.choice("ABCDEFGHJKLMNPRSTUVXYZ")
    digits = str(g.rnd.randint(1, 9999))
    return prefix + digits + sg_plate_check(prefix, digits)


def sg_plate_check(prefix: str, digits: str) -> str:
    letters = [ord(ch) - 64 for ch in prefix[-2:]]
    nums = [int(d) for d in digits.zfill(4)]
    total = sum(x * w for x, w in zip(letters + nums, [9, 4, 5, 4, 3, 2], strict=True))
    return SG_PLATE_LETTERS[total % 19]


def sg_uen(g: Gen) -> str:
    """A Singapore UEN of a company (``201912345K``): ``none``."""
    return g.valid(lambda: f"{g.rnd.randint(1990, 2024)}{g.digits(5)}{g.code('A')}", _uen.is_valid)


def it_codice_fiscale(first: str, last: str, born: date, female: bool, comune: str) -> str:
    """An Italian codice fiscale encoding the name, the birth date and the comune (check letter: python-stdnum)."""

    def part(text: str, given_name: bool) -> str:
        letters = [ch for ch in fold(text).upper() if ch.isalpha()]
        cons = [ch for ch in letters if ch not in "AEIOU"]
        vows = [ch for ch in letters if ch in "AEIOU"]
        if given_name and len(cons) >= 4:
            return cons[0] + cons[2] + cons[3]
        return "".join((cons + vows + ["X", "X", "X"])[:3])

    day = born.day + (40 if female else 0)
    body = (
        part(last, False)
        + part(first, True)
        + f"{born.year % 100:02d}"
        + "ABCDEHLMPRST"[born.month - 1]
        + f"{day:02d}"
        + comune
    )
    number = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(number)
    return number


def it_partita_iva(g: Gen) -> str:
    def make() -> str:
        body = g.digits(1, "0123") + g.digits(6) + g.rnd.choice(["046", "047", "048", "050"])
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _iva.is_valid)


def pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    serial = g.digits(3) + str(g.rnd.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial}"
    number = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(number)
    return number


def pl_id_card(g: Gen) -> str:
    """A Polish identity card series and number (``ABC 123456``): three letters, a check digit, five digits."""
    letters = g.code("AAA")
    rest = g.digits(5)
    values = [ord(ch) - 55 for ch in letters] + [int(d) for d in rest]
    check = sum(x * w for x, w in zip(values, [7, 3, 1, 7, 3, 1, 7, 3], strict=True)) % 10
    return f"{letters}{check}{rest}"


def pl_id_card_valid(number: str) -> bool:
    text = number.replace(" ", "")
    if len(text) != 9 or not text[:3].isalpha() or not text[3:].isdigit():
        return False
    values = [ord(ch) - 55 for ch in text[:3]] + [int(d) for d in text[4:]]
    return sum(x * w for x, w in zip(values, [7, 3, 1, 7, 3, 1, 7, 3], strict=True)) % 10 == int(text[3])


def pl_nip(g: Gen) -> str:
    number = g.valid(lambda: g.digits(1, "123456789") + g.digits(9), _nip.is_valid)
    return f"{number[:3]}-{number[3:6]}-{number[6:8]}-{number[8:]}"


def cz_rc(g: Gen, born: date, female: bool) -> str:
    month = born.month + (50 if female else 0)
    head = f"{born.year % 100:02d}{month:02d}{born.day:02d}"

    def make() -> str:
        return f"{head}/{g.digits(4)}"

    return g.valid(make, lambda x: _rc.is_valid(x) and _rc.get_birth_date(x) == born)


def cz_ico(g: Gen) -> str:
    """A Czech company number (IČO, eight digits, mod 11): ``none``."""
    return g.valid(lambda: g.digits(1, "12467") + g.digits(7), _cz_dic.is_valid)


def tc_kimlik(g: Gen) -> str:
    def make() -> str:
        body = g.digits(1, "123456789") + g.digits(8)
        return body + _tck.calc_check_digits(body)

    return g.valid(make, _tck.is_valid)


def tr_vkn(g: Gen) -> str:
    def make() -> str:
        body = g.digits(9)
        return body + _vkn.calc_check_digit(body)

    return g.valid(make, _vkn.is_valid)


def gr_afm(g: Gen) -> str:
    """A Greek tax number (ΑΦΜ) of a person (first digit 0 to 1) or, with ``business``, of a company (8 or 9)."""
    return g.valid(lambda: g.rnd.choice("01") + g.digits(8), _gr_vat.is_valid)


def gr_afm_business(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("89") + g.digits(8), _gr_vat.is_valid)


def gr_amka(g: Gen, born: date, female: bool) -> str:
    """A Greek AMKA encoding the birth date (``ddmmyy``) and the sex (the tenth digit: even for women)."""

    def make() -> str:
        body = born.strftime("%d%m%y") + g.digits(3) + str(g.rnd.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
        return body + luhn.calc_check_digit(body)

    return g.valid(make, lambda x: _amka.is_valid(x) and _amka.get_birth_date(x) == born)


GR_ID_LETTERS = "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"


def gr_id_card(g: Gen) -> str:
    """A Greek identity card number (ΑΔΤ): two Greek capitals and six digits (no check digit)."""
    return (
        f"{g.digits(2, GR_ID_LETTERS)} {g.digits(6)}"
        if g.rnd.random() < 0.5
        else f"{g.digits(2, GR_ID_LETTERS)}{g.digits(6)}"
    )


def jp_corporate(g: Gen) -> str:
    def make() -> str:
        body = g.digits(12)
        return _jp_cn.calc_check_digit(body) + body

    return g.valid(make, _jp_cn.is_valid)


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)
