"""Held-out set v94 for the column classifier: 15 tables of *North American healthcare revenue cycle and health
insurance* (837-style professional claims, 835-style remittances, eligibility checks, an EHR's patient demographics
export, prior authorizations, a pharmacy benefit manager's member file, a dental insurer's subscribers and dependents,
a Québec physician billing extract, a Québec group insurer's drug claims, a hospital's financial-assistance
applications, a collections agency's medical accounts, a workers' compensation claim file, a telehealth platform's
intake, a Puerto Rico Medicare Advantage plan's enrollments and a clearinghouse's opaque staging table), one system per
table and each a different organisation, twelve with English column names (Ohio, Tennessee, Kentucky, Georgia, North
Carolina, Indiana, Missouri, Alabama, Mississippi) and three in French (two Québec systems) and Spanish (a Puerto
Rico plan).

Naming styles: X12 segment/element names (``NM1_IL_03``, ``SBR_03``, ``CLP_07``), HL7-like ``PID-5`` and ``NK1-2``,
camel case (eligibility, telehealth), Pascal case (prior authorizations), vendor CSV headers with spaces (the PBM
file), SCREAMING case (collections), abbreviated snake case (``gtr_fnm``, ``addr_ln1``), French and Spanish snake
case, and opaque ``col01`` to ``col18``. Three are legacy extracts with padded CHAR values: a dental insurer's AS/400
subscriber/dependent file (field prefix ``SD``, the SSN, ZIP and phone as ``DECIMAL`` numbers with 0 for missing,
``CYYMMDD`` dates, ``SDUDF2`` by row a phone, an e-mail or a name), a workers' compensation COBOL extract
(``WC-CLMT-LAST-NM``, the SSN, ZIP and phone as numbers, ``YYYYMMDD`` dates, the employer's FEIN, ``WC-USER-FLD-2``)
and the Québec billing extract (padded names, ``AAAAMMJJ`` dates as text).

Written **blind**, like v2 to v92: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how the
scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v27 (its modules, its
test and ``tests/heldout_support.py``), the module docstrings of v24 to v92 (to avoid their domains) and the
``Column``/``Table`` classes and writer of v2 and v4. The classifier was not run on this set while it was written, no
scorer was run on it, and no score was looked at. It was written under a short deadline (25 minutes, the tests and
lint included), so some labels are quick decisions rather than settled conventions.

Identifiers: US SSNs (python-stdnum) as text, without dashes and as numbers; Canadian SINs (Luhn, python-stdnum); NPIs
of providers and facilities (Luhn over the ``80840`` prefix, checked with python-stdnum's Luhn); Medicare Beneficiary
Identifiers in the CMS layout (no check digit); Québec health insurance numbers (RAMQ, encoding the row's name and
birth date, women's months plus 50); EINs of employers (python-stdnum); a card kept in clear (Luhn); phones valid for
the table's region (the United States, Québec, Puerto Rico; phonenumbers). Decoys: claim and case numbers shaped like
an SSN and failing its check, legacy payer provider ids shaped like an NPI and failing its check, payer claim control
numbers, trace and check numbers, authorization numbers, ICD-10-CM, CPT/HCPCS, CDT and CARC codes, BIN/PCN, group
numbers, plan contract ids, hashes and UUIDs.

Labeling choices a reader may question:

* an NPI is ``none`` whether the provider is a person or an organisation (tag ``value_shape``), as v36 decided: a
  public registry number of a provider in their professional role; a Québec physician's billing number is ``none``
  too; the *names* of ordering, rendering, attending and primary-care providers are personal (staff or role words);
* a medical record number, a health-plan member id, a PBM cardholder id, a subscriber id and a group number are
  ``none`` (join keys, as v36): issued by a provider or a payer, not by a state;
* a Medicare MBI (issued by CMS) and a Québec RAMQ number are ``national_id`` (government health numbers, as v36's
  Ontario health number); SSNs and SINs are ``ssn``, also as numbers and with placeholders ``000-00-0000``;
* X12 ``NM1_85`` (billing provider) and ``N3``/``N4`` of the billing provider, a payer's name and phone, a facility's
  address, phone and fax, a pharmacy's name and phone, an employer's name and FEIN are ``none`` (tag ``business``);
  the rendering provider's family and given names are ``last_name``/``first_name``;
* subscriber, patient, guarantor, dependent, debtor, claimant, applicant, beneficiary (``adherent``, ``personne à
  charge``, ``beneficiario``, ``representante autorizado``) are role words for data subjects (tag ``role_word``);
  reviewers, adjusters, collectors, clinicians and brokers are staff (tag ``staff`` when few of them); collector and
  reviewer logins are ``unclassified`` (tag ``username``);
* HL7 ``PID-5`` (``FAMILY^GIVEN^MIDDLE``) and ``NK1-2`` are ``person_name``; ``PID-11`` (a whole address with
  ``^`` components) is ``street_address``; ``PD1-4`` (``NPI^FAMILY^GIVEN``) is ``person_name``;
* a middle initial is ``person_name`` (a name part that is neither the given nor the family name); Spanish
  ``apellido_paterno`` and ``apellido_materno`` are both ``last_name``;
* opaque fields holding one kind take that kind (``WC-USER-FLD-2`` phones, ``col14`` SSNs); a field mixing phones,
  e-mails and names by row (``SDUDF2``, ``col16``) is ``free_text`` (tag ``mixed_kinds``);
* clinical notes, reviewer notes, collector notes, injury descriptions, chief complaints and ``remarque``/``notas``
  naming people are ``free_text``; a canned denial reason or visit type is ``none``;
* dates of birth as ``CCYYMMDD`` text, ``CYYMMDD`` or ``YYYYMMDD`` numbers, ``MM/DD/YYYY`` and ``dd/mm/aaaa`` text
  are ``date_of_birth``; service, admission, injury, effective, placement and payment dates are ``none``;
* a bank account number for reimbursements is ``unclassified`` (tag ``bank_account``); the last four digits of an
  account or an SSN are ``none`` (tag ``partial``); a US state, a province and ``PR`` are ``none``; a Puerto Rico
  municipio is ``city``; an ``employer`` of a patient is ``none`` (tag ``business``).

Labeling rules otherwise as v27 (see :mod:`benchmarks.classification.heldout_v27`). ``null_heavy`` means 50-95%
NULL, ``nullword_heavy`` 70-95% NULL words. Rows per table: 200 to 1,500.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v94_values`, written for v94 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v94 [PATH]`` (default ``/tmp/heldout_v94.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v94``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v94_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v94_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v94.duckdb")

HEAVY = "null_heavy"
NULLWORD = "nullword_heavy"
SHAPE = "value_shape"
STAFF = "staff"
ROLE = "role_word"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
MIXED = "mixed_kinds"
CODE = "medical_code"
USER = "username"
PARTIAL = "partial"
BANK = "bank_account"
ABBREV = "abbrev"
X12 = "interchange"


def _staff(g: Gen, n: int, make: Callable[[Gen], str] = v.whole) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _pad(values: list, width: int) -> list:
    return [None if x is None else str(x)[:width].ljust(width) for x in values]


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "n/a", "unknown", "NULL") + extra


def _mixed(g: Gen, region: str = "US", lang: str = "us") -> str:
    roll = g.rnd.random()
    if roll < 0.34:
        return g.phone(region, g.rnd.choice(["dashes", "national"]))
    if roll < 0.67:
        return v.email(g, lang)
    return v.whole(g, lang)


# -- claims, remittances, eligibility ----------------------------------------------------------------------------------


def claims_837(g: Gen) -> Table:
    """A clearinghouse's 837P claims flattened by loop and element: the subscriber (``NM1_IL``), the patient when not
    the subscriber (``NM1_QC``, mostly NULL), the billing provider (``NM1_85``: a business), the rendering provider's
    names (staff) and NPI, diagnosis and procedure codes, the subscriber's SSN in ``REF_SY`` (mostly NULL)."""
    bills = [(v.FACILITIES[i], v.npi(g, True), v.office_street(g),
              g.rnd.choice(v.US_CITIES))
             for i in range(len(v.FACILITIES))]
    bill = [g.rnd.randrange(len(bills)) for _ in range(g.rows)]
    docs = [(*v.person(g), v.npi(g)) for _ in range(25)]
    doc = [g.rnd.choice(docs) for _ in range(g.rows)]
    subs = [v.person(g) for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    dep = [g.rnd.random() < 0.3 for _ in range(g.rows)]
    return Table("clearinghouse.claims_837p", "en", "x12", [
        c("CLM_01", N, "VARCHAR", g.col(lambda: g.code("PCN99999999")), "decoy", KEY),
        c("CLM_02", N, "DECIMAL(10,2)", g.amounts(45, 4800), "decoy"),
        c("SBR_01", N, "VARCHAR", g.col(g.pick(["P", "S", "T"])), "decoy", X12),
        c("SBR_02", N, "VARCHAR", ["" if d else "18" for d in dep], "decoy", X12),
        c("SBR_03", N, "VARCHAR", g.col(lambda: g.code("GRP99999")), "decoy", X12),
        c("SBR_09", N, "VARCHAR", g.col(g.pick(["CI", "BL", "MB", "MC", "HM"])), "decoy", X12),
        c("NM1_IL_03", "last_name", "VARCHAR", [b.upper() for _, b in subs], X12, ROLE),
        c("NM1_IL_04", "first_name", "VARCHAR", [a.upper() for a, _ in subs], X12, ROLE),
        c("NM1_IL_09", N, "VARCHAR", g.col(lambda: g.code("ZZZ999999999")), "decoy", KEY, X12),
        c("N3_IL_01", "street_address", "VARCHAR", g.col(lambda: v.us_street(g).upper()), X12),
        c("N4_IL_01", "city", "VARCHAR", [p[0].upper() for p in places], X12),
        c("N4_IL_02", N, "VARCHAR", [p[1] for p in places], "decoy", X12),
        c("N4_IL_03", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) + (g.digits(4) if g.rnd.random() < 0.4 else "")
                                                  for p in places], X12),
        c("DMG_IL_02", "date_of_birth", "VARCHAR", [g.birth(1940, 2005).strftime("%Y%m%d") for _ in range(g.rows)],
          X12),
        c("REF_SY_02", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, False), 0.8), X12, HEAVY),
        c("NM1_QC_03", "last_name", "VARCHAR", [v.person(g)[1].upper() if d else None for d in dep], X12, ROLE,
          HEAVY),
        c("NM1_QC_04", "first_name", "VARCHAR", [v.person(g)[0].upper() if d else None for d in dep], X12, ROLE,
          HEAVY),
        c("NM1_85_03", N, "VARCHAR", [bills[i][0].upper() for i in bill], "business", X12),
        c("NM1_85_09", N, "VARCHAR", [bills[i][1] for i in bill], "business", SHAPE, X12),
        c("N3_85_01", N, "VARCHAR", [bills[i][2].upper() for i in bill], "business", X12),
        c("N4_85_01", N, "VARCHAR", [bills[i][3][0].upper() for i in bill], "business", X12),
        c("NM1_82_03", "last_name", "VARCHAR", [d[1].upper() for d in doc], X12),
        c("NM1_82_04", "first_name", "VARCHAR", [d[0].upper() for d in doc], X12),
        c("NM1_82_09", N, "VARCHAR", [d[2] for d in doc], "decoy", SHAPE, X12),
        c("HI_01_02", N, "VARCHAR", g.col(g.pick(v.ICD10)), "decoy", CODE),
        c("SV1_01_02", N, "VARCHAR", g.col(g.pick(v.CPT)), "decoy", CODE),
        c("DTP_472_03", N, "VARCHAR", [g.day("2025-06-01", "2025-12-31").strftime("%Y%m%d") for _ in range(g.rows)],
          "decoy"),
    ])


def remits_835(g: Gen) -> Table:
    """A billing company's 835 remittance lines (SCREAMING X12 names): the check/EFT trace, the payer (a business),
    the payee's NPI, the patient's name and member id, the corrected insured name (``NM1_74``, mostly NULL), the
    claim status, charge and paid amounts, adjustment reason codes, the payer's claim control number."""
    pairs = [v.person(g) for _ in range(g.rows)]
    return Table("billing_co.ERA_835_LINES", "en", "x12", [
        c("TRN_02", N, "VARCHAR", g.col(lambda: g.code("9999999999")), "decoy", SHAPE),
        c("BPR_02", N, "DECIMAL(12,2)", g.amounts(100, 90000), "decoy"),
        c("N1_PR_02", N, "VARCHAR", g.col(g.pick(v.PAYERS)), "business"),
        c("N1_PE_04", N, "VARCHAR", g.col(lambda: v.npi(g, True)), "business", SHAPE),
        c("CLP_01", N, "VARCHAR", g.col(lambda: g.code("PCN99999999")), "decoy", KEY),
        c("CLP_02", N, "VARCHAR", g.col(g.pick(["1", "2", "4", "22"])), "decoy"),
        c("CLP_03", N, "DECIMAL(10,2)", g.amounts(45, 4800), "decoy"),
        c("CLP_04", N, "DECIMAL(10,2)", g.amounts(0, 3000), "decoy"),
        c("CLP_07", N, "VARCHAR", g.col(lambda: g.code("99999999999999")), "decoy", SHAPE),
        c("NM1_QC_03", "last_name", "VARCHAR", [b.upper() for _, b in pairs], X12, ROLE),
        c("NM1_QC_04", "first_name", "VARCHAR", [a.upper() for a, _ in pairs], X12, ROLE),
        c("NM1_QC_09", N, "VARCHAR", g.col(lambda: g.code("ZZZ999999999")), "decoy", KEY),
        c("NM1_74_03", "last_name", "VARCHAR", g.col(lambda: v.person(g)[1].upper(), 0.85), X12, HEAVY),
        c("CAS_01_02", N, "VARCHAR", g.col(g.pick(v.CARC)), "decoy", CODE),
        c("SVC_01_02", N, "VARCHAR", g.col(g.pick(v.CPT)), "decoy", CODE),
        c("DTM_232_02", N, "VARCHAR", [g.day("2025-05-01", "2025-11-30").strftime("%Y%m%d") for _ in range(g.rows)],
          "decoy"),
        c("PAYER_LEGACY_PROV_ID", N, "VARCHAR", g.col(lambda: v.npi_shaped_decoy(g)), "decoy", SHAPE),
    ])


def eligibility_checks(g: Gen) -> Table:
    """A clearinghouse's real-time eligibility API log (camel case): the request, payer and provider NPI, the
    subscriber's and the dependent's names and birth dates, member id and group number, coverage, copay, the
    front-desk user who asked (few logins), the response trace."""
    users = sorted({v.login(*v.person(g)) for _ in range(6)})
    subs = [v.person(g) for _ in range(g.rows)]
    dep = [g.rnd.random() < 0.35 for _ in range(g.rows)]
    return Table("elig_api.eligibilityChecks", "en", "camel", [
        c("requestId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("payerId", N, "VARCHAR", g.col(g.pick(["60054", "62308", "87726", "SB580", "00431"])), "decoy"),
        c("providerNpi", N, "VARCHAR", g.col(lambda: v.npi(g)), "decoy", SHAPE),
        c("subscriberFirstName", "first_name", "VARCHAR", [a for a, _ in subs], ROLE),
        c("subscriberLastName", "last_name", "VARCHAR", [b for _, b in subs], ROLE),
        c("subscriberDob", "date_of_birth", "VARCHAR", [g.birth(1945, 2004).isoformat() for _ in range(g.rows)]),
        c("memberId", N, "VARCHAR", g.col(lambda: g.code("W999999999")), "decoy", KEY),
        c("groupNumber", N, "VARCHAR", g.col(lambda: g.code("999999-999")), "decoy"),
        c("dependentFirstName", "first_name", "VARCHAR", [v.person(g)[0] if d else None for d in dep], ROLE, HEAVY),
        c("dependentDob", "date_of_birth", "VARCHAR", [g.birth(2005, 2024).isoformat() if d else None for d in dep],
          HEAVY),
        c("coverageStatus", N, "VARCHAR", g.col(g.pick(["active", "active", "inactive", "not_found"])), "decoy"),
        c("planName", N, "VARCHAR", g.col(g.pick(["PPO Gold 500", "HMO Select", "HDHP 3000"])), "decoy"),
        c("copayAmount", N, "DECIMAL(8,2)", g.col(lambda: float(g.rnd.choice([0, 20, 25, 40, 50]))), "decoy"),
        c("requestedBy", USERNAME, "VARCHAR", g.col(g.pick(users)), USER),
        c("responseTrace", N, "VARCHAR", g.col(lambda: g.code("TRN*1*9999999999*1")), "decoy"),
        c("checkedAt", N, "TIMESTAMP", g.moments("2025-09-01", "2025-12-15"), "decoy"),
    ])


# -- EHR, prior auth, PBM, dental --------------------------------------------------------------------------------------


def ehr_demographics(g: Gen) -> Table:
    """An EHR's patient demographics export with HL7-like column names: MRN, name (``FAMILY^GIVEN^MIDDLE``), birth
    date, sex, address in one cell, home and work phones, e-mail, SSN, account number, next of kin, the primary-care
    provider (``NPI^FAMILY^GIVEN``), language, location."""
    pcps = [f"{v.npi(g)}^{b.upper()}^{a.upper()}" for a, b in (v.person(g) for _ in range(7))]

    def pid5() -> str:
        a, b = v.person(g)
        return f"{b.upper()}^{a.upper()}^{g.code('A')}"

    def pid11() -> str:
        city = g.rnd.choice(v.US_CITIES)
        return f"{v.us_street(g)}^^{city[0]}^{city[1]}^{v.us_zip(g, city[2])}"

    def nk1() -> str:
        a, b = v.person(g)
        return f"{b.upper()}^{a.upper()}"

    return Table("ehr_export.patient_demographics", "en", "hl7", [
        c("PID-3", N, "VARCHAR", g.col(lambda: g.code("MRN99999999")), "decoy", KEY),
        c("PID-5", "person_name", "VARCHAR", g.col(pid5)),
        c("PID-7", "date_of_birth", "VARCHAR", [g.birth(1930, 2024).strftime("%Y%m%d") for _ in range(g.rows)]),
        c("PID-8", N, "VARCHAR", g.col(g.pick(["F", "M", "U"])), "decoy"),
        c("PID-10", N, "VARCHAR", g.col(g.pick(["2106-3", "2054-5", "2028-9", "2131-1"])), "decoy", CODE),
        c("PID-11", "street_address", "VARCHAR", g.col(pid11)),
        c("PID-13", "phone", "VARCHAR", g.phones("US", ["national", "dashes"], 0.1)),
        c("PID-13-EMAIL", "email", "VARCHAR", g.col(lambda: v.email(g), 0.4)),
        c("PID-14", "phone", "VARCHAR", g.phones("US", ["national"], 0.75), HEAVY),
        c("PID-15", N, "VARCHAR", g.col(g.pick(["eng", "spa", "vie", "ara"])), "decoy"),
        c("PID-18", N, "VARCHAR", g.col(lambda: g.code("9999999999")), "decoy", KEY),
        c("PID-19", "ssn", "VARCHAR", g.sparse(lambda: v.us_ssn(g), 0.3, ("", "000-00-0000", "unknown"))),
        c("NK1-2", "person_name", "VARCHAR", g.col(nk1, 0.35), ROLE),
        c("NK1-3", N, "VARCHAR", g.col(g.pick(["SPO", "CHD", "PAR", "SIB", "FND"]), 0.35), "decoy"),
        c("NK1-5", "phone", "VARCHAR", g.phones("US", ["national", "digits"], 0.4)),
        c("PD1-4", "person_name", "VARCHAR", g.col(g.pick(pcps)), STAFF),
        c("PV1-3", N, "VARCHAR", g.col(g.pick(["MAIN^2W^12", "MAIN^ED^04", "NORTH^CLINIC^1"])), "decoy"),
    ])


def prior_auth(g: Gen) -> Table:
    """A health plan's utilization-management prior authorizations (Pascal case): auth number, member, ordering
    provider (many: ``person_name``) and NPI, the facility (business), codes, the nurse reviewer (few), clinical notes
    naming people, decision."""
    nurses = _staff(g, 5)
    facs = [(f, v.office_phone(g)) for f in v.FACILITIES]
    fac = [g.rnd.choice(facs) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Failed 6 weeks PT, MRI requested", f"Spoke with {v.whole(g)} at provider office",
                             f"Member's daughter {v.person(g)[0]} called, cb {g.phone('US')}",
                             "Meets InterQual criteria", "Peer-to-peer scheduled"])

    return Table("um.PriorAuthRequests", "en", "pascal", [
        c("AuthNumber", N, "VARCHAR", g.col(lambda: g.code("PA25-9999999")), "decoy", SHAPE),
        c("MemberId", N, "VARCHAR", g.col(lambda: g.code("TRC999999999")), "decoy", KEY),
        c("MemberFullName", "person_name", "VARCHAR", g.col(lambda: v.whole(g))),
        c("MemberDOB", "date_of_birth", "DATE", g.births(1938, 2022)),
        c("OrderingProviderName", "person_name", "VARCHAR", g.col(lambda: f"{v.whole(g)}, MD")),
        c("OrderingProviderNPI", N, "VARCHAR", g.col(lambda: v.npi(g)), "decoy", SHAPE),
        c("ServicingFacility", N, "VARCHAR", [f[0] for f in fac], "business"),
        c("FacilityPhone", N, "VARCHAR", [f[1] for f in fac], "business"),
        c("DiagnosisCode", N, "VARCHAR", g.col(g.pick(v.ICD10)), "decoy", CODE),
        c("ProcedureCode", N, "VARCHAR", g.col(g.pick(v.CPT)), "decoy", CODE),
        c("RequestedUnits", N, "INTEGER", g.ints(1, 24), "decoy"),
        c("ReviewerName", "person_name", "VARCHAR", g.col(g.pick(nurses)), STAFF),
        c("ClinicalNotes", "free_text", "VARCHAR", g.col(note, 0.2)),
        c("Decision", N, "VARCHAR", g.col(g.pick(["Approved", "Denied", "Pended", "Partially Approved"])), "decoy"),
        c("DecisionDate", N, "DATE", g.days("2025-07-01", "2025-12-31"), "decoy"),
    ])


def pbm_member_file(g: Gen) -> Table:
    """A pharmacy benefit manager's member eligibility file as the vendor's CSV headers (spaces): cardholder id and
    person code, names, middle initial, DOB as ``MM/DD/YYYY``, relationship, address, city, state, ZIP, phone,
    e-mail, group, carrier, BIN/PCN, dates, the mail-order pharmacy's phone (business)."""
    pairs = [v.person(g) for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    return Table("pbm.member_eligibility", "en", "vendor_csv", [
        c("Cardholder ID", N, "VARCHAR", g.col(lambda: g.code("ZZ99999999")), "decoy", KEY),
        c("Person Code", N, "VARCHAR", g.col(g.pick(["01", "02", "03", "04"])), "decoy"),
        c("Last Name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("First Name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("Middle Initial", "person_name", "VARCHAR", g.col(lambda: g.code("A"), 0.4)),
        c("DOB", "date_of_birth", "VARCHAR", [g.birth(1935, 2024).strftime("%m/%d/%Y") for _ in range(g.rows)]),
        c("Gender", N, "VARCHAR", g.col(g.pick(["M", "F"])), "decoy"),
        c("Relationship Code", N, "VARCHAR", g.col(g.pick(["1", "2", "3"])), "decoy"),
        c("Address 1", "street_address", "VARCHAR", g.col(lambda: v.us_street(g))),
        c("Address 2", "street_address", "VARCHAR", g.col(lambda: f"Apt {g.rnd.randint(1, 300)}", 0.8), HEAVY),
        c("City", "city", "VARCHAR", [p[0] for p in places]),
        c("State", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("Zip", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in places]),
        c("Phone", "phone", "VARCHAR", g.phones("US", ["digits", "dashes"], 0.15)),
        c("Email", "email", "VARCHAR", [v.email_of(g, a, b) if g.rnd.random() < 0.55 else None for a, b in pairs]),
        c("Group Number", N, "VARCHAR", g.col(lambda: g.code("RX9999")), "decoy"),
        c("Carrier ID", N, "VARCHAR", g.col(g.pick(["TRC1", "BKM2", "MAG7"])), "decoy"),
        c("BIN", N, "VARCHAR", g.col(g.pick(["610014", "004336", "610502"])), "decoy", SHAPE),
        c("PCN", N, "VARCHAR", g.col(g.pick(["ADV", "MEDDPRIME", "9999"])), "decoy"),
        c("Effective Date", N, "VARCHAR", [g.day("2024-01-01", "2025-07-01").strftime("%m/%d/%Y")
                                           for _ in range(g.rows)], "decoy"),
        c("Mail Order Phone", N, "VARCHAR", g.col(lambda: v.office_phone(g)), "business"),
    ])


def _cyymmdd(d) -> int:
    return (1 if d.year >= 2000 else 0) * 1_000_000 + (d.year % 100) * 10_000 + d.month * 100 + d.day


def dental_subscribers(g: Gen) -> Table:
    """A dental insurer's AS/400 subscriber and dependent file (prefix ``SD``, padded CHAR): subscriber and
    dependent names, SSN, ZIP and phone as numbers (0 for missing), ``CYYMMDD`` dates, group and plan, ``SDUDF2`` by
    row a phone, an e-mail or a name."""
    subs = [v.person(g) for _ in range(g.rows)]
    dep = [g.rnd.random() < 0.55 for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    return Table("DNTLIB.SDSUBDEP", "en", "as400", [
        c("SDGRP", N, "CHAR(8)", _pad([g.code("D99999") for _ in range(g.rows)], 8), "decoy", LEGACY),
        c("SDSUBID", N, "CHAR(12)", _pad([g.code("9999999999") for _ in range(g.rows)], 12), "decoy", KEY, LEGACY),
        c("SDLNAM", "last_name", "CHAR(20)", _pad([b.upper() for _, b in subs], 20), LEGACY, ABBREV),
        c("SDFNAM", "first_name", "CHAR(15)", _pad([a.upper() for a, _ in subs], 15), LEGACY, ABBREV),
        c("SDSSN", "ssn", "DECIMAL(9,0)", [int(v.us_ssn(g, False)) if g.rnd.random() < 0.9 else 0
                                           for _ in range(g.rows)], LEGACY),
        c("SDBDTE", "date_of_birth", "DECIMAL(7,0)", [_cyymmdd(g.birth(1940, 2003)) for _ in range(g.rows)], LEGACY),
        c("SDADR1", "street_address", "CHAR(30)", _pad([v.us_street(g).upper() for _ in range(g.rows)], 30),
          LEGACY),
        c("SDCITY", "city", "CHAR(18)", _pad([p[0].upper() for p in places], 18), LEGACY),
        c("SDST", N, "CHAR(2)", [p[1] for p in places], "decoy", LEGACY),
        c("SDZIP", "postal_code", "DECIMAL(5,0)", [int(v.us_zip(g, p[2])) for p in places], LEGACY),
        c("SDPHON", "phone", "DECIMAL(10,0)", [int(g.phone("US", "digits")) if g.rnd.random() < 0.8 else 0
                                               for _ in range(g.rows)], LEGACY),
        c("SDDLNM", "last_name", "CHAR(20)", _pad([s[1].upper() if d else None for s, d in zip(subs, dep)], 20),
          LEGACY, ROLE),
        c("SDDFNM", "first_name", "CHAR(15)", _pad([v.person(g)[0].upper() if d else None for d in dep], 15),
          LEGACY, ROLE),
        c("SDDBDT", "date_of_birth", "DECIMAL(7,0)", [_cyymmdd(g.birth(2004, 2024)) if d else 0 for d in dep],
          LEGACY),
        c("SDREL", N, "CHAR(1)", [g.rnd.choice("SCO") if d else "" for d in dep], "decoy", LEGACY),
        c("SDEFDT", N, "DECIMAL(7,0)", [_cyymmdd(g.day("2019-01-01", "2025-10-01")) for _ in range(g.rows)],
          "decoy", LEGACY),
        c("SDPLAN", N, "CHAR(4)", g.col(g.pick(["PPO1", "DHM2", "IND3"])), "decoy", LEGACY),
        c("SDLPRC", N, "CHAR(5)", g.col(g.pick(v.CDT)), "decoy", CODE, LEGACY),
        c("SDUDF2", "free_text", "CHAR(40)", _pad(g.col(lambda: _mixed(g), 0.3), 40), OPAQUE, MIXED, LEGACY),
    ])


# -- Québec ------------------------------------------------------------------------------------------------------------


def qc_facturation(g: Gen) -> Table:
    """A Québec clinic's physician billing extract to the provincial plan (French, padded CHAR): invoice, the
    patient's RAMQ number (encoding name and birth date), names, birth date as ``AAAAMMJJ`` text, sex, address,
    city, postal code, phone, the physician's billing number (``none``) and name (few), act and diagnosis codes,
    amount, service date, the establishment (business), a remark."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "qc", female)
        born = g.birth(1935, 2024)
        rows.append((a, b, born, female, v.ramq(g, a, b, born, female)))
    docs = _staff(g, 6, lambda x: v.whole(x, "qc"))
    places = [g.rnd.choice(v.QC_CITIES) for _ in range(g.rows)]

    def remarque() -> str:
        return g.rnd.choice([f"Accompagné de sa mère {v.whole(g, 'qc')}", "Patient hors province",
                             f"Rappeler au {g.phone('CA')}", "Carte expirée, vérifiée"])

    return Table("ramq_extract.FACTURATION_MD", "fr", "snake", [
        c("no_facture", N, "CHAR(10)", _pad([g.code("9999999999") for _ in range(g.rows)], 10), "decoy", LEGACY),
        c("no_assurance_maladie", "national_id", "CHAR(14)", _pad([r[4] for r in rows], 14), LEGACY),
        c("nom_patient", "last_name", "CHAR(25)", _pad([r[1].upper() for r in rows], 25), LEGACY),
        c("prenom_patient", "first_name", "CHAR(20)", _pad([r[0].upper() for r in rows], 20), LEGACY),
        c("date_naissance", "date_of_birth", "CHAR(8)", [r[2].strftime("%Y%m%d") for r in rows], LEGACY),
        c("sexe", N, "CHAR(1)", ["F" if r[3] else "M" for r in rows], "decoy", LEGACY),
        c("adresse", "street_address", "CHAR(40)", _pad(g.col(lambda: v.qc_street(g), 0.1), 40), LEGACY),
        c("ville", "city", "CHAR(20)", _pad([p[0] for p in places], 20), LEGACY),
        c("code_postal", "postal_code", "CHAR(7)", [v.qc_postal(g, p[1]) for p in places], LEGACY),
        c("telephone", "phone", "CHAR(14)", _pad(g.phones("CA", ["national", "dashes"], 0.2), 14), LEGACY),
        c("no_professionnel", N, "CHAR(6)", g.col(lambda: g.code("199999")), "decoy", SHAPE, LEGACY),
        c("nom_medecin", "person_name", "CHAR(30)", _pad(g.col(g.pick(docs)), 30), STAFF, LEGACY),
        c("code_acte", N, "CHAR(5)", g.col(g.pick(["00079", "08857", "15804", "09127", "00103"])), "decoy", CODE,
          LEGACY),
        c("code_diagnostic", N, "CHAR(5)", g.col(g.pick(["4019", "25000", "7242", "4660", "V700"])), "decoy", CODE,
          LEGACY),
        c("montant_facture", N, "DECIMAL(8,2)", g.amounts(18, 420), "decoy", LEGACY),
        c("date_service", N, "CHAR(8)", [g.day("2025-04-01", "2025-11-30").strftime("%Y%m%d")
                                         for _ in range(g.rows)], "decoy", LEGACY),
        c("etablissement", N, "CHAR(30)", _pad(g.col(g.pick(["CLSC des Faubourgs", "GMF Talbot",
                                                             "Clinique médicale du Lac"])), 30), "business", LEGACY),
        c("remarque", "free_text", "CHAR(60)", _pad(g.sparse(remarque, 0.8, ("", "s.o.", "-")), 60), NULLWORD,
          LEGACY),
    ])


def qc_reclamations(g: Gen) -> Table:
    """A Québec group insurer's drug claims (French, snake case): certificate, the plan member (``adherent``) and
    the dependent (``personne_a_charge``), SIN (``nas``), birth date, RAMQ number (mostly NULL), e-mail, mobile,
    postal code, the DIN and the pharmacy (business), amounts, the reimbursement bank account."""
    pairs = [v.person(g, "qc") for _ in range(g.rows)]
    phs = [(p, f"({g.rnd.choice(v.AREA_CODES['CA'])}) 555-01{g.rnd.randint(0, 99):02d}") for p in v.PHARMACIES]
    ph = [g.rnd.choice(phs) for _ in range(g.rows)]
    dep = [g.rnd.random() < 0.3 for _ in range(g.rows)]

    def ramq_of(pair) -> str:
        female = g.rnd.random() < 0.5
        return v.ramq(g, pair[0], pair[1], g.birth(1950, 2000), female)

    return Table("assur_collective.reclamations_medicaments", "fr", "snake", [
        c("no_reclamation", N, "BIGINT", g.keys(7_400_001), "decoy", KEY),
        c("no_certificat", N, "VARCHAR", g.col(lambda: g.code("C9999999")), "decoy", KEY),
        c("nom_adherent", "person_name", "VARCHAR", [f"{b}, {a}" for a, b in pairs], ROLE),
        c("nas_adherent", "ssn", "VARCHAR", g.col(lambda: v.ca_sin(g, g.rnd.random() < 0.6), 0.15)),
        c("date_naissance_adherent", "date_of_birth", "DATE", g.births(1950, 2004)),
        c("no_ramq", "national_id", "VARCHAR", [ramq_of(p) if g.rnd.random() < 0.3 else None for p in pairs], HEAVY),
        c("personne_a_charge", "person_name", "VARCHAR", [v.whole(g, "qc") if d else None for d in dep], ROLE, HEAVY),
        c("lien_parente", N, "VARCHAR", [g.rnd.choice(["conjoint", "enfant"]) if d else "adhérent" for d in dep],
          "decoy"),
        c("courriel", "email", "VARCHAR", [v.email_of(g, a, b, v.QC_DOMAINS) for a, b in pairs]),
        c("cellulaire", "phone", "VARCHAR", g.phones("CA", ["national", "dashes", "e164"], 0.2)),
        c("code_postal", "postal_code", "VARCHAR", g.col(lambda: v.qc_postal(g, g.rnd.choice("HGJ")))),
        c("din", N, "VARCHAR", g.col(lambda: g.code("0299999")), "decoy", CODE),
        c("pharmacie", N, "VARCHAR", [p[0] for p in ph], "business"),
        c("tel_pharmacie", N, "VARCHAR", [p[1] for p in ph], "business"),
        c("montant_reclame", N, "DECIMAL(8,2)", g.amounts(3, 900), "decoy"),
        c("date_achat", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy"),
        c("compte_remboursement", USERNAME, "VARCHAR", g.col(lambda: f"{g.digits(3)}-{g.digits(5)}-{g.digits(7)}",
                                                             0.4), BANK),
        c("no_entreprise_employeur", N, "VARCHAR", g.col(lambda: g.code("1199999999")), "business", SHAPE),
    ])


# -- hospital financial assistance, collections, workers' comp ---------------------------------------------------------


def hospital_fa(g: Gen) -> Table:
    """A hospital's financial-assistance (charity care) applications (abbreviated snake case): the guarantor and the
    patient, SSN, birth dates, household, income, employer (business), address, phones, e-mail, the reviewer's login,
    notes, the last four digits of the bank account."""
    gtr = [v.person(g) for _ in range(g.rows)]
    self_pay = [g.rnd.random() < 0.6 for _ in range(g.rows)]
    reviewers = sorted({v.login(*v.person(g)) for _ in range(5)})
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]

    def notes() -> str:
        return g.rnd.choice(["Income verified with 2 paystubs", f"Spouse {v.whole(g)} unemployed since March",
                             "Missing tax return", f"Call back {g.phone('US')} after 5pm", "Approved 100% FPL<200"])

    return Table("sycamore_fa.fa_applications", "en", "snake", [
        c("app_id", N, "BIGINT", g.keys(30_001), "decoy", KEY),
        c("pt_mrn", N, "VARCHAR", g.col(lambda: g.code("MRN99999999")), "decoy", KEY, ABBREV),
        c("gtr_fnm", "first_name", "VARCHAR", [a for a, _ in gtr], ROLE, ABBREV),
        c("gtr_lnm", "last_name", "VARCHAR", [b for _, b in gtr], ROLE, ABBREV),
        c("gtr_ssn", "ssn", "VARCHAR", g.sparse(lambda: v.us_ssn(g), 0.12, ("000-00-0000", "", "N/A")), ROLE),
        c("gtr_dob", "date_of_birth", "DATE", g.births(1945, 2004), ROLE),
        c("pt_fnm", "first_name", "VARCHAR", [None if s else v.person(g)[0] for s in self_pay], ABBREV, HEAVY),
        c("pt_dob", "date_of_birth", "DATE", [None if s else g.birth(2006, 2024) for s in self_pay], HEAVY),
        c("hh_size", N, "INTEGER", g.ints(1, 8), "decoy"),
        c("annual_income", N, "INTEGER", g.ints(0, 85_000), "decoy"),
        c("employer_nm", N, "VARCHAR", g.col(g.pick(["Kroger", "Self-employed", "Unemployed", "Buckeye Logistics",
                                                     "Shelby County Schools"]), 0.2), "business", ABBREV),
        c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.us_street(g)), ABBREV),
        c("addr_city", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("addr_st", N, "VARCHAR", [p[1] for p in places], "decoy", ABBREV),
        c("addr_zip", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in places], ABBREV),
        c("home_ph", "phone", "VARCHAR", g.phones("US", ["national", "digits"], 0.6), HEAVY, ABBREV),
        c("cell_ph", "phone", "VARCHAR", g.phones("US", ["national", "dashes", "dots"], 0.1), ABBREV),
        c("email_addr", "email", "VARCHAR", [v.email_of(g, a, b) if g.rnd.random() < 0.6 else None for a, b in gtr]),
        c("fpl_pct", N, "INTEGER", g.ints(40, 400), "decoy"),
        c("reviewed_by", USERNAME, "VARCHAR", g.col(g.pick(reviewers), 0.2), USER),
        c("reviewer_notes", "free_text", "VARCHAR", g.col(notes, 0.3)),
        c("bank_acct_last4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.3), "decoy", PARTIAL),
    ])


def collections_accounts(g: Gen) -> Table:
    """A collections agency's placed medical accounts (SCREAMING case): the agency and client account numbers, the
    debtor's name, SSN, birth date, address, phones, e-mail, the creditor (a hospital: business), balance, dates, the
    collector's login, notes, a card on file in clear (mostly NULL), a case reference shaped like an SSN."""
    collectors = sorted({v.login(*v.person(g)) for _ in range(7)})
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    creds = [(f, v.office_phone(g)) for f in v.FACILITIES[:4]]
    cred = [g.rnd.choice(creds) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["LM on VM", f"Spoke w/ debtor's wife {v.person(g)[0]}, PTP 15th",
                             f"New number from skip trace {g.phone('US', 'dashes')}", "Disputes charges, sent DV",
                             "Cease and desist rcvd"])

    return Table("RECOVERY.MED_ACCOUNTS", "en", "screaming", [
        c("ACCOUNT_NO", N, "VARCHAR", g.col(lambda: g.code("RM9999999")), "decoy", KEY),
        c("CLIENT_ACCT_REF", N, "VARCHAR", g.col(lambda: g.code("9999999999")), "decoy", SHAPE),
        c("CASE_REF", N, "VARCHAR", g.col(lambda: v.ssn_shaped_decoy(g)), "decoy", SHAPE),
        c("DEBTOR_NAME", "person_name", "VARCHAR", g.col(lambda: "{1}, {0}".format(*v.person(g)).upper()), ROLE),
        c("DEBTOR_SSN", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.5), 0.2), ROLE),
        c("DEBTOR_DOB", "date_of_birth", "DATE", g.births(1940, 2005), ROLE),
        c("DEBTOR_ADDR", "street_address", "VARCHAR", g.col(lambda: v.us_street(g).upper()), ROLE),
        c("DEBTOR_CITY", "city", "VARCHAR", [p[0].upper() for p in places]),
        c("DEBTOR_ST", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("DEBTOR_ZIP", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in places]),
        c("DEBTOR_PHONE1", "phone", "VARCHAR", g.phones("US", ["digits"], 0.1)),
        c("DEBTOR_PHONE2", "phone", "VARCHAR", g.phones("US", ["digits"], 0.8), HEAVY),
        c("DEBTOR_EMAIL", "email", "VARCHAR", g.sparse(lambda: v.email(g), 0.75, _words()), NULLWORD),
        c("CREDITOR_NAME", N, "VARCHAR", [c_[0] for c_ in cred], "business"),
        c("CREDITOR_PHONE", N, "VARCHAR", [c_[1] for c_ in cred], "business"),
        c("BALANCE_DUE", N, "DECIMAL(10,2)", g.amounts(25, 18_000), "decoy"),
        c("DATE_OF_SERVICE", N, "DATE", g.days("2022-01-01", "2025-06-30"), "decoy"),
        c("PLACEMENT_DT", N, "DATE", g.days("2024-01-01", "2025-11-30"), "decoy"),
        c("COLLECTOR_ID", USERNAME, "VARCHAR", g.col(g.pick(collectors)), USER),
        c("COLLECTOR_NOTES", "free_text", "VARCHAR", g.col(note, 0.25)),
        c("CARD_ON_FILE", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.85), HEAVY),
    ])


def workers_comp(g: Gen) -> Table:
    """A workers' compensation carrier's COBOL claim extract (hyphenated names, padded CHAR): the claim number
    (shaped like an SSN, failing its check), the claimant's names, SSN, ZIP and phone as numbers, ``YYYYMMDD`` birth
    date, the employer and its FEIN (business), injury date, description and body part, the adjuster (few), the
    treating provider's NPI, ``WC-USER-FLD-2`` (phones)."""
    pairs = [v.person(g) for _ in range(g.rows)]
    adjusters = _staff(g, 4)
    emps = [(n, v.ein(g)) for n in ["TRI-STATE PALLET CO", "HENSLEY ROOFING LLC", "MAGNOLIA POULTRY INC",
                                    "CUMBERLAND HOME CARE", "OLD HICKORY DISTRIBUTION"]]
    emp = [g.rnd.choice(emps) for _ in range(g.rows)]

    def desc() -> str:
        return g.rnd.choice(["LIFTING BOX STRAINED LOWER BACK", f"FELL FROM LADDER, WITNESS {v.whole(g).upper()}",
                             "LACERATION L HAND ON BOX CUTTER", f"SUPERVISOR {v.whole(g).upper()} REPORTED LATE"])

    return Table("WCPROD.WC_CLAIM_EXTRACT", "en", "cobol", [
        c("WC-CLM-NO", N, "CHAR(11)", [v.ssn_shaped_decoy(g) for _ in range(g.rows)], "decoy", SHAPE, LEGACY),
        c("WC-CLMT-LAST-NM", "last_name", "CHAR(20)", _pad([b.upper() for _, b in pairs], 20), LEGACY, ROLE),
        c("WC-CLMT-FIRST-NM", "first_name", "CHAR(15)", _pad([a.upper() for a, _ in pairs], 15), LEGACY, ROLE),
        c("WC-CLMT-SSN", "ssn", "DECIMAL(9,0)", [int(v.us_ssn(g, False)) if g.rnd.random() < 0.92 else 0
                                                 for _ in range(g.rows)], LEGACY),
        c("WC-CLMT-DOB", "date_of_birth", "DECIMAL(8,0)", [int(g.birth(1955, 2006).strftime("%Y%m%d"))
                                                           for _ in range(g.rows)], LEGACY),
        c("WC-CLMT-ADDR", "street_address", "CHAR(30)", _pad([v.us_street(g).upper() for _ in range(g.rows)], 30),
          LEGACY),
        c("WC-CLMT-ZIP", "postal_code", "DECIMAL(5,0)", [int(v.us_zip(g, g.rnd.choice(v.US_CITIES)[2]))
                                                         for _ in range(g.rows)], LEGACY),
        c("WC-CLMT-PHONE", "phone", "DECIMAL(10,0)", [int(g.phone("US", "digits")) if g.rnd.random() < 0.85 else 0
                                                      for _ in range(g.rows)], LEGACY),
        c("WC-EMPLOYER-NM", N, "CHAR(30)", _pad([e[0] for e in emp], 30), "business", LEGACY),
        c("WC-EMPLOYER-FEIN", N, "CHAR(10)", [e[1] for e in emp], "business", SHAPE, LEGACY),
        c("WC-INJ-DT", N, "DECIMAL(8,0)", [int(g.day("2024-01-01", "2025-11-30").strftime("%Y%m%d"))
                                           for _ in range(g.rows)], "decoy", LEGACY),
        c("WC-INJ-DESC", "free_text", "CHAR(60)", _pad(g.col(desc), 60), LEGACY),
        c("WC-BODY-PART-CD", N, "CHAR(2)", g.col(g.pick(["42", "35", "53", "38", "13"])), "decoy", LEGACY),
        c("WC-ADJUSTER-NM", "person_name", "CHAR(25)", _pad(g.col(g.pick(adjusters)), 25), STAFF, LEGACY),
        c("WC-TREAT-NPI", N, "CHAR(10)", g.col(lambda: v.npi(g)), "decoy", SHAPE, LEGACY),
        c("WC-USER-FLD-2", "phone", "CHAR(14)", _pad(g.phones("US", ["dashes", "digits"], 0.4), 14), OPAQUE,
          LEGACY),
    ])


# -- telehealth, Puerto Rico, staging ----------------------------------------------------------------------------------


def telehealth_intake(g: Gen) -> Table:
    """A telehealth platform's intake (camel case): the session, the patient's names, birth date, e-mail, mobile, ZIP
    and state, the preferred pharmacy (business), the chief complaint (``free_text``), the clinician (few) and NPI,
    the client IP, user agent, insurance member id, the e-signature's typed name, emergency contact, intake JSON."""
    pairs = [v.person(g) for _ in range(g.rows)]
    clinicians = _staff(g, 8, lambda x: f"{v.whole(x)}, NP")
    pharm = [(f"{n} Pharmacy #{g.rnd.randint(100, 9999)}", v.office_phone(g)) for n in ["Walgreens", "CVS", "Kroger"]]
    ph = [g.rnd.choice(pharm) for _ in range(g.rows)]

    def complaint() -> str:
        wife = v.person(g)[0]
        return g.rnd.choice(["sore throat x3 days, fever", "UTI symptoms, burning", f"rash, my wife {wife} has it too",
                             "refill lisinopril", f"call me at {g.phone('US')} instead"])

    def intake() -> str:
        doc = {"allergies": g.rnd.choice(["none", "penicillin", "sulfa"]), "pregnant": g.rnd.random() < 0.1}
        if g.rnd.random() < 0.5:
            doc["guardian"] = v.whole(g)
        return json.dumps(doc)

    return Table("carenow.intakeSessions", "en", "camel", [
        c("sessionId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("patientFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("patientLastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("dateOfBirth", "date_of_birth", "DATE", g.births(1940, 2007)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b) for a, b in pairs]),
        c("mobilePhone", "phone", "VARCHAR", g.phones("US", ["e164"], 0.05)),
        c("zipCode", "postal_code", "VARCHAR", g.col(lambda: v.us_zip(g, g.rnd.choice(v.US_CITIES)[2]))),
        c("state", N, "VARCHAR", g.col(g.pick(["OH", "TN", "KY", "GA", "NC"])), "decoy"),
        c("preferredPharmacy", N, "VARCHAR", [p[0] for p in ph], "business"),
        c("pharmacyPhone", N, "VARCHAR", [p[1] for p in ph], "business"),
        c("chiefComplaint", "free_text", "VARCHAR", g.col(complaint)),
        c("visitType", N, "VARCHAR", g.col(g.pick(["urgent_care", "refill", "behavioral", "dermatology"])), "decoy"),
        c("clinicianName", "person_name", "VARCHAR", g.col(g.pick(clinicians)), STAFF),
        c("clinicianNpi", N, "VARCHAR", g.col(lambda: v.npi(g)), "decoy", SHAPE),
        c("clientIp", "ip_address", "VARCHAR", g.col(lambda: g.ipv6() if g.rnd.random() < 0.3 else g.ipv4())),
        c("insuranceMemberId", N, "VARCHAR", g.col(lambda: g.code("ZZZ999999999"), 0.45), "decoy", KEY),
        c("consentSignature", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs]),
        c("emergencyContactName", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.45), ROLE),
        c("emergencyContactPhone", "phone", "VARCHAR", g.phones("US", ["national"], 0.45)),
        c("intakeAnswers", "free_text", "VARCHAR", g.col(intake), "json_blob"),
        c("startedAt", N, "TIMESTAMP", g.moments("2025-08-01", "2025-12-10"), "decoy"),
    ])


def pr_ma_inscripciones(g: Gen) -> Table:
    """A Puerto Rico Medicare Advantage plan's enrollments (Spanish, snake case): application number, MBI, given
    name, initial, both family names, birth date as ``dd/mm/aaaa``, sex, address, municipio, ZIP, phone, e-mail,
    contract and PBP (``none``), effective date, the broker (few) and their NPN, an authorized representative (mostly
    NULL), the primary-care physician's name, notes."""
    brokers = _staff(g, 6, lambda x: v.whole(x, "pr"))
    towns = [g.rnd.choice(v.PR_TOWNS) for _ in range(g.rows)]
    pcps = [f"Dr. {v.whole(g, 'pr')}" for _ in range(30)]

    def nota() -> str:
        return g.rnd.choice(["Solicitud por teléfono", f"Hija {v.whole(g, 'pr')} ayudó con la solicitud",
                             "Tiene Medicaid (dual)", f"Llamar al {g.phone('PR')} en la tarde"])

    return Table("plan_salud_dorada.inscripciones", "es", "snake", [
        c("numero_solicitud", N, "VARCHAR", g.col(lambda: g.code("SOL-2025-999999")), "decoy", KEY),
        c("mbi", "national_id", "VARCHAR", g.col(lambda: v.mbi(g))),
        c("nombre", "first_name", "VARCHAR", g.col(lambda: v.person(g, "pr")[0])),
        c("inicial", "person_name", "VARCHAR", g.col(lambda: g.code("A"), 0.45)),
        c("apellido_paterno", "last_name", "VARCHAR", g.col(lambda: v.person(g, "pr")[1])),
        c("apellido_materno", "last_name", "VARCHAR", g.col(lambda: v.person(g, "pr")[1], 0.15)),
        c("fecha_nacimiento", "date_of_birth", "VARCHAR", [g.birth(1932, 1960).strftime("%d/%m/%Y")
                                                           for _ in range(g.rows)]),
        c("sexo", N, "VARCHAR", g.col(g.pick(["F", "M"])), "decoy"),
        c("direccion_residencial", "street_address", "VARCHAR", g.col(lambda: v.pr_street(g))),
        c("municipio", "city", "VARCHAR", [t[0] for t in towns]),
        c("codigo_postal", "postal_code", "VARCHAR", [t[1] for t in towns]),
        c("telefono", "phone", "VARCHAR", g.phones("PR", ["national", "dashes"], 0.1)),
        c("correo_electronico", "email", "VARCHAR", g.sparse(lambda: v.email(g, "pr", v.PR_DOMAINS), 0.5,
                                                            ("", "N/A", "no aplica"))),
        c("contrato", N, "VARCHAR", g.col(g.pick(["H4003", "H5774", "H6719"])), "decoy"),
        c("pbp", N, "VARCHAR", g.col(g.pick(["001", "002", "011"])), "decoy"),
        c("fecha_efectividad", N, "DATE", g.days("2025-01-01", "2026-01-01"), "decoy"),
        c("agente_corredor", "person_name", "VARCHAR", g.col(g.pick(brokers), 0.1), STAFF),
        c("npn_agente", N, "VARCHAR", g.col(lambda: g.digits(8)), "decoy", SHAPE),
        c("representante_autorizado", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "pr"), 0.85), ROLE, HEAVY),
        c("medico_primario", "person_name", "VARCHAR", g.col(g.pick(pcps))),
        c("notas", "free_text", "VARCHAR", g.sparse(nota, 0.75, ("", "N/A", "desconocido", "-")), NULLWORD),
    ])


def staging_statements(g: Gen) -> Table:
    """A patient-statement vendor's raw staging table (``col01`` to ``col18``): account, guarantor name, address,
    city, state, ZIP, phone, birth date as ``MM/DD/YYYY``, balance, statement date, CPT, e-mail, provider NPI, SSN
    (mostly NULL), MRN, a field mixing phones, e-mails and names, a row hash, the batch id."""
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    return Table("stg_stmt.raw_import", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(lambda: g.code("G99999999")), "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", g.col(lambda: v.whole(g).upper()), OPAQUE),
        c("col03", "street_address", "VARCHAR", g.col(lambda: v.us_street(g).upper()), OPAQUE),
        c("col04", "city", "VARCHAR", [p[0].upper() for p in places], OPAQUE),
        c("col05", N, "VARCHAR", [p[1] for p in places], "decoy", OPAQUE),
        c("col06", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in places], OPAQUE),
        c("col07", "phone", "VARCHAR", g.phones("US", ["digits", "dashes"], 0.2), OPAQUE),
        c("col08", "date_of_birth", "VARCHAR", [g.birth(1940, 2005).strftime("%m/%d/%Y") for _ in range(g.rows)],
          OPAQUE),
        c("col09", N, "VARCHAR", [f"{x:.2f}" for x in g.amounts(5, 6000)], "decoy", OPAQUE),
        c("col10", N, "VARCHAR", [g.day("2025-09-01", "2025-12-01").strftime("%m/%d/%Y") for _ in range(g.rows)],
          "decoy", OPAQUE),
        c("col11", N, "VARCHAR", g.col(g.pick(v.CPT)), "decoy", CODE, OPAQUE),
        c("col12", "email", "VARCHAR", g.col(lambda: v.email(g), 0.45), OPAQUE),
        c("col13", N, "VARCHAR", g.col(lambda: v.npi(g, True)), "decoy", SHAPE, OPAQUE),
        c("col14", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, False), 0.7), OPAQUE, HEAVY),
        c("col15", N, "VARCHAR", g.col(lambda: g.code("MRN99999999")), "decoy", KEY, OPAQUE),
        c("col16", "free_text", "VARCHAR", g.col(lambda: _mixed(g), 0.2), OPAQUE, MIXED),
        c("col17", N, "VARCHAR", g.col(g.sha256), "decoy", OPAQUE),
        c("col18", N, "VARCHAR", g.col(g.pick(["B20251101-01", "B20251101-02", "B20251115-01"])), "decoy", OPAQUE),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (claims_837, 1_200), (remits_835, 1_000), (eligibility_checks, 900), (ehr_demographics, 800),
    (prior_auth, 500), (pbm_member_file, 1_500), (dental_subscribers, 700), (qc_facturation, 600),
    (qc_reclamations, 450), (hospital_fa, 350), (collections_accounts, 1_100), (workers_comp, 400),
    (telehealth_intake, 650), (pr_ma_inscripciones, 300), (staging_statements, 220),
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
