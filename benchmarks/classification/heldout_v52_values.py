"""Values of held-out set v52 (:mod:`benchmarks.classification.heldout_v52`): v52's random source, name lists, streets,
towns and postcodes written by hand for v52 (no Faker, no list of real people, no breach data), phones checked with
phonenumbers and identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module (the phone maker takes area codes for the North
American numbering plan); the lists below are new: Chicago, Las Vegas, western New York, England, London, Toronto,
Gauteng, Melbourne, the west of Ireland, northern Hesse, Touraine, Madrid, Bologna, Brno and Rotterdam.
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
from stdnum import imei as _imei
from stdnum import luhn
from stdnum.au import abn as _abn
from stdnum.ca import bn as _bn
from stdnum.cz import dic as _dic
from stdnum.cz import rc as _rc
from stdnum.es import ccc as _ccc
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.fr import siren as _siren
from stdnum.ie import pps as _pps
from stdnum.ie import vat as _ie_vat
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva
from stdnum.nl import bsn as _bsn
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _za_id

from benchmarks.classification.heldout_v2 import Column

SEED = 52_417_2026
N = "none"
#: a login or public display handle (review, as in v5 to v51)
USERNAME = "unclassified"
#: NULL-like strings of v52's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "NONE", "unknown", "Unknown", "UNKNOWN",
    "?", "#N/A", "nil", "<null>", "undefined", "0", "000-00-0000", "0000000000", "test@example.com",
    "noreply@example.com", "none@none.com", "(000) 000-0000", "999-99-9999", "REDACTED", "N/K", "NK", "TBC",
    "not given", "declined", "refused", "k.A.", "keine", "unbekannt", "néant", "inconnu", "NC", "sin datos",
    "desconocido", "pendiente", "n.d.", "nessuna", "non fornito", "neuvedeno", "nezjištěno", "onbekend", "geen", "*",
    "x", "XX")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v52:{SEED}:{table}")

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

    def amounts(self, lo: float, hi: float, null: float = 0.0) -> list[Any]:
        return self.col(lambda: round(self.rnd.uniform(lo, hi), 2), null)

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

    def md5(self) -> str:
        return hashlib.md5(str(self.rnd.random()).encode(), usedforsecurity=False).hexdigest()

    def ipv4(self) -> str:
        first = self.rnd.choice([24, 50, 66, 67, 68, 71, 73, 98, 99, 104, 107, 108, 172, 174, 184, 41, 105, 196])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2600", "2601", "2603", "2607", "2c0f", "2001"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True, areas: list[str] | None = None) -> str:
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        keep = max(len(nsn) - 7, 1)
        leads = PREFIXES.get((region, mobile), [nsn[:keep]])

        def make() -> str:
            if region in NANP_AREAS:
                exchange = str(self.rnd.randint(2, 9)) + self.digits(2)
                if exchange == "555":
                    exchange = "556"
                return self.rnd.choice(areas or NANP_AREAS[region]) + exchange + self.digits(4)
            lead = self.rnd.choice(leads)
            size = len(nsn) + self.rnd.choice([0, 0, 0, 1, 2, -1])
            return lead + self.digits(max(size - len(lead), 2))

        def ok(candidate: str) -> bool:
            number = phonenumbers.parse(f"+{example.country_code}{candidate}")
            return phonenumbers.is_valid_number(number) and \
                phonenumbers.region_code_for_number(number) == region

        number = phonenumbers.parse(f"+{example.country_code}{self.valid(make, ok)}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        d = "".join(ch for ch in national if ch.isdigit())
        if fmt == "digits":
            return d
        if fmt == "dashes":
            return f"{d[:3]}-{d[3:6]}-{d[6:]}" if region in NANP_AREAS else national.replace(" ", "-")
        if fmt == "dots":
            return f"{d[:3]}.{d[3:6]}.{d[6:]}" if region in NANP_AREAS else national.replace(" ", ".")
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0,
               areas: list[str] | None = None) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile,
                                           areas), null)


#: area codes per North American region (the tables pass their own city's codes)
NANP_AREAS = {"US": ["312", "773", "872", "702", "725", "716", "585"], "CA": ["416", "647", "437", "905", "289"]}
#: leading digits of national numbers per (region, mobile) (the example number's lead otherwise)
PREFIXES: dict[tuple[str, bool], list[str]] = {
    ("GB", True): ["74", "75", "77", "78", "79"], ("GB", False): ["161", "113", "1274", "1204", "1706", "1484"],
    ("IE", True): ["83", "85", "86", "87", "89"], ("IE", False): ["91", "94", "71", "65", "90"],
    ("ZA", True): ["60", "61", "71", "72", "73", "76", "78", "79", "82", "83", "84"], ("ZA", False): ["11", "12"],
    ("AU", True): ["40", "41", "42", "43", "45", "47"], ("AU", False): ["3"],
    ("DE", True): ["151", "152", "157", "160", "170", "171", "176"], ("DE", False): ["561"],
    ("FR", True): ["6", "7"], ("FR", False): ["2"], ("ES", True): ["6", "7"], ("ES", False): ["91"],
    ("IT", True): ["32", "33", "34", "34", "35", "36", "38", "39"], ("IT", False): ["051", "0542", "0532"],
    ("CZ", True): ["60", "72", "73", "77", "79"], ("CZ", False): ["5"],
    ("NL", True): ["61", "62", "63", "64", "65", "68"], ("NL", False): ["10"],
}
CHICAGO_AREAS = ["312", "773", "872", "708", "630", "847"]
VEGAS_AREAS = ["702", "725"]
WNY_AREAS = ["716", "585", "315", "412", "216", "704", "813", "901", "602", "214", "404"]


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


def dob_text(d: date | None, style: str) -> str | None:
    """A date of birth written the way a system of ``style`` writes it."""
    if d is None:
        return None
    months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
    return {"us": d.strftime("%m/%d/%Y"), "uk": d.strftime("%d/%m/%Y"), "de": d.strftime("%d.%m.%Y"),
            "ymd": d.strftime("%Y%m%d"), "iso": d.isoformat(), "mon": f"{d.day:02d}-{months[d.month - 1]}-{d.year}",
            "cz": f"{d.day}. {d.month}. {d.year}"}[style]


# -- names (written for v52) -------------------------------------------------------------------------------------------

#: locale -> (male given names, female given names, family names); common census-style names, mixed at random
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["Brandon", "Tyrell", "Kevin", "Dustin", "Marcus", "Derek", "Travis", "Cody", "Jamal", "Shane", "Gregory",
            "Darnell", "Randall", "Kyle", "Terrence", "Wesley", "Curtis", "Dwayne"],
           ["Ashley", "Brittany", "Tamika", "Crystal", "Heather", "Latoya", "Kimberly", "Amber", "Shanice", "Megan",
            "Tiffany", "Danielle", "Courtney", "Monique", "Lindsey", "Keisha", "Rachel", "Stacy"],
           ["Haskins", "Pruitt", "McCray", "Hollis", "Whitfield", "Gaines", "Tolliver", "Bledsoe", "Crenshaw",
            "Dorsey", "Easley", "Fenwick", "Granger", "Huffman", "Lyles", "Mabry", "Neely", "Ogletree", "Pettway",
            "Rountree", "Satterfield", "Tatum", "Vaughn", "Womack", "Yancey", "Beasley", "Coley", "Dukes"]),
    "us_hispanic": (["Alejandro", "Jesús", "Rigoberto", "Omar", "Efraín", "Julio", "Ramiro", "Héctor", "Ulises",
                     "Adrián", "Fidel", "Osvaldo"],
                    ["Guadalupe", "Yesenia", "Araceli", "Maricela", "Xóchitl", "Leticia", "Nayeli", "Rosalba",
                     "Brenda", "Karina", "Elvia", "Yadira"],
                    ["Ocampo", "Zavala", "Barragán", "Cisneros", "Delgadillo", "Esparza", "Gallegos", "Hinojosa",
                     "Ibarra", "Landeros", "Maldonado", "Navarrete", "Quintanilla", "Salcido", "Tovar", "Urbina"]),
    "us_polish": (["Tadeusz", "Krzysztof", "Zbigniew", "Mariusz", "Dariusz", "Wojciech", "Grzegorz"],
                  ["Grażyna", "Bożena", "Jolanta", "Agnieszka", "Dorota", "Halina", "Renata"],
                  ["Wiśniewski", "Kaczmarek", "Zieliński", "Szymański", "Wróbel", "Dąbrowski", "Pawlak",
                   "Sikora", "Jabłoński", "Górecki"]),
    "us_filipino": (["Rodel", "Jericho", "Arnel", "Ramil", "Jayson"], ["Maricel", "Rowena", "Jocelyn", "Lovely",
                                                                       "Arlene"],
                    ["Dimaculangan", "Macaraeg", "Bautista", "Villanueva", "Agustin", "Manalo"]),
    "us_vietnamese": (["Minh", "Bao", "Khoa", "Tuan", "Huy"], ["Thuy", "Lien", "Ngoc", "Hanh", "Trinh"],
                      ["Pham", "Vo", "Dang", "Huynh", "Bui", "Do"]),
    "us_korean": (["Sung-min", "Jae-hyun", "Dong-hyun", "Min-jun"], ["Hye-jin", "Eun-ji", "Soo-yeon", "Ji-woo"],
                  ["Kwon", "Shin", "Yoon", "Jang", "Hwang"]),
    "us_indian": (["Rajesh", "Vikram", "Nikhil", "Sandeep"], ["Anjali", "Pooja", "Swati", "Neha"],
                  ["Bhatt", "Desai", "Patil", "Reddy", "Iyer"]),
    "gb": (["Gareth", "Dean", "Craig", "Liam", "Wayne", "Callum", "Ryan", "Jamie", "Stuart", "Lee", "Nathan",
            "Imran", "Darren", "Kieran", "Owain", "Rhys"],
           ["Kerry", "Gemma", "Leanne", "Stacey", "Kirsty", "Shannon", "Chantelle", "Nadia", "Lauren", "Jodie",
            "Samantha", "Bethan", "Amira", "Tracey", "Hayley", "Zoe"],
           ["Ashworth", "Barraclough", "Crossley", "Duckworth", "Entwistle", "Fairclough", "Greenwood", "Hargreaves",
            "Illingworth", "Jagger", "Kershaw", "Lumb", "Mottram", "Nuttall", "Ormerod", "Pickles", "Ramsbottom",
            "Sutcliffe", "Threlfall", "Whittaker", "Akhtar", "Begum", "Hussain", "Mahmood", "Okafor", "Mensah",
            "Kowalczyk", "Mullins"]),
    "ca": (["Étienne", "Mathieu", "Yannick", "Connor", "Brennan", "Rohan", "Harjit", "Wei", "Ethan", "Gordon",
            "Dmitri", "Tobias"],
           ["Geneviève", "Mélanie", "Sophie", "Brianna", "Kaitlyn", "Manpreet", "Xiaoling", "Alicia", "Nadine",
            "Fiona", "Oksana", "Priyanka"],
           ["Tremblay", "Gagnon", "Bouchard", "Lévesque", "Pelletier", "Bélanger", "MacKinnon", "MacLeod", "Fraser",
            "Sandhu", "Grewal", "Dhaliwal", "Liang", "Huang", "Zhou", "Kovalenko", "Boychuk", "Doucette"]),
    "za": (["Sipho", "Thabo", "Lwazi", "Themba", "Bongani", "Kagiso", "Mandla", "Tshepo", "Pieter", "Johan", "Riaan",
            "Ruben", "Prakash", "Kyle", "Lungelo", "Musa"],
           ["Nomvula", "Lindiwe", "Zanele", "Thandeka", "Anele", "Refilwe", "Palesa", "Annelie", "Marietjie",
            "Kavitha", "Precious", "Lerato", "Busisiwe", "Chantal", "Nokuthula", "Yolandi"],
           ["Nkosi", "Dlamini", "Khumalo", "Mokoena", "Mahlangu", "Mthembu", "Sithole", "Zulu", "Botha", "Pretorius",
            "Van der Merwe", "Naidoo", "Govender", "Pillay", "Molefe", "Mabaso", "Nel", "Coetzee", "Mofokeng",
            "Radebe", "Ntuli", "Venter", "Maharaj", "Baloyi"]),
    "au": (["Lachlan", "Brodie", "Cooper", "Jayden", "Mitchell", "Tyson", "Darcy", "Hamish", "Kane", "Riley", "Minh",
            "Stavros"],
           ["Kirra", "Tahlia", "Chloe", "Brooke", "Shannon", "Jessica", "Ebony", "Tegan", "Skye", "Mai", "Eleni",
            "Georgia"],
           ["McAllister", "Beaumont", "Cartwright", "Donoghue", "Fitzpatrick", "Hutchins", "Kearney", "Lonergan",
            "Nguyen", "Tran", "Papadopoulos", "Karagiannis", "Rossetti", "Singh", "Walkerden", "Yeomans",
            "Prendergast", "Quinlan"]),
    "ie": (["Ciarán", "Darragh", "Eoin", "Cian", "Oisín", "Pádraig", "Declan", "Fergal", "Colm", "Tadhg", "Niall",
            "Shane"],
           ["Aoife", "Niamh", "Siobhán", "Caoimhe", "Orla", "Róisín", "Gráinne", "Clodagh", "Sinéad", "Deirdre",
            "Éabha", "Maeve"],
           ["Ó Súilleabháin", "Mac Donncha", "Ní Fhlatharta", "Connolly", "Fahy", "Geraghty", "Hession", "Joyce",
            "Keane", "Lally", "Mannion", "Naughton", "O'Malley", "Qualter", "Ruane", "Staunton", "Tierney",
            "Walsh", "Burke", "Concannon", "Flaherty", "Heneghan"]),
    "de": (["Lukas", "Tobias", "Sebastian", "Dennis", "Kevin", "Marcel", "Jürgen", "Dieter", "Uwe", "Steffen",
            "Mehmet", "Waldemar", "Torsten", "Holger"],
           ["Sabine", "Nicole", "Katrin", "Stefanie", "Jana", "Sandra", "Ursula", "Heike", "Anja", "Svetlana",
            "Ayşe", "Doreen", "Manuela", "Birgit"],
           ["Schäfer", "Hofmann", "Wagner", "Becker", "Schulz", "Koch", "Richter", "Wolf", "Schröder", "Neumann",
            "Zimmermann", "Krüger", "Hartmann", "Lange", "Werner", "Krause", "Lehmann", "Köhler", "Dietrich",
            "Öztürk", "Reimer", "Siebert", "Hühn", "Apel"]),
    "fr": (["Jean-Luc", "Philippe", "Nicolas", "Julien", "Mathieu", "Sébastien", "Thierry", "Pascal", "Cédric",
            "Yannick", "Gérard", "Bernard"],
           ["Camille", "Nathalie", "Isabelle", "Sandrine", "Aurélie", "Élodie", "Hélène", "Monique", "Véronique",
            "Sylvie", "Chantal", "Brigitte"],
           ["Dubois", "Lefebvre", "Moreau", "Fournier", "Girard", "Bonnet", "Lambert", "Fontaine", "Rousseau",
            "Chevalier", "Gauthier", "Perrin", "Morin", "Renard", "Brunet", "Blanchard", "Guérin", "Boucher",
            "Marchand", "Lemaire", "Barbier", "Charpentier"]),
    "es": (["Javier", "Álvaro", "Sergio", "Raúl", "Rubén", "Iván", "Ignacio", "Gonzalo"],
           ["Lucía", "Marta", "Cristina", "Pilar", "Nuria", "Beatriz", "Rocío", "Inmaculada"],
           ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
            "Jiménez", "Ruiz", "Díaz", "Moreno", "Álvarez", "Romero", "Navarro"]),
    "ma": (["Mohamed", "Youssef", "Hamza", "Rachid", "Abdelkader", "Mustapha"],
           ["Fatima", "Khadija", "Naima", "Samira", "Imane", "Houda"],
           ["El Amrani", "Benali", "Bouzid", "Ouali", "El Idrissi", "Tahiri", "Azzouzi", "Belhaj"]),
    "co": (["Andrés Felipe", "Juan Camilo", "Jhon Jairo", "Wilmer", "Yeison", "Edwin"],
           ["Juliana", "Yuliana", "Luz Dary", "Leidy", "Marcela", "Paola"],
           ["Restrepo", "Ospina", "Cardona", "Giraldo", "Arango", "Valencia", "Quintero", "Zapata"]),
    "ve": (["José Gregorio", "Luis Alfredo", "Yorman", "Ender", "Richard"],
           ["Gabriela", "Yusmary", "Mariangel", "Oriana", "Yelitza"],
           ["Rondón", "Briceño", "Guerrero", "Mendoza", "Colmenares", "Pacheco", "Villalobos"]),
    "ro": (["Andrei", "Ionuț", "Florin", "Marius", "Cătălin", "Bogdan"],
           ["Mihaela", "Elena", "Alina", "Loredana", "Ioana", "Florentina"],
           ["Popescu", "Ionescu", "Dumitru", "Stan", "Constantin", "Munteanu", "Lupu", "Ciobanu"]),
    "pk": (["Imran", "Bilal", "Zeeshan", "Asif", "Kamran"],
           ["Ayesha", "Sadia", "Rabia", "Nazia", "Farzana"],
           ["Khan", "Ahmed", "Hussain", "Qureshi", "Butt", "Chaudhry", "Malik"]),
    "sn": (["Mamadou", "Cheikh", "Ousmane", "Moustapha", "Ibrahima"],
           ["Awa", "Fatou", "Aminata", "Mariama", "Khady"],
           ["Diop", "Ndiaye", "Fall", "Sow", "Gueye", "Diallo", "Sarr"]),
    "it": (["Marco", "Andrea", "Matteo", "Davide", "Luca", "Stefano", "Paolo", "Riccardo", "Simone", "Gianni",
            "Roberto", "Emanuele"],
           ["Giulia", "Francesca", "Sara", "Elisa", "Silvia", "Valentina", "Roberta", "Monica", "Cristina",
            "Daniela", "Alessia", "Barbara"],
           ["Bianchi", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Costa", "Giordano",
            "Mancini", "Rizzo", "Moretti", "Barbieri", "Fontana", "Zanetti", "Pellegrini", "Cavallari", "Malaguti",
            "Zanarini", "Bergonzoni", "Tinti"]),
    "nl": (["Daan", "Sem", "Thijs", "Bram", "Jeroen", "Rik", "Mohamed", "Mustafa", "Ricardo", "Dennis", "Kevin",
            "Gerrit"],
           ["Sanne", "Femke", "Lotte", "Anouk", "Priscilla", "Naima", "Esra", "Kim", "Marloes", "Chantal", "Ilse",
            "Shirley"],
           ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit", "Meijer",
            "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
            "El Idrissi", "Yıldırım", "Kartosen", "Martina", "Pinas", "Koster"]),
}
#: Czech names: (male given, female given, (male family, female family) pairs)
CZ_NAMES: tuple[list[str], list[str], list[tuple[str, str]]] = (
    ["Jan", "Petr", "Jiří", "Tomáš", "Martin", "Lukáš", "Jakub", "Ondřej", "Radek", "Zdeněk", "Miroslav", "Vojtěch"],
    ["Jana", "Eva", "Hana", "Lenka", "Kateřina", "Lucie", "Petra", "Veronika", "Zuzana", "Markéta", "Tereza",
     "Ivana"],
    [("Novák", "Nováková"), ("Svoboda", "Svobodová"), ("Novotný", "Novotná"), ("Dvořák", "Dvořáková"),
     ("Černý", "Černá"), ("Procházka", "Procházková"), ("Kučera", "Kučerová"), ("Veselý", "Veselá"),
     ("Horák", "Horáková"), ("Němec", "Němcová"), ("Pokorný", "Pokorná"), ("Pospíšil", "Pospíšilová"),
     ("Hájek", "Hájková"), ("Kratochvíl", "Kratochvílová"), ("Sedláček", "Sedláčková"), ("Zedník", "Zedníková"),
     ("Doležal", "Doležalová"), ("Šťastný", "Šťastná")])

#: origins per table (weights): ``person`` draws an origin first
MIXES: dict[str, dict[str, float]] = {
    "chicago": {"us": 5, "us_hispanic": 3, "us_polish": 2, "us_korean": 0.5, "us_indian": 0.5},
    "vegas": {"us": 5, "us_hispanic": 4, "us_filipino": 1.5, "us_vietnamese": 0.5},
    "wny": {"us": 7, "us_hispanic": 2, "us_polish": 1.5, "us_vietnamese": 0.25, "us_indian": 0.25},
    "madrid": {"ma": 3, "co": 3, "ve": 2, "ro": 2, "pk": 1, "sn": 1},
}


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang`` (a locale of :data:`NAMES`, ``cz`` or a mix of :data:`MIXES`)."""
    female = g.rnd.random() < 0.5 if female is None else female
    if lang in MIXES:
        lang = g.rnd.choices(list(MIXES[lang]), list(MIXES[lang].values()))[0]
    if lang == "cz":
        males, females, pairs = CZ_NAMES
        pair = g.rnd.choice(pairs)
        return g.rnd.choice(females if female else males), pair[1] if female else pair[0]
    males, females, lasts = NAMES[lang]
    return g.rnd.choice(females if female else males), g.rnd.choice(lasts)


def whole(g: Gen, lang: str = "us", female: bool | None = None) -> str:
    a, b = person(g, lang, female)
    return f"{a} {b}"


def given(g: Gen, lang: str = "us", female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def family(g: Gen, lang: str = "us") -> str:
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
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{b[:5]}_{a[:1]}"][style % 5]


#: personal e-mail domains per country
DOMAINS = {
    "us": ["gmail.com", "yahoo.com", "aol.com", "hotmail.com", "icloud.com", "outlook.com", "sbcglobal.net",
           "comcast.net", "att.net", "roadrunner.com"],
    "gb": ["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "outlook.com", "sky.com", "icloud.com"],
    "ca": ["gmail.com", "hotmail.com", "rogers.com", "sympatico.ca", "videotron.ca", "outlook.com", "yahoo.ca"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net", "vodamail.co.za", "outlook.com"],
    "au": ["gmail.com", "bigpond.com", "hotmail.com", "optusnet.com.au", "outlook.com", "icloud.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "yahoo.ie", "outlook.ie", "icloud.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "freenet.de", "outlook.de"],
    "fr": ["orange.fr", "free.fr", "wanadoo.fr", "gmail.com", "laposte.net", "sfr.fr", "hotmail.fr"],
    "es": ["gmail.com", "hotmail.com", "yahoo.es", "outlook.es", "hotmail.es"],
    "it": ["libero.it", "gmail.com", "virgilio.it", "alice.it", "hotmail.it", "tiscali.it"],
    "cz": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com", "post.cz"],
    "nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "live.nl", "outlook.com"],
}


# -- places (written for v52) -----------------------------------------------------------------------------------------

#: (real city, state, ZIP lead) per US region
US_PLACES: dict[str, list[tuple[str, str, str]]] = {
    "chicago": [("Chicago", "IL", "606"), ("Chicago", "IL", "606"), ("Chicago", "IL", "606"), ("Cicero", "IL", "608"),
                ("Evanston", "IL", "602"), ("Oak Park", "IL", "603"), ("Skokie", "IL", "600"),
                ("Berwyn", "IL", "604"), ("Aurora", "IL", "605"), ("Joliet", "IL", "604")],
    "vegas": [("Las Vegas", "NV", "891"), ("Las Vegas", "NV", "891"), ("Henderson", "NV", "890"),
              ("North Las Vegas", "NV", "890"), ("Boulder City", "NV", "890"), ("Pahrump", "NV", "890")],
    "wny": [("Buffalo", "NY", "142"), ("Cheektowaga", "NY", "142"), ("Rochester", "NY", "146"),
            ("Niagara Falls", "NY", "143"), ("Syracuse", "NY", "132"), ("Pittsburgh", "PA", "152"),
            ("Cleveland", "OH", "441"), ("Charlotte", "NC", "282"), ("Tampa", "FL", "336"), ("Memphis", "TN", "381"),
            ("Phoenix", "AZ", "850"), ("Dallas", "TX", "752"), ("Atlanta", "GA", "303")],
}
US_STREETS: dict[str, list[str]] = {
    "chicago": ["N Milwaukee Ave", "W Belmont Ave", "S Halsted St", "W Irving Park Rd", "S Kedzie Ave",
                "W 63rd St", "N Sheridan Rd", "W Cermak Rd", "S Pulaski Rd", "N Harlem Ave", "W Fullerton Ave",
                "S Archer Ave"],
    "vegas": ["E Flamingo Rd", "W Sahara Ave", "S Decatur Blvd", "N Rancho Dr", "E Tropicana Ave", "Boulder Hwy",
              "W Charleston Blvd", "S Eastern Ave", "N Nellis Blvd", "W Craig Rd"],
    "wny": ["Delaware Ave", "Genesee St", "Niagara Falls Blvd", "Main St", "Elmwood Ave", "Harlem Rd",
            "Union Rd", "Clinton St", "Lake Ave", "Maple Rd", "Broadway", "Seneca St"],
}


def us_place(g: Gen, region: str) -> tuple[str, str, str]:
    return g.rnd.choice(US_PLACES[region])


def us_zip(g: Gen, lead: str, plus4: float = 0.0) -> str:
    z = lead + g.digits(2)
    return f"{z}-{g.digits(4)}" if g.rnd.random() < plus4 else z


def us_street(g: Gen, region: str, unit: float = 0.25) -> str:
    n = g.rnd.randint(100, 11999)
    s = g.rnd.choice(US_STREETS[region])
    if g.rnd.random() < unit:
        return g.rnd.choice([f"{n} {s} Apt {g.rnd.randint(1, 40)}", (f"{n} {s} Unit {g.rnd.randint(1, 12)}"
                             f"{g.rnd.choice('ABCD')}"), f"{n} {s} #{g.rnd.randint(101, 420)}"])
    return f"{n} {s}"


#: (post town, postcode outward codes) in England
GB_PLACES = [("Manchester", ["M14", "M19", "M40", "M8", "M22"]), ("Salford", ["M5", "M6", "M7"]),
             ("Leeds", ["LS6", "LS8", "LS11", "LS14"]), ("Bradford", ["BD3", "BD5", "BD8"]),
             ("Bolton", ["BL1", "BL3"]), ("Oldham", ["OL1", "OL8", "OL9"]), ("Stockport", ["SK1", "SK4", "SK5"]),
             ("Wigan", ["WN1", "WN5"]), ("Huddersfield", ["HD1", "HD2"]), ("Rochdale", ["OL11", "OL16"])]
GB_COUNTIES = {"Manchester": "GREATER MANCHESTER", "Salford": "GREATER MANCHESTER", "Leeds": "WEST YORKSHIRE",
               "Bradford": "WEST YORKSHIRE", "Bolton": "GREATER MANCHESTER", "Oldham": "GREATER MANCHESTER",
               "Stockport": "GREATER MANCHESTER", "Wigan": "GREATER MANCHESTER", "Huddersfield": "WEST YORKSHIRE",
               "Rochdale": "GREATER MANCHESTER"}
GB_STREETS = ["Wilmslow Road", "Stockport Road", "Cheetham Hill Road", "Harehills Lane", "Roundhay Road",
              "Manningham Lane", "Deane Road", "Ashton Old Road", "Hyde Road", "Claremont Road", "Bury New Road",
              "Oldham Road", "Beeston Hill", "Alexandra Road", "Thornton Road", "Spotland Road"]
LONDON_OUTWARD = ["E3", "E14", "E17", "N16", "N22", "SE15", "SE22", "SW9", "SW17", "W12", "NW10", "CR0", "IG1",
                  "HA0", "BR3"]
LONDON_STREETS = ["Roman Road", "Lordship Lane", "Coldharbour Lane", "Stoke Newington Church Street",
                  "Uxbridge Road", "Tooting High Street", "Hoe Street", "Westferry Road", "Harlesden Road",
                  "Brixton Hill", "Ilford Lane", "Beckenham Road"]


def gb_postcode(g: Gen, outward: str) -> str:
    return f"{outward} {g.rnd.randint(1, 9)}{g.digits(2, 'ABDEFGHJLNPQRSTUWXYZ')}"


def gb_street(g: Gen, streets: list[str] | None = None) -> str:
    s = g.rnd.choice(streets or GB_STREETS)
    n = g.rnd.randint(1, 340)
    return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"Flat {g.rnd.randint(1, 24)}, {n} {s}", f"{n}A {s}"])


def gb_nino(g: Gen, spaced: bool = False) -> str:
    """A National Insurance number of HMRC's allowed shape (no prefix D, F, I, Q, U or V, no O second, none of the
    reserved pairs, suffix A to D)."""
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        prefix = g.rnd.choice(first) + g.rnd.choice(second)
        if prefix not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
            break
    number = f"{prefix}{g.digits(6)}{g.rnd.choice('ABCD')}"
    return f"{number[:2]} {number[2:4]} {number[4:6]} {number[6:8]} {number[8]}" if spaced else number


#: (Canadian city, province, FSA leads)
CA_PLACES = [("Toronto", "ON", ["M5V", "M4C", "M6H", "M1B", "M9W"]), ("Mississauga", "ON", ["L5B", "L4Z", "L5M"]),
             ("Waterloo", "ON", ["N2L", "N2J"]), ("Ottawa", "ON", ["K1P", "K2G", "K1S"]),
             ("Markham", "ON", ["L3R", "L6C"]), ("Montréal", "QC", ["H2X", "H3H", "H1N"]),
             ("Laval", "QC", ["H7N", "H7T"]), ("Calgary", "AB", ["T2P", "T3A"]), ("Burnaby", "BC", ["V5H", "V5C"])]
CA_STREETS = ["Queen St W", "Spadina Ave", "Danforth Ave", "Bathurst St", "Lakeshore Blvd W", "Bloor St W",
              "King St N", "Bank St", "rue Saint-Denis", "boul. Saint-Laurent", "Kingsway", "17 Ave SW"]


def ca_postal(g: Gen, fsa: str) -> str:
    return f"{fsa} {g.rnd.randint(0, 9)}{g.rnd.choice('ABCEGHJKLMNPRSTVWXYZ')}{g.rnd.randint(0, 9)}"


def ca_street(g: Gen) -> str:
    n = g.rnd.randint(10, 4800)
    s = g.rnd.choice(CA_STREETS)
    return g.rnd.choice([f"{n} {s}", f"{g.rnd.randint(101, 2809)}-{n} {s}", f"{n} {s}, Unit {g.rnd.randint(1, 30)}"])


#: (South African suburb or town, postal code)
ZA_PLACES = [("Soweto", "1804"), ("Randburg", "2194"), ("Sandton", "2196"), ("Midrand", "1685"),
             ("Benoni", "1501"), ("Germiston", "1401"), ("Pretoria", "0002"), ("Centurion", "0157"),
             ("Tembisa", "1632"), ("Roodepoort", "1724"), ("Boksburg", "1459"), ("Vanderbijlpark", "1911")]
ZA_STREETS = ["Vilakazi St", "Jan Smuts Ave", "Louis Botha Ave", "Rivonia Rd", "Main Reef Rd", "Klipspruit Valley Rd",
              "Church St", "Voortrekker Rd", "Rabie St", "Andrew Mapheto Dr", "Kingfisher Cres"]


def za_street(g: Gen) -> str:
    n = g.rnd.randint(1, 2400)
    s = g.rnd.choice(ZA_STREETS)
    return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"Unit {g.rnd.randint(1, 80)}, {n} {s}", f"Stand {n}, {s}"])


#: (Victorian suburb or town, postcode)
AU_PLACES = [("Footscray", "3011"), ("Brunswick", "3056"), ("Dandenong", "3175"), ("Frankston", "3199"),
             ("Sunshine", "3020"), ("Werribee", "3030"), ("Broadmeadows", "3047"), ("Reservoir", "3073"),
             ("Geelong", "3220"), ("Ballarat", "3350"), ("Bendigo", "3550"), ("Cranbourne", "3977"),
             ("Preston", "3072"), ("Box Hill", "3128")]
AU_STREETS = ["Sydney Rd", "Barkly St", "Nepean Hwy", "Ballarat Rd", "High St", "Lonsdale St", "Princes Hwy",
              "Plenty Rd", "Station St", "Hopkins St", "Pakington St", "Sturt St"]


def au_street(g: Gen) -> str:
    n = g.rnd.randint(1, 980)
    s = g.rnd.choice(AU_STREETS)
    return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"{g.rnd.randint(1, 24)}/{n} {s}", (f"Unit {g.rnd.randint(1, 9)}, "
                                                                                     f"{n} {s}")])


#: (Irish town, county, Eircode routing key)
IE_PLACES = [("Galway", "Co. Galway", "H91"), ("Tuam", "Co. Galway", "H54"), ("Ballinasloe", "Co. Galway", "H53"),
             ("Loughrea", "Co. Galway", "H62"), ("Castlebar", "Co. Mayo", "F23"), ("Westport", "Co. Mayo", "F28"),
             ("Ballina", "Co. Mayo", "F26"), ("Sligo", "Co. Sligo", "F91"), ("Ennis", "Co. Clare", "V95"),
             ("Athlone", "Co. Westmeath", "N37"), ("Roscommon", "Co. Roscommon", "F42")]
IE_STREETS = ["Bohermore", "College Road", "Shantalla Road", "Ashgrove Park", "Main Street", "Bridge Street",
              "Renmore Avenue", "Castlepark Road", "Cluain Ard", "Ard na Gréine", "Mill Street", "Sea Road"]


def eircode(g: Gen, key: str) -> str:
    letters = "ACDEFHKNPRTVWXY"
    return f"{key} {g.rnd.choice(letters)}{g.digits(3, '0123456789' + letters)}"


def ie_street(g: Gen) -> str:
    s = g.rnd.choice(IE_STREETS)
    return g.rnd.choice([f"{g.rnd.randint(1, 120)} {s}", f"{g.rnd.randint(1, 60)} {s}",
                         f"Apt {g.rnd.randint(1, 40)}, {s}", f"{g.rnd.randint(1, 30)} {s} Court"])


#: (German town, postcode lead)
DE_PLACES = [("Kassel", "341"), ("Kassel", "341"), ("Kassel", "341"), ("Baunatal", "34225"), ("Vellmar", "34246"),
             ("Lohfelden", "34253"), ("Kaufungen", "34260"), ("Fuldatal", "34233"), ("Niestetal", "34266"),
             ("Hofgeismar", "34369")]
DE_STREETS = ["Wilhelmshöher Allee", "Friedrich-Ebert-Straße", "Holländische Straße", "Leipziger Straße",
              "Frankfurter Straße", "Kölnische Straße", "Wolfhager Straße", "Ihringshäuser Straße", "Am Rosenberg",
              "Brüder-Grimm-Straße", "Heinrich-Heine-Straße", "Sandershäuser Straße"]


def de_plz(g: Gen, lead: str) -> str:
    return lead + g.digits(5 - len(lead))


def de_street(g: Gen) -> str:
    return f"{g.rnd.choice(DE_STREETS)} {g.rnd.randint(1, 240)}" + g.rnd.choice(["", "", "a", "b", " (Hinterhaus)"])


#: (French commune, postcode)
FR_PLACES = [("Tours", "37000"), ("Tours", "37100"), ("Tours", "37200"), ("Joué-lès-Tours", "37300"),
             ("Saint-Cyr-sur-Loire", "37540"), ("Saint-Pierre-des-Corps", "37700"), ("Amboise", "37400"),
             ("Chinon", "37500"), ("Loches", "37600"), ("Montlouis-sur-Loire", "37270"), ("Blois", "41000")]
FR_STREETS = ["rue Nationale", "avenue de Grammont", "boulevard Béranger", "rue Colbert", "chemin de la Morinière",
              "rue de la Scellerie", "allée des Tilleuls", "rue du Commerce", "impasse des Vignes", "route de Loches",
              "rue Victor Hugo", "quai Paul Bert"]


def fr_street(g: Gen) -> str:
    n = g.rnd.randint(1, 180)
    return f"{n}{g.rnd.choice(['', '', '', ' bis', ' ter'])} {g.rnd.choice(FR_STREETS)}"


#: (Madrid-area municipality, postcode lead)
ES_PLACES = [("Madrid", "280"), ("Madrid", "280"), ("Madrid", "280"), ("Móstoles", "2893"), ("Fuenlabrada", "2894"),
             ("Alcalá de Henares", "2880"), ("Getafe", "2890"), ("Parla", "2898"), ("Leganés", "2891"),
             ("Torrejón de Ardoz", "2885")]
ES_STREETS = ["Calle de Bravo Murillo", "Avenida de la Albufera", "Calle del General Ricardos", "Paseo de Extremadura",
              "Calle de Alcalá", "Calle de Toledo", "Avenida de Oporto", "Calle de Embajadores", "Calle Mayor",
              "Avenida de los Reyes Católicos"]
#: (foreign birthplace city, nationality, name locale)
ES_ORIGINS = {"ma": [("Casablanca", "Marruecos"), ("Tánger", "Marruecos"), ("Nador", "Marruecos")],
              "co": [("Medellín", "Colombia"), ("Cali", "Colombia"), ("Pereira", "Colombia")],
              "ve": [("Caracas", "Venezuela"), ("Maracaibo", "Venezuela"), ("Valencia", "Venezuela")],
              "ro": [("Bucarest", "Rumanía"), ("Iași", "Rumanía"), ("Craiova", "Rumanía")],
              "pk": [("Lahore", "Pakistán"), ("Gujrat", "Pakistán")],
              "sn": [("Dakar", "Senegal"), ("Thiès", "Senegal")]}
ES_HOME_PHONE = {"ma": "MA", "co": "CO", "ve": "VE", "ro": "RO", "pk": "PK", "sn": "SN"}


def es_cp(g: Gen, lead: str) -> str:
    return lead + g.digits(5 - len(lead))


def es_street(g: Gen) -> str:
    floor = g.rnd.choice(["1º A", "2º B", "3º izq.", "4º dcha.", "bajo", "5º C", "Ático"])
    return f"{g.rnd.choice(ES_STREETS)}, {g.rnd.randint(1, 220)}, {floor}"


#: (comune, province, CAP, cadastral code) around Bologna
IT_PLACES = [("Bologna", "BO", "40121", "A944"), ("Bologna", "BO", "40133", "A944"), ("Bologna", "BO", "40139", "A944"),
             ("Imola", "BO", "40026", "E289"), ("Casalecchio di Reno", "BO", "40033", "B880"),
             ("San Lazzaro di Savena", "BO", "40068", "H945"), ("Ferrara", "FE", "44121", "D548"),
             ("Modena", "MO", "41121", "F257")]
#: birthplaces (comune, cadastral code)
IT_BIRTHPLACES = [("Bologna", "A944"), ("Napoli", "F839"), ("Palermo", "G273"), ("Bari", "A662"), ("Roma", "H501"),
                  ("Milano", "F205"), ("Ferrara", "D548"), ("Modena", "F257"), ("Imola", "E289"),
                  ("Firenze", "D612")]
IT_STREETS = ["Via dell'Indipendenza", "Via San Donato", "Via Emilia Levante", "Via Saragozza", "Via Massarenti",
              "Via della Barca", "Viale Togliatti", "Via Andrea Costa", "Via Mazzini", "Via Porrettana"]


def it_street(g: Gen) -> str:
    return f"{g.rnd.choice(IT_STREETS)} {g.rnd.randint(1, 260)}" + g.rnd.choice(["", "", "/2", "/A", " int. 7"])


#: (Brno district or nearby town, PSČ)
CZ_PLACES = [("Brno", "602 00"), ("Brno", "612 00"), ("Brno", "615 00"), ("Brno", "616 00"), ("Brno", "621 00"),
             ("Brno", "628 00"), ("Brno", "635 00"), ("Blansko", "678 01"), ("Vyškov", "682 01"),
             ("Šlapanice", "664 51"), ("Kuřim", "664 34"), ("Znojmo", "669 02")]
CZ_STREETS = ["Kounicova", "Cejl", "Lidická", "Husova", "Vídeňská", "Palackého třída", "Křenová", "Merhautova",
              "Bořetická", "Štefánikova", "Masarykova", "Gajdošova"]


def cz_street(g: Gen) -> str:
    return f"{g.rnd.choice(CZ_STREETS)} {g.rnd.randint(1, 1200)}/{g.rnd.randint(1, 90)}"


#: (Dutch town, postcode lead)
NL_PLACES = [("Rotterdam", "30"), ("Rotterdam", "30"), ("Rotterdam", "30"), ("Schiedam", "311"),
             ("Vlaardingen", "313"), ("Dordrecht", "33"), ("Spijkenisse", "320"), ("Capelle aan den IJssel", "290"),
             ("Barendrecht", "299")]
NL_STREETS = ["Nieuwe Binnenweg", "Beijerlandselaan", "West-Kruiskade", "Groene Hilledijk", "Zwart Janstraat",
              "Mathenesserlaan", "Slinge", "Boergoensevliet", "Hoogstraat", "Singel", "Burgemeester de Raadtsingel"]


def nl_postcode(g: Gen, lead: str) -> str:
    digits = lead + g.digits(4 - len(lead))
    if digits[0] == "0":
        digits = "3" + digits[1:]
    while True:
        letters = g.digits(2, "ABCDEGHJKLMNPRTVWXZ")
        if letters not in {"SA", "SD", "SS"}:
            return f"{digits} {letters}"


def nl_street(g: Gen) -> str:
    return f"{g.rnd.choice(NL_STREETS)} {g.rnd.randint(1, 480)}" + g.rnd.choice(["", "", "A", "B", "-C", " 2hg"])


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa, Mastercard, Discover or Amex prefix."""
    prefix, length = g.rnd.choice([("4", 16), ("4", 16), ("51", 16), ("55", 16), ("6011", 16), ("37", 15)])
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def with_luhn(body: str) -> str:
    """``body`` followed by its Luhn check digit (used by decoys: matter, reference and invoice numbers)."""
    return body + luhn.calc_check_digit(body)


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 665):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}"

    number = g.valid(make, _ssn.is_valid)
    return number if dashed else number.replace("-", "")


def za_id(g: Gen, born: date, female: bool, citizen: bool = True) -> str:
    """A South African ID number encoding ``born`` and the sex (Luhn check digit; python-stdnum checks it)."""
    seq = g.rnd.randint(0, 4999) + (0 if female else 5000)
    body = born.strftime("%y%m%d") + f"{seq:04d}" + ("0" if citizen else "1") + "8"
    number = body + luhn.calc_check_digit(body)
    assert _za_id.is_valid(number) and _za_id.get_birth_date(number) == born
    return number


def ie_ppsn(g: Gen) -> str:
    """An Irish PPS number, in the pre-2013 (check letter) or the 2013 (check letter and ``A``) form."""
    body = g.digits(7)
    if g.rnd.random() < 0.55:
        number = body + _ie_vat.calc_check_digit(body + "A") + "A"
    else:
        number = body + _ie_vat.calc_check_digit(body)
    assert _pps.is_valid(number)
    return number


def es_nie(g: Gen) -> str:
    body = g.rnd.choice("XYZ") + g.digits(7)
    number = body + _nie.calc_check_digit(body)
    assert _nie.is_valid(number)
    return number


def es_dni(g: Gen) -> str:
    body = f"{g.rnd.randint(1_000_000, 79_999_999):08d}"
    number = body + _dni.calc_check_digit(body)
    assert _dni.is_valid(number)
    return number


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


def cz_rodne_cislo(g: Gen, born: date, female: bool) -> str:
    """A Czech birth number ``YYMMDD/SSSC`` (month + 50 for women) encoding ``born``; the ten digits divide by 11."""
    month = born.month + (50 if female else 0)
    head = f"{born.year % 100:02d}{month:02d}{born.day:02d}"

    def make() -> str:
        body = head + g.digits(3)
        return body + str(int(body) % 11 % 10)

    number = g.valid(make, lambda x: _rc.is_valid(x) and int(x) % 11 == 0)
    assert _rc.get_birth_date(number) == born
    return f"{number[:6]}/{number[6:]}"


def nl_bsn(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(8), _bsn.is_valid)


def au_abn(g: Gen) -> str:
    """An Australian Business Number (a law firm's: ``none``), spaced ``51 824 753 556``."""

    def make() -> str:
        body = g.digits(9)
        return _abn.calc_check_digits(body) + body

    number = g.valid(make, _abn.is_valid)
    return f"{number[:2]} {number[2:5]} {number[5:8]} {number[8:]}"


def ca_bn(g: Gen) -> str:
    """A Canadian business number with its program account (``123456782RC0001``): a company's, ``none``."""
    body = str(g.rnd.randint(1, 9)) + g.digits(7)
    number = body + luhn.calc_check_digit(body) + "RC0001"
    assert _bn.is_valid(number)
    return number


def it_piva(g: Gen) -> str:
    body = g.digits(7, "123456789") + f"{g.rnd.choice([37, 38, 36, 35, 34]):03d}"
    number = body + luhn.calc_check_digit(body)
    assert _iva.is_valid(number)
    return number


def fr_siren(g: Gen) -> str:
    body = str(g.rnd.randint(3, 9)) + g.digits(7)
    number = body + luhn.calc_check_digit(body)
    assert _siren.is_valid(number)
    return f"{number[:3]} {number[3:6]} {number[6:]}"


def cz_ico(g: Gen) -> str:
    body = str(g.rnd.randint(1, 8)) + g.digits(6)
    number = body + _dic.calc_check_digit_legal(body)
    assert _dic.is_valid(number)
    return number


def imei(g: Gen) -> str:
    body = g.rnd.choice(["35", "86", "01"]) + g.digits(12)
    number = body + luhn.calc_check_digit(body)
    assert _imei.is_valid(number)
    return number


def _fr_bban(g: Gen) -> str:
    bank, branch, account = g.digits(5), g.digits(5), g.digits(11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return f"{bank}{branch}{account}{key:02d}"


def _es_bban(g: Gen) -> str:
    entity, office, account = g.rnd.choice(["2100", "0049", "0182", "2038", "0081", "1465"]), g.digits(4), g.digits(10)
    return entity + office + _ccc.calc_check_digits(entity + office + "00" + account) + account


#: BBAN makers per country (python-stdnum checks the IBANs built from them)
BBAN: dict[str, Callable[[Gen], str]] = {
    "DE": lambda g: g.rnd.choice(["52050353", "52040021", "52070024", "52060410", "50010517"]) + g.digits(10),
    "FR": _fr_bban,
    "ES": _es_bban,
    "IT": lambda g: g.rnd.choice(string.ascii_uppercase) + g.rnd.choice(["02008", "03069", "05387", "06385"])
    + g.digits(5) + g.digits(12),
}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, national checks included, python-stdnum checks it)."""

    def make() -> str:
        bban = BBAN[country](g)
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)


def office_phone_us(g: Gen, area: str) -> str:
    """A business's main line in the fictional 555-01xx range."""
    return f"({area}) 555-01{g.rnd.randint(0, 99):02d}"
