"""Values of held-out set v23 (:mod:`benchmarks.classification.heldout_v23`): v23's random source, names, streets and
cities written by hand for v23 (no Faker, no list of real people), phones checked with phonenumbers and identifiers
with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
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
from stdnum.cz import rc as _rc
from stdnum.de import idnr as _idnr
from stdnum.dk import cpr as _cpr
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.fr import nir as _nir
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _gr_vat
from stdnum.it import codicefiscale as _cf
from stdnum.jp import in_ as _jp_in
from stdnum.nl import bsn as _bsn
from stdnum.pl import pesel as _pesel
from stdnum.pt import nif as _nif
from stdnum.ru import inn as _inn
from stdnum.se import personnummer as _pnr
from stdnum.tr import tckimlik as _tc
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 23_061_2026
N = "none"
#: a login or public display handle (review, as in v5 to v22)
USERNAME = "unclassified"
#: NULL-like strings of v23's languages (tests skip them)
NULLISH: tuple[str, ...] = (
    "", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "?", "#N/A", "(blank)",
    "keine", "k.A.", "aucun", "néant", "ninguno", "sin datos", "nessuna", "n.d.", "nenhum", "geen", "brak", "ingen",
    "inga", "žádná", "yok", "NASHI", "なし", "нет", "κανένα", "ingen oplysning", "nessuno", "nada", "brak danych",
    "žádný", "-/-", "nil", "nicht angegeben", "ikke oplyst", "nenhuma", "brak informacji", "bilinmiyor",
    "не указано", "nessun dato", "ej angivet", "sin observaciones", "aucune")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.replace("ł", "l").replace("ø", "o").replace("æ", "ae").replace("ß", "ss").replace("ı", "i")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v23:{SEED}:{table}")

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

    def moments(self, lo: str, hi: str) -> list[datetime]:
        return [datetime.combine(self.day(lo, hi), datetime.min.time()) + timedelta(seconds=self.rnd.randint(
            6 * 3600, 22 * 3600)) for _ in range(self.rows)]

    def birth(self, lo: int, hi: int) -> date:
        return self.day(f"{lo}-01-01", f"{hi}-12-31")

    def births(self, lo: int, hi: int) -> list[date]:
        return [self.birth(lo, hi) for _ in range(self.rows)]

    # -- shapes
    def digits(self, n: int, alphabet: str = string.digits) -> str:
        return "".join(self.rnd.choice(alphabet) for _ in range(n))

    def code(self, layout: str) -> str:
        """``9`` a digit, ``A`` an upper-case letter, ``Z`` either; anything else is kept."""
        out = []
        for ch in layout:
            if ch == "9":
                out.append(self.rnd.choice(string.digits))
            elif ch == "A":
                out.append(self.rnd.choice(string.ascii_uppercase))
            elif ch == "Z":
                out.append(self.rnd.choice(string.digits + string.ascii_uppercase))
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
        first = self.rnd.choice([31, 37, 46, 78, 81, 85, 88, 91, 93, 95, 109, 176, 188, 212, 213, 217])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2a02", "2a01", "2001", "2a00", "2003"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        keep = max(len(nsn) - 6, 1)

        def make() -> str:
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
        if fmt == "00":
            return "00" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)[1:]
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v23) -------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names); an inflected family name is a (m, f) pair
NAMES: dict[str, tuple[list[str], list[str], list[Any]]] = {
    "en": (["Graham", "Neville", "Darren", "Clive", "Malcolm", "Stuart", "Gareth", "Rodney", "Lyle", "Vernon"],
           ["Shirley", "Joanne", "Maxine", "Lorraine", "Beverley", "Gillian", "Stacey", "Yvonne", "Carly", "Hayley"],
           ["Pickering", "Blackwood", "Hargreaves", "Ormerod", "Fairclough", "Greenhalgh", "Sowerby", "Thackeray",
            "Birtwistle", "Entwistle", "Rushworth", "Crowther", "Haworth", "Lumb"]),
    "us": (["Dustin", "Kyle", "Corey", "Derek", "Brandon", "Marcus", "Cody", "Tyler", "Jared", "Lance"],
           ["Krystal", "Misty", "Brittany", "Shanice", "Kelsey", "Jenna", "Tiffany", "Desiree", "Alyssa", "Mandy"],
           ["Bowers", "Hensley", "Whitaker", "Mullins", "Sizemore", "Caudill", "Pennington", "Blevins", "Stidham",
            "Hatfield", "Mayberry", "Combs", "Napier", "Slone"]),
    "de": (["Dieter", "Hartmut", "Jürgen", "Klaus-Peter", "Wilfried", "Detlef", "Heiko", "Jens", "Sven", "Torsten"],
           ["Birgit", "Heike", "Petra", "Silke", "Anja", "Kerstin", "Doris", "Renate", "Dagmar", "Elke"],
           ["Brinkmann", "Overbeck", "Hülsmann", "Kemper", "Tiemann", "Westphal", "Rohde", "Strothmann", "Pieper",
            "Lüttke", "Niehaus", "Brockmeyer", "Hagedorn", "Lammers"]),
    "fr": (["Thierry", "Pascal", "Didier", "Lionel", "Bruno", "Cédric", "Olivier", "Xavier", "Gaël", "Loïc"],
           ["Nathalie", "Isabelle", "Sandrine", "Véronique", "Karine", "Aurélie", "Géraldine", "Béatrice",
            "Murielle", "Solène"],
           ["Fournier", "Chevalier", "Lemaire", "Mercier", "Barbier", "Perrin", "Arnaud", "Brunet", "Charpentier",
            "Masson", "Rolland", "Joly", "Huet", "Bertin"]),
    "es": (["Manuel", "Joaquín", "Ignacio", "Tomás", "Emilio", "Ramón", "Víctor", "Adrián", "Borja", "Pablo"],
           ["Pilar", "Montserrat", "Consuelo", "Esther", "Raquel", "Amparo", "Beatriz", "Yolanda", "Silvia",
            "Irene"],
           ["Herrera", "Cabrera", "Vega", "Fuentes", "Carrasco", "Santana", "Pastor", "Soler", "Benítez", "Montero",
            "Calvo", "Gallardo", "Redondo", "Bravo"]),
    "it": (["Luca", "Stefano", "Marco", "Fabio", "Alessio", "Roberto", "Gianluca", "Mirko", "Valerio", "Simone"],
           ["Paola", "Francesca", "Elisa", "Chiara", "Laura", "Giulia", "Monica", "Federica", "Valentina",
            "Lorenza"],
           ["Ricci", "Colombo", "Mancini", "Fontana", "Rinaldi", "Barbieri", "Lombardi", "Moretti", "Conti",
            "De Luca", "Marchetti", "Villa", "Galli", "Cattaneo"]),
    "pt": (["João", "Miguel", "Tiago", "Nuno", "Bruno", "Hugo", "Vítor", "Ricardo", "Filipe", "Gonçalo"],
           ["Joana", "Catarina", "Inês", "Marta", "Sofia", "Filipa", "Rita", "Teresa", "Isabel", "Mariana"],
           ["Ferreira", "Rodrigues", "Gonçalves", "Marques", "Fernandes", "Ribeiro", "Pinto", "Teixeira",
            "Correia", "Cardoso", "Rocha", "Neves", "Sousa", "Coelho"]),
    "nl": (["Hendrik", "Jeroen", "Wouter", "Maarten", "Pieter", "Ruud", "Thijs", "Koen", "Jasper", "Stijn"],
           ["Ingrid", "Esther", "Marloes", "Sanne", "Lotte", "Jolanda", "Petra", "Mirjam", "Fleur", "Janneke"],
           ["Bakker", "Visser", "Mulder", "Bos", "Vos", "Dekker", "van der Meer", "Brouwer", "de Graaf", "Kok",
            "Postma", "Huisman", "van Wijk", "Kuipers"]),
    "pl": (["Tomasz", "Paweł", "Jacek", "Dariusz", "Sławomir", "Adam", "Michał", "Jerzy", "Leszek", "Waldemar"],
           ["Anna", "Katarzyna", "Joanna", "Beata", "Renata", "Grażyna", "Monika", "Aneta", "Jolanta", "Urszula"],
           [("Wiśniewski", "Wiśniewska"), ("Kamiński", "Kamińska"), ("Dąbrowski", "Dąbrowska"), ("Jankowski",
            "Jankowska"), ("Wójcik", "Wójcik"), ("Kaczmarek", "Kaczmarek"), ("Sikora", "Sikora"),
            ("Ostrowski", "Ostrowska"), ("Baran", "Baran"), ("Duda", "Duda"), ("Michalski", "Michalska"),
            ("Pawlak", "Pawlak")]),
    "sv": (["Lars", "Göran", "Ulf", "Magnus", "Jonas", "Fredrik", "Tomas", "Patrik", "Niklas", "Olof"],
           ["Annika", "Maria", "Camilla", "Jenny", "Linda", "Malin", "Helena", "Åsa", "Ingela", "Birgitta"],
           ["Johansson", "Karlsson", "Olsson", "Svensson", "Magnusson", "Holm", "Sjöberg", "Wallin", "Engström",
            "Hedlund", "Nyström", "Lundin", "Öberg", "Falk"]),
    "da": (["Søren", "Mads", "Kasper", "Thomas", "Lars", "Rasmus", "Jesper", "Anders", "Morten", "Ole"],
           ["Mette", "Susanne", "Hanne", "Pia", "Camilla", "Louise", "Line", "Bente", "Kirsten", "Signe"],
           ["Sørensen", "Thomsen", "Kristensen", "Madsen", "Olsen", "Johansen", "Mortensen", "Holm", "Dalgaard",
            "Bech", "Lund", "Mikkelsen", "Schmidt", "Damgaard"]),
    "cs": (["Jiří", "Tomáš", "Jaroslav", "Pavel", "Zdeněk", "Martin", "Ladislav", "Radek", "Ondřej", "Aleš"],
           ["Eva", "Hana", "Věra", "Alena", "Marie", "Lucie", "Kateřina", "Petra", "Renata", "Markéta"],
           [("Dvořák", "Dvořáková"), ("Procházka", "Procházková"), ("Kučera", "Kučerová"), ("Veselý", "Veselá"),
            ("Marek", "Marková"), ("Pospíšil", "Pospíšilová"), ("Hájek", "Hájková"), ("Jelínek", "Jelínková"),
            ("Růžička", "Růžičková"), ("Beneš", "Benešová"), ("Doležal", "Doležalová"), ("Šimek", "Šimková")]),
    "tr": (["Emre", "Murat", "Volkan", "Tolga", "Onur", "Kemal", "Burak", "Erkan", "Oğuz", "Cem"],
           ["Elif", "Derya", "Gizem", "Esra", "Tuğba", "Özlem", "Pınar", "Selin", "Burcu", "Hatice"],
           ["Kaya", "Şahin", "Çelik", "Arslan", "Doğan", "Kara", "Aydın", "Özdemir", "Yıldız", "Korkmaz", "Çetin",
            "Kurt", "Özkan", "Acar"]),
    "ru": (["Алексей", "Сергей", "Игорь", "Николай", "Владимир", "Максим", "Константин", "Михаил", "Артём",
            "Степан"],
           ["Ольга", "Елена", "Наталья", "Анна", "Людмила", "Екатерина", "Вера", "Дарья", "Алёна", "Лариса"],
           [("Соколов", "Соколова"), ("Волков", "Волкова"), ("Лебедев", "Лебедева"), ("Морозов", "Морозова"),
            ("Новиков", "Новикова"), ("Медведев", "Медведева"), ("Орлов", "Орлова"), ("Белов", "Белова"),
            ("Гусев", "Гусева"), ("Титов", "Титова"), ("Киселёв", "Киселёва"), ("Макаров", "Макарова")]),
    "el": (["Δημήτρης", "Νίκος", "Κώστας", "Γιώργος", "Μιχάλης", "Στέλιος", "Λευτέρης", "Τάσος", "Μανώλης",
            "Άγγελος"],
           ["Μαρία", "Σοφία", "Δήμητρα", "Γεωργία", "Κατερίνα", "Ευτυχία", "Σταυρούλα", "Φωτεινή", "Δέσποινα",
            "Ζωή"],
           [("Γεωργίου", "Γεωργίου"), ("Νικολάου", "Νικολάου"), ("Δημητρίου", "Δημητρίου"), ("Καραγιάννης",
            "Καραγιάννη"), ("Βλάχος", "Βλάχου"), ("Αλεξίου", "Αλεξίου"), ("Μαυρίδης", "Μαυρίδου"),
            ("Τσιρίγος", "Τσιρίγου"), ("Λαμπράκης", "Λαμπράκη"), ("Ραφαηλίδης", "Ραφαηλίδου")]),
}

#: Japanese names: (kanji, romaji) (written for v23)
JA_MALE = [("健一", "Kenichi"), ("和也", "Kazuya"), ("誠", "Makoto"), ("正樹", "Masaki"), ("拓也", "Takuya"),
           ("秀樹", "Hideki"), ("健太", "Kenta"), ("修", "Osamu"), ("哲也", "Tetsuya"), ("翔太", "Shota")]
JA_FEMALE = [("恵子", "Keiko"), ("由美", "Yumi"), ("智子", "Tomoko"), ("真由美", "Mayumi"), ("陽子", "Yoko"),
             ("愛", "Ai"), ("舞", "Mai"), ("沙織", "Saori"), ("麻衣", "Mai"), ("幸子", "Sachiko")]
JA_LAST = [("佐藤", "Sato"), ("鈴木", "Suzuki"), ("高橋", "Takahashi"), ("田中", "Tanaka"), ("渡辺", "Watanabe"),
           ("伊藤", "Ito"), ("中村", "Nakamura"), ("小林", "Kobayashi"), ("加藤", "Kato"), ("吉田", "Yoshida"),
           ("山田", "Yamada"), ("斎藤", "Saito"), ("森", "Mori"), ("長谷川", "Hasegawa")]


def sexes(g: Gen, female: float = 0.5) -> list[bool]:
    return [g.rnd.random() < female for _ in range(g.rows)]


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang`` (an inflected family name agrees with the sex)."""
    female = g.rnd.random() < 0.5 if female is None else female
    males, females, lasts = NAMES[lang]
    first = g.rnd.choice(females if female else males)
    last = g.rnd.choice(lasts)
    if isinstance(last, tuple):
        last = last[1] if female else last[0]
    return first, last


def people(g: Gen, lang: str, fem: list[bool]) -> tuple[list[str], list[str]]:
    pairs = [person(g, lang, f) for f in fem]
    return [a for a, _ in pairs], [b for _, b in pairs]


def whole(g: Gen, lang: str, female: bool | None = None) -> str:
    a, b = person(g, lang, female)
    return f"{a} {b}"


def given(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def family(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[1]


def ja_person(g: Gen, female: bool) -> tuple[tuple[str, str], tuple[str, str]]:
    return g.rnd.choice(JA_LAST), g.rnd.choice(JA_FEMALE if female else JA_MALE)


def emails(g: Gen, firsts: list[str], lasts: list[str], domains: list[str]) -> list[str]:
    out = []
    for a, b in zip(firsts, lasts):
        a, b = fold(a).replace(" ", ""), fold(b).replace(" ", "")
        local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}",
                              f"{a}_{b}{g.rnd.randint(60, 99)}"])
        out.append(f"{local}@{g.rnd.choice(domains)}")
    return out


def handle(g: Gen, first: str, last: str) -> str:
    a, b = fold(first).replace(" ", ""), fold(last).replace(" ", "")
    return g.rnd.choice([f"{a}{b[:3]}{g.rnd.randint(1, 999)}", f"{a[0]}{b}", f"{b}_{a}", f"{a}.{b}{g.rnd.randint(1, 9)}",
                         f"{a}{g.rnd.randint(1970, 2005)}"])


def login(first: str, last: str, style: int) -> str:
    a, b = fold(first).replace(" ", ""), fold(last).replace(" ", "")
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:5]}{a[:2]}", f"{a}_{b[0]}"][style % 4]


# -- places (written for v23) ------------------------------------------------------------------------------------------

#: country -> (real city or town, postal code lead)
CITIES: dict[str, list[tuple[str, str]]] = {
    "GB": [("Bolton", "BL"), ("Blackburn", "BB"), ("Preston", "PR"), ("Wigan", "WN"), ("Burnley", "BB"),
           ("Bury", "BL"), ("Lancaster", "LA")],
    "US": [("Lexington", "405"), ("Louisville", "402"), ("Bowling Green", "421"), ("Frankfort", "406"),
           ("Pikeville", "415"), ("Hazard", "417"), ("Paducah", "420")],
    "DE": [("Münster", "48"), ("Bielefeld", "33"), ("Paderborn", "33"), ("Gütersloh", "33"), ("Osnabrück", "49"),
           ("Rheine", "48"), ("Coesfeld", "48")],
    "FR": [("Dijon", "21"), ("Besançon", "25"), ("Beaune", "21"), ("Chalon-sur-Saône", "71"), ("Mâcon", "71"),
           ("Dole", "39"), ("Auxerre", "89")],
    "ES": [("Murcia", "30"), ("Cartagena", "30"), ("Lorca", "30"), ("Alicante", "03"), ("Elche", "03"),
           ("Orihuela", "03"), ("Albacete", "02")],
    "IT": [("Verona", "371"), ("Vicenza", "361"), ("Padova", "351"), ("Treviso", "311"), ("Rovigo", "451"),
           ("Bassano del Grappa", "360"), ("Schio", "360")],
    "PT": [("Braga", "47"), ("Guimarães", "48"), ("Viana do Castelo", "49"), ("Barcelos", "47"), ("Famalicão", "47"),
           ("Vila Real", "50")],
    "NL": [("Eindhoven", "56"), ("Tilburg", "50"), ("Breda", "48"), ("Helmond", "57"), ("Oss", "53"),
           ("Veldhoven", "55")],
    "PL": [("Poznań", "60"), ("Gniezno", "62"), ("Leszno", "64"), ("Kalisz", "62"), ("Konin", "62"),
           ("Piła", "64")],
    "SE": [("Göteborg", "41"), ("Borås", "50"), ("Trollhättan", "46"), ("Uddevalla", "45"), ("Kungälv", "44"),
           ("Alingsås", "44")],
    "DK": [("Aarhus", "8"), ("Randers", "89"), ("Silkeborg", "86"), ("Horsens", "87"), ("Viborg", "88"),
           ("Skanderborg", "86")],
    "CZ": [("Brno", "6"), ("Olomouc", "77"), ("Zlín", "76"), ("Jihlava", "58"), ("Prostějov", "79"),
           ("Přerov", "75")],
    "TR": [("İzmir", "35"), ("Manisa", "45"), ("Aydın", "09"), ("Denizli", "20"), ("Muğla", "48"),
           ("Balıkesir", "10")],
    "RU": [("Екатеринбург", "620"), ("Пермь", "614"), ("Челябинск", "454"), ("Тюмень", "625"), ("Уфа", "450"),
           ("Курган", "640")],
    "GR": [("Θεσσαλονίκη", "54"), ("Σέρρες", "62"), ("Κατερίνη", "60"), ("Βέροια", "59"), ("Καβάλα", "65"),
           ("Δράμα", "66")],
    "JP": [("札幌市", "06"), ("旭川市", "07"), ("函館市", "04"), ("小樽市", "04"), ("帯広市", "08"),
           ("釧路市", "08")],
}

JP_ROMAJI = {"札幌市": "Sapporo-shi", "旭川市": "Asahikawa-shi", "函館市": "Hakodate-shi", "小樽市": "Otaru-shi",
             "帯広市": "Obihiro-shi", "釧路市": "Kushiro-shi"}

STREETS: dict[str, list[str]] = {
    "en": ["Chorley New Road", "Bury Old Road", "Blackburn Road", "Moss Lane", "Albert Road", "Hawthorn Grove",
           "Chapel Street", "Lark Hill"],
    "us": ["Tates Creek Rd", "Bardstown Rd", "Nicholasville Rd", "Main St", "Richmond Rd", "Dixie Hwy"],
    "de": ["Hammer Straße", "Warendorfer Straße", "Detmolder Straße", "Im Grünen Winkel", "Lindenweg",
           "Bahnhofstraße", "Wolbecker Straße", "Am Kanal"],
    "fr": ["rue de la Liberté", "avenue Victor Hugo", "rue Monge", "chemin des Vignes", "rue des Godrans",
           "boulevard Carnot", "place Darcy"],
    "es": ["C/ Trapería", "Gran Vía Escultor Salzillo", "Avda. de la Libertad", "C/ Mayor", "Plaza de Santo Domingo",
           "C/ Jabonerías"],
    "it": ["Via Mazzini", "Corso Porta Nuova", "Via Roma", "Viale della Repubblica", "Contrà Porti",
           "Via Cavour"],
    "pt": ["Rua do Souto", "Avenida da Liberdade", "Rua de Santa Margarida", "Rua Dom Afonso Henriques",
           "Travessa do Carmo", "Rua Nova"],
    "nl": ["Stratumseind", "Hoogstraat", "Kruisstraat", "Boschdijk", "Molenstraat", "Vestdijk"],
    "pl": ["ul. Głogowska", "ul. Dąbrowskiego", "os. Batorego", "ul. Grunwaldzka", "ul. Polna", "ul. Kościuszki"],
    "sv": ["Linnégatan", "Storgatan", "Allégatan", "Ekvägen", "Tallvägen", "Drottninggatan"],
    "da": ["Frederiksgade", "Søndergade", "Vesterbrogade", "Bøgevej", "Rosenvænget", "Mejlgade"],
    "cs": ["Veveří", "Lidická", "Kounicova", "Palackého", "Masarykova", "Křenová"],
    "tr": ["Kıbrıs Şehitleri Cad.", "Talatpaşa Bulvarı", "Mithatpaşa Cad.", "Şair Eşref Bulvarı", "2040 Sk.",
           "Vatan Cad."],
    "ru": ["ул. Ленина", "ул. Малышева", "ул. Пушкина", "пр. Космонавтов", "ул. Садовая", "ул. Чапаева"],
    "el": ["οδός Τσιμισκή", "οδός Εγνατίας", "οδός Βασ. Όλγας", "οδός Μητροπόλεως", "οδός Αριστοτέλους"],
    "ja": ["中央区北一条西", "北区北二十四条西", "豊平区平岸", "白石区本通", "西区琴似", "南区真駒内", "厚別区厚別中央"],
}


def city(g: Gen, country: str) -> tuple[str, str]:
    return g.rnd.choice(CITIES[country])


def postal(g: Gen, country: str, lead: str) -> str:
    """A postal code of ``country`` in its usual layout, starting with ``lead``."""
    def fill(n: int) -> str:
        return (lead + "".join(g.rnd.choice(string.digits) for _ in range(n)))[:n]

    if country == "GB":
        return f"{lead}{g.rnd.randint(1, 28)} {g.rnd.randint(1, 9)}{g.rnd.choice('ABDEFGHJLNPQRSTUWXY')}" \
               f"{g.rnd.choice('ABDEFGHJLNPQRSTUWXY')}"
    if country == "PT":
        d = fill(7)
        return f"{d[:4]}-{d[4:]}"
    if country == "PL":
        d = fill(5)
        return f"{d[:2]}-{d[2:]}"
    if country == "NL":
        return f"{fill(4)} {g.rnd.choice('ABCEGHJKLMNPRSTVWXZ')}{g.rnd.choice('ABCEGHJKLMNPRSTVWXZ')}"
    if country in {"SE", "CZ", "GR"}:
        d = fill(5)
        return f"{d[:3]} {d[3:]}"
    if country == "DK":
        return fill(4)
    if country == "RU":
        return fill(6)
    if country == "JP":
        d = fill(7)
        return f"{d[:3]}-{d[3:]}"
    return fill(5)


def street(g: Gen, lang: str) -> str:
    s = g.rnd.choice(STREETS[lang])
    n = g.rnd.randint(1, 180)
    if lang in {"en", "us"}:
        return g.rnd.choice([f"{n} {s}", f"{n} {s}", f"Flat {g.rnd.randint(1, 20)}, {n} {s}"]) if lang == "en" \
            else g.rnd.choice([f"{n * 10 + 3} {s}", f"{n * 10 + 7} {s} Apt {g.rnd.randint(1, 30)}"])
    if lang == "fr":
        return f"{n} {s}"
    if lang == "es":
        return f"{s}, {n}, {g.rnd.randint(1, 12)}º {g.rnd.randint(1, 4)}ª"
    if lang == "it":
        return f"{s} {n}" + (f", scala {g.rnd.choice('ABC')}" if g.rnd.random() < 0.2 else "")
    if lang == "pt":
        return f"{s}, {n}" + (f", {g.rnd.randint(1, 8)}º Esq." if g.rnd.random() < 0.4 else "")
    if lang == "pl":
        return f"{s} {n}" + (f"/{g.rnd.randint(1, 80)}" if g.rnd.random() < 0.5 else "")
    if lang == "cs":
        return f"{s} {g.rnd.randint(100, 1999)}/{g.rnd.randint(1, 60)}"
    if lang == "tr":
        return f"{s} No:{n} D:{g.rnd.randint(1, 16)}"
    if lang == "ru":
        return f"{s}, д. {n}, кв. {g.rnd.randint(1, 240)}"
    if lang == "el":
        return f"{s} {n}"
    if lang == "ja":
        return f"{s}{g.rnd.randint(1, 5)}丁目{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)}"
    if lang == "da":
        return f"{s} {n}" + (f", {g.rnd.randint(1, 4)}. {g.rnd.choice(['tv', 'th', 'mf'])}" if g.rnd.random() < 0.4
                             else "")
    return f"{s} {n}"


# -- cards and IBANs ---------------------------------------------------------------------------------------------------


def card(g: Gen, spaced: bool = False) -> str:
    """A number passing Luhn with a Visa, Mastercard or Amex prefix."""
    prefix, length = g.rnd.choice([("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("37", 15)])
    body = prefix + g.digits(length - len(prefix) - 1)
    number = body + luhn.calc_check_digit(body)
    if not spaced:
        return number
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4))


def not_luhn(g: Gen, length: int = 16) -> str:
    return g.valid(lambda: "9" + g.digits(length - 1), lambda x: not luhn.is_valid(x))


#: BBAN layouts (9 a digit, A a letter); python-stdnum checks the result
BBAN = {"DE": "999999999999999999", "FR": "99999999999999999999999", "ES": "99999999999999999999",
        "IT": "A9999999999999999999999", "PT": "999999999999999999999", "NL": "AAAA9999999999",
        "PL": "999999999999999999999999", "SE": "99999999999999999999", "DK": "99999999999999",
        "CZ": "99999999999999999999", "TR": "9999909999999999999999", "GR": "99999999999999999999999"}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, national checks retried, python-stdnum checks it)."""

    def make() -> str:
        bban = g.code(BBAN[country])
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def us_ssn(g: Gen) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 665):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}"

    return g.valid(make, _ssn.is_valid)


def de_idnr(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _idnr.is_valid)


def fr_nir(g: Gen, birth: date, female: bool) -> str:
    dept = g.rnd.choice(["69", "42", "38", "01", "74", "75", "13", "63"])
    body = f"{2 if female else 1}{birth.year % 100:02d}{birth.month:02d}{dept}{g.rnd.randint(1, 990):03d}" \
           f"{g.rnd.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    number = f"{body}{key:02d}"
    assert _nir.is_valid(number)
    return number


def es_dni(g: Gen) -> str:
    body = g.digits(8)
    return body + _dni.calc_check_digit(body)


def es_nie(g: Gen) -> str:
    body = g.rnd.choice("XYZ") + g.digits(7)
    return body + _nie.calc_check_digit(body)


_CF_MONTHS = "ABCDEHLMPRST"


def _cf_part(name: str, first: bool) -> str:
    s = "".join(ch for ch in fold(name).upper() if ch.isalpha())
    cons = [ch for ch in s if ch not in "AEIOU"]
    vows = [ch for ch in s if ch in "AEIOU"]
    if first and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return "".join(cons + vows + ["X", "X", "X"])[:3]


def it_cf(g: Gen, first: str, last: str, birth: date, female: bool) -> str:
    body = (_cf_part(last, False) + _cf_part(first, True) + f"{birth.year % 100:02d}" + _CF_MONTHS[birth.month - 1]
            + f"{birth.day + (40 if female else 0):02d}" + g.rnd.choice(["L219", "F335", "A479", "D205", "F952",
                                                                          "A182", "A859"]))
    return body + _cf.calc_check_digit(body)


def pt_nif(g: Gen) -> str:
    body = g.rnd.choice("12") + g.digits(7)
    return body + _nif.calc_check_digit(body)


def nl_bsn(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("123456") + g.digits(8), _bsn.is_valid)


def pl_pesel(g: Gen, birth: date, female: bool) -> str:
    month = birth.month + (20 if birth.year >= 2000 else 0)
    body = f"{birth.year % 100:02d}{month:02d}{birth.day:02d}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
    return body + _pesel.calc_check_digit(body)


def se_pnr(g: Gen, birth: date, long: bool = True) -> str:
    core = f"{birth.year % 100:02d}{birth.month:02d}{birth.day:02d}{g.digits(3)}"
    check = luhn.calc_check_digit(core)
    number = f"{birth.year if long else birth.year % 100:0{4 if long else 2}d}{birth.month:02d}{birth.day:02d}" \
             f"-{core[6:]}{check}"
    assert _pnr.is_valid(number)
    return number


def dk_cpr(g: Gen, birth: date) -> str:
    """A CPR number of someone born 1937-1999 (7th digit 0-3) passing the old mod-11 check too."""
    head = f"{birth.day:02d}{birth.month:02d}{birth.year % 100:02d}"

    def make() -> str:
        return f"{head}-{g.rnd.randint(0, 3)}{g.digits(3)}"

    return g.valid(make, lambda x: _cpr.is_valid(x) and _cpr.checksum(_cpr.compact(x)) == 0)


def cz_rc(g: Gen, birth: date, female: bool) -> str:
    head = f"{birth.year % 100:02d}{birth.month + (50 if female else 0):02d}{birth.day:02d}"

    def make() -> str:
        body = head + g.digits(3)
        return f"{head}/{body[6:]}{int(body) % 11}"

    return g.valid(make, lambda x: int(x.replace("/", "")[:9]) % 11 != 10 and _rc.is_valid(x))


def tr_tc(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    return body + _tc.calc_check_digits(body)


def ru_inn(g: Gen) -> str:
    body = g.rnd.choice(["66", "74", "59", "72", "02", "45"]) + g.digits(8)
    return body + _inn.calc_personal_check_digits(body)


def gr_amka(g: Gen, birth: date) -> str:
    def make() -> str:
        body = f"{birth.day:02d}{birth.month:02d}{birth.year % 100:02d}{g.digits(4)}"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, _amka.is_valid)


def jp_my_number(g: Gen) -> str:
    body = g.digits(11)
    return body + _jp_in.calc_check_digit(body)


def gr_afm(g: Gen) -> str:
    """A Greek tax number (AFM) of a person (python-stdnum's check digit)."""

    def make() -> str:
        body = g.rnd.choice("01") + g.digits(7)
        return body + _gr_vat.calc_check_digit(body)

    return g.valid(make, _gr_vat.is_valid)


def imei(g: Gen) -> str:
    """A device IMEI (15 digits, Luhn check digit): shaped like a card number, no person's identifier."""
    body = g.rnd.choice(["35", "86", "01", "49"]) + g.digits(12)
    return body + luhn.calc_check_digit(body)


_CYR = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
        "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
        "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
        "ю": "yu", "я": "ya"}


def translit(text: str) -> str:
    """A Russian name in Latin letters (for e-mail addresses and logins)."""
    return "".join(_CYR.get(ch, ch) for ch in text.lower())
