"""Values of held-out set v137 (:mod:`benchmarks.classification.heldout_v137`): v137's random source, and names,
streets, cities, postcodes, insurers, clinics and free-text snippets written by hand for v137's health insurance and
clinic systems (no Faker, no list of real people, no breach data), phones made from each region's own prefixes and
checked with phonenumbers, and identifiers with check digits computed and checked with python-stdnum (or, where
python-stdnum has no module, computed here from the published rule and checked by this module's own ``*_is_valid``).

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
from stdnum.ar import cuit as _cuit
from stdnum.at import uid as _at_uid
from stdnum.at import vnr as _vnr
from stdnum.be import nn as _be_nn
from stdnum.ca import bc_phn as _phn
from stdnum.ca import sin as _sin
from stdnum.dk import cpr as _cpr
from stdnum.dk import cvr as _cvr
from stdnum.gb import nhs as _nhs
from stdnum.id import nik as _nik
from stdnum.il import idnr as _il_idnr
from stdnum.my import nric as _nric
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.pt import cc as _pt_cc
from stdnum.pt import nif as _pt_nif
from stdnum.ua import rntrc as _rntrc
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _za_idnr

from benchmarks.classification.heldout_v2 import Column

SEED = 137_404_2026
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v137's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNK", "?", "nil",
    "0", "TBC", "not provided", "ukendt", "intet", "k.A.", "unbekannt", "keine", "inconnu", "néant", "/", "s/d",
    "sin datos", "desconhecido", "n.d.", "sem obs.", "невідомо", "немає", "brak", "b.d.", "TIDAK ADA", "אין",
    "declined")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    out = "".join(ch for ch in text if not unicodedata.combining(ch))
    return out.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v137:{SEED}:{table}")

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
        first = self.rnd.choice([24, 41, 46, 62, 77, 81, 84, 91, 102, 105, 154, 175, 185, 188, 196, 212])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2001:56a", "2604:3d08", "2a02:908", "2a01:4f8", "2406:da18"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(6))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True, area: str = "") -> str:
        """A valid number of ``region`` made from the region's own prefixes (``area`` picks a line's area)."""
        prefixes, length = (MOBILE if mobile else FIXED)[area or region]
        code = phonenumbers.country_code_for_region(region)

        def make() -> str:
            head = self.rnd.choice(prefixes)
            if region in ("US", "CA"):
                return head + str(self.rnd.randint(2, 9)) + self.digits(length - len(head) - 1)
            return head + self.digits(length - len(head))

        def ok(candidate: str) -> bool:
            number = phonenumbers.parse(f"+{code}{candidate}")
            if not phonenumbers.is_valid_number(number) or phonenumbers.region_code_for_number(number) != region:
                return False
            kind = phonenumbers.number_type(number)
            wanted = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
            return kind in (wanted, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)

        number = phonenumbers.parse(f"+{code}{self.valid(make, ok)}")
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

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0,
               area: str = "") -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile,
                                           area), null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


#: region (or area) -> (prefixes of the national significant number, its length) of mobiles and of fixed lines
MOBILE: dict[str, tuple[list[str], int]] = {
    "US": (["505", "575"], 10), "US-MN": (["612", "651", "763", "952", "218", "507"], 10),
    "CA": (["604", "778", "236", "250"], 10),
    "ZA": (["82", "83", "72", "73", "71", "76", "79", "81", "84", "61", "60"], 9),
    "GB": (["74", "75", "77", "78", "79"], 10), "MY": (["12", "13", "16", "17", "19", "14"], 9),
    "AU": (["40", "41", "42", "43", "44", "45", "46", "47", "48"], 9),
    "IL": (["50", "52", "53", "54", "55", "58"], 9),
    "DK": (["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42", "50", "51", "52",
            "53", "60", "61", "71", "81", "91", "93"], 8),
    "AT": (["664", "660", "676", "650", "699", "681", "688"], 10),
    "BE": (["470", "471", "472", "473", "474", "475", "476", "477", "478", "479", "484", "485", "486", "487", "488",
            "489", "490", "491", "492", "493", "494", "495", "496", "497", "498", "499"], 9),
    "AR": (["9351"], 11), "PT": (["91", "92", "93", "96"], 9),
    "UA": (["67", "68", "96", "97", "98", "50", "66", "95", "99", "63", "73", "93"], 9),
    "PL": (["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"], 9),
}
FIXED: dict[str, tuple[list[str], int]] = {
    "US": (["505", "575"], 10), "US-MN": (["612", "651", "763", "952", "218", "507"], 10),
    "CA": (["604", "778", "250"], 10), "ZA": (["31"], 9), "GB": (["141"], 10), "MY": (["3"], 9),
    "AU": (["89", "86"], 9), "IL": (["3"], 8), "DK": (["86", "87", "89"], 8), "AT": (["732"], 10), "BE": (["4"], 8),
    "AR": (["351"], 10), "PT": (["22"], 9), "UA": (["3222", "3223", "3224", "3229"], 9), "PL": (["71"], 9),
}

# -- names (written for v137) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "nm": (["Mateo", "Esteban", "Cruz", "Darnell", "Tyler", "Ernesto", "Lorenzo", "Wade", "Joaquin", "Brandon"],
           ["Dolores", "Marisela", "Brianna", "Teresita", "Autumn", "Krystal", "Yolanda", "Shandiin", "Amber",
            "Lucinda"],
           ["Archuleta", "Trujillo", "Montoya", "Baca", "Gallegos", "Begay", "Yazzie", "Tsosie", "Sandoval", "Lucero",
            "Whitaker", "Chavez", "Vigil", "Romero", "Holt", "Benally"]),
    "za": (["Sipho", "Thabo", "Bongani", "Sibusiso", "Pieter", "Kuben", "Mandla", "Rowan", "Nkosinathi", "Yusuf"],
           ["Nomvula", "Thandeka", "Zanele", "Ayanda", "Lerato", "Priyanka", "Chantelle", "Nosipho", "Fathima",
            "Lindiwe"],
           ["Mkhize", "Ngcobo", "Dlamini", "Zulu", "Naidoo", "Govender", "Pillay", "van der Merwe", "Botha",
            "Shabalala", "Khumalo", "Moodley", "Cele", "Mthembu", "Pretorius"]),
    "sc": (["Callum", "Fraser", "Ewan", "Hamish", "Ruaridh", "Kieran", "Stuart", "Aidan", "Murdo", "Iain"],
           ["Eilidh", "Morag", "Kirsty", "Isla", "Catriona", "Shona", "Mhairi", "Fiona", "Ailsa", "Rhona"],
           ["MacLeod", "Campbell", "McAllister", "Fergusson", "Drummond", "Sinclair", "Gillespie", "McLaughlin",
            "Baird", "Rennie", "Cairns", "Lindsay", "Kerr", "McIntyre", "Paterson"]),
    "au": (["Lachlan", "Hamish", "Cooper", "Jarrah", "Brodie", "Nikolas", "Declan", "Riley", "Ashok", "Minh"],
           ["Kirra", "Matilda", "Chloe", "Tahlia", "Shannon", "Priya", "Georgia", "Indi", "Bronwyn", "Linh"],
           ["Fitzgerald", "Papadopoulos", "Nguyen", "Hallett", "Kowalski", "Lockyer", "Tonkin", "Ridgway", "Cardaci",
            "Mancini", "Thorburn", "Woodward", "Petrovic", "Bassett"]),
    "mn": (["Gunnar", "Anders", "Tou", "Abdirahman", "Lars", "Keegan", "Nathaniel", "Pao", "Erik", "Dale"],
           ["Ingrid", "Kari", "Mai Nou", "Hodan", "Solveig", "Britta", "Jenna", "Xee", "Marit", "Colleen"],
           ["Lindgren", "Halvorson", "Vang", "Xiong", "Olson", "Warsame", "Nygaard", "Schmitz", "Hegland", "Thao",
            "Kowalczyk", "Bergstrom", "Thorson", "Sundby"]),
    "il": (["דוד", "יוסף", "איתי", "עומר", "אריאל", "נועם", "אורי", "משה"],
           ["נועה", "תמר", "מיכל", "יעל", "שירה", "רונית", "אביגיל", "הדס"],
           ["כהן", "לוי", "מזרחי", "פרץ", "ביטון", "אברהם", "פרידמן", "שפירא", "אזולאי", "דהן", "גולן", "רוזנברג"]),
    "bc": (["Liam", "Harjit", "Owen", "Kai", "Connor", "Jian", "Reza", "Tristan", "Manpreet", "Elias"],
           ["Ava", "Simran", "Mei", "Sienna", "Jasleen", "Hana", "Tessa", "Navneet", "Leah", "Yuki"],
           ["Gill", "Dhaliwal", "Wong", "Fraser", "Tan", "Sidhu", "Campbell-Lee", "Moreau", "Sato", "Hosseini",
            "Lindqvist", "Bains", "Okafor", "McKenzie"]),
    "dk": (["Mads", "Rasmus", "Frederik", "Mikkel", "Søren", "Jesper", "Anders", "Emil", "Kasper", "Bjørn"],
           ["Mette", "Louise", "Sofie", "Camilla", "Signe", "Line", "Ida", "Birgitte", "Karen", "Maja"],
           ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Sørensen", "Rasmussen",
            "Jørgensen", "Madsen", "Kjær", "Østergaard", "Lauridsen", "Vestergaard", "Bach"]),
    "at": (["Florian", "Lukas", "Maximilian", "Johann", "Stefan", "Andreas", "Markus", "Wolfgang", "Dominik",
            "Gerhard"],
           ["Katharina", "Theresa", "Magdalena", "Elisabeth", "Barbara", "Sabine", "Verena", "Anna", "Lena",
            "Johanna"],
           ["Gruber", "Huber", "Wimmer", "Pichler", "Moser", "Hofer", "Leitner", "Eder", "Mayrhofer", "Brandstätter",
            "Aigner", "Haslinger", "Reisinger", "Stadlbauer", "Kogler"]),
    "be": (["Maxime", "Quentin", "Arnaud", "Cédric", "Grégory", "Benoît", "Sébastien", "Jérôme", "Olivier",
            "Florent"],
           ["Aurélie", "Caroline", "Élodie", "Sophie", "Amandine", "Laurence", "Virginie", "Justine", "Céline",
            "Manon"],
           ["Dubois", "Lambert", "Martin", "Simon", "Renard", "Jacobs", "Lejeune", "Collard", "Lemaire", "Dethier",
            "Gérard", "Hardy", "Wauters", "Fontaine", "Lhoest", "Dupont"]),
    "ar": (["Matías", "Facundo", "Gonzalo", "Nicolás", "Sebastián", "Leandro", "Agustín", "Ezequiel", "Franco",
            "Julián"],
           ["Florencia", "Agustina", "Camila", "Micaela", "Valentina", "Luciana", "Milagros", "Rocío", "Sofía",
            "Candela"],
           ["González", "Rodríguez", "Fernández", "López", "Martínez", "Pereyra", "Gómez", "Díaz", "Romero", "Sosa",
            "Álvarez", "Ferreyra", "Ledesma", "Bustos", "Quiroga", "Moyano"]),
    "pt": (["João", "Tiago", "Rui", "Nuno", "Miguel", "Pedro", "Diogo", "Gonçalo", "André", "Hugo"],
           ["Ana", "Inês", "Beatriz", "Mariana", "Joana", "Catarina", "Rita", "Sofia", "Marta", "Filipa"],
           ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa",
            "Fernandes", "Gonçalves", "Carvalho", "Teixeira", "Moreira", "Pinto", "Magalhães"]),
    "uk": (["Олександр", "Андрій", "Тарас", "Остап", "Богдан", "Юрій", "Василь", "Максим", "Назар", "Роман"],
           ["Оксана", "Соломія", "Наталія", "Ірина", "Христина", "Ольга", "Марта", "Уляна", "Софія", "Галина"],
           ["Шевченко", "Коваленко", "Бондаренко", "Мельник", "Ткачук", "Гнатюк", "Кравець", "Стасюк", "Дмитрук",
            "Савчук", "Іваницький", "Возняк", "Левицький", "Гуменюк"]),
    "pl": (["Jakub", "Kacper", "Michał", "Piotr", "Tomasz", "Bartosz", "Mateusz", "Krzysztof", "Paweł", "Łukasz"],
           ["Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Zofia", "Aleksandra", "Natalia", "Monika", "Karolina",
            "Ewa"],
           ["Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański",
            "Dąbrowski", "Kozłowski", "Mazur", "Krawczyk", "Grabowski", "Pawlak"]),
    "ua_lat": (["Oleksandr", "Andrii", "Taras", "Bohdan", "Yurii", "Vasyl", "Nazar", "Dmytro"],
               ["Oksana", "Nataliia", "Iryna", "Khrystyna", "Olha", "Uliana", "Solomiia", "Halyna"],
               ["Kovalenko", "Bondarenko", "Melnyk", "Tkachuk", "Hnatiuk", "Kravets", "Savchuk", "Voznyak",
                "Humeniuk", "Dmytruk"]),
}

#: Ukrainian patronymics by the father's given name: (son's, daughter's)
UK_PATRONYMICS = [("Олександрович", "Олександрівна"), ("Андрійович", "Андріївна"), ("Тарасович", "Тарасівна"),
                  ("Богданович", "Богданівна"), ("Юрійович", "Юріївна"), ("Васильович", "Василівна"),
                  ("Романович", "Романівна"), ("Іванович", "Іванівна"), ("Степанович", "Степанівна")]


def _feminine(lang: str, family: str) -> str:
    """The feminine form of a family name where the language inflects it (Polish ``-ski``, Ukrainian ``-ький``)."""
    if lang == "pl" and family.endswith("ski"):
        return family[:-1] + "a"
    if lang == "uk" and family.endswith("ький"):
        return family[:-2] + "а"
    return family


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``."""
    male, fem, fam = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.5
    family = g.rnd.choice(fam)
    return g.rnd.choice(fem if female else male), _feminine(lang, family) if female else family


def whole(g: Gen, lang: str) -> str:
    if lang == "my":
        return malaysian(g)[0]
    if lang == "pt":
        a, b = person(g, "pt")
        return f"{a} {g.rnd.choice(NAMES['pt'][2])} {b}"
    a, b = person(g, lang)
    return f"{a} {b}"


def given(g: Gen, lang: str) -> str:
    return person(g, lang)[0]


def malaysian(g: Gen, female: bool | None = None) -> tuple[str, bool]:
    """A Malaysian patient's full name (Malay, Chinese or Indian naming) and whether she is a woman."""
    if female is None:
        female = g.rnd.random() < 0.5
    kind = g.rnd.random()
    if kind < 0.55:
        first = g.rnd.choice(["Nurul Aisyah", "Siti Norhaliza", "Nur Farhana", "Aina Sofea", "Nor Azizah"] if female
                             else ["Ahmad Faizal", "Muhammad Hafiz", "Mohd Azlan", "Amirul Hakim", "Khairul Anuar"])
        return f"{first} {'binti' if female else 'bin'} {g.rnd.choice(MY_FATHERS)}", female
    if kind < 0.85:
        given_name = g.rnd.choice(["Mei Ling", "Siew Lan", "Jia Hui", "Pei Shan"] if female
                                  else ["Wei Ming", "Kah Hoe", "Chee Keong", "Jun Hao"])
        return f"{g.rnd.choice(['Tan', 'Lim', 'Wong', 'Lee', 'Ong', 'Chong', 'Teh', 'Goh'])} {given_name}", female
    first = g.rnd.choice(["Kavitha", "Devi", "Shalini", "Malathi"] if female
                         else ["Ganesan", "Ravi", "Suresh Kumar", "Thiruvarasu"])
    return f"{first} {'a/p' if female else 'a/l'} {g.rnd.choice(MY_INDIAN_FATHERS)}", female


MY_FATHERS = ["Ismail", "Rahman", "Abdullah", "Hassan", "Yusof", "Othman", "Kamaruddin", "Zainal"]
MY_INDIAN_FATHERS = ["Subramaniam", "Muniandy", "Krishnan", "Arumugam", "Ramasamy"]
#: foreign patients of the Kuala Lumpur hospital: (name, nationality)
FOREIGN_PATIENTS = {
    "ID": ["Budi Santoso", "Dewi Lestari", "Rina Wulandari", "Agus Setiawan", "Sri Rahayu", "Eko Prasetyo"],
    "SG": ["Tan Hui Min", "Lim Jun Wei", "Ng Shu Fen", "Koh Boon Kiat", "Siti Nurhaliza binte Osman"],
    "PP": ["Abdullah Al-Harthy", "Rezaul Karim", "Nguyen Thi Hoa", "Mohammed Al-Kindi", "Farida Yusupova"],
}

#: romanized local parts for e-mails of people whose names are in Hebrew or Cyrillic script
ROMAN_LOCALS = {
    "il": ["noa.cohen", "tamar.levi", "itai_m", "omer.peretz", "yael.biton", "shira.golan", "david.dahan",
           "michal.f", "ariel.az", "noam.rosenberg", "hadas.s", "uri.avraham"],
    "uk": ["oksana.shevchenko", "andriy.koval", "taras.melnyk", "solomiia.t", "iryna.bond", "bohdan.h",
           "olha.kravets", "yurii.s", "marta.voznyak", "nazar.levytskyi", "khrystyna.d", "roman.humeniuk"],
}


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isascii() and (ch.isalnum() or ch == "."))


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(70, 99)}",
                          f"{a}_{b}"])
    return f"{local}@{g.rnd.choice(domains)}"


def email(g: Gen, lang: str) -> str:
    """An e-mail of a person of ``lang`` (romanized where the names are not in Latin script)."""
    if lang in ROMAN_LOCALS:
        suffix = g.rnd.choice(["", str(g.rnd.randint(1, 99))])
        return f"{g.rnd.choice(ROMAN_LOCALS[lang])}{suffix}@{g.rnd.choice(DOMAINS[lang])}"
    if lang == "my":
        parts = [w for w in malaysian(g)[0].split() if w not in ("bin", "binti", "a/l", "a/p")]
        return email_of(g, parts[0], parts[-1], DOMAINS["my"])
    a, b = person(g, lang)
    return email_of(g, a, b, DOMAINS[lang])


DOMAINS: dict[str, list[str]] = {
    "nm": ["gmail.com", "yahoo.com", "comcast.net", "outlook.com", "icloud.com"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "outlook.com", "telkomsa.net"],
    "sc": ["gmail.com", "btinternet.com", "hotmail.co.uk", "icloud.com", "yahoo.co.uk"],
    "my": ["gmail.com", "yahoo.com.my", "hotmail.my", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "iinet.net.au", "outlook.com.au", "optusnet.com.au"],
    "mn": ["gmail.com", "yahoo.com", "comcast.net", "msn.com", "hotmail.com"],
    "il": ["gmail.com", "walla.co.il", "012.net.il", "bezeqint.net"],
    "bc": ["gmail.com", "shaw.ca", "telus.net", "hotmail.com", "outlook.com"],
    "dk": ["gmail.com", "hotmail.dk", "outlook.dk", "live.dk", "mail.dk"],
    "at": ["gmx.at", "aon.at", "gmail.com", "chello.at", "a1.net"],
    "be": ["skynet.be", "hotmail.com", "gmail.com", "proximus.be", "voo.be"],
    "ar": ["gmail.com", "hotmail.com", "yahoo.com.ar", "live.com.ar", "fibertel.com.ar"],
    "pt": ["gmail.com", "sapo.pt", "hotmail.com", "outlook.pt", "netcabo.pt"],
    "uk": ["gmail.com", "ukr.net", "i.ua", "meta.ua"],
    "pl": ["gmail.com", "wp.pl", "o2.pl", "onet.pl", "interia.pl"],
}

# -- places (written for v137) -----------------------------------------------------------------------------------------

#: (city, county, ZIP prefix) in New Mexico
NM_CITIES = [("Albuquerque", "Bernalillo", "871"), ("Rio Rancho", "Sandoval", "871"), ("Santa Fe", "Santa Fe", "875"),
             ("Las Cruces", "Doña Ana", "880"), ("Los Lunas", "Valencia", "870"), ("Gallup", "McKinley", "873"),
             ("Farmington", "San Juan", "874"), ("Belen", "Valencia", "870"), ("Española", "Rio Arriba", "875")]
NM_STREETS = ["Central Ave SE", "Montgomery Blvd NE", "Rio Grande Blvd NW", "Coors Blvd SW", "Isleta Blvd SW",
              "Juan Tabo Blvd NE", "Menaul Blvd NE", "Paseo del Norte NE", "Camino de las Huertas", "Calle Lejano",
              "Avenida Cesar Chavez SE", "Tramway Blvd NE"]
#: (town, postcode) around Durban
ZA_CITIES = [("Durban", "4001"), ("Umhlanga", "4319"), ("Pinetown", "3610"), ("Westville", "3629"),
             ("Chatsworth", "4092"), ("Phoenix", "4068"), ("Amanzimtoti", "4126"), ("Ballito", "4420"),
             ("Berea", "4001"), ("Morningside", "4001")]
ZA_STREETS = ["Florida Road", "Musgrave Road", "Umgeni Road", "Chris Hani Road", "Stamford Hill Road",
              "Lilian Ngoyi Road", "Sarnia Road", "Kenneth Kaunda Road", "Sparks Road", "Mahatma Gandhi Road",
              "Anton Lembede Street", "Jan Hofmeyr Road"]
#: (town, postcode districts) in Greater Glasgow
SC_CITIES = [("Glasgow", ["G11", "G12", "G20", "G31", "G32", "G41", "G42", "G43", "G51", "G52"]),
             ("Paisley", ["PA1", "PA2", "PA3"]), ("Motherwell", ["ML1"]), ("Hamilton", ["ML3"]),
             ("East Kilbride", ["G74", "G75"]), ("Clydebank", ["G81"]), ("Coatbridge", ["ML5"]),
             ("Rutherglen", ["G73"])]
SC_STREETS = ["Byres Road", "Dumbarton Road", "Paisley Road West", "Duke Street", "Maryhill Road",
              "Pollokshaws Road", "Great Western Road", "Shettleston Road", "Kilmarnock Road", "Cathcart Road",
              "Alexandra Parade", "Gallowgate"]
#: (town, postcode range, state) around Kuala Lumpur
MY_CITIES = [("Kuala Lumpur", (50000, 60000), "WP Kuala Lumpur"), ("Petaling Jaya", (46000, 47410), "Selangor"),
             ("Shah Alam", (40000, 40470), "Selangor"), ("Subang Jaya", (47500, 47650), "Selangor"),
             ("Cheras", (56000, 56100), "WP Kuala Lumpur"), ("Klang", (41000, 41300), "Selangor"),
             ("Puchong", (47100, 47190), "Selangor"), ("Kajang", (43000, 43009), "Selangor")]
MY_STREETS = ["Jalan Ampang", "Jalan Tun Razak", "Jalan Klang Lama", "Jalan SS 2/24", "Jalan PJU 1/3", "Jalan Cheras",
              "Jalan Genting Kelang", "Jalan Puchong", "Lorong Maarof", "Jalan Kuching", "Persiaran Gurney",
              "Jalan USJ 9/5"]
#: (suburb, postcode) of Perth
AU_CITIES = [("Perth", "6000"), ("Mount Lawley", "6050"), ("Victoria Park", "6100"), ("Hamilton Hill", "6163"),
             ("Joondalup", "6027"), ("Fremantle", "6160"), ("Armadale", "6112"), ("Mandurah", "6210"),
             ("South Perth", "6151"), ("Cottesloe", "6011"), ("Midland", "6056"), ("Rockingham", "6168")]
AU_STREETS = ["Albany Hwy", "Beaufort St", "Canning Hwy", "Wanneroo Rd", "Stirling Hwy", "Scarborough Beach Rd",
              "Great Eastern Hwy", "Marmion St", "Rokeby Rd", "Walcott St", "South Tce", "Hay St"]
#: (city, ZIP prefix) in Minnesota
MN_CITIES = [("Minneapolis", "554"), ("Saint Paul", "551"), ("Duluth", "558"), ("Rochester", "559"),
             ("Bloomington", "554"), ("Saint Cloud", "563"), ("Mankato", "560"), ("Brooklyn Park", "554")]
MN_STREETS = ["Lake St", "Nicollet Ave", "Hennepin Ave", "Grand Ave", "University Ave W", "Snelling Ave N",
              "Cedar Ave S", "Lyndale Ave S", "Minnehaha Pkwy", "Como Ave", "London Rd", "Superior St"]
#: (city in Hebrew, postcode prefix) around Tel Aviv
IL_CITIES = [("תל אביב-יפו", "64"), ("רמת גן", "52"), ("חולון", "58"), ("בת ים", "59"), ("גבעתיים", "53"),
             ("פתח תקווה", "49"), ("בני ברק", "51"), ("הרצליה", "46")]
IL_STREETS = ["דיזנגוף", "אבן גבירול", "אלנבי", "הרצל", "ז'בוטינסקי", "ביאליק", "סוקולוב", "הירקון", "רוטשילד",
              "ויצמן"]
#: (city, forward sortation areas) in the Lower Mainland and Victoria
BC_CITIES = [("Vancouver", ["V5K", "V5L", "V5N", "V5T", "V6A", "V6K"]), ("Burnaby", ["V5A", "V5C", "V5G", "V5H"]),
             ("Richmond", ["V6X", "V6Y", "V7A"]), ("Surrey", ["V3R", "V3S", "V3T", "V3W"]),
             ("Coquitlam", ["V3J", "V3K"]), ("North Vancouver", ["V7G", "V7L", "V7M"]),
             ("New Westminster", ["V3L", "V3M"]), ("Victoria", ["V8N", "V8R", "V8T"])]
BC_STREETS = ["Commercial Drive", "Kingsway", "Main Street", "East Hastings Street", "Granville Street", "No. 3 Road",
              "King George Blvd", "Lougheed Hwy", "Lonsdale Avenue", "Fraser Street", "Cambie Street", "Marine Drive"]
#: (town, postcode) around Aarhus
DK_CITIES = [("Aarhus C", "8000"), ("Aarhus N", "8200"), ("Aarhus V", "8210"), ("Brabrand", "8220"),
             ("Viby J", "8260"), ("Højbjerg", "8270"), ("Risskov", "8240"), ("Skanderborg", "8660"),
             ("Silkeborg", "8600"), ("Randers C", "8900"), ("Horsens", "8700")]
DK_STREETS = ["Vestergade", "Frederiksgade", "Nørrebrogade", "Jægergårdsgade", "Randersvej", "Viby Ringvej",
              "Silkeborgvej", "Åboulevarden", "Mejlgade", "Skanderborgvej", "Trøjborgvej", "Ny Munkegade"]
#: (town, postcode) in Upper Austria
AT_CITIES = [("Linz", "4020"), ("Linz", "4030"), ("Linz", "4040"), ("Leonding", "4060"), ("Traun", "4050"),
             ("Wels", "4600"), ("Steyr", "4400"), ("Enns", "4470"), ("Ansfelden", "4052"), ("Gallneukirchen", "4210"),
             ("Freistadt", "4240")]
AT_STREETS = ["Landstraße", "Herrenstraße", "Wiener Straße", "Untere Donaulände", "Dinghoferstraße",
              "Kapuzinerstraße", "Leondinger Straße", "Salzburger Straße", "Freistädter Straße", "Waldeggstraße",
              "Coulinstraße", "Hauptstraße"]
#: (town, postcode) in the province of Liège
BE_CITIES = [("Liège", "4000"), ("Liège", "4020"), ("Grivegnée", "4030"), ("Seraing", "4100"), ("Flémalle", "4400"),
             ("Saint-Nicolas", "4420"), ("Ans", "4430"), ("Verviers", "4800"), ("Huy", "4500"), ("Visé", "4600"),
             ("Herstal", "4040"), ("Angleur", "4031")]
BE_STREETS = ["Rue Saint-Gilles", "Boulevard de la Sauvenière", "Rue Féronstrée", "Quai de Rome", "Rue de Fétinne",
              "Avenue de l'Observatoire", "Rue Hors-Château", "Rue des Guillemins", "Rue Saint-Léonard",
              "Chaussée de Tongres", "Rue Sainte-Walburge", "Rue du Laveu"]
#: (town, postcode, letter of the province) in Córdoba
AR_CITIES = [("Córdoba", "5000"), ("Córdoba", "5009"), ("Córdoba", "5016"), ("Villa Carlos Paz", "5152"),
             ("Río Cuarto", "5800"), ("Villa María", "5900"), ("Alta Gracia", "5186"), ("Jesús María", "5220"),
             ("Unquillo", "5109"), ("Río Ceballos", "5111"), ("Malagueño", "5101")]
AR_STREETS = ["Av. Colón", "Bv. San Juan", "Av. Vélez Sarsfield", "Obispo Trejo", "Av. Hipólito Yrigoyen",
              "Deán Funes", "Av. Rafael Núñez", "Av. Sabattini", "Duarte Quirós", "La Rioja", "27 de Abril",
              "Av. Fuerza Aérea"]
#: (town, first four digits of the postcode) around Porto
PT_CITIES = [("Porto", "4000"), ("Porto", "4050"), ("Porto", "4100"), ("Porto", "4150"), ("Porto", "4200"),
             ("Vila Nova de Gaia", "4400"), ("Vila Nova de Gaia", "4430"), ("Matosinhos", "4450"), ("Maia", "4470"),
             ("Gondomar", "4420"), ("Valongo", "4440"), ("Póvoa de Varzim", "4490")]
PT_STREETS = ["Rua de Santa Catarina", "Avenida da Boavista", "Rua de Cedofeita", "Rua do Almada", "Rua Costa Cabral",
              "Rua de Camões", "Avenida Fernão de Magalhães", "Rua da Constituição", "Rua de Sá da Bandeira",
              "Rua Álvares Cabral", "Rua do Heroísmo", "Rua Damião de Góis"]
#: (town, postcode range) around Lviv
UA_CITIES = [("Львів", (79000, 79070)), ("Винники", (79495, 79495)), ("Брюховичі", (79491, 79491)),
             ("Стрий", (82400, 82432)), ("Дрогобич", (82100, 82117)), ("Самбір", (81400, 81411)),
             ("Трускавець", (82200, 82200)), ("Жовква", (80300, 80300)), ("Городок", (81500, 81500))]
UA_STREETS = ["вул. Городоцька", "вул. Зелена", "вул. Личаківська", "просп. Свободи", "вул. Стрийська",
              "вул. Наукова", "вул. Шевченка", "вул. Пекарська", "вул. Київська", "вул. Кульпарківська",
              "вул. Хуторівка", "просп. Червоної Калини"]
#: (town, postcode prefix, first digits of the rest) in Lower Silesia
PL_CITIES = [("Wrocław", "50"), ("Wrocław", "51"), ("Wrocław", "52"), ("Wrocław", "53"), ("Wrocław", "54"),
             ("Oleśnica", "56"), ("Oława", "55"), ("Trzebnica", "55"), ("Legnica", "59"), ("Wałbrzych", "58"),
             ("Świdnica", "58"), ("Siechnice", "55")]
PL_STREETS = ["ul. Legnicka", "ul. Grabiszyńska", "ul. Kościuszki", "ul. Piłsudskiego", "ul. Świdnicka",
              "ul. Powstańców Śląskich", "ul. Krakowska", "ul. Żmigrodzka", "ul. Borowska", "ul. Kazimierza Wielkiego",
              "ul. Jedności Narodowej", "al. Karkonoska"]


def street(g: Gen, lang: str) -> str:
    """A home address line the way people of ``lang``'s country write it."""
    n = g.rnd.randint(1, 160)
    if lang == "nm":
        return f"{g.rnd.randint(100, 12_999)} {g.rnd.choice(NM_STREETS)}" + g.rnd.choice(["", "", f" Apt {n}"])
    if lang == "mn":
        return f"{g.rnd.randint(100, 9_999)} {g.rnd.choice(MN_STREETS)}" + g.rnd.choice(["", "", f" Unit {n}"])
    if lang == "za":
        complex_name = g.rnd.choice(["Sea Breeze", "Palm Court", "Riverside"])
        return g.rnd.choice([f"{n} {g.rnd.choice(ZA_STREETS)}",
                             f"Unit {g.rnd.randint(1, 40)} {complex_name}, {n} {g.rnd.choice(ZA_STREETS)}"])
    if lang == "sc":
        return g.rnd.choice([f"{n} {g.rnd.choice(SC_STREETS)}",
                             f"Flat {g.rnd.randint(0, 3)}/{g.rnd.randint(1, 2)}, {n} {g.rnd.choice(SC_STREETS)}"])
    if lang == "my":
        unit = f"{g.rnd.choice('ABC')}-{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 12)}"
        block = g.rnd.choice(["Residensi Kiara", "Pangsapuri Seri", "Menara Ampang"])
        return g.rnd.choice([f"No. {n}, {g.rnd.choice(MY_STREETS)}", f"{unit}, {block}, {g.rnd.choice(MY_STREETS)}"])
    if lang == "au":
        return g.rnd.choice([f"{n} {g.rnd.choice(AU_STREETS)}",
                             f"{g.rnd.randint(1, 24)}/{n} {g.rnd.choice(AU_STREETS)}"])
    if lang == "il":
        return f"{g.rnd.choice(IL_STREETS)} {n}" + g.rnd.choice(["", f" דירה {g.rnd.randint(1, 30)}"])
    if lang == "bc":
        return g.rnd.choice([f"{g.rnd.randint(100, 9_999)} {g.rnd.choice(BC_STREETS)}",
                             f"{g.rnd.randint(101, 2_405)}-{g.rnd.randint(100, 8_999)} {g.rnd.choice(BC_STREETS)}"])
    if lang == "dk":
        floor = f", {g.rnd.randint(1, 5)}. {g.rnd.choice(['tv', 'th', 'mf'])}"
        return f"{g.rnd.choice(DK_STREETS)} {n}" + g.rnd.choice(["", floor])
    if lang == "at":
        return f"{g.rnd.choice(AT_STREETS)} {n}" + g.rnd.choice(["", f"/{g.rnd.randint(1, 12)}",
                                                               f"/{g.rnd.randint(1, 4)}/{g.rnd.randint(1, 20)}"])
    if lang == "be":
        return f"{g.rnd.choice(BE_STREETS)} {n}" + g.rnd.choice(["", "", f" bte {g.rnd.randint(1, 12)}"])
    if lang == "ar":
        return f"{g.rnd.choice(AR_STREETS)} {g.rnd.randint(100, 4_800)}" + g.rnd.choice(
            ["", "", f", piso {g.rnd.randint(1, 12)} dto. {g.rnd.choice('ABCD')}"])
    if lang == "pt":
        floor = f", {g.rnd.randint(1, 8)}.º {g.rnd.choice(['Esq.', 'Dto.', 'Frt.'])}"
        return f"{g.rnd.choice(PT_STREETS)}, {n}" + g.rnd.choice(["", floor])
    if lang == "uk":
        return f"{g.rnd.choice(UA_STREETS)}, {n}" + g.rnd.choice(["", f", кв. {g.rnd.randint(1, 120)}"])
    if lang == "pl":
        return f"{g.rnd.choice(PL_STREETS)} {n}" + g.rnd.choice(["", f"/{g.rnd.randint(1, 60)}"])
    raise KeyError(lang)


def sc_postcode(g: Gen, district: str) -> str:
    return f"{district} {g.rnd.randint(0, 9)}{g.digits(2, 'ABDEFGHJLNPQRSTUWXYZ')}"


def bc_postcode(g: Gen, fsa: str) -> str:
    letters = "ABCEGHJKLMNPRSTVWXYZ"
    return f"{fsa} {g.rnd.randint(0, 9)}{g.rnd.choice(letters)}{g.rnd.randint(0, 9)}"


# -- identifiers (check digits computed and checked with python-stdnum, or by this module) ----------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    d = g.valid(make, _ssn.is_valid)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dashed else d


def us_ssn_decoy(g: Gen) -> str:
    """A policy number shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    area = g.rnd.choice(["000", "666", f"9{g.digits(2)}"])
    return f"{area}-{g.digits(2)}-{g.digits(4)}"


def za_id(g: Gen, born: date, female: bool, citizen: bool = True) -> str:
    """A South African ID number encoding ``born`` and the sex (Luhn)."""
    seq = g.rnd.randint(0, 4999) if female else g.rnd.randint(5000, 9999)
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:04d}{0 if citizen else 1}8"
    d = body + luhn.calc_check_digit(body)
    assert _za_idnr.is_valid(d)
    return d


def chi(g: Gen, born: date, female: bool) -> str:
    """A Scottish CHI number: the birth date as DDMMYY, two digits, a sex digit (even for women) and the NHS
    modulus-11 check digit."""
    def make() -> str:
        sex = g.rnd.choice("02468" if female else "13579")
        return f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{g.digits(2)}{sex}"

    def ok(body: str) -> bool:
        total = sum(int(ch) * (10 - i) for i, ch in enumerate(body))
        return (11 - total % 11) % 11 != 10

    body = g.valid(make, ok)
    total = sum(int(ch) * (10 - i) for i, ch in enumerate(body))
    d = body + str((11 - total % 11) % 11)
    assert _nhs.is_valid(d)
    return d


def nhs_decoy(g: Gen) -> str:
    """Ten digits failing the NHS (and CHI) modulus-11 check (an employer's payroll number)."""
    return g.valid(lambda: g.digits(10), lambda x: not _nhs.is_valid(x))


def ni_number(g: Gen) -> str:
    """A UK National Insurance number (two prefix letters, six digits, a suffix A-D; no check digit)."""
    first = g.rnd.choice("ABCEGHJKLMNPRSTWXYZ")
    second = g.rnd.choice("ABCEGHJKLMNPRSTWXYZ")
    if first + second in ("GB", "NK", "TN", "ZZ", "BG", "KN", "NT"):
        second = "A"
    return g.rnd.choice([f"{first}{second}{g.digits(6)}{g.rnd.choice('ABCD')}",
                         f"{first}{second} {g.digits(2)} {g.digits(2)} {g.digits(2)} {g.rnd.choice('ABCD')}"])


def mykad(g: Gen, born: date, female: bool) -> str:
    """A Malaysian MyKad (NRIC) number encoding ``born``, a state of birth and the sex."""
    place = g.rnd.choice(["14", "10", "08", "01", "07", "05", "06", "13"])
    last = g.rnd.choice("02468" if female else "13579")
    d = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{place}{g.digits(3)}{last}"
    assert _nric.is_valid(d)
    return f"{d[:6]}-{d[6:8]}-{d[8:]}"


_SG_LETTERS = "JZIHGFEDCBA"


def sg_nric_is_valid(value: str) -> bool:
    """Whether ``value`` is a valid Singapore NRIC of a citizen or permanent resident (S or T, weighted mod 11)."""
    value = value.strip().upper()
    if len(value) != 9 or value[0] not in "ST" or not value[1:8].isdigit():
        return False
    total = sum(int(ch) * w for ch, w in zip(value[1:8], (2, 7, 6, 5, 4, 3, 2))) + (4 if value[0] == "T" else 0)
    return _SG_LETTERS[total % 11] == value[8]


def sg_nric(g: Gen, born: date) -> str:
    prefix = "S" if born.year < 2000 else "T"
    body = f"{born.year % 100:02d}" + g.digits(5) if born.year >= 1968 else "0" + g.digits(6)
    total = sum(int(ch) * w for ch, w in zip(body, (2, 7, 6, 5, 4, 3, 2))) + (4 if prefix == "T" else 0)
    out = prefix + body + _SG_LETTERS[total % 11]
    assert sg_nric_is_valid(out)
    return out


def nik(g: Gen, born: date, female: bool) -> str:
    """An Indonesian NIK: a Jakarta or West Java registration place, the birth date (day + 40 for women), a serial."""
    place = g.rnd.choice(["317101", "317404", "327301", "327502", "357801"])
    day = born.day + (40 if female else 0)
    d = f"{place}{day:02d}{born.month:02d}{born.year % 100:02d}{g.rnd.randint(1, 9999):04d}"
    assert _nik.is_valid(d)
    return d


def passport_no(g: Gen, country: str) -> str:
    layouts = {"YE": "09999999", "BD": "AA9999999", "VN": "A99999999", "OM": "99999999", "UZ": "AA9999999",
               "UA": "AA999999", "GB": "999999999"}
    return g.code(layouts[country])


def medicare_au_is_valid(value: str) -> bool:
    """Whether ``value`` is a valid Australian Medicare card number (10 digits, optionally the 11th the IRN): first
    digit 2-6, the ninth the check digit of weights 1, 3, 7, 9, 1, 3, 7, 9 mod 10, the tenth the issue number."""
    digits = value.replace(" ", "")
    if len(digits) not in (10, 11) or not digits.isdigit() or digits[0] not in "23456":
        return False
    total = sum(int(ch) * w for ch, w in zip(digits[:8], (1, 3, 7, 9, 1, 3, 7, 9)))
    return total % 10 == int(digits[8]) and digits[9] != "0"


def medicare_au(g: Gen) -> str:
    body = str(g.rnd.randint(2, 6)) + g.digits(7)
    total = sum(int(ch) * w for ch, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9)))
    d = body + str(total % 10) + str(g.rnd.randint(1, 5))
    out = g.rnd.choice([f"{d[:4]} {d[4:9]} {d[9]}", d, f"{d}{g.rnd.randint(1, 6)}"])
    assert medicare_au_is_valid(out)
    return out


def ihi(g: Gen) -> str:
    """An Australian Individual Healthcare Identifier: 16 digits starting 800360, Luhn."""
    body = "800360" + g.digits(9)
    d = body + luhn.calc_check_digit(body)
    return f"{d[:4]} {d[4:8]} {d[8:12]} {d[12:]}"


def npi(g: Gen, organisation: bool = True) -> str:
    """A US National Provider Identifier (Luhn over ``80840`` and the first nine digits)."""
    body = ("2" if organisation else "1") + g.digits(8)
    return body + luhn.calc_check_digit("80840" + body)


def npi_is_valid(value: str) -> bool:
    value = str(value).strip()
    return len(value) == 10 and value.isdigit() and luhn.is_valid("80840" + value)


def il_tz(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(0, 3)) + g.digits(8), _il_idnr.is_valid)


def il_tz_decoy(g: Gen) -> str:
    """Nine digits failing the Teudat Zehut check (an intake form number)."""
    return g.valid(lambda: str(g.rnd.randint(0, 3)) + g.digits(8), lambda x: not _il_idnr.is_valid(x))


def bc_phn(g: Gen) -> str:
    def make() -> str:
        body = g.digits(8)
        return "9" + body + _phn.calc_check_digit(body)

    d = g.valid(make, _phn.is_valid)
    return g.rnd.choice([d, _phn.format(d)])


def ca_sin(g: Gen) -> str:
    body = str(g.rnd.choice([1, 2, 3, 4, 5, 6, 7, 9])) + g.digits(7)
    d = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(d)
    return g.rnd.choice([f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", d])


def cpr(g: Gen, born: date, female: bool) -> str:
    """A Danish CPR number encoding ``born`` (the seventh digit the century, the last the sex)."""
    century = g.rnd.choice("0123") if born.year < 2000 else "4"
    last = g.rnd.choice("02468" if female else "13579")
    d = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{century}{g.digits(2)}{last}"
    assert _cpr.is_valid(d) and _cpr.get_birth_date(d) == born
    return f"{d[:6]}-{d[6:]}"


def cvr(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(7), _cvr.is_valid)


def iban_of(country: str, bban: str) -> str:
    """The IBAN of ``country`` around ``bban`` with its ISO 7064 check digits (compact)."""
    moved = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{country}{98 - int(moved) % 97:02d}{bban}"


def iban(g: Gen, country: str, bban: Callable[[], str]) -> str:
    """A valid IBAN of ``country`` (python-stdnum's country rules included), grouped by four or compact."""
    value = g.valid(lambda: iban_of(country, bban()), _iban.is_valid)
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4)) if g.rnd.random() < 0.6 else value


def dk_iban(g: Gen) -> str:
    return iban(g, "DK", lambda: g.rnd.choice(["1551", "3409", "5301", "7681", "9570", "0400"]) + g.digits(10))


def be_iban(g: Gen) -> str:
    def bban() -> str:
        head = g.rnd.choice(["001", "063", "068", "143", "310", "363", "732", "751", "973", "979"]) + g.digits(7)
        return f"{head}{int(head) % 97 or 97:02d}"

    return iban(g, "BE", bban)


def vsnr(g: Gen, born: date) -> str:
    """An Austrian social security number: a serial of three digits, the check digit, the birth date DDMMYY."""
    def make() -> str:
        serial = str(g.rnd.randint(1, 9)) + g.digits(2)
        tail = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}"
        return serial + _vnr.calc_check_digit(serial + "0" + tail) + tail

    d = g.valid(make, lambda x: len(x) == 10 and _vnr.is_valid(x))
    return g.rnd.choice([f"{d[:4]} {d[4:]}", d])


def at_uid(g: Gen) -> str:
    return g.valid(lambda: "ATU" + g.digits(8), _at_uid.is_valid)


def be_niss(g: Gen, born: date, female: bool) -> str:
    """A Belgian national number (NISS for Belgian residents) encoding ``born`` and the sex (odd counter for men)."""
    counter = g.rnd.randrange(2, 998, 2) if female else g.rnd.randrange(1, 997, 2)
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{counter:03d}"
    base = int(("2" if born.year >= 2000 else "") + body)
    d = f"{body}{97 - base % 97:02d}"
    assert _be_nn.is_valid(d) and _be_nn.get_birth_date(d) == born
    return g.rnd.choice([f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}", d, f"{d[:6]} {d[6:9]} {d[9:]}"])


def ar_dni(g: Gen, born: date) -> str:
    """An Argentine DNI number (no check digit) roughly following the year of birth."""
    return str(max(4_000_000, min(58_000_000, 16_000_000 + (born.year - 1960) * 680_000 + g.rnd.randint(0, 600_000))))


def ar_cuil(g: Gen, dni: str, female: bool) -> str:
    """An Argentine CUIL built on the person's DNI (prefix 20 for men, 27 for women)."""
    def make() -> str:
        body = ("27" if female else "20") + dni.zfill(8)
        return body + _cuit.calc_check_digit(body)

    d = g.valid(make, _cuit.is_valid)
    return _cuit.format(d)


def pt_nif(g: Gen) -> str:
    def make() -> str:
        body = g.rnd.choice("123") + g.digits(7)
        return body + _pt_nif.calc_check_digit(body)

    return g.valid(make, _pt_nif.is_valid)


def pt_cc(g: Gen) -> str:
    """A Portuguese citizen card number: the civil identification number and its check digit, a version, a check
    digit."""
    def make() -> str:
        body = g.digits(8) + g.digits(1) + g.rnd.choice(["ZZ", "ZY", "ZX", "ZW"])
        return body + _pt_cc.calc_check_digit(body)

    d = g.valid(make, _pt_cc.is_valid)
    return g.rnd.choice([d, _pt_cc.format(d)])


def rntrc(g: Gen, born: date, female: bool) -> str:
    """A Ukrainian РНОКПП: the days from 1899-12-31 to the birth date, a serial whose last digit is the sex, the
    check digit."""
    days = (born - date(1899, 12, 31)).days
    body = f"{days:05d}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
    d = body + _rntrc.calc_check_digit(body)
    assert _rntrc.is_valid(d)
    return d


def pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
    d = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(d) and _pesel.get_birth_date(d) == born
    return d


def pesel_decoy(g: Gen) -> str:
    """Eleven digits failing the PESEL check (a patient card number)."""
    return g.valid(lambda: g.digits(11), lambda x: not _pesel.is_valid(x))


def cpr_decoy(g: Gen) -> str:
    """A policy number shaped like a CPR number whose date is impossible (day 41 to 99)."""
    return f"{g.rnd.randint(41, 99)}{g.rnd.randint(1, 12):02d}{g.digits(2)}-{g.digits(4)}"


def pl_nip(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(9), _nip.is_valid)


def card(g: Gen, prefixes: list[str]) -> str:
    body = g.rnd.choice(prefixes)
    body += g.digits(15 - len(body))
    d = body + luhn.calc_check_digit(body)
    return g.rnd.choice([d, f"{d[:4]} {d[4:8]} {d[8:12]} {d[12:]}"])


# -- health vocabulary (written for v137) ------------------------------------------------------------------------------

NM_EMPLOYERS = [("Sandia Foothills Charter School", "4700 Tramway Blvd NE, Albuquerque, NM 87111"),
                ("Mesa del Sol Solar LLC", "5700 University Blvd SE, Albuquerque, NM 87106"),
                ("Land of Enchantment Credit Union", "1520 Rio Rancho Blvd SE, Rio Rancho, NM 87124"),
                ("Organ Mountain Pecan Co.", "2900 W Picacho Ave, Las Cruces, NM 88007"),
                ("Turquoise Trail Hospitality Group", "330 Old Santa Fe Trl, Santa Fe, NM 87501")]
ZA_SCHEMES = ["Siyakhula Medical Scheme", "Coastal Care Medical Aid", "Ubuntu Health Plan", "Thekwini Employees Fund"]
GB_EMPLOYERS = [("Clydeside Fabrication Ltd", "Unit 4, Hillington Park, 30 Montrose Avenue", "G52 4LA"),
                ("Kelvin Precision Engineering", "12 Kelvin Way, Kelvin Industrial Estate", "G75 0YA"),
                ("Govan Drydock Services", "1048 Govan Road", "G51 4XS"),
                ("Strathclyde Bus Depots Ltd", "Larkfield Depot, 45 Butterbiggins Road", "G42 7AL"),
                ("Cambuslang Bakeries", "8 Clydesmill Drive", "G32 8RG")]
MY_GUARANTORS = ["PMCare Sdn Bhd", "Tokio Marine Life (TPA)", "MiCare Sdn Bhd", "Self Pay", "Etiqa Takaful (GL)"]
BC_SPONSORS = [("Fraser River Millwork Ltd", "604"), ("Cascadia Transit Workers Trust", "778"),
               ("Kitsilano Software Inc.", "604"), ("Salish Sea Ferries Cooperative", "250")]
DK_EMPLOYERS = ["Aros Maskinfabrik A/S", "Jysk Logistikcenter ApS", "Marselisborg Revision I/S",
                "Risskov Tandteknik ApS", "Brabrand Boligservice A/S"]
AT_EMPLOYERS = ["Voest-Nord Anlagenbau GmbH", "Mühlviertler Holzindustrie GmbH", "Linzer Druckerei & Verlag KG",
                "Traunviertel Logistik GmbH", "Donaulände Chemie AG"]
PL_EMPLOYERS = ["Odra Logistyka Sp. z o.o.", "Dolnośląskie Zakłady Mechaniczne S.A.",
                "Wrocławskie Biuro Rachunkowe Sp.j.", "Sudety Software Sp. z o.o.", "Ślęża Catering Sp. z o.o."]
