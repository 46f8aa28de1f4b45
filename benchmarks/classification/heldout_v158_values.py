"""Values of held-out set v158 (:mod:`benchmarks.classification.heldout_v158`): v158's random source, and names,
streets, towns, exchanges, wallets, ATM sites and free-text snippets written by hand for v158's cryptocurrency
exchanges, wallets and crypto ATMs (no Faker, no list of real people, no breach data), phones checked with
phonenumbers and identifiers with check digits computed and checked with python-stdnum (the Australian Medicare
number's and the Polish identity card's checks are computed here).

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers are copied from v152's (which follow v98's and v146's); the lists below are new.
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
from stdnum.ca import sin as _sin
from stdnum.dk import cpr as _cpr
from stdnum.dk import cvr as _cvr
from stdnum.gb import utr as _utr
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _afm
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva
from stdnum.jp import in_ as _mynumber
from stdnum.mx import curp as _curp
from stdnum.mx import rfc as _rfc
from stdnum.nz import ird as _ird
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.tr import tckimlik as _tck
from stdnum.us import ein as _ein
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _idnr

from benchmarks.classification.heldout_v2 import Column

SEED = 158_2026_1213
N = "none"
#: a login or a domestic bank account (``review``, as earlier sets labeled them)
UNCLASSIFIED = "unclassified"
#: NULL-like strings of v158's systems (tests skip them)
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
    "ingen",
    "intet",
    "ninguna",
    "sin observaciones",
    "nessuna",
    "n.d.",
    "brak",
    "b.d.",
    "yok",
    "belirtilmedi",
    "なし",
    "特になし",
    "καμία",
    "ουδέν",
)


_FOLD = {"ß": "ss", "'": "", "ı": "i", "ł": "l", "ø": "oe", "æ": "ae", "đ": "d"}


def fold(text: str) -> str:
    """``text`` in lower case without accents (Turkish dotless i, Polish ł, Danish ø and æ spelled out)."""
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(_FOLD.get(ch, ch) for ch in text if not unicodedata.combining(ch))


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v158:{SEED}:{table}")

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
    "CA": (_nanp(["250", "778", "236"]), _nanp(["250"])),
    "NZ": (_pre(["21", "22", "27"], 9), _pre(["33", "34", "35"], 8)),
    "GB": (_pre(["71", "73", "74", "75", "77", "78", "79"], 10), _pre(["115"], 10)),
    "AU": (
        _pre(["400", "402", "403", "409", "410", "412", "416", "419", "423", "428", "438", "448", "457", "467"], 9),
        _pre(["362", "361"], 9),
    ),
    "US": (_nanp(["918", "539"]), _nanp(["918"])),
    "IN": (
        _pre(["62", "70", "74", "78", "82", "88", "89", "91", "93", "94", "97", "98", "99"], 10),
        _pre(["731"], 10),
    ),
    "ZA": (
        _pre(["60", "61", "64", "65", "71", "72", "73", "74", "76", "78", "79", "82", "83", "84"], 9),
        _pre(["41"], 9),
    ),
    "DK": (
        _pre(["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42", "50", "51",
              "52", "53", "60", "61"], 8),
        _pre(["62", "63", "65", "66"], 8),
    ),
    "MX": (_pre(["81"], 10), _pre(["81"], 10)),
    "IT": (
        _pre(["320", "324", "327", "331", "334", "339", "342", "345", "346", "350", "370", "377", "388", "392"], 10),
        _pre(["051"], 10),
    ),
    "PL": (_pre(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"], 9), _pre(["42"], 9)),
    "TR": (
        _pre(["505", "530", "532", "533", "535", "536", "538", "541", "542", "544", "545", "549", "552", "555"], 10),
        _pre(["222"], 10),
    ),
    "JP": (_pre(["90", "80", "70"], 10), _pre(["22"], 9)),
    "GR": (_pre(["690", "693", "694", "695", "697", "698", "699"], 10), _pre(["2810"], 10)),
}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v158) ------------------------------------------------------------------------------------------

#: language -> (men's given names, women's given names, family names (a man's and a woman's form where they differ))
NAMES: dict[str, tuple[list[str], list[str], list[str | tuple[str, str]]]] = {
    "ca": (
        ["Liam", "Owen", "Parminder", "Cole", "Jun", "Dylan", "Harjit", "Nolan", "Teo", "Wade"],
        ["Brynn", "Jaspreet", "Kelsey", "Mei", "Avery", "Rowan", "Simran", "Tessa", "Leah", "Carys"],
        ["Thibodeau", "Sangha", "Pellegrini", "Whitlock", "Yuen", "Halvorsen", "Grewal", "McTavish", "Oduya",
         "Lindqvist", "Bains", "Stoneman", "Ferreira", "Kwan"],
    ),
    "nz": (
        ["Angus", "Manaia", "Finn", "Sam", "Keegan", "Rawiri", "Jarrah", "Lachie", "Ioane", "Rohit"],
        ["Aria", "Kate", "Ruby", "Tui", "Mihi", "Sophie", "Lagi", "Erin", "Priya", "Holly"],
        ["Te Whata", "Bidwill", "Rangihuna", "McKenzie-Rowe", "Faleolo", "Stronach", "Tipene", "Haddock", "Pomare",
         "Oldfield", "Kaur", "Gallagher", "Burrows", "Tuilagi"],
    ),
    "gb": (
        ["Kieran", "Declan", "Imran", "Gareth", "Nathan", "Olly", "Craig", "Tariq", "Joel", "Marcus"],
        ["Chantelle", "Keeley", "Amrit", "Gemma", "Naomi", "Rosie", "Jade", "Hollie", "Bethany", "Sana"],
        ["Wragg", "Bestwick", "Hussain", "Shacklock", "Pashley", "Hind", "Mellors", "Bexon", "Kerry", "Radford",
         "Akhtar", "Gelsthorpe", "Tinsley", "Storer"],
    ),
    "au": (
        ["Lachlan", "Brodie", "Cooper", "Dane", "Ashok", "Tyson", "Nhat", "Bailey", "Jai", "Kurt"],
        ["Indi", "Skye", "Brianna", "Kasey", "Tahlia", "Mia", "Loan", "Kiara", "Renee", "Ellie"],
        ["Triffitt", "Bresnehan", "Ling", "Lovibond", "Cordwell", "Hingston", "Febey", "Dineen", "Mures", "Pridmore",
         "Vu", "Rainbird", "Crosswell", "Gangell"],
    ),
    "us": (
        ["Colton", "Dakota", "Hector", "Garrett", "Trey", "Kyler", "Duc", "Jermaine", "Wesley", "Cody"],
        ["Kaylee", "Shelby", "Marisol", "Brandi", "Keisha", "Destiny", "Hanh", "Jolene", "Macy", "Loretta"],
        ["Littlebear", "Harjo", "Brewington", "Okafor", "Pruett", "Yarbrough", "Tran", "Vasquez", "Hensley",
         "Goforth", "Whitecloud", "Stapleton", "McClain", "Doolittle"],
    ),
    "in": (
        ["Arpit", "Saurabh", "Nikhil", "Harsh", "Yash", "Pranav", "Vaibhav", "Anurag", "Mohit", "Tushar"],
        ["Shruti", "Pooja", "Neha", "Ritika", "Aditi", "Sakshi", "Megha", "Kritika", "Payal", "Nidhi"],
        ["Jain", "Agrawal", "Maheshwari", "Patidar", "Choudhary", "Khandelwal", "Dubey", "Tiwari", "Rathore",
         "Solanki", "Vyas", "Chouhan", "Sharma", "Porwal"],
    ),
    "za": (
        ["Thando", "Pieter", "Sipho", "Ruan", "Anele", "Dewald", "Yusuf", "Lukhanyo", "Brandon", "Xolani"],
        ["Ayanda", "Elmarie", "Sinazo", "Karlien", "Nolitha", "Shireen", "Chantal", "Lindiwe", "Zoë", "Odwa"],
        ["Mpongo", "Swartbooi", "Nkwinti", "Oosthuizen", "Daniels", "Mentoor", "Sauls", "Gqirana", "Potgieter",
         "Jafta", "Claassen", "Qoboshiyane", "Baartman", "Venter"],
    ),
    "dk": (
        ["Mads", "Rasmus", "Jeppe", "Søren", "Kasper", "Mikkel", "Anders", "Bilal", "Frederik", "Troels"],
        ["Mette", "Signe", "Line", "Camilla", "Ditte", "Sofie", "Maja", "Louise", "Birgitte", "Nanna"],
        ["Kjærgaard", "Østergaard", "Madsen", "Nørgaard", "Thomsen", "Bech", "Lauridsen", "Frandsen", "Damgaard",
         "Hvidberg", "Skovgaard", "Holm", "Pallesen", "Sørensen"],
    ),
    "mx": (
        ["Juan Carlos", "Eduardo", "Sergio", "Gerardo", "Mauricio", "Rogelio", "Iván", "Diego", "Adrián", "Ricardo"],
        ["Ana Sofía", "Mariana", "Karla", "Verónica", "Brenda", "Alejandra", "Lucía", "Nancy", "Gabriela", "Sandra"],
        ["Garza", "Treviño", "Cantú", "Villarreal", "Elizondo", "Leal", "Saldaña", "Guajardo", "Zambrano", "Salazar",
         "Tamez", "Gutiérrez", "Benavides", "Chapa"],
    ),
    "it": (
        ["Lorenzo", "Davide", "Federico", "Tommaso", "Stefano", "Luca", "Michele", "Gabriele", "Andrea", "Simone"],
        ["Chiara", "Francesca", "Silvia", "Valentina", "Alessia", "Beatrice", "Giulia", "Federica", "Martina", "Sara"],
        ["Mazzanti", "Guidotti", "Bonfiglioli", "Tugnoli", "Zucchini", "Monti", "Grandi", "Casadio", "Venturi",
         "Marchesini", "Righi", "Pancaldi", "Alvisi", "Bergonzoni"],
    ),
    "pl": (
        ["Kamil", "Paweł", "Łukasz", "Bartosz", "Grzegorz", "Michał", "Tomasz", "Damian", "Wojciech", "Jakub"],
        ["Agnieszka", "Katarzyna", "Magdalena", "Justyna", "Aleksandra", "Monika", "Joanna", "Natalia", "Paulina",
         "Ewelina"],
        ["Kowalczyk", ("Szymański", "Szymańska"), ("Wróblewski", "Wróblewska"), "Kaczmarek", ("Jasiński", "Jasińska"),
         "Pietrzak", ("Zieliński", "Zielińska"), "Walczak", "Dudek", ("Grabowski", "Grabowska"), "Stępień",
         "Michalak", "Olczak", "Kubiak"],
    ),
    "tr": (
        ["Emre", "Burak", "Oğuz", "Serkan", "Murat", "Hakan", "Kaan", "Eren", "Tolga", "Yusuf"],
        ["Elif", "Zeynep", "Büşra", "Merve", "Esra", "Derya", "Gizem", "Ayşegül", "Tuğba", "Selin"],
        ["Yıldırım", "Kaplan", "Aydın", "Özdemir", "Çelik", "Şahin", "Koç", "Arslan", "Kılıç", "Doğan", "Bulut",
         "Aksoy", "Güneş", "Karaca", "Polat"],
    ),
    "ja": (
        ["大輔", "陽斗", "直樹", "隆", "蓮", "航"],
        ["彩花", "優子", "結衣", "千尋", "里美", "麻衣"],
        ["佐藤", "高橋", "阿部", "千葉", "菅原", "遠藤", "佐々木", "及川", "三浦", "斎藤"],
    ),
    "gr": (
        ["Γιώργος", "Μανόλης", "Νίκος", "Στέλιος", "Μιχάλης", "Γιάννης", "Αντώνης", "Κώστας", "Βαγγέλης", "Δημήτρης"],
        ["Μαρία", "Ελένη", "Κατερίνα", "Ειρήνη", "Δέσποινα", "Αργυρώ", "Σοφία", "Χρυσούλα", "Αικατερίνη", "Ζαμπία"],
        [("Μανωλάκης", "Μανωλάκη"), ("Κουτσουράκης", "Κουτσουράκη"), ("Σταυρακάκης", "Σταυρακάκη"),
         ("Τζαγκαράκης", "Τζαγκαράκη"), ("Παπαδογιαννάκης", "Παπαδογιαννάκη"), ("Βασιλάκης", "Βασιλάκη"),
         ("Ξυλούρης", "Ξυλούρη"), ("Φραγκιαδάκης", "Φραγκιαδάκη"), ("Μαρκάκης", "Μαρκάκη"),
         ("Δασκαλάκης", "Δασκαλάκη"), ("Λουλακάκης", "Λουλακάκη"), ("Χαλκιαδάκης", "Χαλκιαδάκη")],
    ),
}

#: Danish middle names (mellemnavne)
DK_MIDDLE = ["Juul", "Lund", "Bach", "Krogh", "Dam", "Bay", "Kirk", "Munk", "Vestergaard", "Brink"]

#: Greek patronymics (the father's given name in the genitive)
GR_PATRONYMIC = ["Γεωργίου", "Εμμανουήλ", "Νικολάου", "Στυλιανού", "Μιχαήλ", "Ιωάννη", "Αντωνίου", "Κωνσταντίνου",
                 "Ευαγγέλου", "Δημητρίου"]

#: Japanese names: kanji -> (katakana reading, romaji)
JA_READ: dict[str, tuple[str, str]] = {
    "佐藤": ("サトウ", "sato"),
    "高橋": ("タカハシ", "takahashi"),
    "阿部": ("アベ", "abe"),
    "千葉": ("チバ", "chiba"),
    "菅原": ("スガワラ", "sugawara"),
    "遠藤": ("エンドウ", "endo"),
    "佐々木": ("ササキ", "sasaki"),
    "及川": ("オイカワ", "oikawa"),
    "三浦": ("ミウラ", "miura"),
    "斎藤": ("サイトウ", "saito"),
    "大輔": ("ダイスケ", "daisuke"),
    "陽斗": ("ハルト", "haruto"),
    "直樹": ("ナオキ", "naoki"),
    "隆": ("タカシ", "takashi"),
    "蓮": ("レン", "ren"),
    "航": ("ワタル", "wataru"),
    "彩花": ("アヤカ", "ayaka"),
    "優子": ("ユウコ", "yuko"),
    "結衣": ("ユイ", "yui"),
    "千尋": ("チヒロ", "chihiro"),
    "里美": ("サトミ", "satomi"),
    "麻衣": ("マイ", "mai"),
}

_GR_LATIN = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k", "λ": "l",
    "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f",
    "χ": "ch", "ψ": "ps", "ω": "o",
}


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) of ``lang``."""
    if female is None:
        female = g.rnd.random() < 0.5
    male, fem, fam = NAMES[lang]
    family = g.rnd.choice(fam)
    if isinstance(family, tuple):
        family = family[1 if female else 0]
    return g.rnd.choice(fem if female else male), family


def whole(g: Gen, lang: str, female: bool | None = None) -> str:
    """A whole name as the country writes it (family name first in Japanese)."""
    a, b = person(g, lang, female)
    return f"{b} {a}" if lang == "ja" else f"{a} {b}"


def given(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def staff(g: Gen, n: int, lang: str, style: str = "whole") -> list[str]:
    """``n`` distinct staff members' names (``whole``, ``first``, ``last``)."""
    out: set[str] = set()
    while len(out) < n:
        female = g.rnd.random() < 0.55
        a, b = person(g, lang, female)
        if style == "first":
            out.add(a)
        elif style == "last":
            out.add(b)
        elif lang == "ja":
            out.add(f"{b} {a}")
        else:
            out.add(f"{a} {b}")
    return sorted(out)


def latin(text: str) -> str:
    """``text`` in ASCII letters: Greek transliterated, Japanese by its romaji, accents dropped."""
    if text in JA_READ:
        return JA_READ[text][1]
    text = fold(text)
    if any("\u0370" <= ch <= "\u03ff" for ch in text):
        text = "".join(_GR_LATIN.get(ch, ch) for ch in text)
    return "".join(ch for ch in text if ch.isascii() and (ch.isalnum() or ch == "."))


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = latin(first.split()[0]) or "user", latin(last.split()[0]) or "mail"
    local = g.rnd.choice(
        [
            f"{a}.{b}",
            f"{a[0]}{b}",
            f"{a}{g.rnd.randint(1, 99)}",
            f"{b}.{a}{g.rnd.randint(70, 99)}",
            f"{a}_{b}{g.rnd.randint(1, 9)}",
            f"{a}{b[0]}.crypto",
        ]
    )
    return f"{local}@{g.rnd.choice(domains)}"


DOMAINS: dict[str, list[str]] = {
    "ca": ["gmail.com", "shaw.ca", "telus.net", "outlook.com", "icloud.com"],
    "nz": ["gmail.com", "xtra.co.nz", "outlook.com", "slingshot.co.nz", "icloud.com"],
    "gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "virginmedia.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com", "hotmail.com", "icloud.com"],
    "us": ["gmail.com", "yahoo.com", "cox.net", "outlook.com", "protonmail.com"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "za": ["gmail.com", "telkomsa.net", "mweb.co.za", "webmail.co.za", "outlook.com"],
    "dk": ["gmail.com", "hotmail.dk", "live.dk", "outlook.dk", "mail.dk"],
    "mx": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx", "live.com.mx"],
    "it": ["gmail.com", "libero.it", "virgilio.it", "tiscali.it", "hotmail.it"],
    "pl": ["gmail.com", "wp.pl", "onet.pl", "o2.pl", "interia.pl"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com", "windowslive.com"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "i.softbank.jp", "gmail.com", "yahoo.co.jp"],
    "gr": ["gmail.com", "yahoo.gr", "hotmail.gr", "otenet.gr", "windowslive.com"],
}

# -- places (written for v158) -----------------------------------------------------------------------------------------

#: (municipality, forward sortation area) around Victoria, BC
CA_PLACES = [
    ("Saanich", "V8X"),
    ("Esquimalt", "V9A"),
    ("Oak Bay", "V8R"),
    ("Langford", "V9B"),
    ("Colwood", "V9C"),
    ("Sidney", "V8L"),
    ("Victoria", "V8V"),
    ("View Royal", "V9B"),
    ("Sooke", "V9Z"),
    ("Central Saanich", "V8M"),
]
CA_STREETS = ["Douglas St", "Shelbourne St", "Fort St", "Quadra St", "Cook St", "Goldstream Ave", "Oak Bay Ave",
              "Pandora Ave", "Cedar Hill Rd", "Admirals Rd", "Beacon Ave", "Jacklin Rd"]

#: (suburb, postcode) around Christchurch
NZ_PLACES = [
    ("Riccarton", "8041"),
    ("Papanui", "8053"),
    ("Sumner", "8081"),
    ("Halswell", "8025"),
    ("Hornby", "8042"),
    ("Addington", "8024"),
    ("Burnside", "8053"),
    ("St Albans", "8014"),
    ("Linwood", "8062"),
    ("Cashmere", "8022"),
    ("Rolleston", "7614"),
    ("Kaiapoi", "7630"),
]
NZ_STREETS = ["Riccarton Road", "Papanui Road", "Colombo Street", "Lincoln Road", "Ferry Road", "Memorial Avenue",
              "Innes Road", "Cashmere Road", "Main North Road", "Blenheim Road", "Harewood Road", "Williams Street"]

#: (town, postcode district) around Nottingham
GB_PLACES = [
    ("Beeston", "NG9"),
    ("West Bridgford", "NG2"),
    ("Arnold", "NG5"),
    ("Carlton", "NG4"),
    ("Bulwell", "NG6"),
    ("Hucknall", "NG15"),
    ("Sherwood", "NG5"),
    ("Mapperley", "NG3"),
    ("Clifton", "NG11"),
    ("Long Eaton", "NG10"),
]
GB_STREETS = ["Mansfield Road", "Derby Road", "Woodborough Road", "Alfreton Road", "Carlton Hill", "Chilwell Road",
              "Trent Boulevard", "Radcliffe Road", "Hucknall Lane", "Wollaton Road", "Sneinton Dale", "Nuthall Road"]

#: (suburb, postcode) around Hobart
AU_PLACES = [
    ("Sandy Bay", "7005"),
    ("North Hobart", "7000"),
    ("Glenorchy", "7010"),
    ("Moonah", "7009"),
    ("Kingston", "7050"),
    ("Bellerive", "7018"),
    ("Howrah", "7018"),
    ("New Town", "7008"),
    ("Lindisfarne", "7015"),
    ("Claremont", "7011"),
    ("Rosny", "7018"),
    ("Sorell", "7172"),
]

#: (city, ZIP) around Tulsa
US_PLACES = [
    ("TULSA", "74105"),
    ("TULSA", "74133"),
    ("BROKEN ARROW", "74012"),
    ("OWASSO", "74055"),
    ("JENKS", "74037"),
    ("BIXBY", "74008"),
    ("SAND SPRINGS", "74063"),
    ("SAPULPA", "74066"),
    ("CLAREMORE", "74017"),
    ("GLENPOOL", "74033"),
    ("COWETA", "74429"),
]
US_STREETS = ["S HARVARD AVE", "E 71ST ST", "S YALE AVE", "N GARNETT RD", "E 15TH ST", "S MEMORIAL DR",
              "W KENOSHA ST", "S SHERIDAN RD", "E 101ST ST S", "N 129TH E AVE", "S LEWIS AVE", "E ADMIRAL PL"]

#: (locality, PIN code) in and around Indore
IN_PLACES = [
    ("Vijay Nagar", "452010"),
    ("Palasia", "452001"),
    ("Rajendra Nagar", "452012"),
    ("Bhawarkua", "452001"),
    ("Sudama Nagar", "452009"),
    ("Nipania", "452010"),
    ("Rau", "453331"),
    ("Khajrana", "452016"),
    ("Annapurna", "452009"),
    ("Mhow", "453441"),
]

#: (suburb, postal code) around Gqeberha
ZA_PLACES = [
    ("Summerstrand", "6001"),
    ("Walmer", "6070"),
    ("Newton Park", "6045"),
    ("Kabega Park", "6025"),
    ("Motherwell", "6211"),
    ("Despatch", "6220"),
    ("Kariega", "6229"),
    ("Lorraine", "6070"),
    ("Humewood", "6001"),
    ("Kwazakhele", "6205"),
]
ZA_STREETS = ["Main Road", "Cape Road", "Heugh Road", "Marine Drive", "Target Kloof Road", "Stanford Road",
              "Burt Drive", "Kragga Kamma Road", "Govan Mbeki Avenue", "Buffelsfontein Road", "Sixth Avenue"]

#: (postnummer, by) on Funen
DK_PLACES = [
    ("5000", "Odense C"),
    ("5200", "Odense V"),
    ("5210", "Odense NV"),
    ("5220", "Odense SØ"),
    ("5230", "Odense M"),
    ("5250", "Odense SV"),
    ("5260", "Odense S"),
    ("5270", "Odense N"),
    ("5700", "Svendborg"),
    ("5500", "Middelfart"),
    ("5800", "Nyborg"),
    ("5600", "Faaborg"),
]
DK_STREETS = ["Vestergade", "Skibhusvej", "Hjallesevej", "Nyborgvej", "Middelfartvej", "Rugårdsvej",
              "Sdr. Boulevard", "Kongensgade", "Munkebjergvej", "Åsumvej", "Bolbrovej", "Tarupgårdsvej"]

#: (colonia, código postal, municipio) in the Monterrey metropolitan area
MX_PLACES = [
    ("Mitras Centro", "64460", "Monterrey"),
    ("Contry", "64860", "Monterrey"),
    ("Cumbres 3er Sector", "64610", "Monterrey"),
    ("Del Valle", "66220", "San Pedro Garza García"),
    ("Anáhuac", "66450", "San Nicolás de los Garza"),
    ("Linda Vista", "67130", "Guadalupe"),
    ("Las Puentes", "66460", "San Nicolás de los Garza"),
    ("Valle Oriente", "66269", "San Pedro Garza García"),
    ("Centro", "64000", "Monterrey"),
    ("Residencial Apodaca", "66600", "Apodaca"),
    ("Paseo de Cumbres", "64346", "Monterrey"),
    ("Bosques de las Cumbres", "64619", "Monterrey"),
]
MX_STREETS = ["Av. Constitución", "Calle Padre Mier", "Av. Eugenio Garza Sada", "Av. Gonzalitos", "Calle Hidalgo",
              "Av. Lincoln", "Calle Morelos", "Av. Ruiz Cortines", "Calle Zaragoza", "Av. Vasconcelos",
              "Calle Washington", "Av. Alfonso Reyes"]
#: (state of birth, its CURP code and its INE entity number)
MX_STATES = [
    ("Nuevo León", "NL", "19"),
    ("Nuevo León", "NL", "19"),
    ("Nuevo León", "NL", "19"),
    ("Coahuila", "CL", "05"),
    ("Tamaulipas", "TS", "28"),
    ("San Luis Potosí", "SP", "24"),
    ("Ciudad de México", "DF", "09"),
    ("Veracruz", "VZ", "30"),
    ("Zacatecas", "ZS", "32"),
]

#: (comune, CAP) of residence around Bologna
IT_PLACES = [
    ("Bologna", "40121"),
    ("Bologna", "40137"),
    ("Bologna", "40128"),
    ("Casalecchio di Reno", "40033"),
    ("San Lazzaro di Savena", "40068"),
    ("Imola", "40026"),
    ("Castel Maggiore", "40013"),
    ("Zola Predosa", "40069"),
    ("Budrio", "40054"),
    ("Pianoro", "40065"),
    ("Ozzano dell'Emilia", "40064"),
    ("Sasso Marconi", "40037"),
]
#: (comune of birth, its cadastral code)
IT_BIRTHPLACES = [
    ("Bologna", "A944"),
    ("Bologna", "A944"),
    ("Modena", "F257"),
    ("Ferrara", "D548"),
    ("Imola", "E289"),
    ("Reggio nell'Emilia", "H223"),
    ("Ravenna", "H199"),
    ("Forlì", "D704"),
    ("Napoli", "F839"),
    ("Palermo", "G273"),
    ("Foggia", "D643"),
    ("Rimini", "H294"),
]
IT_STREETS = ["Via Emilia Levante", "Via Saragozza", "Strada Maggiore", "Via Castiglione", "Via Mazzini",
              "Via San Donato", "Via Massarenti", "Via Andrea Costa", "Via dell'Indipendenza", "Via Zanardi",
              "Via Porrettana", "Via Toscana"]

#: (miejscowość, kod pocztowy) around Łódź
PL_PLACES = [
    ("Łódź", "90-418"),
    ("Łódź", "91-065"),
    ("Łódź", "93-172"),
    ("Łódź", "94-042"),
    ("Zgierz", "95-100"),
    ("Pabianice", "95-200"),
    ("Aleksandrów Łódzki", "95-070"),
    ("Konstantynów Łódzki", "95-050"),
    ("Ozorków", "95-035"),
    ("Brzeziny", "95-060"),
    ("Tuszyn", "95-080"),
    ("Stryków", "95-010"),
]
PL_STREETS = ["ul. Piotrkowska", "ul. Zgierska", "al. Kościuszki", "ul. Narutowicza", "al. Piłsudskiego",
              "ul. Pomorska", "ul. Rzgowska", "ul. Retkińska", "ul. Wólczańska", "ul. Limanowskiego",
              "ul. Kilińskiego", "ul. Łagiewnicka"]

#: (ilçe, posta kodu) of Eskişehir
TR_PLACES = [
    ("Odunpazarı", "26010"),
    ("Odunpazarı", "26040"),
    ("Tepebaşı", "26130"),
    ("Tepebaşı", "26170"),
    ("Sivrihisar", "26600"),
    ("Çifteler", "26700"),
    ("Alpu", "26850"),
    ("Mahmudiye", "26800"),
    ("Seyitgazi", "26950"),
    ("İnönü", "26690"),
]
TR_QUARTERS = ["Hoşnudiye Mah.", "Vişnelik Mah.", "Büyükdere Mah.", "Şirintepe Mah.", "Emek Mah.", "Batıkent Mah.",
               "Yenibağlar Mah.", "Bahçelievler Mah.", "Kırmızıtoprak Mah.", "Sümer Mah."]
TR_STREETS = ["İsmet İnönü Cad.", "Ahmet Kanatlı Cad.", "Atatürk Blv.", "Yunus Emre Cad.", "Porsuk Blv.",
              "Siloönü Sok.", "Ertaş Cad.", "Kızılcıklı Mahmut Pehlivan Cad.", "Üniversite Cad.", "Ihlamur Sok."]

#: (municipality, the first three digits of its postal codes) in Miyagi
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
JA_TOWNS = ["一番町", "上杉", "国分町", "五橋", "長町", "八木山本町", "泉中央", "南光台", "荒井東", "榴岡", "小田原",
            "中山"]

#: (town or area, postal code) in the Heraklion regional unit
GR_PLACES = [
    ("Ηράκλειο", "712 01"),
    ("Ηράκλειο", "713 05"),
    ("Ηράκλειο", "714 09"),
    ("Αμμουδάρα", "714 14"),
    ("Νέα Αλικαρνασσός", "716 01"),
    ("Γάζι", "714 14"),
    ("Χερσόνησος", "700 14"),
    ("Μοίρες", "704 00"),
    ("Αρκαλοχώρι", "703 00"),
    ("Τυμπάκι", "702 00"),
    ("Καστέλλι", "700 06"),
]
GR_STREETS = ["Λεωφόρος Κνωσού", "Οδός 25ης Αυγούστου", "Λεωφόρος Ικάρου", "Οδός Έβανς", "Λεωφόρος Δημοκρατίας",
              "Οδός Καλοκαιρινού", "Λεωφόρος 62 Μαρτύρων", "Οδός Μαχαιράδων", "Οδός Μιχαήλ Αρχαγγέλου",
              "Οδός Χανδακος"]


def street(g: Gen, streets: list[str], lang: str) -> str:
    s = g.rnd.choice(streets)
    if lang in ("ca", "nz", "gb", "za"):
        n = g.rnd.randint(1, 3_400 if lang == "ca" else 240)
        if lang == "nz" and g.rnd.random() < 0.2:
            return f"{g.rnd.randint(1, 12)}/{n} {s}"
        return f"{n} {s}"
    if lang == "us":
        return f"{g.rnd.randint(100, 19_900)} {s}"
    if lang == "dk":
        house = f"{s} {g.rnd.randint(1, 180)}"
        if g.rnd.random() < 0.45:
            return house + f", {g.rnd.randint(1, 5)}. {g.rnd.choice(['th.', 'tv.', 'mf.'])}"
        return house
    if lang == "it":
        return f"{s} {g.rnd.randint(1, 220)}" + (f"/{g.rnd.choice('ABC')}" if g.rnd.random() < 0.1 else "")
    if lang == "tr":
        door = f" D: {g.rnd.randint(1, 24)}" if g.rnd.random() < 0.7 else ""
        return f"{g.rnd.choice(TR_QUARTERS)} {s} No: {g.rnd.randint(1, 160)}{door}"
    if lang == "ja":
        return f"{s}{g.rnd.randint(1, 6)}丁目{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 25)}"
    if lang == "gr":
        return f"{s} {g.rnd.randint(1, 240)}"
    return s


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def sin(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.choice([1, 1, 2, 3, 4, 5, 6, 7])) + g.digits(8), _sin.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:]}" if g.rnd.random() < 0.6 else f"{d[:3]}-{d[3:6]}-{d[6:]}"


def sin_decoy(g: Gen) -> str:
    """Nine digits spaced like a SIN and failing its Luhn check (a KYC case reference)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 7)) + g.digits(8), lambda x: not _sin.is_valid(x))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def ird(g: Gen) -> str:
    """A New Zealand IRD number (nine digits, check digit by python-stdnum), written ``123-456-789`` or bare."""
    d = g.valid(lambda: f"{g.rnd.randint(10_000_000, 150_000_000):09d}", _ird.is_valid)
    return _ird.format(d) if g.rnd.random() < 0.6 else d


def ird_decoy(g: Gen) -> str:
    """Nine digits written like an IRD number and failing its check (a withdrawal request number)."""
    d = g.valid(lambda: f"{g.rnd.randint(10_000_000, 150_000_000):09d}", lambda x: not _ird.is_valid(x))
    return f"{d[:3]}-{d[3:6]}-{d[6:]}"


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


def dvla(g: Gen, first: str, last: str, born: date, female: bool) -> str:
    """A DVLA driving licence number built from the family name, birth date, sex and initial (shape only)."""
    sur = "".join(ch for ch in fold(last).upper() if ch.isalpha())[:5].ljust(5, "9")
    month = born.month + (50 if female else 0)
    init = fold(first).upper()[:1] + "9"
    year = str(born.year)
    return f"{sur}{year[2]}{month:02d}{born.day:02d}{year[3]}{init}{g.rnd.randint(0, 9)}{g.code('AA')}"


def utr(g: Gen) -> str:
    """A UK company's Unique Taxpayer Reference (ten digits, the first a check digit by python-stdnum)."""
    body = g.digits(9)
    return _utr.calc_check_digit(body) + body


def medicare_check(body: str) -> str:
    """The Medicare card number's check digit: the first eight digits weighted 1, 3, 7, 9, 1, 3, 7, 9, mod 10."""
    return str(sum(int(d) * w for d, w in zip(body[:8], (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10)


def medicare(g: Gen) -> str:
    """An Australian Medicare card number (ten digits: eight, the check digit, the issue number) and the holder's
    position on the card, written ``2123 45670 1`` or bare."""
    body = str(g.rnd.randint(2, 6)) + g.digits(7)
    d = body + medicare_check(body) + str(g.rnd.randint(1, 6))
    return f"{d[:4]} {d[4:9]} {d[9]}" if g.rnd.random() < 0.5 else d


def medicare_decoy(g: Gen) -> str:
    """Ten digits shaped like a Medicare number and failing its check (an ATM transaction reference)."""
    return g.valid(lambda: str(g.rnd.randint(2, 6)) + g.digits(9), lambda x: medicare_check(x) != x[8])


def abn(g: Gen) -> str:
    body = g.rnd.choice("1234567") + g.digits(8)
    number = _abn.calc_check_digits(body) + body
    assert _abn.is_valid(number), number
    return _abn.format(number)


def us_ssn(g: Gen) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    return g.valid(make, _ssn.is_valid)


def us_ssn_decoy(g: Gen) -> str:
    """Nine digits shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    return g.rnd.choice(["000", "666", f"9{g.digits(2)}"]) + g.digits(6)


def ein(g: Gen) -> str:
    """A US employer identification number (a valid IRS campus prefix, by python-stdnum)."""
    return g.valid(lambda: f"{g.rnd.choice(['73', '45', '83', '26', '87'])}-{g.digits(7)}", _ein.is_valid)


def pan(g: Gen, family: str) -> str:
    initial = (latin(family)[:1] or "K").upper()
    return g.valid(lambda: g.code("AAA") + "P" + initial + g.digits(4) + g.code("A"), _pan.is_valid)


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (an exchange's user id)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def za_id(g: Gen, born: date, female: bool) -> str:
    def make() -> str:
        seq = g.rnd.randint(0, 4_999) if female else g.rnd.randint(5_000, 9_999)
        body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:04d}08"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _idnr.is_valid)


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits failing the South African ID number's check (a travel-rule message reference)."""
    return g.valid(lambda: "25" + g.digits(11), lambda x: not _idnr.is_valid(x))


def lei(g: Gen, prefix: str) -> str:
    """A legal entity identifier: an LOU prefix, twelve characters and two ISO 7064 check digits."""
    body = prefix + "00" + g.code("ZZZZZZZZZZZZ")
    converted = "".join(str(int(ch, 36)) for ch in body + "00")
    return body + f"{98 - int(converted) % 97:02d}"


def cpr(g: Gen, born: date, female: bool) -> str:
    """A Danish CPR number ``DDMMYY-SSSS``: the century digit, an odd last digit for men, the old modulus-11 check."""

    def make() -> str:
        head = born.strftime("%d%m%y") + (g.rnd.choice("0123") if born.year < 2000 else "4") + g.digits(2)
        return head + g.rnd.choice("02468" if female else "13579")

    def ok(x: str) -> bool:
        weighted = sum(int(d) * w for d, w in zip(x, (4, 3, 2, 7, 6, 5, 4, 3, 2, 1), strict=True))
        return weighted % 11 == 0 and _cpr.is_valid(x) and _cpr.get_birth_date(x) == born

    d = g.valid(make, ok)
    return f"{d[:6]}-{d[6:]}"


def cpr_decoy(g: Gen) -> str:
    """``DDMMYY-NNNN`` whose day cannot exist (a case number), failing the CPR number's check."""
    d = f"{g.rnd.randint(32, 99):02d}{g.rnd.randint(1, 12):02d}{g.digits(2)}{g.digits(4)}"
    return f"{d[:6]}-{d[6:]}"


def cvr(g: Gen) -> str:
    """A Danish company number (CVR, eight digits, modulus 11)."""
    return g.valid(lambda: str(g.rnd.randint(1, 4)) + g.digits(7), _cvr.is_valid)


def _mx_first_vowel(text: str) -> str:
    return next((ch for ch in text[1:] if ch in "AEIOU"), "X")


def _mx_first_consonant(text: str) -> str:
    return next((ch for ch in text[1:] if ch.isalpha() and ch not in "AEIOU"), "X")


def _mx_clean(text: str) -> str:
    return "".join(ch for ch in fold(text).upper() if ch.isalpha() or ch == " ").strip()


def _mx_given(names: str) -> str:
    parts = _mx_clean(names).split()
    if len(parts) > 1 and parts[0] in ("JOSE", "MARIA", "MA", "JUAN"):
        return parts[1]
    return parts[0]


def curp(names: str, paternal: str, maternal: str, born: date, female: bool, state: str) -> str:
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


def curp_decoy(g: Gen, names: str, paternal: str, maternal: str, born: date, female: bool, state: str) -> str:
    """A CURP-shaped application folio whose last digit is not the check digit."""
    real = curp(names, paternal, maternal, born, female, state)
    wrong = g.valid(lambda: str(g.rnd.randint(0, 9)), lambda d: d != real[-1])
    return real[:-1] + wrong


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


def clave_elector(g: Gen, names: str, paternal: str, maternal: str, born: date, female: bool, entity: str) -> str:
    """An INE voter key (shape only: consonants of the names, ``YYMMDD``, the entity, the sex and three digits)."""
    p, m, n = _mx_clean(paternal).split()[-1], _mx_clean(maternal).split()[-1], _mx_given(names)
    letters = "".join(x[0] + _mx_first_consonant(x) for x in (p, m, n))
    return f"{letters}{born:%y%m%d}{entity}{'M' if female else 'H'}{g.digits(3)}"


def clabe_check(body: str) -> str:
    return str((10 - sum(int(d) * (3, 7, 1)[i % 3] % 10 for i, d in enumerate(body)) % 10) % 10)


def clabe(g: Gen) -> str:
    """An 18-digit CLABE of a Monterrey branch (bank, plaza 580, account, and the weighted 3-7-1 check digit)."""
    body = g.rnd.choice(["012", "002", "014", "021", "072", "044", "137", "638"]) + "580" + g.digits(11)
    return body + clabe_check(body)


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


def partita_iva(g: Gen) -> str:
    """An Italian VAT number of a Bologna firm (office code 037, Luhn check by python-stdnum)."""
    return g.valid(lambda: "0" + g.digits(6) + "037" + g.digits(1), _iva.is_valid)


def partita_iva_decoy(g: Gen) -> str:
    """Eleven digits failing the partita IVA's check (a case number)."""
    return g.valid(lambda: "0" + g.digits(6) + "037" + g.digits(1), lambda x: not _iva.is_valid(x))


def pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)

    def make() -> str:
        body = f"{born:%y}{month:02d}{born.day:02d}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
        return body + _pesel.calc_check_digit(body)

    return g.valid(make, lambda x: _pesel.is_valid(x) and _pesel.get_birth_date(x) == born)


def pesel_decoy(g: Gen) -> str:
    """Eleven digits failing PESEL's check (a transaction document number)."""
    return g.valid(lambda: g.rnd.choice(["24", "25"]) + g.digits(9), lambda x: not _pesel.is_valid(x))


def pl_id_card_ok(number: str) -> bool:
    """The Polish identity card's check: three letters and six digits, weights 7, 3, 1, 9, 7, 3, 1, 7, 3 (the fourth
    character the check digit), letters valued A=10 to Z=35, the sum divisible by 10."""
    number = number.replace(" ", "")
    if len(number) != 9 or not number[:3].isalpha() or not number[3:].isdigit():
        return False
    values = [int(ch, 36) for ch in number]
    return sum(v * w for v, w in zip(values, (7, 3, 1, 9, 7, 3, 1, 7, 3), strict=True)) % 10 == 0


def pl_id_card(g: Gen) -> str:
    series = g.rnd.choice(["AYC", "AZB", "CBE", "CGK", "DAX", "DEH", "DKR", "ERZ", "FAN"])
    rest = g.digits(5)
    return next(f"{series}{d}{rest}" for d in "0123456789" if pl_id_card_ok(f"{series}{d}{rest}"))


def nip(g: Gen) -> str:
    """A Polish company's tax number (NIP, ten digits, check by python-stdnum), written ``725-18-44-312``."""
    d = g.valid(lambda: g.rnd.choice(["725", "726", "727", "728", "731", "732"]) + g.digits(7), _nip.is_valid)
    return _nip.format(d) if g.rnd.random() < 0.6 else d


def tckimlik(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    number = body + _tck.calc_check_digits(body)
    assert _tck.is_valid(number), number
    return number


def tckimlik_decoy(g: Gen) -> str:
    """Eleven digits failing the T.C. kimlik check (a withdrawal request number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _tck.is_valid(x))


def my_number(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(10)
    d = body + _mynumber.calc_check_digit(body)
    assert _mynumber.is_valid(d)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if g.rnd.random() < 0.5 else d


def my_number_decoy(g: Gen) -> str:
    """Twelve digits failing My Number's check (a reception number)."""
    return g.valid(lambda: "20" + g.digits(10), lambda x: not _mynumber.is_valid(x))


def afm(g: Gen) -> str:
    """A Greek tax number (ΑΦΜ, nine digits, check digit by python-stdnum)."""
    body = g.rnd.choice(["0", "1"]) + g.digits(7)
    number = body + _afm.calc_check_digit(body)
    assert _afm.is_valid(number), number
    return number


def afm_decoy(g: Gen) -> str:
    """Nine digits failing the ΑΦΜ check (a receipt number)."""
    return g.valid(lambda: g.rnd.choice(["0", "1"]) + g.digits(8), lambda x: not _afm.is_valid(x))


def amka(g: Gen, born: date) -> str:
    """A Greek social security number (ΑΜΚΑ): the birth date ``DDMMYY``, four digits and a Luhn check digit."""
    body = born.strftime("%d%m%y") + g.digits(4)
    number = body + luhn.calc_check_digit(body)
    assert _amka.is_valid(number), number
    return number


def gr_id_card(g: Gen) -> str:
    """A Greek identity card number (ΑΔΤ, shape only: two Greek capitals and six digits)."""
    letters = g.rnd.choice("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ") + g.rnd.choice("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ")
    return f"{letters} {g.digits(6)}" if g.rnd.random() < 0.4 else f"{letters}{g.digits(6)}"


def card(g: Gen, spaced: bool = True) -> str:
    head = g.rnd.choice(["4", "4", "51", "53", "55", "22"])
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


def dk_iban(g: Gen) -> str:
    return iban("DK", g.rnd.choice(["0040", "3000", "5301", "6880", "9570", "1551"]) + g.digits(10))


def it_iban(g: Gen) -> str:
    abi = g.rnd.choice(["03069", "02008", "05387", "06385", "03032", "08883"])
    return iban("IT", g.code("A") + abi + g.rnd.choice(["02400", "02480", "36760", "02401"]) + g.digits(12))


def tr_iban(g: Gen) -> str:
    bank = g.rnd.choice(["00010", "00012", "00015", "00046", "00062", "00064", "00067", "00111"])
    return iban("TR", bank + "0" + g.digits(16))


def dmy(d: date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


# -- crypto shapes (none: pseudonymous keys, hashes and references) ---------------------------------------------------

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_B62 = string.ascii_letters + string.digits

#: asset -> its networks
ASSETS: dict[str, list[str]] = {
    "BTC": ["Bitcoin"],
    "ETH": ["Ethereum", "Arbitrum"],
    "USDT": ["Ethereum", "Tron", "Polygon"],
    "USDC": ["Ethereum", "Solana", "Polygon"],
    "SOL": ["Solana"],
    "XRP": ["XRP Ledger"],
    "LTC": ["Litecoin"],
}


def wallet(g: Gen, network: str) -> str:
    """A wallet address of ``network`` (by shape)."""
    if network == "Bitcoin":
        if g.rnd.random() < 0.65:
            return "bc1q" + g.digits(38, _BECH32)
        return g.rnd.choice("13") + g.digits(33, _B58)
    if network == "Litecoin":
        return "ltc1q" + g.digits(38, _BECH32)
    if network in ("Ethereum", "Polygon", "Arbitrum"):
        return "0x" + g.digits(40, "0123456789abcdef")
    if network == "Tron":
        return "T" + g.digits(33, _B58)
    if network == "XRP Ledger":
        return "r" + g.digits(33, _B58)
    return g.digits(44, _B58)


def tx_hash(g: Gen, network: str) -> str:
    h = g.digits(64, "0123456789abcdef")
    return "0x" + h if network in ("Ethereum", "Polygon", "Arbitrum") else h


def api_key_id(g: Gen, prefix: str = "ak_live_") -> str:
    return prefix + g.digits(24, _B62)


USER_AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0 Mobile",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari",
    "okhttp/4.12.0",
    "python-requests/2.31.0",
    "ccxt/4.2.88 (+https://github.com/ccxt/ccxt) Python/3.11",
]
