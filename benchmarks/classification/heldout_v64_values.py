"""Values of held-out set v64 (:mod:`benchmarks.classification.heldout_v64`): v64's random source, names (with the
several transliterations refugees' names get), camps, streets, towns and postal codes written by hand for v64 (no
Faker, no list of real people), phones checked with phonenumbers and identifiers with check digits computed and
checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module (the phone builder takes each country's mobile
prefixes); the lists below are new.
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
from stdnum import ean, imei, luhn
from stdnum import iban as _iban
from stdnum.au import abn as _abn
from stdnum.au import tfn as _tfn
from stdnum.ca import bn as _bn
from stdnum.co import nit as _nit
from stdnum.tr import tckimlik as _tck
from stdnum.tr import vkn as _vkn
from stdnum.ua import edrpou as _edrpou
from stdnum.ua import rntrc as _rntrc
from stdnum.us import ein as _ein
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 64_907_2026
N = "none"
#: a login or public display handle (review, as in v5 to v59)
USERNAME = "unclassified"
#: NULL-like strings of v64's systems (tests skip them)
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
    "NONE",
    "unknown",
    "Unknown",
    "?",
    "#N/A",
    "nil",
    "<null>",
    "0",
    "000-00-0000",
    "999-99-9999",
    "Client refused",
    "Client doesn't know",
    "Data not collected",
    "test@example.com",
    "noemail@none.com",
    "REDACTED",
    "TBC",
    "tbc",
    "لا يوجد",
    "غير معروف",
    "немає",
    "невідомо",
    "néant",
    "inconnu",
    "RAS",
    "ninguno",
    "sin dato",
    "N/D",
    "hakuna",
    "haijulikani",
    "yok",
    "bilinmiyor",
    "-",
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


#: region -> mobile prefixes (after the country code) and the national significant number's length
MOBILE: dict[str, tuple[list[str], int]] = {
    "SO": (["61", "62", "63", "65", "68", "77", "90"], 9),
    "UG": (["70", "75", "76", "77", "78"], 9),
    "CD": (["81", "82", "89", "97", "99"], 9),
    "SS": (["91", "92", "98"], 9),
    "KE": (["70", "71", "72", "79", "11"], 9),
    "JO": (["77", "78", "79"], 9),
    "SY": (["93", "94", "95", "99"], 9),
    "UA": (["50", "63", "66", "67", "68", "73", "93", "97", "98"], 9),
    "CO": (["300", "301", "310", "311", "313", "315", "320", "321", "350"], 10),
    "VE": (["412", "414", "416", "424", "426"], 10),
    "TR": (["501", "505", "530", "532", "535", "542", "545", "553", "555"], 10),
    "PH": (["905", "917", "918", "927", "939", "949", "995"], 10),
    "GB": (["74", "75", "77", "78", "79"], 10),
    "AU": (["40", "41", "42", "43", "45", "47"], 9),
    "HN": (["31", "87", "94", "95", "97", "98"], 8),
    "GT": (["30", "40", "41", "50", "55", "57"], 8),
    "SV": (["70", "71", "72", "76", "78"], 8),
    "AF": (["70", "72", "77", "78", "79"], 9),
    "RW": (["72", "73", "78", "79"], 9),
    "BI": (["68", "69", "71", "79"], 8),
    "ET": (["91", "92", "93"], 9),
}
#: area codes of v64's US and Canadian towns (Lehigh Valley, Sacramento, El Paso, Toronto)
NANP_AREAS = {
    "lehigh": ["610", "484"],
    "sacramento": ["916", "279"],
    "el_paso": ["915"],
    "toronto": ["416", "647", "437", "905", "289"],
}


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v64:{SEED}:{table}")

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
        return datetime.combine(self.day(lo, hi), datetime.min.time()) + timedelta(seconds=self.rnd.randint(0, 86_399))

    def moments(self, lo: str, hi: str, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.moment(lo, hi), null)

    def birth(self, lo: int, hi: int, estimated: float = 0.0) -> date:
        """A birth date; ``estimated`` of them the 1st of January (a registrar's estimate from the stated age)."""
        born = self.day(f"{lo}-01-01", f"{hi}-12-31")
        return date(born.year, 1, 1) if self.rnd.random() < estimated else born

    def births(self, lo: int, hi: int, estimated: float = 0.0) -> list[date]:
        return [self.birth(lo, hi, estimated) for _ in range(self.rows)]

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
        first = self.rnd.choice([24, 47, 68, 71, 73, 76, 86, 92, 98, 108, 151, 174, 185, 212])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2600", "2601", "2603", "2a00", "2a02"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True, areas: str = "") -> str:
        """A valid phone of ``region`` (phonenumbers), a mobile from :data:`MOBILE` or an area of
        :data:`NANP_AREAS`, formatted as ``e164``, ``intl``, ``national``, ``digits``, ``msisdn`` (E.164 without
        the plus), ``00`` or ``dashes``."""
        cc = phonenumbers.country_code_for_region(region)
        if region in ("US", "CA"):
            codes = NANP_AREAS[areas or ("toronto" if region == "CA" else "lehigh")]

            def make() -> str:
                return self.rnd.choice(codes) + str(self.rnd.randint(2, 9)) + self.digits(6)
        elif mobile and region in MOBILE:
            heads, length = MOBILE[region]

            def make() -> str:
                head = self.rnd.choice(heads)
                return head + self.digits(length - len(head))
        else:
            kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
            nsn = phonenumbers.national_significant_number(phonenumbers.example_number_for_type(region, kind))
            keep = max(len(nsn) - 6, 1)

            def make() -> str:
                return nsn[:keep] + self.digits(len(nsn) - keep)

        def ok(candidate: str) -> bool:
            return phonenumbers.is_valid_number(phonenumbers.parse(f"+{cc}{candidate}"))

        number = phonenumbers.parse(f"+{cc}{self.valid(make, ok)}")
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "e164":
            return e164
        if fmt == "msisdn":
            return e164[1:]
        if fmt == "00":
            return "00" + e164[1:]
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        if fmt == "dashes":
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:3]}-{d[3:6]}-{d[6:]}" if region in ("US", "CA") else national
        return national

    def phones(
        self, region: str, formats: dict[str, float], null: float = 0.0, areas: str = "", mobile: float = 1.0
    ) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(
            lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile, areas), null
        )


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v64) -------------------------------------------------------------------------------------------

#: origin -> (male given names, female given names, family names); each name is a tuple of the spellings it gets in
#: registration records (the first is the one a person's own documents use; for ``syrian`` it is the Arabic script)
NAMES: dict[str, tuple[list[tuple[str, ...]], list[tuple[str, ...]], list[tuple[str, ...]]]] = {
    "somali": (
        [
            ("Mohamed", "Maxamed", "Mohammed", "Mahamed"),
            ("Abdirahman", "Cabdiraxmaan", "Abdulrahman"),
            ("Abdullahi", "Cabdullaahi", "Abdulahi"),
            ("Hassan", "Xasan", "Hasan"),
            ("Ahmed", "Axmed", "Ahmad"),
            ("Ibrahim", "Ibraahim", "Ibrahin"),
            ("Yusuf", "Yuusuf", "Yousuf"),
            ("Abdiqani", "Cabdiqani"),
        ],
        [
            ("Fadumo", "Faadumo", "Fatuma"),
            ("Hodan", "Hoodan"),
            ("Khadra", "Khadro"),
            ("Asha", "Caasha"),
            ("Amina", "Aamina", "Amiina"),
            ("Sahra", "Saxra", "Sahro"),
            ("Ifrah", "Ifraax"),
            ("Hawa", "Xaawo"),
        ],
        [
            ("Warsame", "Warsama"),
            ("Abdi", "Cabdi"),
            ("Farah", "Faarax"),
            ("Hussein", "Xuseen", "Husein"),
            ("Osman", "Cismaan", "Othman"),
            ("Nur", "Nuur", "Noor"),
            ("Jama", "Jaamac"),
            ("Omar", "Cumar"),
            ("Aden", "Aadan"),
            ("Mohamud", "Maxamuud"),
        ],
    ),
    "congolese": (
        [
            ("Emmanuel",),
            ("Jean-Claude", "Jean Claude"),
            ("Désiré", "Desire"),
            ("Innocent",),
            ("Olivier",),
            ("Bahati",),
            ("Kambale",),
            ("Dieudonné", "Dieudonne"),
            ("Josué", "Josue"),
            ("Patient",),
        ],
        [
            ("Espérance", "Esperance"),
            ("Furaha",),
            ("Neema",),
            ("Chantal",),
            ("Solange",),
            ("Kavira",),
            ("Masika",),
            ("Riziki",),
            ("Aimée", "Aimee"),
            ("Sifa",),
        ],
        [
            ("Mumbere",),
            ("Kasereka",),
            ("Bisimwa",),
            ("Habimana",),
            ("Safari",),
            ("Byamungu",),
            ("Nsimire",),
            ("Muhindo",),
            ("Paluku",),
            ("Kahindo",),
            ("Ndayisenga",),
            ("Mugisha",),
        ],
    ),
    "south_sudanese": (
        [
            ("Deng",),
            ("Garang",),
            ("Majok", "Majak"),
            ("Lual",),
            ("Kuol", "Kuwol"),
            ("Malual",),
            ("Chol", "Cool"),
            ("Gatluak", "Gatluok"),
        ],
        [
            ("Nyandeng", "Nyanden"),
            ("Achol", "Acol"),
            ("Abuk",),
            ("Nyabol",),
            ("Akech", "Akec"),
            ("Nyaluak",),
            ("Adut",),
            ("Ayen",),
        ],
        [
            ("Akol",),
            ("Bol",),
            ("Kuany",),
            ("Mayen",),
            ("Dut",),
            ("Lado",),
            ("Wani",),
            ("Machar",),
            ("Ajak",),
            ("Nyok",),
        ],
    ),
    "burundian": (
        [("Jean-Marie",), ("Alexis",), ("Egide",), ("Fabrice",), ("Ildephonse",)],
        [("Claudine",), ("Jeanine",), ("Béatrice", "Beatrice"), ("Goreth",), ("Consolata",)],
        [("Niyonzima",), ("Hakizimana",), ("Ndikumana",), ("Nshimirimana",), ("Bizimana",), ("Irakoze",)],
    ),
    "syrian": (
        [
            ("محمد", "Mohammad", "Mohamad", "Mohammed", "Muhammad"),
            ("أحمد", "Ahmad", "Ahmed"),
            ("خالد", "Khaled", "Khalid"),
            ("عمر", "Omar", "Umar"),
            ("يوسف", "Yousef", "Youssef", "Yusuf"),
            ("حسن", "Hasan", "Hassan"),
            ("مصطفى", "Mustafa", "Moustafa"),
            ("عبد الرحمن", "Abdulrahman", "Abdelrahman", "Abd Al-Rahman"),
            ("ماهر", "Maher"),
            ("وليد", "Walid", "Waleed"),
        ],
        [
            ("فاطمة", "Fatima", "Fatmeh"),
            ("نور", "Nour", "Noor"),
            ("رهف", "Rahaf"),
            ("آية", "Aya", "Ayah"),
            ("زينب", "Zeinab", "Zainab"),
            ("هبة", "Hiba", "Heba"),
            ("سلمى", "Salma"),
            ("ريم", "Reem", "Rim"),
            ("أمل", "Amal"),
            ("دعاء", "Doaa", "Du'a"),
        ],
        [
            ("الأحمد", "Al-Ahmad", "Alahmad"),
            ("الحسين", "Al-Hussein", "Alhussain"),
            ("العلي", "Al-Ali", "Alali"),
            ("الخطيب", "Al-Khatib", "Alkhateeb"),
            ("حمدان", "Hamdan"),
            ("الزعبي", "Al-Zoubi", "Alzoubi"),
            ("المصري", "Al-Masri", "Almasri"),
            ("درويش", "Darwish", "Derwiche"),
            ("الشامي", "Al-Shami"),
            ("قاسم", "Kassem", "Qasem"),
            ("الحريري", "Al-Hariri", "Alhariri"),
            ("النعيمي", "Al-Nuaimi"),
        ],
    ),
    #: Syrian names as Turkish offices write them (temporary-protection records)
    "syrian_tr": (
        [
            ("Muhammed", "Muhammet"),
            ("Ahmet", "Ahmed"),
            ("Halid", "Halit"),
            ("Ömer",),
            ("Yusuf",),
            ("Hasan",),
            ("Mustafa",),
            ("Abdulrahman", "Abdurrahman"),
        ],
        [("Fatıma", "Fatma"), ("Nur",), ("Rahaf",), ("Aya",), ("Zeynep",), ("Hiba",), ("Selma",), ("Rim",)],
        [
            ("El Ahmed", "Elahmed"),
            ("El Hüseyin", "Elhüseyin"),
            ("El Ali", "Elali"),
            ("El Hatip",),
            ("Hamdan",),
            ("Derviş",),
            ("Kasım",),
            ("El Mısri",),
        ],
    ),
    "turkish": (
        [
            ("Mehmet",),
            ("Mustafa",),
            ("Ahmet",),
            ("Hüseyin",),
            ("Emre",),
            ("Murat",),
            ("İbrahim",),
            ("Serkan",),
            ("Cemil",),
            ("Abdullah",),
        ],
        [
            ("Ayşe",),
            ("Fatma",),
            ("Emine",),
            ("Hatice",),
            ("Zeynep",),
            ("Elif",),
            ("Meryem",),
            ("Sibel",),
            ("Gülizar",),
            ("Nurcan",),
        ],
        [
            ("Yılmaz",),
            ("Kaya",),
            ("Demir",),
            ("Çelik",),
            ("Şahin",),
            ("Yıldız",),
            ("Arslan",),
            ("Doğan",),
            ("Kılıç",),
            ("Aydın",),
            ("Hatipoğlu",),
            ("Sarıkaya",),
        ],
    ),
    "ukrainian": (
        [
            ("Олександр",),
            ("Андрій",),
            ("Дмитро",),
            ("Сергій",),
            ("Іван",),
            ("Микола",),
            ("Богдан",),
            ("Василь",),
            ("Юрій",),
            ("Петро",),
        ],
        [
            ("Олена",),
            ("Оксана",),
            ("Наталія",),
            ("Ірина",),
            ("Тетяна",),
            ("Катерина",),
            ("Людмила",),
            ("Світлана",),
            ("Галина",),
            ("Вікторія",),
        ],
        [
            ("Шевчук",),
            ("Коваленко",),
            ("Бондаренко",),
            ("Ткаченко",),
            ("Кравчук",),
            ("Мельник",),
            ("Поліщук",),
            ("Лисенко",),
            ("Гончаренко",),
            ("Марченко",),
            ("Савчук",),
            ("Руденко",),
        ],
    ),
    "venezuelan": (
        [
            ("José Gregorio",),
            ("Luis Alberto",),
            ("Carlos Eduardo",),
            ("Jesús Manuel",),
            ("Yorman",),
            ("Wilmer José",),
            ("Jhonny Alexander",),
            ("Eduardo Rafael",),
            ("Yeferson",),
            ("Richard José",),
        ],
        [
            ("María Alejandra",),
            ("Yusmary",),
            ("Yelitza del Carmen",),
            ("Andreína",),
            ("Daniela José",),
            ("Génesis",),
            ("Mariangel",),
            ("Yuleidy",),
            ("Oriana Valentina",),
            ("Yohana",),
        ],
        [
            ("Rodríguez",),
            ("González",),
            ("Pérez",),
            ("Hernández",),
            ("Rangel",),
            ("Colmenares",),
            ("Quintero",),
            ("Villamizar",),
            ("Useche",),
            ("Márquez",),
            ("Chacón",),
            ("Contreras",),
        ],
    ),
    "central_american": (
        [
            ("Wilmer",),
            ("Josué",),
            ("Elmer Antonio",),
            ("Kevin Alexander",),
            ("Byron",),
            ("Selvin",),
            ("Edwin Rolando",),
            ("Marvin",),
            ("Brayan",),
            ("Óscar Armando",),
        ],
        [
            ("Yesenia",),
            ("Dunia Maribel",),
            ("Keila",),
            ("Lesbia",),
            ("Ingrid Yamileth",),
            ("Xiomara",),
            ("Glenda",),
            ("Reina Isabel",),
            ("Sonia",),
            ("Wendy Carolina",),
        ],
        [
            ("López",),
            ("Hernández",),
            ("Reyes",),
            ("Ramírez",),
            ("Cruz",),
            ("Mejía",),
            ("Chávez",),
            ("Ajú",),
            ("Xol",),
            ("Tzoc",),
            ("Pineda",),
            ("Orellana",),
        ],
    ),
    "afghan": (
        [
            ("Ahmad Shah",),
            ("Mohammad Nabi", "Mohamad Nabi"),
            ("Hamid", "Hameed"),
            ("Zabihullah",),
            ("Najibullah", "Najeebullah"),
            ("Farid", "Fareed"),
            ("Sayed Ali", "Said Ali"),
            ("Rahmatullah",),
        ],
        [
            ("Fereshta", "Freshta"),
            ("Zarghona", "Zarghuna"),
            ("Mariam", "Maryam"),
            ("Nargis",),
            ("Shabnam",),
            ("Parwana",),
            ("Khatera", "Khatira"),
            ("Zahra",),
        ],
        [
            ("Ahmadzai",),
            ("Hakimi",),
            ("Sultani",),
            ("Rahimi",),
            ("Karimi",),
            ("Popal",),
            ("Stanikzai",),
            ("Noori", "Nuri"),
            ("Haidari", "Haideri"),
        ],
    ),
    "filipino": (
        [
            ("Rodrigo",),
            ("Jerome",),
            ("Mark Anthony",),
            ("Ramil",),
            ("Joel",),
            ("Rolando",),
            ("Christian",),
            ("Arnel",),
            ("Jun-Jun",),
            ("Ronaldo",),
        ],
        [
            ("Maricel",),
            ("Lorna",),
            ("Rowena",),
            ("Jocelyn",),
            ("Divina",),
            ("Marites",),
            ("Analyn",),
            ("Cherry Mae",),
            ("Rosalie",),
            ("Evangeline",),
        ],
        [
            ("dela Cruz",),
            ("Bautista",),
            ("Villanueva",),
            ("Macaraeg",),
            ("Dimaculangan",),
            ("Pacquing",),
            ("Labrador",),
            ("Abad",),
            ("Oblena",),
            ("Tolentino",),
            ("Cabahug",),
            ("Quiñones",),
        ],
    ),
    "us": (
        [
            ("Dwayne",),
            ("Travis",),
            ("Curtis",),
            ("Gary",),
            ("Luis",),
            ("Darnell",),
            ("Kyle",),
            ("Roberto",),
            ("Tyrone",),
            ("Wayne",),
            ("Nguyen Van",),
            ("Marcus",),
        ],
        [
            ("Tammy",),
            ("Brandy",),
            ("Keisha",),
            ("Rosa",),
            ("Crystal",),
            ("Debra",),
            ("Yolanda",),
            ("Shawna",),
            ("Mercedes",),
            ("Latoya",),
            ("Heather",),
            ("Carmen",),
        ],
        [
            ("Kowalski",),
            ("Harrington",),
            ("Fenstermacher",),
            ("Rivera",),
            ("Washington",),
            ("Boyd",),
            ("Santiago",),
            ("Moyer",),
            ("Hartzell",),
            ("Jenkins",),
            ("Colón",),
            ("Pham",),
            ("Whitfield",),
            ("Delgado",),
        ],
    ),
    "scottish": (
        [("Fraser",), ("Iain",), ("Callum",), ("Ewan",), ("Alasdair",), ("Tomasz",), ("Imran",), ("Ross",)],
        [("Morag",), ("Kirsty",), ("Eilidh",), ("Ailsa",), ("Fiona",), ("Agnieszka",), ("Saima",), ("Shona",)],
        [
            ("MacLeod",),
            ("Campbell",),
            ("Murray",),
            ("Sinclair",),
            ("Docherty",),
            ("Boyle",),
            ("McGregor",),
            ("Henderson",),
            ("Nowak",),
            ("Rashid",),
            ("Gilchrist",),
            ("Quinn",),
        ],
    ),
    "canadian": (
        [("Brendan",), ("Marc-André",), ("Rajinder",), ("Wei",), ("Tiago",), ("Graham",), ("Kofi",), ("Liam",)],
        [
            ("Shannon",),
            ("Geneviève",),
            ("Harpreet",),
            ("Mei Ling",),
            ("Fernanda",),
            ("Colleen",),
            ("Abena",),
            ("Jasmine",),
        ],
        [
            ("MacIntyre",),
            ("Tremblay",),
            ("Sandhu",),
            ("Chen",),
            ("Medeiros",),
            ("O'Keefe",),
            ("Mensah",),
            ("Lindqvist",),
            ("Gill",),
            ("Wong",),
        ],
    ),
    "australian": (
        [("Lachlan",), ("Brett",), ("Van Long",), ("Ahmad",), ("Dut",), ("Hamid",), ("Mohamed",), ("Stavros",)],
        [("Kylie",), ("Bronwyn",), ("Thi Lan",), ("Nour",), ("Achol",), ("Parwana",), ("Faadumo",), ("Eleni",)],
        [
            ("Fitzgerald",),
            ("Pearce",),
            ("Nguyen",),
            ("Al-Khatib",),
            ("Garang",),
            ("Sultani",),
            ("Warsame",),
            ("Papadopoulos",),
            ("Kuol",),
            ("Habibi",),
        ],
    ),
    "kenyan": (
        [("Otieno",), ("Kiprop",), ("Mwangi",), ("Omondi",), ("Kamau",), ("Ekal",)],
        [("Wanjiru",), ("Achieng",), ("Njeri",), ("Chebet",), ("Akinyi",), ("Lokwang",)],
        [("Ochieng",), ("Kiplagat",), ("Njoroge",), ("Wafula",), ("Ekiru",), ("Lopeyok",)],
    ),
}

PATRONYMIC_M = {
    "Олександр": "Олександрович",
    "Андрій": "Андрійович",
    "Дмитро": "Дмитрович",
    "Сергій": "Сергійович",
    "Іван": "Іванович",
    "Микола": "Миколайович",
    "Богдан": "Богданович",
    "Василь": "Васильович",
    "Юрій": "Юрійович",
    "Петро": "Петрович",
}
PATRONYMIC_F = {
    "Олександр": "Олександрівна",
    "Андрій": "Андріївна",
    "Дмитро": "Дмитрівна",
    "Сергій": "Сергіївна",
    "Іван": "Іванівна",
    "Микола": "Миколаївна",
    "Богдан": "Богданівна",
    "Василь": "Василівна",
    "Юрій": "Юріївна",
    "Петро": "Петрівна",
}


def spell(g: Gen, name: tuple[str, ...], variant: int | None = None) -> str:
    """One spelling of ``name``: ``variant`` if given (clamped), else the document's spelling most of the time."""
    if variant is not None:
        return name[min(variant, len(name) - 1)]
    return name[0] if g.rnd.random() < 0.7 else g.rnd.choice(name)


def person(g: Gen, origin: str, female: bool | None = None, variant: int | None = None) -> tuple[str, str]:
    """(given name, family name) of ``origin``."""
    female = g.rnd.random() < 0.5 if female is None else female
    males, females, lasts = NAMES[origin]
    return spell(g, g.rnd.choice(females if female else males), variant), spell(g, g.rnd.choice(lasts), variant)


def given(g: Gen, origin: str, female: bool | None = None, variant: int | None = None) -> str:
    return person(g, origin, female, variant)[0]


def male(g: Gen, origin: str, variant: int | None = None) -> str:
    return given(g, origin, False, variant)


def family(g: Gen, origin: str, variant: int | None = None) -> str:
    return person(g, origin, None, variant)[1]


def whole(g: Gen, origin: str, variant: int | None = None) -> str:
    a, b = person(g, origin, None, variant)
    return f"{a} {b}"


def mixed_origin(g: Gen, weights: dict[str, float]) -> str:
    return g.rnd.choices(list(weights), list(weights.values()))[0]


def alias_of(g: Gen, origin: str, first: str, last: str) -> str | None:
    """Other spellings of the name ``first last`` (``;``-separated), or None when it has no other spelling."""
    males, females, lasts = NAMES[origin]
    firsts = [n for n in males + females if first in n]
    fams = [n for n in lasts if last in n]
    options = {f"{a} {b}" for a in (firsts[0] if firsts else (first,)) for b in (fams[0] if fams else (last,))}
    options.discard(f"{first} {last}")
    if not options:
        return None
    return "; ".join(sorted(options)[: g.rnd.randint(1, 2)])


#: Ukrainian national transliteration (2010), enough for e-mail local parts
_UK_LATIN = dict(
    zip(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'",
        [
            "a",
            "b",
            "v",
            "h",
            "g",
            "d",
            "e",
            "ie",
            "zh",
            "z",
            "y",
            "i",
            "i",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "iu",
            "ia",
            "",
        ],
    )
)


def latin(text: str) -> str:
    """``text`` (Ukrainian Cyrillic) in Latin letters."""
    return "".join(_UK_LATIN.get(ch, ch) for ch in text.lower())


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
            f"{a}{b[0]}{g.rnd.randint(80, 99)}",
            f"{b}{a[:2]}",
        ]
    )
    return f"{local}@{g.rnd.choice(domains)}"


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(first)}.{plain(last)}@{domain}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first) or "x", plain(last) or "y"
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a}{b[:3]}"][style % 5]


US_DOMAINS = ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "icloud.com", "hotmail.com", "ptd.net"]
UK_DOMAINS = ["gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "outlook.com", "icloud.com"]
CA_DOMAINS = ["gmail.com", "rogers.com", "sympatico.ca", "hotmail.com", "outlook.com", "yahoo.ca"]
AU_DOMAINS = ["gmail.com", "bigpond.com", "outlook.com", "hotmail.com", "optusnet.com.au", "icloud.com"]
INTL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "ukr.net", "yahoo.fr", "gmail.com"]

# -- places (written for v64) ------------------------------------------------------------------------------------------

#: Uganda: settlement -> (zones, villages); districts
UG_SETTLEMENTS = {
    "Nakivale": (["Base Camp", "Juru", "Rubondo"], ["Kabahinda", "New Congo", "Misiera", "Kashojwa"]),
    "Kyangwali": (["Kasonga", "Kagoma", "Maratatu"], ["Malembo", "Kavule", "Nyampindu"]),
    "Rwamwanja": (["Base Camp", "Kyempango"], ["Mahani", "Kaihora", "Nkoma"]),
    "Kiryandongo": (["Ranch 1", "Ranch 37"], ["Cluster J", "Cluster K", "Cluster P"]),
    "Bidibidi": (["Zone 1", "Zone 3", "Zone 5"], ["Village 7", "Village 14", "Village 22"]),
}
CD_TOWNS = ["Bunia", "Uvira", "Goma", "Beni", "Butembo", "Bukavu", "Rutshuru", "Kalemie", "Baraka", "Fizi"]
SS_TOWNS = ["Yei", "Kajo-Keji", "Morobo", "Juba", "Malakal", "Bor", "Torit", "Nimule", "Wau", "Aweil"]
BI_TOWNS = ["Muyinga", "Kirundo", "Ngozi", "Gitega", "Makamba"]

#: Somalia: IDP sites around Baidoa and Dollow, districts
SO_SITES = {
    "Baidoa": ["Buulo Mareer IDP site", "Wadajir IDP site", "Isha Baidoa camp", "Barwaaqo site", "Salaamey Bakool"],
    "Dollow": ["Kaxareey camp", "Qansaxley site", "Ladan IDP site"],
    "Berdale": ["Berdale Jaale site", "Horseed site"],
}
SO_TOWNS = ["Baidoa", "Dinsoor", "Qansax Dheere", "Burhakaba", "Wajid", "Xudur", "Luuq", "Bardheere"]

#: the Philippines: (municipality, province, barangays)
PH_PLACES = [
    ("Guiuan", "Eastern Samar", ["Brgy. Bagua", "Brgy. Sulangan", "Brgy. Ngolos"]),
    ("Borongan City", "Eastern Samar", ["Brgy. Alang-alang", "Brgy. Punta Maria"]),
    ("Basey", "Samar", ["Brgy. Guirang", "Brgy. Mercado", "Brgy. Buscada"]),
    ("Catbalogan City", "Samar", ["Brgy. Payao", "Brgy. Mercedes"]),
    ("Palo", "Leyte", ["Brgy. San Joaquin", "Brgy. Baras", "Brgy. Cangumbang"]),
    ("Tanauan", "Leyte", ["Brgy. Sto. Niño", "Brgy. Bislig"]),
    ("Tacloban City", "Leyte", ["Brgy. 88 San Jose", "Brgy. 68 Anibong", "Brgy. 37 Calvary Hill"]),
]
PH_SITIOS = [
    "Purok 1",
    "Purok 2",
    "Purok 3",
    "Purok 4 Malinao",
    "Sitio Lawaan",
    "Sitio Kalubihan",
    "Sitio Bantayan",
    "Purok Sampaguita",
    "Purok Ilang-ilang",
]

#: US towns: (town, ZIP lead)
LEHIGH_TOWNS = [
    ("Allentown", "181"),
    ("Bethlehem", "180"),
    ("Easton", "180"),
    ("Whitehall", "180"),
    ("Emmaus", "180"),
    ("Catasauqua", "180"),
    ("Fullerton", "180"),
]
LEHIGH_STREETS = [
    "N 7th St",
    "Hamilton St",
    "Union Blvd",
    "E 4th St",
    "Tilghman St",
    "W Broad St",
    "Fairview St",
    "S Jefferson St",
    "Linden St",
    "Liberty St",
    "Ferry St",
    "Chew St",
]
SAC_TOWNS = [
    ("Sacramento", "958"),
    ("North Highlands", "956"),
    ("Rancho Cordova", "956"),
    ("Elk Grove", "957"),
    ("Citrus Heights", "956"),
    ("West Sacramento", "956"),
    ("Stockton", "952"),
    ("Fresno", "937"),
]
EP_TOWNS = [
    ("El Paso", "799"),
    ("Socorro", "799"),
    ("Horizon City", "799"),
    ("Las Cruces", "880"),
    ("Anthony", "798"),
    ("Houston", "770"),
    ("Denver", "802"),
]
EP_STREETS = [
    "Alameda Ave",
    "Montana Ave",
    "Dyer St",
    "Zaragoza Rd",
    "Yarbrough Dr",
    "N Mesa St",
    "Socorro Rd",
    "Pellicano Dr",
    "Lee Trevino Dr",
    "Paisano Dr",
]
#: Glasgow area: (town, postcode districts)
GLA_TOWNS = [
    ("Glasgow", ["G3", "G5", "G11", "G20", "G21", "G31", "G40", "G41", "G42", "G51"]),
    ("Paisley", ["PA1", "PA2", "PA3"]),
    ("Rutherglen", ["G73"]),
    ("Clydebank", ["G81"]),
    ("East Kilbride", ["G74", "G75"]),
    ("Bearsden", ["G61"]),
]
#: Toronto area: (city, FSA)
TOR_PLACES = [
    ("Toronto", ["M6H", "M4C", "M6P", "M5V", "M1B", "M9V", "M3N", "M6K"]),
    ("Mississauga", ["L5B", "L5M"]),
    ("Brampton", ["L6Y", "L6P"]),
    ("Markham", ["L3R", "L6C"]),
    ("Vaughan", ["L4L", "L6A"]),
    ("Pickering", ["L1V"]),
]
TOR_STREETS = [
    "Dufferin St",
    "Bloor St W",
    "Danforth Ave",
    "Jane St",
    "Kipling Ave",
    "Finch Ave W",
    "Queen St E",
    "Lawrence Ave E",
    "Eglinton Ave W",
    "Dundas St W",
    "Hurontario St",
]
#: Melbourne: (suburb, postcode)
MEL_SUBURBS = [
    ("Dandenong", "3175"),
    ("Footscray", "3011"),
    ("Sunshine", "3020"),
    ("Broadmeadows", "3047"),
    ("Werribee", "3030"),
    ("Springvale", "3171"),
    ("Craigieburn", "3064"),
    ("Noble Park", "3174"),
    ("St Albans", "3021"),
    ("Tarneit", "3029"),
]
MEL_STREETS = [
    "Foster St",
    "Hopkins St",
    "Hampshire Rd",
    "Pascoe Vale Rd",
    "Watton St",
    "Buckingham Ave",
    "Main Rd E",
    "Hume Hwy",
    "Heaths Rd",
    "Ballarat Rd",
]

#: Jordan: (city in Arabic, governorate in Arabic), neighbourhoods and streets
JO_PLACES = [
    ("المفرق", "المفرق"),
    ("الزعتري", "المفرق"),
    ("إربد", "إربد"),
    ("الرمثا", "إربد"),
    ("الزرقاء", "الزرقاء"),
    ("الرصيفة", "الزرقاء"),
    ("عمّان", "العاصمة"),
]
JO_AREAS = ["حي الحسين", "حي الزهور", "حي الجامعة", "حي الهاشمي", "حي النزهة", "الحي الشرقي", "حي المطار"]
JO_STREETS = ["شارع الملك طلال", "شارع الأمير حسن", "شارع بغداد", "شارع الجيش", "شارع فلسطين", "شارع السعادة"]
SY_TOWNS_AR = ["درعا", "حمص", "حلب", "إدلب", "ريف دمشق", "حماة", "بصرى الشام", "داريا"]

#: Ukraine: (town, oblast, postal-code lead), streets
UA_FROM = [
    ("Харків", "Харківська", "61"),
    ("Маріуполь", "Донецька", "87"),
    ("Бахмут", "Донецька", "84"),
    ("Херсон", "Херсонська", "73"),
    ("Запоріжжя", "Запорізька", "69"),
    ("Краматорськ", "Донецька", "84"),
    ("Ізюм", "Харківська", "64"),
    ("Нова Каховка", "Херсонська", "74"),
    ("Сєвєродонецьк", "Луганська", "93"),
]
UA_STREETS = [
    "вул. Сумська",
    "просп. Миру",
    "вул. Шевченка",
    "вул. Соборна",
    "вул. Садова",
    "просп. Металургів",
    "вул. Героїв Праці",
    "вул. Незалежності",
    "вул. Гагаріна",
    "вул. Лесі Українки",
]
UA_BIRTH = [
    "Харків",
    "Маріуполь",
    "Донецьк",
    "Луганськ",
    "Херсон",
    "Запоріжжя",
    "Мелітополь",
    "Бердянськ",
    "Дніпро",
    "Ізюм",
]

#: DR Congo (North Kivu): towns, displacement sites, territories, quartiers
CD_KIVU_TOWNS = [
    "Goma",
    "Rutshuru",
    "Kiwanja",
    "Masisi",
    "Sake",
    "Kitchanga",
    "Bunagana",
    "Nyanzale",
    "Mweso",
    "Minova",
    "Kibumba",
]
CD_SITES = ["Bulengo", "Lushagala", "Kanyaruchinya", "Rusayo", "Munigi", "Shabindu"]
CD_TERRITOIRES = ["Rutshuru", "Masisi", "Nyiragongo", "Walikale", "Kalehe"]
CD_QUARTIERS = [
    "Quartier Mabanga Nord",
    "Quartier Katindo",
    "Quartier Ndosho",
    "Quartier Majengo",
    "Quartier Murara",
    "Quartier Kasika",
]
CD_AVENUES = ["Avenue du Lac", "Avenue des Volcans", "Avenue Kituku", "Avenue de la Paix", "Avenue Mutongo"]

#: Colombia and Venezuela
VE_TOWNS = [
    ("Maracaibo", "Zulia"),
    ("San Cristóbal", "Táchira"),
    ("Valencia", "Carabobo"),
    ("Barquisimeto", "Lara"),
    ("Caracas", "Distrito Capital"),
    ("Maracay", "Aragua"),
    ("Mérida", "Mérida"),
    ("Barinas", "Barinas"),
    ("Ciudad Bolívar", "Bolívar"),
]
CO_TOWNS = [
    ("Cúcuta", "Norte de Santander"),
    ("Villa del Rosario", "Norte de Santander"),
    ("Pamplona", "Norte de Santander"),
    ("Bucaramanga", "Santander"),
    ("Bogotá", "Bogotá D.C."),
    ("Medellín", "Antioquia"),
    ("Cali", "Valle del Cauca"),
    ("Ipiales", "Nariño"),
    ("Lima", "Lima (Perú)"),
    ("Quito", "Pichincha (Ecuador)"),
]

#: Kakuma and Kalobeyei: camps and their zones
KE_CAMPS = {
    "Kakuma 1": ["Zone 1", "Zone 2", "Zone 3", "Zone 4"],
    "Kakuma 2": ["Zone 1", "Zone 2"],
    "Kakuma 3": ["Zone 1", "Zone 2", "Zone 3"],
    "Kakuma 4": ["Zone 1", "Zone 2"],
    "Kalobeyei Village 1": ["Neighbourhood 3", "Neighbourhood 7"],
    "Kalobeyei Village 2": ["Neighbourhood 2"],
}

#: Hatay: districts, container cities and destroyed neighbourhoods
TR_ILCE = [
    ("Antakya", "31"),
    ("Defne", "31"),
    ("İskenderun", "31"),
    ("Kırıkhan", "31"),
    ("Reyhanlı", "31"),
    ("Samandağ", "31"),
    ("Altınözü", "31"),
]
TR_KENT = [
    "Antakya Konteyner Kent 2",
    "Defne Konteyner Kent",
    "Kırıkhan Konteyner Kenti",
    "İskenderun Konteyner Kent 1",
    "Samandağ Çadır Kent",
    "Reyhanlı Konteyner Kent",
]
TR_MAHALLE = [
    "Cumhuriyet Mah.",
    "Odabaşı Mah.",
    "Armutlu Mah.",
    "Ekinci Mah.",
    "Gazi Mah.",
    "Ürgenpaşa Mah.",
    "Kavaslı Mah.",
]
TR_SOKAK = [
    "Kurtuluş Cad.",
    "Atatürk Cad.",
    "12. Sok.",
    "Hürriyet Sok.",
    "Gündüz Cad.",
    "Saray Cad.",
    "Fevzi Çakmak Cad.",
]
TR_DOGUM = ["Antakya", "İskenderun", "Kırıkhan", "Adana", "Gaziantep", "Halep", "İdlib", "Hama", "Lazkiye", "Mersin"]


def us_zip(g: Gen, lead: str) -> str:
    return lead + g.digits(2)


def us_street(g: Gen, streets: list[str]) -> str:
    n = g.rnd.randint(10, 2999)
    s = g.rnd.choice(streets)
    return g.rnd.choice(
        [
            f"{n} {s}",
            f"{n} {s}",
            f"{n} {s} Apt {g.rnd.randint(1, 24)}",
            f"{n} {s} Fl 2",
            f"{n} {s} #{g.rnd.randint(1, 9)}{g.rnd.choice('ABC')}",
        ]
    )


def uk_postcode(g: Gen, district: str) -> str:
    return (
        f"{district} {g.rnd.randint(1, 9)}{g.rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}{g.rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    )


def ca_postal(g: Gen, fsa: str) -> str:
    return f"{fsa} {g.rnd.randint(0, 9)}{g.rnd.choice('ABCEGHJKLMNPRSTVWXYZ')}{g.rnd.randint(0, 9)}"


# -- identifiers (python-stdnum where a check digit exists) ------------------------------------------------------------


def card(g: Gen) -> str:
    """A prepaid card number passing Luhn (Mastercard or Visa prefix)."""
    prefix = g.rnd.choice(["5", "4"]) + g.digits(5)
    body = prefix + g.digits(16 - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


#: BBAN layouts (9 a digit, Z a digit or letter); python-stdnum checks the result
BBAN = {"UA": "3" + "9" * 5 + "0000026" + "9" * 12, "TR": "9" * 5 + "0" + "9" * 16}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, python-stdnum checks it)."""

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


def us_ein(g: Gen) -> str:
    """An employer identification number (a business's: ``none``)."""
    return g.valid(lambda: f"{g.rnd.choice(['23', '25', '46', '52', '94'])}-{g.digits(7)}", _ein.is_valid)


def tr_kimlik(g: Gen, foreigner: bool = False) -> str:
    """A T.C. kimlik no, or a foreigner's identity number (``99`` first) under the same check digits."""
    body = ("99" + g.digits(7)) if foreigner else (str(g.rnd.randint(1, 9)) + g.digits(8))
    number = body + _tck.calc_check_digits(body)
    assert _tck.is_valid(number)
    return number


def tr_vkn(g: Gen) -> str:
    body = g.digits(9)
    number = body + _vkn.calc_check_digit(body)
    assert _vkn.is_valid(number)
    return number


def ua_rntrc(g: Gen, born: date, female: bool) -> str:
    """A Ukrainian РНОКПП encoding ``born`` (days since 1899-12-31) and sex (ninth digit even for women)."""
    days = (born - date(1899, 12, 31)).days
    sex = g.rnd.choice("02468" if female else "13579")
    body = f"{days:05d}{g.digits(3)}{sex}"
    number = body + _rntrc.calc_check_digit(body)
    assert _rntrc.is_valid(number)
    return number


def ua_edrpou(g: Gen) -> str:
    def make() -> str:
        body = g.rnd.choice("234") + g.digits(6)
        return body + _edrpou.calc_check_digit(body)

    return g.valid(make, _edrpou.is_valid)


def au_tfn(g: Gen) -> str:
    return g.valid(lambda: g.digits(9), _tfn.is_valid)


def au_abn(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    number = _abn.calc_check_digits(body) + body
    assert _abn.is_valid(number)
    return " ".join((number[:2], number[2:5], number[5:8], number[8:]))


def ca_bn(g: Gen, program: str = "RR") -> str:
    """A Canadian business number (nine digits, Luhn) and a program account (a registered charity's ``RR0001``)."""
    body = str(g.rnd.randint(1, 9)) + g.digits(7)
    number = body + luhn.calc_check_digit(body)
    assert _bn.is_valid(number)
    return f"{number} {program}0001"


def co_nit(g: Gen) -> str:
    body = "9" + g.rnd.choice("0") + g.digits(7)
    number = body + _nit.calc_check_digit(body)
    assert _nit.is_valid(number)
    return f"{body}-{number[-1]}"


def device_imei(g: Gen) -> str:
    body = g.rnd.choice(["35", "86", "01"]) + g.digits(12)
    number = body + luhn.calc_check_digit(body)
    assert imei.is_valid(number)
    return number


def gtin13(g: Gen) -> str:
    body = g.rnd.choice(["0", "6", "7"]) + g.digits(11)
    return body + ean.calc_check_digit(body)


def unhcr_case(g: Gen, station: str) -> str:
    """A registration case number of a UN agency (a record number: ``none``)."""
    return f"{station}-{g.rnd.randint(12, 25):02d}C{g.digits(5)}"


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)
