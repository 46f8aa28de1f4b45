"""Values of held-out set v142 (:mod:`benchmarks.classification.heldout_v142`): v142's random source, and names,
streets, suburbs, postcodes, agencies and contractors written by hand for v142's property-management and letting
systems (no Faker, no list of real people, no breach data), phones checked with phonenumbers and identifiers with check
digits computed and checked with python-stdnum (SNILS's, which python-stdnum lacks, is computed here).

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
from stdnum.au import abn as _abn
from stdnum.br import cpf as _cpf
from stdnum.ca import sin as _sin
from stdnum.dk import cpr as _cpr
from stdnum.dk import cvr as _cvr
from stdnum.es import ccc as _ccc
from stdnum.es import cif as _cif
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.nl import bsn as _bsn
from stdnum.pt import cc as _cc
from stdnum.pt import nif as _nif
from stdnum.ru import inn as _inn
from stdnum.se import orgnr as _orgnr
from stdnum.se import personnummer as _pnr
from stdnum.tr import tckimlik as _tck
from stdnum.tr import vkn as _vkn
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _zaid

from benchmarks.classification.heldout_v2 import Column

SEED = 142_0611_2026
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v142's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "—", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "nil", "NIL",
    "0", "?", "TBC", "no feedback", "sin observaciones", "s/o", "sem observações", "n.d.", "geen", "n.v.t.", "saknas",
    "ingen", "ingen bemærkning", "intet", "нет", "не указано", "yok", "belirtilmemiş")


def fold(text: str) -> str:
    text = text.lower().replace("ı", "i").replace("æ", "ae").replace("ø", "oe").replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("'", "")


_CYR = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
        "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
        "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
        "ю": "yu", "я": "ya"}


def translit(text: str) -> str:
    """Cyrillic to Latin the way Russians write e-mail addresses (no diacritics)."""
    return "".join(_CYR.get(ch, ch) for ch in text.lower())


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v142:{SEED}:{table}")

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

    def sha1(self) -> str:
        return hashlib.sha1(str(self.rnd.random()).encode(), usedforsecurity=False).hexdigest()

    def version(self) -> str:
        return f"{self.rnd.randint(1, 6)}.{self.rnd.randint(0, 30)}.{self.rnd.randint(0, 12)}"

    def ipv4(self, firsts: list[int]) -> str:
        return f"{self.rnd.choice(firsts)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}." \
               f"{self.rnd.randint(1, 254)}"

    def ipv6(self, head: str) -> str:
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(6))

    # -- phones
    def phone(self, plan: str, fmt: str = "e164", mobile: bool = True) -> str:
        """A number valid for the region of ``plan`` (``"SE"``, or ``"US-VA"`` for a US state's area codes: a
        mobile or a fixed line of the table's area) in format ``fmt``: ``e164``, ``intl``, ``national``, ``digits``
        (the national digits) or ``dashes`` (US and Canada)."""
        region = plan[:2]
        prefixes, length = PHONE_PLANS[plan][0 if mobile else 1]
        cc = phonenumbers.country_code_for_region(region)

        def make() -> str:
            head = self.rnd.choice(prefixes)
            if region in ("US", "CA"):
                head += str(self.rnd.randint(2, 9))
            return head + self.digits(length - len(head))

        def ok(candidate: str) -> bool:
            number = phonenumbers.parse(f"+{cc}{candidate}")
            return phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region

        number = phonenumbers.parse(f"+{cc}{self.valid(make, ok)}")
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

    def phones(self, plan: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(plan, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


#: plan -> ((mobile prefixes, national significant length), (fixed-line prefixes of the table's area, length)); a
#: plan is a region, or a region and a US state
PHONE_PLANS: dict[str, tuple[tuple[list[str], int], tuple[list[str], int]]] = {
    "US-VA": ((["804", "757", "540", "434"], 10), (["804"], 10)),
    "US-PA": ((["412", "724", "878"], 10), (["412"], 10)),
    "CA": ((["204", "431"], 10), (["204"], 10)),
    "GB": ((["74", "75", "77", "78", "79"], 10), (["1132", "1133", "1134"], 10)),
    "ZA": ((["60", "61", "62", "63", "65", "66", "71", "72", "73", "74", "76", "78", "79", "82", "83", "84"], 9),
           (["31"], 9)),
    "AU": ((["40", "41", "42", "43", "44", "45", "46", "47", "48", "49"], 9), (["73", "75"], 9)),
    "IE": ((["83", "85", "86", "87", "89"], 9), (["1"], 8)),
    "NZ": ((["21", "22", "27"], 9), (["4"], 8)),
    "ES": ((["6", "71", "72", "73", "74"], 9), (["96"], 9)),
    "PT": ((["91", "92", "93", "96"], 9), (["22"], 9)),
    "NL": ((["6"], 9), (["10"], 9)),
    "SE": ((["70", "72", "73", "76", "79"], 9), (["40"], 9)),
    "DK": ((["20", "21", "22", "26", "28", "30", "31", "40", "42", "50", "51", "53", "60", "61", "71", "81", "91",
             "93"], 8), (["63", "65", "66"], 8)),
    "RU": ((["912", "917", "927", "937", "939", "960", "987"], 10), (["843"], 10)),
    "TR": ((["501", "505", "506", "507", "530", "532", "533", "535", "536", "537", "538", "539", "541", "542", "543",
             "544", "545", "546", "549", "551", "552", "553", "554", "555"], 10), (["216"], 10)),
}

# -- names (written for v142) ------------------------------------------------------------------------------------------

#: country -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "va": (["Dwayne", "Tyrell", "Carter", "Hunter", "Javier", "Minh", "Darnell", "Austin", "Rashad", "Wesley", "Luis",
            "Brandon"],
           ["Latoya", "Brianna", "Keisha", "Ashley", "Guadalupe", "Morgan", "Shanice", "Courtney", "Mei", "Destiny",
            "Kayla", "Tamika"],
           ["Hargrove", "Pettaway", "Fauntleroy", "Scruggs", "Nguyen", "Batts", "Jefferson", "Carrington", "Mayo",
            "Ruffin", "Tinsley", "Quarles", "Gaines", "Villanueva", "Spivey", "Blankenship"]),
    "pa": (["Stanley", "Dominic", "Gregory", "Kyle", "Tyler", "Anthony", "Jerome", "Raymond", "Marcus", "Zachary"],
           ["Dolores", "Bernadette", "Tiffany", "Heather", "Rochelle", "Carla", "Nicole", "Megan", "Jasmine", "Renee"],
           ["Kowalski", "Yablonsky", "DiNardo", "Sciulli", "Mancini", "Hrabovsky", "Pollock", "Woodson", "Petrucci",
            "Zelenak", "Lutz", "Kaminski", "Dudek", "Hartzell", "McCrory"]),
    "gb": (["Jack", "Harvey", "Liam", "Mohammed", "Kieran", "Owen", "Josh", "Hamza", "Connor", "Ryan"],
           ["Chloe", "Megan", "Aisha", "Jade", "Holly", "Amelia", "Bethany", "Sana", "Lauren", "Ellie"],
           ["Whitaker", "Ackroyd", "Sutcliffe", "Hirst", "Mahmood", "Kaur", "Illingworth", "Crowther", "Bairstow",
            "Dobson", "Akhtar", "Holroyd", "Firth", "Barraclough"]),
    "ca": (["Tyler", "Brayden", "Jaskaran", "Mykola", "Reid", "Kwame", "Marc", "Dallas", "Paolo", "Dmytro"],
           ["Kaitlyn", "Jasleen", "Paige", "Chantelle", "Mikayla", "Rosalie", "Tenzin", "Shelby", "Marisa", "Olena"],
           ["Friesen", "Penner", "Thiessen", "Kowalchuk", "Dueck", "Bergen", "Sandhu", "Harper", "Fontaine",
            "Bouchard", "Wiebe", "Santos", "Hiebert", "McKay", "Lavallee"]),
    "za": (["Sipho", "Thabo", "Mandla", "Sibusiso", "Pravesh", "Kyle", "Ruan", "Nkosinathi", "Yusuf", "Bongani"],
           ["Nomvula", "Thandeka", "Zanele", "Lindiwe", "Kavitha", "Chantal", "Ayanda", "Precious", "Fatima",
            "Nokuthula"],
           ["Ndlovu", "Mkhize", "Dlamini", "Zulu", "Naidoo", "Pillay", "Govender", "van der Merwe", "Botha",
            "Ngcobo", "Shezi", "Moodley", "Cele", "Khumalo", "Essop"]),
    "au": (["Lachlan", "Cooper", "Mitchell", "Hayden", "Brodie", "Tane", "Nikhil", "Jarrod", "Hamish", "Quoc"],
           ["Chelsea", "Jess", "Tayla", "Brooke", "Kirra", "Shanae", "Priya", "Mackenzie", "Ngaire", "Imogen"],
           ["Pemberton", "McGrath", "O'Loughlin", "Tran", "Vella", "Papadakis", "Brennan", "Jurd", "Atkins",
            "Cavanagh", "Halloran", "Rossi", "Tuipulotu", "Kennard"]),
    "ie": (["Eoin", "Cian", "Ronan", "Fionn", "Seán", "Mateusz", "Killian", "Conor", "Dara", "Rafael"],
           ["Niamh", "Caoimhe", "Ciara", "Aoibhinn", "Sinéad", "Karolina", "Emer", "Deirdre", "Aisling", "Bianca"],
           ["Byrne", "O'Reilly", "Dunne", "Kinsella", "Nolan", "Brady", "Murtagh", "Kowalska", "Doyle", "Farrell",
            "Lynch", "MacNamara", "Ó Conaill", "Cullen"]),
    "nz": (["Tama", "Nikau", "Riley", "Sione", "Jayden", "Kauri", "Blake", "Pita", "Lincoln", "Arjun"],
           ["Mihi", "Ataahua", "Sophie", "Mele", "Hana", "Ruby", "Kahurangi", "Grace", "Talia", "Isla"],
           ["Ngata", "Tuhiwai", "McLeod", "Fonoti", "Gallagher", "Waititi", "Tapsell", "Harrington", "Ellison",
            "Taufa", "Mahuika", "Sowerby", "Kereama"]),
    "es": (["Vicente", "Josep", "Salvador", "Álvaro", "Sergio", "Hugo", "Pau", "Rubén", "Enrique", "Iván"],
           ["Amparo", "Lucía", "Marta", "Inmaculada", "Neus", "Carmen", "Paula", "Rocío", "Empar", "Mireia"],
           ["Ferrer", "Martínez", "Sanchis", "Llopis", "Soler", "Navarro", "Beltrán", "Vidal", "Alcañiz", "Climent",
            "Peris", "Gimeno", "Tortosa", "Olmos", "Boix", "Company"]),
    "pt": (["João", "Tiago", "Rui", "Nuno", "Duarte", "Gonçalo", "Afonso", "Vasco", "Hélder", "Bruno"],
           ["Inês", "Beatriz", "Mariana", "Leonor", "Joana", "Filipa", "Catarina", "Raquel", "Sofia", "Carolina"],
           ["Pinto", "Moreira", "Teixeira", "Magalhães", "Cardoso", "Sousa", "Lopes", "Vieira", "Barbosa", "Azevedo",
            "Castro", "Monteiro", "Guimarães", "Fonseca", "Coelho"]),
    "br": (["Wesley", "Thiago", "Everton", "Cauã", "Rodrigo"], ["Thaís", "Luana", "Jaqueline", "Larissa", "Kelly"],
           ["da Silva", "Oliveira", "Santos", "Rocha", "Nogueira", "Ribeiro"]),
    "nl": (["Daan", "Sem", "Bram", "Mohamed", "Thijs", "Jeroen", "Kevin", "Rachid", "Sander", "Ruud"],
           ["Sanne", "Fleur", "Lotte", "Esra", "Naomi", "Ingrid", "Yvonne", "Romy", "Fatima", "Anouk"],
           ["Bakker", "van Dijk", "de Vries", "van der Linden", "Öztürk", "El Amrani", "Jansen", "van den Berg",
            "Kok", "de Groot", "Visser", "van Leeuwen", "Pinas", "Martina"]),
    "sv": (["Oscar", "Emil", "Hampus", "Ali", "Johan", "Filip", "Gustav", "Mohammed", "Anton", "Nils"],
           ["Elin", "Matilda", "Klara", "Amina", "Johanna", "Linnéa", "Vera", "Sara", "Frida", "Hanna"],
           ["Nilsson", "Persson", "Jönsson", "Hansson", "Ohlsson", "Mårtensson", "Larsson", "Ibrahim", "Svensson",
            "Åberg", "Lindholm", "Hadžić", "Bengtsson", "Holm"]),
    "da": (["Mads", "Frederik", "Rasmus", "Mikkel", "Søren", "Jonas", "Kasper", "Ahmad", "Lars", "Magnus"],
           ["Mette", "Camilla", "Sofie", "Ida", "Louise", "Signe", "Freja", "Karina", "Zeynep", "Line"],
           ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Rasmussen", "Madsen", "Kjærgaard",
            "Østergaard", "Frandsen", "Dahl", "Yilmaz", "Thomsen"]),
    "tr": (["Mehmet", "Emre", "Burak", "Hakan", "Oğuz", "Serkan", "Yusuf", "Kerem", "Murat", "Barış"],
           ["Ayşe", "Elif", "Zeynep", "Büşra", "Esra", "Gülşen", "Merve", "Selin", "Derya", "Özlem"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç", "Aslan",
            "Çetin", "Koç", "Kurt", "Özdemir"]),
}

#: Russian (Tatarstan) names: male and female given names, family names (male, female), patronymics (male, female)
RU_MALE = ["Алексей", "Тимур", "Ринат", "Дмитрий", "Артём", "Ильдар", "Сергей", "Айдар", "Максим", "Роман"]
RU_FEMALE = ["Гульнара", "Елена", "Алсу", "Наталья", "Ольга", "Лилия", "Динара", "Марина", "Светлана", "Эльмира"]
RU_FAMILY = [("Хайруллин", "Хайруллина"), ("Иванов", "Иванова"), ("Сафин", "Сафина"), ("Галиев", "Галиева"),
             ("Смирнов", "Смирнова"), ("Гарипов", "Гарипова"), ("Кузнецов", "Кузнецова"), ("Валиев", "Валиева"),
             ("Петров", "Петрова"), ("Закиров", "Закирова"), ("Морозов", "Морозова"), ("Нуриев", "Нуриева")]
RU_PATRONYMIC = [("Рустамович", "Рустамовна"), ("Ильич", "Ильинична"), ("Сергеевич", "Сергеевна"),
                 ("Ринатович", "Ринатовна"), ("Александрович", "Александровна"), ("Маратович", "Маратовна"),
                 ("Викторович", "Викторовна"), ("Фаридович", "Фаридовна")]


def ru_person(g: Gen, female: bool | None = None) -> tuple[str, str, str]:
    """(given name, patronymic, family name) of a Kazan resident."""
    if female is None:
        female = g.rnd.random() < 0.5
    i = 1 if female else 0
    return (g.rnd.choice(RU_FEMALE if female else RU_MALE), g.rnd.choice(RU_PATRONYMIC)[i],
            g.rnd.choice(RU_FAMILY)[i])


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``."""
    if lang == "ru":
        a, _, b = ru_person(g, female)
        return a, b
    male, fem, fam = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.5
    return g.rnd.choice(fem if female else male), g.rnd.choice(fam)


def whole(g: Gen, lang: str) -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def given(g: Gen, lang: str) -> str:
    return person(g, lang)[0]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(translit(text)) if ch.isalnum() or ch == ".")


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(70, 99)}",
                          f"{a}_{b}"])
    return f"{local}@{g.rnd.choice(domains)}"


def email(g: Gen, lang: str) -> str:
    a, b = person(g, lang)
    return email_of(g, a, b, DOMAINS[lang])


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first).replace(".", ""), plain(last).replace(".", "")
    return [f"{a[0]}{b}"[:12], f"{b[:5]}{a[:2]}{style % 90 + 10}", f"{a}.{b}"][style % 3]


DOMAINS: dict[str, list[str]] = {
    "va": ["gmail.com", "yahoo.com", "verizon.net", "outlook.com", "icloud.com"],
    "pa": ["gmail.com", "comcast.net", "verizon.net", "yahoo.com", "aol.com"],
    "gb": ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com"],
    "ca": ["gmail.com", "shaw.ca", "mymts.net", "hotmail.com", "outlook.com"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com.au", "hotmail.com", "icloud.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "icloud.com"],
    "nz": ["gmail.com", "xtra.co.nz", "outlook.co.nz", "hotmail.com"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
    "pt": ["gmail.com", "sapo.pt", "hotmail.com", "outlook.pt", "netcabo.pt"],
    "br": ["gmail.com", "hotmail.com", "uol.com.br"],
    "nl": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl", "outlook.com"],
    "sv": ["gmail.com", "telia.com", "hotmail.se", "outlook.com", "bredband.net"],
    "da": ["gmail.com", "hotmail.dk", "mail.dk", "outlook.dk", "live.dk"],
    "ru": ["mail.ru", "yandex.ru", "gmail.com", "bk.ru", "inbox.ru"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
}

# -- places (written for v142) -----------------------------------------------------------------------------------------

#: (city, ZIP) around Richmond, Virginia
VA_PLACES = [("Richmond", "23220"), ("Richmond", "23223"), ("Richmond", "23225"), ("Henrico", "23228"),
             ("Henrico", "23294"), ("Midlothian", "23112"), ("Glen Allen", "23060"), ("Mechanicsville", "23111"),
             ("Chesterfield", "23832")]
VA_STREETS = ["W Grace St", "Monument Ave", "Hull St", "Chamberlayne Ave", "Jahnke Rd", "Forest Hill Ave",
              "N Boulevard", "Patterson Ave", "Midlothian Tpke", "Brook Rd", "E Broad St", "Laburnum Ave"]
#: (city, ZIP) around Pittsburgh, Pennsylvania
PA_PLACES = [("Pittsburgh", "15217"), ("Pittsburgh", "15201"), ("Pittsburgh", "15210"), ("McKeesport", "15132"),
             ("Bethel Park", "15102"), ("Monroeville", "15146"), ("Wilkinsburg", "15221"), ("Carnegie", "15106")]
PA_STREETS = ["Murray Ave", "Penn Ave", "Brownsville Rd", "Liberty Ave", "E Carson St", "Forbes Ave",
              "Saw Mill Run Blvd", "Butler St", "Perrysville Ave", "Greentree Rd"]
#: (town, postcode district) around Leeds
GB_PLACES = [("Leeds", "LS4"), ("Leeds", "LS6"), ("Leeds", "LS7"), ("Leeds", "LS11"), ("Horsforth", "LS18"),
             ("Pudsey", "LS28"), ("Morley", "LS27"), ("Wakefield", "WF1"), ("Bradford", "BD3"), ("Otley", "LS21")]
GB_STREETS = ["Cardigan Road", "Harehills Lane", "Chapeltown Road", "Kirkstall Road", "Otley Road", "Beeston Road",
              "Roundhay Road", "Woodhouse Lane", "Tong Road", "Dewsbury Road"]
#: (city, FSA) in Manitoba
CA_PLACES = [("Winnipeg", "R2K"), ("Winnipeg", "R3M"), ("Winnipeg", "R3T"), ("Winnipeg", "R2W"), ("Winnipeg", "R3G"),
             ("Brandon", "R7A"), ("Steinbach", "R5G"), ("Selkirk", "R1A"), ("Winkler", "R6W")]
CA_STREETS = ["Pembina Hwy", "Corydon Ave", "Portage Ave", "Henderson Hwy", "McPhillips St", "Osborne St", "Grant Ave",
              "Main St", "St. Mary's Rd", "Ellice Ave"]
#: (suburb, postal code) around Durban
ZA_PLACES = [("Umhlanga", "4319"), ("Durban North", "4051"), ("Morningside", "4001"), ("Westville", "3629"),
             ("Pinetown", "3610"), ("Ballito", "4420"), ("Chatsworth", "4092"), ("Phoenix", "4068")]
ZA_STREETS = ["Lighthouse Road", "Chartwell Drive", "Florida Road", "Musgrave Road", "Problem Mkhize Road",
              "Umhlanga Rocks Drive", "Jan Hofmeyr Road", "Sarnia Road", "Ridge Road", "Kensington Drive"]
ZA_COMPLEXES = ["Sea Breeze", "Ocean Dune", "Palm Grove", "Sugar Mill Lofts", "The Ridge", "Marine Heights"]
#: (suburb, postcode) in Brisbane
AU_PLACES = [("Woolloongabba", "4102"), ("Indooroopilly", "4068"), ("Chermside", "4032"), ("Carindale", "4152"),
             ("Springwood", "4127"), ("Sunnybank", "4109"), ("Toowong", "4066"), ("Nundah", "4012"),
             ("Redcliffe", "4020")]
AU_STREETS = ["Logan Rd", "Sandgate Rd", "Moggill Rd", "Gympie Rd", "Old Cleveland Rd", "Ipswich Rd", "Beams Rd",
              "Kessels Rd", "Wynnum Rd", "Coronation Dr"]
#: (development, Eircode routing key) of a Dublin owners' management company
IE_DEVELOPMENTS = [("Liffey Wharf", "D08"), ("Grand Canal Mews", "D04"), ("Tolka Vale", "D11"),
                   ("Ongar Park", "D15"), ("Citywest Court", "D24"), ("Brennanstown Square", "D18")]
#: (suburb, city, postcode) around Wellington
NZ_PLACES = [("Newtown", "Wellington", "6021"), ("Karori", "Wellington", "6012"), ("Island Bay", "Wellington", "6023"),
             ("Johnsonville", "Wellington", "6037"), ("Miramar", "Wellington", "6022"),
             ("Petone", "Lower Hutt", "5012"), ("Naenae", "Lower Hutt", "5011"), ("Porirua", "Porirua", "5022"),
             ("Trentham", "Upper Hutt", "5018")]
NZ_STREETS = ["Riddiford Street", "Karori Road", "The Parade", "Moorefield Road", "Park Road", "Jackson Street",
              "Treadwell Street", "Bedford Street", "Camp Street", "Adelaide Road"]
#: (town, postcode, streets) in the province of Valencia, and owners living in Madrid or Albacete
_VLC = ["Carrer de Cuba", "Avinguda del Port", "Carrer de Sueca", "Calle Doctor Zamenhof", "Avenida Blasco Ibáñez",
        "Calle San Vicente Mártir", "Carrer de Russafa", "Calle Jesús", "Avinguda de Peris i Valero",
        "Calle Pintor Benedito"]
ES_PLACES = [("València", "46004", _VLC), ("València", "46005", _VLC), ("València", "46021", _VLC),
             ("València", "46022", _VLC), ("València", "46006", _VLC), ("València", "46007", _VLC),
             ("Torrent", "46900", ["Avinguda al Vedat", "Carrer de Sant Josep", "Calle Picanya"]),
             ("Paterna", "46980", ["Calle Mayor", "Avenida Vicente Mortes", "Carrer de la Font"]),
             ("Burjassot", "46100", ["Carrer de Jorge Juan", "Calle Mariano Benlliure"]),
             ("Mislata", "46920", ["Avenida Gregorio Gea", "Calle Felipe Bellver"]),
             ("Madrid", "28010", ["Calle de Fuencarral", "Calle de Santa Engracia"]),
             ("Albacete", "02001", ["Calle Tesifonte Gallego", "Calle Marqués de Molins"])]
#: (town, 4-digit CP prefix) around Porto
PT_PLACES = [("Porto", "4000"), ("Porto", "4150"), ("Porto", "4200"), ("Vila Nova de Gaia", "4400"),
             ("Matosinhos", "4450"), ("Maia", "4470"), ("Gondomar", "4420"), ("Valongo", "4440"),
             ("Póvoa de Varzim", "4490")]
PT_STREETS = ["Rua de Santa Catarina", "Rua do Almada", "Avenida da Boavista", "Rua de Cedofeita",
              "Rua Costa Cabral", "Rua da Constituição", "Travessa de Liceiras", "Rua Brito Capelo",
              "Avenida da República", "Rua Júlio Dinis"]
#: (woonplaats, 4-digit postcode) around Rotterdam
NL_PLACES = [("Rotterdam", "3021"), ("Rotterdam", "3051"), ("Rotterdam", "3073"), ("Rotterdam", "3082"),
             ("Schiedam", "3117"), ("Vlaardingen", "3132"), ("Capelle aan den IJssel", "2903"),
             ("Barendrecht", "2992"), ("Spijkenisse", "3201")]
NL_STREETS = ["Zwart Janstraat", "Beijerlandselaan", "Nieuwe Binnenweg", "Groene Hilledijk", "Mathenesserlaan",
              "Schiedamseweg", "Oudedijk", "Putselaan", "Slinge", "Kleiweg"]
#: (ort, first three digits of the postnummer) around Malmö
SE_PLACES = [("Malmö", "211"), ("Malmö", "212"), ("Malmö", "214"), ("Malmö", "215"), ("Malmö", "217"),
             ("Lund", "224"), ("Arlöv", "232"), ("Trelleborg", "231"), ("Staffanstorp", "245")]
SE_STREETS = ["Amiralsgatan", "Lönngatan", "Rosengårdsvägen", "Nobelvägen", "Ystadvägen", "Sallerupsvägen",
              "Lorensborgsgatan", "Kronborgsvägen", "Södra Förstadsgatan", "Bergsgatan"]
#: (by, postnummer) on Funen
DK_PLACES = [("Odense C", "5000"), ("Odense M", "5230"), ("Odense SØ", "5220"), ("Odense NV", "5200"),
             ("Odense S", "5260"), ("Odense N", "5270"), ("Nyborg", "5800"), ("Svendborg", "5700"),
             ("Middelfart", "5500")]
DK_STREETS = ["Vestergade", "Nørregade", "Hjallesevej", "Sdr. Boulevard", "Rugårdsvej", "Middelfartvej",
              "Klostervej", "Ejbygade", "Tarup Centervej", "Niels Bohrs Allé"]
#: (город, индекс) in Tatarstan
RU_PLACES = [("Казань", "420012"), ("Казань", "420021"), ("Казань", "420061"), ("Казань", "420088"),
             ("Казань", "420107"), ("Казань", "420140"), ("Зеленодольск", "422550"), ("Набережные Челны", "423812")]
RU_STREETS = ["ул. Баумана", "ул. Пушкина", "пр-т Победы", "ул. Чистопольская", "ул. Даурская", "ул. Гвардейская",
              "ул. Хади Такташа", "ул. Юлиуса Фучика", "ул. Маяковского", "ул. Декабристов"]
#: (ilçe/il, posta kodu) for owners' notification addresses
TR_PLACES = [("Kadıköy/İstanbul", "34710"), ("Üsküdar/İstanbul", "34664"), ("Beşiktaş/İstanbul", "34353"),
             ("Maltepe/İstanbul", "34840"), ("Şişli/İstanbul", "34394"), ("Bakırköy/İstanbul", "34142"),
             ("Çankaya/Ankara", "06680"), ("Karşıyaka/İzmir", "35530")]
TR_STREETS = ["Bağdat Cad.", "Halk Cad.", "Moda Cad.", "Barbaros Bulvarı", "Ihlamurkuyu Sok.",
              "Fahrettin Kerim Gökay Cad.",
              "Atatürk Bulvarı", "Cemal Gürsel Cad.", "Kızıltoprak Sok.", "Ebubekir Cad."]


def ca_postcode(g: Gen, fsa: str) -> str:
    """A Canadian postal code of ``fsa`` (no D, F, I, O, Q or U)."""
    letters = "ABCEGHJKLMNPRSTVWXYZ"
    return f"{fsa} {g.rnd.randint(0, 9)}{g.rnd.choice(letters)}{g.rnd.randint(0, 9)}"


def gb_postcode(g: Gen, district: str) -> str:
    """A UK postcode of ``district`` (the inward code's letters avoid C, I, K, M, O and V)."""
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{district} {g.rnd.randint(0, 9)}{g.rnd.choice(letters)}{g.rnd.choice(letters)}"


def nl_postcode(g: Gen, digits: str) -> str:
    """A Dutch postcode (the letter pairs SA, SD and SS are not used)."""
    letters = g.valid(lambda: g.code("AA"), lambda x: x not in ("SA", "SD", "SS"))
    return f"{digits} {letters}"


def us_street(g: Gen, streets: list[str]) -> str:
    return f"{g.rnd.randint(100, 9800)} {g.rnd.choice(streets)}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    d = g.valid(make, _ssn.is_valid)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dashed else d


def us_ssn_decoy(g: Gen) -> str:
    """A ledger account number shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    area = g.rnd.choice(["000", "666", f"9{g.digits(2)}"])
    return f"{area}-{g.digits(2)}-{g.digits(4)}"


def ca_sin(g: Gen) -> str:
    body = str(g.rnd.choice([1, 2, 3, 4, 5, 6, 7, 9])) + g.digits(7)
    d = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(d)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def sin_decoy(g: Gen) -> str:
    """Nine digits spaced like a SIN and failing the Luhn check (an application number)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(8), lambda x: not luhn.is_valid(x))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def za_id(g: Gen, born: date, female: bool, citizen: bool = True) -> str:
    seq = g.rnd.randint(0, 4999) if female else g.rnd.randint(5000, 9999)
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:04d}{0 if citizen else 1}8"
    d = body + luhn.calc_check_digit(body)
    assert _zaid.is_valid(d)
    return d


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits failing the South African ID number's Luhn check (a trust account reference)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(12), lambda x: not _zaid.is_valid(x))


def foreign_passport(g: Gen) -> str:
    """A passport of a neighbouring country (Zimbabwe, Mozambique, Malawi, Lesotho, Eswatini): shape only."""
    return g.rnd.choice([g.code("AA999999"), g.code("99AA99999"), g.code("MA999999"), g.code("RA999999"),
                         g.code("A9999999")])


def au_abn(g: Gen) -> str:
    rest = str(g.rnd.randint(1, 9)) + g.digits(8)
    d = _abn.calc_check_digits(rest) + rest
    assert _abn.is_valid(d)
    return _abn.format(d)


def qld_licence(g: Gen) -> str:
    """A Queensland driver licence number (nine digits, no check digit: shape only)."""
    return "0" + g.digits(8) if g.rnd.random() < 0.6 else str(g.rnd.randint(1, 9)) + g.digits(7)


def mb_licence(g: Gen, last: str, first: str) -> str:
    """A Manitoba-style driver's licence number built from the holder's name (shape only)."""
    letters = "".join(ch for ch in fold(last).upper() if ch.isalpha())[:5].ljust(5, "X")
    return f"{letters}{fold(first)[0].upper()}{g.code('A999AA')}"


def card(g: Gen, spaced: bool) -> str:
    body = g.rnd.choice(["4", "4", "51", "53", "55"])
    body += g.digits(15 - len(body))
    d = body + luhn.calc_check_digit(body)
    return " ".join(d[i:i + 4] for i in range(0, 16, 4)) if spaced else d


def dni(g: Gen) -> str:
    digits = g.digits(8)
    d = digits + _dni.calc_check_digit(digits)
    assert _dni.is_valid(d)
    return d


def nie(g: Gen) -> str:
    body = g.rnd.choice("XYZ") + g.digits(7)
    d = body + _nie.calc_check_digit(body)
    assert _nie.is_valid(d)
    return d


def es_cif(g: Gen, letter: str = "H") -> str:
    """A CIF (a community of owners' is ``H``)."""
    return g.valid(lambda: letter + g.digits(7) + g.rnd.choice(string.digits), _cif.is_valid)


def es_iban(g: Gen) -> str:
    bank = g.rnd.choice(["2100", "0049", "0182", "2038", "3058", "0081", "2080"])
    branch, account = g.digits(4), g.digits(10)
    ccc = bank + branch + "00" + account
    ccc = bank + branch + _ccc.calc_check_digits(ccc) + account
    return _with_check("ES", ccc)


def _with_check(country: str, bban: str) -> str:
    check = _iban.calc_check_digits(country + "00" + bban)
    value = country + check + bban
    assert _iban.is_valid(value)
    return value


def nl_iban(g: Gen) -> str:
    return _with_check("NL", g.rnd.choice(["INGB", "RABO", "ABNA", "SNSB", "TRIO", "ASNB", "KNAB"]) + g.digits(10))


def pt_iban(g: Gen) -> str:
    body = g.rnd.choice(["0035", "0033", "0007", "0010", "0036", "0018"]) + g.digits(4) + g.digits(11)
    nib = body + f"{98 - int(body + '00') % 97:02d}"
    return _with_check("PT", nib)


def dk_iban(g: Gen) -> str:
    return _with_check("DK", g.rnd.choice(["3000", "5301", "9570", "0400", "1551", "6880"]) + g.digits(10))


def tr_iban(g: Gen) -> str:
    return _with_check("TR", g.rnd.choice(["00010", "00062", "00046", "00064", "00012", "00067"]) + "0" +
                       g.digits(16))


def spaced_iban(value: str) -> str:
    return _iban.format(value)


def pt_nif(g: Gen, first: str = "123") -> str:
    body = g.rnd.choice(first) + g.digits(7)
    d = body + _nif.calc_check_digit(body)
    assert _nif.is_valid(d)
    return d


def pt_nif_decoy(g: Gen) -> str:
    """Nine digits starting like a personal NIF and failing its check digit (a visit reference)."""
    return g.valid(lambda: g.rnd.choice("123") + g.digits(8), lambda x: not _nif.is_valid(x))


def pt_cc(g: Gen) -> str:
    """A Cartão de Cidadão document number: civil id, its check digit, the card version and the final check."""
    nic = g.digits(8)
    s = sum(int(ch) * (9 - i) for i, ch in enumerate(nic))
    body = nic + str((11 - s % 11) % 11 % 10) + g.rnd.choice(["ZZ", "ZY", "ZX", "ZW"])
    d = body + _cc.calc_check_digit(body)
    assert _cc.is_valid(d)
    return _cc.format(d)


def br_cpf(g: Gen) -> str:
    return _cpf.format(g.valid(lambda: g.digits(11), lambda x: _cpf.is_valid(x) and len(set(x)) > 1))


def fr_passport(g: Gen) -> str:
    """A French passport number (two digits, two letters, five digits: shape only)."""
    return g.code("99AA99999")


def bsn(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), _bsn.is_valid)


def bsn_decoy(g: Gen) -> str:
    """Nine digits failing the BSN eleven-test (a file number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), lambda x: not _bsn.is_valid(x))


def personnummer(g: Gen, born: date) -> str:
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{g.digits(3)}"
    d = f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"
    assert _pnr.is_valid(d)
    return d


def personnummer_decoy(g: Gen) -> str:
    """A case number written like a personnummer (YYMMDD-NNNN, the request's date) failing its Luhn check."""
    def make() -> str:
        d = g.day("2024-01-01", "2025-11-30")
        return f"{d.year % 100:02d}{d.month:02d}{d.day:02d}-{g.digits(4)}"
    return g.valid(make, lambda x: not luhn.is_valid(x.replace("-", "")))


def se_orgnr(g: Gen) -> str:
    d = g.valid(lambda: "556" + g.digits(7), _orgnr.is_valid)
    return f"{d[:6]}-{d[6:]}"


def dk_cpr(g: Gen, born: date) -> str:
    """A CPR number encoding ``born`` (the century by the seventh digit, as the CPR office assigns it)."""
    yy = born.year % 100
    if born.year < 2000:
        first = g.rnd.choice("0123" + ("49" if yy >= 37 else ""))
    else:
        first = g.rnd.choice("4" + ("5678" if yy < 58 else ""))
    d = f"{born.day:02d}{born.month:02d}{yy:02d}{first}{g.digits(3)}"
    assert _cpr.is_valid(d) and _cpr.get_birth_date(d) == born
    return f"{d[:6]}-{d[6:]}"


def cpr_decoy(g: Gen) -> str:
    """A report number written like a CPR number (DDMMYY-SSSS) whose date cannot exist (day 32-61)."""
    return f"{g.rnd.randint(32, 61)}{g.rnd.randint(1, 12):02d}{g.digits(2)}-{g.digits(4)}"


def dk_cvr(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(7), _cvr.is_valid)


def snils_checksum(body: str) -> int:
    total = sum(int(ch) * (9 - i) for i, ch in enumerate(body))
    if total < 100:
        return total
    if total in (100, 101):
        return 0
    return total % 101 % 100


def snils_is_valid(value: str) -> bool:
    """Whether ``value`` is a SNILS (``XXX-XXX-XXX YY`` or 11 digits) whose two control digits match."""
    d = "".join(ch for ch in value if ch.isdigit())
    return len(d) == 11 and d[:9] > "001001998" and snils_checksum(d[:9]) == int(d[9:])


def snils(g: Gen) -> str:
    body = g.valid(lambda: g.digits(9), lambda x: x > "001001998")
    d = f"{body}{snils_checksum(body):02d}"
    assert snils_is_valid(d)
    return f"{d[:3]}-{d[3:6]}-{d[6:9]} {d[9:]}"


def ru_inn_person(g: Gen) -> str:
    body = "16" + g.rnd.choice(["55", "57", "59", "60", "61"]) + g.digits(6)
    d = body + _inn.calc_personal_check_digits(body)
    assert _inn.is_valid(d)
    return d


def ru_inn_company(g: Gen) -> str:
    body = "16" + g.rnd.choice(["55", "57", "59", "60"]) + g.digits(5)
    d = body + _inn.calc_company_check_digit(body)
    assert _inn.is_valid(d)
    return d


def inn_decoy(g: Gen) -> str:
    """Twelve digits failing the personal INN's check digits (a contract number)."""
    return g.valid(lambda: "16" + g.digits(10), lambda x: not _inn.is_valid(x))


def ru_passport(g: Gen) -> str:
    """A Russian internal passport: the series (Tatarstan's 92 and the issue year) and the number."""
    return f"92 {g.rnd.randint(0, 24):02d} {g.digits(6)}"


def ru_plate(g: Gen) -> str:
    letters = "АВЕКМНОРСТУХ"
    return f"{g.rnd.choice(letters)}{g.digits(3)}{g.rnd.choice(letters)}{g.rnd.choice(letters)}" \
           f"{g.rnd.choice(['16', '116', '716'])}"


def tckimlik(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    d = body + _tck.calc_check_digits(body)
    assert _tck.is_valid(d)
    return d


def tc_decoy(g: Gen) -> str:
    """Eleven digits failing the T.C. kimlik number's checks (a utility subscriber number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _tck.is_valid(x))


def tr_vkn(g: Gen) -> str:
    body = g.digits(9)
    d = body + _vkn.calc_check_digit(body)
    assert _vkn.is_valid(d)
    return d


def tr_plate(g: Gen) -> str:
    return f"34 {g.code(g.rnd.choice(['AAA', 'AA', 'A']))} {g.rnd.randint(10, 9999)}"


def ie_plate(g: Gen) -> str:
    return f"{g.rnd.choice(['191', '202', '211', '222', '231', '242', '251'])}-D-{g.rnd.randint(1, 39_999)}"


def eircode(g: Gen, key: str) -> str:
    """An Eircode of routing key ``key`` (its unique identifier drawn from Eircode's letters and digits)."""
    chars = "ACDEFHKNPRTVWXY0123456789"
    return f"{key} {g.rnd.choice('ACDEFHKNPRTVWXY')}{''.join(g.rnd.choice(chars) for _ in range(3))}"
