"""Held-out set v44 for the column classifier: 14 tables of *licences, permits and registers kept by public bodies
and regulated trades*, one system and one language per table, five with English column names and nine with German,
French, Spanish, Italian, Dutch, Polish, Portuguese, Swedish and romanized Japanese ones, in snake, camel, Pascal and
SCREAMING case: a rural UK police force's firearm and shotgun certificate register, an Ohio pharmacy chain's
controlled-substance dispensations uploaded to the state prescription-monitoring program (``pmp.dispensations``), a
UK prison's social-visits log (``NOMIS.VISITOR_LOG``), an Ohio common pleas court's hearing calendar, an Ohio
lottery's prize-claim register, a Lower Bavarian town's dog-tax register (``ordnungsamt.hunderegister``: keeper vs
dog), a Lozère hunters' federation's licence validations (``fdc48.validations_permis``), an Andalusian town's
street-market stall licences (``mercadillos.licenciasVentaAmbulante``), a Piedmont public vehicle register (PRA:
keeper, plate, VIN), an Overijssel notary's deed register (``notariaat.repertorium``), a Polish district court's
hearing list (``sr_tarnow.wokanda``), a Portuguese civil registry's marriage records, a Swedish agency's taxi-driver
ID register (``transportstyrelsen.taxiforarleg``) and a Gunma secondhand dealer's ledger kept under the
Secondhand Articles Dealer Act (``kobutsu.torihiki_daicho``, kanji and katakana values).

Written **blind**, like v2 to v43: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the *structure* and labeling conventions of
v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test, ``tests/heldout_support.py``; the writer and summary of
``heldout_v4.py`` it imports), the module docstrings of v24 to v43 (to avoid their domains and follow their labeling
conventions) and the ``Column``/``Table`` classes they build on. The classifier was not run on this set while it was
written, no scorer was run on it, and no score of any set was looked at: nothing here was adjusted to what the
classifier does. It was written under a short deadline (40 minutes, the tests and lint included), so some labels
below are quick decisions rather than settled conventions. It imports no earlier set's value module: its random
source, name lists (large pools per language, so that a column of hundreds of people holds hundreds of names; staff
columns hold two to five people), streets, towns, postal codes and identifier builders are its own
(:mod:`benchmarks.classification.heldout_v44_values`; the generic ``Gen`` helpers were copied from v27's).

What is new against v2 to v43:

* registers of public bodies and regulated trades v24 to v43 did not have (v25 had a county's building permits, v26 a
  blood bank and a court's e-filing, v39 resident parking permits, v42 a forklift licence register): firearm
  certificates, a prescription-monitoring upload, prison visits, hearing calendars of two courts, lottery prize
  claims, a dog-tax register, hunting-licence validations, market-stall licences, a vehicle register, a notary's deed
  register, marriage records, taxi-driver IDs and a secondhand dealer's ledger;
* decoys (tag ``decoy``; ``value_shape`` when shaped like an identifier or personal value; ``permit_number`` for
  permit, certificate, case, deed and record numbers): certificate, licence, validation, case (``2025 CV 04512``,
  ``I C 1234/25``), deed and record numbers, prison numbers and cell locations, ticket serials, prescription numbers,
  NDCs, a prescriber's NPI (Luhn over ``80840``) and DEA number (its own check digit) and an attorney's bar number
  (tag ``professional_id``), dog tag and microchip numbers, a dog's name, breed and year of birth (tag ``animal``),
  plates and VINs (ISO 3779 check digit) of keepers' own cars (tag ``vehicle``), a Dutch cadastral designation and
  the parcel's coordinates, a Kassenzeichen, insurance policy numbers, fees, taxes, prices and prizes, dates of
  issue, expiry, hearing, visit, fill, draw and marriage (tag ``event_date``), GUIDs, a deed hash, enum statuses;
* identifiers of persons: a US SSN (``ssn``), the Spanish DNI and NIE, the Italian codice fiscale (the row's name,
  birth date and comune), the Dutch BSN, PESEL (the row's birth date and sex), the Portuguese NIF and the Swedish
  personnummer (the row's birth date), all with check digits via python-stdnum; a DVLA driving-licence number
  (encoding the surname and birth date), a UK passport number, an Ohio state ID and a Japanese driving-licence number
  (no check digit); German and Spanish IBANs; phones of ten countries (phonenumbers) in national, international,
  E.164, dashed and digit forms; IPv4 and IPv6 addresses of online applications;
* dates of birth as ``DATE``, ``dd.mm.yyyy``, ``dd/mm/yyyy``, ``mm/dd/yyyy``, ``dd-mm-yyyy`` and ``yyyy-mm-dd``
  text, ``yyyymmdd`` integers and Japanese era dates (``昭和58年3月12日``, tag ``era_year``);
* misleading names (``misc1`` an e-mail, ``Misc2`` a phone, ``feld_3`` a mobile, ``campoX`` a mobile, ``pole_2`` an
  e-mail) and opaque ones (``c17`` a landline, ``f_08`` a home phone).

Labeling choices a reader may question:

* a keeper's own plate (``targa``, a visitor's ``VEHICLE_REG``) and VIN (``telaio``) are ``none`` (tags ``decoy``,
  ``vehicle``), as in v39 and v40: no kind fits a plate, though the vehicle register leads to its keeper;
* permit, certificate, licence, validation and taxi-ID card numbers are ``none`` (tag ``permit_number``): they
  number a permit, not a person, like v27's policy and card numbers; a prison number is ``none`` too (a register's
  key); a driving-licence, passport, state-ID or Japanese licence number written as proof of identity is
  ``national_id``, as in v40 and v42;
* a prescriber's NPI and DEA number and an attorney's bar number are ``none`` (tag ``professional_id``): they
  register a practitioner's professional capacity, like a business's identifiers; the prescriber's names are
  ``first_name``/``last_name`` (tag ``role_word``), the attorneys' names ``person_name`` and their work e-mail
  ``email`` (it reaches one named person, as in v41); law firms, their phones and NIPs, GP surgeries, insurers,
  retailers, estate agents, taxi companies, leasing companies (their partita IVA) and the secondhand dealer's
  licence and corporate number are ``none`` (tag ``business``);
* a dog's name, breed and chip number are ``none`` (tag ``animal``), as v39 labeled a pet's name and microchip;
* staff (firearms enquiry officers, pharmacists, visits and search officers, judges, court reporters and recorders,
  lottery clerks, town-hall clerks, a notary and candidate notaries, registrars, case officers, a dealer's staff) are
  ``person_name`` (tag ``staff``); the French federation's clerk, written by first name only, is ``first_name``;
  logins of technicians and clerks are ``unclassified`` (tag ``username``), as in v27; a claim-portal session token
  is ``none`` (tag ``credential``); the last four digits of an SSN are ``none`` (tag ``partial``);
* a plaintiff column holding mostly people and some ``State of Ohio`` and debt-buyer rows is ``person_name``;
  children's first names with their ages (``Isla (4); Hamish (7)``) are ``first_name`` (tag ``multi_value``); a
  spouse's parents (``father; mother``) and the witnesses, several full names in a cell, are ``person_name`` (tag
  ``multi_value``); a katakana reading of a name (``furigana``) is ``person_name``;
* a seller's age in years is ``none``; counties, states, provinces, départements and prefectures are ``none``; a
  birthplace and a post town are ``city``; a PEC address is ``email``;
* remarks, notes, observations and ``biko`` name people in some rows and are ``free_text``.

``null_heavy`` means 50-90% NULL. Every value is generated here from :data:`SEED` (one ``random.Random`` per table,
named after its builder) with python-stdnum for check digits, phonenumbers for phone validity and formats, and the
lists of :mod:`benchmarks.classification.heldout_v44_values`, written for v44 (no Faker, no list of real people).
Build: ``python -m benchmarks.classification.heldout_v44 [PATH]`` (default ``/tmp/heldout_v44.duckdb``). Score:
``python -m benchmarks.classification.heldout_v2_accuracy --set v44``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v44_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v44_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v44.duckdb")

HEAVY = "null_heavy"  # 50-90% NULL
SHAPE = "value_shape"
MISLEADING = "misleading"
OPAQUE = "opaque"
STAFF = "staff"  # clerks, officers, judges, pharmacists: few distinct people
ROLE = "role_word"  # people under a role word (referee, prescriber, plaintiff, comparant, witness ...)
ABBREV = "abbrev"
USER = "username"
KEY = "join_key"
BUSINESS = "business"
PARTIAL = "partial"
CREDENTIAL = "credential"
VEHICLE = "vehicle"  # a keeper's own plate or VIN (none, as in v39/v40)
ANIMAL = "animal"  # a dog's name, chip number, breed (none)
PERMIT = "permit_number"  # a permit, licence, certificate, case or deed number (none)
PROFESSIONAL = "professional_id"  # a prescriber's NPI or DEA number, a lawyer's bar number (none)
EVENT = "event_date"  # a date of issue, expiry, hearing, visit, marriage ... (none)
DOB_TEXT = "dob_text"
DOB_INT = "dob_int"
ERA = "era_year"
MULTI = "multi_value"


def _staff(g: Gen, n: int, make: Callable[[Gen], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _logins(g: Gen, n: int, lang: str, style: int) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.login(*v.person(g, lang), style))
    return sorted(out)


def _blank(values: list, null: float, g: Gen) -> list:
    return [None if g.rnd.random() < null else x for x in values]


def _dmy(d: date, sep: str) -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def _era(d: date) -> str:
    """A Japanese era date: 昭和 until 1989-01-07, 平成 until 2019-04-30 (元年 for the first year)."""
    if d < date(1989, 1, 8):
        era, year = "昭和", d.year - 1925
    elif d < date(2019, 5, 1):
        era, year = "平成", d.year - 1988
    else:
        era, year = "令和", d.year - 2018
    return f"{era}{'元' if year == 1 else year}年{d.month}月{d.day}日"


# -- English: a UK police force's firearms licensing, a US state's prescription-monitoring upload, a UK prison's visits,
# -- a US county court's hearing calendar, a US state lottery's prize claims ------------------------------------------


def uk_firearms(g: Gen) -> Table:
    """A rural UK police force's firearm and shotgun certificate register: certificate number and type, the holder's
    names, birth date and place, home address, town, county (``none``), postcode, phones, e-mail, DVLA
    driving-licence number, the GP surgery and its phone (``business``), a counter-signatory referee, the firearms
    enquiry officer (few), dates of issue and expiry, the fee, the online application's IP address, the application
    GUID and remarks naming people (mostly NULL)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.18
        a, b = v.person(g, "uk", female)
        born = g.birth(1945, 2005)
        rows.append((a, b, born, v.uk_driving_licence(g, b, a, born, female)))
    towns = [g.rnd.choice(v.UK_TOWNS) for _ in range(g.rows)]
    officers = _staff(g, 4, lambda x: f"PC {v.whole(x, 'uk')}")
    surgeries = [f"{t[0]} {s}" for t in v.UK_TOWNS[:6] for s in ("Medical Practice", "Health Centre")]
    issued = g.days("2020-01-01", "2025-11-30")

    def remark() -> str:
        return g.rnd.choice([f"Partner {v.whole(g, 'uk')} interviewed re cabinet keys",
                             f"Land permission from {v.whole(g, 'uk')}, Home Farm", "GP confirmed no relevant conditions",
                             f"Referee {v.given(g, 'uk')} is a cousin, second referee requested",
                             "Cabinet inspected, bolted to solid wall"])

    return Table("firearms_licensing.certificate_holders", "en", "snake", [
        c("application_guid", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, SHAPE),
        c("certificate_no", N, "VARCHAR", g.col(lambda: g.code("FAC/CUM/99999")), "decoy", SHAPE, PERMIT),
        c("certificate_type", N, "VARCHAR", g.col(g.pick(["FAC", "SGC", "FAC+SGC"])), "decoy"),
        c("holder_surname", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("holder_forenames", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("date_of_birth", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("place_of_birth", "city", "VARCHAR", g.col(lambda: g.rnd.choice(v.UK_TOWNS)[0], 0.1)),
        c("home_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, "uk"))),
        c("town", "city", "VARCHAR", [t[0] for t in towns]),
        c("county", N, "VARCHAR", [t[1] for t in towns], "decoy"),
        c("postcode", "postal_code", "VARCHAR", [v.uk_postcode(g, t[2]) for t in towns]),
        c("home_phone", "phone", "VARCHAR", g.phones("GB", {"national": 0.8, "intl": 0.2}, 0.0, 0.35)),
        c("mobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.5, "e164": 0.3, "intl": 0.2}, 1.0, 0.1)),
        c("email", "email", "VARCHAR", _blank([v.email_of(g, r[0], r[1], v.DOMAINS["uk"]) for r in rows], 0.2, g)),
        c("driving_licence_no", "national_id", "VARCHAR", _blank([r[3] for r in rows], 0.3, g)),
        c("gp_practice", N, "VARCHAR", g.col(g.pick(surgeries)), BUSINESS),
        c("gp_phone", N, "VARCHAR", g.col(lambda: g.rnd.choice(["01539 720241", "01768 862421", "01434 602237",
                                                                 "01756 792761", "01584 872939"])), BUSINESS),
        c("referee_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "uk"), 0.15), ROLE),
        c("enquiry_officer", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
        c("issue_date", N, "DATE", issued, "decoy", EVENT),
        c("expiry_date", N, "DATE", [d.replace(year=d.year + 5) if d.month != 2 or d.day != 29 else
                                     d.replace(year=d.year + 5, day=28) for d in issued], "decoy", EVENT),
        c("fee_gbp", N, "DECIMAL(6,2)", g.col(g.pick([88.0, 79.5, 49.0, 198.0])), "decoy"),
        c("submitted_from_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.35)),
        c("remarks", "free_text", "VARCHAR", g.col(remark, 0.7), HEAVY),
    ])


def us_pmp(g: Gen) -> Table:
    """An Ohio pharmacy chain's controlled-substance dispensations as uploaded to the state prescription-monitoring
    program (camelCase): prescription number, pharmacy NPI and DEA number (``business``), the patient's names, birth
    date as a ``yyyymmdd`` integer, address, city, ZIP and phone, the state ID number (mostly NULL), the last four
    digits of the SSN (``partial``), the prescriber's names, NPI and DEA number, the NDC and drug, quantities, the
    fill date, the pharmacist on duty (few), the technician's login, the payment type, the person picking up when it is
    not the patient (mostly NULL), and ``misc1`` holding the patient's e-mail (misleading)."""
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    births = g.births(1935, 2007)
    cities = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    prescribers = [(v.person(g, "us"), v.npi(g)) for _ in range(60)]
    pres = [g.rnd.choice(prescribers) for _ in range(g.rows)]
    pharmacists = _staff(g, 5, lambda x: f"{v.whole(x, 'us')}, RPh")
    techs = _logins(g, 4, "us", 0)
    pharmacies = [(v.npi(g), f"F{g.rnd.choice('ABC')}{g.digits(7)}") for _ in range(3)]
    ph = [g.rnd.choice(pharmacies) for _ in range(g.rows)]
    drugs = [("00406-0552-01", "Oxycodone HCl 5 mg"), ("00591-0349-01", "Hydrocodone/APAP 10-325"),
             ("00555-0953-02", "Alprazolam 0.5 mg"), ("00093-5277-01", "Amphetamine salts 20 mg"),
             ("00228-2062-11", "Tramadol 50 mg"), ("00054-4571-25", "Lorazepam 1 mg")]
    drug = [g.rnd.choice(drugs) for _ in range(g.rows)]
    pickup = [None if g.rnd.random() < 0.75 else v.whole(g, "us") for _ in range(g.rows)]
    return Table("pmp.dispensations", "en", "camel", [
        c("rxNumber", N, "VARCHAR", g.col(lambda: g.code("RX9999999")), "decoy", SHAPE),
        c("pharmacyNpi", N, "VARCHAR", [p[0] for p in ph], BUSINESS, SHAPE),
        c("pharmacyDea", N, "VARCHAR", [p[1] for p in ph], BUSINESS, SHAPE),
        c("patientFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("patientLastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("patientDob", "date_of_birth", "INTEGER", [int(d.strftime("%Y%m%d")) for d in births], DOB_INT),
        c("patientAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, "us"))),
        c("patientCity", "city", "VARCHAR", [x[0] for x in cities]),
        c("patientState", N, "VARCHAR", [x[1] for x in cities], "decoy"),
        c("patientZip", "postal_code", "VARCHAR", [x[2] + g.digits(2) for x in cities]),
        c("patientPhone", "phone", "VARCHAR", g.phones("US", {"digits": 0.6, "dashes": 0.4}, 0.9, 0.1)),
        c("patientIdQualifier", N, "VARCHAR", g.col(g.pick(["06", "07", "99"])), "decoy"),
        c("patientIdNumber", "national_id", "VARCHAR", g.col(lambda: g.code("AA999999"), 0.6), HEAVY),
        c("patientSsnLast4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.3), "decoy", PARTIAL),
        c("prescriberFirstName", "first_name", "VARCHAR", [p[0][0] for p in pres], ROLE),
        c("prescriberLastName", "last_name", "VARCHAR", [p[0][1] for p in pres], ROLE),
        c("prescriberNpi", N, "VARCHAR", [p[1] for p in pres], "decoy", SHAPE, PROFESSIONAL),
        c("prescriberDea", N, "VARCHAR", [v.dea_number(g, p[0][1]) for p in pres], "decoy", SHAPE, PROFESSIONAL),
        c("ndc", N, "VARCHAR", [d[0] for d in drug], "decoy", SHAPE, ABBREV),
        c("drugName", N, "VARCHAR", [d[1] for d in drug], "decoy"),
        c("quantityDispensed", N, "INTEGER", g.col(g.pick([10, 20, 28, 30, 60, 90])), "decoy"),
        c("daysSupply", N, "INTEGER", g.col(g.pick([5, 7, 14, 30])), "decoy"),
        c("dateFilled", N, "DATE", g.days("2025-07-01", "2025-12-15"), "decoy", EVENT),
        c("pharmacistOnDuty", "person_name", "VARCHAR", g.col(g.pick(pharmacists)), STAFF),
        c("enteredBy", USERNAME, "VARCHAR", g.col(g.pick(techs)), USER),
        c("paymentType", N, "VARCHAR", g.col(g.pick(["01-Private", "02-Medicaid", "04-Cash", "05-Medicare"])),
          "decoy"),
        c("pickupPersonName", "person_name", "VARCHAR", pickup, HEAVY, ROLE),
        c("misc1", "email", "VARCHAR", g.col(lambda: v.email(g, "us"), 0.4), MISLEADING),
    ])


def uk_prison_visits(g: Gen) -> Table:
    """A UK prison's social-visits log (SCREAMING case): the visit, date and slot, the prison number (``none``) and
    the prisoner's name written ``SURNAME, Forename``, the cell location, the visitor's names, birth date as
    ``dd/mm/yyyy`` text, relationship, address, postcode, town, phone, ID document type and number (passport or
    driving licence: ``national_id``), the visitor's car registration (``none``, as in v39/v40), the children
    accompanying (first names, several in a cell, mostly NULL), the visits and search officers (few), a ban flag and
    remarks naming people."""
    prisoners = []
    for _ in range(120):
        a, b = v.person(g, "uk", False)
        prisoners.append((g.code("A9999AA"), f"{b.upper()}, {a}", g.code("A-9-999")))
    pr = [g.rnd.choice(prisoners) for _ in range(g.rows)]
    visitors = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.65
        a, b = v.person(g, "uk", female)
        born = g.birth(1950, 2006)
        doc = g.rnd.choice(["PASSPORT", "DRIVING LICENCE", "PASSPORT"])
        num = g.digits(9, "0123456789") if doc == "PASSPORT" else v.uk_driving_licence(g, b, a, born, female)
        visitors.append((a, b, born, doc, num))
    towns = [g.rnd.choice(v.UK_TOWNS) for _ in range(g.rows)]
    officers = _staff(g, 5, lambda x: f"{v.person(x, 'uk')[1].upper()} {v.given(x, 'uk')[0]}")

    def children() -> str | None:
        if g.rnd.random() < 0.7:
            return None
        return "; ".join(f"{v.given(g, 'uk')} ({g.rnd.randint(1, 15)})" for _ in range(g.rnd.randint(1, 3)))

    def remark() -> str:
        return g.rnd.choice([f"Visitor asked after {v.whole(g, 'uk')} on B wing", "Passed item at table, warned",
                             f"Brought sister {v.given(g, 'uk')} not on VO, refused entry", "Late arrival",
                             "Dog indicated, closed visit offered"])

    return Table("NOMIS.VISITOR_LOG", "en", "screaming", [
        c("VISIT_ID", N, "BIGINT", g.keys(3_400_001), "decoy", KEY),
        c("VISIT_DATE", N, "DATE", g.days("2025-06-01", "2025-12-15"), "decoy", EVENT),
        c("SLOT", N, "VARCHAR", g.col(g.pick(["AM1", "AM2", "PM1", "PM2", "EVE"])), "decoy"),
        c("PRISON_NO", N, "VARCHAR", [p[0] for p in pr], "decoy", SHAPE),
        c("PRISONER_NAME", "person_name", "VARCHAR", [p[1] for p in pr], ROLE),
        c("CELL_LOC", N, "VARCHAR", [p[2] for p in pr], "decoy", ABBREV),
        c("VISITOR_SURNAME", "last_name", "VARCHAR", [x[1].upper() for x in visitors]),
        c("VISITOR_FORENAME", "first_name", "VARCHAR", [x[0] for x in visitors]),
        c("VISITOR_DOB", "date_of_birth", "VARCHAR", [_dmy(x[2], "/") for x in visitors], DOB_TEXT, ABBREV),
        c("RELATIONSHIP", N, "VARCHAR", g.col(g.pick(["WIFE", "PARTNER", "MOTHER", "FRIEND", "SISTER", "FATHER"])),
          "decoy"),
        c("VISITOR_ADDR", "street_address", "VARCHAR", g.col(lambda: v.street(g, "uk").upper()), ABBREV),
        c("VISITOR_POSTCODE", "postal_code", "VARCHAR", [v.uk_postcode(g, t[2]) for t in towns]),
        c("VISITOR_TOWN", "city", "VARCHAR", [t[0].upper() for t in towns]),
        c("VISITOR_TEL", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "digits": 0.4}, 0.9, 0.15), ABBREV),
        c("ID_DOC_TYPE", N, "VARCHAR", [x[3] for x in visitors], "decoy"),
        c("ID_DOC_NO", "national_id", "VARCHAR", [x[4] for x in visitors]),
        c("VEHICLE_REG", N, "VARCHAR", g.col(lambda: g.code("AA99 AAA"), 0.45), "decoy", SHAPE, VEHICLE),
        c("CHILDREN_NAMES", "first_name", "VARCHAR", [children() for _ in range(g.rows)], HEAVY, MULTI),
        c("VISITS_OFFICER", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
        c("SEARCH_OFFICER", "person_name", "VARCHAR", g.col(g.pick(officers[:3])), STAFF),
        c("BANNED_FLAG", N, "VARCHAR", g.yn("Y", "N", 0.03), "decoy"),
        c("REMARKS", "free_text", "VARCHAR", g.col(remark, 0.72), HEAVY),
    ])


def us_court_calendar(g: Gen) -> Table:
    """A county common pleas court's hearing calendar (PascalCase): hearing id, case number and type, date and time,
    courtroom, the judge and court reporter (few), plaintiff (people, the State of Ohio and a few debt buyers) and
    defendant, the defendant's birth date (criminal cases only: mostly NULL), address and ZIP, the plaintiff's
    attorney (``person_name``), bar number (``none``), firm and firm phone (``business``), the attorney's work
    e-mail, an interpreter language, the outcome, ``Misc2`` holding the defendant's phone (misleading) and notes."""
    judges = _staff(g, 4, lambda x: f"Hon. {v.whole(x, 'us')}")
    reporters = _staff(g, 3, lambda x: v.whole(x, "us"))
    firms = [("Kincaid & Overholt LLP", "(614) 555-0142", "kincaidoverholt.com"),
             ("Buckeye Legal Aid Society", "(614) 555-0177", "buckeyelegalaid.org"),
             ("Pruitt Jessup Co., LPA", "(937) 555-0119", "pruittjessup.com"),
             ("Scioto Valley Law Group", "(740) 555-0163", "sciotolaw.com")]
    lawyers = [(v.person(g, "us"), g.rnd.choice(firms), f"{g.rnd.randint(1, 99):04d}{g.digits(3)}") for _ in range(30)]
    lw = [g.rnd.choice(lawyers) for _ in range(g.rows)]
    kinds = [g.rnd.choice(["CV", "CV", "CR", "DR"]) for _ in range(g.rows)]
    cities = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]

    def plaintiff(k: str) -> str:
        if k == "CR":
            return "State of Ohio"
        if g.rnd.random() < 0.12:
            return g.rnd.choice(["Midland Funding LLC", "Capital One, N.A."])
        return v.whole(g, "us")

    def note() -> str:
        return g.rnd.choice(["Continued at request of defense", f"Witness {v.whole(g, 'us')} to appear by video",
                             "Pro se defendant advised of rights", f"GAL {v.whole(g, 'us')} appointed",
                             "Settled prior to hearing", "Bench warrant issued"])

    return Table("CourtCalendar.HearingSchedule", "en", "pascal", [
        c("HearingId", N, "BIGINT", g.keys(880_001), "decoy", KEY),
        c("CaseNumber", N, "VARCHAR", [f"2025 {k} {g.digits(5)}" for k in kinds], "decoy", SHAPE, PERMIT),
        c("CaseType", N, "VARCHAR", kinds, "decoy"),
        c("HearingDateTime", N, "TIMESTAMP", g.moments("2025-09-01", "2026-02-27"), "decoy", EVENT),
        c("Courtroom", N, "VARCHAR", g.col(g.pick(["4A", "4B", "6C", "7A"])), "decoy"),
        c("JudgeName", "person_name", "VARCHAR", g.col(g.pick(judges)), STAFF),
        c("CourtReporter", "person_name", "VARCHAR", g.col(g.pick(reporters)), STAFF),
        c("PlaintiffName", "person_name", "VARCHAR", [plaintiff(k) for k in kinds], ROLE),
        c("DefendantName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "us")), ROLE),
        c("DefendantDob", "date_of_birth", "DATE", [g.birth(1950, 2006) if k == "CR" and g.rnd.random() < 0.9
                                                    else None for k in kinds], HEAVY),
        c("DefendantAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, "us"), 0.1)),
        c("DefendantZip", "postal_code", "VARCHAR", [x[2] + g.digits(2) for x in cities]),
        c("PlaintiffAttorney", "person_name", "VARCHAR", [f"{x[0][0]} {x[0][1]}, Esq." for x in lw], ROLE),
        c("AttorneyBarNo", N, "VARCHAR", [x[2] for x in lw], "decoy", SHAPE, PROFESSIONAL),
        c("AttorneyFirm", N, "VARCHAR", [x[1][0] for x in lw], BUSINESS),
        c("AttorneyFirmPhone", N, "VARCHAR", [x[1][1] for x in lw], BUSINESS),
        c("AttorneyEmail", "email", "VARCHAR", [f"{v.plain(x[0][0])[0]}{v.plain(x[0][1])}@{x[1][2]}" for x in lw]),
        c("InterpreterLanguage", N, "VARCHAR", g.col(g.pick(["Spanish", "Somali", "Nepali", "ASL"]), 0.6), "decoy"),
        c("Outcome", N, "VARCHAR", g.col(g.pick(["Held", "Continued", "Dismissed", "Settled", "FTA"])), "decoy"),
        c("Misc2", "phone", "VARCHAR", g.phones("US", {"dashes": 0.7, "national": 0.3}, 0.9, 0.3), MISLEADING),
        c("Notes", "free_text", "VARCHAR", g.col(note, 0.35)),
    ])


def us_lottery_claims(g: Gen) -> Table:
    """A US state lottery's prize-claim register for prizes paid at its claim centres: claim id, ticket serial,
    game, draw date, prize and withholding, the claimant's names, SSN (for the W-2G), birth date as ``mm/dd/yyyy``
    text, address, city, state (``none``), ZIP (some ZIP+4), phone and e-mail, the publicity consent, the selling
    retailer (``business``), the validating clerk (few), the payment method and cheque number, a claim-portal session
    token (``credential``) and notes naming people."""
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    births = g.births(1930, 2006)
    cities = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    clerks = _staff(g, 4, lambda x: v.whole(x, "us"))
    retailers = ["Speedway #4412", "Marathon Food Mart", "Kroger 0931", "Circle K 2710", "Giant Eagle 6603"]

    def note() -> str:
        return g.rnd.choice(["Claimed with spouse present", f"Split with co-worker {v.whole(g, 'us')}, separate claim",
                             "Child support intercept checked: none", f"Power of attorney held by {v.whole(g, 'us')}",
                             "Ticket damaged, serial verified manually"])

    return Table("lottery.prize_claims", "en", "snake", [
        c("claim_id", N, "BIGINT", g.keys(25_000_001), "decoy", KEY),
        c("ticket_serial", N, "VARCHAR", g.col(lambda: g.code("9999-99999999-999")), "decoy", SHAPE),
        c("game", N, "VARCHAR", g.col(g.pick(["Powerball", "Mega Millions", "Classic Lotto", "Pick 5", "Scratch $20"])),
          "decoy"),
        c("draw_date", N, "DATE", g.days("2025-01-01", "2025-12-10", 0.3), "decoy", EVENT),
        c("prize_amount", N, "DECIMAL(12,2)", g.col(lambda: float(g.rnd.choice([600, 1000, 5000, 10000, 50000,
                                                                                 100000]))), "decoy"),
        c("federal_withholding", N, "DECIMAL(12,2)", g.amounts(0, 24000), "decoy"),
        c("claimant_first", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("claimant_last", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("claimant_ssn", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.7))),
        c("claimant_dob", "date_of_birth", "VARCHAR", [d.strftime("%m/%d/%Y") for d in births], DOB_TEXT),
        c("claimant_street", "street_address", "VARCHAR", g.col(lambda: v.street(g, "us"))),
        c("claimant_city", "city", "VARCHAR", [x[0] for x in cities]),
        c("claimant_state", N, "VARCHAR", [x[1] for x in cities], "decoy"),
        c("claimant_zip", "postal_code", "VARCHAR", [x[2] + g.digits(2) + (f"-{g.digits(4)}" if g.rnd.random() < 0.3
                                                                            else "") for x in cities]),
        c("claimant_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.85)),
        c("claimant_email", "email", "VARCHAR", _blank([v.email_of(g, a, b, v.DOMAINS["us"]) for a, b in pairs], 0.3,
                                                       g)),
        c("publicity_consent", N, "BOOLEAN", g.yn(True, False, 0.2), "decoy"),
        c("retailer_name", N, "VARCHAR", g.col(g.pick(retailers)), BUSINESS),
        c("retailer_id", N, "INTEGER", g.ints(100_000, 199_999), "decoy"),
        c("validated_by", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
        c("payment_method", N, "VARCHAR", g.col(g.pick(["CHECK", "ACH", "CHECK"])), "decoy"),
        c("check_number", N, "VARCHAR", g.col(lambda: g.digits(7), 0.3), "decoy"),
        c("portal_session_token", N, "VARCHAR", g.col(lambda: v.token(g), 0.4), CREDENTIAL, "decoy"),
        c("notes", "free_text", "VARCHAR", g.col(note, 0.6), HEAVY),
    ])


# -- German, French, Spanish, Italian, Dutch ---------------------------------------------------------------------------


def de_hunderegister(g: Gen) -> Table:
    """A Lower Bavarian town's dog-tax register (Hunderegister, snake case): the dog (tag number, microchip, name,
    breed, year of birth, listed breed: all ``none``) and its keeper (names, birth date as ``dd.mm.yyyy`` text,
    street, PLZ, Ort, phone, ``feld_3`` holding a mobile number (misleading), e-mail (mostly NULL), the IBAN of the
    direct debit), the Kassenzeichen, tax, dates, the clerk (few) and the clerk's login, the liability insurer
    (``business``) and a remark naming people."""
    rows = [(*v.person(g, "de"), g.birth(1940, 2006)) for _ in range(g.rows)]
    towns = [g.rnd.choice(v.DE_TOWNS) for _ in range(g.rows)]
    clerks = _staff(g, 3, lambda x: v.whole(x, "de"))
    logins = _logins(g, 3, "de", 2)

    def remark() -> str:
        return g.rnd.choice([f"Hund wird von Tochter {v.given(g, 'de')} ausgeführt", "Ermäßigung Jagdhund",
                             f"Halterwechsel von {v.whole(g, 'de')}", "Wesenstest liegt vor", "Zweithund"])

    return Table("ordnungsamt.hunderegister", "de", "snake", [
        c("hund_id", N, "INTEGER", g.keys(10_001), "decoy", KEY),
        c("steuermarke_nr", N, "VARCHAR", g.col(lambda: g.code("LA-9999")), "decoy", SHAPE, PERMIT),
        c("chip_nr", N, "VARCHAR", g.col(lambda: "276098" + g.digits(9, "0123456789"), 0.1), "decoy", SHAPE, ANIMAL),
        c("hundename", N, "VARCHAR", g.col(g.pick(["Bello", "Luna", "Rex", "Emma", "Balu", "Nala", "Hasso", "Kira"])),
          "decoy", ANIMAL),
        c("rasse", N, "VARCHAR", g.col(g.pick(["Dackel", "Labrador", "Mischling", "Schäferhund", "Beagle"])),
          "decoy", ANIMAL),
        c("geburtsjahr_hund", N, "INTEGER", g.ints(2010, 2025), "decoy", ANIMAL),
        c("listenhund", N, "BOOLEAN", g.yn(True, False, 0.03), "decoy"),
        c("halter_vorname", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("halter_nachname", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("geb_datum_halter", "date_of_birth", "VARCHAR", [_dmy(r[2], ".") for r in rows], DOB_TEXT, ABBREV),
        c("strasse", "street_address", "VARCHAR", g.col(lambda: v.street(g, "de"))),
        c("plz", "postal_code", "VARCHAR", [t[1] + g.digits(2) for t in towns], ABBREV),
        c("ort", "city", "VARCHAR", [t[0] for t in towns]),
        c("telefon", "phone", "VARCHAR", g.phones("DE", {"national": 0.8, "intl": 0.2}, 0.3, 0.3)),
        c("feld_3", "phone", "VARCHAR", g.phones("DE", {"national": 0.5, "e164": 0.5}, 1.0, 0.45), MISLEADING),
        c("email", "email", "VARCHAR", _blank([v.email_of(g, r[0], r[1], v.DOMAINS["de"]) for r in rows], 0.6, g),
          HEAVY),
        c("iban_lastschrift", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DE", g.rnd.random() < 0.5), 0.3)),
        c("kassenzeichen", N, "VARCHAR", g.col(lambda: g.code("5.1200.999999.9")), "decoy", SHAPE),
        c("steuer_jahr_eur", N, "DECIMAL(6,2)", g.col(g.pick([45.0, 90.0, 600.0])), "decoy"),
        c("anmeldedatum", N, "DATE", g.days("2012-01-01", "2025-11-30"), "decoy", EVENT),
        c("sachbearbeiter", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
        c("erfasst_von", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER),
        c("haftpflicht_versicherer", N, "VARCHAR", g.col(g.pick(["Allianz", "HUK-Coburg", "VKB", "R+V"]), 0.2),
          BUSINESS),
        c("bemerkung", "free_text", "VARCHAR", g.col(remark, 0.6), HEAVY),
    ])


def fr_permis_chasser(g: Gen) -> Table:
    """A Lozère hunters' federation's register of hunting-licence validations (snake case): licence and validation
    numbers, season and type, the hunter's names, birth date as ``dd/mm/yyyy`` text, birthplace, address, postcode,
    commune, département (``none``), mobile, ``c17`` a landline (opaque), e-mail, insurer and policy number
    (``business``, ``none``), fee, date, the clerk (first names only: ``first_name``), the accompanying hunter of a
    supervised licence (mostly NULL) and observations naming people (mostly NULL)."""
    rows = [(*v.person(g, "fr"), g.birth(1940, 2009)) for _ in range(g.rows)]
    towns = [g.rnd.choice(v.FR_TOWNS) for _ in range(g.rows)]
    clerks = _staff(g, 3, lambda x: v.given(x, "fr"))

    def obs() -> str:
        return g.rnd.choice([f"Chasse accompagnée avec son père {v.whole(g, 'fr')}", "Paiement par chèque",
                             f"Membre de l'ACCA, parrain {v.whole(g, 'fr')}", "Duplicata demandé"])

    return Table("fdc48.validations_permis", "fr", "snake", [
        c("numero_permis", N, "VARCHAR", g.col(lambda: g.code("48-9999-99999")), "decoy", SHAPE, PERMIT),
        c("numero_validation", N, "VARCHAR", g.col(lambda: g.code("V2526-9999999")), "decoy", SHAPE),
        c("saison", N, "VARCHAR", ["2025-2026"] * g.rows, "decoy"),
        c("type_validation", N, "VARCHAR", g.col(g.pick(["départementale", "nationale", "temporaire 9 jours"])),
          "decoy"),
        c("nom", "last_name", "VARCHAR", [r[1].upper() for r in rows]),
        c("prenom", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("date_naissance", "date_of_birth", "VARCHAR", [_dmy(r[2], "/") for r in rows], DOB_TEXT),
        c("lieu_naissance", "city", "VARCHAR", g.col(lambda: g.rnd.choice(v.FR_TOWNS)[0])),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, "fr"))),
        c("code_postal", "postal_code", "VARCHAR", [t[1] + g.digits(3) for t in towns]),
        c("commune", "city", "VARCHAR", [t[0] for t in towns]),
        c("departement", N, "VARCHAR", [t[1] for t in towns], "decoy"),
        c("tel_portable", "phone", "VARCHAR", g.phones("FR", {"national": 0.7, "intl": 0.3}, 1.0, 0.15)),
        c("c17", "phone", "VARCHAR", g.phones("FR", {"national": 0.8, "digits": 0.2}, 0.0, 0.4), OPAQUE),
        c("courriel", "email", "VARCHAR", _blank([v.email_of(g, r[0], r[1], v.DOMAINS["fr"]) for r in rows], 0.35, g)),
        c("assureur", N, "VARCHAR", g.col(g.pick(["Groupama", "MMA", "Chassassur", "Axa"])), BUSINESS),
        c("num_police", N, "VARCHAR", g.col(lambda: g.code("99AA999999")), "decoy", SHAPE, BUSINESS),
        c("redevance_eur", N, "DECIMAL(6,2)", g.col(g.pick([46.55, 44.74, 9.41, 24.02])), "decoy"),
        c("date_validation", N, "DATE", g.days("2025-06-01", "2025-12-20"), "decoy", EVENT),
        c("agent_saisie", "first_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
        c("accompagnateur", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "fr"), 0.8), HEAVY, ROLE),
        c("observations", "free_text", "VARCHAR", g.col(obs, 0.65), HEAVY),
    ])


def es_venta_ambulante(g: Gen) -> Table:
    """An Andalusian town's licences for street-market stalls (venta ambulante, camelCase): licence id and number,
    market, stall and metres, the holder's name and both family names, DNI or NIE, birth date, address, postcode,
    municipality, province (``none``), phone, ``campoX`` a second mobile (misleading), e-mail, the IBAN of the direct
    debit, fee and goods, the substitute seller's name and DNI (mostly NULL), dates, the municipal officer (few), the
    status, the liability insurer (``business``) and remarks naming people."""
    rows = [(*v.person(g, "es"), g.birth(1950, 2005)) for _ in range(g.rows)]
    towns = [g.rnd.choice(v.ES_TOWNS) for _ in range(g.rows)]
    sub = [g.rnd.random() < 0.3 for _ in range(g.rows)]
    officers = _staff(g, 3, lambda x: v.whole(x, "es"))

    def obs() -> str:
        return g.rnd.choice([f"Comparte puesto con su cuñado {v.whole(g, 'es')}", "Pendiente de carné manipulador",
                             f"Autoriza a su hija {v.given(g, 'es')} a recoger la licencia", "Sin incidencias"])

    return Table("mercadillos.licenciasVentaAmbulante", "es", "camel", [
        c("idLicencia", N, "INTEGER", g.keys(5_001), "decoy", KEY),
        c("numLicencia", N, "VARCHAR", g.col(lambda: g.code("VA-2025/9999")), "decoy", SHAPE, PERMIT, ABBREV),
        c("mercadillo", N, "VARCHAR", g.col(g.pick(["Martes - Recinto Ferial", "Sábado - Paseo", "Jueves - Centro"])),
          "decoy"),
        c("numPuesto", N, "INTEGER", g.ints(1, 140), "decoy"),
        c("metrosLineales", N, "DECIMAL(4,1)", g.col(g.pick([4.0, 6.0, 8.0, 10.0, 12.0])), "decoy"),
        c("nombreTitular", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("apellidosTitular", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("dniNie", "national_id", "VARCHAR", g.col(lambda: v.es_nie(g) if g.rnd.random() < 0.25 else v.es_dni(g))),
        c("fechaNacimiento", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("domicilio", "street_address", "VARCHAR", g.col(lambda: v.street(g, "es"))),
        c("codPostal", "postal_code", "VARCHAR", [t[2] + g.digits(2) for t in towns], ABBREV),
        c("municipio", "city", "VARCHAR", [t[0] for t in towns]),
        c("provincia", N, "VARCHAR", [t[1] for t in towns], "decoy"),
        c("telefono", "phone", "VARCHAR", g.phones("ES", {"national": 0.7, "intl": 0.3}, 0.8)),
        c("campoX", "phone", "VARCHAR", g.phones("ES", {"national": 0.5, "e164": 0.5}, 1.0, 0.45), MISLEADING),
        c("email", "email", "VARCHAR", _blank([v.email_of(g, r[0], r[1].split()[0], v.DOMAINS["es"]) for r in rows],
                                              0.3, g)),
        c("ibanDomiciliacion", "iban", "VARCHAR", g.col(lambda: v.iban(g, "ES", g.rnd.random() < 0.6), 0.2)),
        c("tasaAnual", N, "DECIMAL(7,2)", g.amounts(120, 900), "decoy"),
        c("productos", N, "VARCHAR", g.col(g.pick(["Textil", "Frutas y verduras", "Calzado", "Menaje", "Flores"])),
          "decoy"),
        c("suplenteNombre", "person_name", "VARCHAR", [v.whole(g, "es") if s else None for s in sub], HEAVY, ROLE),
        c("suplenteDni", "national_id", "VARCHAR", [v.es_dni(g) if s else None for s in sub], HEAVY),
        c("fechaConcesion", N, "DATE", g.days("2019-01-01", "2025-10-31"), "decoy", EVENT),
        c("fechaCaducidad", N, "DATE", g.days("2026-01-01", "2034-12-31"), "decoy", EVENT),
        c("tecnicoMunicipal", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
        c("estado", N, "VARCHAR", g.col(g.pick(["VIGENTE", "SUSPENDIDA", "EN TRÁMITE", "VIGENTE"])), "decoy"),
        c("seguroRC", N, "VARCHAR", g.col(g.pick(["Mapfre", "Santa Lucía", "Caser"])), BUSINESS),
        c("observaciones", "free_text", "VARCHAR", g.col(obs, 0.4)),
    ])


def it_pra(g: Gen) -> Table:
    """A Piedmont provincial office's public vehicle register entries (PRA, snake case): the formality, the plate and
    chassis number (VIN) of the keeper's car (``none``, as in v39/v40), make and model, registration date, the
    owner's names, codice fiscale (encoding the row's name, birth date and comune), birth date, birthplace, address,
    CAP, comune, province (``none``), PEC address (mostly NULL), phone, a leasing company's name and partita IVA when
    the car is leased (``business``), the formality type and tax, the counter clerk (few), the clerk's login and a
    note naming people."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "it", female)
        born = g.birth(1940, 2006)
        place = g.rnd.choice(v.IT_TOWNS)
        rows.append((a, b, born, place, v.it_codice_fiscale(a, b, born, female, place[3])))
    towns = [g.rnd.choice(v.IT_TOWNS) for _ in range(g.rows)]
    leased = [g.rnd.random() < 0.35 for _ in range(g.rows)]
    lessors = [("Arval Service Lease Italia", v.it_partita_iva(g)), ("Leasys S.p.A.", v.it_partita_iva(g)),
               ("Ayvens Italia", v.it_partita_iva(g))]
    ls = [g.rnd.choice(lessors) for _ in range(g.rows)]
    clerks = _staff(g, 4, lambda x: v.whole(x, "it"))
    logins = _logins(g, 4, "it", 3)

    def note() -> str:
        return g.rnd.choice([f"Pratica presentata da delegato {v.whole(g, 'it')}", "Radiazione per esportazione",
                             f"Cointestato con il coniuge {v.whole(g, 'it')}", "Fermo amministrativo cancellato"])

    return Table("pra.iscrizioni", "it", "snake", [
        c("id_formalita", N, "BIGINT", g.keys(77_000_001), "decoy", KEY),
        c("targa", N, "VARCHAR", g.col(lambda: g.code("AA999AA")), "decoy", SHAPE, VEHICLE),
        c("telaio", N, "VARCHAR", g.col(lambda: v.vin(g)), "decoy", SHAPE, VEHICLE),
        c("marca_modello", N, "VARCHAR", g.col(g.pick(["FIAT Panda", "FIAT 500X", "Alfa Romeo Tonale", "VW Golf",
                                                       "Renault Clio", "Dacia Sandero"])), "decoy"),
        c("data_immatricolazione", N, "DATE", g.days("2008-01-01", "2025-11-30"), "decoy", EVENT),
        c("cognome_intestatario", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("nome_intestatario", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("codice_fiscale", "national_id", "VARCHAR", [r[4] for r in rows]),
        c("data_nascita", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("comune_nascita", "city", "VARCHAR", [r[3][0] for r in rows]),
        c("indirizzo_residenza", "street_address", "VARCHAR", g.col(lambda: v.street(g, "it"))),
        c("cap", "postal_code", "VARCHAR", [t[2] for t in towns], ABBREV),
        c("comune_residenza", "city", "VARCHAR", [t[0] for t in towns]),
        c("provincia", N, "VARCHAR", [t[1] for t in towns], "decoy"),
        c("pec", "email", "VARCHAR", [None if g.rnd.random() < 0.7 else
                                      f"{v.plain(r[0])}.{v.plain(r[1])}@pec.it" for r in rows], HEAVY),
        c("telefono", "phone", "VARCHAR", g.phones("IT", {"national": 0.6, "intl": 0.4}, 0.8, 0.4)),
        c("societa_leasing", N, "VARCHAR", [s[0] if x else None for s, x in zip(ls, leased)], BUSINESS),
        c("piva_societa", N, "VARCHAR", [s[1] if x else None for s, x in zip(ls, leased)], BUSINESS, SHAPE),
        c("tipo_formalita", N, "VARCHAR", g.col(g.pick(["Prima iscrizione", "Trasferimento", "Radiazione",
                                                        "Annotazione"])), "decoy"),
        c("importo_ipt", N, "DECIMAL(8,2)", g.amounts(150, 900), "decoy"),
        c("operatore_sportello", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
        c("utente_login", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER),
        c("note", "free_text", "VARCHAR", g.col(note, 0.6), HEAVY),
    ])


def nl_notaris(g: Gen) -> Table:
    """An Overijssel notary's deed register (repertorium, snake case): deed number, date and type, the notary and the
    candidate notary (few), the first appearing party's name, BSN, birth date as ``yyyy-mm-dd`` text, address,
    postcode and town, a second party's name and BSN (mostly NULL), the cadastral parcel and its coordinates, price,
    the estate agent and its phone (``business``), the deed's hash and remarks naming people."""
    notaries = _staff(g, 2, lambda x: f"mr. {v.whole(x, 'nl')}")
    candidates = _staff(g, 3, lambda x: f"mr. {v.whole(x, 'nl')}")
    towns = [g.rnd.choice(v.NL_TOWNS) for _ in range(g.rows)]
    second = [g.rnd.random() < 0.4 for _ in range(g.rows)]
    births = g.births(1940, 2005)

    def remark() -> str:
        return g.rnd.choice([f"Volmacht verleend aan {v.whole(g, 'nl')}", "Akte gepasseerd via videoverbinding",
                             f"Tolk aanwezig; weduwnaar van {v.whole(g, 'nl')}", "Hypotheek Rabobank"])

    return Table("notariaat.repertorium", "nl", "snake", [
        c("repertoriumnummer", N, "VARCHAR", g.col(lambda: g.code("2025.99999")), "decoy", SHAPE, PERMIT),
        c("aktedatum", N, "DATE", g.days("2025-01-02", "2025-12-15"), "decoy", EVENT),
        c("soort_akte", N, "VARCHAR", g.col(g.pick(["levering", "hypotheek", "testament", "volmacht",
                                                    "samenlevingscontract"])), "decoy"),
        c("notaris", "person_name", "VARCHAR", g.col(g.pick(notaries)), STAFF),
        c("kandidaat_notaris", "person_name", "VARCHAR", g.col(g.pick(candidates), 0.3), STAFF),
        c("comparant_1_naam", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nl")), ROLE),
        c("comparant_1_bsn", "national_id", "VARCHAR", g.col(lambda: v.nl_bsn(g))),
        c("comparant_1_geboortedatum", "date_of_birth", "VARCHAR", [d.isoformat() for d in births], DOB_TEXT),
        c("comparant_1_adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, "nl"))),
        c("comparant_1_postcode", "postal_code", "VARCHAR", [f"{t[1]}{g.digits(2)} {g.code('AA')}" for t in towns]),
        c("comparant_1_woonplaats", "city", "VARCHAR", [t[0] for t in towns]),
        c("comparant_2_naam", "person_name", "VARCHAR", [v.whole(g, "nl") if s else None for s in second], HEAVY,
          ROLE),
        c("comparant_2_bsn", "national_id", "VARCHAR", [v.nl_bsn(g) if s else None for s in second], HEAVY),
        c("kadastrale_aanduiding", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['ZWL00', 'KPN01', 'DVT02'])} "
                                                       f"{g.code('A')} {g.rnd.randint(100, 9999)}"), "decoy", SHAPE),
        c("perceel_lat", N, "DOUBLE", g.floats(52.2, 52.7, 6), "decoy"),
        c("perceel_lon", N, "DOUBLE", g.floats(5.9, 6.5, 6), "decoy"),
        c("koopsom", N, "DECIMAL(12,2)", g.amounts(150_000, 900_000), "decoy"),
        c("makelaar", N, "VARCHAR", g.col(g.pick(["Hanzestad Makelaars", "IJsseldelta Wonen", "Salland Vastgoed"]),
                                          0.4), BUSINESS),
        c("makelaar_telefoon", N, "VARCHAR", g.col(g.pick(["038 421 0990", "0570 61 22 40", "038 333 1020"]), 0.4),
          BUSINESS),
        c("akte_hash", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE),
        c("opmerkingen", "free_text", "VARCHAR", g.col(remark, 0.6), HEAVY),
    ])


# -- Polish, Portuguese, Swedish, romanized Japanese -------------------------------------------------------------------


def pl_wokanda(g: Gen) -> Table:
    """A district court's hearing list (wokanda, abbreviated snake case): case reference, date, hour, room and
    division, the judge and the recorder (few), plaintiff and defendant, the defendant's PESEL (mostly NULL; encoding
    the birth date), address, postcode and town, the defendant's phone, ``pole_2`` the defendant's e-mail
    (misleading), the plaintiff's lawyer (``person_name``), the law office, its NIP and phone (``business``), the
    witnesses (several names in a cell, mostly NULL), the outcome and remarks naming people."""
    judges = _staff(g, 3, lambda x: f"SSR {v.whole(x, 'pl')}")
    recorders = _staff(g, 3, lambda x: v.whole(x, "pl"))
    offices = [(f"Kancelaria Adwokacka {v.whole(g, 'pl')}", v.pl_nip(g), "14 621 33 0" + g.digits(1))
               for _ in range(5)]
    lawyers = [(f"{g.rnd.choice(['adw.', 'r.pr.'])} {v.whole(g, 'pl')}", g.rnd.choice(offices)) for _ in range(12)]
    lw = [g.rnd.choice(lawyers) for _ in range(g.rows)]
    towns = [g.rnd.choice(v.PL_TOWNS) for _ in range(g.rows)]
    defendants = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.4
        a, b = v.person(g, "pl", female)
        defendants.append((a, b, v.pl_pesel(g, g.birth(1950, 2005), female)))

    def remark() -> str:
        return g.rnd.choice(["Wniosek o odroczenie", f"Świadek {v.whole(g, 'pl')} nie stawił się",
                             f"Kurator dla nieobecnego: {v.whole(g, 'pl')}", "Posiedzenie niejawne", "Mediacja"])

    return Table("sr_tarnow.wokanda", "pl", "snake", [
        c("sygn_akt", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['I C', 'II K', 'III RC', 'I Ns'])} "
                                          f"{g.rnd.randint(1, 2999)}/25"), "decoy", SHAPE, PERMIT, ABBREV),
        c("data_pos", N, "DATE", g.days("2025-09-01", "2026-02-27"), "decoy", EVENT, ABBREV),
        c("godz", N, "VARCHAR", g.col(g.pick(["08:30", "09:00", "10:15", "11:30", "13:00"])), "decoy", ABBREV),
        c("sala", N, "VARCHAR", g.col(g.pick(["12", "14", "21", "B-3"])), "decoy"),
        c("wydzial", N, "VARCHAR", g.col(g.pick(["I Cywilny", "II Karny", "III Rodzinny"])), "decoy"),
        c("sedzia", "person_name", "VARCHAR", g.col(g.pick(judges)), STAFF),
        c("protokolant", "person_name", "VARCHAR", g.col(g.pick(recorders)), STAFF),
        c("powod", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "pl")), ROLE),
        c("pozwany", "person_name", "VARCHAR", [f"{a} {b}" for a, b, _ in defendants], ROLE),
        c("pesel_pozw", "national_id", "VARCHAR", [p if g.rnd.random() < 0.4 else None for _, _, p in defendants],
          HEAVY, ABBREV),
        c("adres_pozw", "street_address", "VARCHAR", g.col(lambda: v.street(g, "pl")), ABBREV),
        c("kod_poczt", "postal_code", "VARCHAR", [t[1] + g.digits(2) for t in towns], ABBREV),
        c("miejscowosc", "city", "VARCHAR", [t[0] for t in towns]),
        c("tel_pozw", "phone", "VARCHAR", g.phones("PL", {"national": 0.6, "intl": 0.4}, 0.9, 0.45), ABBREV),
        c("pole_2", "email", "VARCHAR", g.col(lambda: v.email(g, "pl"), 0.45), MISLEADING),
        c("pelnomocnik_powoda", "person_name", "VARCHAR", [x[0] for x in lw], ROLE),
        c("kancelaria", N, "VARCHAR", [x[1][0] for x in lw], BUSINESS),
        c("nip_kancelarii", N, "VARCHAR", [x[1][1] for x in lw], BUSINESS, SHAPE),
        c("tel_kancelarii", N, "VARCHAR", [x[1][2] for x in lw], BUSINESS),
        c("swiadkowie", "person_name", "VARCHAR", [None if g.rnd.random() < 0.65 else
                                                   "; ".join(v.whole(g, "pl") for _ in range(g.rnd.randint(1, 3)))
                                                   for _ in range(g.rows)], HEAVY, MULTI),
        c("wynik", N, "VARCHAR", g.col(g.pick(["odroczono", "wyrok", "zawieszono", "ugoda"])), "decoy"),
        c("uwagi", "free_text", "VARCHAR", g.col(remark, 0.6), HEAVY),
    ])


def pt_casamentos(g: Gen) -> Table:
    """A Beira Alta civil registry office's marriage records extract (camelCase): record number and year, date and
    place, both spouses' names, NIFs and birth dates (one as ``DATE``, one as ``dd-mm-yyyy`` text), birthplaces, the
    residence, postcode and locality, mobile and e-mail, the property regime, each spouse's parents (two names in a
    cell), the witnesses, the registrar and the registry officer (few) and remarks naming people."""
    towns = [g.rnd.choice(v.PT_TOWNS) for _ in range(g.rows)]
    registrars = _staff(g, 2, lambda x: v.whole(x, "pt"))
    officers = _staff(g, 4, lambda x: v.whole(x, "pt"))

    def parents() -> str:
        return f"{v.whole(g, 'pt')}; {v.whole(g, 'pt')}"

    def obs() -> str:
        return g.rnd.choice([f"Procuração a favor de {v.whole(g, 'pt')}", "Casamento católico, transcrição",
                             f"Nubente viúvo de {v.whole(g, 'pt')}", "Intérprete de língua gestual presente"])

    return Table("conservatoria.assentosCasamento", "pt", "camel", [
        c("numeroAssento", N, "VARCHAR", g.col(lambda: g.code("9999/2025")), "decoy", SHAPE, PERMIT),
        c("anoAssento", N, "INTEGER", [2025] * g.rows, "decoy"),
        c("dataCasamento", N, "DATE", g.days("2025-01-10", "2025-12-13"), "decoy", EVENT),
        c("localCelebracao", N, "VARCHAR", g.col(g.pick(["Conservatória do Registo Civil de Viseu", "Igreja Matriz",
                                                        "Quinta da Ribeira"])), "decoy"),
        c("nomeNubente1", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "pt")), ROLE),
        c("nifNubente1", "national_id", "VARCHAR", g.col(lambda: v.pt_nif(g))),
        c("dataNascNubente1", "date_of_birth", "DATE", g.births(1955, 2005), ABBREV),
        c("naturalidadeNubente1", "city", "VARCHAR", g.col(lambda: g.rnd.choice(v.PT_TOWNS)[0])),
        c("nomeNubente2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "pt")), ROLE),
        c("nifNubente2", "national_id", "VARCHAR", g.col(lambda: v.pt_nif(g))),
        c("dataNascNubente2", "date_of_birth", "VARCHAR", [_dmy(g.birth(1955, 2005), "-") for _ in range(g.rows)],
          DOB_TEXT, ABBREV),
        c("naturalidadeNubente2", "city", "VARCHAR", g.col(lambda: g.rnd.choice(v.PT_TOWNS)[0])),
        c("residencia", "street_address", "VARCHAR", g.col(lambda: v.street(g, "pt"))),
        c("codigoPostal", "postal_code", "VARCHAR", [f"{t[1]}-{g.digits(3)}" for t in towns]),
        c("localidade", "city", "VARCHAR", [t[0] for t in towns]),
        c("telemovel", "phone", "VARCHAR", g.phones("PT", {"national": 0.6, "intl": 0.4}, 1.0, 0.1)),
        c("email", "email", "VARCHAR", g.col(lambda: v.email(g, "pt"), 0.4)),
        c("regimeBens", N, "VARCHAR", g.col(g.pick(["comunhão de adquiridos", "separação de bens",
                                                    "comunhão geral"])), "decoy"),
        c("filiacaoNubente1", "person_name", "VARCHAR", g.col(parents, 0.05), MULTI),
        c("filiacaoNubente2", "person_name", "VARCHAR", g.col(parents, 0.05), MULTI),
        c("testemunhas", "person_name", "VARCHAR", g.col(lambda: "; ".join(v.whole(g, "pt") for _ in range(2)), 0.3),
          MULTI),
        c("conservador", "person_name", "VARCHAR", g.col(g.pick(registrars)), STAFF),
        c("oficialRegisto", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
        c("observacoes", "free_text", "VARCHAR", g.col(obs, 0.7), HEAVY),
    ])


def sv_taxiforarleg(g: Gen) -> Table:
    """A Swedish agency's taxi-driver ID register (taxiförarlegitimation, snake case): case and card numbers, the
    driver's personnummer (encoding the birth date), names, birth date as a ``yyyymmdd`` integer, address, postcode,
    town, mobile, ``f_08`` a home phone (opaque), e-mail, licence categories, validity dates, the decision, the case
    officer (few) and login, the taxi company and its phone (``business``) and a fitness-review note naming people
    (mostly NULL)."""
    births = g.births(1955, 2004)
    pairs = [v.person(g, "sv") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.SE_TOWNS) for _ in range(g.rows)]
    officers = _staff(g, 3, lambda x: v.whole(x, "sv"))
    logins = _logins(g, 3, "sv", 4)
    firms = [("Taxi Mittnorr AB", "060-12 12 12"), ("Höga Kusten Taxi", "0611-100 00"), ("Jämtlandstaxi", "063-19 90 00")]
    firm = [g.rnd.choice(firms) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Anmälan från kund {v.whole(g, 'sv')}, avskriven", "Yttrande från polisen inhämtat",
                             f"Arbetsgivaren {v.whole(g, 'sv')} intygar tjänstgöring", "Läkarintyg komplettering"])

    return Table("transportstyrelsen.taxiforarleg", "sv", "snake", [
        c("arende_nr", N, "VARCHAR", g.col(lambda: g.code("TSTRY 2025-999999")), "decoy", SHAPE, PERMIT, ABBREV),
        c("legitimation_nr", N, "VARCHAR", g.col(lambda: g.code("999999")), "decoy", SHAPE, PERMIT),
        c("personnummer", "national_id", "VARCHAR", [v.se_personnummer(g, d) for d in births]),
        c("fornamn", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("efternamn", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("fodd", "date_of_birth", "INTEGER", [int(d.strftime("%Y%m%d")) for d in births], DOB_INT, ABBREV),
        c("utdelningsadress", "street_address", "VARCHAR", g.col(lambda: v.street(g, "sv"))),
        c("postnr", "postal_code", "VARCHAR", [f"{t[1]}{g.digits(1)} {g.digits(2)}" for t in towns], ABBREV),
        c("postort", "city", "VARCHAR", [t[0].upper() for t in towns]),
        c("mobilnr", "phone", "VARCHAR", g.phones("SE", {"national": 0.6, "e164": 0.4}, 1.0, 0.05), ABBREV),
        c("f_08", "phone", "VARCHAR", g.phones("SE", {"national": 0.7, "intl": 0.3}, 0.0, 0.45), OPAQUE),
        c("epost", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["sv"]) if g.rnd.random() < 0.8 else None
                                        for a, b in pairs]),
        c("korkortsbehorighet", N, "VARCHAR", g.col(g.pick(["B", "B, BE", "B, C1", "B, D"])), "decoy"),
        c("giltig_from", N, "DATE", g.days("2016-01-01", "2025-11-30"), "decoy", EVENT),
        c("giltig_tom", N, "DATE", g.days("2026-01-01", "2035-12-31"), "decoy", EVENT),
        c("beslut", N, "VARCHAR", g.col(g.pick(["Beviljad", "Beviljad", "Avslag", "Återkallad", "Varning"])), "decoy"),
        c("handlaggare", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
        c("handlaggare_id", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER),
        c("taxiforetag", N, "VARCHAR", [f[0] for f in firm], BUSINESS),
        c("taxiforetag_tel", N, "VARCHAR", [f[1] for f in firm], BUSINESS),
        c("lamplighet_anm", "free_text", "VARCHAR", g.col(note, 0.75), HEAVY, ABBREV),
    ])


def ja_kobutsu(g: Gen) -> Table:
    """A Gunma secondhand dealer's transaction ledger kept under the Secondhand Articles Dealer Act (kobutsu daichō,
    romanized column names): transaction number and date, item, features, quantity and price, the seller's name in
    kanji and in katakana, birth date in Japanese era years (``昭和58年3月12日``), age (``none``), address, postal code,
    phone, occupation, the kind and number of the identity document (a driving licence: ``national_id``), the staff
    member who checked it (few), the dealer's licence number and corporate number (``business``) and remarks naming
    people (mostly NULL)."""
    sellers = [v.ja_person(g) for _ in range(g.rows)]
    births = g.births(1940, 2006)
    staff = _staff(g, 3, lambda x: "{} {}".format(*[p[0] for p in v.ja_person(x)]))
    dealer_cn = v.jp_corporate_number(g)
    towns = [g.rnd.choice(v.JA_TOWNS) for _ in range(g.rows)]

    def remark() -> str:
        f, n = v.ja_person(g)
        return g.rnd.choice([f"{f[0]}{n[0]}様の代理で来店(委任状あり)", "保証書・箱あり", f"ご家族の{n[0]}様の遺品とのこと",
                             "本人確認書類コピー保管"])

    return Table("kobutsu.torihiki_daicho", "ja", "snake", [
        c("torihiki_no", N, "VARCHAR", g.col(lambda: g.code("K25-999999")), "decoy", SHAPE),
        c("torihiki_bi", N, "DATE", g.days("2025-04-01", "2025-12-15"), "decoy", EVENT),
        c("hinmoku", N, "VARCHAR", g.col(g.pick(["時計", "貴金属", "カメラ", "ブランドバッグ", "工具"])), "decoy"),
        c("tokucho", N, "VARCHAR", g.col(g.pick(["K18 ネックレス 12.4g", "自動巻き 箱なし", "レンズ付き", "電動ドリル"])),
          "decoy"),
        c("suryo", N, "INTEGER", g.ints(1, 3), "decoy"),
        c("kaitori_kakaku", N, "INTEGER", g.ints(1_000, 480_000), "decoy"),
        c("urite_shimei", "person_name", "VARCHAR", [f"{f[0]} {n[0]}" for f, n in sellers]),
        c("urite_furigana", "person_name", "VARCHAR", [f"{f[1]} {n[1]}" for f, n in sellers]),
        c("urite_seinengappi", "date_of_birth", "VARCHAR", [_era(d) for d in births], DOB_TEXT, ERA),
        c("urite_nenrei", N, "INTEGER", [2025 - d.year for d in births], "decoy"),
        c("urite_jusho", "street_address", "VARCHAR", [f"{t[1]}{t[0]}{g.rnd.choice(v.JA_BLOCKS)}"
                                                       f"{g.rnd.randint(1, 5)}-{g.rnd.randint(1, 30)}-"
                                                       f"{g.rnd.randint(1, 20)}" for t in towns]),
        c("yubin_bango", "postal_code", "VARCHAR", [f"〒{t[2]}-{g.digits(4)}" for t in towns]),
        c("denwa", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "intl": 0.2}, 0.8, 0.1)),
        c("shokugyo", N, "VARCHAR", g.col(g.pick(["会社員", "自営業", "主婦", "学生", "無職"])), "decoy"),
        c("mibun_kakunin_shurui", N, "VARCHAR", g.col(g.pick(["運転免許証", "運転免許証", "マイナンバーカード(番号記録せず)"])),
          "decoy"),
        c("mibun_kakunin_bango", "national_id", "VARCHAR", g.col(lambda: g.digits(12, "0123456789"), 0.2)),
        c("tantosha", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("kobutsu_kyoka_bango", N, "VARCHAR", ["群馬県公安委員会 第421010012345号"] * g.rows, BUSINESS),
        c("hojin_bango", N, "VARCHAR", [dealer_cn] * g.rows, BUSINESS, SHAPE),
        c("biko", "free_text", "VARCHAR", g.col(remark, 0.7), HEAVY),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (uk_firearms, 420), (us_pmp, 600), (uk_prison_visits, 500), (us_court_calendar, 450), (us_lottery_claims, 350),
    (de_hunderegister, 480), (fr_permis_chasser, 400), (es_venta_ambulante, 380), (it_pra, 450), (nl_notaris, 360),
    (pl_wokanda, 420), (pt_casamentos, 300), (sv_taxiforarleg, 400), (ja_kobutsu, 400),
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
