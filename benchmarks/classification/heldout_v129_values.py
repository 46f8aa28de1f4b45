"""Values of held-out set v129 (:mod:`benchmarks.classification.heldout_v129`): v129's random source, and names,
streets, cities, organisations and free-text snippets written by hand for v129's scouting, guiding, youth club and
summer camp systems (no Faker, no list of real people, no breach data), phones checked with phonenumbers and
identifiers with check digits computed and checked with python-stdnum (the Australian Medicare check is written out
here).

Self-contained: nothing here is imported from the value modules of earlier sets; only the ``Column`` class is shared.
The generic ``Gen`` helpers follow v98's; the lists below are new.
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
from stdnum.be import nn as _nn
from stdnum.ca import sin as _sin
from stdnum.ch import ssn as _ahv
from stdnum.id import nik as _nik
from stdnum.il import idnr as _idnr
from stdnum.is_ import kennitala as _kt
from stdnum.mx import curp as _curp
from stdnum.my import nric as _nric
from stdnum.pt import cc as _cc
from stdnum.pt import nif as _nif
from stdnum.us import ssn as _ssn

from benchmarks.classification.heldout_v2 import Column

SEED = 129_404_2026
N = "none"
#: a login or a scout name (review, as in earlier sets)
USERNAME = "unclassified"
#: NULL-like strings of v129's systems (tests skip them)
NULLISH: tuple[str, ...] = (
    "", " ", "-", "--", "NULL", "null", "n/a", "N/A", "NA", "none", "None", "unknown", "Unknown", "UNK", "?",
    "nil", "Nil", "NKA", "HAKUNA", "Nothing", "0", "no", "No", "nothing", "nope", "hakuna", "sin dato", "ninguna", "nada", "sem dados", "nenhuma",
    "keine", "nichts", "k.A.", "geen", "niets", "/", "ekkert", "engin", "אין", "ללא", "tidak ada", "tidak", "-nil-")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return ("".join(ch for ch in text if not unicodedata.combining(ch)).replace("ß", "ss").replace("'", "")
            .replace("ð", "d").replace("þ", "th").replace("æ", "ae"))


class Gen:
    """The random source of one table: ``rows`` rows, seeded from :data:`SEED` and ``table``."""

    def __init__(self, table: str, rows: int) -> None:
        self.table = table
        self.rows = rows
        self.rnd = random.Random(f"v129:{SEED}:{table}")

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
        return f"{self.rnd.randint(1, 6)}.{self.rnd.randint(0, 24)}.{self.rnd.randint(0, 40)}"

    def ipv4(self) -> str:
        first = self.rnd.choice([42, 49, 60, 81, 82, 86, 109, 115, 175, 202, 203, 210, 212, 217])
        return f"{first}.{self.rnd.randint(0, 255)}.{self.rnd.randint(0, 255)}.{self.rnd.randint(1, 254)}"

    def ipv6(self) -> str:
        head = self.rnd.choice(["2001", "2400", "2a01", "2a02", "2402"])
        return head + ":" + ":".join(f"{self.rnd.randint(0, 0xFFFF):x}" for _ in range(7))

    def ip(self, v6: float = 0.3) -> str:
        return self.ipv6() if self.rnd.random() < v6 else self.ipv4()

    # -- phones
    def phone(self, region: str, fmt: str = "e164", mobile: bool = True) -> str:
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        nsn = phonenumbers.national_significant_number(example)
        keep = max(len(nsn) - 6, 1)

        def make() -> str:
            if region in AREAS:
                return self.rnd.choice(AREAS[region]) + str(self.rnd.randint(2, 9)) + self.digits(6)
            return nsn[:keep] + self.digits(len(nsn) - keep)

        def ok(candidate: str) -> bool:
            number = phonenumbers.parse(f"+{example.country_code}{candidate}")
            return (phonenumbers.is_valid_number(number)
                    and phonenumbers.region_code_for_number(number) == region)

        number = phonenumbers.parse(f"+{example.country_code}{self.valid(make, ok)}")
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
        return self.col(lambda: self.phone(region, self.rnd.choices(names, weights)[0], self.rnd.random() < mobile),
                        null)


def c(name: str, kind: str, sql_type: str, values: list[Any], *tags: str) -> Column:
    """One labeled column."""
    return Column(name, kind, sql_type, values, frozenset(tags))


#: North American area codes of the regions of v129 (Wyoming, Yukon)
AREAS = {"US": ["307"], "CA": ["867"]}

# -- names (written for v129) ------------------------------------------------------------------------------------------

#: language -> (male given names, female given names, family names)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "wy": (["Wyatt", "Colter", "Bridger", "Tanner", "Hayden", "Jace", "Rylan", "Caden", "Ledger", "Brooks"],
           ["Kinsley", "Shelby", "Harper", "Addison", "Teagan", "Brynlee", "Kaylee", "Oaklynn", "Sage", "Rylee"],
           ["Fenimore", "Hjelle", "Storjohann", "Bollinger", "Chrisman", "Yellowtail", "Wardell", "Kvenild",
            "Thibodeaux", "Rasmussen", "Pehringer", "Castaneda", "Dockery", "Lundvall"]),
    "gg": (["Ollie", "Harvey", "Finley", "Archie", "Jago", "Louis", "Elliot", "Rory"],
           ["Isla", "Daisy", "Erin", "Phoebe", "Lola", "Amelie", "Tilly", "Darcey"],
           ["Le Page", "De Garis", "Le Tissier", "Ozanne", "Brehaut", "Mauger", "Le Prevost", "Robilliard",
            "Bichard", "Falla", "Gallienne", "Tostevin"]),
    "yt": (["Kieran", "Tristan", "Asher", "Dawson", "Ezra", "Silas", "Rowan", "Desmond"],
           ["Sloane", "Willow", "Aurora", "Kenna", "Mila", "Hazel", "Piper", "Juniper"],
           ["Charlie", "Smarch", "Sidney", "Kushniruk", "Lindstrom", "Tizya", "Van Bibber", "Bergeron",
            "Johnston", "Grenier", "Lemieux-Dion", "Njootli"]),
    "tz": (["Baraka", "Juma", "Emmanuel", "Lengai", "Frank", "Idrisa", "Elia", "Gabriel"],
           ["Neema", "Rehema", "Upendo", "Zawadi", "Anna", "Glory", "Happiness", "Naserian"],
           ["Mollel", "Laizer", "Massawe", "Kimaro", "Lyimo", "Swai", "Mushi", "Mbise", "Urio", "Saning'o",
            "Mrema", "Shirima"]),
    "au": (["Jarrah", "Koby", "Harrison", "Nate", "Riley", "Tyson", "Cooper", "Dante"],
           ["Kirra", "Mackenzie", "Tahlia", "Jasmine", "Indi", "Matilda", "Shontelle", "Ruby"],
           ["Wanambi", "Nakamarra", "Fitzgerald", "Tipiloura", "Papadakis", "Tran", "O'Donoghue", "Hollingsworth",
            "Pascoe", "Tambling", "Kerinaiua", "Moroney"]),
    "bd": (["Tanvir", "Rakib", "Shafiqul", "Mahmudul", "Arif", "Sabbir", "Nazmul", "Imtiaz"],
           ["Nusrat", "Sumaiya", "Farzana", "Tasnim", "Jannatul", "Sadia", "Rumana", "Afroza"],
           ["Chowdhury", "Hossain", "Rahman", "Uddin", "Barua", "Talukder", "Kabir", "Majumder", "Islam", "Sikder",
            "Bhuiyan", "Das"]),
    "my": (["Aiman", "Danial", "Jonathan", "Haziq", "Ryan", "Edmund", "Jugah", "Wei Jie"],
           ["Nurul", "Aisyah", "Grace", "Mei Ling", "Dayang", "Jessica", "Siti", "Sharon"],
           ["Lim", "Wong", "Tiong", "Ngu", "Ling", "Jelani", "Nyandang", "Sulaiman", "Bujang", "Awang", "Chai",
            "Liew"]),
    "lk": (["Kasun", "Chamara", "Dinuka", "Tharindu", "Ashan", "Nuwan", "Ravindu", "Sahan"],
           ["Nethmi", "Dilini", "Sachini", "Hiruni", "Tharushi", "Kaveesha", "Anjali", "Ishara"],
           ["Perera", "Jayasinghe", "Wickramasinghe", "Bandara", "Herath", "Rathnayake", "Dissanayake",
            "Senanayake", "Gunawardena", "Ekanayake", "Kumarasinghe", "Abeysekera"]),
    "mx": (["Axel", "Iván", "Julián", "Tadeo", "Gael", "Rogelio", "Cuauhtémoc", "Bruno"],
           ["Valeria", "Regina", "Fernanda", "Renata", "Dulce", "Montserrat", "Abril", "Xóchitl"],
           ["Cortés", "Galindo", "Tlapa", "Mendoza", "Arellano", "Pacheco", "Xicoténcatl", "Bravo", "Aguilar",
            "Espinosa", "Toxqui", "Rivera"]),
    "pt": (["Tiago", "Rodrigo", "Duarte", "Gonçalo", "Afonso", "Tomás", "Martim", "Salvador"],
           ["Inês", "Beatriz", "Leonor", "Matilde", "Carolina", "Mariana", "Francisca", "Margarida"],
           ["Ferreira", "Sousa", "Loureiro", "Amaral", "Figueiredo", "Cardoso", "Pinto", "Almeida", "Marques",
            "Lopes", "Rebelo", "Quintela"]),
    "ch": (["Luca", "Nico", "Jonas", "Levin", "Gian", "Silvan", "Reto", "Matteo"],
           ["Lea", "Nina", "Alina", "Seraina", "Mia", "Flurina", "Anja", "Lara"],
           ["Bucher", "Wicki", "Schnyder", "Achermann", "Bühlmann", "Zemp", "Amrein", "Portmann", "Kaufmann",
            "Felder", "Stadelmann", "Duss"]),
    "be": (["Wout", "Arne", "Lander", "Jelle", "Ruben", "Seppe", "Warre", "Mats"],
           ["Fien", "Lotte", "Ine", "Hanne", "Marthe", "Febe", "Nore", "Elien"],
           ["Vandenbroucke", "De Vlaeminck", "Verhaeghe", "Desmet", "Vermeulen", "Vanhoutte", "Goethals", "Deprez",
            "Van Acker", "Callewaert", "Dewulf", "Maes"]),
    "he": (["יונתן", "איתי", "עומר", "נועם", "אורי", "דניאל", "עידו", "יואב"],
           ["נועה", "מאיה", "תמר", "שירה", "יעל", "הילה", "רוני", "אביגיל"],
           ["כהן", "לוי", "מזרחי", "פרץ", "ביטון", "אברהם", "פרידמן", "שפירא", "גולן", "אוחיון", "בן דוד",
            "רוזנברג"]),
    "id": (["Rizky", "Bagus", "Dimas", "Fajar", "Arief", "Yoga", "Wahyu", "Ilham"],
           ["Putri", "Ayu", "Dewi", "Anisa", "Nadia", "Salsabila", "Intan", "Citra"],
           ["Santoso", "Wijaya", "Prasetyo", "Kurniawan", "Hidayat", "Setiawan", "Nugroho", "Susanto", "Purnomo",
            "Saputra", "Lestari", "Wulandari"]),
}

#: Icelandic given names (male, female) and fathers' names as (son's patronymic, daughter's patronymic)
IS_GIVEN = (["Gunnar", "Einar", "Snorri", "Ragnar", "Baldur", "Hrafn", "Ísak", "Kári"],
            ["Guðrún", "Sigrún", "Ásdís", "Hildur", "Katla", "Sóley", "Embla", "Þórdís"])
IS_FATHERS = [("Jónsson", "Jónsdóttir"), ("Stefánsson", "Stefánsdóttir"), ("Magnússon", "Magnúsdóttir"),
              ("Ólafsson", "Ólafsdóttir"), ("Sigurðarson", "Sigurðardóttir"), ("Helgason", "Helgadóttir"),
              ("Björnsson", "Björnsdóttir"), ("Pálsson", "Pálsdóttir"), ("Hermannsson", "Hermannsdóttir")]

#: Swiss scout names (Pfadinamen) and Flemish scout totems
PFADINAMEN = ["Fuchs", "Pfiff", "Chili", "Smily", "Tschipsi", "Kolibri", "Mungg", "Zwirbel", "Luchs", "Kiwi",
              "Wirbel", "Spatz", "Gemsli", "Fägi", "Muffin", "Pingu", "Speedy", "Falco", "Hummel", "Blitz"]
TOTEMS = ["Speelse Bever", "Trouwe Husky", "Guitige Eekhoorn", "Dappere Das", "Vrolijke Koolmees",
          "Behulpzame Kwikstaart", "Nieuwsgierige Otter", "Speelse Tamarin", "Zorgzame Ijsvogel", "Eerlijke Wolf",
          "Fiere Buizerd", "Schalkse Vos", "Rustige Reiger", "Ondernemende Marter"]


def person(g: Gen, lang: str = "wy", female: bool | None = None) -> tuple[str, str]:
    """A (given name, family name) pair of ``lang``."""
    if female is None:
        female = g.rnd.random() < 0.5
    if lang == "is":
        return g.rnd.choice(IS_GIVEN[1] if female else IS_GIVEN[0]), g.rnd.choice(IS_FATHERS)[1 if female else 0]
    male, fem, fam = NAMES[lang]
    return g.rnd.choice(fem if female else male), g.rnd.choice(fam)


def whole(g: Gen, lang: str = "wy") -> str:
    a, b = person(g, lang)
    return f"{a} {b}"


def given(g: Gen, lang: str = "wy") -> str:
    return person(g, lang)[0]


def plain(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isascii() and (ch.isalnum() or ch == "."))


#: romanized local parts of e-mails of people named in Hebrew script
HE_LOCAL = ["yonatan", "itay", "omer", "noam", "noa", "maya", "tamar", "shira", "yael", "cohen", "levi", "mizrahi",
            "golan", "ronnie", "avigail", "ido"]


def email_of(g: Gen, first: str, last: str, domains: list[str]) -> str:
    a, b = plain(first), plain(last)
    if not a or not b:
        a, b = g.rnd.choice(HE_LOCAL), g.rnd.choice(HE_LOCAL)
    local = g.rnd.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{g.rnd.randint(1, 99)}", f"{b}.{a}{g.rnd.randint(70, 99)}",
                          f"{a}_{b}{g.rnd.randint(1, 12)}"])
    return f"{local}@{g.rnd.choice(domains)}"


def login(first: str, last: str, style: int) -> str:
    a, b = plain(first).replace(".", ""), plain(last).replace(".", "")
    return [f"{a[0]}{b}"[:12], f"{a}.{b}", f"{b[:6]}{a[:2]}".lower() + "07"][style % 3]


DOMAINS: dict[str, list[str]] = {
    "wy": ["gmail.com", "yahoo.com", "tctwest.net", "outlook.com", "icloud.com"],
    "gg": ["gmail.com", "cwgsy.net", "suremail.gg", "hotmail.co.uk", "icloud.com"],
    "yt": ["gmail.com", "northwestel.net", "hotmail.com", "outlook.com"],
    "tz": ["gmail.com", "yahoo.com", "hotmail.com"],
    "au": ["gmail.com", "bigpond.com", "outlook.com.au", "hotmail.com"],
    "bd": ["gmail.com", "yahoo.com", "hotmail.com"],
    "my": ["gmail.com", "yahoo.com.my", "hotmail.com", "outlook.com"],
    "lk": ["gmail.com", "yahoo.com", "sltnet.lk", "hotmail.com"],
    "mx": ["gmail.com", "hotmail.com", "outlook.es", "yahoo.com.mx"],
    "pt": ["gmail.com", "sapo.pt", "hotmail.com", "outlook.pt", "netcabo.pt"],
    "ch": ["bluewin.ch", "gmx.ch", "gmail.com", "hispeed.ch", "sunrise.ch"],
    "be": ["telenet.be", "skynet.be", "gmail.com", "hotmail.com", "proximus.be"],
    "is": ["simnet.is", "gmail.com", "internet.is", "visir.is"],
    "he": ["gmail.com", "walla.co.il", "012.net.il", "bezeqint.net"],
    "id": ["gmail.com", "yahoo.co.id", "ymail.com", "outlook.com"],
}

# -- places (written for v129) -----------------------------------------------------------------------------------------

#: (city, ZIP) in Wyoming's Bighorn Basin and around
WY_CITIES = [("Cody", "82414"), ("Powell", "82435"), ("Worland", "82401"), ("Greybull", "82426"),
             ("Lovell", "82431"), ("Thermopolis", "82443"), ("Sheridan", "82801"), ("Riverton", "82501")]
WY_STREETS = ["Big Horn Ave", "Sheridan Ave", "Beck Ave", "Road 18", "Absaroka St", "Coulter Ave", "Gateway Blvd",
              "Lane 11 1/2", "Shoshone Trl", "Meeteetse Rd"]
#: (parish, postcode district) in Guernsey
GG_PARISHES = [("St Peter Port", "GY1"), ("St Sampson", "GY2"), ("Vale", "GY3"), ("St Martin", "GY4"),
               ("Castel", "GY5"), ("St Andrew", "GY6"), ("St Saviour", "GY7"), ("Forest", "GY8"),
               ("St Pierre du Bois", "GY7"), ("Torteval", "GY8")]
GG_STREETS = ["Les Banques", "Rue des Fontaines", "Route de Cobo", "Les Amballes", "Rue du Manoir", "La Route du Braye",
              "Hauteville", "Les Croutes", "Rue de la Hougue", "Mount Durand", "Route des Landes", "Les Camps du Moulin"]
#: (community, postal code or its first three characters) in the Yukon
YT_PLACES = [("Whitehorse", "Y1A"), ("Whitehorse", "Y1A"), ("Whitehorse", "Y1A"), ("Dawson City", "Y0B 1G0"),
             ("Haines Junction", "Y0B 1L0"), ("Watson Lake", "Y0A 1C0"), ("Carmacks", "Y0B 1C0"),
             ("Mayo", "Y0B 1M0"), ("Carcross", "Y0B 1B0"), ("Teslin", "Y0A 1B0")]
YT_STREETS = ["Hanson St", "Range Rd", "Hillcrest Dr", "Porter Creek Rd", "Copper Ridge Dr", "Alsek Rd",
              "Fifth Ave", "Wann Rd", "Klondike Hwy", "Tagish Ave", "Falcon Dr", "Lewes Blvd"]
#: districts of the Arusha and Kilimanjaro regions (district, region)
TZ_DISTRICTS = [("Arusha City", "Arusha"), ("Meru", "Arusha"), ("Karatu", "Arusha"), ("Monduli", "Arusha"),
                ("Longido", "Arusha"), ("Moshi Municipal", "Kilimanjaro"), ("Hai", "Kilimanjaro"),
                ("Babati", "Manyara")]
#: (suburb or town, postcode) in the Northern Territory
NT_PLACES = [("Nightcliff", "0810"), ("Casuarina", "0810"), ("Parap", "0820"), ("Palmerston", "0830"),
             ("Humpty Doo", "0836"), ("Howard Springs", "0835"), ("Katherine", "0850"), ("Alice Springs", "0870"),
             ("Stuart Park", "0820"), ("Leanyer", "0812")]
NT_STREETS = ["Trower Rd", "Dick Ward Dr", "Bagot Rd", "Progress Dr", "Rapid Creek Rd", "Temple Tce",
              "Gsell St", "Lee Point Rd", "Nemarluk Dr", "Giles St", "Woolner Rd", "Kalymnos Dr"]
#: (thana or upazila, post code) of Chattogram district
BD_PLACES = [("Panchlaish", "4203"), ("Kotwali", "4000"), ("Halishahar", "4216"), ("Patenga", "4204"),
             ("Double Mooring", "4100"), ("Hathazari", "4330"), ("Sitakunda", "4310"), ("Pahartali", "4202")]
BD_STREETS = ["O.R. Nizam Road", "CDA Avenue", "Jamal Khan Road", "Mehedibag Road", "Agrabad Access Road",
              "Chawkbazar Lane 3", "Port Connecting Road", "Nasirabad Housing Road 2", "Enayet Bazar Road"]
#: (town, postcode or its first three digits) in Sarawak
MY_PLACES = [("Kuching", "930"), ("Kuching", "932"), ("Kota Samarahan", "94300"), ("Sibu", "96000"),
             ("Miri", "98000"), ("Bintulu", "97000"), ("Serian", "94700"), ("Bau", "94000")]
MY_STREETS = ["Jalan Padungan", "Jalan Tun Jugah", "Lorong Stutong 5", "Jalan Song", "Jalan Ellis",
              "Taman BDC Lorong 2", "Jalan Datuk Abang Abdul Rahim", "Jalan Keretapi", "Lorong Tabuan Jaya 3"]
#: (town, postal code) around Kandy
LK_PLACES = [("Kandy", "20000"), ("Peradeniya", "20400"), ("Katugastota", "20800"), ("Gampola", "20500"),
             ("Kundasale", "20168"), ("Digana", "20180"), ("Matale", "21000"), ("Kurunegala", "60000")]
LK_STREETS = ["Peradeniya Road", "Dalada Veediya", "William Gopallawa Mawatha", "Katugastota Road",
              "Hantana Road", "Lady Gordon's Drive", "Temple Lane", "Rajapihilla Mawatha", "Ampitiya Road"]
#: (municipio, postal code) around Puebla
MX_PLACES = [("Puebla", "720"), ("Puebla", "724"), ("Puebla", "725"), ("San Andrés Cholula", "72810"),
             ("San Pedro Cholula", "72760"), ("Cuautlancingo", "72700"), ("Atlixco", "74200"), ("Tehuacán", "75700")]
#: colonias of Puebla
MX_COLONIAS = ["La Paz", "Centro", "Amalucan", "San Manuel", "Huexotitla", "Jardines de San Manuel", "Momoxpan",
               "Lomas de Angelópolis", "El Carmen", "Bosques de San Sebastián"]
MX_STREETS = ["Calle 25 Poniente", "Av. Juárez", "Blvd. 5 de Mayo", "Privada 3 Sur", "Calle 14 Oriente",
              "Av. Reforma", "Cerrada Tlaxcala", "Calle 11 Norte", "Av. Las Torres", "Calle Zacatecas"]
#: (localidade, código postal prefix) in the Viseu district
PT_PLACES = [("Viseu", "3500"), ("Viseu", "3510"), ("Mangualde", "3530"), ("Tondela", "3460"), ("Nelas", "3520"),
             ("São Pedro do Sul", "3660"), ("Castro Daire", "3600"), ("Sátão", "3560")]
PT_STREETS = ["Rua Formosa", "Avenida Alberto Sampaio", "Rua do Comércio", "Travessa da Misericórdia",
              "Rua Dr. Aristides de Sousa Mendes", "Bairro da Balsa", "Rua das Bocas", "Largo da Feira",
              "Rua Capitão Silva Pereira", "Estrada de Nelas"]
#: (Ort, PLZ) around Lucerne
CH_PLACES = [("Luzern", "6003"), ("Luzern", "6004"), ("Luzern", "6005"), ("Kriens", "6010"),
             ("Emmenbrücke", "6020"), ("Ebikon", "6030"), ("Horw", "6048"), ("Littau", "6014"), ("Meggen", "6045")]
CH_STREETS = ["Bireggstrasse", "Obergrundstrasse", "Sentimattstrasse", "Gerliswilstrasse", "Dorfstrasse",
              "Zihlmattweg", "Schachenstrasse", "Seeburgstrasse", "Luzernerstrasse", "Adligenswilerstrasse"]
#: (gemeente, postcode) around Bruges
BE_PLACES = [("Brugge", "8000"), ("Sint-Andries", "8200"), ("Sint-Kruis", "8310"), ("Assebroek", "8310"),
             ("Oostkamp", "8020"), ("Damme", "8340"), ("Jabbeke", "8490"), ("Zedelgem", "8210")]
BE_STREETS = ["Langestraat", "Gistelse Steenweg", "Moerkerkse Steenweg", "Baron Ruzettelaan", "Torhoutse Steenweg",
              "Kazernevest", "Vaartdijkstraat", "Diksmuidse Heirweg", "Lange Molenstraat", "Kerkebrugstraat"]
#: (sveitarfélag or town, póstnúmer)
IS_PLACES = [("Reykjavík", "101"), ("Reykjavík", "105"), ("Reykjavík", "107"), ("Kópavogur", "200"),
             ("Hafnarfjörður", "220"), ("Akureyri", "600"), ("Akureyri", "603"), ("Dalvík", "620"),
             ("Húsavík", "640"), ("Egilsstaðir", "700")]
IS_STREETS = ["Laugavegur", "Hringbraut", "Þingholtsstræti", "Brekkugata", "Hafnarstræti", "Víðimýri",
              "Álfhólsvegur", "Lækjargata", "Skarðshlíð", "Furulundur"]
#: (city in Hebrew, first two digits of its mikud)
IL_PLACES = [("כפר סבא", "44"), ("כפר סבא", "44"), ("רעננה", "43"), ("הוד השרון", "45"), ("הרצליה", "46"),
             ("צור יגאל", "44"), ("ראש העין", "48")]
IL_STREETS = ["ויצמן", "התע\"ש", "רוטשילד", "אחוזה", "הגליל", "טשרניחובסקי", "ירושלים", "בן גוריון", "הרצל",
              "שדרות בגין"]
#: (kelurahan, kecamatan, city, kode pos, NIK region code) in Malang Raya
ID_PLACES = [("Oro-oro Dowo", "Klojen", "Kota Malang", "65119", "357302"),
             ("Lowokwaru", "Lowokwaru", "Kota Malang", "65141", "357305"),
             ("Sawojajar", "Kedungkandang", "Kota Malang", "65139", "357301"),
             ("Bunulrejo", "Blimbing", "Kota Malang", "65123", "357303"),
             ("Bandungrejosari", "Sukun", "Kota Malang", "65148", "357304"),
             ("Sisir", "Batu", "Kota Batu", "65314", "357901"),
             ("Ardimulyo", "Singosari", "Kabupaten Malang", "65153", "350721")]
ID_STREETS = ["Jl. Ijen", "Jl. Soekarno-Hatta", "Jl. Danau Toba", "Jl. Kawi", "Jl. Panglima Sudirman",
              "Jl. Sulfat", "Jl. Bandung", "Jl. Diponegoro", "Gang Mawar", "Jl. Raya Tlogomas"]


def street(g: Gen, streets: list[str], lang: str = "wy") -> str:
    s = g.rnd.choice(streets)
    if lang == "wy":
        return f"{g.rnd.randint(100, 3_900)} {s}"
    n = g.rnd.randint(1, 140)
    if lang in ("ch", "be", "is", "pt", "mx"):
        return f"{s} {n}" if lang != "pt" else f"{s}, {n}" + g.rnd.choice(["", "", f" {g.rnd.randint(1, 4)}º Esq"])
    if lang == "he":
        return f"{s} {n}"
    if lang == "id":
        return f"{s} No. {n}" + g.rnd.choice(["", f" RT {g.rnd.randint(1, 9):02d}/RW {g.rnd.randint(1, 9):02d}"])
    if lang == "bd":
        return f"House {n}, {s}"
    if lang == "my":
        return f"No. {n}, {s}"
    if lang == "lk":
        return f"No. {n}/{g.rnd.randint(1, 9)}, {s}"
    if lang == "gg":
        house = g.rnd.choice(["Le Courtil", "La Maison", "Rose Cottage", "Le Douit"])
        return g.rnd.choice([f"{n} {s}", f"{house}, {s}"])
    return f"{n} {s}"


# -- identifiers (check digits computed and checked with python-stdnum) ------------------------------------------------


def us_ssn(g: Gen, dashed: bool = True) -> str:
    def make() -> str:
        return f"{g.rnd.randint(1, 772):03d}{g.rnd.randint(1, 99):02d}{g.rnd.randint(1, 9999):04d}"

    d = g.valid(make, _ssn.is_valid)
    return f"{d[:3]}-{d[3:5]}-{d[5:]}" if dashed else d


def us_ssn_decoy(g: Gen) -> str:
    """An application number shaped like an SSN and failing its check (area 000, 666 or 9xx)."""
    area = g.rnd.choice(["000", "666", f"9{g.digits(2)}"])
    return f"{area}-{g.digits(2)}-{g.digits(4)}"


def ca_sin(g: Gen) -> str:
    body = str(g.rnd.choice([1, 2, 3, 4, 5, 6, 7, 9])) + g.digits(7)
    d = body + luhn.calc_check_digit(body)
    assert _sin.is_valid(d)
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def luhn_decoy(g: Gen, n: int, spaced: bool = False) -> str:
    """``n`` digits failing the Luhn check (shaped like a SIN or an Israeli identity number)."""
    d = g.valid(lambda: str(g.rnd.randint(1, 9)) + g.digits(n - 1), lambda x: not luhn.is_valid(x))
    return f"{d[:3]} {d[3:6]} {d[6:]}" if spaced else d


_MEDICARE_WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9)


def medicare_is_valid(value: str) -> bool:
    """Whether ``value`` is a valid Australian Medicare card number (10 digits, the 9th a weighted check)."""
    d = "".join(ch for ch in str(value) if ch.isdigit())
    return (len(d) == 10 and d[0] in "23456" and d[9] != "0"
            and sum(int(x) * w for x, w in zip(d[:8], _MEDICARE_WEIGHTS)) % 10 == int(d[8]))


def medicare(g: Gen) -> str:
    body = str(g.rnd.randint(2, 6)) + g.digits(7)
    check = sum(int(x) * w for x, w in zip(body, _MEDICARE_WEIGHTS)) % 10
    d = f"{body}{check}{g.rnd.randint(1, 5)}"
    assert medicare_is_valid(d)
    return g.rnd.choice([f"{d[:4]} {d[4:9]} {d[9]}", d])


def medicare_decoy(g: Gen) -> str:
    """Ten digits failing the Medicare check (an invoice number)."""
    return g.valid(lambda: str(g.rnd.randint(2, 6)) + g.digits(8) + str(g.rnd.randint(1, 9)),
                   lambda x: not medicare_is_valid(x))


def nric(g: Gen, born: date, female: bool) -> str:
    place = g.rnd.choice(["13", "13", "13", "52", "53"])

    def make() -> str:
        last = g.rnd.choice("02468" if female else "13579")
        return f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{place}{g.digits(3)}{last}"

    d = g.valid(make, _nric.is_valid)
    return f"{d[:6]}-{d[6:8]}-{d[8:]}"


def nric_decoy(g: Gen) -> str:
    """Twelve digits failing the MyKad check (a birth place code no state has: a booking reference)."""
    return g.valid(lambda: g.digits(6) + g.rnd.choice(["17", "18", "19", "20", "69", "70"]) + g.digits(4),
                   lambda x: not _nric.is_valid(x))


def doy_leap(born: date) -> int:
    """The day of the year as Sri Lankan NICs count it (every February with 29 days)."""
    return date(2000, born.month, born.day).timetuple().tm_yday


def lk_nic(g: Gen, born: date, female: bool) -> str:
    """A new-format (12 digits) Sri Lankan NIC: birth year, day of the year (+500 for women), serial."""
    return f"{born.year}{doy_leap(born) + (500 if female else 0):03d}{g.digits(5)}"


def nida(g: Gen, born: date) -> str:
    """A Tanzanian NIDA number: birth date, then office, serial and check parts (no published check)."""
    return f"{born.year}{born.month:02d}{born.day:02d}-{g.digits(5)}-{g.digits(5)}-{g.digits(2)}"


def bd_nid(g: Gen, born: date) -> str:
    """A Bangladeshi smart-card NID (10 digits) for adults, or a 17-digit birth registration number (its first four
    digits the birth year) for minors."""
    if born.year <= 2007:
        return str(g.rnd.randint(1, 9)) + g.digits(9)
    return f"{born.year}{g.rnd.choice(['1', '2'])}15{g.digits(10)}"


_CURP_STATES = ["PL", "PL", "PL", "DF", "TL", "VZ"]


def curp(g: Gen, first: str, last: str, mother: str, born: date, female: bool) -> str:
    def letters(text: str) -> str:
        return "".join(ch for ch in fold(text).upper() if ch.isalpha()) or "X"

    a, b, m = letters(last), letters(first), letters(mother)
    vowels = [ch for ch in a[1:] if ch in "AEIOU"] or ["X"]

    def consonant(text: str) -> str:
        return next((ch for ch in text[1:] if ch not in "AEIOU"), "X")

    def make() -> str:
        body = f"{a[0]}{vowels[0]}{m[0]}{b[0]}{born.year % 100:02d}{born.month:02d}{born.day:02d}" \
               f"{'M' if female else 'H'}{g.rnd.choice(_CURP_STATES)}{consonant(a)}{consonant(m)}{consonant(b)}" \
               f"{g.rnd.choice(string.digits) if born.year < 2000 else g.rnd.choice('ABCD')}"
        return body + _curp.calc_check_digit(body)

    return g.valid(make, _curp.is_valid)


def curp_decoy(g: Gen) -> str:
    """Eighteen characters shaped like a CURP and failing its check digit (an enrolment key)."""
    def make() -> str:
        return g.code("AAAA") + f"{g.rnd.randint(8, 19):02d}{g.rnd.randint(1, 12):02d}{g.rnd.randint(1, 28):02d}" \
            + g.rnd.choice("HM") + "PL" + g.code("AAA") + g.rnd.choice("0AB") + g.digits(1)
    return g.valid(make, lambda x: not _curp.is_valid(x))


def imss_nss(g: Gen) -> str:
    """A Mexican IMSS social security number (NSS, 11 digits, Luhn check digit)."""
    body = f"{g.rnd.randint(1, 99):02d}{g.rnd.randint(70, 99):02d}{g.rnd.randint(70, 99):02d}{g.digits(4)}"
    return body + luhn.calc_check_digit(body)


def nif_person(g: Gen) -> str:
    d = g.valid(lambda: g.rnd.choice("123") + g.digits(8), _nif.is_valid)
    return d


def nif_company(g: Gen) -> str:
    return g.valid(lambda: "5" + g.digits(8), _nif.is_valid)


def nif_decoy(g: Gen) -> str:
    """Nine digits failing the NIF check (an invoice number)."""
    return g.valid(lambda: g.rnd.choice("12") + g.digits(8), lambda x: not _nif.is_valid(x))


def cartao_cidadao(g: Gen) -> str:
    body = g.digits(8) + g.digits(1) + g.rnd.choice(["ZZ", "ZY", "ZX", "ZW", "ZV"])
    d = body + _cc.calc_check_digit(body)
    assert _cc.is_valid(d)
    return _cc.format(d)


def ahv(g: Gen) -> str:
    d = g.valid(lambda: "756" + g.digits(10), _ahv.is_valid)
    return _ahv.format(d)


def ahv_decoy(g: Gen) -> str:
    """Thirteen digits starting 756 and failing the EAN-13 check (an invoice number)."""
    d = g.valid(lambda: "756" + g.digits(10), lambda x: not _ahv.is_valid(x))
    return _ahv.format(d)


def belgian_nn(g: Gen, born: date, female: bool) -> str:
    def make() -> str:
        serial = g.rnd.randrange(2 if female else 1, 998, 2)
        body = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{serial:03d}"
        base = int(("2" if born.year >= 2000 else "") + body)
        return f"{body}{97 - base % 97:02d}"

    d = g.valid(make, lambda x: _nn.is_valid(x) and _nn.get_birth_date(x) == born)
    return f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}"


def belgian_nn_decoy(g: Gen) -> str:
    """Eleven digits laid out like a national number and failing its mod-97 check (a member number)."""
    d = g.valid(lambda: f"{g.rnd.randint(8, 19):02d}{g.rnd.randint(1, 12):02d}{g.rnd.randint(1, 28):02d}"
                        f"{g.digits(5)}", lambda x: not _nn.is_valid(x))
    return f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}"


def ogm(g: Gen) -> str:
    """A Belgian structured communication (OGM/VCS), valid for its own mod-97 check."""
    body = int(g.digits(10))
    check = body % 97 or 97
    d = f"{body:010d}{check:02d}"
    return f"+++{d[:3]}/{d[3:7]}/{d[7:]}+++"


def kennitala(g: Gen, born: date, company: bool = False) -> str:
    day = born.day + (40 if company else 0)

    def make() -> str:
        return f"{day:02d}{born.month:02d}{born.year % 100:02d}{g.digits(3)}{'9' if born.year < 2000 else '0'}"

    return _kt.format(g.valid(make, _kt.is_valid))


def kennitala_decoy(g: Gen) -> str:
    """Ten digits laid out like a kennitala and failing its check (an invoice number)."""
    d = g.valid(lambda: f"{g.rnd.randint(1, 28):02d}{g.rnd.randint(1, 12):02d}{g.digits(5)}9",
                lambda x: not _kt.is_valid(x))
    return f"{d[:6]}-{d[6:]}"


def il_id(g: Gen) -> str:
    return g.valid(lambda: g.rnd.choice("0233") + g.digits(8), _idnr.is_valid)


def nik(g: Gen, region: str, born: date, female: bool) -> str:
    d = f"{region}{born.day + (40 if female else 0):02d}{born.month:02d}{born.year % 100:02d}{g.digits(4)}"
    return g.valid(lambda: d, _nik.is_valid)


def nik_decoy(g: Gen) -> str:
    """Sixteen digits failing the NIK's province check (an invoice number)."""
    return g.valid(lambda: g.rnd.choice(["99", "98", "00", "10"]) + g.digits(14), lambda x: not _nik.is_valid(x))


def iban(g: Gen, country: str, bban: Callable[[], str]) -> str:
    """An IBAN of ``country`` around a generated BBAN, valid for python-stdnum (country format included)."""
    def make() -> str:
        body = bban()
        return country + _iban.calc_check_digits(country + "00" + body) + body

    d = g.valid(make, _iban.is_valid)
    return " ".join(d[i:i + 4] for i in range(0, len(d), 4))


def be_bban(g: Gen) -> Callable[[], str]:
    def make() -> str:
        body = g.rnd.choice(["001", "063", "068", "737", "979", "143"]) + g.digits(7)
        return f"{body}{int(body) % 97 or 97:02d}"
    return make


def aba_routing(g: Gen) -> str:
    """A US bank routing number (ABA check: 3-7-1 weights)."""
    def ok(x: str) -> bool:
        return sum(int(ch) * w for ch, w in zip(x, (3, 7, 1) * 3)) % 10 == 0
    return g.valid(lambda: g.rnd.choice(["1023", "1021", "3070"]) + g.digits(5), ok)


# -- organisations and vocabulary (written for v129) -------------------------------------------------------------------

WY_CAMPS = ["Camp Medicine Lodge Creek", "Greybull River Scout Ranch", "Sunlight Basin Adventure Base"]
GG_VENUES = [("Les Vardes Youth Centre", "Route de Cobo"), ("Bordage Youth Hub", "The Bordage"),
             ("L'Islet Community Hall", "Rue des Chênes")]
TZ_UNITS = ["Kijenge Guide Company", "Usa River Brownies", "Moshi Lutheran Rangers", "Karatu Sunrise Guides",
            "Longido Boma Guides"]
TZ_SCHOOLS = ["Arusha Secondary School", "Ilboru Primary School", "Karatu Girls Secondary", "Moshi Technical School",
              "Mringa Primary School"]
BD_UNITS = ["Chattogram Collegiate Open Scout Group", "Patenga Sea Scout Group", "Hathazari Madrasah Cub Pack",
            "Agrabad Rover Crew", "Sitakunda Union Scout Group"]
MX_SECCIONES = ["Manada", "Tropa", "Comunidad", "Clan"]
BE_TAKKEN = ["Kapoenen", "Welpen", "Jonggivers", "Givers", "Jin"]
ID_GOLONGAN = ["Siaga", "Penggalang", "Penegak", "Pandega"]
