"""Values of held-out set v59 (:mod:`benchmarks.classification.heldout_v59`): v59's random source, names, streets,
towns and postal codes written by hand for v59 (no Faker, no list of real people), phones checked with phonenumbers
and identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module (the phone helper generalised to the North American
numbering plan's area codes and to more formats); the lists below are new: West Yorkshire, New Zealand, Houston,
Louisville, Windsor (Ontario), Jamaica, five EU countries, Lombardy, Central Macedonia, Moravia and Bohemia, southern
Jutland, the Yokohama and Kawasaki area and northern Portugal.
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
from stdnum import ean as _ean
from stdnum import iban as _iban
from stdnum import imo as _imo
from stdnum import iso6346 as _iso6346
from stdnum import luhn
from stdnum.cz import dic as _dic
from stdnum.dk import cvr as _cvr
from stdnum.gb import vat as _gbvat
from stdnum.gr import vat as _grvat
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva
from stdnum.jp import cn as _jpcn
from stdnum.pt import nif as _nif
from stdnum.sg import uen as _uen
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 59_407_2026
N = "none"
#: a login or public handle (review, as in v5 to v55)
USERNAME = "unclassified"
#: NULL-like strings of v59's systems (tests skip them)
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
    "#N/A",
    "nil",
    "<null>",
    "0",
    "noemail@none.com",
    "no@email.com",
    "0000000000",
    "000-000-0000",
    "(000) 000-0000",
    "N.D.",
    "nessuna",
    "nessuno",
    "-",
    "—",
    "κανένα",
    "Κανένα",
    "ουδέν",
    "žádná",
    "nic",
    "ingen",
    "Ingen",
    "なし",
    "特になし",
    "nenhuma",
    "Nenhuma",
    "sem observações",
    "TBC",
    "see notes",
    "x",
    "*",
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


#: area codes by NANP region code (phonenumbers checks every number built from them)
NANP_AREAS: dict[str, list[str]] = {
    "US": ["713", "281", "832", "346", "502", "775", "305", "786"],
    "CA": ["519", "226", "548"],
    "JM": ["876", "658"],
}


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v59:{SEED}:{table}")

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
        return datetime.combine(self.day(lo, hi), datetime.min.time()) + timedelta(seconds=self.rnd.randint(0, 86_399))

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
        first = self.rnd.choice([24, 31, 37, 46, 62, 72, 81, 86, 92, 109, 151, 176, 185, 190, 203])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2a00", "2a01", "2a02", "2001", "2600", "2607"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True, areas: list[str] | None = None) -> str:
        """A valid number of ``region`` (phonenumbers checks it) in ``fmt``: ``e164``, ``intl``, ``national``,
        ``digits`` (the national form's digits), ``dashes``/``dots`` (North America), ``00`` (international with
        ``00``) or ``nsn`` (the national significant number)."""
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        keep = max(len(nsn) - 6, 1)

        def make() -> str:
            if region in NANP_AREAS:
                return self.rnd.choice(areas or NANP_AREAS[region]) + str(self.rnd.randint(2, 9)) + self.digits(6)
            return nsn[:keep] + self.digits(len(nsn) - keep)

        def ok(candidate: str) -> bool:
            parsed = phonenumbers.parse(f"+{example.country_code}{candidate}")
            return phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region

        number = phonenumbers.parse(f"+{example.country_code}{self.valid(make, ok)}")
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
        if fmt == "dashes":
            return f"{d[:3]}-{d[3:6]}-{d[6:]}" if region in NANP_AREAS else national
        if fmt == "dots":
            return f"{d[:3]}.{d[3:6]}.{d[6:]}" if region in NANP_AREAS else national
        return national

    def phones(
        self,
        region: str,
        formats: dict[str, float],
        mobile: float = 1.0,
        null: float = 0.0,
        areas: list[str] | None = None,
    ) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(
            lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile, areas), null
        )


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v59) -------------------------------------------------------------------------------------------

#: origin -> (male given names, female given names, family names[, family names of women when they differ])
NAMES: dict[str, tuple[list[str], ...]] = {
    "yorks": (
        ["Callum", "Harvey", "Jamie", "Ryan", "Lewis", "Nathan", "Kieran", "Bradley", "Declan", "Reece"],
        ["Chloe", "Bethany", "Jade", "Amy", "Kirsty", "Leanne", "Hollie", "Gemma", "Danielle", "Paige"],
        [
            "Ackroyd",
            "Barraclough",
            "Dobson",
            "Greenwood",
            "Haigh",
            "Holdsworth",
            "Lumb",
            "Marsden",
            "Pickles",
            "Sugden",
            "Thackray",
            "Wainwright",
            "Whiteley",
            "Illingworth",
        ],
    ),
    "yorks_asian": (
        ["Imran", "Bilal", "Zain", "Hamza", "Adeel", "Tariq", "Usman"],
        ["Ayesha", "Saima", "Nabila", "Shazia", "Mehreen", "Rukhsana", "Sadia"],
        ["Akhtar", "Mahmood", "Iqbal", "Hussain", "Rashid", "Chaudhry", "Bashir", "Mirza"],
    ),
    "polish": (
        ["Piotr", "Krzysztof", "Tomasz", "Marek", "Paweł"],
        ["Agnieszka", "Magdalena", "Joanna", "Ewa", "Kasia"],
        ["Kowalski", "Wiśniewski", "Zieliński", "Lewandowski", "Nowak"],
        ["Kowalska", "Wiśniewska", "Zielińska", "Lewandowska", "Nowak"],
    ),
    "caribbean_uk": (
        ["Marcus", "Jermaine", "Delroy", "Tyrone", "Kemi"],
        ["Shanice", "Marcia", "Yvonne", "Tanisha"],
        ["Francis", "Adeyemi", "Okafor", "Beckford", "Gayle", "Ellis"],
    ),
    "us_anglo": (
        ["Cody", "Travis", "Dustin", "Brandon", "Wesley", "Garrett", "Clayton", "Bryce"],
        ["Brittany", "Kayla", "Lindsey", "Misty", "Courtney", "Whitney", "Haley", "Shelby"],
        ["Puckett", "Whitfield", "Crenshaw", "Hollis", "Gaither", "Stovall", "Tackett", "Yates", "Rowland"],
    ),
    "us_hispanic": (
        ["Jesús", "Rogelio", "Héctor", "Ernesto", "Arturo", "Joaquín"],
        ["Guadalupe", "Yesenia", "Maribel", "Araceli", "Rosalinda", "Dulce"],
        ["Villarreal", "Cavazos", "Garza", "Treviño", "Zamora", "Salinas", "Ybarra", "Olivares"],
    ),
    "us_black": (
        ["DeAndre", "Terrence", "Jamal", "Darnell", "Marquise", "Cedric"],
        ["LaToya", "Keisha", "Ebony", "Tamika", "Shaniqua", "Jasmine"],
        ["Washington", "Jefferson", "Mayweather", "Booker", "Dorsey", "Glover", "Pettaway"],
    ),
    "us_asian": (
        ["Minh", "Quang", "Sanjay", "Rahul", "Wei", "Hao"],
        ["Thuy", "Ngoc", "Anjali", "Deepa", "Mei", "Xin"],
        ["Nguyen", "Pham", "Vo", "Desai", "Raman", "Zhou", "Chen", "Dang"],
    ),
    "nz_pakeha": (
        ["Hamish", "Angus", "Fergus", "Blair", "Campbell", "Logan"],
        ["Brooke", "Kate", "Tessa", "Georgie", "Olivia", "Harriet"],
        ["McKenzie", "Fraser", "Rutherford", "Pryde", "Dunlop", "Inglis", "Tweedie", "Blackmore"],
    ),
    "nz_maori": (
        ["Wiremu", "Tama", "Hemi", "Rawiri", "Nikau", "Manaaki"],
        ["Aroha", "Mere", "Anahera", "Kiri", "Moana", "Huia"],
        ["Ngata", "Tipene", "Parata", "Te Whata", "Rangihuna", "Takerei", "Waaka"],
    ),
    "nz_pasifika": (
        ["Sione", "Tevita", "Iosefa", "Viliami"],
        ["Mele", "Losa", "Salote", "Ana"],
        ["Fonoti", "Tuilagi", "Vaifale", "Havili", "Leota", "Taufa"],
    ),
    "nz_asian": (
        ["Harpreet", "Rohan", "Jun", "Kai"],
        ["Simran", "Priyanka", "Mei Ling", "Yuna"],
        ["Sandhu", "Grewal", "Zhang", "Liu", "Park"],
    ),
    "ca_anglo": (
        ["Brett", "Tyler", "Derek", "Shawn"],
        ["Crystal", "Ashley", "Tracy", "Megan"],
        ["MacIntyre", "Drouillard", "Renaud", "Beneteau", "Meloche", "Pare"],
    ),
    "ca_franco": (
        ["Luc", "Mathieu", "Sylvain", "Rémi"],
        ["Chantal", "Josée", "Geneviève", "Nathalie"],
        ["Ouellette", "Bezaire", "Tremblay", "Laframboise", "Janisse", "St. Pierre"],
    ),
    "ca_arab": (
        ["Ahmad", "Khaled", "Omar", "Fadi"],
        ["Rania", "Lina", "Maya", "Dalia"],
        ["Haddad", "Khoury", "Saleh", "Nasser", "Bazzi", "Fakih"],
    ),
    "ca_italian": (["Domenic", "Vito", "Enzo"], ["Rosa", "Carla", "Teresa"], ["Pelligrini", "DiPietro", "Mastronardi"]),
    "jm": (
        ["Andre", "Kemar", "Romaine", "Shane", "Dwayne", "Omari", "Ricardo", "Garfield"],
        ["Shanice", "Tashana", "Kimberley", "Latoya", "Monique", "Sasha-Kay", "Trudy-Ann", "Nordia"],
        [
            "Campbell",
            "McKenzie",
            "Thompson",
            "Reid",
            "Morgan",
            "Grant",
            "Gordon",
            "Stewart",
            "Bailey",
            "Lewis",
            "Francis",
            "Powell",
            "Samuels",
            "Wright",
        ],
    ),
    "de": (
        ["Lukas", "Jonas", "Felix", "Tobias"],
        ["Anna", "Lena", "Katrin", "Miriam"],
        ["Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Kraus"],
    ),
    "fr": (
        ["Julien", "Mathieu", "Thomas", "Baptiste"],
        ["Camille", "Élodie", "Manon", "Aurélie"],
        ["Moreau", "Laurent", "Girard", "Lefebvre", "Roux", "Fontaine"],
    ),
    "nl": (
        ["Daan", "Bram", "Sander", "Joris"],
        ["Sanne", "Femke", "Lotte", "Eva"],
        ["de Jong", "Bakker", "Visser", "Smit", "van Dijk", "Meijer"],
    ),
    "ie": (
        ["Cian", "Darragh", "Oisín", "Ronan"],
        ["Aoife", "Niamh", "Siobhán", "Ciara"],
        ["Byrne", "Kelly", "O'Sullivan", "Walsh", "Doyle", "McCarthy"],
    ),
    "es": (
        ["Javier", "Álvaro", "Sergio", "Iván"],
        ["Lucía", "Carmen", "Nerea", "Marta"],
        ["García Ruiz", "Martínez", "López Navarro", "Sánchez", "Romero", "Gil"],
    ),
    "sg": (
        ["Wei Jie", "Jun Hao", "Faizal", "Karthik", "Ming Hui"],
        ["Wei Ling", "Hui Min", "Nurul", "Priya", "Shu Fen"],
        ["Tan", "Lim", "Ong", "Goh", "Rahman", "Raman", "Subramaniam"],
    ),
    "it": (
        ["Marco", "Luca", "Giuseppe", "Andrea", "Davide", "Stefano", "Matteo", "Alberto", "Simone", "Paolo"],
        ["Giulia", "Francesca", "Sara", "Martina", "Elena", "Valentina", "Silvia", "Alessia", "Roberta", "Laura"],
        [
            "Brambilla",
            "Colombo",
            "Fumagalli",
            "Cattaneo",
            "Sala",
            "Mariani",
            "Ricci",
            "Esposito",
            "Russo",
            "Greco",
            "Conti",
            "De Luca",
            "Villa",
            "Pozzi",
            "Longoni",
        ],
    ),
    "el": (
        ["Γιώργος", "Δημήτρης", "Κωνσταντίνος", "Νίκος", "Αθανάσιος", "Χρήστος", "Βασίλειος", "Παναγιώτης"],
        ["Μαρία", "Ελένη", "Κατερίνα", "Σοφία", "Αναστασία", "Δέσποινα", "Βασιλική", "Χρυσούλα"],
        [
            "Παπαδόπουλος",
            "Γεωργίου",
            "Καραγιάννης",
            "Οικονόμου",
            "Μαυρίδης",
            "Τσολάκης",
            "Χατζηδάκης",
            "Σαββίδης",
            "Ιωαννίδης",
            "Κουτσούκος",
            "Αλεξίου",
            "Πετρίδης",
        ],
        [
            "Παπαδοπούλου",
            "Γεωργίου",
            "Καραγιάννη",
            "Οικονόμου",
            "Μαυρίδου",
            "Τσολάκη",
            "Χατζηδάκη",
            "Σαββίδου",
            "Ιωαννίδου",
            "Κουτσούκου",
            "Αλεξίου",
            "Πετρίδου",
        ],
    ),
    "cs": (
        ["Jan", "Petr", "Tomáš", "Martin", "Jakub", "Lukáš", "Ondřej", "Pavel", "Vojtěch"],
        ["Jana", "Petra", "Lucie", "Kateřina", "Tereza", "Eva", "Markéta", "Veronika", "Zuzana"],
        [
            "Novák",
            "Svoboda",
            "Dvořák",
            "Černý",
            "Procházka",
            "Kučera",
            "Veselý",
            "Horák",
            "Němec",
            "Pokorný",
            "Marek",
            "Pospíšil",
        ],
        [
            "Nováková",
            "Svobodová",
            "Dvořáková",
            "Černá",
            "Procházková",
            "Kučerová",
            "Veselá",
            "Horáková",
            "Němcová",
            "Pokorná",
            "Marková",
            "Pospíšilová",
        ],
    ),
    "da": (
        ["Mads", "Rasmus", "Søren", "Henrik", "Jens", "Mikkel", "Anders", "Kasper"],
        ["Mette", "Camilla", "Louise", "Sofie", "Anne", "Pernille", "Trine", "Ida"],
        [
            "Jensen",
            "Nielsen",
            "Hansen",
            "Pedersen",
            "Andersen",
            "Christensen",
            "Larsen",
            "Sørensen",
            "Rasmussen",
            "Jørgensen",
            "Madsen",
            "Kristensen",
        ],
    ),
    "pt": (
        ["João", "Rui", "Tiago", "Miguel", "Nuno", "Pedro", "Ricardo", "Hugo", "André"],
        ["Ana", "Inês", "Mariana", "Sofia", "Beatriz", "Catarina", "Joana", "Rita", "Sara"],
        [
            "Silva",
            "Santos",
            "Ferreira",
            "Pereira",
            "Oliveira",
            "Costa",
            "Rodrigues",
            "Martins",
            "Sousa",
            "Fernandes",
            "Gonçalves",
            "Pinto",
            "Carvalho",
            "Teixeira",
            "Moreira",
            "Lopes",
        ],
    ),
}
#: origins of each place's population (weights)
ORIGINS: dict[str, dict[str, float]] = {
    "uk": {"yorks": 6, "yorks_asian": 2.5, "polish": 1, "caribbean_uk": 1},
    "us": {"us_anglo": 4, "us_hispanic": 3, "us_black": 2.5, "us_asian": 1.5},
    "nz": {"nz_pakeha": 5, "nz_maori": 2.5, "nz_pasifika": 1.2, "nz_asian": 1.5},
    "ca": {"ca_anglo": 4, "ca_franco": 2, "ca_arab": 2, "ca_italian": 1},
}


def person(g: Gen, origin: str = "uk", female: bool | None = None) -> tuple[str, str]:
    """A (given, family) pair of ``origin`` (a place of :data:`ORIGINS` or a key of :data:`NAMES`)."""
    female = g.rnd.random() < 0.5 if female is None else female
    if origin in ORIGINS:
        origin = g.rnd.choices(list(ORIGINS[origin]), list(ORIGINS[origin].values()))[0]
    entry = NAMES[origin]
    i = g.rnd.randrange(len(entry[2]))
    last = entry[3][i] if female and len(entry) > 3 else entry[2][i]
    return g.rnd.choice(entry[1] if female else entry[0]), last


def whole(g: Gen, origin: str = "uk") -> str:
    a, b = person(g, origin)
    return f"{a} {b}"


def given(g: Gen, origin: str = "uk") -> str:
    return person(g, origin)[0]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice(
        [
            f"{a}.{b}",
            f"{a[0]}{b}",
            f"{a}{g.rnd.randint(1, 99)}",
            f"{b}.{a[0]}",
            f"{a}_{b}",
            f"{a}{b[0]}{g.rnd.randint(70, 99)}",
            f"{b}{a[:2]}",
        ]
    )
    return f"{local}@{g.rnd.choice(domains)}"


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(first)}.{plain(last)}@{domain}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first) or "x", plain(last) or "y"
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a}{b[:3]}"][style % 5]


def logins(g: Gen, n: int, origin: str, style: int) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(login(*person(g, origin), style))
    return sorted(out)


def staff(g: Gen, n: int, make: Callable[[], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make())
    return sorted(out)


DOMAINS = {
    "uk": ["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "btinternet.com", "sky.com", "icloud.com"],
    "us": ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "att.net", "aol.com"],
    "nz": ["gmail.com", "xtra.co.nz", "hotmail.com", "outlook.co.nz", "yahoo.co.nz", "icloud.com"],
    "ca": ["gmail.com", "hotmail.com", "yahoo.ca", "cogeco.ca", "outlook.com", "rogers.com"],
    "jm": ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
    "it": ["libero.it", "virgilio.it", "gmail.com", "alice.it", "tiscali.it", "hotmail.it"],
    "el": ["gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr", "windowslive.com"],
    "cs": ["seznam.cz", "email.cz", "gmail.com", "centrum.cz", "post.cz"],
    "pt": ["gmail.com", "sapo.pt", "hotmail.com", "outlook.pt", "netcabo.pt"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp", "icloud.com", "softbank.ne.jp"],
}

#: Greek to Latin letters for e-mail local parts (ELOT-like, lower case)
_GREEK = dict(
    zip(
        "αβγδεζηθικλμνξοπρσςτυφχψω",
        [
            "a",
            "v",
            "g",
            "d",
            "e",
            "z",
            "i",
            "th",
            "i",
            "k",
            "l",
            "m",
            "n",
            "x",
            "o",
            "p",
            "r",
            "s",
            "s",
            "t",
            "y",
            "f",
            "ch",
            "ps",
            "o",
        ],
    )
)


def greeklish(text: str) -> str:
    return "".join(_GREEK.get(ch, ch) for ch in fold(text).replace("ου", "ou"))


# -- Japanese names (kanji, katakana reading) --------------------------------------------------------------------------

JA_FAMILY = [
    ("佐藤", "サトウ"),
    ("鈴木", "スズキ"),
    ("高橋", "タカハシ"),
    ("田中", "タナカ"),
    ("伊藤", "イトウ"),
    ("渡辺", "ワタナベ"),
    ("山本", "ヤマモト"),
    ("中村", "ナカムラ"),
    ("小林", "コバヤシ"),
    ("加藤", "カトウ"),
    ("吉田", "ヨシダ"),
    ("山口", "ヤマグチ"),
    ("松本", "マツモト"),
    ("井上", "イノウエ"),
    ("木村", "キムラ"),
    ("清水", "シミズ"),
    ("森田", "モリタ"),
    ("石川", "イシカワ"),
]
JA_MALE = [
    ("大輔", "ダイスケ"),
    ("翔太", "ショウタ"),
    ("健一", "ケンイチ"),
    ("拓也", "タクヤ"),
    ("和也", "カズヤ"),
    ("直樹", "ナオキ"),
    ("亮", "リョウ"),
    ("誠", "マコト"),
    ("悠斗", "ユウト"),
]
JA_FEMALE = [
    ("美咲", "ミサキ"),
    ("陽子", "ヨウコ"),
    ("由美", "ユミ"),
    ("千尋", "チヒロ"),
    ("彩香", "アヤカ"),
    ("恵子", "ケイコ"),
    ("真由美", "マユミ"),
    ("奈々", "ナナ"),
    ("結衣", "ユイ"),
]
JA_ROMAJI = {
    "サトウ": "sato",
    "スズキ": "suzuki",
    "タカハシ": "takahashi",
    "タナカ": "tanaka",
    "イトウ": "ito",
    "ワタナベ": "watanabe",
    "ヤマモト": "yamamoto",
    "ナカムラ": "nakamura",
    "コバヤシ": "kobayashi",
    "カトウ": "kato",
    "ヨシダ": "yoshida",
    "ヤマグチ": "yamaguchi",
    "マツモト": "matsumoto",
    "イノウエ": "inoue",
    "キムラ": "kimura",
    "シミズ": "shimizu",
    "モリタ": "morita",
    "イシカワ": "ishikawa",
    "ダイスケ": "daisuke",
    "ショウタ": "shota",
    "ケンイチ": "kenichi",
    "タクヤ": "takuya",
    "カズヤ": "kazuya",
    "ナオキ": "naoki",
    "リョウ": "ryo",
    "マコト": "makoto",
    "ユウト": "yuto",
    "ミサキ": "misaki",
    "ヨウコ": "yoko",
    "ユミ": "yumi",
    "チヒロ": "chihiro",
    "アヤカ": "ayaka",
    "ケイコ": "keiko",
    "マユミ": "mayumi",
    "ナナ": "nana",
    "ユイ": "yui",
}


def ja_person(g: Gen) -> tuple[str, str, str, str]:
    """(family kanji, given kanji, family kana, given kana)."""
    fam = g.rnd.choice(JA_FAMILY)
    giv = g.rnd.choice(JA_FEMALE if g.rnd.random() < 0.5 else JA_MALE)
    return fam[0], giv[0], fam[1], giv[1]


# -- places (written for v59) ------------------------------------------------------------------------------------------

#: (town, postcode districts) in West Yorkshire and around
UK_TOWNS = [
    ("Leeds", ["LS6", "LS7", "LS8", "LS9", "LS11", "LS12", "LS13", "LS15", "LS16", "LS17"]),
    ("Bradford", ["BD3", "BD5", "BD7", "BD8", "BD9", "BD10"]),
    ("Wakefield", ["WF1", "WF2", "WF4"]),
    ("Harrogate", ["HG1", "HG2", "HG3"]),
    ("Huddersfield", ["HD1", "HD2", "HD4", "HD5"]),
    ("Halifax", ["HX1", "HX2", "HX3"]),
    ("Pudsey", ["LS28"]),
    ("Morley", ["LS27"]),
    ("Otley", ["LS21"]),
]
UK_STREETS = [
    "Ashfield Terrace",
    "Beeston Road",
    "Cardigan Road",
    "Dewsbury Road",
    "Elmwood Grove",
    "Fernbank Avenue",
    "Gledhow Valley Road",
    "Kirkstall Road",
    "Moor Crescent",
    "Oakwood Drive",
    "Roundhay Mount",
    "Stonegate Road",
    "Tong Road",
    "Victoria Walk",
    "Woodhouse Street",
    "Cliffe Lane",
    "Heaton Grove",
]


def uk_postcode(g: Gen, district: str) -> str:
    return f"{district} {g.rnd.randint(1, 9)}{g.digits(2, 'ABDEFGHJLNPQRSTUWXYZ')}"


def uk_street(g: Gen) -> str:
    n = g.rnd.randint(1, 240)
    return g.rnd.choice([f"{n} {g.rnd.choice(UK_STREETS)}"] * 3 + [f"{n}a {g.rnd.choice(UK_STREETS)}"])


#: (town, region, postcodes, suburbs) in New Zealand
NZ_TOWNS = [
    (
        "Auckland",
        "Auckland",
        ["1010", "1021", "1024", "1025", "0610", "0626", "2016", "2025"],
        ["Mount Eden", "Ponsonby", "Ōtāhuhu", "Glen Innes", "Henderson", "Manurewa"],
    ),
    ("Hamilton", "Waikato", ["3200", "3204", "3206", "3210", "3216"], ["Hillcrest", "Chartwell", "Dinsdale"]),
    ("Tauranga", "Bay of Plenty", ["3110", "3112", "3116"], ["Greerton", "Mount Maunganui", "Bethlehem"]),
    ("Wellington", "Wellington", ["6011", "6012", "6021", "6022"], ["Newtown", "Karori", "Island Bay"]),
    ("Lower Hutt", "Wellington", ["5010", "5011"], ["Naenae", "Waterloo", "Taitā"]),
    (
        "Christchurch",
        "Canterbury",
        ["8011", "8013", "8014", "8022", "8041", "8052"],
        ["Riccarton", "Papanui", "Sydenham", "Halswell"],
    ),
    ("Dunedin", "Otago", ["9010", "9011", "9016"], ["Mornington", "North East Valley", "Caversham"]),
    ("Palmerston North", "Manawatū-Whanganui", ["4410", "4412", "4414"], ["Hokowhitu", "Awapuni"]),
    ("Nelson", "Nelson", ["7010", "7011"], ["Stoke", "Tāhunanui"]),
    ("Napier", "Hawke's Bay", ["4110", "4112"], ["Taradale", "Marewa"]),
]
NZ_STREETS = [
    "Karaka Street",
    "Tui Crescent",
    "Kowhai Road",
    "Rimu Street",
    "Pohutukawa Drive",
    "Manuka Place",
    "Totara Avenue",
    "Harakeke Street",
    "Huia Road",
    "Kereru Lane",
    "Matai Street",
    "Nikau Grove",
]


def nz_street(g: Gen) -> str:
    n = g.rnd.randint(1, 260)
    return g.rnd.choice(
        [
            f"{n} {g.rnd.choice(NZ_STREETS)}",
            f"{n} {g.rnd.choice(NZ_STREETS)}",
            f"{g.rnd.randint(1, 12)}/{n} {g.rnd.choice(NZ_STREETS)}",
            f"Flat {g.rnd.randint(1, 6)}, {n} {g.rnd.choice(NZ_STREETS)}",
        ]
    )


#: (city, state, ZIPs)
US_HOUSTON = [
    (
        "Houston",
        "TX",
        ["77002", "77006", "77007", "77008", "77036", "77057", "77063", "77074", "77081", "77096", "77099"],
    ),
    ("Pasadena", "TX", ["77502", "77506"]),
    ("Sugar Land", "TX", ["77478", "77479"]),
    ("Katy", "TX", ["77449", "77494"]),
    ("Pearland", "TX", ["77581", "77584"]),
    ("Bellaire", "TX", ["77401"]),
]
US_LOUISVILLE = [
    ("Louisville", "KY", ["40203", "40208", "40211", "40214", "40216", "40218", "40219", "40229", "40272"]),
    ("Jeffersonville", "IN", ["47130"]),
    ("Clarksville", "IN", ["47129"]),
    ("Shepherdsville", "KY", ["40165"]),
    ("Mount Washington", "KY", ["40047"]),
]
HOUSTON_STREETS = [
    "Westheimer Rd",
    "Bellaire Blvd",
    "Bissonnet St",
    "Fondren Rd",
    "Hillcroft Ave",
    "Telephone Rd",
    "Airline Dr",
    "Gessner Rd",
    "Wilcrest Dr",
    "Beechnut St",
    "Harwin Dr",
    "Antoine Dr",
]
LOUISVILLE_STREETS = [
    "Bardstown Rd",
    "Preston Hwy",
    "Dixie Hwy",
    "Poplar Level Rd",
    "Taylorsville Rd",
    "Outer Loop",
    "Hikes Ln",
    "Manslick Rd",
    "Cane Run Rd",
    "Breckenridge Ln",
]


def us_street(g: Gen, streets: list[str]) -> str:
    n = g.rnd.randint(100, 15999)
    s = g.rnd.choice(streets)
    return g.rnd.choice(
        [
            f"{n} {s}",
            f"{n} {s}",
            f"{n} {s} Apt {g.rnd.randint(1, 420)}",
            f"{n} {s} Unit {g.rnd.randint(1, 30)}{g.rnd.choice('ABCD')}",
        ]
    )


#: (town, FSAs) around Windsor, Ontario
CA_TOWNS = [
    ("Windsor", ["N8X", "N8Y", "N9A", "N9B", "N9C", "N9E", "N8W", "N8T"]),
    ("Tecumseh", ["N8N"]),
    ("LaSalle", ["N9H", "N9J"]),
    ("Amherstburg", ["N9V"]),
    ("Leamington", ["N8H"]),
    ("Kingsville", ["N9Y"]),
    ("Lakeshore", ["N8L", "N0R"]),
    ("Essex", ["N8M"]),
]
CA_STREETS = [
    "Ouellette Ave",
    "Wyandotte St E",
    "Tecumseh Rd W",
    "Howard Ave",
    "Dougall Ave",
    "Erie St E",
    "Walker Rd",
    "Lauzon Pkwy",
    "Riverside Dr E",
    "Grand Marais Rd",
    "Banwell Rd",
    "Huron Church Rd",
]


def ca_postal(g: Gen, fsa: str) -> str:
    letters = "ABCEGHJKLMNPRSTVWXYZ"
    return f"{fsa} {g.rnd.randint(1, 9)}{g.rnd.choice(letters)}{g.rnd.randint(0, 9)}"


def ca_street(g: Gen) -> str:
    n = g.rnd.randint(100, 13999)
    s = g.rnd.choice(CA_STREETS)
    return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"{g.rnd.randint(101, 1405)}-{n} {s}"])


#: (town, parish) in Jamaica
JM_TOWNS = [
    ("Kingston 5", "St. Andrew"),
    ("Kingston 6", "St. Andrew"),
    ("Kingston 8", "St. Andrew"),
    ("Kingston 10", "St. Andrew"),
    ("Kingston 19", "St. Andrew"),
    ("Spanish Town", "St. Catherine"),
    ("Portmore", "St. Catherine"),
    ("Montego Bay", "St. James"),
    ("Mandeville", "Manchester"),
    ("May Pen", "Clarendon"),
    ("Ocho Rios", "St. Ann"),
    ("Old Harbour", "St. Catherine"),
]
JM_STREETS = [
    "Hope Road",
    "Constant Spring Road",
    "Red Hills Road",
    "Barbican Road",
    "Mannings Hill Road",
    "Old Hope Road",
    "Molynes Road",
    "Washington Boulevard",
    "Gloucester Avenue",
    "Brumalia Road",
    "Caribbean Terrace",
    "Eastwood Park Road",
]


JM_SCHEMES = ["Greater Portmore", "Ironshore", "Eltham Park", "Independence City"]


def jm_street(g: Gen) -> str:
    return g.rnd.choice(
        [
            f"{g.rnd.randint(1, 120)} {g.rnd.choice(JM_STREETS)}",
            f"Lot {g.rnd.randint(1, 900)}, {g.rnd.choice(JM_SCHEMES)}",
            f"Apt {g.rnd.randint(1, 30)}, {g.rnd.randint(1, 90)} {g.rnd.choice(JM_STREETS)}",
        ]
    )


def _de(g: Gen, lead: str) -> str:
    return lead + g.digits(3)


#: country -> [(city, postcode maker)] of the EU consignees
EU_CITIES: dict[str, list[tuple[str, Callable[[Gen], str]]]] = {
    "DE": [
        ("Berlin", lambda g: f"1{g.rnd.choice('0234')}{g.digits(3)}"),
        ("Köln", lambda g: _de(g, "50")),
        ("Hamburg", lambda g: _de(g, "22")),
        ("München", lambda g: _de(g, "80")),
        ("Leipzig", lambda g: _de(g, "04")),
    ],
    "FR": [
        ("Paris", lambda g: f"750{g.rnd.randint(1, 20):02d}"),
        ("Lyon", lambda g: f"6900{g.rnd.randint(1, 9)}"),
        ("Nantes", lambda g: g.rnd.choice(["44000", "44100", "44200", "44300"])),
        ("Bordeaux", lambda g: g.rnd.choice(["33000", "33100", "33200", "33300", "33800"])),
    ],
    "NL": [
        ("Amsterdam", lambda g: f"10{g.rnd.randint(11, 99)} {g.digits(2, 'ABCEGHJKLMNPRTVWXZ')}"),
        ("Utrecht", lambda g: f"35{g.rnd.randint(11, 99)} {g.digits(2, 'ABCEGHJKLMNPRTVWXZ')}"),
        ("Groningen", lambda g: f"97{g.rnd.randint(11, 47)} {g.digits(2, 'ABCEGHJKLMNPRTVWXZ')}"),
    ],
    "IE": [
        ("Dublin", lambda g: f"D{g.rnd.choice(['04', '06', '08', '12', '15', '24'])} {eircode_tail(g)}"),
        ("Cork", lambda g: f"T12 {eircode_tail(g)}"),
        ("Galway", lambda g: f"H91 {eircode_tail(g)}"),
    ],
    "ES": [
        ("Madrid", lambda g: f"280{g.rnd.randint(1, 55):02d}"),
        ("Valencia", lambda g: f"460{g.rnd.randint(1, 26):02d}"),
        ("Sevilla", lambda g: f"410{g.rnd.randint(1, 20):02d}"),
    ],
}
EU_STREETS = {
    "DE": ["Lindenstraße", "Schillerstraße", "Gartenweg", "Bahnhofstraße", "Ahornallee"],
    "FR": ["rue des Lilas", "rue de la Gare", "boulevard de la Liberté", "allée des Tilleuls", "impasse des Roses"],
    "NL": ["Kastanjelaan", "Molenstraat", "Dorpsstraat", "Vondelstraat", "Zeeheldenkade"],
    "IE": ["Seafield Road", "Church Street", "Harbour Court", "Orchard Grove", "Castle Avenue"],
    "ES": ["Calle Mayor", "Avenida de la Constitución", "Calle del Sol", "Calle de la Paz", "Paseo de la Alameda"],
}


def eircode_tail(g: Gen) -> str:
    return g.digits(4, "0123456789ACDEFHKNPRTVWXY")


def eu_street(g: Gen, country: str) -> str:
    s, n = g.rnd.choice(EU_STREETS[country]), g.rnd.randint(1, 160)
    if country == "FR":
        return f"{n} {s}"
    if country == "IE":
        return g.rnd.choice([f"{n} {s}", f"Apartment {g.rnd.randint(1, 40)}, {s}"])
    if country == "ES":
        return f"{s} {n}, {g.rnd.randint(1, 8)}º {g.rnd.choice('ABCD')}"
    return f"{s} {n}"


#: (comune, province, CAPs, cadastral code) in Lombardy
IT_COMUNI = [
    ("Milano", "MI", ["20121", "20124", "20129", "20133", "20137", "20144", "20146", "20153", "20159"], "F205"),
    ("Monza", "MB", ["20900"], "F704"),
    ("Sesto San Giovanni", "MI", ["20099"], "I690"),
    ("Como", "CO", ["22100"], "C933"),
    ("Varese", "VA", ["21100"], "L682"),
    ("Lodi", "LO", ["26900"], "E648"),
    ("Pavia", "PV", ["27100"], "G388"),
    ("Bergamo", "BG", ["24121", "24124", "24127"], "A794"),
    ("Brescia", "BS", ["25121", "25124", "25128"], "B157"),
    ("Lecco", "LC", ["23900"], "E507"),
]
#: birthplaces beyond Lombardy: (comune, cadastral code)
IT_BIRTHPLACES = [
    ("Napoli", "F839"),
    ("Palermo", "G273"),
    ("Bari", "A662"),
    ("Roma", "H501"),
    ("Torino", "L219"),
    ("Catania", "C351"),
    ("Foggia", "D643"),
] + [(x[0], x[3]) for x in IT_COMUNI]
IT_STREETS = [
    "Via Padova",
    "Viale Monza",
    "Via dei Mille",
    "Via Roma",
    "Corso Lodi",
    "Via Vittorio Veneto",
    "Via Solferino",
    "Via Cascina Bianca",
    "Piazza della Repubblica",
    "Via Lorenteggio",
    "Via dei Gelsi",
]


def it_street(g: Gen) -> str:
    return f"{g.rnd.choice(IT_STREETS)} {g.rnd.randint(1, 220)}" + g.rnd.choice(["", "", "/B", " sc. C", " int. 7"])


#: (town, regional unit, postcodes) in Central and Eastern Macedonia
GR_TOWNS = [
    ("Θεσσαλονίκη", "Θεσσαλονίκης", ["546 21", "546 22", "546 23", "546 31", "546 35", "546 42", "546 45"]),
    ("Καλαμαριά", "Θεσσαλονίκης", ["551 31", "551 32", "551 33", "551 34"]),
    ("Πυλαία", "Θεσσαλονίκης", ["555 35"]),
    ("Εύοσμος", "Θεσσαλονίκης", ["562 24"]),
    ("Νεάπολη", "Θεσσαλονίκης", ["567 28"]),
    ("Σέρρες", "Σερρών", ["621 21", "621 22", "621 23"]),
    ("Κατερίνη", "Πιερίας", ["601 00", "601 31", "601 32"]),
    ("Βέροια", "Ημαθίας", ["591 00", "591 31"]),
    ("Δράμα", "Δράμας", ["661 00", "661 31"]),
    ("Καβάλα", "Καβάλας", ["652 01", "653 02", "654 03"]),
]
GR_STREETS = [
    "Εγνατίας",
    "Τσιμισκή",
    "Αγίου Δημητρίου",
    "Κασσάνδρου",
    "Μητροπόλεως",
    "Βασ. Όλγας",
    "Παπαναστασίου",
    "Κομνηνών",
    "Δελφών",
    "Ολυμπιάδος",
    "Μεγάλου Αλεξάνδρου",
    "Ερμού",
]


def gr_street(g: Gen) -> str:
    return f"{g.rnd.choice(GR_STREETS)} {g.rnd.randint(1, 190)}" + g.rnd.choice(["", "", "", "Α", "Β"])


#: (town, PSČ) in Moravia and Bohemia
CZ_TOWNS = [
    ("Brno", ["602 00", "612 00", "615 00", "616 00", "621 00", "625 00", "628 00", "638 00"]),
    ("Praha", ["110 00", "120 00", "130 00", "140 00", "150 00", "160 00", "190 00"]),
    ("Ostrava", ["702 00", "708 00", "709 00"]),
    ("Olomouc", ["779 00"]),
    ("Zlín", ["760 01"]),
    ("Jihlava", ["586 01"]),
    ("Hradec Králové", ["500 02", "500 03"]),
    ("Plzeň", ["301 00", "326 00"]),
    ("Znojmo", ["669 02"]),
    ("Blansko", ["678 01"]),
]
CZ_STREETS = [
    "Kounicova",
    "Husova",
    "Nádražní",
    "Masarykova",
    "Palackého",
    "Komenského",
    "Lidická",
    "Štefánikova",
    "Křenová",
    "Zahradní",
    "Polní",
]


def cz_street(g: Gen) -> str:
    s = g.rnd.choice(CZ_STREETS)
    return g.rnd.choice([f"{s} {g.rnd.randint(1, 120)}", f"{s} {g.rnd.randint(100, 3999)}/{g.rnd.randint(1, 90)}"])


#: (town, postnummer, country) of the haulier's customers in Denmark and northern Germany
DK_PLACES = [
    ("Padborg", "6330", "DK"),
    ("Aabenraa", "6200", "DK"),
    ("Kolding", "6000", "DK"),
    ("Vejle", "7100", "DK"),
    ("Herning", "7400", "DK"),
    ("Aarhus N", "8200", "DK"),
    ("Odense SØ", "5220", "DK"),
    ("Esbjerg", "6700", "DK"),
    ("Hamburg", "22113", "DE"),
    ("Flensburg", "24941", "DE"),
    ("Neumünster", "24537", "DE"),
]
DK_STREETS = {
    "DK": ["Industrivej", "Transitvej", "Lyngager", "Erhvervsvej", "Håndværkervej", "Savværksvej"],
    "DE": ["Gewerbestraße", "Am Hafen", "Industriestraße", "Hansestraße"],
}

#: (city and ward, towns, postcode lead) around Yokohama and Kawasaki
JA_PLACES = [
    ("神奈川県横浜市港北区", ["日吉", "綱島西", "大倉山", "菊名"], "223"),
    ("神奈川県横浜市青葉区", ["青葉台", "美しが丘", "藤が丘"], "225"),
    ("神奈川県川崎市中原区", ["小杉町", "新丸子町", "木月"], "211"),
    ("神奈川県横浜市都筑区", ["中川", "仲町台", "茅ケ崎中央"], "224"),
    ("東京都大田区", ["田園調布", "蒲田", "大森北"], "144"),
    ("東京都世田谷区", ["三軒茶屋", "桜新町", "用賀"], "154"),
]
JA_BUILDINGS = ["コーポ", "メゾン", "ハイツ", "グランドール", "パークサイド"]


def ja_address(g: Gen) -> tuple[str, str]:
    """(postal code ``123-4567``, full address in kanji)."""
    ward, towns, lead = g.rnd.choice(JA_PLACES)
    addr = f"{ward}{g.rnd.choice(towns)}{g.rnd.randint(1, 5)}丁目{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 25)}"
    if g.rnd.random() < 0.5:
        building = g.rnd.choice(JA_BUILDINGS) + g.rnd.choice(["日吉", "青葉", "中原", "さくら"])
        addr += f" {building}{g.rnd.randint(1, 6)}0{g.rnd.randint(1, 9)}"
    return f"{lead}-{g.digits(4)}", addr


#: (localidade, distrito, postcode leads) in Portugal
PT_PLACES = [
    ("Porto", "Porto", ["4000", "4050", "4100", "4150", "4200", "4250", "4300", "4350"]),
    ("Vila Nova de Gaia", "Porto", ["4400", "4405", "4410", "4430"]),
    ("Matosinhos", "Porto", ["4450", "4460"]),
    ("Maia", "Porto", ["4470", "4475"]),
    ("Gondomar", "Porto", ["4420", "4435"]),
    ("Valongo", "Porto", ["4440"]),
    ("Braga", "Braga", ["4700", "4705", "4715"]),
    ("Guimarães", "Braga", ["4800", "4810"]),
    ("Lisboa", "Lisboa", ["1000", "1050", "1070", "1500", "1700"]),
    ("Aveiro", "Aveiro", ["3800", "3810"]),
    ("Coimbra", "Coimbra", ["3000", "3030"]),
]
PT_STREETS = [
    "Rua de Santa Catarina",
    "Avenida da Boavista",
    "Rua do Almada",
    "Rua Costa Cabral",
    "Rua de Cedofeita",
    "Rua da Constituição",
    "Travessa do Carregal",
    "Avenida da República",
    "Rua do Heroísmo",
    "Rua das Flores",
    "Rua de Damião de Góis",
]


def pt_street(g: Gen) -> str:
    return f"{g.rnd.choice(PT_STREETS)}, {g.rnd.randint(1, 900)}" + g.rnd.choice(
        ["", ", 1.º Dto", ", 2.º Esq", ", 3.º Frente", ", R/C", ", 4.º Trás"]
    )


def pt_postcode(g: Gen, lead: str) -> str:
    return f"{lead}-{g.digits(3)}"


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa, Mastercard, Amex or Discover prefix."""
    prefix, length = g.rnd.choice([("4", 16), ("4", 16), ("51", 16), ("2720", 16), ("34", 15), ("6011", 16)])
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


#: BBAN layouts (9 a digit, A a letter); python-stdnum checks the result
BBAN = {
    "IT": "A9999999999ZZZZZZZZZZZZ",
    "CZ": "99999999999999999999",
    "PT": "999999999999999999999",
    "DK": "99999999999999",
}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, national checks retried, python-stdnum checks it)."""

    def make() -> str:
        bban = g.code(BBAN[country])
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4)) if spaced else number


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 665):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}"

    number = g.valid(make, _ssn.is_valid)
    return number if dashed else number.replace("-", "")


def _cf_part(text: str, given_name: bool) -> str:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vows = [ch for ch in letters if ch in "AEIOU"]
    if given_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return "".join((cons + vows + ["X", "X", "X"])[:3])


def it_codice_fiscale(first: str, last: str, born: date, female: bool, comune: str) -> str:
    """An Italian codice fiscale encoding the name, the birth date, the sex and the comune (check letter:
    python-stdnum)."""
    day = born.day + (40 if female else 0)
    body = (
        _cf_part(last, False)
        + _cf_part(first, True)
        + f"{born.year % 100:02d}"
        + "ABCDEHLMPRST"[born.month - 1]
        + f"{day:02d}"
        + comune
    )
    number = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(number)
    return number


def it_eori(g: Gen) -> str:
    """An Italian EORI (``IT`` + a partita IVA passing its Luhn check): a declarant's, a business's."""
    return "IT" + g.valid(
        lambda: g.digits(7, "0123456789") + g.rnd.choice(["015", "017", "096", "108", "120"]) + g.digits(1),
        _iva.is_valid,
    )


def gb_vat(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("123456789") + g.digits(8), _gbvat.is_valid)


def gr_afm_business(g: Gen) -> str:
    """A Greek ΑΦΜ of a company (``0`` or ``8``/``9`` lead, python-stdnum's check digit)."""
    body = g.rnd.choice(["09", "99", "80", "800"]) + ""
    body += g.digits(8 - len(body))
    number = body + _grvat.calc_check_digit(body)
    assert _grvat.is_valid(number)
    return number


def cz_ico(g: Gen) -> str:
    """A Czech company number (IČO), whose check digit is the DIČ's of a legal entity."""

    def make() -> str:
        body = g.rnd.choice("2467") + g.digits(6)
        return body + _dic.calc_check_digit_legal(body)

    return g.valid(make, _dic.is_valid)


def dk_cvr(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("123456789") + g.digits(7), _cvr.is_valid)


def jp_corporate(g: Gen) -> str:
    """A Japanese corporate number (法人番号, 13 digits, python-stdnum's check digit first)."""
    body = "01" + g.digits(10)
    number = _jpcn.calc_check_digit(body) + body
    assert _jpcn.is_valid(number)
    return number


def pt_nif(g: Gen, lead: str = "2") -> str:
    """A Portuguese NIF: ``1``/``2``/``3`` a person's, ``5`` a company's."""
    body = lead + g.digits(7)
    number = body + _nif.calc_check_digit(body)
    assert _nif.is_valid(number)
    return number


def sg_uen(g: Gen) -> str:
    """A Singapore UEN of a local company (year, serial, check letter)."""

    def make() -> str:
        body = str(g.rnd.randint(1985, 2022)) + g.digits(5)
        return body + _uen.calc_local_company_check_digit(body)

    return g.valid(make, _uen.is_valid)


def container(g: Gen) -> str:
    """An ISO 6346 container number with its check digit (python-stdnum)."""
    body = g.rnd.choice(["PSTU", "OCGU", "BNLU", "TRXU", "SLAU", "KWCU"]) + g.digits(6)
    number = body + _iso6346.calc_check_digit(body)
    assert _iso6346.is_valid(number)
    return number


def imo_number(g: Gen) -> str:
    body = g.rnd.choice("9") + g.digits(5)
    number = body + _imo.calc_check_digit(body)
    assert _imo.is_valid(number)
    return f"IMO {number}"


def gtin13(g: Gen, prefix: str) -> str:
    body = prefix + g.digits(12 - len(prefix))
    return body + _ean.calc_check_digit(body)


S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)


def s10_check(serial: str) -> str:
    """The UPU S10 check digit of an 8-digit serial."""
    check = 11 - sum(int(d) * w for d, w in zip(serial, S10_WEIGHTS)) % 11
    return {10: "0", 11: "5"}.get(check, str(check))


def s10(g: Gen, service: str, country: str) -> str:
    """A UPU S10 item number (``LX123456785GB``)."""
    serial = g.digits(8)
    return f"{service}{serial}{s10_check(serial)}{country}"


def awb(g: Gen, prefixes: list[str]) -> str:
    """An air waybill number ``PPP-SSSSSSSC``: the serial's check digit is its value modulo 7."""
    serial = g.digits(7)
    return f"{g.rnd.choice(prefixes)}-{serial}{int(serial) % 7}"


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)
