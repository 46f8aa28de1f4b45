"""Held-out set v50 for the column classifier: 15 tables of *education and childcare* systems, one system per table
and each a different school, university, nursery, exam body, lender or marketplace in a different country, with
column names in the language of the team that built it (six in English: the United States, the United Kingdom,
Australia, Canada, Ireland and New Zealand; nine in Korean, Chinese, Russian, Greek, Arabic, Hindi, Japanese, German
and French) and in the naming styles real exports use (PowerSchool's ``Student_Number``, snake case with
abbreviations such as ``stu_fnm`` and ``gdn1_ph``, PascalCase, camelCase, SCREAMING case, Apogée's ``LIB_PR1_IND``,
opaque ``UDF_3`` and ``COL12``):

* ``powerschool.STUDENTS``: a suburban Chicago school district's PowerSchool student export (enrolment, guardians,
  medical alerts, counselor, SSN mostly NULL, the parent portal login);
* ``walkley_mis.attendance_marks``: a Sheffield primary school's attendance marks with the teachers who took the
  register (UPN, ``Year 4 Oak``, absence comments);
* ``ChildcareHub.ChildRegister``: an inner-north Melbourne long-day-care centre's 48 children with authorised pick-ups
  and a collection password;
* ``NSLS_EXT.BRWR_ACCT``: a Canadian student-loan servicer's borrower accounts (SIN, ``ALT_KEY``, agent notes);
* ``alumni_office.giftRecords``: a Galway university's alumni donations (PPSN for the Charitable Donation Scheme,
  Eircode, IBAN, a card number a legacy form kept in clear, gifts in memory of someone);
* ``tutormatch.session_bookings``: an Auckland tutoring marketplace's bookings (students, guardians, tutors with IRD
  numbers, in-home venues);
* ``학원관리.출결_기록``: a Seoul cram school's (학원) attendance log with instructors and parents' alert numbers;
* ``幼儿园.幼儿花名册``: a Hangzhou kindergarten's child register (resident identity card numbers, parents, the
  pick-up person);
* ``рцои.участники_егэ``: a Moscow-oblast regional centre's unified state exam (ЕГЭ) registrations (SNILS, passport,
  exam point and room, organisers);
* ``φοιτητολόγιο.φοιτητές``: a Patras university's student register (AMKA, identity card, father's and mother's given
  names, adviser);
* ``النقل_المدرسي.كشف_الحافلات``: a Dubai private school's bus roster, 36 riders (Emirates ID, driver and bus nanny,
  pick-up points at the families' villas, stop coordinates);
* ``प्रवेश.आवेदन_पत्र``: a Lucknow state university's undergraduate admission applications (Aadhaar, father's and
  mother's names, board roll number, opaque ``COL12``/``COL13``);
* ``入試.出願者一覧``: a Kyoto private university's entrance examination applications (katakana readings, examinee
  numbers, guardian);
* ``kita_verwaltung.Kinder``: a Leipzig day-care centre's (Kita) 58 children with custodians, the people allowed to
  collect them and the fee mandate's IBAN;
* ``APOGEE.INDIVIDU_EXPORT``: a Lyon university's student records exported from Apogée (INE, birth and usage names,
  birth town, INSEE commune code).

Tables have 36 to 900 rows (three small ones: the bus roster's 36, the childcare centre's 48 and the Kita's 58).

Written **blind**, like v2 to v49: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its rules, documentation, tests, changelog, history or notes, only the list of kind names
(``governance_dagster/kinds.py``), how the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the
*structure* and labeling conventions of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test,
``tests/heldout_support.py``), the module docstrings of v24 to v49 (to avoid their domains), the ``Column``/``Table``
classes and writer they build on, the ruff section of ``pyproject.toml`` and python-stdnum's own source. The
classifier was not run on this set while it was written, no scorer was run on it, and no score of any set was looked
at: nothing here was adjusted to what the classifier does. Earlier sets touched the theme at its edges (v12 a
daycare, v13 school trips, v24 a school district's students, v27 an LMS grade book, v29 a Danish pupil roster, a
Turkish university and a Russian dormitory, v30 an Indonesian school, v34 a Mexican university's applicants and an
Ecuadorian school, v35 a university enrolment extract, v37 a Korean university and an Indian school, v39 a Danish
childminding scheme and a Spanish tutoring academy, v45 a US alumni association); every system here is new (v24's
school district was a warehouse table of its own naming, this is PowerSchool's export with PowerSchool's names). It
imports no earlier set's value module: its random source, name lists
(dozens of given and family names for each country, children's names apart from their parents' where the
generations differ, in their own scripts: Hangul, simplified Chinese, Cyrillic with patronymics, Greek with the
female forms of family names, Arabic, Devanagari, kanji with katakana readings, Irish names with fadas and
Irish-language surnames, Māori and Pasifika names), streets, towns, postcodes and identifier builders are its own
(:mod:`benchmarks.classification.heldout_v50_values`; the generic ``Gen`` helpers follow v27's).

What the set holds (tags in brackets):

* children's personal data (``child``): names, birth dates of recent years (nurseries 2019 to 2024, schools 2007 to
  2021), identity numbers, medical and behaviour notes;
* people under role words (``role_word``): mothers, fathers, guardians, custodians, pick-up people, emergency
  contacts, spouses, tutors, the person a gift honours, and staff (``staff``: teachers, counselors, educators,
  instructors, advisers, exam organisers, a bus driver and nanny, development officers);
* identifiers with check digits (``check_digit``): the UPN, SIN, PPSN, IRD number, Chinese resident identity card,
  AMKA and Aadhaar (python-stdnum), SNILS and the Emirates ID (their check digits computed here: SNILS weighted
  modulo 101, the Emirates ID by Luhn), Irish and German IBANs and a card number (Luhn); phones of all fifteen
  countries (phonenumbers), IPv4 and IPv6;
* decoys (``decoy``; ``value_shape`` when shaped like a personal or identifying value): student, pupil, applicant,
  examinee and registry numbers the institution assigns (``student_number``, ``exam_number``), class, group, room
  and homeroom names (``class_name``: ``Year 4 Oak``, ``小一班``, ``Igelgruppe``, ``수학 심화A``), grades, scores
  and averages (``grade_score``), term and academic-year labels, bus routes and plates, course, programme,
  institution and stage codes, loan, receipt and invoice numbers, a lunch PIN, pick-up card numbers, an INSEE
  commune code, the check character of an INE alone, a card's last four digits (``partial``), a processor's tokens
  (``tokenized``), password hashes and a nursery's collection password (``credential``), relationship words
  (``relationship``), stop coordinates;
* the institutions' own contact data (``business``): school, centre and kindergarten names, phones and e-mail
  addresses, the cram school's alert sender number, high schools, universities and colleges (some named after
  people: ``Jane Addams Elementary``, a scholarship fund named after a priest);
* opaque and misleading names (``opaque``, ``misleading``): ``UDF_3`` (a guardian's phone), ``UDF_5``, ``COL12`` (an
  alternative mobile), ``COL13``, ``ALT_KEY`` (an e-mail), ``promo_ref`` (a referring family's e-mail),
  ``fundName`` (funds named after people: ``none``);
* NULL-like dirt: empty strings, ``N/A``, ``-``, ``null``, ``Nil``, ``없음``, ``无``, ``нет``, ``なし``, ``keine``,
  ``لا يوجد`` (``nullword_heavy``: 70-95%), columns 50-95% NULL (``null_heavy``), placeholders (``000-00-0000``,
  ``000 000 000``).

Labeling choices a reader may question:

* a number the school, university, nursery, academy or exam body assigns (``Student_Number``, ``pupil_id``,
  ``원생번호``, ``幼儿编号``, ``αριθμός_μητρώου``, ``COD_ETU``, ``受験番号``, ``код_участника``, board roll
  numbers) is ``none``; a national pupil or student identifier that follows the person across institutions (the
  English UPN, the French INE) is ``national_id``, like identity numbers (SNILS, AMKA, Aadhaar, the Chinese resident
  identity card, the Emirates ID, a Russian passport, a Greek identity card); the Canadian SIN, the Irish PPSN and
  the New Zealand IRD number of a contractor tutor are ``national_id``; only the US SSN is ``ssn``;
* the Russian patronymic (``отчество``) is ``person_name`` (part of the person's name, neither a given nor a family
  name); the Greek father's and mother's names (``πατρώνυμο``, ``μητρώνυμο``) are their given names, so
  ``first_name``; a US middle name and a French second given name are ``first_name``; a katakana reading of a name is
  ``person_name``; teachers' names in the form ``Mrs K Okafor`` and ``Фёдорова Д. Ю.`` are ``person_name``;
  educators known by first name only are ``first_name``;
* a cell with several people's names (authorised pick-ups, ``Abholberechtigte``) is ``person_name`` (tag
  ``multi_value``; their relation words such as ``Oma`` or ``Nonna`` stay in the cell); several guardians' e-mail
  addresses in one cell are ``email``;
* suburbs and wards named as where a family lives (``Suburb``, ``gdn1_sbrb``, ``市区町村``) are ``city`` (tag
  ``locality``); states, provinces, prefectures and Irish counties are ``none``; a birth town is ``city``;
* a family's home named as a tutoring venue or a school bus pick-up point is ``street_address`` (tag ``premises``);
  the coordinates of a bus stop are ``none``; an address line 2 (``APT 2102``) is ``street_address``;
* a teacher's school e-mail address and a bus driver's mobile are personal (``email``, ``phone``); the school's
  office e-mail and phone are ``none``;
* medical, behaviour, custody and absence notes, agents' and registry remarks are ``free_text`` (they name parents,
  relatives and doctors and carry phone numbers); a column of NULL words with a few such notes is still
  ``free_text``;
* parent portal, staff and clerk logins and a student portal username (``up1098785``) are ``unclassified``
  (``username``); batch jobs are ``none`` (``service_account``); a password hash and a collection password are
  ``none``;
* sex, category (caste), nationality and special-needs flags are ``none`` (no kind fits them).

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v50_values` (no Faker, no list of real people, no breach data). Build:
``python -m benchmarks.classification.heldout_v50 [PATH]`` (default ``/tmp/heldout_v50.duckdb``). Score:
``python -m benchmarks.classification.heldout_v2_accuracy --set v50``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v50_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v50_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v50.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings, placeholders and empty strings (few real NULLs)
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"  # shaped like a personal or identifying value (none)
MISLEADING = "misleading"  # a name that hides what the column holds
OPAQUE = "opaque"  # a vendor's or form's field code (UDF_3, COL12)
STAFF = "staff"  # teachers, counsellors, educators, drivers and organisers: few distinct people
ROLE = "role_word"  # people under a role word (mother, guardian, pick-up person, tutor, spouse ...)
CHILD = "child"  # a child's personal data (under 18)
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
SERVICE = "service_account"  # a batch job or integration writing the row (none)
PREMISES = "premises"  # a family's home named as a venue or a bus stop
KEY = "join_key"  # an id, foreign key or UUID that joins tables (none)
STUDENT_NO = "student_number"  # a number the school, university, nursery or academy assigns (none)
EXAM_NO = "exam_number"  # a candidate, application or roll number of an exam or an admission round (none)
CLASS = "class_name"  # a class, group, room or homeroom name (none)
GRADE = "grade_score"  # a grade, score, mark or average (none)
RELATION = "relationship"  # a relationship word (mother, 奶奶, 조모): none
ROLE_EMAIL = "role_email"  # a role-named column holding people's e-mail addresses
MULTI = "multi_value"  # several names or e-mail addresses in one cell
PLACEHOLDER = "placeholder"  # a personal column some of whose cells are placeholders
TOKEN = "tokenized"  # a processor's token (cus_ ...): none
PARTIAL = "partial"  # the last four digits of a card, the check character of an identifier: none
CREDENTIAL = "credential"  # a password hash or a pick-up password (none)
CHECKED = "check_digit"  # an identifier whose check digit (or letter) is computed here
LOCALITY = "locality"  # a suburb, ward or town named as the place a person lives (city)
PATRONYMIC = "patronymic"  # a Russian patronymic or a Greek father's or mother's given name

COLLEGE_TERM = ("2025-09-01", "2025-12-19")


def _later(g: Gen, starts: list, lo_min: int, hi_min: int, null: float = 0.0) -> list:
    return [None if s is None or g.rnd.random() < null else s + timedelta(minutes=g.rnd.randint(lo_min, hi_min))
            for s in starts]


def _dirty(g: Gen, values: list, share: float, placeholders: list[str]) -> list:
    """``values`` with ``share`` of the non-NULL cells replaced by a placeholder (a NULL word of the set)."""
    return [g.rnd.choice(placeholders) if x is not None and g.rnd.random() < share else x for x in values]


def _cohort(g: Gen, year_of_school: int, start_year: int = 2025, entry_age: int = 5) -> date:
    """A birth date of a child in school year ``year_of_school`` (0 = the entry year) of ``start_year``'s cohort,
    the school year starting on 1 September."""
    y = start_year - entry_age - year_of_school
    return g.birth(f"{y - 1}-09-01", f"{y}-08-31")


# -- United States, United Kingdom, Australia --------------------------------------------------------------------------


def us_powerschool_students(g: Gen) -> Table:
    """A suburban Chicago school district's PowerSchool ``STUDENTS`` export (PowerSchool's own names): internal
    ``ID``/``DCID`` and the district's ``Student_Number`` (``none``), ``LastFirst`` and the split names (middle names
    often empty), the birth date of the grade's cohort (2007 to 2021), grade level, ``Home_Room`` (a room),
    the home address, ZIP and phone, ``Mother``/``Father``, ``Guardianemail`` (several addresses, comma separated),
    the first emergency contact, the SSN (mostly NULL, some ``000-00-0000``), the medical alert (``free_text``,
    mostly empty), the counselor (four), bus route, lunch PIN, the parent portal login (``unclassified``) and
    password hash, and two user-defined fields: ``UDF_3`` (the second guardian's cell phone) and ``UDF_5`` (photo
    release)."""
    schools = [(101, "Jane Addams Elementary"), (102, "Prairie Elementary"), (205, "Kennedy Junior High"),
               (206, "Hill Middle School"), (301, "Metea Valley High School")]
    counselors = v.distinct(g, 4, lambda: v.whole(g, "us"))
    rooms = [str(n) for n in range(101, 131)] + ["B12", "B14", "Portable 2", "Portable 3", "Media Ctr", "Gym"]
    rows = []
    for _ in range(g.rows):
        grade = g.rnd.randint(-1, 12)
        female = g.rnd.random() < 0.5
        first, last = v.person(g, "us", female, child=True)
        middle = v.given(g, "us", female, child=True) if g.rnd.random() < 0.55 else ""
        place = g.rnd.choice(v.US_PLACES)
        mother = f"{v.given(g, 'us', True)} {last if g.rnd.random() < 0.7 else v.person(g, 'us')[1]}"
        father = f"{v.given(g, 'us', False)} {last}" if g.rnd.random() < 0.75 else None
        school = schools[0 if grade < 3 else 1 if grade < 6 else 2 if grade < 7 else 3 if grade < 9 else 4]
        rows.append((grade, first, middle, last, _cohort(g, grade), place, mother, father, school))
    numbers = g.rnd.sample(range(200_000, 299_999), g.rows)
    ssns = _dirty(g, g.col(lambda: v.us_ssn(g), 0.86), 0.12, ["000-00-0000"])

    def emails(mother: str, father: str | None) -> str:
        mine = v.email_of(g, *mother.split(" ", 1), v.DOMAINS["us"])
        if father and g.rnd.random() < 0.35:
            return f"{mine},{v.email_of(g, *father.split(' ', 1), v.DOMAINS['us'])}"
        return mine

    def alert(r: tuple) -> str:
        mom = r[6].split(" ")[0]
        return g.rnd.choice([
            f"Peanut allergy - EpiPen in nurse office. Call mom {mom} at {g.phone('US', 'dashes')}",
            "Asthma, inhaler in backpack", f"Type 1 diabetes; CGM alerts go to {mom}'s phone",
            f"Seizure action plan on file (Dr. {v.person(g, 'us')[1]}, Edward Hospital)", "Bee sting allergy",
            f"Custody order: only {r[6]} may pick up", "Wears glasses, sits front row",
            f"ADHD meds at 11:30 with nurse; dad {r[7] or v.whole(g, 'us')} signed consent"])

    portal = [v.login(r[6].split(" ")[0], r[3], i) if g.rnd.random() < 0.75 else "" for i, r in enumerate(rows)]
    return Table("powerschool.STUDENTS", "en", "pascal_snake", [
        c("ID", N, "INTEGER", g.keys(10_001), "decoy", KEY),
        c("DCID", N, "INTEGER", g.keys(50_001), "decoy", KEY),
        c("Student_Number", N, "INTEGER", numbers, "decoy", STUDENT_NO),
        c("SchoolID", N, "INTEGER", [r[8][0] for r in rows], "decoy"),
        c("LastFirst", "person_name", "VARCHAR", [f"{r[3]}, {r[1]}" + (f" {r[2][0]}" if r[2] else "") for r in rows],
          CHILD),
        c("First_Name", "first_name", "VARCHAR", [r[1] for r in rows], CHILD),
        c("Middle_Name", "first_name", "VARCHAR", [r[2] for r in rows], CHILD),
        c("Last_Name", "last_name", "VARCHAR", [r[3] for r in rows], CHILD),
        c("DOB", "date_of_birth", "DATE", [r[4] for r in rows], CHILD, ABBREV),
        c("Gender", N, "VARCHAR", g.col(g.pick(["M", "F"])), "decoy"),
        c("Grade_Level", N, "INTEGER", [r[0] for r in rows], "decoy", GRADE),
        c("Home_Room", N, "VARCHAR", g.col(g.pick(rooms), 0.05), "decoy", CLASS),
        c("Sched_YearOfGraduation", N, "INTEGER", [2026 + (12 - r[0]) for r in rows], "decoy"),
        c("Next_School", N, "INTEGER", [r[8][0] + 1 if r[0] in (2, 5, 8) else 0 for r in rows], "decoy"),
        c("Enroll_Status", N, "INTEGER", g.col(g.pick([0, 0, 0, 0, 0, 0, 2, -1])), "decoy"),
        c("EntryDate", N, "DATE", g.days("2014-08-15", "2025-09-30"), "decoy"),
        c("Street", "street_address", "VARCHAR", g.col(lambda: v.us_street(g))),
        c("City", "city", "VARCHAR", [r[5][0] for r in rows]),
        c("State", N, "VARCHAR", ["IL"] * g.rows, "decoy"),
        c("Zip", "postal_code", "VARCHAR", [g.rnd.choice(r[5][1]) + (f"-{g.digits(4)}" if g.rnd.random() < 0.15
                                                                      else "") for r in rows]),
        c("Home_Phone", "phone", "VARCHAR", g.phones("US", {"national": 0.7, "dashes": 0.2, "digits": 0.1}, 0.6,
                                                     0.08)),
        c("Mother", "person_name", "VARCHAR", [r[6] for r in rows], ROLE),
        c("Father", "person_name", "VARCHAR", [r[7] for r in rows], ROLE),
        c("Guardianemail", "email", "VARCHAR", [emails(r[6], r[7]) for r in rows], ROLE_EMAIL, MULTI),
        c("Emerg_Contact_1", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "us"), 0.1), ROLE),
        c("Emerg_Phone_1", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "dots": 0.2}, 0.9,
                                                        0.1)),
        c("SSN", "ssn", "VARCHAR", ssns, HEAVY, PLACEHOLDER, CHILD, ABBREV),
        c("Alert_Medical", "free_text", "VARCHAR", [alert(r) if g.rnd.random() < 0.2 else
                                                    g.rnd.choice(["", "", "", "N/A", "none"]) for r in rows],
          NULLWORD, CHILD),
        c("Counselor", "person_name", "VARCHAR", [counselors[min(3, "ABCDEFGHIJKLMNOPQRSTUVWXYZ".index(
            v.fold(r[3])[0].upper()) // 7)] if r[0] >= 6 else None for r in rows], STAFF, ROLE),
        c("Bus_Route", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 48)}{g.rnd.choice(['', '', 'A', 'B'])}", 0.45),
          "decoy"),
        c("Lunch_ID", N, "VARCHAR", [f"{n % 100_000:05d}" for n in numbers], "decoy", SHAPE),
        c("Web_ID", USERNAME, "VARCHAR", portal, USER),
        c("Web_Password", N, "VARCHAR", [v.bcrypt_hash(g) if p else "" for p in portal], "decoy", CREDENTIAL),
        c("UDF_3", "phone", "VARCHAR", g.phones("US", {"national": 0.6, "digits": 0.4}, 1.0, 0.4), OPAQUE),
        c("UDF_5", N, "VARCHAR", g.col(g.pick(["Y", "Y", "Y", "N", ""])), "decoy", OPAQUE),
    ])


def uk_attendance_marks(g: Gen) -> Table:
    """A Sheffield primary school's attendance marks exported from its MIS (snake case, one row per pupil and
    session): the MIS pupil id (``none``), the UPN (``national_id``, check letter by python-stdnum), legal and
    preferred names, the birth date (Reception to Year 6: 2014 to 2021), year group and registration form (``Year 4
    Oak``), the session, the mark and minutes late, the teacher who took the register (seven) and their e-mail, the
    absence comment (``free_text``, mostly empty), the first contact's name, relationship (``none``) and mobile, the
    school's URN, phone and office e-mail (``none``) and the office login that recorded the mark."""
    trees = ["Hazel", "Rowan", "Willow", "Ash", "Oak", "Beech", "Elm"]
    teachers = [f"{g.rnd.choice(['Mrs', 'Miss', 'Mr', 'Ms'])} {ch}" for ch in
                v.distinct(g, 7, lambda: f"{g.rnd.choice('ABCDEGHJKLMNRST')} {v.person(g, 'gb')[1]}")]
    mails = [f"{t.split(' ')[1].lower()}.{v.latin(t.split(' ')[2])}@walkleybank.sheffield.sch.uk" for t in teachers]
    office = ["office.jbarker", "office.shussain", "admin2", "dhirst"]
    pupils = []
    for _ in range(140):
        year = g.rnd.randint(0, 6)
        female = g.rnd.random() < 0.5
        first, last = v.person(g, "gb", female, child=True)
        preferred = v.given(g, "gb", female, child=True) if g.rnd.random() < 0.2 else None
        contact = (f"{v.given(g, 'gb', True)} {last}" if g.rnd.random() < 0.8 else v.whole(g, "gb"))
        rel = g.rnd.choice(["Mother", "Mother", "Mother", "Father", "Grandparent", "Carer", "Aunt"])
        pupils.append((year, first, last, preferred, _cohort(g, year, entry_age=4),
                       v.gb_upn(g, 373, 2104 + year % 2, 2019 + year % 4), contact, rel,
                       g.phone("GB", g.rnd.choice(["national", "national", "intl", "digits"])),
                       g.rnd.randint(4_310_000, 4_319_999)))
    marks = g.rnd.choices(["/", "\\", "L", "N", "I", "M", "C", "U", "B"], [44, 41, 4, 3, 4, 1, 1, 1, 1], k=g.rows)
    who = [pupils[g.rnd.randrange(len(pupils))] for _ in range(g.rows)]
    dates = [g.day(*COLLEGE_TERM) for _ in range(g.rows)]
    dates = [d if d.weekday() < 5 else d - timedelta(days=2) for d in dates]

    def comment(p: tuple, mark: str) -> str:
        if mark in "/\\":
            return g.rnd.choice(["", "", "", "-"])
        mum = p[6].split(" ")[0]
        return g.rnd.choice([f"{mum} phoned 8:20 - sickness bug", f"Dentist appt, {mum} collecting 10:40",
                             "Family holiday - not authorised", f"Late: car broke down ({mum})",
                             f"Medical appt Sheffield Children's, letter from {p[7].lower()} {mum}",
                             "No contact yet - 1st day call made", "Traffic on Middlewood Rd"])

    return Table("walkley_mis.attendance_marks", "en", "snake", [
        c("mark_id", N, "BIGINT", g.keys(9_800_001), "decoy", KEY),
        c("pupil_id", N, "INTEGER", [p[9] for p in who], "decoy", KEY, STUDENT_NO),
        c("upn", "national_id", "VARCHAR", [p[5] for p in who], CHECKED, CHILD, ABBREV),
        c("legal_first_name", "first_name", "VARCHAR", [p[1] for p in who], CHILD),
        c("legal_last_name", "last_name", "VARCHAR", [p[2] for p in who], CHILD),
        c("preferred_first_name", "first_name", "VARCHAR", [p[3] for p in who], HEAVY, CHILD),
        c("date_of_birth", "date_of_birth", "DATE", [p[4] for p in who], CHILD),
        c("year_group", N, "VARCHAR", ["Reception" if p[0] == 0 else f"Year {p[0]}" for p in who], "decoy",
          CLASS),
        c("registration_form", N, "VARCHAR", [("Reception " if p[0] == 0 else f"Year {p[0]} ") + trees[p[0]]
                                              for p in who], "decoy", CLASS),
        c("session_date", N, "DATE", dates, "decoy"),
        c("session", N, "VARCHAR", g.col(g.pick(["AM", "PM"])), "decoy"),
        c("term", N, "VARCHAR", ["Autumn 1" if d < date(2025, 10, 27) else "Autumn 2" for d in dates], "decoy"),
        c("academic_year", N, "VARCHAR", ["2025/26"] * g.rows, "decoy"),
        c("mark", N, "VARCHAR", marks, "decoy"),
        c("minutes_late", N, "INTEGER", [g.rnd.randint(3, 40) if m in "LU" else 0 for m in marks], "decoy"),
        c("taken_by", "person_name", "VARCHAR", [teachers[p[0]] for p in who], STAFF, ROLE),
        c("taken_by_email", "email", "VARCHAR", [mails[p[0]] for p in who], ROLE_EMAIL),
        c("absence_comment", "free_text", "VARCHAR", [comment(p, m) for p, m in zip(who, marks)], NULLWORD,
          CHILD),
        c("first_contact_name", "person_name", "VARCHAR", [p[6] for p in who], ROLE),
        c("first_contact_relationship", N, "VARCHAR", [p[7] for p in who], "decoy", RELATION),
        c("first_contact_mobile", "phone", "VARCHAR", [p[8] for p in who]),
        c("school_urn", N, "INTEGER", [107_128] * g.rows, "business", SHAPE),
        c("school_phone", N, "VARCHAR", ["0114 234 1865"] * g.rows, "business"),
        c("school_email", N, "VARCHAR", ["enquiries@walkleybank.sheffield.sch.uk"] * g.rows, "business"),
        c("recorded_by", USERNAME, "VARCHAR", g.col(g.pick(office)), USER, AUDIT),
    ])


def au_childcare_register(g: Gen) -> Table:
    """An inner-north Melbourne long-day-care centre's child register (PascalCase, 48 children): the child's names
    and birth date (2020 to 2024), room (``Joeys``, ``Kinder Koalas``), booked days and subsidy percentage, two
    parents' names, mobiles and e-mail, the home address, suburb (``city``) and postcode, the authorised pick-up
    people (several names per cell: ``person_name``), the collection password (``none``), medical conditions
    (``free_text``, mostly ``Nil``), immunisation status, the primary educator (four, first names), the centre's
    name, phone and e-mail (``none``)."""
    rooms = ["Joeys (0-2)", "Possums (2-3)", "Wombats (3-4)", "Kinder Koalas"]
    educators = ["Chloe", "Priya", "Jess", "Mei"]
    words = ["Bluey", "Vegemite", "Koala", "Possum", "Tram", "Lamington", "Kookaburra", "Wattle"]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        first, last = v.person(g, "au", female, child=True)
        born = g.birth("2020-08-01", "2024-06-30")
        room = 0 if born > date(2023, 6, 30) else 1 if born > date(2022, 6, 30) else 2 if born > date(2021, 6, 30) \
            else 3
        p1 = (v.given(g, "au", True), last if g.rnd.random() < 0.7 else v.person(g, "au")[1])
        p2 = (v.given(g, "au", False), last) if g.rnd.random() < 0.7 else None
        rows.append((first, last, born, room, p1, p2, g.rnd.choice(v.AU_SUBURBS)))

    def pickups(last: str) -> str:
        n = g.rnd.choice([0, 1, 1, 2, 2, 3])
        names = []
        for _ in range(n):
            kind = g.rnd.random()
            names.append(f"{v.given(g, 'au')} {last}" if kind < 0.4 else v.whole(g, "au") if kind < 0.8 else
                         f"Nonna {g.rnd.choice(['Pina', 'Rosa', 'Carmela', 'Lucia'])} {v.person(g, 'au')[1]}")
        return "; ".join(names)

    def medical(r: tuple) -> str:
        if g.rnd.random() < 0.8:
            return g.rnd.choice(["Nil", "Nil", "None", "N/A", "-", ""])
        return g.rnd.choice([f"Anaphylaxis (cashew) - EpiPen Jr, action plan signed by Dr {v.person(g, 'au')[1]}",
                             "Eczema - sorbolene after water play", f"Asthma; Ventolin in office. Mum {r[4][0]} aware",
                             f"Egg allergy - {r[4][0]} to supply own snacks"])

    return Table("ChildcareHub.ChildRegister", "en", "pascal", [
        c("EnrolmentId", N, "INTEGER", g.keys(3_201), "decoy", KEY),
        c("ChildFirstName", "first_name", "VARCHAR", [r[0] for r in rows], CHILD),
        c("ChildSurname", "last_name", "VARCHAR", [r[1] for r in rows], CHILD),
        c("ChildDob", "date_of_birth", "DATE", [r[2] for r in rows], CHILD, ABBREV),
        c("Room", N, "VARCHAR", [rooms[r[3]] for r in rows], "decoy", CLASS),
        c("BookedDays", N, "VARCHAR", g.col(lambda: ",".join(sorted(g.rnd.sample(["Mon", "Tue", "Wed", "Thu", "Fri"],
                                                                               g.rnd.randint(2, 5)),
                                                                      key=["Mon", "Tue", "Wed", "Thu",
                                                                           "Fri"].index))), "decoy"),
        c("DailyFee", N, "DECIMAL(6,2)", [{0: 168.0, 1: 162.0, 2: 158.0, 3: 154.0}[r[3]] for r in rows], "decoy"),
        c("CcsPercentage", N, "INTEGER", g.col(g.pick([90, 85, 72, 60, 50, 0])), "decoy"),
        c("Parent1Name", "person_name", "VARCHAR", [f"{r[4][0]} {r[4][1]}" for r in rows], ROLE),
        c("Parent1Mobile", "phone", "VARCHAR", g.phones("AU", {"national": 0.7, "digits": 0.2, "intl": 0.1})),
        c("Parent1Email", "email", "VARCHAR", [v.email_of(g, *r[4], v.DOMAINS["au"]) for r in rows]),
        c("Parent2Name", "person_name", "VARCHAR", [f"{r[5][0]} {r[5][1]}" if r[5] else None for r in rows], ROLE),
        c("Parent2Mobile", "phone", "VARCHAR", [g.phone("AU", "national") if r[5] and g.rnd.random() < 0.9
                                                else None for r in rows]),
        c("HomeAddress", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 240)} "
                                                            f"{g.rnd.choice(v.AU_STREETS)}"
                                                            if g.rnd.random() < 0.75 else
                                                            f"{g.rnd.randint(1, 12)}/{g.rnd.randint(1, 90)} "
                                                            f"{g.rnd.choice(v.AU_STREETS)}")),
        c("Suburb", "city", "VARCHAR", [r[6][0] for r in rows], LOCALITY),
        c("Postcode", "postal_code", "VARCHAR", [r[6][1] for r in rows]),
        c("State", N, "VARCHAR", ["VIC"] * g.rows, "decoy"),
        c("AuthorisedPickups", "person_name", "VARCHAR", [pickups(r[1]) for r in rows], MULTI, ROLE),
        c("CollectionPassword", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(words)}{g.rnd.randint(1, 99)}"), "decoy",
          CREDENTIAL),
        c("MedicalConditions", "free_text", "VARCHAR", [medical(r) for r in rows], NULLWORD, CHILD),
        c("ImmunisationStatus", N, "VARCHAR", g.col(g.pick(["Up to date", "Up to date", "Up to date",
                                                            "Catch-up schedule", "Medical exemption"])), "decoy"),
        c("PrimaryEducator", "first_name", "VARCHAR", [educators[r[3]] for r in rows], STAFF, ROLE),
        c("CentreName", N, "VARCHAR", ["Little Gumnuts ELC Brunswick"] * g.rows, "business"),
        c("CentrePhone", N, "VARCHAR", ["(03) 9387 4410"] * g.rows, "business"),
        c("CentreEmail", N, "VARCHAR", ["brunswick@littlegumnuts.com.au"] * g.rows, "business"),
        c("EnrolledOn", N, "DATE", [max(r[2] + timedelta(days=g.rnd.randint(120, 500)), date(2022, 1, 10))
                                    for r in rows], "decoy"),
    ])


# -- Canada, Ireland, New Zealand --------------------------------------------------------------------------------------


def ca_student_loans(g: Gen) -> Table:
    """A Canadian student-loan servicer's borrower accounts (SCREAMING case, abbreviated): the SIN (Luhn; some
    ``000 000 000``), names, birth date, mailing address (line 2 mostly NULL), city, province (``none``), postal code,
    phones, e-mail and ``ALT_KEY`` (the e-mail again, upper case: the portal's key), language, the institution's code
    and name and the programme code (``none``), loan number and balance, repayment-assistance status, the portal's
    last IP, the spouse's name (for repayment assistance, mostly NULL), the agent's note (``free_text``), the agent's
    login and the batch that last updated the row."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        first, last = v.person(g, "ca", female)
        place = g.rnd.choice(v.CA_PLACES)
        rows.append((first, last, place, v.email_of(g, first, last, v.DOMAINS["ca"])))
    agents = ["csr_mleblanc", "csr_jgill", "csr_twong", "csr_asantos", "csr_rfraser"]
    schools = [("ONHU", "Humber Polytechnic"), ("ONOT", "University of Ottawa"), ("MBRR", "Red River College"),
               ("NSDA", "Dalhousie University"), ("ONFA", "Fanshawe College"), ("ABSA", "SAIT"),
               ("BCKW", "Kwantlen Polytechnic University"), ("NBMO", "Université de Moncton")]
    attended = [g.rnd.choice(schools) for _ in rows]

    def sin() -> str:
        s = v.ca_sin(g)
        return g.rnd.choice([s, f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}"])

    sins = _dirty(g, g.col(sin, 0.03), 0.02, ["000 000 000"])

    def note(r: tuple) -> str:
        return g.rnd.choice([f"Brwr called re RAP renewal; spouse {v.given(g, 'ca')} income docs pending",
                             "Confirmed new address by phone", f"Third-party auth: mother {v.whole(g, 'ca')}",
                             f"Emailed {r[3]} re: missed payment", "Payment arrangement 6 mo.",
                             f"Borrower {r[0]} requests French correspondence"])

    return Table("NSLS_EXT.BRWR_ACCT", "en", "screaming", [
        c("BRWR_ACCT_ID", N, "BIGINT", g.keys(7_700_001), "decoy", KEY, ABBREV),
        c("SIN", "national_id", "VARCHAR", sins, CHECKED, PLACEHOLDER, ABBREV),
        c("BRWR_SURNM", "last_name", "VARCHAR", [r[1].upper() for r in rows], ABBREV),
        c("BRWR_GVN_NM", "first_name", "VARCHAR", [r[0].upper() for r in rows], ABBREV),
        c("BRWR_DOB", "date_of_birth", "DATE", [g.birth("1979-01-01", "2006-12-31") if g.rnd.random() < 0.3 else
                                                g.birth("1995-01-01", "2006-08-31") for _ in rows], ABBREV),
        c("MAIL_ADDR_LN1", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(2, 4999)} "
                                                              f"{g.rnd.choice(v.CA_STREETS)}".upper()), ABBREV),
        c("MAIL_ADDR_LN2", "street_address", "VARCHAR", g.col(lambda: g.rnd.choice(
            [f"APT {g.rnd.randint(101, 2409)}", f"UNIT {g.rnd.randint(1, 40)}", f"SUITE {g.rnd.randint(100, 900)}"]),
                                                               0.72), HEAVY, ABBREV),
        c("CITY_NM", "city", "VARCHAR", [r[2][0].upper() for r in rows], ABBREV),
        c("PROV_CD", N, "VARCHAR", [r[2][1] for r in rows], "decoy", ABBREV),
        c("PSTL_CD", "postal_code", "VARCHAR", [v.ca_postcode(g, g.rnd.choice(r[2][2])) for r in rows], ABBREV),
        c("HOME_PH", "phone", "VARCHAR", g.phones("CA", {"digits": 0.7, "national": 0.3}, 0.2, 0.55), HEAVY,
          ABBREV),
        c("CELL_PH", "phone", "VARCHAR", g.phones("CA", {"digits": 0.5, "dashes": 0.3, "e164": 0.2}, 1.0, 0.1),
          ABBREV),
        c("EMAIL_ADDR", "email", "VARCHAR", [r[3] for r in rows], ABBREV),
        c("ALT_KEY", "email", "VARCHAR", [r[3].upper() for r in rows], MISLEADING),
        c("PREF_LANG_CD", N, "VARCHAR", g.col(g.pick(["E", "E", "E", "F"])), "decoy", ABBREV),
        c("INST_CD", N, "VARCHAR", [a[0] for a in attended], "decoy", SHAPE, ABBREV),
        c("INST_NM", N, "VARCHAR", [a[1] for a in attended], "business", ABBREV),
        c("PGM_CD", N, "VARCHAR", g.col(lambda: g.code("AAAA-99") + g.rnd.choice(["-DIP", "-BAC", "-CRT"])), "decoy",
          ABBREV),
        c("LOAN_NO", N, "VARCHAR", g.col(lambda: g.code("CSL9999999999")), "decoy", SHAPE, ABBREV),
        c("PRIN_BAL_AMT", N, "DECIMAL(10,2)", g.amounts(0, 62_000), "decoy", ABBREV),
        c("DISB_DT", N, "DATE", g.days("2018-08-15", "2025-09-15"), "decoy", ABBREV),
        c("REPAY_START_DT", N, "DATE", g.days("2019-05-01", "2026-05-01", 0.1), "decoy", ABBREV),
        c("RAP_STAT_CD", N, "VARCHAR", g.col(g.pick(["NONE", "NONE", "RAP1", "RAP2", "RAP-D"])), "decoy", ABBREV),
        c("PORTAL_LAST_IP", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25), 0.2), ABBREV),
        c("SPOUSE_NM", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca").upper(), 0.8), HEAVY, ROLE, ABBREV),
        c("CSR_NOTE_TXT", "free_text", "VARCHAR", [note(r) if g.rnd.random() < 0.42 else None for r in rows], HEAVY,
          ABBREV),
        c("CSR_ID", USERNAME, "VARCHAR", g.col(g.pick(agents), 0.3), USER, AUDIT, ABBREV),
        c("LAST_UPD_BY", N, "VARCHAR", g.col(g.pick(["BATCH_NSLS01", "BATCH_CRA_IFACE"])), "decoy", SERVICE, AUDIT),
    ])


def ie_alumni_gifts(g: Gen) -> Table:
    """A Galway university's development office gift records (camelCase): ids, title, names, class year, degree and
    fund (a scholarship named after a priest: ``none``), the PPSN (for the Charitable Donation Scheme, over 250 euro
    only: mostly NULL), home address, county (``none``), Eircode, e-mail, mobile, the gift's amount, date, method and
    campaign code, the direct-debit IBAN and a card number an old giving form kept in clear (both mostly NULL) with
    the card's last four (``none``), the person a gift is in memory of (``person_name``, mostly NULL), the development
    officer (three), the acknowledgement note (``free_text``) and the online giving IP."""
    officers = v.distinct(g, 3, lambda: v.whole(g, "ie"))
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        first, last = v.person(g, "ie", female)
        place = g.rnd.choice(v.IE_PLACES)
        amount = round(g.rnd.choice([25, 50, 50, 100, 100, 150, 250, 300, 500, 1000, 2500]) * g.rnd.uniform(0.9, 1.2),
                       2) if g.rnd.random() < 0.9 else float(g.rnd.choice([10_000, 25_000]))
        method = g.rnd.choices(["Direct Debit", "Card", "Bank Transfer", "Cheque"], [35, 40, 15, 10])[0]
        rows.append((first, last, place, amount, method, female))
    cards = [v.card(g) if r[4] == "Card" else None for r in rows]
    kept = [x if x and g.rnd.random() < 0.22 else None for x in cards]

    def ack(r: tuple) -> str:
        return g.rnd.choice([f"Thanked by phone - {r[0]} asked about the Hardiman reading room",
                             "Standard acknowledgement letter", f"Joint gift with spouse {v.given(g, 'ie')} {r[1]}",
                             f"Class of '98 reunion pledge, nudged by {v.whole(g, 'ie')}",
                             "Do not phone - letters only"])

    return Table("alumni_office.giftRecords", "en", "camel", [
        c("giftId", N, "INTEGER", g.keys(880_001), "decoy", KEY),
        c("constituentId", N, "VARCHAR", g.col(lambda: g.code("C-999999")), "decoy", KEY),
        c("title", N, "VARCHAR", [g.rnd.choice(["Ms", "Dr", "Mrs", "Prof."]) if r[5] else
                                  g.rnd.choice(["Mr", "Dr", "Fr.", "Prof."]) for r in rows], "decoy"),
        c("firstName", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("surname", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("classYear", N, "INTEGER", g.ints(1968, 2022), "decoy"),
        c("degreeCode", N, "VARCHAR", g.col(g.pick(["BA", "BComm", "BCL", "BSc", "BE", "MB BCh BAO", "MA", "PhD"])),
          "decoy"),
        c("fundName", N, "VARCHAR", g.col(g.pick(["Hardiman Library Fund", "Student Hardship Fund",
                                                  "Fr. Michael O'Flanagan Scholarship", "Annual Fund",
                                                  "Máirtín Ó Cadhain Irish Language Bursary"])), "decoy",
          MISLEADING),
        c("ppsn", "national_id", "VARCHAR", [v.ie_pps(g) if r[3] >= 250 and g.rnd.random() < 0.8 else None
                                             for r in rows], HEAVY, CHECKED),
        c("homeAddress", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 160)} "
                                                            f"{g.rnd.choice(v.IE_STREETS)}", 0.05)),
        c("county", N, "VARCHAR", [r[2][1] for r in rows], "decoy"),
        c("eircode", "postal_code", "VARCHAR", [v.eircode(g, g.rnd.choice(r[2][2])) if g.rnd.random() < 0.85
                                                else "" for r in rows]),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["ie"]) if g.rnd.random() < 0.9 else None
                                        for r in rows]),
        c("mobile", "phone", "VARCHAR", g.phones("IE", {"national": 0.6, "intl": 0.2, "digits": 0.2}, 0.9, 0.2)),
        c("giftAmountEur", N, "DECIMAL(10,2)", [r[3] for r in rows], "decoy"),
        c("giftDate", N, "DATE", g.days("2023-01-01", "2025-11-30"), "decoy"),
        c("paymentMethod", N, "VARCHAR", [r[4] for r in rows], "decoy"),
        c("receiptNo", N, "VARCHAR", g.col(lambda: g.code("RCT-2099999")), "decoy", SHAPE),
        c("taxYear", N, "INTEGER", g.ints(2023, 2025), "decoy"),
        c("campaignCode", N, "VARCHAR", g.col(g.pick(["AF25-SPRING", "AF24-XMAS", "REUNION-98", "HARDSHIP-25",
                                                      "GIVINGDAY25"])), "decoy", SHAPE),
        c("iban", "iban", "VARCHAR", [v.iban(g, "IE", g.rnd.random() < 0.5) if r[4] == "Direct Debit" and
                                      g.rnd.random() < 0.9 else None for r in rows], HEAVY, CHECKED),
        c("cardNumber", "credit_card", "VARCHAR", kept, HEAVY, CHECKED),
        c("cardLast4", N, "VARCHAR", [x[-4:] if x else None for x in cards], "decoy", PARTIAL, SHAPE),
        c("inMemoryOf", "person_name", "VARCHAR", g.col(lambda: g.rnd.choice(["", "the late "]) + v.whole(g, "ie"),
                                                        0.85), HEAVY, ROLE),
        c("developmentOfficer", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF, ROLE),
        c("ackNote", "free_text", "VARCHAR", [ack(r) if g.rnd.random() < 0.45 else None for r in rows], HEAVY),
        c("onlineGivingIp", "ip_address", "VARCHAR", [g.ip(0.3) if r[4] == "Card" or g.rnd.random() < 0.25 else None
                                                      for r in rows]),
    ])


def nz_tutoring_bookings(g: Gen) -> Table:
    """An Auckland-based tutoring marketplace's session bookings (snake case with its developers' abbreviations):
    the student's names, year level and birth date (2008 to 2017), subject code and school (``none``), the first
    guardian's name, phone, e-mail and suburb (``city``), the tutor's name, IRD number (the tutor is a contractor:
    ``national_id``) and e-mail, rate, times, mode, the venue (the family's home for in-home sessions: mostly NULL),
    the booking IP, the processor's customer token (``none``), ``promo_ref`` (a referring family's e-mail: refer a
    friend), the tutor's notes (``free_text``) and the rating."""
    tutors = []
    for _ in range(36):
        a, b = v.person(g, "nz")
        tutors.append((f"{a} {b}", v.nz_ird(g), v.email_of(g, a, b, v.DOMAINS["nz"])))
    schools = ["Mt Albert Grammar School", "Rangitoto College", "Auckland Girls' Grammar School",
               "Papatoetoe High School", "Onslow College", "Wellington East Girls' College", "Burnside High School",
               "Kelston Boys' High School", "Epsom Girls Grammar School"]
    rows = []
    for _ in range(g.rows):
        year = g.rnd.randint(5, 13)
        first, last = v.person(g, "nz")
        gname = f"{v.given(g, 'nz')} {last if g.rnd.random() < 0.75 else v.person(g, 'nz')[1]}"
        mode = g.rnd.choice(["online", "online", "in-home", "in-home", "library"])
        rows.append((year, first, last, gname, g.rnd.choice(v.NZ_SUBURBS), g.rnd.choice(tutors), mode,
                     _cohort(g, year - 1, entry_age=5) if g.rnd.random() < 0.7 else None))
    starts = g.moments("2025-07-21", "2025-12-12", hours=(15, 19))

    def note(r: tuple) -> str:
        return g.rnd.choice([f"{r[1]} struggled with quadratics; {r[3].split(' ')[0]} asked for an extra session",
                             "Covered NCEA L2 chemistry internal, good progress", f"Sibling {v.given(g, 'nz')} sat in",
                             "Essay structure, Macbeth themes", f"Dad said {r[1]} has a doctor's appt next week",
                             "No-show, charged per policy"])

    return Table("tutormatch.session_bookings", "en", "snake", [
        c("bkg_id", N, "BIGINT", g.keys(4_000_001), "decoy", KEY, ABBREV),
        c("stu_fnm", "first_name", "VARCHAR", [r[1] for r in rows], ABBREV, CHILD),
        c("stu_lnm", "last_name", "VARCHAR", [r[2] for r in rows], ABBREV, CHILD),
        c("stu_yr_lvl", N, "VARCHAR", [f"Year {r[0]}" for r in rows], "decoy", ABBREV),
        c("stu_dob", "date_of_birth", "DATE", [r[7] for r in rows], ABBREV, CHILD),
        c("subj_cd", N, "VARCHAR", g.col(g.pick(["NCEA-L1-MATH", "NCEA-L2-CHEM", "NCEA-L3-CALC", "ENG-Y10", "SCI-Y9",
                                                 "NCEA-L2-ENG", "TE-REO-L1"])), "decoy", ABBREV),
        c("school_nm", N, "VARCHAR", g.col(g.pick(schools), 0.15), "business", ABBREV),
        c("gdn1_nm", "person_name", "VARCHAR", [r[3] for r in rows], ROLE, ABBREV),
        c("gdn1_ph", "phone", "VARCHAR", g.phones("NZ", {"national": 0.5, "digits": 0.3, "intl": 0.2}), ABBREV),
        c("gdn1_eml", "email", "VARCHAR", [v.email_of(g, *r[3].split(" ", 1), v.DOMAINS["nz"]) for r in rows],
          ROLE_EMAIL, ABBREV),
        c("gdn1_sbrb", "city", "VARCHAR", [r[4][0] for r in rows], LOCALITY, ABBREV),
        c("tutor_nm", "person_name", "VARCHAR", [r[5][0] for r in rows], ROLE, ABBREV),
        c("tutor_ird", "national_id", "VARCHAR", [r[5][1] if g.rnd.random() < 0.92 else None for r in rows], CHECKED,
          ABBREV),
        c("tutor_eml", "email", "VARCHAR", [r[5][2] for r in rows], ROLE_EMAIL, ABBREV),
        c("tutor_hrly_rt", N, "DECIMAL(6,2)", g.col(g.pick([35.0, 40.0, 45.0, 55.0, 65.0, 80.0])), "decoy", ABBREV),
        c("sess_start", N, "TIMESTAMP", starts, "decoy", ABBREV),
        c("sess_end", N, "TIMESTAMP", _later(g, starts, 45, 90), "decoy", ABBREV),
        c("sess_mode", N, "VARCHAR", [r[6] for r in rows], "decoy", ABBREV),
        c("venue_addr", "street_address", "VARCHAR", [f"{g.rnd.randint(1, 300)} {g.rnd.choice(v.NZ_STREETS)}, "
                                                      f"{r[4][0]}" if r[6] == "in-home" else None for r in rows],
          HEAVY, PREMISES, ABBREV),
        c("bkg_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.35), 0.05), ABBREV),
        c("term_lbl", N, "VARCHAR", ["T3 2025" if s < datetime(2025, 9, 27) else "T4 2025" for s in starts], "decoy",
          ABBREV),
        c("inv_no", N, "VARCHAR", g.col(lambda: g.code("INV-999999"), 0.1), "decoy", SHAPE, ABBREV),
        c("stripe_cus", N, "VARCHAR", g.col(lambda: v.token(g, "cus_", 14)), "decoy", TOKEN),
        c("promo_ref", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "nz"), v.DOMAINS["nz"]), 0.65),
          HEAVY, MISLEADING),
        c("tutor_notes", "free_text", "VARCHAR", g.col(lambda: note(g.rnd.choice(rows)), 0.3)),
        c("rating", N, "INTEGER", g.ints(1, 5, 0.35), "decoy"),
    ])


# -- Korea, China, Russia ----------------------------------------------------------------------------------------------


def ko_hagwon_attendance(g: Gen) -> Table:
    """A Daechi-dong cram school's (학원) attendance log with its parents' text alerts (Hangul, snake case): the
    academy's student number (``none``), the student's name (``person_name``) and birth date as text (2010 to 2016),
    school (``none``), grade, class (``수학 심화A``), classroom, the instructor (six), times and status, the parent's
    name, relationship (``none``) and mobile, the home address and postcode, the shuttle number, the academy's alert
    sender number (``none``), remarks (``free_text``, mostly empty) and the fee."""
    teachers = v.distinct(g, 6, lambda: "".join(x[0] for x in reversed(v.native(g, "ko", child=False))))
    classes = [("수학 심화A", 0), ("수학 심화B", 0), ("영어 TOEFL 주니어", 1), ("영어 문법", 2), ("국어 논술", 3),
               ("과학 올림피아드", 4), ("수학 선행", 5)]
    schools = ["대치초등학교", "대곡초등학교", "숙명여자중학교", "단국대학교사범대학부속중학교", "대청중학교", "역삼중학교"]
    students = []
    for _ in range(120):
        female = g.rnd.random() < 0.5
        (gn, _), (fam, _) = v.native(g, "ko", female, child=True)
        parent_given, _ = v.native(g, "ko", g.rnd.random() < 0.7, child=False)[0]
        parent_fam = fam if g.rnd.random() < 0.35 else v.native(g, "ko")[1][0]
        place = g.rnd.choice(v.KO_PLACES)
        born = g.birth("2010-03-01", "2016-02-28")
        students.append((fam + gn, born, g.rnd.choice(schools), parent_fam + parent_given,
                         g.rnd.choice(["모", "모", "모", "부", "조모"]), g.phone("KR", g.rnd.choice(["national",
                                                                                               "national", "digits"])),
                         f"{place[0]} {g.rnd.randint(1, 500)}" + g.rnd.choice(
                             ["", f", {g.rnd.randint(101, 115)}동 {g.rnd.randint(1, 25)}0{g.rnd.randint(1, 4)}호"]),
                         f"{place[1]}{g.digits(2)}", g.rnd.randint(20_240_001, 20_259_999)))
    who = [g.rnd.choice(students) for _ in range(g.rows)]
    cls = [g.rnd.choice(classes) for _ in range(g.rows)]
    arrive = [datetime.combine(g.day("2025-09-01", "2025-12-20"), datetime.min.time()) +
              timedelta(hours=g.rnd.randint(15, 20), minutes=g.rnd.randint(0, 59)) for _ in range(g.rows)]
    status = g.rnd.choices(["출석", "지각", "결석", "조퇴", "보강"], [80, 8, 6, 3, 3], k=g.rows)

    def remark(s: tuple) -> str:
        if g.rnd.random() < 0.82:
            return g.rnd.choice(["", "", "없음", "-"])
        mom = s[3]
        return g.rnd.choice([f"{mom} 어머님 요청으로 일찍 하원", f"{s[0]} 숙제 미제출, 학부모 {s[5]} 통화함",
                             "감기로 결석, 보강 예정", f"형제 {v.native(g, 'ko')[0][0]}도 등록 문의", "셔틀 미탑승"])

    return Table("학원관리.출결_기록", "ko", "snake", [
        c("출결ID", N, "BIGINT", g.keys(1_500_001), "decoy", KEY),
        c("원생번호", N, "INTEGER", [s[8] for s in who], "decoy", STUDENT_NO),
        c("학생명", "person_name", "VARCHAR", [s[0] for s in who], CHILD),
        c("생년월일", "date_of_birth", "VARCHAR", [s[1].strftime(g.rnd.choice(["%Y.%m.%d", "%Y%m%d", "%Y-%m-%d"]))
                                               for s in who], CHILD),
        c("학교명", N, "VARCHAR", [s[2] for s in who], "business"),
        c("학년", N, "VARCHAR", [("초" + str(min(6, 2025 - s[1].year - 6))) if 2025 - s[1].year - 6 <= 6 else
                               "중" + str(min(3, 2025 - s[1].year - 12)) for s in who], "decoy"),
        c("반명", N, "VARCHAR", [x[0] for x in cls], "decoy", CLASS),
        c("강의실", N, "VARCHAR", [f"{g.rnd.choice([3, 4, 5])}0{g.rnd.randint(1, 8)}호" for _ in range(g.rows)], "decoy",
          CLASS),
        c("담당강사", "person_name", "VARCHAR", [teachers[x[1]] for x in cls], STAFF, ROLE),
        c("등원시각", N, "TIMESTAMP", [a if s != "결석" else None for a, s in zip(arrive, status)], "decoy"),
        c("하원시각", N, "TIMESTAMP", [a + timedelta(minutes=g.rnd.randint(80, 200)) if s != "결석" else None
                                   for a, s in zip(arrive, status)], "decoy"),
        c("출결상태", N, "VARCHAR", status, "decoy"),
        c("학부모명", "person_name", "VARCHAR", [s[3] for s in who], ROLE),
        c("학부모_관계", N, "VARCHAR", [s[4] for s in who], "decoy", RELATION),
        c("학부모_연락처", "phone", "VARCHAR", [s[5] for s in who]),
        c("주소", "street_address", "VARCHAR", [s[6] if g.rnd.random() < 0.9 else None for s in who]),
        c("우편번호", "postal_code", "VARCHAR", [s[7] for s in who]),
        c("셔틀_호차", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 6)}호차", 0.5), "decoy"),
        c("알림톡_발신번호", N, "VARCHAR", ["02-565-8870"] * g.rows, "business"),
        c("특이사항", "free_text", "VARCHAR", [remark(s) for s in who], NULLWORD, CHILD),
        c("교재명", N, "VARCHAR", [{"수학": "개념원리 중등수학", "영어": "Reading Explorer 3", "국어": "비문학 독해 Lv.2",
                                  "과학": "하이탑 물리학"}[x[0][:2]] for x in cls], "decoy"),
        c("진도", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 12)}단원 {g.rnd.randint(1, 5)}차시", 0.2), "decoy"),
        c("수강료", N, "INTEGER", g.col(g.pick([380_000, 420_000, 450_000, 520_000, 610_000])), "decoy"),
    ])


def zh_kindergarten_register(g: Gen) -> Table:
    """A Hangzhou kindergarten's child register (幼儿花名册, Chinese column names): the kindergarten's own number
    (``none``), the child's name, sex and birth date (2019 to 2022), resident identity card number (check character
    by python-stdnum, encoding the birth date and a Hangzhou district), class (``小一班``) and head teacher (six),
    both parents' names and mobiles, the home address, the pick-up person's name, relationship (``none``) and mobile,
    the pick-up card number (``none``), allergies and health notes (``free_text``, mostly ``无``), the entry date, the
    monthly fee and the kindergarten's phone (``none``)."""
    districts = ["330106", "330105", "330102", "330108", "330110", "330109", "341102", "320583"]
    teachers = v.distinct(g, 6, lambda: "".join(x[0] for x in reversed(v.native(g, "zh", True, child=False))))
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        (gn, _), (fam, _) = v.native(g, "zh", female, child=True)
        born = g.birth("2019-09-01", "2022-08-31")
        level = 0 if born >= date(2021, 9, 1) else 1 if born >= date(2020, 9, 1) else 2
        father = v.native(g, "zh", False, child=False)[0][0]
        mother = v.native(g, "zh", True, child=False)[0][0]
        mother_fam = v.native(g, "zh")[1][0]
        rel, pick_fam = g.rnd.choice([("奶奶", fam), ("爷爷", fam), ("外婆", mother_fam), ("外公", mother_fam),
                                      ("妈妈", mother_fam), ("爸爸", fam), ("阿姨", v.native(g, "zh")[1][0])])
        pick_name = {"妈妈": mother_fam + mother, "爸爸": fam + father}.get(rel, pick_fam + v.native(
            g, "zh", rel in ("奶奶", "外婆", "阿姨"), child=False)[0][0])
        rows.append((fam + gn, "女" if female else "男", born, level, g.rnd.randint(1, 3), fam + father,
                     mother_fam + mother, pick_name, rel,
                     v.cn_ric(g, born, g.rnd.choice(districts[:6]) if g.rnd.random() < 0.8 else
                              g.rnd.choice(districts), female)))
    names = ["小", "中", "大"]

    def health(r: tuple) -> str:
        if g.rnd.random() < 0.8:
            return g.rnd.choice(["无", "无", "无过敏", "", "暂无"])
        return g.rnd.choice([f"对花生过敏，家长{r[6]}已签字确认", "轻度哮喘，备有喷雾", f"对牛奶蛋白过敏，午餐由{r[8]}送",
                             "蚕豆病（G6PD缺乏），禁食蚕豆", f"需按时服药，{r[5]}每周一送药"])

    return Table("幼儿园.幼儿花名册", "zh", "plain", [
        c("幼儿编号", N, "VARCHAR", [f"YE{2022 + (2 - r[3])}{i:04d}" for i, r in enumerate(rows)], "decoy",
          STUDENT_NO),
        c("幼儿姓名", "person_name", "VARCHAR", [r[0] for r in rows], CHILD),
        c("性别", N, "VARCHAR", [r[1] for r in rows], "decoy"),
        c("出生日期", "date_of_birth", "DATE", [r[2] for r in rows], CHILD),
        c("身份证号", "national_id", "VARCHAR", [r[9] if g.rnd.random() < 0.95 else None for r in rows], CHECKED,
          CHILD),
        c("班级", N, "VARCHAR", [f"{names[r[3]]}{'一二三'[r[4] - 1]}班" for r in rows], "decoy", CLASS),
        c("班主任", "person_name", "VARCHAR", [teachers[r[3] * 2 + (r[4] > 1)] for r in rows], STAFF, ROLE),
        c("父亲姓名", "person_name", "VARCHAR", [r[5] for r in rows], ROLE),
        c("父亲手机", "phone", "VARCHAR", g.phones("CN", {"nsn": 0.8, "national": 0.1, "e164": 0.1}, 1.0, 0.05)),
        c("母亲姓名", "person_name", "VARCHAR", [r[6] for r in rows], ROLE),
        c("母亲手机", "phone", "VARCHAR", g.phones("CN", {"nsn": 0.8, "national": 0.2}, 1.0, 0.03)),
        c("家庭住址", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.ZH_ADDRESS)}{g.rnd.randint(1, 600)}号"
                                                      f"{g.rnd.choice(v.ZH_ESTATES)}{g.rnd.randint(1, 30)}幢"
                                                      f"{g.rnd.randint(1, 3)}单元{g.rnd.randint(1, 28)}0"
                                                      f"{g.rnd.randint(1, 4)}室")),
        c("接送人", "person_name", "VARCHAR", [r[7] for r in rows], ROLE),
        c("接送人关系", N, "VARCHAR", [r[8] for r in rows], "decoy", RELATION),
        c("接送人手机", "phone", "VARCHAR", g.phones("CN", {"nsn": 1.0}, 1.0, 0.1)),
        c("接送卡号", N, "VARCHAR", g.col(lambda: g.code("xxxxxxxx").upper()), "decoy", SHAPE),
        c("过敏及健康情况", "free_text", "VARCHAR", [health(r) for r in rows], NULLWORD, CHILD),
        c("入园日期", N, "DATE", [date(2022 + (2 - r[3]), 9, 1) for r in rows], "decoy"),
        c("学年", N, "VARCHAR", ["2025-2026学年"] * g.rows, "decoy"),
        c("校车线路", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 4)}号线", 0.6), "decoy"),
        c("月保育费", N, "INTEGER", g.col(g.pick([1_850, 1_850, 2_300, 3_600])), "decoy"),
        c("园所电话", N, "VARCHAR", ["0571-8821 3306"] * g.rows, "business"),
    ])


def ru_ege_registrations(g: Gen) -> Table:
    """A Moscow-oblast regional centre's registrations for the unified state exam (ЕГЭ, Cyrillic snake case): the
    participant's code (``none``), family name, given name and patronymic (``person_name``), sex, birth date (2007 and
    2008; graduates of earlier years older), SNILS (check digits computed here) and passport, the school's code and
    name, class (``11Б``), subjects, the exam point's code and room (``none``), phone, e-mail, registered address, town
    and postcode, special-needs flag, note (``free_text``, mostly empty), the room organiser (eight) and a score."""
    def initials(female: bool) -> str:
        fam, given, pat = v.ru_person(g, female)
        return f"{fam} {given[0]}. {pat[0]}."

    organisers = v.distinct(g, 8, lambda: initials(g.rnd.random() < 0.8))
    schools = [("500412", "МБОУ СОШ № 12"), ("500418", "МАОУ Лицей № 4"), ("500431", "МБОУ Гимназия № 2"),
               ("500477", "МОУ СОШ № 27"), ("500502", "МАОУ «Образовательный центр»")]
    subjects = ["математика (профиль)", "математика (база)", "русский язык", "физика", "обществознание", "химия",
                "биология", "информатика", "английский язык", "история"]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        fam, given, pat = v.ru_person(g, female)
        late = g.rnd.random() < 0.08
        born = g.birth("2002-01-01", "2006-12-31") if late else g.birth("2007-01-01", "2008-12-31")
        place = g.rnd.choice(v.RU_PLACES)
        rows.append((fam, given, pat, female, born, late, place, g.rnd.choice(schools)))

    def passport() -> str:
        return f"{g.rnd.choice(['46', '45', '47'])} {g.rnd.randint(19, 25):02d} {g.digits(6)}"

    def note(r: tuple) -> str:
        if g.rnd.random() < 0.8:
            return g.rnd.choice(["", "нет", "-", ""])
        return g.rnd.choice([f"Сопровождающий — мать, {initials(True)}",
                             "Увеличение продолжительности на 1,5 часа (справка ПМПК)",
                             f"Выпускник прошлых лет, телефон для связи {g.phone('RU', 'national')}",
                             "Смена ППЭ по заявлению", f"Паспорт заменён, старый на имя {r[0]} {r[1]}"])

    return Table("рцои.участники_егэ", "ru", "snake", [
        c("код_участника", N, "VARCHAR", g.col(lambda: g.code("50-99999999")), "decoy", EXAM_NO, SHAPE),
        c("фамилия", "last_name", "VARCHAR", [r[0] for r in rows]),
        c("имя", "first_name", "VARCHAR", [r[1] for r in rows]),
        c("отчество", "person_name", "VARCHAR", [r[2] if g.rnd.random() < 0.97 else "" for r in rows], PATRONYMIC),
        c("пол", N, "VARCHAR", ["Ж" if r[3] else "М" for r in rows], "decoy"),
        c("дата_рождения", "date_of_birth", "DATE", [r[4] for r in rows]),
        c("снилс", "national_id", "VARCHAR", g.col(lambda: v.ru_snils(g), 0.04), CHECKED),
        c("паспорт_серия_номер", "national_id", "VARCHAR", g.col(passport, 0.02)),
        c("код_оо", N, "VARCHAR", [r[7][0] if not r[5] else "" for r in rows], "decoy",
          SHAPE, ABBREV),
        c("наименование_оо", N, "VARCHAR", [r[7][1] if not r[5] else "выпускник прошлых лет"
                                            for r in rows], "business", ABBREV),
        c("класс", N, "VARCHAR", [f"11{g.rnd.choice('АБВГ')}" if not r[5] else "" for r in rows], "decoy", CLASS),
        c("предметы", N, "VARCHAR", g.col(lambda: "; ".join(["русский язык"] + g.rnd.sample(
            [s for s in subjects if s != "русский язык"], g.rnd.randint(1, 3)))), "decoy"),
        c("код_ппэ", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 3):02d}{g.rnd.randint(1, 60):02d}"), "decoy",
          EXAM_NO, ABBREV),
        c("номер_аудитории", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 4):02d}{g.rnd.randint(1, 30):02d}"),
          "decoy", CLASS),
        c("телефон", "phone", "VARCHAR", g.phones("RU", {"national": 0.4, "e164": 0.3, "digits": 0.3}, 1.0, 0.1)),
        c("эл_почта", "email", "VARCHAR", [v.email_of(g, r[1], r[0], v.DOMAINS["ru"]) if g.rnd.random() < 0.8
                                           else None for r in rows]),
        c("адрес_регистрации", "street_address", "VARCHAR", g.col(
            lambda: f"{g.rnd.choice(v.RU_STREETS)}, д. {g.rnd.randint(1, 120)}"
                    + g.rnd.choice(["", f", кв. {g.rnd.randint(1, 300)}", f", корп. 2, кв. {g.rnd.randint(1, 200)}"]),
            0.05)),
        c("город", "city", "VARCHAR", [r[6][0] for r in rows]),
        c("индекс", "postal_code", "VARCHAR", [f"{r[6][1]}{g.digits(2)}" for r in rows]),
        c("овз", N, "BOOLEAN", g.yn(True, False, 0.03), "decoy", ABBREV),
        c("примечание", "free_text", "VARCHAR", [note(r) for r in rows], NULLWORD),
        c("организатор_в_аудитории", "person_name", "VARCHAR", g.col(g.pick(organisers)), STAFF, ROLE),
        c("дата_экзамена", N, "DATE", g.col(g.pick([date(2026, 5, 26), date(2026, 5, 29), date(2026, 6, 1),
                                                   date(2026, 6, 4)])), "decoy"),
        c("балл_русский", N, "INTEGER", g.ints(24, 100, 0.3), "decoy", GRADE),
    ])


# -- Greece, the United Arab Emirates, India, Japan, Germany, France ---------------------------------------------------


def gr_university_students(g: Gen) -> Table:
    """A Patras university's student register (φοιτητολόγιο, Greek snake case): the registry number (``none``),
    family and given name (female forms of family names), father's and mother's given names (``first_name``), birth
    date (1999 to 2006), sex, AMKA (Luhn, encoding the birth date; python-stdnum), identity card number, department,
    entry year, semester, average (``none``), institutional and personal e-mail, mobile and landline, permanent
    address, postcode and town, the academic adviser (six), the registry's remarks (``free_text``, mostly empty), the
    portal login (``unclassified``) and its last IP."""
    advisers = v.distinct(g, 6, lambda: " ".join(reversed(v.gr_person(g, g.rnd.random() < 0.4))))
    depts = [("Τμήμα Μηχανικών Η/Υ και Πληροφορικής", "ceid"), ("Τμήμα Μαθηματικών", "math"),
             ("Τμήμα Φυσικής", "physics"), ("Τμήμα Ιατρικής", "med"), ("Τμήμα Φιλολογίας", "phil")]
    rows = []
    for i in range(g.rows):
        female = g.rnd.random() < 0.5
        fam, given = v.gr_person(g, female)
        born = g.birth("1999-01-01", "2006-12-31")
        entry = min(2025, born.year + 18 + g.rnd.choice([0, 0, 0, 1, 2]))
        place = g.rnd.choice(v.GR_PLACES)
        number = f"up10{g.rnd.randint(60_000, 99_999)}"
        rows.append((fam, given, born, female, entry, place, number, g.rnd.choice(depts)))

    def remark(r: tuple) -> str:
        if g.rnd.random() < 0.8:
            return g.rnd.choice(["", "-", "Κανένα", ""])
        return g.rnd.choice([f"Αίτηση μετεγγραφής· επικοινωνία με τον πατέρα ({g.phone('GR', 'national')})",
                             f"Πιστοποιητικό για στέγαση, παρέλαβε η αδελφή {g.rnd.choice(v.GR_FEMALE)}",
                             "Διακοπή φοίτησης για ένα εξάμηνο", f"Λάθος στο επώνυμο, σωστό: {r[0]}"])

    return Table("φοιτητολόγιο.φοιτητές", "el", "snake", [
        c("αριθμός_μητρώου", N, "VARCHAR", [r[6][2:] for r in rows], "decoy", STUDENT_NO),
        c("επώνυμο", "last_name", "VARCHAR", [r[0] for r in rows]),
        c("όνομα", "first_name", "VARCHAR", [r[1] for r in rows]),
        c("πατρώνυμο", "first_name", "VARCHAR", g.col(g.pick(v.GR_MALE), 0.02), PATRONYMIC, ROLE),
        c("μητρώνυμο", "first_name", "VARCHAR", g.col(g.pick(v.GR_FEMALE), 0.1), PATRONYMIC, ROLE),
        c("ημερομηνία_γέννησης", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("φύλο", N, "VARCHAR", ["Θ" if r[3] else "Α" for r in rows], "decoy"),
        c("αμκα", "national_id", "VARCHAR", [v.gr_amka(g, r[2], r[3]) if g.rnd.random() < 0.96 else None
                                             for r in rows], CHECKED),
        c("αδτ", "national_id", "VARCHAR", g.col(lambda: g.rnd.choice(["ΑΚ", "ΑΗ", "ΑΒ", "ΑΖ", "ΑΜ", "ΑΙ"]) + " "
                                                 + g.digits(6), 0.1), ABBREV),
        c("τμήμα", N, "VARCHAR", [r[7][0] for r in rows], "decoy"),
        c("ακαδημαϊκό_έτος", N, "VARCHAR", ["2025-2026"] * g.rows, "decoy"),
        c("έτος_εισαγωγής", N, "INTEGER", [r[4] for r in rows], "decoy"),
        c("τρέχον_εξάμηνο", N, "INTEGER", [min(12, (2025 - r[4]) * 2 + 1) for r in rows], "decoy"),
        c("μέσος_όρος", N, "DECIMAL(4,2)", g.floats(5.0, 9.6, 2, 0.1), "decoy", GRADE),
        c("ιδρυματικό_email", "email", "VARCHAR", [f"{r[6]}@{r[7][1]}.upatras.gr" if r[7][1] == "ceid" else
                                                   f"{r[6]}@upnet.gr" for r in rows]),
        c("προσωπικό_email", "email", "VARCHAR", [v.email_of(g, r[1], r[0], v.DOMAINS["el"]) if g.rnd.random() < 0.7
                                                  else None for r in rows]),
        c("κινητό", "phone", "VARCHAR", g.phones("GR", {"digits": 0.6, "national": 0.2, "intl": 0.2}, 1.0, 0.04)),
        c("σταθερό", "phone", "VARCHAR", g.phones("GR", {"digits": 1.0}, 0.0, 0.62), HEAVY),
        c("διεύθυνση", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.GR_STREETS)} "
                                                           f"{g.rnd.randint(1, 180)}", 0.03)),
        c("τκ", "postal_code", "VARCHAR", [f"{r[5][1]} {g.digits(2)}" if g.rnd.random() < 0.6 else
                                           f"{r[5][1]}{g.digits(2)}" for r in rows], ABBREV),
        c("πόλη", "city", "VARCHAR", [r[5][0] for r in rows]),
        c("ακαδημαϊκός_σύμβουλος", "person_name", "VARCHAR", g.col(g.pick(advisers), 0.1), STAFF, ROLE),
        c("σχόλια_γραμματείας", "free_text", "VARCHAR", [remark(r) for r in rows], NULLWORD),
        c("όνομα_χρήστη", USERNAME, "VARCHAR", [r[6] for r in rows], USER),
        c("τελευταία_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.15), ABBREV),
    ])


def ar_school_bus_roster(g: Gen) -> Table:
    """A Dubai private school's bus roster (Arabic snake case, 36 riders): the bus and its plate, the route, the
    driver and the bus nanny (four and three, in Latin script) and the driver's mobile, the child's name (three parts),
    Emirates ID (Luhn; encoding the birth year), birth date (2011 to 2020), class, the guardian's name and mobile, the
    pick-up point (the family's villa or building: ``street_address``), the city, the stop's coordinates (``none``),
    the pick-up time, a note (``free_text``) and the school's name (``none``)."""
    drivers = ["Mohammed Rafiq", "Sunil Kumar Nair", "Abdul Basit Khan", "Gurdeep Singh"]
    nannies = ["Maricel Santos", "Jocelyn Dela Cruz", "Nirmala Perera"]
    buses = [("B-03", "دبي N 48213", "المسار 3 - البرشاء"), ("B-07", "دبي K 10962", "المسار 7 - مردف"),
             ("B-11", "دبي P 55730", "المسار 11 - الورقاء"), ("B-14", "دبي L 30418", "المسار 14 - الشارقة")]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        (gn, _), (fam, _) = v.native(g, "ar", female)
        (father, _), _ = v.native(g, "ar", False)
        born = g.birth("2011-01-01", "2020-08-31")
        bus = g.rnd.randrange(4)
        area = g.rnd.choice([a for a in v.AR_AREAS if (a[1] == "الشارقة") == (bus == 3)])
        guardian = g.rnd.random() < 0.8
        rows.append((f"{gn} {father} {fam}", born, bus, area, f"{father} {fam}" if guardian else
                     f"{v.native(g, 'ar', True)[0][0]} {fam}", v.ae_emirates_id(g, born)))

    def stop(area: tuple) -> str:
        return g.rnd.choice([f"فيلا {g.rnd.randint(1, 90)}، شارع {g.rnd.randint(1, 40)}، {area[0]}",
                             (f"بناية {g.rnd.choice(['النخيل', 'الريم', 'الياسمين'])}، شقة {g.rnd.randint(101, 1204)}، "
                              f"{area[0]}")])

    noted = g.rnd.sample(range(g.rows), 7)

    def note(i: int) -> str:
        if i not in noted:
            return g.rnd.choice(["", "لا يوجد", "-", ""])
        return g.rnd.choice([f"يستلمه عمه {v.native(g, 'ar', False)[0][0]} يوم الخميس",
                             f"الأم تنتظر عند البوابة، رقمها {g.phone('AE', 'national')}", "لا يُسلَّم إلا لولي الأمر",
                             f"ينزل مع أخته {v.native(g, 'ar', True)[0][0]}"])

    base = {"دبي": (25.11, 55.20), "الشارقة": (25.32, 55.41)}
    return Table("النقل_المدرسي.كشف_الحافلات", "ar", "snake", [
        c("رقم_الحافلة", N, "VARCHAR", [buses[r[2]][0] for r in rows], "decoy"),
        c("رقم_اللوحة", N, "VARCHAR", [buses[r[2]][1] for r in rows], "decoy", SHAPE),
        c("خط_السير", N, "VARCHAR", [buses[r[2]][2] for r in rows], "decoy"),
        c("اسم_السائق", "person_name", "VARCHAR", [drivers[r[2]] for r in rows], STAFF, ROLE),
        c("هاتف_السائق", "phone", "VARCHAR", [["055 218 4470", "050 771 3092", "052 640 1185", "056 902 3318"][r[2]]
                                              for r in rows]),
        c("اسم_المشرفة", "person_name", "VARCHAR", [nannies[r[2] % 3] for r in rows], STAFF, ROLE),
        c("اسم_الطالب", "person_name", "VARCHAR", [r[0] for r in rows], CHILD),
        c("رقم_الهوية", "national_id", "VARCHAR", [r[5] for r in rows], CHECKED, CHILD),
        c("تاريخ_الميلاد", "date_of_birth", "DATE", [r[1] for r in rows], CHILD),
        c("الصف", N, "VARCHAR", [_ae_class(2025 - r[1].year - 5) + " - " + g.rnd.choice("أبج") for r in rows],
          "decoy", CLASS),
        c("ولي_الأمر", "person_name", "VARCHAR", [r[4] for r in rows], ROLE),
        c("هاتف_ولي_الأمر", "phone", "VARCHAR", g.phones("AE", {"national": 0.5, "intl": 0.3, "e164": 0.2})),
        c("نقطة_الصعود", "street_address", "VARCHAR", [stop(r[3]) for r in rows], PREMISES),
        c("المدينة", "city", "VARCHAR", [r[3][1] for r in rows]),
        c("خط_العرض", N, "DOUBLE", [round(base[r[3][1]][0] + g.rnd.uniform(-0.04, 0.04), 5) for r in rows],
          "decoy"),
        c("خط_الطول", N, "DOUBLE", [round(base[r[3][1]][1] + g.rnd.uniform(-0.04, 0.04), 5) for r in rows],
          "decoy"),
        c("وقت_الصعود", N, "VARCHAR", g.col(lambda: f"06:{g.rnd.randint(5, 55):02d}"), "decoy"),
        c("ملاحظات", "free_text", "VARCHAR", [note(i) for i in range(g.rows)], NULLWORD, CHILD),
        c("رسوم_النقل", N, "INTEGER", g.col(g.pick([4_200, 4_200, 5_600])), "decoy"),
        c("الفصل_الدراسي", N, "VARCHAR", ["الفصل الأول 2025-2026"] * g.rows, "decoy"),
        c("اسم_المدرسة", N, "VARCHAR", ["مدرسة النهضة الخاصة - دبي"] * g.rows, "business"),
    ])


def _ae_class(year: int) -> str:
    return "KG2" if year <= 0 else f"الصف {year}"


def hi_university_admissions(g: Gen) -> Table:
    """A Lucknow state university's undergraduate admission applications (Hindi snake case, with two of the portal's
    opaque fields): the application number (``none``), the applicant's, father's and mother's names, birth date as
    text (2004 to 2008), sex, category, Aadhaar (Verhoeff; python-stdnum), mobile, e-mail, address, city and PIN, the
    intermediate board, roll number and percentage (``none``), the course code, ``COL12`` (an alternative mobile),
    ``COL13`` (the payment gateway's transaction id), the fee status, the applicant's IP and the verifying clerk's
    login (``unclassified``)."""
    clerks = ["verify_rk", "verify_ss", "adm_clerk3", "verify_mp"]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        (gn, g_lat), (fam, f_lat) = v.native(g, "hi", female)
        father = v.native(g, "hi", False)[0][0]
        mother = v.native(g, "hi", True)[0][0]
        place = g.rnd.choice(v.HI_PLACES)
        born = g.birth("2004-06-01", "2008-03-31")
        rows.append((f"{gn} {fam}", f"{father} {fam}", f"{mother} {fam if g.rnd.random() < 0.7 else ''}".strip(),
                     born, female, place, v.email_of(g, g_lat, f_lat, v.DOMAINS["hi"])))
    return Table("प्रवेश.आवेदन_पत्र", "hi", "snake", [
        c("आवेदन_संख्या", N, "VARCHAR", g.col(lambda: g.code("LU25UG9999999")), "decoy", EXAM_NO, SHAPE),
        c("अभ्यर्थी_का_नाम", "person_name", "VARCHAR", [r[0] for r in rows]),
        c("पिता_का_नाम", "person_name", "VARCHAR", [r[1] for r in rows], ROLE),
        c("माता_का_नाम", "person_name", "VARCHAR", [r[2] for r in rows], ROLE),
        c("जन्म_तिथि", "date_of_birth", "VARCHAR", [r[3].strftime(g.rnd.choice(["%d/%m/%Y", "%d-%m-%Y"]))
                                                  for r in rows]),
        c("लिंग", N, "VARCHAR", ["महिला" if r[4] else "पुरुष" for r in rows], "decoy"),
        c("श्रेणी", N, "VARCHAR", g.col(g.pick(["सामान्य", "अन्य पिछड़ा वर्ग", "अनुसूचित जाति", "ईडब्ल्यूएस",
                                                "अनुसूचित जनजाति"])), "decoy"),
        c("आधार_संख्या", "national_id", "VARCHAR", g.col(lambda: v.in_aadhaar(g), 0.06), CHECKED),
        c("मोबाइल_नंबर", "phone", "VARCHAR", g.phones("IN", {"nsn": 0.8, "intl": 0.1, "e164": 0.1})),
        c("ईमेल", "email", "VARCHAR", [r[6] for r in rows]),
        c("पता", "street_address", "VARCHAR", g.col(lambda: f"मकान नं. {g.rnd.randint(1, 640)}, "
                                                    f"{g.rnd.choice(['गली नं. ' + str(g.rnd.randint(1, 12)) + ', ', ''])}"
                                                    f"{g.rnd.choice(v.HI_LOCALITIES)}")),
        c("शहर", "city", "VARCHAR", [r[5][0] for r in rows]),
        c("पिन_कोड", "postal_code", "VARCHAR", [f"{r[5][1]}{g.rnd.randint(0, 30):03d}" for r in rows]),
        c("इंटर_बोर्ड", N, "VARCHAR", g.col(g.pick(["उ.प्र. माध्यमिक शिक्षा परिषद", "सीबीएसई", "आईएससी"])), "decoy"),
        c("इंटर_अनुक्रमांक", N, "VARCHAR", g.col(lambda: g.code("9999999"), 0.02), "decoy", EXAM_NO, SHAPE),
        c("इंटर_प्रतिशत", N, "DECIMAL(5,2)", g.floats(45, 98.6, 2), "decoy", GRADE),
        c("पाठ्यक्रम_कोड", N, "VARCHAR", g.col(g.pick(["BSC-PCM", "BSC-ZBC", "BA-HIN", "BCOM", "BA-ECO", "BBA"])),
          "decoy"),
        c("COL12", "phone", "VARCHAR", g.phones("IN", {"nsn": 1.0}, 1.0, 0.45), OPAQUE),
        c("COL13", N, "VARCHAR", g.col(lambda: g.code("pay_ZZZZZZZZZZZZZZ"), 0.05), "decoy", OPAQUE, TOKEN),
        c("परीक्षा_केंद्र_कोड", N, "VARCHAR", g.col(lambda: f"LKO-{g.rnd.randint(1, 48):03d}"), "decoy", EXAM_NO),
        c("सत्र", N, "VARCHAR", ["2025-26"] * g.rows, "decoy"),
        c("शुल्क_स्थिति", N, "VARCHAR", g.col(g.pick(["सफल", "सफल", "सफल", "लंबित", "असफल"])), "decoy"),
        c("आईपी_पता", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.15))),
        c("सत्यापनकर्ता", USERNAME, "VARCHAR", g.col(g.pick(clerks), 0.4), USER, AUDIT),
    ])


def ja_university_applications(g: Gen) -> Table:
    """A Kyoto private university's entrance examination applications (出願者一覧, kanji column names): the
    examinee number (``none``), name and its katakana reading, birth date (2005 to 2008), sex, postcode, prefecture
    (``none``), city or ward, street and building, home and mobile phones, e-mail, high school (``none``), graduation,
    faculty and admission route (``none``), the common-test score, the guardian's name and phone, remarks
    (``free_text``, mostly ``なし``), the application time and IP."""
    faculties = ["文学部", "法学部", "経済学部", "理工学部", "社会学部", "国際関係学部"]
    highs = ["京都府立洛北高等学校", "京都市立堀川高等学校", "大阪府立北野高等学校", "滋賀県立膳所高等学校",
             "奈良県立奈良高等学校", "同志社香里高等学校", "兵庫県立神戸高等学校"]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        (gn, _), (fam, _) = v.native(g, "ja", female, child=True)
        place = g.rnd.choice(v.JA_PLACES)
        born = g.birth("2007-04-02", "2008-04-01") if g.rnd.random() < 0.85 else g.birth("2005-04-02", "2007-04-01")
        parent = v.native(g, "ja", g.rnd.random() < 0.5, child=False)[0][0]
        rows.append((fam, gn, born, female, place, parent))

    def remark(r: tuple) -> str:
        if g.rnd.random() < 0.85:
            return g.rnd.choice(["なし", "", "特になし", "-"])
        return g.rnd.choice([f"車椅子使用のため1階試験室を希望（保護者 {r[0]} {r[5]} 同伴）", "別室受験（聴覚）",
                             f"住所変更あり。連絡先 {g.phone('JP', 'national')}", "受験票再発行済み"])

    return Table("入試.出願者一覧", "ja", "plain", [
        c("受験番号", N, "VARCHAR", g.col(lambda: g.code("A99999")), "decoy", EXAM_NO, SHAPE),
        c("氏名", "person_name", "VARCHAR", [f"{r[0]}\u3000{r[1]}" if g.rnd.random() < 0.7 else f"{r[0]} {r[1]}"
                                           for r in rows]),
        c("フリガナ", "person_name", "VARCHAR", [f"{v.JA_KANA[r[0]]} {v.JA_KANA[r[1]]}" for r in rows]),
        c("生年月日", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("性別", N, "VARCHAR", ["女" if r[3] else "男" for r in rows], "decoy"),
        c("郵便番号", "postal_code", "VARCHAR", [f"{r[4][2]}-{g.digits(4)}" if g.rnd.random() < 0.85 else
                                             f"{r[4][2]}{g.digits(4)}" for r in rows]),
        c("都道府県", N, "VARCHAR", [r[4][0] for r in rows], "decoy"),
        c("市区町村", "city", "VARCHAR", [r[4][1] for r in rows]),
        c("番地・建物名", "street_address", "VARCHAR", [f"{g.rnd.choice(r[4][3])}{g.rnd.randint(1, 40)}-"
                                                  f"{g.rnd.randint(1, 30)}{g.rnd.choice(v.JA_BUILDINGS)}" for r in rows]),
        c("電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 1.0}, 0.0, 0.45)),
        c("携帯電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 0.7, "digits": 0.3}, 1.0, 0.03)),
        c("メールアドレス", "email", "VARCHAR", [v.email_of(g, _ja_latin(r[1]), _ja_latin(r[0]), v.DOMAINS["ja"])
                                          for r in rows]),
        c("出身高校", N, "VARCHAR", g.col(g.pick(highs)), "business"),
        c("卒業年月", N, "VARCHAR", ["2026年3月卒業見込" if r[2] >= date(2007, 4, 2) else
                                 f"{r[2].year + 18}年3月卒業" for r in rows], "decoy"),
        c("志望学部", N, "VARCHAR", g.col(g.pick(faculties)), "decoy"),
        c("入試区分", N, "VARCHAR", g.col(g.pick(["一般選抜（前期）", "一般選抜（前期）", "共通テスト利用", "総合型選抜",
                                            "学校推薦型選抜"])), "decoy"),
        c("試験会場", N, "VARCHAR", g.col(g.pick(["京都本校", "京都本校", "大阪会場", "名古屋会場", "共通テスト利用"])), "decoy"),
        c("検定料", N, "INTEGER", g.col(g.pick([35_000, 35_000, 18_000])), "decoy"),
        c("共通テスト得点", N, "INTEGER", g.ints(380, 860, 0.35), "decoy", GRADE),
        c("保護者氏名", "person_name", "VARCHAR", [f"{r[0]} {r[5]}" for r in rows], ROLE),
        c("保護者連絡先", "phone", "VARCHAR", g.phones("JP", {"national": 1.0}, 0.7, 0.1)),
        c("備考", "free_text", "VARCHAR", [remark(r) for r in rows], NULLWORD),
        c("出願日時", N, "TIMESTAMP", g.moments("2025-12-15", "2026-01-20"), "decoy"),
        c("出願IP", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.4))),
    ])


def _ja_latin(name: str) -> str:
    return {k: lat for pool in v.NATIVE["ja"] for k, lat in pool}[name]


def de_kita_register(g: Gen) -> Table:
    """A Leipzig day-care centre's (Kita) child register (PascalCase, 58 children): the child's names and birth date
    (2019 to 2024), group (``Igelgruppe``), hours, the key educator (five), two custodians' names and phones and the
    first's e-mail, address, postcode and town, the people allowed to collect the child (several names per cell:
    ``person_name``), allergies and notes (``free_text``, mostly ``keine``), the measles-vaccination proof, the
    direct-debit IBAN and its holder, the monthly fee, the contract start and the Kita's phone (``none``)."""
    groups = ["Mäusenest (Krippe)", "Igelgruppe", "Bärengruppe", "Füchse (Vorschule)"]
    educators = v.distinct(g, 5, lambda: f"{v.given(g, 'de', True)} {v.person(g, 'de')[1]}")
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        first, last = v.person(g, "de", female, child=True)
        born = g.birth("2019-09-01", "2024-08-31")
        grp = 0 if born >= date(2022, 9, 1) else 3 if born < date(2020, 7, 1) else g.rnd.choice([1, 2])
        mother = (v.given(g, "de", True), last if g.rnd.random() < 0.6 else v.person(g, "de")[1])
        father = (v.given(g, "de", False), last) if g.rnd.random() < 0.8 else None
        place = g.rnd.choice(v.DE_PLACES)
        rows.append((first, last, born, grp, mother, father, place))

    def collect(r: tuple) -> str:
        out = []
        for _ in range(g.rnd.randint(0, 3)):
            who = g.rnd.choice(["Oma", "Opa", "Tante", "Nachbarin", ""])
            if who in ("Oma", "Opa"):
                name = f"{g.rnd.choice(v.DE_ELDERS[who == 'Oma'])} {g.rnd.choice([r[1], v.person(g, 'de')[1]])}"
            else:
                name = f"{v.given(g, 'de', who != '')} {v.person(g, 'de')[1]}"
            out.append(f"{who} {name}".strip())
        return ", ".join(out)

    def notes(r: tuple) -> str:
        if g.rnd.random() < 0.8:
            return g.rnd.choice(["keine", "Keine", "-", "", "k.A."])
        return g.rnd.choice(["Laktoseintoleranz", f"Nussallergie, Notfallset im Büro; Rücksprache mit {r[4][0]}",
                             (f"Darf NICHT vom Vater abgeholt werden (Beschluss AG Leipzig), Ansprechpartnerin "
                              f"{r[4][0]} {r[4][1]}"), "Vegetarisch", "Neurodermitis, eigene Creme"])

    return Table("kita_verwaltung.Kinder", "de", "pascal", [
        c("KindId", N, "INTEGER", g.keys(501), "decoy", KEY),
        c("KindVorname", "first_name", "VARCHAR", [r[0] for r in rows], CHILD),
        c("KindNachname", "last_name", "VARCHAR", [r[1] for r in rows], CHILD),
        c("Geburtsdatum", "date_of_birth", "DATE", [r[2] for r in rows], CHILD),
        c("Gruppe", N, "VARCHAR", [groups[r[3]] for r in rows], "decoy", CLASS),
        c("Betreuungsstunden", N, "INTEGER", g.col(g.pick([30, 35, 40, 45, 45, 50])), "decoy"),
        c("Bezugserzieherin", "person_name", "VARCHAR", [educators[min(4, r[3] + (r[3] > 0 and r[1] < "M"))]
                                                         for r in rows], STAFF, ROLE),
        c("Sorgeberechtigter1", "person_name", "VARCHAR", [f"{r[4][0]} {r[4][1]}" for r in rows], ROLE),
        c("Telefon1", "phone", "VARCHAR", g.phones("DE", {"national": 0.6, "intl": 0.2, "digits": 0.2}, 0.9)),
        c("EMail1", "email", "VARCHAR", [v.email_of(g, *r[4], v.DOMAINS["de"]) for r in rows]),
        c("Sorgeberechtigter2", "person_name", "VARCHAR", [f"{r[5][0]} {r[5][1]}" if r[5] else "" for r in rows],
          ROLE),
        c("Telefon2", "phone", "VARCHAR", [g.phone("DE", "national") if r[5] else None for r in rows]),
        c("Strasse", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.DE_STREETS)} {g.rnd.randint(1, 140)}"
                                                        + g.rnd.choice(["", "", "a", "b"]))),
        c("PLZ", "postal_code", "VARCHAR", [g.rnd.choice(r[6][1]) for r in rows], ABBREV),
        c("Ort", "city", "VARCHAR", [r[6][0] for r in rows]),
        c("Abholberechtigte", "person_name", "VARCHAR", [collect(r) for r in rows], MULTI, ROLE),
        c("AllergienHinweise", "free_text", "VARCHAR", [notes(r) for r in rows], NULLWORD, CHILD),
        c("Masernschutz", N, "VARCHAR", g.col(g.pick(["Nachweis liegt vor", "Nachweis liegt vor", "Impfpass geprüft",
                                                      "Nachreichung bis 31.01."])), "decoy"),
        c("IBAN", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DE", g.rnd.random() < 0.6), 0.15), CHECKED),
        c("Kontoinhaber", "person_name", "VARCHAR", [f"{r[4][0]} {r[4][1]}" if g.rnd.random() < 0.7 else
                                                     (f"{r[5][0]} {r[5][1]}" if r[5] else f"{r[4][0]} {r[4][1]}")
                                                     for r in rows], ROLE),
        c("Essensgeld", N, "DECIMAL(6,2)", g.col(g.pick([68.0, 72.5])), "decoy"),
        c("Kitajahr", N, "VARCHAR", ["2025/26"] * g.rows, "decoy"),
        c("Elternbeitrag", N, "DECIMAL(7,2)", g.col(g.pick([151.96, 151.96, 243.14, 112.57, 0.0])), "decoy"),
        c("Vertragsbeginn", N, "DATE", [max(r[2] + timedelta(days=g.rnd.randint(330, 420)), date(2020, 8, 1))
                                        for r in rows], "decoy"),
        c("KitaTelefon", N, "VARCHAR", ["0341 4925 3870"] * g.rows, "business"),
    ])


def fr_apogee_individu(g: Gen) -> Table:
    """A Lyon university's student records exported from Apogée (SCREAMING case, Apogée's own names): the individual's
    code (``none``), the student number (``none``), the INE without its key (``national_id``) and the key alone
    (``none``, tag ``partial``), birth and usage family names (usage mostly NULL), first and second given names,
    birth date (1998 to 2007), birth town (``city``), birth département and nationality codes, sex, phones, e-mail,
    address, postal code, commune and its INSEE code (``none``), the stage code, version and year of entry (``none``),
    the grant flag, the emergency contact's name and phone, the last modifier's login (``unclassified``) and time."""
    editors = ["jdupont", "smartin2", "scol_lettres", "mguerin"]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        first, last = v.person(g, "fr", female)
        second = v.given(g, "fr", female) if g.rnd.random() < 0.45 else None
        born = g.birth("2003-01-01", "2007-08-31") if g.rnd.random() < 0.85 else g.birth("1998-01-01", "2002-12-31")
        usage = v.person(g, "fr")[1] if female and g.rnd.random() < 0.18 else None
        rows.append((v.fold(first).upper(), last.upper(), second, born, female, g.rnd.choice(v.FR_PLACES), usage,
                     first))
    ine = [g.code("9999999999") if g.rnd.random() < 0.6 else g.code("999999999A") for _ in rows]
    return Table("APOGEE.INDIVIDU_EXPORT", "fr", "screaming", [
        c("COD_IND", N, "INTEGER", g.keys(612_001), "decoy", KEY, ABBREV),
        c("COD_ETU", N, "VARCHAR", g.col(lambda: f"2{g.rnd.randint(1, 5)}{g.digits(6)}"), "decoy", STUDENT_NO, ABBREV),
        c("COD_NNE_IND", "national_id", "VARCHAR", ine, ABBREV),
        c("COD_CLE_NNE_IND", N, "VARCHAR", g.col(g.pick(list("ABCDEFGHJKLMNPRSTUVWXYZ"))), "decoy", PARTIAL, ABBREV),
        c("LIB_NOM_PAT_IND", "last_name", "VARCHAR", [r[1] for r in rows], ABBREV),
        c("LIB_NOM_USU_IND", "last_name", "VARCHAR", [v.fold(r[6]).upper() if r[6] else None for r in rows], HEAVY,
          ABBREV),
        c("LIB_PR1_IND", "first_name", "VARCHAR", [r[0] for r in rows], ABBREV),
        c("LIB_PR2_IND", "first_name", "VARCHAR", [v.fold(r[2]).upper() if r[2] else None for r in rows], HEAVY,
          ABBREV),
        c("DATE_NAI_IND", "date_of_birth", "DATE", [r[3] for r in rows], ABBREV),
        c("LIB_VIL_NAI_ETU", "city", "VARCHAR", g.col(g.pick(v.FR_BIRTH_CITIES)), ABBREV),
        c("COD_DEP_PAY_NAI", N, "VARCHAR", g.col(g.pick(["069", "069", "042", "038", "063", "074", "099"])), "decoy",
          ABBREV),
        c("COD_PAY_NAT", N, "VARCHAR", g.col(g.pick(["100", "100", "100", "100", "352", "350", "341"])), "decoy",
          ABBREV),
        c("COD_SEX_ETU", N, "VARCHAR", ["F" if r[4] else "M" for r in rows], "decoy", ABBREV),
        c("NUM_TEL", "phone", "VARCHAR", g.phones("FR", {"national": 0.7, "digits": 0.3}, 0.0, 0.6), HEAVY, ABBREV),
        c("NUM_TEL_PORT", "phone", "VARCHAR", g.phones("FR", {"national": 0.5, "digits": 0.3, "intl": 0.2}, 1.0,
                                                       0.05), ABBREV),
        c("ADR_MAIL_PERSO", "email", "VARCHAR", [v.email_of(g, r[7], r[1], v.DOMAINS["fr"]) for r in rows], ABBREV),
        c("LIB_AD1", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 220)} "
                                                        f"{g.rnd.choice(v.FR_STREETS)}", 0.02), ABBREV),
        c("COD_BDI", "postal_code", "VARCHAR", [r[5][1] for r in rows], ABBREV),
        c("LIB_COM", "city", "VARCHAR", [r[5][0] for r in rows], ABBREV),
        c("COD_COM", N, "VARCHAR", [r[5][2] for r in rows], "decoy", SHAPE, ABBREV),
        c("COD_ANU", N, "INTEGER", [2025] * g.rows, "decoy", ABBREV),
        c("COD_CMP", N, "VARCHAR", g.col(g.pick(["LSH", "PSY", "SEG", "DRT"])), "decoy", ABBREV),
        c("COD_ETP", N, "VARCHAR", g.col(g.pick(["L1LETM", "L2PSY", "L3SOC", "M1ECO", "L1DRT", "L2HIS"])), "decoy",
          ABBREV),
        c("COD_VRS_VET", N, "INTEGER", g.col(g.pick([251, 251, 252, 261])), "decoy", ABBREV),
        c("DAA_ENT_ETB", N, "INTEGER", [min(2025, r[3].year + 18 + g.rnd.choice([0, 0, 1])) for r in rows], "decoy",
          ABBREV),
        c("TEM_BRS", N, "VARCHAR", g.col(g.pick(["O", "N", "N"])), "decoy", ABBREV),
        c("NOM_PRENOM_URG", "person_name", "VARCHAR", [f"{v.person(g, 'fr')[1].upper()} {v.given(g, 'fr')}"
                                                       if g.rnd.random() < 0.75 else "" for _ in rows], ROLE, ABBREV),
        c("TEL_URG", "phone", "VARCHAR", g.phones("FR", {"national": 0.6, "digits": 0.4}, 0.8, 0.3), ABBREV),
        c("COD_UTI", USERNAME, "VARCHAR", g.col(g.pick(editors), 0.2), USER, AUDIT, ABBREV),
        c("DAT_MOD_IND", N, "TIMESTAMP", g.moments("2025-06-01", "2025-11-30"), "decoy", ABBREV),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (us_powerschool_students, 640), (uk_attendance_marks, 900), (au_childcare_register, 48),
    (ca_student_loans, 520), (ie_alumni_gifts, 410), (nz_tutoring_bookings, 380), (ko_hagwon_attendance, 700),
    (zh_kindergarten_register, 260), (ru_ege_registrations, 540), (gr_university_students, 330),
    (ar_school_bus_roster, 36), (hi_university_admissions, 450), (ja_university_applications, 600),
    (de_kita_register, 58), (fr_apogee_individu, 480),
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
