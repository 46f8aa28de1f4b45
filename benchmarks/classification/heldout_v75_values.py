"""Values of held-out set v75 (:mod:`benchmarks.classification.heldout_v75`): v75's random source, names, streets,
towns and postal codes written by hand for v75 (no Faker, no list of real people), phones checked with phonenumbers
and identifiers with check digits computed and checked with python-stdnum (the Russian SNILS check, which
python-stdnum lacks, is written out here).

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module (the phone maker rewritten to draw from each
country's own mobile and area prefixes); the lists below are new.
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
from stdnum import luhn, verhoeff
from stdnum.es import cif as _cif
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.fr import siret as _siret
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva
from stdnum.jp import cn as _jcn
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.ru import inn as _inn
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _zaid

from benchmarks.classification.heldout_v2 import Column

SEED = 75_290_2026
N = "none"
#: a login or an AS/400 or SAP user name (review, as in v5 to v74)
USERNAME = "unclassified"
#: a domestic bank account number without its IBAN (review, as v49, v56, v64 and v74 label it)
BANK_ACCOUNT = "unclassified"
#: NULL-like strings of v75's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "?", "#N/A",
    "nil", "<null>", "0", "none known", "None known", "NKA", "nil known", "keine", "aucun", "RAS", "ninguno",
    "nessuno", "brak", "нет", "なし", "-/-", "TBC", "tbc", "REDACTED", "test@test.com", "noemail@none.com",
    "0000000000", "000000000", "00000000",
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v75:{SEED}:{table}")

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

    def floats(self, lo: float, hi: float, digits: int) -> list[float]:
        return [round(self.rnd.uniform(lo, hi), digits) for _ in range(self.rows)]

    def yn(self, yes: Any, no: Any, p: float) -> list[Any]:
        return [yes if self.rnd.random() < p else no for _ in range(self.rows)]

    def day(self, lo: str, hi: str) -> date:
        a, b = date.fromisoformat(lo), date.fromisoformat(hi)
        return a + timedelta(days=self.rnd.randint(0, (b - a).days))

    def days(self, lo: str, hi: str, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.day(lo, hi), null)

    def moment(self, lo: str, hi: str) -> datetime:
        return datetime.combine(self.day(lo, hi), datetime.min.time()) + timedelta(seconds=self.rnd.randint(
            0, 86_399))

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
        first = self.rnd.choice([24, 50, 67, 71, 73, 98, 107, 108, 174, 184, 203, 208])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2600", "2601", "2603", "2605", "2607"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True, leads: list[str] | None = None,
              length: int | None = None) -> str:
        """A number of ``region`` valid by phonenumbers: a mobile drawn from :data:`MOBILE_LEADS` or a fixed line
        drawn from ``leads`` (area codes), the rest random digits."""
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        length = length or len(phonenumbers.national_significant_number(example))
        heads = (MOBILE_LEADS[region] if mobile else leads) or [phonenumbers.national_significant_number(example)[:2]]

        def make() -> str:
            head = self.rnd.choice(heads)
            return head + self.digits(length - len(head))

        def ok(candidate: str) -> bool:
            return phonenumbers.is_valid_number(phonenumbers.parse(f"+{example.country_code}{candidate}"))

        number = phonenumbers.parse(f"+{example.country_code}{self.valid(make, ok)}")
        return fmt_phone(number, fmt, region)

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0,
               leads: list[str] | None = None, length: int | None = None) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile,
                                           leads, length), null)


def fmt_phone(number: phonenumbers.PhoneNumber, fmt: str, region: str) -> str:
    nsn = phonenumbers.national_significant_number(number)
    if fmt == "e164":
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if fmt == "intl":
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if fmt == "00":
        return f"00{number.country_code}{nsn}"
    if fmt == "cc":
        return f"{number.country_code}{nsn}"
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    if fmt == "digits":
        return "".join(ch for ch in national if ch.isdigit())
    if fmt == "dashes" and region in ("US", "CA"):
        return f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"
    if fmt == "dots" and region in ("US", "CA"):
        return f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}"
    return national


#: mobile prefixes (national significant number) per region
MOBILE_LEADS: dict[str, list[str]] = {
    "GB": ["74", "75", "77", "78", "79"], "US": [], "CA": [], "AU": ["40", "41", "42", "43", "45", "47"],
    "NZ": ["21", "22", "27"], "ZA": ["60", "71", "72", "73", "76", "78", "82", "83", "84"],
    "IN": ["70", "81", "88", "90", "91", "93", "96", "98", "99"],
    "DE": ["151", "152", "157", "160", "170", "171", "172", "176"], "FR": ["6", "7"], "ES": ["6"],
    "IT": ["32", "33", "34", "38", "39"], "PL": ["50", "51", "53", "60", "66", "69", "72", "78", "79", "88"],
    "JP": ["70", "80", "90"], "RU": ["90", "91", "92", "95", "96", "98"],
}


def us_phone(g: Gen, areas: list[str], fmt: str, region: str = "US") -> str:
    """A US or Canadian number in one of ``areas`` (exchange 2-9, never 555)."""

    def make() -> str:
        exchange = str(g.rnd.randint(2, 9)) + g.digits(2)
        return g.rnd.choice(areas) + ("556" if exchange == "555" else exchange) + g.digits(4)

    def ok(candidate: str) -> bool:
        return phonenumbers.is_valid_number(phonenumbers.parse(f"+1{candidate}"))

    return fmt_phone(phonenumbers.parse(f"+1{g.valid(make, ok)}"), fmt, region)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v75) -------------------------------------------------------------------------------------------

#: origin -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "yorks": (["Callum", "Ellis", "Harvey", "Joel", "Kieran", "Lewis", "Owen", "Reuben", "Toby", "Zach"],
              ["Amelie", "Bethany", "Courtney", "Elsie", "Freya", "Isla", "Maisie", "Niamh", "Poppy", "Tilly"],
              ["Ackroyd", "Barraclough", "Dransfield", "Gledhill", "Hinchliffe", "Illingworth", "Midgley",
               "Sutcliffe", "Throssell", "Whiteley"]),
    "brit_asian": (["Adnan", "Bilal", "Haris", "Imran", "Rayyan", "Zain"], ["Aleena", "Hafsa", "Inaya", "Maryam",
                   "Safa", "Zoya"], ["Akhtar", "Bashir", "Hussain", "Iqbal", "Mahmood", "Rafiq"]),
    "ohio": (["Brantley", "Clayton", "Dalton", "Garrett", "Heath", "Kurt", "Lyle", "Marshall", "Nolan", "Wade"],
             ["Brenda", "Carla", "Darlene", "Jolene", "Kristin", "Lacey", "Marcy", "Paige", "Shelby", "Tonya"],
             ["Baumgardner", "Eversole", "Frantz", "Hostetler", "Kimmel", "Lautenschlager", "Noggle", "Rinehart",
              "Shumaker", "Yoder", "Zimmerly"]),
    "us_mix": (["Andrés", "DeShawn", "Jamal", "Kenji", "Mateo", "Nikhil", "Quang", "Tyrell"],
               ["Aaliyah", "Guadalupe", "Imani", "Mei", "Priya", "Rosalinda", "Thu", "Yesenia"],
               ["Abernathy", "Delgado", "Fofanah", "Gutiérrez", "Nakamura", "Okafor", "Raghavan", "Vo"]),
    "aus": (["Brodie", "Cooper", "Fletcher", "Hamish", "Lachlan", "Nate", "Riley", "Tyson"],
            ["Ashleigh", "Bronte", "Charli", "Indi", "Kiara", "Matilda", "Sienna", "Tahlia"],
            ["Bickford", "Coutts", "Fitzhardinge", "Hensley", "McInnerney", "Pappas", "Quach", "Tuala"]),
    "can": (["Étienne", "Gurjot", "Liam", "Malcolm", "Nathaniel", "Rohan", "Théo", "Wesley"],
            ["Aanya", "Brielle", "Chantal", "Genevieve", "Harpreet", "Keira", "Manon", "Rowan"],
            ["Beauchesne", "Dhaliwal", "Fraser", "Lalonde", "MacPhail", "Ouellette", "Sandhu", "Tremblay"]),
    "nz": (["Ihaia", "Kauri", "Manaia", "Nikau", "Quinn", "Ruben", "Tama", "Wiremu"],
           ["Anahera", "Aroha", "Georgie", "Hana", "Kahurangi", "Maia", "Ngaio", "Tui"],
           ["Blackburne", "Herewini", "Kereama", "McAllister", "Pōtae", "Rangihuna", "Tawhiri", "Whitcombe"]),
    "za": (["Bongani", "Dumisani", "Jacques", "Lwazi", "Mpho", "Pieter", "Thabo", "Yusuf"],
           ["Anri", "Busisiwe", "Lerato", "Mbali", "Naledi", "Riana", "Refilwe", "Zanele"],
           ["Botha", "Dlamini", "Khumalo", "Mahlangu", "Mokoena", "Nkosi", "Pretorius", "Van der Merwe"]),
    "in": (["Aditya", "Chirag", "Hemanth", "Karthik", "Nandan", "Pradyumna", "Shreyas", "Vikram"],
           ["Ananya", "Bhoomika", "Deepthi", "Harini", "Meghana", "Nithya", "Sahana", "Tanvi"],
           ["Bhat", "Gowda", "Hegde", "Kulkarni", "Nayak", "Rao", "Shetty", "Srinivasan"]),
    "de": (["Benedikt", "Florian", "Korbinian", "Leonhard", "Maximilian", "Quirin", "Sebastian", "Vitus"],
           ["Anneliese", "Franziska", "Johanna", "Kathrin", "Magdalena", "Rosalie", "Theresa", "Veronika"],
           ["Aigner", "Brandstetter", "Eichinger", "Hintermaier", "Huber", "Obermüller", "Reischl", "Wimmer"]),
    "fr": (["Anatole", "Baptiste", "Clément", "Gaspard", "Loïc", "Maxence", "Quentin", "Romain"],
           ["Apolline", "Bérénice", "Capucine", "Clémence", "Éloïse", "Maëlle", "Océane", "Solène"],
           ["Brossard", "Chabert", "Delorme", "Fayolle", "Grangeon", "Mermet", "Perrin", "Vernay"]),
    "es": (["Borja", "Ferran", "Iker", "Jaume", "Nacho", "Pau", "Vicent", "Xavier"],
           ["Amparo", "Desamparados", "Inmaculada", "Lledó", "Neus", "Paula", "Rocío", "Vega"],
           ["Almiñana", "Bellver", "Climent", "Ferrandis", "Gimeno", "Llorens", "Sanchis", "Tortosa"]),
    "it": (["Cesare", "Davide", "Emanuele", "Filippo", "Giacomo", "Leonardo", "Mattia", "Tommaso"],
           ["Alessandra", "Beatrice", "Caterina", "Eleonora", "Giulia", "Martina", "Silvia", "Vittoria"],
           ["Bonfiglioli", "Cavazza", "Fantuzzi", "Gamberini", "Lambertini", "Malaguti", "Righetti", "Zanardi"]),
    "pl": (["Bartosz", "Filip", "Igor", "Kacper", "Mikołaj", "Oskar", "Szymon", "Wojciech"],
           ["Agnieszka", "Hanna", "Julia", "Lena", "Maja", "Natalia", "Wiktoria", "Zuzanna"],
           ["Bąk", "Dudek", "Gąsior", "Kowalczyk", "Mazur", "Pietrzyk", "Sowa", "Wróbel"]),
}


def person(g: Gen, origin: str | list[str], female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    if isinstance(origin, list):
        origin = g.rnd.choice(origin)
    males, females, lasts = NAMES[origin]
    return g.rnd.choice(females if female else males), g.rnd.choice(lasts)


def whole(g: Gen, origin: str | list[str]) -> str:
    a, b = person(g, origin)
    return f"{a} {b}"


def given(g: Gen, origin: str | list[str]) -> str:
    return person(g, origin)[0]


def family(g: Gen, origin: str | list[str]) -> str:
    return person(g, origin)[1]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(70, 99)}", f"{b}{a[:2]}"])
    return f"{local}@{g.rnd.choice(domains)}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first), plain(last)
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a}{b[:3]}"][style % 5]


DOMAINS = {
    "GB": ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com"],
    "US": ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "icloud.com", "wowway.com"],
    "AU": ["gmail.com", "bigpond.com", "outlook.com", "optusnet.com.au", "icloud.com"],
    "CA": ["gmail.com", "rogers.com", "bell.net", "hotmail.com", "outlook.com"],
    "NZ": ["gmail.com", "xtra.co.nz", "outlook.com", "slingshot.co.nz"],
    "ZA": ["gmail.com", "webmail.co.za", "mweb.co.za", "outlook.com", "telkomsa.net"],
    "IN": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "DE": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"],
    "FR": ["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr"],
    "ES": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es"],
    "IT": ["libero.it", "gmail.com", "virgilio.it", "alice.it", "tiscali.it"],
    "PL": ["wp.pl", "onet.pl", "gmail.com", "interia.pl", "o2.pl"],
    "JP": ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp", "icloud.com"],
    "RU": ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "list.ru"],
}

# -- Japanese and Russian names (written for v75) ---------------------------------------------------------------------

#: (kanji, katakana) family and given names
JP_FAMILY = [("関口", "セキグチ"), ("新井", "アライ"), ("大野", "オオノ"), ("浅見", "アサミ"), ("栗原", "クリハラ"),
             ("島田", "シマダ"), ("深谷", "フカヤ"), ("根岸", "ネギシ"), ("小宮", "コミヤ"), ("須藤", "ストウ")]
JP_GIVEN = [("陽翔", "ハルト"), ("蒼", "アオイ"), ("湊", "ミナト"), ("悠真", "ユウマ"), ("颯太", "ソウタ"),
            ("結菜", "ユイナ"), ("陽葵", "ヒマリ"), ("芽依", "メイ"), ("咲良", "サクラ"), ("凛", "リン"),
            ("康弘", "ヤスヒロ"), ("真由美", "マユミ"), ("智子", "トモコ"), ("和也", "カズヤ")]
JP_ROMAJI = {"関口": "sekiguchi", "新井": "arai", "大野": "ohno", "浅見": "asami", "栗原": "kurihara",
             "島田": "shimada", "深谷": "fukaya", "根岸": "negishi", "小宮": "komiya", "須藤": "sudo"}
#: (male given, female given, male family, female family, male patronymic, female patronymic)
RU_MALE = ["Артём", "Глеб", "Данила", "Егор", "Кирилл", "Матвей", "Тимофей", "Ярослав"]
RU_FEMALE = ["Алёна", "Вероника", "Дарья", "Ксения", "Полина", "Светлана", "Ульяна", "Екатерина"]
RU_FAMILY = [("Бажов", "Бажова"), ("Ворошилов", "Ворошилова"), ("Зырянов", "Зырянова"), ("Колногоров", "Колногорова"),
             ("Мальцев", "Мальцева"), ("Пермяков", "Пермякова"), ("Сысоев", "Сысоева"), ("Чусовитин", "Чусовитина")]
RU_FATHERS = [("Андреевич", "Андреевна"), ("Викторович", "Викторовна"), ("Игоревич", "Игоревна"),
              ("Олегович", "Олеговна"), ("Сергеевич", "Сергеевна"), ("Юрьевич", "Юрьевна")]
RU_LATIN = {"Бажов": "bazhov", "Ворошилов": "voroshilov", "Зырянов": "zyryanov", "Колногоров": "kolnogorov",
            "Мальцев": "maltsev", "Пермяков": "permyakov", "Сысоев": "sysoev", "Чусовитин": "chusovitin"}


def ru_person(g: Gen, female: bool) -> tuple[str, str, str, str]:
    """(family, given, patronymic, latin family) of a Russian person."""
    fam = g.rnd.choice(RU_FAMILY)
    pat = g.rnd.choice(RU_FATHERS)
    return (fam[1] if female else fam[0], g.rnd.choice(RU_FEMALE if female else RU_MALE), pat[1] if female else pat[0],
            RU_LATIN[fam[0]])


# -- places (written for v75) ------------------------------------------------------------------------------------------

LEEDS_AREAS = [("Headingley", "LS6"), ("Horsforth", "LS18"), ("Roundhay", "LS8"), ("Chapel Allerton", "LS7"),
               ("Otley", "LS21"), ("Pudsey", "LS28"), ("Morley", "LS27"), ("Garforth", "LS25"), ("Wetherby", "LS22")]
LEEDS_STREETS = ["Otley Road", "Shire Oak Street", "Cardigan Lane", "Street Lane", "Harrogate Road", "Kirkstall Lane",
                 "Stainbeck Avenue", "Wetherby Road", "Town Street", "Bramhope Close"]
OHIO_TOWNS = [("Columbus", "432"), ("Dublin", "430"), ("Westerville", "430"), ("Worthington", "430"),
              ("Hilliard", "430"), ("Grove City", "431"), ("Delaware", "430"), ("Gahanna", "432")]
OHIO_STREETS = ["N High St", "Olentangy River Rd", "Sawmill Rd", "Schrock Rd", "E Dublin Granville Rd",
                "Bethel Rd", "Cleveland Ave", "Hard Rd", "Morse Rd", "Indianola Ave"]
MELB_SUBURBS = [("Brunswick", "3056"), ("Coburg", "3058"), ("Footscray", "3011"), ("Richmond", "3121"),
                ("St Kilda", "3182"), ("Preston", "3072"), ("Box Hill", "3128"), ("Glen Waverley", "3150"),
                ("Werribee", "3030"), ("Frankston", "3199")]
OTTAWA_AREAS = [("Ottawa", "K1S"), ("Ottawa", "K2P"), ("Nepean", "K2G"), ("Kanata", "K2M"), ("Orléans", "K1C"),
                ("Gloucester", "K1J"), ("Barrhaven", "K2J"), ("Stittsville", "K2S")]
OTTAWA_STREETS = ["Bank St", "Carling Ave", "Woodroffe Ave", "Innes Rd", "Hazeldean Rd", "Bronson Ave",
                  "Strandherd Dr", "St. Laurent Blvd", "Greenbank Rd"]
COLO_TOWNS = [("Boulder", "CO", "803"), ("Louisville", "CO", "800"), ("Longmont", "CO", "805"),
              ("Golden", "CO", "804"), ("Fort Collins", "CO", "805"), ("Flagstaff", "AZ", "860"),
              ("Bend", "OR", "977"), ("Bozeman", "MT", "597")]
COLO_STREETS = ["Pearl St", "Baseline Rd", "Table Mesa Dr", "Arapahoe Ave", "Mapleton Ave", "Broadway",
                "Folsom St", "Lefthand Canyon Dr", "Sunshine Canyon Dr"]
CHCH_SUBURBS = [("Riccarton", "8011"), ("Papanui", "8053"), ("Sumner", "8081"), ("Halswell", "8025"),
                ("Cashmere", "8022"), ("St Albans", "8014"), ("Rolleston", "7614"), ("Rangiora", "7400"),
                ("Lincoln", "7608"), ("Burwood", "8083")]
NZ_CITIES = ["Christchurch", "Christchurch", "Christchurch", "Selwyn", "Waimakariri", "Timaru", "Ashburton", "Nelson"]
CHCH_STREETS = ["Riccarton Road", "Papanui Road", "Colombo Street", "Lincoln Road", "Main North Road",
                "Ferry Road", "Memorial Avenue", "Dyers Pass Road", "Springs Road"]
JHB_SUBURBS = [("Randburg", "2194"), ("Fourways", "2191"), ("Sandton", "2196"), ("Roodepoort", "1724"),
               ("Soweto", "1804"), ("Midrand", "1685"), ("Edenvale", "1610"), ("Bryanston", "2191"),
               ("Northcliff", "2195"), ("Alberton", "1449")]
JHB_STREETS = ["Jan Smuts Ave", "William Nicol Dr", "Beyers Naude Dr", "Rivonia Rd", "Main Rd", "Vilakazi St",
               "Malibongwe Dr", "Witkoppen Rd", "Hendrik Potgieter Rd"]
BLR_AREAS = [("Jayanagar", "560041"), ("Indiranagar", "560038"), ("Malleshwaram", "560003"),
             ("Koramangala", "560034"), ("HSR Layout", "560102"), ("Basavanagudi", "560004"),
             ("Whitefield", "560066"), ("Yelahanka", "560064"), ("Banashankari", "560070")]
BLR_STREETS = ["11th Main Road", "CMH Road", "Sampige Road", "80 Feet Road", "27th Cross", "Bull Temple Road",
               "ITPL Main Road", "Kanakapura Road", "Sarjapur Road"]
MUC_AREAS = [("München", "80"), ("München", "81"), ("Garching", "857"), ("Unterhaching", "820"),
             ("Freising", "853"), ("Dachau", "852"), ("Germering", "821"), ("Ottobrunn", "855")]
MUC_STREETS = ["Leopoldstraße", "Rosenheimer Str.", "Landsberger Str.", "Schleißheimer Str.", "Lindwurmstraße",
               "Wasserburger Landstr.", "Fraunhoferstraße", "Tegernseer Landstr.", "Dachauer Str."]
LYON_AREAS = [("Lyon", "6900"), ("Villeurbanne", "69100"), ("Vénissieux", "69200"), ("Caluire-et-Cuire", "69300"),
              ("Écully", "69130"), ("Oullins", "69600"), ("Bron", "69500"), ("Tassin-la-Demi-Lune", "69160")]
LYON_STREETS = ["rue de la République", "cours Émile Zola", "avenue Jean Jaurès", "montée de la Grande Côte",
                "rue Paul Bert", "boulevard des Belges", "quai Saint-Vincent", "rue Garibaldi", "chemin de Crécy"]
FR_BIRTHPLACES = ["Lyon", "Saint-Étienne", "Grenoble", "Villeurbanne", "Annecy", "Clermont-Ferrand", "Mâcon",
                  "Chambéry", "Roanne", "Paris"]
VLC_TOWNS = [("València", "46", "Valencia"), ("Torrent", "46", "Valencia"), ("Gandia", "46", "Valencia"),
             ("Sagunt", "46", "Valencia"), ("Alacant", "03", "Alicante"), ("Elx", "03", "Alicante"),
             ("Benidorm", "03", "Alicante"), ("Castelló de la Plana", "12", "Castellón"),
             ("Vila-real", "12", "Castellón")]
VLC_STREETS = ["C/ de Colón", "Av. del Port", "C/ Sant Vicent Màrtir", "Av. de Blasco Ibáñez", "C/ Major",
               "Pl. de l'Ajuntament", "C/ de Cuba", "Av. Maisonnave", "C/ Gran Vía Sur"]
#: (comune, provincia, CAP lead, cadastral code)
BO_TOWNS = [("Bologna", "BO", "401", "A944"), ("Casalecchio di Reno", "BO", "400", "B880"),
            ("San Lazzaro di Savena", "BO", "400", "H945"), ("Imola", "BO", "400", "E289"),
            ("Modena", "MO", "411", "F257"), ("Ferrara", "FE", "441", "D548")]
BO_STREETS = ["Via Zamboni", "Via Saragozza", "Via Mazzini", "Strada Maggiore", "Via San Vitale",
              "Via Emilia Levante", "Via Andrea Costa", "Via del Pratello", "Viale Filopanti"]
KRK_AREAS = [("Kraków", "30"), ("Kraków", "31"), ("Wieliczka", "32"), ("Skawina", "32"), ("Niepołomice", "32"),
             ("Zabierzów", "32")]
KRK_STREETS = ["ul. Wielicka", "ul. Kalwaryjska", "os. Dywizjonu 303", "ul. Bora-Komorowskiego", "ul. Zakopiańska",
               "al. Pokoju", "ul. Długa", "ul. Józefińska", "ul. Conrada"]
PL_BIRTHPLACES = ["Kraków", "Tarnów", "Nowy Sącz", "Wieliczka", "Katowice", "Myślenice", "Oświęcim"]
SAITAMA = [("さいたま市浦和区", "330"), ("さいたま市大宮区", "330"), ("川口市", "332"), ("戸田市", "335"),
           ("蕨市", "335"), ("上尾市", "362"), ("川越市", "350")]
SAITAMA_CHOME = ["高砂", "常盤", "岸町", "仲町", "本町", "栄町", "上木崎"]
EKB_STREETS = ["ул. Малышева", "ул. Ленина", "ул. 8 Марта", "ул. Белинского", "ул. Шейнкмана", "ул. Куйбышева",
               "пр. Космонавтов", "ул. Амундсена", "ул. Сурикова"]
EKB_TOWNS = ["Екатеринбург", "Екатеринбург", "Екатеринбург", "Берёзовский", "Верхняя Пышма", "Арамиль"]


def uk_postcode(g: Gen, district: str) -> str:
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{district} {g.rnd.randint(1, 9)}{g.rnd.choice(letters)}{g.rnd.choice(letters)}"


def ca_postcode(g: Gen, fsa: str) -> str:
    return f"{fsa} {g.rnd.randint(0, 9)}{g.rnd.choice('ABCEGHJKLMNPRSTVWXYZ')}{g.rnd.randint(0, 9)}"


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa, Mastercard or Discover prefix."""
    prefix = g.rnd.choice(["4", "4", "51", "55", "2221", "6011"])
    body = prefix + g.digits(15 - len(prefix))
    return body + luhn.calc_check_digit(body)


#: BBAN layouts (9 a digit, A a letter); python-stdnum checks the result
BBAN = {"DE": "999999999999999999", "IT": "A9999999999ZZZZZZZZZZZZ"}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, national checks retried, python-stdnum checks it)."""

    def make() -> str:
        bban = g.code(BBAN[country])
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def us_ssn(g: Gen, areas: tuple[int, int] = (268, 302)) -> str:
    """A US SSN (nine digits, no dashes) from the ``areas`` range of old area numbers (Ohio's by default)."""

    def make() -> str:
        return f"{g.rnd.randint(*areas):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    return g.valid(make, _ssn.is_valid)


def za_id(g: Gen, born: date, female: bool) -> str:
    """A South African ID number encoding ``born`` and the sex (Luhn check digit; python-stdnum checks it)."""
    seq = g.rnd.randint(0, 4999) if female else g.rnd.randint(5000, 9999)
    body = born.strftime("%y%m%d") + f"{seq:04d}" + g.rnd.choice("0000001") + "8"
    number = body + luhn.calc_check_digit(body)
    assert _zaid.is_valid(number)
    return number


def aadhaar(g: Gen) -> str:
    body = g.rnd.choice("23456789") + g.digits(10)
    number = body + verhoeff.calc_check_digit(body)
    assert _aadhaar.is_valid(number)
    return number


def pan(g: Gen, surname: str) -> str:
    """An Indian PAN of a person (fourth letter ``P``, fifth the surname's initial)."""
    number = g.code("AAA") + "P" + plain(surname)[0].upper() + g.code("9999A")
    assert _pan.is_valid(number)
    return number


def _cf_part(text: str, given_name: bool) -> str:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vows = [ch for ch in letters if ch in "AEIOU"]
    if given_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return "".join((cons + vows + ["X", "X", "X"])[:3])


def it_codice_fiscale(first: str, last: str, born: date, female: bool, comune: str) -> str:
    """An Italian codice fiscale encoding the name, the birth date and the comune (check letter: python-stdnum)."""
    day = born.day + (40 if female else 0)
    body = (_cf_part(last, False) + _cf_part(first, True) + f"{born.year % 100:02d}" + "ABCDEHLMPRST"[born.month - 1]
            + f"{day:02d}" + comune)
    number = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(number)
    return number


def it_iva(g: Gen) -> str:
    body = "0" + g.digits(6) + "037"  # 037: the province of Bologna
    number = body + luhn.calc_check_digit(body)
    assert _iva.is_valid(number)
    return number


def es_dni(g: Gen) -> str:
    number = f"{g.rnd.randint(10_000_000, 79_999_999)}"
    return number + _dni.calc_check_digit(number)


def es_nie(g: Gen) -> str:
    number = g.rnd.choice("XYZ") + g.digits(7)
    return number + _nie.calc_check_digit(number)


def es_cif_club(g: Gen) -> str:
    """A sports club's CIF (an association: ``G``, Valencian province codes)."""
    return g.valid(lambda: "G" + g.rnd.choice(["46", "03", "12", "97", "98"]) + g.digits(5)
                   + g.rnd.choice(string.digits + "ABCDEFGHIJ"), _cif.is_valid)


def fr_siret(g: Gen) -> str:
    siren = g.rnd.choice(["77", "78", "79", "81", "84"]) + g.digits(6)
    siren += luhn.calc_check_digit(siren)
    body = siren + g.digits(4)
    number = body + luhn.calc_check_digit(body)
    assert _siret.is_valid(number)
    return number


def pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}" + g.digits(3) + g.rnd.choice(
        "02468" if female else "13579")
    number = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(number) and _pesel.get_birth_date(number) == born
    return number


def pl_nip(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice(["676", "677", "679", "944"]) + g.digits(7), _nip.is_valid)


def jp_corporate(g: Gen) -> str:
    body = g.rnd.choice(["3", "5", "6", "8"]) + "0300" + g.digits(7)
    number = _jcn.calc_check_digit(body) + body
    assert _jcn.is_valid(number)
    return number


def snils_check(body: str) -> str:
    """The SNILS check number of nine digits (weights 9 to 1; sums of 100 and 101 give 00, above that mod 101)."""
    total = sum(int(d) * (9 - i) for i, d in enumerate(body))
    if total > 101:
        total %= 101
    return "00" if total in (100, 101) else f"{total:02d}"


def snils_valid(number: str) -> bool:
    digits = "".join(ch for ch in str(number) if ch.isdigit())
    return len(digits) == 11 and int(digits[:9]) > 1_001_998 and snils_check(digits[:9]) == digits[9:]


def snils(g: Gen) -> str:
    body = f"{g.rnd.randint(10_000_000, 199_999_999):09d}"
    check = snils_check(body)
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {check}"


def ru_inn_person(g: Gen) -> str:
    body = "66" + g.digits(8)
    number = body + _inn.calc_personal_check_digits(body)
    assert _inn.is_valid(number)
    return number


def ru_inn_company(g: Gen) -> str:
    body = "66" + g.digits(7)
    number = body + _inn.calc_company_check_digit(body)
    assert _inn.is_valid(number)
    return number


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)
