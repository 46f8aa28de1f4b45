"""Values of held-out set v92 (:mod:`benchmarks.classification.heldout_v92`): v92's random source, names, streets,
cities, companies and free-text snippets written by hand for v92 (no Faker, no list of real people, no breach data),
phones checked with phonenumbers and identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers follow v27's; the lists below are new.
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
from stdnum.br import cnpj as _cnpj
from stdnum.br import cpf as _cpf
from stdnum.de import idnr as _idnr
from stdnum.fr import siret as _siret
from stdnum.jp import cn as _jpcn
from stdnum.kr import brn as _brn
from stdnum.mx import curp as _curp
from stdnum.mx import rfc as _rfc
from stdnum.nl import vat as _nlvat
from stdnum.za import idnr as _zaid

from benchmarks.classification.heldout_v2 import Column

SEED = 92_417_2026
N = "none"
#: a login or public display handle (review, as in v5 to v89)
USERNAME = "unclassified"
#: NULL-like strings of v92's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "?", "#N/A",
    "nil", "<null>", "undefined", "{}", "[]", "0", "(none)", "not set", "geen", "inconnu", "não informado", "なし",
    "없음", "k.A.", "desconocido", "-", "*")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v92:{SEED}:{table}")

    def col(self, make: Callable[[], Any], null: float = 0.0) -> list[Any]:
        return [None if self.rnd.random() < null else make() for _ in range(self.rows)]

    def pick(self, choices: list[Any]) -> Callable[[], Any]:
        return lambda: self.rnd.choice(choices)

    def sparse(self, make: Callable[[], Any], share: float, words: tuple[str, ...]) -> list[Any]:
        return [self.rnd.choice(words) if self.rnd.random() < share else make() for _ in range(self.rows)]

    def keys(self, start: int, step: int = 1) -> list[int]:
        return [start + i * step for i in range(self.rows)]

    def ints(self, lo: int, hi: int, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.rnd.randint(lo, hi), null)

    def amounts(self, lo: float, hi: float) -> list[float]:
        return [round(self.rnd.uniform(lo, hi), 2) for _ in range(self.rows)]

    def yn(self, yes: Any, no: Any, p: float) -> list[Any]:
        return [yes if self.rnd.random() < p else no for _ in range(self.rows)]

    def day(self, lo: str, hi: str) -> date:
        a, b = date.fromisoformat(lo), date.fromisoformat(hi)
        return a + timedelta(days=self.rnd.randint(0, (b - a).days))

    def days(self, lo: str, hi: str, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.day(lo, hi), null)

    def moment(self, lo: str, hi: str) -> datetime:
        return datetime.combine(self.day(lo, hi), datetime.min.time()) + timedelta(
            seconds=self.rnd.randint(0, 86_399))

    def moments(self, lo: str, hi: str, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.moment(lo, hi), null)

    def births(self, lo: int, hi: int) -> list[date]:
        return [self.day(f"{lo}-01-01", f"{hi}-12-31") for _ in range(self.rows)]

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

    def token(self, prefix: str, n: int = 24) -> str:
        return prefix + self.digits(n, string.ascii_letters + string.digits)

    def ipv4(self) -> str:
        first = self.rnd.choice([24, 31, 41, 49, 58, 77, 81, 89, 103, 118, 151, 177, 185, 189, 203, 211])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2001:db8", "2a02:8108", "2405:6580", "2600:1700", "2804:14c"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(6))

    def ip(self, v6: float = 0.25) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone_number(self, region: str, mobile: bool = True) -> phonenumbers.PhoneNumber:
        prefixes = PHONE_PREFIXES.get(region, {})
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        heads = prefixes.get("mobile" if mobile else "fixed") or [nsn[:max(len(nsn) - 6, 1)]]

        def make() -> str:
            head = self.rnd.choice(heads)
            return head + self.digits(len(nsn) - len(head))

        def ok(candidate: str) -> bool:
            number = phonenumbers.parse(f"+{example.country_code}{candidate}")
            return phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region

        return phonenumbers.parse(f"+{example.country_code}{self.valid(make, ok)}")

    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        number = self.phone_number(region, mobile)
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)

    def phone_int(self, region: str, mobile: bool = True) -> int:
        """A phone kept as a number: the national significant number (no trunk zero)."""
        return int(phonenumbers.national_significant_number(self.phone_number(region, mobile)))


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


#: region -> leading digits of the national significant number (mobile, fixed), written for v92
PHONE_PREFIXES: dict[str, dict[str, list[str]]] = {
    "US": {"mobile": ["303", "720", "512", "737"], "fixed": ["303", "512"]},
    "CA": {"mobile": ["416", "647", "437"], "fixed": ["416", "905"]},
    "GB": {"mobile": ["74", "75", "77", "78", "79"], "fixed": ["161"]},
    "IE": {"mobile": ["83", "85", "86", "87"], "fixed": ["1"]},
    "AU": {"mobile": ["4"], "fixed": ["2"]},
    "SG": {"mobile": ["8", "9"], "fixed": ["6"]},
    "ZA": {"mobile": ["71", "72", "82", "83"], "fixed": ["11"]},
    "DE": {"mobile": ["151", "160", "170", "176"], "fixed": ["711"]},
    "MX": {"mobile": ["81"], "fixed": ["81"]},
    "FR": {"mobile": ["6", "7"], "fixed": ["4"]},
    "JP": {"mobile": ["90", "80", "70"], "fixed": ["6"]},
    "KR": {"mobile": ["10"], "fixed": ["2"]},
    "NL": {"mobile": ["6"], "fixed": ["30"]},
    "BR": {"mobile": ["199"], "fixed": ["193"]},
}

# -- names (written for v92) -------------------------------------------------------------------------------------------

#: origin -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "en": (["Calder", "Rowan", "Ellis", "Forrest", "Tobiah", "Maddox", "Quincy", "Harlan", "Dashiell", "Ansel"],
           ["Marlowe", "Tamsin", "Juniper", "Odette", "Briony", "Cressida", "Linnea", "Wren", "Saoirse", "Delia"],
           ["Ashcombe", "Blackwood", "Cheever", "Darrow", "Everly", "Fenwick", "Gilchrist", "Hadley", "Inglis",
            "Jessop", "Kinnear", "Lathrop", "Merritt", "Norland", "Oakes", "Prewitt", "Rendell", "Stroud"]),
    "mix": (["Ravi", "Kenji", "Mateo", "Obafemi", "Dariusz", "Tariq", "Minh", "Sandeep", "Emeka", "Luca"],
            ["Anjali", "Mei", "Valentina", "Chiamaka", "Agnieszka", "Layla", "Thuy", "Priyanka", "Zanele", "Noa"],
            ["Raghunathan", "Takeda", "Quintero", "Adeyemi", "Wiśniewski", "Haddad", "Nguyen", "Sethi", "Okafor",
             "Ferreira", "Lindqvist", "Costa"]),
    "za": (["Sibusiso", "Thabo", "Pieter", "Lwazi", "Johan", "Mpho", "Kagiso", "Dewald"],
           ["Nomvula", "Lerato", "Annelie", "Thandeka", "Refilwe", "Marelize", "Palesa", "Busisiwe"],
           ["Dlamini", "Mokoena", "van der Merwe", "Nkosi", "Botha", "Mahlangu", "Pretorius", "Khumalo",
            "Sithole", "Venter"]),
    "de": (["Jonas", "Florian", "Matthias", "Benedikt", "Tobias", "Kilian", "Dominik", "Ulrich"],
           ["Katrin", "Lena", "Theresa", "Miriam", "Franziska", "Ronja", "Annika", "Helga"],
           ["Hägele", "Brenninger", "Schäufele", "Wörner", "Kübler", "Mayerhofer", "Dietrich", "Rothfuß",
            "Scheufele", "Ostertag"]),
    "es": (["José Luis", "Rodrigo", "Emiliano", "Gerardo", "Héctor", "Alán", "Rogelio", "Santiago"],
           ["María Fernanda", "Ximena", "Guadalupe", "Daniela", "Citlali", "Marisol", "Renata", "Yesenia"],
           ["Garza", "Treviño", "Cantú", "Villarreal", "Elizondo", "Salinas", "Leal", "Zambrano", "Quiroga",
            "Benavides"]),
    "fr": (["Thibault", "Gaëtan", "Romain", "Loïc", "Aurélien", "Bastien", "Cyprien", "Mathis"],
           ["Solène", "Maëlys", "Clémence", "Ophélie", "Capucine", "Margaux", "Léonie", "Anaïs"],
           ["Brossard", "Chapuis", "Delorme", "Faucher", "Girardot", "Lacombe", "Mercier", "Rivoire", "Tissot",
            "Vuillard"]),
    "nl": (["Joost", "Maarten", "Sven", "Thijs", "Wouter", "Bram", "Gijs", "Ruben"],
           ["Femke", "Anouk", "Lotte", "Marloes", "Sanne", "Eline", "Roos", "Fleur"],
           ["de Wit", "van Dijk", "Kuipers", "Verhoeven", "van der Veen", "Hoekstra", "Brouwer", "Mulder",
            "Jansen", "Dekker"]),
    "pt": (["João Pedro", "Thiago", "Gustavo", "Rafael", "Lucas", "Vinícius", "Caio", "Otávio"],
           ["Ana Beatriz", "Larissa", "Camila", "Letícia", "Júlia", "Fernanda", "Bianca", "Tainá"],
           ["Albuquerque", "Batista", "Cardoso", "Figueiredo", "Gonçalves", "Moraes", "Nogueira", "Pereira",
            "Rezende", "Toledo"]),
}

#: Japanese (kanji, katakana reading): given names and family names, written for v92
JA_FAMILY = [("高橋", "タカハシ"), ("松本", "マツモト"), ("井上", "イノウエ"), ("木村", "キムラ"), ("清水", "シミズ"),
             ("森田", "モリタ"), ("岡田", "オカダ"), ("藤原", "フジワラ"), ("西村", "ニシムラ"), ("長谷川", "ハセガワ")]
JA_GIVEN = [("健太", "ケンタ"), ("大輔", "ダイスケ"), ("翔", "ショウ"), ("直樹", "ナオキ"), ("美咲", "ミサキ"),
            ("彩香", "アヤカ"), ("由美", "ユミ"), ("千尋", "チヒロ"), ("悠真", "ユウマ"), ("結衣", "ユイ")]
JA_ROMAJI = {"高橋": "takahashi", "松本": "matsumoto", "井上": "inoue", "木村": "kimura", "清水": "shimizu",
             "森田": "morita", "岡田": "okada", "藤原": "fujiwara", "西村": "nishimura", "長谷川": "hasegawa",
             "健太": "kenta", "大輔": "daisuke", "翔": "sho", "直樹": "naoki", "美咲": "misaki", "彩香": "ayaka",
             "由美": "yumi", "千尋": "chihiro", "悠真": "yuma", "結衣": "yui"}
#: Korean family and given names (Hangul, romanization), written for v92
KO_FAMILY = [("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung"), ("강", "kang"),
             ("윤", "yoon"), ("한", "han")]
KO_GIVEN = [("지수", "jisu"), ("민준", "minjun"), ("서연", "seoyeon"), ("도윤", "doyun"), ("하은", "haeun"),
            ("예준", "yejun"), ("수빈", "subin"), ("현우", "hyunwoo"), ("지아", "jia"), ("태민", "taemin")]


def person(g: Gen, lang: str = "en", female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    if lang == "en":
        lang = "en" if g.rnd.random() < 0.6 else "mix"
    males, females, lasts = NAMES[lang]
    return g.rnd.choice(females if female else males), g.rnd.choice(lasts)


def whole(g: Gen, lang: str = "en") -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first), plain(last)
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(70, 99)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(first)}.{plain(last)}@{domain}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first), plain(last)
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}"][style % 4]


PERSONAL_DOMAINS = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "hotmail.com"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "outlook.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com"],
    "es": ["gmail.com", "hotmail.com", "prodigy.net.mx", "outlook.com"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "pt": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp"],
    "ko": ["naver.com", "daum.net", "gmail.com", "kakao.com"],
}


def email(g: Gen, lang: str = "en") -> str:
    return email_of(g, *person(g, lang), PERSONAL_DOMAINS[lang])


# -- places (written for v92) ------------------------------------------------------------------------------------------

US_STREETS = ["Larimer St", "Quail Run Rd", "S Lamar Blvd", "Barton Springs Rd", "Colfax Ave", "Cedar Bend Dr",
              "Red Cedar Ln", "Mesquite Trl"]
AU_PLACES = [("Parramatta", "NSW", "2150"), ("Chatswood", "NSW", "2067"), ("Penrith", "NSW", "2750"),
             ("Geelong", "VIC", "3220"), ("Newcastle", "NSW", "2300"), ("Wollongong", "NSW", "2500"),
             ("Toowoomba", "QLD", "4350")]
AU_STREETS = ["Church St", "Victoria Rd", "Pacific Hwy", "Bligh Ct", "Wattle Cres", "Banksia Ave", "Jacaranda Pl"]
CA_PLACES = [("Toronto", "ON", "M"), ("Mississauga", "ON", "L"), ("Hamilton", "ON", "L"), ("Ottawa", "ON", "K"),
             ("Kingston", "ON", "K"), ("Barrie", "ON", "L")]
CA_STREETS = ["Dundas St W", "Queen St E", "Bathurst St", "Lakeshore Rd", "Birchmount Rd", "Maple Grove Dr"]
ZA_PLACES = [("Johannesburg", "Gauteng", ["Randburg", "Sandton", "Melville", "Bryanston"], "2"),
             ("Pretoria", "Gauteng", ["Hatfield", "Menlo Park", "Lynnwood"], "0"),
             ("Durban", "KwaZulu-Natal", ["Morningside", "Umhlanga", "Berea"], "4"),
             ("Cape Town", "Western Cape", ["Observatory", "Rondebosch", "Sea Point"], "7")]
ZA_STREETS = ["Jan Smuts Ave", "Rivonia Rd", "Main Rd", "Protea St", "Umgeni Rd", "Kloof St", "Beyers Naude Dr"]
DE_PLACES = [("Stuttgart", "70"), ("Esslingen", "73"), ("Ludwigsburg", "71"), ("Böblingen", "71"),
             ("Tübingen", "72"), ("Reutlingen", "72")]
DE_STREETS = ["Königstraße", "Neckarstraße", "Weinsteige", "Am Kräherwald", "Hauptstätter Straße", "Lindenweg"]
MX_PLACES = [("Monterrey", "64"), ("San Pedro Garza García", "66"), ("Guadalupe", "67"), ("Apodaca", "66"),
             ("Saltillo", "25")]
MX_STREETS = ["Av. Constitución", "Calle Padre Mier", "Av. Lázaro Cárdenas", "Calle Hidalgo", "Av. Gonzalitos",
              "Calle Río Nazas"]
BR_PLACES = [("Campinas", "SP", "130"), ("Valinhos", "SP", "132"), ("Sumaré", "SP", "131"),
             ("Piracicaba", "SP", "134"), ("Jundiaí", "SP", "132"), ("Americana", "SP", "134")]
BR_STREETS = ["Rua Barão de Jaguara", "Av. Norte-Sul", "Rua José Paulino", "Rua das Palmeiras",
              "Av. Orosimbo Maia", "Travessa do Ipê"]
JA_CITIES = ["大阪市北区", "大阪市中央区", "堺市", "吹田市", "豊中市", "東大阪市"]
GEO_CITIES = ["Dublin", "Cork", "Galway", "Limerick", "London", "Manchester", "Berlin", "Lisbon", "Amsterdam"]


def us_street(g: Gen) -> str:
    return f"{g.rnd.randint(100, 9800)} {g.rnd.choice(US_STREETS)}"


def au_street(g: Gen) -> str:
    return g.rnd.choice(["", f"Unit {g.rnd.randint(1, 40)}/"]) + f"{g.rnd.randint(1, 220)} {g.rnd.choice(AU_STREETS)}"


def ca_street(g: Gen) -> str:
    return f"{g.rnd.randint(10, 3900)} {g.rnd.choice(CA_STREETS)}"


def ca_postcode(g: Gen, lead: str) -> str:
    return f"{lead}{g.rnd.randint(1, 9)}{g.rnd.choice('ABCEGHJKLMNPRSTVXY')} {g.rnd.randint(1, 9)}" \
           f"{g.rnd.choice('ABCEGHJKLMNPRSTVWXYZ')}{g.rnd.randint(0, 9)}"


def za_street(g: Gen) -> str:
    return f"{g.rnd.randint(1, 480)} {g.rnd.choice(ZA_STREETS)}"


def de_street(g: Gen) -> str:
    return f"{g.rnd.choice(DE_STREETS)} {g.rnd.randint(1, 140)}" + g.rnd.choice(["", "a", "b"])


def mx_street(g: Gen) -> str:
    return f"{g.rnd.choice(MX_STREETS)} {g.rnd.randint(100, 4900)}" + g.rnd.choice(["", " Int. 3", " Col. Centro"])


def br_street(g: Gen) -> str:
    return f"{g.rnd.choice(BR_STREETS)}, {g.rnd.randint(10, 2400)}" + g.rnd.choice(["", " - apto 52", " casa 2"])


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def with_check(g: Gen, body: Callable[[], str], alphabet: str, ok: Callable[[str], bool]) -> str:
    """A ``body()`` completed with the first character of ``alphabet`` that makes it pass ``ok``."""
    for _ in range(5_000):
        head = body()
        for ch in alphabet:
            if ok(head + ch):
                return head + ch
    raise RuntimeError("no valid value")


def luhn_number(g: Gen, head: str, length: int) -> str:
    body = head + g.digits(length - len(head) - 1)
    return body + luhn.calc_check_digit(body)


def card(g: Gen) -> str:
    prefix, length = g.rnd.choice([("4", 16), ("53", 16), ("37", 15)])
    return luhn_number(g, prefix, length)


def mx_nss(g: Gen) -> str:
    """A Mexican IMSS social-security number: 11 digits, Luhn check digit."""
    return luhn_number(g, g.rnd.choice(["43", "44", "47", "52"]), 11)


def _mx_letters(first: str, last: str, second: str) -> str:
    a, b, m = (fold(x).upper().replace(" ", "") for x in (last, second, first))
    vowel = next((ch for ch in a[1:] if ch in "AEIOU"), "X")
    return a[0] + vowel + b[0] + m[0]


def mx_curp(g: Gen, first: str, last: str, second: str, born: date, female: bool) -> str:
    letters = _mx_letters(first, last, second)
    a, b, m = (fold(x).upper().replace(" ", "") for x in (last, second, first))

    def cons(word: str) -> str:
        return next((ch for ch in word[1:] if ch not in "AEIOU"), "X")

    body = (letters + born.strftime("%y%m%d") + ("M" if female else "H") + "NL" + cons(a) + cons(b) + cons(m)
            + ("0" if born.year < 2000 else "A"))
    return with_check(g, lambda: body, string.digits, _curp.is_valid)


def mx_rfc(g: Gen, first: str, last: str, second: str, born: date) -> str:
    body = _mx_letters(first, last, second) + born.strftime("%y%m%d")
    return with_check(g, lambda: body + g.code("ZZ"), string.digits + "A", _rfc.is_valid)


def de_idnr(g: Gen) -> str:
    return with_check(g, lambda: str(g.rnd.randint(1, 9)) + g.digits(9), string.digits, _idnr.is_valid)


def za_idnr(g: Gen, born: date, female: bool) -> str:
    seq = g.rnd.randint(0, 4999) + (0 if female else 5000)
    return with_check(g, lambda: born.strftime("%y%m%d") + f"{seq:04d}" + "08", string.digits, _zaid.is_valid)


def br_cpf(g: Gen) -> str:
    number = with_check(g, lambda: g.digits(9) + g.digits(1), string.digits, _cpf.is_valid)
    return f"{number[:3]}.{number[3:6]}.{number[6:9]}-{number[9:]}"


def br_cnpj(g: Gen) -> str:
    body = g.digits(8) + "0001"
    number = next(body + a + b for a in string.digits for b in string.digits if _cnpj.is_valid(body + a + b))
    return _cnpj.format(number)


def au_abn(g: Gen) -> str:
    number = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _abn.is_valid)
    return _abn.format(number)


def ca_bn(g: Gen) -> str:
    return luhn_number(g, str(g.rnd.randint(7, 8)), 9)


def fr_siret(g: Gen) -> str:
    siren = luhn_number(g, str(g.rnd.randint(3, 9)), 9)
    return with_check(g, lambda: siren + "0" + g.digits(3), string.digits, _siret.is_valid)


def nl_vat(g: Gen) -> str:
    return g.valid(lambda: "NL" + g.digits(9) + "B0" + str(g.rnd.randint(1, 3)), _nlvat.is_valid)


def jp_cn(g: Gen) -> str:
    return g.valid(lambda: g.digits(13), _jpcn.is_valid)


def kr_brn(g: Gen) -> str:
    number = with_check(g, lambda: g.digits(3, "123456789") + g.code("99") + g.digits(4), string.digits,
                        _brn.is_valid)
    return f"{number[:3]}-{number[3:5]}-{number[5:]}"


def de_iban(g: Gen) -> str:
    def make() -> str:
        bban = g.code("600" + "9" * 5 + "9" * 10)
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + "DE00")) % 97
        return f"DE{check:02d}{bban}"

    return g.valid(make, _iban.is_valid)


# -- businesses, decoys and free text (written for v92) ----------------------------------------------------------------

USER_AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0",
    "okhttp/4.12.0", "python-requests/2.32.3", "Terraform/1.9.8 (+https://www.terraform.io)",
]

INCIDENT_TEXT = [
    "Laptop will not connect to VPN since this morning, error 809",
    "Please call me back on {phone}, I am working from home today",
    "Outlook keeps asking for password. My personal address {email} also stopped syncing",
    "New starter {name} needs a laptop and a Teams licence by Monday",
    "Printer on floor 3 jams on every job",
    "MFA app lost after phone upgrade, reach me on {phone}",
    "Shared mailbox access for {name} ({email}) please",
]
WORK_NOTES = [
    "Reset MFA after identity check by phone",
    "Called user back, no answer. Left voicemail on {phone}",
    "Escalated to network team",
    "Spoke to {name}, issue resolved after cache clear",
    "Awaiting approval from line manager {name}",
]
FR_TEXT = [
    "Impossible d'ouvrir ma session depuis ce matin",
    "Merci de me rappeler au {phone}, je suis en télétravail",
    "Mon collègue {name} n'a pas accès au partage comptabilité",
    "Écran noir au démarrage du poste",
    "Nouvelle adresse de réception des factures : {email}",
    "Le badge de {name} ne fonctionne plus à l'accueil",
]
JA_TEXT = [
    "ログインできません。パスワードを再設定したいです。",
    "請求書の宛先を{name}に変更してください。",
    "折り返しのお電話は{phone}までお願いします。",
    "ご不便をおかけして申し訳ございません。確認いたします。",
    "メールアドレスを{email}に変更したいです。",
    "プランのアップグレード方法を教えてください。",
]
NL_DIAG = [
    "550 5.1.1 <{email}>: Recipient address rejected: User unknown",
    "552 5.2.2 Mailbox full",
    "421 4.7.0 Try again later, closing connection",
    "550 5.7.1 Message rejected as spam",
    "554 5.4.4 {email}: host not found",
]
CRM_NOTES = [
    "Met at Sydney SaaS Summit, wants demo", "Call back after EOFY on {phone}", "Referred by {name}",
    "Not interested this quarter", "Asked to use {email} instead of work address",
]
