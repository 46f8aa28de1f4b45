"""Values of held-out set v81 (:mod:`benchmarks.classification.heldout_v81`): v81's random source, names, streets,
towns and postal codes written by hand for v81 (no Faker, no list of real people), phones drawn from leading digits
of each region and checked with phonenumbers, and identifiers with check digits computed and checked with
python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module; the phone maker, the lists and the identifier
builders below are new.
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
from stdnum.ca import bc_phn as _bc_phn
from stdnum.ca import bn as _bn
from stdnum.cz import bankaccount as _cz_account
from stdnum.cz import dic as _cz_dic
from stdnum.cz import rc as _rc
from stdnum.de import vat as _de_vat
from stdnum.dk import cpr as _cpr
from stdnum.dk import cvr as _cvr
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _gr_vat
from stdnum.ke import pin as _ke_pin
from stdnum.pt import cc as _pt_cc
from stdnum.pt import nif as _pt_nif
from stdnum.se import orgnr as _orgnr
from stdnum.se import personnummer as _pnr
from stdnum.tr import tckimlik as _tckimlik
from stdnum.tr import vkn as _vkn
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 81_508_2026
N = "none"
#: a login or an AS/400 or SAP user profile (review, as in v5 to v80)
USERNAME = "unclassified"
#: NULL-like strings and placeholders of v81's systems, in their languages (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "?", "#N/A",
    "nil", "<null>", "0", "000-00-0000", "000000000", "0000000000", "00000000", "XXX", "xxx", "AA000000A",
    "noemail@noemail.com", "no@email.com", "00-0000000-0", "not provided", "Not provided", "N.A.", "NONE",
    # Swedish, Danish, Czech, Turkish, Portuguese, Greek, German
    "saknas", "okänd", "uppgift saknas", "ukendt", "ingen", "mangler", "neuvedeno", "není", "neznámý", "yok",
    "bilinmiyor", "belirtilmemiş", "desconhecido", "não indicado", "sem dados", "n.d.", "άγνωστο",
    "δεν υπάρχει", "unbekannt", "keine Angabe", "k.A.", "*")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v81:{SEED}:{table}")

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

    def md5(self) -> str:
        return hashlib.md5(str(self.rnd.random()).encode(), usedforsecurity=False).hexdigest()

    def version(self) -> str:
        return f"{self.rnd.randint(1, 9)}.{self.rnd.randint(0, 24)}.{self.rnd.randint(0, 40)}"

    def ipv4(self) -> str:
        first = self.rnd.choice([31, 46, 51, 62, 78, 81, 86, 92, 109, 141, 151, 176, 185, 212, 217])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2a00", "2a01", "2a02", "2001", "2a0a"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones (new for v81: leading digits of the national number per region, checked with phonenumbers)
    def phone(self, plan: str, fmt: str = "e164", mobile: bool = True) -> Any:
        """A valid number of ``plan`` (a key of :data:`PHONE_PLANS`), as ``fmt``: ``e164``, ``intl``, ``national``,
        ``digits`` (the national digits), ``msisdn`` (country code and number, digits only), ``dashes`` (North
        American ``NXX-NXX-XXXX``) or ``int`` (the national digits as an integer, as legacy files keep them)."""
        region, mobiles, fixed = PHONE_PLANS[plan]
        leads = mobiles if mobile else fixed
        cc = phonenumbers.country_code_for_region(region)

        def make() -> str:
            lead, length = self.rnd.choice(leads)
            return lead + self.digits(length - len(lead))

        def ok(nsn: str) -> bool:
            return phonenumbers.is_valid_number(phonenumbers.parse(f"+{cc}{nsn}"))

        nsn = self.valid(make, ok)
        number = phonenumbers.parse(f"+{cc}{nsn}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        if fmt == "msisdn":
            return f"{cc}{nsn}"
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        digits = "".join(ch for ch in national if ch.isdigit())
        if fmt == "digits":
            return digits
        if fmt == "int":
            return int(digits)
        if fmt == "dashes":
            return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
        return national

    def phones(self, plan: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(plan, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


#: plan -> (region, mobile leads, fixed-line leads); a lead is (leading digits of the national number, its length)
PHONE_PLANS: dict[str, tuple[str, list[tuple[str, int]], list[tuple[str, int]]]] = {
    "oh": ("US", [(a, 10) for a in ("330", "234", "419", "567", "614", "740", "216", "440")],
           [(a, 10) for a in ("330", "234", "419", "740")]),
    "tx": ("US", [(a, 10) for a in ("512", "737", "830", "325", "254", "210")],
           [(a, 10) for a in ("830", "512", "325")]),
    "wales": ("GB", [("74", 10), ("75", 10), ("77", 10), ("78", 10), ("79", 10)],
              [("2920", 10), ("1792", 10), ("1267", 10), ("1970", 10), ("1248", 10), ("1633", 10), ("1978", 10)]),
    "ni": ("GB", [("77", 10), ("78", 10), ("79", 10), ("75", 10)],
           [("2890", 10), ("2871", 10), ("2882", 10), ("2866", 10), ("2837", 10), ("2870", 10), ("2891", 10)]),
    "qld": ("AU", [("40", 9), ("41", 9), ("42", 9), ("43", 9), ("45", 9), ("47", 9), ("48", 9)],
            [("73", 9), ("74", 9), ("75", 9)]),
    "bc": ("CA", [(a, 10) for a in ("604", "778", "250", "236")], [(a, 10) for a in ("250", "604")]),
    "ke": ("KE", [("70", 9), ("71", 9), ("72", 9), ("74", 9), ("79", 9), ("110", 9), ("757", 9)],
           [("20", 9), ("57", 9), ("51", 9)]),
    "ph": ("PH", [("917", 10), ("918", 10), ("927", 10), ("939", 10), ("995", 10), ("998", 10), ("906", 10)],
           [("28", 9), ("45", 9)]),
    "se": ("SE", [("70", 9), ("72", 9), ("73", 9), ("76", 9), ("79", 9)], [("26", 8), ("26", 9), ("290", 9)]),
    "dk": ("DK", [("2", 8), ("30", 8), ("31", 8), ("40", 8), ("42", 8), ("50", 8), ("53", 8), ("61", 8)],
           [("86", 8), ("87", 8), ("89", 8)]),
    "cz": ("CZ", [("60", 9), ("70", 9), ("72", 9), ("73", 9), ("77", 9), ("79", 9)], [("37", 9)]),
    "tr": ("TR", [(f"5{d}", 10) for d in ("30", "32", "33", "35", "38", "42", "44", "46", "52", "55")],
           [("224", 10)]),
    "pt": ("PT", [("91", 9), ("92", 9), ("93", 9), ("96", 9)], [("253", 9), ("252", 9)]),
    "gr": ("GR", [("69", 10)], [("21", 10), ("231", 10), ("2610", 10)]),
    "de": ("DE", [("151", 11), ("152", 11), ("157", 11), ("160", 11), ("170", 11), ("176", 11), ("179", 11)],
           [("345", 10), ("345", 11), ("3461", 11), ("3443", 11)]),
}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v81) -------------------------------------------------------------------------------------------

#: origin -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "oh": (["Dale", "Curtis", "Randall", "Brent", "Jerome", "Kyle", "Travis", "Elmer", "Wendell", "Marcus"],
           ["Brenda", "Tammy", "Darlene", "Kayla", "Rhonda", "Shauna", "LaToya", "Erin", "Bethany", "Gail"],
           ["Yoder", "Hershberger", "Stutzman", "Troyer", "Kaufman", "Lehman", "Shoup", "Oberholtzer", "Zimmerly",
            "Cutright", "Hostetler", "Blankenship", "Gerber", "Wengerd", "Pettit", "Swartzentruber"]),
    "tx": (["Cody", "Wade", "Royce", "Jesús", "Ramiro", "Eusebio", "Clint", "Duane", "Tuan", "Bao"],
           ["Lupe", "Yolanda", "Mireya", "Dolores", "Shelby", "Kristi", "Rosalinda", "Nhung", "Jolene", "Maribel"],
           ["Gonzales", "Villarreal", "Cantú", "Zamora", "Saenz", "Kuykendall", "Pruitt", "Birdwell", "Wendland",
            "Mueller", "Ngo", "Treviño", "Hollingsworth", "Pfluger"]),
    "wales": (["Rhys", "Dafydd", "Gethin", "Iwan", "Emyr", "Gareth", "Huw", "Aled", "Cai", "Osian"],
              ["Cerys", "Ffion", "Eleri", "Nia", "Sioned", "Bethan", "Carys", "Mali", "Lowri", "Angharad"],
              ["Jones", "Davies", "Pritchard", "Pugh", "Prosser", "Vaughan", "Bevan", "Llewellyn", "Howells",
               "Griffiths", "Parry", "Meredith", "ap Iorwerth", "Maddocks"]),
    "ni": (["Ciarán", "Eoin", "Gareth", "Darren", "Pádraig", "Ryan", "Stephen", "Conor", "Trevor", "Niall"],
           ["Siobhán", "Aoife", "Gemma", "Orla", "Nuala", "Claire", "Roisin", "Shauna", "Lyndsey", "Caoimhe"],
           ["McAllister", "O'Neill", "Quinn", "Boyd", "Gallagher", "McCartney", "Devlin", "Hamill", "Magee",
            "McKeown", "Donnelly", "Agnew", "McCrory", "Scullion"]),
    "qld": (["Brody", "Lachlan", "Shane", "Darcy", "Keegan", "Rohan", "Tane", "Wiremu", "Bilal", "Mitchell"],
            ["Kirra", "Tahlia", "Shannon", "Jodie", "Leanne", "Mele", "Priya", "Chelsea", "Narelle", "Brooke"],
            ["Nolan", "Bretherton", "Cavanagh", "Pappas", "Fatafehi", "Walker", "Tapsell", "Mabo", "Sorensen",
             "Kowalczyk", "Dempsey", "Hutchins", "Ngata", "Rasmussen"]),
    "bc": (["Gurjit", "Wei", "Liam", "Bryce", "Arnel", "Kiyoshi", "Mateo", "Dustin", "Harjit", "Owen"],
           ["Simran", "Xinyi", "Kaitlyn", "Marisol", "Rowan", "Jasleen", "Mae", "Tessa", "Yuki", "Hailey"],
           ["Sandhu", "Grewal", "Chen", "Wong", "Tremblay", "MacLeod", "Dela Rosa", "Fehr", "Nakamura",
            "Thiessen", "Gill", "Lau", "Bouchard", "Sidhu"]),
    "ke": (["Kamau", "Otieno", "Kiprono", "Wafula", "Mutua", "Omondi", "Kiptoo", "Baraka", "Njoroge", "Wekesa"],
           ["Wanjiru", "Achieng", "Chebet", "Nafula", "Mwende", "Akinyi", "Njeri", "Jepkosgei", "Nekesa", "Atieno"],
           ["Mwangi", "Ochieng", "Kiplagat", "Barasa", "Muthoni", "Odhiambo", "Kipchumba", "Wanyama", "Nyaga",
            "Onyango", "Cheruiyot", "Musyoka", "Karanja", "Oduor"]),
    "ph": (["Jose", "Rodrigo", "Reynaldo", "Efren", "Danilo", "Ramil", "Jun", "Rolando", "Crisanto", "Edgardo"],
           ["Maria Luisa", "Ma. Cristina", "Rosario", "Teresita", "Marites", "Lorna", "Evangeline", "Corazon",
            "Remedios", "Perla"],
           ["Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Pangilinan", "Manalo", "Tolentino",
            "Dizon", "Lacson", "Sicat", "Gatchalian", "Aquino"]),
    "sv": (["Göran", "Leif", "Mats", "Ulf", "Per-Olof", "Johan", "Kent", "Ove", "Pontus", "Erik"],
           ["Birgitta", "Ulla", "Agneta", "Marie", "Karin", "Elin", "Kristina", "Siv", "Annika", "Matilda"],
           ["Lundqvist", "Östlund", "Hedlund", "Sjöberg", "Norberg", "Engström", "Wikström", "Backman", "Hägglund",
            "Jonsson", "Eriksson", "Strand"]),
    "da": (["Søren", "Jesper", "Mads", "Niels", "Torben", "Anders", "Poul", "Kasper", "Rasmus", "Bent"],
           ["Mette", "Lone", "Signe", "Birthe", "Ida", "Hanne", "Trine", "Karen", "Lærke", "Susanne"],
           ["Kjærgaard", "Mikkelsen", "Bech", "Damgaard", "Overgaard", "Thygesen", "Holm", "Lauridsen", "Bisgaard",
            "Skov", "Andersen", "Frandsen"]),
    "cs": (["Jiří", "Petr", "Tomáš", "Lukáš", "Vlastimil", "Miroslav", "Radek", "Ondřej", "Zdeněk", "Jaroslav"],
           ["Jana", "Lenka", "Hana", "Alena", "Kateřina", "Markéta", "Zdeňka", "Věra", "Ivana", "Šárka"],
           # (male form, female form)
           []),
    "tr": (["Mehmet", "Hüseyin", "Mustafa", "Emre", "Oğuz", "Serkan", "Yusuf", "Kadir", "Burak", "İsmail"],
           ["Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Gülay", "Şerife", "Derya", "Büşra"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan", "Doğan", "Kılıç", "Erdoğdu",
            "Karaca", "Güneş", "Özdemir"]),
    "pt": (["João", "Manuel", "António", "Rui", "Nuno", "Fernando", "Joaquim", "Tiago", "Sérgio", "Domingos"],
           ["Maria", "Ana", "Conceição", "Fátima", "Rosa", "Sofia", "Filipa", "Inês", "Graça", "Lurdes"],
           ["Silva", "Ferreira", "Pereira", "Fernandes", "Gonçalves", "Machado", "Araújo", "Ribeiro", "Lopes",
            "Sousa", "Carvalho", "Magalhães", "Vieira", "Macedo"]),
    "el": (["Γεώργιος", "Δημήτριος", "Ιωάννης", "Κωνσταντίνος", "Νικόλαος", "Παναγιώτης", "Βασίλειος", "Χρήστος",
            "Αθανάσιος", "Σπυρίδων"],
           ["Μαρία", "Ελένη", "Αικατερίνη", "Βασιλική", "Σοφία", "Αγγελική", "Δέσποινα", "Ευαγγελία", "Παρασκευή",
            "Χρυσούλα"],
           []),
    "de": (["Jens", "Uwe", "Matthias", "Torsten", "Rico", "Steffen", "Maik", "Dirk", "Heiko", "Sven"],
           ["Ines", "Peggy", "Kerstin", "Manuela", "Anja", "Doreen", "Susann", "Yvonne", "Katrin", "Mandy"],
           ["Schulze", "Krause", "Lehmann", "Hoffmann", "Richter", "Wolf", "Kühne", "Böhme", "Zimmermann",
            "Fiedler", "Gräfe", "Scholz", "Reichelt", "Pfeiffer"]),
}

#: Czech family names (male form, female form)
CS_FAMILIES = [("Novák", "Nováková"), ("Dvořák", "Dvořáková"), ("Černý", "Černá"), ("Procházka", "Procházková"),
               ("Kučera", "Kučerová"), ("Veselý", "Veselá"), ("Krejčí", "Krejčí"), ("Horák", "Horáková"),
               ("Němec", "Němcová"), ("Pokorný", "Pokorná"), ("Marek", "Marková"), ("Hájek", "Hájková")]
#: Greek family names (male form, female form)
EL_FAMILIES = [("Παπαδόπουλος", "Παπαδοπούλου"), ("Βλάχος", "Βλάχου"), ("Οικονόμου", "Οικονόμου"),
               ("Γεωργίου", "Γεωργίου"), ("Καραγιάννης", "Καραγιάννη"), ("Μακρής", "Μακρή"),
               ("Παπανικολάου", "Παπανικολάου"), ("Αντωνίου", "Αντωνίου"), ("Κωνσταντινίδης", "Κωνσταντινίδου"),
               ("Ζαχαρίου", "Ζαχαρίου"), ("Δημητρίου", "Δημητρίου"), ("Τσιρίγος", "Τσιρίγου")]


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``; Czech and Greek family names take the female form for women."""
    female = g.rnd.random() < 0.5 if female is None else female
    males, females, lasts = NAMES[lang]
    first = g.rnd.choice(females if female else males)
    if lang == "cs":
        pair = g.rnd.choice(CS_FAMILIES)
        return first, pair[1] if female else pair[0]
    if lang == "el":
        pair = g.rnd.choice(EL_FAMILIES)
        return first, pair[1] if female else pair[0]
    return first, g.rnd.choice(lasts)


def whole(g: Gen, lang: str) -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def given(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def family(g: Gen, lang: str) -> str:
    return person(g, lang)[1]


GREEK_LATIN = str.maketrans({"α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th",
                             "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p",
                             "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps",
                             "ω": "o"})


def plain(text: str) -> str:
    folded = fold(text).replace("ου", "ou").replace("αι", "ai").translate(GREEK_LATIN).replace("ı", "i")
    return "".join(ch for ch in folded if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first), plain(last)
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(60, 99)}", f"{b}{a[:2]}"])
    return f"{local}@{g.rnd.choice(domains)}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first), plain(last)
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a}{b[:3]}"][style % 5]


#: lang -> personal mail domains
DOMAINS = {
    "oh": ["gmail.com", "yahoo.com", "aol.com", "frontier.com", "outlook.com", "sssnet.com"],
    "tx": ["gmail.com", "yahoo.com", "hctc.net", "att.net", "hotmail.com"],
    "wales": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk"],
    "ni": ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "icloud.com"],
    "qld": ["gmail.com", "bigpond.com", "outlook.com", "hotmail.com", "icloud.com", "optusnet.com.au"],
    "bc": ["gmail.com", "shaw.ca", "telus.net", "hotmail.com", "outlook.com"],
    "ke": ["gmail.com", "yahoo.com", "outlook.com"],
    "ph": ["gmail.com", "yahoo.com", "yahoo.com.ph"],
    "sv": ["telia.com", "gmail.com", "hotmail.com", "outlook.com", "bredband.net"],
    "da": ["gmail.com", "hotmail.com", "mail.dk", "outlook.dk", "jubii.dk"],
    "cs": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com", "post.cz"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com", "outlook.com"],
    "pt": ["gmail.com", "sapo.pt", "hotmail.com", "outlook.pt", "netcabo.pt"],
    "el": ["gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "freenet.de"],
}


def email(g: Gen, lang: str) -> str:
    return email_of(g, *person(g, lang), DOMAINS[lang])


# -- places (written for v81) ------------------------------------------------------------------------------------------

#: Wayne and Holmes County, Ohio: (town, ZIP)
OH_TOWNS = [("Wooster", "44691"), ("Orrville", "44667"), ("Rittman", "44270"), ("Smithville", "44677"),
            ("Dalton", "44618"), ("Shreve", "44676"), ("Apple Creek", "44606"), ("Kidron", "44636"),
            ("Marshallville", "44645"), ("Doylestown", "44230")]
OH_STREETS = ["N Main St", "W High St", "Paradise St", "Mineral Springs St", "Crown Hill Rd", "Back Orrville Rd",
              "Kidron Rd", "Pleasant View Dr", "Elm St", "Buckeye Ave", "Cherry Rd", "Smucker Rd"]
#: Texas Hill Country: (town, ZIP)
TX_TOWNS = [("Dripping Springs", "78620"), ("Wimberley", "78676"), ("Blanco", "78606"), ("Johnson City", "78636"),
            ("Marble Falls", "78654"), ("Burnet", "78611"), ("Llano", "78643"), ("Kingsland", "78639"),
            ("Round Mountain", "78663"), ("Bertram", "78605")]
TX_ROADS = ["FM 2325", "FM 1431", "RR 12", "CR 305", "CR 114", "Ranch Rd 165", "Cypress Creek Rd",
            "Pecan Grove Ln", "Live Oak Dr", "Mesquite Trl", "Bluebonnet Ln", "Sandy Creek Rd"]
#: Wales: (town, postcode districts)
WALES_TOWNS = [("Cardiff", ["CF5", "CF11", "CF14", "CF24"]), ("Swansea", ["SA1", "SA2", "SA5"]),
               ("Carmarthen", ["SA31"]), ("Aberystwyth", ["SY23"]), ("Bangor", ["LL57"]), ("Caernarfon", ["LL55"]),
               ("Wrexham", ["LL11", "LL13"]), ("Newport", ["NP19", "NP20"]), ("Merthyr Tydfil", ["CF47"]),
               ("Llanelli", ["SA14", "SA15"]), ("Pontypridd", ["CF37"]), ("Brecon", ["LD3"])]
WALES_STREETS = ["Heol y Bont", "Stryd Fawr", "Ffordd yr Orsaf", "Maes y Llan", "Clos Cae Glas", "Lôn Ddewi",
                 "High Street", "Station Road", "Tudor Street", "Cathays Terrace", "Bryn Road", "Heol Isaf",
                 "Penywern Road", "Glan yr Afon"]
WALES_LOCALITIES = ["Gorseinon", "Penparcau", "Rhiwbina", "Trefechan", "Bethesda", "Dowlais", "Treforest",
                    "Pontarddulais", "Llanbadarn Fawr", "Cwmbach"]
#: Northern Ireland: (town, postcode districts)
NI_TOWNS = [("Belfast", ["BT5", "BT6", "BT9", "BT14", "BT15"]), ("Lisburn", ["BT27", "BT28"]),
            ("Newry", ["BT34", "BT35"]), ("Armagh", ["BT60", "BT61"]), ("Omagh", ["BT78", "BT79"]),
            ("Enniskillen", ["BT74"]), ("Ballymena", ["BT42", "BT43"]), ("Coleraine", ["BT51", "BT52"]),
            ("Londonderry", ["BT47", "BT48"]), ("Bangor", ["BT19", "BT20"]), ("Portadown", ["BT62"]),
            ("Strabane", ["BT82"])]
NI_STREETS = ["Ormeau Road", "Lisburn Road", "Antrim Road", "Main Street", "Scotch Street", "Bishop Street",
              "Church Street", "Drumragh Avenue", "Glenavy Road", "Cregagh Park", "Killyclogher Road",
              "Dungiven Road", "Shore Road", "Castle Street"]
#: Queensland: (suburb, postcode)
QLD_SUBURBS = [("Toowoomba City", "4350"), ("Ipswich", "4305"), ("Logan Central", "4114"), ("Caboolture", "4510"),
               ("Bundaberg South", "4670"), ("Rockhampton City", "4700"), ("Mackay", "4740"),
               ("Aitkenvale", "4814"), ("Manunda", "4870"), ("Pialba", "4655"), ("Gympie", "4570"),
               ("Redcliffe", "4020"), ("Nambour", "4560"), ("Beenleigh", "4207"), ("Mount Isa", "4825")]
QLD_STREETS = ["Ruthven St", "Jacaranda Ave", "Poinciana Cres", "Bunya Rd", "Wattle Ct", "Moreton Bay Rd",
               "Banksia Dr", "Mango Ave", "Cane Farm Rd", "Frangipani St", "Bottlebrush Pl", "Kookaburra Cl"]
#: British Columbia: (city, forward sortation areas)
BC_CITIES = [("Kamloops", ["V2B", "V2C", "V2H"]), ("Kelowna", ["V1V", "V1W", "V1Y"]), ("Vernon", ["V1B", "V1T"]),
             ("Prince George", ["V2L", "V2M", "V2N"]), ("Nanaimo", ["V9R", "V9S", "V9T"]),
             ("Abbotsford", ["V2S", "V2T"]), ("Chilliwack", ["V2P", "V2R"]), ("Surrey", ["V3W", "V3S"]),
             ("Penticton", ["V2A"]), ("Cranbrook", ["V1C"]), ("Salmon Arm", ["V1E"])]
BC_STREETS = ["Columbia St", "Fraser Hwy", "Tranquille Rd", "Bernard Ave", "Okanagan Lake Rd", "Cedar Hills Cres",
              "Arbutus Pl", "Sitka Spruce Way", "Ospika Blvd", "Harrison Ave", "Vedder Rd", "Lakeshore Dr"]
#: Kenya: towns and trading centres near rural mini-grids
KE_TOWNS = ["Mfangano", "Sena", "Kitonyoni", "Entasopia", "Ngurunit", "Talek", "Oloitokitok", "Kakuma", "Lokichar",
            "Mbita", "Homa Bay", "Kendu Bay", "Kajiado", "Namanga"]
KE_PLOTS = ["Plot {n}, near the chief's camp", "House {n}, Mwangaza estate", "Behind St. Mary's church, plot {n}",
            "Kiosk {n}, market road", "Plot {n}, off the beach road", "Near the borehole, house {n}",
            "Plot {n}, Kanisa lane", "Opposite the dispensary, house {n}"]
#: Tarlac, the Philippines: (municipality, ZIP, barangays)
PH_TOWNS = [("Tarlac City", "2300", ["San Nicolas", "Matatalaib", "Maliwalo", "San Roque", "Santo Cristo"]),
            ("Capas", "2315", ["Cristo Rey", "Santo Domingo", "Dolores"]),
            ("Concepcion", "2316", ["San Nicolas Poblacion", "Santa Rosa", "Balutu"]),
            ("Paniqui", "2307", ["Estacion", "Samput", "Abogado"]), ("Gerona", "2302", ["Poblacion 1", "Magaspac"]),
            ("Camiling", "2306", ["Poblacion A", "Cayaoan"]), ("Victoria", "2313", ["San Gavino", "Baculong"])]
PH_STREETS = ["Rizal St.", "Mabini St.", "Luna St.", "Burgos Ave.", "MacArthur Hwy.", "Zamora St.", "Purok 3",
              "Purok 5", "F. Tanedo St.", "Macabulos Dr."]
#: Gävleborg and Uppsala county: (town, postcode lead)
SE_TOWNS = [("Gävle", "802"), ("Gävle", "803"), ("Gävle", "806"), ("Sandviken", "811"), ("Valbo", "818"),
            ("Skutskär", "814"), ("Storvik", "812"), ("Hofors", "813"), ("Bollnäs", "821")]
SE_STREETS = ["Södra Kungsgatan", "Björkgatan", "Brynäsgatan", "Hemlingbyvägen", "Lövstagatan", "Sätragatan",
              "Granvägen", "Tallbacksvägen", "Råbergsvägen", "Kvarnvägen", "Hedesundavägen"]
#: Djursland, Denmark: (town, postnr)
DK_TOWNS = [("Ebeltoft", "8400"), ("Rønde", "8410"), ("Knebel", "8420"), ("Grenaa", "8500"), ("Hornslet", "8543"),
            ("Mørke", "8544"), ("Ryomgård", "8550"), ("Kolind", "8560"), ("Trustrup", "8570")]
DK_STREETS = ["Skovvej", "Bakkevej", "Præstegårdsvej", "Stationsvej", "Kirkebakken", "Mejerivej", "Enghavevej",
              "Birkevænget", "Toftevej", "Strandvejen", "Molsvej"]
#: Plzeň region: (obec, PSČ)
CZ_TOWNS = [("Plzeň", "301 00"), ("Plzeň", "312 00"), ("Plzeň", "318 00"), ("Plzeň", "326 00"),
            ("Rokycany", "337 01"), ("Přeštice", "334 01"), ("Nýřany", "330 23"), ("Stod", "333 01"),
            ("Dobřany", "334 41"), ("Starý Plzenec", "332 02")]
CZ_STREETS = ["Masarykova", "Husova", "Klatovská třída", "Slovanská alej", "Jiráskova", "Žižkova", "Lidická",
              "U Radbuzy", "Na Pískách", "Komenského", "Plzeňská"]
#: Bursa: (ilçe, posta kodu lead)
TR_DISTRICTS = [("Osmangazi", "16"), ("Nilüfer", "16"), ("Yıldırım", "16"), ("Gemlik", "16"), ("İnegöl", "16"),
                ("Mudanya", "16"), ("Gürsu", "16"), ("Kestel", "16")]
TR_NEIGHBOURHOODS = ["Fatih Mah.", "Ertuğrul Mah.", "Yeşilyayla Mah.", "Hamitler Mah.", "Görükle Mah.",
                     "Demirtaş Mah.", "Kurtuluş Mah.", "Alaaddin Bey Mah."]
TR_STREETS = ["Gül Sk.", "Lale Sk.", "Çınar Cd.", "Atatürk Cd.", "İstiklal Sk.", "Kuyumcu Sk.", "Menekşe Sk.",
              "Zambak Sk.", "Mimar Sinan Cd."]
#: Minho: (localidade, postcode lead)
PT_TOWNS = [("Braga", "4700"), ("Braga", "4710"), ("Guimarães", "4800"), ("Barcelos", "4750"),
            ("Vila Verde", "4730"), ("Vila Nova de Famalicão", "4760"), ("Amares", "4720"),
            ("Póvoa de Lanhoso", "4830"), ("Esposende", "4740")]
PT_STREETS = ["Rua do Souto", "Avenida da Liberdade", "Rua de São Vicente", "Travessa do Carmo", "Rua Dom Pedro V",
              "Largo da Feira", "Rua das Flores", "Rua Conselheiro Januário", "Rua de Santa Margarida",
              "Avenida 25 de Abril"]
#: Greece: (πόλη, ΤΚ lead)
GR_CITIES = [("Αθήνα", "104"), ("Αθήνα", "113"), ("Πειραιάς", "185"), ("Περιστέρι", "121"), ("Καλλιθέα", "176"),
             ("Θεσσαλονίκη", "546"), ("Πάτρα", "262"), ("Ηράκλειο", "712"), ("Λάρισα", "412"), ("Βόλος", "382")]
GR_STREETS = ["Ερμού", "Λεωφόρος Αλεξάνδρας", "Πατησίων", "Αγίου Δημητρίου", "Εγνατίας", "Κολοκοτρώνη",
              "Μητροπόλεως", "Ανδρέα Παπανδρέου", "Καραϊσκάκη", "Τσιμισκή", "Μαιζώνος"]
#: Saxony-Anhalt: (Ort, PLZ)
DE_TOWNS = [("Halle (Saale)", "06108"), ("Halle (Saale)", "06114"), ("Halle (Saale)", "06118"),
            ("Halle (Saale)", "06128"), ("Merseburg", "06217"), ("Weißenfels", "06667"), ("Naumburg", "06618"),
            ("Bernburg", "06406"), ("Leuna", "06237"), ("Landsberg", "06188")]
DE_STREETS = ["Leipziger Straße", "Merseburger Straße", "Am Kirchtor", "Lindenweg", "Saalestraße", "Gartenstraße",
              "Rosa-Luxemburg-Platz", "Thomas-Müntzer-Straße", "Am Mühlgraben", "Burgstraße", "Dölauer Straße"]


def uk_postcode(g: Gen, district: str) -> str:
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{district} {g.rnd.randint(1, 9)}{g.rnd.choice(letters)}{g.rnd.choice(letters)}"


def ca_postal(g: Gen, fsa: str) -> str:
    letters = "ABCEGHJKLMNPRSTVWXYZ"
    return f"{fsa} {g.rnd.randint(0, 9)}{g.rnd.choice(letters)}{g.rnd.randint(0, 9)}"


# -- identifiers (python-stdnum checks every one that has a check digit) -----------------------------------------------


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa or Mastercard prefix."""
    prefix = g.rnd.choice(["4", "4", "51", "53", "2221"])
    body = prefix + g.digits(15 - len(prefix))
    return body + luhn.calc_check_digit(body)


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed; python-stdnum checks it)."""
    layout = {"DE": "999999999999999999", "TR": "99999" + "0" + "9" * 16, "PT": "999999999999999999999",
              "GR": "9" * 23, "CZ": "99999999999999999999"}[country]

    def make() -> str:
        bban = g.code(layout)
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def us_ssn(g: Gen, areas: tuple[int, int]) -> str:
    """A US SSN (nine digits, no dashes) whose area number lies in ``areas`` (the state's old range) or anywhere."""

    def make() -> str:
        area = g.rnd.randint(*areas) if g.rnd.random() < 0.7 else g.rnd.randint(1, 899)
        return f"{area:03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    return g.valid(make, _ssn.is_valid)


def not_ssn(g: Gen) -> int:
    """A nine-digit number in the 9xx area no SSN is issued from (a service-location number)."""
    return int("9" + g.digits(8))


def nino(g: Gen, spaced: bool = True) -> str:
    """A UK National Insurance number: two prefix letters (D, F, I, Q, U and V never; O never second; BG, GB, KN, NK,
    NT, TN and ZZ never), six digits and a suffix A to D (no check digit)."""
    first = g.rnd.choice("ABCEGHJKLMNPRSTWXYZ")
    second = g.rnd.choice([x for x in "ABCEGHJKLMNPRSTWXYZ" if f"{first}{x}" not in
                           {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}])
    d = g.digits(6)
    suffix = g.rnd.choice("ABCD")
    return f"{first}{second} {d[:2]} {d[2:4]} {d[4:]} {suffix}" if spaced else f"{first}{second}{d}{suffix}"


def bc_phn(g: Gen) -> str:
    """A British Columbia Personal Health Number (9, eight digits, a mod-11 check digit; python-stdnum)."""

    def make() -> str:
        body = "9" + g.digits(8)
        return body + _bc_phn.calc_check_digit(body)

    return _bc_phn.format(g.valid(make, _bc_phn.is_valid))


def ke_pin(g: Gen, personal: bool = True) -> str:
    """A KRA PIN: A (a person) or P (a business), nine digits, a letter (python-stdnum checks the format)."""
    number = ("A" if personal else "P") + ("0" if personal else "05") + g.digits(8 if personal else 7) + \
        g.rnd.choice(string.ascii_uppercase)
    assert _ke_pin.is_valid(number)
    return number


def se_personnummer(g: Gen, born: date, female: bool, long: bool = False) -> str:
    """A Swedish personnummer encoding ``born`` and the sex (Luhn check digit; python-stdnum checks it)."""
    serial = g.digits(2) + str(g.rnd.choice("02468" if female else "13579"))
    body = born.strftime("%y%m%d") + serial
    check = luhn.calc_check_digit(body)
    number = (born.strftime("%Y%m%d") if long else born.strftime("%y%m%d")) + f"-{serial}{check}"
    assert _pnr.is_valid(number)
    return number


def se_orgnr(g: Gen) -> str:
    """A Swedish company number (organisationsnummer, Luhn): a business's."""
    body = g.rnd.choice(["556", "559", "716"]) + g.digits(6)
    number = body + luhn.calc_check_digit(body)
    assert _orgnr.is_valid(number)
    return f"{number[:6]}-{number[6:]}"


def not_personnummer(g: Gen) -> str:
    """A ten-digit customer number whose last digit fails the Luhn check a personnummer passes."""
    body = g.rnd.choice(["30", "31", "40"]) + g.digits(7)
    good = luhn.calc_check_digit(body)
    return body + str((int(good) + g.rnd.randint(1, 9)) % 10)


def dk_cpr(g: Gen, born: date, female: bool) -> str:
    """A Danish CPR number ``DDMMYY-SSSS`` encoding ``born`` and the sex (the century digit as the CPR office assigns
    it; born before 2007, the old mod-11 check is kept too; python-stdnum checks the date)."""
    head = born.strftime("%d%m%y")
    for _ in range(2_000):
        century = g.rnd.choice("0123") if born.year < 2000 else g.rnd.choice("4")
        serial = century + g.digits(2) + g.rnd.choice("02468" if female else "13579")
        if born.year >= 2007 or _cpr.checksum(head + serial) == 0:
            break
    number = f"{head}-{serial}"
    assert _cpr.is_valid(number) and _cpr.get_birth_date(number) == born
    return number


def dk_cvr(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(7), _cvr.is_valid)


def cz_rodne_cislo(g: Gen, born: date, female: bool) -> str:
    """A Czech rodné číslo ``YYMMDD/SSSC`` encoding ``born`` and the sex (+50 on the month for women; the check
    digit makes the number divisible by 11; ``YYMMDD/SSS`` without one for births before 1954; python-stdnum checks
    it)."""
    month = born.month + (50 if female else 0)
    head = f"{born.year % 100:02d}{month:02d}{born.day:02d}"
    if born.year < 1954:  # nine digits, no check digit, before 1954
        number = head + g.digits(3)
        assert _rc.is_valid(number) and _rc.get_birth_date(number) == born
        return f"{number[:6]}/{number[6:]}"

    def make() -> str:
        body = head + g.digits(3)
        return body + str(int(body) % 11 % 10)

    number = g.valid(make, _rc.is_valid)
    return f"{number[:6]}/{number[6:]}"


def not_rodne_cislo(g: Gen) -> str:
    """A contract number written like a rodné číslo (``YYMMDD/NNNN``) whose check digit is wrong."""
    head = g.day("1950-01-01", "2003-12-31").strftime("%y%m%d") + g.digits(3)
    good = int(head) % 11 % 10
    return f"{head[:6]}/{head[6:]}{(good + g.rnd.randint(1, 9)) % 10}"


def cz_ico(g: Gen) -> str:
    """A Czech company number (IČO, eight digits with a mod-11 check digit; python-stdnum's DIČ of a legal entity)."""
    return g.valid(lambda: g.rnd.choice("2467") + g.digits(7), lambda x: len(x) == 8 and _cz_dic.is_valid(x))


def cz_account(g: Gen) -> str:
    """A Czech domestic account ``[prefix-]number/bank`` (both parts mod-11; python-stdnum checks it)."""
    bank = g.rnd.choice(["0100", "0300", "0800", "2010", "0600", "5500", "3030"])

    def part(n: int) -> str:
        return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(n - 1),
                       lambda x: sum(w * int(d) for w, d in zip((6, 3, 7, 9, 10, 5, 8, 4, 2, 1), x.zfill(10))) % 11
                       == 0)

    root = part(g.rnd.choice([8, 9, 10]))
    number = (f"{part(g.rnd.choice([2, 6]))}-" if g.rnd.random() < 0.2 else "") + f"{root}/{bank}"
    assert _cz_account.is_valid(number)
    return number


def tc_kimlik(g: Gen) -> str:
    """A Turkish T.C. kimlik no (eleven digits, two check digits; python-stdnum checks it)."""

    def make() -> str:
        body = str(g.rnd.randint(1, 9)) + g.digits(8)
        return body + _tckimlik.calc_check_digits(body)

    return g.valid(make, _tckimlik.is_valid)


def not_tc_kimlik(g: Gen) -> str:
    """An eleven-digit subscriber number whose last digit fails the T.C. kimlik check."""
    good = tc_kimlik(g)
    return good[:10] + str((int(good[10]) + g.rnd.randint(1, 9)) % 10)


def tr_vkn(g: Gen) -> str:
    def make() -> str:
        body = g.digits(9)
        return body + _vkn.calc_check_digit(body)

    return g.valid(make, _vkn.is_valid)


def pt_nif(g: Gen, personal: bool = True) -> str:
    """A Portuguese NIF (1, 2 or 3 for a person) or NIPC (5 for a company), mod-11 check digit (python-stdnum)."""
    body = (g.rnd.choice("123") if personal else "5") + g.digits(7)
    number = body + _pt_nif.calc_check_digit(body)
    assert _pt_nif.is_valid(number)
    return number


def pt_cc(g: Gen) -> str:
    """A Portuguese Cartão de Cidadão number ``NNNNNNNN C VV K``: the civil number, its mod-11 digit, the card's
    version letters and the final check digit (python-stdnum checks it)."""
    civil = str(g.rnd.randint(10_000_000, 19_999_999))
    s = sum((9 - i) * int(d) for i, d in enumerate(civil))
    first = (11 - s % 11) % 11
    body = civil + str(0 if first >= 10 else first) + g.rnd.choice(["ZZ", "ZY", "ZX", "ZW"])
    number = body + _pt_cc.calc_check_digit(body)
    assert _pt_cc.is_valid(number)
    return f"{number[:8]} {number[8]} {number[9:11]} {number[11]}"


def pt_niss(g: Gen) -> str:
    """A Portuguese NISS (social-security number: 1, nine digits and a check digit by the prime weights)."""
    body = "1" + g.digits(9)
    weights = (29, 23, 19, 17, 13, 11, 7, 5, 3, 2)
    return body + str(9 - sum(w * int(d) for w, d in zip(weights, body)) % 10)


def gr_afm(g: Gen, personal: bool = True) -> str:
    """A Greek ΑΦΜ (nine digits with a check digit; python-stdnum)."""
    body = (g.rnd.choice(["0", "1"]) if personal else g.rnd.choice(["09", "99", "80"])) + g.digits(8)
    body = body[:8]
    number = body + _gr_vat.calc_check_digit(body)
    assert _gr_vat.is_valid(number)
    return number


def not_gr_afm(g: Gen) -> str:
    """A nine-digit contract number whose last digit fails the ΑΦΜ check."""
    body = "2" + g.digits(7)
    return body + str((int(_gr_vat.calc_check_digit(body)) + g.rnd.randint(1, 9)) % 10)


def gr_amka(g: Gen, born: date, female: bool) -> str:
    """A Greek AMKA: the birth date ``DDMMYY``, four digits (the last odd for men, even for women) and a Luhn check
    digit (python-stdnum checks it)."""
    body = born.strftime("%d%m%y") + g.digits(3) + g.rnd.choice("02468" if female else "13579")
    number = body + luhn.calc_check_digit(body)
    assert _amka.is_valid(number)
    return number


def gr_adt(g: Gen) -> str:
    """A Greek police identity card number: two Greek capitals and six digits."""
    return f"{g.rnd.choice('ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ')}{g.rnd.choice('ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ')} {g.digits(6)}"


def de_ustid(g: Gen) -> str:
    return g.valid(lambda: "DE" + str(g.rnd.randint(1, 9)) + g.digits(8), _de_vat.is_valid)


def au_abn(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    number = _abn.calc_check_digits(body) + body
    assert _abn.is_valid(number)
    return f"{number[:2]} {number[2:5]} {number[5:8]} {number[8:]}"


def ca_bn(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(7)
    number = body + luhn.calc_check_digit(body) + "RT0001"
    assert _bn.is_valid(number)
    return number


def gs1_check(body: str) -> str:
    """The GS1 (EAN) check digit of ``body``."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return str((10 - total % 10) % 10)


def nmi_check(nmi: str) -> str:
    """The check digit of an Australian NMI (AEMO's algorithm: the characters' codes from the right, every second one
    doubled, their digits summed)."""
    total, double = 0, True
    for ch in reversed(nmi):
        value = ord(ch) * (2 if double else 1)
        double = not double
        total += sum(int(d) for d in str(value))
    return str((10 - total % 10) % 10)
