"""Values of held-out set v141 (:mod:`benchmarks.classification.heldout_v141`): v141's random source, and names,
streets, towns, postal codes, institutions and free-text snippets written by hand for v141's university and
student-administration systems (no Faker, no list of real people, no breach data), phones checked with phonenumbers
and identifiers with check digits computed here and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers follow v98's; the lists below are new.
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
from stdnum.ca import sin as _sin
from stdnum.cz import rc as _rc
from stdnum.de import idnr as _idnr
from stdnum.es import dni as _dni
from stdnum.fr import nif as _nif
from stdnum.fr import nir as _nir
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _afm
from stdnum.ie import pps as _pps
from stdnum.iso7064 import mod_11_10
from stdnum.it import codicefiscale as _cf
from stdnum.jp import in_ as _mynumber
from stdnum.ke import pin as _kra
from stdnum.my import nric as _nric
from stdnum.pl import pesel as _pesel
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 141_604_2026
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v141's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "?", "nil", "Nil",
    "0", "k.A.", "keine", "néant", "RAS", "nessuna", "brak", "nic", "není", "—", "καμία", "-/-", "なし", "特になし",
    "未記入")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v141:{SEED}:{table}")
        #: area codes of this table's US phones
        self.us_areas = US_AREAS["MT"]

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

    def version(self) -> str:
        return f"{self.rnd.randint(1, 9)}.{self.rnd.randint(0, 24)}.{self.rnd.randint(0, 40)}"

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        # keep only the leading digit of the example (its length varies by region); the rest is drawn and the draw
        # kept when phonenumbers finds a valid number of the asked type in the region
        lengths = [len(nsn)] + ([len(nsn) - 1, len(nsn) + 1, len(nsn) + 2] if region in ("DE", "IE", "JP") else [])
        wanted = {kind, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}

        def make() -> str:
            if region == "US":
                return self.rnd.choice(self.us_areas) + str(self.rnd.randint(2, 9)) + self.digits(6)
            if region == "CA":
                return self.rnd.choice(CA_AREAS) + str(self.rnd.randint(2, 9)) + self.digits(6)
            head = nsn[:1] if mobile else FIXED_PREFIX.get(region, nsn[:1])
            return head + self.digits(self.rnd.choice(lengths) - len(head))

        def ok(candidate: str) -> bool:
            number = phonenumbers.parse(f"+{example.country_code}{candidate}")
            return (phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region
                    and (region in ("US", "CA") or phonenumbers.number_type(number) in wanted))

        number = phonenumbers.parse(f"+{example.country_code}{self.valid(make, ok)}")
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
        if fmt == "dots" and region in ("US", "CA"):
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:3]}.{d[3:6]}.{d[6:]}"
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


US_AREAS = {"MT": ["406"], "MS": ["601", "662", "228", "769"]}
#: region -> the area code of the tables' towns, for landlines (Edinburgh, Nairobi, Melbourne, Kuala Lumpur, Cork,
#: Würzburg, Besançon, Pavia, Wrocław, Brno, Thessaloniki, Sendai)
FIXED_PREFIX = {"GB": "131", "KE": "20", "AU": "3", "MY": "3", "IE": "21", "DE": "931", "FR": "381", "IT": "0382",
                "PL": "71", "CZ": "54", "GR": "231", "JP": "22"}
CA_AREAS = ["902", "782"]

# -- names (written for v141) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names); a family name is a string, or a (male, female)
#: pair where the language inflects it
NAMES: dict[str, tuple[list[str], list[str], list[Any]]] = {
    "us": (["Bridger", "Colton", "Dakota", "Jalen", "Tavion", "Rafael", "Ezekiel", "Kyler", "Demarcus", "Nolan",
            "Hieu", "Ravi", "Caleb", "Wyatt"],
           ["Kaylee", "Shaniqua", "Madison", "Harper", "Yaretzi", "Brynn", "Keziah", "Lakeisha", "Aubree", "Thuy",
            "Meadow", "Kinsley", "Anjali", "Oaklynn"],
           ["Bigcrow", "Thibodeaux", "Vandersloot", "Pettigrew", "Runningwolf", "Lindgren", "McAlister", "Dupree",
            "Espinoza", "Kittredge", "Stoltzfus", "Honeycutt", "Ngata", "Brashear", "Oyelaran", "Gustafsen"]),
    "gb": (["Euan", "Fraser", "Calum", "Struan", "Ruaridh", "Hamish", "Alasdair", "Kenzie"],
           ["Eilidh", "Catriona", "Kirsty", "Morven", "Iona", "Mhairi", "Ailsa", "Shona"],
           ["MacLeod", "Drummond", "Lennox", "Urquhart", "Buchanan", "Dalgleish", "Kinnear", "Sutherland", "Munro",
            "Galbraith"]),
    "ca": (["Angus", "Rémi", "Landon", "Caelan", "Mi-Sun", "Donald", "Aidan", "Oluwadamilare", "Théo", "Blair"],
           ["Ainslie", "Chloé", "Maggie", "Mairi", "Kenzie", "Priya", "Sadie", "Josée", "Tessa", "Nasrin"],
           ["MacIsaac", "LeBlanc", "Chisholm", "Doucet", "Sampson-Paul", "MacNeil", "Comeau", "Fougère", "Sheppard",
            "Boudreau-Landry", "MacGillivray", "Rafuse", "Cormier", "Baghdadi"]),
    "ke": (["Kipchoge", "Otieno", "Mwangi", "Kiprotich", "Wafula", "Njoroge", "Ochieng", "Kamau", "Barasa", "Mutua",
            "Abdirahman", "Kibet"],
           ["Wanjiru", "Achieng", "Chebet", "Nyambura", "Akinyi", "Wairimu", "Jepkosgei", "Mwikali", "Nekesa",
            "Fatuma", "Muthoni", "Adhiambo"],
           ["Kariuki", "Odhiambo", "Cheruiyot", "Wekesa", "Ndung'u", "Onyango", "Kimani", "Mutiso", "Rotich",
            "Omondi", "Njeri", "Kiplagat", "Makokha", "Hassan"]),
    "au": (["Lachlan", "Hamish", "Nguyen", "Cooper", "Harrison", "Arjun", "Koa", "Jaxon", "Eamon", "Mitchell"],
           ["Matilda", "Sienna", "Mei", "Charlotte", "Indigo", "Aanya", "Tahlia", "Georgia", "Imogen", "Ruby"],
           ["Fitzgerald", "Papadakis", "Tran", "O'Loughlin", "Bianchi", "Nakamura", "Whitlam-Hayes", "Patel",
            "McKellar", "Vo", "Kowalski", "Gorringe", "Ashdown"]),
    "ie": (["Cillian", "Donnacha", "Éanna", "Ciarán", "Pádraig", "Senan", "Diarmuid", "Fionn"],
           ["Caoimhe", "Síofra", "Aisling", "Niamh", "Laoise", "Éabha", "Muireann", "Deirbhile"],
           ["Ó Murchú", "Cronin", "McSweeney", "Ní Loingsigh", "Crowley", "O'Donovan", "Lehane", "Buckley",
            "Ó Briain", "Hegarty", "Twomey", "Desmond"]),
    "de": (["Moritz", "Jonas", "Finn", "Leon", "Mehmet", "Constantin", "Niklas", "Tobias", "Vincent", "Lennart"],
           ["Lea", "Johanna", "Annika", "Selin", "Charlotte", "Pia", "Franziska", "Lina", "Theresa", "Nele"],
           ["Schäfer", "Hofmann", "Kaiser", "Wendler", "Özdemir", "Fleischmann", "Zimmermann", "Bauer", "Riedl",
            "Lindner", "Seufert", "Kowalczyk", "Hartung", "Oberndorfer"]),
    "fr": (["Baptiste", "Quentin", "Théo", "Mathis", "Rayan", "Valentin", "Corentin", "Hugo", "Maxime", "Adrien"],
           ["Clémence", "Manon", "Inès", "Lucie", "Camille", "Margaux", "Salomé", "Chloé", "Romane", "Léa"],
           ["Girardot", "Vuillemin", "Monnier", "Perrin", "Bourgeois", "Cuenot", "Guyot", "Jeunet", "Belkacem",
            "Faivre", "Courvoisier", "Mougin", "Tissot", "Lambert"]),
    "it": (["Lorenzo", "Mattia", "Riccardo", "Tommaso", "Gabriele", "Federico", "Alessandro", "Davide", "Pietro",
            "Edoardo"],
           ["Giulia", "Chiara", "Martina", "Sofia", "Beatrice", "Alessia", "Francesca", "Elisa", "Aurora", "Greta"],
           ["Bassi", "Ferrari", "Colombo", "Galli", "Brambilla", "Rossetti", "Sacchi", "Lombardi", "Pozzi", "Beretta",
            "Cattaneo", "Moretti", "Vitale", "Fumagalli"]),
    "es": (["Álvaro", "Iker", "Pablo", "Sergio", "Unai", "Hugo"],
           ["Lucía", "Nerea", "Ainhoa", "Carmen", "Irene", "Paula"],
           ["García Ortega", "Etxeberria", "Fernández", "Navarro Gil", "Iglesias", "Martín Pardo"]),
    "pl": (["Jakub", "Kacper", "Szymon", "Mateusz", "Bartosz", "Filip", "Wiktor", "Michał", "Dawid", "Igor"],
           ["Zuzanna", "Julia", "Maja", "Natalia", "Aleksandra", "Wiktoria", "Oliwia", "Karolina", "Magdalena",
            "Hanna"],
           [("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"), ("Zieliński", "Zielińska"),
            ("Dąbrowski", "Dąbrowska"), ("Nowak", "Nowak"), ("Wójcik", "Wójcik"), ("Kamiński", "Kamińska"),
            ("Lewandowski", "Lewandowska"), ("Szymczak", "Szymczak"), ("Pawlak", "Pawlak"), ("Sobczyk", "Sobczyk"),
            ("Grabowski", "Grabowska"), ("Jabłoński", "Jabłońska"), ("Krawczyk", "Krawczyk")]),
    "cs": (["Jakub", "Vojtěch", "Ondřej", "Tomáš", "Matěj", "Lukáš", "Adam", "Filip", "Štěpán", "David"],
           ["Tereza", "Kateřina", "Eliška", "Barbora", "Adéla", "Anna", "Klára", "Veronika", "Natálie", "Markéta"],
           [("Novák", "Nováková"), ("Dvořák", "Dvořáková"), ("Procházka", "Procházková"), ("Kučera", "Kučerová"),
            ("Veselý", "Veselá"), ("Horák", "Horáková"), ("Němec", "Němcová"), ("Pokorný", "Pokorná"),
            ("Marek", "Marková"), ("Pospíšil", "Pospíšilová"), ("Hájek", "Hájková"), ("Kratochvíl", "Kratochvílová"),
            ("Sedláček", "Sedláčková"), ("Zedník", "Zedníková")]),
    "el": (["Γιώργος", "Δημήτρης", "Νικόλαος", "Κωνσταντίνος", "Αθανάσιος", "Χρήστος", "Παναγιώτης", "Στέλιος",
            "Άγγελος", "Ευάγγελος", "Σπύρος", "Μιχάλης"],
           ["Μαρία", "Ελένη", "Κατερίνα", "Βασιλική", "Σοφία", "Δέσποινα", "Χριστίνα", "Αναστασία", "Ευαγγελία",
            "Ιωάννα", "Φωτεινή", "Δήμητρα"],
           [("Παπαδόπουλος", "Παπαδοπούλου"), ("Καραγιάννης", "Καραγιάννη"), ("Τσολάκης", "Τσολάκη"),
            ("Γεωργίου", "Γεωργίου"), ("Οικονόμου", "Οικονόμου"), ("Δημητριάδης", "Δημητριάδου"),
            ("Ζαφειρόπουλος", "Ζαφειροπούλου"), ("Μαυρίδης", "Μαυρίδου"), ("Κουτσούκος", "Κουτσούκου"),
            ("Αλεξίου", "Αλεξίου"), ("Σταυρακάκης", "Σταυρακάκη"), ("Χατζηγεωργίου", "Χατζηγεωργίου"),
            ("Πετρίδης", "Πετρίδου"), ("Λαζαρίδης", "Λαζαρίδου")]),
    "ja": (["健太", "翔", "大翔", "陸", "颯太", "拓真", "悠斗", "直樹", "蒼", "亮介"],
           ["さくら", "葵", "美月", "莉子", "遥", "七海", "楓", "愛梨", "真央", "彩乃"],
           ["佐藤", "鈴木", "菅原", "阿部", "千葉", "及川", "伊藤", "遠藤", "相馬", "庄司", "熊谷", "高橋"]),
}

#: Japanese names in katakana (the kana reading columns)
JA_KANA = {"佐藤": "サトウ", "鈴木": "スズキ", "菅原": "スガワラ", "阿部": "アベ", "千葉": "チバ", "及川": "オイカワ",
           "伊藤": "イトウ", "遠藤": "エンドウ", "相馬": "ソウマ", "庄司": "ショウジ", "熊谷": "クマガイ",
           "高橋": "タカハシ", "健太": "ケンタ", "翔": "ショウ", "大翔": "ヒロト", "陸": "リク", "颯太": "ソウタ",
           "拓真": "タクマ", "悠斗": "ユウト", "直樹": "ナオキ", "蒼": "アオイ", "亮介": "リョウスケ",
           "さくら": "サクラ", "葵": "アオイ", "美月": "ミヅキ", "莉子": "リコ", "遥": "ハルカ", "七海": "ナナミ",
           "楓": "カエデ", "愛梨": "アイリ", "真央": "マオ", "彩乃": "アヤノ"}

#: romanized Japanese and Greek names (their e-mail local parts)
JA_ROMAJI = ["kenta", "sho", "hiroto", "riku", "sota", "takuma", "sakura", "aoi", "mizuki", "riko", "haruka",
             "nanami", "sato", "suzuki", "sugawara", "abe", "chiba", "oikawa", "endo", "kumagai"]
EL_ROMAN = ["gpapadopoulos", "dkaragiannis", "ntsolakis", "mariaoik", "elenidim", "kmavridis", "sofiaz",
            "despoina.p", "xristina.l", "astavrakaki", "vgeorgiou", "ioanna.p", "foteini.x", "spiros.a"]

#: Malaysian whole names (Malay, Chinese and Indian naming)
MY_MALE = ["Muhammad Hafiz", "Ahmad Faris", "Mohd Izzat", "Amirul Hakim", "Danial Haziq"]
MY_FEMALE = ["Nur Aisyah", "Siti Nurhaliza", "Nurul Izzah", "Farah Adlina", "Aina Sofea"]
MY_FATHERS = ["Rahman", "Ismail", "Zulkifli", "Razak", "Hamzah", "Kamarudin", "Azman"]
MY_CHINESE = ["Tan Wei Jie", "Lim Xin Yi", "Ong Kah Seng", "Chong Mei Ling", "Wong Jun Hao", "Lee Hui Min",
              "Ng Zhi Xuan", "Teh Kai Wen", "Yap Shu Fen"]
MY_INDIAN = [("Kavin", "Subramaniam", False), ("Thivya", "Rajendran", True), ("Harish", "Muniandy", False),
             ("Pavithra", "Krishnan", True), ("Sharvin", "Selvaraju", False), ("Keerthana", "Ganesan", True)]


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``."""
    male, fem, fam = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.5
    family = g.rnd.choice(fam)
    if isinstance(family, tuple):
        family = family[1] if female else family[0]
    return g.rnd.choice(fem if female else male), family


def whole(g: Gen, lang: str = "us", female: bool | None = None) -> str:
    a, b = person(g, lang, female)
    if lang == "ja":
        return f"{b} {a}"
    return f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def my_name(g: Gen, female: bool) -> str:
    """A Malaysian whole name: Malay with bin/binti, Chinese family-name-first, or Indian with a/l or a/p."""
    r = g.rnd.random()
    if r < 0.55:
        return f"{g.rnd.choice(MY_FEMALE if female else MY_MALE)} {'binti' if female else 'bin'} " \
               f"{g.rnd.choice(MY_FATHERS)}"
    if r < 0.85:
        return g.rnd.choice(MY_CHINESE)
    a, b, _ = g.rnd.choice([x for x in MY_INDIAN if x[2] == female] or MY_INDIAN)
    return f"{a} {'a/p' if female else 'a/l'} {b}"


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() or ch == ".")


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(1, 9)}",
                          f"{a}_{b}{g.rnd.randint(0, 9)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def romaji_email(g: Gen, lang: str) -> str:
    """An e-mail of a Japanese or Greek person (romanized local part)."""
    names = JA_ROMAJI if lang == "ja" else EL_ROMAN
    local = f"{g.rnd.choice(names)}{g.rnd.choice(['', '.', '_'])}{g.rnd.randint(1, 9999)}"
    return f"{local}@{g.rnd.choice(DOMAINS[lang])}"


def email_any(g: Gen, lang: str) -> str:
    if lang in ("ja", "el"):
        return romaji_email(g, lang)
    if lang == "my":
        return f"{g.rnd.choice(['aisyah', 'hafiz', 'weijie', 'xinyi', 'thivya', 'kavin'])}{g.rnd.randint(1, 999)}" \
               f"@{g.rnd.choice(DOMAINS['my'])}"
    return email_of(g, *person(g, lang), DOMAINS[lang])


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "hotmail.com"],
    "gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com"],
    "ca": ["gmail.com", "eastlink.ca", "hotmail.com", "bellaliant.net"],
    "ke": ["gmail.com", "yahoo.com", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com.au", "icloud.com"],
    "my": ["gmail.com", "yahoo.com.my", "hotmail.my"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com"],
    "de": ["gmx.de", "web.de", "posteo.de", "gmail.com", "t-online.de"],
    "fr": ["orange.fr", "gmail.com", "laposte.net", "free.fr", "hotmail.fr"],
    "it": ["gmail.com", "libero.it", "hotmail.it", "virgilio.it"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es"],
    "pl": ["wp.pl", "o2.pl", "gmail.com", "interia.pl", "onet.pl"],
    "cs": ["seznam.cz", "email.cz", "gmail.com", "centrum.cz"],
    "el": ["gmail.com", "yahoo.gr", "hotmail.gr", "otenet.gr"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "i.softbank.jp", "gmail.com", "icloud.com"],
}

# -- places (written for v141) -----------------------------------------------------------------------------------------

#: (city, state, ZIP prefix)
MT_CITIES = [("Bozeman", "MT", "597"), ("Billings", "MT", "591"), ("Missoula", "MT", "598"), ("Helena", "MT", "596"),
             ("Great Falls", "MT", "594"), ("Livingston", "MT", "590"), ("Casper", "WY", "826"),
             ("Idaho Falls", "ID", "834"), ("Spokane", "WA", "992"), ("Rapid City", "SD", "577")]
MT_STREETS = ["W Babcock St", "N 7th Ave", "Story Mill Rd", "Gallatin Rd", "Rimrock Rd", "Grant Creek Rd",
              "S Tracy Ave", "Hyalite Canyon Rd", "Last Chance Gulch", "Bridger Dr", "Lolo Trail", "Fort Ellis Rd"]
MS_CITIES = [("Hattiesburg", "394"), ("Laurel", "394"), ("Meridian", "393"), ("Gulfport", "395"),
             ("Pascagoula", "395"), ("Picayune", "394"), ("Columbia", "394"), ("Waynesboro", "393")]
MS_STREETS = ["HARDY ST", "US HWY 49", "OLD RICHTON RD", "PASS RD", "MAGNOLIA DR", "LINCOLN RD", "BAYOU VIEW DR",
              "N MAIN ST", "PINE BELT BLVD", "OLD HWY 11"]
EH_STREETS = ["Marchmont Road", "Warrender Park Terrace", "Leith Walk", "Easter Road", "Dalkeith Road",
              "Bruntsfield Place", "Montgomery Street", "Causewayside", "Gilmore Place", "Sciennes Road"]
EH_POSTCODES = ["EH9 1HD", "EH9 1EU", "EH6 8NX", "EH7 5QE", "EH16 5BT", "EH10 4EZ", "EH7 5JA", "EH9 1PH",
                "EH3 9NG", "EH9 1NQ", "EH8 9LD", "EH11 1JJ"]
#: (city, province, FSA)
NS_CITIES = [("Halifax", "NS", "B3H"), ("Dartmouth", "NS", "B2Y"), ("Truro", "NS", "B2N"), ("Sydney", "NS", "B1P"),
             ("Antigonish", "NS", "B2G"), ("Moncton", "NB", "E1C"), ("Charlottetown", "PE", "C1A"),
             ("Wolfville", "NS", "B4P"), ("Yarmouth", "NS", "B5A"), ("Fredericton", "NB", "E3B")]
NS_STREETS = ["Quinpool Rd", "Robie St", "Agricola St", "Portland St", "Prince St", "Main St", "Esplanade",
              "Gottingen St", "Windmill Rd", "Cowie Hill Rd", "St Margarets Bay Rd", "Pleasant St"]
KE_TOWNS = [("Nairobi", "00100"), ("Thika", "01000"), ("Nakuru", "20100"), ("Eldoret", "30100"),
            ("Kisumu", "40100"), ("Machakos", "90100"), ("Nyeri", "10100"), ("Kakamega", "50100"), ("Kitui", "90200"),
            ("Meru", "60200")]
#: (suburb, state, postcode)
AU_SUBURBS = [("Carlton", "VIC", "3053"), ("Brunswick", "VIC", "3056"), ("Footscray", "VIC", "3011"),
              ("Box Hill", "VIC", "3128"), ("Clayton", "VIC", "3168"), ("Coburg", "VIC", "3058"),
              ("Parkville", "VIC", "3052"), ("Richmond", "VIC", "3121"), ("Geelong West", "VIC", "3218"),
              ("Albury", "NSW", "2640"), ("Launceston", "TAS", "7250")]
AU_STREETS = ["Lygon St", "Sydney Rd", "Barkly St", "Whitehorse Rd", "Dandenong Rd", "Royal Pde", "Swan St",
              "Nicholson St", "Pakington St", "Elgin St", "Grattan St", "Melville Rd"]
#: (town, postcode prefix)
MY_TOWNS = [("Kuala Lumpur", "5"), ("Petaling Jaya", "4"), ("Shah Alam", "40"), ("Subang Jaya", "47"),
            ("Seremban", "70"), ("Ipoh", "30"), ("Johor Bahru", "80"), ("Klang", "41"), ("Kajang", "43"),
            ("George Town", "10")]
MY_STREETS = ["Jalan Ampang", "Jalan SS 15/4", "Jalan Teknologi 5", "Jalan Kenari 3", "Persiaran Kewajipan",
              "Jalan Tun Razak", "Lorong Maarof", "Jalan Bukit Bintang", "Jalan USJ 2/3", "Jalan Dato Onn"]
#: (town, Eircode routing key)
IE_TOWNS = [("Cork", "T12"), ("Cork", "T23"), ("Ballincollig", "P31"), ("Carrigaline", "P43"), ("Mallow", "P51"),
            ("Bandon", "P72"), ("Killarney", "V93"), ("Clonakilty", "P85"), ("Dublin 4", "D04"), ("Limerick", "V94")]
IE_STREETS = ["Western Road", "Magazine Road", "College Road", "Model Farm Road", "Douglas Road", "Blarney Street",
              "Bóthar an Ghleanna", "Sunday's Well Road", "Boreenmanna Road", "Rochestown Road"]
#: (city, postcode prefix)
DE_CITIES = [("Würzburg", "970"), ("Schweinfurt", "974"), ("Aschaffenburg", "637"), ("Bamberg", "960"),
             ("Kitzingen", "973"), ("Fulda", "360"), ("Ochsenfurt", "972"), ("Nürnberg", "904"),
             ("Bad Kissingen", "976"), ("Tauberbischofsheim", "979")]
DE_STREETS = ["Sanderstraße", "Zeller Straße", "Frankfurter Str.", "Am Hubland", "Friedrich-Ebert-Ring",
              "Semmelstraße", "Mergentheimer Str.", "Rottendorfer Str.", "Kantstraße", "Weißenburgstraße"]
DE_BIRTHPLACES = ["Würzburg", "Schweinfurt", "Erfurt", "Stuttgart", "Kassel", "Heilbronn", "Istanbul", "Krakau",
                  "Aschaffenburg", "Gera"]
#: (commune, postcode, département)
FR_COMMUNES = [("Besançon", "25000", "25"), ("Dijon", "21000", "21"), ("Dole", "39100", "39"),
               ("Montbéliard", "25200", "25"), ("Belfort", "90000", "90"), ("Chalon-sur-Saône", "71100", "71"),
               ("Vesoul", "70000", "70"), ("Pontarlier", "25300", "25"), ("Lons-le-Saunier", "39000", "39"),
               ("Auxerre", "89000", "89")]
FR_STREETS = ["rue Mégevand", "avenue de l'Observatoire", "rue de Vesoul", "chemin de Palente", "rue Battant",
              "boulevard Léon Blum", "rue des Granges", "avenue Fontaine-Argent", "rue de la Liberté",
              "place Granvelle"]
#: (city, CAP, codice catastale, provincia)
IT_CITIES = [("Pavia", "27100", "G388", "PV"), ("Vigevano", "27029", "L872", "PV"), ("Voghera", "27058", "M109", "PV"),
             ("Milano", "20121", "F205", "MI"), ("Lodi", "26900", "E648", "LO"), ("Cremona", "26100", "D150", "CR"),
             ("Piacenza", "29121", "G535", "PC"), ("Alessandria", "15121", "A182", "AL"),
             ("Novara", "28100", "F952", "NO"), ("Bergamo", "24121", "A794", "BG")]
IT_STREETS = ["Corso Strada Nuova", "Via Taramelli", "Viale Cremona", "Via Folla di Sotto", "Corso Garibaldi",
              "Via dei Mille", "Piazza Ghislieri", "Via San Giovannino", "Viale Libertà", "Via Ferrata"]
#: (town, postcode prefix, województwo)
PL_TOWNS = [("Wrocław", "50", "dolnośląskie"), ("Wałbrzych", "58", "dolnośląskie"), ("Legnica", "59", "dolnośląskie"),
            ("Opole", "45", "opolskie"), ("Jelenia Góra", "58", "dolnośląskie"), ("Kalisz", "62", "wielkopolskie"),
            ("Oleśnica", "56", "dolnośląskie"), ("Zielona Góra", "65", "lubuskie"), ("Głogów", "67", "dolnośląskie"),
            ("Nysa", "48", "opolskie")]
PL_STREETS = ["ul. Grunwaldzka", "ul. Kościuszki", "ul. Piłsudskiego", "ul. Legnicka", "ul. Na Grobli",
              "ul. Świdnicka", "al. Armii Krajowej", "ul. Ołbińska", "ul. Jedności Narodowej", "ul. Drobnera"]
#: (obec, PSČ prefix)
CZ_TOWNS = [("Brno", "6"), ("Blansko", "678"), ("Vyškov", "682"), ("Jihlava", "586"), ("Znojmo", "669"),
            ("Hodonín", "695"), ("Břeclav", "690"), ("Olomouc", "779"), ("Kroměříž", "767"), ("Zlín", "760")]
CZ_STREETS = ["Kounicova", "Údolní", "Purkyňova", "Cejl", "Botanická", "Lidická", "Veveří", "Husova", "Křenová",
              "Masarykova"]
#: (πόλη, ΤΚ prefix)
GR_CITIES = [("Θεσσαλονίκη", "546"), ("Καλαμαριά", "551"), ("Εύοσμος", "562"), ("Σέρρες", "621"),
             ("Κατερίνη", "601"), ("Βέροια", "591"), ("Δράμα", "661"), ("Καβάλα", "654"), ("Κιλκίς", "611"),
             ("Νάουσα", "592")]
GR_STREETS = ["Εγνατίας", "Τσιμισκή", "Αγίου Δημητρίου", "Μητροπόλεως", "Παπαναστασίου", "Δελφών",
              "Κωνσταντινουπόλεως", "Βασιλίσσης Όλγας", "Ερμού", "Λαγκαδά"]
#: (市区町村, 郵便番号 prefix)
JA_CITIES = [("仙台市青葉区", "980"), ("仙台市太白区", "982"), ("仙台市泉区", "981"), ("石巻市", "986"),
             ("山形市", "990"), ("盛岡市", "020"), ("福島市", "960"), ("郡山市", "963"), ("名取市", "981"),
             ("八戸市", "031")]
JA_STREETS = ["片平2丁目1-1", "川内三十人町5-12", "八幡4丁目3-8", "長町南1丁目10-2", "泉中央3丁目22-5",
              "中央2丁目7-14", "大町1丁目4-3", "旭町5-11-2", "本町3丁目9-1", "桜ケ丘7丁目30-6"]


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(2, 4_800) if lang == "us" else g.rnd.randint(1, 160)
    if lang == "fr":
        return f"{n} {s}"
    if lang in ("de", "pl", "cs", "el", "it"):
        if lang == "it":
            return f"{s} {n}" if g.rnd.random() < 0.6 else f"{s}, {n}"
        if lang == "pl":
            return f"{s} {n}" + (f"/{g.rnd.randint(1, 60)}" if g.rnd.random() < 0.6 else "")
        if lang == "cs":
            return f"{s} {g.rnd.randint(100, 2999)}/{n}"
        return f"{s} {n}" + (g.rnd.choice(["", "", "a", "b"]) if lang == "de" else "")
    if lang == "ja":
        return s
    if lang == "my":
        return f"No. {n}, {s}"
    if lang == "au":
        return f"{n} {s}" if g.rnd.random() < 0.7 else f"{g.rnd.randint(1, 30)}/{n} {s}"
    return f"{n} {s}"


# -- identifiers (check digits computed here and checked with python-stdnum) ------------------------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    d = g.valid(make, _ssn.is_valid)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dashed else d


def us_ssn_decoy(g: Gen) -> str:
    """A reference shaped like an SSN and failing its rules (area 000, 666 or 9xx)."""
    area = g.rnd.choice(["000", "666", f"9{g.digits(2)}"])
    return f"{area}-{g.digits(2)}-{g.digits(4)}"


def ca_sin(g: Gen) -> str:
    body = str(g.rnd.choice([1, 2, 3, 4, 5, 6, 7, 9])) + g.digits(7)
    d = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(d)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def luhn_decoy(g: Gen, n: int) -> str:
    """``n`` digits failing the Luhn check."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(n - 1), lambda x: not luhn.is_valid(x))


def kra_pin(g: Gen) -> str:
    return g.valid(lambda: "A" + g.digits(9) + g.rnd.choice(string.ascii_uppercase), _kra.is_valid)


def pps(g: Gen) -> str:
    return g.valid(lambda: g.digits(7) + g.rnd.choice(string.ascii_uppercase[:23]) + g.rnd.choice(["", "", "A"]),
                   _pps.is_valid)


#: birth-place codes of Malaysian states (and a few of those born abroad)
MY_BIRTHPLACES = ["01", "02", "05", "07", "08", "10", "10", "14", "14", "12", "13", "21", "71", "74"]


def mykad(g: Gen, born: date, female: bool) -> str:
    def make() -> str:
        last = g.rnd.choice("02468" if female else "13579")
        return f"{born:%y%m%d}{g.rnd.choice(MY_BIRTHPLACES)}{g.digits(3)}{last}"

    d = g.valid(make, _nric.is_valid)
    return f"{d[:6]}-{d[6:8]}-{d[8:]}"


def mykad_decoy(g: Gen) -> str:
    """Twelve digits written like a MyKad number, failing its birth-place code (an examination slip number)."""
    def make() -> str:
        return f"{g.rnd.randint(20, 26):02d}{g.rnd.randint(1, 12):02d}{g.rnd.randint(1, 28):02d}" \
               f"{g.rnd.choice(['00', '17', '18', '19', '20', '69', '70', '80', '81', '94', '96'])}{g.digits(4)}"

    d = g.valid(make, lambda x: not _nric.is_valid(x))
    return f"{d[:6]}-{d[6:8]}-{d[8:]}"


def steuer_id(g: Gen) -> str:
    """A German tax identification number (IdNr): one digit twice among the first ten, mod 11,10 check."""
    def make() -> str:
        pool = g.rnd.sample(string.digits, 9)
        body = pool + [g.rnd.choice(pool)]
        g.rnd.shuffle(body)
        head = "".join(body)
        return head + mod_11_10.calc_check_digit(head)

    return g.valid(make, _idnr.is_valid)


def iban(g: Gen, country: str, spaced: bool = True) -> str:
    bban = {"DE": lambda: g.rnd.choice(["79050000", "79070016", "79020076", "79090000", "79350101"]) + g.digits(10),
            "FR": lambda: g.rnd.choice(["30004", "10278", "16275", "20041", "12506"]) + g.digits(5) + g.digits(11)
            + g.digits(2),
            "GR": lambda: g.rnd.choice(["011", "017", "026", "014"]) + g.digits(4) + g.digits(16)}[country]()
    body = f"{country}00{bban}"
    number = f"{country}{_iban.calc_check_digits(body)}{bban}"
    assert _iban.is_valid(number)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


_NIR_DEPTS = ["25", "21", "39", "70", "71", "89", "90", "58", "69", "75", "99"]


def nir(g: Gen, born: date, female: bool) -> str:
    dept = g.rnd.choice(_NIR_DEPTS)
    body = f"{2 if female else 1}{born.year % 100:02d}{born.month:02d}{dept}{g.rnd.randint(1, 990):03d}" \
           f"{g.rnd.randint(1, 999):03d}"
    d = body + _nir.calc_check_digits(body)
    assert _nir.is_valid(d)
    return d if g.rnd.random() < 0.6 else f"{d[0]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:10]} {d[10:13]} {d[13:]}"


def spi(g: Gen) -> str:
    """A French numéro fiscal (SPI): 13 digits, the first 0-3, the last three the first ten modulo 511."""
    head = str(g.rnd.randint(0, 3)) + g.digits(9)
    d = head + _nif.calc_check_digits(head)
    assert _nif.is_valid(d)
    return d if g.rnd.random() < 0.5 else _nif.format(d)


def ine(g: Gen) -> str:
    """A French national student identifier (INE), by shape only: ten digits and a letter."""
    return g.digits(10) + g.rnd.choice("ABCDEFGHJKLMNPRSTUVWXYZ")


_CF_MONTHS = "ABCDEHLMPRST"


def _cf_letters(text: str) -> tuple[list[str], list[str]]:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    return [ch for ch in letters if ch not in "AEIOU"], [ch for ch in letters if ch in "AEIOU"]


def _cf_surname(last: str) -> str:
    cons, vows = _cf_letters(last)
    return "".join((cons + vows + ["X", "X", "X"])[:3])


def _cf_name(first: str) -> str:
    cons, vows = _cf_letters(first)
    if len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return "".join((cons + vows + ["X", "X", "X"])[:3])


def codice_fiscale(g: Gen, first: str, last: str, born: date, female: bool, catasto: str) -> str:
    body = f"{_cf_surname(last)}{_cf_name(first)}{born.year % 100:02d}{_CF_MONTHS[born.month - 1]}" \
           f"{born.day + (40 if female else 0):02d}{catasto}"
    d = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(d)
    return d


def pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
    d = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(d)
    return d


def pesel_decoy(g: Gen) -> str:
    """Eleven digits failing PESEL's check (an application number)."""
    return g.valid(lambda: "25" + g.digits(9), lambda x: not _pesel.is_valid(x))


_DOWOD_WEIGHTS = [7, 3, 1, 0, 7, 3, 1, 7, 3]


def dowod_is_valid(value: str) -> bool:
    """Whether ``value`` is a valid Polish identity card number (AAA999999, the fourth character the check digit)."""
    value = value.replace(" ", "").upper()
    if len(value) != 9 or not value[:3].isalpha() or not value[3:].isdigit():
        return False
    nums = [ord(ch) - 55 if ch.isalpha() else int(ch) for ch in value]
    return sum(w * n for w, n in zip(_DOWOD_WEIGHTS, nums)) % 10 == nums[3]


def dowod(g: Gen) -> str:
    letters = g.rnd.choice(["A", "C", "D", "E"]) + g.digits(2, string.ascii_uppercase)
    tail = g.digits(5)
    nums = [ord(ch) - 55 for ch in letters] + [0] + [int(ch) for ch in tail]
    check = sum(w * n for w, n in zip(_DOWOD_WEIGHTS, nums)) % 10
    d = f"{letters}{check}{tail}"
    assert dowod_is_valid(d)
    return d if g.rnd.random() < 0.7 else f"{letters} {check}{tail}"


def rodne_cislo(g: Gen, born: date, female: bool) -> str:
    month = born.month + (50 if female else 0)
    head = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}"
    d = head + str(int(head) % 11 % 10)
    assert _rc.is_valid(d)
    return f"{d[:6]}/{d[6:]}"


def amka(g: Gen, born: date, female: bool) -> str:
    head = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
    d = head + luhn.calc_check_digit(head)
    assert _amka.is_valid(d)
    return d


def afm(g: Gen) -> str:
    head = g.rnd.choice(["0", "1", "1"]) + g.digits(7)
    d = head + _afm.calc_check_digit(head)
    assert _afm.is_valid(d)
    return d


def afm_decoy(g: Gen) -> str:
    """Nine digits failing the ΑΦΜ check (a protocol number)."""
    return g.valid(lambda: "1" + g.digits(8), lambda x: not _afm.is_valid(x))


_GR_ID_LETTERS = "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"


def gr_id_card(g: Gen) -> str:
    return f"{g.digits(2, _GR_ID_LETTERS)} {g.digits(6)}" if g.rnd.random() < 0.5 else \
        f"{g.digits(2, _GR_ID_LETTERS)}{g.digits(6)}"


def my_number(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(10)
    return body + _mynumber.calc_check_digit(body)


def dni(g: Gen) -> str:
    body = g.digits(8)
    d = body + "TRWAGMYFPDXBNJZSQVHLCKE"[int(body) % 23]
    assert _dni.is_valid(d)
    return d


def isbn13(g: Gen) -> str:
    body = g.rnd.choice(["97880", "97883", "97818", "97802"]) + g.digits(7)
    d = body + ean.calc_check_digit(body)
    return f"{d[:3]}-{d[3:5]}-{d[5:9]}-{d[9:12]}-{d[12]}"


#: country -> passport number layout (shape only)
PASSPORT_LAYOUTS = {"DE": "CZZZZZZZZ", "FR": "99AA99999", "IT": "AA9999999", "ES": "AAA999999", "PL": "AA9999999",
                    "CZ": "99999999", "US": "A99999999", "GB": "999999999", "KE": "AK9999999", "IE": "PA9999999"}


def passport(g: Gen, country: str) -> str:
    return g.code(PASSPORT_LAYOUTS[country])


def usi(g: Gen) -> str:
    """An Australian Unique Student Identifier by shape only (ten characters, no 0, 1, I or O)."""
    return g.digits(10, "23456789ABCDEFGHJKLMNPQRSTUVWXYZ")


# -- university vocabulary (written for v141) --------------------------------------------------------------------------

MT_UNDERGRAD = ["Carroll College", "Rocky Mountain College", "University of Providence", "Montana Tech",
                "Whitman College", "Colorado Mesa University", "Dickinson State University", "Concordia College"]
MT_PROGRAMS = ["MS-LRES", "MS-CSCI", "PHD-ECOL", "MS-MECH", "MSN-FNP", "MED-CURR", "PHD-CHBE", "MFA-SCNE"]
ERASMUS_HOMES = [("DE", "Universität Regensburg", "D  REGENSB01"), ("FR", "Université de Lorraine", "F  NANCY43"),
                 ("IT", "Università di Padova", "I  PADOVA01"), ("ES", "Universidad de Zaragoza", "E  ZARAGOZ01"),
                 ("PL", "Uniwersytet Jagielloński", "PL KRAKOW01"), ("CZ", "Univerzita Karlova", "CZ PRAHA07")]
KE_SPONSORS = ["HELB", "Self", "CDF Bursary", "County Bursary", "Scholarship", "Employer"]
KE_SCHOLARSHIP_FUNDS = ["Wings to Fly", "Mastercard Foundation Scholars", "Kiambu County Bursary Fund",
                        "Jomo Kenyatta Foundation", "Equity Leaders Programme"]
IT_COURSES = [("501234", "Analisi matematica 1", 9), ("502117", "Fisica generale", 12), ("503020", "Chimica organica", 6),
              ("504411", "Diritto privato", 12), ("505610", "Economia aziendale", 9), ("506002", "Anatomia umana", 15),
              ("507338", "Programmazione", 6), ("508120", "Storia medievale", 6)]
IT_GRADES = ["18", "19", "21", "23", "24", "25", "26", "27", "28", "29", "30", "30 e lode", "ritirato", "respinto"]
PL_FIELDS = ["informatyka", "automatyka i robotyka", "budownictwo", "architektura", "mechatronika",
             "inżynieria biomedyczna", "matematyka stosowana", "energetyka"]
CZ_FACULTIES = ["Fakulta stavební", "Fakulta informačních technologií", "Fakulta strojního inženýrství",
                "Fakulta architektury", "Fakulta chemická", "Fakulta elektrotechniky a komunikačních technologií"]
GR_HOSTS = [("Universität Wien", "Αυστρία"), ("Universidad de Granada", "Ισπανία"),
            ("Università di Bologna", "Ιταλία"), ("KU Leuven", "Βέλγιο"), ("Uniwersytet Warszawski", "Πολωνία"),
            ("Université Lyon 2", "Γαλλία"), ("Lunds universitet", "Σουηδία")]
JA_FACULTIES = ["文学部", "教育学部", "法学部", "経済学部", "理学部", "工学部", "農学部", "医学部", "薬学部"]
