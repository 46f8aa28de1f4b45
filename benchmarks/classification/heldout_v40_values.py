"""Values of held-out set v40 (:mod:`benchmarks.classification.heldout_v40`): v40's random source, names, streets,
cities and postal codes written by hand for v40 (no Faker, no list of real people), phones checked with phonenumbers
and identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module (the US area codes changed); the lists below are new.
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
from stdnum.de import idnr as _idnr
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.gb import utr as _utr
from stdnum.iso7064 import mod_11_10
from stdnum.it import codicefiscale as _cf
from stdnum.nl import bsn as _bsn
from stdnum.pl import pesel as _pesel
from stdnum.se import personnummer as _pnr
from stdnum.tr import tckimlik as _tck
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 40_517_2026
N = "none"
#: a login or public handle (review, as in v27)
USERNAME = "unclassified"
#: NULL-like strings of v40's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "none", "None", "unknown", "?", "k.A.", "keine", "néant",
    "geen", "ninguno", "brak", "saknas", "nessuno", "yok", "sem", "0")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v40:{SEED}:{table}")

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
                return self.rnd.choice(["512", "713", "404", "614", "612", "919", "702", "480", "816", "901"]) + \
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



# -- names (written for v40) -------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Beckett", "Cormac", "Dalton", "Ezekiel", "Harlan", "Jericho", "Marcus", "Rafael", "Tobias", "Xavier",
            "Deshawn", "Nikhil", "Hoang", "Omari"],
           ["Adalyn", "Briar", "Cheyenne", "Esperanza", "Harmony", "Kinsley", "Magnolia", "Priyanka", "Shanice",
            "Tallulah", "Wren", "Yesenia", "Mei-Ling"],
           ["Abernathy", "Boudreaux", "Castellanos", "Delacroix", "Fenwick", "Gutierrez-Salas", "Hutchins",
            "Kowalczyk", "Mbeki", "Nakashima", "Okonkwo", "Prescott", "Quintanilla", "Rutledge", "Tillman",
            "Vanterpool", "Whitlock", "Yazzie"]),
    "gb": (["Alfie", "Callum", "Ewan", "Fraser", "Hamish", "Ieuan", "Kieran", "Rhys", "Tarquin", "Zain"],
           ["Bryony", "Ciara", "Elspeth", "Felicity", "Gwendolyn", "Isla", "Morwenna", "Niamh", "Poppy", "Saoirse"],
           ["Ashworth", "Blackmore", "Cartwright", "Ellery", "Featherstone", "Goodacre", "Hargreaves", "Llewellyn",
            "McAllister", "Pennington", "Rowntree", "Summerbee", "Trelawney", "Underhill"]),
    "au": (["Bodhi", "Brodie", "Darcy", "Flynn", "Jarrah", "Lachlan", "Mitchell", "Ronan"],
           ["Allira", "Bindi", "Chloe", "Kirra", "Matilda", "Sienna", "Tahlia", "Zara"],
           ["Birtles", "Coombe", "Dawkins", "Fitzsimons", "Kilgour", "McCubbin", "Rudd-Taylor", "Stapleton",
            "Treloar", "Wardlaw"]),
    "ie": (["Cathal", "Colm", "Donncha", "Fiachra", "Oisín", "Ruairí", "Seánie", "Tadhg"],
           ["Aoife", "Clodagh", "Gráinne", "Meabh", "Orla", "Róisín", "Sorcha", "Úna"],
           ["Brennan", "Cuffe", "Dempsey", "Fahy", "Geraghty", "Keogh", "Lalor", "Mac Giolla", "Ó Dálaigh",
            "Scanlon"]),
    "de": (["Bastian", "Detlef", "Eike", "Fynn", "Hartmut", "Jannik", "Malte", "Ole", "Rüdiger", "Volker"],
           ["Anke", "Britta", "Dörte", "Frauke", "Gesa", "Hilke", "Imke", "Maren", "Svenja", "Wiebke"],
           ["Brockmann", "Dierks", "Eilers", "Früchtenicht", "Hinrichs", "Janßen", "Kruse", "Lüders", "Meyerhoff",
            "Ohlsen", "Poppinga", "Thiessen", "Wübbena"]),
    "fr": (["Aurélien", "Baptiste", "Corentin", "Gaëtan", "Loïc", "Mathis", "Romuald", "Yannick"],
           ["Apolline", "Bérénice", "Clémence", "Gwenaëlle", "Maëlys", "Ophélie", "Soizic", "Victoire"],
           ["Le Goff", "Marchetti", "Boucherot", "Delaunay", "Guillou", "Lemaître", "Pelletier", "Quéré", "Rivoallan",
            "Vasseur"]),
    "nl": (["Bram", "Daan", "Gijs", "Jelle", "Maarten", "Sjoerd", "Thijs", "Wouter"],
           ["Anouk", "Femke", "Ilse", "Lieke", "Marloes", "Noor", "Sanne", "Yfke"],
           ["Bosman", "de Graaf", "Hoekstra", "Kuipers", "van der Meulen", "Postma", "Schotanus", "Terpstra",
            "van Wijk", "Zijlstra"]),
    "es": (["Aitor", "Borja", "Íñigo", "Joaquín", "Nicanor", "Rubén", "Sergi", "Unai"],
           ["Ainhoa", "Begoña", "Itziar", "Macarena", "Nerea", "Rocío", "Triana", "Yaiza"],
           ["Aranguren", "Barrenetxea", "Cifuentes", "Echániz", "Galdós", "Iturriaga", "Losada", "Mendizábal",
            "Quiroga", "Zubizarreta"]),
    "pl": (["Bartosz", "Dawid", "Grzegorz", "Jarosław", "Kacper", "Mikołaj", "Przemysław", "Wojciech"],
           ["Agnieszka", "Bożena", "Dorota", "Justyna", "Małgorzata", "Urszula", "Weronika", "Zuzanna"],
           ["Bąk", "Chmielewski", "Dudek", "Grabowski", "Kaczmarek", "Michalak", "Pawlak", "Sikora", "Wróblewski",
            "Zając"]),
    "sv": (["Alrik", "Edvin", "Helge", "Joar", "Loke", "Nils-Erik", "Torsten", "Valter"],
           ["Agnes", "Elsa", "Hedda", "Ylva", "Märta", "Saga", "Tindra", "Vera"],
           ["Ahlgren", "Blomqvist", "Ek", "Hellström", "Lundqvist", "Myrberg", "Sjöberg", "Wallin", "Östlund"]),
    "it": (["Amedeo", "Davide", "Ettore", "Gennaro", "Leonardo", "Nicolò", "Ottavio", "Tommaso"],
           ["Arianna", "Beatrice", "Cristina", "Elisa", "Gaia", "Marta", "Noemi", "Vittoria"],
           ["Barbieri", "Cattaneo", "De Luca", "Fontana", "Greco", "Marchesi", "Pellegrini", "Rizzo", "Sartori",
            "Testa"]),
    "br": (["Caio", "Davi", "Enzo", "Gustavo", "Heitor", "Leandro", "Thiago", "Wesley"],
           ["Ana Clara", "Bruna", "Daiane", "Giovana", "Jéssica", "Larissa", "Raíssa", "Thaís"],
           ["Albuquerque", "Bezerra", "Cavalcanti", "Damasceno", "Falcão", "Guimarães", "Nogueira", "Pimentel",
            "dos Santos", "Tavares"]),
    "tr": (["Barış", "Cem", "Emre", "Kerem", "Onur", "Serkan", "Tolga", "Uğur"],
           ["Aslı", "Büşra", "Derya", "Ebru", "Gizem", "Merve", "Sevgi", "Tuğba"],
           ["Akgül", "Bozkurt", "Çelik", "Doğan", "Erdem", "Güneş", "Karaca", "Öztürk", "Şahin", "Yıldırım"]),
}


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str, bool]:
    """``(given, family, female)`` of language ``lang``."""
    female = g.rnd.random() < 0.5 if female is None else female
    males, females, lasts = NAMES[lang]
    return g.rnd.choice(females if female else males), g.rnd.choice(lasts), female


def whole(g: Gen, lang: str) -> str:
    a, b, _ = person(g, lang)
    return f"{a} {b}"


def given(g: Gen, lang: str) -> str:
    return person(g, lang)[0]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


DOMAINS = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "protonmail.com"],
    "gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com.au", "icloud.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "es": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"],
    "sv": ["telia.com", "gmail.com", "hotmail.se", "bredband.net"],
    "it": ["libero.it", "virgilio.it", "gmail.com", "alice.it", "tiscali.it"],
    "br": ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "terra.com.br"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "mynet.com"],
}


def email_of(g: Gen, first: str, last: str, lang: str) -> str:
    a, b = plain(first), plain(last)
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(70, 99)}", f"{b}{a[:3]}"])
    return f"{local}@{g.rnd.choice(DOMAINS[lang])}"


def email(g: Gen, lang: str) -> str:
    a, b, _ = person(g, lang)
    return email_of(g, a, b, lang)


def handle(first: str, last: str, style: int) -> str:
    a, b = plain(first), plain(last)
    return [f"{a}{b[:2]}", f"{a}.{b}", f"{b}{a[0]}", f"{a}_{b[0]}{style % 7}", f"{a[:3]}{b[:4]}"][style % 5]


# -- places (written for v40) ------------------------------------------------------------------------------------------

#: (city, state, ZIP lead): Texas, Georgia, Ohio, Minnesota, North Carolina, Nevada, Arizona, Missouri, Tennessee
US_CITIES = [("Austin", "TX", "787"), ("Houston", "TX", "770"), ("Atlanta", "GA", "303"), ("Columbus", "OH", "432"),
             ("Minneapolis", "MN", "554"), ("Raleigh", "NC", "276"), ("Las Vegas", "NV", "891"),
             ("Tempe", "AZ", "852"), ("Kansas City", "MO", "641"), ("Memphis", "TN", "381")]
US_STREETS = ["Guadalupe St", "Peachtree Rd NE", "High St", "Nicollet Ave", "Hillsborough St", "Mill Ave",
              "Troost Ave", "Poplar Ave", "Westheimer Rd", "Summerlin Pkwy", "Bluebonnet Ln", "Magnolia Bend Dr"]
#: (suburb, state, postcode)
AU_PLACES = [("Fremantle", "WA", "6160"), ("Fitzroy", "VIC", "3065"), ("Newtown", "NSW", "2042"),
             ("Fortitude Valley", "QLD", "4006"), ("Glenelg", "SA", "5045"), ("Sandy Bay", "TAS", "7005"),
             ("Byron Bay", "NSW", "2481"), ("Cairns North", "QLD", "4870")]
AU_STREETS = ["Wattle St", "Banksia Cres", "Kookaburra Ct", "Jacaranda Ave", "Esplanade", "Gum Tree Rd"]
#: (town, Eircode routing key)
IE_PLACES = [("Dublin 7", "D07"), ("Dublin 6W", "D6W"), ("Rathfarnham", "D14"), ("Swords", "K67"),
             ("Dún Laoghaire", "A96"), ("Blanchardstown", "D15")]
IE_STREETS = ["Manor St", "Kimmage Rd Lower", "Ashgrove Lawn", "Glasnevin Ave", "Seafield Park", "Castle Grove"]
#: (town, postcode area)
GB_PLACES = [("Bristol", "BS"), ("Leeds", "LS"), ("Cardiff", "CF"), ("Norwich", "NR"), ("Brighton", "BN"),
             ("Sheffield", "S"), ("Aberdeen", "AB"), ("Exeter", "EX")]
GB_STREETS = ["Gloucester Rd", "Chapel Allerton Ln", "Cathedral Rd", "Unthank Rd", "Ditchling Rise", "Ecclesall Rd"]
#: (city, PLZ lead)
DE_PLACES = [("Bremen", "28"), ("Oldenburg", "26"), ("Kiel", "24"), ("Lüneburg", "21"), ("Osnabrück", "49"),
             ("Flensburg", "24"), ("Göttingen", "37")]
DE_STREETS = ["Am Deich", "Friesenstraße", "Schwachhauser Heerstraße", "Holtenauer Straße", "Lange Reihe",
              "Moorweg", "Haferkamp"]
FR_PLACES = [("Rennes", "35"), ("Nantes", "44"), ("Brest", "29"), ("Lorient", "56"), ("Angers", "49"),
             ("Saint-Malo", "35"), ("Vannes", "56")]
NL_PLACES = [("Leeuwarden", "89"), ("Groningen", "97"), ("Zwolle", "80"), ("Texel", "17"), ("Harlingen", "88"),
             ("Sneek", "86"), ("Assen", "94")]
NL_STREETS = ["Nieuwestad", "Oosterkade", "Herestraat", "Dijkweg", "Kerkstraat", "Boterdiep", "Slotlaan"]
ES_PLACES = [("Bilbao", "Bizkaia", "480"), ("Donostia", "Gipuzkoa", "200"), ("Vitoria-Gasteiz", "Álava", "010"),
             ("Pamplona", "Navarra", "310"), ("Logroño", "La Rioja", "260"), ("Santander", "Cantabria", "390")]
PL_PLACES = [("Kraków", "30"), ("Gdańsk", "80"), ("Wrocław", "50"), ("Poznań", "60"), ("Łódź", "90")]
SE_PLACES = [("Gävle", "80"), ("Sundsvall", "85"), ("Karlstad", "65"), ("Växjö", "35"), ("Kalmar", "39"),
             ("Falun", "79")]
SE_STREETS = ["Hamngatan", "Slottsgatan", "Rådhusgatan", "Skolvägen", "Granvägen", "Sjöbacken"]
#: (comune, provincia, CAP lead, cadastral code)
IT_PLACES = [("Milano", "MI", "201", "F205"), ("Torino", "TO", "101", "L219"), ("Bologna", "BO", "401", "A944"),
             ("Firenze", "FI", "501", "D612"), ("Genova", "GE", "161", "D969"), ("Padova", "PD", "351", "G224")]
IT_STREETS = ["Via Solferino", "Corso Buenos Aires", "Via Indipendenza", "Borgo Pinti", "Via XX Settembre",
              "Via Belzoni"]
#: (city, UF, CEP lead)
BR_PLACES = [("Recife", "PE", "50"), ("Fortaleza", "CE", "60"), ("Salvador", "BA", "40"), ("Natal", "RN", "59"),
             ("João Pessoa", "PB", "58"), ("Maceió", "AL", "57")]
BR_STREETS = ["Rua da Aurora", "Av. Boa Viagem", "Rua do Hospício", "Travessa das Flores", "Rua Sete de Setembro"]


def us_street(g: Gen) -> str:
    n = g.rnd.randint(100, 12999)
    return g.rnd.choice([f"{n} {g.rnd.choice(US_STREETS)}", f"{n} {g.rnd.choice(US_STREETS)} Apt {g.rnd.randint(1, 40)}"])


def street(g: Gen, names: list[str], before: bool = False) -> str:
    n = g.rnd.randint(1, 160)
    s = g.rnd.choice(names)
    return f"{n} {s}" if before else f"{s} {n}"


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------

BBAN = {"DE": "999999999999999999", "NL": "AAAA9999999999", "ES": "99999999999999999999",
        "SE": "99999999999999999999", "GB": "AAAA99999999999999", "IT": "A9999999999ZZZZZZZZZZZZ"}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, national checks retried; python-stdnum checks it)."""

    def make() -> str:
        bban = g.code(BBAN[country])
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def us_ssn(g: Gen) -> str:
    return g.valid(lambda: f"{g.rnd.randint(1, 665):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}",
                   _ssn.is_valid)


def gb_utr(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    number = _utr.calc_check_digit(body) + body
    assert _utr.is_valid(number)
    return number


def de_idnr(g: Gen) -> str:
    """A German Steuer-ID: ten digits, one of them twice, then the ISO 7064 mod 11,10 check digit."""

    def make() -> str:
        ds = g.rnd.sample(string.digits, 9)
        ds.append(g.rnd.choice(ds))
        g.rnd.shuffle(ds)
        body = "".join(ds)
        return body + mod_11_10.calc_check_digit(body)

    return g.valid(make, lambda x: x[0] != "0" and _idnr.is_valid(x))


def nl_bsn(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 3)) + g.digits(8), _bsn.is_valid)


def es_dni(g: Gen) -> str:
    body = f"{g.rnd.randint(10_000_000, 79_999_999)}"
    number = body + _dni.calc_check_digit(body)
    assert _dni.is_valid(number)
    return number


def es_nie(g: Gen) -> str:
    body = g.rnd.choice("XYZ") + g.digits(7)
    number = body + _nie.calc_check_digit(body)
    assert _nie.is_valid(number)
    return number


def pl_pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    serial = g.digits(3) + str(g.rnd.choice("02468" if female else "13579"))
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial}"
    number = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(number)
    return number


def se_personnummer(g: Gen, born: date) -> str:
    body = born.strftime("%y%m%d") + g.digits(3)
    number = f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"
    assert _pnr.is_valid(number)
    return number


def tr_tckimlik(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    number = body + _tck.calc_check_digits(body)
    assert _tck.is_valid(number)
    return number


def br_cpf(g: Gen, dotted: bool = True) -> str:
    def make() -> str:
        d = [int(x) for x in g.digits(9)]
        for size in (9, 10):
            s = sum(v * w for v, w in zip(d, range(size + 1, 1, -1)))
            d.append((s * 10) % 11 % 10)
        return "".join(map(str, d))

    number = g.valid(make, _cpf.is_valid)
    return f"{number[:3]}.{number[3:6]}.{number[6:9]}-{number[9:]}" if dotted else number


def _cf_part(text: str, given_name: bool) -> str:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vows = [ch for ch in letters if ch in "AEIOU"]
    if given_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return "".join((cons + vows + ["X", "X", "X"])[:3])


def it_codice_fiscale(first: str, last: str, born: date, female: bool, comune: str) -> str:
    """An Italian codice fiscale encoding the name, the birth date and the comune (check letter: python-stdnum)."""
    day = born.day + (40 if female else 0)
    body = (_cf_part(last, False) + _cf_part(first, True) + f"{born.year % 100:02d}" + "ABCDEHLMPRST"[born.month - 1]
            + f"{day:02d}" + comune)
    number = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(number)
    return number


def card_last4(g: Gen) -> str:
    return g.digits(4)


def token(g: Gen, prefix: str, n: int = 32) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits + "-_")


def sha1(g: Gen) -> str:
    return hashlib.sha1(str(g.rnd.random()).encode(), usedforsecurity=False).hexdigest()


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUES = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))),
               **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
_VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(g: Gen) -> str:
    """A 17-character VIN with the North American check digit in position 9."""
    raw = g.rnd.choice(["1FT", "5YJ", "JTD", "WVW", "3N1", "KMH"]) + g.digits(14, VIN_CHARS)
    check = sum(_VIN_VALUES[ch] * w for ch, w in zip(raw, _VIN_WEIGHTS)) % 11
    return raw[:8] + ("X" if check == 10 else str(check)) + raw[9:]


DEVICES = ["iPhone15,2", "iPhone14,5", "SM-S918B", "SM-A546B", "Pixel 8", "Pixel 7a", "moto g54", "Redmi Note 12",
           "CPH2451", "iPhone16,1"]
