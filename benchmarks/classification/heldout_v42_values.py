"""Values of held-out set v42 (:mod:`benchmarks.classification.heldout_v42`): v42's random source, names, streets,
cities and postal codes written by hand for v42 (no Faker, no list of real people), phones checked with phonenumbers
and identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module; the lists below are new (plant towns of Ohio and the
English Midlands, Franconia and the Ruhr, Silesia, Moravia, Bergslagen, Lombardy and Veneto, Kocaeli and Bursa,
Brabant, the Basque Country and Navarre, northern Portugal and Aichi).
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
from stdnum.cz import rc as _rc
from stdnum.de import idnr as _idnr
from stdnum.es import dni as _dni
from stdnum.iso7064 import mod_11_10
from stdnum.it import codicefiscale as _cf
from stdnum.jp import in_ as _mynumber
from stdnum.nl import bsn as _bsn
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.pt import cc as _cc
from stdnum.pt import nif as _nif
from stdnum.se import personnummer as _pnr
from stdnum.tr import tckimlik as _tck

from benchmarks.classification.heldout_v2 import Column

SEED = 42_0612_2026
N = "none"
#: a login or operator handle (review, as in v27)
USERNAME = "unclassified"
#: NULL-like strings of v42's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "?", "#N/A", "brak", "keine", "k.A.",
    "saknas", "nessuno", "yok", "geen", "ninguno", "nenhum", "nashi", "0")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v42:{SEED}:{table}")

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
                return self.rnd.choice(["419", "513", "614", "216", "330", "937", "740", "567"]) + \
                    str(self.rnd.randint(2, 9)) + self.digits(6)
            return nsn[:keep] + self.digits(len(nsn) - keep)

        def ok(candidate: str) -> bool:
            return phonenumbers.is_valid_number(phonenumbers.parse(f"+{example.country_code}{candidate}"))

        number = phonenumbers.parse(f"+{example.country_code}{self.valid(make, ok)}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        if fmt == "00":
            return "00" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)[1:]
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



# -- names (written for v42) -------------------------------------------------------------------------------------------

#: locale -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "en": (["Darren", "Gareth", "Kyle", "Lewis", "Marcus", "Neville", "Royce", "Travis", "Wade", "Dwayne"],
           ["Bethany", "Carly", "Danielle", "Gemma", "Kerry", "Leanne", "Shawna", "Tamsin", "Trina", "Vicki"],
           ["Ashworth", "Blackledge", "Cartwright", "Dewhurst", "Hargreaves", "Kowalczyk", "Mulvaney", "Okafor",
            "Pennington", "Rudd", "Stubbs", "Tolliver", "Whitcombe", "Yardley", "Haskins", "Brannigan"]),
    "de": (["Dietmar", "Enrico", "Frank", "Holger", "Marcel", "Rüdiger", "Sascha", "Torsten", "Uwe", "Waldemar"],
           ["Anja", "Birgit", "Doreen", "Heike", "Jacqueline", "Mandy", "Silke", "Tanja", "Ute", "Yvonne"],
           ["Brückner", "Dörfler", "Hubrich", "Kirchhoff", "Lindemann", "Pfaffenberger", "Rößler", "Schwämmlein",
            "Trautwein", "Wendland", "Zöllner", "Grabowski"]),
    "pl": (["Arkadiusz", "Bogdan", "Dariusz", "Grzegorz", "Jarosław", "Mariusz", "Przemysław", "Sebastian",
            "Waldemar", "Zbigniew"],
           ["Agnieszka", "Beata", "Dorota", "Ewelina", "Grażyna", "Justyna", "Małgorzata", "Renata", "Sylwia",
            "Żaneta"],
           ["Bąk", "Chmielewski", "Dudek", "Gołębiowski", "Jabłoński", "Kaczmarek", "Michalak", "Piątek", "Szewczyk",
            "Wróbel", "Zając", "Kubiak"]),
    "cs": (["Bohumil", "Jaroslav", "Libor", "Luboš", "Miroslav", "Radek", "Stanislav", "Vlastimil"],
           ["Blanka", "Dagmar", "Hana", "Iveta", "Jarmila", "Lenka", "Radka", "Zdeňka"],
           ["Bartoš", "Doležal", "Hrubý", "Kratochvíl", "Mach", "Pokorný", "Sýkora", "Vlček", "Zedník", "Šťastný"]),
    "sv": (["Conny", "Göran", "Jimmy", "Kjell", "Leif", "Ronny", "Stig", "Tommy"],
           ["Annika", "Britt", "Carina", "Gunilla", "Jessica", "Lena", "Marie", "Ulrika"],
           ["Backlund", "Ekström", "Hedlund", "Jansson", "Lundkvist", "Nordin", "Sjöberg", "Wikström"]),
    "it": (["Cristian", "Daniele", "Emanuele", "Fabio", "Giuseppe", "Mirko", "Roberto", "Walter"],
           ["Cinzia", "Daniela", "Elisa", "Laura", "Monica", "Patrizia", "Roberta", "Sabrina"],
           ["Bonetti", "Cattaneo", "Facchinetti", "Guerini", "Marchetti", "Pezzotta", "Rota", "Zanardi"]),
    "tr": (["Burak", "Cengiz", "Emre", "Hakan", "İsmail", "Murat", "Serkan", "Volkan", "Yusuf", "Ümit"],
           ["Ayşe", "Derya", "Elif", "Fatma", "Gülşen", "Hülya", "Merve", "Şükran"],
           ["Aydın", "Çelik", "Doğan", "Erdem", "Kılıç", "Özkan", "Şahin", "Türkmen", "Yıldırım", "Koç"]),
    "nl": (["Bart", "Dennis", "Gijs", "Joost", "Koen", "Maarten", "Ruud", "Sjoerd"],
           ["Anouk", "Femke", "Ilse", "Marloes", "Nienke", "Sanne", "Wendy", "Yvette"],
           ["de Bruijn", "van den Heuvel", "Hendriks", "Kuijpers", "van Loon", "Manders", "Peeters", "Verhoeven",
            "Wouters", "Smulders"]),
    "es": (["Aitor", "Iker", "Jon", "Mikel", "Javier", "Raúl", "Sergio", "Unai"],
           ["Ainhoa", "Amaia", "Idoia", "Itziar", "Leire", "Maite", "Nerea", "Susana"],
           ["Aguirre", "Etxeberria", "Garmendia", "Goikoetxea", "Larrañaga", "Ruiz", "Sarasola", "Zubiri",
            "Ibarra", "Olano"]),
    "pt": (["Adelino", "Fernando", "Hélder", "Joaquim", "Nuno", "Rui", "Sérgio", "Vítor"],
           ["Cátia", "Fátima", "Helena", "Liliana", "Márcia", "Paula", "Sónia", "Vanessa"],
           ["Araújo", "Barbosa", "Carvalho", "Fernandes", "Magalhães", "Pereira", "Ribeiro", "Teixeira",
            "Vasconcelos", "Moreira"]),
    "ja": (["Daiki", "Hiroshi", "Kazuya", "Kenta", "Masato", "Shota", "Takuya", "Yuji"],
           ["Akane", "Emi", "Kana", "Megumi", "Naoko", "Sayaka", "Tomomi", "Yui"],
           ["Aoki", "Hayashi", "Inoue", "Kato", "Kondo", "Mizuno", "Okada", "Sakai", "Sugiura", "Tsuji"]),
}


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.45 if female is None else female
    males, females, lasts = NAMES[lang]
    return g.rnd.choice(females if female else males), g.rnd.choice(lasts)


def whole(g: Gen, lang: str) -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text).replace("ı", "i").replace("ł", "l") if ch.isalnum() and ch.isascii())


def styled(first: str, last: str, style: str) -> str:
    """A staff member's name as plant systems write it: ``full``, ``last_first`` (``Last, First``), ``upper``
    (``LAST, First``), ``initial`` (``F. Last``) or ``kurz`` (three-letter initials, ``JMU``-like)."""
    if style == "last_first":
        return f"{last}, {first}"
    if style == "upper":
        return f"{last.upper()}, {first}"
    if style == "initial":
        return f"{first[0]}. {last}"
    if style == "kurz":
        p, q = plain(first).upper(), plain(last.split()[-1]).upper()
        return p[0] + q[:2]
    return f"{first} {last}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first), plain(last)
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a[0]}{b[:5]}".upper()][style % 5]


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first), plain(last)
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}"])
    return f"{local}@{g.rnd.choice(domains)}"


# -- places (written for v42) ------------------------------------------------------------------------------------------

#: (city, ZIP lead) in Ohio
US_CITIES = [("Toledo", "436"), ("Lima", "458"), ("Findlay", "458"), ("Sandusky", "448"), ("Mansfield", "449"),
             ("Marion", "433"), ("Springfield", "455"), ("Bowling Green", "434")]
US_STREETS = ["Stadium Rd", "Tiffin Ave", "Lakeshore Dr", "Corduroy Rd", "Buckeye St", "Maumee Ave",
              "Cherry Grove Ln", "Township Rd 218", "Oak Hollow Ct"]
#: (city, PLZ lead)
DE_CITIES = [("Schweinfurt", "974"), ("Erlangen", "910"), ("Ansbach", "915"), ("Bochum", "447"), ("Hagen", "580"),
             ("Gelsenkirchen", "458"), ("Herne", "446"), ("Bamberg", "960")]
DE_STREETS = ["Zechenstraße", "Am Hüttenwerk", "Schillerstraße", "Fliederweg", "Bahnhofstraße", "Kolpingstraße",
              "Auf der Heide", "Mainleite"]
#: (city, kod pocztowy lead)
PL_CITIES = [("Gliwice", "44-1"), ("Zabrze", "41-8"), ("Rybnik", "44-2"), ("Tychy", "43-1"), ("Opole", "45-0"),
             ("Bytom", "41-9"), ("Żory", "44-2")]
PL_STREETS = ["ul. Hutnicza", "ul. Górnicza", "ul. Kościuszki", "ul. Wolności", "ul. Jana Pawła II", "os. Tysiąclecia",
              "ul. Zwycięstwa"]
#: (ilçe, posta kodu lead)
TR_PLACES = [("İzmit", "411"), ("Gebze", "414"), ("Körfez", "417"), ("Osmangazi", "162"), ("Nilüfer", "161"),
             ("Gölcük", "413")]
TR_STREETS = ["Atatürk Cad.", "Cumhuriyet Mah. 1203 Sok.", "Fatih Sultan Mehmet Bulvarı", "İnönü Cad.",
              "Yenişehir Mah. Lale Sok.", "Organize Sanayi Cad."]
#: (woonplaats, postcode digits lead)
NL_CITIES = [("Eindhoven", "56"), ("Helmond", "57"), ("Tilburg", "50"), ("Oss", "53"), ("Veghel", "54"),
             ("Roosendaal", "47"), ("Breda", "48")]
#: (shikuchoson, yūbin lead)
JA_CITIES = [("Toyota-shi", "471"), ("Kariya-shi", "448"), ("Anjo-shi", "446"), ("Okazaki-shi", "444"),
             ("Nagoya-shi Minato-ku", "455"), ("Chiryu-shi", "472")]
JA_STREETS = ["Motomachi", "Wakabayashi", "Higashi-Kariya-cho", "Sakura-cho", "Izumi-cho", "Shin-machi"]


def us_street(g: Gen) -> str:
    return f"{g.rnd.randint(100, 9800)} {g.rnd.choice(US_STREETS)}" + g.rnd.choice(["", "", f" Apt {g.rnd.randint(1, 24)}"])


def de_street(g: Gen) -> str:
    return f"{g.rnd.choice(DE_STREETS)} {g.rnd.randint(1, 140)}" + g.rnd.choice(["", "", "a", "b"])


def pl_street(g: Gen) -> str:
    return f"{g.rnd.choice(PL_STREETS)} {g.rnd.randint(1, 90)}" + g.rnd.choice(["", f"/{g.rnd.randint(1, 60)}"])


def tr_street(g: Gen) -> str:
    return f"{g.rnd.choice(TR_STREETS)} No:{g.rnd.randint(1, 120)} D:{g.rnd.randint(1, 16)}"


def ja_street(g: Gen) -> str:
    return f"{g.rnd.randint(1, 9)}-{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)} {g.rnd.choice(JA_STREETS)}"


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------

#: BBAN layouts (9 a digit); python-stdnum checks the result
BBAN = {"DE": "999999999999999999", "PL": "999999999999999999999999", "PT": "999999999999999999999"}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    def make() -> str:
        bban = g.code(BBAN[country])
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def de_idnr(g: Gen) -> str:
    """The German tax identification number (Steuer-IdNr, 11 digits)."""

    def make() -> str:
        body = g.digits(1, "123456789") + g.digits(9)
        return body + mod_11_10.calc_check_digit(body)

    return g.valid(make, _idnr.is_valid)


def pl_pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    sex = g.rnd.choice("02468" if female else "13579")
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}{sex}"
    number = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(number)
    return number


def pl_nip(g: Gen) -> str:
    """A Polish company tax number (a business's: ``none``)."""
    return g.valid(lambda: g.digits(1, "123456789") + g.digits(8) + g.digits(1), _nip.is_valid)


def cz_rodne_cislo(g: Gen, born: date, female: bool) -> str:
    """A Czech birth number (ten digits from 1954: women's month + 50), ``YYMMDD/SSSC``."""
    month = born.month + (50 if female else 0)

    def make() -> str:
        body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}"
        check = int(body) % 11
        return "" if check == 10 else f"{body[:6]}/{body[6:]}{check}"

    return g.valid(make, lambda x: bool(x) and _rc.is_valid(x) and _rc.get_birth_date(x) == born)


def se_personnummer(g: Gen, born: date) -> str:
    body = born.strftime("%y%m%d") + g.digits(3)
    number = f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"
    assert _pnr.is_valid(number)
    return number


def _cf_part(text: str, given_name: bool) -> str:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vows = [ch for ch in letters if ch in "AEIOU"]
    if given_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return "".join((cons + vows + ["X", "X", "X"])[:3])


#: (comune, cadastral code)
IT_COMUNI = [("Brescia", "B157"), ("Bergamo", "A794"), ("Vicenza", "L840"), ("Padova", "G224"), ("Treviso", "L407"),
             ("Lecco", "E507"), ("Monza", "F704")]


def it_codice_fiscale(first: str, last: str, born: date, female: bool, comune: str) -> str:
    day = born.day + (40 if female else 0)
    body = (_cf_part(last, False) + _cf_part(first, True) + f"{born.year % 100:02d}" + "ABCDEHLMPRST"[born.month - 1]
            + f"{day:02d}" + comune)
    number = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(number)
    return number


def tr_tckimlik(g: Gen) -> str:
    def make() -> str:
        body = g.digits(1, "123456789") + g.digits(8)
        return body + _tck.calc_check_digits(body)

    return g.valid(make, _tck.is_valid)


def nl_bsn(g: Gen) -> str:
    return g.valid(lambda: g.digits(1, "1236") + g.digits(8), _bsn.is_valid)


def es_dni(g: Gen) -> str:
    body = g.digits(8)
    return body + _dni.calc_check_digit(body)


def pt_nif(g: Gen) -> str:
    body = g.digits(1, "123") + g.digits(7)
    number = body + _nif.calc_check_digit(body)
    assert _nif.is_valid(number)
    return number


def pt_cc(g: Gen) -> str:
    """A Portuguese Cartão de Cidadão document number, written ``00000000 0 ZZ4``."""

    def make() -> str:
        body = g.digits(8) + g.digits(1) + g.code("AZ")
        return body + _cc.calc_check_digit(body)

    number = g.valid(make, _cc.is_valid)
    return f"{number[:8]} {number[8]} {number[9:]}"


def jp_my_number(g: Gen) -> str:
    body = g.digits(11)
    number = body + _mynumber.calc_check_digit(body)
    assert _mynumber.is_valid(number)
    return number


def rfid_uid(g: Gen) -> str:
    return g.code(g.rnd.choice(["xxxxxxxx", "xxxxxxxxxxxxxx"])).upper()
