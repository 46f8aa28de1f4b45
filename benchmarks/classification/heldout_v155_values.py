"""Values of held-out set v155 (:mod:`benchmarks.classification.heldout_v155`): v155's random source, and names,
streets, towns, vendors, shops, banks and free-text snippets written by hand for v155's identity verification,
e-signature and KYC systems (no Faker, no list of real people, no breach data), phones checked with phonenumbers and
identifiers with check digits computed and checked with python-stdnum.

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers are v152's (copied); the lists and identifier builders below are new.
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
from stdnum.au import abn as _abn
from stdnum.au import tfn as _tfn
from stdnum.be import eid as _eid
from stdnum.be import nn as _nn
from stdnum.be import vat as _bevat
from stdnum.ca import sin as _sin
from stdnum.ee import ik as _ik
from stdnum.gr import amka as _amka
from stdnum.gr import vat as _afm
from stdnum.ie import pps as _pps
from stdnum.ie import vat as _ievat
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva
from stdnum.my import nric as _nric
from stdnum.pl import nip as _nip
from stdnum.pl import pesel as _pesel
from stdnum.pt import cc as _cc
from stdnum.pt import nif as _nif
from stdnum.tr import tckimlik as _tckn
from stdnum.tr import vkn as _vkn
from stdnum.us import rtn as _rtn
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 155_2026_1207
N = "none"
#: a login or a domestic bank account (``review``, as earlier sets labeled them)
UNCLASSIFIED = "unclassified"
#: NULL-like strings of v155's systems (tests skip them)
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
    "nil",
    "Nil",
    "0",
    "unknown",
    "nessuna",
    "n.d.",
    "néant",
    "aucune",
    "geen",
    "nvt",
    "brak",
    "b/d",
    "yok",
    "belirtilmemiş",
    "καμία",
    "-/-",
    "nenhuma",
    "s/obs",
)


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v155:{SEED}:{table}")

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

    def weekday(self, lo: str, hi: str) -> date:
        return self.valid(lambda: self.day(lo, hi), lambda d: d.weekday() < 5)

    def days(self, lo: str, hi: str, null: float = 0.0) -> list[Any]:
        return self.col(lambda: self.day(lo, hi), null)

    def moment(self, lo: str, hi: str, start_hour: int = 0, end_hour: int = 23) -> datetime:
        seconds = self.rnd.randint(start_hour * 3_600, end_hour * 3_600 + 3_599)
        return datetime.combine(self.day(lo, hi), datetime.min.time()) + timedelta(seconds=seconds)

    def moments(self, lo: str, hi: str, null: float = 0.0, start_hour: int = 0, end_hour: int = 23) -> list[Any]:
        return self.col(lambda: self.moment(lo, hi, start_hour, end_hour), null)

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

    def valid(self, make: Callable[[], Any], ok: Callable[[Any], bool]) -> Any:
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

    def version(self, major: tuple[int, int] = (1, 9)) -> str:
        return f"{self.rnd.randint(*major)}.{self.rnd.randint(0, 24)}.{self.rnd.randint(0, 40)}"

    def ipv4(self) -> str:
        first = self.rnd.choice([27, 37, 46, 60, 77, 82, 93, 103, 106, 115, 122, 125, 146, 154, 176, 178, 188, 203])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2001:4860", "2404:6800", "2a02:c7c", "2c0f:fb50", "2401:7000", "2a01:110"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(6))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        """A number valid for ``region`` (a mobile or a fixed line of the table's area), formatted as ``fmt``."""
        local = _LOCAL.get(region)
        wanted = _MOBILE_TYPES if mobile else _FIXED_TYPES

        def ok(number: phonenumbers.PhoneNumber) -> bool:
            return (
                phonenumbers.is_valid_number(number)
                and phonenumbers.region_code_for_number(number) == region
                and phonenumbers.number_type(number) in wanted
            )

        number = None
        if local is not None:
            for _ in range(400):
                candidate = phonenumbers.parse(
                    f"+{phonenumbers.country_code_for_region(region)}{local[0 if mobile else 1](self)}"
                )
                if ok(candidate):
                    number = candidate
                    break
        if number is None:
            kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
            example = phonenumbers.example_number_for_type(region, kind)
            nsn = phonenumbers.national_significant_number(example)
            keep = max(len(nsn) - 6, 1)
            for _ in range(2_000):
                candidate = phonenumbers.parse(f"+{example.country_code}{nsn[:keep]}{self.digits(len(nsn) - keep)}")
                if ok(candidate):
                    number = candidate
                    break
        if number is None:
            raise RuntimeError(f"no valid phone for {region}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        if fmt == "dashes" and region in ("US", "CA"):
            d = "".join(ch for ch in national if ch.isdigit())
            return f"{d[:3]}-{d[3:6]}-{d[6:]}"
        return national

    def phones(self, region: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(
            lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile), null
        )




_MOBILE_TYPES = {phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
_FIXED_TYPES = {phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}


def _nanp(areas: list[str]) -> Callable[[Gen], str]:
    return lambda g: g.rnd.choice(areas) + str(g.rnd.randint(2, 9)) + g.digits(6)


def _pre(prefixes: list[str], width: int) -> Callable[[Gen], str]:
    """A national significant number: one of ``prefixes`` and random digits up to ``width`` digits."""

    def make(g: Gen) -> str:
        p = g.rnd.choice(prefixes)
        return p + g.digits(width - len(p))

    return make




#: region -> (a mobile's, a fixed line's national significant number) of the table's own area
_LOCAL: dict[str, tuple[Callable[[Gen], str], Callable[[Gen], str]]] = {
    "IE": (_pre(["83", "85", "86", "87", "89"], 9), _pre(["1"], 8)),
    "AU": (
        _pre(["400", "403", "405", "408", "410", "412", "414", "416", "419", "421", "423", "432", "438", "448"], 9),
        _pre(["82", "83", "84"], 9),
    ),
    "GB": (_pre(["71", "73", "74", "75", "77", "78", "79"], 10), _pre(["113"], 10)),
    "CA": (_nanp(["403", "587", "825"]), _nanp(["403"])),
    "US": (_nanp(["605"]), _nanp(["605"])),
    "MY": (_pre(["12", "13", "16", "17", "19"], 9), _pre(["3"], 9)),
    "EE": (_pre(["51", "53", "55", "56", "58"], 8), _pre(["6"], 7)),
    "IT": (
        _pre(["320", "328", "329", "333", "335", "338", "340", "347", "348", "349", "351", "366", "380", "393"], 10),
        _pre(["0832"], 10),
    ),
    "BE": (
        _pre(["470", "471", "472", "473", "474", "475", "476", "477", "478", "479", "484", "485", "486", "487",
              "488", "489", "490", "491", "492", "493", "494", "495", "496", "497", "498", "499"], 9),
        _pre(["4", "9"], 8),
    ),
    "PL": (_pre(["50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88"], 9), _pre(["71"], 9)),
    "TR": (
        _pre(["505", "506", "507", "530", "532", "533", "535", "536", "537", "538", "539", "541", "542", "543",
              "544", "545", "551", "552", "553", "554", "555"], 10),
        _pre(["312"], 10),
    ),
    "GR": (_pre(["690", "693", "694", "695", "697", "698", "699"], 10), _pre(["231"], 10)),
    "PT": (_pre(["91", "92", "93", "96"], 9), _pre(["22"], 9)),
}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- names (written for v155) ------------------------------------------------------------------------------------------

#: language -> (men's given names, women's given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "ie": (
        ["Cian", "Darragh", "Oisín", "Pádraig", "Eoin", "Ronan", "Tadhg", "Kacper", "Niall", "Fionn"],
        ["Aoife", "Saoirse", "Niamh", "Caoimhe", "Gráinne", "Clodagh", "Róisín", "Agnieszka", "Siobhán", "Orla"],
        ["Moynihan", "Fitzgerald", "Brennan", "Kavanagh", "Doherty", "Nolan", "Gallagher", "Kowalczyk", "Madden",
         "Tierney", "Cullinane", "Ó Briain", "Mac Aodha", "Lenihan"],
    ),
    "au": (
        ["Brodie", "Lachlan", "Hamish", "Angus", "Dimitri", "Tuan", "Mitchell", "Fraser", "Ravinder", "Kieran"],
        ["Sienna", "Kirra", "Brianna", "Tegan", "Anastasia", "Linh", "Madison", "Rebekah", "Simran", "Jacinta"],
        ["Schulz", "Kleinig", "Papageorgiou", "Hentschke", "Tran", "McInerney", "Lehmann", "Rossiter", "Zerk",
         "Bartsch", "Sarre", "Dunstan", "Quinlivan", "Pfeiffer"],
    ),
    "gb": (
        ["Callum", "Declan", "Owen", "Bilal", "Harvey", "Liam", "Tariq", "Jamie", "Connor", "Reece"],
        ["Chantelle", "Gemma", "Aisha", "Hollie", "Lauren", "Sana", "Bethany", "Kirsty", "Jodie", "Nadia"],
        ["Illingworth", "Sutcliffe", "Ackroyd", "Hussain", "Brearley", "Holroyd", "Akhtar", "Greenwood", "Crowther",
         "Thwaite", "Mahmood", "Pickersgill", "Haigh", "Firth"],
    ),
    "ca": (
        ["Brayden", "Tyson", "Jaspreet", "Cody", "Garrett", "Amir", "Colton", "Nolan", "Mateo", "Dallas"],
        ["Brooklyn", "Kaitlyn", "Harjot", "Jenna", "Alexis", "Mei", "Tessa", "Kiana", "Shelby", "Marisol"],
        ["Dueck", "Friesen", "Gill", "Wiebe", "Olsen", "Tkachuk", "Grewal", "Bouchard", "Letendre", "Kowalchuk",
         "Sawatzky", "Reimer", "Crowchild", "Nakashima"],
    ),
    "us": (
        ["Dalton", "Cole", "Brock", "Wyatt", "Jared", "Luis", "Tanner", "Kody", "Hunter", "Bryce"],
        ["Kelsey", "Brianna", "Jessa", "Shayla", "Mikayla", "Rosa", "Danielle", "Kassidy", "Taryn", "Amanda"],
        ["Hegg", "Larson", "Thorstenson", "Van Dyke", "Kroger", "Eagle Bear", "Jorgensen", "Two Bulls", "Nygaard",
         "Boekelheide", "Schroeder", "Vetter", "Hofer", "Sorensen"],
    ),
    "ee": (
        ["Rasmus", "Karl", "Mihkel", "Siim", "Priit", "Andrei", "Tanel", "Kristjan", "Dmitri", "Margus"],
        ["Kadri", "Liis", "Triin", "Maarja", "Kertu", "Jelena", "Pille", "Merilin", "Olga", "Signe"],
        ["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Vaher", "Lepik", "Oja",
         "Kõiv", "Lõhmus"],
    ),
    "it": (
        ["Cosimo", "Oronzo", "Salvatore", "Donato", "Antonio", "Luigi", "Fabio", "Vito", "Rocco", "Pierpaolo"],
        ["Addolorata", "Immacolata", "Giuseppina", "Annalisa", "Loredana", "Federica", "Maria Grazia", "Chiara",
         "Ilaria", "Valentina"],
        ["De Giorgi", "Quarta", "Mazzotta", "Carluccio", "Perrone", "Scardino", "Pati", "Greco", "Miglietta", "Leo",
         "Carrozzo", "Pellegrino", "Zecca", "Rizzo"],
    ),
    "fr": (
        ["Maxime", "Arnaud", "Grégory", "Quentin", "Kevin", "Loïc", "Mehdi", "Jérôme", "Sébastien", "Thibault"],
        ["Amandine", "Céline", "Aurore", "Laetitia", "Manon", "Justine", "Yasmina", "Delphine", "Mélanie", "Chloé"],
        ["Lejeune", "Dethier", "Lambotte", "Renard", "Collard", "Henrard", "Piron", "Jacquemin", "El Amrani", "Wéry",
         "Thonon", "Goffin", "Hubert", "Delvaux"],
    ),
    "nl": (
        ["Pieter", "Jonas", "Stijn", "Wout", "Bram", "Thibaut", "Dries", "Lowie", "Yusuf", "Koen"],
        ["Lotte", "Fien", "Eline", "Sofie", "Annelies", "Hanne", "Marie", "Lien", "Fatma", "Katrien"],
        ["De Smet", "Van Damme", "Claeys", "Vermeulen", "De Clercq", "Verhaeghe", "Van de Velde", "Goethals", "Maes",
         "Bogaert", "Coppens", "Vandenberghe", "De Backer", "Standaert"],
    ),
    "tr": (
        ["Mehmet", "Mustafa", "Emre", "Burak", "Hüseyin", "Oğuz", "Serkan", "Yusuf", "Kerem", "İsmail"],
        ["Ayşe", "Elif", "Zeynep", "Fatma", "Gülşen", "Büşra", "Şeyma", "Özlem", "Merve", "Hatice"],
        ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan", "Doğan", "Kılıç",
         "Aslan", "Çetin", "Koç"],
    ),
    "pt": (
        ["João Pedro", "Tiago", "Rui", "Nuno", "Diogo", "Hugo", "André", "Gonçalo", "Miguel", "Vasco"],
        ["Ana Sofia", "Inês", "Beatriz", "Mariana", "Catarina", "Joana", "Rita", "Sara", "Filipa", "Marta"],
        ["Ferreira", "Pinto", "Moreira", "Teixeira", "Magalhães", "Sousa", "Carvalho", "Azevedo", "Barbosa",
         "Monteiro", "Cardoso", "Fonseca", "Mesquita", "Queirós"],
    ),
}

#: Polish given names (men's, women's) and family names as (man's form, woman's form)
PL_GIVEN = (
    ["Krzysztof", "Paweł", "Tomasz", "Mateusz", "Grzegorz", "Łukasz", "Wojciech", "Bartosz", "Jakub", "Marcin"],
    ["Agnieszka", "Katarzyna", "Małgorzata", "Joanna", "Magdalena", "Aleksandra", "Zofia", "Natalia", "Ewa", "Dorota"],
)
PL_FAMILY = [
    ("Wróblewski", "Wróblewska"),
    ("Kaczmarek", "Kaczmarek"),
    ("Olszewski", "Olszewska"),
    ("Michalak", "Michalak"),
    ("Sobczak", "Sobczak"),
    ("Grabowski", "Grabowska"),
    ("Pietrzak", "Pietrzak"),
    ("Jasiński", "Jasińska"),
    ("Kubiak", "Kubiak"),
    ("Wawrzyniak", "Wawrzyniak"),
    ("Ratajczak", "Ratajczak"),
    ("Malinowski", "Malinowska"),
    ("Stępień", "Stępień"),
    ("Zawadzki", "Zawadzka"),
]

#: Greek given names (men's, women's) and family names as (man's form, woman's form)
GR_GIVEN = (
    ["Γεώργιος", "Δημήτριος", "Κωνσταντίνος", "Ιωάννης", "Νικόλαος", "Αθανάσιος", "Χρήστος", "Βασίλειος",
     "Παναγιώτης", "Στυλιανός"],
    ["Μαρία", "Ελένη", "Αικατερίνη", "Σοφία", "Ευαγγελία", "Δέσποινα", "Χρυσούλα", "Παρασκευή", "Αναστασία",
     "Θεοδώρα"],
)
GR_FAMILY = [
    ("Παπαδόπουλος", "Παπαδοπούλου"),
    ("Καραγιάννης", "Καραγιάννη"),
    ("Χατζηδημητρίου", "Χατζηδημητρίου"),
    ("Ιωαννίδης", "Ιωαννίδου"),
    ("Παυλίδης", "Παυλίδου"),
    ("Θεοδωρίδης", "Θεοδωρίδου"),
    ("Αθανασιάδης", "Αθανασιάδου"),
    ("Ζαχαριάδης", "Ζαχαριάδου"),
    ("Κυριακίδης", "Κυριακίδου"),
    ("Μαυρίδης", "Μαυρίδου"),
    ("Τσιρίδης", "Τσιρίδου"),
    ("Βλάχος", "Βλάχου"),
    ("Νικολάου", "Νικολάου"),
    ("Σαββίδης", "Σαββίδου"),
]

#: Malaysian names: Malay given names and fathers' names, Chinese family and given names, Indian given names and
#: fathers' names
MY_MALAY = (
    ["Ahmad Faris", "Muhammad Haziq", "Mohd Azlan", "Amirul Hakim", "Nik Syafiq", "Khairul Anuar"],
    ["Nurul Aina", "Siti Aishah", "Nur Syazwani", "Farah Hanis", "Intan Nabilah", "Wan Nor Aziah"],
    ["Zulkifli", "Ismail", "Rosli", "Hashim", "Kamaruddin", "Abdul Rahman", "Yusof", "Salleh"],
)
MY_CHINESE = (
    ["Wei Ming", "Jun Hao", "Kah Seng", "Zhi Hao", "Chee Keong"],
    ["Mei Ling", "Hui Min", "Xin Yi", "Siew Lan", "Pei Shan"],
    ["Tan", "Lim", "Wong", "Ooi", "Chong", "Lee", "Teh", "Yap"],
)
MY_INDIAN = (
    ["Kumaresan", "Ganesh", "Thinesh", "Vikneswaran", "Saravanan"],
    ["Kavitha", "Priya", "Thivya", "Shalini", "Malar"],
    ["Raman", "Subramaniam", "Muniandy", "Krishnan", "Arumugam"],
)

_GR_LATIN = {
    "α": "a", "ά": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "έ": "e", "ζ": "z", "η": "i", "ή": "i", "θ": "th",
    "ι": "i", "ί": "i", "ϊ": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "ό": "o", "π": "p",
    "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "ύ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o", "ώ": "o",
}


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) of ``lang``."""
    if female is None:
        female = g.rnd.random() < 0.5
    if lang == "pl":
        man, woman = g.rnd.choice(PL_FAMILY)
        return g.rnd.choice(PL_GIVEN[1] if female else PL_GIVEN[0]), woman if female else man
    if lang == "gr":
        man, woman = g.rnd.choice(GR_FAMILY)
        return g.rnd.choice(GR_GIVEN[1] if female else GR_GIVEN[0]), woman if female else man
    if lang == "my":
        return my_person(g, female)
    male, fem, fam = NAMES[lang]
    return g.rnd.choice(fem if female else male), g.rnd.choice(fam)


def my_person(g: Gen, female: bool) -> tuple[str, str]:
    """A Malaysian (given part, rest): ``Nurul Aina`` + ``binti Rosli``, ``Tan`` + ``Wei Ming`` (family name first),
    ``Kavitha`` + ``a/p Raman``."""
    r = g.rnd.random()
    if r < 0.55:
        return g.rnd.choice(MY_MALAY[1 if female else 0]), f"{'binti' if female else 'bin'} {g.rnd.choice(MY_MALAY[2])}"
    if r < 0.85:
        return g.rnd.choice(MY_CHINESE[2]), g.rnd.choice(MY_CHINESE[1 if female else 0])
    return g.rnd.choice(MY_INDIAN[1 if female else 0]), f"{'a/p' if female else 'a/l'} {g.rnd.choice(MY_INDIAN[2])}"


def whole(g: Gen, lang: str, female: bool | None = None) -> str:
    """A whole name as the country writes it (two family names in Portuguese)."""
    if female is None:
        female = g.rnd.random() < 0.5
    a, b = person(g, lang, female)
    if lang == "pt":
        return f"{a} {g.rnd.choice(NAMES['pt'][2])} {b}"
    return f"{a} {b}"


def given(g: Gen, lang: str, female: bool | None = None) -> str:
    return person(g, lang, female)[0]


def staff(g: Gen, n: int, lang: str, style: str = "whole") -> list[str]:
    """``n`` distinct staff members' names (``whole``, ``first``, ``last``, ``initial`` as ``Gemma H.``)."""
    out: set[str] = set()
    while len(out) < n:
        female = g.rnd.random() < 0.6
        a, b = person(g, lang, female)
        if style == "first":
            out.add(a)
        elif style == "last":
            out.add(b)
        elif style == "initial":
            out.add(f"{a} {b[0]}.")
        else:
            out.add(f"{a} {b}")
    return sorted(out)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return (
        "".join(ch for ch in text if not unicodedata.combining(ch))
        .replace("ß", "ss")
        .replace("ı", "i")
        .replace("ł", "l")
        .replace("'", "")
    )


def latin(text: str) -> str:
    """``text`` in ASCII letters: Greek transliterated, accents dropped."""
    if any("\u0370" <= ch <= "\u03ff" or "\u1f00" <= ch <= "\u1fff" for ch in text):
        text = "".join(_GR_LATIN.get(ch, ch) for ch in text.lower())
    return "".join(ch for ch in fold(text) if ch.isalnum() or ch == ".")


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    words = [w for w in last.split() if w not in ("bin", "binti", "a/l", "a/p")]
    a, b = latin(first.split()[0]) or "user", latin(words[-1] if words else last) or "mail"
    local = g.rnd.choice(
        [
            f"{a}.{b}",
            f"{a[0]}{b}",
            f"{a}{g.rnd.randint(1, 99)}",
            f"{b}.{a}{g.rnd.randint(70, 99)}",
            f"{a}_{b}{g.rnd.randint(1, 9)}",
        ]
    )
    return f"{local}@{g.rnd.choice(domains)}"


DOMAINS: dict[str, list[str]] = {
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "icloud.com"],
    "au": ["gmail.com", "bigpond.com", "internode.on.net", "outlook.com", "icloud.com"],
    "gb": ["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "btinternet.com"],
    "ca": ["gmail.com", "shaw.ca", "telus.net", "hotmail.com", "outlook.com"],
    "us": ["gmail.com", "yahoo.com", "midco.net", "outlook.com", "icloud.com"],
    "my": ["gmail.com", "yahoo.com.my", "hotmail.com", "outlook.com"],
    "ee": ["gmail.com", "mail.ee", "hot.ee", "online.ee", "outlook.com"],
    "it": ["gmail.com", "libero.it", "virgilio.it", "tiscali.it", "hotmail.it"],
    "fr": ["gmail.com", "skynet.be", "hotmail.com", "voo.be", "outlook.be"],
    "nl": ["gmail.com", "telenet.be", "hotmail.com", "proximus.be", "outlook.be"],
    "pl": ["gmail.com", "wp.pl", "onet.pl", "o2.pl", "interia.pl"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
    "gr": ["gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr"],
    "pt": ["gmail.com", "sapo.pt", "hotmail.com", "outlook.pt", "netcabo.pt"],
}

# -- places (written for v155) -----------------------------------------------------------------------------------------

#: (town, Eircode routing key) around Dublin
IE_PLACES = [
    ("Dublin 7", "D07"),
    ("Dublin 8", "D08"),
    ("Dublin 15", "D15"),
    ("Dublin 24", "D24"),
    ("Swords", "K67"),
    ("Lucan", "K78"),
    ("Bray", "A98"),
    ("Drogheda", "A92"),
    ("Naas", "W91"),
    ("Dún Laoghaire", "A96"),
    ("Maynooth", "W23"),
    ("Balbriggan", "K32"),
]
IE_STREETS = [
    "Griffith Avenue",
    "Phibsborough Road",
    "Manor Street",
    "Main Street",
    "Ballyfermot Road",
    "Navan Road",
    "Church Road",
    "Seafield Road",
    "Old Cabra Road",
    "Greenhills Road",
    "Dublin Road",
    "Castle Street",
]
#: (suburb, postcode) around Adelaide
AU_PLACES = [
    ("Norwood", "5067"),
    ("Prospect", "5082"),
    ("Glenelg", "5045"),
    ("Mawson Lakes", "5095"),
    ("Unley", "5061"),
    ("Salisbury", "5108"),
    ("Morphett Vale", "5162"),
    ("Mount Barker", "5251"),
    ("Henley Beach", "5022"),
    ("Modbury", "5092"),
    ("Stirling", "5152"),
    ("Tanunda", "5352"),
]
AU_STREETS = [
    "The Parade",
    "Prospect Rd",
    "Jetty Rd",
    "Unley Rd",
    "Main North Rd",
    "Goodwood Rd",
    "Fullarton Rd",
    "Grand Junction Rd",
    "Henley Beach Rd",
    "Murray St",
    "Portrush Rd",
    "Payneham Rd",
]
#: postcode districts around Leeds
GB_DISTRICTS = ["LS6", "LS7", "LS8", "LS9", "LS11", "LS12", "LS15", "LS17", "LS18", "LS27", "WF3", "BD11"]
GB_STREETS = [
    "Otley Road",
    "Harehills Lane",
    "Roundhay Road",
    "Kirkstall Road",
    "Chapeltown Road",
    "Street Lane",
    "Town Street",
    "Wakefield Road",
    "Leeds Road",
    "Bradford Road",
    "Cardigan Road",
    "Tong Road",
]
#: (community, forward sortation area) around Calgary
CA_PLACES = [
    ("Calgary", "T2P"),
    ("Calgary", "T3A"),
    ("Calgary", "T2E"),
    ("Calgary", "T3K"),
    ("Calgary", "T2W"),
    ("Calgary", "T3H"),
    ("Airdrie", "T4B"),
    ("Cochrane", "T4C"),
    ("Chestermere", "T1X"),
    ("Okotoks", "T1S"),
    ("Strathmore", "T1P"),
    ("High River", "T1V"),
]
CA_STREETS = [
    "17 Ave SW",
    "Macleod Trail SE",
    "Centre St N",
    "Edmonton Trail NE",
    "Crowchild Trail NW",
    "Bow Trail SW",
    "Country Hills Blvd NW",
    "Sunridge Way NE",
    "Elbow Dr SW",
    "Memorial Dr NE",
    "Shaganappi Trail NW",
    "Acadia Dr SE",
]
#: (city, ZIP, state) of the bureau's letters, most in South Dakota
US_PLACES = [
    ("SIOUX FALLS", "57103", "SD"),
    ("SIOUX FALLS", "57105", "SD"),
    ("SIOUX FALLS", "57106", "SD"),
    ("SIOUX FALLS", "57108", "SD"),
    ("BRANDON", "57005", "SD"),
    ("TEA", "57064", "SD"),
    ("HARRISBURG", "57032", "SD"),
    ("BROOKINGS", "57006", "SD"),
    ("MITCHELL", "57301", "SD"),
    ("RAPID CITY", "57701", "SD"),
    ("WATERTOWN", "57201", "SD"),
    ("WORTHINGTON", "56187", "MN"),
    ("SIOUX CITY", "51106", "IA"),
]
US_STREETS = [
    "S MINNESOTA AVE",
    "E 41ST ST",
    "W 12TH ST",
    "S LOUISE AVE",
    "N CLIFF AVE",
    "E 10TH ST",
    "S WESTERN AVE",
    "W 57TH ST",
    "S CAMDEN AVE",
    "E ARROWHEAD PKWY",
    "N KIWANIS AVE",
    "S SYCAMORE AVE",
]
#: (town, postcode, state) around Kuala Lumpur
MY_PLACES = [
    ("Petaling Jaya", "47301", "Selangor"),
    ("Petaling Jaya", "46200", "Selangor"),
    ("Shah Alam", "40150", "Selangor"),
    ("Subang Jaya", "47500", "Selangor"),
    ("Klang", "41200", "Selangor"),
    ("Puchong", "47100", "Selangor"),
    ("Kajang", "43000", "Selangor"),
    ("Seri Kembangan", "43300", "Selangor"),
    ("Ampang", "68000", "Selangor"),
    ("Kuala Lumpur", "50450", "W.P. Kuala Lumpur"),
    ("Cheras", "56000", "W.P. Kuala Lumpur"),
    ("Setapak", "53300", "W.P. Kuala Lumpur"),
    ("Bangsar", "59100", "W.P. Kuala Lumpur"),
]
MY_STREETS = [
    "Jalan SS 2/24",
    "Jalan Kenari 5",
    "Jalan Telawi 3",
    "Jalan Meranti 2",
    "Jalan USJ 9/5",
    "Jalan Klang Lama",
    "Jalan PJU 1/42",
    "Jalan Bunga Raya",
    "Jalan Setia Murni",
    "Jalan Cheras Hartamas",
    "Jalan Seksyen 7/12",
    "Jalan Puteri 2/4",
]
#: (locality, postal code) of the wallet's holders
EE_PLACES = [
    ("Tallinn", "10111"),
    ("Tallinn", "10149"),
    ("Tallinn", "11314"),
    ("Tallinn", "13516"),
    ("Tallinn", "12915"),
    ("Maardu", "74111"),
    ("Viimsi", "74001"),
    ("Saue", "76505"),
    ("Keila", "76607"),
    ("Tartu", "51003"),
    ("Pärnu", "80010"),
    ("Narva", "20308"),
]
EE_STREETS = [
    "Narva mnt",
    "Pärnu mnt",
    "Tartu mnt",
    "Mustamäe tee",
    "Sõpruse pst",
    "Paldiski mnt",
    "Vilde tee",
    "Laagna tee",
    "Kadaka tee",
    "Pirita tee",
    "Riia tn",
    "Rüütli tn",
]
#: (comune, CAP) around Lecce
IT_PLACES = [
    ("Lecce", "73100"),
    ("Nardò", "73048"),
    ("Galatina", "73013"),
    ("Gallipoli", "73014"),
    ("Maglie", "73024"),
    ("Copertino", "73043"),
    ("Casarano", "73042"),
    ("Tricase", "73039"),
    ("Surbo", "73010"),
    ("Squinzano", "73018"),
    ("Otranto", "73028"),
    ("Galatone", "73044"),
]
#: (place of birth, its cadastral code) of the Lecce office's applicants
IT_BIRTHPLACES = [
    ("Lecce", "E506"),
    ("Lecce", "E506"),
    ("Nardò", "F842"),
    ("Galatina", "D862"),
    ("Gallipoli", "D883"),
    ("Maglie", "E815"),
    ("Copertino", "C978"),
    ("Tricase", "L419"),
    ("Casarano", "B936"),
    ("Brindisi", "B180"),
    ("Taranto", "L049"),
    ("Bari", "A662"),
    ("Milano", "F205"),
    ("Torino", "L219"),
    ("Roma", "H501"),
]
IT_STREETS = [
    "Via Vittorio Emanuele II",
    "Viale Gallipoli",
    "Via Taranto",
    "Via San Lazzaro",
    "Via Lupiae",
    "Viale dell'Università",
    "Via Merine",
    "Via Roma",
    "Via Garibaldi",
    "Piazza Mazzini",
    "Via Salvatore Trinchese",
    "Via Oberdan",
]
#: (commune, code postal) around Liège
FR_PLACES = [
    ("Liège", "4000"),
    ("Liège", "4020"),
    ("Seraing", "4100"),
    ("Herstal", "4040"),
    ("Ans", "4430"),
    ("Flémalle", "4400"),
    ("Verviers", "4800"),
    ("Huy", "4500"),
    ("Chaudfontaine", "4050"),
    ("Esneux", "4130"),
    ("Namur", "5000"),
    ("Charleroi", "6000"),
]
FR_BIRTHPLACES = ["Liège", "Liège", "Seraing", "Verviers", "Huy", "Namur", "Charleroi", "Bruxelles", "Mons", "Ans"]
FR_STREETS = [
    "Rue Saint-Gilles",
    "Boulevard d'Avroy",
    "Rue de Fragnée",
    "Quai de Rome",
    "Rue Féronstrée",
    "Rue Saint-Léonard",
    "Avenue de l'Observatoire",
    "Rue du Laveu",
    "Rue de Herve",
    "Chaussée de Tongres",
    "Rue Jean Jaurès",
    "Rue de la Station",
]
#: (gemeente, postcode) around Ghent
NL_PLACES = [
    ("Gent", "9000"),
    ("Gentbrugge", "9050"),
    ("Ledeberg", "9050"),
    ("Sint-Amandsberg", "9040"),
    ("Mariakerke", "9030"),
    ("Drongen", "9031"),
    ("Merelbeke", "9820"),
    ("Destelbergen", "9070"),
    ("Lochristi", "9080"),
    ("Aalst", "9300"),
    ("Eeklo", "9900"),
    ("Deinze", "9800"),
]
NL_STREETS = [
    "Kortrijksesteenweg",
    "Brusselsesteenweg",
    "Dendermondsesteenweg",
    "Sint-Pietersnieuwstraat",
    "Overpoortstraat",
    "Coupure Links",
    "Vlaanderenstraat",
    "Antwerpsesteenweg",
    "Drongensesteenweg",
    "Voskenslaan",
    "Meulestedesteenweg",
    "Hundelgemsesteenweg",
]
#: (miejscowość, kod pocztowy with ``9`` for a random digit) around Wrocław
PL_PLACES = [
    ("Wrocław", "50-999"),
    ("Wrocław", "51-999"),
    ("Wrocław", "52-999"),
    ("Wrocław", "53-999"),
    ("Wrocław", "54-999"),
    ("Oława", "55-200"),
    ("Oleśnica", "56-400"),
    ("Trzebnica", "55-100"),
    ("Długołęka", "55-095"),
    ("Kąty Wrocławskie", "55-080"),
    ("Siechnice", "55-011"),
    ("Sobótka", "55-050"),
]
PL_BIRTHPLACES = ["Wrocław", "Wrocław", "Legnica", "Wałbrzych", "Opole", "Jelenia Góra", "Oleśnica", "Lubin",
                  "Kalisz", "Głogów", "Świdnica"]
PL_STREETS = [
    "ul. Legnicka",
    "ul. Grabiszyńska",
    "ul. Piłsudskiego",
    "ul. Kazimierza Wielkiego",
    "ul. Powstańców Śląskich",
    "ul. Krzywoustego",
    "ul. Traugutta",
    "ul. Świdnicka",
    "ul. Borowska",
    "ul. Kosmonautów",
    "ul. Ślężna",
    "ul. Żmigrodzka",
]
#: (ilçe, posta kodu) of Ankara
TR_PLACES = [
    ("Çankaya", "06690"),
    ("Çankaya", "06550"),
    ("Keçiören", "06280"),
    ("Yenimahalle", "06170"),
    ("Mamak", "06620"),
    ("Etimesgut", "06790"),
    ("Sincan", "06930"),
    ("Altındağ", "06050"),
    ("Pursaklar", "06145"),
    ("Gölbaşı", "06830"),
    ("Polatlı", "06900"),
    ("Elmadağ", "06780"),
]
TR_BIRTHPLACES = ["Ankara", "Ankara", "Konya", "Çorum", "Yozgat", "Kırıkkale", "Sivas", "Kayseri", "İstanbul",
                  "Eskişehir", "Kastamonu"]
TR_STREETS = [
    "Kızılay Mah. Atatürk Blv.",
    "Bahçelievler Mah. 7. Cad.",
    "Ayrancı Mah. Hoşdere Cad.",
    "Demetevler Mah. 402. Cad.",
    "Eryaman Mah. Şehit Osman Avcı Cad.",
    "Batıkent Mah. Kentkoop Cad.",
    "Etlik Mah. Yunus Emre Cad.",
    "Kocatepe Mah. Mithatpaşa Cad.",
    "Bağlıca Mah. 1453. Sok.",
    "Çayyolu Mah. Ümitköy Cad.",
    "Esat Mah. Esat Cad.",
    "Tuzluçayır Mah. Natoyolu Cad.",
]
#: (πόλη, ΤΚ) around Thessaloniki
GR_PLACES = [
    ("Θεσσαλονίκη", "546 21"),
    ("Θεσσαλονίκη", "546 40"),
    ("Θεσσαλονίκη", "544 53"),
    ("Καλαμαριά", "551 33"),
    ("Εύοσμος", "562 24"),
    ("Σταυρούπολη", "564 30"),
    ("Πυλαία", "555 35"),
    ("Νεάπολη", "567 27"),
    ("Ωραιόκαστρο", "570 13"),
    ("Θέρμη", "570 01"),
    ("Περαία", "570 19"),
    ("Σέρρες", "621 22"),
]
GR_STREETS = [
    "Εγνατίας",
    "Τσιμισκή",
    "Αγίας Σοφίας",
    "Βασιλίσσης Όλγας",
    "Λαγκαδά",
    "Δελφών",
    "Κωνσταντινουπόλεως",
    "Μαρασλή",
    "Παπαναστασίου",
    "Ανδρέα Παπανδρέου",
    "Μοναστηρίου",
    "Καραμανλή",
]
#: (localidade, código postal's first four digits) around Porto
PT_PLACES = [
    ("Porto", "4000"),
    ("Porto", "4050"),
    ("Porto", "4200"),
    ("Vila Nova de Gaia", "4400"),
    ("Matosinhos", "4450"),
    ("Maia", "4470"),
    ("Gondomar", "4420"),
    ("Valongo", "4440"),
    ("Póvoa de Varzim", "4490"),
    ("Braga", "4700"),
    ("Espinho", "4500"),
    ("Santo Tirso", "4780"),
]
PT_STREETS = [
    "Rua de Santa Catarina",
    "Avenida da Boavista",
    "Rua do Almada",
    "Rua de Costa Cabral",
    "Avenida da República",
    "Rua Álvares Cabral",
    "Rua de Cedofeita",
    "Rua Barão de Forrester",
    "Rua Faria Guimarães",
    "Travessa de Cedofeita",
    "Rua Escura",
    "Rua de Camões",
]


def street(g: Gen, streets: list[str], lang: str) -> str:
    s = g.rnd.choice(streets)
    if lang in ("ie", "gb"):
        house = f"{g.rnd.randint(1, 240)} {s}"
        return (f"Apartment {g.rnd.randint(1, 60)}, " if g.rnd.random() < 0.15 else "") + house
    if lang in ("au", "ca"):
        n = g.rnd.randint(1, 4_900 if lang == "ca" else 240)
        if g.rnd.random() < 0.2:
            return f"{g.rnd.randint(1, 12)}/{n} {s}" if lang == "au" else f"{g.rnd.randint(101, 2_405)}-{n} {s}"
        return f"{n} {s}"
    if lang == "us":
        return f"{g.rnd.randint(100, 9_899)} {s}"
    if lang == "my":
        if g.rnd.random() < 0.35:
            block = g.rnd.choice(["Vista", "Harmoni", "Seri Mutiara", "Damai"])
            return f"{g.code('A')}-{g.rnd.randint(1, 28)}-{g.rnd.randint(1, 12)}, Residensi {block}, {s}"
        return f"No. {g.rnd.randint(1, 88)}, {s}"
    if lang == "ee":
        return f"{s} {g.rnd.randint(1, 190)}" + (f"-{g.rnd.randint(1, 96)}" if g.rnd.random() < 0.7 else "")
    if lang == "it":
        return f"{s} {g.rnd.randint(1, 180)}"
    if lang == "fr":
        return f"{s} {g.rnd.randint(1, 220)}" + (f" bte {g.rnd.randint(1, 30)}" if g.rnd.random() < 0.3 else "")
    if lang == "nl":
        return f"{s} {g.rnd.randint(1, 320)}" + (f" bus {g.rnd.randint(1, 24)}" if g.rnd.random() < 0.3 else "")
    if lang == "pl":
        return f"{s} {g.rnd.randint(1, 160)}" + (f"/{g.rnd.randint(1, 80)}" if g.rnd.random() < 0.65 else "")
    if lang == "tr":
        return f"{s} No:{g.rnd.randint(1, 140)} D:{g.rnd.randint(1, 24)}"
    if lang == "gr":
        return f"{s} {g.rnd.randint(1, 260)}"
    if lang == "pt":
        house = f"{s}, {g.rnd.randint(1, 1_400)}"
        if g.rnd.random() < 0.5:
            return house + f", {g.rnd.randint(1, 9)}.º {g.rnd.choice(['Esq.', 'Dto.', 'Frente', 'Trás'])}"
        return house
    return s


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def pps(g: Gen) -> str:
    """An Irish PPSN: seven digits, the check letter (python-stdnum) and, for newer numbers, ``A`` or ``B``."""

    def make() -> str:
        body = g.digits(7)
        second = g.rnd.choice(["A", "A", "B", ""])
        return body + _ievat.calc_check_digit(body + second) + second

    return g.valid(make, _pps.is_valid)


def pps_decoy(g: Gen) -> str:
    """Seven digits and a letter written like a PPSN and failing its check (a client's reference)."""
    return g.valid(lambda: g.digits(7) + g.rnd.choice("ABCDEFGHJKLMNPRSTVW"), lambda x: not _pps.is_valid(x))


def tfn_decoy(g: Gen) -> str:
    """Nine digits failing the Tax File Number's check (an order number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(8), lambda x: not _tfn.is_valid(x))


def medicare(g: Gen) -> str:
    """An Australian Medicare card number: eight digits, the weighted check digit (1, 3, 7, 9; computed here, not by
    python-stdnum) and the issue number."""
    body = str(g.rnd.randint(2, 6)) + g.digits(7)
    check = sum(int(d) * w for d, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    return f"{body}{check}{g.rnd.randint(1, 5)}"


def medicare_valid(number: str) -> bool:
    d = "".join(ch for ch in number if ch.isdigit())
    return len(d) == 10 and sum(int(x) * w for x, w in zip(d[:8], (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10 == int(
        d[8]
    )


def abn(g: Gen) -> str:
    """An Australian Business Number (check digits by python-stdnum), written ``12 345 678 901``."""
    body = g.digits(9)
    number = _abn.calc_check_digits(body) + body
    assert _abn.is_valid(number), number
    return f"{number[:2]} {number[2:5]} {number[5:8]} {number[8:]}"


def sin(g: Gen) -> str:
    d = g.valid(lambda: str(g.rnd.choice([1, 2, 3, 4, 5, 6, 7])) + g.digits(8), _sin.is_valid)
    return f"{d[:3]}-{d[3:6]}-{d[6:]}" if g.rnd.random() < 0.5 else d


def sin_decoy(g: Gen) -> str:
    """Nine digits failing the SIN's Luhn check (a session reference)."""
    return g.valid(lambda: str(g.rnd.randint(1, 7)) + g.digits(8), lambda x: not _sin.is_valid(x))


def us_ssn(g: Gen) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    return g.valid(make, _ssn.is_valid)


def us_ssn_decoy(g: Gen) -> str:
    """Nine digits shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    return g.rnd.choice(["000", "666", f"9{g.digits(2)}"]) + g.digits(6)


def aba(g: Gen) -> str:
    """An ABA routing number of a bank (check digit by python-stdnum)."""
    return g.valid(lambda: g.rnd.choice(["0914", "0919", "0730", "1040"]) + g.digits(5), _rtn.is_valid)


#: Malaysian birth place codes (states) of MyKad numbers
MY_BIRTH_CODES = ["01", "02", "03", "04", "05", "06", "07", "08", "10", "10", "10", "11", "12", "13", "14", "14"]


def nric(g: Gen, born: date, female: bool) -> str:
    """A MyKad number ``YYMMDD-PB-###G`` encoding the birth date, the state of birth and the sex (checked by
    python-stdnum: date and birth place; MyKad has no check digit)."""
    last = g.rnd.choice("02468" if female else "13579")
    number = born.strftime("%y%m%d") + g.rnd.choice(MY_BIRTH_CODES) + g.digits(3) + last
    assert _nric.is_valid(number), number
    return f"{number[:6]}-{number[6:8]}-{number[8:]}"


def nric_decoy(g: Gen) -> str:
    """Twelve digits that python-stdnum rejects as a MyKad number (a vendor's job reference)."""
    return g.valid(lambda: "2" + g.digits(11), lambda x: not _nric.is_valid(x))


def ee_ik(g: Gen, born: date, female: bool) -> str:
    """An Estonian isikukood: sex and century, ``YYMMDD``, a serial and the check digit (python-stdnum)."""
    first = (3 if born.year < 2000 else 5) + (1 if female else 0)
    body = f"{first}{born:%y%m%d}{g.digits(3)}"
    number = body + _ik.calc_check_digit(body + "0")
    assert _ik.is_valid(number), number
    return number


def ee_ik_decoy(g: Gen) -> str:
    """Eleven digits failing the isikukood's check (an onboarding reference)."""
    return g.valid(lambda: str(g.rnd.randint(3, 6)) + g.digits(10), lambda x: not _ik.is_valid(x))


def _cf_letters(text: str, given: bool) -> str:
    letters = [ch for ch in fold(text).upper() if ch.isalpha()]
    cons = [ch for ch in letters if ch not in "AEIOU"]
    vows = [ch for ch in letters if ch in "AEIOU"]
    if given and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return "".join(cons + vows + ["X", "X", "X"])[:3]


def codice_fiscale(first: str, last: str, born: date, female: bool, place: str) -> str:
    """An Italian codice fiscale encoding the names, birth date, sex and place of birth (check by python-stdnum)."""
    day = born.day + (40 if female else 0)
    month = "ABCDEHLMPRST"[born.month - 1]
    body = f"{_cf_letters(last, False)}{_cf_letters(first, True)}{born:%y}{month}{day:02d}{place}"
    number = body + _cf.calc_check_digit(body)
    assert _cf.is_valid(number), number
    return number


def cf_decoy(g: Gen) -> str:
    """Sixteen characters laid out like a codice fiscale whose last letter fails its check (a request code)."""

    def make() -> str:
        body = g.code("AAAAAA99A99A999")
        good = _cf.calc_check_digit(body)
        return body + g.valid(lambda: g.code("A"), lambda ch: ch != good)

    return g.valid(make, lambda x: not _cf.is_valid(x))


def it_iva(g: Gen) -> str:
    """An Italian partita IVA of a Lecce-registered firm (office code 075, check digit by Luhn, python-stdnum)."""
    body = str(g.rnd.randint(1, 9)) + g.digits(6) + "075"
    number = body + luhn.calc_check_digit(body)
    assert _iva.is_valid(number), number
    return number


def be_nn(g: Gen, born: date, female: bool) -> str:
    """A Belgian national number ``YY.MM.DD-SSS.CC`` encoding the birth date and sex (odd serial for men), its
    mod-97 check (``2`` prefixed for births from 2000), checked by python-stdnum."""

    def make() -> str:
        serial = g.rnd.randrange(2 if female else 1, 998, 2)
        body = f"{born:%y%m%d}{serial:03d}"
        base = int(("2" if born.year >= 2000 else "") + body)
        return body + f"{97 - base % 97:02d}"

    d = g.valid(make, lambda x: _nn.is_valid(x) and _nn.get_birth_date(x) == born)
    return f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}" if g.rnd.random() < 0.6 else d


def be_nn_decoy(g: Gen) -> str:
    """Eleven digits failing the national number's check (a file number)."""
    return g.valid(lambda: g.digits(11), lambda x: not _nn.is_valid(x))


def be_eid(g: Gen) -> str:
    """A Belgian eID card number ``591-1234567-89`` (mod-97 check by python-stdnum)."""
    head = g.rnd.choice(["591", "592", "593", "600", "601"]) + g.digits(7)
    number = head + f"{int(head) % 97 or 97:02d}"
    assert _eid.is_valid(number), number
    return f"{number[:3]}-{number[3:10]}-{number[10:]}"


def be_vat(g: Gen) -> str:
    """A Belgian enterprise number ``0xxx.xxx.xxx`` (mod-97 check, python-stdnum)."""
    body = "0" + str(g.rnd.randint(2, 8)) + g.digits(6)
    number = body + f"{97 - int(body) % 97:02d}"
    assert _bevat.is_valid(number), number
    return f"{number[:4]}.{number[4:7]}.{number[7:]}"


def pesel(g: Gen, born: date, female: bool) -> str:
    """A PESEL encoding the birth date (month + 20 from 2000) and sex, with its check digit (python-stdnum)."""
    month = born.month + (20 if born.year >= 2000 else 0)
    body = f"{born:%y}{month:02d}{born.day:02d}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
    number = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(number) and _pesel.get_birth_date(number) == born, number
    return number


def pesel_decoy(g: Gen) -> str:
    """Eleven digits failing the PESEL's check (an application number)."""
    return g.valid(lambda: g.digits(11), lambda x: not _pesel.is_valid(x))


_PL_ID_WEIGHTS = (7, 3, 1, 7, 3, 1, 7, 3)


def pl_id_card(g: Gen) -> str:
    """A Polish identity card's series and number ``ABC123456``: the first digit is the check digit over the
    letters (A = 10 ...) and the other digits, weights 7, 3, 1, 7, 3, 1, 7, 3 (computed here, not by python-stdnum)."""
    letters = g.rnd.choice(["C", "D", "A"]) + g.code("AA")
    rest = g.digits(5)
    values = [ord(ch) - 55 for ch in letters] + [int(d) for d in rest]
    check = sum(v * w for v, w in zip(values, _PL_ID_WEIGHTS, strict=True)) % 10
    return f"{letters}{check}{rest}"


def pl_id_card_valid(number: str) -> bool:
    if len(number) != 9 or not number[:3].isalpha() or not number[3:].isdigit():
        return False
    values = [ord(ch) - 55 for ch in number[:3]] + [int(d) for d in number[4:]]
    return sum(v * w for v, w in zip(values, _PL_ID_WEIGHTS, strict=True)) % 10 == int(number[3])


def pl_nip(g: Gen) -> str:
    """A Polish NIP (weighted mod-11 check, python-stdnum), written ``899-123-45-67``."""
    d = g.valid(lambda: g.rnd.choice(["894", "895", "897", "898", "899", "911"]) + g.digits(7), _nip.is_valid)
    return f"{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:]}"


def tckn(g: Gen) -> str:
    """A T.C. kimlik numarası (two check digits, python-stdnum)."""
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    number = body + _tckn.calc_check_digits(body)
    assert _tckn.is_valid(number), number
    return number


def tckn_decoy(g: Gen) -> str:
    """Eleven digits failing the T.C. kimlik check (an application number)."""
    return g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), lambda x: not _tckn.is_valid(x))


def tr_vkn(g: Gen) -> str:
    """A Turkish tax number of a firm (VKN, check digit by python-stdnum)."""
    return g.valid(lambda: g.digits(10), _vkn.is_valid)


def amka(g: Gen, born: date, female: bool) -> str:
    """A Greek AMKA: ``DDMMYY``, a serial whose last digit is odd for men, and a Luhn check digit."""

    def make() -> str:
        body = f"{born:%d%m%y}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
        return body + luhn.calc_check_digit(body)

    return g.valid(make, lambda x: _amka.is_valid(x) and f"{_amka.get_birth_date(x):%d%m%y}" == f"{born:%d%m%y}")


def amka_decoy(g: Gen) -> str:
    """Eleven digits failing the AMKA's check (an application number)."""
    return g.valid(lambda: g.digits(11), lambda x: not _amka.is_valid(x))


def gr_afm(g: Gen) -> str:
    """A Greek tax number (ΑΦΜ, check digit by python-stdnum)."""
    body = g.rnd.choice(["0", "1"]) + g.digits(7)
    number = body + _afm.calc_check_digit(body)
    assert _afm.is_valid(number), number
    return number


def gr_id(g: Gen) -> str:
    """A Greek identity card number (by shape: two Greek capitals and six digits; no check digit exists)."""
    letters = "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"
    sep = g.rnd.choice([" ", "", "-"])
    return f"{g.rnd.choice(letters)}{g.rnd.choice(letters)}{sep}{g.digits(6)}"


def pt_nif(g: Gen) -> str:
    """A Portuguese NIF of a person (starting 1, 2 or 3; check digit by python-stdnum)."""
    body = g.rnd.choice("1223") + g.digits(7)
    number = body + _nif.calc_check_digit(body)
    assert _nif.is_valid(number), number
    return number


def pt_nif_decoy(g: Gen) -> str:
    """Nine digits starting like a personal NIF and failing its check (a process number)."""
    return g.valid(lambda: g.rnd.choice("12") + g.digits(8), lambda x: not _nif.is_valid(x))


def pt_cc(g: Gen) -> str:
    """A Cartão de Cidadão number ``12345678 9 ZZ4``: the civil id number with its mod-11 check digit (computed
    here), the card's version letters and the final check digit (python-stdnum)."""
    civil = str(g.rnd.randint(10, 39)) + g.digits(6)
    total = sum(int(d) * w for d, w in zip(civil, range(9, 1, -1), strict=True))
    check = 11 - total % 11
    body = f"{civil}{0 if check >= 10 else check}{g.rnd.choice(['ZZ', 'ZY', 'ZX', 'ZW', 'ZV'])}"
    number = body + _cc.calc_check_digit(body)
    assert _cc.is_valid(number), number
    return f"{number[:8]} {number[8]} {number[9:]}"


def card(g: Gen, spaced: bool = True) -> str:
    head = g.rnd.choice(["4", "4", "51", "52", "54", "55"])
    body = head + g.digits(15 - len(head))
    d = body + luhn.calc_check_digit(body)
    return " ".join(d[i : i + 4] for i in range(0, 16, 4)) if spaced else d


def iban(country: str, bban: str) -> str:
    check = _iban.calc_check_digits(f"{country}00{bban}")
    number = f"{country}{check}{bban}"
    assert _iban.is_valid(number), number
    return number


def spaced(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def be_iban(g: Gen) -> str:
    """A Belgian IBAN: a known bank code, the account and its mod-97 national check."""
    head = g.rnd.choice(["001", "063", "068", "363", "310", "735", "737", "143"]) + g.digits(7)
    return iban("BE", head + f"{int(head) % 97 or 97:02d}")


def pl_iban(g: Gen) -> str:
    """A Polish IBAN whose eight-digit sort code carries its own check digit (weights 3, 9, 7, 1, 3, 9, 7)."""
    bank = g.rnd.choice(["1090", "1140", "1020", "1240", "1050", "1160"]) + g.digits(3)
    check = (10 - sum(int(d) * w for d, w in zip(bank, (3, 9, 7, 1, 3, 9, 7), strict=True)) % 10) % 10
    return iban("PL", f"{bank}{check}{g.digits(16)}")


def gr_iban(g: Gen) -> str:
    return iban("GR", g.rnd.choice(["011", "017", "026", "014"]) + g.digits(4) + g.digits(16))


def pt_iban(g: Gen) -> str:
    """A Portuguese IBAN whose NIB carries its two national check digits (ISO 7064 mod 97-10)."""
    body = g.rnd.choice(["0035", "0033", "0010", "0036", "0018", "0045"]) + g.digits(4) + g.digits(11)
    return iban("PT", body + f"{98 - int(body) * 100 % 97:02d}")


def gb_nino(g: Gen) -> str:
    """A UK National Insurance number (by shape: prefix rules, no check digit exists)."""
    first, second = "ABCEGHJKLMNOPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
    prefix = g.valid(
        lambda: g.rnd.choice(first) + g.rnd.choice(second),
        lambda p: p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"),
    )
    d = g.digits(6)
    if g.rnd.random() < 0.5:
        return f"{prefix}{d}{g.rnd.choice('ABCD')}"
    return f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {g.rnd.choice('ABCD')}"


def dmy(d: date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"
