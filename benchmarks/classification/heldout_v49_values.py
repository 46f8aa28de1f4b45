"""Values of held-out set v49 (:mod:`benchmarks.classification.heldout_v49`): v49's random source, names, streets,
cities and postal codes written by hand for v49 (no Faker, no list of real people), phones checked with phonenumbers
and identifiers with check digits computed and checked with python-stdnum (the Singapore NRIC/FIN and the Brazilian
PIS/NIS, which python-stdnum has no module for, with their published check-digit rules, checked here).

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers follow v27's value module; the phone maker, the lists and the identifier builders are new.
"""

from __future__ import annotations

import base64
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
from stdnum import luhn, verhoeff
from stdnum.au import abn as _abn
from stdnum.au import tfn as _tfn
from stdnum.br import cnpj as _cnpj
from stdnum.br import cpf as _cpf
from stdnum.ca import sin as _sin
from stdnum.fr import nir as _nir
from stdnum.fr import siren as _siren
from stdnum.fr import siret as _siret
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.nz import bankaccount as _nzbank
from stdnum.nz import ird as _ird
from stdnum.sg import uen as _uen
from stdnum.us import rtn as _rtn
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _zaid

from benchmarks.classification.heldout_v2 import Column

SEED = 49_207_2026
N = "none"
#: a login or public display handle (review, as in v27)
USERNAME = "unclassified"
#: NULL-like strings of v49's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "Null", "n/a", "N/A", "NA", "na", "none", "None", "unknown", "Unknown",
    "UNKNOWN", "?", "#N/A", "nil", "<null>", "0", "TBC", "tbc", "N.A.", "000-00-0000", "000000000",
    "test@example.com", "noemail@none.com", "na@na.com", "nao informado", "não informado", "néant", "RAS", "keine",
    "k.A.", ".", "x", "XXX")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v49:{SEED}:{table}")

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
        for _ in range(50_000):
            value = make()
            if ok(value):
                return value
        raise RuntimeError("no valid value")

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rnd.getrandbits(128), version=4))

    def hex(self, n: int) -> str:
        return self.digits(n, "0123456789abcdef")

    def md5(self) -> str:
        return hashlib.md5(str(self.rnd.random()).encode(), usedforsecurity=False).hexdigest()

    def ipv4(self) -> str:
        first = self.rnd.choice([24, 49, 58, 73, 81, 86, 92, 103, 115, 122, 151, 165, 175, 197, 203])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2001:8003", "2406:3003", "2a00:23c7", "2600:1700", "2407:7000", "2401:4900"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(6))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True, leads: list[str] | None = None) -> str:
        """A valid number of ``region`` (a mobile or a landline) written as ``fmt``: ``e164``, ``intl``,
        ``national``, ``digits`` (the national form's digits, trunk prefix kept), ``nsn`` (no trunk prefix),
        ``dashes`` or ``dots`` (North America: 612-555-0199 style; elsewhere the national form)."""
        default, length = (PHONE_MOBILE if mobile else PHONE_FIXED)[region]
        leads = leads or default
        code = phonenumbers.country_code_for_region(region)

        def make() -> str:
            lead = self.rnd.choice(leads)
            return lead + self.digits(length - len(lead))

        def ok(candidate: str) -> bool:
            number = phonenumbers.parse(f"+{code}{candidate}")
            if not phonenumbers.is_valid_number(number):
                return False
            kind = phonenumbers.number_type(number)
            wanted = {phonenumbers.PhoneNumberType.MOBILE} if mobile else {phonenumbers.PhoneNumberType.FIXED_LINE}
            return kind in wanted | {phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}

        number = phonenumbers.parse(f"+{code}{self.valid(make, ok)}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        if fmt == "nsn":
            return phonenumbers.national_significant_number(number)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        d = "".join(ch for ch in national if ch.isdigit())
        if fmt == "digits":
            return d
        if fmt in ("dashes", "dots") and region in ("US", "CA"):
            sep = "-" if fmt == "dashes" else "."
            return f"{d[:3]}{sep}{d[3:6]}{sep}{d[6:]}"
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


#: region -> (leading digits of the national significant number, its length) for mobiles and landlines
PHONE_MOBILE: dict[str, tuple[list[str], int]] = {
    "US": (["612", "651", "763", "952", "507", "218", "404", "470", "678", "770", "615", "629", "865", "423"], 10),
    "CA": (["403", "587", "825", "780", "368", "604", "416", "647", "306", "204"], 10),
    "GB": (["74", "75", "77", "78", "79"], 10),
    "AU": (["40", "41", "42", "43", "44", "45", "46", "47", "48", "49"], 9),
    "NZ": (["21", "22", "27", "20"], 9),
    "IN": (["98", "99", "97", "96", "95", "94", "93", "91", "90", "89", "88", "87", "86", "85", "84", "83", "82",
            "81", "80", "79", "78", "77", "76", "75", "74", "73", "72", "70", "63", "62"], 10),
    "SG": (["8", "9"], 8),
    "ZA": (["60", "61", "62", "63", "64", "71", "72", "73", "74", "76", "78", "79", "81", "82", "83", "84"], 9),
    "DE": (["151", "152", "157", "160", "162", "163", "170", "171", "172", "173", "175", "176", "177", "178",
            "179"], 11),
    "FR": (["6", "7"], 9),
    "BR": (["519", "549", "419", "119", "219", "319", "719", "819"], 11),
}
PHONE_FIXED: dict[str, tuple[list[str], int]] = {
    "US": (["612", "651", "952", "404", "770", "615"], 10),
    "CA": (["403", "780", "604", "416"], 10),
    "GB": (["161", "113", "117", "121", "114", "1274", "29"], 10),
    "AU": (["39", "38", "29", "28", "73"], 9),
    "NZ": (["68", "69", "93", "94", "38", "48"], 8),
    "IN": (["8041", "8042", "8067", "4442", "4023", "2024"], 10),
    "SG": (["62", "63", "64", "65", "66", "67", "68"], 8),
    "ZA": (["11", "21", "31", "12"], 9),
    "DE": (["89", "841", "911", "711", "6221"], 10),
    "FR": (["472", "478", "476", "477", "473", "450"], 9),
    "BR": (["513", "514", "413", "113", "313"], 10),
}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v49) -------------------------------------------------------------------------------------------

#: origin -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    # the United States (a Minnesota food plant, a Nashville health-tech, an Atlanta consultancy)
    "us_white": (["James", "Michael", "Robert", "David", "William", "Christopher", "Matthew", "Joshua", "Andrew",
                  "Ryan", "Tyler", "Brandon", "Kevin", "Brian", "Jason", "Eric", "Nathan", "Kyle", "Dustin", "Cody",
                  "Garrett", "Logan"],
                 ["Jennifer", "Jessica", "Ashley", "Amanda", "Sarah", "Emily", "Megan", "Lauren", "Rachel", "Heather",
                  "Brittany", "Stephanie", "Nicole", "Kayla", "Hannah", "Abigail", "Madison", "Courtney", "Molly",
                  "Kristin"],
                 ["Johnson", "Anderson", "Olson", "Peterson", "Larson", "Nelson", "Swanson", "Miller", "Davis",
                  "Wilson", "Thompson", "Martin", "Clark", "Lewis", "Walker", "Hall", "Young", "Allen", "Wright",
                  "King", "Baker", "Adams", "Campbell", "Mitchell", "Carter", "Phillips", "Evans", "Turner",
                  "Kowalski", "Schmitz", "Becker", "Lindgren", "Hanson", "Jorgenson", "McAllister", "Sullivan"]),
    "us_black": (["Darnell", "Jamal", "DeShawn", "Terrence", "Marcus", "Andre", "Malik", "Tyrone", "Jerome",
                  "Cedric", "Xavier"],
                 ["Aaliyah", "Imani", "Keisha", "Latoya", "Shanice", "Ebony", "Tamika", "Jasmine", "Destiny",
                  "Monique", "Kiara"],
                 ["Washington", "Jefferson", "Jackson", "Robinson", "Harris", "Coleman", "Brooks", "Freeman", "Banks",
                  "Gaines", "Mosley", "Dixon", "Holloway", "Whitfield"]),
    "us_hispanic": (["José", "Luis", "Carlos", "Juan", "Miguel", "Jorge", "Alejandro", "Diego", "Ricardo", "Héctor",
                     "Jesús"],
                    ["María", "Guadalupe", "Alejandra", "Daniela", "Gabriela", "Mariana", "Valeria", "Ximena",
                     "Yesenia", "Araceli"],
                    ["García", "Rodríguez", "Martínez", "Hernández", "López", "González", "Pérez", "Sánchez",
                     "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Morales", "Reyes", "Cruz", "Ortiz"]),
    "us_asian": (["Wei", "Jun", "Minh", "Hiroshi", "Sung-min", "Raj", "Vikram", "Anil", "Daniel", "Kenji"],
                 ["Mei", "Lin", "Thuy", "Yuki", "Ji-yeon", "Priya", "Anjali", "Neha", "Grace", "Hana"],
                 ["Nguyen", "Tran", "Le", "Pham", "Kim", "Park", "Lee", "Chen", "Wang", "Liu", "Zhang", "Patel",
                  "Shah", "Gupta", "Tanaka", "Yamamoto"]),
    "us_somali": (["Abdirahman", "Mohamed", "Abdullahi", "Hassan", "Ahmed", "Abdikadir"],
                  ["Hodan", "Fadumo", "Amina", "Hawa", "Sahra", "Ifrah"],
                  ["Hassan", "Abdi", "Ali", "Warsame", "Farah", "Mohamud", "Jama", "Osman", "Yusuf"]),
    "us_hmong": (["Tou", "Pao", "Chue", "Kou", "Fue", "Nhia"],
                 ["Mai", "Pa", "Ka", "Nou", "Bao", "Yer"],
                 ["Vang", "Xiong", "Yang", "Thao", "Lor", "Moua", "Her", "Lee"]),
    # the United Kingdom (Manchester, Leeds, Bristol, Birmingham, Glasgow, Cardiff)
    "uk_white": (["Oliver", "Harry", "George", "Jack", "Thomas", "Daniel", "Luke", "Callum", "Liam", "Connor",
                  "Jamie", "Rhys", "Owen", "Alfie", "Ben", "Craig", "Gareth", "Stuart", "Euan", "Ewan"],
                 ["Olivia", "Amelia", "Emily", "Sophie", "Chloe", "Charlotte", "Holly", "Megan", "Lucy", "Ellie",
                  "Bethany", "Jade", "Niamh", "Freya", "Gemma", "Kirsty", "Siân", "Eilidh"],
                 ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Davies", "Robinson", "Wright",
                  "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Clarke", "Hughes",
                  "Edwards", "Lloyd", "Morgan", "Price", "Barker", "Holmes", "Fletcher", "Shaw", "Ackroyd",
                  "Sutcliffe", "MacLeod", "Fraser", "O'Brien", "Murphy", "Pritchard"]),
    "uk_south_asian": (["Mohammed", "Imran", "Bilal", "Zain", "Adeel", "Harpreet", "Rajesh", "Sanjay", "Arjun",
                        "Kamran"],
                       ["Aisha", "Fatima", "Zara", "Sana", "Ayesha", "Priya", "Nisha", "Simran", "Rubina"],
                       ["Khan", "Hussain", "Ahmed", "Begum", "Ali", "Patel", "Mistry", "Sandhu", "Gill", "Kaur",
                        "Chowdhury", "Rahman", "Iqbal", "Akhtar", "Mahmood"]),
    "uk_black": (["Kwame", "Tunde", "Emeka", "Chinedu", "Kofi", "Jermaine", "Dwayne", "Tyrell"],
                 ["Adaeze", "Chioma", "Folake", "Abena", "Shanice", "Jada", "Tianna", "Nia"],
                 ["Okafor", "Adeyemi", "Mensah", "Owusu", "Boateng", "Campbell", "Grant", "Francis", "Bailey",
                  "Okonkwo", "Asante"]),
    "uk_polish": (["Piotr", "Tomasz", "Łukasz", "Krzysztof", "Marcin"],
                  ["Katarzyna", "Agnieszka", "Magdalena", "Joanna"],
                  ["Nowak", "Kowalczyk", "Wiśniewski", "Zieliński", "Wójcik"]),
    # Canada (Alberta, with British Columbia, Ontario and the Prairies)
    "ca_anglo": (["Liam", "Noah", "Ethan", "Logan", "Owen", "Carter", "Hunter", "Brett", "Colton", "Jordan",
                  "Dylan"],
                 ["Ava", "Emma", "Chloe", "Brooke", "Kaitlyn", "Madison", "Paige", "Taylor", "Jenna", "Morgan"],
                 ["Smith", "Brown", "MacDonald", "Campbell", "Stewart", "Wilson", "Anderson", "Morrison", "Fraser",
                  "Robertson", "Gillespie", "Kerr", "Friesen", "Klassen", "Penner", "Wiebe"]),
    "ca_french": (["Mathieu", "Étienne", "Olivier", "Maxime"],
                  ["Geneviève", "Émilie", "Marie-Ève", "Catherine"],
                  ["Tremblay", "Roy", "Gagnon", "Bouchard", "Côté", "Gauthier", "Lavoie", "Bélanger"]),
    "ca_punjabi": (["Gurpreet", "Harjit", "Jaspreet", "Navdeep", "Amandeep", "Sukhwinder"],
                   ["Manpreet", "Harleen", "Rajdeep", "Simranjit", "Kiranjot"],
                   ["Sidhu", "Dhaliwal", "Grewal", "Brar", "Sandhu", "Gill", "Toor"]),
    "ca_chinese": (["Kevin", "Jason", "Wei", "Ming", "Eric"],
                   ["Jessica", "Michelle", "Xin", "Ling", "Vivian"],
                   ["Wong", "Chan", "Li", "Lam", "Leung", "Cheung", "Ho"]),
    "ca_filipino": (["Jerome", "Mark Anthony", "Paolo", "Rommel"],
                    ["Maria Luisa", "Kristine", "Jocelyn", "Maricel"],
                    ["Santos", "Reyes", "Dela Cruz", "Bautista", "Mendoza", "Villanueva"]),
    "ca_indigenous": (["Tyson", "Darcy", "Wade"],
                      ["Shayla", "Kendra", "Tanis"],
                      ["Cardinal", "Laboucan", "Morin", "Whitehead", "Bearspaw", "Crowchild"]),
    # Australia (Victoria, with New South Wales)
    "au_anglo": (["Jack", "Oliver", "Lachlan", "Cooper", "Mitchell", "Hamish", "Jayden", "Nathan", "Brodie", "Riley",
                  "Bailey"],
                 ["Charlotte", "Mia", "Isla", "Grace", "Chloe", "Jessica", "Tahlia", "Brooke", "Ella", "Matilda",
                  "Rebecca"],
                 ["Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Kelly", "Ryan", "O'Connor", "Murphy",
                  "McKenzie", "Harrison", "Fitzgerald", "Walsh", "Hughes", "Doyle"]),
    "au_greek_italian": (["Nikos", "Georgios", "Dimitri", "Marco", "Luca", "Giuseppe"],
                         ["Eleni", "Sophia", "Katerina", "Francesca", "Giulia"],
                         ["Papadopoulos", "Georgiou", "Karagiannis", "Nikolaidis", "Rossi", "Russo", "Romano",
                          "Costa"]),
    "au_asian": (["Minh", "Duc", "Huy", "Jason", "Wei", "Rohan", "Aditya"],
                 ["Linh", "Thao", "Ngoc", "Jenny", "Mei", "Ananya"],
                 ["Nguyen", "Tran", "Le", "Pham", "Vo", "Chen", "Wang", "Zhang", "Sharma", "Kumar"]),
    "au_lebanese": (["Elias", "Karim", "Joseph", "Tony"],
                    ["Rania", "Maya", "Nadine"],
                    ["Haddad", "Khoury", "Nasser", "Saliba", "Karam"]),
    # New Zealand and the Pacific (Hawke's Bay orchards, RSE workers)
    "nz_pakeha": (["Sam", "Josh", "Ben", "Tom", "Hamish", "Angus", "Blair"],
                  ["Ella", "Sophie", "Georgia", "Kate", "Hannah", "Brooke"],
                  ["Smith", "Wilson", "Thompson", "Anderson", "Campbell", "Stewart", "Robertson", "McDonald"]),
    "nz_maori": (["Wiremu", "Tama", "Rāwiri", "Nikau", "Hemi", "Tane"],
                 ["Aroha", "Mere", "Anahera", "Kiri", "Ngaire", "Hine"],
                 ["Ngata", "Tipene", "Parata", "Tawhiri", "Te Whare", "Hohaia", "Rangi", "Pomare", "Paewai"]),
    "tongan": (["Sione", "Viliami", "Sitani", "Tevita", "Semisi"],
               ["Mele", "Losana", "Salote", "Ana"],
               ["Taufa", "Fifita", "Tupou", "Vake", "Kioa", "Havili", "Lolohea"]),
    "samoan": (["Tavita", "Ioane", "Malaki", "Sefo"],
               ["Lagi", "Sina", "Talia", "Losa"],
               ["Faleolo", "Tuilagi", "Leota", "Sapolu", "Aumua", "Fa'amausili", "Tuiasosopo"]),
    "nivan": (["Kalo", "Jimmy", "Willie", "Serge"],
              ["Leimara", "Nerry", "Annie"],
              ["Tari", "Kalsakau", "Natapei", "Moli", "Bule", "Tabi"]),
    # India (Bengaluru IT services: north and south Indian, Bengali, Marathi, Muslim and Christian names)
    "in_north": (["Rahul", "Amit", "Rohit", "Vikas", "Ankit", "Saurabh", "Nitin", "Gaurav", "Abhishek", "Varun"],
                 ["Pooja", "Neha", "Priyanka", "Shweta", "Kavita", "Swati", "Ritu", "Deepika", "Anjali", "Shruti"],
                 ["Sharma", "Verma", "Gupta", "Agarwal", "Singh", "Mishra", "Tiwari", "Yadav", "Chauhan", "Saxena",
                  "Srivastava", "Jain", "Malhotra", "Kapoor"]),
    "in_south": (["Karthik", "Venkatesh", "Srinivas", "Arun", "Prasanth", "Naveen", "Suresh", "Harish", "Rajesh"],
                 ["Lakshmi", "Divya", "Sowmya", "Deepa", "Keerthana", "Meenakshi", "Priya", "Swathi", "Anusha"],
                 ["Iyer", "Iyengar", "Nair", "Menon", "Reddy", "Rao", "Naidu", "Krishnan", "Subramanian", "Raghavan",
                  "Hegde", "Shetty", "Gowda", "Pillai"]),
    "in_east_west": (["Sourav", "Arnab", "Debashish", "Aniket", "Omkar", "Sagar"],
                     ["Ananya", "Moumita", "Rituparna", "Sneha", "Pallavi", "Rutuja"],
                     ["Banerjee", "Mukherjee", "Chatterjee", "Das", "Ghosh", "Bose", "Patil", "Kulkarni",
                      "Deshpande", "Joshi", "Jadhav", "Pawar"]),
    "in_muslim_christian": (["Mohammed", "Imran", "Faizan", "Sameer", "Jobin", "Anto", "Jijo"],
                            ["Ayesha", "Fatima", "Sana", "Nazia", "Anitha", "Reshma", "Jincy"],
                            ["Khan", "Shaikh", "Ansari", "Qureshi", "Siddiqui", "Joseph", "Thomas", "Varghese",
                             "D'Souza", "Fernandes"]),
    # South Africa (Gauteng and the Western Cape)
    "za_nguni_sotho": (["Sipho", "Thabo", "Themba", "Bongani", "Mandla", "Sibusiso", "Lwazi", "Siyabonga", "Tebogo",
                        "Kagiso", "Tumelo", "Karabo"],
                       ["Nomvula", "Thandeka", "Zanele", "Lindiwe", "Nokuthula", "Ayanda", "Lerato", "Palesa",
                        "Refilwe", "Dineo", "Naledi", "Boitumelo"],
                       ["Dlamini", "Nkosi", "Ndlovu", "Khumalo", "Zulu", "Mthembu", "Ngcobo", "Mahlangu", "Mokoena",
                        "Molefe", "Sithole", "Modise", "Letsoalo", "Maseko", "Mabaso", "Radebe"]),
    "za_afrikaans": (["Pieter", "Johan", "Kobus", "Hendrik", "Wian", "Ruan", "Francois", "Gerhard"],
                     ["Annelie", "Marike", "Elmarie", "Liezl", "Carien", "Anri", "Mareli"],
                     ["van der Merwe", "Botha", "Pretorius", "du Plessis", "Venter", "Nel", "Coetzee", "Steyn",
                      "Fourie", "Joubert", "van Wyk", "Swanepoel"]),
    "za_english": (["Craig", "Gareth", "Wayne", "Brendan", "Warren"],
                   ["Candice", "Nicole", "Tarryn", "Kirsty", "Bronwyn"],
                   ["Smith", "Williams", "Turner", "Bradley", "Marais"]),
    "za_indian": (["Kreshen", "Pravin", "Yuvan", "Devan", "Ashwin"],
                  ["Kershnie", "Nalini", "Preshni", "Sharlene"],
                  ["Naidoo", "Pillay", "Govender", "Moodley", "Reddy", "Chetty", "Padayachee"]),
    "za_cape": (["Ebrahim", "Riyaad", "Faizel", "Nathan"],
                ["Fatima", "Shireen", "Nasiegha", "Chantal"],
                ["Adams", "Isaacs", "Jacobs", "Petersen", "Hendricks", "Davids", "Abrahams", "February"]),
    # Germany (Bavaria), France (Auvergne-Rhône-Alpes), Brazil (Rio Grande do Sul and the south-east)
    "de": (["Lukas", "Jonas", "Maximilian", "Tobias", "Florian", "Sebastian", "Stefan", "Andreas", "Michael",
            "Thomas", "Markus", "Jan", "Felix", "Matthias", "Christian", "Mehmet", "Emre", "Dariusz"],
           ["Anna", "Lena", "Laura", "Julia", "Sarah", "Katharina", "Lisa", "Sabine", "Stefanie", "Nicole", "Claudia",
            "Franziska", "Johanna", "Sophie", "Ayşe", "Elif", "Jelena"],
           ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
            "Koch", "Bauer", "Richter", "Wolf", "Schröder", "Neumann", "Huber", "Maier", "Brandl", "Gruber",
            "Zimmermann", "Hartmann", "Lechner", "Obermeier", "Yılmaz", "Kaya", "Öztürk", "Nowak", "Petrović"]),
    "fr": (["Thomas", "Nicolas", "Julien", "Maxime", "Antoine", "Alexandre", "Kévin", "Romain", "Guillaume", "Hugo",
            "Mathieu", "Pierre", "Benoît", "Karim", "Yassine", "Mehdi", "Mamadou", "Ibrahima"],
           ["Camille", "Léa", "Manon", "Chloé", "Julie", "Marine", "Émilie", "Sarah", "Laura", "Pauline", "Céline",
            "Aurélie", "Mathilde", "Inès", "Yasmina", "Nadia", "Aminata", "Fatoumata"],
           ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
            "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "Bertrand", "Roux", "Vincent", "Fournier", "Morel",
            "Girard", "Mercier", "Dupont", "Lambert", "Bonnet", "Faure", "Benali", "Haddad", "Bouzid", "Mansouri",
            "Da Silva", "Pereira", "Diallo", "Traoré", "Koné", "Chevalier"]),
    "br": (["João", "Pedro", "Lucas", "Gabriel", "Matheus", "Rafael", "Gustavo", "Felipe", "Bruno", "Thiago",
            "Rodrigo", "Leonardo", "Carlos Eduardo", "José Carlos", "Antônio", "Vinícius"],
           ["Maria Eduarda", "Ana Clara", "Juliana", "Fernanda", "Camila", "Beatriz", "Larissa", "Amanda", "Letícia",
            "Gabriela", "Patrícia", "Aline", "Vanessa", "Francisca", "Luana"],
           ["Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima", "Gomes",
            "Costa", "Ribeiro", "Martins", "Carvalho", "Almeida", "Lopes", "Soares", "Fernandes", "Vieira",
            "Barbosa", "Rocha", "Dias", "Nascimento", "Andrade", "Moreira", "Nunes", "Machado", "Mendes",
            "Cardoso", "Schmitt", "Tanaka", "Becker"]),
}

#: country -> origins (weights) of its people
ORIGINS: dict[str, dict[str, float]] = {
    "us": {"us_white": 6, "us_black": 2, "us_hispanic": 2, "us_asian": 1.5, "us_somali": 0.8, "us_hmong": 0.7},
    "uk": {"uk_white": 6, "uk_south_asian": 2, "uk_black": 1.5, "uk_polish": 0.8},
    "ca": {"ca_anglo": 5, "ca_french": 1, "ca_punjabi": 1.5, "ca_chinese": 1.2, "ca_filipino": 1,
           "ca_indigenous": 0.6},
    "au": {"au_anglo": 5, "au_greek_italian": 1.5, "au_asian": 2, "au_lebanese": 0.8},
    "nz": {"nz_pakeha": 2, "nz_maori": 2, "tongan": 2.5, "samoan": 2, "nivan": 2},
    "in": {"in_north": 3, "in_south": 4, "in_east_west": 2, "in_muslim_christian": 1.5},
    "za": {"za_nguni_sotho": 6, "za_afrikaans": 2.5, "za_english": 1, "za_indian": 1.2, "za_cape": 1},
    "de": {"de": 1}, "fr": {"fr": 1}, "br": {"br": 1},
}


def person(g: Gen, country: str = "us", female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    origins = ORIGINS[country]
    origin = g.rnd.choices(list(origins), list(origins.values()))[0]
    males, females, lasts = NAMES[origin]
    return g.rnd.choice(females if female else males), g.rnd.choice(lasts)


def whole(g: Gen, country: str = "us") -> str:
    a, b = person(g, country)
    return f"{a} {b}"


def given(g: Gen, country: str = "us") -> str:
    return person(g, country)[0]


def family(g: Gen, country: str = "us") -> str:
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
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a[0]}{b[:7]}01"][style % 5]


#: personal e-mail domains by country
DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "comcast.net",
           "proton.me"],
    "uk": ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com", "live.co.uk",
           "sky.com"],
    "ca": ["gmail.com", "hotmail.com", "outlook.com", "shaw.ca", "telus.net", "yahoo.ca", "icloud.com"],
    "au": ["gmail.com", "hotmail.com", "outlook.com", "bigpond.com", "icloud.com", "yahoo.com.au", "optusnet.com.au"],
    "nz": ["gmail.com", "xtra.co.nz", "hotmail.com", "outlook.com"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com", "hotmail.com"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "outlook.com", "icloud.com"],
    "sg": ["gmail.com", "yahoo.com.sg", "hotmail.com", "singnet.com.sg"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr", "hotmail.fr"],
    "br": ["gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com", "uol.com.br", "bol.com.br"],
}


def email(g: Gen, country: str = "us") -> str:
    return email_of(g, *person(g, country), DOMAINS[country])


# -- Singapore: names as written on an NRIC or a work pass -------------------------------------------------------------

SG_CHINESE_SURNAMES = ["Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua", "Chan", "Koh", "Teo", "Ang", "Yeo",
                       "Tay", "Ho", "Low", "Toh", "Sim", "Chong", "Phua"]
SG_CHINESE_GIVEN = ["Wei Ming", "Jun Jie", "Zhi Hao", "Kai Xiang", "Jia Hui", "Hui Min", "Xin Yi", "Mei Ling",
                    "Shu Fen", "Li Ting", "Boon Keng", "Siew Lan", "Yong Sheng", "Pei Shan", "Wen Jun", "Chee Meng"]
SG_CHINESE_ENGLISH = ["Jason", "Melissa", "Daniel", "Germaine", "Ivan", "Cheryl", "Desmond", "Valerie", "Benjamin"]
SG_MALAY_MALE = ["Muhammad Faizal", "Ahmad Firdaus", "Mohamed Hafiz", "Nur Azman", "Muhammad Syafiq", "Iskandar"]
SG_MALAY_FEMALE = ["Nurul Huda", "Siti Aishah", "Nur Farhana", "Nur Syahirah", "Zarina", "Siti Nurhaliza"]
SG_MALAY_FATHERS = ["Abdul Rahman", "Ismail", "Osman", "Rahim", "Yusof", "Hamid", "Salleh", "Jaafar"]
SG_INDIAN_MALE = ["Rajendran", "Suresh", "Karthik", "Vignesh", "Muthu", "Ganesh"]
SG_INDIAN_FEMALE = ["Kavitha", "Deepa", "Priya", "Revathi", "Malathi", "Shalini"]
SG_INDIAN_FATHERS = ["Ramasamy", "Subramaniam", "Krishnan", "Govindasamy", "Arumugam", "Perumal"]
#: foreign workers' names by nationality (full names as on the passport)
SG_FOREIGN: dict[str, list[str]] = {
    "Bangladeshi": ["Md Rahim Uddin", "Md Shahidul Islam", "Mohammad Alamgir Hossain", "Md Jahangir Alam",
                    "Rubel Miah", "Sohel Rana", "Md Kamrul Hasan"],
    "Malaysian": ["Lee Chong Hock", "Tan Siew Mei", "Muhammad Hakim bin Zainal", "Kavin a/l Maniam",
                  "Wong Kar Yan", "Nurul Ain binti Mahmud"],
    "Chinese": ["Zhang Wei", "Liu Yang", "Wang Fang", "Li Na", "Chen Jie", "Zhao Lei"],
    "Indian": ["Ramesh Kumar Selvam", "Senthil Murugan", "Arunachalam Prakash", "Divya Bharathi"],
    "Filipino": ["Maricel Santos", "Jennifer Dela Cruz", "Mark Joseph Reyes", "Rowena Bautista"],
    "Myanmar": ["Aung Kyaw Moe", "Thandar Win", "Zaw Min Htet", "Ei Mon Kyaw"],
}


def sg_local(g: Gen) -> str:
    roll = g.rnd.random()
    female = g.rnd.random() < 0.5
    if roll < 0.62:
        name = f"{g.rnd.choice(SG_CHINESE_SURNAMES)} {g.rnd.choice(SG_CHINESE_GIVEN)}"
        return f"{g.rnd.choice(SG_CHINESE_ENGLISH)} {name}" if g.rnd.random() < 0.3 else name
    if roll < 0.85:
        own = g.rnd.choice(SG_MALAY_FEMALE if female else SG_MALAY_MALE)
        return f"{own} {'binte' if female else 'bin'} {g.rnd.choice(SG_MALAY_FATHERS)}"
    own = g.rnd.choice(SG_INDIAN_FEMALE if female else SG_INDIAN_MALE)
    return f"{own} {'d/o' if female else 's/o'} {g.rnd.choice(SG_INDIAN_FATHERS)}"


# -- places (written for v49) ------------------------------------------------------------------------------------------

#: (city, state, ZIP lead) of Minnesota, Georgia and Tennessee
US_CITIES: list[tuple[str, str, str]] = [
    ("Minneapolis", "MN", "554"), ("Saint Paul", "MN", "551"), ("Rochester", "MN", "559"), ("Duluth", "MN", "558"),
    ("Mankato", "MN", "560"), ("Bloomington", "MN", "554"), ("St. Cloud", "MN", "563"), ("Eagan", "MN", "551"),
    ("Owatonna", "MN", "550"), ("Atlanta", "GA", "303"), ("Marietta", "GA", "300"), ("Decatur", "GA", "300"),
    ("Savannah", "GA", "314"), ("Athens", "GA", "306"), ("Nashville", "TN", "372"), ("Franklin", "TN", "370"),
    ("Murfreesboro", "TN", "371"), ("Knoxville", "TN", "379"), ("Chattanooga", "TN", "374"),
]
US_STREETS = ["Nicollet Ave", "Hennepin Ave S", "Lyndale Ave N", "Grand Ave", "Summit Ave", "Como Ave", "E Lake St",
              "Cedar Ave S", "Penn Ave N", "Peachtree St NE", "Ponce de Leon Ave", "Piedmont Rd NE", "Moreland Ave SE",
              "Abercorn St", "West End Ave", "Nolensville Pike", "Charlotte Pike", "Gallatin Pike", "Belmont Blvd",
              "Oak Ridge Dr", "Maple Ln", "Willow Creek Rd", "Birch Ct", "County Road 42", "Prairie View Trl"]


def us_city(g: Gen, states: tuple[str, ...] = ()) -> tuple[str, str, str]:
    pool = [p for p in US_CITIES if not states or p[1] in states]
    return g.rnd.choice(pool)


def us_zip(g: Gen, lead: str, plus4: float = 0.0) -> str:
    z = lead + g.digits(2)
    return f"{z}-{g.digits(4)}" if g.rnd.random() < plus4 else z


def us_street(g: Gen) -> str:
    n = g.rnd.randint(101, 19999)
    s = g.rnd.choice(US_STREETS)
    return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"{n} {s} Apt {g.rnd.randint(1, 40)}",
                         f"{n} {s} Unit {g.rnd.randint(1, 12)}{g.rnd.choice('ABC')}",
                         f"{n} {s} #{g.rnd.randint(2, 9)}"])


#: (town, outward-code area, districts) of England, Wales and Scotland
UK_TOWNS: list[tuple[str, str, tuple[int, int]]] = [
    ("Manchester", "M", (1, 40)), ("Salford", "M", (5, 7)), ("Stockport", "SK", (1, 8)), ("Leeds", "LS", (1, 29)),
    ("Bradford", "BD", (1, 24)), ("Bristol", "BS", (1, 16)), ("Birmingham", "B", (1, 76)), ("Sheffield", "S", (1, 36)),
    ("Cardiff", "CF", (10, 24)), ("Glasgow", "G", (1, 84)), ("Newcastle upon Tyne", "NE", (1, 15)),
    ("Liverpool", "L", (1, 36)), ("Nottingham", "NG", (1, 11)), ("Bolton", "BL", (1, 7)), ("Wigan", "WN", (1, 8)),
]
UK_STREETS = ["Wilmslow Road", "Oxford Road", "Burton Road", "Stockport Road", "Headingley Lane", "Otley Road",
              "Roundhay Road", "Gloucester Road", "Church Street", "Victoria Road", "Station Road", "Mill Lane",
              "Park Avenue", "Albert Terrace", "Ashfield Close", "Rosebery Avenue", "Kings Road", "Queen's Drive",
              "Beech Grove", "Chapel Street", "Moor Lane", "Highfield Crescent", "Laburnum Way", "Alexandra Road"]
POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def uk_place(g: Gen) -> tuple[str, str]:
    """A town and a postcode of it (outward code from its area and districts, inward code random)."""
    town, area, (lo, hi) = g.rnd.choice(UK_TOWNS)
    outward = f"{area}{g.rnd.randint(lo, hi)}"
    return town, f"{outward} {g.rnd.randint(1, 9)}{g.rnd.choice(POSTCODE_LETTERS)}{g.rnd.choice(POSTCODE_LETTERS)}"


def uk_street(g: Gen) -> str:
    n = g.rnd.randint(1, 240)
    s = g.rnd.choice(UK_STREETS)
    return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"Flat {g.rnd.randint(1, 24)}, {n} {s}", f"{n}a {s}"])


#: (city, province, first letters of its postal codes)
CA_CITIES: list[tuple[str, str, str]] = [
    ("Calgary", "AB", "T2T3"), ("Edmonton", "AB", "T5T6"), ("Red Deer", "AB", "T4"), ("Lethbridge", "AB", "T1"),
    ("Airdrie", "AB", "T4"), ("Cochrane", "AB", "T4"), ("Okotoks", "AB", "T1"), ("Vancouver", "BC", "V5V6"),
    ("Kelowna", "BC", "V1"), ("Saskatoon", "SK", "S7"), ("Regina", "SK", "S4"), ("Winnipeg", "MB", "R2R3"),
    ("Toronto", "ON", "M4M5M6"),
]
CA_STREETS = ["17 Ave SW", "Macleod Trail SE", "Crowchild Trail NW", "Edmonton Trail NE", "Bow Trail SW",
              "Memorial Dr NW", "Elbow Dr SW", "Whyte Ave NW", "Jasper Ave", "Saddlecrest Blvd NE", "Evanston Dr NW",
              "Auburn Bay Blvd SE", "Cranston Dr SE", "Tuscany Way NW", "Sage Hill Grv NW", "Coventry Hills Way NE"]
CA_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"


def ca_postal(g: Gen, prefixes: str, spaced: bool = True) -> str:
    lead = prefixes[2 * g.rnd.randrange(len(prefixes) // 2):][:2] if len(prefixes) > 2 else prefixes
    if len(lead) == 1:
        lead += str(g.rnd.randint(1, 9))
    code = f"{lead}{g.rnd.choice(CA_LETTERS)}"
    tail = f"{g.rnd.randint(0, 9)}{g.rnd.choice(CA_LETTERS)}{g.rnd.randint(0, 9)}"
    return f"{code} {tail}" if spaced else f"{code}{tail}"


def ca_street(g: Gen) -> str:
    n = g.rnd.randint(10, 9999)
    s = g.rnd.choice(CA_STREETS)
    return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"{g.rnd.randint(101, 2408)}-{n} {s}",
                         f"{n} {s} #{g.rnd.randint(2, 30)}"])


#: (suburb, state, postcode) in Victoria and New South Wales
AU_SUBURBS: list[tuple[str, str, str]] = [
    ("Fitzroy", "VIC", "3065"), ("Brunswick", "VIC", "3056"), ("Richmond", "VIC", "3121"),
    ("Footscray", "VIC", "3011"), ("Box Hill", "VIC", "3128"), ("Dandenong", "VIC", "3175"),
    ("Frankston", "VIC", "3199"), ("Werribee", "VIC", "3030"), ("Glen Waverley", "VIC", "3150"),
    ("Sunshine", "VIC", "3020"), ("Preston", "VIC", "3072"), ("Geelong", "VIC", "3220"), ("Ballarat", "VIC", "3350"),
    ("Bendigo", "VIC", "3550"), ("Craigieburn", "VIC", "3064"), ("Parramatta", "NSW", "2150"),
    ("Newtown", "NSW", "2042"), ("Blacktown", "NSW", "2148"), ("Wollongong", "NSW", "2500"),
]
AU_STREETS = ["Sydney Rd", "Smith St", "Brunswick St", "Chapel St", "High St", "Nicholson St", "Lygon St",
              "Station St", "Gardenvale Rd", "Wattle Ave", "Banksia Cres", "Kookaburra Ct", "Bellarine St",
              "Mitchell St", "Church St", "Waratah Pde"]


def au_street(g: Gen) -> str:
    n = g.rnd.randint(1, 420)
    s = g.rnd.choice(AU_STREETS)
    return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"{g.rnd.randint(1, 30)}/{n} {s}",
                         f"Unit {g.rnd.randint(1, 12)}, {n} {s}"])


#: (city, PIN code lead, localities)
IN_CITIES: list[tuple[str, str, str, list[str]]] = [
    ("Bengaluru", "Karnataka", "560", ["Whitefield", "Jayanagar 4th Block", "HSR Layout", "Koramangala 5th Block",
                                       "Marathahalli", "Electronic City Phase 1", "Indiranagar", "Yelahanka New Town"]),
    ("Chennai", "Tamil Nadu", "600", ["Velachery", "Anna Nagar West", "T. Nagar", "Adyar", "Tambaram"]),
    ("Hyderabad", "Telangana", "500", ["Gachibowli", "Kondapur", "Kukatpally", "Madhapur", "Ameerpet"]),
    ("Pune", "Maharashtra", "411", ["Hinjewadi Phase 2", "Kothrud", "Wakad", "Viman Nagar", "Baner"]),
    ("Kolkata", "West Bengal", "700", ["Salt Lake Sector V", "Behala", "Dum Dum", "New Town"]),
    ("Noida", "Uttar Pradesh", "201", ["Sector 62", "Sector 137", "Sector 18"]),
    ("Kochi", "Kerala", "682", ["Kakkanad", "Edappally", "Palarivattom"]),
    ("Mysuru", "Karnataka", "570", ["Vijayanagar 2nd Stage", "Kuvempunagar"]),
    ("Lucknow", "Uttar Pradesh", "226", ["Gomti Nagar", "Aliganj", "Indira Nagar"]),
    ("Coimbatore", "Tamil Nadu", "641", ["RS Puram", "Peelamedu", "Saibaba Colony"]),
]
IN_BUILDINGS = ["Prestige Lakeside Habitat", "Sobha Dream Acres", "Brigade Metropolis", "Shriram Greenfield",
                "My Home Avatar", "Purva Riviera", "Mantri Espana", "Godrej Woodsman Estate", "Sai Krupa Residency"]
IN_ROADS = ["Varthur Road", "5th Main", "27th Cross", "Outer Ring Road", "Old Airport Road", "Station Road",
            "Temple Street", "MG Road", "Nehru Nagar Main Road"]


def in_address(g: Gen, city: tuple[str, str, str, list[str]]) -> str:
    locality = g.rnd.choice(city[3])
    return g.rnd.choice([
        f"Flat {g.rnd.randint(1, 19)}{g.rnd.randint(1, 12):02d}, {g.rnd.choice(IN_BUILDINGS)}, {locality}",
        f"No. {g.rnd.randint(1, 480)}, {g.rnd.choice(IN_ROADS)}, {locality}",
        f"H.No. {g.rnd.randint(1, 20)}-{g.rnd.randint(1, 9)}-{g.rnd.randint(10, 480)}, {locality}",
        f"{g.rnd.choice('ABCD')}-{g.rnd.randint(101, 1204)}, {g.rnd.choice(IN_BUILDINGS)}, {locality}, {city[0]}",
    ])


#: (estate, postal sector, street) of Singapore HDB towns
SG_TOWNS: list[tuple[str, str, list[str]]] = [
    ("Ang Mo Kio", "56", ["Ang Mo Kio Ave 10", "Ang Mo Kio Ave 3"]),
    ("Jurong West", "64", ["Jurong West St 41", "Jurong West St 91"]),
    ("Tampines", "52", ["Tampines St 81", "Tampines Ave 4"]),
    ("Woodlands", "73", ["Woodlands Dr 14", "Woodlands Ave 6"]),
    ("Bedok", "46", ["Bedok North Rd", "Bedok Reservoir Rd"]),
    ("Yishun", "76", ["Yishun Ring Rd", "Yishun Ave 11"]),
    ("Punggol", "82", ["Punggol Field", "Edgefield Plains"]),
    ("Sengkang", "54", ["Sengkang East Way", "Compassvale Dr"]),
    ("Toa Payoh", "31", ["Toa Payoh Lor 8", "Toa Payoh Lor 1"]),
    ("Bukit Batok", "65", ["Bukit Batok West Ave 6"]),
    ("Hougang", "53", ["Hougang Ave 8", "Hougang St 22"]),
]
SG_DORMS = [("Tuas South Dormitory", "8 Tuas South St 12", "637057"),
            ("Kranji Lodge 1", "10 Kranji Rd", "739517"), ("Sungei Tengah Lodge", "500 Old Choa Chu Kang Rd", "698924")]


def sg_home(g: Gen) -> tuple[str, str]:
    _, sector, streets = g.rnd.choice(SG_TOWNS)
    blk = g.rnd.randint(101, 899)
    line = f"Blk {blk} {g.rnd.choice(streets)}, #{g.rnd.randint(2, 16):02d}-{g.rnd.randint(10, 999)}"
    return line, f"{sector}{blk:03d}{g.rnd.randint(0, 9)}"[:6]


#: (commune, postal code, INSEE département and commune of birth)
FR_COMMUNES: list[tuple[str, str, str]] = [
    ("Lyon", "69003", "69123"), ("Lyon", "69007", "69123"), ("Villeurbanne", "69100", "69266"),
    ("Vénissieux", "69200", "69259"), ("Grenoble", "38000", "38185"), ("Échirolles", "38130", "38151"),
    ("Saint-Étienne", "42000", "42218"), ("Clermont-Ferrand", "63000", "63113"), ("Annecy", "74000", "74010"),
    ("Chambéry", "73000", "73065"), ("Valence", "26000", "26362"), ("Bourg-en-Bresse", "01000", "01053"),
    ("Roanne", "42300", "42187"), ("Vaulx-en-Velin", "69120", "69256"),
]
#: places of birth abroad: (city, country code of INSEE as the commune, département 99)
FR_ABROAD = [("Alger", "352"), ("Casablanca", "350"), ("Tunis", "351"), ("Porto", "139"), ("Dakar", "341"),
             ("Bamako", "335")]
FR_STREETS = ["rue de la République", "avenue Jean Jaurès", "cours Lafayette", "rue Garibaldi", "boulevard des Belges",
              "chemin des Vignes", "allée des Tilleuls", "rue Victor Hugo", "impasse des Lilas", "avenue Berthelot",
              "rue Paul Bert", "montée de la Grande Côte", "rue des Alliés"]


def fr_street(g: Gen) -> str:
    n = g.rnd.randint(1, 180)
    s = g.rnd.choice(FR_STREETS)
    return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"{n} bis {s}", f"Bât. {g.rnd.choice('ABCD')}, {n} {s}",
                         f"{n} {s}, apt {g.rnd.randint(1, 60)}"])


#: (city, UF, CEP lead, IBGE municipality code, bairros)
BR_CITIES: list[tuple[str, str, str, str, list[str]]] = [
    ("Porto Alegre", "RS", "90", "4314902", ["Moinhos de Vento", "Petrópolis", "Menino Deus", "Cidade Baixa",
                                              "Partenon", "Sarandi"]),
    ("Canoas", "RS", "92", "4304606", ["Centro", "Niterói", "Harmonia"]),
    ("Caxias do Sul", "RS", "95", "4305108", ["São Pelegrino", "Exposição", "Cinquentenário"]),
    ("Curitiba", "PR", "80", "4106902", ["Batel", "Água Verde", "Boqueirão", "Portão"]),
    ("São Paulo", "SP", "04", "3550308", ["Vila Mariana", "Pinheiros", "Tatuapé", "Santana"]),
    ("Campinas", "SP", "13", "3509502", ["Cambuí", "Barão Geraldo", "Taquaral"]),
    ("Belo Horizonte", "MG", "30", "3106200", ["Savassi", "Funcionários", "Pampulha"]),
    ("Joinville", "SC", "89", "4209102", ["América", "Glória", "Boa Vista"]),
]
BR_STREETS = ["Rua dos Andradas", "Av. Ipiranga", "Rua Padre Chagas", "Av. Protásio Alves", "Rua XV de Novembro",
              "Av. Paulista", "Rua Augusta", "Av. Afonso Pena", "Rua Dona Laura", "Av. Sete de Setembro",
              "Rua Marechal Floriano", "Travessa dos Venezianos"]


def br_street(g: Gen) -> str:
    n = g.rnd.randint(12, 3400)
    s = g.rnd.choice(BR_STREETS)
    return g.rnd.choice([f"{s}, {n}", f"{s}, {n}", f"{s}, {n}, apto {g.rnd.randint(1, 24)}0{g.rnd.randint(1, 4)}",
                         f"{s}, {n} - casa {g.rnd.randint(1, 3)}", f"{s}, {n}, bloco {g.rnd.choice('ABC')}"])


def br_cep(g: Gen, lead: str) -> str:
    return f"{lead}{g.digits(3)}-{g.digits(3)}"


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 899):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}"

    number = g.valid(make, _ssn.is_valid)
    return number if dashed else number.replace("-", "")


def aba_routing(g: Gen) -> str:
    """A US ABA routing number (a bank's, ``none``) with its 3-7-1 check digit; Minnesota and Georgia Fed districts."""
    body = g.rnd.choice(["0910", "0919", "0610", "0611", "0640"]) + g.digits(4)
    number = body + _rtn.calc_check_digit(body)
    assert _rtn.is_valid(number)
    return number


def ca_sin(g: Gen, style: str = "spaced") -> str:
    def make() -> str:
        body = str(g.rnd.choice([1, 2, 3, 4, 5, 6, 7, 9])) + g.digits(7)
        return body + luhn.calc_check_digit(body)

    number = g.valid(make, _sin.is_valid)
    if style == "spaced":
        return f"{number[:3]} {number[3:6]} {number[6:]}"
    if style == "dashed":
        return f"{number[:3]}-{number[3:6]}-{number[6:]}"
    return number


def au_tfn(g: Gen, spaced: bool = True) -> str:
    number = g.valid(lambda: g.digits(9), _tfn.is_valid)
    return f"{number[:3]} {number[3:6]} {number[6:]}" if spaced else number


def au_spin(g: Gen) -> str:
    """An Australian superannuation fund's USI/SPIN-like id: the fund's ABN and a product number (``none``)."""
    body = g.valid(lambda: g.rnd.choice("1234567") + g.digits(10), _abn.is_valid)
    return f"{body}{g.rnd.randint(1, 9):03d}"


def nz_ird(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        body = str(g.rnd.randint(1_000_000, 14_999_999)).zfill(8)
        return body + _ird.calc_check_digit(body)

    number = g.valid(make, _ird.is_valid).lstrip("0")
    if len(number) == 8:
        number = "0" + number
    return f"{number[:3]}-{number[3:6]}-{number[6:]}" if dashed else number


NZ_BRANCHES = [("01", "0102"), ("01", "0902"), ("02", "0500"), ("02", "0560"), ("03", "0104"), ("03", "1702"),
               ("06", "0501"), ("12", "3011"), ("12", "3140"), ("38", "9000"), ("15", "3946"), ("01", "1839")]


def nz_bank_account(g: Gen) -> str:
    def make() -> str:
        bank, branch = g.rnd.choice(NZ_BRANCHES)
        return f"{bank}-{branch}-{g.digits(7)}-{g.rnd.choice(['00', '00', '01', '02', '25'])}"

    return g.valid(make, _nzbank.is_valid)


def in_pan(g: Gen, surname: str) -> str:
    """An Indian PAN of a person (fourth letter ``P``, fifth the initial of the surname)."""
    initial = plain(surname)[0].upper()
    number = g.code("AAA") + "P" + initial + f"{g.rnd.randint(1, 9999):04d}" + g.code("A")
    assert _pan.is_valid(number)
    return number


def in_aadhaar(g: Gen, spaced: bool = True) -> str:
    def make() -> str:
        body = str(g.rnd.randint(2, 9)) + g.digits(10)
        return body + verhoeff.calc_check_digit(body)

    number = g.valid(make, _aadhaar.is_valid)
    return f"{number[:4]} {number[4:8]} {number[8:]}" if spaced else number


def in_ifsc(g: Gen) -> str:
    return g.rnd.choice(["HDFC", "ICIC", "SBIN", "UTIB", "KKBK", "CNRB", "IDIB"]) + "0" + g.code("999999")


#: NRIC/FIN check letters (weights 2 7 6 5 4 3 2; +4 for T and G)
SG_ST = "JZIHGFEDCBA"
SG_FG = "XWUTRQPNMLK"


def sg_check_letter(prefix: str, digits7: str) -> str:
    total = sum(w * int(d) for w, d in zip((2, 7, 6, 5, 4, 3, 2), digits7))
    total += 4 if prefix in "TG" else 0
    return (SG_ST if prefix in "ST" else SG_FG)[total % 11]


def sg_nric_valid(number: str) -> bool:
    number = number.strip().upper()
    if len(number) != 9 or number[0] not in "STFG" or not number[1:8].isdigit():
        return False
    return sg_check_letter(number[0], number[1:8]) == number[8]


def sg_nric(g: Gen, born: date | None, foreigner: bool) -> str:
    """A Singapore NRIC (``S``/``T``, its first two digits the birth year for people born from 1968) or a FIN
    (``F``/``G``) with its check letter."""
    if foreigner:
        prefix = g.rnd.choice("FG")
        body = g.digits(7)
    else:
        prefix = "T" if born and born.year >= 2000 else "S"
        body = (f"{born.year % 100:02d}" if born and born.year >= 1968 else g.rnd.choice(["0", "1", "2"])
                + g.digits(1)) + g.digits(5)
    return prefix + body + sg_check_letter(prefix, body)


def sg_uen(g: Gen) -> str:
    """A Singapore company's UEN (ROC number: year, five digits, check letter)."""
    return g.valid(lambda: f"{g.rnd.randint(1985, 2019)}{g.digits(5)}{g.code('A')}", _uen.is_valid)


def za_id(g: Gen, born: date, female: bool, citizen: bool = True) -> str:
    """A South African ID number encoding ``born``, the sex and citizenship (Luhn check digit)."""
    seq = g.rnd.randint(0, 4999) if female else g.rnd.randint(5000, 9999)
    body = f"{born:%y%m%d}{seq:04d}{0 if citizen else 1}8"
    number = body + luhn.calc_check_digit(body)
    assert _zaid.is_valid(number)
    return number


def fr_nir(g: Gen, female: bool, born: date, dept_commune: str) -> str:
    """A French NIR (sex, birth year and month, département and commune of birth, order number, key)."""
    body = f"{2 if female else 1}{born:%y%m}{dept_commune}{g.rnd.randint(1, 999):03d}"
    number = body + _nir.calc_check_digits(body)
    assert _nir.is_valid(number)
    return number


def fr_iban(g: Gen, spaced: bool = True) -> str:
    def make() -> str:
        bban = g.rnd.choice(["30002", "30003", "10278", "16807", "30004", "20041"]) + g.digits(5) + g.digits(11) + \
            g.digits(2)
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + "FR00")) % 97
        return f"FR{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def fr_siret(g: Gen) -> str:
    siren = g.valid(lambda: g.rnd.choice("3456789") + g.digits(8), _siren.is_valid)
    return g.valid(lambda: siren + g.digits(5), _siret.is_valid)


def br_cpf(g: Gen, formatted: bool = True) -> str:
    def make() -> str:
        body = g.digits(9)
        d1 = sum(int(x) * (10 - i) for i, x in enumerate(body)) * 10 % 11 % 10
        d2 = sum(int(x) * (11 - i) for i, x in enumerate(body + str(d1))) * 10 % 11 % 10
        return f"{body}{d1}{d2}"

    number = g.valid(make, lambda x: _cpf.is_valid(x) and len(set(x)) > 1)
    return f"{number[:3]}.{number[3:6]}.{number[6:9]}-{number[9:]}" if formatted else number


PIS_WEIGHTS = (3, 2, 9, 8, 7, 6, 5, 4, 3, 2)


def br_pis_valid(number: str) -> bool:
    d = "".join(ch for ch in number if ch.isdigit())
    if len(d) != 11 or len(set(d)) == 1:
        return False
    r = 11 - sum(w * int(x) for w, x in zip(PIS_WEIGHTS, d)) % 11
    return int(d[10]) == (0 if r >= 10 else r)


def br_pis(g: Gen, formatted: bool = True) -> str:
    """A Brazilian PIS/PASEP/NIS (mod-11 check digit, weights 3 2 9 8 7 6 5 4 3 2)."""
    body = g.rnd.choice(["120", "125", "129", "160", "170", "190", "200", "203", "210"]) + g.digits(7)
    r = 11 - sum(w * int(x) for w, x in zip(PIS_WEIGHTS, body)) % 11
    number = body + str(0 if r >= 10 else r)
    assert br_pis_valid(number)
    return f"{number[:3]}.{number[3:8]}.{number[8:10]}-{number[10]}" if formatted else number


def br_cnpj(g: Gen) -> str:
    def make() -> str:
        body = g.digits(8) + "0001"
        return body + _cnpj.calc_check_digits(body)

    number = g.valid(make, _cnpj.is_valid)
    return f"{number[:2]}.{number[2:5]}.{number[5:8]}/{number[8:12]}-{number[12:]}"


def card(g: Gen) -> str:
    """A corporate card number passing Luhn (Amex 15 digits, Visa and Mastercard 16)."""
    prefix, length = g.rnd.choice([("37", 15), ("34", 15), ("4", 16), ("55", 16)])
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


#: first letters of a UK National Insurance number that are never issued
NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIOQUV")
NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_valid(number: str) -> bool:
    n = number.replace(" ", "").upper()
    return (len(n) == 9 and n[:2].isalpha() and n[2:8].isdigit() and n[8] in "ABCD" and n[0] not in NINO_BAD_FIRST
            and n[1] not in NINO_BAD_SECOND and n[:2] not in NINO_BAD_PREFIX)


def uk_nino(g: Gen, spaced: bool = False) -> str:
    """A UK National Insurance number: it has no check digit; the prefix and suffix follow HMRC's rules."""
    number = g.valid(lambda: g.code("AA999999") + g.rnd.choice("ABCD"), nino_valid)
    return " ".join([number[:2], number[2:4], number[4:6], number[6:8], number[8]]) if spaced else number


def kms_ciphertext(g: Gen) -> str:
    """A ciphertext blob shaped like an AWS KMS envelope (base64; random bytes, not an encryption of anything)."""
    return "AQICAHh" + base64.b64encode(bytes(g.rnd.getrandbits(8) for _ in range(66))).decode()


def token(g: Gen, n: int = 24) -> str:
    return g.digits(n, string.ascii_letters + string.digits)
