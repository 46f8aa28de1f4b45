"""Values of held-out set v21 (:mod:`benchmarks.classification.heldout_v21`): v21's random source, names, streets and
cities written by hand for v21 (no Faker, no list of real people), phones checked with phonenumbers and identifiers
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

SEED = 21_051_2026
N = "none"
#: a login or public display handle (review, as in v5 to v20)
USERNAME = "unclassified"
#: NULL-like strings of v21's languages (tests skip them)
NULLISH: tuple[str, ...] = (
    "", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "?", "#N/A", "(blank)",
    "keine", "k.A.", "aucun", "néant", "ninguno", "sin datos", "nessuna", "n.d.", "nenhum", "geen", "brak", "ingen",
    "inga", "žádná", "yok", "NASHI", "なし", "нет", "κανένα")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.replace("ł", "l").replace("ø", "o").replace("æ", "ae").replace("ß", "ss").replace("ı", "i")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v21:{SEED}:{table}")

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


# -- names (written for v21) -------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names); an inflected family name is a (m, f) pair
NAMES: dict[str, tuple[list[str], list[str], list[Any]]] = {
    "en": (["Gareth", "Martin", "Stuart", "Neil", "Darren", "Simon", "Adrian", "Keith", "Owen", "Craig"],
           ["Joanne", "Claire", "Karen", "Lindsey", "Nicola", "Hayley", "Donna", "Gemma", "Rachel", "Sian"],
           ["Bennett", "Marsh", "Holt", "Pritchard", "Lowe", "Griffiths", "Needham", "Crossley", "Whitaker",
            "Fenwick", "Rowntree", "Sutcliffe", "Halliday", "Brough"]),
    "de": (["Jürgen", "Dieter", "Holger", "Torsten", "Sven", "Frank", "Ralf", "Heiko", "Jens", "Dirk"],
           ["Petra", "Heike", "Silke", "Kerstin", "Anja", "Birgit", "Katrin", "Doris", "Simone", "Martina"],
           ["Schulze", "Krüger", "Wendt", "Hartmann", "Böhm", "Voigt", "Lindner", "Seidel", "Köhler", "Ziegler",
            "Brandt", "Fuchs", "Kuhn", "Schäfer"]),
    "fr": (["Thierry", "Pascal", "Laurent", "Frédéric", "Olivier", "Didier", "Stéphane", "Cédric", "Julien",
            "Benoît"],
           ["Sandrine", "Nathalie", "Véronique", "Isabelle", "Delphine", "Aurélie", "Émilie", "Céline", "Sophie",
            "Karine"],
           ["Lefèvre", "Moreau", "Girard", "Bonnet", "Mercier", "Fontaine", "Rousseau", "Chevalier", "Faure",
            "Gauthier", "Perrin", "Masson", "Barbier", "Lemaire"]),
    "es": (["Javier", "Raúl", "Óscar", "Enrique", "Manuel", "Francisco", "Pablo", "Diego", "Luis", "Ignacio"],
           ["Cristina", "Beatriz", "Pilar", "Montserrat", "Elena", "Silvia", "Sonia", "Raquel", "Yolanda",
            "Natalia"],
           ["Martínez", "Sánchez", "Romero", "Morales", "Jiménez", "Moreno", "Muñoz", "Álvarez", "Gil", "Serrano",
            "Blanco", "Molina", "Cabrera", "Domínguez"]),
    "it": (["Luca", "Matteo", "Davide", "Stefano", "Alessandro", "Fabio", "Roberto", "Simone", "Paolo", "Marco"],
           ["Francesca", "Chiara", "Silvia", "Federica", "Valentina", "Elisa", "Giulia", "Laura", "Paola",
            "Monica"],
           ["Bianchi", "Colombo", "Ricci", "Bruno", "Fontana", "Moretti", "Barbieri", "Lombardi", "Galli",
            "Conti", "Mariani", "Rinaldi", "Ferrara", "Villa"]),
    "pt": (["João", "Miguel", "Tiago", "Nuno", "Ricardo", "Duarte", "Gonçalo", "Bruno", "Hugo", "Vasco"],
           ["Inês", "Mariana", "Catarina", "Rita", "Joana", "Filipa", "Sofia", "Beatriz", "Teresa", "Marta"],
           ["Ferreira", "Costa", "Martins", "Rodrigues", "Sousa", "Fernandes", "Gonçalves", "Marques", "Ribeiro",
            "Pinto", "Teixeira", "Moreira", "Cardoso", "Correia"]),
    "nl": (["Thijs", "Ruben", "Maarten", "Wouter", "Pieter", "Koen", "Daan", "Jeroen", "Bram", "Tim"],
           ["Lotte", "Sanne", "Esther", "Ilse", "Mirjam", "Inge", "Fleur", "Linda", "Judith", "Maaike"],
           ["Bakker", "Visser", "de Boer", "Mulder", "Bos", "van der Linden", "Dekker", "Brouwer", "de Graaf",
            "Vos", "Post", "van Wijk", "Kuipers", "Huisman"]),
    "pl": (["Tomasz", "Paweł", "Michał", "Piotr", "Jacek", "Adam", "Dariusz", "Sławomir", "Kamil", "Bartosz"],
           ["Anna", "Katarzyna", "Joanna", "Magdalena", "Monika", "Beata", "Renata", "Justyna", "Aneta", "Grażyna"],
           [("Wójcik", "Wójcik"), ("Kaczmarek", "Kaczmarek"), ("Jankowski", "Jankowska"), ("Wróbel", "Wróbel"),
            ("Dąbrowski", "Dąbrowska"), ("Zając", "Zając"), ("Król", "Król"), ("Pawłowski", "Pawłowska"),
            ("Michalski", "Michalska"), ("Sikora", "Sikora"), ("Górski", "Górska"), ("Baran", "Baran")]),
    "sv": (["Johan", "Magnus", "Fredrik", "Patrik", "Jonas", "Tobias", "Henrik", "Ola", "Niklas", "Göran"],
           ["Maria", "Anna", "Helena", "Malin", "Camilla", "Jenny", "Susanne", "Åsa", "Ingrid", "Linnea"],
           ["Johansson", "Karlsson", "Olsson", "Lindberg", "Sjöberg", "Holm", "Engström", "Axelsson", "Lund",
            "Hedlund", "Berglund", "Nyström", "Wallin", "Sandberg"]),
    "da": (["Jesper", "Morten", "Rasmus", "Kasper", "Anders", "Lars", "Thomas", "Mikkel", "Søren", "Jakob"],
           ["Mette", "Pia", "Hanne", "Lone", "Susanne", "Camilla", "Louise", "Trine", "Birgitte", "Signe"],
           ["Sørensen", "Madsen", "Kristensen", "Olesen", "Thomsen", "Møller", "Mortensen", "Johansen", "Dahl",
            "Bach", "Lund", "Holm", "Schmidt", "Kjær"]),
    "cs": (["Jiří", "Martin", "Tomáš", "Michal", "Lukáš", "Jakub", "Ondřej", "Pavel", "Radek", "Zdeněk"],
           ["Petra", "Lucie", "Kateřina", "Tereza", "Hana", "Eva", "Markéta", "Monika", "Veronika", "Alena"],
           [("Dvořák", "Dvořáková"), ("Černý", "Černá"), ("Procházka", "Procházková"), ("Kučera", "Kučerová"),
            ("Veselý", "Veselá"), ("Krejčí", "Krejčí"), ("Marek", "Marková"), ("Pospíšil", "Pospíšilová"),
            ("Hájek", "Hájková"), ("Jelínek", "Jelínková"), ("Růžička", "Růžičková"), ("Beneš", "Benešová")]),
    "tr": (["Emre", "Burak", "Murat", "Onur", "Cem", "Volkan", "Tolga", "Kerem", "Oğuz", "Selim"],
           ["Elif", "Esra", "Derya", "Gamze", "Pınar", "Özlem", "Seda", "Tuğba", "Burcu", "Dilek"],
           ["Şahin", "Yıldız", "Aydın", "Arslan", "Doğan", "Kaya", "Çelik", "Kurt", "Özkan", "Acar", "Tekin",
            "Karaca", "Ünal", "Yavuz"]),
    "ru": (["Алексей", "Сергей", "Игорь", "Максим", "Николай", "Владимир", "Артём", "Константин", "Илья",
            "Михаил"],
           ["Елена", "Ольга", "Наталья", "Анна", "Екатерина", "Людмила", "Вера", "Дарья", "Алина", "Оксана"],
           [("Иванов", "Иванова"), ("Соколов", "Соколова"), ("Лебедев", "Лебедева"), ("Козлов", "Козлова"),
            ("Новиков", "Новикова"), ("Морозов", "Морозова"), ("Волков", "Волкова"), ("Зайцев", "Зайцева"),
            ("Павлов", "Павлова"), ("Семёнов", "Семёнова"), ("Белов", "Белова"), ("Орлов", "Орлова")]),
    "el": (["Γιώργος", "Δημήτρης", "Νίκος", "Κώστας", "Μιχάλης", "Στέλιος", "Άγγελος", "Λευτέρης", "Μάνος",
            "Πέτρος"],
           ["Μαρία", "Δέσποινα", "Σοφία", "Γεωργία", "Κατερίνα", "Ειρήνη", "Φωτεινή", "Δήμητρα", "Νίκη", "Στέλλα"],
           [("Νικολάου", "Νικολάου"), ("Γεωργίου", "Γεωργίου"), ("Ιωάννου", "Ιωάννου"), ("Δημητρίου", "Δημητρίου"),
            ("Καραγιάννης", "Καραγιάννη"), ("Μαυρίδης", "Μαυρίδου"), ("Λαμπράκης", "Λαμπράκη"),
            ("Σταυρόπουλος", "Σταυροπούλου"), ("Αθανασίου", "Αθανασίου"), ("Βλάχος", "Βλάχου")]),
}

#: Japanese names: (kanji, romaji) (written for v21)
JA_MALE = [("健太", "Kenta"), ("翔", "Sho"), ("大輔", "Daisuke"), ("拓也", "Takuya"), ("和也", "Kazuya"),
           ("浩二", "Koji"), ("誠", "Makoto"), ("亮", "Ryo"), ("健一", "Kenichi"), ("修", "Osamu")]
JA_FEMALE = [("由美", "Yumi"), ("恵", "Megumi"), ("真由美", "Mayumi"), ("彩", "Aya"), ("愛", "Ai"),
             ("舞", "Mai"), ("智子", "Tomoko"), ("陽子", "Yoko"), ("沙織", "Saori"), ("千尋", "Chihiro")]
JA_LAST = [("佐藤", "Sato"), ("鈴木", "Suzuki"), ("高橋", "Takahashi"), ("田中", "Tanaka"), ("渡辺", "Watanabe"),
           ("伊藤", "Ito"), ("中村", "Nakamura"), ("小林", "Kobayashi"), ("加藤", "Kato"), ("吉田", "Yoshida"),
           ("山田", "Yamada"), ("佐々木", "Sasaki"), ("斎藤", "Saito"), ("森", "Mori")]


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


# -- places (written for v21) ------------------------------------------------------------------------------------------

#: country -> (real city or town, postal code lead)
CITIES: dict[str, list[tuple[str, str]]] = {
    "GB": [("Leeds", "LS"), ("Sheffield", "S"), ("York", "YO"), ("Bradford", "BD"), ("Huddersfield", "HD"),
           ("Harrogate", "HG"), ("Doncaster", "DN")],
    "US": [("Columbus", "432"), ("Dayton", "454"), ("Toledo", "436"), ("Akron", "443"), ("Cincinnati", "452")],
    "DE": [("Hannover", "30"), ("Braunschweig", "38"), ("Hildesheim", "31"), ("Celle", "29"), ("Wolfsburg", "38"),
           ("Göttingen", "37"), ("Peine", "31")],
    "FR": [("Lyon", "69"), ("Villeurbanne", "69"), ("Saint-Étienne", "42"), ("Grenoble", "38"),
           ("Bourg-en-Bresse", "01"), ("Vienne", "38"), ("Annecy", "74")],
    "ES": [("Valencia", "46"), ("Alicante", "03"), ("Castellón de la Plana", "12"), ("Elche", "03"),
           ("Gandía", "46"), ("Murcia", "30"), ("Torrent", "46")],
    "IT": [("Torino", "101"), ("Moncalieri", "100"), ("Asti", "141"), ("Cuneo", "121"), ("Novara", "281"),
           ("Alessandria", "151"), ("Biella", "139")],
    "PT": [("Porto", "40"), ("Vila Nova de Gaia", "44"), ("Braga", "47"), ("Matosinhos", "44"), ("Maia", "44"),
           ("Guimarães", "48"), ("Aveiro", "38")],
    "NL": [("Eindhoven", "56"), ("Tilburg", "50"), ("'s-Hertogenbosch", "52"), ("Helmond", "57"), ("Breda", "48"),
           ("Oss", "53")],
    "PL": [("Poznań", "60"), ("Gniezno", "62"), ("Leszno", "64"), ("Kalisz", "62"), ("Konin", "62"),
           ("Piła", "64")],
    "SE": [("Linköping", "58"), ("Norrköping", "60"), ("Jönköping", "55"), ("Motala", "59"), ("Nyköping", "61"),
           ("Mjölby", "59")],
    "DK": [("Aalborg", "9"), ("Randers", "8"), ("Horsens", "87"), ("Vejle", "71"), ("Kolding", "60"),
           ("Silkeborg", "86")],
    "CZ": [("Brno", "6"), ("Olomouc", "77"), ("Zlín", "76"), ("Jihlava", "58"), ("Prostějov", "79"),
           ("Přerov", "75")],
    "TR": [("İzmir", "35"), ("Manisa", "45"), ("Aydın", "09"), ("Denizli", "20"), ("Balıkesir", "10"),
           ("Uşak", "64")],
    "RU": [("Екатеринбург", "620"), ("Челябинск", "454"), ("Пермь", "614"), ("Тюмень", "625"), ("Уфа", "450"),
           ("Курган", "640")],
    "GR": [("Θεσσαλονίκη", "54"), ("Κατερίνη", "601"), ("Σέρρες", "621"), ("Βέροια", "591"), ("Κιλκίς", "611"),
           ("Δράμα", "661")],
    "JP": [("名古屋市", "45"), ("豊田市", "47"), ("岡崎市", "44"), ("一宮市", "49"), ("春日井市", "48"),
           ("豊橋市", "44")],
}

JP_ROMAJI = {"名古屋市": "Nagoya-shi", "豊田市": "Toyota-shi", "岡崎市": "Okazaki-shi", "一宮市": "Ichinomiya-shi",
             "春日井市": "Kasugai-shi", "豊橋市": "Toyohashi-shi"}

STREETS: dict[str, list[str]] = {
    "en": ["Otley Road", "Harrogate Road", "Kirkstall Lane", "Meanwood Grove", "Ecclesall Road", "Beech Avenue",
           "Chapel Street", "Moorland Drive"],
    "us": ["High Street", "Maple Avenue", "Oakland Park Blvd", "Cleveland Ave", "Indianola Ave", "Summit Street"],
    "de": ["Podbielskistraße", "Lister Meile", "Hildesheimer Straße", "Am Kanal", "Lindenallee", "Göttinger Chaussee",
           "Birkenweg", "Friedrichswall"],
    "fr": ["rue de la République", "cours Lafayette", "avenue Berthelot", "rue Paul Bert", "montée de la Grande Côte",
           "chemin des Vignes", "place Bellecour"],
    "es": ["C/ Colón", "Avda. del Puerto", "C/ de Russafa", "Gran Vía Marqués del Turia", "C/ Sueca", "Avda. Blasco Ibáñez",
           "C/ Doctor Sumsi"],
    "it": ["Via Po", "Corso Francia", "Via Nizza", "Corso Vinzaglio", "Via Madama Cristina", "Strada del Drosso",
           "Via Garibaldi"],
    "pt": ["Rua de Santa Catarina", "Avenida da Boavista", "Rua do Almada", "Travessa de Cedofeita",
           "Rua Costa Cabral", "Avenida Fernão de Magalhães"],
    "nl": ["Stratumseind", "Kruisstraat", "Hoogstraat", "Woenselse Markt", "Boschdijk", "Tongelresestraat",
           "Ringbaan-Oost"],
    "pl": ["ul. Półwiejska", "ul. Głogowska", "os. Piastowskie", "ul. Grunwaldzka", "ul. Dąbrowskiego",
           "ul. Św. Marcin"],
    "sv": ["Drottninggatan", "Storgatan", "Ågatan", "Tanneforsvägen", "Hamngatan", "Klostergatan"],
    "da": ["Boulevarden", "Vesterbro", "Danmarksgade", "Hobrovej", "Søndergade", "Østerågade"],
    "cs": ["Lidická", "Masarykova", "Kounicova", "Palackého třída", "Křenová", "Štefánikova"],
    "tr": ["Kıbrıs Şehitleri Cad.", "Şair Eşref Bulvarı", "Atatürk Cad.", "Mithatpaşa Cad.", "1203/4 Sk.",
           "Plevne Bulvarı"],
    "ru": ["ул. Малышева", "ул. Ленина", "пр. Космонавтов", "ул. 8 Марта", "ул. Вайнера", "ул. Белинского"],
    "el": ["οδός Τσιμισκή", "οδός Εγνατία", "οδός Αριστοτέλους", "οδός Βασιλίσσης Όλγας", "οδός Μητροπόλεως"],
    "ja": ["中区栄", "千種区今池", "昭和区御器所", "桜町", "元町", "緑町", "本郷"],
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
