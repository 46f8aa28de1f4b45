"""Held-out set v120 for the column classifier: 15 tables of *equestrian centres, riding schools and livery yards*
(therapeutic riding and Riding for the Disabled sessions, riding summer camps, a racing academy's trainees, livery,
grazing and agistment yards' clients and invoices, a show-jumping centre's seasonal payroll, riding schools' web
sign-ups, riding clubs' members and pupils, a care farm's riding therapy), one system per table and each a different
organisation, eight with English column names and seven in other languages:

* ``harmony_hooves.therapy_participants``: a Lexington, Kentucky therapeutic riding centre's participants (snake case,
  SSN kept for Medicaid billing, enrolment numbers shaped like SSNs failing the check, guardians, emergency contacts,
  instructors and volunteer sidewalkers, a portal login and its last IP, ``misc_1``);
* ``grazingPaddocks.liveryClients``: a North Canterbury livery and grazing yard's clients (camel case, cards on file,
  horses' names, microchips and foaling dates, the owner's farrier, the vet practice, the yard's GST number,
  ``customField2``);
* ``EquiCampOntario.CampRegistrations``: a Caledon, Ontario riding summer camp's registrations (Pascal case, Ontario
  health numbers, registration references shaped like them failing the Luhn check, parents and second guardians,
  counsellors, cards, ``Udf3``);
* ``RACE_ACADEMY_KILDARE.TRAINEE_INTAKE``: a Kildare racing academy's trainee jockey and stable staff intake (SCREAMING
  case, PPSN mostly ``N/A``, Eircodes, parents or guardians, next of kin, sponsoring racing yards, stipend IBANs,
  ``CUSTOM_FIELD_1``);
* ``hunter_agist.agst_inv``: a Hunter Valley agistment and livery yard's invoices (abbreviated: ``cust_fnm``,
  ``emg_ph``, ``hrs_nm``; cards, the yard's ABN, property identification codes, feed SKUs and parcel tracking);
* ``EQPAYCOB.EQW2_SEASONAL_EXTRACT``: a Wellington, Florida show-jumping centre's W-2 extract of seasonal grooms,
  exercise riders and instructors, a COBOL file (legacy: padded CHAR, ``YYYYMMDD`` integers, SSN, ZIP and phone as
  numbers with 0 for missing, the employer's EIN, bank routing numbers, W-2 control numbers shaped like SSNs failing
  the check, ``EQW-USER-FLD-1``);
* ``stg_ridesa.src_signup_raw``: a Kyalami riding school's web sign-ups as an opaque staging table (``col01`` to
  ``col18``: South African ID numbers encoding the birth date, a ``yyyy/mm/dd`` birth date, waiver numbers failing the
  ID check, IPs, hashes, app versions, the yard's coordinates, a parent's name);
* ``rda_cotswold.participant_sessions``: a Cotswolds Riding for the Disabled group's sessions (snake case, NHS
  numbers, referral references failing the NHS check, carers, the participant's GP, the surgery, coaches and
  volunteer sidewalkers, ponies, ``misc_2``);
* ``CEQUI35.CEADHP``: an Ille-et-Vilaine centre équestre's AS/400 rider file (French, legacy: ``CE`` prefix,
  ``CYYMMDD`` decimals, phone and postcode as decimals, FFE licence numbers, IBAN, the legal representative, the
  doctor signing the certificate, monitors, the centre's SIRET, ``CEUDF2``);
* ``ZorgmanegeDeHoefslag.Deelnemers``: a Veluwe care farm's riding therapy participants (Dutch, Pascal case; BSN,
  file numbers failing the eleven-test, ``Tussenvoegsel``, the legal representative, the GP, IBAN, the KvK number,
  ``VrijVeld2``);
* ``rideklub_roskilde.medlemmer``: a Roskilde riding club's members (Danish; CPR encoding the birth date, rider
  licence numbers shaped like CPR with impossible days, parents, refund IBANs, the club's CVR, ``fritekst_2``);
* ``jezdecky_areal_pisek.klienti``: a Písek equestrian centre's clients and boarded horses (Czech; rodné číslo encoding
  the birth date and sex, identity card numbers, contract numbers failing the birth-number check, the legal
  guardian, IBAN, the centre's IČO, ``volne_pole_2``);
* ``centro_ippico_maremma.allievi``: a Maremma riding centre's pupils (Italian; codice fiscale encoding the birth date
  and birthplace, place of birth, FISE membership cards, a parent, the certifying doctor, IBAN, the centre's partita
  IVA, ``campo_libero_1``);
* ``hipicaCordoba.alumnosClases``: a Córdoba riding club's pupils (Spanish, camel case; DNI/NIE, receipt numbers
  failing the DNI letter, federation licences, the legal guardian and their phone, IBAN, the club's CIF,
  ``campoLibre2``);
* ``ιππικός_όμιλος_ηρακλείου.αναβάτες``: a Heraklion riding club's riders (Greek script column names and values:
  ΑΜΚΑ encoding the birth date, the personal ΑΦΜ, the patronymic, the guardian, federation card numbers failing the
  AMKA check, ``ελεύθερο_πεδίο_2``).

Written **blind**, like v2 to v119: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v98 (its two
modules) and ``tests/heldout_support.py``, v107's docstring and test, v113's docstring, the module docstrings of v24
to v119 (searched, to avoid their domains and follow their labels) and the ``Column``/``Table`` classes and writer of
v2 and v4.
The classifier was not run on this set while it was written, no scorer was run on it, and no score was looked at. It
was written under a short deadline (50 minutes, the tests and lint included), so some labels are quick decisions
rather than settled conventions.

Labeling choices a reader may question:

* a horse's or pony's name, breed, microchip and foaling date are ``none`` (tags ``decoy``, ``animal``), as v58 and
  v102 labeled them, even where a horse's name reads like a person's (``Lady Harriet``, ``Reginald``, ``Mrs
  Doubtfire``); property identification codes, paddock and invoice numbers are ``none``;
* a US SSN (also the one kept for Medicaid billing, ``ssn_medicaid``), an Irish PPSN and a Greek ΑΜΚΑ are ``ssn``; an
  Ontario health number, an NHS number, a South African ID number, a BSN, a CPR number, a rodné číslo, a Czech
  identity card number (by shape only), a codice fiscale, DNI/NIE and a personal ΑΦΜ are ``national_id``;
* federation and rider licence numbers (FFE, FISE, RFHE, Danish rider licences, Greek federation cards) are ``none``
  (tag ``decoy``, ``value_shape``): a sports federation issues them, not a state; so are enrolment, registration,
  referral, file, contract, receipt, trainee and W-2 control numbers;
* a yard's, camp's, centre's, club's and GP surgery's phone and address, a vet practice, a sponsoring racing yard, a
  NZ GST number, an ABN, an EIN, a bank routing number, a SIRET, a KvK number, a CVR, an IČO, a partita IVA and a CIF
  are ``none`` (tag ``business``);
* instructors, volunteer sidewalkers, yard managers, counsellors, tutors, supervisors, monitors, coaches, begeleiders
  and trainers of the organisation holding the table are staff (``person_name``, tag ``staff``); guardians, parents,
  second guardians, emergency contacts, next of kin, carers, the participant's GP (``gp_name``, ``Huisarts``), the
  doctor signing a riding certificate (``CEMEDC``, ``medico_certificatore``) and the owner's farrier
  (``farrierName``, twelve distinct, a tradesperson the owner chooses) are personal (tag ``role_word``);
* the Greek patronymic (``πατρώνυμο``, the father's given name) is ``first_name``; ``known_as`` is ``first_name``;
  ``Tussenvoegsel`` and ``apellidos`` (two surnames) are ``last_name``; a place of birth (``luogo_nascita``) is
  ``city``; a province (``provincia``) and a US state are ``none``;
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); a
  participant's portal login is ``unclassified`` (tag ``username``); a PPSN column that is mostly ``N/A``, ``-`` or
  ``unknown`` stays ``ssn`` (tag ``nullword_heavy``);
* numeric dates of birth (``YYYYMMDD``, ``CYYMMDD``) and a ``yyyy/mm/dd`` string in an opaque column are
  ``date_of_birth``; session, intake, hire, registration, membership, certificate expiry and foaling dates, fees,
  wages, rider weights, diagnoses and riding levels are ``none``; the yard's coordinates are ``none`` (tags
  ``decoy``, ``coordinates``).

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v120_values`, written for v120 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v120 [PATH]`` (default ``/tmp/heldout_v120.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v120``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v120_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v120_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v120.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # instructors, coaches, yard managers, tutors (few distinct)
ROLE = "role_word"  # a role word (guardian, parent, next of kin, emergency contact, carer, GP ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
ANIMAL = "animal"  # a horse's or pony's name, breed, microchip, UELN or foaling date (none)


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
            a, b = v.person(g, lang)
            return v.email_of(g, a, b, v.DOMAINS[lang])
        return v.whole(g, lang)
    return g.col(one, null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _cyymmdd(d: date | None) -> int:
    return 0 if d is None else (d.year // 100 - 19) * 1_000_000 + (d.year % 100) * 10_000 + d.month * 100 + d.day


def _horses(g: Gen) -> Callable[[], str]:
    return g.pick(v.HORSES)


# -- English-named tables ----------------------------------------------------------------------------------------------


def ky_therapy_riding(g: Gen) -> Table:
    """A Lexington, Kentucky therapeutic riding centre's participants (snake case)."""
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    births = g.births(1955, 2020)
    places = [g.rnd.choice(v.US_KY) for _ in range(g.rows)]
    minors = [b.year >= 2008 for b in births]
    instructors = _staff(g, 5, "us")
    volunteers = _staff(g, 7, "us")
    center = g.phone("US", "national", False)

    def note() -> str:
        return g.rnd.choice([f"Mom ({v.given(g)}) reports better trunk control", "Refused to mount, groundwork only",
                             f"Sidewalker {v.whole(g)} absent, session shortened", "Seizure-free 6 months, cleared",
                             f"Grandfather {v.whole(g)} will drive on Thursdays"])

    return Table("harmony_hooves.therapy_participants", "en", "snake", [
        c("participant_id", N, "BIGINT", g.keys(40_001), "decoy", KEY),
        c("enrollment_no", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE),
        c("first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("date_of_birth", "date_of_birth", "DATE", births),
        c("ssn_medicaid", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.7), 0.68), HEAVY),
        c("home_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.US_STREETS), 0.05)),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("zip", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("guardian_name", "person_name", "VARCHAR", [v.whole(g) if m else None for m in minors], ROLE, HEAVY),
        c("guardian_phone", "phone", "VARCHAR", [g.phone("US", g.rnd.choice(["national", "dashes"])) if m else None
                                                 for m in minors], ROLE, HEAVY),
        c("emergency_contact", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.1), ROLE),
        c("emergency_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.6, "dashes": 0.2, "e164": 0.2}, 0.8,
                                                          0.1), ROLE),
        c("diagnosis", N, "VARCHAR", g.col(g.pick(["Cerebral palsy", "Autism spectrum", "Down syndrome", "TBI",
                                                   "Multiple sclerosis", "PTSD (veteran)"])), "decoy"),
        c("assigned_horse", N, "VARCHAR", g.col(_horses(g)), "decoy", ANIMAL),
        c("instructor", "person_name", "VARCHAR", g.col(g.pick(instructors)), STAFF),
        c("sidewalker", "person_name", "VARCHAR", g.col(g.pick(volunteers), 0.2), STAFF),
        c("session_start", N, "TIMESTAMP", g.moments("2025-03-01", "2025-11-30"), "decoy"),
        c("rider_weight_lbs", N, "INTEGER", g.ints(40, 230), "decoy"),
        c("center_phone", N, "VARCHAR", [center] * g.rows, "business"),
        c("portal_login", USERNAME, "VARCHAR", [v.login(a, b, i) if g.rnd.random() < 0.6 else None
                                                for i, (a, b) in enumerate(pairs)], "username"),
        c("last_login_ip", "ip_address", "VARCHAR", g.col(g.ip, 0.4)),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "US", "us"), CUSTOM),
        c("session_notes", "free_text", "VARCHAR", g.sparse(note, 0.76, _words()), NULLWORD),
    ])


def nz_livery_clients(g: Gen) -> Table:
    """A North Canterbury livery and grazing yard's clients and their horses (camel case)."""
    pairs = [v.person(g, "nz") for _ in range(g.rows)]
    places = [g.rnd.choice(v.NZ_TOWNS) for _ in range(g.rows)]
    farriers = [v.whole(g, "nz") for _ in range(12)]
    vets = [("Waimakariri Equine Vets", g.phone("NZ", "national", False)),
            ("Canterbury Horse Clinic", g.phone("NZ", "national", False))]
    vet = [g.rnd.randrange(len(vets)) for _ in range(g.rows)]
    managers = _staff(g, 3, "nz")
    gst = v.gst_nz(g)
    return Table("grazingPaddocks.liveryClients", "en", "camel", [
        c("clientId", N, "BIGINT", g.keys(501), "decoy", KEY),
        c("firstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("lastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("mobile", "phone", "VARCHAR", g.phones("NZ", {"national": 0.7, "e164": 0.3}, 0.9, 0.05)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["nz"]) if g.rnd.random() < 0.85 else None
                                        for a, b in pairs]),
        c("postalAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NZ_STREETS, "nz"), 0.05)),
        c("town", "city", "VARCHAR", [p[0] for p in places]),
        c("postcode", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("cardOnFile", "credit_card", "VARCHAR", g.col(lambda: v.card(g, g.rnd.random() < 0.5), 0.3)),
        c("cardExpiry", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 12):02d}/{g.rnd.randint(26, 30)}", 0.3),
          "decoy"),
        c("horseName", N, "VARCHAR", g.col(_horses(g)), "decoy", ANIMAL),
        c("horseMicrochip", N, "VARCHAR", g.col(lambda: v.microchip(g), 0.1), "decoy", ANIMAL, SHAPE),
        c("horseFoaled", N, "DATE", g.days("2001-09-01", "2021-12-31"), "decoy", ANIMAL),
        c("liveryPackage", N, "VARCHAR", g.col(g.pick(["Full", "Part", "DIY", "Grass", "Retirement"])), "decoy"),
        c("paddockNo", N, "VARCHAR", g.col(lambda: g.code("P99")), "decoy"),
        c("weeklyFee", N, "DECIMAL(8,2)", g.amounts(45, 320), "decoy"),
        c("farrierName", "person_name", "VARCHAR", g.col(g.pick(farriers), 0.2), ROLE),
        c("vetPractice", N, "VARCHAR", [vets[i][0] for i in vet], "business"),
        c("vetPracticePhone", N, "VARCHAR", [vets[i][1] for i in vet], "business"),
        c("yardGstNumber", N, "VARCHAR", [gst] * g.rows, "business", SHAPE),
        c("emergencyContactName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nz"), 0.15), ROLE),
        c("emergencyContactPhone", "phone", "VARCHAR", g.phones("NZ", {"national": 1.0}, 0.9, 0.15), ROLE),
        c("invoiceNo", N, "VARCHAR", g.col(lambda: g.code("INV-2025-99999")), "decoy", SHAPE),
        c("yardManager", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF),
        c("customField2", "free_text", "VARCHAR", _custom(g, "NZ", "nz"), CUSTOM),
    ])


def on_riding_camp(g: Gen) -> Table:
    """A Caledon, Ontario riding summer camp's registrations (Pascal case)."""
    pairs = [v.person(g, "ca") for _ in range(g.rows)]
    places = [g.rnd.choice(v.CA_TOWNS) for _ in range(g.rows)]
    counsellors = _staff(g, 8, "ca")
    office = g.phone("CA", "national", False)

    def ref() -> str:
        d = v.luhn_decoy(g, 10)
        return f"{d[:4]}-{d[4:7]}-{d[7:]}"

    return Table("EquiCampOntario.CampRegistrations", "en", "pascal", [
        c("RegistrationId", N, "BIGINT", g.keys(2_025_001), "decoy", KEY),
        c("RegistrationRef", N, "VARCHAR", g.col(ref), "decoy", SHAPE),
        c("CamperFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("CamperLastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("CamperDob", "date_of_birth", "DATE", g.births(2010, 2019)),
        c("HealthCardNumber", "national_id", "VARCHAR", g.col(lambda: v.ohip(g), 0.08)),
        c("ParentGuardianName", "person_name", "VARCHAR", [f"{v.given(g, 'ca')} {b}" for _, b in pairs], ROLE),
        c("ParentEmail", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "ca"), v.DOMAINS["ca"]), 0.02),
          ROLE),
        c("ParentCellPhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dashes": 0.3, "e164": 0.2}), ROLE),
        c("SecondGuardianName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.62), ROLE, HEAVY),
        c("HomeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca"))),
        c("City", "city", "VARCHAR", [p[0] for p in places]),
        c("PostalCode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9A9')}" for p in places]),
        c("CampWeek", N, "VARCHAR", g.col(g.pick([f"Week {i} (Jul)" for i in range(1, 5)] + ["Week 5 (Aug)"])),
          "decoy"),
        c("RidingLevel", N, "VARCHAR", g.col(g.pick(["Beginner", "Walk-trot", "Canter", "Jumping"])), "decoy"),
        c("ShirtSize", N, "VARCHAR", g.col(g.pick(["YS", "YM", "YL", "AS", "AM"])), "decoy"),
        c("CardOnFile", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.25)),
        c("Counsellor", "person_name", "VARCHAR", g.col(g.pick(counsellors)), STAFF),
        c("PhotoConsent", N, "BOOLEAN", g.yn(True, False, 0.8), "decoy"),
        c("RegisteredAt", N, "TIMESTAMP", g.moments("2025-01-15", "2025-06-30"), "decoy"),
        c("CampOfficePhone", N, "VARCHAR", [office] * g.rows, "business"),
        c("Udf3", "free_text", "VARCHAR", _custom(g, "CA", "ca"), CUSTOM),
    ])


def ie_racing_academy(g: Gen) -> Table:
    """A Kildare racing academy's trainee jockey and stable staff intake (SCREAMING case)."""
    pairs = [v.person(g, "ie") for _ in range(g.rows)]
    births = g.births(2001, 2010)
    places = [g.rnd.choice(v.IE_TOWNS) for _ in range(g.rows)]
    tutors = _staff(g, 4, "ie")
    yards = [(f"{name} Racing Stables", g.phone("IE", "national", False), f"{name} Stud, {town}, Co. Kildare")
             for name, town in (("Brownstown", "The Curragh"), ("Curragh Lodge", "Kildare"), ("Rossmore", "Athy"),
                                ("Maddenstown", "The Curragh"))]
    yard = [g.rnd.randrange(len(yards)) for _ in range(g.rows)]

    def welfare() -> str:
        return g.rnd.choice([f"Homesick, spoke with mother {v.given(g, 'ie')}", "Fall from pony, concussion protocol",
                             "Weight check flagged, nutritionist referral", f"Lives with uncle {v.whole(g, 'ie')}"])

    return Table("RACE_ACADEMY_KILDARE.TRAINEE_INTAKE", "en", "screaming", [
        c("TRAINEE_NO", N, "VARCHAR", g.col(lambda: f"RA-25-{g.digits(4)}"), "decoy", SHAPE),
        c("FIRST_NAME", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("SURNAME", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("DATE_OF_BIRTH", "date_of_birth", "DATE", births),
        c("PPSN", "ssn", "VARCHAR", g.sparse(lambda: v.pps(g), 0.74, ("N/A", "-", "unknown", "")), NULLWORD),
        c("ADDRESS_LINE_1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IE_STREETS, "ie"))),
        c("TOWN", "city", "VARCHAR", [p[0] for p in places]),
        c("EIRCODE", "postal_code", "VARCHAR", [f"{p[1]} {g.code('A9AA')}" for p in places]),
        c("MOBILE", "phone", "VARCHAR", g.phones("IE", {"national": 0.7, "e164": 0.3})),
        c("EMAIL", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ie"]) for a, b in pairs]),
        c("PARENT_GUARDIAN", "person_name", "VARCHAR", [v.whole(g, "ie") if b.year >= 2008 else None for b in births],
          ROLE, HEAVY),
        c("NEXT_OF_KIN_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ie"), 0.05), ROLE),
        c("NEXT_OF_KIN_PHONE", "phone", "VARCHAR", g.phones("IE", {"national": 1.0}, 0.8, 0.1), ROLE),
        c("SPONSOR_YARD", N, "VARCHAR", [yards[i][0] for i in yard], "business"),
        c("SPONSOR_YARD_PHONE", N, "VARCHAR", [yards[i][1] for i in yard], "business"),
        c("SPONSOR_YARD_ADDRESS", N, "VARCHAR", [yards[i][2] for i in yard], "business"),
        c("RIDING_WEIGHT_KG", N, "DOUBLE", g.floats(44, 62, 1), "decoy"),
        c("COURSE", N, "VARCHAR", g.col(g.pick(["Trainee Jockey", "Stable Staff", "Pony Racing Bridge"])), "decoy"),
        c("INTAKE_DATE", N, "DATE", g.days("2025-01-06", "2025-09-15"), "decoy"),
        c("TUTOR", "person_name", "VARCHAR", g.col(g.pick(tutors)), STAFF),
        c("STIPEND_IBAN", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IE", v.IBAN_LAYOUTS["IE"]), 0.2)),
        c("CUSTOM_FIELD_1", "free_text", "VARCHAR", _custom(g, "IE", "ie"), CUSTOM),
        c("WELFARE_NOTES", "free_text", "VARCHAR", g.sparse(welfare, 0.8, _words("nil")), NULLWORD),
    ])


def au_agistment_invoices(g: Gen) -> Table:
    """A Hunter Valley agistment and livery yard's invoices (abbreviated: ``cust_fnm``, ``emg_ph``)."""
    custs = []
    for _ in range(110):
        a, b = v.person(g, "au")
        town = g.rnd.choice(v.AU_TOWNS)
        custs.append((a, b, g.phone("AU", g.rnd.choice(["national", "e164"])), v.email_of(g, a, b, v.DOMAINS["au"]),
                      v.street(g, v.AU_STREETS, "au"), town[0], town[1],
                      g.birth(1950, 2005) if g.rnd.random() < 0.35 else None, v.card(g, False),
                      v.whole(g, "au"), g.phone("AU", "national"), g.rnd.choice(v.HORSES)))
    row = [g.rnd.choice(custs) for _ in range(g.rows)]
    yard_abn, yard_ph = v.abn(g), g.phone("AU", "national", False)
    managers = _staff(g, 2, "au")

    def note() -> str:
        return g.rnd.choice([f"Paid by partner {v.whole(g, 'au')}", "Rug change Fri", "Overdue 30 days",
                             f"Horse collected by {v.given(g, 'au')}", "Float hire added"])

    return Table("hunter_agist.agst_inv", "en", "abbrev", [
        c("inv_no", N, "VARCHAR", g.col(lambda: g.code("HV-99999")), "decoy", SHAPE),
        c("cust_fnm", "first_name", "VARCHAR", [r[0] for r in row], ABBREV),
        c("cust_lnm", "last_name", "VARCHAR", [r[1] for r in row], ABBREV),
        c("cust_mob", "phone", "VARCHAR", [r[2] for r in row], ABBREV),
        c("cust_eml", "email", "VARCHAR", [r[3] for r in row], ABBREV),
        c("res_addr", "street_address", "VARCHAR", [r[4] for r in row], ABBREV),
        c("sbrb", "city", "VARCHAR", [r[5] for r in row], ABBREV),
        c("pcode", "postal_code", "VARCHAR", [r[6] for r in row], ABBREV),
        c("cust_dob", "date_of_birth", "DATE", [r[7] for r in row], ABBREV, HEAVY),
        c("crd_no", "credit_card", "VARCHAR", [r[8] for r in row], ABBREV),
        c("crd_exp", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 12):02d}/{g.rnd.randint(26, 30)}"), "decoy"),
        c("hrs_nm", N, "VARCHAR", [r[11] for r in row], "decoy", ANIMAL),
        c("hrs_brd", N, "VARCHAR", g.col(g.pick(v.BREEDS)), "decoy", ANIMAL),
        c("pic_no", N, "VARCHAR", g.col(lambda: g.code("NC999999")), "decoy", SHAPE),
        c("pdk_no", N, "INTEGER", g.ints(1, 40), "decoy"),
        c("agst_rt", N, "DECIMAL(8,2)", g.amounts(35, 260), "decoy"),
        c("emg_nm", "person_name", "VARCHAR", [r[9] for r in row], ROLE, ABBREV),
        c("emg_ph", "phone", "VARCHAR", [r[10] for r in row], ROLE, ABBREV),
        c("yrd_abn", N, "VARCHAR", [yard_abn] * g.rows, "business", SHAPE),
        c("yrd_ph", N, "VARCHAR", [yard_ph] * g.rows, "business"),
        c("fd_sku", N, "VARCHAR", g.col(g.pick(v.TACK_SKUS + ["FEED-" + f.split()[0].upper() for f in v.FEEDS])),
          "decoy"),
        c("trk_no", N, "VARCHAR", g.col(lambda: f"AP{g.digits(8)}AU", 0.5), "decoy", SHAPE),
        c("yrd_mgr", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF, ABBREV),
        c("nts", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("nil")), NULLWORD, ABBREV),
    ])


def fl_seasonal_payroll(g: Gen) -> Table:
    """A Wellington, Florida show-jumping centre's COBOL W-2 extract of seasonal grooms, riders and instructors."""
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_FL) for _ in range(g.rows)]
    supervisors = _staff(g, 4, "us")
    employer_ein = v.ein(g)
    rtns = [v.routing(g) for _ in range(6)]
    return Table("EQPAYCOB.EQW2_SEASONAL_EXTRACT", "en", "cobol", [
        c("EQW-EMP-NO", N, "INTEGER", g.keys(70_001), "decoy", KEY, LEGACY),
        c("EQW-EMP-SSN", "ssn", "BIGINT", [int(v.us_ssn(g, False)) if g.rnd.random() < 0.93 else 0
                                           for _ in range(g.rows)], LEGACY),
        c("EQW-LAST-NM", "last_name", "VARCHAR", _pad([b.upper() for _, b in pairs], 20), LEGACY),
        c("EQW-FIRST-NM", "first_name", "VARCHAR", _pad([a.upper() for a, _ in pairs], 15), LEGACY),
        c("EQW-DOB", "date_of_birth", "INTEGER", [_ymd(g.birth(1960, 2006)) for _ in range(g.rows)], LEGACY),
        c("EQW-ADDR", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.US_STREETS).upper()), 30),
          LEGACY),
        c("EQW-CITY", "city", "VARCHAR", _pad([p[0].upper() for p in places], 18), LEGACY),
        c("EQW-ST", N, "VARCHAR", ["FL"] * g.rows, "decoy", LEGACY),
        c("EQW-ZIP", "postal_code", "INTEGER", [int(p[1]) for p in places], LEGACY),
        c("EQW-PHONE", "phone", "BIGINT", [int(g.phone("US", "digits")) if g.rnd.random() < 0.85 else 0
                                           for _ in range(g.rows)], LEGACY),
        c("EQW-JOB-TTL", N, "VARCHAR", _pad(g.col(g.pick(["GROOM", "EXERCISE RIDER", "BARN MGR", "INSTRUCTOR",
                                                          "BRAIDER", "NIGHT WATCH"])), 15), "decoy", LEGACY),
        c("EQW-HIRE-DT", N, "INTEGER", [_ymd(g.day("2024-11-01", "2025-02-15")) for _ in range(g.rows)], "decoy",
          LEGACY),
        c("EQW-BOX1-WAGES", N, "DECIMAL(11,2)", g.amounts(4_000, 61_000), "decoy", LEGACY),
        c("EQW-BOX2-FEDWH", N, "DECIMAL(11,2)", g.amounts(0, 7_500), "decoy", LEGACY),
        c("EQW-BANK-RTN", N, "VARCHAR", g.col(g.pick(rtns), 0.15), "business", SHAPE, LEGACY),
        c("EQW-EMPLR-EIN", N, "VARCHAR", [employer_ein] * g.rows, "business", SHAPE, LEGACY),
        c("EQW-W2-CTL-NO", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g).replace("-", "")), "decoy", SHAPE, LEGACY),
        c("EQW-SUPV-NM", "person_name", "VARCHAR", _pad(g.col(g.pick([s.upper() for s in supervisors])), 25), STAFF,
          LEGACY),
        c("EQW-EMRG-CNTCT", "person_name", "VARCHAR", _pad(g.col(lambda: v.whole(g).upper(), 0.3), 25), ROLE,
          LEGACY),
        c("EQW-USER-FLD-1", "free_text", "VARCHAR", _pad(_custom(g, "US", "us"), 40), CUSTOM, LEGACY),
    ])


def za_signup_staging(g: Gen) -> Table:
    """A Kyalami riding school's web sign-ups, landed as an opaque staging table."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.7
        a, b = v.person(g, "za", female)
        born = g.birth(1965, 2019)
        rows.append((f"{a} {b}", born, v.za_id(g, born, female)))
    places = [g.rnd.choice(v.ZA_TOWNS) for _ in range(g.rows)]
    yards = ["-25.9981,28.0672", "-26.0127,28.0413", "-25.9512,27.9630"]
    return Table("stg_ridesa.src_signup_raw", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", [r[0] for r in rows], OPAQUE),
        c("col03", "national_id", "VARCHAR", [r[2] if g.rnd.random() < 0.85 else None for r in rows], OPAQUE),
        c("col04", "date_of_birth", "VARCHAR", [f"{r[1].year}/{r[1].month:02d}/{r[1].day:02d}" for r in rows],
          OPAQUE),
        c("col05", "phone", "VARCHAR", g.phones("ZA", {"national": 0.5, "e164": 0.3, "intl": 0.2}), OPAQUE),
        c("col06", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "za"), v.DOMAINS["za"]), 0.05),
          OPAQUE),
        c("col07", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2)), OPAQUE),
        c("col08", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ZA_STREETS, "za"), 0.1), OPAQUE),
        c("col09", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col10", "postal_code", "VARCHAR", [p[1] for p in places], OPAQUE),
        c("col11", N, "VARCHAR", g.col(lambda: v.za_id_decoy(g)), "decoy", SHAPE, OPAQUE),
        c("col12", N, "VARCHAR", g.col(g.pick(["10 x group lessons", "Private lesson", "Pony party", "Holiday camp",
                                               "Hack 1h"])), "decoy", OPAQUE),
        c("col13", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c("col14", N, "TIMESTAMP", g.moments("2025-08-01", "2025-11-30"), "decoy", OPAQUE),
        c("col15", "free_text", "VARCHAR", _custom(g, "ZA", "za"), CUSTOM, OPAQUE),
        c("col16", N, "VARCHAR", g.col(g.version), "decoy", "version", OPAQUE),
        c("col17", "person_name", "VARCHAR", [v.whole(g, "za") if r[1].year >= 2008 else None for r in rows], ROLE,
          OPAQUE, HEAVY),
        c("col18", N, "VARCHAR", g.col(g.pick(yards)), "decoy", "coordinates", OPAQUE),
    ])


def gb_rda_sessions(g: Gen) -> Table:
    """A Cotswolds Riding for the Disabled group's participant sessions (snake case)."""
    people = []
    for _ in range(90):
        a, b = v.person(g, "gb")
        town = g.rnd.choice(v.GB_TOWNS)
        people.append((f"{a} {b}", a, g.birth(1950, 2019), v.nhs(g) if g.rnd.random() < 0.9 else None,
                       v.whole(g, "gb"), g.phone("GB", g.rnd.choice(["national", "intl"])), town[0],
                       f"{town[1]} {g.code('9AA')}", "Dr " + v.whole(g, "gb"),
                       v.email_of(g, a, b, v.DOMAINS["gb"]) if g.rnd.random() < 0.35 else None))
    row = [g.rnd.choice(people) for _ in range(g.rows)]
    coaches = _staff(g, 3, "gb")
    volunteers = _staff(g, 8, "gb")
    surgeries = [("Tetbury Road Surgery", g.phone("GB", "national", False), "27 Tetbury Road, Cirencester GL7 1US"),
                 ("Stroud Valleys Medical Practice", g.phone("GB", "national", False),
                  "Beeches Green Health Centre, Stroud GL5 4BH")]
    surgery = [g.rnd.randrange(len(surgeries)) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Carer {v.given(g, 'gb')} stayed ringside", "Independent rising trot!",
                             "Hoist used to mount", f"Physio {v.whole(g, 'gb')} observed session", "Tired, 20 min"])

    return Table("rda_cotswold.participant_sessions", "en", "snake", [
        c("session_id", N, "BIGINT", g.keys(8_001), "decoy", KEY),
        c("participant_name", "person_name", "VARCHAR", [r[0] for r in row]),
        c("known_as", "first_name", "VARCHAR", [r[1] for r in row]),
        c("dob", "date_of_birth", "DATE", [r[2] for r in row]),
        c("nhs_number", "national_id", "VARCHAR", [r[3] for r in row]),
        c("referral_ref", N, "VARCHAR", g.col(lambda: v.nhs_decoy(g)), "decoy", SHAPE),
        c("carer_name", "person_name", "VARCHAR", [r[4] for r in row], ROLE),
        c("carer_mobile", "phone", "VARCHAR", [r[5] for r in row], ROLE),
        c("home_town", "city", "VARCHAR", [r[6] for r in row]),
        c("home_postcode", "postal_code", "VARCHAR", [r[7] for r in row]),
        c("gp_name", "person_name", "VARCHAR", [r[8] for r in row], ROLE),
        c("gp_surgery", N, "VARCHAR", [surgeries[i][0] for i in surgery], "business"),
        c("gp_surgery_phone", N, "VARCHAR", [surgeries[i][1] for i in surgery], "business"),
        c("gp_surgery_address", N, "VARCHAR", [surgeries[i][2] for i in surgery], "business"),
        c("email", "email", "VARCHAR", [r[9] for r in row], HEAVY),
        c("coach", "person_name", "VARCHAR", g.col(g.pick(coaches)), STAFF),
        c("sidewalker_1", "person_name", "VARCHAR", g.col(g.pick(volunteers)), STAFF),
        c("pony", N, "VARCHAR", g.col(_horses(g)), "decoy", ANIMAL),
        c("activity", N, "VARCHAR", g.col(g.pick(["Riding", "Carriage driving", "Vaulting", "Hippotherapy"])),
          "decoy"),
        c("session_date", N, "DATE", g.days("2025-01-06", "2025-11-28"), "decoy"),
        c("misc_2", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
        c("progress_notes", "free_text", "VARCHAR", g.sparse(note, 0.72, _words("none")), NULLWORD),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def fr_centre_equestre_as400(g: Gen) -> Table:
    """An Ille-et-Vilaine centre équestre's AS/400 rider file (French, ``CE`` prefix, CYYMMDD)."""
    births = g.births(1958, 2019)
    places = [g.rnd.choice(v.FR_TOWNS) for _ in range(g.rows)]
    pairs = [v.person(g, "fr") for _ in range(g.rows)]
    monitors = _staff(g, 5, "fr")
    siret = v.siret(g)
    return Table("CEQUI35.CEADHP", "fr", "as400", [
        c("CENUMA", N, "DECIMAL(9,0)", g.keys(350_000_001), "decoy", KEY, LEGACY),
        c("CENOMU", "last_name", "VARCHAR", _pad([b.upper() for _, b in pairs], 25), LEGACY),
        c("CEPRNM", "first_name", "VARCHAR", _pad([a.upper() for a, _ in pairs], 20), LEGACY),
        c("CEDNAI", "date_of_birth", "DECIMAL(7,0)", [_cyymmdd(d) for d in births], LEGACY),
        c("CEADR1", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.FR_STREETS, "fr").upper()), 32),
          LEGACY),
        c("CECPOS", "postal_code", "DECIMAL(5,0)", [int(p[1]) for p in places], LEGACY),
        c("CEVILL", "city", "VARCHAR", _pad([p[0].upper() for p in places], 26), LEGACY),
        c("CETELF", "phone", "DECIMAL(10,0)", [int(g.phone("FR", "digits", g.rnd.random() < 0.7))
                                               if g.rnd.random() < 0.85 else 0 for _ in births], LEGACY),
        c("CEMAIL", "email", "VARCHAR", _pad([v.email_of(g, a, b, v.DOMAINS["fr"]) if g.rnd.random() < 0.7 else None
                                              for a, b in pairs], 40), LEGACY),
        c("CELICF", N, "VARCHAR", g.col(lambda: g.code("9999999A"), 0.1), "decoy", SHAPE, LEGACY),
        c("CEGALP", N, "VARCHAR", g.col(g.pick(["G1", "G2", "G3", "G4", "G5", "G6", "G7", "PONEY"])), "decoy",
          LEGACY),
        c("CEFORF", N, "VARCHAR", _pad(g.col(g.pick(["ANNUEL", "TRIMESTRE", "CARTE 10", "PENSION"])), 10), "decoy",
          LEGACY),
        c("CEDINS", N, "DECIMAL(7,0)", [_cyymmdd(g.day("2018-09-01", "2025-10-15")) for _ in births], "decoy",
          LEGACY),
        c("CEIBAN", "iban", "VARCHAR", g.col(lambda: v.iban(g, "FR", v.IBAN_LAYOUTS["FR"]).replace(" ", ""), 0.4),
          LEGACY),
        c("CERLNM", "person_name", "VARCHAR", _pad([v.whole(g, "fr").upper() if b.year >= 2008 else None
                                                    for b in births], 30), ROLE, LEGACY, HEAVY),
        c("CEMEDC", "person_name", "VARCHAR", _pad(g.col(lambda: "DR " + v.whole(g, "fr").upper(), 0.15), 30), ROLE,
          LEGACY),
        c("CEMONI", "person_name", "VARCHAR", _pad(g.col(g.pick([m.upper() for m in monitors])), 25), STAFF, LEGACY),
        c("CESIRT", N, "VARCHAR", [siret] * g.rows, "business", SHAPE, LEGACY),
        c("CEUDF2", "free_text", "VARCHAR", _pad(_custom(g, "FR", "fr"), 40), CUSTOM, LEGACY),
    ])


def nl_zorgmanege(g: Gen) -> Table:
    """A Veluwe care farm's riding therapy participants (Dutch, Pascal case)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "nl")
        tv = g.rnd.choice(["van", "de", "van der", "van den", "ter"]) if g.rnd.random() < 0.35 else None
        rows.append((a, tv, b))
    births = g.births(1950, 2019)
    places = [g.rnd.choice(v.NL_TOWNS) for _ in range(g.rows)]
    coaches = _staff(g, 5, "nl")
    kvk = g.digits(8)

    def opm() -> str:
        return g.rnd.choice([f"Moeder {v.given(g, 'nl')} brengt op woensdag", "Angstig bij opstappen",
                             f"Contact via mentor {v.whole(g, 'nl')}", "Goed contact met paard, doel gehaald"])

    return Table("ZorgmanegeDeHoefslag.Deelnemers", "nl", "pascal", [
        c("DeelnemerId", N, "BIGINT", g.keys(1_001), "decoy", KEY),
        c("Voornaam", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("Tussenvoegsel", "last_name", "VARCHAR", [r[1] for r in rows], HEAVY),
        c("Achternaam", "last_name", "VARCHAR", [r[2] for r in rows]),
        c("Geboortedatum", "date_of_birth", "DATE", births),
        c("Bsn", "national_id", "VARCHAR", g.col(lambda: v.bsn(g), 0.05)),
        c("Dossiernummer", N, "VARCHAR", g.col(lambda: v.bsn_decoy(g)), "decoy", SHAPE),
        c("Straat", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NL_STREETS, "nl"))),
        c("Postcode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('AA')}" for p in places]),
        c("Woonplaats", "city", "VARCHAR", [p[0] for p in places]),
        c("Telefoon", "phone", "VARCHAR", g.phones("NL", {"national": 0.7, "e164": 0.3}, 0.8, 0.05)),
        c("Email", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "nl"), v.DOMAINS["nl"]), 0.2)),
        c("WettelijkVertegenwoordiger", "person_name", "VARCHAR", [v.whole(g, "nl") if b.year >= 2008 else None
                                                                  for b in births], ROLE, HEAVY),
        c("Huisarts", "person_name", "VARCHAR", g.col(lambda: "dr. " + v.whole(g, "nl"), 0.1), ROLE),
        c("Iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "NL", v.IBAN_LAYOUTS["NL"]), 0.15)),
        c("Indicatie", N, "VARCHAR", g.col(g.pick(["Wlz", "Jeugdwet", "Wmo", "PGB", "Particulier"])), "decoy"),
        c("Begeleider", "person_name", "VARCHAR", g.col(g.pick(coaches)), STAFF),
        c("PaardNaam", N, "VARCHAR", g.col(_horses(g)), "decoy", ANIMAL),
        c("KvkNummer", N, "VARCHAR", [kvk] * g.rows, "business", SHAPE),
        c("VrijVeld2", "free_text", "VARCHAR", _custom(g, "NL", "nl"), CUSTOM),
        c("Opmerkingen", "free_text", "VARCHAR", g.sparse(opm, 0.75, _words("n.v.t.", "onbekend")), NULLWORD),
    ])


def dk_rideklub(g: Gen) -> Table:
    """A Roskilde riding club's members (Danish, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.8
        a, b = v.person(g, "da", female)
        born = g.birth(1955, 2018)
        rows.append((a, b, born, v.cpr(g, born, female)))
    places = [g.rnd.choice(v.DA_TOWNS) for _ in range(g.rows)]
    minors = [r[2].year >= 2008 for r in rows]
    teachers = _staff(g, 4, "da")
    club_cvr = v.cvr(g)
    return Table("rideklub_roskilde.medlemmer", "da", "snake", [
        c("medlem_id", N, "BIGINT", g.keys(3_001), "decoy", KEY),
        c("fornavn", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("efternavn", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("cpr_nr", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.8 else None for r in rows]),
        c("foedselsdato", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.DA_STREETS, "da"))),
        c("postnr", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("by", "city", "VARCHAR", [p[0] for p in places]),
        c("mobil", "phone", "VARCHAR", g.phones("DK", {"national": 0.6, "intl": 0.4}, 0.95)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["da"]) for r in rows]),
        c("foraelder_navn", "person_name", "VARCHAR", [v.whole(g, "da") if m else None for m in minors], ROLE, HEAVY),
        c("foraelder_mobil", "phone", "VARCHAR", [g.phone("DK", "national") if m else None for m in minors], ROLE,
          HEAVY),
        c("rytterlicens_nr", N, "VARCHAR", g.col(lambda: v.cpr_decoy(g), 0.2), "decoy", SHAPE),
        c("hold", N, "VARCHAR", g.col(g.pick(["Ponyhold tirsdag", "Begynder 1", "Spring øvede", "Voksenhold",
                                              "Dressur C"])), "decoy"),
        c("kontingent", N, "DECIMAL(8,2)", g.amounts(450, 1_450), "decoy"),
        c("pony_navn", N, "VARCHAR", g.col(_horses(g), 0.3), "decoy", ANIMAL),
        c("underviser", "person_name", "VARCHAR", g.col(g.pick(teachers)), STAFF),
        c("klub_cvr", N, "VARCHAR", [club_cvr] * g.rows, "business", SHAPE),
        c("konto_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DK", v.IBAN_LAYOUTS["DK"]), 0.62), HEAVY),
        c("indmeldt", N, "DATE", g.days("2012-01-01", "2025-10-31"), "decoy"),
        c("fritekst_2", "free_text", "VARCHAR", _custom(g, "DK", "da"), CUSTOM),
    ])


def cz_jezdecky_areal(g: Gen) -> Table:
    """A Písek equestrian centre's clients and boarded horses (Czech, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.7
        a, b = v.person(g, "cs", female)
        born = g.birth(1956, 2018)
        rows.append((a, b, born, v.rodne_cislo(g, born, female)))
    places = [g.rnd.choice(v.CS_TOWNS) for _ in range(g.rows)]
    trainers = _staff(g, 3, "cs")
    ico = v.ico(g)

    def note() -> str:
        return g.rnd.choice([f"Platí babička {v.whole(g, 'cs')}", "Kůň kulhá, volat veterináře",
                             f"Vyzvedává otec {v.given(g, 'cs')}", "Ustájení od 1. 3."])

    return Table("jezdecky_areal_pisek.klienti", "cs", "snake", [
        c("klient_id", N, "BIGINT", g.keys(501), "decoy", KEY),
        c("jmeno", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("prijmeni", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("rodne_cislo", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.85 else None for r in rows]),
        c("datum_narozeni", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("cislo_op", "national_id", "VARCHAR", [g.digits(9) if r[2].year < 2007 and g.rnd.random() < 0.45 else None
                                                 for r in rows], HEAVY),
        c("ulice", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CS_STREETS, "cs"))),
        c("psc", "postal_code", "VARCHAR", [f"{p[1][:3]} {p[1][3:]}" for p in places]),
        c("obec", "city", "VARCHAR", [p[0] for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("CZ", {"national": 0.6, "intl": 0.4}, 0.9, 0.05)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["cs"]) if g.rnd.random() < 0.8 else None
                                        for r in rows]),
        c("zakonny_zastupce", "person_name", "VARCHAR", [v.whole(g, "cs") if r[2].year >= 2008 else None
                                                         for r in rows], ROLE, HEAVY),
        c("cislo_smlouvy", N, "VARCHAR", g.col(lambda: v.rc_decoy(g)), "decoy", SHAPE),
        c("cislo_uctu", "iban", "VARCHAR", g.col(lambda: v.iban(g, "CZ", v.IBAN_LAYOUTS["CZ"]), 0.3)),
        c("kun", N, "VARCHAR", g.col(_horses(g), 0.4), "decoy", ANIMAL),
        c("typ_ustajeni", N, "VARCHAR", g.col(g.pick(["box", "výběh", "bez ustájení", "plný servis"])), "decoy"),
        c("trener", "person_name", "VARCHAR", g.col(g.pick(trainers)), STAFF),
        c("ico_arealu", N, "VARCHAR", [ico] * g.rows, "business", SHAPE),
        c("volne_pole_2", "free_text", "VARCHAR", _custom(g, "CZ", "cs"), CUSTOM),
        c("poznamka", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("neuvedeno", "nezjištěno")), NULLWORD),
    ])


def it_centro_ippico(g: Gen) -> Table:
    """A Maremma riding centre's pupils (Italian, snake case; codice fiscale encoding the birth date)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.65
        a, b = v.person(g, "it", female)
        born = g.birth(1960, 2018)
        home = g.rnd.choice(v.IT_TOWNS)
        birthplace = home if g.rnd.random() < 0.6 else g.rnd.choice(v.IT_TOWNS)
        rows.append((a, b, born, v.codice_fiscale(g, a, b, born, female, birthplace[2]), birthplace[0], home))
    teachers = _staff(g, 4, "it")
    piva = v.partita_iva(g)
    return Table("centro_ippico_maremma.allievi", "it", "snake", [
        c("id_allievo", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("nome", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("cognome", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("codice_fiscale", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("data_nascita", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("luogo_nascita", "city", "VARCHAR", [r[4] for r in rows]),
        c("indirizzo", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IT_STREETS, "it"))),
        c("cap", "postal_code", "VARCHAR", [r[5][1] for r in rows]),
        c("comune", "city", "VARCHAR", [r[5][0] for r in rows]),
        c("provincia", N, "VARCHAR", ["GR"] * g.rows, "decoy"),
        c("cellulare", "phone", "VARCHAR", g.phones("IT", {"national": 0.6, "intl": 0.4}, 0.95, 0.05)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["it"]) if g.rnd.random() < 0.85 else None
                                        for r in rows]),
        c("genitore_nome", "person_name", "VARCHAR", [v.whole(g, "it") if r[2].year >= 2008 else None for r in rows],
          ROLE, HEAVY),
        c("iban_addebito", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IT", v.IBAN_LAYOUTS["IT"]), 0.35)),
        c("tessera_fise", N, "VARCHAR", g.col(lambda: g.code("999999/A"), 0.05), "decoy", SHAPE),
        c("scadenza_certificato", N, "DATE", g.days("2025-06-01", "2026-09-30"), "decoy"),
        c("medico_certificatore", "person_name", "VARCHAR", g.col(lambda: "Dott. " + v.whole(g, "it"), 0.2), ROLE),
        c("istruttore", "person_name", "VARCHAR", g.col(g.pick(teachers)), STAFF),
        c("partita_iva_centro", N, "VARCHAR", [piva] * g.rows, "business", SHAPE),
        c("campo_libero_1", "free_text", "VARCHAR", _custom(g, "IT", "it"), CUSTOM),
    ])


def es_hipica(g: Gen) -> Table:
    """A Córdoba riding club's pupils (Spanish, camel case)."""
    births = g.births(1960, 2018)
    firsts = [v.given(g, "es") for _ in range(g.rows)]
    places = [g.rnd.choice(v.ES_TOWNS) for _ in range(g.rows)]
    minors = [b.year >= 2008 for b in births]
    teachers = _staff(g, 4, "es")
    club = v.cif(g)

    def obs() -> str:
        return g.rnd.choice([f"Recoge su abuela {v.whole(g, 'es')}", "Miedo al galope", "Prepara prueba de galope 3",
                             f"Hermano de {v.given(g, 'es')}, descuento familiar"])

    def surnames() -> str:
        return f"{v.person(g, 'es')[1]} {v.person(g, 'es')[1]}"

    return Table("hipicaCordoba.alumnosClases", "es", "camel", [
        c("idAlumno", N, "BIGINT", g.keys(10_001), "decoy", KEY),
        c("nombre", "first_name", "VARCHAR", firsts),
        c("apellidos", "last_name", "VARCHAR", g.col(surnames)),
        c("dniNie", "national_id", "VARCHAR", g.col(lambda: v.dni(g) if g.rnd.random() < 0.88 else v.nie(g), 0.1)),
        c("fechaNacimiento", "date_of_birth", "DATE", births),
        c("domicilio", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ES_STREETS, "es"))),
        c("codigoPostal", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("localidad", "city", "VARCHAR", [p[0] for p in places]),
        c("movil", "phone", "VARCHAR", g.phones("ES", {"national": 0.6, "e164": 0.4}, 0.95, 0.05)),
        c("correo", "email", "VARCHAR", [v.email_of(g, f, v.person(g, "es")[1], v.DOMAINS["es"]) for f in firsts]),
        c("tutorLegal", "person_name", "VARCHAR", [v.whole(g, "es") if m else None for m in minors], ROLE, HEAVY),
        c("telefonoTutor", "phone", "VARCHAR", [g.phone("ES", "national") if m else None for m in minors], ROLE,
          HEAVY),
        c("licenciaFederativa", N, "VARCHAR", g.col(lambda: f"AN-{g.digits(4)}-{g.digits(2)}", 0.25), "decoy", SHAPE),
        c("numeroRecibo", N, "VARCHAR", g.col(lambda: v.dni_decoy(g)), "decoy", SHAPE),
        c("ibanDomiciliacion", "iban", "VARCHAR", g.col(lambda: v.iban(g, "ES", v.IBAN_LAYOUTS["ES"]), 0.3)),
        c("caballoAsignado", N, "VARCHAR", g.col(_horses(g)), "decoy", ANIMAL),
        c("profesor", "person_name", "VARCHAR", g.col(g.pick(teachers)), STAFF),
        c("cifClub", N, "VARCHAR", [club] * g.rows, "business", SHAPE),
        c("campoLibre2", "free_text", "VARCHAR", _custom(g, "ES", "es"), CUSTOM),
        c("observaciones", "free_text", "VARCHAR", g.sparse(obs, 0.77, _words("ninguna", "desconocido")), NULLWORD),
    ])


def el_ippikos_omilos(g: Gen) -> Table:
    """A Heraklion riding club's riders (Greek script column names and values; AMKA encoding the birth date)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.6
        a, b = v.person(g, "el", female)
        born = g.birth(1958, 2018)
        rows.append((a, b, born, v.amka(g, born), v.person(g, "el", False)[0]))
    places = [g.rnd.choice(v.EL_TOWNS) for _ in range(g.rows)]
    teachers = _staff(g, 3, "el")

    def note() -> str:
        return g.rnd.choice([f"Τον φέρνει η γιαγιά {v.whole(g, 'el')}", "Φοβάται στο καλπασμό",
                             f"Ενημερώθηκε ο πατέρας {v.given(g, 'el')}", "Συμμετοχή σε αγώνες Μαΐου"])

    return Table("ιππικός_όμιλος_ηρακλείου.αναβάτες", "el", "snake", [
        c("κωδικός_μέλους", N, "BIGINT", g.keys(1_001), "decoy", KEY),
        c("όνομα", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("επώνυμο", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("πατρώνυμο", "first_name", "VARCHAR", [r[4] for r in rows]),
        c("ημερομηνία_γέννησης", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("αμκα", "ssn", "VARCHAR", [r[3] if g.rnd.random() < 0.9 else None for r in rows]),
        c("αφμ", "national_id", "VARCHAR", [v.afm(g) if r[2].year < 2006 and g.rnd.random() < 0.55 else None
                                            for r in rows], HEAVY),
        c("διεύθυνση", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.EL_STREETS, "el"))),
        c("ταχυδρομικός_κώδικας", "postal_code", "VARCHAR", [f"{p[1][:3]} {p[1][3:]}" for p in places]),
        c("πόλη", "city", "VARCHAR", [p[0] for p in places]),
        c("κινητό", "phone", "VARCHAR", g.phones("GR", {"national": 0.6, "intl": 0.4}, 0.95, 0.05)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["el"]) if g.rnd.random() < 0.75 else None
                                        for r in rows]),
        c("κηδεμόνας", "person_name", "VARCHAR", [v.whole(g, "el") if r[2].year >= 2008 else None for r in rows],
          ROLE, HEAVY),
        c("αριθμός_δελτίου_εοι", N, "VARCHAR", g.col(lambda: v.amka_decoy(g), 0.1), "decoy", SHAPE),
        c("άλογο", N, "VARCHAR", g.col(_horses(g)), "decoy", ANIMAL),
        c("εκπαιδευτής", "person_name", "VARCHAR", g.col(g.pick(teachers)), STAFF),
        c("συνδρομή", N, "DECIMAL(8,2)", g.amounts(40, 180), "decoy"),
        c("ελεύθερο_πεδίο_2", "free_text", "VARCHAR", _custom(g, "GR", "el"), CUSTOM),
        c("σχόλια", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("άγνωστο", "κανένα")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (ky_therapy_riding, 520), (nz_livery_clients, 300), (on_riding_camp, 450), (ie_racing_academy, 260),
    (au_agistment_invoices, 380), (fl_seasonal_payroll, 240), (za_signup_staging, 600), (gb_rda_sessions, 340),
    (fr_centre_equestre_as400, 500), (nl_zorgmanege, 280), (dk_rideklub, 420), (cz_jezdecky_areal, 360),
    (it_centro_ippico, 400), (es_hipica, 380), (el_ippikos_omilos, 300),
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
