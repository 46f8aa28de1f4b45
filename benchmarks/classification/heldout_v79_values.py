"""Values of held-out set v79 (:mod:`benchmarks.classification.heldout_v79`): v79's random source, names, streets,
towns and postal codes written by hand for v79 (no Faker, no list of real people), phones checked with phonenumbers
and identifiers with check digits computed here and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module (the phone maker rewritten to draw from several
leading digits per region and to write numbers in more forms); the lists below are new: the Visayas and Luzon, the
Indian coast, the Solent, the US Gulf Coast, the Great Lakes, Piraeus and the Greek islands, the Polish coast,
north-west Germany, Friesland, south-west Jutland, the coast of São Paulo and the Bulgarian Black Sea coast.
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
from stdnum import imo as _imo
from stdnum import iso6346 as _iso6346
from stdnum import luhn
from stdnum.bg import egn as _egn
from stdnum.br import cnpj as _cnpj
from stdnum.br import cpf as _cpf
from stdnum.ca import bn as _bn
from stdnum.ca import sin as _sin
from stdnum.de import idnr as _idnr
from stdnum.dk import cpr as _cpr
from stdnum.dk import cvr as _cvr
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _grvat
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.iso7064 import mod_11_10
from stdnum.nl import btw as _btw
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.sg import uen as _uen

from benchmarks.classification.heldout_v2 import Column

SEED = 79_0_2026_1
N = "none"
#: a login, an AS/400 user profile or an SAP user name (review, as in v5 to v77)
USERNAME = "unclassified"
#: a domestic bank account number without IBAN (review, as v49 to v77 labeled them)
ACCOUNT = "unclassified"
#: NULL-like strings of v79's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "?", "#N/A", "nil", "0",
    "00000000", "0000000000", "TBA", "tba", "—", "brak", "ingen", "geen", "keine", "nenhum", "няма", "-", "*",
    "000-000-000", "00-0000000-0", "xx", "XXXX", "nomail@none.com", "na@na.com")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v79:{SEED}:{table}")

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
        first = self.rnd.choice([31, 46, 62, 77, 78, 81, 83, 86, 89, 91, 109, 151, 176, 185, 188, 212, 217])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2a00", "2a01", "2a02", "2a03", "2001:4c48", "2a0a"])
        parts = 8 - head.count(":") - 1
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(parts))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        """A valid number of ``region`` written as ``e164``, ``intl``, ``national``, ``digits`` (the national number's
        digits), ``msisdn`` (the international number's digits, no ``+``) or ``00`` (``00`` and the digits)."""
        leads, length = (MOBILE if mobile else FIXED)[region]
        code = phonenumbers.country_code_for_region(region)

        def make() -> str:
            lead = self.rnd.choice(leads)
            return lead + self.digits(length - len(lead))

        def ok(candidate: str) -> bool:
            number = phonenumbers.parse(f"+{code}{candidate}")
            wanted = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE) \
                if mobile else (phonenumbers.PhoneNumberType.FIXED_LINE,
                                phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
            return phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in wanted

        number = phonenumbers.parse(f"+{code}{self.valid(make, ok)}")
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "e164":
            return e164
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        if fmt == "msisdn":
            return e164[1:]
        if fmt == "00":
            return "00" + e164[1:]
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


#: region -> (leading digits of the national significant number, its length) of mobiles
MOBILE: dict[str, tuple[list[str], int]] = {
    "PH": (["917", "918", "920", "927", "939", "945", "966", "995", "998"], 10),
    "IN": (["98", "97", "94", "91", "88", "70", "63", "81"], 10),
    "GB": (["7700", "7712", "7723", "7786", "7834", "7891", "7956", "7408"], 10),
    "US": (["251", "850", "228", "504", "409"], 10),
    "AU": (["401", "412", "423", "438", "447", "458", "466", "488"], 9),
    "SG": (["81", "83", "87", "90", "91", "93", "97", "98"], 8),
    "CA": (["905", "289", "519", "807", "705", "226"], 10),
    "IE": (["83", "85", "86", "87", "89"], 9),
    "GR": (["693", "694", "695", "697", "698", "699"], 10),
    "PL": (["501", "502", "512", "530", "600", "601", "660", "691", "725", "797"], 9),
    "DE": (["151", "152", "157", "160", "170", "171", "172", "176", "179"], 11),
    "NL": (["61", "62", "63", "64", "65"], 9),
    "DK": (["20", "21", "22", "26", "28", "30", "31", "40", "42", "50", "52", "61", "71"], 8),
    "BR": (["1399", "1398", "1397", "2198", "2199", "7198", "8199", "1196"], 11),
    "BG": (["87", "88", "89", "98"], 9),
    "ID": (["812", "813", "821", "852", "857", "878", "896"], 11),
    "UA": (["50", "63", "66", "67", "68", "73", "93", "97"], 9),
}
#: region -> (leading digits, length) of fixed lines
FIXED: dict[str, tuple[list[str], int]] = {
    "GB": (["2380", "2392", "1202", "1243", "1329", "1590", "2380"], 10),
    "US": (["251", "850", "228"], 10),
    "CA": (["905", "519", "807", "705"], 10),
    "GR": (["210", "2281", "2271", "2410", "2310", "2671"], 10),
    "DE": (["40", "491", "471", "4721", "431", "381", "4921"], 10),
    "NL": (["514", "513", "58", "515", "20"], 9),
    "DK": (["75", "76", "79"], 8),
    "PH": (["2", "32", "33", "34"], 9),
    "IE": (["21", "1"], 9),
    "AU": (["89", "86"], 9),
    "IN": (["22", "484", "44", "824"], 10),
    "PL": (["58", "91", "94"], 9),
}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v79) -------------------------------------------------------------------------------------------

#: origin -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "ph": (["Rodelio", "Jomar", "Arnel", "Reynaldo", "Jerwin", "Danilo", "Marlon", "Ronaldo", "Jayson", "Efren",
            "Rommel", "Noel", "Aldrin", "Bernardo"],
           ["Maricel", "Rowena", "Jocelyn", "Analyn", "Lorna", "Cherry Mae", "Divina", "Rosalie"],
           ["Dela Cruz", "Villanueva", "Macaraeg", "Bautista", "Dimaculangan", "Pagdanganan", "Sarmiento", "Ocampo",
            "Tolentino", "Manalastas", "Cabanilla", "Lumbao", "Espiritu", "Panganiban", "Ybañez", "Abellana"]),
    "in": (["Rajesh", "Suresh", "Vikram", "Abhijit", "Prasanth", "Ajith", "Sandeep", "Nitin", "Anoop", "Rohan",
            "Harish", "Joseph"],
           ["Priya", "Deepa", "Anjali", "Sreeja", "Neha", "Lakshmi", "Meera", "Smitha"],
           ["Nair", "Menon", "Kulkarni", "Shetty", "D'Souza", "Fernandes", "Iyer", "Chakraborty", "Sawant", "Kurian",
            "Pillai", "Rane", "Naik", "Thomas"]),
    "en": (["Alistair", "Graham", "Rupert", "Callum", "Dominic", "Nigel", "Toby", "Hugo", "Malcolm", "Simon",
            "Gareth", "Duncan"],
           ["Philippa", "Harriet", "Fiona", "Gillian", "Rosamund", "Tamsin", "Lucinda", "Bryony", "Jennifer"],
           ["Ashworth", "Pennington", "Carrow", "Hambleton", "Fordyce", "Westcott", "Yelland", "Tregarthen",
            "Hollinshead", "Brackley", "Quennell", "Dunsford", "Pethick", "Maybury"]),
    "us": (["Travis", "Dwayne", "Cody", "Marcus", "Earl", "Brandon", "Tyrone", "Wade", "Lamar", "Darnell", "Clint",
            "Jimmy"],
           ["Tamika", "Brandi", "LaToya", "Crystal", "Shonda", "Misty", "Kayla", "Rhonda"],
           ["Boudreaux", "Thibodeaux", "Fountain", "McCants", "Dearman", "Ladner", "Pettaway", "Strickland", "Hebert",
            "Gaddis", "Prine", "Robichaux", "Tillman", "Shumock"]),
    "ca": (["Gord", "Ryan", "Denis", "Luc", "Kyle", "Shawn", "Mathieu", "Trevor", "Brent", "Yannick"],
           ["Chantal", "Tracy", "Mélanie", "Shannon", "Nathalie", "Kelsey", "Geneviève", "Dana"],
           ["Lacroix", "MacLeod", "Tremblay", "Van Dusen", "Gauthier", "Hryniuk", "Kowalchuk", "Pelletier",
            "MacIsaac", "Desrosiers", "Lindqvist", "Anishinabe-Grant"]),
    "ie": (["Cathal", "Donal", "Eoin", "Fergal", "Ronan", "Colm", "Diarmuid", "Tadhg"],
           ["Aoife", "Sinéad", "Niamh", "Orla", "Gráinne", "Clodagh"],
           ["Ó Súilleabháin", "McCarthy", "Crowley", "O'Driscoll", "Hurley", "Twomey", "Cronin", "Buckley"]),
    "gr": (["Γεώργιος", "Ιωάννης", "Κωνσταντίνος", "Δημήτριος", "Νικόλαος", "Παναγιώτης", "Σπυρίδων", "Ευάγγελος",
            "Μιχαήλ", "Αντώνιος", "Στυλιανός", "Ηλίας"],
           ["Μαρία", "Ελένη", "Αικατερίνη", "Βασιλική", "Σοφία", "Αναστασία", "Ευαγγελία", "Δέσποινα"],
           ["Λεμονής", "Βαλαβάνης", "Χατζηπαύλου", "Καλογεράκης", "Μαυρογιάννης", "Πατεράκης", "Ρούσσος",
            "Σταθόπουλος", "Τσαμπάζης", "Φραγκίσκος", "Ζαχαρίου", "Κουντούρης", "Λιβανός", "Μπενέτος"]),
    "pl": (["Krzysztof", "Tomasz", "Marcin", "Paweł", "Grzegorz", "Bartosz", "Łukasz", "Wojciech", "Piotr", "Dariusz",
            "Kamil", "Jarosław"],
           ["Agnieszka", "Katarzyna", "Małgorzata", "Joanna", "Ewelina", "Monika", "Beata", "Justyna"],
           ["Kwiatkowski", "Zieliński", "Szymański", "Wróblewski", "Kaszubowski", "Formela", "Bigus", "Konkol",
            "Dettlaff", "Labuda", "Okrój", "Pobłocki", "Czapiewski", "Mielewczyk"]),
    "de": (["Jens", "Hauke", "Sönke", "Frerk", "Malte", "Thorsten", "Jannik", "Dirk", "Heiko", "Arne", "Uwe",
            "Ingo"],
           ["Silke", "Anke", "Wiebke", "Frauke", "Insa", "Meike", "Tomke", "Gesa"],
           ["Janssen", "Oltmanns", "Hinrichs", "Ihnen", "Poppinga", "Brüning", "Dierksen", "Reemts", "Wübbena",
            "Harms", "Eilers", "Tammen", "Gerdes", "Saathoff"]),
    "nl": (["Sietse", "Jelle", "Douwe", "Wiebe", "Hidde", "Gerrit", "Klaas", "Pieter", "Bauke", "Maarten"],
           ["Sjoukje", "Akke", "Geertje", "Tjitske", "Marieke", "Hester", "Anneke", "Froukje"],
           ["Hoekstra", "Dijkstra", "Wijnja", "Bosma", "Zijlstra", "Terpstra", "Kuipers", "Visser", "Boersma",
            "Haagsma", "Hiemstra", "Brouwer"]),
    "dk": (["Mads", "Rasmus", "Jesper", "Søren", "Kasper", "Anders", "Frederik", "Bo", "Mikkel", "Henning"],
           ["Mette", "Lotte", "Camilla", "Signe", "Trine", "Pernille", "Birgitte", "Ida"],
           ["Kjærgaard", "Skovbjerg", "Damgaard", "Lauridsen", "Vestergaard", "Bruun", "Thygesen", "Nørgaard",
            "Sønderby", "Fabricius", "Hvidberg", "Kristiansen"]),
    "br": (["Wellington", "Anderson", "Cleiton", "Rodrigo", "Edivaldo", "Márcio", "Josué", "Reginaldo", "Fabiano",
            "Thiago"],
           ["Josiane", "Cláudia", "Luana", "Rosângela", "Priscila", "Elaine", "Vanessa", "Keila"],
           ["Nascimento", "Conceição", "Bezerra", "Magalhães", "Gonçalves", "Teixeira", "Siqueira", "Brandão",
            "Queiroz", "Pimentel", "Amorim", "Rebouças"]),
    "bg": (["Георги", "Иван", "Димитър", "Стоян", "Николай", "Петър", "Христо", "Тодор", "Красимир", "Пламен",
            "Веселин", "Живко"],
           ["Мария", "Десислава", "Цветелина", "Ралица", "Галина", "Петя", "Снежана", "Теодора"],
           ["Стойчев", "Русев", "Колев", "Атанасов", "Желязков", "Маринов", "Добрев", "Вълчев", "Ганчев",
            "Михайлов", "Славов", "Костадинов"]),
    "id": (["Agus", "Budi", "Eko", "Hendra", "Rudi", "Wahyu", "Yusuf", "Dimas"],
           ["Siti", "Dewi", "Rina", "Wulan", "Ayu", "Fitri"],
           ["Santoso", "Wibowo", "Siregar", "Nainggolan", "Pratama", "Hutapea", "Saputra", "Lumbantobing"]),
    "ua": (["Oleksandr", "Serhii", "Andrii", "Vitalii", "Dmytro", "Yurii", "Maksym", "Bohdan"],
           ["Iryna", "Oksana", "Tetiana", "Nataliia", "Yuliia", "Olena"],
           ["Shevchuk", "Bondarenko", "Kravets", "Moroz", "Hnatiuk", "Rudenko", "Ostapchuk", "Melnyk"]),
}


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < (0.12 if lang in {"ph", "in", "id", "ua"} else 0.3) if female is None else female
    males, females, lasts = NAMES[lang]
    last = g.rnd.choice(lasts)
    if female and lang == "bg" and last.endswith("в"):
        last += "а"
    if female and lang == "pl" and last.endswith("ki"):
        last = last[:-1] + "a"
    if female and lang == "gr":
        last = last[:-2] + "ου" if last.endswith(("ος", "ός")) else last[:-1] if last.endswith(("ης", "ής", "ας",
                                                                                                  "άς")) else last
    return g.rnd.choice(females if female else males), last


def whole(g: Gen, lang: str) -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def given(g: Gen, lang: str) -> str:
    return person(g, lang)[0]


def family(g: Gen, lang: str) -> str:
    return person(g, lang)[1]


#: Greek and Bulgarian Cyrillic letters written in Latin, for e-mail addresses
_LATIN = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊΐ",
                  ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s",
                   "t", "y", "f", "ch", "ps", "o", "a", "e", "i", "i", "o", "y", "o", "i", "i"]))
_LATIN.update(zip("абвгдежзийклмнопрстуфхцчшщъьюя",
                  ["a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                   "u", "f", "h", "ts", "ch", "sh", "sht", "a", "", "yu", "ya"]))


_LATIN.update({"ł": "l", "ø": "o", "æ": "ae", "đ": "d"})


def plain(text: str) -> str:
    text = "".join(_LATIN.get(ch, ch) for ch in text.lower())
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first), plain(last)
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(60, 99)}", f"{b}{a[:2]}", f"capt.{b}", f"{a}.{b}.sea"])
    return f"{local}@{g.rnd.choice(domains)}"


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(first)}.{plain(last)}@{domain}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first), plain(last)
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a}{b[:3]}"][style % 5]


def staff(g: Gen, n: int, make: Callable[[], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make())
    return sorted(out)


MAIL = {
    "ph": ["gmail.com", "yahoo.com", "yahoo.com.ph", "outlook.com", "ymail.com"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com", "hotmail.com"],
    "en": ["btinternet.com", "gmail.com", "hotmail.co.uk", "outlook.com", "sky.com", "icloud.com"],
    "us": ["gmail.com", "yahoo.com", "att.net", "bellsouth.net", "hotmail.com"],
    "ca": ["gmail.com", "bell.net", "sympatico.ca", "hotmail.com", "cogeco.ca"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com"],
    "gr": ["gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr", "windowslive.com"],
    "pl": ["wp.pl", "o2.pl", "onet.pl", "gmail.com", "interia.pl"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "home.nl"],
    "dk": ["gmail.com", "hotmail.dk", "mail.dk", "live.dk", "outlook.dk"],
    "br": ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "yahoo.com.br"],
    "bg": ["abv.bg", "mail.bg", "gmail.com", "dir.bg"],
    "id": ["gmail.com", "yahoo.co.id"],
    "ua": ["ukr.net", "gmail.com", "i.ua"],
}


def email(g: Gen, lang: str) -> str:
    return email_of(g, *person(g, lang), MAIL[lang])


# -- places (written for v79) ------------------------------------------------------------------------------------------

#: (city or municipality, province, ZIP code)
PH_PLACES = [("Iloilo City", "Iloilo", "5000"), ("Cebu City", "Cebu", "6000"), ("Bacolod", "Negros Occidental",
                                                                                  "6100"),
             ("Tacloban", "Leyte", "6500"), ("Dumaguete", "Negros Oriental", "6200"), ("Batangas City", "Batangas",
                                                                                         "4200"),
             ("Davao City", "Davao del Sur", "8000"), ("Cavite City", "Cavite", "4100"), ("Legazpi", "Albay", "4500"),
             ("Roxas City", "Capiz", "5800"), ("Naga", "Camarines Sur", "4400"), ("Lapu-Lapu", "Cebu", "6015"),
             ("Kalibo", "Aklan", "5600"), ("Ormoc", "Leyte", "6541")]
PH_STREETS = ["Sampaguita St.", "Rizal Ave.", "Mabini St.", "Bonifacio Drive", "Gumamela St.", "Mango Ave.",
              "Luna St.", "Burgos St.", "Osmeña Blvd.", "Quezon St."]
PH_BARANGAYS = ["Brgy. San Isidro", "Brgy. Poblacion", "Brgy. Tabuc Suba", "Brgy. Mandalagan", "Brgy. Lahug",
                "Brgy. Bagong Silang", "Brgy. Santo Niño", "Brgy. Malinao"]


def ph_street(g: Gen) -> str:
    return g.rnd.choice([(f"Blk {g.rnd.randint(1, 40)} Lot {g.rnd.randint(1, 30)} {g.rnd.choice(PH_STREETS)}, "
                          f"{g.rnd.choice(PH_BARANGAYS)}"),
                         f"{g.rnd.randint(1, 999)} {g.rnd.choice(PH_STREETS)}, {g.rnd.choice(PH_BARANGAYS)}",
                         f"Purok {g.rnd.randint(1, 9)}, {g.rnd.choice(PH_BARANGAYS)}"])


#: (city, state, PIN lead)
IN_PLACES = [("Mumbai", "Maharashtra", "400"), ("Navi Mumbai", "Maharashtra", "400"), ("Kochi", "Kerala", "682"),
             ("Chennai", "Tamil Nadu", "600"), ("Kolkata", "West Bengal", "700"), ("Visakhapatnam", "Andhra Pradesh",
                                                                                   "530"),
             ("Panaji", "Goa", "403"), ("Mangaluru", "Karnataka", "575"), ("Thiruvananthapuram", "Kerala", "695"),
             ("Ratnagiri", "Maharashtra", "415"), ("Kollam", "Kerala", "691")]
IN_STREETS = ["Flat 302, Sea Breeze CHS, Sector 19", "H.No. 14/221, Near St. Mary's Church",
              "B-7, Sagar Darshan Apts, Marine Drive", "2nd Cross, Kadri Hills", "Door No. 41, Beach Road",
              "Plot 58, Shivaji Nagar", "TC 25/1183, Vazhuthacaud", "House 9, Fisheries Colony"]


def in_street(g: Gen) -> str:
    return g.rnd.choice(IN_STREETS).replace("302", str(g.rnd.randint(101, 1204))).replace("58", str(
        g.rnd.randint(2, 300)))


#: (town, postcode outward codes)
UK_PLACES = [("Southampton", ["SO14", "SO15", "SO16", "SO17", "SO19"]), ("Portsmouth", ["PO1", "PO4", "PO5", "PO6"]),
             ("Fareham", ["PO14", "PO15", "PO16"]), ("Chichester", ["PO19", "PO20"]), ("Winchester", ["SO22",
                                                                                                       "SO23"]),
             ("Bournemouth", ["BH1", "BH6", "BH8"]), ("Lymington", ["SO41"]), ("Salisbury", ["SP1", "SP2"]),
             ("Guildford", ["GU1", "GU2"]), ("Reading", ["RG1", "RG4"]), ("Emsworth", ["PO10"]),
             ("Hamble-le-Rice", ["SO31"])]
UK_STREETS = ["Shore Road", "Quay Hill", "Bath Road", "Oxford Street", "Highfield Lane", "Kings Saltern Road",
              "The Parade", "Ferry Road", "Avenue Road", "Priory Close", "Chapel Lane", "Station Approach"]


def uk_postcode(g: Gen, outward: str) -> str:
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{outward} {g.rnd.randint(1, 9)}{g.rnd.choice(letters)}{g.rnd.choice(letters)}"


def uk_street(g: Gen) -> str:
    return g.rnd.choice([f"{g.rnd.randint(1, 140)} {g.rnd.choice(UK_STREETS)}",
                         f"Flat {g.rnd.randint(1, 12)}, {g.rnd.randint(1, 60)} {g.rnd.choice(UK_STREETS)}",
                         (f"{g.rnd.choice(['Rose Cottage', 'The Old Forge', 'Salt Barn', 'Wavecrest'])}, "
                          f"{g.rnd.choice(UK_STREETS)}")])


#: (city, state, ZIP)
US_PLACES = [("Mobile", "AL", "36604"), ("Mobile", "AL", "36609"), ("Theodore", "AL", "36582"), ("Daphne", "AL",
                                                                                                  "36526"),
             ("Saraland", "AL", "36571"), ("Pascagoula", "MS", "39567"), ("Gulfport", "MS", "39501"),
             ("Biloxi", "MS", "39530"), ("Pensacola", "FL", "32505"), ("Grand Bay", "AL", "36541"),
             ("Semmes", "AL", "36575"), ("Moss Point", "MS", "39563")]

#: (city, province, FSA list)
CA_PLACES = [("St. Catharines", "ON", ["L2R", "L2M", "L2N"]), ("Thorold", "ON", ["L2V"]), ("Sarnia", "ON", ["N7T",
                                                                                                         "N7S"]),
             ("Thunder Bay", "ON", ["P7B", "P7A", "P7C"]), ("Port Colborne", "ON", ["L3K"]), ("Owen Sound", "ON",
                                                                                                ["N4K"]),
             ("Sault Ste. Marie", "ON", ["P6A", "P6B"]), ("Collingwood", "ON", ["L9Y"]), ("Welland", "ON", ["L3B",
                                                                                                           "L3C"]),
             ("Goderich", "ON", ["N7A"]), ("Lévis", "QC", ["G6V"]), ("Sorel-Tracy", "QC", ["J3P"])]
CA_STREETS = ["Lakeshore Rd", "Welland Ave", "Ontario St", "Red River Rd", "Queen St E", "Victoria Ave",
              "Christina St N", "Balsam St", "rue Saint-Laurent", "Canal Bank St"]


def ca_postal(g: Gen, fsa: str) -> str:
    return f"{fsa} {g.rnd.randint(0, 9)}{g.rnd.choice('ABCEGHJKLMNPRSTVWXYZ')}{g.rnd.randint(0, 9)}"


#: (town, postcode lead, region)
GR_PLACES = [("Πειραιάς", "185", "Αττική"), ("Σαλαμίνα", "189", "Αττική"), ("Πέραμα", "188", "Αττική"),
             ("Γλυφάδα", "166", "Αττική"), ("Χίος", "821", "Βόρειο Αιγαίο"), ("Άνδρος", "845", "Νότιο Αιγαίο"),
             ("Ερμούπολη", "841", "Νότιο Αιγαίο"), ("Καλαμάτα", "241", "Πελοπόννησος"), ("Αργοστόλι", "281",
                                                                                          "Ιόνια Νησιά"),
             ("Θεσσαλονίκη", "546", "Κεντρική Μακεδονία"), ("Οινούσσες", "821", "Βόρειο Αιγαίο"),
             ("Χανιά", "731", "Κρήτη")]
GR_STREETS = ["Ακτή Μιαούλη", "Γρηγορίου Λαμπράκη", "Καραΐσκου", "Ηρώων Πολυτεχνείου", "Νοταρά", "Τσαμαδού",
              "Κανάρη", "Αιγαίου Πελάγους", "Ναυάρχου Νοταρά", "Αγίου Νικολάου", "Μπουμπουλίνας"]

#: (town, postcode lead)
PL_PLACES = [("Gdynia", "81-"), ("Gdańsk", "80-"), ("Szczecin", "70-"), ("Kołobrzeg", "78-1"), ("Świnoujście", "72-6"),
             ("Słupsk", "76-2"), ("Ustka", "76-27"), ("Wejherowo", "84-2"), ("Rumia", "84-23"), ("Reda", "84-24"),
             ("Puck", "84-1"), ("Koszalin", "75-")]
PL_STREETS = ["ul. Świętojańska", "ul. Morska", "ul. Władysława IV", "ul. Kazimierza Wielkiego", "ul. Portowa",
              "ul. Chrobrego", "ul. Kaszubska", "ul. Rybacka", "al. Zwycięstwa", "ul. Żeromskiego"]


def pl_postcode(g: Gen, lead: str) -> str:
    return lead + g.digits(6 - len(lead))


#: (town, postcode)
DE_PLACES = [("Leer", "26789"), ("Emden", "26721"), ("Bremerhaven", "27568"), ("Bremerhaven", "27570"),
             ("Cuxhaven", "27472"), ("Hamburg", "20459"), ("Hamburg", "22767"), ("Kiel", "24103"),
             ("Rostock", "18055"), ("Haren (Ems)", "49733"), ("Brake", "26919"), ("Jemgum", "26844"),
             ("Papenburg", "26871"), ("Wilhelmshaven", "26382")]
DE_STREETS = ["Hafenstraße", "Deichstraße", "Am Fischerhafen", "Lotsenweg", "Kirchstraße", "Mühlenweg",
              "Bürgermeister-Smidt-Straße", "Ubbo-Emmius-Straße", "Neue Straße", "Wilhelminengang"]

#: (town, postcode digits)
NL_PLACES = [("Lemmer", "8531"), ("Sneek", "8601"), ("Sneek", "8603"), ("Leeuwarden", "8911"), ("Leeuwarden", "8924"),
             ("Heerenveen", "8442"), ("Joure", "8501"), ("Zwolle", "8011"), ("Groningen", "9711"), ("Utrecht", "3581"),
             ("Amsterdam", "1017"), ("Harlingen", "8861"), ("Drachten", "9203")]
NL_STREETS = ["Schans", "Oudesingel", "Stationsweg", "Noorderhaven", "Kerkstraat", "Dijkstraat", "Vissersburen",
              "Zuiderplein", "Bolwerk", "Prinsengracht", "Heerenwal", "De Kolk"]


def nl_postcode(g: Gen, digits: str) -> str:
    letters = g.valid(lambda: g.digits(2, "ABCDEGHJKLMNPRSTVWXZ"), lambda s: s not in {"SA", "SD", "SS"})
    return f"{digits} {letters}" if g.rnd.random() < 0.8 else f"{digits}{letters}"


#: (town, postcode)
DK_PLACES = [("Esbjerg", "6700"), ("Esbjerg V", "6710"), ("Esbjerg N", "6715"), ("Varde", "6800"), ("Ribe", "6760"),
             ("Fanø", "6720"), ("Grindsted", "7200"), ("Vejen", "6600"), ("Kolding", "6000"), ("Skjern", "6900"),
             ("Bramming", "6740"), ("Oksbøl", "6840")]
DK_STREETS = ["Kongensgade", "Strandby Kirkevej", "Stormgade", "Torvegade", "Spangsbjerg Kirkevej", "Havnegade",
              "Skolegade", "Gammel Vardevej", "Hjertingvej", "Storegade"]

#: (city, state)
BR_PLACES = [("Santos", "SP"), ("São Vicente", "SP"), ("Guarujá", "SP"), ("Praia Grande", "SP"), ("Cubatão", "SP"),
             ("Rio de Janeiro", "RJ"), ("Niterói", "RJ"), ("Belém", "PA"), ("Recife", "PE"), ("Salvador", "BA"),
             ("Itajaí", "SC"), ("Rio Grande", "RS")]

#: (town, postcode)
BG_PLACES = [("Варна", "9000"), ("Варна", "9002"), ("Варна", "9010"), ("Бургас", "8000"), ("Бургас", "8008"),
             ("Добрич", "9300"), ("Созопол", "8130"), ("Несебър", "8230"), ("Балчик", "9600"), ("Поморие", "8200"),
             ("Шумен", "9700"), ("Девня", "9160"), ("Аксаково", "9154")]
BG_STREETS = ["ул. „Цар Симеон I“", "бул. „Приморски“", "ул. „Драгоман“", "бул. „Сливница“", "ул. „Македония“",
              "ул. „Александровска“", "ул. „Генерал Колев“", "ул. „Шипка“"]


def bg_street(g: Gen) -> str:
    if g.rnd.random() < 0.3:
        return (f"ж.к. „{g.rnd.choice(['Младост', 'Владислав Варненчик', 'Чайка', 'Изгрев', 'Меден рудник'])}“ "
                f"бл. {g.rnd.randint(1, 140)}, вх. {g.rnd.choice('АБВГ')}, ап. {g.rnd.randint(1, 60)}")
    return f"{g.rnd.choice(BG_STREETS)} {g.rnd.randint(1, 120)}"


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa, Mastercard or Amex prefix."""
    prefix, length = g.rnd.choice([("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("34", 15)])
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


#: BBAN layouts (9 a digit, A a letter, Z either); python-stdnum checks the result
BBAN = {"GR": "9999999ZZZZZZZZZZZZZZZZ", "DE": "999999999999999999", "NL": "AAAA9999999999",
        "BG": "AAAA999999ZZZZZZZZ", "PL": "999999999999999999999999", "DK": "99999999999999",
        "GB": "AAAA99999999999999", "UA": "999999ZZZZZZZZZZZZZZZZZZZ"}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, national checks retried, python-stdnum checks it)."""

    def make() -> str:
        bban = g.code(BBAN[country])
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def imo_number(g: Gen) -> str:
    """A ship's IMO number (seven digits, the last a check digit): ``none``."""
    body = str(g.rnd.randint(900_000, 989_999)) if g.rnd.random() < 0.85 else str(g.rnd.randint(700_000, 899_999))
    number = body + _imo.calc_check_digit(body)
    assert _imo.is_valid(number)
    return number


def container(g: Gen) -> str:
    """An ISO 6346 container number with its check digit: ``none``."""
    body = g.rnd.choice(["MSKU", "TGHU", "CMAU", "HLXU", "SEGU", "TCNU", "MRKU", "OOLU"]) + g.digits(6)
    number = body + _iso6346.calc_check_digit(body)
    assert _iso6346.is_valid(number)
    return number


def mmsi(g: Gen, mid: str) -> str:
    """A ship station's MMSI: the flag's three-digit MID and six digits (no check digit): ``none``."""
    return mid + g.digits(6)


def amka(g: Gen, born: date, female: bool) -> str:
    """A Greek AMKA: the birth date as DDMMYY, four digits (the last even for women), Luhn (python-stdnum checks)."""

    def make() -> str:
        body = born.strftime("%d%m%y") + g.digits(3) + g.rnd.choice("02468" if female else "13579")
        return body + luhn.calc_check_digit(body)

    return g.valid(make, lambda x: _amka.is_valid(x) and _amka.get_birth_date(x).year % 100 == born.year % 100)


def gr_afm(g: Gen, person_: bool = True) -> str:
    """A Greek tax number (ΑΦΜ): a person's starts with 0 or 1, a company's with 8 or 9 (mod-11 check digit)."""
    body = g.rnd.choice("01" if person_ else "89") + g.digits(7)
    number = body + _grvat.calc_check_digit(body)
    assert _grvat.is_valid(number)
    return number


def pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + {18: 80, 19: 0, 20: 20}[born.year // 100]
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}" + g.digits(3) + g.rnd.choice(
        "02468" if female else "13579")
    number = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(number)
    return number


def nip(g: Gen) -> str:
    """A Polish company's NIP (weighted mod 11)."""

    def make() -> str:
        return g.rnd.choice(["586", "958", "583", "851", "204", "955"]) + g.digits(7)

    number = g.valid(make, _nip.is_valid)
    return f"{number[:3]}-{number[3:6]}-{number[6:8]}-{number[8:]}" if g.rnd.random() < 0.5 else number


def steuer_id(g: Gen) -> str:
    """A German Steuer-Identifikationsnummer (ISO 7064 mod 11,10; one digit repeated)."""

    def make() -> str:
        body = g.digits(1, "123456789") + g.digits(9)
        return body + mod_11_10.calc_check_digit(body)

    return g.valid(make, _idnr.is_valid)


def cpr(g: Gen, born: date, female: bool) -> str:
    """A Danish CPR number encoding the birth date and the century (the seventh digit), the last digit even for
    women (python-stdnum checks the date; modulo 11 is no longer required)."""
    if born.year >= 2000:
        seventh = g.rnd.choice("4")
    else:
        seventh = g.rnd.choice("0123")
    body = born.strftime("%d%m%y") + seventh + g.digits(2) + g.rnd.choice("02468" if female else "13579")
    assert _cpr.is_valid(body) and _cpr.get_birth_date(body) == born
    return f"{body[:6]}-{body[6:]}" if g.rnd.random() < 0.7 else body


def cvr(g: Gen) -> str:
    return g.valid(lambda: g.digits(1, "123456789") + g.digits(7), _cvr.is_valid)


def btw(g: Gen) -> str:
    """A Dutch VAT number (``NL`` nine digits ``B01``: the mod-11 check of the nine digits)."""
    return g.valid(lambda: "NL" + g.digits(9) + "B01", _btw.is_valid)


def cpf(g: Gen, dotted: bool = True) -> str:
    body = g.digits(9)
    full = g.valid(lambda: body + g.digits(2), _cpf.is_valid)
    return f"{full[:3]}.{full[3:6]}.{full[6:9]}-{full[9:]}" if dotted else full


def cnpj(g: Gen) -> str:
    body = g.digits(8) + "0001"
    number = body + _cnpj.calc_check_digits(body)
    assert _cnpj.is_valid(number)
    return f"{number[:2]}.{number[2:5]}.{number[5:8]}/{number[8:12]}-{number[12:]}"


def egn(g: Gen, born: date, female: bool) -> str:
    """A Bulgarian ЕГН encoding the birth date (month + 40 after 1999), the ninth digit odd for women."""
    month = born.month + (40 if born.year >= 2000 else 0)
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}" + g.digits(2) + g.rnd.choice(
        "13579" if female else "02468")
    number = body + _egn.calc_check_digit(body)
    assert _egn.is_valid(number) and _egn.get_birth_date(number) == born
    return number


def sin(g: Gen) -> str:
    """A Canadian SIN (Luhn; first digit 1 to 7 for residents)."""
    body = g.rnd.choice("1234567") + g.digits(7)
    number = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(number)
    return number


def ca_bn(g: Gen) -> str:
    body = g.digits(1, "12345678") + g.digits(7)
    number = body + luhn.calc_check_digit(body)
    assert _bn.is_valid(number)
    return number


def pan(g: Gen, last: str) -> str:
    """An Indian PAN of a person: the fourth letter ``P``, the fifth the surname's initial."""
    initial = plain(last)[0].upper()
    number = g.code("AAA") + "P" + initial + f"{g.rnd.randint(1, 9999):04d}" + g.code("A")
    assert _pan.is_valid(number)
    return number


def aadhaar(g: Gen) -> str:
    from stdnum import verhoeff

    def make() -> str:
        body = g.digits(1, "23456789") + g.digits(10)
        return body + verhoeff.calc_check_digit(body)

    number = g.valid(make, _aadhaar.is_valid)
    return f"{number[:4]} {number[4:8]} {number[8:]}" if g.rnd.random() < 0.6 else number


def uen(g: Gen) -> str:
    """A Singapore local company's UEN (year, five digits, check letter)."""

    def make() -> str:
        body = str(g.rnd.randint(1995, 2022)) + g.digits(5)
        return body + _uen.calc_local_company_check_digit(body)

    return g.valid(make, _uen.is_valid)


NRIC_LETTERS = {"ST": "JZIHGFEDCBA", "FG": "XWUTRQPNMLK"}


def nric_check(body: str) -> str:
    """The check letter of a Singapore NRIC or FIN (``S``/``T``/``F``/``G`` and seven digits)."""
    total = sum(int(d) * w for d, w in zip(body[1:], (2, 7, 6, 5, 4, 3, 2)))
    total += 4 if body[0] in "TG" else 0
    return NRIC_LETTERS["ST" if body[0] in "ST" else "FG"][total % 11]


def nric_valid(number: str) -> bool:
    number = number.strip().upper()
    return (len(number) == 9 and number[0] in "STFG" and number[1:8].isdigit()
            and number[8] == nric_check(number[:8]))


def nric(g: Gen, born: date, foreigner: bool) -> str:
    """A Singapore NRIC (citizens: ``S`` before 2000, ``T`` after; the first two digits the birth year) or FIN."""
    if foreigner:
        body = g.rnd.choice("FG") + g.digits(7)
    else:
        body = ("S" if born.year < 2000 else "T") + f"{born.year % 100:02d}" + g.digits(5)
    return body + nric_check(body)


def sss(g: Gen) -> str:
    """A Philippine SSS number ``NN-NNNNNNN-N`` (no public check digit; a shape)."""
    return f"{g.rnd.randint(1, 34):02d}-{g.digits(7)}-{g.digits(1)}"


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)


# -- businesses and decoys (written for v79) ---------------------------------------------------------------------------

#: shipowners and managers (invented)
OWNERS = ["Aegean Bulk Carriers S.A.", "Thalassa Tankers Inc.", "Kastelli Shipping Co.", "Nordmeer Reederei GmbH",
          "Baltic Crown Shipmanagement", "Lionsgate Marine Pte Ltd", "Eastwind Reefer Lines", "Oinousses Maritime Ltd",
          "Blue Gannet Shipping AS", "Meridian Ro-Ro Services"]
#: vessel names (some named like people, tag ``name_like``)
VESSELS = ["MV Santa Rosalia", "MT Aegean Dawn", "MV Kapetan Giorgis", "MV Nordic Tern", "MT Lady Evdokia",
           "MV Baltic Amber", "MV Spirit of Leyte", "MT Anna Maria K", "MV Cape Sounion", "MV Hermann Schulte",
           "MV Star of Chios", "MT Maria Elena", "MV Bulk Prosperity", "MV Ocean Marigold", "MV Iron Kestrel"]
RANKS_EN = ["Master", "Chief Officer", "2nd Officer", "3rd Officer", "Chief Engineer", "2nd Engineer",
            "3rd Engineer", "Electrician", "Bosun", "AB", "OS", "Oiler", "Wiper", "Chief Cook", "Messman",
            "Fitter", "Deck Cadet"]
FLAGS = [("Panama", "351"), ("Liberia", "636"), ("Marshall Islands", "538"), ("Malta", "248"), ("Greece", "240"),
         ("Cyprus", "210"), ("Bahamas", "311"), ("Singapore", "563")]


def vessel(g: Gen) -> str:
    return g.rnd.choice(VESSELS)


def call_sign(g: Gen) -> str:
    return g.rnd.choice(["3E", "5L", "V7", "9H", "SV", "C6", "9V", "D5", "H3", "P3"]) + g.code("AA9")


def passport(g: Gen, nationality: str) -> str:
    """A passport number by its shape (no public check digit): ``national_id``."""
    layout = {"PH": "P9999999A", "IN": "A9999999", "GR": "AA9999999", "PL": "AA9999999", "DE": "C9ZZZZZZZ",
              "BG": "999999999", "BR": "AA999999", "ID": "A9999999", "UA": "AA999999", "GB": "999999999",
              "NL": "AA9999999", "DK": "99999999"}[nationality]
    return g.code(layout)


def office_street(g: Gen) -> str:
    return g.rnd.choice([f"{g.rnd.randint(1, 80)} Harbour Road", f"Unit {g.rnd.randint(2, 30)}, Ocean Gateway",
                         f"{g.rnd.randint(1, 200)} Marine Parade", f"Pier {g.rnd.randint(1, 9)} Terminal Building"])
