"""Values of held-out set v153 (:mod:`benchmarks.classification.heldout_v153`): v153's random source, and names,
streets, towns, dealers, lenders, vehicles and free-text snippets written by hand for v153's car dealerships, vehicle
leasing, auto finance and used-car marketplace systems (no Faker, no list of real people, no breach data), phones
checked with phonenumbers and identifiers with check digits computed and checked with python-stdnum.

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
from stdnum import iban as _iban
from stdnum import luhn
from stdnum.au import abn as _abn
from stdnum.au import tfn as _tfn
from stdnum.ca import sin as _sin
from stdnum.dk import cpr as _cpr
from stdnum.dk import cvr as _cvr
from stdnum.fr import nir as _nir
from stdnum.fr import siret as _siret
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _afm
from stdnum.ie import pps as _pps
from stdnum.ie import vat as _ievat
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import gstin as _gstin
from stdnum.in_ import pan as _pan
from stdnum.jp import in_ as _mynumber
from stdnum.my import nric as _nric
from stdnum.nl import bsn as _bsn
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.tr import tckimlik as _tck
from stdnum.tr import vkn as _vkn
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 153_2026_1207
N = "none"
#: a login or a domestic bank account (``review``, as earlier sets labeled them)
UNCLASSIFIED = "unclassified"
#: NULL-like strings of v153's systems (tests skip them)
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
    "0",
    "unknown",
    "néant",
    "RAS",
    "geen",
    "n.v.t.",
    "brak",
    "brak uwag",
    "ingen",
    "intet",
    "yok",
    "yoktur",
    "なし",
    "特になし",
    "καμία",
    "ουδέν",
)



class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v153:{SEED}:{table}")

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
    "IE": (_pre(["83", "85", "86", "87", "89"], 9), _pre(["906", "902", "449", "9064"], 9)),
    "CA": (_nanp(["250", "236", "778"]), _nanp(["250"])),
    "GB": (_pre(["71", "73", "74", "75", "77", "78", "79"], 10), _pre(["1793"], 10)),
    "AU": (
        _pre(["400", "402", "403", "405", "409", "410", "412", "416", "419", "423", "425", "432", "438", "448"], 9),
        _pre(["352", "355"], 9),
    ),
    "US": (_nanp(["865"]), _nanp(["865"])),
    "MY": (_pre(["12", "13", "16", "17", "19", "14"], 9), _pre(["72", "73", "75"], 8)),
    "IN": (
        _pre(["70", "72", "73", "74", "78", "80", "83", "87", "88", "90", "91", "93", "94", "96", "98", "99"], 10),
        _pre(["522"], 10),
    ),
    "FR": (_pre(["6", "7"], 9), _pre(["473"], 9)),
    "NL": (_pre(["6"], 9), _pre(["40"], 9)),
    "PL": (_pre(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"], 9), _pre(["17"], 9)),
    "DK": (_pre(["20", "21", "22", "23", "26", "28", "30", "31", "40", "41", "42", "50", "51", "60", "61"], 8),
           _pre(["75", "76"], 8)),
    "TR": (
        _pre(["530", "532", "533", "535", "536", "537", "541", "542", "543", "544", "545", "505", "506", "552", "555"],
             10),
        _pre(["332"], 10),
    ),
    "JP": (_pre(["90", "80", "70"], 10), _pre(["53"], 9)),
    "GR": (_pre(["690", "693", "694", "695", "697", "698", "699"], 10), _pre(["2610"], 10)),
}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v153) ------------------------------------------------------------------------------------------

#: language -> (men's given names, women's given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "ie": (
        ["Cian", "Darragh", "Oisín", "Eoin", "Pádraig", "Fergal", "Ronan", "Declan", "Tadhg", "Kieran"],
        ["Aoife", "Siobhán", "Niamh", "Gráinne", "Orla", "Clodagh", "Sinéad", "Róisín", "Áine", "Deirdre"],
        ["Kenny", "Fallon", "Geraghty", "Naughton", "Claffey", "Dolan", "Ó Súilleabháin", "McLoughlin", "Egan",
         "Flanagan", "Kilduff", "Hynes", "Mannion", "Duignan"],
    ),
    "ca": (
        ["Brayden", "Gurjot", "Cole", "Warren", "Hiroshi", "Tyler", "Devon", "Amrit", "Kurt", "Logan"],
        ["Brianna", "Jasleen", "Kelsey", "Megan", "Tamara", "Autumn", "Simran", "Dana", "Krista", "Paige"],
        ["Grewal", "Schellenberg", "Ouellette", "Kovacs", "Sidhu", "Friesen", "McCrae", "Lindgren", "Bains",
         "Wiebe", "Dueck", "Nakamura", "Pelletier", "Thiessen-Ward"],
    ),
    "gb": (
        ["Craig", "Dean", "Gareth", "Nathan", "Wesley", "Sanjay", "Kieran", "Ollie", "Stuart", "Bartosz"],
        ["Gemma", "Kerry", "Stacey", "Lauren", "Zoe", "Priya", "Danielle", "Hollie", "Natalie", "Agnieszka"],
        ["Titcomb", "Selwood", "Tugwell", "Cripps", "Gosling", "Rumming", "Kinch", "Bizley", "Mistry", "Wheeler",
         "Habgood", "Nowak", "Pinnegar", "Hiscock"],
    ),
    "au": (
        ["Brodie", "Lachlan", "Hayden", "Zac", "Nathan", "Dinesh", "Stavros", "Jett", "Cameron", "Tariq"],
        ["Kayla", "Brooke", "Chelsea", "Jess", "Mikaela", "Sapna", "Eleni", "Ebony", "Tegan", "Rania"],
        ["Lingard", "Brasher", "Kontos", "Fenton", "Haddad", "Mulqueen", "Scarlett", "Mathieson", "Coutts",
         "Ranasinghe", "Papadakis", "Dwyer", "Blackwood", "Toohey"],
    ),
    "us": (
        ["Cody", "Bobby", "Dwayne", "Jeremiah", "Colton", "Marcus", "Luis", "Randall", "Tyler", "Shane"],
        ["Crystal", "Brandi", "Ashley", "Destiny", "Kaylee", "Tasha", "Marisol", "Amber", "Heather", "Misty"],
        ["Huskey", "McCarter", "Ogle", "Maples", "Rutherford", "Bledsoe", "Cantrell", "Whaley", "Gentry", "Trentham",
         "Hatcher", "Delozier", "O'Dell", "Ramsey"],
    ),
    "in": (
        ["Abhishek", "Saurabh", "Vikas", "Anuj", "Arif", "Rohit", "Shivam", "Pankaj", "Imran", "Ankit"],
        ["Shweta", "Pooja", "Nidhi", "Ayesha", "Ritu", "Sakshi", "Prachi", "Nazia", "Shalini", "Kriti"],
        ["Srivastava", "Shukla", "Mishra", "Tripathi", "Awasthi", "Siddiqui", "Verma", "Bajpai", "Nigam", "Rastogi",
         "Khan", "Dwivedi", "Pandey", "Saxena"],
    ),
    "fr": (
        ["Thibault", "Mathieu", "Kévin", "Romain", "Yannick", "Julien", "Karim", "Bastien", "Loïc", "Rémi"],
        ["Aurélie", "Élodie", "Camille", "Manon", "Sandrine", "Laetitia", "Nadia", "Pauline", "Chloé", "Émilie"],
        ["Chassaing", "Bouchet", "Fayolle", "Vialatte", "Mazeyrat", "Roux", "Tixier", "Boyer", "Ben Salah",
         "Chabrier", "Gauthier", "Pradier", "Vidal", "Mosnier"],
    ),
    "nl": (
        ["Bram", "Joost", "Ruud", "Thijs", "Koen", "Sander", "Mehmet", "Niels", "Stijn", "Jeroen"],
        ["Femke", "Anouk", "Lieke", "Ilse", "Marloes", "Sanne", "Esra", "Manon", "Eline", "Kim"],
        [],
    ),
    "pl": (
        ["Krzysztof", "Paweł", "Bartłomiej", "Grzegorz", "Mateusz", "Łukasz", "Dawid", "Wojciech", "Sebastian",
         "Tomasz"],
        ["Katarzyna", "Agnieszka", "Justyna", "Magdalena", "Monika", "Aleksandra", "Ewelina", "Paulina", "Joanna",
         "Dorota"],
        [],
    ),
    "dk": (
        ["Mads", "Rasmus", "Kasper", "Jesper", "Anders", "Søren", "Mikkel", "Frederik", "Thomas", "Bilal"],
        ["Mette", "Sanne", "Louise", "Camilla", "Trine", "Signe", "Maja", "Ida", "Pernille", "Sara"],
        ["Nørgaard", "Kjær", "Thomsen", "Damgaard", "Lund", "Bach", "Schmidt", "Østergaard", "Jørgensen", "Møller",
         "Hviid", "Andersen", "Kristensen", "Skov"],
    ),
    "tr": (
        ["Mehmet", "Mustafa", "Ömer Faruk", "Hüseyin", "Yusuf", "Emre", "Abdullah", "Burak", "Hasan", "Selçuk"],
        ["Ayşe", "Fatma", "Zeynep", "Elif", "Büşra", "Merve", "Hatice", "Esra", "Kübra", "Sümeyye"],
        ["Yılmaz", "Kaya", "Öztürk", "Aydın", "Çelik", "Arslan", "Doğan", "Kılıç", "Karakaya", "Uçar", "Tekin",
         "Akgül", "Özdemir", "Bozkurt"],
    ),
    "ja": (
        ["大輔", "和也", "直樹", "隆", "悠斗", "亮"],
        ["麻衣", "智子", "彩", "久美子", "優奈", "千尋"],
        ["鈴木", "山本", "袴田", "中村", "大石", "河合", "伊藤", "内山", "松下", "杉山"],
    ),
    "gr": (
        ["Γιώργος", "Κωνσταντίνος", "Παναγιώτης", "Δημήτρης", "Ανδρέας", "Νικόλαος", "Σπύρος", "Βασίλης", "Χρήστος",
         "Θανάσης"],
        ["Μαρία", "Ελένη", "Αικατερίνη", "Βασιλική", "Σοφία", "Δήμητρα", "Αγγελική", "Παναγιώτα", "Χριστίνα",
         "Γεωργία"],
        [],
    ),
}

#: Dutch family names as (tussenvoegsel, the rest); an empty tussenvoegsel when there is none
NL_FAMILY = [
    ("van", "Hoof"),
    ("", "Smulders"),
    ("van der", "Heijden"),
    ("", "Verhoeven"),
    ("van de", "Ven"),
    ("", "Coolen"),
    ("", "Aarts"),
    ("van", "Gerwen"),
    ("", "Yılmaz"),
    ("de", "Bruijn"),
    ("", "Bekkers"),
    ("van den", "Broek"),
    ("", "Swinkels"),
    ("", "Maas"),
]

#: Polish family names as (a man's form, a woman's form)
PL_FAMILY = [
    ("Kozak", "Kozak"),
    ("Wójcik", "Wójcik"),
    ("Szczepański", "Szczepańska"),
    ("Pelc", "Pelc"),
    ("Rzepka", "Rzepka"),
    ("Kiełbasiński", "Kiełbasińska"),
    ("Drąg", "Drąg"),
    ("Baran", "Baran"),
    ("Stępień", "Stępień"),
    ("Mazur", "Mazur"),
    ("Dziedzic", "Dziedzic"),
    ("Lewandowski", "Lewandowska"),
    ("Rogalski", "Rogalska"),
    ("Pasternak", "Pasternak"),
]

#: Greek family names as (a man's form, a woman's form)
GR_FAMILY = [
    ("Παπαδόπουλος", "Παπαδοπούλου"),
    ("Αναστασόπουλος", "Αναστασοπούλου"),
    ("Κουτσογιάννης", "Κουτσογιάννη"),
    ("Σταθόπουλος", "Σταθοπούλου"),
    ("Μπακάλης", "Μπακάλη"),
    ("Τσιρίγος", "Τσιρίγου"),
    ("Γεωργακόπουλος", "Γεωργακοπούλου"),
    ("Καραγιάννης", "Καραγιάννη"),
    ("Ντόκος", "Ντόκου"),
    ("Ζαφειρόπουλος", "Ζαφειροπούλου"),
    ("Λαμπρόπουλος", "Λαμπροπούλου"),
    ("Χριστοδούλου", "Χριστοδούλου"),
]
#: Greek fathers' names as a registry writes them (πατρώνυμο)
GR_FATHERS = ["Γεώργιος", "Κωνσταντίνος", "Παναγιώτης", "Δημήτριος", "Ανδρέας", "Νικόλαος", "Σπυρίδων", "Βασίλειος",
              "Χρήστος", "Αθανάσιος", "Ιωάννης", "Ευάγγελος"]
#: Turkish fathers' names (baba adı)
TR_FATHERS = ["Ahmet", "Mehmet", "Ali", "İbrahim", "Osman", "Recep", "Halil", "Süleyman", "Ramazan", "Kadir"]

#: Malaysian names by community: (men's given, women's given, family or father's names)
MY_MALAY = (
    ["Muhammad Hafiz", "Ahmad Faizal", "Mohd Azlan", "Khairul Anuar", "Syafiq", "Amirul Hakim", "Mohd Firdaus"],
    ["Nur Aisyah", "Farah Adibah", "Nor Azura", "Siti Hajar", "Aina Sofea", "Nurul Ain", "Atikah"],
    ["Rosli", "Kamarudin", "Ismail", "Zainal", "Hashim", "Roslan", "Jaafar", "Othman"],
)
MY_CHINESE = (
    ["Kok Leong", "Chee Keong", "Zhi Hao", "Wei Jie", "Boon Hock", "Jun Hong"],
    ["Wei Ling", "Jia Hui", "Mei Yee", "Xin Yi", "Pei Shan", "Hui Min"],
    ["Tan", "Lim", "Ng", "Wong", "Lee", "Chua", "Teo", "Goh"],
)
MY_INDIAN = (
    ["Saravanan", "Thinesh", "Ganesan", "Kumaresan", "Vikneswaran"],
    ["Kavitha", "Priya", "Thanusha", "Logeswari", "Shalini"],
    ["Subramaniam", "Muniandy", "Krishnan", "Rajoo", "Arumugam", "Perumal"],
)

#: Japanese names: kanji -> (katakana reading, romaji)
JA_READ: dict[str, tuple[str, str]] = {
    "鈴木": ("スズキ", "suzuki"),
    "山本": ("ヤマモト", "yamamoto"),
    "袴田": ("ハカマタ", "hakamata"),
    "中村": ("ナカムラ", "nakamura"),
    "大石": ("オオイシ", "ooishi"),
    "河合": ("カワイ", "kawai"),
    "伊藤": ("イトウ", "ito"),
    "内山": ("ウチヤマ", "uchiyama"),
    "松下": ("マツシタ", "matsushita"),
    "杉山": ("スギヤマ", "sugiyama"),
    "大輔": ("ダイスケ", "daisuke"),
    "和也": ("カズヤ", "kazuya"),
    "直樹": ("ナオキ", "naoki"),
    "隆": ("タカシ", "takashi"),
    "悠斗": ("ユウト", "yuto"),
    "亮": ("リョウ", "ryo"),
    "麻衣": ("マイ", "mai"),
    "智子": ("トモコ", "tomoko"),
    "彩": ("アヤ", "aya"),
    "久美子": ("クミコ", "kumiko"),
    "優奈": ("ユウナ", "yuna"),
    "千尋": ("チヒロ", "chihiro"),
}

_GR_LATIN = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k", "λ": "l",
    "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f",
    "χ": "ch", "ψ": "ps", "ω": "o",
}


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) of ``lang`` (a Dutch family name with its tussenvoegsel, a Malaysian name's
    second part its family name or its father's name)."""
    if female is None:
        female = g.rnd.random() < 0.5
    if lang == "my":
        men, women, family = g.rnd.choice([MY_MALAY, MY_MALAY, MY_CHINESE, MY_INDIAN])
        return g.rnd.choice(women if female else men), g.rnd.choice(family)
    men, women, family = NAMES[lang]
    first = g.rnd.choice(women if female else men)
    if lang == "nl":
        tv, rest = g.rnd.choice(NL_FAMILY)
        return first, f"{tv} {rest}".strip()
    if lang == "pl":
        return first, g.rnd.choice(PL_FAMILY)[1 if female else 0]
    if lang == "gr":
        return first, g.rnd.choice(GR_FAMILY)[1 if female else 0]
    return first, g.rnd.choice(family)


def whole(g: Gen, lang: str, female: bool | None = None) -> str:
    """A whole name as the country writes it (family name first in Japanese; ``bin``, ``binti``, ``a/l`` and
    ``a/p`` in Malay and Malaysian Indian names, the family name first in Malaysian Chinese ones)."""
    if female is None:
        female = g.rnd.random() < 0.5
    if lang == "my":
        community = g.rnd.choice(["malay", "malay", "chinese", "indian"])
        if community == "malay":
            return f"{g.rnd.choice(MY_MALAY[1 if female else 0])} {'binti' if female else 'bin'} " + g.rnd.choice(
                MY_MALAY[2]
            )
        if community == "chinese":
            return f"{g.rnd.choice(MY_CHINESE[2])} {g.rnd.choice(MY_CHINESE[1 if female else 0])}"
        return f"{g.rnd.choice(MY_INDIAN[1 if female else 0])} {'a/p' if female else 'a/l'} " + g.rnd.choice(
            MY_INDIAN[2]
        )
    a, b = person(g, lang, female)
    if lang == "ja":
        return f"{b} {a}"
    return f"{a} {b}"


def given(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def staff(g: Gen, n: int, lang: str, style: str = "whole") -> list[str]:
    """``n`` distinct staff members' names (``whole``, ``first``, ``last``)."""
    out: set[str] = set()
    while len(out) < n:
        female = g.rnd.random() < 0.5
        if style == "whole":
            out.add(whole(g, lang, female))
            continue
        a, b = person(g, lang, female)
        out.add(a if style == "first" else b)
    return sorted(out)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return (
        "".join(ch for ch in text if not unicodedata.combining(ch))
        .replace("ß", "ss")
        .replace("ø", "o")
        .replace("æ", "ae")
        .replace("ł", "l")
        .replace("ı", "i")
        .replace("'", "")
    )


def latin(text: str) -> str:
    """``text`` in ASCII letters: Greek transliterated, Japanese by its romaji, accents dropped."""
    if text in JA_READ:
        return JA_READ[text][1]
    text = fold(text)
    if any("\u0370" <= ch <= "\u03ff" for ch in text):
        text = "".join(_GR_LATIN.get(ch, ch) for ch in text)
    return "".join(ch for ch in text if ch.isascii() and (ch.isalnum() or ch == "."))


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
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "icloud.com"],
    "ca": ["gmail.com", "shaw.ca", "telus.net", "hotmail.com", "outlook.com"],
    "gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "virginmedia.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com", "hotmail.com", "optusnet.com.au"],
    "us": ["gmail.com", "yahoo.com", "comcast.net", "outlook.com", "icloud.com"],
    "my": ["gmail.com", "yahoo.com.my", "hotmail.com", "outlook.com"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "fr": ["orange.fr", "gmail.com", "free.fr", "laposte.net", "sfr.fr", "hotmail.fr"],
    "nl": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.com", "outlook.com"],
    "pl": ["wp.pl", "onet.pl", "gmail.com", "interia.pl", "o2.pl"],
    "dk": ["gmail.com", "hotmail.com", "mail.dk", "live.dk", "outlook.dk"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp"],
    "gr": ["gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr"],
}

# -- places (written for v153) -----------------------------------------------------------------------------------------

#: (town, Eircode routing key) around Athlone
IE_PLACES = [
    ("Athlone", "N37"),
    ("Moate", "N37"),
    ("Ballinasloe", "H53"),
    ("Mullingar", "N91"),
    ("Roscommon", "F42"),
    ("Longford", "N39"),
    ("Tullamore", "R35"),
]
IE_STREETS = [
    "Church Street",
    "Connaught Street",
    "Retreat Road",
    "Battery Heights",
    "Clonbrusk Drive",
    "Auburn Heights",
    "Ballymahon Road",
    "Cornamagh Park",
    "Monksland Avenue",
    "Ashdale Road",
]
#: townlands and estates written on an Irish address's second line
IE_LINE2 = ["Coosan", "Garrycastle", "Kiltoom", "Drum", "Ballykeeran", "Glasson", "Bealnamulla", "Cloonown"]
#: (town, forward sortation area) around Kelowna
CA_PLACES = [
    ("Kelowna", "V1Y"),
    ("Kelowna", "V1W"),
    ("Kelowna", "V1X"),
    ("Kelowna", "V1V"),
    ("West Kelowna", "V4T"),
    ("Lake Country", "V4V"),
    ("Vernon", "V1T"),
    ("Penticton", "V2A"),
    ("Peachland", "V0H"),
]
CA_STREETS = [
    "Bernard Ave",
    "Harvey Ave",
    "Gordon Dr",
    "Glenmore Rd N",
    "Lakeshore Rd",
    "Springfield Rd",
    "Rutland Rd S",
    "Hollywood Rd N",
    "Boucherie Rd",
    "KLO Rd",
]
#: (town, outward postcode) around Swindon
GB_PLACES = [
    ("Swindon", "SN1"),
    ("Swindon", "SN2"),
    ("Swindon", "SN3"),
    ("Swindon", "SN25"),
    ("Swindon", "SN5"),
    ("Wroughton", "SN4"),
    ("Highworth", "SN6"),
    ("Royal Wootton Bassett", "SN4"),
]
GB_STREETS = [
    "Commercial Road",
    "Kingshill Road",
    "Cricklade Road",
    "Ermin Street",
    "Tismeads Crescent",
    "Moredon Road",
    "Akers Way",
    "Queens Drive",
    "Marlborough Road",
    "Wootton Bassett Road",
]
#: (suburb, postcode) around Geelong
AU_PLACES = [
    ("Belmont", "3216"),
    ("Highton", "3216"),
    ("Grovedale", "3216"),
    ("Lara", "3212"),
    ("Torquay", "3228"),
    ("Newtown", "3220"),
    ("Corio", "3214"),
    ("Ocean Grove", "3226"),
    ("Leopold", "3224"),
    ("Armstrong Creek", "3217"),
    ("Waurn Ponds", "3216"),
    ("Bell Park", "3215"),
]
AU_STREETS = [
    "Pakington St",
    "Moorabool St",
    "Barwon Heads Rd",
    "Church St",
    "Torquay Rd",
    "High St",
    "Bellarine Hwy",
    "Thompson Rd",
    "Autumn St",
    "Princes Hwy",
]
#: (city, ZIP) around Knoxville
US_PLACES = [
    ("KNOXVILLE", "37917"),
    ("KNOXVILLE", "37918"),
    ("KNOXVILLE", "37920"),
    ("KNOXVILLE", "37921"),
    ("KNOXVILLE", "37912"),
    ("MARYVILLE", "37804"),
    ("POWELL", "37849"),
    ("SEVIERVILLE", "37862"),
    ("OAK RIDGE", "37830"),
    ("ALCOA", "37701"),
    ("CLINTON", "37716"),
]
US_STREETS = [
    "CHAPMAN HWY",
    "CLINTON HWY",
    "BROADWAY",
    "KINGSTON PIKE",
    "MAGNOLIA AVE",
    "MAYNARDVILLE PIKE",
    "ASHEVILLE HWY",
    "ALCOA HWY",
    "TAZEWELL PIKE",
    "WASHINGTON PIKE",
    "RUTLEDGE PIKE",
]
#: (locality, postcode) around Johor Bahru
MY_PLACES = [
    ("Skudai", "81300"),
    ("Johor Bahru", "80100"),
    ("Johor Bahru", "80200"),
    ("Johor Bahru", "80300"),
    ("Tebrau", "81100"),
    ("Pasir Gudang", "81700"),
    ("Kulai", "81000"),
    ("Masai", "81750"),
    ("Iskandar Puteri", "79100"),
]
MY_STREETS = [
    "Jalan Molek 2/5, Taman Molek",
    "Jalan Sutera Tanjung 8/2, Taman Sutera Utama",
    "Jalan Pendidikan 3, Taman Universiti",
    "Jalan Harmonium 23/4, Taman Desa Tebrau",
    "Jalan Impian Emas 7, Taman Impian Emas",
    "Jalan Bestari 12, Taman Nusa Bestari",
    "Jalan Indah 15/2, Taman Bukit Indah",
    "Jalan Kempas Utama 3/1, Taman Kempas Utama",
]
#: (locality, PIN code) in Lucknow
IN_PLACES = [
    ("Gomti Nagar", "226010"),
    ("Indira Nagar", "226016"),
    ("Aliganj", "226024"),
    ("Hazratganj", "226001"),
    ("Aashiana", "226012"),
    ("Alambagh", "226005"),
    ("Jankipuram", "226021"),
    ("Mahanagar", "226006"),
    ("Vikas Nagar", "226022"),
    ("Chinhat", "226028"),
]
IN_STREETS = [
    "Vibhuti Khand",
    "Vipul Khand",
    "Sector 14",
    "Kapoorthala Complex Road",
    "Faizabad Road",
    "Sector H",
    "Sitapur Road",
    "Kanpur Road",
]
#: (commune, code postal) around Clermont-Ferrand
FR_PLACES = [
    ("Clermont-Ferrand", "63000"),
    ("Clermont-Ferrand", "63100"),
    ("Chamalières", "63400"),
    ("Aubière", "63170"),
    ("Beaumont", "63110"),
    ("Cournon-d'Auvergne", "63800"),
    ("Riom", "63200"),
    ("Issoire", "63500"),
    ("Pont-du-Château", "63430"),
    ("Gerzat", "63360"),
]
#: (commune of birth, département, commune code) for the NIR
FR_BIRTHPLACES = [
    ("Clermont-Ferrand", "63", "113"),
    ("Riom", "63", "300"),
    ("Issoire", "63", "178"),
    ("Vichy", "03", "310"),
    ("Montluçon", "03", "185"),
    ("Aurillac", "15", "014"),
    ("Le Puy-en-Velay", "43", "157"),
    ("Lyon", "69", "123"),
    ("Saint-Étienne", "42", "218"),
    ("Thiers", "63", "430"),
]
FR_STREETS = [
    "rue Blatin",
    "avenue de Royat",
    "boulevard Lafayette",
    "rue de l'Oradou",
    "avenue du Brézet",
    "rue Fontgiève",
    "avenue Jean Jaurès",
    "rue des Gras",
    "chemin des Vignes",
    "allée des Tilleuls",
]
#: (woonplaats, the postcode's four digits) around Eindhoven
NL_PLACES = [
    ("Eindhoven", "5611"),
    ("Eindhoven", "5623"),
    ("Eindhoven", "5644"),
    ("Eindhoven", "5658"),
    ("Veldhoven", "5504"),
    ("Best", "5681"),
    ("Geldrop", "5664"),
    ("Nuenen", "5671"),
    ("Son en Breugel", "5691"),
    ("Waalre", "5581"),
    ("Helmond", "5701"),
]
NL_STREETS = [
    "Boschdijk",
    "Hoogstraat",
    "Aalsterweg",
    "Gestelsestraat",
    "Tongelresestraat",
    "Kastanjelaan",
    "Dorpstraat",
    "Kloosterdreef",
    "Heezerweg",
    "Vestdijk",
]
#: (miejscowość, kod pocztowy) around Rzeszów
PL_PLACES = [
    ("Rzeszów", "35-001"),
    ("Rzeszów", "35-045"),
    ("Rzeszów", "35-310"),
    ("Rzeszów", "35-232"),
    ("Łańcut", "37-100"),
    ("Boguchwała", "36-040"),
    ("Tyczyn", "36-020"),
    ("Głogów Małopolski", "36-060"),
    ("Strzyżów", "38-100"),
    ("Ropczyce", "39-100"),
    ("Przeworsk", "37-200"),
]
PL_STREETS = [
    "ul. Hetmańska",
    "al. Piłsudskiego",
    "ul. Podkarpacka",
    "ul. Krakowska",
    "ul. Rejtana",
    "ul. Lwowska",
    "ul. Słocińska",
    "ul. Dąbrowskiego",
    "ul. Kwiatkowskiego",
]
#: (by, postnummer) around Kolding
DK_PLACES = [
    ("Kolding", "6000"),
    ("Vamdrup", "6580"),
    ("Lunderskov", "6640"),
    ("Christiansfeld", "6070"),
    ("Fredericia", "7000"),
    ("Vejle", "7100"),
    ("Haderslev", "6100"),
    ("Middelfart", "5500"),
]
DK_STREETS = [
    "Jernbanegade",
    "Haderslevvej",
    "Vejlevej",
    "Skovvangen",
    "Låsbybanke",
    "Agtrupvej",
    "Dalbygade",
    "Sønderbrogade",
    "Egtvedvej",
]
#: (ilçe, posta kodu) in Konya
TR_PLACES = [
    ("Selçuklu", "42050"),
    ("Selçuklu", "42130"),
    ("Meram", "42090"),
    ("Karatay", "42030"),
    ("Ereğli", "42310"),
    ("Akşehir", "42550"),
    ("Beyşehir", "42700"),
    ("Seydişehir", "42360"),
    ("Çumra", "42500"),
]
TR_NEIGHBOURHOODS = ["Yazır Mah.", "Bosna Hersek Mah.", "Feritpaşa Mah.", "Hocacihan Mah.", "Kılınçarslan Mah.",
                     "Yaka Mah.", "Akabe Mah."]
TR_STREETS = ["Sille Cad.", "Ankara Cad.", "Yeni İstanbul Cad.", "Dr. Hulusi Baybal Cad.", "Beyşehir Cad.",
              "Kule Sok.", "Şehit Nazım Bey Sok.", "Gülbahçe Sok."]
TR_BIRTHPLACES = ["Konya", "Konya", "Konya", "Ankara", "Karaman", "Aksaray", "Niğde", "Antalya", "Kayseri",
                  "İstanbul"]
#: (municipality, the postal code's first three digits) around Hamamatsu
JA_PLACES = [
    ("浜松市中央区", "430"),
    ("浜松市中央区", "432"),
    ("浜松市浜名区", "434"),
    ("浜松市天竜区", "431"),
    ("磐田市", "438"),
    ("湖西市", "431"),
    ("袋井市", "437"),
    ("掛川市", "436"),
]
JA_STREETS = [
    "鍛冶町3-12",
    "砂山町325-6",
    "佐鳴台4丁目8-21",
    "高丘東2丁目15-3",
    "中田島町1140-2",
    "見付2986-1",
    "新居町浜名521-4",
    "上島5丁目2-17",
    "萩丘3丁目9-10",
    "富塚町1933-5",
]
#: (πόλη, ταχυδρομικός κώδικας) around Patras
GR_PLACES = [
    ("Πάτρα", "262 21"),
    ("Πάτρα", "262 22"),
    ("Πάτρα", "262 23"),
    ("Πάτρα", "262 24"),
    ("Πάτρα", "263 31"),
    ("Ρίο", "265 04"),
    ("Αίγιο", "251 00"),
    ("Κάτω Αχαΐα", "252 00"),
    ("Παραλία", "264 42"),
]
GR_STREETS = [
    "Μαιζώνος",
    "Κορίνθου",
    "Αγίου Νικολάου",
    "Γούναρη",
    "Ερμού",
    "Ακρωτηρίου",
    "Νόρμαν",
    "Κανακάρη",
    "Όθωνος Αμαλίας",
]


def street(g: Gen, streets: list[str], lang: str) -> str:
    s = g.rnd.choice(streets)
    if lang in ("ie", "gb", "ca", "au", "us"):
        n = g.rnd.randint(1, 9_900 if lang in ("us", "ca") else 240)
        if lang == "au" and g.rnd.random() < 0.2:
            return f"{g.rnd.randint(1, 12)}/{n} {s}"
        return f"{n} {s}"
    if lang == "my":
        return f"No. {g.rnd.randint(1, 120)}, {s}"
    if lang == "in":
        return f"{g.rnd.choice(['A', 'B', 'C', 'D', 'E', '1/', '2/', '4/'])}-{g.rnd.randint(1, 900)}, {s}".replace(
            "/-", "/"
        )
    if lang == "fr":
        return f"{g.rnd.randint(1, 180)}{g.rnd.choice(['', '', '', '', ' bis', ' ter'])} {s}"
    if lang == "pl":
        house = f"{s} {g.rnd.randint(1, 140)}"
        return house + (f"/{g.rnd.randint(1, 60)}" if g.rnd.random() < 0.55 else "")
    if lang == "dk":
        house = f"{s} {g.rnd.randint(1, 180)}"
        return house + (f", {g.rnd.randint(1, 4)}. {g.rnd.choice(['th', 'tv', 'mf'])}" if g.rnd.random() < 0.4 else "")
    if lang == "tr":
        return (
            f"{g.rnd.choice(TR_NEIGHBOURHOODS)} {s} No: {g.rnd.randint(1, 160)}"
            + (f" D: {g.rnd.randint(1, 24)}" if g.rnd.random() < 0.7 else "")
        )
    if lang == "gr":
        return f"{s} {g.rnd.randint(1, 260)}"
    return s


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def ppsn(g: Gen) -> str:
    """An Irish PPS number: seven digits, the check letter (python-stdnum) and, for newer numbers, an ``A``."""
    digits = g.digits(7)
    if g.rnd.random() < 0.35:
        number = digits + _ievat.calc_check_digit(digits + "A") + "A"
    else:
        number = digits + _ievat.calc_check_digit(digits)
    assert _pps.is_valid(number), number
    return number


def ppsn_decoy(g: Gen) -> str:
    """Seven digits and a letter shaped like a PPS number and failing its check letter (an appraisal reference)."""
    return g.valid(lambda: g.digits(7) + g.rnd.choice("ABCDEFGHJKLMNPRSTVW"), lambda x: not _pps.is_valid(x))


def sin(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.choice([1, 1, 2, 3, 4, 5, 6, 7])) + g.digits(8), _sin.is_valid)
    return f"{d[:3]}-{d[3:6]}-{d[6:]}" if g.rnd.random() < 0.5 else d


def sin_decoy(g: Gen) -> str:
    """Nine digits spaced like a SIN and failing its Luhn check (a dealer's deal number)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 7)) + g.digits(8), lambda x: not _sin.is_valid(x))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def tfn(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(8), _tfn.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:]}" if g.rnd.random() < 0.6 else d


def tfn_decoy(g: Gen) -> str:
    """Nine digits failing the TFN check (a lease contract number)."""
    return g.valid(lambda: "7" + g.digits(8), lambda x: not _tfn.is_valid(x))


def abn(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _abn.is_valid)
    return f"{d[:2]} {d[2:5]} {d[5:8]} {d[8:]}"


def us_ssn(g: Gen) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    return g.valid(make, _ssn.is_valid)


def us_ssn_decoy(g: Gen) -> str:
    """Nine digits shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    return g.rnd.choice(["000", "666", f"9{g.digits(2)}"]) + g.digits(6)


#: Malaysian NRIC place-of-birth codes: Johor's and a few other states'
MY_BIRTH_CODES = ["01", "01", "01", "21", "22", "23", "24", "14", "10", "04", "08", "06"]


def nric(g: Gen, born: date) -> str:
    """A MyKad number ``YYMMDD-PB-###G`` encoding the birth date and the state of birth (checked by python-stdnum)."""
    last = g.digits(3) + str(g.rnd.choice("02468" if g.rnd.random() < 0.5 else "13579"))
    number = born.strftime("%y%m%d") + g.rnd.choice(MY_BIRTH_CODES) + last
    assert _nric.is_valid(number), number
    return _nric.format(number)


def nric_decoy(g: Gen) -> str:
    """Twelve digits whose 'month' is 13 to 99, failing the NRIC's date (a listing number)."""
    return g.valid(
        lambda: f"{g.rnd.randint(20, 25)}{g.rnd.randint(13, 99)}{g.digits(8)}", lambda x: not _nric.is_valid(x)
    )


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (a job card number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def pan(g: Gen, family: str) -> str:
    initial = (latin(family)[:1] or "K").upper()
    return g.valid(lambda: g.code("AAA") + "P" + initial + g.digits(4) + g.code("A"), _pan.is_valid)


def gstin(g: Gen) -> str:
    """A GSTIN of a Lucknow dealer (state 09, a company's PAN, the entity number, ``Z`` and the check character)."""

    def make() -> str:
        return "09" + g.code("AAA") + "C" + g.code("A") + g.digits(4) + g.code("A") + "1Z" + g.code("Z")

    return g.valid(make, _gstin.is_valid)


def nir(g: Gen, born: date, female: bool, dept: str, commune: str) -> str:
    """A French NIR encoding the sex, the year and month of birth, the département and commune of birth."""
    body = f"{2 if female else 1}{born:%y}{born.month:02d}{dept}{commune}{g.rnd.randint(1, 999):03d}"
    number = body + _nir.calc_check_digits(body)
    assert _nir.is_valid(number), number
    return _nir.format(number) if g.rnd.random() < 0.5 else number


def nir_decoy(g: Gen) -> str:
    """Fifteen digits shaped like a NIR and failing its key (a finance file number)."""
    return g.valid(lambda: g.rnd.choice("12") + "25" + g.digits(12), lambda x: not _nir.is_valid(x))


def siret(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("345789") + g.digits(13), _siret.is_valid)


def rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def iban(country: str, bban: str) -> str:
    check = _iban.calc_check_digits(f"{country}00{bban}")
    number = f"{country}{check}{bban}"
    assert _iban.is_valid(number), number
    return number


def spaced(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def fr_iban(g: Gen) -> str:
    bank, branch, account = g.rnd.choice(["30003", "10096", "16806", "20041", "13825", "18715"]), g.digits(5), (
        g.digits(11)
    )
    number = iban("FR", bank + branch + account + rib_key(bank, branch, account))
    return spaced(number) if g.rnd.random() < 0.6 else number


def nl_iban(g: Gen) -> str:
    def elf(x: str) -> bool:
        return sum(int(d) * (10 - i) for i, d in enumerate(x)) % 11 == 0

    account = g.valid(lambda: g.digits(10), elf)
    number = iban("NL", g.rnd.choice(["RABO", "ABNA", "INGB", "SNSB", "TRIO", "ASNB"]) + account)
    return spaced(number) if g.rnd.random() < 0.4 else number


def pl_bank(g: Gen) -> str:
    """A Polish bank's eight-digit sort code (its eighth digit the weighted 3-9-7-1 check)."""
    head = g.rnd.choice(["1020", "1050", "1090", "1140", "1240", "1160", "8642"]) + g.digits(3)
    weights = (3, 9, 7, 1, 3, 9, 7)
    return head + str((10 - sum(w * int(d) for w, d in zip(weights, head, strict=True)) % 10) % 10)


def pl_iban(g: Gen) -> str:
    number = iban("PL", pl_bank(g) + g.digits(16))
    return spaced(number) if g.rnd.random() < 0.7 else number


def tr_iban(g: Gen) -> str:
    bank = g.rnd.choice(["00010", "00012", "00015", "00046", "00062", "00064", "00067", "00205"])
    number = iban("TR", bank + "0" + g.digits(16))
    return spaced(number) if g.rnd.random() < 0.7 else number


def gr_iban(g: Gen) -> str:
    number = iban("GR", g.rnd.choice(["011", "017", "026", "014"]) + g.digits(4) + g.digits(16))
    return spaced(number) if g.rnd.random() < 0.5 else number


def bsn(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("1234567") + g.digits(8), _bsn.is_valid)


def bsn_decoy(g: Gen) -> str:
    """Nine digits failing the BSN's eleven test (a lease contract number)."""
    return g.valid(lambda: "3" + g.digits(8), lambda x: not _bsn.is_valid(x))


def pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    serial = g.digits(3) + str(g.rnd.choice("02468" if female else "13579"))
    body = f"{born:%y}{month:02d}{born.day:02d}{serial}"
    number = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(number) and _pesel.get_birth_date(number) == born, number
    return number


def pesel_decoy(g: Gen) -> str:
    """Eleven digits failing the PESEL check (a contract number)."""
    return g.valid(lambda: "25" + g.digits(9), lambda x: not _pesel.is_valid(x))


_PL_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def pl_id_card_ok(number: str) -> bool:
    """A Polish identity card's series and number (``ABC123456``) with its check digit (the fourth character)."""
    if len(number) != 9 or not number[:3].isalpha() or not number[3:].isdigit():
        return False
    values = [_PL_LETTERS.index(ch) + 10 for ch in number[:3]] + [int(d) for d in number[3:]]
    return sum(w * x for w, x in zip((7, 3, 1, 9, 7, 3, 1, 7, 3), values, strict=True)) % 10 == 0


def pl_id_card(g: Gen) -> str:
    series, tail = g.rnd.choice(["C", "D", "A"]) + g.code("AA"), g.digits(5)
    return next(f"{series}{d}{tail}" for d in "0123456789" if pl_id_card_ok(f"{series}{d}{tail}"))


def nip(g: Gen) -> str:
    d = g.valid(lambda: g.rnd.choice(["813", "517", "794", "815"]) + g.digits(7), _nip.is_valid)
    return f"{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:]}" if g.rnd.random() < 0.5 else d


def cpr(g: Gen, born: date) -> str:
    """A Danish CPR number: the birth date ``DDMMYY`` and four digits whose first fits the century."""
    first = g.rnd.choice("0123") if born.year < 2000 else g.rnd.choice("4")
    number = born.strftime("%d%m%y") + first + g.digits(3)
    assert _cpr.is_valid(number) and _cpr.get_birth_date(number) == born, number
    return _cpr.format(number) if g.rnd.random() < 0.7 else number


def cpr_decoy(g: Gen) -> str:
    """``NNNNNN-NNNN`` whose first six digits are no date (a workshop order number)."""
    d = g.valid(lambda: f"{g.rnd.randint(32, 99)}{g.digits(8)}", lambda x: not _cpr.is_valid(x))
    return f"{d[:6]}-{d[6:]}"


def cvr(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(7), _cvr.is_valid)


def tc_kimlik(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    number = body + _tck.calc_check_digits(body)
    assert _tck.is_valid(number), number
    return number


def tc_kimlik_decoy(g: Gen) -> str:
    """Eleven digits failing the T.C. kimlik check (an application number)."""
    return g.valid(lambda: "20" + g.digits(9), lambda x: not _tck.is_valid(x))


def vkn(g: Gen) -> str:
    body = g.digits(9)
    return body + _vkn.calc_check_digit(body)


def my_number(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(10)
    d = body + _mynumber.calc_check_digit(body)
    assert _mynumber.is_valid(d)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if g.rnd.random() < 0.5 else d


def my_number_decoy(g: Gen) -> str:
    """Twelve digits failing My Number's check (an appraisal number)."""
    return g.valid(lambda: "25" + g.digits(10), lambda x: not _mynumber.is_valid(x))


def amka(g: Gen, born: date, female: bool) -> str:
    """A Greek AMKA: the birth date ``DDMMYY``, a serial whose last digit is even for women, the Luhn digit."""

    def make() -> str:
        body = born.strftime("%d%m%y") + g.digits(3) + str(g.rnd.choice("02468" if female else "13579"))
        return body + luhn.calc_check_digit(body)

    return g.valid(make, lambda x: _amka.is_valid(x) and _amka.get_birth_date(x).strftime("%d%m%y") == x[:6])


def amka_decoy(g: Gen) -> str:
    """Eleven digits failing the AMKA's Luhn check (a lease contract number)."""
    return g.valid(lambda: "20" + g.digits(9), lambda x: not luhn.is_valid(x))


def afm(g: Gen, personal: bool = True) -> str:
    body = (g.rnd.choice("01") if personal else g.rnd.choice("089")) + g.digits(7)
    number = body + _afm.calc_check_digit(body)
    assert _afm.is_valid(number), number
    return number


_VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
_VIN_VALUES = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9],
                       strict=True))
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_check(vin: str) -> str:
    """The check character (ninth) of a North American VIN."""
    total = sum(w * (int(ch) if ch.isdigit() else _VIN_VALUES[ch]) for w, ch in zip(_VIN_WEIGHTS, vin, strict=True))
    return "X" if total % 11 == 10 else str(total % 11)


def vin(g: Gen, wmis: list[str], checked: bool) -> str:
    """A 17-character VIN of one of ``wmis`` (its check character computed when ``checked``)."""
    body = (
        g.rnd.choice(wmis)
        + "".join(g.rnd.choice(_VIN_CHARS) for _ in range(5))
        + "0"
        + g.rnd.choice("FGHJKLMNPRS")
        + "".join(g.rnd.choice(_VIN_CHARS) for _ in range(1))
        + g.digits(6)
    )
    if checked:
        return body[:8] + vin_check(body) + body[9:]
    return body[:8] + g.rnd.choice(_VIN_CHARS) + body[9:]


def card(g: Gen, spaced_out: bool = True) -> str:
    head = g.rnd.choice(["4", "4", "51", "52", "54", "55"])
    body = head + g.digits(15 - len(head))
    d = body + luhn.calc_check_digit(body)
    return " ".join(d[i : i + 4] for i in range(0, 16, 4)) if spaced_out else d


def dmy(d: date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"
