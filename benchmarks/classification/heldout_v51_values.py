"""Values of held-out set v51 (:mod:`benchmarks.classification.heldout_v51`): v51's random source, names, streets,
towns, shops, products and identifier builders, written by hand for v51 (no Faker, no list of real people, no breach
data), phones checked with phonenumbers and identifiers with check digits computed here and checked with
python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers follow v27's (copied, then extended: phones of nine countries with their own number
plans); every list below is new. Names are common given names and surnames of each country as its retail customers
write them: the United States (Anglo, Black American, Hispanic, Asian and Arab American), the United Kingdom (English,
Scottish, Welsh, British South Asian, Black British, Polish British), Canada (English and Acadian Maritimers,
Québécois, Chinese, Punjabi and Filipino Canadians), Australia (Anglo, Italian, Greek, Vietnamese, Chinese, Indian
Australians), Ireland, India (north, south, east, west, Muslim), the Netherlands (with ``tussenvoegsel``; Turkish,
Moroccan and Surinamese Dutch), Poland (gendered surnames) and Japan (kanji with katakana readings).
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
from stdnum import luhn, verhoeff
from stdnum.gb import utr as _utr
from stdnum.gb import vat as _gbvat
from stdnum.ie import pps as _pps
from stdnum.ie import vat as _ievat
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 51_051_2026
N = "none"
#: a login or public display handle (review, as in v5 to v49)
USERNAME = "unclassified"
#: NULL-like strings and placeholders of v51's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNKNOWN", "?",
    "#N/A", "nil", "<null>", "undefined", "[]", "{}", "000-00-0000", "0000000000", "test@example.com",
    "test@test.com", "noreceipt@none.com", "no@email.com", "none@none.com", "(000) 000-0000", "07000 000000",
    "NOT PROVIDED", "not provided", "REDACTED", "na", "brak", "geen", "-/-", "なし", "ー", "x", "N.V.T.", "nvt")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ł", "l").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v51:{SEED}:{table}")

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

    def amount(self, lo: float, hi: float) -> float:
        return round(self.rnd.uniform(lo, hi), 2)

    def amounts(self, lo: float, hi: float) -> list[float]:
        return [self.amount(lo, hi) for _ in range(self.rows)]

    def yn(self, yes: Any, no: Any, p: float) -> list[Any]:
        return [yes if self.rnd.random() < p else no for _ in range(self.rows)]

    def day(self, lo: str, hi: str) -> date:
        a, b = date.fromisoformat(lo), date.fromisoformat(hi)
        return a + timedelta(days=self.rnd.randint(0, (b - a).days))

    def days(self, lo: str, hi: str, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.day(lo, hi), null)

    def moment(self, lo: str, hi: str) -> datetime:
        return datetime.combine(self.day(lo, hi), datetime.min.time()) + timedelta(
            seconds=self.rnd.randint(0, 86_399))

    def moments(self, lo: str, hi: str, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.moment(lo, hi), null)

    def birth(self, lo: int, hi: int) -> date:
        return self.day(f"{lo}-01-01", f"{hi}-12-31")

    # -- shapes
    def digits(self, n: int, alphabet: str = string.digits) -> str:
        return "".join(self.rnd.choice(alphabet) for _ in range(n))

    def code(self, layout: str) -> str:
        """``9`` a digit, ``A`` an upper-case letter, ``Z`` either, ``x`` a hex digit, ``a`` a lower-case letter;
        anything else is kept."""
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
            elif ch == "a":
                out.append(self.rnd.choice(string.ascii_lowercase))
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

    def ipv4(self, firsts: list[int]) -> str:
        rest = f"{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"
        return f"{self.rnd.choice(firsts)}.{rest}"

    def ipv6(self, heads: list[str]) -> str:
        return self.rnd.choice(heads) + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, country: str, v6: float = 0.25) -> str:
        firsts, heads = IP_PLAN[country]
        return self.ipv6(heads) if self.rnd.random() < v6 else self.ipv4(firsts)

    # -- phones
    def phone(self, region: str, fmt: str = "national", mobile: bool = True, areas: list[str] | None = None) -> str:
        """A valid phone number of ``region`` (phonenumbers checks it) in ``fmt``: ``national``, ``e164``, ``intl``,
        ``digits`` (national digits, trunk prefix kept), ``nsn`` (no trunk prefix), ``dashes``, ``dots``, ``idd``
        (``0044 ...``), ``split`` (India's ``98765 43210``)."""
        prefixes, lengths = PHONE_PLAN[region]["mobile" if mobile else "fixed"]
        if areas:
            prefixes, lengths = areas, [10]

        def make() -> str:
            prefix = self.rnd.choice(prefixes)
            length = self.rnd.choice(lengths)
            body = prefix + self.digits(length - len(prefix))
            if region in ("US", "CA"):
                body = body[:3] + str(self.rnd.randint(2, 9)) + body[4:]
            return body

        def ok(candidate: str) -> bool:
            if region in ("US", "CA") and candidate[3:6] == "555":
                return False
            return phonenumbers.is_valid_number(phonenumbers.parse(candidate, region))

        number = phonenumbers.parse(self.valid(make, ok), region)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        nsn = phonenumbers.national_significant_number(number)
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        if fmt == "idd":
            return "00" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)[1:]
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        if fmt == "nsn":
            return nsn
        if fmt == "split":
            return f"{nsn[:5]} {nsn[5:]}"
        if fmt in ("dashes", "dots") and region in ("US", "CA"):
            sep = "-" if fmt == "dashes" else "."
            return f"{nsn[:3]}{sep}{nsn[3:6]}{sep}{nsn[6:]}"
        if fmt == "dashes" and region == "NL":
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:2]}-{d[2:]}" if d.startswith("06") else f"{d[:3]}-{d[3:]}"
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0,
               areas: list[str] | None = None) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile,
                                           areas), null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


#: region -> "mobile"/"fixed" -> (national significant number prefixes, lengths); candidates are checked with
#: phonenumbers, so a prefix only has to make valid numbers likely
PHONE_PLAN: dict[str, dict[str, tuple[list[str], list[int]]]] = {
    "GB": {"mobile": (["74", "75", "77", "78", "79"], [10]),
           "fixed": (["1782", "161", "113", "121", "117", "131", "1603", "1273", "114", "191", "20", "29", "1332"],
                     [10])},
    "IE": {"mobile": (["83", "85", "86", "87", "89"], [9]),
           "fixed": (["91", "1", "21", "61", "98", "94", "65", "66", "51", "71"], [8, 9])},
    "AU": {"mobile": (["40", "41", "42", "43", "44", "45", "46", "47", "48", "49"], [9]),
           "fixed": (["2", "3", "7", "8"], [9])},
    "IN": {"mobile": (["6", "7", "8", "9"], [10]), "fixed": (["80", "22", "20", "40", "44", "33", "11"], [10])},
    "NL": {"mobile": (["61", "62", "63", "64", "65"], [9]),
           "fixed": (["30", "20", "10", "70", "40", "50", "24", "23", "33", "38", "71", "43", "13", "26", "15"], [9])},
    "PL": {"mobile": (["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"], [9]),
           "fixed": (["12", "22", "71", "61", "58", "42", "32", "81", "85", "91"], [9])},
    "JP": {"mobile": (["90", "80", "70"], [10]),
           "fixed": (["3", "6", "54", "52", "75", "92", "11", "22", "45", "48", "47", "53"], [9])},
    "US": {"mobile": (["303", "512", "713", "602", "404", "704", "615", "312", "612", "206", "503", "916", "619",
                       "305", "813", "919", "215", "718", "617", "816", "801", "505", "402", "502"], [10]),
           "fixed": (["303", "512", "713", "602", "404", "704", "615", "312", "612", "206", "503", "916"], [10])},
    "CA": {"mobile": (["902", "782", "506", "709", "416", "647", "905", "613", "519", "705"], [10]),
           "fixed": (["902", "506", "416", "905", "613", "519"], [10])},
}

#: country -> (first octets of IPv4 addresses its consumers use, IPv6 /16 heads)
IP_PLAN: dict[str, tuple[list[int], list[str]]] = {
    "GB": ([2, 5, 31, 51, 77, 78, 81, 82, 86, 90, 92, 109, 146, 176, 212], ["2a00", "2a01", "2a02", "2a0a"]),
    "IE": ([31, 37, 46, 78, 79, 86, 87, 89, 109, 159, 176, 193], ["2a02", "2001"]),
    "US": ([23, 24, 47, 50, 66, 67, 68, 69, 70, 71, 72, 73, 75, 76, 96, 98, 99, 107, 108, 172, 174],
           ["2600", "2601", "2603", "2607", "2620"]),
    "CA": ([24, 64, 65, 66, 69, 70, 99, 142, 174, 184, 192, 206, 207], ["2607", "2604", "2001"]),
    "AU": ([1, 27, 49, 58, 101, 110, 115, 120, 121, 124, 144, 180, 203], ["2001", "2401", "2403", "2406"]),
    "IN": ([14, 27, 49, 59, 103, 106, 110, 115, 117, 122, 157, 182, 223], ["2401", "2405", "2409", "240e"]),
    "NL": ([31, 37, 62, 77, 80, 82, 83, 84, 85, 86, 145, 185, 213], ["2a02", "2001"]),
    "PL": ([5, 31, 37, 46, 77, 78, 83, 87, 89, 91, 178, 188, 195], ["2a01", "2a02"]),
}


# -- names (written for v51) -------------------------------------------------------------------------------------------

#: country -> [(weight, male given names, female given names, surnames)]: ``person`` draws a group, then names in it
NAMES: dict[str, list[tuple[float, list[str], list[str], list[str]]]] = {
    "us": [
        (5, ["James", "Michael", "Robert", "David", "William", "Christopher", "Matthew", "Joshua", "Andrew", "Ryan",
             "Tyler", "Brandon", "Kevin", "Jason", "Justin", "Eric", "Kyle", "Austin", "Cody", "Dustin", "Travis",
             "Jeremy", "Brian", "Scott"],
         ["Jennifer", "Jessica", "Ashley", "Sarah", "Emily", "Amanda", "Megan", "Lauren", "Rachel", "Nicole",
          "Brittany", "Heather", "Kayla", "Taylor", "Hannah", "Madison", "Olivia", "Abigail", "Kelsey", "Courtney",
          "Brooke", "Lindsey", "Stephanie", "Amber"],
         ["Smith", "Johnson", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Martin",
          "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall", "Allen", "Young", "King", "Wright",
          "Scott", "Baker", "Nelson", "Hill", "Campbell", "Mitchell", "Carter", "Roberts", "Phillips", "Evans",
          "Turner", "Parker", "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Reed", "Bailey", "Kelly",
          "Cox", "Ward", "Peterson", "Gray", "Hughes", "Price", "Sanders", "Bennett", "Wood", "Barnes", "Ross",
          "Henderson", "Jenkins", "Perry", "Powell", "Patterson", "Foster", "Bryant", "Griffin", "Hayes", "Myers",
          "Hamilton", "Graham", "Sullivan", "Wallace", "Reynolds", "Fisher", "Ellis", "McDonald", "Kowalski",
          "Schmidt", "Novak", "Olson", "Hansen", "Larson", "Schultz", "Becker", "Hoffman"]),
        (1.6, ["DeShawn", "Jamal", "Marcus", "Darnell", "Terrell", "Andre", "Malik", "Xavier", "Cedric", "Reginald"],
         ["Aaliyah", "Imani", "Keisha", "Jasmine", "Tiana", "Destiny", "Ebony", "Shanice", "Latoya", "Monique"],
         ["Washington", "Jefferson", "Jackson", "Robinson", "Brooks", "Freeman", "Banks", "Gaines", "Mosley",
          "Booker", "Coleman", "Simmons", "Dorsey", "Holloway"]),
        (2, ["José", "Luis", "Carlos", "Juan", "Miguel", "Jorge", "Alejandro", "Diego", "Javier", "Ricardo"],
         ["María", "Guadalupe", "Sofía", "Daniela", "Valeria", "Gabriela", "Ana", "Lucía", "Yesenia", "Marisol"],
         ["Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Perez", "Sanchez", "Ramirez",
          "Torres", "Flores", "Rivera", "Gomez", "Diaz", "Cruz", "Morales", "Reyes", "Ortiz", "Gutierrez",
          "Chavez"]),
        (1.3, ["Wei", "Jun", "Minh", "Hiroshi", "Sung-min", "Tuan", "Raj", "Vikram", "Kenji", "Anh"],
         ["Mei", "Linh", "Yuki", "Ji-woo", "Priya", "Ananya", "Hana", "Thuy", "Min-ji", "Deepa"],
         ["Nguyen", "Tran", "Le", "Pham", "Kim", "Lee", "Park", "Chen", "Wang", "Liu", "Zhang", "Huang", "Patel",
          "Shah", "Singh", "Kumar", "Tanaka", "Yamamoto", "Wong", "Chang"]),
        (0.5, ["Omar", "Ahmed", "Yusuf", "Ali", "Hassan", "Karim"],
         ["Fatima", "Aisha", "Layla", "Mariam", "Nadia", "Rania"],
         ["Haddad", "Khalil", "Nasser", "Saleh", "Hamdan", "Mansour"]),
    ],
    "uk": [
        (6, ["Oliver", "George", "Harry", "Jack", "Charlie", "Thomas", "James", "William", "Daniel", "Samuel",
             "Joshua", "Alfie", "Callum", "Luke", "Ben", "Tom", "Rob", "Craig", "Gareth", "Stuart", "Darren", "Lee",
             "Paul", "Kevin", "Neil", "Adam"],
         ["Olivia", "Amelia", "Isla", "Emily", "Poppy", "Sophie", "Charlotte", "Jessica", "Chloe", "Lucy", "Grace",
          "Holly", "Megan", "Bethany", "Gemma", "Hayley", "Kirsty", "Rebecca", "Nicola", "Joanne", "Claire",
          "Lauren", "Pauline", "Deborah", "Tracey", "Jade", "Abbie", "Rachel"],
         ["Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
          "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
          "Lewis", "Harris", "Clarke", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward", "Morris",
          "Moore", "Clark", "King", "Baker", "Harrison", "Morgan", "Allen", "Scott", "Phillips", "Watson", "Parker",
          "Price", "Bennett", "Young", "Griffiths", "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey",
          "Collins", "Bell", "Shaw", "Murphy", "Cox", "Richards", "Lloyd", "Jenkins", "Fletcher", "Barker",
          "Whitehead", "Ashworth", "Butterworth", "Hargreaves", "Sutcliffe", "Pickering", "Holmes", "Booth"]),
        (1, ["Fraser", "Ewan", "Hamish", "Angus", "Ross", "Calum"],
         ["Kirsty", "Eilidh", "Morag", "Iona", "Fiona", "Ailsa"],
         ["MacDonald", "Campbell", "Stewart", "Robertson", "Murray", "Paterson", "MacLeod", "Cameron", "Ferguson",
          "McKenzie"]),
        (0.8, ["Rhys", "Dafydd", "Gethin", "Iwan", "Owain"],
         ["Cerys", "Ffion", "Seren", "Bethan", "Nia"],
         ["Llewellyn", "Pugh", "Prosser", "Bowen", "Vaughan", "Price", "Jones", "Rees"]),
        (1.6, ["Mohammed", "Imran", "Rajesh", "Sanjay", "Hassan", "Amir", "Vikesh", "Bilal"],
         ["Priya", "Sana", "Ayesha", "Nisha", "Zainab", "Hina", "Reena", "Shabana"],
         ["Patel", "Khan", "Hussain", "Ahmed", "Begum", "Shah", "Ali", "Mistry", "Chauhan", "Akhtar", "Iqbal",
          "Rahman", "Sandhu", "Bains"]),
        (1, ["Jermaine", "Tyrone", "Chidi", "Tunde", "Kofi", "Delroy"],
         ["Shanice", "Abena", "Chioma", "Nia", "Folake", "Marcia"],
         ["Okafor", "Adeyemi", "Mensah", "Okonkwo", "Boateng", "Asante", "Oduya", "Campbell", "Francis", "Grant"]),
        (0.6, ["Piotr", "Tomasz", "Kamil", "Marek"],
         ["Agnieszka", "Katarzyna", "Magda", "Ewa"],
         ["Nowak", "Wójcik", "Mazur", "Krawczyk", "Kowalczyk"]),
    ],
    "ca": [
        (4, ["Ryan", "Matthew", "Tyler", "Dylan", "Connor", "Liam", "Brandon", "Jordan", "Kyle", "Shawn", "Darren",
             "Trevor", "Scott", "Ian", "Graham", "Colin"],
         ["Emily", "Sarah", "Jessica", "Ashley", "Megan", "Hannah", "Brooke", "Kaitlyn", "Allison", "Jillian",
          "Shannon", "Leah", "Heather", "Tara", "Carly", "Krista"],
         ["Smith", "Brown", "Wilson", "MacDonald", "MacLeod", "MacNeil", "MacKenzie", "Chisholm", "Fraser",
          "Campbell", "Murphy", "Taylor", "Martin", "Anderson", "Thompson", "Walsh", "Power", "Hiscock", "Fitzgerald",
          "Sampson", "Boutilier", "Zinck", "Hatt", "Rafuse", "Mosher", "Crowell", "Mackay", "Young", "Graham"]),
        (1.5, ["Jean-François", "Mathieu", "Étienne", "Sébastien", "Marc-André", "Luc", "Pierre", "Yannick"],
         ["Geneviève", "Isabelle", "Mélanie", "Catherine", "Marie-Ève", "Josée", "Chantal", "Nathalie"],
         ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Gagné",
          "LeBlanc", "Cormier", "Doucet", "Arsenault", "Robichaud", "Thibodeau"]),
        (1, ["Wei", "Hao", "Kenny", "Jason", "Ming"],
         ["Mei", "Xin", "Jenny", "Winnie", "Ling"],
         ["Wong", "Chan", "Li", "Leung", "Chow", "Lam", "Ho", "Zhao"]),
        (0.9, ["Harpreet", "Gurpreet", "Jaspreet", "Manpreet", "Amandeep", "Rajvir"],
         ["Harpreet", "Simran", "Navneet", "Manpreet", "Kiranjit", "Jasleen"],
         ["Sandhu", "Gill", "Dhaliwal", "Grewal", "Sidhu", "Brar", "Sohal"]),
        (0.6, ["Mark", "John Paul", "Rommel", "Jerome"],
         ["Maricel", "Jocelyn", "Kristine", "Analyn"],
         ["Santos", "Reyes", "Dela Cruz", "Bautista", "Villanueva", "Mendoza"]),
    ],
    "au": [
        (5, ["Jack", "Lachlan", "Cooper", "Riley", "Brodie", "Jayden", "Nathan", "Shane", "Brett", "Darren", "Craig",
             "Mitchell", "Liam", "Hayden", "Kane", "Blake", "Jarrod", "Tim", "Ben", "Josh"],
         ["Chloe", "Mia", "Ruby", "Zoe", "Jessica", "Kylie", "Tahlia", "Brooke", "Sienna", "Emma", "Georgia",
          "Matilda", "Sharon", "Michelle", "Jacinta", "Kirra", "Shannon", "Bec", "Hayley", "Courtney"],
         ["Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Johnson", "White", "Martin", "Anderson",
          "Thompson", "Thomas", "Walker", "Harris", "Ryan", "Robinson", "Kelly", "King", "O'Brien", "Murphy",
          "Campbell", "Mitchell", "Hughes", "Clarke", "Watson", "Cameron", "Stevens", "Fitzgerald", "Doyle",
          "Henderson", "McGrath", "Baxter", "Sheehan", "Pearce"]),
        (1, ["Luca", "Marco", "Giuseppe", "Antonio", "Frank"],
         ["Giulia", "Francesca", "Rosa", "Carmela", "Teresa"],
         ["Russo", "Romano", "Costa", "Ferraro", "Bianchi", "Esposito", "De Luca", "Marino"]),
        (0.8, ["Nick", "Con", "Dimitri", "Steve", "Yianni"],
         ["Eleni", "Despina", "Voula", "Sophia", "Anastasia"],
         ["Papadopoulos", "Nikolaidis", "Georgiou", "Karagiannis", "Kyriakou", "Stavrou"]),
        (1, ["Minh", "Duc", "Thanh", "Quang", "Hung"],
         ["Linh", "Thao", "Ngoc", "Huong", "Mai"],
         ["Nguyen", "Tran", "Le", "Pham", "Vo", "Dang", "Bui"]),
        (0.8, ["Wei", "Hao", "Jason", "Kevin", "Lei"],
         ["Mei", "Ying", "Jing", "Amy", "Xiao"],
         ["Chen", "Zhang", "Wang", "Li", "Liu", "Huang", "Zhou"]),
        (1, ["Rohan", "Vikram", "Arjun", "Harsh", "Karan"],
         ["Priya", "Sneha", "Pooja", "Anjali", "Divya"],
         ["Sharma", "Singh", "Patel", "Reddy", "Gupta", "Kaur", "Nair"]),
    ],
    "ie": [
        (8, ["Conor", "Seán", "Cian", "Oisín", "Darragh", "Eoin", "Ciarán", "Pádraig", "Niall", "Declan", "Fionn",
             "Tadhg", "Colm", "Donal", "Ronan", "Shane", "Kevin", "Diarmuid", "Cathal", "Barry", "Brian", "Mark"],
         ["Aoife", "Siobhán", "Niamh", "Saoirse", "Caoimhe", "Róisín", "Orla", "Clodagh", "Gráinne", "Sinéad",
          "Aisling", "Ciara", "Emer", "Méabh", "Éabha", "Deirdre", "Fiona", "Sorcha", "Mairéad", "Laura", "Sarah",
          "Rachel"],
         ["Murphy", "Kelly", "O'Sullivan", "Walsh", "O'Brien", "Byrne", "Ryan", "O'Connor", "O'Neill", "O'Reilly",
          "Doyle", "McCarthy", "Gallagher", "O'Doherty", "Kennedy", "Lynch", "Murray", "Quinn", "Moore",
          "McLoughlin", "Carroll", "Connolly", "Daly", "Dunne", "Brennan", "Burke", "Collins", "Fitzgerald",
          "Ó Conghaile", "Mac Donncha", "Ní Fhlatharta", "Joyce", "Flaherty", "Keane", "Geraghty", "Hynes",
          "Fahy", "Mannion", "Coyne", "Kilbane"]),
        (0.6, ["Tomasz", "Łukasz", "Paweł"], ["Agnieszka", "Monika", "Joanna"],
         ["Kowalczyk", "Nowak", "Wiśniewski"]),
        (0.5, ["Lucas", "Thiago", "Rafael"], ["Ana", "Juliana", "Camila"], ["Silva", "Santos", "Oliveira", "Souza"]),
        (0.5, ["Chinedu", "Emeka", "Tobi"], ["Ngozi", "Adaeze", "Funmi"], ["Okeke", "Adebayo", "Nwosu", "Eze"]),
    ],
    "in": [
        (3, ["Rahul", "Amit", "Rohit", "Vikas", "Ankit", "Saurabh", "Abhishek", "Nikhil", "Gaurav", "Deepak",
             "Manoj", "Sandeep", "Vivek", "Ajay", "Pankaj", "Varun"],
         ["Priya", "Pooja", "Neha", "Anjali", "Shweta", "Ritu", "Sneha", "Kavita", "Swati", "Divya", "Nidhi",
          "Shalini", "Aarti", "Megha", "Preeti", "Komal"],
         ["Sharma", "Verma", "Gupta", "Singh", "Kumar", "Agarwal", "Yadav", "Mishra", "Chauhan", "Saxena", "Tiwari",
          "Pandey", "Srivastava", "Jain", "Malhotra", "Kapoor", "Chaudhary", "Rawat", "Bhatt", "Arora"]),
        (2.5, ["Karthik", "Venkatesh", "Suresh", "Arun", "Prakash", "Srinivas", "Ramesh", "Harish", "Naveen",
               "Raghav", "Vignesh", "Sai"],
         ["Lakshmi", "Divya", "Meena", "Kavya", "Deepa", "Sowmya", "Revathi", "Anitha", "Bhavana", "Keerthi",
          "Padma", "Swathi"],
         ["Reddy", "Rao", "Nair", "Menon", "Iyer", "Pillai", "Krishnan", "Subramanian", "Naidu", "Gowda", "Shetty",
          "Hegde", "Raju", "Murthy", "Kumaran", "Varghese"]),
        (1.2, ["Sourav", "Arnab", "Debashish", "Subhajit", "Anirban", "Sayan"],
         ["Moumita", "Sreeja", "Tanushree", "Rituparna", "Payel", "Sudeshna"],
         ["Banerjee", "Chatterjee", "Mukherjee", "Das", "Ghosh", "Bose", "Sen", "Dutta", "Mohanty", "Patnaik"]),
        (1.5, ["Rohan", "Siddharth", "Aniket", "Chirag", "Hardik", "Tejas", "Omkar", "Nilesh"],
         ["Pallavi", "Rutuja", "Krupa", "Bhavika", "Sayali", "Hetal", "Mansi", "Aishwarya"],
         ["Patil", "Deshmukh", "Kulkarni", "Joshi", "Shah", "Mehta", "Desai", "Pawar", "Jadhav", "Gaikwad", "Patel",
          "Parmar", "Shinde", "More"]),
        (1.2, ["Mohammed", "Imran", "Faizan", "Arif", "Salman", "Irfan"],
         ["Ayesha", "Sana", "Fatima", "Zoya", "Nazia", "Rukhsar"],
         ["Khan", "Sheikh", "Ansari", "Qureshi", "Siddiqui", "Shaikh", "Pathan", "Syed"]),
    ],
    "nl": [
        (6, ["Daan", "Sem", "Lucas", "Jeroen", "Bram", "Thijs", "Ruben", "Joost", "Maarten", "Wouter", "Sander",
             "Niels", "Pieter", "Kees", "Jan", "Bas", "Rik", "Koen", "Tim", "Stijn"],
         ["Emma", "Julia", "Sanne", "Lotte", "Anouk", "Femke", "Marloes", "Iris", "Eva", "Lisa", "Noor", "Fleur",
          "Ingrid", "Annemieke", "Marieke", "Esther", "Linda", "Manon", "Sophie", "Mirjam"],
         ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit",
          "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
          "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs",
          "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "Schouten",
          "van Beek", "Willems", "Hoekstra", "Koster", "Prins"]),
        (1, ["Mehmet", "Mohamed", "Yusuf", "Emre", "Bilal"],
         ["Fatima", "Ayşe", "Yasmina", "Elif", "Samira"],
         ["Yılmaz", "El Amrani", "Bouzid", "Kaya", "Öztürk", "Benali", "Demir"]),
        (0.5, ["Ravi", "Dinesh", "Glenn"], ["Sharda", "Anjali", "Denise"], ["Ramdin", "Sewdien", "Jagesar", "Doelah"]),
    ],
}

#: Polish names: (male given, female given, (masculine, feminine) surnames)
PL_MALE = ["Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Michał", "Marcin", "Jakub", "Kamil", "Łukasz",
           "Mateusz", "Grzegorz", "Adam", "Marek", "Wojciech", "Bartosz", "Szymon", "Dawid", "Rafał", "Sebastian"]
PL_FEMALE = ["Anna", "Katarzyna", "Magdalena", "Agnieszka", "Joanna", "Aleksandra", "Monika", "Ewa", "Małgorzata",
             "Karolina", "Natalia", "Zofia", "Julia", "Paulina", "Justyna", "Dorota", "Marta", "Beata", "Barbara",
             "Weronika"]
PL_SURNAMES = [("Nowak", "Nowak"), ("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"), ("Wójcik", "Wójcik"),
               ("Kowalczyk", "Kowalczyk"), ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"),
               ("Zieliński", "Zielińska"), ("Szymański", "Szymańska"), ("Woźniak", "Woźniak"),
               ("Dąbrowski", "Dąbrowska"), ("Kozłowski", "Kozłowska"), ("Jankowski", "Jankowska"), ("Mazur", "Mazur"),
               ("Kwiatkowski", "Kwiatkowska"), ("Krawczyk", "Krawczyk"), ("Piotrowski", "Piotrowska"),
               ("Grabowski", "Grabowska"), ("Pawłowski", "Pawłowska"), ("Michalski", "Michalska"),
               ("Zając", "Zając"), ("Król", "Król"), ("Wieczorek", "Wieczorek"), ("Jabłoński", "Jabłońska"),
               ("Wróbel", "Wróbel"), ("Majewski", "Majewska"), ("Olszewski", "Olszewska"), ("Stępień", "Stępień"),
               ("Malinowski", "Malinowska"), ("Górski", "Górska"), ("Sikora", "Sikora"), ("Baran", "Baran")]

#: Japanese names: (kanji, katakana reading)
JP_SURNAMES = [("佐藤", "サトウ"), ("鈴木", "スズキ"), ("高橋", "タカハシ"), ("田中", "タナカ"), ("伊藤", "イトウ"),
               ("渡辺", "ワタナベ"), ("山本", "ヤマモト"), ("中村", "ナカムラ"), ("小林", "コバヤシ"), ("加藤", "カトウ"),
               ("吉田", "ヨシダ"), ("山田", "ヤマダ"), ("佐々木", "ササキ"), ("山口", "ヤマグチ"), ("松本", "マツモト"),
               ("井上", "イノウエ"), ("木村", "キムラ"), ("林", "ハヤシ"), ("斎藤", "サイトウ"), ("清水", "シミズ"),
               ("山崎", "ヤマザキ"), ("森", "モリ"), ("池田", "イケダ"), ("橋本", "ハシモト"), ("阿部", "アベ"),
               ("石川", "イシカワ"), ("望月", "モチヅキ"), ("杉山", "スギヤマ"), ("大石", "オオイシ"), ("増田", "マスダ")]
JP_MALE = [("翔太", "ショウタ"), ("大輔", "ダイスケ"), ("健太", "ケンタ"), ("拓也", "タクヤ"), ("直樹", "ナオキ"),
           ("浩二", "コウジ"), ("誠", "マコト"), ("隆", "タカシ"), ("和也", "カズヤ"), ("悠斗", "ユウト"), ("蓮", "レン"),
           ("博之", "ヒロユキ"), ("正人", "マサト"), ("修", "オサム")]
JP_FEMALE = [("陽子", "ヨウコ"), ("恵子", "ケイコ"), ("由美", "ユミ"), ("美咲", "ミサキ"), ("彩", "アヤ"),
             ("真由美", "マユミ"), ("智子", "トモコ"), ("愛", "アイ"), ("結衣", "ユイ"), ("陽菜", "ヒナ"),
             ("久美子", "クミコ"), ("幸子", "サチコ"), ("千尋", "チヒロ"), ("香織", "カオリ")]


def person(g: Gen, country: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, surname) pair of ``country`` (``us``, ``uk``, ``ca``, ``au``, ``ie``, ``in``, ``nl``)."""
    female = g.rnd.random() < 0.5 if female is None else female
    groups = NAMES[country]
    _, males, females, lasts = g.rnd.choices(groups, [x[0] for x in groups])[0]
    return g.rnd.choice(females if female else males), g.rnd.choice(lasts)


def relative(g: Gen, country: str, surname: str, female: bool) -> str:
    """A given name from the same group as ``surname`` (a parent's or spouse's name)."""
    groups = [x for x in NAMES[country] if surname in x[3]] or NAMES[country]
    return g.rnd.choice(g.rnd.choice(groups)[2 if female else 1])


def whole(g: Gen, country: str = "us") -> str:
    a, b = person(g, country)
    return f"{a} {b}"


def given(g: Gen, country: str = "us", female: bool | None = None) -> str:
    return person(g, country, female)[0]


def pl_person(g: Gen, female: bool) -> tuple[str, str]:
    surname = g.rnd.choice(PL_SURNAMES)
    return g.rnd.choice(PL_FEMALE if female else PL_MALE), surname[1 if female else 0]


def jp_person(g: Gen, female: bool | None = None) -> tuple[tuple[str, str], tuple[str, str]]:
    """((surname kanji, reading), (given kanji, reading))."""
    female = g.rnd.random() < 0.5 if female is None else female
    return g.rnd.choice(JP_SURNAMES), g.rnd.choice(JP_FEMALE if female else JP_MALE)


_HALF = {unicodedata.normalize("NFKC", chr(code)): chr(code) for code in range(0xFF66, 0xFF9E)}


def half_kana(text: str) -> str:
    """Full-width katakana as the half-width katakana shipping labels use (``サトウ`` -> ``ｻﾄｳ``)."""
    out = []
    for ch in unicodedata.normalize("NFD", text):
        if ch == "\u3099":
            out.append("\uff9e")
        elif ch == "\u309a":
            out.append("\uff9f")
        else:
            out.append(_HALF.get(ch, ch))
    return "".join(out)


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(70, 99)}", f"{b}{a[:2]}", f"{a}.{b}{g.rnd.randint(1, 9)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first), plain(last)
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a}{b[:3]}"][style % 5]


DOMAINS = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "comcast.net",
           "att.net", "live.com", "me.com"],
    "uk": ["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "btinternet.com", "icloud.com",
           "live.co.uk", "sky.com", "googlemail.com", "aol.co.uk"],
    "ca": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.ca", "eastlink.ca", "bell.net", "rogers.com",
           "icloud.com", "sympatico.ca", "shaw.ca"],
    "au": ["gmail.com", "bigpond.com", "hotmail.com", "outlook.com", "icloud.com", "yahoo.com.au", "optusnet.com.au",
           "live.com.au", "bigpond.net.au", "iinet.net.au"],
    "ie": ["gmail.com", "hotmail.com", "eircom.net", "outlook.com", "icloud.com", "yahoo.ie", "live.ie",
           "hotmail.co.uk"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com"],
    "nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "xs4all.nl",
           "icloud.com", "planet.nl", "home.nl"],
    "pl": ["gmail.com", "wp.pl", "onet.pl", "o2.pl", "interia.pl", "op.pl", "outlook.com", "poczta.fm"],
    "jp": ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "icloud.com", "nifty.com",
           "outlook.jp"],
}


# -- places (written for v51) ------------------------------------------------------------------------------------------

#: UK: (post town, outward codes)
UK_TOWNS: list[tuple[str, list[str]]] = [
    ("Stoke-on-Trent", ["ST1", "ST3", "ST4", "ST6"]), ("Newcastle-under-Lyme", ["ST5"]), ("Stafford", ["ST16", "ST17"]),
    ("Manchester", ["M14", "M20", "M21", "M4", "M19"]), ("Salford", ["M6", "M50"]), ("Stockport", ["SK1", "SK4"]),
    ("Leeds", ["LS6", "LS8", "LS11", "LS17"]), ("Sheffield", ["S7", "S10", "S11"]),
    ("Birmingham", ["B13", "B29", "B17"]),
    ("Bristol", ["BS3", "BS6", "BS7"]), ("Cardiff", ["CF11", "CF14", "CF24"]), ("Swansea", ["SA1", "SA2"]),
    ("Glasgow", ["G12", "G41", "G3"]), ("Edinburgh", ["EH6", "EH10", "EH3"]), ("Aberdeen", ["AB10", "AB15"]),
    ("Nottingham", ["NG5", "NG7", "NG9"]), ("Leicester", ["LE2", "LE3"]), ("Norwich", ["NR2", "NR3"]),
    ("Brighton", ["BN1", "BN2"]), ("London", ["E17", "N16", "SE22", "SW12", "W5", "NW6"]), ("Bolton", ["BL1", "BL3"]),
    ("Crewe", ["CW1", "CW2"]), ("Newcastle upon Tyne", ["NE2", "NE6"]), ("York", ["YO10", "YO24"]),
    ("Exeter", ["EX1", "EX4"]), ("Derby", ["DE1", "DE22"]), ("Preston", ["PR1", "PR2"]), ("Belfast", ["BT7", "BT9"]),
]
UK_STREETS = ["Church Lane", "Victoria Road", "Park Avenue", "Mill Street", "Station Road", "The Crescent",
              "Oakfield Close", "Beechwood Drive", "Meadow View", "Queens Road", "Windsor Terrace", "Lime Grove",
              "Hollybush Lane", "Carlton Street", "Albert Road", "Chapel Street", "Springfield Avenue", "Grange Road",
              "Hawthorn Way", "Kingsway", "Rosemount Gardens", "Willow Court", "Brook Street", "Highfield Road",
              "Manor Way", "St John's Road", "Elm Tree Walk", "Clarence Street", "Ashbourne Road", "Heron Drive"]
UK_LOCALITIES = ["Hanley", "Burslem", "Longton", "Didsbury", "Chorlton", "Headingley", "Roundhay", "Kings Heath",
                 "Bishopston", "Canton", "Partick", "Leith", "Beeston", "Jesmond", "Walthamstow", "Balham"]
_UK_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def uk_town(g: Gen) -> tuple[str, list[str]]:
    return g.rnd.choice(UK_TOWNS)


def uk_postcode(g: Gen, town: tuple[str, list[str]]) -> str:
    return f"{g.rnd.choice(town[1])} {g.rnd.randint(1, 9)}{g.rnd.choice(_UK_LETTERS)}{g.rnd.choice(_UK_LETTERS)}"


def uk_street(g: Gen) -> str:
    n, s = g.rnd.randint(1, 240), g.rnd.choice(UK_STREETS)
    return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"{n} {s}", f"Flat {g.rnd.randint(1, 24)}, {n} {s}",
                         f"{n}{g.rnd.choice('ab')} {s}"])


#: US: (city, state, ZIP lead, area codes)
US_CITIES: list[tuple[str, str, str, list[str]]] = [
    ("Denver", "CO", "802", ["303", "720"]), ("Austin", "TX", "787", ["512", "737"]),
    ("Houston", "TX", "770", ["713", "832"]),
    ("Phoenix", "AZ", "850", ["602", "480"]), ("Atlanta", "GA", "303", ["404", "678"]),
    ("Charlotte", "NC", "282", ["704"]),
    ("Nashville", "TN", "372", ["615"]), ("Chicago", "IL", "606", ["312", "773"]),
    ("Minneapolis", "MN", "554", ["612"]),
    ("Seattle", "WA", "981", ["206"]), ("Portland", "OR", "972", ["503", "971"]), ("Sacramento", "CA", "958", ["916"]),
    ("San Diego", "CA", "921", ["619", "858"]), ("Miami", "FL", "331", ["305", "786"]), ("Tampa", "FL", "336", ["813"]),
    ("Raleigh", "NC", "276", ["919"]), ("Philadelphia", "PA", "191", ["215", "267"]),
    ("Brooklyn", "NY", "112", ["718", "347"]),
    ("Boston", "MA", "021", ["617"]), ("Kansas City", "MO", "641", ["816"]), ("Salt Lake City", "UT", "841", ["801"]),
    ("Albuquerque", "NM", "871", ["505"]), ("Omaha", "NE", "681", ["402"]), ("Louisville", "KY", "402", ["502"]),
    ("Madison", "WI", "537", ["608"]), ("Richmond", "VA", "232", ["804"]), ("Boise", "ID", "837", ["208"]),
]
#: Ohio: (city, ZIP lead, area codes)
OH_CITIES: list[tuple[str, str, list[str]]] = [
    ("Columbus", "432", ["614"]), ("Dublin", "430", ["614"]), ("Westerville", "430", ["614"]),
    ("Akron", "443", ["330"]),
    ("Canton", "447", ["330"]), ("Toledo", "436", ["419"]), ("Dayton", "454", ["937"]), ("Cincinnati", "452", ["513"]),
    ("Cleveland", "441", ["216"]), ("Mentor", "440", ["440"]), ("Mansfield", "449", ["419"]),
    ("Zanesville", "437", ["740"]),
]
US_STREETS = ["Maple Ave", "Oak St", "Cedar Ln", "Pine Ridge Dr", "Willow Creek Rd", "Sunset Blvd", "Lakeview Dr",
              "Hickory Hollow Ln", "Meadowbrook Ct", "Washington St", "Jefferson Ave", "Magnolia Way", "Birch Rd",
              "Prairie View Dr", "Cottonwood Trl", "Ridgecrest Cir", "Elmwood Ave", "Sycamore St", "Park Place",
              "Brookside Dr", "High St", "Broad St", "Dogwood Ln", "Chestnut Hill Rd", "Fox Run Dr"]


def us_street(g: Gen) -> str:
    n, s = g.rnd.randint(10, 19_999), g.rnd.choice(US_STREETS)
    return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"{n} {s}", f"{n} {s} Apt {g.rnd.randint(1, 40)}",
                         f"{n} {s} Unit {g.rnd.randint(1, 12)}{g.rnd.choice('ABCD')}"])


def us_zip(g: Gen, lead: str, plus4: float = 0.0) -> str:
    z = lead + g.digits(2)
    return f"{z}-{g.digits(4)}" if g.rnd.random() < plus4 else z


#: Canada: (city, province, forward sortation areas, area codes)
CA_CITIES: list[tuple[str, str, list[str], list[str]]] = [
    ("Halifax", "NS", ["B3H", "B3K", "B3L", "B3M"], ["902", "782"]), ("Dartmouth", "NS", ["B2Y", "B2W"], ["902"]),
    ("Truro", "NS", ["B2N"], ["902"]), ("Sydney", "NS", ["B1P", "B1S"], ["902"]), ("Lunenburg", "NS", ["B0J"], ["902"]),
    ("Wolfville", "NS", ["B4P"], ["902"]), ("Moncton", "NB", ["E1C", "E1A"], ["506"]),
    ("Fredericton", "NB", ["E3B"], ["506"]),
    ("Charlottetown", "PE", ["C1A"], ["902"]), ("St. John's", "NL", ["A1B", "A1C"], ["709"]),
    ("Toronto", "ON", ["M4C", "M5V", "M6H", "M4L"], ["416", "647"]), ("Mississauga", "ON", ["L5B", "L5M"], ["905"]),
    ("Ottawa", "ON", ["K1N", "K2P", "K1S"], ["613"]), ("Hamilton", "ON", ["L8P", "L8M"], ["905"]),
    ("London", "ON", ["N6A", "N5Y"], ["519"]), ("Kitchener", "ON", ["N2G", "N2H"], ["519"]),
    ("Brampton", "ON", ["L6T", "L6Y"], ["905"]), ("Oakville", "ON", ["L6J", "L6H"], ["905"]),
    ("Markham", "ON", ["L3R", "L6C"], ["905"]), ("Barrie", "ON", ["L4M", "L4N"], ["705"]),
    ("Sudbury", "ON", ["P3A", "P3E"], ["705"]), ("Kingston", "ON", ["K7L", "K7M"], ["613"]),
    ("Windsor", "ON", ["N9A", "N8X"], ["519"]), ("Montréal", "QC", ["H2J", "H3H"], ["514"]),
]
CA_STREETS = ["Spring Garden Rd", "Quinpool Rd", "Robie St", "Young St", "Main St", "Queen St", "King St W",
              "Bayers Rd", "Portland St", "Pleasant St", "Maple Grove Ave", "Lakeshore Rd", "Dundas St E",
              "Bloor St W", "Elgin St", "Water St", "Prince St", "Birchwood Cres", "Oceanview Dr", "Harbourside Ln"]
_CA_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"


def ca_postcode(g: Gen, fsa: str) -> str:
    return f"{fsa} {g.rnd.randint(0, 9)}{g.rnd.choice(_CA_LETTERS)}{g.rnd.randint(0, 9)}"


def ca_street(g: Gen) -> str:
    n, s = g.rnd.randint(5, 9_999), g.rnd.choice(CA_STREETS)
    return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"{g.rnd.randint(101, 2405)}-{n} {s}",
                         f"{n} {s}, Unit {g.rnd.randint(1, 30)}"])


#: Ireland: (town, county, Eircode routing keys)
IE_TOWNS: list[tuple[str, str, list[str]]] = [
    ("Galway", "Co. Galway", ["H91"]), ("Oranmore", "Co. Galway", ["H91"]), ("Clifden", "Co. Galway", ["H71"]),
    ("Westport", "Co. Mayo", ["F28"]), ("Castlebar", "Co. Mayo", ["F23"]), ("Ennis", "Co. Clare", ["V95"]),
    ("Limerick", "Co. Limerick", ["V94"]), ("Cork", "Co. Cork", ["T12", "T23"]), ("Kinsale", "Co. Cork", ["P17"]),
    ("Dublin 6", "Co. Dublin", ["D06"]), ("Dublin 8", "Co. Dublin", ["D08"]), ("Dublin 15", "Co. Dublin", ["D15"]),
    ("Bray", "Co. Wicklow", ["A98"]), ("Swords", "Co. Dublin", ["K67"]), ("Kilkenny", "Co. Kilkenny", ["R95"]),
    ("Sligo", "Co. Sligo", ["F91"]), ("Athlone", "Co. Westmeath", ["N37"]), ("Letterkenny", "Co. Donegal", ["F92"]),
    ("Tralee", "Co. Kerry", ["V92"]), ("Waterford", "Co. Waterford", ["X91"]), ("Drogheda", "Co. Louth", ["A92"]),
]
IE_STREETS = ["Sea Road", "Main Street", "Bóthar na Trá", "Father Griffin Road", "College Road", "Church Street",
              "The Crescent", "Cois Cuain", "Ard na Gréine", "Woodlands Park", "Riverside Drive", "Castle Street",
              "Abbey Row", "Mill Lane", "Ballymoneen Road"]
_EIR = "ACDEFHKNPRTVWXY"


def ie_eircode(g: Gen, key: str) -> str:
    return f"{key} {g.rnd.choice(_EIR)}{g.digits(3, _EIR + '0123456789')}"


def ie_street(g: Gen) -> str:
    n, s = g.rnd.randint(1, 140), g.rnd.choice(IE_STREETS)
    return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"Apt {g.rnd.randint(1, 30)}, The Maltings, {s}",
                         f"{g.rnd.choice(['Rosebank', 'Cnoc Mhuire', 'Seaview', 'Ashgrove'])}, {s}"])


#: India: (city, state code, pincode lead)
IN_CITIES: list[tuple[str, str, str]] = [
    ("Bengaluru", "KA", "560"), ("Mumbai", "MH", "400"), ("Pune", "MH", "411"), ("Hyderabad", "TG", "500"),
    ("Chennai", "TN", "600"), ("Kolkata", "WB", "700"), ("New Delhi", "DL", "110"), ("Gurugram", "HR", "122"),
    ("Noida", "UP", "201"), ("Jaipur", "RJ", "302"), ("Ahmedabad", "GJ", "380"), ("Lucknow", "UP", "226"),
    ("Kochi", "KL", "682"), ("Indore", "MP", "452"), ("Bhubaneswar", "OD", "751"), ("Coimbatore", "TN", "641"),
    ("Chandigarh", "CH", "160"), ("Nagpur", "MH", "440"), ("Visakhapatnam", "AP", "530"), ("Patna", "BR", "800"),
    ("Mysuru", "KA", "570"), ("Thane", "MH", "400"),
]
IN_LOCALITIES = ["HSR Layout", "Koramangala 5th Block", "Indiranagar", "Whitefield", "Andheri West", "Powai",
                 "Baner Road", "Kothrud", "Gachibowli", "Madhapur", "Anna Nagar", "Velachery", "Salt Lake Sector V",
                 "Dwarka Sector 12", "DLF Phase 3", "Sector 62", "Malviya Nagar", "Navrangpura", "Gomti Nagar",
                 "Kakkanad", "Vijay Nagar", "Saheed Nagar"]
IN_BUILDINGS = ["Sai Krupa Apartments", "Green Park Society", "Prestige Lakeside", "Shanti Niketan", "Sunrise Towers",
                "Gokul Residency", "Lotus Enclave", "Brigade Gardenia", "Shree Ganesh CHS", "Royal Palms"]


CROSS = ["1st", "2nd", "3rd", "4th", "5th", "8th", "11th"]


def in_address(g: Gen) -> str:
    loc, bld = g.rnd.choice(IN_LOCALITIES), g.rnd.choice(IN_BUILDINGS)
    return g.rnd.choice([f"Flat {g.rnd.randint(1, 14)}0{g.rnd.randint(1, 8)}, {bld}, {loc}",
                         f"H.No. {g.rnd.randint(1, 20)}-{g.rnd.randint(1, 9)}-{g.rnd.randint(10, 400)}, {loc}",
                         f"{g.rnd.choice('ABCD')}-{g.rnd.randint(101, 1204)}, {bld}, {loc}",
                         f"{g.rnd.randint(1, 60)}, {g.rnd.choice(CROSS)} Cross, {loc}"])


def in_pincode(g: Gen, lead: str) -> str:
    return lead + f"{g.rnd.randint(1, 99):03d}"


#: Netherlands: (woonplaats, postcode range)
NL_PLACES: list[tuple[str, int, int]] = [
    ("Utrecht", 3511, 3585), ("Amsterdam", 1011, 1109), ("Rotterdam", 3011, 3089), ("Den Haag", 2491, 2597),
    ("Eindhoven", 5611, 5658), ("Groningen", 9711, 9747), ("Nijmegen", 6511, 6546), ("Haarlem", 2011, 2037),
    ("Amersfoort", 3811, 3829), ("Zwolle", 8011, 8046), ("Leiden", 2311, 2334), ("Maastricht", 6211, 6229),
    ("Tilburg", 5011, 5049), ("Arnhem", 6811, 6846), ("Delft", 2611, 2629), ("Houten", 3991, 3995),
    ("Zeist", 3701, 3709), ("Breda", 4811, 4841),
]
NL_STREETS = ["Oudegracht", "Biltstraat", "Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Prinsengracht",
              "Lange Nieuwstraat", "Julianalaan", "Wilhelminastraat", "Beatrixlaan", "Zonnebloemstraat",
              "Vondellaan", "Merelstraat", "Schoolstraat", "Hoofdstraat", "Emmalaan", "Rembrandtlaan"]


def nl_postcode(g: Gen, place: tuple[str, int, int]) -> str:
    def make() -> str:
        letters = "ABCEGHJKLMNPRSTVWXZ"
        return f"{g.rnd.randint(place[1], place[2])} {g.rnd.choice(letters)}{g.rnd.choice(letters)}"

    return g.valid(make, lambda p: p[-2:] not in ("SA", "SD", "SS"))


#: Poland: (city, voivodeship, postal-code prefixes)
PL_CITIES: list[tuple[str, str, list[str]]] = [
    ("Warszawa", "mazowieckie", ["00", "01", "02", "03", "04"]), ("Kraków", "małopolskie", ["30", "31"]),
    ("Wrocław", "dolnośląskie", ["50", "51", "53", "54"]), ("Poznań", "wielkopolskie", ["60", "61"]),
    ("Gdańsk", "pomorskie", ["80"]), ("Łódź", "łódzkie", ["90", "91", "93", "94"]), ("Katowice", "śląskie", ["40"]),
    ("Lublin", "lubelskie", ["20"]), ("Białystok", "podlaskie", ["15"]), ("Rzeszów", "podkarpackie", ["35"]),
    ("Szczecin", "zachodniopomorskie", ["70", "71"]), ("Bydgoszcz", "kujawsko-pomorskie", ["85"]),
    ("Toruń", "kujawsko-pomorskie", ["87"]), ("Kielce", "świętokrzyskie", ["25"]),
    ("Olsztyn", "warmińsko-mazurskie", ["10"]),
    ("Opole", "opolskie", ["45"]), ("Gdynia", "pomorskie", ["81"]), ("Częstochowa", "śląskie", ["42"]),
]
PL_STREETS = ["ul. Długa", "ul. Mickiewicza", "ul. Słowackiego", "ul. Kościuszki", "ul. Piłsudskiego", "ul. Polna",
              "ul. Leśna", "ul. Ogrodowa", "ul. Krakowska", "al. Jana Pawła II", "os. Kalinowe", "ul. Sienkiewicza",
              "ul. Konopnickiej", "ul. Lipowa", "ul. Kwiatowa", "ul. Zielona", "ul. Reymonta", "ul. 3 Maja"]


def pl_street(g: Gen) -> str:
    s, n = g.rnd.choice(PL_STREETS), g.rnd.randint(1, 160)
    return g.rnd.choice([f"{s} {n}", f"{s} {n}/{g.rnd.randint(1, 80)}",
                         f"{s} {n}{g.rnd.choice('ABC')} m. {g.rnd.randint(1, 40)}"])


#: Japan: (prefecture, city or ward, postcode lead)
JP_PLACES: list[tuple[str, str, str]] = [
    ("東京都", "世田谷区", "154"), ("東京都", "杉並区", "166"), ("神奈川県", "横浜市港北区", "222"),
    ("静岡県", "静岡市葵区", "420"), ("静岡県", "浜松市中央区", "430"), ("愛知県", "名古屋市千種区", "464"),
    ("大阪府", "大阪市北区", "530"), ("京都府", "京都市左京区", "606"), ("福岡県", "福岡市中央区", "810"),
    ("北海道", "札幌市中央区", "060"), ("宮城県", "仙台市青葉区", "980"), ("埼玉県", "さいたま市浦和区", "330"),
    ("千葉県", "船橋市", "273"), ("兵庫県", "神戸市東灘区", "658"), ("広島県", "広島市中区", "730"),
    ("静岡県", "藤枝市", "426"), ("静岡県", "島田市", "427"),
]
JP_TOWNS = ["本町", "中町", "桜木町", "緑が丘", "若葉台", "東町", "旭町", "栄町", "上石田", "北沢", "宮前", "青葉台"]
JP_BUILDINGS = ["グランメゾン", "サンハイツ", "パークサイド", "コーポ", "ライオンズマンション", "メゾン"]


def jp_address(g: Gen, place: tuple[str, str, str]) -> str:
    return (f"{place[0]}{place[1]}{g.rnd.choice(JP_TOWNS)}{g.rnd.randint(1, 5)}丁目"
            f"{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 25)}")


def jp_postcode(g: Gen, place: tuple[str, str, str]) -> str:
    return f"{place[2]}-{g.digits(4)}"


# -- identifiers with check digits -------------------------------------------------------------------------------------


def card(g: Gen, brands: tuple[str, ...] = ("visa", "mc", "amex", "disc"), spaced: float = 0.0) -> str:
    """A number passing Luhn with a Visa, Mastercard, Amex, Discover or RuPay prefix."""
    prefixes = {"visa": ("4", 16), "mc": (g.rnd.choice(["51", "53", "55", "2221", "2720"]), 16), "amex": ("37", 15),
                "disc": ("6011", 16), "rupay": (g.rnd.choice(["6521", "6522", "6070", "8172"]), 16)}
    prefix, length = prefixes[g.rnd.choice(brands)]
    body = prefix + g.digits(length - len(prefix) - 1)
    number = body + luhn.calc_check_digit(body)
    if g.rnd.random() < spaced:
        return " ".join(number[i:i + 4] for i in range(0, len(number), 4))
    return number


#: BBAN: (digits after the bank code, bank codes)
BBAN = {"GB": (14, ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SRLG", "MONZ", "NAIA"]),
        "IE": (14, ["AIBK", "BOFI", "IPBS", "ULSB", "PTSB"]),
        "NL": (10, ["INGB", "RABO", "ABNA", "SNSB", "TRIO", "ASNB", "BUNQ", "KNAB"]),
        "PL": (24, [""])}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed; python-stdnum checks it)."""
    length, banks = BBAN[country]

    def make() -> str:
        bban = g.rnd.choice(banks) + g.digits(length)
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def pl_nrb(g: Gen) -> str:
    """A Polish account number (NRB: an IBAN without ``PL``) written ``12 1020 3456 ...``."""
    number = iban(g, "PL")[2:]
    return number[:2] + " " + " ".join(number[i:i + 4] for i in range(2, 26, 4))


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 665):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}"

    number = g.valid(make, _ssn.is_valid)
    return number if dashed else number.replace("-", "")


def aadhaar(g: Gen, spaced: bool = True) -> str:
    def make() -> str:
        body = str(g.rnd.randint(2, 9)) + g.digits(10)
        return body + verhoeff.calc_check_digit(body)

    number = g.valid(make, _aadhaar.is_valid)
    return f"{number[:4]} {number[4:8]} {number[8:]}" if spaced else number


def pan(g: Gen, surname: str) -> str:
    """An individual's PAN: three letters, ``P``, the surname's initial, four digits, a letter."""
    initial = (plain(surname)[:1] or "K").upper()
    number = g.code("AAA") + "P" + initial + f"{g.rnd.randint(1, 9999):04d}" + g.code("A")
    assert _pan.is_valid(number)
    return number


def pesel(g: Gen, born: date, female: bool) -> str:
    """A PESEL encoding ``born`` and the sex (python-stdnum checks it)."""
    month = born.month + (20 if born.year >= 2000 else 0)
    serial = g.digits(3) + str(g.rnd.choice("02468" if female else "13579"))
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial}"
    number = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(number)
    return number


def gb_utr(g: Gen) -> str:
    body = g.digits(9)
    number = _utr.calc_check_digit(body) + body
    assert _utr.is_valid(number)
    return number


def ie_pps(g: Gen) -> str:
    return g.valid(lambda: g.digits(7) + g.rnd.choice("ABCDEFGHIJKLMNOPQRSTUVW") + g.rnd.choice(["", "", "A"]),
                   _pps.is_valid)


def gb_vat(g: Gen) -> str:
    number = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(8), _gbvat.is_valid)
    return "GB" + number if g.rnd.random() < 0.6 else f"GB {number[:3]} {number[3:7]} {number[7:]}"


def ie_vat(g: Gen) -> str:
    return "IE" + g.valid(lambda: g.digits(7) + g.rnd.choice("ABCDEFGHIJKLMNOPQRSTUVW"), _ievat.is_valid)


def pl_nip(g: Gen) -> str:
    number = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(9), _nip.is_valid)
    return number if g.rnd.random() < 0.6 else f"{number[:3]}-{number[3:6]}-{number[6:8]}-{number[8:]}"


def gtin(g: Gen, length: int = 13, prefix: str = "50") -> str:
    """A GTIN (EAN-13 or UPC-A) with its check digit."""
    body = prefix + g.digits(length - 1 - len(prefix))
    number = body + _ean.calc_check_digit(body)
    assert _ean.is_valid(number)
    return number


def s10_check(serial: str) -> str:
    """The UPU S10 check digit of an 8-digit serial (Royal Mail tracked items)."""
    total = sum(int(d) * w for d, w in zip(serial, (8, 6, 4, 2, 3, 5, 9, 7)))
    check = 11 - total % 11
    return {10: "0", 11: "5"}.get(check, str(check))


def royal_mail(g: Gen) -> str:
    serial = g.digits(8)
    return f"{g.rnd.choice(['JV', 'JW', 'KU', 'LX', 'RP', 'TT'])}{serial}{s10_check(serial)}GB"


def aba_routing(g: Gen) -> str:
    """A US ABA routing number (weights 3, 7, 1)."""

    def make() -> str:
        return g.rnd.choice(["0", "1", "2", "3"]) + g.digits(8)

    return g.valid(make, lambda x: sum(int(d) * w for d, w in zip(x, (3, 7, 1) * 3)) % 10 == 0)


def yamato_slip(g: Gen) -> str:
    """A Yamato transport slip number: 11 digits and their remainder modulo 7."""
    body = str(g.rnd.randint(2, 8)) + g.digits(10)
    return f"{body}{int(body) % 7}"


def luhn_card(g: Gen, prefix: str, length: int) -> str:
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)


# -- businesses, products and decoys (written for v51) -----------------------------------------------------------------

USER_AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36",
    ("Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 "
    "Mobile/15E148 Safari/604.1"),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
    "Safari/605.1.15"),
    ("Mozilla/5.0 (Linux; Android 15; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile "
    "Safari/537.36"),
    ("Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
    "[FBAN/FBIOS;FBAV/492.0.0.40.107]"),
]
#: homeware titles in a Stoke-on-Trent pottery shop, several carrying designers' or range names
UK_HOMEWARE = [
    ("Emma Bridgewater Polka Dot 1/2 Pint Mug", "EB-MUG-PD-05", 24.95, "Emma Bridgewater"),
    ("Emma Bridgewater Hen & Toast Small Plate", "EB-PLT-HT-02", 21.50, "Emma Bridgewater"),
    ("Sophie Allport Bees Tea Towel", "SA-TT-BEES", 12.50, "Sophie Allport"),
    ("Burleigh Blue Calico Jug 568ml", "BU-JUG-BC-568", 42.00, "Burleigh"),
    ("Hartwell & Finch Stoneware Pasta Bowl – Sage", "HF-BWL-SG-01", 18.00, "Hartwell & Finch"),
    ("Hartwell & Finch Seconds Mug – Oatmeal", "HF-MUG-OT-2ND", 9.00, "Hartwell & Finch"),
    ("The Harriet Teapot (6 cup)", "HF-TPT-HAR-6", 48.00, "Hartwell & Finch"),
    ("Wedgwood Jasper Conran Mug", "WW-JC-MUG", 19.99, "Wedgwood"),
    ("Portmeirion Botanic Garden Teacup & Saucer", "PM-BG-TCS", 26.00, "Portmeirion"),
    ("Gift Card £25", "GIFT-25", 25.00, "Hartwell & Finch"),
    ("Beatrix Potter Peter Rabbit Bowl", "BP-PR-BWL", 16.50, "Portmeirion"),
]
US_FOOTWEAR = [("The Harper Chelsea Boot", "HRP-CHB"), ("Wallace Wool Slipper", "WLC-SLP"),
               ("Eleanor Ballet Flat", "ELN-BLF"), ("The Jackson Work Boot", "JKS-WKB"),
               ("Maggie Mary Jane", "MGG-MJN"), ("Theo Suede Loafer", "THO-LFR"), ("Ruth Trail Runner", "RTH-TRL"),
               ("Cobble Everyday Sneaker", "CBL-SNK"), ("Pine Duck Boot", "PIN-DCK"), ("Dolores Clog", "DLR-CLG")]
def office_phone_us(g: Gen) -> str:
    """A store's line in the fictional 555-01xx range."""
    return f"({g.rnd.choice(['614', '330', '419', '513', '937'])}) 555-01{g.rnd.randint(0, 99):02d}"
