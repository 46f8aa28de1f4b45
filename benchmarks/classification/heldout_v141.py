"""Held-out set v141 for the column classifier: 15 tables of *universities and student administration* (graduate
applications and undergraduate admissions, exchange students, student housing, scholarships, bursaries and tuition
fee exemptions, federal student aid, exam records, library and ID cards, alumni giving), one system per table and
each a different organisation, eight with English column names and seven in other languages:

* ``bigsky_gradschool.applications``: a Montana state university's graduate school applications (snake case, SSN for
  assistantship payroll, application references shaped like SSNs failing the rules, recommenders, undergraduate
  colleges named after people, a portal login, ``misc_1`` holding personal data);
* ``exchangeOffice.incomingStudents``: an Edinburgh university's incoming exchange students (camel case, passports
  and home-country identifiers of six countries in one column: the German IdNr, INE, codice fiscale, DNI, PESEL and
  rodné číslo; dates of birth as ``dd/mm/yyyy`` text, emergency contacts with home-country phones, Erasmus codes,
  ``customField2`` holding document codes only);
* ``HarbourviewUniversity.ResidenceAssignments``: a Halifax university's residence room assignments (Pascal case, SIN
  of resident assistants paid a stipend, damage deposit references failing the Luhn check, roommates, residence
  buildings, their coordinates and front desk phones, ``Udf2`` holding personal data);
* ``FEES_LEDGER.SCHOLARSHIP_DISBURSEMENTS``: a Nairobi private university's bursary and scholarship disbursements
  (SCREAMING case, Kenyan ID numbers, KRA PINs, M-Pesa phones and receipt codes, P.O. boxes, guardians, sponsors'
  funds, ``APPROVED_BY``, ``CUSTOM_FIELD_2`` holding sponsor codes only);
* ``unicard_lib.crd_iss``: a Melbourne university's library and ID card issue desk (abbreviated: ``crd_fnm``,
  ``ctc_ph``, ``addr_ln1``, ``dob_dt``; USI, library barcodes, card serial numbers, photo hashes, mail tracking
  numbers, branch phones, ``usr_fld3`` holding personal data);
* ``FINAIDX.ISIR_EXTRACT``: a south Mississippi community college's federal student aid ISIR extract, a COBOL file
  (legacy: padded CHAR, ``YYYYMMDD`` integers, the student's and a parent's SSN, phone and ZIP as numbers with 0 for
  missing, an e-mail column mostly blank, ``STU-MI``, the financial aid counselor, ``FA-USR-FLD-2``);
* ``stg_examfeed.src_results_raw``: a Kuala Lumpur private university's examination results feed as an opaque
  staging table (``col01`` to ``col18``: MyKad numbers encoding the birth date, ``dd/mm/yyyy`` birth dates,
  examination slip numbers written like MyKad failing its birth-place code, grades, hashes, a custom field with
  personal data);
* ``alumni_crm.constituents_export``: a Cork university alumni office's CRM export flattened from JSON to dotted keys
  (``constituent.name.first``, ``constituent.address.eircode``; PPSN for the charitable donation scheme, maiden
  names, spouses, gifts in memory of someone, employers, receipt numbers, the development officer, versions,
  ``meta.custom2`` holding segment codes only);
* ``stw_bafoeg.antraege``: a Würzburg student services organisation's BAföG (state student grant) applications
  (German: Steuer-ID, IBAN and account holder, parents, birth names, ``TT.MM.JJJJ`` text dates of birth, the case
  worker, ``zusatzfeld_2`` holding personal data, remarks);
* ``crous_bfc.dossiers_dse``: a Besançon CROUS's student social files for grants and housing (French: INE, NIR, the
  parents' numéro fiscal, IBAN, grant levels, residences, the case handler, ``champ_libre_2`` holding codes only);
* ``esse3_pavia.verbali_esami``: a Pavia university's exam records (Italian: codice fiscale encoding name, birth date
  and birthplace, matricola, grades, the board chair, signature hashes, ``campo_libero_1`` holding personal data);
* ``rekrutacja_wroclaw.kandydaci``: a Wrocław technical university's admissions candidates (Polish: PESEL encoding
  the birth date and sex, identity card numbers with their check digit, the father's and mother's given names, the
  birth date split into day, month and year, application numbers failing the PESEL check, ``zatwierdzil``,
  ``pole_dodatkowe_2`` holding codes only);
* ``knihovna_brno.ctenari``: a Brno technical university library's readers (Czech: rodné číslo encoding the birth
  date and sex, ``d.m.yyyy`` text dates of birth, barcodes, ISIC card numbers, ISBNs, the librarian, branch phones,
  ``volne_pole_2`` holding personal data);
* ``γραφείο_erasmus.εξερχόμενοι_φοιτητές``: a Thessaloniki university's outgoing Erasmus students (Greek column
  names and values: ΑΜΚΑ encoding the birth date, ΑΦΜ, identity cards, the father's and mother's given names, an
  IBAN for the grant, host universities, protocol numbers failing the ΑΦΜ check, the academic coordinator,
  ``επιπλέον_πεδίο_2`` holding codes only);
* ``学生支援課.授業料免除申請``: a Sendai national university's tuition fee exemption applications (Japanese column
  names and values: kanji and katakana names, My Number, dates of birth written ``2004年5月13日``, the main household
  supporter, household income, the desk clerk, ``自由項目2`` holding personal data, remarks).

Written **blind**, like v2 to v134: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v98 (its two
modules and its test) and of v27's docstring, ``tests/heldout_support.py``, v107's docstring and test, the module
docstrings of v24 to v134 (to
avoid their domains and follow their labeling conventions: v50 and v69 had schools and universities, v127 student
housing; every organisation here is new) and the ``Column``/``Table`` classes and writer of v2 and v4. The classifier
was not run on this set while it was written, no scorer was run on it, and no score was looked at. Some labels are
quick decisions rather than settled conventions.

Labeling choices a reader may question:

* a US SSN, a Canadian SIN, an Irish PPSN, a French NIR and the Greek ΑΜΚΑ are ``ssn`` (kinds.py names them); a
  passport number, a German IdNr (Steuer-ID), the French INE and numéro fiscal, codice fiscale, DNI, PESEL, a Polish
  identity card number, rodné číslo, a Kenyan ID number, a KRA PIN, MyKad, the Australian USI, the personal ΑΦΜ, a
  Greek identity card and My Number are ``national_id``; passports, INE, USI, Kenyan ID numbers and Greek identity
  cards are generated by shape only;
* numbers the university or agency assigns (application, student, matricola, registration, card, barcode, ISIC,
  disbursement, ISIR transaction, BAföG file and protocol numbers), receipts, invoices, M-Pesa codes, tracking
  numbers, Erasmus codes, course codes, ISBNs and grades are ``none`` (tag ``decoy``, ``value_shape`` when shaped
  like an identifier; several are built to fail the check of the identifier they look like);
* universities', colleges', residences', libraries', campuses', funds' and employers' names and phones are ``none``
  (tag ``business``);
* reviewers, exchange coordinators, residence life staff, ``APPROVED_BY``, card desk agents, financial aid
  counselors, development officers, BAföG case workers, CROUS handlers, exam board chairs, admissions approvers,
  librarians, academic coordinators and desk clerks are staff (``person_name``, tag ``staff``); recommenders,
  emergency contacts, roommates, guardians, parents, spouses, an account holder, the person a gift honours and the
  main household supporter are personal (tag ``role_word``); a parent's SSN and numéro fiscal keep their kinds;
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); custom
  fields holding only codes are ``none`` (tags ``decoy`` and ``custom_plain``); a portal login is ``unclassified``
  (tag ``username``); remarks naming people are ``free_text``;
* a middle name, a middle initial (``STU-MI``), a preferred name and the Polish and Greek father's and mother's given
  names are ``first_name``; a maiden name, a birth name and a French ``nom d'usage`` are ``last_name``; a katakana
  reading is ``person_name``; a suburb, a place of birth and a Japanese municipality are ``city``; states, provinces,
  województwa, nationalities, host countries and sex are ``none``;
* numeric dates of birth (``YYYYMMDD``), text dates of birth in any format and each part of a split date of birth are
  ``date_of_birth``; submission, arrival, move-in, issue, exam, decision, gift and processing dates are ``none``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v141_values`, written for v141 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v141 [PATH]`` (default ``/tmp/heldout_v141.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v141``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v141_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v141_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v141.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words or blanks
HEAVY = "null_heavy"  # 70-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # reviewers, coordinators, clerks, librarians (few distinct)
ROLE = "role_word"  # a role word (recommender, emergency contact, roommate, guardian, parent ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PLAIN = "custom_plain"  # an opaque custom field holding codes only (none)
SPLIT = "split_dob"
MIXED = "mixed_countries"  # identifiers of several countries in one column


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "NULL", "n/a") + extra


def _staff(g: Gen, n: int, lang: str, fmt: Callable[[str], str] = str) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(fmt(v.whole(g, lang)))
    return sorted(out)


def _custom(g: Gen, region: str, lang: str, null: float = 0.3) -> list[str | None]:
    """An opaque custom field: by row a phone, an e-mail or a name (or NULL)."""
    def one() -> str:
        r = g.rnd.random()
        if r < 0.4:
            return g.phone(region, "national")
        if r < 0.7:
            return v.email_any(g, lang)
        return v.my_name(g, g.rnd.random() < 0.5) if lang == "my" else v.whole(g, lang)
    return g.col(one, null)


def _codes(g: Gen, codes: list[str], null: float = 0.35) -> list[str | None]:
    """An opaque custom field holding codes only."""
    return g.col(g.pick(codes), null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


# -- English-named tables ----------------------------------------------------------------------------------------------


def mt_grad_applications(g: Gen) -> Table:
    """A Montana state university's graduate school applications (snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.52
        a, b = v.person(g, "us", female)
        rows.append((a, b, female))
    places = [g.rnd.choice(v.MT_CITIES) for _ in range(g.rows)]
    reviewers = _staff(g, 7, "us", lambda n: f"Dr. {n}")

    def note() -> str:
        return g.rnd.choice([f"Strong fit with Prof. {v.whole(g)}'s lab", "Missing official transcript",
                             f"Spoke with applicant's advisor {v.whole(g)} by phone", "Defer to Fall 2027 cohort",
                             f"Applicant's spouse {v.given(g)} also applying to MS-LRES", "GTA funding offered"])

    return Table("bigsky_gradschool.applications", "en", "snake", [
        c("application_id", N, "BIGINT", g.keys(2_026_0001), "decoy", KEY),
        c("application_ref", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE),
        c("applicant_first_name", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("applicant_middle_name", "first_name", "VARCHAR", g.col(lambda: v.given(g), 0.45)),
        c("applicant_last_name", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("preferred_name", "first_name", "VARCHAR", g.col(lambda: v.given(g), 0.6)),
        c("date_of_birth", "date_of_birth", "DATE", g.births(1968, 2003)),
        c("ssn", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.7), 0.8), HEAVY),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["us"]) for r in rows]),
        c("mobile_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.4, "dashes": 0.3, "dots": 0.1,
                                                              "e164": 0.2}, 0.9, 0.03)),
        c("mailing_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.MT_STREETS), 0.02)),
        c("mailing_city", "city", "VARCHAR", [p[0] for p in places]),
        c("mailing_state", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("mailing_zip", "postal_code", "VARCHAR", [p[2] + g.digits(2) for p in places]),
        c("program_code", N, "VARCHAR", g.col(g.pick(v.MT_PROGRAMS)), "decoy"),
        c("entry_term", N, "VARCHAR", g.col(g.pick(["Fall 2026", "Spring 2027", "Summer 2026"])), "decoy"),
        c("gre_quant", N, "INTEGER", g.ints(140, 170, 0.5), "decoy"),
        c("undergrad_institution", N, "VARCHAR", g.col(g.pick(v.MT_UNDERGRAD)), "business"),
        c("recommender_name", "person_name", "VARCHAR", g.col(lambda: "Dr. " + v.whole(g), 0.1), ROLE),
        c("recommender_email", "email", "VARCHAR",
          g.col(lambda: v.email_of(g, *v.person(g), ["montana.edu", "carroll.edu", "whitman.edu", "gmail.com"]),
                0.15), ROLE),
        c("fee_payment_txn", N, "VARCHAR", g.col(lambda: "ch_" + g.code("ZZZZZZZZZZZZZZZZZZZZZZ"), 0.05), "decoy",
          SHAPE),
        c("submitted_at", N, "TIMESTAMP", g.moments("2025-09-01", "2026-01-15"), "decoy"),
        c("reviewed_by", "person_name", "VARCHAR", g.col(g.pick(reviewers), 0.2), STAFF),
        c("portal_username", USERNAME, "VARCHAR",
          [f"{v.plain(r[0])[0]}{v.plain(r[1])[:7]}{g.rnd.randint(1, 99)}".replace(".", "") for r in rows],
          "username"),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "US", "us"), CUSTOM),
        c("decision_notes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("none")), NULLWORD),
    ])


def gb_exchange_incoming(g: Gen) -> Table:
    """An Edinburgh university's incoming exchange students (camel case), from six countries."""
    rows = []
    for _ in range(g.rows):
        country, home, code = g.rnd.choice(v.ERASMUS_HOMES)
        lang = {"DE": "de", "FR": "fr", "IT": "it", "ES": "es", "PL": "pl", "CZ": "cs"}[country]
        female = g.rnd.random() < 0.55
        a, b = v.person(g, lang, female)
        born = g.birth(1999, 2006)
        if country == "DE":
            ident = v.steuer_id(g)
        elif country == "FR":
            ident = v.ine(g)
        elif country == "IT":
            ident = v.codice_fiscale(g, a, b, born, female, g.rnd.choice(["G224", "L736", "L781", "A001"]))
        elif country == "ES":
            ident = v.dni(g)
        elif country == "PL":
            ident = v.pesel(g, born, female)
        else:
            ident = v.rodne_cislo(g, born, female)
        rows.append((country, home, code, lang, a, b, born, ident))
    coordinators = _staff(g, 4, "gb")

    def ec_phone(country: str) -> str:
        return g.phone(country, g.rnd.choice(["e164", "intl"]), g.rnd.random() < 0.8)

    return Table("exchangeOffice.incomingStudents", "en", "camel", [
        c("exchangeId", N, "BIGINT", g.keys(70_001), "decoy", KEY),
        c("studentNumber", N, "VARCHAR", g.col(lambda: "s" + g.digits(7)), "decoy", SHAPE),
        c("firstName", "first_name", "VARCHAR", [r[4] for r in rows]),
        c("familyName", "last_name", "VARCHAR", [r[5] for r in rows]),
        c("dateOfBirth", "date_of_birth", "VARCHAR", [f"{r[6]:%d/%m/%Y}" for r in rows]),
        c("nationality", N, "VARCHAR", [r[0] for r in rows], "decoy"),
        c("passportNumber", "national_id", "VARCHAR", [v.passport(g, r[0]) if g.rnd.random() < 0.6 else None
                                                       for r in rows]),
        c("homeCountryIdNumber", "national_id", "VARCHAR", [r[7] if g.rnd.random() < 0.85 else None for r in rows],
          MIXED),
        c("homeUniversity", N, "VARCHAR", [r[1] for r in rows], "business"),
        c("erasmusCode", N, "VARCHAR", [r[2] for r in rows], "business", SHAPE),
        c("learningAgreementId", N, "VARCHAR", g.col(lambda: g.code("LA-2026-99999-AA")), "decoy", SHAPE),
        c("ukMobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.5, "intl": 0.3, "e164": 0.2}, 1.0, 0.25)),
        c("personalEmail", "email", "VARCHAR", [v.email_of(g, r[4], r[5], v.DOMAINS[r[3]]) for r in rows]),
        c("termAddress", "street_address", "VARCHAR",
          g.col(lambda: f"Flat {g.rnd.randint(1, 9)}F{g.rnd.randint(1, 3)}, {v.street(g, v.EH_STREETS, 'gb')}", 0.2)),
        c("termPostcode", "postal_code", "VARCHAR", g.col(g.pick(v.EH_POSTCODES), 0.2)),
        c("emergencyContactName", "person_name", "VARCHAR", [v.whole(g, r[3]) for r in rows], ROLE),
        c("emergencyContactPhone", "phone", "VARCHAR", [ec_phone(r[0]) for r in rows], ROLE),
        c("arrivalDate", N, "DATE", g.days("2026-01-05", "2026-01-20"), "decoy"),
        c("visaRoute", N, "VARCHAR", g.col(g.pick(["Visitor", "Student visa", "EUSS settled", "EUSS pre-settled"])),
          "decoy"),
        c("coordinatorName", "person_name", "VARCHAR", g.col(g.pick(coordinators)), STAFF),
        c("customField2", N, "VARCHAR", _codes(g, ["LA-SIGNED", "LA-PENDING", "TOR-SENT", "COA-OK", "ATAS-REQ"]),
          "decoy", PLAIN),
    ])


def ca_residence_assignments(g: Gen) -> Table:
    """A Halifax university's residence room assignments (Pascal case)."""
    pairs = [v.person(g, "ca") for _ in range(g.rows)]
    places = [g.rnd.choice(v.NS_CITIES) for _ in range(g.rows)]
    buildings = [("Harbourview Hall", "44.6361,-63.5912"), ("Lyle Tower", "44.6372,-63.5897"),
                 ("Gerrard House", "44.6349,-63.5944"), ("Seaview Commons", "44.6383,-63.5869")]
    desks = {b[0]: g.phone("CA", "national", False) for b in buildings}
    bld = [g.rnd.choice(buildings) for _ in range(g.rows)]
    staff = _staff(g, 5, "ca")
    ra = [g.rnd.random() < 0.14 for _ in range(g.rows)]
    return Table("HarbourviewUniversity.ResidenceAssignments", "en", "pascal", [
        c("AssignmentId", N, "BIGINT", g.keys(510_001), "decoy", KEY),
        c("StudentId", N, "VARCHAR", g.col(lambda: "B00" + g.digits(6)), "decoy", SHAPE),
        c("LegalFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("LegalLastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("PreferredName", "first_name", "VARCHAR", g.col(lambda: v.given(g, "ca"), 0.55)),
        c("BirthDate", "date_of_birth", "DATE", g.births(2000, 2008)),
        c("RaStipendSin", "ssn", "VARCHAR", [v.ca_sin(g) if r else None for r in ra], HEAVY),
        c("CellPhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 1.0, 0.05)),
        c("Email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ca"]) for a, b in pairs]),
        c("HomeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NS_STREETS, "ca"), 0.05)),
        c("HomeCity", "city", "VARCHAR", [p[0] for p in places]),
        c("HomeProvince", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("HomePostalCode", "postal_code", "VARCHAR", [f"{p[2]} {g.code('9A9')}" for p in places]),
        c("Building", N, "VARCHAR", [b[0] for b in bld], "business"),
        c("BuildingGeo", N, "VARCHAR", [b[1] for b in bld], "decoy", SHAPE),
        c("FrontDeskPhone", N, "VARCHAR", [desks[b[0]] for b in bld], "business"),
        c("RoomNumber", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 12)}{g.rnd.randint(1, 40):02d}"
                                             f"{g.rnd.choice(['', 'A', 'B'])}"), "decoy"),
        c("MealPlan", N, "VARCHAR", g.col(g.pick(["Unlimited", "Block 160", "Block 120", "None"])), "decoy"),
        c("DamageDepositRef", N, "VARCHAR", g.col(lambda: v.luhn_decoy(g, 9)), "decoy", SHAPE),
        c("LeaseStartDate", N, "DATE", g.days("2025-08-28", "2025-09-06"), "decoy"),
        c("RoommateName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.3), ROLE),
        c("EmergencyContact", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.05), ROLE),
        c("EmergencyPhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.7, "e164": 0.3}, 0.7, 0.05), ROLE),
        c("AssignedBy", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("Udf2", "free_text", "VARCHAR", _custom(g, "CA", "ca"), CUSTOM),
    ])


def ke_scholarship_disbursements(g: Gen) -> Table:
    """A Nairobi private university's bursary and scholarship disbursements (SCREAMING case)."""
    towns = [g.rnd.choice(v.KE_TOWNS) for _ in range(g.rows)]
    approvers = _staff(g, 3, "ke")
    campuses = [("Main Campus, Ruaraka", g.phone("KE", "national", False)),
                ("Town Campus, Kenyatta Avenue", g.phone("KE", "national", False)),
                ("Athi River Campus", g.phone("KE", "national", False))]
    camp = [g.rnd.randrange(len(campuses)) for _ in range(g.rows)]
    sponsor = [g.rnd.choice(v.KE_SPONSORS) for _ in range(g.rows)]
    return Table("FEES_LEDGER.SCHOLARSHIP_DISBURSEMENTS", "en", "screaming", [
        c("DISBURSEMENT_ID", N, "BIGINT", g.keys(880_001), "decoy", KEY),
        c("REG_NO", N, "VARCHAR", g.col(lambda: g.rnd.choice(["BSCIT", "BCOM", "BED", "BPHARM", "LLB"])
                                        + f"/{g.rnd.randint(2021, 2025)}/{g.digits(5)}"), "decoy", SHAPE),
        c("STUDENT_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ke").upper()
                                                          if g.rnd.random() < 0.4 else v.whole(g, "ke"))),
        c("NATIONAL_ID_NO", "national_id", "VARCHAR", g.col(lambda: str(g.rnd.randint(2, 4)) + g.digits(7), 0.08)),
        c("KRA_PIN", "national_id", "VARCHAR", g.col(lambda: v.kra_pin(g), 0.35)),
        c("DATE_OF_BIRTH", "date_of_birth", "DATE", g.births(1996, 2006)),
        c("MPESA_PHONE", "phone", "VARCHAR", g.phones("KE", {"national": 0.6, "e164": 0.4}, 1.0, 0.02)),
        c("EMAIL", "email", "VARCHAR", g.col(lambda: v.email_any(g, "ke"), 0.1)),
        c("POSTAL_ADDRESS", "street_address", "VARCHAR", [f"P.O. Box {g.rnd.randint(10, 9999)}-{t[1]}" for t in towns]),
        c("TOWN", "city", "VARCHAR", [t[0] for t in towns]),
        c("SPONSOR_TYPE", N, "VARCHAR", sponsor, "decoy"),
        c("SPONSOR_FUND", N, "VARCHAR", [g.rnd.choice(v.KE_SCHOLARSHIP_FUNDS) if s in ("Scholarship", "CDF Bursary",
                                                                                      "County Bursary") else None
                                         for s in sponsor], "business"),
        c("GUARDIAN_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ke"), 0.15), ROLE),
        c("GUARDIAN_PHONE", "phone", "VARCHAR", g.phones("KE", {"national": 0.8, "e164": 0.2}, 1.0, 0.2), ROLE),
        c("AMOUNT_KES", N, "DECIMAL(12,2)", g.amounts(5_000, 180_000), "decoy"),
        c("INVOICE_NO", N, "VARCHAR", g.col(lambda: g.code("INV-25-999999")), "decoy", SHAPE),
        c("MPESA_RECEIPT", N, "VARCHAR", g.col(lambda: g.code("TAZZZZZZZZ"), 0.3), "decoy", SHAPE),
        c("APPROVED_BY", "person_name", "VARCHAR", g.col(g.pick(approvers)), STAFF),
        c("CAMPUS", N, "VARCHAR", [campuses[i][0] for i in camp], "business"),
        c("CAMPUS_PHONE", N, "VARCHAR", [campuses[i][1] for i in camp], "business"),
        c("CUSTOM_FIELD_2", N, "VARCHAR", _codes(g, ["HELB-L2", "CDF-KIAMBU", "WTF-C9", "MCF-2025", "SELF"]), "decoy",
          PLAIN),
        c("POSTED_AT", N, "TIMESTAMP", g.moments("2025-09-01", "2026-02-28"), "decoy"),
    ])


def au_card_issue(g: Gen) -> Table:
    """A Melbourne university's library and ID card issue desk (abbreviated snake case)."""
    pairs = [v.person(g, "au") for _ in range(g.rows)]
    places = [g.rnd.choice(v.AU_SUBURBS) for _ in range(g.rows)]
    agents = _staff(g, 4, "au")
    branches = [("Parkville Main Library", g.phone("AU", "national", False)),
                ("Southbank Arts Library", g.phone("AU", "national", False)),
                ("Burnley Campus Library", g.phone("AU", "national", False))]
    br = [g.rnd.randrange(len(branches)) for _ in range(g.rows)]
    return Table("unicard_lib.crd_iss", "en", "abbrev", [
        c("iss_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("stu_no", N, "VARCHAR", g.col(lambda: "1" + g.digits(6)), "decoy", SHAPE),
        c("lib_bcd", N, "VARCHAR", g.col(lambda: "2" + g.digits(13)), "decoy", SHAPE),
        c("crd_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("crd_lnm", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
        c("dob_dt", "date_of_birth", "DATE", g.births(1985, 2007), ABBREV),
        c("usi", "national_id", "VARCHAR", g.col(lambda: v.usi(g), 0.2), ABBREV),
        c("ctc_ph", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.95, 0.05),
          ABBREV),
        c("ctc_eml", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["au"]) for a, b in pairs], ABBREV),
        c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au"), 0.05), ABBREV),
        c("addr_ln2", "street_address", "VARCHAR", g.col(lambda: g.rnd.choice(["Unit", "Apt", "Level"])
                                                         + f" {g.rnd.randint(1, 40)}", 0.8), ABBREV, HEAVY),
        c("sbrb", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("st", N, "VARCHAR", [p[1] for p in places], "decoy", ABBREV),
        c("pcd", "postal_code", "VARCHAR", [p[2] for p in places], ABBREV),
        c("crd_csn", N, "VARCHAR", g.col(lambda: "04" + g.code("xxxxxxxxxxxx").upper()), "decoy", SHAPE),
        c("photo_hash", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE),
        c("mail_trk", N, "VARCHAR", g.col(lambda: g.code("33AAZ99999999"), 0.6), "decoy", SHAPE),
        c("desk_agt", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF, ABBREV),
        c("iss_ts", N, "TIMESTAMP", g.moments("2025-02-10", "2025-12-12"), "decoy"),
        c("fine_amt", N, "DECIMAL(8,2)", g.amounts(0, 45), "decoy"),
        c("lib_brn", N, "VARCHAR", [branches[i][0] for i in br], "business"),
        c("lib_brn_ph", N, "VARCHAR", [branches[i][1] for i in br], "business"),
        c("usr_fld3", "free_text", "VARCHAR", _custom(g, "AU", "au"), CUSTOM, ABBREV),
    ])


def ms_isir_extract(g: Gen) -> Table:
    """A south Mississippi community college's federal student aid ISIR extract, a COBOL file."""
    g.us_areas = v.US_AREAS["MS"]
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    places = [g.rnd.choice(v.MS_CITIES) for _ in range(g.rows)]
    births = g.births(1992, 2007)
    dep = [b.year >= 2000 for b in births]
    counselors = _staff(g, 4, "us", str.upper)
    college = g.phone("US", "digits", False)
    return Table("FINAIDX.ISIR_EXTRACT", "en", "cobol", [
        c("ISIR-TXN-NO", N, "VARCHAR", g.col(lambda: "2526" + g.digits(9)), "decoy", SHAPE, LEGACY),
        c("STU-SSN", "ssn", "BIGINT", [int(v.us_ssn(g, False)) if g.rnd.random() < 0.96 else 0 for _ in pairs],
          LEGACY),
        c("STU-LAST-NM", "last_name", "VARCHAR", _pad([b.upper() for _, b in pairs], 16), LEGACY),
        c("STU-FIRST-NM", "first_name", "VARCHAR", _pad([a.upper() for a, _ in pairs], 12), LEGACY),
        c("STU-MI", "first_name", "VARCHAR", [g.rnd.choice("ABCDEJKLMRST") if g.rnd.random() < 0.6 else " "
                                              for _ in pairs], LEGACY),
        c("STU-DOB", "date_of_birth", "INTEGER", [_ymd(b) for b in births], LEGACY),
        c("STU-ADDR", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.MS_STREETS)), 35), LEGACY),
        c("STU-CITY", "city", "VARCHAR", _pad([p[0].upper() for p in places], 16), LEGACY),
        c("STU-ST", N, "VARCHAR", ["MS"] * g.rows, "decoy", LEGACY),
        c("STU-ZIP", "postal_code", "INTEGER", [int(p[1] + g.digits(2)) for p in places], LEGACY),
        c("STU-PHONE", "phone", "BIGINT", [int(g.phone("US", "digits")) if g.rnd.random() < 0.9 else 0 for _ in pairs],
          LEGACY),
        c("STU-EMAIL", "email", "VARCHAR", _pad([v.email_of(g, a, b, v.DOMAINS["us"]).upper()
                                                 if g.rnd.random() < 0.2 else "" for a, b in pairs], 40),
          LEGACY, NULLWORD),
        c("PAR1-LAST-NM", "last_name", "VARCHAR", _pad([b.upper() if d else "" for (_, b), d in zip(pairs, dep)], 16),
          ROLE, LEGACY),
        c("PAR1-SSN", "ssn", "BIGINT", [int(v.us_ssn(g, False)) if d and g.rnd.random() < 0.85 else 0 for d in dep],
          ROLE, LEGACY),
        c("SAI-AMT", N, "INTEGER", g.ints(-1_500, 24_000), "decoy", LEGACY),
        c("PELL-ELIG", N, "VARCHAR", g.col(g.pick(["Y", "N"])), "decoy", LEGACY),
        c("DEP-STAT", N, "VARCHAR", ["D" if d else "I" for d in dep], "decoy", LEGACY),
        c("AWARD-YR", N, "VARCHAR", ["2526"] * g.rows, "decoy", LEGACY),
        c("FA-CNSLR", "person_name", "VARCHAR", _pad(g.col(g.pick(counselors)), 24), STAFF, LEGACY),
        c("COLLEGE-NM", N, "VARCHAR", _pad(["PINE BELT COMMUNITY COLLEGE"] * g.rows, 30), "business", LEGACY),
        c("COLLEGE-PHONE", N, "BIGINT", [int(college)] * g.rows, "business", LEGACY),
        c("PROC-DT", N, "INTEGER", [_ymd(g.day("2025-10-01", "2026-03-31")) for _ in pairs], "decoy", LEGACY),
        c("FA-USR-FLD-2", "free_text", "VARCHAR", _pad(_custom(g, "US", "us"), 40), CUSTOM, LEGACY),
    ])


def my_exam_results_feed(g: Gen) -> Table:
    """A Kuala Lumpur private university's examination results feed, landed as an opaque staging table."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        born = g.birth(1998, 2006)
        rows.append((v.my_name(g, female), born, v.mykad(g, born, female)))
    towns = [g.rnd.choice(v.MY_TOWNS) for _ in range(g.rows)]

    def postcode(prefix: str) -> str:
        return prefix + g.digits(5 - len(prefix))

    return Table("stg_examfeed.src_results_raw", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", [r[0] for r in rows], OPAQUE),
        c("col03", "national_id", "VARCHAR", [r[2] if g.rnd.random() < 0.9 else None for r in rows], OPAQUE),
        c("col04", "date_of_birth", "VARCHAR", [f"{r[1]:%d/%m/%Y}" for r in rows], OPAQUE),
        c("col05", N, "VARCHAR", g.col(lambda: g.code("TP0999999")), "decoy", SHAPE, OPAQUE),
        c("col06", N, "VARCHAR", g.col(g.pick(["CT046-3-2-SDM", "CT087-3-3-DSTR", "AAPP011-4-2-JP", "BM024-2-2-MKT",
                                               "CT127-3-2-PFDA", "EE003-1-3-CCT"])), "decoy", OPAQUE),
        c("col07", N, "VARCHAR", g.col(g.pick(["A+", "A", "B+", "B", "C+", "C", "C-", "D", "F(a)", "F"])), "decoy",
          OPAQUE),
        c("col08", N, "VARCHAR", g.col(lambda: f"{g.rnd.uniform(1.8, 4.0):.2f}"), "decoy", OPAQUE),
        c("col09", "phone", "VARCHAR", g.phones("MY", {"national": 0.6, "e164": 0.4}, 1.0, 0.03), OPAQUE),
        c("col10", "email", "VARCHAR", g.col(lambda: v.email_any(g, "my"), 0.05), OPAQUE),
        c("col11", N, "VARCHAR", g.col(lambda: f"Block {g.rnd.choice('ABCDE')} Level {g.rnd.randint(1, 6)} "
                                               f"Hall {g.rnd.randint(1, 4)}"), "decoy", OPAQUE),
        c("col12", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.MY_STREETS, "my"), 0.1), OPAQUE),
        c("col13", "city", "VARCHAR", [t[0] for t in towns], OPAQUE),
        c("col14", "postal_code", "VARCHAR", [postcode(t[1]) for t in towns], OPAQUE),
        c("col15", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c("col16", N, "VARCHAR", g.col(lambda: v.mykad_decoy(g)), "decoy", SHAPE, OPAQUE),
        c("col17", "free_text", "VARCHAR", _custom(g, "MY", "my"), CUSTOM, OPAQUE),
        c("col18", N, "TIMESTAMP", g.moments("2025-12-01", "2026-01-31"), "decoy", OPAQUE),
    ])


def ie_alumni_export(g: Gen) -> Table:
    """A Cork university alumni office's CRM export, flattened from JSON to dotted keys."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "ie", female)
        rows.append((a, b, female))
    towns = [g.rnd.choice(v.IE_TOWNS) for _ in range(g.rows)]
    officers = _staff(g, 3, "ie")
    return Table("alumni_crm.constituents_export", "en", "json", [
        c("id", N, "BIGINT", g.keys(30_000_001, 7), "decoy", KEY),
        c("constituent.lookupId", N, "VARCHAR", g.col(lambda: "AL-" + g.digits(7)), "decoy", SHAPE),
        c("constituent.name.first", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("constituent.name.last", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("constituent.name.maiden", "last_name", "VARCHAR", [v.person(g, "ie")[1] if r[2] and g.rnd.random() < 0.35
                                                              else None for r in rows], HEAVY),
        c("constituent.birthdate", "date_of_birth", "VARCHAR", g.col(lambda: g.birth(1950, 2002).isoformat(), 0.3)),
        c("constituent.ppsn", "ssn", "VARCHAR", g.col(lambda: v.pps(g), 0.78), HEAVY),
        c("constituent.email.primary", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["ie"]) for r in rows]),
        c("constituent.phone.mobile", "phone", "VARCHAR", g.phones("IE", {"national": 0.5, "e164": 0.3, "intl": 0.2},
                                                                   0.85, 0.25)),
        c("constituent.address.line1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IE_STREETS, "ie"),
                                                                          0.1)),
        c("constituent.address.town", "city", "VARCHAR", [t[0] for t in towns]),
        c("constituent.address.eircode", "postal_code", "VARCHAR", [f"{t[1]} {g.code('A9AA')}" for t in towns]),
        c("education.degree", N, "VARCHAR", g.col(g.pick(["BSc Computer Science", "BA (Hons) English", "BComm",
                                                          "MB BCh BAO", "LLB", "BE Civil Engineering", "MSc Food Science"])),
          "decoy"),
        c("education.classYear", N, "INTEGER", g.ints(1972, 2024), "decoy"),
        c("employment.employer", N, "VARCHAR", g.col(g.pick(["Apple Hollyhill", "Cork County Council", "Pfizer Ringaskiddy",
                                                             "HSE South", "Dairygold Co-Operative", "Self-employed"]),
                                                     0.3), "business"),
        c("employment.jobTitle", N, "VARCHAR", g.col(g.pick(["Engineer", "GP", "Teacher", "Solicitor", "Analyst",
                                                             "Retired"]), 0.3), "decoy"),
        c("giving.lastGift.amount", N, "DOUBLE", g.amounts(10, 5_000), "decoy"),
        c("giving.lastGift.date", N, "DATE", g.days("2019-01-01", "2025-12-31"), "decoy"),
        c("giving.lastGift.receiptNo", N, "VARCHAR", g.col(lambda: g.code("RCP-99999999")), "decoy", SHAPE),
        c("giving.inMemoryOf", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ie"), 0.85), ROLE, HEAVY),
        c("relationship.spouse.name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ie"), 0.6), ROLE),
        c("relationship.assignedOfficer", "person_name", "VARCHAR", g.col(g.pick(officers), 0.4), STAFF),
        c("meta.custom2", N, "VARCHAR", _codes(g, ["REUNION-25", "MAJOR-PROSPECT", "LAPSED", "GOLDEN-JUB", "DNC"]),
          "decoy", PLAIN),
        c("meta.lastModified", N, "TIMESTAMP", g.moments("2025-01-01", "2026-01-31"), "decoy"),
        c("meta.sourceVersion", N, "VARCHAR", g.col(g.version), "decoy", SHAPE),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def de_bafoeg(g: Gen) -> Table:
    """A Würzburg student services organisation's BAföG applications (German, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "de", female)
        rows.append((a, b, female))
    places = [g.rnd.choice(v.DE_CITIES) for _ in range(g.rows)]
    workers = _staff(g, 5, "de", lambda n: f"{n.split()[1]}, {n.split()[0]}")
    holders = [f"{r[0]} {r[1]}" if g.rnd.random() < 0.8 else v.whole(g, "de") for r in rows]

    def bem() -> str:
        return g.rnd.choice([f"Einkommensnachweis Vater ({v.whole(g, 'de')}) fehlt", "Formblatt 5 nachgereicht",
                             f"Rückruf bei Frau {v.person(g, 'de', True)[1]} wegen Geschwister",
                             "Aktualisierungsantrag gestellt", f"Bruder {v.given(g, 'de')} ebenfalls gefördert"])

    return Table("stw_bafoeg.antraege", "de", "snake", [
        c("antrag_nr", N, "BIGINT", g.keys(4_100_001), "decoy", KEY),
        c("foerderungsnummer", N, "VARCHAR", g.col(lambda: f"463/{g.digits(2)}/{g.digits(6)}/{g.digits(1)}"), "decoy",
          SHAPE),
        c("matrikel_nr", N, "VARCHAR", g.col(lambda: "2" + g.digits(6)), "decoy", SHAPE),
        c("nachname", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("vorname", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("geburtsname", "last_name", "VARCHAR", g.col(lambda: v.person(g, "de")[1], 0.86), HEAVY),
        c("geb_datum", "date_of_birth", "VARCHAR", g.col(lambda: f"{g.birth(1995, 2006):%d.%m.%Y}")),
        c("geb_ort", "city", "VARCHAR", g.col(g.pick(v.DE_BIRTHPLACES), 0.05)),
        c("steuer_id", "national_id", "VARCHAR", g.col(lambda: v.steuer_id(g), 0.1)),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DE", g.rnd.random() < 0.6))),
        c("kontoinhaber", "person_name", "VARCHAR", holders, ROLE),
        c("strasse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.DE_STREETS, "de"))),
        c("plz", "postal_code", "VARCHAR", [p[1] + g.digits(2) for p in places]),
        c("wohnort", "city", "VARCHAR", [p[0] for p in places]),
        c("tel_mobil", "phone", "VARCHAR", g.phones("DE", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 1.0, 0.15)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["de"]) for r in rows]),
        c("elternteil1_name", "person_name", "VARCHAR", [f"{v.given(g, 'de')} {r[1]}" for r in rows], ROLE),
        c("elternteil2_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "de"), 0.3), ROLE),
        c("hochschule", N, "VARCHAR", g.col(g.pick(["Julius-Maximilians-Universität Würzburg",
                                                    "Technische Hochschule Würzburg-Schweinfurt",
                                                    "Hochschule für Musik Würzburg"])), "business"),
        c("studiengang", N, "VARCHAR", g.col(g.pick(["Lehramt Gymnasium", "Biologie B.Sc.", "Medizin",
                                                     "Soziale Arbeit B.A.", "Informatik B.Sc.", "Jura"])), "decoy"),
        c("fachsemester", N, "INTEGER", g.ints(1, 12), "decoy"),
        c("bewilligt_eur", N, "DECIMAL(8,2)", g.amounts(0, 992), "decoy"),
        c("bescheid_datum", N, "DATE", g.days("2025-09-15", "2026-02-27", 0.2), "decoy"),
        c("sachbearbeiter", "person_name", "VARCHAR", g.col(g.pick(workers)), STAFF),
        c("zusatzfeld_2", "free_text", "VARCHAR", _custom(g, "DE", "de"), CUSTOM),
        c("bemerkung", "free_text", "VARCHAR", g.sparse(bem, 0.8, _words("keine", "-/-")), NULLWORD),
    ])


def fr_crous_dse(g: Gen) -> Table:
    """A Besançon CROUS's student social files (dossier social étudiant: grants and housing; French, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.56
        a, b = v.person(g, "fr", female)
        born = g.birth(1999, 2007)
        rows.append((a, b, born, v.nir(g, born, female)))
    places = [g.rnd.choice(v.FR_COMMUNES) for _ in range(g.rows)]
    handlers = _staff(g, 5, "fr")
    residences = ["Résidence Canot", "Résidence Colette", "Résidence Montjoux", "Résidence Mégevand", None]

    def obs() -> str:
        return g.rnd.choice([f"Avis fiscal de M. {v.person(g, 'fr', False)[1]} (père) manquant", "Recalcul échelon",
                             f"Garant : {v.whole(g, 'fr')}", "Dossier complet", f"Sœur {v.given(g, 'fr')} boursière"])

    return Table("crous_bfc.dossiers_dse", "fr", "snake", [
        c("num_dossier", N, "VARCHAR", g.col(lambda: "DSE-2526-" + g.digits(7)), "decoy", KEY, SHAPE),
        c("ine", "national_id", "VARCHAR", g.col(lambda: v.ine(g), 0.05)),
        c("nom", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("nom_usage", "last_name", "VARCHAR", g.col(lambda: v.person(g, "fr")[1], 0.84), HEAVY),
        c("prenom", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("prenom2", "first_name", "VARCHAR", g.col(lambda: v.given(g, "fr"), 0.45)),
        c("date_naiss", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("nir", "ssn", "VARCHAR", [r[3] if g.rnd.random() < 0.92 else None for r in rows]),
        c("num_fiscal_parent", "national_id", "VARCHAR", g.col(lambda: v.spi(g), 0.3), ROLE),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.FR_STREETS, "fr"))),
        c("cp", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("commune", "city", "VARCHAR", [p[0] for p in places]),
        c("tel_portable", "phone", "VARCHAR", g.phones("FR", {"national": 0.7, "e164": 0.2, "intl": 0.1}, 1.0, 0.05)),
        c("courriel", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["fr"]) for r in rows]),
        c("echelon", N, "VARCHAR", g.col(g.pick(["0bis", "1", "2", "3", "4", "5", "6", "7", "NB"])), "decoy"),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "FR", g.rnd.random() < 0.5), 0.1)),
        c("residence", N, "VARCHAR", g.col(g.pick(residences)), "business"),
        c("chambre", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice('ABCD')}-{g.rnd.randint(1, 5)}{g.rnd.randint(1, 40):02d}",
                                         0.4), "decoy"),
        c("gestionnaire", "person_name", "VARCHAR", g.col(g.pick(handlers)), STAFF),
        c("date_commission", N, "DATE", g.days("2025-07-01", "2025-12-15"), "decoy"),
        c("champ_libre_2", N, "VARCHAR", _codes(g, ["MOB-INT", "AIDE-URG", "CVEC-OK", "PUPILLE", "ERASMUS"]), "decoy",
          PLAIN),
        c("observations", "free_text", "VARCHAR", g.sparse(obs, 0.77, _words("néant", "RAS")), NULLWORD),
    ])


def it_verbali_esami(g: Gen) -> Table:
    """A Pavia university's exam records (Italian, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "it", female)
        born = g.birth(1998, 2006)
        birthplace = g.rnd.choice(v.IT_CITIES)
        rows.append((a, b, born, birthplace, v.codice_fiscale(g, a, b, born, female, birthplace[2])))
    places = [g.rnd.choice(v.IT_CITIES) for _ in range(g.rows)]
    chairs = _staff(g, 6, "it", lambda n: f"Prof. {n}")
    course = [g.rnd.choice(v.IT_COURSES) for _ in range(g.rows)]

    def nota() -> str:
        return g.rnd.choice([f"Studente accompagnato dal tutor {v.whole(g, 'it')}", "Prova orale sostenuta a distanza",
                             f"Verbalizzato in ritardo su richiesta della dott.ssa {v.person(g, 'it', True)[1]}",
                             "Rifiutato il voto", "DSA: tempo aggiuntivo"])

    return Table("esse3_pavia.verbali_esami", "it", "snake", [
        c("id_verbale", N, "BIGINT", g.keys(9_300_001), "decoy", KEY),
        c("cod_verbale", N, "VARCHAR", g.col(lambda: "V-2025-" + g.digits(6)), "decoy", SHAPE),
        c("matricola", N, "VARCHAR", g.col(lambda: "5" + g.digits(5)), "decoy", SHAPE),
        c("cognome", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("nome", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("codice_fiscale", "national_id", "VARCHAR", [r[4] if g.rnd.random() < 0.9 else None for r in rows]),
        c("data_nascita", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("comune_nascita", "city", "VARCHAR", [r[3][0] for r in rows]),
        c("cod_insegnamento", N, "VARCHAR", [x[0] for x in course], "decoy"),
        c("insegnamento", N, "VARCHAR", [x[1] for x in course], "decoy"),
        c("cfu", N, "INTEGER", [x[2] for x in course], "decoy"),
        c("voto", N, "VARCHAR", g.col(g.pick(v.IT_GRADES)), "decoy"),
        c("data_appello", N, "DATE", g.days("2025-06-03", "2026-02-20"), "decoy"),
        c("presidente_commissione", "person_name", "VARCHAR", g.col(g.pick(chairs)), STAFF),
        c("cellulare", "phone", "VARCHAR", g.phones("IT", {"national": 0.6, "e164": 0.2, "intl": 0.2}, 1.0, 0.1)),
        c("email_ateneo", "email", "VARCHAR",
          [f"{v.plain(r[0])}.{v.plain(r[1]).replace('.', '')}{g.rnd.choice(['', '01', '02'])}@universitadipavia.it"
           for r in rows]),
        c("indirizzo_residenza", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IT_STREETS, "it"), 0.05)),
        c("cap", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("citta_residenza", "city", "VARCHAR", [p[0] for p in places]),
        c("provincia", N, "VARCHAR", [p[3] for p in places], "decoy"),
        c("hash_firma", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE),
        c("campo_libero_1", "free_text", "VARCHAR", _custom(g, "IT", "it"), CUSTOM),
        c("note_docente", "free_text", "VARCHAR", g.sparse(nota, 0.82, _words("nessuna")), NULLWORD),
    ])


def pl_rekrutacja(g: Gen) -> Table:
    """A Wrocław technical university's admissions candidates (Polish, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.4
        a, b = v.person(g, "pl", female)
        born = g.birth(2003, 2007)
        rows.append((a, b, born, v.pesel(g, born, female), female))
    places = [g.rnd.choice(v.PL_TOWNS) for _ in range(g.rows)]
    approvers = _staff(g, 3, "pl", lambda n: f"dr inż. {n}")

    def uwagi() -> str:
        return g.rnd.choice([f"Kandydat laureat olimpiady, opiekun: {v.whole(g, 'pl')}", "Brak opłaty rekrutacyjnej",
                             f"Pełnomocnik: {v.whole(g, 'pl')}", "Matura międzynarodowa (IB)",
                             "Dokumenty złożone osobiście"])

    return Table("rekrutacja_wroclaw.kandydaci", "pl", "snake", [
        c("id_kandydata", N, "BIGINT", g.keys(260_001), "decoy", KEY),
        c("nr_wniosku", N, "VARCHAR", g.col(lambda: v.pesel_decoy(g)), "decoy", SHAPE),
        c("pesel", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.95 else None for r in rows]),
        c("imie", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("drugie_imie", "first_name", "VARCHAR", g.col(lambda: v.given(g, "pl"), 0.45)),
        c("nazwisko", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("imie_ojca", "first_name", "VARCHAR", g.col(lambda: v.person(g, "pl", False)[0], 0.1), ROLE),
        c("imie_matki", "first_name", "VARCHAR", g.col(lambda: v.person(g, "pl", True)[0], 0.1), ROLE),
        c("dzien_ur", "date_of_birth", "INTEGER", [r[2].day for r in rows], SPLIT),
        c("miesiac_ur", "date_of_birth", "INTEGER", [r[2].month for r in rows], SPLIT),
        c("rok_ur", "date_of_birth", "INTEGER", [r[2].year for r in rows], SPLIT),
        c("miejsce_ur", "city", "VARCHAR", g.col(lambda: g.rnd.choice(v.PL_TOWNS)[0], 0.05)),
        c("nr_dowodu", "national_id", "VARCHAR", g.col(lambda: v.dowod(g), 0.15)),
        c("ulica", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PL_STREETS, "pl"))),
        c("kod_pocztowy", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(3)}" for p in places]),
        c("miejscowosc", "city", "VARCHAR", [p[0] for p in places]),
        c("wojewodztwo", N, "VARCHAR", [p[2] for p in places], "decoy"),
        c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.6, "e164": 0.2, "intl": 0.2}, 1.0, 0.02)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["pl"]) for r in rows]),
        c("kierunek", N, "VARCHAR", g.col(g.pick(v.PL_FIELDS)), "decoy"),
        c("wynik_matury_mat", N, "INTEGER", g.ints(30, 100), "decoy"),
        c("punkty_rekr", N, "DOUBLE", g.floats(120, 540, 1), "decoy"),
        c("zatwierdzil", "person_name", "VARCHAR", g.col(g.pick(approvers), 0.3), STAFF),
        c("pole_dodatkowe_2", N, "VARCHAR", _codes(g, ["OLIMP", "IB", "EB", "STARA-MATURA", "ZAGR"]), "decoy", PLAIN),
        c("uwagi", "free_text", "VARCHAR", g.sparse(uwagi, 0.8, _words("brak")), NULLWORD),
    ])


def cz_knihovna(g: Gen) -> Table:
    """A Brno technical university library's readers (Czech, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "cs", female)
        born = g.birth(1996, 2006)
        rows.append((a, b, born, v.rodne_cislo(g, born, female)))
    places = [g.rnd.choice(v.CZ_TOWNS) for _ in range(g.rows)]
    librarians = _staff(g, 4, "cs", lambda n: f"Bc. {n}")
    branches = [("Ústřední knihovna, Antonínská 1", g.phone("CZ", "national", False)),
                ("Knihovna FIT, Božetěchova 2", g.phone("CZ", "national", False))]
    br = [g.rnd.randrange(len(branches)) for _ in range(g.rows)]

    def psc(prefix: str) -> str:
        d = prefix + g.digits(5 - len(prefix))
        return f"{d[:3]} {d[3:]}"

    def pozn() -> str:
        return g.rnd.choice([f"Průkaz vyzvedla matka {v.whole(g, 'cs', True)}", "Upomínka odeslána",
                             f"Ručitel: {v.whole(g, 'cs')}", "Ztráta ISIC nahlášena", "Blokace do zaplacení"])

    return Table("knihovna_brno.ctenari", "cs", "snake", [
        c("id_ctenare", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("carovy_kod", N, "VARCHAR", g.col(lambda: "2610" + g.digits(9)), "decoy", SHAPE),
        c("cislo_isic", N, "VARCHAR", g.col(lambda: "S 420 " + g.code("999 999 999 A"), 0.3), "decoy", SHAPE),
        c("jmeno", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("prijmeni", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("rodne_cislo", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.85 else None for r in rows]),
        c("datum_narozeni", "date_of_birth", "VARCHAR", [f"{r[2].day}.{r[2].month}.{r[2].year}" for r in rows]),
        c("ulice", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CZ_STREETS, "cs"), 0.05)),
        c("psc", "postal_code", "VARCHAR", [psc(p[1]) for p in places]),
        c("obec", "city", "VARCHAR", [p[0] for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("CZ", {"national": 0.6, "intl": 0.3, "e164": 0.1}, 1.0, 0.2)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["cs"]) for r in rows]),
        c("kategorie", N, "VARCHAR", g.col(g.pick(["student", "doktorand", "zaměstnanec", "externí"])), "decoy"),
        c("fakulta", N, "VARCHAR", g.col(g.pick(v.CZ_FACULTIES), 0.1), "business"),
        c("posledni_isbn", N, "VARCHAR", g.col(lambda: v.isbn13(g), 0.2), "decoy", SHAPE),
        c("pocet_vypujcek", N, "INTEGER", g.ints(0, 25), "decoy"),
        c("dluh_kc", N, "DECIMAL(8,2)", g.amounts(0, 600), "decoy"),
        c("posledni_navsteva", N, "TIMESTAMP", g.moments("2025-09-01", "2026-02-27"), "decoy"),
        c("knihovnice", "person_name", "VARCHAR", g.col(g.pick(librarians)), STAFF),
        c("pobocka", N, "VARCHAR", [branches[i][0] for i in br], "business"),
        c("pobocka_tel", N, "VARCHAR", [branches[i][1] for i in br], "business"),
        c("volne_pole_2", "free_text", "VARCHAR", _custom(g, "CZ", "cs"), CUSTOM),
        c("poznamka", "free_text", "VARCHAR", g.sparse(pozn, 0.8, _words("není", "—")), NULLWORD),
    ])


def gr_erasmus_outgoing(g: Gen) -> Table:
    """A Thessaloniki university's outgoing Erasmus students (Greek column names and values)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.6
        a, b = v.person(g, "el", female)
        born = g.birth(1999, 2005)
        rows.append((a, b, born, v.amka(g, born, female)))
    places = [g.rnd.choice(v.GR_CITIES) for _ in range(g.rows)]
    coordinators = _staff(g, 5, "el", lambda n: f"Καθ. {n}")
    host = [g.rnd.choice(v.GR_HOSTS) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Εκκρεμεί υπογραφή από {v.whole(g, 'el')}", "Learning Agreement εγκρίθηκε",
                             f"Επικοινωνία με τη μητέρα {v.person(g, 'el', True)[0]}", "Αλλαγή μαθημάτων"])

    return Table("γραφείο_erasmus.εξερχόμενοι_φοιτητές", "el", "snake", [
        c("α_α", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("αρ_πρωτοκόλλου", N, "VARCHAR", g.col(lambda: v.afm_decoy(g)), "decoy", SHAPE),
        c("αεμ", N, "VARCHAR", g.col(lambda: g.digits(5)), "decoy", SHAPE),
        c("επώνυμο", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("όνομα", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("πατρώνυμο", "first_name", "VARCHAR", g.col(lambda: v.person(g, "el", False)[0], 0.05), ROLE),
        c("μητρώνυμο", "first_name", "VARCHAR", g.col(lambda: v.person(g, "el", True)[0], 0.1), ROLE),
        c("ημερομηνία_γέννησης", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("αμκα", "ssn", "VARCHAR", [r[3] if g.rnd.random() < 0.9 else None for r in rows]),
        c("αφμ", "national_id", "VARCHAR", g.col(lambda: v.afm(g), 0.1)),
        c("αδτ", "national_id", "VARCHAR", g.col(lambda: v.gr_id_card(g), 0.2)),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "GR", g.rnd.random() < 0.5), 0.15)),
        c("διεύθυνση", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GR_STREETS, "el"))),
        c("τκ", "postal_code", "VARCHAR", [f"{p[1]} {g.digits(2)}" for p in places]),
        c("πόλη", "city", "VARCHAR", [p[0] for p in places]),
        c("κινητό", "phone", "VARCHAR", g.phones("GR", {"national": 0.7, "e164": 0.2, "intl": 0.1}, 1.0, 0.05)),
        c("email", "email", "VARCHAR", g.col(lambda: v.romaji_email(g, "el"), 0.05)),
        c("ίδρυμα_υποδοχής", N, "VARCHAR", [h[0] for h in host], "business"),
        c("χώρα_υποδοχής", N, "VARCHAR", [h[1] for h in host], "decoy"),
        c("ποσό_υποτροφίας", N, "DECIMAL(8,2)", g.amounts(1_500, 3_600), "decoy"),
        c("ακαδημαϊκός_συντονιστής", "person_name", "VARCHAR", g.col(g.pick(coordinators)), STAFF),
        c("επιπλέον_πεδίο_2", N, "VARCHAR", _codes(g, ["SMS", "SMP", "BIP", "KA131-Χ", "TOP-UP"]), "decoy", PLAIN),
        c("παρατηρήσεις", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("καμία")), NULLWORD),
    ])


def ja_tuition_exemption(g: Gen) -> Table:
    """A Sendai national university's tuition fee exemption applications (Japanese column names and values)."""
    pairs = [v.person(g, "ja") for _ in range(g.rows)]
    places = [g.rnd.choice(v.JA_CITIES) for _ in range(g.rows)]
    clerks = _staff(g, 4, "ja")

    def wareki(d: date) -> str:
        return f"{d.year}年{d.month}月{d.day}日"

    def bikou() -> str:
        return g.rnd.choice(["家計急変による申請", f"父の{v.whole(g, 'ja')}さんが病気療養中",
                             "書類不備のため再提出", f"兄の{v.person(g, 'ja')[0]}さんも在学中", "修学支援新制度対象"])

    return Table("学生支援課.授業料免除申請", "ja", "kanji", [
        c("申請番号", N, "BIGINT", g.keys(2_025_00001), "decoy", KEY),
        c("学籍番号", N, "VARCHAR", g.col(lambda: g.code("A9AA9999")), "decoy", SHAPE),
        c("氏名", "person_name", "VARCHAR", [f"{b} {a}" for a, b in pairs]),
        c("氏名カナ", "person_name", "VARCHAR", [f"{v.JA_KANA[b]} {v.JA_KANA[a]}" for a, b in pairs]),
        c("生年月日", "date_of_birth", "VARCHAR", g.col(lambda: wareki(g.birth(1998, 2006)))),
        c("性別", N, "VARCHAR", g.col(g.pick(["男", "女"])), "decoy"),
        c("マイナンバー", "national_id", "VARCHAR", g.col(lambda: v.my_number(g), 0.8), HEAVY),
        c("郵便番号", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(4)}" for p in places]),
        c("住所", "street_address", "VARCHAR", g.col(g.pick(v.JA_STREETS))),
        c("市区町村", "city", "VARCHAR", [p[0] for p in places]),
        c("電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "e164": 0.2}, 0.85, 0.05)),
        c("メールアドレス", "email", "VARCHAR", g.col(lambda: v.romaji_email(g, "ja"), 0.1)),
        c("主たる家計支持者", "person_name", "VARCHAR", [f"{b} {v.given(g, 'ja')}" for _, b in pairs], ROLE),
        c("続柄", N, "VARCHAR", g.col(g.pick(["父", "母", "本人", "祖父"])), "decoy"),
        c("世帯年収", N, "INTEGER", g.ints(800_000, 9_000_000), "decoy"),
        c("学部", N, "VARCHAR", g.col(g.pick(v.JA_FACULTIES)), "decoy"),
        c("免除区分", N, "VARCHAR", g.col(g.pick(["全額免除", "半額免除", "3分の1免除", "不許可", "審査中"])), "decoy"),
        c("受付担当", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
        c("受付日時", N, "TIMESTAMP", g.moments("2025-09-01", "2025-10-31"), "decoy"),
        c("自由項目2", "free_text", "VARCHAR", _custom(g, "JP", "ja"), CUSTOM),
        c("備考", "free_text", "VARCHAR", g.sparse(bikou, 0.78, _words("なし", "特になし", "未記入")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (mt_grad_applications, 500), (gb_exchange_incoming, 320), (ca_residence_assignments, 450),
    (ke_scholarship_disbursements, 600), (au_card_issue, 380), (ms_isir_extract, 700), (my_exam_results_feed, 600),
    (ie_alumni_export, 420), (de_bafoeg, 450), (fr_crous_dse, 520), (it_verbali_esami, 760), (pl_rekrutacja, 550),
    (cz_knihovna, 480), (gr_erasmus_outgoing, 260), (ja_tuition_exemption, 400),
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
