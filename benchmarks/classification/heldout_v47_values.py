"""Values of held-out set v47 (:mod:`benchmarks.classification.heldout_v47`): v47's random source, names, streets,
cities and postal codes written by hand for v47 (no Faker, no list of real people), phones checked with
phonenumbers and identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module (the phone maker is new: it draws national numbers
from per-country prefix plans); the lists below are new: the United States, the United Kingdom, Canada and Québec,
Australia, India, South Africa, Ireland, Spain and Germany.
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
from stdnum import isrc as _isrc
from stdnum import luhn, verhoeff
from stdnum.ca import sin as _sin
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.gb import utr as _utr
from stdnum.gb import vat as _gbvat
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _zaid

from benchmarks.classification.heldout_v2 import Column

SEED = 47_509_2026
N = "none"
#: a login, gamertag or public display handle (review, as in v5 to v45)
USERNAME = "unclassified"
#: NULL-like strings and placeholders of v47's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "?", "#N/A",
    "nil", "<null>", "undefined", "TBC", "tbc", "none@none.com", "noemail@boxoffice.invalid", "test@test.com",
    "000-000-0000", "0000000000", "0400 000 000", "00000 000000", "no.email@fantasy.invalid", "x@x.com",
    "N.A.", "nvt", "k.A.", "keine", "-/-", "ninguno", "s/d", "aucun", "N/D", "nothing", "no notes", ".")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


#: national significant number plans: region -> (mobile prefixes, fixed-line prefixes, NSN lengths to try)
PHONE_PLANS: dict[str, tuple[list[str], list[str], list[int]]] = {
    "US": (["312", "773", "872", "630", "847", "708", "414", "612", "314", "317", "614", "615", "404", "704", "512",
            "713", "214", "602", "702", "215", "412", "410"], [], [10]),
    "CA": (["416", "647", "437", "905", "604", "778", "403", "587", "613", "204", "902", "306", "780", "519"], [],
           [10]),
    "QC": (["514", "438", "450", "579", "418", "581", "819", "873"], [], [10]),
    "GB": (["74", "75", "77", "78", "79"], ["207", "208", "1132", "1614", "1179", "1214", "1413", "1312", "2920",
                                              "1142", "1159", "1162", "1912", "1517", "1273", "1603", "1904"], [10]),
    "AU": (["40", "41", "42", "43", "44", "45", "46", "47", "48", "49"], ["29", "28", "24", "39", "73", "86", "88"],
           [9]),
    "IN": (["98", "99", "97", "96", "95", "94", "93", "91", "90", "89", "88", "87", "86", "85", "84", "83", "82",
            "81", "80", "79", "78", "77", "76", "75", "74", "73", "72", "70", "63", "62"], [], [10]),
    "ZA": (["60", "61", "62", "63", "71", "72", "73", "74", "76", "78", "79", "81", "82", "83", "84"],
           ["11", "21", "31", "12", "41", "51"], [9]),
    "IE": (["83", "85", "86", "87", "89"], ["1", "21", "91", "61", "51", "56"], [9, 8]),
    "ES": (["6", "71", "72", "73", "74"], ["91", "93", "95", "96", "94", "954", "955"], [9]),
    "DE": (["151", "152", "157", "160", "162", "170", "171", "172", "173", "174", "175", "176", "177", "178", "179"],
           ["341", "351", "30", "371", "345", "361"], [11, 10]),
}
#: the phonenumbers region of each plan
PLAN_REGION = {"QC": "CA"}


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v47:{SEED}:{table}")

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
        first = self.rnd.choice([24, 49, 59, 66, 71, 81, 86, 92, 101, 105, 117, 122, 151, 165, 176, 196, 203, 212])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2001:8003", "2a00:23c5", "2406:7400", "2c0f:f4c0", "2600:1700", "2a02:8084",
                                "2001:56a", "2a01:4b00"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(6))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, plan: str, fmt: str = "e164", mobile: bool = True) -> str:
        """A valid number of ``plan`` (a region of :data:`PHONE_PLANS`) written in ``fmt``: ``e164``, ``intl``,
        ``national``, ``digits`` (the national form's digits, trunk prefix kept), ``nsn`` (the national significant
        number alone), ``cc_space`` (``+CC NSN``), and for North America ``dashes`` and ``dots``."""
        mobiles, fixed, lengths = PHONE_PLANS[plan]
        region = PLAN_REGION.get(plan, plan)
        code = phonenumbers.country_code_for_region(region)
        nanp = region in ("US", "CA")
        prefixes = mobiles if mobile or not fixed else fixed

        def make() -> str:
            head = self.rnd.choice(prefixes)
            if nanp:
                return head + str(self.rnd.randint(2, 9)) + self.digits(6)
            length = self.rnd.choice(lengths)
            return head + self.digits(length - len(head))

        def ok(candidate: str) -> bool:
            number = phonenumbers.parse(f"+{code}{candidate}")
            if not phonenumbers.is_valid_number(number):
                return False
            if nanp:
                return True
            kind = phonenumbers.number_type(number)
            want = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
            return (kind in want) if mobile else (kind not in (phonenumbers.PhoneNumberType.MOBILE,))

        nsn = self.valid(make, ok)
        number = phonenumbers.parse(f"+{code}{nsn}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        if fmt == "nsn":
            return nsn
        if fmt == "cc_space":
            return f"+{code} {nsn}"
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        d = "".join(ch for ch in national if ch.isdigit())
        if fmt == "digits":
            return d
        if fmt == "dashes" and nanp:
            return f"{d[:3]}-{d[3:6]}-{d[6:]}"
        if fmt == "dots" and nanp:
            return f"{d[:3]}.{d[3:6]}.{d[6:]}"
        return national

    def phones(self, plan: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(plan, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v47) -------------------------------------------------------------------------------------------

#: country -> origin -> (male given names, female given names, family names)
NAMES: dict[str, dict[str, tuple[list[str], list[str], list[str]]]] = {
    "us": {
        "anglo": (["James", "Michael", "Robert", "John", "David", "William", "Richard", "Joseph", "Thomas",
                   "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Steven", "Andrew", "Joshua", "Kevin",
                   "Brian", "Ryan", "Tyler", "Brandon", "Kyle", "Austin", "Ethan", "Logan", "Caleb", "Hunter", "Cody",
                   "Garrett"],
                  ["Mary", "Jennifer", "Linda", "Elizabeth", "Jessica", "Sarah", "Karen", "Ashley", "Emily",
                   "Amanda", "Megan", "Brittany", "Lauren", "Rachel", "Hannah", "Madison", "Kayla", "Taylor",
                   "Samantha", "Heather", "Courtney", "Olivia", "Abigail", "Chloe", "Natalie", "Brooke", "Kelsey",
                   "Haley", "Morgan", "Allison"],
                  ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson",
                   "Taylor", "Thomas", "Moore", "Martin", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson",
                   "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams", "Baker", "Nelson",
                   "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards",
                   "Collins", "Stewart", "Murphy", "Cook", "Rogers", "Reed", "Bailey", "Cooper", "Howard", "Brooks",
                   "Bennett", "Sullivan", "Russell", "Hayes", "Foster", "Kowalczyk", "Schultz", "Olson", "Novak"]),
        "hispanic": (["José", "Luis", "Carlos", "Juan", "Jorge", "Miguel", "Alejandro", "Diego", "Javier", "Ricardo",
                      "Fernando", "Eduardo", "Mateo", "Santiago", "Adrián", "Andrés"],
                     ["María", "Guadalupe", "Sofía", "Valentina", "Camila", "Daniela", "Gabriela", "Ximena", "Lucía",
                      "Mariana", "Alejandra", "Paola", "Yesenia", "Araceli"],
                     ["García", "Rodríguez", "Martínez", "Hernández", "López", "González", "Pérez", "Sánchez",
                      "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Reyes", "Morales", "Cruz", "Ortiz",
                      "Gutiérrez", "Chávez", "Ramos", "Castillo", "Jiménez", "Mendoza"]),
        "black": (["DeShawn", "Jamal", "Darnell", "Terrence", "Marcus", "Andre", "Tyrone", "Malik", "Jalen", "Darius",
                   "Cedric", "Reginald"],
                  ["Aaliyah", "Imani", "Keisha", "Latoya", "Tamika", "Ebony", "Jasmine", "Destiny", "Shanice",
                   "Monique", "Kiara", "Nia"],
                  ["Washington", "Jefferson", "Jackson", "Banks", "Coleman", "Freeman", "Gaines", "Hairston",
                   "Whitfield", "Dorsey", "Mosley", "Pettaway", "Okafor", "Mensah"]),
        "asian": (["Wei", "Jun", "Hiroshi", "Kenji", "Minh", "Duc", "Sung-min", "Joon", "Rajesh", "Vikram", "Anil",
                   "Rohan"],
                  ["Mei", "Ling", "Yuki", "Aiko", "Thuy", "Linh", "Ji-yeon", "Soo-jin", "Priya", "Anjali", "Neha",
                   "Deepa"],
                  ["Nguyen", "Chen", "Wang", "Li", "Kim", "Park", "Lee", "Patel", "Shah", "Singh", "Tanaka",
                   "Yamamoto", "Wong", "Huang", "Pham", "Choi"]),
    },
    "uk": {
        "british": (["Oliver", "George", "Harry", "Jack", "Charlie", "Thomas", "James", "William", "Alfie", "Joshua",
                     "Samuel", "Daniel", "Callum", "Liam", "Connor", "Jamie", "Ben", "Tom", "Luke", "Adam", "Rhys",
                     "Owen", "Dylan", "Gareth", "Stuart", "Ian", "Neil", "Craig", "Darren", "Lewis", "Fraser", "Euan",
                     "Angus", "Hamish"],
                    ["Amelia", "Olivia", "Isla", "Emily", "Poppy", "Ava", "Isabella", "Jessica", "Lily", "Sophie",
                     "Grace", "Chloe", "Ella", "Charlotte", "Megan", "Holly", "Bethan", "Cerys", "Rhiannon",
                     "Kirsty", "Fiona", "Eilidh", "Gemma", "Hayley", "Leanne", "Claire", "Rebecca", "Lucy", "Freya",
                     "Harriet"],
                    ["Smith", "Jones", "Williams", "Taylor", "Davies", "Evans", "Thomas", "Roberts", "Johnson",
                     "Walker", "Wright", "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green", "Hall",
                     "Wood", "Harris", "Lewis", "Martin", "Jackson", "Clarke", "Turner", "Hill", "Scott", "Cooper",
                     "Morris", "Ward", "Moore", "King", "Watson", "Baker", "Harrison", "Morgan", "Young", "Allen",
                     "Mitchell", "Campbell", "Stewart", "MacDonald", "Fraser", "Reid", "Murray", "Griffiths",
                     "Lloyd", "Pritchard", "Howells", "Atkinson", "Whitehead", "Sutcliffe", "Barraclough"]),
        "south_asian": (["Mohammed", "Ali", "Imran", "Hamza", "Bilal", "Zain", "Arjun", "Rohan", "Harpreet", "Sanjay",
                         "Vikram", "Aarav", "Kabir", "Tariq", "Faisal"],
                        ["Aisha", "Fatima", "Zara", "Maryam", "Amina", "Priya", "Anjali", "Simran", "Harleen", "Sana",
                         "Nadia", "Ayesha", "Kiran", "Pooja"],
                        ["Patel", "Khan", "Ahmed", "Hussain", "Ali", "Begum", "Rahman", "Islam", "Akhtar", "Iqbal",
                         "Shah", "Sharma", "Singh", "Kaur", "Gill", "Sandhu", "Mistry", "Chauhan", "Miah",
                         "Chowdhury"]),
        "african_caribbean": (["Tunde", "Kwame", "Kofi", "Emeka", "Chinedu", "Olumide", "Jermaine", "Delroy",
                               "Marlon", "Femi", "Segun"],
                              ["Adaeze", "Chioma", "Folake", "Abena", "Ama", "Ngozi", "Shanice", "Tanisha", "Yetunde",
                               "Blessing", "Funmilayo"],
                              ["Okafor", "Adeyemi", "Mensah", "Boateng", "Asante", "Okonkwo", "Oyelaran", "Francis",
                               "Grant", "Samuels", "Bailey"]),
        "eastern_european": (["Piotr", "Tomasz", "Krzysztof", "Marek", "Paweł", "Łukasz", "Jakub", "Mihai", "Andrei",
                              "Vasile"],
                             ["Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Monika", "Justyna", "Ewelina",
                              "Ioana", "Elena", "Raluca"],
                             ["Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowska", "Zielińska",
                              "Szymański", "Popescu", "Ionescu", "Dumitru"]),
    },
    "ca": {
        "anglo": (["Liam", "Noah", "Ethan", "Lucas", "Benjamin", "Owen", "Jacob", "Logan", "Nathan", "Carter",
                   "Connor", "Evan", "Tyler", "Brett", "Cole", "Wyatt", "Jordan", "Brayden", "Graham", "Declan"],
                  ["Emma", "Olivia", "Charlotte", "Ava", "Sophia", "Chloe", "Abigail", "Hailey", "Avery", "Madison",
                   "Brooke", "Paige", "Kaitlyn", "Jenna", "Megan", "Shannon", "Leah", "Rebecca"],
                  ["Smith", "Brown", "Martin", "Wilson", "MacDonald", "Taylor", "Campbell", "Anderson", "Jones",
                   "Thompson", "White", "Johnston", "Stewart", "Murray", "Fraser", "MacLeod", "Robertson",
                   "McKenzie", "Reid", "Graham", "Hamilton", "Sinclair", "Morrison", "Gallant", "Boudreau", "Cormier",
                   "Doucette", "Kowalchuk", "Friesen", "Hiebert"]),
        "french": (["Mathieu", "Olivier", "Félix", "Samuel", "Gabriel", "Alexandre", "Étienne", "Maxime", "Simon",
                    "Antoine", "Guillaume", "Sébastien", "Jérôme"],
                   ["Geneviève", "Isabelle", "Catherine", "Émilie", "Mélanie", "Julie", "Valérie", "Audrey",
                    "Noémie", "Florence", "Rosalie"],
                   ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin",
                    "Pelletier", "Bélanger", "Lévesque"]),
        "chinese": (["Wei", "Jason", "Kevin", "Eric", "Hao", "Jun", "Ming", "Tony"],
                    ["Jenny", "Mei", "Xin", "Wing", "Ling", "Vivian", "Ying", "Grace"],
                    ["Chen", "Wong", "Li", "Zhang", "Liu", "Lam", "Chan", "Leung", "Ho", "Cheung"]),
        "punjabi": (["Gurpreet", "Harjit", "Manpreet", "Amandeep", "Navdeep", "Kuldeep", "Rajinder", "Parminder",
                     "Sukhdeep"],
                    ["Harleen", "Simran", "Navjot", "Gurleen", "Kiranjit", "Rupinder", "Jasleen", "Manjit"],
                    ["Sidhu", "Sandhu", "Gill", "Dhaliwal", "Grewal", "Brar", "Bains", "Dhillon", "Sekhon", "Toor"]),
        "filipino": (["Jerome", "Rommel", "Joel", "Arnel", "Rodel", "Mark"],
                     ["Maricel", "Jocelyn", "Rowena", "Marites", "Analyn", "Kristine"],
                     ["Santos", "Reyes", "Bautista", "Dela Cruz", "Villanueva", "Aquino", "Mendoza", "Ramos"]),
        "indigenous_other": (["Tanner", "Colton", "Kwabena", "Ahmed", "Omar", "Dmytro"],
                             ["Cheyenne", "Tala", "Amara", "Yasmin", "Oksana", "Sahar"],
                             ["Bear", "Cardinal", "Whitehead", "Okoro", "Haddad", "Shevchenko", "Rahimi"]),
    },
    "qc": {
        "quebec": (["Jean-François", "Mathieu", "Olivier", "Félix", "Samuel", "Gabriel", "Alexandre", "Étienne",
                    "Maxime", "Simon", "Vincent", "Antoine", "Louis-Philippe", "Guillaume", "Sébastien", "Marc-André",
                    "Pierre-Luc", "Jérôme", "Benoît", "Yannick", "Éric", "Martin", "Patrick", "Luc", "Réjean",
                    "Gilles"],
                   ["Marie-Ève", "Geneviève", "Isabelle", "Catherine", "Émilie", "Sophie", "Mélanie", "Julie",
                    "Valérie", "Annie", "Audrey", "Noémie", "Florence", "Béatrice", "Rosalie", "Léa", "Camille",
                    "Chantal", "Josée", "Nathalie", "Manon", "Sylvie", "Maude", "Karine"],
                   ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Gagné",
                    "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron", "Leblanc", "Paquette", "Girard",
                    "Simard", "Boucher", "Caron", "Beaulieu", "Cloutier", "Dubé", "Poirier", "Fournier", "Lapointe",
                    "Leclerc", "Lefebvre", "Thibault", "St-Pierre", "Desjardins"]),
        "allophone": (["Karim", "Mohamed", "Jean-Robert", "Stéphane", "Nguyen Van", "Alessandro", "Mamadou"],
                      ["Yasmine", "Fatou", "Nadège", "Mirlande", "Thi Lan", "Giulia", "Amira"],
                      ["Benali", "Haddad", "Joseph", "Jean-Baptiste", "Pierre-Louis", "Tran", "Rossi", "Diallo",
                       "Bouzid"]),
    },
    "au": {
        "anglo": (["Jack", "Oliver", "William", "Noah", "Thomas", "Lachlan", "Cooper", "Riley", "Mitchell", "Brodie",
                   "Jayden", "Nathan", "Corey", "Shane", "Darren", "Wayne", "Bradley", "Jake", "Hamish", "Angus",
                   "Harrison", "Liam", "Josh", "Dylan", "Blake"],
                  ["Charlotte", "Olivia", "Mia", "Isla", "Chloe", "Matilda", "Ruby", "Sienna", "Jessica", "Emily",
                   "Tayla", "Brooke", "Kylie", "Kristy", "Tegan", "Jade", "Ella", "Grace", "Zoe", "Hayley",
                   "Rebecca", "Amy", "Georgia"],
                  ["Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Johnson", "White", "Martin",
                   "Anderson", "Thompson", "Ryan", "Kelly", "Walker", "Harris", "King", "Campbell", "Mitchell",
                   "O'Brien", "O'Connor", "Murphy", "McDonald", "Stewart", "Robinson", "Clarke", "Hughes", "Cameron",
                   "Fletcher", "Kennedy", "Sullivan"]),
        "mediterranean": (["Giuseppe", "Luca", "Marco", "Antonio", "Nick", "Con", "George", "Dimitri", "Nikolaos"],
                          ["Maria", "Giulia", "Francesca", "Sophia", "Eleni", "Despina", "Angela", "Katerina"],
                          ["Rossi", "Russo", "Romano", "Papadopoulos", "Georgiou", "Nikolaidis", "Costa", "Ferraro",
                           "Marino", "Karagiannis"]),
        "asian": (["Minh", "Tuan", "Duc", "Hieu", "Wei", "Jun", "Raj", "Vikram", "Sanjay"],
                  ["Linh", "Thao", "Ngoc", "Mai", "Xiu", "Ying", "Priya", "Deepika", "Sunita"],
                  ["Nguyen", "Tran", "Le", "Pham", "Huynh", "Vo", "Chen", "Zhang", "Wang", "Liu", "Singh", "Sharma",
                   "Kumar"]),
        "lebanese_pacific": (["Ahmad", "Khaled", "Elie", "Rami", "Sione", "Tevita", "Sefa"],
                             ["Layla", "Rania", "Nour", "Mira", "Mele", "Losana", "Talia"],
                             ["Haddad", "Khoury", "Nasser", "Saad", "Tannous", "Taufa", "Fifita", "Tuilagi",
                              "Leota"]),
    },
    "in": {
        "north": (["Rahul", "Amit", "Rohit", "Vikas", "Ankit", "Saurabh", "Abhishek", "Gaurav", "Nikhil", "Varun",
                   "Akash", "Aditya", "Deepak", "Manish", "Pankaj", "Sandeep", "Harsh", "Kunal", "Yash", "Arjun"],
                  ["Priya", "Neha", "Pooja", "Anjali", "Shruti", "Sneha", "Kavita", "Ritu", "Swati", "Nisha", "Divya",
                   "Aditi", "Shivani", "Megha"],
                  ["Sharma", "Verma", "Gupta", "Singh", "Yadav", "Mishra", "Pandey", "Tiwari", "Chauhan", "Agarwal",
                   "Jain", "Kumar", "Srivastava", "Saxena", "Rathore", "Thakur", "Malhotra", "Kapoor", "Chopra",
                   "Arora"]),
        "south": (["Karthik", "Venkatesh", "Srinivas", "Arun", "Harish", "Praveen", "Suresh", "Naveen", "Vignesh",
                   "Sai", "Rajesh", "Anand"],
                  ["Lakshmi", "Divya", "Meena", "Revathi", "Keerthana", "Sowmya", "Anusha", "Deepa", "Bhavya",
                   "Swathi"],
                  ["Reddy", "Naidu", "Iyer", "Iyengar", "Nair", "Menon", "Pillai", "Rao", "Subramanian", "Krishnan",
                   "Raghavan", "Gowda", "Hegde", "Shetty"]),
        "east_west": (["Sourav", "Debasish", "Arnab", "Sayan", "Rohan", "Siddharth", "Tushar", "Omkar", "Chirag",
                       "Jignesh", "Parth", "Hardik"],
                      ["Ankita", "Moumita", "Riya", "Tanvi", "Sayali", "Prachi", "Hetal", "Khushi", "Dhruvi"],
                      ["Banerjee", "Chatterjee", "Mukherjee", "Das", "Ghosh", "Bose", "Sen", "Patil", "Deshmukh",
                       "Kulkarni", "Joshi", "Patel", "Shah", "Mehta", "Desai"]),
        "other": (["Mohammed", "Imran", "Faizan", "Arshad", "Salman", "Sameer", "Joseph", "Thomas", "Gurpreet",
                   "Harpreet"],
                  ["Ayesha", "Fatima", "Sana", "Zoya", "Mary", "Ancy", "Simran", "Jasleen"],
                  ["Khan", "Ansari", "Qureshi", "Shaikh", "Siddiqui", "Syed", "Fernandes", "D'Souza", "George",
                   "Gill", "Sandhu"]),
    },
    "za": {
        "nguni": (["Sipho", "Thabo", "Mandla", "Bongani", "Sibusiso", "Themba", "Lwazi", "Sizwe", "Lungelo",
                   "Siyabonga", "Xolani", "Luthando", "Andile", "Mthunzi", "Sandile"],
                  ["Nomvula", "Thandeka", "Zanele", "Nokuthula", "Lindiwe", "Ayanda", "Nosipho", "Zodwa", "Buhle",
                   "Nandi", "Sindisiwe", "Noluthando", "Zinhle", "Khanyisile"],
                  ["Dlamini", "Nkosi", "Ndlovu", "Khumalo", "Mthembu", "Zulu", "Ngcobo", "Buthelezi", "Mkhize",
                   "Cele", "Zungu", "Shezi", "Mahlangu", "Mabaso", "Nxumalo", "Mbatha", "Ntuli", "Sithole",
                   "Ngubane", "Mabuza", "Qwabe", "Gumede"]),
        "sotho_tswana": (["Tshepo", "Kagiso", "Tumelo", "Thabiso", "Karabo", "Katlego", "Lesedi", "Neo", "Kabelo",
                          "Teboho"],
                         ["Lerato", "Palesa", "Dineo", "Refilwe", "Boitumelo", "Keabetswe", "Mpho", "Naledi",
                          "Puleng", "Masego", "Tshegofatso", "Kamogelo"],
                         ["Mokoena", "Molefe", "Mofokeng", "Modise", "Moloi", "Motaung", "Letsoalo", "Maphosa", "Tau",
                          "Radebe", "Phiri", "Masilela", "Sebola", "Seabi"]),
        "afrikaans": (["Johan", "Pieter", "Hendrik", "Jaco", "Francois", "Gerhard", "Wikus", "Riaan", "Stefan",
                       "Danie", "Jan", "Ruan"],
                      ["Annelie", "Marietjie", "Elmarie", "Liezl", "Carien", "Anja", "Mariska", "Riana", "Hanlie",
                       "Elsabé", "Ilse", "Chantelle"],
                      ["van der Merwe", "Botha", "Pretorius", "du Plessis", "Nel", "van Wyk", "Venter", "Steyn",
                       "Coetzee", "Fourie", "Kruger", "Smit", "Swanepoel", "Erasmus", "le Roux", "Joubert",
                       "Viljoen"]),
        "english": (["Craig", "Gareth", "Wade", "Brett", "Dean", "Warren"],
                    ["Kirsten", "Megan", "Candice", "Nicole", "Tracey", "Shannon"],
                    ["Smith", "Taylor", "Brown", "Walker", "Harding", "Fletcher", "Watson", "Hunter"]),
        "indian": (["Pravesh", "Kreshen", "Nishal", "Yuvan", "Ashwin", "Rajen"],
                   ["Shanthi", "Kamini", "Trishana", "Sharlene", "Kavisha", "Nerisha"],
                   ["Naidoo", "Pillay", "Govender", "Moodley", "Reddy", "Chetty", "Naicker", "Maharaj",
                    "Padayachee"]),
        "cape": (["Ashraf", "Faiek", "Riedwaan", "Clinton", "Jerome", "Mogamat"],
                 ["Faldiela", "Shireen", "Nazeema", "Charmaine", "Raeesa", "Zulfa"],
                 ["Abrahams", "Adams", "Hendricks", "Jacobs", "Isaacs", "Petersen", "Daniels", "Davids", "Samuels",
                  "Salie", "Cupido"]),
    },
    "ie": {
        "irish": (["Seán", "Conor", "Cian", "Oisín", "Darragh", "Ciarán", "Pádraig", "Eoin", "Fionn", "Tadhg",
                   "Cathal", "Dónal", "Colm", "Niall", "Ronan", "Declan", "Shane", "Aidan", "Killian", "Rory", "Liam",
                   "Jack", "Michael", "John", "Patrick"],
                  ["Aoife", "Niamh", "Siobhán", "Saoirse", "Caoimhe", "Róisín", "Sinéad", "Orla", "Clodagh",
                   "Gráinne", "Éabha", "Ciara", "Aisling", "Méabh", "Emma", "Sarah", "Sophie", "Katie", "Laura",
                   "Mary", "Áine", "Deirdre"],
                  ["Murphy", "Kelly", "O'Sullivan", "Walsh", "Smith", "O'Brien", "Byrne", "Ryan", "O'Connor",
                   "O'Neill", "O'Reilly", "Doyle", "McCarthy", "Gallagher", "O'Doherty", "Kennedy", "Lynch",
                   "Murray", "Quinn", "Moore", "McLoughlin", "O'Carroll", "Connolly", "Daly", "O'Connell",
                   "Ó Briain", "Mac Gearailt", "Ní Bhriain", "Fitzgerald", "Brennan", "Burke", "Nolan", "Power",
                   "Whelan", "Dunne", "Keane", "Fitzpatrick", "Hayes", "Maguire"]),
        "new_irish": (["Piotr", "Tomasz", "Marcin", "Kamil", "Lucas", "Rafael", "Thiago", "Chukwuemeka",
                       "Oluwaseun", "Ifeanyi", "Andrei"],
                      ["Agnieszka", "Katarzyna", "Natalia", "Karolina", "Juliana", "Fernanda", "Larissa", "Chiamaka",
                       "Adaora", "Temitope", "Ana"],
                      ["Nowak", "Kowalczyk", "Wiśniewska", "Mazur", "Silva", "Santos", "Oliveira", "Souza", "Okeke",
                       "Adebayo", "Nwosu", "Popescu"]),
    },
    "es": {
        "spanish": (["Antonio", "Manuel", "José", "Francisco", "David", "Juan", "Javier", "Daniel", "Carlos", "Jesús",
                     "Alejandro", "Miguel", "Rafael", "Pablo", "Sergio", "Álvaro", "Adrián", "Jorge", "Rubén",
                     "Raúl", "Hugo", "Marcos", "Joaquín", "Curro"],
                    ["María", "Carmen", "Ana", "Isabel", "Laura", "Cristina", "Lucía", "Marta", "Paula", "Elena",
                     "Sara", "Irene", "Alba", "Rocío", "Pilar", "Macarena", "Beatriz", "Inés", "Claudia", "Reyes",
                     "Esperanza", "Consolación"],
                    ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
                     "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero",
                     "Alonso", "Gutiérrez", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Serrano",
                     "Blanco", "Molina", "Morales", "Suárez", "Ortega", "Delgado", "Castro", "Rubio", "Marín",
                     "Sanz", "Iglesias", "Garrido", "Medina", "Benítez", "Carmona", "Montero", "Reyes"]),
        "other": (["Mohamed", "Youssef", "Ionuț", "Andrés", "Kevin"],
                  ["Fátima", "Nadia", "Elena", "Valentina", "Jessica"],
                  ["El Idrissi", "Benali", "Popescu", "Castaño", "Quintero"]),
    },
    "de": {
        "german": (["Lukas", "Leon", "Jonas", "Finn", "Paul", "Felix", "Maximilian", "Tim", "Jan", "Niklas",
                    "Tobias", "Stefan", "Michael", "Thomas", "Andreas", "Christian", "Markus", "Matthias",
                    "Sebastian", "Florian", "Jürgen", "Klaus", "Wolfgang", "Uwe", "Dieter", "Hans-Jürgen", "Bernd"],
                   ["Anna", "Lena", "Laura", "Julia", "Sarah", "Lea", "Hannah", "Sophie", "Katharina", "Sabine",
                    "Petra", "Claudia", "Andrea", "Monika", "Susanne", "Ursula", "Brigitte", "Gisela", "Heike",
                    "Birgit", "Anja", "Jana", "Nicole", "Karin", "Renate", "Ingrid"],
                   ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
                    "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
                    "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Werner", "Krause",
                    "Lehmann", "Köhler", "Herrmann", "König", "Walter", "Mayer", "Kaiser", "Fuchs", "Peters",
                    "Vogel", "Friedrich", "Günther", "Seidel", "Uhlig", "Thiele"]),
        "other": (["Mehmet", "Emre", "Dmitri", "Aleksander"],
                  ["Ayşe", "Elif", "Olga", "Agnieszka"],
                  ["Yılmaz", "Kaya", "Nowak", "Iwanow", "Petrović"]),
    },
}

#: country -> origin -> weight
ORIGINS: dict[str, dict[str, float]] = {
    "us": {"anglo": 6, "hispanic": 2.5, "black": 2, "asian": 1.5},
    "uk": {"british": 7, "south_asian": 1.6, "african_caribbean": 1, "eastern_european": 0.8},
    "ca": {"anglo": 5, "french": 1.5, "chinese": 1.2, "punjabi": 1.2, "filipino": 0.7, "indigenous_other": 0.7},
    "qc": {"quebec": 8, "allophone": 1.5},
    "au": {"anglo": 6, "mediterranean": 1.4, "asian": 1.4, "lebanese_pacific": 1},
    "in": {"north": 4, "south": 3, "east_west": 2.5, "other": 1.5},
    "za": {"nguni": 4, "sotho_tswana": 3, "afrikaans": 1.6, "english": 0.7, "indian": 0.8, "cape": 0.9},
    "ie": {"irish": 8, "new_irish": 1.5},
    "es": {"spanish": 9, "other": 0.7},
    "de": {"german": 9, "other": 1},
}


def person(g: Gen, country: str, female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    weights = ORIGINS[country]
    origin = g.rnd.choices(list(weights), list(weights.values()))[0]
    males, females, lasts = NAMES[country][origin]
    return g.rnd.choice(females if female else males), g.rnd.choice(lasts)


def whole(g: Gen, country: str) -> str:
    a, b = person(g, country)
    return f"{a} {b}"


def given(g: Gen, country: str) -> str:
    return person(g, country)[0]


def family(g: Gen, country: str) -> str:
    return person(g, country)[1]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first), plain(last)
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(70, 99)}", f"{b}{a[:2]}", f"{a}.{b}{g.rnd.randint(1, 9)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(first)}.{plain(last)}@{domain}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first), plain(last)
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a[0]}{b[:7]}"][style % 5]


DOMAINS = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "comcast.net", "att.net",
           "proton.me"],
    "uk": ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com", "sky.com",
           "live.co.uk", "virginmedia.com"],
    "ca": ["gmail.com", "hotmail.com", "outlook.com", "shaw.ca", "rogers.com", "sympatico.ca", "icloud.com",
           "telus.net"],
    "qc": ["gmail.com", "hotmail.com", "videotron.ca", "outlook.com", "yahoo.ca", "icloud.com", "bell.net"],
    "au": ["gmail.com", "bigpond.com", "outlook.com", "hotmail.com", "icloud.com", "optusnet.com.au",
           "yahoo.com.au"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com", "hotmail.com", "icloud.com"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "outlook.com", "yahoo.com", "icloud.com", "telkomsa.net"],
    "ie": ["gmail.com", "hotmail.com", "eircom.net", "outlook.ie", "yahoo.ie", "icloud.com"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net", "icloud.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de", "outlook.de"],
}


def email(g: Gen, country: str) -> str:
    return email_of(g, *person(g, country), DOMAINS[country])


GAMER_WORDS = (["Shadow", "Frost", "Nova", "Toxic", "Silent", "Neon", "Rogue", "Cosmic", "Iron", "Lunar", "Turbo",
                "Pixel", "Savage", "Crimson", "Echo", "Glitch"],
               ["Falcon", "Wolf", "Reaper", "Sniper", "Ninja", "Viper", "Phoenix", "Goose", "Mantis", "Yeti",
                "Badger", "Moose", "Kraken", "Otter", "Raptor"])


def gamertag(g: Gen, first: str, last: str) -> str:
    """A gamertag: words and digits, sometimes built from the player's names."""
    a, b = plain(first), plain(last)
    adjective, noun = g.rnd.choice(GAMER_WORDS[0]), g.rnd.choice(GAMER_WORDS[1])
    return g.rnd.choice([f"{adjective}{noun}{g.rnd.randint(1, 999)}", f"xX{noun}{adjective}Xx",
                         f"{a}_{b[:3]}{g.rnd.randint(0, 99):02d}", f"{adjective.lower()}_{noun.lower()}",
                         f"{noun}Of{adjective}", f"{a[:4]}{noun}", f"TTV_{adjective}{noun}"])


# -- places (written for v47) ------------------------------------------------------------------------------------------

#: (US city, state, ZIP lead)
US_CITIES = [("Chicago", "IL", "606"), ("Evanston", "IL", "602"), ("Oak Park", "IL", "603"),
             ("Naperville", "IL", "605"), ("Aurora", "IL", "605"), ("Joliet", "IL", "604"), ("Milwaukee", "WI", "532"),
             ("Madison", "WI", "537"), ("Gary", "IN", "464"), ("Indianapolis", "IN", "462"),
             ("Minneapolis", "MN", "554"), ("St. Louis", "MO", "631"), ("Nashville", "TN", "372"),
             ("Atlanta", "GA", "303"), ("Charlotte", "NC", "282"), ("Austin", "TX", "787"), ("Houston", "TX", "770"),
             ("Phoenix", "AZ", "850"), ("Las Vegas", "NV", "891"), ("Philadelphia", "PA", "191"),
             ("Pittsburgh", "PA", "152"), ("Columbus", "OH", "432"), ("Detroit", "MI", "482")]
US_STREETS = ["N Clark St", "W Belmont Ave", "S Halsted St", "N Milwaukee Ave", "W Fullerton Pkwy", "Maple Ave",
              "Oak St", "Lincoln Ave", "Washington Blvd", "Cedar Ln", "Elm St", "Highland Ave", "Magnolia Dr",
              "Peachtree Rd NE", "Broadway", "Main St", "Ridge Rd", "Church St", "Willow Creek Dr", "Dogwood Ln",
              "Pecan St", "Bluebonnet Trl", "E 55th St", "Lake Ave"]


def us_street(g: Gen) -> str:
    n = g.rnd.randint(10, 9899)
    s = g.rnd.choice(US_STREETS)
    return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"{n} {s}", f"{n} {s} Apt {g.rnd.randint(1, 40)}",
                         f"{n} {s} #{g.rnd.randint(1, 9)}{g.rnd.choice('ABCDEF')}"])


def us_zip(g: Gen, lead: str, plus4: float = 0.0) -> str:
    z = lead + g.digits(2)
    return f"{z}-{g.digits(4)}" if g.rnd.random() < plus4 else z


#: (UK town, postcode area, highest district number)
UK_TOWNS = [("London", "E", 18), ("London", "SE", 28), ("London", "N", 22), ("London", "SW", 20),
            ("Manchester", "M", 40), ("Leeds", "LS", 29), ("Bristol", "BS", 16), ("Birmingham", "B", 48),
            ("Glasgow", "G", 46), ("Edinburgh", "EH", 17), ("Cardiff", "CF", 24), ("Sheffield", "S", 14),
            ("Nottingham", "NG", 16), ("Leicester", "LE", 5), ("Newcastle upon Tyne", "NE", 15),
            ("Liverpool", "L", 36), ("Brighton", "BN", 3), ("Norwich", "NR", 7), ("Belfast", "BT", 17),
            ("Swansea", "SA", 9), ("Bradford", "BD", 15), ("Coventry", "CV", 6), ("York", "YO", 32),
            ("Southampton", "SO", 19), ("Glastonbury", "BA", 6), ("Shepton Mallet", "BA", 4), ("Bath", "BA", 2),
            ("Frome", "BA", 11), ("Wells", "BA", 5)]
UK_STREETS = ["High Street", "Station Road", "Church Lane", "Victoria Road", "Green Lane", "Manor Road",
              "Park Avenue", "Queens Road", "Kings Road", "Mill Lane", "The Crescent", "Albert Road", "Grange Road",
              "Chapel Street", "Springfield Road", "Windsor Close", "Beech Grove", "Meadow Way", "Oakfield Drive",
              "Clarence Street", "Coronation Street", "St Mary's Road", "Heol y Felin", "Brunswick Terrace"]
_UK_INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def uk_street(g: Gen) -> str:
    n = g.rnd.randint(1, 240)
    s = g.rnd.choice(UK_STREETS)
    return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"Flat {g.rnd.randint(1, 24)}, {n} {s}",
                         f"{n}{g.rnd.choice('AB')} {s}",
                         f"{g.rnd.choice(['Rose Cottage', 'The Old Forge', 'Ivy House'])}, {s}"])


def uk_postcode(g: Gen, town: tuple[str, str, int]) -> str:
    return (f"{town[1]}{g.rnd.randint(1, town[2])} {g.rnd.randint(0, 9)}{g.rnd.choice(_UK_INWARD)}"
            f"{g.rnd.choice(_UK_INWARD)}")


#: (Canadian city, province, first letters of its forward sortation areas)
CA_CITIES = [("Toronto", "ON", "M"), ("Mississauga", "ON", "L"), ("Brampton", "ON", "L"), ("Ottawa", "ON", "K"),
             ("Hamilton", "ON", "L"), ("London", "ON", "N"), ("Vancouver", "BC", "V"), ("Surrey", "BC", "V"),
             ("Burnaby", "BC", "V"), ("Calgary", "AB", "T"), ("Edmonton", "AB", "T"), ("Winnipeg", "MB", "R"),
             ("Regina", "SK", "S"), ("Saskatoon", "SK", "S"), ("Halifax", "NS", "B"), ("Moncton", "NB", "E"),
             ("St. John's", "NL", "A"), ("Montréal", "QC", "H"), ("Charlottetown", "PE", "C")]
CA_STREETS = ["Yonge St", "Bloor St W", "Dundas St E", "Queen St W", "Jasper Ave NW", "17 Ave SW", "Portage Ave",
              "Robson St", "Granville St", "Main St", "Elgin St", "Spring Garden Rd", "Bank St", "Whyte Ave",
              "Kingsway", "Lakeshore Rd E", "Maple Grove Dr", "Birch Cres", "Cedarbrae Blvd", "Albert St"]
_CA_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"


def ca_street(g: Gen) -> str:
    n = g.rnd.randint(1, 9999)
    s = g.rnd.choice(CA_STREETS)
    return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"{g.rnd.randint(101, 2908)}-{n} {s}", (f"{n} {s} Unit "
                         f"{g.rnd.randint(1, 30)}")])


def ca_postal(g: Gen, first: str, spaced: float = 0.85) -> str:
    fsa = f"{first}{g.rnd.randint(0, 9)}{g.rnd.choice(_CA_LETTERS)}"
    ldu = f"{g.rnd.randint(0, 9)}{g.rnd.choice(_CA_LETTERS)}{g.rnd.randint(0, 9)}"
    return f"{fsa} {ldu}" if g.rnd.random() < spaced else fsa + ldu


#: (Québec city, first two characters of its forward sortation areas)
QC_CITIES = [("Montréal", ["H1", "H2", "H3", "H4"]), ("Laval", ["H7"]), ("Longueuil", ["J4"]), ("Québec", ["G1", "G2"]),
             ("Lévis", ["G6"]), ("Gatineau", ["J8", "J9"]), ("Sherbrooke", ["J1"]), ("Trois-Rivières", ["G8", "G9"]),
             ("Saguenay", ["G7"]), ("Terrebonne", ["J6"]), ("Drummondville", ["J2"]), ("Saint-Jérôme", ["J7"]),
             ("Rimouski", ["G5"])]
QC_STREETS = ["rue Sainte-Catherine Est", "boulevard Saint-Laurent", "rue Saint-Denis", "avenue du Mont-Royal Est",
              "rue Sherbrooke Ouest", "chemin de la Côte-des-Neiges", "boulevard René-Lévesque", "rue Principale",
              "rue King Ouest", "boulevard des Forges", "rue Racine Est", "avenue Cartier", "rue des Érables",
              "boulevard Talbot", "rue de la Montagne", "montée Masson"]


def qc_street(g: Gen) -> str:
    n = g.rnd.randint(10, 9990)
    s = g.rnd.choice(QC_STREETS)
    return g.rnd.choice([f"{n}, {s}", f"{n} {s}", f"{n}, {s}, app. {g.rnd.randint(1, 12)}",
                         f"{g.rnd.randint(1, 8)}-{n} {s}"])


def qc_postal(g: Gen, heads: list[str]) -> str:
    fsa = f"{g.rnd.choice(heads)}{g.rnd.choice(_CA_LETTERS)}"
    ldu = f"{g.rnd.randint(0, 9)}{g.rnd.choice(_CA_LETTERS)}{g.rnd.randint(0, 9)}"
    return f"{fsa} {ldu}" if g.rnd.random() < 0.8 else fsa + ldu


#: (Australian suburb, state, postcode)
AU_SUBURBS = [("Parramatta", "NSW", "2150"), ("Penrith", "NSW", "2750"), ("Blacktown", "NSW", "2148"),
              ("Cronulla", "NSW", "2230"), ("Liverpool", "NSW", "2170"), ("Campbelltown", "NSW", "2560"),
              ("Bondi", "NSW", "2026"), ("Newtown", "NSW", "2042"), ("Wollongong", "NSW", "2500"),
              ("Gosford", "NSW", "2250"), ("Newcastle", "NSW", "2300"), ("Manly", "NSW", "2095"),
              ("Castle Hill", "NSW", "2154"), ("Bankstown", "NSW", "2200"), ("Hurstville", "NSW", "2220"),
              ("Mount Druitt", "NSW", "2770"), ("Rouse Hill", "NSW", "2155"), ("Kogarah", "NSW", "2217"),
              ("Queanbeyan", "NSW", "2620"), ("Canberra", "ACT", "2601"), ("Southport", "QLD", "4215"),
              ("Townsville", "QLD", "4810")]
AU_STREETS = ["Church St", "George St", "Parramatta Rd", "Victoria Rd", "Pacific Hwy", "Great Western Hwy",
              "The Kingsway", "Bridge Rd", "Macquarie St", "Railway Pde", "Wattle Ave", "Banksia Cres",
              "Illawarra Rd", "Beach St", "Hume Hwy", "Jacaranda Pl", "Windsor Rd", "Old Northern Rd"]


def au_street(g: Gen) -> str:
    n = g.rnd.randint(1, 480)
    s = g.rnd.choice(AU_STREETS)
    return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"{g.rnd.randint(1, 40)}/{n} {s}", (f"Unit {g.rnd.randint(1, 20)}, "
                         f"{n} {s}")])


#: (Indian city, state, PIN lead)
IN_CITIES = [("Mumbai", "Maharashtra", "400"), ("Pune", "Maharashtra", "411"), ("Nagpur", "Maharashtra", "440"),
             ("Bengaluru", "Karnataka", "560"), ("Mysuru", "Karnataka", "570"), ("Chennai", "Tamil Nadu", "600"),
             ("Coimbatore", "Tamil Nadu", "641"), ("Hyderabad", "Telangana", "500"),
             ("Visakhapatnam", "Andhra Pradesh", "530"), ("Kolkata", "West Bengal", "700"),
             ("New Delhi", "Delhi", "110"), ("Gurugram", "Haryana", "122"), ("Noida", "Uttar Pradesh", "201"),
             ("Lucknow", "Uttar Pradesh", "226"), ("Kanpur", "Uttar Pradesh", "208"), ("Jaipur", "Rajasthan", "302"),
             ("Ahmedabad", "Gujarat", "380"), ("Surat", "Gujarat", "395"), ("Kochi", "Kerala", "682"),
             ("Bhopal", "Madhya Pradesh", "462"), ("Indore", "Madhya Pradesh", "452"), ("Patna", "Bihar", "800"),
             ("Bhubaneswar", "Odisha", "751"), ("Guwahati", "Assam", "781"), ("Chandigarh", "Chandigarh", "160"),
             ("Ludhiana", "Punjab", "141")]


#: (South African suburb or town, city, province, postal code)
ZA_PLACES = [("Soweto", "Johannesburg", "Gauteng", "1804"), ("Sandton", "Johannesburg", "Gauteng", "2196"),
             ("Randburg", "Johannesburg", "Gauteng", "2194"), ("Tembisa", "Ekurhuleni", "Gauteng", "1632"),
             ("Benoni", "Ekurhuleni", "Gauteng", "1501"), ("Hatfield", "Pretoria", "Gauteng", "0083"),
             ("Centurion", "Pretoria", "Gauteng", "0157"), ("Mamelodi", "Pretoria", "Gauteng", "0122"),
             ("Umlazi", "Durban", "KwaZulu-Natal", "4031"), ("Chatsworth", "Durban", "KwaZulu-Natal", "4092"),
             ("Morningside", "Durban", "KwaZulu-Natal", "4001"), ("Pinetown", "Durban", "KwaZulu-Natal", "3610"),
             ("Scottsville", "Pietermaritzburg", "KwaZulu-Natal", "3201"),
             ("Khayelitsha", "Cape Town", "Western Cape", "7784"), ("Mitchells Plain", "Cape Town", "Western Cape",
                                                                    "7785"),
             ("Bellville", "Cape Town", "Western Cape", "7530"), ("Woodstock", "Cape Town", "Western Cape", "7925"),
             ("Summerstrand", "Gqeberha", "Eastern Cape", "6001"), ("Vincent", "East London", "Eastern Cape", "5247"),
             ("Westdene", "Bloemfontein", "Free State", "9301"), ("Bendor", "Polokwane", "Limpopo", "0699"),
             ("Sonheuwel", "Mbombela", "Mpumalanga", "1201"), ("Waterkloof", "Rustenburg", "North West", "0299")]
ZA_STREETS = ["Vilakazi St", "Main Rd", "Voortrekker Rd", "Jan Smuts Ave", "Anton Lembede St", "Florida Rd",
              "Church St", "Long St", "Oxford Rd", "Beyers Naudé Dr", "Nelson Mandela Dr", "Chris Hani Rd",
              "Kerk St", "Protea Cres", "Jacaranda Ave", "Steve Biko Rd", "Govan Mbeki Ave"]


def za_street(g: Gen) -> str:
    n = g.rnd.randint(1, 950)
    s = g.rnd.choice(ZA_STREETS)
    return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"{g.rnd.randint(1000, 9999)} Zone {g.rnd.randint(1, 9)}",
                         (f"Unit {g.rnd.randint(1, 90)} {g.rnd.choice(['Sunset Villas', 'Acacia Court', 'Eden Place'])}"
                         f", {n} {s}")])


#: (Irish town, county, Eircode routing key)
IE_TOWNS = [("Dublin 8", "Dublin", "D08"), ("Dublin 15", "Dublin", "D15"), ("Dublin 24", "Dublin", "D24"),
            ("Dublin 7", "Dublin", "D07"), ("Swords", "Dublin", "K67"), ("Cork", "Cork", "T12"),
            ("Ballincollig", "Cork", "P31"), ("Galway", "Galway", "H91"), ("Limerick", "Limerick", "V94"),
            ("Waterford", "Waterford", "X91"), ("Kilkenny", "Kilkenny", "R95"), ("Athlone", "Westmeath", "N37"),
            ("Sligo", "Sligo", "F91"), ("Drogheda", "Louth", "A92"), ("Tralee", "Kerry", "V92"),
            ("Navan", "Meath", "C15"), ("Ennis", "Clare", "V95"), ("Naas", "Kildare", "W91"),
            ("Bray", "Wicklow", "A98")]
IE_STREETS = ["Main Street", "Bridge Street", "Ashgrove Park", "Ballyvolane Road", "Oakwood Avenue", "College Road",
              "Sea Road", "Dominick Street", "St. Patrick's Terrace", "Castle View", "Mill Road", "Cois Abhainn",
              "Ard na Gréine", "The Maltings", "Church Road", "Cherry Orchard Drive", "Dublin Road"]
_EIRCODE = "0123456789ACDEFHKNPRTVWXY"


def ie_street(g: Gen) -> str:
    n = g.rnd.randint(1, 160)
    s = g.rnd.choice(IE_STREETS)
    return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"Apt {g.rnd.randint(1, 60)}, {s}", f"{s}"])


def eircode(g: Gen, key: str, spaced: float = 0.8) -> str:
    tail = g.rnd.choice("ACDEFHKNPRTVWXY") + "".join(g.rnd.choice(_EIRCODE) for _ in range(3))
    return f"{key} {tail}" if g.rnd.random() < spaced else key + tail


#: (Spanish municipality, province, postcode lead)
ES_PLACES = [("Sevilla", "Sevilla", "410"), ("Sevilla", "Sevilla", "410"), ("Dos Hermanas", "Sevilla", "417"),
             ("Alcalá de Guadaíra", "Sevilla", "415"), ("Utrera", "Sevilla", "417"), ("Écija", "Sevilla", "414"),
             ("Mairena del Aljarafe", "Sevilla", "419"), ("Carmona", "Sevilla", "414"), ("Lebrija", "Sevilla", "417"),
             ("Tomares", "Sevilla", "419"), ("Huelva", "Huelva", "210"), ("Cádiz", "Cádiz", "110"),
             ("Jerez de la Frontera", "Cádiz", "114"), ("Córdoba", "Córdoba", "140"), ("Málaga", "Málaga", "290"),
             ("Madrid", "Madrid", "280")]
ES_STREETS = ["Calle Feria", "Avenida de la Constitución", "Calle Betis", "Plaza del Salvador", "Calle Sierpes",
              "Avenida de Eduardo Dato", "Calle Asunción", "Calle Real", "Avenida de Andalucía", "Calle San Jacinto",
              "Calle Pureza", "Ronda de Triana", "Calle Nueva"]


def es_street(g: Gen) -> str:
    n = g.rnd.randint(1, 140)
    s = g.rnd.choice(ES_STREETS)
    return g.rnd.choice([f"{s} {n}", f"{s}, {n}", f"{s} {n}, {g.rnd.randint(1, 8)}º {g.rnd.choice('ABCD')}",
                         f"{s} {n}, bajo"])


#: (German town, postcode lead)
DE_TOWNS = [("Leipzig", "04"), ("Leipzig", "04"), ("Leipzig", "04"), ("Markkleeberg", "04"), ("Taucha", "04"),
            ("Dresden", "01"), ("Halle (Saale)", "06"), ("Chemnitz", "09"), ("Grimma", "04"), ("Delitzsch", "04"),
            ("Berlin", "10"), ("Naumburg", "06")]
DE_STREETS = ["Karl-Liebknecht-Straße", "Eisenbahnstraße", "Gohliser Straße", "Lützner Straße", "Prager Straße",
              "Dresdner Straße", "Hauptstraße", "Bahnhofstraße", "Goethestraße", "Schillerstraße", "Am Rosental",
              "Könneritzstraße", "Georg-Schwarz-Straße", "Waldstraße"]


def de_street(g: Gen) -> str:
    n = g.rnd.randint(1, 160)
    s = g.rnd.choice(DE_STREETS)
    s = s.replace("straße", "str.") if g.rnd.random() < 0.3 else s
    return f"{s} {n}" + g.rnd.choice(["", "", "", "a", "b"])


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def card(g: Gen, spaced: bool = False) -> str:
    """A number passing Luhn with a Visa, Mastercard or Amex prefix."""
    prefix, length = g.rnd.choice([("4", 16), ("4", 16), ("51", 16), ("53", 16), ("2221", 16), ("37", 15)])
    body = prefix + g.digits(length - len(prefix) - 1)
    number = body + luhn.calc_check_digit(body)
    if spaced and length == 16:
        return " ".join(number[i:i + 4] for i in range(0, 16, 4))
    return number


def luhn_number(g: Gen, prefix: str, length: int) -> str:
    """A ``length``-digit number starting with ``prefix`` whose last digit is its Luhn check digit."""
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


#: BBAN layouts: (bank codes kept as they are, then the digits, 9 a digit); python-stdnum checks the result
BBAN: dict[str, tuple[list[str], str]] = {
    "GB": (["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SRLG"], "99999999999999"),
    "IE": (["AIBK", "BOFI", "IPBS", "ULSB"], "99999999999999"),
    "ES": ([""], "99999999999999999999"),
    "DE": ([""], "999999999999999999"),
}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, national checks retried, python-stdnum checks it)."""
    banks, layout = BBAN[country]

    def make() -> str:
        bban = g.rnd.choice(banks) + g.code(layout)
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 899):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}"

    number = g.valid(make, _ssn.is_valid)
    return number if dashed else number.replace("-", "")


def ca_sin(g: Gen, style: str = "spaced") -> str:
    """A Canadian SIN (Luhn), first digit of a province's range (1-7) or 9 (temporary residents)."""
    number = g.valid(lambda: luhn_number(g, g.rnd.choice("123456799"), 9), _sin.is_valid)
    if style == "spaced":
        return f"{number[:3]} {number[3:6]} {number[6:]}"
    if style == "dashed":
        return f"{number[:3]}-{number[3:6]}-{number[6:]}"
    return number


_NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def gb_nino(g: Gen, spaced: bool = False) -> str:
    """A UK National Insurance number shaped by HMRC's rules (no check digit exists)."""
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"

    def make() -> str:
        return g.rnd.choice(first) + g.rnd.choice(second)

    prefix = g.valid(make, lambda p: p not in _NINO_BAD_PREFIX)
    body = g.digits(6)
    suffix = g.rnd.choice("ABCD")
    if spaced:
        return f"{prefix} {body[:2]} {body[2:4]} {body[4:]} {suffix}"
    return f"{prefix}{body}{suffix}"


def gb_utr(g: Gen) -> str:
    """A UK Unique Taxpayer Reference (check digit first; python-stdnum checks it)."""
    body = g.digits(9)
    number = _utr.calc_check_digit(body) + body
    assert _utr.is_valid(number)
    return number


def gb_vat(g: Gen) -> str:
    """A UK VAT registration number (a business's: ``none``)."""
    number = g.valid(lambda: g.rnd.choice("1234679") + g.digits(8), _gbvat.is_valid)
    return f"GB {number[:3]} {number[3:7]} {number[7:]}" if g.rnd.random() < 0.5 else f"GB{number}"


def in_pan(g: Gen, surname: str) -> str:
    """An Indian PAN of an individual (fourth letter ``P``, fifth the initial of the surname)."""
    initial = plain(surname)[0].upper()
    number = f"{g.code('AAA')}P{initial}{g.digits(4)}{g.code('A')}"
    assert _pan.is_valid(number)
    return number


def in_aadhaar(g: Gen, spaced: bool = False) -> str:
    """An Aadhaar number (Verhoeff check digit; python-stdnum checks it)."""

    def make() -> str:
        body = str(g.rnd.randint(2, 9)) + g.digits(10)
        return body + verhoeff.calc_check_digit(body)

    number = g.valid(make, _aadhaar.is_valid)
    return f"{number[:4]} {number[4:8]} {number[8:]}" if spaced else number


def za_idnr(g: Gen, born: date, female: bool, citizen: bool = True) -> str:
    """A South African ID number encoding ``born`` and the sex (Luhn; python-stdnum checks it)."""
    seq = g.rnd.randint(0, 4999) if female else g.rnd.randint(5000, 9999)
    body = f"{born:%y%m%d}{seq:04d}{0 if citizen else 1}8"
    number = body + luhn.calc_check_digit(body)
    assert _zaid.is_valid(number)
    return number


def es_dni(g: Gen) -> str:
    body = f"{g.rnd.randint(10_000_000, 79_999_999)}"
    number = body + _dni.calc_check_digit(body)
    assert _dni.is_valid(number)
    return number


def es_nie(g: Gen) -> str:
    lead = g.rnd.choice("XYZ")
    body = g.digits(7)
    number = lead + body + _nie.calc_check_digit(lead + body)
    assert _nie.is_valid(number)
    return number


def isrc(g: Gen) -> str:
    """An ISRC (a recording's code: ``none``)."""
    number = f"{g.rnd.choice(['GB', 'GB', 'US', 'IE', 'AU'])}{g.code('ZZZ')}{g.rnd.randint(15, 25):02d}{g.digits(5)}"
    assert _isrc.is_valid(number)
    return number if g.rnd.random() < 0.6 else f"{number[:2]}-{number[2:5]}-{number[5:7]}-{number[7:]}"


def iswc_check(digits9: str) -> str:
    """The check digit of an ISWC's nine digits (1 + the digits weighted 1..9, mod 10, complemented)."""
    total = 1 + sum((i + 1) * int(d) for i, d in enumerate(digits9))
    return str((10 - total % 10) % 10)


def iswc(g: Gen) -> str:
    """An ISWC (a musical work's code: ``none``) ``T-123.456.789-C``."""
    body = g.digits(9)
    return f"T-{body[:3]}.{body[3:6]}.{body[6:]}-{iswc_check(body)}"


def ean13(g: Gen, prefix: str = "") -> str:
    body = prefix + g.digits(12 - len(prefix))
    number = body + _ean.calc_check_digit(body)
    assert _ean.is_valid(number)
    return number


def upc_a(g: Gen) -> str:
    body = "8" + g.digits(10)
    number = body + _ean.calc_check_digit(body)
    assert _ean.is_valid(number)
    return number


def creditor_id(g: Gen, country: str = "DE") -> str:
    """A SEPA creditor identifier (the business code ``ZZZ`` is left out of the check digits)."""
    national = "0" + g.digits(10)
    check = 98 - int("".join(str(int(ch, 36)) for ch in national + country + "00")) % 97
    return f"{country}{check:02d}ZZZ{national}"


def uk_plate(g: Gen) -> str:
    letters = "ABCDEFGHJKLMNOPRSTUVWXYZ"
    area = g.rnd.choice(["BD", "LN", "YK", "WR", "CA", "MA", "SN", "GF", "HK", "DY"])
    age = g.rnd.choice(["15", "16", "18", "19", "21", "22", "24", "65", "67", "69", "70", "73"])
    return f"{area}{age} {''.join(g.rnd.choice(letters) for _ in range(3))}"


STEAM_BASE = 76_561_197_960_265_728


def steam_id64(g: Gen) -> str:
    return str(STEAM_BASE + g.rnd.randint(10_000_000, 1_400_000_000))


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)


def object_id(g: Gen) -> str:
    """A MongoDB ObjectId (24 hex digits)."""
    return g.code("x" * 24)


def sfdc_id(g: Gen, prefix: str) -> str:
    return prefix + g.digits(15 - len(prefix), string.ascii_letters + string.digits) + g.code("AAA")


def argon2_hash(g: Gen) -> str:
    alphabet = string.ascii_letters + string.digits + "+/"
    return f"$argon2id$v=19$m=65536,t=3,p=4${g.digits(22, alphabet)}${g.digits(43, alphabet)}"
