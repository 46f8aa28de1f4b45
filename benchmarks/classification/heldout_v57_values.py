"""Values of held-out set v57 (:mod:`benchmarks.classification.heldout_v57`): v57's random source, names, streets,
towns and postal codes written by hand for v57 (no Faker, no list of real people), phones checked with phonenumbers
and identifiers with check digits computed and checked with python-stdnum (the Russian SNILS and the Portuguese NISS,
which python-stdnum does not know, with their published check-digit rules, checked again by the set's test).

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
from stdnum import ean as _ean
from stdnum import iban as _iban
from stdnum import isbn as _isbn
from stdnum import luhn
from stdnum.au import abn as _abn
from stdnum.es import cif as _cif
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.gb import vat as _gbvat
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.pt import nif as _ptnif
from stdnum.ru import inn as _inn
from stdnum.ru import ogrn as _ogrn
from stdnum.se import orgnr as _orgnr
from stdnum.se import personnummer as _pnr
from stdnum.tr import tckimlik as _tck
from stdnum.tr import vkn as _vkn
from stdnum.us import ein as _ein
from stdnum.us import rtn as _rtn
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 57_204_2026
N = "none"
#: a login or public display handle (review, as in v5 to v55)
USERNAME = "unclassified"
#: NULL-like strings of v57's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "",
    " ",
    "-",
    "--",
    "NULL",
    "null",
    "n/a",
    "N/A",
    "NA",
    "none",
    "None",
    "unknown",
    "Unknown",
    "?",
    "#N/A",
    "nil",
    "<null>",
    "0",
    "000-00-0000",
    "000000000",
    "test@test.com",
    "noemail@noemail.com",
    "none@none.com",
    "0000000000",
    "REDACTED",
    "N/D",
    "n/d",
    "brak",
    "saknas",
    "ej angivet",
    "yok",
    "belirtilmemiş",
    "нет",
    "не указан",
    "-/-",
    "sin datos",
    "sem dados",
    "NOT GIVEN",
    "WITHHELD",
    "*",
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v57:{SEED}:{table}")

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
        return datetime.combine(self.day(lo, hi), datetime.min.time()) + timedelta(seconds=self.rnd.randint(0, 86_399))

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
        first = self.rnd.choice([24, 47, 50, 64, 68, 71, 73, 98, 107, 108, 174, 184, 207])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2600", "2601", "2603", "2607", "2a00"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        keep = 2 if mobile else 1

        def make() -> str:
            if region in NANP_AREAS:
                return self.rnd.choice(NANP_AREAS[region]) + str(self.rnd.randint(2, 9)) + self.digits(6)
            return nsn[:keep] + self.digits(len(nsn) - keep)

        def ok(candidate: str) -> bool:
            number = phonenumbers.parse(f"+{example.country_code}{candidate}")
            return phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region

        number = phonenumbers.parse(f"+{example.country_code}{self.valid(make, ok)}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        if fmt == "00":
            return "00" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)[1:]
        if fmt == "nsn":
            return phonenumbers.national_significant_number(number)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        if fmt == "dashes":
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:3]}-{d[3:6]}-{d[6:]}" if region in NANP_AREAS else national
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(
            lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile), null
        )


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


#: area codes of v57's North American systems (Vermont, New Mexico, Michigan; Manitoba)
NANP_AREAS = {"US": ["802", "505", "575", "616", "269", "231"], "CA": ["204", "431"]}


# -- names (written for v57) -------------------------------------------------------------------------------------------

#: origin -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "anglo": (
        [
            "Abner",
            "Clifton",
            "Dorian",
            "Everett",
            "Harlan",
            "Ignatius",
            "Lyle",
            "Merritt",
            "Orville",
            "Quentin",
            "Royce",
            "Sterling",
            "Tobias",
            "Virgil",
            "Wendell",
            "Ambrose",
        ],
        [
            "Adelaide",
            "Bernadette",
            "Cordelia",
            "Eugenia",
            "Henrietta",
            "Juniper",
            "Lavinia",
            "Mabel",
            "Odette",
            "Philippa",
            "Rosamund",
            "Tabitha",
            "Verity",
            "Wilhelmina",
            "Hollis",
            "Posy",
        ],
        [
            "Ashdown",
            "Blackwood",
            "Cartwright",
            "Dimmock",
            "Eastwick",
            "Fenwick",
            "Gladwell",
            "Hargrove",
            "Ingersoll",
            "Jessop",
            "Kimbrough",
            "Lathrop",
            "Mayhew",
            "Northcott",
            "Penhallow",
            "Quimby",
            "Radcliffe",
            "Stanhope",
            "Tibbetts",
            "Upshaw",
            "Wetherby",
            "Yardley",
            "Pettibone",
            "Coggeshall",
        ],
    ),
    "hispanic": (
        ["Abundio", "Celestino", "Eusebio", "Fermín", "Higinio", "Leoncio", "Nicanor", "Porfirio", "Rutilio"],
        ["Araceli", "Candelaria", "Dolores", "Eulalia", "Guadalupe", "Maricela", "Nayeli", "Remedios"],
        [
            "Archuleta",
            "Baca",
            "Chávez",
            "Gallegos",
            "Lucero",
            "Maestas",
            "Quintana",
            "Sandoval",
            "Trujillo",
            "Ulibarri",
            "Valdez",
            "Zamora",
        ],
    ),
    "other_us": (
        ["Anh", "Dmitri", "Emeka", "Farid", "Hiroshi", "Kofi", "Navin", "Tariq", "Wen", "Yusuf"],
        ["Anjali", "Chioma", "Fatima", "Hana", "Ingrid", "Mei", "Nadia", "Oksana", "Priya", "Thuy"],
        [
            "Adeyemi",
            "Balakrishnan",
            "Chowdhury",
            "Haddad",
            "Kowalczyk",
            "Mahmoud",
            "Nakamura",
            "Nguyen",
            "Okafor",
            "Petrenko",
            "Sato",
            "Yilmaz",
        ],
    ),
    "uk": (
        [
            "Alfie",
            "Callum",
            "Declan",
            "Ewan",
            "Finlay",
            "Gareth",
            "Hamish",
            "Jago",
            "Kieran",
            "Lewis",
            "Niall",
            "Rhys",
            "Ciaran",
            "Owain",
            "Stanley",
            "Dev",
        ],
        [
            "Bethan",
            "Carys",
            "Elspeth",
            "Freya",
            "Gwen",
            "Isla",
            "Kerys",
            "Lowri",
            "Mhairi",
            "Niamh",
            "Orla",
            "Poppy",
            "Rhiannon",
            "Saoirse",
            "Tegan",
            "Zainab",
        ],
        [
            "Ackroyd",
            "Bairstow",
            "Crabtree",
            "Dinsdale",
            "Entwistle",
            "Firth",
            "Gawthorpe",
            "Haigh",
            "Illingworth",
            "Jowett",
            "Kershaw",
            "Lumb",
            "Mitchinson",
            "Nuttall",
            "Oldroyd",
            "Pickles",
            "Ramsden",
            "Sutcliffe",
            "Thackray",
            "Whiteley",
            "Hussain",
            "Akhtar",
            "Prosser",
            "Llewellyn",
            "Pugh",
            "Bevan",
        ],
    ),
    "ie": (
        ["Cathal", "Colm", "Donnacha", "Eoghan", "Fergal", "Oisín", "Pádraig", "Ruairí", "Seánie", "Tadhg"],
        ["Aoife", "Caoimhe", "Clodagh", "Éabha", "Gráinne", "Máire", "Nuala", "Róisín", "Síle", "Úna"],
        [
            "Ó Briain",
            "Mac Carthaigh",
            "Brosnan",
            "Cotter",
            "Desmond",
            "Fitzgibbon",
            "Horgan",
            "Kiely",
            "Lenihan",
            "Moynihan",
            "O'Mahony",
            "Scannell",
            "Twomey",
            "Buckley",
            "Crowley",
            "Daly",
        ],
    ),
    "au": (
        ["Bailey", "Brodie", "Cooper", "Darcy", "Heath", "Jarrah", "Lachlan", "Mitchell", "Rhett", "Tate"],
        ["Bindi", "Chelsea", "Jacinta", "Kirrily", "Maddison", "Narelle", "Shae", "Tahlia", "Kylie", "Leanne"],
        [
            "Boland",
            "Carmody",
            "Dwyer",
            "Fogarty",
            "Hennessy",
            "Kennard",
            "McCredie",
            "Nankervis",
            "Pollock",
            "Rudd",
            "Tranter",
            "Vella",
            "Papadakis",
            "Nguyen-Tran",
            "Sorensen",
            "Beazley",
        ],
    ),
    "nz": (
        [
            "Aperahama",
            "Hemi",
            "Nikau",
            "Rawiri",
            "Tane",
            "Wiremu",
            "Blair",
            "Corey",
            "Hamish",
            "Logan",
            "Sione",
            "Tevita",
        ],
        [
            "Aroha",
            "Hine",
            "Kahurangi",
            "Mere",
            "Ngaio",
            "Te Aomihia",
            "Amber",
            "Brooke",
            "Kiri",
            "Lani",
            "Mele",
            "Sina",
        ],
        [
            "Ngata",
            "Parata",
            "Tamihana",
            "Te Whata",
            "Waititi",
            "Henare",
            "Fa'amausili",
            "Tupou",
            "McAllister",
            "Gillespie",
            "Rutherford",
            "Kerr",
            "Ballantyne",
            "Dobson",
            "Lim",
            "Patel",
        ],
    ),
    "ca": (
        [
            "Alexandre",
            "Benoît",
            "Clément",
            "Gaétan",
            "Jean-Guy",
            "Réal",
            "Brendan",
            "Dale",
            "Garrett",
            "Kurt",
            "Taras",
            "Wayne",
        ],
        [
            "Ginette",
            "Josée",
            "Lucie",
            "Manon",
            "Nathalie",
            "Sylvie",
            "Brittany",
            "Darlene",
            "Kendra",
            "Lorna",
            "Olena",
            "Tanis",
        ],
        [
            "Bouchard",
            "Chartrand",
            "Dufresne",
            "Lagimodière",
            "Nault",
            "Riel",
            "Harapiak",
            "Kostyshyn",
            "Moroz",
            "Dueck",
            "Friesen",
            "Klassen",
            "Penner",
            "Sinclair",
            "Spence",
            "Wiebe",
        ],
    ),
    "es": (
        [
            "Adolfo",
            "Bartolomé",
            "Cayetano",
            "Dámaso",
            "Evaristo",
            "Gumersindo",
            "Leandro",
            "Macario",
            "Rogelio",
            "Sebastián",
            "Telmo",
            "Valentín",
        ],
        [
            "Almudena",
            "Begoña",
            "Covadonga",
            "Esperanza",
            "Inmaculada",
            "Macarena",
            "Montserrat",
            "Nieves",
            "Pilar",
            "Reyes",
            "Visitación",
            "Yolanda",
        ],
        [
            "Alcántara",
            "Barrionuevo",
            "Cabello",
            "Delgado",
            "Escobar",
            "Galindo",
            "Heredia",
            "Jurado",
            "Lozano",
            "Maldonado",
            "Navarrete",
            "Ordóñez",
            "Pacheco",
            "Quesada",
            "Romero",
            "Santiago",
            "Valverde",
            "Zafra",
        ],
    ),
    "pt": (
        [
            "Adelino",
            "Belmiro",
            "Custódio",
            "Domingos",
            "Fernão",
            "Gaspar",
            "Hélder",
            "Joaquim",
            "Leonel",
            "Nuno",
            "Rui",
            "Tiago",
        ],
        [
            "Adelaide",
            "Benedita",
            "Conceição",
            "Dulce",
            "Filomena",
            "Graça",
            "Irene",
            "Leonor",
            "Matilde",
            "Rosário",
            "Teresa",
            "Vitória",
        ],
        [
            "Abreu",
            "Bettencourt",
            "Calado",
            "Damasceno",
            "Esteves",
            "Figueiredo",
            "Gaspar",
            "Henriques",
            "Loureiro",
            "Magalhães",
            "Nogueira",
            "Pimentel",
            "Quaresma",
            "Sequeira",
            "Tavares",
            "Vasconcelos",
        ],
    ),
    "pl": (
        [
            "Bogdan",
            "Czesław",
            "Dariusz",
            "Grzegorz",
            "Jarosław",
            "Kazimierz",
            "Leszek",
            "Mirosław",
            "Przemysław",
            "Ryszard",
            "Tadeusz",
            "Zbigniew",
            "Bartłomiej",
            "Wojciech",
        ],
        [
            "Agnieszka",
            "Bożena",
            "Danuta",
            "Elżbieta",
            "Grażyna",
            "Halina",
            "Jadwiga",
            "Krystyna",
            "Małgorzata",
            "Renata",
            "Urszula",
            "Wiesława",
            "Zofia",
            "Łucja",
        ],
        [
            "Bąkowski",
            "Chmielewski",
            "Dąbrowski",
            "Gołębiowski",
            "Jabłoński",
            "Kaczmarek",
            "Lewandowski",
            "Nowicki",
            "Pietrzak",
            "Sikorski",
            "Szczepański",
            "Wróbel",
            "Zawadzki",
            "Krawczyk",
            "Mazur",
            "Duda",
            "Wieczorek",
            "Zieliński",
        ],
    ),
    "sv": (
        [
            "Arvid",
            "Bengt",
            "Conny",
            "Dag",
            "Elis",
            "Gunnar",
            "Hampus",
            "Ivar",
            "Lennart",
            "Sten",
            "Torbjörn",
            "Ville",
            "Ahmed",
            "Mehmet",
        ],
        [
            "Agneta",
            "Birgitta",
            "Cecilia",
            "Elsa",
            "Gunilla",
            "Hedvig",
            "Ingela",
            "Karin",
            "Lovisa",
            "Märta",
            "Siv",
            "Vera",
            "Amina",
            "Hiba",
        ],
        [
            "Ahlqvist",
            "Blomgren",
            "Dahlberg",
            "Ekström",
            "Fransson",
            "Hedlund",
            "Isaksson",
            "Jonsson",
            "Lundqvist",
            "Magnusson",
            "Nordin",
            "Öberg",
            "Persson",
            "Sjöberg",
            "Wikström",
            "Yusuf",
            "Ali",
            "Hassan",
        ],
    ),
    "tr": (
        [
            "Bülent",
            "Cengiz",
            "Doğan",
            "Erdem",
            "Fikret",
            "Gökhan",
            "Hüseyin",
            "İlker",
            "Kadir",
            "Levent",
            "Orhan",
            "Serkan",
            "Tuncay",
            "Yavuz",
        ],
        [
            "Ayşegül",
            "Berrin",
            "Canan",
            "Derya",
            "Ebru",
            "Gülşen",
            "Hülya",
            "Nurcan",
            "Özlem",
            "Pınar",
            "Sevgi",
            "Şule",
            "Tülay",
            "Zerrin",
        ],
        [
            "Akbulut",
            "Bozkurt",
            "Çelik",
            "Demirtaş",
            "Erdoğdu",
            "Güneş",
            "Karaca",
            "Kılıç",
            "Özdemir",
            "Polat",
            "Sarıkaya",
            "Şahin",
            "Tekin",
            "Uysal",
            "Yıldırım",
            "Zengin",
        ],
    ),
    "ru": (
        [
            "Аркадий",
            "Борис",
            "Вадим",
            "Геннадий",
            "Евгений",
            "Игорь",
            "Константин",
            "Леонид",
            "Матвей",
            "Олег",
            "Павел",
            "Родион",
            "Семён",
            "Тимофей",
            "Фёдор",
            "Ярослав",
        ],
        [
            "Алевтина",
            "Валентина",
            "Галина",
            "Дарья",
            "Евдокия",
            "Зинаида",
            "Клавдия",
            "Лариса",
            "Людмила",
            "Нина",
            "Раиса",
            "Светлана",
            "Тамара",
            "Ульяна",
            "Элеонора",
            "Юлия",
        ],
        [
            "Афанасьев",
            "Беляев",
            "Воронин",
            "Голубев",
            "Дорофеев",
            "Ершов",
            "Жуков",
            "Зайцев",
            "Калинин",
            "Лапин",
            "Мельников",
            "Никитин",
            "Овчинников",
            "Пахомов",
            "Рябов",
            "Селиверстов",
            "Тихонов",
            "Фомин",
            "Чернышёв",
            "Шубин",
        ],
    ),
}
#: origins of the US populations (weights)
US_ORIGINS = {"anglo": 5, "hispanic": 3, "other_us": 2}


def feminine(last: str, lang: str) -> str:
    if lang == "pl" and last.endswith(("ski", "cki", "dzki")):
        return last[:-1] + "a"
    if lang == "ru" and last.endswith(("ов", "ев", "ёв", "ин")):
        return last + "а"
    return last


def person(g: Gen, lang: str = "us", female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    if lang == "us":
        lang = g.rnd.choices(list(US_ORIGINS), list(US_ORIGINS.values()))[0]
    males, females, lasts = NAMES[lang]
    last = g.rnd.choice(lasts)
    return g.rnd.choice(females if female else males), feminine(last, lang) if female else last


def whole(g: Gen, lang: str = "us") -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def given(g: Gen, lang: str = "us", female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def family(g: Gen, lang: str = "us", female: bool | None = None) -> str:
    return person(g, lang, female)[1]


def es_person(g: Gen, female: bool | None = None) -> tuple[str, str, str]:
    """A Spanish given name and two family names."""
    a, b = person(g, "es", female)
    return a, b, family(g, "es")


def ru_patronymic(g: Gen, female: bool) -> str:
    father = g.rnd.choice(NAMES["ru"][0])
    stem = father[:-1] if father.endswith(("й", "ь")) else father
    if father.endswith("й"):
        return stem + ("евна" if female else "евич")
    return father + ("овна" if female else "ович")


def ru_initials(g: Gen) -> str:
    """A staff member as Russian offices write them: ``Фомина Л. Н.`` (family name, initials)."""
    female = g.rnd.random() < 0.8
    a, b = person(g, "ru", female)
    return f"{b} {a[0]}. {ru_patronymic(g, female)[0]}."


_CYR = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "sch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
}


def plain(text: str) -> str:
    text = "".join(_CYR.get(ch, ch) for ch in text.lower())
    folded = fold(text).replace("ł", "l").replace("ı", "i")
    return "".join(ch for ch in folded if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first) or "x", plain(last) or "y"
    local = g.rnd.choice(
        [
            f"{a}.{b}",
            f"{a[0]}{b}",
            f"{a}{g.rnd.randint(1, 99)}",
            f"{b}.{a[0]}",
            f"{a}_{b}",
            f"{a}{b[0]}{g.rnd.randint(50, 99)}",
            f"{b}{a[:2]}",
        ]
    )
    return f"{local}@{g.rnd.choice(domains)}"


def email(g: Gen, lang: str = "us", domains: list[str] | None = None) -> str:
    return email_of(g, *person(g, lang), domains or DOMAINS.get(lang, DOMAINS["us"]))


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(first)}.{plain(last)}@{domain}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first), plain(last)
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a[0]}{b[:5]}"][style % 5]


DOMAINS = {
    "us": ["gmail.com", "yahoo.com", "comcast.net", "outlook.com", "icloud.com", "aol.com", "gmavt.net", "hotmail.com"],
    "uk": ["btinternet.com", "gmail.com", "hotmail.co.uk", "sky.com", "yahoo.co.uk", "outlook.com"],
    "ie": ["eircom.net", "gmail.com", "hotmail.com", "yahoo.ie", "outlook.ie"],
    "au": ["bigpond.com", "gmail.com", "outlook.com.au", "optusnet.com.au", "hotmail.com"],
    "nz": ["xtra.co.nz", "gmail.com", "slingshot.co.nz", "outlook.co.nz", "hotmail.com"],
    "ca": ["shaw.ca", "mymts.net", "gmail.com", "hotmail.ca", "yahoo.ca"],
    "es": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es", "outlook.es"],
    "pt": ["sapo.pt", "gmail.com", "hotmail.com", "netcabo.pt", "outlook.pt"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "o2.pl", "gmail.com"],
    "sv": ["telia.com", "gmail.com", "hotmail.se", "bredband.net", "outlook.com"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "mynet.com", "outlook.com"],
    "ru": ["mail.ru", "yandex.ru", "rambler.ru", "bk.ru", "inbox.ru", "gmail.com"],
}


# -- places (written for v57) ------------------------------------------------------------------------------------------

#: Vermont towns (town, ZIP)
VT_TOWNS = [
    ("Brattleboro", "05301"),
    ("Bellows Falls", "05101"),
    ("Putney", "05346"),
    ("Dummerston", "05301"),
    ("Newfane", "05345"),
    ("Guilford", "05301"),
    ("Townshend", "05353"),
    ("Vernon", "05354"),
]
VT_ROADS = [
    "Upper Dummerston Rd",
    "Black Mountain Rd",
    "Orchard St",
    "Western Ave",
    "Sunset Lake Rd",
    "Hinesburg Rd",
    "Guilford Center Rd",
    "Ames Hill Rd",
    "Maple St",
    "Green River Rd",
    "Kipling Rd",
]
#: out-of-state owners' mailing towns (town, state, ZIP lead)
US_MAIL_TOWNS = [
    ("Greenwich", "CT", "068"),
    ("Scarsdale", "NY", "105"),
    ("Newton", "MA", "024"),
    ("Montclair", "NJ", "070"),
    ("Keene", "NH", "034"),
    ("Northampton", "MA", "010"),
]
AWAY_STREETS = [
    "Round Hill Rd",
    "Chestnut St",
    "Overlook Dr",
    "Beacon Hill Ln",
    "Fox Meadow Rd",
    "Elm Ct",
    "Quaker Ridge Rd",
    "Orchard Pkwy",
]
#: New Mexico towns (town, county, ZIP lead)
NM_TOWNS = [
    ("Albuquerque", "Bernalillo", "871"),
    ("Las Cruces", "Doña Ana", "880"),
    ("Santa Fe", "Santa Fe", "875"),
    ("Roswell", "Chaves", "882"),
    ("Farmington", "San Juan", "874"),
    ("Gallup", "McKinley", "873"),
    ("Española", "Rio Arriba", "875"),
    ("Deming", "Luna", "880"),
]
NM_STREETS = [
    "Calle del Norte",
    "Isleta Blvd SW",
    "Camino Real",
    "Paseo de Peralta",
    "Montaño Rd NW",
    "Lomas Blvd NE",
    "Avenida de Mesilla",
    "Juan Tabo Blvd NE",
    "Acequia Madre",
    "Rio Grande Blvd NW",
]
#: Michigan (Kent and Ottawa counties) towns (town, ZIP)
MI_TOWNS = [
    ("Grand Rapids", "49503"),
    ("Wyoming", "49509"),
    ("Kentwood", "49508"),
    ("Walker", "49534"),
    ("Grandville", "49418"),
    ("Rockford", "49341"),
    ("Hudsonville", "49426"),
    ("Lowell", "49331"),
]
MI_STREETS = [
    "Plainfield Ave NE",
    "Byron Center Ave SW",
    "Leonard St NW",
    "Cascade Rd SE",
    "Kalamazoo Ave SE",
    "Burton St SE",
    "Alpine Ave NW",
    "Knapp St NE",
    "Eastern Ave SE",
    "Breton Rd SE",
]
#: West Yorkshire (Calderdale) towns (town, postcode area)
UK_TOWNS = [
    ("Halifax", "HX1"),
    ("Halifax", "HX3"),
    ("Sowerby Bridge", "HX6"),
    ("Hebden Bridge", "HX7"),
    ("Todmorden", "OL14"),
    ("Elland", "HX5"),
    ("Brighouse", "HD6"),
    ("Mytholmroyd", "HX7"),
]
UK_STREETS = [
    "Savile Park Rd",
    "Lister Lane",
    "Hopwood Lane",
    "Shibden Hall Rd",
    "Queens Rd",
    "Burnley Rd",
    "Heptonstall Rd",
    "Wakefield Rd",
    "Rochdale Rd",
    "Birks Hall Terrace",
    "Scarr Bottom Rd",
]
UK_BUILDINGS = ["Flat 2", "Flat 1A", "Rose Cottage,", "2 Mill Fold,", "The Barn,", ""]
#: Cardiff (postcode district) and Welsh streets
CARDIFF_DISTRICTS = ["CF5", "CF10", "CF11", "CF14", "CF23", "CF24", "CF3"]
CARDIFF_STREETS = [
    "Cowbridge Rd East",
    "Albany Rd",
    "Whitchurch Rd",
    "Clifton St",
    "Heol y Deri",
    "Llandaff Rd",
    "Newport Rd",
    "Crwys Rd",
    "Penylan Rd",
    "Splott Rd",
]
#: Queensland (Sunshine Coast hinterland) suburbs (suburb, postcode)
QLD_SUBURBS = [
    ("Nambour", "4560"),
    ("Maleny", "4552"),
    ("Buderim", "4556"),
    ("Caloundra", "4551"),
    ("Cooroy", "4563"),
    ("Eumundi", "4562"),
    ("Palmwoods", "4555"),
    ("Yandina", "4561"),
]
QLD_STREETS = [
    "Mountain View Rd",
    "Obi Obi Rd",
    "Currie St",
    "Blackall Range Rd",
    "Petrie Creek Rd",
    "Memorial Dr",
    "Coes Creek Rd",
    "Tanawha Tourist Dr",
    "Bli Bli Rd",
    "Jacaranda Ave",
]
#: Wellington region suburbs (suburb, postcode)
NZ_SUBURBS = [
    ("Porirua", "5022"),
    ("Lower Hutt", "5010"),
    ("Upper Hutt", "5018"),
    ("Petone", "5012"),
    ("Johnsonville", "6037"),
    ("Karori", "6012"),
    ("Paraparaumu", "5032"),
    ("Wainuiomata", "5014"),
]
NZ_STREETS = [
    "Mungavin Ave",
    "High St",
    "Waterloo Rd",
    "Jackson St",
    "Moorefield Rd",
    "Karori Rd",
    "Kapiti Rd",
    "Fitzherbert St",
    "Titahi Bay Rd",
    "Main Rd",
]
#: Winnipeg neighbourhoods' postal codes (FSA) and streets
MB_FSAS = ["R2C", "R2K", "R2M", "R2W", "R3E", "R3G", "R3L", "R3M", "R3T", "R2V"]
MB_TOWNS = ["Winnipeg", "Winnipeg", "Winnipeg", "Winnipeg", "Selkirk", "Steinbach", "St. Andrews", "Headingley"]
MB_STREETS = [
    "Pembina Hwy",
    "Corydon Ave",
    "Henderson Hwy",
    "St Mary's Rd",
    "Portage Ave",
    "Notre Dame Ave",
    "Osborne St",
    "McPhillips St",
    "Main St",
    "Roblin Blvd",
    "Provencher Blvd",
]
#: County Cork (town, Eircode routing key)
IE_TOWNS = [
    ("Macroom", "P12"),
    ("Bandon", "P72"),
    ("Clonakilty", "P85"),
    ("Kinsale", "P17"),
    ("Mallow", "P51"),
    ("Fermoy", "P61"),
    ("Midleton", "P25"),
    ("Skibbereen", "P81"),
]
IE_TOWNLANDS = [
    "Ballinahina",
    "Carrigrohane",
    "Coolnacaheragh",
    "Dromkeen",
    "Gortnaclohy",
    "Kilcolman",
    "Lisheenleigh",
    "Rathduff",
    "Knocknagree",
    "Derrynane Beg",
]
#: Andalusian towns (municipio, provincia, postal code lead)
ES_TOWNS = [
    ("Jerez de la Frontera", "Cádiz", "114"),
    ("Écija", "Sevilla", "414"),
    ("Antequera", "Málaga", "292"),
    ("Ronda", "Málaga", "294"),
    ("Úbeda", "Jaén", "234"),
    ("Lucena", "Córdoba", "149"),
    ("Motril", "Granada", "186"),
    ("El Puerto de Santa María", "Cádiz", "115"),
]
ES_STREETS = [
    "Calle Larga",
    "Avda. de Andalucía",
    "C/ Ancha",
    "Plaza del Arenal",
    "Calle Porvenir",
    "Calle Real",
    "Avda. Álvaro Domecq",
    "Calle Sol",
    "Ronda de los Alunados",
]
#: Portuguese towns (localidade, distrito, CP4 lead)
PT_TOWNS = [
    ("Viseu", "Viseu", "35"),
    ("Guarda", "Guarda", "63"),
    ("Covilhã", "Castelo Branco", "62"),
    ("Lamego", "Viseu", "51"),
    ("Tondela", "Viseu", "34"),
    ("Seia", "Guarda", "62"),
    ("Mangualde", "Viseu", "35"),
    ("Fundão", "Castelo Branco", "62"),
]
PT_STREETS = [
    "Rua Direita",
    "Avenida Capitão Homem Ribeiro",
    "Largo da Sé",
    "Rua Formosa",
    "Travessa do Soar",
    "Rua do Comércio",
    "Bairro da Misericórdia",
    "Avenida 25 de Abril",
]
#: Lesser Poland towns (miejscowość, powiat, postal code)
PL_TOWNS = [
    ("Nowy Targ", "nowotarski", "34-400"),
    ("Zakopane", "tatrzański", "34-500"),
    ("Rabka-Zdrój", "nowotarski", "34-700"),
    ("Limanowa", "limanowski", "34-600"),
    ("Myślenice", "myślenicki", "32-400"),
    ("Nowy Sącz", "Nowy Sącz", "33-300"),
    ("Bochnia", "bocheński", "32-700"),
    ("Wadowice", "wadowicki", "34-100"),
]
PL_STREETS = [
    "ul. Kościuszki",
    "ul. Jana Pawła II",
    "os. Na Skarpie",
    "ul. Krakowska",
    "ul. Szaflarska",
    "al. Tysiąclecia",
    "ul. Podhalańska",
    "ul. Ogrodowa",
]
#: Norrbotten / Västerbotten towns (ort, postnummer lead)
SE_TOWNS = [
    ("Skellefteå", "931"),
    ("Piteå", "941"),
    ("Boden", "961"),
    ("Kalix", "952"),
    ("Lycksele", "921"),
    ("Arvidsjaur", "933"),
    ("Byske", "934"),
    ("Älvsbyn", "942"),
]
SE_STREETS = [
    "Nygatan",
    "Storgatan",
    "Tjärnvägen",
    "Skolgatan",
    "Lasarettsvägen",
    "Mjölkuddsvägen",
    "Brogatan",
    "Norrbyvägen",
]
#: Eskişehir and Bursa districts (ilçe, il, postal code lead)
TR_TOWNS = [
    ("Odunpazarı", "Eskişehir", "260"),
    ("Tepebaşı", "Eskişehir", "261"),
    ("Nilüfer", "Bursa", "161"),
    ("Osmangazi", "Bursa", "160"),
    ("Yıldırım", "Bursa", "163"),
    ("Mudanya", "Bursa", "166"),
    ("İnegöl", "Bursa", "164"),
    ("Sivrihisar", "Eskişehir", "266"),
]
TR_STREETS = [
    "Atatürk Cd.",
    "İstiklal Mah. Gazi Sk.",
    "Vişnelik Mah. Çamlıca Sk.",
    "Fatih Sultan Mehmet Blv.",
    "Hürriyet Mah. Lale Sk.",
    "Cumhuriyet Cd.",
    "Yeşilyurt Mah. Papatya Sk.",
    "Kızılay Sk.",
]
#: Volga region towns (город, область, индекс lead)
RU_TOWNS = [
    ("Самара", "Самарская обл.", "443"),
    ("Тольятти", "Самарская обл.", "445"),
    ("Сызрань", "Самарская обл.", "446"),
    ("Ульяновск", "Ульяновская обл.", "432"),
    ("Димитровград", "Ульяновская обл.", "433"),
    ("Пенза", "Пензенская обл.", "440"),
    ("Кузнецк", "Пензенская обл.", "442"),
    ("Саранск", "Республика Мордовия", "430"),
]
RU_STREETS = [
    "ул. Ленинградская",
    "ул. Садовая",
    "пр-т Кирова",
    "ул. Молодогвардейская",
    "ул. Гончарова",
    "ул. Победы",
    "ул. Революционная",
    "ул. Пушкина",
    "пер. Школьный",
]


def street_of(g: Gen, country: str) -> str:
    n = g.rnd.randint(1, 240)
    if country == "vt":
        return g.rnd.choice(
            [
                f"{g.rnd.randint(10, 2999)} {g.rnd.choice(VT_ROADS)}",
                f"{g.rnd.randint(10, 2999)} {g.rnd.choice(VT_ROADS)}",
                f"{g.rnd.randint(10, 400)} {g.rnd.choice(VT_ROADS)} Unit {g.rnd.randint(1, 8)}",
            ]
        )
    if country == "away":
        return f"{g.rnd.randint(2, 480)} {g.rnd.choice(AWAY_STREETS)}" + g.rnd.choice(["", "", f" Apt {n % 30 + 1}"])
    if country == "nm":
        return f"{g.rnd.randint(100, 12999)} {g.rnd.choice(NM_STREETS)}" + g.rnd.choice(["", "", " Apt " + str(n)])
    if country == "mi":
        return f"{g.rnd.randint(100, 8999)} {g.rnd.choice(MI_STREETS)}" + g.rnd.choice(["", "", f" Apt {n % 40 + 1}"])
    if country == "uk":
        return f"{g.rnd.choice(UK_BUILDINGS)} {n % 160 + 1} {g.rnd.choice(UK_STREETS)}".strip()
    if country == "cardiff":
        return f"{n % 200 + 1} {g.rnd.choice(CARDIFF_STREETS)}"
    if country == "qld":
        return g.rnd.choice(
            [f"{n % 300 + 1} {g.rnd.choice(QLD_STREETS)}", f"{n % 20 + 1}/{n % 60 + 1} {g.rnd.choice(QLD_STREETS)}"]
        )
    if country == "nz":
        return g.rnd.choice(
            [f"{n % 200 + 1} {g.rnd.choice(NZ_STREETS)}", f"{n % 9 + 1}/{n % 80 + 1} {g.rnd.choice(NZ_STREETS)}"]
        )
    if country == "mb":
        return g.rnd.choice(
            [
                f"{g.rnd.randint(10, 2999)} {g.rnd.choice(MB_STREETS)}",
                f"{n % 900 + 100}-{g.rnd.randint(10, 999)} {g.rnd.choice(MB_STREETS)}",
            ]
        )
    if country == "ie":
        return g.rnd.choice(
            [
                f"{g.rnd.choice(IE_TOWNLANDS)}",
                f"{n % 40 + 1} Oak Park",
                f"Knockbrack, {g.rnd.choice(IE_TOWNLANDS)}",
                f"{n % 30 + 1} Main Street",
            ]
        )
    if country == "es":
        return f"{g.rnd.choice(ES_STREETS)}, {n % 90 + 1}" + g.rnd.choice(["", ", 2º B", ", bajo", ", 1º izq."])
    if country == "pt":
        return f"{g.rnd.choice(PT_STREETS)}, {n % 150 + 1}" + g.rnd.choice(["", ", 2º Esq.", ", r/c Dto.", " 1º"])
    if country == "pl":
        return f"{g.rnd.choice(PL_STREETS)} {n % 120 + 1}" + g.rnd.choice(["", f"/{n % 40 + 1}", "A", f"/{n % 9 + 1}"])
    if country == "sv":
        return f"{g.rnd.choice(SE_STREETS)} {n % 60 + 1}" + g.rnd.choice(["", " lgh 1201", "B", " 1 tr"])
    if country == "tr":
        return f"{g.rnd.choice(TR_STREETS)} No:{n % 90 + 1}" + g.rnd.choice(["", f" D:{n % 12 + 1}", " Kat:3 D:7"])
    if country == "ru":
        return f"{g.rnd.choice(RU_STREETS)}, д. {n % 120 + 1}" + g.rnd.choice(
            ["", f", кв. {n % 200 + 1}", f", к. 2, кв. {n % 90 + 1}"]
        )
    raise ValueError(country)


def uk_postcode(g: Gen, outward: str) -> str:
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{outward} {g.rnd.randint(1, 9)}{g.rnd.choice(letters)}{g.rnd.choice(letters)}"


def ca_postal(g: Gen) -> str:
    letters = "ABCEGHJKLMNPRSTVWXYZ"
    return f"{g.rnd.choice(MB_FSAS)} {g.rnd.randint(0, 9)}{g.rnd.choice(letters)}{g.rnd.randint(0, 9)}"


def eircode(g: Gen, key: str) -> str:
    return f"{key} {g.digits(4, 'ACDEFHKNPRTVWXY0123456789')}"


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa or Mastercard prefix."""
    body = g.rnd.choice(["4", "51", "53", "2221"])
    body += g.digits(15 - len(body))
    return body + luhn.calc_check_digit(body)


#: BBAN layouts (9 a digit, A a letter); python-stdnum checks the result
BBAN = {
    "PT": "999999999999999999999",
    "PL": "999999999999999999999999",
    "SE": "99999999999999999999",
    "TR": "9999909999999999999999",
    "ES": "99999999999999999999",
    "IE": "AAAA99999999999999",
    "GB": "AAAA99999999999999",
}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, national checks retried, python-stdnum checks it)."""

    def make() -> str:
        bban = g.code(BBAN[country])
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, _iban.is_valid)
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4)) if spaced else number


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 665):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}"

    number = g.valid(make, _ssn.is_valid)
    return number if dashed else number.replace("-", "")


def us_ein(g: Gen) -> str:
    """An employer's FEIN (a business's: ``none``), its prefix checked by python-stdnum."""
    return g.valid(lambda: f"{g.rnd.choice(['85', '86', '20', '27', '45', '46'])}-{g.digits(7)}", _ein.is_valid)


def us_routing(g: Gen) -> str:
    """An ABA routing number (a bank's: ``none``) with its check digit."""
    body = g.rnd.choice(["1070", "1022", "0721", "0111"]) + g.digits(4)
    for d in string.digits:
        if _rtn.is_valid(body + d):
            return body + d
    raise RuntimeError("no routing number")


def mi_licence(g: Gen, last: str) -> str:
    """A Michigan driver's licence number: the Soundex-like initial of the surname and twelve digits."""
    initial = (plain(last)[:1] or "x").upper()
    return f"{initial} {g.digits(3)} {g.digits(3)} {g.digits(3)} {g.digits(3)}"


def uk_nino(g: Gen) -> str:
    """A UK National Insurance number (no check digit; the prefixes HMRC never allocates avoided)."""
    first = g.rnd.choice("ABCEHJKLMNPRSTWXYZ")
    second = g.rnd.choice("ABCEHJKLMNPRSTWXYZ")
    if first + second in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
        second = "A"
    return f"{first}{second} {g.digits(2)} {g.digits(2)} {g.digits(2)} {g.rnd.choice('ABCD')}"


def gb_vat(g: Gen) -> str:
    return "GB" + g.valid(lambda: g.rnd.choice(["1", "2", "3", "6", "7", "8"]) + g.digits(8), _gbvat.is_valid)


def au_abn(g: Gen) -> str:
    number = g.valid(lambda: g.rnd.choice(["1", "2", "3", "4", "5", "6", "7", "8", "9"]) + g.digits(10), _abn.is_valid)
    return _abn.format(number)


def au_crn(g: Gen) -> str:
    """A Centrelink customer reference number on a pensioner concession card: nine digits and a letter."""
    return f"{g.rnd.randint(200, 699)} {g.digits(3)} {g.digits(3)}{g.rnd.choice('ABCHJKLSTX')}"


def isbn13(g: Gen) -> str:
    body = g.rnd.choice(["978055", "978014", "978177", "978006", "978031"]) + g.digits(6)
    number = body + _ean.calc_check_digit(body)
    assert _isbn.is_valid(number)
    return number


def library_barcode(g: Gen, prefix: str) -> str:
    """A 14-digit Codabar-style library barcode (Luhn over the digits)."""
    body = prefix + g.digits(13 - len(prefix))
    return body + luhn.calc_check_digit(body)


def es_dni(g: Gen) -> str:
    body = f"{g.rnd.randint(1_000_000, 79_999_999):08d}"
    return body + _dni.calc_check_digit(body)


def es_nie(g: Gen) -> str:
    body = g.rnd.choice("XYZ") + g.digits(7)
    number = body + _nie.calc_check_digit(body)
    assert _nie.is_valid(number)
    return number


def es_cif(g: Gen) -> str:
    """A Spanish CIF of a public body or company (a hospital's: ``none``)."""
    return g.valid(lambda: g.rnd.choice("QSAB") + g.digits(7) + g.rnd.choice("ABCDEFGHIJ0123456789"), _cif.is_valid)


def pt_nif(g: Gen) -> str:
    body = g.rnd.choice(["1", "2", "2", "1"]) + g.digits(7)
    return body + _ptnif.calc_check_digit(body)


def niss_check(body: str) -> str:
    """The check digit of a Portuguese social-security number (NISS): 9 - (sum of digits times the primes
    29, 23, 19, 17, 13, 11, 7, 5, 3, 2) mod 10."""
    weights = (29, 23, 19, 17, 13, 11, 7, 5, 3, 2)
    return str(9 - sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 10)


def pt_nipc(g: Gen) -> str:
    """A Portuguese collective person's NIPC (a school's: ``none``)."""
    body = g.rnd.choice(["50", "51", "60"]) + g.digits(6)
    return body + _ptnif.calc_check_digit(body)


def pt_niss(g: Gen) -> str:
    body = g.rnd.choice(["1", "1", "2"]) + g.digits(9)
    return body + niss_check(body)


def pl_pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + {18: 80, 19: 0, 20: 20}[born.year // 100]
    serial = g.digits(3) + str(g.rnd.choice("02468" if female else "13579"))
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{serial}"
    number = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(number)
    return number


def pl_nip(g: Gen) -> str:
    number = g.valid(lambda: g.rnd.choice(["735", "736", "737", "677"]) + g.digits(7), _nip.is_valid)
    return f"{number[:3]}-{number[3:6]}-{number[6:8]}-{number[8:]}"


def se_personnummer(g: Gen, born: date, sep: str = "-") -> str:
    body = born.strftime("%y%m%d") + g.digits(3)
    number = f"{body[:6]}{sep}{body[6:]}{luhn.calc_check_digit(body)}"
    assert _pnr.is_valid(number)
    return number


def se_orgnr(g: Gen) -> str:
    body = g.rnd.choice(["556", "559", "769", "802"]) + g.digits(6)
    number = body + luhn.calc_check_digit(body)
    assert _orgnr.is_valid(number)
    return f"{number[:6]}-{number[6:]}"


def tr_tckimlik(g: Gen) -> str:
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    number = body + _tck.calc_check_digits(body)
    assert _tck.is_valid(number)
    return number


def tr_vkn(g: Gen) -> str:
    return g.valid(lambda: g.digits(10), _vkn.is_valid)


def ru_inn_person(g: Gen) -> str:
    body = g.rnd.choice(["63", "73", "58", "13"]) + g.digits(8)
    number = body + _inn.calc_personal_check_digits(body)
    assert _inn.is_valid(number)
    return number


def ru_inn_company(g: Gen) -> str:
    body = g.rnd.choice(["63", "73", "58"]) + g.digits(7)
    number = body + _inn.calc_company_check_digit(body)
    assert _inn.is_valid(number)
    return number


def ru_ogrn(g: Gen) -> str:
    body = "1" + g.rnd.choice(["02", "03", "10", "12"]) + g.rnd.choice(["63", "73", "58"]) + g.digits(7)
    number = body + _ogrn.calc_check_digit(body + "0")
    assert _ogrn.is_valid(number)
    return number


def snils_check(body: str) -> str:
    """The two check digits of a Russian SNILS (the nine-digit body weighted 9 down to 1, reduced mod 101)."""
    total = sum(int(d) * (9 - i) for i, d in enumerate(body))
    if total > 101:
        total %= 101
    return "00" if total in (100, 101) else f"{total:02d}"


def ru_snils(g: Gen, spaced: bool = True) -> str:
    body = f"{g.rnd.randint(2, 199):03d}" + g.digits(6)
    check = snils_check(body)
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {check}" if spaced else body + check


def ru_passport(g: Gen) -> str:
    """A Russian internal passport: the region and year series (four digits) and a six-digit number."""
    return f"{g.rnd.choice(['36', '73', '56', '89'])} {g.digits(2)} {g.digits(6)}"


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)


def mir_card(g: Gen, spaced: bool = False) -> str:
    """A Mir card number (prefix 2202, Luhn)."""
    body = "2202" + g.digits(11)
    number = body + luhn.calc_check_digit(body)
    return " ".join(number[i : i + 4] for i in range(0, 16, 4)) if spaced else number


def s10_check(serial: str) -> str:
    """The check digit of a UPU S10 item number's eight-digit serial (weights 8 6 4 2 3 5 9 7, mod 11)."""
    rest = 11 - sum(int(d) * w for d, w in zip(serial, (8, 6, 4, 2, 3, 5, 9, 7), strict=True)) % 11
    return "0" if rest == 10 else "5" if rest == 11 else str(rest)


def s10_tracking(g: Gen, country: str) -> str:
    """A postal item's S10 tracking number (``EA123456785NZ``): a card posted to its holder (``none``)."""
    serial = g.digits(8)
    return f"{g.rnd.choice(['EA', 'RR', 'LX'])}{serial}{s10_check(serial)}{country}"


def bcrypt_hash(g: Gen) -> str:
    alphabet = "./" + string.ascii_letters + string.digits
    return f"$2y$10${g.digits(53, alphabet)}"
