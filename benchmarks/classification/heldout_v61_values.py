"""Values of held-out set v61 (:mod:`benchmarks.classification.heldout_v61`): v61's random source, names, streets,
towns and postal codes written by hand for v61 (no Faker, no list of real people), phones checked with phonenumbers
and identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module; the lists below are new: the people of a Boston
parish, North Yorkshire, the Hamilton and Toronto areas of Ontario, Virginia, Brisbane, Vicenza, the Sącz valley,
Cologne, Guadalajara, Debrecen and Tampere, nineteenth-century Calder Valley households, and the saints and churches
those communities name their buildings after.
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
from stdnum import luhn
from stdnum.au import abn as _abn
from stdnum.ca import sin as _sin
from stdnum.fi import hetu as _hetu
from stdnum.fi import ytunnus as _ytunnus
from stdnum.hu import anum as _anum
from stdnum.iso7064 import mod_97_10
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva
from stdnum.mx import curp as _curp
from stdnum.mx import rfc as _rfc
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.pl import regon as _regon
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 61_407_2026
N = "none"
#: a login or public display handle (review, as in v5 to v59)
USERNAME = "unclassified"
#: NULL-like strings of v61's systems (tests skip them)
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
    "[]",
    "{}",
    "000-00-0000",
    "000 000 000",
    "noemail@none.com",
    "no.email@parish.invalid",
    "REDACTED",
    "N.D.",
    "nessuna",
    "nd",
    "brak",
    "b.d.",
    "keine",
    "k.A.",
    "sin dato",
    "N/D",
    "nincs",
    "-/-",
    "ei",
    "ei ole",
    "not stated",
    "NK",
    "*",
)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return (
        "".join(ch for ch in text if not unicodedata.combining(ch))
        .replace("ß", "ss")
        .replace("'", "")
        .replace("ł", "l")
        .replace("ı", "i")
    )


#: region -> (national prefixes, national significant number length) of the mobiles and landlines v61 writes
PHONE_PLAN: dict[str, tuple[tuple[list[str], int], tuple[list[str], int]]] = {
    "US": ((["617", "857", "781", "508", "804", "757", "540", "434"], 10), (["617", "781", "804", "540"], 10)),
    "GB": ((["7700", "7711", "7734", "7789", "7809", "7903", "7971"], 10), (["1423", "1765", "1845", "1609"], 10)),
    "CA": ((["905", "289", "365", "416", "647", "437"], 10), (["905", "416", "289"], 10)),
    "AU": ((["400", "401", "412", "423", "438", "447", "458", "466"], 9), (["733", "734", "738", "739"], 9)),
    "IE": ((["83", "85", "86", "87", "89"], 9), (["1", "21", "61"], 9)),
    "IT": ((["320", "328", "333", "340", "347", "349", "366", "388"], 10), (["0444", "0445", "0424"], 10)),
    "PL": ((["50", "51", "53", "60", "66", "69", "72", "79", "88"], 9), (["18"], 9)),
    "DE": ((["151", "152", "157", "160", "162", "170", "172", "176", "178"], 11), (["221", "2203", "2233"], 10)),
    "MX": ((["33"], 10), (["33"], 10)),
    "HU": ((["20", "30", "70"], 9), (["52", "54"], 8)),
    "FI": ((["40", "41", "44", "45", "50"], 9), (["3"], 9)),
    "TR": ((["530", "532", "535", "542", "505", "555"], 10), (["352", "332"], 10)),
}


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v61:{SEED}:{table}")

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
        first = self.rnd.choice([24, 45, 67, 73, 86, 98, 109, 142, 176, 185, 203])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2600", "2601", "2a00", "2a02", "2001:4860"])
        parts = 7 if ":" not in head else 6
        return head + ":" + ":".join(f"{self.rnd.randint(1, 0xFFFF):x}" for _ in range(parts))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        prefixes, length = PHONE_PLAN[region][0 if mobile else 1]
        code = phonenumbers.country_code_for_region(region)

        def make() -> str:
            head = self.rnd.choice(prefixes)
            return head + self.digits(length - len(head))

        def ok(candidate: str) -> bool:
            return phonenumbers.is_valid_number(phonenumbers.parse(f"+{code}{candidate}"))

        number = phonenumbers.parse(f"+{code}{self.valid(make, ok)}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        if fmt == "00":
            return "00" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)[1:]
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        if fmt in ("dashes", "dots") and region in ("US", "CA"):
            d = "".join(ch for ch in national if ch.isdigit())
            sep = "-" if fmt == "dashes" else "."
            return f"{d[:3]}{sep}{d[3:6]}{sep}{d[6:]}"
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(
            lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile), null
        )


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v61) -------------------------------------------------------------------------------------------

#: origin -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "irish_us": (
        ["Brendan", "Colm", "Declan", "Fintan", "Kieran", "Liam", "Padraig", "Ronan", "Sean", "Cormac"],
        ["Aoife", "Bridget", "Ciara", "Deirdre", "Eileen", "Maeve", "Nora", "Roisin", "Siobhan", "Una"],
        [
            "Brannigan",
            "Cassidy",
            "Donnelly",
            "Flaherty",
            "Gallagher",
            "Kavanagh",
            "McDermott",
            "Mulcahy",
            "O'Donnell",
            "Quigley",
            "Scanlon",
            "Tierney",
        ],
    ),
    "anglo": (
        [
            "Alistair",
            "Bertram",
            "Clive",
            "Duncan",
            "Gareth",
            "Howard",
            "Malcolm",
            "Neville",
            "Rupert",
            "Trevor",
            "Warren",
            "Geoffrey",
        ],
        [
            "Beverley",
            "Carol",
            "Gillian",
            "Hazel",
            "Janice",
            "Lorraine",
            "Maureen",
            "Pauline",
            "Shirley",
            "Wendy",
            "Yvonne",
            "Sheila",
        ],
        [
            "Atherton",
            "Birkett",
            "Cawthorne",
            "Dobson",
            "Fawcett",
            "Hebden",
            "Kilburn",
            "Metcalfe",
            "Nettleton",
            "Oldroyd",
            "Pennock",
            "Raistrick",
            "Scaife",
            "Thackray",
            "Wilberforce",
            "Yeadon",
        ],
    ),
    "italian_us": (
        ["Carmine", "Domenic", "Gennaro", "Rocco", "Vincenzo", "Angelo"],
        ["Carmela", "Filomena", "Graziella", "Loretta", "Rosaria", "Teresa"],
        ["DiNapoli", "Iacobucci", "LoPresti", "Mastrangelo", "Pagliuca", "Scarpelli"],
    ),
    "haitian": (
        ["Jean-Baptiste", "Wilner", "Frantz", "Ricot", "Guerline", "Fritznel"],
        ["Marie-Claude", "Nadège", "Widline", "Rose-Berline", "Judeline", "Fabiola"],
        ["Bazile", "Charlemagne", "Desrosiers", "Joseph", "Pierre-Louis", "Valcourt"],
    ),
    "vietnamese": (
        ["Bao", "Duc", "Hieu", "Khoa", "Minh", "Quang"],
        ["Anh", "Hoa", "Linh", "Ngoc", "Thu", "Vy"],
        ["Dang", "Do", "Nguyen", "Pham", "Truong", "Vo"],
    ),
    "hispanic": (
        ["Alejandro", "Efrain", "Hector", "Joel", "Wilfredo", "Yadiel"],
        ["Damaris", "Gisela", "Marisol", "Nayeli", "Yesenia", "Zoraida"],
        ["Acevedo", "Batista", "Cordero", "Figueroa", "Quiñones", "Rosario"],
    ),
    "portuguese": (
        ["Armindo", "Duarte", "Fernando", "Nuno", "Rui", "Vasco"],
        ["Conceição", "Fatima", "Ilda", "Lurdes", "Natalia", "Rosa"],
        ["Amaral", "Bettencourt", "Medeiros", "Raposo", "Sousa", "Furtado"],
    ),
    "polish_ca": (
        ["Bogdan", "Janusz", "Stefan", "Tadeusz", "Witold", "Zbigniew"],
        ["Danuta", "Grazyna", "Jadwiga", "Teresa", "Wanda", "Zofia"],
        ["Baranowski", "Chmielewski", "Gorski", "Kaczmarek", "Sobczak", "Wrobel"],
    ),
    "chinese": (
        ["Chun", "Kwok-Wai", "Ming", "Wei", "Zhiwei", "Ho-Yin"],
        ["Lai-Ching", "Mei", "Shu-Fen", "Xiu", "Ying", "Yuet"],
        ["Chan", "Leung", "Mak", "Tsang", "Wong", "Yip"],
    ),
    "south_asian": (
        ["Amardeep", "Harjit", "Naveen", "Rajinder", "Suresh", "Tejinder"],
        ["Baljit", "Harpreet", "Kamaljit", "Nirmala", "Rekha", "Sunita"],
        ["Bains", "Dhaliwal", "Grewal", "Iyer", "Kapoor", "Sandhu"],
    ),
    "greek": (
        ["Christos", "Dimitrios", "Georgios", "Nikolaos", "Spiros", "Vasilios"],
        ["Athena", "Despina", "Eleni", "Kalliopi", "Stavroula", "Vasiliki"],
        ["Karamanlis", "Kyriakou", "Papadakis", "Stavrou", "Theodorou", "Vlahos"],
    ),
    "aussie": (
        ["Bruce", "Darren", "Graeme", "Kevin", "Lachlan", "Noel", "Ross", "Wayne"],
        ["Bronwyn", "Cheryl", "Glenys", "Joanne", "Kylie", "Leanne", "Narelle", "Raelene"],
        [
            "Baxter",
            "Cudmore",
            "Drummond",
            "Fitzgerald",
            "Gillespie",
            "Hinchcliffe",
            "Lowrie",
            "McIntyre",
            "Pettigrew",
            "Rodway",
            "Treloar",
            "Whitlock",
        ],
    ),
    "jewish": (
        ["Avi", "Daniel", "Eli", "Ira", "Jacob", "Lior", "Mordechai", "Noam", "Seth", "Yoni"],
        ["Ariella", "Dalia", "Esther", "Hadassah", "Leah", "Miriam", "Naomi", "Rivka", "Shira", "Talia"],
        [
            "Abramovitz",
            "Birnbaum",
            "Feldman",
            "Goldfarb",
            "Halpern",
            "Katzman",
            "Lefkowitz",
            "Mandelbaum",
            "Rosenblum",
            "Shapiro",
            "Weisberg",
            "Zuckerman",
        ],
    ),
    "it": (
        ["Giovanni", "Giuseppe", "Luca", "Marco", "Matteo", "Andrea", "Davide", "Stefano", "Nicola", "Filippo"],
        ["Giulia", "Francesca", "Elisa", "Martina", "Sara", "Silvia", "Valentina", "Anna", "Chiara", "Irene"],
        [
            "Zanella",
            "Bortolin",
            "Pavan",
            "Dalla Valle",
            "Zambon",
            "Basso",
            "Marchiori",
            "Bonato",
            "Trevisan",
            "Carraro",
            "Ceccato",
            "Rigon",
            "Fabris",
            "Dal Santo",
        ],
    ),
    "pl": (
        ["Stanisław", "Józef", "Kazimierz", "Tadeusz", "Marek", "Krzysztof", "Piotr", "Wojciech", "Jan", "Andrzej"],
        ["Zofia", "Halina", "Janina", "Krystyna", "Agnieszka", "Małgorzata", "Bożena", "Ewa", "Stanisława", "Maria"],
        [
            "Nowak",
            "Wójcik",
            "Kowalczyk",
            "Mazur",
            "Krawczyk",
            "Zając",
            "Pawlak",
            "Kowalski",
            "Nowicki",
            "Ogórek",
            "Myszka",
            "Poręba",
            "Sułkowski",
            "Żmuda",
            "Ptaszek",
        ],
    ),
    "tr": (
        ["Mehmet", "Ahmet", "Mustafa", "Hüseyin", "Emre", "Yusuf", "Burak", "Ömer", "Kemal", "Hasan"],
        ["Ayşe", "Fatma", "Elif", "Zeynep", "Hatice", "Emine", "Merve", "Büşra", "Sevgi", "Derya"],
        [
            "Yılmaz",
            "Demir",
            "Şahin",
            "Çelik",
            "Yıldız",
            "Aydın",
            "Öztürk",
            "Arslan",
            "Doğan",
            "Kılıç",
            "Karakaya",
            "Güneş",
        ],
    ),
    "balkan": (
        ["Amir", "Edin", "Haris", "Senad"],
        ["Amra", "Lejla", "Selma", "Emina"],
        ["Hodžić", "Begović", "Mujić", "Salihović"],
    ),
    "mx": (
        [
            "José Luis",
            "Juan Carlos",
            "Jesús",
            "Miguel Ángel",
            "Francisco",
            "Ramón",
            "Rigoberto",
            "Salvador",
            "Arturo",
            "Eduardo",
        ],
        [
            "María Guadalupe",
            "María de Jesús",
            "Rosa María",
            "Verónica",
            "Alejandra",
            "Leticia",
            "Araceli",
            "Yolanda",
            "Socorro",
            "Itzel",
        ],
        [
            "Hernández",
            "García",
            "Martínez",
            "López",
            "González",
            "Pérez",
            "Rodríguez",
            "Sánchez",
            "Ramírez",
            "Cruz",
            "Flores",
            "Gómez",
            "Jiménez",
            "Ruvalcaba",
            "Gutiérrez",
            "Íñiguez",
            "Orozco",
            "Camarena",
        ],
    ),
    "hu": (
        ["László", "István", "József", "Zoltán", "Gábor", "Attila", "Sándor", "Ferenc", "Imre", "Béla"],
        ["Erzsébet", "Katalin", "Ilona", "Éva", "Zsuzsanna", "Mária", "Anikó", "Judit", "Ildikó", "Piroska"],
        [
            "Nagy",
            "Kovács",
            "Tóth",
            "Szabó",
            "Horváth",
            "Varga",
            "Kiss",
            "Molnár",
            "Németh",
            "Farkas",
            "Balogh",
            "Papp",
            "Takács",
            "Juhász",
            "Lakatos",
            "Bíró",
        ],
    ),
    "fi": (
        ["Matti", "Juha", "Mikko", "Jukka", "Timo", "Antti", "Ville", "Eero", "Pekka", "Lauri"],
        ["Anna", "Maria", "Tuula", "Päivi", "Sari", "Liisa", "Aino", "Elina", "Johanna", "Ritva"],
        [
            "Virtanen",
            "Korhonen",
            "Mäkinen",
            "Nieminen",
            "Mäkelä",
            "Hämäläinen",
            "Laine",
            "Heikkinen",
            "Koskinen",
            "Järvinen",
            "Lehtonen",
            "Salonen",
            "Kallio",
            "Rantanen",
            "Leinonen",
        ],
    ),
    #: nineteenth-century Calder Valley households (1881 census transcriptions, family-tree ancestors)
    "victorian": (
        [
            "Ezekiel",
            "Josiah",
            "Septimus",
            "Obadiah",
            "Albert",
            "Walter",
            "Herbert",
            "Ebenezer",
            "Reuben",
            "Silas",
            "James",
            "John William",
        ],
        [
            "Mary Ann",
            "Hannah",
            "Eliza",
            "Harriet",
            "Martha",
            "Esther",
            "Selina",
            "Jemima",
            "Louisa",
            "Ada",
            "Sarah Jane",
            "Alice",
        ],
        [
            "Ackroyd",
            "Barraclough",
            "Crabtree",
            "Holdsworth",
            "Sutcliffe",
            "Greenwood",
            "Haigh",
            "Shackleton",
            "Uttley",
            "Wadsworth",
            "Pickles",
            "Rushworth",
            "Brearley",
            "Helliwell",
        ],
    ),
    #: nineteenth-century immigrants of a US family tree
    "old_us": (
        ["Amos", "Cornelius", "Elijah", "Heinrich", "Lars", "Patrick", "Thaddeus", "Wilhelm", "Giacomo", "Zebulon"],
        [
            "Abigail",
            "Bridget",
            "Clementine",
            "Dorothea",
            "Ingeborg",
            "Lavinia",
            "Margaretha",
            "Philomena",
            "Temperance",
            "Augusta",
        ],
        [
            "Ahlgren",
            "Boyle",
            "Crump",
            "Dunleavy",
            "Eberhardt",
            "Hargrove",
            "Kessler",
            "Lindqvist",
            "Mahoney",
            "Pruitt",
            "Schoonover",
            "Whitcomb",
        ],
    ),
}

BOSTON_ORIGINS = {"irish_us": 4, "italian_us": 2, "haitian": 2, "vietnamese": 1.5, "hispanic": 2.5, "anglo": 1}
ONTARIO_ORIGINS = {"anglo": 4, "italian_us": 2, "portuguese": 1.5, "polish_ca": 1.5, "chinese": 1, "south_asian": 1}
AUSSIE_ORIGINS = {"aussie": 6, "irish_us": 1, "greek": 1.5, "vietnamese": 1, "italian_us": 1}
MODERN_US = {"anglo": 2, "irish_us": 2, "italian_us": 1, "hispanic": 1.5, "old_us": 1.5, "south_asian": 0.5}
MOSQUE_ORIGINS = {"tr": 8, "balkan": 2}


def gendered(last: str, female: bool, lang: str) -> str:
    if female and lang in ("pl", "polish_ca") and last.endswith(("ski", "cki", "dzki")):
        return last[:-1] + "a"
    return last


def person(g: Gen, lang: str | dict[str, float] = "anglo", female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    if isinstance(lang, dict):
        lang = g.rnd.choices(list(lang), list(lang.values()))[0]
    males, females, lasts = NAMES[lang]
    return g.rnd.choice(females if female else males), gendered(g.rnd.choice(lasts), female, lang)


def whole(g: Gen, lang: str | dict[str, float] = "anglo", female: bool | None = None) -> str:
    a, b = person(g, lang, female)
    return f"{a} {b}"


def given(g: Gen, lang: str | dict[str, float] = "anglo", female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def family(g: Gen, lang: str | dict[str, float] = "anglo") -> str:
    return person(g, lang)[1]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first.split()[0]), plain(last)
    local = g.rnd.choice(
        [
            f"{a}.{b}",
            f"{a[0]}{b}",
            f"{a}{g.rnd.randint(1, 99)}",
            f"{b}.{a[0]}",
            f"{a}_{b}",
            f"{a}{b[0]}{g.rnd.randint(40, 99)}",
            f"{b}{a[:2]}",
        ]
    )
    return f"{local}@{g.rnd.choice(domains)}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first.split()[0]), plain(last)
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a}{b[:3]}"][style % 5]


MAIL = {
    "us": ["gmail.com", "yahoo.com", "comcast.net", "verizon.net", "aol.com", "icloud.com", "outlook.com"],
    "gb": ["btinternet.com", "gmail.com", "hotmail.co.uk", "sky.com", "yahoo.co.uk", "talktalk.net"],
    "ca": ["gmail.com", "rogers.com", "sympatico.ca", "hotmail.com", "bell.net", "yahoo.ca"],
    "au": ["bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com", "iinet.net.au"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com"],
    "it": ["libero.it", "gmail.com", "alice.it", "virgilio.it", "hotmail.it"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "outlook.de"],
    "mx": ["gmail.com", "hotmail.com", "yahoo.com.mx", "outlook.com", "prodigy.net.mx"],
    "hu": ["freemail.hu", "gmail.com", "citromail.hu", "t-online.hu"],
    "fi": ["gmail.com", "hotmail.com", "luukku.com", "elisanet.fi", "outlook.com"],
}


# -- places (written for v61) ------------------------------------------------------------------------------------------

#: (town, ZIP lead) around a Boston parish; (town, ZIP lead) of Virginia
BOSTON_TOWNS = [
    ("Dorchester", "021"),
    ("Quincy", "021"),
    ("Milton", "021"),
    ("Mattapan", "021"),
    ("Braintree", "021"),
    ("Weymouth", "021"),
    ("South Boston", "021"),
    ("Randolph", "023"),
]
BOSTON_STREETS = [
    "Adams St",
    "Dorchester Ave",
    "Neponset Ave",
    "Gallivan Blvd",
    "Granite Ave",
    "Hancock St",
    "Savin Hill Ave",
    "Pleasant St",
    "Columbia Rd",
    "Minot St",
    "Ashmont St",
    "Washington St",
]
VA_TOWNS = [
    ("Richmond", "232"),
    ("Henrico", "232"),
    ("Petersburg", "238"),
    ("Fredericksburg", "224"),
    ("Charlottesville", "229"),
    ("Lynchburg", "245"),
    ("Roanoke", "240"),
    ("Williamsburg", "231"),
    ("Staunton", "244"),
    ("Farmville", "239"),
]
VA_STREETS = [
    "Monument Ave",
    "Grove Ave",
    "W Cary St",
    "Patterson Ave",
    "Broad Rock Blvd",
    "Jahnke Rd",
    "Rugby Rd",
    "Rivermont Ave",
    "Jefferson Davis Hwy",
    "Boulevard",
    "Old Buckingham Rd",
]
US_STATES = ["VA", "VA", "VA", "NC", "MD", "DC", "PA", "TN", "GA", "OH"]

#: (town, postcode districts) of North Yorkshire
YORKS_TOWNS = [
    ("Harrogate", ["HG1", "HG2", "HG3"]),
    ("Knaresborough", ["HG5"]),
    ("Ripon", ["HG4"]),
    ("Skipton", ["BD23"]),
    ("Settle", ["BD24"]),
    ("Pateley Bridge", ["HG3"]),
    ("Boroughbridge", ["YO51"]),
    ("Wetherby", ["LS22"]),
]
YORKS_STREETS = [
    "Station Road",
    "Kings Road",
    "Skipton Road",
    "Ripon Road",
    "Chapel Street",
    "Church Lane",
    "Mill Lane",
    "Bilton Lane",
    "Leeds Road",
    "Cold Bath Road",
    "Valley Drive",
    "Otley Road",
    "Bond End",
    "Raikes Road",
    "Kirkgate",
]

#: (town, FSA letters) of the Hamilton area and of north Toronto
HAMILTON_TOWNS = [
    ("Hamilton", ["L8P", "L8M", "L8L", "L9A", "L9C"]),
    ("Stoney Creek", ["L8E", "L8G", "L8J"]),
    ("Dundas", ["L9H"]),
    ("Ancaster", ["L9G"]),
    ("Burlington", ["L7L", "L7M", "L7R"]),
    ("Grimsby", ["L3M"]),
    ("Brantford", ["N3R", "N3T"]),
]
HAMILTON_STREETS = [
    "King St E",
    "Main St W",
    "Upper James St",
    "Barton St E",
    "Concession St",
    "Locke St S",
    "Fennell Ave E",
    "Mohawk Rd W",
    "Brant St",
    "Queenston Rd",
]
TORONTO_TOWNS = [
    ("Toronto", ["M2N", "M2R", "M3H", "M5N", "M6A", "M6B"]),
    ("Vaughan", ["L4J"]),
    ("Richmond Hill", ["L4C"]),
    ("Thornhill", ["L4J"]),
    ("North York", ["M2R", "M3H"]),
]
TORONTO_STREETS = [
    "Bathurst St",
    "Wilson Ave",
    "Sheppard Ave W",
    "Finch Ave W",
    "Lawrence Ave W",
    "Bayview Ave",
    "Clark Ave W",
    "Steeles Ave W",
    "Glencairn Ave",
    "Viewmount Ave",
]

#: (Brisbane suburb, postcode)
BRISBANE = [
    ("Toowong", "4066"),
    ("Indooroopilly", "4068"),
    ("Ashgrove", "4060"),
    ("Carindale", "4152"),
    ("Sunnybank", "4109"),
    ("Chermside", "4032"),
    ("Redcliffe", "4020"),
    ("Ipswich", "4305"),
    ("Nundah", "4012"),
    ("Red Hill", "4059"),
    ("Wynnum", "4178"),
    ("Kedron", "4031"),
]
BRISBANE_STREETS = [
    "Coronation Dr",
    "Waterworks Rd",
    "Gympie Rd",
    "Logan Rd",
    "Sandgate Rd",
    "Moggill Rd",
    "Kessels Rd",
    "Jubilee Tce",
    "Musgrave Rd",
    "Wynnum Rd",
]

#: (comune, CAP, province, cadastral code)
IT_PLACES = [
    ("Vicenza", "36100", "VI", "L840"),
    ("Bassano del Grappa", "36061", "VI", "A703"),
    ("Schio", "36015", "VI", "I531"),
    ("Thiene", "36016", "VI", "L157"),
    ("Valdagno", "36078", "VI", "L551"),
    ("Arzignano", "36071", "VI", "A459"),
    ("Marostica", "36063", "VI", "E970"),
    ("Padova", "35100", "PD", "G224"),
    ("Verona", "37100", "VR", "L781"),
    ("Treviso", "31100", "TV", "L407"),
]
IT_BIRTH_ONLY = [("Napoli", "F839"), ("Palermo", "G273"), ("Milano", "F205"), ("Roma", "H501"), ("Torino", "L219")]
IT_STREETS = [
    "Contrà Porti",
    "Via Btg. Framarin",
    "Viale Trento",
    "Via Roma",
    "Corso Palladio",
    "Via Monte Grappa",
    "Via dei Mille",
    "Stradella San Giacomo",
    "Via Pasubio",
    "Viale Milano",
]

#: (town, postcode)
PL_PLACES = [
    ("Nowy Sącz", "33-300"),
    ("Stary Sącz", "33-340"),
    ("Limanowa", "34-600"),
    ("Gorlice", "38-300"),
    ("Grybów", "33-330"),
    ("Krynica-Zdrój", "33-380"),
    ("Piwniczna-Zdrój", "33-350"),
    ("Chełmiec", "33-395"),
    ("Kraków", "31-153"),
]
PL_STREETS = [
    "Jagiellońska",
    "Lwowska",
    "Długosza",
    "Kilińskiego",
    "Nawojowska",
    "Zielona",
    "Grottgera",
    "Wiśniowieckiego",
    "Barskie",
    "Węgierska",
    "Kościuszki",
]

#: (Stadtteil or town, postcodes)
DE_PLACES = [
    ("Köln", ["50823", "50825", "50827"]),
    ("Köln", ["51063", "51065"]),
    ("Köln", ["51103", "51105"]),
    ("Köln", ["50765"]),
    ("Köln", ["51143", "51145"]),
    ("Leverkusen", ["51373", "51379"]),
    ("Bergisch Gladbach", ["51465", "51469"]),
    ("Hürth", ["50354"]),
    ("Frechen", ["50226"]),
]
DE_STREETS = [
    "Venloer Straße",
    "Keupstraße",
    "Frankfurter Straße",
    "Kalker Hauptstraße",
    "Subbelrather Straße",
    "Bergisch Gladbacher Straße",
    "Ottostraße",
    "Vogelsanger Straße",
    "Wiener Platz",
    "Taunusstraße",
]
TR_TOWNS = ["Kayseri", "Konya", "Sivas", "Yozgat", "Çorum", "Trabzon", "Köln", "Leverkusen", "Tuzla", "Bihać"]

#: (municipio, CP lead, colonias)
MX_PLACES = [
    (
        "Guadalajara",
        "44",
        ["Americana", "Providencia", "Santa Tere", "Oblatos", "Jardines del Bosque", "Mezquitán Country"],
    ),
    ("Zapopan", "45", ["Las Águilas", "Ciudad Granja", "Santa Fe", "Lomas de Zapopan", "Jardines Vallarta"]),
    ("San Pedro Tlaquepaque", "45", ["El Sauz", "Las Juntas", "Lomas del Tapatío"]),
    ("Tonalá", "45", ["Loma Dorada", "Jalisco"]),
    ("Tlajomulco de Zúñiga", "45", ["Hacienda Santa Fe"]),
]
MX_STREETS = [
    "Av. Hidalgo",
    "Calle Morelos",
    "Av. López Mateos",
    "Calle Pedro Moreno",
    "Calle Manuel Acuña",
    "Av. Patria",
    "Calle Juan Manuel",
    "Av. Revolución",
    "Calle Colomos",
    "Av. Niños Héroes",
]
MX_BIRTH_STATES = {"JC": 10, "MN": 2, "ZS": 2, "NT": 1, "DF": 1, "GT": 1}
MX_STATE_NAMES = {
    "JC": "Guadalajara",
    "MN": "Morelia",
    "ZS": "Zacatecas",
    "NT": "Tepic",
    "DF": "Ciudad de México",
    "GT": "León",
}

#: (település, irányítószám, megye)
HU_PLACES = [
    ("Debrecen", "4024", "Hajdú-Bihar"),
    ("Debrecen", "4026", "Hajdú-Bihar"),
    ("Debrecen", "4032", "Hajdú-Bihar"),
    ("Hajdúböszörmény", "4220", "Hajdú-Bihar"),
    ("Hajdúszoboszló", "4200", "Hajdú-Bihar"),
    ("Balmazújváros", "4060", "Hajdú-Bihar"),
    ("Nyíregyháza", "4400", "Szabolcs-Szatmár-Bereg"),
    ("Berettyóújfalu", "4100", "Hajdú-Bihar"),
]
HU_STREETS = [
    "Piac utca",
    "Kossuth utca",
    "Petőfi tér",
    "Bethlen utca",
    "Nagyerdei körút",
    "Füredi út",
    "Böszörményi út",
    "Hatvan utca",
    "Kálvin tér",
    "Szoboszlói út",
]
HU_BIRTH = [
    "Debrecen",
    "Hajdúnánás",
    "Nyíradony",
    "Püspökladány",
    "Derecske",
    "Budapest",
    "Nagyvárad",
    "Hajdúsámson",
    "Karcag",
]

#: (postitoimipaikka, postinumero)
FI_PLACES = [
    ("Tampere", "33100"),
    ("Tampere", "33200"),
    ("Tampere", "33500"),
    ("Tampere", "33720"),
    ("Pirkkala", "33960"),
    ("Nokia", "37100"),
    ("Kangasala", "36200"),
    ("Ylöjärvi", "33470"),
    ("Lempäälä", "37500"),
]
FI_STREETS = [
    "Hämeenkatu",
    "Satakunnankatu",
    "Pispalan valtatie",
    "Sammonkatu",
    "Kalevantie",
    "Tesomankatu",
    "Hervannan valtaväylä",
    "Teiskontie",
    "Nekalantie",
    "Lapintie",
]

#: Calder Valley places of 1881 (birthplaces and enumeration districts)
CALDER_PLACES = [
    "Halifax",
    "Heptonstall",
    "Hebden Bridge",
    "Todmorden",
    "Sowerby",
    "Luddenden",
    "Mytholmroyd",
    "Rochdale",
    "Bradford",
    "Keighley",
    "Skipton",
    "Burnley",
    "Dublin",
    "Huddersfield",
]
CALDER_ADDR = [
    "Back Lane",
    "Club Houses",
    "Lower Fold",
    "Hebble Row",
    "Bridge Lanes",
    "Market Street",
    "Church Fold",
    "Mill Yard",
    "Old Town",
    "Cragg Vale",
    "Wadsworth Lane",
    "Savile Street",
]
BIRTH_COUNTIES = ["Yorkshire", "Yorkshire", "Yorkshire", "Lancashire", "Ireland", "Scotland", "Westmorland"]

#: places of a US family tree (birth and death places as genealogy sites write them)
TREE_PLACES = [
    "Boston, Suffolk, Massachusetts, USA",
    "Skibbereen, Cork, Ireland",
    "Uppsala, Sweden",
    "Bremen, Germany",
    "Lynchburg, Campbell, Virginia, USA",
    "Richmond, Virginia, USA",
    "Cleveland, Cuyahoga, Ohio, USA",
    "Chicago, Cook, Illinois, USA",
    "Galway, Ireland",
    "Lowell, Middlesex, Massachusetts, USA",
    "Palermo, Sicily, Italy",
    "Halifax, Yorkshire, England",
    "Milwaukee, Wisconsin, USA",
    "Farmville, Prince Edward, Virginia, USA",
]


def street(g: Gen, streets: list[str], lo: int = 1, hi: int = 400, units: list[str] | None = None) -> str:
    line = f"{g.rnd.randint(lo, hi)} {g.rnd.choice(streets)}"
    return line + (g.rnd.choice(units) if units and g.rnd.random() < 0.25 else "")


def uk_postcode(g: Gen, district: str) -> str:
    return (
        f"{district} {g.rnd.randint(1, 9)}{g.rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}{g.rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    )


def ca_postcode(g: Gen, fsa: str) -> str:
    return f"{fsa} {g.rnd.randint(1, 9)}{g.rnd.choice('ABCEGHJKLMNPRSTVWXYZ')}{g.rnd.randint(0, 9)}"


def it_street(g: Gen) -> str:
    return f"{g.rnd.choice(IT_STREETS)} {g.rnd.randint(1, 160)}" + g.rnd.choice(["", "", "/B", " int. 3"])


def pl_street(g: Gen) -> str:
    number = f"{g.rnd.randint(1, 140)}" + g.rnd.choice(["", "", "a", f"/{g.rnd.randint(1, 40)}"])
    return (
        f"ul. {g.rnd.choice(PL_STREETS)} {number}"
        if g.rnd.random() < 0.85
        else f"{g.rnd.choice(['Chełmiec', 'Biczyce Dolne', 'Wielogłowy'])} {g.rnd.randint(1, 300)}"
    )


def de_street(g: Gen) -> str:
    return f"{g.rnd.choice(DE_STREETS)} {g.rnd.randint(1, 220)}" + g.rnd.choice(["", "", "a", "b"])


def mx_street(g: Gen) -> str:
    return f"{g.rnd.choice(MX_STREETS)} {g.rnd.randint(10, 3999)}" + g.rnd.choice(
        ["", "", f" int. {g.rnd.randint(1, 20)}", " Depto. B"]
    )


def hu_street(g: Gen) -> str:
    flat = f" {g.rnd.randint(1, 10)}/{g.rnd.randint(1, 40)}."
    return f"{g.rnd.choice(HU_STREETS)} {g.rnd.randint(1, 120)}." + g.rnd.choice(["", "", flat])


def fi_street(g: Gen) -> str:
    stair = f" {g.rnd.choice('ABCD')} {g.rnd.randint(1, 60)}"
    return f"{g.rnd.choice(FI_STREETS)} {g.rnd.randint(1, 90)}" + g.rnd.choice(
        ["", stair, f" as. {g.rnd.randint(1, 30)}"]
    )


# -- identifiers with check digits (python-stdnum) ---------------------------------------------------------------------


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa, Mastercard or Amex prefix."""
    prefix, length = g.rnd.choice([("4", 16), ("51", 16), ("2221", 16), ("37", 15)])
    body = prefix + g.digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


#: BBAN layouts (9 a digit, A a letter); python-stdnum checks the result
BBAN = {
    "DE": "999999999999999999",
    "FI": "99999999999999",
    "HU": "999999999999999999999999",
    "PL": "999999999999999999999999",
}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, python-stdnum checks it)."""

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


def ca_sin(g: Gen) -> str:
    """A Canadian social insurance number (Luhn), written ``123 456 782``, ``123-456-782`` or plain."""
    body = str(g.rnd.choice([1, 2, 3, 4, 5, 6, 7])) + g.digits(7)
    number = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(number)
    return g.rnd.choice(
        [f"{number[:3]} {number[3:6]} {number[6:]}", f"{number[:3]}-{number[3:6]}-{number[6:]}", number]
    )


def ca_charity_bn(g: Gen) -> str:
    """A Canadian registered charity's business number: nine digits (Luhn) and its ``RR0001`` program account."""
    body = g.digits(8, "123456789")
    return f"{body}{luhn.calc_check_digit(body)}RR0001"


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
    body = (
        _cf_part(last, False)
        + _cf_part(first, True)
        + f"{born.year % 100:02d}"
        + "ABCDEHLMPRST"[born.month - 1]
        + f"{day:02d}"
        + comune
    )
    number = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(number)
    return number


def it_ente_cf(g: Gen) -> str:
    """The numeric codice fiscale of a parish (an ente ecclesiastico: 11 digits, Luhn, as a partita IVA)."""
    return g.valid(lambda: "8" + g.digits(6) + f"{g.rnd.randint(1, 100):03d}" + g.digits(1), _iva.is_valid)


def pl_pesel(g: Gen, born: date, female: bool) -> str:
    """A PESEL encoding ``born`` and the sex (check digit: python-stdnum)."""
    month = born.month + {18: 80, 19: 0, 20: 20}[born.year // 100]
    body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
    number = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(number)
    return number


def pl_nip(g: Gen) -> str:
    number = g.valid(lambda: g.digits(1, "123456789") + g.digits(9), _nip.is_valid)
    return g.rnd.choice([number, f"{number[:3]}-{number[3:6]}-{number[6:8]}-{number[8:]}"])


def pl_regon(g: Gen) -> str:
    body = g.digits(8)
    return body + _regon.calc_check_digit(body)


def _mx_vowel(text: str) -> str:
    return next((ch for ch in text[1:] if ch in "AEIOU"), "X")


def _mx_consonant(text: str) -> str:
    return next((ch for ch in text[1:] if ch.isalpha() and ch not in "AEIOU"), "X")


def _mx_clean(text: str) -> str:
    return "".join(ch for ch in fold(text).upper() if ch.isalpha() or ch == " ").replace("Ñ", "X")


def _mx_given(first: str) -> str:
    parts = _mx_clean(first).split()
    if len(parts) > 1 and parts[0] in ("MARIA", "JOSE", "MA", "J"):
        return " ".join(p for p in parts[1:] if p not in ("DE", "DEL", "LA", "LOS"))
    return parts[0]


def mx_curp(g: Gen, first: str, paterno: str, materno: str, born: date, female: bool, state: str) -> str:
    """A Mexican CURP built from the row's names, birth date, sex and birth state (check digit: python-stdnum)."""
    pat, mat, nom = _mx_clean(paterno).replace(" ", ""), _mx_clean(materno).replace(" ", ""), _mx_given(first)
    head = pat[0] + _mx_vowel(pat) + (mat[0] if mat else "X") + nom[0]
    if head in _curp._name_blacklist:
        head = head[0] + "X" + head[2:]
    body = (
        head
        + born.strftime("%y%m%d")
        + ("M" if female else "H")
        + state
        + _mx_consonant(pat)
        + _mx_consonant(mat or "X")
        + _mx_consonant(nom.replace(" ", ""))
        + (g.digits(1) if born.year < 2000 else g.code("A"))
    )
    number = body + _curp.calc_check_digit(body + "0")
    assert _curp.is_valid(number), number
    return number


def mx_rfc_person(g: Gen, curp: str) -> str:
    """A person's RFC (13 characters): the CURP's first ten, a homoclave and its check digit (python-stdnum)."""
    body = curp[:10] + g.rnd.choice("123456789ABCDEFGHJKLMNPRSTUV") + g.rnd.choice("123456789ABCDEFGHJKLMNPRSTUVWXYZ")
    number = body + _rfc.calc_check_digit(body)
    if not _rfc.is_valid(number, validate_check_digits=True):
        return mx_rfc_person(g, curp)
    return number


def mx_rfc_company(g: Gen, letters: str) -> str:
    def make() -> str:
        body = (
            letters
            + g.day("1978-01-01", "2015-12-31").strftime("%y%m%d")
            + g.rnd.choice("123456789ABCDEFGHJKLMNPRSTUV")
            + g.rnd.choice("123456789ABCDEFGHJKLMNPRSTUVWXYZ")
        )
        return body + _rfc.calc_check_digit(body)

    return g.valid(make, lambda x: _rfc.is_valid(x, validate_check_digits=True))


def mx_nss(g: Gen, born: date) -> str:
    """An IMSS social-security number (NSS): sub-delegation, registration year, birth year, serial, Luhn digit."""
    registered = min(born.year + g.rnd.randint(16, 30), 2020)
    body = f"{g.rnd.choice([4, 5, 6, 7, 42, 43, 44]):02d}{registered % 100:02d}{born.year % 100:02d}{g.digits(4)}"
    return body + luhn.calc_check_digit(body)


def fi_hetu(g: Gen, born: date, female: bool) -> str:
    """A Finnish henkilötunnus encoding ``born`` and the sex (control character: python-stdnum)."""
    century = {18: "+", 19: "-", 20: "A"}[born.year // 100]
    individual = g.rnd.randrange(2, 899)
    if (individual % 2 == 0) != female:
        individual += 1
    base = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}"
    number = f"{base}{century}{individual:03d}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{base}{individual:03d}") % 31]
    assert _hetu.is_valid(number)
    return number


def fi_ytunnus(g: Gen) -> str:
    number = g.valid(lambda: g.digits(1, "0123") + g.digits(7), _ytunnus.is_valid)
    return f"{number[:7]}-{number[7]}"


def hu_church_tax_number(g: Gen) -> str:
    """A Hungarian adószám of a congregation: eight digits with their check digit (python-stdnum), ``-1-09``."""
    return g.valid(lambda: "1" + g.digits(7), _anum.is_valid) + "-1-09"


def au_abn(g: Gen) -> str:
    body = g.digits(1, "123456789") + g.digits(8)
    number = _abn.calc_check_digits(body) + body
    assert _abn.is_valid(number)
    return f"{number[:2]} {number[2:5]} {number[5:8]} {number[8:]}"


def gtin13(g: Gen, prefix: str) -> str:
    body = prefix + g.digits(12 - len(prefix))
    number = body + _ean.calc_check_digit(body)
    assert _ean.is_valid(number)
    return number


def de_creditor_id(g: Gen) -> str:
    """A SEPA creditor identifier of a German association (``DEkkZZZ0000nnnnnnn``, ISO 7064 mod 97-10)."""
    national = "0000" + g.digits(7)
    check = 98 - mod_97_10.checksum(national + "DE00")
    number = f"DE{check:02d}ZZZ{national}"
    assert mod_97_10.is_valid(number[7:] + number[:4])
    return number


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)


def sha1(g: Gen) -> str:
    return hashlib.sha1(str(g.rnd.random()).encode(), usedforsecurity=False).hexdigest()


def gedcom_date(g: Gen, when: date) -> str:
    """A date as genealogy software writes it: full, month and year, ``ABT`` a year, or a year."""
    month = when.strftime("%b").upper()
    return g.rnd.choices(
        [
            f"{when.day} {month} {when.year}",
            f"{month} {when.year}",
            f"ABT {when.year}",
            str(when.year),
            f"BEF {when.year}",
        ],
        [5, 1.5, 1.5, 2, 0.5],
    )[0]


# -- churches, saints, businesses and decoys (written for v61) ---------------------------------------------------------

BOSTON_CHURCHES = [
    "St. Brendan Church",
    "St. Ann Church, Neponset",
    "St. Gregory Church",
    "St. Mark Church",
    "Holy Family Church, Dorchester",
    "St. Ambrose Church",
]
GODPARENT_PARISHES = [
    "Our Lady of Good Voyage, Boston",
    "St. Agatha, Milton",
    "St. John the Baptist, Quincy",
    "Sacred Heart, Weymouth",
    "St. Angela Merici, Mattapan",
    "Notre Dame d'Haïti, Dorchester",
    "St. Peter, Dorchester",
    "Immaculate Conception, Lowell",
]
YORKS_CEMETERIES = [
    "Stonefall Cemetery",
    "Grove Road Cemetery",
    "Ripon Cemetery",
    "Knaresborough Cemetery",
    "Waltonwrays Cemetery",
]
UK_FUNERAL_DIRECTORS = [
    ("Pickles & Sons Funeral Directors", "01423 500123"),
    ("J. Rushworth Funeral Service", "01765 602210"),
    ("Wetherby Co-operative Funeralcare", "01937 582947"),
    ("Thackray & Kilburn Ltd", "01756 793014"),
]
ON_FUNERAL_HOMES = [
    "Kerr & Albright Funeral Home",
    "Bay Mountain Chapel of Remembrance",
    "Mohawk Memorial Centre",
    "Dundas Valley Funeral Home",
    "Lakeshore Cremation Services",
]
ON_PLACES_OF_DEATH = [
    "Juravinski Hospital",
    "St. Joseph's Healthcare Hamilton",
    "Hamilton General Hospital",
    "Residence",
    "Shalom Village LTC",
    "Joseph Brant Hospital",
    "Emmanuel House Hospice",
]
AU_VENUES = [
    "St Brigid's Church, Red Hill",
    "Mt Thompson Crematorium Chapel",
    "Albany Creek Memorial Park",
    "Pinnaroo Lawn Cemetery",
    "St Stephen's Cathedral, Brisbane",
    "Holy Spirit Church, New Farm",
]
AU_FUNERAL_DIRECTORS = [
    "Cudmore & Lowrie Funerals",
    "Brisbane Northside Funerals",
    "Treloar Family Funerals",
    "Bayside Memorial Services",
]
IT_CHURCHES = [
    "Chiesa di San Gaetano Thiene",
    "Duomo di Santa Maria Annunciata",
    "Santuario di Monte Berico",
    "Chiesa di San Pietro Apostolo",
    "Chiesa dei Santi Felice e Fortunato",
]
IT_BAPTISM_PARISHES = [
    "S. Maria Assunta – Schio",
    "S. Giacomo Maggiore – Valdagno",
    "S. Bartolomeo – Marostica",
    "S. Giovanni Battista – Arzignano",
    "Ss. Vito, Modesto e Crescenzia – Vicenza",
    "S. Croce – Bassano",
]
PL_FUNERAL_HOMES = [
    "Zakład Pogrzebowy „Memento”",
    "Usługi Pogrzebowe Anioł s.c.",
    "Dom Pogrzebowy Hades",
    "Zakład Pogrzebowy Kalwaria",
]
MX_CAPILLAS = [
    "Capilla San José",
    "Capilla Guadalupana",
    "Capilla San Judas Tadeo",
    "Capilla Santo Toribio",
    "Sala Cristo Rey",
]
MX_PANTEONES = [
    "Panteón de Mezquitán",
    "Panteón Jardín",
    "Recinto de la Paz",
    "Panteón Municipal de Zapopan",
    "Parque Funeral Colonias",
]
HU_CHURCHES = [
    "Debrecen-Nagytemplomi Református Egyházközség",
    "Debrecen-Kistemplomi Református Egyházközség",
    "Hajdúböszörményi Bocskai téri Református Egyházközség",
    "Nyíregyházi Református Egyházközség",
    "Debrecen-Szent Anna Plébánia",
]
FI_CHURCHES = [
    "Tuomiokirkko",
    "Aleksanterin kirkko",
    "Kalevan kirkko",
    "Messukylän kirkko",
    "Harjun kirkko",
    "Pyynikin kirkko",
]
ARCHIVE_COLLECTIONS = [
    "Hargrove Family Papers, 1791-1867",
    "Records of the Board of Public Works, 1816-1919",
    "Louisa County Chancery Causes, 1838-1912",
    "Whitcomb & Pruitt Mercantile Ledgers",
    "Confederate Pension Applications, Act of 1902",
    "Bible Records Collection",
    "Crump Family Bible Records",
    "Richmond City Hustings Court Deed Books",
    "Virginia Board of Health Death Registers, 1853-1896",
]
