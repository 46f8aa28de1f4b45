"""Values of held-out set v99 (:mod:`benchmarks.classification.heldout_v99`): v99's random source, and names, streets,
cities, providers and free-text snippets written by hand for v99's aged care, home care and disability support
systems (no Faker, no list of real people, no breach data), phones checked with phonenumbers and identifiers with
check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers are copied from v98's; the lists below are new.
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
from stdnum.au import tfn as _tfn
from stdnum.ca import sin as _sin
from stdnum.de import idnr as _idnr
from stdnum.fr import nir as _nir
from stdnum.gb import nhs as _nhs
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _afm
from stdnum.ie import pps as _pps
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.it import codicefiscale as _cf
from stdnum.jp import in_ as _mynumber
from stdnum.nl import bsn as _bsn
from stdnum.nz import ird as _ird
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _za

from benchmarks.classification.heldout_v2 import Column

SEED = 99_203_2026
N = "none"
#: a login (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v98's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNK", "?",
    "not known", "declined", "nil", "0", "000000000", "00000000", "k.A.", "unbekannt", "keine", "inconnu", "néant",
    "onbekend", "geen", "brak", "nieznany", "sconosciuto", "nessuno", "άγνωστο", "κανένα", "不明", "なし", "refused")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v99:{SEED}:{table}")

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
        keep = max(len(nsn) - 7, 1) if region in ("US", "CA") else max(len(nsn) - 6, 1)

        def make() -> str:
            if region == "US":
                return self.rnd.choice(US_AREAS) + str(self.rnd.randint(2, 9)) + self.digits(6)
            if region == "CA":
                return self.rnd.choice(CA_AREAS) + str(self.rnd.randint(2, 9)) + self.digits(6)
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


US_AREAS = ["602", "480", "520", "928", "623"]
CA_AREAS = ["613", "343", "705", "249", "519"]

# -- names (written for v99) -------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Harlan", "Wendell", "Everett", "Lonnie", "Ignacio", "Delbert", "Myron", "Rudolph", "Ellis", "Virgil"],
           ["Loretta", "Imogene", "Bernadette", "Wilma", "Consuelo", "Mavis", "Georgette", "Opal", "Lucinda", "Verna"],
           ["Quackenbush", "Ellsworth", "Tafoya", "Dunnigan", "Prewitt", "Kasprzak", "Yazzie", "Oberholtzer",
            "Mondragon", "Fairweather", "Lockridge", "Stallworth", "Hinojosa", "Beauchesne", "Wetherbee"]),
    "gb": (["Cyril", "Reginald", "Norman", "Dennis", "Gurdev", "Clifford", "Stanley", "Winston"],
           ["Edna", "Phyllis", "Doreen", "Gwendoline", "Myrtle", "Sunita", "Hazel", "Marjorie"],
           ["Featherstone", "Ackroyd", "Sowerby", "Haigh", "Butterworth", "Dewhirst", "Ramsden", "Thwaite",
            "Brearley", "Greenwood-Lister", "Holroyd", "Kaur-Bains"]),
    "au": (["Merv", "Keith", "Bruce", "Spiros", "Nguyen", "Clive", "Warrick", "Jarrah"],
           ["Beryl", "Noelene", "Dulcie", "Kylie", "Mai", "Rhonda", "Leanne", "Tahnee"],
           ["Dunstan", "McAllister", "Papadakis", "Tran-Whitby", "Kerrigan", "Wirrpanda", "Coombe", "Lindqvist",
            "Battersby", "Nankervis", "Fogarty", "Mazzoleni"]),
    "ca": (["Gérald", "Lorne", "Réjean", "Murray", "Baljit", "Elwood", "Normand", "Wasyl"],
           ["Huguette", "Lorraine", "Gisèle", "Dolores", "Manjit", "Thérèse", "Muriel", "Olena"],
           ["Charbonneau", "Lalonde-Pitre", "McCrimmon", "Sawchuk", "Thibodeau", "Grewal", "Desrosiers", "Kapusta",
            "Lafrenière", "Sinclair", "Bélanger", "Wabasse"]),
    "ie": (["Seán", "Pádraig", "Mícheál", "Eamon", "Tomás", "Bartholomew", "Dermot", "Jarlath"],
           ["Bríd", "Nuala", "Máire", "Philomena", "Assumpta", "Eithne", "Kathleen", "Una"],
           ["Ó Conaill", "McGlinchey", "Ní Fhloinn", "Dunphy", "Gallagher", "Mac Aodha", "Brosnan", "Tuohy",
            "Hegarty", "Ó Broin", "Scanlon", "Costigan"]),
    "nz": (["Tipene", "Hohepa", "Ross", "Graeme", "Rawiri", "Tevita", "Alistair", "Paora"],
           ["Huia", "Marama", "Noeline", "Heather", "Mere", "Salote", "Glenys", "Waimarie"],
           ["Tūhoe-Ranginui", "Ngata", "Burrows", "Taumata", "Lealaiauloto", "McIntyre", "Kereama", "Tipoki",
            "Rewiti", "Harrop", "Paewai", "Gillanders"]),
    "in": (["Ramachandran", "Shrikant", "Gopal", "Balwinder", "Anand", "Suresh", "Mohan", "Prakash"],
           ["Sarojini", "Kamala", "Vasundhara", "Leelavati", "Parvati", "Sudha", "Hemlata", "Nirmala"],
           ["Gokhale", "Joshi", "Paranjpe", "Kelkar", "Apte", "Subramaniam", "Bhatnagar", "Khandelwal",
            "Nambiar", "Sahasrabudhe", "Mukherjee", "Tiwari"]),
    "za": (["Sipho", "Thabo", "Pieter", "Johannes", "Mandla", "Faizel", "Gert", "Lwazi"],
           ["Nomvula", "Thandiwe", "Elsabé", "Marietjie", "Zanele", "Fatima", "Anneke", "Lindiwe"],
           ["Van der Merwe", "Nkosi", "Dlamini", "Botha", "Mokoena", "Adams", "Pretorius", "Ndlovu", "Jacobs",
            "Khumalo", "Fourie", "Mahlangu"]),
    "de": (["Wolfgang", "Günther", "Horst", "Dieter", "Heinz", "Mehmet", "Manfred", "Siegfried"],
           ["Hildegard", "Ingeborg", "Gertrud", "Waltraud", "Elfriede", "Ursula", "Gülay", "Rosemarie"],
           ["Schnitzler", "Overbeck", "Düsterhaus", "Pütz", "Hennecke", "Lohmar", "Kaymak", "Zimmerling",
            "Wingenfeld", "Brückmann", "Esser", "Kleinöder"]),
    "fr": (["Marcel", "Gérard", "Raymond", "Lucien", "Albert", "Mohamed", "Roger", "Fernand"],
           ["Germaine", "Yvette", "Simone", "Paulette", "Odette", "Josiane", "Ginette", "Fatiha"],
           ["Guérin", "Le Corre", "Pasquier", "Chevalier", "Rabiller", "Bouchet", "Audrain", "Hamidi", "Boisseau",
            "Jamet", "Praud", "Gicquel"]),
    "nl": (["Gerrit", "Hendrik", "Cornelis", "Willem", "Jacobus", "Mustafa", "Teun", "Arie"],
           ["Geertruida", "Hendrika", "Aaltje", "Johanna", "Wilhelmina", "Fatma", "Trijntje", "Grietje"],
           ["van der Heijden", "Bosman", "de Vries", "Kuipers", "Veenstra", "Hoekstra", "Yilmaz", "van Dijk",
            "Dijkhuizen", "Brouwer", "Mulder", "ten Have"]),
    "pl": (["Zbigniew", "Stanisław", "Czesław", "Kazimierz", "Tadeusz", "Jerzy", "Bogdan", "Mieczysław"],
           ["Halina", "Krystyna", "Danuta", "Jadwiga", "Zofia", "Bożena", "Stanisława", "Wiesława"],
           ["Wiśniewski", "Grzybowski", "Pawlak", "Dąbrowski", "Zieliński", "Kaczmarek", "Wróbel", "Sikora",
            "Michalski", "Jabłoński", "Kołodziej", "Szymański"]),
    "it": (["Giuseppe", "Luigi", "Ottavio", "Gianfranco", "Ernesto", "Salvatore", "Angelo", "Renzo"],
           ["Giuseppina", "Rosalba", "Carmela", "Ornella", "Annunziata", "Vittoria", "Graziella", "Liliana"],
           ["Brambilla", "Colombo", "Galbiati", "Ferrario", "Mauri", "Sala", "Cattaneo", "Fumagalli", "Ronchi",
            "Longoni", "Villa", "Crippa"]),
    "el": (["Γεώργιος", "Κωνσταντίνος", "Δημήτριος", "Ιωάννης", "Παναγιώτης", "Χαράλαμπος", "Σπυρίδων", "Αθανάσιος"],
           ["Παναγιώτα", "Βασιλική", "Αικατερίνη", "Ευαγγελία", "Σταματία", "Δέσποινα", "Χρυσούλα", "Φωτεινή"],
           ["Παπαδόπουλος", "Οικονόμου", "Καραγιάννης", "Μαυρίδης", "Αντωνίου", "Ζαχαρίου", "Τσακίρης", "Λαμπράκης",
            "Μπακάλης", "Κυριακίδης", "Γεωργίου", "Σταυρόπουλος"]),
    "ja": (["正雄", "清", "茂", "勇", "和夫", "昭", "博", "武"],
           ["ハル", "キヨ", "フミ", "和子", "節子", "幸子", "久子", "トシ"],
           ["鈴木", "田中", "工藤", "菊地", "佐藤", "伊藤", "大野", "阿部", "成田", "三浦", "畠山", "斎藤"]),
}

#: Greek names in Latin letters (e-mails)
EL_LATIN = {"Γεώργιος": "georgios", "Κωνσταντίνος": "kostas", "Δημήτριος": "dimitris", "Ιωάννης": "giannis",
            "Παναγιώτης": "panagiotis", "Χαράλαμπος": "xaralampos", "Σπυρίδων": "spyros", "Αθανάσιος": "thanasis",
            "Παναγιώτα": "giota", "Βασιλική": "vasiliki", "Αικατερίνη": "katerina", "Ευαγγελία": "evagelia",
            "Σταματία": "matina", "Δέσποινα": "despoina", "Χρυσούλα": "chrysoula", "Φωτεινή": "foteini"}

#: Japanese names in katakana (kana columns)
JA_KANA = {"鈴木": "スズキ", "田中": "タナカ", "工藤": "クドウ", "菊地": "キクチ", "佐藤": "サトウ", "伊藤": "イトウ",
           "大野": "オオノ", "阿部": "アベ", "成田": "ナリタ", "三浦": "ミウラ", "畠山": "ハタケヤマ", "斎藤": "サイトウ",
           "正雄": "マサオ", "清": "キヨシ", "茂": "シゲル", "勇": "イサム", "和夫": "カズオ", "昭": "アキラ",
           "博": "ヒロシ", "武": "タケシ", "ハル": "ハル", "キヨ": "キヨ", "フミ": "フミ", "和子": "カズコ",
           "節子": "セツコ", "幸子": "サチコ", "久子": "ヒサコ", "トシ": "トシ"}


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``."""
    male, fem, fam = NAMES[lang]
    if female is None:
        female = g.rnd.random() < 0.6
    return g.rnd.choice(fem if female else male), g.rnd.choice(fam)


def whole(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    return f"{b} {a}" if lang == "ja" else f"{a} {b}"


def given(g: Gen, lang: str = "us") -> str:
    return person(g, lang)[0]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isascii() and (ch.isalnum() or ch == "."))


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a = plain(EL_LATIN.get(first, first)) or g.rnd.choice(["info", "home", "mail"])
    b = plain(last) or g.rnd.choice(["fam", "oikos", "kazoku"])
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(40, 79)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def mail(g: Gen, lang: str) -> str:
    """An e-mail of a new person of ``lang`` (romanized for Japanese)."""
    if lang == "ja":
        local = g.rnd.choice(["kazuko", "masao", "setsu", "hiroshi", "sachiko", "kiyoshi", "tanaka", "kudou"])
        return f"{local}{g.rnd.choice(['', '.', '_'])}{g.rnd.randint(1, 9999)}@{g.rnd.choice(DOMAINS['ja'])}"
    return email_of(g, *person(g, lang), DOMAINS[lang])


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first).replace(".", ""), plain(last).replace(".", "")
    return [f"{a[0]}{b}"[:12], f"{a}.{b}", f"{b[:6]}{a[:2]}".upper()][style % 3]


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "comcast.net", "aol.com", "cox.net"],
    "gb": ["btinternet.com", "gmail.com", "talktalk.net", "hotmail.co.uk", "sky.com"],
    "au": ["bigpond.com", "gmail.com", "optusnet.com.au", "iinet.net.au"],
    "ca": ["gmail.com", "bell.net", "videotron.ca", "sympatico.ca"],
    "ie": ["eircom.net", "gmail.com", "yahoo.ie", "hotmail.com"],
    "nz": ["xtra.co.nz", "gmail.com", "slingshot.co.nz"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
    "za": ["gmail.com", "telkomsa.net", "mweb.co.za", "vodamail.co.za"],
    "de": ["t-online.de", "gmx.de", "web.de", "freenet.de"],
    "fr": ["orange.fr", "wanadoo.fr", "laposte.net", "free.fr"],
    "nl": ["ziggo.nl", "kpnmail.nl", "hetnet.nl", "gmail.com"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "o2.pl"],
    "it": ["libero.it", "virgilio.it", "alice.it", "gmail.com"],
    "el": ["otenet.gr", "yahoo.gr", "gmail.com", "hol.gr"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "gmail.com"],
}

# -- places (written for v99) ------------------------------------------------------------------------------------------

#: (city, county, ZIP prefix) in Arizona
US_CITIES = [("Mesa", "Maricopa", "852"), ("Sun City West", "Maricopa", "853"), ("Tucson", "Pima", "857"),
             ("Prescott", "Yavapai", "863"), ("Green Valley", "Pima", "856"), ("Flagstaff", "Coconino", "860")]
US_STREETS = ["E Brown Rd", "N Saguaro Blvd", "W Bell Rd", "Camino del Sol", "S Ironwood Dr", "Palo Verde Ln",
              "E Ocotillo Cir", "N Granite Dells Pkwy", "W Sun Ridge Dr", "Desert Willow Ct"]
GB_CITIES = [("Halifax", "HX1"), ("Huddersfield", "HD3"), ("Keighley", "BD21"), ("Todmorden", "OL14"),
             ("Dewsbury", "WF13"), ("Brighouse", "HD6"), ("Skipton", "BD23")]
GB_STREETS = ["Skircoat Moor Road", "Lindley Moor Road", "Cavendish Street", "Burnley Road", "Heckmondwike Road",
              "Bradford Road", "Gargrave Road", "Savile Park Terrace", "Scar Lane", "Fold Court"]
AU_CITIES = [("Geelong", "3220"), ("Ballarat", "3350"), ("Bendigo", "3550"), ("Frankston", "3199"),
             ("Warrnambool", "3280"), ("Shepparton", "3630"), ("Mildura", "3500")]
AU_STREETS = ["Moorabool Street", "Sturt Street", "Pall Mall", "Nepean Highway", "Liebig Street", "Wyndham Street",
              "Deakin Avenue", "Wattle Grove", "Banksia Court", "Jacaranda Close"]
CA_CITIES = [("Ottawa", "K1S"), ("Cornwall", "K6H"), ("Pembroke", "K8A"), ("Sudbury", "P3E"), ("Hawkesbury", "K6A"),
             ("Brockville", "K6V"), ("Smiths Falls", "K7A")]
CA_STREETS = ["Bank Street", "Pitt Street", "rue Principale", "Montréal Road", "King Street West", "Elm Crescent",
              "Lisgar Avenue", "Beckwith Street North", "Notre-Dame Street", "Maple Hill Drive"]
IE_CITIES = [("Waterford", "X91"), ("Kilkenny", "R95"), ("Wexford", "Y35"), ("Clonmel", "E91"), ("Carlow", "R93"),
             ("Dungarvan", "X35"), ("Thurles", "E41")]
IE_STREETS = ["The Mall", "John's Hill", "Bóthar an Chaisleáin", "Patrick Street", "Parnell Terrace", "Ard Mhuire",
              "Gracedieu Road", "Friary Street", "Ballybricken Green", "Cois Abhann"]
NZ_CITIES = [("Dunedin", "9016"), ("Invercargill", "9810"), ("Timaru", "7910"), ("Oamaru", "9400"),
             ("Gore", "9710"), ("Balclutha", "9230"), ("Queenstown", "9300")]
NZ_STREETS = ["George Street", "Kaikorai Valley Road", "Tay Street", "Thames Highway", "Stafford Street",
              "Ōtākou Place", "Clyde Street", "Māori Hill Road", "Eden Terrace", "Tweed Street"]
IN_CITIES = [("Pune", "411"), ("Nashik", "422"), ("Satara", "415"), ("Kolhapur", "416"), ("Aurangabad", "431"),
             ("Solapur", "413")]
IN_STREETS = ["Prabhat Road Lane 5", "Karve Nagar", "Sadashiv Peth", "College Road", "Shivaji Nagar", "Tarabai Park",
              "Aundh Sector 2", "Deccan Gymkhana", "Kothrud Depot Road", "Ganesh Peth"]
ZA_CITIES = [("Cape Town", "8001"), ("Bellville", "7530"), ("Mitchells Plain", "7785"), ("Stellenbosch", "7600"),
             ("Paarl", "7646"), ("Khayelitsha", "7784"), ("Somerset West", "7130")]
ZA_STREETS = ["Voortrekker Road", "Main Road", "Kromboom Road", "Lansdowne Road", "Merriman Avenue", "Protea Street",
              "Spine Road", "Dorp Street", "Klipfontein Road", "Lourens Street"]
DE_CITIES = [("Köln", "50"), ("Bonn", "53"), ("Leverkusen", "51"), ("Bergisch Gladbach", "51"), ("Brühl", "50"),
             ("Troisdorf", "53")]
DE_STREETS = ["Venloer Straße", "Dürener Straße", "Poppelsdorfer Allee", "Kölner Straße", "Am Eichenhang",
              "Rosenweg", "Bonner Talweg", "Mülheimer Freiheit", "Auf dem Hügel", "Lindenthalgürtel"]
FR_CITIES = [("Nantes", "44000"), ("Saint-Nazaire", "44600"), ("Rezé", "44400"), ("Guérande", "44350"),
             ("Ancenis", "44150"), ("Clisson", "44190"), ("Pornic", "44210")]
FR_STREETS = ["rue de la Paix", "boulevard Guist'hau", "rue des Hauts-Pavés", "allée des Camélias",
              "chemin de la Gilarderie", "rue du Calvaire", "impasse des Mimosas", "quai de la Fosse"]
NL_CITIES = [("Zwolle", "80"), ("Deventer", "74"), ("Kampen", "82"), ("Apeldoorn", "73"), ("Hardenberg", "77"),
             ("Meppel", "79")]
NL_STREETS = ["Assendorperstraat", "Brink", "Oudestraat", "Deventerstraat", "Kerkstraat", "Molenweg",
              "Burgemeester van Roijensingel", "Stationsweg", "Hoofdstraat", "Esdoornlaan"]
PL_CITIES = [("Kraków", "30"), ("Wieliczka", "32"), ("Tarnów", "33"), ("Nowy Sącz", "33"), ("Oświęcim", "32"),
             ("Myślenice", "32")]
PL_STREETS = ["ul. Długa", "ul. Kalwaryjska", "os. Na Skarpie", "ul. Krakowska", "al. Pokoju", "ul. Zielona",
              "ul. Jana Pawła II", "ul. Mickiewicza", "ul. Lipowa", "os. Piastów"]
IT_CITIES = [("Monza", "20900"), ("Lecco", "23900"), ("Como", "22100"), ("Bergamo", "24121"), ("Lodi", "26900"),
             ("Varese", "21100"), ("Seregno", "20831")]
IT_STREETS = ["Via Vittorio Emanuele II", "Corso Milano", "Via dei Mille", "Viale Lombardia", "Via Garibaldi",
              "Piazza Trento e Trieste", "Via Manzoni", "Vicolo del Forno", "Via Montegrappa", "Via Cavour"]
IT_PLACES = {"Monza": "F704", "Lecco": "E507", "Como": "C933", "Bergamo": "A794", "Lodi": "E648", "Varese": "L682",
             "Seregno": "I625"}
EL_CITIES = [("Θεσσαλονίκη", "546"), ("Καλαμαριά", "551"), ("Σέρρες", "621"), ("Κατερίνη", "601"), ("Βέροια", "591"),
             ("Δράμα", "661")]
EL_STREETS = ["Εγνατίας", "Τσιμισκή", "Βασιλίσσης Όλγας", "Μεγάλου Αλεξάνδρου", "Αγίας Σοφίας", "Κηφισίας",
              "Ελευθερίου Βενιζέλου", "Παπαναστασίου"]
JA_CITIES = [("青森市", "030"), ("弘前市", "036"), ("八戸市", "031"), ("盛岡市", "020"), ("秋田市", "010"),
             ("五所川原市", "037")]
JA_STREETS = ["新町2丁目5-8", "本町1丁目3-14", "堤町4-21", "下田町7-2", "緑ヶ丘3丁目12-6", "旭町1-9-3"]


def street(g: Gen, streets: list[str], lang: str = "us") -> str:
    s = g.rnd.choice(streets)
    n = g.rnd.randint(100, 19_800) if lang == "us" else g.rnd.randint(1, 160)
    if lang in ("de", "nl", "pl", "el"):
        return f"{s} {n}"
    if lang == "it":
        return f"{s}, {n}"
    if lang == "fr":
        return f"{n} {s}"
    if lang == "ja":
        return s
    if lang == "in":
        return f"Flat {g.rnd.randint(1, 40)}, {n} {s}"
    if lang in ("au", "nz") and g.rnd.random() < 0.3:
        return f"{g.rnd.randint(1, 12)}/{n} {s}"
    return f"{n} {s}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    d = g.valid(make, _ssn.is_valid)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dashed else d


def us_ssn_decoy(g: Gen) -> str:
    """A number shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    area = g.rnd.choice(["000", "666", f"9{g.digits(2)}"])
    return f"{area}-{g.digits(2)}-{g.digits(4)}"


def ca_sin(g: Gen) -> str:
    body = str(g.rnd.choice([1, 2, 3, 4, 5, 6, 7, 9])) + g.digits(7)
    d = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(d)
    return f"{d[:3]}-{d[3:6]}-{d[6:]}" if g.rnd.random() < 0.5 else d


def luhn_decoy(g: Gen, n: int, first: str = "123456789") -> str:
    """``n`` digits failing the Luhn check."""
    return g.valid(lambda: g.rnd.choice(first) + g.digits(n - 1), lambda x: not luhn.is_valid(x))


def nhs(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(4, 6)) + g.digits(9), _nhs.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:]}" if g.rnd.random() < 0.7 else d


def nhs_decoy(g: Gen) -> str:
    """Ten digits failing the NHS number's check."""
    return g.valid(lambda: str(g.rnd.randint(4, 6)) + g.digits(9), lambda x: not _nhs.is_valid(x))


def pps(g: Gen) -> str:
    return g.valid(lambda: g.digits(7) + g.rnd.choice(string.ascii_uppercase[:23]) + g.rnd.choice(["", "", "A"]),
                   _pps.is_valid)


def pps_decoy(g: Gen) -> str:
    """Seven digits and a letter failing the PPSN check (a roster or visit reference)."""
    return g.valid(lambda: g.digits(7) + g.rnd.choice(string.ascii_uppercase[:23]), lambda x: not _pps.is_valid(x))


def aadhaar(g: Gen, spaced: bool = True) -> str:
    d = g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), _aadhaar.is_valid)
    return f"{d[:4]} {d[4:8]} {d[8:]}" if spaced else d


def aadhaar_decoy(g: Gen) -> str:
    """Twelve digits failing Aadhaar's Verhoeff check."""
    return g.valid(lambda: str(g.rnd.randint(2, 9)) + g.digits(11), lambda x: not _aadhaar.is_valid(x))


def pan(g: Gen) -> str:
    return g.valid(lambda: g.code("AAA") + "P" + g.code("A9999A"), _pan.is_valid)


def tfn(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 8)) + g.digits(8), _tfn.is_valid)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def abn(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    d = _abn.calc_check_digits(body) + body
    assert _abn.is_valid(d)
    return _abn.format(d)


def za_id(g: Gen, born: date, female: bool) -> str:
    seq = g.rnd.randint(0, 4_999) if female else g.rnd.randint(5_000, 9_999)
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{seq:04d}0{g.rnd.choice('89')}"
    d = body + luhn.calc_check_digit(body)
    assert _za.is_valid(d)
    return d


def za_id_decoy(g: Gen) -> str:
    """Thirteen digits failing the South African ID number's check (a booking reference)."""
    return g.valid(lambda: "2" + g.digits(12), lambda x: not _za.is_valid(x))


def idnr(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _idnr.is_valid)


def idnr_decoy(g: Gen) -> str:
    """Eleven digits failing the Steuer-ID check (a Leistungsnachweis number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _idnr.is_valid(x))


def ird(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(10, 149)) + g.digits(6), _ird.is_valid)
    return _ird.format(d)


def nir(g: Gen, born: date, female: bool) -> str:
    body = f"{2 if female else 1}{born.year % 100:02d}{born.month:02d}{g.rnd.choice(['44', '49', '85'])}" \
           f"{g.rnd.randint(1, 300):03d}{g.rnd.randint(1, 999):03d}"
    d = body + _nir.calc_check_digits(body)
    assert _nir.is_valid(d)
    return d


def bsn(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), _bsn.is_valid)


def bsn_decoy(g: Gen) -> str:
    """Nine digits failing the BSN's eleven check (a zorgtoewijzing number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 6)) + g.digits(8), lambda x: not _bsn.is_valid(x))


def pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    sex = g.rnd.choice("02468") if female else g.rnd.choice("13579")
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}{sex}"
    d = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(d)
    return d


def pesel_decoy(g: Gen) -> str:
    """Eleven digits failing the PESEL check (a decision number)."""
    return g.valid(lambda: "4" + g.digits(10), lambda x: not _pesel.is_valid(x))


def nip(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(9), _nip.is_valid)
    return f"{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:]}"


_CF_MONTHS = "ABCDEHLMPRST"


def _cf_part(text: str, given: bool) -> str:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vow = [ch for ch in letters if ch in "AEIOU"]
    if given and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return "".join((cons + vow + ["X", "X", "X"])[:3])


def codice_fiscale(g: Gen, first: str, last: str, born: date, female: bool, town: str) -> str:
    body = f"{_cf_part(last, False)}{_cf_part(first, True)}{born.year % 100:02d}{_CF_MONTHS[born.month - 1]}" \
           f"{born.day + (40 if female else 0):02d}{town}"
    d = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(d)
    return d


def amka(g: Gen, born: date) -> str:
    body = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{g.digits(4)}"
    d = body + luhn.calc_check_digit(body)
    assert _amka.is_valid(d)
    return d


def afm(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("01") + g.digits(8), _afm.is_valid)


def my_number(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(10)
    return body + _mynumber.calc_check_digit(body)


def iban(g: Gen, country: str) -> str:
    bban = {"DE": lambda: g.digits(18), "NL": lambda: g.rnd.choice(["INGB", "RABO", "ABNA", "SNSB"]) + g.digits(10),
            "IT": lambda: g.code("A") + g.digits(10) + g.digits(12), "GR": lambda: g.digits(23),
            "FR": lambda: g.digits(10) + g.digits(11) + g.digits(2), "PL": lambda: g.digits(24)}[country]

    def make() -> str:
        b = bban()
        return country + _iban.calc_check_digits(country + "00" + b) + b

    d = g.valid(make, _iban.is_valid)
    return _iban.format(d) if g.rnd.random() < 0.5 else d


def card(g: Gen) -> str:
    body = g.rnd.choice(["4", "51", "53", "55"])
    body += g.digits(15 - len(body))
    d = body + luhn.calc_check_digit(body)
    return " ".join(d[i:i + 4] for i in range(0, 16, 4)) if g.rnd.random() < 0.4 else d


_NHI = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _nhi_check(body: str) -> str | None:
    total = sum((_NHI.index(ch) + 1) * (7 - i) for i, ch in enumerate(body[:3]))
    total += sum(int(ch) * (4 - i) for i, ch in enumerate(body[3:6]))
    check = (11 - total % 11) % 11
    return None if check == 0 or check == 10 else str(check)


def nhi_is_valid(value: str) -> bool:
    """Whether ``value`` is a valid old-format New Zealand NHI number (AAANNNC, mod 11)."""
    value = value.strip().upper()
    return (len(value) == 7 and all(ch in _NHI for ch in value[:3]) and value[3:].isdigit()
            and _nhi_check(value[:6]) == value[6])


def nhi(g: Gen) -> str:
    return g.valid(lambda: "".join(g.rnd.choice(_NHI) for _ in range(3)) + g.digits(4), nhi_is_valid)


def nhi_decoy(g: Gen) -> str:
    """Three letters and four digits failing the NHI check (a room or bed code)."""
    return g.valid(lambda: "".join(g.rnd.choice(_NHI) for _ in range(3)) + g.digits(4), lambda x: not nhi_is_valid(x))


# -- care vocabulary (written for v99) ---------------------------------------------------------------------------------

MEDICINES = ["Paracetamol 500mg", "Metformin 850mg", "Donepezil 10mg", "Furosemide 40mg", "Apixaban 5mg",
             "Quetiapine 25mg", "Levodopa/Carbidopa 100/25", "Amlodipine 5mg", "Macrogol sachet", "Atorvastatin 20mg"]
