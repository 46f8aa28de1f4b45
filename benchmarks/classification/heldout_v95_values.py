"""Values of held-out set v95 (:mod:`benchmarks.classification.heldout_v95`): v95's random source, names, streets,
towns, companies and snippets written by hand for v95 (no Faker, no list of real people, no breach data), phones
checked with phonenumbers and identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module; the lists below are new.
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
from stdnum.br import cpf as _cpf
from stdnum.de import idnr as _idnr
from stdnum.id import nik as _nik
from stdnum.id import npwp as _npwp
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.ke import pin as _kepin
from stdnum.mx import curp as _curp
from stdnum.mx import rfc as _rfc
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.tr import tckimlik as _tck
from stdnum.us import ein as _ein
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 95_250_2026
N = "none"
#: a login or public display handle (review, as in v5 to v92)
USERNAME = "unclassified"
#: NULL-like strings of v95's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "?", "#N/A",
    "nil", "0", "000-00-0000", "test@example.com", "REDACTED", "brak", "yok", "Yok", "なし", "tidak ada", "-",
    "nenhum", "sin dato", "k.A.", "*")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v95:{SEED}:{table}")

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
        first = self.rnd.choice([23, 45, 67, 69, 70, 75, 76, 96, 97, 100, 136, 162, 173, 199, 209])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2600", "2601", "2602", "2604", "2a02"])
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
                return self.rnd.choice(["312", "773", "214", "512", "713", "310", "213", "646", "415", "305"]) + \
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



# -- names (written for v95) -------------------------------------------------------------------------------------------

#: locale -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Dashiell", "Marquis", "Teodoro", "Kendrick", "Anand", "Bao", "Obinna", "Rustam", "Cormac", "Jalen"],
           ["Shaniqua", "Maribel", "Priyanka", "Yesenia", "Linnea", "Thuy", "Adaeze", "Ximena", "Brielle", "Noor"],
           ["Okonkwo", "Villarreal", "Pemberton", "Nakashima", "Castellanos", "Whitford", "Raghunathan", "Dubois",
            "Kowalczyk", "Abernathy", "Tranh", "Haddad", "Fairweather", "Mbeki", "Quintanilla"]),
    "uk": (["Alfie", "Rhys", "Callum", "Tobias", "Kwame", "Zayn", "Ewan", "Ravi"],
           ["Imogen", "Tallulah", "Niamh", "Saoirse", "Keisha", "Amara", "Poppy", "Freya"],
           ["Ashworth", "Pennington", "Okafor", "Blackwood", "Chaudhry", "Featherstone", "Lightbody", "Rowntree",
            "Mensah", "Hargreaves"]),
    "ke": (["Kiprono", "Otieno", "Mwangi", "Baraka", "Wafula", "Kamau", "Ochieng", "Mutua"],
           ["Wanjiru", "Akinyi", "Chebet", "Nyambura", "Atieno", "Wambui", "Jepkosgei", "Muthoni"],
           ["Kariuki", "Odhiambo", "Kiplagat", "Njoroge", "Wekesa", "Onyango", "Chege", "Kimani", "Rotich"]),
    "in": (["Siddharth", "Karthik", "Venkatesh", "Harsha", "Nikhil", "Pradeep", "Arjun", "Sandeep"],
           ["Lakshmi", "Divya", "Ananya", "Kavya", "Sowmya", "Meghana", "Pallavi", "Shruti"],
           ["Gowda", "Hegde", "Iyengar", "Kulkarni", "Reddy", "Shetty", "Nair", "Bhat", "Menon", "Rao"]),
    "ph": (["Jericho", "Rommel", "Aljon", "Marvin", "Jomar", "Reynaldo"],
           ["Kristine", "Maricel", "Jonalyn", "Rhea", "Lovely", "Charmaine"],
           ["Dimaculangan", "Macaraeg", "Bautista", "Villanueva", "Sarmiento", "Pangilinan", "Magsaysay", "Dizon"]),
    "de": (["Jannik", "Malte", "Konstantin", "Till", "Gero", "Henrik"],
           ["Friederike", "Annika", "Mareike", "Lotte", "Svenja", "Henrike"],
           ["Brinkmann", "Oberländer", "Kleinschmidt", "Vogelsang", "Hübner", "Lindemann", "Pfeiffer", "Wendt"]),
    "mx": (["Jesús", "Uriel", "Gerardo", "Ulises", "Rodrigo", "Efraín"],
           ["Guadalupe", "Itzel", "Montserrat", "Yadira", "Araceli", "Citlali"],
           ["Hernández", "Zavala", "Ochoa", "Bustamante", "Cervantes", "Valenzuela", "Tapia", "Olvera"]),
    "br": (["Wesley", "Thiago", "Jeferson", "Kauã", "Cleiton", "Davi"],
           ["Jéssica", "Thaís", "Rayane", "Kelly", "Luana", "Francisca"],
           ["Nascimento", "Albuquerque", "Cavalcanti", "Moura", "Teixeira", "Bezerra", "Sampaio", "Lacerda"]),
    "pl": (["Bartosz", "Grzegorz", "Kacper", "Zbigniew", "Dawid", "Mateusz"],
           ["Agnieszka", "Małgorzata", "Zuzanna", "Bożena", "Patrycja", "Dorota"],
           ["Wróbel", "Zieliński", "Kaczmarek", "Pawlak", "Sikora", "Jabłoński", "Górecki", "Majewski"]),
    "tr": (["Emre", "Burak", "Onur", "Serkan", "Kaan", "Oğuz"],
           ["Elif", "Zeynep", "Büşra", "Gizem", "Merve", "Ece"],
           ["Yıldırım", "Aydoğan", "Karaca", "Şahin", "Öztürk", "Kılıç", "Erdem", "Çelik"]),
    "id": (["Agus", "Bayu", "Fajar", "Rizky", "Dimas", "Hendra"],
           ["Siti", "Dewi", "Putri", "Ayu", "Indah", "Rahmawati"],
           ["Saputra", "Wibowo", "Nugroho", "Hidayat", "Setiawan", "Kusuma", "Lestari", "Pratama"]),
}

#: Japanese (family kanji, family kana, given kanji, given kana)
JP_FAMILY = [("佐々木", "ササキ"), ("高橋", "タカハシ"), ("石井", "イシイ"), ("森田", "モリタ"), ("大野", "オオノ"),
             ("藤原", "フジワラ"), ("村上", "ムラカミ"), ("岡本", "オカモト")]
JP_GIVEN = [("美咲", "ミサキ"), ("陽菜", "ヒナ"), ("翔太", "ショウタ"), ("大輝", "ダイキ"), ("結衣", "ユイ"),
            ("蓮", "レン"), ("彩花", "アヤカ"), ("悠斗", "ユウト")]
JP_PLACES = [("150-0001", "東京都渋谷区神宮前"), ("530-0001", "大阪府大阪市北区梅田"), ("460-0008", "愛知県名古屋市中区栄"),
             ("810-0001", "福岡県福岡市中央区天神"), ("060-0042", "北海道札幌市中央区大通西")]


def person(g: Any, loc: str = "us", female: bool | None = None) -> tuple[str, str]:
    male, fem, family = NAMES[loc]
    if female is None:
        female = g.rnd.random() < 0.5
    return g.rnd.choice(fem if female else male), g.rnd.choice(family)


def whole(g: Any, loc: str = "us") -> str:
    a, b = person(g, loc)
    return f"{a} {b}"


def given(g: Any, loc: str = "us") -> str:
    return person(g, loc)[0]


def login(a: str, b: str, style: int) -> str:
    a, b = fold(a), fold(b).replace(" ", "")
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b}{a[0]}", f"{a}_{b[:3]}"][style % 4]


def email_of(g: Any, a: str, b: str, domains: list[str]) -> str:
    a, b = fold(a).replace(" ", ""), fold(b).replace(" ", "")
    local = g.rnd.choice([f"{a}.{b}", f"{a}{b}{g.rnd.randint(1, 99)}", f"{a[0]}{b}", f"{b}.{a}{g.rnd.randint(70, 99)}"])
    return f"{local}@{g.rnd.choice(domains)}"


MAIL = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me", "hotmail.com"]

# -- places ------------------------------------------------------------------------------------------------------------

US_STREETS = ["W Belmont Ave", "N Milwaukee Ave", "S Lamar Blvd", "Westheimer Rd", "Sunset Blvd", "Ocean Dr",
              "E Cesar Chavez St", "Halsted St", "Montrose Blvd", "Fulton St"]
#: (city, state, ZIP prefix)
US_CITIES = [("Chicago", "IL", "606"), ("Austin", "TX", "787"), ("Houston", "TX", "770"), ("Los Angeles", "CA", "900"),
             ("Brooklyn", "NY", "112"), ("Miami", "FL", "331"), ("Evanston", "IL", "602"), ("Dallas", "TX", "752")]
UK_STREETS = ["Coldharbour Lane", "Stroud Green Road", "Mare Street", "Lordship Lane", "Brixton Hill", "Kingsland Road"]
#: (town, outward code)
UK_TOWNS = [("London", "SE15"), ("London", "E8"), ("London", "N4"), ("Croydon", "CR0"), ("Brighton", "BN1")]
KE_AREAS = ["Kilimani", "Westlands", "Kasarani", "Embakasi", "Rongai", "Ruaka", "Kileleshwa", "Umoja"]
IN_AREAS = [("Koramangala", "560034"), ("Indiranagar", "560038"), ("Jayanagar", "560041"), ("Whitefield", "560066"),
            ("HSR Layout", "560102"), ("Malleshwaram", "560003")]
DE_STREETS = ["Lindenstraße", "Am Sandtorkai", "Ostertorsteinweg", "Leipziger Str.", "Wilhelmshöher Allee"]
DE_TOWNS = [("Leipzig", "041"), ("Kassel", "341"), ("Bremen", "281"), ("Freiburg im Breisgau", "791"),
            ("Münster", "481")]
MX_COLONIAS = [("Narvarte", "03020", "Benito Juárez"), ("Roma Norte", "06700", "Cuauhtémoc"),
               ("Iztacalco Centro", "08000", "Iztacalco"), ("Lindavista", "07300", "Gustavo A. Madero"),
               ("Del Valle", "03100", "Benito Juárez")]
MX_STREETS = ["Calle Xola", "Av. Insurgentes Sur", "Calle Orizaba", "Eje 5 Sur", "Calle Pitágoras"]
BR_STREETS = ["Rua da Aurora", "Av. Conselheiro Aguiar", "Rua do Hospício", "Estrada do Arraial", "Rua Real da Torre"]
#: (city, CEP prefix)
BR_CITIES = [("Recife", "50"), ("Olinda", "53"), ("Jaboatão dos Guararapes", "54"), ("Paulista", "53")]
PL_STREETS = ["ul. Piotrkowska", "ul. Zgierska", "ul. Narutowicza", "al. Kościuszki", "ul. Pomorska"]
PL_TOWNS = [("Łódź", "90"), ("Łódź", "91"), ("Zgierz", "95"), ("Pabianice", "95")]
TR_STREETS = ["Bağdat Caddesi", "Moda Caddesi", "Gül Sokak", "Nispetiye Caddesi", "Ihlamur Sokak"]
TR_DISTRICTS = [("Kadıköy", "347"), ("Beşiktaş", "343"), ("Üsküdar", "346"), ("Ataşehir", "347")]
ID_STREETS = ["Jl. Kaliurang", "Jl. Gejayan", "Jl. Parangtritis", "Jl. Magelang", "Jl. Godean"]
ID_KECAMATAN = [("Depok", "55281"), ("Mlati", "55284"), ("Umbulharjo", "55161"), ("Gondokusuman", "55225")]
PH_CITIES = ["Quezon City", "Pasig", "Makati", "Marikina", "Cebu City", "Davao City"]


def us_street(g: Any) -> str:
    return f"{g.rnd.randint(100, 9899)} {g.rnd.choice(US_STREETS)}" + (f" Apt {g.rnd.randint(1, 40)}"
                                                                       if g.rnd.random() < 0.3 else "")


def us_city(g: Any) -> tuple[str, str, str]:
    return g.rnd.choice(US_CITIES)


def us_zip(g: Any, prefix: str) -> str:
    return prefix + g.digits(2)


def uk_postcode(g: Any, outward: str) -> str:
    return f"{outward} {g.rnd.randint(1, 9)}{g.code('AA').replace('C', 'D').replace('I', 'J')}"


COMPANIES = ["Brightloom Studio LLC", "Kestrel & Finch Media", "Hollow Pine Labs", "Saltmarsh Creative Ltd",
             "Tidewater Ventures", "Copperleaf Digital"]

# -- identifiers (python-stdnum) ---------------------------------------------------------------------------------------


def us_ssn(g: Any) -> str:
    return g.valid(lambda: f"{g.rnd.randint(100, 665)}-{g.digits(2)}-{g.digits(4)}", _ssn.is_valid)


def us_ein(g: Any) -> str:
    return g.valid(lambda: f"{g.rnd.choice(['36', '74', '20', '27', '95'])}-{g.digits(7)}", _ein.is_valid)


def ke_pin(g: Any) -> str:
    return g.valid(lambda: f"A{g.digits(9)}{g.code('A')}", _kepin.is_valid)


def in_pan(g: Any, family: str) -> str:
    return g.valid(lambda: f"{g.code('AAA')}P{fold(family)[0].upper()}{g.digits(4)}{g.code('A')}", _pan.is_valid)


def in_aadhaar(g: Any) -> str:
    return g.valid(lambda: g.rnd.choice("23456789") + g.digits(11), _aadhaar.is_valid)


def de_idnr(g: Any) -> str:
    return g.valid(lambda: g.rnd.choice("123456789") + g.digits(10), _idnr.is_valid)


def iban(g: Any, country: str, spaced: bool = False) -> str:
    lengths = {"DE": 18, "ES": 20, "FR": 23, "PL": 24, "TR": 22, "GB": 18}
    bban_len = lengths[country]

    def make() -> str:
        bban = g.digits(bban_len)
        if country == "GB":
            bban = g.code("AAAA") + g.digits(14)
        if country == "TR":
            bban = g.digits(5) + "0" + g.digits(16)
        if country == "FR":
            bban = g.digits(21) + g.digits(2)
        return f"{country}{_iban.calc_check_digits(f'{country}00{bban}')}{bban}"

    value = g.valid(make, _iban.is_valid)
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4)) if spaced else value


def mx_curp(g: Any, a: str, b: str, born: date, female: bool) -> str:
    a, b = fold(a).upper(), fold(b).upper()

    def make() -> str:
        vowel = next((ch for ch in b[1:] if ch in "AEIOU"), "X")
        cons = [next((ch for ch in s[1:] if ch.isalpha() and ch not in "AEIOU"), "X") for s in (b, "X", a)]
        head = f"{b[0]}{vowel}X{a[0]}{born:%y%m%d}{'M' if female else 'H'}{g.rnd.choice(['DF', 'MC', 'JC', 'PL'])}"
        body = f"{head}{cons[0]}X{cons[2]}{'A' if born.year >= 2000 else '0'}"
        return body + _curp.calc_check_digit(body + "0")

    return g.valid(make, _curp.is_valid)


def mx_rfc(g: Any, curp: str) -> str:
    return g.valid(lambda: curp[:10] + g.code("ZZZ"), _rfc.is_valid)


def br_cpf(g: Any, formatted: bool = True) -> str:
    value = g.valid(lambda: g.digits(11), _cpf.is_valid)
    return _cpf.format(value) if formatted else value


def pl_pesel(g: Any, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)

    def make() -> str:
        sex = g.rnd.choice("02468" if female else "13579")
        body = f"{born:%y}{month:02d}{born:%d}{g.digits(3)}{sex}"
        return body + _pesel.calc_check_digit(body)

    return g.valid(make, _pesel.is_valid)


def pl_nip(g: Any) -> str:
    return g.valid(lambda: g.rnd.choice(["725", "726", "727", "732"]) + g.digits(7), _nip.is_valid)


def tr_tckimlik(g: Any) -> str:
    def make() -> str:
        body = g.rnd.choice("123456789") + g.digits(8)
        return body + _tck.calc_check_digits(body)

    return g.valid(make, _tck.is_valid)


def id_nik(g: Any, born: date, female: bool) -> str:
    def make() -> str:
        day = born.day + (40 if female else 0)
        return f"{g.rnd.choice(['3404', '3471', '3402'])}{g.rnd.randint(1, 12):02d}{day:02d}{born:%m%y}{g.digits(4)}"

    return g.valid(make, _nik.is_valid)


def id_npwp(g: Any) -> str:
    return _npwp.format(g.valid(lambda: g.digits(9) + "542" + "000", _npwp.is_valid))


def vin(g: Any) -> str:
    return g.code("1HGZZ99AZZ9999999").replace("I", "J").replace("O", "P").replace("Q", "R")
