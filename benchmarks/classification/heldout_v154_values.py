"""Values of held-out set v154 (:mod:`benchmarks.classification.heldout_v154`): v154's random source, and names,
streets, towns, employers, firms and free-text snippets written by hand for v154's immigration, visa and citizenship
systems (no Faker, no list of real people, no breach data), phones checked with phonenumbers and identifiers with
check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers follow v152's (copied); the lists below are new.
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
from stdnum import ean, luhn
from stdnum import iban as _iban
from stdnum.ar import cbu as _cbu
from stdnum.ar import cuit as _cuit
from stdnum.au import tfn as _tfn
from stdnum.br import cpf as _cpf
from stdnum.ca import sin as _sin
from stdnum.ch import ssn as _ahv
from stdnum.ch import uid as _uid
from stdnum.cz import dic as _ico
from stdnum.cz import rc as _rc
from stdnum.ie import pps as _pps
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.jp import in_ as _mynumber
from stdnum.ru import inn as _inn
from stdnum.se import orgnr as _orgnr
from stdnum.se import personnummer as _pnr
from stdnum.us import ein as _ein
from stdnum.us import itin as _itin
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _idnr

from benchmarks.classification.heldout_v2 import Column

SEED = 154_2026_1207
N = "none"
#: a login or a domestic bank account (``review``, as earlier sets labeled them)
UNCLASSIFIED = "unclassified"
#: NULL-like strings of v154's systems (tests skip them)
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
    "TBC",
    "0",
    "unknown",
    "keine",
    "k.A.",
    "nenhuma",
    "s/obs",
    "ninguna",
    "sin datos",
    "není",
    "nic",
    "なし",
    "特になし",
    "нет",
    "отсутствует",
    "saknas",
    "inget",
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v154:{SEED}:{table}")

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
    "AU": (
        _pre(["400", "402", "403", "405", "410", "412", "415", "420", "423", "430", "432", "437", "448", "450"], 9),
        _pre(["892", "893", "894", "861", "862"], 9),
    ),
    "CA": (_nanp(["204", "431"]), _nanp(["204"])),
    "GB": (_pre(["71", "74", "75", "77", "78", "79"], 10), _pre(["121"], 10)),
    "IE": (_pre(["83", "85", "86", "87", "89"], 9), _pre(["61"], 8)),
    "US": (_nanp(["973", "862", "201"]), _nanp(["973", "201"])),
    "IN": (
        _pre(["62", "70", "75", "78", "81", "84", "88", "94", "95", "97", "98", "99"], 10),
        _pre(["1812", "1814"], 10),
    ),
    "ZA": (
        _pre(["60", "61", "63", "65", "71", "72", "73", "76", "78", "79", "81", "82", "83", "84"], 9),
        _pre(["31"], 9),
    ),
    "CH": (_pre(["76", "77", "78", "79"], 9), _pre(["41"], 9)),
    "BR": (_pre(["419"], 11), _pre(["413"], 10)),
    "AR": (_pre(["9351"], 11), _pre(["3514", "3516"], 10)),
    "CZ": (
        _pre(["602", "603", "604", "605", "607", "720", "721", "722", "730", "731", "733", "736", "739", "775", "777"], 9),
        _pre(["54"], 9),
    ),
    "JP": (_pre(["90", "80", "70"], 10), _pre(["52"], 9)),
    "RU": (_pre(["917", "919", "927", "937", "960", "965", "987", "999"], 10), _pre(["843"], 10)),
    "SE": (_pre(["70", "72", "73", "76"], 9), _pre(["31"], 9)),
}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v154) ------------------------------------------------------------------------------------------

#: language -> (men's given names, women's given names, family names) of the clients of each system
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "au": (
        ["Arjun", "Prakash", "Jerome", "Thabo", "Duc Anh", "Bikash", "Callum", "Wei", "Rommel", "Kiran", "Tendai"],
        ["Shreya", "Maricel", "Anneke", "Linh", "Sushmita", "Precious", "Xiaoyu", "Rhiannon", "Jovelyn", "Kavya"],
        ["Shrestha", "Dela Cruz", "Venter", "Tran", "Reddy", "Mokoena", "Zhang", "Pascual", "Adhikari", "Brennan",
         "Kulkarni", "Moyo", "Bautista", "Nair"],
    ),
    "ca": (
        ["Harjit", "Emeka", "Mykola", "Jonathan", "Yonas", "Rajvir", "Mark Anthony", "Chukwudi", "Taras", "Abel"],
        ["Navneet", "Chiamaka", "Oksana", "Kristine Joy", "Selam", "Jasleen", "Adaeze", "Halyna", "Rhea Mae", "Feven"],
        ["Brar", "Okafor", "Shevchuk", "Villanueva", "Tesfay", "Grewal", "Eze", "Kravets", "Manalo", "Haile",
         "Sidhu", "Nwosu", "Hrytsenko", "Aquino"],
    ),
    "gb": (
        ["Oluwaseun", "Tinashe", "Rahul", "Junaid", "Renato", "Kwabena", "Vishnu", "Farhan", "Nnamdi", "Jericho"],
        ["Folake", "Rudo", "Deepika", "Ayesha", "Cherry Ann", "Abena", "Lakshmi", "Mehwish", "Ifeoma", "Rowena"],
        ["Adeyemi", "Chikwanha", "Iyer", "Qureshi", "Santos", "Owusu", "Menon", "Chaudhry", "Obi", "Ramos",
         "Mutasa", "Pillai", "Butt", "Asante"],
    ),
    "ie": (
        ["Thiago", "Ravi", "Bilal", "Haoran", "Yusuf", "Rafael", "Anish", "Kamran", "Vikash", "Gustavo"],
        ["Larissa", "Pooja", "Sana", "Mengyao", "Fatima", "Camila", "Nikita", "Hira", "Preeti", "Juliana"],
        ["Oliveira", "Sharma", "Iqbal", "Liu", "Boodhoo", "Carvalho", "Patel", "Rana", "Ramgoolam", "Ferreira",
         "Singh", "Malik", "Chen", "Souza"],
    ),
    "us": (
        ["Sandeep", "Joao", "Minjun", "Wilson", "Hao", "Rui", "Anand", "Jaehyun", "Edison", "Karthik"],
        ["Swathi", "Fernanda", "Seoyeon", "Maribel", "Yiting", "Ines", "Divya", "Jiwoo", "Gabriela", "Harini"],
        ["Venkatesan", "Pereira", "Kim", "Guaman", "Huang", "Rodrigues", "Subramanian", "Park", "Quizhpi", "Lin",
         "Gonzaga", "Raghavan", "Choi", "Maldonado"],
    ),
    "in": (
        ["Gurpreet", "Harjot", "Simranjeet", "Manpreet", "Jaskaran", "Arshdeep", "Karanveer", "Rajat", "Lovepreet",
         "Sahil"],
        ["Harleen", "Navjot", "Jasmeen", "Simran", "Ramandeep", "Kirandeep", "Tanvi", "Mehak", "Gurleen", "Sukhmani"],
        ["Sandhu", "Gill", "Dhillon", "Randhawa", "Bajwa", "Kahlon", "Sharma", "Virk", "Cheema", "Aulakh", "Bhullar",
         "Saini", "Arora", "Johal"],
    ),
    "za": (
        ["Tatenda", "Chinedu", "Rajesh", "Oliver", "Matthias", "Kudakwashe", "Ikenna", "Farai", "Liam", "Jean-Paul"],
        ["Nyasha", "Ngozi", "Priya", "Charlotte", "Annika", "Rutendo", "Amarachi", "Chipo", "Sophie", "Marie-Claire"],
        ["Chirwa", "Okonkwo", "Govender", "Whitfield", "Brandt", "Mapfumo", "Nwachukwu", "Sibanda", "Ashworth",
         "Kabongo", "Ncube", "Eze", "Lindqvist", "Mwale"],
    ),
    "za_local": (
        ["Sipho", "Thulani", "Ruan", "Kubendran", "Mlungisi", "Pieter", "Nkosinathi", "Yusuf", "Sandile", "Dieter"],
        ["Nomsa", "Thandeka", "Karabo", "Shereen", "Lindiwe", "Elmarie", "Zanele", "Nirvana", "Busisiwe", "Mareli"],
        ["Dlamini", "Mkhize", "Ngcobo", "Naidoo", "Zulu", "Pretorius", "Khumalo", "Moodley", "Shabalala", "Botha",
         "Cele", "Pillay", "Mthembu", "Steyn"],
    ),
    "ch": (
        ["Ananth", "Bradley", "Oliver", "Tobias", "Jun", "Mateus", "Sergei", "Hamza", "Benedikt", "Vikram"],
        ["Meera", "Courtney", "Harriet", "Franziska", "Yue", "Beatriz", "Anastasia", "Zeynep", "Johanna", "Ishita"],
        ["Ramaswamy", "Whitaker", "Pemberton", "Kessler", "Wang", "Albuquerque", "Volkov", "Yilmaz", "Brandstetter",
         "Chatterjee", "Donnelly", "Ziegler", "Tanaka", "Hargreaves"],
    ),
    "ch_local": (
        ["Reto", "Urs", "Beat", "Lukas", "Matthias", "Patrick", "Marco", "Adrian"],
        ["Corinne", "Nadja", "Regula", "Barbara", "Sandra", "Seraina", "Fabienne", "Andrea"],
        ["Iten", "Hürlimann", "Bossard", "Utiger", "Andermatt", "Zürcher", "Schwerzmann", "Keiser", "Staub",
         "Meyenberg"],
    ),
    "br": (
        ["Leonardo", "Guilherme", "Matheus", "Rodrigo", "Felipe", "Diego", "Thiago", "Eduardo", "Vinícius", "Caio"],
        ["Ana Paula", "Letícia", "Mariana", "Bruna", "Gabriela", "Fernanda", "Camila", "Juliana", "Isabela", "Larissa"],
        ["Bortolini", "Zanetti", "Casagrande", "Dalla Costa", "Tomasi", "Marcon", "Gasparin", "Piovesan", "Fontana",
         "Stresser", "Bonato", "Zanella", "Cavichiolo", "Pagnoncelli"],
    ),
    "ar": (
        ["Luis Alfredo", "José Gregorio", "Rubén Darío", "Wilmer", "Edgar", "Juan Carlos", "Freddy", "Óscar Iván",
         "Héctor", "Yeferson"],
        ["María Alejandra", "Yulimar", "Rosmery", "Nelly", "Daniela", "Liz Carolina", "Fiorella", "Mayerlin",
         "Zunilda", "Karen Dayana"],
        ["Rondón", "Quispe", "Benítez", "Mamani", "Colmenares", "Chávez", "Giménez", "Zambrano", "Ayala", "Villca",
         "Medina", "Huamán", "Ortiz", "Pacheco"],
    ),
    "ar_local": (
        ["Martín", "Facundo", "Gonzalo", "Ignacio", "Santiago", "Matías"],
        ["Florencia", "Agustina", "Valeria", "Carolina", "Luciana", "Micaela"],
        ["Ferreyra", "Bustos", "Moyano", "Ledesma", "Altamirano", "Peralta", "Ceballos", "Heredia"],
    ),
    "cz": (
        ["Oleksandr", "Andrij", "Ruslan", "Mark Angelo", "Van Hung", "Batbayar", "Dmytro", "Yerlan", "Jhon Paul",
         "Vasyl"],
        ["Olena", "Kateryna", "Maryna", "Rochelle", "Thi Lan", "Oyuntsetseg", "Natalija", "Aigerim", "Lovely",
         "Svitlana"],
        ["Kovalenko", "Bondarenko", "Melnyk", "Bautista", "Nguyen", "Ganbold", "Tkachenko", "Nurlanov", "Mendoza",
         "Lysenko", "Pham", "Dorjsuren", "Savchenko", "Reyes"],
    ),
    "cz_local": (
        ["Tomáš", "Petr", "Martin", "Jiří", "Ondřej", "Lukáš"],
        ["Hana", "Lenka", "Petra", "Markéta", "Veronika", "Jana"],
        ["Dvořák", "Procházka", "Kratochvíl", "Horák", "Němec", "Sedláček", "Pospíšil", "Hájek"],
    ),
    "ja_local": (
        ["健太", "直樹", "大輔", "和也", "修", "亮"],
        ["裕子", "明美", "香織", "智子", "綾", "彩花"],
        ["加藤", "伊藤", "鈴木", "水野", "山田", "近藤", "林", "杉浦", "丹羽", "早川"],
    ),
    "ru": (
        ["Рустам", "Фаррух", "Бахтиёр", "Азамат", "Жахонгир", "Дилшод", "Алишер", "Нурлан", "Улугбек", "Сухроб"],
        ["Дилноза", "Гульнара", "Малика", "Айгуль", "Зарина", "Нигора", "Мадина", "Шахноза", "Гулчехра", "Айпери"],
        ["Каримов", "Рахимов", "Юсупов", "Назаров", "Сафаров", "Турсунов", "Абдуллаев", "Исмоилов", "Мирзоев",
         "Шарипов", "Токтогулов", "Хасанов", "Усмонов", "Жумабаев"],
    ),
    "ru_local": (
        ["Айдар", "Ринат", "Сергей", "Алексей", "Ильдар", "Дмитрий"],
        ["Гузель", "Лилия", "Елена", "Альбина", "Ольга", "Эльвира"],
        ["Гарипов", "Хабибуллин", "Сорокин", "Зиганшин", "Морозов", "Валиев", "Никитин", "Шайхутдинов"],
    ),
    "se": (
        ["Rohit", "Arash", "Emre", "Ryan", "Haotian", "Santiago", "Karim", "Aditya", "Mehmet", "Joshua"],
        ["Ananya", "Shirin", "Elif", "Megan", "Ruoxi", "Valentina", "Nour", "Sneha", "Derya", "Kaitlyn"],
        ["Deshpande", "Rahimi", "Aksoy", "O'Connell", "Xu", "Restrepo", "Haddad", "Bhattacharya", "Demir",
         "Kowalczyk", "Tehrani", "Gupta", "Morales", "Fitzgerald"],
    ),
    "se_local": (
        ["Johan", "Fredrik", "Niklas", "Magnus", "Henrik", "Oskar"],
        ["Karin", "Sofia", "Emma", "Malin", "Linnea", "Helena"],
        ["Andersson", "Lundgren", "Bergström", "Nilsson", "Ekström", "Sandberg", "Carlsson", "Forsberg"],
    ),
}

#: the Japanese office's foreign clients in katakana -> the romanized name in their passport
JA_FOREIGN: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]], list[tuple[str, str]]]] = {
    "ja": (
        [("ヴァン・フン", "VAN HUNG"), ("ジョシュア", "JOSHUA"), ("ラジェシュ", "RAJESH"), ("ルーカス", "LUCAS"),
         ("ミン・トゥアン", "MINH TUAN"), ("ビシャル", "BISHAL"), ("ハオユー", "HAOYU"), ("マルコ", "MARCO")],
        [("ティ・フオン", "THI HUONG"), ("マリセル", "MARICEL"), ("スニタ", "SUNITA"), ("カミラ", "CAMILA"),
         ("ゴック・アン", "NGOC ANH"), ("プリヤンカ", "PRIYANKA"), ("シャオリン", "XIAOLIN"), ("アナ", "ANA")],
        [("グエン", "NGUYEN"), ("サントス", "SANTOS"), ("グルン", "GURUNG"), ("タマン", "TAMANG"),
         ("ファム", "PHAM"), ("ナカムラ", "NAKAMURA"), ("レイエス", "REYES"), ("チェン", "CHEN"), ("レ", "LE"),
         ("オリヴェイラ", "OLIVEIRA"), ("ライ", "RAI"), ("ガルシア", "GARCIA")],
    ),
}

#: Japanese names: kanji -> (katakana reading, romaji)
JA_READ: dict[str, tuple[str, str]] = {
    "加藤": ("カトウ", "kato"),
    "伊藤": ("イトウ", "ito"),
    "鈴木": ("スズキ", "suzuki"),
    "水野": ("ミズノ", "mizuno"),
    "山田": ("ヤマダ", "yamada"),
    "近藤": ("コンドウ", "kondo"),
    "林": ("ハヤシ", "hayashi"),
    "杉浦": ("スギウラ", "sugiura"),
    "丹羽": ("ニワ", "niwa"),
    "早川": ("ハヤカワ", "hayakawa"),
    "健太": ("ケンタ", "kenta"),
    "直樹": ("ナオキ", "naoki"),
    "大輔": ("ダイスケ", "daisuke"),
    "和也": ("カズヤ", "kazuya"),
    "修": ("オサム", "osamu"),
    "亮": ("リョウ", "ryo"),
    "裕子": ("ユウコ", "yuko"),
    "明美": ("アケミ", "akemi"),
    "香織": ("カオリ", "kaori"),
    "智子": ("トモコ", "tomoko"),
    "綾": ("アヤ", "aya"),
    "彩花": ("アヤカ", "ayaka"),
}

#: Russian-style patronymics of the fathers' given names: name -> (a son's, a daughter's)
RU_PATRONYMIC: dict[str, tuple[str, str]] = {
    "Рустам": ("Рустамович", "Рустамовна"),
    "Фаррух": ("Фаррухович", "Фарруховна"),
    "Бахтиёр": ("Бахтиёрович", "Бахтиёровна"),
    "Азамат": ("Азаматович", "Азаматовна"),
    "Жахонгир": ("Жахонгирович", "Жахонгировна"),
    "Дилшод": ("Дилшодович", "Дилшодовна"),
    "Алишер": ("Алишерович", "Алишеровна"),
    "Нурлан": ("Нурланович", "Нурлановна"),
    "Улугбек": ("Улугбекович", "Улугбековна"),
    "Сухроб": ("Сухробович", "Сухробовна"),
    "Айдар": ("Айдарович", "Айдаровна"),
    "Ринат": ("Ринатович", "Ринатовна"),
    "Сергей": ("Сергеевич", "Сергеевна"),
    "Алексей": ("Алексеевич", "Алексеевна"),
    "Ильдар": ("Ильдарович", "Ильдаровна"),
    "Дмитрий": ("Дмитриевич", "Дмитриевна"),
}

_RU_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "i",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu",
    "я": "ia",
}


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) of ``lang`` (a Russian family name takes the feminine ending for a woman)."""
    if female is None:
        female = g.rnd.random() < 0.5
    male, fem, fam = NAMES[lang]
    given, family = g.rnd.choice(fem if female else male), g.rnd.choice(fam)
    if female and lang.startswith("ru") and family.endswith(("ов", "ев", "ин")):
        family += "а"
    if female and lang == "cz_local":
        family = CZ_FEMININE.get(family, family)
    return given, family


CZ_FEMININE = {
    "Dvořák": "Dvořáková",
    "Procházka": "Procházková",
    "Kratochvíl": "Kratochvílová",
    "Horák": "Horáková",
    "Němec": "Němcová",
    "Sedláček": "Sedláčková",
    "Pospíšil": "Pospíšilová",
    "Hájek": "Hájková",
}


def whole(g: Gen, lang: str, female: bool | None = None) -> str:
    """A whole name as the country writes it (family name first in Japanese, with the patronymic in Russian)."""
    if female is None:
        female = g.rnd.random() < 0.5
    if lang == "ja":
        (a, _), (b, _) = g.rnd.choice(JA_FOREIGN["ja"][1 if female else 0]), g.rnd.choice(JA_FOREIGN["ja"][2])
        return f"{b} {a}"
    a, b = person(g, lang, female)
    if lang == "ja_local":
        return f"{b} {a}"
    if lang.startswith("ru"):
        return f"{b} {a} {patronymic(g, female)}"
    return f"{a} {b}"


def given(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def patronymic(g: Gen, female: bool) -> str:
    return RU_PATRONYMIC[g.rnd.choice(list(RU_PATRONYMIC))][1 if female else 0]


def staff(g: Gen, n: int, lang: str, style: str = "whole") -> list[str]:
    """``n`` distinct staff members' names (``whole``, ``last`` or ``initial`` as ``Reto I.``)."""
    out: set[str] = set()
    while len(out) < n:
        female = g.rnd.random() < 0.6
        a, b = person(g, lang, female)
        if style == "last":
            out.add(b)
        elif style == "initial":
            out.add(f"{a} {b[0]}.")
        elif lang == "ja_local":
            out.add(f"{b} {a}")
        elif lang.startswith("ru"):
            out.add(f"{b} {a[0]}. {patronymic(g, female)[0]}.")
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
    "au": ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "iinet.net.au"],
    "ca": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.ca", "shaw.ca"],
    "gb": ["gmail.com", "yahoo.co.uk", "outlook.com", "hotmail.co.uk", "icloud.com"],
    "ie": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "eircom.net"],
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "naver.com"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "za": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "webmail.co.za"],
    "ch": ["gmail.com", "bluewin.ch", "outlook.com", "gmx.ch", "icloud.com"],
    "br": ["gmail.com", "hotmail.com", "yahoo.com.br", "uol.com.br", "outlook.com"],
    "ar": ["gmail.com", "hotmail.com", "yahoo.com.ar", "outlook.com"],
    "cz": ["gmail.com", "seznam.cz", "email.cz", "ukr.net", "yahoo.com"],
    "ja": ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com"],
    "ru": ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "inbox.ru"],
    "se": ["gmail.com", "outlook.com", "hotmail.com", "telia.com", "icloud.com"],
}

# -- places (written for v154) -----------------------------------------------------------------------------------------

#: (suburb, postcode) around Perth
AU_PLACES = [
    ("Cannington", "6107"),
    ("Bentley", "6102"),
    ("Morley", "6062"),
    ("Mirrabooka", "6061"),
    ("Ellenbrook", "6069"),
    ("Baldivis", "6171"),
    ("Canning Vale", "6155"),
    ("Joondalup", "6027"),
    ("Victoria Park", "6100"),
    ("Harrisdale", "6112"),
    ("Piara Waters", "6112"),
    ("Success", "6164"),
]
AU_STREETS = [
    "Albany Hwy",
    "Wharf St",
    "Walter Rd W",
    "Ranford Rd",
    "Nicholson Rd",
    "Alexander Dr",
    "Warton Rd",
    "Grand Promenade",
    "Marmion Ave",
    "Baldivis Rd",
    "Hay St",
    "Shepperton Rd",
]
#: (neighbourhood, forward sortation area) of Winnipeg
CA_PLACES = [
    ("The Maples", "R2V"),
    ("Garden City", "R2V"),
    ("Amber Trails", "R2R"),
    ("St. Vital", "R2M"),
    ("Waverley West", "R3Y"),
    ("Fort Richmond", "R3T"),
    ("Transcona", "R2C"),
    ("West End", "R3G"),
    ("River Heights", "R3N"),
    ("Tyndall Park", "R2X"),
    ("Sage Creek", "R3X"),
]
CA_STREETS = [
    "Mandalay Dr",
    "Keewatin St",
    "Pembina Hwy",
    "Main St",
    "Jefferson Ave",
    "St. Mary's Rd",
    "Ellice Ave",
    "Sargent Ave",
    "Kenaston Blvd",
    "Regent Ave W",
    "McPhillips St",
    "Bison Dr",
]
#: (town, postcode district) around Birmingham
GB_PLACES = [
    ("Birmingham", "B10"),
    ("Birmingham", "B11"),
    ("Birmingham", "B16"),
    ("Birmingham", "B20"),
    ("Birmingham", "B29"),
    ("Solihull", "B91"),
    ("Smethwick", "B66"),
    ("West Bromwich", "B70"),
    ("Wolverhampton", "WV3"),
    ("Walsall", "WS1"),
    ("Sutton Coldfield", "B73"),
]
GB_STREETS = [
    "Coventry Road",
    "Stratford Road",
    "Soho Road",
    "Alum Rock Road",
    "Hagley Road",
    "Bristol Road",
    "Lozells Road",
    "Warwick Road",
    "Ladypool Road",
    "High Street",
    "Tettenhall Road",
    "Pershore Road",
]
#: (area, Eircode routing key) around Limerick
IE_PLACES = [
    ("Castletroy", "V94"),
    ("Dooradoyle", "V94"),
    ("Raheen", "V94"),
    ("Corbally", "V94"),
    ("Annacotty", "V94"),
    ("Caherdavin", "V94"),
    ("Ennis", "V95"),
    ("Shannon", "V14"),
    ("Newcastle West", "V42"),
    ("Nenagh", "E45"),
]
IE_STREETS = [
    "O'Connell Street",
    "Henry Street",
    "Dublin Road",
    "Ennis Road",
    "Childers Road",
    "Father Russell Road",
    "Roxboro Road",
    "Dock Road",
    "Plassey Park Road",
    "Clonlara Road",
]
#: (city, ZIP) of northern New Jersey
US_PLACES = [
    ("NEWARK", "07102"),
    ("NEWARK", "07105"),
    ("JERSEY CITY", "07302"),
    ("JERSEY CITY", "07306"),
    ("HARRISON", "07029"),
    ("KEARNY", "07032"),
    ("EDISON", "08817"),
    ("HOBOKEN", "07030"),
    ("FORT LEE", "07024"),
    ("ELIZABETH", "07201"),
    ("PARSIPPANY", "07054"),
]
US_STREETS = [
    "FERRY ST",
    "NEWARK AVE",
    "BROAD ST",
    "JOURNAL SQ",
    "OAK TREE RD",
    "KEARNY AVE",
    "WASHINGTON ST",
    "MAIN ST",
    "ELIZABETH AVE",
    "HARRISON AVE",
    "LEMOINE AVE",
    "ROUTE 46",
]
#: (town, PIN) of the Doaba region around Jalandhar
IN_PLACES = [
    ("Jalandhar", "144001"),
    ("Jalandhar Cantt", "144005"),
    ("Kapurthala", "144601"),
    ("Phagwara", "144401"),
    ("Nakodar", "144040"),
    ("Hoshiarpur", "146001"),
    ("Nawanshahr", "144514"),
    ("Banga", "144505"),
    ("Goraya", "144409"),
    ("Adampur", "144102"),
]
IN_STREETS = [
    "Model Town",
    "Guru Teg Bahadur Nagar",
    "Urban Estate Phase 2",
    "Basti Sheikh",
    "Lajpat Nagar",
    "Adarsh Nagar",
    "Village Rurka Kalan",
    "Village Bilga",
    "GT Road",
    "Mota Singh Nagar",
]
#: (suburb, postal code) around Durban
ZA_PLACES = [
    ("Morningside", "4001"),
    ("Berea", "4001"),
    ("Glenwood", "4001"),
    ("Umhlanga", "4320"),
    ("Westville", "3629"),
    ("Musgrave", "4001"),
    ("Ballito", "4420"),
    ("Pinetown", "3610"),
    ("Durban North", "4051"),
    ("Chatsworth", "4092"),
]
ZA_STREETS = [
    "Florida Road",
    "Musgrave Road",
    "Chelmsford Road",
    "Lighthouse Road",
    "Jan Hofmeyr Road",
    "Problem Mkhize Road",
    "Ridge Road",
    "Kensington Drive",
    "Compensation Beach Road",
    "Old Main Road",
]
#: (Ort, PLZ) in the canton of Zug and around
CH_PLACES = [
    ("Zug", "6300"),
    ("Baar", "6340"),
    ("Cham", "6330"),
    ("Steinhausen", "6312"),
    ("Hünenberg", "6331"),
    ("Rotkreuz", "6343"),
    ("Unterägeri", "6314"),
    ("Oberägeri", "6315"),
    ("Walchwil", "6318"),
    ("Risch", "6343"),
]
CH_STREETS = [
    "Baarerstrasse",
    "Chamerstrasse",
    "Zugerstrasse",
    "Artherstrasse",
    "Lorzenweg",
    "Hofstrasse",
    "Grabenstrasse",
    "Dorfstrasse",
    "Sinserstrasse",
    "Seestrasse",
    "Bahnhofstrasse",
]
#: (bairro, CEP prefix) of Curitiba and its metropolitan area
BR_PLACES = [
    ("Água Verde", "80240", "Curitiba"),
    ("Batel", "80420", "Curitiba"),
    ("Bigorrilho", "80730", "Curitiba"),
    ("Santa Felicidade", "82015", "Curitiba"),
    ("Portão", "81070", "Curitiba"),
    ("Cabral", "80035", "Curitiba"),
    ("Boqueirão", "81650", "Curitiba"),
    ("Centro", "83005", "São José dos Pinhais"),
    ("Jardim Social", "82520", "Curitiba"),
    ("Centro", "83601", "Campo Largo"),
    ("Pilarzinho", "82100", "Curitiba"),
]
BR_STREETS = [
    "Rua Padre Anchieta",
    "Avenida Sete de Setembro",
    "Rua Manoel Ribas",
    "Rua Itupava",
    "Avenida República Argentina",
    "Rua Mateus Leme",
    "Rua XV de Novembro",
    "Avenida Visconde de Guarapuava",
    "Rua Desembargador Motta",
    "Rua Paulo Gorski",
]
#: Italian comuni where the clients' ancestors were born
IT_COMUNI = [
    "Feltre",
    "Belluno",
    "Treviso",
    "Castelfranco Veneto",
    "Bassano del Grappa",
    "Cittadella",
    "Trento",
    "Rovereto",
    "Udine",
    "Pordenone",
    "Vicenza",
    "Cremona",
]
#: (barrio, código postal) of the city of Córdoba
AR_PLACES = [
    ("Alberdi", "X5000"),
    ("Nueva Córdoba", "X5000"),
    ("General Paz", "X5004"),
    ("Alta Córdoba", "X5001"),
    ("Villa El Libertador", "X5016"),
    ("Barrio Observatorio", "X5000"),
    ("Cerro de las Rosas", "X5009"),
    ("San Vicente", "X5006"),
    ("Los Plátanos", "X5014"),
    ("Güemes", "X5000"),
]
AR_STREETS = [
    "Av. Colón",
    "Bv. San Juan",
    "Obispo Trejo",
    "Av. Vélez Sarsfield",
    "Santa Rosa",
    "Av. Sabattini",
    "Rodríguez Peña",
    "Av. Rafael Núñez",
    "La Rioja",
    "Av. Fuerza Aérea",
]
#: (část obce, PSČ) of Brno and around
CZ_PLACES = [
    ("Brno-Královo Pole", "612 00"),
    ("Brno-Bystrc", "635 00"),
    ("Brno-Líšeň", "628 00"),
    ("Brno-Židenice", "615 00"),
    ("Brno-Bohunice", "625 00"),
    ("Brno-střed", "602 00"),
    ("Modřice", "664 42"),
    ("Kuřim", "664 34"),
    ("Šlapanice", "664 51"),
    ("Blansko", "678 01"),
]
CZ_STREETS = [
    "Palackého třída",
    "Vídeňská",
    "Cejl",
    "Křenová",
    "Kamenná",
    "Jihlavská",
    "Bystrcká",
    "Hlavní",
    "Masarykova",
    "Okružní",
]
#: (municipality, postal code prefix) around Nagoya
JA_PLACES = [
    ("名古屋市中区", "460"),
    ("名古屋市中村区", "453"),
    ("名古屋市港区", "455"),
    ("名古屋市南区", "457"),
    ("名古屋市緑区", "458"),
    ("豊田市", "471"),
    ("岡崎市", "444"),
    ("小牧市", "485"),
    ("春日井市", "486"),
    ("豊橋市", "440"),
]
JA_STREETS = [
    "栄3丁目12-8",
    "大須2丁目4-15",
    "名駅南1丁目21-3",
    "港楽2丁目8-17",
    "呼続4丁目3-22",
    "保見ケ丘1丁目6-4",
    "桜井町1015-2",
    "大草2丁目11-9",
    "鳥居松町5丁目45",
    "西小鷹野3丁目7-12",
]
#: (город, индекс) in Tatarstan
RU_PLACES = [
    ("Казань", "420012"),
    ("Казань", "420021"),
    ("Казань", "420061"),
    ("Казань", "420080"),
    ("Казань", "420107"),
    ("Казань", "420138"),
    ("Зеленодольск", "422540"),
    ("Набережные Челны", "423800"),
    ("Высокая Гора", "422700"),
    ("Лаишево", "422610"),
]
RU_STREETS = [
    "ул. Баумана",
    "ул. Декабристов",
    "пр. Ямашева",
    "ул. Габдуллы Тукая",
    "ул. Чистопольская",
    "ул. Меридианная",
    "ул. Фрунзе",
    "ул. Сибирский тракт",
    "ул. Гвардейская",
    "пр. Победы",
]
#: (ort, postnummer prefix) around Gothenburg
SE_PLACES = [
    ("Göteborg", "411"),
    ("Göteborg", "413"),
    ("Göteborg", "414"),
    ("Göteborg", "416"),
    ("Västra Frölunda", "421"),
    ("Hisings Backa", "422"),
    ("Mölndal", "431"),
    ("Partille", "433"),
    ("Kungälv", "442"),
    ("Kungsbacka", "434"),
]
SE_STREETS = [
    "Linnégatan",
    "Vasagatan",
    "Övre Husargatan",
    "Mariagatan",
    "Karl Johansgatan",
    "Friggagatan",
    "Eriksbergsgatan",
    "Godhemsgatan",
    "Kungsladugårdsgatan",
    "Frölunda Torg",
    "Toredammsgatan",
]


def street(g: Gen, streets: list[str], lang: str) -> str:
    s = g.rnd.choice(streets)
    if lang in ("au", "ca", "gb", "za"):
        n = g.rnd.randint(1, 480)
        if lang == "au" and g.rnd.random() < 0.25:
            return f"{g.rnd.randint(1, 40)}/{n} {s}"
        if lang == "ca" and g.rnd.random() < 0.2:
            return f"{g.rnd.randint(101, 1_408)}-{n} {s}"
        return f"{n} {s}"
    if lang == "ie":
        return g.rnd.choice([f"{g.rnd.randint(1, 140)} {s}", f"Apt {g.rnd.randint(1, 60)}, {s}"])
    if lang == "us":
        return f"{g.rnd.randint(1, 2_400)} {s}" + (f" APT {g.rnd.randint(1, 9)}{g.rnd.choice('ABC')}"
                                                   if g.rnd.random() < 0.3 else "")
    if lang == "in":
        return f"H.No. {g.rnd.randint(1, 900)}, {s}"
    if lang == "ch":
        return f"{s} {g.rnd.randint(1, 120)}" + g.rnd.choice(["", "", "", "a", "b"])
    if lang == "br":
        return f"{s}, {g.rnd.randint(10, 4_800)}"
    if lang == "ar":
        return f"{s} {g.rnd.randint(100, 3_900)}" + (f", piso {g.rnd.randint(1, 14)} dpto {g.rnd.choice('ABCD')}"
                                                     if g.rnd.random() < 0.35 else "")
    if lang == "cz":
        return f"{s} {g.rnd.randint(1, 2_900)}/{g.rnd.randint(1, 120)}"
    if lang == "ru":
        return f"{s}, д. {g.rnd.randint(1, 180)}" + (f", кв. {g.rnd.randint(1, 320)}" if g.rnd.random() < 0.8 else "")
    if lang == "se":
        return f"{s} {g.rnd.randint(1, 90)}" + (f" lgh {g.rnd.randint(10, 16)}0{g.rnd.randint(1, 4)}"
                                               if g.rnd.random() < 0.45 else "")
    return s


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def passport(g: Gen, country: str) -> str:
    """A passport number of ``country`` by shape (passports have no public check digit outside the MRZ)."""
    layouts = {
        "IN": ("", "A9999999"),
        "PH": ("P", "9999999A"),
        "NG": ("", "A99999999"),
        "ZW": ("", "AA999999"),
        "NP": ("PA", "9999999"),
        "VN": ("", "A99999999"),
        "CN": ("E", "99999999"),
        "GB": ("", "999999999"),
        "US": ("", "A99999999"),
        "UA": ("", "AA999999"),
        "BR": ("", "AA999999"),
        "KR": ("M", "99999999"),
        "PK": ("", "AA9999999"),
        "UZ": ("FA", "9999999"),
        "TJ": ("4", "99999999"),
        "KG": ("AC", "9999999"),
        "VE": ("", "999999999"),
        "CO": ("", "AA999999"),
        "PE": ("", "999999999"),
        "MN": ("E", "9999999"),
        "KZ": ("N", "99999999"),
        "IR": ("", "A99999999"),
        "TR": ("U", "99999999"),
        "AU": ("PA", "9999999"),
        "DE": ("C", "ZZZZZZZZ"),
    }
    prefix, layout = layouts[country]
    return prefix + g.code(layout).replace("O", "K")


def tfn(g: Gen) -> str:
    """An Australian tax file number (nine digits, weighted check by python-stdnum), written ``123 456 782``."""
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(8), _tfn.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def tfn_decoy(g: Gen) -> str:
    """Nine digits spaced like a TFN and failing its check (a client file reference)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(8), lambda x: not _tfn.is_valid(x))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def sin(g: Gen, temporary: bool) -> str:
    """A Canadian SIN (Luhn by python-stdnum); a temporary resident's starts with 9."""

    def first() -> str:
        return "9" if temporary else str(g.rnd.choice([1, 2, 3, 4, 5, 6, 7]))

    d = g.valid(lambda: first() + g.digits(8), _sin.is_valid)
    return f"{d[:3]}-{d[3:6]}-{d[6:]}" if g.rnd.random() < 0.5 else d


def sin_decoy(g: Gen) -> str:
    """Nine digits written like a SIN and failing its Luhn check (an application number)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(8), lambda x: not _sin.is_valid(x))
    return f"{d[:3]}-{d[3:6]}-{d[6:]}"


def uci(g: Gen) -> str:
    """An IRCC client identifier (UCI, by shape: eight or ten digits, often written ``1234-5678``)."""
    d = g.digits(8) if g.rnd.random() < 0.6 else g.digits(10)
    return f"{d[:4]}-{d[4:]}" if len(d) == 8 else f"{d[:2]}-{d[2:6]}-{d[6:]}"


def gb_nino(g: Gen) -> str:
    """A UK National Insurance number (by shape: prefix rules, no check digit exists)."""
    first, second = "ABCEGHJKLMNOPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
    prefix = g.valid(
        lambda: g.rnd.choice(first) + g.rnd.choice(second),
        lambda p: p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"),
    )
    d = g.digits(6)
    if g.rnd.random() < 0.5:
        return f"{prefix}{d}{g.rnd.choice('ABCD')}"
    return f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {g.rnd.choice('ABCD')}"


def brp(g: Gen) -> str:
    """A biometric residence permit number (by shape: two letters, seven digits)."""
    return g.rnd.choice(["ZU", "ZR", "RF", "ZX", "RE"]) + g.digits(7)


def pps(g: Gen) -> str:
    """An Irish PPS number: seven digits, the check letter (python-stdnum) and, for newer numbers, ``A``."""
    letters = "WABCDEFGHIJKLMNOPQRSTUV"

    def make() -> str:
        d = g.digits(7)
        second = "A" if g.rnd.random() < 0.6 else ""
        total = sum(int(x) * w for x, w in zip(d, range(8, 1, -1), strict=True)) + (9 if second == "A" else 0)
        return d + letters[total % 23] + second

    return g.valid(make, _pps.is_valid)


def pps_decoy(g: Gen) -> str:
    """Seven digits and a letter failing the PPS check (a case reference)."""
    return g.valid(lambda: g.digits(7) + g.code("A"), lambda x: not _pps.is_valid(x))


def us_ssn(g: Gen) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    return g.valid(make, _ssn.is_valid)


def us_ssn_decoy(g: Gen) -> str:
    """Nine digits shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    return g.rnd.choice(["000", "666", f"9{g.digits(2)}"]) + g.digits(6)


def itin(g: Gen) -> str:
    """A US ITIN (9xx, a group python-stdnum allows, four digits)."""
    return g.valid(lambda: "9" + g.digits(8), _itin.is_valid)


def ein(g: Gen) -> str:
    """An employer's EIN with a campus prefix python-stdnum knows, written ``12-3456789``."""
    d = g.valid(lambda: g.digits(9), _ein.is_valid)
    return f"{d[:2]}-{d[2:]}"


def a_number(g: Gen) -> str:
    """A USCIS alien registration number (by shape: ``A`` and nine digits)."""
    return "A" + str(g.rnd.choice([2, 2, 2, 1])) + g.digits(8)


def aadhaar(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}"


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (a file number)."""
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


def ahv(g: Gen) -> str:
    """A Swiss AHV number ``756.XXXX.XXXX.XC`` (EAN-13 check by python-stdnum)."""
    body = "756" + g.digits(9)
    d = body + ean.calc_check_digit(body)
    assert _ahv.is_valid(d), d
    return f"{d[:3]}.{d[3:7]}.{d[7:11]}.{d[11:]}"


def ahv_decoy(g: Gen) -> str:
    """Thirteen digits written like an AHV number and failing its EAN check (a dossier number)."""
    d = g.valid(lambda: "756" + g.digits(10), lambda x: not _ahv.is_valid(x))
    return f"{d[:3]}.{d[3:7]}.{d[7:11]}.{d[11:]}"


def zemis(g: Gen) -> str:
    """A ZEMIS (N° SYMIC) personal number of the migration services (by shape: ``12345678.9``)."""
    return f"{g.rnd.randint(10_000_000, 99_999_999)}.{g.rnd.randint(0, 9)}"


def che_uid(g: Gen) -> str:
    """A Swiss company UID ``CHE-123.456.789`` (check digit by python-stdnum)."""

    def make() -> str:
        body = g.digits(8)
        return "CHE" + body + _uid.calc_check_digit(body)

    d = g.valid(make, lambda x: not x.endswith("10") and _uid.is_valid(x))
    return f"CHE-{d[3:6]}.{d[6:9]}.{d[9:]}"


def cpf(g: Gen) -> str:
    """A Brazilian CPF (two check digits), written ``123.456.789-09``."""

    def make() -> str:
        d = g.digits(9)
        for n in (10, 11):
            s = sum(int(x) * w for x, w in zip(d, range(n, 1, -1), strict=True))
            d += str(s * 10 % 11 % 10)
        return d

    d = g.valid(make, lambda x: _cpf.is_valid(x) and len(set(x)) > 1)
    return f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}"


def cpf_decoy(g: Gen) -> str:
    """Eleven digits written like a CPF and failing its check (a protocol number)."""
    d = g.valid(lambda: g.digits(11), lambda x: not _cpf.is_valid(x))
    return f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}"


def rg(g: Gen) -> str:
    """A Paraná RG (by shape: ``12.345.678-9``)."""
    return f"{g.rnd.randint(1, 15)}.{g.digits(3)}.{g.digits(3)}-{g.rnd.choice(string.digits + 'X')}"


def cuil(g: Gen, dni: str, female: bool) -> str:
    """An Argentine CUIL from the DNI (check digit by python-stdnum), written ``20-95123456-7``."""

    def make() -> str:
        body = g.rnd.choice(["27", "23"] if female else ["20", "23"]) + dni
        return body + _cuit.calc_check_digit(body)

    d = g.valid(make, lambda x: len(x) == 11 and _cuit.is_valid(x))
    return f"{d[:2]}-{d[2:10]}-{d[10]}"


def cuil_decoy(g: Gen) -> str:
    """Eleven digits written like a CUIL and failing its check (a procedure number)."""
    d = g.valid(lambda: g.rnd.choice(["20", "27", "30"]) + g.digits(9), lambda x: not _cuit.is_valid(x))
    return f"{d[:2]}-{d[2:10]}-{d[10]}"


def cbu(g: Gen) -> str:
    """A 22-digit Argentine CBU (bank, branch, account and both check digits by python-stdnum)."""
    head = g.rnd.choice(["011", "007", "017", "072", "020", "285"]) + g.digits(4)
    head += _cbu.calc_check_digit(head)
    tail = g.digits(13)
    d = head + tail + _cbu.calc_check_digit(tail)
    assert _cbu.is_valid(d), d
    return d


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
    return g.valid(lambda: str(g.rnd.randint(2, 7)) + g.digits(7), _ico.is_valid)


def my_number(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(10)
    d = body + _mynumber.calc_check_digit(body)
    assert _mynumber.is_valid(d)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if g.rnd.random() < 0.5 else d


def my_number_decoy(g: Gen) -> str:
    """Twelve digits failing My Number's check (an application number)."""
    return g.valid(lambda: "20" + g.digits(10), lambda x: not _mynumber.is_valid(x))


def zairyu(g: Gen) -> str:
    """A Japanese residence card number (by shape: two letters, eight digits, two letters)."""
    return g.code("AA99999999AA")


def inn_person(g: Gen) -> str:
    """A Russian personal INN of Tatarstan (twelve digits, two check digits by python-stdnum)."""
    body = "16" + g.rnd.choice(["55", "57", "59", "60", "61", "73", "83"]) + g.digits(6)
    d = body + _inn.calc_personal_check_digits(body)
    assert _inn.is_valid(d), d
    return d


def inn_decoy(g: Gen) -> str:
    """Twelve digits failing the personal INN's check (a case number)."""
    return g.valid(lambda: "16" + g.digits(10), lambda x: not _inn.is_valid(x))


def inn_company(g: Gen) -> str:
    """A Russian company INN (ten digits, its check digit by python-stdnum)."""
    body = "16" + g.digits(7)
    d = body + _inn.calc_company_check_digit(body)
    assert _inn.is_valid(d), d
    return d


def snils_check(body: str) -> str:
    """The two check digits of a SNILS's nine digits."""
    total = sum(int(x) * (9 - i) for i, x in enumerate(body))
    if total > 101:
        total %= 101
    return "00" if total in (100, 101) else f"{total:02d}"


def snils(g: Gen) -> str:
    """A Russian SNILS ``123-456-789 01`` (check computed here: python-stdnum has no SNILS module)."""
    body = g.valid(lambda: str(g.rnd.randint(1, 2)) + g.digits(8), lambda x: int(x) > 1_001_998)
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {snils_check(body)}"


def personnummer(g: Gen, born: date) -> str:
    def make() -> str:
        body = born.strftime("%y%m%d") + g.digits(3)
        return body + luhn.calc_check_digit(body)

    d = g.valid(make, _pnr.is_valid)
    full = f"{born.year // 100}{d}"
    return f"{full[:8]}-{full[8:]}"


def personnummer_decoy(g: Gen) -> str:
    """``YYMMDD-NNNN`` with a date that can exist and a failing Luhn digit (an assignment number)."""

    def make() -> str:
        d = g.day("2021-01-01", "2025-12-31").strftime("%y%m%d") + g.digits(4)
        return f"{d[:6]}-{d[6:]}"

    return g.valid(make, lambda x: not luhn.is_valid(x.replace("-", "")))


def orgnr(g: Gen) -> str:
    """A Swedish company organisationsnummer ``556xxx-xxxx`` (Luhn by python-stdnum)."""
    d = g.valid(lambda: "556" + g.digits(7), _orgnr.is_valid)
    return f"{d[:6]}-{d[6:]}"


def card(g: Gen, spaced: bool = True) -> str:
    head = g.rnd.choice(["4", "4", "51", "53", "55", "2221"])
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


def ch_iban(g: Gen) -> str:
    return iban("CH", g.rnd.choice(["00787", "00700", "00235", "80808", "00762"]) + g.digits(12))


def se_iban(g: Gen) -> str:
    return iban("SE", g.rnd.choice(["500", "600", "800", "300", "957"]) + g.digits(17))


def dmy(d: date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"
