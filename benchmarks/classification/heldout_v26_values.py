"""Values of held-out set v26 (:mod:`benchmarks.classification.heldout_v26`): v26's random source, names, streets and
cities written by hand for v26 (no Faker, no list of real people), phones checked with phonenumbers and identifiers
with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
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
from stdnum import isbn as _isbn
from stdnum import luhn
from stdnum.br import cpf as _cpf
from stdnum.jp import in_ as _my_number
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.us import rtn as _rtn
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 26_050_2026
N = "none"
#: a login or public display handle (review, as in v5 to v23)
USERNAME = "unclassified"
#: NULL-like strings of v26's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNKNOWN", "?",
    "#N/A", "TBD", "nil", "<null>", "undefined", "[]", "{}", "0", "000-00-0000", "000000000", "0000000000",
    "test@test.com", "TEST@TEST.COM",
    "noemail@noemail.com", "none@none.com", "na@na.com", "(000) 000-0000", "000-000-0000", "REDACTED", "[deleted]",
    "not given", "nao informado", "não informado", "brak", "b/d", "fumei", "不明", "なし", "*")



def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v26:{SEED}:{table}")

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
        first = self.rnd.choice([24, 50, 66, 68, 71, 73, 98, 99, 104, 107, 108, 172, 174, 184, 207])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2600", "2601", "2603", "2605", "2607"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        keep = max(len(nsn) - 7, 1) if region == "US" else max(len(nsn) - 6, 1)

        def make() -> str:
            if region == "US":
                return self.rnd.choice(["312", "773", "414", "615", "901", "502", "317", "816", "405", "918"]) + \
                    str(self.rnd.randint(2, 9)) + self.digits(6)
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
        if fmt == "dashes":
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:3]}-{d[3:6]}-{d[6:]}" if region == "US" else national
        if fmt == "dots":
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:3]}.{d[3:6]}.{d[6:]}" if region == "US" else national
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v26) -------------------------------------------------------------------------------------------

#: origin -> (male given names, female given names, family names); the US, UK, Canadian and Australian customer
#: bases of v26's systems mix them (``person`` draws an origin first)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "anglo": (["Garrett", "Wendell", "Rhys", "Callum", "Dexter", "Ellis", "Fletcher", "Hollis", "Lachlan", "Mason"],
              ["Briony", "Cressida", "Hattie", "Juliet", "Kerensa", "Linnea", "Marnie", "Philippa", "Tamsin",
               "Wren"],
              ["Ashdown", "Blakemore", "Cartwright", "Dimmock", "Eversley", "Fenwick", "Gosling", "Hartigan",
               "Kilbride", "Marchbank", "Nettleton", "Pilkington", "Quennell", "Rutherford", "Stanwick", "Treloar"]),
    "hispanic": (["Adrián", "Benicio", "Efraín", "Leonel", "Octavio", "Rigoberto", "Ulises", "Wilfredo"],
                 ["Araceli", "Dulce", "Esmeralda", "Graciela", "Maricela", "Noemí", "Yesenia", "Xiomara"],
                 ["Barragán", "Cisneros", "Espinoza", "Galindo", "Ledesma", "Olivares", "Quintanilla", "Zavala"]),
    "south_asian": (["Aniruddh", "Harpreet", "Kartik", "Nikhil", "Rohan", "Siddharth", "Tanvir", "Vikram"],
                    ["Ananya", "Deepika", "Ishita", "Meenakshi", "Nandini", "Pooja", "Sunita", "Tanvi"],
                    ["Bhattacharya", "Chaudhary", "Deshpande", "Gill", "Iyer", "Kulkarni", "Nair", "Sandhu"]),
    "east_asian": (["Haruto", "Jun-ho", "Kenji", "Minh", "Wei", "Zhiyuan", "Takumi", "Sung-min"],
                   ["Hana", "Jia", "Mei-Ling", "Sakura", "Thao", "Xiu", "Yuna", "Ji-woo"],
                   ["Cheung", "Hoang", "Kwon", "Matsuda", "Nakagawa", "Pham", "Tsang", "Zhou"]),
    "african": (["Chukwuemeka", "Kwabena", "Olumide", "Tendai", "Babajide", "Kofi", "Themba", "Yohannes"],
                ["Adaeze", "Chiamaka", "Folasade", "Nomvula", "Abena", "Makena", "Wanjiru", "Zinhle"],
                ["Adeyemi", "Asante", "Mensah", "Nwosu", "Okafor", "Mutasa", "Tesfaye", "Dlamini"]),
    "east_european": (["Bogdan", "Dmytro", "Miroslav", "Radoslav", "Tomasz", "Vasile", "Yaroslav", "Zoltan"],
                      ["Daria", "Halyna", "Irina", "Jelena", "Ludmila", "Oksana", "Svetlana", "Zuzana"],
                      ["Bondarenko", "Dragomir", "Horvath", "Kowalczyk", "Melnyk", "Novak", "Petrescu", "Sokolova"]),
    "arabic": (["Bilal", "Faisal", "Hamza", "Karim", "Mahmoud", "Omar", "Tariq", "Youssef"],
               ["Amira", "Dalia", "Hala", "Layla", "Mariam", "Nour", "Rania", "Yasmin"],
               ["Al-Amin", "Haddad", "Khalil", "Mansour", "Nasser", "Qureshi", "Saleh", "Farouk"]),
    "br": (["Caio", "Davi", "Everton", "Gustavo", "Heitor", "Leandro", "Thiago", "Wellington"],
           ["Bruna", "Daiane", "Fernanda", "Jéssica", "Luana", "Priscila", "Rayssa", "Thaís"],
           ["Albuquerque", "Bezerra", "Cavalcanti", "Figueiredo", "Magalhães", "Nogueira", "Siqueira", "Teixeira"]),
    "pl": (["Bartosz", "Grzegorz", "Jarosław", "Kacper", "Łukasz", "Przemysław", "Wojciech", "Zbigniew"],
           ["Agnieszka", "Bożena", "Dorota", "Grażyna", "Joanna", "Małgorzata", "Urszula", "Żaneta"],
           ["Wiśniewski", "Dąbrowski", "Zieliński", "Szymański", "Woźniak", "Kozłowski", "Jankowski", "Mazur"]),
    "ja": (["翔太", "大輔", "健一", "拓海", "悠斗", "直樹"], ["美咲", "陽菜", "由美", "愛子", "真理子", "彩花"],
           ["佐藤", "鈴木", "高橋", "渡辺", "伊藤", "山本", "中村", "小林", "加藤", "吉田"]),
}
#: origins of the English-speaking customer bases (weights)
ORIGINS = {"anglo": 5, "hispanic": 2, "south_asian": 2, "east_asian": 1.5, "african": 1.5, "east_european": 1,
           "arabic": 1}
#: romanized forms of the Japanese names (same order as NAMES["ja"])
JA_ROMAJI = {"翔太": "Shota", "大輔": "Daisuke", "健一": "Kenichi", "拓海": "Takumi", "悠斗": "Yuto", "直樹": "Naoki",
             "美咲": "Misaki", "陽菜": "Hina", "由美": "Yumi", "愛子": "Aiko", "真理子": "Mariko", "彩花": "Ayaka",
             "佐藤": "Sato", "鈴木": "Suzuki", "高橋": "Takahashi", "渡辺": "Watanabe", "伊藤": "Ito",
             "山本": "Yamamoto", "中村": "Nakamura", "小林": "Kobayashi", "加藤": "Kato", "吉田": "Yoshida"}


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    if lang == "us":
        lang = g.rnd.choices(list(ORIGINS), list(ORIGINS.values()))[0]
    males, females, lasts = NAMES[lang]
    return g.rnd.choice(females if female else males), g.rnd.choice(lasts)


def whole(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    return f"{b}{a}" if lang == "ja" else f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def family(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[1]


def last_first(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    return f"{b}, {a}"


def _plain(text: str) -> str:
    text = JA_ROMAJI.get(text, text)
    return "".join(ch for ch in fold(text).replace("ł", "l") if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = _plain(first), _plain(last)
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(70, 99)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def email(g: Gen, domains: list[str] | None = None, lang: str = "us") -> str:
    return email_of(g, *person(g, lang), domains or PERSONAL_DOMAINS)


def work_email(first: str, last: str, domain: str) -> str:
    return f"{_plain(first)}.{_plain(last)}@{domain}"


def login(first: str, last: str, style: int) -> str:
    a, b = _plain(first), _plain(last)
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}"][style % 4]


PERSONAL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "proton.me",
                    "comcast.net", "sbcglobal.net"]


# -- places (written for v26: the Midwest and the South of the US) ---------------------------------------------------

#: (real US city, state, ZIP lead, latitude, longitude)
US_CITIES: list[tuple[str, str, str, float, float]] = [
    ("Chicago", "IL", "606", 41.88, -87.63), ("Milwaukee", "WI", "532", 43.04, -87.91),
    ("Madison", "WI", "537", 43.07, -89.40), ("Nashville", "TN", "372", 36.16, -86.78),
    ("Memphis", "TN", "381", 35.15, -90.05), ("Louisville", "KY", "402", 38.25, -85.76),
    ("Indianapolis", "IN", "462", 39.77, -86.16), ("Kansas City", "MO", "641", 39.10, -94.58),
    ("St. Louis", "MO", "631", 38.63, -90.20), ("Oklahoma City", "OK", "731", 35.47, -97.52),
    ("Tulsa", "OK", "741", 36.15, -95.99), ("Little Rock", "AR", "722", 34.75, -92.29),
    ("Des Moines", "IA", "503", 41.59, -93.62), ("Omaha", "NE", "681", 41.26, -95.93),
    ("Knoxville", "TN", "379", 35.96, -83.92), ("Evanston", "IL", "602", 42.05, -87.69),
]
US_STREETS = ["N Halsted St", "Prairie Ave", "Magnolia Dr", "Cumberland Pike", "Old Hickory Blvd", "Bluegrass Ln",
              "W Fond du Lac Ave", "Sycamore Ridge Rd", "Cherokee Trl", "Riverbend Ct", "Orchard Hill Dr",
              "E 38th St", "Quail Hollow Rd", "Lakeshore Ter", "Dogwood Cir", "Harvest Moon Way"]


def us_city(g: Gen) -> tuple[str, str, str, float, float]:
    return g.rnd.choice(US_CITIES)


def us_zip(g: Gen, lead: str, plus4: float = 0.0) -> str:
    z = lead + g.digits(2)
    return f"{z}-{g.digits(4)}" if g.rnd.random() < plus4 else z


def us_street(g: Gen) -> str:
    n = g.rnd.randint(10, 14999)
    s = g.rnd.choice(US_STREETS)
    return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"{n} {s} Apt {g.rnd.randint(1, 40)}",
                         f"{n} {s} #{g.rnd.randint(100, 420)}"])


def near(g: Gen, place: tuple[str, str, str, float, float], digits: int = 6) -> tuple[float, float]:
    """A point within a few kilometres of a city's centre."""
    return (round(place[3] + g.rnd.uniform(-0.08, 0.08), digits), round(place[4] + g.rnd.uniform(-0.08, 0.08), digits))


#: (city, UF, CEP lead)
BR_CITIES = [("Recife", "PE", "50"), ("Fortaleza", "CE", "60"), ("Salvador", "BA", "40"), ("Natal", "RN", "59"),
             ("João Pessoa", "PB", "58"), ("Maceió", "AL", "57")]
BR_STREETS = ["Rua da Aurora", "Avenida Boa Viagem", "Rua do Sol", "Travessa das Flores", "Avenida Beira Mar",
              "Rua Sete de Setembro"]
#: (prefecture, city, postal lead)
JA_PLACES = [("北海道", "札幌市", "060"), ("宮城県", "仙台市", "980"), ("広島県", "広島市", "730"), ("福岡県", "福岡市", "810"),
             ("新潟県", "新潟市", "950"), ("静岡県", "浜松市", "430")]
JA_TOWNS = ["中央区大通西", "青葉区一番町", "中区紙屋町", "博多区住吉", "中央区東大通", "中区砂山町"]
PL_CITIES = [("Gdańsk", "80"), ("Lublin", "20"), ("Białystok", "15"), ("Rzeszów", "35"), ("Olsztyn", "10"),
             ("Toruń", "87")]
PL_STREETS = ["ul. Długa", "ul. Mickiewicza", "al. Grunwaldzka", "ul. Lipowa", "ul. Piłsudskiego", "os. Słoneczne"]


def br_street(g: Gen) -> str:
    return f"{g.rnd.choice(BR_STREETS)}, {g.rnd.randint(10, 2400)}" + g.rnd.choice(
        ["", f", apto {g.rnd.randint(101, 1204)}", f", casa {g.rnd.randint(1, 9)}"])


def ja_street(g: Gen) -> str:
    return f"{g.rnd.choice(JA_TOWNS)}{g.rnd.randint(1, 9)}丁目{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)}"


def pl_street(g: Gen) -> str:
    return f"{g.rnd.choice(PL_STREETS)} {g.rnd.randint(1, 120)}" + g.rnd.choice(["", f"/{g.rnd.randint(1, 60)}",
                                                                                 "A"])


# -- cards, IBANs and identifiers with check digits (python-stdnum) ----------------------------------------------------


def card(g: Gen, spaced: bool = False) -> str:
    """A number passing Luhn with a Visa, Mastercard, Discover or Amex prefix."""
    prefix, length = g.rnd.choice([("4", 16), ("53", 16), ("6011", 16), ("34", 15), ("2720", 16)])
    body = prefix + g.digits(length - len(prefix) - 1)
    number = body + luhn.calc_check_digit(body)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


#: BBAN layouts (9 a digit, A a letter); python-stdnum checks the result
BBAN = {"GB": "AAAA99999999999999", "PL": "999999999999999999999999"}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, national checks retried, python-stdnum checks it)."""

    def make() -> str:
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


def routing(g: Gen) -> str:
    """An ABA routing number (a bank's, not a person's; python-stdnum's check digit)."""
    body = g.rnd.choice(["07", "08", "06", "10", "04"]) + g.digits(6)
    number = body + _rtn.calc_check_digit(body)
    assert _rtn.is_valid(number)
    return number


def br_cpf(g: Gen, dotted: bool = True) -> str:
    """A Brazilian CPF with both check digits (python-stdnum)."""
    number = g.valid(lambda: g.digits(11), _cpf.is_valid)
    return _cpf.format(number) if dotted else number


def pl_pesel(g: Gen, born: date) -> str:
    """A Polish PESEL encoding ``born`` with its check digit (python-stdnum checks it)."""
    month = born.month + (20 if born.year >= 2000 else 0)
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(4)}"
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    check = (10 - sum(int(d) * w for d, w in zip(body, weights)) % 10) % 10
    number = body + str(check)
    assert _pesel.is_valid(number)
    return number


def pl_nip(g: Gen) -> str:
    """A Polish company tax number (NIP): a business's, labeled ``none``."""
    return g.valid(lambda: g.rnd.choice(["58", "71", "54", "81"]) + g.digits(8), _nip.is_valid)


def jp_my_number(g: Gen) -> str:
    """A Japanese individual number (My Number, 12 digits with a check digit; python-stdnum)."""
    body = g.digits(11)
    return body + _my_number.calc_check_digit(body)


def isbn13(g: Gen) -> str:
    body = g.rnd.choice(["978", "979"]) + g.digits(9)
    number = body + _ean.calc_check_digit(body)
    assert _isbn.is_valid(number)
    return number


def gtin(g: Gen) -> str:
    body = "0" + g.digits(12)
    return body + _ean.calc_check_digit(body)


def imei(g: Gen) -> str:
    body = g.rnd.choice(["35", "86", "01"]) + g.digits(12)
    return body + luhn.calc_check_digit(body)


def vin(g: Gen) -> str:
    """A 17-character VIN (the North American check digit in position 9)."""
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    values = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
              "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    body = [g.rnd.choice("1245J3")] + [g.rnd.choice(alphabet) for _ in range(16)]
    total = sum(values[ch] * w for ch, w in zip(body, weights))
    body[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(body)


def mac(g: Gen) -> str:
    return ":".join(f"{g.rnd.randint(0, 255):02X}" for _ in range(6))


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)


# -- businesses and products (decoys, written for v26) -----------------------------------------------------------------

#: companies, some named after their (invented) founders
COMPANY_NAMES = ["Nettleton & Gill LLP", "Okafor Brothers Moving", "Prairie Fire Pizza", "Cisneros Taqueria",
                 "Kulkarni Dental Studio", "Blakemore Hardware", "Hartigan Florists", "Golden Lotus Dumplings",
                 "Riverbend Veterinary", "Bluegrass Biscuit Co.", "Mensah Catering", "Marchbank Print Works",
                 "Zavala Roofing", "Lakeshore Credit Union", "Treloar Bakehouse", "Haddad Mediterranean Grill"]

#: products and rooms named like people
PRODUCTS = ["The Wendell Burger", "Hattie's Hot Chicken", "Juliet Ballroom", "Fletcher Hall", "Marnie Bowl"]


def office_street(g: Gen) -> str:
    number = g.rnd.randint(100, 9900)
    road = g.rnd.choice(["Commerce Dr", "Distribution Pkwy", "Enterprise Blvd", "Industrial Park Rd",
                         "Executive Center Dr"])
    return f"{number} {road}" + g.rnd.choice(["", f" Ste {g.rnd.randint(100, 900)}"])


def office_phone(g: Gen) -> str:
    """A company's main line in the fictional 555-01xx range."""
    return f"({g.rnd.choice(['312', '615', '502', '816', '405'])}) 555-01{g.rnd.randint(0, 99):02d}"
