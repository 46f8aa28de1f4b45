"""Values of held-out set v80 (:mod:`benchmarks.classification.heldout_v80`): v80's random source, names, streets,
towns and postal codes written by hand for v80 (no Faker, no list of real people), phones checked with phonenumbers
and identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module; the phone maker was rewritten to draw from several
leading digits per region and area, the lists below are new.
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
from stdnum.ca import bn as _bn
from stdnum.es import cif as _cif
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.fr import nir as _nir
from stdnum.fr import siret as _siret
from stdnum.gb import vat as _gbvat
from stdnum.ie import vat as _ievat
from stdnum.in_ import gstin as _gstin
from stdnum.in_ import pan as _pan
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva
from stdnum.jp import cn as _jpcn
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.us import ein as _ein
from stdnum.us import rtn as _rtn
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _zaid

from benchmarks.classification.heldout_v2 import Column

SEED = 80_417_2026
N = "none"
#: a login, a user profile or a public handle (review, as in v5 to v77)
USERNAME = "unclassified"
#: NULL-like strings of v80's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "none", "None", "unknown", "?", "#N/A", "nil",
    "000-00-0000", "test@example.com", "noreply@example.com", "REDACTED", "nvt", "geen", "-/-", "keine",
    "ninguna", "nessuna", "néant", "RAS", "brak", "なし", "nothing", "Nil", "0", "00000000")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v80:{SEED}:{table}")

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

    def version(self) -> str:
        return f"{self.rnd.randint(1, 6)}.{self.rnd.randint(0, 19)}.{self.rnd.randint(0, 30)}"

    def ipv4(self) -> str:
        first = self.rnd.choice([31, 41, 49, 62, 81, 86, 92, 102, 105, 109, 151, 176, 188, 197, 212])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2a00", "2a02", "2c0f", "2001", "2a01"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone_number(self, area: str, mobile: bool = True) -> phonenumbers.PhoneNumber:
        """A valid number of ``area`` (a key of :data:`PHONE_LEADS`), drawn from several leading digits."""
        region = area[:2]
        leads, length = PHONE_LEADS[area]["mobile" if mobile else "fixed"]

        def make() -> str:
            lead = self.rnd.choice(leads)
            if region in ("US", "CA"):
                lead += str(self.rnd.randint(2, 9))
            return lead + self.digits(length - len(lead))

        def ok(candidate: str) -> bool:
            number = phonenumbers.parse(candidate if candidate.startswith("0") else _trunk(region) + candidate, region)
            return phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region

        nsn = self.valid(make, ok)
        return phonenumbers.parse(nsn if nsn.startswith("0") else _trunk(region) + nsn, region)

    def phone(self, area: str, fmt: str = "e164", mobile: bool = True) -> Any:
        """``fmt``: ``e164``, ``intl``, ``national``, ``digits`` (national digits), ``dashes``, ``dots``,
        ``int`` (national digits as a number, no trunk prefix), ``msisdn`` (country code and number as digits)."""
        number = self.phone_number(area, mobile)
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        d = "".join(ch for ch in national if ch.isdigit())
        if fmt == "digits":
            return d
        if fmt == "int":
            return int(phonenumbers.national_significant_number(number))
        if fmt == "msisdn":
            return f"{number.country_code}{phonenumbers.national_significant_number(number)}"
        if fmt == "dashes":
            return f"{d[:3]}-{d[3:6]}-{d[6:]}" if area[:2] in ("US", "CA") else national.replace(" ", "-")
        if fmt == "dots":
            return f"{d[:3]}.{d[3:6]}.{d[6:]}" if area[:2] in ("US", "CA") else national.replace(" ", ".")
        return national

    def phones(self, area: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(area, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


def _trunk(region: str) -> str:
    return {"US": "", "CA": "", "IT": "", "ES": "", "PL": ""}.get(region, "0")


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


#: area -> {"mobile"|"fixed": (leading digits of the national significant number, its length)}
PHONE_LEADS: dict[str, dict[str, tuple[tuple[str, ...], int]]] = {
    "US-ATX": {"mobile": (("512", "737"), 10), "fixed": (("512",), 10)},
    "US-MSP": {"mobile": (("612", "651", "763", "952"), 10), "fixed": (("612", "651"), 10)},
    "CA-HAM": {"mobile": (("905", "289", "365"), 10), "fixed": (("905",), 10)},
    "GB-GLA": {"mobile": (("74", "75", "77", "78", "79"), 10), "fixed": (("141",), 10)},
    "AU-SYD": {"mobile": (("40", "41", "42", "43", "45", "47", "48"), 9), "fixed": (("29", "28"), 9)},
    "ZA-JHB": {"mobile": (("60", "61", "71", "72", "73", "76", "78", "79", "81", "82", "83", "84"), 9),
               "fixed": (("11",), 9)},
    "IE-DUB": {"mobile": (("83", "85", "86", "87", "89"), 9), "fixed": (("12", "14", "16", "18"), 8)},
    "IN-MUM": {"mobile": (("98", "99", "97", "96", "93", "90", "88", "87", "80", "70", "63"), 10),
               "fixed": (("22",), 10)},
    "DE-CGN": {"mobile": (("151", "152", "157", "159"), 11),
               "fixed": (("221",), 10)},
    "FR-BIQ": {"mobile": (("6", "7"), 9), "fixed": (("5",), 9)},
    "ES-ZAZ": {"mobile": (("6", "7"), 9), "fixed": (("976",), 9)},
    "IT-NAP": {"mobile": (("320", "328", "333", "338", "340", "347", "349", "366", "380", "392"), 10),
               "fixed": (("081",), 10)},
    "NL-UTR": {"mobile": (("61", "62", "63", "64", "65"), 9), "fixed": (("30",), 9)},
    "JP-TYO": {"mobile": (("90", "80", "70"), 10), "fixed": (("422", "3"), 9)},
    "PL-GDN": {"mobile": (("50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"), 9),
               "fixed": (("58",), 9)},
}


# -- names (written for v80) -------------------------------------------------------------------------------------------

#: key -> (male given names, female given names, family names); salon and spa clienteles lean female
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us_tx": (["Brayden", "Colton", "Dashawn", "Emilio", "Jaylen", "Khoa", "Mateo", "Rhett", "Tanner", "Ulises"],
              ["Aaliyah", "Brisa", "Daniela", "Harper", "Jazmin", "Kinsley", "Linh", "Marisol", "Paisley", "Yesenia",
               "Raelynn", "Tamika"],
              ["Alvarado", "Bui", "Castañeda", "Dorsey", "Estrada", "Hargrove", "Ledesma", "McAllister", "Nguyen",
               "Pruitt", "Quintanilla", "Renfro", "Tijerina", "Whitfield"]),
    "us_mn": (["Anders", "Bao", "Cory", "Dustin", "Hamza", "Kou", "Lars", "Mohamed", "Nate", "Tou"],
              ["Annika", "Brianna", "Caitlyn", "Hodan", "Ingrid", "Kalia", "Maiv", "Muna", "Shelby", "Solveig",
               "Tessa", "Yer"],
              ["Aden", "Bergquist", "Farah", "Gunderson", "Hagen", "Her", "Lindahl", "Moua", "Nordquist", "Ostrander",
               "Schwalbach", "Thao", "Vang", "Wojcik"]),
    "gb_sco": (["Callum", "Declan", "Euan", "Fraser", "Jamie", "Kyle", "Rory", "Zain"],
               ["Ailsa", "Caitlin", "Eilidh", "Isla", "Kirsty", "Morven", "Rhona", "Shona", "Skye", "Toni", "Aneela"],
               ["Baird", "Colquhoun", "Drummond", "Gilchrist", "Kerr", "Lamont", "McGregor", "McInally", "Ogilvie",
                "Rafiq", "Sinclair", "Urquhart"]),
    "au": (["Bodhi", "Cooper", "Hamish", "Kai", "Lachlan", "Riley", "Tobias"],
           ["Ashleigh", "Brooke", "Chloe", "Indie", "Jacinta", "Kiara", "Matilda", "Piper", "Sienna", "Tahlia"],
           ["Ashdown", "Bellamy", "Cavanagh", "Dimitriou", "Fitzpatrick", "Hollis", "Kowalczyk", "Nakhla",
            "Pemberton", "Tran", "Wainwright"]),
    "za": (["Bongani", "Kagiso", "Lwazi", "Musa", "Neo", "Pieter", "Sibusiso", "Thabo", "Tshepo", "Wandile",
            "Themba", "Riaan"],
           ["Ayanda", "Lerato", "Naledi", "Zanele"],
           ["Botha", "Dlamini", "Khumalo", "Mahlangu", "Mokoena", "Nkosi", "Radebe", "Sithole", "van Wyk",
            "Zulu", "Maseko"]),
    "ca": (["Avery", "Jaskaran", "Liam", "Marco", "Owen", "Rohan"],
           ["Amrit", "Brielle", "Danica", "Gabrielle", "Jordyn", "Kayla", "Madison", "Noor", "Renée", "Teagan"],
           ["Bouchard", "Dhaliwal", "Ferreira", "Gauthier", "Kowalski", "MacKinnon", "Okafor", "Rossi", "Sandhu",
            "Vandermeer"]),
    "ie": (["Cian", "Darragh", "Oisín", "Ronan", "Tadhg"],
           ["Aoife", "Caoimhe", "Clodagh", "Niamh", "Róisín", "Saoirse", "Sinéad", "Aisling", "Orla"],
           ["Brennan", "Dunne", "Fitzgerald", "Kavanagh", "Mac Giolla", "Nolan", "O'Dwyer", "Quinlan", "Tierney"]),
    "in": (["Aditya", "Harshad", "Kunal", "Nikhil", "Omkar", "Siddharth"],
           ["Aarti", "Devika", "Gauri", "Ishita", "Mrunal", "Neha", "Pooja", "Rutuja", "Sneha", "Tanvi"],
           ["Bhosale", "Deshpande", "Gokhale", "Joshi", "Kulkarni", "Mehta", "Naik", "Patil", "Sawant", "Shah"]),
    "de": (["Jannik", "Lukas", "Niklas", "Sven", "Timo"],
           ["Anja", "Carina", "Franziska", "Jana", "Katrin", "Lena", "Melanie", "Nadine", "Sabine", "Svenja",
            "Yasemin"],
           ["Berger", "Brückner", "Engels", "Hoffmann", "Klein", "Kowalewski", "Lindemann", "Nowak", "Öztürk",
            "Pütz", "Schmitz", "Weidenfeld"]),
    "fr": (["Bastien", "Guillaume", "Iñaki", "Jean-Michel", "Patrice", "Thierry"],
           ["Amaia", "Bernadette", "Colette", "Élodie", "Françoise", "Maïté", "Monique", "Nathalie", "Sylvie",
            "Ghislaine"],
           ["Arrieta", "Barthe", "Dupouy", "Etcheverry", "Haristoy", "Labat", "Lacoste", "Larrieu", "Mendiboure",
            "Pucheu", "Sallaberry"]),
    "es": (["Álvaro", "Jorge", "Rubén"],
           ["Ainhoa", "Begoña", "Carmen", "Elena", "Inmaculada", "Lucía", "María Pilar", "Nerea", "Pilar", "Sara",
            "Yolanda"],
           ["Abadía", "Aznar", "Blasco", "Gracia", "Lacasa", "Lafuente", "Lasheras", "Marín", "Royo", "Sancho",
            "Tomás", "Villacampa"]),
    "it": (["Ciro", "Gennaro", "Pasquale", "Vincenzo"],
           ["Assunta", "Carmela", "Concetta", "Filomena", "Giusy", "Immacolata", "Luisa", "Raffaella", "Rosaria",
            "Teresa", "Valentina"],
           ["Amato", "Capasso", "De Luca", "Esposito", "Iovine", "Palumbo", "Russo", "Sorrentino", "Vitiello",
            "Zingone"]),
    "nl": (["Bram", "Joost", "Sem"],
           ["Anouk", "Femke", "Ilse", "Lotte", "Maaike", "Nienke", "Romy", "Sanne", "Yara", "Esra"],
           ["Bakker", "Dekker", "Hoekstra", "Janssen", "Kuipers", "Mulder", "Postma", "Smit", "Verhoeven", "Yilmaz"]),
    "pl": (["Kacper", "Paweł", "Tomasz"],
           ["Agnieszka", "Aleksandra", "Dorota", "Joanna", "Karolina", "Magdalena", "Monika", "Natalia", "Weronika",
            "Zuzanna"],
           ["Błaszczyk", "Dąbrowska", "Górecka", "Kamińska", "Kowalewska", "Lewandowska", "Nowicka", "Szulc",
            "Wiśniewska", "Zielińska"]),
}
#: Japanese names: (kanji, katakana)
JA_FAMILY = [("高橋", "タカハシ"), ("小野寺", "オノデラ"), ("村瀬", "ムラセ"), ("早川", "ハヤカワ"), ("杉浦", "スギウラ"),
             ("北村", "キタムラ"), ("石黒", "イシグロ"), ("宮内", "ミヤウチ"), ("藤田", "フジタ"), ("桜井", "サクライ")]
JA_FEMALE = [("美咲", "ミサキ"), ("遥", "ハルカ"), ("千尋", "チヒロ"), ("奈々", "ナナ"), ("彩花", "アヤカ"),
             ("真由", "マユ"), ("沙織", "サオリ"), ("結衣", "ユイ")]
JA_MALE = [("健太", "ケンタ"), ("翔", "ショウ"), ("大輔", "ダイスケ"), ("拓海", "タクミ"), ("悠真", "ユウマ")]

#: a few family names that masculinise or feminise in Polish (the lists above hold the feminine forms)
PL_MASC = {"Dąbrowska": "Dąbrowski", "Górecka": "Górecki", "Kamińska": "Kamiński", "Kowalewska": "Kowalewski",
           "Lewandowska": "Lewandowski", "Nowicka": "Nowicki", "Wiśniewska": "Wiśniewski", "Zielińska": "Zieliński"}


def person(g: Gen, key: str, female: float | bool = 0.75) -> tuple[str, str]:
    """(given, family) of ``key``'s list; ``female`` a share or a choice."""
    is_f = female if isinstance(female, bool) else g.rnd.random() < female
    males, females, lasts = NAMES[key]
    last = g.rnd.choice(lasts)
    if key == "pl" and not is_f:
        last = PL_MASC.get(last, last)
    return g.rnd.choice(females if is_f else males), last


def sexed(g: Gen, key: str, female: float = 0.75) -> tuple[str, str, bool]:
    is_f = g.rnd.random() < female
    a, b = person(g, key, is_f)
    return a, b, is_f


def whole(g: Gen, key: str, female: float = 0.6) -> str:
    a, b = person(g, key, female)
    return f"{a} {b}"


def given(g: Gen, key: str, female: float = 0.6) -> str:
    return person(g, key, female)[0]


def ja_person(g: Gen, female: float = 0.8) -> tuple[str, str, bool]:
    """(kanji, katakana, female) of a full name, the family name first."""
    fam = g.rnd.choice(JA_FAMILY)
    is_f = g.rnd.random() < female
    giv = g.rnd.choice(JA_FEMALE if is_f else JA_MALE)
    return f"{fam[0]} {giv[0]}", f"{fam[1]} {giv[1]}", is_f


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "x", plain(last) or "y"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(80, 99)}", f"{b}{a[:3]}"])
    return f"{local}@{g.rnd.choice(domains)}"


def email(g: Gen, key: str, domains: list[str]) -> str:
    return email_of(g, *person(g, key), domains)


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first), plain(last)
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a}{b[:3]}"][style % 5]


def handle(g: Gen, first: str, last: str, trade: str) -> str:
    a, b = plain(first), plain(last)
    return "@" + g.rnd.choice([f"{a}.{trade}", f"{trade}by{a}", f"{a}{b[:1]}_{trade}", f"{a}.{b}.{trade}",
                               f"{trade}_{a}{g.rnd.randint(1, 99)}"])


DOMAINS = {
    "us": ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "hotmail.com", "att.net", "comcast.net"],
    "gb": ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "icloud.com", "yahoo.co.uk"],
    "au": ["gmail.com", "bigpond.com", "outlook.com", "icloud.com", "optusnet.com.au", "hotmail.com"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "outlook.com", "icloud.com"],
    "ca": ["gmail.com", "hotmail.ca", "rogers.com", "outlook.com", "cogeco.ca", "icloud.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com", "outlook.ie"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com", "hotmail.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "outlook.de", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr", "hotmail.fr", "wanadoo.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net"],
    "it": ["libero.it", "gmail.com", "virgilio.it", "alice.it", "hotmail.it", "tiscali.it"],
    "nl": ["gmail.com", "hotmail.nl", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp", "icloud.com", "softbank.ne.jp"],
    "pl": ["wp.pl", "onet.pl", "gmail.com", "interia.pl", "o2.pl", "op.pl"],
}
JA_LOCALS = ["sakura", "haruka", "misaki.h", "chihiro88", "nana_s", "ayaka.k", "yui0312", "mayu.m", "saori.kt",
             "kenta.f", "sho_sk", "takumi.i", "hrk", "smile.nana", "momo.usagi"]


def ja_email(g: Gen) -> str:
    return f"{g.rnd.choice(JA_LOCALS)}{g.rnd.randint(1, 999)}@{g.rnd.choice(DOMAINS['ja'])}"


# -- places (written for v80) ------------------------------------------------------------------------------------------

#: (town, state, ZIP codes)
US_ATX = [("Austin", "TX", ["78702", "78704", "78745", "78751", "78757", "78723", "78741", "78748"]),
          ("Round Rock", "TX", ["78664", "78665", "78681"]), ("Pflugerville", "TX", ["78660"]),
          ("Cedar Park", "TX", ["78613"]), ("Kyle", "TX", ["78640"]), ("Buda", "TX", ["78610"]),
          ("Georgetown", "TX", ["78626", "78628"])]
US_ATX_STREETS = ["Burnet Rd", "S Congress Ave", "Manchaca Rd", "E Riverside Dr", "Cameron Rd", "Slaughter Ln",
                  "W Parmer Ln", "Bluebonnet Ln", "Pecan Springs Rd", "Cedar Bend Dr", "Mesquite Hollow Trl"]
US_MSP = [("MINNEAPOLIS", "MN", ["55404", "55406", "55407", "55408", "55409", "55410", "55417", "55418"]),
          ("ST PAUL", "MN", ["55102", "55104", "55105", "55116"]), ("BLOOMINGTON", "MN", ["55420", "55425", "55431"]),
          ("EDINA", "MN", ["55424", "55435", "55439"]), ("ROSEVILLE", "MN", ["55113"]),
          ("EDEN PRAIRIE", "MN", ["55344", "55346"]), ("MAPLE GROVE", "MN", ["55311", "55369"])]
US_MSP_STREETS = ["NICOLLET AVE", "LYNDALE AVE S", "CEDAR AVE S", "MINNEHAHA PKWY", "GRAND AVE", "COMO AVE",
                  "FRANCE AVE S", "HENNEPIN AVE", "SNELLING AVE N", "LAKE ST E"]
#: (town, postcode outward codes)
GB_GLA = [("Glasgow", ["G11", "G12", "G20", "G31", "G41", "G42", "G3"]), ("Paisley", ["PA1", "PA2", "PA3"]),
          ("East Kilbride", ["G74", "G75"]), ("Clydebank", ["G81"]), ("Rutherglen", ["G73"]),
          ("Motherwell", ["ML1"])]
GB_GLA_STREETS = ["Dumbarton Road", "Great Western Road", "Duke Street", "Pollokshaws Road", "Maryhill Road",
                  "Victoria Road", "Paisley Road West", "Byres Road", "Cathcart Road", "Kilbowie Road"]
#: (suburb, postcode)
AU_SYD = [("Surry Hills", "2010"), ("Newtown", "2042"), ("Marrickville", "2204"), ("Bondi", "2026"),
          ("Parramatta", "2150"), ("Chatswood", "2067"), ("Manly", "2095"), ("Randwick", "2031"),
          ("Leichhardt", "2040"), ("Hornsby", "2077"), ("Cronulla", "2230")]
#: (town, postal code forward sortation areas)
CA_HAM = [("Hamilton", ["L8P", "L8L", "L8M", "L9A", "L9C", "L8K"]), ("Burlington", ["L7L", "L7M", "L7R"]),
          ("Stoney Creek", ["L8E", "L8G", "L8J"]), ("Dundas", ["L9H"]), ("Ancaster", ["L9G"]), ("Grimsby", ["L3M"])]
CA_HAM_STREETS = ["King St E", "Main St W", "Upper James St", "Barton St E", "Locke St S", "Concession St",
                  "Brant St", "Plains Rd E", "Mohawk Rd W", "Fennell Ave E"]
IE_EIRCODE_KEYS = ["D02", "D04", "D06", "D6W", "D08", "D12", "D15", "A94", "A96", "K78", "D07", "D09"]
#: (locality, town, PIN codes)
IN_MUM = [("Bandra West", "Mumbai", ["400050"]), ("Andheri East", "Mumbai", ["400069", "400093"]),
          ("Powai", "Mumbai", ["400076"]), ("Dadar West", "Mumbai", ["400028"]), ("Chembur", "Mumbai", ["400071"]),
          ("Borivali West", "Mumbai", ["400092"]), ("Naupada", "Thane", ["400602"]),
          ("Vashi", "Navi Mumbai", ["400703"]), ("Kothrud", "Pune", ["411038"]), ("Baner", "Pune", ["411045"])]
IN_SOCIETIES = ["Sea Breeze CHS", "Shanti Kunj", "Hiranandani Gardens", "Gokul Dham CHS", "Sai Darshan Apts",
                "Lodha Aqua", "Neelkanth Heights", "Vasant Vihar"]
IN_ROADS = ["Carter Road", "S.V. Road", "Hill Road", "Gokhale Road", "L.B.S. Marg", "Link Road", "Karve Road"]
#: (Ort, PLZ)
DE_CGN = [("Köln", ["50667", "50674", "50677", "50733", "50823", "50937", "50968", "51063", "51105"]),
          ("Bergisch Gladbach", ["51465", "51469"]), ("Leverkusen", ["51373", "51379"]), ("Hürth", ["50354"]),
          ("Frechen", ["50226"]), ("Pulheim", ["50259"]), ("Brühl", ["50321"])]
DE_STREETS = ["Aachener Straße", "Venloer Straße", "Neusser Str.", "Bonner Straße", "Zülpicher Straße",
              "Dürener Straße", "Berrenrather Str.", "Luxemburger Straße", "Am Rinkenpfuhl", "Kalker Hauptstraße"]
#: (commune, code postal, département of birth for the NIR)
FR_SW = [("Biarritz", "64200"), ("Anglet", "64600"), ("Bayonne", "64100"), ("Saint-Jean-de-Luz", "64500"),
         ("Pau", "64000"), ("Bordeaux", "33000"), ("Mérignac", "33700"), ("Dax", "40100"), ("Toulouse", "31400"),
         ("Paris", "75015"), ("Mont-de-Marsan", "40000"), ("Hendaye", "64700")]
FR_DEPTS = ["64", "33", "40", "31", "75", "92", "65", "47", "69", "13"]
FR_STREETS = ["rue Gambetta", "avenue de la Marne", "allée des Mimosas", "boulevard du Général de Gaulle",
              "rue Mazagran", "chemin de Larrouy", "impasse des Tamaris", "avenue de Verdun", "rue Thiers"]
#: (localidad, códigos postales)
ES_ZAZ = [("Zaragoza", ["50001", "50003", "50005", "50008", "50009", "50010", "50015", "50017", "50018"]),
          ("Utebo", ["50180"]), ("Cuarte de Huerva", ["50410"]), ("Zuera", ["50800"]), ("La Muela", ["50196"]),
          ("Villanueva de Gállego", ["50830"])]
ES_STREETS = ["C/ Delicias", "Avda. de Madrid", "C/ Unceta", "Vía Univérsitas", "C/ Duquesa Villahermosa",
              "Pº Calanda", "C/ Bilbao", "C/ Predicadores", "Avda. Navarra"]
#: (comune, provincia, CAP, codice catastale)
IT_NAP = [("NAPOLI", "NA", ["80121", "80129", "80135", "80138", "80141"], "F839"),
          ("POZZUOLI", "NA", ["80078"], "G964"), ("PORTICI", "NA", ["80055"], "G902"),
          ("TORRE DEL GRECO", "NA", ["80059"], "L259"), ("CASERTA", "CE", ["81100"], "B963"),
          ("SALERNO", "SA", ["84121", "84127", "84134"], "H703"),
          ("CASTELLAMMARE DI STABIA", "NA", ["80053"], "C129")]
IT_STREETS = ["VIA TOLEDO", "CORSO VITTORIO EMANUELE", "VIA CHIAIA", "VIA FORIA", "VIA D. FONTANA", "VIA EPOMEO",
              "VIA A. MANZONI", "VICO LUNGO GELSO", "VIA NAZIONALE"]
#: (woonplaats, first and last four-digit postcode)
NL_UTR = [("Utrecht", 3511, 3585), ("Nieuwegein", 3430, 3439), ("Zeist", 3700, 3709), ("Houten", 3990, 3995),
          ("Maarssen", 3600, 3608), ("De Bilt", 3730, 3732), ("IJsselstein", 3400, 3404)]
#: (住所 prefix, 郵便番号)
JA_PLACES = [("東京都武蔵野市吉祥寺本町", "180-0004"), ("東京都武蔵野市吉祥寺南町", "180-0003"),
             ("東京都武蔵野市中町", "180-0006"), ("東京都三鷹市下連雀", "181-0013"), ("東京都杉並区西荻北", "167-0042"),
             ("東京都杉並区西荻南", "167-0053"), ("東京都練馬区関町北", "177-0051"), ("東京都小金井市本町", "184-0004")]
#: (miasto, kod pocztowy lead)
PL_GDN = [("Gdańsk", "80-"), ("Gdynia", "81-"), ("Sopot", "81-7"), ("Pruszcz Gdański", "83-00"), ("Rumia", "84-23"),
          ("Reda", "84-24")]
PL_STREETS = ["ul. Grunwaldzka", "ul. Długa", "ul. Kartuska", "al. Zwycięstwa", "ul. Obrońców Wybrzeża",
              "ul. Chłopska", "ul. Świętojańska", "ul. Morska", "ul. Piastowska"]


def gb_postcode(g: Gen, outward: str) -> str:
    return f"{outward} {g.rnd.randint(1, 9)}{g.digits(2, 'ABDEFGHJLNPQRSTUWXYZ')}"


def ca_postcode(g: Gen, fsa: str) -> str:
    return f"{fsa} {g.rnd.randint(1, 9)}{g.rnd.choice('ABCEGHJKLMNPRSTVWXYZ')}{g.rnd.randint(0, 9)}"


def eircode(g: Gen) -> str:
    return f"{g.rnd.choice(IE_EIRCODE_KEYS)} {g.digits(4, '0123456789ACDEFHKNPRTVWXY')}"


def nl_postcode(g: Gen, lo: int, hi: int) -> str:
    letters = g.digits(2, "ABCEGHJKLMNPRTVWXZ")
    return f"{g.rnd.randint(lo, hi)} {letters}"


def pl_postcode(g: Gen, lead: str) -> str:
    return lead + g.digits(6 - len(lead))


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa, Mastercard, Discover or Amex prefix."""
    prefix, length = g.rnd.choice([("4", 16), ("53", 16), ("2223", 16), ("6011", 16), ("34", 15)])
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def luhn_code(g: Gen, prefix: str, length: int) -> str:
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def us_ssn(g: Gen) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 665):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}"

    return g.valid(make, _ssn.is_valid)


def us_ein(g: Gen) -> str:
    prefixes = ["74", "75", "76", "20", "26", "27", "45", "46", "47", "81", "82", "83", "84", "85", "86", "87", "88"]
    return g.valid(lambda: f"{g.rnd.choice(prefixes)}-{g.digits(7)}", _ein.is_valid)


def aba(g: Gen) -> str:
    body = g.rnd.choice(["1110", "1119", "1140", "3110", "3114"]) + g.digits(4)
    number = body + _rtn.calc_check_digit(body)
    assert _rtn.is_valid(number)
    return number


def za_id(g: Gen, born: date, female: bool) -> str:
    seq = g.rnd.randint(0, 4999) if female else g.rnd.randint(5000, 9999)
    body = f"{born:%y%m%d}{seq:04d}{g.rnd.choice('0001')}8"
    number = body + luhn.calc_check_digit(body)
    assert _zaid.is_valid(number)
    return number


def in_pan(g: Gen, surname: str) -> str:
    initial = (plain(surname)[:1] or "x").upper()
    return g.valid(lambda: g.code("AAA") + "P" + initial + g.code("9999A"), _pan.is_valid)


def in_gstin(g: Gen) -> str:
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

    def make() -> str:
        body = "27" + g.code("AAA") + "C" + g.code("A9999A") + g.rnd.choice("123") + "Z"
        return body + luhn.calc_check_digit(body, alphabet)

    return g.valid(make, _gstin.is_valid)


def fr_nir(g: Gen, born: date, female: bool) -> str:
    body = (f"{2 if female else 1}{born:%y%m}{g.rnd.choice(FR_DEPTS)}{g.rnd.randint(1, 500):03d}"
            f"{g.rnd.randint(1, 999):03d}")
    number = body + _nir.calc_check_digits(body)
    assert _nir.is_valid(number)
    return number


def fr_siret(g: Gen) -> str:
    def make() -> str:
        siren = luhn_code(g, g.rnd.choice(["4", "5", "8"]), 9)
        return luhn_code(g, siren + "000", 14)

    return g.valid(make, _siret.is_valid)


def rpps(g: Gen) -> str:
    """An RPPS number (11 digits, Luhn): a practitioner's, ``none``."""
    return luhn_code(g, "10", 11)


def es_dni(g: Gen) -> str:
    n = g.rnd.randint(16_000_000, 79_999_999)
    number = f"{n:08d}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
    assert _dni.is_valid(number)
    return number


def es_nie(g: Gen) -> str:
    lead = g.rnd.choice("XY")
    n = g.rnd.randint(0, 9_999_999)
    number = f"{lead}{n:07d}{'TRWAGMYFPDXBNJZSQVHLCKE'[int(str('XY'.index(lead)) + f'{n:07d}') % 23]}"
    assert _nie.is_valid(number)
    return number


def es_wrong_dni(g: Gen) -> str:
    """Eight digits and a letter that is not the DNI's: a bono number, ``none``."""
    n = g.rnd.randint(10_000_000, 99_999_999)
    good = "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]
    number = f"{n:08d}{g.rnd.choice([x for x in 'ABCDEFHJKLMNPRSTVWXYZ' if x != good])}"
    assert not _dni.is_valid(number)
    return number


def es_cif(g: Gen) -> str:
    return g.valid(lambda: "B" + g.rnd.choice(["50", "99"]) + g.digits(5) + g.digits(1), _cif.is_valid)


def _cf_part(text: str, given_name: bool) -> str:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vows = [ch for ch in letters if ch in "AEIOU"]
    if given_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return "".join((cons + vows + ["X", "X", "X"])[:3])


def it_codice_fiscale(first: str, last: str, born: date, female: bool, comune: str) -> str:
    """A codice fiscale encoding the name, the birth date, the sex and the comune (check letter: python-stdnum)."""
    day = born.day + (40 if female else 0)
    body = (_cf_part(last, False) + _cf_part(first, True) + f"{born.year % 100:02d}" + "ABCDEHLMPRST"[born.month - 1]
            + f"{day:02d}" + comune)
    number = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(number)
    return number


def it_iva(g: Gen) -> str:
    return g.valid(lambda: luhn_code(g, g.digits(7, "123456789") + g.rnd.choice(["063", "065", "061"]), 11),
                   _iva.is_valid)


def pl_pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    sex = g.rnd.choice("02468" if female else "13579")
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}{sex}"
    number = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(number)
    return number


def pl_wrong_pesel(g: Gen) -> str:
    """Eleven digits that fail PESEL's check: an invoice number, ``none``."""
    return g.valid(lambda: "25" + g.digits(9), lambda x: not _pesel.is_valid(x))


def pl_nip(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice(["583", "584", "586", "957"]) + g.digits(7), _nip.is_valid)


def jp_corporate(g: Gen) -> str:
    body = "01" + g.digits(10)
    number = _jpcn.calc_check_digit(body) + body
    assert _jpcn.is_valid(number)
    return number


def gb_vat(g: Gen) -> str:
    return "GB" + g.valid(lambda: g.digits(9, "123456789"), _gbvat.is_valid)


def ie_vat(g: Gen) -> str:
    return "IE" + g.valid(lambda: g.digits(7) + g.rnd.choice("ABCDEFGHIJKLMNOPQRSTUVW"), _ievat.is_valid)


def au_abn(g: Gen) -> str:
    number = g.valid(lambda: g.digits(11, "123456789"), _abn.is_valid)
    return f"{number[:2]} {number[2:5]} {number[5:8]} {number[8:]}"


def ca_bn15(g: Gen) -> str:
    number = luhn_code(g, g.rnd.choice(["7", "8"]), 9) + "RT0001"
    assert _bn.is_valid(number)
    return number


#: BBAN layouts (9 a digit, A a letter); python-stdnum checks the result (Spain's CCC included)
BBAN = {"DE": "999999999999999999", "ES": "99999999999999999999"}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, national checks retried, python-stdnum checks it)."""

    def make() -> str:
        bban = g.code(BBAN[country])
        if country == "DE":
            bban = g.rnd.choice(["370", "370", "380"]) + bban[3:]
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)
