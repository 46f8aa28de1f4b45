"""Held-out set v125 for the column classifier: 15 tables of *insolvency practitioners, debt advice charities,
bankruptcy trustees and debt-relief orders* (a Chapter 13 trustee's cases, a licensed insolvency trustee's consumer
proposals, debt relief order applications made through an approved intermediary, a registered bankruptcy trustee's
estates, a credit counselling charity's debt management plans, a debt counsellor's debt review extract, a personal
insolvency practitioner's web enquiries, a money advice charity's clients, municipal debt advice, debt settlement
applications, family bankruptcy protection, insolvency of individuals, personal bankruptcy with the legal aid centre,
consumer bankruptcy and the restructuring of an individual's debts), one system per table and each a different
organisation, eight with English column names and seven in other languages:

* ``nm_ch13.debtor_cases``: a Chapter 13 standing trustee's cases in Albuquerque, New Mexico (snake case, SSN, claim
  references shaped like SSNs failing the check, the joint debtor, the debtor's attorney, employers, a portal login,
  ``misc_1``);
* ``bluenoseTrustees.consumerProposals``: a Halifax (Nova Scotia) licensed insolvency trustee's consumer proposals
  (camel case, SIN, file references failing the Luhn check, OSB estate numbers, the spouse, creditors, the trustee's
  licence number, the office's address and phone, ``customField2`` holding referral sources);
* ``DroIntermediary.Applications``: a Leeds debt advice charity's debt relief order applications as an approved
  intermediary (Pascal case, National Insurance numbers, DRO references, an appointee, the branch's address, phone
  and e-mail, ``Udf3``);
* ``BKRPT_ADMIN.ESTATE_DEBTORS``: a Brisbane registered bankruptcy trustee's estates (SCREAMING case, TFN, invoice
  numbers failing the TFN check, bankruptcy numbers, the next of kin, the trustee's registration number, the office's
  coordinates, ``CUSTOM_FIELD_1``);
* ``ccs_dmp.cust_case``: a Singapore credit counselling charity's debt management programme (abbreviated:
  ``cust_fnm``, ``ctc_ph``, ``addr_ln1``; NRIC, HDB blocks and units, card-shaped creditor account references failing
  the Luhn check, an emergency contact, app versions);
* ``DRVWLGCY.DC_CONSUMER_EXTRACT``: a Johannesburg debt counsellor's debt review extract, a COBOL file (legacy: padded
  CHAR, ``YYYYMMDD`` integers, South African ID numbers encoding the birth date, the spouse married in community of
  property, form numbers shaped like ID numbers failing the check, the cell number as a number with 0 for missing, the
  NCR registration number, ``DC-USER-FLD-1`` holding branch codes);
* ``stg_pip_cork.src_enquiry_raw``: a Cork personal insolvency practitioner's web enquiries as an opaque staging table
  (``col01`` to ``col18``: PPSN, a ``dd/mm/yyyy`` birth date, lender references failing the PPSN check, IPs, hashes);
* ``dundee_money_advice.Client__c``: a Dundee money advice charity's Salesforce clients (Salesforce names: record ids,
  National Insurance numbers, a trust deed's witness, a power of attorney, outreach venues and their phones,
  ``Custom_Field_2__c``);
* ``velkaneuvonta_pirkanmaa.asiakkaat``: a Tampere municipal debt advice service's clients (Finnish; henkilötunnus
  encoding the birth date, IBAN, the spouse and the legal guardian, the office's address and phone,
  ``lisakentta_2``);
* ``gjeldsordning_bergen.soknader``: a Bergen enforcement office's debt settlement applications (Norwegian;
  fødselsnummer encoding the birth date, IBAN, creditors and their organisation numbers, the guardian and the
  co-applicant, ``fritekst_2`` holding case categories);
* ``csodvedelem_debrecen.adosok``: a Debrecen family bankruptcy trustee's debtors (Hungarian; the tax number encoding
  the birth date, the TAJ number, the birth name, the mother's name, the place of birth, IBAN, the guarantor, invoice
  serials failing the TAJ check, ``egyeb_mezo_1``);
* ``insolventa_cluj.debitori``: a Cluj-Napoca insolvency administrator's individual debtors (Romanian; CNP encoding
  the birth date, identity card series and numbers, court file numbers, IBAN, the spouse, invoice numbers shaped like
  CNPs failing the check, ``camp_liber_2``);
* ``oddlzenie_kosice.dlznici``: a Košice legal aid office's personal bankruptcy applicants (Slovak; rodné číslo
  encoding the birth date and sex, identity card numbers, IBAN, the trustee and the trustee's mark, the spouse,
  ``volitelne_pole_1`` holding office codes);
* ``stecaj_potrosaca_split.duznici``: a Split consumer bankruptcy office's debtors (Croatian; OIB, IBAN, the
  guarantor and the witness, the branch's address, phone and e-mail, invoice numbers failing the OIB check,
  ``dodatno_polje_2``);
* ``bankrutstvo_lviv.боржники``: a Lviv arbitration manager's debtors in restructuring (Ukrainian: Cyrillic column
  names and values; РНОКПП encoding the birth date and sex, the patronymic, ID card numbers, IBAN, the spouse).

Written **blind**, like v2 to v122: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v98 (its two
modules and its test), ``tests/heldout_support.py``, v107's docstring and test, the module docstrings of v24 to v122
(to avoid their domains and follow their labeling conventions, and to pick the languages they used least) and the
``Column``/``Table`` classes and writer of v2 and v4. The classifier was not run on this set while it was written, no
scorer was run on it, and no score was looked at. It was written under a short deadline (25 minutes, the tests and
lint included), so some labels are quick decisions rather than settled conventions.

Labeling choices a reader may question:

* a US SSN, a Canadian SIN, a UK National Insurance number, an Irish PPSN and the Hungarian TAJ number are ``ssn``;
  an Australian TFN, an NRIC, a South African ID number, henkilötunnus, fødselsnummer, the Hungarian tax number, CNP,
  a Romanian or Slovak identity card number, rodné číslo, OIB, РНОКПП and a Ukrainian ID card number are
  ``national_id``; NRIC, TAJ and the Hungarian tax number have their published checks written out here, the National
  Insurance number is checked by its prefix and suffix rules, identity card numbers are generated by shape only;
* case, estate, file, proposal, bankruptcy, DRO, court file and enquiry numbers, claim references, invoice and form
  numbers, lender and creditor account references are ``none`` (tag ``decoy``, ``value_shape`` when shaped like an
  identifier);
* trustees', insolvency practitioners' and debt counsellors' licence and registration numbers (the OSB licence, the
  AFSA registration, the NCR registration, the Slovak trustee's mark) are ``none`` (tag ``practitioner_id``);
* creditors, lenders, employers, attorneys' firms, offices, branches and outreach venues with their addresses, phones,
  e-mails and organisation numbers are ``none`` (tag ``business``); an office's coordinates are ``none``;
* case administrators, trustees, intermediaries, caseworkers, counsellors, debt advisers (``velkaneuvoja``),
  ``saksbehandler``, ``csodgondnok``, ``administrator_procedura``, ``spravca``, ``povjerenik`` and the arbitration
  manager are staff (``person_name``, tag ``staff``); a joint debtor, the debtor's attorney, a spouse, an appointee, a
  next of kin, an emergency contact, a witness, a power of attorney, a legal guardian (``edunvalvoja``, ``verge``), a
  co-applicant, a guarantor (``kezes``, ``jamac``) and the mother (``anyja_neve``) are personal (tag ``role_word``);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); custom
  fields holding referral sources, branch codes, case categories or office codes are ``none`` (tags ``decoy`` and
  ``custom_plain``); a debtor's portal login is ``unclassified`` (tag ``username``); an enquiry's IP is
  ``ip_address``;
* a Hungarian birth name (``szuletesi_nev``) is ``person_name``; a Ukrainian patronymic (``по_батькові``) is
  ``first_name``; a place of birth, a suburb, a Singapore town and a Slovak ``obec`` are ``city``; a state, a
  province, a Romanian ``judet`` are ``none``;
* numeric dates of birth (``YYYYMMDD``) and a ``dd/mm/yyyy`` string in an opaque column are ``date_of_birth``;
  petition, filing, confirmation, discharge, decision, opening, application and appointment dates are ``none``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v125_values`, written for v125 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v125 [PATH]`` (default ``/tmp/heldout_v125.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v125``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v125_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v125_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v125.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # trustees, advisers, caseworkers (few distinct)
ROLE = "role_word"  # a role word (spouse, guarantor, witness, next of kin, guardian ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PLAIN = "custom_plain"  # an opaque custom field holding no personal data (none)
PRACT = "practitioner_id"  # a practitioner's licence or registration number (none)


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


def _spaced(d: str) -> str:
    return f"{d[:3]} {d[3:6]} {d[6:]}"


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _people(g: Gen, lang: str, lo: int, hi: int) -> list[tuple[str, str, date, bool]]:
    """(given name, family name, birth date, female) for every row."""
    out = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, lang, female)
        out.append((a, b, g.birth(lo, hi), female))
    return out


# -- English-named tables ----------------------------------------------------------------------------------------------


def us_chapter13(g: Gen) -> Table:
    """A Chapter 13 standing trustee's cases in Albuquerque, New Mexico (snake case)."""
    rows = _people(g, "us", 1945, 2003)
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "us")
    attorneys = _staff(g, 14, "us")
    employers = [(name, g.phone("US", "national", False)) for name in v.US_EMPLOYERS]
    emp = [g.rnd.randrange(len(employers)) if g.rnd.random() < 0.75 else None for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Debtor's wife {v.given(g)} called re payroll deduction", "Plan modified after job loss",
                             f"Mother-in-law {v.whole(g)} paying arrears", "Motion to dismiss for non-payment filed",
                             "Tax refund turned over per plan"])

    return Table("nm_ch13.debtor_cases", "en", "snake", [
        c("case_id", N, "BIGINT", g.keys(410_001), "decoy", KEY),
        c("case_number", N, "VARCHAR", g.col(lambda: f"1:2{g.rnd.choice('345')}-bk-1{g.digits(4)}"), "decoy",
          SHAPE),
        c("claim_ref", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE),
        c("debtor_first_name", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("debtor_last_name", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("debtor_dob", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("debtor_ssn", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g), 0.62), HEAVY),
        c("joint_debtor_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.68), ROLE, HEAVY),
        c("mailing_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.US_STREETS), 0.03)),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("state", N, "VARCHAR", ["NM"] * g.rows, "decoy"),
        c("zip", "postal_code", "VARCHAR", [g.rnd.choice(p[1]) for p in places]),
        c("home_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.7, 0.1)),
        c("email", "email", "VARCHAR", [None if g.rnd.random() < 0.3 else v.email_of(g, r[0], r[1], v.DOMAINS["us"])
                                        for r in rows]),
        c("debtor_attorney", "person_name", "VARCHAR", g.col(g.pick(attorneys), 0.08), ROLE),
        c("attorney_firm", N, "VARCHAR", g.col(g.pick(v.US_ATTORNEYS), 0.08), "business"),
        c("employer_name", N, "VARCHAR", [None if e is None else employers[e][0] for e in emp], "business"),
        c("employer_phone", N, "VARCHAR", [None if e is None else employers[e][1] for e in emp], "business"),
        c("plan_payment", N, "DOUBLE", g.amounts(150, 2_400), "decoy"),
        c("plan_term_months", N, "INTEGER", g.col(g.pick([36, 60, 60, 60])), "decoy"),
        c("petition_date", N, "DATE", g.days("2021-01-01", "2025-10-31"), "decoy"),
        c("confirmation_date", N, "DATE", g.days("2021-03-01", "2025-11-30", 0.3), "decoy"),
        c("case_administrator", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("portal_login", USERNAME, "VARCHAR", [None if g.rnd.random() < 0.55 else v.login(r[0], r[1], i)
                                                for i, r in enumerate(rows)], "username", HEAVY),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "US", "us"), CUSTOM),
        c("trustee_notes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words()), NULLWORD),
    ])


def ca_consumer_proposals(g: Gen) -> Table:
    """A Halifax licensed insolvency trustee's consumer proposals (camel case)."""
    rows = _people(g, "ca", 1950, 2004)
    places = [g.rnd.choice(v.CA_CITIES) for _ in range(g.rows)]
    trustees = [(name, g.code("LIT-99999")) for name in _staff(g, 3, "ca")]
    tr = [g.rnd.randrange(len(trustees)) for _ in range(g.rows)]
    office = ("1801 Hollis St, Suite 1400", g.phone("CA", "national", False))
    return Table("bluenoseTrustees.consumerProposals", "en", "camel", [
        c("proposalId", N, "BIGINT", g.keys(20_001), "decoy", KEY),
        c("osbEstateNumber", N, "VARCHAR", g.col(lambda: "51-" + g.digits(7)), "decoy", SHAPE),
        c("fileReference", N, "VARCHAR", g.col(lambda: _spaced(v.luhn_decoy(g, 9, "1"))), "decoy",
          SHAPE),
        c("debtorGivenName", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("debtorSurname", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("debtorBirthDate", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("debtorSin", "ssn", "VARCHAR", g.col(lambda: v.ca_sin(g), 0.1)),
        c("spouseName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.6), ROLE, HEAVY),
        c("streetAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca"))),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("province", N, "VARCHAR", ["NS"] * g.rows, "decoy"),
        c("postalCode", "postal_code", "VARCHAR", [f"{g.rnd.choice(p[1])} {g.code('9A9')}" for p in places]),
        c("mobilePhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.6, "dashes": 0.3, "e164": 0.1}, 0.9, 0.05)),
        c("emailAddress", "email", "VARCHAR", [None if g.rnd.random() < 0.2 else
                                               v.email_of(g, r[0], r[1], v.DOMAINS["ca"]) for r in rows]),
        c("largestCreditor", N, "VARCHAR", g.col(g.pick(v.CA_CREDITORS)), "business"),
        c("totalUnsecuredDebt", N, "DOUBLE", g.amounts(8_000, 240_000), "decoy"),
        c("monthlyPayment", N, "DOUBLE", g.amounts(120, 1_600), "decoy"),
        c("filingDate", N, "DATE", g.days("2023-01-01", "2025-11-30"), "decoy"),
        c("counsellingSessionAt", N, "TIMESTAMP", g.moments("2023-02-01", "2025-12-15", 0.2), "decoy"),
        c("trusteeName", "person_name", "VARCHAR", [trustees[i][0] for i in tr], STAFF),
        c("trusteeLicenceNo", N, "VARCHAR", [trustees[i][1] for i in tr], PRACT, SHAPE),
        c("officeAddress", N, "VARCHAR", [office[0]] * g.rows, "business"),
        c("officePhone", N, "VARCHAR", [office[1]] * g.rows, "business"),
        c("customField2", N, "VARCHAR", g.col(g.pick(["Google Ads", "Referred by bank", "Radio", "Past client",
                                                      "Facebook", "Walk-in"]), 0.25), "decoy", PLAIN),
    ])


def gb_dro_intermediary(g: Gen) -> Table:
    """A Leeds debt advice charity's debt relief order applications as an approved intermediary (Pascal case)."""
    rows = _people(g, "gb", 1950, 2006)
    places = [g.rnd.choice(v.GB_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 6, "gb")
    branches = [("Unit 4, 212 Roundhay Road, Leeds LS8 5AA", g.phone("GB", "national", False),
                 "harehills@aireadvice.org.uk"),
                ("First Floor, 31 Kirkgate, Bradford BD1 1QB", g.phone("GB", "national", False),
                 "bradford@aireadvice.org.uk"),
                ("9 Westgate, Wakefield WF1 1JZ", g.phone("GB", "national", False), "wakefield@aireadvice.org.uk")]
    br = [g.rnd.randrange(len(branches)) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Client's son {v.given(g, 'gb')} helped with bank statements", "Car under £2,000 kept",
                             "Universal Credit deductions for advance", f"Landlord {v.whole(g, 'gb')} chasing arrears",
                             "Referred on to food bank"])

    return Table("DroIntermediary.Applications", "en", "pascal", [
        c("ApplicationId", N, "BIGINT", g.keys(900_001), "decoy", KEY),
        c("DroReference", N, "VARCHAR", g.col(lambda: "DRO" + g.digits(6), 0.3), "decoy", SHAPE),
        c("Title", N, "VARCHAR", [g.rnd.choice(["Mrs", "Ms", "Miss"]) if r[3] else g.rnd.choice(["Mr", "Mr", "Mx"])
                                  for r in rows], "decoy"),
        c("Forename", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("Surname", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("DateOfBirth", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("NiNumber", "ssn", "VARCHAR", g.col(lambda: v.nino(g, g.rnd.random() < 0.5), 0.15)),
        c("AddressLine1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GB_STREETS, "gb"))),
        c("Town", "city", "VARCHAR", [p[0] for p in places]),
        c("Postcode", "postal_code", "VARCHAR", [f"{g.rnd.choice(p[1])} {g.code('9')}"
                                                 f"{g.digits(2, 'ABDEFGHJLNPQRSTUWXYZ')}" for p in places]),
        c("MobileNumber", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.9, 0.05)),
        c("Email", "email", "VARCHAR", [None if g.rnd.random() < 0.35 else v.email_of(g, r[0], r[1], v.DOMAINS["gb"])
                                        for r in rows]),
        c("TotalDebts", N, "DOUBLE", g.amounts(900, 49_000), "decoy"),
        c("SurplusIncome", N, "DOUBLE", g.amounts(0, 75), "decoy"),
        c("AssetsValue", N, "DOUBLE", g.amounts(0, 1_950), "decoy"),
        c("IntermediaryName", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("AppointeeName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "gb"), 0.85), ROLE, HEAVY),
        c("BranchAddress", N, "VARCHAR", [branches[i][0] for i in br], "business"),
        c("BranchPhone", N, "VARCHAR", [branches[i][1] for i in br], "business"),
        c("BranchEmail", N, "VARCHAR", [branches[i][2] for i in br], "business"),
        c("SubmittedAt", N, "TIMESTAMP", g.moments("2024-04-06", "2025-11-30", 0.3), "decoy"),
        c("Udf3", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
        c("CaseNotes", "free_text", "VARCHAR", g.sparse(note, 0.74, _words("none")), NULLWORD),
    ])


def au_bankruptcy_trustee(g: Gen) -> Table:
    """A Brisbane registered bankruptcy trustee's estates (SCREAMING case)."""
    rows = _people(g, "au", 1948, 2003)
    places = [g.rnd.choice(v.AU_CITIES) for _ in range(g.rows)]
    trustees = [(name, str(g.rnd.randint(1_000, 9_999))) for name in _staff(g, 3, "au")]
    tr = [g.rnd.randrange(len(trustees)) for _ in range(g.rows)]
    offices = [(-27.4679, 153.0281), (-27.6146, 152.7587), (-27.2292, 153.1094)]
    off = [g.rnd.randrange(len(offices)) for _ in range(g.rows)]
    return Table("BKRPT_ADMIN.ESTATE_DEBTORS", "en", "screaming", [
        c("ESTATE_ID", N, "BIGINT", g.keys(61_001), "decoy", KEY),
        c("BANKRUPTCY_NO", N, "VARCHAR", g.col(lambda: f"QL{g.digits(4)}/{g.rnd.randint(2019, 2025)}"), "decoy",
          SHAPE),
        c("INVOICE_NO", N, "VARCHAR", g.col(lambda: v.tfn_decoy(g)), "decoy", SHAPE),
        c("BANKRUPT_GIVEN_NAMES", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("BANKRUPT_SURNAME", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("DATE_OF_BIRTH", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("TFN", "national_id", "VARCHAR", g.col(lambda: v.tfn(g), 0.6), HEAVY),
        c("RESIDENTIAL_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au"), 0.05)),
        c("SUBURB", "city", "VARCHAR", [p[0] for p in places]),
        c("STATE", N, "VARCHAR", ["QLD"] * g.rows, "decoy"),
        c("POSTCODE", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("MOBILE", "phone", "VARCHAR", g.phones("AU", {"national": 0.7, "e164": 0.3}, 0.9, 0.1)),
        c("EMAIL", "email", "VARCHAR", [None if g.rnd.random() < 0.25 else v.email_of(g, r[0], r[1], v.DOMAINS["au"])
                                        for r in rows]),
        c("OCCUPATION", N, "VARCHAR", g.col(g.pick(["Truck driver", "Nurse", "Builder", "Retail assistant",
                                                    "Unemployed", "Sole trader"])), "decoy"),
        c("EMPLOYER", N, "VARCHAR", g.col(g.pick(v.AU_EMPLOYERS), 0.2), "business"),
        c("INCOME_CONTRIBUTION", N, "DOUBLE", g.amounts(0, 900), "decoy"),
        c("DATE_OF_BANKRUPTCY", N, "DATE", g.days("2019-07-01", "2025-10-31"), "decoy"),
        c("DISCHARGE_DATE", N, "DATE", g.days("2022-07-01", "2028-10-31", 0.3), "decoy"),
        c("TRUSTEE_NAME", "person_name", "VARCHAR", [trustees[i][0] for i in tr], STAFF),
        c("TRUSTEE_REG_NO", N, "VARCHAR", [trustees[i][1] for i in tr], PRACT),
        c("OFFICE_LAT", N, "DOUBLE", [offices[i][0] for i in off], "decoy"),
        c("OFFICE_LON", N, "DOUBLE", [offices[i][1] for i in off], "decoy"),
        c("NEXT_OF_KIN_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au"), 0.3), ROLE),
        c("CUSTOM_FIELD_1", "free_text", "VARCHAR", _custom(g, "AU", "au"), CUSTOM),
    ])


def sg_debt_management(g: Gen) -> Table:
    """A Singapore credit counselling charity's debt management programme (abbreviated snake case)."""
    rows = _people(g, "sg", 1955, 2004)
    towns = [g.rnd.choice(v.SG_TOWNS) for _ in range(g.rows)]
    addrs = [v.sg_address(g, t[0]) for t in towns]
    staff = _staff(g, 5, "sg")

    def rmk() -> str:
        return g.rnd.choice([f"Husband {v.given(g, 'sg')} unaware of debts", "Moneylender harassment reported to police",
                             f"Sister {v.whole(g, 'sg')} to guarantee instalments", "Missed 2 instalments, called"])

    return Table("ccs_dmp.cust_case", "en", "abbrev", [
        c("case_no", N, "BIGINT", g.keys(7_001), "decoy", KEY),
        c("cust_fnm", "first_name", "VARCHAR", [r[0] for r in rows], ABBREV),
        c("cust_lnm", "last_name", "VARCHAR", [r[1] for r in rows], ABBREV),
        c("cust_nric", "national_id", "VARCHAR", [v.nric(g, r[2]) for r in rows], ABBREV),
        c("cust_dob", "date_of_birth", "DATE", [r[2] for r in rows], ABBREV),
        c("ctc_ph", "phone", "VARCHAR", g.phones("SG", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.95), ABBREV),
        c("ctc_eml", "email", "VARCHAR", [None if g.rnd.random() < 0.15 else v.email_of(g, r[0], r[1],
                                                                                        v.DOMAINS["sg"])
                                          for r in rows], ABBREV),
        c("addr_ln1", "street_address", "VARCHAR", [a[0] for a in addrs], ABBREV),
        c("addr_ln2", "street_address", "VARCHAR", [a[1] for a in addrs], ABBREV),
        c("pcode", "postal_code", "VARCHAR", [t[1] + g.digits(4) for t in towns], ABBREV),
        c("town", "city", "VARCHAR", [t[0] for t in towns]),
        c("crdtr_nm", N, "VARCHAR", g.col(g.pick(v.SG_CREDITORS)), "business", ABBREV),
        c("crdtr_acct_ref", N, "VARCHAR", g.col(lambda: v.luhn_decoy(g, 16, "45")), "decoy", SHAPE, ABBREV),
        c("tot_debt", N, "DOUBLE", g.amounts(5_000, 180_000), "decoy"),
        c("mthly_instl", N, "DOUBLE", g.amounts(150, 3_000), "decoy", ABBREV),
        c("dmp_strt_dt", N, "DATE", g.days("2022-01-01", "2025-11-30"), "decoy", ABBREV),
        c("cnslr_nm", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF, ABBREV),
        c("emrg_ctc_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "sg"), 0.2), ROLE, ABBREV),
        c("emrg_ctc_ph", "phone", "VARCHAR", g.phones("SG", {"national": 1.0}, 1.0, 0.2), ROLE, ABBREV),
        c("app_ver", N, "VARCHAR", g.col(g.version), "decoy", ABBREV),
        c("rmk", "free_text", "VARCHAR", g.sparse(rmk, 0.76, _words("nil")), NULLWORD, ABBREV),
    ])


def za_debt_review(g: Gen) -> Table:
    """A Johannesburg debt counsellor's debt review extract, a COBOL file (padded CHAR, YYYYMMDD integers)."""
    rows = _people(g, "za", 1955, 2002)
    places = [g.rnd.choice(v.ZA_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "za")
    married = [g.rnd.random() < 0.3 for _ in range(g.rows)]
    spouses = [(v.whole(g, "za"), v.za_id(g, g.birth(1955, 2002), not r[3])) if m else None
               for r, m in zip(rows, married)]
    return Table("DRVWLGCY.DC_CONSUMER_EXTRACT", "en", "cobol", [
        c("DC-CONS-REF", N, "VARCHAR", g.col(lambda: g.code("DR999999")), "decoy", SHAPE, LEGACY),
        c("DC-ID-NO", "national_id", "VARCHAR", [v.za_id(g, r[2], r[3]) for r in rows], LEGACY),
        c("DC-SURNAME", "last_name", "VARCHAR", _pad([r[1].upper() for r in rows], 25), LEGACY),
        c("DC-FIRST-NAMES", "first_name", "VARCHAR", _pad([r[0].upper() for r in rows], 20), LEGACY),
        c("DC-BIRTH-DT", "date_of_birth", "INTEGER", [_ymd(r[2]) for r in rows], LEGACY),
        c("DC-CELL-NO", "phone", "BIGINT", [int(g.phone("ZA", "digits")) if g.rnd.random() < 0.85 else 0
                                            for _ in range(g.rows)], LEGACY),
        c("DC-RES-ADDR", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.ZA_STREETS, "za").upper()),
                                                            32), LEGACY),
        c("DC-RES-TOWN", "city", "VARCHAR", _pad([p[0].upper() for p in places], 20), LEGACY),
        c("DC-POST-CD", "postal_code", "VARCHAR", [p[1] for p in places], LEGACY),
        c("DC-EMPLOYER", N, "VARCHAR", _pad(g.col(g.pick(v.ZA_EMPLOYERS), 0.15), 30), "business", LEGACY),
        c("DC-GROSS-INC", N, "DECIMAL(11,2)", g.amounts(6_000, 65_000), "decoy", LEGACY),
        c("DC-APPL-DT", N, "INTEGER", [_ymd(g.day("2020-01-01", "2025-11-30")) for _ in range(g.rows)], "decoy",
          LEGACY),
        c("DC-CRED-CNT", N, "INTEGER", g.ints(1, 14), "decoy", LEGACY),
        c("DC-NCR-REG-NO", N, "VARCHAR", _pad(g.col(g.pick(["NCRDC1187", "NCRDC2466", "NCRDC0953"])), 12), PRACT,
          LEGACY),
        c("DC-COUNSELLOR", "person_name", "VARCHAR", _pad(g.col(g.pick(staff)), 30), STAFF, LEGACY),
        c("DC-SPOUSE-NAME", "person_name", "VARCHAR", _pad([s[0].upper() if s else None for s in spouses], 30), ROLE,
          HEAVY, LEGACY),
        c("DC-SPOUSE-ID", "national_id", "VARCHAR", [s[1] if s else None for s in spouses], ROLE, HEAVY, LEGACY),
        c("DC-FORM-NO", N, "VARCHAR", g.col(lambda: v.za_id_decoy(g)), "decoy", SHAPE, LEGACY),
        c("DC-USER-FLD-1", N, "VARCHAR", _pad(g.col(g.pick(["JHB-CBD", "SOW-01", "RBG-02", "EKU-03"]), 0.2), 10),
          "decoy", PLAIN, LEGACY),
    ])


def ie_pip_enquiries(g: Gen) -> Table:
    """A Cork personal insolvency practitioner's web enquiries, landed as an opaque staging table."""
    def dob() -> str:
        d = g.birth(1950, 2004)
        return f"{d.day:02d}/{d.month:02d}/{d.year}"

    places = [g.rnd.choice(v.IE_CITIES) for _ in range(g.rows)]
    return Table("stg_pip_cork.src_enquiry_raw", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ie")), OPAQUE),
        c("col03", "ssn", "VARCHAR", g.col(lambda: v.pps(g), 0.6), OPAQUE, HEAVY),
        c("col04", "date_of_birth", "VARCHAR", g.col(dob, 0.1), OPAQUE),
        c("col05", "phone", "VARCHAR", g.phones("IE", {"national": 0.5, "e164": 0.3, "intl": 0.2}, 0.9), OPAQUE),
        c("col06", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "ie"), v.DOMAINS["ie"]), 0.1), OPAQUE),
        c("col07", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IE_STREETS, "ie"), 0.15), OPAQUE),
        c("col08", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col09", "postal_code", "VARCHAR", [f"{p[1]} {g.rnd.choice('ACDEFHKNPRTVWXY')}"
                                              f"{g.digits(3, '0123456789ACDEFHKNPRTVWXY')}" for p in places], OPAQUE),
        c("col10", N, "VARCHAR", g.col(g.pick(["PIA", "DSA", "DRN", "Bankruptcy", "Not sure"])), "decoy", OPAQUE),
        c("col11", N, "DOUBLE", g.amounts(3_000, 650_000), "decoy", OPAQUE),
        c("col12", "ip_address", "VARCHAR", g.col(g.ip), OPAQUE),
        c("col13", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c("col14", N, "VARCHAR", g.col(g.pick(v.IE_LENDERS)), "business", OPAQUE),
        c("col15", N, "VARCHAR", g.col(lambda: v.pps_decoy(g)), "decoy", SHAPE, OPAQUE),
        c("col16", "free_text", "VARCHAR", _custom(g, "IE", "ie"), CUSTOM, OPAQUE),
        c("col17", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy", OPAQUE),
        c("col18", N, "VARCHAR", g.col(g.version), "decoy", OPAQUE),
    ])


def sc_money_advice(g: Gen) -> Table:
    """A Dundee money advice charity's clients exported from Salesforce (``__c`` custom field names)."""
    rows = _people(g, "sc", 1948, 2006)
    places = [g.rnd.choice(v.SC_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 7, "sc")
    venues = [(name, g.phone("GB", "national", False)) for name in ("Lochee Community Hub", "Whitfield Library",
                                                                     "Kirkton Community Centre", "Arbroath Library")]
    ven = [g.rnd.randrange(len(venues)) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Partner {v.given(g, 'sc')} attended, joint debts", "Council tax arrears, DAS proposed",
                             f"Trust deed signed, witnessed by {v.whole(g, 'sc')}", "Sheriff officers letter received",
                             "Benefit check done"])

    return Table("dundee_money_advice.Client__c", "en", "sfdc", [
        c("Id", N, "VARCHAR", g.col(lambda: v.sf_id(g, "a0X")), "decoy", KEY),
        c("Name", N, "VARCHAR", [f"CL-{i:06d}" for i in g.keys(12_001)], "decoy", SHAPE),
        c("First_Name__c", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("Last_Name__c", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("Date_of_Birth__c", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("National_Insurance_No__c", "ssn", "VARCHAR", g.col(lambda: v.nino(g, g.rnd.random() < 0.3), 0.55), HEAVY),
        c("Street__c", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.SC_STREETS, "gb"), 0.05)),
        c("Town__c", "city", "VARCHAR", [p[0] for p in places]),
        c("Postcode__c", "postal_code", "VARCHAR", [f"{g.rnd.choice(p[1])} {g.code('9')}"
                                                    f"{g.digits(2, 'ABDEFGHJLNPQRSTUWXYZ')}" for p in places]),
        c("Mobile__c", "phone", "VARCHAR", g.phones("GB", {"national": 0.7, "e164": 0.3}, 0.85, 0.1)),
        c("Email__c", "email", "VARCHAR", [None if g.rnd.random() < 0.4 else v.email_of(g, r[0], r[1],
                                                                                        v.DOMAINS["sc"])
                                           for r in rows]),
        c("Debt_Solution__c", N, "VARCHAR", g.col(g.pick(["DAS", "Sequestration", "MAP", "Trust Deed",
                                                          "Token payments"])), "decoy"),
        c("Total_Debt__c", N, "DOUBLE", g.amounts(500, 85_000), "decoy"),
        c("Caseworker__c", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("Witness_Name__c", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "sc"), 0.8), ROLE, HEAVY),
        c("Power_of_Attorney__c", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "sc"), 0.9), ROLE, HEAVY),
        c("Outreach_Venue__c", N, "VARCHAR", [venues[i][0] for i in ven], "business"),
        c("Venue_Phone__c", N, "VARCHAR", [venues[i][1] for i in ven], "business"),
        c("CreatedDate", N, "TIMESTAMP", g.moments("2023-01-01", "2025-11-30"), "decoy"),
        c("Custom_Field_2__c", "free_text", "VARCHAR", _custom(g, "GB", "sc"), CUSTOM),
        c("Case_Notes__c", "free_text", "VARCHAR", g.sparse(note, 0.72, _words()), NULLWORD),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def fi_velkaneuvonta(g: Gen) -> Table:
    """A Tampere municipal debt advice service's clients (Finnish, snake case)."""
    rows = _people(g, "fi", 1945, 2006)
    places = [g.rnd.choice(v.FI_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "fi")
    office = ("Hatanpään valtatie 24, 33100 Tampere", g.phone("FI", "national", False))

    def note() -> str:
        return g.rnd.choice([f"Puoliso {v.given(g, 'fi')} mukana tapaamisessa", "Ulosotossa kolme velkaa",
                             f"Sovittu soitto tyttärelle ({v.whole(g, 'fi')})", "Pikavippejä 11 kpl",
                             "Velkajärjestelyhakemus käräjäoikeuteen"])

    return Table("velkaneuvonta_pirkanmaa.asiakkaat", "fi", "snake", [
        c("asiakas_id", N, "BIGINT", g.keys(33_001), "decoy", KEY),
        c("asianumero", N, "VARCHAR", g.col(lambda: f"TVN/{g.rnd.randint(2022, 2025)}/{g.digits(5)}"), "decoy", SHAPE),
        c("etunimi", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("sukunimi", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("henkilotunnus", "national_id", "VARCHAR", [v.hetu(g, r[2]) if g.rnd.random() < 0.9 else None
                                                      for r in rows]),
        c("syntymaaika", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("puhelin", "phone", "VARCHAR", g.phones("FI", {"national": 0.7, "e164": 0.2, "intl": 0.1}, 0.9, 0.05)),
        c("sahkoposti", "email", "VARCHAR", [None if g.rnd.random() < 0.3 else v.email_of(g, r[0], r[1],
                                                                                           v.DOMAINS["fi"])
                                             for r in rows]),
        c("lahiosoite", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.FI_STREETS, "fi"))),
        c("postinumero", "postal_code", "VARCHAR", [g.rnd.choice(p[1]) for p in places]),
        c("postitoimipaikka", "city", "VARCHAR", [p[0].upper() if g.rnd.random() < 0.3 else p[0] for p in places]),
        c("tilinumero", "iban", "VARCHAR", g.col(lambda: v.iban(g, "FI", g.rnd.random() < 0.7), 0.35)),
        c("velkamaara", N, "DOUBLE", g.amounts(1_500, 140_000), "decoy"),
        c("velkajarjestely_haettu", N, "BOOLEAN", g.yn(True, False, 0.35), "decoy"),
        c("tapaaminen", N, "TIMESTAMP", g.moments("2025-01-02", "2025-12-19", 0.1), "decoy"),
        c("velkaneuvoja", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("puoliso_nimi", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "fi"), 0.62), ROLE, HEAVY),
        c("edunvalvoja", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "fi"), 0.9), ROLE, HEAVY),
        c("toimipiste_osoite", N, "VARCHAR", [office[0]] * g.rows, "business"),
        c("toimipiste_puhelin", N, "VARCHAR", [office[1]] * g.rows, "business"),
        c("lisakentta_2", "free_text", "VARCHAR", _custom(g, "FI", "fi"), CUSTOM),
        c("muistiinpanot", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("ei tiedossa")), NULLWORD),
    ])


def no_gjeldsordning(g: Gen) -> Table:
    """A Bergen enforcement office's debt settlement applications (Norwegian, snake case)."""
    rows = _people(g, "no", 1945, 2005)
    places = [g.rnd.choice(v.NO_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "no")
    creditors = [(name, v.orgnr(g)) for name in v.NO_CREDITORS]
    cr = [g.rnd.randrange(len(creditors)) for _ in range(g.rows)]
    return Table("gjeldsordning_bergen.soknader", "no", "snake", [
        c("soknad_id", N, "BIGINT", g.keys(5_001), "decoy", KEY),
        c("saksnummer", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(22, 25)}-{g.digits(6)}GJE-NABE"), "decoy",
          SHAPE),
        c("fornavn", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("etternavn", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("fodselsnummer", "national_id", "VARCHAR", [v.fodselsnummer(g, r[2]) for r in rows]),
        c("fodselsdato", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("mobil", "phone", "VARCHAR", g.phones("NO", {"national": 0.6, "e164": 0.4}, 0.95, 0.05)),
        c("epost", "email", "VARCHAR", [None if g.rnd.random() < 0.2 else v.email_of(g, r[0], r[1], v.DOMAINS["no"])
                                        for r in rows]),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NO_STREETS, "no"))),
        c("postnummer", "postal_code", "VARCHAR", [g.rnd.choice(p[1]) for p in places]),
        c("poststed", "city", "VARCHAR", [p[0].upper() for p in places]),
        c("kontonummer", "iban", "VARCHAR", g.col(lambda: v.iban(g, "NO", g.rnd.random() < 0.5), 0.2)),
        c("samlet_gjeld", N, "DOUBLE", g.amounts(40_000, 2_500_000), "decoy"),
        c("kreditor", N, "VARCHAR", [creditors[i][0] for i in cr], "business"),
        c("kreditor_orgnr", N, "VARCHAR", [creditors[i][1] for i in cr], "business", SHAPE),
        c("vedtaksdato", N, "DATE", g.days("2023-01-01", "2025-11-30", 0.4), "decoy"),
        c("saksbehandler", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("verge_navn", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "no"), 0.88), ROLE, HEAVY),
        c("medsoker_navn", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "no"), 0.7), ROLE, HEAVY),
        c("fritekst_2", N, "VARCHAR", g.col(g.pick(["tvungen", "frivillig", "ny søknad", "endring"]), 0.3), "decoy",
          PLAIN),
    ])


def hu_csodvedelem(g: Gen) -> Table:
    """A Debrecen family bankruptcy trustee's debtors (Hungarian, snake case)."""
    rows = _people(g, "hu", 1950, 2004)
    places = [g.rnd.choice(v.HU_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "hu")
    births = [g.rnd.choice(v.HU_CITIES)[0] if g.rnd.random() < 0.7 else g.rnd.choice(["Budapest", "Miskolc",
                                                                                       "Szolnok", "Eger"])
              for _ in range(g.rows)]
    return Table("csodvedelem_debrecen.adosok", "hu", "snake", [
        c("ados_id", N, "BIGINT", g.keys(1_001), "decoy", KEY),
        c("ugyszam", N, "VARCHAR", g.col(lambda: f"CSV-{g.rnd.randint(2020, 2025)}-{g.digits(5)}"), "decoy", SHAPE),
        c("vezeteknev", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("utonev", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("szuletesi_nev", "person_name", "VARCHAR", [f"{v.person(g, 'hu')[1]} {r[0]}" if r[3] and
                                                      g.rnd.random() < 0.6 else f"{r[1]} {r[0]}" for r in rows]),
        c("anyja_neve", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "hu")), ROLE),
        c("szuletesi_datum", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("szuletesi_hely", "city", "VARCHAR", births),
        c("adoazonosito_jel", "national_id", "VARCHAR", [v.hu_tax(g, r[2]) for r in rows]),
        c("taj_szam", "ssn", "VARCHAR", g.col(lambda: v.taj(g), 0.1)),
        c("telefon", "phone", "VARCHAR", g.phones("HU", {"national": 0.5, "intl": 0.3, "e164": 0.2}, 0.9, 0.05)),
        c("email", "email", "VARCHAR", [None if g.rnd.random() < 0.3 else v.email_of(g, r[0], r[1], v.DOMAINS["hu"])
                                        for r in rows]),
        c("lakcim", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.HU_STREETS, "hu"))),
        c("iranyitoszam", "postal_code", "VARCHAR", [g.rnd.choice(p[1]) for p in places]),
        c("telepules", "city", "VARCHAR", [p[0] for p in places]),
        c("bankszamla", "iban", "VARCHAR", g.col(lambda: v.iban(g, "HU", g.rnd.random() < 0.7), 0.25)),
        c("adossagok_osszege", N, "DOUBLE", g.amounts(2_000_000, 60_000_000), "decoy"),
        c("kezes_neve", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "hu"), 0.7), ROLE, HEAVY),
        c("csodgondnok", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("szamla_sorszam", N, "VARCHAR", g.col(lambda: v.taj_decoy(g)), "decoy", SHAPE),
        c("egyeb_mezo_1", "free_text", "VARCHAR", _custom(g, "HU", "hu"), CUSTOM),
    ])


def ro_insolventa(g: Gen) -> Table:
    """A Cluj-Napoca insolvency administrator's individual debtors (Romanian, snake case)."""
    rows = _people(g, "ro", 1950, 2004)
    places = [g.rnd.choice(v.RO_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "ro")

    def obs() -> str:
        return g.rnd.choice([f"Soția {v.given(g, 'ro')} a depus actele", "Plan de rambursare aprobat",
                             f"Garant: {v.whole(g, 'ro')}", "Poprire pe salariu suspendată", "Lipsă extras de cont"])

    return Table("insolventa_cluj.debitori", "ro", "snake", [
        c("id_debitor", N, "BIGINT", g.keys(3_001), "decoy", KEY),
        c("numar_dosar", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(100, 9999)}/117/{g.rnd.randint(2022, 2025)}"),
          "decoy", SHAPE),
        c("nume", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("prenume", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("cnp", "national_id", "VARCHAR", [v.cnp(g, r[2], r[3]) for r in rows]),
        c("data_nasterii", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("serie_numar_ci", "national_id", "VARCHAR", g.col(lambda: f"{g.rnd.choice(['CJ', 'KX', 'KT'])} "
                                                                  f"{g.digits(6)}", 0.2)),
        c("telefon", "phone", "VARCHAR", g.phones("RO", {"national": 0.7, "e164": 0.3}, 0.9, 0.05)),
        c("email", "email", "VARCHAR", [None if g.rnd.random() < 0.3 else v.email_of(g, r[0], r[1], v.DOMAINS["ro"])
                                        for r in rows]),
        c("adresa", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.RO_STREETS, "ro"))),
        c("cod_postal", "postal_code", "VARCHAR", [g.rnd.choice(p[2]) for p in places]),
        c("localitate", "city", "VARCHAR", [p[0] for p in places]),
        c("judet", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "RO", g.rnd.random() < 0.5), 0.15)),
        c("creditor_principal", N, "VARCHAR", g.col(g.pick(v.RO_CREDITORS)), "business"),
        c("suma_datorata", N, "DOUBLE", g.amounts(15_000, 400_000), "decoy"),
        c("data_deschiderii", N, "DATE", g.days("2022-01-01", "2025-11-30"), "decoy"),
        c("administrator_procedura", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("sot_sotie", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ro"), 0.55), ROLE, HEAVY),
        c("numar_factura", N, "VARCHAR", g.col(lambda: v.cnp_decoy(g)), "decoy", SHAPE),
        c("camp_liber_2", "free_text", "VARCHAR", _custom(g, "RO", "ro"), CUSTOM),
        c("observatii", "free_text", "VARCHAR", g.sparse(obs, 0.76, _words("nu este cazul")), NULLWORD),
    ])


def sk_oddlzenie(g: Gen) -> Table:
    """A Košice legal aid office's personal bankruptcy applicants (Slovak, snake case)."""
    rows = _people(g, "sk", 1954, 2005)
    places = [g.rnd.choice(v.SK_CITIES) for _ in range(g.rows)]
    trustees = [(name, f"S{g.digits(4)}") for name in _staff(g, 4, "sk")]
    tr = [g.rnd.randrange(len(trustees)) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Manžel {v.given(g, 'sk')} nesúhlasí s návrhom", "Exekúcie: 6",
                             "Doložiť potvrdenie o príjme", f"Splnomocnená sestra {v.whole(g, 'sk')}",
                             "Konkurz vyhlásený"])

    return Table("oddlzenie_kosice.dlznici", "sk", "snake", [
        c("dlznik_id", N, "BIGINT", g.keys(40_001), "decoy", KEY),
        c("spisova_znacka", N, "VARCHAR", g.col(lambda: f"31OdK/{g.rnd.randint(1, 999)}/{g.rnd.randint(2022, 2025)}"),
          "decoy", SHAPE),
        c("meno", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("priezvisko", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("rodne_cislo", "national_id", "VARCHAR", [v.rodne_cislo(g, r[2], r[3]) for r in rows]),
        c("datum_narodenia", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("cislo_op", "national_id", "VARCHAR", g.col(lambda: g.code("AA999999"), 0.55), HEAVY),
        c("telefon", "phone", "VARCHAR", g.phones("SK", {"national": 0.6, "intl": 0.4}, 0.95, 0.05)),
        c("email", "email", "VARCHAR", [None if g.rnd.random() < 0.35 else v.email_of(g, r[0], r[1], v.DOMAINS["sk"])
                                        for r in rows]),
        c("ulica", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.SK_STREETS, "sk"))),
        c("psc", "postal_code", "VARCHAR", [g.rnd.choice(p[1]) for p in places]),
        c("obec", "city", "VARCHAR", [p[0] for p in places]),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "SK", g.rnd.random() < 0.6), 0.3)),
        c("splatkovy_kalendar", N, "BOOLEAN", g.yn(True, False, 0.3), "decoy"),
        c("vyska_dlhov", N, "DOUBLE", g.amounts(2_000, 90_000), "decoy"),
        c("spravca", "person_name", "VARCHAR", [trustees[i][0] for i in tr], STAFF),
        c("spravca_znacka", N, "VARCHAR", [trustees[i][1] for i in tr], PRACT),
        c("manzel_manzelka", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "sk"), 0.6), ROLE, HEAVY),
        c("pridelene_kedy", N, "TIMESTAMP", g.moments("2023-01-01", "2025-11-30"), "decoy"),
        c("poznamka", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("neuvedené")), NULLWORD),
        c("volitelne_pole_1", N, "VARCHAR", g.col(g.pick(["KE-01", "KE-02", "PO-01", "MI-03"]), 0.1), "decoy", PLAIN),
    ])


def hr_stecaj_potrosaca(g: Gen) -> Table:
    """A Split consumer bankruptcy office's debtors (Croatian, snake case)."""
    rows = _people(g, "hr", 1950, 2005)
    places = [g.rnd.choice(v.HR_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "hr")
    branches = [("Ulica Domovinskog rata 49, 21000 Split", g.phone("HR", "national", False), "stecaj.split@savjet.hr"),
                ("Put Mulina 2, 21220 Trogir", g.phone("HR", "national", False), "trogir@savjet.hr")]
    br = [g.rnd.randrange(len(branches)) for _ in range(g.rows)]
    return Table("stecaj_potrosaca_split.duznici", "hr", "snake", [
        c("duznik_id", N, "BIGINT", g.keys(8_001), "decoy", KEY),
        c("broj_predmeta", N, "VARCHAR", g.col(lambda: f"St-{g.rnd.randint(1, 3999)}/{g.rnd.randint(2022, 2025)}"),
          "decoy", SHAPE),
        c("ime", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("prezime", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("oib", "national_id", "VARCHAR", g.col(lambda: v.oib(g), 0.05)),
        c("datum_rodenja", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("mobitel", "phone", "VARCHAR", g.phones("HR", {"national": 0.6, "intl": 0.4}, 0.95, 0.05)),
        c("e_posta", "email", "VARCHAR", [None if g.rnd.random() < 0.3 else v.email_of(g, r[0], r[1], v.DOMAINS["hr"])
                                          for r in rows]),
        c("adresa", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.HR_STREETS, "hr"))),
        c("postanski_broj", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("mjesto", "city", "VARCHAR", [p[0] for p in places]),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "HR", g.rnd.random() < 0.5), 0.2)),
        c("ukupni_dug", N, "DOUBLE", g.amounts(1_000, 70_000), "decoy"),
        c("povjerenik", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("jamac_ime", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "hr"), 0.72), ROLE, HEAVY),
        c("svjedok", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "hr"), 0.8), ROLE, HEAVY),
        c("poslovnica_adresa", N, "VARCHAR", [branches[i][0] for i in br], "business"),
        c("poslovnica_telefon", N, "VARCHAR", [branches[i][1] for i in br], "business"),
        c("poslovnica_email", N, "VARCHAR", [branches[i][2] for i in br], "business"),
        c("racun_broj", N, "VARCHAR", g.col(lambda: v.oib_decoy(g)), "decoy", SHAPE),
        c("datum_otvaranja", N, "DATE", g.days("2022-01-01", "2025-11-30"), "decoy"),
        c("dodatno_polje_2", "free_text", "VARCHAR", _custom(g, "HR", "hr"), CUSTOM),
    ])


def ua_restrukturyzatsiia(g: Gen) -> Table:
    """A Lviv arbitration manager's debtors in debt restructuring (Ukrainian: Cyrillic names and values)."""
    rows = _people(g, "uk", 1950, 2004)
    places = [g.rnd.choice(v.UA_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 2, "uk")
    fathers = list(v.UK_PATRONYMICS.values())

    def note() -> str:
        return g.rnd.choice([f"Дружина {v.given(g, 'uk')} погодилась на план", "Кредит у МФО, 4 договори",
                             f"Представник боржника: {v.whole(g, 'uk')}", "Надано довідку про доходи",
                             "Мораторій на стягнення"])

    return Table("bankrutstvo_lviv.боржники", "uk", "snake", [
        c("ід_боржника", N, "BIGINT", g.keys(901), "decoy", KEY),
        c("номер_справи", N, "VARCHAR", g.col(lambda: f"914/{g.rnd.randint(100, 4999)}/{g.rnd.randint(21, 25)}"),
          "decoy", SHAPE),
        c("прізвище", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("імʼя", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("по_батькові", "first_name", "VARCHAR", [g.rnd.choice(fathers)[1 if r[3] else 0] for r in rows]),
        c("рнокпп", "national_id", "VARCHAR", [v.rntrc(g, r[2], r[3]) for r in rows]),
        c("дата_народження", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("номер_id_картки", "national_id", "VARCHAR", g.col(lambda: g.digits(9), 0.6), HEAVY),
        c("телефон", "phone", "VARCHAR", g.phones("UA", {"national": 0.5, "e164": 0.5}, 0.95, 0.05)),
        c("електронна_пошта", "email", "VARCHAR", [None if g.rnd.random() < 0.3 else
                                                   v.email_of(g, r[0], r[1], v.DOMAINS["uk"]) for r in rows]),
        c("адреса", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.UA_STREETS, "uk"))),
        c("поштовий_індекс", "postal_code", "VARCHAR", [g.rnd.choice(p[1]) for p in places]),
        c("населений_пункт", "city", "VARCHAR", [p[0] for p in places]),
        c("рахунок_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "UA", g.rnd.random() < 0.4), 0.25)),
        c("сума_боргу", N, "DOUBLE", g.amounts(20_000, 3_000_000), "decoy"),
        c("керуючий_реструктуризацією", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("чоловік_дружина", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "uk"), 0.6), ROLE, HEAVY),
        c("дата_відкриття", N, "DATE", g.days("2021-01-01", "2025-11-30"), "decoy"),
        c("примітка", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("немає")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (us_chapter13, 700), (ca_consumer_proposals, 500), (gb_dro_intermediary, 600), (au_bankruptcy_trustee, 450),
    (sg_debt_management, 400), (za_debt_review, 500), (ie_pip_enquiries, 400), (sc_money_advice, 550),
    (fi_velkaneuvonta, 450), (no_gjeldsordning, 400), (hu_csodvedelem, 350), (ro_insolventa, 400),
    (sk_oddlzenie, 350), (hr_stecaj_potrosaca, 350), (ua_restrukturyzatsiia, 300),
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
