"""Values of held-out set v53 (:mod:`benchmarks.classification.heldout_v53`): v53's random source, names, streets,
towns and postal codes written by hand for v53 (no Faker, no list of real people, no breach data; the few pairs of
frequent names that happen to name a well-known person are drawn again), phones checked with phonenumbers and
identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module (the phone builder was rewritten to draw from each
country's own number plan); the lists below are new: Phoenix and the East Valley, Dallas-Fort Worth, Chicago and the
Triangle in North Carolina, Brisbane, eastern Ontario, the Bay of Plenty, Harrogate and Nidderdale, Cavan and Monaghan,
the Münsterland, the Gers, Copenhagen and Aarhus, Uusimaa and Pirkanmaa, Mexico City and its neighbours, Wielkopolska.
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
from stdnum import luhn
from stdnum import mac as _mac
from stdnum.au import abn as _abn
from stdnum.ca import sin as _sin
from stdnum.dk import cpr as _cpr
from stdnum.dk import cvr as _cvr
from stdnum.fi import hetu as _hetu
from stdnum.fi import ytunnus as _ytunnus
from stdnum.fr import nir as _nir
from stdnum.fr import siret as _siret
from stdnum.ie import pps as _pps
from stdnum.ie import vat as _ie_vat
from stdnum.mx import curp as _curp
from stdnum.mx import rfc as _rfc
from stdnum.nz import ird as _ird
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 53_907_2026
N = "none"
#: a login or public display handle (review, as in v5 to v51)
USERNAME = "unclassified"
#: NULL-like strings of v53's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "?", "#N/A",
    "nil", "<null>", "TBA", "tba", ".", "0", "x", "X", "(none)", "NONE", "NO EMAIL", "noemail@none.com",
    "test@test.com", "none@none.com", "000-000-0000", "(000) 000-0000", "0000000000", "999-99-9999", "000-00-0000",
    "declined", "DECLINED", "RAS", "refused", "keine", "k.A.", "-/-", "néant", "non renseigné", "NR", "ikke oplyst", "ingen",
    "ei", "ei tiedossa", "-ei-", "S/D", "N/D", "sin dato", "ninguno", "brak", "b.d.", "BRAK", "---")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    out = "".join(ch for ch in text if not unicodedata.combining(ch))
    return out.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v53:{SEED}:{table}")

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

    def md5(self) -> str:
        return hashlib.md5(str(self.rnd.random()).encode(), usedforsecurity=False).hexdigest()

    def ipv4(self) -> str:
        first = self.rnd.choice([24, 47, 64, 68, 72, 99, 104, 142, 174, 184, 206, 216])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2605", "2607", "2001:56a", "2a05", "2603"])
        groups = 8 - head.count(":") - 1
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(groups))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True, areas: list[str] | None = None) -> str:
        """A valid number of ``region`` drawn from its own plan (``areas``: NANP area codes), in ``fmt``."""
        code = phonenumbers.country_code_for_region(region)

        def make() -> str:
            if region in ("US", "CA"):
                return self.rnd.choice(areas or ["602"]) + str(self.rnd.randint(2, 9)) + self.digits(6)
            prefix, length = self.rnd.choice(PHONE_PLANS[region][0 if mobile else 1])
            return prefix + self.digits(length - len(prefix))

        def ok(candidate: str) -> bool:
            return phonenumbers.is_valid_number(phonenumbers.parse(f"+{code}{candidate}"))

        number = phonenumbers.parse(f"+{code}{self.valid(make, ok)}")
        return phone_text(number, region, fmt)

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0,
               areas: list[str] | None = None) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile,
                                           areas), null)


#: region -> (mobile plans, fixed-line plans): (leading digits of the national significant number, its length)
PHONE_PLANS: dict[str, tuple[list[tuple[str, int]], list[tuple[str, int]]]] = {
    "AU": ([("4", 9)], [("73", 9), ("738", 9)]),
    "NZ": ([("21", 9), ("22", 9), ("27", 9), ("21", 8)], [("757", 8), ("754", 8), ("757", 8)]),
    "GB": ([("77", 10), ("78", 10), ("79", 10), ("74", 10), ("75", 10)], [("1423", 10), ("1765", 10)]),
    "IE": ([("83", 9), ("85", 9), ("86", 9), ("87", 9), ("89", 9)], [("49", 9), ("42", 9)]),
    "DE": ([("151", 11), ("152", 11), ("157", 11), ("160", 11), ("170", 10), ("171", 10), ("172", 11),
            ("176", 11), ("177", 11), ("179", 11)], [("2541", 10), ("2594", 10), ("2502", 10), ("2590", 10)]),
    "FR": ([("6", 9), ("7", 9)], [("562", 9), ("563", 9), ("567", 9)]),
    "DK": ([("2", 8), ("30", 8), ("31", 8), ("40", 8), ("42", 8), ("50", 8), ("51", 8), ("53", 8), ("60", 8),
            ("61", 8), ("71", 8), ("81", 8), ("91", 8), ("93", 8)], [("3", 8), ("86", 8), ("87", 8), ("89", 8)]),
    "FI": ([("40", 9), ("41", 9), ("44", 9), ("45", 9), ("46", 9), ("50", 9)], [("9", 9), ("3", 9), ("19", 9)]),
    "MX": ([("55", 10), ("56", 10), ("33", 10), ("81", 10), ("442", 10), ("222", 10)],
           [("55", 10), ("56", 10), ("722", 10)]),
    "PL": ([("50", 9), ("51", 9), ("53", 9), ("57", 9), ("60", 9), ("66", 9), ("69", 9), ("72", 9), ("78", 9),
            ("79", 9), ("88", 9)], [("61", 9), ("63", 9)]),
}


def phone_text(number: phonenumbers.PhoneNumber, region: str, fmt: str) -> str:
    """``number`` written as a person or a system of ``region`` writes it."""
    if fmt == "e164":
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if fmt == "intl":
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if fmt == "00":
        return "00" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)[1:]
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    d = "".join(ch for ch in national if ch.isdigit())
    if fmt == "digits":
        return d
    if fmt == "dashes":
        return f"{d[:3]}-{d[3:6]}-{d[6:]}" if region in ("US", "CA") else national.replace(" ", "-")
    if fmt == "dots":
        return f"{d[:3]}.{d[3:6]}.{d[6:]}" if region in ("US", "CA") else national.replace(" ", ".")
    if fmt == "one":  # NANP with the leading 1
        return f"1-{d[:3]}-{d[3:6]}-{d[6:]}"
    if fmt == "spaced" and region == "AU" and d.startswith("04"):
        return f"{d[:4]} {d[4:7]} {d[7:]}"
    return national


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v53: census-style frequent names of each place, no famous people) -----------------------------

#: locale -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["James", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Christopher", "Daniel",
            "Matthew", "Anthony", "Steven", "Kenneth", "Kevin", "Brian", "Timothy", "Ronald", "Jeffrey", "Gary",
            "Travis", "Dustin", "Cody", "Wesley", "Darrell", "Randy", "Terrence", "Marcus", "Andre", "Darnell"],
           ["Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Karen", "Nancy",
            "Sandra", "Ashley", "Kimberly", "Donna", "Michelle", "Carol", "Amanda", "Melissa", "Deborah", "Tammy",
            "Crystal", "Heather", "Misty", "Brittany", "Latoya", "Tanisha", "Keisha", "Shannon", "Tonya", "Kristen"],
           ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
            "Moore", "Jackson", "White", "Harris", "Thompson", "Clark", "Lewis", "Robinson", "Walker", "Young",
            "Allen", "Wright", "Hill", "Green", "Baker", "Nelson", "Carter", "Mitchell", "Roberts", "Turner",
            "Phillips", "Campbell", "Parker", "Evans", "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Cook",
            "Rogers", "Reed", "Bailey", "Cooper", "Howard", "Ward", "Cox", "Peterson", "Gray", "Brooks", "Sanders",
            "Price", "Bennett", "Barnes", "Henderson", "Coleman", "Jenkins", "Perry", "Powell", "Patterson", "Hughes",
            "Butler", "Simmons", "Foster", "Bryant", "Griffin", "Hayes", "Myers", "Ford", "Graham", "Sullivan",
            "Wallace", "Owens", "Reynolds", "Fisher", "Ellis", "Gibson", "Marshall", "Boyd", "Tucker", "Porter"]),
    "us_hisp": (["José", "Juan", "Luis", "Carlos", "Jesús", "Miguel", "Francisco", "Alejandro", "Ricardo", "Jorge",
                 "Manuel", "Ramón", "Rubén", "Adrián"],
                ["María", "Guadalupe", "Rosa", "Yolanda", "Verónica", "Adriana", "Alejandra", "Leticia", "Claudia",
                 "Marisol", "Araceli", "Yesenia"],
                ["Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Perez", "Sanchez", "Ramirez",
                 "Torres", "Flores", "Rivera", "Gomez", "Diaz", "Reyes", "Morales", "Cruz", "Ortiz", "Gutierrez",
                 "Chavez", "Ramos", "Ruiz", "Mendoza", "Castillo", "Vasquez", "Jimenez", "Moreno", "Romero",
                 "Herrera", "Medina", "Aguilar", "Vargas", "Soto", "Delgado", "Contreras", "Estrada", "Salazar",
                 "Valenzuela"]),
    "us_asian": (["Minh", "Tuan", "Hung", "Sanjay", "Rahul", "Vikram", "Jae", "Sung", "Wei", "Kenji"],
                 ["Linh", "Thuy", "Priya", "Anjali", "Deepa", "Min-ji", "Soo-jin", "Mei", "Yuki", "Hana"],
                 ["Nguyen", "Tran", "Le", "Pham", "Patel", "Shah", "Desai", "Reddy", "Kim", "Park", "Lee", "Choi",
                  "Chen", "Wang", "Liu", "Tanaka"]),
    "us_native": (["Darren", "Lorenzo", "Tyrone", "Calvin"], ["Loretta", "Darlene", "Shauna", "Renee"],
                  ["Begay", "Yazzie", "Benally", "Tsosie", "Nez", "Etsitty", "Manuelito"]),
    "gb": (["Oliver", "Harry", "Jack", "George", "Thomas", "Callum", "Liam", "Ryan", "Daniel", "Adam", "Joshua",
            "Matthew", "Craig", "Gareth", "Stuart", "Neil", "Ian", "Graham", "Keith", "Trevor", "Nigel", "Mohammed",
            "Imran", "Barry"],
           ["Emma", "Sophie", "Chloe", "Hannah", "Lauren", "Rachel", "Gemma", "Kirsty", "Joanne", "Claire", "Helen",
            "Julie", "Karen", "Tracey", "Dawn", "Lindsey", "Amelia", "Isla", "Olivia", "Shabana", "Nadia", "Pauline",
            "Maureen", "Jean"],
           ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Walker", "Wood", "Robinson", "Thompson", "Wright", "Hall",
            "Green", "Clarke", "Jackson", "Hughes", "Shaw", "Atkinson", "Holmes", "Dixon", "Booth", "Hirst",
            "Barker", "Pickering", "Whitaker", "Sutcliffe", "Haigh", "Firth", "Horsfall", "Ackroyd", "Lister",
            "Kitching", "Greenwood", "Hartley", "Brayshaw", "Hussain", "Ahmed", "Khan", "Akhtar", "Metcalfe",
            "Thwaite", "Raw", "Dinsdale"]),
    "ca": (["Liam", "Noah", "Ethan", "Logan", "Owen", "Connor", "Brett", "Tyler", "Kyle", "Derek", "Marc", "Luc",
            "Mathieu", "Sébastien", "Pierre", "Rajinder", "Gurpreet", "Trevor", "Darcy", "Jean-François"],
           ["Emily", "Madison", "Megan", "Kayla", "Jennifer", "Nicole", "Sarah", "Chantal", "Isabelle",
            "Geneviève", "Nathalie", "Sylvie", "Mélanie", "Priya", "Brianne", "Kelsey", "Josée", "Manon"],
           ["Smith", "Brown", "Tremblay", "Martin", "Roy", "Wilson", "MacDonald", "Campbell", "Anderson", "Gagnon",
            "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Leblanc", "Thompson", "Stewart", "Taylor",
            "Robertson", "Fraser", "Murray", "MacLeod", "McKenzie", "Scott", "Reid", "Ross", "Bergeron", "Lalonde",
            "Séguin", "Charbonneau", "Proulx", "Dubois", "Chen", "Wong", "Singh", "Gill", "Lafleur", "McIntyre"]),
    "au": (["Jack", "Lachlan", "Cooper", "Riley", "Mitchell", "Brodie", "Jayden", "Nathan", "Shane", "Darren",
            "Craig", "Bradley", "Troy", "Wayne", "Dylan", "Hamish", "Tuan", "Rohan"],
           ["Chloe", "Emily", "Jessica", "Sarah", "Kylie", "Leanne", "Belinda", "Tanya", "Natalie", "Mia", "Ruby",
            "Charlotte", "Sharon", "Tenille", "Brooke", "Jodie", "Shannon", "Annika"],
           ["Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Johnson", "White", "Martin", "Anderson",
            "Thompson", "Nguyen", "Thomas", "Walker", "Harris", "Lee", "Ryan", "Robinson", "Kelly", "King", "Davis",
            "Wright", "Evans", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Patel", "Mitchell",
            "O'Brien", "McCarthy", "Byrne", "Cartwright", "Baxter", "Pham", "Fitzgerald", "Donnelly", "Papadopoulos"]),
    "nz": (["James", "Liam", "Oliver", "William", "Hamish", "Angus", "Tama", "Wiremu", "Rawiri", "Nikau", "Sione",
            "Craig", "Brent", "Grant", "Shane", "Harjit", "Manpreet", "Lochie"],
           ["Olivia", "Charlotte", "Isla", "Aroha", "Mereana", "Anahera", "Kiri", "Ngaire", "Leanne", "Michelle",
            "Raewyn", "Kirsty", "Sinead", "Priya", "Harpreet", "Tania", "Robyn", "Jacinda"],
           ["Smith", "Wilson", "Williams", "Brown", "Taylor", "Jones", "Singh", "Thompson", "Walker", "Anderson",
            "Campbell", "Stewart", "Ngata", "Te Kani", "Parata", "Tipene", "Horomona", "Rangi", "Wihongi",
            "Herewini", "Kingi", "Patel", "Kaur", "Sharma", "Gill", "Sandhu", "McLeod", "Fraser", "Hamilton",
            "Murray", "Tapsell", "Bidois", "Faulkner", "Hollis"]),
    "ie": (["Seán", "Patrick", "Michael", "John", "Declan", "Ciarán", "Conor", "Pádraig", "Eoin", "Liam", "Tadhg",
            "Donal", "Noel", "Gerard", "Brendan", "Fergal", "Cathal", "Thomas"],
           ["Mary", "Siobhán", "Aoife", "Niamh", "Caoimhe", "Gráinne", "Sinéad", "Bríd", "Máire", "Catherine",
            "Deirdre", "Orla", "Eileen", "Margaret", "Bernadette", "Úna"],
           ["Murphy", "Kelly", "O'Sullivan", "Walsh", "Smith", "O'Brien", "Byrne", "Ryan", "O'Connor", "O'Neill",
            "O'Reilly", "Doyle", "McCarthy", "Gallagher", "Doherty", "Kennedy", "Lynch", "Murray", "Quinn", "Moore",
            "McLoughlin", "Carroll", "Connolly", "Daly", "Brady", "Clarke", "McMahon", "Duffy", "Sheridan",
            "Fitzpatrick", "Maguire", "Farrelly", "Cassidy", "Smyth", "Tierney", "Coyle", "McCabe", "Lynch",
            "Galligan", "McEnroe"]),
    "de": (["Thomas", "Michael", "Andreas", "Stefan", "Frank", "Markus", "Christian", "Jürgen", "Klaus", "Bernhard",
            "Heinrich", "Josef", "Lukas", "Jonas", "Tobias", "Ludger", "Hubert", "Reinhard"],
           ["Sabine", "Petra", "Monika", "Andrea", "Claudia", "Susanne", "Birgit", "Ursula", "Anja", "Katharina",
            "Lena", "Annika", "Hildegard", "Maria", "Elisabeth", "Mechthild", "Gisela", "Anne"],
           ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
            "Schulte", "Hagemann", "Terhorst", "Wessels", "Brüggemann", "Kemper", "Schöppner", "Lammers", "Voß",
            "Brinkmann", "Hüsing", "Wilmers", "Holtkamp", "Schwering", "Eggert", "Tenbrink", "Niehues", "Overkamp",
            "Bücker", "Rotthowe", "Schulze Althoff", "Große-Kleimann", "Wiesmann", "Kortmann"]),
    "fr": (["Jean", "Pierre", "Michel", "Philippe", "Alain", "Bernard", "Christophe", "Laurent", "Sébastien",
            "Nicolas", "Julien", "Guillaume", "Mathieu", "Thierry", "Didier", "Jean-Marc", "Serge", "Francis"],
           ["Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Christine", "Sandrine", "Valérie", "Céline",
            "Aurélie", "Émilie", "Laetitia", "Martine", "Monique", "Josiane", "Marie-Pierre", "Odile", "Maryse"],
           ["Martin", "Bernard", "Dubois", "Lafitte", "Dupouy", "Lacoste", "Ducos", "Lagarde", "Castaing", "Labat",
            "Dufau", "Sarrat", "Barrère", "Cazaux", "Laborde", "Lamarque", "Capdevielle", "Daguzan", "Fourcade",
            "Gaillard", "Pujol", "Abadie", "Baylac", "Soulé", "Espagnet", "Roux", "Moreau", "Lefèvre", "Garcia",
            "Fernandez", "Sabathé", "Dupuy", "Lannes", "Cassagne"]),
    "da": (["Jens", "Peter", "Lars", "Søren", "Niels", "Henrik", "Anders", "Morten", "Thomas", "Mads", "Rasmus",
            "Frederik", "Mikkel", "Emil", "Kasper", "Bo"],
           ["Anne", "Kirsten", "Mette", "Hanne", "Susanne", "Lene", "Camilla", "Louise", "Sofie", "Ida", "Freja",
            "Maja", "Signe", "Line", "Birgitte", "Pernille"],
           ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
            "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen", "Poulsen",
            "Johansen", "Møller", "Mortensen", "Østergaard", "Dahl", "Lund", "Holm", "Bach", "Kjær", "Frandsen"]),
    #: cleaners of a Danish marketplace: many born elsewhere (they have a CPR number all the same)
    "da_cleaner": (["Andrzej", "Mihai", "Oleksandr", "Joel", "Abdi", "Tomasz", "Ionut"],
                   ["Agnieszka", "Oksana", "Maria", "Ioana", "Marisol", "Jovelyn", "Hodan", "Natalia", "Irina",
                    "Dorota", "Ewa", "Roxana", "Lerma", "Svitlana"],
                   ["Kowalczyk", "Melnyk", "Santos", "Popescu", "Dela Cruz", "Reyes", "Warsame", "Bondarenko",
                    "Ionescu", "Nowak", "Wiśniewska", "Andersen", "Nielsen", "Hussein", "Kovalenko", "Bautista"]),
    "fi": (["Juha", "Mikko", "Timo", "Jari", "Kari", "Antti", "Pekka", "Janne", "Matti", "Heikki", "Ville", "Eero",
            "Aleksi", "Joonas", "Markku", "Petri"],
           ["Tuula", "Päivi", "Anne", "Riitta", "Sari", "Minna", "Marja", "Leena", "Hanna", "Johanna", "Laura",
            "Emilia", "Aino", "Sanna", "Pirjo", "Tiina"],
           ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
            "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen",
            "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila",
            "Savolainen", "Lahtinen", "Ahonen"]),
    "mx": (["José", "Juan", "Miguel", "Luis", "Jorge", "Alejandro", "Eduardo", "Fernando", "Ricardo", "Arturo",
            "Roberto", "Héctor", "Sergio", "Javier", "Juan Carlos", "José Luis"],
           ["María", "Guadalupe", "Verónica", "Patricia", "Alejandra", "Gabriela", "Leticia", "Adriana", "Claudia",
            "Mónica", "Fernanda", "Daniela", "Sofía", "Ximena", "María Fernanda", "Ana Karen"],
           ["Hernández", "García", "Martínez", "López", "González", "Pérez", "Rodríguez", "Sánchez", "Ramírez",
            "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Reyes", "Jiménez", "Torres", "Díaz", "Gutiérrez",
            "Ruiz", "Mendoza", "Aguilar", "Ortiz", "Moreno", "Castillo", "Romero", "Álvarez", "Méndez", "Chávez",
            "Rivera", "Juárez", "Ramos", "Domínguez", "Herrera", "Medina", "Castro", "Vargas", "Guzmán",
            "Velázquez", "Rojas", "Nuñez", "Ibarra"]),
    "pl": (["Piotr", "Krzysztof", "Tomasz", "Andrzej", "Paweł", "Michał", "Marcin", "Jakub", "Łukasz", "Grzegorz",
            "Mariusz", "Dariusz", "Wojciech", "Adam", "Przemysław", "Bartosz"],
           ["Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Magdalena", "Joanna", "Monika",
            "Aleksandra", "Beata", "Dorota", "Natalia", "Justyna", "Halina", "Karolina"],
           ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński",
            "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski", "Krawczyk",
            "Piotrowski", "Grabowski", "Nowakowski", "Pawłowski", "Michalski", "Nowicki", "Adamczyk", "Dudek",
            "Zając", "Wieczorek", "Jabłoński", "Król", "Majewski", "Olszewski", "Walczak", "Stępień", "Górski",
            "Rutkowski", "Michalak", "Sikora", "Baran", "Szewczyk", "Pietrzak", "Marciniak", "Wróbel", "Kaczmarek",
            "Nowaczyk", "Przybylski", "Kubiak"]),
}
#: the US customer bases mix these pools (weights; Phoenix and Dallas have large Hispanic populations)
US_MIX = {"us": 6.0, "us_hisp": 3.0, "us_asian": 1.0, "us_native": 0.4}


#: pairs the frequent-name pools can form that name a well-known person or character: drawn again
FAMOUS = {"Michael Jackson", "James Brown", "James Taylor", "Elizabeth Bennett", "Michael Collins", "Michael Moore",
          "Steven Wright", "Thomas Müller", "Robert Johnson", "Mary Murphy", "Jack Taylor", "Jack White"}


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``; Polish family names take the woman's form."""
    female = g.rnd.random() < 0.5 if female is None else female
    while True:
        pool = g.rnd.choices(list(US_MIX), list(US_MIX.values()))[0] if lang == "us" else lang
        males, females, lasts = NAMES[pool]
        last = g.rnd.choice(lasts)
        if lang == "pl" and female:
            last = pl_feminine(last)
        first = g.rnd.choice(females if female else males)
        if f"{first} {last}" not in FAMOUS:
            return first, last


def pl_feminine(last: str) -> str:
    for male, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if last.endswith(male):
            return last[: -len(male)] + fem
    return last


def whole(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def family(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[1]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first), plain(last)
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(60, 99)}", f"{b}{a[:2]}", f"{a}.{b}{g.rnd.randint(1, 9)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(first)}.{plain(last)}@{domain}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first), plain(last)
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a}{b[:3]}", f"{a[0]}{b[:7]}".upper()][
        style % 6]


#: free mail domains by locale
DOMAINS = {
    "us": ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com", "cox.net", "att.net",
           "sbcglobal.net", "comcast.net"],
    "gb": ["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "outlook.com", "sky.com", "talktalk.net",
           "icloud.com"],
    "ca": ["gmail.com", "hotmail.com", "rogers.com", "sympatico.ca", "bell.net", "outlook.com", "yahoo.ca",
           "videotron.ca"],
    "au": ["gmail.com", "bigpond.com", "hotmail.com", "outlook.com.au", "optusnet.com.au", "icloud.com",
           "yahoo.com.au", "iinet.net.au"],
    "nz": ["gmail.com", "xtra.co.nz", "hotmail.com", "outlook.co.nz", "slingshot.co.nz", "icloud.com",
           "farmside.co.nz"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "yahoo.ie", "outlook.ie", "icloud.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "freenet.de", "outlook.de", "posteo.de"],
    "fr": ["orange.fr", "wanadoo.fr", "gmail.com", "free.fr", "laposte.net", "sfr.fr", "hotmail.fr"],
    "da": ["gmail.com", "hotmail.com", "mail.dk", "live.dk", "outlook.dk", "jubii.dk", "youmail.dk"],
    "fi": ["gmail.com", "hotmail.com", "luukku.com", "suomi24.fi", "outlook.com", "elisanet.fi", "kolumbus.fi"],
    "mx": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx", "live.com.mx", "prodigy.net.mx"],
    "pl": ["wp.pl", "onet.pl", "gmail.com", "o2.pl", "interia.pl", "op.pl", "poczta.fm"],
}


def email(g: Gen, lang: str = "us") -> str:
    return email_of(g, *person(g, lang), DOMAINS["us" if lang.startswith("us") else lang])


# -- places (written for v53) -----------------------------------------------------------------------------------------

#: (city, state, ZIP lead, area codes)
PHX = [("Phoenix", "AZ", "850", ["602", "480", "623"]), ("Mesa", "AZ", "852", ["480"]),
       ("Tempe", "AZ", "852", ["480"]), ("Chandler", "AZ", "852", ["480"]), ("Gilbert", "AZ", "852", ["480"]),
       ("Scottsdale", "AZ", "852", ["480"]), ("Glendale", "AZ", "853", ["623"]), ("Peoria", "AZ", "853", ["623"]),
       ("Queen Creek", "AZ", "851", ["480"])]
DFW = [("Plano", "TX", "750", ["972", "469"]), ("Frisco", "TX", "750", ["972", "469"]),
       ("McKinney", "TX", "750", ["972", "469"]), ("Denton", "TX", "762", ["940"]),
       ("Arlington", "TX", "760", ["817", "682"]), ("Fort Worth", "TX", "761", ["817", "682"]),
       ("Keller", "TX", "762", ["817"]), ("Garland", "TX", "750", ["972", "214"]),
       ("Mesquite", "TX", "751", ["972", "214"]), ("Rockwall", "TX", "750", ["972"])]
CHI = [("Chicago", "IL", "606", ["312", "773", "872"]), ("Chicago", "IL", "606", ["773"]),
       ("Evanston", "IL", "602", ["847", "224"]), ("Oak Park", "IL", "603", ["708"]),
       ("Cicero", "IL", "608", ["708"]), ("Skokie", "IL", "600", ["847"]), ("Berwyn", "IL", "604", ["708"])]
RDU = [("Raleigh", "NC", "276", ["919", "984"]), ("Cary", "NC", "275", ["919"]), ("Apex", "NC", "275", ["919"]),
       ("Durham", "NC", "277", ["919", "984"]), ("Wake Forest", "NC", "275", ["919"]),
       ("Holly Springs", "NC", "275", ["919"]), ("Morrisville", "NC", "275", ["919"])]
US_STREETS = {
    "phx": ["E Indian School Rd", "W Camelback Rd", "N 7th St", "E McDowell Rd", "S Gilbert Rd", "W Glendale Ave",
            "E Saguaro Blossom Way", "N Desert Willow Dr", "E Palo Verde Ln", "W Ocotillo Rd", "S Power Rd",
            "E Baseline Rd", "N Mesquite Trl"],
    "dfw": ["Hailstone Dr", "Prairie Creek Ln", "Bluebonnet Trl", "Live Oak Ct", "Preston Meadow Dr",
            "Cottonwood Bend", "Post Oak Rd", "Legacy Ridge Dr", "Pecan Hollow Ln", "Lone Star Pkwy",
            "Mockingbird Ln", "Red Oak Cir"],
    "chi": ["N Milwaukee Ave", "W Belmont Ave", "N Kedzie Ave", "W Fullerton Ave", "S Halsted St", "N Clark St",
            "W Irving Park Rd", "S Pulaski Rd", "N Sheridan Rd", "W Foster Ave", "Chicago Ave", "Dempster St"],
    "rdu": ["Glenwood Ave", "Six Forks Rd", "Falls of Neuse Rd", "Tryon Rd", "Kildaire Farm Rd", "Old Apex Rd",
            "Longleaf Pine Dr", "Carolina Wren Ct", "Tobacco Barn Ln", "Dogwood Hollow Dr", "Sweetgum Way"],
}


def us_street(g: Gen, area: str) -> str:
    n = g.rnd.randint(100, 24999)
    s = g.rnd.choice(US_STREETS[area])
    return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"{n} {s}", f"{n} {s} Apt {g.rnd.randint(101, 340)}",
                         f"{n} {s} Unit {g.rnd.randint(1, 30)}", f"{n} {s} #{g.rnd.randint(1, 20)}"])


def us_zip(g: Gen, lead: str, plus4: float = 0.0) -> str:
    z = lead + g.digits(2)
    return f"{z}-{g.digits(4)}" if g.rnd.random() < plus4 else z


#: Brisbane suburbs: (suburb, postcode)
BNE = [("Indooroopilly", "4068"), ("Chermside", "4032"), ("Carindale", "4152"), ("Wynnum", "4178"),
       ("Springwood", "4127"), ("Toowong", "4066"), ("Redcliffe", "4020"), ("Ipswich", "4305"),
       ("Aspley", "4034"), ("Sunnybank Hills", "4109"), ("Kedron", "4031"), ("Capalaba", "4157"),
       ("North Lakes", "4509"), ("Forest Lake", "4078")]
AU_STREETS = ["Jacaranda St", "Poinciana Ave", "Blackwood Cres", "Macadamia Ct", "Waratah Dr", "Gympie Rd",
              "Old Cleveland Rd", "Moggill Rd", "Banksia Pl", "Kingfisher Cct", "Bunya St", "Grevillea Tce"]


def au_street(g: Gen) -> str:
    n = g.rnd.randint(1, 240)
    s = g.rnd.choice(AU_STREETS)
    return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"{g.rnd.randint(1, 24)}/{n} {s}", (f"Unit {g.rnd.randint(1, 12)}, "
                         f"{n} {s}")])


#: eastern Ontario: (town, FSA, area codes)
ONT = [("Ottawa", "K2J", ["613", "343"]), ("Kanata", "K2K", ["613", "343"]), ("Orléans", "K1C", ["613"]),
       ("Kingston", "K7M", ["613", "343"]), ("Peterborough", "K9J", ["705", "249"]), ("Belleville", "K8N", ["613"]),
       ("Perth", "K7H", ["613"]), ("Arnprior", "K7S", ["613"]), ("Cornwall", "K6H", ["613", "343"]),
       ("Brockville", "K6V", ["613"])]
CA_STREETS = ["Maple Grove Rd", "Rideau Valley Dr", "Beaverbrook Rd", "Cedarview Rd", "Sugar Bush Lane",
              "Concession Rd 4", "County Rd 29", "Loyalist Pkwy", "Trillium Cres", "Hazeldean Rd", "Bridlewood Dr",
              "rue Notre-Dame"]


def ca_postal(g: Gen, fsa: str) -> str:
    letters = "ABCEGHJKLMNPRSTVWXYZ"
    ldu = f"{g.rnd.randint(0, 9)}{g.rnd.choice(letters)}{g.rnd.randint(0, 9)}"
    return g.rnd.choice([f"{fsa} {ldu}", f"{fsa} {ldu}", f"{fsa}{ldu}", f"{fsa.lower()} {ldu.lower()}"])


def ca_street(g: Gen) -> str:
    return f"{g.rnd.randint(10, 4999)} {g.rnd.choice(CA_STREETS)}"


#: Bay of Plenty: (town, postcode)
BOP = [("Te Puke", "3119"), ("Katikati", "3129"), ("Tauranga", "3112"), ("Pāpāmoa", "3118"), ("Whakatāne", "3120"),
       ("Ōpōtiki", "3122"), ("Paengaroa", "3189"), ("Maketu", "3189"), ("Ōmokoroa", "3114"), ("Edgecumbe", "3193")]
NZ_ROADS = ["No 1 Road", "No 2 Road", "No 3 Road", "Te Matai Road", "Rangiuru Road", "Old Coach Road",
            "Youngson Road", "Pongakawa Station Road", "Thompsons Track", "Wright Road", "Arawa Road", "Te Puna Road"]


def nz_rural(g: Gen) -> str:
    return f"{g.rnd.randint(2, 1499)} {g.rnd.choice(NZ_ROADS)}" + g.rnd.choice(["", "", ", RD 2", ", RD 6", ", RD 9"])


#: Harrogate and Nidderdale: (town, postcode outward codes, county)
HGT = [("Harrogate", ["HG1", "HG2", "HG3"]), ("Knaresborough", ["HG5"]), ("Ripon", ["HG4"]),
       ("Pateley Bridge", ["HG3"]), ("Wetherby", ["LS22"]), ("Otley", ["LS21"]), ("Boroughbridge", ["YO51"]),
       ("Masham", ["HG4"])]
GB_STREETS = ["Cold Bath Road", "Skipton Road", "Kings Road", "Knaresborough Road", "Station Parade", "Pannal Ash Drive",
              "Bilton Lane", "Ripley Way", "Nidd Walk", "Abbey Road", "Westgate", "Low Green", "Moor Lane", "Church Row"]


def gb_postcode(g: Gen, outward: str) -> str:
    return f"{outward} {g.rnd.randint(1, 9)}{g.rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}{g.rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def gb_street(g: Gen) -> str:
    return g.rnd.choice([f"{g.rnd.randint(1, 180)} {g.rnd.choice(GB_STREETS)}",
                         (f"{g.rnd.choice(['Rose Cottage', 'The Old Forge', 'Beck House', 'Holly Barn'])}, "
                         f"{g.rnd.choice(GB_STREETS)}"), (f"Flat {g.rnd.randint(1, 9)}, {g.rnd.randint(1, 80)} "
                         f"{g.rnd.choice(GB_STREETS)}")])


#: Cavan, Monaghan and Meath: (town, county, Eircode routing key)
IE_TOWNS = [("Cavan", "Cavan", "H12"), ("Bailieborough", "Cavan", "A82"), ("Cootehill", "Cavan", "H16"),
            ("Ballyjamesduff", "Cavan", "A82"), ("Virginia", "Cavan", "A82"), ("Monaghan", "Monaghan", "H18"),
            ("Carrickmacross", "Monaghan", "A81"), ("Castleblayney", "Monaghan", "A75"), ("Kells", "Meath", "A82"),
            ("Oldcastle", "Meath", "A82")]
TOWNLANDS = ["Drumkeen", "Corlea", "Killygarry", "Lisnagowan", "Aghnaskea", "Drumcassidy", "Tonyduff", "Mullagh",
             "Carnagh", "Legaginney", "Drumbrick", "Knockbride"]


def eircode(g: Gen, key: str) -> str:
    return f"{key} {g.digits(4, 'ACDEFHKNPRTVWXY0123456789')}"


#: Münsterland: (town, PLZ)
MSL = [("Coesfeld", "48653"), ("Dülmen", "48249"), ("Nottuln", "48301"), ("Billerbeck", "48727"),
       ("Havixbeck", "48329"), ("Lüdinghausen", "59348"), ("Senden", "48308"), ("Rosendahl", "48720"),
       ("Ascheberg", "59387"), ("Olfen", "59399")]
DE_STREETS = ["Kirchstraße", "Münsterstraße", "Bahnhofstraße", "Am Mühlenbach", "Lindenweg", "Dorfbauerschaft",
              "Borkener Straße", "Hohe Lucht", "Letter Straße", "Daruper Straße", "Am Kapellenhof", "Stevertal"]


def de_street(g: Gen) -> str:
    return f"{g.rnd.choice(DE_STREETS)} {g.rnd.randint(1, 140)}" + g.rnd.choice(["", "", "", "a", "b"])


#: the Gers: (commune, code postal, département of birth codes nearby)
GERS = [("Auch", "32000"), ("Condom", "32100"), ("Mirande", "32300"), ("Lectoure", "32700"), ("Eauze", "32800"),
        ("Nogaro", "32110"), ("Fleurance", "32500"), ("Vic-Fezensac", "32190"), ("Marciac", "32230"),
        ("Riscle", "32400"), ("Gimont", "32200"), ("Samatan", "32130")]
FR_PLACES = ["Lieu-dit En Peyrusse", "Lieu-dit Le Bourdieu", "Chemin de la Ribère", "Route de Vic", "Lieu-dit Lasserre",
             "Chemin du Moulin", "Route d'Aignan", "Lieu-dit Cap de Pin", "Impasse des Tournesols", "Lieu-dit Barrail"]


def fr_street(g: Gen) -> str:
    place = g.rnd.choice(FR_PLACES)
    return place if place.startswith("Lieu-dit") and g.rnd.random() < 0.6 else f"{g.rnd.randint(1, 60)} {place}"


#: Copenhagen and Aarhus: (postnummer, by)
DK_PLACES = [("2100", "København Ø"), ("2200", "København N"), ("2300", "København S"), ("2500", "Valby"),
             ("2720", "Vanløse"), ("2400", "København NV"), ("2900", "Hellerup"), ("8000", "Aarhus C"),
             ("8200", "Aarhus N"), ("8210", "Aarhus V"), ("8240", "Risskov"), ("8270", "Højbjerg")]
DK_STREETS = ["Jagtvej", "Nørrebrogade", "Amagerbrogade", "Godthåbsvej", "Valby Langgade", "Strandvejen",
              "Frederiksbjerg Torv", "Nørregade", "Silkeborgvej", "Randersvej", "Skt. Pauls Gade", "Tagensvej"]


def dk_street(g: Gen) -> str:
    floor = g.rnd.choice(["", "", ", st.", ", 1. tv.", ", 2. th.", ", 3. mf.", ", 4. tv."])
    return f"{g.rnd.choice(DK_STREETS)} {g.rnd.randint(1, 220)}{floor}"


#: Uusimaa and Pirkanmaa: (postitoimipaikka, postinumero, kunta)
FI_PLACES = [("Nurmijärvi", "01900", "Nurmijärvi"), ("Klaukkala", "01800", "Nurmijärvi"),
             ("Tuusula", "04300", "Tuusula"), ("Hyrylä", "04300", "Tuusula"), ("Kangasala", "36200", "Kangasala"),
             ("Lempäälä", "37500", "Lempäälä"), ("Pirkkala", "33960", "Pirkkala"), ("Sipoo", "04130", "Sipoo"),
             ("Porvoo", "06100", "Porvoo"), ("Orivesi", "35300", "Orivesi")]
FI_STREETS = ["Kuusitie", "Rantatie", "Koivukuja", "Myllypolku", "Kirkkotie", "Metsäpolku", "Peltotie", "Järvenranta",
              "Kesäranta", "Haukantie", "Männikkötie", "Ojalantie"]


def fi_street(g: Gen) -> str:
    return f"{g.rnd.choice(FI_STREETS)} {g.rnd.randint(1, 60)}" + g.rnd.choice(["", "", " A 4", " B 12", " as. 3"])


#: Mexico City and neighbours: (alcaldía or municipio, CP lead, colonias, CURP state code)
MX_PLACES = [("Coyoacán", "04", ["Del Carmen", "Santa Úrsula Coapa", "Pedregal de Santo Domingo"], "DF"),
             ("Benito Juárez", "03", ["Del Valle Centro", "Narvarte Poniente", "Portales Sur"], "DF"),
             ("Tlalpan", "14", ["Tlalpan Centro", "Villa Coapa", "Héroes de Padierna"], "DF"),
             ("Iztapalapa", "09", ["Santa Cruz Meyehualco", "Los Reyes Culhuacán"], "DF"),
             ("Naucalpan", "53", ["Ciudad Satélite", "Echegaray"], "MC"),
             ("Zapopan", "45", ["Ciudad Granja", "Jardines del Sol"], "JC"),
             ("Querétaro", "76", ["Jurica", "El Refugio", "Centro Sur"], "QT"),
             ("Puebla", "72", ["La Paz", "Huexotitla"], "PL"),
             ("Monterrey", "64", ["Mitras Centro", "Cumbres 3er Sector"], "NL")]
MX_STREETS = ["Calle Pino", "Av. Universidad", "Calle Fresno", "Av. Insurgentes Sur", "Calle Morelos",
              "Calle Hidalgo", "Privada Jacarandas", "Av. Revolución", "Calle Zaragoza", "Cerrada de los Olivos"]


def mx_address(g: Gen, place: tuple[str, str, list[str], str]) -> str:
    interior = g.rnd.choice(["", "", f" Int. {g.rnd.randint(1, 12)}", f" Depto. {g.rnd.randint(101, 504)}"])
    return f"{g.rnd.choice(MX_STREETS)} {g.rnd.randint(1, 980)}{interior}, Col. {g.rnd.choice(place[2])}"


#: Wielkopolska: (miejscowość, kod pocztowy lead)
PL_PLACES = [("Poznań", "60-"), ("Poznań", "61-"), ("Gniezno", "62-200"), ("Swarzędz", "62-020"),
             ("Luboń", "62-030"), ("Września", "62-300"), ("Środa Wielkopolska", "63-000"), ("Kórnik", "62-035"),
             ("Mosina", "62-050"), ("Oborniki", "64-600")]
PL_STREETS = ["ul. Głogowska", "ul. Dąbrowskiego", "os. Piastowskie", "ul. Grunwaldzka", "ul. Polna", "ul. Leśna",
              "ul. Kościuszki", "ul. Słowackiego", "ul. Lipowa", "os. Jagiellońskie", "ul. Ogrodowa"]


def pl_postal(g: Gen, lead: str) -> str:
    return lead + g.digits(3) if lead.endswith("-") else lead


def pl_street(g: Gen) -> str:
    return f"{g.rnd.choice(PL_STREETS)} {g.rnd.randint(1, 160)}" + g.rnd.choice(["", "", f"/{g.rnd.randint(1, 60)}"])


# -- identifiers with check digits (python-stdnum) --------------------------------------------------------------------


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa, Mastercard, Amex or Discover prefix."""
    prefix, length = g.rnd.choice([("4", 16), ("4", 16), ("51", 16), ("55", 16), ("2223", 16), ("37", 15),
                                   ("6011", 16)])
    body = prefix + g.digits(length - len(prefix) - 1)
    number = body + luhn.calc_check_digit(body)
    if g.rnd.random() < 0.3 and length == 16:
        return " ".join(number[i:i + 4] for i in range(0, 16, 4))
    return number


#: BBAN layouts (9 a digit, A a letter)
BBAN = {"DE": "999999999999999999", "FR": "9999999999ZZZZZZZZZZZ99", "DK": "99999999999999",
        "PL": "999999999999999999999999", "IE": "AAAA99999999999999"}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, python-stdnum checks it)."""

    def make() -> str:
        bban = g.code(BBAN[country])
        if country == "IE":
            bban = g.rnd.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + bban[4:]
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 665):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}"

    number = g.valid(make, _ssn.is_valid)
    return number if dashed else number.replace("-", "")


def ca_sin(g: Gen) -> str:
    """A Canadian SIN (Luhn; first digit 1-7), written ``123 456 782``, ``123-456-782`` or as nine digits."""
    body = str(g.rnd.randint(1, 7)) + g.digits(7)
    number = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(number)
    return g.rnd.choice([f"{number[:3]} {number[3:6]} {number[6:]}", f"{number[:3]}-{number[3:6]}-{number[6:]}",
                         number])


def nz_ird(g: Gen) -> str:
    """A New Zealand IRD number (python-stdnum's check), written ``123-456-789`` or ``12-345-678``."""

    def make() -> str:
        body = str(g.rnd.randint(10_000_000, 14_999_999))
        return body + _ird.calc_check_digit(body)

    number = g.valid(make, _ird.is_valid)
    return g.rnd.choice([f"{number[:3]}-{number[3:6]}-{number[6:]}", number, (f"{number[:3]} {number[3:6]} "
                         f"{number[6:]}")])


def ie_ppsn(g: Gen) -> str:
    """An Irish PPS number: seven digits and a check letter, newer ones with a trailing ``A``."""
    body = g.digits(7)
    if g.rnd.random() < 0.5:
        number = body + _ie_vat.calc_check_digit(body + "A") + "A"
    else:
        number = body + _ie_vat.calc_check_digit(body) + g.rnd.choice(["", "", "W"])
    assert _pps.is_valid(number)
    return number


def dk_cpr(g: Gen, born: date, female: bool) -> str:
    """A Danish CPR number ``DDMMYY-SSSS`` encoding ``born`` (century digit) and sex (last digit odd for men)."""
    century = g.rnd.choice("0123") if born.year < 2000 else "4"
    last = g.rnd.choice("02468" if female else "13579")
    number = f"{born:%d%m%y}-{century}{g.digits(2)}{last}"
    assert _cpr.is_valid(number) and _cpr.get_birth_date(number) == born
    return number


def fi_hetu(g: Gen, born: date, female: bool) -> str:
    """A Finnish henkilötunnus encoding ``born`` and sex (individual number odd for men)."""
    sign = "-" if born.year < 2000 else "A"
    while True:
        individual = g.rnd.randint(2, 899)
        if individual % 2 == (0 if female else 1):
            break
    body = f"{born:%d%m%y}{individual:03d}"
    number = f"{born:%d%m%y}{sign}{individual:03d}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(body) % 31]
    assert _hetu.is_valid(number)
    return number


def fr_nir(g: Gen, born: date, female: bool, dept: str) -> str:
    """A French NIR encoding sex, year and month of birth and the département of birth (key: 97 - n mod 97)."""
    body = f"{2 if female else 1}{born:%y%m}{dept}{g.rnd.randint(1, 990):03d}{g.rnd.randint(1, 999):03d}"
    number = body + _nir.calc_check_digits(body + "00")
    assert _nir.is_valid(number)
    return g.rnd.choice([number, (f"{number[0]} {number[1:3]} {number[3:5]} {number[5:7]} {number[7:10]} "
                                 f"{number[10:13]} {number[13:]}")])


def _mx_fold(text: str) -> str:
    return "".join(ch for ch in fold(text).upper().replace("Ñ", "X") if ch.isalpha() or ch == " ")


def _first_inner(text: str, vowels: bool) -> str:
    for ch in text[1:]:
        if (ch in "AEIOU") == vowels and ch.isalpha():
            return ch
    return "X"


def mx_curp(g: Gen, given_name: str, paternal: str, maternal: str, born: date, female: bool, state: str) -> str:
    """A Mexican CURP built from the row's names, birth date, sex and state (check digit: python-stdnum)."""
    first = _mx_fold(given_name).split()
    if len(first) > 1 and first[0] in ("JOSE", "MARIA", "MA", "J"):
        first = first[1:]
    name, pat, mat = first[0], _mx_fold(paternal).replace(" ", ""), _mx_fold(maternal).replace(" ", "")
    head = pat[0] + _first_inner(pat, True) + (mat[0] if mat else "X") + name[0]
    if head in _curp._name_blacklist:
        head = head[0] + "X" + head[2:]
    diff = str(g.rnd.randint(0, 9)) if born.year < 2000 else g.rnd.choice("ABCDEF")
    body = (head + f"{born:%y%m%d}" + ("M" if female else "H") + state + _first_inner(pat, False)
            + (_first_inner(mat, False) if mat else "X") + _first_inner(name, False) + diff)
    number = body + _curp.calc_check_digit(body)
    assert _curp.is_valid(number) and _curp.get_birth_date(number) == born
    return number


def mx_rfc(g: Gen, curp: str) -> str:
    """A Mexican RFC of a person: the CURP's first ten characters and a homoclave (check digit: python-stdnum)."""
    while True:
        body = curp[:10] + g.rnd.choice("123456789ABCDEFGHIJKLMNPRSTUV") + g.rnd.choice("123456789ABCDEFGHJKLMNPRSTUVWXYZ")
        check = _rfc.calc_check_digit(body)
        if check in "0123456789A":
            number = body + check
            if _rfc.is_valid(number, validate_check_digits=True):
                return number


def pl_pesel(g: Gen, born: date, female: bool) -> str:
    """A PESEL encoding ``born`` (month + 20 after 1999) and sex (tenth digit odd for men)."""
    month = born.month + (20 if born.year >= 2000 else 0)
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
    number = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(number) and _pesel.get_birth_date(number) == born
    return number


def pl_id_card(g: Gen) -> str:
    """A Polish identity card number (three letters, six digits; the first digit checks the rest: weights 7 3 1 9 7 3 1
    7 3, letters A=10 ... Z=35)."""
    letters = "A" + g.digits(2, string.ascii_uppercase)
    rest = g.digits(5)
    total = sum(w * int(ch, 36) for w, ch in zip((7, 3, 1), letters)) + sum(
        w * int(ch) for w, ch in zip((7, 3, 1, 7, 3), rest))
    number = f"{letters}{total % 10}{rest}"
    assert pl_id_card_ok(number)
    return number


def pl_id_card_ok(number: str) -> bool:
    text = number.replace(" ", "").upper()
    if len(text) != 9 or not text[:3].isalpha() or not text[3:].isdigit():
        return False
    total = sum(w * int(ch, 36) for w, ch in zip((7, 3, 1, 9, 7, 3, 1, 7, 3), text))
    return total % 10 == 0


# -- decoys with check digits ----------------------------------------------------------------------------------------

_VIN_VALUES = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
               "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin(g: Gen) -> str:
    """A 17-character VIN with a valid check digit (position 9) and a North American WMI."""
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = g.rnd.choice(["1HG", "1FT", "2T1", "3VW", "5YJ", "1G1", "JTD", "KMH", "1C4", "4T1"])
    body = wmi + g.digits(5, alphabet) + "0" + g.rnd.choice("FGHJKLMNPRS") + g.digits(1, alphabet) + g.digits(6)
    total = sum(_VIN_VALUES[ch] * w for ch, w in zip(body, _VIN_WEIGHTS))
    check = "X" if total % 11 == 10 else str(total % 11)
    return body[:8] + check + body[9:]


def vin_ok(number: str) -> bool:
    if len(number) != 17 or any(ch not in _VIN_VALUES for ch in number):
        return False
    total = sum(_VIN_VALUES[ch] * w for ch, w in zip(number, _VIN_WEIGHTS))
    return number[8] == ("X" if total % 11 == 10 else str(total % 11))


def gtin13(g: Gen, prefix: str) -> str:
    body = prefix + g.digits(12 - len(prefix))
    number = body + _ean.calc_check_digit(body)
    assert _ean.is_valid(number)
    return number


def au_abn(g: Gen) -> str:
    number = g.valid(lambda: g.digits(11), _abn.is_valid)
    return f"{number[:2]} {number[2:5]} {number[5:8]} {number[8:]}"


def dk_cvr(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(7), _cvr.is_valid)


def fi_ytunnus(g: Gen) -> str:
    number = g.valid(lambda: str(g.rnd.randint(1, 3)) + g.digits(7), _ytunnus.is_valid)
    return f"{number[:7]}-{number[7]}"


def fr_siret(g: Gen) -> str:
    def make() -> str:
        siren = str(g.rnd.randint(3, 9)) + g.digits(7)
        siren += luhn.calc_check_digit(siren)
        body = siren + g.digits(4)
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _siret.is_valid)


def pl_nip(g: Gen) -> str:
    number = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(9), _nip.is_valid)
    return g.rnd.choice([number, f"{number[:3]}-{number[3:6]}-{number[6:8]}-{number[8:]}"])


def mac_address(g: Gen) -> str:
    """A MAC address of an ESP32-based monitor (a real Espressif OUI, so python-stdnum finds its maker)."""
    oui = g.rnd.choice(["240AC4", "3C71BF", "A4CF12", "84F3EB", "ECFABC", "7CDFA1", "C45BBE"])
    raw = oui + g.code("xxxxxx").upper()
    text = ":".join(raw[i:i + 2] for i in range(0, 12, 2))
    assert _mac.is_valid(text)
    return text if g.rnd.random() < 0.7 else text.lower()


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)


def microchip(g: Gen, country: str) -> str:
    """A 15-digit ISO 11784 animal microchip number (country code or maker code first; no check digit)."""
    return g.rnd.choice([country, "985", "977", "981", "956"]) + g.digits(12)
