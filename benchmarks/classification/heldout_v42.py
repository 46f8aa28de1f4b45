"""Held-out set v42 for the column classifier: 15 tables of *manufacturing, logistics-site and industrial operations*
systems, one system per table and each a different plant or site, with column names in the language of the plant and
abbreviated the way MES, ERP, CMMS, SCADA and access-control exports abbreviate them: an Ohio axle plant's MES
production-order confirmations, an Ohio foundry's quality inspection lots, an English Midlands packaging plant's CMMS
maintenance work orders, an Ohio stamping plant's EHS incident reports and a Midlands distribution centre's badge
access-control log (English), a Franconian bearing maker's temp-agency payroll import (``zeitarbeit.lohnimport``,
German), a Silesian steelworks' contractor onboarding (Polish), a Moravian glassworks' canteen card payments (Czech),
a Bergslagen mine's shift roster (Swedish), a Lombard machine shop's PPE issuance (Italian), a Kocaeli port terminal's
forklift and crane licence register (Turkish), a Brabant food plant's training records (Dutch), a Basque
die-casting plant's visitor log (Spanish), a Portuguese textile mill's works-council election list (Portuguese) and an
Aichi parts supplier's dispatched-worker roster (romanized Japanese).

Written **blind**, like v2 to v41: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the *structure* and labeling conventions of
v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test, ``tests/heldout_support.py``), the module docstrings of
v24 to v41 (to avoid their domains and follow their labeling conventions) and the ``Column``/``Table`` classes and
writer they build on. The classifier was not run on this set while it was written, no scorer was run on it, and no
score of any set was looked at: nothing here was adjusted to what the classifier does. It was written under a short
deadline (40 minutes, the tests and lint included), so some labels below are quick decisions rather than settled
conventions. It imports no earlier set's value module: its random source, name lists, streets, cities, postal codes
and identifier builders are its own (:mod:`benchmarks.classification.heldout_v42_values`; the generic ``Gen`` helpers
were copied from v27's).

What is new against v2 to v41:

* the plant floor as a source of personal data: the people are employees, temps and contractors, and they appear as
  operators confirming orders, inspectors, requesters and technicians, injured workers and witnesses, badge holders,
  visitors and their hosts, canteen customers, shift workers and their foremen, PPE recipients and storekeepers,
  licence holders and instructors, trainees and trainers, temps on a payroll import, voters of a works-council
  election, dispatched workers (haken) and their emergency contacts;
* staff names in the spellings of plant systems (tag ``staff``, 2 to 8 people per column): full names,
  ``Last, First``, ``LAST, First``, ``F. Last``, first names alone and three-letter initials (``Kürzel``, tag
  ``initials``);
* decoys (tag ``decoy``; ``value_shape`` when shaped like an identifier or a personal value): production-order,
  material, batch, serial, inspection-lot, work-order and SAP-like document numbers, machine ids, work centres, cost
  centres, shift codes, badge reader ids and door names, PLC tag names, firmware versions, GUIDs, SHA-256 hashes,
  quantities, scrap rates, temperatures, coordinates of a site, licence certificate numbers, visitor card numbers,
  a contractor firm's Polish NIP, internal phone extensions, enum statuses;
* identifiers with check digits (python-stdnum), encoding the row's birth date where the number does: the German
  Steuer-IdNr, PESEL, the Czech rodné číslo, the Swedish personnummer, the codice fiscale, the Turkish T.C. kimlik
  no, the Dutch BSN, the Spanish DNI, the Portuguese NIF and Cartão de Cidadão number, the Japanese My Number; German
  and Polish IBANs; phones of the United States, the United Kingdom, Germany, Poland, Czechia, Sweden, Italy, Turkey,
  the Netherlands, Spain, Portugal and Japan (phonenumbers) in E.164, international, ``00``, national and digit forms;
* dates of birth as ``DATE``, as ``dd.mm.yyyy``, ``dd/mm/yyyy`` and ``yyyy/mm/dd`` text and as ``yyyymmdd``
  integers;
* misleading names (tag ``misleading``): ``feld_3`` (a temp's private e-mail), ``zusatz1`` (a temp's mobile),
  ``user_field_2`` (the injured worker's emergency contact's name), ``kod`` (a contractor's emergency phone),
  ``attr_x`` (a miner's mobile), ``code`` (a trainee's private e-mail); opaque ones (tag ``opaque``): ``c17`` (birth
  dates as ``yyyymmdd`` integers), ``f_08`` (a canteen customer's e-mail for receipts), ``ZZ_FLD_4`` (a visitor's
  mobile).

Labeling choices a reader may question:

* an internal personnel number (``Personalnummer``, ``PERS_NO``, ``os_cislo``, ``anst_nr``, ``matricola``,
  ``sicil_no``, ``persNr``, ``num_mecanografico``, ``shain_bango``, ``emp_no``) is ``none`` (tag ``personnel_no``): a
  key of the employer's own systems, like a customer number; only a state-issued number (tax id, PESEL, BSN ...) is
  ``national_id``;
* a badge card's RFID UID (``CARD_UID``, ``cislo_karty``) is ``none`` (tag ``credential``): it identifies a card and
  opens doors, as v40's RFID UIDs did; a visitor card number and a badge reader id are ``none`` too. (v28 labeled
  MES badge ids typed in as the operator's login ``unclassified``; no column here is used as a login);
* three-letter initials of staff (``Kürzel``: ``JMU``-like) are ``person_name`` (tags ``staff``, ``initials``): inside a
  plant they stand for one named employee and are written where a signature would be; ``unclassified`` would be as
  defensible;
* logins of operators, inspectors, technicians and clerks are ``unclassified`` (tag ``username``), as in v27; an
  interface or batch user (``RFC_MES01``, ``BATCH_HR``) is ``none`` (tag ``service_account``);
* the temp agency, suppliers' and contractors' company names, main lines, offices, towns and tax numbers are ``none``
  (tag ``business``); a visitor's company is ``none`` too;
* emergency contacts holding a name and a phone in one cell, incident descriptions, defect texts, technicians' notes,
  remarks naming people are ``free_text``; short canned texts (failure codes, PPE items, courses) are ``none``;
* a passport or identity-card number written in a visitor log is ``national_id`` (as v40's passport numbers were);
  the document type is ``none``;
* union membership (``fack``), nationality, gender, shift preferences and the last four digits of an SSN
  (``ssn_last4``, tag ``partial``) are ``none``; a Turkish ``il`` (province), a Spanish ``provincia`` and a Polish
  ``wojewodztwo`` are ``none``; coordinates of a site or of an incident on the plant floor are ``none``;
* a work e-mail of an employee (``email_corp``) is ``email``: it reaches one named person;
* a worker's home address, postal code and town are ``street_address``, ``postal_code`` and ``city``; a plant's own
  address is ``none`` (tag ``business``).

Labeling rules otherwise as v2 to v41: staff names are ``person_name`` (a first or family name alone ``first_name`` or
``last_name``). ``null_heavy`` means 50-90% NULL. Every value is generated here from :data:`SEED` (one
``random.Random`` per table, named after its builder) with python-stdnum for check digits, phonenumbers for phone
validity and formats, and the lists of :mod:`benchmarks.classification.heldout_v42_values`, written for v42 (no Faker,
no list of real people). Build: ``python -m benchmarks.classification.heldout_v42 [PATH]`` (default
``/tmp/heldout_v42.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v42``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v42_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v42_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v42.duckdb")

HEAVY = "null_heavy"  # 50-90% NULL
SHAPE = "value_shape"
MISLEADING = "misleading"
OPAQUE = "opaque"
STAFF = "staff"  # 2 to 8 distinct staff members in the column
INITIALS = "initials"  # three-letter staff initials (person_name, see the module docstring)
ABBREV = "abbrev"
USER = "username"
SERVICE = "service_account"
PERSNO = "personnel_no"  # an internal personnel number (none)
CREDENTIAL = "credential"
PARTIAL = "partial"
KEY = "join_key"


def _staff(g: Gen, n: int, lang: str, style: str) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.styled(*v.person(g, lang), style))
    return sorted(out)


def _logins(g: Gen, n: int, lang: str, style: int) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.login(*v.person(g, lang), style))
    return sorted(out)


def _people(g: Gen, lang: str, lo: int = 1962, hi: int = 2005) -> list[tuple[str, str, date, bool]]:
    """(given name, family name, birth date, female) for every row."""
    out = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.4
        a, b = v.person(g, lang, female)
        out.append((a, b, g.birth(lo, hi), female))
    return out


def _maybe(g: Gen, values: list, null: float) -> list:
    return [None if g.rnd.random() < null else x for x in values]


def _site(g: Gen, lat: float, lon: float, col: str) -> list[float]:
    base = lat if col == "lat" else lon
    return [round(base + g.rnd.uniform(-0.004, 0.004), 6) for _ in range(g.rows)]


# -- English: Ohio and the English Midlands ----------------------------------------------------------------------------


def mes_confirmations(g: Gen) -> Table:
    """An Ohio axle plant's MES production-order confirmations (snake case): confirmation and order numbers, material,
    batch, work centre, operation, machine, PLC tag, yield, scrap and scrap rate, the operator's login (few), name and
    initials, the shift lead, the shift code, the interface user posting to SAP (a service account), the posting
    document, times and an operator's remark (mostly empty, sometimes naming a colleague)."""
    ops = [v.person(g, "en") for _ in range(7)]
    op = [g.rnd.randrange(7) for _ in range(g.rows)]
    leads = _staff(g, 3, "en", "full")

    def remark() -> str:
        return g.rnd.choice([f"Die change done by {v.whole(g, 'en')}, first-off OK", "Coolant low on OP30",
                             f"Covered for {v.whole(g, 'en')} 2nd half of shift", "Short run, material shortage"])

    return Table("mes.prod_order_confirmations", "en", "snake", [
        c("conf_no", N, "BIGINT", g.keys(40_001_000), "decoy", KEY),
        c("prod_order_no", N, "VARCHAR", g.col(lambda: g.code("1000999999")), "decoy", SHAPE),
        c("material_no", N, "VARCHAR", g.col(g.pick(["AX-4410-220", "AX-4410-230", "HUB-118-07", "SPN-2200-B"])),
          "decoy", SHAPE),
        c("batch_no", N, "VARCHAR", g.col(lambda: g.code("B2599999")), "decoy", SHAPE),
        c("work_ctr", N, "VARCHAR", g.col(g.pick(["WC-MACH1", "WC-MACH2", "WC-WELD", "WC-ASSY3"])), "decoy", ABBREV),
        c("op_no", N, "VARCHAR", g.col(g.pick(["0010", "0020", "0030", "0040"])), "decoy"),
        c("machine_id", N, "VARCHAR", g.col(lambda: g.code("MC-AAA-99")), "decoy", SHAPE),
        c("plc_tag", N, "VARCHAR", g.col(g.pick(["PLC01.DB20.DBW4", "Line3/Cell2/PartCount", "PLC07.GoodParts",
                                                 "Press4.CycleCount"])), "decoy", SHAPE),
        c("yield_qty", N, "INTEGER", g.ints(0, 480), "decoy"),
        c("scrap_qty", N, "INTEGER", g.ints(0, 25), "decoy"),
        c("scrap_rate_pct", N, "DOUBLE", g.floats(0, 6, 2), "decoy"),
        c("confirmed_by", USERNAME, "VARCHAR", [v.login(*ops[i], 0) for i in op], USER),
        c("operator_name", "person_name", "VARCHAR", [v.styled(*ops[i], "full") for i in op], STAFF),
        c("operator_initials", "person_name", "VARCHAR", [v.styled(*ops[i], "kurz") for i in op], STAFF, INITIALS),
        c("shift_lead", "person_name", "VARCHAR", g.col(g.pick(leads)), STAFF),
        c("shift_cd", N, "VARCHAR", g.col(g.pick(["A", "B", "C", "N1"])), "decoy", ABBREV),
        c("posted_by", N, "VARCHAR", g.col(g.pick(["RFC_MES01", "RFC_MES02"])), SERVICE),
        c("posting_doc", N, "VARCHAR", g.col(lambda: g.code("49000999999")), "decoy", SHAPE),
        c("confirmed_at", N, "TIMESTAMP", g.moments("2025-10-01", "2025-12-31"), "decoy"),
        c("remark", "free_text", "VARCHAR", g.col(remark, 0.7), HEAVY),
    ])


def qms_inspections(g: Gen) -> Table:
    """An Ohio foundry's quality inspection lots (camel case): lot, material, serial and heat numbers, the
    characteristic, measured value and pouring temperature, the result and usage decision, the inspector (``Last,
    First``, few) and login, the releasing engineer (``F. Last``), the supplier (business: name, main line, city), a
    defect text naming people in some rows (mostly NULL) and a GUID."""
    inspectors = [v.person(g, "en") for _ in range(5)]
    who = [g.rnd.randrange(5) for _ in range(g.rows)]
    engineers = _staff(g, 3, "en", "initial")
    suppliers = [("Maumee Valley Castings Inc.", "(419) 555-0142", "Toledo"), ("Great Lakes Sand Supply", "(216) 555-0178",
                                                                              "Cleveland"),
                 ("Buckeye Alloy Co.", "(614) 555-0109", "Columbus")]
    sup = [g.rnd.randrange(3) for _ in range(g.rows)]

    def defect() -> str:
        return g.rnd.choice(["Porosity at riser, 2 of 5 pcs", f"Sample pulled by {v.whole(g, 'en')}, re-check pending",
                             "Shrink cavity on flange", f"Customer complaint per {v.whole(g, 'en')} (Ford SQA)"])

    return Table("qms.inspectionLots", "en", "camel", [
        c("inspLotId", N, "VARCHAR", g.col(lambda: g.code("890000999999")), "decoy", SHAPE, ABBREV),
        c("materialNo", N, "VARCHAR", g.col(g.pick(["CST-5512", "CST-5513", "CST-7120", "HSG-0091"])), "decoy"),
        c("serialNo", N, "VARCHAR", g.col(lambda: g.code("SN25AA999999")), "decoy", SHAPE),
        c("heatNo", N, "VARCHAR", g.col(lambda: g.code("H9999-A")), "decoy", SHAPE),
        c("charName", N, "VARCHAR", g.col(g.pick(["Bore dia", "Wall thk", "Hardness HB", "Flatness"])), "decoy"),
        c("measuredVal", N, "DOUBLE", g.floats(2, 250, 3), "decoy"),
        c("pourTempC", N, "DOUBLE", g.floats(1380, 1460, 1), "decoy"),
        c("result", N, "VARCHAR", g.col(g.pick(["PASS", "PASS", "PASS", "FAIL", "HOLD"])), "decoy"),
        c("udCode", N, "VARCHAR", g.col(g.pick(["A", "A1", "R", "R2", "S"])), "decoy", ABBREV),
        c("inspector", "person_name", "VARCHAR", [v.styled(*inspectors[i], "last_first") for i in who], STAFF),
        c("inspectorLogin", USERNAME, "VARCHAR", [v.login(*inspectors[i], 2) for i in who], USER),
        c("releasedBy", "person_name", "VARCHAR", g.col(g.pick(engineers), 0.2), STAFF),
        c("supplierName", N, "VARCHAR", [suppliers[i][0] for i in sup], "business"),
        c("supplierPhone", N, "VARCHAR", [suppliers[i][1] for i in sup], "business"),
        c("supplierCity", N, "VARCHAR", [suppliers[i][2] for i in sup], "business"),
        c("defectText", "free_text", "VARCHAR", g.col(defect, 0.65), HEAVY),
        c("recordGuid", N, "VARCHAR", g.col(g.uuid), "decoy", SHAPE),
        c("inspectedOn", N, "TIMESTAMP", g.moments("2025-09-01", "2025-12-15"), "decoy"),
    ])


def cmms_work_orders(g: Gen) -> Table:
    """An English Midlands packaging plant's CMMS work orders (Pascal case): work order, asset tag, functional
    location, priority and failure code, the requester (full name, few) and internal extension (``none``), the
    assigned technician's login and first name, downtime, labour hours, spare part, cost centre, the contractor
    company and its main line (business), times and the technician's notes (naming people in some rows)."""
    techs = [v.person(g, "en") for _ in range(5)]
    tech = [g.rnd.randrange(5) for _ in range(g.rows)]
    requesters = _staff(g, 8, "en", "full")

    def notes() -> str:
        return g.rnd.choice(["Replaced drive belt, tensioned to spec", f"Spoke to {v.whole(g, 'en')} re: guard interlock",
                             "Bearing noise, monitor", f"Handed over to {v.whole(g, 'en')} on nights",
                             "No fault found, reset VFD"])

    contractors = [("Trent Valley Electrical Ltd", "+44 115 496 0711"), ("Midshire Conveyors", "+44 121 496 0388")]
    con = [g.rnd.randrange(2) if g.rnd.random() < 0.35 else None for _ in range(g.rows)]
    return Table("cmms.WorkOrders", "en", "pascal", [
        c("WorkOrderNo", N, "VARCHAR", g.col(lambda: g.code("WO-2599999")), "decoy", SHAPE),
        c("AssetTag", N, "VARCHAR", g.col(lambda: g.code("AST-99999")), "decoy", SHAPE),
        c("FunctionalLoc", N, "VARCHAR", g.col(g.pick(["DER1-L02-FILLER", "DER1-L03-CAPPER", "DER1-UT-COMPR2",
                                                       "DER1-L01-LABELLER"])), "decoy", ABBREV),
        c("Priority", N, "VARCHAR", g.col(g.pick(["P1", "P2", "P3", "P4"])), "decoy"),
        c("FailureCode", N, "VARCHAR", g.col(g.pick(["MECH-BRG", "ELEC-MTR", "PNEU-LEAK", "CTRL-SENS"])), "decoy"),
        c("RequestedBy", "person_name", "VARCHAR", g.col(g.pick(requesters)), STAFF),
        c("RequesterExt", N, "VARCHAR", g.col(lambda: g.code("4999")), "decoy", SHAPE),
        c("AssignedTech", USERNAME, "VARCHAR", [v.login(*techs[i], 1) for i in tech], USER),
        c("TechFirstName", "first_name", "VARCHAR", [techs[i][0] for i in tech], STAFF),
        c("DowntimeMin", N, "INTEGER", g.ints(0, 600), "decoy"),
        c("LabourHrs", N, "DOUBLE", g.floats(0.25, 12, 2), "decoy", ABBREV),
        c("SparePartNo", N, "VARCHAR", g.col(lambda: g.code("SKF-6299-2RS"), 0.4), "decoy", SHAPE),
        c("CostCentre", N, "VARCHAR", g.col(g.pick(["4100", "4120", "4300", "4510"])), "decoy"),
        c("ContractorCo", N, "VARCHAR", [None if i is None else contractors[i][0] for i in con], "business"),
        c("ContractorTel", N, "VARCHAR", [None if i is None else contractors[i][1] for i in con], "business"),
        c("RaisedAt", N, "TIMESTAMP", g.moments("2025-07-01", "2025-12-31"), "decoy"),
        c("TechNotes", "free_text", "VARCHAR", g.col(notes, 0.3)),
    ])


def ehs_incidents(g: Gen) -> Table:
    """An Ohio stamping plant's EHS incident reports (snake case): incident number, the site's coordinates and area,
    the injured employee's name, personnel number, birth date, home phone, address, ZIP and town, the emergency
    contact's name under ``user_field_2``, the last four digits of the SSN, body part and injury type, the witness
    and the witness's phone (mostly NULL), the supervisor (few), the description (free text), OSHA flags, days away,
    the EHS coordinator's login."""
    people = _people(g, "en", 1958, 2006)
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    sups = _staff(g, 6, "en", "full")
    coords = _logins(g, 3, "en", 4)
    has_witness = [g.rnd.random() < 0.35 for _ in range(g.rows)]

    def desc(p: tuple) -> str:
        return g.rnd.choice([f"{p[0]} caught left glove in press 14 feeder, first aid given by {v.whole(g, 'en')}",
                             "Slipped on hydraulic oil near coil line, bruised knee",
                             f"Laceration to right hand while handling blanks; {v.whole(g, 'en')} drove EE to clinic",
                             "Strain lifting die insert, no lost time"])

    return Table("ehs.incident_reports", "en", "snake", [
        c("incident_no", N, "VARCHAR", g.col(lambda: g.code("INC-25-9999")), "decoy", SHAPE),
        c("site_lat", N, "DOUBLE", _site(g, 41.0442, -83.6499, "lat"), "decoy"),
        c("site_lon", N, "DOUBLE", _site(g, 41.0442, -83.6499, "lon"), "decoy"),
        c("area", N, "VARCHAR", g.col(g.pick(["Press Line 14", "Coil Storage", "Die Shop", "Shipping Dock 3"])),
          "decoy"),
        c("occurred_at", N, "TIMESTAMP", g.moments("2024-01-01", "2025-12-20"), "decoy"),
        c("injured_employee", "person_name", "VARCHAR", [f"{p[0]} {p[1]}" for p in people]),
        c("emp_no", N, "INTEGER", g.ints(10_000, 48_000), PERSNO),
        c("emp_dob", "date_of_birth", "DATE", [p[2] for p in people]),
        c("home_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.6, "dashes": 0.2, "digits": 0.2}, 0.8, 0.15)),
        c("home_address", "street_address", "VARCHAR", _maybe(g, [v.us_street(g) for _ in range(g.rows)], 0.1)),
        c("home_zip", "postal_code", "VARCHAR", [f"{p[1]}{g.digits(2)}" for p in places]),
        c("home_city", "city", "VARCHAR", [p[0] for p in places]),
        c("user_field_2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "en"), 0.25), MISLEADING),
        c("ssn_last4", N, "VARCHAR", g.col(lambda: g.digits(4)), PARTIAL),
        c("body_part", N, "VARCHAR", g.col(g.pick(["Hand/Finger", "Knee", "Back", "Eye", "Forearm"])), "decoy"),
        c("injury_type", N, "VARCHAR", g.col(g.pick(["Laceration", "Strain", "Contusion", "Foreign body"])), "decoy"),
        c("witness_name", "person_name", "VARCHAR", [v.whole(g, "en") if w else None for w in has_witness], HEAVY),
        c("witness_phone", "phone", "VARCHAR", [g.phone("US", "dashes") if w and g.rnd.random() < 0.8 else None
                                                for w in has_witness], HEAVY),
        c("supervisor", "person_name", "VARCHAR", g.col(g.pick(sups)), STAFF),
        c("description", "free_text", "VARCHAR", [desc(p) for p in people]),
        c("osha_recordable", N, "BOOLEAN", g.yn(True, False, 0.3), "decoy"),
        c("days_away", N, "INTEGER", g.ints(0, 30), "decoy"),
        c("entered_by", USERNAME, "VARCHAR", g.col(g.pick(coords)), USER),
    ])


def badge_access_log(g: Gen) -> Table:
    """A Midlands distribution centre's access-control log (screaming case): event id and time, reader id, door
    name, direction, the badge's RFID UID (``none``, credential), the badge holder (``LAST, First``), personnel number
    (``none``), department, result and alarm code, the controller's firmware and the guard on duty (initials)."""
    holders = [v.person(g, "en") for _ in range(180)]
    holder = [g.rnd.randrange(180) for _ in range(g.rows)]
    uids = [v.rfid_uid(g) for _ in range(180)]
    pers = [g.rnd.randint(100_000, 199_999) for _ in range(180)]
    guards = _staff(g, 4, "en", "kurz")
    return Table("ACCESS.BADGE_EVENTS", "en", "screaming", [
        c("EVENT_ID", N, "BIGINT", g.keys(7_100_000_000), "decoy", KEY),
        c("EVENT_TS", N, "TIMESTAMP", g.moments("2025-11-01", "2025-11-30"), "decoy"),
        c("READER_ID", N, "VARCHAR", g.col(lambda: g.code("RDR-99-A")), "decoy", SHAPE),
        c("DOOR_NAME", N, "VARCHAR", g.col(g.pick(["Gatehouse Turnstile 1", "Goods In Door 4", "Server Room",
                                                   "Canteen East", "Mezzanine Fire Exit"])), "decoy"),
        c("DIRECTION", N, "VARCHAR", g.col(g.pick(["IN", "OUT"])), "decoy"),
        c("CARD_UID", N, "VARCHAR", [uids[i] for i in holder], CREDENTIAL, SHAPE),
        c("BADGE_HOLDER", "person_name", "VARCHAR", [v.styled(*holders[i], "upper") for i in holder]),
        c("PERS_NO", N, "INTEGER", [pers[i] for i in holder], PERSNO),
        c("DEPT", N, "VARCHAR", g.col(g.pick(["INBOUND", "OUTBOUND", "RETURNS", "MAINT", "ADMIN"])), "decoy", ABBREV),
        c("ACCESS_RESULT", N, "VARCHAR", g.col(g.pick(["GRANTED", "GRANTED", "GRANTED", "DENIED_TZ", "DENIED_APB"])),
          "decoy"),
        c("ALARM_CD", N, "VARCHAR", g.col(g.pick(["0000", "0000", "0412", "0917"])), "decoy"),
        c("CTRL_FW", N, "VARCHAR", g.col(g.version), "decoy", SHAPE),
        c("GUARD_ON_DUTY", "person_name", "VARCHAR", g.col(g.pick(guards)), STAFF, INITIALS),
    ])


# -- Germany, Poland, Czechia, Sweden, Italy ---------------------------------------------------------------------------


def _dmy(born: date, sep: str) -> str:
    return f"{born.day:02d}{sep}{born.month:02d}{sep}{born.year}"


def de_lohnimport(g: Gen) -> Table:
    """A Franconian bearing maker's import of a temp agency's payroll data (German, Pascal case with abbreviations):
    personnel number (``none``), family and given name, birth date as ``dd.mm.yyyy`` text, Steuer-IdNr, IBAN (some
    spaced) and BIC, street, PLZ and town, the agency and its office line (business), the agency's dispatcher (few),
    cost centre, hours and bonuses, tax class and religion (``none``), ``feld_3`` (a private e-mail) and ``zusatz1``
    (a private mobile, mostly NULL) and the import run's batch user."""
    people = _people(g, "de", 1960, 2006)
    places = [g.rnd.choice(v.DE_CITIES) for _ in range(g.rows)]
    dispo = _staff(g, 3, "de", "full")
    agencies = [("Frankenpersonal GmbH & Co. KG", "+49 9721 4790-0"), ("MainTime Zeitarbeit GmbH", "09721 60 55 0")]
    ag = [g.rnd.randrange(2) for _ in range(g.rows)]
    return Table("zeitarbeit.Lohnimport", "de", "pascal", [
        c("PersNr", N, "INTEGER", g.keys(700_101), PERSNO, ABBREV),
        c("Name", "last_name", "VARCHAR", [p[1] for p in people]),
        c("Vorname", "first_name", "VARCHAR", [p[0] for p in people]),
        c("GebDat", "date_of_birth", "VARCHAR", [_dmy(p[2], ".") for p in people], ABBREV),
        c("SteuerID", "national_id", "VARCHAR", g.col(lambda: v.de_idnr(g), 0.05)),
        c("IBAN", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DE", g.rnd.random() < 0.4), 0.02)),
        c("BIC", N, "VARCHAR", g.col(g.pick(["BYLADEM1SWU", "GENODEF1SWF", "COBADEFFXXX", "HYVEDEMM455"])), "decoy",
          SHAPE),
        c("Strasse", "street_address", "VARCHAR", g.col(lambda: v.de_street(g))),
        c("PLZ", "postal_code", "VARCHAR", [f"{p[1]}{g.digits(2)}" for p in places], ABBREV),
        c("Ort", "city", "VARCHAR", [p[0] for p in places]),
        c("Verleiher", N, "VARCHAR", [agencies[i][0] for i in ag], "business"),
        c("VerleiherTel", N, "VARCHAR", [agencies[i][1] for i in ag], "business"),
        c("Disponent", "person_name", "VARCHAR", g.col(g.pick(dispo)), STAFF),
        c("Kst", N, "VARCHAR", g.col(g.pick(["3110", "3120", "3400", "3710"])), "decoy", ABBREV),
        c("StdNormal", N, "DOUBLE", g.floats(60, 173, 2), "decoy"),
        c("StdUeberst", N, "DOUBLE", g.floats(0, 30, 2), "decoy", ABBREV),
        c("ZuschlNacht", N, "DOUBLE", g.amounts(0, 420), "decoy", ABBREV),
        c("StKl", N, "INTEGER", g.ints(1, 6), "decoy", ABBREV),
        c("Konf", N, "VARCHAR", g.col(g.pick(["rk", "ev", "--", "--"])), "decoy", ABBREV),
        c("feld_3", "email", "VARCHAR", [v.email_of(g, p[0], p[1], ["web.de", "gmx.de", "t-online.de", "gmail.com"])
                                         if g.rnd.random() < 0.6 else None for p in people], MISLEADING),
        c("zusatz1", "phone", "VARCHAR", g.phones("DE", {"national": 0.5, "intl": 0.3, "digits": 0.2}, 1.0, 0.6),
          MISLEADING, HEAVY),
        c("ImportLauf", N, "VARCHAR", g.col(g.pick(["BATCH_HR", "BATCH_HR_KORR"])), SERVICE),
    ])


def pl_kontraktorzy(g: Gen) -> Table:
    """A Silesian steelworks' contractor-staff onboarding (Polish, snake case): the contractor firm and its NIP
    (business), given and family name, PESEL (encoding the birth date), birth date as ``dd.mm.yyyy`` text, identity
    card number, mobile, home address, postal code, town and voivodeship (``none``), ``kod`` (an emergency phone),
    the emergency contact (a name and a phone: ``free_text``), a sole trader's IBAN (mostly NULL), the safety
    induction date, the pass number, the host employee (few) and remarks."""
    people = _people(g, "pl", 1960, 2006)
    places = [g.rnd.choice(v.PL_CITIES) for _ in range(g.rows)]
    firms = [("ZRB Hutmont Sp. z o.o.", v.pl_nip(g)), ("Elektro-Serwis Śląsk S.A.", v.pl_nip(g)),
             ("PPHU Spaw-Tech", v.pl_nip(g))]
    fi = [g.rnd.randrange(3) for _ in range(g.rows)]
    hosts = _staff(g, 5, "pl", "full")

    def emergency() -> str:
        a, b = v.person(g, "pl")
        return g.rnd.choice([f"{a} {b} (żona) {g.phone('PL', 'national')}", f"{b} {a}, tel. {g.phone('PL', 'intl')}",
                             f"matka: {a} {b} {g.phone('PL', 'digits')}"])

    def remark() -> str:
        return g.rnd.choice(["Brak badań wysokościowych", f"Zastępuje {v.whole(g, 'pl')} do końca miesiąca",
                             "Uprawnienia SEP do 2027", f"Brygadzista: {v.whole(g, 'pl')}"])

    return Table("huta.kontraktorzy_onboarding", "pl", "snake", [
        c("id_wpisu", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("firma_zewn", N, "VARCHAR", [firms[i][0] for i in fi], "business", ABBREV),
        c("nip_firmy", N, "VARCHAR", [firms[i][1] for i in fi], "business", SHAPE),
        c("imie", "first_name", "VARCHAR", [p[0] for p in people]),
        c("nazwisko", "last_name", "VARCHAR", [p[1] for p in people]),
        c("pesel", "national_id", "VARCHAR", [v.pl_pesel(g, p[2], p[3]) if g.rnd.random() < 0.92 else None
                                              for p in people]),
        c("data_ur", "date_of_birth", "VARCHAR", [_dmy(p[2], ".") for p in people], ABBREV),
        c("nr_dowodu", "national_id", "VARCHAR", g.col(lambda: g.code("AAA999999"), 0.3)),
        c("tel_kom", "phone", "VARCHAR", g.phones("PL", {"national": 0.5, "intl": 0.2, "00": 0.1, "digits": 0.2}, 1.0,
                                                  0.05), ABBREV),
        c("adres_zam", "street_address", "VARCHAR", g.col(lambda: v.pl_street(g)), ABBREV),
        c("kod_poczt", "postal_code", "VARCHAR", [f"{p[1]}{g.digits(2)}" for p in places], ABBREV),
        c("miejscowosc", "city", "VARCHAR", [p[0] for p in places]),
        c("wojewodztwo", N, "VARCHAR", g.col(g.pick(["śląskie", "śląskie", "opolskie", "małopolskie"])), "decoy"),
        c("kod", "phone", "VARCHAR", g.phones("PL", {"national": 0.6, "digits": 0.4}, 0.9, 0.3), MISLEADING),
        c("kontakt_awaryjny", "free_text", "VARCHAR", g.col(emergency, 0.2)),
        c("rachunek", "iban", "VARCHAR", g.col(lambda: v.iban(g, "PL", g.rnd.random() < 0.5), 0.75), HEAVY),
        c("szkolenie_bhp", N, "DATE", g.days("2025-01-10", "2025-12-10"), "decoy"),
        c("nr_przepustki", N, "VARCHAR", g.col(lambda: g.code("P-99999")), "decoy", SHAPE),
        c("opiekun", "person_name", "VARCHAR", g.col(g.pick(hosts)), STAFF),
        c("uwagi", "free_text", "VARCHAR", g.col(remark, 0.7), HEAVY),
    ])


def cz_jidelna(g: Gen) -> Table:
    """A Moravian glassworks' canteen card payments (Czech, snake case with abbreviations): transaction id and time,
    till, the card's RFID UID (``none``), personnel number (``none``), family and given name, cost centre, meal,
    price, subsidy and payroll-deduction flag, the rodné číslo of external diners billed by invoice (mostly NULL),
    ``f_08`` (an e-mail for receipts, mostly NULL), the cashier (first names, few) and the remaining credit."""
    diners = [(*v.person(g, "cs", f), g.birth(1960, 2006), f) for f in (g.rnd.random() < 0.45 for _ in range(220))]
    uids = [v.rfid_uid(g) for _ in diners]
    rcs = [v.cz_rodne_cislo(g, d[2], d[3]) if g.rnd.random() < 0.3 else None for d in diners]
    mails = [v.email_of(g, d[0], d[1], ["seznam.cz", "email.cz", "centrum.cz"]) if g.rnd.random() < 0.3 else None
             for d in diners]
    who = [g.rnd.randrange(len(diners)) for _ in range(g.rows)]
    cashiers = sorted({v.person(g, "cs", True)[0] for _ in range(4)})
    return Table("jidelna.platby_karty", "cs", "snake", [
        c("id_trans", N, "BIGINT", g.keys(5_550_000), "decoy", KEY, ABBREV),
        c("cas_trans", N, "TIMESTAMP", g.moments("2025-11-03", "2025-11-28"), "decoy"),
        c("pokladna", N, "VARCHAR", g.col(g.pick(["POK-01", "POK-02", "AUTOMAT-3"])), "decoy"),
        c("cislo_karty", N, "VARCHAR", [uids[i] for i in who], CREDENTIAL, SHAPE),
        c("os_cislo", N, "INTEGER", [30_000 + i for i in who], PERSNO, ABBREV),
        c("prijmeni", "last_name", "VARCHAR", [diners[i][1] for i in who]),
        c("jmeno", "first_name", "VARCHAR", [diners[i][0] for i in who]),
        c("stredisko", N, "VARCHAR", g.col(g.pick(["210 Tavba", "220 Foukárna", "310 Brusírna", "900 Správa"])),
          "decoy"),
        c("jidlo", N, "VARCHAR", g.col(g.pick(["Svíčková na smetaně", "Guláš, knedlík", "Smažený sýr",
                                               "Polévka dne"])), "decoy"),
        c("cena_kc", N, "DOUBLE", g.amounts(28, 135), "decoy"),
        c("dotace_kc", N, "DOUBLE", g.amounts(0, 40), "decoy"),
        c("srazka_mzda", N, "BOOLEAN", g.yn(True, False, 0.8), "decoy"),
        c("rc", "national_id", "VARCHAR", [rcs[i] for i in who], HEAVY, ABBREV),
        c("f_08", "email", "VARCHAR", [mails[i] for i in who], OPAQUE, HEAVY),
        c("pokladni", "first_name", "VARCHAR", g.col(g.pick(cashiers)), STAFF),
        c("zustatek", N, "DOUBLE", g.amounts(0, 900), "decoy"),
    ])


def sv_skiftschema(g: Gen) -> Table:
    """A Bergslagen mine's shift roster (Swedish, camel case): row id, employee number (``none``), given and family
    name, personnummer (encoding the birth date), shift and level, start and end, overtime, the foreman (``F. Last``,
    few), mobile, ``attr_x`` (next of kin's phone, mostly NULL), union (``none``) and the planner's login."""
    staff = [(*v.person(g, "sv", f), g.birth(1962, 2005)) for f in (g.rnd.random() < 0.25 for _ in range(150))]
    pnr = [v.se_personnummer(g, s[2]) for s in staff]
    mob = [g.phone("SE", g.rnd.choice(["national", "intl", "e164"])) for _ in staff]
    who = [g.rnd.randrange(150) for _ in range(g.rows)]
    foremen = _staff(g, 4, "sv", "initial")
    planners = _logins(g, 3, "sv", 3)
    starts = g.moments("2025-12-01", "2026-01-31")
    return Table("gruva.skiftSchema", "sv", "camel", [
        c("radId", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("anstNr", N, "INTEGER", [4_000 + i for i in who], PERSNO, ABBREV),
        c("fornamn", "first_name", "VARCHAR", [staff[i][0] for i in who]),
        c("efternamn", "last_name", "VARCHAR", [staff[i][1] for i in who]),
        c("personnummer", "national_id", "VARCHAR", [pnr[i] for i in who]),
        c("skift", N, "VARCHAR", g.col(g.pick(["D1", "D2", "N", "H"])), "decoy"),
        c("niva", N, "VARCHAR", g.col(g.pick(["Nivå 820", "Nivå 1000", "Verkstad", "Anrikning"])), "decoy"),
        c("startTid", N, "TIMESTAMP", starts, "decoy"),
        c("slutTid", N, "TIMESTAMP", [s + timedelta(hours=g.rnd.choice([8, 10, 12])) for s in starts], "decoy"),
        c("overtidH", N, "DOUBLE", g.floats(0, 4, 1), "decoy", ABBREV),
        c("arbetsledare", "person_name", "VARCHAR", g.col(g.pick(foremen)), STAFF),
        c("mobilNr", "phone", "VARCHAR", [mob[i] for i in who], ABBREV),
        c("attr_x", "phone", "VARCHAR", g.phones("SE", {"national": 0.7, "intl": 0.3}, 0.8, 0.7), MISLEADING, HEAVY),
        c("fack", N, "VARCHAR", g.col(g.pick(["IF Metall", "Unionen", "Ledarna", "-"])), "decoy"),
        c("andradAv", USERNAME, "VARCHAR", g.col(g.pick(planners)), USER),
    ])


def it_dpi(g: Gen) -> Table:
    """A Lombard machine shop's PPE issuance (Italian, snake case with abbreviations): issue id, personnel number
    (``none``), ``COGNOME Nome``, codice fiscale (encoding name, birth date and comune), birth date as ``dd/mm/yyyy``
    text, department, PPE item, size, quantity, PPE lot, date, the signature's hash (``none``), the storekeeper (``F.
    Last``, few), the worker's mobile (mostly NULL) and a note."""
    people = _people(g, "it", 1960, 2006)
    born_in = [g.rnd.choice(v.IT_COMUNI) for _ in range(g.rows)]
    keepers = _staff(g, 3, "it", "initial")
    return Table("sicurezza.consegne_dpi", "it", "snake", [
        c("id_cons", N, "INTEGER", g.keys(12_001), "decoy", KEY, ABBREV),
        c("matricola", N, "VARCHAR", g.col(lambda: g.code("M99999")), PERSNO),
        c("cognome_nome", "person_name", "VARCHAR", [f"{p[1].upper()} {p[0]}" for p in people]),
        c("cod_fisc", "national_id", "VARCHAR", [v.it_codice_fiscale(p[0], p[1], p[2], p[3], b[1])
                                                 for p, b in zip(people, born_in, strict=True)], ABBREV),
        c("data_nasc", "date_of_birth", "VARCHAR", [_dmy(p[2], "/") for p in people], ABBREV),
        c("reparto", N, "VARCHAR", g.col(g.pick(["Tornitura CNC", "Rettifica", "Saldatura", "Magazzino"])), "decoy"),
        c("art_dpi", N, "VARCHAR", g.col(g.pick(["Scarpe S3 SRC", "Guanti EN388 4X42", "Occhiali EN166",
                                                 "Tappi SNR 37dB", "Gilet HV cl.2"])), "decoy", ABBREV),
        c("taglia", N, "VARCHAR", g.col(g.pick(["S", "M", "L", "XL", "42", "43", "44"])), "decoy"),
        c("qta", N, "INTEGER", g.ints(1, 10), "decoy", ABBREV),
        c("lotto_dpi", N, "VARCHAR", g.col(lambda: g.code("L25-99999")), "decoy", SHAPE),
        c("data_cons", N, "DATE", g.days("2025-01-07", "2025-12-19"), "decoy", ABBREV),
        c("firma_sha256", N, "VARCHAR", g.col(g.sha256), CREDENTIAL, SHAPE),
        c("consegnato_da", "person_name", "VARCHAR", g.col(g.pick(keepers)), STAFF),
        c("cell", "phone", "VARCHAR", g.phones("IT", {"national": 0.6, "intl": 0.4}, 1.0, 0.65), HEAVY, ABBREV),
        c("note", "free_text", "VARCHAR", g.col(lambda: g.rnd.choice(
            [f"Sostituzione per usura, autorizza {v.whole(g, 'it')}", "Taglia esaurita, ordinata",
             f"Ritirato da {v.whole(g, 'it')} per conto del collega"]), 0.75), HEAVY),
    ])


# -- Turkey, the Netherlands, Spain, Portugal, Japan -------------------------------------------------------------------


def tr_ehliyet(g: Gen) -> Table:
    """A Kocaeli port terminal's forklift and crane operator licence register (Turkish, screaming case): register
    number (``none``), full name, T.C. kimlik no, birth date as a ``yyyymmdd`` integer, mobile, home address, district
    (``city``), postal code and province (``none``), certificate number, type, validity, equipment serial number, the
    instructor (few), exam score, blood group (``none``) and the clerk's login."""
    people = _people(g, "tr", 1962, 2006)
    places = [g.rnd.choice(v.TR_PLACES) for _ in range(g.rows)]
    instructors = _staff(g, 4, "tr", "full")
    clerks = _logins(g, 2, "tr", 0)
    return Table("LIMAN.OPERATOR_BELGE", "tr", "screaming", [
        c("SICIL_NO", N, "INTEGER", g.keys(20_100), PERSNO),
        c("AD_SOYAD", "person_name", "VARCHAR", [f"{p[0]} {p[1].upper()}" for p in people]),
        c("TC_KIMLIK_NO", "national_id", "VARCHAR", g.col(lambda: v.tr_tckimlik(g))),
        c("DOGUM_TARIHI", "date_of_birth", "INTEGER", [int(p[2].strftime("%Y%m%d")) for p in people]),
        c("CEP_TEL", "phone", "VARCHAR", g.phones("TR", {"national": 0.6, "digits": 0.2, "e164": 0.2}, 1.0, 0.05)),
        c("ADRES", "street_address", "VARCHAR", g.col(lambda: v.tr_street(g), 0.1)),
        c("ILCE", "city", "VARCHAR", [p[0] for p in places]),
        c("POSTA_KODU", "postal_code", "VARCHAR", [f"{p[1]}{g.digits(2)}" for p in places]),
        c("IL", N, "VARCHAR", [("Bursa" if p[1].startswith("16") else "Kocaeli") for p in places], "decoy"),
        c("BELGE_NO", N, "VARCHAR", g.col(lambda: g.code("KCL-2025-99999")), "decoy", SHAPE),
        c("BELGE_TURU", N, "VARCHAR", g.col(g.pick(["Forklift", "Reach Stacker", "Mobil Vinç", "RTG Vinç"])),
          "decoy"),
        c("GECERLILIK", N, "DATE", g.days("2026-01-01", "2030-12-31"), "decoy"),
        c("EKIPMAN_SERI_NO", N, "VARCHAR", g.col(lambda: g.code("KAL99AZZZZ9999")), "decoy", SHAPE),
        c("EGITMEN", "person_name", "VARCHAR", g.col(g.pick(instructors)), STAFF),
        c("SINAV_PUANI", N, "INTEGER", g.ints(60, 100), "decoy"),
        c("KAN_GRUBU", N, "VARCHAR", g.col(g.pick(["A Rh+", "0 Rh+", "B Rh-", "AB Rh+"])), "decoy"),
        c("KAYDEDEN", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER),
    ])


def nl_opleidingen(g: Gen) -> Table:
    """A Brabant food plant's training records (Dutch, camel case): registration id, personnel number (``none``),
    given and family name, birth date, BSN (mostly NULL: only for subsidised courses), postcode and town, ``code``
    (a private e-mail), phone, course code and name, trainer (few), passed and valid-until dates, score and
    certificate numbers."""
    people = _people(g, "nl", 1962, 2007)
    places = [g.rnd.choice(v.NL_CITIES) for _ in range(g.rows)]
    trainers = _staff(g, 5, "nl", "full")
    passed = g.days("2022-01-10", "2025-12-12")
    return Table("opleiding.cursusRegistraties", "nl", "camel", [
        c("cursusRegId", N, "BIGINT", g.keys(880_001), "decoy", KEY),
        c("persNr", N, "VARCHAR", g.col(lambda: g.code("P99999")), PERSNO, ABBREV),
        c("roepnaam", "first_name", "VARCHAR", [p[0] for p in people]),
        c("achternaam", "last_name", "VARCHAR", [p[1] for p in people]),
        c("geboortedatum", "date_of_birth", "DATE", [p[2] for p in people]),
        c("bsn", "national_id", "VARCHAR", g.col(lambda: v.nl_bsn(g), 0.6), HEAVY),
        c("postcode", "postal_code", "VARCHAR", [f"{p[1]}{g.digits(2)} {g.code('AA')}" for p in places]),
        c("woonplaats", "city", "VARCHAR", [p[0] for p in places]),
        c("code", "email", "VARCHAR", [v.email_of(g, p[0], p[1].replace(" ", ""), ["ziggo.nl", "kpnmail.nl",
                                                                                  "hotmail.com", "gmail.com"])
                                       if g.rnd.random() < 0.7 else None for p in people], MISLEADING),
        c("telefoon", "phone", "VARCHAR", g.phones("NL", {"national": 0.5, "intl": 0.3, "digits": 0.2}, 0.85, 0.1)),
        c("cursusCode", N, "VARCHAR", g.col(g.pick(["VCA-B", "HACCP-2", "HEFTR-01", "BHV-H", "LOTO-1"])), "decoy"),
        c("cursusNaam", N, "VARCHAR", g.col(g.pick(["VCA Basis", "HACCP hygiëne", "Heftruck certificaat",
                                                    "BHV herhaling", "Lockout/Tagout"])), "decoy"),
        c("trainer", "person_name", "VARCHAR", g.col(g.pick(trainers)), STAFF),
        c("behaaldOp", N, "DATE", passed, "decoy"),
        c("geldigTot", N, "DATE", [d + timedelta(days=3 * 365) for d in passed], "decoy"),
        c("score", N, "INTEGER", g.ints(55, 100, 0.2), "decoy"),
        c("certificaatNr", N, "VARCHAR", g.col(lambda: g.code("CERT-99999999")), "decoy", SHAPE),
    ])


def es_visitas(g: Gen) -> Table:
    """A Basque die-casting plant's visitor log (Spanish, snake case): visit id, arrival and departure, given name and
    family names, document type (``none``) and number (DNI mostly, some passports: ``national_id``), the visitor's
    company (``none``), ``ZZ_FLD_4`` (the visitor's mobile), e-mail (mostly NULL), the host employee (few) and
    extension (``none``), visitor card, car plate (``none``), reason and the safety-rules flag."""
    people = _people(g, "es", 1955, 2005)
    hosts = _staff(g, 7, "es", "full")
    docs = [("DNI", v.es_dni(g)) if g.rnd.random() < 0.85 else ("PASAPORTE", g.code("AAA999999"))
            for _ in range(g.rows)]
    arrive = g.moments("2025-09-01", "2025-12-19")
    return Table("porteria.registro_visitas", "es", "snake", [
        c("id_visita", N, "BIGINT", g.keys(150_001), "decoy", KEY),
        c("entrada", N, "TIMESTAMP", arrive, "decoy"),
        c("salida", N, "TIMESTAMP", [a + timedelta(minutes=g.rnd.randint(20, 400)) if g.rnd.random() < 0.9 else None
                                     for a in arrive], "decoy"),
        c("nombre", "first_name", "VARCHAR", [p[0] for p in people]),
        c("apellidos", "last_name", "VARCHAR", [f"{p[1]} {v.person(g, 'es')[1]}" for p in people]),
        c("tipo_doc", N, "VARCHAR", [d[0] for d in docs], "decoy", ABBREV),
        c("num_doc", "national_id", "VARCHAR", [d[1] for d in docs], ABBREV),
        c("empresa", N, "VARCHAR", g.col(g.pick(["Moldes Deba S.L.", "Transportes Urola", "Fundiciones Goierri S.A.",
                                                 "TÜV SÜD Iberia", "Mecanizados Lea"])), "business"),
        c("ZZ_FLD_4", "phone", "VARCHAR", g.phones("ES", {"national": 0.5, "intl": 0.3, "00": 0.2}, 0.9, 0.2), OPAQUE),
        c("email_visitante", "email", "VARCHAR", [v.email_of(g, p[0], p[1], ["gmail.com", "euskaltel.net", "hotmail.es"])
                                                  if g.rnd.random() < 0.3 else None for p in people], HEAVY),
        c("anfitrion", "person_name", "VARCHAR", g.col(g.pick(hosts)), STAFF),
        c("ext_anfitrion", N, "VARCHAR", g.col(lambda: g.code("2999")), "decoy", SHAPE),
        c("tarjeta_visita", N, "VARCHAR", g.col(lambda: g.code("V-999")), "decoy", SHAPE),
        c("matricula", N, "VARCHAR", g.col(lambda: g.code("9999 AAA"), 0.4), "decoy", "vehicle"),
        c("motivo", N, "VARCHAR", g.col(g.pick(["Reunión", "Auditoría", "Entrega", "Mantenimiento"])), "decoy"),
        c("normas_firmadas", N, "BOOLEAN", g.yn(True, False, 0.95), "decoy"),
    ])


def pt_eleicoes(g: Gen) -> Table:
    """A Portuguese textile mill's works-council (comissão de trabalhadores) election list (Portuguese, snake case):
    voter number, personnel number (``none``), full name, NIF, Cartão de Cidadão number, section, shift, the list a
    candidate stands for and their rank (mostly NULL: most voters are not candidates), voted flag, polling table and
    time, the polling-table delegate (few), the work e-mail and a candidate's mobile (mostly NULL)."""
    people = _people(g, "pt", 1960, 2006)
    cand = [g.rnd.random() < 0.25 for _ in range(g.rows)]
    delegates = _staff(g, 4, "pt", "full")
    voted = [g.rnd.random() < 0.78 for _ in range(g.rows)]
    return Table("ct.cadernos_eleitorais", "pt", "snake", [
        c("n_eleitor", N, "INTEGER", g.keys(1), "decoy", KEY, ABBREV),
        c("num_mecanografico", N, "INTEGER", g.ints(1_000, 8_999), PERSNO),
        c("nome_completo", "person_name", "VARCHAR", [f"{p[0]} {v.person(g, 'pt')[1]} {p[1]}" for p in people]),
        c("nif", "national_id", "VARCHAR", g.col(lambda: v.pt_nif(g))),
        c("cc_numero", "national_id", "VARCHAR", g.col(lambda: v.pt_cc(g), 0.15)),
        c("seccao", N, "VARCHAR", g.col(g.pick(["Fiação", "Tecelagem", "Tinturaria", "Acabamentos", "Armazém"])),
          "decoy"),
        c("turno", N, "VARCHAR", g.col(g.pick(["1.º", "2.º", "3.º", "Normal"])), "decoy"),
        c("lista", N, "VARCHAR", [g.rnd.choice(["A", "B"]) if x else None for x in cand], "decoy"),
        c("ordem_lista", N, "INTEGER", [g.rnd.randint(1, 11) if x else None for x in cand], "decoy"),
        c("votou", N, "BOOLEAN", voted, "decoy"),
        c("mesa_voto", N, "VARCHAR", g.col(g.pick(["Mesa 1 - Portaria", "Mesa 2 - Refeitório"])), "decoy"),
        c("hora_voto", N, "TIMESTAMP", [g.moment("2025-11-20", "2025-11-20") if x else None for x in voted], "decoy"),
        c("delegado_mesa", "person_name", "VARCHAR", g.col(g.pick(delegates)), STAFF),
        c("email_corp", "email", "VARCHAR", [f"{v.plain(p[0])}.{v.plain(p[1])}@textilave.pt" if g.rnd.random() < 0.6
                                             else None for p in people]),
        c("telemovel", "phone", "VARCHAR", [g.phone("PT", g.rnd.choice(["national", "intl"])) if x else None
                                            for x in cand], HEAVY),
    ])


def ja_haken_meibo(g: Gen) -> Table:
    """An Aichi parts supplier's roster of dispatched workers (haken) (romanized Japanese, snake case): personnel
    number (``none``), full name (family name first), birth date as ``yyyy/mm/dd`` text and again under ``c17`` as a
    ``yyyymmdd`` integer, My Number (mostly NULL), postal code, address and municipality, mobile, the emergency
    contact (a name and a phone: ``free_text``), the dispatching agency and its line (business), line, start date,
    hourly wage, the person in charge (few) and the health check date."""
    people = _people(g, "ja", 1965, 2006)
    places = [g.rnd.choice(v.JA_CITIES) for _ in range(g.rows)]
    tanto = _staff(g, 4, "ja", "full")
    agencies = [("Mikawa Staff Service K.K.", "0566-21-0000"), ("Chubu Jinzai Co., Ltd.", "052-300-0000")]
    ag = [g.rnd.randrange(2) for _ in range(g.rows)]

    def kinkyu() -> str:
        a, b = v.person(g, "ja")
        return g.rnd.choice([f"{b} {a} (tsuma) {g.phone('JP', 'national')}", f"Haha: {b} {a} {g.phone('JP', 'digits')}",
                             f"{b} {a} / {g.phone('JP', 'national')}"])

    return Table("kojo.haken_meibo", "ja", "snake", [
        c("shain_bango", N, "VARCHAR", g.col(lambda: g.code("H2599999")), PERSNO),
        c("shimei", "person_name", "VARCHAR", [f"{p[1]} {p[0]}" for p in people]),
        c("seinengappi", "date_of_birth", "VARCHAR", [p[2].strftime("%Y/%m/%d") for p in people]),
        c("c17", "date_of_birth", "INTEGER", [int(p[2].strftime("%Y%m%d")) if g.rnd.random() < 0.9 else None
                                              for p in people], OPAQUE),
        c("my_number", "national_id", "VARCHAR", g.col(lambda: v.jp_my_number(g), 0.7), HEAVY),
        c("yubin_bango", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(4)}" for p in places]),
        c("jusho", "street_address", "VARCHAR", g.col(lambda: v.ja_street(g))),
        c("shikuchoson", "city", "VARCHAR", [p[0] for p in places]),
        c("keitai_bango", "phone", "VARCHAR", g.phones("JP", {"national": 0.6, "digits": 0.2, "e164": 0.2}, 1.0,
                                                       0.05)),
        c("kinkyu_renrakusaki", "free_text", "VARCHAR", g.col(kinkyu, 0.3)),
        c("haken_moto", N, "VARCHAR", [agencies[i][0] for i in ag], "business"),
        c("haken_moto_tel", N, "VARCHAR", [agencies[i][1] for i in ag], "business"),
        c("shokuba", N, "VARCHAR", g.col(g.pick(["Puresu 2-gou", "Yousetsu rain", "Kumitate A", "Kensa"])), "decoy"),
        c("haken_kaishi_bi", N, "DATE", g.days("2023-04-01", "2025-12-01"), "decoy"),
        c("jikyu", N, "INTEGER", g.ints(1_150, 1_700), "decoy"),
        c("tanto_sha", "person_name", "VARCHAR", g.col(g.pick(tanto)), STAFF),
        c("kenshin_bi", N, "DATE", g.days("2025-04-01", "2025-11-30", 0.2), "decoy"),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (mes_confirmations, 900), (qms_inspections, 700), (cmms_work_orders, 600), (ehs_incidents, 320),
    (badge_access_log, 1_500), (de_lohnimport, 450), (pl_kontraktorzy, 400), (cz_jidelna, 1_200),
    (sv_skiftschema, 800), (it_dpi, 500), (tr_ehliyet, 350), (nl_opleidingen, 600), (es_visitas, 700),
    (pt_eleicoes, 420), (ja_haken_meibo, 380),
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
