"""Values of held-out set v128 (:mod:`benchmarks.classification.heldout_v128`): v128's random source, and names,
streets, cities, clubs, shops and free-text snippets written by hand for v128's hunting, fishing and firearms systems
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
from stdnum.cz import dic as _cz_dic
from stdnum.cz import rc as _rc
from stdnum.es import ccc as _ccc
from stdnum.es import cif as _cif
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.ie import pps as _pps
from stdnum.jp import cn as _jp_cn
from stdnum.pk import cnic as _cnic
from stdnum.rs import pib as _pib
from stdnum.ru import inn as _inn
from stdnum.ru import ogrn as _ogrn
from stdnum.si import ddv as _ddv
from stdnum.si import emso as _emso
from stdnum.si import maticna as _maticna
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 128_404_2026
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v128's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNK", "?", "nil",
    "Nil", "0", "000000000", "neuvedeno", "nevyplněno", "neuvedené", "ni podatka", "brez", "nema", "nepoznato",
    "нет", "не указано", "—", "なし", "不明", "sense dades", "cap", "no consta")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v128:{SEED}:{table}")

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
        first = self.rnd.choice([31, 37, 39, 51, 62, 78, 81, 86, 92, 109, 137, 176, 185, 212])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2a00", "2a01", "2a02", "2001", "2406"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True, prefixes: list[str] | None = None) -> str:
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        keep = max(len(nsn) - 6, 1)
        prefixes = prefixes or LOCAL_PREFIXES.get((region, mobile))

        def make() -> str:
            if region in AREAS:
                return self.rnd.choice(AREAS[region]) + str(self.rnd.randint(2, 9)) + self.digits(6)
            if prefixes:
                head = self.rnd.choice(prefixes)
                return head + self.digits(len(nsn) - len(head) + self.rnd.choice([-1, 0, 0, 0, 1, 2]))
            return nsn[:keep] + self.digits(len(nsn) - keep)

        def ok(candidate: str) -> bool:
            number = phonenumbers.parse(f"+{example.country_code}{candidate}")
            both = phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE
            wanted = {phonenumbers.PhoneNumberType.MOBILE, both} if mobile else {
                phonenumbers.PhoneNumberType.FIXED_LINE, both}
            return (phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in wanted
                    and phonenumbers.region_code_for_number(number) == region)

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


#: area codes of the North American tables (Idaho; British Columbia's interior)
AREAS = {"US": ["208", "986"], "CA": ["250", "778", "236"]}
#: (region, mobile) -> leading digits of the national number, so that numbers look local
LOCAL_PREFIXES: dict[tuple[str, bool], list[str]] = {
    ("AU", True): ["41", "42", "43", "44", "45", "47", "48"], ("AU", False): ["362", "363", "364"],
    ("NA", True): ["81", "85"], ("NA", False): ["6730", "6730", "6723"],
    ("GB", True): ["74", "75", "77", "78", "79"], ("GB", False): ["1267", "1437", "1570", "1348", "1239"],
    ("IE", True): ["83", "85", "86", "87"], ("IE", False): ["9064", "9066", "4333", "5793"],
    ("PK", True): ["300", "301", "321", "333", "345"], ("PK", False): ["42"],
    ("CZ", True): ["60", "72", "73", "77"], ("CZ", False): ["568", "567"],
    ("SK", True): ["90", "91", "94"], ("SK", False): ["45", "48"],
    ("SI", True): ["31", "41", "40", "51"], ("SI", False): ["3"],
    ("RS", True): ["60", "62", "63", "64", "65"], ("RS", False): ["21"],
    ("RU", True): ["913", "923", "952", "960", "983"], ("RU", False): ["3822"],
    ("JP", True): ["80", "90", "70"], ("JP", False): ["263", "26"],
    ("ES", True): ["6", "7"], ("ES", False): ["973", "938"],
}

# -- names (written for v128) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names; ``male|female`` where the surname is gendered)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Brody", "Colt", "Wade", "Jaxon", "Ezekiel", "Tanner", "Rulon", "Dallin", "Hector", "Kade"],
           ["Kaylee", "Shawna", "McKenna", "Brielle", "Ramona", "Tessa", "Jorja", "Lacey", "Marisol", "Oakley"],
           ["Zollinger", "Hymas", "Bingham", "Arrieta", "Stoddard", "Kunz", "Harrigfeld", "Echeverria", "Wardle",
            "Packham", "Lindqvist", "Tueller", "Bybee", "Goitiandia", "Yost"]),
    "au": (["Lachlan", "Bodhi", "Harrison", "Cooper", "Angus", "Fletcher", "Tjarra", "Darcy"],
           ["Matilda", "Indi", "Tahlia", "Georgie", "Sienna", "Mackenzie", "Bronte", "Jarrah"],
           ["Pitt-Crowden", "Heazlewood", "Ransley", "Direen", "Mollison", "Cuthbertson", "Bakes", "Gangell",
            "Lohrey", "Viney", "Quon", "Triffitt"]),
    "ca": (["Brayden", "Gurjot", "Wyatt", "Rémi", "Cody", "Harjit", "Tyson", "Kalen"],
           ["Brynn", "Navneet", "Kenzie", "Sophie-Anne", "Raelynn", "Taryn", "Mandeep", "Chelsey"],
           ["Kaminski", "Dhillon", "Thiessen", "Wiebe", "Bouchard", "Lavallee", "Redcrow", "Schellenberg",
            "Gill", "Fehr", "Okanagan-Price", "Desrosiers"]),
    "na": (["Hendrik", "Tjaarda", "Ndapewa", "Uwe", "Kaveri", "Petrus", "Tuhafeni", "Jannie"],
           ["Anneke", "Ndeshihafela", "Heike", "Kaunapaua", "Elsabé", "Martha", "Uerikua", "Saskia"],
           ["van der Merwe", "Shikongo", "Kazondu", "Brandt", "Nujoma-Hamutenya", "Steenkamp", "Tjiriange",
            "Diergaardt", "Kaurivi", "Amutenya", "Wiese", "Hoebeb"]),
    "sc": (["Ruaridh", "Fraser", "Hamish", "Euan", "Calum", "Murdo", "Alasdair", "Innes"],
           ["Kirsty", "Morven", "Eilidh", "Catriona", "Isla", "Shona", "Ailsa", "Mhairi"],
           ["MacRae", "Urquhart", "Grant", "Fordyce", "Mackintosh", "Cumming", "Tulloch", "Macleod", "Forsyth",
            "Gillanders", "Dunbar", "Rattray"]),
    "ie": (["Pádraig", "Seamus", "Eoghan", "Dónal", "Niall", "Fergal", "Cormac", "Turlough"],
           ["Bríd", "Deirdre", "Eimear", "Siobhán", "Úna", "Nuala", "Caoimhe", "Áine"],
           ["Ó Flannagáin", "Gilmartin", "Fallon", "Mac Diarmada", "Kenny", "Naughton", "Dolan", "Mulvihill",
            "Ní Cheallaigh", "Geraghty", "Flanagan", "Beirne"]),
    "pk": (["Usman", "Bilal", "Hamza", "Zeeshan", "Faisal", "Asad", "Waqas", "Junaid"],
           ["Ayesha", "Sana", "Mahnoor", "Rabia", "Iqra", "Hina", "Saima", "Zainab"],
           ["Chaudhry", "Butt", "Malik", "Qureshi", "Awan", "Gondal", "Sheikh", "Bajwa", "Cheema", "Rana",
            "Warraich", "Gill"]),
    "cy": (["Dafydd", "Rhodri", "Iwan", "Gethin", "Llŷr", "Emyr", "Aled", "Steffan"],
           ["Carys", "Nia", "Ffion", "Eirlys", "Gwenllian", "Sioned", "Mererid", "Lowri"],
           ["Pugh", "Prosser", "ap Rhys", "Bowen", "Pritchard", "Vaughan", "Gwilym", "Meredith", "Tudor",
            "Rowlands", "Llewellyn", "Beynon"]),
    "cs": (["Jaroslav", "Vojtěch", "Radek", "Zdeněk", "Bohumil", "Lukáš", "Ondřej", "Miroslav"],
           ["Jitka", "Dagmar", "Kateřina", "Ludmila", "Zdenka", "Markéta", "Hana", "Šárka"],
           ["Dvořák|Dvořáková", "Kratochvíl|Kratochvílová", "Šebek|Šebková", "Vávra|Vávrová", "Doležal|Doležalová",
            "Pospíšil|Pospíšilová", "Hájek|Hájková", "Němec|Němcová", "Kučera|Kučerová", "Bláha|Bláhová",
            "Zeman|Zemanová", "Sedláček|Sedláčková"]),
    "sk": (["Marián", "Dušan", "Ľubomír", "Juraj", "Štefan", "Milan", "Peter", "Branislav"],
           ["Zuzana", "Ľubica", "Katarína", "Mária", "Jana", "Silvia", "Darina", "Andrea"],
           ["Kováč|Kováčová", "Hudec|Hudecová", "Bella|Bellová", "Šimko|Šimková", "Sliacky|Sliacka",
            "Michalík|Michalíková", "Oravec|Oravcová", "Kuruc|Kurucová", "Lapin|Lapinová", "Palko|Palková",
            "Golian|Golianová", "Turčan|Turčanová"]),
    "sl": (["Matjaž", "Primož", "Rok", "Blaž", "Gregor", "Boštjan", "Aleš", "Janez"],
           ["Mojca", "Špela", "Urška", "Tjaša", "Nataša", "Metka", "Maja", "Petra"],
           ["Novak", "Krajnc", "Zupančič", "Kovačič", "Golob", "Vidmar", "Žagar", "Mlakar", "Kolar", "Pečnik",
            "Turk", "Leskovšek"]),
    "sr": (["Nemanja", "Dušan", "Stefan", "Miloš", "Vladimir", "Đorđe", "Nikola", "Bojan"],
           ["Jelena", "Milica", "Ivana", "Dragana", "Snežana", "Tijana", "Jovana", "Marija"],
           ["Petrović", "Jovanović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Kovačević",
            "Pavlović", "Radosavljević", "Tomić", "Šijački"]),
    "ru": (["Алексей", "Дмитрий", "Сергей", "Николай", "Евгений", "Виктор", "Игорь", "Андрей"],
           ["Ольга", "Наталья", "Татьяна", "Светлана", "Ирина", "Галина", "Екатерина", "Людмила"],
           ["Кузнецов|Кузнецова", "Соболев|Соболева", "Медведев|Медведева", "Зайцев|Зайцева", "Лосев|Лосева",
            "Белов|Белова", "Тихонов|Тихонова", "Шишкин|Шишкина", "Гусев|Гусева", "Волков|Волкова",
            "Бобров|Боброва", "Щукин|Щукина"]),
    "ja": (["浩二", "正樹", "和也", "健太", "信夫", "勇気", "光男", "翼"],
           ["裕子", "沙織", "美穂", "智子", "明美", "香織", "優花", "舞"],
           ["丸山", "百瀬", "上條", "唐沢", "降旗", "赤羽", "小林", "中村", "宮坂", "青木", "塩原", "征矢"]),
    "cat": (["Jordi", "Pere", "Josep", "Arnau", "Oriol", "Jaume", "Marc", "Quim"],
            ["Montserrat", "Núria", "Mireia", "Laia", "Roser", "Meritxell", "Anna", "Queralt"],
            ["Puigdomènech", "Serra", "Vilaró", "Casals", "Riba", "Pujol", "Solà", "Bosch", "Ferrer", "Canal",
             "Vilanova", "Comellas"]),
}

#: Russian patronymics (male, female) by the father's given name
RU_PATRONYMICS = {"Алексей": ("Алексеевич", "Алексеевна"), "Дмитрий": ("Дмитриевич", "Дмитриевна"),
                  "Сергей": ("Сергеевич", "Сергеевна"), "Николай": ("Николаевич", "Николаевна"),
                  "Евгений": ("Евгеньевич", "Евгеньевна"), "Виктор": ("Викторович", "Викторовна"),
                  "Игорь": ("Игоревич", "Игоревна"), "Андрей": ("Андреевич", "Андреевна")}

#: Japanese family and given names in katakana (furigana columns)
JA_KANA = {"丸山": "マルヤマ", "百瀬": "モモセ", "上條": "カミジョウ", "唐沢": "カラサワ", "降旗": "フリハタ",
           "赤羽": "アカハネ", "小林": "コバヤシ", "中村": "ナカムラ", "宮坂": "ミヤサカ", "青木": "アオキ",
           "塩原": "シオハラ", "征矢": "ソヤ", "浩二": "コウジ", "正樹": "マサキ", "和也": "カズヤ", "健太": "ケンタ",
           "信夫": "ノブオ", "勇気": "ユウキ", "光男": "ミツオ", "翼": "ツバサ", "裕子": "ユウコ", "沙織": "サオリ",
           "美穂": "ミホ", "智子": "トモコ", "明美": "アケミ", "香織": "カオリ", "優花": "ユウカ", "舞": "マイ"}

#: Latin spellings for e-mails of the Russian and Japanese tables
ROMAN = {"Алексей": "aleksei", "Дмитрий": "dmitry", "Сергей": "sergey", "Николай": "nikolay", "Евгений": "evgeny",
         "Виктор": "viktor", "Игорь": "igor", "Андрей": "andrey", "Ольга": "olga", "Наталья": "natalya",
         "Татьяна": "tatiana", "Светлана": "svetlana", "Ирина": "irina", "Галина": "galina", "Екатерина": "ekaterina",
         "Людмила": "lyudmila"}


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``."""
    male, fem, fam = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.5
    family = g.rnd.choice(fam)
    if "|" in family:
        family = family.split("|")[1 if female else 0]
    return g.rnd.choice(fem if female else male), family


def whole(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    if lang == "ja":
        return f"{b} {a}"
    if lang == "ru":
        return f"{b} {a}"
    return f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() or ch == ".")


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(60, 99)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def ru_email(g: Gen, first: str) -> str:
    local = ROMAN.get(first, "ohotnik")
    return f"{local}{g.rnd.choice(['', '.', '_'])}{g.rnd.randint(70, 2009)}@{g.rnd.choice(DOMAINS['ru'])}"


def ja_email(g: Gen) -> str:
    local = g.rnd.choice(["koji", "masaki", "kazuya", "kenta", "yuko", "saori", "miho", "tomoko", "tsubasa",
                          "momose", "karasawa", "akahane"])
    return f"{local}{g.rnd.choice(['', '.', '_'])}{g.rnd.randint(1, 9999)}@{g.rnd.choice(DOMAINS['ja'])}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first).replace(".", ""), plain(last).replace(".", "")
    return [f"{a[0]}{b}"[:12], f"{a}.{b}", f"{b[:6]}{a[:2]}".upper(), f"{a}{b[:1]}{len(b)}"][style % 4]


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "cableone.net"],
    "au": ["gmail.com", "bigpond.com", "outlook.com.au", "iinet.net.au"],
    "ca": ["gmail.com", "shaw.ca", "telus.net", "hotmail.com"],
    "na": ["gmail.com", "iway.na", "yahoo.com", "afol.com.na"],
    "sc": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "yahoo.ie"],
    "pk": ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com"],
    "cy": ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk"],
    "cs": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com"],
    "sk": ["azet.sk", "centrum.sk", "gmail.com", "post.sk"],
    "sl": ["gmail.com", "siol.net", "amis.net", "t-2.net"],
    "sr": ["gmail.com", "yahoo.com", "eunet.rs", "mts.rs"],
    "ru": ["mail.ru", "yandex.ru", "bk.ru", "rambler.ru", "gmail.com"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp", "softbank.ne.jp"],
    "cat": ["gmail.com", "hotmail.com", "yahoo.es", "telefonica.net"],
}

# -- places (written for v128) -----------------------------------------------------------------------------------------

#: (city, county, ZIP) in Idaho
ID_CITIES = [("Boise", "Ada", "83706"), ("Idaho Falls", "Bonneville", "83401"), ("Pocatello", "Bannock", "83201"),
             ("Coeur d'Alene", "Kootenai", "83814"), ("Twin Falls", "Twin Falls", "83301"),
             ("Lewiston", "Nez Perce", "83501"), ("Salmon", "Lemhi", "83467"), ("Rexburg", "Madison", "83440"),
             ("Nampa", "Canyon", "83651"), ("Challis", "Custer", "83226")]
ID_STREETS = ["N Five Mile Rd", "E Sunnyside Rd", "Yellowstone Hwy", "Lolo St", "Blue Lakes Blvd N", "Main St",
              "Old Hwy 93", "W Chinden Blvd", "S Bannock Hwy", "Riverbend Ln", "Elk Meadow Dr", "Bench Rd"]
#: (suburb, postcode) in Tasmania
AU_CITIES = [("Hobart", "7000"), ("Launceston", "7250"), ("Devonport", "7310"), ("Burnie", "7320"),
             ("Kingston", "7050"), ("Ulverstone", "7315"), ("Sorell", "7172"), ("Huonville", "7109"),
             ("Deloraine", "7304"), ("New Norfolk", "7140"), ("Scottsdale", "7260"), ("Smithton", "7330")]
AU_STREETS = ["Macquarie St", "Brisbane St", "Tamar Hwy", "Mersey Main Rd", "Channel Hwy", "Westbury Rd",
              "Arthur St", "Huon Hwy", "Lyell Hwy", "Meander Valley Rd", "Bass Hwy", "Tasman Hwy"]
#: (city, FSA) in British Columbia's interior
CA_CITIES = [("Kamloops", "V2C"), ("Kelowna", "V1Y"), ("Vernon", "V1T"), ("Salmon Arm", "V1E"), ("Merritt", "V1K"),
             ("Penticton", "V2A"), ("Williams Lake", "V2G"), ("Prince George", "V2L")]
CA_STREETS = ["Tranquille Rd", "Columbia St W", "Harvey Ave", "Okanagan Ave", "Lakeshore Rd", "Pleasant Valley Rd",
              "Garcia St", "Battle St", "Westsyde Rd", "Ponderosa Dr"]
#: Namibian towns
NA_TOWNS = ["Windhoek", "Otjiwarongo", "Outjo", "Grootfontein", "Tsumeb", "Okahandja", "Gobabis", "Omaruru",
            "Swakopmund", "Mariental"]
NA_STREETS = ["Sam Nujoma Drive", "Robert Mugabe Avenue", "Hage Geingob Street", "Bahnhof Street",
              "Independence Avenue", "Feld Street", "Hidipo Hamutenya Street", "Jan Jonker Road", "Eros Road",
              "Hosea Kutako Drive"]
#: (town, postcode district) in the Highlands and Moray
SC_CITIES = [("Grantown-on-Spey", "PH26"), ("Aberlour", "AB38"), ("Aviemore", "PH22"), ("Inverness", "IV2"),
             ("Elgin", "IV30"), ("Forres", "IV36"), ("Dingwall", "IV15"), ("Pitlochry", "PH16"),
             ("Aberdeen", "AB15"), ("Perth", "PH1")]
SC_STREETS = ["High Street", "Castle Road", "Spey Avenue", "Mossie Road", "Grampian Road", "Culduthel Road",
              "Findhorn Place", "Strathspey Drive", "Braemar Crescent", "Burnside Lane"]
#: (town, Eircode routing key) in the midlands and north-west
IE_CITIES = [("Roscommon", "F42"), ("Ballinasloe", "H53"), ("Mullingar", "N91"), ("Longford", "N39"),
             ("Tullamore", "R35"), ("Carrick-on-Shannon", "N41"), ("Cavan", "H12"), ("Birr", "R42")]
IE_STREETS = ["Main Street", "Circular Road", "Abbey Street", "Church Street", "Bóthar an tSéipéil", "Athlone Road",
              "Harbour Road", "Greenfield Park", "Sráid an Mhargaidh", "Castle Lane"]
#: (city, postcode) in Punjab
PK_CITIES = [("Lahore", "54000"), ("Gujranwala", "52250"), ("Sialkot", "51310"), ("Faisalabad", "38000"),
             ("Sheikhupura", "39350"), ("Kasur", "55050"), ("Sargodha", "40100"), ("Okara", "56300")]
PK_STREETS = ["Gulberg III, Main Boulevard", "Model Town Block C", "DHA Phase 5, Street 12", "Johar Town Block J2",
              "Satellite Town, Street 7", "Cantt, Sarwar Road", "Wapda Town Block K", "Iqbal Town, Ravi Block"]
#: (town, postcode district) in west Wales
CY_CITIES = [("Carmarthen", "SA31"), ("Llandeilo", "SA19"), ("Haverfordwest", "SA61"), ("Cardigan", "SA43"),
             ("Lampeter", "SA48"), ("Aberystwyth", "SY23"), ("Llanelli", "SA15"), ("Newcastle Emlyn", "SA38")]
CY_STREETS = ["Heol y Castell", "Lammas Street", "Stryd Fawr", "Bridge Street", "Ffordd y Felin", "Quay Street",
              "Heol Rhosmaen", "Spilman Street", "Maes y Dderwen", "Lon Glanrhyd"]
#: (obec, PSČ) in Vysočina
CZ_CITIES = [("Třebíč", "674 01"), ("Jihlava", "586 01"), ("Velké Meziříčí", "594 01"),
             ("Náměšť nad Oslavou", "675 71"), ("Moravské Budějovice", "676 02"), ("Žďár nad Sázavou", "591 01"),
             ("Hrotovice", "675 55"), ("Jaroměřice nad Rokytnou", "675 51")]
CZ_STREETS = ["Hasskova", "Karlovo náměstí", "Polní", "Za Rybníkem", "Myslivecká", "Bráfova", "U Obůrky",
              "Lesní", "Družstevní", "Na Výsluní"]
#: (mesto, PSČ) around Zvolen
SK_CITIES = [("Zvolen", "960 01"), ("Banská Bystrica", "974 01"), ("Detva", "962 12"), ("Sliač", "962 31"),
             ("Hriňová", "962 05"), ("Krupina", "963 01"), ("Zvolenská Slatina", "962 01"), ("Očová", "962 23")]
SK_STREETS = ["Námestie SNP", "Hronská", "Rybárska", "Štúrova", "J. Jesenského", "Môťovská cesta", "Lieskovská cesta",
              "Neresnická cesta", "Záhradná", "Partizánska"]
#: (kraj, poštna številka) around Celje
SI_CITIES = [("Celje", "3000"), ("Žalec", "3310"), ("Velenje", "3320"), ("Šentjur", "3230"), ("Laško", "3270"),
             ("Rogaška Slatina", "3250"), ("Slovenske Konjice", "3210"), ("Mozirje", "3330")]
SI_STREETS = ["Mariborska cesta", "Ljubljanska cesta", "Savinjska cesta", "Kidričeva ulica", "Aškerčeva ulica",
              "Trubarjeva ulica", "Cesta na Ostrožno", "Lopata", "Šaleška cesta", "Ulica heroja Staneta"]
#: (mesto, poštanski broj) in Vojvodina
RS_CITIES = [("Novi Sad", "21000"), ("Petrovaradin", "21131"), ("Sremski Karlovci", "21205"), ("Futog", "21410"),
             ("Bačka Palanka", "21400"), ("Zrenjanin", "23000"), ("Vrbas", "21460"), ("Temerin", "21235")]
RS_STREETS = ["Bulevar oslobođenja", "Futoška", "Zmaj Jovina", "Kisačka", "Rumenačka", "Bulevar cara Lazara",
              "Narodnog fronta", "Dunavska", "Partizanska", "Kralja Petra I"]
#: (город, индекс) in the Tomsk oblast
RU_CITIES = [("Томск", "634050"), ("Северск", "636000"), ("Асино", "636840"), ("Колпашево", "636460"),
             ("Стрежевой", "636780"), ("Кожевниково", "636160"), ("Шегарка", "636130"), ("Зырянское", "636850")]
RU_STREETS = ["ул. Ленина", "пр. Фрунзе", "ул. Кедровая", "ул. Сибирская", "пер. Лесной", "ул. Иркутский тракт",
              "ул. Советская", "ул. Береговая", "ул. Охотничья", "ул. Красноармейская"]
#: (市町村, 〒 prefix) in central Nagano
JA_CITIES = [("松本市", "390"), ("安曇野市", "399"), ("塩尻市", "399"), ("大町市", "398"), ("池田町", "399"),
             ("山形村", "390"), ("朝日村", "390"), ("生坂村", "399")]
JA_STREETS = ["中央2丁目4-11", "島内3821-5", "穂高北穂高1204", "大門一番町8-3", "和田4015-2", "豊科南穂高552",
              "梓川倭1190-7", "今井2230"]
#: (municipi, codi postal) in the Solsonès, Berguedà and Bages
CAT_CITIES = [("Solsona", "25280"), ("Cardona", "08261"), ("Berga", "08600"), ("Manresa", "08240"),
              ("Sant Llorenç de Morunys", "25282"), ("Navès", "25286"), ("Súria", "08260"), ("Olius", "25280")]
CAT_STREETS = ["carrer del Castell", "carrer de Sant Miquel", "passeig del Pujolet", "carretera de Bassella",
               "carrer Major", "plaça de Sant Joan", "carrer de la Muralla", "avinguda del Cardener",
               "carrer de les Eres", "camí del Mirador"]


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(100, 9_800) if lang == "us" else g.rnd.randint(1, 160)
    if lang in ("cs", "sk", "sl", "sr"):
        return f"{s} {n}" if lang != "cs" else f"{s} {n}/{g.rnd.randint(1, 40)}"
    if lang == "ru":
        return f"{s}, д. {n}, кв. {g.rnd.randint(1, 120)}"
    if lang == "cat":
        return f"{s}, {n}, {g.rnd.randint(1, 4)}r {g.rnd.randint(1, 2)}a"
    if lang == "ja":
        return s
    if lang == "pk":
        return f"House {n}, {s}"
    if lang == "na":
        return f"Erf {g.rnd.randint(100, 9_999)}, {n} {s}"
    return f"{n} {s}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    d = g.valid(make, _ssn.is_valid)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dashed else d


def us_ssn_decoy(g: Gen) -> str:
    """An application number shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    area = g.rnd.choice(["000", "666", f"9{g.digits(2)}"])
    return f"{area}-{g.digits(2)}-{g.digits(4)}"


def card(g: Gen) -> str:
    body = g.rnd.choice(["4", "51", "53", "55"])
    body += g.digits(15 - len(body))
    d = body + luhn.calc_check_digit(body)
    return " ".join(d[i:i + 4] for i in range(0, 16, 4)) if g.rnd.random() < 0.5 else d


def pps(g: Gen) -> str:
    return g.valid(lambda: g.digits(7) + g.rnd.choice(string.ascii_uppercase[:23]) + g.rnd.choice(["", "", "W"]),
                   _pps.is_valid)


def cnic(g: Gen, female: bool) -> str:
    """A Punjab CNIC (Lahore and nearby districts), its last digit odd for a man, even for a woman."""
    last = g.rnd.choice("2468" if female else "13579")
    d = g.rnd.choice(["35201", "35202", "34101", "34603", "33100", "35401"]) + g.digits(7) + last
    assert _cnic.is_valid(d)
    return f"{d[:5]}-{d[5:12]}-{d[12]}"


def cnic_decoy(g: Gen) -> str:
    """A challan number shaped like a CNIC and failing its rules (province 8 or 9, or gender digit 0)."""
    d = g.valid(lambda: g.rnd.choice("89") + g.digits(11) + g.rnd.choice("0123456789"),
                lambda x: not _cnic.is_valid(x))
    return f"{d[:5]}-{d[5:12]}-{d[12]}"


def rodne_cislo(g: Gen, born: date, female: bool) -> str:
    """A Czech or Slovak birth number (after 1953: ten digits divisible by 11)."""
    head = f"{born.year % 100:02d}{born.month + (50 if female else 0):02d}{born.day:02d}"
    d = g.valid(lambda: head + g.digits(4), _rc.is_valid)
    return f"{d[:6]}/{d[6:]}"


def rodne_cislo_decoy(g: Gen) -> str:
    """An invoice number shaped like a birth number (``YYMMDD/NNNN``) failing its check."""
    def make() -> str:
        d = g.day("2019-01-01", "2025-11-30")
        return f"{d.year % 100:02d}{d.month:02d}{d.day:02d}" + g.digits(4)

    d = g.valid(make, lambda x: not _rc.is_valid(x))
    return f"{d[:6]}/{d[6:]}"


def cz_ico(g: Gen) -> str:
    return g.valid(lambda: "0" + g.digits(7) if g.rnd.random() < 0.3 else g.digits(8), _cz_dic.is_valid)


def emso(g: Gen, born: date, female: bool, regions: tuple[int, ...] = (50,)) -> str:
    """An EMŠO (Slovenia, region 50) or a JMBG (same layout and check; Vojvodina regions 80-89)."""
    def make() -> str:
        serial = g.rnd.randint(500, 999) if female else g.rnd.randint(0, 499)
        body = f"{born.day:02d}{born.month:02d}{born.year % 1000:03d}{g.rnd.choice(regions):02d}{serial:03d}"
        return body + _emso.calc_check_digit(body)

    return g.valid(make, _emso.is_valid)


def si_tax(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(7), _ddv.is_valid)


def si_tax_decoy(g: Gen) -> str:
    """An eight-digit receipt number failing the Slovenian tax number's check."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(7), lambda x: not _ddv.is_valid(x))


def si_maticna(g: Gen) -> str:
    return g.valid(lambda: g.digits(7), _maticna.is_valid) + "000"


def rs_pib(g: Gen) -> str:
    return g.valid(lambda: "1" + g.digits(8), _pib.is_valid)


def snils_check(body: str) -> str:
    total = sum(int(ch) * (9 - i) for i, ch in enumerate(body[:9]))
    if total > 101:
        total %= 101
    return "00" if total in (100, 101) else f"{total:02d}"


def snils_is_valid(value: str) -> bool:
    """Whether ``value`` is a valid Russian SNILS (``NNN-NNN-NNN CC``; the check is the weighted sum mod 101)."""
    digits = "".join(ch for ch in value if ch.isdigit())
    return len(digits) == 11 and snils_check(digits[:9]) == digits[9:]


def snils(g: Gen) -> str:
    body = str(g.rnd.randint(2, 999)).zfill(3) + g.digits(6)
    d = body + snils_check(body)
    return f"{d[:3]}-{d[3:6]}-{d[6:9]} {d[9:]}"


def ru_inn(g: Gen) -> str:
    body = "70" + g.rnd.choice(["17", "24", "14", "01", "02"]) + g.digits(6)
    return body + _inn.calc_personal_check_digits(body)


def ru_ogrn(g: Gen) -> str:
    return g.valid(lambda: "1" + "0" + "5" + "70" + "17" + g.digits(6), _ogrn.is_valid)


def ru_passport(g: Gen) -> str:
    return f"69 {g.rnd.randint(0, 24):02d} {g.digits(6)}"


def jp_corporate(g: Gen) -> str:
    body = "2" + g.digits(11)
    return _jp_cn.calc_check_digit(body) + body


def dni(g: Gen) -> str:
    body = f"{g.rnd.randint(30_000_000, 79_999_999)}"
    d = body + _dni.calc_check_digit(body)
    assert _dni.is_valid(d)
    return d


def nie(g: Gen) -> str:
    body = g.rnd.choice("XY") + g.digits(7)
    d = body + _nie.calc_check_digit(body)
    assert _nie.is_valid(d)
    return d


def es_cif(g: Gen) -> str:
    body = "G25" + g.digits(5)
    return body + _cif.calc_check_digits(body)[0]


def es_iban(g: Gen) -> str:
    bank, branch = g.rnd.choice(["2100", "0081", "3025", "2085"]), g.digits(4)
    account = g.digits(10)
    ccc = bank + branch + _ccc.calc_check_digits(bank + branch + "00" + account) + account
    assert _ccc.is_valid(ccc)
    number = "ES" + _iban.calc_check_digits("ES00" + ccc) + ccc
    assert _iban.is_valid(number)
    return _iban.format(number) if g.rnd.random() < 0.6 else number


def luhn_decoy(g: Gen, n: int) -> str:
    return g.valid(lambda: g.digits(n), lambda x: not luhn.is_valid(x))


# -- hunting, fishing and firearms vocabulary (written for v128) -------------------------------------------------------

ID_HUNTS = ["Elk 4-1", "Deer 39-3", "Pronghorn 5-2", "Moose 66-1", "Bighorn 27-1", "Mountain Goat 10-3",
            "Elk 43-1", "Deer 22-2"]
FIREARM_MAKES = ["Browning", "Beretta", "Tikka", "Sako", "Ruger", "Remington", "Winchester", "CZ", "Blaser",
                 "Benelli", "Mauser", "Savage"]
CALIBRES = [".308 Win", ".243 Win", "12 ga", "20 ga", "6.5 Creedmoor", ".22 LR", "7x64", ".30-06", "9.3x62",
            ".270 Win"]
