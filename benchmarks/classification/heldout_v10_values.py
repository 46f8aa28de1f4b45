"""Value generators of held-out set v10 (:mod:`benchmarks.classification.heldout_v10`): written for v10, nothing taken
from v2 to v9's value lists, from Faker or from any list published elsewhere.

A :class:`Gen` is the random source of one table (``random.Random`` seeded from :data:`SEED` and the table's builder
name). Identifiers are generated and then checked with ``python-stdnum`` where it has a module (a generator loops until
its value validates); the few identifiers python-stdnum does not know (German pension-insurance number, German
health-insurance number, Brazilian PIS, Russian SNILS, Polish identity-card number, ICCID) are computed here with their
published check-digit rules and checked by the ``*_ok`` functions below. Phones are drawn from per-region prefixes
written here, completed with random digits and kept only when ``phonenumbers`` says they are valid numbers of the
wanted type. Names, streets and cities are short hand-written lists per language or country, written for this set.
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
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.br import cnpj as _br_cnpj
from stdnum.br import cpf as _br_cpf
from stdnum.ca import sin as _ca_sin
from stdnum.cz import dic as _cz_dic
from stdnum.cz import rc as _cz_rc
from stdnum.de import idnr as _de_idnr
from stdnum.de import vat as _de_vat
from stdnum.dk import cpr as _dk_cpr
from stdnum.dk import cvr as _dk_cvr
from stdnum.es import dni as _es_dni
from stdnum.es import nie as _es_nie
from stdnum.fr import nir as _fr_nir
from stdnum.fr import siret as _fr_siret
from stdnum.gr import amka as _gr_amka
from stdnum.gr import vat as _gr_vat
from stdnum.ie import pps as _ie_pps
from stdnum.it import codicefiscale as _it_cf
from stdnum.it import iva as _it_iva
from stdnum.jp import cn as _jp_cn
from stdnum.nl import bsn as _nl_bsn
from stdnum.pl import nip as _pl_nip
from stdnum.pl import pesel as _pl_pesel
from stdnum.pl import regon as _pl_regon
from stdnum.ru import inn as _ru_inn
from stdnum.ru import ogrn as _ru_ogrn
from stdnum.se import orgnr as _se_orgnr
from stdnum.se import personnummer as _se_pnr
from stdnum.tr import tckimlik as _tr_tc
from stdnum.tr import vkn as _tr_vkn
from stdnum.us import ssn as _us_ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 10_100_2026
N = "none"
#: the label of a login handle or ERP user id: the classifier should put it in review (as in v5 to v9)
USERNAME = "unclassified"
#: NULL-like strings of legacy exports (``00000000`` is an empty SAP / Protheus date)
NULLISH: tuple[str, ...] = ("", "NULL", "null", "N/A", "n/a", "-", "#N/A", "(leer)", "?", "00000000")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.rnd = random.Random(f"v10:{SEED}:{table}")
        self.rows = rows

    # -- shaping -----------------------------------------------------------------------------------------------------

    def col(self, make: Callable[[], Any], nulls: float = 0.0) -> list[Any]:
        """``rows`` values of ``make()``, a share ``nulls`` of them NULL."""
        return [None if nulls and self.rnd.random() < nulls else make() for _ in range(self.rows)]

    def nullify(self, values: list[Any], nulls: float) -> list[Any]:
        return [None if self.rnd.random() < nulls else v for v in values]

    def pick(self, items: list[Any]) -> Callable[[], Any]:
        return lambda: self.rnd.choice(items)

    def each(self, items: list[Any], make: Callable[[Any], Any], nulls: float = 0.0) -> list[Any]:
        """``make(x)`` for each ``x`` of ``items`` (NULL stays NULL), a share ``nulls`` of them NULL."""
        return [None if x is None or (nulls and self.rnd.random() < nulls) else make(x) for x in items]

    def dirty(self, values: list[Any], nullish: float = 0.04, pad: float = 0.05, case: float = 0.0,
              empties: tuple[str, ...] = NULLISH[:8]) -> list[Any]:
        """Dirty text: some NULL-like strings, some padding, some values upper- or lower-cased."""
        out: list[Any] = []
        for v in values:
            if isinstance(v, str):
                r = self.rnd.random()
                if r < nullish:
                    v = self.rnd.choice(empties)
                elif r < nullish + pad:
                    v = " " + v if self.rnd.random() < 0.4 else v + self.rnd.choice([" ", "  ", "    "])
                elif case and r < nullish + pad + case:
                    v = v.upper() if self.rnd.random() < 0.75 else v.lower()
            out.append(v)
        return out

    def padded(self, values: list[Any], width: int) -> list[Any]:
        """Fixed-width CHAR values, as Protheus and other legacy systems store them (space-padded to ``width``)."""
        return [None if v is None else str(v)[:width].ljust(width) for v in values]

    # -- dates -------------------------------------------------------------------------------------------------------

    def birth(self, start: int = 1945, end: int = 2005) -> date:
        return date(start, 1, 1) + timedelta(days=self.rnd.randrange((date(end, 12, 31) - date(start, 1, 1)).days))

    def births(self, start: int = 1945, end: int = 2005) -> list[date]:
        return [self.birth(start, end) for _ in range(self.rows)]

    def day(self, start: str, end: str) -> date:
        a, b = date.fromisoformat(start), date.fromisoformat(end)
        return a + timedelta(days=self.rnd.randrange((b - a).days))

    def days(self, start: str, end: str) -> list[date]:
        return [self.day(start, end) for _ in range(self.rows)]

    def moment(self, start: str, days: int) -> datetime:
        return datetime.fromisoformat(start) + timedelta(seconds=self.rnd.randrange(days * 86_400))

    def moments(self, start: str, days: int) -> list[datetime]:
        return [self.moment(start, days) for _ in range(self.rows)]

    def fmt(self, dates: list[Any], formats: list[str], weights: list[float] | None = None) -> list[Any]:
        """Dates as text, each in one of ``formats``."""
        return [None if d is None else d.strftime(self.rnd.choices(formats, weights)[0]) for d in dates]

    # -- numbers and codes -------------------------------------------------------------------------------------------

    def digits(self, n: int, first: str = "123456789") -> str:
        return self.rnd.choice(first) + "".join(self.rnd.choice(string.digits) for _ in range(n - 1)) if n else ""

    def code(self, pattern: str) -> str:
        """``A`` an upper-case letter, ``a`` a lower-case letter, ``9`` a digit, ``x`` a hex digit, ``Z`` a letter or
        digit; anything else kept."""
        pools = {"A": string.ascii_uppercase, "a": string.ascii_lowercase, "9": string.digits, "x": "0123456789abcdef",
                 "Z": string.ascii_letters + string.digits}
        return "".join(self.rnd.choice(pools[ch]) if ch in pools else ch for ch in pattern)

    def valid(self, make: Callable[[], str], is_valid: Callable[[str], bool]) -> str:
        for _ in range(50_000):
            value = make()
            if is_valid(value):
                return value
        raise RuntimeError("no valid value generated")

    def keys(self, start: int, step: int = 1) -> list[int]:
        return list(range(start, start + step * self.rows, step))

    def ints(self, low: int, high: int) -> list[int]:
        return [self.rnd.randint(low, high) for _ in range(self.rows)]

    def amounts(self, low: float, high: float) -> list[float]:
        return [round(self.rnd.uniform(low, high), 2) for _ in range(self.rows)]

    def floats(self, low: float, high: float, places: int = 5) -> list[float]:
        return [round(self.rnd.uniform(low, high), places) for _ in range(self.rows)]

    def yn(self, yes: Any = "Y", no: Any = "N", p: float = 0.5) -> list[Any]:
        return [yes if self.rnd.random() < p else no for _ in range(self.rows)]

    def sha256(self) -> str:
        return hashlib.sha256(self.rnd.randbytes(24)).hexdigest()

    def sha1(self) -> str:
        return hashlib.sha1(self.rnd.randbytes(24)).hexdigest()

    def md5(self) -> str:
        return hashlib.md5(self.rnd.randbytes(24)).hexdigest()

    def uuid(self) -> str:
        return str(uuid.UUID(bytes=self.rnd.randbytes(16), version=4))

    def ipv4(self) -> str:
        first = self.rnd.choice([31, 37, 46, 62, 77, 78, 79, 80, 84, 85, 87, 88, 89, 91, 93, 94, 109, 176, 178, 185,
                                 188, 193, 212, 213, 217])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2a02:810d", "2001:16b8", "2a01:c23", "2003:e2", "2a00:1028", "2001:1c00"])
        return head + ":" + ":".join(f"{self.rnd.randrange(65536):x}" for _ in range(6))

    def cgnat(self) -> str:
        """A carrier-grade NAT address (100.64.0.0/10), as mobile networks hand out to subscribers."""
        return f"100.{self.rnd.randint(64, 127)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def version(self) -> str:
        return f"{self.rnd.randint(1, 6)}.{self.rnd.randint(0, 24)}.{self.rnd.randint(0, 40)}"

    def coord(self, lat: tuple[float, float], lon: tuple[float, float]) -> str:
        return f"{self.rnd.uniform(*lat):.6f},{self.rnd.uniform(*lon):.6f}"

    # -- devices (decoys: identifiers of a device, not of a kind in governance_dagster.kinds) -------------------------

    def mac(self, sep: str = ":", upper: bool = False) -> str:
        oui = self.rnd.choice(["f0:9f:c2", "b8:27:eb", "00:1a:11", "3c:71:bf", "a4:cf:12", "ec:fa:bc", "24:0a:c4",
                               "dc:a6:32", "00:17:88", "68:c6:3a"])
        text = oui + ":" + ":".join(f"{self.rnd.randrange(256):02x}" for _ in range(3))
        text = text.replace(":", sep)
        return text.upper() if upper else text

    def eui64(self) -> str:
        return "00:0d:6f:" + ":".join(f"{self.rnd.randrange(256):02x}" for _ in range(5))

    def imei(self, tac: list[str] | None = None) -> str:
        """A 15-digit IMEI: an 8-digit type allocation code, a 6-digit serial and a Luhn check digit."""
        body = self.rnd.choice(tac or ["35391110", "35875311", "86769204", "35332011", "01332700", "35467911"]) \
            + self.digits(6, string.digits)
        return body + luhn.calc_check_digit(body)

    def imsi(self, plmn: str) -> str:
        return plmn + self.digits(15 - len(plmn), string.digits)

    def iccid(self, prefix: str) -> str:
        """A 19- or 20-digit SIM serial (ICCID) starting ``89`` + country code, with a Luhn check digit."""
        body = prefix + self.digits(18 - len(prefix), string.digits)
        return body + luhn.calc_check_digit(body)

    # -- phones ------------------------------------------------------------------------------------------------------

    def phone(self, region: str, style: str = "national", mobile: bool = True) -> str:
        """A valid phone number of ``region`` written in ``style``: ``national``, ``intl``, ``e164``, ``00``,
        ``digits`` (E.164 without ``+``), ``local`` (national digits only), ``dashed`` (international with dashes),
        ``ext`` (national with an extension), ``slash`` (German ``0521/1234567``)."""
        number = self._number(region, mobile)
        fmt = phonenumbers.PhoneNumberFormat
        if style == "intl":
            return phonenumbers.format_number(number, fmt.INTERNATIONAL)
        if style == "e164":
            return phonenumbers.format_number(number, fmt.E164)
        if style == "00":
            return "00" + phonenumbers.format_number(number, fmt.E164)[1:]
        if style == "digits":
            return phonenumbers.format_number(number, fmt.E164)[1:]
        if style == "dashed":
            return phonenumbers.format_number(number, fmt.RFC3966).removeprefix("tel:")
        national = phonenumbers.format_number(number, fmt.NATIONAL)
        if style == "local":
            return "".join(ch for ch in national if ch.isdigit())
        if style == "ext":
            return national + self.rnd.choice([" ext. ", " x", " Durchwahl ", " -"]) + str(self.rnd.randint(10, 899))
        if style == "slash":  # the area code, a slash, the subscriber number: 0521/1234567
            return national.replace(" ", "/", 1).replace(" ", "")
        return national

    def _number(self, region: str, mobile: bool) -> phonenumbers.PhoneNumber:
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        accept = {kind, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
        example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
        size = len(str(example.national_number))
        prefixes = PHONE_PREFIXES.get(region, {}).get("mobile" if mobile else "fixed") or \
            [str(example.national_number)[:2]]
        for _ in range(3_000):
            prefix = self.rnd.choice(prefixes)
            lead_zero = prefix.startswith("0")
            length = self.rnd.choice([size - 1, size, size, size + 1])
            body = prefix.lstrip("0") + "".join(self.rnd.choice(string.digits)
                                                for _ in range(max(1, length - len(prefix.lstrip("0")))))
            candidate = phonenumbers.PhoneNumber(country_code=example.country_code, national_number=int(body),
                                                 italian_leading_zero=lead_zero or None)
            if phonenumbers.is_valid_number(candidate) and phonenumbers.number_type(candidate) in accept and \
                    phonenumbers.region_code_for_number(candidate) == region:
                return candidate
        raise RuntimeError(f"no valid {region} number generated")

    def phones(self, regions: list[str] | str, styles: dict[str, float], mobile: float = 1.0,
               nulls: float = 0.0) -> list[Any]:
        regions = [regions] if isinstance(regions, str) else regions
        names, weights = list(styles), list(styles.values())
        return self.col(lambda: self.phone(self.rnd.choice(regions), self.rnd.choices(names, weights)[0],
                                           self.rnd.random() < mobile), nulls)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


#: region -> leading digits of national numbers (written for v10: mobile ranges and area codes of real regions)
PHONE_PREFIXES: dict[str, dict[str, list[str]]] = {
    "DE": {"mobile": ["151", "152", "157", "160", "162", "170", "171", "172", "175", "176", "177", "178", "179"],
           "fixed": ["521", "251", "431", "941", "551", "441", "361", "731", "261", "371", "681", "331", "30", "40",
                     "89", "221", "69"]},
    "AT": {"mobile": ["650", "660", "664", "676", "680", "699"], "fixed": ["1", "316", "732", "662", "512"]},
    "CH": {"mobile": ["76", "77", "78", "79"], "fixed": ["44", "61", "31", "43"]},
    "GB": {"mobile": ["77", "78", "79", "74", "75"],
           "fixed": ["113", "1603", "29", "117", "1224", "114", "1392", "115", "1792", "1904", "20", "161"]},
    "IE": {"mobile": ["83", "85", "86", "87", "89"], "fixed": ["21", "91", "61", "42", "90", "1"]},
    "US": {"mobile": ["217", "937", "918", "208", "559", "912", "517", "402", "509", "865"],
           "fixed": ["217", "937", "918", "208", "559", "912", "517", "402", "509", "865"]},
    "NL": {"mobile": ["61", "62", "63", "64", "65"], "fixed": ["30", "50", "26", "76", "23", "24", "43", "15", "570",
                                                               "72"]},
    "BE": {"mobile": ["47", "48", "49"], "fixed": ["2", "3", "9"]},
    "IT": {"mobile": ["320", "328", "333", "338", "340", "347", "349", "366", "380", "392"],
           "fixed": ["035", "059", "045", "049", "080", "095", "011", "010", "050", "071"]},
    "ES": {"mobile": ["6", "7"], "fixed": ["976", "983", "94", "95", "968", "96", "986", "985", "958", "948"]},
    "BR": {"mobile": ["319", "519", "419", "719", "859", "929", "849", "279", "169", "159", "119", "219"],
           "fixed": ["313", "513", "413", "713", "853", "923", "843", "273", "163", "153", "113", "213"]},
    "FR": {"mobile": ["6", "7"], "fixed": ["2", "4", "3", "5", "1"]},
    "PL": {"mobile": ["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"],
           "fixed": ["12", "71", "61", "42", "32", "91", "89", "41", "52", "48"]},
    "CZ": {"mobile": ["60", "72", "73", "77", "79"], "fixed": ["2", "5", "59", "46"]},
    "SK": {"mobile": ["90", "91", "94"], "fixed": ["2"]},
    "TR": {"mobile": ["50", "53", "54", "55"],
           "fixed": ["312", "232", "224", "242", "332", "322", "342", "352", "324", "212", "216"]},
    "JP": {"mobile": ["70", "80", "90"], "fixed": ["45", "52", "75", "78", "48", "43", "93", "53", "96", "25", "3",
                                                   "6"]},
    "RU": {"mobile": ["903", "905", "910", "915", "916", "925", "926", "950", "960", "977", "985"],
           "fixed": ["383", "831", "351", "381", "863", "347", "391", "844", "845", "341", "495", "812"]},
    "GR": {"mobile": ["69"], "fixed": ["21", "231", "2241", "2821", "2661", "2310"]},
    "SE": {"mobile": ["70", "72", "73", "76"], "fixed": ["31", "40", "18", "13", "11", "42", "46", "26", "60"]},
    "DK": {"mobile": ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42", "50",
                      "51", "52", "53", "60", "61"], "fixed": ["3", "4", "5", "6", "7", "8", "9"]},
    "PT": {"mobile": ["91", "92", "93", "96"], "fixed": ["21", "22", "239", "289"]},
    "NO": {"mobile": ["4", "9"], "fixed": ["2", "5", "7"]},
    "CA": {"mobile": ["416", "514", "604", "403", "613"], "fixed": ["416", "514", "604", "403", "613"]},
    "MX": {"mobile": ["33", "55", "81", "222"], "fixed": ["33", "55", "81", "222"]},
}


# -- names, cities, streets (written for v10) --------------------------------------------------------------------------

#: language -> (male given names, female given names, family names); a family name is a (masculine, feminine) pair
#: where the language inflects it by sex
NAMES: dict[str, tuple[list[str], list[str], list[Any]]] = {
    "de": (["Torsten", "Dirk", "Jörg", "Sven", "Uwe", "Frank", "Holger", "Kai", "Niklas", "Tobias", "Björn", "Stefan"],
           ["Anke", "Sabine", "Heike", "Katrin", "Birgit", "Maren", "Silke", "Jana", "Mareike", "Dörte", "Svenja",
            "Annika"],
           ["Schulze", "Krüger", "Hoffmann", "Neumann", "Schröder", "Zimmermann", "Hartmann", "Köhler", "Lange",
            "Vogt", "Kaiser", "Pohl", "Böhm", "Franke", "Albrecht", "Winkler", "Lorenz", "Seidel", "Brandt", "Haas"]),
    "gb": (["Gareth", "Callum", "Rhys", "Alastair", "Dominic", "Nathaniel", "Owen", "Rupert", "Jamal", "Tobias"],
           ["Imogen", "Bethan", "Harriet", "Niamh", "Poppy", "Rosalind", "Freya", "Aisha", "Eleanor", "Siân"],
           ["Whitfield", "Pemberton", "Ashworth", "Llewellyn", "Okonkwo", "Hargreaves", "Fairbairn", "Cartwright",
            "Thackeray", "Bannerman", "Choudhury", "McAllister", "Rowntree", "Penhaligon"]),
    "us": (["Tyler", "Brandon", "DeShawn", "Cody", "Marcus", "Travis", "Hector", "Wyatt", "Caleb", "Jerome"],
           ["Brittany", "Shanice", "Kayla", "Mackenzie", "Latoya", "Destiny", "Rosa", "Brianna", "Courtney", "Tamika"],
           ["Washington", "Kowalski", "Delgado", "Hutchinson", "Nakamura", "Okafor", "Brewer", "McCoy", "Castellano",
            "Lindgren", "Jefferson", "Abernathy", "Tran", "Goldberg"]),
    "nl": (["Sjoerd", "Maarten", "Joost", "Pieter", "Rutger", "Gijs", "Teun", "Wessel", "Koen", "Hidde"],
           ["Marloes", "Ineke", "Annemieke", "Sietske", "Floor", "Lieke", "Jorien", "Maud", "Esmée", "Roos"],
           ["van den Berg", "de Jong", "Mulder", "de Boer", "Kuipers", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
            "de Graaf", "Postma", "Vermeulen", "Schouten", "van der Meer"]),
    "it": (["Lorenzo", "Alessandro", "Gianluca", "Stefano", "Fabrizio", "Emanuele", "Tommaso", "Pietro", "Massimo",
            "Nicola"],
           ["Francesca", "Elisa", "Serena", "Martina", "Valentina", "Roberta", "Beatrice", "Silvia", "Claudia",
            "Arianna"],
           ["Romano", "Ricci", "Bruno", "Gallo", "Costa", "Lombardi", "Moretti", "Barbieri", "Rinaldi", "Caruso",
            "Ferraro", "Santoro", "Marchetti", "Villa"]),
    "es": (["Álvaro", "Javier", "Iñaki", "Sergio", "Rubén", "Marcos", "Adrián", "Jorge", "Pablo", "Íker"],
           ["Lucía", "Nerea", "Ainhoa", "Marta", "Irene", "Rocío", "Carmen", "Paula", "Alba", "Begoña"],
           ["García", "Fernández", "Martínez", "López", "Sánchez", "Gómez", "Ruiz", "Navarro", "Iglesias", "Castro",
            "Ortega", "Delgado", "Etxeberria", "Vidal"]),
    "br": (["João Pedro", "Lucas", "Matheus", "Gustavo", "Leonardo", "Guilherme", "Rodrigo", "Eduardo", "Henrique",
            "Otávio"],
           ["Ana Clara", "Camila", "Isabela", "Fernanda", "Gabriela", "Luana", "Bruna", "Vitória", "Raquel", "Tatiane"],
           ["Silva", "Santos", "Lima", "Gomes", "Costa", "Rocha", "Dias", "Martins", "Fonseca", "Azevedo", "Cardoso",
            "Monteiro", "Freitas", "Ramos"]),
    "fr": (["Thibault", "Guillaume", "Benoît", "Aurélien", "Mathieu", "Julien", "Rémi", "Nicolas", "Yannick", "Loïc"],
           ["Camille", "Manon", "Élodie", "Pauline", "Sandrine", "Margaux", "Aurélie", "Océane", "Capucine", "Gaëlle"],
           ["Lefebvre", "Moreau", "Girard", "Fournier", "Mercier", "Bonnet", "Lambert", "Fontaine", "Chevalier",
            "Rousseau", "Garnier", "Faure", "Dubois", "Leclerc"]),
    "pl": (["Krzysztof", "Tomasz", "Marcin", "Piotr", "Łukasz", "Michał", "Jakub", "Wojciech", "Rafał", "Adam"],
           ["Katarzyna", "Joanna", "Magdalena", "Ewa", "Anna", "Dorota", "Justyna", "Aleksandra", "Monika", "Barbara"],
           [("Nowak", "Nowak"), ("Kowalczyk", "Kowalczyk"), ("Jankowski", "Jankowska"), ("Mazur", "Mazur"),
            ("Krawczyk", "Krawczyk"), ("Piotrowski", "Piotrowska"), ("Grabowski", "Grabowska"),
            ("Pawłowski", "Pawłowska"), ("Michalski", "Michalska"), ("Król", "Król"), ("Wieczorek", "Wieczorek"),
            ("Jabłoński", "Jabłońska")]),
    "cs": (["Jan", "Petr", "Pavel", "Jiří", "Lukáš", "Vojtěch", "Marek", "David", "Radek", "Michal"],
           ["Jana", "Eva", "Hana", "Lenka", "Petra", "Markéta", "Barbora", "Klára", "Michaela", "Alena"],
           [("Novák", "Nováková"), ("Novotný", "Novotná"), ("Němec", "Němcová"), ("Marek", "Marková"),
            ("Pospíšil", "Pospíšilová"), ("Hájek", "Hájková"), ("Jelínek", "Jelínková"), ("Král", "Králová"),
            ("Růžička", "Růžičková"), ("Beneš", "Benešová"), ("Fiala", "Fialová"), ("Sedláček", "Sedláčková")]),
    "tr": (["Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "Murat", "Serkan", "Oğuz"],
           ["Fatma", "Emine", "Hatice", "Merve", "Gülsüm", "Esra", "Derya", "Sibel", "Tuğba", "Özlem"],
           ["Koç", "Kurt", "Özdemir", "Aslan", "Kılıç", "Polat", "Erdoğan", "Güneş", "Karaca", "Turan", "Acar",
            "Bulut", "Keskin", "Ünal"]),
    "ru": (["Михаил", "Андрей", "Николай", "Павел", "Владимир", "Евгений", "Роман", "Константин", "Игорь", "Юрий"],
           ["Татьяна", "Наталья", "Елена", "Ирина", "Светлана", "Юлия", "Ксения", "Алина", "Виктория", "Людмила"],
           [("Иванов", "Иванова"), ("Петров", "Петрова"), ("Новиков", "Новикова"), ("Фёдоров", "Фёдорова"),
            ("Михайлов", "Михайлова"), ("Васильев", "Васильева"), ("Зайцев", "Зайцева"), ("Павлов", "Павлова"),
            ("Семёнов", "Семёнова"), ("Голубев", "Голубева"), ("Виноградов", "Виноградова"),
            ("Богданов", "Богданова")]),
    "el": (["Αλέξανδρος", "Παναγιώτης", "Βασίλειος", "Χρήστος", "Ευάγγελος", "Σπυρίδων", "Αθανάσιος", "Ηλίας",
            "Στέφανος", "Θεόδωρος"],
           ["Αικατερίνη", "Βασιλική", "Ευαγγελία", "Γεωργία", "Δέσποινα", "Παρασκευή", "Χρυσούλα", "Αναστασία",
            "Ιωάννα", "Σταυρούλα"],
           [("Παπαδόπουλος", "Παπαδοπούλου"), ("Κωνσταντίνου", "Κωνσταντίνου"), ("Μακρής", "Μακρή"),
            ("Καραγιάννης", "Καραγιάννη"), ("Παπανικολάου", "Παπανικολάου"), ("Λαμπρόπουλος", "Λαμπροπούλου"),
            ("Σταυρόπουλος", "Σταυροπούλου"), ("Αλεξίου", "Αλεξίου"), ("Μιχαηλίδης", "Μιχαηλίδου"),
            ("Τσολάκης", "Τσολάκη")]),
    "sv": (["Anders", "Per", "Johan", "Erik", "Lars", "Mikael", "Fredrik", "Henrik", "Jonas", "Gustav"],
           ["Karin", "Annika", "Linnea", "Sofia", "Emma", "Helena", "Ebba", "Kristina", "Lena", "Matilda"],
           ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
            "Gustafsson", "Pettersson", "Lundgren", "Sjöberg", "Wallin"]),
    "da": (["Søren", "Rasmus", "Mikkel", "Anders", "Jesper", "Morten", "Kasper", "Frederik", "Nikolaj", "Thomas"],
           ["Mette", "Louise", "Camilla", "Sofie", "Signe", "Anne", "Trine", "Line", "Ida", "Maria"],
           ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
            "Jørgensen", "Madsen", "Kristensen", "Østergaard", "Dahl"]),
    "pt": (["Tiago", "Rui", "Nuno", "Duarte"], ["Inês", "Beatriz", "Catarina", "Leonor"],
           ["Ferreira", "Carvalho", "Sousa", "Pinto", "Correia", "Mendes"]),
    "no": (["Håkon", "Sindre", "Eirik", "Vegard"], ["Ingrid", "Solveig", "Kari", "Sigrid"],
           ["Bakken", "Haugland", "Strand", "Lie", "Berge", "Dahle"]),
    "fi": (["Juha", "Mikko", "Antti", "Ville"], ["Sanna", "Heidi", "Johanna", "Tiina"],
           ["Virtanen", "Lehtonen", "Heikkinen", "Laine", "Koskinen", "Järvinen"]),
    "mx": (["José Luis", "Juan Carlos", "Alejandro", "Ricardo"], ["Guadalupe", "Mariana", "Daniela", "Alejandra"],
           ["Hernández", "Ramírez", "Flores", "Morales", "Vázquez", "Jiménez"]),
    "ca": (["Étienne", "Mathieu", "Connor", "Liam"], ["Geneviève", "Chloé", "Madison", "Avery"],
           ["Tremblay", "Gagnon", "Bouchard", "MacDonald", "Campbell", "Côté"]),
}
RU_PATRONYMIC: list[tuple[str, str]] = [
    ("Михайлович", "Михайловна"), ("Андреевич", "Андреевна"), ("Николаевич", "Николаевна"), ("Павлович", "Павловна"),
    ("Владимирович", "Владимировна"), ("Евгеньевич", "Евгеньевна"), ("Романович", "Романовна"),
    ("Константинович", "Константиновна"), ("Игоревич", "Игоревна"), ("Юрьевич", "Юрьевна")]
#: Japanese names: (kanji, katakana reading, romaji)
JA_MALE = [("翔太", "ショウタ", "Shota"), ("大輔", "ダイスケ", "Daisuke"), ("健一", "ケンイチ", "Kenichi"),
           ("直樹", "ナオキ", "Naoki"), ("亮", "リョウ", "Ryo"), ("隆", "タカシ", "Takashi"), ("浩二", "コウジ", "Koji")]
JA_FEMALE = [("由美", "ユミ", "Yumi"), ("陽子", "ヨウコ", "Yoko"), ("真由美", "マユミ", "Mayumi"), ("彩", "アヤ", "Aya"),
             ("千尋", "チヒロ", "Chihiro"), ("恵", "メグミ", "Megumi"), ("奈々", "ナナ", "Nana")]
JA_LAST = [("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
           ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
           ("林", "ハヤシ", "Hayashi"), ("清水", "シミズ", "Shimizu"), ("山崎", "ヤマザキ", "Yamazaki"),
           ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto")]

#: country -> (city, leading digits or letters of its postal codes)
CITIES: dict[str, list[tuple[str, str]]] = {
    "DE": [("Bielefeld", "336"), ("Münster", "481"), ("Kiel", "241"), ("Regensburg", "930"), ("Göttingen", "370"),
           ("Oldenburg", "261"), ("Erfurt", "990"), ("Ulm", "890"), ("Koblenz", "560"), ("Chemnitz", "091"),
           ("Saarbrücken", "661"), ("Potsdam", "144")],
    "AT": [("Wien", "1"), ("Graz", "8"), ("Linz", "4"), ("Salzburg", "5"), ("Innsbruck", "6"), ("Klagenfurt", "9")],
    "CH": [("Zürich", "80"), ("Basel", "40"), ("Bern", "30"), ("Winterthur", "84")],
    "GB": [("Leeds", "LS"), ("Norwich", "NR"), ("Cardiff", "CF"), ("Bristol", "BS"), ("Aberdeen", "AB"),
           ("Sheffield", "S"), ("Exeter", "EX"), ("Nottingham", "NG"), ("Swansea", "SA"), ("York", "YO")],
    "IE": [("Cork", "T12"), ("Galway", "H91"), ("Limerick", "V94"), ("Dundalk", "A91"), ("Athlone", "N37")],
    "US": [("Springfield", "627"), ("Dayton", "454"), ("Tulsa", "741"), ("Boise", "837"), ("Fresno", "937"),
           ("Savannah", "314"), ("Lansing", "489"), ("Omaha", "681"), ("Spokane", "992"), ("Knoxville", "379")],
    "NL": [("Utrecht", "35"), ("Groningen", "97"), ("Arnhem", "68"), ("Breda", "48"), ("Haarlem", "20"),
           ("Nijmegen", "65"), ("Maastricht", "62"), ("Delft", "26"), ("Deventer", "74"), ("Alkmaar", "18")],
    "BE": [("Antwerpen", "20"), ("Brugge", "80"), ("Aalst", "93")],
    "IT": [("Bergamo", "241"), ("Modena", "411"), ("Verona", "371"), ("Padova", "351"), ("Bari", "701"),
           ("Catania", "951"), ("Torino", "101"), ("Genova", "161"), ("Pisa", "561"), ("Ancona", "601")],
    "ES": [("Zaragoza", "50"), ("Valladolid", "47"), ("Bilbao", "48"), ("Málaga", "29"), ("Murcia", "30"),
           ("Alicante", "03"), ("Vigo", "36"), ("Gijón", "33"), ("Granada", "18"), ("Pamplona", "31")],
    "BR": [("Belo Horizonte", "30"), ("Porto Alegre", "90"), ("Curitiba", "80"), ("Salvador", "40"),
           ("Fortaleza", "60"), ("Manaus", "69"), ("Natal", "59"), ("Vitória", "29"), ("Ribeirão Preto", "14"),
           ("Sorocaba", "18")],
    "FR": [("Nantes", "44"), ("Rennes", "35"), ("Montpellier", "34"), ("Grenoble", "38"), ("Dijon", "21"),
           ("Reims", "51"), ("Tours", "37"), ("Limoges", "87"), ("Angers", "49"), ("Besançon", "25")],
    "PL": [("Kraków", "3"), ("Wrocław", "5"), ("Poznań", "6"), ("Łódź", "9"), ("Katowice", "4"), ("Szczecin", "7"),
           ("Olsztyn", "10"), ("Kielce", "25"), ("Bydgoszcz", "8"), ("Radom", "26")],
    "CZ": [("Brno", "6"), ("Ostrava", "7"), ("Pardubice", "53"), ("České Budějovice", "37"), ("Ústí nad Labem", "40"),
           ("Jihlava", "58"), ("Karlovy Vary", "36"), ("Kladno", "27"), ("Opava", "74"), ("Teplice", "41")],
    "SK": [("Bratislava", "8"), ("Trnava", "91"), ("Banská Bystrica", "97")],
    "TR": [("Ankara", "06"), ("İzmir", "35"), ("Bursa", "16"), ("Antalya", "07"), ("Konya", "42"), ("Adana", "01"),
           ("Gaziantep", "27"), ("Kayseri", "38"), ("Mersin", "33"), ("Diyarbakır", "21")],
    "RU": [("Новосибирск", "630"), ("Нижний Новгород", "603"), ("Челябинск", "454"), ("Омск", "644"),
           ("Ростов-на-Дону", "344"), ("Уфа", "450"), ("Красноярск", "660"), ("Волгоград", "400"), ("Саратов", "410"),
           ("Ижевск", "426")],
    "GR": [("Αθήνα", "10"), ("Θεσσαλονίκη", "54"), ("Πειραιάς", "18"), ("Ρόδος", "851"), ("Χανιά", "731"),
           ("Κέρκυρα", "491"), ("Σέρρες", "621"), ("Τρίκαλα", "421"), ("Καλαμάτα", "241"), ("Ξάνθη", "671")],
    "SE": [("Göteborg", "41"), ("Malmö", "21"), ("Uppsala", "75"), ("Linköping", "58"), ("Norrköping", "60"),
           ("Helsingborg", "25"), ("Lund", "22"), ("Gävle", "80"), ("Sundsvall", "85"), ("Luleå", "97")],
    "DK": [("Aarhus", "8"), ("Odense", "5"), ("Roskilde", "40"), ("Kolding", "60"), ("Randers", "89"),
           ("Silkeborg", "86"), ("Herning", "74"), ("Næstved", "47"), ("Fredericia", "70"), ("Viborg", "88")],
    "PT": [("Braga", "47"), ("Coimbra", "30"), ("Aveiro", "38"), ("Faro", "80")],
    "NO": [("Drammen", "30"), ("Kristiansand", "46"), ("Ålesund", "60"), ("Bodø", "80")],
    "FI": [("Turku", "20"), ("Lahti", "15"), ("Pori", "28"), ("Vaasa", "65")],
    "CA": [("Laval", "H7"), ("Gatineau", "J8"), ("Kelowna", "V1"), ("Halifax", "B3")],
    "MX": [("Zapopan", "45"), ("Toluca", "50"), ("Saltillo", "25"), ("Hermosillo", "83")],
}

#: language -> street names (each a street or road of that language area, written for v10)
STREETS: dict[str, list[str]] = {
    "de": ["Lindenweg", "Goethestraße", "Am Mühlbach", "Hauptstraße", "Bahnhofstr.", "Schillerplatz",
           "Eichendorffweg", "Ringstraße", "Kirchplatz", "Waldstraße", "Gartenstraße", "Am Sportplatz"],
    "gb": ["High Street", "Station Road", "Victoria Road", "Church Lane", "Mill Lane", "Park Avenue", "Queens Road",
           "The Crescent", "Manor Way", "Albert Street"],
    "us": ["Maple Ave", "Oak St", "W 3rd St", "Pine Ridge Rd", "Lincoln Blvd", "Elm Street", "Cedar Ln", "N Main St",
           "Jefferson Ave", "Sunset Dr"],
    "nl": ["Dorpsstraat", "Julianalaan", "Beatrixstraat", "Schoolstraat", "Nieuwe Gracht", "Oranjelaan",
           "Prinsengracht", "Vondelstraat", "Zuiderweg", "Kastanjelaan"],
    "it": ["Via Roma", "Via Mazzini", "Corso Italia", "Via Cavour", "Viale Europa", "Via Dante Alighieri",
           "Piazza della Repubblica", "Via dei Mille", "Via XX Settembre", "Via Verdi"],
    "es": ["Calle Mayor", "Avenida de la Constitución", "Calle Real", "Paseo de la Castellana", "Calle San Vicente",
           "Plaza de España", "Calle del Carmen", "Avenida Diagonal", "Calle Alcalá", "Rúa do Franco"],
    "br": ["Rua Augusta", "Av. Paulista", "Rua da Consolação", "Rua Sete de Abril", "Av. Brasil", "Rua Tiradentes",
           "Av. Getúlio Vargas", "Rua Dom Pedro II", "Rua Marechal Deodoro", "Av. Santos Dumont"],
    "fr": ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Gambetta",
           "place de la Mairie", "rue des Lilas", "allée des Tilleuls", "rue Pasteur", "chemin des Vignes",
           "impasse du Moulin"],
    "pl": ["ul. Mickiewicza", "ul. Słowackiego", "ul. Polna", "ul. Długa", "ul. Krótka", "ul. Sienkiewicza",
           "al. Jana Pawła II", "ul. Kwiatowa", "ul. Leśna", "ul. Szkolna"],
    "cs": ["Masarykova", "Nádražní", "Školní", "Zahradní", "Lidická", "Jiráskova", "Tyršova", "Sokolská", "Pražská",
           "Smetanova"],
    "tr": ["Bağdat Cad.", "İstiklal Cad.", "Kazım Karabekir Cad.", "Fevzi Çakmak Mah. Gül Sok.", "Barbaros Bulvarı",
           "Mimar Sinan Mah. Lale Sok.", "Menderes Cad.", "Yunus Emre Mah. Papatya Sok.", "Ziya Gökalp Cad.",
           "Osmangazi Mah. Çam Sok."],
    "ru": ["ул. Ленина", "ул. Гагарина", "ул. Мира", "пр-т Победы", "ул. Советская", "ул. Молодёжная", "ул. Кирова",
           "ул. Чехова", "ул. Лесная", "ул. Набережная"],
    "el": ["Αγίου Δημητρίου", "Εγνατίας", "Λεωφόρος Συγγρού", "Μητροπόλεως", "Αριστοτέλους", "Κολοκοτρώνη",
           "Πατησίων", "Σόλωνος", "Τσιμισκή", "Παπαναστασίου"],
    "sv": ["Drottninggatan", "Vasagatan", "Skolvägen", "Ringvägen", "Järnvägsgatan", "Parkvägen", "Kyrkogatan",
           "Södra vägen", "Idrottsvägen", "Ängsvägen"],
    "da": ["Vestergade", "Østergade", "Søndergade", "Nørregade", "Skovvej", "Kirkevej", "Strandvejen", "Bakkevej",
           "Engvej", "Rosenvænget"],
    "pt": ["Rua do Carmo", "Avenida da Liberdade", "Rua de Santa Catarina", "Travessa do Forno"],
    "no": ["Storgata", "Kirkeveien", "Skolegata", "Fjellveien"],
    "fi": ["Hämeenkatu", "Aleksanterinkatu", "Koulukatu", "Puistotie"],
    "ca": ["rue Sherbrooke", "King Street W", "boulevard Saint-Laurent", "Jasper Ave"],
    "mx": ["Av. Juárez", "Calle Hidalgo", "Av. Revolución", "Calle Morelos"],
}
#: Japanese places: (prefecture, city, city in romaji, district, district in romaji, postal-code lead)
JA_PLACES = [("神奈川県", "横浜市", "Yokohama-shi", "港北区日吉本町", "Hiyoshihoncho, Kohoku-ku", "223"),
             ("愛知県", "名古屋市", "Nagoya-shi", "中区栄", "Sakae, Naka-ku", "460"),
             ("京都府", "京都市", "Kyoto-shi", "左京区北白川", "Kitashirakawa, Sakyo-ku", "606"),
             ("兵庫県", "神戸市", "Kobe-shi", "東灘区住吉本町", "Sumiyoshihoncho, Higashinada-ku", "658"),
             ("埼玉県", "さいたま市", "Saitama-shi", "浦和区高砂", "Takasago, Urawa-ku", "330"),
             ("千葉県", "千葉市", "Chiba-shi", "美浜区幸町", "Saiwaicho, Mihama-ku", "261"),
             ("福岡県", "北九州市", "Kitakyushu-shi", "小倉北区京町", "Kyomachi, Kokurakita-ku", "802"),
             ("熊本県", "熊本市", "Kumamoto-shi", "中央区水前寺", "Suizenji, Chuo-ku", "862"),
             ("静岡県", "浜松市", "Hamamatsu-shi", "中央区板屋町", "Itayamachi, Chuo-ku", "430"),
             ("新潟県", "新潟市", "Niigata-shi", "中央区古町通", "Furumachidori, Chuo-ku", "951")]


def person(g: Gen, lang: str, female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``."""
    men, women, families = NAMES[lang]
    female = g.rnd.random() < 0.5 if female is None else female
    family = g.rnd.choice(families)
    if isinstance(family, tuple):
        family = family[1 if female else 0]
    return g.rnd.choice(women if female else men), family


def people(g: Gen, lang: str | list[str], sexes: list[bool] | None = None) -> tuple[list[str], list[str]]:
    """Given and family names of every row, each row's language drawn from ``lang``."""
    langs = [lang] if isinstance(lang, str) else lang
    pairs = [person(g, g.rnd.choice(langs), None if sexes is None else sexes[i]) for i in range(g.rows)]
    return [a for a, _ in pairs], [b for _, b in pairs]


def whole(g: Gen, lang: str) -> str:
    return " ".join(person(g, lang))


def sexes(g: Gen, female: float = 0.5) -> list[bool]:
    return [g.rnd.random() < female for _ in range(g.rows)]


def city(g: Gen, country: str) -> tuple[str, str]:
    """A (city, postal-code lead) pair of ``country``."""
    return g.rnd.choice(CITIES[country])


def postal(g: Gen, country: str, lead: str | None = None) -> str:
    """A postal code of ``country`` in its usual layout, starting with ``lead`` when given."""
    lead = lead if lead is not None else city(g, country)[1]

    def fill(n: int) -> str:
        return (lead + "".join(g.rnd.choice(string.digits) for _ in range(n)))[:n] if len(lead) < n else lead[:n]

    if country == "DE":
        return fill(5)
    if country in {"AT", "CH", "DK", "BE", "NO"}:
        return fill(4)
    if country in {"IT", "ES", "FR", "TR", "US", "MX", "FI"}:
        return fill(5)
    if country == "NL":
        return fill(4) + " " + g.code("AA").replace("S", "T")
    if country == "BR":
        d = fill(8)
        return f"{d[:5]}-{d[5:]}"
    if country == "PL":
        d = fill(5)
        return f"{d[:2]}-{d[2:]}"
    if country in {"CZ", "SK", "SE", "GR"}:
        d = fill(5)
        return f"{d[:3]} {d[3:]}"
    if country == "RU":
        return fill(6)
    if country == "JP":
        d = fill(7)
        return f"{d[:3]}-{d[3:]}"
    if country == "PT":
        d = fill(7)
        return f"{d[:4]}-{d[4:]}"
    if country == "GB":
        return f"{lead}{g.rnd.randint(1, 19)} {g.rnd.randint(1, 9)}{g.code('AA').replace('C', 'D').replace('I', 'J')}"
    if country == "IE":
        return f"{lead} {g.code('A9A9').replace('O', 'P').replace('I', 'K')}"
    if country == "CA":
        return f"{lead}{g.code('A')} {g.code('9A9')}"
    raise ValueError(country)


def street(g: Gen, lang: str, with_number: bool = True) -> str:
    """A street line in the usual layout of ``lang``."""
    s = g.rnd.choice(STREETS[lang])
    n = g.rnd.randint(1, 220)
    if not with_number:
        return s
    if lang in {"gb", "us", "fr", "ca"}:
        extra = ""
        if lang == "us" and g.rnd.random() < 0.25:
            extra = f" Apt {g.rnd.randint(1, 40)}{g.rnd.choice(['', 'B', 'C'])}"
        if lang == "gb" and g.rnd.random() < 0.2:
            return f"Flat {g.rnd.randint(1, 30)}, {n} {s}"
        if lang == "fr" and g.rnd.random() < 0.15:
            return f"{n} bis {s}"
        return f"{n} {s}{extra}"
    if lang == "br":
        return f"{s}, {n}" + (f", apto {g.rnd.randint(11, 1804)}" if g.rnd.random() < 0.3 else "")
    if lang == "es":
        return f"{s}, {n}" + (f", {g.rnd.randint(1, 9)}º {g.rnd.choice('ABCD')}" if g.rnd.random() < 0.5 else "")
    if lang == "it":
        return g.rnd.choice([f"{s} {n}", f"{s}, {n}", f"{s} {n}/{g.rnd.choice('ABC')}"])
    if lang == "tr":
        return f"{s} No:{n}" + (f" D:{g.rnd.randint(1, 24)}" if g.rnd.random() < 0.6 else "")
    if lang == "ru":
        return f"{s}, д. {n}" + (f", кв. {g.rnd.randint(1, 240)}" if g.rnd.random() < 0.8 else "")
    if lang == "sv":
        return f"{s} {n}" + (f" lgh {g.rnd.randint(1001, 1304)}" if g.rnd.random() < 0.3 else "")
    if lang == "da":
        return f"{s} {n}" + (f", {g.rnd.randint(1, 5)}. {g.rnd.choice(['tv', 'th', 'mf'])}." if g.rnd.random() < 0.35
                             else "")
    if lang == "de":
        return f"{s} {n}{g.rnd.choice(['', '', '', 'a', 'b'])}"
    if lang == "cs":
        return f"{s} {g.rnd.randint(100, 3200)}/{g.rnd.randint(1, 60)}"
    if lang == "pl":
        return f"{s} {n}" + (f"/{g.rnd.randint(1, 80)}" if g.rnd.random() < 0.5 else "")
    return f"{s} {n}"


def ja_place(g: Gen) -> tuple[str, str, str, str, str, str]:
    return g.rnd.choice(JA_PLACES)


def ja_address(g: Gen, place: tuple[str, ...] | None = None, romaji: bool = False, with_city: bool = True) -> str:
    """A Japanese street address (banchi) in ``place``: kanji ``県市区町丁目番号`` or romaji ``3-12-5 District, Ward``."""
    pref, city_, _, district, district_latn, _ = place or ja_place(g)
    a, b, c_ = g.rnd.randint(1, 6), g.rnd.randint(1, 30), g.rnd.randint(1, 25)
    if romaji:
        return f"{a}-{b}-{c_} {district_latn}"
    head = pref + city_ if with_city else ""
    tail = g.rnd.choice([f"{a}丁目{b}番{c_}号", f"{a}-{b}-{c_}"])
    room = f" {g.rnd.choice(['グリーンハイツ', 'メゾン桜', 'サンライズ'])}{g.rnd.randint(1, 9)}0{g.rnd.randint(1, 9)}号室" \
        if g.rnd.random() < 0.3 else ""
    return head + district + tail + room


def wareki(d: date, short: bool = False) -> str:
    """A date in the Japanese era calendar: ``昭和59年3月12日`` or ``S59.03.12``."""
    for start, name, letter in ((date(2019, 5, 1), "令和", "R"), (date(1989, 1, 8), "平成", "H"),
                                (date(1926, 12, 25), "昭和", "S")):
        if d >= start:
            year = d.year - start.year + 1
            return f"{letter}{year:02d}.{d.month:02d}.{d.day:02d}" if short else f"{name}{year}年{d.month}月{d.day}日"
    raise ValueError(d)


_FOLD = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "å": "a", "ł": "l", "đ": "d", "ı": "i", "'": "", " ": ""})


def plain(s: str) -> str:
    """``s`` lower-cased and reduced to ASCII letters (Latin names only), for e-mail local parts and user ids."""
    folded = unicodedata.normalize("NFKD", s.lower().translate(_FOLD))
    return "".join(ch for ch in folded if ch.isascii() and ch.isalnum()) or "x"


_CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                 "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
_GRK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊΐ",
                ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t",
                 "y", "f", "ch", "ps", "o", "a", "e", "i", "i", "o", "y", "o", "i", "i"]))


def latin(s: str) -> str:
    """A rough romanization of Cyrillic and Greek (for e-mail local parts)."""
    text = s.lower().replace("ου", "ou").replace("ού", "ou")
    return "".join(_CYR.get(ch, _GRK.get(ch, ch)) for ch in text)


def email(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(latin(first)), plain(latin(last))
    local = g.rnd.choice([f"{a}.{b}", f"{a}{b[:1]}", f"{a[:1]}.{b}", f"{b}.{a}{g.rnd.randint(1, 99)}",
                          f"{a}_{b}", f"{a}{g.rnd.randint(1960, 2006)}", f"{a[:1]}{b}"])
    return f"{local}@{g.rnd.choice(domains)}"


def emails(g: Gen, firsts: list[Any], lasts: list[Any], domains: list[str], nulls: float = 0.0) -> list[Any]:
    return [None if a is None or b is None or (nulls and g.rnd.random() < nulls) else email(g, a, b, domains)
            for a, b in zip(firsts, lasts)]


def work_email(first: str, last: str, domain: str) -> str:
    return f"{plain(latin(first))}.{plain(latin(last))}@{domain}"


def sap_user(first: str, last: str) -> str:
    """An SAP user id: the family name, upper-cased, cut to 11 letters, plus the given name's initial."""
    return (plain(last).upper()[:11] + plain(first).upper()[:1])


def handle(g: Gen, first: str, last: str) -> str:
    a, b = plain(latin(first)), plain(latin(last))
    return g.rnd.choice([f"{a[:1]}{b}", f"{a}.{b}", f"{b}{a[:2]}", f"{a}{g.rnd.randint(1, 99)}"])


def card(g: Gen, spaced: bool = False) -> str:
    prefix = g.rnd.choice(["4", "4", "51", "52", "55", "2221", "34", "37"])
    length = 15 if prefix in {"34", "37"} else 16
    body = prefix + "".join(g.rnd.choice(string.digits) for _ in range(length - len(prefix) - 1))
    number = body + luhn.calc_check_digit(body)
    if spaced:
        return " ".join(number[i:i + 4] for i in range(0, len(number), 4))
    return number


# -- IBANs -------------------------------------------------------------------------------------------------------------

#: country -> BBAN pattern (``9`` digit, ``A`` letter), as python-stdnum's IBAN registry wants it
BBAN = {"DE": "999999999999999999", "AT": "9999999999999999", "CH": "99999999999999999", "NL": "AAAA9999999999",
        "BE": "999999999999", "IT": "A9999999999999999999999", "ES": "99999999999999999999",
        "FR": "99999999999999999999999", "PL": "999999999999999999999999", "CZ": "99999999999999999999",
        "SK": "99999999999999999999", "TR": "9999909999999999999999", "GR": "99999999999999999999999",
        "SE": "99999999999999999999", "DK": "99999999999999", "IE": "AAAA99999999999999", "GB": "AAAA99999999999999",
        "PT": "999999999999999999999", "BR": "99999999999999999999999AA", "NO": "99999999999", "FI": "99999999999999"}
#: country -> real bank codes to start a BBAN with (the rest random)
BANK_CODES = {"DE": ["10010010", "20050550", "30050110", "37040044", "43060967", "50010517", "60050101", "76026000"],
              "NL": ["INGB", "RABO", "ABNA", "SNSB", "TRIO", "ASNB"], "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"],
              "IE": ["AIBK", "BOFI", "IPBS"], "SE": ["500", "800", "600", "300", "920"], "FI": ["1", "2", "5", "8"],
              "IT": ["X0306909606", "X0200801600", "X0503401633"], "ES": ["2100", "0049", "0182", "2085"],
              "FR": ["30004", "30002", "20041", "10278"], "PL": ["10201026", "11402004", "10501012", "24901044"],
              "CZ": ["0800", "0100", "0300", "2010"], "DK": ["3000", "5301", "1551", "9570"],
              "GR": ["0110", "0140", "0172", "0260"], "TR": ["00010", "00012", "00046", "00064"],
              "PT": ["0035", "0007", "0033"], "AT": ["12000", "20111", "14000"], "BE": ["001", "068", "310"]}


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, validated by python-stdnum)."""
    pattern = BBAN[country]

    def make() -> str:
        lead = g.rnd.choice(BANK_CODES.get(country, [""]))
        if lead.startswith("X"):  # Italian CIN letter, then ABI and CAB
            lead = g.rnd.choice(string.ascii_uppercase) + lead[1:]
        bban = lead + g.code(pattern[len(lead):])
        if country == "BR":
            bban = g.code("99999999999999999999999") + "C1"
        raw = bban + country + "00"
        check = 98 - int("".join(str(int(ch, 36)) for ch in raw)) % 97
        return f"{country}{check:02d}{bban}"

    number = g.valid(make, std_iban.is_valid)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


# -- personal identifiers: national_id or ssn (python-stdnum where it has a module) -----------------------------------


def _d(g: Gen, n: int, first: str = string.digits) -> str:
    return g.digits(n, first)


def de_steuer_id(g: Gen, spaced: bool = False) -> str:
    def make() -> str:
        digits = g.rnd.sample(string.digits, 9)  # nine distinct digits, one of them twice
        digits.append(g.rnd.choice(digits))
        g.rnd.shuffle(digits)
        body = "".join(digits)
        return body + _de_idnr.mod_11_10.calc_check_digit(body)

    v = g.valid(make, _de_idnr.is_valid)
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if spaced else v


def de_rvnr_ok(value: str) -> bool:
    """The check digit of a German pension-insurance number (Rentenversicherungsnummer): area (2), birth date
    (DDMMYY), initial of the birth name, serial (2), check digit."""
    v = value.replace(" ", "").upper()
    if len(v) != 12 or not (v[:8].isdigit() and v[8].isalpha() and v[9:].isdigit()):
        return False
    digits = v[:8] + f"{ord(v[8]) - 64:02d}" + v[9:11]
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    total = sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, weights))
    return total % 10 == int(v[11])


def de_rvnr(g: Gen, born: date, birth_name: str, female: bool, spaced: bool = False) -> str:
    area = g.rnd.choice(["02", "04", "08", "09", "10", "11", "12", "13", "15", "16", "17", "18", "23", "24", "25",
                         "26", "28", "29", "38", "39", "40", "42", "43", "44", "45", "46", "47", "48", "49", "50",
                         "51", "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "62", "63", "64", "65",
                         "66", "67", "68", "69", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79", "80",
                         "81", "82", "89"])
    initial = (plain(birth_name)[:1] or "x").upper()
    serial = f"{g.rnd.randint(50, 99) if female else g.rnd.randint(0, 49):02d}"
    v = g.valid(lambda: f"{area}{born:%d%m%y}{initial}{serial}{g.rnd.randint(0, 9)}", de_rvnr_ok)
    return f"{v[:2]} {v[2:8]} {v[8]} {v[9:]}" if spaced else v


def de_kvnr_ok(value: str) -> bool:
    """The check digit of a German health-insurance number (Krankenversichertennummer, unchanging part): a letter
    and nine digits, the last a check digit over the letter's two-digit number and the eight digits."""
    v = value.strip().upper()
    if len(v) != 10 or not v[0].isalpha() or not v[1:].isdigit():
        return False
    digits = f"{ord(v[0]) - 64:02d}" + v[1:9]
    total = sum(sum(divmod(int(d) * (1 if i % 2 == 0 else 2), 10)) for i, d in enumerate(digits))
    return total % 10 == int(v[9])


def de_kvnr(g: Gen) -> str:
    return g.valid(lambda: g.code("A") + _d(g, 8) + str(g.rnd.randint(0, 9)), de_kvnr_ok)


def gb_nino(g: Gen, spaced: bool = True) -> str:
    """A UK National Insurance number (no check digit; the prefix letters follow HMRC's rules)."""
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        prefix = g.rnd.choice(first) + g.rnd.choice(second)
        if prefix not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    body = _d(g, 6)
    suffix = g.rnd.choice("ABCD")
    return f"{prefix} {body[:2]} {body[2:4]} {body[4:]} {suffix}" if spaced else f"{prefix}{body}{suffix}"


def ie_pps(g: Gen) -> str:
    return g.valid(lambda: _d(g, 7) + g.rnd.choice(string.ascii_uppercase[:23]) + g.rnd.choice(["", "", "A"]),
                   _ie_pps.is_valid)


def us_ssn(g: Gen, dashed: bool = True) -> str:
    v = g.valid(lambda: f"{g.rnd.randint(1, 665):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}",
                _us_ssn.is_valid)
    return f"{v[:3]}-{v[3:5]}-{v[5:]}" if dashed else v


def ca_sin(g: Gen) -> str:
    v = g.valid(lambda: _d(g, 9, "1234567"), _ca_sin.is_valid)
    return f"{v[:3]} {v[3:6]} {v[6:]}"


def fr_nir(g: Gen, born: date, female: bool, spaced: bool = True) -> str:
    dept = g.rnd.choice(["44", "35", "34", "38", "21", "51", "37", "87", "49", "25", "75", "69", "13", "59"])
    body = f"{2 if female else 1}{born:%y%m}{dept}{g.rnd.randint(1, 999):03d}{g.rnd.randint(1, 999):03d}"
    v = body + _fr_nir.calc_check_digits(body)
    assert _fr_nir.is_valid(v)
    return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}" if spaced else v


def es_dni(g: Gen) -> str:
    body = _d(g, 8, "0123456789")
    return g.valid(lambda: body + "TRWAGMYFPDXBNJZSQVHLCKE"[int(body) % 23], _es_dni.is_valid)


def es_nie(g: Gen) -> str:
    def make() -> str:
        lead = g.rnd.choice("XYZ")
        body = _d(g, 7)
        return lead + body + "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(lead)) + body) % 23]

    return g.valid(make, _es_nie.is_valid)


def it_cf(g: Gen, first: str, last: str, born: date, female: bool) -> str:
    """An Italian codice fiscale built from the name, the birth date and a real cadastral code, check letter by
    python-stdnum."""
    def part(name: str, given: bool) -> str:
        letters = [ch for ch in plain(name).upper() if ch.isalpha()]
        cons = [ch for ch in letters if ch not in "AEIOU"]
        vows = [ch for ch in letters if ch in "AEIOU"]
        if given and len(cons) >= 4:
            cons = [cons[0], cons[2], cons[3]]
        return "".join((cons + vows + ["X"] * 3)[:3])

    day = born.day + (40 if female else 0)
    place = g.rnd.choice(["A794", "F257", "L781", "G224", "A662", "C351", "L219", "D969", "G702", "A271"])
    stem = part(last, False) + part(first, True) + born.strftime("%y") + "ABCDEHLMPRST"[born.month - 1] + \
        f"{day:02d}" + place
    v = stem + _it_cf.calc_check_digit(stem)
    assert _it_cf.is_valid(v)
    return v


def nl_bsn(g: Gen) -> str:
    return g.valid(lambda: _d(g, 9, "1234567"), _nl_bsn.is_valid)


def br_cpf(g: Gen, formatted: bool = True) -> str:
    def make() -> str:
        body = _d(g, 9)
        return body + _br_cpf._calc_check_digits(body)

    v = g.valid(make, _br_cpf.is_valid)
    return _br_cpf.format(v) if formatted else v


def br_pis_ok(value: str) -> bool:
    """The check digit of a Brazilian PIS/PASEP/NIT number (weights 3,2,9,8,7,6,5,4,3,2, modulus 11)."""
    v = "".join(ch for ch in value if ch.isdigit())
    if len(v) != 11 or len(set(v)) == 1:
        return False
    rest = 11 - sum(int(d) * w for d, w in zip(v[:10], [3, 2, 9, 8, 7, 6, 5, 4, 3, 2])) % 11
    return (0 if rest >= 10 else rest) == int(v[10])


def br_pis(g: Gen, formatted: bool = False) -> str:
    v = g.valid(lambda: g.rnd.choice(["1", "2"]) + _d(g, 10), br_pis_ok)
    return f"{v[:3]}.{v[3:8]}.{v[8:10]}-{v[10]}" if formatted else v


def br_rg(g: Gen) -> str:
    """A São Paulo RG (identity card) number as printed: ``12.345.678-9`` (check digit by SSP-SP's modulus 11)."""
    body = _d(g, 8, "1234")
    rest = sum(int(d) * w for d, w in zip(body, range(2, 10))) % 11
    check = "X" if rest == 10 else str(rest)
    return f"{body[:2]}.{body[2:5]}.{body[5:]}-{check}"


def pl_pesel(g: Gen, born: date, female: bool) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    return g.valid(lambda: f"{born:%y}{month:02d}{born:%d}" + _d(g, 3) + g.rnd.choice("02468" if female else "13579")
                   + g.rnd.choice(string.digits), _pl_pesel.is_valid)


def pl_dowod_ok(value: str) -> bool:
    """The check digit of a Polish identity-card number (three letters, the check digit, five digits)."""
    v = value.replace(" ", "").upper()
    if len(v) != 9 or not v[:3].isalpha() or not v[3:].isdigit():
        return False
    values = [ord(ch) - 55 for ch in v[:3]] + [int(ch) for ch in v[3:]]
    return sum(x * w for x, w in zip(values, [7, 3, 1, 0, 7, 3, 1, 7, 3])) % 10 == values[3]


def pl_dowod(g: Gen) -> str:
    letters = g.code("AAA")
    rest = _d(g, 5)
    values = [ord(ch) - 55 for ch in letters] + [0] + [int(ch) for ch in rest]
    check = sum(x * w for x, w in zip(values, [7, 3, 1, 0, 7, 3, 1, 7, 3])) % 10
    v = f"{letters}{check}{rest}"
    assert pl_dowod_ok(v)
    return v


def pl_nip_person(g: Gen) -> str:
    return g.valid(lambda: _d(g, 10, "1234567"), _pl_nip.is_valid)


def pl_nrb(g: Gen, with_country: bool = False) -> str:
    """A Polish account number (NRB): the IBAN without ``PL``, written in groups of four after two digits."""
    number = iban(g, "PL")
    digits = number[2:]
    grouped = digits[:2] + " " + " ".join(digits[i:i + 4] for i in range(2, 26, 4))
    return ("PL" + digits) if with_country else grouped


def cz_rc(g: Gen, born: date, female: bool, slash: bool = True) -> str:
    month = born.month + (50 if female else 0)
    stem = f"{born:%y}{month:02d}{born:%d}"
    v = g.valid(lambda: stem + _d(g, 4), lambda x: _cz_rc.is_valid(x) and int(x) % 11 == 0)
    return f"{v[:6]}/{v[6:]}" if slash else v


def tr_tc(g: Gen) -> str:
    return g.valid(lambda: _d(g, 11, "123456789"), _tr_tc.is_valid)


def ru_inn_person(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice(["54", "52", "74", "55", "61", "02", "24", "34", "64", "18"]) + _d(g, 10),
                   lambda x: _ru_inn.is_valid(x) and len(x) == 12)


def ru_snils_ok(value: str) -> bool:
    """The check number of a Russian SNILS (insurance number of the individual personal account)."""
    v = "".join(ch for ch in value if ch.isdigit())
    if len(v) != 11:
        return False
    total = sum(int(d) * (9 - i) for i, d in enumerate(v[:9]))
    check = total if total < 100 else 0 if total in (100, 101) else total % 101 % 100
    return check == int(v[9:])


def ru_snils(g: Gen) -> str:
    body = _d(g, 9, "0123")
    total = sum(int(d) * (9 - i) for i, d in enumerate(body))
    check = total if total < 100 else 0 if total in (100, 101) else total % 101 % 100
    v = f"{body[:3]}-{body[3:6]}-{body[6:]} {check:02d}"
    assert ru_snils_ok(v)
    return v


def gr_amka(g: Gen, born: date) -> str:
    return g.valid(lambda: f"{born:%d%m%y}" + _d(g, 5), _gr_amka.is_valid)


def gr_afm_person(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("01") + _d(g, 8, "123456789"), _gr_vat.is_valid)


def se_pnr(g: Gen, born: date, long: bool = False) -> str:
    v = g.valid(lambda: f"{born:%y%m%d}-" + _d(g, 4), _se_pnr.is_valid)
    return born.strftime("%Y")[:2] + v.replace("-", "") if long else v


def dk_cpr(g: Gen, born: date, dashed: bool = True) -> str:
    def mod11(x: str) -> bool:
        return sum(int(d) * w for d, w in zip(x, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1])) % 11 == 0

    v = g.valid(lambda: f"{born:%d%m%y}" + _d(g, 4), lambda x: _dk_cpr.is_valid(x) and mod11(x))
    return f"{v[:6]}-{v[6:]}" if dashed else v


# -- business identifiers (labeled none, tag business) -----------------------------------------------------------------


def de_vat(g: Gen) -> str:
    return g.valid(lambda: "DE" + _d(g, 9), _de_vat.is_valid)


def fr_siret(g: Gen) -> str:
    v = g.valid(lambda: _d(g, 14), _fr_siret.is_valid)
    return f"{v[:3]} {v[3:6]} {v[6:9]} {v[9:]}"


def it_iva(g: Gen) -> str:
    return g.valid(lambda: _d(g, 7, "0123") + g.rnd.choice(["016", "036", "023", "028", "072", "087"])
                   + g.rnd.choice(string.digits), _it_iva.is_valid)


def br_cnpj(g: Gen) -> str:
    return _br_cnpj.format(g.valid(lambda: _d(g, 8) + "0001" + _d(g, 2), _br_cnpj.is_valid))


def pl_nip_company(g: Gen) -> str:
    v = g.valid(lambda: _d(g, 10, "5678"), _pl_nip.is_valid)
    return f"{v[:3]}-{v[3:6]}-{v[6:8]}-{v[8:]}"


def pl_regon(g: Gen) -> str:
    return g.valid(lambda: _d(g, 9), _pl_regon.is_valid)


def cz_ico(g: Gen) -> str:
    return g.valid(lambda: _d(g, 8, "0123456"), lambda x: _cz_dic.is_valid("CZ" + x))


def tr_vkn(g: Gen) -> str:
    return g.valid(lambda: _d(g, 10), _tr_vkn.is_valid)


def ru_inn_company(g: Gen) -> str:
    return g.valid(lambda: _d(g, 10, "1234567"), lambda x: _ru_inn.is_valid(x) and len(x) == 10)


def ru_ogrn(g: Gen) -> str:
    return g.valid(lambda: "1" + _d(g, 12), _ru_ogrn.is_valid)


def gr_afm_company(g: Gen) -> str:
    return g.valid(lambda: "09" + _d(g, 7), _gr_vat.is_valid)


def se_orgnr(g: Gen) -> str:
    return _se_orgnr.format(g.valid(lambda: "556" + _d(g, 7), _se_orgnr.is_valid))


def dk_cvr(g: Gen) -> str:
    return g.valid(lambda: _d(g, 8), _dk_cvr.is_valid)


def jp_corporate(g: Gen) -> str:
    return g.valid(lambda: _d(g, 13, "123456789"), _jp_cn.is_valid)


def jp_insurer_no(g: Gen) -> str:
    """A Japanese health-insurer number (保険者番号): law number, prefecture, insurer serial and a check digit computed
    with weights 2,1 from the right, digit sums and modulus 10."""
    body = g.rnd.choice(["01", "06", "31", "63"]) + f"{g.rnd.randint(1, 47):02d}" + _d(g, 3)
    total = sum(sum(divmod(int(d) * (2 if i % 2 == 0 else 1), 10)) for i, d in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


def salesforce_id(g: Gen, prefix: str) -> str:
    """An 18-character Salesforce record id: a 3-character key prefix, 12 characters, 3 case-safe check characters."""
    core = prefix + "5g00000" + g.code("ZZZZZ")
    suffix = ""
    for i in range(3):
        bits = sum(1 << j for j, ch in enumerate(core[i * 5:i * 5 + 5]) if ch.isupper())
        suffix += "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"[bits]
    return core + suffix
