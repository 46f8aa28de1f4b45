"""Values of held-out set v88 (:mod:`benchmarks.classification.heldout_v88`): v88's random source, and names, streets,
towns and companies written by hand for v88 (no Faker, no list of real people), phones checked with phonenumbers and
identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module (``phone`` takes the leading digits of a region's
numbers); the lists below are new.
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
from stdnum.cz import dic as _dic
from stdnum.cz import rc as _rc
from stdnum.dk import cpr as _cpr
from stdnum.dk import cvr as _cvr
from stdnum.gb import nhs as _nhs
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _grvat
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.pt import cc as _ptcc
from stdnum.pt import nif as _nif
from stdnum.ru import inn as _inn
from stdnum.tr import tckimlik as _tck
from stdnum.tr import vkn as _vkn
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 88_417_2026
N = "none"
#: a login or a bank account number (review, as in v5 to v87)
USERNAME = "unclassified"
#: NULL-like strings of v88's systems, in their languages (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNKNOWN", "?",
    "0", "00000000", "000-00-0000", "XXX", "XXXXXXXXX", "XX000000X", "test@test.com", "noemail@none.com",
    "not given", "ukendt", "ingen", "neuvedeno", "nezjištěno", "brak", "nie dotyczy", "desconhecido", "sem dados",
    "bilinmiyor", "yok", "άγνωστο", "δεν δηλώθηκε", "неизвестно", "нет", "не указано", "*", ".")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v88:{SEED}:{table}")

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

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True, leads: list[str] | None = None) -> str:
        """A valid number of ``region`` (phonenumbers): the national number starts with one of ``leads`` (default: the
        example number's first digits) and is as long as the example number."""
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        starts = leads or [nsn[:max(len(nsn) - 6, 1)]]

        def make() -> str:
            lead = self.rnd.choice(starts)
            return lead + self.digits(len(nsn) - len(lead))

        def ok(candidate: str) -> bool:
            return phonenumbers.is_valid_number(phonenumbers.parse(f"+{example.country_code}{candidate}"))

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
            return f"{d[:3]}-{d[3:6]}-{d[6:]}" if region in ("US", "CA") else national
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0,
               leads: list[str] | None = None, fixed_leads: list[str] | None = None) -> list[Any]:
        names, weights = list(formats), list(formats.values())

        def make() -> str:
            is_mobile = self.rnd.random() < mobile
            return self.phone(region, self.rnd.choices(names, weights)[0], is_mobile,
                              leads if is_mobile else (fixed_leads or leads))

        return self.col(make, null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))





def pad(text: Any, width: int) -> Any:
    """A fixed-width CHAR cell: ``text`` upper-cased and padded with blanks (NULL stays NULL)."""
    return None if text is None else str(text).upper()[:width].ljust(width)


def cyymmdd(d: date | None) -> int:
    """An AS/400 CYYMMDD date number (century digit 0 for 19xx, 1 for 20xx); 0 when missing."""
    return 0 if d is None else (d.year // 100 - 19) * 1_000_000 + (d.year % 100) * 10_000 + d.month * 100 + d.day


def yyyymmdd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def dats(d: date | None) -> str:
    """SAP's DATS text: ``YYYYMMDD``, ``00000000`` when missing."""
    return "00000000" if d is None else d.strftime("%Y%m%d")


# -- names (written for v88) -------------------------------------------------------------------------------------------

#: country -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "va": (["Beauregard", "Carter", "Dabney", "Everett", "Lowell", "Randolph", "Tucker", "Jamal", "Darnell", "Quang"],
           ["Ashby", "Caroline", "Ellery", "Harriet", "Lavinia", "Marlowe", "Tamika", "Renee", "Hoa", "Leticia"],
           ["Ambler", "Blackwell", "Carrington", "Fauntleroy", "Harcum", "Mayhugh", "Pettigrew", "Tolliver",
            "Whitlock", "Nguyen", "Okafor", "Sandoval"]),
    "kent": (["Alfie", "Barnaby", "Cedric", "Dominic", "Felix", "Harvey", "Rupert", "Toby", "Kwabena", "Rajinder"],
             ["Bryony", "Daisy", "Elsie", "Florence", "Hattie", "Millie", "Phoebe", "Tilly", "Amrit", "Kerry-Ann"],
             ["Ashdown", "Brenchley", "Colyer", "Dungate", "Fagg", "Goldsmith", "Hodder", "Kingsnorth", "Luckhurst",
              "Pilcher", "Sandhu", "Wanstall"]),
    "sa": (["Angus", "Brodie", "Callum", "Darcy", "Fletcher", "Lachlan", "Rhys", "Tobias", "Giorgos", "Van"],
           ["Bronte", "Elke", "Georgie", "Indi", "Kirra", "Matilda", "Sienna", "Tahlia", "Eleni", "Mai"],
           ["Bettison", "Coulthard", "Hahndorf", "Kernow", "Lienert", "Materne", "Pfeiffer", "Rosewarne", "Treloar",
            "Vlahos", "Schubert", "Pham"]),
    "nb": (["Amédée", "Bastien", "Elric", "Gaston", "Landry", "Ovila", "Reid", "Tanner", "Wendell", "Zacharie"],
           ["Angèle", "Brigitte", "Colette", "Edwina", "Josée", "Mireille", "Rosalie", "Sadie", "Tessa", "Yvette"],
           ["Arsenault", "Boudreau", "Cormier", "Doiron", "Gallant", "LeBlanc", "MacLellan", "Richard", "Robichaud",
            "Savoie", "Thibodeau", "Woodside"]),
    "bw": (["Bakang", "Dineo", "Kabelo", "Kagiso", "Lesego", "Mpho", "Oratile", "Tumelo", "Thato", "Onalenna"],
           ["Boitumelo", "Gaone", "Kelebogile", "Masego", "Naledi", "Refilwe", "Tshepiso", "Onkemetse", "Goitseone",
            "Lorato"],
           ["Dintwe", "Gaolathe", "Kgosidintsi", "Masisi", "Modise", "Molefhe", "Ntshekisang", "Rantao", "Sebego",
            "Seretse", "Tlhako", "Mokgweetsi"]),
    "ni": (["Cathal", "Colm", "Darragh", "Eamon", "Gareth", "Oisín", "Ruairí", "Trevor", "Wesley", "Ciarán"],
           ["Aoife", "Ciara", "Gráinne", "Lorraine", "Niamh", "Orla", "Roisin", "Shauna", "Sinéad", "Wendy"],
           ["Agnew", "Doherty", "Gilmore", "Hamill", "McAleese", "McCartan", "McIlroy", "Mulholland", "Quinn",
            "Shiels", "Toner", "Whiteside"]),
    "or": (["Ansel", "Brogan", "Cormac", "Elias", "Holden", "Kiah", "Rowan", "Silas", "Hiroshi", "Esteban"],
           ["Aspen", "Briar", "Celeste", "Juniper", "Larkin", "Odessa", "Quinn", "Sequoia", "Yuki", "Marisol"],
           ["Applegate", "Butterfield", "Chinook", "Deschutes", "Fairbanks", "Hoskins", "Lindqvist", "McLoughlin",
            "Tanaka", "Villalobos", "Wexford", "Yamhill"]),
    "ph": (["Bayani", "Crisanto", "Danilo", "Efren", "Jomar", "Lito", "Nestor", "Rommel", "Teodoro", "Wilfredo"],
           ["Analyn", "Charmaine", "Divina", "Erlinda", "Jocelyn", "Lorna", "Marites", "Rosalinda", "Shiela", "Zenaida"],
           ["Bautista", "Dimaculangan", "Esguerra", "Galang", "Lacson", "Macaraeg", "Magbanua", "Pangilinan",
            "Sarmiento", "Tolentino", "Villaruel", "Yabut"]),
    "da": (["Asger", "Bjarke", "Esben", "Frode", "Jeppe", "Mads", "Niels", "Rasmus", "Søren", "Villads"],
           ["Agnete", "Bodil", "Dorthe", "Gitte", "Karen", "Lærke", "Mette", "Signe", "Tove", "Vibeke"],
           ["Bech", "Dalgaard", "Fuglsang", "Høgh", "Kjærgaard", "Lauridsen", "Mørch", "Nørgaard", "Skovgaard",
            "Thygesen", "Vestergaard", "Østergaard"]),
    "cs": (["Bohumil", "Dalibor", "Jaroslav", "Kvido", "Ladislav", "Miroslav", "Radek", "Vojtěch", "Zbyněk", "Čestmír"],
           ["Blanka", "Dagmar", "Hana", "Jarmila", "Libuše", "Markéta", "Radka", "Vlasta", "Zdenka", "Šárka"],
           ["Brabec", "Doležal", "Hrubý", "Kratochvíl", "Málek", "Navrátil", "Pokorný", "Růžička", "Šimek", "Vávra",
            "Zeman", "Žák"]),
    "pl": (["Bogdan", "Czesław", "Grzegorz", "Jacek", "Leszek", "Mirosław", "Przemysław", "Tadeusz", "Wiesław",
            "Zbigniew"],
           ["Bożena", "Danuta", "Grażyna", "Halina", "Jadwiga", "Krystyna", "Małgorzata", "Teresa", "Urszula",
            "Wiesława"],
           ["Bąk", "Chmielewski", "Dudek", "Górecki", "Jabłoński", "Kaczmarek", "Lis", "Michalak", "Pawlak", "Sikora",
            "Wróbel", "Zając"]),
    "pt": (["Afonso", "Bernardo", "Duarte", "Gonçalo", "Henrique", "Martim", "Nuno", "Rodrigo", "Tiago", "Vasco"],
           ["Beatriz", "Carolina", "Filipa", "Inês", "Leonor", "Madalena", "Matilde", "Rita", "Teresa", "Constança"],
           ["Amaral", "Barros", "Carvalho", "Figueiredo", "Lourenço", "Magalhães", "Nogueira", "Quintela", "Sequeira",
            "Tavares", "Vieira", "Xavier"]),
    "tr": (["Barış", "Cengiz", "Emre", "Hakan", "İlker", "Kerem", "Murat", "Oğuz", "Serkan", "Volkan"],
           ["Aysel", "Berna", "Derya", "Elif", "Gülşen", "Hülya", "Nazlı", "Özlem", "Sevgi", "Tuğba"],
           ["Akbulut", "Bayraktar", "Çelik", "Demirci", "Erdoğdu", "Güneş", "Kahraman", "Koç", "Öztürk", "Şahin",
            "Yıldırım", "Uysal"]),
    "el": (["Αθανάσιος", "Βασίλειος", "Γεώργιος", "Δημήτριος", "Ευάγγελος", "Κωνσταντίνος", "Νικόλαος", "Παναγιώτης",
            "Σπυρίδων", "Χαράλαμπος"],
           ["Αικατερίνη", "Βασιλική", "Γεωργία", "Δέσποινα", "Ελένη", "Ιωάννα", "Μαρία", "Παρασκευή", "Σοφία",
            "Χρυσούλα"],
           ["Αλεξίου", "Βλάχος", "Γιαννακόπουλος", "Δημητρίου", "Καραγιάννης", "Κωστόπουλος", "Μαυρίδης", "Νικολαΐδης",
            "Παπαδόπουλος", "Σταματίου", "Τσακίρης", "Χατζηδάκης"]),
    "ru": (["Аркадий", "Борис", "Вадим", "Геннадий", "Дмитрий", "Евгений", "Константин", "Олег", "Станислав",
            "Тимофей"],
           ["Алевтина", "Валентина", "Галина", "Дарья", "Екатерина", "Зинаида", "Людмила", "Нина", "Светлана",
            "Ульяна"],
           ["Белов", "Воронцов", "Громов", "Жуков", "Зайцев", "Королёв", "Лебедев", "Морозов", "Орлов", "Соколов",
            "Тихонов", "Щербаков"]),
}


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    males, females, lasts = NAMES[lang]
    last = g.rnd.choice(lasts)
    if female and lang in ("ru", "cs", "pl", "el"):
        last = feminine(last, lang)
    return g.rnd.choice(females if female else males), last


def feminine(last: str, lang: str) -> str:
    if lang == "ru":
        return last + "а" if last.endswith(("в", "н")) else last
    if lang == "cs":
        if last.endswith("ý"):
            return last[:-1] + "á"
        if last.endswith("ek"):
            return last[:-2] + "ková"
        if last.endswith("a"):
            return last[:-1] + "ová"
        return last + "ová"
    if lang == "pl":
        return last[:-1] + "a" if last.endswith(("ski", "cki")) else last
    if lang == "el":
        if last.endswith("ος"):
            return last[:-2] + "ου"
        if last.endswith("ης"):
            return last[:-1]
        return last
    return last


def whole(g: Gen, lang: str) -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def given(g: Gen, lang: str) -> str:
    return person(g, lang)[0]


def plain(text: str) -> str:
    table = str.maketrans({"ø": "o", "æ": "ae", "å": "aa", "ı": "i", "ł": "l", "İ": "i"})
    return "".join(ch for ch in fold(text.translate(table)) if ch.isalnum() and ch.isascii())


_GREEK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω", ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n",
                                                  "x", "o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o"]))
_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                      "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))


def latin(text: str) -> str:
    """A Greek or Cyrillic name written in Latin letters for an e-mail address's local part."""
    out = []
    for ch in fold(text):
        out.append(_GREEK.get(ch, _CYRILLIC.get(ch, ch)))
    return plain("".join(out))


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = latin(first), latin(last)
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(60, 99)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def work_email(first: str, last: str, domain: str) -> str:
    return f"{latin(first)}.{latin(last)}@{domain}"


def login(first: str, last: str, style: int) -> str:
    a, b = latin(first), latin(last)
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a}{b[:3]}"][style % 5]


DOMAINS = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "verizon.net", "icloud.com"],
    "uk": ["btinternet.com", "gmail.com", "hotmail.co.uk", "sky.com", "outlook.com", "yahoo.co.uk"],
    "au": ["bigpond.com", "gmail.com", "internode.on.net", "outlook.com", "optusnet.com.au"],
    "ca": ["gmail.com", "nb.sympatico.ca", "rogers.com", "hotmail.com", "bellaliant.net"],
    "bw": ["gmail.com", "yahoo.com", "botsnet.bw", "mascom.bw", "outlook.com"],
    "ph": ["gmail.com", "yahoo.com.ph", "outlook.com", "ymail.com"],
    "da": ["gmail.com", "hotmail.dk", "mail.dk", "jubii.dk", "outlook.dk"],
    "cs": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com", "post.cz"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "o2.pl", "gmail.com"],
    "pt": ["sapo.pt", "gmail.com", "hotmail.com", "netcabo.pt", "outlook.pt"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    "el": ["gmail.com", "yahoo.gr", "hotmail.gr", "otenet.gr", "windowslive.com"],
    "ru": ["mail.ru", "yandex.ru", "rambler.ru", "bk.ru", "gmail.com"],
}


def email(g: Gen, lang: str, domains: str) -> str:
    return email_of(g, *person(g, lang), DOMAINS[domains])


# -- places (written for v88) ------------------------------------------------------------------------------------------

#: country -> [(town, postcode lead or layout)]
TOWNS: dict[str, list[tuple[str, str]]] = {
    "va": [("Fredericksburg", "224"), ("Stafford", "225"), ("Spotsylvania", "225"), ("King George", "224"),
           ("Falmouth", "224")],
    "kent": [("Maidstone", "ME14"), ("Ashford", "TN23"), ("Canterbury", "CT1"), ("Folkestone", "CT20"),
             ("Tonbridge", "TN9"), ("Sevenoaks", "TN13"), ("Margate", "CT9")],
    "sa": [("Mount Barker", "5251"), ("Hahndorf", "5245"), ("Stirling", "5152"), ("Littlehampton", "5250"),
           ("Nairne", "5252"), ("Woodside", "5244")],
    "nb": [("Moncton", "E1C"), ("Dieppe", "E1A"), ("Riverview", "E1B"), ("Shediac", "E4P"), ("Memramcook", "E4K")],
    "bw": [("Gaborone", ""), ("Francistown", ""), ("Maun", ""), ("Serowe", ""), ("Palapye", ""), ("Molepolole", "")],
    "ni": [("Newry", "BT34"), ("Armagh", "BT61"), ("Banbridge", "BT32"), ("Craigavon", "BT65"), ("Lurgan", "BT66"),
           ("Portadown", "BT62")],
    "or": [("Bend", "977"), ("Redmond", "977"), ("Sisters", "977"), ("La Pine", "977"), ("Prineville", "977")],
    "ph": [("Quezon City", "11"), ("Marikina", "18"), ("Pasig", "16"), ("Caloocan", "14"), ("Valenzuela", "14")],
    "da": [("Aarhus", "80"), ("Silkeborg", "86"), ("Skanderborg", "86"), ("Randers", "89"), ("Horsens", "87")],
    "cs": [("Olomouc", "779"), ("Prostějov", "796"), ("Přerov", "750"), ("Šternberk", "785"), ("Litovel", "784")],
    "pl": [("Lublin", "20"), ("Świdnik", "21"), ("Puławy", "24"), ("Chełm", "22"), ("Zamość", "22")],
    "pt": [("Braga", "47"), ("Guimarães", "48"), ("Barcelos", "47"), ("Famalicão", "47"), ("Esposende", "47")],
    "tr": [("Eskişehir", "26"), ("Odunpazarı", "26"), ("Tepebaşı", "26"), ("Sivrihisar", "26")],
    "el": [("Πάτρα", "26"), ("Αίγιο", "25"), ("Καλάβρυτα", "25"), ("Ρίο", "26")],
    "ru": [("Казань", "420"), ("Зеленодольск", "422"), ("Набережные Челны", "423"), ("Альметьевск", "423")],
}
STREETS: dict[str, list[str]] = {
    "va": ["Caroline St", "Princess Anne St", "Lafayette Blvd", "Plank Rd", "Courthouse Rd", "Garrisonville Rd",
           "Jefferson Davis Hwy", "Hunting Run Dr"],
    "kent": ["Tonbridge Road", "Sandling Lane", "Wincheap", "Sandgate Road", "Hythe Road", "Oast Close",
             "Hop Pocket Way", "Pilgrims Way"],
    "sa": ["Adelaide Road", "Hutchinson Street", "Wellington Road", "Mount Barker Road", "Onkaparinga Valley Road",
           "Princes Highway", "Gawler Street"],
    "nb": ["Main Street", "Mountain Road", "Elmwood Drive", "Champlain Street", "Coverdale Road", "Rue Acadie",
           "Chemin Gauvin"],
    "bw": ["Plot", "Tlokweng Road", "Nelson Mandela Drive", "Blue Jacket Street", "Mophane Avenue", "Serowe Road"],
    "ni": ["Hill Street", "Monaghan Street", "Dromore Road", "Castlewellan Road", "Rathfriland Road",
           "Armagh Road", "Carleton Street"],
    "or": ["NW Wall St", "SE Reed Market Rd", "NE Greenwood Ave", "SW Century Dr", "Cascade Ave", "NW Mt Washington Dr",
           "Huntington Rd"],
    "ph": ["Kalayaan Ave", "Matalino St", "Maginhawa St", "J.P. Rizal St", "Shoe Ave", "Ortigas Ave Ext",
           "Gen. Luis St"],
    "da": ["Frederiks Allé", "Vestergade", "Skolevej", "Engvej", "Bøgevej", "Søndergade", "Kirkevænget"],
    "cs": ["Třída Svobody", "Dolní náměstí", "Palackého", "Wellnerova", "Husova", "Za Vodojemem", "Na Letné"],
    "pl": ["Krakowskie Przedmieście", "ul. Zana", "ul. Narutowicza", "ul. Lipowa", "al. Racławickie", "ul. Nadbystrzycka",
           "ul. Głęboka"],
    "pt": ["Rua do Souto", "Avenida da Liberdade", "Rua de São Vicente", "Largo do Toural", "Rua Dom Pedro V",
           "Travessa das Flores", "Rua Nova de Santa Cruz"],
    "tr": ["Atatürk Bulvarı", "İsmet İnönü Caddesi", "Cumhuriyet Mahallesi", "Sakarya Caddesi", "Hoşnudiye Sokak",
           "Vişnelik Mahallesi"],
    "el": ["Μαιζώνος", "Κορίνθου", "Αγίου Νικολάου", "Ερμού", "Γούναρη", "Νόρμαν", "Αγίου Ανδρέου"],
    "ru": ["ул. Баумана", "ул. Пушкина", "пр. Победы", "ул. Гагарина", "ул. Декабристов", "ул. Чистопольская"],
}


def street(g: Gen, land: str) -> str:
    s, n = g.rnd.choice(STREETS[land]), g.rnd.randint(1, 240)
    if land in ("va", "or"):
        return g.rnd.choice([f"{n * 7 + 100} {s}", f"{n * 7 + 100} {s} Apt {g.rnd.randint(1, 40)}"])
    if land == "sa":
        return g.rnd.choice([f"{n} {s}", f"{g.rnd.randint(1, 12)}/{n} {s}"])
    if land == "nb":
        return g.rnd.choice([f"{n * 3} {s}", f"{n * 3}-{g.rnd.randint(1, 9)} {s}"])
    if land == "bw":
        return f"Plot {g.rnd.randint(1000, 79999)}" if s == "Plot" else f"Plot {g.rnd.randint(100, 9999)}, {s}"
    if land in ("kent", "ni"):
        return g.rnd.choice([f"{n} {s}", f"Flat {g.rnd.randint(1, 12)}, {n} {s}"])
    if land == "ph":
        return f"{n} {s}, Brgy. {g.rnd.choice(['Teachers Village', 'Malanday', 'Kapitolyo', 'Bagong Silang'])}"
    if land == "da":
        return g.rnd.choice([f"{s} {n}", f"{s} {n}, {g.rnd.randint(1, 4)}. tv."])
    if land == "cs":
        return f"{s} {g.rnd.randint(100, 1999)}/{n}"
    if land == "pl":
        return f"{s} {n}" + g.rnd.choice(["", f"/{g.rnd.randint(1, 60)}", f" m. {g.rnd.randint(1, 60)}"])
    if land == "pt":
        return f"{s}, {n}" + g.rnd.choice(["", f", {g.rnd.randint(1, 6)}.º Esq.", f", {g.rnd.randint(1, 6)}.º Dto."])
    if land == "tr":
        return f"{s} No:{n}" + g.rnd.choice(["", f" D:{g.rnd.randint(1, 20)}"])
    if land == "el":
        return f"{s} {n}"
    return f"{s}, д. {n}" + g.rnd.choice(["", f", кв. {g.rnd.randint(1, 180)}"])


def postcode(g: Gen, land: str, lead: str) -> str:
    if land in ("va", "or"):
        return lead + g.digits(2)
    if land in ("kent", "ni"):
        return f"{lead} {g.rnd.randint(1, 9)}{g.code('AA').replace('C', 'D').replace('I', 'J')}"
    if land in ("sa",):
        return lead
    if land == "nb":
        return f"{lead} {g.rnd.randint(1, 9)}{g.rnd.choice('ABCEGHJKLMNPRSTVWXYZ')}{g.rnd.randint(1, 9)}"
    if land == "ph":
        return lead + g.digits(2)
    if land == "da":
        return lead + g.digits(2)
    if land == "cs":
        return f"{lead} {g.digits(2)}"
    if land == "pl":
        return f"{lead}-{g.digits(3)}"
    if land == "pt":
        return f"{lead}{g.digits(2)}-{g.digits(3)}"
    if land == "tr":
        return lead + g.digits(3)
    if land == "el":
        return f"{lead}{g.digits(1)} {g.digits(2)}"
    return lead + g.digits(3)


def place(g: Gen, land: str) -> tuple[str, str, str]:
    """(street address, postcode, town) of one home in ``land``."""
    town, lead = g.rnd.choice(TOWNS[land])
    return street(g, land), postcode(g, land, lead), town


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def card(g: Gen) -> str:
    prefix, length = g.rnd.choice([("4", 16), ("53", 16), ("2720", 16), ("6011", 16)])
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


#: BBAN layouts (9 a digit, Z a digit or letter); python-stdnum checks the result
BBAN = {"DK": "99999999999999", "CZ": "99999999999999999999", "PL": "999999999999999999999999",
        "PT": "999999999999999999999", "TR": "9999909999999999999999", "GR": "9999999ZZZZZZZZZZZZZZZZ"}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    def make() -> str:
        bban = g.code(BBAN[country])
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 665):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}"

    number = g.valid(make, _ssn.is_valid)
    return number if dashed else number.replace("-", "")


def gb_nino(g: Gen, spaced: bool = False) -> str:
    """A UK National Insurance number (no check digit: valid prefixes and suffix)."""
    first = g.rnd.choice("ABCEGHJKLMNPRSTWXYZ")
    second = g.rnd.choice([ch for ch in "ABCEGHJKLMNPRSTWXYZ" if f"{first}{ch}" not in
                           ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ") and ch != "O"])
    body, suffix = g.digits(6), g.rnd.choice("ABCD")
    return f"{first}{second} {body[:2]} {body[2:4]} {body[4:]} {suffix}" if spaced else f"{first}{second}{body}{suffix}"


def ni_hcn(g: Gen) -> str:
    """A Northern Ireland Health and Care number: 10 digits from 320 to 399, NHS mod-11 check digit."""
    return g.valid(lambda: str(g.rnd.randint(320, 399)) + g.digits(7), _nhs.is_valid)


def dk_cpr(g: Gen, born: date, female: bool) -> str:
    def make() -> str:
        year = born.year
        seventh = g.rnd.choice("0123") if year < 2000 else g.rnd.choice("4" if year < 2037 else "5678")
        last = g.rnd.choice("02468" if female else "13579")
        return born.strftime("%d%m%y") + seventh + g.digits(2) + last

    number = g.valid(make, lambda x: _cpr.is_valid(x) and _cpr.get_birth_date(x) == born)
    return f"{number[:6]}-{number[6:]}"


def cz_rc(g: Gen, born: date, female: bool) -> str:
    month = born.month + (50 if female else 0)
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}"
    check = int(body) % 11 % 10
    number = f"{body[:6]}/{body[6:]}{check}"
    assert _rc.is_valid(number) and _rc.get_birth_date(number) == born
    return number


def pl_pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
    number = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(number) and _pesel.get_birth_date(number) == born
    return number


def pt_nif(g: Gen, company: bool = False) -> str:
    body = (g.rnd.choice("5") if company else g.rnd.choice("123")) + g.digits(7)
    return body + _nif.calc_check_digit(body)


def pt_cc(g: Gen) -> str:
    """A Cartão de Cidadão number ``00000000 0 ZZ0`` (check character: python-stdnum)."""
    return g.valid(lambda: f"{g.digits(8)} {g.digits(1)} {g.code('AA')}{g.digits(1)}", _ptcc.is_valid)


def tr_tckn(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    return body + _tck.calc_check_digits(body)


def tr_vkn(g: Gen) -> str:
    return g.valid(lambda: g.digits(10), _vkn.is_valid)


def gr_amka(g: Gen, born: date) -> str:
    body = born.strftime("%d%m%y") + g.digits(4)
    number = body + luhn.calc_check_digit(body)
    got = _amka.get_birth_date(number)  # python-stdnum reads the two-digit year as 19YY
    assert _amka.is_valid(number) and (got.day, got.month, got.year % 100) == (born.day, born.month, born.year % 100)
    return number


def gr_afm(g: Gen, company: bool = False) -> str:
    body = (g.rnd.choice("089") if company else g.rnd.choice("0" + "1")) + g.digits(7)
    return body + _grvat.calc_check_digit(body)


def ru_snils(g: Gen) -> str:
    """A Russian SNILS ``123-456-789 01`` (check number computed as the Pension Fund does)."""
    body = str(g.rnd.randint(100, 999)) + g.digits(6)
    total = sum(int(d) * (9 - i) for i, d in enumerate(body))
    check = total if total < 100 else (0 if total in (100, 101) else total % 101 % 100)
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {check:02d}"


def snils_ok(text: str) -> bool:
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) != 11:
        return False
    total = sum(int(d) * (9 - i) for i, d in enumerate(digits[:9]))
    check = total if total < 100 else (0 if total in (100, 101) else total % 101 % 100)
    return check == int(digits[9:])


def ru_inn(g: Gen, company: bool = False) -> str:
    if company:
        body = "16" + g.digits(7)
        return body + _inn.calc_company_check_digit(body)
    body = "16" + g.digits(8)
    return body + _inn.calc_personal_check_digits(body)


def au_abn(g: Gen) -> str:
    number = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _abn.is_valid)
    return _abn.format(number)


def ca_bn(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(8), _bn.is_valid)


def dk_cvr(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(7), _cvr.is_valid)


def pl_nip(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(9), _nip.is_valid)


def cz_ico(g: Gen) -> str:
    return g.valid(lambda: g.digits(8), _dic.is_valid)


def failing(g: Gen, make: Callable[[], str], ok: Callable[[str], bool]) -> str:
    """A value shaped like ``make()``'s but failing ``ok`` (a reference number shaped like a national number)."""
    return g.valid(make, lambda x: not ok(x))


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)


def sha1(g: Gen) -> str:
    return hashlib.sha1(str(g.rnd.random()).encode(), usedforsecurity=False).hexdigest()
