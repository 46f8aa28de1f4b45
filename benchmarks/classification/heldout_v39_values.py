"""Values of held-out set v39 (:mod:`benchmarks.classification.heldout_v39`): v39's random source, names, streets,
cities and postal codes written by hand for v39 (no Faker, no list of real people), phones checked with phonenumbers
and identifiers with check digits computed or searched and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module (the phone helper made country-neutral); the lists
below are new: small towns and cities of Germany, Austria, Switzerland, France, Belgium, the Netherlands, Poland,
Czechia, Sweden, Denmark, Turkey, Greece, Ukraine and Spain, given and family names of each (Greek and Ukrainian in
their own scripts).
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
from stdnum.at import vnr as _at_vnr
from stdnum.be import nn as _be_nn
from stdnum.ch import ssn as _ch_ssn
from stdnum.cz import rc as _cz_rc
from stdnum.de import idnr as _de_idnr
from stdnum.dk import cpr as _dk_cpr
from stdnum.es import dni as _es_dni
from stdnum.fr import nir as _fr_nir
from stdnum.gr import amka as _gr_amka
from stdnum.iso7064 import mod_11_10
from stdnum.nl import bsn as _nl_bsn
from stdnum.pl import pesel as _pl_pesel
from stdnum.se import personnummer as _se_pnr
from stdnum.tr import tckimlik as _tr_tc
from stdnum.ua import rntrc as _ua_rntrc

from benchmarks.classification.heldout_v2 import Column

SEED = 39_507_2026
N = "none"
#: a login or public display handle (review, as in v5 to v37)
USERNAME = "unclassified"
#: NULL-like strings of v39's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "none", "None", "?", "k.A.", "keine", "—", "/", "néant",
    "aucun", "geen", "brak", "nic", "ingen", "inga", "yok", "-yok-", "κανένα", "немає", "нет", "ninguno", "s/d", "0",
    "x", "xx", "leer", "unbekannt", "inconnu", "onbekend")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v39:{SEED}:{table}")

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
        """A valid number of ``region`` (phonenumbers) in ``fmt``: e164, intl, 00 (intl with 00), national,
        digits (national digits with the trunk prefix)."""
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
        if fmt == "00":
            return "00" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)[1:]
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v39) -------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names); Greek and Ukrainian in their own scripts
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "de": (["Jannik", "Malte", "Torben", "Benedikt", "Florian", "Kilian", "Lennart", "Ruben", "Timo", "Wendelin"],
           ["Annika", "Carla", "Frieda", "Hanna", "Janina", "Lotte", "Merle", "Svenja", "Theresa", "Wiebke"],
           ["Brinkmann", "Dörfler", "Eckhardt", "Gräfe", "Hollmann", "Kießling", "Lüdtke", "Pfeiffer", "Rehbein",
            "Schwertfeger", "Tiedemann", "Wöhler"]),
    "at": (["Alois", "Ferdinand", "Gregor", "Johann", "Leopold", "Valentin", "Raphael", "Severin"],
           ["Anneliese", "Christl", "Elisabeth", "Magdalena", "Rosalie", "Theresia", "Veronika", "Johanna"],
           ["Aigner", "Brandstätter", "Ebner", "Gruber", "Hinterleitner", "Moser", "Pichler", "Steinbauer",
            "Wimmer", "Zauner"]),
    "ch": (["Beat", "Dario", "Fabian", "Jürg", "Luca", "Reto", "Urs", "Yannick", "Gian", "Noé"],
           ["Corinne", "Deborah", "Fränzi", "Léonie", "Nadine", "Seraina", "Ursina", "Vreni", "Mélanie", "Chiara"],
           ["Bachmann", "Fankhauser", "Gerber", "Hänggi", "Känzig", "Lüthi", "Rüegg", "Zbinden", "Favre",
            "Chappuis"]),
    "fr": (["Arnaud", "Baptiste", "Clément", "Gaëtan", "Jérôme", "Loïc", "Mathis", "Quentin", "Romain", "Yannick"],
           ["Apolline", "Bérénice", "Capucine", "Élodie", "Gwenaëlle", "Manon", "Océane", "Solène", "Maëlys",
            "Inès"],
           ["Aubert", "Besnard", "Chevallier", "Delaunay", "Fouquet", "Guérin", "Lemaître", "Marchand", "Perrot",
            "Rousseau", "Vasseur", "Le Goff"]),
    "be": (["Bram", "Jens", "Wout", "Sander", "Kobe", "Mathieu", "Cédric", "Olivier", "Thibault", "Seppe"],
           ["Lien", "Fien", "Eline", "Ine", "Marthe", "Amélie", "Noémie", "Justine", "Charlotte", "Lotte"],
           ["Peeters", "Janssens", "Maes", "Claes", "Goossens", "Wouters", "Dubois", "Lambert", "Dupont",
            "Vandenberghe", "De Smet", "Van Damme"]),
    "nl": (["Bas", "Daan", "Gijs", "Joris", "Maarten", "Niels", "Pieter", "Sjoerd", "Stijn", "Wouter"],
           ["Anouk", "Femke", "Ilse", "Lieke", "Marloes", "Noor", "Roos", "Saskia", "Tessa", "Yvonne"],
           ["de Boer", "van Dijk", "Hendriks", "Jacobs", "Kuiper", "Mulder", "Postma", "van der Veen", "Visser",
            "Willemsen", "Bosman", "Smit"]),
    "pl": (["Bartosz", "Dariusz", "Grzegorz", "Jacek", "Łukasz", "Mirosław", "Przemysław", "Tadeusz", "Wojciech",
            "Zbigniew"],
           ["Agnieszka", "Bożena", "Danuta", "Grażyna", "Halina", "Jadwiga", "Krystyna", "Małgorzata", "Urszula",
            "Wiesława"],
           ["Dąbrowski", "Grabowski", "Jabłoński", "Kaczmarek", "Lewandowski", "Nowicki", "Pawlak", "Szczepański",
            "Wróbel", "Zieliński"]),
    "cz": (["Jiří", "Ondřej", "Radek", "Tomáš", "Vojtěch", "Zdeněk", "Luboš", "Miloš", "Petr", "Jaroslav"],
           ["Alena", "Blanka", "Dagmar", "Hana", "Jitka", "Ludmila", "Markéta", "Radka", "Vlasta", "Zuzana"],
           ["Beneš", "Černý", "Doležal", "Havlíček", "Kratochvíl", "Machala", "Pokorný", "Říha", "Šťastný",
            "Vaněk"]),
    "sv": (["Alvar", "Edvin", "Hampus", "Joel", "Ludvig", "Måns", "Nils", "Viggo", "Wilgot", "Algot"],
           ["Alva", "Elsa", "Hedvig", "Jenny", "Klara", "Matilda", "Saga", "Stina", "Vera", "Ylva"],
           ["Axelsson", "Björklund", "Ek", "Hedlund", "Lundqvist", "Mårtensson", "Norberg", "Sjöberg", "Wallin",
            "Öhman"]),
    "da": (["Asger", "Frederik", "Kasper", "Magnus", "Mikkel", "Rasmus", "Søren", "Troels", "Villads", "Anker"],
           ["Birgitte", "Dorthe", "Freja", "Ida", "Karoline", "Mette", "Nanna", "Sofie", "Trine", "Ulla"],
           ["Bak", "Dalgaard", "Frandsen", "Højgaard", "Kjærgaard", "Lauridsen", "Mogensen", "Nørgaard",
            "Rasmussen", "Østergaard"]),
    "tr": (["Barış", "Cem", "Emre", "Furkan", "Hakan", "Kerem", "Mert", "Oğuz", "Serkan", "Yiğit"],
           ["Aylin", "Büşra", "Derya", "Ebru", "Gizem", "Hülya", "Merve", "Özlem", "Seda", "Tuğba"],
           ["Aksoy", "Başaran", "Çelik", "Doğan", "Erdem", "Güneş", "Karataş", "Öztürk", "Şahin", "Yıldırım"]),
    "el": (["Αθανάσιος", "Βασίλειος", "Γεώργιος", "Δημήτριος", "Ευάγγελος", "Κωνσταντίνος", "Νικόλαος", "Παναγιώτης",
            "Σπυρίδων", "Χαράλαμπος"],
           ["Αικατερίνη", "Βασιλική", "Δέσποινα", "Ελένη", "Ευτυχία", "Θεοδώρα", "Κυριακή", "Μαρία", "Σοφία",
            "Χρυσούλα"],
           ["Αλεξίου", "Γεωργίου", "Δημητρίου", "Καραγιάννης", "Κωνσταντινίδης", "Μαυρίδης", "Νικολάου",
            "Παπαδόπουλος", "Σταυρόπουλος", "Τσακίρης"]),
    "uk": (["Андрій", "Богдан", "Василь", "Дмитро", "Іван", "Назар", "Олександр", "Остап", "Тарас", "Ярослав"],
           ["Ганна", "Дарина", "Ірина", "Леся", "Мар'яна", "Оксана", "Олена", "Соломія", "Христина", "Юлія"],
           ["Бондаренко", "Гнатюк", "Дорошенко", "Коваль", "Кравчук", "Мельник", "Остапчук", "Савчук", "Ткачук",
            "Шевчук"]),
    "es": (["Álvaro", "Borja", "Diego", "Gonzalo", "Íñigo", "Javier", "Marcos", "Rubén", "Sergio", "Unai"],
           ["Ainhoa", "Beatriz", "Carmen", "Irene", "Lucía", "Marta", "Nerea", "Paula", "Rocío", "Sonia"],
           ["Aguilar", "Cabrera", "Domínguez", "Fuentes", "Herrero", "Iglesias", "Lozano", "Moreno", "Navarro",
            "Pascual", "Soler", "Vidal"]),
}


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    males, females, lasts = NAMES[lang]
    last = g.rnd.choice(lasts)
    if lang == "pl" and female and last.endswith("ski"):
        last = last[:-1] + "a"
    return g.rnd.choice(females if female else males), last


def whole(g: Gen, lang: str) -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def given(g: Gen, lang: str) -> str:
    return person(g, lang)[0]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


#: Greek and Ukrainian letters to Latin (for e-mail local parts only)
_TRANSLIT = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊΐ", ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l",
                                                           "m", "n", "x", "o", "p", "r", "s", "s", "t", "y", "f",
                                                           "ch", "ps", "o", "a", "e", "i", "i", "o", "y", "o", "i",
                                                           "i"]))
_TRANSLIT.update(dict(zip("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'", ["a", "b", "v", "h", "g", "d", "e", "ie", "zh", "z",
                                                                  "y", "i", "i", "i", "k", "l", "m", "n", "o", "p",
                                                                  "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh",
                                                                  "shch", "", "iu", "ia", ""])))


def latin(text: str) -> str:
    return "".join(_TRANSLIT.get(ch, ch) for ch in text.lower())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(latin(first)), plain(latin(last))
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(60, 99)}", f"{b}{a[:2]}"])
    return f"{local}@{g.rnd.choice(domains)}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(latin(first)), plain(latin(last))
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a}{b[:3]}"][style % 5]


#: language -> the free-mail domains people of that country use
DOMAINS = {
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"], "at": ["gmx.at", "aon.at", "chello.at",
                                                                               "gmail.com"],
    "ch": ["bluewin.ch", "gmx.ch", "sunrise.ch", "gmail.com"], "fr": ["orange.fr", "free.fr", "laposte.net",
                                                                     "gmail.com", "sfr.fr"],
    "be": ["telenet.be", "skynet.be", "proximus.be", "gmail.com"], "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.nl",
                                                                         "gmail.com"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"], "cz": ["seznam.cz", "email.cz", "centrum.cz",
                                                                          "gmail.com"],
    "sv": ["telia.com", "hotmail.se", "gmail.com", "bredband.net"], "da": ["mail.dk", "jubii.dk", "gmail.com",
                                                                          "hotmail.dk"],
    "tr": ["hotmail.com", "gmail.com", "yandex.com.tr", "mynet.com"], "el": ["yahoo.gr", "gmail.com", "otenet.gr",
                                                                            "hotmail.gr"],
    "uk": ["ukr.net", "i.ua", "gmail.com", "meta.ua"], "es": ["gmail.com", "hotmail.es", "yahoo.es",
                                                              "telefonica.net"],
}


def email(g: Gen, lang: str) -> str:
    return email_of(g, *person(g, lang), DOMAINS[lang])


# -- places (written for v39): (town, postal code maker) ---------------------------------------------------------------

#: language -> list of (town, postal-code lead); the rest of the code is drawn per row in the country's format
CITIES: dict[str, list[tuple[str, str]]] = {
    "de": [("Lüneburg", "213"), ("Bamberg", "960"), ("Gießen", "353"), ("Paderborn", "330"), ("Konstanz", "784"),
           ("Rostock", "180"), ("Tübingen", "720"), ("Hildesheim", "311")],
    "at": [("Wels", "46"), ("Leoben", "87"), ("Dornbirn", "68"), ("Krems an der Donau", "35"), ("Villach", "95"),
           ("Steyr", "44")],
    "ch": [("Winterthur", "84"), ("Thun", "36"), ("Aarau", "50"), ("Chur", "70"), ("Fribourg", "17"),
           ("Schaffhausen", "82")],
    "fr": [("Angers", "490"), ("Besançon", "250"), ("Poitiers", "860"), ("Quimper", "290"), ("Colmar", "680"),
           ("Pau", "640"), ("Valence", "260")],
    "be": [("Mechelen", "28"), ("Kortrijk", "85"), ("Hasselt", "35"), ("Namur", "50"), ("Liège", "40"),
           ("Aalst", "93")],
    "nl": [("Zwolle", "80"), ("Leeuwarden", "89"), ("Amersfoort", "38"), ("Deventer", "74"), ("Venlo", "59"),
           ("Alkmaar", "18")],
    "pl": [("Rzeszów", "35"), ("Olsztyn", "10"), ("Kielce", "25"), ("Opole", "45"), ("Toruń", "87"),
           ("Zielona Góra", "65")],
    "cz": [("Olomouc", "77"), ("Hradec Králové", "50"), ("Pardubice", "53"), ("Jihlava", "58"), ("Zlín", "76"),
           ("Tábor", "39")],
    "sv": [("Gävle", "80"), ("Karlstad", "65"), ("Sundsvall", "85"), ("Växjö", "35"), ("Halmstad", "30"),
           ("Östersund", "83")],
    "da": [("Vejle", "71"), ("Horsens", "87"), ("Randers", "89"), ("Silkeborg", "86"), ("Næstved", "47"),
           ("Viborg", "88")],
    "tr": [("Eskişehir", "26"), ("Denizli", "20"), ("Kayseri", "38"), ("Trabzon", "61"), ("Balıkesir", "10"),
           ("Malatya", "44")],
    "el": [("Λάρισα", "41"), ("Βόλος", "38"), ("Ιωάννινα", "45"), ("Καβάλα", "65"), ("Χανιά", "73"),
           ("Πάτρα", "26")],
    "uk": [("Вінниця", "21"), ("Полтава", "36"), ("Чернігів", "14"), ("Житомир", "10"), ("Ужгород", "88"),
           ("Тернопіль", "46")],
    "es": [("Logroño", "26"), ("Cáceres", "10"), ("Huesca", "22"), ("Lugo", "27"), ("Albacete", "02"),
           ("Jaén", "23")],
}


def place(g: Gen, lang: str) -> tuple[str, str]:
    """(town, postal code in the country's format)."""
    town, lead = g.rnd.choice(CITIES[lang])
    if lang in ("de", "fr", "at", "ch", "be", "da"):
        code = lead + g.digits(2)
    elif lang == "nl":
        code = f"{lead}{g.digits(2)} {g.digits(2, 'ABCDEGHJKLMNPRSTVWXZ')}"
    elif lang == "pl":
        code = f"{lead}-{g.digits(3)}"
    elif lang in ("cz", "sv", "el"):
        body = lead + g.digits(3)
        code = f"{body[:3]} {body[3:]}"
    else:  # tr, uk, es: five digits
        code = lead + g.digits(3)
    return town, code


#: language -> street names (a house number is added per row)
STREETS: dict[str, list[str]] = {
    "de": ["Lindenstraße", "Am Mühlbach", "Kirchgasse", "Schillerweg", "Bahnhofstr.", "Auf der Heide", "Rosenhang"],
    "at": ["Hauptplatz", "Linzer Straße", "Kaiser-Josef-Gasse", "Florianigasse", "Am Anger", "Römerweg"],
    "ch": ["Bahnhofstrasse", "Dorfstrasse", "Rue de Lausanne", "Kirchweg", "Obere Gasse", "Chemin des Vignes"],
    "fr": ["rue des Lilas", "avenue Jean Jaurès", "impasse du Moulin", "boulevard Victor Hugo", "place du Marché",
           "allée des Tilleuls", "chemin de la Croix"],
    "be": ["Kerkstraat", "Stationsstraat", "Rue de la Station", "Molenweg", "Avenue des Combattants",
           "Dorpsstraat"],
    "nl": ["Kerkstraat", "Dorpsweg", "Molenlaan", "Beatrixstraat", "Prinses Irenelaan", "Brink", "Vlierhof"],
    "pl": ["ul. Kwiatowa", "ul. Lipowa", "ul. Mickiewicza", "al. Niepodległości", "ul. Polna", "os. Słoneczne"],
    "cz": ["Husova", "Palackého", "Na Výsluní", "Školní", "Nádražní", "U Potoka"],
    "sv": ["Storgatan", "Skolvägen", "Björkvägen", "Kyrkogatan", "Lärkstigen", "Sjövägen"],
    "da": ["Bygaden", "Skovvej", "Kirkevej", "Engvej", "Møllevænget", "Søndergade"],
    "tr": ["Atatürk Cad.", "Cumhuriyet Mah. Gül Sok.", "İnönü Bulvarı", "Yeni Mah. Lale Sk.", "Çamlık Sok."],
    "el": ["Οδός Ερμού", "Λεωφόρος Αλεξάνδρας", "Οδός Αγίου Νικολάου", "Οδός Κολοκοτρώνη", "Οδός Παλαμά"],
    "uk": ["вул. Шевченка", "вул. Соборна", "просп. Миру", "вул. Грушевського", "вул. Садова"],
    "es": ["Calle Mayor", "Avenida de la Constitución", "Calle del Sol", "Plaza de España", "Calle Real",
           "Paseo de la Estación"],
}


def street(g: Gen, lang: str) -> str:
    s, n = g.rnd.choice(STREETS[lang]), g.rnd.randint(1, 120)
    if lang == "fr":
        return f"{n}{g.rnd.choice(['', '', ' bis'])} {s}"
    if lang == "es":
        return f"{s}, {n}" + g.rnd.choice(["", f", {g.rnd.randint(1, 6)}º {g.rnd.choice('ABCD')}"])
    if lang == "be" and s.startswith(("Rue", "Avenue")):
        return f"{s} {n}" + g.rnd.choice(["", f" bte {g.rnd.randint(1, 9)}"])
    if lang == "pl":
        return f"{s} {n}" + g.rnd.choice(["", f"/{g.rnd.randint(1, 40)}"])
    if lang == "uk":
        return f"{s}, {n}" + g.rnd.choice(["", f", кв. {g.rnd.randint(1, 90)}"])
    if lang == "el":
        return f"{s} {n}"
    if lang == "da":
        return f"{s} {n}" + g.rnd.choice(["", f", {g.rnd.randint(1, 4)}. tv."])
    if lang == "tr":
        return f"{s} No:{n}" + g.rnd.choice(["", f" D:{g.rnd.randint(1, 12)}"])
    return f"{s} {n}" + g.rnd.choice(["", "", "a", "b"])


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------

#: BBAN layouts (9 a digit, A a letter, Z either); python-stdnum checks the result (national checks included)
BBAN = {"DE": "999999999999999999", "AT": "9999999999999999", "CH": "99999999999999999",
        "FR": "99999999999999999999999", "BE": "999999999999", "NL": "9999999999", "PL": "999999999999999999999999",
        "CZ": "99999999999999999999", "SE": "99999999999999999999", "DK": "99999999999999",
        "TR": "9999909999999999999999", "GR": "99999999999999999999999", "UA": "9999999999999999999999999",
        "ES": "99999999999999999999"}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, national checks retried, python-stdnum checks it)."""
    layout = BBAN[country]
    bank = g.rnd.choice(["RABO", "INGB", "ABNA", "SNSB", "TRIO"]) if country == "NL" else ""

    def make() -> str:
        bban = bank + g.code(layout)
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def de_idnr(g: Gen) -> str:
    """A German Steuer-Identifikationsnummer (11 digits; python-stdnum's rules)."""
    def make() -> str:
        digits = g.rnd.sample("0123456789", 9)
        digits.insert(g.rnd.randint(1, 9), g.rnd.choice(digits))
        body = "".join(digits)
        return body + mod_11_10.calc_check_digit(body)

    number = g.valid(make, _de_idnr.is_valid)
    return number if g.rnd.random() < 0.6 else f"{number[:2]} {number[2:5]} {number[5:8]} {number[8:]}"


def at_vnr(g: Gen, born: date) -> str:
    """An Austrian Versicherungsnummer ``SSSC DDMMYY`` encoding ``born``."""
    def make() -> str:
        serial = str(g.rnd.randint(1, 9)) + g.digits(2)
        rest = born.strftime("%d%m%y")
        return serial + _at_vnr.calc_check_digit(serial + "0" + rest) + rest

    number = g.valid(make, _at_vnr.is_valid)
    return f"{number[:4]} {number[4:]}"


def ch_ahv(g: Gen) -> str:
    """A Swiss AHV number ``756.XXXX.XXXX.XC`` (EAN-13 check digit)."""
    def make() -> str:
        body = "756" + g.digits(9)
        return body + str((10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10)

    number = g.valid(make, _ch_ssn.is_valid)
    return f"{number[:3]}.{number[3:7]}.{number[7:11]}.{number[11:]}"


def fr_nir(g: Gen, born: date, female: bool) -> str:
    """A French NIR (numéro de sécurité sociale) encoding sex, year and month of birth; spaced or not."""
    body = (("2" if female else "1") + born.strftime("%y%m") + f"{g.rnd.randint(1, 95):02d}" + g.digits(3)
            + g.digits(3))
    number = body + f"{97 - int(body) % 97:02d}"
    assert _fr_nir.is_valid(number)
    if g.rnd.random() < 0.5:
        return f"{number[0]} {number[1:3]} {number[3:5]} {number[5:7]} {number[7:10]} {number[10:13]} {number[13:]}"
    return number


def be_nn(g: Gen, born: date, female: bool) -> str:
    """A Belgian national number ``YY.MM.DD-SSS.CC`` encoding ``born`` (odd serial for men)."""
    serial = g.rnd.randrange(2 if female else 1, 998, 2)
    body = born.strftime("%y%m%d") + f"{serial:03d}"
    base = int(("2" if born.year >= 2000 else "") + body)
    number = body + f"{97 - base % 97:02d}"
    assert _be_nn.is_valid(number), number
    return f"{number[:2]}.{number[2:4]}.{number[4:6]}-{number[6:9]}.{number[9:]}"


def nl_bsn(g: Gen) -> str:
    def make() -> str:
        return str(g.rnd.randint(1, 6)) + g.digits(8)

    return g.valid(make, _nl_bsn.is_valid)


def pl_pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}" + g.digits(3) + str(g.rnd.randrange(0 if female else 1,
                                                                                                 10, 2))
    number = body + _pl_pesel.calc_check_digit(body)
    assert _pl_pesel.is_valid(number)
    return number


def cz_rc(g: Gen, born: date, female: bool) -> str:
    """A Czech rodné číslo ``YYMMDD/SSSC`` (mod 11; women's month + 50); nine digits ``YYMMDD/SSS`` without a check
    digit for people born before 1954, as issued then."""
    month = born.month + (50 if female else 0)
    head = f"{born.year % 100:02d}{month:02d}{born.day:02d}"
    if born.year < 1954:
        return g.valid(lambda: f"{head}/{g.digits(3)}", _cz_rc.is_valid)

    def make() -> str:
        body = head + g.digits(3)
        check = int(body) % 11 % 10
        return f"{body[:6]}/{body[6:]}{check}"

    return g.valid(make, lambda x: _cz_rc.is_valid(x) and int(x.replace("/", "")) % 11 == 0)


def se_pnr(g: Gen, born: date) -> str:
    body = born.strftime("%y%m%d") + g.digits(3)
    number = f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"
    assert _se_pnr.is_valid(number)
    return number


def dk_cpr(g: Gen, born: date) -> str:
    """A Danish CPR ``DDMMYY-SSSS`` encoding ``born`` (the seventh digit gives the century)."""
    def make() -> str:
        if born.year >= 2000:
            seventh = g.rnd.choice("4" * 3 + "9" * 3 if born.year <= 2036 else "5678")
        else:
            seventh = g.rnd.choice("0123")
        return born.strftime("%d%m%y") + "-" + seventh + g.digits(3)

    return g.valid(make, lambda x: _dk_cpr.is_valid(x) and _dk_cpr.get_birth_date(x) == born)


def tr_tc(g: Gen) -> str:
    def make() -> str:
        body = str(g.rnd.randint(1, 9)) + g.digits(8)
        return body + _tr_tc.calc_check_digits(body)

    return g.valid(make, _tr_tc.is_valid)


def gr_amka(g: Gen, born: date) -> str:
    body = born.strftime("%d%m%y") + g.digits(4)
    number = body + luhn.calc_check_digit(body)
    assert _gr_amka.is_valid(number)
    return number


def ua_rntrc(g: Gen, born: date, female: bool) -> str:
    """A Ukrainian РНОКПП: days since 1899-12-31, a serial whose last digit is odd for men, a check digit."""
    days = (born - date(1899, 12, 31)).days
    body = f"{days:05d}" + g.digits(3) + str(g.rnd.randrange(0 if female else 1, 10, 2))
    number = body + _ua_rntrc.calc_check_digit(body)
    assert _ua_rntrc.is_valid(number)
    return number


def es_dni(g: Gen) -> str:
    body = f"{g.rnd.randint(1_000_000, 79_999_999):08d}"
    number = body + _es_dni.calc_check_digit(body)
    assert _es_dni.is_valid(number)
    return number


def sha1(g: Gen) -> str:
    return hashlib.sha1(str(g.rnd.random()).encode(), usedforsecurity=False).hexdigest()


def microchip(g: Gen, country: str = "040") -> str:
    """An ISO 11784 pet microchip number (15 digits: a country or maker code and a serial): not a person's."""
    return g.rnd.choice([country, "276", "900", "941", "981"]) + g.digits(12)


def bcrypt_hash(g: Gen) -> str:
    alphabet = "./" + string.ascii_letters + string.digits
    return f"$2y$10${g.digits(53, alphabet)}"
