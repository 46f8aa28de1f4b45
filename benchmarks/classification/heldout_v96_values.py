"""Values of held-out set v96 (:mod:`benchmarks.classification.heldout_v96`): v96's random source, names, streets,
towns, farms and free-text snippets written by hand for v96 (no Faker, no list of real people, no breach data), phones
checked with phonenumbers and identifiers with check digits computed or retried until python-stdnum accepts them.

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
from stdnum import luhn
from stdnum.au import abn as _abn
from stdnum.ca import sin as _sin
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.fr import nir as _nir
from stdnum.ie import pps as _pps
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.it import codicefiscale as _cf
from stdnum.jp import in_ as _mynumber
from stdnum.no import fodselsnummer as _fnr
from stdnum.no import kontonr as _kontonr
from stdnum.no import orgnr as _no_orgnr
from stdnum.nz import ird as _ird
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.ro import cnp as _cnp
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 96_411_2026
N = "none"
#: a login (review, as in v5 to v95)
USERNAME = "unclassified"
#: NULL-like strings of v96's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "?", "#N/A",
    "nil", "0", "*", "N.D.", "nd", "néant", "inconnu", "desconocido", "sconosciuto", "brak", "nedefinit", "ukjent",
    "不明", "なし", "NOT KNOWN", "TBC")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v96:{SEED}:{table}")

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
        keep = max(len(nsn) - 6, 1)

        def make() -> str:
            if region in NANP_AREAS:
                return self.rnd.choice(NANP_AREAS[region]) + str(self.rnd.randint(2, 9)) + self.digits(6)
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
            return f"{d[:3]}-{d[3:6]}-{d[6:]}" if region in NANP_AREAS else national
        if fmt == "dots":
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:3]}.{d[3:6]}.{d[6:]}" if region in NANP_AREAS else national
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))



# -- names (written for v96) -------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "ie": (["Cathal", "Donncha", "Fiachra", "Pádraig", "Colm", "Tadhg", "Eamon", "Declan", "Micheál", "Ruairí"],
           ["Aoife", "Bríd", "Caoimhe", "Máire", "Niamh", "Orla", "Síle", "Gráinne", "Deirdre", "Úna"],
           ["Ó Cinnéide", "McGuinness", "Fitzmaurice", "Ó Súilleabháin", "Brennan", "Costigan", "Dunphy", "Hegarty",
            "Lenihan", "Mulqueen", "Tierney", "Scanlon"]),
    "scot": (["Alasdair", "Callum", "Ewan", "Finlay", "Gregor", "Hamish", "Murdo", "Torquil", "Kenneth", "Ruaridh"],
             ["Catriona", "Eilidh", "Iona", "Kirsty", "Morag", "Mhairi", "Seonaid", "Fiona", "Isla", "Shona"],
             ["MacLeod", "Mackay", "Stout", "Tulloch", "Budge", "Paterson", "Rendall", "Flett", "Sutherland",
              "Macaskill", "Robertson", "Inkster"]),
    "nz": (["Hemi", "Tane", "Rawiri", "Brodie", "Lachlan", "Callum", "Nikau", "Grant", "Warwick", "Duncan"],
           ["Aroha", "Mereana", "Kiri", "Hinemoa", "Jessica", "Briar", "Tessa", "Maia", "Rochelle", "Ngaire"],
           ["Te Whata", "Ngata", "Parata", "McKenzie", "Bidois", "Horomona", "Gillespie", "Rountree", "Tipene",
            "Cuthbertson", "Wallbank", "Kereama"]),
    "ca": (["Gord", "Darryl", "Jean-Guy", "Dustin", "Harjit", "Kalen", "Travis", "Marcel", "Wade", "Colton"],
           ["Shelby", "Kendra", "Marie-Ève", "Jolene", "Tamsin", "Brittany", "Rylee", "Dana", "Gurleen", "Hayley"],
           ["Lavallee", "Bouchard", "Sandhu", "Klassen", "Wiebe", "Thunderchild", "McCrimmon", "Fehr", "Dueck",
            "Gauthier", "Sidhu", "Okanese"]),
    "au": (["Bruce", "Darcy", "Lachie", "Mick", "Rhys", "Tom", "Baxter", "Hamish", "Angus", "Jarrah"],
           ["Bronwyn", "Kylie", "Sharni", "Tegan", "Alannah", "Mardi", "Leanne", "Jacinta", "Brooke", "Tayla"],
           ["Heinrich", "Schutt", "Kerin", "Dalgleish", "Treloar", "Pfeiffer", "Woolford", "Battersby", "Polkinghorne",
            "Mudge", "Crisp", "Moyle"]),
    "us": (["Dale", "Arlen", "Vern", "Kurt", "LeRoy", "Duane", "Gerald", "Randy", "Merle", "Orville"],
           ["Darlene", "LaVonne", "Marcy", "Janelle", "Karla", "Deb", "Luann", "Rhonda", "Gwen", "Bonita"],
           ["Schroeder", "Vandenhouten", "Kowalczyk", "Brueggeman", "Stoltzfus", "Haberkorn", "Lindquist",
            "Wojciechowski", "Vander Velden", "Ruesch", "Ebert", "Oberholtzer"]),
    "cy": (["Dafydd", "Gethin", "Iwan", "Rhodri", "Emyr", "Huw", "Aled", "Meirion", "Gareth", "Elfed"],
           ["Angharad", "Bethan", "Ffion", "Gwenllian", "Heledd", "Llinos", "Mererid", "Nia", "Rhiannon", "Sioned"],
           ["ap Dafydd", "Pryce", "Prosser", "Bowen", "Griffiths", "Lloyd-Jones", "Pugh", "Vaughan", "Meredith",
            "Tudor", "Parry", "Gwilym"]),
    "in": (["Sandeep", "Ganesh", "Vitthal", "Dnyaneshwar", "Balasaheb", "Sunil", "Tukaram", "Rajendra", "Ankush",
            "Prakash"],
           ["Savita", "Sunanda", "Mangal", "Rekha", "Shobha", "Ujwala", "Kavita", "Lata", "Sarika", "Jayashree"],
           ["Pawar", "Jadhav", "Shinde", "Kale", "Gaikwad", "Bhosale", "Deshmukh", "Thorat", "Kadam", "Mane",
            "Salunkhe", "Chavan"]),
    "fr": (["Baptiste", "Clément", "Gaëtan", "Jérémie", "Loïc", "Maxence", "Quentin", "Théo", "Yannick", "Aurélien"],
           ["Amandine", "Clémence", "Élodie", "Justine", "Laëtitia", "Maëlle", "Océane", "Solène", "Capucine", "Inès"],
           ["Bourgeon", "Chevillard", "Dufour", "Gaudichet", "Lamarche", "Moreau-Vial", "Perrichon", "Rameau",
            "Thévenot", "Vauchez", "Bonnardot", "Jobard"]),
    "es": (["Abdelkader", "Mohamed", "Ionuț", "Rafael", "Antonio", "Youssef", "Vasile", "Francisco", "Hamza", "Joaquín"],
           ["Fatima", "Khadija", "Nadia", "Rocío", "Macarena", "Florentina", "Samira", "Nieves", "Alina", "Elena"],
           ["El Amrani", "Benali", "Márquez", "Domínguez", "Popescu", "Ouazzani", "Carrasco", "Bermúdez", "Moldovan",
            "Bouzid", "Rengel", "Garrido"]),
    "it": (["Achille", "Ottavio", "Pasquale", "Vittorio", "Nazzareno", "Ercole", "Gualtiero", "Lino", "Domenico",
            "Settimio"],
           ["Adelina", "Assunta", "Concetta", "Filomena", "Gemma", "Iolanda", "Natalina", "Rosaria", "Teresa", "Vanda"],
           ["Baldassarri", "Ciavattini", "Diotallevi", "Fabbrizi", "Giommi", "Mengucci", "Pettinari", "Santarelli",
            "Tombolini", "Vagnoni", "Cingolani", "Pierantoni"]),
    "pl": (["Bogdan", "Czesław", "Zbigniew", "Tadeusz", "Grzegorz", "Mirosław", "Wiesław", "Kazimierz", "Ryszard",
            "Jarosław"],
           ["Bożena", "Danuta", "Grażyna", "Halina", "Jadwiga", "Krystyna", "Stanisława", "Urszula", "Wanda",
            "Teresa"],
           ["Chmielewski", "Dąbrowski", "Grabowski", "Kaczmarek", "Łuczak", "Michalak", "Pawlak", "Sobczak", "Wrona",
            "Zając", "Gałązka", "Przybylski"]),
    "ro": (["Gheorghe", "Ionel", "Marian", "Nicolae", "Petru", "Sorin", "Vasile", "Dumitru", "Costel", "Florin"],
           ["Anișoara", "Floarea", "Georgeta", "Ileana", "Lenuța", "Maricica", "Rodica", "Viorica", "Elisabeta",
            "Ștefania"],
           ["Buzatu", "Ciobanu", "Dumitrașcu", "Florea", "Husar", "Lungu", "Moraru", "Oprea", "Păduraru", "Rusu",
            "Țurcanu", "Zamfir"]),
    "no": (["Arnfinn", "Bjørnar", "Eirik", "Gunnar", "Håkon", "Jostein", "Kjetil", "Leif", "Odd-Arne", "Svein"],
           ["Aslaug", "Bodil", "Gunnhild", "Ingeborg", "Kari", "Liv", "Ragnhild", "Solveig", "Torunn", "Åse"],
           ["Hansen", "Johansen", "Karlsen", "Kristiansen", "Mathisen", "Nilsen", "Pedersen", "Strøm", "Sørensen",
            "Nygård", "Eliassen", "Bakkejord"]),
}
#: Japanese names: (family kanji, family kana), (given kanji, given kana)
JA_FAMILY = [("佐々木", "ササキ"), ("高橋", "タカハシ"), ("菅原", "スガワラ"), ("小野寺", "オノデラ"), ("千葉", "チバ"),
             ("及川", "オイカワ"), ("熊谷", "クマガイ"), ("阿部", "アベ"), ("村上", "ムラカミ"), ("斎藤", "サイトウ")]
JA_GIVEN = [("健一", "ケンイチ"), ("誠", "マコト"), ("浩二", "コウジ"), ("和子", "カズコ"), ("美智子", "ミチコ"),
            ("聡", "サトシ"), ("直樹", "ナオキ"), ("恵子", "ケイコ"), ("陽子", "ヨウコ"), ("勝", "マサル"),
            ("光男", "ミツオ"), ("由美", "ユミ")]


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.45 if female is None else female
    males, females, lasts = NAMES[lang]
    return g.rnd.choice(females if female else males), g.rnd.choice(lasts)


def whole(g: Gen, lang: str) -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def given(g: Gen, lang: str) -> str:
    return person(g, lang)[0]


def staff(g: Gen, n: int, make: Callable[[Gen], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "farm", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{b}{a[:2]}{g.rnd.randint(50, 99)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def login(first: str, last: str) -> str:
    return (plain(first)[:1] + plain(last)[:7]).upper()


# -- places (written for v96) ------------------------------------------------------------------------------------------

NANP_AREAS = {"US": ["608", "715", "920", "262"], "CA": ["250", "778", "236"]}
#: (town, county, Eircode routing key)
IE_TOWNS = [("Ballinasloe", "Galway", "H53"), ("Castlerea", "Roscommon", "F45"), ("Kanturk", "Cork", "P51"),
            ("Listowel", "Kerry", "V31"), ("Mohill", "Leitrim", "N41"), ("Tullow", "Carlow", "R93"),
            ("Granard", "Longford", "N39")]
IE_ROADS = ["Gortnagappul", "Knockaunbaun", "Cloonfad", "Derrylahan", "Ballyknock Upper", "Carrowmore"]
SCOT_TOWNS = [("Peterhead", "AB42"), ("Fraserburgh", "AB43"), ("Lerwick", "ZE1"), ("Kinlochbervie", "IV27"),
              ("Mallaig", "PH41"), ("Stornoway", "HS1"), ("Scalloway", "ZE1")]
SCOT_STREETS = ["Harbour Street", "Seagate", "Kirk Brae", "Marine Terrace", "Commercial Road", "Ladysmith Road"]
NZ_TOWNS = [("Te Awamutu", "3800"), ("Morrinsville", "3300"), ("Gore", "9710"), ("Feilding", "4702"),
            ("Dannevirke", "4930"), ("Ashburton", "7700"), ("Dargaville", "0310")]
NZ_ROADS = ["Kakepuku Road", "Paterangi Road", "Waimumu Road", "Kiwitea Street", "Mangatera Road", "Tinwald Road"]
BC_TOWNS = [("Prince George", "V2N"), ("Quesnel", "V2J"), ("Williams Lake", "V2G"), ("Smithers", "V0J"),
            ("Campbell River", "V9W"), ("Port Alberni", "V9Y"), ("Mackenzie", "V0J")]
BC_STREETS = ["Tabor Blvd", "Ospika Blvd", "Carson Ave", "Pidherny Rd", "Dogwood St", "Birchwood Dr", "Ferry Ave"]
AU_TOWNS = [("Kerang", "VIC", "3579"), ("Horsham", "VIC", "3400"), ("Kimba", "SA", "5641"),
            ("Moree", "NSW", "2400"), ("Narrogin", "WA", "6312"), ("Dalby", "QLD", "4405"),
            ("Lockhart", "NSW", "2656")]
AU_PROPERTIES = ["Wattle Downs", "Koonoona", "Bimbadeen", "Glen Ellen", "Yarrawonga Park", "Merrigang", "Tarcoola"]
US_TOWNS = [("Marshfield", "WI", "54449"), ("Chilton", "WI", "53014"), ("Shawano", "WI", "54166"),
            ("Dorchester", "WI", "54425"), ("Kiel", "WI", "53042"), ("Loyal", "WI", "54446"),
            ("Greenwood", "WI", "54437")]
US_ROADS = ["County Rd K", "Hwy 10", "Cedar Ln", "Town Line Rd", "Mill Creek Dr", "Ridge Rd", "Dairy Ln"]
CY_TOWNS = [("Llanidloes", "SY18"), ("Tregaron", "SY25"), ("Machynlleth", "SY20"), ("Bala", "LL23"),
            ("Llandovery", "SA20"), ("Builth Wells", "LD2"), ("Newcastle Emlyn", "SA38")]
CY_FARMS = ["Tŷ Gwyn", "Penrhiw", "Cefn Coch", "Bryn Hafod", "Blaen-y-cwm", "Pant-y-dderwen", "Maesllwyn"]
IN_VILLAGES = [("Shirol", "Kolhapur", "416103"), ("Malshiras", "Solapur", "413107"), ("Kagal", "Kolhapur", "416216"),
               ("Walwa", "Sangli", "415313"), ("Baramati", "Pune", "413102"), ("Phaltan", "Satara", "415523")]
FR_TOWNS = [("Beaune", "21200", "21054"), ("Nuits-Saint-Georges", "21700", "21464"), ("Meursault", "21190", "21412"),
            ("Chablis", "89800", "89068"), ("Mercurey", "71640", "71294"), ("Tournus", "71700", "71543")]
FR_STREETS = ["rue des Vignerons", "chemin de la Combe", "rue du Pressoir", "place de l'Église", "impasse des Tilleuls",
              "route de Dijon"]
ES_TOWNS = [("Moguer", "21800"), ("Palos de la Frontera", "21810"), ("Lepe", "21440"), ("Cartaya", "21450"),
            ("Almonte", "21730"), ("Bonares", "21830")]
ES_STREETS = ["Calle Fresa", "Avenida de Andalucía", "Calle Rábida", "Plaza del Cabildo", "Calle San Sebastián"]
IT_COMUNI = [("Macerata", "MC", "62100", "E783"), ("Tolentino", "MC", "62029", "L191"), ("Jesi", "AN", "60035", "E388"),
             ("Fermo", "FM", "63900", "D542"), ("Osimo", "AN", "60027", "G157"), ("Recanati", "MC", "62019", "H211")]
IT_STREETS = ["Contrada Valle", "Via Cluentina", "Strada Provinciale 77", "Via Roma", "Contrada Santa Lucia"]
PL_TOWNS = [("Siedlce", "08-110", "siedlecki"), ("Łosice", "08-200", "łosicki"), ("Sokołów Podlaski", "08-300",
            "sokołowski"), ("Węgrów", "07-100", "węgrowski"), ("Garwolin", "08-400", "garwoliński")]
PL_VILLAGES = ["Wola Wodyńska", "Zbuczyn", "Mordy", "Kotuń", "Stok Lacki", "Olszanka"]
RO_TOWNS = [("Fălticeni", "Suceava", "725200", "33"), ("Rădăuți", "Suceava", "725400", "33"),
            ("Târgu Neamț", "Neamț", "615200", "27"), ("Pașcani", "Iași", "705200", "22"),
            ("Vatra Dornei", "Suceava", "725700", "33"), ("Roman", "Neamț", "611001", "27")]
RO_STREETS = ["Str. Ștefan cel Mare", "Str. Morii", "Str. Livezii", "Str. Bisericii", "Sat Horodniceni nr."]
NO_TOWNS = [("Båtsfjord", "9990"), ("Honningsvåg", "9750"), ("Svolvær", "8300"), ("Ålesund", "6002"),
            ("Myre", "8475"), ("Berlevåg", "9980"), ("Ballstad", "8373")]
NO_STREETS = ["Havnegata", "Strandveien", "Fiskerveien", "Kaiveien", "Sjøgata", "Nordre gate"]
JA_TOWNS = [("帯広市", "080-"), ("中標津町", "086-"), ("別海町", "086-"), ("士幌町", "080-"), ("美瑛町", "071-"),
            ("遠軽町", "099-")]
JA_STREETS = ["西十条南", "東二条北", "字上春別", "基線", "字中士幌", "美沢"]


def number_street(g: Gen, streets: list[str], lo: int = 1, hi: int = 200) -> str:
    return f"{g.rnd.randint(lo, hi)} {g.rnd.choice(streets)}"


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def pps(g: Gen) -> str:
    """An Irish PPSN (7 digits and a check letter, sometimes the 2013 second letter)."""
    second = g.rnd.choice(["", "", "A", "W"])
    return g.valid(lambda: g.digits(7) + g.rnd.choice(string.ascii_uppercase[:23]) + second, _pps.is_valid)


def nino(g: Gen) -> str:
    """A UK National Insurance number in a valid layout (no check digit exists)."""
    first = g.rnd.choice("ABCEGHJKLMNPRSTWXYZ")
    second = g.rnd.choice("ABCEGHJKLMNPRSTWXYZ".replace("O", ""))
    while first + second in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
        second = g.rnd.choice("ABCEGHJKLMNPRSTWXYZ")
    return f"{first}{second}{g.digits(6)}{g.rnd.choice('ABCD')}"


def ird(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(10_000_001, 150_000_000)), _ird.is_valid)


def sin(g: Gen) -> str:
    body = g.rnd.choice("1234567") + g.digits(7)
    n = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(n)
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def abn(g: Gen) -> str:
    n = g.valid(lambda: g.rnd.choice("123456789") + g.digits(10), _abn.is_valid)
    return f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}"


def us_ssn(g: Gen) -> str:
    return g.valid(lambda: f"{g.rnd.randint(387, 399):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}",
                   _ssn.is_valid)


def aadhaar(g: Gen) -> str:
    n = g.valid(lambda: g.rnd.choice("23456789") + g.digits(11), _aadhaar.is_valid)
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def nir(g: Gen, born: date, female: bool, dept: str, commune: str) -> str:
    body = f"{2 if female else 1}{born.year % 100:02d}{born.month:02d}{dept}{commune[2:]}{g.digits(3)}"
    n = body + _nir.calc_check_digits(body)
    assert _nir.is_valid(n)
    return n


def dni(g: Gen) -> str:
    body = g.digits(8)
    return body + _dni.calc_check_digit(body)


def nie(g: Gen) -> str:
    body = g.rnd.choice("XYZ") + g.digits(7)
    n = body + _nie.calc_check_digit(body)
    assert _nie.is_valid(n)
    return n


def naf(g: Gen) -> str:
    """A Spanish social-security affiliation number (NAF): province, number and a mod-97 control pair."""
    body = "21" + g.digits(8)
    return body + f"{int(body) % 97:02d}"


def naf_ok(value: str) -> bool:
    digits = "".join(ch for ch in value if ch.isdigit())
    return len(digits) == 12 and int(digits[:10]) % 97 == int(digits[10:])


def _cf_part(text: str, given_name: bool) -> str:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vows = [ch for ch in letters if ch in "AEIOU"]
    if given_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return "".join((cons + vows + ["X", "X", "X"])[:3])


def codice_fiscale(first: str, last: str, born: date, female: bool, comune: str) -> str:
    day = born.day + (40 if female else 0)
    body = (_cf_part(last, False) + _cf_part(first, True) + f"{born.year % 100:02d}" + "ABCDEHLMPRST"[born.month - 1]
            + f"{day:02d}" + comune)
    n = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(n)
    return n


def pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    serial = g.digits(3) + g.rnd.choice("02468" if female else "13579")
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial}"
    n = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(n)
    return n


def cnp(g: Gen, born: date, female: bool, county: str) -> str:
    sex = (6 if female else 5) if born.year >= 2000 else (2 if female else 1)
    body = f"{sex}{born.year % 100:02d}{born.month:02d}{born.day:02d}{county}{g.digits(3)}"
    n = body + _cnp.calc_check_digit(body)
    assert _cnp.is_valid(n)
    return n


def fodselsnummer(g: Gen, born: date) -> str:
    def make() -> str:
        individ = g.rnd.randint(0, 499) if born.year < 2000 else g.rnd.randint(500, 999)
        body = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{individ:03d}"
        first = _fnr.calc_check_digit1(body)
        return body + first + _fnr.calc_check_digit2(body + first)

    return g.valid(make, _fnr.is_valid)


def kontonr(g: Gen) -> str:
    n = g.valid(lambda: g.rnd.choice(["1503", "1506", "4201", "4760", "4530"]) + g.digits(7), _kontonr.is_valid)
    return f"{n[:4]}.{n[4:6]}.{n[6:]}"


def no_orgnr(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("89") + g.digits(8), _no_orgnr.is_valid)


def my_number(g: Gen) -> str:
    n = g.valid(lambda: g.digits(12), _mynumber.is_valid)
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def nip(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("56789") + g.digits(9), _nip.is_valid)


#: BBAN layouts (9 a digit, A a letter, Z either); python-stdnum checks the result
BBAN = {"IE": "AAAA99999999999999", "FR": "9999999999ZZZZZZZZZZZ99", "ES": "99999999999999999999",
        "IT": "A9999999999ZZZZZZZZZZZZ", "PL": "999999999999999999999999", "RO": "AAAAZZZZZZZZZZZZZZZZ",
        "GB": "AAAA99999999999999"}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    def make() -> str:
        bban = g.code(BBAN[country])
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def failing(g: Gen, make: Callable[[], str], ok: Callable[[str], bool]) -> str:
    """A value of ``make``'s shape that fails ``ok`` (a decoy)."""
    return g.valid(make, lambda x: not ok(x))
