"""Held-out set v139 for the column classifier: 15 tables of *human resources and recruiting* (applicants and their CVs,
interview scheduling, employee master data and benefits enrolment, payroll and payslips, sick leave, travel expenses,
training records, company cars, a works-council election and the onboarding of new hires), one system per table and
each a different organisation, eight with English column names and seven in other languages:

* ``sawtooth_freight.ats_applicants``: an Idaho trucking company's applicant tracking system (snake case; SSN for the
  background check, application numbers shaped like SSNs failing the check, CDL numbers, CV hashes, the referrer, the
  recruiter, the terminals and their phones, the apply IP, a portal login, ``misc_1`` holding personal data);
* ``harbourlightRecruiting.interviewSlots``: a Halifax software company's interview scheduling (camel case; the
  candidate, interviewers, the coordinator's work e-mail, meeting ids shaped like phone numbers, dial-in numbers,
  calendar UIDs, the referrer, ``customField2`` holding budget codes, feedback naming people);
* ``LeeValleyFoodsPayroll.PayRunLines``: a Cork food processor's payroll run lines (Pascal case; PPSN, IBAN, Eircode,
  the employer's registration number in the PPS format, the sites and their phones, ``Udf3`` holding personal data);
* ``UMHLANGA_RETAIL_HR.SICK_LEAVE_REGISTER``: a Durban home and hardware retailer's sick leave register (SCREAMING case;
  South African ID numbers beside Zimbabwean and Mozambican passports in one column, the treating doctor, practice
  numbers, ICD-10 codes, payroll batch numbers of 13 digits failing the Luhn check, ``CUSTOM_FIELD_2`` holding cost
  centres);
* ``exp_ledger.trv_clm_ln``: a Leeds engineering consultancy's travel expense claims (abbreviated: ``emp_fnm``,
  ``ctc_ph``, ``home_addr_ln1``, ``home_pcd``; National Insurance numbers, corporate cards, number plates, client
  sites' addresses and postcodes, hotels' phones, the approver ``appr_by`` and the ``cashier``, ``udf1``);
* ``JCSDHR.EMP_BENEFIT_EXTRACT``: a Lehigh Valley school district's employee master and benefits enrolment, a COBOL
  extract (legacy: padded CHAR, ``YYYYMMDD`` integers for births, hires and coverage, SSN, phone and ZIP as numbers
  with 0 for missing, the building principal, the spouse's name, birth date and SSN, a life insurance beneficiary,
  ``EMP-USER-FLD-1`` holding codes);
* ``stg_hris.src_onboard_raw``: a Shah Alam electronics plant's onboarding feed of new hires as an opaque staging table
  (``col01`` to ``col19``: MyKad numbers of Malaysians and passports of foreign workers in one column, a
  ``dd-mm-yyyy`` birth date, hire dates as ISO text, hashes, uniform SKUs, the emergency contact, an IP, a custom field
  with personal data);
* ``pilbara_lms.training_records_json``: a Pilbara mining contractor's training records from its LMS API, flattened
  from JSON to dotted keys (``learner.name.given``, ``learner.address.postcode``; Unique Student Identifiers, high risk
  work licences, unit codes, versions, the training sites' coordinates, the trainer, the RTO's ABN and phone, the IP,
  ``meta.custom2`` holding roster codes);
* ``elections_cse_2025.liste_electorale``: a Vénissieux manufacturer's works-council (CSE) election voter list (French;
  married names, e-mails and mobiles for the electronic vote, postal voters' addresses, vote credentials, vote
  timestamps, voters' IPs, ballot hashes, the polling station's assessors, the site's SIRET, ``champ_libre_2``,
  remarks naming proxies);
* ``PAGHE_BG.CEDOLINI_DIP``: a Dalmine metalworking firm's payslips from its payroll bureau (Italian, screaming case;
  codice fiscale encoding the birth date and birthplace, the dependent spouse's codice fiscale, IBAN, place of birth,
  the firm's partita IVA, the payroll clerk, ``CAMPO_LIBERO_1`` holding cost centres, notes naming creditors and
  children);
* ``rrhh_logistica_vlc.bajas_it``: a Riba-roja logistics company's sick leave (incapacidad temporal) records (Spanish;
  DNI and NIE in one column, the social-security affiliation number, a ``dd/mm/yyyy`` birth date, sick-leave report
  numbers failing the affiliation number's control digits, the public health service doctor, the HR technician, the
  company's CIF, ``campo_adicional_2``);
* ``szkolenia_bhp.rejestr_uczestnikow``: a Lower Silesian logistics centre's safety and forklift training register
  (Polish; PESEL, the birth date split into day, month and year, a second given name, the place of birth, certificate
  numbers of 11 digits failing PESEL's check, trainers, training firms and their NIP, ``pole_dodatkowe_1`` holding
  codes);
* ``fordon_gbg.tjanstebilar_forare``: a Gothenburg ventilation contractor's company cars and their drivers (Swedish;
  personnummer with and without the century, number plates, leasing contract and fuel card numbers, the fleet manager,
  garages and their phones, the lessor's organisation number, a co-driver, ``fritt_falt_2``, notes naming partners);
* ``кадры_казань.личные_карточки``: a Kazan engineering services company's personnel cards (form T-2) (Russian:
  Cyrillic column names and values; the patronymic, internal passports, the personal INN, SNILS, order numbers of 12
  digits failing the INN check, the employer's INN, HR inspectors as ``Фамилия И. О.``, a relative, ``доп_поле_2``
  holding codes, remarks);
* ``saiyou_kariya.oubosha_rirekisho``: a Kariya auto-parts supplier's mid-career applicants and their CVs (romanized
  Japanese column names, values in kanji and katakana: birth dates written with the era (``昭和53年8月3日``), residence
  card numbers of foreign applicants, the referrer, interviewers, job posting numbers, the company's corporate number
  and phone, ``jiyuu_koumoku_1``, remarks).

Written **blind**, like v2 to v134: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v27 and v98 (their
modules and tests), v107's docstring and test, ``tests/heldout_support.py``, the module docstrings of v24 to v134 (to
avoid their domains and follow their labeling conventions; every organisation here is new) and the ``Column``/``Table``
classes and writer of v2 and v4. The classifier was not run on this set while it was written, no scorer was run on it,
and no score was looked at. Some labels below are judgment calls rather than settled conventions.

Labeling choices a reader may question:

* a US SSN, an Irish PPSN, a UK National Insurance number, the Spanish social-security affiliation number and the
  Russian SNILS are ``ssn``; a CDL number and a high risk work licence (tag ``licence``), a South African ID number,
  passports of every country, MyKad, a Unique Student Identifier, codice fiscale, DNI, NIE, PESEL, personnummer, a
  Russian internal passport, the personal INN and a Japanese residence card number are ``national_id``; a column
  holding one country's identity numbers for citizens and passports for foreign workers is ``national_id`` (tag
  ``foreign_ids``); CDL, licence, USI, passport, residence card and Russian passport numbers are generated by shape
  only, the National Insurance number with valid prefix letters (it has no check digit);
* applicant, application, requisition, candidate, employee, pay run, claim, receipt, medical certificate, payroll batch,
  sick-leave report, certificate, leasing contract, fuel card and order numbers, meeting ids, calendar UIDs, vote
  credentials, ballot hashes, CV hashes, SKUs, unit codes, versions, number plates, ICD-10 codes and a doctor's
  practice number are ``none`` (tag ``decoy``, ``value_shape`` when shaped like an identifier; several are built to
  fail the check of the identifier they look like); salaries, job titles, colleges, leave types, hire, pay, leave,
  training, vote and interview dates are ``none``; the coordinates of training sites are ``none`` (tag
  ``coordinates``);
* terminals', sites', stores', client sites', hotels', garages', training firms' and the school district's names,
  addresses, postcodes and phones, a dial-in number, an Irish employer registration number (in the PPS format), an
  ABN, a SIRET, a partita IVA, a CIF, a NIP, a Swedish organisation number, a company's INN and a Japanese corporate
  number are ``none`` (tag ``business``);
* recruiters, interviewers, payroll clerks, HR clerks and technicians, approvers (``appr_by``), a ``cashier``, trainers,
  a fleet manager, HR inspectors, building principals (``EMP-SUPV-NM``) and a polling station's assessors are staff
  (``person_name``, tag ``staff``); an interview coordinator's work e-mail is ``email`` (tag ``staff_contact``); a
  referrer, a next of kin's phone, a treating doctor, a public health service doctor, a spouse (name, birth date, SSN,
  codice fiscale), a life insurance beneficiary, an emergency contact, a co-driver and a relative are personal (tag
  ``role_word``);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); custom
  fields holding budget, cost centre, union, roster or shift codes are ``none`` (tags ``decoy`` and
  ``custom_plain``); a portal login is ``unclassified`` (tag ``username``); an apply, vote, onboarding or submission
  IP is ``ip_address``; a corporate card in the employee's name is ``credit_card``; remarks, feedback and notes naming
  people are ``free_text``;
* a middle initial, a second given name and the Russian patronymic are ``first_name``; a married name
  (``nom_usage``) and a second family name (``apellido2``) are ``last_name``; a full name in kanji or in katakana is
  ``person_name``; a place of birth (``COMUNE_NASC``, ``miejsce_ur``, ``место_рождения``) and a Japanese
  municipality are ``city``; states, provinces and nationalities are ``none``; an age is ``none``;
* dates of birth as ``DATE``, as ``YYYYMMDD`` integers, as ``dd-mm-yyyy``, ``dd/mm/yyyy``, ISO and Japanese-era text
  and split into day, month and year integers (each part ``date_of_birth``, tag ``split_dob``) are ``date_of_birth``;
  an ISO hire date in an opaque column and ``YYYYMMDD`` hire and coverage dates are ``none``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v139_values`, written for v139 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v139 [PATH]`` (default ``/tmp/heldout_v139.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v139``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v139_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v139_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v139.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 70-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # recruiters, interviewers, payroll clerks, approvers, cashiers, trainers (few distinct)
ROLE = "role_word"  # a role word (referrer, spouse, beneficiary, doctor, co-driver, relative ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PLAIN = "custom_plain"  # an opaque custom field holding codes (none)
FOREIGN = "foreign_ids"  # identifiers of people of several countries in one column
SPLIT = "split_dob"  # a part of a date of birth split into day, month and year
LICENCE = "licence"  # a personal licence or registration number a state issues (national_id)
COORD = "coordinates"


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "NULL", "none") + extra


def _staff(g: Gen, n: int, lang: str) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.ru_initials(g) if lang == "ru" else v.whole(g, lang))
    return sorted(out)


def _custom(g: Gen, region: str, lang: str, null: float = 0.3) -> list[str | None]:
    """An opaque custom field: by row a phone, an e-mail or a name (or NULL)."""
    def one() -> str:
        r = g.rnd.random()
        if r < 0.4:
            return g.phone(region, "national")
        if lang == "my":
            name = g.rnd.choice(v.MY_NAMES)
            if r < 0.7:
                local = v.plain(name.split(" ")[0]) + v.plain(name.split(" ")[1])[:3]
                return f"{local}{g.rnd.randint(1, 99)}@{g.rnd.choice(v.DOMAINS['my'])}"
            return name
        if r < 0.7:
            a, b = v.person(g, lang)
            if lang == "ja":
                return v.romaji_email(g, a, b)
            if lang == "ru":
                return v.email_of(g, v.latin(a), v.latin(b), v.DOMAINS["ru"])
            return v.email_of(g, a, b, v.DOMAINS[lang])
        return v.whole(g, lang)
    return g.col(one, null)


def _codes(g: Gen, layouts: list[str], null: float = 0.3) -> list[str | None]:
    """An opaque custom field holding codes only (cost centres, locker numbers, campaign codes)."""
    return g.col(lambda: g.code(g.rnd.choice(layouts)), null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _heavy(values: list, share: float, g: Gen) -> list:
    """``values`` with ``share`` of them set to NULL."""
    return [None if g.rnd.random() < share else x for x in values]


# -- English-named tables ----------------------------------------------------------------------------------------------


def us_ats_applicants(g: Gen) -> Table:
    """An Idaho trucking company's applicant tracking system: applicants and their CVs (snake case)."""
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    recruiters = _staff(g, 4, "us")
    terminals = [(name, g.phone("US:ID", "national", False)) for name in ("Boise terminal", "Twin Falls yard",
                                                                          "Idaho Falls terminal")]
    term = [g.rnd.randrange(len(terminals)) for _ in range(g.rows)]
    drivers = [g.rnd.random() < 0.55 for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Called references, former dispatcher {v.whole(g)} vouched", "2 moving violations 2023",
                             "Wants home every night, regional only", f"Wife {v.given(g)} called to reschedule",
                             "Needs hazmat endorsement", f"Knows our driver {v.whole(g)} from Nampa"])

    return Table("sawtooth_freight.ats_applicants", "en", "snake", [
        c("applicant_id", N, "BIGINT", g.keys(410_001), "decoy", KEY),
        c("application_no", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE),
        c("requisition_id", N, "VARCHAR", g.col(lambda: g.code("REQ-2025-0999")), "decoy", SHAPE),
        c("position_title", N, "VARCHAR", ["Class A CDL Driver - Regional" if d else g.rnd.choice(
            ["Diesel Mechanic", "Dispatcher", "Warehouse Associate", "Fleet Safety Coordinator"]) for d in drivers],
          "decoy"),
        c("first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["us"]) for a, b in pairs]),
        c("mobile_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.9)),
        c("alt_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.6, "dashes": 0.4}, 0.3, 0.8), HEAVY),
        c("street_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.US_STREETS), 0.05)),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("state", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("zip_code", "postal_code", "VARCHAR", [p[2] + g.digits(2) + (f"-{g.digits(4)}" if g.rnd.random() < 0.2
                                                                      else "") for p in places]),
        c("date_of_birth", "date_of_birth", "DATE", _heavy(g.births(1961, 2006), 0.75, g), HEAVY),
        c("ssn", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.7), 0.85), HEAVY),
        c("cdl_number", "national_id", "VARCHAR", [g.code("AA999999A") if d and g.rnd.random() < 0.9 else None
                                                   for d in drivers], LICENCE),
        c("resume_sha256", N, "VARCHAR", g.col(g.sha256, 0.1), "decoy", SHAPE),
        c("source", N, "VARCHAR", g.col(g.pick(["Indeed", "Employee referral", "Job fair", "Company site",
                                                "CDL school"])), "decoy"),
        c("referred_by", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.78), ROLE, HEAVY),
        c("recruiter", "person_name", "VARCHAR", g.col(g.pick(recruiters)), STAFF),
        c("terminal", N, "VARCHAR", [terminals[i][0] for i in term], "business"),
        c("terminal_phone", N, "VARCHAR", [terminals[i][1] for i in term], "business"),
        c("applied_at", N, "TIMESTAMP", g.moments("2025-03-01", "2025-11-30"), "decoy"),
        c("apply_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25), 0.1)),
        c("portal_login", USERNAME, "VARCHAR", [v.login(a, b, i) for i, (a, b) in enumerate(pairs)], "username"),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "US", "us"), CUSTOM),
        c("screening_notes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("none noted")), NULLWORD),
    ])


def ca_interview_slots(g: Gen) -> Table:
    """A Halifax software company's interview scheduling: candidates, interviewers and rooms (camel case)."""
    places = [g.rnd.choice(v.CA_CITIES) for _ in range(g.rows)]
    interviewers = _staff(g, 8, "ca")
    coordinators = [v.person(g, "ca") for _ in range(3)]
    coord = [g.rnd.randrange(len(coordinators)) for _ in range(g.rows)]
    dial_in = [g.phone("CA", "national", False), g.phone("CA", "national", False)]

    def feedback() -> str:
        return g.rnd.choice(["Strong on SQL, weaker on system design", f"Would pair well with {v.whole(g, 'ca')}",
                             "No-show, rebooked once", f"Ex-colleague of {v.given(g, 'ca')} on platform team",
                             "Hire - level 2", "Take-home submitted late"])

    return Table("harbourlightRecruiting.interviewSlots", "en", "camel", [
        c("slotId", N, "BIGINT", g.keys(90_001), "decoy", KEY),
        c("candidateId", N, "VARCHAR", g.col(lambda: g.code("CND-99999")), "decoy", KEY),
        c("candidateFullName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"))),
        c("candidateEmail", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "ca"), v.DOMAINS["ca"]))),
        c("candidatePhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dashes": 0.2, "e164": 0.3}, 0.9,
                                                         0.05)),
        c("candidateCity", "city", "VARCHAR", [p[0] for p in places]),
        c("candidatePostalCode", "postal_code", "VARCHAR", [f"{p[2]} {v.ca_ldu(g)}" if g.rnd.random() < 0.7
                                                            else None for p in places]),
        c("requisitionCode", N, "VARCHAR", g.col(lambda: g.code("HL-ENG-999")), "decoy"),
        c("interviewStage", N, "VARCHAR", g.col(g.pick(["Phone screen", "Technical", "Onsite loop",
                                                        "Hiring manager"])), "decoy"),
        c("scheduledStart", N, "TIMESTAMP", g.moments("2025-05-01", "2025-12-15"), "decoy"),
        c("durationMinutes", N, "INTEGER", g.col(g.pick([30, 45, 60, 90])), "decoy"),
        c("interviewerName", "person_name", "VARCHAR", g.col(g.pick(interviewers)), STAFF),
        c("coordinatorEmail", "email", "VARCHAR", [v.work_email(*coordinators[i], "harbourlight.ca") for i in coord],
          "staff_contact"),
        c("meetingId", N, "VARCHAR", g.col(lambda: g.code("999 9999 9999"), 0.3), "decoy", SHAPE),
        c("dialInNumber", N, "VARCHAR", g.col(g.pick(dial_in), 0.3), "business"),
        c("roomName", N, "VARCHAR", g.col(g.pick(["Bluenose 3F", "Citadel boardroom", "Peggy's Cove huddle", None])),
          "decoy"),
        c("calendarEventUid", N, "VARCHAR", g.col(lambda: f"{g.uuid()}@harbourlight.ca"), "decoy", SHAPE),
        c("scorecardScore", N, "INTEGER", g.ints(1, 4, 0.3), "decoy"),
        c("referrerName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.82), ROLE, HEAVY),
        c("customField2", N, "VARCHAR", _codes(g, ["Q9-BUDGET-A", "HC-2025-999", "REQ-BF-99"]), "decoy", PLAIN),
        c("feedbackText", "free_text", "VARCHAR", g.sparse(feedback, 0.74, _words("tbc")), NULLWORD),
    ])


def ie_payroll(g: Gen) -> Table:
    """A Cork food processor's payroll run lines (Pascal case)."""
    places = [g.rnd.choice(v.IE_CITIES) for _ in range(g.rows)]
    pairs = [v.person(g, "ie") for _ in range(g.rows)]
    clerks = _staff(g, 3, "ie")
    sites = [("Mallow plant", g.phone("IE", "national", False)), ("Tivoli site", g.phone("IE", "national", False))]
    site = [g.rnd.randrange(len(sites)) for _ in range(g.rows)]
    employer = v.pps(g)
    return Table("LeeValleyFoodsPayroll.PayRunLines", "en", "pascal", [
        c("PayRunLineId", N, "BIGINT", g.keys(7_000_001), "decoy", KEY),
        c("PayRunRef", N, "VARCHAR", g.col(lambda: f"PR-2025-W{g.rnd.randint(1, 48):02d}"), "decoy"),
        c("EmployeeNo", N, "VARCHAR", g.col(lambda: g.code("LVF99999")), "decoy", KEY),
        c("Forename", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("Surname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("Ppsn", "ssn", "VARCHAR", g.col(lambda: v.pps(g), 0.05)),
        c("DateOfBirth", "date_of_birth", "DATE", g.births(1962, 2007)),
        c("AddressLine1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IE_STREETS, "ie"))),
        c("Town", "city", "VARCHAR", [p[0] for p in places]),
        c("Eircode", "postal_code", "VARCHAR", [f"{p[1]} {v.eircode_unique(g)}" if g.rnd.random() < 0.85 else None
                                                for p in places]),
        c("MobileNumber", "phone", "VARCHAR", g.phones("IE", {"national": 0.6, "e164": 0.2, "intl": 0.2}, 1.0, 0.1)),
        c("PersonalEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ie"]) if g.rnd.random() < 0.6
                                                else None for a, b in pairs]),
        c("Iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IE"), 0.03)),
        c("GrossPay", N, "DECIMAL(10,2)", g.amounts(480, 1_900), "decoy"),
        c("NetPay", N, "DECIMAL(10,2)", g.amounts(390, 1_350), "decoy"),
        c("PrsiClass", N, "VARCHAR", g.col(g.pick(["A1", "A1", "AX", "A0", "S1"])), "decoy"),
        c("PayDate", N, "DATE", g.days("2025-01-03", "2025-11-28"), "decoy"),
        c("EmployerRegNumber", N, "VARCHAR", [employer] * g.rows, "business", SHAPE),
        c("SiteName", N, "VARCHAR", [sites[i][0] for i in site], "business"),
        c("SitePhone", N, "VARCHAR", [sites[i][1] for i in site], "business"),
        c("PayrollClerk", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
        c("Udf3", "free_text", "VARCHAR", _custom(g, "IE", "ie"), CUSTOM),
    ])


def za_sick_leave(g: Gen) -> Table:
    """A Durban home and hardware retailer's sick leave register (SCREAMING case): South African IDs beside
    Zimbabwean and Mozambican passports in one column."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        foreign = g.rnd.random() < 0.15
        a, b = v.person(g, "zw" if foreign else "za", female)
        born = g.birth(1965, 2006)
        ident = g.code(g.rnd.choice(["AA999999", "99AA99999", "999999999A"])) if foreign else v.za_id(g, born, female)
        rows.append((a, b, born, ident))
    places = [g.rnd.choice(v.ZA_CITIES) for _ in range(g.rows)]
    stores = [("UHH Gateway", g.phone("ZA", "national", False)), ("UHH Pinetown", g.phone("ZA", "national", False)),
              ("UHH Chatsworth Centre", g.phone("ZA", "national", False))]
    store = [g.rnd.randrange(len(stores)) for _ in range(g.rows)]
    clerks = _staff(g, 4, "za")
    starts = [g.day("2025-01-06", "2025-11-28") for _ in range(g.rows)]
    spans = [g.rnd.choice([1, 1, 2, 2, 3, 5, 10]) for _ in range(g.rows)]

    def remark() -> str:
        return g.rnd.choice(["Sick note handed in late",
                             f"Family responsibility - mother {v.whole(g, 'za')} in hospital",
                             "Third occasion in 8 weeks, refer to HR",
                             f"Note from Dr {v.person(g, 'za')[1]} unreadable", "Injury on duty, WCA form submitted"])

    return Table("UMHLANGA_RETAIL_HR.SICK_LEAVE_REGISTER", "en", "screaming", [
        c("LEAVE_ID", N, "BIGINT", g.keys(55_001), "decoy", KEY),
        c("EMPLOYEE_NO", N, "VARCHAR", g.col(lambda: g.code("UHH9999")), "decoy", KEY),
        c("SURNAME", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("FIRST_NAMES", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("ID_OR_PASSPORT_NO", "national_id", "VARCHAR", [r[3] for r in rows], FOREIGN),
        c("DATE_OF_BIRTH", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("CELL_NO", "phone", "VARCHAR", g.phones("ZA", {"national": 0.7, "e164": 0.3}, 1.0, 0.05)),
        c("HOME_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ZA_STREETS, "za"), 0.1)),
        c("TOWN", "city", "VARCHAR", [p[0] for p in places]),
        c("POSTAL_CODE", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("NEXT_OF_KIN_CELL", "phone", "VARCHAR", g.phones("ZA", {"national": 1.0}, 1.0, 0.75), ROLE, HEAVY),
        c("STORE_NAME", N, "VARCHAR", [stores[i][0] for i in store], "business"),
        c("STORE_TEL", N, "VARCHAR", [stores[i][1] for i in store], "business"),
        c("LEAVE_TYPE", N, "VARCHAR", g.col(g.pick(["SICK", "SICK", "FAMILY RESP", "IOD"])), "decoy"),
        c("LEAVE_START", N, "DATE", starts, "decoy"),
        c("DAYS_TAKEN", N, "INTEGER", spans, "decoy"),
        c("MED_CERT_NO", N, "VARCHAR", g.col(lambda: g.code("MC99999"), 0.3), "decoy", SHAPE),
        c("DOCTOR_NAME", "person_name", "VARCHAR", g.col(lambda: f"Dr {v.person(g, 'za')[0][0]}. "
                                                                 f"{v.person(g, 'za')[1]}", 0.3), ROLE),
        c("DOCTOR_PRACTICE_NO", N, "VARCHAR", g.col(lambda: g.code("0999999"), 0.3), "decoy", "practitioner_id",
          SHAPE),
        c("ICD10_CODE", N, "VARCHAR", g.col(g.pick(["J06.9", "A09", "M54.5", "J11.1", "R51"]), 0.3), "decoy"),
        c("PAYROLL_BATCH_NO", N, "VARCHAR", g.col(lambda: v.luhn_decoy(g, 13, "6789")), "decoy", SHAPE),
        c("CAPTURED_BY", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
        c("CUSTOM_FIELD_2", N, "VARCHAR", _codes(g, ["CC-9999", "DBN-99", "RGN-AA-9"]), "decoy", PLAIN),
        c("SICK_NOTE_REMARKS", "free_text", "VARCHAR", g.sparse(remark, 0.8, _words("nil")), NULLWORD),
    ])


def gb_travel_expenses(g: Gen) -> Table:
    """A Leeds engineering consultancy's travel expense claim lines (abbreviated: ``emp_fnm``, ``ctc_ph``)."""
    staff = []
    for _ in range(90):
        a, b = v.person(g, "gb")
        place = g.rnd.choice(v.GB_CITIES)
        staff.append((f"AVC{g.digits(4)}", a, b, v.nino(g), v.street(g, v.GB_STREETS, "gb"), place[0],
                      f"{place[1]} {v.gb_inward(g)}", g.phone("GB", g.rnd.choice(["national", "intl"])), v.card(g),
                      g.code(g.rnd.choice(["AA99 AAA", "AA9 AAA"]))))
    emp = [g.rnd.choice(staff) for _ in range(g.rows)]
    approvers = _staff(g, 5, "gb")
    cashiers = _staff(g, 2, "gb")
    sites = [("Kirkstall Forge site office", "Kirkstall Forge, Abbey Road", "LS5 3BF"),
             ("Drax client office", "New Road, Drax", "YO8 8PH"),
             ("Network Rail York", "George Stephenson House, Toft Green", "YO1 6JT"),
             ("Huddersfield viaduct compound", "Leeds Road", "HD1 6PW")]
    site = [g.rnd.randrange(len(sites)) for _ in range(g.rows)]
    hotels = [g.phone("GB", "national", False) for _ in range(3)]

    def rmk() -> str:
        return g.rnd.choice(["Receipt lost, signed declaration", f"Shared taxi with {v.whole(g, 'gb')}",
                             "Client dinner, 4 attendees", f"Lift given to {v.given(g, 'gb')} from site",
                             "Overnight due to rail strike"])

    return Table("exp_ledger.trv_clm_ln", "en", "abbrev", [
        c("clm_ln_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("clm_no", N, "VARCHAR", g.col(lambda: g.code("EXP-25-999999")), "decoy", SHAPE),
        c("emp_no", N, "VARCHAR", [e[0] for e in emp], "decoy", KEY),
        c("emp_fnm", "first_name", "VARCHAR", [e[1] for e in emp], ABBREV),
        c("emp_snm", "last_name", "VARCHAR", [e[2] for e in emp], ABBREV),
        c("ni_no", "ssn", "VARCHAR", [e[3] for e in emp], ABBREV),
        c("home_addr_ln1", "street_address", "VARCHAR", [e[4] for e in emp], ABBREV),
        c("home_twn", "city", "VARCHAR", [e[5] for e in emp], ABBREV),
        c("home_pcd", "postal_code", "VARCHAR", [e[6] for e in emp], ABBREV),
        c("ctc_ph", "phone", "VARCHAR", [e[7] for e in emp], ABBREV),
        c("corp_card_no", "credit_card", "VARCHAR", [e[8] if g.rnd.random() < 0.6 else None for e in emp], ABBREV),
        c("veh_reg", N, "VARCHAR", [e[9] if g.rnd.random() < 0.5 else None for e in emp], "decoy", SHAPE, ABBREV),
        c("trvl_dt", N, "DATE", g.days("2025-01-06", "2025-11-28"), "decoy"),
        c("exp_cat", N, "VARCHAR", g.col(g.pick(["MILEAGE", "RAIL", "HOTEL", "SUBSISTENCE", "TAXI", "PARKING"])),
          "decoy", ABBREV),
        c("dest_site", N, "VARCHAR", [sites[i][0] for i in site], "business", ABBREV),
        c("dest_addr", N, "VARCHAR", [sites[i][1] for i in site], "business", ABBREV),
        c("dest_pcd", N, "VARCHAR", [sites[i][2] for i in site], "business", ABBREV),
        c("htl_tel", N, "VARCHAR", g.col(g.pick(hotels), 0.6), "business", ABBREV),
        c("miles", N, "INTEGER", g.ints(4, 240, 0.4), "decoy"),
        c("amt_gbp", N, "DECIMAL(10,2)", g.amounts(3.5, 420), "decoy", ABBREV),
        c("rcpt_ref", N, "VARCHAR", g.col(lambda: g.code("R9999999"), 0.2), "decoy", SHAPE, ABBREV),
        c("appr_by", "person_name", "VARCHAR", g.col(g.pick(approvers), 0.1), STAFF, ABBREV),
        c("cashier", "person_name", "VARCHAR", g.col(g.pick(cashiers), 0.5), STAFF),
        c("udf1", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM, ABBREV),
        c("clm_rmk", "free_text", "VARCHAR", g.sparse(rmk, 0.76, _words()), NULLWORD, ABBREV),
    ])


def pa_benefits_cobol(g: Gen) -> Table:
    """A Lehigh Valley school district's employee master and benefits enrolment, a COBOL extract (padded CHAR,
    ``YYYYMMDD`` integers, 0 for missing)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "pa")
        married = g.rnd.random() < 0.5
        rows.append((a, b, g.birth(1958, 2001), married))
    places = [g.rnd.choice(v.PA_CITIES) for _ in range(g.rows)]
    district = g.phone("US:PA", "digits", False)
    principals = [f"{v.given(g, 'pa').upper()} {v.person(g, 'pa')[1].upper()}" for _ in range(5)]
    return Table("JCSDHR.EMP_BENEFIT_EXTRACT", "en", "cobol", [
        c("EMP-ID", N, "VARCHAR", g.col(lambda: g.code("0099999")), "decoy", KEY, LEGACY),
        c("EMP-LAST-NM", "last_name", "VARCHAR", _pad([r[1].upper() for r in rows], 20), LEGACY),
        c("EMP-FIRST-NM", "first_name", "VARCHAR", _pad([r[0].upper() for r in rows], 15), LEGACY),
        c("EMP-MI", "first_name", "VARCHAR", [g.rnd.choice("ABCDEJKLMRST") if g.rnd.random() < 0.7 else " "
                                              for _ in rows], LEGACY),
        c("EMP-SSN", "ssn", "BIGINT", [int(v.us_ssn(g, False)) if g.rnd.random() < 0.95 else 0 for _ in rows], LEGACY),
        c("EMP-DOB", "date_of_birth", "INTEGER", [_ymd(r[2]) for r in rows], LEGACY),
        c("EMP-ADDR-LN1", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.PA_STREETS, "pa")), 30),
          LEGACY),
        c("EMP-CITY", "city", "VARCHAR", _pad([p[0] for p in places], 18), LEGACY),
        c("EMP-ST", N, "VARCHAR", ["PA"] * g.rows, "decoy", LEGACY),
        c("EMP-ZIP", "postal_code", "INTEGER", [int(p[1] + g.digits(2)) for p in places], LEGACY),
        c("EMP-HOME-PH", "phone", "BIGINT", [int(g.phone("US:PA", "digits", g.rnd.random() < 0.6))
                                             if g.rnd.random() < 0.85 else 0 for _ in rows], LEGACY),
        c("EMP-HIRE-DT", N, "INTEGER", [_ymd(g.day("1984-08-20", "2025-08-25")) for _ in rows], "decoy", SHAPE,
          LEGACY),
        c("EMP-BLDG-CD", N, "VARCHAR", g.col(g.pick(["HS01", "MS02", "EL03", "EL04", "ADM"])), "decoy", LEGACY),
        c("EMP-JOB-CLS", N, "VARCHAR", _pad(g.col(g.pick(["TEACHER", "PARA", "CUSTODIAN", "BUS DRIVER", "NURSE",
                                                          "SECRETARY"])), 12), "decoy", LEGACY),
        c("EMP-SUPV-NM", "person_name", "VARCHAR", _pad(g.col(g.pick(principals)), 25), STAFF, LEGACY),
        c("BEN-PLAN-CD", N, "VARCHAR", g.col(g.pick(["PPO-EE", "PPO-FAM", "HMO-ES", "HDHP-EE", "WAIVE"])), "decoy",
          LEGACY),
        c("BEN-EFF-DT", N, "INTEGER", [_ymd(g.day("2024-07-01", "2025-07-01")) for _ in rows], "decoy", SHAPE,
          LEGACY),
        c("SPOUSE-NM", "person_name", "VARCHAR", _pad([f"{v.given(g, 'pa').upper()} {r[1].upper()}" if r[3] else None
                                                       for r in rows], 30), ROLE, LEGACY),
        c("SPOUSE-DOB", "date_of_birth", "INTEGER", [_ymd(g.birth(1955, 2001)) if r[3] else 0 for r in rows], ROLE,
          LEGACY),
        c("SPOUSE-SSN", "ssn", "BIGINT", [int(v.us_ssn(g, False)) if r[3] else 0 for r in rows], ROLE, LEGACY),
        c("LIFE-BENEF-NM", "person_name", "VARCHAR", _pad(g.col(lambda: v.whole(g, "pa").upper(), 0.2), 30), ROLE,
          LEGACY),
        c("DIST-OFFICE-PH", N, "BIGINT", [int(district)] * g.rows, "business", LEGACY),
        c("EMP-USER-FLD-1", N, "VARCHAR", _pad(_codes(g, ["PSERS-T9", "UNION-AA", "STEP-99"]), 10), "decoy", PLAIN,
          LEGACY),
    ])


def my_onboarding_staging(g: Gen) -> Table:
    """A Shah Alam electronics plant's onboarding feed of new hires, landed as an opaque staging table: MyKad numbers
    of Malaysians and passports of foreign workers in one column."""
    rows = []
    for _ in range(g.rows):
        foreign = g.rnd.random() < 0.3
        born = g.birth(1970, 2006)
        name = g.rnd.choice(v.FOREIGN_NAMES if foreign else v.MY_NAMES)
        rows.append((name, born, v.foreign_passport(g) if foreign else v.mykad(g, born),
                     g.rnd.choice(["IDN", "BGD", "NPL", "MMR", "VNM", "PHL"]) if foreign else "MYS"))
    places = [g.rnd.choice(v.MY_CITIES) for _ in range(g.rows)]

    def email() -> str:
        local = v.plain(g.rnd.choice(v.MY_NAMES + v.FOREIGN_NAMES).split(" ")[0]).replace(".", "")
        return f"{local}{g.rnd.choice(['', '.', '_'])}{g.rnd.randint(1, 999)}@{g.rnd.choice(v.DOMAINS['my'])}"

    return Table("stg_hris.src_onboard_raw", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", [r[0] for r in rows], OPAQUE),
        c("col03", "national_id", "VARCHAR", [r[2] for r in rows], OPAQUE, FOREIGN),
        c("col04", "date_of_birth", "VARCHAR", [f"{r[1].day:02d}-{r[1].month:02d}-{r[1].year}" for r in rows],
          OPAQUE),
        c("col05", N, "VARCHAR", [r[3] for r in rows], "decoy", OPAQUE),
        c("col06", "phone", "VARCHAR", g.phones("MY", {"national": 0.6, "e164": 0.2, "intl": 0.2}, 0.95, 0.05),
          OPAQUE),
        c("col07", "email", "VARCHAR", g.col(email, 0.25), OPAQUE),
        c("col08", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.MY_STREETS, "my"), 0.05), OPAQUE),
        c("col09", "postal_code", "VARCHAR", [p[1] for p in places], OPAQUE),
        c("col10", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col11", N, "VARCHAR", g.col(g.pick(["SMT", "QA", "WH", "MAINT", "HR"])), "decoy", OPAQUE),
        c("col12", N, "VARCHAR", g.col(lambda: f"{g.day('2025-01-02', '2025-11-28').isoformat()}"), "decoy", SHAPE,
          OPAQUE),
        c("col13", N, "VARCHAR", g.col(g.sha256, 0.1), "decoy", SHAPE, OPAQUE),
        c("col14", "person_name", "VARCHAR", g.col(g.pick(v.MY_NAMES + v.FOREIGN_NAMES), 0.15), ROLE, OPAQUE),
        c("col15", "phone", "VARCHAR", g.phones("MY", {"national": 1.0}, 0.9, 0.15), ROLE, OPAQUE),
        c("col16", N, "VARCHAR", g.col(lambda: g.code(f"UNF-{g.rnd.choice(['SHT', 'PNT', 'ESD'])}-"
                                                      f"{g.rnd.choice(['S', 'M', 'L', 'XL'])}-9999")), "decoy", SHAPE,
          OPAQUE),
        c("col17", "free_text", "VARCHAR", _custom(g, "MY", "my"), CUSTOM, OPAQUE),
        c("col18", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.2), OPAQUE),
        c("col19", N, "TIMESTAMP", g.moments("2025-01-02", "2025-11-30"), "decoy", OPAQUE),
    ])


def au_training_json(g: Gen) -> Table:
    """A Pilbara mining contractor's training records from its LMS API, flattened from JSON to dotted keys."""
    pairs = [v.person(g, "au") for _ in range(g.rows)]
    places = [g.rnd.choice(v.AU_CITIES) for _ in range(g.rows)]
    trainers = _staff(g, 5, "au")
    rto_abn, rto_phone = v.abn(g), g.phone("AU", "national", False)
    sites = [(-20.3106, 118.5878), (-22.6939, 117.7931), (-23.3590, 119.7310), (-30.7490, 121.4660)]
    site = [g.rnd.randrange(len(sites)) for _ in range(g.rows)]
    return Table("pilbara_lms.training_records_json", "en", "json", [
        c("record.id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("learner.employeeNo", N, "VARCHAR", g.col(lambda: g.code("PRC-99999")), "decoy", KEY),
        c("learner.name.given", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("learner.name.family", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("learner.dob", "date_of_birth", "VARCHAR", [g.birth(1966, 2007).isoformat() for _ in pairs]),
        c("learner.usi", "national_id", "VARCHAR", g.col(lambda: v.usi(g), 0.15)),
        c("learner.contact.mobile", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "e164": 0.4}, 0.95, 0.05)),
        c("learner.contact.email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["au"]) if g.rnd.random() < 0.9
                                                        else None for a, b in pairs]),
        c("learner.address.street", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au"), 0.1)),
        c("learner.address.suburb", "city", "VARCHAR", [p[0] for p in places]),
        c("learner.address.postcode", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("learner.hrwl.number", "national_id", "VARCHAR", g.col(lambda: f"WA{g.digits(7)}", 0.76), LICENCE, HEAVY),
        c("course.code", N, "VARCHAR", g.col(g.pick(["RIIWHS204E", "TLILIC0003", "HLTAID011", "RIIRIS201E",
                                                     "MSMWHS217"])), "decoy", SHAPE),
        c("course.version", N, "VARCHAR", g.col(g.version), "decoy", SHAPE),
        c("session.date", N, "DATE", g.days("2024-06-01", "2025-11-28"), "decoy"),
        c("session.site.lat", N, "DOUBLE", [round(sites[i][0] + g.rnd.uniform(-0.01, 0.01), 4) for i in site],
          "decoy", COORD),
        c("session.site.lng", N, "DOUBLE", [round(sites[i][1] + g.rnd.uniform(-0.01, 0.01), 4) for i in site],
          "decoy", COORD),
        c("trainer.name", "person_name", "VARCHAR", g.col(g.pick(trainers)), STAFF),
        c("rto.abn", N, "VARCHAR", [rto_abn] * g.rows, "business", SHAPE),
        c("rto.phone", N, "VARCHAR", [rto_phone] * g.rows, "business"),
        c("certificate.number", N, "VARCHAR", g.col(lambda: f"SOA-{g.digits(8)}", 0.1), "decoy", SHAPE),
        c("meta.custom2", N, "VARCHAR", _codes(g, ["CREW-A9", "ROSTER-99", "SITE-AAA"]), "decoy", PLAIN),
        c("meta.submittedFromIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.05)),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def fr_elections_cse(g: Gen) -> Table:
    """A Vénissieux manufacturer's works-council (CSE) election voter list with electronic and postal votes
    (French)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.35
        a, b = v.person(g, "fr", female)
        rows.append((a, b, female))
    postal = [g.rnd.random() < 0.15 for _ in range(g.rows)]
    places = [g.rnd.choice(v.FR_CITIES) for _ in range(g.rows)]
    voted_online = [not p and g.rnd.random() < 0.7 for p in postal]
    bureau = _staff(g, 4, "fr")
    site_siret = v.siret(g)

    def obs() -> str:
        return g.rnd.choice([f"Procuration donnée à {v.whole(g, 'fr')}", "Code de vote renvoyé par SMS",
                             f"Réclamation de {v.given(g, 'fr')} : absent de la liste", "Pli reçu hors délai",
                             "Enveloppe non signée"])

    return Table("elections_cse_2025.liste_electorale", "fr", "snake", [
        c("id_electeur", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("matricule", N, "VARCHAR", g.col(lambda: g.code("RTI99999")), "decoy", KEY),
        c("nom", "last_name", "VARCHAR", [r[1].upper() for r in rows]),
        c("nom_usage", "last_name", "VARCHAR", [v.person(g, "fr")[1].upper() if r[2] and g.rnd.random() < 0.6 else None
                                                for r in rows], HEAVY),
        c("prenom", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("date_naissance", "date_of_birth", "DATE", g.births(1962, 2007)),
        c("college", N, "VARCHAR", g.col(g.pick(["1 - Ouvriers/Employés", "2 - TAM", "3 - Cadres"])), "decoy"),
        c("etablissement", N, "VARCHAR", ["Établissement de Vénissieux"] * g.rows, "business"),
        c("siret_etablissement", N, "VARCHAR", [site_siret] * g.rows, "business", SHAPE),
        c("date_entree", N, "DATE", g.days("1991-09-02", "2025-06-30"), "decoy"),
        c("email_vote", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["fr"]) if g.rnd.random() < 0.7
                                             else None for r in rows]),
        c("tel_portable", "phone", "VARCHAR", g.phones("FR", {"national": 0.6, "intl": 0.2, "idd": 0.2}, 1.0, 0.15)),
        c("adresse_vote_corresp", "street_address", "VARCHAR", [v.street(g, v.FR_STREETS, "fr") if p else None
                                                                for p in postal], HEAVY),
        c("cp_vote_corresp", "postal_code", "VARCHAR", [pl[1] if p else None for p, pl in zip(postal, places,
                                                                                              strict=True)], HEAVY),
        c("ville_vote_corresp", "city", "VARCHAR", [pl[0] if p else None for p, pl in zip(postal, places,
                                                                                           strict=True)], HEAVY),
        c("identifiant_vote", N, "VARCHAR", g.col(lambda: g.code("ZZZZ-ZZZZ-ZZZZ")), "decoy", "credential", SHAPE),
        c("horodatage_vote", N, "TIMESTAMP", [g.moment("2025-11-18", "2025-11-20") if o else None
                                              for o in voted_online], "decoy"),
        c("ip_vote", "ip_address", "VARCHAR", [g.ip(0.35) if o else None for o in voted_online]),
        c("empreinte_bulletin", N, "VARCHAR", [g.sha256() if o else None for o in voted_online], "decoy", SHAPE),
        c("assesseur_bureau", "person_name", "VARCHAR", g.col(g.pick(bureau)), STAFF),
        c("champ_libre_2", "free_text", "VARCHAR", _custom(g, "FR", "fr"), CUSTOM),
        c("observations", "free_text", "VARCHAR", g.sparse(obs, 0.8, _words("néant", "non renseigné")), NULLWORD),
    ])


def it_cedolini(g: Gen) -> Table:
    """A Dalmine metalworking firm's payslips from its payroll bureau (Italian, screaming case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.25
        a, b = v.person(g, "it", female)
        born = g.birth(1962, 2006)
        birthplace = g.rnd.choice(v.IT_CITIES)
        rows.append((a, b, born, birthplace, v.codice_fiscale(a, b, born, female, birthplace[3])))
    places = [g.rnd.choice(v.IT_CITIES[:6]) for _ in range(g.rows)]
    clerks = _staff(g, 3, "it")

    def spouse_cf() -> str:
        female = g.rnd.random() < 0.7
        a, b = v.person(g, "it", female)
        return v.codice_fiscale(a, b, g.birth(1960, 2004), female, g.rnd.choice(v.IT_CITIES)[3])

    def nota() -> str:
        return g.rnd.choice([f"Pignoramento quinto a favore di {v.whole(g, 'it')}", "Conguaglio IRPEF",
                             f"ANF: figlio {v.given(g, 'it')} a carico 100%", "Trasferta Brescia 3 gg",
                             "Cessione quinto rata 14/120"])

    return Table("PAGHE_BG.CEDOLINI_DIP", "it", "screaming", [
        c("ID_CEDOLINO", N, "BIGINT", g.keys(2_400_001), "decoy", KEY),
        c("MATRICOLA", N, "VARCHAR", g.col(lambda: g.code("000999")), "decoy", KEY),
        c("COGNOME", "last_name", "VARCHAR", [r[1].upper() for r in rows]),
        c("NOME", "first_name", "VARCHAR", [r[0].upper() for r in rows]),
        c("COD_FISC", "national_id", "VARCHAR", [r[4] for r in rows]),
        c("DT_NASC", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("COMUNE_NASC", "city", "VARCHAR", [r[3][0].upper() for r in rows]),
        c("PROV_NASC", N, "VARCHAR", [r[3][2] for r in rows], "decoy"),
        c("INDIRIZZO_RES", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IT_STREETS, "it").upper())),
        c("CAP_RES", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("COMUNE_RES", "city", "VARCHAR", [p[0].upper() for p in places]),
        c("CELL", "phone", "VARCHAR", g.phones("IT", {"national": 0.6, "intl": 0.2, "idd": 0.2}, 1.0, 0.1)),
        c("EMAIL_PERS", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["it"]) if g.rnd.random() < 0.6
                                             else None for r in rows]),
        c("IBAN_ACCR", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IT"), 0.02)),
        c("LIVELLO_CCNL", N, "VARCHAR", g.col(g.pick(["B3", "C1", "C2", "C3", "D1"])), "decoy"),
        c("MESE_COMP", N, "VARCHAR", g.col(lambda: f"2025-{g.rnd.randint(1, 11):02d}"), "decoy"),
        c("RETRIB_LORDA", N, "DECIMAL(10,2)", g.amounts(1_650, 3_900), "decoy"),
        c("NETTO_BUSTA", N, "DECIMAL(10,2)", g.amounts(1_250, 2_700), "decoy"),
        c("CF_CONIUGE_CARICO", "national_id", "VARCHAR", g.col(spouse_cf, 0.8), ROLE, HEAVY),
        c("P_IVA_AZIENDA", N, "VARCHAR", [v.partita_iva(g)] * g.rows, "business", SHAPE),
        c("OPERATORE_PAGHE", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
        c("CAMPO_LIBERO_1", N, "VARCHAR", _codes(g, ["CDC-999", "TURNO-A", "REP-99"]), "decoy", PLAIN),
        c("NOTE_CEDOLINO", "free_text", "VARCHAR", g.sparse(nota, 0.78, _words("nessuna", "n.d.")), NULLWORD),
    ])


def es_bajas_it(g: Gen) -> Table:
    """A Riba-roja logistics company's temporary incapacity (sick leave) records (Spanish, snake case): DNI and NIE
    in one column."""
    rows = []
    for _ in range(g.rows):
        foreign = g.rnd.random() < 0.2
        a, b = v.person(g, "ma" if foreign else "es")
        rows.append((a, b, v.person(g, "ma" if foreign else "es")[1], v.nie(g) if foreign else v.dni(g),
                     g.birth(1963, 2006)))
    places = [g.rnd.choice(v.ES_CITIES) for _ in range(g.rows)]
    techs = _staff(g, 3, "es")
    centres = ["Centro de Salud Riba-roja", "CS Torrent I", "CS Paterna Clot de Joan"]
    company = v.cif(g)

    def obs() -> str:
        return g.rnd.choice([f"Parte entregado por su pareja {v.whole(g, 'es')}", "Recaída de baja anterior",
                             "Propuesta de alta por la mutua", f"Llamó su hermano {v.given(g, 'es')}",
                             "Pendiente de confirmación semanal"])

    return Table("rrhh_logistica_vlc.bajas_it", "es", "snake", [
        c("id_baja", N, "BIGINT", g.keys(3_001), "decoy", KEY),
        c("num_parte_baja", N, "VARCHAR", g.col(lambda: v.nuss_decoy(g)), "decoy", SHAPE),
        c("cod_empleado", N, "VARCHAR", g.col(lambda: g.code("TTL-9999")), "decoy", KEY),
        c("nombre", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("apellido1", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("apellido2", "last_name", "VARCHAR", [r[2] if g.rnd.random() < 0.85 else None for r in rows]),
        c("dni_nie", "national_id", "VARCHAR", [r[3] for r in rows], FOREIGN),
        c("num_afiliacion_ss", "ssn", "VARCHAR", g.col(lambda: v.nuss(g), 0.05)),
        c("fec_nac", "date_of_birth", "VARCHAR", [f"{r[4].day:02d}/{r[4].month:02d}/{r[4].year}" for r in rows]),
        c("telefono", "phone", "VARCHAR", g.phones("ES", {"national": 0.7, "intl": 0.15, "idd": 0.15}, 0.9, 0.05)),
        c("domicilio", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ES_STREETS, "es"))),
        c("cod_postal", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("poblacion", "city", "VARCHAR", [p[0] for p in places]),
        c("fec_baja", N, "DATE", g.days("2025-01-02", "2025-11-28"), "decoy"),
        c("fec_alta", N, "DATE", g.days("2025-01-10", "2025-12-15", 0.3), "decoy"),
        c("contingencia", N, "VARCHAR", g.col(g.pick(["EC", "EC", "EC", "AT", "ANL"])), "decoy"),
        c("mutua", N, "VARCHAR", g.col(g.pick(["Mutua Llevant", "Unión Mutual Turia"])), "business"),
        c("medico_sps", "person_name", "VARCHAR", g.col(lambda: f"Dr{'a' if g.rnd.random() < 0.5 else ''}. "
                                                                f"{v.whole(g, 'es')}", 0.1), ROLE),
        c("centro_salud", N, "VARCHAR", g.col(g.pick(centres), 0.1), "business"),
        c("tecnico_rrhh", "person_name", "VARCHAR", g.col(g.pick(techs)), STAFF),
        c("cif_empresa", N, "VARCHAR", [company] * g.rows, "business", SHAPE),
        c("campo_adicional_2", "free_text", "VARCHAR", _custom(g, "ES", "es"), CUSTOM),
        c("observaciones", "free_text", "VARCHAR", g.sparse(obs, 0.77, _words("sin datos", "ninguna")), NULLWORD),
    ])


def pl_szkolenia_bhp(g: Gen) -> Table:
    """A Lower Silesian logistics centre's occupational safety and forklift training register (Polish, snake case):
    the birth date split into day, month and year."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.35
        a, b = v.person(g, "pl", female)
        born = g.birth(1964, 2006)
        rows.append((a, b, born, v.pesel(g, born, female), female))
    places = [g.rnd.choice(v.PL_CITIES) for _ in range(g.rows)]
    trainers = _staff(g, 4, "pl")
    firms = [("Ośrodek Szkoleniowy Odra-BHP", v.nip(g)), ("UDT-Szkol Wrocław s.c.", v.nip(g))]
    firm = [g.rnd.randrange(len(firms)) for _ in range(g.rows)]

    def uwagi() -> str:
        return g.rnd.choice(["Egzamin UDT powtórzony", f"Zastępstwo za {v.whole(g, 'pl')}", "Brak podpisu na liście",
                             f"Tłumacz: {v.whole(g, 'pl')}", "Skierowany przez kierownika zmiany"])

    return Table("szkolenia_bhp.rejestr_uczestnikow", "pl", "snake", [
        c("id_wpisu", N, "BIGINT", g.keys(12_001), "decoy", KEY),
        c("nr_ewid", N, "VARCHAR", g.col(lambda: g.code("CLO/9999")), "decoy", KEY),
        c("imie", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("drugie_imie", "first_name", "VARCHAR", [v.person(g, "pl", r[4])[0] if g.rnd.random() < 0.2 else None
                                                   for r in rows], HEAVY),
        c("nazwisko", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("pesel", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.95 else None for r in rows]),
        c("dzien_ur", "date_of_birth", "INTEGER", [r[2].day for r in rows], SPLIT),
        c("miesiac_ur", "date_of_birth", "INTEGER", [r[2].month for r in rows], SPLIT),
        c("rok_ur", "date_of_birth", "INTEGER", [r[2].year for r in rows], SPLIT),
        c("miejsce_ur", "city", "VARCHAR", g.col(lambda: g.rnd.choice(v.PL_CITIES)[0], 0.1)),
        c("adres_zam", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PL_STREETS, "pl"))),
        c("kod_poczt", "postal_code", "VARCHAR", [p[1] if len(p[1]) == 6 else p[1] + g.digits(3) for p in places]),
        c("miejscowosc", "city", "VARCHAR", [p[0] for p in places]),
        c("tel_kom", "phone", "VARCHAR", g.phones("PL", {"national": 0.7, "intl": 0.15, "idd": 0.15}, 1.0, 0.1)),
        c("rodzaj_szkolenia", N, "VARCHAR", g.col(g.pick(["BHP okresowe", "BHP wstępne", "Wózki jezdniowe UDT",
                                                          "Pierwsza pomoc", "Ppoż."])), "decoy"),
        c("data_szkolenia", N, "DATE", g.days("2023-01-09", "2025-11-28"), "decoy"),
        c("wazne_do", N, "DATE", g.days("2025-12-01", "2030-12-31"), "decoy"),
        c("nr_zaswiadczenia", N, "VARCHAR", g.col(lambda: v.pesel_decoy(g)), "decoy", SHAPE),
        c("prowadzacy", "person_name", "VARCHAR", g.col(g.pick(trainers)), STAFF),
        c("firma_szkoleniowa", N, "VARCHAR", [firms[i][0] for i in firm], "business"),
        c("nip_firmy", N, "VARCHAR", [firms[i][1] for i in firm], "business", SHAPE),
        c("pole_dodatkowe_1", N, "VARCHAR", _codes(g, ["MPK-999", "LOK-99", "S9-9"]), "decoy", PLAIN),
        c("uwagi", "free_text", "VARCHAR", g.sparse(uwagi, 0.8, _words("brak", "b/d")), NULLWORD),
    ])


def se_tjanstebilar(g: Gen) -> Table:
    """A Gothenburg ventilation contractor's company cars and their drivers (Swedish, snake case)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "sv")
        born = g.birth(1962, 2003)
        rows.append((a, b, v.personnummer(g, born, g.rnd.random() < 0.75)))
    places = [g.rnd.choice(v.SE_CITIES) for _ in range(g.rows)]
    fleet = _staff(g, 2, "sv")
    garages = [("Mölndals Bilservice", g.phone("SE", "national", False)),
               ("Hisingens Däck & Verkstad", g.phone("SE", "national", False))]
    garage = [g.rnd.randrange(len(garages)) for _ in range(g.rows)]
    lessor = v.orgnr(g)

    def note() -> str:
        return g.rnd.choice([f"Bilen lånas ibland av sambon {v.whole(g, 'sv')}", "Vinterdäck bokade v. 44",
                             "Skada höger backspegel, anmäld", f"Överlämnad till {v.given(g, 'sv')} på lagret",
                             "Laddbox installerad hemma"])

    return Table("fordon_gbg.tjanstebilar_forare", "sv", "snake", [
        c("bil_id", N, "BIGINT", g.keys(501), "decoy", KEY),
        c("regnr", N, "VARCHAR", g.col(lambda: g.code(g.rnd.choice(["AAA 999", "AAA 99A"]))), "decoy", SHAPE),
        c("bilmodell", N, "VARCHAR", g.col(g.pick(["Volvo XC40 Recharge", "VW ID. Buzz Cargo", "Toyota Proace",
                                                   "Volvo V60 PHEV", "Ford Transit Custom"])), "decoy"),
        c("leasingavtal_nr", N, "VARCHAR", g.col(lambda: f"LA-{g.digits(6)}-{g.digits(2)}"), "decoy", SHAPE),
        c("personnr", "national_id", "VARCHAR", [r[2] for r in rows]),
        c("fornamn", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("efternamn", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("anst_nr", N, "VARCHAR", g.col(lambda: g.code("9999")), "decoy", KEY),
        c("hemadress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.SE_STREETS, "sv"))),
        c("postnr", "postal_code", "VARCHAR", [f"{(p[1] + g.digits(5 - len(p[1])))[:3]} {g.digits(2)}"
                                               for p in places]),
        c("postort", "city", "VARCHAR", [p[0] for p in places]),
        c("mobil", "phone", "VARCHAR", g.phones("SE", {"national": 0.7, "intl": 0.15, "idd": 0.15}, 1.0, 0.05)),
        c("epost_privat", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["sv"]) if g.rnd.random() < 0.2
                                               else None for r in rows], HEAVY),
        c("korkortsbehorighet", N, "VARCHAR", g.col(g.pick(["B", "B", "BE", "B, C1"])), "decoy"),
        c("formansvarde_kr", N, "INTEGER", g.ints(1_800, 6_400), "decoy"),
        c("tankkort_nr", N, "VARCHAR", g.col(lambda: "7002 " + g.code("9999 9999 9999 999"), 0.2), "decoy", SHAPE),
        c("fordonsansvarig", "person_name", "VARCHAR", g.col(g.pick(fleet)), STAFF),
        c("verkstad", N, "VARCHAR", [garages[i][0] for i in garage], "business"),
        c("verkstad_tel", N, "VARCHAR", [garages[i][1] for i in garage], "business"),
        c("leasegivare_orgnr", N, "VARCHAR", [lessor] * g.rows, "business", SHAPE),
        c("medforare_namn", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "sv"), 0.85), ROLE, HEAVY),
        c("fritt_falt_2", "free_text", "VARCHAR", _custom(g, "SE", "sv"), CUSTOM),
        c("anteckning", "free_text", "VARCHAR", g.sparse(note, 0.76, _words("inga", "saknas")), NULLWORD),
    ])


def ru_lichnye_kartochki(g: Gen) -> Table:
    """A Kazan engineering services company's personnel cards (form T-2), in Russian: Cyrillic column names and
    values."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        rows.append((*v.ru_fio(g, female), g.birth(1962, 2006)))
    places = [g.rnd.choice(v.RU_CITIES) for _ in range(g.rows)]
    inspectors = _staff(g, 3, "ru")
    employer = v.inn_company(g)

    def note() -> str:
        return g.rnd.choice(["Отпуск по уходу за ребёнком до 2026", f"Супруга: {' '.join(v.ru_fio(g, True))}",
                             "Военнообязанный, категория годности А", f"Рекомендован {v.ru_initials(g)}",
                             "Переведён в цех №2"])

    def relative() -> str:
        fam, name, patr = v.ru_fio(g)
        return f"{fam} {name} {patr}"

    return Table("кадры_казань.личные_карточки", "ru", "snake", [
        c("табельный_номер", N, "VARCHAR", g.col(lambda: g.code("00999")), "decoy", KEY),
        c("фамилия", "last_name", "VARCHAR", [r[0] for r in rows]),
        c("имя", "first_name", "VARCHAR", [r[1] for r in rows]),
        c("отчество", "first_name", "VARCHAR", [r[2] for r in rows]),
        c("дата_рождения", "date_of_birth", "DATE", [r[3] for r in rows]),
        c("место_рождения", "city", "VARCHAR", g.col(lambda: "г. " + g.rnd.choice(v.RU_CITIES)[0], 0.1)),
        c("паспорт_серия_номер", "national_id", "VARCHAR", g.col(lambda: v.ru_passport(g))),
        c("инн", "national_id", "VARCHAR", g.col(lambda: v.inn_person(g), 0.1)),
        c("снилс", "ssn", "VARCHAR", g.col(lambda: v.snils(g), 0.05)),
        c("адрес_регистрации", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.RU_STREETS, "ru"))),
        c("почтовый_индекс", "postal_code", "VARCHAR", [p[1] + g.digits(2) for p in places]),
        c("город", "city", "VARCHAR", [p[0] for p in places]),
        c("телефон_моб", "phone", "VARCHAR", g.phones("RU", {"national": 0.6, "e164": 0.25, "intl": 0.15}, 1.0,
                                                      0.05)),
        c("email", "email", "VARCHAR", [v.email_of(g, v.latin(r[1]), v.latin(r[0]), v.DOMAINS["ru"])
                                        if g.rnd.random() < 0.65 else None for r in rows]),
        c("должность", N, "VARCHAR", g.col(g.pick(["Инженер-наладчик", "Слесарь КИПиА", "Электромонтёр",
                                                   "Мастер участка", "Кладовщик"])), "decoy"),
        c("дата_приема", N, "DATE", g.days("2004-03-01", "2025-10-31"), "decoy"),
        c("оклад", N, "DECIMAL(10,2)", g.amounts(42_000, 135_000), "decoy"),
        c("номер_приказа", N, "VARCHAR", g.col(lambda: v.inn_decoy(g)), "decoy", SHAPE),
        c("инн_работодателя", N, "VARCHAR", [employer] * g.rows, "business", SHAPE),
        c("инспектор_ок", "person_name", "VARCHAR", g.col(g.pick(inspectors)), STAFF),
        c("контакт_родственника", "person_name", "VARCHAR", g.col(relative, 0.8), ROLE, HEAVY),
        c("доп_поле_2", N, "VARCHAR", _codes(g, ["ЦЕХ-9", "КАТ-А", "СМЕНА-99"]), "decoy", PLAIN),
        c("примечание", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("нет", "не указано", "—")), NULLWORD),
    ])


def ja_oubosha(g: Gen) -> Table:
    """A Kariya auto-parts supplier's mid-career applicants and their CVs (rirekisho), romanized Japanese column names
    and Japanese values: birth dates written with the era."""
    pairs = [v.person(g, "ja") for _ in range(g.rows)]
    births = g.births(1966, 2005)
    places = [g.rnd.choice(v.JA_CITIES) for _ in range(g.rows)]
    interviewers = _staff(g, 4, "ja")
    branch = g.phone("JP", "national", False)
    corp = v.corporate_number(g)

    def bikou() -> str:
        return g.rnd.choice(["夜勤可、普通免許あり", f"前職の上司{v.whole(g, 'ja')}さんの紹介", "転居予定あり",
                             f"配偶者{v.person(g, 'ja')[0]}さんの扶養", "二次面接日程調整中"])

    return Table("saiyou_kariya.oubosha_rirekisho", "ja", "snake", [
        c("oubo_id", N, "BIGINT", g.keys(20_001), "decoy", KEY),
        c("oubo_bangou", N, "VARCHAR", g.col(lambda: g.code("K25-99999")), "decoy", SHAPE),
        c("kyujin_no", N, "VARCHAR", g.col(lambda: g.code("23010-99999951")), "decoy", SHAPE),
        c("shimei", "person_name", "VARCHAR", [f"{b} {a}" for a, b in pairs]),
        c("furigana", "person_name", "VARCHAR", [f"{v.JA_KANA[b]} {v.JA_KANA[a]}" for a, b in pairs]),
        c("seinengappi", "date_of_birth", "VARCHAR", [v.ja_era(d) for d in births]),
        c("nenrei", N, "INTEGER", [2025 - d.year for d in births], "decoy"),
        c("seibetsu", N, "VARCHAR", g.col(g.pick(["男", "女", "未回答"])), "decoy"),
        c("yubin_no", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(4)}" for p in places]),
        c("jusho", "street_address", "VARCHAR", [f"{p[0]}{g.rnd.choice(v.JA_STREETS)}" for p in places]),
        c("shikuchoson", "city", "VARCHAR", [p[0] for p in places]),
        c("keitai_tel", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "e164": 0.2}, 1.0, 0.05)),
        c("jitaku_tel", "phone", "VARCHAR", g.phones("JP", {"national": 1.0}, 0.0, 0.75), HEAVY),
        c("mail_address", "email", "VARCHAR", [v.romaji_email(g, a, b) if g.rnd.random() < 0.9 else None
                                               for a, b in pairs]),
        c("saishu_gakureki", N, "VARCHAR", g.col(g.pick(["県立刈谷工業高校 卒業", "名古屋工業大学 工学部 卒業",
                                                         "トヨタ名古屋自動車大学校 卒業", "愛知大学 経済学部 中退"])),
          "decoy"),
        c("zairyu_card_no", "national_id", "VARCHAR", g.col(lambda: v.residence_card(g), 0.88), HEAVY, FOREIGN),
        c("suisensha", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ja"), 0.8), ROLE, HEAVY),
        c("mensetsukan", "person_name", "VARCHAR", g.col(g.pick(interviewers), 0.2), STAFF),
        c("mensetsu_nichiji", N, "TIMESTAMP", g.moments("2025-04-01", "2025-12-12", 0.2), "decoy"),
        c("kaisha_tel", N, "VARCHAR", [branch] * g.rows, "business"),
        c("houjin_bangou", N, "VARCHAR", [corp] * g.rows, "business", SHAPE),
        c("jiyuu_koumoku_1", "free_text", "VARCHAR", _custom(g, "JP", "ja"), CUSTOM),
        c("bikou", "free_text", "VARCHAR", g.sparse(bikou, 0.78, _words("なし", "特になし")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (us_ats_applicants, 700), (ca_interview_slots, 520), (ie_payroll, 600), (za_sick_leave, 650),
    (gb_travel_expenses, 560), (pa_benefits_cobol, 500), (my_onboarding_staging, 600), (au_training_json, 450),
    (fr_elections_cse, 480), (it_cedolini, 520), (es_bajas_it, 420), (pl_szkolenia_bhp, 560),
    (se_tjanstebilar, 300), (ru_lichnye_kartochki, 400), (ja_oubosha, 350),
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
