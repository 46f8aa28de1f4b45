"""Held-out set v49 for the column classifier: 15 tables of *HR, recruiting, payroll and workforce* systems, one
system per table and each a different employer or vendor, mostly the ordinary English-language schemas a data team in
the United States, the United Kingdom, Canada, Australia, New Zealand, India, Singapore or South Africa points the tool
at (12 tables), plus three in German, French and Brazilian Portuguese: a Nashville health-tech's Lever-style ATS
opportunities with résumé text and employee referrals (``lever_export.opportunities``), a Manchester health-tech's
interview scorecards (``harvest.scorecards``), a Melbourne homewares retailer's offer letters
(``smartrecruiters.OfferLetters``, Pascal case), a Minnesota dairy plant's ADP-style payroll register
(``ADP_WFN.PAYROLL_REG``, SCREAMING case with abbreviations), a Hawke's Bay orchard contractor's seasonal workers'
timesheets with IRD numbers and crew leaders (``crewpay.seasonal_timesheets``), a Calgary engineering firm's group
benefits enrolment with dependants as a dbt staging model (``analytics.stg_groupben__enrolment_dependants``:
``emp_dob``, ``mgr_nm``, ``sin_enc``), a Leeds pre-employment screening vendor's candidate checks
(``screening.candidate_checks``), a Bengaluru IT-services firm's new-joiner onboarding forms with
PAN, Aadhaar and UAN (``darwinbox.onboardingSubmissions``, camel case), a Singapore caterer's work-pass and NRIC
register (``workpass.pass_holders``, 40 rows), a Johannesburg insurer's Workday org chart with its talent review
(``workday_raw.talent_review_org_chart``, ``Worker_ID``/``Legal_Name_First_Name`` names), an Atlanta consultancy's
Concur expense entries with approvers (``concur_sae.expense_entries``, column names with spaces), a Leeds building
society's Qualtrics exit-interview survey (``qualtrics.exit_survey_responses``, 28 rows, opaque ``Q3_TEXT`` names), a
Bavarian parts maker's SAP learning completions (``SAP_HR.LSO_TEILNAHMEN``: ``PERNR``, ``NACHN``, ``VORNA``,
``GBDAT``), a Lyon machine shop's payroll extract for the DSN (``paie_dsn.salaries``) and a Porto Alegre food
maker's eSocial admissions (``esocial.s2200_admissoes``: ``cpfTrab``, ``nmTrab``, ``nmMae``). Tables have 28 to 1,200
rows.

Written **blind**, like v2 to v47: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog, history or notes, only the list of kind names
(``governance_dagster/kinds.py``), how the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the
*structure* and labeling conventions of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test,
``tests/heldout_support.py``), the module docstrings of v24 to v47 (to avoid their domains and follow their labeling
conventions), the ``Column``/``Table`` classes and writer they build on and, for the line length, the ruff section of
``pyproject.toml`` (an over-broad search also showed a few lines of v31's builders naming its tables and columns;
nothing here depends on them). The classifier was not run on this set while it was written, no scorer was run on it,
and no score of any set was looked at: nothing here was adjusted to what the classifier does. Earlier sets touched the
theme at its edges (v24 an HR table and pay stubs, v25 a recruiting ATS on Salesforce, v27 interview feedback, v28 SAP
HR infotypes and a Workday worker report of a Breton shipyard, v31 a labour-hire agency's timesheets, v36 a benefits
enrolment, v38 Greenhouse, BambooHR and Personio connectors, v42 a temp-agency payroll import and training records,
v43 wage garnishments); every employer, vendor and export here is new, and so are most of the shapes (a Concur SAE
extract, a Qualtrics export, an SAP LSO table, an eSocial S-2200 admission, a DSN payroll extract, a screening
vendor's order file, an RSE orchard timesheet). It imports no earlier set's value module: its random source, name
lists (the United States with its Somali and Hmong Minnesotans, the United Kingdom, Canada, Australia, New Zealand
with Māori, Tongan, Samoan and ni-Vanuatu workers, India north and south, Singapore's Chinese, Malay and Indian names
with ``bin``/``binte``/``s/o``/``d/o`` and foreign workers' passport names, South Africa's Nguni, Sotho-Tswana,
Afrikaans, Indian and Cape names, Germany, France and Brazil), streets, cities, postal codes and identifier builders
are its own (:mod:`benchmarks.classification.heldout_v49_values`; the generic ``Gen`` helpers follow v27's).

What is new against v2 to v47:

* the people of HR data: candidates, referrers, recruiters, interviewers and panels, hiring managers and approvers,
  payees, seasonal pickers and their crew leaders, plan members, dependants and life-insurance beneficiaries,
  screened candidates and their referees, new joiners and their fathers, work-pass holders, workers, managers,
  matrix managers, successors and HR business partners, expense claimants and meal attendees, leavers, course
  participants, trainers and supervisors, new hires and their mothers and fathers;
* identifiers with check digits (python-stdnum): the US SSN (``ssn``), the Canadian SIN, the Australian TFN, the New
  Zealand IRD number, the Indian PAN (fifth letter the surname's initial) and Aadhaar (Verhoeff), the South African ID
  number (encoding the row's birth date and sex), the French NIR (encoding the sex, the birth year and month and the
  place of birth), the Brazilian CPF (``national_id``); the Singapore NRIC and FIN (check letter computed here: S/T
  NRICs of people born from 1968 start with the birth year) and the Brazilian PIS/NIS (mod 11, computed here); the UK
  National Insurance number (HMRC's prefix and suffix rules: it has no check digit); passport numbers and the Indian
  UAN (no check digit, ``national_id``); French IBANs; corporate card numbers in clear (Luhn); New Zealand bank
  account numbers (python-stdnum's bank and branch register and checksum); phones of the US, Canada, the UK,
  Australia, New Zealand, India, Singapore, South Africa, Germany, France and Brazil (phonenumbers);
* decoys of the theme (tag ``decoy``; ``value_shape`` when shaped like an identifier, ``check_digit`` when it passes
  its own check): requisition codes, job codes, Paterson grades and bands, position numbers, cost centres, SAP
  org units and course ids, ADP file numbers and check numbers, pay-period and check dates, hire and service dates,
  salaries, hours and piece rates, ABA routing numbers (3-7-1 check digit), IFSCs, a superannuation fund id built on
  an ABN, benefit group policy and certificate numbers, DBS certificate numbers, French PCS and IDCC codes, CBO
  occupation codes and IBGE municipality codes, a Singapore UEN, a French SIRET and a Brazilian CNPJ (all three
  valid), candidate sources (``LinkedIn``, ``Referral``), Qualtrics response ids, Concur report and receipt ids;
* businesses (tag ``business``, ``none``): stores, plants, offices and their phones (switchboards), orchards,
  training venues, a vendor's city, the screening vendor's clients and referees' employers, benefit carriers;
* names that sound personal and hold no personal data (tag ``name_decoy``): ``SSN_VERIF_STAT``, ``aadhaarVerified``,
  ``Preferred_Name_Flag``; a ciphertext of a SIN (``sin_enc``, tag ``encrypted``); opaque names holding personal
  data (tag ``opaque``: ``custom_field_12``, ``CUST_FLD_3``, ``Employee Custom 4``, ``ZUSATZFELD_1``, ``Q3_TEXT``,
  ``Q5_TEXT``, ``Q7_TEXT``) beside opaque decoys (``custom_field_7``, ``Report Custom 2``, ``Q1``, ``Q6_TEXT``);
* dates of birth as ``DATE`` and as text (``MM/DD/YYYY``, ``dd/mm/yyyy``, ``dd-mm-yyyy``, SAP's ``YYYYMMDD``, ISO;
  tag ``dob_text``).

Labeling choices a reader may question:

* a domestic bank account number (ADP's ``DD_ACCT``, a New Zealand account, an Indian savings account, a Brazilian
  ``contaCorrente``) is ``unclassified`` (tag ``bank_account``): it is a person's account, yet the kind list has no
  kind for it but ``iban``, which names another format, so it is left for a reviewer to pin (as v25 left a person's
  coordinates); ``iban`` would be as defensible. Routing numbers, IFSCs, bank names, branches and agencies are
  ``none``; the French IBAN is ``iban``;
* a passport number, the Indian UAN and the Brazilian PIS/NIS are ``national_id`` (government numbers of one person);
  a UK right-to-work share code is ``none`` (tag ``credential``: a short-lived code for one check), and so are a DBS
  certificate number, a benefit certificate number and a super fund member number (a provider's or vendor's
  reference, like v27's policy and card numbers);
* a KMS ciphertext of a SIN (``sin_enc``) is ``none`` (tag ``encrypted``), like the hashes of earlier sets: it
  cannot be read without the key; the SIN in clear beside it is ``national_id``;
* a work e-mail address of an employee (``firstname.lastname@employer``) is ``email`` (tag ``work_email``), as are
  interviewers', approvers' and referrers' (tag ``role_email``); an employee's company mobile (``Work_Mobile``) is
  ``phone``; an office, store or site switchboard is ``none`` (tag ``business``);
* forenames with a middle name (``Jack Rhys``), a preferred name (``PreferredName``, ``Preferred_Name``, ``RUFNM``)
  and French ``prenoms`` (one to three given names) are ``first_name``; a usage or married name (``nom_usage``) and
  previous surnames are ``last_name``; a Brazilian social name (``nmSoc``) is ``person_name``;
* an emergency contact written as a name, a relation and a phone in one cell (``emerg_contact``,
  ``emergencyContact``) and a PIX key (a CPF, an e-mail address, a phone or a random key, by row) are ``free_text``
  (tag ``mixed_kinds``); a résumé, scorecard notes, talent-review comments, a business purpose naming guests, an offer
  letter's body and remarks naming people are ``free_text``;
* a screening vendor's address history (``12 Ash Road, Leeds LS6 2AB (2019-2023); ...``) is ``street_address`` (tag
  ``multi_value``); previous surnames are ``last_name`` and interview panels, successors and meal attendees
  ``person_name`` (``multi_value``);
* the coordinates of an orchard block and a Qualtrics respondent's IP geolocation are ``none`` (tag
  ``coordinates``), as the conventions say; the IP an offer was signed from, an onboarding form sent from or a survey
  answered from is ``ip_address``;
* a Brazilian ``bairro`` is ``city`` (like v47's suburbs); US states, Canadian provinces, Australian states, Indian
  states, French départements, Brazilian UFs and nationalities are ``none``; gender, marital status and blood group
  codes are ``none``;
* the Singapore ``nric_fin`` holds NRICs of citizens and permanent residents and FINs of foreign workers: both
  ``national_id``; the last four digits of a card and a masked Aadhaar are ``none`` (tag ``partial``);
* ``headline`` (``Senior Data Analyst at Acme``), job titles, a new employer's name (``Q6_TEXT``) and a candidate's
  current company are ``none``; a candidate's ``location`` (``Nashville, TN``) is ``city``.

Labeling rules otherwise as v27 (see :mod:`benchmarks.classification.heldout_v27`): staff names are ``person_name``
(a first name or family name alone ``first_name`` or ``last_name``); a login is ``unclassified`` (tag ``username``),
a service account or a batch program ``none``. ``null_heavy`` means 50-95% NULL, ``nullword_heavy`` 70-95% NULL
words. Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder)
with python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v49_values`, written for v49 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v49 [PATH]`` (default ``/tmp/heldout_v49.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v49``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v49_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v49_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v49.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings, placeholders and empty strings (few real NULLs)
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
CHECK = "check_digit"  # a decoy passing its own check digit (routing number, UEN, SIRET, CNPJ, ABN-based fund id)
MISLEADING = "misleading"
OPAQUE = "opaque"  # custom_field_12, CUST_FLD_3, Q5_TEXT ...
STAFF = "staff"  # staff named in a column with few distinct values
ROLE = "role_word"  # a role word (referrer, interviewer, crew leader, beneficiary, manager ...) holding people
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
SERVICE = "service_account"  # an audit column holding only service accounts or job names (none)
KEY = "join_key"  # an id, foreign key or UUID that joins tables (none)
ROLE_EMAIL = "role_email"  # a role-named column holding people's e-mail addresses
WORK_EMAIL = "work_email"  # an employee's own address at the employer's domain
MULTI = "multi_value"  # several names or addresses in one cell
JSON_PLAIN = "json_plain"  # a JSON document in a cell holding no personal data (none)
PLACEHOLDER = "placeholder"  # a personal column some of whose cells are placeholders (000-00-0000, test@example.com)
PARTIAL = "partial"  # the last four digits of a card or a masked Aadhaar: none
CREDENTIAL = "credential"  # a right-to-work share code (none)
COORD = "coordinates"  # latitude or longitude (none)
BANK = "bank_account"  # a person's domestic bank account number (unclassified)
MIXED = "mixed_kinds"  # one cell mixing a name, a relation and a phone, or a PIX key of any kind (free_text)
DOB_TEXT = "dob_text"  # a date of birth written as text
NAME_DECOY = "name_decoy"  # a personal-sounding name holding no personal data (none)
PREFERRED = "preferred_name"
ENCRYPTED = "encrypted"  # a ciphertext of a personal value (none, like a hash)

WORDS = ("", "-", "N/A", "null", "unknown")


def _words(*extra: str) -> tuple[str, ...]:
    return WORDS + extra


def _staff(g: Gen, n: int, make: Callable[[Gen], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _people(g: Gen, n: int, country: str) -> list[tuple[str, str]]:
    return [v.person(g, country) for _ in range(n)]


def _dirty(g: Gen, values: list, share: float, placeholders: list[str]) -> list:
    """``values`` with ``share`` of the non-NULL cells replaced by a placeholder (a NULL word of the set)."""
    return [g.rnd.choice(placeholders) if x is not None and g.rnd.random() < share else x for x in values]


def _dmy(d: date) -> str:
    return d.strftime("%d/%m/%Y")


# -- recruiting: an ATS, interview scorecards, offer letters -----------------------------------------------------------

POSTINGS = [("Senior Backend Engineer", "ENG"), ("Data Analyst II", "DATA"), ("Clinical Implementation Specialist",
                                                                             "CLIN"),
            ("Product Designer", "DES"), ("Account Executive, Health Systems", "SALES"), ("Customer Success Manager",
                                                                                        "CS"),
            ("Site Reliability Engineer", "ENG"), ("Revenue Cycle Analyst", "FIN")]


def lever_opportunities(g: Gen) -> Table:
    """A Nashville health-tech's Lever-style opportunities export (snake case): UUID keys, the candidate's name,
    e-mail addresses (sometimes two, ``;``-separated), phone, location (``city``), résumé text (``free_text``), the
    headline and current company (``none``), origin and source (``LinkedIn``, ``Referral``: ``none``), the referring
    employee's name and work e-mail (mostly NULL), the recruiter (few), stage, posting, requisition code, an opaque
    custom field holding the ZIP code (``postal_code``) and another holding a yes/no (``none``), salary expectation,
    archive reason and times."""
    domain = "harpethhealth.com"
    people = _people(g, g.rows, "us")
    recruiters = _staff(g, 5, lambda x: v.whole(x, "us"))
    employees = _people(g, 70, "us")
    places = [v.us_city(g, ("TN", "GA", "MN")) for _ in range(g.rows)]
    streets = [v.us_street(g) for _ in range(g.rows)]
    phones = g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.95, 0.08)
    mails = [v.email_of(g, a, b, v.DOMAINS["us"]) for a, b in people]
    posting = [g.rnd.choice(POSTINGS) for _ in range(g.rows)]
    origin = [g.rnd.choices(["applied", "sourced", "referred", "agency"], [55, 20, 18, 7])[0] for _ in range(g.rows)]
    referrer = [g.rnd.choice(employees) if o == "referred" or (o == "applied" and g.rnd.random() < 0.05) else None
                for o in origin]
    companies = ["HCA Healthcare", "Vanderbilt University Medical Center", "Change Healthcare", "Asurion", "Amazon",
                 "Dollar General", "Bridgestone Americas", "Ramsey Solutions", "Epic Systems", "self-employed"]
    current = [g.rnd.choice(companies) for _ in range(g.rows)]
    zips = [v.us_zip(g, p[2]) for p in places]

    def resume(i: int) -> str | None:
        a, b = people[i]
        title, _ = posting[i]
        if g.rnd.random() < 0.07:
            return None
        head = f"{a.upper()} {b.upper()}"
        contact = []
        if g.rnd.random() < 0.75:
            contact.append(f"{streets[i]}, {places[i][0]}, {places[i][1]} {zips[i]}")
        if phones[i] and g.rnd.random() < 0.8:
            contact.append(phones[i])
        contact.append(mails[i])
        body = g.rnd.choice([
            f"SUMMARY\nSix years building {title.lower()}-adjacent systems. Currently at {current[i]}.",
            f"EXPERIENCE\n{current[i]} - {title} (2021-present)\nLed a team of 4; reported to {v.whole(g, 'us')}.",
            "EDUCATION\nB.S. Computer Science, Middle Tennessee State University, 2016\nSKILLS Python, SQL, dbt",
            f"REFERENCES\nAvailable on request ({v.whole(g, 'us')}, former manager).",
        ])
        return f"{head}\n{' | '.join(contact)}\n\n{body}"

    def salary() -> str:
        lo = g.rnd.randint(55, 170)
        return g.rnd.choice([f"${lo}k-${lo + 15}k", f"{lo * 1000}", f"${lo},000 + equity", "Negotiable"])

    stages = ["New applicant", "Recruiter screen", "Hiring manager screen", "On-site", "Offer", "Hired", "Archived"]
    stage = [g.rnd.choices(stages, [17, 15, 12, 10, 3, 3, 40])[0] for _ in range(g.rows)]
    created = g.moments("2025-03-01", "2025-11-30")
    return Table("lever_export.opportunities", "en", "snake", [
        c("id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("contact", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in people]),
        c("headline", N, "VARCHAR", [f"{posting[i][0].split(',')[0]} at {current[i]}" if g.rnd.random() < 0.7
                                     else None for i in range(g.rows)], "decoy"),
        c("emails", "email", "VARCHAR", [m + (f"; {v.email_of(g, a, b, ['icloud.com', 'proton.me'])}"
                                              if g.rnd.random() < 0.2 else "") for m, (a, b) in zip(mails, people)],
          MULTI),
        c("phones", "phone", "VARCHAR", phones),
        c("location", "city", "VARCHAR", [f"{p[0]}, {p[1]}" if g.rnd.random() < 0.85 else p[0] for p in places]),
        c("resume_text", "free_text", "VARCHAR", [resume(i) for i in range(g.rows)]),
        c("origin", N, "VARCHAR", origin, "decoy"),
        c("sources", N, "VARCHAR", ["Referral" if o == "referred" else "Agency: Music City Talent" if o == "agency"
                                    else g.rnd.choice(["LinkedIn", "Indeed", "Company website", "Glassdoor",
                                                       "Wellfound"]) for o in origin], "decoy"),
        c("referrer_name", "person_name", "VARCHAR", [f"{r[0]} {r[1]}" if r else None for r in referrer], ROLE,
          HEAVY),
        c("referrer_email", "email", "VARCHAR", [v.work_email(r[0], r[1], domain) if r else None for r in referrer],
          ROLE_EMAIL, WORK_EMAIL, HEAVY),
        c("referral_bonus_eligible", N, "BOOLEAN", [bool(r) and g.rnd.random() < 0.8 for r in referrer], "decoy"),
        c("owner", "person_name", "VARCHAR", g.col(g.pick(recruiters)), STAFF, ROLE),
        c("stage", N, "VARCHAR", stage, "decoy"),
        c("posting_title", N, "VARCHAR", [p[0] for p in posting], "decoy"),
        c("requisition_code", N, "VARCHAR", [f"REQ-{p[1]}-{g.rnd.randint(2024, 2025)}-{g.rnd.randint(1, 140):03d}"
                                             for p in posting], "decoy", SHAPE),
        c("custom_field_7", N, "VARCHAR", g.col(g.pick(["Yes", "No", "No", "No"]), 0.2), "decoy", OPAQUE),
        c("custom_field_12", "postal_code", "VARCHAR", [z if g.rnd.random() < 0.6 else None for z in zips], OPAQUE),
        c("salary_expectation", N, "VARCHAR", g.col(salary, 0.35), "decoy"),
        c("archived_reason", N, "VARCHAR", [g.rnd.choice(["Underqualified", "Withdrew", "Position filled",
                                                          "Location", "Compensation"]) if s == "Archived" else ""
                                            for s in stage], "decoy"),
        c("tags", N, "VARCHAR", g.col(g.pick(["", "python", "healthcare-exp", "boomerang", "visa-needed",
                                              "silver-medalist"])), "decoy"),
        c("confidentiality", N, "VARCHAR", ["non-confidential"] * g.rows, "decoy"),
        c("created_at", N, "TIMESTAMP", created, "decoy"),
        c("last_interaction_at", N, "TIMESTAMP", [t + timedelta(days=g.rnd.randint(0, 60)) for t in created],
          "decoy"),
    ])


def harvest_scorecards(g: Gen) -> Table:
    """A Manchester health-tech's interview scorecards (Greenhouse Harvest-like, snake case): ids, the candidate's
    first and last name, the interview step, the interviewer (few) and their work e-mail, the rest of the panel
    (``;``-separated), the recommendation, per-attribute ratings as JSON (``none``), key take-aways naming people and
    private notes (mostly empty), times, the office and room, the video link and the candidate's current company."""
    domain = "mancuniahealth.co.uk"
    panel = _people(g, 7, "uk")
    people = _people(g, g.rows, "uk")
    who = [g.rnd.choice(panel) for _ in range(g.rows)]
    rooms = ["Pankhurst Room (3rd floor)", "Turing Room", "Lowry Room", "Zoom", "Teams"]

    def others(i: int) -> str | None:
        rest = [p for p in panel if p != who[i]]
        k = g.rnd.choices([0, 1, 2], [35, 35, 30])[0]
        return "; ".join(f"{a} {b}" for a, b in g.rnd.sample(rest, k)) if k else None

    def takeaways(i: int) -> str:
        a = people[i][0]
        colleague = g.rnd.choice(panel)
        return g.rnd.choice([
            f"{a} explained the HL7 integration clearly; needs more depth on testing.",
            f"Strong values fit. {a} mentioned working with {v.whole(g, 'uk')} at the NHS trust.",
            "Good SQL, weak on data modelling. Would not progress for senior.",
            f"Please pair {a} with {colleague[0]} for the take-home review.",
            "Communication excellent, salary expectation above band.",
            f"{a} is currently serving notice; available from January.",
        ])

    recs = ["definitely_not", "no", "yes", "strong_yes", "no_decision"]
    return Table("harvest.scorecards", "en", "snake", [
        c("scorecard_id", N, "BIGINT", g.keys(88_100_001, 7), "decoy", KEY),
        c("application_id", N, "BIGINT", g.ints(4_100_000, 4_199_999), "decoy", KEY),
        c("candidate_id", N, "BIGINT", g.ints(3_000_000, 3_999_999), "decoy", KEY),
        c("candidate_first_name", "first_name", "VARCHAR", [a for a, _ in people]),
        c("candidate_last_name", "last_name", "VARCHAR", [b for _, b in people]),
        c("interview_step", N, "VARCHAR", g.col(g.pick(["Phone screen", "Technical interview", "Values interview",
                                                       "Hiring manager", "Take-home review"])), "decoy"),
        c("interviewer", "person_name", "VARCHAR", [f"{a} {b}" for a, b in who], STAFF, ROLE),
        c("interviewer_email", "email", "VARCHAR", [v.work_email(a, b, domain) for a, b in who], ROLE_EMAIL,
          WORK_EMAIL),
        c("panel", "person_name", "VARCHAR", [others(i) for i in range(g.rows)], MULTI, ROLE),
        c("overall_recommendation", N, "VARCHAR", g.col(g.pick(recs)), "decoy"),
        c("attributes_json", N, "VARCHAR", g.col(lambda: json.dumps({
            "SQL": g.rnd.choice(recs[:4]), "Stakeholder management": g.rnd.choice(recs[:4]),
            "Healthcare domain": g.rnd.choice(recs[:4])})), "decoy", JSON_PLAIN),
        c("key_take_aways", "free_text", "VARCHAR", [takeaways(i) if g.rnd.random() < 0.88 else None
                                                     for i in range(g.rows)]),
        c("private_notes", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Knows {v.whole(g, 'uk')} from university - declared, no conflict.",
            f"Candidate's partner {v.given(g, 'uk')} works in our finance team.",
            "Asked about visa sponsorship (Skilled Worker)."]), 0.82, _words()), NULLWORD),
        c("interviewed_at", N, "TIMESTAMP", g.moments("2025-05-01", "2025-11-28"), "decoy"),
        c("submitted_at", N, "TIMESTAMP", g.moments("2025-05-01", "2025-11-30", 0.04), "decoy"),
        c("office_location", N, "VARCHAR", g.col(g.pick(["Manchester - Ancoats", "Leeds - Wellington Place",
                                                        "Remote (UK)"])), "business"),
        c("interview_room", N, "VARCHAR", g.col(g.pick(rooms)), "decoy"),
        c("video_link", N, "VARCHAR", g.col(lambda: f"https://meet.google.com/{g.code('xxx')}-{g.code('xxxx')}-"
                                            f"{g.code('xxx')}".replace("0", "k").replace("1", "m"), 0.4), "decoy",
          SHAPE),
        c("candidate_current_company", N, "VARCHAR", g.col(g.pick(["Manchester University NHS FT", "AO.com",
                                                                   "Booking.com", "The Hut Group", "Auto Trader UK",
                                                                   "Self-employed"]), 0.3), "decoy"),
    ])


def smartrecruiters_offers(g: Gen) -> Table:
    """A Melbourne homewares retailer's offer letters (SmartRecruiters-like export, Pascal case, 55 rows): ids, job
    ad reference and position number, the candidate's first name, surname, preferred name, personal e-mail, mobile,
    address, suburb, state (``none``) and postcode, date of birth as ``dd/mm/yyyy`` text, TFN (collected on
    acceptance), the super fund's id and member number (``none``), job, store and the store's phone (``business``),
    award, pay, start date, hiring manager (few) and their e-mail, the approver's e-mail, the letter's body naming the
    candidate and their address (``free_text``), status, signing time and IP, DocuSign envelope id."""
    domain = "wattleandhearth.com.au"
    people = _people(g, g.rows, "au")
    nick = {"Jack": "Jacko", "Lachlan": "Lachie", "Rebecca": "Bec", "Mitchell": "Mitch", "Matilda": "Tilly",
            "Jessica": "Jess", "Nathan": "Nate", "Katerina": "Kat", "Elias": "Eli", "Charlotte": "Charlie"}
    places = [g.rnd.choice(v.AU_SUBURBS) for _ in range(g.rows)]
    streets = [v.au_street(g) for _ in range(g.rows)]
    stores = [(name, g.phone("AU", "national", mobile=False, leads=[lead])) for name, lead in
              [("Chadstone", "39"), ("Highpoint", "39"), ("Doncaster Westfield", "38"), ("Geelong Westfield", "352"),
               ("Bendigo Marketplace", "354"), ("Parramatta Westfield", "29")]]
    store = [g.rnd.choice(stores) for _ in range(g.rows)]
    managers = _people(g, 4, "au")
    manager = [g.rnd.choice(managers) for _ in range(g.rows)]
    approvers = [v.work_email(*p, domain) for p in _people(g, 2, "au")]
    titles = ["Retail Assistant (Casual)", "Visual Merchandiser", "Assistant Store Manager", "Store Manager",
              "Warehouse Team Member"]
    title = [g.rnd.choice(titles) for _ in range(g.rows)]
    starts = g.days("2025-07-01", "2026-02-28")
    signed = [g.rnd.random() < 0.72 for _ in range(g.rows)]

    def body(i: int) -> str:
        a = people[i][0]
        text = (f"Dear {nick.get(a, a)},\n\nWe are delighted to offer you the role of {title[i]} at our "
                f"{store[i][0]} store, commencing {starts[i]:%d %B %Y}.")
        if g.rnd.random() < 0.6:
            text += f" A signed copy will be posted to {streets[i]}, {places[i][0]} {places[i][1]} {places[i][2]}."
        return text + f"\n\nKind regards,\n{manager[i][0]} {manager[i][1]}"

    return Table("smartrecruiters.OfferLetters", "en", "pascal", [
        c("OfferId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("JobAdReference", N, "VARCHAR", g.col(lambda: f"JR-{g.rnd.randint(1000, 1999)}-VIC"), "decoy", SHAPE),
        c("PositionNumber", N, "VARCHAR", g.col(lambda: f"POS-{g.rnd.randint(4000, 4999):06d}"), "decoy", SHAPE),
        c("CandidateFirstName", "first_name", "VARCHAR", [a for a, _ in people]),
        c("CandidateSurname", "last_name", "VARCHAR", [b for _, b in people]),
        c("PreferredName", "first_name", "VARCHAR", [nick.get(a) or (a if g.rnd.random() < 0.3 else None)
                                                     for a, _ in people], PREFERRED),
        c("PersonalEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["au"]) for a, b in people]),
        c("Mobile", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "intl": 0.25, "e164": 0.15})),
        c("ResidentialAddress", "street_address", "VARCHAR", streets),
        c("Suburb", "city", "VARCHAR", [p[0] for p in places]),
        c("State", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("Postcode", "postal_code", "VARCHAR", [p[2] for p in places]),
        c("DateOfBirth", "date_of_birth", "VARCHAR", [_dmy(g.birth(1962, 2008)) for _ in range(g.rows)], DOB_TEXT),
        c("TaxFileNumber", "national_id", "VARCHAR", [v.au_tfn(g, g.rnd.random() < 0.6) if s or g.rnd.random() < 0.3
                                                      else None for s in signed]),
        c("SuperFundId", N, "VARCHAR", g.col(lambda: v.au_spin(g), 0.3), "decoy", SHAPE, CHECK),
        c("SuperMemberNumber", N, "VARCHAR", g.col(lambda: g.code("99999999"), 0.35), "decoy"),
        c("JobTitle", N, "VARCHAR", title, "decoy"),
        c("StoreOrOffice", N, "VARCHAR", [s[0] for s in store], "business"),
        c("WorkLocationPhone", N, "VARCHAR", [s[1] for s in store], "business"),
        c("Award", N, "VARCHAR", ["General Retail Industry Award 2020" if "Warehouse" not in t else
                                  "Storage Services and Wholesale Award 2020" for t in title], "decoy"),
        c("BaseRateAUD", N, "DECIMAL(9,2)", g.amounts(26.5, 48.0), "decoy"),
        c("StartDate", N, "DATE", starts, "decoy"),
        c("HiringManager", "person_name", "VARCHAR", [f"{a} {b}" for a, b in manager], STAFF, ROLE),
        c("HiringManagerEmail", "email", "VARCHAR", [v.work_email(a, b, domain) for a, b in manager], ROLE_EMAIL,
          WORK_EMAIL),
        c("ApproverEmail", "email", "VARCHAR", g.col(g.pick(approvers)), ROLE_EMAIL, WORK_EMAIL),
        c("OfferLetterBody", "free_text", "VARCHAR", [body(i) for i in range(g.rows)]),
        c("OfferStatus", N, "VARCHAR", ["Accepted" if s else g.rnd.choice(["Sent", "Declined", "Expired"])
                                        for s in signed], "decoy"),
        c("SignedAt", N, "TIMESTAMP", [g.moment("2025-06-01", "2026-01-31") if s else None for s in signed],
          "decoy"),
        c("SignerIpAddress", "ip_address", "VARCHAR", [g.ip(0.35) if s else None for s in signed]),
        c("DocuSignEnvelopeId", N, "VARCHAR", [g.uuid().upper() if s else None for s in signed], "decoy", SHAPE),
    ])


# -- payroll and time: an ADP register, orchard timesheets -------------------------------------------------------------


def adp_payroll_register(g: Gen) -> Table:
    """A Minnesota dairy plant's payroll register (ADP Workforce Now-like, SCREAMING case with abbreviations): 300
    employees over four biweekly periods. Company code, file number, associate id, the name as ``LAST, FIRST M``,
    SSN (a few ``000-00-0000``) and its last four digits (``none``), an SSN verification status (``none``), birth
    date as ``MM/DD/YYYY`` text, department, cost centre, job code, pay group, period and check dates, check number,
    hours and amounts, direct deposit routing number (``none``, valid) and account number (``unclassified``), home
    address, city, state (``none``) and ZIP, the plant (``business``), an opaque custom field holding the emergency
    contact's phone, the W-4 status, the practitioner's login and a batch id."""
    staff_n = 300
    people = [v.person(g, "us") for _ in range(staff_n)]
    middle = [g.rnd.choice("ABCDEFGJKLMRST") if g.rnd.random() < 0.6 else "" for _ in range(staff_n)]
    ssns = [v.us_ssn(g, g.rnd.random() < 0.8) if g.rnd.random() > 0.025 else "000-00-0000" for _ in range(staff_n)]
    births = [g.birth(1958, 2006) for _ in range(staff_n)]
    places = [v.us_city(g, ("MN",)) for _ in range(staff_n)]
    streets = [v.us_street(g) for _ in range(staff_n)]
    zips = [v.us_zip(g, p[2], 0.25) for p in places]
    paper = [g.rnd.random() < 0.09 for _ in range(staff_n)]
    aba = [None if p else v.aba_routing(g) for p in paper]
    acct = [None if p else g.digits(g.rnd.randint(8, 12), "0123456789") for p in paper]
    acct = [a if a is None or a[0] != "0" else "4" + a[1:] for a in acct]
    typ = [None if p else g.rnd.choice("CCCS") for p in paper]
    files = [f"{g.rnd.randint(100000, 999999)}" for _ in range(staff_n)]
    assoc = [g.code("ZZZZZZZZZZZZZZZZ") for _ in range(staff_n)]
    dept = [g.rnd.choice(["002100", "002200", "003100", "004500", "009000"]) for _ in range(staff_n)]
    plant = ["PLANT 1 - OWATONNA", "PLANT 3 - MANKATO", "DC - EAGAN", "HQ - BLOOMINGTON"]
    loc = [g.rnd.choice(plant) for _ in range(staff_n)]
    emerg = [g.phone("US", "dashes") if g.rnd.random() < 0.7 else None for _ in range(staff_n)]
    w4 = [g.rnd.choice(["S", "MFJ", "HOH", "S", "MFJ"]) for _ in range(staff_n)]
    practitioners = _staff(g, 3, lambda x: v.login(*v.person(x, "us"), 4))
    periods = [date(2025, 9, 13) + timedelta(days=14 * k) for k in range(4)]
    emp = [i % staff_n for i in range(g.rows)]
    per = [i // staff_n % 4 for i in range(g.rows)]
    reg = [round(g.rnd.choice([80.0, 80.0, 72.0, 64.5, 40.0, 76.25]), 2) for _ in range(g.rows)]
    rate = [round(g.rnd.uniform(17.5, 42.0), 2) for _ in range(staff_n)]
    gross = [round(reg[i] * rate[emp[i]] + g.rnd.choice([0, 0, 1.5 * rate[emp[i]] * g.rnd.randint(1, 12)]), 2)
             for i in range(g.rows)]

    def name(i: int) -> str:
        a, b = people[i]
        text = f"{b}, {a}" + (f" {middle[i]}" if middle[i] else "")
        return text.upper() if g.rnd.random() < 0.7 else text

    names = [name(i) for i in range(staff_n)]
    return Table("ADP_WFN.PAYROLL_REG", "en", "screaming", [
        c("CO_CODE", N, "VARCHAR", [g.rnd.choice(["NSD", "NSD", "NS2"]) for _ in range(g.rows)], "decoy", ABBREV),
        c("FILE_NBR", N, "VARCHAR", [files[e] for e in emp], "decoy", ABBREV),
        c("ASSOC_ID", N, "VARCHAR", [assoc[e] for e in emp], "decoy", KEY, SHAPE),
        c("EMP_NM", "person_name", "VARCHAR", [names[e] for e in emp], ABBREV),
        c("SSN", "ssn", "VARCHAR", [ssns[e] for e in emp], PLACEHOLDER),
        c("SSN_LAST4", N, "VARCHAR", [None if ssns[e] == "000-00-0000" else ssns[e][-4:] for e in emp], "decoy",
          PARTIAL),
        c("SSN_VERIF_STAT", N, "VARCHAR", [g.rnd.choice(["VERIFIED", "VERIFIED", "VERIFIED", "PENDING", "MISMATCH"])
                                           for _ in range(g.rows)], "decoy", NAME_DECOY, ABBREV),
        c("BIRTH_DT", "date_of_birth", "VARCHAR", [births[e].strftime("%m/%d/%Y") for e in emp], DOB_TEXT, ABBREV),
        c("HOME_DEPT", N, "VARCHAR", [dept[e] for e in emp], "decoy"),
        c("COST_CTR", N, "VARCHAR", [f"{dept[e][:4]}-{g.rnd.choice(['10', '20', '30'])}" for e in emp], "decoy",
          ABBREV),
        c("JOB_CD", N, "VARCHAR", [g.rnd.choice(["PRODTECH2", "SANIT1", "MAINTMECH", "QALAB", "FORKOP", "SUPV1"])
                                   for _ in range(g.rows)], "decoy", ABBREV),
        c("PAY_GRP", N, "VARCHAR", ["BIWKLY"] * g.rows, "decoy", ABBREV),
        c("PAY_PRD_END_DT", N, "DATE", [periods[p] for p in per], "decoy", ABBREV),
        c("CHK_DT", N, "DATE", [periods[p] + timedelta(days=6) for p in per], "decoy", ABBREV),
        c("CHK_NBR", N, "VARCHAR", [f"{g.rnd.randint(100000, 999999)}" for _ in range(g.rows)], "decoy", ABBREV),
        c("REG_HRS", N, "DECIMAL(7,2)", reg, "decoy", ABBREV),
        c("OT_HRS", N, "DECIMAL(7,2)", [g.rnd.choice([0, 0, 0, 2.5, 4, 8.75, 12]) for _ in range(g.rows)], "decoy",
          ABBREV),
        c("GROSS_PAY", N, "DECIMAL(9,2)", gross, "decoy"),
        c("FED_WH", N, "DECIMAL(9,2)", [round(x * g.rnd.uniform(0.06, 0.14), 2) for x in gross], "decoy", ABBREV),
        c("NET_PAY", N, "DECIMAL(9,2)", [round(x * g.rnd.uniform(0.68, 0.8), 2) for x in gross], "decoy"),
        c("DD_ABA", N, "VARCHAR", [aba[e] for e in emp], "decoy", SHAPE, CHECK, ABBREV),
        c("DD_ACCT", USERNAME, "VARCHAR", [acct[e] for e in emp], BANK, ABBREV),
        c("DD_ACCT_TYP", N, "VARCHAR", [typ[e] for e in emp], "decoy", ABBREV),
        c("HOME_ADDR1", "street_address", "VARCHAR", [streets[e] for e in emp], ABBREV),
        c("HOME_CITY", "city", "VARCHAR", [places[e][0].upper() for e in emp]),
        c("HOME_ST", N, "VARCHAR", [places[e][1] for e in emp], "decoy"),
        c("HOME_ZIP", "postal_code", "VARCHAR", [zips[e] for e in emp]),
        c("WORK_LOC", N, "VARCHAR", [loc[e] for e in emp], "business", ABBREV),
        c("CUST_FLD_3", "phone", "VARCHAR", [emerg[e] for e in emp], OPAQUE, ABBREV),
        c("W4_STATUS", N, "VARCHAR", [w4[e] for e in emp], "decoy"),
        c("ENTERED_BY", USERNAME, "VARCHAR", [g.rnd.choice(practitioners) for _ in range(g.rows)], USER, AUDIT),
        c("BATCH_ID", N, "VARCHAR", [f"B{periods[p]:%y%m%d}{g.rnd.randint(1, 3)}" for p in per], "decoy"),
    ])


def orchard_timesheets(g: Gen) -> Table:
    """A Hawke's Bay orchard contractor's seasonal timesheets sent to its payroll bureau (snake case with
    abbreviations): 120 workers (New Zealanders and RSE workers from Tonga, Samoa and Vanuatu) over four days. The
    worker's number and name, IRD number, passport number (RSE workers), visa type, mobile, bank account
    (``unclassified``), tax code and KiwiSaver rate (``none``), the crew leader (few), the orchard block
    (``business``) and its coordinates (``none``), the day, shift start and end, bins, piece rate, hours and minimum
    wage top-up, the emergency contact as name, relation and phone (``free_text``), the supervisor's notes (mostly
    empty) and the approver's login."""
    n = 120
    rse_origins = {"tongan": "Tonga", "samoan": "Samoa", "nivan": "Vanuatu"}
    workers = []
    for _ in range(n):
        female = g.rnd.random() < 0.25
        origin = g.rnd.choices(list(v.ORIGINS["nz"]), list(v.ORIGINS["nz"].values()))[0]
        males, females, lasts = v.NAMES[origin]
        a, b = g.rnd.choice(females if female else males), g.rnd.choice(lasts)
        country = rse_origins.get(origin)
        passport = None
        if country:
            passport = {"Tonga": f"T{g.digits(6)}", "Samoa": f"PS{g.digits(6)}", "Vanuatu": f"RV{g.digits(7)}"}[country]
        workers.append((a, b, country, passport, female))
    ird = [v.nz_ird(g, g.rnd.random() < 0.7) if g.rnd.random() > 0.08 else None for _ in range(n)]
    mob = [g.phone("NZ", g.rnd.choice(["national", "national", "e164", "digits"])) for _ in range(n)]
    bank = [v.nz_bank_account(g) if g.rnd.random() > 0.05 else None for _ in range(n)]
    leaders = _staff(g, 5, lambda x: v.whole(x, "nz"))
    leader = [g.rnd.choice(leaders) for _ in range(n)]
    blocks = [("Twyford Block 7 - Royal Gala", -39.602, 176.781), ("Raupare Block 2 - Jazz", -39.618, 176.797),
              ("Pakowhai Block 11 - Envy", -39.575, 176.852), ("Haumoana Block 4 - Fuji", -39.607, 176.944)]
    block = [g.rnd.choice(blocks) for _ in range(g.rows)]
    days = [date(2026, 3, 2) + timedelta(days=k) for k in range(4)]
    w = [i % n for i in range(g.rows)]
    d = [i // n % 4 for i in range(g.rows)]
    hours = [round(g.rnd.uniform(6.0, 10.5), 2) for _ in range(g.rows)]
    starts = [datetime_at(days[d[i]], g.rnd.randint(6, 8), g.rnd.choice([0, 15, 30])) for i in range(g.rows)]

    def emerg(i: int) -> str:
        _, b, country, _, female = workers[i]
        relation = g.rnd.choice(["husband" if female else "wife", "mother", "brother", "uncle"])
        origin = next((o for o, cn in rse_origins.items() if cn == country), "nz_maori")
        males, females, _ = v.NAMES[origin]
        kin = g.rnd.choice(females if relation in ("wife", "mother") else males)
        number = {"Tonga": f"+676 {g.digits(2)} {g.digits(5)}", "Samoa": f"+685 7{g.digits(6)}",
                  "Vanuatu": f"+678 5{g.digits(6)}"}.get(country or "", g.phone("NZ", "national"))
        return g.rnd.choice([f"{kin} {b} ({relation}) {number}", f"{kin} - {relation} - {number}",
                             f"{relation.upper()}: {kin} {b}, {number}"])

    def note() -> str:
        return g.rnd.choice([f"Swapped crew with {v.given(g, 'nz')} after smoko", "Left early - sick",
                             f"Bruised fruit warning, spoke with {v.whole(g, 'nz')}", "Ladder training done"])

    return Table("crewpay.seasonal_timesheets", "en", "snake", [
        c("ts_id", N, "BIGINT", g.keys(510_001), "decoy", KEY),
        c("wkr_no", N, "VARCHAR", [f"HOS{w[i] + 2041:05d}" for i in range(g.rows)], "decoy", ABBREV),
        c("wkr_full_nm", "person_name", "VARCHAR", [f"{workers[w[i]][0]} {workers[w[i]][1]}" for i in range(g.rows)],
          ABBREV),
        c("ird_no", "national_id", "VARCHAR", [ird[w[i]] for i in range(g.rows)], ABBREV),
        c("passport_no", "national_id", "VARCHAR", [workers[w[i]][3] for i in range(g.rows)]),
        c("visa_type", N, "VARCHAR", ["RSE Limited Visa" if workers[w[i]][2] else
                                      ("NZ Citizen" if i % 7 else "Resident") for i in range(g.rows)], "decoy"),
        c("mob_ph", "phone", "VARCHAR", [mob[w[i]] for i in range(g.rows)], ABBREV),
        c("bank_acct", USERNAME, "VARCHAR", [bank[w[i]] for i in range(g.rows)], BANK, ABBREV),
        c("tax_code", N, "VARCHAR", [("SB" if workers[w[i]][2] else g.rnd.choice(["M", "M", "M SL", "S"]))
                                     for i in range(g.rows)], "decoy"),
        c("kiwisaver_pct", N, "INTEGER", [0 if workers[w[i]][2] else g.rnd.choice([3, 3, 4, 6]) for i in
                                          range(g.rows)], "decoy"),
        c("crew_leader", "person_name", "VARCHAR", [leader[w[i]] for i in range(g.rows)], STAFF, ROLE),
        c("orchard_block", N, "VARCHAR", [b[0] for b in block], "business"),
        c("block_lat", N, "DOUBLE", [round(b[1] + g.rnd.uniform(-0.002, 0.002), 6) for b in block], "decoy", COORD),
        c("block_lng", N, "DOUBLE", [round(b[2] + g.rnd.uniform(-0.002, 0.002), 6) for b in block], "decoy", COORD),
        c("work_date", N, "DATE", [days[x] for x in d], "decoy"),
        c("shift_start", N, "TIMESTAMP", starts, "decoy"),
        c("shift_end", N, "TIMESTAMP", [s + timedelta(minutes=int(h * 60) + 30) for s, h in zip(starts, hours)],
          "decoy"),
        c("bins_picked", N, "DECIMAL(5,2)", [round(h * g.rnd.uniform(0.3, 0.6), 2) for h in hours], "decoy"),
        c("piece_rate_nzd", N, "DECIMAL(7,2)", [g.rnd.choice([62.0, 65.0, 70.0]) for _ in range(g.rows)], "decoy"),
        c("hrs_worked", N, "DECIMAL(5,2)", hours, "decoy", ABBREV),
        c("min_wage_topup", N, "DECIMAL(7,2)", [round(max(0.0, g.rnd.uniform(-60, 40)), 2) for _ in range(g.rows)],
          "decoy"),
        c("emerg_contact", "free_text", "VARCHAR", [emerg(w[i]) if g.rnd.random() < 0.9 else None
                                                    for i in range(g.rows)], MIXED, ABBREV),
        c("supervisor_notes", "free_text", "VARCHAR", g.sparse(note, 0.84, _words("nil")), NULLWORD),
        c("approved_by", USERNAME, "VARCHAR", g.col(g.pick(["kate.h", "mikaere.p", "sione.t"]), 0.1),
          USER, AUDIT),
    ])


def datetime_at(day: date, hour: int, minute: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute)


# -- benefits and screening --------------------------------------------------------------------------------------------


def benefits_enrolment(g: Gen) -> Table:
    """A Calgary engineering firm's group benefits enrolment as a dbt staging model over the feed it sends its carrier
    (snake case with abbreviations): one row per dependant. The member's employee number, SIN and the HRIS's
    KMS-encrypted copy of it (``sin_enc``: ciphertext, ``none``), names, birth date (``emp_dob``), home address, city,
    province (``none``), postal code and phone, the manager (``mgr_nm``), the group policy and certificate numbers,
    division, plan and coverage tier (``none``), the dependant's names and birth date, relationship and student flag,
    the spouse's other carrier and employer (``none``), the life-insurance beneficiary and relationship, dates, the
    premium, the feed that wrote the row (a service account) and the load time."""
    managers = [v.whole(g, "ca") for _ in range(12)]
    rows: list[dict] = []
    emp_no = 10_400
    while len(rows) < g.rows:
        emp_no += g.rnd.randint(1, 9)
        a, b = v.person(g, "ca")
        city = g.rnd.choice(v.CA_CITIES[:7] if g.rnd.random() < 0.85 else v.CA_CITIES)
        member = {
            "no": f"E{emp_no:06d}", "sin": v.ca_sin(g, g.rnd.choice(["spaced", "spaced", "dashed", "plain"])),
            "first": a, "last": b, "dob": g.birth(1960, 2000), "street": v.ca_street(g), "city": city,
            "postal": v.ca_postal(g, city[2], g.rnd.random() < 0.75),
            "phone": g.phone("CA", g.rnd.choice(["national", "dashes", "e164"])),
            "cert": g.code("99999999"), "mgr": g.rnd.choice(managers), "sin_enc": v.kms_ciphertext(g),
            "division": g.rnd.choice(["Division 1 - Salaried", "Division 2 - Field"]),
            "carrier": g.rnd.choice(["None", "None", "Alberta Blue Cross", "Canada Life", "Manulife", "Sun Life"]),
            "spouse_employer": g.rnd.choice([None, "City of Calgary", "Alberta Health Services", "ATCO",
                                             "Calgary Board of Education", "self-employed"]),
            "beneficiary": None, "ben_rel": None,
        }
        spouse = v.person(g, "ca")
        spouse = (spouse[0], b if g.rnd.random() < 0.6 else spouse[1])
        kids = g.rnd.choices([0, 1, 2, 3], [25, 30, 30, 15])[0]
        deps = []
        if g.rnd.random() < 0.75:
            deps.append((spouse[0], spouse[1], g.birth(1960, 2000), g.rnd.choice(["Spouse", "Spouse", "Common-law"])))
            member["beneficiary"], member["ben_rel"] = f"{spouse[0]} {spouse[1]}", "Spouse"
        for _ in range(kids):
            deps.append((v.given(g, "ca"), b, g.birth(2003, 2025), g.rnd.choice(["Child", "Child", "Child",
                                                                               "Disabled child"])))
        if not deps:
            deps.append((v.given(g, "ca"), b, g.birth(2003, 2025), "Child"))
        if member["beneficiary"] is None and g.rnd.random() < 0.7:
            member["beneficiary"], member["ben_rel"] = v.whole(g, "ca"), g.rnd.choice(["Parent", "Sibling", "Estate"])
        tier = "Family" if len(deps) > 1 else ("Couple" if deps[0][3] != "Child" else "Single + dependant")
        for dep in deps:
            rows.append({**member, "dep": dep, "tier": tier})
    rows = rows[:g.rows]
    return Table("analytics.stg_groupben__enrolment_dependants", "en", "snake", [
        c("enrolment_id", N, "BIGINT", g.keys(220_001), "decoy", KEY),
        c("employee_no", N, "VARCHAR", [r["no"] for r in rows], "decoy"),
        c("member_sin", "national_id", "VARCHAR", [r["sin"] for r in rows]),
        c("sin_enc", N, "VARCHAR", [r["sin_enc"] for r in rows], "decoy", ENCRYPTED, ABBREV),
        c("member_first_name", "first_name", "VARCHAR", [r["first"] for r in rows]),
        c("member_last_name", "last_name", "VARCHAR", [r["last"] for r in rows]),
        c("emp_dob", "date_of_birth", "DATE", [r["dob"] for r in rows], ABBREV),
        c("member_home_address", "street_address", "VARCHAR", [r["street"] for r in rows]),
        c("member_city", "city", "VARCHAR", [r["city"][0] for r in rows]),
        c("member_province", N, "VARCHAR", [r["city"][1] for r in rows], "decoy"),
        c("member_postal_code", "postal_code", "VARCHAR", [r["postal"] for r in rows]),
        c("member_phone", "phone", "VARCHAR", [r["phone"] for r in rows]),
        c("mgr_nm", "person_name", "VARCHAR", [r["mgr"] for r in rows], ROLE, ABBREV),
        c("group_policy_no", N, "VARCHAR", ["G0042517" if r["division"].endswith("Salaried") else "G0042518"
                                            for r in rows], "decoy", SHAPE),
        c("certificate_no", N, "VARCHAR", [r["cert"] for r in rows], "decoy", SHAPE),
        c("division", N, "VARCHAR", [r["division"] for r in rows], "decoy"),
        c("plan_code", N, "VARCHAR", [g.rnd.choice(["EHC-80", "DEN-A", "EHC-80/DEN-A", "VIS-1"]) for _ in rows],
          "decoy"),
        c("coverage_tier", N, "VARCHAR", [r["tier"] for r in rows], "decoy"),
        c("dependant_first_name", "first_name", "VARCHAR", [r["dep"][0] for r in rows], ROLE),
        c("dependant_last_name", "last_name", "VARCHAR", [r["dep"][1] for r in rows], ROLE),
        c("dependant_dob", "date_of_birth", "DATE", [r["dep"][2] for r in rows]),
        c("dependant_relationship", N, "VARCHAR", [r["dep"][3] for r in rows], "decoy"),
        c("full_time_student", N, "BOOLEAN", [r["dep"][3] == "Child" and r["dep"][2].year < 2008 for r in rows],
          "decoy"),
        c("cob_other_carrier", N, "VARCHAR", [r["carrier"] for r in rows], "business"),
        c("spouse_employer", N, "VARCHAR", [r["spouse_employer"] for r in rows], "business"),
        c("beneficiary_name", "person_name", "VARCHAR", [r["beneficiary"] for r in rows], ROLE),
        c("beneficiary_relationship", N, "VARCHAR", [r["ben_rel"] for r in rows], "decoy"),
        c("effective_date", N, "DATE", g.days("2019-01-01", "2025-12-01"), "decoy"),
        c("termination_date", N, "DATE", g.days("2025-01-01", "2026-06-30", 0.62), "decoy"),
        c("monthly_premium_employee", N, "DECIMAL(8,2)", g.amounts(0, 145.0), "decoy"),
        c("submitted_via", N, "VARCHAR", g.col(g.pick(["benefits-portal", "hris-sync", "benefits-portal"])), "decoy",
          AUDIT, SERVICE),
        c("_loaded_at", N, "TIMESTAMP", [datetime(2025, 12, 1, 2, 15)] * g.rows, "decoy"),
    ])


def screening_checks(g: Gen) -> Table:
    """A Leeds pre-employment screening vendor's candidate checks (snake case): the order and the client's candidate
    reference, the client (``business``), title, forenames, surname, previous surnames (mostly NULL), date of birth
    as ``dd/mm/yyyy`` text, National Insurance number, passport number, current address, town and postcode, a
    five-year address history (``street_address``), mobile and e-mail, the right-to-work share code (``none``) and
    outcome, the DBS level and certificate number (``none``), the credit check, adverse findings (mostly NULL words),
    the first referee's name, e-mail and company, the package, the client's HR contact who ordered the check (few),
    status and times."""
    people = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "uk", female)
        if g.rnd.random() < 0.3:
            a = f"{a} {v.person(g, 'uk', female)[0]}"
        people.append((a, b, female))
    clients = ["Calder Valley Housing Trust", "Irwell Freight Ltd", "Kirkstall Care Homes", "Aire Learning Trust",
               "Wharfedale Security Services"]
    client = [g.rnd.choice(clients) for _ in range(g.rows)]
    ordered = _staff(g, 6, lambda x: v.whole(x, "uk"))
    places = [v.uk_place(g) for _ in range(g.rows)]

    def history() -> str:
        parts = []
        year = 2025
        for _ in range(g.rnd.randint(1, 3)):
            town, postcode = v.uk_place(g)
            start = year - g.rnd.randint(1, 4)
            parts.append(f"{v.uk_street(g)}, {town} {postcode} ({start}-{year})")
            year = start
        return "; ".join(parts)

    def previous(p: tuple[str, str, bool]) -> str | None:
        if not p[2] or g.rnd.random() < 0.35:
            return None if g.rnd.random() < 0.9 else v.family(g, "uk")
        return "; ".join(v.family(g, "uk") for _ in range(g.rnd.choice([1, 1, 2])))

    def finding() -> str:
        return g.rnd.choice(["CCJ 2019 (GBP 1,240), satisfied; declared by candidate",
                             f"Referee {v.whole(g, 'uk')} could not be reached after 3 attempts",
                             "Gap Mar-Aug 2022 explained: caring for a parent",
                             f"Name mismatch on payslip (shows maiden name {v.family(g, 'uk')})"])

    british = [g.rnd.random() < 0.55 for _ in range(g.rows)]
    return Table("screening.candidate_checks", "en", "snake", [
        c("order_ref", N, "VARCHAR", g.col(lambda: f"PVS-{g.rnd.randint(2024, 2025)}-{g.digits(6)}"), "decoy", SHAPE),
        c("client_name", N, "VARCHAR", client, "business"),
        c("client_candidate_ref", N, "VARCHAR", g.col(lambda: f"CAND-{g.digits(5)}"), "decoy"),
        c("title", N, "VARCHAR", [g.rnd.choice(["Ms", "Mrs", "Miss", "Mx"]) if p[2] else g.rnd.choice(["Mr", "Mr",
                                                                                                     "Dr"])
                                  for p in people], "decoy"),
        c("forenames", "first_name", "VARCHAR", [p[0] for p in people]),
        c("surname", "last_name", "VARCHAR", [p[1] for p in people]),
        c("previous_surnames", "last_name", "VARCHAR", [previous(p) for p in people], MULTI, HEAVY),
        c("date_of_birth", "date_of_birth", "VARCHAR", [_dmy(g.birth(1958, 2007)) for _ in range(g.rows)], DOB_TEXT),
        c("ni_number", "national_id", "VARCHAR", g.col(lambda: v.uk_nino(g, g.rnd.random() < 0.4), 0.05)),
        c("passport_number", "national_id", "VARCHAR", [g.digits(9) if b or g.rnd.random() < 0.2 else None
                                                        for b in british]),
        c("current_address", "street_address", "VARCHAR", g.col(lambda: v.uk_street(g))),
        c("current_town", "city", "VARCHAR", [p[0] for p in places]),
        c("current_postcode", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("address_history", "street_address", "VARCHAR", g.col(history, 0.1), MULTI),
        c("mobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.97)),
        c("email", "email", "VARCHAR", _dirty(g, [v.email_of(g, p[0].split()[0], p[1], v.DOMAINS["uk"])
                                                  for p in people], 0.025, ["noemail@none.com", "N/A"]), PLACEHOLDER),
        c("rtw_share_code", N, "VARCHAR", [None if b else g.code("AZZ ZZZ ZZZ").replace("0", "Q").replace("O", "P")
                                           for b in british], "decoy", CREDENTIAL),
        c("rtw_outcome", N, "VARCHAR", ["British passport seen" if b else g.rnd.choice(
            ["Online check - continuous", "Online check - time-limited", "Refer"]) for b in british], "decoy"),
        c("dbs_level", N, "VARCHAR", g.col(g.pick(["Basic", "Standard", "Enhanced", "Enhanced with barred list"])),
          "decoy"),
        c("dbs_certificate_number", N, "VARCHAR", g.col(lambda: "00" + g.digits(10), 0.3), "decoy", SHAPE),
        c("credit_check_result", N, "VARCHAR", g.col(g.pick(["Clear", "Clear", "Clear", "Adverse - minor"]), 0.2),
          "decoy"),
        c("adverse_findings", "free_text", "VARCHAR", g.sparse(finding, 0.86, _words("None", "none")), NULLWORD),
        c("referee_1_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "uk"), 0.15), ROLE),
        c("referee_1_email", "email", "VARCHAR", g.col(lambda: v.work_email(*v.person(g, "uk"), g.rnd.choice(
            ["nhs.net", "leeds.gov.uk", "asda.co.uk", "hermes-europe.co.uk"])), 0.2), ROLE_EMAIL),
        c("referee_1_company", N, "VARCHAR", g.col(g.pick(["Leeds Teaching Hospitals", "Leeds City Council", "Asda",
                                                           "Evri", "Self-employed"]), 0.15), "business"),
        c("package", N, "VARCHAR", g.col(g.pick(["Care Standard", "Driver Plus", "Office Basic"])), "decoy"),
        c("ordered_by", "person_name", "VARCHAR", g.col(g.pick(ordered)), STAFF, ROLE),
        c("status", N, "VARCHAR", g.col(g.pick(["Complete", "Complete", "In progress", "Awaiting candidate"])),
          "decoy"),
        c("ordered_at", N, "TIMESTAMP", g.moments("2025-04-01", "2025-11-30"), "decoy"),
        c("completed_at", N, "TIMESTAMP", g.moments("2025-04-05", "2025-12-15", 0.2), "decoy"),
        c("sla_days", N, "INTEGER", g.ints(1, 21), "decoy"),
    ])


# -- India, Singapore, South Africa ------------------------------------------------------------------------------------


def in_onboarding(g: Gen) -> Table:
    """A Bengaluru IT-services firm's new-joiner onboarding forms (a Darwinbox-like portal, camel case): ids, the
    name as on the Aadhaar, the father's name, birth date as ``dd-mm-yyyy`` text, gender, marital status and blood
    group (``none``), PAN (fifth letter the surname's initial), Aadhaar, the masked Aadhaar (``none``) and a
    verification flag (``none``), UAN (NULL for freshers), passport number (mostly NULL), bank, account number
    (``unclassified``) and IFSC (``none``), personal e-mail, mobile and alternate mobile, current and permanent
    address, current city and PIN code, permanent state (``none``), the emergency contact as name, relation and phone
    (``free_text``), previous employer, joining date, designation, band, CTC, work location (``business``), the HR
    contact (few), the background-verification status and the IP the form was submitted from."""
    people = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.42
        origins = v.ORIGINS["in"]
        origin = g.rnd.choices(list(origins), list(origins.values()))[0]
        males, females, lasts = v.NAMES[origin]
        own = g.rnd.choice(females if female else males)
        people.append((own, g.rnd.choice(lasts), g.rnd.choice([m for m in males if m != own])))
    cities = [g.rnd.choice(v.IN_CITIES[:1] * 5 + v.IN_CITIES[1:]) for _ in range(g.rows)]
    home = [g.rnd.choice(v.IN_CITIES) for _ in range(g.rows)]
    hr = _staff(g, 4, lambda x: v.whole(x, "in"))
    fresher = [g.rnd.random() < 0.4 for _ in range(g.rows)]
    banks = [("HDFC Bank", "HDFC"), ("ICICI Bank", "ICIC"), ("State Bank of India", "SBIN"), ("Axis Bank", "UTIB"),
             ("Kotak Mahindra Bank", "KKBK"), ("Canara Bank", "CNRB")]
    bank = [g.rnd.choice(banks) for _ in range(g.rows)]
    aadhaar = [v.in_aadhaar(g, g.rnd.random() < 0.6) for _ in range(g.rows)]

    def emergency(i: int) -> str:
        _, b, father = people[i]
        who = g.rnd.choice([(father, "Father"), (v.person(g, "in", True)[0], "Mother"),
                            (v.person(g, "in")[0], "Spouse"), (v.person(g, "in")[0], "Brother")])
        number = g.phone("IN", g.rnd.choice(["nsn", "intl"]))
        return g.rnd.choice([f"{who[0]} {b} ({who[1]}) - {number}", f"{who[1]}: {who[0]} {b}, {number}",
                             f"{who[0]} {b} / {number} / {who[1].lower()}"])

    return Table("darwinbox.onboardingSubmissions", "en", "camel", [
        c("submissionId", N, "VARCHAR", g.col(lambda: f"ONB{g.digits(8)}"), "decoy", KEY),
        c("candidateId", N, "VARCHAR", g.col(lambda: f"CAN-{g.digits(6)}"), "decoy", KEY),
        c("empCode", N, "VARCHAR", g.keys(10_482), "decoy", ABBREV),
        c("fullNameAsPerAadhaar", "person_name", "VARCHAR", [f"{a} {b}" for a, b, _ in people]),
        c("fathersName", "person_name", "VARCHAR", [f"{f} {b}" for _, b, f in people], ROLE),
        c("dob", "date_of_birth", "VARCHAR", [g.birth(1972, 2004).strftime("%d-%m-%Y") for _ in range(g.rows)],
          DOB_TEXT, ABBREV),
        c("gender", N, "VARCHAR", g.col(g.pick(["Male", "Female", "Male"])), "decoy"),
        c("maritalStatus", N, "VARCHAR", g.col(g.pick(["Single", "Married", "Single"])), "decoy"),
        c("bloodGroup", N, "VARCHAR", g.col(g.pick(["B+", "O+", "A+", "AB+", "O-"]), 0.2), "decoy"),
        c("panNo", "national_id", "VARCHAR", [v.in_pan(g, b) for _, b, _ in people], ABBREV),
        c("aadhaarNo", "national_id", "VARCHAR", aadhaar),
        c("aadhaarMasked", N, "VARCHAR", ["XXXX XXXX " + x.replace(" ", "")[-4:] for x in aadhaar], "decoy",
          PARTIAL),
        c("aadhaarVerified", N, "BOOLEAN", g.yn(True, False, 0.93), "decoy", NAME_DECOY),
        c("uanNo", "national_id", "VARCHAR", [None if f else "10" + g.digits(10) for f in fresher], ABBREV),
        c("passportNo", "national_id", "VARCHAR", g.col(lambda: g.code("A9999999"), 0.7), HEAVY),
        c("bankName", N, "VARCHAR", [b[0] for b in bank], "decoy"),
        c("bankAccountNo", USERNAME, "VARCHAR", [g.rnd.choice(["5010", "0", "3", "9"]) + g.digits(g.rnd.randint(9, 13))
                                                 for _ in range(g.rows)], BANK),
        c("ifscCode", N, "VARCHAR", [b[1] + "0" + g.code("999999") for b in bank], "decoy", SHAPE),
        c("personalEmail", "email", "VARCHAR", _dirty(g, [v.email_of(g, a, b, v.DOMAINS["in"]) for a, b, _ in people],
                                                      0.03, ["na@na.com", "test@example.com"]), PLACEHOLDER),
        c("mobileNo", "phone", "VARCHAR", g.phones("IN", {"nsn": 0.5, "intl": 0.3, "e164": 0.2})),
        c("alternateMobile", "phone", "VARCHAR", g.phones("IN", {"nsn": 0.7, "e164": 0.3}, null=0.6), HEAVY),
        c("currentAddress", "street_address", "VARCHAR", [v.in_address(g, city) for city in cities]),
        c("currentCity", "city", "VARCHAR", [city[0] for city in cities]),
        c("currentPincode", "postal_code", "VARCHAR", [f"{city[2]}{g.rnd.randint(1, 103):03d}" for city in cities]),
        c("permanentAddress", "street_address", "VARCHAR", [v.in_address(g, h) + f", {h[0]} - {h[2]}"
                                                            f"{g.rnd.randint(1, 99):03d}" for h in home]),
        c("permanentState", N, "VARCHAR", [h[1] for h in home], "decoy"),
        c("emergencyContact", "free_text", "VARCHAR", [emergency(i) for i in range(g.rows)], MIXED),
        c("previousEmployer", N, "VARCHAR", ["Fresher" if f else g.rnd.choice(["Infosys Ltd", "Wipro Ltd",
                                                                            "Tata Consultancy Services", "HCLTech",
                                                                            "Accenture Solutions Pvt Ltd",
                                                                            "Mindtree"]) for f in fresher], "decoy"),
        c("joiningDate", N, "DATE", g.days("2025-06-02", "2026-01-19"), "decoy"),
        c("designation", N, "VARCHAR", g.col(g.pick(["Associate Software Engineer", "Software Engineer",
                                                     "Senior Software Engineer", "QA Analyst", "Tech Lead"])),
          "decoy"),
        c("band", N, "VARCHAR", g.col(g.pick(["A1", "A2", "B1", "B2", "C1"])), "decoy"),
        c("ctcLpa", N, "DECIMAL(6,2)", g.amounts(3.6, 32.0), "decoy", ABBREV),
        c("workLocation", N, "VARCHAR", g.col(g.pick(["Bengaluru - Manyata Tech Park", "Bengaluru - EGL",
                                                     "Chennai - Olympia Tech Park", "Hyderabad - Mindspace"])),
          "business"),
        c("hrSpoc", "person_name", "VARCHAR", g.col(g.pick(hr)), STAFF, ROLE, ABBREV),
        c("bgvStatus", N, "VARCHAR", g.col(g.pick(["Initiated", "Green", "Green", "Amber", "Insufficiency"])),
          "decoy", ABBREV),
        c("submittedFromIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.05)),
    ])


def sg_work_passes(g: Gen) -> Table:
    """A Singapore caterer's work-pass and NRIC register (40 rows, snake case): employee id, the name as on the NRIC
    or passport, the NRIC (citizens and PRs, ``S``/``T``) or FIN (foreign workers, ``F``/``G``), nationality and
    residency status, pass type (``none``), passport number (foreigners), birth date, mobile, home address (an HDB
    flat or a dormitory) and postal code, CPF flag, levy tier, pass expiry, salary, department, the work location and
    the company's UEN (``business``), the HR officer (few) and remarks (mostly NULL words)."""
    rows = []
    for i in range(g.rows):
        foreign = i % 20 >= 9
        born = g.birth(1966, 2004)
        if foreign:
            nationality = g.rnd.choice(list(v.SG_FOREIGN))
            name = g.rnd.choice(v.SG_FOREIGN[nationality])
            passport = {"Bangladeshi": "A0" + g.digits(7), "Malaysian": "A" + g.digits(8),
                        "Chinese": "E" + g.digits(8), "Indian": g.code("A9999999"), "Filipino": "P" + g.digits(7)
                        + g.code("A"), "Myanmar": "MC" + g.digits(6)}[nationality]
            status = g.rnd.choice(["WP", "WP", "S Pass", "EP"])
            if g.rnd.random() < 0.5 and nationality in ("Bangladeshi", "Indian", "Myanmar"):
                dorm = g.rnd.choice(v.SG_DORMS)
                address, postal = f"{dorm[0]}, {dorm[1]}", dorm[2]
            else:
                address, postal = v.sg_home(g)
        else:
            nationality = "Singaporean" if g.rnd.random() < 0.85 else "Malaysian"
            name = v.sg_local(g)
            passport = None
            status = "SC" if nationality == "Singaporean" else "SPR"
            address, postal = v.sg_home(g)
        rows.append({"name": name, "nric": v.sg_nric(g, born, foreign), "nat": nationality, "status": status,
                     "passport": passport, "born": born, "address": address, "postal": postal, "foreign": foreign})
    officers = _staff(g, 3, lambda x: v.sg_local(x))

    def remark() -> str:
        return g.rnd.choice([f"Pass renewal submitted by {g.rnd.choice(officers)}", "Medical exam due",
                             f"Transferred from Tampines kitchen, sup. {v.sg_local(g)}"])

    return Table("workpass.pass_holders", "en", "snake", [
        c("emp_id", N, "VARCHAR", [f"JHC{i + 301:04d}" for i in range(g.rows)], "decoy", ABBREV),
        c("name_as_per_nric", "person_name", "VARCHAR", [r["name"] for r in rows]),
        c("nric_fin", "national_id", "VARCHAR", [r["nric"] for r in rows]),
        c("nationality", N, "VARCHAR", [r["nat"] for r in rows], "decoy"),
        c("residency_status", N, "VARCHAR", [r["status"] for r in rows], "decoy"),
        c("pass_type", N, "VARCHAR", [r["status"] if r["foreign"] else "-" for r in rows], "decoy"),
        c("passport_no", "national_id", "VARCHAR", [r["passport"] for r in rows]),
        c("dob", "date_of_birth", "DATE", [r["born"] for r in rows], ABBREV),
        c("mobile", "phone", "VARCHAR", g.phones("SG", {"nsn": 0.5, "intl": 0.3, "e164": 0.2})),
        c("res_address", "street_address", "VARCHAR", [r["address"] for r in rows], ABBREV),
        c("postal_code", "postal_code", "VARCHAR", [r["postal"] for r in rows]),
        c("cpf_applicable", N, "BOOLEAN", [not r["foreign"] for r in rows], "decoy"),
        c("levy_tier", N, "VARCHAR", [g.rnd.choice(["Basic", "Tier 2"]) if r["foreign"] else "" for r in rows],
          "decoy"),
        c("pass_expiry", N, "DATE", [g.day("2026-01-01", "2027-12-31") if r["foreign"] else None for r in rows],
          "decoy"),
        c("basic_salary_sgd", N, "DECIMAL(9,2)", g.amounts(1_400, 6_800), "decoy"),
        c("dept", N, "VARCHAR", g.col(g.pick(["Central Kitchen", "Logistics", "Events", "Admin"])), "decoy", ABBREV),
        c("work_location", N, "VARCHAR", g.col(g.pick(["2 Jurong Port Rd, Singapore 619088",
                                                      "11 Tampines Industrial Ave 1, Singapore 528791"])),
          "business"),
        c("sponsor_uen", N, "VARCHAR", [v.sg_uen(Gen("sg_work_passes:uen", 1))] * g.rows, "business", SHAPE, CHECK),
        c("hr_officer", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF, ROLE),
        c("remarks", "free_text", "VARCHAR", g.sparse(remark, 0.78, _words("NIL")), NULLWORD),
    ])


def workday_talent(g: Gen) -> Table:
    """A Johannesburg insurer's Workday org chart with its talent review (Workday report field names): worker id,
    legal first and last name, preferred name, SA ID number (encoding the birth date and sex) and birth date, title,
    job profile and code, Paterson grade, management level, supervisory organisation, cost centre, location and its
    switchboard (``business``), work e-mail and company mobile, the manager's id and name, the matrix manager (mostly
    NULL), the HR business partner (few), hire and service dates, the rating, potential, nine-box and flight risk
    (``none``), successors (``;``-separated), talent-review comments naming people, the review date, worker type, FTE
    and a preferred-name flag (``none``)."""
    domain = "highveldmutual.co.za"
    workers = []
    for i in range(g.rows):
        female = g.rnd.random() < 0.52
        a, b = v.person(g, "za", female)
        born = g.birth(1962, 2003)
        workers.append({"id": f"{21000 + i * 3}", "first": a, "last": b, "female": female, "born": born,
                        "sa_id": v.za_id(g, born, female, g.rnd.random() < 0.96)})
    managers = list(range(25))
    for i, w in enumerate(workers):
        w["mgr"] = g.rnd.choice([m for m in (managers if i >= 5 else range(5)) if m != i])
    nick = {"Kobus": "Kobus", "Johan": "Jo", "Francois": "Frans", "Siyabonga": "Siya", "Sibusiso": "Sbu",
            "Boitumelo": "Tumi", "Nokuthula": "Nox", "Bongani": "Bongi", "Hendrik": "Henk", "Themba": "TK"}
    locations = [("Johannesburg - Rivonia Road", g.phone("ZA", "national", mobile=False)),
                 ("Cape Town - Foreshore", g.phone("ZA", "national", mobile=False)),
                 ("Durban - Umhlanga Ridge", g.phone("ZA", "national", mobile=False)),
                 ("Pretoria - Menlyn", g.phone("ZA", "national", mobile=False))]
    loc = [g.rnd.choice(locations) for _ in range(g.rows)]
    hrbp = _staff(g, 4, lambda x: v.whole(x, "za"))

    def name(i: int) -> str:
        return f"{workers[i]['first']} {workers[i]['last']}"

    def successors() -> str | None:
        if g.rnd.random() < 0.55:
            return None
        return "; ".join(name(g.rnd.randrange(g.rows)) for _ in range(g.rnd.choice([1, 2, 2, 3])))

    def comment(i: int) -> str | None:
        if g.rnd.random() < 0.2:
            return None
        a = workers[i]["first"]
        return g.rnd.choice([f"{a} is ready for a team-lead role in 12 months; mentor: {name(g.rnd.randrange(25))}.",
                             f"Flight risk - {a} was approached by a competitor. Retention bonus discussed.",
                             "Solid performer; development area is stakeholder management.",
                             f"Calibrated down from 4 to 3 after discussion with {name(workers[i]['mgr'])}.",
                             f"{a} returns from maternity leave in March." if workers[i]["female"] else
                             f"{a} is completing his actuarial exams (A311)."])

    grades = ["B4", "C1", "C2", "C3", "C4", "C5", "D1", "D2", "D3", "E1"]
    return Table("workday_raw.talent_review_org_chart", "en", "workday", [
        c("Worker_ID", N, "VARCHAR", [w["id"] for w in workers], "decoy", KEY),
        c("Legal_Name_First_Name", "first_name", "VARCHAR", [w["first"] for w in workers]),
        c("Legal_Name_Last_Name", "last_name", "VARCHAR", [w["last"] for w in workers]),
        c("Preferred_Name", "first_name", "VARCHAR", [nick.get(w["first"]) if g.rnd.random() < 0.8 else None
                                                      for w in workers], PREFERRED, HEAVY),
        c("Preferred_Name_Flag", N, "VARCHAR", ["Y" if w["first"] in nick else "N" for w in workers], "decoy",
          NAME_DECOY),
        c("National_ID", "national_id", "VARCHAR", [w["sa_id"] for w in workers]),
        c("Date_of_Birth", "date_of_birth", "DATE", [w["born"] for w in workers]),
        c("Business_Title", N, "VARCHAR", g.col(g.pick(["Claims Assessor", "Senior Underwriter", "Actuarial Analyst",
                                                        "Broker Consultant", "Team Lead: Claims", "Data Engineer"])),
          "decoy"),
        c("Job_Profile", N, "VARCHAR", g.col(g.pick(["Claims Assessment", "Underwriting", "Actuarial", "Distribution",
                                                     "Technology"])), "decoy"),
        c("Job_Code", N, "VARCHAR", g.col(lambda: g.code("JP-99999")), "decoy", SHAPE),
        c("Grade", N, "VARCHAR", g.col(g.pick(grades)), "decoy"),
        c("Management_Level", N, "VARCHAR", ["Manager" if i < 25 else g.rnd.choice(["Individual Contributor",
                                                                                     "Supervisor"])
                                             for i in range(g.rows)], "decoy"),
        c("Supervisory_Organization", N, "VARCHAR", g.col(g.pick(["Group Actuarial", "Claims Operations Gauteng",
                                                                  "Commercial Underwriting", "Broker Distribution",
                                                                  "Data & Analytics"])), "decoy"),
        c("Cost_Center", N, "VARCHAR", g.col(lambda: f"CC-{g.rnd.choice(['41020', '41030', '52010', '60100'])}"),
          "decoy"),
        c("Location", N, "VARCHAR", [x[0] for x in loc], "business"),
        c("Location_Phone", N, "VARCHAR", [x[1] for x in loc], "business"),
        c("Work_Email", "email", "VARCHAR", [v.work_email(w["first"], w["last"], domain) for w in workers],
          WORK_EMAIL),
        c("Work_Mobile", "phone", "VARCHAR", g.phones("ZA", {"national": 0.5, "intl": 0.3, "e164": 0.2}, null=0.25)),
        c("Manager_Worker_ID", N, "VARCHAR", [workers[w["mgr"]]["id"] for w in workers], "decoy", KEY),
        c("Manager_Name", "person_name", "VARCHAR", [name(w["mgr"]) for w in workers], ROLE),
        c("Matrix_Manager", "person_name", "VARCHAR", [name(g.rnd.randrange(25)) if g.rnd.random() < 0.25 else None
                                                       for _ in workers], ROLE, HEAVY),
        c("HR_Business_Partner", "person_name", "VARCHAR", g.col(g.pick(hrbp)), STAFF, ROLE),
        c("Hire_Date", N, "DATE", g.days("2004-01-05", "2025-10-01"), "decoy"),
        c("Continuous_Service_Date", N, "DATE", g.days("2004-01-05", "2025-10-01"), "decoy"),
        c("Performance_Rating", N, "VARCHAR", g.col(g.pick(["2 - Partially Meets", "3 - Fully Meets",
                                                            "3 - Fully Meets", "4 - Exceeds", "5 - Outstanding"])),
          "decoy"),
        c("Potential", N, "VARCHAR", g.col(g.pick(["Low", "Medium", "High"])), "decoy"),
        c("Nine_Box", N, "VARCHAR", g.col(g.pick(["Core Player", "High Performer", "Future Star", "Solid Performer",
                                                  "Inconsistent Player"])), "decoy"),
        c("Flight_Risk", N, "VARCHAR", g.col(g.pick(["Low", "Low", "Medium", "High"])), "decoy"),
        c("Successor_Candidates", "person_name", "VARCHAR", [successors() for _ in workers], MULTI, HEAVY, ROLE),
        c("Talent_Review_Comments", "free_text", "VARCHAR", [comment(i) for i in range(g.rows)]),
        c("Last_Review_Date", N, "DATE", g.days("2025-02-01", "2025-09-30"), "decoy"),
        c("Worker_Type", N, "VARCHAR", g.col(g.pick(["Employee", "Employee", "Employee", "Contingent Worker"])),
          "decoy"),
        c("FTE", N, "DECIMAL(4,2)", [g.rnd.choice([1.0, 1.0, 1.0, 0.8, 0.5]) for _ in workers], "decoy"),
    ])


# -- expenses, exit survey ---------------------------------------------------------------------------------------------


def concur_expenses(g: Gen) -> Table:
    """An Atlanta consultancy's Concur SAE expense entries (column names with spaces): report and entry ids, the
    employee id, last and first name and org unit, the approver (few, ``Last, First``) and their id, expense type,
    vendor and the vendor's city (``business``), date, amount, currency, payment type, the corporate card number in
    clear (``credit_card``) and its last four digits (``none``), the business purpose naming guests (``free_text``),
    the attendees (``;``-separated, mostly NULL), the attendee count, receipt id, GL account, cost centre, an opaque
    report custom field (a project code: ``none``) and an opaque employee custom field (the employee's mobile),
    approval status and date."""
    n = 150
    staff = [v.person(g, "us") for _ in range(n)]
    staff_ids = [f"{g.rnd.randint(100000, 199999)}" for _ in range(n)]
    cards = [v.card(g) if g.rnd.random() < 0.85 else None for _ in range(n)]
    mobiles = [g.phone("US", g.rnd.choice(["national", "dashes", "e164"])) if g.rnd.random() < 0.6 else None
               for _ in range(n)]
    approvers = [v.person(g, "us") for _ in range(6)]
    approver_ids = [f"{g.rnd.randint(100000, 199999)}" for _ in approvers]
    emp = [g.rnd.randrange(n) for _ in range(g.rows)]
    appr = [g.rnd.randrange(len(approvers)) for _ in range(g.rows)]
    types = [g.rnd.choices(["Airfare", "Hotel", "Business Meal (Attendees)", "Taxi/Rideshare", "Mileage",
                            "Office Supplies"], [15, 20, 25, 20, 8, 12])[0] for _ in range(g.rows)]
    vendors = {"Airfare": [("Delta Air Lines", "Atlanta"), ("Southwest Airlines", "Dallas")],
               "Hotel": [("Marriott Buckhead", "Atlanta"), ("Hilton Nashville Downtown", "Nashville"),
                         ("Hyatt Regency Minneapolis", "Minneapolis")],
               "Business Meal (Attendees)": [("Ecco Midtown", "Atlanta"), ("The Optimist", "Atlanta"),
                                             ("Husk Nashville", "Nashville")],
               "Taxi/Rideshare": [("Uber", "San Francisco"), ("Lyft", "San Francisco")],
               "Mileage": [("Personal car", "")], "Office Supplies": [("Staples", "Framingham"), ("Amazon", "Seattle")]}
    vendor = [g.rnd.choice(vendors[t]) for t in types]
    pay = [("Personal" if t == "Mileage" else g.rnd.choice(["Corporate Card", "Corporate Card", "Cash"]))
           for t in types]
    card_used = [cards[emp[i]] if pay[i] == "Corporate Card" else None for i in range(g.rows)]

    def attendees(i: int) -> str | None:
        if types[i] != "Business Meal (Attendees)" or g.rnd.random() < 0.1:
            return None
        names = [f"{staff[emp[i]][0]} {staff[emp[i]][1]}"] + [v.whole(g, "us") + g.rnd.choice(
            ["", " (Acme Logistics)", " (Fulton County Schools)", ""]) for _ in range(g.rnd.randint(1, 4))]
        return "; ".join(names)

    att = [attendees(i) for i in range(g.rows)]

    def purpose(i: int) -> str:
        t = types[i]
        if t == "Business Meal (Attendees)":
            return g.rnd.choice([f"Client dinner with {v.whole(g, 'us')} (CFO) re: Q3 audit",
                                 f"Team lunch - farewell for {v.given(g, 'us')}",
                                 f"Recruiting dinner with candidate {v.whole(g, 'us')}"])
        if g.rnd.random() < 0.35:
            return g.rnd.choice([f"Travel to client site; met {v.whole(g, 'us')}",
                                 f"Onsite workshop hosted by {v.given(g, 'us')} at client"])
        return g.rnd.choice(["Flight to client site", "Hotel - 2 nights, engagement kickoff", "Airport transfer",
                             "Printer toner", "Mileage to client office"])

    return Table("concur_sae.expense_entries", "en", "spaced", [
        c("Report ID", N, "VARCHAR", g.col(lambda: g.code("ZZZZZZZZZZZZZZZZZZZZ")), "decoy", SHAPE),
        c("Report Entry ID", N, "BIGINT", g.keys(7_700_001), "decoy", KEY),
        c("Employee ID", N, "VARCHAR", [staff_ids[e] for e in emp], "decoy"),
        c("Employee Last Name", "last_name", "VARCHAR", [staff[e][1] for e in emp]),
        c("Employee First Name", "first_name", "VARCHAR", [staff[e][0] for e in emp]),
        c("Employee Org Unit", N, "VARCHAR", g.col(g.pick(["Advisory - Atlanta", "Audit - Atlanta", "Tax - Nashville",
                                                           "Risk - Minneapolis"])), "decoy"),
        c("Approver Name", "person_name", "VARCHAR", [f"{approvers[a][1]}, {approvers[a][0]}" for a in appr], STAFF,
          ROLE),
        c("Approver Employee ID", N, "VARCHAR", [approver_ids[a] for a in appr], "decoy", KEY),
        c("Expense Type", N, "VARCHAR", types, "decoy"),
        c("Vendor Description", N, "VARCHAR", [x[0] for x in vendor], "business"),
        c("City of Purchase", N, "VARCHAR", [x[1] for x in vendor], "business"),
        c("Transaction Date", N, "DATE", g.days("2025-07-01", "2025-11-30"), "decoy"),
        c("Posted Amount", N, "DECIMAL(10,2)", g.amounts(4.5, 1_450.0), "decoy"),
        c("Currency", N, "VARCHAR", ["USD"] * g.rows, "decoy"),
        c("Payment Type", N, "VARCHAR", pay, "decoy"),
        c("Billed Card Account Number", "credit_card", "VARCHAR", card_used),
        c("Card Last 4", N, "VARCHAR", [x[-4:] if x else None for x in card_used], "decoy", PARTIAL),
        c("Business Purpose", "free_text", "VARCHAR", [purpose(i) for i in range(g.rows)]),
        c("Attendee Names", "person_name", "VARCHAR", att, MULTI, ROLE, HEAVY),
        c("Attendee Count", N, "INTEGER", [len(a.split("; ")) if a else 1 for a in att], "decoy"),
        c("Receipt Image ID", N, "VARCHAR", g.col(lambda: g.code("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx").upper(), 0.2),
          "decoy", SHAPE),
        c("GL Account", N, "VARCHAR", [{"Airfare": "640100", "Hotel": "640200", "Business Meal (Attendees)": "640500",
                                        "Taxi/Rideshare": "640300", "Mileage": "640310",
                                        "Office Supplies": "620100"}[t] for t in types], "decoy"),
        c("Cost Center", N, "VARCHAR", g.col(lambda: f"CC{g.rnd.randint(1100, 1190)}"), "decoy"),
        c("Report Custom 2", N, "VARCHAR", g.col(lambda: f"ENG-{g.rnd.randint(2025001, 2025240)}", 0.15), "decoy",
          OPAQUE),
        c("Employee Custom 4", "phone", "VARCHAR", [mobiles[e] for e in emp], OPAQUE),
        c("Approval Status", N, "VARCHAR", g.col(g.pick(["Approved", "Approved", "Approved", "Sent Back",
                                                         "Pending Cost Object Approval"])), "decoy"),
        c("Approved Date", N, "DATE", g.days("2025-07-05", "2025-12-10", 0.1), "decoy"),
    ])


RESPONSE_ID_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"


def exit_survey(g: Gen) -> Table:
    """A Leeds building society's Qualtrics exit-interview survey (28 rows, Qualtrics export names): response id,
    times, status (``IP Address``: ``none``), the respondent's IP address and the latitude and longitude Qualtrics
    derives from it (``none``), progress, duration, finished flag, the leaver's last and first name and work e-mail,
    the external reference (employee number), channel, language, the answers ``Q1`` (reason: ``none``), ``Q2`` (a
    score), ``Q3_TEXT`` (comments naming people: ``free_text``), ``Q4`` (would return), ``Q5_TEXT`` (a personal
    e-mail address for the P45), ``Q6_TEXT`` (the new employer: ``none``), ``Q7_TEXT`` (a phone number for a
    follow-up call), and embedded data: leaving date, the manager (few) and department."""
    domain = "kirkgatebs.co.uk"
    people = _people(g, g.rows, "uk")
    managers = _staff(g, 5, lambda x: v.whole(x, "uk"))
    manager = [g.rnd.choice(managers) for _ in range(g.rows)]
    starts = g.moments("2025-06-01", "2025-11-30")

    def comment(i: int) -> str | None:
        if g.rnd.random() < 0.15:
            return None
        first = manager[i].split()[0]
        return g.rnd.choice([f"{first} was supportive but the branch was understaffed for months.",
                             f"No progression since 2021. I asked {manager[i]} twice about the mortgage adviser role.",
                             "Pay is below other lenders in Leeds.",
                             f"Please thank {v.whole(g, 'uk')} in the contact centre for all the help.",
                             "Hybrid working was withdrawn without consultation."])

    return Table("qualtrics.exit_survey_responses", "en", "pascal", [
        c("ResponseId", N, "VARCHAR", g.col(lambda: "R_" + g.digits(15, RESPONSE_ID_ALPHABET)), "decoy", KEY, SHAPE),
        c("StartDate", N, "TIMESTAMP", starts, "decoy"),
        c("EndDate", N, "TIMESTAMP", [s + timedelta(seconds=g.rnd.randint(120, 1500)) for s in starts], "decoy"),
        c("Status", N, "VARCHAR", ["IP Address"] * (g.rows - 2) + ["Survey Preview", "IP Address"], "decoy"),
        c("IPAddress", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3))),
        c("Progress", N, "INTEGER", [100 if g.rnd.random() < 0.85 else g.rnd.randint(20, 90) for _ in range(g.rows)],
          "decoy"),
        c("Duration (in seconds)", N, "INTEGER", g.ints(120, 1500), "decoy"),
        c("Finished", N, "BOOLEAN", g.yn(True, False, 0.85), "decoy"),
        c("RecipientLastName", "last_name", "VARCHAR", [b for _, b in people]),
        c("RecipientFirstName", "first_name", "VARCHAR", [a for a, _ in people]),
        c("RecipientEmail", "email", "VARCHAR", [v.work_email(a, b, domain) for a, b in people], WORK_EMAIL),
        c("ExternalReference", N, "VARCHAR", g.col(lambda: f"KBS{g.digits(5)}"), "decoy"),
        c("LocationLatitude", N, "DOUBLE", [round(53.80 + g.rnd.uniform(-0.2, 0.2), 4) for _ in range(g.rows)],
          "decoy", COORD),
        c("LocationLongitude", N, "DOUBLE", [round(-1.55 + g.rnd.uniform(-0.3, 0.3), 4) for _ in range(g.rows)],
          "decoy", COORD),
        c("DistributionChannel", N, "VARCHAR", g.col(g.pick(["email", "email", "anonymous"])), "decoy"),
        c("UserLanguage", N, "VARCHAR", ["EN-GB"] * g.rows, "decoy"),
        c("Q1", N, "VARCHAR", g.col(g.pick(["Career progression", "Pay and benefits", "Relocation", "Manager",
                                            "Work-life balance", "Retirement"])), "decoy", OPAQUE),
        c("Q2", N, "INTEGER", g.ints(1, 10, 0.05), "decoy", OPAQUE),
        c("Q3_TEXT", "free_text", "VARCHAR", [comment(i) for i in range(g.rows)], OPAQUE),
        c("Q4", N, "VARCHAR", g.col(g.pick(["Yes", "No", "Maybe"])), "decoy", OPAQUE),
        c("Q5_TEXT", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["uk"]) if g.rnd.random() < 0.75 else None
                                          for a, b in people], OPAQUE, MISLEADING),
        c("Q6_TEXT", N, "VARCHAR", g.col(g.pick(["Yorkshire Building Society", "Leeds City Council", "NHS", "Not yet",
                                                 "Skipton BS", "Retiring"]), 0.2), "decoy", OPAQUE),
        c("Q7_TEXT", "phone", "VARCHAR", g.phones("GB", {"national": 0.7, "digits": 0.3}, 0.9, 0.35), OPAQUE,
          MISLEADING),
        c("leaving_date", N, "DATE", [s.date() + timedelta(days=g.rnd.randint(3, 30)) for s in starts], "decoy"),
        c("manager_name", "person_name", "VARCHAR", manager, STAFF, ROLE),
        c("department", N, "VARCHAR", g.col(g.pick(["Branch Network", "Mortgage Operations", "Contact Centre",
                                                    "Finance"])), "decoy"),
    ])


# -- Germany, France, Brazil -------------------------------------------------------------------------------------------


def sap_lso(g: Gen) -> Table:
    """A Bavarian parts maker's SAP learning completions (``LSO_TEILNAHMEN``, SAP field names in German): personnel
    number, family name, first name, call name (``RUFNM``, mostly empty), birth date as SAP ``YYYYMMDD`` text, gender
    key, work e-mail, an opaque extra field holding the private mobile, org unit, cost centre and plant, course id,
    short code and text, begin and end, status, result and certificate number, the trainer (few), the supervisor
    (``Nachname, Vorname``), the venue and its switchboard (``business``), a remark (mostly NULL words), the SAP user
    who created the row and the change date."""
    domain = "donautal-zt.de"
    n = 260
    staff = [v.person(g, "de") for _ in range(n)]
    pernr = [f"{g.rnd.randint(10_000_000, 10_099_999)}" for _ in range(n)]
    rufnm = [{"Maximilian": "Max", "Johanna": "Hanna", "Sebastian": "Basti", "Franziska": "Franzi",
              "Katharina": "Kathi", "Matthias": "Matze"}.get(a, "") for a, _ in staff]
    births = [g.birth(1963, 2007) for _ in range(n)]
    mobile = [g.phone("DE", g.rnd.choice(["national", "intl", "e164"])) if g.rnd.random() < 0.6 else None
              for _ in range(n)]
    supervisors = [v.person(g, "de") for _ in range(22)]
    sup = [g.rnd.choice(supervisors) for _ in range(n)]
    trainers = _staff(g, 6, lambda x: v.whole(x, "de"))
    courses = [("UNT-AS-25", "Unterweisung Arbeitssicherheit 2025"), ("DSGVO-GS", "Datenschutz-Grundschulung"),
               ("STAP-AUF", "Staplerschein Auffrischung"), ("EH-KURS", "Erste-Hilfe-Kurs"),
               ("IATF-16949", "IATF 16949 Grundlagen"), ("KRAN-BED", "Kranbedienerschulung")]
    course = [g.rnd.choice(courses) for _ in range(g.rows)]
    venues = [("Werk Ingolstadt, Schulungsraum 2.14", g.phone("DE", "national", mobile=False)),
              ("Werk Neuburg, Kantine OG", g.phone("DE", "national", mobile=False)), ("E-Learning", None)]
    venue = [g.rnd.choice(venues) for _ in range(g.rows)]
    p = [g.rnd.randrange(n) for _ in range(g.rows)]
    begin = [g.day("2025-01-13", "2025-11-28") for _ in range(g.rows)]
    users = _staff(g, 4, lambda x: (v.family(x, "de")[:7] + v.given(x, "de")[0]).upper().replace("Ü", "UE")
                   .replace("Ö", "OE").replace("Ä", "AE").replace("İ", "I").replace("İ", "I"))

    def remark() -> str:
        return g.rnd.choice([f"Nachholtermin wegen Elternzeit, Rücksprache mit Frau {v.family(g, 'de')}",
                             f"Vertretung für {v.whole(g, 'de')} übernommen",
                             "Prüfung nicht bestanden, Wiederholung Q1",
                             "Teilnahme nur bis 12:00 (Arzttermin)"])

    return Table("SAP_HR.LSO_TEILNAHMEN", "de", "screaming", [
        c("PERNR", N, "VARCHAR", [pernr[x] for x in p], "decoy", ABBREV),
        c("NACHN", "last_name", "VARCHAR", [staff[x][1] for x in p], ABBREV),
        c("VORNA", "first_name", "VARCHAR", [staff[x][0] for x in p], ABBREV),
        c("RUFNM", "first_name", "VARCHAR", [rufnm[x] if rufnm[x] or g.rnd.random() < 0.6 else staff[x][0]
                                             for x in p], PREFERRED, ABBREV),
        c("GBDAT", "date_of_birth", "VARCHAR", [births[x].strftime("%Y%m%d") for x in p], DOB_TEXT, ABBREV),
        c("GESCH", N, "VARCHAR", [g.rnd.choice(["1", "2"]) for _ in p], "decoy", ABBREV),
        c("E_MAIL", "email", "VARCHAR", [v.work_email(staff[x][0], staff[x][1], domain) for x in p], WORK_EMAIL),
        c("ZUSATZFELD_1", "phone", "VARCHAR", [mobile[x] for x in p], OPAQUE),
        c("ORGEH", N, "VARCHAR", [f"5000{g.rnd.randint(1000, 1099)}" for _ in p], "decoy", ABBREV),
        c("KOSTL", N, "VARCHAR", [f"0000{g.rnd.choice(['410200', '410300', '520100', '610000'])}" for _ in p], "decoy",
          ABBREV),
        c("WERKS", N, "VARCHAR", [g.rnd.choice(["DE01", "DE01", "DE02"]) for _ in p], "decoy", ABBREV),
        c("KURS_ID", N, "VARCHAR", [f"E 5000{courses.index(k) + 1:04d}" for k in course], "decoy", SHAPE),
        c("KURSKUERZEL", N, "VARCHAR", [k[0] for k in course], "decoy"),
        c("KURSTEXT", N, "VARCHAR", [k[1] for k in course], "decoy"),
        c("BEGDA", N, "VARCHAR", [b.strftime("%Y%m%d") for b in begin], "decoy", ABBREV),
        c("ENDDA", N, "VARCHAR", [(b + timedelta(days=g.rnd.choice([0, 0, 1, 2]))).strftime("%Y%m%d") for b in begin],
          "decoy", ABBREV),
        c("TEILNSTATUS", N, "VARCHAR", g.col(g.pick(["abgeschlossen", "abgeschlossen", "gebucht", "storniert",
                                                      "nicht erschienen"])), "decoy", ABBREV),
        c("ERGEBNIS", N, "INTEGER", g.ints(40, 100, 0.3), "decoy"),
        c("ZERTNR", N, "VARCHAR", g.col(lambda: f"Z-2025-{g.digits(6)}", 0.35), "decoy", SHAPE, ABBREV),
        c("REFERENT", "person_name", "VARCHAR", [None if k[1] == "E-Learning" else g.rnd.choice(trainers)
                                                 for k in venue], STAFF, ROLE),
        c("VORGESETZTER", "person_name", "VARCHAR", [f"{sup[x][1]}, {sup[x][0]}" for x in p], ROLE),
        c("SCHULUNGSORT", N, "VARCHAR", [k[0] for k in venue], "business"),
        c("TELNR_STANDORT", N, "VARCHAR", [k[1] for k in venue], "business", ABBREV),
        c("BEMERKUNG", "free_text", "VARCHAR", g.sparse(remark, 0.85, _words("keine", "k.A.")), NULLWORD),
        c("ERNAM", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, AUDIT, ABBREV),
        c("AEDTM", N, "VARCHAR", [(b + timedelta(days=g.rnd.randint(1, 20))).strftime("%Y%m%d") for b in begin],
          "decoy", ABBREV),
    ])


def fr_dsn(g: Gen) -> Table:
    """A Lyon machine shop's payroll extract for the DSN (French, snake case): matricule, title, family name, usage
    name (mostly empty), given names (one to three), NIR (encoding the sex, the birth year and month and the place of
    birth), birth date, place and département of birth, address, postcode, commune, country, mobile, personal
    e-mail, IBAN and BIC, job, PCS-ESE and IDCC codes, status, entry and exit dates and exit reason, gross and taxable
    pay, the withholding rate, the establishment's SIRET and the provident fund (``business``), its contract number,
    and the payroll clerk's login."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.35
        a, b = v.person(g, "fr", female)
        extra = [v.person(g, "fr", female)[0] for _ in range(g.rnd.choices([0, 1, 2], [50, 35, 15])[0])]
        born = g.birth(1962, 2006)
        if g.rnd.random() < 0.85:
            place = g.rnd.choice(v.FR_COMMUNES)
            birthplace, code = place[0], place[2]
        else:
            city, country = g.rnd.choice(v.FR_ABROAD)
            birthplace, code = city, "99" + country
        usage = v.family(g, "fr") if female and g.rnd.random() < 0.55 else ""
        rows.append({"first": " ".join([a, *extra]), "last": b, "female": female, "born": born,
                     "birthplace": birthplace, "dept": code[:2], "nir": v.fr_nir(g, female, born, code),
                     "usage": usage, "home": g.rnd.choice(v.FR_COMMUNES)})
    sirets = [v.fr_siret(g) for _ in range(2)]
    clerks = _staff(g, 3, lambda x: v.login(*v.person(x, "fr"), 0))
    left = [g.rnd.random() < 0.38 for _ in range(g.rows)]

    def nir_text(nir: str) -> str:
        if g.rnd.random() < 0.4:
            return f"{nir[0]} {nir[1:3]} {nir[3:5]} {nir[5:7]} {nir[7:10]} {nir[10:13]} {nir[13:]}"
        return nir

    return Table("paie_dsn.salaries", "fr", "snake", [
        c("matricule", N, "VARCHAR", [f"{i + 1042:05d}" for i in range(g.rows)], "decoy"),
        c("civilite", N, "VARCHAR", ["Mme" if r["female"] else "M." for r in rows], "decoy"),
        c("nom_famille", "last_name", "VARCHAR", [r["last"] for r in rows]),
        c("nom_usage", "last_name", "VARCHAR", [r["usage"] for r in rows], NULLWORD),
        c("prenoms", "first_name", "VARCHAR", [r["first"] for r in rows]),
        c("nir", "national_id", "VARCHAR", [nir_text(r["nir"]) for r in rows]),
        c("date_naissance", "date_of_birth", "DATE", [r["born"] for r in rows]),
        c("lieu_naissance", "city", "VARCHAR", [r["birthplace"] for r in rows]),
        c("dept_naissance", N, "VARCHAR", [r["dept"] for r in rows], "decoy"),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.fr_street(g))),
        c("code_postal", "postal_code", "VARCHAR", [r["home"][1] for r in rows]),
        c("commune", "city", "VARCHAR", [r["home"][0] for r in rows]),
        c("pays", N, "VARCHAR", ["FR"] * g.rows, "decoy"),
        c("telephone_portable", "phone", "VARCHAR", g.phones("FR", {"national": 0.7, "intl": 0.15, "digits": 0.15},
                                                             null=0.08)),
        c("email_perso", "email", "VARCHAR", [v.email_of(g, r["first"].split()[0], r["last"], v.DOMAINS["fr"])
                                              if g.rnd.random() < 0.8 else None for r in rows]),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.fr_iban(g, g.rnd.random() < 0.6), 0.03)),
        c("bic", N, "VARCHAR", g.col(g.pick(["SOGEFRPPXXX", "CRLYFRPP", "BNPAFRPPXXX", "AGRIFRPP878", "CCBPFRPPLYO"])),
          "decoy", SHAPE),
        c("emploi_libelle", N, "VARCHAR", g.col(g.pick(["Opérateur régleur CN", "Technicien méthodes", "Fraiseur",
                                                        "Contrôleur qualité", "Assistante paie",
                                                        "Responsable atelier"])), "decoy"),
        c("pcs_ese", N, "VARCHAR", g.col(g.pick(["623a", "624d", "477b", "543a", "387b"])), "decoy", SHAPE),
        c("idcc", N, "VARCHAR", ["3248"] * g.rows, "decoy"),
        c("statut", N, "VARCHAR", g.col(g.pick(["non cadre", "non cadre", "cadre", "ETAM"])), "decoy"),
        c("date_entree", N, "DATE", g.days("2004-09-01", "2025-10-01"), "decoy"),
        c("date_sortie", N, "DATE", [g.day("2025-01-31", "2025-12-31") if x else None for x in left], "decoy"),
        c("motif_sortie", N, "VARCHAR", [g.rnd.choice(["démission", "rupture conventionnelle", "fin de CDD",
                                                       "retraite"]) if x else None for x in left], "decoy"),
        c("salaire_brut", N, "DECIMAL(9,2)", g.amounts(1_801.8, 5_400.0), "decoy"),
        c("net_fiscal", N, "DECIMAL(9,2)", g.amounts(1_420.0, 4_300.0), "decoy"),
        c("taux_pas", N, "DECIMAL(4,1)", [g.rnd.choice([0.0, 2.3, 4.5, 7.5, 9.9, 12.4]) for _ in range(g.rows)],
          "decoy"),
        c("siret_etablissement", N, "VARCHAR", g.col(g.pick(sirets)), "business", SHAPE, CHECK),
        c("organisme_prevoyance", N, "VARCHAR", ["Mutuelle Rhodanienne de Prévoyance"] * g.rows, "business"),
        c("num_contrat_prevoyance", N, "VARCHAR", g.col(g.pick(["MRP-0042-7781", "MRP-0042-7782"])), "decoy", SHAPE),
        c("saisi_par", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT),
    ])


def br_esocial(g: Gen) -> Table:
    """A Porto Alegre food maker's eSocial S-2200 admissions (Brazilian Portuguese, eSocial tag names in camel case):
    registration, CPF, PIS/NIS, name, social name (mostly NULL), sex, marital status and schooling (``none``), birth
    date as ISO text, the mother's and father's names, street, bairro (``city``), CEP, IBGE municipality code
    (``none``), city, UF (``none``), phone and e-mail, bank, branch and account (``unclassified``), the PIX key (a CPF,
    an e-mail, a phone or a random key: ``free_text``), admission date, job and CBO code, salary, the line manager
    (few), the employer's CNPJ (``business``) and remarks (mostly NULL words)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a = v.person(g, "br", female)[0]
        s1 = v.family(g, "br")
        s2 = g.rnd.choice([v.family(g, "br")] * 4 + ["da Silva", "dos Santos", "de Oliveira", "da Rosa"])
        city = g.rnd.choice(v.BR_CITIES[:3] * 3 + v.BR_CITIES[3:])
        rows.append({"name": f"{a} {s1} {s2}",
                     "first": a, "last": s2, "cpf": v.br_cpf(g, g.rnd.random() < 0.7), "city": city,
                     "mae": f"{v.person(g, 'br', True)[0]} {v.family(g, 'br')} {s1}",
                     "pai": f"{v.person(g, 'br', False)[0]} {s2}" if g.rnd.random() < 0.7 else None,
                     "phone": g.phone("BR", g.rnd.choice(["national", "intl", "e164", "digits"]))})
    managers = _staff(g, 5, lambda x: v.whole(x, "br"))

    def pix(r: dict) -> str:
        kind = g.rnd.choice(["cpf", "email", "phone", "evp", "cpf"])
        if kind == "cpf":
            return r["cpf"]
        if kind == "email":
            return v.email_of(g, r["first"], r["last"], v.DOMAINS["br"])
        if kind == "phone":
            return "+55" + "".join(ch for ch in r["phone"] if ch.isdigit())[-11:]
        return g.uuid()

    def obs() -> str:
        return g.rnd.choice([f"Indicação de {v.whole(g, 'br')}", "Aguardando exame admissional",
                             f"Dependente: filha {v.person(g, 'br', True)[0]}", "Vale-transporte: 2 linhas"])

    banks = ["341 - Itaú Unibanco", "001 - Banco do Brasil", "104 - Caixa Econômica Federal", "041 - Banrisul",
             "260 - Nu Pagamentos", "237 - Bradesco"]
    return Table("esocial.s2200_admissoes", "pt", "camel", [
        c("matricula", N, "VARCHAR", [f"GA{i + 7301:06d}" for i in range(g.rows)], "decoy"),
        c("cpfTrab", "national_id", "VARCHAR", [r["cpf"] for r in rows], ABBREV),
        c("nisTrab", "national_id", "VARCHAR", g.col(lambda: v.br_pis(g, g.rnd.random() < 0.5), 0.1), ABBREV),
        c("nmTrab", "person_name", "VARCHAR", [r["name"] for r in rows], ABBREV),
        c("nmSoc", "person_name", "VARCHAR", [f"{v.person(g, 'br')[0]} {r['last']}" if g.rnd.random() < 0.1 else None
                                              for r in rows], HEAVY, ABBREV),
        c("sexo", N, "VARCHAR", g.col(g.pick(["M", "F"])), "decoy"),
        c("estCiv", N, "INTEGER", g.ints(1, 5), "decoy", ABBREV),
        c("grauInstr", N, "VARCHAR", g.col(g.pick(["07", "08", "09", "06"])), "decoy", ABBREV),
        c("dtNascto", "date_of_birth", "VARCHAR", [g.birth(1964, 2007).isoformat() for _ in rows], DOB_TEXT, ABBREV),
        c("nmMae", "person_name", "VARCHAR", [r["mae"] for r in rows], ROLE, ABBREV),
        c("nmPai", "person_name", "VARCHAR", [r["pai"] for r in rows], ROLE, ABBREV),
        c("logradouro", "street_address", "VARCHAR", g.col(lambda: v.br_street(g))),
        c("bairro", "city", "VARCHAR", [g.rnd.choice(r["city"][4]) for r in rows]),
        c("cep", "postal_code", "VARCHAR", [v.br_cep(g, r["city"][2]) for r in rows]),
        c("codMunic", N, "VARCHAR", [r["city"][3] for r in rows], "decoy", SHAPE, ABBREV),
        c("cidade", "city", "VARCHAR", [r["city"][0] for r in rows]),
        c("uf", N, "VARCHAR", [r["city"][1] for r in rows], "decoy"),
        c("fonePrinc", "phone", "VARCHAR", [r["phone"] for r in rows], ABBREV),
        c("emailPrinc", "email", "VARCHAR", _dirty(g, [v.email_of(g, r["first"], r["last"], v.DOMAINS["br"])
                                                       if g.rnd.random() < 0.88 else None for r in rows], 0.04,
                                                   ["nao informado", "não informado"]), ABBREV, PLACEHOLDER),
        c("banco", N, "VARCHAR", g.col(g.pick(banks)), "decoy"),
        c("agencia", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 9999):04d}"), "decoy"),
        c("contaCorrente", USERNAME, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1000, 99999999)}-{g.rnd.randint(0, 9)}",
                                                      0.05), BANK),
        c("chavePix", "free_text", "VARCHAR", [pix(r) if g.rnd.random() < 0.8 else None for r in rows], MIXED),
        c("dtAdm", N, "DATE", g.days("2025-01-06", "2025-12-01"), "decoy", ABBREV),
        c("cargo", N, "VARCHAR", g.col(g.pick(["Auxiliar de Produção", "Operador de Empilhadeira",
                                               "Técnico de Qualidade", "Analista de RH", "Motorista Entregador"])),
          "decoy"),
        c("cbo", N, "VARCHAR", g.col(g.pick(["784205", "782220", "391205", "252405", "782320"])), "decoy", SHAPE),
        c("vrSalFx", N, "DECIMAL(9,2)", g.amounts(1_518.0, 6_200.0), "decoy", ABBREV),
        c("gestorImediato", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF, ROLE),
        c("cnpjEmpregador", N, "VARCHAR", [v.br_cnpj(Gen("br_esocial:cnpj", 1))] * g.rows, "business", SHAPE, CHECK),
        c("observacoes", "free_text", "VARCHAR", g.sparse(obs, 0.8, _words("nao informado", "-")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (lever_opportunities, 900), (harvest_scorecards, 650), (smartrecruiters_offers, 55),
    (adp_payroll_register, 1_200), (orchard_timesheets, 480), (benefits_enrolment, 420), (screening_checks, 520),
    (in_onboarding, 380), (sg_work_passes, 40), (workday_talent, 300), (concur_expenses, 1_000), (exit_survey, 28),
    (sap_lso, 700), (fr_dsn, 260), (br_esocial, 340),
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
