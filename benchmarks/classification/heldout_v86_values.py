"""Values of held-out set v86 (:mod:`benchmarks.classification.heldout_v86`): v86's random source, names, streets,
towns and postal codes written by hand for v86 (no Faker, no list of real people), phones checked with phonenumbers
and identifiers with check digits computed and checked with python-stdnum (or, where python-stdnum has no module, by
the published rule written out here and checked again by the test).

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module (the phone maker rewritten to draw from several
leading digits per region and to write a number in the forms legacy systems keep); the lists below are new.
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
from stdnum.ca import sin as _sin
from stdnum.cl import rut as _rut
from stdnum.de import idnr as _idnr
from stdnum.fr import nif as _frnif
from stdnum.fr import siret as _siret
from stdnum.gb import vat as _gbvat
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _grvat
from stdnum.ie import pps as _pps
from stdnum.ie import vat as _ievat
from stdnum.iso7064 import mod_11_10
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.pt import cc as _ptcc
from stdnum.pt import nif as _ptnif
from stdnum.ru import inn as _inn
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 86_402_2026
N = "none"
#: a login, an AS/400 user profile or an SAP user (review, as in v27)
USERNAME = "unclassified"
#: NULL-like strings and placeholders of v86's systems, in their languages (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "NONE", "unknown", "Unknown", "?", "#N/A",
    "nil", "Nil", "NIL", "<null>", "0", "000-00-0000", "000000000", "000 000 000", "111111111", "0000000000",
    "00000000", "QQ123456C", "XXX", "xxx", "test@example.com", "noreply@example.com", "(000) 000-0000",
    "not provided", "k.A.", "unbekannt", "entfällt", "RAS", "néant", "non renseigné", "inconnu", "sin información",
    "no aplica", "s/i", "άγνωστο", "Δ/Υ", "ΟΧΙ", "—", "нет", "не указано", "неизвестно", "n/d", "desconhecido",
    "sem observações", "brak", "b.d.", "nieznany")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v86:{SEED}:{table}")

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
        first = self.rnd.choice([24, 37, 46, 67, 73, 76, 81, 86, 89, 98, 109, 151, 173, 185, 213])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2600", "2601", "2a01", "2a02", "2001"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, plan: str, fmt: str = "national") -> str:
        """A valid number of numbering plan ``plan`` (:data:`PLANS`) written as ``fmt``: ``e164``, ``intl``,
        ``national``, ``dashes`` (US ``303-555-0143``), ``digits`` (the national form's digits, trunk prefix kept),
        ``msisdn`` (E.164 without the plus) or ``nsn`` (the national significant number, no trunk prefix)."""
        region, leads = PLANS[plan]
        cc = phonenumbers.country_code_for_region(region)

        def make() -> str:
            lead, length = self.rnd.choice(leads)
            return lead + self.digits(length - len(lead))

        def ok(nsn: str) -> bool:
            number = phonenumbers.parse(f"+{cc}{nsn}")
            return phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region

        nsn = self.valid(make, ok)
        number = phonenumbers.parse(f"+{cc}{nsn}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        if fmt == "msisdn":
            return f"{cc}{nsn}"
        if fmt == "nsn":
            return nsn
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        if fmt == "dashes" and region in ("US", "CA"):
            return f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"
        return national

    def phones(self, plan: str, formats: dict[str, float], null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(plan, self.rnd.choices(names, weights)[0]), null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


#: numbering plans: name -> (region, [(leading digits of the national significant number, its length)])
PLANS: dict[str, tuple[str, list[tuple[str, int]]]] = {
    "us_co": ("US", [("303", 10), ("720", 10), ("970", 10), ("719", 10)]),
    "us_guest": ("US", [("303", 10), ("720", 10), ("512", 10), ("214", 10), ("312", 10), ("602", 10), ("405", 10),
                        ("816", 10), ("970", 10)]),
    "us_ma": ("US", [("508", 10), ("774", 10), ("617", 10), ("978", 10), ("413", 10)]),
    "gb_mobile": ("GB", [("77", 10), ("78", 10), ("79", 10), ("74", 10), ("75", 10)]),
    "gb_bristol": ("GB", [("117", 10)]),
    "au_mobile": ("AU", [("41", 9), ("42", 9), ("43", 9), ("40", 9), ("45", 9), ("48", 9)]),
    "au_hobart": ("AU", [("362", 9), ("361", 9)]),
    "ca_sk": ("CA", [("306", 10), ("639", 10)]),
    "zm_mobile": ("ZM", [("97", 9), ("96", 9), ("95", 9), ("77", 9), ("76", 9)]),
    "ie_mobile": ("IE", [("83", 9), ("85", 9), ("86", 9), ("87", 9), ("89", 9)]),
    "ie_cork": ("IE", [("21", 9)]),
    "lk_mobile": ("LK", [("70", 9), ("71", 9), ("72", 9), ("75", 9), ("76", 9), ("77", 9), ("78", 9)]),
    "lk_kandy": ("LK", [("812", 9), ("814", 9), ("817", 9)]),
    "de_leipzig": ("DE", [("341", 10), ("341", 11)]),
    "de_mobile": ("DE", [("151", 11), ("152", 11), ("157", 11), ("160", 10), ("162", 10), ("170", 10), ("171", 10),
                         ("172", 10), ("176", 11), ("178", 11), ("179", 10)]),
    "fr_mobile": ("FR", [("6", 9), ("7", 9)]),
    "fr_lille": ("FR", [("320", 9), ("328", 9)]),
    "cl_mobile": ("CL", [("9", 9)]),
    "gr_mobile": ("GR", [("690", 10), ("693", 10), ("694", 10), ("697", 10), ("698", 10), ("699", 10)]),
    "gr_chania": ("GR", [("2821", 10), ("2825", 10)]),
    "ru_mobile": ("RU", [("913", 10), ("923", 10), ("903", 10), ("952", 10), ("962", 10), ("983", 10)]),
    "pt_mobile": ("PT", [("91", 9), ("92", 9), ("93", 9), ("96", 9)]),
    "pl_mobile": ("PL", [("50", 9), ("51", 9), ("53", 9), ("57", 9), ("60", 9), ("66", 9), ("69", 9), ("72", 9),
                         ("78", 9), ("79", 9), ("88", 9)]),
}


# -- names (written for v86) -------------------------------------------------------------------------------------------

#: origin -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us_mountain": (
        ["Boone", "Colter", "Dalton", "Garrett", "Hollis", "Kyler", "Landon", "Maverick", "Rhett", "Sawyer", "Tanner",
         "Wade", "Brody", "Cody"],
        ["Aspen", "Brynlee", "Cheyenne", "Delaney", "Harper", "Kinsley", "Macy", "Oakley", "Raelynn", "Sierra",
         "Tessa", "Whitney", "Kendall", "Paisley"],
        ["Abernathy", "Bledsoe", "Cartwright", "Dunaway", "Eckhardt", "Fenwick", "Gustafson", "Hatfield", "Ivers",
         "Jernigan", "Kimbrough", "Lundgren", "McAllister", "Northcutt", "Overstreet", "Pruitt", "Rasmussen",
         "Shipley", "Thorsen", "Vanderpool", "Whitacre", "Yoder"]),
    "us_hispanic": (
        ["Abelardo", "Cruz", "Efraín", "Gilberto", "Humberto", "Jesús", "Lázaro", "Osvaldo", "Rigoberto", "Ulises"],
        ["Adriana", "Brisa", "Dulce", "Esmeralda", "Graciela", "Marisol", "Nayeli", "Reyna", "Xiomara", "Yesenia"],
        ["Archuleta", "Baca", "Córdova", "Gallegos", "Lucero", "Maestas", "Quintana", "Sandoval", "Trujillo",
         "Valdez", "Vigil", "Ulibarri"]),
    "ma_irish_italian": (
        ["Brendan", "Declan", "Dominic", "Francis", "Gerard", "Kevin", "Matteo", "Nicholas", "Salvatore", "Vincent"],
        ["Bridget", "Colleen", "Donna", "Gina", "Kathleen", "Maureen", "Nicole", "Teresa", "Rosemary", "Siobhan"],
        ["Callahan", "DeLuca", "Fitzgerald", "Gallagher", "Iannucci", "Mahoney", "Mastroianni", "O'Donnell",
         "Ricciardi", "Sullivan", "Tortora", "Walsh", "Cavanaugh", "Pellegrino"]),
    "ma_newcomers": (
        ["Adilson", "Duc", "Edison", "Fernando", "Kofi", "Kwabena", "Minh", "Rafael", "Thiago", "Yaw"],
        ["Abena", "Ama", "Carla", "Hanh", "Jéssica", "Lorena", "Ngoc", "Phuong", "Rosangela", "Yolanda"],
        ["Almonte", "Asante", "Boateng", "Cardoso", "Mensah", "Nguyen", "Pham", "Rosário", "Tavares", "Vo",
         "Mejía", "Ferreira"]),
    "uk": (
        ["Alfie", "Callum", "Dylan", "Elliot", "Freddie", "Harvey", "Jago", "Kieran", "Lewis", "Morgan", "Ollie",
         "Reece", "Toby", "Zach"],
        ["Abbie", "Bethan", "Ellie", "Georgia", "Hollie", "Jodie", "Lauren", "Megan", "Nia", "Phoebe", "Rosie",
         "Sian", "Tilly", "Zara"],
        ["Ashworth", "Blackmore", "Coombes", "Dimmock", "Easterbrook", "Fry", "Gullick", "Hancock", "Jefferies",
         "Keedwell", "Loveridge", "Millard", "Nott", "Penny", "Quantock", "Rowsell", "Symes", "Tapp", "Vowles",
         "Withers"]),
    "uk_newcomers": (
        ["Abdirahman", "Bilal", "Hamza", "Imran", "Kacper", "Mateusz", "Omar", "Tomasz"],
        ["Ayaan", "Fartun", "Hodan", "Iqra", "Natalia", "Nimco", "Sana", "Zuzanna"],
        ["Ahmed", "Hussain", "Jama", "Khan", "Kowalczyk", "Mahmood", "Warsame", "Zielinski"]),
    "au": (
        ["Angus", "Bailey", "Campbell", "Fletcher", "Hamish", "Jarrah", "Lachlan", "Mitchell", "Nate", "Riley",
         "Tate", "Wil"],
        ["Ainslie", "Brooke", "Courtney", "Georgie", "Jaime", "Kirra", "Lani", "Matilda", "Peta", "Skye", "Tahnee",
         "Willow"],
        ["Ashby", "Barwick", "Calvert", "Dunstan", "Eddington", "Gatenby", "Hingston", "Keane", "Loone",
         "McGuinness", "Nichols", "Pinkard", "Radford", "Scholes", "Triffitt", "Wadley", "Youl", "Batchelor"]),
    "ca": (
        ["Brayden", "Colton", "Dawson", "Ethan", "Jayce", "Kalen", "Liam", "Nolan", "Quinn", "Tyson", "Jericho",
         "Bogdan"],
        ["Addison", "Brooklyn", "Chantelle", "Darcy", "Jenna", "Kaylee", "Larissa", "Maryjane", "Rylee", "Shelby",
         "Lovely", "Oksana"],
        ["Andrychuk", "Bzdel", "Cardinal", "Derksen", "Ewanchuk", "Friesen", "Gabruch", "Hrynkiw", "Klassen",
         "Laliberte", "Morin", "Penner", "Reimer", "Sawatzky", "Wiebe", "Yuzdepski", "Dela Cruz", "Villanueva"]),
    "zm": (
        ["Bwalya", "Chanda", "Chileshe", "Kelvin", "Lweendo", "Mulenga", "Musonda", "Mwape", "Mwila", "Peter",
         "Hachilala", "Chipo"],
        ["Beatrice", "Chisanga", "Grace", "Kunda", "Mutale", "Mwansa", "Natasha", "Nchimunya", "Precious",
         "Thandiwe", "Mwaka", "Luyando"],
        ["Banda", "Chilufya", "Hamoonga", "Kabwe", "Lungu", "Mumba", "Mwale", "Mweemba", "Nkhoma", "Phiri", "Sakala",
         "Siame", "Tembo", "Zulu", "Chisenga", "Kapambwe", "Musonda", "Hichilema"]),
    "ie": (
        ["Cian", "Conor", "Darragh", "Donal", "Eoin", "Fionn", "Oisín", "Pádraig", "Rory", "Seán", "Tadhg",
         "Diarmuid"],
        ["Aoife", "Caoimhe", "Clodagh", "Gráinne", "Máire", "Niamh", "Orla", "Róisín", "Saoirse", "Siobhán", "Úna",
         "Deirdre"],
        ["Buckley", "Cronin", "Crowley", "Desmond", "Hegarty", "Kelleher", "Lynch", "McCarthy", "O'Driscoll",
         "O'Leary", "O'Mahony", "O'Sullivan", "Twomey", "Murphy", "Cotter", "Dineen", "Foley", "Ahern"]),
    "lk_sinhala": (
        ["Chamara", "Chathura", "Dilshan", "Kasun", "Lahiru", "Nuwan", "Ruwan", "Sandun", "Tharindu", "Asanka"],
        ["Anoma", "Chamari", "Dilani", "Ishara", "Kumudini", "Nadeesha", "Sanduni", "Tharushi", "Nirmala",
         "Hasini"],
        ["Bandara", "Dissanayake", "Ekanayake", "Herath", "Jayasinghe", "Karunaratne", "Rathnayake", "Tennakoon",
         "Wickramasinghe", "Wijeratne", "Abeysekera", "Senanayake", "Gunawardena", "Perera"]),
    "lk_tamil": (
        ["Arun", "Ganesh", "Kumaran", "Prakash", "Sivakumar", "Thusyanthan"],
        ["Kalaivani", "Nirosha", "Priyanka", "Shanthi", "Tharsika", "Vanitha"],
        ["Nadarajah", "Rajendran", "Selvaraj", "Sivanesan", "Thurairajah", "Yogarajah"]),
    "de": (
        ["Uwe", "Jens", "Steffen", "Torsten", "Heiko", "Ronny", "Maik", "Lutz", "Falk", "Rico", "Mirko", "Enrico",
         "Paul", "Felix", "Anton", "Karl-Heinz"],
        ["Kerstin", "Anja", "Katrin", "Ines", "Peggy", "Mandy", "Doreen", "Grit", "Ute", "Cornelia", "Ramona",
         "Sindy", "Lea", "Emma", "Frieda", "Heidrun"],
        ["Richter", "Krause", "Lehmann", "Seidel", "Kühn", "Thiele", "Günther", "Böhme", "Förster", "Pohl",
         "Ulbricht", "Hänsel", "Kretzschmar", "Beyer", "Engelmann", "Naumann", "Rudolph", "Stolle", "Haubold",
         "Zschoche", "Teichmann", "Gräfe"]),
    "fr": (
        ["Thibault", "Maxime", "Quentin", "Valentin", "Romain", "Aurélien", "Kévin", "Hugo", "Jérémy", "Bastien",
         "Yassine", "Rémi"],
        ["Pauline", "Clémence", "Mathilde", "Manon", "Océane", "Justine", "Margaux", "Camille", "Élodie", "Laetitia",
         "Inès", "Anaïs"],
        ["Delattre", "Vandenbussche", "Desmet", "Wattez", "Delcroix", "Leclercq", "Vanhoutte", "Deprez", "Caron",
         "Lemaire", "Mahieu", "Debruyne", "Benali", "Haddad", "Dufour", "Catteau", "Decroix", "Plouvier", "Lepers",
         "Deschamps"]),
    "cl": (
        ["Matías", "Benjamín", "Vicente", "Joaquín", "Cristóbal", "Felipe", "Ignacio", "Sebastián", "Tomás",
         "Gonzalo", "Rodrigo", "Diego"],
        ["Javiera", "Catalina", "Constanza", "Fernanda", "Valentina", "Francisca", "Antonia", "Camila", "Josefa",
         "Trinidad", "Paz", "Macarena"],
        ["González", "Muñoz", "Rojas", "Díaz", "Soto", "Contreras", "Silva", "Sepúlveda", "Morales", "Fuentes",
         "Valenzuela", "Araya", "Espinoza", "Tapia", "Reyes", "Castillo", "Carrasco", "Henríquez", "Pizarro",
         "Vergara", "Bravo", "Cifuentes", "Alarcón", "Saavedra"]),
    "el": (
        ["Γιώργος", "Μανώλης", "Νίκος", "Κώστας", "Σταύρος", "Γιάννης", "Μιχάλης", "Αντώνης", "Ζαχαρίας", "Παύλος",
         "Λευτέρης", "Βαγγέλης"],
        ["Ελένη", "Μαρία", "Κατερίνα", "Δέσποινα", "Ευαγγελία", "Χρυσούλα", "Σοφία", "Αργυρώ", "Ειρήνη", "Καλλιόπη",
         "Στέλλα", "Αθηνά"],
        ["Παπαδάκης", "Μαρκάκης", "Σπανουδάκης", "Κουκουράκης", "Βλαχάκης", "Τζανάκης", "Ψαρουδάκης", "Μαυρογιάννης",
         "Δασκαλάκης", "Χατζηδάκης", "Καλογεράκης", "Φραγκιαδάκης", "Μαθιουδάκης", "Σταυρουλάκης", "Αρχοντάκης",
         "Περάκης", "Μανουσέλης", "Βιδάκης"]),
    "ru": (
        ["Алексей", "Дмитрий", "Сергей", "Андрей", "Евгений", "Максим", "Игорь", "Константин", "Павел", "Роман",
         "Виктор", "Олег"],
        ["Ольга", "Татьяна", "Елена", "Наталья", "Анастасия", "Ксения", "Юлия", "Светлана", "Марина", "Ирина",
         "Дарья", "Вера"],
        ["Кузнецов", "Попов", "Смирнов", "Васильев", "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов",
         "Волков", "Лебедев", "Семёнов", "Егоров", "Козлов", "Степанов", "Орлов", "Зайцев", "Белов", "Тарасов",
         "Жуков", "Шестаков", "Комаров"]),
    "pt": (
        ["João", "Tiago", "Rui", "Nuno", "Duarte", "Gonçalo", "Miguel", "Pedro", "Afonso", "Bernardo", "Vasco",
         "Henrique"],
        ["Inês", "Beatriz", "Mariana", "Joana", "Catarina", "Rita", "Leonor", "Sofia", "Matilde", "Carolina",
         "Teresa", "Filipa"],
        ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa", "Fernandes",
         "Gonçalves", "Lopes", "Marques", "Almeida", "Ribeiro", "Pinto", "Carvalho", "Teixeira", "Moreira",
         "Correia", "Mendes", "Nunes", "Vieira", "Cardoso"]),
    "pl": (
        ["Piotr", "Krzysztof", "Tomasz", "Paweł", "Michał", "Marcin", "Jakub", "Łukasz", "Wojciech", "Bartosz",
         "Grzegorz", "Szymon"],
        ["Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Magdalena", "Joanna", "Zofia", "Aleksandra", "Ewa",
         "Dorota", "Julia", "Monika"],
        ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński",
         "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Mazur", "Krawczyk", "Pawlak", "Sikora", "Baran",
         "Wróbel", "Kaczmarek", "Piątek", "Gąsior", "Bielecki"]),
}

#: Russian given name -> (the patronymic of his son, of his daughter)
PATRONYMICS: dict[str, tuple[str, str]] = {
    "Алексей": ("Алексеевич", "Алексеевна"), "Дмитрий": ("Дмитриевич", "Дмитриевна"),
    "Сергей": ("Сергеевич", "Сергеевна"), "Андрей": ("Андреевич", "Андреевна"),
    "Евгений": ("Евгеньевич", "Евгеньевна"), "Максим": ("Максимович", "Максимовна"),
    "Игорь": ("Игоревич", "Игоревна"), "Константин": ("Константинович", "Константиновна"),
    "Павел": ("Павлович", "Павловна"), "Роман": ("Романович", "Романовна"), "Виктор": ("Викторович", "Викторовна"),
    "Олег": ("Олегович", "Олеговна"),
}

#: country -> origins of its people (weights)
MIX: dict[str, dict[str, float]] = {
    "co": {"us_mountain": 4, "us_hispanic": 2}, "ma": {"ma_irish_italian": 3, "ma_newcomers": 2},
    "uk": {"uk": 5, "uk_newcomers": 1.5}, "au": {"au": 1}, "ca": {"ca": 1}, "zm": {"zm": 1}, "ie": {"ie": 1},
    "lk": {"lk_sinhala": 4, "lk_tamil": 1}, "de": {"de": 1}, "fr": {"fr": 1}, "cl": {"cl": 1}, "el": {"el": 1},
    "ru": {"ru": 1}, "pt": {"pt": 1}, "pl": {"pl": 1},
}


def female_family(name: str, country: str) -> str:
    """The family name a woman carries in ``country``: Greek, Russian and Polish names change their ending."""
    if country == "el":
        for end, new in (("ης", "η"), ("ος", "ου"), ("ας", "α")):
            if name.endswith(end):
                return name[: -len(end)] + new
    if country == "ru" and name.endswith(("ов", "ёв", "ев", "ин")):
        return name + "а"
    if country == "pl" and name.endswith("ski"):
        return name[:-1] + "a"
    return name


def person(g: Gen, country: str, female: bool | None = None) -> tuple[str, str]:
    """(given name, family name) of someone of ``country`` (:data:`MIX`)."""
    female = g.rnd.random() < 0.5 if female is None else female
    mix = MIX[country]
    origin = g.rnd.choices(list(mix), list(mix.values()))[0]
    males, females, lasts = NAMES[origin]
    last = g.rnd.choice(lasts)
    return g.rnd.choice(females if female else males), female_family(last, country) if female else last


def whole(g: Gen, country: str) -> str:
    a, b = person(g, country)
    return f"{a} {b}"


def given(g: Gen, country: str) -> str:
    return person(g, country)[0]


def family(g: Gen, country: str) -> str:
    return person(g, country)[1]


_CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                 "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"], strict=True))
_GRK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω",
                ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t",
                 "y", "f", "ch", "ps", "o"], strict=True))


def plain(text: str) -> str:
    """``text`` in lower-case ASCII letters and digits (Cyrillic and Greek transliterated) for e-mail addresses."""
    out = []
    text = fold(text).replace("ł", "l").replace("ου", "ou").replace("αυ", "av").replace("ευ", "ev")
    for ch in text:
        out.append(_CYR.get(ch, _GRK.get(ch, ch)))
    return "".join(ch for ch in "".join(out) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first), plain(last)
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(60, 99)}", f"{b}{a[:2]}", f"{a}.{b}{g.rnd.randint(1, 9)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(first)}.{plain(last)}@{domain}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first), plain(last)
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a}{b[:3]}"][style % 5]


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "hotmail.com", "aol.com",
           "proton.me"],
    "uk": ["gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com", "yahoo.co.uk", "icloud.com", "sky.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com", "hotmail.com", "icloud.com", "yahoo.com.au"],
    "ca": ["gmail.com", "sasktel.net", "shaw.ca", "hotmail.com", "outlook.com", "icloud.com"],
    "zm": ["gmail.com", "yahoo.com", "zamtel.zm", "outlook.com", "iconnect.zm"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "icloud.com", "yahoo.ie"],
    "lk": ["gmail.com", "yahoo.com", "sltnet.lk", "hotmail.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "freenet.de", "posteo.de"],
    "fr": ["orange.fr", "gmail.com", "free.fr", "laposte.net", "sfr.fr", "hotmail.fr", "outlook.fr"],
    "cl": ["gmail.com", "hotmail.com", "yahoo.es", "outlook.cl", "vtr.net"],
    "el": ["gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr", "windowslive.com"],
    "ru": ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "inbox.ru", "list.ru"],
    "pt": ["gmail.com", "sapo.pt", "hotmail.com", "outlook.pt", "netcabo.pt", "iol.pt"],
    "pl": ["wp.pl", "onet.pl", "gmail.com", "interia.pl", "o2.pl", "op.pl"],
}


# -- places (written for v86) ------------------------------------------------------------------------------------------

#: guests' home towns across the US: (city, state, ZIP lead)
US_GUEST_CITIES = [("Denver", "CO", "802"), ("Aurora", "CO", "800"), ("Colorado Springs", "CO", "809"),
                   ("Fort Collins", "CO", "805"), ("Austin", "TX", "787"), ("Dallas", "TX", "752"),
                   ("Chicago", "IL", "606"), ("Phoenix", "AZ", "850"), ("Oklahoma City", "OK", "731"),
                   ("Kansas City", "MO", "641"), ("Omaha", "NE", "681"), ("Wichita", "KS", "672")]
US_STREETS = ["S Broadway", "E Colfax Ave", "Larimer St", "Cherry Creek Dr", "W 38th Ave", "Lamar Blvd",
              "N Halsted St", "E Camelback Rd", "NW 23rd St", "Ward Pkwy", "Dodge St", "E Douglas Ave",
              "Pearl St", "Tejon St", "Elm Ridge Ct"]
#: central Massachusetts: (town, ZIP)
MA_TOWNS = [("Worcester", "01602"), ("Worcester", "01603"), ("Worcester", "01604"), ("Worcester", "01605"),
            ("Worcester", "01606"), ("Worcester", "01610"), ("Shrewsbury", "01545"), ("Auburn", "01501"),
            ("Leicester", "01524"), ("Holden", "01520"), ("Millbury", "01527"), ("Grafton", "01519"),
            ("Webster", "01570"), ("Fitchburg", "01420"), ("Leominster", "01453"), ("Southbridge", "01550")]
MA_STREETS = ["CHANDLER ST", "PLEASANT ST", "MAIN ST", "GRAFTON ST", "MILLBURY ST", "JUNE ST", "MAY ST",
              "BELMONT ST", "LINCOLN ST", "SHREWSBURY ST", "PARK AVE", "BURNCOAT ST", "GREENWOOD ST", "VERNON ST"]
#: Bristol and around: (town, postcode outward codes)
BRISTOL_TOWNS = [("Bristol", ["BS1", "BS2", "BS3", "BS4", "BS5", "BS6", "BS7", "BS8", "BS9", "BS13", "BS16"]),
                 ("Bath", ["BA1", "BA2"]), ("Keynsham", ["BS31"]), ("Portishead", ["BS20"]),
                 ("Clevedon", ["BS21"]), ("Weston-super-Mare", ["BS22", "BS23"]), ("Yate", ["BS37"]),
                 ("Nailsea", ["BS48"])]
BRISTOL_STREETS = ["Gloucester Road", "North Street", "Cotham Hill", "Whiteladies Road", "St Mark's Road",
                   "Coronation Road", "Wells Road", "Zetland Road", "Chesterfield Road", "Ashley Down Road",
                   "Stapleton Road", "Raleigh Road", "Filton Avenue", "Berkeley Road"]
#: Hobart and southern Tasmania: (suburb, postcode)
TAS_SUBURBS = [("Sandy Bay", "7005"), ("Battery Point", "7004"), ("New Town", "7008"), ("Lenah Valley", "7008"),
               ("Bellerive", "7018"), ("Howrah", "7018"), ("Kingston", "7050"), ("Moonah", "7009"),
               ("Glenorchy", "7010"), ("Taroona", "7053"), ("Lindisfarne", "7015"), ("West Hobart", "7000"),
               ("North Hobart", "7000"), ("Rosny", "7018"), ("Huonville", "7109"), ("Sorell", "7172")]
TAS_STREETS = ["Churchill Avenue", "Hampden Road", "Augusta Road", "Clarence Street", "Cambridge Road",
               "Channel Highway", "Main Road", "Lenah Valley Road", "Nelson Road", "Pillinger Drive",
               "Davey Street", "Warwick Street", "Derwent Avenue"]
#: Saskatchewan: (city, postal code forward sortation areas)
SK_CITIES = [("Saskatoon", ["S7H", "S7J", "S7K", "S7L", "S7M", "S7N", "S7R", "S7S", "S7T", "S7V", "S7W"]),
             ("Regina", ["S4N", "S4P", "S4R", "S4S", "S4T", "S4V", "S4X"]), ("Prince Albert", ["S6V", "S6W"]),
             ("Moose Jaw", ["S6H", "S6J"]), ("Swift Current", ["S9H"]), ("Yorkton", ["S3N"]),
             ("North Battleford", ["S9A"]), ("Warman", ["S0K"]), ("Martensville", ["S0K"])]
SK_STREETS = ["Broadway Ave", "Preston Ave S", "8th St E", "Avenue H S", "Taylor St E", "Albert St", "Dewdney Ave",
              "Rochdale Blvd", "Central Ave", "Main St N", "Circle Dr", "Louise Ave", "Spadina Cres W"]
#: Zambia: (town, estates with their roads)
ZM_ESTATES = [("Lusaka", "Leopards Hill Gardens", "Leopards Hill Road"),
              ("Lusaka", "Ibex Hill Court", "Ibex Hill Road"), ("Lusaka", "Kabulonga Heights", "Kabulonga Road"),
              ("Lusaka", "Roma Park Flats", "Roma Road"),
              ("Lusaka", "Woodlands Terraces", "Chindo Road"), ("Ndola", "Kansenshi Court", "Kabompo Road"),
              ("Kitwe", "Parklands Villas", "Nkana Road"), ("Livingstone", "Zambezi View", "Mosi-oa-Tunya Road")]
#: Cork and Munster: (town, county, Eircode routing keys)
IE_TOWNS = [("Cork", "Cork", ["T12", "T23"]), ("Ballincollig", "Cork", ["P31"]), ("Carrigaline", "Cork", ["P43"]),
            ("Midleton", "Cork", ["P25"]), ("Mallow", "Cork", ["P51"]), ("Cobh", "Cork", ["P24"]),
            ("Bandon", "Cork", ["P72"]), ("Macroom", "Cork", ["P12"]), ("Killarney", "Kerry", ["V93"]),
            ("Dungarvan", "Waterford", ["X35"])]
IE_STREETS = ["Douglas Road", "Blackrock Road", "Model Farm Road", "Skehard Road", "Sundays Well Road",
              "Ballyhooly Road", "Main Street", "Church Road", "Barrack Street", "Summerhill North"]
IE_ESTATES = ["Ashbrook Heights", "Maryborough Woods", "Ballinure Grove", "Clashduv Park", "Woodvale",
              "Castle Meadows", "Rochestown Rise"]
#: Eircode unique identifiers use these letters and digits
EIRCODE_CHARS = "0123456789ACDEFHKNPRTVWXY"
#: Kandy district and around: (town, postal code)
LK_TOWNS = [("Kandy", "20000"), ("Katugastota", "20800"), ("Peradeniya", "20400"), ("Gampola", "20500"),
            ("Kundasale", "20168"), ("Digana", "20180"), ("Matale", "21000"), ("Kurunegala", "60000"),
            ("Ampitiya", "20160"), ("Pilimathalawa", "20450")]
LK_ROADS = ["Peradeniya Road", "William Gopallawa Mawatha", "Katugastota Road", "Ampitiya Road", "Temple Road",
            "Hantana Road", "Dharmaraja Mawatha", "Deveni Rajasinghe Mawatha", "Trincomalee Street",
            "Kotugodella Vidiya"]
LK_VILLAGES = ["Gatambe", "Aniwatta", "Suduhumpola", "Mahaiyawa", "Asgiriya", "Watapuluwa", "Lewella", "Tennekumbura"]
#: Leipzig and around: (town, postcodes)
DE_TOWNS = [("Leipzig", ["04103", "04107", "04109", "04155", "04177", "04229", "04275", "04277", "04315", "04318",
                         "04347", "04349"]), ("Markkleeberg", ["04416"]), ("Taucha", ["04425"]),
            ("Schkeuditz", ["04435"])]
DE_STREETS = ["Eisenbahnstraße", "Karl-Liebknecht-Straße", "Georg-Schwarz-Straße", "Zschochersche Straße",
              "Wurzner Straße", "Dieskaustraße", "Lützner Straße", "Riebeckstraße", "Gohliser Straße",
              "Stötteritzer Straße", "Prager Straße", "Hans-Driesch-Straße", "Mockauer Straße"]
DE_BIRTHPLACES = ["Leipzig", "Dresden", "Chemnitz", "Halle (Saale)", "Zwickau", "Plauen", "Grimma", "Wurzen",
                  "Borna", "Torgau", "Döbeln", "Gera"]
#: Lille metropolis: (town, postcode)
FR_TOWNS = [("Lille", "59000"), ("Lille", "59800"), ("Lille", "59160"), ("La Madeleine", "59110"),
            ("Marcq-en-Barœul", "59700"), ("Villeneuve-d'Ascq", "59650"), ("Roubaix", "59100"),
            ("Tourcoing", "59200"), ("Lambersart", "59130"), ("Lomme", "59160"), ("Croix", "59170")]
FR_STREETS = ["rue Solférino", "rue de Wazemmes", "boulevard de la Liberté", "rue Nationale", "rue Gambetta",
              "rue de Lannoy", "avenue de la République", "rue Esquermoise", "rue du Molinel", "rue Pierre Legrand",
              "rue de Fives", "boulevard Victor Hugo"]
FR_BIRTHPLACES = ["Lille", "Roubaix", "Tourcoing", "Valenciennes", "Arras", "Douai", "Dunkerque", "Amiens",
                  "Lens", "Béthune", "Paris", "Reims", "Casablanca", "Alger"]
#: Santiago: comunas and their streets
CL_COMUNAS = ["Ñuñoa", "Providencia", "Las Condes", "Santiago", "La Florida", "Maipú", "San Miguel", "Macul",
              "Vitacura", "Independencia", "Estación Central"]
CL_STREETS = ["Av. Irarrázaval", "Av. Providencia", "Av. Apoquindo", "San Diego", "Av. Vicuña Mackenna",
              "Gran Avenida", "Av. Pajaritos", "Av. Macul", "Av. Vitacura", "Av. Independencia", "Lira",
              "Av. Grecia"]
#: Crete and Athens: (town, postcodes)
GR_TOWNS = [("Χανιά", ["731 00", "731 31", "731 32", "731 34", "731 35"]), ("Σούδα", ["732 00"]),
            ("Κίσσαμος", ["734 00"]), ("Ρέθυμνο", ["741 00", "741 31"]), ("Ηράκλειο", ["712 01", "713 05"]),
            ("Αθήνα", ["104 34", "115 21", "114 73"]), ("Πειραιάς", ["185 35"])]
GR_STREETS = ["Χάληδων", "Αποκορώνου", "Κυδωνίας", "Ελ. Βενιζέλου", "Σκαλίδη", "Τζανακάκη", "Ηρώων Πολυτεχνείου",
              "Κισάμου", "Μουρνιών", "Πατησίων", "Λεωφ. Αλεξάνδρας", "Δημοκρατίας"]
#: Novosibirsk: streets
RU_STREETS = ["ул. Красный проспект", "ул. Ленина", "ул. Гоголя", "ул. Кирова", "ул. Титова", "ул. Блюхера",
              "ул. Мичурина", "ул. Фрунзе", "ул. Станиславского", "ул. Выборная", "ул. Богдана Хмельницкого",
              "ул. Немировича-Данченко"]
#: Lisbon area: (locality, postcode lead)
PT_TOWNS = [("Lisboa", "1000"), ("Lisboa", "1050"), ("Lisboa", "1100"), ("Lisboa", "1170"), ("Lisboa", "1200"),
            ("Lisboa", "1350"), ("Lisboa", "1500"), ("Lisboa", "1700"), ("Amadora", "2700"), ("Odivelas", "2675"),
            ("Oeiras", "2780"), ("Almada", "2800"), ("Loures", "2670")]
PT_STREETS = ["Rua Augusta", "Rua de São Bento", "Avenida Almirante Reis", "Rua da Graça", "Avenida de Roma",
              "Rua Morais Soares", "Calçada da Estrela", "Rua Ferreira Borges", "Avenida da República",
              "Rua do Benformoso", "Travessa do Carvalho", "Rua Damasceno Monteiro"]
#: Kraków area: (locality, postcode ranges)
PL_TOWNS = [("Kraków", ["30", "31"]), ("Wieliczka", ["32-020"]), ("Skawina", ["32-050"]),
            ("Niepołomice", ["32-005"]), ("Zielonki", ["32-087"])]
PL_STREETS = ["ul. Grzegórzecka", "ul. Dietla", "ul. Karmelicka", "ul. Kalwaryjska", "ul. Wielicka",
              "os. Teatralne", "ul. Zabłocie", "ul. Bronowicka", "ul. Mogilska", "al. Pokoju", "ul. Lea",
              "ul. Józefińska"]


def eircode(g: Gen, keys: list[str]) -> str:
    return f"{g.rnd.choice(keys)} {g.digits(4, EIRCODE_CHARS)}"


def uk_postcode(g: Gen, outward: str) -> str:
    return f"{outward} {g.rnd.randint(1, 9)}{g.digits(2, 'ABDEFGHJLNPQRSTUWXYZ')}"


def ca_postcode(g: Gen, fsa: str) -> str:
    return f"{fsa} {g.rnd.randint(0, 9)}{g.rnd.choice('ABCEGHJKLMNPRSTVWXYZ')}{g.rnd.randint(0, 9)}"


# -- identifiers with check digits -------------------------------------------------------------------------------------


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa, Mastercard, Amex or Discover prefix."""
    prefix, length = g.rnd.choice([("4", 16), ("53", 16), ("2720", 16), ("34", 15), ("6011", 16)])
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


#: BBAN layouts (9 a digit, A a letter); python-stdnum checks the result
BBAN = {"IE": "AAAA99999999999999", "DE": "999999999999999999", "FR": "99999999999999999999999",
        "GR": "99999999999999999999999", "PT": "999999999999999999999"}
IE_BANKS = ["AIBK", "BOFI", "IPBS", "ULSB", "PTSB"]


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, python-stdnum checks it)."""

    def make() -> str:
        bban = g.code(BBAN[country])
        if country == "IE":
            bban = g.rnd.choice(IE_BANKS) + bban[4:]
        if country == "GR":
            bban = g.rnd.choice(["011", "017", "026", "014"]) + bban[3:]
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def us_ssn(g: Gen) -> str:
    """A US SSN ``AAA-GG-SSSS`` (python-stdnum checks it)."""

    def make() -> str:
        return f"{g.rnd.randint(1, 665):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}"

    return g.valid(make, _ssn.is_valid)


def ssn_shaped_decoy(g: Gen) -> str:
    """A lease number ``9DD-DD-DDDD`` shaped like an SSN but failing its check (no SSN area starts with 9)."""
    number = f"{g.rnd.randint(900, 999)}-{g.rnd.randint(10, 99):02d}-{g.rnd.randint(1000, 9999):04d}"
    assert not _ssn.is_valid(number)
    return number


def ca_sin(g: Gen) -> str:
    """A Canadian SIN of a permanent resident or citizen (first digit 1-7, Luhn; python-stdnum checks it)."""
    body = str(g.rnd.randint(1, 7)) + g.digits(7)
    number = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(number)
    return number


def uk_nino(g: Gen) -> str:
    """A UK National Insurance number (no check digit: HMRC's prefix and suffix rules)."""
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        prefix = g.rnd.choice(first) + g.rnd.choice(second)
        if prefix not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            return f"{prefix}{g.digits(6)}{g.rnd.choice('ABCD')}"


def ie_ppsn(g: Gen) -> str:
    """An Irish PPS number: seven digits and a check letter (2013 form with a second letter for some; python-stdnum)."""

    def make() -> str:
        body = g.digits(7)
        if g.rnd.random() < 0.3:
            second = "A"
            return body + _ievat.calc_check_digit(body + second) + second
        return body + _ievat.calc_check_digit(body)

    return g.valid(make, _pps.is_valid)


def ie_vat(g: Gen) -> str:
    """An Irish company VAT number ``IE`` + seven digits, a check letter and ``H`` (python-stdnum)."""

    def make() -> str:
        body = str(g.rnd.randint(3, 9)) + g.digits(6)
        return body + _ievat.calc_check_digit(body + "H") + "H"

    return "IE" + g.valid(make, _ievat.is_valid)


def gb_vat(g: Gen) -> str:
    """A UK VAT number ``GB123 4567 89`` (python-stdnum's weighted modulus 97 check)."""
    number = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(8), _gbvat.is_valid)
    return f"GB{number[:3]} {number[3:7]} {number[7:]}"


def au_abn(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    number = _abn.calc_check_digits(body) + body
    assert _abn.is_valid(number)
    return f"{number[:2]} {number[2:5]} {number[5:8]} {number[8:]}"


def cl_rut(g: Gen, lo: int, hi: int, dotted: bool = True) -> str:
    """A Chilean RUT ``12.345.678-K`` (python-stdnum's check digit)."""
    body = str(g.rnd.randint(lo, hi))
    check = _rut.calc_check_digit(body)
    assert _rut.is_valid(body + check)
    if not dotted:
        return f"{body}-{check}"
    return f"{int(body):,}".replace(",", ".") + f"-{check}"


def cl_rut_decoy(g: Gen) -> str:
    """A contract folio written like a RUT whose last digit is not the RUT's check digit."""
    body = str(g.rnd.randint(10_000_000, 24_999_999))
    check = _rut.calc_check_digit(body)
    wrong = g.rnd.choice([d for d in "0123456789" if d != check])
    assert not _rut.is_valid(body + wrong)
    return f"{int(body):,}".replace(",", ".") + f"-{wrong}"


def de_idnr(g: Gen) -> str:
    """A German Steuer-ID: ten digits with exactly one digit twice, then the ISO 7064 check digit (python-stdnum)."""

    def make() -> str:
        pool = g.rnd.sample("0123456789", 9)
        body = pool + [g.rnd.choice(pool)]
        g.rnd.shuffle(body)
        text = "".join(body)
        return text + mod_11_10.calc_check_digit(text)

    return g.valid(make, _idnr.is_valid)


def fr_nif(g: Gen) -> str:
    """A French numéro fiscal (SPI), 13 digits, first 0-3 (python-stdnum's check digits)."""
    body = g.rnd.choice("0123") + g.digits(9)
    number = body + _frnif.calc_check_digits(body)
    assert _frnif.is_valid(number)
    return number


def fr_siret(g: Gen) -> str:
    """A SIRET: a SIREN (eight digits and a Luhn digit), the establishment's four digits and a Luhn digit over the
    whole (python-stdnum checks it)."""
    siren = str(g.rnd.randint(3, 9)) + g.digits(7)
    body = siren + luhn.calc_check_digit(siren) + "0" + g.digits(3)
    number = body + luhn.calc_check_digit(body)
    assert _siret.is_valid(number)
    return number


def gr_afm(g: Gen, company: bool = False) -> str:
    """A Greek ΑΦΜ: a person's starts with 0 to 2 (early issue) or 1; a company's with 8 or 9 (python-stdnum)."""
    body = (g.rnd.choice("89") if company else g.rnd.choice("0112")) + g.digits(7)
    number = body + _grvat.calc_check_digit(body)
    assert _grvat.is_valid(number)
    return number


def gr_amka(g: Gen, born: date, female: bool) -> str:
    """A Greek AMKA: the birth date ``DDMMYY``, three digits, a sex digit (odd for men) and a Luhn check digit."""
    body = born.strftime("%d%m%y") + g.digits(3) + g.rnd.choice("02468" if female else "13579")
    number = body + luhn.calc_check_digit(body)
    assert _amka.is_valid(number)
    return number


def amka_shaped_decoy(g: Gen) -> str:
    """An 11-digit property-register number (ΑΜΑ) whose last digit fails the AMKA's Luhn check."""
    body = g.day("1990-01-01", "2005-12-31").strftime("%d%m%y") + g.digits(4)
    good = luhn.calc_check_digit(body)
    number = body + g.rnd.choice([d for d in "0123456789" if d != good])
    assert not _amka.is_valid(number)
    return number


def ru_inn(g: Gen, company: bool = False) -> str:
    """A Russian INN of a person (12 digits) or a company (10 digits), Novosibirsk region 54 (python-stdnum)."""
    if company:
        body = "54" + g.digits(7)
        number = body + _inn.calc_company_check_digit(body)
    else:
        body = "54" + g.digits(8)
        number = body + _inn.calc_personal_check_digits(body)
    assert _inn.is_valid(number)
    return number


def inn_shaped_decoy(g: Gen) -> str:
    """A 12-digit contract number failing the personal INN's check digits."""
    body = "54" + g.digits(8)
    good = _inn.calc_personal_check_digits(body)
    number = body + g.valid(lambda: g.digits(2), lambda x: x != good)
    assert not _inn.is_valid(number)
    return number


def snils_check(body: str) -> str:
    """The two check digits of a SNILS (weights 9 to 1, sum modulo 101, 100 written 00)."""
    total = sum(int(d) * (9 - i) for i, d in enumerate(body))
    if total > 101:
        total %= 101
    return "00" if total in (100, 101) else f"{total:02d}"


def ru_snils(g: Gen) -> str:
    """A Russian SNILS ``123-456-789 01`` (no python-stdnum module: the published rule, checked by the test)."""
    body = str(g.rnd.randint(100_000_000, 199_999_999))
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {snils_check(body)}"


def pt_nif(g: Gen, first: str) -> str:
    body = first + g.digits(8 - len(first))
    number = body + _ptnif.calc_check_digit(body)
    assert _ptnif.is_valid(number)
    return number


def pt_cc(g: Gen) -> str:
    """A Portuguese Cartão de Cidadão number ``12345678 9 ZZ1`` (python-stdnum's check digit)."""
    civil = g.digits(8)
    body = civil + str(g.rnd.randint(0, 9)) + g.rnd.choice(["ZZ", "ZY", "ZX", "ZW"])
    number = body + _ptcc.calc_check_digit(body)
    assert _ptcc.is_valid(number)
    return f"{number[:8]} {number[8]} {number[9:]}"


def pl_pesel(g: Gen, born: date, female: bool) -> str:
    """A PESEL encoding ``born`` and the sex (python-stdnum's check digit)."""
    month = born.month + (20 if born.year >= 2000 else 0)
    serial = g.digits(3) + g.rnd.choice("02468" if female else "13579")
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial}"
    number = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(number)
    return number


def pesel_shaped_decoy(g: Gen) -> str:
    """An 11-digit agreement number whose first six digits read as a date but whose last digit fails PESEL's check."""
    born = g.day("2019-01-01", "2025-12-31")
    body = f"{born.year % 100:02d}{born.month + 20:02d}{born.day:02d}{g.digits(4)}"
    good = _pesel.calc_check_digit(body)
    number = body + g.rnd.choice([d for d in "0123456789" if d != good])
    assert not _pesel.is_valid(number)
    return number


def pl_nip(g: Gen) -> str:
    def make() -> str:
        return g.rnd.choice(["676", "677", "679", "944", "945"]) + g.digits(7)

    return g.valid(make, _nip.is_valid)


_PL_ID_WEIGHTS = (7, 3, 1, 9, 7, 3, 1, 7, 3)


def pl_id_card_ok(number: str) -> bool:
    """A Polish identity card number ``ABC123456``: the first digit is the check digit (weights 7 3 1 9 7 3 1 7 3,
    letters counted A=10 ... Z=35)."""
    if len(number) != 9 or not number[:3].isalpha() or not number[3:].isdigit():
        return False
    values = [int(ch, 36) for ch in number]
    return sum(w * v for w, v in zip(_PL_ID_WEIGHTS, values, strict=True)) % 10 == 0


def pl_id_card(g: Gen) -> str:
    letters = g.code("AAA")
    rest = g.digits(5)
    partial = sum(w * int(ch, 36) for w, ch in zip((7, 3, 1), letters, strict=True)) + sum(
        w * int(ch) for w, ch in zip((7, 3, 1, 7, 3), rest, strict=True))
    number = f"{letters}{partial % 10}{rest}"
    assert pl_id_card_ok(number)
    return number


#: letter values of the Polish land-and-mortgage register (księga wieczysta) check digit
_KW = {**{str(d): d for d in range(10)}, "X": 10, "A": 11, "B": 12, "C": 13, "D": 14, "E": 15, "F": 16, "G": 17,
       "H": 18, "I": 19, "J": 20, "K": 21, "L": 22, "M": 23, "N": 24, "O": 25, "P": 26, "R": 27, "S": 28, "T": 29,
       "U": 30, "W": 31, "Y": 32, "Z": 33}


def kw_check(court: str, number: str) -> str:
    """The check digit of a księga wieczysta ``KR1P/00012345/?`` (weights 1 3 7 repeated, sum modulo 10)."""
    chars = court + number
    return str(sum(_KW[ch] * (1, 3, 7)[i % 3] for i, ch in enumerate(chars)) % 10)


def pl_kw(g: Gen) -> str:
    court = g.rnd.choice(["KR1P", "KR1K", "KR1I", "KR2K", "KR1W"])
    number = g.digits(8)
    return f"{court}/{number}/{kw_check(court, number)}"


def lk_nic(g: Gen, born: date, female: bool) -> str:
    """A Sri Lankan NIC encoding the birth year and the day of the year (plus 500 for women; every year counted with
    29 February): the old ``YYDDDSSSSV`` form for people born before 1990, else the 12-digit form."""
    doy = (date(2000, born.month, born.day) - date(2000, 1, 1)).days + 1 + (500 if female else 0)
    if born.year < 1990:
        return f"{born.year % 100:02d}{doy:03d}{g.digits(4)}{g.rnd.choice('VVVX')}"
    return f"{born.year}{doy:03d}{g.digits(5)}"


def lk_nic_birth(number: str) -> tuple[int, int]:
    """(year, day of the year with women's 500 taken off) read back from a NIC."""
    if len(number) == 10:
        year, doy = 1900 + int(number[:2]), int(number[2:5])
    else:
        year, doy = int(number[:4]), int(number[4:7])
    return year, doy - 500 if doy > 500 else doy


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)


def sha1(g: Gen) -> str:
    return hashlib.sha1(str(g.rnd.random()).encode(), usedforsecurity=False).hexdigest()


def cyymmdd(day: date | None) -> int:
    """An AS/400 ``CYYMMDD`` date number (century digit 0 for 19xx, 1 for 20xx); 0 for none."""
    if day is None:
        return 0
    return (day.year - 1900) // 100 * 1_000_000 + day.year % 100 * 10_000 + day.month * 100 + day.day


def yyyymmdd(day: date | None) -> int:
    return 0 if day is None else day.year * 10_000 + day.month * 100 + day.day


def dats(day: date | None) -> str:
    """SAP's ``DATS``: ``YYYYMMDD`` text, ``00000000`` for none."""
    return "00000000" if day is None else day.strftime("%Y%m%d")


def pad(text: str | None, width: int) -> str:
    """A fixed-width CHAR field: ``text`` cut to ``width`` and padded with blanks (blanks for none)."""
    return ("" if text is None else text)[:width].ljust(width)
