"""Values of held-out set v54 (:mod:`benchmarks.classification.heldout_v54`): v54's random source, names, streets,
towns and postal codes written by hand for v54 (no Faker, no list of real people, no breach data), phones checked with
phonenumbers and identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module (the phone maker was widened to thirteen countries);
the lists below are new: British Columbia and Ontario, Perth's outer suburbs, Dublin, Cork and the west of Ireland,
Singapore's HDB towns, the Charlotte and Austin metros, Yorkshire, Maharashtra, Karnataka and the north of India,
Baden-Württemberg and Lower Saxony, Utrecht and the east of the Netherlands, Pernambuco and the Brazilian Northeast,
Seoul and Busan, Istanbul, Ankara and İzmir, the Valencian Community.
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
from stdnum import luhn
from stdnum.br import cnpj as _cnpj
from stdnum.br import cpf as _cpf
from stdnum.de import vat as _de_vat
from stdnum.es import cif as _cif
from stdnum.es import cups as _cups
from stdnum.es import dni as _dni
from stdnum.in_ import gstin as _gstin
from stdnum.in_ import pan as _pan
from stdnum.iso7064 import mod_11_10
from stdnum.tr import tckimlik as _tckimlik
from stdnum.tr import vkn as _vkn
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 54_207_2026
N = "none"
#: a login, a public handle or a social-media handle (review, as in v5 to v53)
USERNAME = "unclassified"
#: NULL-like strings of v54's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "?", "#N/A",
    "nil", "<null>", "undefined", "[]", "{}", "0", "test@test.com", "teste@teste.com", "noreply@example.com",
    "a@a.com", "000.000.000-00", "00000000000", "010-0000-0000", "(000) 000-0000", "REDACTED", "k.A.",
    "keine Angabe", "onbekend", "geen", "n.v.t.", "não informado", "sem", "yok", "belirtilmemiş", "없음", "미입력",
    "ninguno", "sin comentarios", "NS/NC", "nothing", "No comment", "-none-")


def fold(text: str) -> str:
    text = text.replace("ı", "i").replace("İ", "I")
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v54:{SEED}:{table}")

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

    def stamps(self, lo: str, hi: str, fmt: str = "%Y-%m-%d %H:%M:%S", null: float = 0.0) -> list[Any]:
        """Times as text, the way CSV exports carry them."""
        return self.col(lambda: self.moment(lo, hi).strftime(fmt), null)

    def birth(self, lo: int, hi: int) -> date:
        return self.day(f"{lo}-01-01", f"{hi}-12-31")

    def births(self, lo: int, hi: int, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.birth(lo, hi), null)

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

    def ipv4(self) -> str:
        first = self.rnd.choice([24, 27, 49, 58, 68, 71, 86, 92, 101, 112, 115, 121, 142, 175, 177, 185, 189, 211])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2001:8003", "2a02:8108", "2406:3003", "2600:1700", "2804:14c", "2a01:c22"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(6))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    def server_ip(self) -> str:
        """A private address of one of a company's own servers (not a person's)."""
        return self.rnd.choice([f"10.{self.rnd.randint(0, 40)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(2, 250)}",
                                f"172.16.{self.rnd.randint(0, 31)}.{self.rnd.randint(2, 250)}"])

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        mobiles, fixed, lengths = PHONE_PLAN[region]
        prefixes = mobiles if mobile else fixed
        code = phonenumbers.country_code_for_region(region)

        def make() -> str:
            prefix = self.rnd.choice(prefixes)
            length = self.rnd.choice(lengths)
            if region in ("US", "CA"):
                return prefix + str(self.rnd.randint(2, 9)) + self.digits(6)
            return prefix + self.digits(length - len(prefix))

        def ok(candidate: str) -> bool:
            return phonenumbers.is_valid_number(phonenumbers.parse(f"+{code}{candidate}"))

        number = phonenumbers.parse(f"+{code}{self.valid(make, ok)}")
        return fmt_phone(number, region, fmt)

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


#: region -> (mobile prefixes of the national significant number, fixed-line prefixes, NSN lengths)
PHONE_PLAN: dict[str, tuple[list[str], list[str], list[int]]] = {
    "US": (["704", "980", "512", "737", "803"], ["704", "512"], [10]),
    "CA": (["604", "778", "236", "250", "416", "647", "437", "905", "613"], ["604", "416", "905"], [10]),
    "AU": (["40", "41", "42", "43", "44", "45", "47", "48"], ["892", "893", "894", "895", "863"], [9]),
    "IE": (["83", "85", "86", "87", "89"], ["1", "21", "91", "61"], [9, 8]),
    "SG": (["81", "82", "83", "85", "87", "88", "90", "91", "93", "96", "97", "98"], ["61", "62", "63", "64", "65",
                                                                                     "67"], [8]),
    "GB": (["741", "745", "750", "771", "777", "780", "790", "797"], ["1423", "1132", "1142", "1904", "1274"],
           [10]),
    "IN": (["98", "97", "99", "88", "70", "63", "81", "90"], ["22", "20", "80"], [10]),
    "DE": (["151", "152", "157", "160", "162", "170", "171", "172", "176"], ["711", "511", "221", "721"], [10, 11]),
    "NL": (["61", "62", "63", "64", "65"], ["30", "33", "38", "55", "53"], [9]),
    "BR": (["819", "719", "859", "319", "419", "629", "199", "519"], ["813", "713", "853", "313"], [11, 10]),
    "KR": (["10"], ["2", "51"], [10, 9]),
    "TR": (["530", "532", "535", "541", "542", "505", "552", "555"], ["216", "212", "312", "232"], [10]),
    "ES": (["600", "610", "620", "630", "650", "660", "670", "680", "690", "711"], ["96", "965", "964"], [9]),
}


def fmt_phone(number: phonenumbers.PhoneNumber, region: str, fmt: str) -> str:
    if fmt == "e164":
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if fmt == "intl":
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if fmt == "00":
        return "00" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)[1:]
    if fmt == "nsn":
        return phonenumbers.national_significant_number(number)
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    d = "".join(ch for ch in national if ch.isdigit())
    if fmt == "digits":
        return d
    if fmt == "dashes":
        return f"{d[:3]}-{d[3:6]}-{d[6:]}" if region in ("US", "CA") else national.replace(" ", "-")
    if fmt == "dots":
        return f"{d[:3]}.{d[3:6]}.{d[6:]}" if region in ("US", "CA") else national.replace(" ", ".")
    if fmt == "spaced" and region in ("US", "CA"):
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    return national


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v54) -------------------------------------------------------------------------------------------

#: origin -> (male given names, female given names, family names): ordinary names of each place, none of a famous
#: person on purpose
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "anglo": (["Gary", "Keith", "Derek", "Wayne", "Trevor", "Malcolm", "Dale", "Curtis", "Glenn", "Neil", "Bradley",
               "Travis", "Shane", "Darren", "Clint", "Lachlan"],
              ["Tracey", "Denise", "Joanne", "Kerry", "Leanne", "Shannon", "Brenda", "Colleen", "Heather", "Kristen",
               "Tamsin", "Wendy", "Kayla", "Courtney", "Bronwyn", "Jodie"],
              ["Hargreaves", "Whitfield", "Pickering", "Ashworth", "Caldwell", "Dawson", "Fenwick", "Garside",
               "Hollins", "Kershaw", "Lister", "Mottram", "Naylor", "Pearce", "Rudd", "Stott", "Tomlinson", "Varley",
               "Yardley", "Beckett", "Cotterill", "Dobson", "Flanagan", "Gillespie", "Radford", "Shorter"]),
    "irish": (["Ciarán", "Donal", "Eoin", "Fergal", "Niall", "Padraig", "Ronan", "Tadhg", "Cathal", "Diarmuid"],
              ["Aoife", "Caoimhe", "Clodagh", "Gráinne", "Niamh", "Orla", "Siobhán", "Úna", "Deirdre", "Sinéad"],
              ["Brennan", "Cullinane", "Doherty", "Fitzgerald", "Geraghty", "Hegarty", "Kavanagh", "Lenihan",
               "McGrath", "Ó Súilleabháin", "O'Driscoll", "Quinlan", "Tierney", "Mac Giolla", "Noonan"]),
    "hispanic": (["Rogelio", "Efraín", "Jesús", "Ulises", "Abelardo", "Heriberto", "Osvaldo", "Gerardo"],
                 ["Maribel", "Yesenia", "Araceli", "Xóchitl", "Graciela", "Marisol", "Yadira", "Leticia"],
                 ["Zamora", "Barajas", "Ocampo", "Gallegos", "Quintero", "Valdez", "Cisneros", "Tovar", "Esparza"]),
    "african_american": (["DeShawn", "Marquis", "Terrell", "Jamal", "Darnell", "Cedric", "Reginald", "Tyrone"],
                         ["Shanice", "Latoya", "Keisha", "Tamika", "Ebony", "Monique", "Jasmine", "Aaliyah"],
                         ["Whitaker", "Mayfield", "Grier", "Pettaway", "Dockery", "Hairston", "Mobley", "Gaither"]),
    "east_asian": (["Minh", "Wei", "Hiroshi", "Jae-won", "Kenji", "Quang", "Zhiwei", "Takumi"],
                   ["Thu", "Mei", "Yuki", "Ji-yeon", "Naoko", "Linh", "Xiaoling", "Haruka"],
                   ["Nguyen", "Chen", "Watanabe", "Park", "Huang", "Pham", "Matsuda", "Cho", "Leung", "Vo"]),
    "south_asian": (["Aakash", "Chirag", "Dhruv", "Harsh", "Kunal", "Nikhil", "Rohan", "Siddharth", "Tushar", "Vivek",
                     "Pratik", "Abhishek", "Sandeep", "Yogesh"],
                    ["Ananya", "Deepika", "Ishita", "Kritika", "Meghna", "Neha", "Pooja", "Riya", "Sneha", "Tanvi",
                     "Shruti", "Ankita", "Swati", "Divya"],
                    ["Agarwal", "Bhatt", "Deshpande", "Gupta", "Iyer", "Kulkarni", "Mehta", "Nair", "Patil", "Reddy",
                     "Saxena", "Shetty", "Chaudhary", "Pandey", "Jadhav", "Menon", "Sinha", "Bhosale"]),
    "sg_chinese": (["Wei Jie", "Jun Hao", "Zhi Hao", "Kai Wen", "Jia Wei", "Yong Sheng", "Boon Keat", "Chee Meng"],
                   ["Hui Min", "Xin Yi", "Jia Hui", "Shu Ting", "Pei Shan", "Li Ting", "Mei Ling", "Siew Lan"],
                   ["Tan", "Lim", "Ng", "Ong", "Goh", "Chua", "Koh", "Teo", "Yeo", "Sim", "Low", "Quek"]),
    "sg_malay": (["Muhammad Haziq", "Ahmad Firdaus", "Mohamed Irfan", "Nur Hakim", "Amirul", "Syafiq"],
                 ["Nur Syafiqah", "Siti Aisyah", "Nurul Huda", "Farhana", "Aqilah", "Liyana"],
                 ["bin Rosli", "bin Salleh", "bin Ismail", "binte Osman", "binte Yusof", "binte Kassim"]),
    "de": (["Jürgen", "Uwe", "Torsten", "Dirk", "Sven", "Matthias", "Holger", "Lars", "Tobias", "Florian", "Jan",
            "Steffen"],
           ["Sabine", "Anja", "Kerstin", "Silke", "Ines", "Katrin", "Nadine", "Julia", "Miriam", "Svenja", "Heike",
            "Birgit"],
           ["Schneider", "Hoffmann", "Wagner", "Becker", "Schulz", "Krüger", "Lehmann", "Köhler", "Brandt", "Vogel",
            "Haas", "Pohl", "Engel", "Kuhn", "Seifert", "Ziegler", "Maurer", "Frey"]),
    "nl": (["Bart", "Jeroen", "Joost", "Maarten", "Ruud", "Sander", "Wouter", "Thijs", "Niels", "Gijs", "Roel"],
           ["Anouk", "Ilse", "Marieke", "Femke", "Esther", "Sanne", "Lotte", "Mirjam", "Ingrid", "Marloes", "Fleur"],
           ["Vries", "Dijk", "Bakker", "Visser", "Smit", "Meijer", "Boer", "Mulder", "Berg", "Bos", "Vos", "Hendriks",
            "Leeuwen", "Dekker", "Brouwer", "Wal", "Jong", "Veen"]),
    "br": (["Thiago", "Rafael", "Leandro", "Marcelo", "Rodrigo", "Diego", "Felipe", "Gustavo", "Anderson",
            "Wellington", "Cícero", "Josué"],
           ["Juliana", "Fernanda", "Patrícia", "Aline", "Camila", "Vanessa", "Tatiane", "Priscila", "Daniele", "Luana",
            "Jéssica", "Rayane"],
           ["da Silva", "dos Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima",
            "Gomes", "Ribeiro", "Carvalho", "Almeida", "Nascimento", "Cavalcanti", "Barbosa", "Araújo", "Bezerra"]),
    "ko": (["민준", "서준", "도윤", "지훈", "현우", "성민", "준호", "태현"],
           ["서연", "지민", "수빈", "예은", "하은", "지은", "민지", "유진"],
           ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오"]),
    "tr": (["Mehmet", "Mustafa", "Ahmet", "Emre", "Burak", "Serkan", "Murat", "Onur", "Volkan", "Hakan", "Oğuz",
            "Barış"],
           ["Ayşe", "Fatma", "Elif", "Zeynep", "Merve", "Büşra", "Esra", "Gamze", "Derya", "Sevgi", "Tuğba", "Gül"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan", "Doğan", "Kılıç",
            "Aslan", "Koç", "Kurt", "Özdemir", "Polat", "Erdem", "Güneş"]),
    "es": (["Javier", "Sergio", "Alberto", "Raúl", "Rubén", "Iván", "Óscar", "Jorge", "Vicente", "Salvador", "Vicent",
            "Xavier"],
           ["Lucía", "Cristina", "Raquel", "Silvia", "Noelia", "Beatriz", "Inmaculada", "Rocío", "Amparo", "Pilar",
            "Empar", "Neus"],
           ["García", "Martínez", "López", "Sánchez", "Pérez", "Gómez", "Navarro", "Ruiz", "Moreno", "Serrano",
            "Ferrer", "Soler", "Llorente", "Vidal", "Ortega", "Climent", "Bosch", "Peris"]),
}
#: Dutch family-name particles (``tussenvoegsel``) of :data:`NAMES` ``nl`` family names that carry one
NL_PARTICLES = {"Vries": "de", "Dijk": "van", "Boer": "de", "Berg": "van den", "Leeuwen": "van", "Wal": "van der",
                "Jong": "de", "Veen": "van der"}
#: romanizations of the Korean names (e-mail local parts)
KO_ROMAN = {"민준": "minjun", "서준": "seojun", "도윤": "doyun", "지훈": "jihoon", "현우": "hyunwoo", "성민": "sungmin",
            "준호": "junho", "태현": "taehyun", "서연": "seoyeon", "지민": "jimin", "수빈": "subin", "예은": "yeeun",
            "하은": "haeun", "지은": "jieun", "민지": "minji", "유진": "yujin", "김": "kim", "이": "lee", "박": "park",
            "최": "choi", "정": "jung", "강": "kang", "조": "cho", "윤": "yoon", "장": "jang", "임": "lim", "한": "han",
            "오": "oh"}
#: locale -> origins (weights) of the people of a table's system
MIX: dict[str, dict[str, float]] = {
    "ca": {"anglo": 5, "east_asian": 2.5, "south_asian": 2, "irish": 0.5},
    "au": {"anglo": 6, "irish": 1, "south_asian": 1.5, "east_asian": 1.5},
    "ie": {"irish": 7, "anglo": 1.5, "south_asian": 0.7, "east_asian": 0.5},
    "sg": {"sg_chinese": 7, "sg_malay": 2, "south_asian": 1},
    "us": {"anglo": 5, "hispanic": 2.5, "african_american": 2, "south_asian": 1, "east_asian": 1},
    "uk": {"anglo": 8, "south_asian": 1.5, "irish": 0.5},
    "in": {"south_asian": 1},
    "de": {"de": 1}, "nl": {"nl": 1}, "br": {"br": 1}, "ko": {"ko": 1}, "tr": {"tr": 1}, "es": {"es": 1},
}


def origin_of(g: Gen, locale: str) -> str:
    mix = MIX[locale]
    return g.rnd.choices(list(mix), list(mix.values()))[0]


def person(g: Gen, locale: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``locale``'s mix of origins."""
    female = g.rnd.random() < 0.5 if female is None else female
    origin = origin_of(g, locale)
    males, females, lasts = NAMES[origin]
    last = g.rnd.choice(lasts)
    if origin == "sg_malay":
        last = last.replace("bin ", "binte ") if female else last.replace("binte ", "bin ")
    if origin == "nl" and last in NL_PARTICLES:
        last = f"{NL_PARTICLES[last]} {last}"
    if origin == "br" and g.rnd.random() < 0.6:
        last = f"{g.rnd.choice(lasts)} {last}"
    return g.rnd.choice(females if female else males), last


def full(first: str, last: str) -> str:
    """The name as the people of its origin write it (Chinese Singaporeans and Koreans family name first)."""
    if last in NAMES["ko"][2] and first in NAMES["ko"][0] + NAMES["ko"][1]:
        return last + first
    if last in NAMES["sg_chinese"][2]:
        return f"{last} {first}"
    return f"{first} {last}"


def whole(g: Gen, locale: str = "us") -> str:
    return full(*person(g, locale))


def given(g: Gen, locale: str = "us") -> str:
    return person(g, locale)[0]


def plain(text: str) -> str:
    if text in KO_ROMAN:
        return KO_ROMAN[text]
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last.split()[-1]) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(70, 99)}", f"{b}{a[:2]}", f"{a}.{b}{g.rnd.randint(1, 9)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def email(g: Gen, locale: str = "us") -> str:
    return email_of(g, *person(g, locale), DOMAINS[locale])


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(first)[0]}.{plain(last.split()[-1])}@{domain}"


def handle(first: str, last: str, style: int) -> str:
    """A social-media handle or login made from a name."""
    a, b = plain(first), plain(last.split()[-1])
    return [f"{a}.{b}", f"{a}_{b[:4]}", f"{a}{b}{style % 97}", f"the{a}{b[0]}", f"{b}.{a}", f"{a}.glows",
            f"{a[0]}{b}", f"{a}_eats"][style % 8]


DOMAINS: dict[str, list[str]] = {
    "ca": ["gmail.com", "shaw.ca", "telus.net", "outlook.com", "hotmail.com", "icloud.com", "yahoo.ca"],
    "au": ["bigpond.com", "gmail.com", "outlook.com", "iinet.net.au", "hotmail.com", "icloud.com", "optusnet.com.au"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "icloud.com", "yahoo.ie"],
    "sg": ["gmail.com", "yahoo.com.sg", "hotmail.com", "singnet.com.sg", "outlook.com", "icloud.com"],
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "att.net", "hotmail.com"],
    "uk": ["btinternet.com", "gmail.com", "hotmail.co.uk", "sky.com", "yahoo.co.uk", "outlook.com", "talktalk.net"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com", "hotmail.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.com", "outlook.com", "xs4all.nl"],
    "br": ["gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com", "uol.com.br", "bol.com.br"],
    "ko": ["naver.com", "daum.net", "gmail.com", "kakao.com", "hanmail.net", "nate.com"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com", "yahoo.com"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net"],
}


# -- places (written for v54) ------------------------------------------------------------------------------------------

#: (city, province, FSA)
CA_CITIES = [("Vancouver", "BC", "V5K"), ("Vancouver", "BC", "V6K"), ("Burnaby", "BC", "V5H"),
             ("Victoria", "BC", "V8W"), ("Kelowna", "BC", "V1Y"), ("Surrey", "BC", "V3T"), ("Nanaimo", "BC", "V9R"),
             ("North Vancouver", "BC", "V7M"),
             ("Calgary", "AB", "T2P"), ("Toronto", "ON", "M4C"), ("Mississauga", "ON", "L5B"), ("Ottawa", "ON", "K1N"),
             ("Hamilton", "ON", "L8P"), ("Oakville", "ON", "L6J"), ("Markham", "ON", "L3R"), ("Kitchener", "ON", "N2G")]
CA_STREETS = ["W 4th Ave", "Commercial Dr", "E Hastings St", "Fraser St", "Kingsway", "Dunbar St", "Oak Bay Ave",
              "Bernard Ave", "Lonsdale Ave", "Danforth Ave", "Roncesvalles Ave", "Bank St", "Locke St S"]
#: (suburb, state, postcode)
AU_SUBURBS = [("Joondalup", "WA", "6027"), ("Baldivis", "WA", "6171"), ("Ellenbrook", "WA", "6069"),
              ("Byford", "WA", "6122"), ("Mandurah", "WA", "6210"), ("Clarkson", "WA", "6030"),
              ("Canning Vale", "WA", "6155"), ("Piara Waters", "WA", "6112"), ("Alkimos", "WA", "6038"),
              ("Harrisdale", "WA", "6112"), ("Yanchep", "WA", "6035"), ("Brabham", "WA", "6055")]
AU_STREETS = ["Banksia Cres", "Marri Way", "Jarrah Rd", "Wandoo Loop", "Grevillea Cct", "Kwongan Pde",
              "Quenda Ramble", "Bottlebrush Gr", "Sandpiper Bvd", "Tuart Hill Dr"]
#: (town, county, Eircode routing key)
IE_TOWNS = [("Dublin 8", "Co. Dublin", "D08"), ("Dublin 6", "Co. Dublin", "D06"), ("Swords", "Co. Dublin", "K67"),
            ("Cork", "Co. Cork", "T12"), ("Galway", "Co. Galway", "H91"), ("Limerick", "Co. Limerick", "V94"),
            ("Kilkenny", "Co. Kilkenny", "R95"), ("Drogheda", "Co. Louth", "A92"), ("Naas", "Co. Kildare", "W91"),
            ("Sligo", "Co. Sligo", "F91"), ("Bray", "Co. Wicklow", "A98")]
IE_STREETS = ["Main Street", "Church Road", "Oakpark Drive", "Ashgrove Lawn", "Bóthar na Trá", "Castle Court",
              "The Paddocks", "Millbrook Avenue", "Seapoint Terrace", "Cnoc na Gréine"]
EIRCODE_CHARS = "ACDEFHKNPRTVWXY0123456789"
SG_TOWNS = [("Tampines", "52"), ("Bedok", "46"), ("Jurong West", "64"), ("Punggol", "82"), ("Sengkang", "54"),
            ("Woodlands", "73"), ("Toa Payoh", "31"), ("Ang Mo Kio", "56"), ("Yishun", "76"), ("Clementi", "12")]
#: (city, state, ZIP lead)
US_CLT = [("Charlotte", "NC", "282"), ("Concord", "NC", "280"), ("Gastonia", "NC", "280"),
          ("Huntersville", "NC", "280"),
          ("Rock Hill", "SC", "297"), ("Matthews", "NC", "281"), ("Mooresville", "NC", "281"), ("Monroe", "NC", "281")]
US_ATX = [("Austin", "TX", "787"), ("Round Rock", "TX", "786"), ("San Marcos", "TX", "786"),
          ("Georgetown", "TX", "786"),
          ("Cedar Park", "TX", "786"), ("Pflugerville", "TX", "786"), ("Kyle", "TX", "786"), ("Leander", "TX", "786")]
US_STREETS = ["Providence Rd", "Tryon St", "Sardis Ln", "Mallard Creek Rd", "Burnet Rd", "Manchaca Rd",
              "Slaughter Ln", "Pecan St", "Bluebonnet Ln", "Whitestone Blvd", "Dogwood Trl", "Live Oak Dr"]
#: (town, county, outward code)
UK_TOWNS = [("Harrogate", "North Yorkshire", "HG1"), ("Ilkley", "West Yorkshire", "LS29"),
            ("Skipton", "North Yorkshire", "BD23"), ("Wakefield", "West Yorkshire", "WF1"),
            ("Doncaster", "South Yorkshire", "DN4"), ("Beverley", "East Riding of Yorkshire", "HU17"),
            ("Halifax", "West Yorkshire", "HX1"), ("Rotherham", "South Yorkshire", "S60"),
            ("Ripon", "North Yorkshire", "HG4"), ("Pontefract", "West Yorkshire", "WF8")]
UK_STREETS = ["Mill Lane", "Station Road", "Victoria Avenue", "Moor View", "Beck Side", "Church Walk", "Kirkgate",
              "Westfield Crescent", "Ings Lane", "Sycamore Close", "Low Green", "Fold Court"]
UK_HOUSES = ["Rose Cottage", "The Old Forge", "Beck House", "Hawthorns", "Laurel Bank", "Fernlea", "The Granary"]
UK_POST_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
#: (city, state, pincode lead)
IN_CITIES = [("Mumbai", "Maharashtra", "400"), ("Pune", "Maharashtra", "411"), ("Bengaluru", "Karnataka", "560"),
             ("Hyderabad", "Telangana", "500"), ("Jaipur", "Rajasthan", "302"), ("Kochi", "Kerala", "682"),
             ("Indore", "Madhya Pradesh", "452"), ("Lucknow", "Uttar Pradesh", "226"),
             ("Chandigarh", "Chandigarh", "160"),
             ("Ahmedabad", "Gujarat", "380"), ("Nagpur", "Maharashtra", "440")]
IN_STREETS = ["Hill Road", "Linking Road", "FC Road", "100 Feet Road", "MG Road", "Tonk Road", "Marine Drive",
              "SV Road", "Sector 17", "CG Road", "Wardha Road"]
IN_BUILDINGS = ["Sai Krupa CHS", "Shanti Niketan", "Prestige Lakeside", "Gokul Dham", "Sunshine Residency",
                "Vrindavan Apartments", "Green Acres", "Om Sai Towers"]
#: (city, PLZ lead)
DE_CITIES = [("Stuttgart", "70"), ("Hannover", "30"), ("Karlsruhe", "76"), ("Ulm", "89"), ("Braunschweig", "38"),
             ("Osnabrück", "49"), ("Reutlingen", "72"), ("Göttingen", "37"), ("Heilbronn", "74"), ("Wolfsburg", "38")]
DE_STREETS = ["Industriestraße", "Gewerbepark", "Daimlerstraße", "Robert-Bosch-Straße", "Am Hafen", "Werkstraße",
              "Carl-Zeiss-Ring", "Siemensallee"]
#: (city, province, postcode lead)
NL_CITIES = [("Utrecht", "Utrecht", "35"), ("Amersfoort", "Utrecht", "38"), ("Zwolle", "Overijssel", "80"),
             ("Apeldoorn", "Gelderland", "73"), ("Deventer", "Overijssel", "74"), ("Enschede", "Overijssel", "75"),
             ("Arnhem", "Gelderland", "68"), ("Nijmegen", "Gelderland", "65"), ("Zeist", "Utrecht", "37"),
             ("Ede", "Gelderland", "67")]
NL_STREETS = ["Kerkstraat", "Dorpsstraat", "Julianalaan", "Beatrixstraat", "Molenweg", "Lindelaan", "Schoolstraat",
              "Wilhelminapark", "Vogelzang", "Eikenlaan"]
NL_POST_LETTERS = "ABCEGHJKLMNPRSTVWXZ"
#: (city, UF, CEP lead)
BR_CITIES = [("Recife", "PE", "50"), ("Olinda", "PE", "53"), ("Jaboatão dos Guararapes", "PE", "54"),
             ("Caruaru", "PE", "55"), ("Salvador", "BA", "40"), ("Fortaleza", "CE", "60"), ("João Pessoa", "PB", "58"),
             ("Natal", "RN", "59"), ("Maceió", "AL", "57"), ("Petrolina", "PE", "56")]
BR_STREETS = ["Rua da Aurora", "Av. Boa Viagem", "Rua do Futuro", "Av. Caxangá", "Rua Real da Torre",
              "Rua Amélia", "Av. Conselheiro Aguiar", "Rua dos Navegantes", "Travessa do Carmo", "Rua Padre Roma"]
KO_ADDR = [("서울특별시 마포구", "월드컵북로", "03"), ("서울특별시 강남구", "테헤란로", "06"), ("서울특별시 송파구", "올림픽로", "05"),
           ("서울특별시 관악구", "관악로", "08"), ("부산광역시 해운대구", "해운대로", "48"), ("부산광역시 수영구", "광안해변로", "48"),
           ("경기도 성남시 분당구", "판교역로", "13"), ("인천광역시 연수구", "컨벤시아대로", "22")]
#: (city, postcode lead)
TR_CITIES = [("İstanbul", "34"), ("İstanbul", "34"), ("İstanbul", "34"), ("Ankara", "06"), ("İzmir", "35"),
             ("Bursa", "16"), ("Kocaeli", "41"), ("Antalya", "07")]
TR_STREETS = ["Bağdat Cad.", "Moda Cad.", "Halaskargazi Cad.", "Atatürk Bulvarı", "Kıbrıs Şehitleri Cad.",
              "Gazi Mustafa Kemal Bulvarı", "Cumhuriyet Cad.", "Papatya Sok.", "Lale Sok.", "Menekşe Sok."]
ES_TOWNS = [("València", "València/Valencia", "46"), ("Alicante", "Alacant/Alicante", "03"),
            ("Castelló de la Plana", "Castelló/Castellón", "12"), ("Elche", "Alacant/Alicante", "03"),
            ("Gandia", "València/Valencia", "46"), ("Torrent", "València/Valencia", "46"),
            ("Sagunto", "València/Valencia", "46"), ("Benidorm", "Alacant/Alicante", "03"),
            ("Paterna", "València/Valencia", "46"), ("Vila-real", "Castelló/Castellón", "12")]
ES_STREETS = ["C/ de Colón", "Av. del Port", "C/ Sant Vicent Màrtir", "Av. de Blasco Ibáñez", "C/ de la Reina",
              "Av. Maisonnave", "C/ Major", "Plaça de l'Ajuntament", "C/ dels Tarongers", "Av. del Mediterráneo"]


def ca_postal(g: Gen, fsa: str) -> str:
    letters = "ABCEGHJKLMNPRSTVWXYZ"
    return f"{fsa} {g.rnd.randint(0, 9)}{g.rnd.choice(letters)}{g.rnd.randint(0, 9)}"


def ca_street(g: Gen) -> str:
    n = g.rnd.randint(100, 4999)
    return g.rnd.choice([f"{n} {g.rnd.choice(CA_STREETS)}",
                         f"{g.rnd.randint(101, 2405)}-{n} {g.rnd.choice(CA_STREETS)}",
                         f"{n} {g.rnd.choice(CA_STREETS)}"])


def au_street(g: Gen) -> str:
    return g.rnd.choice([f"{g.rnd.randint(1, 160)} {g.rnd.choice(AU_STREETS)}",
                         f"Lot {g.rnd.randint(100, 2400)} {g.rnd.choice(AU_STREETS)}",
                         f"{g.rnd.randint(1, 40)}/{g.rnd.randint(1, 90)} {g.rnd.choice(AU_STREETS)}"])


def eircode(g: Gen, key: str) -> str:
    return f"{key} {g.rnd.choice('ACDEFHKNPRTVWXY')}{g.digits(3, EIRCODE_CHARS)}"


def ie_street(g: Gen) -> str:
    return g.rnd.choice([f"{g.rnd.randint(1, 120)} {g.rnd.choice(IE_STREETS)}",
                         f"Apt {g.rnd.randint(1, 60)}, {g.rnd.choice(IE_STREETS)}",
                         f"{g.rnd.randint(1, 40)} {g.rnd.choice(IE_STREETS)}"])


def sg_address(g: Gen) -> tuple[str, str]:
    town, lead = g.rnd.choice(SG_TOWNS)
    blk = g.rnd.randint(101, 899)
    street = (f"{town} Street {g.rnd.randint(11, 83)}" if g.rnd.random() < 0.6
              else f"{town} Avenue {g.rnd.randint(1, 9)}")
    line = f"Blk {blk} {street} #{g.rnd.randint(2, 16):02d}-{g.rnd.randint(1, 450)}"
    return line, f"{lead}0{blk:03d}"


def us_zip(g: Gen, lead: str) -> str:
    return lead + g.digits(2)


def us_street(g: Gen) -> str:
    n = g.rnd.randint(100, 19999)
    return g.rnd.choice([f"{n} {g.rnd.choice(US_STREETS)}",
                         f"{n} {g.rnd.choice(US_STREETS)} Apt {g.rnd.randint(1, 40)}",
                         f"{n} {g.rnd.choice(US_STREETS)}"])


def uk_postcode(g: Gen, outward: str) -> str:
    return f"{outward} {g.rnd.randint(1, 9)}{g.rnd.choice(UK_POST_LETTERS)}{g.rnd.choice(UK_POST_LETTERS)}"


def in_address(g: Gen) -> str:
    return g.rnd.choice([f"Flat {g.rnd.randint(101, 1204)}, {g.rnd.choice(IN_BUILDINGS)}, {g.rnd.choice(IN_STREETS)}",
                         f"{g.rnd.randint(1, 220)}, {g.rnd.choice(IN_STREETS)}, near {g.rnd.choice(IN_BUILDINGS)}",
                         f"B-{g.rnd.randint(1, 90)} {g.rnd.choice(IN_BUILDINGS)}, {g.rnd.choice(IN_STREETS)}"])


def nl_postcode(g: Gen, lead: str) -> str:
    return f"{lead}{g.rnd.randint(10, 99)} {g.rnd.choice(NL_POST_LETTERS)}{g.rnd.choice(NL_POST_LETTERS)}"


def nl_street(g: Gen) -> str:
    return f"{g.rnd.choice(NL_STREETS)} {g.rnd.randint(1, 180)}" + g.rnd.choice(["", "", "a", "-2", " bis", " A"])


def br_address(g: Gen) -> str:
    return f"{g.rnd.choice(BR_STREETS)}, {g.rnd.randint(10, 3200)}" + g.rnd.choice(
        ["", "", f", apto {g.rnd.randint(101, 1804)}", f" - casa {g.rnd.randint(1, 9)}",
         f", bloco B apto {g.rnd.randint(11, 44)}"])


def br_cep(g: Gen, lead: str) -> str:
    return f"{lead}{g.digits(3)}-{g.digits(3)}"


def ko_address(g: Gen) -> tuple[str, str]:
    area, road, lead = g.rnd.choice(KO_ADDR)
    line = f"{area} {road} {g.rnd.randint(1, 399)}" + g.rnd.choice(
        ["", f", {g.rnd.randint(101, 112)}동 {g.rnd.randint(101, 2304)}호", f" {g.rnd.randint(2, 12)}층"])
    return line, f"{lead}{g.digits(3)}"


def tr_address(g: Gen) -> str:
    return (f"{g.rnd.choice(['Caferağa', 'Fenerbahçe', 'Kozyatağı', 'Bahçelievler', 'Kızılay', 'Alsancak'])} Mah. "
            f"{g.rnd.choice(TR_STREETS)} No:{g.rnd.randint(1, 140)} D:{g.rnd.randint(1, 24)}")


def es_address(g: Gen) -> str:
    return f"{g.rnd.choice(ES_STREETS)}, {g.rnd.randint(1, 140)}" + g.rnd.choice(
        ["", f", {g.rnd.randint(1, 9)}º {g.rnd.choice('ABCD')}", f", pta. {g.rnd.randint(1, 30)}", ", bajo"])


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa or Mastercard debit prefix, grouped or not."""
    prefix = g.rnd.choice(["4", "4", "51", "53", "2221"])
    body = prefix + g.digits(15 - len(prefix))
    number = body + luhn.calc_check_digit(body)
    return " ".join(number[i:i + 4] for i in range(0, 16, 4)) if g.rnd.random() < 0.3 else number


#: BBAN layouts (9 a digit, A a letter, Z either); python-stdnum checks the result
BBAN = {"NL": "AAAA9999999999", "TR": "999990" + "9" * 16, "ES": "9" * 20}
NL_BANKS = ["INGB", "RABO", "ABNA", "SNSB", "TRIO", "ASNB", "KNAB"]


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, national checks retried, python-stdnum checks it)."""

    def make() -> str:
        bban = g.code(BBAN[country])
        if country == "NL":
            bban = g.rnd.choice(NL_BANKS) + bban[4:]
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 665):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}"

    number = g.valid(make, _ssn.is_valid)
    return number if dashed else number.replace("-", "")


def in_pan(g: Gen, last: str) -> str:
    """An individual's PAN: the fourth letter ``P``, the fifth the initial of the family name."""
    initial = (plain(last.split()[-1])[:1] or "X").upper()
    number = g.code("AAA") + "P" + initial + g.code("9999A")
    assert _pan.is_valid(number)
    return number


def in_gstin(g: Gen) -> str:
    """A business's GSTIN (a company or firm PAN inside, Luhn mod 36 check character): ``none``."""
    body = g.rnd.choice(["27", "29", "07", "24"]) + g.code("AAA") + g.rnd.choice("CF") + g.code("A9999A") + \
        g.rnd.choice("123") + "Z"
    number = body + luhn.calc_check_digit(body, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    assert _gstin.is_valid(number)
    return number


def br_cpf(g: Gen, formatted: bool = True) -> str:
    number = g.valid(lambda: g.digits(11), lambda x: x[0] != "0" and len(set(x)) > 1 and _cpf.is_valid(x))
    return _cpf.format(number) if formatted else number


def br_cnpj(g: Gen) -> str:
    number = g.valid(lambda: g.digits(8) + "0001" + g.digits(2), _cnpj.is_valid)
    return _cnpj.format(number)


def nfce_check(key43: str) -> str:
    """The check digit of a Brazilian NF-e/NFC-e access key (modulo 11, weights 2 to 9 from the right)."""
    total = sum(int(d) * (2 + i % 8) for i, d in enumerate(reversed(key43)))
    rest = total % 11
    return "0" if rest < 2 else str(11 - rest)


def br_nfce_key(g: Gen, cnpj: str) -> str:
    """A 44-digit NFC-e access key (state 26 = Pernambuco, model 65) of a store's receipt: ``none``."""
    digits = "".join(ch for ch in cnpj if ch.isdigit())
    body = f"2625{g.rnd.randint(1, 12):02d}{digits}65{g.digits(3)}{g.digits(9)}1{g.digits(8)}"
    return body + nfce_check(body)


def tr_tckimlik(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _tckimlik.is_valid)


def tr_vkn(g: Gen) -> str:
    body = g.digits(9)
    number = body + _vkn.calc_check_digit(body)
    assert _vkn.is_valid(number)
    return number


def es_dni(g: Gen) -> str:
    body = f"{g.rnd.randint(10_000_000, 79_999_999)}"
    number = body + _dni.calc_check_digit(body)
    assert _dni.is_valid(number)
    return number


def es_cif(g: Gen) -> str:
    return g.valid(lambda: "A" + g.digits(8) if g.rnd.random() < 0.3 else "B" + g.digits(8), _cif.is_valid)


def es_cups(g: Gen) -> str:
    body = "ES" + g.rnd.choice(["0021", "0022", "0031", "0026"]) + g.digits(12)
    number = body + _cups.calc_check_digits(body) + g.rnd.choice(["", "0F", "1F"])
    assert _cups.is_valid(number)
    return number


def de_vat(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(7)
    number = "DE" + body + mod_11_10.calc_check_digit(body)
    assert _de_vat.is_valid(number)
    return number


def kr_brn_check(body9: str) -> str:
    """The check digit of a Korean business registration number (weights 1,3,7,1,3,7,1,3,5)."""
    weights = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    total = sum(int(d) * w for d, w in zip(body9, weights, strict=True)) + (int(body9[8]) * 5) // 10
    return str((10 - total % 10) % 10)


def kr_brn(g: Gen) -> str:
    body = f"{g.rnd.randint(101, 899)}{g.rnd.randint(81, 88)}{g.rnd.randint(1, 9999):04d}"
    number = body + kr_brn_check(body)
    return f"{number[:3]}-{number[3:5]}-{number[5:]}"


def gtin13(g: Gen, prefix: str) -> str:
    body = prefix + g.digits(12 - len(prefix))
    return body + _ean.calc_check_digit(body)


def upc12(g: Gen) -> str:
    body = g.rnd.choice(["0", "6", "7"]) + g.digits(10)
    return body + _ean.calc_check_digit(body)


def luhn_number(g: Gen, prefix: str, n: int) -> str:
    """``prefix`` then ``n`` digits, the last a Luhn check digit (order, coupon and campaign numbers)."""
    body = g.digits(n - 1)
    return prefix + body + luhn.calc_check_digit(body)


def luhn36_code(g: Gen, n: int) -> str:
    """A code of ``n`` upper-case letters and digits whose last character is a Luhn mod 36 check character."""
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    body = g.digits(n - 1, alphabet)
    return body + luhn.calc_check_digit(body, alphabet)


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)


USER_AGENTS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    ("Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 "
    "Mobile Safari/537.36"),
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
    ("Mozilla/5.0 (Linux; Android 13; moto g(32)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 "
    "Mobile Safari/537.36"),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15"),
]
