"""Held-out set v36 for the column classifier: 14 tables of HEALTHCARE, INSURANCE AND BENEFITS data of the United
States, Canada, the United Kingdom, Ireland and Australia as it lands in a warehouse, each from a different system: an
EHR's ``Patient`` resources flattened from FHIR with dotted paths (``name[0].given[0]``, ``telecom[0].value``), an
HL7 v2 ADT feed flattened by segment and field (``PID_5``, ``PV1_7``, a ``ZPD`` Z-segment), an 837 professional
claims file flattened by X12 loop and element (``NM1_IL_NM103``, ``N3_IL_N301``, ``DMG02_IL``), 835 remittances, a
pharmacy benefit manager's fills (camelCase), a reference lab's results with specimen and accession numbers, an
Australian dental practice-management export with Medicare numbers (PascalCase), an NHS trust's outpatient list
with NHS numbers (SCREAMING case, NHS data dictionary names), an Ontario physician's OHIP claims with health numbers,
an employer's benefits enrollment with dependents, a wellness app's biometric readings, a telehealth visit log with
free-text chief complaints, a patient portal's access log and an Irish community pharmacy's scheme claims with PPS
numbers and Eircodes.

Written **blind**, like v2 to v35: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how the
scorer registers a set (``heldout_v2_accuracy.py``), the *structure* and labeling conventions of v27
(``heldout_v27.py``, ``heldout_v27_values.py``, its test, ``tests/heldout_support.py``), the scorer's summary of
v24 to v35 (to avoid their domains) and the ``Column``/``Table`` classes and writer they build on. The classifier was
not run on this set while it was written, no scorer was run on it, and no score of any set was looked at: nothing
here was adjusted to what the classifier does. It was written under a short deadline (40 minutes, the tests and lint
included), so some labels below are quick decisions rather than settled conventions. Like v27 it imports no earlier
set's value module: its random source, name lists, streets, cities, facilities and identifier builders are its own
(:mod:`benchmarks.classification.heldout_v36_values`; the generic ``Gen`` helpers were copied from v27's; the lists
are new: the US Deep South, Ontario, West Yorkshire, Munster and Connacht, regional New South Wales, Victoria,
Queensland and Tasmania).

What is new against v2 to v35:

* interchange-format column names (tag ``interchange``): FHIR paths with array indexes, HL7 v2 segment fields whose
  cells hold ``^``-separated components (``PID_5`` is ``FAMILY^GIVEN^MIDDLE``, ``PV1_7`` is ``NPI^FAMILY^GIVEN``),
  X12 loop/element names (``NM103``, ``N301``, ``N403``, ``DMG02``, ``REF02``) where the same element name holds the
  subscriber, the patient, the billing provider (a business) or the payer depending on the entity code;
* dates of birth as X12 writes them (``CCYYMMDD`` text), as HL7 writes them (``YYYYMMDD``), ISO text in FHIR,
  ``mm/dd/yyyy`` in the PBM file, ``dd/mm/yyyy`` in the Australian and Irish exports, and DATE columns;
* health identifiers: the NHS number (mod 11, python-stdnum), the Ontario health number (ten digits, the last a Luhn
  check digit over the first nine, and a separate two-letter version code: ``none``), the Australian Medicare card
  number (ten digits: weights 1-3-7-9 check digit and issue number, checked here as stdnum has no module for it),
  the Irish PPS number (python-stdnum), US SSNs of subscribers, employees and dependents;
* medical decoys (tag ``decoy``, ``medical_code`` for codes): ICD-10-CM, CPT/HCPCS, CDT, NDC, LOINC, provider
  taxonomy codes, OHIP fee and diagnostic codes, ADA item numbers, claim, accession, specimen, encounter, Rx and
  remittance trace numbers, plan, group and payer ids, NPIs (Luhn) and DEA numbers (their own check digit);
* staff with credentials (tag ``credentialed``): ``Dolores Vance, MD``, ``Vance, Dolores NP``, ``Dr V Okafor``.

Labeling choices a reader may question:

* an **NPI is ``none``, for organizations and for individual clinicians alike** (tag ``value_shape``): it is a
  public registry number (NPPES) identifying a provider in their professional role, like a licence or business
  number, not a personal identifier of a patient or member; the same holds for a prescriber's DEA number, a GMC or
  OHIP billing number and a GP practice code;
* a medical record number, a health-plan member id, a GMS card number and a private health fund member number are
  ``none`` (join keys), like v27's policy numbers; government health numbers (NHS, Ontario health number, Medicare
  card, PPSN) are ``national_id``; US SSNs (including ``REF*SY`` in the 837 and a dependent's SSN) are ``ssn``;
* HL7 ``PID_5`` (``FAMILY^GIVEN^MIDDLE``) and ``NK1_2`` are ``person_name``; ``PV1_7`` (``NPI^FAMILY^GIVEN^^^DR``) is
  ``person_name`` (the attending physician; the NPI in it is a component); ``PID_11`` (``street^^city^state^zip``)
  is ``street_address`` (a whole address in one cell);
* FHIR ``telecom[1].value`` holds an e-mail address or a second phone number by row (``telecom[1].system`` says which):
  it mixes two personal kinds, so it is ``free_text`` (tag ``multi_kind``); ``telecom[0].value`` is only phones;
* ``birthDate`` in FHIR, ``DMG02`` (CCYYMMDD), ``PID_7`` and every other text date of birth are ``date_of_birth``; a
  FHIR ``deceasedDateTime``, admission, discharge, service and statement dates are ``none``;
* the 837's billing provider (``NM1_85``: name, address, city, ZIP, EIN) and the 835's payee are businesses
  (``none``, tag ``business``); the rendering provider's family and given name (``NM1_82_NM103``/``NM104``) are
  ``last_name``/``first_name`` (staff);
* a wellness app's ``nickname`` is ``unclassified`` (a display handle, like a login); its reading coordinates are
  ``none`` (coordinates are none, whoever they belong to, as the brief of this set asks); ``birthYear`` alone is not
  in the set;
* ``ssn_last4`` in the benefits file is ``none`` (tag ``partial``); ``relationship_code`` is ``none``;
* chief complaints, clinical and result comments, pharmacist notes and coach notes mention people and phone numbers:
  ``free_text``; a canned ``visit_reason`` list is ``none``;
* the portal's ``proxy_name`` (a parent or carer acting for a patient, 80% NULL) is ``person_name``; ``login_name`` is
  ``unclassified`` (tag ``username``), ``login_email`` is ``email``.

Labeling rules otherwise as v2 to v35: a business's name, address, phone, postal code, city and tax id are ``none``
(tag ``business``); staff names are ``person_name`` (a first name or family name alone ``first_name`` or
``last_name``); a login is ``unclassified`` (tag ``username``), a service account or a batch program ``none``.
``null_heavy`` means 50-90% NULL, ``nullword_heavy`` 70-95% NULL words.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v36_values` (no Faker, no list of real people, no breach data). Build:
``python -m benchmarks.classification.heldout_v36 [PATH]`` (default ``/tmp/heldout_v36.duckdb``). Score:
``python -m benchmarks.classification.heldout_v2_accuracy --set v36``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v36_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v36_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v36.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings and empty strings
HEAVY = "null_heavy"  # 50-90% NULL
SHAPE = "value_shape"
MISLEADING = "misleading"  # a name that says something else (a reference, an attribute) over personal values
STAFF = "staff"  # staff named in a column with few distinct values
CRED = "credentialed"  # staff names with credentials or titles (", MD", "Dr")
ROLE = "role_word"
AUDIT = "audit"
USER = "username"
SERVICE = "service_account"
KEY = "join_key"
MEDCODE = "medical_code"
INTERCHANGE = "interchange"  # FHIR paths, HL7 segment fields, X12 loop/element names
MULTI_KIND = "multi_kind"  # a column whose rows hold two personal kinds (free_text)
PARTIAL = "partial"
CREDENTIAL = "credential"
DOB_TEXT = "dob_text"  # a date of birth written as text (CCYYMMDD, mm/dd/yyyy, dd/mm/yyyy, ISO)
HEALTH_ID = "health_id"  # a government health number (national_id)


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a", "N/A", "null", "none") + extra


def _staff(g: Gen, n: int, make: Callable[[Gen], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _later(g: Gen, starts: list, lo_min: int, hi_min: int, null: float = 0.0) -> list:
    return [None if s is None or g.rnd.random() < null else s + timedelta(minutes=g.rnd.randint(lo_min, hi_min))
            for s in starts]


def _us_place(g: Gen) -> tuple[str, str, str]:
    city, state, lead = g.rnd.choice(v.US_CITIES)
    return city, state, v.us_zip(g, lead, 0.3)


# -- US EHR, HL7, X12 --------------------------------------------------------------------------------------------------


def fhir_patient(g: Gen) -> Table:
    """An EHR's ``Patient`` resources flattened from FHIR R4 (dotted paths with array indexes): resource id, version
    and last update, the MRN system and value (``none``), names, prefix, telecom (phone; a second telecom that is an
    e-mail or a phone by row: ``free_text``), gender, birth date (ISO text), deceased time (``none``), address line,
    city, state, postal code, country, the general practitioner's display name (staff) and managing organization."""
    people = [v.person(g) for _ in range(g.rows)]
    places = [_us_place(g) for _ in range(g.rows)]
    pcps = _staff(g, 7, v.clinician)
    second = [g.rnd.random() < 0.6 for _ in range(g.rows)]
    has_second = [g.rnd.random() < 0.55 for _ in range(g.rows)]
    return Table("ehr_lake.fhir_patient", "en", "fhir", [
        c("id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, SHAPE),
        c("meta.versionId", N, "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 14))), "decoy", INTERCHANGE),
        c("meta.lastUpdated", N, "TIMESTAMP", g.moments("2024-01-01", "2025-11-30"), "decoy", INTERCHANGE),
        c("identifier[0].system", N, "VARCHAR", ["urn:oid:2.16.840.1.113883.3.7418.2.1"] * g.rows, "decoy",
          INTERCHANGE),
        c("identifier[0].value", N, "VARCHAR", g.col(lambda: g.code("E9999999")), "decoy", KEY, SHAPE, INTERCHANGE),
        c("active", N, "BOOLEAN", g.yn(True, False, 0.93), "decoy"),
        c("name[0].use", N, "VARCHAR", g.col(g.pick(["official", "official", "usual"])), "decoy", INTERCHANGE),
        c("name[0].family", "last_name", "VARCHAR", [b for _, b in people], INTERCHANGE),
        c("name[0].given[0]", "first_name", "VARCHAR", [a for a, _ in people], INTERCHANGE),
        c("name[0].given[1]", "first_name", "VARCHAR", g.col(lambda: v.given(g), 0.7), HEAVY, INTERCHANGE),
        c("name[0].prefix[0]", N, "VARCHAR", g.col(g.pick(["Mr.", "Ms.", "Mrs.", "Miss"]), 0.4), "decoy",
          INTERCHANGE),
        c("telecom[0].system", N, "VARCHAR", ["phone"] * g.rows, "decoy", INTERCHANGE),
        c("telecom[0].value", "phone", "VARCHAR", g.phones("US", {"national": 0.6, "dashes": 0.2, "e164": 0.2}, 0.8,
                                                            0.05), INTERCHANGE),
        c("telecom[0].use", N, "VARCHAR", g.col(g.pick(["home", "mobile", "work"])), "decoy", INTERCHANGE),
        c("telecom[1].system", N, "VARCHAR", [("email" if e else "phone") if h else None
                                              for e, h in zip(second, has_second, strict=True)], "decoy", INTERCHANGE),
        c("telecom[1].value", "free_text", "VARCHAR",
          [(v.email_of(g, *p, v.DOMAINS["us"]) if e else g.phone("US", "national")) if h else None
           for p, e, h in zip(people, second, has_second, strict=True)], MULTI_KIND, INTERCHANGE),
        c("gender", N, "VARCHAR", g.col(g.pick(["female", "male", "unknown", "other"])), "decoy"),
        c("birthDate", "date_of_birth", "VARCHAR", [g.birth(1931, 2024).isoformat() for _ in range(g.rows)],
          DOB_TEXT),
        c("deceasedDateTime", N, "VARCHAR", g.col(lambda: g.moment("2023-01-01", "2025-11-01").isoformat(), 0.96),
          "decoy"),
        c("address[0].line[0]", "street_address", "VARCHAR", g.col(lambda: v.us_street(g), 0.04), INTERCHANGE),
        c("address[0].city", "city", "VARCHAR", [p[0] for p in places], INTERCHANGE),
        c("address[0].state", N, "VARCHAR", [p[1] for p in places], "decoy", INTERCHANGE),
        c("address[0].postalCode", "postal_code", "VARCHAR", [p[2] for p in places], INTERCHANGE),
        c("address[0].country", N, "VARCHAR", ["US"] * g.rows, "decoy", INTERCHANGE),
        c("generalPractitioner[0].display", "person_name", "VARCHAR", g.col(g.pick(pcps), 0.2), STAFF, CRED,
          INTERCHANGE),
        c("managingOrganization.display", N, "VARCHAR", g.col(g.pick(v.US_FACILITIES)), "business", INTERCHANGE),
    ])


def hl7_adt(g: Gen) -> Table:
    """An HL7 v2 ADT feed flattened by segment field (SCREAMING): message time and control id, event type, MRN,
    ``PID_5`` name (``FAMILY^GIVEN^MIDDLE``), ``PID_7`` birth date (``YYYYMMDD``), sex, ``PID_11`` address in one
    cell, ``PID_13`` home phone, ``PID_19`` SSN (mostly empty), patient class, location, ``PV1_7`` attending doctor
    (``NPI^FAMILY^GIVEN^^^DR``), visit number, admit and discharge times, next of kin, a ``ZPD`` Z-segment holding the
    patient's e-mail (an opaque name) and the sending facility."""
    docs = [(v.npi(g), *v.person(g)) for _ in range(6)]
    admits = g.moments("2025-05-01", "2025-11-30")
    attending = [g.rnd.choice(docs) for _ in range(g.rows)]

    def xad() -> str:
        city, state, z = _us_place(g)
        return f"{v.us_street(g)}^^{city}^{state}^{z}^USA"

    people = [v.person(g) for _ in range(g.rows)]
    return Table("ADT_FEED.ADT_INBOUND", "en", "hl7", [
        c("MSH_7", N, "VARCHAR", [a.strftime("%Y%m%d%H%M%S") for a in admits], "decoy", INTERCHANGE),
        c("MSH_10", N, "VARCHAR", g.col(lambda: g.code("MSG99999999")), "decoy", SHAPE, INTERCHANGE),
        c("EVN_1", N, "VARCHAR", g.col(g.pick(["A01", "A03", "A04", "A08", "A08", "A11"])), "decoy", INTERCHANGE),
        c("PID_3", N, "VARCHAR", g.col(lambda: g.code("99999999^^^SMH^MR")), "decoy", KEY, INTERCHANGE),
        c("PID_5", "person_name", "VARCHAR",
          [f"{b.upper()}^{a.upper()}" + (f"^{v.given(g).upper()[0]}" if g.rnd.random() < 0.4 else "")
           for a, b in people], INTERCHANGE),
        c("PID_7", "date_of_birth", "VARCHAR", [g.birth(1928, 2025).strftime("%Y%m%d") for _ in range(g.rows)],
          DOB_TEXT, INTERCHANGE),
        c("PID_8", N, "VARCHAR", g.col(g.pick(["F", "M", "U"])), "decoy", INTERCHANGE),
        c("PID_11", "street_address", "VARCHAR", g.col(xad, 0.05), INTERCHANGE),
        c("PID_13", "phone", "VARCHAR", g.col(lambda: g.phone("US", g.rnd.choice(["national", "digits"]),
                                                               g.rnd.random() < 0.6), 0.1), INTERCHANGE),
        c("PID_19", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.5), 0.7), HEAVY, INTERCHANGE),
        c("PV1_2", N, "VARCHAR", g.col(g.pick(["I", "O", "E", "O"])), "decoy", INTERCHANGE),
        c("PV1_3", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['4W', 'ICU', 'ED', '5E'])}^{g.rnd.randint(401, 440)}"
                                       f"^{g.rnd.choice('AB')}"), "decoy", INTERCHANGE),
        c("PV1_7", "person_name", "VARCHAR", [f"{d[0]}^{d[2].upper()}^{d[1].upper()}^^^DR" for d in attending],
          STAFF, CRED, INTERCHANGE),
        c("PV1_19", N, "VARCHAR", g.col(lambda: g.code("V999999999")), "decoy", KEY, INTERCHANGE),
        c("PV1_44", N, "TIMESTAMP", admits, "decoy", INTERCHANGE),
        c("PV1_45", N, "TIMESTAMP", _later(g, admits, 120, 9_000, 0.35), "decoy", INTERCHANGE),
        c("NK1_2", "person_name", "VARCHAR", g.col(lambda: "{1}^{0}".format(*v.person(g)).upper(), 0.45),
          ROLE, INTERCHANGE),
        c("NK1_3", N, "VARCHAR", g.col(g.pick(["SPO", "MTH", "FTH", "CHD", "SIB", "FND"]), 0.45), "decoy",
          INTERCHANGE),
        c("NK1_5", "phone", "VARCHAR", g.phones("US", {"national": 1.0}, 0.9, 0.6), HEAVY, INTERCHANGE),
        c("ZPD_3", "email", "VARCHAR", g.col(lambda: v.email(g), 0.35), MISLEADING, INTERCHANGE),
        c("MSH_4", N, "VARCHAR", ["SMH^2.16.840.1.113883.3.7418^ISO"] * g.rows, "business", INTERCHANGE),
    ])


def x12_837(g: Gen) -> Table:
    """An 837P professional claims file flattened by loop and element: claim id and charge, the billing provider
    (``NM1_85``: an organization's name, NPI, address, city, ZIP and EIN: ``none``), the rendering provider's family
    and given name (staff) and NPI, taxonomy, the subscriber's name, member id (``none``), SSN (``REF_SY``, mostly
    empty), address, city, state, ZIP, birth date (CCYYMMDD), gender, group number, the payer's name and id, the
    patient when not the subscriber (mostly empty), diagnosis and procedure codes, line charge and service date."""
    bills = [(f, v.npi(g), v.office_street(g), *_us_place(g), v.ein(g), g.digits(4)) for f in v.US_FACILITIES]
    bill = [g.rnd.choice(bills) for _ in range(g.rows)]
    renders = [(*v.person(g), v.npi(g)) for _ in range(8)]
    render = [g.rnd.choice(renders) for _ in range(g.rows)]
    subs = [v.person(g) for _ in range(g.rows)]
    places = [_us_place(g) for _ in range(g.rows)]
    payer = [g.rnd.choice(v.PAYERS) for _ in range(g.rows)]
    dependent = [g.rnd.random() < 0.3 for _ in range(g.rows)]
    return Table("claims_edi.x12_837p_flat", "en", "x12", [
        c("CLM01", N, "VARCHAR", g.col(lambda: g.code("PCN9999999")), "decoy", KEY, INTERCHANGE),
        c("CLM02", N, "DECIMAL(10,2)", g.amounts(45, 4_800), "decoy", INTERCHANGE),
        c("NM1_85_NM103", N, "VARCHAR", [b[0] for b in bill], "business", INTERCHANGE),
        c("NM1_85_NM109", N, "VARCHAR", [b[1] for b in bill], "business", SHAPE, INTERCHANGE),
        c("N3_85_N301", N, "VARCHAR", [b[2] for b in bill], "business", INTERCHANGE),
        c("N4_85_N401", N, "VARCHAR", [b[3] for b in bill], "business", INTERCHANGE),
        c("N4_85_N403", N, "VARCHAR", [b[5].split("-")[0] + "-" + b[7] for b in bill], "business", INTERCHANGE),
        c("REF_EI_REF02", N, "VARCHAR", [b[6] for b in bill], "business", SHAPE, INTERCHANGE),
        c("NM1_82_NM103", "last_name", "VARCHAR", [r[1] for r in render], STAFF, INTERCHANGE),
        c("NM1_82_NM104", "first_name", "VARCHAR", [r[0] for r in render], STAFF, INTERCHANGE),
        c("NM1_82_NM109", N, "VARCHAR", [r[2] for r in render], "decoy", SHAPE, INTERCHANGE),
        c("PRV_PE_PRV03", N, "VARCHAR", g.col(g.pick(v.TAXONOMY)), "decoy", MEDCODE, INTERCHANGE),
        c("NM1_IL_NM103", "last_name", "VARCHAR", [b.upper() for _, b in subs], INTERCHANGE),
        c("NM1_IL_NM104", "first_name", "VARCHAR", [a.upper() for a, _ in subs], INTERCHANGE),
        c("NM1_IL_NM109", N, "VARCHAR", g.col(lambda: g.code("AAA999999999")), "decoy", KEY, SHAPE, INTERCHANGE),
        c("REF_SY_REF02", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, False), 0.82), HEAVY, INTERCHANGE),
        c("N3_IL_N301", "street_address", "VARCHAR", g.col(lambda: v.us_street(g).upper()), INTERCHANGE),
        c("N4_IL_N401", "city", "VARCHAR", [p[0].upper() for p in places], INTERCHANGE),
        c("N4_IL_N402", N, "VARCHAR", [p[1] for p in places], "decoy", INTERCHANGE),
        c("N4_IL_N403", "postal_code", "VARCHAR", [p[2].replace("-", "") for p in places], INTERCHANGE),
        c("DMG02_IL", "date_of_birth", "VARCHAR", [g.birth(1940, 2006).strftime("%Y%m%d") for _ in range(g.rows)],
          DOB_TEXT, INTERCHANGE),
        c("DMG03_IL", N, "VARCHAR", g.col(g.pick(["F", "M", "U"])), "decoy", INTERCHANGE),
        c("SBR03", N, "VARCHAR", g.col(lambda: g.code("GRP99999")), "decoy", SHAPE, INTERCHANGE),
        c("SBR09", N, "VARCHAR", g.col(g.pick(["CI", "MB", "MC", "BL", "HM"])), "decoy", INTERCHANGE),
        c("NM1_PR_NM103", N, "VARCHAR", [p[0] for p in payer], "business", INTERCHANGE),
        c("NM1_PR_NM109", N, "VARCHAR", [p[1] for p in payer], "decoy", INTERCHANGE),
        c("NM1_QC_NM103", "last_name", "VARCHAR", [s[1].upper() if d else None
                                                   for s, d in zip(subs, dependent, strict=True)], HEAVY,
          INTERCHANGE),
        c("NM1_QC_NM104", "first_name", "VARCHAR", [v.given(g).upper() if d else None for d in dependent], HEAVY,
          INTERCHANGE),
        c("DMG02_QC", "date_of_birth", "VARCHAR", [g.birth(2007, 2024).strftime("%Y%m%d") if d else None
                                                   for d in dependent], HEAVY, DOB_TEXT, INTERCHANGE),
        c("HI01_2", N, "VARCHAR", g.col(lambda: g.rnd.choice(v.ICD10).replace(".", "")), "decoy", MEDCODE,
          INTERCHANGE),
        c("SV101_2", N, "VARCHAR", g.col(g.pick(v.CPT)), "decoy", MEDCODE, INTERCHANGE),
        c("SV102", N, "DECIMAL(10,2)", g.amounts(20, 1_900), "decoy", INTERCHANGE),
        c("DTP03_472", N, "VARCHAR", [g.day("2025-03-01", "2025-11-30").strftime("%Y%m%d") for _ in range(g.rows)],
          "decoy", INTERCHANGE),
    ])


def x12_835(g: Gen) -> Table:
    """835 remittances flattened: trace number, payment amount and date, the payee (a practice: ``none``) and its
    NPI, claim id, status, charge and paid amounts, payer claim control number, the patient's family and given name,
    member id (``none``), adjustment group and reason, procedure code, statement date, the corrected patient name
    (``NM1_74``, mostly empty) and remark codes."""
    people = [v.person(g) for _ in range(g.rows)]
    payees = [(f, v.npi(g)) for f in v.US_FACILITIES]
    payee = [g.rnd.choice(payees) for _ in range(g.rows)]
    return Table("claims_edi.x12_835_remit", "en", "x12", [
        c("TRN02", N, "VARCHAR", g.col(lambda: g.code("EFT9999999999")), "decoy", SHAPE, INTERCHANGE),
        c("BPR02", N, "DECIMAL(12,2)", g.amounts(100, 48_000), "decoy", INTERCHANGE),
        c("BPR16", N, "VARCHAR", [g.day("2025-04-01", "2025-12-15").strftime("%Y%m%d") for _ in range(g.rows)],
          "decoy", INTERCHANGE),
        c("N1_PE_N102", N, "VARCHAR", [p[0] for p in payee], "business", INTERCHANGE),
        c("N1_PE_N104", N, "VARCHAR", [p[1] for p in payee], "business", SHAPE, INTERCHANGE),
        c("CLP01", N, "VARCHAR", g.col(lambda: g.code("PCN9999999")), "decoy", KEY, INTERCHANGE),
        c("CLP02", N, "VARCHAR", g.col(g.pick(["1", "2", "4", "22"])), "decoy", INTERCHANGE),
        c("CLP03", N, "DECIMAL(10,2)", g.amounts(45, 4_800), "decoy", INTERCHANGE),
        c("CLP04", N, "DECIMAL(10,2)", g.amounts(0, 3_100), "decoy", INTERCHANGE),
        c("CLP07", N, "VARCHAR", g.col(lambda: g.code("99999999999999")), "decoy", SHAPE, INTERCHANGE),
        c("NM1_QC_NM103", "last_name", "VARCHAR", [b.upper() for _, b in people], INTERCHANGE),
        c("NM1_QC_NM104", "first_name", "VARCHAR", [a.upper() for a, _ in people], INTERCHANGE),
        c("NM1_QC_NM109", N, "VARCHAR", g.col(lambda: g.code("AAA999999999")), "decoy", KEY, INTERCHANGE),
        c("CAS01", N, "VARCHAR", g.col(g.pick(["CO", "PR", "OA", "PI"])), "decoy", INTERCHANGE),
        c("CAS02", N, "VARCHAR", g.col(g.pick(["45", "1", "2", "3", "97", "253"])), "decoy", MEDCODE, INTERCHANGE),
        c("SVC01_2", N, "VARCHAR", g.col(g.pick(v.CPT)), "decoy", MEDCODE, INTERCHANGE),
        c("DTM_232", N, "VARCHAR", [g.day("2025-03-01", "2025-11-30").strftime("%Y%m%d") for _ in range(g.rows)],
          "decoy", INTERCHANGE),
        c("NM1_74_NM103", "last_name", "VARCHAR", g.col(lambda: v.person(g)[1].upper(), 0.88), HEAVY, INTERCHANGE),
        c("LQ02", N, "VARCHAR", g.col(g.pick(["N130", "M15", "N362", "MA130"]), 0.5), "decoy", MEDCODE, INTERCHANGE),
    ])


# -- pharmacy, lab, dental ---------------------------------------------------------------------------------------------


def pbm_fills(g: Gen) -> Table:
    """A pharmacy benefit manager's adjudicated fills (camelCase): fill id, Rx number, NDC and drug, quantity and
    days' supply, member id, cardholder names, patient birth date (``mm/dd/yyyy`` text), ZIP, the prescriber's name
    (``Last, First MD``: a clinician, many distinct) with NPI and DEA (``none``), the pharmacy's NCPDP id, name and
    phone (``none``), the dispensing pharmacist (staff), costs, fill time, status, and ``ref2`` holding the
    cardholder's phone (a misleading name)."""
    prescribers = [(v.person(g), v.npi(g)) for _ in range(60)]
    pres = [g.rnd.choice(prescribers) for _ in range(g.rows)]
    pharmacies = [(f"{n} Pharmacy #{g.rnd.randint(100, 999)}", g.code("9999999"), v.office_phone(g))
                  for n in ("Dixie Drug", "Riverbend", "Cotton Row", "Gulf Coast Apothecary")]
    pharm = [g.rnd.choice(pharmacies) for _ in range(g.rows)]
    rph = _staff(g, 6, lambda x: v.clinician(x))
    people = [v.person(g) for _ in range(g.rows)]
    drugs = [g.rnd.choice(v.DRUGS) for _ in range(g.rows)]
    return Table("pbm.rx_fills", "en", "camel", [
        c("fillId", N, "BIGINT", g.keys(88_000_001), "decoy", KEY),
        c("rxNumber", N, "VARCHAR", g.col(lambda: g.code("9999999")), "decoy", SHAPE),
        c("ndc11", N, "VARCHAR", [d[0].replace("-", "") for d in drugs], "decoy", MEDCODE, SHAPE),
        c("drugName", N, "VARCHAR", [d[1] for d in drugs], "decoy"),
        c("quantityDispensed", N, "INTEGER", g.ints(7, 180), "decoy"),
        c("daysSupply", N, "INTEGER", g.col(g.pick([7, 10, 30, 30, 90])), "decoy"),
        c("memberId", N, "VARCHAR", g.col(lambda: g.code("ZZZ99999999")), "decoy", KEY, SHAPE),
        c("cardholderFirstName", "first_name", "VARCHAR", [a for a, _ in people]),
        c("cardholderLastName", "last_name", "VARCHAR", [b for _, b in people]),
        c("patientDob", "date_of_birth", "VARCHAR", [g.birth(1935, 2020).strftime("%m/%d/%Y") for _ in range(g.rows)],
          DOB_TEXT),
        c("patientZip", "postal_code", "VARCHAR", g.col(lambda: _us_place(g)[2][:5])),
        c("prescriberName", "person_name", "VARCHAR", [f"{p[0][1]}, {p[0][0]} {g.rnd.choice(['MD', 'DO', 'NP'])}"
                                                       for p in pres], ROLE, CRED),
        c("prescriberNpi", N, "VARCHAR", [p[1] for p in pres], "decoy", SHAPE),
        c("prescriberDea", N, "VARCHAR", [v.dea(g, p[0][1]) for p in pres], "decoy", SHAPE),
        c("pharmacyNcpdp", N, "VARCHAR", [p[1] for p in pharm], "decoy", SHAPE),
        c("pharmacyName", N, "VARCHAR", [p[0] for p in pharm], "business"),
        c("pharmacyPhone", N, "VARCHAR", [p[2] for p in pharm], "business"),
        c("dispensingPharmacist", "person_name", "VARCHAR", g.col(g.pick(rph)), STAFF, CRED),
        c("ingredientCost", N, "DECIMAL(10,2)", g.amounts(2, 640), "decoy"),
        c("copayAmount", N, "DECIMAL(8,2)", g.amounts(0, 75), "decoy"),
        c("filledAt", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
        c("claimStatus", N, "VARCHAR", g.col(g.pick(["PAID", "PAID", "REJECTED", "REVERSED"])), "decoy"),
        c("ref2", "phone", "VARCHAR", g.phones("US", {"digits": 0.7, "dashes": 0.3}, 0.9, 0.2), MISLEADING),
    ])


def lab_results(g: Gen) -> Table:
    """A reference lab's results (snake): accession and specimen ids, LOINC code and name, value, units, flag,
    collection and result times, MRN, the patient's name (``LAST, FIRST``) and birth date, the ordering provider
    (with credentials) and NPI, the performing lab and CLIA number (``none``), the verifying tech's login, who a
    critical value was called to (mostly empty) and a result comment naming people and phones (mostly empty)."""
    tests = [g.rnd.choice(v.LOINC) for _ in range(g.rows)]
    collected = g.moments("2025-06-01", "2025-11-30")
    docs = [(v.clinician(g), v.npi(g)) for _ in range(40)]
    doc = [g.rnd.choice(docs) for _ in range(g.rows)]
    techs = _staff(g, 5, lambda x: v.login(*v.person(x), 0))

    def comment() -> str:
        return g.rnd.choice([f"Critical value called to {v.whole(g)} RN at {g.phone('US', 'national', False)}",
                             "Specimen hemolyzed, recollect advised", f"Read back by {v.whole(g)}",
                             f"Pt {v.whole(g)} states fasting 12h", "Result verified by repeat analysis"])

    return Table("reflab.results", "en", "snake", [
        c("accession_number", N, "VARCHAR", g.col(lambda: g.code("A25-9999999")), "decoy", KEY, SHAPE),
        c("specimen_id", N, "VARCHAR", g.col(lambda: g.code("SP999999999")), "decoy", SHAPE),
        c("loinc_code", N, "VARCHAR", [t[0] for t in tests], "decoy", MEDCODE),
        c("test_name", N, "VARCHAR", [t[1] for t in tests], "decoy"),
        c("result_value", N, "DOUBLE", g.floats(0.5, 250, 1), "decoy"),
        c("units", N, "VARCHAR", [t[2] for t in tests], "decoy"),
        c("abnormal_flag", N, "VARCHAR", g.col(g.pick(["N", "H", "L", "HH", "N"]), 0.2), "decoy"),
        c("collected_at", N, "TIMESTAMP", collected, "decoy"),
        c("resulted_at", N, "TIMESTAMP", _later(g, collected, 60, 4_000), "decoy"),
        c("patient_mrn", N, "VARCHAR", g.col(lambda: g.code("99999999")), "decoy", KEY),
        c("patient_name", "person_name", "VARCHAR", ["{1}, {0}".format(*v.person(g)).upper() for _ in range(g.rows)]),
        c("patient_dob", "date_of_birth", "DATE", g.births(1930, 2024)),
        c("ordering_provider", "person_name", "VARCHAR", [d[0] for d in doc], ROLE, CRED),
        c("ordering_npi", N, "VARCHAR", [d[1] for d in doc], "decoy", SHAPE),
        c("performing_lab", N, "VARCHAR", g.col(g.pick(["Delta Reference Laboratories - Memphis",
                                                        "Delta Reference Laboratories - Jackson"])), "business"),
        c("clia_number", N, "VARCHAR", g.col(g.pick(["19D0652345", "25D2087741"])), "business", SHAPE),
        c("verified_by", USERNAME, "VARCHAR", g.col(g.pick(techs)), USER, AUDIT),
        c("critical_called_to", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.85), HEAVY, ROLE),
        c("result_comment", "free_text", "VARCHAR", g.col(comment, 0.7), HEAVY),
    ])


def au_dental(g: Gen) -> Table:
    """An Australian dental practice-management export (PascalCase): patient number, names, birth date
    (``dd/mm/yyyy`` text), Medicare card number and IRN, health fund and member number (``none``), mobile and home
    phone, e-mail, street, suburb, state, postcode, the treating dentist (staff, ``Dr``) and hygienist (first names),
    last visit, recall, ADA item numbers, balance, SMS consent and clinical notes."""
    people = [v.person(g, "au") for _ in range(g.rows)]
    places = [g.rnd.choice(v.AU_SUBURBS) for _ in range(g.rows)]
    dentists = _staff(g, 4, lambda x: f"Dr {v.whole(x, 'au')}")
    hygienists = _staff(g, 3, lambda x: v.given(x, "au"))

    def note() -> str:
        return g.rnd.choice([f"Mother {v.whole(g, 'au')} consents for CDBS", "#46 MOD composite, review 6/12",
                             f"Call partner {v.given(g, 'au')} on {g.phone('AU', 'national')} if running late",
                             "Anxious patient, prefers morning appts", "Referred to oral surgeon for 38"])

    return Table("dental.PatientExport", "en", "pascal", [
        c("PatientNo", N, "INTEGER", g.keys(10_001), "decoy", KEY),
        c("FirstName", "first_name", "VARCHAR", [a for a, _ in people]),
        c("Surname", "last_name", "VARCHAR", [b for _, b in people]),
        c("PreferredName", "first_name", "VARCHAR", g.col(lambda: v.given(g, "au"), 0.75), HEAVY),
        c("DOB", "date_of_birth", "VARCHAR", [g.birth(1938, 2022).strftime("%d/%m/%Y") for _ in range(g.rows)],
          DOB_TEXT),
        c("MedicareNo", "national_id", "VARCHAR", g.col(lambda: v.medicare_au(g), 0.3), HEALTH_ID),
        c("MedicareIRN", N, "INTEGER", g.ints(1, 5, 0.3), "decoy"),
        c("HealthFund", N, "VARCHAR", g.col(g.pick(["Bupa", "Medibank", "HCF", "nib", "HBF"]), 0.4), "decoy"),
        c("FundMemberNo", N, "VARCHAR", g.col(lambda: g.code("99999999"), 0.4), "decoy", KEY),
        c("MobilePhone", "phone", "VARCHAR", g.phones("AU", {"national": 0.7, "e164": 0.3}, 1.0, 0.08)),
        c("HomePhone", "phone", "VARCHAR", g.phones("AU", {"national": 1.0}, 0.0, 0.75), HEAVY),
        c("Email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["au"]) if g.rnd.random() < 0.7 else None
                                        for a, b in people]),
        c("Street", "street_address", "VARCHAR", g.col(lambda: v.au_street(g))),
        c("Suburb", "city", "VARCHAR", [p[0] for p in places]),
        c("State", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("Postcode", "postal_code", "VARCHAR", [p[2] for p in places]),
        c("Dentist", "person_name", "VARCHAR", g.col(g.pick(dentists)), STAFF, CRED),
        c("Hygienist", "first_name", "VARCHAR", g.col(g.pick(hygienists), 0.3), STAFF),
        c("LastVisit", N, "DATE", g.days("2024-06-01", "2025-11-30"), "decoy"),
        c("RecallDue", N, "DATE", g.days("2025-12-01", "2026-11-30"), "decoy"),
        c("LastItems", N, "VARCHAR", g.col(lambda: ",".join(g.rnd.sample(["011", "114", "121", "022", "531", "013"],
                                                                          2))), "decoy", MEDCODE),
        c("Balance", N, "DECIMAL(8,2)", g.amounts(0, 900), "decoy"),
        c("SmsConsent", N, "BOOLEAN", g.yn(True, False, 0.8), "decoy"),
        c("ClinicalNotes", "free_text", "VARCHAR", g.col(note, 0.25)),
    ])


# -- UK, Canada, benefits ----------------------------------------------------------------------------------------------


def nhs_outpatients(g: Gen) -> Table:
    """An NHS trust's outpatient appointments (SCREAMING, NHS data dictionary names): NHS number, local patient id,
    names, birth date, gender code, address line, town, postcode, mobile, the registered GP practice code and GP
    name (staff-like, many), the consultant's GMC code (``none``) and name (staff), treatment function, appointment
    date, attendance, referral date, ethnic category, next of kin (mostly empty) and the site's address."""
    people = [v.person(g, "uk") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.UK_TOWNS) for _ in range(g.rows)]
    consultants = [(g.code("9999999"), f"{g.rnd.choice(['Mr', 'Ms', 'Dr', 'Prof'])} {v.whole(g, 'uk')}")
                   for _ in range(6)]
    cons = [g.rnd.choice(consultants) for _ in range(g.rows)]
    gps = [(g.code("A99999"), f"Dr {v.person(g, 'uk')[0][0]} {v.person(g, 'uk')[1]}") for _ in range(25)]
    gp = [g.rnd.choice(gps) for _ in range(g.rows)]
    return Table("NHS_TRUST.OP_APPOINTMENTS", "en", "screaming", [
        c("NHS_NUMBER", "national_id", "VARCHAR", g.col(lambda: v.nhs_number(g, g.rnd.random() < 0.5), 0.03),
          HEALTH_ID),
        c("LOCAL_PATIENT_IDENTIFIER", N, "VARCHAR", g.col(lambda: g.code("RR8999999")), "decoy", KEY, SHAPE),
        c("PATIENT_FORENAME", "first_name", "VARCHAR", [a for a, _ in people]),
        c("PATIENT_SURNAME", "last_name", "VARCHAR", [b.upper() for _, b in people]),
        c("PERSON_BIRTH_DATE", "date_of_birth", "DATE", g.births(1925, 2024)),
        c("PERSON_STATED_GENDER_CODE", N, "VARCHAR", g.col(g.pick(["1", "2", "9", "X"])), "decoy"),
        c("PATIENT_USUAL_ADDRESS_LINE_1", "street_address", "VARCHAR", g.col(lambda: v.uk_street(g))),
        c("PATIENT_USUAL_ADDRESS_TOWN", "city", "VARCHAR", [t[0] for t in towns]),
        c("POSTCODE_OF_USUAL_ADDRESS", "postal_code", "VARCHAR", [v.uk_postcode(g, t[1]) for t in towns]),
        c("MOBILE_TELEPHONE_NUMBER", "phone", "VARCHAR", g.phones("GB", {"national": 0.7, "intl": 0.3}, 1.0, 0.15)),
        c("GENERAL_MEDICAL_PRACTICE_CODE", N, "VARCHAR", [x[0] for x in gp], "decoy", SHAPE),
        c("REGISTERED_GP_NAME", "person_name", "VARCHAR", [x[1] for x in gp], ROLE, CRED),
        c("CONSULTANT_CODE", N, "VARCHAR", [f"C{x[0]}" for x in cons], "decoy", SHAPE),
        c("CONSULTANT_NAME", "person_name", "VARCHAR", [x[1] for x in cons], STAFF, CRED),
        c("TREATMENT_FUNCTION_CODE", N, "VARCHAR", g.col(g.pick(["100", "110", "301", "320", "502"])), "decoy",
          MEDCODE),
        c("APPOINTMENT_DATE", N, "DATE", g.days("2025-09-01", "2026-02-28"), "decoy"),
        c("ATTENDED_OR_DID_NOT_ATTEND", N, "VARCHAR", g.col(g.pick(["5", "6", "2", "3", "7"]), 0.3), "decoy"),
        c("REFERRAL_REQUEST_RECEIVED_DATE", N, "DATE", g.days("2025-01-01", "2025-09-30"), "decoy"),
        c("ETHNIC_CATEGORY", N, "VARCHAR", g.col(g.pick(list("ABCHJKLMNPRSZ"))), "decoy"),
        c("NEXT_OF_KIN_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "uk"), 0.65), HEAVY, ROLE),
        c("SITE_CODE_OF_TREATMENT", N, "VARCHAR", g.col(g.pick(["RR801", "RR813", "RR8LL"])), "decoy"),
        c("SITE_ADDRESS", N, "VARCHAR", g.col(g.pick(["Beckett Street, Leeds LS9 7TF",
                                                      "Great George Street, Leeds LS1 3EX"])), "business"),
    ])


def on_ohip_claims(g: Gen) -> Table:
    """An Ontario physician's OHIP claims from a billing program (snake): claim number, health number (Luhn) and
    version code (``none``), names, birth date, sex, address, city, province, postal code, phone, e-mail (mostly
    empty), the billing physician (few) and the referring physician's billing number (``none``) and name, fee and
    diagnostic codes, service date, amounts and status."""
    people = [v.person(g, "ca") for _ in range(g.rows)]
    cities = [g.rnd.choice(v.CA_CITIES) for _ in range(g.rows)]
    docs = _staff(g, 3, lambda x: v.clinician(x, "ca"))
    return Table("ohip_billing.claim_items", "en", "snake", [
        c("claim_no", N, "VARCHAR", g.col(lambda: g.code("HCP99999999")), "decoy", KEY, SHAPE),
        c("health_number", "national_id", "VARCHAR", g.col(lambda: v.ohip(g)), HEALTH_ID),
        c("version_code", N, "VARCHAR", g.col(lambda: g.code("AA"), 0.2), "decoy"),
        c("pt_given_name", "first_name", "VARCHAR", [a for a, _ in people]),
        c("pt_surname", "last_name", "VARCHAR", [b for _, b in people]),
        c("pt_birth_date", "date_of_birth", "DATE", g.births(1930, 2024)),
        c("pt_sex", N, "VARCHAR", g.col(g.pick(["1", "2"])), "decoy"),
        c("pt_address", "street_address", "VARCHAR", g.col(lambda: v.ca_street(g), 0.1)),
        c("pt_city", "city", "VARCHAR", [x[0] for x in cities]),
        c("pt_province", N, "VARCHAR", ["ON"] * g.rows, "decoy"),
        c("pt_postal_code", "postal_code", "VARCHAR", [v.ca_postal(g, x[1]) for x in cities]),
        c("pt_phone", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dashes": 0.3, "dots": 0.2}, 0.6, 0.1)),
        c("pt_email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ca"]) if g.rnd.random() < 0.3 else None
                                           for a, b in people], HEAVY),
        c("billing_physician", "person_name", "VARCHAR", g.col(g.pick(docs)), STAFF, CRED),
        c("referring_billing_no", N, "VARCHAR", g.col(lambda: g.code("999999"), 0.5), "decoy", SHAPE),
        c("referring_physician", "person_name", "VARCHAR", g.col(lambda: v.clinician(g, "ca"), 0.5), ROLE, CRED),
        c("fee_code", N, "VARCHAR", g.col(g.pick(["A007A", "A001A", "K005A", "G539A", "E080A"])), "decoy", MEDCODE),
        c("diag_code", N, "VARCHAR", g.col(g.pick(["250", "401", "300", "724", "460", "917"])), "decoy", MEDCODE),
        c("service_date", N, "DATE", g.days("2025-04-01", "2025-11-30"), "decoy"),
        c("fee_submitted", N, "DECIMAL(8,2)", g.amounts(20, 190), "decoy"),
        c("fee_paid", N, "DECIMAL(8,2)", g.amounts(0, 190, 0.2), "decoy"),
        c("claim_status", N, "VARCHAR", g.col(g.pick(["PAID", "PAID", "REJECTED", "PENDING"])), "decoy"),
    ])


def benefits_enrollment(g: Gen) -> Table:
    """An employer's benefits enrollment file (snake), one row per covered person: employee id, the employee's SSN,
    name and last four digits of the SSN (``none``), dependent names, relationship code, birth date and SSN
    (mostly empty), gender, plan, coverage tier, effective and termination dates, group number, carrier (``none``),
    home e-mail and phone, the HR admin's login and the upload job."""
    emps = [(v.person(g), v.us_ssn(g)) for _ in range(g.rows // 3 + 1)]
    emp = [g.rnd.choice(emps) for _ in range(g.rows)]
    is_dep = [g.rnd.random() < 0.6 for _ in range(g.rows)]
    rel = [g.rnd.choice(["SP", "CH", "CH", "DP"]) if d else "EE" for d in is_dep]
    admins = _staff(g, 3, lambda x: v.login(*v.person(x), 1))
    return Table("hr_benefits.enrollment_members", "en", "snake", [
        c("employee_id", N, "INTEGER", [100_000 + emps.index(e) for e in emp], "decoy", KEY),
        c("employee_ssn", "ssn", "VARCHAR", [e[1] for e in emp]),
        c("ssn_last4", N, "VARCHAR", [e[1][-4:] for e in emp], "decoy", PARTIAL),
        c("employee_name", "person_name", "VARCHAR", [f"{e[0][0]} {e[0][1]}" for e in emp], ROLE),
        c("member_first_name", "first_name", "VARCHAR", [v.given(g) if d else e[0][0]
                                                         for e, d in zip(emp, is_dep, strict=True)]),
        c("member_last_name", "last_name", "VARCHAR", [e[0][1] for e in emp]),
        c("relationship_code", N, "VARCHAR", rel, "decoy"),
        c("member_dob", "date_of_birth", "DATE", [g.birth(2002, 2025) if r == "CH" else g.birth(1958, 2001)
                                                  for r in rel]),
        c("dependent_ssn", "ssn", "VARCHAR", [v.us_ssn(g) if d and g.rnd.random() < 0.5 else None for d in is_dep],
          HEAVY),
        c("gender", N, "VARCHAR", g.col(g.pick(["F", "M", "X"])), "decoy"),
        c("plan_code", N, "VARCHAR", g.col(g.pick(["MED-PPO-500", "MED-HDHP", "DEN-BASE", "VIS-PLUS"])), "decoy"),
        c("coverage_tier", N, "VARCHAR", g.col(g.pick(["EE", "EE+SP", "EE+CH", "FAM"])), "decoy"),
        c("effective_date", N, "DATE", g.days("2025-01-01", "2026-01-01"), "decoy"),
        c("termination_date", N, "DATE", g.days("2025-03-01", "2026-12-31", 0.9), "decoy"),
        c("group_number", N, "VARCHAR", ["GRP-0044817"] * g.rows, "decoy", SHAPE),
        c("carrier_name", N, "VARCHAR", g.col(g.pick([p[0] for p in v.PAYERS[:3]])), "business"),
        c("home_email", "email", "VARCHAR", [v.email_of(g, *e[0], v.DOMAINS["us"]) if g.rnd.random() < 0.8 else None
                                             for e in emp]),
        c("home_phone", "phone", "VARCHAR", g.phones("US", {"dashes": 0.6, "dots": 0.2, "national": 0.2}, 0.7, 0.2)),
        c("updated_by", USERNAME, "VARCHAR", g.col(g.pick(admins)), USER, AUDIT),
        c("load_job", N, "VARCHAR", g.col(g.pick(["benadmin_sftp_834", "oe_2026_loader"])), "decoy", SERVICE, AUDIT),
    ])


# -- apps: wellness, telehealth, portal --------------------------------------------------------------------------------


def wellness_readings(g: Gen) -> Table:
    """A wellness app's biometric readings (camelCase): reading id, user id, device serial and firmware, type and
    values, time and offset, the user's nickname (``unclassified``), an ``externalId`` holding the user's e-mail (a
    misleading name), a profile birthday (``mm/dd/yyyy``, mostly empty), coordinates (``none``), a session token
    (``none``), the coach's name (staff) and note, and the sync source."""
    users = [(v.person(g), g.rnd.randint(1, 999_999)) for _ in range(300)]
    user = [g.rnd.choice(users) for _ in range(g.rows)]
    nick = {u[1]: f"{v.plain(u[0][0])}{g.rnd.choice(['_runs', 'fit', '2025', '_rx', ''])}{g.rnd.randint(1, 99)}"
            for u in users}
    bday = {u[1]: g.birth(1950, 2006).strftime("%m/%d/%Y") for u in users}
    mail = {u[1]: v.email_of(g, *u[0], v.DOMAINS["us"]) for u in users}
    coaches = _staff(g, 4, lambda x: v.whole(x))

    def note() -> str:
        return g.rnd.choice(["Great week on steps!", f"Spoke with {v.whole(g)}, BP trending down",
                             f"Member asked to text {g.phone('US', 'dashes')} instead", "Reminder: fasting glucose AM"])

    return Table("wellness_app.biometric_readings", "en", "camel", [
        c("readingId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("userId", N, "INTEGER", [u[1] for u in user], "decoy", KEY),
        c("deviceSerial", N, "VARCHAR", g.col(lambda: g.code("BPM-ZZZZ-ZZZZ")), "decoy", SHAPE),
        c("firmwareVersion", N, "VARCHAR", g.col(g.version), "decoy", SHAPE),
        c("readingType", N, "VARCHAR", g.col(g.pick(["blood_pressure", "glucose", "weight", "heart_rate"])),
          "decoy"),
        c("systolic", N, "INTEGER", g.ints(95, 175, 0.5), "decoy"),
        c("diastolic", N, "INTEGER", g.ints(55, 110, 0.5), "decoy"),
        c("glucoseMgDl", N, "INTEGER", g.ints(70, 260, 0.6), "decoy"),
        c("weightKg", N, "DOUBLE", g.floats(45, 150, 1, 0.6), "decoy"),
        c("recordedAt", N, "TIMESTAMP", g.moments("2025-08-01", "2025-11-30"), "decoy"),
        c("tzOffset", N, "VARCHAR", g.col(g.pick(["-05:00", "-06:00"])), "decoy"),
        c("nickname", USERNAME, "VARCHAR", [nick[u[1]] for u in user], USER),
        c("externalId", "email", "VARCHAR", [mail[u[1]] for u in user], MISLEADING),
        c("profileBirthday", "date_of_birth", "VARCHAR", [bday[u[1]] if g.rnd.random() < 0.35 else None
                                                          for u in user], HEAVY, DOB_TEXT),
        c("lat", N, "DOUBLE", g.floats(30.2, 36.1, 5), "decoy"),
        c("lng", N, "DOUBLE", g.floats(-94.0, -82.5, 5), "decoy"),
        c("sessionToken", N, "VARCHAR", g.col(lambda: v.token(g, "wst_")), "decoy", CREDENTIAL),
        c("coachName", "person_name", "VARCHAR", g.col(g.pick(coaches), 0.4), STAFF),
        c("coachNote", "free_text", "VARCHAR", g.col(note, 0.8), HEAVY),
        c("syncSource", N, "VARCHAR", g.col(g.pick(["ios_healthkit", "android_health_connect", "ble_direct"])),
          "decoy"),
    ])


def telehealth_visits(g: Gen) -> Table:
    """A telehealth platform's visit log (snake): visit id, scheduled start and duration, the patient's name, phone,
    e-mail and state, a free-text chief complaint (naming people, phones), a canned visit reason, the clinician
    (credentials) and NPI, the room id and recording URL (``none``), codes, consent, the pharmacy of record and its
    phone (``none``), a callback number (mostly empty) and interpreter language."""
    clinicians = _staff(g, 8, v.clinician)

    def complaint() -> str:
        return g.rnd.choice(["sore throat x3 days, fever 101", "refill lisinopril, ran out Sunday",
                             f"rash on arm after hiking. wife {v.given(g)} thinks poison ivy",
                             f"UTI sx, pls call back at {g.phone('US', 'national')}",
                             f"anxiety, referred by Dr. {v.person(g)[1]}", "follow-up on A1c results",
                             f"my son {v.given(g)} has pink eye, can I get drops for both kids"])

    starts = g.moments("2025-07-01", "2025-11-30")
    people = [v.person(g) for _ in range(g.rows)]
    return Table("telehealth.visit_log", "en", "snake", [
        c("visit_id", N, "VARCHAR", g.col(lambda: g.code("TV-ZZZZZZZZ")), "decoy", KEY, SHAPE),
        c("scheduled_start", N, "TIMESTAMP", starts, "decoy"),
        c("duration_sec", N, "INTEGER", g.ints(180, 2_400), "decoy"),
        c("patient_full_name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in people]),
        c("patient_mobile", "phone", "VARCHAR", g.phones("US", {"e164": 0.6, "national": 0.4}, 1.0, 0.03)),
        c("patient_email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["us"]) for a, b in people]),
        c("patient_state", N, "VARCHAR", g.col(g.pick(["AL", "MS", "LA", "TN", "AR", "SC"])), "decoy"),
        c("chief_complaint", "free_text", "VARCHAR", g.col(complaint, 0.05)),
        c("visit_reason", N, "VARCHAR", g.col(g.pick(["URI", "UTI", "Rx refill", "Rash", "Behavioral health"])),
          "decoy"),
        c("clinician", "person_name", "VARCHAR", g.col(g.pick(clinicians)), STAFF, CRED),
        c("clinician_npi", N, "VARCHAR", g.col(lambda: v.npi(g)), "decoy", SHAPE),
        c("room_id", N, "VARCHAR", g.col(g.uuid), "decoy", SHAPE),
        c("recording_url", N, "VARCHAR", g.col(lambda: f"https://media.televisit.example/rec/{g.sha256()[:24]}.mp4",
                                               0.6), "decoy"),
        c("dx_icd10", N, "VARCHAR", g.col(g.pick(v.ICD10), 0.1), "decoy", MEDCODE),
        c("em_cpt", N, "VARCHAR", g.col(g.pick(["99212", "99213", "99214", "99441"])), "decoy", MEDCODE),
        c("consent_recorded", N, "BOOLEAN", g.yn(True, False, 0.97), "decoy"),
        c("pharmacy_of_record", N, "VARCHAR", g.col(g.pick(["Dixie Drug Pharmacy #214", "Cotton Row Pharmacy #551"]),
                                                    0.2), "business"),
        c("pharmacy_phone", N, "VARCHAR", g.col(lambda: v.office_phone(g), 0.2), "business"),
        c("callback_number", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.5}, 0.8, 0.75), HEAVY),
        c("interpreter_language", N, "VARCHAR", g.col(g.pick(["spa", "vie", "tgl"]), 0.85), "decoy"),
    ])


def portal_access_log(g: Gen) -> Table:
    """A patient portal's access log (snake): event id and time, login name (``unclassified``) and login e-mail, the
    client IP (v4 and v6), user agent, action, FHIR resource path, session id, MFA method, the proxy's name (a parent
    or carer acting for the patient, mostly empty), HTTP status and response size."""
    users = [v.person(g) for _ in range(350)]
    user = [g.rnd.choice(users) for _ in range(g.rows)]
    logins = {u: v.login(*u, i) for i, u in enumerate(users)}
    return Table("portal.access_log", "en", "snake", [
        c("event_id", N, "BIGINT", g.keys(5_000_000_001), "decoy", KEY),
        c("event_ts", N, "TIMESTAMP", g.moments("2025-10-01", "2025-11-30"), "decoy"),
        c("login_name", USERNAME, "VARCHAR", [logins[u] for u in user], USER),
        c("login_email", "email", "VARCHAR", [v.email_of(g, *u, v.DOMAINS["us"]) for u in user]),
        c("client_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3))),
        c("user_agent", N, "VARCHAR", g.col(g.pick(["MyChartLike/11.2 (iPhone; iOS 18.1)",
                                                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0",
                                                    "okhttp/4.12.0"])), "decoy"),
        c("action", N, "VARCHAR", g.col(g.pick(["LOGIN", "VIEW_RESULTS", "MESSAGE_SEND", "DOWNLOAD_CCD", "LOGOUT"])),
          "decoy"),
        c("resource_path", N, "VARCHAR", g.col(lambda: f"/fhir/r4/{g.rnd.choice(['Observation', 'Encounter'])}/"
                                               f"{g.uuid()}"), "decoy"),
        c("session_id", N, "VARCHAR", g.col(lambda: g.sha256()[:32]), "decoy", CREDENTIAL),
        c("mfa_method", N, "VARCHAR", g.col(g.pick(["sms", "totp", "email", None])), "decoy"),
        c("proxy_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.8), HEAVY, ROLE),
        c("http_status", N, "INTEGER", g.col(g.pick([200, 200, 200, 302, 401, 403])), "decoy"),
        c("bytes_sent", N, "INTEGER", g.ints(200, 900_000), "decoy"),
    ])


def ie_pharmacy_claims(g: Gen) -> Table:
    """An Irish community pharmacy's scheme claims (snake): claim id, scheme (GMS, DPS, LTI), GMS card number
    (``none``), PPSN, names, birth date (``dd/mm/yyyy``), address, town, county (``none``), Eircode, mobile, the
    prescriber (a GP, many) and the dispensing pharmacist (staff), item, quantity, claim month and a pharmacist's
    note (mostly NULL words)."""
    people = [v.person(g, "ie") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.IE_TOWNS) for _ in range(g.rows)]
    pharmacists = _staff(g, 3, lambda x: v.whole(x, "ie"))
    gps = [f"Dr {v.whole(g, 'ie')}" for _ in range(20)]

    def note() -> str:
        return g.rnd.choice([f"Collected by daughter {v.given(g, 'ie')}", f"Ring {g.phone('IE', 'national')} re owing", "Blister pack weekly", f"Husband {v.whole(g, 'ie')} to collect"])

    return Table("pharmacy_ie.scheme_claims", "en", "snake", [
        c("claim_id", N, "INTEGER", g.keys(40_001), "decoy", KEY),
        c("scheme", N, "VARCHAR", g.col(g.pick(["GMS", "DPS", "LTI", "GMS"])), "decoy"),
        c("gms_card_no", N, "VARCHAR", g.col(lambda: g.code("9999999A"), 0.45), "decoy", KEY, SHAPE),
        c("ppsn", "national_id", "VARCHAR", g.col(lambda: v.ppsn(g), 0.05), HEALTH_ID),
        c("first_name", "first_name", "VARCHAR", [a for a, _ in people]),
        c("surname", "last_name", "VARCHAR", [b for _, b in people]),
        c("dob", "date_of_birth", "VARCHAR", [g.birth(1930, 2023).strftime("%d/%m/%Y") for _ in range(g.rows)],
          DOB_TEXT),
        c("address_1", "street_address", "VARCHAR", g.col(lambda: v.ie_street(g))),
        c("town", "city", "VARCHAR", [t[0] for t in towns]),
        c("county", N, "VARCHAR", [t[1] for t in towns], "decoy"),
        c("eircode", "postal_code", "VARCHAR", [v.eircode(g, t[2]) if g.rnd.random() < 0.85 else None
                                                for t in towns]),
        c("mobile", "phone", "VARCHAR", g.phones("IE", {"national": 0.6, "intl": 0.4}, 0.9, 0.2)),
        c("prescriber", "person_name", "VARCHAR", g.col(g.pick(gps)), ROLE, CRED),
        c("pharmacist", "person_name", "VARCHAR", g.col(g.pick(pharmacists)), STAFF),
        c("item_desc", N, "VARCHAR", g.col(lambda: g.rnd.choice(v.DRUGS)[1]), "decoy"),
        c("qty", N, "INTEGER", g.ints(7, 112), "decoy"),
        c("claim_month", N, "VARCHAR", g.col(g.pick(["2025-09", "2025-10", "2025-11"])), "decoy"),
        c("pharmacist_note", "free_text", "VARCHAR", g.sparse(note, 0.8, ("", "-", "NULL", "none", ".")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (fhir_patient, 1_200), (hl7_adt, 1_500), (x12_837, 1_600), (x12_835, 900), (pbm_fills, 2_000),
    (lab_results, 1_800), (au_dental, 650), (nhs_outpatients, 1_100), (on_ohip_claims, 700),
    (benefits_enrollment, 950), (wellness_readings, 2_000), (telehealth_visits, 800), (portal_access_log, 1_400),
    (ie_pharmacy_claims, 420),
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
