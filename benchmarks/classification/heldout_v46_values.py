"""Values of held-out set v46 (:mod:`benchmarks.classification.heldout_v46`): v46's random source, names, streets,
towns and postal codes written by hand for v46 (no Faker, no list of real people), phones checked with phonenumbers
and identifiers with check digits computed with python-stdnum (or, for the MPAN core, the Polish identity card and the
German market-location id, with the published algorithm written out below and checked by the set's test).

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module (its phone helper rewritten for fifteen numbering
plans); the name lists are new: Texas, England and Wales, New South Wales, Karnataka, Ostwestfalen-Lippe, Gironde,
the Valencian Community and Murcia, Groningen, Friesland and Drenthe, Poland, Sapporo (kanji, katakana and romaji),
Korea (Hangul and romanization), Greece (Greek script), Lviv (Cyrillic) and Haifa (Hebrew script).
"""

from __future__ import annotations

import random
import string
import unicodedata
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import phonenumbers
from stdnum import iban as _iban
from stdnum import luhn, verhoeff
from stdnum.es import cups as _cups
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.es import referenciacatastral as _refcat
from stdnum.gr import vat as _afm
from stdnum.il import idnr as _ilid
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import pan as _pan
from stdnum.pl import pesel as _pesel
from stdnum.ua import rntrc as _rntrc
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 46_907_2026
N = "none"
#: a login or public display handle (review, as in v5 to v45)
USERNAME = "unclassified"
#: NULL-like strings of v46's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "—", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "?", "#N/A",
    "nil", "<null>", "0", "000-00-0000", "noemail@none.com", "none@none.com", "9999999999", "0000000000",
    "unbekannt", "k.A.", "keine", "néant", "RAS", "sin datos", "nvt", "onbekend", "brak", "BRAK", "なし", "特になし",
    "없음", "-없음-", "Δ/Υ", "δεν υπάρχει", "немає", "нема", "אין", "לא ידוע", "NIL", "NA.", "xxx")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v46:{SEED}:{table}")

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

    def floats(self, lo: float, hi: float, digits: int, null: float = 0.0) -> list[Any]:
        return self.col(lambda: round(self.rnd.uniform(lo, hi), digits), null)

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

    def ipv4(self) -> str:
        first = self.rnd.choice([24, 31, 37, 46, 62, 77, 78, 81, 82, 86, 89, 92, 94, 109, 145, 178, 185, 188, 212, 217])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2a02", "2a01", "2001:1c00", "2a00", "2600", "2406"])
        groups = 8 - head.count(":") - 1
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(groups))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        """A valid number of ``region``'s numbering plan (:data:`PHONE_PLANS`), formatted as ``fmt``: ``e164``,
        ``e164_no_plus``, ``nsn`` (the national significant number), ``intl``, ``national``, ``digits`` (the
        national number's digits, trunk prefix kept) or ``dashes`` (US style for North America, else the national
        form with dashes for spaces)."""
        plan = PHONE_PLANS[region][0 if mobile else 1]
        code = phonenumbers.country_code_for_region(region)

        def make() -> str:
            prefix, length = self.rnd.choice(plan)
            return prefix + self.digits(1, "123456789") + self.digits(length - len(prefix) - 1)

        def ok(candidate: str) -> bool:
            return phonenumbers.is_valid_number(phonenumbers.parse(f"+{code}{candidate}"))

        number = phonenumbers.parse(f"+{code}{self.valid(make, ok)}")
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "e164":
            return e164
        if fmt == "e164_no_plus":
            return e164[1:]
        if fmt == "nsn":
            return phonenumbers.national_significant_number(number)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        if fmt == "dashes":
            d = "".join(ch for ch in national if ch.isdigit())
            if region in ("US", "CA"):
                return f"{d[:3]}-{d[3:6]}-{d[6:]}"
            return national.replace(" ", "-")
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


#: region -> (mobile, fixed) lists of (national-number prefix, national-number length); only valid numbers are kept
PHONE_PLANS: dict[str, tuple[list[tuple[str, int]], list[tuple[str, int]]]] = {
    "US": ([(a, 10) for a in ("713", "281", "832", "346", "512", "737", "210", "726", "214", "469", "972", "817",
                               "682", "915", "806", "361", "254", "979")],
           [(a, 10) for a in ("713", "281", "512", "210", "214", "817", "915", "806")]),
    "CA": ([(a, 10) for a in ("416", "647", "437", "905", "289", "365", "613", "343", "519", "226", "705", "249")],
           [(a, 10) for a in ("416", "905", "613", "519", "514", "604", "403", "902", "204", "306")]),
    "GB": ([(p, 10) for p in ("7711", "7723", "7766", "7811", "7824", "7903", "7951", "7412", "7590", "7845", "7968",
                               "7377", "7480")],
           [(p, 10) for p in ("113", "114", "117", "29", "115", "116", "1603", "1392", "191", "1904", "1273", "1332",
                              "1782", "1482")]),
    "AU": ([(p, 9) for p in ("40", "41", "42", "43", "45", "47", "48")],
           [(p, 9) for p in ("29", "28", "24", "243")]),
    "IN": ([(p, 10) for p in ("9", "8", "7", "6")], [("80", 10), ("821", 10), ("816", 10)]),
    "DE": ([(p, 11) for p in ("151", "152", "157", "159", "176", "177", "178", "179")]
           + [(p, 10) for p in ("170", "171", "172", "175", "162", "163")],
           [(p, 10) for p in ("521", "5241", "5251", "5221", "5231", "571", "5222", "5261", "5223")]),
    "FR": ([("6", 9), ("7", 9)], [("556", 9), ("557", 9), ("535", 9), ("524", 9)]),
    "ES": ([("6", 9), ("7", 9)], [("96", 9), ("965", 9), ("968", 9), ("964", 9)]),
    "NL": ([("6", 9)], [("50", 9), ("58", 9), ("592", 9), ("591", 9), ("512", 9), ("515", 9), ("598", 9)]),
    "PL": ([("5", 9), ("6", 9), ("7", 9), ("88", 9)], [("12", 9), ("42", 9), ("22", 9)]),
    "JP": ([("90", 10), ("80", 10), ("70", 10)], [("11", 9)]),
    "KR": ([("10", 10)], [("31", 10), ("2", 10)]),
    "GR": ([("69", 10)], [("21", 10), ("2661", 10), ("231", 10), ("2610", 10)]),
    "UA": ([(p, 9) for p in ("67", "68", "96", "97", "98", "50", "66", "95", "63", "73", "93")], [("32", 9)]),
    "IL": ([(p, 9) for p in ("50", "52", "53", "54", "55", "58")], [("4", 8)]),
}


# -- names (written for v46) -------------------------------------------------------------------------------------------

#: country -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us": (["James", "Michael", "Robert", "David", "John", "Christopher", "Daniel", "Joshua", "Matthew", "Anthony",
            "Jose", "Juan", "Luis", "Carlos", "Jesus", "Miguel", "Alejandro", "Marcus", "DeShawn", "Jamal", "Terrence",
            "Tyrone", "Brandon", "Tyler", "Austin", "Cody", "Hunter", "Bao", "Minh", "Quang", "Rahul", "Vikram",
            "Ahmed", "Chinedu", "Oluwaseun", "Kevin", "Eric", "Trevor", "Cole", "Garrett"],
           ["Mary", "Jennifer", "Jessica", "Ashley", "Sarah", "Amanda", "Brittany", "Stephanie", "Megan", "Lauren",
            "Maria", "Guadalupe", "Veronica", "Yesenia", "Alejandra", "Gabriela", "Rosa", "Destiny", "Keisha",
            "Tamika", "Imani", "Jasmine", "Aaliyah", "Kayla", "Madison", "Haley", "Taylor", "Linh", "Thuy", "Mai",
            "Priya", "Ananya", "Fatima", "Ngozi", "Adaeze", "Crystal", "Tiffany", "Kimberly", "Paige", "Savannah"],
           ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Martinez", "Rodriguez", "Hernandez", "Lopez",
            "Gonzalez", "Perez", "Sanchez", "Ramirez", "Flores", "Rivera", "Torres", "Gutierrez", "Castillo",
            "Salazar", "Villarreal", "Trevino", "Guerra", "Cavazos", "Davis", "Miller", "Wilson", "Moore", "Taylor",
            "Anderson", "Jackson", "White", "Harris", "Thomas", "Robinson", "Washington", "Jefferson", "Nguyen",
            "Tran", "Pham", "Le", "Patel", "Shah", "Reddy", "Okafor", "Adeyemi", "Mbah", "Kim", "Park", "Walker",
            "Hall", "Young", "King", "Wright", "Scott", "Baker", "Adams", "Nelson", "Carter", "Dominguez"]),
    "gb": (["Oliver", "George", "Harry", "Jack", "James", "William", "Thomas", "Daniel", "Matthew", "Liam", "Callum",
            "Jamie", "Ryan", "Ben", "Adam", "Luke", "Connor", "Nathan", "Mohammed", "Imran", "Ravi", "Tomasz",
            "Gareth", "Rhys", "Owen", "Alistair", "Graham", "Stuart", "Neil", "Kieran"],
           ["Olivia", "Amelia", "Isla", "Emily", "Sophie", "Jessica", "Charlotte", "Hannah", "Lucy", "Chloe", "Megan",
            "Bethany", "Rebecca", "Laura", "Gemma", "Kirsty", "Nicola", "Joanne", "Sarah", "Aisha", "Priya",
            "Zainab", "Agnieszka", "Siobhan", "Niamh", "Rhiannon", "Fiona", "Heather", "Abigail", "Freya"],
           ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
            "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Patel",
            "Khan", "Hussain", "Ali", "Shah", "Begum", "Kaur", "Singh", "Nowak", "Murphy", "O'Brien", "Kelly",
            "Campbell", "Stewart", "MacDonald", "Hughes", "Lewis", "Morgan", "Pritchard", "Holt", "Whitaker",
            "Ackroyd", "Barraclough", "Sutcliffe", "Hepworth"]),
    "au": (["Jack", "Oliver", "William", "Noah", "Thomas", "James", "Lachlan", "Cooper", "Riley", "Mitchell",
            "Brendan", "Darren", "Shane", "Craig", "Scott", "Matthew", "Hamish", "Angus", "Minh", "Tuan", "Duc", "Wei",
            "Jun", "Hao", "Rajesh", "Nikos", "Giuseppe", "Ahmad", "Bilal", "Tane"],
           ["Charlotte", "Olivia", "Ava", "Mia", "Chloe", "Isabella", "Grace", "Ruby", "Zoe", "Emma", "Jessica",
            "Kylie", "Tanya", "Leanne", "Rebecca", "Sharon", "Lisa", "Michelle", "Mei", "Ling", "Xin", "Lan", "Hoa",
            "Priya", "Maria", "Eleni", "Fatima", "Layla", "Bronwyn", "Tegan"],
           ["Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Johnson", "White", "Martin", "Anderson",
            "Thompson", "Nguyen", "Tran", "Le", "Pham", "Chen", "Wang", "Li", "Zhang", "Wong", "Lee", "Papadopoulos",
            "Rossi", "Russo", "Nasser", "Haddad", "Khoury", "Singh", "Sharma", "Kelly", "Ryan", "O'Connor", "Walsh",
            "McDonald", "Campbell", "Stewart", "Harris", "Clarke", "Robinson", "Walker", "Young", "King", "Scott",
            "Mitchell", "Hughes", "Edwards"]),
    "in": (["Manjunath", "Ramesh", "Suresh", "Shivakumar", "Nagaraj", "Prakash", "Venkatesh", "Mahesh",
            "Raghavendra", "Srinivas", "Basavaraj", "Chandrashekar", "Harish", "Girish", "Anand", "Praveen", "Naveen",
            "Santosh", "Umesh", "Lokesh", "Mohan", "Ravi", "Siddaraju", "Kiran", "Abdul Rahman", "Mohammed Irfan",
            "Joseph", "Vinay", "Puttaswamy", "Thimmaiah"],
           ["Lakshmi", "Savitha", "Kavitha", "Shobha", "Pushpa", "Sunitha", "Geetha", "Rekha", "Mamatha", "Roopa",
            "Shwetha", "Divya", "Nandini", "Bhagya", "Ashwini", "Pavithra", "Sowmya", "Anitha", "Jayamma", "Parvathi",
            "Shabana", "Mary", "Asha", "Deepa", "Prema", "Vanitha", "Gowramma", "Rukmini"],
           ["Gowda", "Shetty", "Rao", "Hegde", "Naik", "Kulkarni", "Patil", "Reddy", "Murthy", "Swamy", "Bhat",
            "Acharya", "Kamath", "Pai", "Nayak", "Poojary", "Shastry", "Jain", "Khan", "Pasha", "D'Souza", "Fernandes",
            "Hiremath", "Desai", "Joshi", "Iyengar", "Kumar", "Prasad", "Raju", "Naidu", "Setty", "Kotian", "Salian",
            "Urs", "Gupta", "Chikkanna", "Lingaraju", "Byregowda"]),
    "de": (["Lukas", "Jonas", "Leon", "Felix", "Maximilian", "Paul", "Tim", "Jan", "Niklas", "Tobias", "Stefan",
            "Michael", "Thomas", "Andreas", "Markus", "Christian", "Sven", "Dirk", "Jörg", "Frank", "Uwe", "Klaus",
            "Hans-Peter", "Mehmet", "Dmitri", "Florian", "Sebastian", "Bernd", "Matthias", "Oliver"],
           ["Anna", "Laura", "Lea", "Sophie", "Marie", "Lena", "Julia", "Katharina", "Sabine", "Petra", "Claudia",
            "Andrea", "Susanne", "Birgit", "Nicole", "Stefanie", "Anja", "Heike", "Monika", "Ursula", "Ayşe", "Elif",
            "Natalia", "Johanna", "Franziska", "Carina", "Melanie", "Kerstin", "Jana", "Svenja"],
           ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
            "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun",
            "Krüger", "Hartmann", "Lange", "Werner", "Krause", "Meier", "Lehmann", "Brinkmann", "Niermann", "Kemper",
            "Strothmann", "Hagedorn", "Diekmann", "Wiechers", "Tiemann", "Yılmaz", "Kaya", "Nowak", "Kowalski",
            "Schäfer", "Vogt", "Ahlers", "Dreier", "Pöppelmann"]),
    "fr": (["Jean", "Pierre", "Nicolas", "Julien", "Thomas", "Mathieu", "Sébastien", "Guillaume", "Laurent",
            "Philippe", "François", "Olivier", "Christophe", "Antoine", "Hugo", "Lucas", "Maxime", "Alexandre",
            "Romain", "Vincent", "Jérôme", "Frédéric", "Éric", "Bastien", "Karim", "Mehdi", "Thierry", "Didier"],
           ["Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Sophie", "Camille", "Julie", "Émilie", "Céline",
            "Aurélie", "Sandrine", "Valérie", "Christine", "Léa", "Manon", "Chloé", "Pauline", "Laure", "Hélène",
            "Mathilde", "Élodie", "Fatima", "Inès", "Claire", "Anne", "Margaux", "Océane"],
           ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
            "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
            "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Lacoste",
            "Dufau", "Labat", "Lafargue", "Darriet", "Castaing", "Ducasse", "Larrieu", "Barbe", "Cazenave", "Haddad",
            "Benali", "Nguyen"]),
    "es": (["Antonio", "José", "Manuel", "Francisco", "David", "Javier", "Daniel", "Carlos", "Jesús", "Alejandro",
            "Miguel", "Rafael", "Pedro", "Pablo", "Sergio", "Jorge", "Alberto", "Vicente", "Joan", "Pau", "Salvador",
            "Andrés", "Rubén", "Iván", "Adrián", "Óscar", "Enrique", "Ramón"],
           ["María", "Carmen", "Ana", "Isabel", "Laura", "Cristina", "Marta", "Lucía", "Elena", "Pilar", "Rosa",
            "Paula", "Raquel", "Sara", "Amparo", "Remedios", "Desamparados", "Inmaculada", "Vicenta", "Nuria",
            "Beatriz", "Silvia", "Patricia", "Eva", "Mónica", "Irene", "Alba", "Noelia"],
           ["García", "Martínez", "López", "Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández",
            "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Navarro", "Torres", "Domínguez", "Gil", "Vázquez",
            "Serrano", "Ramos", "Blanco", "Sanz", "Castro", "Ortega", "Rubio", "Marín", "Molina", "Ferrer", "Pons",
            "Soler", "Puig", "Ribera", "Císcar", "Llorens", "Martí", "Boix", "Sempere", "Giménez"]),
    #: residents of Spain holding an NIE (one family name)
    "es_nie": (["Ionuț", "Andrei", "Mohamed", "Youssef", "Oliver", "Graham", "Lars", "Dmytro", "Wei", "Kevin"],
               ["Elena", "Ioana", "Fatima", "Khadija", "Helen", "Susan", "Ingrid", "Oksana", "Li", "Chantal"],
               ["Popescu", "Ionescu", "El Amrani", "Benali", "Hughes", "Parker", "Johansson", "Kovalenko", "Zhang",
                "Peeters", "Dumitru", "Ouali"]),
    "pl": (["Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Michał", "Marcin", "Jakub", "Kamil", "Łukasz",
            "Adam", "Mateusz", "Marek", "Grzegorz", "Wojciech", "Dariusz", "Rafał", "Szymon", "Bartosz", "Jan",
            "Stanisław", "Zbigniew", "Mariusz", "Sebastian", "Dawid", "Oleksandr", "Ihor"],
           ["Anna", "Katarzyna", "Maria", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna", "Magdalena",
            "Joanna", "Aleksandra", "Zofia", "Monika", "Natalia", "Karolina", "Paulina", "Julia", "Justyna", "Beata",
            "Dorota", "Iwona", "Marta", "Weronika", "Wiktoria", "Olena", "Kateryna"],
           ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński",
            "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski", "Krawczyk",
            "Piotrowski", "Grabowski", "Nowakowski", "Pawłowski", "Michalski", "Adamczyk", "Dudek", "Zając",
            "Wieczorek", "Jabłoński", "Król", "Majewski", "Olszewski", "Jaworski", "Wróbel", "Malinowski", "Pawlak",
            "Witkowski", "Walczak", "Stępień", "Górski", "Rutkowski", "Michalak", "Sikora", "Kovalenko", "Melnyk"]),
}

#: Dutch family names as (tussenvoegsel, achternaam)
NL_FAMILY: list[tuple[str, str]] = [
    ("", "Jansen"), ("de", "Vries"), ("van der", "Meer"), ("", "Bakker"), ("", "Visser"), ("", "Smit"),
    ("", "Meijer"), ("de", "Boer"), ("", "Mulder"), ("de", "Groot"), ("", "Bos"), ("", "Vos"), ("", "Peters"),
    ("van", "Dijk"), ("", "Dijkstra"), ("", "Hoekstra"), ("", "Postma"), ("de", "Jong"), ("van der", "Veen"),
    ("", "Kuipers"), ("", "Wiersma"), ("", "Bosma"), ("", "Zijlstra"), ("", "Brouwer"), ("", "Veenstra"),
    ("de", "Haan"), ("", "Huisman"), ("", "Boersma"), ("van", "Dam"), ("", "Schuurman"), ("", "Kramer"),
    ("", "Prins"), ("", "Nijboer"), ("", "Oosterhof"), ("", "Kooistra"), ("", "Bouma"), ("", "Yilmaz"),
    ("ter", "Horst"), ("van den", "Berg"), ("", "Hofstede"), ("", "Tuinstra"), ("", "Wijbenga")]
NL_MALE = ["Jan", "Pieter", "Hendrik", "Klaas", "Sjoerd", "Jelle", "Wietse", "Bram", "Daan", "Thijs", "Sander",
           "Ruben", "Martijn", "Johan", "Gerrit", "Harm", "Albert", "Roelof", "Jeroen", "Bas", "Niels", "Tjeerd",
           "Freek", "Marco", "Mohamed", "Erik", "Henk", "Wouter"]
NL_FEMALE = ["Anna", "Sanne", "Lotte", "Femke", "Anouk", "Marieke", "Ingrid", "Janneke", "Wietske", "Sietske",
             "Geertje", "Hilde", "Ilse", "Esther", "Linda", "Mirjam", "Karin", "Eva", "Fleur", "Lisa", "Emma", "Roos",
             "Saskia", "Yvonne", "Baukje", "Tjitske", "Fatma", "Nienke"]

#: Japanese names as "kanji|katakana|romaji"
JA_FAMILY = ["佐藤|サトウ|sato", "鈴木|スズキ|suzuki", "高橋|タカハシ|takahashi", "田中|タナカ|tanaka", "伊藤|イトウ|ito",
             "渡辺|ワタナベ|watanabe", "山本|ヤマモト|yamamoto", "中村|ナカムラ|nakamura", "小林|コバヤシ|kobayashi",
             "加藤|カトウ|kato", "吉田|ヨシダ|yoshida", "山田|ヤマダ|yamada", "佐々木|ササキ|sasaki", "山口|ヤマグチ|yamaguchi",
             "松本|マツモト|matsumoto", "井上|イノウエ|inoue", "木村|キムラ|kimura", "林|ハヤシ|hayashi", "斎藤|サイトウ|saito",
             "清水|シミズ|shimizu", "工藤|クドウ|kudo", "菊地|キクチ|kikuchi", "阿部|アベ|abe", "成田|ナリタ|narita",
             "村上|ムラカミ|murakami", "藤田|フジタ|fujita", "石川|イシカワ|ishikawa", "小野寺|オノデラ|onodera",
             "千葉|チバ|chiba", "三浦|ミウラ|miura", "大野|オオノ|ono", "高田|タカダ|takada", "今井|イマイ|imai",
             "桜井|サクライ|sakurai", "畠山|ハタケヤマ|hatakeyama", "及川|オイカワ|oikawa"]
JA_MALE = ["翔太|ショウタ|shota", "大輔|ダイスケ|daisuke", "健太|ケンタ|kenta", "拓也|タクヤ|takuya", "直樹|ナオキ|naoki",
           "和也|カズヤ|kazuya", "達也|タツヤ|tatsuya", "誠|マコト|makoto", "浩二|コウジ|koji", "隆|タカシ|takashi",
           "悠斗|ユウト|yuto", "蓮|レン|ren", "大翔|ヒロト|hiroto", "颯太|ソウタ|sota", "陽介|ヨウスケ|yosuke", "亮|リョウ|ryo",
           "聡|サトシ|satoshi", "智也|トモヤ|tomoya", "優一|ユウイチ|yuichi", "正人|マサト|masato", "雄大|ユウダイ|yudai",
           "修|オサム|osamu", "俊介|シュンスケ|shunsuke", "光太郎|コウタロウ|kotaro"]
JA_FEMALE = ["美咲|ミサキ|misaki", "陽子|ヨウコ|yoko", "恵子|ケイコ|keiko", "由美|ユミ|yumi", "真由美|マユミ|mayumi",
             "愛|アイ|ai", "彩|アヤ|aya", "舞|マイ|mai", "千尋|チヒロ|chihiro", "奈々|ナナ|nana", "結衣|ユイ|yui",
             "陽菜|ヒナ|hina", "葵|アオイ|aoi", "さくら|サクラ|sakura", "美穂|ミホ|miho", "香織|カオリ|kaori",
             "智子|トモコ|tomoko", "裕子|ユウコ|yuko", "明美|アケミ|akemi", "久美子|クミコ|kumiko", "沙織|サオリ|saori",
             "麻美|アサミ|asami", "綾乃|アヤノ|ayano", "早紀|サキ|saki"]

#: Korean names as "hangul|romanization"
KO_FAMILY = ["김|kim", "이|lee", "박|park", "최|choi", "정|jung", "강|kang", "조|cho", "윤|yoon", "장|jang", "임|lim",
             "한|han", "오|oh", "서|seo", "신|shin", "권|kwon", "황|hwang", "안|ahn", "송|song", "류|ryu", "홍|hong",
             "전|jeon", "고|ko", "문|moon", "양|yang", "손|son", "배|bae", "백|baek", "허|heo", "남|nam", "노|noh"]
KO_MALE = ["민준|minjun", "서준|seojun", "도윤|doyun", "예준|yejun", "시우|siwoo", "주원|juwon", "하준|hajun",
           "지호|jiho", "준서|junseo", "현우|hyunwoo", "성민|sungmin", "영호|youngho", "동현|donghyun", "상철|sangcheol",
           "정훈|junghoon", "재원|jaewon", "승현|seunghyun", "태현|taehyun", "민수|minsu", "광수|kwangsu", "진우|jinwoo",
           "병철|byungcheol", "종민|jongmin", "우진|woojin"]
KO_FEMALE = ["서연|seoyeon", "서윤|seoyun", "지우|jiwoo", "하은|haeun", "민서|minseo", "지민|jimin", "수빈|subin",
             "예린|yerin", "은지|eunji", "지영|jiyoung", "미경|mikyung", "혜진|hyejin", "수진|sujin", "영희|younghee",
             "정숙|jungsook", "민지|minji", "유진|yujin", "소연|soyeon", "다은|daeun", "경희|kyunghee", "선영|sunyoung",
             "은영|eunyoung", "미숙|misook", "현정|hyunjung"]

#: Greek family names as (male, female)
EL_FAMILY: list[tuple[str, str]] = [
    ("Παπαδόπουλος", "Παπαδοπούλου"), ("Παπαγεωργίου", "Παπαγεωργίου"), ("Οικονόμου", "Οικονόμου"),
    ("Γεωργίου", "Γεωργίου"), ("Νικολάου", "Νικολάου"), ("Βασιλείου", "Βασιλείου"), ("Κωνσταντίνου", "Κωνσταντίνου"),
    ("Ιωάννου", "Ιωάννου"), ("Παπανικολάου", "Παπανικολάου"), ("Δημητρίου", "Δημητρίου"), ("Μακρής", "Μακρή"),
    ("Αντωνίου", "Αντωνίου"), ("Καραγιάννης", "Καραγιάννη"), ("Παππάς", "Παππά"), ("Αλεξίου", "Αλεξίου"),
    ("Μαυρίδης", "Μαυρίδου"), ("Ζαχαρίου", "Ζαχαρίου"), ("Θεοδωρίδης", "Θεοδωρίδου"), ("Κυριακίδης", "Κυριακίδου"),
    ("Σταματόπουλος", "Σταματοπούλου"), ("Χατζηδάκης", "Χατζηδάκη"), ("Λαμπρόπουλος", "Λαμπροπούλου"),
    ("Πετρόπουλος", "Πετροπούλου"), ("Αθανασίου", "Αθανασίου"), ("Μιχαηλίδης", "Μιχαηλίδου"),
    ("Δασκαλάκης", "Δασκαλάκη"), ("Βλάχος", "Βλάχου"), ("Σπυρόπουλος", "Σπυροπούλου"), ("Μεταξάς", "Μεταξά"),
    ("Θεοτόκης", "Θεοτόκη"), ("Βουλγαράκης", "Βουλγαράκη"), ("Ρηγάτος", "Ρηγάτου"), ("Σκαρπέλος", "Σκαρπέλου"),
    ("Καποδίστριας", "Καποδίστρια")]
EL_MALE = ["Γεώργιος", "Ιωάννης", "Κωνσταντίνος", "Δημήτριος", "Νικόλαος", "Παναγιώτης", "Βασίλειος", "Χρήστος",
           "Αθανάσιος", "Μιχαήλ", "Ευάγγελος", "Σπυρίδων", "Αντώνιος", "Ανδρέας", "Ηλίας", "Στέφανος", "Εμμανουήλ",
           "Θεόδωρος", "Αλέξανδρος", "Σταύρος", "Γρηγόριος", "Πέτρος", "Διονύσιος", "Γεράσιμος"]
EL_FEMALE = ["Μαρία", "Ελένη", "Αικατερίνη", "Βασιλική", "Σοφία", "Αγγελική", "Γεωργία", "Δήμητρα", "Κωνσταντίνα",
             "Παρασκευή", "Ευαγγελία", "Χριστίνα", "Ιωάννα", "Αναστασία", "Ειρήνη", "Δέσποινα", "Θεοδώρα",
             "Αθανασία", "Φωτεινή", "Σταυρούλα", "Νικολέτα", "Αλεξάνδρα", "Σπυριδούλα", "Ευανθία"]

#: Ukrainian fathers' names -> (patronymic of a son, of a daughter)
UA_PATRONYMIC: dict[str, tuple[str, str]] = {
    "Олександр": ("Олександрович", "Олександрівна"), "Андрій": ("Андрійович", "Андріївна"),
    "Сергій": ("Сергійович", "Сергіївна"), "Володимир": ("Володимирович", "Володимирівна"),
    "Дмитро": ("Дмитрович", "Дмитрівна"), "Іван": ("Іванович", "Іванівна"), "Михайло": ("Михайлович", "Михайлівна"),
    "Юрій": ("Юрійович", "Юріївна"), "Тарас": ("Тарасович", "Тарасівна"), "Богдан": ("Богданович", "Богданівна"),
    "Василь": ("Васильович", "Василівна"), "Петро": ("Петрович", "Петрівна"), "Остап": ("Остапович", "Остапівна"),
    "Роман": ("Романович", "Романівна"), "Ярослав": ("Ярославович", "Ярославівна"),
    "Микола": ("Миколайович", "Миколаївна"), "Степан": ("Степанович", "Степанівна"),
    "Орест": ("Орестович", "Орестівна"), "Назар": ("Назарович", "Назарівна"), "Максим": ("Максимович", "Максимівна"),
    "Віктор": ("Вікторович", "Вікторівна"), "Ігор": ("Ігорович", "Ігорівна")}
UA_MALE = list(UA_PATRONYMIC)
UA_FEMALE = ["Олена", "Оксана", "Наталія", "Ірина", "Тетяна", "Марія", "Галина", "Світлана", "Юлія", "Ольга",
             "Софія", "Христина", "Анна", "Людмила", "Леся", "Надія", "Уляна", "Зоряна", "Мар'яна", "Любов",
             "Вікторія", "Катерина"]
#: Ukrainian family names as (male, female)
UA_FAMILY: list[tuple[str, str]] = [
    (x, x) for x in ("Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравченко", "Мельник", "Шевчук", "Бойко",
                     "Коваль", "Гнатюк", "Савчук", "Стасюк", "Романюк", "Дмитрук", "Федорів", "Іванів", "Петрів",
                     "Гнатишин", "Гриців", "Кузьмич", "Паньків", "Остапчук", "Зінчук", "Мороз", "Лисенко", "Костів",
                     "Дячук", "Возняк", "Слободян", "Мацюк", "Яремчук")
] + [("Левицький", "Левицька"), ("Заячківський", "Заячківська"), ("Головацький", "Головацька"),
     ("Кульчицький", "Кульчицька")]

#: Hebrew names as "hebrew|latin"
HE_MALE = ["יוסי|yossi", "דוד|david", "משה|moshe", "אברהם|avraham", "יעקב|yaakov", "אבי|avi", "רון|ron", "עומר|omer",
           "איתי|itay", "נועם|noam", "אורי|uri", "יונתן|yonatan", "דניאל|daniel", "אליהו|eliyahu", "שלמה|shlomo",
           "חיים|haim", "מיכאל|michael", "עמית|amit", "גיא|guy", "אלון|alon", "אמיר|amir", "מוחמד|mohammad",
           "אחמד|ahmad", "סמיר|samir", "ולדימיר|vladimir", "אלכסנדר|alexander"]
HE_FEMALE = ["מיכל|michal", "נועה|noa", "שירה|shira", "תמר|tamar", "רחל|rachel", "שרה|sara", "מאיה|maya", "יעל|yael",
             "רונית|ronit", "אורית|orit", "לימור|limor", "הילה|hila", "עדי|adi", "אסתר|ester", "רבקה|rivka",
             "אביגיל|avigail", "טל|tal", "דנה|dana", "ענבל|inbal", "סיגל|sigal", "פאטמה|fatma", "רים|rim",
             "יוליה|yulia", "אולגה|olga", "מרים|miriam"]
HE_FAMILY = ["כהן|cohen", "לוי|levi", "מזרחי|mizrahi", "פרץ|peretz", "ביטון|biton", "דהן|dahan", "אברהם|avraham",
             "פרידמן|friedman", "אזולאי|azulay", "מלכה|malka", "חדד|hadad", "גבאי|gabay", "שפירא|shapira",
             "אוחיון|ohayon", "קרמר|kramer", "רוזנברג|rosenberg", "בן דוד|ben-david", "אשכנזי|ashkenazi",
             "יוסף|yosef", "עמר|amar", "חורי|khoury", "עבאס|abbas", "נסאר|nassar", "קוזלוב|kozlov", "איבנוב|ivanov",
             "גולדשטיין|goldstein", "שגיא|sagi", "וקנין|vaknin", "סויסה|suissa", "חביב|habib"]


def person(g: Gen, country: str, female: bool | None = None) -> tuple[str, str]:
    """(given name, family name) of ``country`` (a key of :data:`NAMES`; Polish family names take their feminine
    form for women)."""
    female = g.rnd.random() < 0.5 if female is None else female
    males, females, lasts = NAMES[country]
    last = g.rnd.choice(lasts)
    if female and country == "pl":
        for end, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if last.endswith(end):
                last = last[: -len(end)] + fem
                break
    return g.rnd.choice(females if female else males), last


def whole(g: Gen, country: str) -> str:
    a, b = person(g, country)
    return f"{a} {b}"


def given(g: Gen, country: str) -> str:
    return person(g, country)[0]


def family(g: Gen, country: str) -> str:
    return person(g, country)[1]


def nl_person(g: Gen, female: bool | None = None) -> tuple[str, str, str]:
    """(roepnaam, tussenvoegsel, achternaam)"""
    female = g.rnd.random() < 0.5 if female is None else female
    tv, last = g.rnd.choice(NL_FAMILY)
    return g.rnd.choice(NL_FEMALE if female else NL_MALE), tv, last


def ja_person(g: Gen, female: bool | None = None) -> tuple[list[str], list[str]]:
    """([kanji, kana, romaji] of the family name, the same of the given name)"""
    female = g.rnd.random() < 0.5 if female is None else female
    return g.rnd.choice(JA_FAMILY).split("|"), g.rnd.choice(JA_FEMALE if female else JA_MALE).split("|")


def ko_person(g: Gen, female: bool | None = None) -> tuple[str, str]:
    """(Hangul full name, romanized local part)"""
    female = g.rnd.random() < 0.5 if female is None else female
    fam, fr = g.rnd.choice(KO_FAMILY).split("|")
    giv, gr = g.rnd.choice(KO_FEMALE if female else KO_MALE).split("|")
    return fam + giv, f"{gr}.{fr}"


def el_person(g: Gen, female: bool) -> tuple[str, str]:
    """(given name, family name), feminine family form for women."""
    male_f, fem_f = g.rnd.choice(EL_FAMILY)
    return g.rnd.choice(EL_FEMALE if female else EL_MALE), fem_f if female else male_f


def ua_person(g: Gen, female: bool) -> tuple[str, str, str]:
    """(given name, patronymic, family name)"""
    father = g.rnd.choice(UA_MALE)
    male_f, fem_f = g.rnd.choice(UA_FAMILY)
    return (g.rnd.choice(UA_FEMALE if female else UA_MALE), UA_PATRONYMIC[father][1 if female else 0],
            fem_f if female else male_f)


def he_person(g: Gen, female: bool | None = None) -> tuple[list[str], list[str]]:
    """([hebrew, latin] given name, [hebrew, latin] family name)"""
    female = g.rnd.random() < 0.5 if female is None else female
    return g.rnd.choice(HE_FEMALE if female else HE_MALE).split("|"), g.rnd.choice(HE_FAMILY).split("|")


_EL_LATIN = {"ου": "ou", "αι": "ai", "ει": "ei", "οι": "oi", "ευ": "ev", "αυ": "av", "θ": "th", "χ": "ch", "ψ": "ps",
             "ξ": "x", "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z",
             "η": "i", "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
             "ς": "s", "τ": "t", "υ": "y", "φ": "f", "ω": "o"}
_UA_LATIN = {"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
             "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
             "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
             "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": ""}


def latin(text: str) -> str:
    """A Greek or Ukrainian name written in Latin letters (for e-mail local parts)."""
    text = fold(text)
    out = text
    for src, dst in sorted(_EL_LATIN.items(), key=lambda kv: -len(kv[0])):
        out = out.replace(src, dst)
    return "".join(_UA_LATIN.get(ch, ch) for ch in out)


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "x", plain(last) or "y"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(60, 99)}", f"{b}{a[:2]}", f"{a}.{b}{g.rnd.randint(1, 9)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first) or "x", plain(last) or "y"
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a[0]}{b[:5]}{style}"][style % 5]


DOMAINS = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "att.net", "sbcglobal.net"],
    "gb": ["gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com", "yahoo.co.uk", "sky.com", "icloud.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com", "hotmail.com", "optusnet.com.au", "icloud.com"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com", "hotmail.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "outlook.de", "posteo.de", "freenet.de"],
    "fr": ["orange.fr", "gmail.com", "free.fr", "sfr.fr", "laposte.net", "hotmail.fr", "wanadoo.fr"],
    "es": ["gmail.com", "hotmail.com", "yahoo.es", "telefonica.net", "outlook.es", "icloud.com"],
    "nl": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.com", "live.nl", "outlook.com", "home.nl"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com", "op.pl"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp", "icloud.com"],
    "ko": ["naver.com", "daum.net", "gmail.com", "hanmail.net", "kakao.com", "nate.com"],
    "el": ["gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr", "windowslive.com"],
    "ua": ["gmail.com", "ukr.net", "i.ua", "meta.ua", "outlook.com"],
    "he": ["gmail.com", "walla.co.il", "012.net.il", "bezeqint.net", "hotmail.com", "netvision.net.il"],
}


# -- places (written for v46) ------------------------------------------------------------------------------------------

#: Texas: (city, ZIP lead)
US_CITIES = [("Houston", "770"), ("Houston", "772"), ("Austin", "787"), ("San Antonio", "782"), ("Dallas", "752"),
             ("Fort Worth", "761"), ("El Paso", "799"), ("Plano", "750"), ("Arlington", "760"), ("Lubbock", "794"),
             ("Round Rock", "786"), ("Corpus Christi", "784"), ("Katy", "774"), ("Sugar Land", "774"),
             ("Pearland", "775"), ("McKinney", "750"), ("Denton", "762"), ("Waco", "767"), ("College Station", "778"),
             ("Killeen", "765")]
US_STREETS = ["Westheimer Rd", "Bissonnet St", "Bellaire Blvd", "Kirby Dr", "Montrose Blvd", "Guadalupe St",
              "S Lamar Blvd", "E Riverside Dr", "Burnet Rd", "Broadway St", "Fredericksburg Rd", "Mockingbird Ln",
              "Greenville Ave", "Lemmon Ave", "Camp Bowie Blvd", "Magnolia Ave", "Mesa St", "Slide Rd", "Ocean Dr",
              "Spring Cypress Rd", "FM 1960 Rd W", "Old Katy Rd", "Bluebonnet Ln", "Live Oak St", "Pecan Valley Dr",
              "Cedar Elm Ln", "Mesquite Trl", "W Alabama St", "Airline Dr", "Bandera Rd"]

#: England and Wales: (town, postcode area, districts)
GB_TOWNS = [("Leeds", "LS", list(range(1, 30))), ("Sheffield", "S", list(range(1, 37))),
            ("Bristol", "BS", list(range(1, 17))), ("Cardiff", "CF", [3, 5, 10, 11, 14, 23, 24]),
            ("Nottingham", "NG", list(range(1, 12))), ("Leicester", "LE", [1, 2, 3, 4, 5]),
            ("Norwich", "NR", list(range(1, 8))), ("Exeter", "EX", [1, 2, 4]),
            ("Newcastle upon Tyne", "NE", list(range(1, 8))), ("York", "YO", [10, 23, 24, 26, 30, 31]),
            ("Brighton", "BN", [1, 2]), ("Derby", "DE", [1, 3, 21, 22, 23, 24]), ("Stoke-on-Trent", "ST", [1, 3, 4, 6]),
            ("Hull", "HU", list(range(1, 10)))]
GB_STREETS = ["Otley Road", "Harehills Lane", "Chapeltown Road", "Ecclesall Road", "Abbeydale Road", "Gloucester Road",
              "Cowbridge Road East", "Mansfield Road", "Narborough Road", "Unthank Road", "Heavitree Road",
              "Chillingham Road", "Hull Road", "Ditchling Road", "Kedleston Road", "Beverley Road", "Victoria Street",
              "Station Road", "Church Lane", "Mill Lane", "Park Avenue", "The Crescent", "Meadow Close", "Orchard Way",
              "Queens Road", "Albert Terrace", "Grange Avenue", "Springfield Mount"]
_GB_UNIT = "ABDEFGHJLNPQRSTUWXYZ"

#: New South Wales: (suburb, postcode)
AU_SUBURBS = [("Parramatta", "2150"), ("Chatswood", "2067"), ("Bondi", "2026"), ("Newtown", "2042"),
              ("Manly", "2095"), ("Hurstville", "2220"), ("Liverpool", "2170"), ("Penrith", "2750"),
              ("Cronulla", "2230"), ("Epping", "2121"), ("Ryde", "2112"), ("Newcastle", "2300"),
              ("Wollongong", "2500"), ("Dee Why", "2099"), ("Marrickville", "2204"), ("Burwood", "2134"),
              ("Castle Hill", "2154"), ("Kogarah", "2217"), ("Randwick", "2031"), ("Gosford", "2250")]
AU_STREETS = ["Church Street", "Victoria Road", "George Street", "Pacific Highway", "Parramatta Road",
              "Military Road", "Oxford Street", "King Street", "Pittwater Road", "Forest Road", "Anzac Parade",
              "Beach Road", "Crown Street", "Marsden Street", "Macquarie Street", "Hunter Street", "Belmore Road",
              "Burwood Road", "Old Northern Road", "Railway Parade"]

#: Karnataka: (city, PIN lead)
IN_CITIES = [("BENGALURU", "560"), ("BENGALURU", "560"), ("BENGALURU", "560"), ("MYSURU", "570"),
             ("TUMAKURU", "572"), ("MANDYA", "571"), ("HASSAN", "573"), ("RAMANAGARA", "562"), ("KOLAR", "563"),
             ("DAVANAGERE", "577"), ("SHIVAMOGGA", "577"), ("CHITRADURGA", "577"), ("CHIKKABALLAPURA", "562")]
IN_LOCALITIES = ["JAYANAGAR 4TH BLOCK", "BASAVANAGUDI", "RAJAJINAGAR 2ND STAGE", "MALLESHWARAM", "VIJAYANAGAR",
                 "BANASHANKARI 3RD STAGE", "JP NAGAR 6TH PHASE", "KENGERI SATELLITE TOWN", "YELAHANKA NEW TOWN",
                 "HEBBAL", "KR PURAM", "KUVEMPUNAGAR", "SARASWATHIPURAM", "VIDYARANYAPURAM", "HOOTAGALLI",
                 "NAGARBHAVI", "RT NAGAR", "HSR LAYOUT SECTOR 2", "SADASHIVANAGAR", "VINOBANAGAR"]

#: Ostwestfalen-Lippe and the towns people move to: (Ort, real PLZ)
DE_HOME = [("Bielefeld", ["33602", "33604", "33607", "33609", "33611", "33613", "33615", "33617", "33647", "33659",
                          "33689", "33739"]),
           ("Gütersloh", ["33330", "33332", "33334", "33335"]), ("Paderborn", ["33098", "33100", "33102", "33104"]),
           ("Herford", ["32049", "32051", "32052"]), ("Detmold", ["32756", "32758", "32760"]),
           ("Minden", ["32423", "32425", "32427", "32429"]), ("Bad Salzuflen", ["32105", "32107", "32108"]),
           ("Lemgo", ["32657"]), ("Bünde", ["32257"]), ("Löhne", ["32584"])]
DE_AWAY = [("Hamburg", ["20095", "20259", "22041", "22309", "22767"]), ("Berlin", ["10115", "10245", "10437", "12049",
                                                                                  "13353"]),
           ("Köln", ["50667", "50733", "50937", "51063"]), ("Leipzig", ["04103", "04109", "04275", "04317"]),
           ("Münster", ["48143", "48145", "48149", "48153"]), ("Hannover", ["30159", "30161", "30169", "30451"]),
           ("Dortmund", ["44135", "44137", "44139", "44225"]), ("Osnabrück", ["49074", "49076", "49080"])]
DE_STREETS = ["Jöllenbecker Straße", "Herforder Straße", "Detmolder Straße", "Stapenhorststraße", "Bahnhofstraße",
              "Hauptstraße", "Kirchweg", "Am Sparrenberg", "Lortzingstraße", "Schillerstraße", "Goethestraße",
              "Lindenweg", "Brackweder Straße", "Heeper Straße", "Mindener Straße", "Paderborner Straße",
              "Gartenstraße", "Eichendorffweg", "Am Markt", "Kreuzstraße", "Wittekindstraße", "Ravensberger Straße",
              "Auf dem Esch", "Zum Lutterteich"]

#: Gironde and the towns buyers come from: (ville, CP)
FR_TOWNS = [("Bordeaux", "33000"), ("Bordeaux", "33100"), ("Bordeaux", "33200"), ("Bordeaux", "33300"),
            ("Bordeaux", "33800"), ("Mérignac", "33700"), ("Pessac", "33600"), ("Talence", "33400"),
            ("Bègles", "33130"), ("Villenave-d'Ornon", "33140"), ("Le Bouscat", "33110"), ("Gradignan", "33170"),
            ("Lormont", "33310"), ("Cenon", "33150"), ("Arcachon", "33120"), ("Libourne", "33500"),
            ("Blanquefort", "33290"), ("Eysines", "33320"), ("Saint-Médard-en-Jalles", "33160")]
FR_AWAY = [("Paris", "75011"), ("Paris", "75015"), ("Paris", "75018"), ("Toulouse", "31000"), ("Toulouse", "31400"),
           ("Nantes", "44000"), ("Lyon", "69003"), ("Lyon", "69007"), ("Pau", "64000"), ("Angoulême", "16000")]
FR_STREETS = ["rue Sainte-Catherine", "cours de la Marne", "rue Notre-Dame", "avenue Thiers", "cours Victor Hugo",
              "rue du Palais Gallien", "quai des Chartrons", "rue Judaïque", "avenue de la Libération",
              "rue Camille Godard", "allée de Tourny", "rue Fondaudège", "boulevard du Président Wilson",
              "avenue Jean Jaurès", "chemin de Léognan", "rue des Pins", "impasse des Acacias",
              "rue de la République", "avenue du Médoc", "rue du Tondu"]

#: the Valencian Community and Murcia: (municipio, provincia, CP)
ES_TOWNS = [("Valencia", "Valencia", ["46001", "46004", "46005", "46008", "46010", "46015", "46019", "46022"]),
            ("Alicante/Alacant", "Alicante", ["03001", "03003", "03005", "03008", "03010", "03015"]),
            ("Elche/Elx", "Alicante", ["03201", "03202", "03203", "03205"]),
            ("Castellón de la Plana", "Castellón", ["12001", "12003", "12005", "12006"]),
            ("Gandia", "Valencia", ["46700", "46701", "46702"]), ("Torrent", "Valencia", ["46900"]),
            ("Sagunto", "Valencia", ["46500"]), ("Benidorm", "Alicante", ["03501", "03502", "03503"]),
            ("Torrevieja", "Alicante", ["03181", "03182", "03184"]), ("Orihuela", "Alicante", ["03300"]),
            ("Murcia", "Murcia", ["30001", "30003", "30005", "30007", "30008", "30010", "30012"]),
            ("Cartagena", "Murcia", ["30201", "30202", "30203", "30205"]), ("Lorca", "Murcia", ["30800"]),
            ("Molina de Segura", "Murcia", ["30500"])]
ES_STREETS = ["Calle de Colón", "Avenida del Puerto", "Calle de San Vicente Mártir", "Gran Vía Marqués del Turia",
              "Avenida de Blasco Ibáñez", "Calle Mayor", "Avenida de Alfonso X el Sabio", "Calle Trapería",
              "Avenida Maisonnave", "Calle Pintor Sorolla", "Carrer de Cuba", "Calle Reina Victoria",
              "Avenida Jaime I", "Calle de la Paz", "Plaza de España", "Calle Real", "Camino de Vera",
              "Avenida de la Constitución", "Calle Canalejas", "Ronda de Garay"]

#: Groningen, Friesland and Drenthe: (woonplaats, postcode numbers)
NL_TOWNS = [("Groningen", (9711, 9747)), ("Leeuwarden", (8911, 8939)), ("Assen", (9401, 9408)),
            ("Emmen", (7811, 7826)), ("Drachten", (9200, 9206)), ("Sneek", (8601, 8608)),
            ("Hoogeveen", (7901, 7908)), ("Heerenveen", (8441, 8448)), ("Veendam", (9641, 9648)),
            ("Hoogezand", (9601, 9603)), ("Delfzijl", (9930, 9939)), ("Franeker", (8801, 8802)),
            ("Stadskanaal", (9501, 9503)), ("Winschoten", (9671, 9675)), ("Haren", (9751, 9752))]
NL_STREETS = ["Oosterstraat", "Herestraat", "Zuiderdiep", "Kerkstraat", "Schoolstraat", "Dorpsstraat", "Molenweg",
              "Stationsweg", "Hoofdstraat", "Beukenlaan", "Eikenlaan", "Julianastraat", "Wilhelminalaan", "Nieuweweg",
              "Noorderhaven", "Voorstreek", "Tuinstraat", "Oude Ebbingestraat", "Wijnhornsterstraat", "Badweg",
              "Vaart Noordzijde", "Kanaalstraat"]

#: Polish towns: (miejscowość, postal-code leads)
PL_TOWNS = [("Kraków", ["30", "31"]), ("Łódź", ["90", "91", "92", "93", "94"]), ("Warszawa", ["00", "01", "02", "03"]),
            ("Wrocław", ["50", "51", "52", "53", "54"]), ("Katowice", ["40"]), ("Tarnów", ["33"]),
            ("Rzeszów", ["35"]), ("Lublin", ["20"]), ("Kielce", ["25"]), ("Częstochowa", ["42"]),
            ("Nowy Sącz", ["33"]), ("Bielsko-Biała", ["43"])]

#: Sapporo: (ward, postal-code lead, street pattern direction)
JA_WARDS = [("札幌市中央区", "060", "南{a}条西{b}丁目"), ("札幌市中央区", "064", "南{a}条西{b}丁目"),
            ("札幌市北区", "001", "北{a}条西{b}丁目"), ("札幌市東区", "065", "北{a}条東{b}丁目"),
            ("札幌市白石区", "003", "本通{b}丁目南"), ("札幌市豊平区", "062", "平岸{a}条{b}丁目"),
            ("札幌市西区", "063", "琴似{a}条{b}丁目"), ("札幌市厚別区", "004", "厚別中央{a}条{b}丁目"),
            ("札幌市手稲区", "006", "手稲本町{a}条{b}丁目"), ("札幌市南区", "005", "澄川{a}条{b}丁目")]
#: buildings managed, and the ward each stands in
JA_BUILDINGS = ["サンハイツ北12条", "グランメール円山", "メゾン菊水", "ラフィネ白石", "コーポ平岸", "パークヒルズ豊平",
                "シャトー月寒", "エスポワール琴似", "ルミエール麻生", "ドミール厚別", "アーバンコート澄川", "ハイツ手稲"]
JA_BUILDING_WARD = {"サンハイツ北12条": "札幌市北区", "グランメール円山": "札幌市中央区", "メゾン菊水": "札幌市白石区",
                    "ラフィネ白石": "札幌市白石区", "コーポ平岸": "札幌市豊平区", "パークヒルズ豊平": "札幌市豊平区",
                    "シャトー月寒": "札幌市豊平区", "エスポワール琴似": "札幌市西区", "ルミエール麻生": "札幌市北区",
                    "ドミール厚別": "札幌市厚別区", "アーバンコート澄川": "札幌市南区", "ハイツ手稲": "札幌市手稲区"}

#: Greece: (πόλη, ΤΚ)
EL_TOWNS = [("Αθήνα", ["105 63", "106 82", "112 57", "114 72", "115 27", "117 41"]),
            ("Θεσσαλονίκη", ["546 22", "546 35", "546 40", "552 36"]), ("Πάτρα", ["262 21", "262 23"]),
            ("Ηράκλειο", ["712 01", "712 02"]), ("Λάρισα", ["412 21", "412 22"]), ("Βόλος", ["382 21"]),
            ("Ιωάννινα", ["453 32"]), ("Χανιά", ["731 31"]), ("Κέρκυρα", ["491 00", "491 31", "491 32"]),
            ("Πειραιάς", ["185 35", "185 38"]), ("Καλαμάτα", ["241 00"])]
EL_STREETS = ["Ερμού", "Πατησίων", "Σόλωνος", "Ακαδημίας", "Εγνατίας", "Τσιμισκή", "Κορίνθου", "Μαιζώνος",
              "Αγίου Νικολάου", "Ελευθερίου Βενιζέλου", "Καποδιστρίου", "Νικηφόρου Θεοτόκη", "Αλεξάνδρας",
              "Κηφισίας", "Μεσογείων", "25ης Μαρτίου", "Παπαναστασίου", "Γεωργίου Θεοτόκη"]

#: Haifa and the Krayot: (עיר, מיקוד lead)
HE_TOWNS = [("חיפה", "33"), ("חיפה", "34"), ("חיפה", "35"), ("קריית ביאליק", "27"), ("קריית מוצקין", "26"),
            ("קריית אתא", "28"), ("נשר", "36"), ("טירת כרמל", "39"), ("קריית ים", "29")]
HE_STREETS = ["הרצל", "שדרות הנשיא", "דרך העצמאות", "מוריה", "חורב", "אבא חושי", "שדרות בן גוריון", "ויצמן",
              "הגפן", "הזית", "הנביאים", "ז'בוטינסקי", "אחד העם", "ההסתדרות", "יפה נוף", "דרך עכו", "גושן",
              "סוקולוב"]


def us_street(g: Gen) -> str:
    n = g.rnd.randint(100, 19999)
    s = g.rnd.choice(US_STREETS)
    return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"{n} {s} Apt {g.rnd.randint(100, 3400)}",
                         f"{n} {s} # {g.rnd.randint(1, 40)}{g.rnd.choice('ABCD')}"])


def us_zip(g: Gen, lead: str) -> str:
    return lead + g.digits(2)


def gb_postcode(g: Gen, area: str, districts: list[int]) -> str:
    return f"{area}{g.rnd.choice(districts)} {g.rnd.randint(1, 9)}{g.rnd.choice(_GB_UNIT)}{g.rnd.choice(_GB_UNIT)}"


def gb_street(g: Gen) -> str:
    return f"{g.rnd.randint(1, 240)} {g.rnd.choice(GB_STREETS)}"


def au_street(g: Gen, unit: bool | None = None) -> str:
    unit = g.rnd.random() < 0.5 if unit is None else unit
    n, s = g.rnd.randint(1, 320), g.rnd.choice(AU_STREETS)
    return f"{g.rnd.randint(1, 60)}/{n} {s}" if unit else f"{n} {s}"


def in_addr(g: Gen) -> tuple[str, str]:
    """(ADDR1, ADDR2): house number, cross and main; locality."""
    def nth(k: int) -> str:
        return f"{k}{'TH' if 10 <= k % 100 <= 20 else {1: 'ST', 2: 'ND', 3: 'RD'}.get(k % 10, 'TH')}"

    line = g.rnd.choice([(f"#{g.rnd.randint(1, 999)}, {nth(g.rnd.randint(1, 18))} CROSS, "
                         f"{nth(g.rnd.randint(1, 12))} MAIN"),
                         f"NO {g.rnd.randint(1, 400)}/{g.rnd.randint(1, 9)}, {nth(g.rnd.randint(1, 9))} CROSS",
                         (f"#{g.rnd.randint(1, 120)}, {g.rnd.choice(['SRI RAMA', 'LAKSHMI', 'GANESHA', 'SAI'])} "
                         f"NILAYA, {nth(g.rnd.randint(1, 15))} MAIN ROAD")])
    return line, g.rnd.choice(IN_LOCALITIES)


def de_street(g: Gen) -> str:
    s = g.rnd.choice(DE_STREETS)
    s = s.replace("Straße", "Str.") if g.rnd.random() < 0.25 else s
    return f"{s} {g.rnd.randint(1, 180)}{g.rnd.choice(['', '', '', 'a', 'b'])}" + g.rnd.choice(
        ["", "", "", ", 2. OG links", ", EG rechts", ", Whg. 7"])


def fr_street(g: Gen) -> str:
    return f"{g.rnd.randint(1, 220)}{g.rnd.choice(['', '', '', ' bis', ' ter'])} {g.rnd.choice(FR_STREETS)}" + \
        g.rnd.choice(["", "", "", ", Apt 12", ", Résidence Les Chartrons, Bât. B"])


def es_street(g: Gen) -> str:
    s = g.rnd.choice(ES_STREETS)
    short = s.replace("Calle ", "C/ ").replace("Avenida ", "Avda. ")
    n = g.rnd.randint(1, 180)
    return g.rnd.choice([f"{s}, {n}, {g.rnd.randint(1, 12)}º {g.rnd.choice('ABCDE')}",
                         f"{s} {n}, Esc. {g.rnd.randint(1, 3)}, Pta. {g.rnd.randint(1, 24)}",
                         f"{short} {n} {g.rnd.randint(1, 9)}-{g.rnd.randint(1, 4)}",
                         f"{s}, {n}, bajo"])


def nl_postcode(g: Gen, lo_hi: tuple[int, int]) -> str:
    letters = g.valid(lambda: g.code("AA"), lambda x: x not in ("SA", "SD", "SS"))
    return f"{g.rnd.randint(*lo_hi)} {letters}"


def ja_address(g: Gen, ward: tuple[str, str, str], building: str, room: str) -> str:
    street = ward[2].format(a=g.rnd.randint(1, 24), b=g.rnd.randint(1, 15))
    return f"北海道{ward[0]}{street}{g.rnd.randint(1, 20)}-{g.rnd.randint(1, 30)} {building} {room}号室"


def ja_postcode(g: Gen, lead: str) -> str:
    return f"{lead}-{g.digits(4)}"


def el_street(g: Gen) -> str:
    return f"{g.rnd.choice(EL_STREETS)} {g.rnd.randint(1, 160)}"


def he_street(g: Gen) -> tuple[str, str]:
    return g.rnd.choice(HE_STREETS), f"{g.rnd.randint(1, 120)}{g.rnd.choice(['', '', '', 'א', 'ב'])}"


# -- identifiers with check digits (python-stdnum, or the published algorithm written out) -------------------------


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa, Mastercard, Amex or Discover prefix."""
    prefix, length = g.rnd.choice([("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("37", 15), ("6011", 16)])
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 665):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}"

    number = g.valid(make, _ssn.is_valid)
    return number if dashed else number.replace("-", "")


#: BBAN layouts (9 a digit, A a letter, Z either); python-stdnum checks the result
BBAN = {"DE": "999999999999999999", "ES": "99999999999999999999", "NL": "AAAA9999999999",
        "UA": "999999ZZZZZZZZZZZZZZZZZZZ"}
BANKS = {"NL": ["INGB", "RABO", "ABNA", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"],
         "ES": ["2100", "0049", "0182", "0081", "2038", "3058", "0075", "0128"],
         "UA": ["305299", "322001", "300335", "320649", "325321"]}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, national checks retried, python-stdnum checks it)."""

    def make() -> str:
        bban = g.code(BBAN[country])
        if country in BANKS:
            bank = g.rnd.choice(BANKS[country])
            bban = bank + bban[len(bank):]
        if country == "UA":
            bban = bban[:6] + "00000" + g.digits(14)
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


#: the weights of the MPAN core's check digit (the first twelve digits)
MPAN_PRIMES = (3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43)


def mpan_check(core: str) -> bool:
    """An MPAN core (13 digits): the check digit is the prime-weighted sum of the first twelve, mod 11, mod 10."""
    core = core.replace(" ", "")
    if len(core) != 13 or not core.isdigit():
        return False
    return sum(int(d) * p for d, p in zip(core[:12], MPAN_PRIMES)) % 11 % 10 == int(core[12])


def mpan_core(g: Gen) -> str:
    """An MPAN core: distributor id (10-23), ten digits, check digit."""
    body = f"{g.rnd.randint(10, 23)}{g.digits(10)}"
    number = body + str(sum(int(d) * p for d, p in zip(body, MPAN_PRIMES)) % 11 % 10)
    assert mpan_check(number)
    return number


def malo_check(number: str) -> bool:
    """A German market-location id (MaLo-ID, 11 digits, the first 1-9): odd positions summed, even positions summed
    and doubled, the check digit the difference to the next multiple of ten."""
    if len(number) != 11 or not number.isdigit() or number[0] == "0":
        return False
    odd = sum(int(d) for d in number[0:10:2])
    even = sum(int(d) for d in number[1:10:2]) * 2
    return (10 - (odd + even) % 10) % 10 == int(number[10])


def malo_id(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(9)
    odd = sum(int(d) for d in body[0:10:2])
    even = sum(int(d) for d in body[1:10:2]) * 2
    number = body + str((10 - (odd + even) % 10) % 10)
    assert malo_check(number)
    return number


def imei(g: Gen) -> str:
    """A 15-digit IMEI (a handset's TAC, a serial, Luhn)."""
    body = g.rnd.choice(["35332811", "35875709", "35391110", "86799804", "35209311", "35456211", "35716409",
                         "86462703"]) + g.digits(6)
    return body + luhn.calc_check_digit(body)


def iccid(g: Gen, country: str, issuer: str) -> str:
    """A 19-digit SIM serial (89, the country calling code, the issuer, a serial, Luhn)."""
    body = f"89{country}{issuer}"
    body += g.digits(18 - len(body))
    return body + luhn.calc_check_digit(body)


def aadhaar(g: Gen) -> str:
    def make() -> str:
        body = str(g.rnd.randint(2, 9)) + g.digits(10)
        return body + verhoeff.calc_check_digit(body)

    return g.valid(make, _aadhaar.is_valid)


def pan(g: Gen, surname: str) -> str:
    """An individual's PAN (fourth letter ``P``, fifth the surname's initial; python-stdnum checks the format)."""
    initial = (plain(surname)[:1] or "A").upper()
    return g.valid(lambda: f"{g.code('AAA')}P{initial}{g.rnd.randint(1, 9999):04d}{g.code('A')}", _pan.is_valid)


def es_dni(g: Gen) -> str:
    body = f"{g.rnd.randint(10_000_000, 79_999_999)}"
    return body + _dni.calc_check_digit(body)


def es_nie(g: Gen) -> str:
    body = g.rnd.choice("XYZ") + g.digits(7)
    number = body + _nie.calc_check_digit(body)
    assert _nie.is_valid(number)
    return number


def cups(g: Gen) -> str:
    """An electricity supply point code of the distributors of eastern Spain (python-stdnum's check letters)."""
    body = "ES" + g.rnd.choice(["0021", "0022", "0031", "0390", "0026"]) + g.digits(12)
    number = body + _cups.calc_check_digits(body) + g.rnd.choice(["", "", "0F", "1P"])
    assert _cups.is_valid(number)
    return number


def referencia_catastral(g: Gen) -> str:
    """An urban cadastral reference: 7-digit parcel, 7-character sheet, 4-digit unit, 2 check letters."""
    body = g.digits(7) + g.code("99AAA99") + f"{g.rnd.randint(1, 60):04d}"
    number = body + _refcat.calc_check_digits(body)
    assert _refcat.is_valid(number)
    return number


def pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + {18: 80, 19: 0, 20: 20, 21: 40, 22: 60}[born.year // 100]
    serial = g.digits(3) + str(g.rnd.choice("02468" if female else "13579"))
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial}"
    number = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(number)
    return number


#: the weights of the Polish identity card number (three letters, then the check digit, then five digits)
PL_ID_WEIGHTS = (7, 3, 1, 9, 7, 3, 1, 7, 3)


def pl_id_card_check(number: str) -> bool:
    number = number.replace(" ", "").upper()
    if len(number) != 9 or not number[:3].isalpha() or not number[3:].isdigit():
        return False
    values = [ord(ch) - 55 for ch in number[:3]] + [int(d) for d in number[3:]]
    return sum(v * w for v, w in zip(values, PL_ID_WEIGHTS)) % 10 == 0


def pl_id_card(g: Gen) -> str:
    letters = g.rnd.choice(["A", "C", "D", "Z"]) + g.code("AA")
    rest = g.digits(5)
    values = [ord(ch) - 55 for ch in letters] + [0] + [int(d) for d in rest]
    check = sum(v * w for v, w in zip(values, PL_ID_WEIGHTS)) % 10
    number = f"{letters}{check}{rest}"
    assert pl_id_card_check(number)
    return number


def gr_afm(g: Gen) -> str:
    body = g.rnd.choice(["0", "0", "1"]) + g.digits(7)
    number = body + _afm.calc_check_digit(body)
    assert _afm.is_valid(number)
    return number


def rntrc(g: Gen, born: date, female: bool) -> str:
    """A Ukrainian RNTRC: days since 31 December 1899, a serial whose last digit is odd for men, the check digit."""
    days = (born - date(1899, 12, 31)).days
    body = f"{days:05d}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
    number = body + _rntrc.calc_check_digit(body)
    assert _rntrc.is_valid(number)
    return number


def il_id(g: Gen) -> str:
    body = str(g.rnd.randint(0, 3)) + g.digits(7)
    number = body + luhn.calc_check_digit(body)
    assert _ilid.is_valid(number)
    return number


def token(g: Gen, n: int = 12) -> str:
    return g.digits(n, string.ascii_letters + string.digits)
