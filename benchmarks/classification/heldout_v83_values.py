"""Values of held-out set v83 (:mod:`benchmarks.classification.heldout_v83`): v83's random source, names, streets,
towns and postal codes written by hand for v83 (no Faker, no list of real people), phones drawn from several leading
digits per region and checked with phonenumbers, and identifiers with check digits computed here and checked with
python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module; the phone maker, the lists and the identifier
builders are new.
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
from stdnum import luhn, verhoeff
from stdnum.at import uid as _at_uid
from stdnum.at import vnr as _at_vnr
from stdnum.au import abn as _abn
from stdnum.au import tfn as _tfn
from stdnum.br import cnpj as _cnpj
from stdnum.br import cpf as _cpf
from stdnum.ca import bn as _bn
from stdnum.ca import sin as _sin
from stdnum.cz import dic as _dic
from stdnum.cz import rc as _rc
from stdnum.gb import vat as _gb_vat
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _gr_vat
from stdnum.ie import pps as _pps
from stdnum.ie import vat as _ie_vat
from stdnum.in_ import aadhaar as _aadhaar
from stdnum.in_ import gstin as _gstin
from stdnum.in_ import pan as _pan
from stdnum.jp import cn as _jp_cn
from stdnum.jp import in_ as _jp_in
from stdnum.se import orgnr as _orgnr
from stdnum.se import personnummer as _pnr
from stdnum.tr import tckimlik as _tck
from stdnum.tr import vkn as _vkn
from stdnum.us import ssn as _ssn
from stdnum.za import idnr as _za_id
from stdnum.za import tin as _za_tin

from benchmarks.classification.heldout_v2 import Column

SEED = 83_415_2026
N = "none"
#: a login, an AS/400 user profile or an SAP user name (review, as in v5 to v80)
USERNAME = "unclassified"
#: NULL-like strings and placeholders of v83's systems (tests skip them); blanks strip to ""
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "?", "0",
    "00000000", "000-00-0000", "000000000", "111111111", "000-000-000", "QQ123456C", "XXX", "xxx",
    "test@example.com", "noemail@none.com", "yok", "Yok", "bilinmiyor", "belirtilmemiş", "neuvedeno", "nic",
    "saknas", "okänd", "ingen", "なし", "特になし", "不明", "άγνωστο", "δεν υπάρχει", "—", "não informado", "N/D",
    "sem", "unbekannt", "keine", "k.A.", "TBC", "tbc", "not provided", "Not Provided")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower().replace("ı", "i"))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v83:{SEED}:{table}")

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
        first = self.rnd.choice([24, 49, 58, 68, 73, 81, 86, 98, 102, 117, 151, 176, 185, 203, 212])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2001:4860", "2a00:23c5", "2405:201", "2603:7000", "2a02:8108", "2c0f:f4c0"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(8 - head.count(":") - 1))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True, areas: list[str] | None = None) -> str:
        """A valid number of ``region`` (phonenumbers), drawn from the leading digits of :data:`PHONE_PLANS` (or,
        for the US and Canada, from ``areas``). Formats: ``e164``, ``intl``, ``national``, ``digits`` (national
        digits with the trunk prefix), ``nsn`` (without it), ``msisdn`` (country code and number, no ``+``) and
        ``dashes`` (``NNN-NNN-NNNN``, North America)."""
        cc = phonenumbers.country_code_for_region(region)
        if region in ("US", "CA"):
            plans = [(a, 10) for a in (areas or ["212"])]
        else:
            plans = PHONE_PLANS[region]["mobile" if mobile else "fixed"]
        wanted = ({phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
                  if mobile else {phonenumbers.PhoneNumberType.FIXED_LINE,
                                  phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE})

        def make() -> str:
            lead, length = self.rnd.choice(plans)
            if region in ("US", "CA"):
                return lead + str(self.rnd.randint(2, 9)) + self.digits(length - len(lead) - 1)
            return lead + self.digits(length - len(lead))

        def ok(candidate: str) -> bool:
            number = phonenumbers.parse(f"+{cc}{candidate}")
            return phonenumbers.is_valid_number(number) and (region in ("US", "CA") or
                                                             phonenumbers.number_type(number) in wanted)

        nsn = self.valid(make, ok)
        number = phonenumbers.parse(f"+{cc}{nsn}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        if fmt == "msisdn":
            return f"{cc}{nsn}"
        if fmt == "nsn":
            return nsn
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        if fmt == "dashes":
            return f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0,
               areas: list[str] | None = None) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile,
                                           areas), null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


#: region -> mobile or fixed -> (leading digits of the national significant number, its length); the fixed lines
#: are those of the table's city (London, Melbourne, Dublin, Johannesburg, Hyderabad, São Paulo and Campinas, İzmir,
#: Brno, Gothenburg, Linz, Osaka, Thessaloniki)
PHONE_PLANS: dict[str, dict[str, list[tuple[str, int]]]] = {
    "GB": {"mobile": [("74", 10), ("75", 10), ("77", 10), ("78", 10), ("79", 10)],
           "fixed": [("207", 10), ("208", 10), ("203", 10)]},
    "AU": {"mobile": [("40", 9), ("41", 9), ("42", 9), ("43", 9), ("45", 9), ("47", 9), ("48", 9)],
           "fixed": [("39", 9), ("38", 9)]},
    "IE": {"mobile": [("83", 9), ("85", 9), ("86", 9), ("87", 9), ("89", 9)], "fixed": [("1", 8)]},
    "ZA": {"mobile": [("60", 9), ("71", 9), ("72", 9), ("73", 9), ("76", 9), ("79", 9), ("82", 9), ("83", 9),
                      ("84", 9)], "fixed": [("11", 9)]},
    "IN": {"mobile": [("9", 10), ("8", 10), ("7", 10), ("6", 10)], "fixed": [("40", 10)]},
    "BR": {"mobile": [("119", 11), ("199", 11)], "fixed": [("113", 10), ("112", 10), ("193", 10)]},
    "TR": {"mobile": [("53", 10), ("54", 10), ("55", 10), ("50", 10)], "fixed": [("232", 10)]},
    "CZ": {"mobile": [("60", 9), ("72", 9), ("73", 9), ("77", 9), ("79", 9)], "fixed": [("54", 9)]},
    "SE": {"mobile": [("70", 9), ("72", 9), ("73", 9), ("76", 9)], "fixed": [("31", 9), ("31", 8)]},
    "AT": {"mobile": [("664", 10), ("660", 10), ("676", 10), ("650", 10), ("699", 11), ("680", 10)],
           "fixed": [("732", 10), ("732", 9)]},
    "JP": {"mobile": [("90", 10), ("80", 10), ("70", 10)], "fixed": [("6", 9)]},
    "GR": {"mobile": [("69", 10)], "fixed": [("231", 10)]},
}

NY_AREAS = ["212", "646", "718", "917", "347", "929", "516", "914"]
IL_AREAS = ["312", "773", "872", "630", "847", "708", "815", "779"]
ON_AREAS = ["416", "647", "437", "905", "289", "613", "519", "226"]


# -- names (written for v83) -------------------------------------------------------------------------------------------

#: country -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "ny": (["Darnell", "Tobias", "Rafael", "Yosef", "Wei", "Kofi", "Anthony", "Malik", "Sergei", "Luis", "Devon",
            "Ezra"],
           ["Yesenia", "Tamika", "Chaya", "Mei", "Giulia", "Keisha", "Rivka", "Nadia", "Carmen", "Priya", "Shanice",
            "Lorraine"],
           ["Castillo", "Feinberg", "Okonkwo", "Zhao", "Russo", "Baptiste", "Goldfarb", "Delacruz", "Mahmoud",
            "Kowalczyk", "Washington", "Liang", "Esposito", "Osei", "Rosario", "Abramov"]),
    "il": (["Tadeusz", "Jerome", "Maurice", "Kyle", "Oscar", "Stanley", "Andres", "Terrell", "Brandon", "Krzysztof",
            "Emeka", "Dwayne"],
           ["Agnieszka", "Latoya", "Brianna", "Guadalupe", "Kristen", "Monique", "Beata", "Alondra", "Sherise",
            "Dorota", "Kayla", "Imani"],
           ["Wojcik", "Hernandez", "Jackson", "Nowicki", "Ramirez", "Mazur", "Thompson", "Olszewski", "Gutierrez",
            "Banks", "Kaminski", "Ortega", "Pruitt", "Zielinski", "Lozano", "Whitfield"]),
    "gb": (["Callum", "Rhys", "Kwabena", "Imran", "Oliver", "Declan", "Tariq", "Finlay", "Adebola", "Harvey", "Joel",
            "Ravi"],
           ["Niamh", "Chloe", "Aaliyah", "Fatima", "Poppy", "Jasmine", "Ebony", "Siobhan", "Harriet", "Leanne",
            "Nadia", "Saoirse"],
           ["Ashworth", "Begum", "Okafor", "Pritchard", "Hussain", "Whitmore", "Chowdhury", "Gallagher", "Mensah",
            "Thornton", "Patel", "Kowalski", "Blackwood", "Ferreira", "Ogunbiyi", "Hargreaves"]),
    "au": (["Lachlan", "Hamish", "Dimitri", "Angus", "Tuan", "Brodie", "Nikolaos", "Riley", "Jayden", "Mitchell",
            "Cooper", "Sanjay"],
           ["Matilda", "Brooke", "Georgina", "Mai", "Tegan", "Chloe", "Eleni", "Kirra", "Sienna", "Jacinta", "Harper",
            "Ngoc"],
           ["McAllister", "Nguyen", "Papadakis", "Fitzgerald", "Trinh", "O'Loughlin", "Sutherland", "Kostopoulos",
            "Lam", "Harrington", "Dawson", "Vella", "Caruana", "Pham", "Galea", "Whitby"]),
    "ca": (["Étienne", "Gurjit", "Liam", "Marco", "Tyler", "Hassan", "Nathaniel", "Raj", "Jean-Luc", "Owen", "Darius",
            "Kenji"],
           ["Geneviève", "Harpreet", "Avery", "Simone", "Chantal", "Mackenzie", "Anjali", "Zainab", "Brielle",
            "Nicole", "Mei-Lin", "Rosalie"],
           ["Tremblay", "Sandhu", "MacDonald", "Bouchard", "Grewal", "Fraser", "Nadeau", "Ferreira", "Cheung",
            "Lalonde", "Dhaliwal", "Kowalchuk", "Gagnon", "Ahmadi", "Sinclair", "Okoro"]),
    "ie": (["Cian", "Oisín", "Darragh", "Pádraig", "Eoin", "Seán", "Tadhg", "Conor", "Ronan", "Piotr", "Fiachra",
            "Kieran"],
           ["Aoife", "Caoimhe", "Sinéad", "Róisín", "Gráinne", "Orla", "Clodagh", "Ailbhe", "Méabh", "Agata", "Éabha",
            "Deirdre"],
           ["Ó Briain", "Byrne", "Kavanagh", "Ní Mhurchú", "Fitzpatrick", "Moriarty", "Brennan", "Nowak", "Keohane",
            "Duggan", "McGrath", "Ó Súilleabháin", "Lynch", "Fennelly", "Carragher", "Dunne"]),
    "za": (["Thabo", "Sipho", "Pieter", "Johan", "Mandla", "Kagiso", "Lwazi", "Tshepo", "Rudi", "Nkosinathi", "Yusuf",
            "Bongani"],
           ["Nomsa", "Lerato", "Annelie", "Zanele", "Refilwe", "Thandeka", "Marike", "Palesa", "Fatima", "Nokuthula",
            "Lindiwe", "Chantelle"],
           ["Mokoena", "Dlamini", "van der Merwe", "Nkosi", "Botha", "Khumalo", "Pretorius", "Mahlangu", "Naidoo",
            "Sithole", "Coetzee", "Molefe", "Ndlovu", "Jacobs", "Mthembu", "Steyn"]),
    "in": (["Venkatesh", "Srinivas", "Ravi Teja", "Karthik", "Abdul", "Naveen", "Harsha", "Suresh", "Mahesh", "Vamsi",
            "Imran", "Pradeep"],
           ["Swathi", "Lakshmi", "Divya", "Sravani", "Anusha", "Pooja", "Bhavani", "Keerthi", "Sneha", "Ayesha",
            "Madhavi", "Harika"],
           ["Reddy", "Rao", "Naidu", "Goud", "Chowdary", "Varma", "Sharma", "Khan", "Kumar", "Yadav", "Shetty", "Iyer",
            "Gupta", "Siddiqui", "Pillai", "Murthy"]),
    "br": (["João Pedro", "Thiago", "Rodrigo", "Luiz Carlos", "Anderson", "Wesley", "Gustavo", "Matheus", "Edson",
            "Cleiton", "Renato", "Felipe"],
           ["Ana Clara", "Jéssica", "Luciana", "Tatiane", "Fernanda", "Vitória", "Aline", "Patrícia", "Gabriela",
            "Rosângela", "Camila", "Daiane"],
           ["da Silva", "dos Santos", "Oliveira", "Souza", "Pereira", "Ferreira", "Rodrigues", "Almeida",
            "Nascimento", "Lima", "Carvalho", "Araújo", "Ribeiro", "Gomes", "Barbosa", "Teixeira"]),
    "tr": (["Mehmet", "Mustafa", "Emre", "Burak", "Oğuz", "Serkan", "Hüseyin", "Kaan", "Barış", "Murat", "Onur",
            "Yusuf"],
           ["Ayşe", "Zeynep", "Elif", "Gülşen", "Büşra", "Merve", "Fatma", "Esra", "Derya", "Şebnem", "Tuğba",
            "Özlem"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan", "Doğan", "Kılıç",
            "Aslan", "Çetin", "Kurt", "Özdemir", "Koç"]),
    "se": (["Johan", "Erik", "Pontus", "Viktor", "Axel", "Rasmus", "Niklas", "Emil", "Kalle", "Ahmed", "Hampus",
            "Fredrik"],
           ["Elin", "Sara", "Moa", "Johanna", "Hanna", "Klara", "Amanda", "Emelie", "Wilma", "Nour", "Therese",
            "Malin"],
           ["Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Andersson",
            "Lindqvist", "Jakobsson", "Sjöberg", "Engström", "Hedlund", "Ekström", "Lundgren"]),
    "at": (["Florian", "Lukas", "Stefan", "Matthias", "Andreas", "Dominik", "Bernhard", "Mehmet", "Goran",
            "Christoph", "Markus", "Wolfgang"],
           ["Katharina", "Theresa", "Sabine", "Magdalena", "Julia", "Verena", "Elisabeth", "Selina", "Ivana",
            "Barbara", "Martina", "Anna-Lena"],
           ["Gruber", "Huber", "Wimmer", "Pichler", "Moser", "Steiner", "Hofer", "Leitner", "Berger", "Eder", "Fuchs",
            "Schwarz", "Reiter", "Brandstätter", "Mayrhofer", "Kovačević"]),
    "cz": (["Jiří", "Tomáš", "Lukáš", "Ondřej", "Radek", "Vojtěch", "Petr", "Miroslav", "Jakub", "Zdeněk", "Marek",
            "Filip"],
           ["Jana", "Lenka", "Kateřina", "Tereza", "Veronika", "Eliška", "Markéta", "Hana", "Petra", "Zuzana", "Lucie",
            "Barbora"],
           []),
    "gr": (["Γιώργος", "Δημήτρης", "Νικόλαος", "Κωνσταντίνος", "Ιωάννης", "Αθανάσιος", "Χρήστος", "Παναγιώτης",
            "Βασίλειος", "Ευάγγελος", "Σταύρος", "Μιχάλης"],
           ["Μαρία", "Ελένη", "Αικατερίνη", "Βασιλική", "Σοφία", "Δέσποινα", "Χριστίνα", "Παρασκευή", "Αναστασία",
            "Ευαγγελία", "Θεοδώρα", "Ζωή"],
           []),
}
#: Czech and Greek family names: (the man's form, the woman's form)
CZ_FAMILY = [("Novák", "Nováková"), ("Svoboda", "Svobodová"), ("Dvořák", "Dvořáková"), ("Černý", "Černá"),
             ("Procházka", "Procházková"), ("Kučera", "Kučerová"), ("Veselý", "Veselá"), ("Horák", "Horáková"),
             ("Němec", "Němcová"), ("Pokorný", "Pokorná"), ("Pospíšil", "Pospíšilová"), ("Hájek", "Hájková"),
             ("Jelínek", "Jelínková"), ("Král", "Králová"), ("Růžička", "Růžičková"), ("Zedník", "Zedníková")]
GR_FAMILY = [("Παπαδόπουλος", "Παπαδοπούλου"), ("Γεωργίου", "Γεωργίου"), ("Οικονόμου", "Οικονόμου"),
             ("Καραγιάννης", "Καραγιάννη"), ("Νικολαΐδης", "Νικολαΐδου"), ("Ιωαννίδης", "Ιωαννίδου"),
             ("Βλάχος", "Βλάχου"), ("Τσολάκης", "Τσολάκη"), ("Μακρής", "Μακρή"), ("Αθανασίου", "Αθανασίου"),
             ("Σαββίδης", "Σαββίδου"), ("Κωνσταντινίδης", "Κωνσταντινίδου"), ("Ζαφειρίου", "Ζαφειρίου"),
             ("Πετρίδης", "Πετρίδου")]
#: Japanese names: (kanji, katakana reading, romaji)
JP_FAMILY = [("山田", "ヤマダ", "yamada"), ("佐藤", "サトウ", "sato"), ("鈴木", "スズキ", "suzuki"),
             ("高橋", "タカハシ", "takahashi"), ("田中", "タナカ", "tanaka"), ("伊藤", "イトウ", "ito"),
             ("渡辺", "ワタナベ", "watanabe"), ("中村", "ナカムラ", "nakamura"), ("小林", "コバヤシ", "kobayashi"),
             ("加藤", "カトウ", "kato"), ("吉田", "ヨシダ", "yoshida"), ("松本", "マツモト", "matsumoto"),
             ("井上", "イノウエ", "inoue"), ("木村", "キムラ", "kimura"), ("林", "ハヤシ", "hayashi"),
             ("清水", "シミズ", "shimizu")]
JP_MALE = [("大輔", "ダイスケ", "daisuke"), ("翔太", "ショウタ", "shota"), ("健一", "ケンイチ", "kenichi"),
           ("拓也", "タクヤ", "takuya"), ("直樹", "ナオキ", "naoki"), ("誠", "マコト", "makoto"), ("亮", "リョウ", "ryo"),
           ("浩二", "コウジ", "koji")]
JP_FEMALE = [("美咲", "ミサキ", "misaki"), ("由美", "ユミ", "yumi"), ("彩", "アヤ", "aya"), ("恵子", "ケイコ", "keiko"),
             ("真由美", "マユミ", "mayumi"), ("愛", "アイ", "ai"), ("千尋", "チヒロ", "chihiro"), ("陽子", "ヨウコ", "yoko")]

GREEK_LATIN = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊΐϋΰ",
                       ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s",
                        "t", "y", "f", "ch", "ps", "o", "a", "e", "i", "i", "o", "y", "o", "i", "i", "y", "y"]))


def person(g: Gen, country: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``country`` (the woman's form of a Czech or Greek family name)."""
    female = g.rnd.random() < 0.5 if female is None else female
    males, females, lasts = NAMES[country]
    first = g.rnd.choice(females if female else males)
    if country == "cz":
        return first, g.rnd.choice(CZ_FAMILY)[1 if female else 0]
    if country == "gr":
        return first, g.rnd.choice(GR_FAMILY)[1 if female else 0]
    return first, g.rnd.choice(lasts)


def whole(g: Gen, country: str) -> str:
    a, b = person(g, country)
    return f"{a} {b}"


def given(g: Gen, country: str) -> str:
    return person(g, country)[0]


def family(g: Gen, country: str) -> str:
    return person(g, country)[1]


def jp_person(g: Gen, female: bool | None = None) -> tuple[tuple[str, str, str], tuple[str, str, str]]:
    """A Japanese (family, given) pair, each (kanji, katakana, romaji)."""
    female = g.rnd.random() < 0.5 if female is None else female
    return g.rnd.choice(JP_FAMILY), g.rnd.choice(JP_FEMALE if female else JP_MALE)


def plain(text: str) -> str:
    text = "".join(GREEK_LATIN.get(ch, ch) for ch in text.lower())
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "x", plain(last) or "y"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(70, 99)}", f"{b}{a[:3]}"])
    return f"{local}@{g.rnd.choice(domains)}"


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(first)}.{plain(last)}@{domain}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first), plain(last)
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a}{b[:3]}"][style % 5]


DOMAINS = {
    "ny": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com"],
    "il": ["gmail.com", "yahoo.com", "comcast.net", "att.net", "outlook.com"],
    "gb": ["gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com", "yahoo.co.uk", "icloud.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com", "optusnet.com.au", "icloud.com"],
    "ca": ["gmail.com", "hotmail.com", "rogers.com", "sympatico.ca", "outlook.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "icloud.com"],
    "za": ["gmail.com", "webmail.co.za", "mweb.co.za", "outlook.com", "telkomsa.net"],
    "in": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "br": ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "yahoo.com.br"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    "cz": ["seznam.cz", "email.cz", "gmail.com", "centrum.cz", "post.cz"],
    "se": ["gmail.com", "hotmail.se", "telia.com", "outlook.com", "live.se"],
    "at": ["gmx.at", "gmail.com", "aon.at", "chello.at", "outlook.com"],
    "jp": ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com"],
    "gr": ["gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr"],
}


def email(g: Gen, country: str) -> str:
    return email_of(g, *person(g, country), DOMAINS[country])


# -- places (written for v83) ------------------------------------------------------------------------------------------

#: (town, ZIP lead) of New York City and its suburbs
NY_CITIES = [("New York", "100"), ("Brooklyn", "112"), ("Bronx", "104"), ("Flushing", "113"), ("Jamaica", "114"),
             ("Astoria", "111"), ("Staten Island", "103"), ("Yonkers", "107"), ("Jersey City", "073"),
             ("Hempstead", "115")]
NY_STREETS = ["Flatbush Ave", "Grand Concourse", "Nostrand Ave", "Roosevelt Ave", "Amsterdam Ave", "Bedford Ave",
              "Jamaica Ave", "Myrtle Ave", "Ocean Pkwy", "Steinway St", "W 181st St", "E Tremont Ave", "Kings Hwy",
              "Victory Blvd"]
#: (town, ZIP lead) of Chicagoland
IL_CITIES = [("Chicago", "606"), ("Cicero", "608"), ("Elk Grove Village", "600"), ("Joliet", "604"),
             ("Aurora", "605"), ("Waukegan", "600"), ("Melrose Park", "601"), ("Bolingbrook", "604"),
             ("Rockford", "611"), ("Chicago", "606"), ("Chicago", "606")]
IL_STREETS = ["W Cermak Rd", "S Pulaski Rd", "N Milwaukee Ave", "W 26th St", "S Kedzie Ave", "N Elston Ave",
              "W Irving Park Rd", "S Ashland Ave", "E 79th St", "N Broadway", "W Lawrence Ave", "S Cicero Ave"]
#: (town, outward codes) of London and its edges
GB_TOWNS = [("London", ["E1", "E8", "E14", "N7", "N16", "SE5", "SE15", "SW9", "SW17", "NW10", "W12"]),
            ("Croydon", ["CR0"]), ("Romford", ["RM1", "RM7"]), ("Ilford", ["IG1", "IG3"]), ("Harrow", ["HA1"]),
            ("Bromley", ["BR1"]), ("Kingston upon Thames", ["KT1"]), ("Enfield", ["EN1", "EN3"])]
GB_STREETS = ["Mare Street", "Holloway Road", "Coldharbour Lane", "Old Kent Road", "Stoke Newington High Street",
              "Tooting Bec Road", "Uxbridge Road", "Lordship Lane", "Romford Road", "Green Lanes", "Brixton Hill",
              "Walworth Road"]
#: (suburb, postcode) of Melbourne
AU_SUBURBS = [("Footscray", "3011"), ("Brunswick", "3056"), ("Dandenong", "3175"), ("Sunshine", "3020"),
              ("Preston", "3072"), ("Richmond", "3121"), ("Box Hill", "3128"), ("Werribee", "3030"),
              ("Frankston", "3199"), ("Broadmeadows", "3047"), ("St Albans", "3021"), ("Springvale", "3171")]
#: (town, forward sortation areas) of Ontario
ON_TOWNS = [("Toronto", ["M5V", "M6H", "M4C", "M1B", "M9W"]), ("Mississauga", ["L5B", "L4T"]),
            ("Brampton", ["L6P", "L6T"]), ("Hamilton", ["L8P"]), ("Ottawa", ["K1N", "K2P"]), ("London", ["N6A"]),
            ("Kitchener", ["N2H"]), ("Markham", ["L3R"])]
#: (town, county, Eircode routing keys)
IE_TOWNS = [("Dublin", "Dublin", ["D01", "D07", "D08", "D12", "D15", "D24"]), ("Swords", "Dublin", ["K67"]),
            ("Cork", "Cork", ["T12", "T23"]), ("Galway", "Galway", ["H91"]), ("Limerick", "Limerick", ["V94"]),
            ("Drogheda", "Louth", ["A92"]), ("Naas", "Kildare", ["W91"])]
IE_STREETS = ["Griffith Avenue", "Cabra Road", "Clonliffe Road", "Main Street", "Grange Road", "Collins Avenue",
              "Ballymun Road", "Naas Road", "Old Youghal Road", "Father Griffin Road"]
EIRCODE_CHARS = "0123456789ACDEFHKNPRTVWXY"
#: (suburb, postal code) of Gauteng
ZA_SUBURBS = [("Soweto", "1804"), ("Randburg", "2194"), ("Sandton", "2196"), ("Roodepoort", "1724"),
              ("Alberton", "1449"), ("Benoni", "1501"), ("Midrand", "1685"), ("Tembisa", "1632"),
              ("Germiston", "1401"), ("Boksburg", "1459"), ("Kempton Park", "1619"), ("Johannesburg", "2001")]
ZA_STREETS = ["Vilakazi St", "Jan Smuts Ave", "Main Rd", "Beyers Naude Dr", "Klipfontein Rd", "Commissioner St",
              "Louis Botha Ave", "Rivonia Rd", "Voortrekker Rd", "Nkosi St"]
#: (city, PIN lead)
IN_CITIES = [("Hyderabad", "500"), ("Secunderabad", "500"), ("Warangal", "506"), ("Vijayawada", "520"),
             ("Visakhapatnam", "530"), ("Bengaluru", "560"), ("Chennai", "600"), ("Pune", "411")]
#: (city, CEP lead)
BR_CITIES = [("São Paulo", "0"), ("São Paulo", "0"), ("Guarulhos", "07"), ("Osasco", "06"), ("Campinas", "13"),
             ("Santo André", "09"), ("Jundiaí", "13"), ("Sorocaba", "18")]
BR_BAIRROS = ["Vila Mariana", "Itaquera", "Santana", "Capão Redondo", "Centro", "Jardim Bonfiglioli", "Vila Galvão",
              "Barão Geraldo", "Bela Vista", "Cidade Tiradentes", "Jardim Ângela"]
BR_STREETS = ["Rua Domingos de Morais", "Av. Sapopemba", "Rua Voluntários da Pátria", "Rua das Palmeiras",
              "Av. Brasil", "Rua José Bonifácio", "Rua Sete de Setembro", "Travessa São Jorge", "Av. Independência",
              "Rua Tiradentes"]
TR_ILCE = ["Bornova", "Karşıyaka", "Buca", "Konak", "Bayraklı", "Çiğli", "Gaziemir", "Menemen", "Torbalı",
           "Karabağlar"]
TR_STREETS = ["Atatürk Cad.", "Kıbrıs Şehitleri Cad.", "1203/4 Sok.", "Anadolu Cad.", "Gazi Bulvarı",
              "Cumhuriyet Mah. 2045 Sok.", "Kemalpaşa Cad.", "Yeşillik Cad."]
#: (obec, PSČ)
CZ_TOWNS = [("Brno", "602 00"), ("Brno", "612 00"), ("Brno", "615 00"), ("Brno", "616 00"), ("Brno", "621 00"),
            ("Brno", "625 00"), ("Brno", "638 00"), ("Blansko", "678 01"), ("Vyškov", "682 01"),
            ("Hodonín", "695 01"), ("Znojmo", "669 02"), ("Kuřim", "664 34"), ("Jihlava", "586 01")]
CZ_STREETS = ["Kounicova", "Cejl", "Lidická", "Husova", "Vídeňská", "Palackého třída", "Masarykova", "Nádražní",
              "Školní", "Bratislavská"]
CZ_BIRTHPLACES = ["Brno", "Ostrava", "Olomouc", "Zlín", "Jihlava", "Prostějov", "Košice", "Znojmo", "Třebíč"]
#: (postort, postnummer lead)
SE_TOWNS = [("Göteborg", "41"), ("Göteborg", "41"), ("Mölndal", "431"), ("Kungälv", "442"), ("Partille", "433"),
            ("Lerum", "443"), ("Kungsbacka", "434"), ("Borås", "50"), ("Alingsås", "441"),
            ("Västra Frölunda", "421"), ("Hisings Backa", "422")]
SE_STREETS = ["Linnégatan", "Övre Husargatan", "Karl Johansgatan", "Vasagatan", "Friggagatan", "Tuvevägen",
              "Långströmsgatan", "Frölundagatan", "Eklandagatan", "Smörslottsgatan"]
#: (Ort, PLZ) of Upper Austria and Vienna
AT_TOWNS = [("Linz", "4020"), ("Linz", "4030"), ("Wels", "4600"), ("Steyr", "4400"), ("Traun", "4050"),
            ("Leonding", "4060"), ("Enns", "4470"), ("Ansfelden", "4053"), ("Marchtrenk", "4614"), ("Wien", "1100"),
            ("Wien", "1210")]
AT_STREETS = ["Landstraße", "Wiener Straße", "Dinghoferstraße", "Stockhofstraße", "Salzburger Straße",
              "Kärntnerstraße", "Welser Straße", "Bahnhofstraße", "Gruberstraße", "Leonfeldner Straße"]
AT_BIRTHPLACES = ["Linz", "Wels", "Graz", "Salzburg", "Wien", "Steyr", "Sarajevo", "Novi Sad", "Kayseri", "Braunau"]
#: (prefecture and city or ward, postcode lead, town)
JP_PLACES = [("大阪府大阪市北区", "530", "梅田"), ("大阪府大阪市中央区", "541", "本町"),
             ("大阪府大阪市淀川区", "532", "西中島"), ("大阪府堺市堺区", "590", "南花田町"),
             ("大阪府東大阪市", "577", "長堂"), ("大阪府豊中市", "560", "新千里東町"),
             ("大阪府吹田市", "564", "江坂町"), ("大阪府枚方市", "573", "岡東町"), ("兵庫県尼崎市", "660", "昭和通")]
JP_BUILDINGS = ["", "", " コーポ緑101", " サンハイツ203", " メゾン桜305", " グランドール淀川502"]
#: (town, TK lead)
GR_TOWNS = [("Θεσσαλονίκη", "546"), ("Θεσσαλονίκη", "544"), ("Καλαμαριά", "551"), ("Εύοσμος", "562"),
            ("Πυλαία", "555"), ("Νεάπολη", "567"), ("Σταυρούπολη", "564"), ("Κατερίνη", "601"), ("Σέρρες", "621"),
            ("Βέροια", "591")]
GR_STREETS = ["Εγνατία", "Τσιμισκή", "Βασιλίσσης Όλγας", "Δελφών", "Λαγκαδά", "Μοναστηρίου", "Αγίου Δημητρίου",
              "Κασσάνδρου", "Παπαναστασίου", "Αριστοτέλους"]


def ny_street(g: Gen) -> str:
    return f"{g.rnd.randint(10, 2999)} {g.rnd.choice(NY_STREETS)}" + g.rnd.choice(
        ["", "", f" Apt {g.rnd.randint(1, 9)}{g.rnd.choice('ABCDEFG')}", f" #{g.rnd.randint(2, 40)}"])


def il_street(g: Gen) -> str:
    return f"{g.rnd.randint(100, 9999)} {g.rnd.choice(IL_STREETS)}"


def us_zip(g: Gen, lead: str) -> str:
    return lead + g.digits(5 - len(lead))


def gb_postcode(g: Gen, outward: str) -> str:
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{outward} {g.rnd.randint(1, 9)}{g.rnd.choice(letters)}{g.rnd.choice(letters)}"


def gb_street(g: Gen) -> str:
    return g.rnd.choice([f"{g.rnd.randint(1, 420)} {g.rnd.choice(GB_STREETS)}",
                         f"Flat {g.rnd.randint(1, 40)}, {g.rnd.randint(1, 420)} {g.rnd.choice(GB_STREETS)}"])


def ca_postal(g: Gen, fsa: str) -> str:
    letters = "ABCEGHJKLMNPRSTVWXYZ"
    return f"{fsa} {g.rnd.randint(0, 9)}{g.rnd.choice(letters)}{g.rnd.randint(0, 9)}"


def eircode(g: Gen, key: str) -> str:
    return f"{key} {g.rnd.choice('ACDEFHKNPRTVWXY')}{g.digits(3, EIRCODE_CHARS)}"


def ie_street(g: Gen) -> str:
    if g.rnd.random() < 0.25:
        block = g.rnd.choice(["Gandon Hall", "The Maltings", "Clarion Quay", "Beacon Court"])
        return f"Apartment {g.rnd.randint(1, 80)}, {block}"
    return f"{g.rnd.randint(1, 240)} {g.rnd.choice(IE_STREETS)}"


def za_street(g: Gen) -> str:
    return f"{g.rnd.randint(1, 3200)} {g.rnd.choice(ZA_STREETS)}"


def tr_address(g: Gen) -> str:
    return f"{g.rnd.choice(TR_STREETS)} No:{g.rnd.randint(1, 180)}" + g.rnd.choice(["", f" D:{g.rnd.randint(1, 24)}",
                                                                                    f" Kat:{g.rnd.randint(1, 9)}"])


def at_street(g: Gen) -> str:
    door = g.rnd.choice(["", "", f"/{g.rnd.randint(1, 24)}", f"/{g.rnd.randint(1, 6)}/{g.rnd.randint(1, 20)}"])
    return f"{g.rnd.choice(AT_STREETS)} {g.rnd.randint(1, 160)}{door}"


def se_street(g: Gen) -> str:
    return f"{g.rnd.choice(SE_STREETS)} {g.rnd.randint(1, 90)}" + g.rnd.choice(["", "", " lgh 1203", "B", " 3 tr"])


def jp_address(g: Gen) -> tuple[str, str]:
    """A (postcode, address) pair in Osaka prefecture or Amagasaki."""
    ward, lead, town = g.rnd.choice(JP_PLACES)
    postcode = f"{lead}-{g.digits(4)}"
    return postcode, (f"{ward}{town}{g.rnd.randint(1, 6)}丁目{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)}"
                      + g.rnd.choice(JP_BUILDINGS))


# -- identifiers with check digits (computed here; python-stdnum checks them) ------------------------------------------


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa, Mastercard, Amex or Discover prefix."""
    prefix, length = g.rnd.choice([("4", 16), ("53", 16), ("2720", 16), ("34", 15), ("6011", 16)])
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


#: BBAN layouts (9 a digit, A a letter); a few banks per country
BBAN = {"IE": ["PTSB99999999999999", "BOFI99999999999999", "IPBS99999999999999", "ULSB99999999999999"],
        "CZ": ["08009999999999999999", "01009999999999999999", "03009999999999999999", "20109999999999999999"],
        "AT": ["2011199999999999", "3400099999999999", "1200099999999999", "1400099999999999"],
        "GR": ["01199999999999999999999", "01499999999999999999999", "01799999999999999999999"]}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, national checks retried, python-stdnum checks it)."""

    def make() -> str:
        bban = g.code(g.rnd.choice(BBAN[country]))
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def us_ssn(g: Gen) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}"

    return g.valid(make, _ssn.is_valid)


def us_ein(g: Gen) -> str:
    """A US employer identification number with a prefix of a real IRS campus (a business's: ``none``)."""
    return f"{g.rnd.choice(['36', '13', '20', '26', '27', '45', '46', '81', '83', '84'])}-{g.digits(7)}"


#: NINO prefixes HMRC never issues (first letter D F I Q U V, second D F I O Q U V, and these pairs)
NINO_BAD_PAIRS = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_ok(number: str) -> bool:
    """A UK National Insurance number's shape and HMRC's prefix and suffix rules (it has no check digit)."""
    n = number.replace(" ", "").upper()
    return (len(n) == 9 and n[0] not in "DFIQUV" and n[1] not in "DFIOQUV" and n[:2] not in NINO_BAD_PAIRS
            and n[:2].isalpha() and n[2:8].isdigit() and n[8] in "ABCD")


def gb_nino(g: Gen) -> str:
    number = g.valid(lambda: g.code("AA999999") + g.rnd.choice("ABCD"), nino_ok)
    return number if g.rnd.random() < 0.6 else " ".join([number[:2], number[2:4], number[4:6], number[6:8],
                                                          number[8]])


def gb_vat(g: Gen) -> str:
    """A UK VAT number (mod 97 check): a business's."""
    def make() -> str:
        body = str(g.rnd.randint(100, 999)) + g.digits(4)
        total = sum(w * int(n) for w, n in zip((8, 7, 6, 5, 4, 3, 2), body))
        return body + f"{(-total) % 97:02d}"
    return "GB" + g.valid(make, _gb_vat.is_valid)


def au_tfn(g: Gen) -> str:
    """An Australian tax file number (weighted mod 11, the last weight 10)."""
    def make() -> str:
        body = g.digits(8)
        total = sum(w * int(n) for w, n in zip((1, 4, 3, 7, 5, 8, 6, 9), body))
        return body + str(total % 11 % 10) if total % 11 != 10 else "0"
    number = g.valid(make, _tfn.is_valid)
    return number if g.rnd.random() < 0.5 else f"{number[:3]} {number[3:6]} {number[6:]}"


def au_abn(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    number = _abn.calc_check_digits(body) + body
    assert _abn.is_valid(number)
    return _abn.format(number)


def ca_sin(g: Gen) -> str:
    body = g.rnd.choice("1234567") + g.digits(7)
    number = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(number)
    return number if g.rnd.random() < 0.3 else f"{number[:3]}-{number[3:6]}-{number[6:]}"


def ca_bn(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(7)
    number = body + luhn.calc_check_digit(body) + g.rnd.choice(["RC0001", "RT0001", "RP0001"])
    assert _bn.is_valid(number)
    return number


def ie_ppsn(g: Gen) -> str:
    digits = g.digits(7)
    if g.rnd.random() < 0.35:
        number = digits + _ie_vat.calc_check_digit(digits + "A") + "A"
    else:
        number = digits + _ie_vat.calc_check_digit(digits)
    assert _pps.is_valid(number)
    return number


def ie_vat(g: Gen) -> str:
    """An Irish company VAT number (new format, ``H`` as its ninth character): a business's."""
    digits = str(g.rnd.randint(1, 9)) + g.digits(6)
    number = digits + _ie_vat.calc_check_digit(digits + "H") + "H"
    assert _ie_vat.is_valid(number)
    return "IE" + number


def za_id(g: Gen, born: date, female: bool) -> str:
    """A South African ID number encoding ``born`` and the sex (Luhn; python-stdnum checks it)."""
    serial = g.rnd.randint(0, 4999) if female else g.rnd.randint(5000, 9999)
    body = born.strftime("%y%m%d") + f"{serial:04d}" + g.rnd.choice("0000001") + "8"
    number = body + luhn.calc_check_digit(body)
    assert _za_id.is_valid(number)
    return number


def za_tax(g: Gen) -> str:
    """A South African income tax reference number (Luhn, leading 0 to 3)."""
    body = g.rnd.choice("0123") + g.digits(8)
    number = body + luhn.calc_check_digit(body)
    assert _za_tin.is_valid(number)
    return number


def in_pan(g: Gen, surname: str) -> str:
    """An individual's PAN: the fourth letter ``P``, the fifth the surname's initial."""
    initial = (plain(surname)[:1] or "x").upper()
    number = g.code("AAA") + "P" + initial + f"{g.rnd.randint(1, 9999):04d}" + g.code("A")
    assert _pan.is_valid(number)
    return number


def in_aadhaar(g: Gen) -> str:
    def make() -> str:
        body = str(g.rnd.randint(2, 9)) + g.digits(10)
        return body + verhoeff.calc_check_digit(body)
    number = g.valid(make, _aadhaar.is_valid)
    return number if g.rnd.random() < 0.5 else f"{number[:4]} {number[4:8]} {number[8:]}"


def in_gstin(g: Gen) -> str:
    """A Telangana GSTIN of a company (a PAN with ``C`` fourth, Luhn mod 36): a business's."""
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    body = "36" + g.code("AAA") + "C" + g.code("A") + f"{g.rnd.randint(1, 9999):04d}" + g.code("A") + "1Z"
    number = body + luhn.calc_check_digit(body, alphabet)
    assert _gstin.is_valid(number)
    return number


def _cpf_digits(body: str) -> str:
    d1 = (11 - sum((10 - i) * int(body[i]) for i in range(9))) % 11 % 10
    d2 = (11 - (sum((11 - i) * int(body[i]) for i in range(9)) + 2 * d1)) % 11 % 10
    return f"{d1}{d2}"


def br_cpf(g: Gen, formatted: bool = True) -> str:
    body = g.digits(9)
    number = body + _cpf_digits(body)
    assert _cpf.is_valid(number)
    return _cpf.format(number) if formatted else number


def br_cpf_like_invalid(g: Gen) -> str:
    """Eleven digits shaped like a CPF whose check digits are wrong (a contract number: ``none``)."""
    body = g.digits(9)
    good = _cpf_digits(body)
    bad = f"{(int(good[0]) + g.rnd.randint(1, 9)) % 10}{good[1]}"
    number = body + bad
    assert not _cpf.is_valid(number)
    return number


def pis_check(number: str) -> bool:
    """The PIS/PASEP/NIS check digit (weights 3 2 9 8 7 6 5 4 3 2, mod 11; python-stdnum has no module for it)."""
    digits = "".join(ch for ch in number if ch.isdigit())
    if len(digits) != 11:
        return False
    rest = sum(w * int(n) for w, n in zip((3, 2, 9, 8, 7, 6, 5, 4, 3, 2), digits)) % 11
    return int(digits[10]) == (0 if rest < 2 else 11 - rest)


def br_pis(g: Gen) -> str:
    body = g.rnd.choice("12") + g.digits(9)
    rest = sum(w * int(n) for w, n in zip((3, 2, 9, 8, 7, 6, 5, 4, 3, 2), body)) % 11
    number = body + str(0 if rest < 2 else 11 - rest)
    assert pis_check(number)
    return f"{number[:3]}.{number[3:8]}.{number[8:10]}-{number[10]}"


def br_rg(g: Gen) -> str:
    """A São Paulo RG (eight digits and a check character, weights 2 to 9 mod 11; ``X`` for 10)."""
    body = g.rnd.choice("1234") + g.digits(7)
    rest = sum((i + 2) * int(n) for i, n in enumerate(body)) % 11
    check = "X" if rest == 10 else str(rest)
    return f"{body[:2]}.{body[2:5]}.{body[5:]}-{check}"


def br_cnpj(g: Gen) -> str:
    body = g.digits(8) + "0001"
    number = body + _cnpj.calc_check_digits(body)
    assert _cnpj.is_valid(number)
    return _cnpj.format(number)


def tr_tckimlik(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    number = body + _tck.calc_check_digits(body)
    assert _tck.is_valid(number)
    return number


def tr_tck_like_invalid(g: Gen) -> str:
    """Eleven digits shaped like a T.C. kimlik no whose last check digit is wrong (a job ad number: ``none``)."""
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    good = _tck.calc_check_digits(body)
    number = body + good[0] + str((int(good[1]) + g.rnd.randint(1, 9)) % 10)
    assert not _tck.is_valid(number)
    return number


def tr_vkn(g: Gen) -> str:
    body = g.digits(9)
    number = body + _vkn.calc_check_digit(body)
    assert _vkn.is_valid(number)
    return number


def cz_rc(g: Gen, born: date, female: bool, slash: bool = True) -> str:
    """A Czech rodné číslo encoding ``born`` and the sex (the month plus 50 for women; divisible by 11)."""
    month = born.month + (50 if female else 0)

    def make() -> str:
        body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}"
        return body + str(int(body) % 11 % 10)

    number = g.valid(make, _rc.is_valid)
    return f"{number[:6]}/{number[6:]}" if slash else number


def cz_rc_like_invalid(g: Gen) -> str:
    """Ten digits shaped like a rodné číslo (a plausible date) failing the mod 11 check (an extract number)."""
    born = g.birth(1960, 2004)
    body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{g.digits(3)}"
    number = body + str((int(body) % 11 % 10 + g.rnd.randint(1, 9)) % 10)
    assert not _rc.is_valid(number)
    return f"{number[:6]}/{number[6:]}"


def cz_ico(g: Gen) -> str:
    """A Czech company number (IČO, eight digits, mod 11): a business's."""
    body = str(g.rnd.randint(1, 8)) + g.digits(6)
    number = body + _dic.calc_check_digit_legal(body)
    assert _dic.is_valid(number)
    return number


def se_personnummer(g: Gen, born: date, long_form: bool = False) -> str:
    body = born.strftime("%y%m%d") + g.digits(3)
    number = f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"
    assert _pnr.is_valid(number)
    return f"{born.year // 100}{number}" if long_form else number


def se_pnr_like_invalid(g: Gen) -> str:
    """``YYMMDD-NNNN`` with a plausible date failing the Luhn check (a case number: ``none``)."""
    born = g.birth(1955, 2004)
    body = born.strftime("%y%m%d") + g.digits(3)
    number = f"{body[:6]}-{body[6:]}{(int(luhn.calc_check_digit(body)) + g.rnd.randint(1, 9)) % 10}"
    assert not _pnr.is_valid(number)
    return number


def se_orgnr(g: Gen) -> str:
    body = g.rnd.choice(["556", "559", "802"]) + g.digits(6)
    number = body + luhn.calc_check_digit(body)
    assert _orgnr.is_valid(number)
    return f"{number[:6]}-{number[6:]}"


def at_svnr(g: Gen, born: date) -> str:
    """An Austrian social insurance number: a serial, a check digit (weighted mod 11) and ``DDMMYY``."""
    def make() -> str:
        serial = str(g.rnd.randint(100, 999))
        tail = born.strftime("%d%m%y")
        return serial + _at_vnr.calc_check_digit(serial + "0" + tail) + tail

    return g.valid(make, lambda n: len(n) == 10 and _at_vnr.is_valid(n))


def at_uid(g: Gen) -> str:
    body = "U" + g.digits(7)
    number = "AT" + body + _at_uid.calc_check_digit(body)
    assert _at_uid.is_valid(number)
    return number


def jp_my_number(g: Gen) -> str:
    body = g.digits(11)
    number = body + _jp_in.calc_check_digit(body)
    assert _jp_in.is_valid(number)
    return number if g.rnd.random() < 0.6 else f"{number[:4]} {number[4:8]} {number[8:]}"


def jp_corporate(g: Gen) -> str:
    body = g.digits(12)
    number = _jp_cn.calc_check_digit(body) + body
    assert _jp_cn.is_valid(number)
    return number


def gr_amka(g: Gen, born: date, female: bool) -> str:
    """A Greek AMKA: ``DDMMYY``, four digits (the last odd for men) and a Luhn check digit."""
    def make() -> str:
        serial = g.digits(3) + g.rnd.choice("13579" if not female else "02468")
        body = born.strftime("%d%m%y") + serial
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _amka.is_valid)


def gr_afm(g: Gen, lead: str) -> str:
    """A Greek tax number (ΑΦΜ) starting with ``lead``: a person's (``0``, ``1``) or a company's (``09``, ``8``)."""
    body = lead + g.digits(8 - len(lead))
    number = body + _gr_vat.calc_check_digit(body)
    assert _gr_vat.is_valid(number)
    return number


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)


def bcrypt_hash(g: Gen) -> str:
    """A bcrypt-shaped password hash (random, not a hash of anything)."""
    alphabet = "./" + string.ascii_letters + string.digits
    return f"$2b$10${g.digits(53, alphabet)}"


def pad(value: Any, width: int) -> str:
    """A fixed-width CHAR field: ``value`` left-aligned, cut or padded with blanks to ``width``."""
    return ("" if value is None else str(value))[:width].ljust(width)


def cyymmdd(d: date | None) -> int:
    """An AS/400 date number ``CYYMMDD`` (C = 0 for 19xx, 1 for 20xx); 0 for none."""
    return 0 if d is None else (d.year // 100 - 19) * 1_000_000 + (d.year % 100) * 10_000 + d.month * 100 + d.day


def yyyymmdd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def dats(d: date | None) -> str:
    """SAP's ``DATS``: ``YYYYMMDD`` text, ``00000000`` for none."""
    return "00000000" if d is None else d.strftime("%Y%m%d")


# -- businesses (written for v83; invented) ----------------------------------------------------------------------------

NY_EMPLOYERS = ["Halsey Street Bistro", "Gowanus Fulfillment LLC", "Empire Linen Services", "Bronx River Bakery",
                "Queensboro Pharmacy Group", "Harlem Hardware Co.", "Flatiron Coffee Roasters"]
GB_CLIENTS = ["Thamesgate Logistics Ltd", "Brixton Care Homes Ltd", "Northfold Security Services",
              "Canary Lane Financial plc", "Peckham Academy Trust", "Ridgeway Facilities Ltd"]
AU_CLIENTS = [("Yarra Cold Storage Pty Ltd", "12 Somerton Rd, Somerton VIC 3062"),
              ("Westgate Events Catering", "88 Whitehall St, Footscray VIC 3011"),
              ("Laverton Parcel Hub", "5 Fitzgerald Rd, Laverton North VIC 3026"),
              ("Docklands Conference Centre", "1 Convention Pl, South Wharf VIC 3006"),
              ("Dandenong Meat Processors", "40 Frankston Dandenong Rd, Dandenong South VIC 3175")]
ON_CLIENTS = ["City of Brampton Transit", "Lakeshore Credit Union", "Hamilton Regional Hospital Foundation",
              "Northern Maple Insurance", "Ottawa Valley School Board"]
#: (branch, its switchboard)
IE_BRANCHES = [("Staffline Dublin 2", "01 671 4420"), ("Staffline Cork", "021 427 1180"),
               ("Staffline Galway", "091 563 210"), ("Staffline Limerick", "061 315 077")]
ZA_CLIENTS = ["Highveld Mining Supplies (Pty) Ltd", "Rand Water Services", "Ubuntu Retail Holdings",
              "Jozi Security Group", "Gauteng Freight Lines", "Sandton Private Clinic"]
IN_EMPLOYERS = ["Cyberabad Softech Pvt Ltd", "Deccan Analytics LLP", "Charminar Infotech", "Godavari Systems",
                "Banjara Cloud Services", "Kakatiya Digital Pvt Ltd"]
BR_CLIENTS = ["Metalúrgica Ipiranga Ltda", "Supermercados Vale Verde S.A.", "Logística Anhanguera Ltda",
              "Hospital Santa Marcelina do Sul", "Confecções Bom Retiro Ltda", "Frigorífico Serra Azul"]
TR_FIRMS = ["Ege Lojistik A.Ş.", "Bornova Tekstil San. Tic. Ltd. Şti.", "Kordon Otelcilik A.Ş.",
            "Gediz Gıda San. A.Ş.", "Alsancak Yazılım Ltd. Şti.", "Karşıyaka Sağlık Hizmetleri"]
CZ_CLIENTS = ["Strojírny Královo Pole a.s.", "Brněnská logistika s.r.o.", "Moravské sklady s.r.o.",
              "Pekárna Vyškov s.r.o.", "Autodíly Lišeň a.s."]
SE_COMPANIES = ["Hisingen Logistik AB", "Västkustens Vård AB", "Lindholmen Data AB", "Mölndals Bygg & Mark AB",
                "Frölunda Restauranggrupp AB", "Ringön Verkstad AB"]
AT_CLIENTS = ["Voest Zulieferteile GmbH", "Donau Logistik GmbH", "Mühlviertler Holzbau GmbH",
              "Linzer Lebensmittelwerke AG", "Traunviertel Metallbau GmbH"]
JP_CLIENTS = [("株式会社なにわ物流", "大阪府大阪市住之江区南港北2丁目1-10"),
              ("関西精密工業株式会社", "大阪府東大阪市高井田元町1丁目3-5"),
              ("梅田コールセンター株式会社", "大阪府大阪市北区梅田3丁目4-5"),
              ("堺食品加工株式会社", "大阪府堺市西区築港新町1丁目5-2")]
GR_CLIENTS = ["Λογιστική Θεσσαλονίκης Α.Ε.", "Μακεδονικά Τρόφιμα Α.Ε.", "Θερμαϊκός Logistics Μ.Ε.Π.Ε.",
              "Ξενοδοχεία Χαλκιδικής Α.Ε.", "Πολυκλινική Καλαμαριάς Α.Ε."]
