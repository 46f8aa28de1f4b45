"""Values of held-out set v145 (:mod:`benchmarks.classification.heldout_v145`): v145's random source, and names,
streets, towns, postal codes, hotels, rental branches, body shops and free-text snippets written by hand for v145's
hotels, frequent-flyer programmes and car rental companies (no Faker, no list of real people, no breach data), phones
checked with phonenumbers and identifiers with check digits computed and checked with python-stdnum (or, where
python-stdnum has no module, with the published algorithm written out here and tested against python-stdnum's
neighbours).

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
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
from stdnum.ca import bn as _bn
from stdnum.dk import cpr as _cpr
from stdnum.dk import cvr as _cvr
from stdnum.fr import siret as _siret
from stdnum.gb import vat as _gbvat
from stdnum.gr import vat as _afm
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import gstin as _gstin
from stdnum.in_ import pan as _pan
from stdnum.my import nric as _nric
from stdnum.nz import bankaccount as _nzbank
from stdnum.nz import ird as _ird
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.pt import cc as _cc
from stdnum.pt import nif as _nif
from stdnum.ru import inn as _inn
from stdnum.sg import uen as _uen
from stdnum.tr import tckimlik as _tckimlik
from stdnum.tr import vkn as _vkn
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 145_903_2026
N = "none"
#: a login or a domestic bank account without an IBAN (review, as in earlier sets)
UNCLASSIFIED = "unclassified"
#: NULL-like strings of v145's systems (tests skip them)
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
    "nil",
    "Nil",
    "0",
    "TBC",
    "no notes",
    "néant",
    "aucune",
    "RAS",
    "sem observações",
    "nada",
    "brak",
    "brak uwag",
    "ingen",
    "intet",
    "yok",
    "Yok",
    "belirtilmemiş",
    "καμία",
    "—",
    "нет",
    "не указано",
    "N.A.",
    "NIL",
    "none given",
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("ł", "l")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table`` (the builder's name)."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v145:{SEED}:{table}")

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

    def days(self, lo: str, hi: str, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.day(lo, hi), null)

    def moment(self, lo: str, hi: str) -> datetime:
        return datetime.combine(self.day(lo, hi), datetime.min.time()) + timedelta(seconds=self.rnd.randint(0, 86_399))

    def moments(self, lo: str, hi: str, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.moment(lo, hi), null)

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

    def valid(self, make: Callable[[], str], ok: Callable[[str], bool]) -> str:
        for _ in range(50_000):
            value = make()
            if ok(value):
                return value
        raise RuntimeError("no valid value")

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rnd.getrandbits(128), version=4))

    def sha256(self) -> str:
        return hashlib.sha256(str(self.rnd.random()).encode()).hexdigest()

    def version(self) -> str:
        return f"{self.rnd.randint(2, 7)}.{self.rnd.randint(0, 19)}.{self.rnd.randint(0, 30)}"

    def ipv4(self) -> str:
        first = self.rnd.choice([31, 37, 49, 58, 81, 86, 92, 101, 103, 110, 115, 122, 151, 176, 185, 203, 212])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2a01", "2a02", "2001:4860", "2406", "2405", "2a00"])
        parts = 7 if ":" not in head else 6
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(parts))

    def ip(self, v6: float = 0.25) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    def coords(self, lat: float, lon: float, spread: float = 0.08) -> str:
        return f"{lat + self.rnd.uniform(-spread, spread):.5f},{lon + self.rnd.uniform(-spread, spread):.5f}"

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        """A phone number valid for ``region`` (phonenumbers), mobile or landline, in ``fmt``: ``e164``, ``intl``,
        ``national``, ``digits`` (national digits only) or ``dashes`` (North America)."""
        plan = PHONE_PLANS[region]["mobile" if mobile else "fixed"]
        want = {
            phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        }
        cc = phonenumbers.country_code_for_region(region)

        def make() -> str:
            prefix, length = self.rnd.choice(plan)
            return prefix + self.digits(length - len(prefix))

        def ok(candidate: str) -> bool:
            number = phonenumbers.parse(f"+{cc}{candidate}")
            return (
                phonenumbers.is_valid_number(number)
                and phonenumbers.region_code_for_number(number) == region
                and phonenumbers.number_type(number) in want
            )

        number = phonenumbers.parse(f"+{cc}{self.valid(make, ok)}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        if fmt == "dashes":
            d = "".join(ch for ch in national if ch.isdigit())[-10:]
            return f"{d[:3]}-{d[3:6]}-{d[6:]}"
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(
            lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile), null
        )


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


#: region -> mobile / fixed -> (leading digits, length of the national significant number); every drawn number is
#: kept only when phonenumbers finds it valid, of the region and of the wanted type
PHONE_PLANS: dict[str, dict[str, list[tuple[str, int]]]] = {
    "GB": {
        "mobile": [("74", 10), ("75", 10), ("77", 10), ("78", 10), ("79", 10)],
        "fixed": [("1637", 10), ("1872", 10), ("1208", 10), ("1726", 10)],
    },
    "CA": {
        "mobile": [("6132", 10), ("6135", 10), ("6137", 10), ("3432", 10), ("8193", 10)],
        "fixed": [("6132", 10), ("6135", 10), ("6137", 10), ("6138", 10)],
    },
    "US": {
        "mobile": [("9182", 10), ("9184", 10), ("9186", 10), ("5392", 10), ("9188", 10)],
        "fixed": [("9182", 10), ("9185", 10), ("9187", 10), ("9189", 10)],
    },
    "AU": {
        "mobile": [("40", 9), ("41", 9), ("42", 9), ("43", 9), ("44", 9), ("45", 9), ("47", 9), ("48", 9)],
        "fixed": [("740", 9), ("741", 9), ("747", 9)],
    },
    "IN": {
        "mobile": [("98", 10), ("97", 10), ("94", 10), ("88", 10), ("78", 10), ("70", 10), ("63", 10)],
        "fixed": [("1412", 10), ("1413", 10), ("1415", 10)],
    },
    "NZ": {
        "mobile": [("21", 9), ("22", 9), ("27", 9), ("21", 10), ("20", 10)],
        "fixed": [("344", 8), ("345", 8), ("347", 8)],
    },
    "MY": {
        "mobile": [("12", 9), ("13", 9), ("16", 9), ("17", 9), ("19", 9), ("11", 10)],
        "fixed": [("37", 9), ("38", 9), ("36", 9)],
    },
    "SG": {"mobile": [("8", 8), ("9", 8)], "fixed": [("6", 8)]},
    "ID": {"mobile": [("812", 11), ("813", 11), ("857", 11), ("878", 11)], "fixed": [("21", 10)]},
    "FR": {"mobile": [("6", 9), ("7", 9)], "fixed": [("493", 9), ("492", 9), ("497", 9)]},
    "IT": {"mobile": [("33", 10), ("34", 10), ("32", 10)], "fixed": [("0184", 10), ("011", 10)]},
    "PT": {"mobile": [("91", 9), ("92", 9), ("93", 9), ("96", 9)], "fixed": [("291", 9), ("21", 9)]},
    "PL": {
        "mobile": [("50", 9), ("51", 9), ("53", 9), ("60", 9), ("66", 9), ("69", 9), ("72", 9), ("79", 9), ("88", 9)],
        "fixed": [("18", 9), ("12", 9)],
    },
    "UA": {"mobile": [("67", 9), ("50", 9), ("63", 9), ("93", 9), ("97", 9)], "fixed": [("44", 9)]},
    "CZ": {"mobile": [("60", 9), ("72", 9), ("73", 9), ("77", 9)], "fixed": [("2", 9)]},
    "SK": {"mobile": [("90", 9), ("91", 9), ("94", 9)], "fixed": [("2", 9)]},
    "DK": {"mobile": [("2", 8), ("3", 8), ("4", 8), ("5", 8), ("6", 8)], "fixed": [("75", 8), ("76", 8)]},
    "DE": {
        "mobile": [("151", 11), ("160", 10), ("170", 10), ("171", 10), ("176", 11)],
        "fixed": [("40", 10), ("461", 10)],
    },
    "NL": {"mobile": [("6", 9)], "fixed": [("20", 9)]},
    "IE": {"mobile": [("83", 9), ("85", 9), ("86", 9), ("87", 9)], "fixed": [("1", 8)]},
    "TR": {
        "mobile": [("532", 10), ("533", 10), ("542", 10), ("505", 10), ("553", 10), ("544", 10)],
        "fixed": [("232", 10)],
    },
    "GR": {"mobile": [("69", 10)], "fixed": [("2810", 10)]},
    "RU": {
        "mobile": [("918", 10), ("928", 10), ("988", 10), ("962", 10), ("938", 10), ("903", 10)],
        "fixed": [("862", 10)],
    },
    "SE": {"mobile": [("70", 9), ("73", 9), ("76", 9)], "fixed": [("8", 9)]},
}

# -- names (written for v145) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names; for Polish, Greek and Russian the male form)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "gb": (
        ["Jago", "Piran", "Tristan", "Ollie", "Harvey", "Declan", "Ravi", "Kieran", "Ewan", "Morgan"],
        ["Tamsin", "Morwenna", "Demelza", "Keira", "Lowenna", "Bethan", "Priya", "Jessamy", "Hollie", "Wenna"],
        [
            "Trevithick",
            "Penrose",
            "Pascoe",
            "Tregear",
            "Nancarrow",
            "Rowe",
            "Chegwidden",
            "Polglase",
            "Hendra",
            "Bolitho",
            "Hocking",
            "Curnow",
            "Ashdown-Lyle",
            "Okafor",
            "Sandhu",
        ],
    ),
    "ca": (
        ["Mathieu", "Connor", "Ibrahim", "Gavin", "Liam", "Jean-Marc", "Hamza", "Brody", "Owen", "Rémi"],
        ["Geneviève", "Kaitlyn", "Mei", "Chloé", "Amira", "Shannon", "Rebecca", "Isabelle", "Nadia", "Tessa"],
        [
            "Lafrenière",
            "O'Brien-Dubé",
            "Charbonneau",
            "Sutherland",
            "Fraser",
            "Nadeau",
            "Haddad",
            "Labelle",
            "McKenna",
            "Pelletier",
            "Chowdhury",
            "Brennan",
            "Villeneuve",
            "Ashworth",
        ],
    ),
    "au": (
        ["Lachie", "Jarrah", "Cooper", "Hamish", "Tane", "Brodie", "Minh", "Ashton", "Fletcher", "Zac"],
        ["Matilda", "Kirra", "Tahlia", "Sienna", "Jacinta", "Bree", "Anh", "Mackenzie", "Shantelle", "Indi"],
        [
            "Wheeldon",
            "Murchison",
            "Kennedy-Ross",
            "Pellegrini",
            "Tran",
            "Maloney",
            "Dunstan",
            "Cavanagh",
            "Nguyen",
            "Thorpe",
            "Buchanan",
            "Papadakis",
            "Baira",
            "Lui",
        ],
    ),
    "in": (
        ["Rajendra", "Aditya", "Kunal", "Mohit", "Yashvardhan", "Farhan", "Naveen", "Gaurav", "Manish", "Pranav"],
        ["Shalini", "Nidhi", "Devika", "Rupal", "Tanvi", "Zoya", "Anjali", "Bhavna", "Ritika", "Sunaina"],
        [
            "Rathore",
            "Shekhawat",
            "Agarwal",
            "Mathur",
            "Joshi",
            "Khandelwal",
            "Saxena",
            "Bhatnagar",
            "Kachhwaha",
            "Sethi",
            "Pareek",
            "Mehta",
            "Choudhary",
            "Bansal",
        ],
    ),
    "nz": (
        ["Nikau", "Finn", "Josh", "Tamihana", "Rawiri", "Callum", "Arjun", "Hunter", "Mateo", "Jamie"],
        ["Mihi", "Ruby", "Georgia", "Kahurangi", "Olivia", "Tayla", "Hana", "Aria", "Sofía", "Maddie"],
        [
            "Tipene",
            "McAllister",
            "Ngata",
            "Fraser-Whyte",
            "Paewai",
            "Drummond",
            "Kereama",
            "Patel",
            "Brosnan",
            "Te Huia",
            "Mulholland",
            "Hohaia",
            "Rossiter",
            "García",
        ],
    ),
    "us": (
        ["Bryce", "Dakota", "Travis", "Jaxon", "Hector", "Garrett", "Wyatt", "Keon", "Dalton", "Luis"],
        ["Kaylee", "Shelby", "Brandi", "Marisol", "Destiny", "Raegan", "Tonya", "Autumn", "Kristen", "Lupe"],
        [
            "Haskins",
            "Blackfox",
            "Whitlock",
            "Tidwell",
            "Gomez",
            "Pettigrew",
            "Sixkiller",
            "McAlester",
            "Bratcher",
            "Lovelady",
            "Cantrell",
            "Yazzie",
            "Nguyen",
            "Okonkwo",
        ],
    ),
    "sg": (
        ["Jun Jie", "Wei Ming", "Zhi Hao", "Muhammad Irfan", "Arjun", "Darren", "Ryan", "Haziq", "Kai Xiang"],
        ["Hui Min", "Shu Ting", "Xin Yi", "Nur Syafiqah", "Kavya", "Rachel", "Joanne", "Siti Nabilah", "Li Ting"],
        ["Goh", "Lee", "Ng", "Koh", "Teo", "Lim", "Chua", "Rahman", "Pillai", "Menon", "Ismail", "Seah", "Yeo"],
    ),
    "fr": (
        ["Baptiste", "Jérôme", "Quentin", "Rayan", "Matthieu", "Lucien", "Cyril", "Adrien", "Hugo", "Anthony"],
        ["Margaux", "Laurine", "Inès", "Pauline", "Coralie", "Élodie", "Sabrina", "Manon", "Lucie", "Audrey"],
        [
            "Giordano",
            "Baudoin",
            "Ferrero",
            "Castellan",
            "Dalmasso",
            "Roux",
            "Lambert",
            "Pellegrin",
            "Barelli",
            "Ciais",
            "Martini",
            "Ghiglione",
            "Benali",
            "Faure",
        ],
    ),
    "it": (
        ["Davide", "Simone", "Matteo", "Lorenzo"],
        ["Chiara", "Federica", "Giulia", "Sara"],
        ["Rinaldi", "Ferraro", "Bianchi", "Gallo", "Moretti", "Ricci"],
    ),
    "pt": (
        ["Tiago", "Rui", "Gonçalo", "Duarte", "Nuno", "Vasco", "Leandro", "Hélder", "Diogo", "Sérgio"],
        ["Inês", "Mariana", "Beatriz", "Filipa", "Catarina", "Joana", "Leonor", "Sílvia", "Rita", "Marta"],
        [
            "Gouveia",
            "Freitas",
            "Abreu",
            "Câmara",
            "Teixeira",
            "Vasconcelos",
            "Drumond",
            "Nóbrega",
            "Spínola",
            "Jardim",
            "Andrade",
            "Sardinha",
            "Pestana",
            "Quintal",
        ],
    ),
    "pl": (
        ["Bartosz", "Kacper", "Wojciech", "Grzegorz", "Mateusz", "Szymon", "Jakub", "Przemysław", "Łukasz", "Tomasz"],
        [
            "Zuzanna",
            "Agnieszka",
            "Małgorzata",
            "Natalia",
            "Weronika",
            "Katarzyna",
            "Aleksandra",
            "Joanna",
            "Dorota",
            "Kinga",
        ],
        [
            "Gąsienica",
            "Bachleda",
            "Krzeptowski",
            "Zięba",
            "Wójcik",
            "Kowalczyk",
            "Sobczak",
            "Mazur",
            "Pawlikowski",
            "Chowaniec",
            "Stopka",
            "Zając",
            "Majewski",
            "Nowicki",
        ],
    ),
    "ua": (
        ["Andrii", "Oleksandr", "Taras", "Bohdan"],
        ["Oksana", "Iryna", "Sofiia", "Khrystyna"],
        ["Melnyk", "Shevchuk", "Bondarenko", "Kovalchuk", "Tkachuk", "Hnatiuk"],
    ),
    "cz": (
        ["Jakub", "Ondřej", "Tomáš", "Vojtěch"],
        ["Tereza", "Klára", "Lucie", "Barbora"],
        ["Dvořák", "Novák", "Procházka", "Černý", "Kučera", "Veselý"],
    ),
    "da": (
        ["Mads", "Rasmus", "Søren", "Frederik", "Magnus", "Anders", "Kasper", "Jeppe", "Mikkel", "Bjarke"],
        ["Mette", "Signe", "Freja", "Camilla", "Ida", "Louise", "Trine", "Astrid", "Maja", "Birgitte"],
        [
            "Kjærgaard",
            "Mikkelsen",
            "Damgaard",
            "Nørgaard",
            "Vestergaard",
            "Thygesen",
            "Bech",
            "Lauridsen",
            "Ravn",
            "Jessen",
            "Holm",
            "Østergaard",
            "Kristoffersen",
            "Sørensen",
        ],
    ),
    "de": (
        ["Jonas", "Felix", "Tobias", "Niklas", "Florian", "Sebastian"],
        ["Lea", "Anna", "Johanna", "Carina", "Miriam", "Stefanie"],
        ["Hoffmann", "Brinkmann", "Schulte", "Lüdemann", "Wegener", "Kühl", "Petersen", "Hansen"],
    ),
    "nl": (
        ["Daan", "Bram", "Thijs", "Ruben"],
        ["Sanne", "Fleur", "Lotte", "Iris"],
        ["de Vries", "Bakker", "van Dijk", "Visser", "Mulder", "de Boer"],
    ),
    "tr": (
        ["Burak", "Oğuz", "Kerem", "Serkan", "Tolga", "Cem", "Barış", "Umut", "Hakan", "Onur"],
        ["Elif", "Zeynep", "Ebru", "Gizem", "Büşra", "Merve", "Derya", "Selin", "Tuğba", "Aslı"],
        [
            "Yılmaz",
            "Aydın",
            "Özkan",
            "Karaca",
            "Erdem",
            "Kılıç",
            "Doğan",
            "Şahin",
            "Aksoy",
            "Güneş",
            "Korkmaz",
            "Uçar",
            "Ertürk",
            "Çelik",
        ],
    ),
    "el": (
        ["Γιώργος", "Μανώλης", "Νίκος", "Στέλιος", "Μιχάλης", "Ζαχαρίας", "Αντώνης", "Κωστής", "Γιάννης"],
        ["Ελένη", "Κατερίνα", "Δέσποινα", "Ειρήνη", "Μαρία", "Χρυσούλα", "Σοφία", "Αργυρώ", "Ευαγγελία"],
        [
            "Παπαδάκης",
            "Μαρκάκης",
            "Χατζηδάκης",
            "Τσαγκαράκης",
            "Βλαχάκης",
            "Σπανουδάκης",
            "Κουτσούρης",
            "Λαμπράκης",
            "Δασκαλάκης",
            "Πετράκης",
            "Καλογεράκης",
            "Αλεξίου",
            "Μανουσάκης",
            "Ξυλούρης",
        ],
    ),
    "ru": (
        ["Алексей", "Дмитрий", "Артём", "Сергей", "Игорь", "Руслан", "Максим", "Вадим", "Олег", "Андрей"],
        ["Екатерина", "Ольга", "Анастасия", "Юлия", "Марина", "Дарья", "Светлана", "Алина", "Ксения", "Ирина"],
        [
            "Кузнецов",
            "Аракелян",
            "Ткаченко",
            "Белоусов",
            "Гончаров",
            "Шевцов",
            "Морозов",
            "Захаров",
            "Лысенко",
            "Панфилов",
            "Орлов",
            "Гаспарян",
            "Мирошниченко",
            "Сафонов",
        ],
    ),
}

#: Malaysian names by community: (male given, female given, family or father's names)
MY_MALAY = (
    ["Muhammad Haziq", "Amirul Hakim", "Ahmad Faizal", "Mohd Hafiz", "Khairul Anuar", "Syed Azlan"],
    ["Nurul Aina", "Siti Hajar", "Farah Nadia", "Nur Aisyah", "Aida Suraya", "Wan Nur Izzati"],
    ["Zulkifli", "Rosli", "Abdul Rahman", "Ismail", "Hamzah", "Mohd Noor", "Yusof"],
)
MY_CHINESE = (
    ["Wei Liang", "Kok Wai", "Jun Hao", "Chee Keong", "Yong Sheng"],
    ["Mei Ling", "Jia Hui", "Siew Lan", "Pei Shan", "Hui Wen"],
    ["Tan", "Lim", "Wong", "Ong", "Chong", "Teh", "Lau", "Yap"],
)
MY_INDIAN = (
    ["Suresh", "Kumaravel", "Ganesh", "Prakash"],
    ["Kavitha", "Thilaga", "Shanthi", "Revathi"],
    ["Subramaniam", "Rajoo", "Muniandy", "Krishnan", "Arumugam"],
)

#: Russian patronymics: the father's given name -> (son's, daughter's)
RU_PATRONYMICS = {
    "Алексей": ("Алексеевич", "Алексеевна"),
    "Дмитрий": ("Дмитриевич", "Дмитриевна"),
    "Сергей": ("Сергеевич", "Сергеевна"),
    "Игорь": ("Игоревич", "Игоревна"),
    "Руслан": ("Русланович", "Руслановна"),
    "Вадим": ("Вадимович", "Вадимовна"),
    "Олег": ("Олегович", "Олеговна"),
    "Андрей": ("Андреевич", "Андреевна"),
    "Виктор": ("Викторович", "Викторовна"),
    "Геннадий": ("Геннадьевич", "Геннадьевна"),
    "Ашот": ("Ашотович", "Ашотовна"),
    "Николай": ("Николаевич", "Николаевна"),
}


def _female_family(lang: str, family: str) -> str:
    if lang == "pl":
        for end, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if family.endswith(end):
                return family[: -len(end)] + fem
        return family
    if lang == "el":
        if family.endswith("ης"):
            return family[:-2] + "η"
        if family.endswith("ος"):
            return family[:-2] + "ου"
        return family
    if lang == "ru":
        if family.endswith(("ов", "ев", "ин")):
            return family + "а"
        return family
    if lang == "cz":
        if family.endswith("ý"):
            return family[:-1] + "á"
        return family.removesuffix("a") + "ová"
    return family


def person(g: Gen, lang: str = "gb", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``, the family name in its feminine form where the language has
    one."""
    male, fem, fam = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.5
    family = g.rnd.choice(fam)
    return g.rnd.choice(fem if female else male), _female_family(lang, family) if female else family


def patronymic(g: Gen, female: bool) -> str:
    return RU_PATRONYMICS[g.rnd.choice(list(RU_PATRONYMICS))][1 if female else 0]


def whole(g: Gen, lang: str = "gb") -> str:
    """A whole name as written in ``lang`` (Russian: family name, given name and patronymic)."""
    female = g.rnd.random() < 0.5
    a, b = person(g, lang, female)
    if lang == "ru":
        return f"{b} {a} {patronymic(g, female)}"
    return f"{a} {b}"


def given(g: Gen, lang: str = "gb", female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def my_person(g: Gen) -> tuple[str, str, str, bool]:
    """A Malaysian (given, family or father's name, whole name as on the MyKad, female)."""
    female = g.rnd.random() < 0.5
    r = g.rnd.random()
    if r < 0.55:
        a, b = g.rnd.choice(MY_MALAY[1 if female else 0]), g.rnd.choice(MY_MALAY[2])
        return a, b, f"{a} {'binti' if female else 'bin'} {b}", female
    if r < 0.85:
        a, b = g.rnd.choice(MY_CHINESE[1 if female else 0]), g.rnd.choice(MY_CHINESE[2])
        return a, b, f"{b} {a}", female
    a, b = g.rnd.choice(MY_INDIAN[1 if female else 0]), g.rnd.choice(MY_INDIAN[2])
    return a, b, f"{a} {'a/p' if female else 'a/l'} {b}", female


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isascii() and (ch.isalnum() or ch == "."))


#: Latin spellings of Greek and Cyrillic names for e-mail local parts
_TRANSLIT = str.maketrans(
    {
        "α": "a",
        "β": "v",
        "γ": "g",
        "δ": "d",
        "ε": "e",
        "ζ": "z",
        "η": "i",
        "θ": "th",
        "ι": "i",
        "κ": "k",
        "λ": "l",
        "μ": "m",
        "ν": "n",
        "ξ": "x",
        "ο": "o",
        "π": "p",
        "ρ": "r",
        "σ": "s",
        "ς": "s",
        "τ": "t",
        "υ": "y",
        "φ": "f",
        "χ": "ch",
        "ψ": "ps",
        "ω": "o",
        "а": "a",
        "б": "b",
        "в": "v",
        "г": "g",
        "д": "d",
        "е": "e",
        "ё": "e",
        "ж": "zh",
        "з": "z",
        "и": "i",
        "й": "y",
        "к": "k",
        "л": "l",
        "м": "m",
        "н": "n",
        "о": "o",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "у": "u",
        "ф": "f",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "sch",
        "ъ": "",
        "ы": "y",
        "ь": "",
        "э": "e",
        "ю": "yu",
        "я": "ya",
    }
)


def latin(text: str) -> str:
    return plain(fold(text).translate(_TRANSLIT))


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = latin(first).replace(".", "") or "guest", latin(last).replace(".", "") or "mail"
    local = g.rnd.choice(
        [f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(60, 99)}", f"{a}_{b[:4]}"]
    )
    return f"{local}@{g.rnd.choice(domains)}"


def relay_email(g: Gen) -> str:
    """An OTA relay address that reaches the guest."""
    return g.rnd.choice(
        [
            f"{g.code('xxxxxxxx')}{g.digits(3)}@guest.booking.com",
            f"{g.code('xxxxxxxxxxxx')}@m.expediapartnercentral.com",
        ]
    )


DOMAINS: dict[str, list[str]] = {
    "gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "sky.com"],
    "ca": ["gmail.com", "rogers.com", "bell.net", "hotmail.com", "videotron.ca"],
    "au": ["gmail.com", "bigpond.com", "outlook.com.au", "icloud.com", "optusnet.com.au"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "nz": ["gmail.com", "xtra.co.nz", "outlook.co.nz", "icloud.com"],
    "us": ["gmail.com", "yahoo.com", "cox.net", "att.net", "outlook.com"],
    "my": ["gmail.com", "yahoo.com.my", "hotmail.my", "outlook.com"],
    "sg": ["gmail.com", "singnet.com.sg", "hotmail.com", "yahoo.com.sg"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "wanadoo.fr"],
    "it": ["libero.it", "gmail.com", "virgilio.it"],
    "pt": ["gmail.com", "sapo.pt", "hotmail.com", "netcabo.pt"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "gmail.com", "interia.pl"],
    "ua": ["ukr.net", "gmail.com", "i.ua"],
    "cz": ["seznam.cz", "email.cz", "gmail.com"],
    "da": ["gmail.com", "hotmail.dk", "mail.dk", "outlook.dk", "live.dk"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com.tr"],
    "el": ["gmail.com", "yahoo.gr", "hotmail.gr", "otenet.gr"],
    "ru": ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "rambler.ru"],
}

# -- places (written for v145) -----------------------------------------------------------------------------------------

#: (town, postcode district) of guests' homes in England and Wales
GB_TOWNS = [
    ("Bristol", "BS6"),
    ("Reading", "RG1"),
    ("Exeter", "EX4"),
    ("Birmingham", "B15"),
    ("Swindon", "SN1"),
    ("Plymouth", "PL4"),
    ("Cheltenham", "GL50"),
    ("Leicester", "LE2"),
    ("Guildford", "GU1"),
    ("Northampton", "NN1"),
    ("Cardiff", "CF24"),
    ("Truro", "TR1"),
    ("Taunton", "TA1"),
]
GB_STREETS = [
    "Fore Street",
    "Trelawney Road",
    "Chapel Hill",
    "Mount Pleasant Road",
    "Gloucester Road",
    "Park Crescent",
    "Station Approach",
    "Meadow View",
    "Victoria Gardens",
    "Priory Lane",
    "Harbour Terrace",
    "Elm Grove",
]
#: foreign guests of the Cornish hotels: country -> (town, postcode, street)
GB_FOREIGN = {
    "de": (
        "DE",
        [("Hamburg", "22085"), ("Köln", "50667"), ("Hannover", "30159")],
        ["Lindenstraße", "Am Hafen", "Bergweg"],
    ),
    "nl": (
        "NL",
        [("Utrecht", "3511 AB"), ("Haarlem", "2011 HK"), ("Eindhoven", "5611 AZ")],
        ["Kerkstraat", "Dorpsweg", "Molenlaan"],
    ),
    "fr": (
        "FR",
        [("Rennes", "35000"), ("Nantes", "44000"), ("Caen", "14000")],
        ["rue de la Paix", "avenue Foch", "rue des Lilas"],
    ),
}
CA_PLACES = [
    ("Ottawa", "K1N", "ON"),
    ("Ottawa", "K2P", "ON"),
    ("Gatineau", "J8X", "QC"),
    ("Kanata", "K2K", "ON"),
    ("Orléans", "K1C", "ON"),
    ("Kingston", "K7L", "ON"),
    ("Toronto", "M5V", "ON"),
    ("Montréal", "H2X", "QC"),
    ("Barrhaven", "K2J", "ON"),
    ("Pembroke", "K8A", "ON"),
    ("Cornwall", "K6H", "ON"),
]
CA_STREETS = [
    "Bank St",
    "Elgin St",
    "Carling Ave",
    "Boul. Saint-Joseph",
    "Baseline Rd",
    "Prince of Wales Dr",
    "Innes Rd",
    "Rue Laurier",
    "Merivale Rd",
    "Bronson Ave",
    "Greenbank Rd",
]
#: (suburb, postcode, state)
AU_PLACES = [
    ("Cairns North", "4870", "QLD"),
    ("Edge Hill", "4870", "QLD"),
    ("Smithfield", "4878", "QLD"),
    ("Townsville", "4810", "QLD"),
    ("Mackay", "4740", "QLD"),
    ("Atherton", "4883", "QLD"),
    ("Port Douglas", "4877", "QLD"),
    ("Mount Isa", "4825", "QLD"),
    ("Bungalow", "4870", "QLD"),
    ("Darwin City", "0800", "NT"),
    ("Weipa", "4874", "QLD"),
    ("Innisfail", "4860", "QLD"),
]
AU_STREETS = [
    "Sheridan St",
    "Mulgrave Rd",
    "Lake St",
    "Grafton St",
    "Pease St",
    "Reservoir Rd",
    "Collins Ave",
    "Anderson St",
    "Macrossan St",
    "Flinders St",
    "Kamerunga Rd",
]
#: (city, PIN prefix, state)
IN_PLACES = [
    ("Jaipur", "302", "Rajasthan"),
    ("Ajmer", "305", "Rajasthan"),
    ("Udaipur", "313", "Rajasthan"),
    ("New Delhi", "110", "Delhi"),
    ("Ahmedabad", "380", "Gujarat"),
    ("Indore", "452", "Madhya Pradesh"),
    ("Kota", "324", "Rajasthan"),
    ("Bikaner", "334", "Rajasthan"),
    ("Gurugram", "122", "Haryana"),
    ("Pune", "411", "Maharashtra"),
]
IN_STREETS = [
    "Vaishali Nagar",
    "C-Scheme, Prithviraj Road",
    "Malviya Nagar Sector 7",
    "Raja Park Gali 4",
    "Mansarovar Shipra Path",
    "Civil Lines",
    "Sodala Ram Nagar",
    "Bani Park",
    "Shastri Nagar",
    "Vidhyadhar Nagar",
]
#: Form C guests: country -> (town, postcode, street)
IN_FOREIGN = {
    "fr": (
        "FR",
        [("Lyon", "69003"), ("Bordeaux", "33000"), ("Lille", "59000")],
        ["rue Victor Hugo", "cours Lafayette", "rue Nationale"],
    ),
    "de": (
        "DE",
        [("München", "80331"), ("Stuttgart", "70173"), ("Leipzig", "04109")],
        ["Schillerstraße", "Hauptstraße", "Gartenweg"],
    ),
    "gb": ("GB", [("York", "YO1"), ("Bath", "BA1"), ("Leeds", "LS6")], ["Church Lane", "Queen Street", "Albert Road"]),
}
NZ_PLACES = [
    ("Frankton", "9300"),
    ("Arrowtown", "9302"),
    ("Queenstown", "9300"),
    ("Cromwell", "9310"),
    ("Wānaka", "9305"),
    ("Lake Hayes", "9304"),
    ("Kelvin Heights", "9300"),
    ("Fernhill", "9300"),
    ("Arthurs Point", "9371"),
    ("Jacks Point", "9371"),
]
NZ_STREETS = [
    "Gorge Road",
    "Frankton Road",
    "Fernhill Road",
    "Buckingham Street",
    "Lake Avenue",
    "Hansen Road",
    "Peninsula Road",
    "Centennial Avenue",
    "McBride Street",
    "Erskine Street",
]
#: (city, state, ZIP prefix)
US_PLACES = [
    ("TULSA", "OK", "741"),
    ("BROKEN ARROW", "OK", "740"),
    ("OWASSO", "OK", "740"),
    ("SAND SPRINGS", "OK", "740"),
    ("BIXBY", "OK", "740"),
    ("CLAREMORE", "OK", "740"),
    ("JOPLIN", "MO", "648"),
    ("FORT SMITH", "AR", "729"),
    ("WICHITA", "KS", "672"),
    ("MUSKOGEE", "OK", "744"),
]
US_STREETS = [
    "E 71ST ST",
    "S MEMORIAL DR",
    "N GARNETT RD",
    "W KENOSHA ST",
    "S SHERIDAN RD",
    "E 11TH ST",
    "RIVERSIDE PKWY",
    "N ASPEN AVE",
    "W RENO AVE",
    "S YALE AVE",
    "CHERRY ST",
    "OLD HWY 88",
]
#: (town, postcode prefix, state)
MY_PLACES = [
    ("Kuala Lumpur", "50", "WP Kuala Lumpur"),
    ("Kuala Lumpur", "56", "WP Kuala Lumpur"),
    ("Petaling Jaya", "46", "Selangor"),
    ("Shah Alam", "40", "Selangor"),
    ("Subang Jaya", "47", "Selangor"),
    ("Johor Bahru", "80", "Johor"),
    ("George Town", "10", "Pulau Pinang"),
    ("Ipoh", "30", "Perak"),
    ("Kota Kinabalu", "88", "Sabah"),
    ("Kuching", "93", "Sarawak"),
    ("Seremban", "70", "Negeri Sembilan"),
]
MY_STREETS = [
    "Jalan SS 2/24",
    "Jalan Ampang Hilir",
    "Lorong Maarof",
    "Jalan Tun Razak",
    "Persiaran Kayangan",
    "Jalan Bukit Bintang",
    "Jalan Kuchai Lama",
    "Lebuh Pantai",
    "Jalan Setia Bakti",
    "Jalan PJU 7/3",
]
#: NRIC place-of-birth codes of Malaysian states
MY_BIRTHPLACES = ["01", "02", "04", "05", "06", "07", "08", "10", "12", "13", "14"]
SG_STREETS = [
    "Ang Mo Kio Ave 3",
    "Tampines St 81",
    "Jurong West St 52",
    "Bedok North Rd",
    "Toa Payoh Lor 1",
    "Punggol Field",
    "Sengkang East Way",
    "Bukit Batok West Ave 6",
    "Yishun Ring Rd",
    "Clementi Ave 4",
]
FR_PLACES = [
    ("Lyon", "69003"),
    ("Marseille", "13006"),
    ("Paris", "75011"),
    ("Grenoble", "38000"),
    ("Toulouse", "31000"),
    ("Aix-en-Provence", "13100"),
    ("Montpellier", "34000"),
    ("Antibes", "06600"),
    ("Cannes", "06400"),
    ("Menton", "06500"),
    ("Strasbourg", "67000"),
    ("Lille", "59000"),
]
FR_STREETS = [
    "rue de France",
    "boulevard Gambetta",
    "avenue Jean Médecin",
    "rue Pastorelli",
    "chemin de Saint-Pierre",
    "rue Bonaparte",
    "avenue des Arènes",
    "impasse des Oliviers",
    "rue du Château",
    "allée des Pins",
]
#: Italian guests of the Nice hotel
IT_PLACES = [("Torino", "10121"), ("Sanremo", "18038"), ("Genova", "16121"), ("Milano", "20121")]
IT_STREETS = ["Via Roma", "Corso Garibaldi", "Via Mazzini", "Via Cavour"]
PT_PLACES = [
    ("Funchal", "9000"),
    ("Funchal", "9050"),
    ("Câmara de Lobos", "9300"),
    ("Santa Cruz", "9100"),
    ("Machico", "9200"),
    ("Lisboa", "1000"),
    ("Porto", "4000"),
    ("Braga", "4700"),
    ("Coimbra", "3000"),
    ("Faro", "8000"),
    ("Aveiro", "3800"),
]
PT_STREETS = [
    "Rua da Carreira",
    "Caminho do Monte",
    "Rua do Bom Jesus",
    "Travessa do Largo",
    "Avenida do Infante",
    "Estrada Monumental",
    "Rua de Santa Maria",
    "Rua Direita",
    "Avenida da Liberdade",
    "Rua das Flores",
]
#: (town, postcode) of the Polish guests
PL_PLACES = [
    ("Kraków", "30-"),
    ("Kraków", "31-"),
    ("Warszawa", "00-"),
    ("Katowice", "40-"),
    ("Nowy Targ", "34-400"),
    ("Zakopane", "34-500"),
    ("Łódź", "90-"),
    ("Poznań", "60-"),
    ("Wrocław", "50-"),
    ("Rzeszów", "35-"),
    ("Gdańsk", "80-"),
    ("Bielsko-Biała", "43-"),
]
PL_STREETS = [
    "ul. Krupówki",
    "ul. Kościuszki",
    "ul. Piłsudskiego",
    "ul. Mickiewicza",
    "ul. Długa",
    "ul. Lipowa",
    "ul. Zamoyskiego",
    "ul. Ogrodowa",
    "al. Jana Pawła II",
    "ul. Tatrzańska",
    "ul. Słoneczna",
]
#: (town, postcode, street) of the Zakopane hotel's guests from abroad
PL_FOREIGN = {
    "ua": (
        "UA",
        [("Lviv", "79000"), ("Kyiv", "01001"), ("Ternopil", "46000")],
        ["vul. Shevchenka", "vul. Franka", "prosp. Svobody"],
    ),
    "cz": (
        "CZ",
        [("Ostrava", "702 00"), ("Brno", "602 00"), ("Praha", "110 00")],
        ["Nádražní", "Masarykova", "Husova"],
    ),
}
DK_PLACES = [
    ("Billund", "7190"),
    ("Vejle", "7100"),
    ("Kolding", "6000"),
    ("Horsens", "8700"),
    ("Aarhus C", "8000"),
    ("Esbjerg", "6700"),
    ("Herning", "7400"),
    ("Fredericia", "7000"),
    ("Give", "7323"),
    ("Grindsted", "7200"),
    ("Odense C", "5000"),
]
DK_STREETS = [
    "Hovedgaden",
    "Skolevej",
    "Vejlevej",
    "Grønnegade",
    "Kirkevej",
    "Nørregade",
    "Engvej",
    "Stationsvej",
    "Birkealle",
    "Søndergade",
]
DE_PLACES = [("Flensburg", "24937"), ("Kiel", "24103"), ("Hamburg", "22767"), ("Lübeck", "23552")]
DE_STREETS = ["Hafenstraße", "Holstenstraße", "Lindenallee", "Am Markt"]
#: (province, district, postcode prefix)
TR_PLACES = [
    ("İzmir", "Karşıyaka", "355"),
    ("İzmir", "Bornova", "350"),
    ("İzmir", "Buca", "353"),
    ("İzmir", "Çiğli", "356"),
    ("Manisa", "Yunusemre", "451"),
    ("Aydın", "Efeler", "091"),
    ("İstanbul", "Kadıköy", "347"),
    ("Ankara", "Çankaya", "066"),
    ("Denizli", "Pamukkale", "200"),
    ("Muğla", "Bodrum", "484"),
]
TR_STREETS = [
    "Atatürk Cad.",
    "Cemal Gürsel Cad.",
    "Kıbrıs Şehitleri Cad.",
    "Mustafa Kemal Sahil Blv.",
    "Girne Blv.",
    "Yeşillik Cad.",
    "Ankara Cad.",
    "Gazi Blv.",
    "Menderes Cad.",
    "Şehitler Cad.",
]
#: (town, postcode prefix) of Greek renters
GR_PLACES = [
    ("Ηράκλειο", "71"),
    ("Ηράκλειο", "71"),
    ("Χανιά", "731"),
    ("Ρέθυμνο", "741"),
    ("Αθήνα", "104"),
    ("Θεσσαλονίκη", "546"),
    ("Πάτρα", "262"),
    ("Λάρισα", "412"),
    ("Άγιος Νικόλαος", "721"),
    ("Ιεράπετρα", "722"),
]
GR_STREETS = [
    "Λεωφόρος Κνωσού",
    "Οδός 25ης Αυγούστου",
    "Οδός Έβανς",
    "Λεωφόρος Ικάρου",
    "Οδός Καλοκαιρινού",
    "Οδός Μεγάλου Αλεξάνδρου",
    "Οδός Ερμού",
    "Οδός Αγίας Τριάδας",
    "Οδός Δημοκρατίας",
    "Οδός Ελευθερίας",
]
#: foreign renters in Crete: country -> (town, postcode, street)
GR_FOREIGN = {
    "de": (
        "DE",
        [("Düsseldorf", "40213"), ("Bremen", "28195"), ("Dresden", "01067")],
        ["Königsallee", "Schlossstraße", "Ringstraße"],
    ),
    "pl": (
        "PL",
        [("Kraków", "31-042"), ("Poznań", "61-772"), ("Lublin", "20-001")],
        ["ul. Floriańska", "ul. Grunwaldzka", "ul. Krakowskie Przedmieście"],
    ),
    "fr": (
        "FR",
        [("Nancy", "54000"), ("Dijon", "21000"), ("Tours", "37000")],
        ["rue Saint-Jean", "rue Nationale", "boulevard Carnot"],
    ),
}
#: (town, postcode prefix)
RU_PLACES = [
    ("Сочи", "3540"),
    ("Сочи", "3543"),
    ("Сочи", "3542"),
    ("Туапсе", "3528"),
    ("Краснодар", "3500"),
    ("Горячий Ключ", "3532"),
    ("Анапа", "3534"),
    ("Майкоп", "3850"),
    ("Армавир", "3529"),
    ("Новороссийск", "3539"),
]
RU_STREETS = [
    "ул. Навагинская",
    "Курортный проспект",
    "ул. Войкова",
    "ул. Горького",
    "ул. Труда",
    "ул. Кирова",
    "ул. Ленина",
    "ул. Демократическая",
    "ул. Красная",
    "ул. Пластунская",
    "ул. Виноградная",
]


def street_of(g: Gen, streets: list[str], lang: str) -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(1, 180)
    if lang in ("gb", "au", "nz", "ca"):
        return f"{n} {s}"
    if lang == "us":
        return f"{g.rnd.randint(100, 19_999)} {s}"
    if lang in ("fr",):
        return f"{n} {s}"
    if lang in ("de", "da", "pl", "cz", "ua", "nl", "it"):
        return f"{s} {n}"
    if lang == "pt":
        return f"{s}, {n}"
    if lang == "my":
        return f"No. {n}, {s}"
    if lang == "sg":
        return f"Blk {g.rnd.randint(101, 899)} {s} #{g.rnd.randint(2, 25):02d}-{g.rnd.randint(1, 400)}"
    if lang == "in":
        return f"{g.rnd.choice(['H.No.', 'Plot', 'Flat'])} {n}, {s}"
    if lang == "tr":
        return f"{s} No:{n} D:{g.rnd.randint(1, 20)}"
    if lang == "el":
        return f"{s} {n}"
    if lang == "ru":
        return f"{s}, д. {n}, кв. {g.rnd.randint(1, 240)}"
    return f"{n} {s}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn(g: Gen) -> str:
    return g.valid(
        lambda: f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}", _ssn.is_valid
    )


def us_ssn_decoy(g: Gen) -> str:
    """Nine digits starting with 9 (never a valid SSN): a damage claim number."""
    return "9" + g.digits(8)


def aadhaar(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}"


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (a guest registration card number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def pan(g: Gen, family: str) -> str:
    initial = (plain(family)[:1] or "X").upper()
    return g.valid(lambda: g.code("AAA") + "P" + initial + g.digits(4) + g.code("A"), _pan.is_valid)


def gstin(g: Gen, state: str = "08") -> str:
    alphabet = string.digits + string.ascii_uppercase

    def make() -> str:
        body = state + g.code("AAA") + "C" + g.code("A") + g.digits(4) + g.code("A") + "1Z"
        return body + luhn.calc_check_digit(body, alphabet=alphabet)

    return g.valid(make, _gstin.is_valid)


def ird(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(10, 149)) + g.digits(6), _ird.is_valid)
    return _ird.format(d)


def ird_decoy(g: Gen) -> str:
    """Nine digits written like an IRD number and failing its check (an employee number)."""
    d = g.valid(lambda: str(g.rnd.randint(100, 149)) + g.digits(6), lambda x: not _ird.is_valid(x))
    return f"{d[:3]}-{d[3:6]}-{d[6:]}"


def nz_bank_account(g: Gen) -> str:
    def make() -> str:
        bank, branch = g.rnd.choice(
            [
                ("01", "0102"),
                ("01", "0113"),
                ("12", "3150"),
                ("06", "0901"),
                ("02", "0500"),
                ("03", "1702"),
                ("38", "9000"),
            ]
        )
        return f"{bank}-{branch}-{g.digits(7)}-{g.rnd.choice(['00', '01', '02', '25'])}"

    return g.valid(make, _nzbank.is_valid)


def nric_my(g: Gen, born: date) -> str:
    """A MyKad number encoding ``born`` and a Malaysian state of birth."""

    def make() -> str:
        return f"{born.year % 100:02d}{born.month:02d}{born.day:02d}-{g.rnd.choice(MY_BIRTHPLACES)}-{g.digits(4)}"

    value = g.valid(make, _nric.is_valid)
    assert _nric.get_birth_date(value).replace(year=born.year) == born
    return value


def nric_my_decoy(g: Gen) -> str:
    """Twelve digits written like a MyKad number whose date cannot exist (a loyalty card number)."""
    return f"{g.rnd.randint(10, 99)}{g.rnd.randint(13, 19)}{g.rnd.randint(32, 39)}-{g.digits(2)}-{g.digits(4)}"


_SG_ST = "JZIHGFEDCBA"
_SG_FG = "XWUTRQPNMLK"


def sg_check(prefix: str, body: str) -> str:
    total = sum(int(d) * w for d, w in zip(body, (2, 7, 6, 5, 4, 3, 2)))
    if prefix in "TG":
        total += 4
    return (_SG_ST if prefix in "ST" else _SG_FG)[total % 11]


def sg_nric_is_valid(value: str) -> bool:
    """Whether ``value`` is a Singapore NRIC or FIN (S, T, F or G, seven digits, the check letter)."""
    value = value.strip().upper()
    return (
        len(value) == 9 and value[0] in "STFG" and value[1:8].isdigit() and sg_check(value[0], value[1:8]) == value[8]
    )


def sg_nric(g: Gen, born: date, foreign: bool) -> str:
    prefix = ("G" if born.year >= 2000 else "F") if foreign else ("T" if born.year >= 2000 else "S")
    body = (f"{born.year % 100:02d}" + g.digits(5)) if not foreign and born.year >= 1968 else g.digits(7)
    return prefix + body + sg_check(prefix, body)


def sg_nric_decoy(g: Gen) -> str:
    """An S-number with a wrong check letter (a service case id)."""
    body = g.digits(7)
    good = sg_check("S", body)
    return "S" + body + g.rnd.choice([ch for ch in _SG_ST if ch != good])


def nif_pt(g: Gen, company: bool = False) -> str:
    first = "5" if company else g.rnd.choice("123")
    body = first + g.digits(7)
    value = body + _nif.calc_check_digit(body)
    assert _nif.is_valid(value)
    return value


def nif_pt_decoy(g: Gen) -> str:
    """Nine digits starting like a personal NIF and failing its check (a complaint number)."""
    return g.valid(lambda: g.rnd.choice("123") + g.digits(8), lambda x: not _nif.is_valid(x))


def cc_pt(g: Gen) -> str:
    """A Cartão de Cidadão document number (civil number, its check digit, version letters, check digit)."""
    civil = g.digits(8)
    civil_check = str((11 - sum(int(d) * (9 - i) for i, d in enumerate(civil)) % 11) % 10)
    body = civil + civil_check + g.rnd.choice(["ZZ", "ZY", "ZX", "ZW"])
    value = body + _cc.calc_check_digit(body)
    assert _cc.is_valid(value)
    return _cc.format(value)


def pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    serial = g.digits(3) + str(g.rnd.choice("02468" if female else "13579"))
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial}"
    value = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(value) and _pesel.get_birth_date(value) == born
    return value


def pesel_decoy(g: Gen) -> str:
    """Eleven digits failing the PESEL check (a reservation number)."""
    return g.valid(lambda: "2" + g.digits(10), lambda x: not _pesel.is_valid(x))


_PL_ID_WEIGHTS = (7, 3, 1, 9, 7, 3, 1, 7, 3)


def _pl_value(ch: str) -> int:
    return int(ch) if ch.isdigit() else ord(ch) - 55


def pl_id_card_is_valid(value: str) -> bool:
    """Whether ``value`` is a Polish identity card number (three letters, a check digit, five digits)."""
    value = value.replace(" ", "").upper()
    if len(value) != 9 or not value[:3].isalpha() or not value[3:].isdigit():
        return False
    return sum(_pl_value(ch) * w for ch, w in zip(value, _PL_ID_WEIGHTS)) % 10 == 0


def pl_id_card(g: Gen) -> str:
    series = g.rnd.choice(["A", "C", "D"]) + g.code("AA")
    tail = g.digits(5)
    # the weights 7 3 1 7 3 1 7 3 over the other eight characters, modulo 10 (so that with the check digit's weight
    # 9 the whole sum is 0 modulo 10)
    check = sum(_pl_value(ch) * w for ch, w in zip(series + "0" + tail, _PL_ID_WEIGHTS)) % 10
    value = f"{series}{check}{tail}"
    assert pl_id_card_is_valid(value)
    return value


def nip_pl(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(9), _nip.is_valid)
    return f"{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:]}"


def cpr(g: Gen, born: date) -> str:
    seventh = g.rnd.choice("0123") if born.year < 2000 else g.rnd.choice("4")
    value = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}-{seventh}{g.digits(3)}"
    assert _cpr.is_valid(value) and _cpr.get_birth_date(value) == born
    return value


def cpr_decoy(g: Gen) -> str:
    """Ten digits written like a CPR number whose date cannot exist (a damage report number)."""
    return f"{g.rnd.randint(32, 39)}{g.rnd.randint(13, 19)}{g.digits(2)}-{g.digits(4)}"


def cvr(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(7), _cvr.is_valid)


def tckimlik(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    value = body + _tckimlik.calc_check_digits(body)
    assert _tckimlik.is_valid(value)
    return value


def tckimlik_decoy(g: Gen) -> str:
    """Eleven digits failing the T.C. kimlik check (a member number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _tckimlik.is_valid(x))


def vkn(g: Gen) -> str:
    return g.valid(lambda: g.digits(10), _vkn.is_valid)


def afm(g: Gen, company: bool = False) -> str:
    body = (g.rnd.choice(["09", "80", "99"]) if company else g.rnd.choice(["0", "1"]) + g.digits(1)) + g.digits(6)
    value = body + _afm.calc_check_digit(body)
    assert _afm.is_valid(value)
    return value


def afm_decoy(g: Gen) -> str:
    """Nine digits failing the ΑΦΜ check (a rental agreement number)."""
    return g.valid(lambda: g.rnd.choice("01") + g.digits(8), lambda x: not _afm.is_valid(x))


def gr_id_card(g: Gen) -> str:
    """A Greek police identity card number (two Greek capitals and six digits; no check digit)."""
    return g.rnd.choice("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ") + g.rnd.choice("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ") + " " + g.digits(6)


def snils_check(body: str) -> str:
    total = sum(int(d) * (9 - i) for i, d in enumerate(body))
    if total > 101:
        total %= 101
    return "00" if total in (100, 101) else f"{total:02d}"


def snils_is_valid(value: str) -> bool:
    """Whether ``value`` is a Russian SNILS (nine digits and two check digits)."""
    d = "".join(ch for ch in value if ch.isdigit())
    return len(d) == 11 and d[:9] > "001001998" and snils_check(d[:9]) == d[9:]


def snils(g: Gen) -> str:
    body = g.valid(lambda: g.digits(9), lambda b: b > "001001998")
    d = body + snils_check(body)
    assert snils_is_valid(d)
    return f"{d[:3]}-{d[3:6]}-{d[6:9]} {d[9:]}"


def snils_decoy(g: Gen) -> str:
    """Eleven digits written like a SNILS and failing its check (a personnel number)."""
    d = g.valid(lambda: "1" + g.digits(10), lambda x: not snils_is_valid(x))
    return f"{d[:3]}-{d[3:6]}-{d[6:9]} {d[9:]}"


def inn_personal(g: Gen) -> str:
    body = g.rnd.choice(["23", "23", "01", "61"]) + g.digits(8)
    value = body + _inn.calc_personal_check_digits(body)
    assert _inn.is_valid(value)
    return value


def inn_company(g: Gen) -> str:
    body = "23" + g.digits(7)
    value = body + _inn.calc_company_check_digit(body)
    assert _inn.is_valid(value)
    return value


def ru_passport(g: Gen) -> str:
    return f"{g.rnd.choice(['03', '60', '01', '07'])} {g.rnd.randint(0, 24):02d} {g.digits(6)}"


def abn(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _abn.is_valid)


def ca_bn(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(8), _bn.is_valid)


def sin_decoy(g: Gen) -> str:
    """Nine digits spaced like a SIN and failing the Luhn check (a rental agreement number)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 7)) + g.digits(8), lambda x: not luhn.is_valid(x))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def gb_vat(g: Gen) -> str:
    return "GB" + g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(8), _gbvat.is_valid)


def uen(g: Gen) -> str:
    def make() -> str:
        body = str(g.rnd.randint(1995, 2022)) + g.digits(5)
        return body + _uen.calc_local_company_check_digit(body)

    return g.valid(make, _uen.is_valid)


def siret(g: Gen) -> str:
    siren = g.valid(lambda: str(g.rnd.randint(3, 9)) + g.digits(8), luhn.is_valid)
    return g.valid(lambda: siren + g.digits(5), _siret.is_valid)


def nir_shaped_decoy(g: Gen) -> str:
    """Fifteen digits starting like a NIR whose key does not match (a reservation file number)."""
    body = g.rnd.choice("12") + g.digits(12)
    good = 97 - int(body) % 97
    return body + f"{(good + g.rnd.randint(1, 90)) % 97 + 1:02d}"


def nir_key_matches(value: str) -> bool:
    return value.isdigit() and len(value) == 15 and 97 - int(value[:13]) % 97 == int(value[13:])


def luhn_card(g: Gen, brand: str) -> str:
    prefix, length = {
        "visa": (g.rnd.choice(["4", "4", "49", "45"]), 16),
        "mc": (g.rnd.choice(["51", "53", "55", "2221", "2720"]), 16),
        "amex": (g.rnd.choice(["34", "37"]), 15),
        "mir": ("220" + g.rnd.choice("0124"), 16),
    }[brand]
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def card(g: Gen, brands: tuple[str, ...] = ("visa", "visa", "mc", "amex"), spaced: float = 0.3) -> str:
    number = luhn_card(g, g.rnd.choice(brands))
    if g.rnd.random() < spaced and len(number) == 16:
        return " ".join(number[i : i + 4] for i in range(0, 16, 4))
    return number


def luhn_decoy(g: Gen, n: int, first: str = "6") -> str:
    """``n`` digits failing the Luhn check (a gift voucher number shaped like a card)."""
    return g.valid(lambda: first + g.digits(n - 1), lambda x: not luhn.is_valid(x))


def luhn_number(g: Gen, n: int, first: str = "8") -> str:
    body = first + g.digits(n - len(first) - 1)
    return body + luhn.calc_check_digit(body)


_IBAN_BBAN = {
    "PT": "99999999999999999999 9",
    "GB": "AAAA99999999999999",
    "DE": "999999999999999999",
    "FR": "9999999999ZZZZZZZZZZZ99",
    "PL": "999999999999999999999999",
    "ES": "99999999999999999999",
    "DK": "99999999999999",
    "GR": "9999999ZZZZZZZZZZZZZZZZ",
    "NL": "AAAA9999999999",
    "IE": "AAAA99999999999999",
    "TR": "99999 0ZZZZZZZZZZZZZZZZ",
}


def iban(g: Gen, country: str, spaced: float = 0.5) -> str:
    def make() -> str:
        bban = g.code(_IBAN_BBAN[country].replace(" ", ""))
        if country == "PT":
            bban = g.rnd.choice(["0035", "0007", "0033", "0036", "0010"]) + bban[4:]
        numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
        return f"{country}{98 - int(numeric) % 97:02d}{bban}"

    value = g.valid(make, _iban.is_valid)
    if g.rnd.random() < spaced:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def nrb(g: Gen) -> str:
    """A Polish NRB (the IBAN without ``PL``), spaced as Polish banks print it."""
    value = iban(g, "PL", 0.0)[2:]
    return value[:2] + " " + " ".join(value[i : i + 4] for i in range(2, len(value), 4))


_VIN_MAP = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9))),
    **dict(zip("JKLMN", range(1, 6))),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10))),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_is_valid(value: str) -> bool:
    """Whether ``value`` is a 17-character VIN whose ninth character is its North American check character."""
    value = value.strip().upper()
    if len(value) != 17 or any(ch not in _VIN_MAP for ch in value):
        return False
    total = sum(_VIN_MAP[ch] * w for ch, w in zip(value, _VIN_WEIGHTS)) % 11
    return value[8] == ("X" if total == 10 else str(total))


def vin(g: Gen, wmi: str) -> str:
    body = (
        wmi
        + "".join(g.rnd.choice(_VIN_CHARS) for _ in range(5))
        + "0"
        + g.rnd.choice("MNPRS")
        + g.rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
        + g.digits(6)
    )
    total = sum(_VIN_MAP[ch] * w for ch, w in zip(body, _VIN_WEIGHTS)) % 11
    value = body[:8] + ("X" if total == 10 else str(total)) + body[9:]
    assert vin_is_valid(value)
    return value


#: passport numbers by their shape (no public check digit), by issuing country
PASSPORT_LAYOUTS = {
    "DE": "CZZZZZZZZ",
    "NL": "AAZZZZZZ9",
    "FR": "99AA99999",
    "US": "A99999999",
    "GB": "999999999",
    "IE": "AA9999999",
    "PL": "AA9999999",
    "UA": "AA999999",
    "CZ": "99999999",
    "AU": "PA9999999",
    "MY": "A99999999",
    "ID": "A9999999",
    "IN": "A9999999",
    "CN": "E99999999",
    "IT": "YA9999999",
    "PT": "A999999",
    "SE": "99999999",
    "KR": "M99999999",
    "JP": "TZ9999999",
}


def passport(g: Gen, country: str) -> str:
    layout = PASSPORT_LAYOUTS[country]
    value = g.code(layout)
    if country == "DE":
        value = "C" + "".join(g.rnd.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    return value


def ontario_dl(g: Gen, family: str) -> str:
    initial = (plain(family)[:1] or "X").upper()
    return f"{initial}{g.digits(4)}-{g.digits(5)}-{g.digits(5)}"


def quebec_dl(g: Gen, family: str) -> str:
    initial = (plain(family)[:1] or "X").upper()
    return f"{initial}{g.digits(4)}-{g.digits(6)}-{g.digits(2)}"


def us_dl(g: Gen, state: str) -> str:
    return {
        "OK": lambda: g.code("A999999999"),
        "MO": lambda: g.code("A999999999"),
        "AR": lambda: "9" + g.digits(8),
        "KS": lambda: "K" + g.digits(8),
    }[state]()


def nz_dl(g: Gen) -> str:
    return g.code("AA999999")


def dk_dl(g: Gen) -> str:
    return g.digits(8)


def de_dl(g: Gen) -> str:
    return g.code("ZZZZZZZZZZZ")


def gr_dl(g: Gen) -> str:
    return g.digits(9)


def pl_dl(g: Gen) -> str:
    return f"{g.digits(5)}/{g.digits(2)}/{g.digits(4)}"


def fr_dl(g: Gen) -> str:
    return g.code("99AA99999") + g.digits(3)
