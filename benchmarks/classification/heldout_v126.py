"""Held-out set v126 for the column classifier: 15 tables of *music schools, conservatoires, youth orchestras, choirs
and instrument hire* (a community music school's enrolments, a youth orchestra's player register, a children's choir's
choristers, a music academy's graded exam candidates, an instrument hire shop's rental agreements, a music festival
association's scholarship payments, a music school's online enrolments, a steelpan youth camp's registration form, a
municipal music school's registrations, a string instrument workshop's rental contracts, a state music school's
admissions, a conservatory's aptitude exam applications, a music school's enrolments, a youth symphony's members and a
junior orchestra's overseas tour participants), one system per table and each a different organisation, eight with
English column names and seven in other languages:

* ``boise_cms.student_enrollments``: a Boise (Idaho) community music school's enrolments (snake case, the guardian's
  SSN for tuition assistance, account numbers shaped like SSNs failing the check, teachers, a parent portal login, the
  branches' addresses and phones, ``misc_1``);
* ``mauritiusYouthOrch.playerRegister``: a Rose-Hill (Mauritius) youth orchestra's players (camel case, Mauritian ID
  numbers encoding the family name's initial and the birth date, the parent or guardian, schools, loan instrument
  serials, ``customField2`` holding bus routes);
* ``StJohnsYouthChoir.Choristers``: a St. John's (Newfoundland) children's choir's choristers (Pascal case, MCP health
  numbers for touring, the parent and an emergency contact, the rehearsal venue and its phone, ``Udf3``);
* ``PENANG_MUSIC_ACAD.EXAM_CANDIDATES``: a George Town (Penang) music academy's graded exam candidates (SCREAMING
  case, MyKad numbers encoding the birth date, candidate numbers shaped like MyKad failing its checks, the candidate's
  own teacher, accompanists and examiners, ``CUSTOM_FIELD_1``);
* ``ihire_bfs.rent_agrmt``: a Belfast instrument hire shop's rental agreements (abbreviated: ``cust_fnm``,
  ``ctc_ph``, ``addr_ln1``; Northern Ireland driving licence numbers, cards, the pupil, a guarantor, SKUs, serials,
  tracking numbers, the shop's address, phone and e-mail);
* ``SMFALGCY.SCHOL_PAYMT_EXTRACT``: a Saskatchewan music festival association's scholarship payments for T4A slips, a
  COBOL extract (legacy: padded CHAR, ``YYYYMMDD`` integers, SIN, form references failing the Luhn check, phone as a
  number with 0 for missing, the parent payee, the student's teacher, adjudicators, ``SMF-USER-FLD-1``);
* ``stg_accra_music.src_enrol_raw``: an Accra music school's online enrolments as an opaque staging table (``col01``
  to ``col19``: GhanaPost digital addresses, Ghana Card PINs, individuals' TINs, receipt numbers failing the TIN
  check, the guardian, IPs, hashes, mobile-money transaction ids);
* ``tt_pan_camp.form_responses_1``: a Port of Spain steelpan youth camp's registration form (a Google Forms export:
  questions as column names, a ``M/D/YYYY`` birth date, passport numbers for an exchange trip, the emergency contact's
  name and number in one answer, steelbands);
* ``musikschule_klagenfurt.schueler_anmeldungen``: a Klagenfurt (Carinthia) music school's registrations (Austrian
  German; the SV number encoding the birth date, the legal guardian, the direct debit IBAN and its account holder,
  teachers, loan instrument inventory numbers, ``zusatzfeld_2``);
* ``noleggio_archi_cremona.contratti_noleggio``: a Cremona string instrument workshop's rental contracts (Italian;
  codice fiscale encoding the name, birth date and comune, the place of birth, the debit IBAN, the parent holding the
  contract, a guarantor, the workshop's partita IVA and address, ``campo_libero_2`` holding accessories);
* ``psm_rzeszow.rekrutacja_kandydaci``: a Rzeszów state music school's admissions (Polish; PESEL encoding the birth
  date, the second given name, the legal guardian, schools, the school's NIP, ``pole_dodatkowe_1``);
* ``konservatuvar_eskisehir.ozel_yetenek_basvurulari``: an Eskişehir conservatory's aptitude exam applications
  (Turkish; T.C. Kimlik No., application numbers failing its check, the father's given name, the guardian, a refund
  IBAN, jury members, the institution's tax number, ``ek_alan_2`` holding exam sessions);
* ``escola_musica_belem.matriculas``: a Belém (Pará) music school's enrolments (Brazilian Portuguese; CPF of the pupil
  and of the guardian, RG numbers, the school's CNPJ, ``campo_livre_1``);
* ``sinfonica_juvenil_azuay.integrantes``: a Cuenca (Azuay) youth symphony's members (Ecuadorian Spanish; cédulas of
  the member and of the legal representative, form numbers failing the cédula check, schools, sponsors and their RUC,
  ``campo_extra_2`` holding transport grants);
* ``金沢ジュニア管弦楽団.海外公演参加者名簿``: a Kanazawa junior orchestra's overseas tour participants (Japanese
  script column names and values: kanji, katakana and passport romaji names, passport numbers, the guardian,
  chaperones, booking references, ``自由項目2``).

Written **blind**, like v2 to v125: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v98 (its two
modules and its test), ``tests/heldout_support.py``, v107's docstring and test, the module docstrings of v24 to v125
(to avoid their domains and follow their labeling conventions, and to pick the countries they used least) and the
``Column``/``Table`` classes and writer of v2 and v4. The classifier was not run on this set while it was written, no
scorer was run on it, and no score was looked at. It was written under a short deadline (25 minutes, the tests and
lint included), so some labels are quick decisions rather than settled conventions.

Labeling choices a reader may question:

* a US SSN, a Canadian SIN and the Austrian SV number are ``ssn``; a Mauritian ID number, MyKad, a Newfoundland MCP
  number (a health number a province issues), a Northern Ireland driving licence number, a Ghana Card PIN, a Ghanaian
  individual's TIN, passport numbers, codice fiscale, PESEL, T.C. Kimlik No., CPF, RG and an Ecuadorian cédula are
  ``national_id``; MCP, driving licence, Ghana Card, RG and passport numbers are generated by shape only;
* enrolment, account, candidate, agreement, payment, cheque, form, receipt, application, registration and contract
  numbers, SKUs, instrument serials and inventory numbers, tracking numbers, booking references and mobile-money
  transaction ids are ``none`` (tag ``decoy``, ``value_shape`` when shaped like an identifier); a card's expiry is
  ``none``;
* schools, steelbands, exam centres, rehearsal venues, branches, shops, workshops and sponsors with their addresses,
  phones and e-mails, a partita IVA, a NIP, a Turkish tax number, a CNPJ and a RUC are ``none`` (tag ``business``);
* teachers, section tutors, conductors, accompanists, examiners, shop assistants, adjudicators, ``Lehrkraft``,
  ``liutaio_referente``, the admissions committee's chair, jury members, ``professor``, ``jefe_de_seccion`` and
  chaperones (``引率者``) are staff (``person_name``, tag ``staff``); a guardian, a parent, a legal representative, an
  emergency contact, a guarantor, an account holder, the pupil of a hire agreement, a candidate's or student's own
  private teacher (many distinct, not the organisation's staff) and the parent payee are personal (tag ``role_word``);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); custom
  fields holding bus routes, accessories, exam sessions or transport grants are ``none`` (tags ``decoy`` and
  ``custom_plain``); the emergency contact's name and number in one form answer are ``free_text``; a parent portal
  login is ``unclassified`` (tag ``username``); the enrolment's IP is ``ip_address``;
* a GhanaPost digital address (``GA-183-8164``, a house's code) is ``street_address``; a Turkish father's given name
  (``baba_adi``) and a Polish second given name are ``first_name``; katakana and passport romaji names are
  ``person_name``; a place of birth, a Turkish ``ilce``, an Ecuadorian ``canton`` and a Japanese municipality are
  ``city``; a state, a province, a Bundesland, a ``wojewodztwo``, an ``il``, a ``uf`` and a ``provincia`` are
  ``none``;
* numeric dates of birth (``YYYYMMDD``, 0 for missing), a ``dd/mm/yyyy`` string in an opaque column and a
  ``M/D/YYYY`` form answer are ``date_of_birth``; enrolment, exam, payment, hire start, registration, passport expiry
  and application dates are ``none``; an age is ``none``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v126_values`, written for v126 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v126 [PATH]`` (default ``/tmp/heldout_v126.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v126``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from stdnum import luhn

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v126_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v126_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v126.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # teachers, tutors, conductors, examiners, shop assistants (few distinct)
ROLE = "role_word"  # a role word (guardian, parent, emergency contact, guarantor, teacher ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PLAIN = "custom_plain"  # an opaque custom field holding no personal data (none)


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "none", "NULL") + extra


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
            if lang == "ja":
                return v.romaji_email(g)
            a, b = v.person(g, lang)
            return v.email_of(g, a, b, v.DOMAINS[lang])
        return v.whole(g, lang)
    return g.col(one, null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _pupils(g: Gen, young: tuple[int, int], adult: tuple[int, int], adults: float) -> list[date]:
    """Birth dates: mostly children, ``adults`` of them grown-up learners."""
    return [g.birth(*adult) if g.rnd.random() < adults else g.birth(*young) for _ in range(g.rows)]


def _minor(born: date, on: int = 2025) -> bool:
    return on - born.year < 18


# -- English-named tables ----------------------------------------------------------------------------------------------


def us_boise_enrollments(g: Gen) -> Table:
    """A Boise community music school's enrolments (snake case)."""
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    births = _pupils(g, (2008, 2020), (1950, 2003), 0.2)
    minors = [_minor(b) for b in births]
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    teachers = _staff(g, 8, "us")
    branches = [("1420 W Grove St, Boise", g.phone("US", "national", False)),
                ("310 E Fairview Ave, Meridian", g.phone("US", "national", False))]
    branch = [g.rnd.randrange(len(branches)) for _ in range(g.rows)]
    guardians = [v.person(g, "us") if m else None for m in minors]

    def note() -> str:
        return g.rnd.choice([f"Grandma {v.given(g)} does pickup on Thursdays", "Switched from violin to viola",
                             "Scholarship renewal pending", f"Dad ({v.whole(g)}) asked for a Saturday slot",
                             "Needs a 3/4 size cello"])

    return Table("boise_cms.student_enrollments", "en", "snake", [
        c("enrollment_id", N, "BIGINT", g.keys(40_001), "decoy", KEY),
        c("account_number", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE),
        c("student_first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("student_last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("student_dob", "date_of_birth", "DATE", births),
        c("guardian_name", "person_name", "VARCHAR", [f"{p[0]} {p[1]}" if p else None for p in guardians], ROLE),
        c("guardian_ssn", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.7), 0.82), HEAVY),
        c("guardian_email", "email", "VARCHAR", [v.email_of(g, *(p or pr), v.DOMAINS["us"])
                                                 for p, pr in zip(guardians, pairs, strict=True)]),
        c("guardian_cell", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.9)),
        c("home_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.US_STREETS), 0.04)),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("zip", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("instrument", N, "VARCHAR", g.col(g.pick(v.INSTRUMENTS_EN)), "decoy"),
        c("lesson_length_min", N, "INTEGER", g.col(g.pick([30, 45, 60])), "decoy"),
        c("teacher_name", "person_name", "VARCHAR", g.col(g.pick(teachers)), STAFF),
        c("tuition_plan", N, "VARCHAR", g.col(g.pick(["Monthly", "Semester", "Sliding scale", "Scholarship"])),
          "decoy"),
        c("monthly_tuition", N, "DECIMAL(8,2)", g.amounts(60, 240), "decoy"),
        c("portal_login", USERNAME, "VARCHAR", [v.login(*(p or pr), i) for i, (p, pr) in
                                                enumerate(zip(guardians, pairs, strict=True))], "username"),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "US", "us"), CUSTOM),
        c("enrolled_at", N, "TIMESTAMP", g.moments("2024-08-01", "2025-09-30"), "decoy"),
        c("branch_address", N, "VARCHAR", [branches[i][0] for i in branch], "business"),
        c("branch_phone", N, "VARCHAR", [branches[i][1] for i in branch], "business"),
        c("office_notes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("n/a")), NULLWORD),
    ])


def mu_youth_orchestra(g: Gen) -> Table:
    """A Rose-Hill (Mauritius) youth orchestra's player register (camel case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "mu", female)
        born = g.birth(2005, 2016)
        rows.append((a, b, born, v.mu_nid(g, b, born)))
    tutors = _staff(g, 6, "mu")
    schools = ["Royal College Curepipe", "Queen Elizabeth College", "Loreto College Rose Hill", "MGI Secondary Moka",
               "Collège du Saint-Esprit", "Dr Maurice Curé SSS"]

    def note() -> str:
        return g.rnd.choice(["Asthma, inhaler in case", f"Collected by aunt {v.given(g, 'mu')}", "Peanut allergy",
                             f"Mother {v.whole(g, 'mu')} is first-aider on tour"])

    return Table("mauritiusYouthOrch.playerRegister", "en", "camel", [
        c("playerId", N, "BIGINT", g.keys(1_001), "decoy", KEY),
        c("firstName", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("lastName", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("dateOfBirth", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("nationalIdNo", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.85 else None for r in rows]),
        c("gender", N, "VARCHAR", g.col(g.pick(["F", "M"])), "decoy"),
        c("homeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.MU_STREETS, "mu"), 0.05)),
        c("town", "city", "VARCHAR", g.col(g.pick(v.MU_TOWNS))),
        c("mobileNo", "phone", "VARCHAR", g.phones("MU", {"national": 0.7, "intl": 0.3}, 1.0, 0.35)),
        c("parentGuardianName", "person_name", "VARCHAR", [v.whole(g, "mu") for _ in rows], ROLE),
        c("parentGuardianMobile", "phone", "VARCHAR", g.phones("MU", {"national": 0.6, "e164": 0.4}, 0.9), ROLE),
        c("parentEmail", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "mu"), v.DOMAINS["mu"]), 0.15),
          ROLE),
        c("schoolAttended", N, "VARCHAR", g.col(g.pick(schools)), "business"),
        c("instrument", N, "VARCHAR", g.col(g.pick(v.INSTRUMENTS_EN[:9])), "decoy"),
        c("section", N, "VARCHAR", g.col(g.pick(["Strings", "Woodwind", "Brass", "Percussion"])), "decoy"),
        c("chairPosition", N, "INTEGER", g.ints(1, 12), "decoy"),
        c("loanInstrumentSerial", N, "VARCHAR", g.col(lambda: g.code("MYO-AA-99999"), 0.5), "decoy", SHAPE),
        c("sectionTutor", "person_name", "VARCHAR", g.col(g.pick(tutors)), STAFF),
        c("rehearsalVenue", N, "VARCHAR", g.col(g.pick(["Plaza Theatre, Rose-Hill", "Conservatoire François Mitterrand",
                                                        "Municipal Hall Curepipe"])), "business"),
        c("customField2", N, "VARCHAR", g.col(g.pick(["Bus route 3", "Bus route 7", "Own transport", "Bus route 12"]),
                                               0.2), "decoy", PLAIN),
        c("medicalNotes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil")), NULLWORD),
        c("auditionScore", N, "DOUBLE", g.floats(52, 98, 1), "decoy"),
        c("createdAt", N, "TIMESTAMP", g.moments("2023-01-10", "2025-10-31"), "decoy"),
    ])


def nl_choir(g: Gen) -> Table:
    """A St. John's (Newfoundland) children's choir's choristers (Pascal case)."""
    pairs = [v.person(g, "nl") for _ in range(g.rows)]
    places = [g.rnd.choice(v.NL_CITIES) for _ in range(g.rows)]
    conductors = _staff(g, 3, "nl")
    schools = ["Holy Heart of Mary High", "Bishop Feild Elementary", "St. Bonaventure's College",
               "Macdonald Drive Junior High", "Holy Trinity Elementary"]

    def note() -> str:
        return g.rnd.choice(["Anaphylaxis - EpiPen", "Lactose intolerant", f"Nan ({v.given(g, 'nl')}) chaperones",
                             "Celiac", f"Carpools with {v.whole(g, 'nl')}"])

    return Table("StJohnsYouthChoir.Choristers", "en", "pascal", [
        c("ChoristerId", N, "BIGINT", g.keys(7_001), "decoy", KEY),
        c("FirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("LastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("BirthDate", "date_of_birth", "DATE", g.births(2008, 2018)),
        c("McpNumber", "national_id", "VARCHAR", g.col(lambda: g.digits(12), 0.66), HEAVY),
        c("VoicePart", N, "VARCHAR", g.col(g.pick(v.VOICE_PARTS[:4] + ["Treble"])), "decoy"),
        c("ParentName", "person_name", "VARCHAR", [f"{v.given(g, 'nl')} {b}" for _, b in pairs], ROLE),
        c("ParentPhone", "phone", "VARCHAR", g.phones("CA-NL", {"national": 0.6, "dashes": 0.4}, 0.85), ROLE),
        c("ParentEmail", "email", "VARCHAR", [v.email_of(g, v.given(g, "nl"), b, v.DOMAINS["nl"]) for _, b in pairs],
          ROLE),
        c("StreetAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NL_STREETS, "nl"))),
        c("Town", "city", "VARCHAR", [p[0] for p in places]),
        c("PostalCode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9A9')}" for p in places]),
        c("EmergencyContactName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nl"), 0.1), ROLE),
        c("EmergencyContactPhone", "phone", "VARCHAR", g.phones("CA-NL", {"national": 1.0}, 0.8, 0.1), ROLE),
        c("SchoolName", N, "VARCHAR", g.col(g.pick(schools)), "business"),
        c("Conductor", "person_name", "VARCHAR", g.col(g.pick(conductors)), STAFF),
        c("RehearsalVenue", N, "VARCHAR", ["Cochrane Street United Church hall"] * g.rows, "business"),
        c("RehearsalVenuePhone", N, "VARCHAR", [g.phone("CA-NL", "national", False)] * g.rows, "business"),
        c("TourDeposit", N, "DECIMAL(8,2)", g.col(g.pick([0.0, 150.0, 300.0])), "decoy"),
        c("Udf3", "free_text", "VARCHAR", _custom(g, "CA-NL", "nl"), CUSTOM),
        c("AllergyNotes", "free_text", "VARCHAR", g.sparse(note, 0.82, _words("None known")), NULLWORD),
    ])


def my_exam_candidates(g: Gen) -> Table:
    """A George Town (Penang) music academy's graded exam candidates (SCREAMING case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.6
        born = g.birth(2006, 2019) if g.rnd.random() < 0.9 else g.birth(1975, 2000)
        rows.append((v.whole(g, "my", female), born, v.my_nric(g, born, female, g.rnd.random() < 0.6)))
    places = [g.rnd.choice(v.MY_CITIES) for _ in range(g.rows)]
    accompanists = _staff(g, 4, "my")
    examiners = _staff(g, 5, "ni")
    return Table("PENANG_MUSIC_ACAD.EXAM_CANDIDATES", "en", "screaming", [
        c("CANDIDATE_NO", N, "VARCHAR", g.col(lambda: v.my_nric_decoy(g)), "decoy", SHAPE),
        c("CANDIDATE_NAME", "person_name", "VARCHAR", [r[0] for r in rows]),
        c("MYKAD_NO", "national_id", "VARCHAR", [r[2] if g.rnd.random() < 0.9 else None for r in rows]),
        c("DATE_OF_BIRTH", "date_of_birth", "DATE", [r[1] for r in rows]),
        c("GENDER", N, "VARCHAR", g.col(g.pick(["L", "P"])), "decoy"),
        c("CONTACT_NO", "phone", "VARCHAR", g.phones("MY", {"national": 0.7, "e164": 0.3}, 0.85)),
        c("EMAIL_ADDRESS", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "my"), v.DOMAINS["my"]), 0.1)),
        c("MAILING_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.MY_STREETS, "my"))),
        c("TOWN", "city", "VARCHAR", [p[0] for p in places]),
        c("POSTCODE", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("STATE", N, "VARCHAR", ["Pulau Pinang"] * g.rows, "decoy"),
        c("EXAM_SUBJECT", N, "VARCHAR", g.col(g.pick(["Piano", "Violin", "Theory of Music", "Singing", "Flute"])),
          "decoy"),
        c("GRADE", N, "VARCHAR", g.col(g.pick(v.GRADES)), "decoy"),
        c("EXAM_CENTRE", N, "VARCHAR", g.col(g.pick(["Penang Music Academy Gurney", "Dewan Sri Pinang",
                                                     "Butterworth Arts Centre"])), "business"),
        c("EXAM_DATE", N, "DATE", g.days("2025-05-01", "2025-11-30"), "decoy"),
        c("TEACHER_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "my"), 0.15), ROLE),
        c("ACCOMPANIST_NAME", "person_name", "VARCHAR", g.col(g.pick(accompanists), 0.4), STAFF),
        c("EXAMINER_NAME", "person_name", "VARCHAR", g.col(g.pick(examiners)), STAFF),
        c("FEE_PAID_MYR", N, "DECIMAL(8,2)", g.col(g.pick([180.0, 245.0, 320.0, 410.0, 560.0])), "decoy"),
        c("MARKS", N, "INTEGER", g.ints(88, 150, 0.2), "decoy"),
        c("PAYMENT_REF", N, "VARCHAR", g.col(lambda: g.code("FPX99999999999")), "decoy", SHAPE),
        c("CUSTOM_FIELD_1", "free_text", "VARCHAR", _custom(g, "MY", "my"), CUSTOM),
    ])


def _card(g: Gen) -> str:
    """A card number on file (Visa or Mastercard, Luhn-valid), grouped by four or not."""
    head = g.rnd.choice(["4", "51", "53", "55"])
    body = head + g.digits(15 - len(head))
    d = body + luhn.calc_check_digit(body)
    return " ".join(d[i:i + 4] for i in range(0, 16, 4)) if g.rnd.random() < 0.5 else d


def ni_instrument_hire(g: Gen) -> Table:
    """A Belfast instrument hire shop's rental agreements (abbreviated names)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "ni")
        rows.append((a, b, g.birth(1960, 2005)))
    places = [g.rnd.choice(v.NI_CITIES) for _ in range(g.rows)]
    assistants = _staff(g, 4, "ni")
    kit = [("VN-STN-44", "Stentor Student II violin 4/4"), ("VN-STN-34", "Stentor Student II violin 3/4"),
           ("CL-BUF-E11", "Buffet E11 clarinet"), ("FL-YAM-212", "Yamaha YFL-212 flute"),
           ("TP-JUP-406", "Jupiter JTR-406 trumpet"), ("VC-HID-12", "Hidersine cello 1/2"),
           ("SX-ELK-AS", "Elkhart alto saxophone")]
    item = [g.rnd.randrange(len(kit)) for _ in range(g.rows)]
    young = [g.rnd.random() < 0.35 for _ in range(g.rows)]
    return Table("ihire_bfs.rent_agrmt", "en", "abbrev", [
        c("agrmt_no", N, "VARCHAR", g.col(lambda: g.code("BH-25-999999")), "decoy", SHAPE),
        c("cust_fnm", "first_name", "VARCHAR", [r[0] for r in rows], ABBREV),
        c("cust_snm", "last_name", "VARCHAR", [r[1] for r in rows], ABBREV),
        c("cust_dob", "date_of_birth", "DATE", [r[2] for r in rows], ABBREV),
        c("ctc_ph", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.85), ABBREV),
        c("ctc_eml", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["ni"]) for r in rows], ABBREV),
        c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NI_STREETS, "ni")), ABBREV),
        c("addr_town", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("addr_pcd", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9AA')}" for p in places], ABBREV),
        c("dl_no", "national_id", "VARCHAR", g.col(lambda: g.digits(8), 0.7), ABBREV, HEAVY),
        c("card_no", "credit_card", "VARCHAR", g.col(lambda: _card(g), 0.3), ABBREV),
        c("card_exp", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 12):02d}/{g.rnd.randint(26, 30)}", 0.3),
          "decoy"),
        c("inst_sku", N, "VARCHAR", [kit[i][0] for i in item], "decoy", SHAPE),
        c("inst_desc", N, "VARCHAR", [kit[i][1] for i in item], "decoy"),
        c("inst_srl", N, "VARCHAR", g.col(lambda: g.code("AA9999999")), "decoy", SHAPE),
        c("hire_start", N, "DATE", g.days("2024-08-15", "2025-10-31"), "decoy"),
        c("mthly_amt", N, "DECIMAL(6,2)", g.col(g.pick([12.5, 15.0, 18.0, 22.5, 30.0])), "decoy"),
        c("stu_nm", "person_name", "VARCHAR", [f"{v.given(g, 'ni')} {r[1]}" if y or g.rnd.random() < 0.3 else None
                                               for r, y in zip(rows, young, strict=True)], ROLE),
        c("gtor_nm", "person_name", "VARCHAR", [v.whole(g, "ni") if y else None for y in young], ROLE, ABBREV, HEAVY),
        c("gtor_ph", "phone", "VARCHAR", [g.phone("GB", "national") if y else None for y in young], ROLE, ABBREV,
          HEAVY),
        c("shop_addr", N, "VARCHAR", g.col(g.pick(["112 Botanic Avenue, Belfast BT7 1JR",
                                                   "14 Main Street, Bangor BT20 5AG"])), "business"),
        c("shop_ph", N, "VARCHAR", g.col(g.pick([g.phone("GB", "national", False),
                                                 g.phone("GB", "national", False)])), "business"),
        c("shop_eml", N, "VARCHAR", g.col(g.pick(["hire@bowandbell.example.co.uk", "bangor@bowandbell.example.co.uk"])),
          "business"),
        c("srv_by", "person_name", "VARCHAR", g.col(g.pick(assistants)), STAFF, ABBREV),
        c("ord_ts", N, "TIMESTAMP", g.moments("2024-08-01", "2025-10-31"), "decoy"),
        c("trk_no", N, "VARCHAR", g.col(lambda: g.code("AA999999999GB"), 0.55), "decoy", SHAPE),
    ])


def sk_scholarship_extract(g: Gen) -> Table:
    """A Saskatchewan music festival association's scholarship payments, a COBOL extract (T4A)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "sk")
        born = g.birth(2004, 2016) if g.rnd.random() < 0.8 else g.birth(1995, 2003)
        rows.append((a, b, born))
    places = [g.rnd.choice(v.SK_CITIES) for _ in range(g.rows)]
    adjudicators = _staff(g, 6, "nl")
    districts = ["SASKATOON", "REGINA", "PRINCE ALBERT", "MOOSE JAW", "SWIFT CURRENT", "YORKTON"]
    return Table("SMFALGCY.SCHOL_PAYMT_EXTRACT", "en", "cobol", [
        c("SMF-PAY-NO", N, "BIGINT", g.keys(2_500_001), "decoy", KEY, LEGACY),
        c("SMF-CHEQUE-NO", N, "VARCHAR", _pad(g.col(lambda: g.code("0099999")), 8), "decoy", LEGACY),
        c("SMF-RECIP-LAST-NM", "last_name", "VARCHAR", _pad([r[1].upper() for r in rows], 20), LEGACY),
        c("SMF-RECIP-FIRST-NM", "first_name", "VARCHAR", _pad([r[0].upper() for r in rows], 15), LEGACY),
        c("SMF-RECIP-DOB", "date_of_birth", "INTEGER", [_ymd(r[2]) if g.rnd.random() < 0.9 else 0 for r in rows],
          LEGACY),
        c("SMF-RECIP-SIN", "ssn", "VARCHAR", _pad([v.ca_sin(g) if g.rnd.random() < 0.75 else None for _ in rows], 9),
          LEGACY),
        c("SMF-RECIP-ADDR", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.SK_STREETS, "sk").upper()),
                                                              30), LEGACY),
        c("SMF-RECIP-CITY", "city", "VARCHAR", _pad([p[0].upper() for p in places], 18), LEGACY),
        c("SMF-RECIP-PCODE", "postal_code", "VARCHAR", _pad([f"{p[1]}{g.code('9A9')}" for p in places], 7), LEGACY),
        c("SMF-RECIP-PHONE", "phone", "BIGINT", [int(g.phone("CA-SK", "digits", g.rnd.random() < 0.7))
                                                 if g.rnd.random() < 0.8 else 0 for _ in rows], LEGACY),
        c("SMF-PARENT-NM", "person_name", "VARCHAR", _pad([f"{v.given(g, 'sk')} {r[1]}".upper() if _minor(r[2])
                                                            else None for r in rows], 30), ROLE, LEGACY),
        c("SMF-TEACHER-NM", "person_name", "VARCHAR", _pad(g.col(lambda: v.whole(g, "sk").upper(), 0.1), 30), ROLE,
          LEGACY),
        c("SMF-ADJUDICATOR", "person_name", "VARCHAR", _pad(g.col(g.pick([a.upper() for a in adjudicators])), 30),
          STAFF, LEGACY),
        c("SMF-FESTIVAL-DIST", N, "VARCHAR", _pad(g.col(g.pick(districts)), 16), "decoy", LEGACY),
        c("SMF-CLASS-NO", N, "VARCHAR", _pad(g.col(lambda: g.code("A9999")), 6), "decoy", LEGACY),
        c("SMF-AWARD-AMT", N, "DECIMAL(7,2)", g.col(g.pick([100.0, 150.0, 250.0, 500.0, 1000.0])), "decoy", LEGACY),
        c("SMF-PAY-DT", N, "INTEGER", [_ymd(g.day("2025-04-15", "2025-07-31")) for _ in rows], "decoy", LEGACY),
        c("SMF-T4A-BOX", N, "VARCHAR", ["105"] * g.rows, "decoy", LEGACY),
        c("SMF-FORM-REF", N, "VARCHAR", g.col(lambda: v.luhn_decoy(g, 9)), "decoy", SHAPE, LEGACY),
        c("SMF-USER-FLD-1", "free_text", "VARCHAR", _pad(_custom(g, "CA-SK", "sk"), 40), CUSTOM, LEGACY),
    ])


def gh_online_enrolments(g: Gen) -> Table:
    """An Accra music school's online enrolments, landed as an opaque staging table."""
    def dob() -> str:
        d = g.birth(1985, 2017)
        return f"{d.day:02d}/{d.month:02d}/{d.year}"

    places = [g.rnd.choice(v.GH_CITIES) for _ in range(g.rows)]
    guardian = [g.rnd.random() < 0.55 for _ in range(g.rows)]
    return Table("stg_accra_music.src_enrol_raw", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "gh")), OPAQUE),
        c("col03", "date_of_birth", "VARCHAR", g.col(dob, 0.05), OPAQUE),
        c("col04", "phone", "VARCHAR", g.phones("GH", {"e164": 0.4, "national": 0.6}, 0.95), OPAQUE),
        c("col05", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "gh"), v.DOMAINS["gh"]), 0.2),
          OPAQUE),
        c("col06", "street_address", "VARCHAR", [f"{p[1]}-{g.rnd.randint(1, 999)}-{g.digits(4)}" for p in places],
          OPAQUE),
        c("col07", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col08", "national_id", "VARCHAR", g.col(lambda: f"GHA-{g.digits(9)}-{g.digits(1)}", 0.25), OPAQUE),
        c("col09", "national_id", "VARCHAR", g.col(lambda: v.gh_tin(g), 0.75), OPAQUE, HEAVY),
        c("col10", N, "VARCHAR", g.col(lambda: v.gh_tin_decoy(g)), "decoy", SHAPE, OPAQUE),
        c("col11", N, "VARCHAR", g.col(g.pick(["Piano Grade Prep", "Adult Guitar", "Children's Choir", "Violin",
                                               "Atenteben & Seprewa", "Music Theory"])), "decoy", OPAQUE),
        c("col12", N, "DOUBLE", g.col(g.pick([450.0, 600.0, 850.0, 1200.0])), "decoy", OPAQUE),
        c("col13", "person_name", "VARCHAR", [v.whole(g, "gh") if x else None for x in guardian], ROLE, OPAQUE),
        c("col14", "phone", "VARCHAR", [g.phone("GH", "national") if x else None for x in guardian], ROLE, OPAQUE),
        c("col15", "ip_address", "VARCHAR", g.col(g.ip), OPAQUE),
        c("col16", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c("col17", N, "TIMESTAMP", g.moments("2025-08-01", "2025-10-31"), "decoy", OPAQUE),
        c("col18", N, "VARCHAR", g.col(g.version), "decoy", OPAQUE),
        c("col19", N, "VARCHAR", g.col(lambda: g.code("99999999999"), 0.3), "decoy", SHAPE, OPAQUE),
    ])


def tt_pan_camp_form(g: Gen) -> Table:
    """A Port of Spain steelpan youth camp's registration form (Google Forms export, questions as column names)."""
    births = g.births(2008, 2018)
    bands = ["Invaders Junior Steel Orchestra", "Exodus Youth Pan", "Fatima College Pan Side", "Skiffle Bunch Juniors",
             "Bishop Anstey East Steel", "Desperadoes Youth"]

    def dob(d: date) -> str:
        return f"{d.month}/{d.day}/{d.year}"

    def emergency() -> str:
        return g.rnd.choice([f"{v.whole(g, 'tt')} {g.phone('TT', 'dashes')}",
                             f"Aunty {v.given(g, 'tt')} - {g.phone('TT', 'national')}",
                             f"{v.whole(g, 'tt')} (granny) {g.phone('TT', 'digits')}"])

    def allergy() -> str:
        return g.rnd.choice(["Asthma - pump in bag", "Allergic to shellfish", "Sickle cell trait", "Wears glasses"])

    return Table("tt_pan_camp.form_responses_1", "en", "form", [
        c("Timestamp", N, "TIMESTAMP", g.moments("2025-05-01", "2025-06-30"), "decoy"),
        c("Email Address", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "tt"), v.DOMAINS["tt"]))),
        c("Child's full name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "tt"))),
        c("Child's date of birth", "date_of_birth", "VARCHAR", [dob(d) for d in births]),
        c("Age at 1 July 2025", N, "INTEGER", [2025 - d.year - ((d.month, d.day) > (7, 1)) for d in births], "decoy"),
        c("Parent/Guardian full name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "tt")), ROLE),
        c("Parent/Guardian WhatsApp number", "phone", "VARCHAR",
          g.phones("TT", {"dashes": 0.5, "national": 0.3, "e164": 0.2}, 0.95), ROLE),
        c("Home address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.TT_STREETS, "tt"))),
        c("Town/Village", "city", "VARCHAR", g.col(g.pick(v.TT_CITIES))),
        c("Steelband or school", N, "VARCHAR", g.col(g.pick(bands)), "business"),
        c("Section (tenor, double seconds, guitar, cello, bass)", N, "VARCHAR",
          g.col(g.pick(["Tenor", "Double tenor", "Double seconds", "Guitar", "Cello", "Bass", "Engine room"])),
          "decoy"),
        c("Years playing pan", N, "VARCHAR", g.col(g.pick(["0", "1", "2", "3-5", "5+"])), "decoy"),
        c("T-shirt size", N, "VARCHAR", g.col(g.pick(["YS", "YM", "YL", "S", "M", "L"])), "decoy"),
        c("Passport number (Miami exchange only)", "national_id", "VARCHAR", g.col(lambda: g.code("TA999999"), 0.8),
          HEAVY),
        c("Emergency contact (name and phone)", "free_text", "VARCHAR", g.col(emergency, 0.05), ROLE),
        c("Allergies or medical conditions", "free_text", "VARCHAR", g.sparse(allergy, 0.8, _words("No", "no")),
          NULLWORD),
        c("Photo consent", N, "VARCHAR", g.col(g.pick(["Yes", "No"])), "decoy"),
        c("How did you hear about the camp?", N, "VARCHAR", g.col(g.pick(["Facebook", "School", "Band leader",
                                                                          "Word of mouth"])), "decoy"),
        c("Camp fee receipt no.", N, "VARCHAR", g.col(lambda: g.code("PSC-2025-9999"), 0.2), "decoy", SHAPE),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def at_musikschule(g: Gen) -> Table:
    """A Klagenfurt music school's registrations (Austrian German, snake case)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "at")
        born = g.birth(2008, 2021) if g.rnd.random() < 0.88 else g.birth(1955, 2000)
        rows.append((a, b, born, v.at_svnr(g, born, g.rnd.random() < 0.6)))
    places = [g.rnd.choice(v.AT_CITIES) for _ in range(g.rows)]
    teachers = _staff(g, 8, "at")
    guardians = [f"{v.given(g, 'at')} {r[1]}" if _minor(r[2]) else None for r in rows]

    def note() -> str:
        return g.rnd.choice(["Geschwisterermäßigung", f"Abholung durch Oma {v.given(g, 'at')}",
                             "Leihinstrument ab Oktober", f"Wechsel zu Lehrkraft {v.whole(g, 'at')} gewünscht"])

    return Table("musikschule_klagenfurt.schueler_anmeldungen", "de", "snake", [
        c("anmeldung_id", N, "BIGINT", g.keys(90_001), "decoy", KEY),
        c("vorname", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("familienname", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("geburtsdatum", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("sv_nummer", "ssn", "VARCHAR", [r[3] if g.rnd.random() < 0.95 else None for r in rows]),
        c("erziehungsberechtigte_r", "person_name", "VARCHAR", guardians, ROLE),
        c("telefon_erziehungsberechtigte", "phone", "VARCHAR", g.phones("AT", {"national": 0.7, "intl": 0.3}, 0.85,
                                                                       0.1), ROLE),
        c("email_kontakt", "email", "VARCHAR", [v.email_of(g, v.given(g, "at"), r[1], v.DOMAINS["at"]) for r in rows]),
        c("strasse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AT_STREETS, "at"))),
        c("plz", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("ort", "city", "VARCHAR", [p[0] for p in places]),
        c("bundesland", N, "VARCHAR", ["Kärnten"] * g.rows, "decoy"),
        c("instrument", N, "VARCHAR", g.col(g.pick(["Violine", "Klavier", "Steirische Harmonika", "Querflöte",
                                                    "Trompete", "Gitarre", "Blockflöte", "Sologesang"])), "decoy"),
        c("unterrichtsform", N, "VARCHAR", g.col(g.pick(["Einzelunterricht 50 min", "Einzelunterricht 25 min",
                                                         "Gruppenunterricht", "Elementares Musizieren"])), "decoy"),
        c("lehrkraft", "person_name", "VARCHAR", g.col(g.pick(teachers)), STAFF),
        c("schulgeld_semester", N, "DECIMAL(7,2)", g.col(g.pick([98.0, 164.0, 212.5, 286.0])), "decoy"),
        c("iban_lastschrift", "iban", "VARCHAR", g.col(lambda: v.iban(g, "AT", "9999999999999999"), 0.2)),
        c("kontoinhaber", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "at"), 0.72), ROLE, HEAVY),
        c("leihinstrument_inventarnr", N, "VARCHAR", g.col(lambda: g.code("MSK-L-9999"), 0.6), "decoy", SHAPE),
        c("zusatzfeld_2", "free_text", "VARCHAR", _custom(g, "AT", "at"), CUSTOM),
        c("anmerkungen", "free_text", "VARCHAR", g.sparse(note, 0.76, _words("keine", "k.A.")), NULLWORD),
        c("angemeldet_am", N, "TIMESTAMP", g.moments("2025-03-01", "2025-09-15"), "decoy"),
    ])


def it_noleggio_archi(g: Gen) -> Table:
    """A Cremona string instrument workshop's rental contracts (Italian, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "it", female)
        born = g.birth(1965, 2004)
        birthplace = g.rnd.choice(v.IT_CITIES)
        rows.append((a, b, born, birthplace[0], v.codice_fiscale(g, a, b, born, female, birthplace[2])))
    places = [g.rnd.choice(v.IT_CITIES) for _ in range(g.rows)]
    makers = _staff(g, 3, "it")
    minors = [g.rnd.random() < 0.55 for _ in range(g.rows)]
    piva = v.it_iva(g)
    return Table("noleggio_archi_cremona.contratti_noleggio", "it", "snake", [
        c("numero_contratto", N, "VARCHAR", g.col(lambda: g.code("NOL/2025/9999")), "decoy", SHAPE),
        c("cognome", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("nome", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("data_nascita", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("luogo_nascita", "city", "VARCHAR", [r[3] for r in rows]),
        c("codice_fiscale", "national_id", "VARCHAR", [r[4] for r in rows]),
        c("indirizzo", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IT_STREETS, "it"))),
        c("cap", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("comune", "city", "VARCHAR", [p[0] for p in places]),
        c("provincia", N, "VARCHAR", [{"Cremona": "CR", "Crema": "CR", "Casalmaggiore": "CR", "Soresina": "CR",
                                       "Castelverde": "CR", "Piacenza": "PC", "Parma": "PR", "Mantova": "MN",
                                       "Brescia": "BS", "Lodi": "LO"}[p[0]] for p in places], "decoy"),
        c("cellulare", "phone", "VARCHAR", g.phones("IT", {"national": 0.6, "intl": 0.4}, 0.9)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["it"]) for r in rows]),
        c("iban_addebito", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IT", "A9999999999ZZZZZZZZZZZZ"), 0.15)),
        c("strumento", N, "VARCHAR", g.col(g.pick(["Violino", "Viola", "Violoncello", "Contrabbasso"])), "decoy"),
        c("misura", N, "VARCHAR", g.col(g.pick(["4/4", "3/4", "1/2", "1/4", "7/8"])), "decoy"),
        c("matricola_strumento", N, "VARCHAR", g.col(lambda: g.code("CR-99-9999")), "decoy", SHAPE),
        c("valore_assicurato", N, "DECIMAL(9,2)", g.col(g.pick([800.0, 1500.0, 2400.0, 4200.0])), "decoy"),
        c("canone_mensile", N, "DECIMAL(6,2)", g.col(g.pick([25.0, 35.0, 45.0, 60.0])), "decoy"),
        c("data_inizio", N, "DATE", g.days("2024-09-01", "2025-10-31"), "decoy"),
        c("allievo_minorenne", "person_name", "VARCHAR", [f"{v.given(g, 'it')} {r[1]}" if m else None
                                                          for r, m in zip(rows, minors, strict=True)], ROLE),
        c("garante", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "it"), 0.8), ROLE, HEAVY),
        c("liutaio_referente", "person_name", "VARCHAR", g.col(g.pick(makers)), STAFF),
        c("partita_iva_bottega", N, "VARCHAR", [piva] * g.rows, "business", SHAPE),
        c("sede_bottega", N, "VARCHAR", ["Via Palestro 17/B, 26100 Cremona"] * g.rows, "business"),
        c("campo_libero_2", N, "VARCHAR", g.col(g.pick(["archetto in pernambuco", "custodia rigida", "spalliera",
                                                        "colofonia", "sordina"]), 0.3), "decoy", PLAIN),
        c("firmato_il", N, "TIMESTAMP", g.moments("2024-09-01", "2025-10-31"), "decoy"),
    ])


def pl_rekrutacja(g: Gen) -> Table:
    """A Rzeszów state music school's admissions (Polish, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "pl", female)
        born = g.birth(2014, 2019)
        rows.append((a, b, born, v.pesel(g, born, female), female))
    places = [g.rnd.choice(v.PL_CITIES) for _ in range(g.rows)]
    committee = _staff(g, 3, "pl")
    nip = v.pl_nip(g)

    def note() -> str:
        return g.rnd.choice(["Rodzeństwo w szkole", f"Opiekun: babcia {v.whole(g, 'pl')}", "Dobry słuch, rytm słaby",
                             "Orzeczenie o potrzebie kształcenia specjalnego"])

    return Table("psm_rzeszow.rekrutacja_kandydaci", "pl", "snake", [
        c("id_kandydata", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("numer_kandydata", N, "VARCHAR", g.col(lambda: g.code("R/2025/9999")), "decoy", SHAPE),
        c("imie", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("drugie_imie", "first_name", "VARCHAR", [v.person(g, "pl", r[4])[0] if g.rnd.random() < 0.4 else None
                                                   for r in rows], HEAVY),
        c("nazwisko", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("pesel", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("data_urodzenia", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("imie_nazwisko_opiekuna", "person_name", "VARCHAR", [f"{v.given(g, 'pl')} {r[1]}" for r in rows], ROLE),
        c("telefon_opiekuna", "phone", "VARCHAR", g.phones("PL", {"national": 0.7, "e164": 0.3}, 0.95), ROLE),
        c("email_opiekuna", "email", "VARCHAR", [v.email_of(g, v.given(g, "pl"), r[1], v.DOMAINS["pl"]) for r in rows],
          ROLE),
        c("ulica", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PL_STREETS, "pl"))),
        c("kod_pocztowy", "postal_code", "VARCHAR", [p[1] + g.digits(6 - len(p[1])) for p in places]),
        c("miejscowosc", "city", "VARCHAR", [p[0] for p in places]),
        c("wojewodztwo", N, "VARCHAR", ["podkarpackie"] * g.rows, "decoy"),
        c("szkola_ogolnoksztalcaca", N, "VARCHAR", g.col(g.pick(["SP nr 10 w Rzeszowie", "SP nr 28 w Rzeszowie",
                                                                 "SP nr 1 w Łańcucie", "SP w Tyczynie"])), "business"),
        c("instrument_wybrany", N, "VARCHAR", g.col(g.pick(["skrzypce", "fortepian", "akordeon", "flet poprzeczny",
                                                            "wiolonczela", "gitara", "perkusja"])), "decoy"),
        c("wynik_badania", N, "INTEGER", g.ints(5, 25), "decoy"),
        c("przewodniczacy_komisji", "person_name", "VARCHAR", g.col(g.pick(committee)), STAFF),
        c("nip_szkoly", N, "VARCHAR", [nip] * g.rows, "business", SHAPE),
        c("pole_dodatkowe_1", "free_text", "VARCHAR", _custom(g, "PL", "pl"), CUSTOM),
        c("uwagi", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("brak")), NULLWORD),
        c("data_zgloszenia", N, "TIMESTAMP", g.moments("2025-03-01", "2025-05-20"), "decoy"),
    ])


def tr_konservatuvar(g: Gen) -> Table:
    """An Eskişehir conservatory's aptitude exam applications (Turkish, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "tr", female)
        born = g.birth(2003, 2014)
        rows.append((a, b, born))
    places = [g.rnd.choice(v.TR_CITIES) for _ in range(g.rows)]
    jury = _staff(g, 6, "tr")
    minors = [_minor(r[2]) for r in rows]
    return Table("konservatuvar_eskisehir.ozel_yetenek_basvurulari", "tr", "snake", [
        c("basvuru_no", N, "VARCHAR", g.col(lambda: v.tckn_decoy(g)), "decoy", SHAPE),
        c("tc_kimlik_no", "national_id", "VARCHAR", g.col(lambda: v.tckn(g), 0.03)),
        c("ad", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("soyad", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("dogum_tarihi", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("baba_adi", "first_name", "VARCHAR", [v.person(g, "tr", False)[0] for _ in rows], ROLE),
        c("cep_telefonu", "phone", "VARCHAR", g.phones("TR", {"national": 0.7, "e164": 0.3}, 1.0, 0.05)),
        c("e_posta", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["tr"]) for r in rows]),
        c("adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.TR_STREETS, "tr"))),
        c("ilce", "city", "VARCHAR", [p[0] for p in places]),
        c("il", N, "VARCHAR", ["Eskişehir"] * g.rows, "decoy"),
        c("posta_kodu", "postal_code", "VARCHAR", [p[1] + g.digits(2) for p in places]),
        c("veli_ad_soyad", "person_name", "VARCHAR", [f"{v.given(g, 'tr')} {r[1]}" if m else None
                                                      for r, m in zip(rows, minors, strict=True)], ROLE),
        c("veli_telefonu", "phone", "VARCHAR", [g.phone("TR", "national") if m else None for m in minors], ROLE),
        c("bolum", N, "VARCHAR", g.col(g.pick(["Müzik Bölümü", "Sahne Sanatları", "Temel Bilimler (Lise)"])),
          "decoy"),
        c("enstruman", N, "VARCHAR", g.col(g.pick(["Keman", "Viyolonsel", "Piyano", "Bağlama", "Ney", "Kanun",
                                                   "Flüt"])), "decoy"),
        c("sinav_puani", N, "DOUBLE", g.floats(40, 100, 2), "decoy"),
        c("sinav_salonu", N, "VARCHAR", g.col(g.pick(["A-101", "A-104", "Konser Salonu", "B-Blok 12"])), "decoy"),
        c("juri_uyesi", "person_name", "VARCHAR", g.col(g.pick(jury)), STAFF),
        c("iade_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "TR", "99999" + "0" + "9999999999999999"), 0.8),
          HEAVY),
        c("kurum_vergi_no", N, "VARCHAR", [v.tr_vkn(g)] * g.rows, "business", SHAPE),
        c("ek_alan_2", N, "VARCHAR", g.col(g.pick(["1. oturum", "2. oturum", "Sabah", "Öğleden sonra"])), "decoy",
          PLAIN),
        c("basvuru_tarihi", N, "TIMESTAMP", g.moments("2025-06-01", "2025-07-15"), "decoy"),
    ])


def br_escola_musica(g: Gen) -> Table:
    """A Belém music school's enrolments (Brazilian Portuguese, snake case)."""
    births = _pupils(g, (2009, 2019), (1970, 2006), 0.25)
    places = [g.rnd.choice(v.BR_CITIES) for _ in range(g.rows)]
    teachers = _staff(g, 7, "br")
    minors = [_minor(b) for b in births]

    def obs() -> str:
        return g.rnd.choice(["Bolsista", f"Irmã {v.given(g, 'br')} também matriculada", "Precisa de instrumento",
                             f"Autorizado a sair com o tio {v.whole(g, 'br')}"])

    return Table("escola_musica_belem.matriculas", "pt", "snake", [
        c("id_matricula", N, "BIGINT", g.keys(250_001), "decoy", KEY),
        c("numero_matricula", N, "VARCHAR", g.col(lambda: g.code("2025.9.99999")), "decoy", SHAPE),
        c("nome_aluno", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "br"))),
        c("data_nascimento", "date_of_birth", "DATE", births),
        c("cpf_aluno", "national_id", "VARCHAR", g.col(lambda: v.cpf(g, g.rnd.random() < 0.7), 0.3)),
        c("rg_aluno", "national_id", "VARCHAR", g.col(lambda: f"{g.digits(7)} SSP/PA", 0.55)),
        c("nome_responsavel", "person_name", "VARCHAR", [v.whole(g, "br") if m else None for m in minors], ROLE),
        c("cpf_responsavel", "national_id", "VARCHAR", [v.cpf(g) if m else None for m in minors], ROLE),
        c("celular_responsavel", "phone", "VARCHAR", g.phones("BR", {"national": 0.7, "e164": 0.3}, 0.9), ROLE),
        c("email", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "br"), v.DOMAINS["br"]), 0.1)),
        c("logradouro", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.BR_STREETS, "br"))),
        c("municipio", "city", "VARCHAR", [p[0] for p in places]),
        c("uf", N, "VARCHAR", ["PA"] * g.rows, "decoy"),
        c("cep", "postal_code", "VARCHAR", [f"{p[1]}{g.digits(2)}-{g.digits(3)}" for p in places]),
        c("curso", N, "VARCHAR", g.col(g.pick(["Violino", "Canto Coral", "Percussão (carimbó)", "Violão", "Flauta doce",
                                               "Teclado", "Cavaquinho"])), "decoy"),
        c("turno", N, "VARCHAR", g.col(g.pick(["Manhã", "Tarde", "Noite"])), "decoy"),
        c("professor", "person_name", "VARCHAR", g.col(g.pick(teachers)), STAFF),
        c("mensalidade", N, "DECIMAL(8,2)", g.col(g.pick([0.0, 120.0, 180.0, 240.0])), "decoy"),
        c("cnpj_escola", N, "VARCHAR", [v.cnpj(g)] * g.rows, "business", SHAPE),
        c("campo_livre_1", "free_text", "VARCHAR", _custom(g, "BR", "br"), CUSTOM),
        c("observacoes", "free_text", "VARCHAR", g.sparse(obs, 0.78, _words("sem observações")), NULLWORD),
        c("data_matricula", N, "DATE", g.days("2025-01-15", "2025-08-15"), "decoy"),
    ])


def ec_sinfonica_juvenil(g: Gen) -> Table:
    """A Cuenca (Azuay) youth symphony's members (Ecuadorian Spanish, snake case)."""
    pairs = []
    for _ in range(g.rows):
        a, b = v.person(g, "ec")
        pairs.append((a + (" " + v.given(g, "ec") if g.rnd.random() < 0.6 else ""),
                      b + " " + v.person(g, "ec")[1]))
    places = [g.rnd.choice(v.EC_CITIES) for _ in range(g.rows)]
    heads = _staff(g, 5, "ec")
    sponsors = [("Cooperativa Jardín Azuayo", v.ec_ruc(g)), ("Cerámica del Austro S.A.", v.ec_ruc(g)),
                ("Fundación Música para Todos", v.ec_ruc(g))]
    sponsor = [g.rnd.randrange(len(sponsors)) for _ in range(g.rows)]

    def obs() -> str:
        return g.rnd.choice(["Beca completa", f"Retira la tía {v.given(g, 'ec')}", "Instrumento propio",
                             f"Comparte atril con {v.whole(g, 'ec')}"])

    return Table("sinfonica_juvenil_azuay.integrantes", "es", "snake", [
        c("id_integrante", N, "BIGINT", g.keys(3_001), "decoy", KEY),
        c("numero_ficha", N, "VARCHAR", g.col(lambda: v.ec_ci_decoy(g)), "decoy", SHAPE),
        c("nombres", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("apellidos", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("cedula", "national_id", "VARCHAR", g.col(lambda: v.ec_ci(g), 0.05)),
        c("fecha_nacimiento", "date_of_birth", "DATE", g.births(2005, 2016)),
        c("representante_legal", "person_name", "VARCHAR", [f"{v.given(g, 'ec')} {b}" for _, b in pairs], ROLE),
        c("cedula_representante", "national_id", "VARCHAR", g.col(lambda: v.ec_ci(g), 0.1), ROLE),
        c("celular_representante", "phone", "VARCHAR", g.phones("EC", {"national": 0.8, "e164": 0.2}, 0.9), ROLE),
        c("correo_representante", "email", "VARCHAR",
          [v.email_of(g, v.given(g, "ec"), b, v.DOMAINS["ec"]) for _, b in pairs], ROLE),
        c("direccion_domicilio", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.EC_STREETS, "ec"))),
        c("canton", "city", "VARCHAR", [p[0] for p in places]),
        c("provincia", N, "VARCHAR", ["Azuay"] * g.rows, "decoy"),
        c("codigo_postal", "postal_code", "VARCHAR", [p[1] + g.digits(2) for p in places]),
        c("instrumento", N, "VARCHAR", g.col(g.pick(["Violín", "Viola", "Violonchelo", "Contrabajo", "Flauta",
                                                     "Clarinete", "Corno", "Percusión"])), "decoy"),
        c("atril", N, "INTEGER", g.ints(1, 10), "decoy"),
        c("jefe_de_seccion", "person_name", "VARCHAR", g.col(g.pick(heads)), STAFF),
        c("unidad_educativa", N, "VARCHAR", g.col(g.pick(["U.E. Benigno Malo", "Colegio Borja", "U.E. Santana",
                                                          "U.E. Manuel J. Calle"])), "business"),
        c("auspiciante", N, "VARCHAR", [sponsors[i][0] for i in sponsor], "business"),
        c("ruc_auspiciante", N, "VARCHAR", [sponsors[i][1] for i in sponsor], "business", SHAPE),
        c("campo_extra_2", N, "VARCHAR", g.col(g.pick(["Beca transporte", "Sin beca", "Beca 50%"]), 0.2), "decoy",
          PLAIN),
        c("observaciones", "free_text", "VARCHAR", g.sparse(obs, 0.75, _words("ninguna", "sin novedad")), NULLWORD),
    ])


def ja_junior_orchestra_tour(g: Gen) -> Table:
    """A Kanazawa junior orchestra's overseas tour participants (Japanese script column names and values)."""
    people = [v.ja_person(g) for _ in range(g.rows)]
    places = [g.rnd.choice(v.JA_CITIES) for _ in range(g.rows)]
    chaperones = _staff(g, 4, "ja")

    def bikou() -> str:
        return g.rnd.choice(["乗り物酔いあり", f"祖母の{v.whole(g, 'ja')}さんが空港まで送迎", "そばアレルギー",
                             f"同室希望：{v.whole(g, 'ja')}"])

    return Table("金沢ジュニア管弦楽団.海外公演参加者名簿", "ja", "japanese", [
        c("参加者ID", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("氏名", "person_name", "VARCHAR", [f"{f[0]} {gv[0]}" for f, gv in people]),
        c("フリガナ", "person_name", "VARCHAR", [f"{f[1]} {gv[1]}" for f, gv in people]),
        c("ローマ字氏名", "person_name", "VARCHAR", [f"{f[2]} {gv[2]}" for f, gv in people]),
        c("生年月日", "date_of_birth", "DATE", g.births(2007, 2015)),
        c("性別", N, "VARCHAR", g.col(g.pick(["男", "女"])), "decoy"),
        c("旅券番号", "national_id", "VARCHAR", g.col(lambda: g.rnd.choice(["TK", "TR", "TS", "TH", "MU"]) + g.digits(7),
                                                      0.05)),
        c("旅券有効期限", N, "DATE", g.days("2026-03-01", "2035-12-31", 0.05), "decoy"),
        c("郵便番号", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(4)}" for p in places]),
        c("住所", "street_address", "VARCHAR", g.col(g.pick(v.JA_STREETS))),
        c("市区町村", "city", "VARCHAR", [p[0] for p in places]),
        c("電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 0.9, "e164": 0.1}, 0.5)),
        c("メールアドレス", "email", "VARCHAR", g.col(lambda: v.romaji_email(g), 0.05)),
        c("保護者氏名", "person_name", "VARCHAR", [f"{f[0]} {g.rnd.choice(v.JA_GIVEN)[0]}" for f, _ in people], ROLE),
        c("保護者携帯", "phone", "VARCHAR", g.phones("JP", {"national": 1.0}, 1.0, 0.05), ROLE),
        c("担当楽器", N, "VARCHAR", g.col(g.pick(["ヴァイオリン", "ヴィオラ", "チェロ", "コントラバス", "フルート",
                                                  "オーボエ", "ホルン", "打楽器"])), "decoy"),
        c("引率者", "person_name", "VARCHAR", g.col(g.pick(chaperones)), STAFF),
        c("航空券予約番号", N, "VARCHAR", g.col(lambda: g.code("ZZZZZZ")), "decoy", SHAPE),
        c("自由項目2", "free_text", "VARCHAR", _custom(g, "JP", "ja"), CUSTOM),
        c("備考", "free_text", "VARCHAR", g.sparse(bikou, 0.8, _words("なし", "特になし")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (us_boise_enrollments, 700), (mu_youth_orchestra, 380), (nl_choir, 320), (my_exam_candidates, 600),
    (ni_instrument_hire, 500), (sk_scholarship_extract, 450), (gh_online_enrolments, 420), (tt_pan_camp_form, 260),
    (at_musikschule, 650), (it_noleggio_archi, 400), (pl_rekrutacja, 500), (tr_konservatuvar, 550),
    (br_escola_musica, 600), (ec_sinfonica_juvenil, 450), (ja_junior_orchestra_tour, 300),
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
