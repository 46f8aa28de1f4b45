"""Held-out set v137 for the column classifier: 15 tables of *health insurance and clinics* (health plan members and
policies, group benefits and health insurance claims, clinic appointments, pharmacy prescriptions, laboratory test
requisitions, dental plans and dental treatment plans, occupational health checks and a hospital's inpatient
admissions), one system per table and each a different organisation, eight with English column names and seven in
other languages:

* ``rgh_members.policy_members``: an Albuquerque regional health plan's members and policies (snake case, SSN mostly
  NULL, policy numbers shaped like SSNs failing the check, the employer group's address and HR phone, a portal login
  and its last IP, ``misc_1`` holding phones, e-mails and names);
* ``kznDocBook.appointmentBookings``: a Durban GP and dental clinic group's booking app (camel case, South African ID
  numbers encoding the birth date, the birth date as ``dd/mm/yyyy`` text, medical aid numbers, the main member of a
  dependant, branches' phones and coordinates, deposit cards mostly NULL, app versions, ``customField2`` holding
  codes);
* ``ClydeOccHealth.HealthSurveillance``: a Glasgow occupational health provider's health surveillance checks of
  client employers' staff (Pascal case, CHI numbers encoding the birth date, NI numbers, payroll numbers failing the
  CHI check, employers' site addresses and postcodes, line managers, ``AssessedBy``/``ApprovedBy``, ``Udf3``);
* ``KLMC_ADM.INPATIENT_ADMISSIONS``: a Kuala Lumpur private hospital's admissions (SCREAMING case; ``ID_NO`` holds
  MyKad numbers, Singapore NRICs, Indonesian NIKs and passport numbers by ``ID_TYPE``; next of kin, ``ADMITTED_BY``,
  guarantee letter numbers, ``CUSTOM_FIELD_2`` holding package codes);
* ``wa_rx.rx_disp_hist``: a Perth community pharmacy group's dispensing history (abbreviated: ``pt_fnm``,
  ``dob_dt``, ``addr_ln1``, ``ctc_ph``; Medicare card numbers, IHIs mostly NULL, prescribers and their prescriber
  numbers, SKUs, home delivery tracking numbers, ``disp_by``, ``chkd_by``, a ``cashier`` of first names, ``udf3``
  holding codes);
* ``DNTLEGCY.CLMEXTR``: a Minnesota dental plan's claim lines as a COBOL extract (legacy: ``SUBSCR-LAST-NM``, padded
  CHAR, ``YYYYMMDD`` integers for the patient's birth and the service dates, SSN, phone and ZIP as numbers with 0 for
  missing, billing NPIs, the treating dentist, ``DNT-USER-FLD-1``);
* ``stg_kupa.src_crm_feed``: a Tel Aviv private clinic network's patient intake feed as an opaque staging table
  (``src_crm_col01`` to ``src_crm_col18``; names, streets and cities in Hebrew, Teudat Zehut, form numbers failing
  its check, hashes, the intake form's IP, branch coordinates);
* ``benefits_portal.claim_export_flat``: a Vancouver group benefits insurer's claims exported as JSON and flattened to
  dotted keys (``member.name.first``, ``member.phn``; BC PHN, SIN mostly NULL, plan sponsors, the claimant's
  practitioner, ``adjudication.agent``, ``session.ip``, ``customFields.2`` holding codes);
* ``tryghed_sundhed.skadesanmeldelser``: an Aarhus health insurer's claims under employers' health insurance (Danish;
  CPR encoding the birth date, policy numbers shaped like CPR numbers with impossible dates, CVR numbers, IBANs mostly
  NULL, the treating practitioner, ``sagsbehandler``, ``godkendt_af``, ``fritekst_1``);
* ``amz_linz.arbeitsmed_untersuchungen``: a Linz occupational health centre's examinations (Austrian German; the
  VSNR encoding the birth date, the birth date split into ``geb_tag``, ``geb_monat`` and ``geb_jahr``, academic
  titles, employers' UID numbers and contact persons, ``zusatzfeld_1`` holding codes);
* ``mutualite_liege.affilies``: a Liège mutualité's members and persons in their charge (Belgian French; NISS encoding
  the birth date, the birth date as text, the holder of a dependant's membership, IBANs, agencies' phones,
  ``champ_libre_3`` holding codes);
* ``clinica_cba.turnos``: a Córdoba clinic's appointments (Argentine Spanish; DNI, CUIL built on the DNI, obras
  sociales and member numbers, receipt numbers, ``cajero``, ``campo_libre_1``);
* ``laboratorio_porto.requisicoes_analises``: a Porto laboratory's test requisitions (European Portuguese; NIF, SNS
  user numbers, cartão de cidadão numbers mostly NULL, the requesting doctor, collection posts, ``campo_livre_2``
  holding codes);
* ``dentika_lviv.плани_лікування``: a Lviv dental clinic's patients and treatment plans (Ukrainian, Cyrillic column
  names and values beside an English ``id`` and ``created_at``; РНОКПП encoding the birth date, patronymics, a trusted
  person mostly NULL, ``касир``, cards mostly NULL);
* ``MedPakiet.UmowyAbonamentowe``: a Wrocław medical subscription provider's employer-paid members and policies
  (Polish, Pascal case; PESEL, Ukrainian employees' passport numbers mostly NULL, patient card numbers failing the
  PESEL check, employers' NIP, the co-insured person, ``PoleDodatkowe2``).

Written **blind**, like v2 to v134: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v27 and v98 (their
modules, their tests and ``tests/heldout_support.py``), the module docstring and test of v107, the module docstrings
of v24 to v134 (to avoid their domains), the ``Column``/``Table`` classes and writer of v2 and v4, and the
documentation of python-stdnum and phonenumbers. The classifier was not run on this set while it was written, no
scorer was run on it, and no score was looked at.

Labeling choices a reader may question:

* a US SSN, a UK National Insurance number, a Canadian SIN, an Austrian VSNR, a Belgian NISS and an Argentine CUIL
  (the social security administration's number, built on the DNI) are ``ssn``; a South African ID number, a CHI
  number, MyKad, a Singapore NRIC, an Indonesian NIK, passport numbers, an Australian Medicare card number and IHI, a
  Teudat Zehut, a BC PHN, CPR, DNI, a Portuguese NIF, cartão de cidadão and SNS user number, РНОКПП and PESEL are
  ``national_id`` (health numbers a state issues count as the NHS number did in v98; the SNS user number has no
  published check and is generated by shape);
* member, policy, group, certificate, affiliate, beneficiary and medical aid numbers, MRNs, claim, booking, admission,
  contract, receipt, requisition, prescription, tracking and guarantee letter numbers, SKUs, payroll and patient card
  numbers and prescriber numbers are ``none`` (tag ``decoy``, ``value_shape`` when shaped like an identifier;
  ``join_key`` for keys); a billing NPI of a dental practice, CVR, an Austrian UID and a Polish NIP are ``none`` (tag
  ``business``), as are employers', schemes', clinics', agencies' and branches' names, addresses, postcodes, phones, a
  shared occupational health mailbox and branch coordinates;
* enrolment clerks, practitioners of the clinic, occupational health advisers and physicians, attending doctors,
  admitting clerks, pharmacists, cashiers, claims adjudicators, case handlers and approvers, occupational physicians,
  mutualité officers, collection technicians, dentists and their assistants and account managers are staff
  (``person_name``, tag ``staff``; a ``cashier`` column holding first names only is ``first_name``); a main member, a
  line manager, a next of kin and their phone, a prescriber, a treating dentist or practitioner, an employer's contact
  person, a membership holder, a requesting doctor, a trusted person and a co-insured person are personal (tag
  ``role_word``);
* custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); custom fields
  holding the organisation's codes are ``none`` (tag ``custom_code``); a portal login is ``unclassified`` (tag
  ``username``); the IP of a portal login, a claims session and an intake form is ``ip_address``;
* dates of birth as ``DATE``, as text (``dd/mm/yyyy``, ISO), as ``YYYYMMDD`` integers and split into day, month and year
  columns are ``date_of_birth`` (each part, tag ``dob_part``); service, admission, coverage, affiliation, collection,
  examination and visit dates are ``none``; a Ukrainian patronymic is ``first_name`` (tag ``patronymic``, like a middle
  name in v107); an academic title is ``none``;
* a suburb, a town, a *localidad* and a *localité* are ``city``; a US county and state, a Malaysian state and a Canadian
  province are ``none``; nationality, ID type and relationship codes are ``none``.

``null_heavy`` means 70-95% NULL, ``nullword_heavy`` 70-95% NULL words or empty strings.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits (the Medicare card number's, Singapore NRIC's and NPI's check digits are computed here
from their published rules), phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v137_values`, written for v137 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v137 [PATH]`` (default ``/tmp/heldout_v137.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v137``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v137_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v137_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v137.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 70-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # staff of the organisation named under a role word (few distinct)
ROLE = "role_word"  # a role word (next of kin, line manager, main member, prescriber, co-insured ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
JSON = "json_path"  # a column named by a flattened JSON path
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
CODES = "custom_code"  # an opaque custom field holding the organisation's codes (none)
DOB_PART = "dob_part"  # one part (day, month or year) of a date of birth split into columns
MIXED = "mixed_country"  # identifiers of people of several countries in one column
PATRONYMIC = "patronymic"  # a Ukrainian patronymic (first_name, like a middle name)


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "NULL", "n/a") + extra


def _staff(g: Gen, n: int, lang: str, make: Callable[[Gen, str], str] = v.whole) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g, lang))
    return sorted(out)


def _custom(g: Gen, region: str, lang: str, null: float = 0.3) -> list[str | None]:
    """An opaque custom field: by row a phone, an e-mail or a name (or NULL)."""
    def one() -> str:
        r = g.rnd.random()
        if r < 0.4:
            return g.phone(region, g.rnd.choice(["national", "e164"]))
        if r < 0.7:
            return v.email(g, lang)
        return v.whole(g, lang)
    return g.col(one, null)


def _codes(g: Gen, layouts: list[str], null: float = 0.3) -> list[str | None]:
    """An opaque custom field holding the organisation's own codes (no personal data): each ``9`` of a layout is a
    digit, every other character is kept."""
    return g.col(lambda: "".join(g.rnd.choice("0123456789") if ch == "9" else ch for ch in g.rnd.choice(layouts)),
                 null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _heavy(values: list, share: float, g: Gen) -> list:
    """``values`` with ``share`` of them made NULL."""
    return [None if g.rnd.random() < share else x for x in values]


# -- English-named tables ----------------------------------------------------------------------------------------------


def nm_member_policies(g: Gen) -> Table:
    """An Albuquerque regional health plan's members and policies (snake case)."""
    pairs = [v.person(g, "nm") for _ in range(g.rows)]
    places = [g.rnd.choice(v.NM_CITIES) for _ in range(g.rows)]
    employers = [(name, addr, g.phone("US", "dashes", False)) for name, addr in v.NM_EMPLOYERS]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]
    staff = _staff(g, 5, "nm")
    logins = [None if g.rnd.random() < 0.4 else f"{v.plain(a)[:1]}{v.plain(b)}{g.rnd.randint(1, 99)}".lower()
              for a, b in pairs]

    def note() -> str:
        return g.rnd.choice([f"Spouse {v.whole(g, 'nm')} added at open enrollment", "Address change per member call",
                             f"Daughter {v.given(g, 'nm')} aged out of coverage", "COBRA election letter mailed",
                             f"Called by member's son {v.whole(g, 'nm')} (HIPAA auth on file)"])

    return Table("rgh_members.policy_members", "en", "snake", [
        c("member_id", N, "BIGINT", g.keys(4_100_001), "decoy", KEY),
        c("policy_number", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE),
        c("group_number", N, "VARCHAR", [f"G{emp_i + 1:03d}-{g.digits(4)}" for emp_i in emp], "decoy", SHAPE),
        c("relationship_code", N, "VARCHAR", g.col(g.pick(["SUB", "SUB", "SPS", "DEP"])), "decoy"),
        c("first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("date_of_birth", "date_of_birth", "DATE", g.births(1942, 2024)),
        c("gender", N, "VARCHAR", g.col(g.pick(["F", "M", "X", "U"])), "decoy"),
        c("ssn", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.7), 0.78), HEAVY),
        c("home_address_line1", "street_address", "VARCHAR", g.col(lambda: v.street(g, "nm"), 0.03)),
        c("home_city", "city", "VARCHAR", [p[0] for p in places]),
        c("home_state", N, "VARCHAR", ["NM"] * g.rows, "decoy"),
        c("home_zip", "postal_code", "VARCHAR", [p[2] + g.digits(2) + g.rnd.choice(["", "", f"-{g.digits(4)}"])
                                                 for p in places]),
        c("county", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("phone_primary", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.8,
                                                        0.08)),
        c("email", "email", "VARCHAR", [None if g.rnd.random() < 0.35 else v.email_of(g, a, b, v.DOMAINS["nm"])
                                        for a, b in pairs]),
        c("employer_group_name", N, "VARCHAR", [employers[i][0] for i in emp], "business"),
        c("employer_group_address", N, "VARCHAR", [employers[i][1] for i in emp], "business"),
        c("employer_hr_phone", N, "VARCHAR", [employers[i][2] for i in emp], "business"),
        c("plan_code", N, "VARCHAR", g.col(g.pick(["RGH-GOLD-PPO-25", "RGH-SILVER-HMO-25", "RGH-BRONZE-HDHP-25"])),
          "decoy"),
        c("coverage_effective_date", N, "DATE", g.days("2023-01-01", "2025-07-01"), "decoy"),
        c("coverage_term_date", N, "DATE", g.days("2025-01-31", "2026-12-31", 0.6), "decoy"),
        c("monthly_premium", N, "DECIMAL(10,2)", g.amounts(180, 1_450), "decoy"),
        c("enrolled_by", "person_name", "VARCHAR", g.col(g.pick(staff), 0.05), STAFF),
        c("portal_username", USERNAME, "VARCHAR", logins, "username"),
        c("last_login_ip", "ip_address", "VARCHAR", [None if x is None else g.ip() for x in logins]),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "US", "nm"), CUSTOM),
        c("member_notes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("none")), NULLWORD),
    ])


def za_clinic_bookings(g: Gen) -> Table:
    """A Durban GP and dental clinic group's booking app (camel case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "za", female)
        born = g.birth(1940, 2022)
        rows.append((a, b, born, v.za_id(g, born, female)))
    branches = [("KZN DocBook Musgrave", g.phone("ZA", "national", False), -29.8506, 31.0012),
                ("KZN DocBook Umhlanga Ridge", g.phone("ZA", "national", False), -29.7275, 31.0706),
                ("KZN DocBook Pinetown", g.phone("ZA", "national", False), -29.8167, 30.8500)]
    br = [g.rnd.randrange(len(branches)) for _ in range(g.rows)]
    dependants = [g.rnd.random() < 0.45 for _ in range(g.rows)]
    staff = _staff(g, 6, "za", lambda gg, lang: "Dr " + v.whole(gg, lang))

    def note() -> str:
        return g.rnd.choice([f"Mom {v.given(g, 'za')} will bring the child", "Patient running 15 min late",
                             f"Booked by PA of {v.whole(g, 'za')}", "Requested female practitioner",
                             "Medical aid authorisation pending"])

    return Table("kznDocBook.appointmentBookings", "en", "camel", [
        c("bookingId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("bookingRef", N, "VARCHAR", g.col(lambda: g.code("DBN-25-999999")), "decoy", SHAPE),
        c("patientFirstName", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("patientSurname", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("saIdNumber", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.9 else None for r in rows]),
        c("dateOfBirth", "date_of_birth", "VARCHAR", [f"{r[2].day:02d}/{r[2].month:02d}/{r[2].year}" for r in rows]),
        c("cellNumber", "phone", "VARCHAR", g.phones("ZA", {"national": 0.6, "e164": 0.3, "intl": 0.1}, 1.0, 0.05)),
        c("emailAddress", "email", "VARCHAR", [None if g.rnd.random() < 0.3 else v.email_of(g, r[0], r[1],
                                                                                            v.DOMAINS["za"])
                                               for r in rows]),
        c("medicalAidScheme", N, "VARCHAR", g.col(g.pick(v.ZA_SCHEMES), 0.2), "business"),
        c("medicalAidNumber", N, "VARCHAR", g.col(lambda: g.code("99999999"), 0.2), "decoy", SHAPE),
        c("dependantCode", N, "VARCHAR", [f"0{g.rnd.randint(1, 4)}" if d else "00" for d in dependants], "decoy"),
        c("mainMemberName", "person_name", "VARCHAR", [v.whole(g, "za") if d else None for d in dependants], ROLE),
        c("practitioner", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("branchName", N, "VARCHAR", [branches[i][0] for i in br], "business"),
        c("branchPhone", N, "VARCHAR", [branches[i][1] for i in br], "business"),
        c("branchLat", N, "DOUBLE", [branches[i][2] for i in br], "decoy", "business"),
        c("branchLng", N, "DOUBLE", [branches[i][3] for i in br], "decoy", "business"),
        c("appointmentStart", N, "TIMESTAMP", g.moments("2025-05-01", "2025-12-20"), "decoy"),
        c("visitReason", N, "VARCHAR", g.col(g.pick(["Consultation", "Chronic script renewal", "Scale and polish",
                                                     "Sick note", "Vaccination", "Follow-up"])), "decoy"),
        c("depositCardNumber", "credit_card", "VARCHAR", g.col(lambda: v.card(g, ["4", "51", "52", "55"]), 0.8),
          HEAVY),
        c("customField2", N, "VARCHAR", _codes(g, ["ICD-J99.9", "ICD-K99.9", "REF-GP-99", "WALKIN"]), "decoy",
          CODES),
        c("appVersion", N, "VARCHAR", g.col(g.version), "decoy", SHAPE),
        c("receptionNotes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("none")), NULLWORD),
    ])


def sc_occ_health(g: Gen) -> Table:
    """A Glasgow occupational health provider's health surveillance checks for client employers (Pascal case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.3
        a, b = v.person(g, "sc", female)
        born = g.birth(1960, 2006)
        rows.append((a, b, born, v.chi(g, born, female)))
    places = [g.rnd.choice(v.SC_CITIES) for _ in range(g.rows)]
    emp = [g.rnd.randrange(len(v.GB_EMPLOYERS)) for _ in range(g.rows)]
    advisers = _staff(g, 4, "sc")
    physicians = _staff(g, 2, "sc", lambda gg, lang: "Dr " + v.whole(gg, lang))

    def note() -> str:
        return g.rnd.choice([f"Noise-induced loss L ear, discussed with supervisor {v.whole(g, 'sc')}",
                             "Spirometry normal", f"Wife {v.given(g, 'sc')} reports snoring, refer sleep clinic",
                             "Tier 3 HAVS, restrict vibrating tools", "Declined audiogram"])

    return Table("ClydeOccHealth.HealthSurveillance", "en", "pascal", [
        c("CheckId", N, "BIGINT", g.keys(20_001), "decoy", KEY),
        c("EmployerName", N, "VARCHAR", [v.GB_EMPLOYERS[i][0] for i in emp], "business"),
        c("EmployerSiteAddress", N, "VARCHAR", [v.GB_EMPLOYERS[i][1] for i in emp], "business"),
        c("EmployerSitePostcode", N, "VARCHAR", [v.GB_EMPLOYERS[i][2] for i in emp], "business"),
        c("PayrollNo", N, "VARCHAR", g.col(lambda: v.nhs_decoy(g)), "decoy", SHAPE),
        c("Forename", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("Surname", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("ChiNumber", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.85 else None for r in rows]),
        c("NiNumber", "ssn", "VARCHAR", g.col(lambda: v.ni_number(g), 0.15)),
        c("DateOfBirth", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("HomeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, "sc"), 0.05)),
        c("HomeTown", "city", "VARCHAR", [p[0] for p in places]),
        c("HomePostcode", "postal_code", "VARCHAR", [v.sc_postcode(g, g.rnd.choice(p[1])) for p in places]),
        c("MobileNumber", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "e164": 0.2, "intl": 0.2}, 1.0, 0.1)),
        c("PersonalEmail", "email", "VARCHAR", g.col(lambda: v.email(g, "sc"), 0.8), HEAVY),
        c("JobTitle", N, "VARCHAR", g.col(g.pick(["Welder", "Bus driver", "Baker", "Fitter", "Night shift operative",
                                                  "Paint sprayer"])), "decoy"),
        c("LineManager", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "sc"), 0.1), ROLE),
        c("SurveillanceType", N, "VARCHAR", g.col(g.pick(["Audiometry", "Spirometry", "HAVS Tier 2", "HAVS Tier 3",
                                                          "Skin surveillance", "Night worker"])), "decoy"),
        c("AppointmentDate", N, "DATE", g.days("2025-01-06", "2025-12-12"), "decoy"),
        c("Outcome", N, "VARCHAR", g.col(g.pick(["Fit", "Fit with restrictions", "Refer to OHP", "Unfit"])), "decoy"),
        c("AssessedBy", "person_name", "VARCHAR", g.col(g.pick(advisers)), STAFF),
        c("ApprovedBy", "person_name", "VARCHAR", g.col(g.pick(physicians), 0.3), STAFF),
        c("ReportEmailHr", N, "VARCHAR", [f"occhealth@{v.plain(v.GB_EMPLOYERS[i][0].split()[0])}.example.co.uk"
                                          for i in emp], "business"),
        c("Udf3", "free_text", "VARCHAR", _custom(g, "GB", "sc"), CUSTOM),
        c("ClinicalNotes", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("nil")), NULLWORD),
    ])


def my_admissions(g: Gen) -> Table:
    """A Kuala Lumpur private hospital's inpatient admissions, local and foreign patients (SCREAMING case)."""
    rows = []
    for _ in range(g.rows):
        born = g.birth(1940, 2024)
        r = g.rnd.random()
        if r < 0.7:
            name, female = v.malaysian(g)
            rows.append((name, born, "MYKAD", "MALAYSIA", v.mykad(g, born, female), female))
        elif r < 0.8:
            female = g.rnd.random() < 0.5
            rows.append((g.rnd.choice(v.FOREIGN_PATIENTS["SG"]), born, "NRIC-SG", "SINGAPORE", v.sg_nric(g, born),
                         female))
        elif r < 0.9:
            female = g.rnd.random() < 0.5
            rows.append((g.rnd.choice(v.FOREIGN_PATIENTS["ID"]), born, "KTP", "INDONESIA", v.nik(g, born, female),
                         female))
        else:
            country, nat = g.rnd.choice([("YE", "YEMEN"), ("BD", "BANGLADESH"), ("VN", "VIETNAM"), ("OM", "OMAN"),
                                         ("UZ", "UZBEKISTAN")])
            rows.append((g.rnd.choice(v.FOREIGN_PATIENTS["PP"]), born, "PASSPORT", nat, v.passport_no(g, country),
                         g.rnd.random() < 0.5))
    places = [g.rnd.choice(v.MY_CITIES) for _ in range(g.rows)]
    doctors = _staff(g, 7, "my", lambda gg, lang: "Dr " + v.whole(gg, lang))
    clerks = _staff(g, 4, "my")
    admits = g.moments("2025-03-01", "2025-12-15")

    def note() -> str:
        return g.rnd.choice([f"Husband {v.malaysian(g, False)[0]} to sign consent", "Allergic to penicillin",
                             "Interpreter required (Arabic)", f"Refer from Klinik Dr {v.malaysian(g)[0]}",
                             "GL pending from insurer"])

    return Table("KLMC_ADM.INPATIENT_ADMISSIONS", "en", "screaming", [
        c("ADMISSION_NO", N, "VARCHAR", g.col(lambda: "ADM25" + g.digits(6)), "decoy", SHAPE),
        c("MRN", N, "VARCHAR", g.col(lambda: g.code("KL9999999")), "decoy", KEY),
        c("PATIENT_NAME", "person_name", "VARCHAR", [r[0].upper() for r in rows]),
        c("ID_TYPE", N, "VARCHAR", [r[2] for r in rows], "decoy"),
        c("ID_NO", "national_id", "VARCHAR", [r[4] for r in rows], MIXED),
        c("DOB", "date_of_birth", "DATE", [r[1] for r in rows]),
        c("NATIONALITY", N, "VARCHAR", [r[3] for r in rows], "decoy"),
        c("GENDER", N, "VARCHAR", ["F" if r[5] else "M" for r in rows], "decoy"),
        c("ADDRESS_1", "street_address", "VARCHAR", g.col(lambda: v.street(g, "my").upper(), 0.05)),
        c("POSTCODE", "postal_code", "VARCHAR", [str(g.rnd.randint(*p[1])) for p in places]),
        c("CITY", "city", "VARCHAR", [p[0].upper() for p in places]),
        c("STATE", N, "VARCHAR", [p[2].upper() for p in places], "decoy"),
        c("CONTACT_NO", "phone", "VARCHAR", g.phones("MY", {"national": 0.6, "e164": 0.2, "digits": 0.2}, 0.9, 0.03)),
        c("EMAIL", "email", "VARCHAR", g.col(lambda: v.email(g, "my"), 0.5)),
        c("NOK_NAME", "person_name", "VARCHAR", g.col(lambda: v.malaysian(g)[0].upper(), 0.15), ROLE),
        c("NOK_RELATION", N, "VARCHAR", g.col(g.pick(["SPOUSE", "SON", "DAUGHTER", "PARENT", "SIBLING"]), 0.15),
          "decoy"),
        c("NOK_CONTACT", "phone", "VARCHAR", g.phones("MY", {"national": 0.7, "digits": 0.3}, 1.0, 0.15), ROLE),
        c("WARD", N, "VARCHAR", g.col(g.pick(["5A MEDICAL", "6B SURGICAL", "MATERNITY", "ICU", "PAED 3"])), "decoy"),
        c("BED_NO", N, "VARCHAR", g.col(lambda: g.code("A-99")), "decoy"),
        c("ADMIT_DATETIME", N, "TIMESTAMP", admits, "decoy"),
        c("DISCHARGE_DATETIME", N, "TIMESTAMP", [None if g.rnd.random() < 0.2 else a + timedelta(
            minutes=g.rnd.randint(600, 20_000)) for a in admits], "decoy"),
        c("ATTENDING_DR", "person_name", "VARCHAR", g.col(g.pick(doctors)), STAFF),
        c("ADMITTED_BY", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
        c("GUARANTOR_COMPANY", N, "VARCHAR", g.col(g.pick(v.MY_GUARANTORS)), "business"),
        c("GL_REF_NO", N, "VARCHAR", g.col(lambda: g.code("GL/25/99999"), 0.3), "decoy", SHAPE),
        c("DEPOSIT_CARD_NO", "credit_card", "VARCHAR", g.col(lambda: v.card(g, ["4", "5"]), 0.82), HEAVY),
        c("CUSTOM_FIELD_2", N, "VARCHAR", _codes(g, ["PKG-MAT-99", "PKG-CARD-99", "CORP-99"]), "decoy", CODES),
        c("REMARKS", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("TIDAK ADA")), NULLWORD),
    ])


def au_rx_dispensing(g: Gen) -> Table:
    """A Perth community pharmacy group's dispensing history (abbreviated)."""
    patients = []
    for _ in range(180):
        a, b = v.person(g, "au")
        city = g.rnd.choice(v.AU_CITIES)
        patients.append((a, b, g.birth(1935, 2020), v.medicare_au(g), v.ihi(g) if g.rnd.random() < 0.2 else None,
                         v.street(g, "au"), city[0], city[1], g.phone("AU", g.rnd.choice(["national", "e164"])),
                         v.email_of(g, a, b, v.DOMAINS["au"]) if g.rnd.random() < 0.5 else None))
    pt = [g.rnd.choice(patients) for _ in range(g.rows)]
    prescribers = [("Dr " + v.whole(g, "au"), g.code("9999999")) for _ in range(14)]
    prs = [g.rnd.choice(prescribers) for _ in range(g.rows)]
    pharmacists = _staff(g, 5, "au")
    cashiers = _staff(g, 4, "au", v.given)

    def note() -> str:
        return g.rnd.choice([f"Carer {v.whole(g, 'au')} collects", "Dose administration aid weekly",
                             "Owing 1 box, supplier out of stock", f"Husband {v.given(g, 'au')} to pick up"])

    return Table("wa_rx.rx_disp_hist", "en", "abbrev", [
        c("disp_id", N, "BIGINT", g.keys(880_001), "decoy", KEY),
        c("rx_no", N, "VARCHAR", g.col(lambda: g.code("999999")), "decoy", SHAPE),
        c("pt_fnm", "first_name", "VARCHAR", [p[0] for p in pt], ABBREV),
        c("pt_snm", "last_name", "VARCHAR", [p[1] for p in pt], ABBREV),
        c("dob_dt", "date_of_birth", "DATE", [p[2] for p in pt], ABBREV),
        c("mcare_no", "national_id", "VARCHAR", [p[3] for p in pt], ABBREV),
        c("ihi_no", "national_id", "VARCHAR", [p[4] for p in pt], ABBREV, HEAVY),
        c("addr_ln1", "street_address", "VARCHAR", [p[5] for p in pt], ABBREV),
        c("sbrb", "city", "VARCHAR", [p[6] for p in pt], ABBREV),
        c("pcode", "postal_code", "VARCHAR", [p[7] for p in pt], ABBREV),
        c("ctc_ph", "phone", "VARCHAR", [p[8] for p in pt], ABBREV),
        c("ctc_eml", "email", "VARCHAR", [p[9] for p in pt], ABBREV),
        c("prscbr_nm", "person_name", "VARCHAR", [p[0] for p in prs], ROLE, ABBREV),
        c("prscbr_no", N, "VARCHAR", [p[1] for p in prs], "decoy", SHAPE, ABBREV),
        c("pbs_itm", N, "VARCHAR", g.col(lambda: g.code("999AA")), "decoy", ABBREV),
        c("drug_desc", N, "VARCHAR", g.col(g.pick(["ATORVASTATIN 40MG TAB 30", "METFORMIN XR 1G TAB 60",
                                                   "AMOXICILLIN 500MG CAP 20", "SALBUTAMOL 100MCG INH 200D"])),
          "decoy"),
        c("itm_sku", N, "VARCHAR", g.col(lambda: "SKU-" + g.digits(6)), "decoy", SHAPE, ABBREV),
        c("qty", N, "INTEGER", g.ints(1, 4), "decoy"),
        c("disp_ts", N, "TIMESTAMP", g.moments("2025-01-02", "2025-12-19"), "decoy"),
        c("disp_by", "person_name", "VARCHAR", g.col(g.pick(pharmacists)), STAFF, ABBREV),
        c("chkd_by", "person_name", "VARCHAR", g.col(g.pick(pharmacists), 0.2), STAFF, ABBREV),
        c("cashier", "first_name", "VARCHAR", g.col(g.pick(cashiers)), STAFF),
        c("bch_no", N, "VARCHAR", g.col(lambda: g.code("AA9999"), 0.3), "decoy", SHAPE, ABBREV),
        c("dlv_trk_no", N, "VARCHAR", g.col(lambda: g.code("33AAA") + g.digits(7) + "01000", 0.6), "decoy", SHAPE,
          ABBREV),
        c("udf3", N, "VARCHAR", _codes(g, ["CTG", "S8-REG-9999", "DAA-WK", "CLOSING-GAP"]), "decoy", CODES),
        c("pt_nt", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil")), NULLWORD, ABBREV),
    ])


def mn_dental_claims_cobol(g: Gen) -> Table:
    """A Minnesota dental plan's claim lines as a COBOL extract (padded CHAR, YYYYMMDD integers, zeros for missing)."""
    subs = []
    for _ in range(260):
        a, b = v.person(g, "mn")
        city = g.rnd.choice(v.MN_CITIES)
        subs.append((g.code("MN99999999"), a, b, int(v.us_ssn(g, False)) if g.rnd.random() < 0.7 else 0,
                     v.street(g, "mn").upper(), city[0].upper(), int(city[1] + g.digits(2)),
                     int(g.phone("US", "digits", g.rnd.random() < 0.7, "US-MN")) if g.rnd.random() < 0.85 else 0,
                     g.birth(1945, 2000)))
    sub = [g.rnd.choice(subs) for _ in range(g.rows)]
    rel = [g.rnd.choice(["01", "01", "02", "03"]) for _ in range(g.rows)]
    pats = [(s[1], s[2], s[8]) if r == "01" else
            ((v.given(g, "mn"), s[2], g.birth(1950, 2000)) if r == "02" else (v.given(g, "mn"), s[2],
                                                                             g.birth(2001, 2024)))
            for s, r in zip(sub, rel)]
    clinics = [("LAKE STREET FAMILY DENTAL PA", v.npi(g)), ("NORTH SHORE DENTAL GROUP", v.npi(g)),
               ("ROCHESTER SMILES LLC", v.npi(g)), ("GRAND AVE ORTHODONTICS", v.npi(g))]
    cl = [g.rnd.randrange(len(clinics)) for _ in range(g.rows)]
    dentists = ["DR " + v.whole(g, "mn").upper() for _ in range(12)]
    svc = [g.day("2025-01-02", "2025-11-28") for _ in range(g.rows)]
    return Table("DNTLEGCY.CLMEXTR", "en", "cobol", [
        c("CLM-NO", N, "VARCHAR", g.col(lambda: g.code("D2599999999")), "decoy", SHAPE, LEGACY),
        c("CLM-LINE-NO", N, "INTEGER", g.ints(1, 6), "decoy", LEGACY),
        c("GRP-NO", N, "VARCHAR", _pad(g.col(lambda: g.code("MNG99999")), 10), "decoy", LEGACY),
        c("SUBSCR-ID", N, "VARCHAR", [s[0] for s in sub], "decoy", KEY, LEGACY),
        c("SUBSCR-SSN", "ssn", "BIGINT", [s[3] for s in sub], LEGACY),
        c("SUBSCR-LAST-NM", "last_name", "VARCHAR", _pad([s[2].upper() for s in sub], 20), LEGACY),
        c("SUBSCR-FIRST-NM", "first_name", "VARCHAR", _pad([s[1].upper() for s in sub], 15), LEGACY),
        c("PAT-LAST-NM", "last_name", "VARCHAR", _pad([p[1].upper() for p in pats], 20), LEGACY),
        c("PAT-FIRST-NM", "first_name", "VARCHAR", _pad([p[0].upper() for p in pats], 15), LEGACY),
        c("PAT-DOB", "date_of_birth", "INTEGER", [_ymd(p[2]) for p in pats], LEGACY),
        c("PAT-REL-CD", N, "VARCHAR", rel, "decoy", LEGACY),
        c("SUBSCR-ADDR-1", "street_address", "VARCHAR", _pad([s[4] for s in sub], 30), LEGACY),
        c("SUBSCR-CITY", "city", "VARCHAR", _pad([s[5] for s in sub], 18), LEGACY),
        c("SUBSCR-ST", N, "VARCHAR", ["MN"] * g.rows, "decoy", LEGACY),
        c("SUBSCR-ZIP", "postal_code", "INTEGER", [s[6] for s in sub], LEGACY),
        c("SUBSCR-PHONE", "phone", "BIGINT", [s[7] for s in sub], LEGACY),
        c("BILL-PROV-NPI", N, "VARCHAR", [clinics[i][1] for i in cl], "business", SHAPE, LEGACY),
        c("BILL-PROV-NM", N, "VARCHAR", _pad([clinics[i][0] for i in cl], 30), "business", LEGACY),
        c("TREAT-DENTIST-NM", "person_name", "VARCHAR", _pad(g.col(g.pick(dentists), 0.1), 30), ROLE, LEGACY),
        c("CDT-PROC-CD", N, "VARCHAR", g.col(g.pick(["D0120", "D1110", "D0274", "D2392", "D2740", "D8080"])),
          "decoy", LEGACY),
        c("TOOTH-NO", N, "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 32)), 0.5), "decoy", LEGACY),
        c("SVC-DT", N, "INTEGER", [_ymd(d) for d in svc], "decoy", LEGACY),
        c("PD-AMT", N, "DECIMAL(9,2)", g.amounts(0, 1_800), "decoy", LEGACY),
        c("CHK-NO", N, "VARCHAR", g.col(lambda: g.code("9999999"), 0.2), "decoy", SHAPE, LEGACY),
        c("DNT-USER-FLD-1", "free_text", "VARCHAR", _pad(_custom(g, "US", "mn"), 40), CUSTOM, LEGACY),
    ])


def il_intake_staging(g: Gen) -> Table:
    """A Tel Aviv private clinic network's patient intake feed landed as an opaque staging table (Hebrew values)."""
    def dob() -> str:
        d = g.birth(1938, 2023)
        return f"{d.day:02d}/{d.month:02d}/{d.year}"

    places = [g.rnd.choice(v.IL_CITIES) for _ in range(g.rows)]
    branches = ["32.0853,34.7818", "32.0684,34.8248", "32.0107,34.7795"]
    cols = [
        (N, "VARCHAR", g.col(g.uuid), ("decoy", KEY)),
        ("person_name", "VARCHAR", g.col(lambda: v.whole(g, "il")), ()),
        ("national_id", "VARCHAR", g.col(lambda: v.il_tz(g), 0.05), ()),
        ("date_of_birth", "VARCHAR", g.col(dob), ()),
        ("phone", "VARCHAR", g.phones("IL", {"national": 0.6, "e164": 0.25, "intl": 0.15}, 0.9, 0.05), ()),
        ("email", "VARCHAR", g.col(lambda: v.email(g, "il"), 0.3), ()),
        ("street_address", "VARCHAR", g.col(lambda: v.street(g, "il"), 0.05), ()),
        ("city", "VARCHAR", [p[0] for p in places], ()),
        ("postal_code", "VARCHAR", [p[1] + g.digits(5) for p in places], ()),
        (N, "VARCHAR", g.col(g.pick(["כללית", "מכבי", "מאוחדת", "לאומית"])), ("business",)),
        (N, "VARCHAR", g.col(g.pick(["FU", "NEW", "TELE", "LAB", "VAC"])), ("decoy",)),
        (N, "VARCHAR", g.col(lambda: v.il_tz_decoy(g)), ("decoy", SHAPE)),
        (N, "VARCHAR", g.col(g.sha256), ("decoy", SHAPE)),
        ("ip_address", "VARCHAR", g.col(g.ip, 0.1), ()),
        (N, "TIMESTAMP", g.moments("2025-09-01", "2025-11-30"), ("decoy",)),
        ("free_text", "VARCHAR", _custom(g, "IL", "il"), (CUSTOM,)),
        (N, "VARCHAR", g.col(g.version), ("decoy", SHAPE)),
        (N, "VARCHAR", g.col(g.pick(branches)), ("decoy", "business")),
    ]
    return Table("stg_kupa.src_crm_feed", "en", "opaque", [
        c(f"src_crm_col{i:02d}", kind, sql, values, OPAQUE, *tags) for i, (kind, sql, values, tags) in
        enumerate(cols, 1)])


def bc_claims_json(g: Gen) -> Table:
    """A Vancouver group benefits insurer's health and dental claims, a JSON export flattened to dotted keys."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "bc")
        city = g.rnd.choice(v.BC_CITIES)
        rows.append((a, b, g.birth(1950, 2004), city[0], g.rnd.choice(city[1])))
    rel = [g.rnd.choice(["self", "self", "spouse", "child"]) for _ in range(g.rows)]
    sponsors = [(name, g.phone("CA", "intl", False)) for name, _ in v.BC_SPONSORS]
    sp = [g.rnd.randrange(len(sponsors)) for _ in range(g.rows)]
    clinics = ["Commercial Drive Physiotherapy", "Metrotown Dental Centre", "Lonsdale Massage Therapy",
               "Richmond Optometry Clinic", "Kingsway Pharmacy"]
    agents = _staff(g, 5, "bc")
    return Table("benefits_portal.claim_export_flat", "en", "json", [
        c("claim.id", N, "VARCHAR", g.col(lambda: g.code("CLM-99999999")), "decoy", KEY, JSON),
        c("claim.submittedAt", N, "TIMESTAMP", g.moments("2025-01-01", "2025-12-10"), "decoy", JSON),
        c("claim.type", N, "VARCHAR", g.col(g.pick(["paramedical", "dental", "vision", "drug"])), "decoy", JSON),
        c("claim.status", N, "VARCHAR", g.col(g.pick(["paid", "pending", "denied", "adjusted"])), "decoy", JSON),
        c("claim.amount", N, "DOUBLE", g.amounts(12, 2_400), "decoy", JSON),
        c("plan.policyNumber", N, "VARCHAR", [f"GP{60_000 + i:06d}" for i in sp], "decoy", SHAPE, JSON),
        c("plan.sponsor.name", N, "VARCHAR", [sponsors[i][0] for i in sp], "business", JSON),
        c("plan.sponsor.phone", N, "VARCHAR", [sponsors[i][1] for i in sp], "business", JSON),
        c("member.certificateNo", N, "VARCHAR", g.col(lambda: g.code("99999999")), "decoy", KEY, JSON),
        c("member.name.first", "first_name", "VARCHAR", [r[0] for r in rows], JSON),
        c("member.name.last", "last_name", "VARCHAR", [r[1] for r in rows], JSON),
        c("member.dob", "date_of_birth", "VARCHAR", [r[2].isoformat() for r in rows], JSON),
        c("member.phn", "national_id", "VARCHAR", g.col(lambda: v.bc_phn(g), 0.1), JSON),
        c("member.sin", "ssn", "VARCHAR", g.col(lambda: v.ca_sin(g), 0.82), HEAVY, JSON),
        c("member.address.line1", "street_address", "VARCHAR", g.col(lambda: v.street(g, "bc")), JSON),
        c("member.address.city", "city", "VARCHAR", [r[3] for r in rows], JSON),
        c("member.address.province", N, "VARCHAR", ["BC"] * g.rows, "decoy", JSON),
        c("member.address.postalCode", "postal_code", "VARCHAR", [v.bc_postcode(g, r[4]) for r in rows], JSON),
        c("member.contact.email", "email", "VARCHAR", [None if g.rnd.random() < 0.2 else
                                                       v.email_of(g, r[0], r[1], v.DOMAINS["bc"]) for r in rows],
          JSON),
        c("member.contact.mobile", "phone", "VARCHAR", g.phones("CA", {"e164": 0.6, "dashes": 0.2, "national": 0.2},
                                                                 1.0, 0.1), JSON),
        c("patient.relationship", N, "VARCHAR", rel, "decoy", JSON),
        c("patient.name.first", "first_name", "VARCHAR", [r[0] if x == "self" else v.given(g, "bc")
                                                          for r, x in zip(rows, rel)], JSON),
        c("provider.name", N, "VARCHAR", g.col(g.pick(clinics)), "business", JSON),
        c("provider.practitioner", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "bc"), 0.3), ROLE, JSON),
        c("adjudication.agent", "person_name", "VARCHAR", g.col(g.pick(agents), 0.4), STAFF, JSON),
        c("session.ip", "ip_address", "VARCHAR", g.col(g.ip), JSON),
        c("customFields.2", N, "VARCHAR", _codes(g, ["DIV-99", "LOC-VAN", "LOC-SUR", "CLASS-9"]), "decoy", CODES, JSON),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def dk_claims(g: Gen) -> Table:
    """An Aarhus health insurer's claims for treatment under employers' health insurance (Danish, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "dk", female)
        born = g.birth(1955, 2005)
        rows.append((a, b, born, v.cpr(g, born, female)))
    places = [g.rnd.choice(v.DK_CITIES) for _ in range(g.rows)]
    employers = [(name, v.cvr(g)) for name in v.DK_EMPLOYERS]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]
    clinics = [g.phone("DK", "national", False) for _ in range(6)]
    handlers = _staff(g, 4, "dk")
    approvers = _staff(g, 2, "dk")

    def note() -> str:
        return g.rnd.choice([f"Henvist af egen læge {v.whole(g, 'dk')}", "Afventer journal fra fysioterapeut",
                             f"Ægtefælle {v.given(g, 'dk')} ringede ind", "Dækkes ikke, kosmetisk behandling"])

    return Table("tryghed_sundhed.skadesanmeldelser", "da", "snake", [
        c("skade_id", N, "BIGINT", g.keys(300_001), "decoy", KEY),
        c("skadesnr", N, "VARCHAR", g.col(lambda: g.code("S-2025-999999")), "decoy", SHAPE),
        c("policenr", N, "VARCHAR", g.col(lambda: v.cpr_decoy(g)), "decoy", SHAPE),
        c("cpr_nr", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("fornavn", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("efternavn", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("foedselsdato", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, "dk"))),
        c("postnr", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("bynavn", "city", "VARCHAR", [p[0] for p in places]),
        c("mobil", "phone", "VARCHAR", g.phones("DK", {"national": 0.6, "e164": 0.2, "digits": 0.2}, 1.0, 0.05)),
        c("email", "email", "VARCHAR", [None if g.rnd.random() < 0.15 else v.email_of(g, r[0], r[1], v.DOMAINS["dk"])
                                        for r in rows]),
        c("arbejdsgiver", N, "VARCHAR", [employers[i][0] for i in emp], "business"),
        c("cvr_nr", N, "VARCHAR", [employers[i][1] for i in emp], "business", SHAPE),
        c("udbetalings_iban", "iban", "VARCHAR", g.col(lambda: v.dk_iban(g), 0.77), HEAVY),
        c("behandlingstype", N, "VARCHAR", g.col(g.pick(["Fysioterapi", "Kiropraktor", "Psykolog", "Speciallæge",
                                                         "Scanning"])), "decoy"),
        c("behandler_navn", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "dk"), 0.2), ROLE),
        c("klinik_tlf", N, "VARCHAR", g.col(g.pick(clinics)), "business"),
        c("skadesdato", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy"),
        c("sagsbehandler", "person_name", "VARCHAR", g.col(g.pick(handlers)), STAFF),
        c("godkendt_af", "person_name", "VARCHAR", g.col(g.pick(approvers), 0.35), STAFF),
        c("fritekst_1", "free_text", "VARCHAR", _custom(g, "DK", "dk"), CUSTOM),
        c("bemaerkning", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("intet", "ukendt")), NULLWORD),
    ])


def at_occ_health(g: Gen) -> Table:
    """A Linz occupational health centre's examinations of client employers' staff (Austrian German; the date of birth
    split into day, month and year)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.4
        a, b = v.person(g, "at", female)
        born = g.birth(1958, 2007)
        rows.append((a, b, born, v.vsnr(g, born)))
    places = [g.rnd.choice(v.AT_CITIES) for _ in range(g.rows)]
    employers = [(name, v.at_uid(g), v.whole(g, "at")) for name in v.AT_EMPLOYERS]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]
    doctors = _staff(g, 3, "at", lambda gg, lang: "Dr. " + v.whole(gg, lang))

    def note() -> str:
        return g.rnd.choice([f"Rücksprache mit Sicherheitsfachkraft {v.whole(g, 'at')}", "Audiogramm unauffällig",
                             f"Gattin {v.given(g, 'at')} holt Befund ab", "Gehörschutz empfohlen",
                             "Nachuntersuchung in 12 Monaten"])

    return Table("amz_linz.arbeitsmed_untersuchungen", "de", "snake", [
        c("untersuchung_id", N, "BIGINT", g.keys(70_001), "decoy", KEY),
        c("svnr", "ssn", "VARCHAR", [r[3] for r in rows]),
        c("titel", N, "VARCHAR", g.col(g.pick(["Ing.", "Mag.", "DI", "Dr.", "BSc"]), 0.62), "decoy"),
        c("vorname", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("nachname", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("geb_tag", "date_of_birth", "INTEGER", [r[2].day for r in rows], DOB_PART),
        c("geb_monat", "date_of_birth", "INTEGER", [r[2].month for r in rows], DOB_PART),
        c("geb_jahr", "date_of_birth", "INTEGER", [r[2].year for r in rows], DOB_PART),
        c("strasse", "street_address", "VARCHAR", g.col(lambda: v.street(g, "at"), 0.05)),
        c("plz", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("ort", "city", "VARCHAR", [p[0] for p in places]),
        c("tel_privat", "phone", "VARCHAR", g.phones("AT", {"national": 0.6, "intl": 0.4}, 0.9, 0.74), HEAVY),
        c("dienstgeber", N, "VARCHAR", [employers[i][0] for i in emp], "business"),
        c("dienstgeber_uid", N, "VARCHAR", [employers[i][1] for i in emp], "business", SHAPE),
        c("dg_ansprechpartner", "person_name", "VARCHAR", [employers[i][2] for i in emp], ROLE),
        c("arbeitsplatz_bez", N, "VARCHAR", g.col(g.pick(["Schweißerei Halle 3", "Lager", "Labor", "Druckmaschine",
                                                          "Büro"])), "decoy"),
        c("untersuchungsart", N, "VARCHAR", g.col(g.pick(["Lärm (VGÜ §4)", "Bildschirmarbeit", "Nachtarbeit",
                                                          "Atemschutz", "Blei"])), "decoy"),
        c("untersuchungsdatum", N, "DATE", g.days("2025-01-07", "2025-12-12"), "decoy"),
        c("naechste_untersuchung", N, "DATE", g.days("2026-01-07", "2027-12-12", 0.1), "decoy"),
        c("ergebnis", N, "VARCHAR", g.col(g.pick(["geeignet", "geeignet", "bedingt geeignet", "nicht geeignet"])),
          "decoy"),
        c("arbeitsmediziner", "person_name", "VARCHAR", g.col(g.pick(doctors)), STAFF),
        c("zusatzfeld_1", N, "VARCHAR", _codes(g, ["VGÜ-99", "ASchG-A99", "KST-9999"]), "decoy", CODES),
        c("befund_anm", "free_text", "VARCHAR", g.sparse(note, 0.76, _words("k.A.", "keine")), NULLWORD),
    ])


def be_mutualite(g: Gen) -> Table:
    """A Liège mutualité's members and persons in their charge (Belgian French, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.52
        a, b = v.person(g, "be", female)
        born = g.birth(1935, 2024)
        rows.append((a, b, born, v.be_niss(g, born, female), female))
    places = [g.rnd.choice(v.BE_CITIES) for _ in range(g.rows)]
    holder = [r[2].year >= 2005 or g.rnd.random() < 0.2 for r in rows]
    agencies = [("Agence Liège-Centre", g.phone("BE", "national", False)),
                ("Agence Seraing", g.phone("BE", "national", False)),
                ("Agence Verviers", g.phone("BE", "national", False))]
    ag = [g.rnd.randrange(len(agencies)) for _ in range(g.rows)]
    staff = _staff(g, 5, "be")

    def note() -> str:
        return g.rnd.choice([f"Courrier retourné, nouvelle adresse donnée par la fille {v.given(g, 'be')}",
                             "Demande de statut BIM en cours", f"Procuration à {v.whole(g, 'be')}",
                             "Carte européenne envoyée"])

    return Table("mutualite_liege.affilies", "fr", "snake", [
        c("num_affilie", N, "VARCHAR", g.col(lambda: g.code("319/9999999")), "decoy", KEY),
        c("niss", "ssn", "VARCHAR", [r[3] for r in rows]),
        c("nom", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("prenom", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("date_naiss", "date_of_birth", "VARCHAR", [f"{r[2].day:02d}/{r[2].month:02d}/{r[2].year}" for r in rows]),
        c("sexe", N, "VARCHAR", ["F" if r[4] else "M" for r in rows], "decoy"),
        c("rue", "street_address", "VARCHAR", g.col(lambda: v.street(g, "be"), 0.03)),
        c("code_postal", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("localite", "city", "VARCHAR", [p[0] for p in places]),
        c("gsm", "phone", "VARCHAR", g.phones("BE", {"national": 0.7, "intl": 0.3}, 1.0, 0.12)),
        c("tel_fixe", "phone", "VARCHAR", g.phones("BE", {"national": 1.0}, 0.0, 0.8), HEAVY),
        c("courriel", "email", "VARCHAR", [None if g.rnd.random() < 0.4 else v.email_of(g, r[0], r[1],
                                                                                        v.DOMAINS["be"])
                                           for r in rows]),
        c("code_titulaire", N, "VARCHAR", ["PAC" if h else "TIT" for h in holder], "decoy"),
        c("titulaire_nom", "person_name", "VARCHAR", [v.whole(g, "be") if h else None for h in holder], ROLE),
        c("statut_bim", N, "VARCHAR", g.col(g.pick(["O", "N", "N", "N"])), "decoy"),
        c("num_compte", "iban", "VARCHAR", g.col(lambda: v.be_iban(g), 0.25)),
        c("date_affiliation", N, "DATE", g.days("1990-01-01", "2025-10-01"), "decoy"),
        c("agence", N, "VARCHAR", [agencies[i][0] for i in ag], "business"),
        c("agence_tel", N, "VARCHAR", [agencies[i][1] for i in ag], "business"),
        c("gestionnaire", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("champ_libre_3", N, "VARCHAR", _codes(g, ["CT1-CT2 99", "OMNIO", "MAF-9"]), "decoy", CODES),
        c("remarque", "free_text", "VARCHAR", g.sparse(note, 0.77, _words("néant", "inconnu")), NULLWORD),
    ])


def ar_turnos(g: Gen) -> Table:
    """A Córdoba clinic's appointments (Argentine Spanish, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "ar", female)
        born = g.birth(1940, 2022)
        dni = v.ar_dni(g, born)
        rows.append((a, b, born, dni, v.ar_cuil(g, dni, female)))
    places = [g.rnd.choice(v.AR_CITIES) for _ in range(g.rows)]
    doctors = _staff(g, 7, "ar", lambda gg, lang: g.rnd.choice(["Dr. ", "Dra. "]) + v.whole(gg, lang))
    cashiers = _staff(g, 3, "ar")

    def note() -> str:
        return g.rnd.choice([f"Viene con su hija {v.given(g, 'ar')}", "Trae estudios previos",
                             f"Derivado por el Dr. {v.whole(g, 'ar')}", "Confirmó por WhatsApp",
                             "Pide turno a la tarde"])

    return Table("clinica_cba.turnos", "es", "snake", [
        c("id_turno", N, "BIGINT", g.keys(1_500_001), "decoy", KEY),
        c("cod_reserva", N, "VARCHAR", g.col(lambda: g.code("TRN-ZZZZZZ")), "decoy", SHAPE),
        c("apellido", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("nombres", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("dni", "national_id", "VARCHAR", [f"{int(r[3]):,}".replace(",", ".") if g.rnd.random() < 0.5 else r[3]
                                            for r in rows]),
        c("cuil", "ssn", "VARCHAR", [r[4] if g.rnd.random() < 0.6 else None for r in rows]),
        c("fecha_nac", "date_of_birth", "VARCHAR", [f"{r[2].day:02d}/{r[2].month:02d}/{r[2].year}" for r in rows]),
        c("tel_celular", "phone", "VARCHAR", g.phones("AR", {"national": 0.5, "e164": 0.3, "intl": 0.2}, 1.0, 0.05)),
        c("mail", "email", "VARCHAR", [None if g.rnd.random() < 0.3 else v.email_of(g, r[0], r[1], v.DOMAINS["ar"])
                                       for r in rows]),
        c("domicilio", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ar"), 0.05)),
        c("localidad", "city", "VARCHAR", [p[0] for p in places]),
        c("cp", "postal_code", "VARCHAR", [p[1] if g.rnd.random() < 0.6 else f"X{p[1]}{g.code('AAA')}"
                                           for p in places]),
        c("obra_social", N, "VARCHAR", g.col(g.pick(["APROSS", "OSDE 210", "Swiss Medical SMG20", "PAMI",
                                                     "Particular"])), "business"),
        c("nro_afiliado", N, "VARCHAR", g.col(lambda: g.code("99999999/99"), 0.2), "decoy", SHAPE),
        c("profesional", "person_name", "VARCHAR", g.col(g.pick(doctors)), STAFF),
        c("especialidad", N, "VARCHAR", g.col(g.pick(["Clínica médica", "Pediatría", "Traumatología",
                                                      "Ginecología", "Cardiología"])), "decoy"),
        c("fecha_turno", N, "TIMESTAMP", g.moments("2025-06-02", "2025-12-19"), "decoy"),
        c("consultorio", N, "VARCHAR", g.col(lambda: f"Cons. {g.rnd.randint(1, 14)}"), "decoy"),
        c("cajero", "person_name", "VARCHAR", g.col(g.pick(cashiers), 0.3), STAFF),
        c("recibo_nro", N, "VARCHAR", g.col(lambda: g.code("0003-00999999"), 0.3), "decoy", SHAPE),
        c("campo_libre_1", "free_text", "VARCHAR", _custom(g, "AR", "ar"), CUSTOM),
        c("observaciones", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("s/d", "sin datos")), NULLWORD),
    ])


def pt_lab_orders(g: Gen) -> Table:
    """A Porto clinical laboratory's test requisitions (European Portuguese, snake case)."""
    places = [g.rnd.choice(v.PT_CITIES) for _ in range(g.rows)]
    techs = _staff(g, 5, "pt")
    posts = ["Posto de Colheitas Boavista", "Posto de Colheitas Gaia Centro", "Posto de Colheitas Matosinhos Sul"]

    def note() -> str:
        return g.rnd.choice([f"Acompanhado pela mãe, {v.whole(g, 'pt')}", "Jejum de 12h confirmado",
                             "Amostra hemolisada, repetir", f"Resultados a enviar ao Dr. {v.whole(g, 'pt')}"])

    return Table("laboratorio_porto.requisicoes_analises", "pt", "snake", [
        c("id_requisicao", N, "BIGINT", g.keys(9_000_001), "decoy", KEY),
        c("n_requisicao", N, "VARCHAR", g.col(lambda: g.code("RQ25/9999999")), "decoy", SHAPE),
        c("nome_utente", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "pt"))),
        c("data_nascimento", "date_of_birth", "DATE", g.births(1930, 2024)),
        c("nif", "national_id", "VARCHAR", g.col(lambda: v.pt_nif(g), 0.1)),
        c("n_utente_sns", "national_id", "VARCHAR", g.col(lambda: g.code("999999999"), 0.15)),
        c("n_cc", "national_id", "VARCHAR", g.col(lambda: v.pt_cc(g), 0.76), HEAVY),
        c("morada", "street_address", "VARCHAR", g.col(lambda: v.street(g, "pt"), 0.05)),
        c("codigo_postal", "postal_code", "VARCHAR", [f"{p[1][:2]}{p[1][2:]}-{g.digits(3)}" for p in places]),
        c("localidade", "city", "VARCHAR", [p[0] for p in places]),
        c("telemovel", "phone", "VARCHAR", g.phones("PT", {"national": 0.7, "e164": 0.2, "intl": 0.1}, 0.95, 0.05)),
        c("email", "email", "VARCHAR", g.col(lambda: v.email(g, "pt"), 0.4)),
        c("medico_requisitante", "person_name", "VARCHAR", g.col(lambda: "Dr. " + v.whole(g, "pt"), 0.1), ROLE),
        c("entidade_financiadora", N, "VARCHAR", g.col(g.pick(["SNS", "ADSE", "SAMS", "Particular",
                                                               "Seguro Saúde Invicta"])), "business"),
        c("n_beneficiario", N, "VARCHAR", g.col(lambda: g.code("999999999"), 0.5), "decoy", SHAPE),
        c("analises", N, "VARCHAR", g.col(g.pick(["Hemograma; Glicose", "HbA1c; Perfil lipídico", "TSH; T4 livre",
                                                  "Urina II", "PSA total"])), "decoy"),
        c("data_colheita", N, "TIMESTAMP", g.moments("2025-02-03", "2025-12-12"), "decoy"),
        c("posto_colheita", N, "VARCHAR", g.col(g.pick(posts)), "business"),
        c("tecnico_colheita", "person_name", "VARCHAR", g.col(g.pick(techs)), STAFF),
        c("campo_livre_2", N, "VARCHAR", _codes(g, ["URG", "DOM-99", "PROT-99"]), "decoy", CODES),
        c("obs", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("sem obs.", "n.d.")), NULLWORD),
    ])


def ua_dental_plans(g: Gen) -> Table:
    """A Lviv dental clinic's patients and treatment plans (Ukrainian, Cyrillic column names)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "uk", female)
        patronymic = g.rnd.choice(v.UK_PATRONYMICS)[1 if female else 0]
        born = g.birth(1945, 2019)
        rows.append((a, b, patronymic, born, v.rntrc(g, born, female)))
    places = [g.rnd.choice(v.UA_CITIES) for _ in range(g.rows)]
    dentists = _staff(g, 4, "uk")
    assistants = _staff(g, 3, "uk")
    cashiers = _staff(g, 2, "uk")
    minors = [r[3].year >= 2008 for r in rows]

    def note() -> str:
        return g.rnd.choice([f"Пацієнта привела мама, {v.whole(g, 'uk')}", "Алергія на лідокаїн",
                             f"Направлення від лікаря {v.whole(g, 'uk')}", "Перенесено на наступний тиждень"])

    return Table("dentika_lviv.плани_лікування", "uk", "snake", [
        c("id", N, "BIGINT", g.keys(12_001), "decoy", KEY, "lang:en"),
        c("номер_договору", N, "VARCHAR", g.col(lambda: g.code("Д-2025/9999")), "decoy", SHAPE),
        c("прізвище", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("імя", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("по_батькові", "first_name", "VARCHAR", [r[2] for r in rows], PATRONYMIC),
        c("дата_народження", "date_of_birth", "DATE", [r[3] for r in rows]),
        c("рнокпп", "national_id", "VARCHAR", [r[4] if g.rnd.random() < 0.75 else None for r in rows]),
        c("телефон", "phone", "VARCHAR", g.phones("UA", {"national": 0.5, "e164": 0.3, "intl": 0.2}, 0.95, 0.03)),
        c("ел_пошта", "email", "VARCHAR", g.col(lambda: v.email(g, "uk"), 0.4)),
        c("адреса", "street_address", "VARCHAR", g.col(lambda: v.street(g, "uk"), 0.1)),
        c("місто", "city", "VARCHAR", [p[0] for p in places]),
        c("індекс", "postal_code", "VARCHAR", [str(g.rnd.randint(*p[1])) for p in places]),
        c("лікар", "person_name", "VARCHAR", g.col(g.pick(dentists)), STAFF),
        c("асистент", "person_name", "VARCHAR", g.col(g.pick(assistants), 0.2), STAFF),
        c("план_лікування", N, "VARCHAR", g.col(g.pick(["Імплантація 46", "Лікування карієсу 16, 17",
                                                        "Професійна гігієна", "Брекет-система", "Коронка 21"])),
          "decoy"),
        c("вартість_грн", N, "DECIMAL(10,2)", g.amounts(800, 95_000), "decoy"),
        c("дата_візиту", N, "DATE", g.days("2025-01-10", "2025-12-18"), "decoy"),
        c("касир", "person_name", "VARCHAR", g.col(g.pick(cashiers)), STAFF),
        c("карта_оплати", "credit_card", "VARCHAR", g.col(lambda: v.card(g, ["4149", "5168", "5375"]), 0.8), HEAVY),
        c("довірена_особа", "person_name", "VARCHAR", [v.whole(g, "uk") if m or g.rnd.random() < 0.05 else None
                                                       for m in minors], ROLE, HEAVY),
        c("примітка", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("немає", "невідомо")), NULLWORD),
        c("created_at", N, "TIMESTAMP", g.moments("2024-06-01", "2025-12-18"), "decoy", "lang:en"),
    ])


def pl_subscriptions(g: Gen) -> Table:
    """A Wrocław medical subscription provider's employer-paid members and policies (Polish, Pascal case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        foreign = g.rnd.random() < 0.12
        a, b = v.person(g, "ua_lat" if foreign else "pl", female)
        born = g.birth(1958, 2006)
        rows.append((a, b, born, None if foreign else v.pesel(g, born, female),
                     v.passport_no(g, "UA") if foreign else None))
    places = [g.rnd.choice(v.PL_CITIES) for _ in range(g.rows)]
    employers = [(name, v.pl_nip(g)) for name in v.PL_EMPLOYERS]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]
    staff = _staff(g, 4, "pl")

    def note() -> str:
        return g.rnd.choice([f"Dopisano małżonka: {v.whole(g, 'pl')}", "Zmiana pakietu od 1.01",
                             f"Kontakt przez kadrową {v.whole(g, 'pl')}", "Rezygnacja z pakietu rodzinnego"])

    return Table("MedPakiet.UmowyAbonamentowe", "pl", "pascal", [
        c("Id", N, "BIGINT", g.keys(500_001), "decoy", KEY),
        c("NrUmowy", N, "VARCHAR", g.col(lambda: "AB/2025/" + g.digits(6)), "decoy", SHAPE),
        c("NrKartyPacjenta", N, "VARCHAR", g.col(lambda: v.pesel_decoy(g)), "decoy", SHAPE),
        c("Imie", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("Nazwisko", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("Pesel", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("NrPaszportu", "national_id", "VARCHAR", [r[4] for r in rows], HEAVY),
        c("DataUrodzenia", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("Ulica", "street_address", "VARCHAR", g.col(lambda: v.street(g, "pl"), 0.03)),
        c("KodPocztowy", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(3)}" for p in places]),
        c("Miejscowosc", "city", "VARCHAR", [p[0] for p in places]),
        c("Telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.6, "e164": 0.2, "intl": 0.2}, 0.95, 0.05)),
        c("Email", "email", "VARCHAR", [None if g.rnd.random() < 0.2 else v.email_of(g, r[0], r[1], v.DOMAINS["pl"])
                                        for r in rows]),
        c("Pracodawca", N, "VARCHAR", [employers[i][0] for i in emp], "business"),
        c("NipPracodawcy", N, "VARCHAR", [employers[i][1] for i in emp], "business", SHAPE),
        c("Pakiet", N, "VARCHAR", g.col(g.pick(["Komfort", "Premium", "Rodzina", "Senior", "Podstawowy"])), "decoy"),
        c("OsobaWspolubezpieczona", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "pl"), 0.55), ROLE),
        c("DataRozpoczecia", N, "DATE", g.days("2020-01-01", "2025-12-01"), "decoy"),
        c("SkladkaMiesieczna", N, "DECIMAL(8,2)", g.amounts(59, 420), "decoy"),
        c("OpiekunKlienta", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("PoleDodatkowe2", "free_text", "VARCHAR", _custom(g, "PL", "pl"), CUSTOM),
        c("Uwagi", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("brak", "b.d.")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (nm_member_policies, 700), (za_clinic_bookings, 600), (sc_occ_health, 450), (my_admissions, 500),
    (au_rx_dispensing, 650), (mn_dental_claims_cobol, 800), (il_intake_staging, 500), (bc_claims_json, 550),
    (dk_claims, 450), (at_occ_health, 400), (be_mutualite, 650), (ar_turnos, 600), (pt_lab_orders, 500),
    (ua_dental_plans, 400), (pl_subscriptions, 550),
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
