"""Values of held-out set v82 (:mod:`benchmarks.classification.heldout_v82`): v82's random source, names, streets,
towns and postal codes written by hand for v82 (no Faker, no list of real people), phones checked with phonenumbers
and identifiers with check digits computed here and checked with python-stdnum where it knows them.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module (the phone maker rewritten to draw from several
leading digits per region); the lists below are new.
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
from stdnum.be import nn as _be_nn
from stdnum.be import vat as _be_vat
from stdnum.ca import sin as _ca_sin
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _it_iva
from stdnum.jp import cn as _jp_cn
from stdnum.jp import in_ as _jp_in
from stdnum.mx import curp as _curp
from stdnum.mx import rfc as _rfc
from stdnum.nl import bsn as _bsn
from stdnum.nz import bankaccount as _nz_bank
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.ru import inn as _inn
from stdnum.ru import ogrn as _ogrn
from stdnum.sg import uen as _uen
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 82_604_2026
N = "none"
#: a login or a domestic bank account (review, as in v5 to v80)
USERNAME = "unclassified"
#: NULL-like strings and placeholders of v82's systems, in their languages (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNKNOWN", "?",
    "#N/A", "nil", "Nil", "NIL", "undefined", "0", "00000000", "000-00-0000", "000000000", "XXX", "XXXXXXXX",
    "test@example.com", "noemail@none.com", "QQ123456C", "not given", "Not Given", "declined", "refused",
    "нет данных", "неизвестно", "нет", "н/д", "N/D", "n/d", "sin dato", "desconocido", "S/N", "N.D.", "nessuno",
    "sconosciuto", "néant", "Néant", "inconnu", "pas de données", "onbekend", "n.v.t.", "geen", "fumei", "nashi",
    "不明", "なし",
    "brak", "b.d.", "nie dotyczy", "*", "NONE", "NOT KNOWN")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


#: region -> ([leading digits of mobiles], [leading digits of landlines], length of the national significant number)
PHONE_PLAN: dict[str, tuple[list[str], list[str], int]] = {
    "US": (["916", "530", "209", "279", "404", "470", "678", "770", "912", "706"],
           ["916", "530", "209", "404", "678", "770", "912", "706"], 10),
    "GB": (["7400", "7500", "7712", "7802", "7903", "7447", "7561"], ["113", "114", "121", "161", "1642", "191"], 10),
    "SCOT": (["7400", "7500", "7712", "7802", "7903"], ["131", "141", "1224", "1382", "1463", "1738"], 10),
    "NZ": (["21", "22", "27", "20"], ["4", "9", "3", "6", "7"], 0),
    "CA": (["204", "431"], ["204", "431"], 10),
    "NG": (["803", "806", "813", "816", "703", "706", "805", "807", "809", "817", "908", "810"],
           ["201", "209", "2033"], 10),
    "SG": (["8", "9"], ["6"], 8),
    "RU": (["912", "916", "926", "903", "950", "982"], ["495", "499", "343", "812"], 10),
    "MX": (["55", "33", "81", "222", "442"], ["55", "33", "81", "222", "442"], 10),
    "IT": (["333", "347", "320", "339", "349", "380"], ["06", "02", "081", "011", "055"], 0),
    "BE": (["470", "471", "475", "478", "484", "494"], ["4", "2", "81", "71", "65"], 0),
    "NL": (["61", "62", "64", "65", "68"], ["10", "20", "30", "70", "40", "50"], 9),
    "JP": (["90", "80", "70"], ["6", "72", "729"], 0),
    "PL": (["501", "512", "600", "606", "661", "691", "724", "790", "881"], ["22", "12", "61", "71", "58"], 9),
}
#: region of each plan (Scotland's numbers are GB numbers)
PHONE_REGION = {"SCOT": "GB"}


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v82:{SEED}:{table}")

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
        first = self.rnd.choice([24, 47, 68, 71, 76, 98, 99, 104, 107, 108, 174, 203, 202, 121, 116, 175])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2600", "2601", "2603", "2406", "2407", "2001"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone_number(self, plan: str, mobile: bool = True) -> phonenumbers.PhoneNumber:
        """A valid number of ``plan``'s region starting with one of its leading digits (phonenumbers checks it)."""
        region = PHONE_REGION.get(plan, plan)
        mobiles, fixed, length = PHONE_PLAN[plan]
        cc = phonenumbers.country_code_for_region(region)
        lengths = [length] if length else [8, 9, 10]
        wanted = {phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE} if mobile \
            else {phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}

        def make() -> str:
            lead = self.rnd.choice(mobiles if mobile else fixed)
            size = self.rnd.choice(lengths)
            if plan == "US" or plan == "CA":
                return lead + str(self.rnd.randint(2, 9)) + self.digits(size - len(lead) - 1)
            return lead + self.digits(max(size - len(lead), 1))

        def ok(candidate: str) -> bool:
            number = phonenumbers.parse(f"+{cc}{candidate}")
            return phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in wanted

        return phonenumbers.parse(f"+{cc}{self.valid(make, ok)}")

    def phone(self, plan: str, fmt: str = "e164", mobile: bool = True) -> Any:
        number = self.phone_number(plan, mobile)
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        digits = "".join(ch for ch in national if ch.isdigit())
        if fmt == "digits":
            return digits
        if fmt == "int":
            return int(digits)
        if fmt == "msisdn":
            return f"{number.country_code}{phonenumbers.national_significant_number(number)}"
        if fmt == "dashes":
            return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}" if plan in ("US", "CA") else national
        return national

    def phones(self, plan: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(plan, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v82) -------------------------------------------------------------------------------------------

#: origin -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Dwayne", "Tyrell", "Cody", "Brandon", "Marcus", "Travis", "Darnell", "Kyle", "Hector", "Luis", "Trent",
            "Jamal", "Wesley", "Roderick", "Cedric", "Dustin"],
           ["Keisha", "Brittany", "Shaniqua", "Ashley", "Crystal", "Tamika", "Yesenia", "Marisol", "Latoya",
            "Destiny", "Courtney", "Raylene", "Charmaine", "Dolores"],
           ["Whitfield", "Gaskins", "Thigpen", "Brannon", "Hollis", "Pruitt", "Mayfield", "Tolbert", "Ochoa",
            "Cervantes", "Nguyen", "Vang", "Dunaway", "McCrary", "Sizemore", "Okafor", "Bledsoe", "Yarbrough"]),
    "en": (["Callum", "Kieran", "Jordan", "Reece", "Liam", "Dean", "Craig", "Tyler", "Imran", "Kwabena", "Shane",
            "Bradley"],
           ["Chantelle", "Kayleigh", "Jodie", "Leanne", "Stacey", "Nadia", "Shannon", "Gemma", "Roxanne", "Tanisha"],
           ["Ashworth", "Brierley", "Cartwright", "Dobson", "Entwistle", "Fazakerley", "Hargreaves", "Kershaw",
            "Pickles", "Ramsbottom", "Sutcliffe", "Uddin", "Mistry", "Boateng", "Threlfall"]),
    "scot": (["Hamish", "Fraser", "Gregor", "Ewan", "Lachlan", "Struan", "Kyle", "Ross", "Murdo", "Darren"],
             ["Morag", "Eilidh", "Kirsty", "Shona", "Iona", "Rhona", "Catriona", "Ailsa", "Lorna", "Skye"],
             ["MacLeod", "Urquhart", "Drummond", "Buchanan", "McAllister", "Galbraith", "Sinclair", "Rennie",
              "Lamont", "Cruickshank", "Ferguson", "Dalgleish", "Menzies", "Imrie"]),
    "nz": (["Tane", "Wiremu", "Rangi", "Nikau", "Sione", "Tevita", "Brodie", "Hunter", "Cameron", "Manaia"],
           ["Aroha", "Mere", "Ngaio", "Huia", "Losa", "Mele", "Kahurangi", "Brooke", "Jade", "Anahera"],
           ["Te Hira", "Ngata", "Parata", "Tuhoe", "Fa'afoi", "Tupou", "Latu", "Henare", "Whaanga", "McKenzie",
            "Pohatu", "Kereama", "Sopoaga", "Rauhihi"]),
    "mb": (["Tyson", "Jesse", "Dakota", "Bohdan", "Taras", "Jerome", "Rommel", "Jericho", "Levi", "Marcel"],
           ["Cheyenne", "Raven", "Autumn", "Oksana", "Larissa", "Maricel", "Rowena", "Josée", "Shawna", "Tara"],
           ["Beardy", "Flett", "Harper", "Monias", "Spence", "Kostyshyn", "Hnatiuk", "Bilodeau", "Dela Cruz",
            "Manalo", "Sinclair", "Wastesicoot", "Chartrand", "Fontaine"]),
    "ng": (["Babatunde", "Chukwuemeka", "Ibrahim", "Oluwaseun", "Uchenna", "Abdullahi", "Emeka", "Segun", "Musa",
            "Ikechukwu", "Adewale", "Tochukwu"],
           ["Funmilayo", "Chiamaka", "Aisha", "Ngozi", "Adaeze", "Folake", "Hadiza", "Yetunde", "Blessing",
            "Oluwakemi", "Zainab", "Ebere"],
           ["Adeyemi", "Okonkwo", "Balogun", "Nwachukwu", "Abubakar", "Olawale", "Eze", "Ogunbiyi", "Danjuma",
            "Akinola", "Obi", "Bakare", "Onyeka", "Lawal", "Ibekwe"]),
    "sg_cn": (["Wei Jie", "Jun Hao", "Zhi Hao", "Kelvin", "Darren", "Boon Keng"],
              ["Hui Min", "Xin Yi", "Siew Ling", "Jolene", "Shu Fen", "Mei Ling"],
              ["Tan", "Lim", "Ng", "Goh", "Teo", "Chua", "Koh", "Ong", "Low", "Yeo"]),
    "sg_my": (["Muhammad Haziq", "Hafiz", "Syahmi", "Firdaus", "Irfan"],
              ["Nur Aisyah", "Farhana", "Nurul Huda", "Siti Khadijah", "Aqilah"],
              ["Rahman", "Osman", "Ismail", "Salleh", "Yusof", "Hamid"]),
    "sg_in": (["Arvind", "Ravi", "Suresh", "Vikram", "Ganesh"],
              ["Priya", "Kavitha", "Deepa", "Lakshmi", "Revathi"],
              ["Pillay", "Subramaniam", "Nair", "Rajoo", "Krishnan", "Maniam"]),
    "it": (["Ciro", "Gennaro", "Salvatore", "Vincenzo", "Pasquale", "Antonio", "Luigi", "Carmine", "Domenico",
            "Raffaele"],
           ["Assunta", "Carmela", "Immacolata", "Rosaria", "Concetta", "Filomena", "Teresa", "Anna", "Annunziata",
            "Nunzia"],
           ["Esposito", "Russo", "Ferrara", "De Luca", "Capasso", "Iovine", "Sorrentino", "Cozzolino", "Ambrosio",
            "Di Lorenzo", "Scognamiglio", "Caiazzo", "Buonocore", "Mazzarella"]),
    "be": (["Kevin", "Jonathan", "Maxime", "Mehdi", "Geoffrey", "Loïc", "Romain", "Youssef", "Cédric", "Florian"],
           ["Aurélie", "Jessica", "Laetitia", "Samira", "Sophie", "Mélanie", "Fatima", "Stéphanie", "Virginie",
            "Océane"],
           ["Lambert", "Dubois", "Renard", "Lejeune", "Collard", "Delhaye", "Bertrand", "El Amrani", "Gilson",
            "Wauters", "Piron", "Leroy", "Dethier", "Mathy"]),
    "nl": (["Dennis", "Kevin", "Mohamed", "Jeroen", "Rachid", "Stefan", "Ricardo", "Bas", "Joey", "Marco"],
           ["Kim", "Naima", "Priscilla", "Sanne", "Linda", "Chantal", "Shirley", "Esther", "Latifa", "Mandy"],
           ["Visser", "de Boer", "Mulder", "Bakker", "el Idrissi", "Pinas", "Kok", "van Dam", "Bouzid", "Jansen",
            "Martina", "Koster", "Hendriks", "Zeeman"]),
}
#: the tussenvoegsel of Dutch family names (split off by the SAP table)
NL_PREFIXES = ("de ", "van ", "el ")

#: Russian names in Cyrillic: (male, female) given names, patronymic stems, family names (male, female)
RU_MALE = ["Алексей", "Дмитрий", "Сергей", "Андрей", "Евгений", "Максим", "Роман", "Игорь", "Артём", "Виталий"]
RU_FEMALE = ["Ольга", "Наталья", "Екатерина", "Юлия", "Анастасия", "Ирина", "Светлана", "Марина", "Дарья", "Алёна"]
RU_FATHERS = [("Алексеевич", "Алексеевна"), ("Викторович", "Викторовна"), ("Николаевич", "Николаевна"),
              ("Сергеевич", "Сергеевна"), ("Юрьевич", "Юрьевна"), ("Петрович", "Петровна"),
              ("Игоревич", "Игоревна"), ("Олегович", "Олеговна")]
RU_FAMILY = [("Сидоров", "Сидорова"), ("Кузнецов", "Кузнецова"), ("Волков", "Волкова"), ("Зайцев", "Зайцева"),
             ("Морозов", "Морозова"), ("Лебедев", "Лебедева"), ("Соколов", "Соколова"), ("Гусев", "Гусева"),
             ("Белоусов", "Белоусова"), ("Тарасов", "Тарасова"), ("Шевчук", "Шевчук"), ("Ковальчук", "Ковальчук")]

#: Mexican names: given names (male, female), family names (two per person)
MX_MALE = ["José Luis", "Juan Carlos", "Jesús", "Miguel Ángel", "Francisco", "Alejandro", "Rogelio", "Eduardo",
           "Jorge", "Ricardo"]
MX_FEMALE = ["María Guadalupe", "Juana", "Verónica", "Leticia", "Alejandra", "Rosa María", "Yolanda", "Brenda",
             "Araceli", "Claudia"]
MX_FAMILY = ["Hernández", "García", "Martínez", "López", "González", "Ramírez", "Cruz", "Flores", "Morales", "Reyes",
             "Jiménez", "Mendoza", "Vázquez", "Castillo", "Ortiz", "Juárez"]

#: Japanese names: (kanji, katakana) pairs
JP_FAMILY = [("佐藤", "サトウ"), ("鈴木", "スズキ"), ("高橋", "タカハシ"), ("渡辺", "ワタナベ"), ("伊藤", "イトウ"),
             ("中村", "ナカムラ"), ("小林", "コバヤシ"), ("加藤", "カトウ"), ("吉田", "ヨシダ"), ("山口", "ヤマグチ"),
             ("松本", "マツモト"), ("井上", "イノウエ")]
JP_MALE = [("健太", "ケンタ"), ("大輔", "ダイスケ"), ("翔太", "ショウタ"), ("拓也", "タクヤ"), ("浩二", "コウジ"),
           ("誠", "マコト"), ("隆", "タカシ"), ("修", "オサム")]
JP_FEMALE = [("美咲", "ミサキ"), ("由美", "ユミ"), ("恵子", "ケイコ"), ("陽子", "ヨウコ"), ("直美", "ナオミ"),
             ("彩", "アヤ"), ("裕子", "ユウコ"), ("真由美", "マユミ")]

#: Polish names: given names (male, female), family names (male, female)
PL_MALE = ["Mariusz", "Krzysztof", "Tomasz", "Dariusz", "Sebastian", "Łukasz", "Grzegorz", "Paweł", "Rafał",
           "Zbigniew"]
PL_FEMALE = ["Agnieszka", "Katarzyna", "Małgorzata", "Beata", "Joanna", "Dorota", "Ewelina", "Monika", "Renata",
             "Jadwiga"]
PL_FAMILY = [("Kowalczyk", "Kowalczyk"), ("Wójcik", "Wójcik"), ("Zieliński", "Zielińska"),
             ("Szymański", "Szymańska"), ("Dąbrowski", "Dąbrowska"), ("Kozłowski", "Kozłowska"),
             ("Mazur", "Mazur"), ("Krawczyk", "Krawczyk"), ("Pawlak", "Pawlak"), ("Sobczak", "Sobczak"),
             ("Wróbel", "Wróbel"), ("Górecki", "Górecka")]


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    males, females, lasts = NAMES[lang]
    return g.rnd.choice(females if female else males), g.rnd.choice(lasts)


def whole(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def family(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[1]


def sg_name(g: Gen, female: bool | None = None) -> str:
    """A Singapore name written as its community writes it: Chinese family name first, Malay with bin or binte and
    the father's name, Indian given name and family name."""
    female = g.rnd.random() < 0.5 if female is None else female
    origin = g.rnd.choices(["sg_cn", "sg_my", "sg_in"], [6, 2, 1.5])[0]
    first, last = person(g, origin, female)
    if origin == "sg_cn":
        return f"{last} {first}"
    if origin == "sg_my":
        return f"{first} {'Binte' if female else 'Bin'} {last}"
    return f"{first} {last}"


def ru_person(g: Gen, female: bool) -> tuple[str, str, str]:
    """(family name, given name, patronymic) in Cyrillic."""
    fam = g.rnd.choice(RU_FAMILY)[1 if female else 0]
    return fam, g.rnd.choice(RU_FEMALE if female else RU_MALE), g.rnd.choice(RU_FATHERS)[1 if female else 0]


def mx_person(g: Gen, female: bool) -> tuple[str, str, str]:
    """(given names, first family name, second family name)."""
    return g.rnd.choice(MX_FEMALE if female else MX_MALE), g.rnd.choice(MX_FAMILY), g.rnd.choice(MX_FAMILY)


def jp_person(g: Gen, female: bool) -> tuple[str, str, str, str]:
    """(family kanji, given kanji, family katakana, given katakana)."""
    fam = g.rnd.choice(JP_FAMILY)
    first = g.rnd.choice(JP_FEMALE if female else JP_MALE)
    return fam[0], first[0], fam[1], first[1]


def pl_person(g: Gen, female: bool) -> tuple[str, str]:
    """(given name, family name)."""
    return g.rnd.choice(PL_FEMALE if female else PL_MALE), g.rnd.choice(PL_FAMILY)[1 if female else 0]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "x", plain(last) or "y"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(70, 99)}", f"{b}{a[:2]}"])
    return f"{local}@{g.rnd.choice(domains)}"


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(first)}.{plain(last)}@{domain}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first) or "x", plain(last) or "y"
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a}{b[:3]}"][style % 5]


DOMAINS = {
    "us": ["gmail.com", "yahoo.com", "icloud.com", "hotmail.com", "att.net", "outlook.com", "aol.com"],
    "uk": ["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "outlook.com", "icloud.com"],
    "nz": ["gmail.com", "xtra.co.nz", "hotmail.com", "outlook.co.nz", "yahoo.co.nz"],
    "ca": ["gmail.com", "hotmail.com", "shaw.ca", "mts.net", "outlook.com"],
    "ng": ["gmail.com", "yahoo.com", "yahoo.co.uk", "hotmail.com", "outlook.com"],
    "sg": ["gmail.com", "yahoo.com.sg", "hotmail.com", "singnet.com.sg", "outlook.com"],
    "ru": ["mail.ru", "yandex.ru", "gmail.com", "rambler.ru", "bk.ru"],
    "mx": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx", "live.com.mx"],
    "it": ["libero.it", "gmail.com", "virgilio.it", "hotmail.it", "alice.it"],
    "be": ["skynet.be", "gmail.com", "hotmail.com", "telenet.be", "proximus.be"],
    "nl": ["ziggo.nl", "gmail.com", "hotmail.com", "kpnmail.nl", "live.nl"],
    "jp": ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp", "icloud.com"],
    "pl": ["wp.pl", "onet.pl", "gmail.com", "interia.pl", "o2.pl"],
}


# -- places (written for v82) ------------------------------------------------------------------------------------------

#: California: (city, ZIP lead)
CA_CITIES = [("Sacramento", "958"), ("Elk Grove", "957"), ("Citrus Heights", "956"), ("Folsom", "956"),
             ("Rancho Cordova", "956"), ("Galt", "956"), ("Carmichael", "956"), ("North Highlands", "956")]
CA_STREETS = ["Florin Rd", "Stockton Blvd", "Fruitridge Rd", "Marconi Ave", "Auburn Blvd", "Franklin Blvd",
              "Mack Rd", "Watt Ave", "Elvas Ave", "Del Paso Blvd", "Greenback Ln", "Bruceville Rd"]
#: Georgia (US): (city, ZIP lead)
GA_CITIES = [("Macon", "312"), ("Warner Robins", "310"), ("Perry", "310"), ("Byron", "310"), ("Gray", "310"),
             ("Forsyth", "310"), ("Milledgeville", "310"), ("Fort Valley", "310")]
GA_STREETS = ["PIO NONO AVE", "VINEVILLE AVE", "EISENHOWER PKWY", "GRAY HWY", "HOUSTON AVE", "MERCER UNIVERSITY DR",
              "RUSSELL PKWY", "WATSON BLVD", "JEFFERSONVILLE RD", "ZEBULON RD", "MOUNT PLEASANT CHURCH RD"]
#: England (Yorkshire and Lancashire): (town, postcode districts)
EN_TOWNS = [("Bradford", ["BD3", "BD5", "BD8"]), ("Halifax", ["HX1", "HX3"]), ("Huddersfield", ["HD1", "HD2"]),
            ("Keighley", ["BD21"]), ("Dewsbury", ["WF12", "WF13"]), ("Burnley", ["BB10", "BB11"])]
EN_STREETS = ["Manningham Lane", "Leeds Road", "Thornton Road", "Barkerend Road", "Queens Road", "Manchester Road",
              "Allerton Road", "Skircoat Road", "Gibbet Street", "Colne Road", "Savile Town Road"]
#: Scotland: (town, postcode districts)
SC_TOWNS = [("Dundee", ["DD1", "DD3", "DD4"]), ("Perth", ["PH1", "PH2"]), ("Arbroath", ["DD11"]),
            ("Forfar", ["DD8"]), ("Kirkcaldy", ["KY1", "KY2"]), ("Glenrothes", ["KY6", "KY7"])]
SC_STREETS = ["Lochee Road", "Strathmartine Road", "Dens Road", "Clepington Road", "Crieff Road", "Dunkeld Road",
              "High Street", "Links Street", "Woodside Road", "Mitchell Street"]
#: New Zealand: (suburb, city, postcode)
NZ_PLACES = [("Porirua East", "Porirua", "5024"), ("Cannons Creek", "Porirua", "5024"), ("Naenae", "Lower Hutt",
             "5011"), ("Taita", "Lower Hutt", "5011"), ("Wainuiomata", "Lower Hutt", "5014"), ("Trentham",
             "Upper Hutt", "5018"), ("Newtown", "Wellington", "6021"), ("Strathmore Park", "Wellington", "6022"),
             ("Tawa", "Wellington", "5028"), ("Kilbirnie", "Wellington", "6022")]
NZ_STREETS = ["Bedford Street", "Warspite Avenue", "Naenae Road", "Eastern Hutt Road", "Moores Valley Road",
              "Ward Street", "Rintoul Street", "Broadway", "Main Road", "Kemp Street", "Castor Crescent"]
#: Manitoba: (city, FSAs)
MB_PLACES = [("Winnipeg", ["R2W", "R2X", "R3B", "R3E", "R2K", "R2L"]), ("Thompson", ["R8N"]), ("Brandon", ["R7A"]),
             ("Selkirk", ["R1A"]), ("The Pas", ["R9A"]), ("Portage la Prairie", ["R1N"])]
MB_STREETS = ["SELKIRK AVE", "MAIN ST", "MCGREGOR ST", "SALTER ST", "ELLICE AVE", "SARGENT AVE", "ARLINGTON ST",
              "PRINCESS ST", "MYSTERY LAKE RD", "ROSSER AVE", "MANITOBA AVE"]
#: Lagos: (area, local government area)
NG_PLACES = [("Igbogbo", "Ikorodu"), ("Idi-Araba", "Mushin"), ("Ajegunle", "Ajeromi-Ifelodun"), ("Orile Agege",
             "Agege"), ("Mafoluku", "Oshodi-Isolo"), ("Aguda", "Surulere"), ("Allen", "Ikeja"), ("Egbeda", "Alimosho"),
             ("Sabo Yaba", "Lagos Mainland"), ("Okokomaiko", "Ojo")]
NG_STREETS = ["Ogunlana Drive", "Agege Motor Road", "Ladipo Street", "Oshodi Road", "Isheri Road", "Akinwunmi Street",
              "Olorunsogo Street", "Ojuelegba Road", "Bajulaiye Road", "Ayangburen Road"]
#: Singapore: (estate, postal code lead of its sector)
SG_ESTATES = [("Jurong West", "64"), ("Woodlands", "73"), ("Tampines", "52"), ("Bedok North", "46"),
              ("Ang Mo Kio", "56"), ("Yishun", "76"), ("Bukit Merah", "15"), ("Sengkang", "54")]
SG_STREETS = ["Jurong West Street 42", "Woodlands Drive 16", "Tampines Street 81", "Bedok North Avenue 3",
              "Ang Mo Kio Avenue 10", "Yishun Ring Road", "Henderson Road", "Sengkang East Way"]
#: Russia (Sverdlovsk oblast): (city, index lead)
RU_CITIES = [("Екатеринбург", "620"), ("Нижний Тагил", "622"), ("Каменск-Уральский", "623"), ("Первоуральск", "623"),
             ("Серов", "624"), ("Верхняя Пышма", "624")]
RU_STREETS = ["ул. Ленина", "ул. Малышева", "ул. Восточная", "ул. Сибирский тракт", "пр. Космонавтов",
              "ул. Челюскинцев", "ул. Уральская", "ул. Гагарина", "ул. Мира"]
#: Mexico (Jalisco): (municipio, CP lead, colonias)
MX_PLACES = [("Guadalajara", "44", ["Oblatos", "San Andrés", "Santa Cecilia", "Analco"]),
             ("Zapopan", "45", ["Santa Lucía", "Tesistán", "Las Águilas", "Constitución"]),
             ("Tlaquepaque", "45", ["Cerro del Cuatro", "Las Juntas", "El Órgano"]),
             ("Tonalá", "45", ["Jalisco", "Loma Dorada", "Santa Paula"]),
             ("Tlajomulco de Zúñiga", "45", ["Chulavista", "Santa Fe", "Hacienda Santa Fe"])]
MX_STREETS = ["Calle Hidalgo", "Av. Revolución", "Calle Morelos", "Calle Juárez", "Av. Gobernador Curiel",
              "Calle Pino Suárez", "Calle 5 de Mayo", "Av. Malecón", "Calle Independencia"]
#: Italy (Campania): (comune, provincia, CAP, cadastral code)
IT_PLACES = [("Napoli", "NA", "801", "F839"), ("Afragola", "NA", "80021", "A064"), ("Casoria", "NA", "80026", "B990"),
             ("Pozzuoli", "NA", "80078", "G964"), ("Torre del Greco", "NA", "80059", "L259"),
             ("Giugliano in Campania", "NA", "80014", "E054"), ("Caserta", "CE", "81100", "B963"),
             ("Aversa", "CE", "81031", "A512")]
IT_STREETS = ["Via Foria", "Corso Garibaldi", "Via Duomo", "Via Roma", "Corso Umberto I", "Via Nazionale delle Puglie",
              "Via Domiziana", "Vico Lungo Gelso", "Via Arenaccia", "Piazza Mercato"]
#: Belgium (Liège province): (commune, postcode)
BE_PLACES = [("Liège", "4000"), ("Seraing", "4100"), ("Herstal", "4040"), ("Verviers", "4800"), ("Huy", "4500"),
             ("Ans", "4430"), ("Flémalle", "4400"), ("Saint-Nicolas", "4420"), ("Grâce-Hollogne", "4460")]
BE_STREETS = ["Rue Saint-Léonard", "Rue de Seraing", "Rue Grétry", "Rue Large Voie", "Rue du Laveu",
              "Quai de la Boverie", "Rue Haute-Wez", "Rue Jean Jaurès", "Rue des Français"]
#: the Netherlands: (place, postcode digits lead)
NL_PLACES = [("Rotterdam", "30"), ("Schiedam", "31"), ("Vlaardingen", "31"), ("Dordrecht", "33"), ("Spijkenisse",
             "32"), ("Capelle aan den IJssel", "29"), ("Den Haag", "25"), ("Zoetermeer", "27")]
NL_STREETS = ["Dordtselaan", "Beijerlandselaan", "Groene Hilledijk", "Nieuwe Binnenweg", "Mathenesserlaan",
              "Kruisplein", "Oranjeboomstraat", "Schiedamseweg", "Spinozaweg", "Wolphaertsbocht"]
#: Japan (Osaka prefecture): (city and ward, postcode lead, towns)
JP_PLACES = [("大阪市西成区", "557", ["萩之茶屋", "天下茶屋", "岸里"]), ("大阪市生野区", "544", ["桃谷", "勝山北", "巽南"]),
             ("堺市北区", "591", ["中百舌鳥町", "百舌鳥赤畑町"]), ("東大阪市", "577", ["長瀬町", "小阪", "足代"]),
             ("豊中市", "560", ["庄内東町", "服部本町"]), ("吹田市", "564", ["江坂町", "千里山西"])]
#: Poland (Lower Silesia): (town, postcode lead)
PL_PLACES = [("Wrocław", "5"), ("Wałbrzych", "58"), ("Legnica", "59"), ("Jelenia Góra", "58"), ("Oleśnica", "56"),
             ("Świdnica", "58"), ("Głogów", "67")]
PL_STREETS = ["ul. Legnicka", "ul. Traugutta", "ul. Kościuszki", "ul. Jedności Narodowej", "ul. Piłsudskiego",
              "ul. Armii Krajowej", "ul. Żeromskiego", "ul. Reymonta", "ul. Ogrodowa"]


def ca_street(g: Gen) -> str:
    return f"{g.rnd.randint(100, 9899)} {g.rnd.choice(CA_STREETS)}"


def ga_street(g: Gen) -> str:
    return f"{g.rnd.randint(100, 6999)} {g.rnd.choice(GA_STREETS)}" + g.rnd.choice(["", "", " APT " +
                                                                                    str(g.rnd.randint(1, 40))])


def en_postcode(g: Gen, district: str) -> str:
    return f"{district} {g.rnd.randint(1, 9)}{g.code('AA').replace('I', 'B').replace('O', 'D')}"


def nz_street(g: Gen) -> str:
    return g.rnd.choice([f"{g.rnd.randint(1, 240)} {g.rnd.choice(NZ_STREETS)}",
                         f"{g.rnd.randint(1, 12)}/{g.rnd.randint(1, 90)} {g.rnd.choice(NZ_STREETS)}",
                         f"Flat {g.rnd.randint(1, 8)}, {g.rnd.randint(1, 90)} {g.rnd.choice(NZ_STREETS)}"])


def mb_postal(g: Gen, fsa: str) -> str:
    letters = "ABCEGHJKLMNPRSTVWXYZ"
    return f"{fsa} {g.rnd.randint(0, 9)}{g.rnd.choice(letters)}{g.rnd.randint(0, 9)}"


def ng_street(g: Gen) -> str:
    return f"{g.rnd.randint(1, 88)}, {g.rnd.choice(NG_STREETS)}"


def sg_address(g: Gen) -> tuple[str, str, str]:
    """(block and street, unit, postal code) of an HDB flat."""
    i = g.rnd.randrange(len(SG_ESTATES))
    block = g.rnd.randint(101, 899)
    street = f"Blk {block} {SG_STREETS[i]}"
    unit = f"#{g.rnd.randint(2, 16):02d}-{g.rnd.randint(1, 450)}"
    return street, unit, f"{SG_ESTATES[i][1]}{block % 1000:03d}{g.rnd.randint(0, 9)}"[:6]


def ru_street(g: Gen) -> str:
    return f"{g.rnd.choice(RU_STREETS)}, д. {g.rnd.randint(1, 160)}" + g.rnd.choice(
        ["", f", кв. {g.rnd.randint(1, 240)}", f", корп. {g.rnd.randint(1, 4)}, кв. {g.rnd.randint(1, 120)}"])


def mx_street(g: Gen) -> str:
    return f"{g.rnd.choice(MX_STREETS)} {g.rnd.randint(10, 3999)}" + g.rnd.choice(["", " Int. 4", " Int. B", ""])


def it_street(g: Gen) -> str:
    return f"{g.rnd.choice(IT_STREETS)} {g.rnd.randint(1, 320)}" + g.rnd.choice(["", "", "/B", " sc. A"])


def it_cap(g: Gen, place: tuple[str, str, str, str]) -> str:
    return place[2] + g.digits(5 - len(place[2])) if len(place[2]) < 5 else place[2]


def be_street(g: Gen) -> str:
    return f"{g.rnd.choice(BE_STREETS)} {g.rnd.randint(1, 220)}" + g.rnd.choice(["", "", "/0011", " bte 2"])


def nl_postcode(g: Gen, lead: str) -> str:
    letters = "ABCDEGHJKLMNPRSTVWXZ"
    return f"{lead}{g.rnd.randint(10, 99)} {g.rnd.choice(letters)}{g.rnd.choice(letters)}"


def jp_address(g: Gen) -> tuple[str, str]:
    """(postcode ``123-4567``, address from the city down)."""
    city, lead, towns = g.rnd.choice(JP_PLACES)
    return (f"{lead}-{g.digits(4)}",
            f"{city}{g.rnd.choice(towns)}{g.rnd.randint(1, 5)}丁目{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)}"
            + g.rnd.choice(["", "", f" {g.rnd.randint(101, 905)}号室"]))


def pl_postcode(g: Gen, lead: str) -> str:
    body = lead + g.digits(5 - len(lead))
    return f"{body[:2]}-{body[2:]}"


def pl_street(g: Gen) -> str:
    return f"{g.rnd.choice(PL_STREETS)} {g.rnd.randint(1, 140)}" + g.rnd.choice(["", f"/{g.rnd.randint(1, 60)}"])


# -- identifiers with check digits -------------------------------------------------------------------------------------


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa, Mastercard or Amex prefix."""
    prefix, length = g.rnd.choice([("4", 16), ("53", 16), ("2223", 16), ("34", 15)])
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


#: BBAN layouts (9 a digit, A a letter); python-stdnum checks the result and the national check digits
BBAN = {"BE": "999999999999", "NL": "AAAA9999999999", "IT": "A9999999999ZZZZZZZZZZZZ"}
NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ"]


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, national checks retried, python-stdnum checks it)."""

    def make() -> str:
        if country == "BE":
            body = g.digits(10)
            bban = body + f"{(int(body) % 97) or 97:02d}"
        elif country == "NL":
            bban = g.rnd.choice(NL_BANKS) + g.digits(10)
        else:
            bban = g.code(BBAN[country])
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 665):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}"

    number = g.valid(make, _ssn.is_valid)
    return number if dashed else number.replace("-", "")


def ssn_shaped_warrant(g: Gen) -> str:
    """A warrant number shaped like an SSN whose area (900-999) no SSN has: fails the SSN check."""
    number = f"{g.rnd.randint(900, 999)}-{g.rnd.randint(10, 99)}-{g.rnd.randint(1000, 9999)}"
    assert not _ssn.is_valid(number)
    return number


def ca_sin(g: Gen) -> str:
    """A Canadian SIN (Luhn), first digit 1 to 7 (a resident's); python-stdnum checks it."""
    body = str(g.rnd.randint(1, 7)) + g.digits(7)
    number = body + luhn.calc_check_digit(body)
    assert _ca_sin.is_valid(number)
    return number


def gb_nino(g: Gen) -> str:
    """A UK National Insurance number following HMRC's prefix rules (no check digit)."""
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"

    def make() -> str:
        return g.rnd.choice(first) + g.rnd.choice(second) + g.digits(6) + g.rnd.choice("ABCD")

    return g.valid(make, lambda x: x[:2] not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"})


def nhs_number(g: Gen) -> str:
    """An NHS number (mod 11 check digit)."""

    def make() -> str:
        body = str(g.rnd.randint(4, 6)) + g.digits(8)
        check = 11 - sum(int(d) * w for d, w in zip(body, range(10, 1, -1))) % 11
        return body + ("0" if check == 11 else "X" if check == 10 else str(check))

    return g.valid(make, lambda x: not x.endswith("X"))


def uk_driving_licence(g: Gen, surname: str, first: str, born: date, female: bool) -> str:
    """A GB driving licence number encoding the surname, birth date and sex (DVLA's layout; no public check digit)."""
    sur = "".join(ch for ch in fold(surname).upper() if ch.isalpha())
    sur = (sur.replace("MAC", "MC", 1) if sur.startswith("MAC") else sur)[:5].ljust(5, "9")
    month = born.month + (50 if female else 0)
    return (f"{sur}{str(born.year)[2]}{month:02d}{born.day:02d}{str(born.year)[3]}"
            f"{fold(first).upper()[0]}9{g.rnd.randint(0, 9)}{g.code('AA')}")


def snils(g: Gen, spaced: bool = True) -> str:
    """A Russian SNILS with its two check digits (weights 9 to 1, mod 101)."""
    body = g.digits(9)
    while int(body) <= 1_001_998:
        body = g.digits(9)
    return body[:3] + "-" + body[3:6] + "-" + body[6:] + " " + snils_check(body) if spaced else \
        body + snils_check(body)


def snils_check(body: str) -> str:
    total = sum(int(d) * w for d, w in zip(body, range(9, 0, -1)))
    total = total % 101 if total > 101 else total
    return "00" if total in (100, 101) else f"{total:02d}"


def ru_inn(g: Gen) -> str:
    """A personal INN (12 digits, two check digits); python-stdnum checks it. The first four digits name the tax
    office (66xx: Sverdlovsk oblast)."""
    body = "66" + g.rnd.choice(["58", "59", "70", "23", "12", "86"]) + g.digits(6)
    number = body + _inn.calc_personal_check_digits(body)
    assert _inn.is_valid(number)
    return number


def ru_ogrn(g: Gen) -> str:
    """A company's OGRN (13 digits, check digit): ``none``."""
    body = "1" + g.rnd.choice(["02", "10", "15", "21"]) + "66" + g.digits(7)
    number = body + str(int(body) % 11 % 10)
    assert _ogrn.is_valid(number)
    return number


_CURP_VOWELS = "AEIOU"


def _first_inner(text: str, vowels: bool) -> str:
    for ch in text[1:]:
        if (ch in _CURP_VOWELS) == vowels and ch.isalpha():
            return ch
    return "X"


def _mx_clean(text: str) -> str:
    return "".join(ch for ch in fold(text.split()[0]).upper() if ch.isalpha()).replace("Ñ", "X")


def mx_curp(g: Gen, names: str, last1: str, last2: str, born: date, female: bool, state: str = "JC") -> str:
    """A CURP encoding the row's names, birth date, sex and state (check digit: python-stdnum)."""
    a, b = _mx_clean(last1), _mx_clean(last2)
    given_parts = names.split()
    first = _mx_clean(given_parts[1] if given_parts[0] in ("José", "María") and len(given_parts) > 1
                      else given_parts[0])
    head = a[0] + _first_inner(a, True) + b[0] + first[0]
    if head in _curp._name_blacklist:
        head = head[0] + "X" + head[2:]
    body = (head + born.strftime("%y%m%d") + ("M" if female else "H") + state + _first_inner(a, False)
            + _first_inner(b, False) + _first_inner(first, False) + ("0" if born.year < 2000 else "A"))
    number = body + _curp.calc_check_digit(body)
    assert _curp.is_valid(number)
    return number


def mx_rfc(g: Gen, curp: str) -> str:
    """A person's RFC (13 characters) sharing the CURP's first ten, with a homoclave and check digit."""

    def make() -> str:
        body = curp[:10] + g.rnd.choice("123456789ABCDEFGHJKLMNPRSTUV") + \
            g.rnd.choice("123456789ABCDEFGHJKLMNPRSTUVZ") + g.rnd.choice("0123456789")
        return body[:12] + _rfc.calc_check_digit(body[:12])

    return g.valid(make, lambda x: _rfc.is_valid(x, validate_check_digits=True))


def mx_company_rfc(g: Gen, head: str) -> str:
    """A company's RFC (12 characters, check digit): ``none``."""

    def make() -> str:
        body = head + f"{g.rnd.randint(95, 99) if g.rnd.random() < 0.5 else g.rnd.randint(0, 19):02d}" + \
            f"{g.rnd.randint(1, 12):02d}{g.rnd.randint(1, 28):02d}" + g.rnd.choice("123456789ABC") + \
            g.rnd.choice("123456789ABC")
        return body + _rfc.calc_check_digit(body)

    return g.valid(make, lambda x: _rfc.is_valid(x, validate_check_digits=True))


def mx_nss(g: Gen, born: date) -> str:
    """An IMSS social security number (NSS): office, year of affiliation, year of birth, serial, Luhn digit."""
    body = f"{g.rnd.randint(1, 96):02d}{g.rnd.randint(max(born.year + 16, 1975), 2024) % 100:02d}" \
           f"{born.year % 100:02d}{g.digits(4)}"
    return body + luhn.calc_check_digit(body)


def clabe(g: Gen) -> str:
    """A Mexican CLABE (18 digits: bank, branch, account, weighted check digit 3-7-1)."""
    body = g.rnd.choice(["002", "012", "014", "021", "072", "127", "137"]) + g.rnd.choice(["320", "180", "010"]) + \
        g.digits(11)
    total = sum(int(d) * w % 10 for d, w in zip(body, [3, 7, 1] * 6))
    return body + str((10 - total % 10) % 10)


def _cf_part(text: str, given_name: bool) -> str:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vows = [ch for ch in letters if ch in "AEIOU"]
    if given_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return "".join((cons + vows + ["X", "X", "X"])[:3])


def it_codice_fiscale(first: str, last: str, born: date, female: bool, comune: str) -> str:
    """An Italian codice fiscale encoding the name, the birth date, the sex and the comune (python-stdnum)."""
    day = born.day + (40 if female else 0)
    body = (_cf_part(last, False) + _cf_part(first, True) + f"{born.year % 100:02d}" + "ABCDEHLMPRST"[born.month - 1]
            + f"{day:02d}" + comune)
    number = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(number)
    return number


def it_partita_iva(g: Gen) -> str:
    """An Italian company's partita IVA (Luhn-style check digit, python-stdnum): ``none``."""
    body = g.digits(7) + g.rnd.choice(["063", "065", "061"])
    number = body + luhn.calc_check_digit(body)
    assert _it_iva.is_valid(number)
    return number


def be_national_number(g: Gen, born: date, female: bool) -> str:
    """A Belgian national register number ``YY.MM.DD-SSS.CC`` encoding the birth date and sex (mod 97)."""
    serial = g.rnd.randrange(2 if female else 1, 998, 2)
    body = born.strftime("%y%m%d") + f"{serial:03d}"
    base = int(("2" if born.year >= 2000 else "") + body)
    number = body + f"{97 - base % 97:02d}"
    assert _be_nn.is_valid(number)
    return f"{number[:2]}.{number[2:4]}.{number[4:6]}-{number[6:9]}.{number[9:]}"


def be_nn_shaped_dossier(g: Gen) -> str:
    """A file number shaped like a national register number whose check digits are wrong: ``none``."""

    def make() -> str:
        body = f"{g.rnd.randint(18, 25):02d}{g.rnd.randint(1, 12):02d}{g.rnd.randint(1, 28):02d}{g.digits(3)}"
        return body + g.digits(2)

    number = g.valid(make, lambda x: not _be_nn.is_valid(x))
    return f"{number[:2]}.{number[2:4]}.{number[4:6]}-{number[6:9]}.{number[9:]}"


def be_eid(g: Gen) -> str:
    """A Belgian eID card number (12 digits, mod 97)."""
    body = "59" + g.digits(8)
    return f"{body[:3]}-{body[3:10]}-{(int(body) % 97) or 97:02d}"


def be_company_vat(g: Gen) -> str:
    """A Belgian enterprise number (BE0...; mod 97): a law firm's, ``none``."""
    body = "0" + str(g.rnd.randint(200, 899)) + g.digits(4)
    number = body + f"{97 - int(body) % 97:02d}"
    assert _be_vat.is_valid("BE" + number)
    return f"BE {number[:4]}.{number[4:7]}.{number[7:]}"


def ogm(g: Gen) -> str:
    """A Belgian structured communication ``+++123/4567/89012+++`` (mod 97): ``none``."""
    body = g.digits(10)
    number = body + f"{(int(body) % 97) or 97:02d}"
    return f"+++{number[:3]}/{number[3:7]}/{number[7:]}+++"


def nl_bsn(g: Gen) -> str:
    """A Dutch BSN (eleven test); python-stdnum checks it."""

    def make() -> str:
        return str(g.rnd.randint(1, 7)) + g.digits(8)

    return g.valid(make, _bsn.is_valid)


def nl_bsn_shaped(g: Gen) -> str:
    """A nine-digit file number that fails the eleven test: ``none``."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(8), lambda x: not _bsn.is_valid(x))


def nl_id_card(g: Gen) -> str:
    """A Dutch identity card or passport number (two letters, six letters or digits, a digit; no ``O``)."""
    letters = "ABCDEFGHIJKLMNPQRSTUVWXYZ"
    return g.rnd.choice(["I", "N", "B", "S"]) + g.rnd.choice(letters) + "".join(
        g.rnd.choice(letters + string.digits) for _ in range(6)) + g.digits(1)


def jp_my_number(g: Gen) -> str:
    """A Japanese individual number (My Number, 12 digits, check digit); python-stdnum checks it."""
    body = str(g.rnd.randint(1, 9)) + g.digits(10)
    number = body + _jp_in.calc_check_digit(body)
    assert _jp_in.is_valid(number)
    return f"{number[:4]} {number[4:8]} {number[8:]}"


def jp_corporate_number(g: Gen) -> str:
    """A Japanese corporate number (13 digits, leading check digit): ``none``."""
    body = "0" + g.rnd.choice(["1", "2", "3"]) + g.digits(10)
    number = _jp_cn.calc_check_digit(body) + body
    assert _jp_cn.is_valid(number)
    return number


def pl_pesel(g: Gen, born: date, female: bool) -> str:
    """A PESEL encoding the birth date and sex (python-stdnum)."""
    month = born.month + (20 if born.year >= 2000 else 0)
    serial = g.digits(3) + str(g.rnd.randrange(0 if female else 1, 10, 2))
    body = born.strftime("%y") + f"{month:02d}" + born.strftime("%d") + serial
    number = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(number)
    return number


def pl_pesel_shaped(g: Gen) -> str:
    """An eleven-digit case-register number shaped like a PESEL that fails its check: ``none``."""
    return g.valid(lambda: f"{g.rnd.randint(60, 99)}{g.rnd.randint(1, 12):02d}{g.rnd.randint(1, 28):02d}"
                   + g.digits(5), lambda x: not _pesel.is_valid(x))


_PL_LETTERS = {ch: 10 + i for i, ch in enumerate(string.ascii_uppercase)}


def pl_id_card(g: Gen) -> str:
    """A Polish identity card number (three letters, check digit, five digits; weights 7 3 1 - 7 3 1 7 3)."""
    letters = g.rnd.choice(["A", "C", "D", "Z"]) + g.code("AA")
    rest = g.digits(5)
    total = sum(_PL_LETTERS[ch] * w for ch, w in zip(letters, (7, 3, 1)))
    total += sum(int(d) * w for d, w in zip(rest, (7, 3, 1, 7, 3)))
    return f"{letters}{total % 10}{rest}"


def pl_id_card_valid(number: str) -> bool:
    if len(number) != 9 or not number[:3].isalpha() or not number[3:].isdigit():
        return False
    total = sum(_PL_LETTERS[ch] * w for ch, w in zip(number[:3], (7, 3, 1)))
    total += sum(int(d) * w for d, w in zip(number[4:], (7, 3, 1, 7, 3)))
    return total % 10 == int(number[3])


def pl_nip(g: Gen) -> str:
    """A Polish company NIP (check digit, python-stdnum): ``none``."""

    def make() -> str:
        body = g.rnd.choice(["894", "895", "896", "898", "611"]) + g.digits(6)
        return body + str(sum(w * int(d) for w, d in zip((6, 5, 7, 2, 3, 4, 5, 6, 7), body)) % 11)

    number = g.valid(make, _nip.is_valid)
    return f"{number[:3]}-{number[3:6]}-{number[6:8]}-{number[8:]}"


_NRIC_ST = "JZIHGFEDCBA"
_NRIC_FG = "XWUTRQPNMLK"


def sg_nric_check(prefix: str, digits: str) -> str:
    total = sum(int(d) * w for d, w in zip(digits, (2, 7, 6, 5, 4, 3, 2))) + (4 if prefix in "TG" else 0)
    return (_NRIC_ST if prefix in "ST" else _NRIC_FG)[total % 11]


def sg_nric(g: Gen, born: date, foreigner: bool = False) -> str:
    """A Singapore NRIC (S or T by birth year: its first two digits are the birth year) or FIN (F or G), with its
    check letter."""
    if foreigner:
        prefix, digits = g.rnd.choice("FG"), g.digits(7)
    else:
        prefix = "S" if born.year < 2000 else "T"
        digits = (f"{born.year % 100:02d}" if born.year >= 1968 else g.rnd.choice(["0", "1"]) + g.digits(1)) + \
            g.digits(5)
    return prefix + digits + sg_nric_check(prefix, digits)


def sg_uen(g: Gen) -> str:
    """A Singapore local company's UEN (``199912345K``; check letter, python-stdnum): ``none``."""
    body = str(g.rnd.randint(1975, 2022)) + g.digits(5)
    number = body + _uen.calc_local_company_check_digit(body)
    assert _uen.is_valid(number)
    return number


def ng_nin(g: Gen) -> str:
    """A Nigerian National Identification Number (11 digits; no public check digit)."""
    return str(g.rnd.randint(1, 9)) + g.digits(10)


def nuban(g: Gen) -> str:
    """A Nigerian NUBAN account number (ten digits; CBN's check digit over the bank code and serial)."""
    bank = g.rnd.choice(["044", "058", "011", "033", "032", "057", "070", "214"])
    serial = g.digits(9)
    total = sum(int(d) * w for d, w in zip(bank + serial, (3, 7, 3) * 4))
    return serial + str((10 - total % 10) % 10)


def nz_bank_account(g: Gen) -> str:
    """A New Zealand bank account ``12-3140-0123456-00`` (python-stdnum checks the bank, branch and checksum)."""

    def make() -> str:
        bank, branch = g.rnd.choice([("12", "3140"), ("01", "0505"), ("02", "0500"), ("06", "0501"), ("03", "0502"),
                                     ("38", "9000")])
        return f"{bank}-{branch}-{g.digits(7)}-{g.rnd.choice(['00', '01', '02', '25'])}"

    return g.valid(make, _nz_bank.is_valid)


def ca_phin(g: Gen) -> str:
    """A Manitoba personal health identification number (nine digits; no public check digit)."""
    return str(g.rnd.randint(1, 2)) + g.digits(8)


def ca_business_number(g: Gen) -> str:
    """A Canadian business number (nine digits, Luhn) with a program account: ``none``."""
    body = str(g.rnd.randint(1, 9)) + g.digits(7)
    return body + luhn.calc_check_digit(body) + "RT0001"


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)


def sha1(g: Gen) -> str:
    return hashlib.sha1(str(g.rnd.random()).encode(), usedforsecurity=False).hexdigest()


def cyymmdd(d: date | None) -> int:
    """A date as the AS/400's ``CYYMMDD`` number (C 0 for the 1900s, 1 for the 2000s); 0 for none."""
    if d is None:
        return 0
    return (d.year // 100 - 19) * 1_000_000 + (d.year % 100) * 10_000 + d.month * 100 + d.day


def yyyymmdd(d: date | None) -> int:
    """A date as a ``YYYYMMDD`` number; 0 for none."""
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def dats(d: date | None) -> str:
    """A date as SAP's ``DATS`` text; ``00000000`` for none."""
    return "00000000" if d is None else d.strftime("%Y%m%d")


def pad(text: str | None, width: int) -> str:
    """A fixed-width CHAR field: left-aligned, blank-padded, blank for none."""
    return ("" if text is None else str(text))[:width].ljust(width)
