"""Values of held-out set v87 (:mod:`benchmarks.classification.heldout_v87`): v87's random source and the names,
streets, towns and businesses of its fifteen hospitality organisations, written by hand for v87 (no Faker, no list of
real people, no breach data); phones are checked with phonenumbers and identifiers get their check digits from
python-stdnum (the Singapore NRIC's, which python-stdnum lacks, is computed here).

Self-contained: nothing is imported from the value modules of earlier sets; only the ``Column`` class is shared. The
generic ``Gen`` helpers were copied from v27's value module (the phone helper takes leading digits per region).
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
from stdnum.at import uid as _at_uid
from stdnum.at import vnr as _at_vnr
from stdnum.ca import bn as _ca_bn
from stdnum.ca import sin as _ca_sin
from stdnum.es import cif as _es_cif
from stdnum.es import dni as _es_dni
from stdnum.es import nie as _es_nie
from stdnum.fr import nir as _fr_nir
from stdnum.fr import siret as _fr_siret
from stdnum.gb import nhs as _gb_nhs
from stdnum.gb import vat as _gb_vat
from stdnum.ie import pps as _ie_pps
from stdnum.ie import vat as _ie_vat
from stdnum.it import codicefiscale as _it_cf
from stdnum.it import iva as _it_iva
from stdnum.jp import cn as _jp_cn
from stdnum.jp import in_ as _jp_in
from stdnum.mu import nid as _mu_nid
from stdnum.nl import bsn as _nl_bsn
from stdnum.nl import btw as _nl_btw
from stdnum.nz import ird as _nz_ird
from stdnum.se import orgnr as _se_orgnr
from stdnum.se import personnummer as _se_pnr
from stdnum.sg import uen as _sg_uen
from stdnum.us import ein as _us_ein
from stdnum.us import ssn as _us_ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 87_0520_2026
N = "none"
#: a login (review, as in v5 to v86)
USERNAME = "unclassified"
#: NULL-like strings of v87's systems, in its languages (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "?", "0",
    "000-00-0000", "000 000 000", "XXX", "XXXXXX", "TBC", "tbc", "nicht bekannt", "unbekannt", "k.A.", "inconnu",
    "non renseigné", "n.c.", "sconosciuto", "non disponibile", "desconocido", "no consta", "onbekend", "nvt",
    "okänd", "saknas", "不明", "なし", "ー", "*")

# -- the random source (copied from v27's Gen; the phone helper takes leading digits) ---------------------------------


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v87:{SEED}:{table}")

    def col(self, make: Callable[[], Any], null: float = 0.0) -> list[Any]:
        return [None if self.rnd.random() < null else make() for _ in range(self.rows)]

    def pick(self, choices: list[Any]) -> Callable[[], Any]:
        return lambda: self.rnd.choice(choices)

    def sparse(self, make: Callable[[], Any], share: float, words: tuple[str, ...]) -> list[Any]:
        """``share`` of the rows a NULL word, the rest ``make()``."""
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

    def birth(self, lo: int, hi: int) -> date:
        return self.day(f"{lo}-01-01", f"{hi}-12-31")

    def births(self, lo: int, hi: int) -> list[date]:
        return [self.birth(lo, hi) for _ in range(self.rows)]

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
        first = self.rnd.choice([24, 45, 67, 72, 89, 92, 103, 142, 176, 185, 203, 212])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2a01", "2a02", "2001", "2404", "2600"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone_number(self, region: str, mobile: bool = True) -> phonenumbers.PhoneNumber:
        """A valid number of ``region`` (leading digits from :data:`PHONE_LEADS` or the example number's)."""
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        leads = PHONE_LEADS.get((region, mobile))

        def make() -> str:
            if leads:
                lead, length = self.rnd.choice(leads)
                return lead + self.digits(length - len(lead))
            keep = max(len(nsn) - 6, 1)
            return nsn[:keep] + self.digits(len(nsn) - keep)

        def ok(candidate: str) -> bool:
            parsed = phonenumbers.parse(f"+{example.country_code}{candidate}")
            return phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region

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
        if fmt == "dashes" and region in ("US", "CA"):
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:3]}-{d[3:6]}-{d[6:]}"
        return national

    def phone_int(self, region: str, mobile: bool = True) -> int:
        """The national significant number as an integer (how legacy files keep a phone: no trunk zero)."""
        return int(phonenumbers.national_significant_number(self.phone_number(region, mobile)))

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


#: (region, mobile) -> (leading digits, length) of the national significant number
PHONE_LEADS: dict[tuple[str, bool], list[tuple[str, int]]] = {
    ("US", True): [("702", 10), ("725", 10), ("775", 10)], ("US", False): [("702", 10), ("775", 10)],
    ("GB", True): [("7700", 10), ("7712", 10), ("7831", 10), ("7908", 10)], ("GB", False): [("131", 10)],
    ("NZ", True): [("21", 9), ("22", 9), ("27", 9)], ("NZ", False): [("3442", 8), ("3441", 8)],
    ("CA", True): [("418", 10), ("581", 10)], ("CA", False): [("418", 10)],
    ("IE", True): [("83", 9), ("85", 9), ("87", 9)], ("IE", False): [("91", 8)],
    ("HI", True): [("808", 10)],
}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


def pad(value: Any, width: int) -> str:
    """A CHAR(width) cell: left-justified and padded with blanks (empty for NULL)."""
    return ("" if value is None else str(value))[:width].ljust(width)


def cyymmdd(d: date | None) -> int:
    """An AS/400 ``CYYMMDD`` number (0 for missing)."""
    return 0 if d is None else (d.year // 100 - 19) * 1_000_000 + (d.year % 100) * 10_000 + d.month * 100 + d.day


def yyyymmdd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def dats(d: date | None) -> str:
    """SAP ``DATS`` text (``00000000`` for missing)."""
    return "00000000" if d is None else d.strftime("%Y%m%d")


# -- names (written for v87) -------------------------------------------------------------------------------------------

#: origin -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "nv": (["Dallin", "Rigoberto", "Tavita", "Marquis", "Brantley", "Efren", "Kaden", "Luong"],
           ["Marisol", "Kaylee", "Jazmin", "Brynlee", "Lupita", "Reagan", "Thuy", "Deja"],
           ["Yazzie", "Quintanilla", "Hollister", "Brimhall", "Oyelaran", "Vang", "Castellanos", "Tuiasosopo",
            "Redding", "Sandoval"]),
    "sco": (["Callum", "Fraser", "Hamish", "Ruaridh", "Euan", "Calum", "Kenzie", "Struan"],
            ["Isla", "Morag", "Eilidh", "Kirsty", "Catriona", "Mhairi", "Ailsa", "Shona"],
            ["MacLeod", "Dalgleish", "Ferguson", "Baird", "Rennie", "Drummond", "Lumsden", "Urquhart", "Aitken",
             "Cruickshank"]),
    "nz": (["Tamati", "Hemi", "Lachlan", "Nikau", "Rawiri", "Fletcher", "Tipene", "Brodie"],
           ["Aroha", "Mereana", "Kiri", "Georgia", "Anahera", "Maddison", "Ngaio", "Piripi"],
           ["Parata", "Tuhiwai", "Kereama", "Whitcombe", "Pomare", "McKendry", "Ruatapu", "Halliwell"]),
    "qc": (["Étienne", "Mathieu", "Olivier", "Raphaël", "Gabriel", "Connor", "Samuel", "Dominic"],
           ["Geneviève", "Mélodie", "Océane", "Rosalie", "Catherine", "Brooke", "Émilie", "Justine"],
           ["Tremblay", "Gagnon", "Bouchard", "Pelletier", "Lévesque", "Côté", "Fitzgerald", "Morin", "Thibodeau",
            "O'Hara"]),
    "mu": (["Vikash", "Jean-Marc", "Kushal", "Dev", "Ah-Kong", "Ravindra", "Yannick", "Nitin"],
           ["Priya", "Marie-Josée", "Anishka", "Shalini", "Li-Mei", "Nadège", "Kavita", "Bhavisha"],
           ["Ramgoolam", "Jugnauth", "Appadoo", "Li Wan Po", "Bégué", "Seeburn", "Ah-Chuen", "Lagesse",
            "Dookhony", "Ramdass"]),
    "ie": (["Cathal", "Donncha", "Fionn", "Ciarán", "Pádraig", "Eoin", "Tadhg", "Oisín"],
           ["Aoife", "Caoimhe", "Siobhán", "Gráinne", "Niamh", "Sorcha", "Clodagh", "Úna"],
           ["Ó Flaithearta", "Mac Donncha", "Concannon", "Fahy", "Kilbride", "Ní Chonghaile", "Joyce", "Hession"]),
    "hi": (["Keoni", "Kainoa", "Makana", "Ikaika", "Rodel", "Kenji", "Noa", "Bronson"],
           ["Leilani", "Malia", "Pualani", "Kalena", "Jocelyn", "Midori", "Nohea", "Analyn"],
           ["Kahananui", "Kealoha", "Nakamura", "Dela Cruz", "Kamakau", "Higa", "Pascua", "Akana", "Fernandes",
            "Nishimoto"]),
    "sg": (["Wei Jie", "Muhammad Hafiz", "Arvind", "Jun Hao", "Zulkifli", "Darren", "Karthik", "Zhi Hao"],
           ["Hui Min", "Nurul Aisyah", "Kavitha", "Xin Yi", "Siti Aminah", "Priyanka", "Shu Ting", "Rachel"],
           ["Tan", "Lim", "Goh", "Bin Rahmat", "Binte Osman", "Subramaniam", "Ong", "Koh", "Nair", "Chia"]),
    "at": (["Florian", "Lukas", "Matthias", "Dominik", "Severin", "Valentin", "Andreas", "Jakob"],
           ["Magdalena", "Theresa", "Verena", "Katharina", "Johanna", "Carina", "Elisabeth", "Viktoria"],
           ["Hinterseer", "Gruber", "Pichler", "Egger", "Hofer", "Oberhauser", "Steinwender", "Rainer", "Aigner",
            "Schwaiger"]),
    "fr": (["Maxime", "Baptiste", "Théo", "Corentin", "Yanis", "Quentin", "Bastien", "Loïc"],
           ["Manon", "Clémence", "Inès", "Margaux", "Chloé", "Anaïs", "Solène", "Maëlle"],
           ["Lefebvre", "Garnier", "Roussel", "Marchand", "Benali", "Le Goff", "Fontaine", "Chevalier", "Perrin"]),
    "it": (["Matteo", "Davide", "Simone", "Riccardo", "Nicolò", "Tommaso", "Emanuele", "Pietro"],
           ["Giulia", "Martina", "Alessia", "Beatrice", "Noemi", "Arianna", "Veronica", "Elisa"],
           ["Parodi", "Cavalli", "De Luca", "Bruzzone", "Ferrando", "Ricci", "Canepa", "Marchetti", "Greco"]),
    "es": (["Álvaro", "Iker", "Sergio", "Jaume", "Rubén", "Unai", "Gonzalo", "Adrián"],
           ["Lucía", "Nerea", "Ainhoa", "Montserrat", "Paula", "Irene", "Begoña", "Alba"],
           ["García", "Fernández", "Etxeberria", "Puig", "Navarro", "Ortega", "Castro", "Iglesias", "Vidal"]),
    "nl": (["Bram", "Sander", "Joris", "Thijs", "Daan", "Wouter", "Ruben", "Jeroen"],
           ["Fleur", "Sanne", "Lotte", "Marieke", "Femke", "Anouk", "Esmée", "Ilse"],
           ["de Vries", "Jansen", "van der Berg", "Bakker", "Visser", "Smit", "Mulder", "de Graaf", "Hendriks"]),
    "sv": (["Viktor", "Elias", "Hugo", "Albin", "Melker", "Ludvig", "Axel", "Nils"],
           ["Alva", "Elsa", "Wilma", "Saga", "Julia", "Klara", "Vera", "Selma"],
           ["Lundqvist", "Ekström", "Sjöberg", "Hedlund", "Wikström", "Backman", "Olofsson", "Dahlberg"]),
}

#: Japanese (kanji, katakana reading) family and given names
JA_FAMILY = [("渡辺", "ワタナベ"), ("小林", "コバヤシ"), ("斎藤", "サイトウ"), ("松本", "マツモト"), ("井上", "イノウエ"),
             ("木村", "キムラ"), ("清水", "シミズ"), ("山口", "ヤマグチ"), ("森", "モリ"), ("石川", "イシカワ")]
JA_MALE = [("大翔", "ヒロト"), ("蓮", "レン"), ("悠真", "ユウマ"), ("湊", "ミナト"), ("健太", "ケンタ"), ("翔太", "ショウタ")]
JA_FEMALE = [("陽菜", "ヒナ"), ("結衣", "ユイ"), ("美咲", "ミサキ"), ("さくら", "サクラ"), ("葵", "アオイ"),
             ("真由美", "マユミ")]


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    males, females, lasts = NAMES[lang]
    return g.rnd.choice(females if female else males), g.rnd.choice(lasts)


def whole(g: Gen, lang: str) -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def family(g: Gen, lang: str) -> str:
    return person(g, lang)[1]


def given(g: Gen, lang: str) -> str:
    return person(g, lang)[0]


def ja_person(g: Gen, female: bool | None = None) -> tuple[tuple[str, str], tuple[str, str]]:
    """((family kanji, family kana), (given kanji, given kana))."""
    female = g.rnd.random() < 0.5 if female is None else female
    return g.rnd.choice(JA_FAMILY), g.rnd.choice(JA_FEMALE if female else JA_MALE)


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "guest", plain(last) or "user"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(70, 99)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def email(g: Gen, lang: str, domains: list[str]) -> str:
    return email_of(g, *person(g, lang), domains)


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(first)}.{plain(last)}@{domain}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first) or "x", plain(last) or "y"
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a}{b[:3]}"][style % 5]


DOMAINS = {
    "us": ["gmail.com", "yahoo.com", "icloud.com", "cox.net", "outlook.com"],
    "gb": ["btinternet.com", "gmail.com", "hotmail.co.uk", "sky.com"],
    "nz": ["xtra.co.nz", "gmail.com", "orcon.net.nz", "hotmail.com"],
    "ca": ["videotron.ca", "gmail.com", "hotmail.com", "sympatico.ca"],
    "mu": ["intnet.mu", "gmail.com", "yahoo.fr", "orange.mu"],
    "ie": ["eircom.net", "gmail.com", "hotmail.com", "outlook.ie"],
    "sg": ["singnet.com.sg", "gmail.com", "yahoo.com.sg", "hotmail.com"],
    "at": ["gmx.at", "aon.at", "gmail.com", "chello.at"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
    "it": ["libero.it", "alice.it", "gmail.com", "tiscali.it"],
    "es": ["telefonica.net", "gmail.com", "hotmail.es", "yahoo.es"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "sv": ["telia.com", "gmail.com", "hotmail.se", "bredband.net"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp"],
}

# -- places (written for v87) ------------------------------------------------------------------------------------------

#: lang -> (streets, [(town, postal code lead)])
PLACES: dict[str, tuple[list[str], list[tuple[str, str]]]] = {
    "nv": (["W Desert Inn Rd", "E Tropicana Ave", "S Rainbow Blvd", "N Decatur Blvd", "Wingfield Pkwy",
            "E Sahara Ave", "Kietzke Ln"],
           [("Las Vegas", "891"), ("Henderson", "890"), ("North Las Vegas", "890"), ("Reno", "895"),
            ("Sparks", "894")]),
    "sco": (["Easter Road", "Leith Walk", "Dalry Road", "Comely Bank Avenue", "Gorgie Road", "Marchmont Crescent"],
            [("Edinburgh", "EH"), ("Musselburgh", "EH"), ("Dalkeith", "EH"), ("Livingston", "EH")]),
    "nz": (["Gorge Road", "Frankton Road", "Fernhill Road", "Hallenstein Street", "Arrowtown-Lake Hayes Road"],
           [("Queenstown", "93"), ("Arrowtown", "93"), ("Wanaka", "93"), ("Cromwell", "93")]),
    "qc": (["rue Saint-Jean", "chemin Sainte-Foy", "avenue Cartier", "boulevard Charest Ouest", "rue de la Couronne",
            "avenue Maguire"],
           [("Québec", "G1"), ("Lévis", "G6"), ("Sainte-Foy", "G1"), ("Beauport", "G1")]),
    "mu": (["Royal Road", "Avenue des Flamboyants", "Coastal Road", "Rue Labourdonnais", "Morcellement Swan"],
           [("Grand Baie", "30"), ("Flic en Flac", "90"), ("Curepipe", "74"), ("Quatre Bornes", "72"),
            ("Mahébourg", "50")]),
    "ie": (["Bóthar na Trá", "Dominick Street", "Newcastle Road", "Father Griffin Road", "Taylor's Hill"],
           [("Galway", "H91"), ("Oranmore", "H91"), ("Barna", "H91"), ("Salthill", "H91")]),
    "hi": (["Kapahulu Ave", "Kalakaua Ave", "Waialae Ave", "Kamehameha Hwy", "Ala Moana Blvd", "Puuloa Rd"],
           [("Honolulu", "968"), ("Kailua", "967"), ("Pearl City", "967"), ("Kapolei", "967"),
            ("Waipahu", "967")]),
    "sg": (["Ang Mo Kio Ave 3", "Tampines St 21", "Jurong West St 42", "Bedok North Rd", "Toa Payoh Lor 1"],
           [("Singapore", "56"), ("Singapore", "52"), ("Singapore", "64"), ("Singapore", "46")]),
    "at": (["Hauptstraße", "Dorfstraße", "Bahnhofstraße", "Kirchweg", "Sonnleitenweg", "Almweg"],
           [("St. Anton am Arlberg", "658"), ("Kitzbühel", "637"), ("Schladming", "897"), ("Innsbruck", "602"),
            ("Bad Gastein", "564")]),
    "fr": (["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Gambetta",
            "impasse des Lilas"],
           [("Clermont-Ferrand", "63"), ("Carhaix-Plouguer", "29"), ("Arles", "13"), ("Belfort", "90"),
            ("Nantes", "44")]),
    "it": (["Via Balbi", "Corso Buenos Aires", "Via XX Settembre", "Salita San Francesco", "Via Antonio Gramsci"],
           [("Genova", "161", "D969"), ("La Spezia", "191", "E463"), ("Savona", "171", "I480"),
            ("Napoli", "801", "F839"), ("Livorno", "571", "E625")]),
    "es": (["Calle Mayor", "Avenida de la Constitución", "Carrer de Mallorca", "Calle San Vicente",
            "Paseo de la Castellana"],
           [("Sevilla", "41"), ("Barcelona", "08"), ("Bilbao", "48"), ("Valencia", "46"), ("Madrid", "28")]),
    "nl": (["Kerkstraat", "Stationsweg", "Dorpsstraat", "Julianalaan", "Molenweg"],
           [("Utrecht", "35"), ("Maastricht", "62"), ("Groningen", "97"), ("Leiden", "23"), ("Zwolle", "80")]),
    "sv": (["Storgatan", "Strandvägen", "Fjällvägen", "Skolgatan", "Bergsgatan"],
           [("Åre", "837"), ("Östersund", "831"), ("Sälen", "780"), ("Borlänge", "784"), ("Mora", "792")]),
    "ja": (["中央1丁目", "本町3丁目", "栄町2丁目", "旭町5丁目", "緑町4丁目"],
           [("札幌市中央区", "060"), ("倶知安町", "044"), ("小樽市", "047"), ("函館市", "040"), ("旭川市", "070")]),
}


def street(g: Gen, lang: str) -> str:
    s = g.rnd.choice(PLACES[lang][0])
    n = g.rnd.randint(1, 240)
    if lang in ("nv", "hi"):
        return f"{g.rnd.randint(100, 9999)} {s}" + g.rnd.choice(["", "", f" Apt {g.rnd.randint(1, 40)}"])
    if lang in ("sco", "nz", "ie", "mu"):
        return g.rnd.choice([f"{n} {s}", f"Flat {g.rnd.randint(1, 9)}, {n} {s}", f"{n} {s}"])
    if lang == "qc":
        return f"{g.rnd.randint(10, 3999)}, {s}" + g.rnd.choice(["", f", app. {g.rnd.randint(1, 20)}"])
    if lang == "sg":
        return f"Blk {g.rnd.randint(100, 899)} {s} #{g.rnd.randint(2, 20):02d}-{g.rnd.randint(1, 300)}"
    if lang == "fr":
        return f"{n} {s}"
    if lang == "ja":
        return f"{s}{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)}"
    if lang == "es":
        return f"{s}, {n}" + g.rnd.choice(["", f", {g.rnd.randint(1, 8)}º {g.rnd.choice('ABCD')}"])
    return f"{s} {n}" + g.rnd.choice(["", "", "a", " bis"])


def town(g: Gen, lang: str) -> tuple:
    return g.rnd.choice(PLACES[lang][1])


def postcode(g: Gen, lang: str, lead: str) -> str:
    if lang in ("nv", "hi"):
        return lead + g.digits(2)
    if lang == "sco":
        return f"EH{g.rnd.randint(1, 55)} {g.digits(1)}{g.code('AA')}"
    if lang == "nz":
        return lead + g.digits(2)
    if lang == "qc":
        return f"{lead}{g.code('A')} {g.digits(1)}{g.code('A')}{g.digits(1)}"
    if lang == "ie":
        return f"{lead} {g.code('A')}{g.digits(1)}{g.code('A')}{g.digits(1)}"
    if lang in ("sg",):
        return lead + g.digits(4)
    if lang in ("mu",):
        return lead + g.digits(3)
    if lang == "nl":
        return f"{lead}{g.digits(2)} {g.code('AA')}"
    if lang == "sv":
        return f"{lead[:3]} {g.digits(2)}"
    if lang == "ja":
        return f"{lead}-{g.digits(4)}"
    if lang == "at":
        return lead + g.digits(1)
    return lead + g.digits(5 - len(lead))


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa, Mastercard or Amex prefix."""
    prefix, length = g.rnd.choice([("4", 16), ("53", 16), ("2720", 16), ("34", 15)])
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


#: BBAN layouts (9 a digit, A a letter); national checks are retried until python-stdnum accepts the IBAN
BBAN = {"AT": "9999999999999999", "IE": "AAAA99999999999999", "FR": "99999999999999999999999",
        "IT": "A9999999999ZZZZZZZZZZZZ", "ES": "99999999999999999999", "NL": "AAAA9999999999",
        "SE": "99999999999999999999"}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    def make() -> str:
        bban = g.code(BBAN[country])
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def us_ssn(g: Gen, dashed: bool = True) -> str:
    number = g.valid(lambda: f"{g.rnd.randint(1, 665):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}",
                     _us_ssn.is_valid)
    return number if dashed else number.replace("-", "")


def not_ssn(g: Gen) -> str:
    """SSN-shaped (``ddd-dd-dddd``) but failing the SSN rules (area 000, 666 or 9xx): a folio number."""
    return g.valid(lambda: f"{g.rnd.choice(['000', '666', str(g.rnd.randint(900, 999))])}-{g.digits(2)}-"
                           f"{g.digits(4)}", lambda x: not _us_ssn.is_valid(x))


def us_ein(g: Gen) -> str:
    return g.valid(lambda: f"{g.rnd.choice(['88', '20', '27', '46', '81'])}-{g.digits(7)}", _us_ein.is_valid)


def gb_nino(g: Gen) -> str:
    """A UK National Insurance number (no check digit: the prefix rules)."""
    first = g.rnd.choice("ABCEGHJKLMNPRSTWXYZ")
    second = g.rnd.choice("ABCEGHJKLMNPRSTWXYZ")
    while first + second in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
        second = g.rnd.choice("ABCEGHJKLMNPRSTWXY")
    return f"{first}{second}{g.digits(6)}{g.rnd.choice('ABCD')}"


def gb_chi(g: Gen, born: date) -> str:
    """A Scottish CHI number: the birth date ``DDMMYY`` and four digits, the last a mod-11 check like the NHS
    number's (python-stdnum's ``gb.nhs`` checks it)."""
    return g.valid(lambda: born.strftime("%d%m%y") + g.digits(4), _gb_nhs.is_valid)


def gb_vat(g: Gen) -> str:
    return g.valid(lambda: "GB" + g.digits(9), _gb_vat.is_valid)


def at_svnr(g: Gen, born: date) -> str:
    """An Austrian social-insurance number: serial, check digit, birth date ``DDMMYY``."""
    serial = str(g.rnd.randint(100, 999))
    tail = born.strftime("%d%m%y")
    number = serial + _at_vnr.calc_check_digit(serial + "0" + tail) + tail
    return number if _at_vnr.is_valid(number) else at_svnr(g, born)


def at_uid(g: Gen) -> str:
    return g.valid(lambda: "ATU" + g.digits(8), _at_uid.is_valid)


def nz_ird(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(10_000_000, 149_999_999)), _nz_ird.is_valid)


def ca_sin(g: Gen) -> str:
    body = g.rnd.choice("123456") + g.digits(7)
    number = body + luhn.calc_check_digit(body)
    assert _ca_sin.is_valid(number)
    return f"{number[:3]} {number[3:6]} {number[6:]}"


def ca_bn(g: Gen) -> str:
    return g.valid(lambda: g.digits(9) + "RT0001", _ca_bn.is_valid)


def mu_nid(g: Gen, last: str, born: date) -> str:
    body = plain(last)[0].upper() + born.strftime("%d%m%y") + g.digits(6)
    number = body + _mu_nid.calc_check_digit(body)
    assert _mu_nid.is_valid(number)
    return number


def ie_pps(g: Gen) -> str:
    body = g.digits(7)
    number = body + _ie_vat.calc_check_digit(body) + g.rnd.choice(["", "", "A"])
    if len(number) == 9:
        number = body + _ie_vat.calc_check_digit(body + "A") + "A"
    assert _ie_pps.is_valid(number)
    return number


def ie_vat(g: Gen) -> str:
    return g.valid(lambda: "IE" + g.digits(7) + g.rnd.choice(string.ascii_uppercase[:23]) + "H", _ie_vat.is_valid)


def sg_nric(g: Gen, born: date) -> str:
    """A Singapore NRIC (``S``/``T`` by birth century; weights 2,7,6,5,4,3,2, offset 4 for ``T``)."""
    prefix = "S" if born.year < 2000 else "T"
    body = f"{born.year % 100:02d}" + g.digits(5) if g.rnd.random() < 0.8 else g.digits(7)
    return prefix + body + nric_check(prefix, body)


def nric_check(prefix: str, body: str) -> str:
    total = sum(w * int(d) for w, d in zip((2, 7, 6, 5, 4, 3, 2), body)) + (4 if prefix in "TG" else 0)
    return ("JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK")[total % 11]


def nric_valid(value: str) -> bool:
    value = value.strip().upper()
    return (len(value) == 9 and value[0] in "STFG" and value[1:8].isdigit()
            and nric_check(value[0], value[1:8]) == value[8])


def sg_uen(g: Gen) -> str:
    return g.valid(lambda: f"{g.rnd.randint(1990, 2021)}{g.digits(5)}{g.code('A')}", _sg_uen.is_valid)


def fr_nir(g: Gen, born: date, female: bool, dept: str) -> str:
    body = f"{2 if female else 1}{born.year % 100:02d}{born.month:02d}{dept}{g.digits(3)}{g.digits(3)}"
    number = body + _fr_nir.calc_check_digits(body)
    assert _fr_nir.is_valid(number)
    return number


def fr_siret(g: Gen) -> str:
    def make() -> str:
        body = g.digits(8)
        siren = body + luhn.calc_check_digit(body)
        rest = "0" + g.digits(3)
        return siren + rest + luhn.calc_check_digit(siren + rest)

    return g.valid(make, _fr_siret.is_valid)


def _cf_part(text: str, given_name: bool) -> str:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vows = [ch for ch in letters if ch in "AEIOU"]
    if given_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return "".join((cons + vows + ["X", "X", "X"])[:3])


def it_codice_fiscale(first: str, last: str, born: date, female: bool, comune: str) -> str:
    day = born.day + (40 if female else 0)
    body = (_cf_part(last, False) + _cf_part(first, True) + f"{born.year % 100:02d}" + "ABCDEHLMPRST"[born.month - 1]
            + f"{day:02d}" + comune)
    number = body + _it_cf.calc_check_digit(body)
    assert _it_cf.is_valid(number)
    return number


def it_iva(g: Gen) -> str:
    body = g.digits(7) + g.rnd.choice(["010", "070", "100", "120"])
    number = body + luhn.calc_check_digit(body)
    assert _it_iva.is_valid(number)
    return number


def es_dni(g: Gen) -> str:
    body = f"{g.rnd.randint(1_000_000, 79_999_999):08d}"
    return body + _es_dni.calc_check_digit(body)


def es_nie(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("XYZ") + g.digits(7) + g.rnd.choice("TRWAGMYFPDXBNJZSQVHLCKE"),
                   _es_nie.is_valid)


def not_dni(g: Gen) -> str:
    """Shaped like a DNI (eight digits and a letter) but with the wrong letter: a booking locator."""
    body = g.digits(8)
    right = _es_dni.calc_check_digit(body)
    return body + g.rnd.choice([ch for ch in "TRWAGMYFPDXBNJZSQVHLCKE" if ch != right])


def es_cif(g: Gen) -> str:
    body = g.rnd.choice("ABGB") + g.digits(7)
    number = body + _es_cif.calc_check_digits(body + "0")[1 if body[0] in "ABEH" else 0]
    return number if _es_cif.is_valid(number) else g.valid(lambda: "B" + g.digits(8), _es_cif.is_valid)


def nl_bsn(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("1236") + g.digits(8), _nl_bsn.is_valid)


def not_bsn(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("1236") + g.digits(8), lambda x: not _nl_bsn.is_valid(x))


def nl_btw(g: Gen) -> str:
    return g.valid(lambda: "NL" + g.digits(9) + "B0" + g.rnd.choice("123"), _nl_btw.is_valid)


def se_personnummer(g: Gen, born: date) -> str:
    body = born.strftime("%y%m%d") + g.digits(3)
    number = f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"
    assert _se_pnr.is_valid(number)
    return number


def se_orgnr(g: Gen) -> str:
    body = g.rnd.choice(["556", "559", "802"]) + g.digits(6)
    number = body + luhn.calc_check_digit(body)
    assert _se_orgnr.is_valid(number)
    return f"{number[:6]}-{number[6:]}"


def jp_my_number(g: Gen) -> str:
    body = g.rnd.choice("123456789") + g.digits(10)
    number = body + _jp_in.calc_check_digit(body)
    assert _jp_in.is_valid(number)
    return number


def jp_corporate(g: Gen) -> str:
    body = g.rnd.choice("1234") + g.digits(11)
    number = _jp_cn.calc_check_digit(body) + body
    assert _jp_cn.is_valid(number)
    return number


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)
