"""Values of held-out set v48 (:mod:`benchmarks.classification.heldout_v48`): v48's random source, names, streets,
cities and postal codes written by hand for v48 (no Faker, no list of real people), phones checked with phonenumbers
and identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module (phones now draw from a numbering plan per country);
the lists below are new: the United States (a Las Vegas resort's guests from the West and beyond), Scotland and the
rest of the United Kingdom, Melbourne, Toronto, Galway, Japan, Thailand, Greece, Ukraine, Israel, the United Arab
Emirates and the Gulf, Tuscany and the rest of Italy, Andalusia, Germany and Austria, Paris and its suburbs, and
the international guests of hostels, cruises and holiday homes.
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
from stdnum.de import vat as _de_vat
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.fr import nir as _nir
from stdnum.il import idnr as _il_idnr
from stdnum.it import codicefiscale as _cf
from stdnum.jp import cn as _jp_cn
from stdnum.th import pin as _th_pin
from stdnum.ua import rntrc as _rntrc
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 48_307_2026
N = "none"
#: a login or public display handle (review, as in v5 to v47)
USERNAME = "unclassified"
#: NULL-like strings of v48's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "NONE", "?", "#N/A", "nil", "<null>",
    ".", "0", "0000000000", "NONE@NONE.COM", "noemail@noemail.com", "no@email.com", "x@x.com", "000000", "TBA",
    "なし", "-なし-", "ไม่มี", "-", "Ø", "אין", "لا يوجد", "nessuna", "Nessuna", "ninguna", "keine", "k.A.", "néant",
    "нема", "немає", "—", "ΧΩΡΙΣ", "Χ", "unknown", "Unknown")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


def upper_plain(text: str) -> str:
    """Upper case without accents (Greek and Latin), as manifests and MRZ-like lists write names."""
    text = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(ch for ch in text if not unicodedata.combining(ch))).upper()


#: national significant numbers by region: (mobile leads, their lengths, fixed-line leads, their lengths); each lead
#: is completed with random digits and the result kept only when phonenumbers says it is valid
PLANS: dict[str, tuple[list[str], tuple[int, ...], list[str], tuple[int, ...]]] = {
    "US": (["702", "725", "213", "310", "619", "602", "480", "713", "214", "312", "303", "206", "801", "808", "916",
            "505", "404", "212", "612"], (10,), ["702", "725"], (10,)),
    "CA": (["416", "647", "437", "905", "289", "365"], (10,), ["416", "905"], (10,)),
    "GB": (["74", "75", "77", "78", "79"], (10,), ["131", "141", "161", "113", "117"], (10,)),
    "AU": (["40", "41", "42", "43", "44", "45", "46", "47", "48", "49"], (9,), ["39", "38"], (9,)),
    "IE": (["83", "85", "86", "87", "89"], (9,), ["915", "1"], (8,)),
    "JP": (["90", "80", "70"], (10,), ["75", "3", "6"], (9,)),
    "TH": (["8", "9", "6"], (9,), ["53", "2"], (8,)),
    "GR": (["693", "694", "695", "697", "698", "699"], (10,), ["210", "2310", "2810"], (10,)),
    "UA": (["67", "68", "96", "97", "98", "50", "66", "95", "99", "63", "73", "93"], (9,), ["32", "44"], (9,)),
    "IL": (["50", "52", "53", "54", "55", "58"], (9,), ["3", "2", "4", "8", "9"], (8,)),
    "AE": (["50", "52", "54", "55", "56", "58"], (9,), ["4", "2", "6"], (8,)),
    "IT": (["320", "327", "328", "329", "333", "334", "335", "338", "339", "340", "347", "348", "349", "366", "388",
            "392"], (10,), ["055", "06", "02"], (10,)),
    "ES": (["6", "7"], (9,), ["952", "951", "91", "93"], (9,)),
    "DE": (["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177", "178", "179"],
           (10, 11), ["89", "8821", "30", "40"], (10,)),
    "FR": (["6", "7"], (9,), ["1"], (9,)),
    "NL": (["6"], (9,), ["20"], (9,)),
    "SE": (["70", "72", "73", "76"], (9,), ["8"], (8, 9)),
    "KR": (["10"], (10,), ["2"], (9, 10)),
    "IN": (["98", "99", "97", "91", "88", "70"], (10,), ["22", "11"], (10,)),
    "SA": (["50", "53", "54", "55", "56", "59"], (9,), ["11"], (9,)),
    "AT": (["664", "676", "699", "650"], (10, 11), ["1"], (8, 9)),
    "CH": (["76", "77", "78", "79"], (9,), ["44"], (9,)),
    "PL": (["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"], (9,), ["22"], (9,)),
    "CN": (["13", "15", "18"], (11,), ["10"], (10,)),
    "RU": (["91", "92", "98"], (10,), ["495"], (10,)),
    "BR": (["119", "219", "319"], (11,), ["113"], (10,)),
    "TR": (["53", "54", "55"], (10,), ["212"], (10,)),
}


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v48:{SEED}:{table}")

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

    def sha256(self) -> str:
        return hashlib.sha256(str(self.rnd.random()).encode()).hexdigest()

    def ipv4(self) -> str:
        first = self.rnd.choice([24, 47, 68, 71, 76, 86, 92, 98, 104, 109, 142, 151, 174, 185, 188, 203, 212])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2600", "2601", "2a00", "2a01", "2a02", "2405", "2c0f", "2803"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        """A valid number of ``region`` (phonenumbers) written as ``fmt``: ``e164``, ``intl``, ``national``,
        ``digits`` (the national form's digits), ``idd`` (``00`` and the country code), ``dashes`` (US)."""
        mobiles, mobile_lens, fixed, fixed_lens = PLANS[region]
        leads, lengths = (mobiles, mobile_lens) if mobile else (fixed, fixed_lens)
        code = phonenumbers.country_code_for_region(region)

        def make() -> str:
            lead = self.rnd.choice(leads)
            return lead + self.digits(self.rnd.choice(lengths) - len(lead))

        def ok(candidate: str) -> bool:
            return phonenumbers.is_valid_number(phonenumbers.parse(f"+{code}{candidate}"))

        number = phonenumbers.parse(f"+{code}{self.valid(make, ok)}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        if fmt == "idd":
            return "00" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)[1:]
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        if fmt == "dashes":
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:3]}-{d[3:6]}-{d[6:]}" if region in ("US", "CA") else national
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- Latin-script names (written for v48) ------------------------------------------------------------------------------

#: pool -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    # a Las Vegas resort's guests: the West, Texas, Hawaii and beyond; Hispanic, Black, Filipino, Asian Americans
    "us": (["Michael", "Christopher", "Brandon", "Tyler", "Justin", "Kyle", "Cody", "Dustin", "Travis", "Ryan",
            "Jose", "Luis", "Miguel", "Carlos", "Alejandro", "Jamal", "Darnell", "Terrence", "Marcus", "DeAndre",
            "Rommel", "Jericho", "Kenji", "Kawika", "Duc", "Sung-min", "Raj", "Garrett", "Wade", "Chase"],
           ["Jennifer", "Ashley", "Brittany", "Amanda", "Stephanie", "Heather", "Crystal", "Tiffany", "Kayla",
            "Megan", "Maria", "Guadalupe", "Yesenia", "Marisol", "Araceli", "Keisha", "Latoya", "Imani", "Tamika",
            "Jasmine", "Maricel", "Rowena", "Leilani", "Mai", "Grace", "Priya", "Destiny", "Shelby", "Kaylee",
            "Brenda"],
           ["Johnson", "Williams", "Miller", "Davis", "Anderson", "Thompson", "Harris", "Clark", "Lewis", "Walker",
            "Young", "Allen", "King", "Hill", "Baker", "Nelson", "Carter", "Mitchell", "Garcia", "Martinez",
            "Hernandez", "Lopez", "Gonzalez", "Ramirez", "Flores", "Reyes", "Santos", "Dela Cruz", "Bautista",
            "Villanueva", "Nakamura", "Kealoha", "Nguyen", "Kim", "Washington", "Jefferson", "Robinson", "Jackson",
            "Patel", "Okafor"]),
    # Scotland and the rest of the UK (an Edinburgh hotel's guests)
    "gb": (["Callum", "Euan", "Fraser", "Angus", "Ruaridh", "Hamish", "Lewis", "Calum", "Finlay", "Murray",
            "Oliver", "George", "Harry", "Alfie", "Freddie", "Archie", "Rhys", "Owen", "Dylan", "Gareth", "Imran",
            "Sanjay", "Tomasz", "Kwabena"],
           ["Eilidh", "Isla", "Morag", "Kirsty", "Catriona", "Mhairi", "Ailsa", "Fiona", "Shona", "Rhona", "Amelia",
            "Olivia", "Poppy", "Freya", "Evie", "Charlotte", "Ffion", "Megan", "Carys", "Aisha", "Nasreen",
            "Agnieszka", "Abena", "Harriet"],
           ["MacLeod", "Robertson", "Stewart", "Campbell", "MacDonald", "Fraser", "Henderson", "Paterson", "Ross",
            "Murray", "Sinclair", "McIntyre", "Drummond", "Lockhart", "Buchanan", "Grieve", "Smith", "Taylor",
            "Wright", "Thompson", "Evans", "Hughes", "Griffiths", "Pritchard", "Khan", "Hussain", "Chaudhry",
            "Nowak", "Mensah", "Whitfield"]),
    # Melbourne
    "au": (["Lachlan", "Cooper", "Hamish", "Bailey", "Riley", "Mitchell", "Jayden", "Brodie", "Nathan", "Jack",
            "Nick", "Con", "Stavros", "Minh", "Tuan", "Wei", "Hao", "Arjun", "Harpreet", "Luca", "Marco", "Mohamad",
            "Kieran", "Daniel"],
           ["Matilda", "Sienna", "Tahlia", "Maddison", "Chloe", "Ruby", "Georgia", "Jessica", "Kaitlyn", "Lauren",
            "Eleni", "Voula", "Linh", "Thao", "Mei", "Xin", "Priya", "Simran", "Giulia", "Francesca", "Fatima",
            "Aaliyah", "Brooke", "Zara"],
           ["Nguyen", "Tran", "Le", "Pham", "Smith", "Jones", "Williams", "Brown", "Wilson", "Kelly", "Ryan",
            "Walsh", "O'Brien", "Papadopoulos", "Georgiou", "Karagiannis", "Chen", "Wang", "Zhang", "Liu", "Singh",
            "Kaur", "Sharma", "Russo", "Romano", "Esposito", "El-Hassan", "Haddad", "McKenzie", "Fitzgerald"]),
    # Toronto
    "ca": (["Liam", "Ethan", "Owen", "Logan", "Nathan", "Connor", "Tyler", "Justin", "Mathieu", "Jean-François",
            "Gurpreet", "Harjit", "Manpreet", "Arjun", "Vikram", "Jun", "Wei", "Kevin", "Kwame", "Tariq", "Omar",
            "Mohammed", "Rafael", "Paolo"],
           ["Emma", "Madison", "Hannah", "Avery", "Brooklyn", "Sarah", "Émilie", "Geneviève", "Simran", "Navdeep",
            "Jaspreet", "Priya", "Ananya", "Mei", "Ying", "Jessica", "Abena", "Nia", "Fatima", "Amira", "Mariana",
            "Lorna", "Teresa", "Kateryna"],
           ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "MacDonald", "MacKenzie", "Campbell", "Thompson",
            "Wilson", "Brown", "Singh", "Gill", "Sandhu", "Dhillon", "Grewal", "Sidhu", "Patel", "Sharma", "Li",
            "Wong", "Chan", "Leung", "Nguyen", "Santos", "Reyes", "Mensah", "Ali", "Khan", "Siddiqui", "Rossi",
            "Kowalczyk", "Hrynyshyn", "Ferreira"]),
    # Galway and the west of Ireland
    "ie": (["Seán", "Conor", "Cian", "Oisín", "Darragh", "Ciarán", "Pádraig", "Eoin", "Niall", "Colm", "Fionn",
            "Tadhg", "Rónán", "Diarmuid", "Declan", "Fergal", "Brendan", "Shane", "Donal", "Cathal", "Aidan",
            "Máirtín", "Tomás", "Piotr"],
           ["Aoife", "Niamh", "Siobhán", "Caoimhe", "Róisín", "Saoirse", "Orla", "Clodagh", "Sinéad", "Áine",
            "Ciara", "Gráinne", "Éabha", "Síle", "Máire", "Deirdre", "Emer", "Aisling", "Ailbhe", "Nuala",
            "Bríd", "Úna", "Fiona", "Oksana"],
           ["Murphy", "Kelly", "O'Sullivan", "Walsh", "O'Brien", "Byrne", "Ryan", "O'Connor", "O'Neill", "Doyle",
            "McCarthy", "Gallagher", "Joyce", "Fahy", "Flaherty", "Conneely", "Burke", "Keane", "Lally",
            "Naughton", "Mannion", "Mulkerrin", "Ó Flatharta", "Mac Donncha", "Ó Conaola", "Hynes", "Geraghty",
            "Kenny", "Kowalski", "Costello"]),
    # Tuscany and the rest of Italy
    "it": (["Lorenzo", "Matteo", "Niccolò", "Tommaso", "Jacopo", "Duccio", "Filippo", "Leonardo", "Gabriele",
            "Andrea", "Francesco", "Alessandro", "Davide", "Stefano", "Marco", "Giovanni", "Pietro", "Riccardo",
            "Emanuele", "Simone", "Vincenzo", "Gennaro", "Salvatore", "Enrico"],
           ["Giulia", "Chiara", "Francesca", "Martina", "Sara", "Alessia", "Elisa", "Ilaria", "Beatrice", "Caterina",
            "Costanza", "Ludovica", "Vittoria", "Margherita", "Elena", "Silvia", "Valentina", "Federica", "Giorgia",
            "Arianna", "Carlotta", "Benedetta", "Rosaria", "Lucia"],
           ["Rossi", "Bianchi", "Bartolini", "Innocenti", "Cecchi", "Bandinelli", "Fantoni", "Lotti", "Nesi",
            "Mugnai", "Cappelli", "Baldi", "Guidi", "Tognetti", "Fabbri", "Ricci", "Marino", "Greco", "Romano",
            "Colombo", "Ferrari", "Esposito", "De Luca", "Conti", "Gallo", "Mancini", "Lombardi", "Moretti",
            "Barbieri", "Parenti"]),
    # Andalusia and the rest of Spain (two family names each)
    "es": (["Antonio", "Manuel", "José", "Francisco", "Juan", "Rafael", "Miguel Ángel", "Alejandro", "Pablo",
            "Álvaro", "Sergio", "Javier", "Daniel", "Adrián", "Jesús", "Fernando", "Ignacio", "Rubén", "Óscar",
            "Iván", "Salvador", "Cristóbal", "Andrés", "Hugo"],
           ["María", "Carmen", "Ana", "Isabel", "Dolores", "Lucía", "Rocío", "Macarena", "Inmaculada", "Pilar",
            "Laura", "Marta", "Cristina", "Elena", "Sofía", "Paula", "Alba", "Irene", "Noelia", "Esperanza",
            "Remedios", "Encarnación", "Nuria", "Rosario"],
           ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
            "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Navarro",
            "Torres", "Domínguez", "Gil", "Vázquez", "Serrano", "Ramos", "Blanco", "Molina", "Ortega", "Delgado",
            "Castillo", "Cortés", "Heredia", "Campos", "Guerrero"]),
    # Germany and Austria (a Bavarian spa town's guests)
    "de": (["Lukas", "Maximilian", "Felix", "Jonas", "Leon", "Paul", "Florian", "Tobias", "Stefan", "Andreas",
            "Thomas", "Michael", "Matthias", "Sebastian", "Wolfgang", "Klaus", "Jürgen", "Dieter", "Uwe", "Bernd",
            "Johannes", "Korbinian", "Alois", "Xaver"],
           ["Anna", "Lena", "Laura", "Sophie", "Katharina", "Julia", "Sabine", "Petra", "Monika", "Claudia",
            "Ursula", "Brigitte", "Renate", "Gabriele", "Andrea", "Stefanie", "Birgit", "Ingrid", "Hildegard",
            "Theresa", "Franziska", "Magdalena", "Veronika", "Annegret"],
           ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
            "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger",
            "Hofmann", "Hartmann", "Lange", "Huber", "Bauer", "Gruber", "Mayr", "Obermaier", "Steiner", "Pichler",
            "Brandstätter", "Kölbl"]),
    # Paris and its suburbs (a delivery firm's riders)
    "fr": (["Mohamed", "Karim", "Yacine", "Mehdi", "Sofiane", "Bilal", "Moussa", "Mamadou", "Ibrahima", "Oumar",
            "Thomas", "Nicolas", "Julien", "Maxime", "Lucas", "Hugo", "Théo", "Kevin", "Rayan", "Adama", "Lucas",
            "Wesley", "Anderson", "Samir"],
           ["Inès", "Sarah", "Yasmine", "Amira", "Fatoumata", "Aminata", "Awa", "Camille", "Manon", "Léa", "Chloé",
            "Océane", "Jade", "Clara", "Nadia", "Leïla", "Sabrina", "Kenza", "Marine", "Pauline", "Aïcha", "Fanta",
            "Mariam", "Lina"],
           ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
            "Lefèvre", "Fontaine", "Chevalier", "Benali", "Belkacem", "Haddad", "Bensaïd", "Cherif", "Traoré",
            "Diallo", "Diop", "Koné", "Camara", "Sissoko", "Keita", "Ndiaye", "Da Silva", "Pereira", "Nguyen",
            "Mercier"]),
    # international guests of hostels, cruises and holiday homes (romanized as in a passport)
    "intl": (["Jonas", "Lars", "Erik", "Daan", "Sem", "Pieter", "Mateusz", "Jakub", "Hiroshi", "Min-jun", "Ji-hoon",
              "Wei", "Hao", "Aarav", "Rohan", "Dmitry", "Ivan", "Noah", "Liam", "James", "Lucas", "Mateo", "Ahmed",
              "Yusuf"],
             ["Emma", "Sofie", "Maja", "Elin", "Sanne", "Fleur", "Zuzanna", "Kasia", "Yuki", "Seo-yeon", "Ji-woo",
              "Xiaoling", "Ananya", "Diya", "Anastasia", "Ekaterina", "Olivia", "Chloe", "Isabella", "Valentina",
              "Camila", "Zeynep", "Elif", "Freja"],
             ["Jansen", "de Vries", "van Dijk", "Bakker", "Andersson", "Johansson", "Nielsen", "Hansen", "Kowalski",
              "Wiśniewski", "Novák", "Kim", "Park", "Lee", "Choi", "Zhang", "Wang", "Chen", "Sharma", "Gupta",
              "Ivanov", "Smirnova", "Smith", "Brown", "O'Neil", "Silva", "Oliveira", "Yılmaz", "Kaya", "Virtanen",
              "Dubois", "Müller", "Rossi", "García"]),
}


def person(g: Gen, pool: str, female: bool | None = None) -> tuple[str, str]:
    """A given and a family name of ``pool`` (Spanish: two family names)."""
    female = g.rnd.random() < 0.5 if female is None else female
    males, females, lasts = NAMES[pool]
    first = g.rnd.choice(females if female else males)
    if pool == "es":
        a, b = g.rnd.sample(lasts, 2)
        return first, f"{a} {b}"
    return first, g.rnd.choice(lasts)


def whole(g: Gen, pool: str) -> str:
    a, b = person(g, pool)
    return f"{a} {b}"


def given(g: Gen, pool: str) -> str:
    return person(g, pool)[0]


# -- names in other scripts (written for v48): (native, Latin) pairs ---------------------------------------------------

#: Japanese: (kanji, katakana, romaji)
JA_FAMILY = [("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
             ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
             ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
             ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
             ("佐々木", "ササキ", "Sasaki"), ("山口", "ヤマグチ", "Yamaguchi"), ("松本", "マツモト", "Matsumoto"),
             ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"), ("林", "ハヤシ", "Hayashi"),
             ("斎藤", "サイトウ", "Saito"), ("清水", "シミズ", "Shimizu"), ("山崎", "ヤマザキ", "Yamazaki"),
             ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"),
             ("阿部", "アベ", "Abe"), ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"),
             ("藤田", "フジタ", "Fujita")]
JA_MALE = [("翔太", "ショウタ", "Shota"), ("大輔", "ダイスケ", "Daisuke"), ("健太", "ケンタ", "Kenta"),
           ("拓也", "タクヤ", "Takuya"), ("直樹", "ナオキ", "Naoki"), ("浩二", "コウジ", "Koji"),
           ("誠", "マコト", "Makoto"), ("隆", "タカシ", "Takashi"), ("和也", "カズヤ", "Kazuya"),
           ("亮", "リョウ", "Ryo"), ("悠斗", "ユウト", "Yuto"), ("蓮", "レン", "Ren"), ("陽翔", "ハルト", "Haruto"),
           ("大翔", "ヒロト", "Hiroto"), ("健一", "ケンイチ", "Kenichi"), ("修", "オサム", "Osamu"),
           ("聡", "サトシ", "Satoshi"), ("剛", "ツヨシ", "Tsuyoshi"), ("智也", "トモヤ", "Tomoya"),
           ("雄一", "ユウイチ", "Yuichi"), ("慎吾", "シンゴ", "Shingo"), ("達也", "タツヤ", "Tatsuya"),
           ("洋平", "ヨウヘイ", "Yohei"), ("光", "ヒカル", "Hikaru")]
JA_FEMALE = [("陽子", "ヨウコ", "Yoko"), ("恵子", "ケイコ", "Keiko"), ("美咲", "ミサキ", "Misaki"),
             ("愛", "アイ", "Ai"), ("結衣", "ユイ", "Yui"), ("陽菜", "ヒナ", "Hina"), ("さくら", "サクラ", "Sakura"),
             ("優子", "ユウコ", "Yuko"), ("真由美", "マユミ", "Mayumi"), ("由美", "ユミ", "Yumi"),
             ("智子", "トモコ", "Tomoko"), ("直子", "ナオコ", "Naoko"), ("久美子", "クミコ", "Kumiko"),
             ("明美", "アケミ", "Akemi"), ("麻衣", "マイ", "Mai"), ("彩", "アヤ", "Aya"), ("葵", "アオイ", "Aoi"),
             ("凛", "リン", "Rin"), ("美穂", "ミホ", "Miho"), ("千尋", "チヒロ", "Chihiro"),
             ("香織", "カオリ", "Kaori"), ("奈々", "ナナ", "Nana"), ("沙織", "サオリ", "Saori"),
             ("裕子", "ヒロコ", "Hiroko")]

#: Thai: (Thai script, romanization)
TH_MALE = [("สมชาย", "Somchai"), ("สมศักดิ์", "Somsak"), ("ประเสริฐ", "Prasert"), ("วิชัย", "Wichai"),
           ("สุรชัย", "Surachai"), ("อนุชา", "Anucha"), ("ธนพล", "Thanaphon"), ("ณัฐวุฒิ", "Natthawut"),
           ("กิตติพงษ์", "Kittiphong"), ("ชัยวัฒน์", "Chaiwat"), ("ปิยะพงษ์", "Piyaphong"), ("วรวุฒิ", "Worawut"),
           ("อภิสิทธิ์", "Aphisit"), ("ศุภชัย", "Supachai"), ("เอกชัย", "Ekkachai"), ("ธีรวัฒน์", "Thirawat"),
           ("พงศกร", "Phongsakon"), ("ภาณุวัฒน์", "Phanuwat"), ("จิรายุ", "Chirayu"), ("ณัฐพล", "Natthaphon"),
           ("ศักดิ์ชัย", "Sakchai"), ("สุทธิพงษ์", "Sutthiphong"), ("ธนากร", "Thanakon"), ("วีระพงษ์", "Weeraphong")]
TH_FEMALE = [("สมหญิง", "Somying"), ("สุดารัตน์", "Sudarat"), ("วิไลวรรณ", "Wilaiwan"), ("กาญจนา", "Kanchana"),
             ("นภัสสร", "Naphatsorn"), ("ปิยะนุช", "Piyanuch"), ("อรุณี", "Arunee"), ("พิมพ์ชนก", "Phimchanok"),
             ("ณัฐธิดา", "Natthida"), ("สุภาพร", "Supaporn"), ("จันทร์เพ็ญ", "Chanphen"), ("รัตนา", "Rattana"),
             ("ศิริพร", "Siriporn"), ("วรรณา", "Wanna"), ("ปวีณา", "Paweena"), ("ธิดารัตน์", "Thidarat"),
             ("กมลวรรณ", "Kamonwan"), ("อัญชลี", "Anchalee"), ("ดวงใจ", "Duangjai"), ("ชลธิชา", "Chonthicha"),
             ("เบญจวรรณ", "Benjawan"), ("ลลิตา", "Lalita"), ("ศศิธร", "Sasithon"), ("มณีรัตน์", "Maneerat")]
TH_FAMILY = [("สุขสวัสดิ์", "Suksawat"), ("ศรีสุข", "Srisuk"), ("แก้วมณี", "Kaewmanee"), ("ทองดี", "Thongdee"),
             ("บุญมา", "Boonma"), ("จันทร์แก้ว", "Chankaew"), ("วงศ์สวัสดิ์", "Wongsawat"), ("ศรีวงศ์", "Sriwong"),
             ("รัตนพันธ์", "Rattanaphan"), ("สมบูรณ์", "Somboon"), ("พรหมมา", "Phromma"), ("อินทร์แก้ว", "Inkaew"),
             ("ชัยประเสริฐ", "Chaiprasert"), ("เพชรรัตน์", "Phetcharat"), ("มีสุข", "Meesuk"),
             ("บุญเรือง", "Boonruang"), ("ศรีทอง", "Srithong"), ("ประเสริฐศักดิ์", "Prasertsak"),
             ("กิจเจริญ", "Kitcharoen"), ("ธนาวุฒิ", "Thanawut"), ("พันธุ์ดี", "Phanthudee"), ("เรืองศรี", "Ruangsri"),
             ("นาคสวัสดิ์", "Naksawat"), ("ใจดี", "Jaidee"), ("แสงทอง", "Saengthong")]
#: Thai staff go by their nicknames
TH_NICKNAMES = ["นก", "ฝน", "ต้น", "แบงค์", "มิ้นท์", "บีม", "แพร", "โอ๊ต"]

#: Greek: male given, female given, family names as (male form, female form)
EL_MALE = ["Γιώργος", "Δημήτρης", "Κωνσταντίνος", "Νίκος", "Γιάννης", "Παναγιώτης", "Βασίλης", "Χρήστος",
           "Αθανάσιος", "Μιχάλης", "Ευάγγελος", "Σπύρος", "Αντώνης", "Στέλιος", "Θανάσης", "Ηλίας", "Μανώλης",
           "Σταύρος", "Αλέξανδρος", "Λευτέρης", "Άγγελος", "Παύλος", "Στάθης", "Θοδωρής"]
EL_FEMALE = ["Μαρία", "Ελένη", "Αικατερίνη", "Βασιλική", "Σοφία", "Αγγελική", "Γεωργία", "Δήμητρα",
             "Κωνσταντίνα", "Παρασκευή", "Ευαγγελία", "Χριστίνα", "Ιωάννα", "Αναστασία", "Δέσποινα", "Ειρήνη",
             "Φωτεινή", "Σταυρούλα", "Θεοδώρα", "Νικολέτα", "Χαρίκλεια", "Αλεξάνδρα", "Πηνελόπη", "Ζωή"]
EL_FAMILY = [("Παπαδόπουλος", "Παπαδοπούλου"), ("Γεωργίου", "Γεωργίου"), ("Οικονόμου", "Οικονόμου"),
             ("Νικολάου", "Νικολάου"), ("Καραγιάννης", "Καραγιάννη"), ("Βλάχος", "Βλάχου"),
             ("Αντωνίου", "Αντωνίου"), ("Μακρής", "Μακρή"), ("Δημητρίου", "Δημητρίου"), ("Ιωάννου", "Ιωάννου"),
             ("Κωνσταντίνου", "Κωνσταντίνου"), ("Παπαγεωργίου", "Παπαγεωργίου"), ("Αθανασίου", "Αθανασίου"),
             ("Μαυρίδης", "Μαυρίδου"), ("Χατζηδάκης", "Χατζηδάκη"), ("Πετράκης", "Πετράκη"),
             ("Σταματόπουλος", "Σταματοπούλου"), ("Λαμπρόπουλος", "Λαμπροπούλου"), ("Κωστόπουλος", "Κωστοπούλου"),
             ("Αλεξίου", "Αλεξίου"), ("Ζαχαρίου", "Ζαχαρίου"), ("Μιχαηλίδης", "Μιχαηλίδου"),
             ("Τσακίρης", "Τσακίρη"), ("Ραφτόπουλος", "Ραφτοπούλου"), ("Σαββίδης", "Σαββίδου"),
             ("Καλογεράκης", "Καλογεράκη")]

#: Ukrainian: male given, female given, family names as (male form, female form), patronymics as (male, female)
UK_MALE = ["Олександр", "Андрій", "Дмитро", "Сергій", "Володимир", "Іван", "Максим", "Юрій", "Богдан", "Тарас",
           "Василь", "Микола", "Олег", "Петро", "Віталій", "Ярослав", "Роман", "Степан", "Павло", "Назар", "Остап",
           "Ігор", "Михайло", "Євген"]
UK_FEMALE = ["Олена", "Наталія", "Ірина", "Оксана", "Тетяна", "Юлія", "Ольга", "Катерина", "Марія", "Анна",
             "Світлана", "Галина", "Людмила", "Христина", "Софія", "Вікторія", "Соломія", "Дарина", "Ганна",
             "Зоряна", "Лариса", "Надія", "Мар'яна", "Уляна"]
UK_FAMILY = [("Шевченко", "Шевченко"), ("Коваленко", "Коваленко"), ("Бондаренко", "Бондаренко"),
             ("Ткаченко", "Ткаченко"), ("Кравченко", "Кравченко"), ("Олійник", "Олійник"), ("Шевчук", "Шевчук"),
             ("Поліщук", "Поліщук"), ("Бойко", "Бойко"), ("Мельник", "Мельник"), ("Коваль", "Коваль"),
             ("Лисенко", "Лисенко"), ("Марченко", "Марченко"), ("Савченко", "Савченко"), ("Руденко", "Руденко"),
             ("Мороз", "Мороз"), ("Гнатюк", "Гнатюк"), ("Климчук", "Климчук"), ("Гуменюк", "Гуменюк"),
             ("Романюк", "Романюк"), ("Яремчук", "Яремчук"), ("Федорів", "Федорів"), ("Данилишин", "Данилишин"),
             ("Стецько", "Стецько"), ("Ковальський", "Ковальська"), ("Білецький", "Білецька"),
             ("Зінкевич", "Зінкевич"), ("Процик", "Процик")]
UK_PATRONYMIC = [("Олександрович", "Олександрівна"), ("Андрійович", "Андріївна"), ("Іванович", "Іванівна"),
                 ("Петрович", "Петрівна"), ("Миколайович", "Миколаївна"), ("Васильович", "Василівна"),
                 ("Сергійович", "Сергіївна"), ("Володимирович", "Володимирівна"), ("Богданович", "Богданівна"),
                 ("Степанович", "Степанівна"), ("Романович", "Романівна"), ("Михайлович", "Михайлівна"),
                 ("Ярославович", "Ярославівна"), ("Юрійович", "Юріївна")]

#: Hebrew: (Hebrew, romanization)
HE_MALE = [("יוסי", "Yossi"), ("דוד", "David"), ("משה", "Moshe"), ("אברהם", "Avraham"), ("יעקב", "Yaakov"),
           ("יצחק", "Yitzhak"), ("דניאל", "Daniel"), ("אורי", "Uri"), ("איתי", "Itay"), ("נועם", "Noam"),
           ("עומר", "Omer"), ("יונתן", "Yonatan"), ("אלון", "Alon"), ("גיל", "Gil"), ("רון", "Ron"),
           ("עידו", "Ido"), ("אריאל", "Ariel"), ("תומר", "Tomer"), ("שי", "Shai"), ("אביב", "Aviv"),
           ("עמית", "Amit"), ("ניר", "Nir"), ("אייל", "Eyal"), ("בועז", "Boaz")]
HE_FEMALE = [("מיכל", "Michal"), ("נועה", "Noa"), ("שירה", "Shira"), ("תמר", "Tamar"), ("יעל", "Yael"),
             ("רחל", "Rachel"), ("שרה", "Sarah"), ("אורית", "Orit"), ("דנה", "Dana"), ("הילה", "Hila"),
             ("ליאת", "Liat"), ("מאיה", "Maya"), ("רוני", "Roni"), ("טל", "Tal"), ("עדי", "Adi"), ("גלית", "Galit"),
             ("אפרת", "Efrat"), ("סיגל", "Sigal"), ("קרן", "Keren"), ("ענבל", "Inbal"), ("אביגיל", "Avigail"),
             ("חן", "Chen"), ("ליה", "Lia"), ("רותם", "Rotem")]
HE_FAMILY = [("כהן", "Cohen"), ("לוי", "Levi"), ("מזרחי", "Mizrahi"), ("פרץ", "Peretz"), ("ביטון", "Biton"),
             ("דהן", "Dahan"), ("אברהם", "Avraham"), ("פרידמן", "Friedman"), ("אזולאי", "Azoulay"),
             ("מלכה", "Malka"), ("חדד", "Hadad"), ("גבאי", "Gabay"), ("אוחיון", "Ohayon"), ("יוסף", "Yosef"),
             ("שפירא", "Shapira"), ("רוזנברג", "Rosenberg"), ("גולדברג", "Goldberg"), ("קצב", "Katzav"),
             ("אשכנזי", "Ashkenazi"), ("ברק", "Barak"), ("שלום", "Shalom"), ("אלמוג", "Almog"),
             ("בן דוד", "Ben David"), ("רבינוביץ", "Rabinovich"), ("סויסה", "Suissa"), ("נחום", "Nachum")]

#: Arabic (the Emirates and the Gulf, the Levant, Egypt): (Arabic, romanization)
AR_MALE = [("محمد", "Mohammed"), ("أحمد", "Ahmed"), ("عبدالله", "Abdullah"), ("خالد", "Khalid"), ("عمر", "Omar"),
           ("علي", "Ali"), ("يوسف", "Yousef"), ("سعيد", "Saeed"), ("راشد", "Rashid"), ("حمد", "Hamad"),
           ("سلطان", "Sultan"), ("ماجد", "Majid"), ("فيصل", "Faisal"), ("طارق", "Tariq"), ("حسن", "Hassan"),
           ("إبراهيم", "Ibrahim"), ("مصطفى", "Mustafa"), ("سامي", "Sami"), ("زياد", "Ziad"), ("كريم", "Karim"),
           ("ناصر", "Nasser"), ("هشام", "Hisham"), ("وليد", "Walid"), ("منصور", "Mansour")]
AR_FEMALE = [("فاطمة", "Fatima"), ("مريم", "Maryam"), ("عائشة", "Aisha"), ("نورة", "Noura"), ("سارة", "Sara"),
             ("هند", "Hind"), ("ليلى", "Layla"), ("ريم", "Reem"), ("أمل", "Amal"), ("لطيفة", "Latifa"),
             ("شيماء", "Shaima"), ("دانة", "Dana"), ("رنا", "Rana"), ("هبة", "Heba"), ("سلمى", "Salma"),
             ("ياسمين", "Yasmin"), ("جميلة", "Jamila"), ("نور", "Nour"), ("منى", "Mona"), ("رقية", "Ruqaya"),
             ("خديجة", "Khadija"), ("أسماء", "Asma"), ("لينا", "Lina"), ("غادة", "Ghada")]
AR_FAMILY = [("المنصوري", "Al Mansoori"), ("الكعبي", "Al Kaabi"), ("الشامسي", "Al Shamsi"),
             ("الحمادي", "Al Hammadi"), ("المهيري", "Al Mheiri"), ("الظاهري", "Al Dhaheri"),
             ("النعيمي", "Al Nuaimi"), ("السويدي", "Al Suwaidi"), ("الفلاسي", "Al Falasi"),
             ("البلوشي", "Al Balushi"), ("القاسمي", "Al Qasimi"), ("العتيبي", "Al Otaibi"), ("الشهري", "Al Shehri"),
             ("الغامدي", "Al Ghamdi"), ("الحربي", "Al Harbi"), ("القحطاني", "Al Qahtani"),
             ("الزهراني", "Al Zahrani"), ("حداد", "Haddad"), ("خوري", "Khoury"), ("نصار", "Nassar"),
             ("عبدالرحمن", "Abdelrahman"), ("الأنصاري", "Al Ansari"), ("المصري", "El Masry"),
             ("الخطيب", "Al Khatib")]


def ja_person(g: Gen, female: bool | None = None) -> tuple[tuple[str, str, str], tuple[str, str, str]]:
    """(family, given), each (kanji, katakana, romaji)."""
    female = g.rnd.random() < 0.5 if female is None else female
    return g.rnd.choice(JA_FAMILY), g.rnd.choice(JA_FEMALE if female else JA_MALE)


def pair_person(g: Gen, males: list, females: list, family: list,
                female: bool | None = None) -> tuple[tuple[str, str], tuple[str, str]]:
    """(given, family), each (native, Latin), for the Thai, Hebrew and Arabic pools."""
    female = g.rnd.random() < 0.5 if female is None else female
    return g.rnd.choice(females if female else males), g.rnd.choice(family)


_EL_LATIN = {"α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k",
             "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t",
             "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o"}
_UK_LATIN = {"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
             "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
             "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
             "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": ""}


def latin(text: str) -> str:
    """A Greek or Ukrainian name romanized (simplified ELOT 743 and the Ukrainian national system)."""
    out = []
    for ch in fold(text):
        out.append(_EL_LATIN.get(ch, _UK_LATIN.get(ch, ch)))
    return "".join(out).title()


def el_person(g: Gen, female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    family = g.rnd.choice(EL_FAMILY)
    return g.rnd.choice(EL_FEMALE if female else EL_MALE), family[1 if female else 0]


def uk_person(g: Gen, female: bool | None = None) -> tuple[str, str, str]:
    """(given, patronymic, family) in Ukrainian."""
    female = g.rnd.random() < 0.5 if female is None else female
    family = g.rnd.choice(UK_FAMILY)
    patronymic = g.rnd.choice(UK_PATRONYMIC)
    return (g.rnd.choice(UK_FEMALE if female else UK_MALE), patronymic[1 if female else 0],
            family[1 if female else 0])


# -- e-mail ------------------------------------------------------------------------------------------------------------

DOMAINS = {
    "us": ["gmail.com", "yahoo.com", "hotmail.com", "icloud.com", "aol.com", "outlook.com", "att.net", "cox.net",
           "comcast.net", "hawaii.rr.com"],
    "gb": ["gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "outlook.com", "sky.com", "icloud.com",
           "virginmedia.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com", "hotmail.com", "icloud.com", "optusnet.com.au",
           "yahoo.com.au"],
    "ca": ["gmail.com", "hotmail.com", "rogers.com", "sympatico.ca", "outlook.com", "yahoo.ca", "icloud.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "yahoo.ie", "icloud.com", "outlook.ie"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp", "icloud.com"],
    "th": ["gmail.com", "hotmail.com", "yahoo.co.th", "outlook.co.th"],
    "el": ["gmail.com", "yahoo.gr", "hotmail.gr", "otenet.gr", "windowslive.com"],
    "uk": ["ukr.net", "gmail.com", "i.ua", "meta.ua", "outlook.com"],
    "he": ["gmail.com", "walla.co.il", "012.net.il", "bezeqint.net", "hotmail.com"],
    "ar": ["gmail.com", "hotmail.com", "emirates.net.ae", "yahoo.com", "outlook.sa", "icloud.com"],
    "it": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it", "alice.it", "hotmail.it"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es", "icloud.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "gmx.at", "posteo.de", "freenet.de"],
    "fr": ["gmail.com", "hotmail.fr", "orange.fr", "free.fr", "laposte.net", "sfr.fr", "yahoo.fr"],
    "intl": ["gmail.com", "outlook.com", "gmx.net", "web.de", "naver.com", "qq.com", "yandex.ru", "hotmail.nl",
             "live.se", "wp.pl", "seznam.cz", "icloud.com", "yahoo.com"],
}


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "guest", plain(last) or "mail"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(60, 99)}", f"{b}{a[:2]}", f"{a}.{b}{g.rnd.randint(1, 9)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def relay_email(g: Gen, first: str, last: str, channel: str) -> str:
    """An OTA's relay address for a guest (it forwards to the guest's own mailbox)."""
    a, b = plain(first) or "guest", plain(last) or "guest"
    if channel == "Booking.com":
        return f"{a[0]}{b}.{g.digits(6)}@guest.booking.com"
    if channel == "Expedia":
        return f"{g.digits(32, '0123456789abcdef')}@m.expediapartnercentral.com"
    if channel == "Airbnb":
        return f"{a}-{g.digits(6, string.ascii_lowercase + string.digits)}@guest.airbnb.com"
    return f"{a}.{b}.{g.digits(4)}@guest.agoda.com"


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(first)}.{plain(last)}@{domain}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first) or "user", plain(last) or "staff"
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a}{b[:3]}"][style % 5]


# -- places (written for v48) ------------------------------------------------------------------------------------------

#: (US city, state, ZIP lead) of a Las Vegas resort's guests
US_CITIES = [("Los Angeles", "CA", "900"), ("San Diego", "CA", "921"), ("Sacramento", "CA", "958"),
             ("Phoenix", "AZ", "850"), ("Mesa", "AZ", "852"), ("Houston", "TX", "770"), ("Dallas", "TX", "752"),
             ("Chicago", "IL", "606"), ("Denver", "CO", "802"), ("Seattle", "WA", "981"), ("Honolulu", "HI", "968"),
             ("Salt Lake City", "UT", "841"), ("Albuquerque", "NM", "871"), ("Atlanta", "GA", "303"),
             ("Henderson", "NV", "890"), ("Reno", "NV", "895"), ("Minneapolis", "MN", "554"),
             ("Fresno", "CA", "937")]
US_STREETS = ["Maple Ave", "Oak St", "Sunset Blvd", "Cedar Ln", "Washington Ave", "Lakeview Dr", "Mission St",
              "Pine St", "Willow Way", "Desert Rose Dr", "Palm Canyon Dr", "Magnolia Ct", "Kalakaua Ave",
              "Mesquite Trl", "Juniper Hills Rd", "Saguaro Pl", "E Camelback Rd", "N Broadway"]


def us_street(g: Gen) -> str:
    n = g.rnd.randint(100, 24999)
    return f"{n} {g.rnd.choice(US_STREETS)}"


def us_zip(g: Gen, lead: str, plus4: float = 0.0) -> str:
    z = lead + g.digits(2)
    return f"{z}-{g.digits(4)}" if g.rnd.random() < plus4 else z


#: (UK town, postcode outward codes)
GB_TOWNS = [("London", ["SE15", "N16", "E8", "SW11", "NW5"]), ("Manchester", ["M14", "M20", "M4"]),
            ("Leeds", ["LS6", "LS8"]), ("Glasgow", ["G12", "G41", "G3"]), ("Bristol", ["BS6", "BS3"]),
            ("Newcastle upon Tyne", ["NE2", "NE6"]), ("Aberdeen", ["AB10", "AB15"]), ("Dundee", ["DD1", "DD4"]),
            ("Birmingham", ["B13", "B29"]), ("Cardiff", ["CF24", "CF5"]), ("Inverness", ["IV2", "IV3"]),
            ("York", ["YO10", "YO31"]), ("Belfast", ["BT7", "BT9"]), ("Stirling", ["FK7", "FK8"])]
GB_STREETS = ["Marchmont Road", "Leith Walk", "Byres Road", "Station Road", "Church Lane", "Victoria Street",
              "Park Avenue", "Mill Lane", "The Crescent", "Queen's Drive", "Albert Terrace", "Grange Road"]


def gb_postcode(g: Gen, outward: str) -> str:
    return f"{outward} {g.rnd.randint(1, 9)}{g.digits(2, 'ABDEFGHJLNPQRSTUWXYZ')}"


def gb_street(g: Gen) -> str:
    return g.rnd.choice([f"{g.rnd.randint(1, 140)} {g.rnd.choice(GB_STREETS)}",
                         f"Flat {g.rnd.randint(1, 12)}, {g.rnd.randint(1, 90)} {g.rnd.choice(GB_STREETS)}",
                         f"{g.rnd.randint(1, 40)}/{g.rnd.randint(1, 9)} {g.rnd.choice(GB_STREETS)}"])


#: (Melbourne suburb, postcode)
AU_SUBURBS = [("Fitzroy", "3065"), ("Brunswick", "3056"), ("Richmond", "3121"), ("St Kilda", "3182"),
              ("Carlton", "3053"), ("Footscray", "3011"), ("Hawthorn", "3122"), ("Northcote", "3070"),
              ("South Yarra", "3141"), ("Box Hill", "3128"), ("Coburg", "3058"), ("Preston", "3072"),
              ("Glen Waverley", "3150"), ("Williamstown", "3016"), ("Sunshine", "3020")]

#: (Greater Toronto city, forward sortation areas)
CA_CITIES = [("Toronto", ["M5V", "M6J", "M4C", "M6H", "M5A", "M4E", "M6P", "M5R", "M4M", "M6G"]),
             ("Mississauga", ["L5B", "L5M", "L4Z"]), ("Brampton", ["L6P", "L6Y", "L6T"]), ("Markham", ["L3R", "L6C"]),
             ("Vaughan", ["L4L", "L6A"]), ("Richmond Hill", ["L4C", "L4S"]), ("Oakville", ["L6H", "L6J"])]
CA_STREETS = ["Queen St W", "King St E", "Dundas St W", "Bloor St W", "Harbour St", "Yonge St", "Spadina Ave",
              "Danforth Ave", "Lake Shore Blvd W", "Eglinton Ave E", "Hurontario St", "Queen St E", "Steeles Ave W",
              "Highway 7 E"]
_CA_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"


def ca_postal(g: Gen, fsa: str) -> str:
    return f"{fsa} {g.rnd.randint(0, 9)}{g.rnd.choice(_CA_LETTERS)}{g.rnd.randint(0, 9)}"


def ca_street(g: Gen) -> str:
    n = g.rnd.randint(1, 3500)
    road = g.rnd.choice(CA_STREETS)
    return g.rnd.choice([f"{n} {road}", f"{g.rnd.randint(101, 4208)}-{n} {road}",
                         f"{n} {road}, Unit {g.rnd.randint(1, 30)}"])


#: (Galway town, Eircode routing key)
IE_TOWNS = [("Galway", "H91"), ("Oranmore", "H91"), ("Athenry", "H65"), ("Clifden", "H71"), ("Tuam", "H54"),
            ("Loughrea", "H62"), ("Moycullen", "H91"), ("Gort", "H91"), ("Ballinasloe", "H53"),
            ("Oughterard", "H91"), ("An Spidéal", "H91"), ("Headford", "H91")]
IE_STREETS = ["Father Griffin Road", "Taylor's Hill", "Dalysfort Road", "College Road", "Bóthar na Trá",
              "Newcastle Road", "Bohermore", "Renmore Avenue", "Ballybane Road", "Main Street", "Church View",
              "Cluain Mhuire"]


def eircode(g: Gen, key: str) -> str:
    return f"{key} {g.rnd.choice('ACDEFHKNPRTVWXY')}{g.digits(3, 'ACDEFHKNPRTVWXY0123456789')}"


def ie_street(g: Gen) -> str:
    return g.rnd.choice([f"{g.rnd.randint(1, 120)} {g.rnd.choice(IE_STREETS)}",
                         (f"Apt {g.rnd.randint(1, 40)}, "
                          f"{g.rnd.choice(['The Sliding Rock', 'Ard Caoin', 'Manor Court'])}"),
                         f"{g.rnd.choice(['Cloonacauneen', 'Kiltulla', 'Ballyglunin', 'Killeeneen'])}"])


#: (prefecture and municipality, postal lead, towns)
JA_PLACES = [("東京都世田谷区", "154", ["桜新町", "三軒茶屋", "経堂"]), ("東京都杉並区", "166", ["阿佐谷南", "高円寺北"]),
             ("大阪府大阪市北区", "530", ["梅田", "天神橋"]), ("神奈川県横浜市港北区", "222", ["日吉", "菊名"]),
             ("愛知県名古屋市千種区", "464", ["今池", "覚王山"]), ("福岡県福岡市中央区", "810", ["大名", "薬院"]),
             ("北海道札幌市中央区", "060", ["北一条西", "南三条"]), ("宮城県仙台市青葉区", "980", ["一番町", "国分町"]),
             ("広島県広島市中区", "730", ["八丁堀", "紙屋町"]), ("兵庫県神戸市灘区", "657", ["六甲台町", "篠原本町"]),
             ("埼玉県さいたま市浦和区", "330", ["岸町", "高砂"]), ("千葉県千葉市美浜区", "261", ["幕張西", "高洲"])]
#: cities a guest in Kyoto came from or goes to (Japanese guests write them in Japanese, others in Latin letters)
JA_ITINERARY = ["東京", "大阪", "奈良", "金沢", "広島", "名古屋", "箱根", "高山", "福岡", "札幌", "神戸", "姫路"]
ITINERARY_LATIN = ["Tokyo", "Osaka", "Nara", "Kanazawa", "Hiroshima", "Hakone", "Takayama", "Seoul", "Taipei",
                   "Shanghai", "Bangkok", "Singapore"]


def ja_address(g: Gen) -> tuple[str, str]:
    """(address, postal code) in Japan."""
    place, lead, towns = g.rnd.choice(JA_PLACES)
    house = g.rnd.choice(["サンハイツ", "メゾン緑", "コーポ桜", "グランドール"])
    building = g.rnd.choice(["", "", f" {house}{g.rnd.randint(1, 9)}0{g.rnd.randint(1, 9)}"])
    block = f"{g.rnd.randint(1, 5)}-{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)}"
    return (f"{place}{g.rnd.choice(towns)}{block}{building}",
            f"{lead}-{g.digits(4)}")


#: (Ukrainian city, postal lead)
UA_CITIES = [("Львів", "79"), ("Київ", "02"), ("Харків", "61"), ("Дніпро", "49"), ("Одеса", "65"),
             ("Івано-Франківськ", "76"), ("Тернопіль", "46"), ("Луцьк", "43"), ("Рівне", "33"), ("Ужгород", "88"),
             ("Чернівці", "58"), ("Вінниця", "21"), ("Житомир", "10"), ("Полтава", "36")]
UA_STREETS = ["вул. Шевченка", "вул. Франка", "просп. Свободи", "вул. Грушевського", "вул. Лесі Українки",
              "вул. Городоцька", "вул. Сихівська", "вул. Наукова", "бульв. Шевченка", "вул. Зелена",
              "вул. Соборна", "просп. Перемоги"]


def ua_street(g: Gen) -> str:
    flat = g.rnd.choice(["", f", кв. {g.rnd.randint(1, 180)}", f", кв. {g.rnd.randint(1, 80)}"])
    return f"{g.rnd.choice(UA_STREETS)}, {g.rnd.randint(1, 160)}{g.rnd.choice(['', '', 'а', 'б'])}{flat}"


#: (Israeli city, postal lead)
IL_CITIES = [("תל אביב-יפו", "6"), ("ירושלים", "9"), ("חיפה", "3"), ("ראשון לציון", "75"), ("פתח תקווה", "49"),
             ("אשדוד", "77"), ("נתניה", "42"), ("באר שבע", "84"), ("חולון", "58"), ("רמת גן", "52"),
             ("רחובות", "76"), ("הרצליה", "46"), ("כפר סבא", "44"), ("מודיעין", "71")]
IL_STREETS = ["הרצל", "ויצמן", "רוטשילד", "בן גוריון", "ז'בוטינסקי", "אלנבי", "הנביאים", "העצמאות", "סוקולוב",
              "ביאליק", "דיזנגוף", "הגפן", "אחד העם", "שדרות ירושלים"]


def il_street(g: Gen) -> str:
    flat = g.rnd.choice(["", f" דירה {g.rnd.randint(1, 40)}", f"/{g.rnd.randint(1, 30)}"])
    return f"רחוב {g.rnd.choice(IL_STREETS)} {g.rnd.randint(1, 120)}{flat}"


def il_postal(g: Gen, lead: str) -> str:
    return lead + g.digits(7 - len(lead))


#: (Italian birthplace comune, CAP lead, cadastral code)
IT_COMUNI = [("Firenze", "501", "D612"), ("Roma", "001", "H501"), ("Milano", "201", "F205"), ("Napoli", "801", "F839"),
             ("Torino", "101", "L219"), ("Bologna", "401", "A944"), ("Palermo", "901", "G273"), ("Bari", "701", "A662"),
             ("Pisa", "561", "G702"), ("Genova", "161", "D969")]

#: (Andalusian and other Spanish municipality, postal code lead)
ES_PLACES = [("Málaga", "290"), ("Marbella", "296"), ("Torremolinos", "2962"), ("Fuengirola", "2964"),
             ("Nerja", "2978"), ("Benalmádena", "2963"), ("Ronda", "294"), ("Madrid", "280"), ("Sevilla", "410"),
             ("Granada", "180"), ("Córdoba", "140"), ("Estepona", "2968")]
ES_STREETS = ["Calle Larios", "Calle Granada", "Avenida de Andalucía", "Paseo Marítimo Pablo Ruiz Picasso",
              "Calle Mármoles", "Calle Carretería", "Avenida Ricardo Soriano", "Calle Real", "Calle San Miguel",
              "Plaza de la Merced", "Calle Cister", "Camino de Gibralfaro"]


def es_street(g: Gen) -> str:
    return g.rnd.choice([f"{g.rnd.choice(ES_STREETS)}, {g.rnd.randint(1, 120)}",
                         (f"{g.rnd.choice(ES_STREETS)} {g.rnd.randint(1, 90)}, "
                          f"{g.rnd.randint(1, 8)}º {g.rnd.choice('ABCD')}"),
                         f"{g.rnd.choice(ES_STREETS)}, {g.rnd.randint(1, 60)}, bajo"])


def es_postal(g: Gen, lead: str) -> str:
    return lead + g.digits(5 - len(lead))


#: (German or Austrian town, postal lead)
DE_TOWNS = [("Berlin", "10"), ("Hamburg", "22"), ("Köln", "50"), ("Frankfurt am Main", "60"), ("Stuttgart", "70"),
            ("Düsseldorf", "40"), ("Leipzig", "04"), ("Dresden", "01"), ("Hannover", "30"), ("Nürnberg", "90"),
            ("Münster", "48"), ("Freiburg im Breisgau", "79"), ("Augsburg", "86"), ("Regensburg", "93")]
DE_STREETS = ["Hauptstraße", "Bahnhofstraße", "Gartenstraße", "Schillerstraße", "Goethestraße", "Lindenstraße",
              "Am Mühlbach", "Kirchweg", "Bergstraße", "Waldstraße", "Rosenweg", "Friedrich-Ebert-Straße"]


def de_street(g: Gen) -> str:
    return f"{g.rnd.choice(DE_STREETS)} {g.rnd.randint(1, 140)}{g.rnd.choice(['', '', 'a', 'b'])}"


#: (Paris or a suburb, postal code)
FR_PLACES = [("Paris", "75011"), ("Paris", "75018"), ("Paris", "75019"), ("Paris", "75020"), ("Paris", "75010"),
             ("Montreuil", "93100"), ("Saint-Denis", "93200"), ("Ivry-sur-Seine", "94200"), ("Clichy", "92110"),
             ("Aubervilliers", "93300"), ("Vincennes", "94300"), ("Pantin", "93500")]
FR_STREETS = ["rue de la Roquette", "rue Oberkampf", "boulevard de Belleville", "rue du Faubourg Saint-Antoine",
              "avenue Jean Jaurès", "rue de Paris", "rue Gabriel Péri", "rue de la République", "rue Marx Dormoy",
              "avenue de Flandre", "rue des Pyrénées", "rue Marcel Cachin"]


def fr_street(g: Gen) -> str:
    return f"{g.rnd.randint(1, 180)}{g.rnd.choice(['', '', ' bis'])} {g.rnd.choice(FR_STREETS)}"


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa, Mastercard or Amex prefix."""
    prefix, length = g.rnd.choice([("4", 16), ("51", 16), ("55", 16), ("2223", 16), ("37", 15)])
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


#: BBAN layouts (9 a digit, A a letter); python-stdnum checks the result (and the national check digits it knows)
BBAN = {"IE": "AAAA99999999999999", "ES": "99999999999999999999", "FR": "9999999999ZZZZZZZZZZZ99"}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, national checks retried, python-stdnum checks it)."""

    def make() -> str:
        bban = g.code(BBAN[country])
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 665):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}"

    number = g.valid(make, _ssn.is_valid)
    return number if dashed else number.replace("-", "")


def th_pin(g: Gen, dashed: bool = False) -> str:
    """A Thai personal identification number (13 digits, check digit: python-stdnum)."""
    body = str(g.rnd.randint(1, 8)) + g.digits(11)
    number = body + _th_pin.calc_check_digit(body)
    assert _th_pin.is_valid(number)
    return _th_pin.format(number) if dashed else number


def il_idnr(g: Gen) -> str:
    """An Israeli identity number (Teudat Zehut, nine digits, Luhn)."""
    body = g.rnd.choice(["0", "2", "3", "2"]) + g.digits(7)
    number = body + luhn.calc_check_digit(body)
    assert _il_idnr.is_valid(number)
    return number


def ua_rntrc(g: Gen, born: date, female: bool) -> str:
    """A Ukrainian RNTRC (РНОКПП): the days from 31 December 1899 to ``born``, a serial whose last digit is odd for
    men and even for women, and the check digit (python-stdnum)."""
    days = (born - date(1899, 12, 31)).days
    serial = g.digits(3) + g.rnd.choice("02468" if female else "13579")
    body = f"{days:05d}{serial}"
    number = body + _rntrc.calc_check_digit(body)
    assert _rntrc.is_valid(number)
    return number


def emirates_id(g: Gen, born: date) -> str:
    """A UAE Emirates ID ``784-YYYY-NNNNNNN-C``: 784, the year of birth, a serial and a Luhn check digit."""
    body = f"784{born.year}{g.digits(7)}"
    number = body + luhn.calc_check_digit(body)
    return f"{number[:3]}-{number[3:7]}-{number[7:14]}-{number[14]}"


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


def es_dni(g: Gen) -> str:
    body = f"{g.rnd.randint(1_000_000, 79_999_999):08d}"
    return body + _dni.calc_check_digit(body)


def es_nie(g: Gen) -> str:
    body = g.rnd.choice("XYZ") + g.digits(7)
    number = body + _nie.calc_check_digit(body)
    assert _nie.is_valid(number)
    return number


def fr_nir(g: Gen, born: date, female: bool, abroad: bool) -> str:
    """A French NIR: sex, year and month of birth, department and commune (99 and a country code when born
    abroad), a serial and the two check digits (python-stdnum)."""
    place = (f"99{g.rnd.choice(['350', '352', '351', '341', '335', '318', '239'])}" if abroad else
             g.rnd.choice(["75111", "75118", "93066", "93048", "94041", "92024", "13055", "69123", "59350"]))
    body = f"{2 if female else 1}{born.year % 100:02d}{born.month:02d}{place}{g.rnd.randint(1, 999):03d}"
    number = body + _nir.calc_check_digits(body)
    assert _nir.is_valid(number)
    return number


def de_vat(g: Gen) -> str:
    """A German VAT id (USt-IdNr.) of a company: a business's, labeled ``none``."""
    return g.valid(lambda: "DE" + str(g.rnd.randint(1, 9)) + g.digits(8), _de_vat.is_valid)


def jp_corporate(g: Gen) -> str:
    """A Japanese corporate number (法人番号, 13 digits with a leading check digit): a business's, ``none``."""
    body = g.digits(12)
    number = _jp_cn.calc_check_digit(body) + body
    assert _jp_cn.is_valid(number)
    return number


# -- documents without a check digit -----------------------------------------------------------------------------------


def passport(g: Gen, country: str) -> str:
    """A passport number in the layout of ``country`` (no check digit: only the MRZ carries one)."""
    layouts = {"GB": "999999999", "US": "A99999999", "DE": "CZZZZZZZZ", "FR": "99AA99999", "NL": "AAZZZZZZ9",
               "AU": "PA9999999", "KR": "M99999999", "CN": "E99999999", "IN": "A9999999", "JP": "TZ9999999",
               "IT": "YA9999999", "ES": "PAA999999", "SE": "99999999", "PL": "AA9999999", "RU": "99 9999999",
               "IL": "99999999", "GR": "AA9999999", "SA": "A99999999", "TR": "U99999999", "CA": "AA999999",
               "BR": "AA999999", "TH": "AA9999999", "UA": "AA999999"}
    return g.code(layouts[country])


#: a passport's issuing country by pool of names
POOL_COUNTRY = {"intl": ["NL", "SE", "DE", "PL", "KR", "CN", "IN", "RU", "AU", "CA", "BR", "TR", "FR"],
                "gb": ["GB"], "us": ["US"], "de": ["DE"], "fr": ["FR"], "it": ["IT"], "es": ["ES"], "au": ["AU"]}
