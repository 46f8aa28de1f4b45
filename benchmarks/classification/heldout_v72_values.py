"""Values of held-out set v72 (:mod:`benchmarks.classification.heldout_v72`): v72's random source, names, streets,
towns and postal codes written by hand for v72 (no Faker, no list of real people), phones checked with phonenumbers
and identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module (``phone`` takes leading digits of its own); the
lists below are new.
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
from stdnum import ean, luhn
from stdnum import iban as _iban
from stdnum.de import idnr as _idnr
from stdnum.de import vat as _de_vat
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _gr_vat
from stdnum.ie import pps as _pps
from stdnum.ie import vat as _ie_vat
from stdnum.iso7064 import mod_11_10
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva
from stdnum.se import orgnr as _orgnr
from stdnum.se import personnummer as _pnr
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 72_2026_0611
N = "none"
#: a login or public display handle (review, as in v5 to v71)
USERNAME = "unclassified"
#: NULL-like strings of v72's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "?", "#N/A", "nil",
    "<null>", "0", "00000000", "000000000", "REDACTED", "N.D.", "néant", "sans objet", "ninguna", "nessuna",
    "saknas", "ingen", "καμία", "-", "なし", "＊", "*", "keine")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v72:{SEED}:{table}")

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
        first = self.rnd.choice([24, 31, 37, 41, 46, 62, 73, 78, 81, 86, 92, 98, 105, 126, 141, 176, 185, 212])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2a00", "2a01", "2a02", "2001", "2600", "2c0f", "240b"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True, leads: list[str] | None = None) -> str:
        """A valid number of ``region``; ``leads`` are leading digits of the national significant number (area codes,
        mobile prefixes), else the example number's own."""
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)

        def make() -> str:
            lead = self.rnd.choice(leads) if leads else nsn[:max(len(nsn) - 6, 1)]
            return lead + self.digits(len(nsn) - len(lead))

        def ok(candidate: str) -> bool:
            number = phonenumbers.parse(f"+{example.country_code}{candidate}")
            return phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region

        number = phonenumbers.parse(f"+{example.country_code}{self.valid(make, ok)}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        if fmt == "cc_digits":  # 2547..., 4477... (no plus)
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)[1:]
        if fmt == "nsn":  # the national significant number, as a number would keep it
            return phonenumbers.national_significant_number(number)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        if fmt == "dashes":
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:3]}-{d[3:6]}-{d[6:]}" if region in ("US", "CA") else national
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0,
               leads: list[str] | None = None) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile,
                                           leads), null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v72) -------------------------------------------------------------------------------------------

#: origin -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    # West Yorkshire: white British, Pakistani and Indian British, Polish, Caribbean
    "gb": (["Callum", "Declan", "Harvey", "Kieran", "Liam", "Reece", "Tyler", "Imran", "Tariq", "Zubair", "Rajesh",
            "Dominik", "Marek", "Leon", "Jermaine", "Nathaniel", "Stuart", "Graham"],
           ["Bethany", "Chelsea", "Gemma", "Jodie", "Kirsty", "Leanne", "Shannon", "Aisha", "Nadia", "Sana", "Priya",
            "Agnieszka", "Kasia", "Shanice", "Tamika", "Paula", "Lorraine", "Maxine"],
           ["Ackroyd", "Barraclough", "Hepworth", "Illingworth", "Sutcliffe", "Brearley", "Haigh", "Mitchell",
            "Holdsworth", "Rhodes", "Hussain", "Mahmood", "Akhtar", "Patel", "Mistry", "Nowak", "Wiśniewski",
            "Campbell", "Grant", "Lindo", "Fenton", "Thackray"]),
    # the Mississippi Delta, north Mississippi, Memphis, east Arkansas
    "us_south": (["Dwayne", "Travis", "Cody", "Marcus", "DeShawn", "Tyrone", "Bobby", "Clay", "Wesley", "Jarvis",
                  "Hoyt", "Lamar", "Trent", "Minh", "Rusty"],
                 ["Tammy", "Crystal", "LaTonya", "Shameka", "Brandi", "Missy", "Darlene", "Kendra", "Ebony",
                  "Lurleen", "Raylene", "Thuy", "Dixie", "Ashlyn", "Precious"],
                 ["Tubbs", "Pettigrew", "Bolden", "Whitfield", "McKnight", "Strickland", "Hollowell", "Beasley",
                  "Coleman", "Pruitt", "Hankins", "Nguyen", "Sledge", "Toler", "Gatewood", "Varnado", "Clanton"]),
    # the Hunter and Newcastle (NSW): Anglo, Italian, Greek, Filipino and Vietnamese Australians
    "au": (["Brayden", "Jarrod", "Lachlan", "Mitchell", "Shane", "Wayne", "Corey", "Dimitri", "Salvatore", "Ramon",
            "Huy", "Darren", "Kane", "Troy"],
           ["Kylie", "Tegan", "Brooke", "Chantelle", "Jacinta", "Rhiannon", "Narelle", "Despina", "Concetta", "Maricel",
            "Linh", "Shelley", "Kayla", "Tahlia"],
           ["Threlfall", "Kearney", "Doolan", "McAlister", "Bancroft", "Furlong", "Gorman", "Kyriakou", "Papadakis",
            "Lo Presti", "Ferraro", "Dela Cruz", "Bautista", "Pham", "Whiteley", "Stace", "Halloran"]),
    # Ireland: names with fadas, and new Irish
    "ie": (["Seán", "Pádraig", "Ciarán", "Darragh", "Eoin", "Oisín", "Tadhg", "Cathal", "Fergal", "Tomasz",
            "Andrius", "Chinedu"],
           ["Aoife", "Síle", "Niamh", "Gráinne", "Orlaith", "Caoimhe", "Sinéad", "Clodagh", "Bríd", "Joanna",
            "Ieva", "Adaeze"],
           ["Ó Súilleabháin", "Mac Cárthaigh", "Geraghty", "Fitzmaurice", "Heffernan", "Moynihan", "Lenihan",
            "Culhane", "Dwan", "Scanlon", "Ní Bhriain", "Kowalczyk", "Petrauskas", "Okafor"]),
    # Hamilton and the Niagara peninsula: Anglo, Italian, Portuguese, Punjabi, Polish, Croatian Canadians
    "ca": (["Brent", "Garrett", "Kyle", "Trevor", "Vito", "Carmine", "Nuno", "Rui", "Harjit", "Gurdeep", "Zbigniew",
            "Ante", "Mathieu"],
           ["Brianna", "Courtney", "Heather", "Lindsay", "Teresa", "Assunta", "Fátima", "Graça", "Manpreet",
            "Harleen", "Bożena", "Ivana", "Josée"],
           ["McTavish", "Ballantyne", "Dunphy", "Grieve", "Santucci", "DiFalco", "Medeiros", "Furtado", "Sandhu",
            "Gill", "Grewal", "Kozłowski", "Babić", "Lalonde"]),
    # Kenya: Kikuyu, Luo, Luhya, Kalenjin, Kamba and Swahili names
    "ke": (["Kamau", "Otieno", "Wafula", "Kiprono", "Mutua", "Brian", "Kevin", "Dennis", "Collins", "Hassan", "Juma",
            "Evans", "Geoffrey"],
           ["Wanjiru", "Akinyi", "Nafula", "Chebet", "Mwende", "Faith", "Mercy", "Purity", "Winnie", "Zawadi",
            "Halima", "Esther", "Caroline"],
           ["Njoroge", "Kariuki", "Ochieng", "Odhiambo", "Wekesa", "Simiyu", "Kipchumba", "Rotich", "Musyoka",
            "Mwangi", "Omondi", "Kiptoo", "Nyambura", "Achieng", "Wanyama"]),
    "fi": (["Juha", "Mikko", "Teemu", "Jarkko", "Ville", "Antti"],
           ["Tuula", "Sanna", "Minna", "Riikka", "Heli", "Outi"],
           ["Korhonen", "Mäkelä", "Heikkinen", "Väisänen", "Lehtonen", "Rautiainen", "Kettunen"]),
    "no": (["Eirik", "Håkon", "Sindre", "Torbjørn", "Øystein", "Vegard"],
           ["Ingvild", "Solveig", "Kari", "Ragnhild", "Siri", "Tuva"],
           ["Haugland", "Strand", "Bakke", "Sæther", "Løvås", "Nygård", "Tveit"]),
    "nz": (["Hamish", "Rangi", "Tāne", "Sione", "Blair", "Nikau"],
           ["Aroha", "Mereana", "Losa", "Kiri", "Shona", "Ngaio"],
           ["Tuhiwai", "Ngata", "Fifita", "McIntyre", "Tapsell", "Paewai", "Cossar"]),
    "de": (["Jürgen", "Uwe", "Dirk", "Matthias", "Sven", "Holger", "Timo", "Murat", "Kemal", "Waldemar", "Dariusz",
            "Frank"],
           ["Birgit", "Heike", "Sabine", "Anke", "Kerstin", "Jana", "Melanie", "Ayşe", "Elif", "Swetlana", "Renate",
            "Nicole"],
           ["Brenner", "Fenner", "Kraus", "Wissner", "Hahn", "Pfeiffer", "Schwalm", "Hofmann", "Eckhardt", "Dietz",
            "Yıldız", "Öztürk", "Becker", "Reinhardt", "Wolf", "Landgrebe"]),
    # Pennsylvania: Anglo, Pennsylvania Dutch, Italian, Irish, Polish, Puerto Rican and Black Pennsylvanians
    "us_pa": (["Kyle", "Ryan", "Josh", "Anthony", "Vincent", "Patrick", "Stanley", "Luis", "Jaylen", "Derrick",
               "Eli", "Brandon"],
              ["Ashley", "Megan", "Nicole", "Gina", "Kathleen", "Dorota", "Yesenia", "Marisol", "Keisha", "Tiana",
               "Lydia", "Carly"],
              ["Stoltzfus", "Hershberger", "Yoder", "Kowalski", "Rinaldi", "DiPietro", "Gallagher", "McGinley",
               "Santiago", "Rivera", "Washington", "Mosley", "Zimmerman", "Brubaker", "Lutz"]),
    "fr": (["Mathieu", "Thierry", "Sébastien", "Ludovic", "Grégory", "Yannick", "Karim", "Mehdi", "Jean-Luc",
            "Hervé", "Anthony", "Cédric"],
           ["Sandrine", "Nathalie", "Aurélie", "Séverine", "Émilie", "Laëtitia", "Nadia", "Samia", "Josiane",
            "Ghislaine", "Mélanie", "Coralie"],
           ["Lemonnier", "Lecarpentier", "Duval", "Hamel", "Lefrançois", "Marie", "Lebrun", "Quesnel", "Anquetil",
            "Letellier", "Benali", "Haddad", "Delafosse", "Vauquelin", "Guérin"]),
    "es": (["Álvaro", "Iván", "Rubén", "Sergio", "Raúl", "Jesús", "Óscar", "Adrián", "Ionuț", "Wilson", "Gonzalo",
            "Íñigo"],
           ["Nuria", "Noelia", "Rocío", "Raquel", "Inmaculada", "Yolanda", "Lorena", "Ainhoa", "Elena", "Ioana",
            "Yesica", "Marta"],
           ["García", "Fernández", "Sanz", "Moreno", "Gil", "Serrano", "Carrasco", "Cabrera", "Herrero", "Pastor",
            "Lozano", "Quintana", "Morcillo", "Barroso", "Popescu", "Vargas"]),
    # Apulia
    "it": (["Vito", "Nicola", "Cosimo", "Donato", "Michele", "Pasquale", "Savino", "Onofrio", "Rocco", "Leonardo",
            "Gaetano", "Domenico"],
           ["Angela", "Grazia", "Addolorata", "Rosanna", "Annamaria", "Lucia", "Isabella", "Teresa", "Vittoria",
            "Carmela", "Maria", "Sabrina"],
           ["Lacalamita", "Colapinto", "Desantis", "Lorusso", "Losito", "Palmisano", "Mastrogiacomo", "Ciccarone",
            "Caputo", "Ventrella", "Amoruso", "Marzano", "De Palma", "Dell'Aquila", "Laterza", "Fanelli"]),
    # Dalarna and Gävleborg
    "sv": (["Per", "Nils", "Lars", "Jonas", "Emil", "Tobias", "Kjell", "Rasmus", "Ali", "Mikael"],
           ["Karin", "Annika", "Helena", "Malin", "Elin", "Lena", "Britt", "Johanna", "Amina", "Sofia"],
           ["Andersson", "Persson", "Eriksson", "Ols", "Jansson", "Hedlund", "Mattsson", "Dahlberg", "Halvarsson",
            "Nordin", "Ek", "Mohammed", "Sjöberg", "Bylund"]),
}
#: Greek (Thessaloniki): (Greek, Latin transliteration) pairs; male given, female given, family (male, female)
GR_MALE = [("Γιώργος", "Giorgos"), ("Δημήτρης", "Dimitris"), ("Νίκος", "Nikos"), ("Κώστας", "Kostas"),
           ("Θανάσης", "Thanasis"), ("Στέλιος", "Stelios"), ("Παναγιώτης", "Panagiotis"), ("Χρήστος", "Christos"),
           ("Βασίλης", "Vasilis"), ("Σάκης", "Sakis"), ("Λάζαρος", "Lazaros"), ("Ευάγγελος", "Evangelos")]
GR_FEMALE = [("Ελένη", "Eleni"), ("Μαρία", "Maria"), ("Κατερίνα", "Katerina"), ("Σοφία", "Sofia"),
             ("Δέσποινα", "Despoina"), ("Βούλα", "Voula"), ("Αθηνά", "Athina"), ("Ευδοκία", "Evdokia"),
             ("Χρυσούλα", "Chrysoula"), ("Παρασκευή", "Paraskevi"), ("Στέλλα", "Stella"), ("Ξανθή", "Xanthi")]
GR_FAMILY = [("Παπαδόπουλος", "Παπαδοπούλου", "Papadopoulos"), ("Τσολάκης", "Τσολάκη", "Tsolakis"),
             ("Καραγιάννης", "Καραγιάννη", "Karagiannis"), ("Μπουρνάζος", "Μπουρνάζου", "Bournazos"),
             ("Χατζηδάκης", "Χατζηδάκη", "Chatzidakis"), ("Αθανασιάδης", "Αθανασιάδου", "Athanasiadis"),
             ("Ζαφειρόπουλος", "Ζαφειροπούλου", "Zafeiropoulos"), ("Τζιόλας", "Τζιόλα", "Tziolas"),
             ("Σαββίδης", "Σαββίδου", "Savvidis"), ("Κυριακίδης", "Κυριακίδου", "Kyriakidis"),
             ("Ιωαννίδης", "Ιωαννίδου", "Ioannidis"), ("Μαυρίδης", "Μαυρίδου", "Mavridis"),
             ("Τσακίρης", "Τσακίρη", "Tsakiris"), ("Γεωργιάδης", "Γεωργιάδου", "Georgiadis")]
#: Japanese: (kanji, katakana, romaji)
JA_FAMILY = [("佐藤", "サトウ", "sato"), ("鈴木", "スズキ", "suzuki"), ("高橋", "タカハシ", "takahashi"),
             ("田中", "タナカ", "tanaka"), ("渡辺", "ワタナベ", "watanabe"), ("中村", "ナカムラ", "nakamura"),
             ("小林", "コバヤシ", "kobayashi"), ("吉田", "ヨシダ", "yoshida"), ("松本", "マツモト", "matsumoto"),
             ("井上", "イノウエ", "inoue"), ("木村", "キムラ", "kimura"), ("清水", "シミズ", "shimizu"),
             ("森田", "モリタ", "morita"), ("石川", "イシカワ", "ishikawa"), ("大塚", "オオツカ", "otsuka"),
             ("平野", "ヒラノ", "hirano"), ("古賀", "コガ", "koga"), ("末永", "スエナガ", "suenaga")]
JA_MALE = [("健太", "ケンタ", "kenta"), ("大輔", "ダイスケ", "daisuke"), ("浩二", "コウジ", "koji"),
           ("誠", "マコト", "makoto"), ("拓也", "タクヤ", "takuya"), ("隆", "タカシ", "takashi"),
           ("翔太", "ショウタ", "shota"), ("秀樹", "ヒデキ", "hideki"), ("修", "オサム", "osamu")]
JA_FEMALE = [("美香", "ミカ", "mika"), ("由美", "ユミ", "yumi"), ("恵子", "ケイコ", "keiko"),
             ("直美", "ナオミ", "naomi"), ("彩", "アヤ", "aya"), ("智子", "トモコ", "tomoko"),
             ("真由美", "マユミ", "mayumi"), ("陽子", "ヨウコ", "yoko"), ("舞", "マイ", "mai")]


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
    a, b = plain(first) or "x", plain(last) or "y"
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(60, 99)}", f"{b}{a[:2]}", f"{a}.{b}{g.rnd.randint(1, 9)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(first)}.{plain(last)}@{domain}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first) or "x", plain(last) or "y"
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a}{b[:3]}"][style % 5]


def handle(g: Gen, first: str, last: str) -> str:
    """A gambler's chosen screen name."""
    a, b = plain(first) or "x", plain(last) or "y"
    return g.rnd.choice([f"{a}{g.rnd.randint(1, 99)}", f"lucky{a}{g.rnd.randint(7, 77)}", f"{b[:5]}_bets",
                         f"{a[:4]}{b[:3]}{g.rnd.randint(80, 99)}", f"big{b[:4]}", f"{a}spins"])


DOMAINS = {
    "gb": ["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "icloud.com", "btinternet.com", "sky.com"],
    "us": ["gmail.com", "yahoo.com", "att.net", "bellsouth.net", "hotmail.com", "icloud.com", "comcast.net"],
    "au": ["gmail.com", "bigpond.com", "hotmail.com", "outlook.com.au", "yahoo.com.au", "optusnet.com.au"],
    "ca": ["gmail.com", "rogers.com", "bell.net", "hotmail.ca", "cogeco.ca", "yahoo.ca"],
    "eu": ["gmail.com", "outlook.com", "hotmail.com", "gmx.de", "web.de", "online.no", "luukku.com", "xtra.co.nz"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "freenet.de", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "sfr.fr", "laposte.net", "gmail.com", "wanadoo.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net"],
    "it": ["libero.it", "virgilio.it", "gmail.com", "alice.it", "tiscali.it", "hotmail.it"],
    "sv": ["telia.com", "gmail.com", "hotmail.se", "outlook.com", "bredband.net"],
    "gr": ["gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr", "windowslive.com"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp", "icloud.com"],
}

# -- places (written for v72) ------------------------------------------------------------------------------------------

#: West Yorkshire and around: (town, outward codes)
GB_TOWNS = [("Leeds", ["LS6", "LS8", "LS9", "LS11", "LS12", "LS17", "LS28"]), ("Bradford", ["BD3", "BD7", "BD9"]),
            ("Wakefield", ["WF1", "WF2"]), ("Huddersfield", ["HD1", "HD2", "HD5"]), ("Halifax", ["HX1", "HX3"]),
            ("Keighley", ["BD21"]), ("Dewsbury", ["WF12", "WF13"]), ("Pontefract", ["WF8"]), ("York", ["YO10", "YO24"])]
GB_STREETS = ["Harehills Lane", "Roundhay Road", "Kirkstall Road", "Tong Road", "Manningham Lane", "Thornton Road",
              "Westgate", "Denby Dale Road", "Skircoat Road", "Wibsey Bank", "Cardigan Road", "Chapeltown Road",
              "Oakwood Avenue", "Beeston Hill", "Scott Hall Road", "Town Street", "Whitehall Road"]
#: (city, state, ZIPs)
US_SOUTH = [("Tunica", "MS", ["38676"]), ("Clarksdale", "MS", ["38614"]), ("Southaven", "MS", ["38671", "38672"]),
            ("Olive Branch", "MS", ["38654"]), ("Tupelo", "MS", ["38801", "38804"]), ("Oxford", "MS", ["38655"]),
            ("Greenville", "MS", ["38701", "38703"]), ("Memphis", "TN", ["38104", "38111", "38116", "38118", "38127"]),
            ("Collierville", "TN", ["38017"]), ("West Memphis", "AR", ["72301"]), ("Helena", "AR", ["72342"]),
            ("Jonesboro", "AR", ["72401"]), ("Batesville", "MS", ["38606"])]
US_STREETS = ["Elvis Presley Blvd", "Goodman Rd", "Getwell Rd", "Old Highway 61", "Church St", "Magnolia Dr",
              "Cotton Gin Rd", "Winchester Rd", "Stateline Rd", "Pecan Grove Ln", "Delta Ave", "Sunflower Rd",
              "Hacks Cross Rd", "Poplar Ave", "Cypress Bend Dr"]
#: Newcastle and the Hunter: (suburb, postcode)
AU_SUBURBS = [("Merewether", "2291"), ("Hamilton", "2303"), ("Charlestown", "2290"), ("Cessnock", "2325"),
              ("Maitland", "2320"), ("Kurri Kurri", "2327"), ("Wallsend", "2287"), ("Lambton", "2299"),
              ("Mayfield", "2304"), ("Toronto", "2283"), ("Belmont", "2280"), ("Raymond Terrace", "2324"),
              ("Singleton", "2330"), ("Swansea", "2281")]
AU_STREETS = ["Hunter St", "Maitland Rd", "Lambton Rd", "Pacific Hwy", "Glebe Rd", "Brunker Rd", "Wollombi Rd",
              "Main Rd", "Cowper St", "Railway St", "Lake St", "Violet Town Rd"]
#: Hamilton and the Niagara peninsula: (city, FSAs)
CA_CITIES = [("Hamilton", ["L8L", "L8M", "L8P", "L9A", "L9C", "L8H"]), ("Stoney Creek", ["L8E", "L8G", "L8J"]),
             ("Burlington", ["L7L", "L7M", "L7R"]), ("Ancaster", ["L9G", "L9K"]), ("Dundas", ["L9H"]),
             ("Grimsby", ["L3M"]), ("St. Catharines", ["L2M", "L2N", "L2R"]), ("Brantford", ["N3R", "N3T"])]
CA_STREETS = ["Barton St E", "King St W", "Upper James St", "Concession St", "Mohawk Rd E", "Queenston Rd",
              "Fennell Ave E", "Main St E", "Ottawa St N", "Garth St", "Lakeshore Rd", "Glenwood Ave"]
#: Malta-licensed casino's players: country -> (towns with postcodes, streets)
EU_PLACES = {
    "FI": ([("Tampere", "33100"), ("Tampere", "33500"), ("Oulu", "90100"), ("Turku", "20100"), ("Jyväskylä", "40100")],
           ["Hämeenkatu", "Satakunnankatu", "Isokatu", "Puutarhakatu", "Kauppakatu"]),
    "NO": ([("Bergen", "5003"), ("Bergen", "5031"), ("Trondheim", "7010"), ("Stavanger", "4006"), ("Tromsø", "9008")],
           ["Kong Oscars gate", "Olav Tryggvasons gate", "Storgata", "Kirkegata", "Lillegårdsveien"]),
    "DE": ([("Kassel", "34117"), ("Göttingen", "37073"), ("Paderborn", "33098"), ("Bielefeld", "33602")],
           ["Wilhelmshöher Allee", "Weender Straße", "Westernstraße", "Bahnhofstraße", "Am Markt"]),
    "NZ": ([("Hamilton", "3204"), ("Hamilton", "3216"), ("Tauranga", "3110"), ("Rotorua", "3010"),
            ("Whanganui", "4500")],
           ["Victoria Street", "Grey Street", "Cameron Road", "Fenton Street", "Te Rapa Road"]),
}
#: Hesse: (town, postcodes, landline area code without 0)
DE_TOWNS = [("Fulda", ["36037", "36039", "36041"], "661"), ("Gießen", ["35390", "35392", "35394"], "641"),
            ("Marburg", ["35037", "35039"], "6421"), ("Wetzlar", ["35576", "35578"], "6441"),
            ("Hanau", ["63450", "63452"], "6181"), ("Offenbach am Main", ["63065", "63067", "63069"], "69"),
            ("Bad Hersfeld", ["36251"], "6621"), ("Limburg an der Lahn", ["65549"], "6431"),
            ("Friedberg (Hessen)", ["61169"], "6031")]
DE_STREETS = ["Bahnhofstraße", "Marktplatz", "Frankfurter Straße", "Kasseler Straße", "Schulstraße", "Am Lindenplatz",
              "Leipziger Straße", "Wilhelmstraße", "Seltersweg", "Petersberger Straße", "Hauptstraße"]
#: Normandy: (town, postcode)
FR_TOWNS = [("Deauville", "14800"), ("Trouville-sur-Mer", "14360"), ("Caen", "14000"), ("Lisieux", "14100"),
            ("Honfleur", "14600"), ("Le Havre", "76600"), ("Rouen", "76000"), ("Évreux", "27000"), ("Cabourg", "14390"),
            ("Pont-l'Évêque", "14130"), ("Bayeux", "14400"), ("Paris", "75016"), ("Paris", "75017")]
FR_STREETS = ["rue Désiré le Hoc", "avenue de la République", "rue Victor Hugo", "boulevard Fernand Moureaux",
              "rue du Général Leclerc", "place du Marché", "chemin des Enclos", "rue Pasteur", "allée des Tilleuls",
              "rue Gambetta", "impasse des Pommiers"]
#: Madrid and around: (municipality, province, postcodes)
ES_TOWNS = [("Madrid", "Madrid", ["28005", "28011", "28018", "28026", "28038", "28045"]),
            ("Alcalá de Henares", "Madrid", ["28801", "28805"]), ("Getafe", "Madrid", ["28901", "28905"]),
            ("Móstoles", "Madrid", ["28931", "28935"]), ("Leganés", "Madrid", ["28911", "28915"]),
            ("Fuenlabrada", "Madrid", ["28941", "28943"]), ("Toledo", "Toledo", ["45003", "45007"]),
            ("Guadalajara", "Guadalajara", ["19001", "19005"]), ("Talavera de la Reina", "Toledo", ["45600"])]
ES_STREETS = ["Calle de Toledo", "Avenida de la Albufera", "Calle Mayor", "Calle de Bravo Murillo",
              "Paseo de Extremadura",
              "Calle Real", "Avenida de la Constitución", "Calle de Alcalá", "Plaza de España", "Calle Libertad"]
#: Apulia: (comune, province, CAPs, cadastral code)
IT_COMUNI = [("Bari", "BA", ["70121", "70123", "70126", "70132"], "A662"), ("Lecce", "LE", ["73100"], "E506"),
             ("Taranto", "TA", ["74121", "74123"], "L049"), ("Brindisi", "BR", ["72100"], "B180"),
             ("Foggia", "FG", ["71121", "71122"], "D643"), ("Andria", "BT", ["76123"], "A285"),
             ("Barletta", "BT", ["76121"], "A669"), ("Altamura", "BA", ["70022"], "A225"),
             ("Monopoli", "BA", ["70043"], "F376"), ("Molfetta", "BA", ["70056"], "F284")]
IT_STREETS = ["Via Sparano da Bari", "Corso Cavour", "Via Calefati", "Viale Japigia", "Via Trinchese",
              "Corso Vittorio Emanuele II", "Via Argiro", "Via Dante Alighieri", "Via Appia Antica", "Via Manzoni"]
#: Dalarna and Gävleborg: (town, postcode leads)
SE_TOWNS = [("Falun", "791"), ("Borlänge", "784"), ("Rättvik", "795"), ("Mora", "792"), ("Gävle", "802"),
            ("Sandviken", "811"), ("Hudiksvall", "824"), ("Leksand", "793"), ("Ludvika", "771")]
SE_STREETS = ["Åsgatan", "Slaggatan", "Storgatan", "Vasagatan", "Tjärnvägen", "Myntgatan", "Hantverkargatan",
              "Björkvägen", "Gruvgatan", "Stationsgatan"]
#: Thessaloniki: (area, postcode leads)
GR_AREAS = [("Θεσσαλονίκη", "546"), ("Καλαμαριά", "551"), ("Εύοσμος", "562"), ("Πυλαία", "555"), ("Νεάπολη", "567"),
            ("Σταυρούπολη", "564"), ("Θέρμη", "570"), ("Αμπελόκηποι", "561")]
GR_STREETS = ["Εγνατίας", "Τσιμισκή", "Βασιλίσσης Όλγας", "Δελφών", "Κωνσταντινουπόλεως", "Αγίου Δημητρίου",
              "Λαγκαδά", "Μοναστηρίου", "Παπαναστασίου", "Καραμανλή"]
#: Japan: (prefecture + city + ward, area, postcode lead)
JA_PLACES = [("福岡県福岡市博多区", "博多駅前", "812"), ("福岡県北九州市小倉北区", "京町", "802"),
             ("大阪府大阪市住之江区", "南加賀屋", "559"), ("東京都江戸川区", "東小松川", "132"),
             ("東京都大田区", "平和島", "143"), ("愛知県蒲郡市", "竹谷町", "443"), ("愛知県常滑市", "新開町", "479"),
             ("兵庫県尼崎市", "水明町", "660"), ("山口県下関市", "長府", "752"), ("佐賀県唐津市", "東唐津", "847")]


def gb_postcode(g: Gen, outward: str) -> str:
    return f"{outward} {g.rnd.randint(1, 9)}{g.digits(2, 'ABDEFGHJLNPQRSTUWXYZ')}"


def gb_street(g: Gen) -> str:
    n = g.rnd.randint(1, 240)
    return g.rnd.choice([f"{n} {g.rnd.choice(GB_STREETS)}", f"{n} {g.rnd.choice(GB_STREETS)}",
                         f"Flat {g.rnd.randint(1, 24)}, {n} {g.rnd.choice(GB_STREETS)}"])


def us_street(g: Gen) -> str:
    n = g.rnd.randint(100, 9899)
    return g.rnd.choice([f"{n} {g.rnd.choice(US_STREETS)}",
                         f"{n} {g.rnd.choice(US_STREETS)} APT {g.rnd.randint(1, 40)}",
                         f"{n} {g.rnd.choice(US_STREETS)}"])


def au_street(g: Gen) -> str:
    n = g.rnd.randint(1, 320)
    return g.rnd.choice([f"{n} {g.rnd.choice(AU_STREETS)}", f"{g.rnd.randint(1, 12)}/{n} {g.rnd.choice(AU_STREETS)}"])


def ca_street(g: Gen) -> str:
    n = g.rnd.randint(10, 1990)
    return g.rnd.choice([f"{n} {g.rnd.choice(CA_STREETS)}",
                         f"{g.rnd.randint(101, 1806)}-{n} {g.rnd.choice(CA_STREETS)}"])


def ca_postal(g: Gen, fsa: str) -> str:
    return f"{fsa} {g.rnd.randint(1, 9)}{g.rnd.choice('ABCEGHJKLMNPRSTVWXYZ')}{g.rnd.randint(0, 9)}"


def de_street(g: Gen) -> str:
    return f"{g.rnd.choice(DE_STREETS)} {g.rnd.randint(1, 140)}" + g.rnd.choice(["", "", "a", "b"])


def fr_street(g: Gen) -> str:
    return f"{g.rnd.randint(1, 88)}{g.rnd.choice(['', '', ' bis'])} {g.rnd.choice(FR_STREETS)}"


def es_street(g: Gen) -> str:
    return (f"{g.rnd.choice(ES_STREETS)}, {g.rnd.randint(1, 160)}, "
            f"{g.rnd.choice(['1º', '2º', '3º', '4º', 'Bajo', '5º'])} {g.rnd.choice(['A', 'B', 'C', 'Izda.', 'Dcha.'])}")


def it_street(g: Gen) -> str:
    return f"{g.rnd.choice(IT_STREETS)} {g.rnd.randint(1, 220)}" + g.rnd.choice(["", "", "/B", " int. 7"])


def se_street(g: Gen) -> str:
    return f"{g.rnd.choice(SE_STREETS)} {g.rnd.randint(1, 60)}" + g.rnd.choice(["", "", " A", " lgh 1201"])


def gr_street(g: Gen) -> str:
    return f"{g.rnd.choice(GR_STREETS)} {g.rnd.randint(1, 180)}"


def ja_address(g: Gen, place: tuple[str, str, str]) -> str:
    return f"{place[0]}{place[1]}{g.rnd.randint(1, 5)}-{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)}" + g.rnd.choice(
        ["", "", f" {g.rnd.choice(['コーポ', 'ハイツ', 'メゾン'])}{g.rnd.choice(['桜', '若葉', '翠'])}{g.rnd.randint(101, 508)}"])


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def us_ssn(g: Gen, areas: tuple[int, int]) -> str:
    """A US SSN ``AAA-GG-SSSS`` (area in ``areas``: the pre-2011 areas of the Delta states)."""
    return g.valid(lambda: f"{g.rnd.randint(*areas):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}",
                   _ssn.is_valid)


def ie_pps(g: Gen) -> str:
    """An Irish PPS number: seven digits, the check letter and, for newer ones, ``A`` (python-stdnum checks it)."""
    return g.valid(lambda: g.digits(7) + g.rnd.choice(string.ascii_uppercase[:23]) + g.rnd.choice(["", "", "A"]),
                   _pps.is_valid)


def ie_vat(g: Gen) -> str:
    """An Irish VAT number of a shop (a business's: ``none``)."""
    return g.valid(lambda: "IE" + g.digits(7) + g.rnd.choice(string.ascii_uppercase[:23]) + "H", _ie_vat.is_valid)


def de_idnr(g: Gen) -> str:
    """A German Steuer-ID: 11 digits, one digit twice in the first ten, the check digit ISO 7064 mod 11,10."""

    def make() -> str:
        ds = g.rnd.sample("0123456789", 9)
        ds.insert(g.rnd.randint(0, 9), g.rnd.choice(ds))
        body = "".join(ds)
        return body + mod_11_10.calc_check_digit(body)

    return g.valid(make, _idnr.is_valid)


def de_vat(g: Gen) -> str:
    return g.valid(lambda: "DE" + g.rnd.choice("123") + g.digits(8), _de_vat.is_valid)


def es_dni(g: Gen) -> str:
    body = f"{g.rnd.randint(1_000_000, 79_999_999):08d}"
    number = body + _dni.calc_check_digit(body)
    assert _dni.is_valid(number)
    return number


def es_nie(g: Gen) -> str:
    number = g.rnd.choice("XYZ") + g.digits(7)
    number += _nie.calc_check_digit(number)
    assert _nie.is_valid(number)
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


def it_iva(g: Gen) -> str:
    """An Italian partita IVA (a betting shop's: ``none``)."""
    return g.valid(lambda: g.digits(7) + g.rnd.choice(["072", "073", "074", "071", "110"]) + g.digits(1), _iva.is_valid)


def se_personnummer(g: Gen, born: date) -> str:
    body = born.strftime("%y%m%d") + g.digits(3)
    number = f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"
    assert _pnr.is_valid(number)
    return number


def se_orgnr(g: Gen) -> str:
    body = "55" + g.digits(7)
    number = body + luhn.calc_check_digit(body)
    assert _orgnr.is_valid(number)
    return f"{number[:6]}-{number[6:]}"


def gr_amka(g: Gen, born: date, female: bool) -> str:
    """A Greek AMKA: the birth date ``DDMMYY``, three digits, a sex digit (odd for men) and the Luhn digit."""
    sex = g.rnd.choice("02468" if female else "13579")
    body = born.strftime("%d%m%y") + g.digits(3) + sex
    number = body + luhn.calc_check_digit(body)
    assert _amka.is_valid(number)
    return number


def gr_afm(g: Gen) -> str:
    """A Greek tax number (ΑΦΜ) of a person (9 digits, the check digit by python-stdnum)."""
    body = g.rnd.choice(["0", "1"]) + g.digits(7)
    number = body + _gr_vat.calc_check_digit(body)
    assert _gr_vat.is_valid(number)
    return number


def ean13(g: Gen, prefix: str) -> str:
    body = prefix + g.digits(12 - len(prefix))
    return body + ean.calc_check_digit(body)


def not_luhn(g: Gen, n: int, prefix: str = "") -> str:
    """``n`` digits that fail the Luhn check (a serial that is no card number)."""
    body = prefix + g.digits(n - len(prefix) - 1)
    good = int(luhn.calc_check_digit(body))
    return body + str((good + g.rnd.randint(1, 9)) % 10)


#: BBAN layouts (9 a digit, A a letter, Z either); python-stdnum checks the result
BBAN = {"FI": "99999999999999", "NO": "99999999999", "DE": "999999999999999999", "IT": "A9999999999000999999999"}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    def make() -> str:
        bban = g.code(BBAN[country])
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def bcrypt_hash(g: Gen) -> str:
    alphabet = "./" + string.ascii_letters + string.digits
    return f"$2y$10${g.digits(53, alphabet)}"


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)


def mac(g: Gen) -> str:
    return ":".join(f"{g.rnd.randint(0, 255):02x}" for _ in range(6))
