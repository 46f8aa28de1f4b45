"""Held-out set v11 for the column classifier: 23 tables in domains no earlier set used, and new table shapes.

Written **blind**, like v2 to v10: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``),
issue 13, how the scorer registers and calls a set (``heldout_v2_accuracy.py``), the *structure* and labeling
conventions of v9 and v10 (``heldout_v10.py``, ``heldout_v10_values.py``, their tests) and the ``Column``/``Table``
classes and writer they build on. The classifier was not run on this set while it was written, no scorer was run on
it, and no score of any set was looked at: nothing here was adjusted to what the classifier does.

What is new against v2 to v10 (v6 to v9 covered many domains, languages and countries, dirty legacy exports and wide,
qualified, SCD2 and event tables; v10 copied ERP, CRM/SaaS, FHIR/HL7 and telecom/IoT exports):

* domains: motor-insurance claims with policyholder, driver, third party, witness and garage
  (``kfz_schaden.schadenmeldung``, German); a university student register (``dziekanat.studenci``, Polish); a vehicle
  register's owner extract (``registr.vozidla_vlastnici``, Czech); last-mile parcel deliveries with recipients, the
  address split into street, house number and suffix, proof of delivery (``bezorging.zendingen``, Dutch) and the
  carrier's subcontractors, almost all business data (``logistiek.onderaannemers``, Dutch); gambling KYC with Danish
  customers among Swedish ones (``spel.KUND_KYC``); a non-profit's donors with SEPA mandates and bequests
  (``dons.Donateurs``, French); a law firm's case files (``despacho.expedientes``, Spanish); an airline PNR extract
  with APIS data (``res.PNR_PAX``) and a frequent-flyer programme (``fedelta.sociProgramma``, Italian); tenancy
  contracts (``arrendamento.contratos``, Portuguese; ``недвижимость.арендаторы``, Russian); a clinical trial's site
  file (``forsoeg.deltagere``, Danish); a dating app's profiles (``eslesme.KullaniciProfil``, Turkish); government
  benefits (``給付.児童手当受給者``, Japanese; ``επιδόματα.αιτήσεις``, Greek; ``benefits.householdMembers``, US
  English); a cram school's student register (``JUKU.SEITO_DAICHO``, romanized Japanese);
* shapes: a column-store export read back without its schema, every column named ``col_001`` .. ``col_038``
  (``lake.part_00007``, tag ``opaque``); entity-attribute-value tables (``eav.customer_entity_value``: one row per
  customer and attribute, the value in a text, date or integer column by type; ``eav.user_preferences``: key-value
  rows with nothing personal); a product master made of decoys (``catalog.sku_master``); a legacy export of misleading
  names (``legacy.misc_export``);
* dates of birth split into integer columns (year, month, day: Polish, US, romanized Japanese) and a year of birth
  alone, beside a vehicle's model year and an age that are not personal (tag ``split_dob``); dates of birth as
  ``12MAR84`` (APIS) beside a passport expiry in the same form, as ``dd.mm.yyyy``, ``dd/mm/yyyy``, ``dd-mm-yyyy``
  text, DATE and ``YYYYMMDD`` integers beside event dates in the same form;
* personal columns that are 70-95% NULL-words and empty strings rather than NULL (``''``, ``-``, ``NULL``, ``nan``,
  ``nevyplněno``, ``doğrulanmadı``, ``n.v.t.``, ...; tag ``nullword_heavy``), besides 70-95% NULL ones
  (``null_heavy``);
* decoys shaped like personal values (tag ``value_shape``): IBAN-shaped ledger accounts with wrong check digits,
  order, purchase-order and ticket numbers written in digit groups like phones, launch and design dates in the years
  people are born in, person-like product, brand, colour, horse and campaign names, city-like warehouse, depot and
  branch names and codes, time zones naming cities, model years; plus coordinates, hashes, UUIDs, version strings;
* business addresses and contacts (tag ``business``): garages, insurers, web shops, subcontractors (seat, switchboard,
  ``info@`` address, website, VAT, Chamber of Commerce number and account), notaries' offices, a law firm, a
  landlord fund, estate agents, GP practices, a hospital department, suppliers, employers, travel agencies, schools'
  branches, benefit offices;
* identifiers new to the sets: the Spanish NUSS, the Portuguese NIF and Cartão de Cidadão, the French numéro fiscal
  (SPI), the Japanese My Number, the Czech identity-card number, a German driving-licence number, passport numbers of
  ten countries, a US alien number, a Russian passport number, a Greek identity-card number (ΑΔΤ), the NHS number;
* column names in English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish, Danish, Czech,
  Turkish, romanized Japanese (``ja-Latn``), Japanese, Russian (Cyrillic) and Greek; styles: snake, snake with
  abbreviations (``vn_vname``, ``vs_nr``, ``sb_kuerzel``, ``vlast_rc``, ``tlf``, ``adr``), camel, Pascal, SCREAMING,
  native scripts, generic (``col_NNN``) and misleading (``misc_1``, ``notes2``, ``code``, ``ref``, ``x1``, ``tmp``).

Labeling rules: the same as v2 to v10 (see :mod:`benchmarks.classification.heldout_v10`): ``ssn`` is a social-
security or social-insurance number, ``national_id`` any other state-issued personal identifier; a business's
address, phone, postal code, city, e-mail, tax and registration numbers and bank account are ``none`` (tag
``business``); names of staff, agents, doctors, lawyers, notaries and officers are ``person_name``; a middle name, a
patronymic and a parent's name are ``person_name``, a birth name ``last_name``; every part of a street line is
``street_address``; a login handle is ``unclassified`` (tag ``username``); device identifiers that are no kind of
:mod:`governance_dagster.kinds` are ``none``; free text that names people is ``free_text``, text that names nobody
``none``. Applied to v11's new cases (no new rule, but choices a reader may question):

* ``ssn``: Spanish NUSS, Greek AMKA (also a spouse's), Russian SNILS, US SSN, UK National Insurance number;
  ``national_id``: PESEL, rodné číslo, Czech identity-card number, personnummer, CPR, DNI / NIE, codice fiscale,
  Portuguese NIF (of a tenant or guarantor) and Cartão de Cidadão, French numéro fiscal, TC kimlik, My Number, a
  person's Russian INN, a Russian passport, a person's Greek AFM, ΑΔΤ, a US alien number, a German driving-licence
  number (as v10's US driver's licence), passport numbers (PNR ``DOCS_NUMBER``, loyalty, KYC identity document), the
  NHS number (as v10's health-service numbers);
* vehicle identifiers are ``none`` (tag ``vehicle``), like v10's device identifiers: a licence plate, a VIN, a type
  key, a first-registration date, a model year; so are an accident's place and coordinates, a delivery's GPS
  coordinates (as v10's latitude and longitude) and a parcel locker's PIN;
* every part of a date of birth in its own column is ``date_of_birth``, a year of birth alone too (a driver's, a trial
  participant's); an age (``Yas``) is ``none``; a child's and a spouse's name and date of birth are personal;
* a trial participant's initials (``init``: ``MK``, ``P-V``) and a middle initial are ``person_name``; so are a
  recipient written ``Fam. Visser``, a signature that is often a family name alone, a PNR name ``SURNAME/GIVEN MR``,
  a card holder's name, a Russian ``Фамилия Имя`` landlord and a private landlord in general; a subject id, a record
  locator and a student number are ``none``;
* a PNR e-mail written the way SSR CTCE writes it (``JOHN.SMITH//GMAIL.COM``, ``..`` for ``_``) is ``email``; a
  PNR's residence address (DOCA/R) is ``street_address``, its destination address (a hotel, DOCA/D) ``none``
  (business); an agent sign, a claims clerk's short code and a user's last editor are login handles
  (``unclassified``), so are a dating nickname and an Instagram handle;
* a student's university mailbox named after the student number (``201400@student...``) is ``email``: it reaches one
  person;
* a rented flat's address is the tenant's home: ``street_address`` (its floor and side, ``2º Esq``, too); the
  landlord fund's, the agency's and the law firm's addresses are ``none`` (business);
* a masked card number (``457123******1234``, ``VIXXXXXXXXXXXX1234``) is ``none``, like v10's last four digits;
* the value column of an EAV table that holds first names, family names, phones, e-mails, streets, cities and postal
  codes mixed is ``unclassified`` (tag ``mixed``): personal, but of no single kind, so that the right answer is to
  send it to review; the date column of the same table, holding only dates of birth, is ``date_of_birth``;
* a referral code built from a user's first name (``BURAK15``), a horse's, a product's, a brand's (``Otto
  Brenner``), a colour's and a campaign's name that look like a person's are ``none``; so is a lawyer's bar
  registration number (a professional's registration, not a state-issued personal identifier) and a passport's
  issuing office naming a city;
* a subcontractor that is a sole trader is a business: its trading name, seat, Chamber of Commerce (KvK) and VAT
  numbers are ``none`` like v10's IČO of a ``FOP``; its named contact person's name, mobile and work e-mail are
  personal; an employer field holding ``pensionär`` or ``student`` is ``none`` (business);
* an IBAN is ``iban`` with or without spaces, a Polish account number without ``PL`` too (as v10).

Tags: ``decoy``, ``business``, ``null_heavy`` (70-95% NULL; personal, or a decoy or business column that real data
leaves mostly empty), ``nullword_heavy`` (70-95% NULL-words and empty strings, at most 30% NULL), ``split_dob``,
``vehicle``, ``value_shape``, ``eav``, ``mixed``, ``misleading``, ``abbrev``, ``opaque``, ``username``,
``qualified`` (one kind several times in a table), ``lang:XX`` (the column's name is in another language than the
table's).

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, syllables,
streets, cities, companies and products of :mod:`benchmarks.classification.heldout_v11_values`, written for v11 (no
Faker, no list of real people; a few common given names and cities coincide with earlier sets' lists). Build:
``python -m benchmarks.classification.heldout_v11 [PATH]`` (default ``/tmp/heldout_v11.duckdb``). Score:
``python -m benchmarks.classification.heldout_v2_accuracy --set v11``. Built with python-stdnum 2.2 and
phonenumbers 9.0.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from stdnum.nl import btw as nl_btw

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v11_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v11_values import MIXED, NULLISH, SEED, USERNAME, Gen, N, c

__all__ = [
    "BUILDERS",
    "DEFAULT_PATH",
    "MIXED",
    "NULLISH",
    "SEED",
    "USERNAME",
    "Column",
    "Gen",
    "Table",
    "build",
    "labels",
    "summary",
    "tables",
]

DEFAULT_PATH = Path("/tmp/heldout_v11.duckdb")

#: tags new in v11
NULLWORD = "nullword_heavy"  # 70-95% of the values are NULL-like strings or empty strings (few real NULLs)
SPLIT_DOB = "split_dob"  # one part of a date of birth (year, month or day) in its own column
VEHICLE = "vehicle"  # a vehicle's identifier (plate, VIN, type key): none
SHAPE = "value_shape"  # a decoy whose values look like a personal kind (IBAN-, phone-, birth-date-, name-, city-like)
EAV = "eav"  # a column of an entity-attribute-value table
MISLEADING = "misleading"  # a name that says nothing or says the wrong thing about the values

_MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def _apis(d: date | None) -> str | None:
    """A date as airline systems write it in SSR DOCS: ``12MAR84``."""
    return None if d is None else f"{d.day:02d}{_MONTHS[d.month - 1]}{d.year % 100:02d}"


def _ymd_int(d: date | None) -> int | None:
    return None if d is None else d.year * 10_000 + d.month * 100 + d.day


def _short_code(first: str, last: str) -> str:
    """A clerk's short code: four letters of the family name and two of the given name, upper-cased."""
    return (v.plain(last)[:4] + v.plain(first)[:2]).upper()


def _login(first: str, last: str) -> str:
    """A login: the given name's initial and the family name, lower-cased."""
    return (first[0] + v.plain(last)).lower()


def _maybe_nrb(g: Gen, number: str) -> str:
    """A Polish IBAN, written without ``PL`` (as an NRB) six times in ten."""
    return number[2:] if g.rnd.random() < 0.6 else number


def _phone_like(g: Gen, groups: tuple[int, ...] = (4, 4, 4), lead: str = "0") -> str:
    """An order or ticket number written in groups like a phone number (a decoy)."""
    first = lead + g.digits(groups[0] - len(lead), "0123456789")
    return " ".join([first] + [g.digits(n, "0123456789") for n in groups[1:]])


# -- insurance claims (German) -----------------------------------------------------------------------------------------


_WERKSTAETTEN = ["Autohaus Brenner GmbH", "Kfz-Meisterbetrieb Oststadt", "Karosseriebau Wendt & Söhne",
                 "Lackierzentrum Nord GmbH", "Auto-Service Talblick KG", "Unfallinstandsetzung Kranich"]
_VERSICHERER = ["Nordstern Versicherung AG", "Rheinische Kraftfahrt VVaG", "Alpenland Assekuranz",
                "Hanse Direkt Versicherung", "Mittelstand Kfz-Versicherung AG"]


def kfz_claims(g: Gen) -> Table:
    """A motor insurer's claim notifications (Schadenmeldungen): policyholder, driver, third party, witness, garage."""
    fem = v.sexes(g, 0.42)
    firsts, lasts = v.people(g, "de", fem)
    births = g.births(1940, 2006)
    places = [v.city(g, "DE") for _ in range(g.rows)]
    garages = []
    for name in _WERKSTAETTEN:
        place = v.city(g, "DE")
        road = f"{g.rnd.choice(['Gewerbestraße', 'Industriering', 'Robert-Bosch-Str.'])} {g.rnd.randint(1, 60)}"
        garages.append((name, road, v.postal(g, "DE", place[1]), place[0], g.phone("DE", "national", mobile=False)))
    gar = [g.rnd.choice(garages) for _ in range(g.rows)]
    assessors = [f"Dipl.-Ing. {v.whole(g, 'de')}" for _ in range(7)] + [v.whole(g, "de") for _ in range(5)]
    clerks = [v.person(g, "de") for _ in range(8)]
    other_driver = [g.rnd.random() < 0.22 for _ in range(g.rows)]
    claim_days = g.days("2024-01-01", "2026-10-31")

    def story(i: int) -> str:
        other = v.whole(g, "de")
        return g.rnd.choice([
            f"VN fuhr auf der B{g.rnd.randint(1, 520)}, Gegner {other} missachtete die Vorfahrt.",
            f"Beim Ausparken touchierte {firsts[i]} {lasts[i]} das Fahrzeug von {other}.",
            f"Wildunfall, Zeuge {other} hat die Polizei verständigt.",
            f"Auffahrunfall am Stauende; Fahrer laut Aussage {other}, Tel. {g.phone('DE', 'national')}.",
            f"Glasschaden durch Steinschlag, gemeldet von {firsts[i]} {lasts[i]} telefonisch."])

    plate_city = ["OS", "WÜ", "HRO", "PB", "HN", "W", "KS", "TR", "J", "HL", "M", "B", "HH"]

    def plate() -> str:
        return f"{g.rnd.choice(plate_city)}-{g.code('AA')[:g.rnd.randint(1, 2)]} {g.rnd.randint(1, 9999)}"

    return Table("kfz_schaden.schadenmeldung", "de", "snake+abbrev", [
        c("schaden_nr", N, "VARCHAR", [f"KS-{d.year}-{k:07d}" for d, k in zip(claim_days, g.keys(40_001, 3))],
          "decoy"),
        c("vs_nr", N, "VARCHAR", g.col(lambda: f"{g.digits(3)}.{g.digits(6, '0123456789')}.{g.rnd.randint(1, 9)}"),
          "decoy", "abbrev"),
        c("schaden_dat", N, "VARCHAR", g.fmt(claim_days, ["%d.%m.%Y"]), "decoy", "abbrev"),
        c("melde_dat", N, "VARCHAR", g.fmt([d + timedelta(days=g.rnd.randint(0, 20)) for d in claim_days],
                                           ["%d.%m.%Y"]), "decoy", "abbrev"),
        c("vn_anrede", N, "VARCHAR", ["Frau" if f else "Herr" for f in fem], "decoy", "abbrev"),
        c("vn_vname", "first_name", "VARCHAR", g.dirty(firsts), "abbrev"),
        c("vn_nname", "last_name", "VARCHAR", g.dirty(lasts, case=0.1), "abbrev"),
        c("vn_geb_dat", "date_of_birth", "VARCHAR", g.fmt(births, ["%d.%m.%Y"]), "abbrev"),
        c("vn_str", "street_address", "VARCHAR", g.dirty([v.street(g, "de") for _ in range(g.rows)]), "abbrev"),
        c("vn_plz", "postal_code", "VARCHAR", [v.postal(g, "DE", p[1]) for p in places], "abbrev"),
        c("vn_ort", "city", "VARCHAR", g.dirty([p[0] for p in places]), "abbrev"),
        c("vn_tel", "phone", "VARCHAR", g.dirty(g.phones("DE", {"national": 0.5, "slash": 0.2, "intl": 0.2,
                                                                "local": 0.1}, mobile=0.6)), "abbrev"),
        c("vn_mail", "email", "VARCHAR", v.emails(g, firsts, lasts, ["web.de", "gmx.net", "t-online.de", "mail.de",
                                                                     "posteo.de"], 0.12), "abbrev"),
        c("vn_iban_ausz", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DE", g.rnd.random() < 0.4), 0.2), "abbrev"),
        c("fs_nr", "national_id", "VARCHAR", g.col(lambda: v.de_fuehrerschein(g), 0.1), "abbrev"),
        c("fahrer_name", "person_name", "VARCHAR", [v.whole(g, "de") if o else None for o in other_driver],
          "null_heavy"),
        c("fahrer_geb_jahr", "date_of_birth", "INTEGER",
          [g.birth(1950, 2007).year if o else b.year for o, b in zip(other_driver, births)], SPLIT_DOB, "abbrev"),
        c("kfz_kennz", N, "VARCHAR", g.col(plate), "decoy", VEHICLE, "abbrev"),
        c("fin", N, "VARCHAR", g.col(lambda: g.rnd.choice(["WVW", "WDB", "WBA", "VF1", "TMB", "ZFA"])
                                     + g.code("ZZZZZZ99999999").upper()), "decoy", VEHICLE, "abbrev"),
        c("hsn_tsn", N, "VARCHAR", g.col(lambda: f"{g.digits(4, '0123456789')}/{g.code('AAA')}"), "decoy", VEHICLE,
          "abbrev"),
        c("erstzul_dat", N, "VARCHAR", g.fmt(g.days("1996-01-01", "2025-12-31"), ["%d.%m.%Y"]), "decoy", SHAPE,
          VEHICLE, "abbrev"),
        c("unfallort", N, "VARCHAR", g.col(lambda: v.city(g, "DE")[0]), "decoy", SHAPE),
        c("unfall_geo", N, "VARCHAR", g.col(lambda: g.coord((47.4, 54.8), (6.0, 14.9))), "decoy"),
        c("gegner_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "de"), 0.25)),
        c("gegner_kennz", N, "VARCHAR", g.col(plate, 0.25), "decoy", VEHICLE, "abbrev"),
        c("gegner_vu", N, "VARCHAR", g.col(g.pick(_VERSICHERER), 0.25), "business", "abbrev"),
        c("zeuge_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "de"), 0.82), "null_heavy"),
        c("zeuge_tel", "phone", "VARCHAR", g.phones("DE", {"national": 0.7, "intl": 0.3}, nulls=0.82), "null_heavy",
          "qualified"),
        c("werkst_name", N, "VARCHAR", [x[0] for x in gar], "business", "abbrev"),
        c("werkst_str", N, "VARCHAR", [x[1] for x in gar], "business", "abbrev"),
        c("werkst_plz", N, "VARCHAR", [x[2] for x in gar], "business", "abbrev"),
        c("werkst_ort", N, "VARCHAR", [x[3] for x in gar], "business", "abbrev"),
        c("werkst_tel", N, "VARCHAR", [x[4] for x in gar], "business", "abbrev"),
        c("gutachter", "person_name", "VARCHAR", g.col(g.pick(assessors), 0.1)),
        c("sb_kuerzel", USERNAME, "VARCHAR", [_short_code(*g.rnd.choice(clerks)) for _ in range(g.rows)], "username",
          "abbrev"),
        c("schadenhoehe_eur", N, "DECIMAL(12,2)", g.amounts(120, 48_000), "decoy"),
        c("sb_eur", N, "INTEGER", g.col(g.pick([0, 150, 300, 500, 1_000])), "decoy", "abbrev"),
        c("sf_klasse", N, "VARCHAR", g.col(lambda: g.rnd.choice(["SF", "SF", "M", "S"]) + str(g.rnd.randint(0, 35))),
          "decoy", "abbrev"),
        c("hergang", "free_text", "VARCHAR", [story(i) for i in range(g.rows)]),
        c("status", N, "VARCHAR", g.col(g.pick(["offen", "in Prüfung", "reguliert", "abgelehnt", "Regress"])),
          "decoy"),
        c("dok_sha256", N, "VARCHAR", g.col(g.sha256), "decoy", "abbrev"),
    ])


# -- education: university student records (Polish) --------------------------------------------------------------------


_KIERUNKI = ["Informatyka", "Zarządzanie", "Filologia angielska", "Biotechnologia", "Prawo", "Budownictwo",
             "Pielęgniarstwo", "Ekonomia", "Psychologia"]


def pl_students(g: Gen) -> Table:
    """A Polish university's student register (dziekanat), the birth date stored as three integer columns."""
    fem = v.sexes(g, 0.56)
    firsts, lasts = v.people(g, "pl", fem)
    births = g.births(1994, 2007)
    places = [v.city(g, "PL") for _ in range(g.rows)]
    supervisors = [f"{g.rnd.choice(['dr', 'dr hab.', 'prof. dr hab.', 'dr inż.'])} {v.whole(g, 'pl')}"
                   for _ in range(20)]
    enrolled = [date(max(b.year + 18, 2019), 10, 1) for b in births]

    def note() -> str:
        return g.rnd.choice([
            f"Urlop dziekański; podanie złożyła matka, {v.whole(g, 'pl', True)}",
            f"Przeniesienie z UW, opiekun {v.whole(g, 'pl')}",
            f"Stypendium socjalne, kontakt z bratem {v.given(g, 'pl', False)} pod nr {g.phone('PL', 'national')}"])

    return Table("dziekanat.studenci", "pl", "snake", [
        c("nr_albumu", N, "VARCHAR", [str(k) for k in g.keys(201_400, 3)], "decoy"),
        c("pesel", "national_id", "VARCHAR", [v.pl_pesel(g, b, f) for b, f in zip(births, fem)]),
        c("imie", "first_name", "VARCHAR", firsts),
        c("drugie_imie", "person_name", "VARCHAR",
          [v.given(g, "pl", f) if g.rnd.random() < 0.24 else None for f in fem], "null_heavy"),
        c("nazwisko", "last_name", "VARCHAR", lasts),
        c("rok_urodzenia", "date_of_birth", "INTEGER", [b.year for b in births], SPLIT_DOB),
        c("miesiac_urodzenia", "date_of_birth", "INTEGER", [b.month for b in births], SPLIT_DOB),
        c("dzien_urodzenia", "date_of_birth", "INTEGER", [b.day for b in births], SPLIT_DOB),
        c("miejsce_urodzenia", "city", "VARCHAR", g.col(lambda: v.city(g, "PL")[0])),
        c("plec", N, "VARCHAR", ["K" if f else "M" for f in fem], "decoy"),
        c("obywatelstwo", N, "VARCHAR", g.col(g.pick(["PL"] * 9 + ["UA", "BY"])), "decoy"),
        c("adres_zameldowania", "street_address", "VARCHAR", g.col(lambda: v.street(g, "pl"))),
        c("kod_pocztowy", "postal_code", "VARCHAR", [v.postal(g, "PL", p[1]) for p in places]),
        c("miejscowosc", "city", "VARCHAR", [p[0] for p in places]),
        c("adres_korespondencyjny", "street_address", "VARCHAR",
          g.col(lambda: f"{v.street(g, 'pl')}, {v.city(g, 'PL')[0]}", 0.8), "null_heavy", "qualified"),
        c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.5, "intl": 0.3, "local": 0.2})),
        c("email_prywatny", "email", "VARCHAR", v.emails(g, firsts, lasts, ["wp.pl", "onet.pl", "gmail.com",
                                                                            "interia.pl", "o2.pl"], 0.08),
          "qualified"),
        c("email_uczelniany", "email", "VARCHAR", [f"{k}@student.uni-polnoc.edu.pl" for k in g.keys(201_400, 3)],
          "qualified"),
        c("login_usos", USERNAME, "VARCHAR", [v.plain(a)[:1] + v.plain(b)[:9] + str(g.rnd.randint(1, 9))
                                             for a, b in zip(firsts, lasts)], "username"),
        c("kierunek", N, "VARCHAR", g.col(g.pick(_KIERUNKI)), "decoy"),
        c("wydzial", N, "VARCHAR", g.col(g.pick(["WMiI", "WZ", "WF", "WBiOŚ", "WPiA", "WNoZ"])), "decoy"),
        c("rok_studiow", N, "INTEGER", g.ints(1, 5), "decoy"),
        c("tryb", N, "VARCHAR", g.col(g.pick(["stacjonarne", "stacjonarne", "niestacjonarne"])), "decoy"),
        c("data_immatrykulacji", N, "DATE", enrolled, "decoy"),
        c("srednia_ocen", N, "DECIMAL(3,2)", [round(g.rnd.uniform(3.0, 5.0), 2) for _ in range(g.rows)], "decoy"),
        c("nr_legitymacji", N, "VARCHAR", g.col(lambda: g.digits(6, "0123456789")), "decoy"),
        c("nr_konta_stypendium", "iban", "VARCHAR",
          g.col(lambda: _maybe_nrb(g, v.iban(g, "PL")), 0.25)),
        c("imie_ojca", "person_name", "VARCHAR", g.col(lambda: v.given(g, "pl", False), 0.06), "qualified"),
        c("imie_matki", "person_name", "VARCHAR", g.col(lambda: v.given(g, "pl", True), 0.06), "qualified"),
        c("promotor", "person_name", "VARCHAR", g.col(g.pick(supervisors), 0.2)),
        c("status_studenta", N, "VARCHAR", g.col(g.pick(["aktywny", "aktywny", "aktywny", "urlop", "skreślony"])),
          "decoy"),
        c("punkty_ects", N, "INTEGER", g.ints(0, 300), "decoy"),
        c("data_modyfikacji", N, "TIMESTAMP", g.moments("2025-10-01", 400), "decoy"),
        c("uwagi", "free_text", "VARCHAR", g.col(note, 0.86), "null_heavy"),
    ])


# -- vehicle registration (Czech) --------------------------------------------------------------------------------------


_ZNACKY = [("ŠKODA", ["OCTAVIA", "FABIA", "SUPERB", "KAROQ", "KODIAQ"]), ("VOLKSWAGEN", ["GOLF", "PASSAT", "TIGUAN"]),
           ("HYUNDAI", ["I30", "TUCSON"]), ("DACIA", ["DUSTER", "SANDERO"]), ("TOYOTA", ["YARIS", "COROLLA"])]


def cz_vehicles(g: Gen) -> Table:
    """The Czech vehicle register's owner extract (registr silničních vozidel): private owners, some leased."""
    fem = v.sexes(g, 0.38)
    firsts, lasts = v.people(g, "cs", fem)
    births = g.births(1940, 2006)
    places = [v.city(g, "CZ") for _ in range(g.rows)]
    makes = [g.rnd.choice(_ZNACKY) for _ in range(g.rows)]
    leased = [g.rnd.random() < 0.2 for _ in range(g.rows)]
    lessors = [("ČSOB Leasing, a.s.", v.cz_ico(g)), ("Moravská leasingová s.r.o.", v.cz_ico(g)),
               ("AutoUvěr Bohemia a.s.", v.cz_ico(g))]
    les = [g.rnd.choice(lessors) if x else None for x in leased]
    first_reg = [g.day("1995-01-01", "2025-12-31") for _ in range(g.rows)]
    return Table("registr.vozidla_vlastnici", "cs", "snake+abbrev", [
        c("id_zaznamu", N, "BIGINT", g.keys(7_000_001, 7), "decoy"),
        c("rz", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 9)}{g.code('A')}{g.rnd.randint(0, 9)} "
                                            f"{g.digits(4, '0123456789')}"), "decoy", VEHICLE, "abbrev"),
        c("vin", N, "VARCHAR", g.col(lambda: g.rnd.choice(["TMB", "WVW", "KMH", "UU1", "SB1"])
                                     + g.code("ZZZZZZ99999999").upper()), "decoy", VEHICLE),
        c("tov_znacka", N, "VARCHAR", [m[0] for m in makes], "decoy", "abbrev"),
        c("obch_oznaceni", N, "VARCHAR", [g.rnd.choice(m[1]) for m in makes], "decoy", "abbrev"),
        c("barva", N, "VARCHAR", g.col(g.pick(["ŠEDÁ", "BÍLÁ", "ČERNÁ", "MODRÁ", "ČERVENÁ"])), "decoy"),
        c("rok_vyroby", N, "INTEGER", [d.year - g.rnd.randint(0, 1) for d in first_reg], "decoy", SHAPE),
        c("dat_1_reg", N, "DATE", first_reg, "decoy", SHAPE, "abbrev"),
        c("dat_1_reg_cr", N, "DATE", [d + timedelta(days=g.rnd.randint(0, 2_000)) if g.rnd.random() < 0.3 else d
                                      for d in first_reg], "decoy", SHAPE, "abbrev"),
        c("stk_plat_do", N, "DATE", g.days("2026-01-01", "2028-12-31"), "decoy", "abbrev"),
        c("objem_ccm", N, "INTEGER", g.col(g.pick([999, 1_197, 1_395, 1_498, 1_598, 1_968, 2_487])), "decoy"),
        c("palivo", N, "VARCHAR", g.col(g.pick(["BA 95 B", "NM", "EL", "BA 95 B+EL"])), "decoy"),
        c("vlastnik_typ", N, "VARCHAR", ["FO"] * g.rows, "decoy"),
        c("vlast_jmeno", "first_name", "VARCHAR", firsts, "abbrev"),
        c("vlast_prijmeni", "last_name", "VARCHAR", [x.upper() if g.rnd.random() < 0.5 else x for x in lasts],
          "abbrev"),
        c("vlast_rc", "national_id", "VARCHAR", [v.cz_rc(g, b, f, g.rnd.random() < 0.6) for b, f in zip(births, fem)],
          "abbrev"),
        c("vlast_dat_nar", "date_of_birth", "DATE", births, "abbrev"),
        c("vlast_c_op", "national_id", "VARCHAR", g.col(lambda: v.cz_op(g), 0.2), "abbrev"),
        c("vlast_ulice", "street_address", "VARCHAR", g.col(lambda: v.street(g, "cs")), "abbrev"),
        c("vlast_obec", "city", "VARCHAR", [p[0] for p in places], "abbrev"),
        c("vlast_psc", "postal_code", "VARCHAR", [v.postal(g, "CZ", p[1]) for p in places], "abbrev"),
        c("vlast_tel", "phone", "VARCHAR", g.phones("CZ", {"national": 0.5, "intl": 0.3, "digits": 0.2}, nulls=0.25),
          "abbrev"),
        c("vlast_email", "email", "VARCHAR",
          g.nullwords(v.emails(g, firsts, lasts, ["seznam.cz", "email.cz", "centrum.cz", "gmail.com"]), 0.82,
                      ("", "", "nevyplněno", "-", "NULL", "N/A")), NULLWORD, "abbrev"),
        c("provozovatel_nazev", N, "VARCHAR", [x[0] if x else None for x in les], "business", "null_heavy"),
        c("provozovatel_ico", N, "VARCHAR", [x[1] if x else None for x in les], "business", "null_heavy"),
        c("leas_smlouva", N, "VARCHAR", [f"LS{g.digits(8)}" if x else None for x in leased], "decoy", "null_heavy",
          "abbrev"),
        c("urad", N, "VARCHAR", [f"MěÚ {p[0]}" if g.rnd.random() < 0.7 else f"Magistrát města {p[0]}"
                                 for p in places], "decoy", SHAPE),
        c("zmena_ts", N, "TIMESTAMP", g.moments("2024-01-01", 1_000), "decoy"),
    ])


# -- last-mile delivery (Dutch) ----------------------------------------------------------------------------------------


_WEBWINKELS = [("Fietsonderdelen Direct B.V.", "Industrieweg 14", "5", "Eindhoven"),
               ("Huis & Tuin Online", "Kanaaldijk 220", "7", "Apeldoorn"),
               ("Boekenbus Nederland", "Distributieweg 3", "3", "Amersfoort"),
               ("Zoetwaren Kado B.V.", "Havenweg 41", "8", "Zwolle")]


def nl_deliveries(g: Gen) -> Table:
    """A parcel carrier's last-mile delivery records: recipient, address split as Dutch systems do, proof of delivery."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "nl", fem)
    places = [v.city(g, "NL") for _ in range(g.rows)]
    shops = [g.rnd.choice(_WEBWINKELS) for _ in range(g.rows)]
    drivers = [v.whole(g, "nl") for _ in range(30)]
    depots = ["EHV-02", "TLB-01", "ZWL-03", "LDN-01", "AMF-04", "APD-02", "ENS-01", "DBS-05"]
    depot_city = {"EHV": "Eindhoven", "TLB": "Tilburg", "ZWL": "Zwolle", "LDN": "Leiden", "AMF": "Amersfoort",
                  "APD": "Apeldoorn", "ENS": "Enschede", "DBS": "Den Bosch"}
    dep = [g.rnd.choice(depots) for _ in range(g.rows)]
    delivered = g.moments("2026-09-01", 60)
    neighbour = [g.rnd.random() < 0.12 for _ in range(g.rows)]

    def instruction(i: int) -> str:
        return g.rnd.choice([
            f"Bij afwezigheid bij de buren op nr {g.rnd.randint(1, 90)} (fam. {v.person(g, 'nl')[1]})",
            f"Achterom, bellen naar {firsts[i]} op {g.phone('NL', 'national')}",
            f"Niet bij {v.whole(g, 'nl')} afgeven!",
            f"Pakket voor {v.given(g, 'nl')}, bezorgen na 18:00"])

    return Table("bezorging.zendingen", "nl", "snake", [
        c("zending_id", N, "BIGINT", g.keys(880_000_001, 3), "decoy"),
        c("track_trace", N, "VARCHAR", g.col(lambda: f"3S{g.code('AAAA')}{g.digits(9, '0123456789')}"), "decoy"),
        c("ordernummer", N, "VARCHAR", g.col(lambda: _phone_like(g, (2, 4, 4), "06")), "decoy", SHAPE),
        c("afzender_naam", N, "VARCHAR", [s[0] for s in shops], "business"),
        c("afzender_adres", N, "VARCHAR", [s[1] for s in shops], "business"),
        c("afzender_postcode", N, "VARCHAR", [v.postal(g, "NL", s[2]) for s in shops], "business"),
        c("afzender_plaats", N, "VARCHAR", [s[3] for s in shops], "business"),
        c("ontvanger_naam", "person_name", "VARCHAR",
          g.dirty([g.rnd.choice([f"{a} {b}", f"{a[0]}. {b}", f"{b}, {a}", f"Fam. {b}"]) for a, b in
                   zip(firsts, lasts)], case=0.1)),
        c("ontvanger_straat", "street_address", "VARCHAR", g.col(lambda: v.street(g, "nl", False))),
        c("ontvanger_huisnummer", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 250)))),
        c("ontvanger_toevoeging", "street_address", "VARCHAR",
          g.sparse(g.pick(["A", "B", "-2", "bis", "hs", "III", "1 hoog"]), 0.8, ("", "", "", "-", "NULL")),
          NULLWORD),
        c("ontvanger_postcode", "postal_code", "VARCHAR", [v.postal(g, "NL", p[1]) for p in places]),
        c("ontvanger_plaats", "city", "VARCHAR", [p[0].upper() if g.rnd.random() < 0.3 else p[0] for p in places]),
        c("ontvanger_telefoon", "phone", "VARCHAR", g.phones("NL", {"national": 0.5, "intl": 0.2, "e164": 0.2,
                                                                    "local": 0.1}, nulls=0.1)),
        c("ontvanger_email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["ziggo.nl", "gmail.com", "hotmail.nl",
                                                                             "kpnplanet.nl", "outlook.com"], 0.05)),
        c("afleverinstructie", "free_text", "VARCHAR", g.nullwords([instruction(i) for i in range(g.rows)], 0.8,
                                                                   ("", "", "-", "geen", "n.v.t.")), NULLWORD),
        c("afgegeven_bij_buren", "person_name", "VARCHAR", [v.whole(g, "nl") if n else None for n in neighbour],
          "null_heavy"),
        c("handtekening_naam", "person_name", "VARCHAR",
          [v.whole(g, "nl") if n else (lasts[i] if g.rnd.random() < 0.8 else None) for i, n in enumerate(neighbour)]),
        c("bezorger_naam", "person_name", "VARCHAR", g.col(g.pick(drivers))),
        c("bezorger_id", N, "VARCHAR", g.col(lambda: f"BZ{g.rnd.randint(1000, 1999)}"), "decoy"),
        c("depot_code", N, "VARCHAR", dep, "decoy", SHAPE),
        c("depot_plaats", N, "VARCHAR", [depot_city[d[:3]] for d in dep], "business", SHAPE),
        c("route_nr", N, "VARCHAR", [f"{d[:3]}-R{g.rnd.randint(1, 60):02d}" for d in dep], "decoy"),
        c("stop_volgorde", N, "INTEGER", g.ints(1, 140), "decoy"),
        c("gewicht_gram", N, "INTEGER", g.ints(80, 23_000), "decoy"),
        c("afmetingen_cm", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(10, 80)}x{g.rnd.randint(10, 60)}x"
                                                       f"{g.rnd.randint(2, 50)}"), "decoy"),
        c("tijdvak", N, "VARCHAR", g.col(g.pick(["09:00-13:00", "13:00-17:00", "17:00-21:00", "18:00-22:00"])),
          "decoy"),
        c("afgeleverd_op", N, "TIMESTAMP", delivered, "decoy"),
        c("gps_lat", N, "DOUBLE", g.floats(50.8, 53.4), "decoy"),
        c("gps_lon", N, "DOUBLE", g.floats(3.6, 7.1), "decoy"),
        c("kluis_pincode", N, "VARCHAR", g.col(lambda: g.digits(6, "0123456789"), 0.25), "decoy"),
        c("fotobewijs_sha1", N, "VARCHAR", g.col(g.sha1, 0.1), "decoy"),
        c("status", N, "VARCHAR", g.col(g.pick(["afgeleverd", "afgeleverd", "buren", "retour", "brievenbus"])),
          "decoy"),
    ])


_NL_PARTNERS = ["Koeriersdienst Snelweg", "Stadslogistiek Brabant B.V.", "Fietskoerier Noord", "Transportbedrijf De Hoeve",
                "Pakketpunt Twente V.O.F.", "Last Mile Limburg B.V.", "Bodedienst Rivierenland"]


def _nl_vat(g: Gen) -> str:
    return g.valid(lambda: "NL" + g.digits(9, "0123456789") + "B01", nl_btw.is_valid)


def nl_subcontractors(g: Gen) -> Table:
    """The carrier's subcontracted delivery partners: business data (name, seat, general contacts, Chamber of Commerce
    and VAT numbers, business account) and the one contact person per partner."""
    fem = v.sexes(g, 0.35)
    firsts, lasts = v.people(g, "nl", fem)
    places = [v.city(g, "NL") for _ in range(g.rows)]
    names = [g.rnd.choice(_NL_PARTNERS) + ("" if g.rnd.random() < 0.6 else f" {p[0]}") for p in places]
    domains = [v.plain(n)[:18] + ".nl" for n in names]
    start = g.days("2016-01-01", "2026-06-30")
    return Table("logistiek.onderaannemers", "nl", "snake", [
        c("partner_id", N, "VARCHAR", [f"OA-{k:05d}" for k in g.keys(1_001)], "decoy"),
        c("bedrijfsnaam", N, "VARCHAR", names, "business"),
        c("rechtsvorm", N, "VARCHAR", g.col(g.pick(["B.V.", "V.O.F.", "eenmanszaak", "eenmanszaak"])), "decoy"),
        c("kvk_nummer", N, "VARCHAR", g.col(lambda: g.digits(8)), "business"),
        c("btw_nummer", N, "VARCHAR", g.col(lambda: _nl_vat(g)), "business"),
        c("vestigingsadres", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['Bedrijvenpark', 'Transportweg', 'Ambachtsweg', 'Handelskade'])} {g.rnd.randint(1, 120)}"),
          "business"),
        c("vestiging_postcode", N, "VARCHAR", [v.postal(g, "NL", p[1]) for p in places], "business"),
        c("vestiging_plaats", N, "VARCHAR", [p[0] for p in places], "business"),
        c("telefoon_algemeen", N, "VARCHAR", g.phones("NL", {"national": 0.8, "intl": 0.2}, mobile=0.0), "business"),
        c("email_algemeen", N, "VARCHAR", [f"{g.rnd.choice(['info', 'planning', 'administratie'])}@{d}"
                                           for d in domains], "business"),
        c("website", N, "VARCHAR", [f"https://www.{d}" for d in domains], "business"),
        c("iban_zakelijk", N, "VARCHAR", g.col(lambda: v.iban(g, "NL")), "business"),
        c("contactpersoon", "person_name", "VARCHAR", [f"{a} {b}" for a, b in zip(firsts, lasts)]),
        c("contact_mobiel", "phone", "VARCHAR", g.phones("NL", {"national": 0.6, "intl": 0.2, "e164": 0.2})),
        c("contact_email", "email", "VARCHAR", [v.work_email(a, b.replace(" ", ""), d)
                                                for a, b, d in zip(firsts, lasts, domains)]),
        c("regio", N, "VARCHAR", g.col(g.pick(["Brabant", "Twente", "Randstad Zuid", "Gelderland", "Friesland"])),
          "decoy"),
        c("depot_code", N, "VARCHAR", g.col(g.pick(["EHV-02", "TLB-01", "ZWL-03", "LDN-01", "AMF-04"])), "decoy",
          SHAPE),
        c("aantal_busjes", N, "INTEGER", g.ints(1, 40), "decoy"),
        c("tarief_per_stop", N, "DECIMAL(5,2)", g.amounts(1.1, 3.9), "decoy"),
        c("contract_start", N, "DATE", start, "decoy"),
        c("contract_eind", N, "DATE", [d + timedelta(days=365 * g.rnd.choice([1, 2, 3])) for d in start], "decoy"),
        c("polisnummer_avb", N, "VARCHAR", g.col(lambda: f"AVB-{g.digits(8)}"), "decoy"),
        c("vog_afgegeven", N, "DATE", g.days("2015-01-01", "2026-06-30"), "decoy"),
        c("laatste_factuur", N, "VARCHAR", g.col(lambda: f"F{g.rnd.randint(2025, 2026)}-{g.digits(5)}"), "decoy"),
        c("factuurbedrag", N, "DECIMAL(10,2)", g.amounts(800, 95_000), "decoy"),
        c("betaaltermijn_dagen", N, "INTEGER", g.col(g.pick([14, 30, 30, 45, 60])), "decoy"),
        c("score_kwaliteit", N, "DECIMAL(3,1)", [round(g.rnd.uniform(5, 10), 1) for _ in range(g.rows)], "decoy"),
        c("geo_lat", N, "DOUBLE", g.floats(50.8, 53.4), "decoy"),
        c("geo_lon", N, "DOUBLE", g.floats(3.6, 7.1), "decoy"),
        c("actief", N, "BOOLEAN", g.yn(True, False, 0.9), "decoy"),
    ])


# -- gambling KYC (Swedish, with Danish customers) ---------------------------------------------------------------------


_HASTAR = ["Lady Ingrid", "Kapten Bertil", "Fröken Svea", "Herr Olsson", "Sir Gustaf", "Prinsessan Elsa",
           "Doktor Karlsson", "Mister Majestic", "Gamle Erik", "Tant Agda", "Baron Lindh", "Madame Ebba"]


def se_gambling_kyc(g: Gen) -> Table:
    """A licensed betting company's customer due-diligence table (KYC): Swedish customers, a share from Denmark."""
    dk = [g.rnd.random() < 0.18 for _ in range(g.rows)]
    fem = v.sexes(g, 0.3)
    pairs = [v.person(g, "da" if d else "sv", f) for d, f in zip(dk, fem)]
    firsts, lasts = [a for a, _ in pairs], [b for _, b in pairs]
    births = g.births(1945, 2006)
    places = [v.city(g, "DK" if d else "SE") for d in dk]
    officers = [v.whole(g, "sv") for _ in range(6)]
    employers = ["Vattenfall AB", "Region Örebro län", "Sandvik Coromant", "ICA Kvantum", "Skanska Sverige AB",
                 "egen firma", "student", "pensionär"]
    da_ = "lang:da"

    def check() -> str:
        return g.rnd.choice([
            f"Lönespecifikation från arbetsgivare verifierad, handläggare {g.rnd.choice(officers)}",
            f"Kund uppgav att insättningar kommer från make/maka {v.whole(g, 'sv')}",
            f"Ringde kund på {g.phone('SE', 'national')}, bekräftade arv efter {v.whole(g, 'sv')}"])

    return Table("spel.KUND_KYC", "sv", "screaming", [
        c("KUND_ID", N, "BIGINT", g.keys(5_500_001, 11), "decoy"),
        c("SPELKONTO_NR", N, "VARCHAR", g.col(lambda: f"SK-{g.digits(9)}"), "decoy"),
        c("PERSONNUMMER", "national_id", "VARCHAR",
          [None if d else v.se_pnr(g, b, g.rnd.random() < 0.5) for d, b in zip(dk, births)]),
        c("CPR_NR", "national_id", "VARCHAR", [v.dk_cpr(g, b) if d else None for d, b in zip(dk, births)],
          "null_heavy", da_),
        c("FORNAMN", "first_name", "VARCHAR", firsts),
        c("EFTERNAMN", "last_name", "VARCHAR", lasts),
        c("FODELSEDATUM", "date_of_birth", "DATE", births),
        c("FOLKBOKFORINGSADRESS", "street_address", "VARCHAR", [v.street(g, "da" if d else "sv") for d in dk]),
        c("POSTNUMMER", "postal_code", "VARCHAR", [v.postal(g, "DK" if d else "SE", p[1]) for d, p in
                                                   zip(dk, places)]),
        c("POSTORT", "city", "VARCHAR", [p[0].upper() for p in places]),
        c("MOBILNUMMER", "phone", "VARCHAR", [g.phone("DK" if d else "SE", g.rnd.choice(["e164", "national", "intl"]))
                                              for d in dk]),
        c("EPOST", "email", "VARCHAR", v.emails(g, firsts, lasts, ["gmail.com", "hotmail.com", "telia.com",
                                                                   "outlook.com", "live.dk"])),
        c("UTTAGSKONTO_IBAN", "iban", "VARCHAR", [v.iban(g, "DK" if d else "SE", g.rnd.random() < 0.5) for d in dk]),
        c("KORT_MASKERAT", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['457123', '516730', '492940'])}******"
                                                       f"{g.digits(4, '0123456789')}", 0.2), "decoy"),
        c("ID_HANDLING_TYP", N, "VARCHAR", g.col(g.pick(["PASS", "ID-KORT", "KORKORT", "BANKID"])), "decoy"),
        c("ID_HANDLING_NR", "national_id", "VARCHAR", g.col(lambda: v.passport(g, "SE"), 0.2)),
        c("INSATTNINGSGRANS_SEK", N, "INTEGER", g.col(g.pick([1_000, 2_500, 5_000, 10_000, 25_000])), "decoy"),
        c("SPELPAUS_TOM", N, "DATE", [g.day("2026-01-01", "2031-12-31") if g.rnd.random() < 0.1 else None
                                      for _ in range(g.rows)], "decoy", "null_heavy"),
        c("PEP", N, "VARCHAR", g.yn("J", "N", 0.02), "decoy"),
        c("RISKNIVA", N, "VARCHAR", g.col(g.pick(["LAG", "LAG", "MEDEL", "HOG"])), "decoy"),
        c("MEDLENS_URSPRUNG", N, "VARCHAR", g.col(g.pick(["lön", "lön", "pension", "arv", "försäljning bostad"])),
          "decoy"),
        c("ARBETSGIVARE", N, "VARCHAR", g.col(g.pick(employers)), "business"),
        c("SENASTE_IP", "ip_address", "VARCHAR", g.col(lambda: g.ipv6() if g.rnd.random() < 0.25 else g.ipv4())),
        c("ENHET_FINGERAVTRYCK", N, "VARCHAR", g.col(g.md5), "decoy"),
        c("FAVORITHAST", N, "VARCHAR", g.col(g.pick(_HASTAR), 0.25), "decoy", SHAPE),
        c("SENASTE_SPEL_ID", N, "VARCHAR", g.col(g.uuid), "decoy"),
        c("SALDO_SEK", N, "DECIMAL(12,2)", g.amounts(0, 60_000), "decoy"),
        c("ANVANDARNAMN", USERNAME, "VARCHAR", [v.handle(g, a, b) for a, b in zip(firsts, lasts)], "username"),
        c("VERIFIERAD_AV", "person_name", "VARCHAR", g.col(g.pick(officers))),
        c("KYC_ANTECKNING", "free_text", "VARCHAR", g.col(check, 0.78), "null_heavy"),
        c("SKAPAD", N, "TIMESTAMP", g.moments("2019-01-01", 2_500), "decoy"),
    ])


# -- non-profit donors (French) ----------------------------------------------------------------------------------------


def fr_donors(g: Gen) -> Table:
    """An association's donor file (fichier donateurs): SEPA direct debits, tax receipts, bequests."""
    fem = v.sexes(g, 0.6)
    firsts, lasts = v.people(g, "fr", fem)
    births = g.births(1930, 2000)
    places = [v.city(g, "FR") for _ in range(g.rows)]
    monthly = [g.rnd.random() < 0.76 for _ in range(g.rows)]
    fundraisers = [v.whole(g, "fr") for _ in range(7)]
    notaries = [(f"Maître {v.whole(g, 'fr')}", f"{g.rnd.randint(1, 40)} {g.rnd.choice(['place du Palais', 'cours Mirabeau', 'rue de la Préfecture'])}, {v.city(g, 'FR')[0]}")
                for _ in range(10)]
    bequest = [g.rnd.choice(notaries) if g.rnd.random() < 0.1 else None for _ in range(g.rows)]
    first_gift = [g.day("2005-01-01", "2025-12-31") for _ in range(g.rows)]

    def comment(i: int) -> str:
        return g.rnd.choice([
            f"Don en mémoire de son époux {v.whole(g, 'fr', False)}",
            f"Appeler plutôt sa fille {v.given(g, 'fr', True)} au {g.phone('FR', 'national')}",
            f"Ne plus envoyer de courrier à {firsts[i]} {lasts[i]} (décédé·e), voir succession"])

    return Table("dons.Donateurs", "fr", "pascal", [
        c("IdDonateur", N, "BIGINT", g.keys(30_000_001, 7), "decoy"),
        c("Civilite", N, "VARCHAR", [g.rnd.choice(["Mme", "Mlle"]) if f else "M." for f in fem], "decoy"),
        c("Prenom", "first_name", "VARCHAR", g.dirty(firsts)),
        c("Nom", "last_name", "VARCHAR", g.dirty([x.upper() for x in lasts])),
        c("NomDeNaissance", "last_name", "VARCHAR",
          [v.person(g, "fr")[1].upper() if f and g.rnd.random() < 0.4 else None for f in fem], "null_heavy"),
        c("DateNaissance", "date_of_birth", "VARCHAR", g.nullify(g.fmt(births, ["%d/%m/%Y"]), 0.25)),
        c("Adresse1", "street_address", "VARCHAR", g.dirty([v.street(g, "fr") for _ in range(g.rows)])),
        c("Adresse2", "street_address", "VARCHAR",
          g.col(g.pick(["Bât. C", "Résidence les Chênes", "Appt 12", "Lieu-dit la Croix", "Escalier B"]), 0.8),
          "null_heavy"),
        c("CodePostal", "postal_code", "VARCHAR", [v.postal(g, "FR", p[1]) for p in places]),
        c("Ville", "city", "VARCHAR", [p[0].upper() for p in places]),
        c("Pays", N, "VARCHAR", g.col(g.pick(["FRANCE"] * 12 + ["BELGIQUE", "SUISSE"])), "decoy"),
        c("TelFixe", "phone", "VARCHAR", g.phones("FR", {"national": 0.9, "intl": 0.1}, mobile=0.0, nulls=0.25),
          "qualified"),
        c("TelPortable", "phone", "VARCHAR", g.phones("FR", {"national": 0.7, "intl": 0.2, "local": 0.1}, nulls=0.2),
          "qualified"),
        c("Courriel", "email", "VARCHAR", v.emails(g, firsts, lasts, ["orange.fr", "wanadoo.fr", "free.fr",
                                                                      "laposte.net", "gmail.com"], 0.2)),
        c("IbanPrelevement", "iban", "VARCHAR", [v.iban(g, "FR", g.rnd.random() < 0.5) if m else None
                                                 for m in monthly]),
        c("RumMandat", N, "VARCHAR", [f"RUM-ASSO-{k:08d}" if m else None for k, m in zip(g.keys(1), monthly)],
          "decoy"),
        c("IcsAssociation", N, "VARCHAR", ["FR72ZZZ845213"] * g.rows, "business"),
        c("NumeroFiscal", "national_id", "VARCHAR", g.col(lambda: v.fr_spi(g), 0.86), "null_heavy"),
        c("CarteDonEnLigne", "credit_card", "VARCHAR", g.col(lambda: v.card(g, g.rnd.random() < 0.5), 0.84),
          "null_heavy"),
        c("MontantCumule", N, "DECIMAL(10,2)", g.amounts(10, 12_000), "decoy"),
        c("DatePremierDon", N, "VARCHAR", g.fmt(first_gift, ["%d/%m/%Y"]), "decoy", SHAPE),
        c("DateDernierDon", N, "VARCHAR", g.fmt([g.day(f"{max(d.year, 2024)}-01-01", "2026-11-30")
                                                 for d in first_gift], ["%d/%m/%Y"]), "decoy"),
        c("Frequence", N, "VARCHAR", ["mensuel" if m else g.rnd.choice(["ponctuel", "annuel"]) for m in monthly],
          "decoy"),
        c("Campagne", N, "VARCHAR", g.col(g.pick(["Hiver solidaire 2025", "Fonds Marguerite Delorme",
                                                  "Appel d'urgence Sahel", "Legs et donations", "Opération Colette"])),
          "decoy", SHAPE),
        c("CanalAcquisition", N, "VARCHAR", g.col(g.pick(["street", "mailing", "web", "téléphone", "porte-à-porte"])),
          "decoy"),
        c("RecuFiscalNo", N, "VARCHAR", g.col(lambda: f"RF{g.rnd.randint(2020, 2026)}-{g.digits(7)}"), "decoy"),
        c("NotaireLegs", "person_name", "VARCHAR", [b[0] if b else None for b in bequest], "null_heavy"),
        c("EtudeNotariale", N, "VARCHAR", [b[1] if b else None for b in bequest], "business", "null_heavy"),
        c("ChargeRelation", "person_name", "VARCHAR", g.col(g.pick(fundraisers))),
        c("Commentaire", "free_text", "VARCHAR",
          g.nullwords([comment(i) for i in range(g.rows)], 0.84, ("", "", " ", "RAS", "-", "NULL")), NULLWORD),
        c("OptinEmail", N, "BOOLEAN", g.yn(True, False, 0.55), "decoy"),
        c("Npai", N, "VARCHAR", g.yn("O", "N", 0.04), "decoy"),
    ])


# -- legal case management (Spanish) -----------------------------------------------------------------------------------


def es_legal_cases(g: Gen) -> Table:
    """A law firm's case files (expedientes): the client, the opposing party, court, lawyers."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "es", fem)
    seconds = [v.person(g, "es")[1] for _ in range(g.rows)]
    births = g.births(1945, 2006)
    places = [v.city(g, "ES") for _ in range(g.rows)]
    labour = [g.rnd.random() < 0.24 for _ in range(g.rows)]
    lawyers = [f"{'Dña.' if f else 'D.'} {v.whole(g, 'es', f)}" for f in (g.rnd.random() < 0.5 for _ in range(9))]
    solicitors = [v.whole(g, "es") for _ in range(6)]
    employers = ["Conservas Cantábricas S.A.", "Logística del Guadalquivir S.L.", "Hostelería Costa Luz S.L.",
                 "Construcciones Hermanos Vidal S.A.", "Clínica Dental Aurora S.L.P."]
    opened = g.days("2019-01-01", "2026-10-31")
    return Table("despacho.expedientes", "es", "camel", [
        c("idExpediente", N, "BIGINT", g.keys(12_001), "decoy"),
        c("numProcedimiento", N, "VARCHAR", [f"{g.rnd.randint(1, 2_400):07d}/{d.year}" for d in opened], "decoy"),
        c("juzgado", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['Juzgado de Primera Instancia', 'Juzgado de lo Social', 'Juzgado de lo Penal'])} nº {g.rnd.randint(1, 12)} de {v.city(g, 'ES')[0]}"),
          "decoy", SHAPE),
        c("materia", N, "VARCHAR", ["laboral" if x else g.rnd.choice(["familia", "civil", "penal", "arrendamientos"])
                                    for x in labour], "decoy"),
        c("clienteNombre", "first_name", "VARCHAR", firsts),
        c("clienteApellido1", "last_name", "VARCHAR", lasts, "qualified"),
        c("clienteApellido2", "last_name", "VARCHAR", seconds, "qualified"),
        c("clienteDni", "national_id", "VARCHAR", g.col(lambda: v.es_dni(g) if g.rnd.random() < 0.85 else
                                                        v.es_nie(g))),
        c("clienteNuss", "ssn", "VARCHAR", [v.es_nuss(g) if x else None for x in labour], "null_heavy"),
        c("clienteFechaNac", "date_of_birth", "DATE", births),
        c("clienteDomicilio", "street_address", "VARCHAR", g.col(lambda: v.street(g, "es"))),
        c("clienteCp", "postal_code", "VARCHAR", [v.postal(g, "ES", p[1]) for p in places]),
        c("clienteLocalidad", "city", "VARCHAR", [p[0] for p in places]),
        c("clienteTelefono", "phone", "VARCHAR", g.phones("ES", {"national": 0.6, "intl": 0.3, "local": 0.1},
                                                          mobile=0.8)),
        c("clienteEmail", "email", "VARCHAR", v.emails(g, firsts, lasts, ["gmail.com", "hotmail.es", "yahoo.es",
                                                                          "icloud.com"], 0.1)),
        c("clienteIban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "ES", g.rnd.random() < 0.6), 0.74),
          "null_heavy"),
        c("contrarioNombre", "person_name", "VARCHAR", [None if x else v.whole(g, "es") + " " + v.person(g, "es")[1]
                                                        for x in labour]),
        c("contrarioEmpresa", N, "VARCHAR", [g.rnd.choice(employers) if x else None for x in labour], "business",
          "null_heavy"),
        c("abogadoResponsable", "person_name", "VARCHAR", g.col(g.pick(lawyers))),
        c("procurador", "person_name", "VARCHAR", g.col(g.pick(solicitors), 0.25)),
        c("numColegiado", N, "VARCHAR", g.col(lambda: f"ICA-{g.rnd.randint(1_000, 19_999)}"), "decoy"),
        c("fechaApertura", N, "DATE", opened, "decoy"),
        c("fechaVista", N, "TIMESTAMP", [datetime(d.year, d.month, d.day, g.rnd.choice([9, 10, 11, 12]), 30)
                                         + timedelta(days=g.rnd.randint(60, 500)) for d in opened], "decoy"),
        c("cuantia", N, "DECIMAL(12,2)", g.amounts(600, 250_000), "decoy"),
        c("honorarios", N, "DECIMAL(10,2)", g.amounts(300, 18_000), "decoy"),
        c("estado", N, "VARCHAR", g.col(g.pick(["abierto", "en trámite", "sentencia", "recurso", "archivado"])),
          "decoy"),
        c("notasInternas", "free_text", "VARCHAR",
          g.col(lambda: g.rnd.choice([f"Reunión con {v.whole(g, 'es')} el martes",
                                      f"El testigo {v.whole(g, 'es')} no comparece",
                                      f"Llamar a la hermana del cliente ({g.phone('ES', 'national')})"]), 0.2)),
        c("despachoDireccion", N, "VARCHAR", ["Calle Marqués de Larios 7, 3º, 29005 Málaga"] * g.rows, "business"),
        c("despachoTelefono", N, "VARCHAR", ["952 21 44 80"] * g.rows, "business"),
    ])


# -- airline PNR (English, SCREAMING) ----------------------------------------------------------------------------------


_PAX_COUNTRIES = {"GB": "en", "US": "us", "DE": "de", "FR": "fr", "IT": "it", "ES": "es", "NL": "nl", "PL": "pl",
                  "SE": "sv", "TR": "tr"}
_AIRPORTS = ["LHR", "MAN", "EDI", "FRA", "MUC", "CDG", "FCO", "MAD", "AMS", "WAW", "ARN", "IST", "JFK", "ORD"]


def _title(female: bool) -> str:
    return "MRS" if female else "MR"


def pnr_passengers(g: Gen) -> Table:
    """An airline's passenger-name-record extract, one row per passenger and segment, with APIS data (SSR DOCS,
    DOCA), contacts (CTCM, CTCE) and the frequent-flyer number."""
    country = [g.rnd.choices(list(_PAX_COUNTRIES), [30, 12, 12, 8, 6, 6, 6, 6, 4, 10])[0] for _ in range(g.rows)]
    fem = v.sexes(g, 0.48)
    pairs = [v.person(g, _PAX_COUNTRIES[x], f) for x, f in zip(country, fem)]
    births = g.births(1940, 2024)
    child = [b.year >= 2012 for b in births]
    agencies = [("91234567", "Skyways Travel Ltd", "+44 161 496 0000"), ("34567812", "Reisebüro Sonnenklar GmbH",
                                                                          "+49 89 21 09 12 00"),
                ("00000000", "DIRECT WEB", None), ("20123412", "Voyages Horizon SARL", "+33 4 72 00 11 22")]
    ag = [g.rnd.choice(agencies) for _ in range(g.rows)]
    hotels = ["HILTON MIDTOWN 1335 AVENUE OF THE AMERICAS NEW YORK", "MARRIOTT DOWNTOWN 540 N STATE ST CHICAGO",
              "HOLIDAY INN EXPRESS 15 GOLD ST NEW YORK"]
    us_bound = [g.rnd.random() < 0.2 for _ in range(g.rows)]
    dep = g.days("2026-11-01", "2027-03-31")
    sign = [f"{g.rnd.randint(1000, 9999)}{g.code('AA')}" for _ in range(15)]

    def ctce(first: str, last: str) -> str:
        return v.email(g, first, last, ["GMAIL.COM", "HOTMAIL.CO.UK", "WEB.DE", "ORANGE.FR", "LIBERO.IT",
                                        "OUTLOOK.COM"]).upper().replace("@", "//").replace("_", "..")

    return Table("res.PNR_PAX", "en", "screaming", [
        c("RECORD_LOCATOR", N, "VARCHAR", g.col(lambda: g.code("ZZZZZZ").upper().replace("0", "Q")), "decoy"),
        c("PAX_SEQ", N, "INTEGER", g.col(g.pick([1, 1, 1, 2, 2, 3, 4])), "decoy"),
        c("PAX_NAME", "person_name", "VARCHAR",
          [f"{v.plain(b).upper()}/{v.plain(a).upper()} {'MSTR' if k and not f else 'MISS' if k else _title(f)}"
           for (a, b), f, k in zip(pairs, fem, child)]),
        c("PAX_TYPE", N, "VARCHAR", ["CHD" if k else "ADT" for k in child], "decoy"),
        c("DOCS_DOB", "date_of_birth", "VARCHAR", [_apis(b) for b in births]),
        c("DOCS_GENDER", N, "VARCHAR", ["F" if f else "M" for f in fem], "decoy"),
        c("DOCS_NATIONALITY", N, "VARCHAR", [{"GB": "GBR", "US": "USA", "DE": "DEU", "FR": "FRA", "IT": "ITA",
                                              "ES": "ESP", "NL": "NLD", "PL": "POL", "SE": "SWE", "TR": "TUR"}[x]
                                             for x in country], "decoy"),
        c("DOCS_NUMBER", "national_id", "VARCHAR", [v.passport(g, x) for x in country]),
        c("DOCS_EXPIRY", N, "VARCHAR", [_apis(g.day("2027-01-01", "2036-12-31")) for _ in range(g.rows)], "decoy",
          SHAPE),
        c("CTCM", "phone", "VARCHAR", [g.phone(x, g.rnd.choice(["e164", "digits", "intl"])) if g.rnd.random() < 0.85
                                       else None for x in country]),
        c("CTCE", "email", "VARCHAR", [ctce(a, b) if g.rnd.random() < 0.8 else None for a, b in pairs]),
        c("FQTV", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['BA', 'LH', 'AF', 'TK'])} {g.digits(9)}", 0.25),
          "decoy"),
        c("TICKET_NUMBER", N, "VARCHAR", g.col(lambda: g.rnd.choice(["125", "220", "057", "235"]) + g.digits(10,
                                                                                                          "0123456789")),
          "decoy", SHAPE),
        c("FLIGHT", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['BA', 'LH', 'AF', 'TK', 'IB'])}{g.rnd.randint(1, 2999)}"),
          "decoy"),
        c("DEP", N, "VARCHAR", g.col(g.pick(_AIRPORTS)), "decoy"),
        c("ARR", N, "VARCHAR", g.col(g.pick(_AIRPORTS)), "decoy"),
        c("DEP_DATE", N, "DATE", dep, "decoy"),
        c("SEAT", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 45)}{g.rnd.choice('ABCDEF')}", 0.2), "decoy"),
        c("BOOKING_CLASS", N, "VARCHAR", g.col(g.pick(list("YBMHKLQVJCZ"))), "decoy"),
        c("FARE_BASIS", N, "VARCHAR", g.col(lambda: g.code("AAA") + g.digits(2) + g.code("AA")), "decoy"),
        c("AGENCY_IATA", N, "VARCHAR", [a[0] for a in ag], "business"),
        c("AGENCY_NAME", N, "VARCHAR", [a[1] for a in ag], "business"),
        c("AGENCY_PHONE", N, "VARCHAR", [a[2] for a in ag], "business"),
        c("AGENT_SIGN", USERNAME, "VARCHAR", g.col(g.pick(sign)), "username"),
        c("PCTC_NAME", "person_name", "VARCHAR", [v.whole(g, _PAX_COUNTRIES[x]).upper()
                                                  if g.rnd.random() < 0.75 else None for x in country]),
        c("PCTC_PHONE", "phone", "VARCHAR", [g.phone(x, "e164") if g.rnd.random() < 0.75 else None for x in country],
          "qualified"),
        c("DOCA_R", "street_address", "VARCHAR",
          [f"{v.street(g, 'us').upper()}/{v.city(g, 'US')[0].upper()}" if u else None for u in us_bound],
          "null_heavy"),
        c("DOCA_D", N, "VARCHAR", [g.rnd.choice(hotels) if u else None for u in us_bound], "business", "null_heavy"),
        c("FOP_CARD", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['VI', 'CA', 'AX'])}XXXXXXXXXXXX{g.digits(4, '0123456789')}"),
          "decoy"),
        c("FOP_CARDHOLDER", "person_name", "VARCHAR", [f"{v.plain(a).upper()} {v.plain(b).upper()}"
                                                       if g.rnd.random() < 0.75 else None for a, b in pairs]),
        c("SSR_CODES", N, "VARCHAR", g.col(g.pick(["", "", "", "WCHR", "VGML", "BLND", "UMNR", "CHML"])), "decoy"),
        c("CREATED_AT", N, "TIMESTAMP", g.moments("2026-01-01", 300), "decoy"),
        c("PNR_HASH", N, "VARCHAR", g.col(g.sha1), "decoy"),
    ])


# -- airline loyalty programme (Italian) -------------------------------------------------------------------------------


def it_loyalty(g: Gen) -> Table:
    """An Italian airline's frequent-flyer members (soci del programma fedeltà), camelCase names."""
    fem = v.sexes(g, 0.45)
    firsts, lasts = v.people(g, "it", fem)
    births = g.births(1940, 2006)
    places = [v.city(g, "IT") for _ in range(g.rows)]
    provinces = {"Brescia": "BS", "Parma": "PR", "Perugia": "PG", "Lecce": "LE", "Trento": "TN", "Udine": "UD",
                 "Salerno": "SA", "Cagliari": "CA", "Rimini": "RN", "Como": "CO"}
    companies = [("Meccanica Benacense S.p.A.", v.it_iva(g)), ("Studio Associato Ferri & Conti", v.it_iva(g)),
                 ("Laboratori Farmaceutici Adriatici S.r.l.", v.it_iva(g))]
    corp = [g.rnd.choice(companies) if g.rnd.random() < 0.75 else None for _ in range(g.rows)]
    return Table("fedelta.sociProgramma", "it", "camel", [
        c("numeroSocio", N, "VARCHAR", g.col(lambda: g.digits(10)), "decoy"),
        c("livelloTessera", N, "VARCHAR", g.col(g.pick(["Classic", "Classic", "Silver", "Gold", "Platinum"])),
          "decoy"),
        c("nome", "first_name", "VARCHAR", firsts),
        c("cognome", "last_name", "VARCHAR", lasts),
        c("codiceFiscale", "national_id", "VARCHAR", [v.it_cf(g, a, b, d, f) for a, b, d, f in
                                                      zip(firsts, lasts, births, fem)]),
        c("dataNascita", "date_of_birth", "DATE", births),
        c("luogoNascita", "city", "VARCHAR", g.col(lambda: v.city(g, "IT")[0])),
        c("sesso", N, "VARCHAR", ["F" if f else "M" for f in fem], "decoy"),
        c("indirizzo", "street_address", "VARCHAR", g.col(lambda: v.street(g, "it"))),
        c("cap", "postal_code", "VARCHAR", [v.postal(g, "IT", p[1]) for p in places]),
        c("citta", "city", "VARCHAR", [p[0] for p in places]),
        c("provincia", N, "VARCHAR", [provinces[p[0]] for p in places], "decoy"),
        c("cellulare", "phone", "VARCHAR", g.phones("IT", {"national": 0.5, "intl": 0.3, "e164": 0.2}), "qualified"),
        c("telefonoCasa", "phone", "VARCHAR", g.phones("IT", {"national": 1.0}, mobile=0.0, nulls=0.8), "null_heavy",
          "qualified"),
        c("email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["libero.it", "virgilio.it", "gmail.com",
                                                                   "tiscali.it", "fastwebnet.it"], 0.04)),
        c("saldoMiglia", N, "INTEGER", g.ints(0, 480_000), "decoy"),
        c("miglaQualificanti", N, "INTEGER", g.ints(0, 90_000), "decoy"),
        c("dataIscrizione", N, "DATE", g.days("1998-01-01", "2026-10-31"), "decoy"),
        c("scadenzaLivello", N, "DATE", g.days("2026-12-31", "2028-12-31"), "decoy"),
        c("aeroportoPreferito", N, "VARCHAR", g.col(g.pick(["FCO", "LIN", "MXP", "BLQ", "CTA", "BRI", "NAP"])),
          "decoy"),
        c("postoPreferito", N, "VARCHAR", g.col(g.pick(["finestrino", "corridoio", "indifferente"])), "decoy"),
        c("numeroPassaporto", "national_id", "VARCHAR", g.col(lambda: v.passport(g, "IT"), 0.76), "null_heavy"),
        c("nomeConiuge", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "it"), 0.8), "null_heavy"),
        c("ultimoAccessoIp", "ip_address", "VARCHAR", g.col(g.ipv4, 0.1)),
        c("aziendaConvenzionata", N, "VARCHAR", [x[0] if x else None for x in corp], "business"),
        c("partitaIvaAzienda", N, "VARCHAR", [x[1] if x else None for x in corp], "business"),
        c("consensoMarketing", N, "BOOLEAN", g.yn(True, False, 0.4), "decoy"),
        c("ultimoVolo", N, "DATE", g.days("2024-01-01", "2026-11-30"), "decoy"),
    ])


# -- tenancy contracts (Portuguese) ------------------------------------------------------------------------------------


def pt_tenancies(g: Gen) -> Table:
    """A Portuguese letting agency's tenancy contracts (contratos de arrendamento): tenant, guarantor, landlord fund."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "pt", fem)
    births = g.births(1950, 2005)
    places = [v.city(g, "PT") for _ in range(g.rows)]
    guarantor = [g.rnd.random() < 0.78 for _ in range(g.rows)]
    landlords = [("Fundo Imobiliário Atlântico", v.pt_nipc(g), "Avenida da Boavista 1837, 4100-133 Porto"),
                 ("Lusa Habitação SA", v.pt_nipc(g), "Rua Castilho 39, 1250-068 Lisboa"),
                 ("Quinta Nova Investimentos Lda", v.pt_nipc(g), "Avenida Central 45, 4710-229 Braga")]
    ll = [g.rnd.choice(landlords) for _ in range(g.rows)]
    agents = [v.whole(g, "pt") for _ in range(8)]
    start = g.days("2018-01-01", "2026-10-01")
    return Table("arrendamento.contratos", "pt", "snake", [
        c("id_contrato", N, "BIGINT", g.keys(900_001), "decoy"),
        c("n_registo_at", N, "VARCHAR", g.col(lambda: f"{g.digits(8)}/{g.rnd.randint(2018, 2026)}"), "decoy"),
        c("imovel_morada", "street_address", "VARCHAR", g.col(lambda: v.street(g, "pt", True))),
        c("imovel_andar", "street_address", "VARCHAR", g.col(g.pick(["R/C Esq", "1º Dto", "2º Esq", "3º Frente",
                                                                     "4º B", "Cave"]))),
        c("imovel_cp", "postal_code", "VARCHAR", [v.postal(g, "PT", p[1]) for p in places]),
        c("imovel_localidade", "city", "VARCHAR", [p[0] for p in places]),
        c("artigo_matricial", N, "VARCHAR", g.col(lambda: f"U-{g.rnd.randint(100, 9999)}"), "decoy"),
        c("tipologia", N, "VARCHAR", g.col(g.pick(["T0", "T1", "T2", "T2", "T3", "T4"])), "decoy"),
        c("area_m2", N, "INTEGER", g.ints(28, 180), "decoy"),
        c("renda_mensal", N, "DECIMAL(8,2)", g.amounts(380, 2_400), "decoy"),
        c("caucao", N, "DECIMAL(8,2)", g.amounts(380, 4_800), "decoy"),
        c("data_inicio", N, "DATE", start, "decoy"),
        c("data_fim", N, "DATE", [d + timedelta(days=365 * g.rnd.choice([1, 2, 3, 5])) for d in start], "decoy"),
        c("inquilino_nome", "person_name", "VARCHAR", [f"{a} {g.rnd.choice(v.NAMES['pt'][2])} {b}"
                                                      for a, b in zip(firsts, lasts)]),
        c("inquilino_nif", "national_id", "VARCHAR", g.col(lambda: v.pt_nif(g))),
        c("inquilino_cc", "national_id", "VARCHAR", g.col(lambda: v.pt_cc(g), 0.1)),
        c("inquilino_data_nasc", "date_of_birth", "VARCHAR", g.fmt(births, ["%d-%m-%Y"])),
        c("inquilino_telemovel", "phone", "VARCHAR", g.phones("PT", {"national": 0.6, "intl": 0.4})),
        c("inquilino_email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["sapo.pt", "gmail.com", "hotmail.com",
                                                                             "outlook.pt"], 0.05)),
        c("inquilino_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "PT", g.rnd.random() < 0.5), 0.15)),
        c("fiador_nome", "person_name", "VARCHAR", [v.whole(g, "pt") if x else None for x in guarantor]),
        c("fiador_nif", "national_id", "VARCHAR", [v.pt_nif(g) if x else None for x in guarantor]),
        c("fiador_data_nasc", "date_of_birth", "VARCHAR", [g.birth(1940, 1985).strftime("%d-%m-%Y") if x else None
                                                           for x in guarantor], "qualified"),
        c("senhorio_nome", N, "VARCHAR", [x[0] for x in ll], "business"),
        c("senhorio_nipc", N, "VARCHAR", [x[1] for x in ll], "business"),
        c("senhorio_morada", N, "VARCHAR", [x[2] for x in ll], "business"),
        c("mediador", N, "VARCHAR", ["Casa Minhota Mediação Imobiliária, Lda"] * g.rows, "business"),
        c("mediador_ami", N, "VARCHAR", ["AMI 12873"] * g.rows, "business"),
        c("angariador", "person_name", "VARCHAR", g.col(g.pick(agents))),
        c("certificado_energetico", N, "VARCHAR", g.col(g.pick(["A", "B", "B-", "C", "D", "E", "F"])), "decoy"),
    ])


# -- clinical trial participants (Danish) ------------------------------------------------------------------------------


def dk_trial(g: Gen) -> Table:
    """A Danish hospital's clinical-trial site file: screening log with identity, participant contacts, study data."""
    fem = v.sexes(g, 0.47)
    firsts, lasts = v.people(g, "da", fem)
    births = g.births(1945, 2004)
    places = [v.city(g, "DK") for _ in range(g.rows)]
    gps = [(f"Læge {v.whole(g, 'da')}", f"Lægehuset {g.rnd.choice(['Torvet', 'Åen', 'Søndergade', 'Parken'])}",
            g.phone("DK", "national", mobile=False)) for _ in range(25)]
    gp = [g.rnd.choice(gps) for _ in range(g.rows)]
    investigators = [f"{g.rnd.choice(['Overlæge', 'Prof., overlæge', 'Afdelingslæge'])} {v.whole(g, 'da')}"
                     for _ in range(4)]
    relative = [g.rnd.random() < 0.25 for _ in range(g.rows)]
    visits = g.days("2025-02-01", "2026-11-15")
    return Table("forsoeg.deltagere", "da", "snake+abbrev", [
        c("eudract_nr", N, "VARCHAR", ["2024-503117-21-00"] * g.rows, "decoy"),
        c("site_nr", N, "VARCHAR", g.col(g.pick(["DK01", "DK03", "DK04"])), "decoy"),
        c("subj_id", N, "VARCHAR", [f"DK03-{k:04d}" for k in g.keys(1)], "decoy", "abbrev"),
        c("init", "person_name", "VARCHAR", [f"{a[0]}{g.rnd.choice(['', '-'])}{b[0]}".upper()
                                             for a, b in zip(firsts, lasts)], "abbrev"),
        c("foed_aar", "date_of_birth", "INTEGER", [b.year for b in births], SPLIT_DOB, "abbrev"),
        c("cpr_nr", "national_id", "VARCHAR", [v.dk_cpr(g, b, g.rnd.random() < 0.6) for b in births], "abbrev"),
        c("fornavn", "first_name", "VARCHAR", firsts),
        c("efternavn", "last_name", "VARCHAR", lasts),
        c("adr", "street_address", "VARCHAR", g.col(lambda: v.street(g, "da")), "abbrev"),
        c("postnr", "postal_code", "VARCHAR", [v.postal(g, "DK", p[1]) for p in places], "abbrev"),
        c("bynavn", "city", "VARCHAR", [p[0] for p in places]),
        c("tlf", "phone", "VARCHAR", g.phones("DK", {"national": 0.7, "intl": 0.3}, mobile=0.2, nulls=0.25),
          "qualified", "abbrev"),
        c("mobil", "phone", "VARCHAR", g.phones("DK", {"national": 0.5, "e164": 0.3, "local": 0.2}), "qualified"),
        c("e_mail", "email", "VARCHAR", v.emails(g, firsts, lasts, ["gmail.com", "hotmail.dk", "mail.dk", "jubii.dk"],
                                                 0.15)),
        c("egen_laege", "person_name", "VARCHAR", [x[0] for x in gp]),
        c("egen_laege_klinik", N, "VARCHAR", [x[1] for x in gp], "business"),
        c("egen_laege_tlf", N, "VARCHAR", [x[2] for x in gp], "business", "abbrev"),
        c("paaroerende_navn", "person_name", "VARCHAR", [v.whole(g, "da") if r else None for r in relative],
          "null_heavy"),
        c("paaroerende_tlf", "phone", "VARCHAR", [g.phone("DK", "national") if r else None for r in relative],
          "null_heavy", "qualified"),
        c("rand_arm", N, "VARCHAR", g.col(g.pick(["A", "B", "placebo"])), "decoy", "abbrev"),
        c("rand_dato", N, "DATE", [d - timedelta(days=g.rnd.randint(0, 200)) for d in visits], "decoy", "abbrev"),
        c("besoeg_dato", N, "DATE", visits, "decoy"),
        c("besoeg_nr", N, "INTEGER", g.ints(1, 12), "decoy"),
        c("hba1c_mmol_mol", N, "INTEGER", g.ints(38, 96), "decoy"),
        c("vaegt_kg", N, "DECIMAL(5,1)", [round(g.rnd.uniform(52, 140), 1) for _ in range(g.rows)], "decoy"),
        c("hoejde_cm", N, "INTEGER", g.ints(152, 201), "decoy"),
        c("ae_beskrivelse", N, "VARCHAR", g.col(g.pick(["kvalme grad 1", "hovedpine", "reaktion på injektionssted",
                                                        "diarré grad 2", "træthed"]), 0.2), "decoy"),
        c("samtykke_version", N, "VARCHAR", g.col(g.pick(["v2.0", "v3.1", "v3.2"])), "decoy"),
        c("investigator", "person_name", "VARCHAR", g.col(g.pick(investigators))),
        c("afdeling_adr", N, "VARCHAR", ["Palle Juul-Jensens Boulevard 99, 8200 Aarhus N"] * g.rows, "business"),
    ])


# -- dating app (Turkish) ----------------------------------------------------------------------------------------------


def tr_dating(g: Gen) -> Table:
    """A dating app's user profiles (Turkish PascalCase names): nickname, real name, verified identity, self-
    description."""
    fem = v.sexes(g, 0.44)
    firsts, lasts = v.people(g, "tr", fem)
    births = g.births(1970, 2007)
    places = [v.city(g, "TR") for _ in range(g.rows)]
    zodiac = ["Koç", "Boğa", "İkizler", "Yengeç", "Aslan", "Başak", "Terazi", "Akrep", "Yay", "Oğlak", "Kova", "Balık"]

    def about(i: int) -> str:
        return g.rnd.choice([
            f"Merhaba, ben {firsts[i]}. {places[i][0]}'de yaşıyorum, kahve ve doğa yürüyüşü.",
            f"{firsts[i]} {lasts[i][0]}. - kedim Pamuk ile birlikte geliyoruz :)",
            f"Arkadaşım {v.given(g, 'tr')} zorla üye yaptı. Instagram: @{v.plain(firsts[i])}{g.rnd.randint(1, 99)}",
            f"Mühendisim, {2026 - births[i].year} yaşındayım, ciddi ilişki arıyorum."])

    nick = [v.handle(g, a, b) for a, b in zip(firsts, lasts)]
    return Table("eslesme.KullaniciProfil", "tr", "pascal", [
        c("KullaniciId", N, "VARCHAR", g.col(g.uuid), "decoy"),
        c("KullaniciAdi", USERNAME, "VARCHAR", nick, "username"),
        c("GorunenAd", "first_name", "VARCHAR", [a if g.rnd.random() < 0.85 else a[:1] + "." for a in firsts]),
        c("Soyad", "last_name", "VARCHAR", lasts),
        c("DogumTarihi", "date_of_birth", "DATE", births),
        c("Yas", N, "INTEGER", [2026 - b.year for b in births], "decoy"),
        c("Cinsiyet", N, "VARCHAR", ["Kadın" if f else "Erkek" for f in fem], "decoy"),
        c("AradigiCinsiyet", N, "VARCHAR", g.col(g.pick(["Kadın", "Erkek", "Herkes"])), "decoy"),
        c("Sehir", "city", "VARCHAR", [p[0] for p in places]),
        c("CepTelefonu", "phone", "VARCHAR", g.phones("TR", {"national": 0.4, "e164": 0.4, "digits": 0.2})),
        c("Eposta", "email", "VARCHAR", v.emails(g, firsts, lasts, ["gmail.com", "hotmail.com", "yandex.com.tr",
                                                                    "icloud.com", "outlook.com"], 0.05)),
        c("TcKimlikNo", "national_id", "VARCHAR",
          g.sparse(lambda: v.tr_tc(g), 0.78, ("", "", "", "-", "doğrulanmadı", "NULL")), NULLWORD),
        c("BoyCm", N, "INTEGER", g.ints(150, 198), "decoy"),
        c("Burc", N, "VARCHAR", g.col(g.pick(zodiac)), "decoy"),
        c("Meslek", N, "VARCHAR", g.col(g.pick(["Mühendis", "Öğretmen", "Hemşire", "Avukat", "Serbest", "Öğrenci"])),
          "decoy"),
        c("Hakkimda", "free_text", "VARCHAR", [about(i) for i in range(g.rows)]),
        c("ProfilFotoHash", N, "VARCHAR", g.col(g.sha256), "decoy"),
        c("SonKonum", N, "VARCHAR", g.col(lambda: g.coord((36.5, 41.5), (27.0, 42.0))), "decoy"),
        c("SonGirisIp", "ip_address", "VARCHAR", g.col(lambda: g.cgnat() if g.rnd.random() < 0.5 else g.ipv4())),
        c("InstagramHesabi", USERNAME, "VARCHAR",
          g.nullwords([f"@{n}" if g.rnd.random() < 0.5 else n for n in nick], 0.75, ("", "", "-", "yok")),
          "username", NULLWORD),
        c("DavetKodu", N, "VARCHAR", [f"{v.plain(a).upper()[:6]}{g.rnd.randint(10, 99)}" for a in firsts], "decoy",
          SHAPE),
        c("AbonelikPlani", N, "VARCHAR", g.col(g.pick(["Ücretsiz", "Ücretsiz", "Gold", "Platinum"])), "decoy"),
        c("KayitTarihi", N, "TIMESTAMP", g.moments("2021-01-01", 2_100), "decoy"),
        c("SonAktiflik", N, "TIMESTAMP", g.moments("2026-10-01", 60), "decoy"),
        c("EslesmeSayisi", N, "INTEGER", g.ints(0, 900), "decoy"),
        c("UygulamaSurumu", N, "VARCHAR", g.col(g.version), "decoy"),
        c("CihazModeli", N, "VARCHAR", g.col(g.pick(["iPhone 14", "Galaxy A54", "Redmi Note 12", "iPhone 15 Pro"])),
          "decoy"),
        c("EngelliMi", N, "BOOLEAN", g.yn(True, False, 0.03), "decoy"),
    ])


# -- child benefit recipients (Japanese) -------------------------------------------------------------------------------


def ja_child_benefit(g: Gen) -> Table:
    """A municipality's child-allowance recipients (児童手当受給者台帳), column names in Japanese."""
    fem = v.sexes(g, 0.55)
    parents = [v.ja_person(g, f) for f in fem]
    births = g.births(1975, 2002)
    places = [g.rnd.choice(v.JA_PLACES) for _ in range(g.rows)]
    spouse = [g.rnd.random() < 0.8 for _ in range(g.rows)]
    second = [g.rnd.random() < 0.24 for _ in range(g.rows)]
    staff = [f"{g.rnd.choice(v.JA_LAST)[0]} {g.rnd.choice(v.JA_MALE + v.JA_FEMALE)[0]}" for _ in range(6)]
    banks = ["ゆうちょ銀行", "みずほ銀行", "北洋銀行", "七十七銀行", "広島銀行", "鹿児島銀行"]

    def kid(family: tuple[str, str, str]) -> str:
        return f"{family[0]} {g.rnd.choice(v.JA_MALE + v.JA_FEMALE)[0]}"

    return Table("給付.児童手当受給者", "ja", "native", [
        c("受給者番号", N, "VARCHAR", [f"J{k:08d}" for k in g.keys(10_000_001)], "decoy"),
        c("個人番号", "national_id", "VARCHAR", g.col(lambda: v.jp_my_number(g))),
        c("氏名", "person_name", "VARCHAR", [f"{b[0]} {a[0]}" for a, b in parents]),
        c("氏名カナ", "person_name", "VARCHAR", [f"{b[1]} {a[1]}" for a, b in parents]),
        c("生年月日", "date_of_birth", "DATE", births),
        c("性別", N, "VARCHAR", ["女" if f else "男" for f in fem], "decoy"),
        c("郵便番号", "postal_code", "VARCHAR", [v.postal(g, "JP", p[3]) for p in places]),
        c("住所", "street_address", "VARCHAR", [v.ja_address(g, p) for p in places]),
        c("電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "local": 0.2}, nulls=0.1)),
        c("配偶者氏名", "person_name", "VARCHAR",
          [f"{b[0]} {g.rnd.choice(v.JA_MALE if f else v.JA_FEMALE)[0]}" if s else None
           for (a, b), f, s in zip(parents, fem, spouse)], "qualified"),
        c("配偶者生年月日", "date_of_birth", "DATE", [g.birth(1970, 2002) if s else None for s in spouse],
          "qualified"),
        c("児童1氏名", "person_name", "VARCHAR", [kid(b) for a, b in parents], "qualified"),
        c("児童1生年月日", "date_of_birth", "DATE", [g.birth(max(b.year + 18, 2009), 2025) for b in births],
          "qualified"),
        c("児童2氏名", "person_name", "VARCHAR", [kid(b) if s else None for (a, b), s in zip(parents, second)],
          "null_heavy", "qualified"),
        c("児童2生年月日", "date_of_birth", "DATE", [g.birth(2012, 2025) if s else None for s in second],
          "null_heavy", "qualified"),
        c("支給月額", N, "INTEGER", g.col(g.pick([10_000, 15_000, 25_000, 30_000, 45_000])), "decoy"),
        c("認定日", N, "DATE", g.days("2012-04-01", "2026-10-31"), "decoy"),
        c("支給開始年月", N, "VARCHAR", [d.strftime("%Y-%m") for d in g.days("2012-04-01", "2026-10-31")], "decoy"),
        c("所得区分", N, "VARCHAR", g.col(g.pick(["一般", "一般", "特例", "上限超過"])), "decoy"),
        c("振込先金融機関", N, "VARCHAR", g.col(g.pick(banks)), "business"),
        c("振込先支店", N, "VARCHAR", g.col(g.pick(["本店営業部", "駅前支店", "中央支店", "〇一八店"])), "business"),
        c("口座種別", N, "VARCHAR", g.col(g.pick(["普通", "普通", "当座"])), "decoy"),
        c("担当職員", "person_name", "VARCHAR", g.col(g.pick(staff))),
        c("市区町村コード", N, "VARCHAR", g.col(g.pick(["271403", "011002", "041009", "341002", "331007"])),
          "decoy"),
        c("世帯番号", N, "VARCHAR", g.col(lambda: g.digits(10)), "decoy"),
        c("受付日時", N, "TIMESTAMP", g.moments("2025-04-01", 500), "decoy"),
    ])


# -- cram-school student register (romanized Japanese, SCREAMING) ------------------------------------------------------


def ja_juku_students(g: Gen) -> Table:
    """A cram school's student register (塾の生徒台帳) with romanized SCREAMING column names; the birth date in three
    integer columns (year, month, day)."""
    fem = v.sexes(g, 0.5)
    kids = [v.ja_person(g, f) for f in fem]
    births = g.births(2008, 2019)
    places = [g.rnd.choice(v.JA_PLACES) for _ in range(g.rows)]
    teachers = [f"{g.rnd.choice(v.JA_LAST)[0]} {g.rnd.choice(v.JA_MALE + v.JA_FEMALE)[0]}" for _ in range(10)]
    schools = ["市立第三中学校", "県立北高等学校", "私立桜ヶ丘中学校", "市立東小学校", "国立附属中学校"]
    branches = [("仙台駅前校", "宮城県仙台市青葉区中央2-1-7 3F", "022-266-0101"),
                ("広島本通校", "広島県広島市中区本通6-11 5F", "082-545-0202"),
                ("金沢香林坊校", "石川県金沢市香林坊1-2-24 2F", "076-221-0303")]
    br = [g.rnd.choice(branches) for _ in range(g.rows)]
    return Table("JUKU.SEITO_DAICHO", "ja-Latn", "screaming", [
        c("SEITO_NO", N, "VARCHAR", [f"S{k:06d}" for k in g.keys(240_001)], "decoy"),
        c("SEITO_SEI", "last_name", "VARCHAR", [b[0] for a, b in kids]),
        c("SEITO_MEI", "first_name", "VARCHAR", [a[0] for a, b in kids]),
        c("SEITO_SEI_KANA", "last_name", "VARCHAR", [b[1] for a, b in kids]),
        c("SEITO_MEI_KANA", "first_name", "VARCHAR", [a[1] for a, b in kids]),
        c("SEINEN", "date_of_birth", "INTEGER", [b.year for b in births], SPLIT_DOB),
        c("SEIGATSU", "date_of_birth", "INTEGER", [b.month for b in births], SPLIT_DOB),
        c("SEIJITSU", "date_of_birth", "INTEGER", [b.day for b in births], SPLIT_DOB),
        c("GAKUNEN", N, "VARCHAR", g.col(g.pick(["小5", "小6", "中1", "中2", "中3", "高1", "高2", "高3"])), "decoy"),
        c("GAKKO_MEI", N, "VARCHAR", g.col(g.pick(schools)), "decoy"),
        c("HOGOSHA_SHIMEI", "person_name", "VARCHAR",
          [f"{b[0]} {g.rnd.choice(v.JA_MALE + v.JA_FEMALE)[0]}" for a, b in kids]),
        c("HOGOSHA_TEL", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "local": 0.2}, mobile=0.0, nulls=0.25),
          "qualified"),
        c("HOGOSHA_KEITAI", "phone", "VARCHAR", g.phones("JP", {"national": 0.7, "local": 0.3}), "qualified"),
        c("HOGOSHA_MAIL", "email", "VARCHAR", v.emails(g, [a[2] for a, b in kids], [b[2] for a, b in kids],
                                                       ["docomo.ne.jp", "au.com", "i.softbank.jp", "gmail.com",
                                                        "yahoo.co.jp"], 0.1)),
        c("YUBIN_NO", "postal_code", "VARCHAR", [v.postal(g, "JP", p[3]).replace("-", "") for p in places]),
        c("JUSHO", "street_address", "VARCHAR", [v.ja_address(g, p) for p in places]),
        c("KOSU", N, "VARCHAR", g.col(g.pick(["高校受験", "中学受験", "個別指導", "大学受験", "英検対策"])), "decoy"),
        c("NYUJUKU_BI", N, "DATE", g.days("2020-03-01", "2026-10-31"), "decoy"),
        c("GEKKAN_JUKURYO", N, "INTEGER", g.col(g.pick([16_500, 22_000, 27_500, 33_000])), "decoy"),
        c("MOSHI_HENSACHI", N, "DECIMAL(4,1)", [round(g.rnd.uniform(38, 72), 1) for _ in range(g.rows)], "decoy"),
        c("TANTO_KOSHI", "person_name", "VARCHAR", g.col(g.pick(teachers))),
        c("KOSHA_CD", N, "VARCHAR", [b[0][:2] for b in br], "decoy", SHAPE),
        c("KOSHIN_NICHIJI", N, "TIMESTAMP", g.moments("2025-04-01", 580), "decoy"),
        c("KOSHA_MEI", N, "VARCHAR", [b[0] for b in br], "business"),
        c("KOSHA_JUSHO", N, "VARCHAR", [b[1] for b in br], "business"),
        c("KOSHA_TEL", N, "VARCHAR", [b[2] for b in br], "business"),
        c("BIKO", "free_text", "VARCHAR",
          g.col(lambda: g.rnd.choice([f"兄 {g.rnd.choice(v.JA_MALE)[0]} も在籍 (2023年卒)",
                                      f"お迎えは祖母の{g.rnd.choice(v.JA_LAST)[0]}様",
                                      "アレルギーあり、連絡は母の携帯へ"]), 0.82), "null_heavy"),
        c("LOGIN_ID", USERNAME, "VARCHAR", [f"{a[2].lower()}.{b[2].lower()}{g.rnd.randint(1, 99)}" for a, b in kids],
          "username"),
    ])


# -- tenancy (Russian, Cyrillic snake_case) ----------------------------------------------------------------------------


_PATRONYMICS = [("Алексеевич", "Алексеевна"), ("Дмитриевич", "Дмитриевна"), ("Сергеевич", "Сергеевна"),
                ("Олегович", "Олеговна"), ("Григорьевич", "Григорьевна"), ("Степанович", "Степановна"),
                ("Денисович", "Денисовна"), ("Витальевич", "Витальевна")]


def ru_tenants(g: Gen) -> Table:
    """A Russian estate agency's tenants (арендаторы) and the flats they rent from private landlords."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "ru", fem)
    patr = [g.rnd.choice(_PATRONYMICS)[1 if f else 0] for f in fem]
    births = g.births(1955, 2005)
    places = [v.city(g, "RU") for _ in range(g.rows)]
    agents = [v.whole(g, "ru") for _ in range(7)]
    landlord = [v.person(g, "ru") for _ in range(g.rows)]
    issued = [g.day(f"{max(b.year + 20, 2000)}-01-01", "2026-10-01") for b in births]
    return Table("недвижимость.арендаторы", "ru", "snake", [
        c("ид", N, "BIGINT", g.keys(70_001), "decoy"),
        c("номер_договора", N, "VARCHAR", g.col(lambda: f"АР-{g.rnd.randint(2019, 2026)}/{g.digits(5)}"), "decoy"),
        c("фамилия", "last_name", "VARCHAR", lasts),
        c("имя", "first_name", "VARCHAR", firsts),
        c("отчество", "person_name", "VARCHAR", patr),
        c("дата_рождения", "date_of_birth", "VARCHAR", g.fmt(births, ["%d.%m.%Y"])),
        c("место_рождения", "city", "VARCHAR", g.col(lambda: "г. " + v.city(g, "RU")[0])),
        c("паспорт", "national_id", "VARCHAR", g.col(lambda: v.ru_passport(g))),
        c("паспорт_дата_выдачи", N, "VARCHAR", g.fmt(issued, ["%d.%m.%Y"]), "decoy", SHAPE),
        c("паспорт_кем_выдан", N, "VARCHAR", [f"ГУ МВД России по г. {p[0]}" for p in places], "decoy"),
        c("снилс", "ssn", "VARCHAR", g.col(lambda: v.ru_snils(g), 0.25)),
        c("инн", "national_id", "VARCHAR", g.col(lambda: v.ru_inn_person(g), 0.74), "null_heavy"),
        c("адрес_регистрации", "street_address", "VARCHAR",
          g.col(lambda: f"г. {v.city(g, 'RU')[0]}, {v.street(g, 'ru')}")),
        c("адрес_объекта", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ru"))),
        c("индекс", "postal_code", "VARCHAR", [v.postal(g, "RU", p[1]) for p in places]),
        c("город", "city", "VARCHAR", [p[0] for p in places]),
        c("телефон", "phone", "VARCHAR", g.phones("RU", {"national": 0.5, "intl": 0.3, "digits": 0.2})),
        c("эл_почта", "email", "VARCHAR", v.emails(g, firsts, lasts, ["mail.ru", "yandex.ru", "gmail.com", "bk.ru",
                                                                      "rambler.ru"], 0.1)),
        c("арендодатель", "person_name", "VARCHAR", [f"{b} {a}" for a, b in landlord]),
        c("телефон_арендодателя", "phone", "VARCHAR", g.phones("RU", {"national": 0.6, "intl": 0.4}), "qualified"),
        c("агентство", N, "VARCHAR", ["ООО «Кварта Недвижимость»"] * g.rows, "business"),
        c("инн_агентства", N, "VARCHAR", [v.ru_inn_company(g)] * g.rows, "business"),
        c("агент", "person_name", "VARCHAR", g.col(g.pick(agents))),
        c("ставка_руб", N, "INTEGER", g.col(lambda: g.rnd.randint(18, 120) * 1_000), "decoy"),
        c("залог_руб", N, "INTEGER", g.col(lambda: g.rnd.randint(18, 120) * 1_000), "decoy"),
        c("дата_заезда", N, "DATE", g.days("2019-01-01", "2026-11-01"), "decoy"),
        c("этаж", N, "INTEGER", g.ints(1, 25), "decoy"),
        c("комнат", N, "INTEGER", g.col(g.pick([1, 1, 2, 2, 3, 4])), "decoy"),
        c("площадь_м2", N, "DECIMAL(5,1)", [round(g.rnd.uniform(24, 120), 1) for _ in range(g.rows)], "decoy"),
        c("кадастровый_номер", N, "VARCHAR",
          g.col(lambda: f"{g.rnd.randint(10, 77)}:{g.rnd.randint(1, 60):02d}:{g.digits(7, '0123456789')}:"
                        f"{g.rnd.randint(1, 9999)}"), "decoy"),
        c("примечание", "free_text", "VARCHAR",
          g.col(lambda: g.rnd.choice([f"Проживает с сожителем, {v.whole(g, 'ru')}",
                                      f"Ключи передать через соседку {v.person(g, 'ru', True)[0]}",
                                      f"Поручитель {v.whole(g, 'ru')}, тел. {g.phone('RU', 'national')}"]), 0.8),
          "null_heavy"),
    ])


# -- government benefits (Greek) ---------------------------------------------------------------------------------------


def gr_benefits(g: Gen) -> Table:
    """Applications for a Greek family benefit (αιτήσεις επιδόματος), Greek snake_case names."""
    fem = v.sexes(g, 0.6)
    firsts, lasts = v.people(g, "el", fem)
    fathers = [v.given(g, "el", False) for _ in range(g.rows)]
    mothers = [v.given(g, "el", True) for _ in range(g.rows)]
    births = g.births(1960, 2004)
    places = [v.city(g, "GR") for _ in range(g.rows)]
    married = [g.rnd.random() < 0.27 for _ in range(g.rows)]
    officers = [v.whole(g, "el") for _ in range(8)]
    prefectures = {"Πάτρα": "Αχαΐας", "Ηράκλειο": "Ηρακλείου", "Λάρισα": "Λάρισας", "Βόλος": "Μαγνησίας",
                   "Ιωάννινα": "Ιωαννίνων", "Καλαμάτα": "Μεσσηνίας", "Χανιά": "Χανίων", "Σέρρες": "Σερρών"}
    applied = g.days("2024-01-01", "2026-11-15")
    return Table("επιδόματα.αιτήσεις", "el", "snake", [
        c("αριθμός_αίτησης", N, "VARCHAR", [f"ΑΙΤ-{d.year}-{k:06d}" for d, k in zip(applied, g.keys(1, 3))], "decoy"),
        c("αμκα", "ssn", "VARCHAR", [v.gr_amka(g, b) for b in births]),
        c("αφμ", "national_id", "VARCHAR", g.col(lambda: v.gr_afm_person(g))),
        c("αδτ", "national_id", "VARCHAR", g.col(lambda: v.gr_adt(g), 0.15)),
        c("επώνυμο", "last_name", "VARCHAR", [x.upper() if g.rnd.random() < 0.4 else x for x in lasts]),
        c("όνομα", "first_name", "VARCHAR", firsts),
        c("πατρώνυμο", "person_name", "VARCHAR", fathers, "qualified"),
        c("μητρώνυμο", "person_name", "VARCHAR", mothers, "qualified"),
        c("ημερομηνία_γέννησης", "date_of_birth", "VARCHAR", g.fmt(births, ["%d/%m/%Y"])),
        c("διεύθυνση", "street_address", "VARCHAR", g.col(lambda: v.street(g, "el"))),
        c("τκ", "postal_code", "VARCHAR", [v.postal(g, "GR", p[1]) for p in places]),
        c("πόλη", "city", "VARCHAR", [p[0] for p in places]),
        c("νομός", N, "VARCHAR", [prefectures[p[0]] for p in places], "decoy"),
        c("τηλέφωνο", "phone", "VARCHAR", g.phones("GR", {"national": 1.0}, mobile=0.0, nulls=0.25), "qualified"),
        c("κινητό", "phone", "VARCHAR", g.phones("GR", {"national": 0.6, "intl": 0.4}), "qualified"),
        c("email", "email", "VARCHAR", v.emails(g, firsts, lasts, ["gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr"],
                                                0.2)),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "GR", g.rnd.random() < 0.5))),
        c("είδος_επιδόματος", N, "VARCHAR", g.col(g.pick(["παιδιού", "στέγασης", "γέννησης", "μονογονεϊκό"])),
          "decoy"),
        c("ποσό", N, "DECIMAL(8,2)", g.amounts(70, 1_200), "decoy"),
        c("ημερομηνία_αίτησης", N, "VARCHAR", g.fmt(applied, ["%d/%m/%Y"]), "decoy"),
        c("κατάσταση", N, "VARCHAR", g.col(g.pick(["εγκρίθηκε", "σε έλεγχο", "απορρίφθηκε"])), "decoy"),
        c("αριθμός_τέκνων", N, "INTEGER", g.col(g.pick([1, 1, 2, 2, 3, 4])), "decoy"),
        c("δου", N, "VARCHAR", [f"ΔΟΥ {p[0]}" for p in places], "decoy"),
        c("εισόδημα", N, "DECIMAL(10,2)", g.amounts(3_000, 45_000), "decoy"),
        c("αριθμός_πρωτοκόλλου", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 99_999)}/{g.rnd.randint(2024, 2026)}"),
          "decoy"),
        c("τελευταία_μεταβολή", N, "TIMESTAMP", g.moments("2025-01-01", 680), "decoy"),
        c("υπάλληλος", "person_name", "VARCHAR", g.col(g.pick(officers))),
        c("σύζυγος_ονοματεπώνυμο", "person_name", "VARCHAR", [v.whole(g, "el") if m else None for m in married],
          "null_heavy"),
        c("σύζυγος_αμκα", "ssn", "VARCHAR", [v.gr_amka(g, g.birth(1958, 2004)) if m else None for m in married],
          "null_heavy"),
        c("κοινότητα_εξυπηρέτησης", N, "VARCHAR", g.col(g.pick(["ΚΕΠ Πατρών", "ΚΕΠ Λάρισας", "ΚΕΠ Χανίων"])),
          "business"),
    ])


# -- government benefits (US, camelCase) -------------------------------------------------------------------------------


def us_household_members(g: Gen) -> Table:
    """A US state benefits agency's household members (SNAP-style case file): the birth date in three integer
    columns."""
    fem = v.sexes(g, 0.52)
    firsts, lasts = v.people(g, "us", fem)
    births = g.births(1940, 2025)
    places = [v.city(g, "US") for _ in range(g.rows)]
    states = {"Akron": "OH", "Eugene": "OR", "Wichita": "KS", "Macon": "GA", "Provo": "UT", "Tacoma": "WA",
              "Erie": "PA", "Amarillo": "TX"}
    counties = {"Akron": "Summit", "Eugene": "Lane", "Wichita": "Sedgwick", "Macon": "Bibb", "Provo": "Utah",
                "Tacoma": "Pierce", "Erie": "Erie", "Amarillo": "Potter"}
    workers = [v.whole(g, "us") for _ in range(12)]
    employed = [g.rnd.random() < 0.77 for _ in range(g.rows)]
    employers = [("Walmart Supercenter #2291", "(330) 555-0100"), ("County School District", "(541) 555-0112"),
                 ("Sunrise Home Health LLC", "(316) 555-0175"), ("Dollar Depot", "(478) 555-0139")]
    emp = [g.rnd.choice(employers) if e else None for e in employed]
    elig = g.days("2024-01-01", "2026-10-31")
    return Table("benefits.householdMembers", "en", "camel", [
        c("caseNumber", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(10, 99)}-{g.digits(7, '0123456789')}"),
          "decoy"),
        c("memberSeq", N, "INTEGER", g.col(g.pick([1, 1, 2, 2, 3, 4, 5])), "decoy"),
        c("firstName", "first_name", "VARCHAR", g.dirty(firsts, case=0.3)),
        c("middleInitial", "person_name", "VARCHAR", g.col(lambda: g.code("A"), 0.25)),
        c("lastName", "last_name", "VARCHAR", g.dirty(lasts, case=0.3)),
        c("nameSuffix", N, "VARCHAR", g.col(g.pick(["", "", "", "", "Jr", "Sr", "II", "III"])), "decoy"),
        c("ssn", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.5), 0.06)),
        c("birthYear", "date_of_birth", "INTEGER", [b.year for b in births], SPLIT_DOB),
        c("birthMonth", "date_of_birth", "INTEGER", [b.month for b in births], SPLIT_DOB),
        c("birthDay", "date_of_birth", "INTEGER", [b.day for b in births], SPLIT_DOB),
        c("relationshipToHead", N, "VARCHAR", g.col(g.pick(["SELF", "SPOUSE", "CHILD", "CHILD", "PARENT", "OTHER"])),
          "decoy"),
        c("sex", N, "VARCHAR", ["F" if f else "M" for f in fem], "decoy"),
        c("citizenshipCode", N, "VARCHAR", g.col(g.pick(["US", "US", "US", "LPR", "REF"])), "decoy"),
        c("alienNumber", "national_id", "VARCHAR", g.col(lambda: "A" + g.digits(9, "0123456789"), 0.86),
          "null_heavy"),
        c("residentialStreet", "street_address", "VARCHAR", g.col(lambda: v.street(g, "us"))),
        c("aptUnit", "street_address", "VARCHAR", g.col(lambda: g.rnd.choice(["Apt ", "#", "Unit ", "Lot "])
                                                         + str(g.rnd.randint(1, 300)), 0.8), "null_heavy"),
        c("residentialCity", "city", "VARCHAR", [p[0] for p in places]),
        c("residentialZip", "postal_code", "VARCHAR", [v.postal(g, "US", p[1]) for p in places]),
        c("countyName", N, "VARCHAR", [counties[p[0]] for p in places], "decoy"),
        c("stateCode", N, "VARCHAR", [states[p[0]] for p in places], "decoy"),
        c("mailingAddress", "street_address", "VARCHAR",
          g.col(lambda: f"PO Box {g.rnd.randint(10, 9_999)}", 0.8), "null_heavy", "qualified"),
        c("phonePrimary", "phone", "VARCHAR", g.phones("US", {"national": 0.6, "local": 0.2, "dashed": 0.2},
                                                       nulls=0.1)),
        c("emailAddress", "email", "VARCHAR",
          g.nullwords(v.emails(g, firsts, lasts, ["gmail.com", "yahoo.com", "aol.com", "icloud.com"]), 0.76,
                      ("", "", "NONE", "none", "N/A", "no email")), NULLWORD),
        c("employerName", N, "VARCHAR", [e[0] if e else None for e in emp], "business"),
        c("employerPhone", N, "VARCHAR", [e[1] if e else None for e in emp], "business"),
        c("monthlyIncome", N, "DECIMAL(8,2)", [round(g.rnd.uniform(400, 3_800), 2) if e else 0.0 for e in employed],
          "decoy"),
        c("caseworker", "person_name", "VARCHAR", g.col(g.pick(workers))),
        c("eligibilityDate", N, "DATE", elig, "decoy"),
        c("certEndDate", N, "DATE", [d + timedelta(days=g.rnd.choice([180, 365])) for d in elig], "decoy"),
        c("allotmentAmount", N, "DECIMAL(7,2)", g.amounts(23, 975), "decoy"),
        c("lastUpdatedBy", USERNAME, "VARCHAR", [_login(*v.person(g, "us")) for _ in range(g.rows)], "username"),
    ])


# -- column-store export with generic names (English) ------------------------------------------------------------------


def lake_export(g: Gen) -> Table:
    """One part of a data-lake export whose writer dropped the schema: columns ``col_001`` .. ``col_038`` (a parquet
    file read back without its metadata), the values of a UK and US customer table and its orders."""
    uk = [g.rnd.random() < 0.78 for _ in range(g.rows)]
    fem = v.sexes(g, 0.5)
    pairs = [v.person(g, "en" if u else "us", f) for u, f in zip(uk, fem)]
    firsts, lasts = [a for a, _ in pairs], [b for _, b in pairs]
    births = g.births(1945, 2006)
    places = [v.city(g, "GB" if u else "US") for u in uk]
    companies = [("Harlow & Finch Ltd", "+44 20 7946 0000"), ("Brightside Logistics Inc", "+1 212-555-0199"),
                 ("Ambervale Retail plc", "+44 161 496 0500")]
    comp = [g.rnd.choice(companies) for _ in range(g.rows)]
    order_days = g.days("2025-01-01", "2026-11-30")
    cols: list[tuple[str, str, list[Any], tuple[str, ...]]] = [
        (N, "BIGINT", g.keys(1_000_001), ("decoy",)),
        (N, "VARCHAR", g.col(g.uuid), ("decoy",)),
        ("first_name", "VARCHAR", firsts, ()),
        ("last_name", "VARCHAR", lasts, ()),
        ("email", "VARCHAR", v.emails(g, firsts, lasts, ["gmail.com", "btinternet.com", "yahoo.com", "outlook.com",
                                                         "sky.com"], 0.05), ()),
        ("phone", "VARCHAR", [g.phone("GB" if u else "US", "e164") for u in uk], ()),
        ("date_of_birth", "DATE", births, ()),
        ("street_address", "VARCHAR", [v.street(g, "en" if u else "us") for u in uk], ()),
        ("city", "VARCHAR", [p[0] for p in places], ()),
        ("postal_code", "VARCHAR", [v.postal(g, "GB" if u else "US", p[1]) for u, p in zip(uk, places)], ()),
        (N, "VARCHAR", ["GB" if u else "US" for u in uk], ("decoy",)),
        (N, "TIMESTAMP", g.moments("2025-01-01", 690), ("decoy",)),
        (N, "DECIMAL(10,2)", g.amounts(3, 900), ("decoy",)),
        ("ip_address", "VARCHAR", g.col(lambda: g.ipv6() if g.rnd.random() < 0.3 else g.ipv4()), ()),
        (N, "VARCHAR", g.col(g.sha256), ("decoy",)),
        ("ssn", "VARCHAR", [None if u else v.us_ssn(g) for u in uk], ("null_heavy",)),
        ("credit_card", "VARCHAR", g.col(lambda: v.card(g, g.rnd.random() < 0.3), 0.2), ()),
        (N, "VARCHAR", g.col(g.version), ("decoy",)),
        (N, "VARCHAR", g.col(lambda: g.coord((50.0, 55.0), (-4.5, 1.5))), ("decoy",)),
        (N, "VARCHAR", g.col(lambda: g.code("SKU-AA-99999")), ("decoy",)),
        (N, "BOOLEAN", g.yn(True, False, 0.3), ("decoy",)),
        ("person_name", "VARCHAR", [f"{b.upper()}, {a}" for a, b in zip(firsts, lasts)], ()),
        ("date_of_birth", "INTEGER", [_ymd_int(b) for b in births], ()),
        (N, "INTEGER", [_ymd_int(d) for d in order_days], ("decoy", SHAPE)),
        (N, "VARCHAR", g.col(lambda: f"1Z{g.code('999A99')}{g.digits(10, '0123456789')}"), ("decoy",)),
        (N, "VARCHAR", [x[0] for x in comp], ("business",)),
        (N, "VARCHAR", [x[1] for x in comp], ("business",)),
        ("iban", "VARCHAR", [v.iban(g, "GB") if u and g.rnd.random() < 0.95 else None for u in uk], ()),
        ("free_text", "VARCHAR", g.col(lambda: g.rnd.choice([
            f"Customer asked to deliver to her mother {v.whole(g, 'en', True)}",
            f"Gift for {v.whole(g, 'us')}, do not include invoice",
            f"Called back {v.given(g, 'en')} re refund on {g.phone('GB', 'national')}"]), 0.8), ("null_heavy",)),
        (USERNAME, "VARCHAR", [v.handle(g, a, b) for a, b in zip(firsts, lasts)], ("username",)),
        (N, "DOUBLE", g.floats(0, 1, 4), ("decoy",)),
        (N, "VARCHAR", g.col(g.pick(["NEW", "PAID", "SHIPPED", "RETURNED", "CANCELLED"])), ("decoy",)),
        ("phone", "VARCHAR", g.nullwords([g.phone("GB" if u else "US", "national") for u in uk], 0.85,
                                         ("", "", "NULL", "null", "nan")), (NULLWORD, "qualified")),
        ("email", "VARCHAR", v.emails(g, firsts, lasts, ["icloud.com", "proton.me", "aol.com"], 0.82),
         ("null_heavy", "qualified")),
        (N, "VARCHAR", g.col(lambda: _phone_like(g, (5, 6), "0")), ("decoy", SHAPE)),
        (N, "DOUBLE", g.floats(49.9, 58.6), ("decoy",)),
        (N, "DOUBLE", g.floats(-6.3, 1.7), ("decoy",)),
        ("city", "VARCHAR", g.nullwords([v.city(g, "GB" if u else "US")[0] for u in uk], 0.78,
                                        ("", "", "NULL", "nan", "None")), (NULLWORD, "qualified")),
    ]
    return Table("lake.part_00007", "en", "generic", [
        c(f"col_{i:03d}", kind, sql_type, values, "opaque", *tags) for i, (kind, sql_type, values, tags) in
        enumerate(cols, 1)
    ])


# -- entity-attribute-value tables (English) ---------------------------------------------------------------------------


def eav_customer_attributes(g: Gen) -> Table:
    """A shop's customer attributes kept as entity-attribute-value rows: one row per (customer, attribute), the value
    in a text, a date or an integer column depending on the attribute's type."""
    text_attrs = ["firstname", "lastname", "telephone", "alt_email", "street", "city", "postcode", "middlename"]
    kind = g.rnd.choices(["text", "dob", "int"], [0.74, 0.13, 0.13], k=g.rows)
    attr = [g.rnd.choice(text_attrs) if k == "text" else "dob" if k == "dob" else
            g.rnd.choice(["loyalty_points", "children_count", "newsletter"]) for k in kind]

    def text(a: str) -> str:
        first, last = v.person(g, "en")
        place = v.city(g, "GB")
        return {"firstname": first, "lastname": last, "middlename": v.given(g, "en"),
                "telephone": g.phone("GB", g.rnd.choice(["national", "intl"])),
                "alt_email": v.email(g, first, last, ["gmail.com", "hotmail.co.uk"]), "street": v.street(g, "en"),
                "city": place[0], "postcode": v.postal(g, "GB", place[1])}[a]

    return Table("eav.customer_entity_value", "en", "snake", [
        c("value_id", N, "BIGINT", g.keys(3_300_001), "decoy", EAV),
        c("entity_id", N, "INTEGER", g.col(lambda: g.rnd.randint(10_001, 10_600)), "decoy", EAV),
        c("attribute_code", N, "VARCHAR", attr, "decoy", EAV),
        c("store_id", N, "INTEGER", g.col(g.pick([0, 1, 1, 2])), "decoy", EAV),
        c("value_text", MIXED, "VARCHAR", [text(a) if k == "text" else None for a, k in zip(attr, kind)], EAV,
          "mixed"),
        c("value_date", "date_of_birth", "DATE", [g.birth(1945, 2006) if k == "dob" else None for k in kind], EAV,
          "null_heavy"),
        c("value_int", N, "INTEGER", [g.rnd.randint(0, 5_000) if k == "int" else None for k in kind], "decoy", EAV,
          "null_heavy"),
        c("updated_at", N, "TIMESTAMP", g.moments("2025-01-01", 690), "decoy", EAV),
    ])


def eav_user_preferences(g: Gen) -> Table:
    """An app's user preferences as key-value rows: nothing personal, but time zones that name cities, locales and
    date formats."""
    keys = {"timezone": ["Europe/London", "Europe/Amsterdam", "America/Chicago", "Europe/Warsaw", "Asia/Tokyo",
                         "Europe/Istanbul", "America/Denver"],
            "locale": ["en-GB", "nl-NL", "pl-PL", "ja-JP", "tr-TR", "de-DE", "es-ES"],
            "theme": ["dark", "light", "system"], "font_size": ["12", "14", "16", "18"],
            "currency": ["GBP", "EUR", "PLN", "JPY", "TRY", "USD"], "home_screen": ["feed", "inbox", "calendar"],
            "date_format": ["dd.MM.yyyy", "MM/dd/yyyy", "yyyy-MM-dd"]}
    key = [g.rnd.choice(list(keys)) for _ in range(g.rows)]
    return Table("eav.user_preferences", "en", "snake", [
        c("pref_id", N, "BIGINT", g.keys(1), "decoy", EAV),
        c("user_id", N, "BIGINT", g.col(lambda: g.rnd.randint(100_000, 140_000)), "decoy", EAV),
        c("pref_key", N, "VARCHAR", key, "decoy", EAV),
        c("pref_value", N, "VARCHAR", [g.rnd.choice(keys[k]) for k in key], "decoy", EAV, SHAPE),
        c("scope", N, "VARCHAR", g.col(g.pick(["user", "user", "device"])), "decoy", EAV),
        c("device_id", N, "VARCHAR", g.col(g.uuid, 0.25), "decoy", EAV),
        c("updated_at", N, "TIMESTAMP", g.moments("2025-06-01", 500), "decoy", EAV),
    ])


# -- product master with decoys by value shape (English) ---------------------------------------------------------------


_PRODUCTS = ["Margot Wool Coat", "Sir Reginald Tweed Jacket", "Eleanor Linen Dress", "Henrik Oak Sideboard",
             "Little Amelie Doll", "Captain Barnaby Rain Boots", "Grace Kelly-Style Sunglasses", "Olivia Rose Perfume",
             "Hugo Leather Satchel", "Matilda Ceramic Vase", "Winston Armchair", "Ingrid Desk Lamp", "Baxter Dog Bed",
             "Felix Espresso Cup", "Louisa Silk Scarf"]
_BRANDS = ["Otto Brenner", "Clara Voss Atelier", "Jasper & Lily", "Theodor Wilde", "Maison Adèle", "Harriet Moss",
           "Bruno Castellani", "Annika Sjöholm Design"]
_WAREHOUSES = [("Leicester DC", "LEI-N2"), ("Coventry Hub", "COV-01"), ("Tilburg Fulfilment", "TLB-EU1"),
               ("Eindhoven Returns", "EHV-R"), ("Gdańsk Crossdock", "GDN-X3"), ("Reading Store 112", "RDG-112")]
_SUPPLIERS = [("Ambleside Textiles Ltd", "Unit 4, Riverside Industrial Estate", "LA22 0EX", "Ambleside",
               "+44 15394 30000", "orders@amblesidetextiles.co.uk", "GB"),
              ("Möbelwerk Lindenhof GmbH", "Industriestraße 18", "33104", "Paderborn", "+49 5251 69000",
               "vertrieb@moebelwerk-lindenhof.de", "DE"),
              ("Fabryka Ceramiki Zdrój Sp. z o.o.", "ul. Fabryczna 9", "58-310", "Szczawno-Zdrój", "+48 74 849 00 00",
               "export@ceramika-zdroj.pl", "PL"),
              ("Fratelli Bassani S.r.l.", "Via dell'Artigianato 22", "36061", "Bassano del Grappa",
               "+39 0424 500000", "info@fratellibassani.it", "IT")]


def catalog_products(g: Gen) -> Table:
    """A retailer's SKU master: almost no personal data, but many values shaped like personal kinds (person-like
    product and brand names, birth-date-like launch dates, city-like warehouse names, IBAN-like ledger accounts,
    phone-like order references), and the suppliers' business addresses and contacts."""
    sup = [g.rnd.choice(_SUPPLIERS) for _ in range(g.rows)]
    wh = [g.rnd.choice(_WAREHOUSES) for _ in range(g.rows)]
    managers = [v.person(g, "en") for _ in range(9)]
    man = [g.rnd.choice(managers) for _ in range(g.rows)]
    supplier_iban = {s[0]: v.iban(g, s[6] if s[6] != "GB" else "GB") for s in _SUPPLIERS}
    supplier_vat = {"GB": "GB" + g.digits(9), "DE": v.de_vat(g), "PL": "PL" + v.pl_nip_company(g).replace("-", ""),
                    "IT": "IT" + v.it_iva(g)}
    launch = [g.day("1958-01-01", "2006-12-31") for _ in range(g.rows)]
    return Table("catalog.sku_master", "en", "snake", [
        c("sku", N, "VARCHAR", g.col(lambda: g.code("AA-9999-AA")), "decoy"),
        c("ean", N, "VARCHAR", g.col(lambda: "50" + g.digits(11, "0123456789")), "decoy"),
        c("product_name", N, "VARCHAR", g.col(g.pick(_PRODUCTS)), "decoy", SHAPE),
        c("brand", N, "VARCHAR", g.col(g.pick(_BRANDS)), "decoy", SHAPE),
        c("colour_name", N, "VARCHAR", g.col(g.pick(["Sophie Blue", "Victoria Plum", "Charlotte Grey", "Ivy Green",
                                                     "Rose", "Hazel", "Olive"])), "decoy", SHAPE),
        c("first_launched", N, "DATE", launch, "decoy", SHAPE),
        c("design_registered", N, "VARCHAR", g.fmt(launch, ["%d/%m/%Y"]), "decoy", SHAPE),
        c("discontinued_on", N, "DATE", [g.day("2024-01-01", "2027-12-31") if g.rnd.random() < 0.2 else None
                                         for _ in range(g.rows)], "decoy", "null_heavy"),
        c("warehouse_name", N, "VARCHAR", [w[0] for w in wh], "business", SHAPE),
        c("warehouse_code", N, "VARCHAR", [w[1] for w in wh], "decoy", SHAPE),
        c("bin_location", N, "VARCHAR", g.col(lambda: f"{g.code('A')}-{g.rnd.randint(1, 40):02d}-{g.rnd.randint(1, 9)}"),
          "decoy"),
        c("supplier_name", N, "VARCHAR", [s[0] for s in sup], "business"),
        c("supplier_street", N, "VARCHAR", [s[1] for s in sup], "business"),
        c("supplier_postcode", N, "VARCHAR", [s[2] for s in sup], "business"),
        c("supplier_city", N, "VARCHAR", [s[3] for s in sup], "business"),
        c("supplier_phone", N, "VARCHAR", [s[4] for s in sup], "business"),
        c("supplier_email", N, "VARCHAR", [s[5] for s in sup], "business"),
        c("supplier_iban", N, "VARCHAR", [supplier_iban[s[0]] for s in sup], "business"),
        c("supplier_vat_no", N, "VARCHAR", [supplier_vat[s[6]] for s in sup], "business"),
        c("gl_account", N, "VARCHAR", g.col(lambda: v.not_iban(g, "GB")), "decoy", SHAPE),
        c("last_po_ref", N, "VARCHAR", g.col(lambda: _phone_like(g, (4, 3, 4), "07")), "decoy", SHAPE),
        c("hs_code", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(3_901, 9_701)}.{g.digits(2, '0123456789')}"),
          "decoy"),
        c("country_of_origin", N, "VARCHAR", [s[6] for s in sup], "decoy"),
        c("unit_price_gbp", N, "DECIMAL(8,2)", g.amounts(2, 900), "decoy"),
        c("weight_kg", N, "DECIMAL(6,2)", g.amounts(0.05, 60), "decoy"),
        c("spec_version", N, "VARCHAR", g.col(g.version), "decoy", SHAPE),
        c("image_uuid", N, "VARCHAR", g.col(g.uuid), "decoy"),
        c("spec_sheet_sha1", N, "VARCHAR", g.col(g.sha1), "decoy"),
        c("origin_geo", N, "VARCHAR", g.col(lambda: g.coord((45.0, 55.0), (-3.0, 18.0))), "decoy"),
        c("product_manager", "person_name", "VARCHAR", [f"{a} {b}" for a, b in man]),
        c("created_by", "email", "VARCHAR", [v.work_email(a, b, "harlowandfinch.co.uk") for a, b in man]),
        c("updated_at", N, "TIMESTAMP", g.moments("2025-01-01", 690), "decoy"),
    ])


# -- misleading names (English) ----------------------------------------------------------------------------------------


def misleading_export(g: Gen) -> Table:
    """A legacy export with names that say nothing (``misc_1``, ``notes2``, ``code``, ``x1``) over personal values,
    names that say the wrong thing over non-personal ones (``dob_flag``, ``phone_verified``, ``address_hash``,
    ``name`` of a plan), and personal values buried among NULL-words."""
    fem = v.sexes(g, 0.5)
    firsts, lasts = v.people(g, "en", fem)
    births = g.births(1940, 2006)
    places = [v.city(g, "GB") for _ in range(g.rows)]

    def nhs() -> str:
        while True:
            body = g.digits(9, "4")
            total = sum(int(d) * (10 - i) for i, d in enumerate(body))
            check = 11 - total % 11
            check = 0 if check == 11 else check
            if check != 10:
                s = body + str(check)
                return f"{s[:3]} {s[3:6]} {s[6:]}" if g.rnd.random() < 0.6 else s

    def note2(i: int) -> str:
        return g.rnd.choice([f"spoke to {firsts[i]}'s husband {v.given(g, 'en', False)}",
                             f"{firsts[i]} {lasts[i]} wants paper statements",
                             f"complaint escalated by {v.whole(g, 'en')}"])

    return Table("legacy.misc_export", "en", "misleading", [
        c("id", N, "BIGINT", g.keys(1), "decoy"),
        c("code", "national_id", "VARCHAR", g.col(nhs), MISLEADING),
        c("misc_1", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "local": 0.2}), MISLEADING),
        c("misc_2", N, "VARCHAR", g.col(g.pick(["A", "B", "C", "X"])), "decoy", MISLEADING),
        c("misc_3", "ip_address", "VARCHAR", g.col(g.ipv4, 0.1), MISLEADING),
        c("misc_4", "ssn", "VARCHAR", g.col(lambda: v.gb_nino(g, g.rnd.random() < 0.5), 0.1), MISLEADING),
        c("misc_5", "credit_card", "VARCHAR", g.sparse(lambda: v.card(g, g.rnd.random() < 0.3), 0.76,
                                                       ("", "", "0", "-", "NULL")), MISLEADING, NULLWORD),
        c("notes2", "free_text", "VARCHAR", g.nullwords([note2(i) for i in range(g.rows)], 0.9,
                                                        ("", "", "", "NULL", "-", "none")), MISLEADING, NULLWORD),
        c("ref", "email", "VARCHAR", v.emails(g, firsts, lasts, ["btinternet.com", "sky.com", "gmail.com",
                                                                 "virginmedia.com"]), MISLEADING),
        c("data", "date_of_birth", "VARCHAR", g.fmt(births, ["%d/%m/%Y", "%Y-%m-%d"], [0.7, 0.3]), MISLEADING),
        c("val", N, "DECIMAL(10,2)", g.amounts(0, 5_000), "decoy", MISLEADING),
        c("x1", "city", "VARCHAR", [p[0] for p in places], MISLEADING),
        c("x2", "postal_code", "VARCHAR", [v.postal(g, "GB", p[1]) for p in places], MISLEADING),
        c("info", "street_address", "VARCHAR", g.col(lambda: v.street(g, "en")), MISLEADING),
        c("tmp", "person_name", "VARCHAR", [f"{a} {b}" for a, b in zip(firsts, lasts)], MISLEADING),
        c("extra", "iban", "VARCHAR", g.sparse(lambda: v.iban(g, "GB", g.rnd.random() < 0.5), 0.8,
                                               ("", "", "NULL", "n/a", "-")), MISLEADING, NULLWORD),
        c("label", N, "VARCHAR", g.col(g.pick(["Gold", "Standard", "Legacy", "Staff"])), "decoy", MISLEADING),
        c("name", N, "VARCHAR", g.col(g.pick(["Saver Plus", "Premier Current", "Easy Access ISA", "Junior Saver"])),
          "decoy", MISLEADING),
        c("dob_flag", N, "VARCHAR", g.yn("Y", "N", 0.9), "decoy", MISLEADING),
        c("phone_verified", N, "BOOLEAN", g.yn(True, False, 0.7), "decoy", MISLEADING),
        c("address_hash", N, "VARCHAR", g.col(g.md5), "decoy", MISLEADING),
        c("email_opt_in", N, "VARCHAR", g.yn("1", "0", 0.4), "decoy", MISLEADING),
        c("last_name_changed_at", N, "TIMESTAMP", g.moments("2015-01-01", 4_000), "decoy", MISLEADING),
        c("first_seen", N, "DATE", g.days("2001-01-01", "2026-10-31"), "decoy"),
        c("contact", N, "VARCHAR", ["0345 600 4567"] * g.rows, "business", MISLEADING),
        c("comment", N, "VARCHAR", g.col(g.pick(["migrated 2019", "dup check ok", "batch 7", "rekeyed"]), 0.25),
          "decoy", MISLEADING),
        c("key", N, "VARCHAR", g.col(g.uuid), "decoy", MISLEADING),
        c("flag2", N, "INTEGER", g.col(g.pick([0, 0, 1])), "decoy", MISLEADING),
        c("usr", USERNAME, "VARCHAR", [v.handle(g, a, b) for a, b in zip(firsts, lasts)], "username", MISLEADING),
    ])


#: (builder, rows): every table of the set, its row count fixed
BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (kfz_claims, 1_400), (pl_students, 1_200), (cz_vehicles, 1_500), (nl_deliveries, 2_000), (nl_subcontractors, 400),
    (se_gambling_kyc, 1_100), (fr_donors, 1_300), (es_legal_cases, 900), (pnr_passengers, 1_800),
    (it_loyalty, 1_600), (pt_tenancies, 800), (dk_trial, 600), (tr_dating, 1_700), (ja_child_benefit, 700),
    (ja_juku_students, 500), (ru_tenants, 900), (gr_benefits, 1_000), (us_household_members, 1_300),
    (lake_export, 2_000), (eav_customer_attributes, 2_000), (eav_user_preferences, 1_500), (catalog_products, 1_200),
    (misleading_export, 1_000),
]


def tables() -> list[Table]:
    """Every table of the set, generated from :data:`SEED` (same values on every run)."""
    return [make(Gen(make.__name__, rows)) for make, rows in BUILDERS]


def labels(built: list[Table] | None = None) -> dict[str, dict[str, str]]:
    """``schema.table`` -> column -> true kind."""
    return {t.name: {col.name: col.kind for col in t.columns} for t in (built if built is not None else tables())}


def build(path: Path = DEFAULT_PATH) -> list[Table]:
    """Write every table into the DuckDB file ``path`` (replaced) and return the tables."""
    return heldout_v4.write_tables(path, tables())


summary = heldout_v4.summary

if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_PATH
    print(f"built {summary(build(target))} into {target}")
