"""Values of held-out set v130 (:mod:`benchmarks.classification.heldout_v130`): v130's random source, and names,
streets, cities, organisations and free-text snippets written by hand for v130's diving schools, sailing clubs, surf
schools and water-sports centres (no Faker, no list of real people, no breach data), phones checked with phonenumbers
and identifiers with check digits computed and checked with python-stdnum.

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
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _afm
from stdnum.id import nik as _nik
from stdnum.my import nric as _nric
from stdnum.no import fodselsnummer as _fnr
from stdnum.no import kontonr as _kontonr
from stdnum.no import orgnr as _orgnr
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.th import pin as _pin
from stdnum.tr import tckimlik as _tck
from stdnum.tr import vkn as _vkn
from stdnum.us import ssn as _ssn
from stdnum.vn import mst as _mst

from benchmarks.classification.heldout_v2 import Column

SEED = 130_884_2026
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v130's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "?", "nil", "0",
    "aucun", "inconnu", "s.o.", "άγνωστο", "κανένα", "yok", "bilinmiyor", "ไม่มี", "ไม่ทราบ", "không có", "không rõ",
    "brak", "nie dotyczy", "ingen", "ukjent", "tidak ada", "tiada", "TBC", "—", "NONE", "Nil")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower().replace("đ", "d").replace("ł", "l").replace("ø", "o")
                                 .replace("æ", "ae").replace("ı", "i"))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v130:{SEED}:{table}")

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
        first = self.rnd.choice([24, 49, 58, 67, 72, 98, 101, 103, 110, 114, 121, 149, 180, 203])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2001:8003", "2403:5800", "2a00:23c7", "2600:1700"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(6))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    def coord(self, lat: float, lon: float, spread: float = 0.2) -> str:
        return f"{lat + self.rnd.uniform(-spread, spread):.5f},{lon + self.rnd.uniform(-spread, spread):.5f}"

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True, areas: list[str] | None = None) -> str:
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        heads = PREFIXES.get(region, ([], []))[0 if mobile else 1]

        def make() -> str:
            if region in AREAS:
                return self.rnd.choice(areas or AREAS[region]) + str(self.rnd.randint(2, 9)) + self.digits(6)
            if not heads:
                head = nsn[:max(len(nsn) - 6, 1)]
                return head + self.digits(len(nsn) - len(head))
            head = self.rnd.choice(heads)
            return head + self.digits(self.rnd.choice([len(nsn) - 1, len(nsn), len(nsn) + 1]) - len(head))

        def ok(candidate: str) -> bool:
            number = phonenumbers.parse(f"+{example.country_code}{candidate}")
            return phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region

        number = phonenumbers.parse(f"+{example.country_code}{self.valid(make, ok)}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        if fmt == "dashes" and region in AREAS:
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


#: NANP area codes of v130's North American and Caribbean systems
AREAS = {"US": ["808", "619", "303", "206", "602", "503"], "CA": ["418", "581"]}
AREAS_MD = ["410", "443", "301"]
#: region -> (mobile prefixes, fixed-line prefixes) of the national significant number
PREFIXES: dict[str, tuple[list[str], list[str]]] = {
    "AU": (["40", "41", "42", "43", "45", "47"], ["352"]), "GB": (["74", "75", "77", "78", "79"], ["1637"]),
    "EG": (["10", "11", "12", "15"], ["65"]), "MY": (["12", "13", "16", "19"], ["89"]),
    "ID": (["812", "813", "857", "878"], ["361"]), "GR": (["69"], ["2241"]), "TR": (["53", "54", "50", "55"], ["242"]),
    "TH": (["8", "9", "6"], ["77"]), "VN": (["90", "91", "93", "97", "98", "38"], ["258"]),
    "PL": (["50", "51", "60", "66", "69", "72", "79", "88"], ["87"]), "NO": (["4", "9"], ["51"]),
}

# -- names (written for v130) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Keoni", "Kainoa", "Brandon", "Tyler", "Hunter", "Makoa", "Garrett", "Devin"],
           ["Leilani", "Malia", "Kayla", "Brooke", "Haley", "Noelani", "Savannah", "Jenna"],
           ["Kahananui", "Nakamura", "Akana", "Fernandes", "Whitaker", "Delgado", "Brennan", "Higa", "McAllister",
            "Kealoha", "Sorensen", "Yamashiro"]),
    "md": (["Chester", "Garrison", "Preston", "Rutherford", "Wendell", "Bradford", "Lyle", "Warren"],
           ["Eleanor", "Margaret", "Constance", "Beverly", "Dolores", "Harriet", "Louise", "Patricia"],
           ["Calvert", "Whitmore", "Pendleton", "Ridgely", "Carroll", "Hammond", "Tilghman", "Sewell", "Brice",
            "Lockwood", "Dorsey", "Winchester"]),
    "gb": (["Jago", "Kit", "Ollie", "Harvey", "Finley", "Zachary", "Ethan", "Reuben"],
           ["Demelza", "Tamsin", "Lowenna", "Ella", "Hattie", "Morwenna", "Jasmine", "Isla"],
           ["Trevithick", "Penrose", "Tregenza", "Polglase", "Chenoweth", "Nankervis", "Pascoe", "Hicks", "Rowe",
            "Jenkin", "Kitto", "Angove"]),
    "au": (["Cooper", "Harrison", "Archie", "Flynn", "Jaxon", "Lachie", "Hamish", "Angus"],
           ["Matilda", "Sienna", "Willow", "Harper", "Ruby", "Indi", "Mackenzie", "Zara"],
           ["Fitzgerald", "Kowalski", "Papadakis", "Nguyen", "McLeod", "Tran", "Bianchi", "Hardcastle", "O'Sullivan",
            "Whitfield", "Leckie", "Dunstan"]),
    "bb": (["Jamal", "Dwayne", "Kemar", "Akeem", "Ryan", "Shane", "Marlon", "Tyrone"],
           ["Shanice", "Kimberly", "Tamika", "Jade", "Aaliyah", "Renee", "Nikita", "Shontelle"],
           ["Clarke", "Griffith", "Bynoe", "Cumberbatch", "Best", "Greenidge", "Haynes", "Lashley", "Alleyne",
            "Springer", "Holder", "Boyce"]),
    "fr": (["Mathis", "Félix", "Jérémie", "Olivier", "Antoine", "Samuel", "Xavier", "Gabriel"],
           ["Léa", "Rosalie", "Florence", "Camille", "Maude", "Ariane", "Noémie", "Émilie"],
           ["Gagnon", "Bélanger", "Ouellet", "Pelletier", "Côté", "Lavoie", "Bouchard", "St-Pierre", "Gendron",
            "Desjardins", "Thériault", "Michaud"]),
    "tr": (["Emre", "Burak", "Serkan", "Oğuz", "Kaan", "Mert", "Tolga", "Barış"],
           ["Elif", "Zeynep", "Deniz", "Ebru", "Gizem", "Selin", "Özlem", "Derya"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan", "Doğan", "Kılıç", "Koç",
            "Aksoy"]),
    "pl": (["Bartosz", "Wojciech", "Kacper", "Mikołaj", "Paweł", "Grzegorz", "Dawid", "Szymon"],
           ["Agnieszka", "Małgorzata", "Zuzanna", "Katarzyna", "Joanna", "Weronika", "Aleksandra", "Marta"],
           ["Wiśniewski", "Kowalczyk", "Zieliński", "Lewandowski", "Kamiński", "Wójcik", "Dąbrowski", "Mazur",
            "Krawczyk", "Piotrowski", "Sadowski", "Nowicki"]),
    "no": (["Eirik", "Sindre", "Håkon", "Magnus", "Torbjørn", "Øystein", "Kristian", "Vegard"],
           ["Ingrid", "Silje", "Marte", "Kari", "Tuva", "Hanne", "Ragnhild", "Synnøve"],
           ["Haugland", "Sæther", "Tjelta", "Ommundsen", "Bjørnevik", "Eide", "Rasmussen", "Skjæveland", "Larsen",
            "Vatne", "Helland", "Aarsland"]),
    "el": (["Γιώργος", "Νίκος", "Δημήτρης", "Κωνσταντίνος", "Μανώλης", "Σταύρος", "Τσαμπίκος", "Μιχάλης"],
           ["Ελένη", "Μαρία", "Κατερίνα", "Δέσποινα", "Φωτεινή", "Ειρήνη", "Τσαμπίκα", "Σοφία"],
           ["Χατζηδάκης", "Παπαδόπουλος", "Καραγιάννης", "Διακογεωργίου", "Μαυρομμάτης", "Κουτσούκος", "Σαρρής",
            "Αθανασίου", "Ζαχαρίου", "Χριστοδούλου", "Περσελής", "Κρητικός"]),
    "th": (["สมชาย", "ธนพล", "กิตติพัฒน์", "ณัฐวุฒิ", "อนุชา", "วีรยุทธ", "ปกรณ์", "ศุภชัย"],
           ["สุภาพร", "กนกวรรณ", "ปิยะนุช", "ณัฐธิดา", "อรอุมา", "พิมพ์ชนก", "วรรณา", "ชลธิชา"],
           ["ศรีสุข", "วงศ์สวัสดิ์", "แก้วมณี", "บุญมา", "สุขประเสริฐ", "ทองดี", "จันทร์เพ็ญ", "พรหมวงศ์", "รัตนพันธ์",
            "เจริญสุข"]),
    "vi": (["Văn Hùng", "Minh Tuấn", "Quốc Bảo", "Đức Thắng", "Hoàng Long", "Thanh Phong", "Gia Huy", "Trọng Nghĩa"],
           ["Thị Thu Hà", "Ngọc Lan", "Thị Mai", "Bảo Ngọc", "Thùy Linh", "Khánh Vy", "Phương Anh", "Thị Hồng"],
           ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý"]),
    "id": (["Made Wirawan", "Komang Adi", "Budi", "Rizky", "Agus", "Wayan Sudarma", "Dimas", "Ketut"],
           ["Ni Luh Putu", "Dewi", "Putri", "Ayu", "Sari", "Kadek Ratna", "Intan", "Wulan"],
           ["Santoso", "Pratama", "Lestari", "Setiawan", "Maharani", "Wijaya", "Saputra", "Suartika", "Gunawan",
            "Hidayat"]),
    "eg": (["Omar", "Karim", "Ahmed", "Mostafa", "Tarek", "Hossam"], ["Nour", "Yasmin", "Mariam", "Salma", "Heba"],
           ["El-Sayed", "Mansour", "Abdel-Rahman", "Fahmy", "Hegazy", "Shawky", "Naguib"]),
}

#: Greek family names -> their feminine form
EL_FEMININE = {"Χατζηδάκης": "Χατζηδάκη", "Παπαδόπουλος": "Παπαδοπούλου", "Καραγιάννης": "Καραγιάννη",
               "Μαυρομμάτης": "Μαυρομμάτη", "Κουτσούκος": "Κουτσούκου", "Σαρρής": "Σαρρή", "Περσελής": "Περσελή",
               "Κρητικός": "Κρητικού"}
#: Polish masculine endings -> feminine
PL_FEMININE = (("ski", "ska"), ("cki", "cka"))
#: Greek and Thai names romanized (e-mail local parts)
ROMAN = {"Γιώργος": "giorgos", "Νίκος": "nikos", "Δημήτρης": "dimitris", "Κωνσταντίνος": "kostas",
         "Μανώλης": "manolis", "Σταύρος": "stavros", "Τσαμπίκος": "tsampikos", "Μιχάλης": "michalis",
         "Ελένη": "eleni", "Μαρία": "maria", "Κατερίνα": "katerina", "Δέσποινα": "despoina", "Φωτεινή": "foteini",
         "Ειρήνη": "eirini", "Τσαμπίκα": "tsampika", "Σοφία": "sofia", "Χατζηδάκης": "chatzidakis",
         "Χατζηδάκη": "chatzidaki", "Παπαδόπουλος": "papadopoulos", "Παπαδοπούλου": "papadopoulou",
         "Καραγιάννης": "karagiannis", "Καραγιάννη": "karagianni", "Διακογεωργίου": "diakogeorgiou",
         "Μαυρομμάτης": "mavrommatis", "Μαυρομμάτη": "mavrommati", "Κουτσούκος": "koutsoukos",
         "Κουτσούκου": "koutsoukou", "Σαρρής": "sarris", "Σαρρή": "sarri", "Αθανασίου": "athanasiou",
         "Ζαχαρίου": "zachariou", "Χριστοδούλου": "christodoulou", "Περσελής": "perselis", "Περσελή": "perseli",
         "Κρητικός": "kritikos", "Κρητικού": "kritikou",
         "สมชาย": "somchai", "ธนพล": "thanaphon", "กิตติพัฒน์": "kittiphat", "ณัฐวุฒิ": "nattawut", "อนุชา": "anucha",
         "วีรยุทธ": "weerayut", "ปกรณ์": "pakorn", "ศุภชัย": "supachai", "สุภาพร": "supaporn", "กนกวรรณ": "kanokwan",
         "ปิยะนุช": "piyanuch", "ณัฐธิดา": "natthida", "อรอุมา": "onuma", "พิมพ์ชนก": "pimchanok", "วรรณา": "wanna",
         "ชลธิชา": "chonticha", "ศรีสุข": "srisuk", "วงศ์สวัสดิ์": "wongsawat", "แก้วมณี": "kaewmanee", "บุญมา": "boonma",
         "สุขประเสริฐ": "sukprasert", "ทองดี": "thongdee", "จันทร์เพ็ญ": "chanpen", "พรหมวงศ์": "promwong",
         "รัตนพันธ์": "rattanaphan", "เจริญสุข": "charoensuk"}

#: nationality -> (male, female, family names, e-mail domains, region of phones, passport layout) of dive guests
GUESTS: dict[str, tuple[list[str], list[str], list[str], list[str], str, str]] = {
    "DE": (["Jens", "Florian", "Tobias", "Uwe"], ["Anke", "Sabine", "Lena", "Birgit"],
           ["Schäfer", "Hoffmann", "Brandt", "Vogel", "Kessler"], ["gmx.de", "web.de", "t-online.de"], "DE",
           "CZZZZZZZZ"),
    "IT": (["Matteo", "Luca", "Davide", "Stefano"], ["Giulia", "Chiara", "Francesca", "Elisa"],
           ["Rossi", "Bertolini", "Ferrara", "Conti", "Marchetti"], ["libero.it", "gmail.com", "alice.it"], "IT",
           "YA9999999"),
    "PL": (["Piotr", "Tomasz", "Marcin", "Łukasz"], ["Katarzyna", "Anna", "Monika", "Ewa"],
           ["Nowak", "Kowalczyk", "Mazur", "Wójcik", "Krawczyk"], ["wp.pl", "onet.pl", "o2.pl"], "PL", "AA9999999"),
    "GB": (["Oliver", "George", "Callum", "Dean"], ["Charlotte", "Gemma", "Lauren", "Amy"],
           ["Thompson", "Walsh", "Hughes", "Barker", "Cartwright"], ["btinternet.com", "gmail.com", "hotmail.co.uk"],
           "GB", "999999999"),
    "EG": (["Omar", "Karim", "Ahmed", "Mostafa"], ["Nour", "Yasmin", "Mariam", "Salma"],
           ["El-Sayed", "Mansour", "Abdel-Rahman", "Fahmy", "Hegazy"], ["gmail.com", "yahoo.com", "outlook.com"],
           "EG", "A99999999"),
    "AU": (["Liam", "Brodie", "Mitchell", "Jack"], ["Chloe", "Tahlia", "Jess", "Brooke"],
           ["Murray", "Cassidy", "Kerr", "Blackwood", "Pearce"], ["bigpond.com", "gmail.com", "outlook.com.au"], "AU",
           "PA9999999"),
    "ID": (NAMES["id"][0], NAMES["id"][1], NAMES["id"][2], ["gmail.com", "yahoo.co.id"], "ID", "A9999999"),
}


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang`` (a Greek or Polish family name in the right gender)."""
    male, fem, fam = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.5
    given_name, family = g.rnd.choice(fem if female else male), g.rnd.choice(fam)
    if female and lang == "el":
        family = EL_FEMININE.get(family, family)
    if female and lang == "pl":
        for m, f in PL_FEMININE:
            if family.endswith(m):
                family = family[: -len(m)] + f
    return given_name, family


def whole(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    if lang == "vi":
        return f"{b} {a}"
    return f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def guest(g: Gen, nat: str) -> tuple[str, str, bool]:
    male, fem, fam, _, _, _ = GUESTS[nat]
    female = g.rnd.random() < 0.5
    return g.rnd.choice(fem if female else male), g.rnd.choice(fam), female


def my_name(g: Gen) -> str:
    """A Malaysian full name (Malay, Chinese, Kadazan-Dusun or Indian)."""
    r = g.rnd.random()
    if r < 0.4:
        female = g.rnd.random() < 0.5
        own = g.rnd.choice(["Nurul Aina", "Siti Hajar", "Nur Izzati", "Farah Hanim"] if female else
                           ["Mohd Hafiz", "Ahmad Faizal", "Muhammad Irfan", "Azlan"])
        father = g.rnd.choice(["Ismail", "Hassan", "Abdullah", "Rahman", "Jamaluddin", "Yusof"])
        return f"{own} {'binti' if female else 'bin'} {father}"
    if r < 0.7:
        return f"{g.rnd.choice(['Tan', 'Lim', 'Wong', 'Chong', 'Lee', 'Yap'])} " \
               f"{g.rnd.choice(['Wei Ming', 'Siew Ling', 'Kah Seng', 'Mei Yee', 'Jun Hao', 'Hui Min'])}"
    if r < 0.9:
        return f"{g.rnd.choice(['Jeffrey', 'Rosalind', 'Clarence', 'Juliana', 'Fredoline', 'Melinda'])} " \
               f"{g.rnd.choice(['Gimbang', 'Majimbun', 'Sipaun', 'Gontoi', 'Lansing', 'Kitingan'])}"
    return f"{g.rnd.choice(['Kavitha', 'Suresh', 'Priya', 'Ganesan'])} " \
           f"{g.rnd.choice(['a/p', 'a/l'])} {g.rnd.choice(['Subramaniam', 'Muthusamy', 'Krishnan'])}"


def plain(text: str) -> str:
    text = ROMAN.get(text, text)
    return "".join(ch for ch in fold(text) if (ch.isascii() and ch.isalnum()) or ch == ".")


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a = plain(first.split()[-1]) or "user"
    b = plain(last.split()[0]) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(70, 99)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def email_any(g: Gen, lang: str) -> str:
    a, b = person(g, lang)
    return email_of(g, a, b, DOMAINS[lang])


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "hawaii.rr.com", "icloud.com", "outlook.com"],
    "md": ["verizon.net", "comcast.net", "aol.com", "gmail.com"],
    "gb": ["gmail.com", "hotmail.co.uk", "btinternet.com", "icloud.com"],
    "au": ["bigpond.com", "gmail.com", "outlook.com.au", "optusnet.com.au"],
    "bb": ["gmail.com", "caribsurf.com", "hotmail.com", "yahoo.com"],
    "fr": ["videotron.ca", "globetrotter.net", "hotmail.com", "gmail.com", "outlook.com"],
    "el": ["gmail.com", "yahoo.gr", "otenet.gr", "hotmail.com"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    "th": ["gmail.com", "hotmail.com", "yahoo.co.th"],
    "vi": ["gmail.com", "yahoo.com.vn", "outlook.com"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "gmail.com", "o2.pl"],
    "no": ["gmail.com", "online.no", "hotmail.no", "icloud.com"],
    "id": ["gmail.com", "yahoo.co.id"],
    "my": ["gmail.com", "yahoo.com.my", "hotmail.com"],
    "eg": ["gmail.com", "yahoo.com", "outlook.com"],
}

# -- places (written for v130) -----------------------------------------------------------------------------------------

#: (city, state, ZIP) of a Kona dive charter's guests
US_CITIES = [("Kailua-Kona", "HI", "96740"), ("Hilo", "HI", "96720"), ("Waimea", "HI", "96743"),
             ("Captain Cook", "HI", "96704"), ("San Diego", "CA", "92109"), ("Denver", "CO", "80206"),
             ("Seattle", "WA", "98117"), ("Phoenix", "AZ", "85018"), ("Portland", "OR", "97214")]
US_STREETS = ["Ali'i Dr", "Palani Rd", "Kuakini Hwy", "Hualalai Rd", "Kilauea Ave", "Mamalahoa Hwy", "Garnet Ave",
              "E 17th Ave", "NW 65th St", "N 44th St", "SE Belmont St", "Waianuenue Ave"]
#: (city, ZIP) around Annapolis, Maryland
MD_CITIES = [("ANNAPOLIS", "21401"), ("ANNAPOLIS", "21403"), ("SEVERNA PARK", "21146"), ("ARNOLD", "21012"),
             ("EDGEWATER", "21037"), ("BALTIMORE", "21230"), ("BOWIE", "20715"), ("EASTON", "21601")]
MD_STREETS = ["PRINCE GEORGE ST", "SPA RD", "BAY RIDGE AVE", "RITCHIE HWY", "BROADNECK RD", "MAGOTHY BRIDGE RD",
              "FORT AVE", "MAYO RD", "CHESAPEAKE AVE", "SOUTH ST"]
#: (town, postcode district) of a Cornish surf school's customers
GB_CITIES = [("Newquay", "TR7"), ("Truro", "TR1"), ("St Austell", "PL25"), ("Bodmin", "PL31"), ("Exeter", "EX4"),
             ("Bristol", "BS6"), ("Reading", "RG1"), ("London", "SW11"), ("Birmingham", "B13")]
#: (suburb, postcode) of a Surf Coast life saving club's members
AU_CITIES = [("Torquay", "3228"), ("Jan Juc", "3228"), ("Anglesea", "3230"), ("Geelong West", "3218"),
             ("Belmont", "3216"), ("Ocean Grove", "3226"), ("Lorne", "3232"), ("Armstrong Creek", "3217")]
AU_STREETS = ["Bells Blvd", "Great Ocean Rd", "Zeally Bay Rd", "Surfcoast Hwy", "Gilbert St", "Pacific Ave",
              "Camp Rd", "Roseneath Ave", "Bristol Rd", "Grossmans Rd"]
#: (parish, town, postcode) in Barbados
BB_PLACES = [("Christ Church", "Oistins", "BB17"), ("Christ Church", "Silver Sands", "BB17"),
             ("St. Michael", "Bridgetown", "BB11"), ("St. James", "Holetown", "BB24"),
             ("St. Peter", "Speightstown", "BB26"), ("St. Philip", "Six Roads", "BB18"),
             ("St. Joseph", "Bathsheba", "BB21")]
BB_STREETS = ["Maxwell Coast Rd", "Highway 7", "Rockley New Rd", "Bay St", "Lears Rd", "Enterprise Dr",
              "Sandy Lane Rd", "Welches Rd", "Ealing Park", "Kingsland Terrace"]
#: (city, postcode prefix, MyKad birth-place code) in Malaysia
MY_CITIES = [("Semporna", "91308", "12"), ("Tawau", "91000", "12"), ("Kota Kinabalu", "88000", "49"),
             ("Sandakan", "90000", "12"), ("Kuala Lumpur", "50450", "14"), ("George Town", "10200", "07"),
             ("Petaling Jaya", "46100", "10")]
MY_STREETS = ["Jalan Kastam Lama", "Lorong Seri Indah 4", "Jalan Dunlop", "Taman Megah Jaya Lot 12",
              "Jalan Tun Fuad Stephens", "Lorong Bunga Raya 2", "Jalan SS 2/24", "Persiaran Gurney"]
#: (city, postcode prefix, NIK region code) of a Canggu surf camp's Indonesian guests
ID_CITIES = [("Denpasar", "80", "517101"), ("Badung", "803", "510303"), ("Jakarta Selatan", "12", "317401"),
             ("Surabaya", "60", "357801"), ("Bandung", "40", "327301"), ("Gianyar", "805", "510401")]
ID_STREETS = ["Jl. Raya Canggu", "Jl. Teuku Umar", "Jl. Kemang Raya", "Jl. Darmo Permai", "Jl. Dago Asri",
              "Gg. Melati", "Jl. Batu Mejan", "Jl. Sunset Road"]
#: (city, postal district letters) of a Rimouski sailing camp's families
QC_CITIES = [("Rimouski", "G5L"), ("Rimouski", "G5M"), ("Rimouski", "G5N"), ("Le Bic", "G0L"),
             ("Mont-Joli", "G5H"), ("Sainte-Luce", "G0K"), ("Trois-Pistoles", "G0L"), ("Matane", "G4W")]
QC_STREETS = ["rue Saint-Germain Ouest", "boulevard René-Lepage Est", "rue de la Cathédrale", "avenue Léonidas Sud",
              "rue des Érables", "chemin du Sommet", "route du Fleuve Ouest", "rue Tessier", "boulevard Jessop",
              "rue du Bosquet"]
#: (town, postcode) of a Rhodes dive centre's divers
GR_CITIES = [("Ρόδος", "851 00"), ("Ιαλυσός", "851 01"), ("Κρεμαστή", "851 04"), ("Λίνδος", "851 07"),
             ("Αθήνα", "115 21"), ("Πειραιάς", "185 36"), ("Θεσσαλονίκη", "546 22"), ("Ηράκλειο", "712 01")]
GR_STREETS = ["Αυστραλίας", "Αμμοχώστου", "Ηρώων Πολυτεχνείου", "Ιπποδάμου", "Κανάδα", "Λεωφόρος Ιαλυσού",
              "Σωκράτους", "Εθνικής Αντιστάσεως", "Βασιλέως Παύλου", "Δωδεκανήσου"]
#: (district, province, postcode) of a Kaş dive centre's divers
TR_CITIES = [("Kaş", "Antalya", "07580"), ("Kalkan", "Antalya", "07960"), ("Muratpaşa", "Antalya", "07100"),
             ("Fethiye", "Muğla", "48300"), ("Kadıköy", "İstanbul", "34710"), ("Çankaya", "Ankara", "06690"),
             ("Karşıyaka", "İzmir", "35540"), ("Nilüfer", "Bursa", "16110")]
TR_STREETS = ["Hükümet Cd.", "Uzun Çarşı Sk.", "Atatürk Blv.", "Çukurbağlı Cd.", "Bahariye Cd.", "Tunalı Hilmi Cd.",
              "Cemal Gürsel Cd.", "Gazi Blv.", "İlkokul Sk.", "Likya Cd."]
#: (district, postcode) of a Koh Tao dive school's Thai customers
TH_CITIES = [("เขตบางรัก", "10500"), ("เขตปทุมวัน", "10330"), ("เขตจตุจักร", "10900"), ("เมืองนนทบุรี", "11000"),
             ("เมืองเชียงใหม่", "50000"), ("หาดใหญ่", "90110"), ("เกาะพะงัน", "84280"), ("เมืองสุราษฎร์ธานี", "84000")]
TH_STREETS = ["ซอยสีลม 9", "ถนนพระราม 4", "ถนนพหลโยธิน", "ซอยงามวงศ์วาน 23", "ถนนนิมมานเหมินท์", "ถนนศรีภูวนารถ",
              "หมู่ 4 ตำบลบ้านใต้", "ถนนตลาดใหม่"]
#: (province or city, old VNPost prefix) of a Nha Trang dive centre's customers
VN_CITIES = [("Hà Nội", "100"), ("TP. Hồ Chí Minh", "700"), ("Đà Nẵng", "550"), ("Nha Trang", "650"),
             ("Hải Phòng", "180"), ("Cần Thơ", "900"), ("Đà Lạt", "670"), ("Huế", "530")]
#: CCCD province codes of those places
VN_PROVINCE = {"Hà Nội": "001", "TP. Hồ Chí Minh": "079", "Đà Nẵng": "048", "Nha Trang": "056", "Hải Phòng": "031",
               "Cần Thơ": "092", "Đà Lạt": "068", "Huế": "046"}
VN_STREETS = ["Trần Phú", "Nguyễn Thị Minh Khai", "Lê Thánh Tôn", "Hùng Vương", "Phạm Văn Đồng", "Bạch Đằng",
              "Lý Thường Kiệt", "Hai Bà Trưng", "Võ Thị Sáu", "Đường 2 Tháng 4"]
#: (town, postcode) of a Masurian sailing school's participants
PL_CITIES = [("Giżycko", "11-500"), ("Mikołajki", "11-730"), ("Olsztyn", "10-437"), ("Warszawa", "02-495"),
             ("Białystok", "15-351"), ("Gdańsk", "80-288"), ("Łódź", "90-613"), ("Poznań", "61-709")]
PL_STREETS = ["ul. Olsztyńska", "ul. Warszawska", "al. 1 Maja", "ul. Mazurska", "ul. Grunwaldzka", "ul. Lipowa",
              "os. Słoneczne", "ul. Kolejowa", "ul. Żeglarska", "ul. Piaskowa"]
#: (poststed, postnummer) around Stavanger
NO_CITIES = [("Stavanger", "4005"), ("Stavanger", "4014"), ("Hafrsfjord", "4048"), ("Sandnes", "4306"),
             ("Sola", "4050"), ("Randaberg", "4070"), ("Bryne", "4340"), ("Tananger", "4056")]
NO_STREETS = ["Kongsgårdbakken", "Madlaveien", "Eiganesveien", "Tjensvollveien", "Lagårdsveien", "Haugesundsgata",
              "Sandnesveien", "Solastranden", "Rundeskogen", "Tungenes"]


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(2, 4_800) if lang in ("us", "md") else g.rnd.randint(1, 140)
    if lang in ("tr",):
        return f"{s} No:{n} D:{g.rnd.randint(1, 12)}"
    if lang in ("el", "no", "pl", "id"):
        return f"{s} {n}" if lang != "pl" else f"{s} {n}/{g.rnd.randint(1, 40)}"
    if lang == "fr":
        return f"{n}, {s}"
    if lang == "vi":
        return f"{n} {s}, Phường {g.rnd.randint(1, 14)}"
    if lang == "th":
        return f"{n}/{g.rnd.randint(1, 90)} {s}"
    if lang == "my":
        return f"No. {n}, {s}"
    return f"{n} {s}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn(g: Gen) -> str:
    return g.valid(lambda: f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}",
                   _ssn.is_valid)


def us_ssn_decoy(g: Gen) -> str:
    """A waiver number shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    area = g.rnd.choice(["000", "666", f"9{g.digits(2)}"])
    return f"{area}-{g.digits(2)}-{g.digits(4)}"


def card(g: Gen) -> str:
    body = g.rnd.choice(["4", "51", "53", "55"])
    body += g.digits(15 - len(body))
    return body + luhn.calc_check_digit(body)


def ca_sin(g: Gen) -> str:
    body = str(g.rnd.choice([1, 2, 3, 4, 5, 6, 7, 9])) + g.digits(7)
    d = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(d)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def sin_decoy(g: Gen) -> str:
    """Nine digits grouped like a SIN and failing the Luhn check (a tax receipt number)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 7)) + g.digits(8), lambda x: not luhn.is_valid(x))
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def ramq(g: Gen, first: str, last: str, born: date, female: bool) -> str:
    """A Québec health insurance number (NAM): 3 letters of the family name, 1 of the given name, YYMMDD (month + 50
    for women) and 2 digits."""
    a = "".join(ch for ch in fold(last).upper() if ch.isalpha())[:3].ljust(3, "X")
    b = "".join(ch for ch in fold(first).upper() if ch.isalpha())[:1] or "X"
    return f"{a}{b} {born.year % 100:02d}{born.month + (50 if female else 0):02d} {born.day:02d}{g.digits(2)}"


def medicare_is_valid(value: str) -> bool:
    """Whether ``value`` is a valid Australian Medicare card number (10 digits, weights 1 3 7 9 on the first 8)."""
    d = "".join(ch for ch in str(value) if ch.isdigit())
    if len(d) != 10 or d[0] not in "23456":
        return False
    return sum(int(x) * w for x, w in zip(d[:8], (1, 3, 7, 9, 1, 3, 7, 9))) % 10 == int(d[8])


def medicare(g: Gen) -> str:
    body = str(g.rnd.randint(2, 6)) + g.digits(7)
    check = sum(int(x) * w for x, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9))) % 10
    d = f"{body}{check}{g.rnd.randint(1, 5)}"
    return f"{d[:4]} {d[4:9]} {d[9]}"


def medicare_decoy(g: Gen) -> str:
    """Ten digits failing the Medicare check (a club membership number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 6)) + g.digits(9), lambda x: not medicare_is_valid(x))


def eg_nid(g: Gen, born: date, female: bool) -> str:
    """An Egyptian national ID: century digit, YYMMDD, governorate, 3 serial digits, a sex digit (odd for men) and a
    final digit (generated by shape only)."""
    century = 2 if born.year < 2000 else 3
    sex = g.rnd.choice("02468" if female else "13579")
    gov = g.rnd.choice(["01", "02", "21", "31", "88"])
    return f"{century}{born.year % 100:02d}{born.month:02d}{born.day:02d}{gov}{g.digits(3)}{sex}{g.digits(1)}"


def mykad(g: Gen, born: date, place: str) -> str:
    d = g.valid(lambda: f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{place}{g.digits(4)}", _nric.is_valid)
    return f"{d[:6]}-{d[6:8]}-{d[8:]}"


def mykad_decoy(g: Gen) -> str:
    """Twelve digits shaped like a MyKad with an impossible month (a booking number)."""
    return f"{g.digits(2)}{g.rnd.randint(13, 19)}{g.rnd.randint(1, 28):02d}{g.digits(6)}"


def nik(g: Gen, region: str, born: date, female: bool) -> str:
    d = f"{region}{born.day + (40 if female else 0):02d}{born.month:02d}{born.year % 100:02d}{g.digits(4)}"
    assert _nik.is_valid(d)
    return d


def nik_decoy(g: Gen) -> str:
    """Sixteen digits failing the NIK (no such province: a payment reference)."""
    return g.valid(lambda: "99" + g.digits(14), lambda x: not _nik.is_valid(x))


def bb_nrn(born: date, g: Gen) -> str:
    """A Barbados national registration number: YYMMDD-NNNN (by shape; no public check digit)."""
    return f"{born.year % 100:02d}{born.month:02d}{born.day:02d}-{g.digits(4)}"


def amka(g: Gen, born: date, female: bool) -> str:
    def make() -> str:
        body = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
        return body + luhn.calc_check_digit(body)
    return g.valid(make, _amka.is_valid)


def afm(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("0123456") + g.digits(8), lambda x: _afm.is_valid(x) and x[0] != "8")


def afm_decoy(g: Gen) -> str:
    """Nine digits failing the ΑΦΜ check (a receipt number)."""
    return g.valid(lambda: g.rnd.choice("0123456") + g.digits(8), lambda x: not _afm.is_valid(x))


def tckn(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    d = body + _tck.calc_check_digits(body)
    assert _tck.is_valid(d)
    return d


def tckn_decoy(g: Gen) -> str:
    """Eleven digits failing the T.C. Kimlik check (an invoice number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _tck.is_valid(x))


def vkn(g: Gen) -> str:
    body = g.digits(9)
    return body + _vkn.calc_check_digit(body)


def iban(g: Gen, country: str) -> str:
    bban = {"TR": lambda: g.digits(5) + "0" + g.digits(16), "PL": lambda: g.digits(24),
            "NO": lambda: g.valid(lambda: g.digits(11), _kontonr.is_valid)}[country]()
    value = f"{country}{_iban.calc_check_digits(f'{country}00{bban}')}{bban}"
    assert _iban.is_valid(value)
    return _iban.format(value) if g.rnd.random() < 0.6 else value


def thai_pin(g: Gen) -> str:
    body = str(g.rnd.randint(1, 8)) + g.digits(11)
    d = body + _pin.calc_check_digit(body)
    return _pin.format(d) if g.rnd.random() < 0.5 else d


def thai_pin_decoy(g: Gen) -> str:
    """Thirteen digits failing the Thai PIN check (a receipt number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 8)) + g.digits(12), lambda x: not _pin.is_valid(x))


def thai_company_tin(g: Gen) -> str:
    body = "0" + g.rnd.choice(["84", "10"]) + "5" + g.digits(8)
    return body + _pin.calc_check_digit(body)


def cccd(g: Gen, province: str, born: date, female: bool) -> str:
    """A Vietnamese citizen identity card number: province, century-and-sex digit, the birth year's last two digits
    and six digits (by shape; no public check digit)."""
    century = (0 if born.year < 2000 else 2) + (1 if female else 0)
    return f"{province}{century}{born.year % 100:02d}{g.digits(6)}"


def vn_mst(g: Gen) -> str:
    return g.valid(lambda: "42" + g.digits(8), _mst.is_valid)


def pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    serial = g.digits(3) + g.rnd.choice("02468" if female else "13579")
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial}"
    d = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(d)
    return d


def pesel_decoy(g: Gen) -> str:
    """Eleven digits failing the PESEL check (an invoice number)."""
    return g.valid(lambda: g.digits(11), lambda x: not _pesel.is_valid(x))


def nip(g: Gen) -> str:
    d = g.valid(lambda: "845" + g.digits(7), _nip.is_valid)
    return f"{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:]}"


def fnr(g: Gen, born: date) -> str:
    def make() -> str:
        ind = g.rnd.randint(0, 499) if born.year < 2000 else g.rnd.randint(500, 999)
        body = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{ind:03d}"
        d1 = _fnr.calc_check_digit1(body)
        d2 = _fnr.calc_check_digit2(body + d1)
        return body + d1 + d2
    return g.valid(make, lambda x: len(x) == 11 and _fnr.is_valid(x))


def fnr_decoy(g: Gen) -> str:
    """Eleven digits failing the fødselsnummer check (a KID payment reference)."""
    return g.valid(lambda: g.digits(11), lambda x: not _fnr.is_valid(x))


def orgnr(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.choice([8, 9])) + g.digits(8), _orgnr.is_valid)


# -- vocabulary (written for v130) -------------------------------------------------------------------------------------

CERT_LEVELS = ["Open Water", "Advanced Open Water", "Rescue Diver", "Divemaster", "Nitrox", "Deep Specialty"]
CERT_AGENCIES = ["PADI", "SSI", "NAUI", "CMAS", "RAID"]
DIVE_SITES_KONA = ["Manta Ray Night (Keauhou)", "Garden Eel Cove", "Turtle Pinnacle", "Kaiwi Point", "Golden Arches",
                   "Au Au Crater", "Black Water Drift"]
CUSTOM_NONE = ["Sunset session", "Promo SURF25", "Returning customer", "Group booking", "T-shirt M", "Voucher used",
               "Via Instagram", "Hotel referral", "Needs bigger board", "Rain check"]
