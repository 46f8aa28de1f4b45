"""Values of held-out set v28 (:mod:`benchmarks.classification.heldout_v28`): v28's random source, names, streets,
cities and companies written by hand for v28 (no Faker, no list of real people), phones checked with phonenumbers
and identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module; the lists below are new (Bavaria and Swabia,
Jutland and Funen, Moravia and Bohemia, Brittany and the Rhône-Alpes, Andalusia and Castile, Anatolia and Thrace,
the US Upper Midwest and the Carolinas).
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
from stdnum.cz import rc as _rc
from stdnum.de import idnr as _idnr
from stdnum.de import vat as _devat
from stdnum.dk import cpr as _cpr
from stdnum.dk import cvr as _cvr
from stdnum.es import dni as _dni
from stdnum.fr import nir as _nir
from stdnum.tr import tckimlik as _tck
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 28_2026_0917
N = "none"
#: a login, user id or badge id (review, as in v5 to v27)
USERNAME = "unclassified"
#: NULL-like strings of v28's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "?", "#N/A", "nil",
    "<null>", "0", "00000000", "0000000000", "k.A.", "keine", "ukendt", "neuvedeno", "inconnu", "desconocido",
    "yok", "bilinmiyor", "test@test.com", "noreply@example.com", "*", ".")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "") \
        .replace("ı", "i").replace("ø", "o").replace("æ", "ae").replace("å", "a")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v28:{SEED}:{table}")

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
                return self.rnd.choice(["206", "503", "208", "406", "801", "303", "505", "617", "207", "802"]) + \
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


# -- names (written for v28) -------------------------------------------------------------------------------------------

#: locale -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "de": (["Alois", "Benedikt", "Florian", "Korbinian", "Leonhard", "Maximilian", "Quirin", "Sebastian", "Vitus",
            "Xaver", "Wendelin", "Rupert"],
           ["Annemarie", "Burgi", "Franziska", "Kreszenz", "Magdalena", "Rosina", "Theresia", "Veronika", "Walburga",
            "Hildegard", "Mechthild", "Zenzi"],
           ["Aigner", "Brandl", "Eberl", "Gruber", "Huber", "Kaltenecker", "Lechner", "Moosbauer", "Niedermaier",
            "Obermüller", "Pfaffinger", "Rieger", "Schwaiger", "Stöckl", "Wimmer", "Zellner", "Häusler", "Weißgerber"]),
    "da": (["Anders", "Bjarke", "Christoffer", "Esben", "Frederik", "Jeppe", "Kasper", "Magnus", "Rasmus", "Søren"],
           ["Birgitte", "Dorthe", "Freja", "Ida", "Karen", "Lærke", "Mette", "Pernille", "Signe", "Trine"],
           ["Bach", "Dalgaard", "Fisker", "Holm", "Kjærgaard", "Lauridsen", "Mikkelsen", "Nørgaard", "Østergaard",
            "Pedersen", "Skovgaard", "Thygesen"]),
    "cs": (["Bohumil", "Ctibor", "Dalibor", "Jaroslav", "Lubomír", "Miroslav", "Radek", "Vojtěch", "Zbyněk"],
           ["Blažena", "Dagmar", "Hana", "Jarmila", "Libuše", "Ludmila", "Radka", "Vlasta", "Zdeňka"],
           ["Bartoš", "Čermák", "Dušek", "Hrubý", "Kadlec", "Kolář", "Macháček", "Pospíšil", "Růžička", "Šimek",
            "Vaněk", "Zeman"]),
    "fr": (["Aurélien", "Baptiste", "Corentin", "Erwan", "Gwenaël", "Loïc", "Maël", "Quentin", "Tanguy", "Yannick"],
           ["Anaïs", "Bérénice", "Clémence", "Églantine", "Gwenola", "Maëlle", "Ophélie", "Solène", "Tiphaine",
            "Nolwenn"],
           ["Le Bihan", "Kerjean", "Le Goff", "Morvan", "Quéméner", "Riou", "Tanguy", "Guillou", "Favre", "Girard",
            "Perrin", "Vuillermoz"]),
    "es": (["Agustín", "Bernabé", "Domingo", "Fermín", "Gonzalo", "Íñigo", "Leandro", "Rodrigo", "Sancho", "Tomás"],
           ["Adoración", "Blanca", "Candela", "Encarnación", "Inmaculada", "Macarena", "Pilar", "Reyes", "Rocío",
            "Visitación"],
           ["Alcántara", "Benítez", "Caballero", "Domínguez", "Espinosa", "Gallardo", "Jiménez", "Moreno", "Navarro",
            "Ordóñez", "Quintero", "Serrano"]),
    "tr": (["Alparslan", "Barış", "Cengiz", "Emre", "Ferhat", "Hakan", "Kerem", "Murat", "Oğuz", "Serkan", "Tolga",
            "Uğur"],
           ["Ayşegül", "Büşra", "Derya", "Elif", "Gülşen", "Hülya", "Melike", "Nurcan", "Sevgi", "Şebnem", "Tuğba",
            "Zehra"],
           ["Akgül", "Başaran", "Çelik", "Demirtaş", "Erdoğdu", "Güneş", "Karakaya", "Öztürk", "Şahin", "Tekin",
            "Yıldırım", "Kılıç"]),
    "us": (["Dale", "Garrett", "Harlan", "Lyle", "Marcus", "Odell", "Rashad", "Terrence", "Wendell", "Javier",
            "Nguyen Bao", "Tyrone", "Curtis", "Delbert"],
           ["Bonnie", "Darlene", "Earline", "Geraldine", "Imani", "LaToya", "Maxine", "Opal", "Rosalee", "Shirley",
            "Yesenia", "Lorraine"],
           ["Halvorsen", "Lindqvist", "Brekke", "Ostrowski", "Washington", "Pettaway", "McAllister", "Thibodeaux",
            "Vang", "Yang", "Kowalczyk", "Haugen", "Moua", "Blackwell", "Delgado", "Satterfield"]),
}


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    males, females, lasts = NAMES[lang]
    return g.rnd.choice(females if female else males), g.rnd.choice(lasts)


def whole(g: Gen, lang: str) -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def given(g: Gen, lang: str) -> str:
    return person(g, lang)[0]


def family(g: Gen, lang: str) -> str:
    return person(g, lang)[1]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first), plain(last)
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(60, 99)}", f"{b}{a[:2]}"])
    return f"{local}@{g.rnd.choice(domains)}"


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(first)}.{plain(last)}@{domain}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first), plain(last)
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a}{b[:3]}"][style % 5]


#: private mail domains per locale
DOMAINS = {
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "freenet.de", "posteo.de"],
    "da": ["gmail.com", "hotmail.dk", "live.dk", "mail.dk", "outlook.dk", "jubii.dk"],
    "cs": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com", "volny.cz", "post.cz"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "wanadoo.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com", "mynet.com"],
    "us": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "att.net", "outlook.com", "icloud.com"],
}


def email(g: Gen, lang: str) -> str:
    return email_of(g, *person(g, lang), DOMAINS[lang])


# -- places (written for v28) ------------------------------------------------------------------------------------------

#: locale -> [(city, postcode lead)]; leads are padded with random digits to the locale's postcode length
CITIES: dict[str, list[tuple[str, str]]] = {
    "de": [("Landshut", "840"), ("Straubing", "943"), ("Dingolfing", "841"), ("Mühldorf am Inn", "844"),
           ("Memmingen", "877"), ("Kempten (Allgäu)", "874"), ("Günzburg", "893"), ("Erding", "854"),
           ("Pfarrkirchen", "843"), ("Altötting", "845")],
    "da": [("Herning", "74"), ("Viborg", "88"), ("Silkeborg", "86"), ("Odense C", "50"), ("Svendborg", "57"),
           ("Holstebro", "75"), ("Skive", "78"), ("Randers C", "89")],
    "cs": [("Olomouc", "779"), ("Prostějov", "796"), ("Přerov", "750"), ("Zlín", "760"), ("Jihlava", "586"),
           ("Třebíč", "674"), ("Kolín", "280"), ("Tábor", "390")],
    "fr": [("Quimper", "290"), ("Vannes", "560"), ("Lorient", "561"), ("Annecy", "740"), ("Chambéry", "730"),
           ("Valence", "260"), ("Saint-Brieuc", "220"), ("Grenoble", "380")],
    "es": [("Jaén", "230"), ("Córdoba", "140"), ("Úbeda", "234"), ("Valladolid", "470"), ("Palencia", "340"),
           ("Segovia", "400"), ("Huelva", "210"), ("Almería", "040")],
    "tr": [("Konya", "420"), ("Kayseri", "380"), ("Eskişehir", "260"), ("Tekirdağ", "590"), ("Edirne", "220"),
           ("Sivas", "580"), ("Malatya", "440"), ("Çorum", "190")],
    "us": [("Fargo", "581"), ("Sioux Falls", "571"), ("Mankato", "560"), ("Eau Claire", "547"), ("Duluth", "558"),
           ("Asheville", "288"), ("Greenville", "296"), ("Wilmington", "284"), ("Spartanburg", "293")],
}
US_STATES = {"Fargo": "ND", "Sioux Falls": "SD", "Mankato": "MN", "Eau Claire": "WI", "Duluth": "MN",
             "Asheville": "NC", "Greenville": "SC", "Wilmington": "NC", "Spartanburg": "SC"}
POSTCODE_LEN = {"de": 5, "da": 4, "cs": 5, "fr": 5, "es": 5, "tr": 5, "us": 5}

STREETS: dict[str, list[str]] = {
    "de": ["Hopfenweg", "Kirchplatz", "Am Mühlbach", "Innstraße", "Raiffeisenstraße", "Hofmarkstraße",
           "Sonnenleite", "Lindenallee", "Flurweg", "Pfarrer-Huber-Straße"],
    "da": ["Søndergade", "Vestergade", "Kirkevej", "Skovbrynet", "Engvej", "Møllevænget", "Bakkegårdsvej",
           "Fjordvej"],
    "cs": ["Husova", "Palackého", "Nádražní", "Za Humny", "Třída Svobody", "Komenského", "Na Výsluní",
           "U Rybníka"],
    "fr": ["rue de Kerfeunteun", "avenue du Général de Gaulle", "chemin des Vignes", "impasse des Genêts",
           "rue du Port", "allée des Tilleuls", "boulevard de la Libération", "route de Bénodet"],
    "es": ["Calle Real", "Avenida de Andalucía", "Calle del Olivo", "Plaza Mayor", "Calle San Marcos",
           "Paseo de la Estación", "Calle Cervantes", "Camino de la Fuente"],
    "tr": ["Atatürk Cad.", "Cumhuriyet Mah. Lale Sok.", "İstiklal Cad.", "Yeni Mah. Gül Sok.", "Fatih Mah. Çınar Sok.",
           "Mevlana Cad.", "Bahçelievler Mah. 12. Sok."],
    "us": ["Elm St", "Prairie View Rd", "County Road 12", "Lakeshore Dr", "Magnolia Ave", "Tobacco Barn Rd",
           "Sugar Maple Ln", "Red Oak Ct", "Old Highway 52"],
}


def city(g: Gen, lang: str) -> tuple[str, str]:
    return g.rnd.choice(CITIES[lang])


def postcode(g: Gen, lead: str, lang: str) -> str:
    return lead + g.digits(POSTCODE_LEN[lang] - len(lead))


def cz_psc(code: str) -> str:
    return f"{code[:3]} {code[3:]}"


def street(g: Gen, lang: str) -> str:
    s = g.rnd.choice(STREETS[lang])
    n = g.rnd.randint(1, 140)
    if lang == "de":
        return f"{s} {n}" + g.rnd.choice(["", "", "a", "b"])
    if lang == "da":
        return f"{s} {n}" + g.rnd.choice(["", "", ", 2. tv.", ", st. th."])
    if lang == "cs":
        return f"{s} {g.rnd.randint(100, 2999)}/{n}"
    if lang == "fr":
        return f"{n}" + g.rnd.choice(["", "", " bis"]) + f" {s}"
    if lang == "es":
        return f"{s}, {n}" + g.rnd.choice(["", ", 2º B", ", 1º izda.", ", bajo"])
    if lang == "tr":
        return f"{s} No:{n}" + g.rnd.choice(["", " D:4", " Daire 7", " K:2"])
    return f"{g.rnd.randint(100, 9999)} {s}" + g.rnd.choice(["", "", f" Apt {g.rnd.randint(1, 20)}"])


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------

#: BBAN layouts (9 a digit, A a letter, Z either)
BBAN = {"DE": "999999999999999999", "DK": "99999999999999", "CZ": "99999999999999999999",
        "FR": "99999999999999999999999", "ES": "99999999999999999999", "TR": "9999999999999999999999"}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, national checks retried, python-stdnum checks it)."""

    def make() -> str:
        bban = g.code(BBAN[country])
        if country == "TR":
            bban = bban[:5] + "0" + bban[6:]
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def de_idnr(g: Gen) -> str:
    """A German tax identification number (Steuer-IdNr, 11 digits, check digit; python-stdnum checks it)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _idnr.is_valid)


def de_vat(g: Gen) -> str:
    """A German VAT number (a business's: ``none``)."""
    return g.valid(lambda: "DE" + str(g.rnd.randint(1, 9)) + g.digits(8), _devat.is_valid)


def dk_cpr(g: Gen, born: date, dashed: bool = True) -> str:
    """A Danish CPR number ``DDMMYY-SSSS`` encoding ``born`` (python-stdnum checks it and its birth date)."""

    def make() -> str:
        return born.strftime("%d%m%y") + g.digits(4)

    number = g.valid(make, lambda x: _cpr.is_valid(x) and _cpr.get_birth_date(x) == born)
    return f"{number[:6]}-{number[6:]}" if dashed else number


def dk_cvr(g: Gen) -> str:
    """A Danish company number (CVR: a business's, ``none``)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(7), _cvr.is_valid)


def cz_rc(g: Gen, born: date, female: bool, slash: bool = True) -> str:
    """A Czech birth number (rodné číslo) ``YYMMDD/SSSC`` encoding ``born`` (women: month + 50), divisible by 11."""
    month = born.month + (50 if female else 0)
    head = f"{born.year % 100:02d}{month:02d}{born.day:02d}"

    def make() -> str:
        return head + g.digits(4)

    number = g.valid(make, lambda x: int(x) % 11 == 0 and _rc.is_valid(x) and _rc.get_birth_date(x) == born)
    return f"{number[:6]}/{number[6:]}" if slash else number


def fr_nir(g: Gen, born: date, female: bool, spaced: bool = False) -> str:
    """A French NIR (numéro de sécurité sociale, 13 digits and a 2-digit key) encoding sex, year and month of
    birth; python-stdnum checks it."""
    body = (("2" if female else "1") + born.strftime("%y%m") + g.rnd.choice(["29", "56", "22", "74", "73", "38"])
            + f"{g.rnd.randint(1, 350):03d}" + f"{g.rnd.randint(1, 999):03d}")
    number = body + _nir.calc_check_digits(body)
    assert _nir.is_valid(number)
    if spaced:
        return " ".join([number[0], number[1:3], number[3:5], number[5:7], number[7:10], number[10:13], number[13:]])
    return number


def es_dni(g: Gen) -> str:
    body = f"{g.rnd.randint(1_000_000, 79_999_999):08d}"
    number = body + _dni.calc_check_digit(body)
    assert _dni.is_valid(number)
    return number


def tr_tckimlik(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    number = body + _tck.calc_check_digits(body)
    assert _tck.is_valid(number)
    return number


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 665):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}"

    number = g.valid(make, _ssn.is_valid)
    return number if dashed else number.replace("-", "")


def sha1(g: Gen) -> str:
    return hashlib.sha1(str(g.rnd.random()).encode(), usedforsecurity=False).hexdigest()


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)


def sf_id(g: Gen, prefix: str) -> str:
    """A Salesforce-shaped 18-character record id (``00Q`` leads, ``005`` users)."""
    return prefix + g.digits(12, string.ascii_letters + string.digits) + g.digits(3, string.ascii_uppercase)


# -- businesses and decoys (written for v28) ---------------------------------------------------------------------------

COMPANIES: dict[str, list[str]] = {
    "de": ["Lohnunternehmen Brandl GmbH", "Agrarservice Isartal eG", "Maschinenring Rottal-Inn e.V.",
           "Biohof Sonnenleite GbR", "Gruber Landtechnik KG", "Milchwerk Niederbayern eG", "Stöckl Forst & Holz GmbH"],
    "da": ["Herning VVS ApS", "Skovgaard El & Varme A/S", "Boligforeningen Fjordparken", "Thygesen Tømrer ApS",
           "Viborg Andelsboligforening"],
    "cs": ["Zahradnictví Kolář s.r.o.", "Agro Haná a.s.", "Stavebniny Dušek s.r.o.", "Školka Na Výsluní z.s.",
           "Pekárna Zeman s.r.o."],
    "es": ["Electrodomésticos del Sur S.L.", "Reformas Caballero S.L.", "Hostal La Fuente", "Cooperativa San Marcos", "Talleres Quintero S.A."],
    "us": ["Prairie Lutheran Homes", "Blackwell Elder Law PLLC", "Haugen Home Health", "Magnolia Rehab Partners",
           "Red Oak Medical Supply"],
}

MATERIALS = ["Mähwerk-Schutzblech links", "Zapfwellenschutz 1 3/8", "Hydraulikschlauch DN12 1,5 m",
             "Kettenrad Z=17", "Kreiselegger Zinken", "Luftfilter Kabine", "Messerbalken 3,0 m"]


def office_phone(g: Gen, region: str) -> str:
    """A company's switchboard (a fixed line; labeled ``none`` as a business's number)."""
    return g.phone(region, "national", mobile=False)


def sap_date(d: date) -> str:
    """SAP's DATS: ``YYYYMMDD`` as text."""
    return d.strftime("%Y%m%d")
