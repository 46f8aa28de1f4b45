"""Held-out set v124 for the column classifier: 15 tables of *driving schools, driving-test centres, driver licensing
and traffic-offence schemes* (a court-referred defensive-driving school, driving schools' lesson bookings and pupil
files, a driver education programme, learner-permit applications, a driving-test centre's bookings, a state's
traffic-conviction abstracts, a speed-awareness course provider and a city's traffic wardens' penalty notices), one
system per table and each a different organisation, eight with English column names and seven in other languages:

* ``akdefensive.course_enrolments``: an Anchorage (Alaska) court-referred defensive-driving school's enrolments (snake
  case, Alaska licence numbers, court case numbers shaped like SSNs failing the check, the referring court and its
  phone, the parent or guardian of teen drivers, the course login's IP, ``misc_1``);
* ``kernowDrive.lessonBookings``: a Cornwall driving school's lesson bookings (camel case, DVLA licence numbers
  encoding the surname, birth date and sex, theory certificate numbers, the instructor and ADI number, the school
  car's plate, an emergency contact, ``customField2``);
* ``ReginaDriverEd.StudentFiles``: a Regina (Saskatchewan) driver education school's student files (Pascal case, SGI
  licence numbers, the SIN for tuition certificates, certificate numbers failing the Luhn check, the parent or
  guardian, high schools and their phones, ``Udf2`` holding bus routes, not people);
* ``MULTAN_DRV_SCHOOL.LEARNER_PERMIT_APPS``: a Multan driving school's learner-permit applications (SCREAMING case,
  CNIC encoding the sex, the father's or husband's name, learner permit numbers, challan numbers failing the CNIC
  check, the medical officer, ``CUSTOM_FIELD_2``);
* ``hkdrv.lsn_bkg``: a Sha Tin private driving instructor's lesson bookings (abbreviated: ``stu_eng_nm``,
  ``ec_ph``; English and Chinese names, HKID with its check character, receipt numbers failing it, districts,
  ``udf_1`` holding pickup points, not people);
* ``NEDMVLEG.CONV_ABSTRACT_EXTRACT``: a Nebraska county courts' traffic-conviction abstracts to the DMV, a COBOL
  extract (legacy: padded CHAR, ``YYYYMMDD`` integers, the driver's SSN, phone and ZIP as numbers with 0 for
  missing, the issuing officer and badge, plates, points, ``CA-USER-FLD-1``);
* ``stg_dmt_kurunegala.src_exam_booking_raw``: a Kurunegala driving-test booking feed as an opaque staging table
  (``col01`` to ``col18``: NIC encoding the birth date and sex, a ``dd/mm/yyyy`` birth date, NIC-shaped receipt
  numbers no one can hold, hashes, the test ground's coordinates, app versions);
* ``awareness_api.bookings_flat``: a Highlands speed-awareness course provider's booking API, flattened to dotted
  keys (``driver.name.first``; DVLA licence numbers, the keeper who nominated the driver, notice references, camera
  coordinates, plates, the trainer, the payment's IP);
* ``trafikkskole_tromso.elevkartotek``: a Tromsø driving school's pupil register (Norwegian; fødselsnummer encoding
  the birth date, the guardian and the guardian's mobile, the school car's plate, invoice numbers failing the
  fødselsnummer check, the school's organisasjonsnummer, a refund IBAN, ``ekstrafelt_2``);
* ``ajokoekeskus_pohjola.ajokoevaraukset``: an Oulu driving-test centre's test bookings (Finnish; henkilötunnus
  encoding the birth date, booking numbers shaped like it failing the check, examiners, the interpreter, driving
  schools with their addresses, phones, e-mails and Y-tunnus, ``vapaa_kentta_1`` holding the test vehicle, not
  people);
* ``autosiskola_gyor.tanulok``: a Győr driving school's pupils (Hungarian; the adóazonosító jel encoding the birth
  date, the TAJ number, the identity card number, the mother's name, the place of birth, the instructor's licence
  number, invoice numbers failing the adóazonosító check, the school's tax number, ``egyedi_mezo_2``);
* ``scoala_soferi_iasi.cursanti``: an Iași driving school's trainees (Romanian; CNP encoding the sex and birth date,
  identity card series and numbers, the guardian of minors, contract numbers failing the CNP check, the county, the
  school's CUI, address, phone and e-mail, ``camp_suplimentar_1`` holding the exam route, not people);
* ``автошкола_пловдив.курсисти``: a Plovdiv driving school's trainees (Bulgarian column names and values in Cyrillic;
  ЕГН encoding the birth date and sex, identity card and licence numbers, the school car's plate, contract numbers
  failing the ЕГН check, the school's ЕИК and phone, ``допълнително_поле_2``);
* ``autoskola_liepaja.audzekni``: a Liepāja driving school's pupils (Latvian; personas kods encoding the birth date,
  the legal representative and their phone, theory and driving instructors, medical certificate and contract
  numbers, the school's registration number, ``papildlauks_2``);
* ``prometno_redarstvo_split.prekrsajni_nalozi``: Split's traffic wardens' penalty notices (Croatian; OIB, ticket
  numbers failing the OIB check, plates and makes, the offence's street and coordinates, wardens, driving licence
  numbers, a refund IBAN, ``dodatno_polje_1`` holding the zone, not people).

Written **blind**, like v2 to v122: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v98 (its modules
and test), v122's test, ``tests/heldout_support.py``, the module docstrings of v24 to v122 (to avoid their domains
and countries and follow their labeling conventions: earlier sets had a German driving school's pupils, ride-hailing
drivers' licences and a taxi-driver register; every organisation, country and shape here is different) and the
``Column``/``Table`` classes and writer of v2 and v4. The classifier was not run on this set while it was written, no
scorer was run on it, and no score was looked at. It was written under a short deadline (the tests and lint
included), so some labels are quick decisions rather than settled conventions.

Labeling choices a reader may question:

* a US SSN, a Canadian SIN and a Hungarian TAJ number are ``ssn``; a driving licence's number (Alaska, DVLA, SGI,
  Nebraska, Bulgarian, Croatian), a learner permit's, CNIC, HKID, a Sri Lankan NIC, fødselsnummer, henkilötunnus,
  the adóazonosító jel, a Hungarian or Romanian identity card's number, CNP, ЕГН, a Bulgarian identity card's number,
  personas kods and OIB are ``national_id``; SGI, Alaska, Nebraska, Croatian and learner-permit numbers, identity
  card numbers and the Sri Lankan NIC are generated by shape only (the NIC encodes the birth date and sex), HKID,
  the adóazonosító jel and TAJ with their published checks written out here;
* enrolment, booking, certificate, citation, case, challan, receipt, invoice, contract, notice and ticket numbers
  are ``none`` (tag ``decoy``, ``value_shape`` when shaped like an identifier); the ADI number, an instructor's
  licence number and an officer's badge are ``none`` (tag ``practitioner_id``);
* a learner's or offender's own car plate and make are ``none`` (tags ``decoy``, ``vehicle``); a school's own cars'
  plates are ``none`` (tag ``fleet``); courts, police forces, venues, schools, test grounds and their addresses,
  phones, e-mails, tax, organisation and registration numbers are ``none`` (tag ``business``); a camera's, an
  offence's and a test ground's coordinates and the offence's street are ``none``;
* instructors, examiners, trainers, wardens, officers and medical officers are staff (``person_name``, tag
  ``staff``); a parent or guardian, a legal representative, an emergency contact, a father or husband, a mother, an
  interpreter and the keeper who nominated the driver are personal (tag ``role_word``);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``);
  custom fields holding bus routes, pickup points, test vehicles, exam routes or parking zones are ``none`` (tags
  ``decoy``, ``custom_plain``); notes naming people are ``free_text``;
* numeric dates of birth (``YYYYMMDD``, 0 for missing) and a ``dd/mm/yyyy`` string in an opaque column are
  ``date_of_birth``; lesson, test, course, offence, conviction and theory dates are ``none``; a county, a Romanian
  județ and a Pakistani district are ``none``; a Hong Kong district, a place of birth and a Latvian or Norwegian
  post town are ``city``; a course login's and a payment's IP are ``ip_address``; a refund IBAN is ``iban``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v124_values`, written for v124 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v124 [PATH]`` (default ``/tmp/heldout_v124.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v124``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v124_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v124_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v124.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # instructors, examiners, trainers, wardens, officers (few distinct)
ROLE = "role_word"  # a role word (guardian, next of kin, keeper, interpreter, mother ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PLAIN = "custom_plain"  # an opaque custom field holding no personal data (none)
PRAC = "practitioner_id"  # an instructor's, an ADI's or an officer's number (none)
VEHICLE = "vehicle"  # a person's own plate or make (none)
FLEET = "fleet"  # a school's own cars (none)


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
            return g.phone(region, "national", areas=v.AK_AREAS if lang == "ak" else None)
        if r < 0.7:
            a, b = v.person(g, "us" if lang == "ak" else lang)
            return v.email_of(g, a, b, v.DOMAINS["us" if lang == "ak" else lang])
        return v.whole(g, "us" if lang == "ak" else lang)
    return g.col(one, null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _minor(born: date, at: int = 2025) -> bool:
    return at - born.year < 18


# -- English-named tables ----------------------------------------------------------------------------------------------


def ak_defensive_driving(g: Gen) -> Table:
    """An Anchorage court-referred defensive-driving school's enrolments (snake case)."""
    births = [g.birth(1950, 2008) if g.rnd.random() < 0.8 else g.birth(2008, 2009) for _ in range(g.rows)]
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    places = [g.rnd.choice(v.AK_CITIES) for _ in range(g.rows)]
    courts = [(name, g.phone("US", "national", False, v.AK_AREAS)) for name, _ in v.AK_COURTS]
    court = [g.rnd.randrange(len(courts)) for _ in range(g.rows)]
    staff = _staff(g, 4, "us")

    def note() -> str:
        return g.rnd.choice([f"Court extended deadline, clerk {v.whole(g)} confirmed", "Retook final quiz",
                             f"Mom {v.given(g)} called about the teen's certificate", "Refund requested, duplicate pay",
                             "Certificate emailed to court"])

    return Table("akdefensive.course_enrolments", "en", "snake", [
        c("enrolment_id", N, "BIGINT", g.keys(40_001), "decoy", KEY),
        c("court_case_number", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g), 0.1), "decoy", SHAPE),
        c("citation_number", N, "VARCHAR", g.col(lambda: g.code("AA9999999"), 0.05), "decoy", SHAPE),
        c("referring_court", N, "VARCHAR", [courts[i][0] for i in court], "business"),
        c("court_phone", N, "VARCHAR", [courts[i][1] for i in court], "business"),
        c("student_first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("student_last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("date_of_birth", "date_of_birth", "DATE", births),
        c("ak_license_number", "national_id", "VARCHAR", g.col(lambda: g.digits(7), 0.1)),
        c("mailing_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AK_STREETS), 0.05)),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("zip", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("cell_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 1.0, 0.1,
                                                    v.AK_AREAS)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["us"]) if g.rnd.random() < 0.9 else None
                                        for a, b in pairs]),
        c("parent_guardian_name", "person_name", "VARCHAR", [v.whole(g) if _minor(b) else None for b in births],
          ROLE, HEAVY),
        c("parent_guardian_phone", "phone", "VARCHAR", [g.phone("US", "dashes", True, v.AK_AREAS) if _minor(b)
                                                        else None for b in births], ROLE, HEAVY),
        c("course_login_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25), 0.15)),
        c("course_type", N, "VARCHAR", g.col(g.pick(["4-hr DDC online", "8-hr DDC classroom", "Teen Alive@25"])),
          "decoy"),
        c("completed_at", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30", 0.2), "decoy"),
        c("certificate_number", N, "VARCHAR", g.col(lambda: g.code("DDC-AK-99999"), 0.2), "decoy", SHAPE),
        c("instructor", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("card_last4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.1), "decoy"),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "US", "ak"), CUSTOM),
        c("notes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words()), NULLWORD),
    ])


def gb_kernow_lessons(g: Gen) -> Table:
    """A Cornwall driving school's lesson bookings (camel case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "gb", female)
        born = g.birth(1970, 2008)
        rows.append((a, b, born, v.dvla(g, b, a, born, female)))
    places = [g.rnd.choice(v.KW_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "gb")
    adi = {name: g.digits(6) for name in staff}
    cars = {name: g.code("AA25 AAA") for name in staff}
    who = [g.rnd.choice(staff) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Collect from nan's house ({v.given(g, 'gb')})", "Mock test, dual carriageway",
                             "Nervous on roundabouts", f"Partner {v.whole(g, 'gb')} may cancel on her behalf"])

    return Table("kernowDrive.lessonBookings", "en", "camel", [
        c("bookingId", N, "BIGINT", g.keys(7_001), "decoy", KEY),
        c("pupilFirstName", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("pupilSurname", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("dateOfBirth", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("drivingLicenceNumber", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.9 else None for r in rows]),
        c("mobileNumber", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.95, 0.05)),
        c("emailAddress", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["gb"]) if g.rnd.random() < 0.85
                                               else None for r in rows]),
        c("homeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.KW_STREETS, "gb"), 0.05)),
        c("town", "city", "VARCHAR", [p[0] for p in places]),
        c("postcode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9AA')}" for p in places]),
        c("pickupPoint", N, "VARCHAR", g.col(g.pick(["Home", "Truro College gate", "Penzance station",
                                                     "Tesco Pool car park", "Workplace"])), "decoy"),
        c("theoryCertNumber", N, "VARCHAR", g.col(lambda: g.digits(8) + g.code("AAA"), 0.3), "decoy", SHAPE),
        c("theoryPassDate", N, "DATE", g.days("2024-06-01", "2025-11-30", 0.3), "decoy"),
        c("instructorName", "person_name", "VARCHAR", who, STAFF),
        c("adiNumber", N, "VARCHAR", [adi[w] for w in who], "decoy", PRAC),
        c("carReg", N, "VARCHAR", [cars[w] for w in who], "business", FLEET),
        c("lessonStart", N, "TIMESTAMP", g.moments("2025-03-01", "2025-12-20"), "decoy"),
        c("lessonType", N, "VARCHAR", g.col(g.pick(["Standard 2h", "Intensive", "Mock test", "Pass Plus"])), "decoy"),
        c("lessonPrice", N, "DECIMAL(6,2)", g.col(g.pick([38.0, 42.0, 76.0, 84.0, 150.0])), "decoy"),
        c("testCentre", N, "VARCHAR", g.col(g.pick(["Camborne DTC", "Bodmin DTC", "St Austell DTC"]), 0.2),
          "business"),
        c("emergencyContactName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "gb"), 0.7), ROLE, HEAVY),
        c("emergencyContactPhone", "phone", "VARCHAR", g.phones("GB", {"national": 1.0}, 1.0, 0.72), ROLE, HEAVY),
        c("customField2", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
        c("lessonNotes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("none")), NULLWORD),
    ])


def sk_driver_ed(g: Gen) -> Table:
    """A Regina driver education school's student files (Pascal case)."""
    births = [g.birth(2008, 2010) if g.rnd.random() < 0.6 else g.birth(1965, 2004) for _ in range(g.rows)]
    pairs = [v.person(g, "ca") for _ in range(g.rows)]
    places = [g.rnd.choice(v.SK_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 6, "ca")
    schools = [(name, g.phone("CA", "national", False)) for name in
               ("Campbell Collegiate", "Sheldon-Williams Collegiate", "Riffel High School", "Vanier Collegiate")]
    school = [g.rnd.randrange(len(schools)) if _minor(b, 2026) else None for b in births]
    return Table("ReginaDriverEd.StudentFiles", "en", "pascal", [
        c("StudentId", N, "BIGINT", g.keys(300_001), "decoy", KEY),
        c("FirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("LastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("BirthDate", "date_of_birth", "DATE", births),
        c("SgiLicenceNumber", "national_id", "VARCHAR", g.col(lambda: g.digits(8), 0.15)),
        c("Sin", "ssn", "VARCHAR", [v.ca_sin(g) if not _minor(b, 2026) and g.rnd.random() < 0.65 else None
                                    for b in births], HEAVY),
        c("HomePhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.6, "dashes": 0.3, "e164": 0.1}, 0.7, 0.05)),
        c("Email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ca"]) if g.rnd.random() < 0.8 else None
                                        for a, b in pairs]),
        c("StreetAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.SK_STREETS, "ca"))),
        c("City", "city", "VARCHAR", [p[0] for p in places]),
        c("PostalCode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9A9')}" for p in places]),
        c("ProgramType", N, "VARCHAR", [("High School Driver Ed" if _minor(b, 2026) else
                                         g.rnd.choice(["Class 5 Adult", "Class 1 MELT"])) for b in births], "decoy"),
        c("T2202CertificateNo", N, "VARCHAR", g.col(lambda: v.luhn_decoy(g, 9), 0.3), "decoy", SHAPE),
        c("TuitionAmount", N, "DECIMAL(8,2)", g.col(g.pick([0.0, 695.0, 1150.0, 11_900.0])), "decoy"),
        c("ParentGuardianName", "person_name", "VARCHAR",
          [v.whole(g, "ca") if _minor(b, 2026) and g.rnd.random() < 0.85 else None for b in births], ROLE, HEAVY),
        c("ParentGuardianEmail", "email", "VARCHAR",
          [v.email_of(g, *v.person(g, "ca"), v.DOMAINS["ca"]) if _minor(b, 2026) and g.rnd.random() < 0.8 else None
           for b in births], ROLE, HEAVY),
        c("InstructorName", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("HighSchool", N, "VARCHAR", [None if s is None else schools[s][0] for s in school], "business"),
        c("HighSchoolPhone", N, "VARCHAR", [None if s is None else schools[s][1] for s in school], "business"),
        c("RoadTestDate", N, "DATE", g.days("2025-02-01", "2026-01-31", 0.3), "decoy"),
        c("MedicalReportOnFile", N, "BOOLEAN", g.yn(True, False, 0.2), "decoy"),
        c("Udf2", N, "VARCHAR", g.col(g.pick(["Bus 7 Albert", "Bus 12 Dewdney", "Walk-in", "Bus 4 Broad"]), 0.4),
          "decoy", PLAIN),
    ])


def pk_learner_permits(g: Gen) -> Table:
    """A Multan driving school's learner-permit applications (SCREAMING case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.3
        a, b = v.person(g, "pk", female)
        rows.append((f"{a} {b}", female, g.birth(1965, 2007), v.pk_cnic(g, female)))
    places = [g.rnd.choice(v.PK_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "pk")
    doctors = ["Dr. " + name for name in _staff(g, 3, "pk")]

    def remark() -> str:
        return g.rnd.choice(["Medical fit, spectacles required", f"Brother {v.whole(g, 'pk')} will collect permit",
                             "Fee challan pending", "Re-test after 42 days"])

    return Table("MULTAN_DRV_SCHOOL.LEARNER_PERMIT_APPS", "en", "screaming", [
        c("APPLICATION_NO", N, "VARCHAR", g.col(lambda: g.code("MDS-25-99999")), "decoy", SHAPE),
        c("APPLICANT_NAME", "person_name", "VARCHAR", [r[0] for r in rows]),
        c("FATHER_HUSBAND_NAME", "person_name", "VARCHAR", [f"{v.person(g, 'pk', False)[0]} {r[0].split()[-1]}"
                                                            for r in rows], ROLE),
        c("CNIC", "national_id", "VARCHAR", [r[3] if r[2].year <= 2007 and g.rnd.random() < 0.95 else None
                                             for r in rows]),
        c("DATE_OF_BIRTH", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("GENDER", N, "VARCHAR", ["F" if r[1] else "M" for r in rows], "decoy"),
        c("MOBILE_NO", "phone", "VARCHAR", g.phones("PK", {"national": 0.7, "e164": 0.3}, 1.0, 0.05)),
        c("EMAIL_ADDRESS", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "pk"), v.DOMAINS["pk"]), 0.65),
          HEAVY),
        c("PRESENT_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PK_STREETS, "pk"))),
        c("CITY", "city", "VARCHAR", [p[0] for p in places]),
        c("DISTRICT", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("POSTAL_CODE", "postal_code", "VARCHAR", [p[2] for p in places]),
        c("BLOOD_GROUP", N, "VARCHAR", g.col(g.pick(["A+", "B+", "O+", "AB+", "O-", "B-"])), "decoy"),
        c("LICENCE_CATEGORY", N, "VARCHAR", g.col(g.pick(["M/CYCLE", "M/CAR", "M/CYCLE + M/CAR", "LTV"])), "decoy"),
        c("LEARNER_PERMIT_NO", "national_id", "VARCHAR", g.col(lambda: g.code("MUL-LP-9999999"), 0.3)),
        c("CHALLAN_NO", N, "VARCHAR", g.col(lambda: v.pk_cnic_decoy(g)), "decoy", SHAPE),
        c("FEE_PAID_PKR", N, "INTEGER", g.col(g.pick([60, 120, 550, 1_050])), "decoy"),
        c("INSTRUCTOR_NAME", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("MEDICAL_OFFICER", "person_name", "VARCHAR", g.col(g.pick(doctors)), STAFF),
        c("TEST_SLOT", N, "TIMESTAMP", g.moments("2025-05-01", "2025-12-15"), "decoy"),
        c("CUSTOM_FIELD_2", "free_text", "VARCHAR", _custom(g, "PK", "pk"), CUSTOM),
        c("REMARKS", "free_text", "VARCHAR", g.sparse(remark, 0.75, _words("NIL")), NULLWORD),
    ])


def hk_lesson_bookings(g: Gen) -> Table:
    """A Sha Tin private driving instructor's lesson bookings (abbreviated snake case)."""
    rows = []
    for _ in range(g.rows):
        sur, giv = g.rnd.choice(v.HK_SURNAMES), g.rnd.choice(v.HK_GIVEN)
        rows.append((f"{sur[1]} {giv[1]}", f"{sur[0]}{giv[0]}", sur[1]))
    dists = [g.rnd.choice(v.HK_DISTRICTS) for _ in range(g.rows)]
    staff = _staff(g, 3, "hk")
    cars = [g.code("AA 9999") for _ in staff]

    def rmk() -> str:
        return g.rnd.choice(["Pick up at MTR exit A", f"Sister {v.whole(g, 'hk')} pays by FPS",
                             "Road test booked, need 3 more lessons", "Wet weather, lesson shortened"])

    return Table("hkdrv.lsn_bkg", "en", "abbrev", [
        c("bkg_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("stu_eng_nm", "person_name", "VARCHAR", [r[0] for r in rows], ABBREV),
        c("stu_chi_nm", "person_name", "VARCHAR", [r[1] if g.rnd.random() < 0.8 else None for r in rows], ABBREV),
        c("stu_eng_alias", "first_name", "VARCHAR", g.col(g.pick(v.HK_ENGLISH), 0.55), ABBREV, HEAVY),
        c("hkid_no", "national_id", "VARCHAR", g.col(lambda: v.hkid(g), 0.05), ABBREV),
        c("dob", "date_of_birth", "DATE", g.births(1960, 2007), ABBREV),
        c("mob_no", "phone", "VARCHAR", g.phones("HK", {"national": 0.7, "intl": 0.3}, 1.0), ABBREV),
        c("em_addr", "email", "VARCHAR", [v.email_of(g, g.rnd.choice(v.HK_ENGLISH), r[2], v.DOMAINS["hk"])
                                          if g.rnd.random() < 0.7 else None for r in rows], ABBREV),
        c("res_addr", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.HK_STREETS, "hk"), 0.1), ABBREV),
        c("res_dist", "city", "VARCHAR", [d[0] for d in dists], ABBREV),
        c("ins_nm", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF, ABBREV),
        c("veh_reg", N, "VARCHAR", g.col(g.pick(cars)), "business", FLEET),
        c("veh_cls", N, "VARCHAR", g.col(g.pick(["1 Private car (A)", "1 Private car (M)", "2 Light goods"])),
          "decoy"),
        c("lsn_dt", N, "TIMESTAMP", g.moments("2025-01-01", "2025-12-20"), "decoy"),
        c("lsn_hrs", N, "DOUBLE", g.col(g.pick([1.0, 1.5, 2.0])), "decoy"),
        c("fee_hkd", N, "INTEGER", g.col(g.pick([330, 380, 420, 760])), "decoy"),
        c("rcpt_no", N, "VARCHAR", g.col(lambda: v.hkid_decoy(g)), "decoy", SHAPE),
        c("pmt_mthd", N, "VARCHAR", g.col(g.pick(["FPS", "Octopus", "Cash", "PayMe"])), "decoy"),
        c("ec_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "hk"), 0.6), ROLE, ABBREV, HEAVY),
        c("ec_rel", N, "VARCHAR", g.col(g.pick(["Mother", "Father", "Spouse", "Sibling", "Friend"]), 0.6), "decoy"),
        c("ec_ph", "phone", "VARCHAR", g.phones("HK", {"national": 1.0}, 1.0, 0.62), ROLE, ABBREV, HEAVY),
        c("udf_1", N, "VARCHAR", g.col(g.pick(["MTR Sha Tin Exit A", "Fo Tan Stn", "Tai Wai Stn B", "Home"]), 0.2),
          "decoy", PLAIN),
        c("rmk", "free_text", "VARCHAR", g.sparse(rmk, 0.78, _words("NIL", "無")), NULLWORD, ABBREV),
    ])


def ne_conviction_abstracts(g: Gen) -> Table:
    """Nebraska county courts' traffic-conviction abstracts to the DMV (COBOL extract: padded CHAR, numbers)."""
    places = [g.rnd.choice(v.NE_CITIES) for _ in range(g.rows)]
    drivers = [v.person(g, "us") for _ in range(g.rows)]
    officers = _staff(g, 8, "us")
    badge = {name: g.digits(4) for name in officers}
    who = [g.rnd.choice(officers) for _ in range(g.rows)]
    courts = {name: f"NE0{g.digits(6)}" for name in v.NE_COURTS}
    court = [g.rnd.choice(v.NE_COURTS) for _ in range(g.rows)]
    offenses = [g.rnd.choice(v.NE_OFFENSES) for _ in range(g.rows)]
    viol = [g.day("2024-06-01", "2025-10-31") for _ in range(g.rows)]
    return Table("NEDMVLEG.CONV_ABSTRACT_EXTRACT", "en", "cobol", [
        c("CA-SEQ-NO", N, "BIGINT", g.keys(2_025_000_001), "decoy", KEY, LEGACY),
        c("CA-COURT-ORI", N, "VARCHAR", [courts[x] for x in court], "business", LEGACY),
        c("CA-COURT-NAME", N, "VARCHAR", _pad(court, 24), "business", LEGACY),
        c("CA-CASE-NO", N, "VARCHAR", _pad(g.col(lambda: g.code("TR25-99999")), 12), "decoy", SHAPE, LEGACY),
        c("CA-CITATION-NO", N, "VARCHAR", _pad(g.col(lambda: g.code("A9999999")), 10), "decoy", SHAPE, LEGACY),
        c("CA-DL-NO", "national_id", "VARCHAR", _pad(g.col(lambda: g.code("A99999999"), 0.03), 12), LEGACY),
        c("CA-DRV-LAST-NM", "last_name", "VARCHAR", _pad([b.upper() for _, b in drivers], 20), LEGACY),
        c("CA-DRV-FIRST-NM", "first_name", "VARCHAR", _pad([a.upper() for a, _ in drivers], 15), LEGACY),
        c("CA-DRV-DOB", "date_of_birth", "INTEGER", [_ymd(g.birth(1945, 2008)) if g.rnd.random() < 0.97 else 0
                                                     for _ in range(g.rows)], LEGACY),
        c("CA-DRV-SSN", "ssn", "BIGINT", [int(v.us_ssn(g, False)) if g.rnd.random() < 0.6 else 0
                                          for _ in range(g.rows)], LEGACY),
        c("CA-DRV-ADDR", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.NE_STREETS).upper()), 30),
          LEGACY),
        c("CA-DRV-CITY", "city", "VARCHAR", _pad([p[0].upper() for p in places], 18), LEGACY),
        c("CA-DRV-ZIP", "postal_code", "INTEGER", [int(p[2] + g.digits(2)) for p in places], LEGACY),
        c("CA-DRV-PHONE", "phone", "BIGINT", [int(g.phone("US", "digits")) if g.rnd.random() < 0.7 else 0
                                              for _ in range(g.rows)], LEGACY),
        c("CA-PLATE-NO", N, "VARCHAR", _pad(g.col(lambda: g.code("AAA 999"), 0.1), 8), "decoy", VEHICLE, LEGACY),
        c("CA-VIOL-DT", N, "INTEGER", [_ymd(d) for d in viol], "decoy", LEGACY),
        c("CA-CONV-DT", N, "INTEGER", [_ymd(d.replace(day=min(d.day, 28), month=d.month % 12 + 1,
                                                        year=d.year + (d.month == 12))) for d in viol], "decoy",
          LEGACY),
        c("CA-OFFENSE-DESC", N, "VARCHAR", _pad([o[0] for o in offenses], 20), "decoy", LEGACY),
        c("CA-POINTS", N, "INTEGER", [o[1] for o in offenses], "decoy", LEGACY),
        c("CA-FINE-AMT", N, "DECIMAL(7,2)", g.col(g.pick([25.0, 75.0, 125.0, 200.0, 500.0])), "decoy", LEGACY),
        c("CA-OFCR-NAME", "person_name", "VARCHAR", _pad([w.upper() for w in who], 24), STAFF, LEGACY),
        c("CA-OFCR-BADGE", N, "VARCHAR", [badge[w] for w in who], "decoy", PRAC, LEGACY),
        c("CA-USER-FLD-1", "free_text", "VARCHAR", _pad(_custom(g, "US", "us"), 40), CUSTOM, LEGACY),
    ])


def lk_exam_bookings(g: Gen) -> Table:
    """A Kurunegala driving-test booking feed, landed as an opaque staging table."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.4
        a, b = v.person(g, "lk", female)
        born = g.birth(1965, 2007)
        rows.append((f"{a} {b}", born, v.lk_nic(g, born, female)))
    places = [g.rnd.choice(v.LK_CITIES) for _ in range(g.rows)]
    grounds = [("Kurunegala Driving Test Ground", "7.4818,80.3609"), ("Kuliyapitiya Test Yard", "7.4688,80.0401")]
    ground = [g.rnd.randrange(len(grounds)) for _ in range(g.rows)]
    return Table("stg_dmt_kurunegala.src_exam_booking_raw", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", [r[0] for r in rows], OPAQUE),
        c("col03", "national_id", "VARCHAR", [r[2] for r in rows], OPAQUE),
        c("col04", "date_of_birth", "VARCHAR", [f"{r[1].day:02d}/{r[1].month:02d}/{r[1].year}" for r in rows], OPAQUE),
        c("col05", "phone", "VARCHAR", g.phones("LK", {"national": 0.6, "e164": 0.4}, 0.95), OPAQUE),
        c("col06", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "lk"), v.DOMAINS["lk"]), 0.6), OPAQUE,
          HEAVY),
        c("col07", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.LK_STREETS, "lk"), 0.05), OPAQUE),
        c("col08", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col09", "postal_code", "VARCHAR", [p[1] for p in places], OPAQUE),
        c("col10", N, "VARCHAR", [grounds[i][0] for i in ground], "business", OPAQUE),
        c("col11", N, "VARCHAR", g.col(g.pick(["A1, B1", "B", "A, B", "B1", "G1"])), "decoy", OPAQUE),
        c("col12", N, "VARCHAR", g.col(lambda: g.code("KUR/25/99999")), "decoy", SHAPE, OPAQUE),
        c("col13", N, "VARCHAR", g.col(lambda: v.lk_nic_decoy(g)), "decoy", SHAPE, OPAQUE),
        c("col14", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c("col15", "free_text", "VARCHAR", _custom(g, "LK", "lk"), CUSTOM, OPAQUE),
        c("col16", N, "TIMESTAMP", g.moments("2025-06-01", "2025-12-31"), "decoy", OPAQUE),
        c("col17", N, "VARCHAR", [grounds[i][1] for i in ground], "business", OPAQUE),
        c("col18", N, "VARCHAR", g.col(g.version), "decoy", OPAQUE),
    ])


def sc_speed_awareness(g: Gen) -> Table:
    """A Highlands speed-awareness course provider's booking API, flattened to dotted keys."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "gb", female)
        born = g.birth(1945, 2006)
        rows.append((a, b, born, v.dvla(g, b, a, born, female)))
    places = [g.rnd.choice(v.SC_CITIES) for _ in range(g.rows)]
    venue = [g.rnd.choice(v.SC_VENUES) for _ in range(g.rows)]
    trainers = _staff(g, 4, "gb")
    limits = [g.rnd.choice([30, 40, 60]) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Requested online course instead", f"Husband {v.whole(g, 'gb')} was actually driving",
                             "Hearing loop needed", "Moved date twice"])

    return Table("awareness_api.bookings_flat", "en", "dotted", [
        c("booking.id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("booking.reference", N, "VARCHAR", g.col(lambda: g.code("NSAC-25-99999")), "decoy", SHAPE),
        c("offer.nip_reference", N, "VARCHAR", g.col(lambda: g.code("N/99/999999/25")), "decoy", SHAPE),
        c("offer.police_force", N, "VARCHAR", ["Police Scotland N Division"] * g.rows, "business"),
        c("offer.offence_at", N, "TIMESTAMP", g.moments("2025-01-01", "2025-10-31"), "decoy"),
        c("offer.speed_limit", N, "INTEGER", limits, "decoy"),
        c("offer.recorded_speed", N, "INTEGER", [lim + g.rnd.randint(4, 11) for lim in limits], "decoy"),
        c("offer.camera_lat", N, "DOUBLE", g.floats(56.8, 58.6, 5), "decoy"),
        c("offer.camera_lon", N, "DOUBLE", g.floats(-6.2, -3.1, 5), "decoy"),
        c("offer.vehicle_reg", N, "VARCHAR", g.col(lambda: g.code("AA99 AAA")), "decoy", VEHICLE),
        c("driver.name.first", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("driver.name.last", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("driver.dob", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("driver.licence_number", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("driver.email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["gb"]) for r in rows]),
        c("driver.phone", "phone", "VARCHAR", g.phones("GB", {"e164": 0.7, "national": 0.3}, 0.85, 0.1)),
        c("driver.address.line1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.SC_STREETS, "gb"))),
        c("driver.address.town", "city", "VARCHAR", [p[0] for p in places]),
        c("driver.address.postcode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9AA')}" for p in places]),
        c("keeper.name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "gb"), 0.75), ROLE, HEAVY),
        c("course.venue", N, "VARCHAR", [x[0] for x in venue], "business"),
        c("course.venue_postcode", N, "VARCHAR", [x[1] for x in venue], "business"),
        c("course.start", N, "TIMESTAMP", g.moments("2025-02-01", "2025-12-15"), "decoy"),
        c("course.trainer", "person_name", "VARCHAR", g.col(g.pick(trainers)), STAFF),
        c("payment.card_last4", N, "VARCHAR", g.col(lambda: g.digits(4)), "decoy"),
        c("payment.ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.05)),
        c("meta.client_version", N, "VARCHAR", g.col(g.version), "decoy"),
        c("meta.notes", "free_text", "VARCHAR", g.sparse(note, 0.82, _words()), NULLWORD),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def no_trafikkskole(g: Gen) -> Table:
    """A Tromsø driving school's pupil register (Norwegian, snake case)."""
    births = [g.birth(2007, 2009) if g.rnd.random() < 0.6 else g.birth(1975, 2006) for _ in range(g.rows)]
    pairs = [v.person(g, "no") for _ in range(g.rows)]
    places = [g.rnd.choice(v.NO_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "no")
    cars = [g.code("EL 99999") for _ in range(3)]
    org = v.no_orgnr(g)

    def merknad() -> str:
        return g.rnd.choice([f"Mor ({v.given(g, 'no')}) betaler faktura", "Glattkjøring Kvaløya booket",
                             "Trenger mer mørkekjøring", f"Henter hos bestefar {v.whole(g, 'no')}"])

    return Table("trafikkskole_tromso.elevkartotek", "no", "snake", [
        c("elev_id", N, "BIGINT", g.keys(5_001), "decoy", KEY),
        c("fornavn", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("etternavn", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("fodselsnummer", "national_id", "VARCHAR", [v.fnr(g, b) if g.rnd.random() < 0.9 else None for b in births]),
        c("fodselsdato", "date_of_birth", "DATE", births),
        c("mobil", "phone", "VARCHAR", g.phones("NO", {"national": 0.6, "e164": 0.4}, 1.0, 0.03)),
        c("epost", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["no"]) for a, b in pairs]),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NO_STREETS, "no"))),
        c("postnummer", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("poststed", "city", "VARCHAR", [p[0] for p in places]),
        c("foresatt_navn", "person_name", "VARCHAR", [v.whole(g, "no") if _minor(b, 2026) and g.rnd.random() < 0.9
                                                      else None for b in births], ROLE, HEAVY),
        c("foresatt_mobil", "phone", "VARCHAR", [g.phone("NO", "national") if _minor(b, 2026) and g.rnd.random() < 0.8
                                                 else None for b in births], ROLE, HEAVY),
        c("forerkortklasse", N, "VARCHAR", g.col(g.pick(["B", "B", "BE", "A2", "B96"])), "decoy"),
        c("trafikalt_grunnkurs", N, "DATE", g.days("2023-01-01", "2025-10-31", 0.2), "decoy"),
        c("trinn", N, "INTEGER", g.ints(1, 4), "decoy"),
        c("laerer", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("skolebil_regnr", N, "VARCHAR", g.col(g.pick(cars)), "business", FLEET),
        c("fakturanummer", N, "VARCHAR", g.col(lambda: v.fnr_decoy(g)), "decoy", SHAPE),
        c("orgnr_skole", N, "VARCHAR", [org] * g.rows, "business"),
        c("kontonummer_refusjon", "iban", "VARCHAR",
          g.col(lambda: v.iban_of(g, "NO", lambda: g.digits(11)), 0.8), HEAVY),
        c("ekstrafelt_2", "free_text", "VARCHAR", _custom(g, "NO", "no"), CUSTOM),
        c("merknad", "free_text", "VARCHAR", g.sparse(merknad, 0.78, _words("ingen", "ikke oppgitt")), NULLWORD),
    ])


def fi_ajokoe(g: Gen) -> Table:
    """An Oulu driving-test centre's test bookings (Finnish, snake case)."""
    births = g.births(1960, 2008)
    pairs = [v.person(g, "fi") for _ in range(g.rows)]
    places = [g.rnd.choice(v.FI_CITIES) for _ in range(g.rows)]
    examiners = _staff(g, 6, "fi")
    schools = [(name, g.phone("FI", "national", False), v.ytunnus(g), address, f"info@{domain}") for
               name, address, domain in (("Autokoulu Tuira Oy", "Tuirantie 9, 90500 Oulu", "tuiranautokoulu.fi"),
                                         ("Kempeleen Liikennekoulu", "Zeppelinintie 1, 90450 Kempele",
                                          "kempeleenliikennekoulu.fi"),
                                         ("Oulun Ajokaista Oy", "Kauppurienkatu 23, 90100 Oulu", "ajokaista.fi"),
                                         ("Raahen Autokoulu", "Brahenkatu 4, 92100 Raahe", "raahenautokoulu.fi"))]
    school = [g.rnd.randrange(len(schools)) for _ in range(g.rows)]

    def lisatieto() -> str:
        return g.rnd.choice(["Uusintakoe", f"Huoltaja {v.whole(g, 'fi')} saattaa", "Koe keskeytetty, lumipyry",
                             "Tulkki paikalla"])

    return Table("ajokoekeskus_pohjola.ajokoevaraukset", "fi", "snake", [
        c("varaus_id", N, "BIGINT", g.keys(880_001), "decoy", KEY),
        c("varausnumero", N, "VARCHAR", g.col(lambda: v.hetu_decoy(g)), "decoy", SHAPE),
        c("etunimet", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("sukunimi", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("henkilotunnus", "national_id", "VARCHAR", [v.hetu(g, b) for b in births]),
        c("syntymaaika", "date_of_birth", "DATE", births),
        c("puhelin", "phone", "VARCHAR", g.phones("FI", {"national": 0.7, "e164": 0.3}, 1.0, 0.05)),
        c("sahkoposti", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["fi"]) if g.rnd.random() < 0.85 else None
                                             for a, b in pairs]),
        c("katuosoite", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.FI_STREETS, "fi"), 0.05)),
        c("postinumero", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("postitoimipaikka", "city", "VARCHAR", [p[0] for p in places]),
        c("ajokorttiluokka", N, "VARCHAR", g.col(g.pick(["B", "A1", "A2", "C", "BE"])), "decoy"),
        c("koetyyppi", N, "VARCHAR", g.col(g.pick(["teoriakoe", "ajokoe", "ajokoe (uusinta)"])), "decoy"),
        c("koeaika", N, "TIMESTAMP", g.moments("2025-01-07", "2025-12-19"), "decoy"),
        c("tarkastaja", "person_name", "VARCHAR", g.col(g.pick(examiners)), STAFF),
        c("autokoulu", N, "VARCHAR", [schools[i][0] for i in school], "business"),
        c("autokoulun_puhelin", N, "VARCHAR", [schools[i][1] for i in school], "business"),
        c("autokoulun_y_tunnus", N, "VARCHAR", [schools[i][2] for i in school], "business"),
        c("autokoulun_osoite", N, "VARCHAR", [schools[i][3] for i in school], "business"),
        c("autokoulun_sahkoposti", N, "VARCHAR", [schools[i][4] for i in school], "business"),
        c("tulkki", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "fi"), 0.9), ROLE, HEAVY),
        c("tulos", N, "VARCHAR", g.col(g.pick(["hyväksytty", "hylätty", "ei saapunut"]), 0.1), "decoy"),
        c("vapaa_kentta_1", N, "VARCHAR", g.col(g.pick(["oma auto", "autokoulun auto", "moottoripyörä"]), 0.3),
          "decoy", PLAIN),
        c("lisatiedot", "free_text", "VARCHAR", g.sparse(lisatieto, 0.8, _words("ei tietoa", "-/-")), NULLWORD),
    ])


def hu_autosiskola(g: Gen) -> Table:
    """A Győr driving school's pupils (Hungarian, snake case)."""
    births = g.births(1965, 2008)
    pairs = [v.person(g, "hu") for _ in range(g.rows)]
    places = [g.rnd.choice(v.HU_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "hu")
    licence = {name: g.code("OI-99999") for name in staff}
    who = [g.rnd.choice(staff) for _ in range(g.rows)]
    tax = v.hu_adoszam(g)

    def megjegyzes() -> str:
        return g.rnd.choice(["Orvosi alkalmassági pótlás", f"Édesapja ({v.whole(g, 'hu')}) fizeti",
                             "Rutinpálya vizsga sikeres", "Pótóra kell a körforgalomhoz"])

    return Table("autosiskola_gyor.tanulok", "hu", "snake", [
        c("tanulo_azonosito", N, "BIGINT", g.keys(12_001), "decoy", KEY),
        c("vezeteknev", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("keresztnev", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("anyja_neve", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "hu"), 0.05), ROLE),
        c("szuletesi_hely", "city", "VARCHAR", g.col(g.pick(["Győr", "Sopron", "Mosonmagyaróvár", "Tatabánya",
                                                             "Budapest", "Pápa"]))),
        c("szuletesi_datum", "date_of_birth", "DATE", births),
        c("adoazonosito_jel", "national_id", "VARCHAR", [v.adoazonosito(g, b) if g.rnd.random() < 0.85 else None
                                                         for b in births]),
        c("taj_szam", "ssn", "VARCHAR", g.col(lambda: v.taj(g), 0.6), HEAVY),
        c("szemelyi_igazolvany_szam", "national_id", "VARCHAR", g.col(lambda: g.code("999999AA"), 0.7), HEAVY),
        c("telefonszam", "phone", "VARCHAR", g.phones("HU", {"national": 0.5, "intl": 0.5}, 1.0, 0.05)),
        c("email_cim", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["hu"]) if g.rnd.random() < 0.8 else None
                                            for a, b in pairs]),
        c("lakcim", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.HU_STREETS, "hu"))),
        c("iranyitoszam", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("helyseg", "city", "VARCHAR", [p[0] for p in places]),
        c("kategoria", N, "VARCHAR", g.col(g.pick(["B", "B", "A2", "AM", "C"])), "decoy"),
        c("kresz_vizsga_datuma", N, "DATE", g.days("2024-09-01", "2025-11-30", 0.25), "decoy"),
        c("oktato", "person_name", "VARCHAR", who, STAFF),
        c("oktatoi_igazolvany", N, "VARCHAR", [licence[w] for w in who], "decoy", PRAC),
        c("szamla_sorszam", N, "VARCHAR", g.col(lambda: v.adoazonosito_decoy(g)), "decoy", SHAPE),
        c("iskola_adoszama", N, "VARCHAR", [tax] * g.rows, "business"),
        c("egyedi_mezo_2", "free_text", "VARCHAR", _custom(g, "HU", "hu"), CUSTOM),
        c("megjegyzes", "free_text", "VARCHAR", g.sparse(megjegyzes, 0.76, _words("nincs", "ismeretlen")), NULLWORD),
    ])


def ro_scoala_soferi(g: Gen) -> Table:
    """An Iași driving school's trainees (Romanian, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "ro", female)
        born = g.birth(2008, 2009) if g.rnd.random() < 0.3 else g.birth(1970, 2007)
        rows.append((a, b, born, v.cnp(g, born, female)))
    places = [g.rnd.choice(v.RO_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 6, "ro")
    cui = v.ro_cui(g)
    school_phone = g.phone("RO", "national", False)

    def obs() -> str:
        return g.rnd.choice(["Repetă traseul Copou", f"Plătește tatăl, {v.whole(g, 'ro')}", "Fișă medicală expirată",
                             "Programat la sala DRPCIV"])

    return Table("scoala_soferi_iasi.cursanti", "ro", "snake", [
        c("id_cursant", N, "BIGINT", g.keys(20_001), "decoy", KEY),
        c("nume", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("prenume", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("cnp", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("data_nasterii", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("serie_numar_ci", "national_id", "VARCHAR", g.col(lambda: g.rnd.choice(["MX", "MZ", "VS"]) + " "
                                                            + g.digits(6), 0.2)),
        c("telefon", "phone", "VARCHAR", g.phones("RO", {"national": 0.7, "e164": 0.3}, 1.0, 0.03)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["ro"]) if g.rnd.random() < 0.8 else None
                                        for r in rows]),
        c("adresa", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.RO_STREETS, "ro"))),
        c("localitate", "city", "VARCHAR", [p[0] for p in places]),
        c("judet", N, "VARCHAR", [p[2] for p in places], "decoy"),
        c("cod_postal", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places]),
        c("nume_tutore", "person_name", "VARCHAR", [v.whole(g, "ro") if _minor(r[2], 2026) else None for r in rows],
          ROLE, HEAVY),
        c("categorie", N, "VARCHAR", g.col(g.pick(["B", "B", "A", "A2", "C", "BE"])), "decoy"),
        c("instructor", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("nr_contract", N, "VARCHAR", g.col(lambda: v.cnp_decoy(g)), "decoy", SHAPE),
        c("data_examen_drpciv", N, "DATE", g.days("2025-02-01", "2026-01-31", 0.3), "decoy"),
        c("cui_scoala", N, "VARCHAR", ["RO" + cui] * g.rows, "business"),
        c("telefon_scoala", N, "VARCHAR", [school_phone] * g.rows, "business"),
        c("adresa_scoala", N, "VARCHAR", ["Str. Costache Negri nr. 41, Iași"] * g.rows, "business"),
        c("email_scoala", N, "VARCHAR", ["secretariat@autoscoala-copou.ro"] * g.rows, "business"),
        c("camp_suplimentar_1", N, "VARCHAR", g.col(g.pick(["traseu Copou", "traseu Tătărași", "traseu Nicolina"]),
                                                    0.3), "decoy", PLAIN),
        c("observatii", "free_text", "VARCHAR", g.sparse(obs, 0.77, _words("nu e cazul", "necunoscut")), NULLWORD),
    ])


def bg_avtoshkola(g: Gen) -> Table:
    """A Plovdiv driving school's trainees (Bulgarian column names and Cyrillic values)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "bg", female)
        born = g.birth(1970, 2008)
        rows.append((a, b, born, v.egn(g, born, female)))
    places = [g.rnd.choice(v.BG_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "bg")
    cars = [f"РВ {g.digits(4)} {g.rnd.choice(['КА', 'ВМ', 'ХТ'])}" for _ in range(4)]
    eik = v.bg_eik(g)
    school_phone = g.phone("BG", "national", False)

    def note() -> str:
        return g.rnd.choice(["Изпит по теория – успешен", f"Таксата се плаща от {v.whole(g, 'bg')}",
                             "Допълнителни часове в града", "Чака медицинско свидетелство"])

    return Table("автошкола_пловдив.курсисти", "bg", "snake", [
        c("номер", N, "BIGINT", g.keys(3_001), "decoy", KEY),
        c("име", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("фамилия", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("егн", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("дата_на_раждане", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("лична_карта", "national_id", "VARCHAR", g.col(lambda: "6" + g.digits(8), 0.6), HEAVY),
        c("телефон", "phone", "VARCHAR", g.phones("BG", {"national": 0.7, "intl": 0.3}, 1.0, 0.03)),
        c("имейл", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["bg"]) if g.rnd.random() < 0.75 else None
                                        for r in rows]),
        c("адрес", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.BG_STREETS, "bg"))),
        c("град", "city", "VARCHAR", [p[0] for p in places]),
        c("пощенски_код", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("категория", N, "VARCHAR", g.col(g.pick(["B", "B", "A", "A2", "C", "C+E"])), "decoy"),
        c("свидетелство_номер", "national_id", "VARCHAR", g.col(lambda: "28" + g.digits(7), 0.8), HEAVY),
        c("инструктор", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("учебен_автомобил", N, "VARCHAR", g.col(g.pick(cars)), "business", FLEET),
        c("номер_на_договор", N, "VARCHAR", g.col(lambda: v.egn_decoy(g)), "decoy", SHAPE),
        c("дата_на_изпит", N, "DATE", g.days("2025-02-01", "2026-01-31", 0.3), "decoy"),
        c("еик_на_школата", N, "VARCHAR", [eik] * g.rows, "business"),
        c("телефон_на_школата", N, "VARCHAR", [school_phone] * g.rows, "business"),
        c("допълнително_поле_2", "free_text", "VARCHAR", _custom(g, "BG", "bg"), CUSTOM),
        c("бележки", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("няма", "неизвестно")), NULLWORD),
    ])


def lv_autoskola(g: Gen) -> Table:
    """A Liepāja driving school's pupils (Latvian, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "lv", female)
        born = g.birth(2008, 2009) if g.rnd.random() < 0.3 else g.birth(1970, 2007)
        rows.append((a, b, born, v.lv_personas_kods(g, born)))
    places = [g.rnd.choice(v.LV_CITIES) for _ in range(g.rows)]
    theory = _staff(g, 3, "lv")
    driving = _staff(g, 5, "lv")
    regnr = v.lv_regnr(g)

    def note() -> str:
        return g.rnd.choice(["Teorijas eksāmens CSDD nokārtots", f"Maksā vecmāmiņa {v.whole(g, 'lv')}",
                             "Vajag papildu braukšanu pa pilsētu", "Med. izziņa jāatjauno"])

    return Table("autoskola_liepaja.audzekni", "lv", "snake", [
        c("audzekna_id", N, "BIGINT", g.keys(901), "decoy", KEY),
        c("vards", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("uzvards", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("personas_kods", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.92 else None for r in rows]),
        c("dzimsanas_datums", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("talrunis", "phone", "VARCHAR", g.phones("LV", {"national": 0.6, "e164": 0.4}, 1.0, 0.03)),
        c("e_pasts", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["lv"]) if g.rnd.random() < 0.85 else None
                                          for r in rows]),
        c("adrese", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.LV_STREETS, "lv"))),
        c("pilseta", "city", "VARCHAR", [p[0] for p in places]),
        c("pasta_indekss", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("likumiskais_parstavis", "person_name", "VARCHAR",
          [v.whole(g, "lv") if _minor(r[2], 2026) else None for r in rows], ROLE, HEAVY),
        c("parstavja_talrunis", "phone", "VARCHAR",
          [g.phone("LV", "national") if _minor(r[2], 2026) else None for r in rows], ROLE, HEAVY),
        c("kategorija", N, "VARCHAR", g.col(g.pick(["B", "B", "A", "A2", "AM", "C"])), "decoy"),
        c("teorijas_pasniedzejs", "person_name", "VARCHAR", g.col(g.pick(theory)), STAFF),
        c("brauksanas_instruktors", "person_name", "VARCHAR", g.col(g.pick(driving)), STAFF),
        c("med_izzinas_nr", N, "VARCHAR", g.col(lambda: g.code("MI-999999"), 0.2), "decoy", SHAPE),
        c("liguma_nr", N, "VARCHAR", g.col(lambda: g.code("LAS-2025/999")), "decoy", SHAPE),
        c("macibu_sakums", N, "DATE", g.days("2025-01-06", "2025-11-30"), "decoy"),
        c("skolas_reg_nr", N, "VARCHAR", [regnr] * g.rows, "business"),
        c("papildlauks_2", "free_text", "VARCHAR", _custom(g, "LV", "lv"), CUSTOM),
        c("piezimes", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("nav", "nezināms")), NULLWORD),
    ])


def hr_prometno_redarstvo(g: Gen) -> Table:
    """Split's traffic wardens' penalty notices (Croatian, snake case)."""
    pairs = [v.person(g, "hr") for _ in range(g.rows)]
    places = [g.rnd.choice(v.HR_CITIES) for _ in range(g.rows)]
    wardens = _staff(g, 7, "hr")

    def napomena() -> str:
        return g.rnd.choice(["Vozilo premješteno paukom", f"Vlasnik prijavio vozača {v.whole(g, 'hr')}",
                             "Prigovor u roku", "Plaćeno na licu mjesta"])

    return Table("prometno_redarstvo_split.prekrsajni_nalozi", "hr", "snake", [
        c("id_naloga", N, "BIGINT", g.keys(150_001), "decoy", KEY),
        c("broj_naloga", N, "VARCHAR", g.col(lambda: v.oib_decoy(g)), "decoy", SHAPE),
        c("vrijeme_prekrsaja", N, "TIMESTAMP", g.moments("2025-03-01", "2025-11-30"), "decoy"),
        c("lokacija", N, "VARCHAR", g.col(g.pick(["Obala Hrvatskog narodnog preporoda", "Put Firula", "Zagrebačka ul.",
                                                  "Trg Gaje Bulata", "Bačvice"])), "decoy"),
        c("gps_sirina", N, "DOUBLE", g.floats(43.49, 43.52, 5), "decoy"),
        c("gps_duzina", N, "DOUBLE", g.floats(16.42, 16.47, 5), "decoy"),
        c("registarska_oznaka", N, "VARCHAR", g.col(lambda: f"ST {g.digits(4)}-{g.code('AA')}"), "decoy", VEHICLE),
        c("marka_vozila", N, "VARCHAR", g.col(g.pick(["Škoda Octavia", "VW Golf", "Renault Clio", "Peugeot 208"])),
          "decoy", VEHICLE),
        c("vrsta_prekrsaja", N, "VARCHAR", g.col(g.pick(["parkiranje na pločniku", "zona bez plaćene karte",
                                                         "parkiranje na mjestu za invalide", "zaustavljanje"])),
          "decoy"),
        c("iznos_kazne_eur", N, "DECIMAL(7,2)", g.col(g.pick([30.0, 60.0, 100.0, 300.0])), "decoy"),
        c("redar", "person_name", "VARCHAR", g.col(g.pick(wardens)), STAFF),
        c("oib", "national_id", "VARCHAR", g.col(lambda: v.oib(g), 0.25)),
        c("ime", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("prezime", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("datum_rodenja", "date_of_birth", "DATE", g.births(1950, 2006)),
        c("adresa", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.HR_STREETS, "hr"), 0.05)),
        c("mjesto", "city", "VARCHAR", [p[0] for p in places]),
        c("postanski_broj", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("HR", {"national": 0.6, "e164": 0.4}, 0.9, 0.6), HEAVY),
        c("email", "email", "VARCHAR", [None if g.rnd.random() < 0.65 else v.email_of(g, a, b, v.DOMAINS["hr"])
                                        for a, b in pairs], HEAVY),
        c("iban_povrata", "iban", "VARCHAR", g.col(lambda: v.iban_of(g, "HR", lambda: g.digits(17)), 0.85), HEAVY),
        c("broj_vozacke_dozvole", "national_id", "VARCHAR", g.col(lambda: g.digits(8), 0.7), HEAVY),
        c("dodatno_polje_1", N, "VARCHAR", g.col(g.pick(["zona 0", "zona 1", "zona 2", "zona 3"]), 0.2), "decoy",
          PLAIN),
        c("napomena", "free_text", "VARCHAR", g.sparse(napomena, 0.8, _words("nema", "nepoznato")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (ak_defensive_driving, 600), (gb_kernow_lessons, 450), (sk_driver_ed, 500), (pk_learner_permits, 500),
    (hk_lesson_bookings, 400), (ne_conviction_abstracts, 750), (lk_exam_bookings, 450), (sc_speed_awareness, 550),
    (no_trafikkskole, 400), (fi_ajokoe, 550), (hu_autosiskola, 450), (ro_scoala_soferi, 500), (bg_avtoshkola, 450),
    (lv_autoskola, 300), (hr_prometno_redarstvo, 650),
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
