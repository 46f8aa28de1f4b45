"""Values of held-out set v157 (:mod:`benchmarks.classification.heldout_v157`): v157's random source, and names,
gamertags, streets, towns, teams, shops and free-text snippets written by hand for v157's online gaming, esports and
live-streaming systems (no Faker, no list of real people, no breach data), phones checked with phonenumbers and
identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v152's (which follow v98's and v146's); the lists below are new.
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
from stdnum.br import cnpj as _cnpj
from stdnum.br import cpf as _cpf
from stdnum.ca import bn as _bn
from stdnum.ca import sin as _sin
from stdnum.cz import dic as _ico
from stdnum.cz import rc as _rc
from stdnum.de import idnr as _idnr
from stdnum.fr import nif as _nif
from stdnum.fr import nir as _nir
from stdnum.fr import siret as _siret
from stdnum.gb import utr as _utr
from stdnum.iso7064 import mod_11_10
from stdnum.jp import in_ as _mynumber
from stdnum.nl import bsn as _bsn
from stdnum.nz import bankaccount as _nzbank
from stdnum.nz import ird as _ird
from stdnum.th import pin as _thpin
from stdnum.ua import rntrc as _rntrc
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 157_2026_0419
N = "none"
#: a login, a gamertag or a domestic bank account (``review``, as earlier sets labeled them)
UNCLASSIFIED = "unclassified"
#: NULL-like strings of v157's systems (tests skip them)
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
    "néant",
    "RAS",
    "nenhuma",
    "sem observações",
    "geen",
    "n.v.t.",
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
        self.rnd = random.Random(f"v157:{SEED}:{table}")

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
    "GB": (_pre(["71", "73", "74", "75", "77", "78", "79"], 10), _pre(["1382", "1241", "1307"], 10)),
    "CA": (_nanp(["604", "778", "236"]), _nanp(["604"])),
    "AU": (
        _pre(["400", "402", "403", "405", "409", "412", "416", "420", "423", "432", "438", "449", "451", "466"], 9),
        _pre(["38", "39", "35"], 9),
    ),
    "NZ": (_pre(["21", "22", "27"], 9), _pre(["43", "44", "45", "47", "49"], 8)),
    "US": (_nanp(["614", "380"]), _nanp(["614"])),
    "TH": (
        _pre(["61", "62", "63", "64", "65", "80", "81", "82", "83", "84", "85", "86", "87", "88", "89", "95", "98"], 9),
        _pre(["2"], 8),
    ),
    "IE": (_pre(["83", "85", "86", "87", "89"], 9), _pre(["21"], 9)),
    "DE": (
        _pre(["1511", "1512", "1514", "1515", "1516", "1517", "1520", "1522", "1523", "1573", "1575", "1577"], 11),
        _pre(["221"], 10),
    ),
    "FR": (_pre(["6", "7"], 9), _pre(["240", "251", "228"], 9)),
    "BR": (_pre(["819"], 11), _pre(["813"], 10)),
    "NL": (_pre(["6"], 9), _pre(["50"], 9)),
    "CZ": (
        _pre(["601", "602", "603", "604", "605", "606", "607", "608", "720", "721", "724", "731", "732", "736", "737",
              "739", "773", "774", "775", "776", "777", "792"], 9),
        _pre(["37"], 9),
    ),
    "JP": (_pre(["90", "80", "70"], 10), _pre(["22"], 9)),
    "UA": (_pre(["67", "68", "96", "97", "98", "50", "66", "95", "99", "63", "73", "93"], 9), _pre(["32"], 9)),
}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v157) ------------------------------------------------------------------------------------------

#: language -> (men's given names, women's given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "gb": (
        ["Callum", "Euan", "Fraser", "Kyle", "Ruaridh", "Jamie", "Lewis", "Scott", "Arran", "Kieran", "Bilal",
         "Dominik"],
        ["Eilidh", "Kirsty", "Morven", "Isla", "Ailsa", "Rhona", "Caitlin", "Shannon", "Iqra", "Zuzanna", "Lorna",
         "Skye"],
        ["MacLeod", "Duncan", "Ritchie", "Soutar", "Mathers", "Keiller", "Petrie", "Lindsay", "Crichton", "Gourlay",
         "Malik", "Nowak", "Fyffe", "Doig", "Hynd", "Guthrie"],
    ),
    "ca": (
        ["Ethan", "Jaskaran", "Kevin", "Marco", "Tyler", "Hiroshi", "Raymond", "Liam", "Arjun", "Jericho", "Noah",
         "Darius"],
        ["Chloe", "Manpreet", "Vivian", "Jasmine", "Kaitlyn", "Mei", "Angelica", "Hannah", "Simran", "Rosalie", "Ava",
         "Shirin"],
        ["Wong", "Gill", "Chan", "Santos", "Lau", "Brar", "Tremblay", "Nakamura", "Sidhu", "Reyes", "Leung",
         "MacKenzie", "Hosseini", "Yip", "Bautista", "Lindgren"],
    ),
    "au": (
        ["Nikos", "Minh", "Lachlan", "Jarrah", "Connor", "Dimitri", "Hamid", "Brodie", "Luca", "Tuan"],
        ["Eleni", "Thao", "Matilda", "Jess", "Georgia", "Anh", "Sienna", "Roula", "Priya", "Tegan"],
        ["Papadopoulos", "Tran", "Kowalczyk", "Fitzpatrick", "Nguyen", "Karagiannis", "Costa", "Heffernan", "Doyle",
         "Pham", "Rossi", "Lockyer", "Sutherland", "Abdi"],
    ),
    "nz": (
        ["Tane", "Sefa", "Liam", "Nikau", "Ioane", "Finn", "Hemi", "Oscar", "Manaia", "Archie"],
        ["Mere", "Talia", "Ruby", "Kahurangi", "Lagi", "Zoe", "Awhina", "Isla", "Moana", "Olivia"],
        ["Tipene", "Leota", "Parata", "Aumua", "Hōhaia", "Pearce", "Tuilagi", "McKenzie", "Ngata", "Whaanga",
         "Simmonds", "Faleolo", "Horomona", "Tait"],
    ),
    "us": (
        ["Tyler", "Dakota", "Abdirahman", "Caleb", "Jermaine", "Cody", "Wyatt", "Khanh", "Trey", "Austin", "Darnell",
         "Mohamed"],
        ["Brianna", "Hodan", "Kayleigh", "Destiny", "Madison", "Nimo", "Haley", "Shaniqua", "Ashlyn", "Linh", "Morgan",
         "Faduma"],
        ["Yoder", "Hersh", "Warsame", "Stiles", "Kowalski", "Hussein", "Pfeiffer", "Baughman", "Mohamud", "Tackett",
         "Schaefer", "Washington", "Collier", "Dinh", "Stidham", "Fannin"],
    ),
    "th": (
        ["Somchai", "Thanakorn", "Kittipong", "Nattapong", "Pongsakorn", "Wichai", "Anucha", "Chaiwat", "Teerapat",
         "Sittichai"],
        ["Siriporn", "Pimchanok", "Nattaya", "Kanokwan", "Suda", "Waraporn", "Chutima", "Ratchanee", "Jiraporn",
         "Thitima"],
        ["Srisuk", "Wongsawat", "Boonmee", "Rattanakul", "Saetang", "Charoenkul", "Phromphan", "Suwannarat",
         "Chantharasri", "Kaewmanee", "Intharaksa", "Jaidee"],
    ),
    "ie": (
        ["Cian", "Oisín", "Darragh", "Seán", "Fionn", "Donnacha", "Conor", "Tadhg", "Eoin", "Rory", "Mateusz",
         "Shane"],
        ["Aoife", "Siobhán", "Clodagh", "Niamh", "Orla", "Saoirse", "Caoimhe", "Róisín", "Gráinne", "Aisling",
         "Martyna", "Emer"],
        ["O'Sullivan", "Murphy", "McCarthy", "O'Mahony", "Buckley", "Crowley", "Lehane", "Twomey", "Cronin", "Kiely",
         "Desmond", "O'Leary", "Wójcik", "Fitzgerald", "Hegarty", "Forde"],
    ),
    "de": (
        ["Jannik", "Lukas", "Kevin", "Emre", "Niklas", "Marvin", "Dennis", "Timo", "Can", "Jonas", "Maximilian",
         "Sven"],
        ["Lea", "Jana", "Sophie", "Melis", "Laura", "Annika", "Vanessa", "Kim", "Selin", "Hannah", "Michelle",
         "Carolin"],
        ["Schmitz", "Müller", "Yılmaz", "Hoffmann", "Schäfer", "Krämer", "Becker", "Özdemir", "Wagner", "Kowalski",
         "Schumacher", "Richter", "Engels", "Pütz", "Esser", "Kaya"],
    ),
    "fr": (
        ["Mathis", "Kévin", "Loïc", "Yanis", "Maël", "Gwenaël", "Thomas", "Anthony", "Erwan", "Romain", "Karim",
         "Florian"],
        ["Océane", "Manon", "Lucie", "Maëlys", "Nolwenn", "Inès", "Camille", "Anaïs", "Gwendoline", "Laëtitia",
         "Sarah", "Chloé"],
        ["Le Goff", "Guérin", "Lebreton", "Hamon", "Le Gall", "Morvan", "Benali", "Rousseau", "Tessier", "Gautier",
         "Pichon", "Le Roux", "Bouchard", "Mercier", "Poirier", "Diallo"],
    ),
    "br": (
        ["João Pedro", "Lucas", "Gabriel", "Matheus", "Pedro Henrique", "Rafael", "Thiago", "Wesley", "Caio",
         "José Arthur", "Davi", "Rodrigo"],
        ["Maria Eduarda", "Ana Clara", "Beatriz", "Larissa", "Júlia", "Camila", "Letícia", "Raíssa", "Maria Luiza",
         "Vitória", "Tainá", "Amanda"],
        ["da Silva", "Cavalcanti", "Albuquerque", "de Lima", "Barbosa", "Ferreira", "dos Santos", "Wanderley", "Gomes",
         "Araújo", "Pereira", "Lins", "Moura", "Carneiro", "Bezerra", "Souza"],
    ),
    "nl": (
        ["Jesse", "Bram", "Thijs", "Daan", "Sem", "Rutger", "Niels", "Wouter", "Stijn", "Mohammed", "Luuk", "Jelmer"],
        ["Femke", "Sanne", "Lotte", "Anouk", "Iris", "Marit", "Roos", "Esmee", "Yara", "Eline", "Fenna", "Hilde"],
        ["Bakker", "Smit", "Dijkstra", "Hoekstra", "Wiersma", "Mulder", "Kuipers", "Huisman", "Postma", "Bos",
         "Veenstra", "Jansen", "Zijlstra", "Vos"],
    ),
    "ja": (
        ["大輔", "直樹", "和也", "隆", "聡"],
        ["陽子", "智美", "麻衣", "愛", "久美子", "綾香"],
        ["佐藤", "高橋", "阿部", "千葉", "菅原", "遠藤", "及川", "熊谷", "今野", "庄司"],
    ),
    "ua": (
        ["Остап", "Маркіян", "Назар", "Роман", "Андрій", "Юрій", "Богдан", "Степан", "Орест", "Тарас"],
        ["Соломія", "Христина", "Ольга", "Уляна", "Софія", "Зоряна", "Марта", "Ірина", "Оксана", "Дарина"],
        ["Гаврилюк", "Стасів", "Кушнір", "Дацко", "Ковальчук", "Пасічник", "Мороз", "Яремко", "Бойко", "Грицак",
         "Семенишин", "Кравчук", "Данилишин", "Романюк"],
    ),
}

#: Dutch family names with their prefix (tussenvoegsel), a fifth of Groningen's players
NL_PREFIXED = [("de", "Vries"), ("van der", "Meer"), ("van", "Dam"), ("de", "Boer"), ("van den", "Berg"),
               ("ter", "Horst")]

#: Czech (men's given names, women's given names) and family names as (man's form, woman's form)
CZ_GIVEN = (
    ["Tomáš", "Ondřej", "Jiří", "Lukáš", "Adam", "Vojtěch", "Filip", "Matěj", "Dominik", "Petr"],
    ["Tereza", "Kateřina", "Eliška", "Barbora", "Adéla", "Nikola", "Veronika", "Klára", "Markéta", "Lenka"],
)
CZ_FAMILY = [
    ("Novák", "Nováková"),
    ("Černý", "Černá"),
    ("Hrubý", "Hrubá"),
    ("Kříž", "Křížová"),
    ("Šindelář", "Šindelářová"),
    ("Vrba", "Vrbová"),
    ("Procházka", "Procházková"),
    ("Kraus", "Krausová"),
    ("Štěpánek", "Štěpánková"),
    ("Beneš", "Benešová"),
    ("Fiala", "Fialová"),
    ("Löffelmann", "Löffelmannová"),
]

#: Irish children's given names (boys, girls), born 2010 to 2019
IE_KIDS = (
    ["Jack", "Tadhg", "Cillian", "Rían", "Charlie", "Fionn", "Senan", "Odhrán"],
    ["Fiadh", "Grace", "Éabha", "Lily", "Ellie", "Sadhbh", "Ava", "Aoibhe"],
)

#: Japanese children's given names (boys, girls)
JA_KIDS = (["蓮", "湊", "陽翔", "悠真"], ["結菜", "陽葵", "芽依", "凛"])

#: Japanese names: kanji -> (katakana reading, romaji)
JA_READ: dict[str, tuple[str, str]] = {
    "佐藤": ("サトウ", "sato"),
    "高橋": ("タカハシ", "takahashi"),
    "阿部": ("アベ", "abe"),
    "千葉": ("チバ", "chiba"),
    "菅原": ("スガワラ", "sugawara"),
    "遠藤": ("エンドウ", "endo"),
    "及川": ("オイカワ", "oikawa"),
    "熊谷": ("クマガイ", "kumagai"),
    "今野": ("コンノ", "konno"),
    "庄司": ("ショウジ", "shoji"),
    "大輔": ("ダイスケ", "daisuke"),
    "直樹": ("ナオキ", "naoki"),
    "和也": ("カズヤ", "kazuya"),
    "隆": ("タカシ", "takashi"),
    "聡": ("サトシ", "satoshi"),
    "陽子": ("ヨウコ", "yoko"),
    "智美": ("トモミ", "tomomi"),
    "麻衣": ("マイ", "mai"),
    "愛": ("アイ", "ai"),
    "久美子": ("クミコ", "kumiko"),
    "綾香": ("アヤカ", "ayaka"),
    "蓮": ("レン", "ren"),
    "湊": ("ミナト", "minato"),
    "陽翔": ("ハルト", "haruto"),
    "悠真": ("ユウマ", "yuma"),
    "結菜": ("ユイナ", "yuina"),
    "陽葵": ("ヒマリ", "himari"),
    "芽依": ("メイ", "mei"),
    "凛": ("リン", "rin"),
}

#: Ukrainian men's given names -> (a son's, a daughter's patronymic)
UA_PATRONYMIC: dict[str, tuple[str, str]] = {
    "Остап": ("Остапович", "Остапівна"),
    "Маркіян": ("Маркіянович", "Маркіянівна"),
    "Назар": ("Назарович", "Назарівна"),
    "Роман": ("Романович", "Романівна"),
    "Андрій": ("Андрійович", "Андріївна"),
    "Юрій": ("Юрійович", "Юріївна"),
    "Богдан": ("Богданович", "Богданівна"),
    "Степан": ("Степанович", "Степанівна"),
    "Орест": ("Орестович", "Орестівна"),
    "Тарас": ("Тарасович", "Тарасівна"),
}

_UA_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z", "и": "y",
    "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
    "я": "ia", "'": "",
}


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) of ``lang`` (a Dutch family name may carry its prefix: ``de Vries``)."""
    if female is None:
        female = g.rnd.random() < 0.5
    if lang == "cz":
        man, woman = g.rnd.choice(CZ_FAMILY)
        return g.rnd.choice(CZ_GIVEN[1] if female else CZ_GIVEN[0]), woman if female else man
    male, fem, fam = NAMES[lang]
    first = g.rnd.choice(fem if female else male)
    if lang == "nl" and g.rnd.random() < 0.2:
        return first, " ".join(g.rnd.choice(NL_PREFIXED))
    if lang == "br":
        last = g.rnd.choice(fam)
        if g.rnd.random() < 0.6:
            last = f"{g.valid(lambda: g.rnd.choice(fam), lambda x: x != last)} {last}"
        return first, last
    return first, g.rnd.choice(fam)


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
    """``n`` distinct staff members' names (``whole``, ``first``, ``last``)."""
    out: set[str] = set()
    while len(out) < n:
        female = g.rnd.random() < 0.5
        a, b = person(g, lang, female)
        if style == "first":
            out.add(a)
        elif style == "last":
            out.add(b)
        elif lang in ("ja", "ua"):
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
    a, b = latin(first.split()[0]) or "user", latin(last.split()[-1]) or "mail"
    local = g.rnd.choice(
        [
            f"{a}.{b}",
            f"{a[0]}{b}",
            f"{a}{g.rnd.randint(1, 99)}",
            f"{b}.{a}{g.rnd.randint(95, 99):02d}",
            f"{a}_{b}{g.rnd.randint(1, 9)}",
        ]
    )
    return f"{local}@{g.rnd.choice(domains)}"


DOMAINS: dict[str, list[str]] = {
    "gb": ["gmail.com", "hotmail.co.uk", "outlook.com", "icloud.com", "btinternet.com"],
    "ca": ["gmail.com", "hotmail.com", "outlook.com", "shaw.ca", "telus.net"],
    "au": ["gmail.com", "bigpond.com", "outlook.com", "hotmail.com", "icloud.com"],
    "nz": ["gmail.com", "xtra.co.nz", "outlook.com", "hotmail.co.nz", "icloud.com"],
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"],
    "th": ["gmail.com", "hotmail.com", "outlook.co.th", "yahoo.co.th"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "icloud.com"],
    "de": ["gmx.de", "web.de", "gmail.com", "t-online.de", "outlook.de"],
    "fr": ["gmail.com", "orange.fr", "free.fr", "laposte.net", "sfr.fr"],
    "br": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.br", "uol.com.br"],
    "nl": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl", "outlook.com"],
    "cz": ["seznam.cz", "email.cz", "gmail.com", "centrum.cz", "volny.cz"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "icloud.com"],
    "ua": ["ukr.net", "gmail.com", "i.ua", "meta.ua"],
}

_TAG_A = ["Shadow", "Frost", "Pixel", "Turbo", "Neon", "Salty", "Crimson", "Silent", "Lucky", "Feral", "Mellow",
          "Rusty", "Cosmic", "Grumpy", "Quantum", "Sneaky", "Hyper", "Lazy", "Mossy", "Tidal"]
_TAG_B = ["Fox", "Wolf", "Goblin", "Toast", "Ninja", "Otter", "Panda", "Viper", "Wizard", "Noodle", "Kraken", "Moose",
          "Falcon", "Potato", "Badger", "Yeti", "Heron", "Gecko"]


def gamertag(g: Gen, first: str | None = None) -> str:
    """A player's handle: words and digits, sometimes built from the player's given name."""
    a, b = g.rnd.choice(_TAG_A), g.rnd.choice(_TAG_B)
    n = g.rnd.randint(1, 99)
    forms = [
        f"{a}{b}{n}",
        f"xX{a}{b}Xx",
        f"{a.lower()}_{b.lower()}{n:02d}",
        f"The{a}{b}",
        f"{a}{b}TV",
        f"{b.lower()}.{a.lower()}",
        f"{a[:3]}{b}_{g.rnd.randint(2000, 2013)}",
    ]
    if first:
        forms.append(f"{latin(first.split()[0]).capitalize()}{b}{n}")
    return g.rnd.choice(forms)


# -- places (written for v157) -----------------------------------------------------------------------------------------

#: (town, postcode district) around Dundee
GB_PLACES = [
    ("Dundee", "DD1"),
    ("Dundee", "DD2"),
    ("Dundee", "DD3"),
    ("Dundee", "DD4"),
    ("Broughty Ferry", "DD5"),
    ("Monifieth", "DD5"),
    ("Invergowrie", "DD2"),
    ("Carnoustie", "DD7"),
    ("Arbroath", "DD11"),
    ("Forfar", "DD8"),
    ("Tayport", "DD6"),
    ("Perth", "PH1"),
    ("Glasgow", "G12"),
    ("Aberdeen", "AB10"),
]
GB_STREETS = [
    "Perth Road",
    "Strathmartine Road",
    "Albert Street",
    "Clepington Road",
    "Arbroath Road",
    "Brook Street",
    "Lochee High Street",
    "Americanmuir Road",
    "Blackness Avenue",
    "Charleston Drive",
    "Forfar Road",
    "Dundee Road",
]
#: (city, forward sortation area, province)
CA_PLACES = [
    ("Vancouver", "V5K", "BC"),
    ("Vancouver", "V6B", "BC"),
    ("Vancouver", "V5R", "BC"),
    ("Burnaby", "V5H", "BC"),
    ("Richmond", "V6X", "BC"),
    ("Surrey", "V3T", "BC"),
    ("Coquitlam", "V3K", "BC"),
    ("North Vancouver", "V7L", "BC"),
    ("New Westminster", "V3M", "BC"),
    ("Victoria", "V8W", "BC"),
    ("Kelowna", "V1Y", "BC"),
    ("Calgary", "T2P", "AB"),
    ("Toronto", "M5V", "ON"),
    ("Winnipeg", "R3C", "MB"),
]
CA_STREETS = [
    "Kingsway",
    "Commercial Drive",
    "East Hastings Street",
    "Fraser Street",
    "West 4th Avenue",
    "Granville Street",
    "No. 3 Road",
    "Lougheed Highway",
    "Marine Drive",
    "Main Street",
    "Joyce Street",
    "Victoria Drive",
]
#: (suburb, postcode) around Wellington
NZ_PLACES = [
    ("Te Aro", "6011"),
    ("Newtown", "6021"),
    ("Karori", "6012"),
    ("Johnsonville", "6037"),
    ("Island Bay", "6023"),
    ("Miramar", "6022"),
    ("Kilbirnie", "6022"),
    ("Porirua", "5022"),
    ("Lower Hutt", "5010"),
    ("Upper Hutt", "5018"),
    ("Petone", "5012"),
    ("Tawa", "5028"),
    ("Paraparaumu", "5032"),
]
NZ_STREETS = [
    "Cuba Street",
    "Riddiford Street",
    "Karori Road",
    "Moorefield Road",
    "The Parade",
    "Darlington Road",
    "Kenepuru Drive",
    "High Street",
    "Jackson Street",
    "Main Road",
    "Mungavin Avenue",
    "Rongotai Road",
]
#: (city, ZIP, state) of the cardholders of a Columbus processor's merchants
US_PLACES = [
    ("COLUMBUS", "43201", "OH"),
    ("COLUMBUS", "43215", "OH"),
    ("COLUMBUS", "43229", "OH"),
    ("WESTERVILLE", "43081", "OH"),
    ("DUBLIN", "43017", "OH"),
    ("HILLIARD", "43026", "OH"),
    ("GROVE CITY", "43123", "OH"),
    ("REYNOLDSBURG", "43068", "OH"),
    ("GAHANNA", "43230", "OH"),
    ("DELAWARE", "43015", "OH"),
    ("ZANESVILLE", "43701", "OH"),
    ("MARION", "43302", "OH"),
]
US_STREETS = [
    "N HIGH ST",
    "E BROAD ST",
    "CLEVELAND AVE",
    "MORSE RD",
    "KARL RD",
    "SULLIVANT AVE",
    "PARSONS AVE",
    "BETHEL RD",
    "HAMILTON RD",
    "REFUGEE RD",
    "SAWMILL RD",
    "SCHROCK RD",
]
#: (khet or amphoe, postal code) around Bangkok
TH_PLACES = [
    ("Bang Kapi", "10240"),
    ("Chatuchak", "10900"),
    ("Huai Khwang", "10310"),
    ("Lat Phrao", "10230"),
    ("Bang Khen", "10220"),
    ("Din Daeng", "10400"),
    ("Phra Khanong", "10260"),
    ("Thon Buri", "10600"),
    ("Min Buri", "10510"),
    ("Mueang Nonthaburi", "11000"),
    ("Bang Phli", "10540"),
    ("Mueang Chiang Mai", "50000"),
]
#: (town, Eircode routing key) around Cork
IE_PLACES = [
    ("Cork", "T12"),
    ("Cork", "T23"),
    ("Ballincollig", "P31"),
    ("Carrigaline", "P43"),
    ("Midleton", "P25"),
    ("Cobh", "P24"),
    ("Mallow", "P51"),
    ("Douglas", "T12"),
    ("Blarney", "T23"),
    ("Glanmire", "T45"),
]
IE_STREETS = [
    "Douglas Road",
    "Model Farm Road",
    "Bandon Road",
    "Blarney Street",
    "Skehard Road",
    "Ballinlough Road",
    "Main Street",
    "Fairfield Avenue",
    "Maryborough Hill",
    "Churchfield Terrace",
]
#: (Ort, PLZ) around Köln
DE_PLACES = [
    ("Köln", "50667"),
    ("Köln", "50823"),
    ("Köln", "51103"),
    ("Köln", "50933"),
    ("Köln", "51065"),
    ("Leverkusen", "51373"),
    ("Bergisch Gladbach", "51465"),
    ("Hürth", "50354"),
    ("Bonn", "53111"),
    ("Düsseldorf", "40210"),
    ("Frechen", "50226"),
    ("Pulheim", "50259"),
]
DE_STREETS = [
    "Venloer Straße",
    "Aachener Straße",
    "Zülpicher Straße",
    "Neusser Straße",
    "Frankfurter Straße",
    "Berliner Straße",
    "Dürener Straße",
    "Bonner Straße",
    "Severinstraße",
    "Luxemburger Straße",
    "Kalker Hauptstraße",
    "Subbelrather Straße",
]
DE_BIRTHPLACES = ["Köln", "Düsseldorf", "Essen", "Wuppertal", "Bonn", "Aachen", "Siegen", "Gelsenkirchen", "Leverkusen",
                  "Istanbul", "Kattowitz", "Neuss"]
#: (ville, code postal) around Nantes
FR_PLACES = [
    ("Nantes", "44000"),
    ("Nantes", "44100"),
    ("Nantes", "44300"),
    ("Rezé", "44400"),
    ("Saint-Herblain", "44800"),
    ("Orvault", "44700"),
    ("Saint-Nazaire", "44600"),
    ("Vertou", "44120"),
    ("Carquefou", "44470"),
    ("Angers", "49100"),
    ("Rennes", "35000"),
    ("La Roche-sur-Yon", "85000"),
]
FR_STREETS = [
    "rue de Strasbourg",
    "boulevard des Anglais",
    "rue Paul Bellamy",
    "quai de la Fosse",
    "rue du Calvaire",
    "boulevard Jules Verne",
    "route de Vannes",
    "rue de la Chézine",
    "rue des Hauts-Pavés",
    "avenue de la Gare de Legé",
    "rue du Général Buat",
    "chemin de la Houssais",
]
#: (commune de naissance, département, code commune INSEE)
FR_BIRTHPLACES = [
    ("Nantes", "44", "109"),
    ("Saint-Nazaire", "44", "184"),
    ("Angers", "49", "007"),
    ("Rennes", "35", "238"),
    ("Brest", "29", "019"),
    ("Vannes", "56", "260"),
    ("Cholet", "49", "099"),
    ("Le Mans", "72", "181"),
    ("Lorient", "56", "121"),
    ("Quimper", "29", "232"),
]
#: (bairro, cidade, UF, CEP prefix) of the fan shop's buyers
BR_PLACES = [
    ("Boa Viagem", "Recife", "PE", "51020"),
    ("Casa Amarela", "Recife", "PE", "52070"),
    ("Graças", "Recife", "PE", "52011"),
    ("Madalena", "Recife", "PE", "50610"),
    ("Várzea", "Recife", "PE", "50740"),
    ("Piedade", "Jaboatão dos Guararapes", "PE", "54410"),
    ("Candeias", "Jaboatão dos Guararapes", "PE", "54440"),
    ("Casa Caiada", "Olinda", "PE", "53130"),
    ("Maurício de Nassau", "Caruaru", "PE", "55014"),
    ("Aldeota", "Fortaleza", "CE", "60150"),
    ("Ponta Verde", "Maceió", "AL", "57035"),
    ("Tambaú", "João Pessoa", "PB", "58039"),
    ("Pinheiros", "São Paulo", "SP", "05422"),
]
BR_STREETS = [
    "Rua dos Navegantes",
    "Avenida Conselheiro Aguiar",
    "Rua Padre Carapuceiro",
    "Avenida Norte Miguel Arraes de Alencar",
    "Rua Real da Torre",
    "Estrada do Arraial",
    "Rua da Hora",
    "Avenida Bernardo Vieira de Melo",
    "Rua Amélia",
    "Rua Capitão Lima",
    "Rua Ribeiro de Brito",
    "Avenida Beira Rio",
]
#: (woonplaats, the postcode's four digits) around Groningen
NL_PLACES = [
    ("Groningen", "9711"),
    ("Groningen", "9712"),
    ("Groningen", "9725"),
    ("Groningen", "9741"),
    ("Haren", "9751"),
    ("Assen", "9401"),
    ("Leeuwarden", "8911"),
    ("Hoogezand", "9601"),
    ("Zuidhorn", "9801"),
    ("Delfzijl", "9934"),
    ("Emmen", "7811"),
    ("Zwolle", "8011"),
]
NL_STREETS = [
    "Oosterstraat",
    "Herestraat",
    "Paterswoldseweg",
    "Zonnelaan",
    "Korreweg",
    "Helperzoom",
    "Siersteenlaan",
    "Damsterdiep",
    "Peizerweg",
    "Eikenlaan",
    "Stationsstraat",
    "Hoofdstraat",
]
#: (obec, PSČ) around Plzeň
CZ_PLACES = [
    ("Plzeň", "301 00"),
    ("Plzeň", "312 00"),
    ("Plzeň", "318 00"),
    ("Plzeň", "326 00"),
    ("Rokycany", "337 01"),
    ("Klatovy", "339 01"),
    ("Domažlice", "344 01"),
    ("Přeštice", "334 01"),
    ("Nýřany", "330 23"),
    ("Stod", "333 01"),
    ("Sušice", "342 01"),
    ("Tachov", "347 01"),
]
CZ_STREETS = [
    "Americká",
    "Klatovská třída",
    "Slovanská alej",
    "Lochotínská",
    "Karlovarská",
    "Husova",
    "Jiráskovo náměstí",
    "Rokycanská",
    "Skupova",
    "Na Roudné",
    "Masarykova",
    "Lábkova",
]
#: (municipality, postal code prefix) around Sendai
JA_PLACES = [
    ("仙台市青葉区", "980"),
    ("仙台市宮城野区", "983"),
    ("仙台市若林区", "984"),
    ("仙台市太白区", "982"),
    ("仙台市泉区", "981"),
    ("名取市", "981"),
    ("多賀城市", "985"),
    ("塩竈市", "985"),
    ("富谷市", "981"),
    ("石巻市", "986"),
]
JA_STREETS = [
    "国分町2丁目14-8",
    "上杉3丁目7-21",
    "五橋1丁目4-30",
    "長町南4丁目2-11",
    "泉中央1丁目25-6",
    "榴岡5丁目1-3",
    "八木山本町2丁目9-14",
    "増田字西町105",
    "高崎3丁目8-2",
    "中央2丁目6-17",
]


def street(g: Gen, streets: list[str], lang: str) -> str:
    s = g.rnd.choice(streets)
    if lang in ("gb", "ca", "nz", "ie"):
        n = g.rnd.randint(1, 4_800 if lang == "ca" else 220)
        if lang == "gb" and g.rnd.random() < 0.3:
            return f"Flat {g.rnd.randint(1, 4)}/{g.rnd.randint(1, 3)}, {n} {s}"
        if lang == "nz" and g.rnd.random() < 0.2:
            return f"{g.rnd.randint(1, 12)}/{n} {s}"
        return f"{n} {s}"
    if lang == "us":
        return f"{g.rnd.randint(100, 9_899)} {s}" + (f" APT {g.rnd.randint(1, 24)}" if g.rnd.random() < 0.2 else "")
    if lang == "de":
        return f"{s} {g.rnd.randint(1, 240)}" + (g.rnd.choice(["a", "b"]) if g.rnd.random() < 0.1 else "")
    if lang == "fr":
        return f"{g.rnd.randint(1, 180)}{g.rnd.choice(['', '', '', ' bis'])} {s}"
    if lang == "cz":
        return f"{s} {g.rnd.randint(1, 2_900)}/{g.rnd.randint(1, 120)}"
    return s


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


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


def utr(g: Gen) -> str:
    """A UK Unique Taxpayer Reference: ten digits, the first the check digit of the other nine."""
    body = g.digits(9)
    number = _utr.calc_check_digit(body) + body
    assert _utr.is_valid(number)
    return number if g.rnd.random() < 0.7 else f"{number[:5]} {number[5:]}"


def utr_decoy(g: Gen) -> str:
    """Ten digits failing the UTR check (a payout reference)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(9), lambda x: not _utr.is_valid(x))


def sin(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.choice([1, 2, 3, 4, 5, 6, 7])) + g.digits(8), _sin.is_valid)
    return f"{d[:3]}-{d[3:6]}-{d[6:]}" if g.rnd.random() < 0.5 else d


def sin_decoy(g: Gen) -> str:
    """Nine digits spaced like a SIN and failing its Luhn check (a statement reference)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 7)) + g.digits(8), lambda x: not _sin.is_valid(x))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def ca_bn(g: Gen) -> str:
    """A Canadian business number with its RT program account (Luhn over the first nine digits)."""
    d = g.valid(lambda: str(g.rnd.randint(7, 8)) + g.digits(8), luhn.is_valid)
    number = f"{d}RT0001"
    assert _bn.is_valid(number)
    return number


def ird(g: Gen) -> str:
    d = g.valid(lambda: f"{g.rnd.randint(10_000_000, 150_000_000):09d}", _ird.is_valid)
    return _ird.format(d)


def ird_decoy(g: Gen) -> str:
    """Nine digits written like an IRD number and failing its check (a payment reference)."""
    d = g.valid(lambda: f"{g.rnd.randint(10_000_000, 150_000_000):09d}", lambda x: not _ird.is_valid(x))
    return f"{d[:3]}-{d[3:6]}-{d[6:]}"


def nz_bank_account(g: Gen) -> str:
    """A New Zealand bank account (bank, branch, account and suffix, checked by python-stdnum)."""

    def make() -> str:
        bank = g.rnd.choice(["01", "02", "03", "06", "12", "38"])
        return f"{bank}{g.rnd.randint(1, 999):04d}{g.digits(7)}{g.rnd.randint(0, 3):03d}"

    return _nzbank.format(g.valid(make, _nzbank.is_valid))


def us_ssn_decoy(g: Gen) -> str:
    """Nine digits shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    number = g.rnd.choice(["000", "666", f"9{g.digits(2)}"]) + g.digits(6)
    assert not _ssn.is_valid(number)
    return number


def card(g: Gen, spaced: bool = True) -> str:
    head = g.rnd.choice(["4", "4", "4", "51", "53", "55", "2221"])
    body = head + g.digits(15 - len(head))
    d = body + luhn.calc_check_digit(body)
    return " ".join(d[i : i + 4] for i in range(0, 16, 4)) if spaced else d


def arn(g: Gen) -> str:
    """A card network's acquirer reference number (23 digits, Luhn): a decoy."""
    body = g.rnd.choice(["2", "7"]) + g.rnd.choice(["4445", "4305", "5543"]) + g.digits(17)
    return body + luhn.calc_check_digit(body)


def th_pin(g: Gen) -> str:
    """A Thai citizen identification number (13 digits, check digit by python-stdnum)."""
    body = str(g.rnd.choice([1, 1, 1, 3, 5])) + g.digits(11)
    number = body + _thpin.calc_check_digit(body)
    assert _thpin.is_valid(number)
    return _thpin.format(number) if g.rnd.random() < 0.5 else number


def th_pin_decoy(g: Gen) -> str:
    """Thirteen digits failing the Thai ID check (a ticket number)."""
    return g.valid(lambda: "1" + g.digits(12), lambda x: not _thpin.is_valid(x))


def eircode(g: Gen, key: str) -> str:
    return f"{key} {g.digits(4, '0123456789ACDEFHKNPRTVWXY')}"


def de_idnr(g: Gen) -> str:
    """A German tax identification number: ten digits, one of them twice, and the ISO 7064 mod 11,10 check."""

    def make() -> str:
        digits = g.rnd.sample("0123456789", 9)
        digits.append(g.rnd.choice(digits))
        g.rnd.shuffle(digits)
        body = "".join(digits)
        return body + mod_11_10.calc_check_digit(body)

    number = g.valid(make, _idnr.is_valid)
    return _idnr.format(number) if g.rnd.random() < 0.4 else number


def de_idnr_decoy(g: Gen) -> str:
    """Eleven digits failing the tax number's check (a contract number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _idnr.is_valid(x))


def de_ausweis(g: Gen) -> str:
    """A German identity card number (by shape: a letter, eight of its alphabet, no check computed)."""
    return g.rnd.choice("CFGHJKLMNPRTVWXYZ") + g.digits(8, "CFGHJKLMNPRTVWXYZ0123456789")


def fr_nir(g: Gen, born: date, female: bool, dept: str, commune: str) -> str:
    """A French NIR encoding sex, year and month of birth and the birthplace, with its key."""
    body = f"{2 if female else 1}{born:%y}{born.month:02d}{dept}{commune}{g.rnd.randint(1, 999):03d}"
    number = body + _nir.calc_check_digits(body)
    assert _nir.is_valid(number)
    return _nir.format(number) if g.rnd.random() < 0.5 else number


def fr_nif(g: Gen) -> str:
    """A French tax number (numéro fiscal, 13 digits, the last three a check by python-stdnum)."""
    body = str(g.rnd.randint(0, 3)) + g.digits(9)
    number = body + _nif.calc_check_digits(body)
    assert _nif.is_valid(number)
    return number


def fr_nif_decoy(g: Gen) -> str:
    """Thirteen digits failing the numéro fiscal's check (a payment slip number)."""
    return g.valid(lambda: str(g.rnd.randint(0, 3)) + g.digits(12), lambda x: not _nif.is_valid(x))


def fr_siret(g: Gen) -> str:
    def make() -> str:
        siren = g.valid(lambda: str(g.rnd.randint(3, 9)) + g.digits(8), luhn.is_valid)
        return siren + "000" + g.digits(2)

    return g.valid(make, _siret.is_valid)


def fr_rib_iban(g: Gen) -> str:
    """A French IBAN: bank, branch, account and the RIB key, then the IBAN check digits."""
    bank = g.rnd.choice(["30004", "30003", "20041", "10278", "14445", "30047", "16606"])
    branch, account = g.digits(5), g.digits(11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return iban("FR", f"{bank}{branch}{account}{key:02d}")


def cpf(g: Gen) -> str:
    """A Brazilian CPF (two check digits by python-stdnum's rule), written ``000.000.000-00`` or bare."""
    body = g.digits(9)
    d1 = (11 - sum((10 - i) * int(body[i]) for i in range(9))) % 11 % 10
    d2 = (11 - (sum((11 - i) * int(body[i]) for i in range(9)) + 2 * d1)) % 11 % 10
    number = f"{body}{d1}{d2}"
    number = number if _cpf.is_valid(number) else g.valid(lambda: g.digits(11), _cpf.is_valid)
    return _cpf.format(number) if g.rnd.random() < 0.7 else number


def cpf_decoy(g: Gen) -> str:
    """Eleven digits failing the CPF check (an order number)."""
    return g.valid(lambda: "2025" + g.digits(7), lambda x: not _cpf.is_valid(x))


def cnpj(g: Gen) -> str:
    number = g.valid(lambda: g.digits(8) + "0001" + g.digits(2), _cnpj.is_valid)
    return _cnpj.format(number)


def s10_tracking(g: Gen) -> str:
    """A Correios (UPU S10) tracking number: two letters, eight digits, the check digit and ``BR``."""
    body = g.digits(8)
    s = sum(int(d) * w for d, w in zip(body, (8, 6, 4, 2, 3, 5, 9, 7), strict=True))
    check = 11 - s % 11
    check = 0 if check == 10 else 5 if check == 11 else check
    return f"{g.rnd.choice(['QB', 'QC', 'OY', 'NX', 'PN', 'AA'])}{body}{check}BR"


def bsn(g: Gen) -> str:
    def make() -> str:
        body = str(g.rnd.randint(1, 7)) + g.digits(7)
        last = sum((9 - i) * int(n) for i, n in enumerate(body)) % 11
        return body + str(last) if last < 10 else "000000000"

    return g.valid(make, _bsn.is_valid)


def bsn_decoy(g: Gen) -> str:
    """Nine digits failing the BSN's eleven test (a customer number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 7)) + g.digits(8), lambda x: not _bsn.is_valid(x))


def nl_document(g: Gen) -> str:
    """A Dutch identity card or passport number (by shape: two letters, six letters or digits, a digit; no O)."""
    letters = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
    return g.digits(2, letters) + g.digits(6, letters + string.digits) + g.digits(1)


def rodne_cislo(g: Gen, born: date, female: bool) -> str:
    month = born.month + (50 if female else 0)

    def make() -> str:
        head = f"{born:%y}{month:02d}{born.day:02d}{g.digits(3)}"
        return head + str(int(head) % 11 % 10)

    d = g.valid(make, lambda x: _rc.is_valid(x) and _rc.get_birth_date(x) == born)
    return f"{d[:6]}/{d[6:]}" if g.rnd.random() < 0.7 else d


def rodne_cislo_decoy(g: Gen) -> str:
    """Ten digits failing the birth number's check (a payment's variable symbol)."""
    return g.valid(lambda: g.digits(10), lambda x: not _rc.is_valid(x))


def ico(g: Gen) -> str:
    """A Czech company number (IČO, eight digits with its check digit)."""
    return g.valid(lambda: str(g.rnd.randint(1, 7)) + g.digits(7), _ico.is_valid)


def my_number_decoy(g: Gen) -> str:
    """Twelve digits failing My Number's check (an application number)."""
    return g.valid(lambda: "57" + g.digits(10), lambda x: not _mynumber.is_valid(x))


def wareki(d: date) -> str:
    """A date in the Japanese era calendar (``昭和63年4月3日``, ``平成元年…``)."""
    if d >= date(2019, 5, 1):
        era, year = "令和", d.year - 2018
    elif d >= date(1989, 1, 8):
        era, year = "平成", d.year - 1988
    else:
        era, year = "昭和", d.year - 1925
    return f"{era}{'元' if year == 1 else year}年{d.month}月{d.day}日"


def rntrc(g: Gen, born: date, female: bool) -> str:
    """A Ukrainian RNOKPP: days since 1899-12-31, a serial whose last digit is even for women, a check digit."""
    days = (born - date(1899, 12, 31)).days

    def make() -> str:
        serial = g.digits(3) + str(g.rnd.choice("02468" if female else "13579"))
        body = f"{days:05d}{serial}"
        return body + _rntrc.calc_check_digit(body)

    return g.valid(make, _rntrc.is_valid)


def rntrc_decoy(g: Gen) -> str:
    """Ten digits failing the RNOKPP check (a complaint number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 4)) + g.digits(9), lambda x: not _rntrc.is_valid(x))


def iban(country: str, bban: str) -> str:
    check = _iban.calc_check_digits(f"{country}00{bban}")
    number = f"{country}{check}{bban}"
    assert _iban.is_valid(number), number
    return number


def spaced(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def de_iban(g: Gen) -> str:
    return iban("DE", g.rnd.choice(["37050198", "37050299", "38060186", "37010050", "37040044"]) + g.digits(10))


def nl_iban(g: Gen) -> str:
    return iban("NL", g.rnd.choice(["RABO", "INGB", "ABNA", "SNSB", "ASNB", "TRIO", "BUNQ", "KNAB"]) + g.digits(10))


def dmy(d: date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def ymd_int(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def stamp(g: Gen, lo: str, hi: str) -> datetime:
    return g.moment(lo, hi, 0, 23)
