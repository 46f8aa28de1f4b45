"""Held-out set v149 for the column classifier: 15 tables of *gyms, fitness studios, climbing halls, yoga studios and
physiotherapy practices* (membership contracts and their cancellation, turnstile passages, direct debits and failed
payments, health questionnaires and injury waivers, personal trainers' sessions, physiotherapy referrals and billing,
corporate wellness sign-ups, guest passes), one system per table and each a different organisation in a different
country, eight with English column names and seven in other languages:

* ``cragline_hobart.waiver_signatures``: a Hobart climbing gym's waiver signatures (snake case: the climber, the
  birth date as DATE, a guardian for minors mostly NULL, the emergency contact and their phone, suburbs, waiver
  versions, the signature's IP and SHA-256, belay competency, the gym's two sites, desk staff, ``misc_1`` holding
  personal data, medical disclosures mostly ``nil``);
* ``livewellSK.corporateSignups``: a Saskatoon corporate wellness provider's employee sign-ups (camel case: employee
  numbers, employers, work and personal e-mails, the preferred name mostly NULL, ISO birth dates, a dependant mostly
  NULL, partner clubs, the consent IP, wellness coordinators, ``customField2`` holding benefit codes only, health
  goals naming coworkers and spouses);
* ``FoxhallGyms.DirectDebitFailures``: a Leicestershire gym chain's failed direct debit collections (Pascal case:
  ARUDD reasons, the account holder, sort codes and account numbers, mandate references, a second address line mostly
  NULL, home clubs and their phones, the staff who chased, ``Udf3``, arrears notes);
* ``BAYSIDE_HEALTH.MEMBERSHIP_CONTRACTS``: a Nelson Mandela Bay health club group's membership contracts and
  cancellations (SCREAMING case: South African ID numbers encoding the birth date, the birth date split into
  ``DOB_DAY``, ``DOB_MONTH`` and ``DOB_YEAR``, contract numbers of 13 digits failing the ID number's check, debit
  order accounts and universal branch codes, cancellation dates and reasons, the spouse on family contracts mostly
  NULL, an emergency contact, sales consultants, ``CUSTOM_FIELD_2``);
* ``ptlog_nsn.trn_sess_exp``: a Nelson (New Zealand) personal-training studio's session log (abbreviated:
  ``cli_fnm``, ``cli_dob`` as ``dd/mm/yyyy`` text, ``addr_ln1``, ``addr_ln2`` holding the suburb, ``ec_nm`` and
  ``ec_ph``, ``trn_nm`` the trainer, session types and packages, session notes, ``udf3`` codes only, ``lst_edt_by``
  the last editor's login);
* ``OPTREHAB.REFERRAL_BILLING_EXTRACT``: a Pittsburgh outpatient physical therapy network's referral and billing COBOL
  extract (legacy: padded CHAR, hyphenated names, the middle initial, SSN and phone as numbers with 0 for missing, the
  Medicare MBI mostly NULL, ``YYYYMMDD`` integers for the birth and visit dates, ZIP as a number, a second address line
  mostly blank, the referring physician as ``SURNAME, GIVEN`` and their NPI, ICD-10 codes, payers, a copay card kept in
  clear mostly NULL, claim numbers of nine digits beginning with 9 (never an SSN), therapists, ``PT-USER-FLD-2``
  holding personal data, ``PT-USER-FLD-3`` codes);
* ``stg_ironpeak.src_pg_membership_raw``: an Indore gym chain's membership payments landed from its payment gateway
  as an opaque staging table (``col01`` to ``col20``: the member's whole name, Aadhaar, a ``dd-mm-yyyy`` birth date,
  localities and PIN codes, branches, plans, UPI handles, masked cards, order numbers of twelve digits failing
  Aadhaar's Verhoeff check, gateway ids, IPs, a custom field with personal data);
* ``passport_mombasa.guest_pass_events``: a Mombasa fitness app's guest-pass events at partner gyms, yoga studios and
  a climbing club, flattened from JSON to dotted keys (``guest.name.first``, ``guest.id_number``,
  ``guest.birth_date``, ``guest.address.estate``, ``host.member_name`` and ``host.member_phone`` for the member who
  invited the guest, venues with their phones and coordinates, M-PESA references, ``meta.ip``, ``meta.custom2``,
  ``staff.checked_in_by``);
* ``studio_yoga_tours.abonnements``: a Tours yoga and pilates studio's subscriptions and cancellations (French: the
  birth name mostly NULL, ``dd/mm/yyyy`` birth dates, ``complement_adresse`` mostly NULL, the person to notify, SEPA
  direct debit IBANs, their holder and mandate references (RUM), cancellation dates and reasons, teachers,
  ``champ_libre_2``, remarks naming people);
* ``klatterhallen_vasteras.passager``: a Västerås climbing hall's turnstile passages, one row per passage with the
  member behind the card (Swedish: twelve-digit personnummer encoding the birth date, card numbers, gates and
  statuses, belay certificates (``Grönt kort``), the guardian of juniors and their phone mostly NULL, the instructor
  who approved the belay test, booking numbers written ``YYMMDD-NNNN`` failing the Luhn check, ``extra_falt_1`` codes
  only, notes);
* ``fysio_arnhem.verwijzingen``: an Arnhem physiotherapy practice's referrals and treatment series (Dutch: BSN,
  ``voorletters``, ``roepnaam``, ``tussenvoegsel`` mostly NULL, ``dd-mm-yyyy`` birth dates, ``straat``,
  ``huisnummer`` and ``toevoeging`` apart, health insurers and policy numbers, the referring GP and the AGB code,
  DCSPH diagnosis codes, physiotherapists, declaration numbers of nine digits failing the BSN's eleven test, refund
  IBANs mostly NULL, ``vrij_veld_2``, treatment reports naming people);
* ``klub_fitness_lublin.umowy_czlonkowskie``: a Lublin fitness club's membership contracts and notices of
  termination (Polish: PESEL encoding the birth date and sex, ``dd.mm.yyyy`` birth dates, ``ulica``, ``nr_domu`` and
  ``nr_lokalu`` apart, contract numbers of eleven digits failing PESEL's check, Multisport card numbers, the direct
  debit account as IBAN, the legal guardian of 16- and 17-year-olds mostly NULL, trainers, ``pole_dod_2``);
* ``pilates_eskisehir.uyelik_kayitlari``: an Eskişehir pilates studio's member registrations with their health
  declarations (Turkish: T.C. kimlik numbers, member numbers of eleven digits failing the T.C. check, the maiden name
  mostly NULL, ``dd.mm.yyyy`` birth dates, ``ilce`` and ``il``, health declarations, the emergency contact and their
  phone, cards kept in clear for instalments mostly NULL, instructors, ``ozel_alan_1`` codes only, notes);
* ``fitnesscenter_odense.fejlede_betalinger``: an Odense fitness centre's rejected Betalingsservice collections and
  reminders (Danish: CPR encoding the birth date and sex, ``reg_nr`` and ``kontonr``, PBS references written like a
  CPR whose date cannot exist, rejection reasons, reminder steps, case handlers, ``ekstra_felt_1`` codes only,
  comments naming people);
* ``γυμναστήριο_λάρισας.ερωτηματολόγια_υγείας``: a Larissa gym's health questionnaires and injury waivers (Greek
  column names and values: ``πατρώνυμο``, ``dd/mm/yyyy`` birth dates, ΑΜΚΑ encoding the birth date, the personal
  ΑΦΜ half NULL, the treating doctor, doctors' certificate numbers of nine digits failing the ΑΦΜ check, a yes/no
  heart question, gym instructors, ``πρόσθετο_πεδίο_2`` codes only, injuries naming people).

Written **blind**: by someone who has read neither the classifier (``governance_dagster/detect/``) nor its
documentation, tests, changelog, history or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (the parts of ``heldout_v2_accuracy.py`` where v146 is registered, read, never run), v98's
value module as the model of the random source (v98's table module and its test were not opened), v146's module (read in
full, not its value module) and its test as the model of this set and its test, ``tests/heldout_support.py``, the
``Column``/``Table`` classes of v2 and the writer and summary of v4, the module docstrings of v144, v145 and v146 in
full and of v75 and v76 (earlier sets of fitness, sports clubs and allied-health practices: every organisation here is
new), the other sets' docstrings searched only for this domain's words, the ruff section of ``pyproject.toml`` and the
sources of python-stdnum and phonenumbers. One slip: printing v4's writer also printed v4's ``gym`` table builder (a
Croatian gym's members, written with Faker); nothing here was taken from it. No ``ruff format`` was run. The classifier
was not run on this set while it was written, no scorer was run on it, and no score was looked at (the test builds the
set through the scorer's ``SETS`` entry, as v146's test does, and never classifies).

Labeling choices a reader may question:

* a US SSN and a Greek ΑΜΚΑ are ``ssn`` (``kinds.py`` names AMKA); the Medicare Beneficiary Identifier (a state
  health number, as v76 labeled government health numbers), the South African ID number, Aadhaar, the Kenyan national
  ID number, personnummer, BSN, PESEL, the T.C. kimlik number, the Danish CPR number and a personal ΑΦΜ are
  ``national_id``; the MBI and the Kenyan ID have no check digit and are generated by shape only;
* member, contract, claim, declaration, booking, policy, order and certificate numbers, card numbers of turnstile
  fobs and of Multisport, mandate references (RUM, Bacs), PBS and M-PESA references, gateway ids, hashes, waiver and
  app versions are ``none`` (tag ``decoy``, ``value_shape`` when shaped like an identifier; nine of them are built to
  fail the check of the personal number they look like); a referring physician's NPI (passing its Luhn check over
  ``80840``) and the AGB code are ``none`` (tags ``value_shape``, ``check_digit`` for the NPI); venue coordinates are
  ``none`` (tag ``coordinates``); a masked card is ``none`` (tag ``partial``);
* health data naming no one (an ICD-10 code, a DCSPH diagnosis code, a yes/no heart question, a health declaration
  written as a few words such as ``Bel fıtığı``) is ``none`` (tag ``health_answer``: no kind fits a health category,
  as v146 labeled allergies); medical disclosures, health goals, treatment reports, injuries and notes that name
  partners, spouses, parents and doctors are ``free_text``; a belay certificate or competency is ``none``;
* gyms, clubs, studios, branches, employers, payers and health insurers, and the clubs' and venues' phones, are
  ``none`` (tag ``business``);
* desk staff, wellness coordinators, arrears chasers, sales consultants, personal trainers, physical therapists and
  physiotherapists, yoga teachers, the instructor who approved a belay test, pilates and gym instructors and case
  handlers are staff (``person_name``, tag ``staff``, 2 to 8 distinct); guardians, emergency contacts, the person to
  notify, a dependant, a spouse, the account holder of a debit (mostly the member, sometimes a partner or parent), the
  member who invited a guest and the referring or treating doctor are personal (tag ``role_word``);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); custom
  fields holding benefit, discount or membership codes only are ``none`` (tags ``decoy`` and ``custom_plain``);
* a preferred name, a middle initial, ``MEMBER_FIRST_NAMES`` (one or two given names), ``voorletters``,
  ``roepnaam`` and the Greek ``πατρώνυμο`` (as v145 labeled it) are ``first_name``; a birth or maiden name
  (``nom_naissance``, ``kizlik_soyadi``) and a ``tussenvoegsel`` are ``last_name``; the referring physician written
  ``SURNAME, GIVEN`` and the whole names of the staging table are ``person_name``;
* a suburb, an ``addr_ln2`` holding the suburb, an Indore locality, a Mombasa estate and an ``ilce`` are ``city``
  (tag ``locality``); a state, a province and an ``il`` are ``none``; a second address line, a
  ``complement_adresse``, a house number, a ``toevoeging`` and a flat number (``nr_lokalu``) are ``street_address``
  (tag ``split_address``);
* dates of birth as DATE, as ISO, ``dd/mm/yyyy``, ``dd-mm-yyyy`` and ``dd.mm.yyyy`` text, as ``YYYYMMDD`` integers and
  split into day, month and year integers (each part ``date_of_birth``, tag ``split_dob``) are ``date_of_birth``;
  waiver, sign-up, collection, contract, cancellation, visit, passage, rejection and signature dates are ``none``, and
  so is the ``is_minor`` flag;
* a copay card and a card kept for instalments in clear are ``credit_card``; French, Dutch and Polish IBANs are
  ``iban``; a UK account number, a South African debit order account and a Danish ``kontonr`` are ``unclassified``
  (tag ``bank_account``, as earlier sets labeled domestic accounts) and a sort code, a universal branch code and a
  Danish ``reg_nr`` are ``none``; a UPI handle and an editor's login are ``unclassified`` (tag ``username``); a work
  e-mail is ``email``; signature, consent, payment and app IPs are ``ip_address``.

``null_heavy`` means 70-95% NULL, ``nullword_heavy`` 70-95% NULL words or empty strings; rows per table: 260 to 720.
Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v149_values`, written for v149 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v149 [PATH]`` (default ``/tmp/heldout_v149.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v149``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v149_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v149_values import NULLISH, SEED, UNCLASSIFIED, Gen, N, c

__all__ = [
    "BUILDERS",
    "DEFAULT_PATH",
    "NULLISH",
    "SEED",
    "UNCLASSIFIED",
    "Column",
    "Gen",
    "Table",
    "build",
    "labels",
    "summary",
    "tables",
]

DEFAULT_PATH = Path("/tmp/heldout_v149.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words or empty strings
HEAVY = "null_heavy"  # 70-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # trainers, instructors, physiotherapists, consultants, clerks (2 to 8 distinct)
ROLE = "role_word"  # a role word (guardian, emergency contact, account holder, referrer, host ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PLAIN = "custom_plain"  # an opaque custom field holding codes only (none)
SPLIT_ADDR = "split_address"  # a part of an address in its own column (street_address)
SPLIT_DOB = "split_dob"  # a part of a date of birth in its own column (date_of_birth)
LOCALITY = "locality"  # a suburb, an estate, a locality, an ilçe (city)
COORD = "coordinates"
PARTIAL = "partial"  # a masked card number
CHECK = "check_digit"  # a number of a business or a practitioner passing its check digit (none)
USERNAME = "username"
BANK = "bank_account"  # a domestic bank account (unclassified)
HEALTH = "health_answer"  # a health questionnaire's answer or a diagnosis code naming no one (none)


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "none", "NULL") + extra


def _custom(g: Gen, region: str, lang: str, null: float = 0.3) -> list[str | None]:
    """An opaque custom field: by row a phone, an e-mail or a name (or NULL)."""

    def one() -> str:
        r = g.rnd.random()
        if r < 0.42:
            return g.phone(region, g.rnd.choice(["national", "e164"]))
        if r < 0.72:
            return v.email_of(g, *v.person(g, lang), v.DOMAINS[lang])
        return v.whole(g, lang)

    return g.col(one, null)


def _codes(g: Gen, codes: list[str], null: float = 0.35) -> list[str | None]:
    """An opaque custom field holding codes only."""
    return g.col(g.pick(codes), null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _age(born: date, on: date = date(2025, 10, 1)) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


# -- English-named tables ----------------------------------------------------------------------------------------------


def au_climbing_waivers(g: Gen) -> Table:
    """A Hobart climbing gym's waiver signatures and first check-ins (snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "au", female)
        minor = g.rnd.random() < 0.2
        born = g.birth(2009, 2016) if minor else g.birth(1968, 2006)
        place = g.rnd.choice(v.AU_PLACES)
        guardian = f"{v.given(g, 'au')} {b}" if minor else None
        rows.append((a, b, born, minor, guardian, place))
    staff = v.staff(g, 5, "au")

    def disclosure() -> str:
        return g.rnd.choice(
            [
                "Recovering from A2 pulley strain, right ring finger",
                f"Epilepsy - controlled. Partner {v.whole(g, 'au')} climbs with me",
                "Shoulder reconstruction 2023, cleared by physio",
                f"Asthma, puffer in bag. Mum {v.given(g, 'au', True)} knows",
                "Pregnant 14 weeks, bouldering only",
            ]
        )

    return Table(
        "cragline_hobart.waiver_signatures",
        "en",
        "snake",
        [
            c("waiver_id", N, "BIGINT", g.keys(300_001), "decoy", KEY),
            c("climber_first_name", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("climber_last_name", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("date_of_birth", "date_of_birth", "DATE", [r[2] for r in rows]),
            c("is_minor", N, "BOOLEAN", [r[3] for r in rows], "decoy"),
            c("guardian_name", "person_name", "VARCHAR", [r[4] for r in rows], ROLE, HEAVY),
            c("mobile", "phone", "VARCHAR", g.phones("AU", {"national": 0.7, "e164": 0.2, "intl": 0.1})),
            c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["au"]) for r in rows]),
            c("street_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au"), 0.05)),
            c("suburb", "city", "VARCHAR", [r[5][0] for r in rows], LOCALITY),
            c("postcode", "postal_code", "VARCHAR", [r[5][1] for r in rows]),
            c("emergency_contact_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au"), 0.08), ROLE),
            c("emergency_contact_phone", "phone", "VARCHAR", g.phones("AU", {"national": 1.0}, 0.9, 0.1), ROLE),
            c("waiver_version", N, "VARCHAR", g.col(g.pick(["2023.2", "2024.1", "2024.3", "2025.1"])), "decoy"),
            c("signed_at", N, "TIMESTAMP", g.moments("2024-01-02", "2025-11-30"), "decoy"),
            c("signature_ip", "ip_address", "VARCHAR", g.col(g.ip, 0.04)),
            c("signature_sha256", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE),
            c(
                "belay_competency",
                N,
                "VARCHAR",
                g.col(g.pick(["none", "auto-belay only", "top rope", "top rope", "lead"])),
                "decoy",
            ),
            c(
                "gym_location",
                N,
                "VARCHAR",
                g.col(g.pick(["Cragline Moonah", "Cragline Cambridge"])),
                "business",
            ),
            c("checked_in_by", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
            c("misc_1", "free_text", "VARCHAR", _custom(g, "AU", "au"), CUSTOM),
            c(
                "medical_disclosure",
                "free_text",
                "VARCHAR",
                g.sparse(disclosure, 0.8, _words("Nil", "nil", "no")),
                NULLWORD,
            ),
        ],
    )


def ca_wellness_signups(g: Gen) -> Table:
    """A Saskatoon corporate wellness provider's employee sign-ups from employers' benefit portals (camel case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "ca", female)
        place = g.rnd.choice(v.CA_PLACES)
        employer = g.rnd.randrange(len(v.CA_EMPLOYERS))
        domain = "".join(ch for ch in v.CA_EMPLOYERS[employer].lower() if ch.isalpha())[:14] + ".ca"
        rows.append((a, b, place, employer, v.work_email(a, b, domain)))
    coordinators = v.staff(g, 3, "ca")

    def goal() -> str:
        return g.rnd.choice(
            [
                "Back to running after knee scope",
                f"Wants to train with coworker {v.whole(g, 'ca')}",
                "Lower blood pressure per family doctor",
                f"Signed up with spouse {v.given(g, 'ca')}",
                "Prep for Bridge City Boogie 10k",
            ]
        )

    return Table(
        "livewellSK.corporateSignups",
        "en",
        "camel",
        [
            c("signupId", N, "BIGINT", g.keys(58_001), "decoy", KEY),
            c("employeeNumber", N, "VARCHAR", g.col(lambda: g.code("E999999")), "decoy", SHAPE),
            c("employerName", N, "VARCHAR", [v.CA_EMPLOYERS[r[3]] for r in rows], "business"),
            c("firstName", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("lastName", "last_name", "VARCHAR", [r[1] for r in rows]),
            c(
                "preferredName",
                "first_name",
                "VARCHAR",
                g.col(lambda: g.rnd.choice(["Kris", "Jas", "Kay", "Tee", "Mandy", "Bry", "Dal", "Lulu"]), 0.8),
                HEAVY,
            ),
            c("birthDate", "date_of_birth", "VARCHAR", [g.birth(1960, 2004).isoformat() for _ in rows]),
            c("workEmail", "email", "VARCHAR", [r[4] for r in rows]),
            c(
                "personalEmail",
                "email",
                "VARCHAR",
                [v.email_of(g, r[0], r[1], v.DOMAINS["ca"]) if g.rnd.random() < 0.6 else None for r in rows],
            ),
            c("mobilePhone", "phone", "VARCHAR", g.phones("CA", {"dashes": 0.5, "national": 0.4, "e164": 0.1}, 1.0)),
            c("homeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca"), 0.1)),
            c("homeCity", "city", "VARCHAR", [r[2][0] for r in rows]),
            c("postalCode", "postal_code", "VARCHAR", [f"{r[2][1]} {g.code('9A9')}" for r in rows]),
            c("province", N, "VARCHAR", g.col(g.pick(["SK"] * 12 + ["AB", "MB"])), "decoy"),
            c("planTier", N, "VARCHAR", g.col(g.pick(["CORE", "CORE", "PLUS", "FAMILY", "VIRTUAL"])), "decoy"),
            c("payrollDeduction", N, "DOUBLE", g.col(g.pick([0.0, 12.5, 19.99, 24.0, 37.5])), "decoy"),
            c("dependantName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.78), ROLE, HEAVY),
            c(
                "preferredClub",
                N,
                "VARCHAR",
                g.col(g.pick(["Broadway Athletic", "Stonebridge 24/7", "Riverside Yoga Loft", "Lakewood Aquatics"])),
                "business",
            ),
            c("enrolledAt", N, "TIMESTAMP", g.moments("2025-01-06", "2025-11-28"), "decoy"),
            c("consentIp", "ip_address", "VARCHAR", g.col(g.ip, 0.05)),
            c("wellnessCoordinator", "person_name", "VARCHAR", g.col(g.pick(coordinators)), STAFF),
            c(
                "customField2",
                N,
                "VARCHAR",
                _codes(g, ["HSA-ELIG", "PRORATE", "WAIVE-INIT", "UNION-LOC-1400", "EAP-REF"], 0.5),
                "decoy",
                PLAIN,
            ),
            c("healthGoalsNote", "free_text", "VARCHAR", g.sparse(goal, 0.78, _words("n/a", "None")), NULLWORD),
        ],
    )


def gb_dd_failures(g: Gen) -> Table:
    """A Leicestershire gym chain's failed direct debit collections (ARUDD returns) and their chasing (Pascal case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "gb", female)
        place = g.rnd.choice(v.GB_PLACES)
        other = g.rnd.random() < 0.15
        rows.append(
            (
                a,
                b,
                "Ms" if female and g.rnd.random() < 0.5 else ("Mrs" if female else "Mr"),
                place,
                v.whole(g, "gb") if other else f"{a} {b}",
            )
        )
    branch = [g.rnd.randrange(len(v.GB_BRANCHES)) for _ in rows]
    phones = [g.phone("GB", "national", False) for _ in v.GB_BRANCHES]
    chasers = v.staff(g, 4, "gb")

    def note() -> str:
        return g.rnd.choice(
            [
                "Called twice, voicemail",
                f"Spoke to {v.given(g, 'gb')} (partner), will pay Friday",
                "Member says bank error, re-presented",
                f"Account in name of {v.whole(g, 'gb')} - closed",
                "Passed to debt recovery",
            ]
        )

    reasons = [
        "0 Refer to payer",
        "0 Refer to payer",
        "0 Refer to payer",
        "1 Instruction cancelled",
        "2 Payer deceased",
        "B Account closed",
        "5 No account",
    ]
    return Table(
        "FoxhallGyms.DirectDebitFailures",
        "en",
        "pascal",
        [
            c("FailureId", N, "BIGINT", g.keys(912_001), "decoy", KEY),
            c("MemberNumber", N, "VARCHAR", g.col(lambda: g.code("FX9999999")), "decoy", SHAPE),
            c("Title", N, "VARCHAR", [r[2] for r in rows], "decoy"),
            c("FirstName", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("Surname", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("DateOfBirth", "date_of_birth", "DATE", g.births(1958, 2007)),
            c("AddressLine1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GB_STREETS, "gb"))),
            c(
                "AddressLine2",
                "street_address",
                "VARCHAR",
                g.col(lambda: g.rnd.choice(["Flat ", "Apartment ", "Unit "]) + str(g.rnd.randint(1, 48)), 0.8),
                SPLIT_ADDR,
                HEAVY,
            ),
            c("Town", "city", "VARCHAR", [r[3][0] for r in rows]),
            c("Postcode", "postal_code", "VARCHAR", [f"{r[3][1]} {g.code('9AA')}" for r in rows]),
            c("MobileNumber", "phone", "VARCHAR", g.phones("GB", {"national": 0.75, "e164": 0.15, "intl": 0.1})),
            c("EmailAddress", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["gb"]) for r in rows]),
            c("AccountHolderName", "person_name", "VARCHAR", [r[4] for r in rows], ROLE),
            c("SortCode", N, "VARCHAR", g.col(lambda: g.code("99-99-99")), "decoy"),
            c("AccountNumber", UNCLASSIFIED, "VARCHAR", g.col(lambda: g.digits(8)), BANK),
            c("MandateReference", N, "VARCHAR", g.col(lambda: g.code("FOXH-999999-ZZ")), "decoy", SHAPE),
            c("AruddReason", N, "VARCHAR", g.col(g.pick(reasons)), "decoy"),
            c("FailedAmount", N, "DOUBLE", g.col(g.pick([19.99, 24.99, 29.99, 34.99, 15.0])), "decoy"),
            c("CollectionDate", N, "DATE", g.days("2025-06-01", "2025-11-28"), "decoy"),
            c("HomeClub", N, "VARCHAR", [v.GB_BRANCHES[i] for i in branch], "business"),
            c("HomeClubPhone", N, "VARCHAR", [phones[i] for i in branch], "business"),
            c("ChasedBy", "person_name", "VARCHAR", g.col(g.pick(chasers), 0.3), STAFF),
            c("Udf3", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
            c("ArrearsNotes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("n/a")), NULLWORD),
        ],
    )


def za_contracts(g: Gen) -> Table:
    """A Nelson Mandela Bay health club group's membership contracts and their cancellations (SCREAMING case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "za", female)
        second = v.given(g, "za", female) if g.rnd.random() < 0.45 else None
        born = g.birth(1960, 2006)
        place = g.rnd.choice(v.ZA_PLACES)
        kind = g.rnd.choice(["MONTH-TO-MONTH", "12 MONTH", "12 MONTH", "24 MONTH", "FAMILY", "STUDENT"])
        cancelled = g.rnd.random() < 0.35
        rows.append(
            {
                "a": a,
                "names": f"{a} {second}" if second and second != a else a,
                "b": b,
                "born": born,
                "id": v.za_id(g, born, female) if g.rnd.random() < 0.96 else None,
                "place": place,
                "kind": kind,
                "start": g.day("2021-01-04", "2025-09-30"),
                "cancel": g.day("2025-01-06", "2025-11-28") if cancelled else None,
                "spouse": v.whole(g, "za", not female) if kind == "FAMILY" else None,
            }
        )
    consultants = [s.upper() for s in v.staff(g, 6, "za")]
    reasons = ["RELOCATION", "FINANCIAL", "MEDICAL", "NOT USING", "MOVED TO COMPETITOR", "DECEASED", "RETRENCHED"]
    return Table(
        "BAYSIDE_HEALTH.MEMBERSHIP_CONTRACTS",
        "en",
        "screaming",
        [
            c("CONTRACT_NO", N, "VARCHAR", g.col(lambda: v.za_id_decoy(g)), "decoy", SHAPE),
            c("MEMBER_SURNAME", "last_name", "VARCHAR", [r["b"].upper() for r in rows]),
            c("MEMBER_FIRST_NAMES", "first_name", "VARCHAR", [r["names"].upper() for r in rows]),
            c("ID_NUMBER", "national_id", "VARCHAR", [r["id"] for r in rows]),
            c("DOB_DAY", "date_of_birth", "INTEGER", [r["born"].day for r in rows], SPLIT_DOB),
            c("DOB_MONTH", "date_of_birth", "INTEGER", [r["born"].month for r in rows], SPLIT_DOB),
            c("DOB_YEAR", "date_of_birth", "INTEGER", [r["born"].year for r in rows], SPLIT_DOB),
            c("CELL_NO", "phone", "VARCHAR", g.phones("ZA", {"national": 0.6, "digits": 0.2, "e164": 0.2})),
            c("EMAIL", "email", "VARCHAR", [v.email_of(g, r["a"], r["b"], v.DOMAINS["za"]) for r in rows]),
            c("RES_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ZA_STREETS, "za").upper())),
            c("SUBURB", "city", "VARCHAR", [r["place"][0].upper() for r in rows], LOCALITY),
            c("POSTAL_CODE", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("CLUB", N, "VARCHAR", g.col(g.pick(v.ZA_CLUBS)), "business"),
            c("CONTRACT_TYPE", N, "VARCHAR", [r["kind"] for r in rows], "decoy"),
            c("START_DATE", N, "DATE", [r["start"] for r in rows], "decoy"),
            c("CANCEL_DATE", N, "DATE", [r["cancel"] for r in rows], "decoy"),
            c(
                "CANCEL_REASON",
                N,
                "VARCHAR",
                [g.rnd.choice(reasons) if r["cancel"] else None for r in rows],
                "decoy",
            ),
            c("DEBIT_ORDER_ACC", UNCLASSIFIED, "VARCHAR", g.col(lambda: g.digits(10), 0.05), BANK),
            c(
                "BRANCH_CODE",
                N,
                "VARCHAR",
                g.col(g.pick(["250655", "632005", "470010", "051001", "198765", "679000"]), 0.05),
                "decoy",
            ),
            c("SPOUSE_NAME", "person_name", "VARCHAR", [r["spouse"] for r in rows], ROLE, HEAVY),
            c("EMERGENCY_CONTACT", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "za").upper(), 0.15), ROLE),
            c(
                "EMERGENCY_CONTACT_NO",
                "phone",
                "VARCHAR",
                g.phones("ZA", {"national": 0.8, "digits": 0.2}, 0.9, 0.15),
                ROLE,
            ),
            c("MONTHLY_FEE", N, "DOUBLE", g.col(g.pick([399.0, 449.0, 549.0, 689.0, 299.0])), "decoy"),
            c("SALES_CONSULTANT", "person_name", "VARCHAR", g.col(g.pick(consultants)), STAFF),
            c("CUSTOM_FIELD_2", "free_text", "VARCHAR", _custom(g, "ZA", "za"), CUSTOM),
        ],
    )


def nz_pt_sessions(g: Gen) -> Table:
    """A Nelson personal-training studio's session log exported from its booking system (abbreviated)."""
    clients = []
    for _ in range(160):
        female = g.rnd.random() < 0.6
        a, b = v.person(g, "nz", female)
        place = g.rnd.choice(v.NZ_PLACES)
        clients.append(
            (
                g.code("C99999"),
                a,
                b,
                g.birth(1955, 2007),
                g.phone("NZ", g.rnd.choice(["national", "national", "e164"])),
                v.email_of(g, a, b, v.DOMAINS["nz"]),
                v.street(g, v.NZ_STREETS, "nz"),
                place[0],
                "Richmond" if place[0] in ("Richmond", "Brightwater", "Wakefield") else "Nelson",
                place[1],
                v.whole(g, "nz"),
                g.phone("NZ", "national"),
            )
        )
    rows = [g.rnd.choice(clients) for _ in range(g.rows)]
    trainers = v.staff(g, 4, "nz")
    logins = sorted({v.login(*v.person(g, "nz")) for _ in range(5)})

    def note() -> str:
        return g.rnd.choice(
            [
                "Left knee sore on lunges, regressed to box squats",
                f"Brought her sister {v.given(g, 'nz', True)} for a trial",
                "PB deadlift 110kg",
                f"Referred to physio {v.whole(g, 'nz')} re: shoulder",
                "Cancelled <24h, session charged",
            ]
        )

    return Table(
        "ptlog_nsn.trn_sess_exp",
        "en",
        "abbrev",
        [
            c("sess_id", N, "BIGINT", g.keys(64_001), "decoy", KEY),
            c("cli_no", N, "VARCHAR", [r[0] for r in rows], "decoy", SHAPE),
            c("cli_fnm", "first_name", "VARCHAR", [r[1] for r in rows], ABBREV),
            c("cli_snm", "last_name", "VARCHAR", [r[2] for r in rows], ABBREV),
            c("cli_dob", "date_of_birth", "VARCHAR", [v.dmy(r[3]) for r in rows], ABBREV),
            c("cli_mob", "phone", "VARCHAR", [r[4] for r in rows], ABBREV),
            c("cli_eml", "email", "VARCHAR", [r[5] for r in rows], ABBREV),
            c("addr_ln1", "street_address", "VARCHAR", [r[6] for r in rows], ABBREV),
            c("addr_ln2", "city", "VARCHAR", [r[7] for r in rows], LOCALITY, ABBREV),
            c("addr_cty", "city", "VARCHAR", [r[8] for r in rows], ABBREV),
            c("pcode", "postal_code", "VARCHAR", [r[9] for r in rows], ABBREV),
            c("ec_nm", "person_name", "VARCHAR", [r[10] for r in rows], ROLE, ABBREV),
            c("ec_ph", "phone", "VARCHAR", [r[11] for r in rows], ROLE, ABBREV),
            c("trn_nm", "person_name", "VARCHAR", g.col(g.pick(trainers)), STAFF, ABBREV),
            c("sess_dt", N, "DATE", g.days("2025-05-01", "2025-11-28"), "decoy"),
            c("sess_typ", N, "VARCHAR", g.col(g.pick(["1:1 60", "1:1 45", "2:1 60", "ASSESS", "REHAB 45"])), "decoy"),
            c("dur_min", N, "INTEGER", g.col(g.pick([30, 45, 60, 60])), "decoy"),
            c("pkg_rem", N, "INTEGER", g.ints(0, 20), "decoy"),
            c("inj_flg", N, "VARCHAR", g.col(g.pick(["N", "N", "N", "Y"])), "decoy"),
            c("sess_nts", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("nil", "Nil")), NULLWORD, ABBREV),
            c(
                "udf3",
                N,
                "VARCHAR",
                _codes(g, ["GRP-DISC", "ACC-REF", "PKG10", "STAFF", "TRIAL"], 0.45),
                "decoy",
                PLAIN,
            ),
            c("lst_edt_by", UNCLASSIFIED, "VARCHAR", g.col(g.pick(logins)), USERNAME, ABBREV),
        ],
    )


def us_pt_cobol(g: Gen) -> Table:
    """A Pittsburgh outpatient physical therapy network's referral and billing COBOL extract (padded CHAR)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "us", female)
        born = g.birth(1938, 2009)
        place = g.rnd.choice(v.US_PLACES)
        rows.append((a, b, born, place, _age(born) >= 65))
    physicians = [(f"{v.person(g, 'us')[1].upper()}, {v.given(g, 'us').upper()}", v.npi(g)) for _ in range(14)]
    ref = [g.rnd.choice(physicians) for _ in rows]
    therapists = [s.upper() for s in v.staff(g, 6, "us")]
    icd = ["M54.50", "M25.561", "S83.511A", "M75.101", "M17.11", "S93.401A", "M62.81", "Z96.651"]
    return Table(
        "OPTREHAB.REFERRAL_BILLING_EXTRACT",
        "en",
        "cobol",
        [
            c("PT-ACCT-NO", N, "VARCHAR", [f"{n:08d}" for n in g.keys(30_441_017, 3)], "decoy", KEY, LEGACY),
            c("PT-CLAIM-NO", N, "VARCHAR", g.col(lambda: "9" + g.digits(8)), "decoy", SHAPE, LEGACY),
            c("PT-LAST-NM", "last_name", "VARCHAR", _pad([r[1].upper() for r in rows], 20), LEGACY),
            c("PT-FIRST-NM", "first_name", "VARCHAR", _pad([r[0].upper() for r in rows], 15), LEGACY),
            c("PT-MID-INIT", "first_name", "VARCHAR", _pad(g.col(lambda: g.code("A"), 0.3), 1), LEGACY),
            c(
                "PT-SSN",
                "ssn",
                "BIGINT",
                [int(v.us_ssn(g)) if g.rnd.random() < 0.9 else 0 for _ in rows],
                LEGACY,
            ),
            c(
                "PT-MBI",
                "national_id",
                "VARCHAR",
                _pad([v.us_mbi(g) if r[4] and g.rnd.random() < 0.9 else None for r in rows], 11),
                LEGACY,
                HEAVY,
            ),
            c("PT-DOB", "date_of_birth", "INTEGER", [_ymd(r[2]) for r in rows], LEGACY),
            c(
                "PT-ADDR-1",
                "street_address",
                "VARCHAR",
                _pad(g.col(lambda: v.street(g, v.US_STREETS, "us").upper()), 30),
                LEGACY,
            ),
            c(
                "PT-ADDR-2",
                "street_address",
                "VARCHAR",
                _pad(g.col(lambda: f"APT {g.rnd.randint(1, 30)}{g.rnd.choice('ABC')}", 0.84), 10),
                SPLIT_ADDR,
                LEGACY,
                HEAVY,
            ),
            c("PT-CITY", "city", "VARCHAR", _pad([r[3][0] for r in rows], 18), LEGACY),
            c("PT-STATE", N, "VARCHAR", g.col(g.pick(["PA"] * 12 + ["OH", "WV"])), "decoy", LEGACY),
            c("PT-ZIP", "postal_code", "INTEGER", [int(r[3][1]) for r in rows], LEGACY),
            c(
                "PT-PHONE",
                "phone",
                "BIGINT",
                [int(g.phone("US", "digits", g.rnd.random() < 0.7)) if g.rnd.random() < 0.9 else 0 for _ in rows],
                LEGACY,
            ),
            c("REF-PHYS-NM", "person_name", "VARCHAR", _pad([r[0] for r in ref], 24), ROLE, LEGACY),
            c("REF-PHYS-NPI", N, "VARCHAR", [r[1] for r in ref], "decoy", SHAPE, CHECK, LEGACY),
            c("DX-ICD10", N, "VARCHAR", _pad(g.col(g.pick(icd)), 8), "decoy", HEALTH, LEGACY),
            c("PAYER-NAME", N, "VARCHAR", _pad(g.col(g.pick(v.US_PAYERS)), 20), "business", LEGACY),
            c("COPAY-CARD-NO", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.8), LEGACY, HEAVY),
            c("VISIT-DT", N, "INTEGER", [_ymd(g.day("2025-03-03", "2025-11-26")) for _ in rows], "decoy", LEGACY),
            c("THERAPIST-NM", "person_name", "VARCHAR", _pad(g.col(g.pick(therapists)), 24), STAFF, LEGACY),
            c("PT-USER-FLD-2", "free_text", "VARCHAR", _pad(_custom(g, "US", "us"), 40), CUSTOM, LEGACY),
            c(
                "PT-USER-FLD-3",
                N,
                "VARCHAR",
                _pad(_codes(g, ["AUTH-REQ", "POC-SGN", "KX-MOD", "NOSHOW2", "WC"], 0.5), 8),
                "decoy",
                PLAIN,
                LEGACY,
            ),
        ],
    )


def in_payments_staging(g: Gen) -> Table:
    """An Indore gym chain's membership payments landed from its payment gateway as an opaque staging table."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.4
        a, b = v.person(g, "in", female)
        mode = g.rnd.choices(["upi", "card", "netbanking"], [0.55, 0.35, 0.1])[0]
        rows.append((a, b, g.rnd.choice(v.IN_PLACES), mode, g.birth(1970, 2007)))
    plans = [
        "MONTHLY-BASIC",
        "QUARTERLY-GOLD",
        "HALF-YEARLY-GOLD",
        "ANNUAL-PLATINUM",
        "PT-12-SESSIONS",
        "COUPLE-ANNUAL",
    ]
    plan = [g.rnd.choice(plans) for _ in rows]

    def upi(r: tuple) -> str | None:
        if r[3] != "upi":
            return None
        handle = g.rnd.choice(["okhdfcbank", "ybl", "oksbi", "paytm", "ibl"])
        return f"{v.plain(r[0])}{g.rnd.choice(['', '.', ''])}{v.plain(r[1])[:4]}{g.rnd.randint(1, 99)}@{handle}"

    return Table(
        "stg_ironpeak.src_pg_membership_raw",
        "en",
        "opaque",
        [
            c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
            c("col02", "person_name", "VARCHAR", [f"{r[0]} {r[1]}" for r in rows], OPAQUE),
            c("col03", "phone", "VARCHAR", g.phones("IN", {"e164": 0.5, "digits": 0.3, "intl": 0.2}), OPAQUE),
            c("col04", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["in"]) for r in rows], OPAQUE),
            c("col05", "date_of_birth", "VARCHAR", [v.dmy(r[4], "-") for r in rows], OPAQUE),
            c("col06", "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g), 0.45), OPAQUE),
            c("col07", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IN_STREETS, "in"), 0.1), OPAQUE),
            c("col08", "city", "VARCHAR", [r[2][0] for r in rows], LOCALITY, OPAQUE),
            c("col09", "postal_code", "VARCHAR", [r[2][1] for r in rows], OPAQUE),
            c("col10", N, "VARCHAR", g.col(g.pick(v.IN_BRANCHES)), "business", OPAQUE),
            c("col11", N, "VARCHAR", plan, "decoy", OPAQUE),
            c(
                "col12",
                N,
                "DOUBLE",
                [float(g.rnd.choice([1_499, 3_999, 6_999, 11_999, 8_500, 19_999])) for _ in plan],
                "decoy",
                OPAQUE,
            ),
            c("col13", UNCLASSIFIED, "VARCHAR", [upi(r) for r in rows], USERNAME, OPAQUE),
            c(
                "col14",
                N,
                "VARCHAR",
                [
                    f"{g.rnd.choice(['4', '5'])}{g.digits(5)}XXXXXX{g.digits(4)}" if r[3] == "card" else None
                    for r in rows
                ],
                "decoy",
                PARTIAL,
                OPAQUE,
            ),
            c("col15", N, "VARCHAR", g.col(lambda: v.aadhaar_decoy(g)), "decoy", SHAPE, OPAQUE),
            c("col16", "ip_address", "VARCHAR", g.col(g.ip, 0.05), OPAQUE),
            c("col17", N, "VARCHAR", g.col(lambda: "pay_" + g.code("ZZZZZZZZZZZZZZ")), "decoy", SHAPE, OPAQUE),
            c("col18", N, "TIMESTAMP", g.moments("2025-04-01", "2025-11-28"), "decoy", OPAQUE),
            c("col19", "free_text", "VARCHAR", _custom(g, "IN", "in"), CUSTOM, OPAQUE),
            c(
                "col20",
                N,
                "VARCHAR",
                g.col(g.pick(["captured", "captured", "captured", "failed", "refunded", "authorized"])),
                "decoy",
                OPAQUE,
            ),
        ],
    )


def ke_guest_pass_json(g: Gen) -> Table:
    """A Mombasa fitness app's guest-pass events across partner gyms, flattened from JSON to dotted keys."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "ke", female)
        rows.append((a, b, g.rnd.choice(v.KE_PLACES), g.birth(1975, 2006)))
    venues = [(name, g.phone("KE", "national", False), -4.0 - g.rnd.uniform(0.0, 0.1), 39.6 + g.rnd.uniform(0, 0.15))
              for name in v.KE_GYMS]
    venue = [g.rnd.choice(venues) for _ in rows]
    desk = v.staff(g, 7, "ke")
    return Table(
        "passport_mombasa.guest_pass_events",
        "en",
        "json",
        [
            c("event.id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c(
                "event.type",
                N,
                "VARCHAR",
                g.col(g.pick(["pass.issued", "pass.redeemed", "pass.redeemed", "pass.expired"])),
                "decoy",
            ),
            c("event.timestamp", N, "TIMESTAMP", g.moments("2025-07-01", "2025-11-28"), "decoy"),
            c("guest.name.first", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("guest.name.last", "last_name", "VARCHAR", [r[1] for r in rows]),
            c(
                "guest.id_number",
                "national_id",
                "VARCHAR",
                g.col(lambda: str(g.rnd.randint(20, 39)) + g.digits(6), 0.3),
            ),
            c("guest.birth_date", "date_of_birth", "VARCHAR", [r[3].isoformat() for r in rows]),
            c("guest.phone", "phone", "VARCHAR", g.phones("KE", {"e164": 0.6, "national": 0.4})),
            c(
                "guest.email",
                "email",
                "VARCHAR",
                [v.email_of(g, r[0], r[1], v.DOMAINS["ke"]) if g.rnd.random() < 0.7 else None for r in rows],
            ),
            c("guest.address.estate", "city", "VARCHAR", [r[2][0] for r in rows], LOCALITY),
            c("host.member_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ke"), 0.1), ROLE),
            c("host.member_phone", "phone", "VARCHAR", g.phones("KE", {"e164": 1.0}, 1.0, 0.1), ROLE),
            c("venue.name", N, "VARCHAR", [x[0] for x in venue], "business"),
            c("venue.phone", N, "VARCHAR", [x[1] for x in venue], "business"),
            c("venue.geo.lat", N, "DOUBLE", [round(x[2], 6) for x in venue], "decoy", COORD),
            c("venue.geo.lng", N, "DOUBLE", [round(x[3], 6) for x in venue], "decoy", COORD),
            c("payment.mpesa_ref", N, "VARCHAR", g.col(lambda: g.code("TK9ZZZZZZZ"), 0.2), "decoy", SHAPE),
            c("payment.amount_kes", N, "DOUBLE", g.col(g.pick([500.0, 700.0, 1_000.0, 1_500.0]), 0.2), "decoy"),
            c("meta.ip", "ip_address", "VARCHAR", g.col(g.ip, 0.05)),
            c("meta.app_version", N, "VARCHAR", g.col(lambda: g.version((3, 5))), "decoy"),
            c("meta.custom2", "free_text", "VARCHAR", _custom(g, "KE", "ke"), CUSTOM),
            c("staff.checked_in_by", "person_name", "VARCHAR", g.col(g.pick(desk), 0.3), STAFF),
        ],
    )


# -- tables named in other languages -----------------------------------------------------------------------------------


def fr_yoga_abonnements(g: Gen) -> Table:
    """A Tours yoga and pilates studio's subscriptions and their cancellations, paid by SEPA direct debit (French)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.78
        a, b = v.person(g, "fr", female)
        place = g.rnd.choice(v.FR_PLACES)
        other = g.rnd.random() < 0.12
        debit = g.rnd.random() < 0.7
        rows.append(
            {
                "a": a,
                "b": b,
                "civ": "Mme" if female else "M.",
                "birth_name": v.person(g, "fr")[1] if female and g.rnd.random() < 0.25 else None,
                "place": place,
                "iban": v.fr_iban(g) if debit else None,
                "holder": (v.whole(g, "fr") if other else f"{a} {b}".upper()) if debit else None,
                "rum": g.code("YTRS-2025-99999") if debit else None,
                "end": g.day("2025-01-06", "2025-11-28") if g.rnd.random() < 0.4 else None,
            }
        )
    profs = v.staff(g, 5, "fr")
    motifs = ["Déménagement", "Raisons financières", "Horaires incompatibles", "Changement de studio", "Autre"]

    def remarque() -> str:
        return g.rnd.choice(
            [
                f"Offre parrainage : marraine {v.whole(g, 'fr', True)}",
                "Certificat médical reçu",
                f"Vient avec sa fille {v.given(g, 'fr', True)} le samedi",
                "Suspension 2 mois (voyage)",
                "Relance prélèvement rejeté en septembre",
            ]
        )

    return Table(
        "studio_yoga_tours.abonnements",
        "fr",
        "snake",
        [
            c("id_abonnement", N, "BIGINT", g.keys(14_001), "decoy", KEY),
            c("num_adherent", N, "VARCHAR", g.col(lambda: g.code("AD-99999")), "decoy", SHAPE),
            c("civilite", N, "VARCHAR", [r["civ"] for r in rows], "decoy"),
            c("nom", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("prenom", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("nom_naissance", "last_name", "VARCHAR", [r["birth_name"] for r in rows], HEAVY),
            c("date_naissance", "date_of_birth", "VARCHAR", [v.dmy(g.birth(1955, 2006)) for _ in rows]),
            c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.FR_STREETS, "fr"))),
            c(
                "complement_adresse",
                "street_address",
                "VARCHAR",
                g.col(lambda: g.rnd.choice(["Bât. B", "Appt 12", "Résidence Les Cèdres", "Esc. 3, 2e étage"]), 0.8),
                SPLIT_ADDR,
                HEAVY,
            ),
            c("code_postal", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("ville", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("portable", "phone", "VARCHAR", g.phones("FR", {"national": 0.75, "intl": 0.15, "e164": 0.1})),
            c("personne_a_prevenir", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "fr"), 0.3), ROLE),
            c("email", "email", "VARCHAR", [v.email_of(g, r["a"], r["b"], v.DOMAINS["fr"]) for r in rows]),
            c(
                "formule",
                N,
                "VARCHAR",
                g.col(g.pick(["Illimité mensuel", "Illimité annuel", "Carte 10 cours", "Pilates reformer 1x/sem"])),
                "decoy",
            ),
            c("date_debut", N, "DATE", g.days("2022-09-01", "2025-10-31"), "decoy"),
            c("date_resiliation", N, "DATE", [r["end"] for r in rows], "decoy"),
            c("motif_resiliation", N, "VARCHAR", [g.rnd.choice(motifs) if r["end"] else None for r in rows], "decoy"),
            c("iban_prelevement", "iban", "VARCHAR", [r["iban"] for r in rows]),
            c("titulaire_compte", "person_name", "VARCHAR", [r["holder"] for r in rows], ROLE),
            c("rum_mandat", N, "VARCHAR", [r["rum"] for r in rows], "decoy", SHAPE),
            c("professeur_referent", "person_name", "VARCHAR", g.col(g.pick(profs)), STAFF),
            c("champ_libre_2", "free_text", "VARCHAR", _custom(g, "FR", "fr"), CUSTOM),
            c("remarques", "free_text", "VARCHAR", g.sparse(remarque, 0.8, _words("néant", "aucun")), NULLWORD),
        ],
    )


def se_klatterhall_passager(g: Gen) -> Table:
    """A Västerås climbing hall's turnstile passages with the members behind each card (Swedish)."""
    members = []
    for _ in range(220):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "sv", female)
        junior = g.rnd.random() < 0.2
        born = g.birth(2009, 2013) if junior else g.birth(1965, 2007)
        place = g.rnd.choice(v.SE_PLACES)
        members.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "pnr": v.personnummer(g, born),
                "card": g.digits(10),
                "mob": g.phone("SE", g.rnd.choice(["national", "national", "e164"])),
                "mail": v.email_of(g, a, b, v.DOMAINS["sv"]),
                "addr": v.street(g, v.SE_STREETS, "sv"),
                "place": place,
                "pc": f"{place[1]} {g.digits(2)}",
                "cert": g.rnd.choice(["Grönt kort", "Grönt kort", "Rött kort", "Inget"]),
                "guardian": f"{v.given(g, 'sv')} {b}" if junior else None,
                "gphone": g.phone("SE", "national") if junior else None,
            }
        )
    rows = [g.rnd.choice(members) for _ in range(g.rows)]
    instruktorer = v.staff(g, 5, "sv")

    def anteckning() -> str:
        return g.rnd.choice(
            [
                f"Säkrade med {v.whole(g, 'sv')} som saknar kort - tillsagd",
                "Kort spärrat, obetald avgift",
                f"Pappa {v.given(g, 'sv', False)} hämtade kl 19",
                "Glömt kort, manuell insläpp",
                "Fall från topprep, ingen skada",
            ]
        )

    return Table(
        "klatterhallen_vasteras.passager",
        "sv",
        "snake",
        [
            c("passage_id", N, "BIGINT", g.keys(4_100_001), "decoy", KEY),
            c("kortnummer", N, "VARCHAR", [r["card"] for r in rows], "decoy", SHAPE),
            c("personnummer", "national_id", "VARCHAR", [r["pnr"] for r in rows]),
            c("fornamn", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("efternamn", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("fodelsedatum", "date_of_birth", "DATE", [r["born"] for r in rows]),
            c("mobilnummer", "phone", "VARCHAR", [r["mob"] for r in rows]),
            c("epost", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("gatuadress", "street_address", "VARCHAR", [r["addr"] for r in rows]),
            c("postnummer", "postal_code", "VARCHAR", [r["pc"] for r in rows]),
            c("ort", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("passertid", N, "TIMESTAMP", g.moments("2025-09-01", "2025-11-28"), "decoy"),
            c("grind", N, "VARCHAR", g.col(g.pick(["Entré 1", "Entré 1", "Entré 2", "Personalingång"])), "decoy"),
            c("status", N, "VARCHAR", g.col(g.pick(["OK"] * 8 + ["SPÄRRAT", "UTGÅNGET"])), "decoy"),
            c("klattercertifikat", N, "VARCHAR", [r["cert"] for r in rows], "decoy"),
            c("malsman", "person_name", "VARCHAR", [r["guardian"] for r in rows], ROLE, HEAVY),
            c("malsman_telefon", "phone", "VARCHAR", [r["gphone"] for r in rows], ROLE, HEAVY),
            c("godkand_av", "person_name", "VARCHAR", g.col(g.pick(instruktorer), 0.2), STAFF),
            c("bokningsnummer", N, "VARCHAR", g.col(lambda: v.personnummer_decoy(g), 0.4), "decoy", SHAPE),
            c(
                "extra_falt_1",
                N,
                "VARCHAR",
                _codes(g, ["FRIKORT", "STUDENT", "KLUBB", "PERSONAL"], 0.5),
                "decoy",
                PLAIN,
            ),
            c("anteckning", "free_text", "VARCHAR", g.sparse(anteckning, 0.82, _words("ingen", "saknas")), NULLWORD),
        ],
    )


def nl_fysio_verwijzingen(g: Gen) -> Table:
    """An Arnhem physiotherapy practice's referrals and treatment series (Dutch)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "nl", female)
        place = g.rnd.choice(v.NL_PLACES)
        pc = place[1] + g.digits(4 - len(place[1])) + " " + g.code("AA")
        rows.append((a, b, g.birth(1940, 2010), place[0], pc, g.rnd.random() < 0.28))
    verwijzers = [(f"dr. {v.given(g, 'nl')[0]}. {v.person(g, 'nl')[1]}", g.digits(8, "0123456789")) for _ in range(12)]
    ref = [g.rnd.choice(verwijzers) for _ in rows]
    therapeuten = v.staff(g, 4, "nl")

    def verslag() -> str:
        return g.rnd.choice(
            [
                "Pijn VAS 6 -> 3, ROM schouder verbeterd",
                f"Overleg met huisarts {v.whole(g, 'nl')} over MRI",
                "Oefenprogramma thuis meegegeven",
                f"Partner {v.given(g, 'nl')} brengt cliënt, slecht ter been",
                "Behandeling afgesloten, doelen behaald",
            ]
        )

    return Table(
        "fysio_arnhem.verwijzingen",
        "nl",
        "snake",
        [
            c("behandeling_id", N, "BIGINT", g.keys(77_001), "decoy", KEY),
            c("bsn", "national_id", "VARCHAR", g.col(lambda: v.bsn(g), 0.03)),
            c(
                "voorletters",
                "first_name",
                "VARCHAR",
                [f"{r[0][0]}." + (f"{g.code('A')}." if g.rnd.random() < 0.4 else "") for r in rows],
            ),
            c("roepnaam", "first_name", "VARCHAR", [r[0] for r in rows]),
            c(
                "tussenvoegsel",
                "last_name",
                "VARCHAR",
                g.col(g.pick(["van", "de", "van der", "van den", "ten"]), 0.75),
                HEAVY,
            ),
            c("achternaam", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("geboortedatum", "date_of_birth", "VARCHAR", [v.dmy(r[2], "-") for r in rows]),
            c("straat", "street_address", "VARCHAR", g.col(g.pick(v.NL_STREETS))),
            c("huisnummer", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 240))), SPLIT_ADDR),
            c(
                "toevoeging",
                "street_address",
                "VARCHAR",
                g.col(g.pick(["A", "B", "bis", "1-hoog", "II"]), 0.82),
                SPLIT_ADDR,
                HEAVY,
            ),
            c("postcode", "postal_code", "VARCHAR", [r[4] for r in rows]),
            c("woonplaats", "city", "VARCHAR", [r[3] for r in rows]),
            c("telefoon", "phone", "VARCHAR", g.phones("NL", {"national": 0.7, "e164": 0.3}, 0.75)),
            c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["nl"]) for r in rows]),
            c("zorgverzekeraar", N, "VARCHAR", g.col(g.pick(v.NL_INSURERS)), "business"),
            c("polisnummer", N, "VARCHAR", g.col(lambda: g.digits(9), 0.05), "decoy", SHAPE),
            c("verwijzer", "person_name", "VARCHAR", [x[0] if g.rnd.random() < 0.6 else None for x in ref], ROLE),
            c("agb_code_verwijzer", N, "VARCHAR", [f"01{x[1][:6]}" for x in ref], "decoy", SHAPE),
            c(
                "diagnosecode",
                N,
                "VARCHAR",
                g.col(g.pick(["7920", "1938", "4521", "7520", "1701", "3435"])),
                "decoy",
                HEALTH,
            ),
            c("fysiotherapeut", "person_name", "VARCHAR", g.col(g.pick(therapeuten)), STAFF),
            c("declaratienummer", N, "VARCHAR", g.col(lambda: v.bsn_decoy(g)), "decoy", SHAPE),
            c("iban_restitutie", "iban", "VARCHAR", [v.nl_iban(g) if r[5] else None for r in rows], HEAVY),
            c("vrij_veld_2", "free_text", "VARCHAR", _custom(g, "NL", "nl"), CUSTOM),
            c("behandelverslag", "free_text", "VARCHAR", g.sparse(verslag, 0.76, _words("n.v.t.", "geen")), NULLWORD),
        ],
    )


def pl_umowy_czlonkowskie(g: Gen) -> Table:
    """A Lublin fitness club's membership contracts and notices of termination (Polish)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "pl", female)
        minor = g.rnd.random() < 0.18
        born = g.birth(2008, 2009) if minor else g.birth(1962, 2006)
        place = g.rnd.choice(v.PL_PLACES)
        pc = place[1] + g.digits(3) if place[1].endswith("-") else place[1]
        rows.append((a, b, born, v.pesel(g, born, female), place[0], pc, v.whole(g, "pl") if minor else None))
    trenerzy = v.staff(g, 5, "pl")

    def uwaga() -> str:
        return g.rnd.choice(
            [
                f"Umowę podpisała matka {v.whole(g, 'pl', True)}",
                "Zawieszenie karnetu na 30 dni (kontuzja)",
                "Wypowiedzenie złożone mailowo",
                f"Polecenie od {v.whole(g, 'pl')}, rabat 10%",
                "Zwrot kaucji za kartę",
            ]
        )

    return Table(
        "klub_fitness_lublin.umowy_czlonkowskie",
        "pl",
        "snake",
        [
            c("id_umowy", N, "BIGINT", g.keys(21_001), "decoy", KEY),
            c("nr_umowy", N, "VARCHAR", g.col(lambda: v.pesel_decoy(g)), "decoy", SHAPE),
            c("imie", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("nazwisko", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("pesel", "national_id", "VARCHAR", [r[3] for r in rows]),
            c("data_urodzenia", "date_of_birth", "VARCHAR", [v.dmy(r[2], ".") for r in rows]),
            c("ulica", "street_address", "VARCHAR", g.col(g.pick(v.PL_STREETS))),
            c("nr_domu", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 120))), SPLIT_ADDR),
            c("nr_lokalu", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 90)), 0.5), SPLIT_ADDR),
            c("kod_pocztowy", "postal_code", "VARCHAR", [r[5] for r in rows]),
            c("miejscowosc", "city", "VARCHAR", [r[4] for r in rows]),
            c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.6, "intl": 0.25, "e164": 0.15})),
            c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["pl"]) for r in rows]),
            c(
                "karnet",
                N,
                "VARCHAR",
                g.col(g.pick(["OPEN", "OPEN", "PORANNY", "STUDENT", "MULTISPORT", "SENIOR"])),
                "decoy",
            ),
            c("nr_karty_multisport", N, "VARCHAR", g.col(lambda: g.digits(10), 0.6), "decoy", SHAPE),
            c("rachunek_polecenie_zaplaty", "iban", "VARCHAR", g.col(lambda: v.pl_iban(g), 0.45)),
            c("data_wypowiedzenia", N, "DATE", g.days("2025-02-01", "2025-11-28", 0.65), "decoy"),
            c("opiekun_prawny", "person_name", "VARCHAR", [r[6] for r in rows], ROLE, HEAVY),
            c("trener_prowadzacy", "person_name", "VARCHAR", g.col(g.pick(trenerzy), 0.3), STAFF),
            c("pole_dod_2", "free_text", "VARCHAR", _custom(g, "PL", "pl"), CUSTOM),
            c("uwagi", "free_text", "VARCHAR", g.sparse(uwaga, 0.8, _words("brak", "-")), NULLWORD),
        ],
    )


def tr_pilates_uyelik(g: Gen) -> Table:
    """An Eskişehir pilates studio's member registrations with their health declarations (Turkish)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.85
        a, b = v.person(g, "tr", female)
        place = g.rnd.choice(v.TR_PLACES)
        maiden = v.person(g, "tr")[1] if female and g.rnd.random() < 0.25 else None
        rows.append((a, b, maiden, g.birth(1960, 2006), place))
    egitmenler = v.staff(g, 4, "tr")

    def not_() -> str:
        return g.rnd.choice(
            [
                f"Arkadaşı {v.whole(g, 'tr', True)} ile aynı saatte",
                "Bel fıtığı, doktor raporu alındı",
                "Hamilelik 2. trimester, özel program",
                f"Eşi {v.given(g, 'tr', False)} ödemeyi yapacak",
                "Üyelik 1 ay donduruldu",
            ]
        )

    return Table(
        "pilates_eskisehir.uyelik_kayitlari",
        "tr",
        "snake",
        [
            c("uye_id", N, "BIGINT", g.keys(5_001), "decoy", KEY),
            c("uye_no", N, "VARCHAR", g.col(lambda: v.tckimlik_decoy(g)), "decoy", SHAPE),
            c("tc_kimlik_no", "national_id", "VARCHAR", g.col(lambda: v.tckimlik(g), 0.05)),
            c("ad", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("soyad", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("kizlik_soyadi", "last_name", "VARCHAR", [r[2] for r in rows], HEAVY),
            c("dogum_tarihi", "date_of_birth", "VARCHAR", [v.dmy(r[3], ".") for r in rows]),
            c("cep_telefonu", "phone", "VARCHAR", g.phones("TR", {"national": 0.7, "e164": 0.2, "intl": 0.1})),
            c("e_posta", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["tr"]) for r in rows]),
            c("adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.TR_STREETS, "tr"))),
            c("ilce", "city", "VARCHAR", [r[4][0] for r in rows], LOCALITY),
            c("il", N, "VARCHAR", ["Eskişehir"] * g.rows, "decoy"),
            c("posta_kodu", "postal_code", "VARCHAR", [r[4][1] for r in rows]),
            c(
                "saglik_beyani",
                N,
                "VARCHAR",
                g.col(g.pick(["Yok", "Yok", "Yok", "Bel fıtığı", "Boyun fıtığı", "Hamilelik", "Tansiyon"])),
                "decoy",
                HEALTH,
            ),
            c("acil_durum_kisi", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "tr"), 0.1), ROLE),
            c("acil_durum_tel", "phone", "VARCHAR", g.phones("TR", {"national": 1.0}, 1.0, 0.1), ROLE),
            c("kredi_karti_no", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.78), HEAVY),
            c("taksit_sayisi", N, "INTEGER", g.col(g.pick([1, 3, 6, 9, 12])), "decoy"),
            c("egitmen", "person_name", "VARCHAR", g.col(g.pick(egitmenler)), STAFF),
            c(
                "ozel_alan_1",
                N,
                "VARCHAR",
                _codes(g, ["REF-IG", "KAMPANYA-EKIM", "OGRENCI", "KURUMSAL"], 0.5),
                "decoy",
                PLAIN,
            ),
            c("notlar", "free_text", "VARCHAR", g.sparse(not_, 0.8, _words("yok", "belirtilmemiş")), NULLWORD),
        ],
    )


def dk_fejlede_betalinger(g: Gen) -> Table:
    """An Odense fitness centre's rejected Betalingsservice collections and reminders (Danish)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "da", female)
        born = g.birth(1960, 2006)
        place = g.rnd.choice(v.DK_PLACES)
        rows.append((a, b, born, v.cpr(g, born, female) if g.rnd.random() < 0.9 else None, place))
    medarbejdere = v.staff(g, 3, "da")
    aarsager = ["Afvist af debitor", "Manglende dækning", "Aftale ophørt", "Konto lukket", "Afvist af pengeinstitut"]

    def kommentar() -> str:
        return g.rnd.choice(
            [
                f"Talt med {v.given(g, 'da')} - betaler via MobilePay",
                "2. rykker sendt, gebyr 100 kr",
                f"Medlemskab overdraget til {v.whole(g, 'da')}",
                "Sendt til inkasso",
                "Betalt ved skranken",
            ]
        )

    return Table(
        "fitnesscenter_odense.fejlede_betalinger",
        "da",
        "snake",
        [
            c("betaling_id", N, "BIGINT", g.keys(601_001), "decoy", KEY),
            c("medlemsnummer", N, "VARCHAR", g.col(lambda: g.digits(7)), "decoy", SHAPE),
            c("cpr_nummer", "national_id", "VARCHAR", [r[3] for r in rows]),
            c("fornavn", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("efternavn", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("foedselsdato", "date_of_birth", "DATE", [r[2] for r in rows]),
            c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.DK_STREETS, "da"))),
            c("postnr", "postal_code", "VARCHAR", [r[4][1] for r in rows]),
            c("bynavn", "city", "VARCHAR", [r[4][0] for r in rows]),
            c("mobil", "phone", "VARCHAR", g.phones("DK", {"national": 0.7, "e164": 0.3})),
            c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["da"]) for r in rows]),
            c("reg_nr", N, "VARCHAR", g.col(g.pick(["1551", "2191", "5301", "6110", "9570", "0400"])), "decoy"),
            c("kontonr", UNCLASSIFIED, "VARCHAR", g.col(lambda: g.digits(10)), BANK),
            c("pbs_reference", N, "VARCHAR", g.col(lambda: v.cpr_decoy(g)), "decoy", SHAPE),
            c("afvist_dato", N, "DATE", g.days("2025-04-01", "2025-11-28"), "decoy"),
            c("afvisningsaarsag", N, "VARCHAR", g.col(g.pick(aarsager)), "decoy"),
            c("beloeb", N, "DOUBLE", g.col(g.pick([199.0, 249.0, 299.0, 349.0])), "decoy"),
            c("rykker_trin", N, "INTEGER", g.col(g.pick([1, 1, 2, 3])), "decoy"),
            c("sagsbehandler", "person_name", "VARCHAR", g.col(g.pick(medarbejdere)), STAFF),
            c(
                "ekstra_felt_1",
                N,
                "VARCHAR",
                _codes(g, ["FLEX", "SENIOR", "UNG", "FIRMA", "PAUSE"], 0.5),
                "decoy",
                PLAIN,
            ),
            c(
                "kommentar",
                "free_text",
                "VARCHAR",
                g.sparse(kommentar, 0.8, _words("intet", "ingen bemærkninger")),
                NULLWORD,
            ),
        ],
    )


def gr_ygeia_erotimatologia(g: Gen) -> Table:
    """A Larissa gym's health questionnaires and injury waivers (Greek column names and values)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "el", female)
        born = g.birth(1958, 2007)
        place = g.rnd.choice(v.GR_PLACES)
        rows.append((a, b, born, v.amka(g, born, female), place, v.given(g, "el", False)))
    gymnastes = v.staff(g, 4, "el")
    doctors = [f"Δρ. {v.whole(g, 'el')}" for _ in range(10)]

    def trauma() -> str:
        return g.rnd.choice(
            [
                "Ρήξη χιαστού 2022, αποκατάσταση ολοκληρώθηκε",
                f"Ενημερώθηκε η σύζυγος {v.whole(g, 'el', True)}",
                "Πόνος στη μέση, αποφυγή άρσεων θανάτου",
                f"Φυσικοθεραπεία με τον {v.whole(g, 'el', False)}",
                "Διάστρεμμα αστραγάλου πριν 3 μήνες",
            ]
        )

    return Table(
        "γυμναστήριο_λάρισας.ερωτηματολόγια_υγείας",
        "el",
        "native",
        [
            c("κωδικός", N, "BIGINT", g.keys(3_001), "decoy", KEY),
            c("επώνυμο", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("όνομα", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("πατρώνυμο", "first_name", "VARCHAR", [r[5] for r in rows]),
            c("ημερομηνία_γέννησης", "date_of_birth", "VARCHAR", [v.dmy(r[2]) for r in rows]),
            c("αμκα", "ssn", "VARCHAR", [r[3] for r in rows]),
            c("αφμ", "national_id", "VARCHAR", g.col(lambda: v.afm(g), 0.5)),
            c("κινητό", "phone", "VARCHAR", g.phones("GR", {"national": 0.7, "e164": 0.3})),
            c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["el"]) for r in rows]),
            c("διεύθυνση", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GR_STREETS, "el"))),
            c("τκ", "postal_code", "VARCHAR", [r[4][1] for r in rows]),
            c("πόλη", "city", "VARCHAR", [r[4][0] for r in rows]),
            c("καρδιολογικό_πρόβλημα", N, "VARCHAR", g.col(g.pick(["ΟΧΙ"] * 9 + ["ΝΑΙ"])), "decoy", HEALTH),
            c("θεράπων_ιατρός", "person_name", "VARCHAR", g.col(g.pick(doctors), 0.4), ROLE),
            c("αρ_βεβαίωσης_ιατρού", N, "VARCHAR", g.col(lambda: v.afm_decoy(g), 0.2), "decoy", SHAPE),
            c("ημερομηνία_υπογραφής", N, "DATE", g.days("2024-09-01", "2025-11-28"), "decoy"),
            c("υπεύθυνος_γυμναστής", "person_name", "VARCHAR", g.col(g.pick(gymnastes)), STAFF),
            c("πρόσθετο_πεδίο_2", N, "VARCHAR", _codes(g, ["ΦΟΙΤ", "ΟΙΚΟΓ", "ΣΤΡΑΤ", "ΕΤΑΙΡ"], 0.5), "decoy", PLAIN),
            c("τραυματισμοί", "free_text", "VARCHAR", g.sparse(trauma, 0.78, _words("καμία", "-")), NULLWORD),
        ],
    )


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (au_climbing_waivers, 480),
    (ca_wellness_signups, 420),
    (gb_dd_failures, 560),
    (za_contracts, 520),
    (nz_pt_sessions, 640),
    (us_pt_cobol, 460),
    (in_payments_staging, 600),
    (ke_guest_pass_json, 380),
    (fr_yoga_abonnements, 340),
    (se_klatterhall_passager, 720),
    (nl_fysio_verwijzingen, 400),
    (pl_umowy_czlonkowskie, 450),
    (tr_pilates_uyelik, 300),
    (dk_fejlede_betalinger, 360),
    (gr_ygeia_erotimatologia, 260),
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
