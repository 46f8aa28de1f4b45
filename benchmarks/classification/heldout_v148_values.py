"""Values of held-out set v148 (:mod:`benchmarks.classification.heldout_v148`): v148's random source, and names,
streets, towns, organisations and free-text snippets written by hand for v148's ride-hailing, food-delivery and
courier systems (no Faker, no list of real people, no breach data), phones checked with phonenumbers and identifiers
with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers follow v98's and v146's; the lists below are new.
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
from stdnum.br import cpf as _cpf
from stdnum.cl import rut as _rut
from stdnum.cz import bankaccount as _czacct
from stdnum.cz import rc as _rc
from stdnum.de import idnr as _idnr
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _afm
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.iso7064 import mod_11_10 as _mod_11_10
from stdnum.it import codicefiscale as _cf
from stdnum.jp import in_ as _mynumber
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _zaid

from benchmarks.classification.heldout_v2 import Column

SEED = 148_2026_1207
N = "none"
#: a login, a payment handle or a domestic bank account (``review``, as earlier sets labeled them)
UNCLASSIFIED = "unclassified"
#: NULL-like strings of v148's systems (tests skip them)
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
    "unknown",
    "?",
    "nil",
    "TBC",
    "0",
    "keine",
    "k.A.",
    "sin información",
    "s/i",
    "não informado",
    "nessuna",
    "n.d.",
    "καμία",
    "—",
    "není",
    "nic",
    "なし",
    "特になし",
    "不明",
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v148:{SEED}:{table}")

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

    def weekday(self, lo: str, hi: str) -> date:
        return self.valid(lambda: self.day(lo, hi), lambda d: d.weekday() < 5)

    def days(self, lo: str, hi: str, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.day(lo, hi), null)

    def moment(self, lo: str, hi: str, start_hour: int = 0, end_hour: int = 23) -> datetime:
        seconds = self.rnd.randint(start_hour * 3_600, end_hour * 3_600 + 3_599)
        return datetime.combine(self.day(lo, hi), datetime.min.time()) + timedelta(seconds=seconds)

    def moments(self, lo: str, hi: str, null: float = 0.0, start_hour: int = 0, end_hour: int = 23) -> list[Any]:
        return self.col(lambda: self.moment(lo, hi, start_hour, end_hour), null)

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

    def valid(self, make: Callable[[], Any], ok: Callable[[Any], bool]) -> Any:
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

    def version(self, major: tuple[int, int] = (1, 9)) -> str:
        return f"{self.rnd.randint(*major)}.{self.rnd.randint(0, 24)}.{self.rnd.randint(0, 40)}"

    def ipv4(self) -> str:
        first = self.rnd.choice([24, 41, 49, 58, 78, 81, 86, 101, 102, 105, 110, 117, 121, 141, 152, 175, 197, 203])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2001:4860", "2404:6800", "2a00:23c5", "2c0f:f4c0", "2001:8003", "2406:7400"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(6))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        """A number valid for ``region`` (a mobile or a fixed line of the table's area), formatted as ``fmt``."""
        local = _LOCAL.get(region)
        wanted = _MOBILE_TYPES if mobile else _FIXED_TYPES

        def ok(number: phonenumbers.PhoneNumber) -> bool:
            return (
                phonenumbers.is_valid_number(number)
                and phonenumbers.region_code_for_number(number) == region
                and phonenumbers.number_type(number) in wanted
            )

        number = None
        if local is not None:
            for _ in range(400):
                candidate = phonenumbers.parse(
                    f"+{phonenumbers.country_code_for_region(region)}{local[0 if mobile else 1](self)}"
                )
                if ok(candidate):
                    number = candidate
                    break
        if number is None:
            kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
            example = phonenumbers.example_number_for_type(region, kind)
            nsn = phonenumbers.national_significant_number(example)
            keep = max(len(nsn) - 6, 1)
            for _ in range(2_000):
                candidate = phonenumbers.parse(f"+{example.country_code}{nsn[:keep]}{self.digits(len(nsn) - keep)}")
                if ok(candidate):
                    number = candidate
                    break
        if number is None:
            raise RuntimeError(f"no valid phone for {region}")
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
        return self.col(
            lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile), null
        )


_MOBILE_TYPES = {phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
_FIXED_TYPES = {phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}


def _nanp(areas: list[str]) -> Callable[[Gen], str]:
    return lambda g: g.rnd.choice(areas) + str(g.rnd.randint(2, 9)) + g.digits(6)


def _pre(prefixes: list[str], width: int) -> Callable[[Gen], str]:
    """A national significant number: one of ``prefixes`` and random digits up to ``width`` digits."""

    def make(g: Gen) -> str:
        p = g.rnd.choice(prefixes)
        return p + g.digits(width - len(p))

    return make



#: region -> (a mobile's, a fixed line's national significant number) of the table's own area
_LOCAL: dict[str, tuple[Callable[[Gen], str], Callable[[Gen], str]]] = {
    "GB": (_pre(["74", "75", "77", "78", "79"], 10), _pre(["113"], 10)),
    "CA": (_nanp(["204", "431"]), _nanp(["204"])),
    "IE": (_pre(["83", "85", "86", "87", "89"], 9), _pre(["91"], 8)),
    "NZ": (_pre(["21", "22", "27"], 9), _pre(["33", "34", "35"], 8)),
    "AU": (_pre(["40", "41", "42", "43", "44", "45", "47", "48"], 9), _pre(["362", "362", "363"], 9)),
    "US": (_nanp(["414", "262"]), _nanp(["414"])),
    "IN": (
        _pre(["70", "75", "77", "80", "81", "88", "90", "91", "93", "95", "96", "97", "98", "99"], 10),
        _pre(["20"], 10),
    ),
    "ZA": (_pre(["60", "61", "62", "63", "71", "72", "73", "74", "76", "78", "79", "81", "82", "83", "84"], 9),
           _pre(["31"], 9)),
    "DE": (_pre(["151", "152", "157", "160", "162", "170", "171", "172", "176", "177", "179"], 11), _pre(["341"], 10)),
    "CL": (_pre(["9"], 9), _pre(["2"], 9)),
    "BR": (_pre(["4199", "4198", "4196", "4191", "4188"], 11), _pre(["413"], 10)),
    "IT": (_pre(["320", "328", "329", "333", "335", "338", "339", "340", "347", "348", "349", "366", "388", "393"], 10),
           _pre(["051"], 10)),
    "GR": (_pre(["690", "693", "694", "695", "697", "698", "699"], 10), _pre(["241"], 10)),
    "CZ": (_pre(["602", "603", "604", "605", "606", "607", "608", "702", "720", "721", "723", "724", "731", "736",
                 "737", "739", "775", "777"], 9), _pre(["5"], 9)),
    "JP": (_pre(["90", "80", "70"], 10), _pre(["78"], 9)),
}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v148) ------------------------------------------------------------------------------------------

#: language -> (men's given names, women's given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "gb": (
        ["Callum", "Ryan", "Kieran", "Imran", "Jamal", "Liam", "Bartosz", "Tariq", "Connor", "Dean"],
        ["Chloe", "Jade", "Aisha", "Gemma", "Kerry", "Nadia", "Shannon", "Zainab", "Leanne", "Amy"],
        ["Hirst", "Ackroyd", "Sutcliffe", "Hussain", "Butterworth", "Kaur-Bains", "Mahmood", "Lockwood", "Wilkinson",
         "Nowak", "Oduya", "Thackray", "Crabtree", "Ibbotson"],
    ),
    "ca": (
        ["Cody", "Arjun", "Brett", "Jerome", "Dmytro", "Kyle", "Marlon", "Amandeep", "Travis", "Ricardo"],
        ["Brittany", "Jolene", "Kaitlyn", "Harpreet", "Melanie", "Divina", "Tanis", "Roxanne", "Leticia", "Shaina"],
        ["Fontaine", "Harper", "Wiebe", "Friesen", "Klassen", "Sandhu", "Dela Cruz", "Kuzyk", "Bighetty", "Thiessen",
         "Morriseau", "Penner", "Ferris", "Zacharias"],
    ),
    "ie": (
        ["Ciarán", "Eoin", "Pádraig", "Declan", "Tadhg", "Fionn", "Darragh", "Seán", "Oisín", "Colm"],
        ["Aoife", "Siobhán", "Niamh", "Gráinne", "Róisín", "Clodagh", "Sinéad", "Orla", "Caoimhe", "Deirdre"],
        ["Ó Flaithearta", "Fahy", "Conneely", "Mannion", "Kilkelly", "Geraghty", "Burke", "Keady", "Folan", "Hynes",
         "Naughton", "Qualter"],
    ),
    "nz": (
        ["Tama", "Hemi", "Blair", "Hamish", "Sione", "Rangi", "Craig", "Tevita", "Jarrod", "Wiremu"],
        ["Aroha", "Kirsty", "Tania", "Losana", "Hine", "Briar", "Sela", "Nicola", "Anahera", "Shona"],
        ["Tipene", "Rangihuna", "McAlister", "Fa'afoi", "Tuhiwai", "Brownlee", "Kereama", "Latu", "Drummond", "Paewai",
         "Soakai", "Harcourt-Ngata"],
    ),
    "au": (
        ["Brody", "Lachlan", "Nathan", "Jarrah", "Mitchell", "Tenzin", "Cameron", "Hayden", "Josh", "Rohan"],
        ["Brooke", "Tegan", "Kirra", "Maddison", "Chelsea", "Rhiannon", "Tenille", "Bree", "Kylie", "Jess"],
        ["Cornish", "Lowry", "Fehlberg", "Ransley", "Bushby", "Pennicott", "Groom", "Lyne", "Tatnell", "Chilcott",
         "Rainbird", "Bezzina"],
    ),
    "us": (
        ["DeShawn", "Ryan", "Kevin", "Jose", "Travis", "Lamar", "Nhia", "Brandon", "Dustin", "Andre"],
        ["Keisha", "Ashley", "Yer", "Brittney", "Maria", "Tiffany", "Chantal", "Kayla", "Latoya", "Becky"],
        ["Kowalski", "Zielinski", "Vang", "Xiong", "Jablonski", "Washington", "Schultz", "Reyes", "Hoeft",
         "Brzezinski", "Kiefer", "Thao", "Gutierrez", "Pfeiffer"],
    ),
    "in": (
        ["Sagar", "Pranav", "Rohit", "Amol", "Swapnil", "Vikas", "Nilesh", "Tushar", "Akash", "Ganesh"],
        ["Snehal", "Priyanka", "Ashwini", "Pooja", "Komal", "Rutuja", "Shraddha", "Manasi", "Sayali", "Trupti"],
        ["Kulkarni", "Deshpande", "Jadhav", "Pawar", "Shinde", "Gaikwad", "Bhosale", "Patil", "Chavan", "Joshi",
         "Kale", "Mohite", "Sonawane", "Wagh"],
    ),
    "za": (
        ["Sibusiso", "Themba", "Mandla", "Nkosinathi", "Sipho", "Pravesh", "Kyle", "Bongani", "Yusuf", "Lwazi"],
        ["Nomvula", "Zanele", "Thandeka", "Nokuthula", "Ayesha", "Kerusha", "Lindiwe", "Priya", "Busisiwe", "Zinhle"],
        ["Ngcobo", "Mkhize", "Zulu", "Dlamini", "Naidoo", "Govender", "Khumalo", "Shange", "Moodley", "Cele",
         "Mthembu", "Pillay", "Gumede"],
    ),
    "de": (
        ["Maik", "Ronny", "Steffen", "Marcel", "Ahmad", "Dirk", "Sven", "Kevin", "Mehmet", "Enrico"],
        ["Mandy", "Peggy", "Yvonne", "Franziska", "Ines", "Anja", "Katrin", "Nadine", "Susann", "Sandy"],
        ["Richter", "Kühn", "Fiedler", "Lehmann", "Uhlig", "Scholz", "Kaiser", "Böhme", "Seifert", "Ebert",
         "Nowotny", "Şahin", "Hentschel", "Pfützner"],
    ),
    "cl": (
        ["Matías", "Cristóbal", "Felipe", "Rodrigo", "Joaquín", "Ignacio", "Héctor", "Patricio", "Yerko", "Benjamín"],
        ["Constanza", "Javiera", "Catalina", "Francisca", "Daniela", "Macarena", "Valentina", "Fernanda", "Camila",
         "Marcela"],
        ["González", "Muñoz", "Rojas", "Díaz", "Soto", "Contreras", "Silva", "Sepúlveda", "Morales", "Araya",
         "Fuentes", "Valenzuela", "Tapia", "Gutiérrez"],
    ),
    "br": (
        ["Thiago", "Rafael", "Leandro", "Anderson", "Jefferson", "Guilherme", "Diego", "Wellington", "Rodrigo",
         "Marcos"],
        ["Juliana", "Camila", "Fernanda", "Patrícia", "Larissa", "Aline", "Bruna", "Tatiane", "Gabriela", "Daiane"],
        ["Kowalczuk", "Wosniak", "Santos", "Oliveira", "Ribeiro", "Schmidt", "Pereira", "Carvalho", "Lima", "Almeida",
         "Rocha", "Gomes", "Martins", "Zanella"],
    ),
    "it": (
        ["Davide", "Matteo", "Lorenzo", "Simone", "Federico", "Nicola", "Alessio", "Tommaso", "Riccardo", "Stefano"],
        ["Giulia", "Chiara", "Federica", "Silvia", "Elisa", "Martina", "Valentina", "Francesca", "Serena", "Ilaria"],
        ["Bianchi", "Zanetti", "Grandi", "Gualandi", "Bertolini", "Monti", "Malaguti", "Cavazza", "Tugnoli",
         "Rizzoli", "Guidotti", "Neri", "Ferri", "Pancaldi"],
    ),
    "gr": (
        ["Γιώργος", "Δημήτρης", "Νίκος", "Κώστας", "Βασίλης", "Θανάσης", "Χρήστος", "Απόστολος", "Σωτήρης",
         "Λευτέρης"],
        ["Μαρία", "Ελένη", "Κατερίνα", "Βασιλική", "Σοφία", "Αθηνά", "Δέσποινα", "Ευαγγελία", "Χριστίνα", "Γεωργία"],
        [],
    ),
    "cz": (
        ["Jakub", "Tomáš", "Lukáš", "Petr", "Ondřej", "Martin", "Radek", "Vojtěch", "Jiří", "Michal"],
        ["Tereza", "Lucie", "Kateřina", "Veronika", "Markéta", "Jana", "Petra", "Barbora", "Klára", "Zuzana"],
        [],
    ),
    "ja": (
        ["翔太", "健一", "大輔", "直樹", "誠", "浩二", "拓也", "和彦"],
        ["美咲", "由美", "恵子", "彩", "真由美", "陽子", "千尋", "里奈"],
        ["山本", "松本", "藤原", "岡田", "西村", "前田", "村上", "坂口", "大西", "谷口", "北川", "森下"],
    ),
}

#: (man's, woman's) family names where they differ by sex
GR_FAMILY = [
    ("Παπαδόπουλος", "Παπαδοπούλου"),
    ("Καραγιάννης", "Καραγιάννη"),
    ("Τσιούτσιας", "Τσιούτσια"),
    ("Ζαχαρόπουλος", "Ζαχαροπούλου"),
    ("Γκόγκος", "Γκόγκου"),
    ("Μπαλτάς", "Μπαλτά"),
    ("Νάτσης", "Νάτση"),
    ("Ρίζος", "Ρίζου"),
    ("Χατζής", "Χατζή"),
    ("Λιάπης", "Λιάπη"),
    ("Κουτσούκος", "Κουτσούκου"),
    ("Σακελλαρίου", "Σακελλαρίου"),
]
CZ_FAMILY = [
    ("Dvořák", "Dvořáková"),
    ("Novotný", "Novotná"),
    ("Procházka", "Procházková"),
    ("Kučera", "Kučerová"),
    ("Horák", "Horáková"),
    ("Pokorný", "Pokorná"),
    ("Sedláček", "Sedláčková"),
    ("Marek", "Marková"),
    ("Pospíšil", "Pospíšilová"),
    ("Hájek", "Hájková"),
    ("Vlček", "Vlčková"),
    ("Kratochvíl", "Kratochvílová"),
]
#: kanji -> katakana reading
JA_KANA = {
    "翔太": "ショウタ", "健一": "ケンイチ", "大輔": "ダイスケ", "直樹": "ナオキ", "誠": "マコト", "浩二": "コウジ",
    "拓也": "タクヤ", "和彦": "カズヒコ", "美咲": "ミサキ", "由美": "ユミ", "恵子": "ケイコ", "彩": "アヤ",
    "真由美": "マユミ", "陽子": "ヨウコ", "千尋": "チヒロ", "里奈": "リナ", "山本": "ヤマモト", "松本": "マツモト",
    "藤原": "フジワラ", "岡田": "オカダ", "西村": "ニシムラ", "前田": "マエダ", "村上": "ムラカミ", "坂口": "サカグチ",
    "大西": "オオニシ", "谷口": "タニグチ", "北川": "キタガワ", "森下": "モリシタ",
}
#: kanji -> romaji (for e-mail addresses)
JA_ROMAJI = {
    "翔太": "shota", "健一": "kenichi", "大輔": "daisuke", "直樹": "naoki", "誠": "makoto", "浩二": "koji",
    "拓也": "takuya", "和彦": "kazuhiko", "美咲": "misaki", "由美": "yumi", "恵子": "keiko", "彩": "aya",
    "真由美": "mayumi", "陽子": "yoko", "千尋": "chihiro", "里奈": "rina", "山本": "yamamoto", "松本": "matsumoto",
    "藤原": "fujiwara", "岡田": "okada", "西村": "nishimura", "前田": "maeda", "村上": "murakami",
    "坂口": "sakaguchi", "大西": "onishi", "谷口": "taniguchi", "北川": "kitagawa", "森下": "morishita",
}


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) of ``lang``."""
    if female is None:
        female = g.rnd.random() < 0.5
    male, fem, fam = NAMES[lang]
    first = g.rnd.choice(fem if female else male)
    if lang in ("gr", "cz"):
        man, woman = g.rnd.choice(GR_FAMILY if lang == "gr" else CZ_FAMILY)
        return first, woman if female else man
    return first, g.rnd.choice(fam)


def whole(g: Gen, lang: str, female: bool | None = None) -> str:
    a, b = person(g, lang, female)
    return f"{b} {a}" if lang == "ja" else f"{a} {b}"


def given(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def staff(g: Gen, n: int, lang: str, style: str = "whole") -> list[str]:
    """``n`` distinct staff members' names (``whole``, ``first`` or ``last``)."""
    out: set[str] = set()
    while len(out) < n:
        a, b = person(g, lang, g.rnd.random() < 0.55)
        out.add(a if style == "first" else b if style == "last" else f"{b} {a}" if lang == "ja" else f"{a} {b}")
    return sorted(out)


def crew(g: Gen, n: int, lang: str) -> list[str]:
    """``n`` distinct drivers or couriers of a platform (whole names)."""
    out: set[str] = set()
    while len(out) < n:
        out.add(whole(g, lang, g.rnd.random() < 0.25))
    return sorted(out)


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() or ch == ".")


_GR_LATIN = str.maketrans(
    {
        **dict(zip("αβγδεζηικλμνξοπρστυφωάέήίόύώςϊ", "avgdeziiklmnxoprstyfoaeiioyosi", strict=True)),
        "θ": "th",
        "ψ": "ps",
        "χ": "ch",
    }
)


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    if first in JA_ROMAJI or last in JA_ROMAJI:
        first, last = JA_ROMAJI.get(first, "mail"), JA_ROMAJI.get(last, "user")
    first, last = first.lower().translate(_GR_LATIN), last.lower().translate(_GR_LATIN)
    a, b = plain(first) or "user", plain(last) or "mail"
    local = g.rnd.choice(
        [
            f"{a}.{b}",
            f"{a[0]}{b}",
            f"{a}{g.rnd.randint(1, 99)}",
            f"{b}.{a}{g.rnd.randint(70, 99)}",
            f"{a}_{b}{g.rnd.randint(1, 9)}",
        ]
    )
    return f"{local}@{g.rnd.choice(domains)}"


DOMAINS: dict[str, list[str]] = {
    "gb": ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com"],
    "ca": ["gmail.com", "shaw.ca", "mymts.net", "hotmail.com", "outlook.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com"],
    "nz": ["gmail.com", "xtra.co.nz", "outlook.com", "hotmail.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com", "iinet.net.au"],
    "us": ["gmail.com", "yahoo.com", "att.net", "outlook.com", "icloud.com"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "outlook.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "freenet.de"],
    "cl": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.es"],
    "br": ["gmail.com", "hotmail.com", "outlook.com", "bol.com.br"],
    "it": ["gmail.com", "libero.it", "alice.it", "hotmail.it", "virgilio.it"],
    "gr": ["gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr"],
    "cz": ["seznam.cz", "email.cz", "gmail.com", "centrum.cz"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "icloud.com", "yahoo.co.jp"],
}

# -- places (written for v148) -----------------------------------------------------------------------------------------

#: (area, postcode district) in and around Leeds
GB_AREAS = [("Headingley", "LS6"), ("Armley", "LS12"), ("Harehills", "LS8"), ("Chapel Allerton", "LS7"),
            ("Beeston", "LS11"), ("Horsforth", "LS18"), ("Kirkstall", "LS5"), ("Morley", "LS27"), ("Pudsey", "LS28")]
GB_STREETS = ["Cardigan Road", "Tong Road", "Roundhay Road", "Harehills Lane", "Dewsbury Road", "Town Street",
              "Stainbeck Lane", "Kirkstall Lane", "Otley Road", "Beckett Street"]
#: (town, FSA) in Manitoba
CA_CITIES = [("Winnipeg", "R3M"), ("Winnipeg", "R2W"), ("Winnipeg", "R3T"), ("Winnipeg", "R2K"), ("Winnipeg", "R3G"),
             ("Steinbach", "R5G"), ("Selkirk", "R1A"), ("East St. Paul", "R2E"), ("Headingley", "R4H")]
CA_STREETS = ["Pembina Hwy", "Corydon Ave", "Henderson Hwy", "Portage Ave", "McPhillips St", "St Mary's Rd",
              "Grant Ave", "Main St", "Ellice Ave", "Kenaston Blvd"]
#: (town, Eircode routing key) in County Galway
IE_PLACES = [("Galway", "H91"), ("Salthill", "H91"), ("Oranmore", "H91"), ("Tuam", "H54"), ("Athenry", "H65"),
             ("Moycullen", "H91"), ("Loughrea", "H62"), ("Claregalway", "H91")]
IE_STREETS = ["Shop Street", "Newcastle Road", "Father Griffin Road", "Dublin Road", "College Road", "Bóthar na Trá",
              "Headford Road", "Tirellan Heights", "Renmore Avenue", "Knocknacarra Road"]
#: (suburb, postcode) in Christchurch
NZ_SUBURBS = [("Riccarton", "8011"), ("Sydenham", "8023"), ("Papanui", "8053"), ("Hornby", "8042"),
              ("Linwood", "8062"), ("Shirley", "8061"), ("Halswell", "8025"), ("Burnside", "8053"),
              ("New Brighton", "8083"), ("Addington", "8024")]
NZ_STREETS = ["Riccarton Road", "Colombo Street", "Papanui Road", "Main South Road", "Linwood Avenue",
              "Marshland Road", "Halswell Road", "Memorial Avenue", "Pages Road", "Lincoln Road"]
#: (suburb, postcode) around Hobart
AU_SUBURBS = [("Sandy Bay", "7005"), ("Glenorchy", "7010"), ("Kingston", "7050"), ("Moonah", "7009"),
              ("Bellerive", "7018"), ("New Town", "7008"), ("Howrah", "7018"), ("Claremont", "7011"),
              ("Sorell", "7172"), ("Huonville", "7109")]
AU_STREETS = ["Sandy Bay Rd", "Main Rd", "Channel Hwy", "Elizabeth St", "Clarence St", "Augusta Rd", "Rokeby Rd",
              "Cambridge Rd", "Macquarie St", "Summerleas Rd"]
#: (city, ZIP) around Milwaukee
US_CITIES = [("Milwaukee", "53204"), ("Milwaukee", "53215"), ("Milwaukee", "53208"), ("West Allis", "53214"),
             ("Wauwatosa", "53213"), ("Cudahy", "53110"), ("Greenfield", "53220"), ("Waukesha", "53186"),
             ("Racine", "53403"), ("Oak Creek", "53154")]
US_STREETS = ["S 16th St", "W Lincoln Ave", "N Teutonia Ave", "W Greenfield Ave", "S Kinnickinnic Ave",
              "W Burleigh St", "N 35th St", "E Layton Ave", "W Oklahoma Ave", "N Sherman Blvd"]
#: (locality, PIN code) in Pune
IN_PLACES = [("Kothrud", "411038"), ("Hadapsar", "411028"), ("Wakad", "411057"), ("Pimpri", "411018"),
             ("Kharadi", "411014"), ("Katraj", "411046"), ("Aundh", "411007"), ("Yerawada", "411006"),
             ("Warje", "411058"), ("Bhosari", "411026")]
IN_STREETS = ["Paud Road", "Solapur Road", "Datta Mandir Chowk", "Old Mumbai Highway", "Nagar Road",
              "Satara Road", "ITI Road", "Alandi Road", "NDA Road", "Telco Road"]
#: (suburb, postal code) in eThekwini
ZA_SUBURBS = [("Umlazi", "4031"), ("Chatsworth", "4092"), ("Phoenix", "4068"), ("Berea", "4001"),
              ("Morningside", "4001"), ("Pinetown", "3610"), ("KwaMashu", "4360"), ("Westville", "3629"),
              ("Umhlanga", "4319"), ("Glenwood", "4001")]
ZA_STREETS = ["Mangosuthu Hwy", "Higginson Hwy", "Florida Rd", "Musgrave Rd", "Umgeni Rd", "Jan Hofmeyr Rd",
              "Che Guevara Rd", "Inanda Rd", "Lagoon Dr", "Old Main Rd"]
#: (Ort, PLZ) around Leipzig
DE_PLACES = [("Leipzig", "04177"), ("Leipzig", "04315"), ("Leipzig", "04277"), ("Leipzig", "04357"),
             ("Markkleeberg", "04416"), ("Schkeuditz", "04435"), ("Taucha", "04425"), ("Delitzsch", "04509"),
             ("Borna", "04552"), ("Leipzig", "04229")]
DE_STREETS = ["Eisenbahnstraße", "Georg-Schwarz-Straße", "Karl-Liebknecht-Straße", "Dieskaustraße",
              "Zschochersche Straße", "Torgauer Straße", "Wurzner Straße", "Lützner Straße", "Delitzscher Straße",
              "Prager Straße"]
#: comunas of Santiago
CL_COMUNAS = ["Ñuñoa", "Providencia", "Maipú", "La Florida", "Puente Alto", "Las Condes", "Recoleta",
              "Independencia", "San Miguel", "Macul"]
#: comunas where the partners' representatives live
CL_HOME_COMUNAS = ["Peñalolén", "La Reina", "Quilicura", "San Bernardo", "Lo Barnechea", "Pudahuel", "Huechuraba",
                   "Vitacura", "Estación Central", "Cerrillos"]
CL_STREETS = ["Av. Irarrázaval", "Av. Vicuña Mackenna", "Av. Pajaritos", "Los Leones", "Av. Recoleta", "Gran Avenida",
              "Av. Grecia", "Av. Matta", "Antonio Varas", "Av. Departamental"]
#: (bairro, CEP prefix) in Curitiba and its metropolitan area
BR_PLACES = [("Água Verde", "80240"), ("Portão", "81070"), ("Boqueirão", "81650"), ("Santa Felicidade", "82015"),
             ("Cajuru", "82900"), ("Centro", "80020"), ("Sítio Cercado", "81910"), ("Bacacheri", "82510"),
             ("Pinheirinho", "81870"), ("Batel", "80420")]
BR_TOWNS = ["Curitiba", "Curitiba", "Curitiba", "Curitiba", "São José dos Pinhais", "Colombo", "Pinhais"]
BR_STREETS = ["Rua Brigadeiro Franco", "Av. República Argentina", "Rua Marechal Floriano Peixoto", "Rua João Bettega",
              "Av. Manoel Ribas", "Rua Chile", "Rua Itupava", "Av. Winston Churchill", "Rua Konrad Adenauer",
              "Rua Holanda"]
#: (comune, CAP) around Bologna
IT_PLACES = [("Bologna", "40133"), ("Bologna", "40127"), ("Bologna", "40138"), ("Bologna", "40125"),
             ("Casalecchio di Reno", "40033"), ("San Lazzaro di Savena", "40068"), ("Castel Maggiore", "40013"),
             ("Zola Predosa", "40069"), ("Bologna", "40141")]
IT_STREETS = ["Via Andrea Costa", "Via San Donato", "Via Massarenti", "Via Saragozza", "Via Emilia Ponente",
              "Via della Beverara", "Via Toscana", "Via Mazzini", "Via Porrettana", "Via Bentini"]
#: (πόλη, ΤΚ) in Larissa prefecture
GR_PLACES = [("Λάρισα", "412 21"), ("Λάρισα", "412 22"), ("Λάρισα", "413 35"), ("Λάρισα", "412 23"),
             ("Τύρναβος", "401 00"), ("Αγιά", "400 03"), ("Φάρσαλα", "403 00"), ("Γιάννουλη", "415 00"),
             ("Νίκαια", "415 00")]
GR_STREETS = ["Παπαναστασίου", "Ηρώων Πολυτεχνείου", "Κύπρου", "Φαρσάλων", "Βόλου", "Ιασονος", "Μανδηλαρά",
              "28ης Οκτωβρίου", "Σιδηροδρομικού Σταθμού", "Αγίου Αχιλλείου"]
#: (obec or city district, PSČ) in and around Brno
CZ_PLACES = [("Brno-Královo Pole", "612 00"), ("Brno-Žabovřesky", "616 00"), ("Brno-Líšeň", "628 00"),
             ("Brno-střed", "602 00"), ("Brno-Bystrc", "635 00"), ("Šlapanice", "664 51"), ("Kuřim", "664 34"),
             ("Modřice", "664 42"), ("Brno-Židenice", "615 00")]
CZ_STREETS = ["Palackého třída", "Kounicova", "Horní", "Bítešská", "Jihlavská", "Cejl", "Vranovská",
              "Masarykova", "Minská", "Veveří"]
#: (市区, 郵便番号の上3桁, 町名)
JA_PLACES = [("神戸市中央区", "650", "北長狭通"), ("神戸市灘区", "657", "六甲町"), ("神戸市東灘区", "658", "住吉本町"),
             ("神戸市兵庫区", "652", "湊町"), ("神戸市長田区", "653", "若松町"), ("神戸市垂水区", "655", "舞子台"),
             ("芦屋市", "659", "大原町"), ("明石市", "673", "大久保町")]


def street(g: Gen, streets: list[str], lang: str) -> str:
    s = g.rnd.choice(streets)
    if lang in ("us", "ca"):
        return f"{g.rnd.randint(100, 9_800)} {s}"
    if lang in ("de", "cz", "it", "gr", "cl", "br"):
        sep = ", " if lang in ("it", "br") else " "
        return f"{s}{sep}{g.rnd.randint(1, 2_400 if lang in ('cl', 'br') else 160)}"
    if lang == "in":
        return f"Flat {g.rnd.randint(1, 12)}0{g.rnd.randint(1, 8)}, {g.rnd.choice(IN_SOCIETIES)}, {s}"
    return f"{g.rnd.randint(1, 240)} {s}"


UPI_HANDLES = ["oksbi", "ybl", "paytm", "okhdfcbank", "okaxis"]
IN_SOCIETIES = ["Shivneri Apartments", "Sai Krupa CHS", "Ganga Heights", "Mangalmurti Residency", "Swapnapurti Society",
                "Om Sai Park", "Pushpak Residency"]


def ja_address(g: Gen, place: tuple[str, str, str]) -> str:
    return f"兵庫県{place[0]}{place[2]}{g.rnd.randint(1, 6)}丁目{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn(g: Gen) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    return g.valid(make, _ssn.is_valid)


def us_ssn_decoy(g: Gen) -> str:
    """Nine digits shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    return g.rnd.choice(["000", "666", f"9{g.digits(2)}"]) + g.digits(6)


def gb_nino(g: Gen) -> str:
    """A UK National Insurance number (by shape: prefix rules, no check digit exists)."""
    first, second = "ABCEGHJKLMNOPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
    prefix = g.valid(lambda: g.rnd.choice(first) + g.rnd.choice(second),
                     lambda p: p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"))
    d = g.digits(6)
    suffix = g.rnd.choice("ABCD")
    return g.rnd.choice([f"{prefix}{d}{suffix}", f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {suffix}"])


def dvla(g: Gen, last: str, born: date, female: bool) -> str:
    """A DVLA driving licence number built from the surname, birth date and sex (by shape; its check is private)."""
    sur = (plain(last).upper().replace("-", "") + "99999")[:5]
    month = born.month + (50 if female else 0)
    return f"{sur}{born.year % 100 // 10}{month:02d}{born.day:02d}{born.year % 10}{g.code('AA9AA')}"


def aadhaar(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}"


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check (a KYC request number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def pan(g: Gen, family: str) -> str:
    initial = (plain(family)[:1] or "K").upper()
    return g.valid(lambda: g.code("AAA") + "P" + initial + g.digits(4) + g.code("A"), _pan.is_valid)


def za_id(g: Gen, born: date, female: bool) -> str:
    def make() -> str:
        seq = g.rnd.randint(0, 4_999) if female else g.rnd.randint(5_000, 9_999)
        body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:04d}08"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _zaid.is_valid)


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits failing the South African ID number's check (a refund invoice number)."""
    return g.valid(lambda: "5" + g.digits(12), lambda x: not _zaid.is_valid(x))


def steuer_id(g: Gen) -> str:
    def make() -> str:
        body = str(g.rnd.randint(1, 9)) + g.digits(9)
        return body + _mod_11_10.calc_check_digit(body)

    d = g.valid(make, _idnr.is_valid)
    return g.rnd.choice([d, f"{d[:2]} {d[2:5]} {d[5:8]} {d[8:]}"])


def rv_nummer(g: Gen, last: str, born: date, female: bool) -> str:
    """A German pension insurance number (by shape: area, birth date, the surname's initial, serial, check)."""
    serial = g.rnd.randint(50, 99) if female else g.rnd.randint(0, 49)
    initial = (plain(last)[:1] or "x").upper()
    area = g.rnd.choice(["12", "13", "15", "24", "65"])
    return f"{area} {born.day:02d}{born.month:02d}{born.year % 100:02d} {initial} {serial:02d}{g.digits(1)}"


def rut(g: Gen, lo: int, hi: int, dotted: bool = True) -> str:
    body = str(g.rnd.randint(lo, hi))
    number = body + _rut.calc_check_digit(body)
    assert _rut.is_valid(number)
    return _rut.format(number) if dotted else f"{body}-{number[-1]}"


def rut_decoy(g: Gen) -> str:
    """A contract number written like a RUT (``12.345.678-9``) and failing its check."""

    def make() -> str:
        body = str(g.rnd.randint(10_000_000, 26_000_000))
        return f"{int(body):,}".replace(",", ".") + "-" + g.rnd.choice("0123456789K")

    return g.valid(make, lambda x: not _rut.is_valid(x))


def cpf(g: Gen, dotted: bool = True) -> str:
    d = g.valid(lambda: g.digits(11), lambda x: _cpf.is_valid(x) and len(set(x)) > 1)
    return _cpf.format(d) if dotted else d


def cpf_decoy(g: Gen) -> str:
    """Eleven digits failing the CPF check, written like a CPF (a support protocol)."""
    return _cpf.format(g.valid(lambda: g.digits(11), lambda x: not _cpf.is_valid(x)))


def _cf_letters(text: str, given_name: bool) -> str:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vows = [ch for ch in letters if ch in "AEIOU"]
    if given_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return "".join(cons + vows + ["X", "X", "X"])[:3]


IT_BIRTHPLACES = ["A944", "A944", "A944", "F257", "H501", "F839", "D548", "G337", "Z330", "Z129"]


def codice_fiscale(g: Gen, first: str, last: str, born: date, female: bool) -> str:
    """An Italian codice fiscale encoding the person's names, birth date, sex and comune (or country) of birth."""
    day = born.day + (40 if female else 0)
    body = (
        _cf_letters(last, False)
        + _cf_letters(first, True)
        + f"{born.year % 100:02d}"
        + "ABCDEHLMPRST"[born.month - 1]
        + f"{day:02d}"
        + g.rnd.choice(IT_BIRTHPLACES)
    )
    number = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(number)
    return number


def iban(country: str, bban: str, spaced: bool = True) -> str:
    number = country + _iban.calc_check_digits(country + "00" + bban) + bban
    assert _iban.is_valid(number)
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4)) if spaced else number


def it_iban(g: Gen) -> str:
    rest = g.rnd.choice(["03069", "05387", "02008", "06270", "03627"]) + g.digits(5) + g.digits(12)
    return iban("IT", _cf.calc_check_digit(rest) + rest)


def de_iban(g: Gen) -> str:
    return iban("DE", g.rnd.choice(["86050000", "86055592", "86020500", "43060967", "12030000"]) + g.digits(10),
                g.rnd.random() < 0.6)


def gr_iban(g: Gen) -> str:
    return iban("GR", g.rnd.choice(["0110", "0140", "0172", "0260"]) + g.digits(3) + g.digits(16), g.rnd.random() < 0.7)


def amka(g: Gen, born: date) -> str:
    def make() -> str:
        body = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{g.digits(4)}"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, lambda x: _amka.is_valid(x) and _amka.get_birth_date(x).day == born.day)


def amka_decoy(g: Gen) -> str:
    """Eleven digits failing AMKA's Luhn check (a contract number)."""
    return g.valid(lambda: "2" + g.digits(10), lambda x: not _amka.is_valid(x))


def afm(g: Gen) -> str:
    def make() -> str:
        body = str(g.rnd.choice([0, 1])) + g.digits(7)
        return body + _afm.calc_check_digit(body)

    return g.valid(make, _afm.is_valid)


def rodne_cislo_decoy(g: Gen) -> str:
    """A complaint number written like a birth number (``YYMMDD/NNNN``) and failing its check."""

    def make() -> str:
        d = g.day("2024-01-01", "2025-12-31")
        return f"{d.year % 100:02d}{d.month:02d}{d.day:02d}/{g.digits(4)}"

    return g.valid(make, lambda x: not _rc.is_valid(x))


def cz_account(g: Gen) -> str:
    """A Czech domestic account ``[prefix-]number/bank`` passing its mod-11 checks."""

    def make() -> str:
        prefix = "" if g.rnd.random() < 0.7 else str(g.rnd.randint(19, 35)) + "-"
        number = str(g.rnd.randint(10_000, 9_999_999_999))
        return f"{prefix}{number}/{g.rnd.choice(['0800', '0100', '0300', '2010', '0600', '5500', '3030'])}"

    return g.valid(make, _czacct.is_valid)


def my_number_decoy(g: Gen) -> str:
    """Twelve digits failing My Number's check (a cash-on-delivery slip number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(11), lambda x: not _mynumber.is_valid(x))


def card(g: Gen, spaced: bool = True) -> str:
    head = g.rnd.choice(["4", "4", "51", "52", "54", "55"])
    body = head + g.digits(15 - len(head))
    d = body + luhn.calc_check_digit(body)
    return " ".join(d[i : i + 4] for i in range(0, 16, 4)) if spaced else d


# -- dates written as local systems write them -------------------------------------------------------------------------


def dmy(d: date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def wareki(d: date) -> str:
    """A Japanese era date (``昭和58年4月12日``, ``平成元年2月3日``)."""
    if d >= date(2019, 5, 1):
        era, year = "令和", d.year - 2018
    elif d >= date(1989, 1, 8):
        era, year = "平成", d.year - 1988
    else:
        era, year = "昭和", d.year - 1925
    return f"{era}{'元' if year == 1 else year}年{d.month}月{d.day}日"
