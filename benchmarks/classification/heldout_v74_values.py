"""Values of held-out set v74 (:mod:`benchmarks.classification.heldout_v74`): v74's random source, names, streets,
towns and postal codes written by hand for v74 (no Faker, no list of real people), phones checked with phonenumbers
and identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module (the phone maker rewritten for v74's regions); the
lists below are new.
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
from stdnum import ean, luhn, verhoeff
from stdnum import iban as _iban
from stdnum.au import abn as _abn
from stdnum.au import tfn as _tfn
from stdnum.de import idnr as _idnr
from stdnum.es import ccc as _ccc
from stdnum.es import cif as _cif
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.es import referenciacatastral as _refcat
from stdnum.fr import nir as _nir
from stdnum.fr import siret as _siret
from stdnum.gb import utr as _utr
from stdnum.gb import vat as _gbvat
from stdnum.ie import pps as _pps
from stdnum.ie import vat as _ievat
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import gstin as _gstin
from stdnum.in_ import pan as _pan
from stdnum.iso7064 import mod_11_10 as _mod_11_10
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva
from stdnum.jp import cn as _jpcn
from stdnum.jp import in_ as _mynumber
from stdnum.nl import bsn as _bsn
from stdnum.nl import btw as _btw
from stdnum.nz import ird as _ird
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.pl import regon as _regon
from stdnum.us import ein as _ein
from stdnum.us import rtn as _rtn
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _zaid
from stdnum.za import tin as _zatin

from benchmarks.classification.heldout_v2 import Column

SEED = 74_260_511
N = "none"
#: a login or public display handle (review, as in v5 to v71)
USERNAME = "unclassified"
#: NULL-like strings of v74's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "?", "nil", "Nil",
    "000-00-0000", "000000000", "999999999", "111111111", "REFUSED", "keine", "néant", "ninguna", "nessuna", "geen",
    "brak", "なし", "-", "*", "N/K", "tbc", "TBC", "0")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v74:{SEED}:{table}")

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
        first = self.rnd.choice([23, 45, 67, 69, 70, 75, 76, 96, 97, 100, 136, 162, 173, 199, 209])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2600", "2601", "2602", "2604", "2a02"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones (rewritten for v74: area and mobile prefixes of the set's regions)
    def phone_number(self, region: str, mobile: bool = True) -> phonenumbers.PhoneNumber:
        """A valid number of ``region``: a prefix of the region's mobiles or of the set's towns, the rest drawn."""
        prefixes, lengths = PHONE_PREFIXES[region][0 if mobile else 1], PHONE_LENGTHS[region]
        code = phonenumbers.country_code_for_region(region)

        def make() -> str:
            head = self.rnd.choice(prefixes)
            return head + self.digits(self.rnd.choice(lengths) - len(head))

        def ok(candidate: str) -> bool:
            return phonenumbers.is_valid_number(phonenumbers.parse(f"+{code}{candidate}"))

        return phonenumbers.parse(f"+{code}{self.valid(make, ok)}")

    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        """``e164``, ``intl``, ``national``, ``digits`` (the national form's digits), ``nsn`` (without the trunk
        prefix: what a numeric column keeps), ``00`` or ``dashes`` (US)."""
        number = self.phone_number(region, mobile)
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        if fmt == "00":
            return "00" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)[1:]
        if fmt == "nsn":
            return phonenumbers.national_significant_number(number)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        d = "".join(ch for ch in national if ch.isdigit())
        if fmt == "digits":
            return d
        if fmt == "dashes" and region == "US":
            return f"{d[:3]}-{d[3:6]}-{d[6:]}"
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)



#: region -> (mobile prefixes, fixed-line prefixes of the set's towns) of the national significant number
PHONE_PREFIXES: dict[str, tuple[list[str], list[str]]] = {
    "US": (["916", "279", "530", "813", "727", "863"], ["916", "279", "813", "727"]),
    "GB": (["74", "75", "77", "78", "79"], ["1224", "1467", "1569", "1330", "1358"]),
    "AU": (["40", "41", "42", "43", "45", "47"], ["73"]),
    "NZ": (["21", "22", "27"], ["34"]),
    "IE": (["83", "85", "86", "87", "89"], ["61", "63", "69"]),
    "ZA": (["60", "61", "71", "72", "73", "76", "78", "79", "82", "83", "84"], ["31"]),
    "IN": (["98", "97", "94", "70", "88", "90", "80"], ["20"]),
    "DE": (["151", "152", "160", "170", "171", "176", "157"], ["341", "3433", "34291"]),
    "FR": (["6", "7"], ["2"]),
    "ES": (["6"], ["968"]),
    "IT": (["320", "328", "333", "339", "347", "349", "366", "380", "392"], ["080"]),
    "NL": (["6"], ["50", "598", "594"]),
    "PL": (["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"], ["81"]),
    "JP": (["90", "80", "70"], ["22"]),
}
#: region -> lengths of the national significant number tried
PHONE_LENGTHS: dict[str, list[int]] = {
    "US": [10], "GB": [10], "AU": [9], "NZ": [8, 9], "IE": [8, 9], "ZA": [9], "IN": [10], "DE": [10, 11],
    "FR": [9], "ES": [9], "IT": [9, 10], "NL": [9], "PL": [9], "JP": [9, 10],
}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v74) -------------------------------------------------------------------------------------------

#: locale -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    # Sacramento valley and Tampa Bay clienteles, mixed origins
    "us_anglo": (["Dalton", "Garrett", "Harlan", "Kyle", "Landon", "Merle", "Russell", "Travis", "Wade", "Clayton"],
                 ["Brandi", "Crystal", "Dana", "Jolene", "Kendra", "Loretta", "Misty", "Shawna", "Tamara", "Wendy"],
                 ["Abernathy", "Bledsoe", "Culpepper", "Haskell", "Kimbrough", "Lattimore", "Pruett", "Rutledge",
                  "Satterfield", "Tolliver", "Whitlock", "Yarbrough"]),
    "us_latino": (["Arturo", "Efraín", "Gerardo", "Heriberto", "Joaquín", "Octavio", "Ramiro", "Ulises"],
                  ["Araceli", "Dulce", "Guadalupe", "Maricela", "Nayeli", "Xochitl", "Yesenia", "Zoraida"],
                  ["Barragán", "Cisneros", "Delgadillo", "Figueroa", "Ibarra", "Ochoa", "Quintanilla", "Zamudio"]),
    "us_asian": (["Bao", "Cheng", "Kou", "Nhia", "Pao", "Rajinder", "Tou", "Vang"],
                 ["Der", "Kalia", "Mai", "Paj", "Simran", "Xia", "Yer", "Harpreet"],
                 ["Her", "Lor", "Moua", "Sandhu", "Thao", "Vue", "Xiong", "Grewal"]),
    "us_caribbean": (["Fritz", "Jean-Robert", "Luckner", "Mackenson", "Reynaldo", "Wilner", "Yunior", "Dariel"],
                     ["Guerline", "Marjorie", "Nadège", "Roseline", "Yamilé", "Daylin", "Mileidy", "Yanelis"],
                     ["Alcindor", "Bazile", "Dorvil", "Jean-Baptiste", "Pierre-Louis", "Céspedes", "Rodríguez Paz",
                      "Villafaña"]),
    "sco": (["Alasdair", "Callum", "Euan", "Fraser", "Gregor", "Hamish", "Lachlan", "Murdo", "Ruaridh", "Struan"],
            ["Ailsa", "Catriona", "Eilidh", "Fiona", "Iona", "Isla", "Kirsty", "Morag", "Shona", "Mhairi"],
            ["Buchan", "Cruickshank", "Duthie", "Farquhar", "Gauld", "Leask", "McCombie", "Milne", "Reid", "Simpson",
             "Strachan", "Urquhart"]),
    "au": (["Brodie", "Darcy", "Flynn", "Hamish", "Jarrah", "Kane", "Lachie", "Nash", "Tate", "Heath"],
           ["Bronte", "Chloe", "Indi", "Kirra", "Maddison", "Peta", "Shannon", "Talia", "Tegan", "Narelle"],
           ["Armitage", "Bourke", "Cavanagh", "Dwyer", "Finlayson", "Gorman", "Nguyen", "Papadakis", "Sorensen",
            "Tran", "Whitfield", "Kowalczyk"]),
    "nz": (["Aperahama", "Blair", "Craig", "Hemi", "Manaia", "Rawiri", "Sione", "Tane", "Warrick", "Grant"],
           ["Aroha", "Hana", "Kiri", "Leilani", "Mere", "Ngaire", "Raewyn", "Tui", "Hinemoa", "Sela"],
           ["Fa'amausili", "Hohaia", "McLaren", "Ngata", "Paewai", "Rangihuna", "Tapsell", "Te Whata", "Tuhiwai",
            "Waaka", "Henderson", "Pringle"]),
    "ie": (["Cathal", "Colm", "Dónal", "Eoin", "Fergal", "Oisín", "Pádraig", "Ruairí", "Tadhg", "Killian"],
           ["Aoife", "Bríd", "Caoimhe", "Clodagh", "Gráinne", "Máire", "Niamh", "Orla", "Saoirse", "Síle"],
           ["Ahern", "Culhane", "Fitzgibbon", "Hartigan", "Lenihan", "McNamara", "O'Dea", "O'Grady", "Quilligan",
            "Scanlan", "Sheehy", "Stritch"]),
    "za": (["Bongani", "Jacobus", "Lwazi", "Mthunzi", "Nkosinathi", "Pieter", "Sibusiso", "Thabo", "Vusi", "Pravesh"],
           ["Ayanda", "Lindiwe", "Marlize", "Nomvula", "Precious", "Thandeka", "Zanele", "Annelie", "Kavitha",
            "Zinhle"],
           ["Botha", "Dlamini", "Govender", "Khumalo", "Mkhize", "Naidoo", "Ngcobo", "Pillay", "Van der Merwe",
            "Zungu", "Cele", "Moodley"]),
    "in": (["Aniket", "Chinmay", "Omkar", "Prasad", "Rohit", "Sanket", "Shrikant", "Tejas", "Vaibhav", "Yogesh"],
           ["Aarti", "Ashwini", "Madhuri", "Mrunal", "Pallavi", "Rutuja", "Sayali", "Shraddha", "Snehal", "Vrushali"],
           ["Bhosale", "Deshpande", "Gaikwad", "Jadhav", "Kulkarni", "Pawar", "Phadke", "Salunkhe", "Shinde",
            "Wagh", "Joshi", "Kale"]),
    "de": (["Dirk", "Enrico", "Falk", "Heiko", "Jens", "Ronny", "Sven", "Torsten", "Uwe", "Maik"],
           ["Anett", "Doreen", "Ines", "Kerstin", "Mandy", "Peggy", "Romy", "Silke", "Ulrike", "Yvonne"],
           ["Böttcher", "Freitag", "Hähnel", "Kretzschmar", "Lehmann", "Pietzsch", "Rößler", "Schubert", "Seidel",
            "Uhlig", "Wünsche", "Zschoche"]),
    "fr": (["Anthony", "Erwan", "Gwenaël", "Loïc", "Mathis", "Nolan", "Ronan", "Tanguy", "Yann", "Killian"],
           ["Anaïs", "Gwenaëlle", "Laëtitia", "Maëlle", "Morgane", "Nolwenn", "Océane", "Solène", "Soizic", "Typhaine"],
           ["Audrain", "Briand", "Coué", "Guérin", "Hervouët", "Jaunâtre", "Le Goff", "Pineau", "Rabiller", "Tessier",
            "Moreau", "Le Bihan"]),
    "es": (["Andrés", "Ginés", "Fulgencio", "Pascual", "Ramón", "Salvador", "Blas", "Tomás", "Juan José", "Pedro"],
           ["Encarnación", "Fuensanta", "María José", "Maravillas", "Remedios", "Rosario", "Isabel", "Lucía", "Noelia",
            "Pilar"],
           ["Alcaraz", "Cánovas", "García", "Guillamón", "Hernández", "Martínez", "Navarro", "Ortuño", "Sánchez",
            "Valverde", "Carrasco", "Meseguer"]),
    "it": (["Angelo", "Cosimo", "Domenico", "Michele", "Nicola", "Onofrio", "Pasquale", "Rocco", "Vito", "Vincenzo"],
           ["Addolorata", "Angela", "Anna Maria", "Carmela", "Grazia", "Isabella", "Lucia", "Maria Teresa", "Rosa",
            "Vitina"],
           ["Abbaticchio", "Colaianni", "De Palma", "Depalo", "Lorusso", "Loiacono", "Minervini", "Ranieri",
            "Sciannimanico", "Tarantini", "Vitucci", "Zaccaro"]),
    "nl": (["Bart", "Gert-Jan", "Harm", "Jelle", "Klaas", "Marten", "Rutger", "Sjoerd", "Wietse", "Ids"],
           ["Anouk", "Femke", "Geertje", "Hilde", "Janneke", "Marieke", "Renske", "Sietske", "Tjitske", "Wilma"],
           ["Bakker", "Boersma", "Dijkstra", "Hoekstra", "Huizinga", "Kuipers", "Mulder", "Oosterhuis", "Pater",
            "Smit", "Tuinstra", "Zuidema"]),
    "pl": (["Bartłomiej", "Grzegorz", "Jarosław", "Kamil", "Łukasz", "Mariusz", "Przemysław", "Sławomir",
            "Waldemar", "Zbigniew"],
           ["Agnieszka", "Beata", "Dorota", "Ewelina", "Grażyna", "Jolanta", "Katarzyna", "Małgorzata", "Renata",
            "Urszula"],
           ["Bednarczyk", "Czarnecki", "Dudek", "Kwiatkowski", "Mazurek", "Pietrzak", "Sobczak", "Szewczyk",
            "Wójcik", "Zając", "Kołodziej", "Wrona"]),
}
US_ORIGINS = {"us_anglo": 4, "us_latino": 3, "us_asian": 1.5, "us_caribbean": 1.5}
#: the Polish female forms of family names ending in -ski/-cki
PL_FEMALE = {"Czarnecki": "Czarnecka", "Kwiatkowski": "Kwiatkowska"}

#: Japanese names: (kanji, katakana) given names male and female, family names
JA_MALE = [("健一", "ケンイチ"), ("大輔", "ダイスケ"), ("翔太", "ショウタ"), ("浩二", "コウジ"), ("悠真", "ユウマ"),
           ("誠", "マコト"), ("拓也", "タクヤ"), ("和也", "カズヤ")]
JA_FEMALE = [("美咲", "ミサキ"), ("由美", "ユミ"), ("陽子", "ヨウコ"), ("彩", "アヤ"), ("真由美", "マユミ"),
             ("恵", "メグミ"), ("千尋", "チヒロ"), ("結衣", "ユイ")]
JA_FAMILY = [("佐藤", "サトウ"), ("高橋", "タカハシ"), ("菅原", "スガワラ"), ("千葉", "チバ"), ("阿部", "アベ"),
             ("遠藤", "エンドウ"), ("及川", "オイカワ"), ("庄司", "ショウジ"), ("鈴木", "スズキ"), ("渡辺", "ワタナベ")]


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    if lang == "us":
        lang = g.rnd.choices(list(US_ORIGINS), list(US_ORIGINS.values()))[0]
    males, females, lasts = NAMES[lang]
    last = g.rnd.choice(lasts)
    if lang == "pl" and female:
        last = PL_FEMALE.get(last, last)
    return g.rnd.choice(females if female else males), last


def whole(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def family(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[1]


def ja_person(g: Gen, female: bool | None = None) -> tuple[tuple[str, str], tuple[str, str]]:
    """((family kanji, family kana), (given kanji, given kana))."""
    female = g.rnd.random() < 0.5 if female is None else female
    return g.rnd.choice(JA_FAMILY), g.rnd.choice(JA_FEMALE if female else JA_MALE)


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "k", plain(last) or "x"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(60, 99)}", f"{b}{a[:2]}"])
    return f"{local}@{g.rnd.choice(domains)}"


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(first)}.{plain(last)}@{domain}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first), plain(last)
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a[0]}{b[:7]}".upper()][style % 5]


#: locale -> private e-mail domains
DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "att.net", "icloud.com", "hotmail.com", "comcast.net", "outlook.com"],
    "gb": ["btinternet.com", "gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com"],
    "au": ["bigpond.com", "gmail.com", "outlook.com", "optusnet.com.au", "icloud.com", "hotmail.com"],
    "nz": ["xtra.co.nz", "gmail.com", "outlook.co.nz", "slingshot.co.nz", "icloud.com"],
    "ie": ["eircom.net", "gmail.com", "hotmail.com", "outlook.ie", "yahoo.ie"],
    "za": ["gmail.com", "webmail.co.za", "telkomsa.net", "mweb.co.za", "outlook.com"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "freenet.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "hotmail.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
    "it": ["libero.it", "virgilio.it", "gmail.com", "alice.it", "tiscali.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "home.nl"],
    "pl": ["wp.pl", "o2.pl", "onet.pl", "interia.pl", "gmail.com"],
    "jp": ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp", "i.softbank.jp"],
}


# -- places (written for v74) ------------------------------------------------------------------------------------------

#: Sacramento area: (town, ZIP codes)
SAC_TOWNS = [("Sacramento", ["95815", "95820", "95822", "95823", "95828", "95838"]), ("Elk Grove", ["95624", "95757",
             "95758"]), ("Rancho Cordova", ["95670", "95742"]), ("Citrus Heights", ["95610", "95621"]),
             ("West Sacramento", ["95691"]), ("Roseville", ["95661", "95678"]), ("Galt", ["95632"]),
             ("Florin", ["95828"])]
SAC_STREETS = ["Stockton Blvd", "Florin Rd", "Franklin Blvd", "Calvine Rd", "Bruceville Rd", "Mack Rd",
               "Elk Grove Florin Rd", "Folsom Blvd", "Sunrise Blvd", "Auburn Blvd", "Jefferson Blvd", "Laguna Blvd"]
#: Tampa Bay: (town, ZIP codes)
TAMPA_TOWNS = [("Tampa", ["33603", "33604", "33610", "33612", "33614", "33619"]), ("Brandon", ["33510", "33511"]),
               ("Riverview", ["33569", "33578"]), ("Plant City", ["33563", "33566"]), ("Lakeland", ["33801",
               "33803", "33810"]), ("Clearwater", ["33755", "33756"]), ("St. Petersburg", ["33705", "33711", "33713"]),
               ("Ruskin", ["33570"])]
TAMPA_STREETS = ["N Florida Ave", "E Hillsborough Ave", "W Waters Ave", "Causeway Blvd", "Bloomingdale Ave",
                 "S 78th St", "Lithia Pinecrest Rd", "N Armenia Ave", "34th St S", "Drew St", "US Hwy 92 E"]
#: Aberdeen and Aberdeenshire: (town, postcode districts)
ABD_TOWNS = [("Aberdeen", ["AB10", "AB11", "AB15", "AB16", "AB24", "AB25"]), ("Inverurie", ["AB51"]),
             ("Stonehaven", ["AB39"]), ("Peterhead", ["AB42"]), ("Ellon", ["AB41"]), ("Westhill", ["AB32"]),
             ("Banchory", ["AB31"]), ("Huntly", ["AB54"])]
ABD_STREETS = ["Great Western Road", "King Street", "Union Grove", "Holburn Street", "Market Place", "Mill Road",
               "Burnett Park", "Craigievar Crescent", "Seafield Drive", "Don Terrace", "Gordon Place"]
#: Brisbane suburbs: (suburb, postcode)
BNE_SUBURBS = [("Chermside", "4032"), ("Indooroopilly", "4068"), ("Carindale", "4152"), ("Springwood", "4127"),
               ("Redcliffe", "4020"), ("Ipswich", "4305"), ("Logan Central", "4114"), ("Toowong", "4066"),
               ("Wynnum", "4178"), ("Stafford", "4053"), ("Capalaba", "4157"), ("Strathpine", "4500")]
BNE_STREETS = ["Gympie Rd", "Moggill Rd", "Old Cleveland Rd", "Logan Rd", "Anzac Ave", "Brisbane St",
               "Kingston Rd", "Sandgate Rd", "Waterworks Rd", "Beenleigh Rd", "Wynnum Rd"]
#: Dunedin and Otago: (suburb, town, postcode)
DUD_PLACES = [("Mosgiel", "Mosgiel", "9024"), ("Roslyn", "Dunedin", "9010"), ("St Clair", "Dunedin", "9012"),
              ("Andersons Bay", "Dunedin", "9013"), ("Green Island", "Dunedin", "9018"),
              ("Port Chalmers", "Dunedin", "9023"), ("North East Valley", "Dunedin", "9010"),
              ("Caversham", "Dunedin", "9012"), ("Balclutha", "Balclutha", "9230"), ("South Hill", "Oamaru", "9400")]
DUD_STREETS = ["Highgate", "Stuart Street", "Main South Road", "Gordon Road", "Queens Drive", "Forth Street",
               "Musselburgh Rise", "Kaikorai Valley Road", "Thames Street", "Clyde Street"]
#: Limerick and around: (town, county, Eircode routing key)
LIM_TOWNS = [("Limerick", "Co. Limerick", "V94"), ("Castletroy", "Co. Limerick", "V94"),
             ("Newcastle West", "Co. Limerick", "V42"), ("Kilmallock", "Co. Limerick", "V35"),
             ("Abbeyfeale", "Co. Limerick", "V94"), ("Ennis", "Co. Clare", "V95"), ("Nenagh", "Co. Tipperary", "E45"),
             ("Shannon", "Co. Clare", "V14")]
LIM_STREETS = ["O'Connell Avenue", "Ballinacurra Road", "Raheen Heights", "Dooradoyle Road", "Cratloe View",
               "Castle Oaks", "Annacotty Village", "Church Street", "Bishop Street"]
EIRCODE_CHARS = "ACDEFHKNPRTVWXY0123456789"
#: Durban and KwaZulu-Natal: (suburb, city, postal code)
DBN_PLACES = [("Umhlanga", "Durban", "4319"), ("Westville", "Durban", "3629"), ("Pinetown", "Durban", "3610"),
              ("Morningside", "Durban", "4001"), ("Chatsworth", "Durban", "4092"), ("Phoenix", "Durban", "4068"),
              ("Amanzimtoti", "Durban", "4126"), ("Ballito", "Ballito", "4420"), ("Scottsville", "Pietermaritzburg",
              "3201"), ("Glenwood", "Durban", "4001"), ("Umlazi", "Durban", "4031")]
DBN_STREETS = ["Florida Road", "Chris Hani Road", "Jan Hofmeyr Road", "Old Main Road", "Lillian Ngoyi Road",
               "Havenside Drive", "Sunningdale Road", "Mahatma Gandhi Road", "Kingsway", "Ridge Road"]
#: Pune: (locality, PIN code)
PUNE_AREAS = [("Kothrud", "411038"), ("Aundh", "411007"), ("Hadapsar", "411028"), ("Baner", "411045"),
              ("Wakad", "411057"), ("Pimpri", "411018"), ("Viman Nagar", "411014"), ("Katraj", "411046"),
              ("Shivajinagar", "411005"), ("Sinhagad Road", "411041"), ("Warje", "411058")]
PUNE_BUILDINGS = ["Sai Krupa Apartments", "Shreeji Heights", "Mangalmurti Society", "Ganesh Prasad CHS",
                  "Rohan Kritika", "Kumar Padmalaya", "Vrundavan Residency", "Swarganga Co-op Hsg Soc"]
#: Leipzig area: (town, postcodes)
LEJ_TOWNS = [("Leipzig", ["04103", "04155", "04177", "04229", "04277", "04315", "04347"]), ("Markkleeberg",
             ["04416"]), ("Taucha", ["04425"]), ("Schkeuditz", ["04435"]), ("Borna", ["04552"]), ("Grimma",
             ["04668"]), ("Delitzsch", ["04509"]), ("Wurzen", ["04808"])]
LEJ_STREETS = ["Karl-Liebknecht-Straße", "Eisenbahnstraße", "Georg-Schwarz-Straße", "Prager Straße",
               "Zschochersche Straße", "Lützner Straße", "Dresdner Straße", "Am Markt", "Bahnhofstraße",
               "Gartenstraße"]
DE_BIRTHPLACES = ["Leipzig", "Halle (Saale)", "Dresden", "Chemnitz", "Zwickau", "Gera", "Dessau", "Erfurt",
                  "Plauen", "Döbeln"]
#: Nantes and Loire-Atlantique: (town, postcodes)
NTE_TOWNS = [("Nantes", ["44000", "44100", "44200", "44300"]), ("Saint-Herblain", ["44800"]), ("Rezé", ["44400"]),
             ("Orvault", ["44700"]), ("Saint-Nazaire", ["44600"]), ("Vertou", ["44120"]), ("Carquefou", ["44470"]),
             ("Clisson", ["44190"])]
NTE_STREETS = ["rue de la Paix", "boulevard des Poilus", "rue du Général Buat", "avenue de la Libération",
               "rue Paul Bellamy", "chemin de la Jaunaie", "impasse des Mésanges", "allée des Tilleuls",
               "route de Vannes", "quai de la Fosse"]
#: (commune of birth, département of birth for the NIR)
FR_BIRTHPLACES = [("Nantes", "44"), ("Saint-Nazaire", "44"), ("Angers", "49"), ("Cholet", "49"), ("Rennes", "35"),
                  ("Vannes", "56"), ("La Roche-sur-Yon", "85"), ("Le Mans", "72"), ("Quimper", "29"),
                  ("Paris", "75")]
#: Region of Murcia: (municipality, postcodes)
MUR_TOWNS = [("Murcia", ["30001", "30003", "30005", "30007", "30009", "30011"]), ("Cartagena", ["30201", "30203",
             "30205"]), ("Lorca", ["30800"]), ("Molina de Segura", ["30500"]), ("Alcantarilla", ["30820"]),
             ("Yecla", ["30510"]), ("Águilas", ["30880"]), ("Cieza", ["30530"])]
MUR_STREETS = ["CL MAYOR", "AV LIBERTAD", "CL SAN ANTONIO", "CL TRAPERIA", "AV JUAN CARLOS I", "CL JABONERIAS",
               "PZ DE LA CRUZ", "CL REAL", "CM DE LOS VALENCIANOS", "CL NUESTRA SRA DE LAS MERCEDES"]
#: Metropolitan city of Bari: (comune, CAP, cadastral code)
BARI_TOWNS = [("Bari", "70121", "A662"), ("Bari", "70124", "A662"), ("Bari", "70126", "A662"),
              ("Altamura", "70022", "A225"), ("Molfetta", "70056", "F284"), ("Monopoli", "70043", "F376"),
              ("Bitonto", "70032", "A893"), ("Gravina in Puglia", "70024", "E155"), ("Putignano", "70017", "H096"),
              ("Conversano", "70014", "C975")]
#: (birthplace, province, cadastral code)
IT_BIRTHPLACES = [("Bari", "BA", "A662"), ("Altamura", "BA", "A225"), ("Molfetta", "BA", "F284"),
                  ("Foggia", "FG", "D643"), ("Taranto", "TA", "L049"), ("Lecce", "LE", "E506"),
                  ("Napoli", "NA", "F839"), ("Matera", "MT", "F052"), ("Torino", "TO", "L219"),
                  ("Milano", "MI", "F205")]
BARI_STREETS = ["Via Sparano da Bari", "Corso Cavour", "Via Giulio Petroni", "Viale Japigia", "Via Amendola",
                "Corso Vittorio Emanuele", "Via Fanelli", "Strada San Giorgio Martire", "Via Duomo", "Largo Plebiscito"]
#: Groningen province: (town, postcode digits)
GRN_TOWNS = [("Groningen", ["9711", "9712", "9716", "9721", "9726", "9741", "9744"]), ("Haren", ["9751"]),
             ("Hoogezand", ["9601"]), ("Veendam", ["9641"]), ("Winschoten", ["9671"]), ("Delfzijl", ["9934"]),
             ("Leek", ["9351"]), ("Stadskanaal", ["9501"]), ("Appingedam", ["9901"]), ("Zuidhorn", ["9801"])]
GRN_STREETS = ["Oosterstraat", "Herestraat", "Paterswoldseweg", "Korreweg", "Hoofdstraat", "Kerkstraat",
               "Damsterdiep", "Zuiderdiep", "Stationsweg", "Rijksstraatweg"]
#: Lublin voivodeship: (town, postcodes)
LUB_TOWNS = [("Lublin", ["20-001", "20-044", "20-150", "20-388", "20-618", "20-807"]), ("Świdnik", ["21-040"]),
             ("Puławy", ["24-100"]), ("Chełm", ["22-100"]), ("Zamość", ["22-400"]), ("Biała Podlaska", ["21-500"]),
             ("Kraśnik", ["23-200"]), ("Łęczna", ["21-010"]), ("Lubartów", ["21-100"])]
LUB_STREETS = ["Krakowskie Przedmieście", "Narutowicza", "Zana", "Kunickiego", "Lipowa", "Młyńska", "Piłsudskiego",
               "Orkana", "Kosmonautów", "Spółdzielcza"]
#: Sendai and Miyagi: (ward or city, postcode lead, town names)
SENDAI_PLACES = [("仙台市青葉区", "980-08", ["一番町", "国分町", "中央", "上杉"]),
                 ("仙台市宮城野区", "983-00", ["榴岡", "原町", "福室"]), ("仙台市若林区", "984-00", ["荒井", "連坊"]),
                 ("仙台市太白区", "982-00", ["長町", "八木山"]), ("仙台市泉区", "981-31", ["泉中央", "将監"]),
                 ("名取市", "981-12", ["増田", "館腰"]), ("多賀城市", "985-08", ["中央", "桜木"]),
                 ("塩竈市", "985-00", ["本町", "海岸通"])]


def pick_town(g: Gen, towns: list[tuple[str, list[str]]]) -> tuple[str, str]:
    """(town, one of its postcodes)."""
    town, codes = g.rnd.choice(towns)
    return town, g.rnd.choice(codes)


def us_street(g: Gen, streets: list[str]) -> str:
    n = g.rnd.randint(100, 12_999)
    s = g.rnd.choice(streets)
    return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"{n} {s} Apt {g.rnd.randint(1, 240)}",
                         f"{n} {s} # {g.rnd.randint(1, 40)}", f"{n} {s} Spc {g.rnd.randint(1, 180)}"])


def uk_postcode(g: Gen, district: str) -> str:
    return f"{district} {g.rnd.randint(0, 9)}{g.digits(2, 'ABDEFGHJLNPQRSTUWXYZ')}"


def eircode(g: Gen, key: str) -> str:
    return f"{key} {g.rnd.choice('ACDEFHKNPRTVWXY')}{g.digits(3, EIRCODE_CHARS)}"


def nl_postcode(g: Gen, digits: str) -> str:
    return g.valid(lambda: f"{digits} {g.digits(2, 'ABCDEFGHJKLMNPRTUVWXZ')}",
                   lambda x: x[-2:] not in ("SA", "SD", "SS"))


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa, Mastercard, Amex or Discover prefix."""
    prefix, length = g.rnd.choice([("4", 16), ("51", 16), ("55", 16), ("2720", 16), ("37", 15), ("6011", 16)])
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


#: BBAN layouts (9 a digit, A a letter, Z either); python-stdnum checks the result
BBAN = {"IE": "AAAA99999999999999", "DE": "999999999999999999", "FR": "99999999999999999999999",
        "ES": "99999999999999999999", "NL": "AAAA9999999999", "PL": "999999999999999999999999"}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, national checks retried, python-stdnum checks it)."""

    def make() -> str:
        bban = g.code(BBAN[country])
        if country == "IE":
            bban = g.rnd.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + bban[4:]
        if country == "NL":
            bban = g.rnd.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB"]) + bban[4:]
        if country == "ES":
            bban = g.rnd.choice(["2100", "0182", "3058", "0049", "2038"]) + bban[4:]
            bban = bban[:8] + _ccc.calc_check_digits(bban) + bban[10:]
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 665):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}"

    number = g.valid(make, _ssn.is_valid)
    return number if dashed else number.replace("-", "")


def us_ein(g: Gen) -> str:
    """A US employer identification number with a prefix the IRS assigns (a business's: ``none``)."""
    return g.valid(lambda: f"{g.rnd.choice(['59', '65', '68', '46', '82', '83', '84', '26', '27', '33'])}-"
                           f"{g.digits(7)}", _ein.is_valid)


def aba_routing(g: Gen) -> str:
    """An ABA routing number (3-7-1 check digit; a bank's: ``none``)."""
    def make() -> str:
        body = g.rnd.choice(["1210", "3222", "0630", "2670", "1211"]) + g.digits(4)
        total = sum(int(d) * w for d, w in zip(body, (3, 7, 1, 3, 7, 1, 3, 7)))
        return body + str((10 - total % 10) % 10)

    return g.valid(make, _rtn.is_valid)


def uk_nino(g: Gen) -> str:
    """A UK National Insurance number following HMRC's prefix and suffix rules (it has no check digit)."""
    def make() -> str:
        return g.digits(2, "ABCEGHJKLMNOPRSTWXYZ") + g.digits(6) + g.rnd.choice("ABCD")

    def ok(x: str) -> bool:
        return x[1] != "O" and x[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")

    return g.valid(make, ok)


def uk_utr(g: Gen) -> str:
    """A UK Unique Taxpayer Reference (ten digits, the first a check digit)."""
    body = g.digits(9)
    return _utr.calc_check_digit(body) + body


def uk_vat(g: Gen) -> str:
    return "GB" + g.valid(lambda: g.rnd.choice("1234679") + g.digits(8), _gbvat.is_valid)


def au_tfn(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("1234678") + g.digits(8), _tfn.is_valid)


def au_abn(g: Gen) -> str:
    body = g.rnd.choice("123456789") + g.digits(8)
    return _abn.calc_check_digits(body) + body


def nz_ird(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice(["0", "1"]) + g.digits(8), _ird.is_valid)


def nzbn(g: Gen) -> str:
    """A New Zealand business number (GS1, prefix 94: a company's or trust's, ``none``)."""
    body = "9429" + g.digits(8)
    return body + ean.calc_check_digit(body)


def ie_pps(g: Gen) -> str:
    body = g.digits(7)
    if g.rnd.random() < 0.3:
        number = body + _ievat.calc_check_digit(body + "A") + "A"
    else:
        number = body + _ievat.calc_check_digit(body)
    assert _pps.is_valid(number)
    return number


def ie_vat(g: Gen) -> str:
    body = g.digits(7)
    return "IE" + body + _ievat.calc_check_digit(body + "H") + "H"


def za_id(g: Gen, born: date, female: bool) -> str:
    """A South African ID number encoding ``born`` and the sex (Luhn check digit; python-stdnum checks it)."""
    def make() -> str:
        seq = g.rnd.randint(0, 4999) + (0 if female else 5000)
        body = born.strftime("%y%m%d") + f"{seq:04d}" + g.rnd.choice("0001") + "8"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _zaid.is_valid)


def za_tin(g: Gen) -> str:
    body = g.rnd.choice("0123") + g.digits(8)
    number = body + luhn.calc_check_digit(body)
    assert _zatin.is_valid(number)
    return number


def in_pan(g: Gen, last: str, kind: str = "P") -> str:
    """An Indian PAN: fourth letter the holder's type (P a person, C a company, F a firm), fifth the surname's."""
    initial = (plain(last)[:1] or "X").upper()
    return g.valid(lambda: g.code("AAA") + kind + initial + g.code("9999A"), _pan.is_valid)


def aadhaar(g: Gen, spaced: bool = True) -> str:
    def make() -> str:
        body = g.rnd.choice("23456789") + g.digits(10)
        return body + verhoeff.calc_check_digit(body)

    number = g.valid(make, _aadhaar.is_valid)
    return f"{number[:4]} {number[4:8]} {number[8:]}" if spaced else number


def gstin(g: Gen) -> str:
    """A Maharashtra GSTIN of a business (its PAN of type C or F: ``none``)."""
    def make() -> str:
        pan = g.code("AAA") + g.rnd.choice("CF") + g.code("A9999A")
        body = "27" + pan + g.rnd.choice("12") + "Z"
        for ch in string.digits + string.ascii_uppercase:
            if _gstin.is_valid(body + ch):
                return body + ch
        return body + "0"

    return g.valid(make, _gstin.is_valid)


def de_rvnr(born: date, birth_name: str, g: Gen, female: bool) -> str:
    """A German pension-insurance number (Rentenversicherungsnummer): area, birth date, the birth name's initial,
    a serial (50-99 for women) and a check digit (weights 2121 2121 2121 over the digits with the letter as its
    two-digit place in the alphabet, digit sums added, modulo 10)."""
    letter = (plain(birth_name)[:1] or "X").upper()
    serial = g.rnd.randint(50, 99) if female else g.rnd.randint(0, 49)
    body = g.rnd.choice(["12", "13", "15", "65", "53"]) + born.strftime("%d%m%y") + letter + f"{serial:02d}"
    return body + de_rvnr_check(body)


def de_rvnr_check(body: str) -> str:
    digits = body[:8] + f"{ord(body[8]) - 64:02d}" + body[9:11]
    weights = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)
    total = sum(sum(int(x) for x in str(int(d) * w)) for d, w in zip(digits, weights))
    return str(total % 10)


def de_steuer_id(g: Gen) -> str:
    """A Steuer-ID: ten digits (the first not 0, one digit twice, the others at most once) and an ISO 7064
    mod 11,10 check digit."""

    def make() -> str:
        digits = g.rnd.sample(string.digits, 9)
        digits.insert(g.rnd.randint(1, 9), g.rnd.choice(digits))
        body = "".join(digits)
        return body + _mod_11_10.calc_check_digit(body)

    return g.valid(make, _idnr.is_valid)


def fr_nir(g: Gen, born: date, female: bool, dept: str) -> str:
    body = f"{2 if female else 1}{born:%y}{born:%m}{dept}{g.digits(3)}{g.digits(3)}"
    number = body + _nir.calc_check_digits(body)
    assert _nir.is_valid(number)
    return number


def fr_siret(g: Gen) -> str:
    def make() -> str:
        siren = g.rnd.choice("3456789") + g.digits(7)
        siren += luhn.calc_check_digit(siren)
        body = siren + "000" + g.digits(1)
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _siret.is_valid)


def es_nif_person(g: Gen) -> str:
    """A Spanish DNI (nine in ten) or NIE of a person."""
    if g.rnd.random() < 0.9:
        body = f"{g.rnd.randint(2_000_000, 79_999_999):08d}"
        number = body + _dni.calc_check_digit(body)
        assert _dni.is_valid(number)
        return number
    head = g.rnd.choice("XYZ")
    body = g.digits(7)
    number = head + body + _nie.calc_check_digit(head + body)
    assert _nie.is_valid(number)
    return number


def es_cif(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("AB") + "30" + g.digits(5) + g.rnd.choice(string.digits), _cif.is_valid)


def es_refcat(g: Gen) -> str:
    """A Spanish cadastral reference (two check letters: a parcel's, ``none``)."""
    body = g.digits(7) + "XH" + g.digits(4) + g.rnd.choice("NS") + g.digits(4)
    number = body + _refcat.calc_check_digits(body + "AA")
    assert _refcat.is_valid(number)
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


def it_piva(g: Gen) -> str:
    """An Italian partita IVA (Luhn-like check; a business's, ``none``)."""
    body = g.digits(7) + g.rnd.choice(["072", "073", "017", "001"])
    number = body + luhn.calc_check_digit(body)
    assert _iva.is_valid(number)
    return number


def nl_bsn(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("1234679") + g.digits(8), _bsn.is_valid)


def nl_btw(g: Gen) -> str:
    """A Dutch VAT id of a freelancer (``NL`` nine digits ``B`` two digits; since 2020 unrelated to the BSN)."""
    return g.valid(lambda: "NL" + g.digits(9) + "B" + g.rnd.choice(["01", "02"]), _btw.is_valid)


def pl_pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    while True:
        serial = g.digits(3) + g.rnd.choice("02468" if female else "13579")
        body = f"{born:%y}{month:02d}{born:%d}{serial}"
        number = body + _pesel.calc_check_digit(body)
        if _pesel.is_valid(number):
            return number


def pl_nip(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice(["712", "713", "716", "946", "922", "919"]) + g.digits(7), _nip.is_valid)


def pl_regon(g: Gen) -> str:
    body = g.rnd.choice(["06", "43", "36", "38"]) + g.digits(6)
    return body + _regon.calc_check_digit(body)


def pl_dowod(g: Gen) -> str:
    """A Polish identity card number (three letters, then a check digit and five digits)."""
    letters = g.code("AAA")
    rest = g.digits(5)
    values = [ord(ch) - 55 for ch in letters] + [0] + [int(d) for d in rest]
    total = sum(v * w for v, w in zip(values, (7, 3, 1, 9, 7, 3, 1, 7, 3)))
    return f"{letters}{total % 10}{rest}"


def pl_dowod_ok(number: str) -> bool:
    if len(number) != 9 or not number[:3].isalpha() or not number[3:].isdigit():
        return False
    values = [ord(ch) - 55 for ch in number[:3]] + [int(d) for d in number[3:]]
    return sum(v * w for v, w in zip(values, (7, 3, 1, 9, 7, 3, 1, 7, 3))) % 10 == 0


def jp_my_number(g: Gen) -> str:
    body = g.digits(11)
    return body + _mynumber.calc_check_digit(body)


def jp_corporate_number(g: Gen) -> str:
    body = "37" + g.digits(10)
    return _jpcn.calc_check_digit(body) + body


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)


def sha1(g: Gen) -> str:
    return hashlib.sha1(str(g.rnd.random()).encode(), usedforsecurity=False).hexdigest()


def uid(g: Gen) -> str:
    return str(uuid.UUID(int=g.rnd.getrandbits(128), version=4))

