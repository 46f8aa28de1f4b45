"""Values of held-out set v85 (:mod:`benchmarks.classification.heldout_v85`): v85's random source, names, streets,
towns and postal codes written by hand for v85 (no Faker, no list of real people), phones drawn from several leading
digits per numbering plan and checked with phonenumbers, identifiers with check digits computed and checked with
python-stdnum (the Polish identity card's check digit, which python-stdnum lacks, is written out here).

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module (the phone maker rewritten); the lists below are new:
central Pennsylvania, West Yorkshire and the Ridings, the Perth hills and Wheatbelt, Nova Scotia, Kampala and central
Uganda, Dublin and its commuter belt, southern Arizona and Sonora, the Klang Valley, Turin and Piedmont, Recife and
Pernambuco, Gdańsk and Pomerania, Umeå and Västerbotten, Ostrava and Moravia-Silesia, Istanbul and Sendai.
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
from stdnum.br import cnpj as _cnpj
from stdnum.br import cpf as _cpf
from stdnum.ca import bn as _bn
from stdnum.ca import sin as _sin
from stdnum.cz import dic as _dic
from stdnum.cz import rc as _rc
from stdnum.gb import vat as _gbvat
from stdnum.ie import pps as _pps
from stdnum.ie import vat as _ievat
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva
from stdnum.jp import cn as _jpcn
from stdnum.my import nric as _nric
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.se import orgnr as _orgnr
from stdnum.se import personnummer as _pnr
from stdnum.tr import tckimlik as _tck
from stdnum.tr import vkn as _vkn
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 85_2026_0417
N = "none"
#: a login, an AS/400 user profile, SAP's ERNAM, or a person's domestic bank account (review, as v5 to v83)
USERNAME = "unclassified"
#: NULL-like strings and placeholders of v85's systems (tests skip them; padded blanks strip to "")
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "NONE", "unknown", "Unknown", "UNKNOWN",
    "?", "0", "XXX", "xxx", "000-00-0000", "000-000-000", "000 000 000", "test@example.com", "noreply@example.com",
    "N/D", "n.d.", "nessuno", "sconosciuto", "não informado", "desconhecido", "brak", "nieznany", "saknas", "okänd",
    "ingen", "neuvedeno", "neznámý", "yok", "bilinmiyor", "なし", "不明", "該当なし", "none given", "NOT GIVEN")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "").replace(
        "ł", "l").replace("ı", "i")


#: plan -> (region, mobile (prefix, national significant length), fixed (prefix, length)); NANP prefixes are area codes
PLANS: dict[str, tuple[str, list[tuple[str, int]], list[tuple[str, int]]]] = {
    "PA": ("US", [("814", 10), ("717", 10), ("570", 10)], [("814", 10), ("717", 10)]),
    "AZ": ("US", [("520", 10), ("602", 10), ("480", 10), ("928", 10)], [("520", 10), ("928", 10)]),
    "MX": ("MX", [("631", 10), ("662", 10), ("653", 10)], [("631", 10)]),
    "NS": ("CA", [("902", 10), ("782", 10)], [("902", 10)]),
    "GB": ("GB", [("74", 10), ("75", 10), ("77", 10), ("78", 10), ("79", 10)],
           [("113", 10), ("1904", 10), ("1274", 10), ("1484", 10), ("1422", 10)]),
    "AU": ("AU", [("40", 9), ("41", 9), ("42", 9), ("43", 9), ("48", 9)], [("892", 9), ("893", 9), ("895", 9)]),
    "UG": ("UG", [("77", 9), ("78", 9), ("70", 9), ("75", 9), ("76", 9), ("74", 9)], [("414", 9), ("312", 9)]),
    "IE": ("IE", [("83", 9), ("85", 9), ("86", 9), ("87", 9), ("89", 9)], [("1", 8), ("45", 9)]),
    "MY": ("MY", [("12", 9), ("13", 9), ("17", 9), ("19", 9), ("11", 10)], [("3", 9)]),
    "IT": ("IT", [("320", 10), ("333", 10), ("338", 10), ("347", 10), ("349", 10), ("366", 10), ("392", 10)],
           [("011", 10), ("011", 9), ("0121", 10)]),
    "BR": ("BR", [("8198", 11), ("8199", 11), ("8197", 11)], [("813", 10), ("8134", 10)]),
    "PL": ("PL", [("50", 9), ("51", 9), ("53", 9), ("60", 9), ("66", 9), ("69", 9), ("72", 9), ("79", 9)],
           [("58", 9)]),
    "SE": ("SE", [("70", 9), ("72", 9), ("73", 9), ("76", 9), ("79", 9)], [("90", 9), ("910", 9)]),
    "CZ": ("CZ", [("60", 9), ("72", 9), ("73", 9), ("77", 9), ("79", 9)], [("59", 9), ("55", 9)]),
    "TR": ("TR", [("53", 10), ("54", 10), ("50", 10), ("55", 10)], [("212", 10), ("216", 10)]),
    "JP": ("JP", [("90", 10), ("80", 10), ("70", 10)], [("22", 9)]),
}


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v85:{SEED}:{table}")

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

    def version(self) -> str:
        return f"{self.rnd.randint(1, 9)}.{self.rnd.randint(0, 24)}.{self.rnd.randint(0, 40)}"

    def ipv4(self) -> str:
        first = self.rnd.choice([31, 41, 62, 78, 81, 88, 102, 105, 121, 154, 177, 185, 196, 203, 213])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2a02", "2a01", "2001", "2c0f", "2400", "2804"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone_number(self, plan: str, mobile: bool = True) -> phonenumbers.PhoneNumber:
        """A valid number of ``plan`` (see :data:`PLANS`), drawn from several leading digits."""
        region, mobiles, fixed = PLANS[plan]
        code = phonenumbers.country_code_for_region(region)

        def make() -> str:
            prefix, length = self.rnd.choice(mobiles if mobile else fixed)
            return prefix + self.digits(length - len(prefix))

        def ok(nsn: str) -> bool:
            if code == 1 and nsn[3:6] == "555":
                return False
            number = phonenumbers.parse(f"+{code}{nsn}")
            return phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region

        return phonenumbers.parse(f"+{code}{self.valid(make, ok)}")

    def phone(self, plan: str, fmt: str = "e164", mobile: bool = True) -> Any:
        """``e164``, ``intl``, ``national``, ``digits`` (national digits), ``msisdn`` (E.164 without ``+``),
        ``dashes`` (NANP 3-3-4), ``int`` (NANP: ten digits as a number) or ``msisdn_int`` (E.164 digits as a number).
        """
        number = self.phone_number(plan, mobile)
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        nsn = phonenumbers.national_significant_number(number)
        if fmt == "e164":
            return e164
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        if fmt == "msisdn":
            return e164[1:]
        if fmt == "dashes":
            return f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}" if number.country_code == 1 else national
        if fmt == "int":
            return int(nsn)
        if fmt == "msisdn_int":
            return int(e164[1:])
        return national

    def phones(self, plan: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(plan, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


def pad(value: Any, width: int) -> str:
    """A fixed-width CHAR value: blanks for NULL, cut or padded to ``width``."""
    return ("" if value is None else str(value))[:width].ljust(width)


def cyymmdd(day: date | None) -> int:
    """An AS/400 ``CYYMMDD`` date as a number (``C`` 0 for 19xx, 1 for 20xx), 0 for none."""
    return 0 if day is None else (day.year // 100 - 19) * 1_000_000 + int(day.strftime("%y%m%d"))


def yyyymmdd(day: date | None) -> int:
    return 0 if day is None else int(day.strftime("%Y%m%d"))


# -- names (written for v85) -------------------------------------------------------------------------------------------

#: country -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "pa": (["Dale", "Wayne", "Clair", "Harold", "Randy", "Kurt", "Elmer", "Travis", "Cody", "Duane", "Leroy"],
           ["Darlene", "Brenda", "Lorrie", "Tammy", "Kendra", "Shirley", "Faye", "Marcy", "Brianne", "Roxanne"],
           ["Yoder", "Stoltzfus", "Hershberger", "Kauffman", "Gearhart", "Heckman", "Rittenhouse", "Shoemaker",
            "Yanoshik", "Kowalczyk", "McClellan", "Wetzel", "Fultz", "Bickle", "Confer", "Snyder", "Hoover"]),
    "yk": (["Callum", "Kieran", "Liam", "Jordan", "Ryan", "Imran", "Danny", "Owen", "Kyle", "Arif"],
           ["Ellie", "Chloe", "Gemma", "Kirsty", "Jade", "Aisha", "Leanne", "Shannon", "Rebecca", "Nadia"],
           ["Ackroyd", "Sutcliffe", "Hepworth", "Brearley", "Haigh", "Oldroyd", "Illingworth", "Moorhouse",
            "Thwaite", "Pickles", "Hussain", "Akhtar", "Mahmood", "Lister", "Greenwood", "Firth"]),
    "wa": (["Brody", "Mitchell", "Jarrod", "Lachlan", "Hamish", "Dane", "Quoc", "Nikos", "Ruan", "Tyson"],
           ["Tahlia", "Kayla", "Brooke", "Jessinta", "Maddison", "Kirra", "Thi Lan", "Eleni", "Annika", "Shae"],
           ["Trenorden", "Ridgeway", "Cavanagh", "Delaporte", "Nguyen", "Papadakis", "Morrissey", "Van Heerden",
            "Tan", "Barrington", "Kelleher", "Sorensen", "Whitmore", "Pianta"]),
    "ns": (["Angus", "Murdock", "Colin", "Rory", "Gilles", "Stéphane", "Darrell", "Blair", "Kenzie", "Wade"],
           ["Shauna", "Mairi", "Chantal", "Josée", "Kristy", "Heather", "Mireille", "Tara", "Jolene", "Darcy"],
           ["MacIsaac", "MacLellan", "Boudreau", "LeBlanc", "Comeau", "d'Entremont", "Chisholm", "MacNeil",
            "Gillis", "Doucet", "Theriault", "MacKinnon", "Publicover", "Zwicker"]),
    "ug": (["Brian", "Ronald", "Isaac", "Moses", "Denis", "Ivan", "Joseph", "Emmanuel", "Geoffrey", "Samuel"],
           ["Patience", "Immaculate", "Gloria", "Peninah", "Sharifah", "Winnie", "Prossy", "Doreen", "Harriet",
            "Agnes"],
           ["Ssemwogerere", "Kato", "Mugisha", "Tumusiime", "Namubiru", "Okello", "Achieng", "Byaruhanga",
            "Kyomuhendo", "Nsubuga", "Atwine", "Opio", "Lubega", "Nakato", "Ssali", "Mutebi"]),
    "ie": (["Cian", "Oisín", "Seán", "Pádraig", "Darragh", "Eoin", "Fionn", "Ronan", "Tadhg", "Colm"],
           ["Aoife", "Niamh", "Siobhán", "Ciara", "Orla", "Sadhbh", "Clodagh", "Gráinne", "Róisín", "Saoirse"],
           ["O'Donoghue", "Fitzgerald", "Kavanagh", "Devaney", "Brennan", "Moloney", "Cullinane", "Hegarty",
            "Mac Giolla Phádraig", "Ní Bhriain", "Tuohy", "Lenihan", "Scanlon", "Cosgrave"]),
    "az": (["Alejandro", "Ramón", "Dakota", "Tyler", "Jesús", "Kyle", "Darnell", "Wyatt", "Efraín", "Tso"],
           ["Guadalupe", "Marisol", "Shandiin", "Brittany", "Yesenia", "Kaylee", "Ofelia", "Nizhoni", "Rosalinda",
            "Amber"],
           ["Begay", "Yazzie", "Tsosie", "Valenzuela", "Quintero", "Ochoa", "Whitfield", "Schaller", "Moraga",
            "Castañeda", "Harjo", "Lindquist", "Encinas"]),
    "it": (["Davide", "Matteo", "Stefano", "Tommaso", "Enrico", "Luca", "Piergiorgio", "Andrea", "Simone",
            "Walter"],
           ["Giulia", "Francesca", "Ilaria", "Marta", "Elisa", "Beatrice", "Noemi", "Silvia", "Rossella", "Irene"],
           ["Brambilla", "Pellegrini", "Cattaneo", "Ferrero", "Bruno", "Gallo", "Ghirardi", "Rossetti", "Sala",
            "Viganò", "Bertola", "Chiesa", "Audisio", "Operti"]),
    "br": (["João", "Pedro", "Gabriel", "Rafael", "Thiago", "Severino", "Edvaldo", "Caio", "Bruno", "Josué"],
           ["Luana", "Thaís", "Larissa", "Maria José", "Aparecida", "Jéssica", "Vitória", "Rayane", "Camila",
            "Edilene"],
           ["Oliveira", "Santos", "Ferreira", "Barbosa", "Cavalcanti", "Nogueira", "Albuquerque", "Teixeira",
            "Lins", "Wanderley", "Bezerra", "Melo", "Araújo"]),
    "se": (["Elias", "Nils", "Hugo", "Albin", "Viktor", "Pontus", "Måns", "Jonatan", "Erik", "Teodor"],
           ["Wilma", "Saga", "Alva", "Vera", "Elsa", "Klara", "Hedvig", "Ronja", "Signe", "Märta"],
           ["Lundmark", "Westerlund", "Öhman", "Nordin", "Marklund", "Holmström", "Burman", "Sjölund", "Grahn",
            "Lindqvist", "Nyberg", "Söderström"]),
    "tr": (["Emre", "Burak", "Mehmet", "Cem", "Gökhan", "Onur", "Serkan", "Kaan", "Tolga", "Yusuf"],
           ["Elif", "Zeynep", "Ayşe", "Büşra", "Merve", "Selin", "Gülşen", "Derya", "Esra", "Nurcan"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç", "Kurt",
            "Özdemir", "Erdem"]),
}

#: Polish and Czech family names in their (male, female) forms
PL_FAMILIES = [("Nowak", "Nowak"), ("Wiśniewski", "Wiśniewska"), ("Kowalczyk", "Kowalczyk"),
               ("Zieliński", "Zielińska"), ("Mazur", "Mazur"), ("Wójcik", "Wójcik"), ("Krawczyk", "Krawczyk"),
               ("Dudek", "Dudek"), ("Pietrzak", "Pietrzak"), ("Sikora", "Sikora"), ("Kaszubowski", "Kaszubowska"),
               ("Grabowski", "Grabowska"), ("Lewandowski", "Lewandowska")]
PL_GIVEN = (["Krzysztof", "Tomasz", "Paweł", "Marcin", "Grzegorz", "Bartosz", "Wojciech", "Jakub"],
            ["Agnieszka", "Katarzyna", "Małgorzata", "Joanna", "Magdalena", "Dorota", "Ewelina", "Zuzanna"])
CZ_FAMILIES = [("Dvořák", "Dvořáková"), ("Novotný", "Novotná"), ("Černý", "Černá"), ("Procházka", "Procházková"),
               ("Krejčí", "Krejčí"), ("Kučera", "Kučerová"), ("Pospíšil", "Pospíšilová"), ("Horák", "Horáková"),
               ("Bednář", "Bednářová"), ("Kopecký", "Kopecká"), ("Šimek", "Šimková"), ("Polášek", "Polášková")]
CZ_GIVEN = (["Jiří", "Tomáš", "Lukáš", "Ondřej", "Radek", "Zdeněk", "Petr", "Vojtěch"],
            ["Lenka", "Petra", "Veronika", "Kateřina", "Jana", "Markéta", "Zuzana", "Hana"])

#: Malaysian names by community: (male given, female given, family or father's names)
MY_MALAY = (["Ahmad Faizal", "Mohd Hafiz", "Muhammad Aiman", "Khairul Anuar", "Azlan", "Syafiq"],
            ["Nurul Aina", "Siti Hajar", "Nur Izzati", "Farah Nadia", "Aisyah", "Norhayati"],
            ["Abdullah", "Ismail", "Rahman", "Hassan", "Yusof", "Othman", "Kamaruddin", "Zainal"])
MY_CHINESE = (["Wei Ming", "Kok Leong", "Jun Hao", "Chee Keong"], ["Mei Ling", "Hui Min", "Siew Lan", "Xin Yi"],
              ["Tan", "Lim", "Wong", "Lee", "Ng", "Chong", "Ooi", "Teh"])
MY_INDIAN = (["Suresh", "Rajesh", "Kumaran", "Prakash"], ["Kavitha", "Devi", "Thilaga", "Shalini"],
             ["Rajendran", "Subramaniam", "Muthusamy", "Krishnan", "Govindasamy", "Arumugam"])

#: Japanese family and given names: (kanji, katakana reading, romaji for logins)
JP_FAMILIES = [("佐藤", "サトウ", "sato"), ("高橋", "タカハシ", "takahashi"), ("菅原", "スガワラ", "sugawara"),
               ("阿部", "アベ", "abe"), ("千葉", "チバ", "chiba"), ("伊藤", "イトウ", "ito"), ("遠藤", "エンドウ", "endo"),
               ("及川", "オイカワ", "oikawa"), ("庄司", "ショウジ", "shoji"), ("小野寺", "オノデラ", "onodera"),
               ("鈴木", "スズキ", "suzuki"), ("熊谷", "クマガイ", "kumagai")]
JP_GIVEN = ([("翔太", "ショウタ"), ("健一", "ケンイチ"), ("大輔", "ダイスケ"), ("直樹", "ナオキ"), ("拓海", "タクミ"),
             ("正和", "マサカズ")],
            [("美咲", "ミサキ"), ("陽子", "ヨウコ"), ("彩香", "アヤカ"), ("由美", "ユミ"), ("千尋", "チヒロ"), ("恵子", "ケイコ")])


def person(g: Gen, country: str, female: bool | None = None) -> tuple[str, str]:
    """(given name, family name) of ``country``; Polish and Czech family names take the female form."""
    female = g.rnd.random() < 0.5 if female is None else female
    if country in ("pl", "cz"):
        given, families = (PL_GIVEN, PL_FAMILIES) if country == "pl" else (CZ_GIVEN, CZ_FAMILIES)
        return g.rnd.choice(given[female]), g.rnd.choice(families)[female]
    males, females, lasts = NAMES[country]
    return g.rnd.choice(females if female else males), g.rnd.choice(lasts)


def whole(g: Gen, country: str) -> str:
    a, b = person(g, country)
    return f"{a} {b}"


def given(g: Gen, country: str) -> str:
    return person(g, country)[0]


def my_name(g: Gen, female: bool) -> str:
    """A Malaysian full name as written on the MyKad (upper case): Malay with bin/binti, Chinese, Indian with a/l,
    a/p."""
    roll = g.rnd.random()
    if roll < 0.6:
        males, females, fathers = MY_MALAY
        return f"{g.rnd.choice(females if female else males)} {'BINTI' if female else 'BIN'} " \
               f"{g.rnd.choice(fathers)}".upper()
    if roll < 0.85:
        males, females, families = MY_CHINESE
        return f"{g.rnd.choice(families)} {g.rnd.choice(females if female else males)}".upper()
    males, females, fathers = MY_INDIAN
    return f"{g.rnd.choice(females if female else males)} {'A/P' if female else 'A/L'} {g.rnd.choice(fathers)}".upper()


def jp_person(g: Gen, female: bool | None = None) -> tuple[str, str, str]:
    """(kanji name ``姓 名``, katakana reading, romaji family name)."""
    female = g.rnd.random() < 0.5 if female is None else female
    family = g.rnd.choice(JP_FAMILIES)
    first = g.rnd.choice(JP_GIVEN[female])
    return f"{family[0]} {first[0]}", f"{family[1]} {first[1]}", family[2]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "x", plain(last) or "y"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(70, 99)}", f"{b}{a[:2]}"])
    return f"{local}@{g.rnd.choice(domains)}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first) or "x", plain(last) or "y"
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{b}_{a[0]}"][style % 5]


DOMAINS = {
    "pa": ["gmail.com", "yahoo.com", "comcast.net", "verizon.net", "aol.com", "outlook.com"],
    "yk": ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com"],
    "wa": ["gmail.com", "bigpond.com", "iinet.net.au", "outlook.com", "westnet.com.au", "hotmail.com"],
    "ns": ["gmail.com", "eastlink.ca", "hotmail.com", "outlook.com", "yahoo.ca", "icloud.com"],
    "ug": ["gmail.com", "yahoo.com", "outlook.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "icloud.com", "yahoo.ie"],
    "it": ["libero.it", "gmail.com", "alice.it", "virgilio.it", "tiscali.it", "hotmail.it"],
    "br": ["gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com", "bol.com.br", "uol.com.br"],
    "pl": ["wp.pl", "onet.pl", "gmail.com", "interia.pl", "o2.pl", "op.pl"],
    "se": ["gmail.com", "telia.com", "hotmail.se", "outlook.com", "bredband.net", "icloud.com"],
    "cz": ["seznam.cz", "email.cz", "gmail.com", "centrum.cz", "post.cz", "volny.cz"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com", "outlook.com", "icloud.com"],
    "jp": ["docomo.ne.jp", "gmail.com", "ezweb.ne.jp", "yahoo.co.jp", "i.softbank.jp", "icloud.com"],
    "my": ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com"],
}


# -- places (written for v85) ------------------------------------------------------------------------------------------

#: (town, ZIP codes)
PA_TOWNS = [("PHILIPSBURG", [16866]), ("BELLEFONTE", [16823]), ("TYRONE", [16686]), ("HUNTINGDON", [16652]),
            ("LEWISTOWN", [17044]), ("CLEARFIELD", [16830]), ("STATE COLLEGE", [16801, 16803]),
            ("MIFFLINBURG", [17844]), ("SPRING MILLS", [16875]), ("CENTRE HALL", [16828])]
PA_STREETS = ["RIDGE RD", "OLD ROUTE 322", "SPRING ST", "PENNS VALLEY RD", "TUSSEY LN", "BALD EAGLE AVE",
              "MILLBROOK DR", "LAUREL RUN RD", "CEDAR HOLLOW LN", "BUFFALO RUN RD", "CHURCH ST", "SHINGLETOWN RD"]
#: (town, postcode districts)
YK_TOWNS = [("Leeds", ["LS6", "LS8", "LS11", "LS13", "LS17", "LS28"]), ("Bradford", ["BD3", "BD5", "BD7", "BD9"]),
            ("Wakefield", ["WF1", "WF2"]), ("Huddersfield", ["HD1", "HD2", "HD4"]), ("Halifax", ["HX1", "HX3"]),
            ("Harrogate", ["HG1", "HG2"]), ("York", ["YO10", "YO24", "YO31"]), ("Doncaster", ["DN4", "DN5"]),
            ("Barnsley", ["S70", "S71", "S75"]), ("Keighley", ["BD21", "BD22"])]
YK_STREETS = ["Hawthorn Terrace", "Kirkstall Road", "Beck Lane", "Moorside Avenue", "Low Fold", "Mill Garth",
              "Ings Lane", "Calder View", "Wharfe Street", "Back Nora Place", "Scar Top Road", "Gledhow Wood Grove"]
WA_TOWNS = [("Mundaring", "6073"), ("Kalamunda", "6076"), ("Midland", "6056"), ("Armadale", "6112"),
            ("Byford", "6122"), ("Mandurah", "6210"), ("Northam", "6401"), ("York", "6302"), ("Toodyay", "6566"),
            ("Chidlow", "6556"), ("Gidgegannup", "6083")]
WA_STREETS = ["Great Eastern Hwy", "Jarrah Rd", "Marri Cl", "Banksia Tce", "Karri Way", "Paterson St",
              "Railway Pde", "Zamia Ct", "Wandoo Ave", "Coolgardie St", "Brookton Hwy"]
#: (municipality, forward sortation areas)
NS_TOWNS = [("Halifax", ["B3H", "B3J", "B3K", "B3L"]), ("Dartmouth", ["B2V", "B2W", "B2Y"]), ("Truro", ["B2N"]),
            ("Sydney", ["B1P", "B1S"]), ("Antigonish", ["B2G"]), ("Wolfville", ["B4P"]), ("Yarmouth", ["B5A"]),
            ("Lunenburg", ["B0J"]), ("New Glasgow", ["B2H"]), ("Bridgewater", ["B4V"])]
NS_STREETS = ["Quinpool Rd", "Portland St", "Prince St", "Lighthouse Rd", "Cobequid Rd", "Herring Cove Rd",
              "Pleasant St", "Victoria Rd", "Main St", "Caledonia Rd", "Lincoln St"]
UG_TOWNS = [("Kampala", "Kampala"), ("Entebbe", "Wakiso"), ("Mukono", "Mukono"), ("Kira", "Wakiso"),
            ("Jinja", "Jinja"), ("Mbarara", "Mbarara"), ("Gulu", "Gulu"), ("Masaka", "Masaka"), ("Lira", "Lira"),
            ("Fort Portal", "Kabarole")]
UG_STREETS = ["Kisaasi Road", "Ntinda-Kisaasi Rd", "Gaba Road", "Bombo Road", "Entebbe Road", "Jinja Road",
              "Salaama Road", "Kira Road", "Mutungo Hill Rd", "Nakawa-Kyambogo Rd"]
#: (town, Eircode routing keys)
IE_TOWNS = [("Dublin 6W", ["D6W"]), ("Rathfarnham", ["D14", "D16"]), ("Drumcondra", ["D09"]), ("Swords", ["K67"]),
            ("Bray", ["A98"]), ("Maynooth", ["W23"]), ("Naas", ["W91"]), ("Navan", ["C15"]), ("Drogheda", ["A92"]),
            ("Dún Laoghaire", ["A96"]), ("Tallaght", ["D24"])]
IE_STREETS = ["Griffith Avenue", "Willow Park Road", "Ashgrove Lawn", "Castle Street", "Beechwood Court",
              "Seafield Road", "Millbrook Drive", "Dublin Road", "Abbey Meadows", "Priory Walk"]
IE_AREAS = ["Ballinteer", "Churchtown", "Kilmacud", "Rivervalley", "Ballybrack", "Lucan Heights", "Oldtown", ""]
IE_COUNTIES = ["Co. Dublin", "Co. Kildare", "Co. Meath", "Co. Wicklow", "Co. Louth"]
EIRCODE_CHARS = "0123456789ACDEFHKNPRTVWXY"
#: (town, ZIP codes)
AZ_TOWNS = [("Tucson", [85701, 85705, 85710, 85716, 85719, 85730, 85746]), ("Nogales", [85621]),
            ("Yuma", [85364, 85365]), ("Sierra Vista", [85635]), ("Douglas", [85607]), ("Phoenix", [85008, 85033]),
            ("Casa Grande", [85122]), ("Sahuarita", [85629])]
#: (city, postcodes, state)
MY_TOWNS = [("KUALA LUMPUR", [50450, 53100, 55100, 56000, 59200], "WP KUALA LUMPUR"),
            ("PETALING JAYA", [46000, 47301, 47400], "SELANGOR"), ("SHAH ALAM", [40150, 40460], "SELANGOR"),
            ("SUBANG JAYA", [47500, 47600], "SELANGOR"), ("KAJANG", [43000], "SELANGOR"),
            ("BANGI", [43650], "SELANGOR"), ("KLANG", [41050, 41200], "SELANGOR"),
            ("SEREMBAN", [70200, 70450], "NEGERI SEMBILAN")]
MY_STREETS = ["JALAN SS 2/24", "JALAN BUKIT BINTANG", "LORONG MAAROF", "JALAN TAMAN MELATI 3", "JALAN KLANG LAMA",
              "JALAN AMPANG", "JALAN USJ 4/9", "JALAN SEKSYEN 7/12", "PERSIARAN KAYANGAN", "JALAN REKO"]
MY_AREAS = ["TAMAN MELAWATI", "BANDAR BARU BANGI", "TAMAN CONNAUGHT", "SEKSYEN 7", "TAMAN TUN DR ISMAIL",
            "BANDAR SUNWAY", "KAMPUNG BARU", "TAMAN SRI GOMBAK"]
#: (comune, CAP codes, province, cadastral code)
IT_TOWNS = [("Torino", ["10121", "10128", "10138", "10141", "10152"], "TO", "L219"),
            ("Moncalieri", ["10024"], "TO", "F335"), ("Collegno", ["10093"], "TO", "C860"),
            ("Rivoli", ["10098"], "TO", "H355"), ("Chieri", ["10023"], "TO", "C627"),
            ("Pinerolo", ["10064"], "TO", "G674"), ("Ivrea", ["10015"], "TO", "E379"),
            ("Asti", ["14100"], "AT", "A479"), ("Cuneo", ["12100"], "CN", "D205"),
            ("Novara", ["28100"], "NO", "F952")]
IT_STREETS = ["Via Po", "Corso Francia", "Via Nizza", "Via Madama Cristina", "Corso Regina Margherita", "Via Sacchi",
              "Via Cibrario", "Strada del Fortino", "Corso Casale", "Via Roma", "Piazza Statuto"]
#: (city, CEP leading digits)
BR_TOWNS = [("Recife", ["50", "51", "52"]), ("Olinda", ["53"]), ("Jaboatão dos Guararapes", ["54"]),
            ("Paulista", ["534"]), ("Caruaru", ["55"]), ("Petrolina", ["563"]), ("Camaragibe", ["5475"])]
BR_STREETS = ["Rua da Aurora", "Av. Conselheiro Aguiar", "Rua do Futuro", "Av. Boa Viagem", "Rua Real da Torre",
              "Estrada do Arraial", "Rua da Hora", "Av. Caxangá", "Rua do Sol"]
#: (town, postcode prefixes)
PL_TOWNS = [("Gdańsk", ["80-2", "80-3", "80-8", "80-1"]), ("Gdynia", ["81-3", "81-5"]), ("Sopot", ["81-7"]),
            ("Wejherowo", ["84-2"]), ("Słupsk", ["76-2"]), ("Tczew", ["83-1"]), ("Pruszcz Gdański", ["83-0"]),
            ("Kartuzy", ["83-3"])]
PL_STREETS = ["ul. Grunwaldzka", "ul. Wita Stwosza", "ul. Chlebnicka", "al. Zwycięstwa", "ul. Morska",
              "ul. Obrońców Wybrzeża", "ul. Słowackiego", "ul. Kartuska", "ul. Piastowska"]
#: (town, postcode prefixes)
SE_TOWNS = [("Umeå", ["902", "903", "904", "906"]), ("Holmsund", ["913"]), ("Vännäs", ["911"]),
            ("Robertsfors", ["915"]), ("Nordmaling", ["914"]), ("Bjurholm", ["916"]), ("Hörnefors", ["914"])]
SE_STREETS = ["Ålidhemsvägen", "Tvistevägen", "Björnvägen", "Strandvägen", "Backenvägen", "Sörbyvägen",
              "Kyrkvägen", "Tallbacksvägen", "Rönnvägen", "Älvvägen"]
#: (town, postcodes)
CZ_TOWNS = [("Ostrava", ["700 30", "702 00", "703 00", "708 00", "710 00"]), ("Havířov", ["736 01"]),
            ("Karviná", ["733 01"]), ("Frýdek-Místek", ["738 01"]), ("Opava", ["746 01"]),
            ("Nový Jičín", ["741 01"]), ("Bohumín", ["735 81"])]
CZ_STREETS = ["Nádražní", "Hlavní třída", "Českobratrská", "Opavská", "Výškovická", "Plzeňská", "Horní",
              "Sokolská třída", "Těšínská", "Slezská"]
#: (district, postcode)
TR_DISTRICTS = [("Kadıköy", "34710"), ("Üsküdar", "34662"), ("Beşiktaş", "34353"), ("Bakırköy", "34142"),
                ("Ataşehir", "34750"), ("Maltepe", "34840"), ("Şişli", "34381"), ("Sarıyer", "34450"),
                ("Pendik", "34890")]
TR_STREETS = ["Atatürk Cad.", "Bağdat Cad.", "Gül Sok.", "Menekşe Sok.", "Lale Sok.", "Cumhuriyet Cad.",
              "Papatya Sok.", "Fenerbahçe Cad.", "Çınar Sok."]
#: (ward, towns, postcode prefix)
JP_WARDS = [("青葉区", ["一番町", "国分町", "五橋", "上杉", "八幡"], "980"), ("宮城野区", ["榴岡", "原町", "福室"], "983"),
            ("若林区", ["荒井", "連坊", "大和町"], "984"), ("太白区", ["長町", "富沢", "八木山本町"], "982"),
            ("泉区", ["八乙女", "将監", "泉中央"], "981")]


def pa_street(g: Gen) -> str:
    return f"{g.rnd.randint(10, 4999)} {g.rnd.choice(PA_STREETS)}"


def yk_street(g: Gen) -> str:
    return g.rnd.choice([f"{g.rnd.randint(1, 160)} {g.rnd.choice(YK_STREETS)}",
                         f"Flat {g.rnd.randint(1, 24)}, {g.rnd.randint(1, 90)} {g.rnd.choice(YK_STREETS)}"])


def yk_postcode(g: Gen, districts: list[str]) -> str:
    return f"{g.rnd.choice(districts)} {g.rnd.randint(1, 9)}{g.digits(2, 'ABDEFGHJLNPQRSTUWXYZ')}"


def wa_street(g: Gen) -> str:
    n = g.rnd.randint(1, 240)
    street = g.rnd.choice(WA_STREETS)
    return g.rnd.choice([f"{n} {street}", f"Unit {g.rnd.randint(1, 12)}/{n} {street}",
                         f"Lot {g.rnd.randint(10, 900)} {street}"])


def ns_postcode(g: Gen, fsas: list[str]) -> str:
    return f"{g.rnd.choice(fsas)} {g.rnd.randint(0, 9)}{g.rnd.choice('ABCEGHJKLMNPRSTVWXYZ')}{g.rnd.randint(0, 9)}"


def ie_eircode(g: Gen, keys: list[str]) -> str:
    return f"{g.rnd.choice(keys)} {g.digits(4, EIRCODE_CHARS)}"


def it_street(g: Gen) -> str:
    return f"{g.rnd.choice(IT_STREETS)} {g.rnd.randint(1, 220)}" + g.rnd.choice(["", "", "/B", " int. 7", " sc. A"])


def br_cep(g: Gen, leads: list[str]) -> str:
    lead = g.rnd.choice(leads)
    body = lead + g.digits(8 - len(lead))
    return f"{body[:5]}-{body[5:]}"


def pl_postcode(g: Gen, prefixes: list[str]) -> str:
    return g.rnd.choice(prefixes) + g.digits(2)


def cz_street(g: Gen) -> str:
    return f"{g.rnd.choice(CZ_STREETS)} {g.rnd.randint(100, 3200)}/{g.rnd.randint(1, 90)}"


def tr_street(g: Gen) -> str:
    return f"{g.rnd.choice(TR_STREETS)} No:{g.rnd.randint(1, 140)} D:{g.rnd.randint(1, 24)}"


def jp_address(g: Gen) -> tuple[str, str]:
    """(postcode, address from the prefecture down)."""
    ward, towns, lead = g.rnd.choice(JP_WARDS)
    town = g.rnd.choice(towns)
    line = f"宮城県仙台市{ward}{town}{g.rnd.randint(1, 5)}丁目{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)}"
    if g.rnd.random() < 0.3:
        line += f" {g.rnd.choice(['メゾン', 'コーポ', 'パレス'])}{g.rnd.choice(['青葉', '杜の都', '広瀬'])}{g.rnd.randint(101, 509)}"
    return f"{lead}-{g.digits(4)}", line


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa, Mastercard or Amex prefix."""
    prefix, length = g.rnd.choice([("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("37", 15)])
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def imei(g: Gen) -> str:
    body = g.rnd.choice(["35", "86", "01", "49"]) + g.digits(12)
    number = body + luhn.calc_check_digit(body)
    assert _imei.is_valid(number)
    return number


def iccid(g: Gen, country_code: str) -> str:
    """A SIM's ICCID: ``89``, the country's calling code, an issuer and a serial, Luhn check digit (19 digits)."""
    body = "89" + country_code + g.digits(16 - len(country_code))
    return body + luhn.calc_check_digit(body)


#: BBAN layouts (9 a digit, A a letter); python-stdnum checks the result
BBAN = {"IE": "AAAA99999999999999", "IT": "A9999999999ZZZZZZZZZZZZ", "PL": "999999999999999999999999",
        "CZ": "99999999999999999999", "TR": "99999" + "0" + "9" * 16}
IE_BANKS = ["AIBK", "BOFI", "IPBS", "ULSB", "PTSB"]
IT_ABI = ["03069", "02008", "05034", "03111", "06230"]
CZ_BANKS = ["0100", "0300", "0800", "2010", "0600", "5500"]


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, national checks retried, python-stdnum checks it)."""

    def make() -> str:
        bban = g.code(BBAN[country])
        if country == "IE":
            bban = g.rnd.choice(IE_BANKS) + bban[4:]
        elif country == "IT":
            bban = bban[0] + g.rnd.choice(IT_ABI) + bban[6:]
        elif country == "CZ":
            bban = g.rnd.choice(CZ_BANKS) + bban[4:]
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def us_ssn(g: Gen) -> str:
    """A US SSN as nine digits (python-stdnum checks the area, group and serial)."""
    return g.valid(lambda: f"{g.rnd.randint(1, 665):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}",
                   _ssn.is_valid)


def not_ssn(g: Gen) -> str:
    """Nine digits starting with 9: shaped like an SSN, never a valid one (no SSN has area 9xx)."""
    number = "9" + g.digits(8)
    assert not _ssn.is_valid(number)
    return number


def ca_sin(g: Gen) -> str:
    """A Canadian SIN of the Atlantic provinces (first digit 1), Luhn, python-stdnum checks it."""
    body = "1" + g.digits(7)
    number = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(number)
    return number


def ca_bn(g: Gen) -> str:
    """A Canadian business number (9 digits, Luhn) with its RT program account: a business's, ``none``."""
    body = g.rnd.choice("78") + g.digits(7)
    number = body + luhn.calc_check_digit(body)
    assert _bn.is_valid(number)
    return f"{number}RT0001"


def ie_ppsn(g: Gen) -> str:
    """An Irish PPSN: seven digits, the check letter and (new format) ``A`` or none."""

    def make() -> str:
        body = g.digits(7)
        if g.rnd.random() < 0.6:
            return body + _ievat.calc_check_digit(body + "A") + "A"
        return body + _ievat.calc_check_digit(body)

    return g.valid(make, _pps.is_valid)


def not_ppsn(g: Gen) -> str:
    """Seven digits and a letter that is not the PPSN check letter."""
    return g.valid(lambda: g.digits(7) + g.rnd.choice("ABCDEFGHIJKLMNOPQRSTUVW"), lambda x: not _pps.is_valid(x))


def ie_vat(g: Gen) -> str:
    def make() -> str:
        body = g.rnd.choice("3689") + g.digits(6)
        return "IE" + body + _ievat.calc_check_digit(body) + g.rnd.choice(["", "", "H"])

    return g.valid(make, _ievat.is_valid)


def gb_vat(g: Gen) -> str:
    return g.valid(lambda: "GB" + g.digits(9), _gbvat.is_valid)


def au_abn(g: Gen) -> str:
    def make() -> str:
        body = g.rnd.choice("1234567899") + g.digits(8)
        return _abn.calc_check_digits(body) + body

    number = g.valid(make, _abn.is_valid)
    return _abn.format(number)


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
    body = (part(last, False) + part(first, True) + f"{born.year % 100:02d}" + "ABCDEHLMPRST"[born.month - 1]
            + f"{day:02d}" + comune)
    number = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(number)
    return number


def it_piva(g: Gen) -> str:
    body = g.digits(7) + g.rnd.choice(["001", "011", "005"])
    number = body + luhn.calc_check_digit(body)
    assert _iva.is_valid(number)
    return number


def br_cpf(g: Gen, formatted: bool = True) -> str:
    """A CPF: nine digits and the two mod-11 check digits (python-stdnum checks the result)."""

    def make() -> str:
        body = g.digits(9)
        for weight in (10, 11):
            body += str(sum((weight - i) * int(n) for i, n in enumerate(body)) * 10 % 11 % 10)
        return body

    number = g.valid(make, _cpf.is_valid)
    return _cpf.format(number) if formatted else number


def not_cpf(g: Gen) -> str:
    """Eleven digits that fail the CPF check."""
    return g.valid(lambda: g.rnd.choice("123456789") + g.digits(10), lambda x: not _cpf.is_valid(x))


def br_cnpj(g: Gen) -> str:
    def make() -> str:
        body = g.digits(8) + "0001"
        return body + _cnpj.calc_check_digits(body)

    return _cnpj.format(g.valid(make, _cnpj.is_valid))


def pl_pesel(g: Gen, born: date, female: bool) -> str:
    """A PESEL encoding ``born`` and the sex (python-stdnum's check digit)."""
    month = born.month + {19: 0, 20: 20}[born.year // 100]
    serial = g.digits(3) + g.rnd.choice("02468" if female else "13579")
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial}"
    number = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(number)
    return number


def not_pesel(g: Gen) -> str:
    return g.valid(lambda: g.digits(11), lambda x: not _pesel.is_valid(x))


def pl_id_card_check(number: str) -> bool:
    """The Polish identity card's check: weights 7, 3, 1, 9, 7, 3, 1, 7, 3 over letters (A=10) and digits, sum % 10
    == 0 (the fourth character is the check digit)."""
    if len(number) != 9 or not number[:3].isalpha() or not number[3:].isdigit():
        return False
    values = [int(ch, 36) for ch in number.upper()]
    return sum(w * v for w, v in zip((7, 3, 1, 9, 7, 3, 1, 7, 3), values)) % 10 == 0


def pl_id_card(g: Gen) -> str:
    letters = g.rnd.choice(["A", "C", "D", "Z"]) + g.code("AA")
    rest = g.digits(5)
    values = [int(ch, 36) for ch in letters + rest]
    check = sum(w * v for w, v in zip((7, 3, 1, 7, 3, 1, 7, 3), values)) % 10
    number = f"{letters}{check}{rest}"
    assert pl_id_card_check(number)
    return number


def pl_nip(g: Gen) -> str:
    def make() -> str:
        body = g.rnd.choice(["583", "584", "585", "586", "587", "588", "604", "957"]) + g.digits(6)
        check = sum(w * int(n) for w, n in zip((6, 5, 7, 2, 3, 4, 5, 6, 7), body)) % 11
        return body + str(check)

    return g.valid(make, _nip.is_valid)


def se_personnummer(g: Gen, born: date) -> str:
    """A Swedish personnummer ``YYMMDD-NNNC`` encoding ``born`` (Luhn check digit; python-stdnum checks it)."""
    body = born.strftime("%y%m%d") + g.digits(3)
    number = f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"
    assert _pnr.is_valid(number)
    return number


def not_personnummer(g: Gen) -> str:
    """``YYMMDD-NNNN`` with a valid date and a wrong Luhn digit: a case number."""
    return g.valid(lambda: f"{g.day('2019-01-01', '2025-12-31').strftime('%y%m%d')}-{g.digits(4)}",
                   lambda x: not _pnr.is_valid(x))


def se_orgnr(g: Gen) -> str:
    body = g.rnd.choice(["556", "559", "969"]) + g.digits(6)
    number = body + luhn.calc_check_digit(body)
    assert _orgnr.is_valid(number)
    return f"{number[:6]}-{number[6:]}"


def cz_rodne_cislo(g: Gen, born: date, female: bool, slash: bool = True) -> str:
    """A ten-digit Czech rodné číslo encoding ``born`` and the sex (month + 50 for women), mod-11 check."""
    head = f"{born.year % 100:02d}{born.month + (50 if female else 0):02d}{born.day:02d}"

    def make() -> str:
        body = head + g.digits(3)
        check = int(body) % 11 % 10
        return body + str(check)

    number = g.valid(make, _rc.is_valid)
    return f"{number[:6]}/{number[6:]}" if slash else number


def not_rodne_cislo(g: Gen) -> str:
    return g.valid(lambda: f"{g.rnd.randint(60, 99)}{g.rnd.randint(1, 12):02d}{g.rnd.randint(1, 28):02d}"
                           f"{g.digits(4)}", lambda x: not _rc.is_valid(x))


def cz_ico(g: Gen) -> str:
    """A Czech company number (IČO, eight digits, mod-11 check: python-stdnum's DIČ of a legal entity)."""
    body = g.rnd.choice("2467") + g.digits(6)
    number = body + _dic.calc_check_digit_legal(body)
    assert _dic.is_valid(number)
    return number


def tr_tckimlik(g: Gen) -> str:
    def make() -> str:
        body = g.rnd.choice("123456789") + g.digits(8)
        return body + _tck.calc_check_digits(body)

    return g.valid(make, _tck.is_valid)


def not_tckimlik(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("123456789") + g.digits(10), lambda x: not _tck.is_valid(x))


def tr_vkn(g: Gen) -> str:
    def make() -> str:
        body = g.digits(9)
        return body + _vkn.calc_check_digit(body)

    return g.valid(make, _vkn.is_valid)


def my_nric(g: Gen, born: date, female: bool) -> str:
    """A MyKad number ``YYMMDD-PB-###G`` encoding ``born``, a Malaysian birth state and the sex (odd for men)."""
    place = g.rnd.choice(["01", "02", "05", "06", "07", "08", "10", "14"])
    number = f"{born.strftime('%y%m%d')}{place}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
    assert _nric.is_valid(number)
    return f"{number[:6]}-{number[6:8]}-{number[8:]}"


def ug_nin(g: Gen, born: date, female: bool) -> str:
    """A Ugandan National Identification Number: ``C``, the sex, the birth year's two digits, six digits and four
    letters (14 characters; no published check digit)."""
    return f"C{'F' if female else 'M'}{born.year % 100:02d}{g.digits(6)}{g.code('AAAA')}"


def jp_corporate_number(g: Gen) -> str:
    body = g.rnd.choice(["37", "40", "90", "10"]) + g.digits(10)
    number = _jpcn.calc_check_digit(body) + body
    assert _jpcn.is_valid(number)
    return number


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)


def mac(g: Gen) -> str:
    oui = g.rnd.choice(["00:1A:2B", "3C:84:6A", "B0:BE:76", "E4:8D:8C"])
    return oui + ":" + ":".join(f"{g.rnd.randint(0, 255):02X}" for _ in range(3))
