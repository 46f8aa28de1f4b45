"""Values of held-out set v116 (:mod:`benchmarks.classification.heldout_v116`): v116's random source, and names,
streets, cities, venues and free-text snippets written by hand for v116's wedding, photography and celebrant systems
(no Faker, no list of real people, no breach data), phones checked with phonenumbers and identifiers with check digits
computed and checked with python-stdnum.

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
from stdnum import iban as _iban
from stdnum import luhn
from stdnum.ca import sin as _sin
from stdnum.cz import dic as _dic
from stdnum.cz import rc as _rc
from stdnum.dk import cpr as _cpr
from stdnum.dk import cvr as _cvr
from stdnum.fr import siret as _siret
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _afm
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.nz import ird as _ird
from stdnum.pt import cc as _cc
from stdnum.pt import nif as _nif
from stdnum.ru import inn as _inn
from stdnum.se import personnummer as _pnr
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 116_903_2026
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v116's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNK", "?",
    "TBC", "tbc", "not given", "nil", "0", "000000000", "inconnu", "néant", "desconhecido", "n.d.", "ukendt",
    "ingen", "neuvedeno", "nezjištěno", "okänd", "saknas", "άγνωστο", "—", "нет", "неизвестно", "не указано")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v116:{SEED}:{table}")

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
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        keep = max(len(nsn) - 7, 1) if region in ("US", "CA") else max(len(nsn) - 6, 1)

        def make() -> str:
            if region == "US":
                return self.rnd.choice(US_AREAS) + str(self.rnd.randint(2, 9)) + self.digits(6)
            if region == "CA":
                return self.rnd.choice(CA_AREAS) + str(self.rnd.randint(2, 9)) + self.digits(6)
            return nsn[:keep] + self.digits(len(nsn) - keep)

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
        if fmt == "dashes" and region in ("US", "CA"):
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:3]}-{d[3:6]}-{d[6:]}"
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


US_AREAS = ["843", "912", "404", "706", "312", "773", "630", "847"]
CA_AREAS = ["416", "647", "437", "905", "289", "705"]

# -- names (written for v116) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names, female family names or [] when the same)
NAMES: dict[str, tuple[list[str], list[str], list[str], list[str]]] = {
    "us": (["Beauregard", "Thaddeus", "Jamarcus", "Wyatt", "Ezekiel", "Rafael", "Landon", "Dmitri", "Porter", "Calvin"],
           ["Savannah", "Magnolia", "Tatum", "Delphine", "Kaitlyn", "Marisol", "Ainsley", "Juniper", "Raelynn", "Nadia"],
           ["Pettigrew", "Hollingsworth", "Okoro-Banks", "Vasquez", "Middleton", "Ravenel", "Dupree", "Kowalski",
            "Sutherland", "Trammell", "Beaufain", "Ashby", "Lindqvist", "Harrelson"], []),
    "gb": (["Fraser", "Oliver", "Hamza", "Jude", "Dexter", "Arlo", "Kieran", "Ellis"],
           ["Lottie", "Isla", "Amira", "Phoebe", "Harriet", "Keira", "Niamh", "Bethany"],
           ["Sowerby", "Akhtar", "Micklethwaite", "Greenhalgh", "Oyelaran", "Holroyd", "Ackroyd", "Bairstow",
            "Pickersgill", "Rashid", "Wainwright", "Lumb"], []),
    "au": (["Lachlan", "Jarrah", "Hamish", "Koby", "Tomasz", "Bodhi", "Riley", "Angus"],
           ["Matilda", "Indie", "Sienna", "Kirra", "Lucia", "Tahlia", "Zara", "Mackenzie"],
           ["Fitzgibbon", "Papadakis", "Nguyen", "Whitlock", "Albrecht", "Dimitriou", "McAlister", "Kerrigan",
            "Broadbent", "Trinh", "Yarran", "Costello"], []),
    "ca": (["Mathieu", "Jaskaran", "Owen", "Liam", "Tiago", "Quinn", "Malik", "Benoît"],
           ["Geneviève", "Simran", "Avery", "Chloé", "Mei", "Kaylee", "Roxanne", "Ines"],
           ["Gauthier", "Dhillon", "MacLellan", "Beaulieu", "Wong-Fraser", "Mercier", "Petrenko", "Ouimet",
            "Sinclair", "Grewal", "Lapointe", "Halvorsen"], []),
    "ie": (["Eoin", "Cillian", "Senan", "Donncha", "Rian", "Ultan", "Mateusz", "Shane"],
           ["Caoimhe", "Saoirse", "Aisling", "Éabha", "Ciara", "Muireann", "Zofia", "Tara"],
           ["Ó Ceallaigh", "Mac Carthaigh", "Dunne", "Fahy", "Geraghty", "Ní Mhurchú", "Costigan", "Lenihan",
            "Moynihan", "Nowicki", "Whelan", "Prendergast"], []),
    "in": (["Aditya", "Rahul", "Kunal", "Nikhil", "Sameer", "Varun", "Yash", "Pranav"],
           ["Riya", "Aishwarya", "Nandini", "Tanvi", "Sneha", "Divya", "Simran", "Mehak"],
           ["Agarwal", "Rathore", "Khandelwal", "Mehta", "Shekhawat", "Bhatnagar", "Goenka", "Saxena", "Oberoi",
            "Singhania", "Chopra", "Jain"], []),
    "nz": (["Tane", "Nikau", "Jackson", "Finn", "Sefa", "Hunter", "Rawiri", "Ollie"],
           ["Maia", "Ariana", "Georgia", "Kaia", "Mele", "Isabella", "Awhina", "Harper"],
           ["Te Whata", "McCracken", "Tuilagi", "Henare", "Drummond", "Aperahama", "Faleolo", "Mackintosh",
            "Ngata", "Simcock", "Paewai", "Lusk"], []),
    "fr": (["Baptiste", "Quentin", "Maxime", "Karim", "Romain", "Grégoire", "Julien", "Théo"],
           ["Margaux", "Élodie", "Pauline", "Inès", "Capucine", "Amandine", "Laure", "Héloïse"],
           ["Lacoste", "Dubreuil", "Ferrand", "Haddad", "Laborde", "Chastagnol", "Castaing", "Mérignac", "Duprat",
            "Larrieu", "Bensaïd", "Vidal"], []),
    "pt": (["Tiago", "Rui", "Gonçalo", "Duarte", "Nuno", "Vasco", "Bruno", "Henrique"],
           ["Inês", "Beatriz", "Mafalda", "Leonor", "Catarina", "Sofia", "Joana", "Matilde"],
           ["Magalhães", "Figueira", "Rebelo", "Coutinho", "Meireles", "Sarmento", "Pinto da Costa", "Azevedo",
            "Queirós", "Lacerda", "Vilaça", "Barbosa"], []),
    "da": (["Mikkel", "Rasmus", "Frederik", "Søren", "Anders", "Emil", "Jonas", "Kasper"],
           ["Freja", "Ida", "Mette", "Signe", "Astrid", "Karoline", "Line", "Sofie"],
           ["Kjærgaard", "Østergaard", "Lund", "Damgaard", "Bech", "Rasmussen", "Thygesen", "Holm", "Skov",
            "Vestergaard", "Mortensen", "Brandt"], []),
    "cs": (["Jakub", "Ondřej", "Tomáš", "Lukáš", "Vojtěch", "Matěj", "Petr", "Jiří"],
           ["Tereza", "Kateřina", "Barbora", "Veronika", "Lucie", "Markéta", "Eliška", "Adéla"],
           ["Dvořák", "Procházka", "Kučera", "Veselý", "Horák", "Němec", "Pokorný", "Marek", "Růžička", "Beneš"],
           ["Dvořáková", "Procházková", "Kučerová", "Veselá", "Horáková", "Němcová", "Pokorná", "Marková",
            "Růžičková", "Benešová"]),
    "sv": (["Oskar", "Gustav", "Albin", "Hugo", "Filip", "Axel", "Adam", "Linus"],
           ["Elsa", "Wilma", "Maja", "Ella", "Klara", "Stina", "Agnes", "Hanna"],
           ["Sandberg", "Ekström", "Lindholm", "Björklund", "Hedlund", "Åström", "Norén", "Holmqvist", "Dahlgren",
            "Ståhl", "Karimi", "Palmér"], []),
    "el": (["Γιώργος", "Νίκος", "Δημήτρης", "Κώστας", "Παναγιώτης", "Σπύρος", "Αλέξανδρος", "Μιχάλης"],
           ["Μαρία", "Ελένη", "Κατερίνα", "Δέσποινα", "Βασιλική", "Σοφία", "Αναστασία", "Χριστίνα"],
           ["Παπαδόπουλος", "Οικονόμου", "Γεωργίου", "Καραγιάννης", "Μαυρίδης", "Αντωνίου", "Τσακίρης",
            "Βλάχος"],
           ["Παπαδοπούλου", "Οικονόμου", "Γεωργίου", "Καραγιάννη", "Μαυρίδου", "Αντωνίου", "Τσακίρη", "Βλάχου"]),
    "ru": (["Алексей", "Дмитрий", "Артём", "Ильдар", "Максим", "Роман", "Тимур", "Егор"],
           ["Анастасия", "Екатерина", "Алина", "Гульнара", "Дарья", "Ксения", "Полина", "Виктория"],
           ["Смирнов", "Гарипов", "Волков", "Хабибуллин", "Лебедев", "Зайцев", "Миронов", "Сафин"],
           ["Смирнова", "Гарипова", "Волкова", "Хабибуллина", "Лебедева", "Зайцева", "Миронова", "Сафина"]),
}

#: Greek and Cyrillic given names romanized for e-mail local parts
ROMAN = {"Γιώργος": "giorgos", "Νίκος": "nikos", "Δημήτρης": "dimitris", "Κώστας": "kostas", "Παναγιώτης": "panos",
         "Σπύρος": "spyros", "Αλέξανδρος": "alexandros", "Μιχάλης": "michalis", "Μαρία": "maria", "Ελένη": "eleni",
         "Κατερίνα": "katerina", "Δέσποινα": "despoina", "Βασιλική": "vasiliki", "Σοφία": "sofia",
         "Αναστασία": "anastasia", "Χριστίνα": "christina", "Алексей": "alexey", "Дмитрий": "dmitry",
         "Артём": "artem", "Ильдар": "ildar", "Максим": "maxim", "Роман": "roman", "Тимур": "timur", "Егор": "egor",
         "Анастасия": "nastya", "Екатерина": "katya", "Алина": "alina", "Гульнара": "gulnara", "Дарья": "dasha",
         "Ксения": "ksenia", "Полина": "polina", "Виктория": "vika"}
#: Russian patronymics (male, female)
RU_PATRONYMICS = (["Сергеевич", "Ринатович", "Андреевич", "Олегович", "Маратович"],
                  ["Сергеевна", "Ринатовна", "Андреевна", "Олеговна", "Маратовна"])


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang`` (a female family name where the language inflects it)."""
    male, fem, fam, fam_f = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.5
    i = g.rnd.randrange(len(fam))
    return g.rnd.choice(fem if female else male), (fam_f[i] if female and fam_f else fam[i])


def whole(g: Gen, lang: str = "us", female: bool | None = None) -> str:
    a, b = person(g, lang, female)
    return f"{b} {a}" if lang == "ru" and g.rnd.random() < 0.5 else f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(ROMAN.get(text, text)) if ch.isascii() and (ch.isalnum() or ch == "."))


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a = plain(first) or "user"
    b = plain(last) or g.rnd.choice(["home", "mail", "box", "post"])
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(75, 99)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def mail(g: Gen, lang: str) -> str:
    a, b = person(g, lang)
    return email_of(g, a, b, DOMAINS[lang])


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first).replace(".", "") or "guest", plain(last).replace(".", "") or "user"
    return [f"{a[0]}{b}"[:12], f"{a}.{b}", f"{b[:6]}{a[:2]}".lower() + str(len(a) * 7)][style % 3]


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "att.net"],
    "gb": ["gmail.com", "hotmail.co.uk", "sky.com", "yahoo.co.uk", "icloud.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com.au", "icloud.com", "optusnet.com.au"],
    "ca": ["gmail.com", "rogers.com", "bell.net", "hotmail.com", "videotron.ca"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.in", "outlook.com"],
    "nz": ["gmail.com", "xtra.co.nz", "slingshot.co.nz", "icloud.com"],
    "fr": ["orange.fr", "free.fr", "sfr.fr", "gmail.com", "laposte.net"],
    "pt": ["gmail.com", "sapo.pt", "hotmail.com", "netcabo.pt"],
    "da": ["gmail.com", "mail.dk", "hotmail.dk", "jubii.dk"],
    "cs": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com"],
    "sv": ["gmail.com", "telia.com", "hotmail.se", "bredband.net"],
    "el": ["gmail.com", "yahoo.gr", "otenet.gr", "hotmail.com"],
    "ru": ["yandex.ru", "mail.ru", "gmail.com", "rambler.ru"],
}

# -- places (written for v116) -----------------------------------------------------------------------------------------

#: (city, ZIP prefix) in coastal South Carolina and Georgia
US_CITIES = [("Charleston", "294"), ("Mount Pleasant", "294"), ("Summerville", "294"), ("Beaufort", "299"),
             ("Savannah", "314"), ("Kiawah Island", "294"), ("Folly Beach", "294"), ("Bluffton", "299")]
US_STREETS = ["Rutledge Ave", "Coleman Blvd", "Wappoo Rd", "Johnnie Dodds Blvd", "Abercorn St", "Bay Street",
              "Magnolia Crossing", "Live Oak Dr", "Shem Creek Ln", "Marsh Hen Ct", "Palmetto Bluff Rd", "King St"]
#: (city, ZIP prefix) around Chicago
IL_CITIES = [("Chicago", "606"), ("Evanston", "602"), ("Oak Park", "603"), ("Naperville", "605"), ("Skokie", "600"),
             ("Aurora", "605"), ("Joliet", "604"), ("Schaumburg", "601")]
IL_STREETS = ["N Milwaukee Ave", "W Belmont Ave", "S Halsted St", "Lake St", "Ogden Ave", "N Clark St",
              "W Devon Ave", "Dempster St", "Roosevelt Rd", "Chicago Ave"]
GB_CITIES = [("Leeds", "LS6"), ("Harrogate", "HG1"), ("Wakefield", "WF1"), ("Bradford", "BD9"), ("York", "YO24"),
             ("Huddersfield", "HD1"), ("Otley", "LS21"), ("Ilkley", "LS29")]
GB_STREETS = ["Otley Road", "Harehills Lane", "Kirkstall Road", "Cold Bath Road", "Manningham Lane", "Tadcaster Road",
              "Westgate", "Spen Lane", "Meanwood Road", "Bondgate"]
AU_CITIES = [("Fremantle", "6160"), ("Subiaco", "6008"), ("Joondalup", "6027"), ("Rockingham", "6168"),
             ("Mandurah", "6210"), ("Margaret River", "6285"), ("Scarborough", "6019"), ("Midland", "6056")]
AU_STREETS = ["South Terrace", "Rokeby Road", "Grand Boulevard", "Safety Bay Road", "Pinjarra Road", "Bussell Highway",
              "West Coast Highway", "Great Eastern Highway", "Marmion Street", "Banksia Crescent"]
CA_CITIES = [("Toronto", "M6J"), ("Mississauga", "L5B"), ("Brampton", "L6Y"), ("Hamilton", "L8P"),
             ("Oakville", "L6J"), ("Markham", "L3R"), ("Barrie", "L4N"), ("Niagara Falls", "L2E")]
CA_STREETS = ["Ossington Ave", "Dundas St W", "Queen St E", "Hurontario St", "Locke St S", "Lakeshore Rd E",
              "Kennedy Rd", "Bayfield St", "Lundy's Lane", "Roncesvalles Ave"]
IE_CITIES = [("Dublin 6", "D06"), ("Bray", "A98"), ("Kilkenny", "R95"), ("Naas", "W91"), ("Wexford", "Y35"),
             ("Drogheda", "A92"), ("Galway", "H91"), ("Killarney", "V93")]
IE_STREETS = ["Rathmines Road", "Strand Road", "John Street", "Sallins Road", "Main Street", "Laurence Street",
              "Seapoint Avenue", "Muckross Road", "Bóthar an Chláir", "Ashgrove Park"]
IN_CITIES = [("Jaipur", "302"), ("Udaipur", "313"), ("Delhi", "110"), ("Mumbai", "400"), ("Ahmedabad", "380"),
             ("Jodhpur", "342"), ("Kolkata", "700"), ("Indore", "452")]
IN_STREETS = ["C-Scheme Ashok Marg", "Fateh Sagar Road", "Vasant Vihar Block B", "Pali Hill", "Navrangpura",
              "Sardarpura 3rd Road", "Salt Lake Sector 2", "Vijay Nagar Scheme 54", "Malviya Nagar", "Hiran Magri"]
NZ_CITIES = [("Queenstown", "9300"), ("Wānaka", "9305"), ("Christchurch", "8011"), ("Dunedin", "9016"),
             ("Auckland", "1021"), ("Wellington", "6011"), ("Nelson", "7010"), ("Arrowtown", "9302")]
NZ_STREETS = ["Gorge Road", "Ardmore Street", "Papanui Road", "George Street", "Ponsonby Road", "Cuba Street",
              "Trafalgar Street", "Buckingham Street", "Frankton Road", "Riverbank Road"]
FR_CITIES = [("Bordeaux", "33000"), ("Mérignac", "33700"), ("Pessac", "33600"), ("Libourne", "33500"),
             ("Arcachon", "33120"), ("Saint-Émilion", "33330"), ("Talence", "33400"), ("Bègles", "33130")]
FR_STREETS = ["rue Sainte-Catherine", "cours de l'Intendance", "avenue Thiers", "rue du Palais Gallien",
              "allée des Pins", "chemin des Vignes", "rue Montesquieu", "boulevard du Président Wilson"]
PT_CITIES = [("Porto", "4000"), ("Vila Nova de Gaia", "4400"), ("Matosinhos", "4450"), ("Maia", "4470"),
             ("Braga", "4700"), ("Guimarães", "4800"), ("Amarante", "4600"), ("Espinho", "4500")]
PT_STREETS = ["Rua de Santa Catarina", "Avenida da Boavista", "Rua de Cedofeita", "Rua do Almada",
              "Travessa de São Roque", "Rua Dom Pedro V", "Avenida da República", "Largo do Toural"]
DK_CITIES = [("København K", "1050"), ("Frederiksberg", "2000"), ("Aarhus C", "8000"), ("Odense C", "5000"),
             ("Roskilde", "4000"), ("Helsingør", "3000"), ("Tønder", "6270"), ("Aalborg", "9000")]
DK_STREETS = ["Nørrebrogade", "Gammel Kongevej", "Vesterbrogade", "Søndergade", "Algade", "Stengade",
              "Østergade", "Boulevarden"]
CZ_CITIES = [("Praha 2", "120 00"), ("Praha 5", "150 00"), ("Brno", "602 00"), ("Kutná Hora", "284 01"),
             ("Český Krumlov", "381 01"), ("Plzeň", "301 00"), ("Kladno", "272 01"), ("Mělník", "276 01")]
CZ_STREETS = ["Vinohradská", "Nádražní", "Husova", "Masarykova", "Palackého", "Zámecká", "Komenského", "U Stadionu"]
SE_CITIES = [("Göteborg", "41"), ("Mölndal", "43"), ("Kungsbacka", "43"), ("Borås", "50"), ("Alingsås", "44"),
             ("Kungälv", "44"), ("Partille", "43"), ("Lerum", "44")]
SE_STREETS = ["Linnégatan", "Vasagatan", "Storgatan", "Kungsgatan", "Övre Husargatan", "Allégatan", "Järntorget",
              "Sjöportsgatan"]
GR_CITIES = [("Αθήνα", "104"), ("Πειραιάς", "185"), ("Γλυφάδα", "166"), ("Μαρούσι", "151"), ("Κηφισιά", "145"),
             ("Χαλάνδρι", "152"), ("Περιστέρι", "121"), ("Βούλα", "166")]
GR_STREETS = ["Πατησίων", "Λεωφόρος Κηφισίας", "Ερμού", "Αγίου Κωνσταντίνου", "Βασιλίσσης Σοφίας", "Ακαδημίας",
              "Γρηγορίου Λαμπράκη", "Θησέως"]
RU_CITIES = [("Казань", "420"), ("Зеленодольск", "422"), ("Набережные Челны", "423"), ("Альметьевск", "423"),
             ("Елабуга", "423"), ("Нижнекамск", "423"), ("Иннополис", "420"), ("Чистополь", "422")]
RU_STREETS = ["ул. Баумана", "ул. Пушкина", "пр. Победы", "ул. Декабристов", "ул. Чистопольская",
              "ул. Кремлёвская", "пр. Ямашева", "ул. Гвардейская"]


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(2, 2_400) if lang == "us" else g.rnd.randint(1, 160)
    if lang in ("fr", "gb", "au", "ie", "nz", "ca"):
        return f"{n} {s}"
    if lang in ("pt",):
        return f"{s}, {n}, {g.rnd.randint(1, 6)}º {g.rnd.choice(['Esq', 'Dto', 'Frt'])}"
    if lang in ("da", "sv", "cs", "el"):
        return f"{s} {n}"
    if lang == "ru":
        return f"{s}, д. {n}, кв. {g.rnd.randint(1, 220)}"
    if lang == "in":
        return f"{g.rnd.randint(1, 400)}, {s}"
    return f"{n} {s}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    d = g.valid(make, _ssn.is_valid)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dashed else d


def us_ssn_decoy(g: Gen) -> str:
    """A booking number shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    area = g.rnd.choice(["000", "666", f"9{g.digits(2)}"])
    return f"{area}-{g.digits(2)}-{g.digits(4)}"


def ca_sin(g: Gen) -> str:
    body = str(g.rnd.choice([1, 2, 3, 4, 5, 6, 7, 9])) + g.digits(7)
    d = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(d)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def luhn_decoy(g: Gen, n: int, first: str = "123456789") -> str:
    """``n`` digits failing the Luhn check (shaped like a SIN or a personnummer)."""
    return g.valid(lambda: g.rnd.choice(first) + g.digits(n - 1), lambda x: not luhn.is_valid(x))


def card(g: Gen, spaced: bool = False) -> str:
    body = g.rnd.choice(["4", "4", "51", "53", "55", "2221"])
    body += g.digits(15 - len(body))
    d = body + luhn.calc_check_digit(body)
    return " ".join(d[i:i + 4] for i in range(0, 16, 4)) if spaced else d


_BBAN = {"FR": "9999999999ZZZZZZZZZZZ99", "PT": "999999999999999999999", "DK": "99999999999999",
         "CZ": "99999999999999999999", "IE": "AAAA99999999999999"}


def iban(g: Gen, country: str, spaced: bool = True) -> str:
    def make() -> str:
        bban = g.code(_BBAN[country])
        number = country + _iban.calc_check_digits(country + "00" + bban) + bban
        return number

    d = g.valid(make, _iban.is_valid)
    return _iban.format(d) if spaced else d


def ird(g: Gen) -> str:
    return _ird.format(g.valid(lambda: str(g.rnd.randint(10, 149)) + g.digits(6), _ird.is_valid))


def ird_decoy(g: Gen) -> str:
    """Nine digits shaped like an IRD number and failing its check (a booking reference)."""
    return g.valid(lambda: str(g.rnd.randint(100, 149)) + g.digits(6), lambda x: not _ird.is_valid(x))


def aadhaar(g: Gen, spaced: bool = True) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if spaced else d


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (a room block or manifest number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def pan(g: Gen, surname: str) -> str:
    head = g.code("AAA") + "P" + (plain(surname)[:1].upper() or "X")
    return g.valid(lambda: head + g.digits(4) + g.rnd.choice(string.ascii_uppercase), _pan.is_valid)


def siret(g: Gen) -> str:
    return g.valid(lambda: g.digits(14), _siret.is_valid)


def pt_nif(g: Gen, company: bool = False) -> str:
    return g.valid(lambda: (g.rnd.choice("5") if company else g.rnd.choice("12")) + g.digits(8), _nif.is_valid)


def pt_nif_decoy(g: Gen) -> str:
    """Nine digits starting like a person's NIF and failing its check (a quote number)."""
    return g.valid(lambda: g.rnd.choice("12") + g.digits(8), lambda x: not _nif.is_valid(x))


def pt_cc(g: Gen) -> str:
    def make() -> str:
        body = g.digits(8) + g.digits(1) + g.code("AA") + g.digits(1)
        return body

    d = g.valid(make, _cc.is_valid)
    return f"{d[:8]} {d[8]} {d[9:]}"


def dk_cpr(g: Gen, born: date) -> str:
    century = "0123" if born.year < 2000 else "4"
    d = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{g.rnd.choice(century)}{g.digits(3)}"
    assert _cpr.is_valid(d) and _cpr.get_birth_date(d) == born, d
    return f"{d[:6]}-{d[6:]}"


def dk_cpr_decoy(g: Gen) -> str:
    """Ten digits written ``DDMMYY-SSSS`` whose day is 32 to 99 (a case number failing the CPR's date)."""
    return f"{g.rnd.randint(32, 99)}{g.rnd.randint(1, 12):02d}{g.digits(2)}-{g.digits(4)}"


def cvr(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(7), _cvr.is_valid)


def cz_rc(g: Gen, born: date, female: bool) -> str:
    month = born.month + (50 if female else 0)
    head = f"{born.year % 100:02d}{month:02d}{born.day:02d}"

    def make() -> str:
        body = head + g.digits(3)
        return body + str(int(body) % 11 % 10)

    d = g.valid(make, lambda x: _rc.is_valid(x) and _rc.get_birth_date(x) == born)
    return f"{d[:6]}/{d[6:]}"


def cz_rc_decoy(g: Gen) -> str:
    """Ten digits written like a birth number (``YYMMDD/SSSC``) failing its mod-11 check (a contract number)."""
    def make() -> str:
        return f"{g.rnd.randint(80, 99)}{g.rnd.randint(1, 12):02d}{g.rnd.randint(1, 28):02d}{g.digits(4)}"

    d = g.valid(make, lambda x: not _rc.is_valid(x))
    return f"{d[:6]}/{d[6:]}"


def ico(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("2467") + g.digits(7), _dic.is_valid)


def se_pnr(g: Gen, born: date) -> str:
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{g.digits(3)}"
    d = f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"
    assert _pnr.is_valid(d)
    return d


def se_pnr_decoy(g: Gen) -> str:
    """``YYMMDD-NNNN`` failing the Luhn check (an order number)."""
    def make() -> str:
        return f"{g.rnd.randint(70, 99)}{g.rnd.randint(1, 12):02d}{g.rnd.randint(1, 28):02d}{g.digits(4)}"

    d = g.valid(make, lambda x: not luhn.is_valid(x))
    return f"{d[:6]}-{d[6:]}"


def amka(g: Gen, born: date, female: bool) -> str:
    def make() -> str:
        body = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{g.digits(3)}"
        body += g.rnd.choice("02468" if female else "13579")
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _amka.is_valid)


def amka_decoy(g: Gen) -> str:
    """Eleven digits starting like a date and failing the AMKA's Luhn check (an offer number)."""
    def make() -> str:
        return f"{g.rnd.randint(1, 28):02d}{g.rnd.randint(1, 12):02d}{g.rnd.randint(60, 99)}{g.digits(5)}"

    return g.valid(make, lambda x: not luhn.is_valid(x))


def afm(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("01") + g.digits(8), lambda x: _afm.is_valid(x) and x != "0" * 9)


def ru_inn(g: Gen, company: bool = False) -> str:
    if company:
        body = "16" + g.digits(7)
        return body + _inn.calc_company_check_digit(body)
    body = "16" + g.digits(8)
    d = body + _inn.calc_personal_check_digits(body)
    assert _inn.is_valid(d)
    return d


def ru_inn_decoy(g: Gen) -> str:
    """Twelve digits starting like a Tatarstan INN and failing its check (a contract number)."""
    return g.valid(lambda: "16" + g.digits(10), lambda x: not _inn.is_valid(x))


def snils_check(body: str) -> str:
    total = sum(int(ch) * (9 - i) for i, ch in enumerate(body))
    total = total % 101
    return "00" if total in (100, 101) else f"{total % 100:02d}"


def snils_is_valid(value: str) -> bool:
    """Whether ``value`` is a valid Russian SNILS (``XXX-XXX-XXX YY``, weighted sum mod 101)."""
    d = "".join(ch for ch in value if ch.isdigit())
    return len(d) == 11 and snils_check(d[:9]) == d[9:]


def snils(g: Gen) -> str:
    body = str(g.rnd.randint(1, 1_98)).zfill(3) + g.digits(6)
    d = body + snils_check(body)
    return f"{d[:3]}-{d[3:6]}-{d[6:9]} {d[9:]}"


# -- wedding, studio and celebrant vocabulary (written for v116) -------------------------------------------------------

VENUES_US = ["Oakridge Plantation Barn", "Harbor Loft on East Bay", "Wisteria Hall", "Salt Marsh Pavilion",
             "The Cotton Exchange Ballroom"]
PACKAGES = ["Full planning", "Partial planning", "Month-of coordination", "Elopement", "Day-of coordination"]
SHOOT_TYPES = ["Newborn", "Maternity", "Engagement", "Family", "Headshots", "Wedding", "Cake smash"]
PRINT_SKUS = ["PRT-8X10-LUS", "PRT-11X14-MAT", "CNV-16X20", "ALB-LINEN-30P", "USB-WOOD-32G", "MNT-5X7-BLK"]
GOWN_SKUS = ["GWN-ALINE-IVR", "GWN-MERM-CHMP", "VEIL-CATH-IVR", "GWN-BALL-WHT", "ACC-BELT-CRYS", "GWN-SHTH-BLSH"]
