"""Held-out set v114 for the column classifier: 15 tables of *self-storage, removals, moving and international
relocation services* (self-storage unit rentals and lien status, removal surveys and quotes, job sheets of furniture
removers, corporate relocation files of transferring employees, international export shipments, military household
goods moves, web quote requests, box and locker storage contracts), one system per table and each a different
organisation, eight with English column names and seven in other languages:

* ``lonestar_storage.unit_rentals``: a central Texas self-storage operator's unit rentals (snake case, the tenant's
  SSN, driving licence numbers, lease numbers shaped like SSNs failing the check, gate codes, facility coordinates,
  an alternate contact, business tenants, a portal login, ``misc_1``);
* ``HaulAndStore.RemovalQuotes``: a West Yorkshire removals firm's survey quotes (Pascal case, from and to addresses
  and postcodes, surveyors, the conveyancing solicitor, ``Udf2``);
* ``relocateWest.assigneeFiles``: a Calgary relocation management company's files of transferring employees (camel
  case, SIN, passport numbers of foreign hires, work permit numbers, the employer and its HR phone, the spouse,
  ``customField1``);
* ``SHIPMENTS_INTL.MEL_EXPORT_REGISTER``: a Melbourne international removalist's export register (SCREAMING case,
  passport numbers, TFN, ISO 6346 container numbers, bills of lading, the destination agent, the consignee, the
  mover's ABN, ``CUSTOM_FIELD_2``);
* ``akl_movers.job_sht``: an Auckland furniture removal company's job sheets (abbreviated: ``cust_fnm``, ``pu_addr``,
  ``dl_pcd``, ``ec_nm``, ``cc_num``, ``bk_ip``, ``crw_ldr``; truck registrations);
* ``PCSMOVES.HHG-SHIPMENT-EXTRACT``: a Virginia household goods agent's COBOL extract of military moves (legacy:
  padded CHAR, ``YYYYMMDD`` integers, the service member's SSN and phone as numbers with 0 for missing, the spouse,
  GBL and orders numbers, the carrier's SCAC, ``HHG-USER-FLD-1``);
* ``stg_movekl.src_quote_raw``: a Klang Valley moving company's web quote requests as an opaque staging table
  (``col01`` to ``col18``: MyKad numbers, quote references shaped like MyKad with impossible dates, a ``dd-mm-yyyy``
  birth date, IPs, user agents, hashes, app versions);
* ``jozi_relocate.employee_moves``: a Johannesburg corporate relocation company's employee moves (snake case, South
  African ID numbers encoding the birth date, move order references failing the ID check, the client company, next
  of kin, ``custom_2``);
* ``MUDPORTO.MDCLIP``: a Porto removals and storage company's AS/400 customer file (Portuguese, legacy: ``MD``
  prefix, ``CYYMMDD`` decimals, NIF, cartão de cidadão, IBAN, the phone as a decimal, the company's NIPC,
  ``MDUDF2``);
* ``flyttefirma_aarhus.flytteopgaver``: an Aarhus removal firm's jobs (Danish; CPR numbers encoding the birth date,
  from and to addresses, IBAN, the firm's CVR, ``ekstrafelt_2``);
* ``magasinering_malmo.forradshyresgaster``: a Malmö self-storage company's tenants (Swedish; personnummer,
  agreement numbers failing the Luhn check, business tenants and their organisation numbers, door codes, an extra
  contact, IBAN, ``fritt_falt_2``);
* ``stehovani_ostrava.zakazky``: an Ostrava removal company's orders (Czech; rodné číslo encoding the birth date,
  order numbers shaped like it failing the check, a contact person, IBAN, the company's DIČ, ``volne_pole_2``);
* ``metakomiseis_patras.συμβάσεις_μετακόμισης``: a Patras removal company's contracts (Greek column names and values
  in Greek script: AMKA encoding the birth date, AFM, identity card numbers, the father's name, contract numbers
  failing the AMKA check, IBAN, the company's AFM, ``πρόσθετο_πεδίο_2``);
* ``selfstorage_verona.contratti_box``: a Verona self-storage company's box contracts (Italian; codice fiscale
  encoding the birth date and place, place of birth, IBAN, a guarantor, the operator's partita IVA,
  ``campo_libero_2``);
* ``gardemeubles_lille.contratsGarde``: a Lille furniture storage company's contracts (French, camel case; identity
  document numbers, a married name, IBAN, the person to notify, the company's SIRET, ``champLibre2``).

Written **blind**, like v2 to v113: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v98 (its modules,
its test and ``tests/heldout_support.py``), v107's docstring and test, the module docstrings of v24 to v113 (to avoid
their domains) and the ``Column``/``Table`` classes and writer of v2 and v4. The classifier was not run
on this set while it was written, no scorer was run on it, and no score was looked at. It was written under a short
deadline (50 minutes, the tests and lint included), so some labels are quick decisions rather than settled
conventions.

Labeling choices a reader may question:

* a US SSN, a Canadian SIN and a Greek AMKA are ``ssn``; a Texas driving licence number (tag ``licence``, by shape
  only), a passport number, an Australian TFN, MyKad, a South African ID, a Portuguese NIF and cartão de cidadão, a
  Danish CPR, a Swedish personnummer, a Czech rodné číslo, a Greek AFM and identity card number, codice fiscale and a
  French identity document number (by shape only) are ``national_id``;
* lease, quote, authorization, shipment, job, order, agreement and contract numbers, GBL and orders numbers, work
  permit numbers, bills of lading, ISO 6346 container numbers, storage unit, box and locker numbers, gate and door
  codes, truck registrations and a card's expiry and last four digits are ``none`` (tag ``decoy``, ``value_shape``
  when shaped like an identifier); facility coordinates are ``none`` (tags ``decoy``, ``coordinates``);
* a self-storage facility's, a depot's, an employer's and a client company's names and phones, a conveyancing
  solicitor, a destination agent, a carrier and its SCAC, a business tenant's name and organisation number, an ABN,
  a NIPC, a CVR, a DIČ, a company AFM, a partita IVA and a SIRET are ``none`` (tag ``business``);
* store managers, surveyors, relocation consultants, move coordinators, crew leaders, foremen (``formand``,
  ``vedouci_party``, ``υπεύθυνος_συνεργείου``), clerks (``MDOPER``, ``agentAccueil``) and site managers are staff
  (``person_name``, tag ``staff``); an alternate contact, a spouse, a consignee, an emergency contact, next of kin, an
  extra contact, a contact person, a guarantor and the person to notify are personal (tag ``role_word``); a Greek
  father's name (``πατρώνυμο``) is ``first_name`` (tag ``role_word``);
* both ends of a household move (from and to, pick-up and delivery, loading and unloading addresses, towns and
  postcodes) are the customer's, so ``street_address``, ``city`` and ``postal_code``; a temporary housing address
  is ``street_address``; a military installation, a destination country, an origin country, a citizenship, a state,
  a province and an Italian province are ``none``; a suburb and a place of birth (``luogo_nascita``) are ``city``;
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``);
  office, access, consultant and crew notes naming people are ``free_text``; a tenant's portal login is
  ``unclassified`` (tag ``username``); a French married name (``nomUsage``) is ``last_name``;
* numeric dates of birth (``YYYYMMDD``, ``CYYMMDD``) and a ``dd-mm-yyyy`` string in an opaque column are
  ``date_of_birth``; move-in, move, pack, delivery, survey, start, entry and departure dates, volumes, weights,
  prices, rents and allowances are ``none``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v114_values`, written for v114 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v114 [PATH]`` (default ``/tmp/heldout_v114.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v114``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v114_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v114_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v114.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # surveyors, crew leaders, drivers, move coordinators, store managers (few distinct)
ROLE = "role_word"  # a role word (alternate contact, spouse, next of kin, guarantor, consignee ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
LICENCE = "licence"  # a driving licence's or a passport-like number a state issues to a person (national_id)
COORD = "coordinates"  # a facility's or a job's coordinates (none)


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "unknown", "NULL") + extra


def _staff(g: Gen, n: int, lang: str) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.whole(g, lang))
    return sorted(out)


def _custom(g: Gen, region: str, lang: str, null: float = 0.3) -> list[str | None]:
    """An opaque custom field: by row a phone, an e-mail or a name (or NULL)."""
    def one() -> str:
        r = g.rnd.random()
        if r < 0.4:
            return g.phone(region, "national")
        if r < 0.7:
            return v.email_of(g, *v.person(g, lang), v.DOMAINS[lang])
        return v.whole(g, lang)
    return g.col(one, null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _cyymmdd(d: date | None) -> int:
    return 0 if d is None else (d.year // 100 - 19) * 1_000_000 + (d.year % 100) * 10_000 + d.month * 100 + d.day


def _emails(g: Gen, pairs: list[tuple[str, str]], lang: str, null: float) -> list[str | None]:
    return [None if g.rnd.random() < null else v.email_of(g, a, b, v.DOMAINS[lang]) for a, b in pairs]


# -- English-named tables ----------------------------------------------------------------------------------------------


def tx_storage_rentals(g: Gen) -> Table:
    """A central Texas self-storage operator's unit rentals (snake case)."""
    pairs = [v.person(g) for _ in range(g.rows)]
    places = [g.rnd.choice(v.TX_CITIES) for _ in range(g.rows)]
    managers = _staff(g, 5, "us")
    facilities = [("Lonestar Storage Round Rock", g.phone("US", "national", False), 30.5083, -97.6789),
                  ("Lonestar Storage Kyle", g.phone("US", "national", False), 29.9891, -97.8772),
                  ("Lonestar Storage Cedar Park", g.phone("US", "national", False), 30.5052, -97.8203)]
    fac = [g.rnd.randrange(len(facilities)) for _ in range(g.rows)]
    business = [g.rnd.random() < 0.4 for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Tenant's brother {v.given(g)} has gate access", "Autopay failed twice, call before lien",
                             f"Moved in with help from {v.whole(g)}", "Military deployment, SCRA hold on lien",
                             "Rodent complaint unit 2 rows over"])

    return Table("lonestar_storage.unit_rentals", "en", "snake", [
        c("rental_id", N, "BIGINT", g.keys(410_001), "decoy", KEY),
        c("lease_number", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE),
        c("facility_name", N, "VARCHAR", [facilities[i][0] for i in fac], "business"),
        c("facility_phone", N, "VARCHAR", [facilities[i][1] for i in fac], "business"),
        c("facility_lat", N, "DOUBLE", [facilities[i][2] for i in fac], "decoy", COORD),
        c("facility_lon", N, "DOUBLE", [facilities[i][3] for i in fac], "decoy", COORD),
        c("unit_no", N, "VARCHAR", g.col(lambda: g.code("A-999")), "decoy"),
        c("unit_size", N, "VARCHAR", g.col(g.pick(v.UNIT_SIZES)), "decoy"),
        c("tenant_first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("tenant_last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("tenant_dob", "date_of_birth", "DATE", g.births(1945, 2005)),
        c("drivers_license_no", "national_id", "VARCHAR", g.col(lambda: g.code("99999999"), 0.1), LICENCE),
        c("dl_state", N, "VARCHAR", g.col(g.pick(["TX", "TX", "TX", "OK", "LA", "CA"])), "decoy"),
        c("tenant_ssn", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g), 0.8), HEAVY),
        c("business_name", N, "VARCHAR", [g.rnd.choice(["Hill Country Flooring LLC", "Bluebonnet Events Co",
                                                         "Pecan Street Vintage"]) if b else None for b in business],
          "business"),
        c("address_line1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.TX_STREETS), 0.02)),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("zip_code", "postal_code", "VARCHAR", [p[1] + g.digits(2) for p in places]),
        c("cell_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.9, 0.03)),
        c("email", "email", "VARCHAR", _emails(g, pairs, "us", 0.1)),
        c("alt_contact_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.35), ROLE),
        c("alt_contact_phone", "phone", "VARCHAR", g.phones("US", {"national": 1.0}, 0.9, 0.4), ROLE),
        c("card_last4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.2), "decoy"),
        c("gate_code", N, "VARCHAR", g.col(lambda: g.digits(6)), "decoy", SHAPE),
        c("monthly_rate", N, "DECIMAL(8,2)", g.amounts(49, 389), "decoy"),
        c("move_in_date", N, "DATE", g.days("2019-01-01", "2025-11-30"), "decoy"),
        c("lien_status", N, "VARCHAR", g.col(g.pick(["Current", "Current", "Current", "Pre-lien", "Lien", "Auction"])),
          "decoy"),
        c("portal_username", USERNAME, "VARCHAR", [None if g.rnd.random() < 0.45 else v.login(a, b, i)
                                                   for i, (a, b) in enumerate(pairs)], "username"),
        c("rented_by", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "US", "us"), CUSTOM),
        c("office_notes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words()), NULLWORD),
    ])


def gb_removal_quotes(g: Gen) -> Table:
    """A West Yorkshire removals firm's survey quotes (Pascal case)."""
    pairs = [v.person(g, "gb") for _ in range(g.rows)]
    origin = [g.rnd.choice(v.GB_CITIES) for _ in range(g.rows)]
    dest = [g.rnd.choice(v.GB_CITIES) for _ in range(g.rows)]
    surveyors = _staff(g, 4, "gb")
    depot = g.phone("GB", "national", False)

    def access() -> str:
        return g.rnd.choice(["Narrow lane, no lorry access", f"Keys with neighbour {v.whole(g, 'gb')}",
                             "Third floor flat, no lift", f"Ring daughter {v.given(g, 'gb')} on the day",
                             "Parking suspension needed"])

    return Table("HaulAndStore.RemovalQuotes", "en", "pascal", [
        c("QuoteId", N, "BIGINT", g.keys(77_001), "decoy", KEY),
        c("QuoteRef", N, "VARCHAR", g.col(lambda: g.code("HS-Q99999")), "decoy", SHAPE),
        c("Title", N, "VARCHAR", g.col(g.pick(["Mr", "Mrs", "Ms", "Miss", "Dr", "Mx"]), 0.1), "decoy"),
        c("FirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("Surname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("MobileNumber", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.9)),
        c("EmailAddress", "email", "VARCHAR", _emails(g, pairs, "gb", 0.05)),
        c("FromAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GB_STREETS, "gb"))),
        c("FromTown", "city", "VARCHAR", [p[0] for p in origin]),
        c("FromPostcode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9AA')}" for p in origin]),
        c("ToAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GB_STREETS, "gb"), 0.25)),
        c("ToTown", "city", "VARCHAR", [p[0] for p in dest]),
        c("ToPostcode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9AA')}" for p in dest]),
        c("PropertyType", N, "VARCHAR", g.col(g.pick(v.MOVE_SIZES)), "decoy"),
        c("VolumeCuFt", N, "INTEGER", g.ints(150, 2_400), "decoy"),
        c("ServiceLevel", N, "VARCHAR", g.col(g.pick(v.SERVICES)), "decoy"),
        c("QuotedPrice", N, "DECIMAL(9,2)", g.amounts(380, 6_900), "decoy"),
        c("MoveDate", N, "DATE", g.days("2025-01-06", "2026-03-31", 0.2), "decoy"),
        c("SurveyedAt", N, "TIMESTAMP", g.moments("2024-12-01", "2026-02-28"), "decoy"),
        c("Surveyor", "person_name", "VARCHAR", g.col(g.pick(surveyors)), STAFF),
        c("DepotPhone", N, "VARCHAR", [depot] * g.rows, "business"),
        c("SolicitorFirm", N, "VARCHAR", g.col(g.pick(["Ackroyd & Co Solicitors", "Wharfe Conveyancing LLP",
                                                       "Brigg Lane Legal"]), 0.4), "business"),
        c("AccessNotes", "free_text", "VARCHAR", g.sparse(access, 0.76, _words("none")), NULLWORD),
        c("Udf2", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
    ])


def ca_relocation_files(g: Gen) -> Table:
    """A Calgary relocation management company's assignee files for transferring employees (camel case)."""
    pairs = [v.person(g, "ca") for _ in range(g.rows)]
    places = [g.rnd.choice(v.CA_CITIES) for _ in range(g.rows)]
    consultants = _staff(g, 6, "ca")
    employers = [("Prairie Sky Energy Ltd", g.phone("CA", "national", False)),
                 ("Chinook Rail Services", g.phone("CA", "national", False)),
                 ("Foothills Analytics Inc", g.phone("CA", "national", False))]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]
    spouse = [g.rnd.random() < 0.55 for _ in range(g.rows)]
    foreign = [g.rnd.random() < 0.35 for _ in range(g.rows)]
    return Table("relocateWest.assigneeFiles", "en", "camel", [
        c("fileId", N, "BIGINT", g.keys(20_001), "decoy", KEY),
        c("authorizationNo", N, "VARCHAR", g.col(lambda: g.code("AUTH-2025-9999")), "decoy", SHAPE),
        c("employerName", N, "VARCHAR", [employers[i][0] for i in emp], "business"),
        c("employerHrPhone", N, "VARCHAR", [employers[i][1] for i in emp], "business"),
        c("assigneeFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("assigneeLastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("assigneeDob", "date_of_birth", "DATE", g.births(1962, 2001)),
        c("sinNumber", "ssn", "VARCHAR", [None if f or g.rnd.random() < 0.2 else v.ca_sin(g) for f in foreign]),
        c("passportNo", "national_id", "VARCHAR", [g.code("AA999999") if f else None for f in foreign], HEAVY),
        c("workPermitNo", N, "VARCHAR", [g.code("U999999999") if f else None for f in foreign], "decoy", SHAPE),
        c("citizenship", N, "VARCHAR", [g.rnd.choice(["IN", "GB", "PH", "MX", "NG"]) if f else "CA" for f in foreign],
          "decoy"),
        c("mobilePhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.6, "dashes": 0.2, "e164": 0.2}, 0.95)),
        c("personalEmail", "email", "VARCHAR", _emails(g, pairs, "ca", 0.15)),
        c("spouseName", "person_name", "VARCHAR", [v.whole(g, "ca") if s else None for s in spouse], ROLE),
        c("spousePhone", "phone", "VARCHAR", [g.phone("CA", "national") if s and g.rnd.random() < 0.7 else None
                                              for s in spouse], ROLE, HEAVY),
        c("tempHousingAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca"), 0.3)),
        c("destinationCity", "city", "VARCHAR", [p[0] for p in places]),
        c("destinationPostal", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9A9')}" for p in places]),
        c("originCountry", N, "VARCHAR", g.col(g.pick(["CA", "CA", "US", "GB", "IN"])), "decoy"),
        c("policyTier", N, "VARCHAR", g.col(g.pick(["Lump sum", "Core", "Core Plus", "Executive"])), "decoy"),
        c("householdSize", N, "INTEGER", g.ints(1, 6), "decoy"),
        c("effectiveDate", N, "DATE", g.days("2025-01-15", "2026-06-30"), "decoy"),
        c("relocationConsultant", "person_name", "VARCHAR", g.col(g.pick(consultants)), STAFF),
        c("customField1", "free_text", "VARCHAR", _custom(g, "CA", "ca"), CUSTOM),
    ])


def au_export_register(g: Gen) -> Table:
    """A Melbourne international removalist's export shipment register (SCREAMING case)."""
    pairs = [v.person(g, "au") for _ in range(g.rows)]
    places = [g.rnd.choice(v.AU_CITIES) for _ in range(g.rows)]
    coords = _staff(g, 4, "au")
    mover_abn = v.abn(g)
    agents = ["Thames Relocation Partners", "Pacific Crown Movers NZ", "Lion City Relocations", "Gulf Star Movers"]

    def remark() -> str:
        return g.rnd.choice(["Customs inventory signed", f"Consignee is sister {v.whole(g, 'au')}",
                             "Wooden items need fumigation cert", f"Call {v.given(g, 'au')} before packing"])

    return Table("SHIPMENTS_INTL.MEL_EXPORT_REGISTER", "en", "screaming", [
        c("SHIPMENT_NO", N, "VARCHAR", g.col(lambda: g.code("MEL-EX-99999")), "decoy", SHAPE),
        c("SHIPPER_GIVEN_NAME", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("SHIPPER_FAMILY_NAME", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("SHIPPER_DOB", "date_of_birth", "DATE", g.births(1950, 2003)),
        c("PASSPORT_NUMBER", "national_id", "VARCHAR",
          g.col(lambda: g.rnd.choice(["PA", "PB", "N"]) + g.digits(7), 0.15)),
        c("TFN", "national_id", "VARCHAR", g.col(lambda: v.tfn(g), 0.75), HEAVY),
        c("MOBILE", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.95)),
        c("EMAIL", "email", "VARCHAR", _emails(g, pairs, "au", 0.1)),
        c("ORIGIN_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au"))),
        c("ORIGIN_SUBURB", "city", "VARCHAR", [p[0] for p in places]),
        c("ORIGIN_POSTCODE", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("ORIGIN_STATE", N, "VARCHAR", ["VIC"] * g.rows, "decoy"),
        c("DEST_COUNTRY", N, "VARCHAR", g.col(g.pick(["GB", "NZ", "SG", "AE", "US", "IE"])), "decoy"),
        c("DEST_AGENT", N, "VARCHAR", g.col(g.pick(agents)), "business"),
        c("CONSIGNEE_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au"), 0.3), ROLE),
        c("CONTAINER_NO", N, "VARCHAR", g.col(lambda: v.container(g), 0.2), "decoy", SHAPE),
        c("CONTAINER_TYPE", N, "VARCHAR", g.col(g.pick(["20GP", "40GP", "40HC", "LCL", "AIR"])), "decoy"),
        c("BILL_OF_LADING", N, "VARCHAR", g.col(lambda: g.code("MEDUAA999999"), 0.3), "decoy", SHAPE),
        c("NET_WEIGHT_KG", N, "INTEGER", g.ints(180, 9_800), "decoy"),
        c("MOVER_ABN", N, "VARCHAR", [mover_abn] * g.rows, "business", SHAPE),
        c("ETD", N, "DATE", g.days("2025-02-01", "2026-04-30"), "decoy"),
        c("MOVE_COORDINATOR", "person_name", "VARCHAR", g.col(g.pick(coords)), STAFF),
        c("REMARKS", "free_text", "VARCHAR", g.sparse(remark, 0.77, _words("nil")), NULLWORD),
        c("CUSTOM_FIELD_2", "free_text", "VARCHAR", _custom(g, "AU", "au"), CUSTOM),
    ])


def nz_job_sheets(g: Gen) -> Table:
    """An Auckland furniture removal company's job sheets (abbreviated snake case)."""
    pairs = [v.person(g, "nz") for _ in range(g.rows)]
    pu = [g.rnd.choice(v.NZ_CITIES) for _ in range(g.rows)]
    dl = [g.rnd.choice(v.NZ_CITIES) for _ in range(g.rows)]
    crew = _staff(g, 7, "nz")
    trucks = ["KRT401", "NMV882", "PHL219", "LQB305"]

    def note() -> str:
        return g.rnd.choice(["Fridge needs 24h before plugging in", f"Tenant {v.whole(g, 'nz')} to let crew in",
                             "Steep drive, use small truck", f"Mum ({v.given(g, 'nz')}) paying by card on day"])

    return Table("akl_movers.job_sht", "en", "abbrev", [
        c("job_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("job_ref", N, "VARCHAR", g.col(lambda: g.code("AKM-99999")), "decoy", SHAPE),
        c("cust_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("cust_snm", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
        c("cust_mob", "phone", "VARCHAR", g.phones("NZ", {"national": 0.7, "e164": 0.3}, 0.9), ABBREV),
        c("cust_eml", "email", "VARCHAR", _emails(g, pairs, "nz", 0.1), ABBREV),
        c("pu_addr", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NZ_STREETS, "nz")), ABBREV),
        c("pu_sub", "city", "VARCHAR", [p[0] for p in pu], ABBREV),
        c("pu_pcd", "postal_code", "VARCHAR", [p[1] for p in pu], ABBREV),
        c("dl_addr", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NZ_STREETS, "nz"), 0.1), ABBREV),
        c("dl_sub", "city", "VARCHAR", [p[0] for p in dl], ABBREV),
        c("dl_pcd", "postal_code", "VARCHAR", [p[1] for p in dl], ABBREV),
        c("ec_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nz"), 0.4), ROLE, ABBREV),
        c("ec_ph", "phone", "VARCHAR", g.phones("NZ", {"national": 1.0}, 0.9, 0.45), ROLE, ABBREV),
        c("cc_num", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.3), ABBREV),
        c("cc_exp", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 12):02d}/{g.rnd.randint(26, 30)}", 0.3), "decoy"),
        c("bk_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25), 0.2), ABBREV),
        c("trk_rego", N, "VARCHAR", g.col(g.pick(trucks)), "decoy"),
        c("crw_ldr", "person_name", "VARCHAR", g.col(g.pick(crew)), STAFF, ABBREV),
        c("hrs_bk", N, "DOUBLE", g.floats(2, 11, 1), "decoy"),
        c("job_dt", N, "DATE", g.days("2025-01-01", "2026-02-28"), "decoy"),
        c("job_nt", "free_text", "VARCHAR", g.sparse(note, 0.76, _words("nil")), NULLWORD, ABBREV),
    ])


def va_pcs_extract(g: Gen) -> Table:
    """A Virginia household goods agent's COBOL extract of military permanent change of station moves (padded CHAR,
    numbers for dates, SSNs, phones and ZIPs, 0 for missing)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "us")
        rows.append((a, b, g.birth(1968, 2005), g.rnd.random() < 0.6))
    places = [g.rnd.choice(v.VA_CITIES) for _ in range(g.rows)]
    scacs = [("TIDEWATER VAN & STORAGE", "TDVS"), ("COLONIAL MOVING SYS", "CMSY"), ("OLD DOMINION HHG", "ODHG")]
    sc = [g.rnd.randrange(len(scacs)) for _ in range(g.rows)]
    return Table("PCSMOVES.HHG-SHIPMENT-EXTRACT", "en", "cobol", [
        c("HHG-GBL-NO", N, "VARCHAR", g.col(lambda: g.code("AAAA9999999")), "decoy", SHAPE, LEGACY),
        c("HHG-ORDERS-NO", N, "VARCHAR", _pad(g.col(lambda: g.code("9999-AA-99")), 12), "decoy", SHAPE, LEGACY),
        c("HHG-MBR-LAST-NM", "last_name", "VARCHAR", _pad([r[1].upper() for r in rows], 20), LEGACY),
        c("HHG-MBR-FIRST-NM", "first_name", "VARCHAR", _pad([r[0].upper() for r in rows], 15), LEGACY),
        c("HHG-MBR-SSN", "ssn", "BIGINT", [int(v.us_ssn(g, False)) if g.rnd.random() < 0.9 else 0 for _ in rows],
          LEGACY),
        c("HHG-MBR-DOB", "date_of_birth", "INTEGER", [_ymd(r[2]) if g.rnd.random() < 0.92 else 0 for r in rows],
          LEGACY),
        c("HHG-MBR-RANK", N, "VARCHAR", _pad(g.col(g.pick(["E-4", "E-5", "E-6", "E-7", "O-2", "O-3", "W-2"])), 4),
          "decoy", LEGACY),
        c("HHG-BRANCH", N, "VARCHAR", g.col(g.pick(["N", "M", "A", "F", "C"])), "decoy", LEGACY),
        c("HHG-SPOUSE-NM", "person_name", "VARCHAR", _pad([v.whole(g).upper() if r[3] else None for r in rows], 30),
          ROLE, LEGACY),
        c("HHG-HOME-PHONE", "phone", "BIGINT", [int(g.phone("US", "digits")) if g.rnd.random() < 0.88 else 0
                                                for _ in rows], LEGACY),
        c("HHG-ORIG-ADDR", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.VA_STREETS).upper()), 30),
          LEGACY),
        c("HHG-ORIG-CITY", "city", "VARCHAR", _pad([p[0].upper() for p in places], 18), LEGACY),
        c("HHG-ORIG-ST", N, "VARCHAR", ["VA"] * g.rows, "decoy", LEGACY),
        c("HHG-ORIG-ZIP", "postal_code", "INTEGER", [int(p[1] + g.digits(2)) for p in places], LEGACY),
        c("HHG-DEST-INSTALL", N, "VARCHAR", _pad(g.col(g.pick(["CAMP LEJEUNE NC", "NAS JACKSONVILLE FL",
                                                              "JB LEWIS-MCCHORD WA", "FT CAVAZOS TX",
                                                              "NAVSTA ROTA SP"])), 24), "decoy", LEGACY),
        c("HHG-PACK-DT", N, "INTEGER", [_ymd(g.day("2025-03-01", "2025-10-31")) for _ in rows], "decoy", LEGACY),
        c("HHG-DLVR-DT", N, "INTEGER", [_ymd(g.day("2025-04-01", "2025-12-20")) if g.rnd.random() < 0.8 else 0
                                        for _ in rows], "decoy", LEGACY),
        c("HHG-NET-WT", N, "INTEGER", g.ints(900, 17_900), "decoy", LEGACY),
        c("HHG-TSP-NAME", N, "VARCHAR", _pad([scacs[i][0] for i in sc], 26), "business", LEGACY),
        c("HHG-TSP-SCAC", N, "VARCHAR", [scacs[i][1] for i in sc], "business", LEGACY),
        c("HHG-USER-FLD-1", "free_text", "VARCHAR", _pad(_custom(g, "US", "us"), 40), CUSTOM, LEGACY),
    ])


def my_quote_staging(g: Gen) -> Table:
    """A Klang Valley moving company's web quote requests, landed as an opaque staging table."""
    births = [g.birth(1955, 2004) for _ in range(g.rows)]
    places = [g.rnd.choice(v.MY_CITIES) for _ in range(g.rows)]
    agents = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)",
              "Mozilla/5.0 (Linux; Android 14; SM-A546E)"]
    return Table("stg_movekl.src_quote_raw", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "my")), OPAQUE),
        c("col03", "national_id", "VARCHAR", [v.mykad(g, b) if g.rnd.random() < 0.7 else None for b in births],
          OPAQUE),
        c("col04", "date_of_birth", "VARCHAR", [f"{b.day:02d}-{b.month:02d}-{b.year}" for b in births], OPAQUE),
        c("col05", "phone", "VARCHAR", g.phones("MY", {"national": 0.5, "e164": 0.3, "intl": 0.2}, 0.9), OPAQUE),
        c("col06", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "my"), v.DOMAINS["my"]), 0.1),
          OPAQUE),
        c("col07", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.MY_STREETS, "my")), OPAQUE),
        c("col08", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col09", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places], OPAQUE),
        c("col10", N, "VARCHAR", g.col(lambda: v.mykad_decoy(g)), "decoy", SHAPE, OPAQUE),
        c("col11", N, "VARCHAR", g.col(g.pick(["Bilik", "Studio", "3 bilik", "Kondo 2 bilik", "Pejabat"])), "decoy",
          OPAQUE),
        c("col12", N, "DATE", g.days("2025-06-01", "2026-03-31"), "decoy", OPAQUE),
        c("col13", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3)), OPAQUE),
        c("col14", N, "VARCHAR", g.col(g.pick(agents)), "decoy", OPAQUE),
        c("col15", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c("col16", N, "VARCHAR", g.col(g.version), "decoy", OPAQUE),
        c("col17", "free_text", "VARCHAR", _custom(g, "MY", "my"), CUSTOM, OPAQUE),
        c("col18", N, "TIMESTAMP", g.moments("2025-05-01", "2026-02-28"), "decoy", OPAQUE),
    ])


def za_employee_moves(g: Gen) -> Table:
    """A Johannesburg corporate relocation company's employee moves (snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "za", female)
        born = g.birth(1960, 2002)
        rows.append((a, b, born, v.za_id(g, born, female)))
    places = [g.rnd.choice(v.ZA_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "za")
    clients = [("Highveld Mining Services (Pty) Ltd", g.phone("ZA", "national", False)),
               ("Karoo Telecom Holdings", g.phone("ZA", "national", False))]
    cl = [g.rnd.randrange(len(clients)) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Schools for two kids in Centurion", f"Wife {v.given(g, 'za')} handling the viewings",
                             "Pets: 2 dogs, need kennel", f"Landlord agent {v.whole(g, 'za')} holding deposit"])

    return Table("jozi_relocate.employee_moves", "en", "snake", [
        c("move_id", N, "BIGINT", g.keys(9_001), "decoy", KEY),
        c("move_order_ref", N, "VARCHAR", g.col(lambda: v.za_decoy(g)), "decoy", SHAPE),
        c("client_company", N, "VARCHAR", [clients[i][0] for i in cl], "business"),
        c("client_hr_phone", N, "VARCHAR", [clients[i][1] for i in cl], "business"),
        c("employee_name", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("employee_surname", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("id_number", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.9 else None for r in rows]),
        c("date_of_birth", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("cell_no", "phone", "VARCHAR", g.phones("ZA", {"national": 0.6, "e164": 0.4}, 0.95)),
        c("email", "email", "VARCHAR", _emails(g, [(r[0], r[1]) for r in rows], "za", 0.1)),
        c("new_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ZA_STREETS, "za"), 0.2)),
        c("new_suburb", "city", "VARCHAR", [p[0] for p in places]),
        c("new_postal_code", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("province", N, "VARCHAR", g.col(g.pick(["Gauteng", "Gauteng", "Western Cape", "KwaZulu-Natal"])), "decoy"),
        c("next_of_kin", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "za"), 0.25), ROLE),
        c("next_of_kin_cell", "phone", "VARCHAR", g.phones("ZA", {"national": 1.0}, 1.0, 0.3), ROLE),
        c("household_goods_m3", N, "DOUBLE", g.floats(8, 85, 1), "decoy"),
        c("allowance_zar", N, "DECIMAL(10,2)", g.amounts(15_000, 120_000), "decoy"),
        c("start_date", N, "DATE", g.days("2025-02-01", "2026-01-31"), "decoy"),
        c("move_consultant", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("consultant_notes", "free_text", "VARCHAR", g.sparse(note, 0.76, _words()), NULLWORD),
        c("custom_2", "free_text", "VARCHAR", _custom(g, "ZA", "za"), CUSTOM),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def pt_mudancas_as400(g: Gen) -> Table:
    """A Porto removals and storage company's AS/400 customer file (Portuguese, legacy: ``MD`` prefix, CYYMMDD)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "pt")
        rows.append((a, b, g.birth(1945, 2004)))
    places = [g.rnd.choice(v.PT_CITIES) for _ in range(g.rows)]
    firm_nif = v.pt_nif(g, False)
    staff = _staff(g, 4, "pt")
    return Table("MUDPORTO.MDCLIP", "pt", "as400", [
        c("MDNCLI", N, "DECIMAL(8,0)", g.keys(30_000_001), "decoy", KEY, LEGACY),
        c("MDNOME", "first_name", "VARCHAR", _pad([r[0].upper() for r in rows], 20), LEGACY),
        c("MDAPEL", "last_name", "VARCHAR", _pad([r[1].upper() for r in rows], 25), LEGACY),
        c("MDDNAS", "date_of_birth", "DECIMAL(7,0)", [_cyymmdd(r[2]) if g.rnd.random() < 0.9 else 0 for r in rows],
          LEGACY),
        c("MDNIF", "national_id", "VARCHAR", g.col(lambda: v.pt_nif(g), 0.05), LEGACY),
        c("MDNCC", "national_id", "VARCHAR", _pad(g.col(lambda: v.pt_cc(g), 0.6), 15), LEGACY, HEAVY),
        c("MDMORA", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.PT_STREETS, "pt").upper()), 40),
          LEGACY),
        c("MDLOCA", "city", "VARCHAR", _pad([p[0].upper() for p in places], 22), LEGACY),
        c("MDCPOS", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(3)}" for p in places], LEGACY),
        c("MDTELM", "phone", "DECIMAL(9,0)", [int(g.phone("PT", "digits")) if g.rnd.random() < 0.85 else 0
                                              for _ in rows], LEGACY),
        c("MDMAIL", "email", "VARCHAR", _pad(_emails(g, [(r[0], r[1]) for r in rows], "pt", 0.3), 40), LEGACY),
        c("MDIBAN", "iban", "VARCHAR", g.col(lambda: v.iban(g, "PT"), 0.35), LEGACY),
        c("MDTSER", N, "VARCHAR", g.col(g.pick(["MUD", "ARM", "MUDINT", "EMB"])), "decoy", LEGACY),
        c("MDBOXN", N, "VARCHAR", _pad(g.col(lambda: g.code("A99"), 0.5), 5), "decoy", LEGACY),
        c("MDDSER", N, "DECIMAL(7,0)", [_cyymmdd(g.day("2024-01-01", "2026-02-28")) for _ in rows], "decoy", LEGACY),
        c("MDVALR", N, "DECIMAL(9,2)", g.amounts(120, 4_800), "decoy", LEGACY),
        c("MDNIPC", N, "VARCHAR", [firm_nif] * g.rows, "business", SHAPE, LEGACY),
        c("MDOPER", "person_name", "VARCHAR", _pad(g.col(g.pick([s.upper() for s in staff])), 30), STAFF, LEGACY),
        c("MDUDF2", "free_text", "VARCHAR", _pad(_custom(g, "PT", "pt"), 40), CUSTOM, LEGACY),
    ])


def da_flytteopgaver(g: Gen) -> Table:
    """An Aarhus removal firm's jobs (Danish, snake case)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "da")
        born = g.birth(1940, 2004)
        rows.append((a, b, born, v.cpr(g, born)))
    fra = [g.rnd.choice(v.DA_CITIES) for _ in range(g.rows)]
    til = [g.rnd.choice(v.DA_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "da")
    firm_cvr = v.cvr(g)

    def note() -> str:
        return g.rnd.choice(["Klaver skal med, 3. sal uden elevator", f"Nøgle hos naboen {v.whole(g, 'da')}",
                             "Parkeringstilladelse søgt", f"Datteren {v.given(g, 'da')} tager imod"])

    return Table("flyttefirma_aarhus.flytteopgaver", "da", "snake", [
        c("opgave_id", N, "BIGINT", g.keys(50_001), "decoy", KEY),
        c("ordrenummer", N, "VARCHAR", g.col(lambda: g.code("FA-2025-9999")), "decoy", SHAPE),
        c("fornavn", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("efternavn", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("cpr_nummer", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.4 else None for r in rows], HEAVY),
        c("foedselsdato", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("mobil", "phone", "VARCHAR", g.phones("DK", {"national": 0.6, "e164": 0.4}, 0.95)),
        c("email", "email", "VARCHAR", _emails(g, [(r[0], r[1]) for r in rows], "da", 0.1)),
        c("fra_adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.DA_STREETS, "da"))),
        c("fra_postnr", "postal_code", "VARCHAR", [p[1] for p in fra]),
        c("fra_by", "city", "VARCHAR", [p[0] for p in fra]),
        c("til_adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.DA_STREETS, "da"), 0.1)),
        c("til_postnr", "postal_code", "VARCHAR", [p[1] for p in til]),
        c("til_by", "city", "VARCHAR", [p[0] for p in til]),
        c("kontonummer_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DK"), 0.6), HEAVY),
        c("flyttedato", N, "DATE", g.days("2025-01-01", "2026-03-31"), "decoy"),
        c("kubikmeter", N, "DOUBLE", g.floats(5, 70, 1), "decoy"),
        c("pris_dkk", N, "DECIMAL(10,2)", g.amounts(2_500, 38_000), "decoy"),
        c("flyttefirma_cvr", N, "VARCHAR", [firm_cvr] * g.rows, "business", SHAPE),
        c("formand", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("bemaerkninger", "free_text", "VARCHAR", g.sparse(note, 0.77, _words("ukendt")), NULLWORD),
        c("ekstrafelt_2", "free_text", "VARCHAR", _custom(g, "DK", "da"), CUSTOM),
    ])


def se_forradskunder(g: Gen) -> Table:
    """A Malmö self-storage company's storage unit tenants (Swedish, snake case)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "sv")
        born = g.birth(1940, 2005)
        rows.append((a, b, born, v.personnummer(g, born)))
    places = [g.rnd.choice(v.SE_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "sv")
    company = [g.rnd.random() < 0.4 for _ in range(g.rows)]
    return Table("magasinering_malmo.forradshyresgaster", "sv", "snake", [
        c("kund_id", N, "BIGINT", g.keys(120_001), "decoy", KEY),
        c("avtalsnummer", N, "VARCHAR", g.col(lambda: v.luhn_decoy(g, 10)), "decoy", SHAPE),
        c("fornamn", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("efternamn", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("personnummer", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("fodelsedatum", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("mobilnummer", "phone", "VARCHAR", g.phones("SE", {"national": 0.6, "e164": 0.4}, 0.95)),
        c("epost", "email", "VARCHAR", _emails(g, [(r[0], r[1]) for r in rows], "sv", 0.1)),
        c("gatuadress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.SE_STREETS, "sv"))),
        c("postnummer", "postal_code", "VARCHAR", [f"{p[1]} {g.digits(2)}" for p in places]),
        c("ort", "city", "VARCHAR", [p[0] for p in places]),
        c("foretagsnamn", N, "VARCHAR", [g.rnd.choice(["Öresund Bygg AB", "Limhamns Blomsterhandel",
                                                        "Möllans Second Hand"]) if x else None for x in company],
          "business"),
        c("organisationsnummer", N, "VARCHAR", [v.orgnr(g) if x else None for x in company], "business", SHAPE),
        c("forradsnummer", N, "VARCHAR", g.col(lambda: g.code("B9-999")), "decoy"),
        c("storlek_kvm", N, "DOUBLE", g.floats(1, 30, 1), "decoy"),
        c("portkod", N, "VARCHAR", g.col(lambda: g.digits(4)), "decoy"),
        c("manadshyra", N, "DECIMAL(8,2)", g.amounts(390, 3_900), "decoy"),
        c("inflyttningsdatum", N, "DATE", g.days("2018-01-01", "2025-11-30"), "decoy"),
        c("extra_kontakt", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "sv"), 0.8), ROLE, HEAVY),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "SE"), 0.7), HEAVY),
        c("butikschef", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("fritt_falt_2", "free_text", "VARCHAR", _custom(g, "SE", "sv"), CUSTOM),
    ])


def cs_stehovani(g: Gen) -> Table:
    """An Ostrava removal company's orders (Czech, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "cs", female)
        born = g.birth(1955, 2004)
        rows.append((a, b, born, v.rodne_cislo(g, born, female)))
    nak = [g.rnd.choice(v.CS_CITIES) for _ in range(g.rows)]
    vyk = [g.rnd.choice(v.CS_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "cs")
    firm = v.cz_dic(g)

    def note() -> str:
        return g.rnd.choice(["Klavír, 4. patro bez výtahu", f"Klíče předá soused {v.whole(g, 'cs')}",
                             "Nutné vyhrazené parkování", f"Volat manželce {v.given(g, 'cs')}"])

    return Table("stehovani_ostrava.zakazky", "cs", "snake", [
        c("id_zakazky", N, "BIGINT", g.keys(7_001), "decoy", KEY),
        c("cislo_objednavky", N, "VARCHAR", g.col(lambda: v.rc_decoy(g)), "decoy", SHAPE),
        c("jmeno", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("prijmeni", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("rodne_cislo", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.8 else None for r in rows]),
        c("datum_narozeni", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("telefon", "phone", "VARCHAR", g.phones("CZ", {"national": 0.6, "intl": 0.4}, 0.95)),
        c("email", "email", "VARCHAR", _emails(g, [(r[0], r[1]) for r in rows], "cs", 0.15)),
        c("adresa_nakladky", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CS_STREETS, "cs"))),
        c("psc_nakladky", "postal_code", "VARCHAR", [p[1] for p in nak]),
        c("obec_nakladky", "city", "VARCHAR", [p[0] for p in nak]),
        c("adresa_vykladky", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CS_STREETS, "cs"), 0.1)),
        c("psc_vykladky", "postal_code", "VARCHAR", [p[1] for p in vyk]),
        c("obec_vykladky", "city", "VARCHAR", [p[0] for p in vyk]),
        c("kontaktni_osoba", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "cs"), 0.45), ROLE),
        c("cislo_uctu_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "CZ"), 0.4)),
        c("datum_stehovani", N, "DATE", g.days("2025-01-01", "2026-03-31"), "decoy"),
        c("objem_m3", N, "DOUBLE", g.floats(4, 60, 1), "decoy"),
        c("cena_kc", N, "DECIMAL(10,2)", g.amounts(3_500, 48_000), "decoy"),
        c("dic_firmy", N, "VARCHAR", [firm] * g.rows, "business", SHAPE),
        c("vedouci_party", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("poznamka", "free_text", "VARCHAR", g.sparse(note, 0.76, _words("neuvedeno")), NULLWORD),
        c("volne_pole_2", "free_text", "VARCHAR", _custom(g, "CZ", "cs"), CUSTOM),
    ])


_GREEK_ID = "ΑΒΕΗΙΚΜΝΟΡΤΥΧΖ"


def el_metakomiseis(g: Gen) -> Table:
    """A Patras removal company's contracts (Greek column names and values)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "el")
        born = g.birth(1940, 1999)
        rows.append((a, b, born, v.amka(g, born)))
    apo = [g.rnd.choice(v.EL_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "el")
    firm_afm = v.afm(g, False)

    def note() -> str:
        return g.rnd.choice(["Πιάνο στον 2ο όροφο", f"Κλειδιά στον γείτονα {v.whole(g, 'el')}",
                             "Χρειάζεται γερανός", f"Επικοινωνία με την κόρη {v.given(g, 'el')}"])

    return Table("metakomiseis_patras.συμβάσεις_μετακόμισης", "el", "snake", [
        c("κωδικός", N, "BIGINT", g.keys(3_001), "decoy", KEY),
        c("αριθμός_σύμβασης", N, "VARCHAR", g.col(lambda: v.amka_decoy(g)), "decoy", SHAPE),
        c("όνομα", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("επώνυμο", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("πατρώνυμο", "first_name", "VARCHAR", g.col(lambda: v.NAMES["el"][0][g.rnd.randrange(8)], 0.2), ROLE),
        c("ημερομηνία_γέννησης", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("αμκα", "ssn", "VARCHAR", [r[3] if g.rnd.random() < 0.75 else None for r in rows]),
        c("αφμ", "national_id", "VARCHAR", g.col(lambda: v.afm(g), 0.3)),
        c("αριθμός_ταυτότητας", "national_id", "VARCHAR",
          g.col(lambda: f"{g.rnd.choice(_GREEK_ID)}{g.rnd.choice(_GREEK_ID)} {g.digits(6)}", 0.6), HEAVY),
        c("κινητό", "phone", "VARCHAR", g.phones("GR", {"national": 0.7, "e164": 0.3}, 0.95)),
        c("email", "email", "VARCHAR", _emails(g, [(r[0], r[1]) for r in rows], "el", 0.3)),
        c("διεύθυνση_φόρτωσης", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.EL_STREETS, "el"))),
        c("τκ_φόρτωσης", "postal_code", "VARCHAR", [p[1] for p in apo]),
        c("πόλη_φόρτωσης", "city", "VARCHAR", [p[0] for p in apo]),
        c("διεύθυνση_εκφόρτωσης", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.EL_STREETS, "el"), 0.2)),
        c("iban_πελάτη", "iban", "VARCHAR", g.col(lambda: v.iban(g, "GR"), 0.8), HEAVY),
        c("ημερομηνία_μετακόμισης", N, "DATE", g.days("2025-01-01", "2026-03-31"), "decoy"),
        c("κυβικά", N, "DOUBLE", g.floats(5, 55, 1), "decoy"),
        c("τιμή_ευρώ", N, "DECIMAL(9,2)", g.amounts(180, 3_900), "decoy"),
        c("αφμ_εταιρείας", N, "VARCHAR", [firm_afm] * g.rows, "business", SHAPE),
        c("υπεύθυνος_συνεργείου", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("παρατηρήσεις", "free_text", "VARCHAR", g.sparse(note, 0.76, _words("άγνωστο")), NULLWORD),
        c("πρόσθετο_πεδίο_2", "free_text", "VARCHAR", _custom(g, "GR", "el"), CUSTOM),
    ])


def it_contratti_box(g: Gen) -> Table:
    """A Verona self-storage company's box rental contracts (Italian, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "it", female)
        born = g.birth(1945, 2004)
        place = g.rnd.choice(v.IT_CITIES)
        rows.append((a, b, born, v.codice_fiscale(g, a, b, born, female, place[2]), place[0]))
    places = [g.rnd.choice(v.IT_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "it")
    guar = [g.rnd.random() < 0.4 for _ in range(g.rows)]
    operator_iva = v.iva(g)

    def note() -> str:
        return g.rnd.choice(["Mobili in attesa di trasloco", f"Accesso autorizzato al figlio {v.given(g, 'it')}",
                             "Disdetta inviata via PEC", f"Ritiro merce delegato a {v.whole(g, 'it')}"])

    return Table("selfstorage_verona.contratti_box", "it", "snake", [
        c("id_contratto", N, "BIGINT", g.keys(60_001), "decoy", KEY),
        c("numero_contratto", N, "VARCHAR", g.col(lambda: g.code("VR/2025/99999")), "decoy", SHAPE),
        c("nome", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("cognome", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("codice_fiscale", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.9 else None for r in rows]),
        c("data_nascita", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("luogo_nascita", "city", "VARCHAR", [r[4] for r in rows]),
        c("cellulare", "phone", "VARCHAR", g.phones("IT", {"national": 0.6, "intl": 0.4}, 0.95)),
        c("email", "email", "VARCHAR", _emails(g, [(r[0], r[1]) for r in rows], "it", 0.1)),
        c("indirizzo", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IT_STREETS, "it"))),
        c("cap", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("comune", "city", "VARCHAR", [p[0] for p in places]),
        c("provincia", N, "VARCHAR", g.col(g.pick(["VR", "VR", "VI", "MN", "TN"])), "decoy"),
        c("iban_addebito", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IT"), 0.3)),
        c("garante_nome", "person_name", "VARCHAR", [v.whole(g, "it") if x else None for x in guar], ROLE, HEAVY),
        c("garante_telefono", "phone", "VARCHAR", [g.phone("IT", "national") if x else None for x in guar], ROLE,
          HEAVY),
        c("numero_box", N, "VARCHAR", g.col(lambda: g.code("A-99")), "decoy"),
        c("superficie_mq", N, "DOUBLE", g.floats(1, 25, 1), "decoy"),
        c("canone_mensile", N, "DECIMAL(8,2)", g.amounts(45, 420), "decoy"),
        c("data_inizio", N, "DATE", g.days("2019-01-01", "2025-11-30"), "decoy"),
        c("partita_iva_gestore", N, "VARCHAR", [operator_iva] * g.rows, "business", SHAPE),
        c("responsabile_sede", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("note", "free_text", "VARCHAR", g.sparse(note, 0.77, _words("non noto")), NULLWORD),
        c("campo_libero_2", "free_text", "VARCHAR", _custom(g, "IT", "it"), CUSTOM),
    ])


def fr_garde_meubles(g: Gen) -> Table:
    """A Lille furniture storage and removals company's storage contracts (French, camel case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "fr", female)
        rows.append((a, b, g.birth(1940, 2004), female))
    places = [g.rnd.choice(v.FR_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "fr")
    firm = v.siret(g)
    return Table("gardemeubles_lille.contratsGarde", "fr", "camel", [
        c("idContrat", N, "BIGINT", g.keys(90_001), "decoy", KEY),
        c("numeroContrat", N, "VARCHAR", g.col(lambda: g.code("GM-59-99999")), "decoy", SHAPE),
        c("civilite", N, "VARCHAR", ["Mme" if r[3] else "M." for r in rows], "decoy"),
        c("prenom", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("nomFamille", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("nomUsage", "last_name", "VARCHAR", [v.person(g, "fr")[1] if r[3] and g.rnd.random() < 0.5 else None
                                               for r in rows], HEAVY),
        c("dateNaissance", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("numeroPieceIdentite", "national_id", "VARCHAR", g.col(lambda: g.code("ZZZZZZZZZ"), 0.2)),
        c("telephonePortable", "phone", "VARCHAR", g.phones("FR", {"national": 0.7, "e164": 0.3}, 0.95)),
        c("courriel", "email", "VARCHAR", _emails(g, [(r[0], r[1]) for r in rows], "fr", 0.1)),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.FR_STREETS, "fr"))),
        c("codePostal", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("ville", "city", "VARCHAR", [p[0] for p in places]),
        c("ibanPrelevement", "iban", "VARCHAR", g.col(lambda: v.iban(g, "FR"), 0.25)),
        c("personneAPrevenir", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "fr"), 0.3), ROLE),
        c("telPersonneAPrevenir", "phone", "VARCHAR", g.phones("FR", {"national": 1.0}, 0.8, 0.35), ROLE),
        c("numeroCasier", N, "VARCHAR", g.col(lambda: g.code("C99-99")), "decoy"),
        c("volumeM3", N, "DOUBLE", g.floats(3, 40, 1), "decoy"),
        c("tarifMensuel", N, "DECIMAL(8,2)", g.amounts(40, 390), "decoy"),
        c("dateEntree", N, "DATE", g.days("2020-01-01", "2025-11-30"), "decoy"),
        c("siretSociete", N, "VARCHAR", [firm] * g.rows, "business", SHAPE),
        c("agentAccueil", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("champLibre2", "free_text", "VARCHAR", _custom(g, "FR", "fr"), CUSTOM),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (tx_storage_rentals, 800), (gb_removal_quotes, 700), (ca_relocation_files, 500), (au_export_register, 600),
    (nz_job_sheets, 800), (va_pcs_extract, 700), (my_quote_staging, 750), (za_employee_moves, 450),
    (pt_mudancas_as400, 600), (da_flytteopgaver, 500), (se_forradskunder, 650), (cs_stehovani, 400),
    (el_metakomiseis, 350), (it_contratti_box, 550), (fr_garde_meubles, 450),
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
