"""Held-out set v31 for the column classifier: 14 tables of the *ordinary English-language schemas* a data team in
the United States, the United Kingdom, Canada, Ireland or Australia points the tool at first, each a different small
business or body, in domains v24 to v29 did not use: a US youth soccer league's player registrations (players and
guardians), a US funeral home's arrangements (the deceased and next of kin) on a legacy system, a UK charity's
volunteers and their DBS checks, a US car dealership's deals (buyers, co-buyers, trade-ins), a UK GP surgery's
registered patients (NHS number), a Canadian credit union's members (SIN), an Irish energy supplier's customer
accounts (PPSN, Eircode, IBAN), an Australian labour-hire agency's workers (TFN) and their timesheets, a London
dog-walking app's walks (owners, walkers, dogs), an Irish wedding photographer's bookings, a UK student-lettings
firm's repair tickets, a US furniture retailer's legacy customer master and a UK accounts-payable supplier file.

Written **blind**, like v2 to v29: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``),
how the scorer registers a set (``heldout_v2_accuracy.py``, read and not run), the *structure* and labeling
conventions of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test, ``tests/heldout_support.py``), the module
docstrings of v24, v25, v26, v28 and v29 (to avoid their domains) and the ``Column``/``Table`` classes and writer they
build on. The classifier was not run on this set while it was written, no scorer was run on it, and no score of any
set was looked at: nothing here was adjusted to what the classifier does. It was written under a short deadline (50
minutes, the tests and lint included), so some labels below are quick decisions rather than settled conventions. Like
v27 it imports no earlier set's value module: its random source, name lists, streets, cities, businesses and
identifier builders are its own (:mod:`benchmarks.classification.heldout_v31_values`; the generic ``Gen`` helpers
were copied from v27's, the lists are new: the Carolinas, Texas, Ohio and Arizona; Yorkshire, the Midlands, Bristol,
Wales and Scotland; Connacht, Munster and Leinster; the Maritimes, the Prairies and British Columbia; the Australian
states; the people are of Anglo, Irish, Scottish, South Asian, East Asian, West African, Caribbean, Eastern European,
Arabic, Hispanic and Māori/Pacific origin, Irish names with fadas and ``Ó``/``Mac``/``Ní`` prefixes).

What is new against v2 to v29:

* five English-speaking countries in one set, each with its own formats: US ZIP and ZIP+4, UK postcodes, Canadian
  postal codes (with and without the space), Eircodes (with and without the space), Australian four-digit postcodes;
  phones of the US, Canada, the UK, Ireland and Australia (phonenumbers) written as E.164, international, national,
  digits with the trunk ``0`` kept, dashes and dots;
* identifiers with check digits (python-stdnum): the UK NHS number (spaced and plain), the Canadian SIN (spaced,
  dashed, plain), the Irish PPSN (one and two letters), the Australian TFN, the US SSN (dashed and plain), Irish
  IBANs, a store card number kept in clear by a legacy CRM (Luhn);
* decoys with check digits or shapes of identifiers (tag ``value_shape``, all ``none``): VINs with a valid check digit
  (the vehicle sold and the trade-in), 15-digit pet microchip numbers, an MPRN (an Irish meter point), an Australian
  ABN, a UK VAT number and Companies House number, a supplier's GB IBAN, an NHS ODS practice code, branch transit
  numbers, work-order, case, booking, stock and invoice numbers, a row hash, an app version;
* dates of birth as ``DATE``, as text ``dd/mm/yyyy``, ``mm/dd/yyyy``, ``dd-mm-yyyy`` and ISO, as an integer
  ``yyyymmdd`` and split into day, month and year integers (tag ``split_dob``);
* people under role words (tag ``role_word``): guardians, next of kin, buyers and co-buyers, account holders, joint
  owners, partners of a couple, dog owners and walkers, a site supervisor, a supplier's contact; staff (tag
  ``staff``): coaches, funeral directors, volunteer coordinators, salespeople, F&I managers, GPs (``Dr`` and
  surname), member service reps, recruiters, a second shooter, technicians;
* opaque and misleading names (tags ``opaque``, ``misleading``): ``ref_a`` (a referee's name), ``misc_1`` (e-mail),
  ``FIELD_17`` (a tenant's date of birth in one table, a payment class in another), ``notes2`` (free text in one
  table, a recharge code in another), ``code``; integer keys named like personal fields (``owner_id``, ``addressId``,
  ``guardian_id``, ``ownerId``, ``worker_id``: ``none``, tag ``join_key``).

Labeling choices a reader may question:

* the Canadian SIN, the Irish PPSN, the Australian TFN and the UK NHS number are ``national_id``; only the US SSN is
  ``ssn`` (the scorer's "ssn = national_id" line counts them as one anyway);
* a UK DBS certificate number (``dbs_certificate_no``, 12 digits, one person's criminal-record certificate) is
  ``national_id``: a government-issued number pointing at one person (``none`` would be defensible: it names a
  document, not the person); a US driver's licence number (``dl_number``) is ``national_id`` too;
* a date of birth split into ``dob_day``, ``dob_month`` and ``dob_year`` is ``date_of_birth`` in every part (a day or a
  month alone identifies little; the three together are the birth date);
* a date of death (``DT_OF_DEATH``), a wedding date, a registration date are ``none``; the deceased's name, birth date
  and SSN are labeled as for the living (``first_name``, ``last_name``, ``date_of_birth``, ``ssn``);
* a column holding a name *and* a phone in each cell (``emergency_contact``) is ``free_text`` (tag ``mixed_kinds``);
  notes, medical notes, obituaries, alerts, issue descriptions and shift notes that name people or give phones are
  ``free_text``;
* ``TENANT_NM`` written ``SURNAME, Given`` is ``person_name``; ``usual_gp`` (``Dr Surname``) is ``person_name``; a
  site supervisor's first name alone is ``first_name``;
* a dog's name, its breed and microchip number are ``none``; a key-box code and a gallery password are ``none`` (tag
  ``credential``); the walk's start coordinates are ``none``;
* the pick-up address and postcode of a dog walk (the owner's home) are ``street_address`` and ``postal_code`` (tag
  ``premises``); a funeral home's cemetery, a wedding venue and its town, a labour-hire client's site, address and
  ABN, a lender, a super fund, an employer, a contractor are ``none`` (tag ``business``);
* a supplier's name, company number, VAT number, registered address, town, postcode, switchboard and remittance IBAN
  are ``none`` (business contact data, tag ``business``); the named contact at the supplier is ``person_name`` and
  the contact's own work address ``first.last@company`` is ``email``;
* ``ssn_last4`` is ``none`` (tag ``partial``); a card's expiry is ``none``; the online-banking id, the timesheet
  approver and the repair system's ``CRT_USER`` are logins (``unclassified``, tag ``username``); an import job is
  ``none`` (tag ``service_account``);
* UK county, US state, Canadian province, Irish county and Australian state are ``none``; towns, suburbs and cities
  are ``city``; ``address_line_2`` holding a district name is ``street_address``.

Labeling rules otherwise as v2 to v29 (see :mod:`benchmarks.classification.heldout_v27`): staff names are
``person_name`` (a first name or family name alone ``first_name`` or ``last_name``). ``null_heavy`` means 50-95%
NULL, ``nullword_heavy`` 70-95% NULL words.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets, cities
and businesses of :mod:`benchmarks.classification.heldout_v31_values`, written for v31 (no Faker, no list of real
people, no breach data). Build: ``python -m benchmarks.classification.heldout_v31 [PATH]`` (default
``/tmp/heldout_v31.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v31``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v31_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v31_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = [
    "BUILDERS",
    "DEFAULT_PATH",
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

DEFAULT_PATH = Path("/tmp/heldout_v31.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings and placeholders (few real NULLs)
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
MISLEADING = "misleading"  # personal data under a name that says something else
OPAQUE = "opaque"  # a name that says nothing (misc_1, field_17, code)
STAFF = "staff"  # staff named in a column with few distinct values
ROLE = "role_word"  # a role word (guardian, next of kin, referee, buyer, walker ...) holding people
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
SERVICE = "service_account"
PREMISES = "premises"  # a person's home named as a pick-up point or a flat
KEY = "join_key"  # an id, foreign key or surrogate key named like a personal field (none)
PARTIAL = "partial"  # the last four digits of a number: none
CREDENTIAL = "credential"  # a key-box code, a gallery password (none)
SPLIT = "split_dob"  # a date of birth split into day, month and year columns
MIXED = "mixed_kinds"  # a column mixing several personal kinds (free_text)


def _dirty(g: Gen, values: list, share: float, placeholders: list[str]) -> list:
    return [g.rnd.choice(placeholders) if x is not None and g.rnd.random() < share else x for x in values]


def _later(g: Gen, starts: list, lo_min: int, hi_min: int, null: float = 0.0) -> list:
    return [None if s is None or g.rnd.random() < null else s + timedelta(minutes=g.rnd.randint(lo_min, hi_min))
            for s in starts]


def _null(g: Gen, values: list, share: float) -> list:
    return [None if g.rnd.random() < share else x for x in values]


def youth_league_players(g: Gen) -> Table:
    """A US youth soccer league's player registrations: the player's names and birth date (``DATE``), the two
    guardians (role words), their phones and e-mail, the home address with ZIP+4, the coach (staff), team, division,
    jersey number and shirt size, the medical notes (``free_text``), a waiver flag and a ``guardian_id`` surrogate
    key."""
    kids = [v.person(g) for _ in range(g.rows)]
    g1 = [(v.given(g), last) for _, last in kids]
    g2 = [v.person(g) for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_CITIES[:5]) for _ in range(g.rows)]
    coaches = v.staff(g, 7)
    teams = ["U8 Hornets", "U10 Lightning", "U12 Rapids", "U14 Comets", "U10 Gators", "U12 Blaze"]

    def medical() -> str:
        return g.rnd.choice(["Asthma - inhaler in bag", "Peanut allergy, EpiPen",
                             f"Mom {v.given(g)} picks up Tues, call {g.phone('US', 'dashes')}",
                             "None known", f"Grandfather {v.whole(g)} authorized for pickup",
                             "Wears glasses (sports goggles)"])

    return Table("league.players", "en", "snake", [
        c("registration_id", N, "INTEGER", g.keys(24_001), "decoy", KEY),
        c("season", N, "VARCHAR", g.col(g.pick(["Fall 2025", "Spring 2026"])), "decoy"),
        c("player_first_name", "first_name", "VARCHAR", [a for a, _ in kids]),
        c("player_last_name", "last_name", "VARCHAR", [b for _, b in kids]),
        c("player_dob", "date_of_birth", "DATE", g.births(2011, 2019)),
        c("gender", N, "VARCHAR", g.col(g.pick(["M", "F"])), "decoy"),
        c("team_name", N, "VARCHAR", g.col(g.pick(teams)), "decoy"),
        c("jersey_no", N, "INTEGER", g.ints(1, 99), "decoy"),
        c("shirt_size", N, "VARCHAR", g.col(g.pick(["YS", "YM", "YL", "AS", "AM"])), "decoy"),
        c("coach", "person_name", "VARCHAR", g.col(g.pick(coaches)), STAFF),
        c("guardian_id", N, "INTEGER", g.ints(5_000, 9_999), "decoy", KEY),
        c("guardian1_name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in g1], ROLE),
        c("guardian1_cell", "phone", "VARCHAR", g.phones("US", {"dashes": 0.4, "national": 0.4, "digits": 0.2})),
        c("guardian1_email", "email", "VARCHAR", [v.email_of(g, a, b) for a, b in g1]),
        c("guardian2_name", "person_name", "VARCHAR", _null(g, [f"{a} {b}" for a, b in g2], 0.62), ROLE, HEAVY),
        c("guardian2_cell", "phone", "VARCHAR", g.phones("US", {"dashes": 0.5, "national": 0.5}, 1.0, 0.66), HEAVY),
        c("home_address", "street_address", "VARCHAR", g.col(lambda: v.us_street(g))),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("state", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("zip", "postal_code", "VARCHAR", [v.us_zip(g, p[2], 0.5) for p in places]),
        c("medical_notes", "free_text", "VARCHAR", g.col(medical, 0.45)),
        c("waiver_signed", N, "VARCHAR", g.yn("Y", "N", 0.93), "decoy"),
        c("fee_paid", N, "DECIMAL(8,2)", g.amounts(85, 240), "decoy"),
        c("registered_at", N, "TIMESTAMP", g.moments("2025-06-01", "2026-02-15"), "decoy"),
    ])


def funeral_arrangements(g: Gen) -> Table:
    """A US funeral home's arrangements on a legacy system (SCREAMING): the case number, the deceased's name, birth
    date as ``MM/DD/YYYY`` text, SSN (needed for the death certificate), date of death, the next of kin (name,
    relationship, phone, address), the funeral director (staff), service type, cemetery and plot, the obituary text
    (names of survivors: ``free_text``) and the contract total."""
    dec = [v.person(g) for _ in range(g.rows)]
    births = g.births(1925, 1975)
    directors = v.staff(g, 4)
    places = [g.rnd.choice(v.US_CITIES[5:]) for _ in range(g.rows)]

    def obit(name: tuple[str, str]) -> str:
        return (f"{name[0]} {name[1]} passed peacefully at home. Survived by {v.whole(g)} and "
                f"{g.rnd.choice(['three', 'two', 'four'])} grandchildren; predeceased by {v.whole(g)}.")

    return Table("FUNERAL.ARRANGEMENTS", "en", "screaming", [
        c("CASE_NO", N, "VARCHAR", [f"FH-{2024 + i % 2}-{i:04d}" for i in range(g.rows)], "decoy", SHAPE),
        c("DEC_FNM", "first_name", "VARCHAR", [a for a, _ in dec], ABBREV),
        c("DEC_LNM", "last_name", "VARCHAR", [b for _, b in dec], ABBREV),
        c("DEC_DOB", "date_of_birth", "VARCHAR", [d.strftime("%m/%d/%Y") for d in births], ABBREV),
        c("DEC_SSN", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.6), 0.08), ABBREV),
        c("DT_OF_DEATH", N, "DATE", g.days("2024-01-01", "2025-12-31"), "decoy"),
        c("NOK_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g)), ROLE),
        c("NOK_REL", N, "VARCHAR", g.col(g.pick(["SPOUSE", "SON", "DAUGHTER", "SIBLING", "NIECE"])), "decoy"),
        c("NOK_PH", "phone", "VARCHAR", g.phones("US", {"national": 0.6, "digits": 0.4}, 0.7), ABBREV),
        c("NOK_ADDR", "street_address", "VARCHAR", g.col(lambda: v.us_street(g)), ABBREV),
        c("NOK_CITY", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("NOK_ZIP", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in places], ABBREV),
        c("DIRECTOR", "person_name", "VARCHAR", g.col(g.pick(directors)), STAFF, ROLE),
        c("SVC_TYPE", N, "VARCHAR", g.col(g.pick(["TRAD BURIAL", "CREMATION", "MEMORIAL", "GRAVESIDE"])), "decoy"),
        c("CEMETERY", N, "VARCHAR", g.col(g.pick(["Oakwood Memorial Park", "Greenlawn Cemetery",
                                                   "St. Jude Catholic Cemetery"]), 0.3), "business"),
        c("PLOT", N, "VARCHAR", g.col(lambda: g.code("SEC A-99-9"), 0.3), "decoy", SHAPE),
        c("OBIT_TXT", "free_text", "VARCHAR", [obit(d) if g.rnd.random() < 0.6 else None for d in dec]),
        c("CONTRACT_AMT", N, "DECIMAL(10,2)", g.amounts(2_400, 14_800), "decoy"),
        c("FIELD_17", N, "VARCHAR", g.col(g.pick(["VA", "PREPAID", "INS ASSIGN", "CASH"])), "decoy", OPAQUE),
    ])


def charity_volunteers(g: Gen) -> Table:
    """A UK charity's volunteer register with DBS checks: names, date of birth as ``dd/mm/yyyy`` text, mobile and
    landline, e-mail, address, town and postcode; the DBS certificate number and issue date,
    the referee (``ref_a``: a name under an opaque label) and the referee's phone, the volunteer coordinator (staff),
    the safeguarding notes (``free_text``) and the role."""
    ppl = [v.person(g, "gb") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.GB_TOWNS) for _ in range(g.rows)]
    coords = v.staff(g, 5, "gb")

    def note() -> str:
        return g.rnd.choice(["Lives with carer, contact via daughter", f"Referred by {v.whole(g, 'gb')}",
                             f"Prefers calls to {g.phone('GB', 'national')} after 6pm",
                             "Completed safeguarding L1", "Needs step-free access"])

    return Table("charity.volunteers", "en", "snake", [
        c("volunteer_id", N, "INTEGER", g.keys(310), "decoy", KEY),
        c("first_name", "first_name", "VARCHAR", [a for a, _ in ppl]),
        c("surname", "last_name", "VARCHAR", [b for _, b in ppl]),
        c("dob", "date_of_birth", "VARCHAR", [d.strftime("%d/%m/%Y") for d in g.births(1948, 2007)]),
        c("mobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "trunk": 0.2}, 1.0, 0.05)),
        c("landline", "phone", "VARCHAR", g.phones("GB", {"national": 1.0}, 0.0, 0.7), HEAVY),
        c("email", "email", "VARCHAR", _null(g, [v.email_of(g, a, b, "gb") for a, b in ppl], 0.1)),
        c("address_1", "street_address", "VARCHAR", g.col(lambda: v.gb_street(g))),
        c("town", "city", "VARCHAR", [t[0] for t in towns]),
        c("postcode", "postal_code", "VARCHAR", [v.gb_postcode(g, t[1][0]) for t in towns]),
        c("role", N, "VARCHAR", g.col(g.pick(["Shop volunteer", "Befriender", "Driver", "Fundraiser"])), "decoy"),
        c("dbs_certificate_no", "national_id", "VARCHAR", g.col(lambda: "00" + g.digits(10), 0.35)),
        c("dbs_issue_date", N, "DATE", g.days("2021-01-01", "2025-11-30", 0.35), "decoy"),
        c("dbs_level", N, "VARCHAR", g.col(g.pick(["Basic", "Standard", "Enhanced"])), "decoy"),
        c("ref_a", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "gb"), 0.2), MISLEADING, OPAQUE),
        c("ref_a_tel", "phone", "VARCHAR", g.phones("GB", {"national": 0.7, "intl": 0.3}, 0.8, 0.25)),
        c("coordinator", "person_name", "VARCHAR", g.col(g.pick(coords)), STAFF),
        c("safeguarding_notes", "free_text", "VARCHAR", g.sparse(note, 0.75, ("", "n/a", "None", "-")), NULLWORD),
        c("gift_aid", N, "VARCHAR", g.yn("Y", "N", 0.4), "decoy"),
        c("created_at", N, "TIMESTAMP", g.moments("2019-01-01", "2025-12-01"), "decoy"),
    ])


def dealer_deals(g: Gen) -> Table:
    """A US car dealership's deals: deal and stock numbers, the VIN sold and the trade-in's VIN (decoys with check
    digits), the buyer's and co-buyer's names, the buyer's birth date as integer ``yyyymmdd``, driver's licence
    number, address, city, state and ZIP, phone and e-mail, the salesperson and F&I manager (staff), the lender,
    price, APR and the last four of the buyer's SSN (``none``)."""
    ppl = [v.person(g) for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    sales = v.staff(g, 8)
    fi = v.staff(g, 3)
    return Table("dealer.deals", "en", "snake", [
        c("deal_no", N, "INTEGER", g.keys(70_112), "decoy", KEY),
        c("stock_no", N, "VARCHAR", g.col(lambda: g.code("P9999A")), "decoy", SHAPE),
        c("vin", N, "VARCHAR", g.col(lambda: v.vin(g)), "decoy", SHAPE),
        c("model_year", N, "INTEGER", g.ints(2016, 2026), "decoy"),
        c("make_model", N, "VARCHAR", g.col(g.pick(["Toyota Camry", "Ford F-150", "Honda CR-V", "Kia Telluride",
                                                     "Tesla Model Y"])), "decoy"),
        c("buyer_name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in ppl], ROLE),
        c("cobuyer_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.72), ROLE, HEAVY),
        c("buyer_dob", "date_of_birth", "INTEGER", [int(d.strftime("%Y%m%d")) for d in g.births(1950, 2006)]),
        c("dl_number", "national_id", "VARCHAR", g.col(lambda: g.code(g.rnd.choice(["A99999999", "99999999",
                                                                                   "A999999999999"])), 0.1), ABBREV),
        c("buyer_addr", "street_address", "VARCHAR", g.col(lambda: v.us_street(g))),
        c("buyer_city", "city", "VARCHAR", [p[0] for p in places]),
        c("buyer_state", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("buyer_zip", "postal_code", "VARCHAR", [v.us_zip(g, p[2], 0.2) for p in places]),
        c("buyer_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dots": 0.2, "e164": 0.3})),
        c("buyer_email", "email", "VARCHAR", _null(g, [v.email_of(g, a, b) for a, b in ppl], 0.12)),
        c("ssn_last4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.2), "decoy", PARTIAL),
        c("trade_vin", N, "VARCHAR", g.col(lambda: v.vin(g), 0.6), "decoy", SHAPE),
        c("trade_allowance", N, "DECIMAL(10,2)", g.amounts(0, 22_000), "decoy"),
        c("salesperson", "person_name", "VARCHAR", g.col(g.pick(sales)), STAFF),
        c("fi_manager", "person_name", "VARCHAR", g.col(g.pick(fi)), STAFF, ABBREV),
        c("lender", N, "VARCHAR", g.col(g.pick(["Ally Financial", "Capital One Auto", "Carolina Trust CU",
                                                 "Toyota Financial Services"]), 0.2), "business"),
        c("sale_price", N, "DECIMAL(10,2)", g.amounts(14_000, 68_000), "decoy"),
        c("apr", N, "DECIMAL(5,2)", g.floats(2.9, 14.9, 2), "decoy"),
        c("deal_date", N, "DATE", g.days("2024-06-01", "2026-01-31"), "decoy"),
        c("owner_id", N, "INTEGER", g.ints(100_000, 199_999), "decoy", KEY, MISLEADING),
    ])


def gp_patients(g: Gen) -> Table:
    """A UK GP surgery's registered patients: NHS number (spaced or ten digits), title, forename, surname, date of
    birth (``DATE``), sex, two address lines, town and postcode, home and mobile phones, e-mail, the usual GP (staff,
    ``Dr`` and surname), registration date, the practice's ODS code (``none``), the next of kin (mostly NULL) and a
    reception alert (``free_text``)."""
    ppl = [v.person(g, "gb") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.GB_TOWNS[:4]) for _ in range(g.rows)]
    gps = [f"Dr {v.person(g, 'gb')[1]}" for _ in range(6)]

    def alert() -> str:
        return g.rnd.choice(["Interpreter needed (Polish)", f"Carer: {v.whole(g, 'gb')}",
                             f"Do not leave voicemail; use {g.phone('GB', 'national')}", "Hearing impaired",
                             "Violent patient marker - see notes"])

    return Table("gp_surgery.patients", "en", "snake", [
        c("patient_id", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("nhs_number", "national_id", "VARCHAR", g.col(lambda: v.nhs_number(g, g.rnd.random() < 0.7), 0.03)),
        c("title", N, "VARCHAR", g.col(g.pick(["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"])), "decoy"),
        c("forename", "first_name", "VARCHAR", [a for a, _ in ppl]),
        c("surname", "last_name", "VARCHAR", [b for _, b in ppl]),
        c("date_of_birth", "date_of_birth", "DATE", g.births(1930, 2025)),
        c("sex", N, "VARCHAR", g.col(g.pick(["M", "F", "U"])), "decoy"),
        c("address_line_1", "street_address", "VARCHAR", g.col(lambda: v.gb_street(g))),
        c("address_line_2", "street_address", "VARCHAR", g.col(g.pick(["Headingley", "Chapeltown", "Hyde Park",
                                                                        "Easton", "Bishopston", "Crookes"]), 0.55),
          HEAVY),
        c("town", "city", "VARCHAR", [t[0] for t in towns]),
        c("postcode", "postal_code", "VARCHAR", [v.gb_postcode(g, t[1][0]) for t in towns]),
        c("home_tel", "phone", "VARCHAR", g.phones("GB", {"national": 0.8, "trunk": 0.2}, 0.0, 0.6), HEAVY),
        c("mobile_tel", "phone", "VARCHAR", g.phones("GB", {"national": 0.5, "intl": 0.25, "e164": 0.25}, 1.0, 0.1)),
        c("email_address", "email", "VARCHAR", _null(g, [v.email_of(g, a, b, "gb") for a, b in ppl], 0.4)),
        c("usual_gp", "person_name", "VARCHAR", g.col(g.pick(gps)), STAFF),
        c("registered_on", N, "DATE", g.days("1995-01-01", "2025-12-01"), "decoy"),
        c("ods_code", N, "VARCHAR", g.col(g.pick(["B86012", "B86067"])), "business", SHAPE),
        c("nok_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "gb"), 0.8), ROLE, HEAVY),
        c("reception_alert", "free_text", "VARCHAR", g.col(alert, 0.6), HEAVY),
        c("ethnicity_code", N, "VARCHAR", g.col(g.pick(["A", "B", "H", "J", "M", "N", "Z"])), "decoy"),
    ])


def creditunion_members(g: Gen) -> Table:
    """A Canadian credit union's members from an ORM (camel case): member number, names, SIN (spaced, dashed or
    plain), birth date as ISO text, phone and e-mail, address, city, province and postal code, branch transit
    (``none``), the online-banking login (``unclassified``) and its last IP, a joint owner (mostly NULL), the employer
    (``none``) and the member service rep who opened the account (staff)."""
    ppl = [v.person(g, "ca") for _ in range(g.rows)]
    places = [g.rnd.choice(v.CA_CITIES) for _ in range(g.rows)]
    reps = v.staff(g, 6, "ca")
    logins: list[str] = []
    seen: set[str] = set()
    for i, (a, b) in enumerate(ppl):
        name = v.login(a, b, i)
        while name in seen:
            name += str(g.rnd.randint(0, 9))
        seen.add(name)
        logins.append(name)
    return Table("creditunion.members", "en", "camel", [
        c("memberNo", N, "INTEGER", g.keys(400_001), "decoy", KEY),
        c("firstName", "first_name", "VARCHAR", [a for a, _ in ppl]),
        c("lastName", "last_name", "VARCHAR", [b for _, b in ppl]),
        c("sin", "national_id", "VARCHAR", g.col(lambda: v.ca_sin(g, g.rnd.choice(["spaced", "dashed", "plain"])),
                                                 0.15), ABBREV),
        c("birthDate", "date_of_birth", "VARCHAR", [d.isoformat() for d in g.births(1940, 2007)]),
        c("primaryPhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.7)),
        c("emailAddress", "email", "VARCHAR", [v.email_of(g, a, b, "ca") for a, b in ppl]),
        c("streetAddress", "street_address", "VARCHAR", g.col(lambda: v.ca_street(g))),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("province", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("postalCode", "postal_code", "VARCHAR", [v.ca_postal(g, p[2], g.rnd.random() < 0.7) for p in places]),
        c("branchTransit", N, "VARCHAR", g.col(g.pick(["00012", "00034", "00057", "00081"])), "decoy", SHAPE),
        c("onlineBankingId", USERNAME, "VARCHAR", logins, USER),
        c("lastLoginIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25), 0.2)),
        c("jointOwnerName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.78), ROLE, HEAVY),
        c("employerName", N, "VARCHAR", g.col(g.pick(["Nova Scotia Health", "Manitoba Hydro", "Self-employed",
                                                       "City of Calgary", "Retired"]), 0.2), "business"),
        c("openedBy", "person_name", "VARCHAR", g.col(g.pick(reps)), STAFF, ROLE),
        c("memberSince", N, "DATE", g.days("1988-01-01", "2025-12-01"), "decoy"),
        c("shareBalance", N, "DECIMAL(12,2)", g.amounts(5, 48_000), "decoy"),
        c("riskRating", N, "VARCHAR", g.col(g.pick(["LOW", "LOW", "MEDIUM", "HIGH"])), "decoy"),
        c("addressId", N, "INTEGER", g.ints(1, 900_000), "decoy", KEY, MISLEADING),
    ])


def ie_energy_accounts(g: Gen) -> Table:
    """An Irish energy supplier's customer accounts: account number, MPRN (an 11-digit meter point number: ``none``),
    the account holder's name, PPSN (for the household benefit), date of birth split into day, month and year
    integers, phone and e-mail, address lines, town, county (``none``) and Eircode, the direct-debit IBAN, a
    vulnerable-customer flag and the priority-services note (mostly NULL, ``free_text``)."""
    ppl = [v.person(g, "ie") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.IE_TOWNS) for _ in range(g.rows)]
    births = g.births(1935, 2005)

    def psr() -> str:
        return g.rnd.choice(["Home oxygen - do not disconnect", (f"Contact son {v.whole(g, 'ie')} on "
                                                                  f"{g.phone('IE', 'national')}"), "Visually impaired, large print bills",
                             "Medical device: dialysis"])

    return Table("ie_energy.customer_accounts", "en", "snake", [
        c("account_no", N, "VARCHAR", g.col(lambda: g.code("9999999999")), "decoy", SHAPE),
        c("mprn", N, "VARCHAR", g.col(lambda: "10" + g.digits(9)), "decoy", SHAPE),
        c("account_holder", "person_name", "VARCHAR", [f"{a} {b}" for a, b in ppl], ROLE),
        c("ppsn", "national_id", "VARCHAR", g.col(lambda: v.ie_ppsn(g), 0.3)),
        c("dob_day", "date_of_birth", "INTEGER", [d.day for d in births], SPLIT),
        c("dob_month", "date_of_birth", "INTEGER", [d.month for d in births], SPLIT),
        c("dob_year", "date_of_birth", "INTEGER", [d.year for d in births], SPLIT),
        c("phone", "phone", "VARCHAR", g.phones("IE", {"national": 0.5, "intl": 0.3, "trunk": 0.2}, 0.8)),
        c("email", "email", "VARCHAR", _null(g, [v.email_of(g, a, b, "ie") for a, b in ppl], 0.15)),
        c("addr_line1", "street_address", "VARCHAR", g.col(lambda: v.ie_street(g)), ABBREV),
        c("town", "city", "VARCHAR", [t[0] for t in towns]),
        c("county", N, "VARCHAR", [t[1] for t in towns], "decoy"),
        c("eircode", "postal_code", "VARCHAR", [v.eircode(g, g.rnd.choice(t[2]), g.rnd.random() < 0.6)
                                                for t in towns]),
        c("dd_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IE", g.rnd.random() < 0.4), 0.4), ABBREV),
        c("tariff", N, "VARCHAR", g.col(g.pick(["Standard 24h", "Night Saver", "EV Smart", "Green Fixed 12m"])),
          "decoy"),
        c("vulnerable_flag", N, "VARCHAR", g.yn("Y", "N", 0.08), "decoy"),
        c("psr_note", "free_text", "VARCHAR", g.col(psr, 0.85), HEAVY),
        c("balance_eur", N, "DECIMAL(10,2)", g.amounts(-300, 900), "decoy"),
        c("last_read_at", N, "TIMESTAMP", g.moments("2025-09-01", "2026-01-31"), "decoy"),
    ])


def labourhire_workers(g: Gen) -> Table:
    """An Australian labour-hire agency's workers: worker id, names, date of birth as ``dd/mm/yyyy`` text, TFN
    (spaced or plain, NULL when not declared), mobile, e-mail, address, suburb, state (``none``) and postcode, the
    super fund (``none``), the emergency contact (a name and a phone in one cell: ``free_text``), the recruiter
    (staff), licence and visa fields."""
    ppl = [v.person(g, "au") for _ in range(g.rows)]
    subs = [g.rnd.choice(v.AU_SUBURBS) for _ in range(g.rows)]
    recruiters = v.staff(g, 5, "au")
    return Table("labourhire.workers", "en", "snake", [
        c("worker_id", N, "INTEGER", g.keys(8_001), "decoy", KEY),
        c("given_names", "first_name", "VARCHAR", [a for a, _ in ppl]),
        c("family_name", "last_name", "VARCHAR", [b for _, b in ppl]),
        c("dob", "date_of_birth", "VARCHAR", [d.strftime("%d/%m/%Y") for d in g.births(1960, 2007)]),
        c("tfn", "national_id", "VARCHAR", g.col(lambda: v.au_tfn(g, g.rnd.random() < 0.5), 0.2), ABBREV),
        c("mobile", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "intl": 0.2, "trunk": 0.2})),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, "au") for a, b in ppl]),
        c("street", "street_address", "VARCHAR", g.col(lambda: v.au_street(g))),
        c("suburb", "city", "VARCHAR", [s[0] for s in subs]),
        c("state", N, "VARCHAR", [s[1] for s in subs], "decoy"),
        c("postcode", "postal_code", "VARCHAR", [s[2] + g.digits(2) for s in subs]),
        c("super_fund", N, "VARCHAR", g.col(g.pick(["AustralianSuper", "REST", "Hostplus", "Cbus"]), 0.1),
          "business"),
        c("emergency_contact", "free_text", "VARCHAR",
          g.col(lambda: f"{v.whole(g, 'au')} ({g.rnd.choice(['partner', 'mum', 'brother'])}) "
                        f"{g.phone('AU', 'national')}", 0.3), MIXED),
        c("recruiter", "person_name", "VARCHAR", g.col(g.pick(recruiters)), STAFF),
        c("white_card", N, "VARCHAR", g.yn("Y", "N", 0.6), "decoy"),
        c("licence_class", N, "VARCHAR", g.col(g.pick(["C", "LR", "MR", "HR", "FL"]), 0.3), "decoy"),
        c("visa_subclass", N, "VARCHAR", g.col(g.pick(["417", "462", "482", "500"]), 0.6), "decoy"),
        c("pay_rate", N, "DECIMAL(6,2)", g.amounts(28, 55), "decoy"),
    ])


def labourhire_timesheets(g: Gen) -> Table:
    """The agency's weekly timesheets: timesheet id, ``worker_id`` (a join key), the client's site name, address and
    ABN (a business's: ``none``), the client's site supervisor (staff, first name only), week ending, hours, the
    approver's portal login (``unclassified``) and approval time, the import job (``none``) and shift notes naming
    people (``free_text``)."""
    sites = [(n, f"{g.rnd.randint(1, 90)} {r}", v.au_abn(g)) for n, r in [
        ("Westgate Logistics DC", "Boundary Rd"), ("Harbour Cold Stores", "Wharf St"),
        ("Sunrise Poultry Processing", "Industrial Dr"), ("Coastline Civil - Stage 2", "Motorway Ave")]]
    site = [g.rnd.randrange(len(sites)) for _ in range(g.rows)]
    sups = sorted({v.given(g, "au") for _ in range(12)})[:5]
    approvers = sorted({v.login(*v.person(g, "au"), i) for i in range(5)})

    def note() -> str:
        return g.rnd.choice(["Left early - sick", f"Swapped shift with {v.whole(g, 'au')}", "OT approved",
                             f"Buddy: {v.given(g, 'au')}", "Forklift ticket sighted"])

    return Table("labourhire.timesheets", "en", "snake", [
        c("timesheet_id", N, "INTEGER", g.keys(500_001), "decoy", KEY),
        c("worker_id", N, "INTEGER", g.ints(8_001, 8_450), "decoy", KEY),
        c("client_site", N, "VARCHAR", [sites[i][0] for i in site], "business"),
        c("site_address", N, "VARCHAR", [sites[i][1] for i in site], "business"),
        c("client_abn", N, "VARCHAR", [sites[i][2] for i in site], "business", SHAPE),
        c("site_supervisor", "first_name", "VARCHAR", g.col(g.pick(sups)), STAFF, ROLE),
        c("week_ending", N, "DATE", g.days("2025-07-06", "2026-01-25"), "decoy"),
        c("ord_hours", N, "DECIMAL(5,2)", g.floats(8, 38, 2), "decoy"),
        c("ot_hours", N, "DECIMAL(5,2)", g.floats(0, 12, 2), "decoy"),
        c("approved_by", USERNAME, "VARCHAR", g.col(g.pick(approvers), 0.1), USER, AUDIT),
        c("approved_at", N, "TIMESTAMP", g.moments("2025-07-07", "2026-01-27", 0.1), "decoy"),
        c("import_job", N, "VARCHAR", g.col(g.pick(["ts_sync_v2", "kiosk_upload"])), "decoy", AUDIT, SERVICE),
        c("shift_notes", "free_text", "VARCHAR", g.col(note, 0.55), HEAVY),
        c("row_hash", N, "VARCHAR", g.col(g.md5), "decoy", SHAPE),
    ])


def dogwalk_walks(g: Gen) -> Table:
    """A London dog-walking app's walks (camel case): walk id, owner id (a key), the owner's name and phone, the
    walker (many freelancers: ``person_name``) and walker's phone, the dog's name and breed (``none``), its microchip
    number (``none``), the pick-up address and postcode (the owner's home: tag ``premises``), the key-box code
    (``none``), start coordinates (``none``), times, price and tip, the sign-up IP and the owner's notes."""
    owners = [v.person(g, "gb") for _ in range(g.rows)]
    walkers = [(v.whole(g, "gb"), g.phone("GB", "national")) for _ in range(45)]
    w = [g.rnd.choice(walkers) for _ in range(g.rows)]
    dogs = ["Biscuit", "Bramble", "Pickle", "Nala", "Ziggy", "Bonnie", "Hugo", "Mabel", "Otis", "Pepper"]
    starts = g.moments("2025-05-01", "2026-01-31")

    def note() -> str:
        return g.rnd.choice(["Pulls on lead near the park", f"Neighbour {v.whole(g, 'gb')} has spare key",
                             "Don't let him off lead!", f"Call me on {g.phone('GB', 'national')} if late",
                             "Reactive to other dogs"])

    return Table("dogwalk.walks", "en", "camel", [
        c("walkId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("ownerId", N, "INTEGER", g.ints(1, 4_000), "decoy", KEY),
        c("ownerName", "person_name", "VARCHAR", [f"{a} {b}" for a, b in owners], ROLE),
        c("ownerPhone", "phone", "VARCHAR", g.phones("GB", {"e164": 0.7, "national": 0.3})),
        c("walkerName", "person_name", "VARCHAR", [x[0] for x in w], ROLE),
        c("walkerPhone", "phone", "VARCHAR", [x[1] for x in w]),
        c("dogName", N, "VARCHAR", g.col(g.pick(dogs)), "decoy"),
        c("breed", N, "VARCHAR", g.col(g.pick(["Cockapoo", "Labrador", "French Bulldog", "Whippet",
                                                "Staffordshire Bull Terrier", "Border Collie"])), "decoy"),
        c("microchipNo", N, "VARCHAR", g.col(lambda: v.microchip(g), 0.1), "decoy", SHAPE),
        c("pickupAddress", "street_address", "VARCHAR", g.col(lambda: v.gb_street(g)), PREMISES),
        c("pickupPostcode", "postal_code", "VARCHAR", g.col(lambda: v.gb_postcode(g, g.rnd.choice(
            ["SE", "SW", "N", "E", "NW"]))), PREMISES),
        c("keyboxCode", N, "VARCHAR", g.col(lambda: g.digits(4), 0.4), "decoy", CREDENTIAL),
        c("startLat", N, "DOUBLE", g.floats(51.42, 51.58, 6), "decoy"),
        c("startLng", N, "DOUBLE", g.floats(-0.25, 0.05, 6), "decoy"),
        c("startedAt", N, "TIMESTAMP", starts, "decoy"),
        c("endedAt", N, "TIMESTAMP", _later(g, starts, 30, 75), "decoy"),
        c("priceGbp", N, "DECIMAL(6,2)", g.amounts(12, 25), "decoy"),
        c("tipGbp", N, "DECIMAL(6,2)", g.amounts(0, 5), "decoy"),
        c("signupIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.35), 0.3)),
        c("ownerNotes", "free_text", "VARCHAR", g.col(note, 0.5)),
        c("appVersion", N, "VARCHAR", g.col(g.version), "decoy", SHAPE),
    ])


def wedding_photo_clients(g: Gen) -> Table:
    """An Irish wedding photographer's client bookings: both partners' names, e-mail and mobile, the couple's
    address and Eircode, the wedding date and venue (the venue's name and town: ``none``), package, deposit, the
    second shooter (staff), the gallery link and password (``none``) and the photographer's VAT number (``none``),
    enquiry notes (``free_text``)."""
    p1 = [v.person(g, "ie") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.IE_TOWNS) for _ in range(g.rows)]
    shooters = v.staff(g, 3, "ie")

    def note() -> str:
        return g.rnd.choice(["Found us on Instagram", f"Bride's sister {v.whole(g, 'ie')} organising surprise",
                             "Wants drone shots", f"Planner: {v.whole(g, 'ie')} {g.phone('IE', 'national')}"])

    return Table("photo.wedding_clients", "en", "snake", [
        c("booking_ref", N, "VARCHAR", [f"WED{26 - i % 2}-{i:03d}" for i in range(g.rows)], "decoy", SHAPE),
        c("partner_1", "person_name", "VARCHAR", [f"{a} {b}" for a, b in p1], ROLE),
        c("partner_2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ie"), 0.05), ROLE),
        c("contact_email", "email", "VARCHAR", [v.email_of(g, a, b, "ie") for a, b in p1]),
        c("contact_mobile", "phone", "VARCHAR", g.phones("IE", {"national": 0.6, "trunk": 0.2, "intl": 0.2})),
        c("home_address", "street_address", "VARCHAR", g.col(lambda: v.ie_street(g), 0.3)),
        c("home_eircode", "postal_code", "VARCHAR", [None if g.rnd.random() < 0.3 else
                                                     v.eircode(g, g.rnd.choice(t[2])) for t in towns]),
        c("wedding_date", N, "DATE", g.days("2025-04-01", "2027-09-30"), "decoy"),
        c("venue", N, "VARCHAR", g.col(g.pick(["Ballynahinch Castle", "The Twelve Hotel", "Tankardstown House",
                                                "Cliff at Lyons"])), "business"),
        c("venue_town", N, "VARCHAR", g.col(g.pick(["Recess", "Barna", "Slane", "Straffan"])), "business"),
        c("package", N, "VARCHAR", g.col(g.pick(["Full day", "Ceremony + portraits", "Elopement"])), "decoy"),
        c("deposit_eur", N, "DECIMAL(8,2)", g.amounts(300, 900), "decoy"),
        c("second_shooter", "person_name", "VARCHAR", g.col(g.pick(shooters), 0.3), STAFF),
        c("gallery_url", N, "VARCHAR", g.col(lambda: f"https://galleries.example/g/{g.code('xxxxxxxx')}", 0.4),
          "decoy"),
        c("gallery_pw", N, "VARCHAR", g.col(lambda: g.code("AAA9999"), 0.4), "decoy", CREDENTIAL),
        c("our_vat_no", N, "VARCHAR", g.col(g.pick(["IE3344556MH"])), "business", SHAPE),
        c("enquiry_notes", "free_text", "VARCHAR", g.col(note, 0.35)),
    ])


def studentlets_repairs(g: Gen) -> Table:
    """A UK student-lettings firm's repair tickets on a legacy system (SCREAMING): work-order number, property
    code, flat and room, the tenant's name, phone and e-mail, the tenant's date of birth hidden under ``FIELD_17``
    (``DD-MM-YYYY`` text), the issue description (tenants write names and numbers: ``free_text``), the contractor
    (``none``) and the technician (staff), priority, access flag and times, the created-by login."""
    ppl = [v.person(g, "gb") for _ in range(g.rows)]
    techs = v.staff(g, 5, "gb")
    reported = g.moments("2025-09-01", "2026-01-31")
    users = sorted({v.login(*v.person(g, "gb"), i).upper() for i in range(4)})

    def issue() -> str:
        return g.rnd.choice(["Boiler not firing, no hot water", "Mould in bathroom ceiling",
                             f"Leak from flat above - {v.whole(g, 'gb')} not answering",
                             f"Lock broken, ring me {g.phone('GB', 'national')}", "Washing machine error E21"])

    return Table("STUDENTLETS.REPAIR_TKT", "en", "screaming", [
        c("WO_NO", N, "VARCHAR", [f"WO{100_000 + i}" for i in range(g.rows)], "decoy", SHAPE),
        c("PROP_CD", N, "VARCHAR", g.col(g.pick(["LS6-HYD", "LS2-BLE", "S10-CRK", "BS7-GLO"])), "decoy"),
        c("FLAT_RM", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 12)}{g.rnd.choice('ABCDEF')}"), "decoy"),
        c("TENANT_NM", "person_name", "VARCHAR", [f"{b.upper()}, {a}" for a, b in ppl], ABBREV),
        c("CTC_PH", "phone", "VARCHAR", g.phones("GB", {"trunk": 0.6, "intl": 0.4}, 1.0, 0.05), ABBREV),
        c("CTC_EMAIL", "email", "VARCHAR", [v.email_of(g, a, b, "gb") for a, b in ppl], ABBREV),
        c("FIELD_17", "date_of_birth", "VARCHAR", g.col(lambda: g.birth(1998, 2007).strftime("%d-%m-%Y"), 0.2),
          OPAQUE, MISLEADING),
        c("ISSUE_DESC", "free_text", "VARCHAR", g.col(issue)),
        c("CONTRACTOR", N, "VARCHAR", g.col(g.pick(["Aire Valley Plumbing Ltd", "Sparks Electrical",
                                                     "Yorkshire Damp Co"]), 0.4), "business"),
        c("TECH_NM", "person_name", "VARCHAR", g.col(g.pick(techs), 0.2), STAFF, ABBREV),
        c("PRIORITY", N, "VARCHAR", g.col(g.pick(["P1", "P2", "P3", "P4"])), "decoy"),
        c("ACCESS_OK", N, "VARCHAR", g.yn("Y", "N", 0.7), "decoy"),
        c("RPT_DT", N, "TIMESTAMP", reported, "decoy"),
        c("CLOSED_DT", N, "TIMESTAMP", _later(g, reported, 60, 20_000, 0.3), "decoy"),
        c("CRT_USER", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, AUDIT),
        c("NOTES2", N, "VARCHAR", g.col(g.pick(["RECHARGE", "WARRANTY", "INSURANCE", "BAU"]), 0.3), "decoy",
          OPAQUE),
    ])


def legacy_cust_master(g: Gen) -> Table:
    """A US furniture retailer's legacy customer master (abbreviated snake case): names as ``cust_fnm`` and
    ``cust_lnm``, address lines, city, state and ZIP+4, contact phone, the e-mail hidden under ``misc_1``, birth
    date as ``MM/DD/YYYY`` text in ``dob_dt``, SSN for the store-credit application (mostly NULL), the store card
    number kept in clear (Luhn), ``notes2`` (``free_text``), ``code`` (a customer class: ``none``) and a hash."""
    ppl = [v.person(g) for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Deliver after 5pm", f"Wife {v.whole(g)} will sign", "Do not call - email only",
                             f"Alt ph {g.phone('US', 'dashes')}", "Returned recliner 3/2024"])

    return Table("legacy_crm.cust_master", "en", "snake", [
        c("cust_no", N, "INTEGER", g.keys(1_000_001), "decoy", KEY),
        c("cust_fnm", "first_name", "VARCHAR", [a.upper() for a, _ in ppl], ABBREV),
        c("cust_lnm", "last_name", "VARCHAR", [b.upper() for _, b in ppl], ABBREV),
        c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.us_street(g).upper()), ABBREV),
        c("addr_ln2", "street_address", "VARCHAR", g.col(lambda: f"APT {g.rnd.randint(1, 300)}", 0.8), ABBREV,
          HEAVY),
        c("cty", "city", "VARCHAR", [p[0].upper() for p in places], ABBREV),
        c("st", N, "VARCHAR", [p[1] for p in places], "decoy", ABBREV),
        c("zip4", "postal_code", "VARCHAR", [v.us_zip(g, p[2], 0.85) for p in places], ABBREV),
        c("ctc_ph", "phone", "VARCHAR", g.phones("US", {"digits": 0.6, "dashes": 0.4}, 0.5, 0.05), ABBREV),
        c("misc_1", "email", "VARCHAR", _null(g, [v.email_of(g, a, b) for a, b in ppl], 0.3), MISLEADING, OPAQUE),
        c("dob_dt", "date_of_birth", "VARCHAR", g.col(lambda: g.birth(1940, 2004).strftime("%m/%d/%Y"), 0.25),
          ABBREV),
        c("ssn", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.5), 0.82), HEAVY),
        c("card_no", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.55), HEAVY),
        c("card_exp", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 12):02d}/{g.rnd.randint(26, 31)}", 0.55),
          "decoy"),
        c("code", N, "VARCHAR", g.col(g.pick(["R", "P", "VIP", "EMP", "X"])), "decoy", OPAQUE),
        c("notes2", "free_text", "VARCHAR", g.col(note, 0.4), OPAQUE),
        c("last_pur_dt", N, "DATE", g.days("2015-01-01", "2025-12-31"), "decoy"),
        c("rec_hash", N, "VARCHAR", g.col(lambda: v.sha1(g)), "decoy", SHAPE),
    ])


def ap_suppliers(g: Gen) -> Table:
    """A UK accounts-payable supplier file: supplier code, company name, Companies House number and VAT number
    (``none``), the registered address, town and postcode and switchboard (business: ``none``), the remittance
    IBAN (a company's account: ``none``), the named contact at the supplier (``person_name``) and the contact's own
    e-mail (``email``), payment terms, the last invoice number and amount."""
    names = ["Pennine Office Supplies Ltd", "Calder Valley Catering Ltd", "Humber Print & Post Ltd",
             "Aire Facilities Management Ltd", "Wharfedale IT Services Ltd", "Brontë Cleaning Co Ltd",
             "Kirkstall Signage Ltd", "Holme Moss Logistics Ltd"]
    estates = ["Thorp Arch Estate", "Cross Green Industrial Park", "Sheaf Business Centre"]
    rows = [(n, g.code("0" + "9999999"), v.gb_vat(g), f"Unit {g.rnd.randint(1, 30)}, {g.rnd.choice(estates)}",
             g.rnd.choice(v.GB_TOWNS), v.iban(g, "GB"), v.office_phone(g, "GB")) for n in names]
    pick = [g.rnd.choice(rows) for _ in range(g.rows)]
    contacts = [v.person(g, "gb") for _ in range(g.rows)]

    def domain(company: str) -> str:
        return v.plain(company.split()[0]) + ".co.uk"

    return Table("ap.suppliers", "en", "snake", [
        c("supplier_code", N, "VARCHAR", [f"S{i:05d}" for i in range(g.rows)], "decoy", KEY),
        c("supplier_name", N, "VARCHAR", [r[0] for r in pick], "business"),
        c("company_number", N, "VARCHAR", [r[1] for r in pick], "business", SHAPE),
        c("vat_number", N, "VARCHAR", [r[2] for r in pick], "business", SHAPE),
        c("registered_address", N, "VARCHAR", [r[3] for r in pick], "business"),
        c("town", N, "VARCHAR", [r[4][0] for r in pick], "business"),
        c("postcode", N, "VARCHAR", [v.gb_postcode(g, r[4][1][0]) for r in pick], "business"),
        c("switchboard", N, "VARCHAR", [r[6] for r in pick], "business"),
        c("remit_iban", N, "VARCHAR", [r[5] for r in pick], "business", SHAPE),
        c("contact_name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in contacts], ROLE),
        c("contact_email", "email", "VARCHAR", [f"{v.plain(a)}.{v.plain(b)}@{domain(r[0])}"
                                                for (a, b), r in zip(contacts, pick)]),
        c("payment_terms", N, "VARCHAR", g.col(g.pick(["30 days", "60 days", "EOM+30"])), "decoy"),
        c("last_invoice_no", N, "VARCHAR", g.col(lambda: g.code("INV-99999")), "decoy", SHAPE),
        c("last_invoice_amt", N, "DECIMAL(10,2)", g.amounts(40, 18_000), "decoy"),
        c("approved_by_id", N, "INTEGER", g.ints(10, 40), "decoy", KEY),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (youth_league_players, 640), (funeral_arrangements, 260), (charity_volunteers, 520), (dealer_deals, 900),
    (gp_patients, 1_400), (creditunion_members, 1_100), (ie_energy_accounts, 1_000), (labourhire_workers, 450),
    (labourhire_timesheets, 1_800), (dogwalk_walks, 1_300), (wedding_photo_clients, 220),
    (studentlets_repairs, 700), (legacy_cust_master, 800), (ap_suppliers, 300),
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
