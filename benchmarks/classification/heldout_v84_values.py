"""Values of held-out set v84 (:mod:`benchmarks.classification.heldout_v84`): v84's random source, names, streets,
towns and postal codes written by hand for v84 (no Faker, no list of real people), phones checked with phonenumbers
and identifiers with check digits computed and checked with python-stdnum (the Hong Kong identity card's check
character, the UK National Insurance number's prefix rules, the DVLA and Florida driving licence layouts are computed
here: python-stdnum has no module for them).

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers were copied from v27's value module; the phone maker was rewritten to draw from several
leading digits per region (a "plan": Washington State, Florida, Greater Manchester, Auckland, Alberta, Québec, Ghana,
Hong Kong, the canton of Bern, Buenos Aires, Ghent, Aarhus, Lviv, Fukuoka); the lists below are new.
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
from stdnum.ar import cbu as _cbu
from stdnum.ar import cuit as _cuit
from stdnum.be import eid as _eid
from stdnum.be import iban as _be_iban
from stdnum.be import nn as _nn
from stdnum.be import ogm_vcs as _ogm
from stdnum.be import vat as _be_vat
from stdnum.ca import bn as _bn
from stdnum.ca import sin as _sin
from stdnum.ch import ssn as _ahv
from stdnum.ch import uid as _uid
from stdnum.dk import cpr as _cpr
from stdnum.dk import cvr as _cvr
from stdnum.gb import nhs as _nhs
from stdnum.gb import vat as _gb_vat
from stdnum.gh import tin as _gh_tin
from stdnum.jp import cn as _jp_cn
from stdnum.jp import in_ as _jp_in
from stdnum.nz import bankaccount as _nz_bank
from stdnum.ua import edrpou as _edrpou
from stdnum.ua import rntrc as _rntrc
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 84_270_2026
N = "none"
#: a login or an AS/400 or SAP user profile (review, as in v5 to v83)
USERNAME = "unclassified"
#: a person's domestic bank account number (review, as v49 to v83 labeled them)
BANK = "unclassified"
#: NULL-like strings, blanks and placeholders of v84's systems, in their languages (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "—", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNKNOWN", "?",
    "XXX", "xxx", "000-00-0000", "000-000-000", "QQ123456C", "0000000000", "00000000", "test@example.com",
    "noreply@example.com", "unbekannt", "k.A.", "keine", "inconnu", "aucun", "s.o.", "N/D", "sin dato", "S/D",
    "desconocido", "ninguno", "sin observaciones", "onbekend", "geen", "n.v.t.", "ukendt", "ingen", "невідомо",
    "немає", "відсутній", "なし", "不明")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v84:{SEED}:{table}")

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
        first = self.rnd.choice([27, 49, 58, 101, 103, 110, 118, 122, 151, 154, 175, 185, 197, 202, 203])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2001:4860", "2404:4408", "2a02:a03f", "2c0f:f698", "2406:e000"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(6))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, plan: str, fmt: str = "e164", mobile: bool = True) -> Any:
        """A valid number of ``plan`` (see :data:`PHONE_PLANS`; of the plan's region, not a Crown dependency sharing
        its country code) in ``fmt``: ``e164``, ``intl``, ``national``,
        ``digits`` (the national form's digits), ``nsn`` (without the trunk prefix), ``number`` (``nsn`` as an
        integer), ``msisdn`` (country code and number, no plus), ``dashes`` and ``dots`` (North America)."""
        region, mobiles, fixed = PHONE_PLANS[plan]
        prefixes = mobiles if mobile else fixed
        code = phonenumbers.country_code_for_region(region)
        wanted = ({phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE} if mobile
                  else {phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE})

        def make() -> str:
            prefix, length = self.rnd.choice(prefixes)
            return prefix + self.digits(length - len(prefix))

        def ok(candidate: str) -> bool:
            if region in ("US", "CA") and candidate[3:6] == "555":
                return False
            number = phonenumbers.parse(f"+{code}{candidate}")
            return (phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in wanted
                    and phonenumbers.region_code_for_number(number) == region)

        nsn = self.valid(make, ok)
        number = phonenumbers.parse(f"+{code}{nsn}")
        if fmt == "e164":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if fmt == "intl":
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        if fmt == "nsn":
            return nsn
        if fmt == "number":
            return int(nsn)
        if fmt == "msisdn":
            return f"{code}{nsn}"
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if fmt == "digits":
            return "".join(ch for ch in national if ch.isdigit())
        if fmt == "dashes":
            return f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"
        if fmt == "dots":
            return f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}"
        return national

    def phones(self, plan: str, formats: dict[str, float], mobile: float = 1.0, null: float = 0.0) -> list[Any]:
        names, weights = list(formats), list(formats.values())
        return self.col(lambda: self.phone(plan, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


#: plan -> (region, mobile prefixes, fixed-line prefixes); a prefix is (leading digits of the national significant
#: number, its length); numbers are drawn until phonenumbers says they are valid and of the wanted type
PHONE_PLANS: dict[str, tuple[str, list[tuple[str, int]], list[tuple[str, int]]]] = {
    "US-WA": ("US", [(a, 10) for a in ("206", "253", "360", "425", "509")],
              [(a, 10) for a in ("206", "253", "425")]),
    "US-FL": ("US", [(a, 10) for a in ("305", "786", "954", "754", "561")],
              [(a, 10) for a in ("954", "305")]),
    "GB-MAN": ("GB", [(p, 10) for p in ("74", "75", "77", "78", "79")], [("161", 10)]),
    "GB-CARM": ("GB", [(p, 10) for p in ("74", "75", "77", "78", "79")], [("1554", 10), ("1267", 10), ("1269", 10)]),
    "NZ-AKL": ("NZ", [("21", 9), ("22", 9), ("27", 9)], [("9", 8)]),
    "CA-AB": ("CA", [(a, 10) for a in ("403", "587", "825")], [(a, 10) for a in ("403", "587")]),
    "CA-QC": ("CA", [(a, 10) for a in ("514", "438", "418", "581", "450")], [(a, 10) for a in ("514", "418")]),
    "GH": ("GH", [(p, 9) for p in ("24", "54", "55", "59", "20", "50", "26", "27", "57")], [("302", 9)]),
    "HK": ("HK", [(p, 8) for p in ("5", "6", "9")], [(p, 8) for p in ("2", "3")]),
    "CH-BE": ("CH", [(p, 9) for p in ("76", "77", "78", "79")], [("31", 9), ("33", 9)]),
    "AR-BA": ("AR", [("9112", 11), ("9113", 11), ("9114", 11), ("9115", 11), ("9116", 11)], [("114", 10),
                                                                                                ("115", 10)]),
    "BE-GENT": ("BE", [(p, 9) for p in ("46", "47", "48", "49")], [("9", 8)]),
    "DK-AAR": ("DK", [(p, 8) for p in ("20", "22", "26", "28", "30", "31", "40", "42", "50", "51", "52", "53", "60",
                                       "61", "71", "81", "91", "93")], [(p, 8) for p in ("86", "87", "89")]),
    "UA-LV": ("UA", [(p, 9) for p in ("50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99")],
              [("32", 9)]),
    "JP-FUK": ("JP", [("90", 10), ("80", 10), ("70", 10)], [(f"92{d}", 9) for d in "12345678"]),
}


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


def pad(value: Any, width: int) -> str:
    """A fixed-width CHAR value: ``value`` left-aligned and padded with blanks (None: all blanks)."""
    return ("" if value is None else str(value)).ljust(width)


def yyyymmdd(d: date | None) -> int:
    """A date as the number ``YYYYMMDD`` (0 for none)."""
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def cyymmdd(d: date | None) -> int:
    """A date as the AS/400 number ``CYYMMDD`` (C = 0 for the 1900s, 1 for the 2000s; 0 for none)."""
    return 0 if d is None else (d.year - 1900) // 100 * 1_000_000 + d.year % 100 * 10_000 + d.month * 100 + d.day


def dats(d: date | None) -> str:
    """A date as SAP ``DATS`` text (``00000000`` for none)."""
    return "00000000" if d is None else d.strftime("%Y%m%d")


def from_cyymmdd(n: int) -> date:
    return date(1900 + n // 1_000_000 * 100 + n // 10_000 % 100, n // 100 % 100, n % 100)


# -- names (written for v84) -------------------------------------------------------------------------------------------

#: pool -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "pnw": (["Brody", "Colton", "Dwight", "Garrett", "Harlan", "Keaton", "Merle", "Tucker", "Weston"],
            ["Autumn", "Brynn", "Darlene", "Harper", "Juniper", "Kendra", "Lacey", "Shelby", "Tamsin"],
            ["Albrecht", "Bjornstad", "Carmody", "Dahlquist", "Engstrom", "Haugen", "Larkin", "Ostrander",
             "Prewitt", "Stuckey", "Tollefson", "Whitcomb"]),
    "latino": (["Abelardo", "Efraín", "Gerardo", "Jesús", "Octavio", "Rigoberto", "Ulises"],
               ["Araceli", "Dulce", "Guadalupe", "Marisol", "Nayeli", "Yesenia", "Xiomara"],
               ["Barajas", "Cervantes", "Escobedo", "Magaña", "Ochoa", "Quintero", "Zamora"]),
    "viet_fil": (["Bao", "Duc", "Jericho", "Khoa", "Marvin", "Rommel", "Thanh"],
                 ["Cherry", "Hanh", "Jocelyn", "Kim Anh", "Lovely", "Mai", "Rowena"],
                 ["Bautista", "Dang", "Dimaculangan", "Macaraeg", "Nguyen", "Pham", "Vo", "Villanueva"]),
    "horn_africa": (["Abdirahman", "Dawit", "Mohamud", "Tesfaye", "Yonas", "Abdiwali"],
                    ["Hodan", "Ifrah", "Meseret", "Saba", "Selam", "Ubah"],
                    ["Abdi", "Gebremedhin", "Haile", "Jama", "Warsame", "Wolde"]),
    "british": (["Callum", "Darren", "Jordan", "Kieran", "Lee", "Nathan", "Ryan", "Warren"],
                ["Chantelle", "Gemma", "Jade", "Kerry", "Leanne", "Stacey", "Vicky", "Zoe"],
                ["Ashworth", "Barlow", "Buckley", "Entwistle", "Fletcher", "Hargreaves", "Kershaw", "Ogden",
                 "Platt", "Rothwell", "Schofield", "Tattersall"]),
    "brit_asian": (["Asif", "Imran", "Kamran", "Mohammed", "Shahid", "Tariq", "Zeeshan", "Naveed"],
                   ["Ayesha", "Nadia", "Rubina", "Saima", "Shabana", "Uzma"],
                   ["Akhtar", "Bashir", "Hussain", "Iqbal", "Mahmood", "Rafiq", "Shah", "Yousaf"]),
    "polish": (["Grzegorz", "Kamil", "Łukasz", "Mariusz", "Tomasz"], ["Agnieszka", "Dorota", "Karolina", "Magda"],
               ["Nowak", "Kowalczyk", "Wróbel", "Mazur", "Krawczyk"]),
    "pakeha": (["Angus", "Bryce", "Campbell", "Hamish", "Lachie", "Rhys", "Toby"],
               ["Aroha", "Bridget", "Courtney", "Hayley", "Kirsty", "Nikki", "Stacey"],
               ["Cartwright", "Donaldson", "Findlay", "McKenzie", "Rutherford", "Sinclair", "Tapsell"]),
    "maori": (["Hemi", "Manaia", "Nikau", "Rawiri", "Tane", "Wiremu"], ["Anahera", "Hine", "Kahurangi", "Mere",
                                                                        "Ngaio", "Waimarie"],
              ["Herewini", "Karaka", "Ngata", "Parata", "Tipene", "Walker", "Wihongi"]),
    "pasifika": (["Iosefa", "Mikaele", "Sione", "Tevita", "Viliami"], ["Losana", "Mele", "Salote", "Sina", "Talia"],
                 ["Fonoti", "Havili", "Leota", "Taufa", "Tuilagi", "Vainikolo"]),
    "kiwi_asian": (["Hao", "Rajesh", "Wei", "Harjeet", "Zhiwei"], ["Mei", "Preeti", "Xinyi", "Simran", "Yan"],
                   ["Chen", "Gill", "Liu", "Patel", "Sandhu", "Zhou"]),
    "prairie": (["Brett", "Cody", "Dallas", "Garth", "Kyle", "Shane", "Wade"],
                ["Brandi", "Carly", "Danica", "Jolene", "Kelsey", "Mackenzie", "Raelynn"],
                ["Bergen", "Friesen", "Klassen", "Lindgren", "MacLeod", "Penner", "Sawchuk", "Thiessen"]),
    "punjabi": (["Gurjit", "Harpreet", "Jaspal", "Manjit", "Parminder"], ["Amandeep", "Kulwinder", "Navneet",
                                                                          "Rajvir", "Sukhpreet"],
                ["Brar", "Dhaliwal", "Grewal", "Sidhu", "Toor"]),
    "filipino_ca": (["Arnel", "Dindo", "Jomar", "Reynaldo"], ["Analyn", "Marites", "Rhea", "Jhoanna"],
                    ["Dela Cruz", "Manalo", "Pascual", "Soriano"]),
    "akan": (["Kwame", "Kofi", "Kwabena", "Yaw", "Kwaku", "Kojo", "Kwasi"],
             ["Ama", "Akosua", "Abena", "Adwoa", "Efua", "Yaa", "Afua"],
             ["Mensah", "Owusu", "Boateng", "Asante", "Ofori", "Appiah", "Osei", "Agyemang", "Antwi", "Darko"]),
    "ga_ewe": (["Nii", "Selorm", "Edem", "Elikem", "Nii Armah"], ["Naa", "Dzifa", "Enyonam", "Esinam", "Naa Adjeley"],
               ["Lamptey", "Quaye", "Tetteh", "Agbeko", "Amedzro", "Kpodo", "Ablorh"]),
    "north_gh": (["Abdul-Rahman", "Fuseini", "Iddrisu", "Mahama"], ["Fati", "Rahinatu", "Memunatu"],
                 ["Issah", "Alhassan", "Seidu", "Abubakari"]),
    "welsh": (["Aled", "Dafydd", "Emyr", "Gareth", "Gethin", "Huw", "Iwan", "Rhodri", "Wyn"],
              ["Angharad", "Bethan", "Carys", "Eirlys", "Ffion", "Glenys", "Nia", "Siân", "Meinir"],
              ["Bowen", "Davies", "Griffiths", "Howells", "Llewellyn", "Morgan", "Prosser", "Pritchard", "Rees",
               "Thomas", "Vaughan", "Watkins"]),
    "south_fl": (["Chad", "Dale", "Dustin", "Hunter", "Randall", "Trent"], ["Brittany", "Crystal", "Misty",
                                                                           "Tiffany", "Whitney"],
                 ["Beauchamp", "Hollingsworth", "McCrary", "Pruitt", "Sizemore", "Vickers"]),
    "cuban": (["Alexis", "Orestes", "Reinaldo", "Yoandy", "Yunior"], ["Daymí", "Yamilé", "Yanelis", "Odalys",
                                                                     "Mariela"],
              ["Castellanos", "Díaz-Balart", "Fundora", "Llanes", "Rivero", "Sotolongo"]),
    "haitian": (["Jean-Robert", "Fritznel", "Wilner", "Ketly", "Jocelyn"], ["Mirlande", "Nadège", "Roseline",
                                                                           "Guerline"],
                ["Jean-Baptiste", "Pierre-Louis", "Toussaint", "Dorvil", "Célestin", "Joseph"]),
    "swiss_de": (["Urs", "Beat", "Reto", "Ueli", "Thomas", "Lukas", "Adrian", "Marcel"],
                 ["Regula", "Barbara", "Corinne", "Nadine", "Mirjam", "Sandra", "Franziska", "Daniela"],
                 ["Bühler", "Zürcher", "Gerber", "Brunner", "Hofstetter", "Aebischer", "Küng", "Ryser", "Schärer",
                  "Wyss", "Zimmermann", "Stucki", "Lüthi", "Moser"]),
    "quebec": (["Étienne", "Mathieu", "Jean-François", "Gabriel", "Olivier", "Sébastien", "Félix"],
               ["Geneviève", "Marie-Ève", "Catherine", "Nathalie", "Maude", "Josée", "Émilie"],
               ["Tremblay", "Gagnon", "Bouchard", "Côté", "Gauthier", "Pelletier", "Lavoie", "Bergeron", "Ouellet",
                "Desjardins", "Thibodeau", "Lachance"]),
    "argentina": (["Facundo", "Matías", "Santiago", "Nicolás", "Gonzalo", "Ezequiel", "Hernán", "Leandro"],
                  ["Florencia", "Agustina", "Micaela", "Luciana", "Romina", "Carolina", "Daiana", "Yanina"],
                  ["González", "Rodríguez", "Fernández", "Pereyra", "Sosa", "Romero", "Giménez", "Acosta", "Ferrari",
                   "Benítez", "Medina", "Ledesma", "Rossi", "Villalba"]),
    "flemish": (["Wout", "Jens", "Pieter-Jan", "Stijn", "Bram", "Koen", "Thibault", "Sander"],
                ["Lotte", "Elke", "Femke", "Nele", "Sofie", "Hanne", "Lien", "Ine"],
                ["Peeters", "Janssens", "Maes", "Mertens", "Willems", "Claes", "Goossens", "De Smet", "Vermeulen",
                 "Van de Velde", "De Clercq", "Verhaeghe", "D'Hondt"]),
    "maghreb_be": (["Mohamed", "Yassine", "Bilal", "Karim"], ["Amina", "Samira", "Imane", "Latifa"],
                   ["El Amrani", "Bouzid", "Azzouzi", "Benali", "El Idrissi"]),
    "danish": (["Mads", "Rasmus", "Frederik", "Søren", "Kasper", "Jesper", "Anders", "Mikkel"],
               ["Mette", "Signe", "Camilla", "Line", "Ida", "Louise", "Trine", "Maja"],
               ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
                "Rasmussen", "Jørgensen", "Kjær", "Østergaard", "Dalgaard", "Bech"]),
}

#: region -> pool weights (the names of a region's customer base)
REGIONS: dict[str, dict[str, float]] = {
    "wa": {"pnw": 5, "latino": 2.5, "viet_fil": 2, "horn_africa": 1.5},
    "man": {"british": 3, "brit_asian": 4, "horn_africa": 1, "polish": 1},
    "akl": {"pakeha": 4, "maori": 2, "pasifika": 2, "kiwi_asian": 2},
    "ab": {"prairie": 5, "punjabi": 2, "filipino_ca": 1.5},
    "gh": {"akan": 5, "ga_ewe": 3, "north_gh": 1.5},
    "wales": {"welsh": 6, "british": 1},
    "fl": {"south_fl": 3, "cuban": 3, "haitian": 2, "latino": 1},
    "ch": {"swiss_de": 1},
    "qc": {"quebec": 6, "haitian": 1},
    "ar": {"argentina": 1},
    "be": {"flemish": 5, "maghreb_be": 1.5},
    "dk": {"danish": 1},
}


def person(g: Gen, region: str, female: bool | None = None) -> tuple[str, str]:
    female = g.rnd.random() < 0.5 if female is None else female
    pools = REGIONS[region]
    pool = g.rnd.choices(list(pools), list(pools.values()))[0]
    males, females, lasts = NAMES[pool]
    return g.rnd.choice(females if female else males), g.rnd.choice(lasts)


def whole(g: Gen, region: str) -> str:
    a, b = person(g, region)
    return f"{a} {b}"


def given(g: Gen, region: str) -> str:
    return person(g, region)[0]


def family(g: Gen, region: str) -> str:
    return person(g, region)[1]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() and ch.isascii())


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first), plain(last)
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a[0]}", f"{a}_{b}",
                          f"{a}{b[0]}{g.rnd.randint(60, 99)}", f"{b}{a[:2]}"])
    return f"{local}@{g.rnd.choice(domains)}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first), plain(last)
    return [f"{a[0]}{b}", f"{a}.{b}", f"{b[:6]}{a[0]}", f"{a}_{b[0]}", f"{a}{b[:3]}"][style % 5]


DOMAINS: dict[str, list[str]] = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "comcast.net", "live.com"],
    "gb": ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com"],
    "nz": ["gmail.com", "xtra.co.nz", "outlook.com", "hotmail.com", "icloud.com", "slingshot.co.nz"],
    "ca": ["gmail.com", "shaw.ca", "telus.net", "outlook.com", "hotmail.com", "icloud.com"],
    "qc": ["videotron.ca", "gmail.com", "hotmail.com", "outlook.com", "sympatico.ca", "yahoo.ca"],
    "gh": ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com"],
    "hk": ["gmail.com", "yahoo.com.hk", "netvigator.com", "outlook.com", "hotmail.com"],
    "ch": ["bluewin.ch", "gmx.ch", "sunrise.ch", "gmail.com", "hispeed.ch", "outlook.com"],
    "ar": ["gmail.com", "hotmail.com", "yahoo.com.ar", "outlook.com", "fibertel.com.ar"],
    "be": ["telenet.be", "gmail.com", "skynet.be", "hotmail.com", "outlook.be", "proximus.be"],
    "dk": ["gmail.com", "hotmail.com", "live.dk", "outlook.dk", "mail.dk", "jubii.dk"],
    "ua": ["gmail.com", "ukr.net", "i.ua", "meta.ua"],
    "jp": ["docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp"],
}


# -- Hong Kong: romanized Cantonese names and their characters ---------------------------------------------------------

#: (romanized family name, character)
HK_FAMILY = [("CHAN", "陳"), ("WONG", "黃"), ("LEUNG", "梁"), ("LAU", "劉"), ("CHEUNG", "張"), ("LI", "李"),
             ("HO", "何"), ("TSANG", "曾"), ("YIP", "葉"), ("KWOK", "郭"), ("MAK", "麥"), ("TANG", "鄧")]
#: (romanized given name, characters, female)
HK_GIVEN = [("Ka Ming", "家明", False), ("Chi Keung", "志強", False), ("Tsz Hin", "子軒", False),
            ("Chun Kit", "俊傑", False), ("Wai Lun", "偉倫", False), ("Hok Yin", "學賢", False),
            ("Wing Sze", "詠詩", True), ("Hoi Yan", "凱欣", True), ("Ka Yan", "嘉欣", True), ("Mei Ling", "美玲", True),
            ("Suet Ying", "雪盈", True), ("Pui Shan", "佩珊", True)]
#: English names some Hong Kong learners give first (men's, women's)
HK_ENGLISH = (["Kelvin", "Jacky", "Ivan", "Raymond", "Alvin"], ["Priscilla", "Winnie", "Cherry", "Canny", "Karen"])


def hk_person(g: Gen, english: float = 0.25) -> tuple[str, str, str, bool]:
    """(family name upper-cased, given names, name in characters, female)."""
    fam, fam_zh = g.rnd.choice(HK_FAMILY)
    giv, giv_zh, female = g.rnd.choice(HK_GIVEN)
    if g.rnd.random() < english:
        giv = f"{g.rnd.choice(HK_ENGLISH[female])} {giv}"
    return fam, giv, fam_zh + giv_zh, female


# -- Ukraine: names in Cyrillic with patronymics -----------------------------------------------------------------------

UA_MALE = ["Олександр", "Андрій", "Богдан", "Тарас", "Василь", "Іван", "Роман", "Степан", "Ярослав", "Мирослав"]
UA_FEMALE = ["Оксана", "Наталія", "Ірина", "Галина", "Марія", "Людмила", "Ганна", "Ольга", "Софія", "Христина"]
UA_FAMILY = ["Шевченко", "Бондаренко", "Коваленко", "Ткачук", "Мельник", "Гнатюк", "Савчук", "Кравець", "Яремчук",
             "Дмитрук", "Левицький", "Федорів", "Стецько", "Паньків"]
#: father's name -> (patronymic of a son, patronymic of a daughter)
UA_PATRONYMIC = {"Олександр": ("Олександрович", "Олександрівна"), "Андрій": ("Андрійович", "Андріївна"),
                 "Богдан": ("Богданович", "Богданівна"), "Василь": ("Васильович", "Василівна"),
                 "Іван": ("Іванович", "Іванівна"), "Роман": ("Романович", "Романівна"),
                 "Степан": ("Степанович", "Степанівна"), "Ярослав": ("Ярославович", "Ярославівна"),
                 "Михайло": ("Михайлович", "Михайлівна"), "Петро": ("Петрович", "Петрівна")}
_UA_TRANSLIT = dict(zip("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'",
                        ["a", "b", "v", "h", "g", "d", "e", "ie", "zh", "z", "y", "i", "i", "i", "k", "l", "m", "n",
                         "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "iu", "ia", ""]))


def ua_family_form(last: str, female: bool) -> str:
    """The feminine form of a Ukrainian family name in ``-ський``/``-цький`` (the others do not change)."""
    return last[:-2] + "а" if female and last.endswith("ий") else last


def ua_person(g: Gen, female: bool | None = None) -> tuple[str, str, str, bool]:
    """(family name, given name, patronymic, female)."""
    female = g.rnd.random() < 0.5 if female is None else female
    father = g.rnd.choice(list(UA_PATRONYMIC))
    return (ua_family_form(g.rnd.choice(UA_FAMILY), female), g.rnd.choice(UA_FEMALE if female else UA_MALE),
            UA_PATRONYMIC[father][1 if female else 0], female)


def ua_latin(text: str) -> str:
    return "".join(_UA_TRANSLIT.get(ch, ch) for ch in text.lower())


# -- Japan: names in kanji with katakana readings and romaji -----------------------------------------------------------

#: (kanji, katakana, romaji)
JP_FAMILY = [("田中", "タナカ", "tanaka"), ("中村", "ナカムラ", "nakamura"), ("古賀", "コガ", "koga"),
             ("松尾", "マツオ", "matsuo"), ("井上", "イノウエ", "inoue"), ("江口", "エグチ", "eguchi"),
             ("牛島", "ウシジマ", "ushijima"), ("原田", "ハラダ", "harada"), ("吉田", "ヨシダ", "yoshida"),
             ("末永", "スエナガ", "suenaga"), ("野田", "ノダ", "noda"), ("宮崎", "ミヤザキ", "miyazaki")]
JP_MALE = [("健太", "ケンタ", "kenta"), ("浩二", "コウジ", "koji"), ("隆", "タカシ", "takashi"),
           ("誠", "マコト", "makoto"), ("大輔", "ダイスケ", "daisuke"), ("勝也", "カツヤ", "katsuya"),
           ("正雄", "マサオ", "masao"), ("博之", "ヒロユキ", "hiroyuki")]
JP_FEMALE = [("恵子", "ケイコ", "keiko"), ("由美", "ユミ", "yumi"), ("真理子", "マリコ", "mariko"),
             ("彩", "アヤ", "aya"), ("直美", "ナオミ", "naomi"), ("久美子", "クミコ", "kumiko")]


def jp_person(g: Gen, female: bool | None = None) -> tuple[tuple[str, str, str], tuple[str, str, str]]:
    female = g.rnd.random() < 0.2 if female is None else female
    return g.rnd.choice(JP_FAMILY), g.rnd.choice(JP_FEMALE if female else JP_MALE)


# -- places (written for v84) ------------------------------------------------------------------------------------------

#: (city, ZIP lead) in King, Pierce and Snohomish counties
WA_CITIES = [("Seattle", "981"), ("Seattle", "981"), ("Tacoma", "984"), ("Kent", "980"), ("Renton", "980"),
             ("Federal Way", "980"), ("Everett", "982"), ("Auburn", "980"), ("Burien", "981"), ("Shoreline", "981")]
WA_STREETS = ["Rainier Ave S", "Aurora Ave N", "S Othello St", "Pacific Hwy S", "15th Ave NE", "MLK Jr Way S",
              "Military Rd S", "Lake City Way NE", "S Graham St", "Evergreen Way", "SE 256th St", "Delridge Way SW"]
#: (town, postcode districts)
MAN_TOWNS = [("Manchester", ["M8", "M9", "M11", "M12", "M13", "M14", "M16", "M19", "M20", "M21", "M40"]),
             ("Salford", ["M5", "M6", "M7"]), ("Stockport", ["SK1", "SK2", "SK3", "SK4"]),
             ("Oldham", ["OL1", "OL4", "OL8", "OL9"]), ("Rochdale", ["OL11", "OL12", "OL16"]),
             ("Bolton", ["BL1", "BL2", "BL3"])]
MAN_STREETS = ["Wilmslow Road", "Stockport Road", "Cheetham Hill Road", "Oldham Road", "Moss Lane East",
               "Ladybarn Lane", "Clarendon Road", "Ashton Old Road", "Hyde Road", "Claremont Road", "Dickenson Road",
               "Kingsway", "Burton Road", "Slade Lane"]
#: (suburb, postcode)
AKL_SUBURBS = [("Ponsonby", "1011"), ("Grey Lynn", "1021"), ("Mount Roskill", "1041"), ("Ōtāhuhu", "1062"),
               ("Glen Innes", "1072"), ("Takapuna", "0622"), ("Henderson", "0612"), ("Māngere", "2022"),
               ("Papatoetoe", "2025"), ("Onehunga", "1061"), ("Sandringham", "1025"), ("Northcote", "0627")]
AKL_STREETS = ["Great North Road", "Dominion Road", "Karangahape Road", "Sandringham Road", "Massey Road",
               "Lincoln Road", "Great South Road", "Mount Albert Road", "Onewa Road", "Church Street"]
#: (municipality, FSA list)
AB_PLACES = [("Calgary", ["T2E", "T2N", "T2S", "T2T", "T3A", "T3E", "T3H", "T2R", "T2X"]), ("Airdrie", ["T4B"]),
             ("Chestermere", ["T1X"]), ("Cochrane", ["T4C"]), ("Okotoks", ["T1S"])]
AB_STREETS = ["17 Ave SW", "Macleod Trail SE", "Edmonton Trail NE", "Kensington Rd NW", "Bow Trail SW",
              "Memorial Dr NW", "Centre St N", "Elbow Dr SW", "4 St NE", "Crowchild Trail NW", "Riverfront Ave SE"]
#: (area, GhanaPost GPS district code)
GH_AREAS = [("Madina", "GM"), ("Dansoman", "GA"), ("Kasoa", "CX"), ("Adenta", "GK"), ("Tema Community 25", "GT"),
            ("Achimota", "GA"), ("Nungua", "GK"), ("Teshie", "GL"), ("Kaneshie", "GA"), ("Spintex", "GT"),
            ("Ashaiman", "GT"), ("Lapaz", "GA")]
GH_LANDMARKS = ["Near Madina Zongo Junction", "Behind Total filling station", "Opposite Methodist Church",
                "Close to the lorry station", "Next to Melcom", "Down the road from the police barrier",
                "Behind the community clinic", "Off Spintex Road, after Coca-Cola roundabout"]
#: (town, postcode districts) of Carmarthenshire
WALES_TOWNS = [("LLANELLI", ["SA14", "SA15"]), ("CARMARTHEN", ["SA31", "SA33"]), ("AMMANFORD", ["SA18"]),
               ("LLANDEILO", ["SA19"]), ("BURRY PORT", ["SA16"]), ("KIDWELLY", ["SA17"]),
               ("LLANDOVERY", ["SA20"]), ("NEWCASTLE EMLYN", ["SA38"])]
WALES_STREETS = ["HEOL Y PARC", "STRYD FAWR", "FFORDD LAS", "HEOL CAERFYRDDIN", "MAES Y DERI", "LON DDEWI",
                 "STATION ROAD", "BRYN ROAD", "HEOL Y FELIN", "PENTRE ROAD", "TY CROES ROAD", "HEOL MORFA"]
#: (city, ZIP codes) of Broward County
FL_CITIES = [("FORT LAUDERDALE", [33301, 33304, 33311, 33312, 33315]), ("HOLLYWOOD", [33019, 33020, 33021, 33023]),
             ("PEMBROKE PINES", [33024, 33025, 33027, 33028]), ("CORAL SPRINGS", [33065, 33071, 33076]),
             ("POMPANO BEACH", [33060, 33062, 33064]), ("MIRAMAR", [33025, 33027, 33029]),
             ("SUNRISE", [33313, 33322, 33351]), ("PLANTATION", [33317, 33324])]
FL_STREETS = ["NW 12TH AVE", "SUNRISE BLVD", "HOLLYWOOD BLVD", "SW 72ND AVE", "N FEDERAL HWY", "ATLANTIC BLVD",
              "UNIVERSITY DR", "PINES BLVD", "NW 31ST AVE", "RIVERSIDE DR", "SW 148TH TER", "BANKS RD"]
HK_DISTRICTS = ["Sha Tin", "Kwun Tong", "Sham Shui Po", "Tuen Mun", "Eastern", "Wong Tai Sin", "Yuen Long",
                "Kowloon City", "Tai Po", "Tsuen Wan"]
HK_ESTATES = ["Lek Yuen Estate", "Choi Hung Estate", "Wah Fu Estate", "Tai Koo Shing", "Mei Foo Sun Chuen",
              "Kwong Tin Estate", "Tin Shui Wai Kingswood Villas", "Siu Sai Wan Estate", "Fu Shin Estate",
              "Shek Kip Mei Estate", "Belvedere Garden", "City One Shatin"]
#: (town, postcodes) around Bern
CH_TOWNS = [("Bern", ["3005", "3006", "3007", "3011", "3012", "3013", "3014", "3018"]), ("Köniz", ["3098"]),
            ("Thun", ["3600", "3604", "3608"]), ("Burgdorf", ["3400"]), ("Münsingen", ["3110"]),
            ("Ostermundigen", ["3072"]), ("Worb", ["3076"]), ("Langnau im Emmental", ["3550"]),
            ("Zollikofen", ["3052"])]
CH_STREETS = ["Bahnhofstrasse", "Kramgasse", "Seftigenstrasse", "Thunstrasse", "Länggassstrasse", "Bernstrasse",
              "Dorfstrasse", "Schlossstrasse", "Frutigenstrasse", "Kirchbühlweg", "Mattenhofstrasse"]
#: (town, postal code lead)
QC_PLACES = [("Montréal", "H2J"), ("Montréal", "H2S"), ("Montréal", "H1Y"), ("Montréal", "H4A"), ("Montréal", "H2T"),
             ("Québec", "G1R"), ("Québec", "G1S"), ("Laval", "H7N"), ("Longueuil", "J4H"), ("Sherbrooke", "J1H")]
QC_STREETS = ["rue Saint-Denis", "boulevard Saint-Laurent", "avenue du Mont-Royal Est", "rue Masson",
              "chemin de la Côte-des-Neiges", "rue Saint-Jean", "avenue Cartier", "rue Beaubien Est",
              "avenue Papineau", "rue Wellington Nord", "boulevard René-Lévesque Ouest"]
#: (locality, postal code: a CPA lead for the city, four digits in the province)
AR_PLACES = [("CABA", "C1414"), ("CABA", "C1425"), ("CABA", "C1406"), ("CABA", "C1180"), ("Avellaneda", "1870"),
             ("Quilmes", "1878"), ("Lanús", "1824"), ("San Justo", "1754"), ("Morón", "1708"),
             ("Vicente López", "1638")]
AR_STREETS = ["Av. Corrientes", "Av. Rivadavia", "Av. Santa Fe", "Thames", "Av. Mitre", "Av. Hipólito Yrigoyen",
              "Gorriti", "Av. Juan B. Justo", "Bacacay", "Av. Belgrano", "Gral. Paz", "Sarmiento"]
#: (deelgemeente, postcode) of Ghent
BE_PLACES = [("Gent", "9000"), ("Gent", "9000"), ("Mariakerke", "9030"), ("Wondelgem", "9032"),
             ("Sint-Amandsberg", "9040"), ("Gentbrugge", "9050"), ("Ledeberg", "9050"),
             ("Sint-Denijs-Westrem", "9051"), ("Zwijnaarde", "9052"), ("Merelbeke", "9820")]
BE_STREETS = ["Sint-Pietersnieuwstraat", "Overpoortstraat", "Brugsesteenweg", "Dampoortstraat", "Kortrijksesteenweg",
              "Vlaanderenstraat", "Coupure Links", "Sleepstraat", "Forelstraat", "Francisco Ferrerlaan",
              "Antwerpsesteenweg"]
#: (postcode, town) of Aarhus
DK_PLACES = [(8000, "Aarhus C"), (8000, "Aarhus C"), (8200, "Aarhus N"), (8210, "Aarhus V"), (8220, "Brabrand"),
             (8240, "Risskov"), (8260, "Viby J"), (8270, "Højbjerg")]
DK_STREETS = ["Jægergårdsgade", "Frederiks Allé", "Nørregade", "Trøjborgvej", "Skovvejen", "Ingerslevs Boulevard",
              "Vesterbrogade", "Nørrebrogade", "Østbanetorvet", "Silkeborgvej", "Marselis Boulevard"]
UA_STREETS = ["вул. Городоцька", "вул. Стрийська", "просп. Чорновола", "вул. Личаківська", "вул. Наукова",
              "вул. Зелена", "вул. Сихівська", "вул. Виговського", "вул. Княгині Ольги", "вул. Шевченка"]
#: (town, postcode lead)
UA_TOWNS = [("Львів", "790"), ("Львів", "790"), ("Львів", "790"), ("Винники", "794"), ("Брюховичі", "791"),
            ("Пустомити", "810")]
#: (ward, postcode lead, town part)
JP_WARDS = [("福岡市博多区", "812", ["博多駅前", "住吉", "千代", "東比恵"]),
            ("福岡市中央区", "810", ["天神", "大名", "薬院", "平尾"]),
            ("福岡市南区", "815", ["大橋", "高宮", "長住"]), ("福岡市早良区", "814", ["西新", "藤崎", "原"]),
            ("福岡市東区", "813", ["香椎", "箱崎", "千早"]), ("春日市", "816", ["春日原北町", "白水池"]),
            ("大野城市", "816", ["白木原", "下大利"])]


def wa_street(g: Gen) -> str:
    return f"{g.rnd.randint(100, 29999)} {g.rnd.choice(WA_STREETS)}"


def uk_postcode(g: Gen, district: str) -> str:
    """A postcode of ``district``: the inward code's letters avoid C, I, K, M, O and V, as Royal Mail's do."""
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{district} {g.rnd.randint(0, 9)}{g.rnd.choice(letters)}{g.rnd.choice(letters)}"


def ca_postal(g: Gen, fsa: str) -> str:
    letters = "ABCEGHJKLMNPRSTVWXYZ"
    return f"{fsa} {g.rnd.randint(0, 9)}{g.rnd.choice(letters)}{g.rnd.randint(0, 9)}"


def ar_postal(g: Gen, lead: str) -> str:
    return f"{lead}{g.code('AAA')}" if lead.startswith("C") else lead


# -- identifiers with check digits (python-stdnum) and the layouts python-stdnum has no module for ---------------------


def card(g: Gen) -> str:
    """A number passing Luhn with a Visa or Mastercard prefix."""
    prefix = g.rnd.choice(["4", "4", "51", "53", "2221"])
    body = prefix + g.digits(16 - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def not_luhn(g: Gen, prefix: str, length: int) -> str:
    """A card-like number of ``length`` digits that fails Luhn (a transit or smart-card serial)."""
    return g.valid(lambda: prefix + g.digits(length - len(prefix)), lambda x: not luhn.is_valid(x))


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 665):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}"

    number = g.valid(make, _ssn.is_valid)
    return number if dashed else number.replace("-", "")


def us_ssn_shaped_invalid(g: Gen) -> str:
    """``9NN-NN-NNNN`` with a group under 50: neither an SSN nor an ITIN (a case number)."""
    return f"9{g.digits(2)}-{g.rnd.randint(0, 49):02d}-{g.digits(4)}"


def wa_licence(g: Gen) -> str:
    """A Washington driver licence or ID card number in the current layout (``WDL`` and nine characters)."""
    return "WDL" + g.code("ZZZZZZZZZ")


def soundex(name: str) -> str:
    letters = [ch for ch in plain(name).upper() if ch.isalpha()]
    codes = {**dict.fromkeys("BFPV", "1"), **dict.fromkeys("CGJKQSXZ", "2"), **dict.fromkeys("DT", "3"), "L": "4",
             **dict.fromkeys("MN", "5"), "R": "6"}
    out, last = [letters[0]], codes.get(letters[0], "")
    for ch in letters[1:]:
        code = codes.get(ch, "")
        if code and code != last:
            out.append(code)
        if ch not in "HW":
            last = code
    return ("".join(out) + "000")[:4]


def fl_licence(g: Gen, last: str, born: date, female: bool) -> str:
    """A Florida driver licence number: the surname's Soundex, a first-name code, the birth year and
    ``(month - 1) * 40 + day`` (plus 500 for women), an overflow digit (``S531-783-87-123-0``)."""
    dd = (born.month - 1) * 40 + born.day + (500 if female else 0)
    return f"{soundex(last)}-{g.digits(3)}-{born.year % 100:02d}-{dd:03d}-0"


def gb_nino(g: Gen) -> str:
    """A UK National Insurance number following HMRC's prefix and suffix rules."""
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"

    def make() -> str:
        return g.rnd.choice(first) + g.rnd.choice(second) + g.digits(6) + g.rnd.choice("ABCD")

    return g.valid(make, lambda x: x[:2] not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"})


def gb_dvla(g: Gen, last: str, first: str, born: date, female: bool) -> str:
    """A DVLA driving licence number: the surname's first five letters (9-padded), the decade digit, the month
    (plus 50 for women), the day, the year digit, two initials (9-padded), a digit and two check letters."""
    sur = "".join(ch for ch in plain(last).upper() if ch.isalpha())[:5].ljust(5, "9")
    month = born.month + (50 if female else 0)
    initials = "".join(ch for ch in plain(first).upper() if ch.isalpha())[:1].ljust(2, "9")
    return (f"{sur}{born.year % 100 // 10}{month:02d}{born.day:02d}{born.year % 10}{initials}9"
            f"{g.code('AA')}")


def gb_nhs(g: Gen) -> str:
    def make() -> str:
        body = g.rnd.choice("46") + g.digits(8)
        total = sum((10 - i) * int(ch) for i, ch in enumerate(body))
        check = (11 - total % 11) % 11
        return body + str(check) if check != 10 else "0"

    return g.valid(make, _nhs.is_valid)


def gb_vat(g: Gen) -> str:
    return "GB" + g.valid(lambda: g.rnd.choice("123") + g.digits(8), _gb_vat.is_valid)


#: BNZ branches in Auckland (python-stdnum's branch register knows them)
NZ_BRANCHES = ["0124", "0144", "0152", "0192", "0216", "0272"]


def nz_bank_account(g: Gen) -> str:
    def make() -> str:
        return f"02-{g.rnd.choice(NZ_BRANCHES)}-{g.digits(7)}-{g.rnd.choice(['000', '000', '001', '002'])}"

    return g.valid(make, _nz_bank.is_valid)


def nz_licence(g: Gen) -> str:
    return g.code("AA999999")


def ca_sin(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        body = g.rnd.choice("1234567") + g.digits(7)
        return body + luhn.calc_check_digit(body)

    number = g.valid(make, _sin.is_valid)
    return f"{number[:3]}-{number[3:6]}-{number[6:]}" if dashed else number


def ca_bn(g: Gen, program: str = "RT") -> str:
    def make() -> str:
        body = g.rnd.choice("12378") + g.digits(7)
        return body + luhn.calc_check_digit(body)

    return f"{g.valid(make, _bn.is_valid)}{program}0001"


def ab_licence(g: Gen) -> str:
    """An Alberta operator's licence number (``123456-789``: no check digit)."""
    return f"{g.digits(6)}-{g.digits(3)}"


def qc_permis(g: Gen, last: str, born: date, female: bool) -> str:
    """Shaped like a SAAQ licence number: the surname's initial, four digits, the birth date as ``DDMMYY`` (month
    plus 50 for women) and two digits."""
    month = born.month + (50 if female else 0)
    return f"{plain(last)[0].upper()}{g.digits(4)}-{born.day:02d}{month:02d}{born.year % 100:02d}-{g.digits(2)}"


def gh_card(g: Gen) -> str:
    """A Ghana Card PIN (``GHA-`` nine digits and a digit: the check digit is not public, drawn at random)."""
    return f"GHA-{g.rnd.choice('1234567')}{g.digits(8)}-{g.digits(1)}"


def gh_ssnit(g: Gen, born: date) -> str:
    """A SSNIT number shaped as issued (a letter, the birth date as ``YYMMDD``, six digits)."""
    return f"{g.rnd.choice('CDEF')}{born:%y%m%d}{g.digits(6)}"


def gh_tin(g: Gen, prefix: str = "P") -> str:
    def make() -> str:
        body = prefix + "00" + g.digits(7)
        return body + _gh_tin.calc_check_digit(body + "0")

    return g.valid(make, _gh_tin.is_valid)


def hkid_check(body: str) -> str:
    """The check character of a Hong Kong identity card number (one or two letters and six digits)."""
    chars = (" " + body) if len(body) == 7 else body
    values = [36 if ch == " " else (ord(ch) - 55 if ch.isalpha() else int(ch)) for ch in chars]
    total = sum(v * w for v, w in zip(values, range(9, 1, -1)))
    check = (11 - total % 11) % 11
    return "A" if check == 10 else str(check)


def hkid(g: Gen) -> str:
    body = (g.rnd.choice(["", "", "", "", "X"]) + g.rnd.choice("ACDEGHKMPRVYZ") + g.digits(6))
    return f"{body}({hkid_check(body)})"


def hkid_shaped_invalid(g: Gen) -> str:
    body = g.rnd.choice("ACDEGHKMPRVYZ") + g.digits(6)
    wrong = g.rnd.choice([ch for ch in "0123456789A" if ch != hkid_check(body)])
    return f"{body}({wrong})"


def ch_ahv(g: Gen) -> str:
    body = "756" + g.digits(9)
    number = body + ean.calc_check_digit(body)
    assert _ahv.is_valid(number)
    return _ahv.format(number)


def ch_ahv_shaped_invalid(g: Gen) -> str:
    body = "756" + g.digits(9)
    good = ean.calc_check_digit(body)
    return _ahv.format(body + g.rnd.choice([d for d in string.digits if d != good]))


def ch_uid(g: Gen) -> str:
    def make() -> str:
        body = g.rnd.choice("1234") + g.digits(7)
        return "CHE" + body + _uid.calc_check_digit(body)

    return _uid.format(g.valid(make, _uid.is_valid))


#: BBAN layouts (9 a digit, A a letter, Z either); python-stdnum checks the result
BBAN = {"CH": "99999999999999999", "BE": "999999999999"}
BE_BANKS = ["001", "063", "068", "363", "735", "750", "973", "001", "310"]


def iban(g: Gen, country: str, spaced: bool = False) -> str:
    """A valid IBAN of ``country`` (check digits computed, national checks retried, python-stdnum checks it)."""

    def make() -> str:
        if country == "BE":
            base = g.rnd.choice(BE_BANKS) + g.digits(7)
            bban = base + f"{int(base) % 97 or 97:02d}"
        else:
            bban = g.code(BBAN[country])
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        return f"{country}{check:02d}{bban}"

    ok = _be_iban.is_valid if country == "BE" else _iban.is_valid
    number = g.valid(make, ok)
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def ar_dni(g: Gen, born: date) -> str:
    """A DNI roughly in the range issued for the birth year (python-stdnum checks the length)."""
    lead = max(5, min(47, int((born.year - 1935) * 0.65) + g.rnd.randint(-1, 1)))
    return f"{lead}{g.digits(6)}"


def ar_cuil(dni: str, female: bool) -> str:
    """The CUIL of a DNI (type 20 or 27, 23 when the check digit would be 10)."""
    weights = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    body = ("27" if female else "20") + dni.zfill(8)
    if sum(w * int(n) for w, n in zip(weights, body)) % 11 == 1:
        body = "23" + dni.zfill(8)
    number = body + _cuit.calc_check_digit(body)
    assert _cuit.is_valid(number)
    return f"{number[:2]}-{number[2:10]}-{number[10]}"


def ar_cuit_company(g: Gen) -> str:
    def make() -> str:
        body = g.rnd.choice(["30", "33"]) + g.rnd.choice("567") + g.digits(7)
        return body + _cuit.calc_check_digit(body)

    number = g.valid(make, _cuit.is_valid)
    return f"{number[:2]}-{number[2:10]}-{number[10]}"


def ar_legajo_invalid(g: Gen) -> str:
    """Eleven digits starting like a CUIL that fail its check (a file number)."""
    def make() -> str:
        return g.rnd.choice(["20", "27"]) + g.digits(9)

    return g.valid(make, lambda x: not _cuit.is_valid(x))


AR_BANKS = ["011", "007", "017", "072", "285", "191", "150"]


def ar_cbu(g: Gen) -> str:
    def make() -> str:
        head = g.rnd.choice(AR_BANKS) + g.digits(4)
        account = g.digits(13)
        return head + _cbu.calc_check_digit(head) + account + _cbu.calc_check_digit(account)

    return g.valid(make, _cbu.is_valid)


def be_nn(g: Gen, born: date, female: bool) -> str:
    """A Belgian national number encoding ``born`` and the sex (odd counter for men, even for women)."""
    def make() -> str:
        counter = g.rnd.randrange(2 if female else 1, 998, 2)
        body = f"{born:%y%m%d}{counter:03d}"
        base = int(("2" if born.year >= 2000 else "") + body)
        return body + f"{97 - base % 97:02d}"

    number = g.valid(make, _nn.is_valid)
    return _nn.format(number) if g.rnd.random() < 0.5 else number


def be_nn_shaped_invalid(g: Gen) -> str:
    def make() -> str:
        return f"{g.rnd.randint(60, 99)}{g.rnd.randint(1, 12):02d}{g.rnd.randint(1, 28):02d}{g.digits(5)}"

    return g.valid(make, lambda x: not _nn.is_valid(x))


def be_eid(g: Gen) -> str:
    body = "59" + g.digits(8)
    return _eid.format(body + f"{int(body) % 97 or 97:02d}")


def be_vat(g: Gen) -> str:
    def make() -> str:
        base = g.rnd.choice(["04", "05", "06", "07", "08"]) + g.digits(6)
        return base + f"{97 - int(base) % 97:02d}"

    number = g.valid(make, _be_vat.is_valid)
    return f"BE {number[:4]}.{number[4:7]}.{number[7:]}"


def be_ogm(g: Gen) -> str:
    base = g.digits(10)
    number = base + f"{int(base) % 97 or 97:02d}"
    assert _ogm.is_valid(number)
    return _ogm.format(number)


def dk_cpr(g: Gen, born: date, female: bool) -> str:
    """A CPR number encoding ``born`` (century digit as issued, last digit even for women)."""
    century = g.rnd.choice("0123") if born.year < 2000 else "4"
    last = g.rnd.choice("02468" if female else "13579")
    number = f"{born:%d%m%y}-{century}{g.digits(2)}{last}"
    assert _cpr.is_valid(number) and _cpr.get_birth_date(number) == born
    return number


def dk_cpr_shaped_invalid(g: Gen) -> str:
    """``DDMMYY-NNNN`` whose date does not exist (a case number)."""
    return f"{g.rnd.randint(32, 69):02d}{g.rnd.randint(1, 12):02d}{g.digits(2)}-{g.digits(4)}"


def dk_cvr(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("123456789") + g.digits(7), _cvr.is_valid)


def ua_rntrc(g: Gen, born: date, female: bool) -> str:
    """An individual tax number (РНОКПП): days since 1899-12-31, a serial whose last digit is even for women."""
    days = (born - date(1899, 12, 31)).days
    body = f"{days:05d}{g.digits(3)}{g.rnd.choice('02468' if female else '13579')}"
    number = body + _rntrc.calc_check_digit(body)
    assert _rntrc.is_valid(number)
    return number


def ua_rntrc_shaped_invalid(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("23") + g.digits(9), lambda x: not _rntrc.is_valid(x))


def ua_passport(g: Gen) -> str:
    """An ID card number (nine digits) or an old booklet passport's series and number."""
    if g.rnd.random() < 0.55:
        return "00" + g.digits(7)
    return g.rnd.choice(["КА", "КВ", "КС", "КН", "ЕК", "ЕЕ"]) + g.digits(6)


def ua_edrpou(g: Gen) -> str:
    def make() -> str:
        body = g.rnd.choice("234") + g.digits(6)
        return body + _edrpou.calc_check_digit(body)

    return g.valid(make, _edrpou.is_valid)


def jp_my_number(g: Gen) -> str:
    body = g.digits(11)
    number = body + _jp_in.calc_check_digit(body)
    assert _jp_in.is_valid(number)
    return number


def jp_corporate(g: Gen) -> str:
    body = g.rnd.choice("2345678") + g.digits(11)
    number = _jp_cn.calc_check_digit(body) + body
    assert _jp_cn.is_valid(number)
    return number


def jp_pension(g: Gen) -> str:
    """A basic pension number (``NNNN-NNNNNN``: no check digit)."""
    return f"{g.rnd.randint(1000, 9999)}-{g.digits(6)}"


def jp_licence(g: Gen) -> str:
    """A Japanese driving licence number (twelve digits: Fukuoka's code 90, the year of issue, a serial)."""
    return f"90{g.rnd.randint(0, 24):02d}{g.digits(7)}{g.rnd.choice('0001')}"


def token(g: Gen, prefix: str, n: int = 24) -> str:
    return prefix + g.digits(n, string.ascii_letters + string.digits)


def sha1(g: Gen) -> str:
    return hashlib.sha1(str(g.rnd.random()).encode(), usedforsecurity=False).hexdigest()
