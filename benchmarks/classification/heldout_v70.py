"""Held-out set v70 for the column classifier: 15 tables of *recruitment and workforce services*, one system per table
and each a different organisation, eight with English column names (Pennsylvania, Kansas, the English North, Manitoba,
Colorado, Western Australia, Ohio and Massachusetts) and seven in Brazilian Portuguese, Turkish, Japanese (kanji and
katakana), Swedish, Danish, Czech and Greek (Greek script), in snake, camel, Pascal and SCREAMING case and native
script, with abbreviations (``cand_fnm``, ``ctc_ph``, ``addr_ln1``, ``SUBJ_LNM``, ``pt_fnm``), a source prefix
(``src_crm_col17``) and opaque custom fields holding personal data (``udf_03``, ``ATTR7``, ``misc_1`` of the clinic,
``alan_2``, ``extra_2``, ``Fritekst2``, ``pole_2``, ``πεδίο_2``) beside opaque fields holding none (``misc_1`` of the
ATS and the temp agency, ``src_crm_col18``, ``Udf2``, ``udf_03`` of the timesheets, ``ATTR8``, ``alan_1``,
``extra_1``, ``Fritekst1``, ``pole_1``, ``πεδίο_1``):

* ``talentgate.candidates``: a Pittsburgh university medical centre's in-house careers portal (first, middle, last
  and preferred names, two phones, a two-line home address, the referring employee, recruiters and their logins, a
  résumé's hash and text, work authorization and EEO status, a CRM import's ``src_crm_col17`` and ``src_crm_col18``);
* ``BGSCREEN.ORDER_SUBJECTS``: an Overland Park background-screening vendor's order subjects (the employer clients
  and their EINs, SSNs with placeholders, birth dates as ``MM/DD/YYYY`` text, Kansas and Missouri driving licences,
  aliases in one cell, current and prior addresses, counties searched, adjudicators and their notes, the client user's
  work e-mail);
* ``shiftfill.shiftAssignments``: a Sheffield temp agency's shift assignments (clients' sites, postcodes and
  switchboards, National Insurance numbers, right-to-work share codes, pay and charge rates, the client supervisor who
  booked, consultants, clock-in coordinates of the site, ``notes2`` a second number, ``ATTR7`` the next of kin);
* ``PayBureauMB.EmployeeMaster``: a Winnipeg payroll bureau's employee master for its client employers (business
  numbers, SIN, the direct-deposit institution, transit and account, TD1 claims, payroll clerks' logins, a loader);
* ``timetrack.timesheet_lines``: a Denver engineering consultancy's timesheet lines (logins, ``Last, First`` names,
  work e-mails, projects and public-sector clients, approvers and a delegate approver, the submitting IP, comments
  naming people, a template under ``name``);
* ``EXPENSES.CLAIM_LINES``: a Perth mining-services firm's expense claim lines (merchants and their ABNs, the
  corporate card in clear and its last four digits, upper-case cardholder names, the home a mileage trip started from,
  meal attendees, business purposes naming people, BSB and reimbursement account, ``ATTR7`` the claimant's mobile);
* ``occmed.visit_log``: a Cleveland occupational-health clinic's visits (employers and their phones, DOT physicals and
  drug screens, custody-form and specimen numbers, medical review officers and providers, the SSN's last four digits,
  Ohio CDL numbers, clinical notes naming people, the sending supervisor, ``misc_1`` the home address);
* ``GlobalMobility.SponsorshipCases``: a Cambridge (Massachusetts) biotech's visa sponsorship tracker (USCIS receipt
  and LCA case numbers, beneficiaries born abroad with their birthplace, passports, ``Code`` the A-number, I-94
  numbers, SOC codes and wages, the worksite, hiring managers, outside counsel, dependants as ``relation: name``);
* ``entregas_bh.entregadoresCadastro``: a Belo Horizonte delivery platform's courier registrations (Brazilian
  Portuguese, camel case: ``nomeCompleto``, ``nomeSocial``, CPF, CNH, CEP, ``logradouro``, ``numero``,
  ``complemento``, ``bairro``, plates, MEI CNPJ, Pix keys, bank account, the phone's IMEI, the emergency contact as
  ``name (relation) - phone``);
* ``ik_danismanlik.referans_kontrolleri``: an Istanbul HR consultancy's reference checks (Turkish: T.C. kimlik no,
  ``il`` and ``ilce``, referees with their companies' VKN, phones and e-mails, interviewers, notes naming people, the
  consent IP, ``alan_2`` a second e-mail);
* ``入社手続.チェックリスト``: a Fukuoka logistics company's onboarding checklist export (Japanese column names:
  ``氏名`` in kanji and ``氏名カナ`` in katakana, ``旧姓``, My Number, the basic pension number and the employment
  insurance number, the emergency contact, bank, branch and account, checklist flags, the HR officer by family name,
  the corporate number, remarks);
* ``fackavd_norr.medlemsavgifter``: a northern Swedish union branch's dues ledger (Swedish: personnummer in the
  10- and 12-digit forms, ``postort``, ``län``, employers and their orgnr, dues classes, clearing and account numbers
  for autogiro, the branch's ombud, ``extra_2`` a home phone);
* ``pensionsadm.Indmeldelser``: a Jutland payroll provider's labour-market pension enrolment file (Danish, Pascal
  case: CVR, ``Mellemnavn``, CPR with and without the dash, contribution rates, policy numbers, a named beneficiary and
  the beneficiary's CPR, case officers, ``Fritekst2`` a private e-mail);
* ``zavodni_jidelna.karty_stravniku``: a Plzeň industrial park's staff canteen card system (Czech: chip UIDs, titles,
  rodné číslo with and without the slash, employers and their IČO, meals, diets and allergen codes, a refund IBAN, the
  reason a card was blocked, the clerk who issued it, ``pole_2`` a home address);
* ``ανθρώπινο_δυναμικό.συνεντεύξεις_αποχώρησης``: an Athens supermarket chain's exit-interview survey export (Greek
  script: ``επώνυμο``, ``όνομα``, ``πατρώνυμο``, ΑΜΚΑ, personal ΑΦΜ, stores and their addresses, leaving reasons,
  scores, comments naming people, supervisors and interviewers, the settlement IBAN, ``ΤΚ``, ``πόλη``, ``νομός``, the
  chain's own ΑΦΜ, ``πεδίο_2`` a landline).

Written **blind**, like v2 to v68: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog, history or notes, only the list of kind names
(``governance_dagster/kinds.py``), how the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the
*structure* and labeling conventions of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test,
``tests/heldout_support.py``), the module docstrings of v24 to v68 (to avoid their domains and follow their labeling
conventions), the ``Column``/``Table`` classes and writer they build on (``heldout_v2.py``, ``heldout_v4.py``), the
ruff section of ``pyproject.toml`` and the sources of python-stdnum and phonenumbers. The classifier was not run on
this set while it was written, no scorer was run on it, and no score of any set was looked at: nothing here was
adjusted to what the classifier does. It was written under a short deadline (about 45 minutes, the tests and lint
included), so some labels below are quick decisions rather than settled conventions. It imports no earlier set's
value module: its random source, name lists (the United States, the United Kingdom, Canada and Australia with names of
Anglo, Hispanic, South Asian, East Asian, African and Arabic origin; Brazil, Turkey, Japan in kanji and katakana,
Sweden, Denmark, Czechia with female family-name forms and Greece with female genitive family names), streets, towns,
postal codes and identifier builders are its own (:mod:`benchmarks.classification.heldout_v70_values`; the generic
``Gen`` helpers were copied from v27's).

What is new against v2 to v68: earlier sets touched the theme (v24 an HR table, v25 and v38 ATS connectors, v27
interview feedback, v28 a Turkish payroll bureau, v31 a labour-hire agency's timesheets, v40 a courier payroll, v42 a
temp-agency payroll import, v49 fifteen HR, recruiting and payroll systems including a Leeds screening vendor, Concur
expenses and a Qualtrics exit survey, v56 pensions, v59 a warehouse shift roster); every organisation and most shapes
here are new: an in-house careers portal, a US screening vendor's order file with aliases and county searches, a UK
temp agency's shift bookings, a Canadian payroll bureau's multi-employer master, timesheet lines with delegate
approvers, mining expense lines with mileage from home, an occupational-health visit log with DOT and drug-screen
fields, a visa sponsorship tracker, a Brazilian courier registration, Turkish reference checks, a Japanese onboarding
checklist, a Swedish union's dues ledger, a Danish pension enrolment file, a Czech canteen card system and a Greek
exit-interview export.

* people of workforce services (tags ``role_word``, ``staff``): candidates, referring employees, recruiters,
  screening subjects and their aliases, adjudicators, workers, client supervisors who book shifts, consultants,
  payees, approvers and delegate approvers, claimants, cardholders and meal attendees, patients, medical review
  officers, providers and sending supervisors, beneficiaries, hiring managers, outside counsel, dependants, couriers
  and their emergency contacts, referees and interviewers, new joiners' emergency contacts and HR officers, union
  ombud, pension beneficiaries and case officers, canteen clerks, supervisors and exit interviewers;
* identifiers with check digits (python-stdnum): the US SSN, the Canadian SIN, the Greek AMKA (encoding the row's
  birth date) (``ssn``); the CPF, the T.C. kimlik no, My Number, the Swedish personnummer, the Danish CPR, the Czech
  rodné číslo (the last three encoding the row's birth date, the rodné číslo also the sex) and the personal ΑΦΜ
  (``national_id``); without a check digit: the UK National Insurance number (HMRC's prefix and suffix rules:
  ``ssn``), the Japanese basic pension and employment insurance numbers (``ssn``), US driving licences, CDL numbers,
  CNH, passports, A-numbers and I-94 numbers (``national_id``); Greek and Czech IBANs; a corporate card in clear
  (Luhn); phones of the United States, the United Kingdom, Canada, Australia, Brazil, Turkey, Japan, Sweden, Denmark,
  Czechia and Greece (phonenumbers) in national, international, E.164, dashed and digits-only forms; IPv4 and IPv6;
* decoys with check digits (tag ``check_digit``, all ``none``): Canadian BNs, Australian ABNs, a MEI's CNPJ, IMEIs,
  Turkish VKNs, a Japanese corporate number, Swedish orgnr, Danish CVR, Czech IČO and a company ΑΦΜ; a US EIN with a
  valid prefix (tag ``value_shape``);
* other decoys (tag ``decoy``; ``value_shape`` when shaped like an identifier): requisition, order, shift, claim,
  receipt, custody-form, specimen, LCA and policy numbers, cost centres, SOC codes, plates, chip UIDs, hashes of
  résumés and receipts (tag ``hashed``), the site's clock-in coordinates (tag ``coordinates``), kiosks, IMEIs and chip
  UIDs (tag ``device``), app versions, BSBs, transit, institution and clearing numbers, bank names and branches,
  counties searched, EEO and work-authorization answers, diets and allergen codes, survey scores;
* names that sound personal and hold none (tags ``name_decoy``, ``misleading``): ``first_name_confirmed``,
  ``SSN_TRACE_STAT``; ``name`` (a timesheet template, tag ``misleading``); names that hide personal data (tag
  ``misleading``): ``Code`` (A-numbers) and ``notes2`` (a phone).

Labeling choices a reader may question:

* following ``kinds.py``, social-security and social-insurance numbers are ``ssn``: the US SSN, the Canadian SIN, the
  UK National Insurance number, the Greek AMKA, and the Japanese basic pension number (``基礎年金番号``) and
  employment insurance number (``雇用保険被保険者番号``), both numbers of a social insurance; tax and citizen numbers
  (CPF, T.C. kimlik no, My Number, personnummer, CPR, rodné číslo, the personal ΑΦΜ), driving licences, CDL and CNH
  numbers, passports, A-numbers and I-94 admission numbers are ``national_id`` (the I-94 number is a record of one
  person's admission issued by the state: a quick decision);
* a person's domestic bank account (``AccountNo``, ``REIMB_ACCT``, ``conta``, ``口座番号``, ``kontonr``) is
  ``unclassified`` (tag ``bank_account``), as v49, v56, v60 and v64 labeled them; IBANs are ``iban``; institution,
  transit, BSB, clearing, bank and branch are ``none``;
* a middle name (``cand_mnm``, ``MiddleName``, ``Mellemnavn``), a middle initial (``SUBJ_MI``), a preferred or
  social name (``pref_nm``, ``PreferredName``, ``nomeSocial``) and a Greek father's name (``πατρώνυμο``) are
  ``first_name``; a former family name (``旧姓``) is ``last_name``; the HR officer by family name (``担当者``) is
  ``last_name``; ``Last, First`` (``employee_name``), upper-case names and ``F LAST`` cardholders are
  ``person_name``; the katakana reading (``氏名カナ``) is ``person_name``;
* an apartment line (``addr_ln2``, ``HomeAddress2``), a house number (``numero``) and a complement (``complemento``)
  are ``street_address``; the home a mileage trip started from is ``street_address`` (tag ``premises``); ``bairro``,
  ``ilce``, ``postort``, ``By`` and ``πόλη`` and a birthplace abroad (``CityOfBirth``) are ``city``; states,
  provinces, ``uf``, ``il``, ``län`` and ``νομός`` are ``none``;
* clients, employers, merchants, law firms, pension companies, stores and worksites with their addresses, postcodes,
  phones and company numbers are ``none`` (tag ``business``); a client supervisor who booked a shift, outside counsel
  and a referee are people (``person_name``); the client user who ordered a screening is ``email`` by a work address;
* the last four digits of an SSN or a card are ``none`` (tag ``partial``); a right-to-work share code is ``none`` (tag
  ``credential``: a short-lived code for one check); a citizenship country, a visa class, EEO and work-authorization
  answers, blood pressure, canned restrictions and leaving reasons are ``none`` (no kind of ``kinds.py`` fits);
* ``src_crm_col17`` (a name, a phone or an e-mail by row), a Pix key (a CPF, an e-mail, a phone or a random key) and an
  emergency contact as ``name (relation) - phone`` are ``free_text`` (tag ``mixed_kinds``); dependants as
  ``relation: name`` pairs are ``free_text`` (tag ``multi_value``), while aliases and meal attendees (names only,
  ``;``-separated) are ``person_name``; résumé text, notes, comments, remarks, purposes and block reasons naming
  people are ``free_text``;
* recruiters', clerks' and editors' logins and a timesheet's ``employee_login`` are ``unclassified`` (tag
  ``username``); loaders, export jobs, connectors and APIs are ``none`` (tag ``service_account``).

Labeling rules otherwise as v27 (see :mod:`benchmarks.classification.heldout_v27`): a business's address, phone,
postal code and city are ``none`` (tag ``business``); a login is ``unclassified`` (tag ``username``), a service
account ``none``. ``null_heavy`` means 50-95% NULL, ``nullword_heavy`` 70-95% NULL words or blanks. Rows per table:
300 to 470.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets, towns
and postal codes of :mod:`benchmarks.classification.heldout_v70_values`, written for v70 (no Faker, no list of real
people, no breach data). Build: ``python -m benchmarks.classification.heldout_v70 [PATH]`` (default
``/tmp/heldout_v70.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v70``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v70_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v70_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v70.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings, placeholders and empty strings (few real NULLs)
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"  # a decoy shaped like an identifier
CHECK = "check_digit"  # a decoy passing its own check (a company number, an IMEI)
MISLEADING = "misleading"  # a name that points at another kind, or at personal data when there is none
STAFF = "staff"  # staff named in a column with few distinct values
ROLE = "role_word"  # a role word (referrer, approver, referee, beneficiary ...) holding people
ROLE_EMAIL = "role_email"  # a role-named column holding people's e-mail addresses
WORK_EMAIL = "work_email"  # an employee's address at the employer's domain
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
SERVICE = "service_account"  # an audit or export column holding only service accounts or job names (none)
PREMISES = "premises"  # a person's home named as a trip's origin
KEY = "join_key"  # an id or foreign key that joins tables (none)
MULTI = "multi_value"  # several names in one cell
MIXED = "mixed_kinds"  # a name, a phone or an e-mail by row, or a name with a phone in one cell (free_text)
OPAQUE = "opaque"  # an opaque custom field (misc_1, udf_03, ATTR7, src_crm_col17 ...)
PARTIAL = "partial"  # the last four digits of an SSN or a card: none
CREDENTIAL = "credential"  # a right-to-work share code: none
BANK = "bank_account"  # a person's domestic account number: unclassified (as v49, v56, v60 and v64)
PLACEHOLDER = "placeholder"  # a personal column some of whose cells are placeholders (000-00-0000)
DOB_TEXT = "dob_text"  # a date of birth kept as text
NAME_DECOY = "name_decoy"  # a name that sounds personal, holding a flag or a status (none)
HASHED = "hashed"  # a hash of a file (none)
COORD = "coordinates"  # coordinates of a client's site (none)
DEVICE = "device"  # a device id or IMEI (none)
KANA = "kana"  # a Japanese name in katakana

COUNTRY_WORDS = ("", "-", "NULL", "n/a", "N/A", "null")


def _words(*extra: str) -> tuple[str, ...]:
    return COUNTRY_WORDS + extra


def _staff(g: Gen, n: int, make: Callable[[Gen], str] = v.whole) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _logins(g: Gen, n: int, style: int, lang: str = "en") -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.login(*v.person(g, lang), style))
    return sorted(out)


def _dirty(g: Gen, values: list, share: float, placeholders: list[str]) -> list:
    """``values`` with ``share`` of the non-NULL cells replaced by a placeholder (a NULL word of the set)."""
    return [g.rnd.choice(placeholders) if x is not None and g.rnd.random() < share else x for x in values]


def _later(g: Gen, starts: list, lo_min: int, hi_min: int, null: float = 0.0) -> list:
    return [
        None if s is None or g.rnd.random() < null else s + timedelta(minutes=g.rnd.randint(lo_min, hi_min))
        for s in starts
    ]


def _mixed(g: Gen, region: str, lang: str, domains: list[str]) -> str:
    """A name, a phone or an e-mail address, by row (``free_text``)."""
    roll = g.rnd.random()
    if roll < 0.35:
        return v.whole(g, lang)
    if roll < 0.7:
        return g.phone(region, g.rnd.choice(["national", "e164"]))
    return v.email(g, domains, lang)


# -- English: an ATS, a screening vendor, a temp agency, a payroll bureau ----------------------------------------------


def ats_candidates(g: Gen) -> Table:
    """A Pittsburgh university medical centre's in-house careers portal (``talentgate.candidates``, snake case with
    abbreviations): the requisition, the candidate's first, middle, last and preferred names, e-mail, phones, home
    address in two lines, city, state (``none``) and ZIP, the source and the referring employee, the recruiter and
    the recruiter's login, the résumé's hash (``none``) and text (``free_text``), pay expectations, work
    authorization, EEO veteran status, the stage, a CRM import's ``src_crm_col17`` (a name, a phone or an e-mail by
    row) and ``src_crm_col18`` (a campaign code), ``misc_1`` (a shift preference) and ``udf_03`` (a second personal
    e-mail), and ``first_name_confirmed`` (a flag)."""
    pairs = [v.person(g) for _ in range(g.rows)]
    places = [v.us_place(g, "pgh") for _ in range(g.rows)]
    recruiters = [v.person(g) for _ in range(5)]
    rec = [g.rnd.randrange(len(recruiters)) for _ in range(g.rows)]

    def resume(a: str, b: str) -> str:
        return g.rnd.choice(
            [
                f"{a} {b} - RN, BSN, 6 years med-surg, Level I trauma. References: {v.whole(g)}, charge nurse.",
                "Phlebotomy certified. Bilingual English/Spanish. Available nights and weekends.",
                f"Patient access representative. Supervisor {v.whole(g)} can confirm dates of employment.",
                "Epic Cadence and Prelude, 3 years. Associate degree in health information technology.",
                f"Objective: sterile processing tech. Contact {a} at the number above after 3 pm.",
            ]
        )

    return Table(
        "talentgate.candidates",
        "en",
        "snake",
        [
            c("cand_id", N, "BIGINT", g.keys(880_001), "decoy", KEY, ABBREV),
            c("req_no", N, "VARCHAR", g.col(lambda: g.code("REQ-2025-99999")), "decoy", SHAPE, ABBREV),
            c("cand_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
            c("cand_mnm", "first_name", "VARCHAR", g.col(lambda: v.given(g), 0.68), HEAVY, ABBREV),
            c("cand_lnm", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
            c(
                "pref_nm",
                "first_name",
                "VARCHAR",
                g.col(
                    lambda: g.rnd.choice(["Sam", "Alex", "Jo", "Liz", "Rob", "Kate", "Max", "Vik", "Nando", "Dani"]),
                    0.72,
                ),
                HEAVY,
                ABBREV,
            ),
            c("email_addr", "email", "VARCHAR", [v.email_of(g, a, b, v.PERSONAL_DOMAINS) for a, b in pairs], ABBREV),
            c("ctc_ph", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}), ABBREV),
            c("alt_ph", "phone", "VARCHAR", g.phones("US", {"national": 0.6, "digits": 0.4}, 0.3, 0.7), HEAVY, ABBREV),
            c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.us_street(g, False)), ABBREV),
            c("addr_ln2", "street_address", "VARCHAR", g.col(lambda: v.us_unit(g), 0.74), HEAVY, ABBREV),
            c("city", "city", "VARCHAR", [p[0] for p in places]),
            c("st", N, "VARCHAR", [p[1] for p in places], "decoy", ABBREV),
            c("zip_cd", "postal_code", "VARCHAR", [v.us_zip(g, p[2], 0.15) for p in places], ABBREV),
            c(
                "src",
                N,
                "VARCHAR",
                g.col(g.pick(["Indeed", "Employee Referral", "Handshake", "Careers Site", "LinkedIn", "Job Fair"])),
                "decoy",
                ABBREV,
            ),
            c("referrer_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.78), ROLE, HEAVY, ABBREV),
            c("recruiter", "person_name", "VARCHAR", [f"{recruiters[i][0]} {recruiters[i][1]}" for i in rec], STAFF),
            c("recruiter_uid", USERNAME, "VARCHAR", [v.login(*recruiters[i], 0) for i in rec], USER, AUDIT),
            c("resume_sha256", N, "VARCHAR", g.col(g.sha256, 0.1), "decoy", HASHED),
            c("resume_txt", "free_text", "VARCHAR", [resume(a, b) for a, b in pairs]),
            c("desired_sal", N, "INTEGER", g.ints(38, 120, 0.3), "decoy", ABBREV),
            c(
                "work_auth",
                N,
                "VARCHAR",
                g.col(g.pick(["US citizen", "Permanent resident", "Requires sponsorship", "H-1B transfer", "EAD"])),
                "decoy",
            ),
            c(
                "eeo_vet_status",
                N,
                "VARCHAR",
                g.col(g.pick(["Not a protected veteran", "Protected veteran", "Decline to self-identify"])),
                "decoy",
            ),
            c("applied_ts", N, "TIMESTAMP", g.moments("2025-03-01", "2025-11-30"), "decoy"),
            c(
                "stage",
                N,
                "VARCHAR",
                g.col(g.pick(["New", "Screen", "Interview", "Offer", "Hired", "Rejected"])),
                "decoy",
            ),
            c(
                "src_crm_col17",
                "free_text",
                "VARCHAR",
                g.col(lambda: _mixed(g, "US", "en", v.PERSONAL_DOMAINS), 0.2),
                MIXED,
                OPAQUE,
            ),
            c("src_crm_col18", N, "VARCHAR", g.col(lambda: g.code("CMP-99-AAA"), 0.2), "decoy", OPAQUE),
            c(
                "misc_1",
                N,
                "VARCHAR",
                g.col(g.pick(["nights", "days", "rotating", "weekends only", "PRN"]), 0.3),
                "decoy",
                OPAQUE,
            ),
            c("udf_03", "email", "VARCHAR", g.col(lambda: v.email(g), 0.6), HEAVY, OPAQUE),
            c("first_name_confirmed", N, "BOOLEAN", g.yn(True, False, 0.9), "decoy", NAME_DECOY, MISLEADING),
        ],
    )


def screening_orders(g: Gen) -> Table:
    """An Overland Park background-screening vendor's order subjects (``BGSCREEN.ORDER_SUBJECTS``, SCREAMING case):
    the order, the client (an employer: name and EIN, ``none``), the package, the subject's names, SSN (some
    placeholders), birth date as ``MM/DD/YYYY`` text, driving licence and its state, other names used (``;``), current
    and prior address, the counties searched (``none``), results, the adjudicator's notes naming people
    (``free_text``), the adjudicator, MVR points, the client user who ordered (a work e-mail), dates, the SSN trace
    status (``none``), turnaround, price, the subject's e-mail and phone."""
    clients = [(name, v.us_ein(g)) for name in v.US_CLIENTS]
    client = [g.rnd.randrange(len(clients)) for _ in range(g.rows)]
    pairs = [v.person(g) for _ in range(g.rows)]
    places = [v.us_place(g, "kc") for _ in range(g.rows)]
    adjudicators = _staff(g, 4)
    domains = {name: "".join(ch for ch in name.lower() if ch.isalpha())[:14] + ".com" for name in v.US_CLIENTS}

    def akas(last: str) -> str | None:
        if g.rnd.random() < 0.6:
            return None
        names = [f"{v.given(g)} {last}", f"{v.given(g)} {v.person(g)[1]}"][: g.rnd.randint(1, 2)]
        return "; ".join(names)

    def note() -> str:
        return g.rnd.choice(
            [
                f"Name match only on {v.whole(g)} record, DOB differs - cleared",
                "Dismissed misdemeanor 2014, reportable per client matrix",
                f"Called court clerk, spoke with {v.whole(g)}, disposition pending",
                f"Subject's alias {v.given(g)} found in Jackson County index",
            ]
        )

    ordered = _staff(g, 7, lambda x: "|".join(v.person(x)))
    return Table(
        "BGSCREEN.ORDER_SUBJECTS",
        "en",
        "screaming",
        [
            c("ORDER_NO", N, "VARCHAR", g.col(lambda: g.code("OP25-9999999")), "decoy", SHAPE),
            c("CLIENT_ACCT", N, "INTEGER", [3_100 + i for i in client], "decoy", KEY),
            c("CLIENT_NM", N, "VARCHAR", [clients[i][0] for i in client], "business"),
            c("CLIENT_EIN", N, "VARCHAR", [clients[i][1] for i in client], "business", SHAPE),
            c("PKG_CD", N, "VARCHAR", g.col(g.pick(["STD-CRIM", "DOT-DRV", "HC-SANC", "EXEC-PLUS"])), "decoy"),
            c("SUBJ_FNM", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
            c("SUBJ_MI", "first_name", "VARCHAR", g.col(lambda: g.rnd.choice("ABCDEFGHJKLMNPRSTW"), 0.35), ABBREV),
            c("SUBJ_LNM", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
            c(
                "SUBJ_SSN",
                "ssn",
                "VARCHAR",
                _dirty(
                    g,
                    g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.7)),
                    0.04,
                    ["000-00-0000", "999-99-9999", "123-45-6789"],
                ),
                PLACEHOLDER,
                ABBREV,
            ),
            c(
                "SUBJ_DOB",
                "date_of_birth",
                "VARCHAR",
                [g.birth(1958, 2006).strftime("%m/%d/%Y") for _ in range(g.rows)],
                DOB_TEXT,
                ABBREV,
            ),
            c(
                "DL_NO",
                "national_id",
                "VARCHAR",
                [v.us_licence(g, p[1]) if g.rnd.random() < 0.8 else None for p in places],
                ABBREV,
            ),
            c("DL_ST", N, "VARCHAR", [p[1] for p in places], "decoy", ABBREV),
            c("AKA_NAMES", "person_name", "VARCHAR", [akas(b) for _, b in pairs], MULTI, HEAVY, ABBREV),
            c("CUR_ADDR", "street_address", "VARCHAR", g.col(lambda: v.us_street(g)), ABBREV),
            c("CUR_CITY", "city", "VARCHAR", [p[0] for p in places], ABBREV),
            c("CUR_ST", N, "VARCHAR", [p[1] for p in places], "decoy", ABBREV),
            c("CUR_ZIP", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in places], ABBREV),
            c(
                "PRIOR_ADDR_1",
                "street_address",
                "VARCHAR",
                g.col(lambda: f"{v.us_street(g)}, {v.us_place(g, 'kc')[0]}", 0.58),
                HEAVY,
                ABBREV,
            ),
            c(
                "COUNTY_SRCH",
                N,
                "VARCHAR",
                g.col(
                    g.pick(["Johnson KS", "Johnson KS; Jackson MO", "Wyandotte KS", "Clay MO; Platte MO", "Douglas KS"])
                ),
                "decoy",
                ABBREV,
            ),
            c("CRIM_RESULT", N, "VARCHAR", g.col(g.pick(["CLEAR", "CLEAR", "CLEAR", "CONSIDER", "PENDING"])), "decoy"),
            c("ADJ_NOTES", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("NONE", "--")), NULLWORD, ABBREV),
            c("ADJUDICATOR", "person_name", "VARCHAR", g.col(g.pick(adjudicators)), STAFF),
            c("MVR_POINTS", N, "INTEGER", g.ints(0, 9, 0.4), "decoy", ABBREV),
            c(
                "ORDERED_BY_EMAIL",
                "email",
                "VARCHAR",
                [v.work_email(*g.rnd.choice(ordered).split("|"), domains[clients[i][0]]) for i in client],
                ROLE_EMAIL,
                WORK_EMAIL,
            ),
            c("ORDER_DT", N, "DATE", g.days("2025-05-01", "2025-11-30"), "decoy", ABBREV),
            c("COMPLETED_DT", N, "DATE", g.days("2025-05-02", "2025-12-10", 0.1), "decoy", ABBREV),
            c(
                "SSN_TRACE_STAT",
                N,
                "VARCHAR",
                g.col(g.pick(["VERIFIED", "VERIFIED", "NO RECORD", "MULTIPLE NAMES"])),
                "decoy",
                NAME_DECOY,
                MISLEADING,
            ),
            c("TAT_HRS", N, "INTEGER", g.ints(4, 240), "decoy", ABBREV),
            c("BILL_AMT", N, "DECIMAL(8,2)", g.amounts(19, 140), "decoy", ABBREV),
            c("SUBJ_EMAIL", "email", "VARCHAR", [v.email_of(g, a, b, v.PERSONAL_DOMAINS) for a, b in pairs], ABBREV),
            c("SUBJ_PH", "phone", "VARCHAR", g.phones("US", {"digits": 0.6, "dashes": 0.4}, 0.9, 0.1), ABBREV),
        ],
    )


def temp_shifts(g: Gen) -> Table:
    """A Sheffield temp agency's shift assignments (``shiftfill.shiftAssignments``, camel case): the client and its
    site, site postcode and switchboard (``none``), the role, the worker's names, National Insurance number
    (``ssn``), mobile, e-mail, home postcode and birth date, the right-to-work share code (``none``), times, rates,
    the client supervisor who booked the shift, the consultant, the clock-in coordinates (the site's) and device,
    ``notes2`` (a second number for the worker: ``phone``), ``misc_1`` (PPE notes: ``none``) and ``ATTR7`` (the next
    of kin's name)."""
    site = [g.rnd.randrange(len(v.UK_CLIENTS)) for _ in range(g.rows)]
    lines = [g.phone("GB", "national", False) for _ in v.UK_CLIENTS]
    coords = [
        (round(53.38 + g.rnd.uniform(-0.06, 0.06), 5), round(-1.40 + g.rnd.uniform(-0.06, 0.06), 5))
        for _ in v.UK_CLIENTS
    ]
    pairs = [v.person(g) for _ in range(g.rows)]
    bookers = [_staff(g, 3) for _ in v.UK_CLIENTS]
    consultants = _staff(g, 4)
    starts = g.moments("2025-09-01", "2025-12-14")
    return Table(
        "shiftfill.shiftAssignments",
        "en",
        "camel",
        [
            c("assignmentId", N, "BIGINT", g.keys(5_400_001), "decoy", KEY),
            c("shiftRef", N, "VARCHAR", g.col(lambda: g.code("SF-AA99999")), "decoy", SHAPE),
            c("clientName", N, "VARCHAR", [v.UK_CLIENTS[i][0] for i in site], "business"),
            c("siteAddress", N, "VARCHAR", [v.UK_CLIENTS[i][1] for i in site], "business"),
            c("sitePostcode", N, "VARCHAR", [v.UK_CLIENTS[i][2] for i in site], "business"),
            c("siteContactPhone", N, "VARCHAR", [lines[i] for i in site], "business"),
            c(
                "roleTitle",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Warehouse Operative",
                            "Picker Packer",
                            "Care Assistant",
                            "FLT Driver",
                            "Production Operative",
                            "Cleaner",
                        ]
                    )
                ),
                "decoy",
            ),
            c("workerId", N, "INTEGER", g.ints(20_000, 29_999), "decoy", KEY),
            c("workerFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
            c("workerSurname", "last_name", "VARCHAR", [b for _, b in pairs]),
            c("niNumber", "ssn", "VARCHAR", g.col(lambda: v.uk_nino(g), 0.05)),
            c("workerMobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "e164": 0.25, "intl": 0.15})),
            c(
                "workerEmail",
                "email",
                "VARCHAR",
                [
                    v.email_of(g, a, b, ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com"])
                    for a, b in pairs
                ],
            ),
            c(
                "homePostcode",
                "postal_code",
                "VARCHAR",
                g.col(lambda: v.uk_postcode(g, g.rnd.choice(v.UK_HOME_OUTWARD))),
            ),
            c("dateOfBirth", "date_of_birth", "DATE", g.births(1962, 2007)),
            c(
                "rightToWorkShareCode",
                N,
                "VARCHAR",
                g.col(lambda: g.code("AZZ ZZZ ZZZ"), 0.55),
                "decoy",
                CREDENTIAL,
                SHAPE,
            ),
            c("shiftStart", N, "TIMESTAMP", starts, "decoy"),
            c("shiftEnd", N, "TIMESTAMP", _later(g, starts, 360, 720), "decoy"),
            c("breakMins", N, "INTEGER", g.col(g.pick([0, 30, 30, 45, 60])), "decoy"),
            c("payRate", N, "DECIMAL(6,2)", g.amounts(11.44, 15.5), "decoy"),
            c("chargeRate", N, "DECIMAL(6,2)", g.amounts(15.0, 21.5), "decoy"),
            c("bookedBy", "person_name", "VARCHAR", [g.rnd.choice(bookers[i]) for i in site], ROLE),
            c("consultant", "person_name", "VARCHAR", g.col(g.pick(consultants)), STAFF),
            c("noShow", N, "BOOLEAN", g.yn(True, False, 0.04), "decoy"),
            c("clockInLat", N, "DOUBLE", [coords[i][0] for i in site], "decoy", COORD),
            c("clockInLng", N, "DOUBLE", [coords[i][1] for i in site], "decoy", COORD),
            c(
                "clockInDevice",
                N,
                "VARCHAR",
                [f"KIOSK-{i + 1:02d}-{g.rnd.randint(1, 3)}" for i in site],
                "decoy",
                DEVICE,
            ),
            c("notes2", "phone", "VARCHAR", g.phones("GB", {"national": 0.7, "digits": 0.3}, 0.6, 0.45), MISLEADING),
            c(
                "misc_1",
                N,
                "VARCHAR",
                g.col(g.pick(["Hi-vis + boots", "Own PPE", "Hairnet req.", "Steel toe caps"]), 0.35),
                "decoy",
                OPAQUE,
            ),
            c("ATTR7", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.3), OPAQUE),
        ],
    )


def payroll_bureau(g: Gen) -> Table:
    """A Winnipeg payroll bureau's employee master for its client employers (``PayBureauMB.EmployeeMaster``, Pascal
    case): the client and its business number (``none``), the employee number, legal first, middle and last name,
    preferred name, SIN (``ssn``), birth date, home address in two lines, city, province (``none``), postal code,
    home phone, personal e-mail, dates, pay, TD1 claim, the direct-deposit institution and transit (``none``) and
    account number (``unclassified``, tag ``bank_account``), union dues code, cost centre, the last payroll clerk's
    login, the loader (a service account) and ``Udf2`` (a shift code)."""
    employers = [
        ("Red River Millwork", v.ca_bn(g)),
        ("Assiniboine Dental Group", v.ca_bn(g)),
        ("Keewatin Trucking", v.ca_bn(g)),
        ("Prairie Sky Daycare Co-op", v.ca_bn(g)),
        ("Osborne Village Bistro", v.ca_bn(g)),
        ("Pembina Valley Seed Cleaning", v.ca_bn(g)),
    ]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]
    pairs = [v.person(g) for _ in range(g.rows)]
    places = [g.rnd.choice(v.CA_PLACES) for _ in range(g.rows)]
    clerks = _logins(g, 4, 3)
    hired = g.days("2008-01-01", "2025-10-31")
    return Table(
        "PayBureauMB.EmployeeMaster",
        "en",
        "pascal",
        [
            c("EmployeeKey", N, "INTEGER", g.keys(100_001), "decoy", KEY),
            c("ClientCode", N, "VARCHAR", [f"MB{410 + i:04d}" for i in emp], "decoy", SHAPE),
            c("EmployerName", N, "VARCHAR", [employers[i][0] for i in emp], "business"),
            c("EmployerBN", N, "VARCHAR", [employers[i][1] for i in emp], "business", CHECK),
            c("EmployeeNumber", N, "VARCHAR", g.col(lambda: g.code("E99999")), "decoy", SHAPE),
            c("LegalFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
            c("MiddleName", "first_name", "VARCHAR", g.col(lambda: v.given(g), 0.6), HEAVY),
            c("LegalLastName", "last_name", "VARCHAR", [b for _, b in pairs]),
            c(
                "PreferredName",
                "first_name",
                "VARCHAR",
                [a[:3] if g.rnd.random() < 0.3 else None for a, _ in pairs],
                HEAVY,
            ),
            c("SIN", "ssn", "VARCHAR", g.col(lambda: v.ca_sin(g), 0.03), ABBREV),
            c("BirthDate", "date_of_birth", "DATE", g.births(1957, 2008)),
            c(
                "HomeAddress1",
                "street_address",
                "VARCHAR",
                g.col(lambda: f"{g.rnd.randint(1, 2400)} {g.rnd.choice(v.CA_STREETS)}"),
            ),
            c(
                "HomeAddress2",
                "street_address",
                "VARCHAR",
                g.col(lambda: f"Suite {g.rnd.randint(101, 1804)}", 0.8),
                HEAVY,
            ),
            c("City", "city", "VARCHAR", [p[0] for p in places]),
            c("Province", N, "VARCHAR", ["MB"] * g.rows, "decoy"),
            c("PostalCode", "postal_code", "VARCHAR", [v.ca_postal(g, g.rnd.choice(p[1])) for p in places]),
            c("HomePhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.6, "dashes": 0.4}, 0.5, 0.35)),
            c(
                "PersonalEmail",
                "email",
                "VARCHAR",
                [
                    v.email_of(g, a, b, ["gmail.com", "shaw.ca", "mymts.net", "hotmail.com", "outlook.com"])
                    for a, b in pairs
                ],
            ),
            c("HireDate", N, "DATE", hired, "decoy"),
            c("TerminationDate", N, "DATE", g.days("2024-01-01", "2025-11-30", 0.62), "decoy"),
            c("PayFrequency", N, "VARCHAR", g.col(g.pick(["BW", "SM", "W"])), "decoy"),
            c("AnnualSalary", N, "DECIMAL(10,2)", g.amounts(31_000, 118_000), "decoy"),
            c("TD1FederalClaim", N, "DECIMAL(10,2)", g.col(g.pick([16_129.0, 16_129.0, 21_480.5, 0.0])), "decoy"),
            c("InstitutionNo", N, "VARCHAR", g.col(g.pick(["001", "002", "003", "004", "010", "809"])), "decoy"),
            c("TransitNo", N, "VARCHAR", g.col(lambda: g.digits(5)), "decoy"),
            c("AccountNo", USERNAME, "VARCHAR", g.col(lambda: g.digits(g.rnd.choice([7, 9, 12])), 0.08), BANK),
            c("UnionDuesCode", N, "VARCHAR", g.col(g.pick(["UFCW832", "MGEU", "NONE-U"]), 0.5), "decoy"),
            c("CostCentre", N, "VARCHAR", g.col(lambda: g.code("CC-999")), "decoy"),
            c("LastModifiedBy", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT),
            c("LoadedBy", N, "VARCHAR", g.col(g.pick(["ETL_PAYLOAD", "svc_import"])), "decoy", AUDIT, SERVICE),
            c("Udf2", N, "VARCHAR", g.col(g.pick(["A", "B", "C", "Nights"]), 0.4), "decoy", OPAQUE),
        ],
    )


def timesheet_lines(g: Gen) -> Table:
    """A Denver engineering consultancy's timesheet lines (``timetrack.timesheet_lines``, snake case): the
    employee's login, name and work e-mail, projects and clients (``none``), tasks, hours and rates, the approver and
    the approver's e-mail, the IP the sheet was submitted from, comments naming people (``free_text``), canned
    rejection reasons (``none``), a delegate approver (mostly NULL), the sync job, ``name`` (the timesheet template:
    ``none``) and ``udf_03`` (a fiscal period)."""
    staff = [v.person(g) for _ in range(70)]
    who = [g.rnd.randrange(len(staff)) for _ in range(g.rows)]
    approvers = [v.person(g) for _ in range(6)]
    ap = [g.rnd.randrange(len(approvers)) for _ in range(g.rows)]
    clients = [
        "Front Range Water Authority",
        "Arapahoe County Public Works",
        "Summit Ridge Metro District",
        "Platte Valley Rail",
        "Boulder Creek Hydro",
    ]
    client = [g.rnd.randrange(len(clients)) for _ in range(g.rows)]
    dom = "foothillseng.com"

    def comment() -> str:
        return g.rnd.choice(
            [
                f"Site walk with {v.whole(g)} from the district",
                "QA/QC of drainage calcs",
                f"Covered for {v.given(g)} on the permit set",
                "Travel to Fort Collins",
                f"Call with {v.whole(g)} re easement",
            ]
        )

    return Table(
        "timetrack.timesheet_lines",
        "en",
        "snake",
        [
            c("line_id", N, "BIGINT", g.keys(7_700_001), "decoy", KEY),
            c("timesheet_id", N, "BIGINT", g.ints(310_000, 319_999), "decoy", KEY),
            c("week_ending", N, "DATE", [g.day("2025-08-02", "2025-11-29") for _ in range(g.rows)], "decoy"),
            c("employee_login", USERNAME, "VARCHAR", [v.login(*staff[i], 1) for i in who], USER),
            c("employee_name", "person_name", "VARCHAR", [f"{staff[i][1]}, {staff[i][0]}" for i in who]),
            c("employee_email", "email", "VARCHAR", [v.work_email(*staff[i], dom) for i in who], WORK_EMAIL),
            c("project_code", N, "VARCHAR", [f"P{24 + i % 2}-{1_000 + i * 37}" for i in client], "decoy", SHAPE),
            c(
                "project_name",
                N,
                "VARCHAR",
                [f"{clients[i].split()[0]} {g.rnd.choice(['Master Plan', 'Phase 2', 'Design'])}" for i in client],
                "decoy",
            ),
            c("client_name", N, "VARCHAR", [clients[i] for i in client], "business"),
            c("task_code", N, "VARCHAR", g.col(g.pick(["100-DES", "200-CA", "300-PM", "900-NB"])), "decoy"),
            c("billable", N, "BOOLEAN", g.yn(True, False, 0.82), "decoy"),
            c("work_date", N, "DATE", g.days("2025-07-27", "2025-11-29"), "decoy"),
            c("hours", N, "DECIMAL(4,2)", g.col(g.pick([0.5, 1.0, 2.0, 2.5, 4.0, 6.0, 8.0])), "decoy"),
            c("bill_rate", N, "DECIMAL(7,2)", g.col(g.pick([135.0, 165.0, 190.0, 240.0])), "decoy"),
            c("cost_rate", N, "DECIMAL(7,2)", g.amounts(38, 96), "decoy"),
            c(
                "approver_name",
                "person_name",
                "VARCHAR",
                [f"{approvers[i][0]} {approvers[i][1]}" for i in ap],
                STAFF,
                ROLE,
            ),
            c(
                "approver_email",
                "email",
                "VARCHAR",
                [v.work_email(*approvers[i], dom) for i in ap],
                ROLE_EMAIL,
                WORK_EMAIL,
            ),
            c("approved_at", N, "TIMESTAMP", g.moments("2025-08-04", "2025-12-03", 0.12), "decoy"),
            c("submit_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25), 0.05)),
            c("line_comment", "free_text", "VARCHAR", g.sparse(comment, 0.8, _words("-", " ")), NULLWORD),
            c(
                "rejection_reason",
                N,
                "VARCHAR",
                g.col(g.pick(["Wrong project", "Missing task code", "Over budget"]), 0.6),
                "decoy",
            ),
            c("delegate_approver", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.86), HEAVY, ROLE),
            c("sync_source", N, "VARCHAR", g.col(g.pick(["adp-connector", "deltek-sync"])), "decoy", SERVICE, AUDIT),
            c("gl_account", N, "VARCHAR", g.col(g.pick(["5100", "5120", "6100"])), "decoy"),
            c(
                "name",
                N,
                "VARCHAR",
                g.col(g.pick(["Standard 40h", "Field crew 4x10", "Part-time 24h"])),
                "decoy",
                MISLEADING,
            ),
            c("udf_03", N, "VARCHAR", g.col(g.pick(["FY26-P01", "FY26-P02", "FY26-P03", "FY26-P04"])), "decoy", OPAQUE),
        ],
    )


def expense_claims(g: Gen) -> Table:
    """A Perth mining-services firm's expense claim lines (``EXPENSES.CLAIM_LINES``, SCREAMING case): the
    claimant's name and work e-mail, cost centre, merchants and their ABNs (``none``), amounts, the corporate card in
    clear (``credit_card``) and its last four digits (``none``), the cardholder, the receipt's hash, the home a
    mileage trip started from (``street_address``, tag ``premises``), meal attendees (``;``), the business purpose
    naming people (``free_text``), the approver, the reimbursement BSB (``none``) and account (``unclassified``),
    the exporter, ``ATTR7`` (the claimant's mobile for SMS approvals) and ``ATTR8`` (a project code)."""
    staff = [v.person(g) for _ in range(60)]
    who = [g.rnd.randrange(len(staff)) for _ in range(g.rows)]
    cards = [v.card(g) for _ in staff]
    accts = [g.digits(g.rnd.choice([6, 8, 9])) for _ in staff]
    mobiles = [g.phone("AU", g.rnd.choice(["national", "intl"])) for _ in staff]
    merchants = [
        (m, v.au_abn(g))
        for m in [
            "Qantas Airways",
            "Crown Towers Perth",
            "Caltex Kalgoorlie",
            "Pilbara Roadhouse",
            "Officeworks Osborne Park",
            "The Trustee Bar",
        ]
    ]
    merchant = [g.rnd.randrange(len(merchants)) for _ in range(g.rows)]
    approvers = _staff(g, 5)
    types = g.col(g.pick(["Airfare", "Accommodation", "Fuel", "Meals", "Mileage", "Stationery"]))
    paid = [t != "Mileage" for t in types]

    def attendees() -> str | None:
        if g.rnd.random() < 0.55:
            return None
        return "; ".join(v.whole(g) for _ in range(g.rnd.randint(2, 4)))

    def purpose() -> str:
        return g.rnd.choice(
            [
                "FIFO flight to Newman site",
                f"Client dinner with {v.whole(g)} (BHP contractor mgmt)",
                "Fuel for pool vehicle 1HXK-221",
                f"Drove {v.given(g)} to Karratha airport",
                "Stationery for induction packs",
            ]
        )

    return Table(
        "EXPENSES.CLAIM_LINES",
        "en",
        "screaming",
        [
            c("CLAIM_ID", N, "INTEGER", g.ints(60_000, 64_999), "decoy", KEY),
            c("LINE_NO", N, "INTEGER", g.ints(1, 9), "decoy"),
            c("EMP_NO", N, "VARCHAR", [f"WA{4_000 + i}" for i in who], "decoy", KEY, ABBREV),
            c("CLAIMANT_NM", "person_name", "VARCHAR", [f"{staff[i][0]} {staff[i][1]}".upper() for i in who], ABBREV),
            c(
                "CLAIMANT_EMAIL",
                "email",
                "VARCHAR",
                [v.work_email(*staff[i], "ironbarkminingservices.com.au") for i in who],
                WORK_EMAIL,
            ),
            c("COST_CTR", N, "VARCHAR", g.col(g.pick(["PIL-OPS", "GOLD-MNT", "PER-ADM", "KAL-DRL"])), "decoy", ABBREV),
            c("EXP_TYPE", N, "VARCHAR", types, "decoy", ABBREV),
            c("MERCHANT", N, "VARCHAR", [merchants[m][0] if p else None for m, p in zip(merchant, paid)], "business"),
            c(
                "MERCHANT_ABN",
                N,
                "VARCHAR",
                [merchants[m][1] if p else None for m, p in zip(merchant, paid)],
                "business",
                CHECK,
            ),
            c("TXN_DT", N, "DATE", g.days("2025-07-01", "2025-11-30"), "decoy", ABBREV),
            c("AMT_AUD", N, "DECIMAL(9,2)", g.amounts(4.5, 1_850), "decoy", ABBREV),
            c("GST_AMT", N, "DECIMAL(9,2)", g.amounts(0, 168), "decoy", ABBREV),
            c("CARD_NO", "credit_card", "VARCHAR", [cards[i] if p else None for i, p in zip(who, paid)]),
            c("CARD_LAST4", N, "VARCHAR", [cards[i][-4:] if p else None for i, p in zip(who, paid)], "decoy", PARTIAL),
            c(
                "CARDHOLDER_NM",
                "person_name",
                "VARCHAR",
                [f"{staff[i][0][0]} {staff[i][1]}".upper() if p else None for i, p in zip(who, paid)],
                ABBREV,
            ),
            c("RECEIPT_SHA1", N, "VARCHAR", g.col(g.sha1, 0.15), "decoy", HASHED),
            c(
                "MILEAGE_FROM",
                "street_address",
                "VARCHAR",
                [
                    None if p else f"{g.rnd.randint(1, 240)} {g.rnd.choice(v.AU_STREETS)}, {g.rnd.choice(v.AU_SUBURBS)}"
                    for p in paid
                ],
                PREMISES,
                HEAVY,
            ),
            c("MILEAGE_KM", N, "INTEGER", [0 if p else g.rnd.randint(12, 640) for p in paid], "decoy"),
            c(
                "ATTENDEES",
                "person_name",
                "VARCHAR",
                [attendees() if t == "Meals" or g.rnd.random() < 0.3 else None for t in types],
                MULTI,
                HEAVY,
            ),
            c("BUSINESS_PURPOSE", "free_text", "VARCHAR", g.col(purpose, 0.05)),
            c("APPROVER_NM", "person_name", "VARCHAR", g.col(g.pick(approvers), 0.1), STAFF, ROLE, ABBREV),
            c("APPROVED_TS", N, "TIMESTAMP", g.moments("2025-07-02", "2025-12-05", 0.1), "decoy"),
            c("REIMB_BSB", N, "VARCHAR", g.col(g.pick(["066-040", "086-006", "306-089", "016-307"])), "decoy", ABBREV),
            c("REIMB_ACCT", USERNAME, "VARCHAR", [accts[i] for i in who], BANK, ABBREV),
            c("AUDIT_FLAG", N, "VARCHAR", g.col(g.pick(["N", "N", "N", "Y"])), "decoy"),
            c("EXPORTED_BY", N, "VARCHAR", ["SAP_AP_EXPORT"] * g.rows, "decoy", SERVICE, AUDIT),
            c("ATTR7", "phone", "VARCHAR", [mobiles[i] if g.rnd.random() < 0.8 else None for i in who], OPAQUE),
            c("ATTR8", N, "VARCHAR", g.col(lambda: g.code("PRJ-99999"), 0.3), "decoy", OPAQUE),
        ],
    )


def occ_health_visits(g: Gen) -> Table:
    """A Cleveland occupational-health clinic's visit log (``occmed.visit_log``, snake case with abbreviations): the
    employer account, name and phone (``none``), the patient's names, birth date, the SSN's last four digits
    (``none``), phone and e-mail, the employer's employee id, the job, the service (DOT physical, drug screen), the
    custody and control form and specimen numbers (``none``), the medical review officer and the provider (few), the
    result and canned restrictions (``none``), the clinical note naming people (``free_text``), the supervisor who
    sent the employee, the commercial driver's licence number (``national_id``, mostly NULL) and its state, times, a
    blood pressure and ``misc_1`` (the home address from the intake form)."""
    employers = [
        ("Cuyahoga Valley Paving", g.phone("US", "national", False)),
        ("Lake Erie Freight", g.phone("US", "national", False)),
        ("Shaker Heights Schools", g.phone("US", "national", False)),
        ("Brook Park Plastics", g.phone("US", "national", False)),
        ("Westlake Home Care", g.phone("US", "national", False)),
    ]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]
    pairs = [v.person(g) for _ in range(g.rows)]
    mros = _staff(g, 2)
    providers = _staff(g, 5)
    svc = g.col(
        g.pick(
            [
                "DOT physical",
                "DOT physical",
                "5-panel drug screen",
                "10-panel drug screen",
                "DOT drug screen",
                "Breath alcohol",
                "Audiogram",
            ]
        )
    )
    checkin = g.moments("2025-06-01", "2025-11-30")

    def note() -> str:
        return g.rnd.choice(
            [
                "BP elevated, recheck in 3 months; 1-year card issued",
                f"Accompanied by supervisor {v.whole(g)}; chain of custody intact",
                f"Donor unable to provide specimen, {v.whole(g)} at employer notified",
                "Hearing threshold shift L ear, refer to audiologist",
                f"Wife {v.given(g)} drove patient, eye drops administered",
            ]
        )

    return Table(
        "occmed.visit_log",
        "en",
        "snake",
        [
            c("visit_id", N, "BIGINT", g.keys(2_200_001), "decoy", KEY),
            c("employer_acct", N, "INTEGER", [880 + i for i in emp], "decoy", KEY),
            c("employer_nm", N, "VARCHAR", [employers[i][0] for i in emp], "business", ABBREV),
            c("employer_ph", N, "VARCHAR", [employers[i][1] for i in emp], "business", ABBREV),
            c("pt_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
            c("pt_lnm", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
            c("pt_dob", "date_of_birth", "DATE", g.births(1955, 2006), ABBREV),
            c("pt_ssn_last4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.2), "decoy", PARTIAL, ABBREV),
            c("pt_ph", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.5}, 0.9, 0.05), ABBREV),
            c(
                "pt_email",
                "email",
                "VARCHAR",
                [v.email_of(g, a, b, v.PERSONAL_DOMAINS) if g.rnd.random() < 0.6 else None for a, b in pairs],
                ABBREV,
            ),
            c("emp_id_at_employer", N, "VARCHAR", g.col(lambda: g.digits(6), 0.3), "decoy", ABBREV),
            c(
                "job_title",
                N,
                "VARCHAR",
                g.col(g.pick(["CDL-A driver", "Bus driver", "Laborer", "Machine operator", "Home health aide"])),
                "decoy",
            ),
            c("svc_type", N, "VARCHAR", svc, "decoy", ABBREV),
            c(
                "ccf_no",
                N,
                "VARCHAR",
                [g.code("99999999") if "drug" in s else None for s in svc],
                "decoy",
                SHAPE,
                ABBREV,
            ),
            c("specimen_id", N, "VARCHAR", [g.code("AA9999999") if "drug" in s else None for s in svc], "decoy", SHAPE),
            c(
                "mro_nm",
                "person_name",
                "VARCHAR",
                [f"Dr. {g.rnd.choice(mros)}" if "drug" in s else None for s in svc],
                STAFF,
                HEAVY,
                ABBREV,
            ),
            c("provider_nm", "person_name", "VARCHAR", g.col(g.pick(providers)), STAFF, ABBREV),
            c(
                "result",
                N,
                "VARCHAR",
                g.col(g.pick(["Qualified", "Qualified 1 yr", "Negative", "Not qualified", "Pass"])),
                "decoy",
            ),
            c(
                "restrictions",
                N,
                "VARCHAR",
                g.col(g.pick(["No lifting > 25 lb", "Hearing protection required", "Corrective lenses"]), 0.6),
                "decoy",
            ),
            c("clinical_note", "free_text", "VARCHAR", g.col(note, 0.3)),
            c("supervisor_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.45), ROLE, ABBREV),
            c(
                "cdl_no",
                "national_id",
                "VARCHAR",
                [v.us_licence(g, "OH") if s.startswith("DOT") and g.rnd.random() < 0.85 else None for s in svc],
                HEAVY,
                ABBREV,
            ),
            c("cdl_st", N, "VARCHAR", ["OH" if s.startswith("DOT") else None for s in svc], "decoy", ABBREV),
            c("checkin_ts", N, "TIMESTAMP", checkin, "decoy"),
            c("checkout_ts", N, "TIMESTAMP", _later(g, checkin, 20, 150, 0.05), "decoy"),
            c("bp_systolic", N, "INTEGER", g.ints(102, 168, 0.3), "decoy"),
            c(
                "misc_1",
                "street_address",
                "VARCHAR",
                g.col(lambda: f"{v.us_street(g)}, {v.us_place(g, 'cle')[0]} OH", 0.2),
                OPAQUE,
            ),
        ],
    )


def visa_sponsorships(g: Gen) -> Table:
    """A Cambridge (Massachusetts) biotech's visa sponsorship tracker (``GlobalMobility.SponsorshipCases``, Pascal
    case): the USCIS receipt number and the LCA case number (``none``), the class, the beneficiary's given and family
    name, birth date, citizenship (``none``), birthplace (``city``), passport number, ``Code`` (the A-number:
    ``national_id``, tag ``misleading``), the I-94 admission number, home address and ZIP, e-mail and mobile, the job,
    SOC code and wage, the worksite (``none``), the hiring manager, outside counsel and the firm (``none``),
    dependants as ``relation: name`` pairs (``free_text``), dates and case notes."""
    births = g.births(1975, 2001)
    origins = ["south_asian", "south_asian", "east_asian", "anglo", "hispanic", "arabic", "african"]
    pairs = []
    for _ in range(g.rows):
        origin = g.rnd.choice(origins)
        pairs.append((origin, *v.person(g, origin)))
    citizenship = {
        "south_asian": ["India", "India", "Pakistan"],
        "east_asian": ["China", "South Korea", "Vietnam"],
        "anglo": ["United Kingdom", "Australia", "Canada", "Ireland"],
        "hispanic": ["Mexico", "Colombia"],
        "arabic": ["Egypt", "Jordan", "Lebanon"],
        "african": ["Nigeria", "Ghana", "Kenya"],
    }
    birthplaces = {
        "India": ["Pune", "Chennai", "Hyderabad"],
        "Pakistan": ["Lahore", "Karachi"],
        "China": ["Chengdu", "Wuhan", "Shanghai"],
        "South Korea": ["Daegu", "Seoul"],
        "Vietnam": ["Da Nang", "Hanoi"],
        "United Kingdom": ["Leeds", "Bristol"],
        "Australia": ["Adelaide", "Brisbane"],
        "Canada": ["Halifax", "Calgary"],
        "Ireland": ["Galway"],
        "Mexico": ["Guadalajara", "Puebla"],
        "Colombia": ["Medellín", "Cali"],
        "Egypt": ["Alexandria", "Cairo"],
        "Jordan": ["Irbid", "Amman"],
        "Lebanon": ["Tripoli", "Beirut"],
        "Nigeria": ["Ibadan", "Enugu"],
        "Ghana": ["Kumasi", "Accra"],
        "Kenya": ["Mombasa", "Nakuru"],
    }
    country = [g.rnd.choice(citizenship[o]) for o, _, _ in pairs]
    places = [v.us_place(g, "bos") for _ in range(g.rows)]
    managers = _staff(g, 6)
    attorneys = _staff(g, 3)
    visa = g.col(g.pick(["H-1B", "H-1B", "O-1A", "L-1B", "TN", "E-3", "H-1B1", "Green card (PERM)"]))

    def dependants(origin: str, last: str) -> str | None:
        if g.rnd.random() < 0.55:
            return None
        out = [f"Spouse: {v.person(g, origin)[0]} {last}"]
        out += [f"Child: {v.person(g, origin)[0]} {last}" for _ in range(g.rnd.randint(0, 2))]
        return "; ".join(out)

    def note() -> str:
        return g.rnd.choice(
            [
                f"RFE received, {g.rnd.choice(attorneys)} drafting response",
                f"Beneficiary's spouse {v.given(g)} needs H-4 EAD",
                "Premium processing requested",
                f"Manager {g.rnd.choice(managers)} confirmed role unchanged",
                "Cap-exempt? checked: no",
            ]
        )

    return Table(
        "GlobalMobility.SponsorshipCases",
        "en",
        "pascal",
        [
            c("CaseId", N, "INTEGER", g.keys(4_001), "decoy", KEY),
            c(
                "ReceiptNumber",
                N,
                "VARCHAR",
                g.col(lambda: g.rnd.choice(["WAC", "EAC", "IOE"]) + g.digits(10), 0.15),
                "decoy",
                SHAPE,
            ),
            c("VisaClass", N, "VARCHAR", visa, "decoy"),
            c("BeneficiaryGivenName", "first_name", "VARCHAR", [a for _, a, _ in pairs], ROLE),
            c("BeneficiaryFamilyName", "last_name", "VARCHAR", [b for _, _, b in pairs], ROLE),
            c("DateOfBirth", "date_of_birth", "DATE", births),
            c("CountryOfCitizenship", N, "VARCHAR", country, "decoy"),
            c("CityOfBirth", "city", "VARCHAR", [g.rnd.choice(birthplaces[x]) for x in country]),
            c(
                "PassportNumber",
                "national_id",
                "VARCHAR",
                g.col(lambda: g.code(g.rnd.choice(["A9999999", "AA9999999", "999999999", "E99999999"]))),
            ),
            c("PassportExpiry", N, "DATE", g.days("2026-01-01", "2034-12-31"), "decoy"),
            c(
                "Code",
                "national_id",
                "VARCHAR",
                g.col(
                    lambda: (
                        "A" + g.digits(9)
                        if g.rnd.random() < 0.7
                        else "A" + g.digits(3) + "-" + g.digits(3) + "-" + g.digits(3)
                    ),
                    0.4,
                ),
                MISLEADING,
            ),
            c("I94Number", "national_id", "VARCHAR", g.col(lambda: g.digits(9) + g.code("A9"), 0.2)),
            c("HomeAddress", "street_address", "VARCHAR", g.col(lambda: v.us_street(g))),
            c("HomeZip", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in places]),
            c("PersonalEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.PERSONAL_DOMAINS) for _, a, b in pairs]),
            c("MobilePhone", "phone", "VARCHAR", g.phones("US", {"e164": 0.5, "national": 0.5})),
            c(
                "JobTitle",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Scientist II",
                            "Senior Scientist",
                            "Bioinformatics Engineer",
                            "Process Development Associate",
                            "Clinical Data Manager",
                        ]
                    )
                ),
                "decoy",
            ),
            c("SocCode", N, "VARCHAR", g.col(g.pick(["19-1042", "15-2041", "19-1029", "17-2199"])), "decoy", SHAPE),
            c(
                "LcaCaseNumber",
                N,
                "VARCHAR",
                [f"I-200-25{g.digits(3)}-{g.digits(6)}" if x.startswith("H-1B") else None for x in visa],
                "decoy",
                SHAPE,
            ),
            c("WageLevel", N, "VARCHAR", g.col(g.pick(["I", "II", "III", "IV"])), "decoy"),
            c("OfferedWage", N, "INTEGER", g.ints(92_000, 210_000), "decoy"),
            c(
                "WorksiteAddress",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "300 Technology Square, Cambridge MA 02139",
                            "75 Binney St, Cambridge MA 02142",
                            "1 Kendall Sq Bldg 600, Cambridge MA 02139",
                        ]
                    )
                ),
                "business",
            ),
            c("HiringManager", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF),
            c("AttorneyName", "person_name", "VARCHAR", g.col(g.pick(attorneys)), ROLE),
            c("LawFirm", N, "VARCHAR", ["Calloway Drummond Immigration LLP"] * g.rows, "business"),
            c("Dependents", "free_text", "VARCHAR", [dependants(o, b) for o, _, b in pairs], MULTI),
            c("PetitionFiledOn", N, "DATE", g.days("2024-03-01", "2025-11-15"), "decoy"),
            c("ValidTo", N, "DATE", g.days("2026-06-01", "2028-09-30", 0.2), "decoy"),
            c("CaseNotes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("TBC", "tbc")), NULLWORD),
        ],
    )


# -- Brazil, Turkey, Japan, Sweden, Denmark, Czechia, Greece -----------------------------------------------------------


def br_couriers(g: Gen) -> Table:
    """A Belo Horizonte delivery platform's courier registrations (``entregas_bh.entregadoresCadastro``, Brazilian
    Portuguese, camel case): full name and social name, CPF, CNH and its category, birth date, mobile, e-mail, CEP,
    street, number and complement, ``bairro`` and city (``city``), state (``none``), the vehicle and plate, the
    courier's MEI CNPJ (``none``), the Pix key (a CPF, an e-mail, a phone or a random key by row: ``free_text``), the
    bank, branch (``none``) and account (``unclassified``), the phone's IMEI, app version, last login IP, rating,
    status, the emergency contact as ``name - phone`` (``free_text``) and the creation time."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.3
        a, b = v.person(g, "pt", female)
        extra = g.rnd.choice(
            ["", "", f" {v.person(g, 'pt')[1]}", " da " + v.person(g, "pt")[1], " " + v.person(g, "pt", female)[0]]
        )
        rows.append((a, b, f"{a}{extra} {b}"))
    places = [g.rnd.choice(v.BR_PLACES) for _ in range(g.rows)]
    cpfs = [v.br_cpf(g, g.rnd.random() < 0.6) for _ in range(g.rows)]
    modal = g.col(g.pick(["moto", "moto", "moto", "bike", "carro"]))

    def pix(i: int) -> str:
        roll = g.rnd.random()
        if roll < 0.3:
            return cpfs[i]
        if roll < 0.55:
            return v.email_of(g, rows[i][0], rows[i][1], ["gmail.com", "hotmail.com", "yahoo.com.br"])
        if roll < 0.8:
            return g.phone("BR", "e164")
        return g.uuid()

    def contato() -> str:
        rel = g.rnd.choice(["mãe", "esposa", "irmão", "namorada", "pai"])
        return f"{v.whole(g, 'pt')} ({rel}) - {g.phone('BR', 'national')}"

    return Table(
        "entregas_bh.entregadoresCadastro",
        "pt",
        "camel",
        [
            c("idEntregador", N, "BIGINT", g.keys(310_001), "decoy", KEY),
            c("nomeCompleto", "person_name", "VARCHAR", [r[2] for r in rows]),
            c("nomeSocial", "first_name", "VARCHAR", g.col(lambda: v.given(g, "pt"), 0.88), HEAVY),
            c("cpf", "national_id", "VARCHAR", cpfs),
            c("cnh", "national_id", "VARCHAR", [g.digits(11) if m != "bike" else None for m in modal]),
            c(
                "categoriaCnh",
                N,
                "VARCHAR",
                [g.rnd.choice(["A", "AB", "B"]) if m != "bike" else None for m in modal],
                "decoy",
            ),
            c("dataNascimento", "date_of_birth", "DATE", g.births(1968, 2006)),
            c("celular", "phone", "VARCHAR", g.phones("BR", {"national": 0.5, "e164": 0.3, "digits": 0.2})),
            c(
                "email",
                "email",
                "VARCHAR",
                [
                    v.email_of(g, a, b, ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.br", "bol.com.br"])
                    for a, b, _ in rows
                ],
            ),
            c("cep", "postal_code", "VARCHAR", [f"{p[2]}{g.digits(3)}-{g.digits(3)}" for p in places]),
            c("logradouro", "street_address", "VARCHAR", g.col(g.pick(v.BR_STREETS))),
            c(
                "numero",
                "street_address",
                "VARCHAR",
                g.col(lambda: str(g.rnd.randint(1, 3200)) if g.rnd.random() < 0.95 else "S/N"),
            ),
            c(
                "complemento",
                "street_address",
                "VARCHAR",
                g.col(
                    lambda: g.rnd.choice([f"Apto {g.rnd.randint(101, 804)}", f"Casa {g.rnd.randint(1, 4)}", "Fundos"]),
                    0.62,
                ),
                HEAVY,
            ),
            c("bairro", "city", "VARCHAR", [g.rnd.choice(p[1]) for p in places]),
            c("cidade", "city", "VARCHAR", [p[0] for p in places]),
            c("uf", N, "VARCHAR", ["MG"] * g.rows, "decoy"),
            c("modal", N, "VARCHAR", modal, "decoy"),
            c(
                "placaVeiculo",
                N,
                "VARCHAR",
                [g.code("AAA9A99") if m != "bike" else None for m in modal],
                "decoy",
                SHAPE,
            ),
            c("cnpjMei", N, "VARCHAR", g.col(lambda: v.br_cnpj(g), 0.45), "decoy", CHECK),
            c("chavePix", "free_text", "VARCHAR", [pix(i) for i in range(g.rows)], MIXED),
            c(
                "banco",
                N,
                "VARCHAR",
                g.col(g.pick(["260 - Nu Pagamentos", "077 - Banco Inter", "104 - Caixa", "341 - Itaú"])),
                "decoy",
            ),
            c("agencia", N, "VARCHAR", g.col(lambda: g.digits(4)), "decoy"),
            c("conta", USERNAME, "VARCHAR", g.col(lambda: f"{g.digits(g.rnd.choice([6, 7, 8]))}-{g.digits(1)}"), BANK),
            c("imeiAparelho", N, "VARCHAR", g.col(lambda: v.imei(g), 0.1), "decoy", CHECK, DEVICE),
            c("versaoApp", N, "VARCHAR", g.col(g.version), "decoy"),
            c("ultimoLoginIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.45))),
            c("avaliacaoMedia", N, "DECIMAL(3,2)", g.floats(3.6, 5.0, 2), "decoy"),
            c("statusCadastro", N, "VARCHAR", g.col(g.pick(["ativo", "ativo", "pendente_docs", "bloqueado"])), "decoy"),
            c("contatoEmergencia", "free_text", "VARCHAR", g.col(contato, 0.25), MIXED),
            c("criadoEm", N, "TIMESTAMP", g.moments("2023-01-01", "2025-11-30"), "decoy"),
        ],
    )


def tr_reference_checks(g: Gen) -> Table:
    """An Istanbul HR consultancy's reference checks (``ik_danismanlik.referans_kontrolleri``, Turkish, snake case):
    the candidate's names, T.C. kimlik no, phone, province (``none``) and district (``city``), the client hiring
    (``none``), the referee's name, title, company and its VKN (``none``), phone and e-mail, the relationship, the
    interviewer (few), score and notes naming people (``free_text``), the consent flag and IP, the recording user's
    login, ``alan_1`` (a source code: ``none``) and ``alan_2`` (the candidate's second e-mail)."""
    pairs = [v.person(g, "tr") for _ in range(g.rows)]
    companies = [
        (name, v.tr_vkn(g))
        for name in [
            "Boğaziçi Lojistik A.Ş.",
            "Marmara Gıda San. Tic. A.Ş.",
            "Anadolu Yazılım Ltd. Şti.",
            "Ege Tekstil A.Ş.",
            "Kuzey Enerji A.Ş.",
            "Deniz Sigorta A.Ş.",
        ]
    ]
    ref_co = [g.rnd.randrange(len(companies)) for _ in range(g.rows)]
    referees = [v.person(g, "tr") for _ in range(g.rows)]
    districts = [
        ("İstanbul", ["Kadıköy", "Beşiktaş", "Üsküdar", "Bakırköy", "Pendik"]),
        ("Kocaeli", ["İzmit", "Gebze"]),
        ("Bursa", ["Nilüfer", "Osmangazi"]),
    ]
    place = [g.rnd.choice(districts) for _ in range(g.rows)]
    interviewers = _staff(g, 4, lambda x: v.whole(x, "tr"))
    recorders = _logins(g, 4, 0, "tr")

    def note(a: str) -> str:
        return g.rnd.choice(
            [
                f"{a} Hanım ekip çalışmasına çok yatkın, tekrar çalışırım dedi.",
                f"Referans {v.whole(g, 'tr')} adayın zamanında teslimatlarını övdü.",
                "Ayrılma nedeni: şirket küçülmesi. Olumlu.",
                f"{a} Bey ile iki yıl aynı projede çalışmışlar, liderlik vasfı orta.",
                "Referansa ulaşılamadı, e-posta ile dönüş alındı.",
            ]
        )

    return Table(
        "ik_danismanlik.referans_kontrolleri",
        "tr",
        "snake",
        [
            c("kontrol_id", N, "INTEGER", g.keys(15_001), "decoy", KEY),
            c("aday_no", N, "INTEGER", g.ints(90_000, 99_999), "decoy", KEY),
            c("aday_adi", "first_name", "VARCHAR", [a for a, _ in pairs]),
            c("aday_soyadi", "last_name", "VARCHAR", [b for _, b in pairs]),
            c("tc_kimlik_no", "national_id", "VARCHAR", g.col(lambda: v.tr_tckimlik(g), 0.06)),
            c("aday_telefon", "phone", "VARCHAR", g.phones("TR", {"national": 0.6, "e164": 0.2, "intl": 0.2})),
            c("aday_il", N, "VARCHAR", [p[0] for p in place], "decoy"),
            c("aday_ilce", "city", "VARCHAR", [g.rnd.choice(p[1]) for p in place]),
            c(
                "pozisyon",
                N,
                "VARCHAR",
                g.col(g.pick(["Satış Uzmanı", "Muhasebe Müdürü", "Yazılım Geliştirici", "Depo Sorumlusu"])),
                "decoy",
            ),
            c(
                "isveren_firma",
                N,
                "VARCHAR",
                g.col(g.pick(["Karadeniz Holding", "Atlas Perakende A.Ş.", "Toros Otomotiv A.Ş."])),
                "business",
            ),
            c("referans_adi_soyadi", "person_name", "VARCHAR", [f"{a} {b}" for a, b in referees], ROLE),
            c(
                "referans_unvani",
                N,
                "VARCHAR",
                g.col(g.pick(["Genel Müdür", "Ekip Lideri", "İK Müdürü", "Proje Yöneticisi"])),
                "decoy",
            ),
            c("referans_sirketi", N, "VARCHAR", [companies[i][0] for i in ref_co], "business"),
            c("referans_sirket_vkn", N, "VARCHAR", [companies[i][1] for i in ref_co], "business", CHECK),
            c("referans_telefon", "phone", "VARCHAR", g.phones("TR", {"national": 0.7, "digits": 0.3})),
            c(
                "referans_eposta",
                "email",
                "VARCHAR",
                [
                    v.email_of(g, a, b, ["gmail.com", "hotmail.com", "yandex.com", "outlook.com"])
                    if g.rnd.random() < 0.7
                    else None
                    for a, b in referees
                ],
                ROLE_EMAIL,
            ),
            c(
                "iliski",
                N,
                "VARCHAR",
                g.col(g.pick(["Eski yönetici", "İş arkadaşı", "Müşteri", "Akademik danışman"])),
                "decoy",
            ),
            c("gorusme_tarihi", N, "DATE", g.days("2025-04-01", "2025-11-30"), "decoy"),
            c("gorusmeci", "person_name", "VARCHAR", g.col(g.pick(interviewers)), STAFF),
            c("puan", N, "INTEGER", g.ints(1, 5), "decoy"),
            c("ise_tekrar_alir_mi", N, "BOOLEAN", g.yn(True, False, 0.8), "decoy"),
            c("gorusme_notu", "free_text", "VARCHAR", [note(a) for a, _ in pairs]),
            c("kvkk_onay", N, "BOOLEAN", g.yn(True, False, 0.97), "decoy"),
            c("onay_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.05)),
            c("kayit_eden", USERNAME, "VARCHAR", g.col(g.pick(recorders)), USER, AUDIT),
            c(
                "alan_1",
                N,
                "VARCHAR",
                g.col(g.pick(["KARIYER", "LINKEDIN", "REFERANS", "SECRETCV"]), 0.2),
                "decoy",
                OPAQUE,
            ),
            c(
                "alan_2",
                "email",
                "VARCHAR",
                [v.email_of(g, a, b, ["icloud.com", "gmail.com"]) if g.rnd.random() < 0.45 else None for a, b in pairs],
                OPAQUE,
                HEAVY,
            ),
        ],
    )


def jp_onboarding(g: Gen) -> Table:
    """A Fukuoka logistics company's onboarding checklist export (``入社手続.チェックリスト``, Japanese column names):
    the employee number, name in kanji and in katakana, former family name (mostly NULL), birth date, sex, postcode,
    address, mobile and personal e-mail, My Number (``national_id``), the basic pension number and the employment
    insurance number (``ssn``), the start date, department and contract type, the emergency contact's name and phone
    and relation (``none``), the bank, branch (``none``) and account (``unclassified``), checklist flags, the HR
    officer by family name (``last_name``), the group company's corporate number (``none``), the export job and
    remarks naming people (``free_text``)."""
    people = [v.ja_person(g) for _ in range(g.rows)]
    places = [g.rnd.choice(v.JP_PLACES) for _ in range(g.rows)]
    officers = _staff(g, 3, lambda x: v.ja_person(x)[0][0])
    corp = [v.jp_corporate(g) for _ in range(2)]

    def emergency() -> str:
        fam, giv = v.ja_person(g)
        return f"{fam[0]} {giv[0]}"

    def remark() -> str:
        fam, giv = v.ja_person(g)
        return g.rnd.choice(
            [
                f"扶養家族：妻 {giv[0]}",
                "通勤手当は定期券実費",
                f"前職の上司 {fam[0]}様より推薦",
                "健康診断書は後日提出",
                f"身元保証人 {fam[0]} {giv[0]}（叔父）",
            ]
        )

    return Table(
        "入社手続.チェックリスト",
        "ja",
        "native",
        [
            c("社員番号", N, "VARCHAR", [f"FK{250_001 + i}" for i in range(g.rows)], "decoy", KEY),
            c("氏名", "person_name", "VARCHAR", [f"{f[0]} {n[0]}" for f, n in people]),
            c("氏名カナ", "person_name", "VARCHAR", [f"{f[1]} {n[1]}" for f, n in people], KANA),
            c("旧姓", "last_name", "VARCHAR", g.col(lambda: g.rnd.choice(v.JA_FAMILY)[0], 0.86), HEAVY),
            c("生年月日", "date_of_birth", "DATE", g.births(1965, 2006)),
            c("性別", N, "VARCHAR", g.col(g.pick(["男", "女"])), "decoy"),
            c("郵便番号", "postal_code", "VARCHAR", [f"{p[2]}-{g.digits(4)}" for p in places]),
            c("住所", "street_address", "VARCHAR", [v.ja_address(g, p) for p in places]),
            c("携帯電話", "phone", "VARCHAR", g.phones("JP", {"national": 0.7, "digits": 0.3})),
            c(
                "個人メール",
                "email",
                "VARCHAR",
                g.col(
                    lambda: (
                        f"{g.rnd.choice(v.JA_LATIN)}{g.rnd.randint(1, 99)}@"
                        f"{g.rnd.choice(['docomo.ne.jp', 'ezweb.ne.jp', 'gmail.com', 'yahoo.co.jp'])}"
                    ),
                    0.1,
                ),
            ),
            c("マイナンバー", "national_id", "VARCHAR", g.col(lambda: v.jp_my_number(g), 0.15)),
            c("基礎年金番号", "ssn", "VARCHAR", g.col(lambda: f"{g.digits(4)}-{g.digits(6)}", 0.1)),
            c(
                "雇用保険被保険者番号",
                "ssn",
                "VARCHAR",
                g.col(lambda: f"{g.digits(4)}-{g.digits(6)}-{g.digits(1)}", 0.35),
            ),
            c("入社日", N, "DATE", g.days("2025-04-01", "2025-12-01"), "decoy"),
            c("所属部署", N, "VARCHAR", g.col(g.pick(["物流センター", "配車課", "総務部", "営業部"])), "decoy"),
            c("雇用形態", N, "VARCHAR", g.col(g.pick(["正社員", "契約社員", "パート"])), "decoy"),
            c("緊急連絡先氏名", "person_name", "VARCHAR", g.col(emergency, 0.1), ROLE),
            c("緊急連絡先電話", "phone", "VARCHAR", g.phones("JP", {"national": 1.0}, 0.7, 0.1)),
            c("続柄", N, "VARCHAR", g.col(g.pick(["父", "母", "配偶者", "兄", "姉"]), 0.1), "decoy"),
            c("振込銀行", N, "VARCHAR", g.col(g.pick(["福岡銀行", "西日本シティ銀行", "ゆうちょ銀行"])), "decoy"),
            c("支店", N, "VARCHAR", g.col(g.pick(["博多駅前支店", "天神支店", "小倉支店", "〇一八"])), "decoy"),
            c("口座番号", USERNAME, "VARCHAR", g.col(lambda: g.digits(7), 0.05), BANK),
            c("雇用契約書回収", N, "BOOLEAN", g.yn(True, False, 0.9), "decoy"),
            c("身元保証書回収", N, "BOOLEAN", g.yn(True, False, 0.7), "decoy"),
            c("健康診断書提出", N, "BOOLEAN", g.yn(True, False, 0.6), "decoy"),
            c("担当者", "last_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
            c("法人番号", N, "VARCHAR", g.col(g.pick(corp)), "business", CHECK),
            c("更新者", N, "VARCHAR", g.col(g.pick(["BATCH_SJ01", "hr_sync"])), "decoy", SERVICE, AUDIT),
            c("備考", "free_text", "VARCHAR", g.sparse(remark, 0.8, _words("なし", "特になし")), NULLWORD),
        ],
    )


def sv_union_dues(g: Gen) -> Table:
    """A northern Swedish union branch's membership dues ledger (``fackavd_norr.medlemsavgifter``, Swedish, snake
    case): the member number, first and family name, personnummer (encoding the row's birth date, some in the
    12-digit form) and birth date, street, postcode, town, county (``none``), mobile and e-mail, the employer, its
    orgnr and the workplace (``none``), trade, dues class, income, fee, payment method, clearing number (``none``) and
    account number (``unclassified``), arrears, the elected-representative flag, the branch's ombud (few), the
    unemployment-fund flag, the leaving date, ``extra_1`` (a campaign code) and ``extra_2`` (a home phone)."""
    rows = []
    for _ in range(g.rows):
        born = g.birth(1958, 2006)
        rows.append((*v.person(g, "sv"), born, v.se_personnummer(g, born)))
    places = [g.rnd.choice(v.SE_PLACES) for _ in range(g.rows)]
    employers = [
        (name, v.se_orgnr(g))
        for name in [
            "Norrlands Sågverk AB",
            "Botnia Elteknik AB",
            "Västerbottens Gruv & Maskin AB",
            "Skelleftebygdens Bygg AB",
            "Kustlandets Åkeri AB",
        ]
    ]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]
    ombud = _staff(g, 4, lambda x: v.whole(x, "sv"))
    method = g.col(g.pick(["autogiro", "autogiro", "löneavdrag", "faktura"]))
    return Table(
        "fackavd_norr.medlemsavgifter",
        "sv",
        "snake",
        [
            c("medlemsnr", N, "INTEGER", g.keys(610_001), "decoy", KEY),
            c("fornamn", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("efternamn", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("personnummer", "national_id", "VARCHAR", [r[3] for r in rows]),
            c("fodelsedag", "date_of_birth", "DATE", [r[2] for r in rows]),
            c(
                "gatuadress",
                "street_address",
                "VARCHAR",
                g.col(
                    lambda: (
                        f"{g.rnd.choice(v.SE_STREETS)} {g.rnd.randint(1, 60)}"
                        + g.rnd.choice(["", "", " B", " lgh 1201"])
                    )
                ),
            ),
            c("postnr", "postal_code", "VARCHAR", [f"{g.rnd.choice(p[1])} {g.digits(2)}" for p in places]),
            c("postort", "city", "VARCHAR", [p[0].upper() if g.rnd.random() < 0.3 else p[0] for p in places]),
            c("lan", N, "VARCHAR", [v.SE_LAN[p[0]] for p in places], "decoy"),
            c("mobil", "phone", "VARCHAR", g.phones("SE", {"national": 0.6, "e164": 0.2, "digits": 0.2}, 1.0, 0.08)),
            c(
                "epost",
                "email",
                "VARCHAR",
                [
                    v.email_of(g, r[0], r[1], ["telia.com", "gmail.com", "hotmail.se", "outlook.com", "live.se"])
                    if g.rnd.random() < 0.85
                    else None
                    for r in rows
                ],
            ),
            c("arbetsgivare", N, "VARCHAR", [employers[i][0] for i in emp], "business"),
            c("arbetsgivare_orgnr", N, "VARCHAR", [employers[i][1] for i in emp], "business", CHECK),
            c(
                "arbetsplats",
                N,
                "VARCHAR",
                g.col(g.pick(["Verkstaden Hedensbyn", "Sågen Norra", "Lager 3", "Servicebilarna"])),
                "business",
            ),
            c(
                "yrke",
                N,
                "VARCHAR",
                g.col(g.pick(["Svetsare", "Truckförare", "Elektriker", "Snickare", "Maskinoperatör"])),
                "decoy",
            ),
            c("avgiftsklass", N, "VARCHAR", g.col(g.pick(["A", "B", "C", "D", "Student"])), "decoy"),
            c("manadsinkomst", N, "INTEGER", g.ints(18_000, 52_000, 0.2), "decoy"),
            c("avgift_kr", N, "INTEGER", g.col(g.pick([120, 245, 390, 470, 520])), "decoy"),
            c("betalsatt", N, "VARCHAR", method, "decoy"),
            c(
                "clearingnr",
                N,
                "VARCHAR",
                [g.rnd.choice(["8327-9", "6000", "3300", "5000", "9960"]) if m == "autogiro" else None for m in method],
                "decoy",
            ),
            c(
                "kontonr",
                USERNAME,
                "VARCHAR",
                [g.digits(g.rnd.choice([7, 9, 10])) if m == "autogiro" else None for m in method],
                BANK,
            ),
            c("skuld_kr", N, "INTEGER", g.ints(0, 2_400, 0.5), "decoy"),
            c("fortroendevald", N, "BOOLEAN", g.yn(True, False, 0.06), "decoy"),
            c("ombud", "person_name", "VARCHAR", g.col(g.pick(ombud)), STAFF),
            c("akassa", N, "BOOLEAN", g.yn(True, False, 0.75), "decoy"),
            c("utträdesdatum", N, "DATE", g.days("2024-01-01", "2025-11-30", 0.64), "decoy"),
            c("extra_1", N, "VARCHAR", g.col(g.pick(["VÄRV25", "UNG25", "SKOLINFO"]), 0.5), "decoy", OPAQUE),
            c("extra_2", "phone", "VARCHAR", g.phones("SE", {"national": 1.0}, 0.0, 0.6), OPAQUE, HEAVY),
        ],
    )


def dk_pension_enrolment(g: Gen) -> Table:
    """A Jutland payroll provider's labour-market pension enrolment file to the pension companies
    (``pensionsadm.Indmeldelser``, Danish, Pascal case): the employer's CVR and name (``none``), first, middle and
    family name, CPR (encoding the row's birth date) and birth date, address, postcode and town, e-mail and mobile,
    start date, pay and contribution rates, the pension company and policy number (``none``), the agreement, a
    named beneficiary and the beneficiary's CPR (mostly NULL), status, the case officer (few), the API that wrote the
    row, ``Fritekst1`` (a transfer note: ``none``) and ``Fritekst2`` (a private e-mail)."""
    employers = [
        (name, v.dk_cvr(g))
        for name in [
            "Vestjysk Maskinfabrik A/S",
            "Aarhus Havns Kantineservice ApS",
            "Limfjordens Rengøring ApS",
            "Midtjysk Murerforretning A/S",
            "Himmerlands Bageri ApS",
        ]
    ]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]
    rows = []
    for _ in range(g.rows):
        born = g.birth(1960, 1999)
        rows.append((*v.person(g, "da"), born, v.dk_cpr(g, born)))
    places = [g.rnd.choice(v.DK_PLACES) for _ in range(g.rows)]
    officers = _staff(g, 3, lambda x: v.whole(x, "da"))
    beneficiary = [g.rnd.random() < 0.25 for _ in range(g.rows)]

    def ben_cpr() -> str:
        born = g.birth(1960, 1999)
        return v.dk_cpr(g, born)

    return Table(
        "pensionsadm.Indmeldelser",
        "da",
        "pascal",
        [
            c("IndmeldelsesId", N, "INTEGER", g.keys(70_001), "decoy", KEY),
            c("CvrNr", N, "VARCHAR", [employers[i][1] for i in emp], "business", CHECK),
            c("Arbejdsgiver", N, "VARCHAR", [employers[i][0] for i in emp], "business"),
            c("Fornavn", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("Mellemnavn", "first_name", "VARCHAR", g.col(lambda: v.given(g, "da"), 0.62), HEAVY),
            c("Efternavn", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("CprNr", "national_id", "VARCHAR", [r[3] for r in rows]),
            c("Foedselsdato", "date_of_birth", "DATE", [r[2] for r in rows]),
            c(
                "Adresse",
                "street_address",
                "VARCHAR",
                g.col(
                    lambda: (
                        f"{g.rnd.choice(v.DK_STREETS)} {g.rnd.randint(1, 140)}"
                        + g.rnd.choice(["", "", ", 2. tv.", ", st. th."])
                    )
                ),
            ),
            c("Postnr", "postal_code", "VARCHAR", [p[1][0] for p in places]),
            c("By", "city", "VARCHAR", [p[0] for p in places]),
            c(
                "Email",
                "email",
                "VARCHAR",
                [
                    v.email_of(g, r[0], r[1], ["gmail.com", "hotmail.dk", "live.dk", "mail.dk", "outlook.dk"])
                    for r in rows
                ],
            ),
            c("Mobil", "phone", "VARCHAR", g.phones("DK", {"national": 0.6, "e164": 0.2, "intl": 0.2}, 1.0, 0.1)),
            c("Ansaettelsesdato", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy"),
            c("Loen", N, "DECIMAL(10,2)", g.amounts(24_000, 58_000), "decoy"),
            c("BidragArbejdsgiverPct", N, "DECIMAL(4,2)", g.col(g.pick([8.0, 8.0, 10.0, 12.0])), "decoy"),
            c("BidragMedarbejderPct", N, "DECIMAL(4,2)", g.col(g.pick([4.0, 4.0, 5.0, 0.0])), "decoy"),
            c(
                "Pensionsselskab",
                N,
                "VARCHAR",
                g.col(g.pick(["PensionDanmark", "Industriens Pension", "PFA", "Sampension"])),
                "business",
            ),
            c("PoliceNr", N, "VARCHAR", g.col(lambda: g.digits(9), 0.2), "decoy", SHAPE),
            c(
                "Overenskomst",
                N,
                "VARCHAR",
                g.col(g.pick(["Industriens Overenskomst", "Serviceoverenskomsten", "Bygningsoverenskomsten"])),
                "decoy",
            ),
            c(
                "Begunstiget",
                "person_name",
                "VARCHAR",
                [v.whole(g, "da") if b else None for b in beneficiary],
                ROLE,
                HEAVY,
            ),
            c(
                "BegunstigetCpr",
                "national_id",
                "VARCHAR",
                [ben_cpr() if b and g.rnd.random() < 0.8 else None for b in beneficiary],
                HEAVY,
            ),
            c("Status", N, "VARCHAR", g.col(g.pick(["Sendt", "Kvitteret", "Afvist", "Kladde"])), "decoy"),
            c("Sagsbehandler", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
            c("OprettetAf", N, "VARCHAR", g.col(g.pick(["DATALOEN_API", "LONSYS_BATCH"])), "decoy", SERVICE, AUDIT),
            c(
                "Fritekst1",
                N,
                "VARCHAR",
                g.col(g.pick(["Overført fra tidl. ordning", "Venteperiode 3 mdr.", "Ingen forsikring"]), 0.5),
                "decoy",
                OPAQUE,
            ),
            c(
                "Fritekst2",
                "email",
                "VARCHAR",
                g.col(lambda: v.email(g, ["gmail.com", "hotmail.dk"], "da"), 0.65),
                OPAQUE,
                HEAVY,
            ),
        ],
    )


def cz_canteen_cards(g: Gen) -> Table:
    """A Plzeň industrial park's staff canteen card system (``zavodni_jidelna.karty_stravniku``, Czech, snake case):
    the card and its chip UID (``none``), the personnel number, first and family name, title (``none``), rodné číslo
    (encoding the row's birth date and sex) and birth date, the cost centre, the employer and its IČO (``none``),
    credit and subsidy, the last meal and where, the meal, diet and allergen codes (``none``), e-mail and phone, the
    IBAN for refunds when leaving (mostly NULL), the block flag and reason (naming people: ``free_text``), the clerk
    who issued the card (few), the last editor's login, ``pole_1`` (a locker number: ``none``) and ``pole_2`` (a home
    address for invoices)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        born = g.birth(1958, 2006)
        a, b = v.person(g, "cs", female)
        rows.append((a, b, born, v.cz_rodne_cislo(g, born, female)))
    employers = [
        (name, v.cz_ico(g))
        for name in [
            "Škodovácké strojírny a.s.",
            "Borská Elektronika s.r.o.",
            "Plzeňské Lisovny s.r.o.",
            "Logistika Zábělá a.s.",
        ]
    ]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]
    clerks = _staff(g, 3, lambda x: v.whole(x, "cs"))
    editors = _logins(g, 3, 0, "cs")
    blocked = [g.rnd.random() < 0.12 for _ in range(g.rows)]

    def reason() -> str:
        a, b = v.person(g, "cs")
        return g.rnd.choice(
            [
                f"Ztráta karty, nahlásil(a) {a} {b}",
                "Ukončení pracovního poměru",
                f"Karta nalezena, předáno p. {b}",
                "Záporný kredit",
            ]
        )

    def address() -> str:
        town, psc = g.rnd.choice(v.CZ_PLACES)
        return f"{g.rnd.choice(v.CZ_STREETS)} {g.rnd.randint(1, 2600)}/{g.rnd.randint(1, 60)}, {psc} {town}"

    return Table(
        "zavodni_jidelna.karty_stravniku",
        "cs",
        "snake",
        [
            c("id_karty", N, "INTEGER", g.keys(40_001), "decoy", KEY),
            c("uid_cipu", N, "VARCHAR", g.col(lambda: g.code("xxxxxxxx").upper()), "decoy", SHAPE, DEVICE),
            c("osobni_cislo", N, "VARCHAR", g.col(lambda: g.digits(6)), "decoy", KEY),
            c("jmeno", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("prijmeni", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("titul", N, "VARCHAR", g.col(g.pick(["Ing.", "Mgr.", "Bc.", "Ing. Ph.D."]), 0.65), "decoy"),
            c("rodne_cislo", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.9 else None for r in rows]),
            c("datum_narozeni", "date_of_birth", "DATE", [r[2] for r in rows]),
            c("stredisko", N, "VARCHAR", g.col(lambda: g.code("S-999")), "decoy"),
            c("zamestnavatel", N, "VARCHAR", [employers[i][0] for i in emp], "business"),
            c("ico_zamestnavatele", N, "VARCHAR", [employers[i][1] for i in emp], "business", CHECK),
            c("kredit_kc", N, "DECIMAL(8,2)", g.amounts(-120, 1_500), "decoy"),
            c("dotace_kc", N, "DECIMAL(6,2)", g.col(g.pick([35.0, 45.0, 55.0])), "decoy"),
            c("posledni_vydej", N, "TIMESTAMP", g.moments("2025-11-01", "2025-11-30", 0.05), "decoy"),
            c(
                "vydejni_misto",
                N,
                "VARCHAR",
                g.col(g.pick(["Jídelna Hala 2", "Výdejna Borská pole", "Bufet"])),
                "decoy",
            ),
            c(
                "jidlo",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Svíčková na smetaně",
                            "Kuřecí řízek, brambor",
                            "Čočka na kyselo",
                            "Smažený sýr",
                            "Guláš, knedlík",
                        ]
                    )
                ),
                "decoy",
            ),
            c("dieta", N, "VARCHAR", g.col(g.pick(["N", "N", "N", "BL", "DM"])), "decoy"),
            c("alergeny", N, "VARCHAR", g.col(g.pick(["1,3,7", "1,7", "9", "1,3,7,10"])), "decoy"),
            c(
                "email",
                "email",
                "VARCHAR",
                [
                    v.email_of(g, r[0], r[1], ["seznam.cz", "email.cz", "gmail.com", "centrum.cz"])
                    if g.rnd.random() < 0.7
                    else None
                    for r in rows
                ],
            ),
            c("telefon", "phone", "VARCHAR", g.phones("CZ", {"national": 0.6, "intl": 0.3, "e164": 0.1}, 0.9, 0.2)),
            c("iban_vraceni", "iban", "VARCHAR", g.col(lambda: v.iban(g, "CZ", g.rnd.random() < 0.5), 0.8), HEAVY),
            c("blokace", N, "BOOLEAN", blocked, "decoy"),
            c(
                "duvod_blokace",
                "free_text",
                "VARCHAR",
                [reason() if b else g.rnd.choice(["", "-", "žádná", "NULL"]) for b in blocked],
                NULLWORD,
            ),
            c("vydal", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
            c("zmenil", USERNAME, "VARCHAR", g.col(g.pick(editors)), USER, AUDIT),
            c("pole_1", N, "VARCHAR", g.col(lambda: f"SK-{g.rnd.randint(1, 480)}", 0.4), "decoy", OPAQUE),
            c("pole_2", "street_address", "VARCHAR", g.col(address, 0.7), OPAQUE, HEAVY),
        ],
    )


def el_exit_interviews(g: Gen) -> Table:
    """An Athens supermarket chain's exit-interview survey export (``ανθρώπινο_δυναμικό.συνεντεύξεις_αποχώρησης``,
    Greek script): the employee code, family, given and father's name, AMKA (``ssn``, encoding the row's birth date),
    personal ΑΦΜ (``national_id``), birth date, the store and its address (``none``), position, dates, canned leaving
    reasons and the next employer (``none``), scores, comments naming people (``free_text``), the direct supervisor
    and the interviewer (few), mobile and personal e-mail, the IBAN for the final settlement, home postcode and town,
    regional unit (``none``), the chain's own ΑΦΜ (``none``), ``πεδίο_1`` (a survey wave) and ``πεδίο_2`` (a
    landline)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        born = g.birth(1960, 1999)
        a, b = v.person(g, "el", female)
        rows.append((a, b, born, v.gr_amka(g, born)))
    stores = [
        ("Σούπερ Μάρκετ Ορίζων - Κυψέλη", "Φωκίωνος Νέγρη 41, 113 61 Αθήνα"),
        ("Σούπερ Μάρκετ Ορίζων - Πειραιάς", "Γρ. Λαμπράκη 112, 185 34 Πειραιάς"),
        ("Σούπερ Μάρκετ Ορίζων - Μαρούσι", "Κηφισίας 205, 151 24 Μαρούσι"),
        ("Κέντρο Διανομής Ασπρόπυργου", "Θέση Ρουπάκι, 193 00 Ασπρόπυργος"),
    ]
    store = [g.rnd.randrange(len(stores)) for _ in range(g.rows)]
    places = [g.rnd.choice(v.GR_PLACES) for _ in range(g.rows)]
    supervisors = _staff(g, 6, lambda x: v.whole(x, "el"))
    interviewers = _staff(g, 2, lambda x: v.whole(x, "el"))
    chain_afm = v.gr_afm(g, True)

    def comment() -> str:
        return g.rnd.choice(
            [
                "Οι βάρδιες άλλαζαν χωρίς προειδοποίηση.",
                f"Ο προϊστάμενος {g.rnd.choice(supervisors)} ήταν πάντα δίκαιος.",
                f"Με την {v.person(g, 'el', True)[0]} στο ταμείο είχαμε συνεχώς εντάσεις.",
                "Καλύτερος μισθός αλλού.",
                "Μετακόμιση εκτός Αττικής.",
            ]
        )

    return Table(
        "ανθρώπινο_δυναμικό.συνεντεύξεις_αποχώρησης",
        "el",
        "native",
        [
            c("αα", N, "INTEGER", g.keys(1), "decoy", KEY),
            c(
                "κωδικός_υπαλλήλου",
                N,
                "VARCHAR",
                g.col(lambda: g.code("ΥΠ-99999").replace("Υ", "Y").replace("Π", "P")),
                "decoy",
                KEY,
            ),
            c("επώνυμο", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("όνομα", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("πατρώνυμο", "first_name", "VARCHAR", g.col(lambda: g.rnd.choice(v.EL_MALE), 0.1)),
            c("ΑΜΚΑ", "ssn", "VARCHAR", [r[3] if g.rnd.random() < 0.95 else None for r in rows]),
            c("ΑΦΜ", "national_id", "VARCHAR", g.col(lambda: v.gr_afm(g), 0.05)),
            c("ημερομηνία_γέννησης", "date_of_birth", "DATE", [r[2] for r in rows]),
            c("κατάστημα", N, "VARCHAR", [stores[i][0] for i in store], "business"),
            c("διεύθυνση_καταστήματος", N, "VARCHAR", [stores[i][1] for i in store], "business"),
            c(
                "θέση",
                N,
                "VARCHAR",
                g.col(g.pick(["Ταμίας", "Υπάλληλος ραφιών", "Αποθηκάριος", "Υπεύθυνος βάρδιας"])),
                "decoy",
            ),
            c("ημερομηνία_πρόσληψης", N, "DATE", g.days("2012-01-01", "2025-03-31"), "decoy"),
            c("ημερομηνία_αποχώρησης", N, "DATE", g.days("2025-04-01", "2025-11-30"), "decoy"),
            c(
                "λόγος_αποχώρησης",
                N,
                "VARCHAR",
                g.col(g.pick(["Οικειοθελής", "Καλύτερη πρόταση", "Σπουδές", "Μετεγκατάσταση", "Λήξη σύμβασης"])),
                "decoy",
            ),
            c(
                "νέος_εργοδότης",
                N,
                "VARCHAR",
                g.col(g.pick(["Αλυσίδα Αστέρας ΑΕ", "Ιδιωτική επιχείρηση", "Δημόσιο"]), 0.45),
                "decoy",
            ),
            c("βαθμολογία_προϊσταμένου", N, "INTEGER", g.ints(1, 5), "decoy"),
            c("βαθμολογία_αμοιβής", N, "INTEGER", g.ints(1, 5), "decoy"),
            c("θα_επέστρεφε", N, "VARCHAR", g.col(g.pick(["Ναι", "Όχι", "Ίσως"])), "decoy"),
            c("σχόλια", "free_text", "VARCHAR", g.col(comment, 0.3)),
            c("άμεσος_προϊστάμενος", "person_name", "VARCHAR", g.col(g.pick(supervisors)), STAFF, ROLE),
            c("συνεντευκτής", "person_name", "VARCHAR", g.col(g.pick(interviewers)), STAFF),
            c("κινητό", "phone", "VARCHAR", g.phones("GR", {"national": 0.6, "e164": 0.2, "intl": 0.2})),
            c(
                "προσωπικό_email",
                "email",
                "VARCHAR",
                g.col(
                    lambda: (
                        f"{g.rnd.choice(v.EL_LATIN)}{g.rnd.randint(1, 99)}@"
                        f"{g.rnd.choice(['gmail.com', 'yahoo.gr', 'hotmail.com'])}"
                    ),
                    0.15,
                ),
            ),
            c("IBAN_εκκαθάρισης", "iban", "VARCHAR", g.col(lambda: v.iban(g, "GR", g.rnd.random() < 0.5), 0.1)),
            c("ΤΚ", "postal_code", "VARCHAR", [f"{p[1]} {g.digits(2)}" for p in places]),
            c("πόλη", "city", "VARCHAR", [p[0] for p in places]),
            c("νομός", N, "VARCHAR", g.col(g.pick(["Αττικής"])), "decoy"),
            c("ΑΦΜ_εταιρείας", N, "VARCHAR", [chain_afm] * g.rows, "business", CHECK),
            c("πεδίο_1", N, "VARCHAR", g.col(g.pick(["Κύμα Α 2025", "Κύμα Β 2025"])), "decoy", OPAQUE),
            c("πεδίο_2", "phone", "VARCHAR", g.phones("GR", {"national": 1.0}, 0.0, 0.55), OPAQUE, HEAVY),
        ],
    )


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (ats_candidates, 460),
    (screening_orders, 420),
    (temp_shifts, 440),
    (payroll_bureau, 380),
    (timesheet_lines, 470),
    (expense_claims, 400),
    (occ_health_visits, 360),
    (visa_sponsorships, 320),
    (br_couriers, 450),
    (tr_reference_checks, 330),
    (jp_onboarding, 310),
    (sv_union_dues, 410),
    (dk_pension_enrolment, 350),
    (cz_canteen_cards, 430),
    (el_exit_interviews, 300),
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
