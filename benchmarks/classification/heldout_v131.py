"""Held-out set v131 for the column classifier: 15 tables of *ski schools, ski-pass sales, mountain guides and alpine
huts* (a ski school's instructor onboarding, a season pass web shop, a guiding company's client trips, a ski school's
enrolments, gondola and lift ticket orders, a resort's employee and dependant pass extract, a lift pass sales feed, a
ski club lodge's member spreadsheet, an alpine club's hut reservations, a ski school's course enrolments, a mountain
guides' bureau's course bookings, an alpine society hut's overnight register, a ski school's lesson bookings, a resort's
season pass sales and a ski area's season passes), one system per table and each a different organisation, eight with
English column names and seven in other languages:

* ``greenridge_snowsports.instructor_onboarding``: a Stowe (Vermont) ski school's instructor onboarding (snake case,
  SSN, employee numbers shaped like SSNs failing the check, PSIA member numbers, the emergency contact, the hiring
  supervisor, a portal login, ``misc_1``);
* ``wanakaPasses.seasonPassOrders``: a Wānaka (Otago) ski area's season pass web shop (camel case, the pass holder and
  the purchaser, cards on file of old orders and their last four digits, checkout IPs, SKUs, keycard numbers, photo
  hashes, courier tracking numbers, the collection points' addresses, phones and e-mails, ``customField2`` holding
  locker codes);
* ``BowValleyGuides.ClientTrips``: a Canmore (Alberta) mountain guiding company's client trips (Pascal case, passports
  of foreign clients, the emergency contact, the waiver's witness, the lead guide and the guide's ACMG number,
  trailhead coordinates, waiver versions, ``Udf02``);
* ``SNOWSCHOOL_EC.SKI_SCHOOL_ENROLMENTS``: an Eastern Cape ski school's enrolments (SCREAMING case, South African ID
  numbers of learners and guardians encoding the birth date, enrolment numbers shaped like them failing the check,
  the instructor, ``CUSTOM_FIELD_2``);
* ``nevis_tkt.tkt_ord``: a Fort William (Lochaber) mountain resort's gondola and lift ticket orders (abbreviated:
  ``cust_fnm``, ``ctc_ph``, ``addr_ln1``, ``post_cd``; a second rider, order IPs, app versions, SKUs, a support
  agent's first name);
* ``SKIPASLEG.EMP_DEP_PASS_EXTRACT``: a Summit County (Colorado) resort's employee and dependant pass extract, a COBOL
  file (legacy: padded CHAR, ``YYYYMMDD`` integers, the employee's SSN, phone and ZIP as numbers with 0 for missing,
  the dependant, the supervisor, ``EP-USER-FLD-1`` holding personal data, ``EP-USER-FLD-2`` holding cost centres);
* ``stg_cordillera_pass.src_pass_raw``: a Santiago (Chile) ski area's lift pass sales feed as an opaque staging table
  (``col01`` to ``col18``: RUT, passports, a ``dd-mm-yyyy`` birth date, receipt numbers written like RUTs failing the
  check, hashes, IPs, gate coordinates, app versions);
* ``hotham_lodge.Lodge Members``: a Mount Hotham (Victoria) ski club lodge's member spreadsheet (column names in words
  with spaces: the partner, the emergency contact, the debenture's beneficiary, the lodge manager, ``Custom 1`` holding
  personal data, ``Custom 2`` holding locker numbers);
* ``AlpenvereinPinzgau.HuettenReservierungen``: a Pinzgau (Salzburg) alpine club section's hut reservations (Austrian
  German, Pascal case; the deposit's IBAN, the emergency contact, club member numbers, the huts and their phones, the
  hut keeper, ``Zusatzfeld2``);
* ``scuola_sci_gardena.iscrizioni_corsi``: a Val Gardena (South Tyrol) ski school's course enrolments (Italian; codice
  fiscale encoding the name, birth date and place of birth, the parent or guardian of minors, ski pass numbers, file
  codes shaped like a codice fiscale failing the check, the school's partita IVA, meeting points and their phones,
  ``campo_libero_2``);
* ``guidesPralognan.inscriptionsCourses``: a Pralognan-la-Vanoise (Savoie) mountain guides' bureau's course bookings
  (French, camel case; the NIR of trainees funding a course through their CPF, file numbers shaped like a NIR failing
  the key, FFCAM licence numbers, the person to warn, the guide and the guide's professional card, the bureau's SIRET,
  ``champLibre2``);
* ``pd_kamnik_koca.rezervacije_nocitev``: a Kamnik alpine society's hut overnight register (Slovenian; EMŠO encoding
  the birth date and sex, document numbers of foreign guests, PZS membership cards, invoice numbers failing the tax
  number's check, the society's tax number, the hut keeper, ``dodatno_polje_2`` holding room labels);
* ``白馬スノースクール.レッスン予約``: a Hakuba (Nagano) ski school's lesson bookings (Japanese column names and values:
  kanji and katakana names, guardians of children, passports of foreign-resident guests, lift ticket numbers, the
  instructor, the school's corporate number, ``自由項目2``);
* ``평창스노우리조트.시즌권_판매``: a Pyeongchang (Gangwon) resort's season pass sales (Korean column names and values:
  resident registration numbers of local residents' discounted passes encoding the birth date, card approval numbers,
  guardians of minors, the sales clerk, the resort's business number, ``추가항목2``);
* ``neu_encamp.abonaments_temporada``: an Encamp (Andorra) ski area's season passes (Catalan; the NRT of residents,
  passports of non-residents, the direct debit IBAN, the legal guardian of children, the cashier, the company's NRT,
  invoice numbers shaped like an NRT no NRT can be, ``camp_lliure_2``).

Written **blind**, like v2 to v128: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v98 (its two
modules and its test), ``tests/heldout_support.py``, v107's docstring, the module docstrings of v24 to v128 (to avoid
their domains and follow their labeling conventions; v66 had a Tyrolean lift company's season passes and a Niseko ski
school, v87 a Queenstown, an Austrian and an Åre ski school, and every organisation, country and shape here is
different from theirs) and the ``Column``/``Table`` classes and writer of v2 and v4. The classifier was not run on this
set while it was written, no scorer was run on it, and no score was looked at. It was written under a short deadline
(25 minutes asked, the tests and lint included), so some labels are quick decisions rather than settled conventions.

Labeling choices a reader may question:

* a US SSN and a French NIR are ``ssn``; a South African ID number, a passport number, a Chilean RUT, codice fiscale,
  EMŠO, a foreign guest's identity document number, a Korean RRN and an Andorran NRT of a person are
  ``national_id``; passports and NRTs are generated by shape only (python-stdnum checks the NRT's shape, not a check
  letter);
* order, booking, reservation, enrolment, file, receipt, invoice and approval numbers, pass, keycard and lift ticket
  numbers, SKUs, tracking numbers, club member, PSIA and FFCAM licence numbers are ``none`` (tag ``decoy``,
  ``value_shape`` when shaped like an identifier; several are built to fail the check of the identifier they look
  like); a card's last four digits are ``none``;
* a guide's ACMG number and a guide's French professional card number are ``none`` (tag ``practitioner_id``, like
  v122's practitioners' registration numbers);
* resorts', schools', huts', bureaus', collection points' and meeting points' names, addresses, phones and e-mails, a
  partita IVA, a SIRET, a Slovenian society's tax number, a Japanese corporate number, a Korean business number and a
  company's NRT are ``none`` (tag ``business``); products, pass types, courses, tours and objectives are ``none``;
  trailhead and gate coordinates are ``none``;
* hiring supervisors, guides, instructors, supervisors, a lodge manager, a hut keeper (``Huettenwirt``,
  ``oskrbnik``), the ski school's teacher (``maestro``), a sales clerk and a cashier (``taquiller``) are staff
  (``person_name``, tag ``staff``), a support agent's first name (``sprt_agt``) ``first_name``; an emergency contact,
  a guardian or parent, a purchaser, a waiver's witness, a second rider, a dependant, a partner, a debenture's
  beneficiary and the person to warn (``personneAPrevenir``) are personal (tag ``role_word``);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); custom
  fields holding locker codes, cost centres or room labels are ``none`` (tags ``decoy`` and ``custom_plain``); a
  portal login is ``unclassified`` (tag ``username``); a checkout or order IP is ``ip_address``; a card on file is
  ``credit_card``; an IBAN is ``iban``; medical and allergy notes naming people are ``free_text``;
* a place of birth (``luogo_nascita``), a suburb, a Chilean comuna, an Andorran parish, a Japanese municipality and a
  Korean si/gun/gu are ``city``; a state, a province, an Italian province, a country code and a citizenship are
  ``none``; two Catalan surnames in one column (``cognoms``) are ``last_name``;
* numeric dates of birth (``YYYYMMDD``, 0 for missing), a ``dd/mm/yyyy`` string and a ``dd-mm-yyyy`` string in an
  opaque column are ``date_of_birth``; an age is ``none``; start, issue, trip, arrival, course, validity and sale dates
  are ``none``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v131_values`, written for v131 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v131 [PATH]`` (default ``/tmp/heldout_v131.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v131``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v131_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v131_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v131.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # instructors, guides, supervisors, hut keepers, clerks (few distinct)
ROLE = "role_word"  # a role word (guardian, emergency contact, witness, dependant, beneficiary ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PLAIN = "custom_plain"  # an opaque custom field holding no personal data (none)
PRACT = "practitioner_id"  # a staff member's professional registration number (none)


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
            return g.phone(region, "intl" if region == "AD" else "national")
        if r < 0.7:
            if lang in ("ja", "ko"):
                return v.romaji_email(g, v.DOMAINS[lang])
            return v.email_of(g, *v.person(g, lang), v.DOMAINS[lang])
        return v.whole(g, lang)
    return g.col(one, null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _minor(born: date, on: int = 2025) -> bool:
    return on - born.year < 18


# -- English-named tables ----------------------------------------------------------------------------------------------


def vt_instructor_onboarding(g: Gen) -> Table:
    """A Stowe (Vermont) ski school's instructor onboarding (snake case)."""
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.VT_TOWNS) for _ in range(g.rows)]
    staff = _staff(g, 4, "us")
    style = g.rnd.randrange(3)

    def note() -> str:
        return g.rnd.choice([f"I-9 docs checked, partner {v.given(g)} also applying", "Returning instructor, 4th season",
                             f"Reference from {v.whole(g)} at Jay Peak", "Needs employee housing Dec-Mar",
                             "Level 2 exam booked for January"])

    return Table("greenridge_snowsports.instructor_onboarding", "en", "snake", [
        c("onboarding_id", N, "BIGINT", g.keys(20_001), "decoy", KEY),
        c("employee_number", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE),
        c("first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("preferred_name", "first_name", "VARCHAR", g.col(lambda: v.given(g), 0.75), HEAVY),
        c("date_of_birth", "date_of_birth", "DATE", g.births(1955, 2007)),
        c("ssn", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.7), 0.1)),
        c("home_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.VT_STREETS), 0.05)),
        c("city", "city", "VARCHAR", [t[0] for t in towns]),
        c("state", N, "VARCHAR", ["VT"] * g.rows, "decoy"),
        c("zip", "postal_code", "VARCHAR", [t[1] for t in towns]),
        c("mobile_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.9)),
        c("personal_email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["us"]) for a, b in pairs]),
        c("emergency_contact_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.1), ROLE),
        c("emergency_contact_phone", "phone", "VARCHAR", g.phones("US", {"dashes": 0.6, "national": 0.4}, 0.8, 0.1),
          ROLE),
        c("psia_member_number", N, "VARCHAR", g.col(lambda: g.code("99999999"), 0.3), "decoy", SHAPE),
        c("certification_level", N, "VARCHAR", g.col(g.pick(["Level 1", "Level 2", "Level 3", "Trainer", "None"])),
          "decoy"),
        c("discipline", N, "VARCHAR", g.col(g.pick(["Alpine", "Snowboard", "Telemark", "Adaptive", "Nordic"])),
          "decoy"),
        c("hiring_supervisor", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("start_date", N, "DATE", g.days("2025-11-15", "2026-01-10"), "decoy"),
        c("hourly_rate", N, "DOUBLE", g.amounts(17.5, 42.0), "decoy"),
        c("locker_number", N, "VARCHAR", g.col(lambda: g.code("L-999"), 0.2), "decoy"),
        c("portal_login", USERNAME, "VARCHAR", [v.login(a, b, style) for a, b in pairs], "username"),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "US", "us"), CUSTOM),
        c("hr_notes", "free_text", "VARCHAR", g.sparse(note, 0.76, _words("none")), NULLWORD),
    ])


def nz_season_pass_orders(g: Gen) -> Table:
    """A Wānaka ski area's season pass web shop orders (camel case)."""
    births = g.births(1950, 2021)
    holders = [v.person(g, "nz") for _ in range(g.rows)]
    buyers = [(a, b) if not _minor(d) and g.rnd.random() < 0.7 else v.person(g, "nz")
              for (a, b), d in zip(holders, births)]
    towns = [g.rnd.choice(v.NZ_TOWNS) for _ in range(g.rows)]
    passes = [g.rnd.choice(v.NZ_PASSES) for _ in range(g.rows)]
    point = [g.rnd.randrange(len(v.NZ_COLLECTION)) for _ in range(g.rows)]
    points = [(name, mail, g.phone("NZ", "national", False)) for name, mail in v.NZ_COLLECTION]
    return Table("wanakaPasses.seasonPassOrders", "en", "camel", [
        c("orderId", N, "BIGINT", g.keys(880_001), "decoy", KEY),
        c("orderNumber", N, "VARCHAR", g.col(lambda: g.code("WNK-25-999999")), "decoy", SHAPE),
        c("passHolderFirstName", "first_name", "VARCHAR", [a for a, _ in holders]),
        c("passHolderLastName", "last_name", "VARCHAR", [b for _, b in holders]),
        c("passHolderDob", "date_of_birth", "DATE", births),
        c("passProduct", N, "VARCHAR", [p[0] for p in passes], "decoy"),
        c("productSku", N, "VARCHAR", [f"{p[1]}-26" for p in passes], "decoy", SHAPE),
        c("priceNzd", N, "DOUBLE", g.amounts(399.0, 1_899.0), "decoy"),
        c("purchaserName", "person_name", "VARCHAR", [f"{a} {b}" for a, b in buyers], ROLE),
        c("purchaserEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["nz"]) for a, b in buyers]),
        c("purchaserMobile", "phone", "VARCHAR", g.phones("NZ", {"national": 0.6, "e164": 0.4}, 0.95, 0.05)),
        c("billingStreet", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NZ_STREETS, "nz"), 0.05)),
        c("billingSuburb", "city", "VARCHAR", [t[0] for t in towns]),
        c("billingPostcode", "postal_code", "VARCHAR", [t[1] for t in towns]),
        c("cardOnFile", "credit_card", "VARCHAR", g.col(lambda: v.luhn_card(g), 0.7), HEAVY),
        c("cardLast4", N, "VARCHAR", g.col(lambda: g.digits(4)), "decoy"),
        c("checkoutIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25), 0.05)),
        c("keycardNumber", N, "VARCHAR", g.col(lambda: g.code("01-9999 9999 9999999-9"), 0.3), "decoy", SHAPE),
        c("photoHash", N, "VARCHAR", g.col(g.sha256, 0.2), "decoy", SHAPE),
        c("courierTracking", N, "VARCHAR", g.col(lambda: g.code("AA999999999NZ"), 0.5), "decoy", SHAPE),
        c("collectionPoint", N, "VARCHAR", [points[i][0] for i in point], "business"),
        c("collectionPointPhone", N, "VARCHAR", [points[i][2] for i in point], "business"),
        c("collectionPointEmail", N, "VARCHAR", [points[i][1] for i in point], "business"),
        c("appVersion", N, "VARCHAR", g.col(g.version), "decoy"),
        c("orderedAt", N, "TIMESTAMP", g.moments("2025-03-01", "2025-06-30"), "decoy"),
        c("customField2", N, "VARCHAR", g.col(lambda: g.code("LKR-A99"), 0.4), "decoy", PLAIN),
    ])


def ca_guide_client_trips(g: Gen) -> Table:
    """A Canmore mountain guiding company's client trips (Pascal case)."""
    pairs = [v.person(g, "ca") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.CA_TOWNS) for _ in range(g.rows)]
    guides = [(name, g.code("ACMG-9999")) for name in _staff(g, 6, "ca")]
    guide = [g.rnd.randrange(len(guides)) for _ in range(g.rows)]
    goals = [g.rnd.choice(v.CA_OBJECTIVES) for _ in range(g.rows)]
    office = g.phone("CA", "national", False)

    def medical() -> str:
        return g.rnd.choice(["Asthma, carries inhaler", "Previous ACL repair (left)",
                             f"Type 1 diabetic, partner {v.given(g, 'ca')} knows the kit", "Bee sting allergy - EpiPen",
                             f"Physio {v.whole(g, 'ca')} cleared knee in Nov"])

    return Table("BowValleyGuides.ClientTrips", "en", "pascal", [
        c("TripBookingId", N, "BIGINT", g.keys(4_001), "decoy", KEY),
        c("TripCode", N, "VARCHAR", g.col(lambda: g.code("BVG-AAA-25-999")), "decoy", SHAPE),
        c("ClientFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("ClientLastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("ClientDateOfBirth", "date_of_birth", "DATE", g.births(1950, 2008)),
        c("ClientPhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.9)),
        c("ClientEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ca"]) for a, b in pairs]),
        c("ClientAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca"), 0.1)),
        c("ClientCity", "city", "VARCHAR", [t[0] for t in towns]),
        c("ClientPostalCode", "postal_code", "VARCHAR", [f"{t[2]} {g.code('9A9')}" for t in towns]),
        c("Province", N, "VARCHAR", [t[1] for t in towns], "decoy"),
        c("PassportNumber", "national_id", "VARCHAR", g.col(lambda: g.code("AA999999"), 0.78), HEAVY),
        c("EmergencyContactName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.05), ROLE),
        c("EmergencyContactPhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.7, "e164": 0.3}, 0.9, 0.05),
          ROLE),
        c("WaiverWitness", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.65), ROLE, HEAVY),
        c("MedicalNotes", "free_text", "VARCHAR", g.sparse(medical, 0.74, _words("none", "Nil")), NULLWORD),
        c("LeadGuide", "person_name", "VARCHAR", [guides[i][0] for i in guide], STAFF),
        c("GuideAcmgNumber", N, "VARCHAR", [guides[i][1] for i in guide], "decoy", PRACT),
        c("Objective", N, "VARCHAR", [x[0] for x in goals], "decoy"),
        c("TrailheadLat", N, "DOUBLE", [round(x[1] + g.rnd.uniform(-0.01, 0.01), 5) for x in goals], "decoy"),
        c("TrailheadLon", N, "DOUBLE", [round(x[2] + g.rnd.uniform(-0.01, 0.01), 5) for x in goals], "decoy"),
        c("TripDate", N, "DATE", g.days("2025-01-05", "2025-04-30"), "decoy"),
        c("WaiverSignedAt", N, "TIMESTAMP", g.moments("2024-12-01", "2025-04-29"), "decoy"),
        c("WaiverVersion", N, "VARCHAR", g.col(g.pick(["v2024.3", "v2025.1", "v2025.2"])), "decoy"),
        c("OfficePhone", N, "VARCHAR", [office] * g.rows, "business"),
        c("Udf02", "free_text", "VARCHAR", _custom(g, "CA", "ca"), CUSTOM),
    ])


def za_ski_school_enrolments(g: Gen) -> Table:
    """An Eastern Cape ski school's enrolments (SCREAMING case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        born = g.birth(1975, 2019)
        rows.append((v.whole(g, "za"), born, v.za_id(g, born, female) if g.rnd.random() < 0.85 else None))
    minors = [_minor(r[1]) for r in rows]
    towns = [g.rnd.choice(v.ZA_TOWNS) for _ in range(g.rows)]
    staff = _staff(g, 5, "za")

    def note() -> str:
        return g.rnd.choice(["Peanut allergy", f"Collect with aunt {v.whole(g, 'za')}", "Mild asthma",
                             f"Brother {v.given(g, 'za')} in same group", "Wears glasses under goggles"])

    def guardian_id() -> str:
        female = g.rnd.random() < 0.5
        return v.za_id(g, g.birth(1960, 1992), female)

    return Table("SNOWSCHOOL_EC.SKI_SCHOOL_ENROLMENTS", "en", "screaming", [
        c("ENROLMENT_NO", N, "VARCHAR", g.col(lambda: v.za_id_decoy(g)), "decoy", SHAPE),
        c("LEARNER_FULL_NAME", "person_name", "VARCHAR", [r[0] for r in rows]),
        c("LEARNER_ID_NUMBER", "national_id", "VARCHAR", [r[2] for r in rows]),
        c("LEARNER_DOB", "date_of_birth", "DATE", [r[1] for r in rows]),
        c("LEARNER_AGE", N, "INTEGER", [2025 - r[1].year for r in rows], "decoy"),
        c("GENDER", N, "VARCHAR", g.col(g.pick(["M", "F"])), "decoy"),
        c("GUARDIAN_NAME", "person_name", "VARCHAR", [v.whole(g, "za") if m else None for m in minors], ROLE, HEAVY),
        c("GUARDIAN_ID_NUMBER", "national_id", "VARCHAR",
          [guardian_id() if m and g.rnd.random() < 0.7 else None for m in minors], ROLE, HEAVY),
        c("CELL_NUMBER", "phone", "VARCHAR", g.phones("ZA", {"national": 0.7, "e164": 0.3}, 0.95, 0.05)),
        c("EMAIL_ADDRESS", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "za"), v.DOMAINS["za"]), 0.1)),
        c("HOME_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ZA_STREETS, "za"), 0.1)),
        c("SUBURB", "city", "VARCHAR", [t[0] for t in towns]),
        c("POSTAL_CODE", "postal_code", "VARCHAR", [t[1] for t in towns]),
        c("PROVINCE", N, "VARCHAR", [t[2] for t in towns], "decoy"),
        c("LESSON_PACKAGE", N, "VARCHAR", g.col(g.pick(v.ZA_PACKAGES)), "decoy"),
        c("INSTRUCTOR_NAME", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("INDEMNITY_SIGNED_AT", N, "TIMESTAMP", g.moments("2025-06-01", "2025-08-31"), "decoy"),
        c("AMOUNT_ZAR", N, "DOUBLE", g.amounts(450.0, 3_200.0), "decoy"),
        c("CUSTOM_FIELD_2", "free_text", "VARCHAR", _custom(g, "ZA", "za"), CUSTOM),
        c("MEDICAL_NOTES", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("None", "Nil")), NULLWORD),
    ])


def gb_ticket_orders(g: Gen) -> Table:
    """A Fort William mountain resort's gondola and lift ticket orders (abbreviated snake case)."""
    pairs = [v.person(g, "gb") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.GB_TOWNS) for _ in range(g.rows)]
    tickets = [g.rnd.choice(v.GB_TICKETS) for _ in range(g.rows)]
    agents = sorted({v.given(g, "gb") for _ in range(12)})[:5]
    return Table("nevis_tkt.tkt_ord", "en", "abbrev", [
        c("ord_id", N, "BIGINT", g.keys(1_200_001), "decoy", KEY),
        c("ord_ref", N, "VARCHAR", g.col(lambda: g.code("NR25-AAAA99")), "decoy", SHAPE),
        c("cust_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("cust_lnm", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
        c("cust_dob", "date_of_birth", "DATE", g.col(lambda: g.birth(1950, 2018), 0.6), ABBREV, HEAVY),
        c("ctc_ph", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.9, 0.05),
          ABBREV),
        c("ctc_eml", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["gb"]) for a, b in pairs], ABBREV),
        c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GB_STREETS, "gb"), 0.1), ABBREV),
        c("addr_ln2", "street_address", "VARCHAR", g.col(lambda: f"Flat {g.rnd.randint(1, 4)}/{g.rnd.randint(1, 3)}",
                                                         0.8), ABBREV, HEAVY),
        c("twn", "city", "VARCHAR", [t[0] for t in towns], ABBREV),
        c("post_cd", "postal_code", "VARCHAR", [f"{t[1]} {g.code('9AA')}" for t in towns], ABBREV),
        c("tkt_typ", N, "VARCHAR", [t[0] for t in tickets], "decoy"),
        c("sku", N, "VARCHAR", [t[1] for t in tickets], "decoy", SHAPE),
        c("qty", N, "INTEGER", g.ints(1, 6), "decoy"),
        c("amt_gbp", N, "DOUBLE", g.amounts(12.0, 420.0), "decoy"),
        c("crd_l4", N, "VARCHAR", g.col(lambda: g.digits(4)), "decoy"),
        c("ord_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3)), ABBREV),
        c("app_ver", N, "VARCHAR", g.col(lambda: f"ios {g.version()}" if g.rnd.random() < 0.5 else
                                         f"android {g.version()}", 0.4), "decoy"),
        c("vldt_dt", N, "DATE", g.days("2025-12-20", "2026-04-12"), "decoy"),
        c("gst_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "gb"), 0.7), ROLE, HEAVY, ABBREV),
        c("mrkt_optin", N, "BOOLEAN", g.yn(True, False, 0.35), "decoy"),
        c("sprt_agt", "first_name", "VARCHAR", g.col(g.pick(agents), 0.3), STAFF, ABBREV),
    ])


def co_employee_pass_extract(g: Gen) -> Table:
    """A Summit County (Colorado) resort's employee and dependant pass extract (COBOL layout)."""
    towns = [g.rnd.choice(v.CO_TOWNS) for _ in range(g.rows)]
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    has_dep = [g.rnd.random() < 0.38 for _ in range(g.rows)]
    staff = _staff(g, 6, "us")
    return Table("SKIPASLEG.EMP_DEP_PASS_EXTRACT", "en", "cobol", [
        c("EP-PASS-NO", N, "VARCHAR", _pad(g.col(lambda: g.code("EP9999999")), 10), "decoy", SHAPE, LEGACY),
        c("EP-EMP-NO", N, "INTEGER", g.keys(400_001, 3), "decoy", KEY, LEGACY),
        c("EP-EMP-LAST-NM", "last_name", "VARCHAR", _pad([b.upper() for _, b in pairs], 20), LEGACY),
        c("EP-EMP-FIRST-NM", "first_name", "VARCHAR", _pad([a.upper() for a, _ in pairs], 15), LEGACY),
        c("EP-EMP-SSN", "ssn", "BIGINT", [int(v.us_ssn(g, False)) if g.rnd.random() < 0.85 else 0
                                          for _ in range(g.rows)], LEGACY),
        c("EP-EMP-DOB", "date_of_birth", "INTEGER", [_ymd(g.birth(1958, 2007)) for _ in range(g.rows)], LEGACY),
        c("EP-EMP-PHONE", "phone", "BIGINT", [int(g.phone("US", "digits")) if g.rnd.random() < 0.85 else 0
                                              for _ in range(g.rows)], LEGACY),
        c("EP-EMP-ADDR", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.CO_STREETS)), 30), LEGACY),
        c("EP-EMP-CITY", "city", "VARCHAR", _pad([t[0] for t in towns], 18), LEGACY),
        c("EP-EMP-ST", N, "VARCHAR", ["CO"] * g.rows, "decoy", LEGACY),
        c("EP-EMP-ZIP", "postal_code", "INTEGER", [int(t[1]) for t in towns], LEGACY),
        c("EP-DEP-NAME", "person_name", "VARCHAR", _pad([v.whole(g).upper() if d else None for d in has_dep], 30),
          ROLE, HEAVY, LEGACY),
        c("EP-DEP-REL", N, "VARCHAR", _pad([g.rnd.choice(["SPOUSE", "CHILD", "DOM PTNR"]) if d else None for d in has_dep],
                                           8), "decoy", LEGACY),
        c("EP-DEP-DOB", "date_of_birth", "INTEGER", [_ymd(g.birth(1965, 2022)) if d else 0 for d in has_dep], ROLE,
          LEGACY),
        c("EP-DEPT", N, "VARCHAR", _pad(g.col(g.pick(v.CO_DEPTS)), 10), "decoy", LEGACY),
        c("EP-PASS-TIER", N, "VARCHAR", g.col(g.pick(["A", "B", "C", "X"])), "decoy", LEGACY),
        c("EP-ISSUE-DT", N, "INTEGER", [_ymd(g.day("2025-10-15", "2026-01-31")) for _ in range(g.rows)], "decoy",
          LEGACY),
        c("EP-SUPV-NM", "person_name", "VARCHAR", _pad(g.col(lambda: g.rnd.choice(staff).upper()), 30), STAFF, LEGACY),
        c("EP-USER-FLD-1", "free_text", "VARCHAR", _pad(_custom(g, "US", "us"), 40), CUSTOM, LEGACY),
        c("EP-USER-FLD-2", N, "VARCHAR", _pad(g.col(lambda: g.code("CC-9999"), 0.2), 10), "decoy", PLAIN, LEGACY),
    ])


def cl_pass_sales_feed(g: Gen) -> Table:
    """A Santiago ski area's lift pass sales feed, landed as an opaque staging table."""
    def dob() -> str:
        d = g.birth(1950, 2019)
        return f"{d.day:02d}-{d.month:02d}-{d.year}"

    def name() -> str:
        a, b = v.person(g, "cl")
        return f"{a} {b} {v.person(g, 'cl')[1]}"

    foreign = [g.rnd.random() < 0.2 for _ in range(g.rows)]
    gates = [(-33.3567, -70.2489), (-33.3440, -70.2870), (-33.3328, -70.2528)]
    return Table("stg_cordillera_pass.src_pass_raw", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", g.col(name), OPAQUE),
        c("col03", "national_id", "VARCHAR", [None if f else v.rut(g) for f in foreign], OPAQUE),
        c("col04", "national_id", "VARCHAR", [g.code(g.rnd.choice(["AA999999", "AAA999999"])) if f else None
                                              for f in foreign], OPAQUE, HEAVY),
        c("col05", "date_of_birth", "VARCHAR", g.col(dob), OPAQUE),
        c("col06", "phone", "VARCHAR", g.phones("CL", {"e164": 0.5, "intl": 0.3, "national": 0.2}, 0.95), OPAQUE),
        c("col07", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "cl"), v.DOMAINS["cl"]), 0.15),
          OPAQUE),
        c("col08", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CL_STREETS, "cl"), 0.3), OPAQUE),
        c("col09", "city", "VARCHAR", g.col(g.pick(v.CL_COMUNAS), 0.2), OPAQUE),
        c("col10", N, "VARCHAR", g.col(g.pick(v.CL_PRODUCTS)), "decoy", OPAQUE),
        c("col11", N, "VARCHAR", g.col(lambda: v.rut_decoy(g)), "decoy", SHAPE, OPAQUE),
        c("col12", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c("col13", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.1), OPAQUE),
        c("col14", N, "VARCHAR", [f"{lat + g.rnd.uniform(-0.002, 0.002):.5f},{lon + g.rnd.uniform(-0.002, 0.002):.5f}"
                                  for lat, lon in (g.rnd.choice(gates) for _ in range(g.rows))], "decoy", OPAQUE),
        c("col15", N, "INTEGER", g.ints(29_000, 1_290_000), "decoy", OPAQUE),
        c("col16", "free_text", "VARCHAR", _custom(g, "CL", "cl"), CUSTOM, OPAQUE),
        c("col17", N, "TIMESTAMP", g.moments("2025-06-15", "2025-09-30"), "decoy", OPAQUE),
        c("col18", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['android', 'ios', 'web'])} {g.version()}"), "decoy",
          OPAQUE),
    ])


def au_lodge_members(g: Gen) -> Table:
    """A Mount Hotham ski club lodge's member spreadsheet (column names in words with spaces)."""
    pairs = [v.person(g, "au") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.AU_TOWNS) for _ in range(g.rows)]
    managers = _staff(g, 3, "au")

    def dob() -> str:
        d = g.birth(1940, 2012)
        return f"{d.day:02d}/{d.month:02d}/{d.year}"

    def note() -> str:
        return g.rnd.choice(["Paid subs by EFT", f"Transfer of share from {v.whole(g, 'au')} pending",
                             "Prefers bottom bunk", f"Guest {v.given(g, 'au')} stayed 3 nights Aug"])

    return Table("hotham_lodge.Lodge Members", "en", "spaced", [
        c("Member No", N, "INTEGER", g.keys(101), "decoy", KEY),
        c("First Name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("Surname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("Date of Birth", "date_of_birth", "VARCHAR", g.col(dob, 0.1)),
        c("Mobile", "phone", "VARCHAR", g.phones("AU", {"national": 0.8, "e164": 0.2}, 0.95, 0.05)),
        c("Email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["au"]) for a, b in pairs]),
        c("Street Address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au"), 0.05)),
        c("Suburb", "city", "VARCHAR", [t[0] for t in towns]),
        c("Postcode", "postal_code", "VARCHAR", [t[1] for t in towns]),
        c("State", N, "VARCHAR", [t[2] for t in towns], "decoy"),
        c("Membership Class", N, "VARCHAR", g.col(g.pick(["Full", "Family", "Junior", "Life", "Associate"])),
          "decoy"),
        c("Working Bee Hours", N, "INTEGER", g.ints(0, 24), "decoy"),
        c("Bunk Allocation", N, "VARCHAR", g.col(lambda: g.code("Room 9 / Bunk A"), 0.3), "decoy"),
        c("Partner Name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au"), 0.6), ROLE, HEAVY),
        c("Emergency Contact", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au"), 0.15), ROLE),
        c("Emergency Phone", "phone", "VARCHAR", g.phones("AU", {"national": 1.0}, 0.9, 0.15), ROLE),
        c("Debenture Beneficiary", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au"), 0.8), ROLE, HEAVY),
        c("Lodge Manager", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF),
        c("Custom 1", "free_text", "VARCHAR", _custom(g, "AU", "au"), CUSTOM),
        c("Custom 2", N, "VARCHAR", g.col(lambda: g.code("Locker 99"), 0.3), "decoy", PLAIN),
        c("Notes", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("nil")), NULLWORD),
        c("Last Updated", N, "TIMESTAMP", g.moments("2024-05-01", "2025-10-31"), "decoy"),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def at_huetten_reservierungen(g: Gen) -> Table:
    """A Pinzgau alpine club section's hut reservations (Austrian German, Pascal case)."""
    pairs = [v.person(g, "at") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.AT_TOWNS) for _ in range(g.rows)]
    huts = [g.rnd.choice(v.AT_HUTS) for _ in range(g.rows)]
    phones = {name: g.phone("AT", "national", False) for name, _ in v.AT_HUTS}
    keepers = dict(zip(sorted({name for name, _ in v.AT_HUTS}), _staff(g, 2, "at")))

    def bemerkung() -> str:
        return g.rnd.choice(["Vegetarisch, 2x Halbpension", f"Kommt mit Bergführer {v.whole(g, 'at')}",
                             "Ankunft erst gegen 19 Uhr", f"Tochter {v.given(g, 'at')} (12) dabei",
                             "Hüttenschlafsack vergessen letztes Mal"])

    return Table("AlpenvereinPinzgau.HuettenReservierungen", "de", "pascal", [
        c("ReservierungsId", N, "BIGINT", g.keys(55_001), "decoy", KEY),
        c("ReservierungsNr", N, "VARCHAR", g.col(lambda: g.code("HT-2025-99999")), "decoy", SHAPE),
        c("Vorname", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("Nachname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("Geburtsdatum", "date_of_birth", "DATE", g.col(lambda: g.birth(1945, 2015), 0.6), HEAVY),
        c("Telefon", "phone", "VARCHAR", g.phones("AT", {"national": 0.6, "intl": 0.4}, 0.9, 0.05)),
        c("EMail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["at"]) for a, b in pairs]),
        c("Strasse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AT_STREETS, "at"), 0.1)),
        c("Plz", "postal_code", "VARCHAR", [t[1] for t in towns]),
        c("Ort", "city", "VARCHAR", [t[0] for t in towns]),
        c("Land", N, "VARCHAR", ["AT"] * g.rows, "decoy"),
        c("MitgliedsNr", N, "VARCHAR", g.col(lambda: g.code("999-9999999"), 0.35), "decoy", SHAPE),
        c("Huette", N, "VARCHAR", [h[0] for h in huts], "business"),
        c("HuetteTelefon", N, "VARCHAR", [phones[h[0]] for h in huts], "business"),
        c("Lager", N, "VARCHAR", [h[1] for h in huts], "decoy"),
        c("Anreise", N, "DATE", g.days("2025-06-15", "2025-09-30"), "decoy"),
        c("Naechte", N, "INTEGER", g.ints(1, 4), "decoy"),
        c("Personen", N, "INTEGER", g.ints(1, 8), "decoy"),
        c("AnzahlungIban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "AT"), 0.65), HEAVY),
        c("Notfallkontakt", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "at"), 0.3), ROLE),
        c("NotfallkontaktTelefon", "phone", "VARCHAR", g.phones("AT", {"national": 1.0}, 1.0, 0.3), ROLE),
        c("GeplanteTour", N, "VARCHAR", g.col(g.pick(v.AT_TOURS), 0.2), "decoy"),
        c("Huettenwirt", "person_name", "VARCHAR", [keepers[h[0]] for h in huts], STAFF),
        c("Zusatzfeld2", "free_text", "VARCHAR", _custom(g, "AT", "at"), CUSTOM),
        c("Bemerkung", "free_text", "VARCHAR", g.sparse(bemerkung, 0.75, _words("keine", "k.A.")), NULLWORD),
    ])


def it_scuola_sci(g: Gen) -> Table:
    """A Val Gardena ski school's course enrolments (Italian, South Tyrol)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "it", female)
        born = g.birth(1960, 2021)
        place = g.rnd.choice(v.IT_BIRTHPLACES)
        rows.append((a, b, born, place[0], v.codice_fiscale(g, a, b, born, female, place[1])))
    minors = [_minor(r[2]) for r in rows]
    towns = [g.rnd.choice(v.IT_TOWNS) for _ in range(g.rows)]
    teachers = _staff(g, 7, "it")
    meets = [("Ritrovo Ciampinoi", g.phone("IT", "national", False)),
             ("Ritrovo Col Raiser", g.phone("IT", "national", False)),
             ("Ritrovo Seceda", g.phone("IT", "national", False))]
    meet = [g.rnd.randrange(len(meets)) for _ in range(g.rows)]
    vat = v.it_vat(g)

    def nota() -> str:
        return g.rnd.choice(["Allergia alle noci", f"Ritira la nonna {v.whole(g, 'it')}", "Prima volta sugli sci",
                             f"In gruppo con il cugino {v.given(g, 'it')}", "Porta il casco proprio"])

    return Table("scuola_sci_gardena.iscrizioni_corsi", "it", "snake", [
        c("id_iscrizione", N, "BIGINT", g.keys(70_001), "decoy", KEY),
        c("codice_pratica", N, "VARCHAR", g.col(lambda: v.codice_fiscale_decoy(g)), "decoy", SHAPE),
        c("nome", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("cognome", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("data_nascita", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("luogo_nascita", "city", "VARCHAR", [r[3] for r in rows]),
        c("codice_fiscale", "national_id", "VARCHAR", [r[4] if g.rnd.random() < 0.9 else None for r in rows]),
        c("genitore_tutore", "person_name", "VARCHAR", [v.whole(g, "it") if m else None for m in minors], ROLE, HEAVY),
        c("cellulare_genitore", "phone", "VARCHAR", [g.phone("IT", g.rnd.choice(["national", "intl"])) if m else None
                                                     for m in minors], ROLE, HEAVY),
        c("telefono", "phone", "VARCHAR", g.phones("IT", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.85, 0.2)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["it"]) if g.rnd.random() < 0.85 else None
                                        for r in rows]),
        c("indirizzo", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IT_STREETS, "it"), 0.1)),
        c("cap", "postal_code", "VARCHAR", [t[1] for t in towns]),
        c("comune", "city", "VARCHAR", [t[0] for t in towns]),
        c("provincia", N, "VARCHAR", [t[2] for t in towns], "decoy"),
        c("corso", N, "VARCHAR", g.col(g.pick(v.IT_COURSES)), "decoy"),
        c("livello", N, "VARCHAR", g.col(g.pick(["A1", "A2", "B1", "B2", "C"])), "decoy"),
        c("maestro", "person_name", "VARCHAR", g.col(g.pick(teachers)), STAFF),
        c("numero_skipass", N, "VARCHAR", g.col(lambda: g.code("DS-9999999999"), 0.3), "decoy", SHAPE),
        c("punto_ritrovo", N, "VARCHAR", [meets[i][0] for i in meet], "business"),
        c("telefono_ritrovo", N, "VARCHAR", [meets[i][1] for i in meet], "business"),
        c("partita_iva_scuola", N, "VARCHAR", [vat] * g.rows, "business", SHAPE),
        c("campo_libero_2", "free_text", "VARCHAR", _custom(g, "IT", "it"), CUSTOM),
        c("note", "free_text", "VARCHAR", g.sparse(nota, 0.78, _words("nessuna", "n.d.")), NULLWORD),
    ])


def fr_bureau_guides(g: Gen) -> Table:
    """A Pralognan-la-Vanoise mountain guides' bureau's course bookings (French, camel case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "fr", female)
        born = g.birth(1955, 2009)
        town = g.rnd.choice(v.FR_TOWNS)
        nir = v.nir(g, born, female, town[2]) if g.rnd.random() < 0.25 else None
        rows.append((a, b, born, town, nir))
    guides = [(name, f"0{g.rnd.choice(['73', '74'])}{g.digits(3)}ED{g.digits(4)}") for name in _staff(g, 6, "fr")]
    guide = [g.rnd.randrange(len(guides)) for _ in range(g.rows)]
    siret = v.siret(g)

    def remarque() -> str:
        return g.rnd.choice(["Vertige léger, à rassurer", f"Vient avec son fils {v.given(g, 'fr')}",
                             "Crampons de location taille 43", f"Recommandé par {v.whole(g, 'fr')}",
                             "Genou droit fragile"])

    return Table("guidesPralognan.inscriptionsCourses", "fr", "camel", [
        c("idInscription", N, "BIGINT", g.keys(9_001), "decoy", KEY),
        c("numeroDossier", N, "VARCHAR", g.col(lambda: v.nir_decoy(g)), "decoy", SHAPE),
        c("nomClient", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("prenomClient", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("dateNaissance", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("nirCpf", "ssn", "VARCHAR", [r[4] for r in rows], HEAVY),
        c("telephonePortable", "phone", "VARCHAR", g.phones("FR", {"national": 0.7, "intl": 0.3}, 0.95, 0.05)),
        c("courriel", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["fr"]) for r in rows]),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.FR_STREETS, "fr"), 0.1)),
        c("codePostal", "postal_code", "VARCHAR", [r[3][1] for r in rows]),
        c("ville", "city", "VARCHAR", [r[3][0] for r in rows]),
        c("personneAPrevenir", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "fr"), 0.1), ROLE),
        c("telPersonneAPrevenir", "phone", "VARCHAR", g.phones("FR", {"national": 1.0}, 0.9, 0.1), ROLE),
        c("numeroLicenceFfcam", N, "VARCHAR", g.col(lambda: g.digits(12), 0.5), "decoy", SHAPE),
        c("course", N, "VARCHAR", g.col(g.pick(v.FR_COURSES)), "decoy"),
        c("dateCourse", N, "DATE", g.days("2025-01-10", "2025-09-20"), "decoy"),
        c("guide", "person_name", "VARCHAR", [guides[i][0] for i in guide], STAFF),
        c("carteProGuide", N, "VARCHAR", [guides[i][1] for i in guide], "decoy", PRACT),
        c("tarifEur", N, "DOUBLE", g.amounts(90.0, 1_450.0), "decoy"),
        c("siretBureau", N, "VARCHAR", [siret] * g.rows, "business", SHAPE),
        c("champLibre2", "free_text", "VARCHAR", _custom(g, "FR", "fr"), CUSTOM),
        c("remarques", "free_text", "VARCHAR", g.sparse(remarque, 0.75, _words("RAS", "néant")), NULLWORD),
    ])


def si_koca_nocitve(g: Gen) -> Table:
    """A Kamnik alpine society's hut overnight register (Slovenian, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "sl", female)
        born = g.birth(1945, 2015)
        foreign = g.rnd.random() < 0.2
        rows.append((a, b, born, None if foreign else v.emso(g, born, female),
                     g.code(g.rnd.choice(["C99A99A99", "999999999", "AA9999999"])) if foreign else None,
                     g.rnd.choice(["AT", "DE", "HR", "CZ"]) if foreign else "SI"))
    towns = [g.rnd.choice(v.SI_TOWNS) for _ in range(g.rows)]
    huts = [g.rnd.choice(v.SI_HUTS) for _ in range(g.rows)]
    keepers = dict(zip(v.SI_HUTS, _staff(g, len(v.SI_HUTS), "sl")))
    tax = v.si_tax(g)

    def opomba() -> str:
        return g.rnd.choice(["Prihod pozno zvečer", f"Skupina z vodnikom {v.whole(g, 'sl')}", "Vegetarijanska hrana",
                             f"Sin {v.given(g, 'sl')} spi v istem ležišču", "Plačano po predračunu"])

    return Table("pd_kamnik_koca.rezervacije_nocitev", "sl", "snake", [
        c("id_rezervacije", N, "BIGINT", g.keys(30_001), "decoy", KEY),
        c("ime", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("priimek", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("datum_rojstva", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("emso", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("st_osebnega_dokumenta", "national_id", "VARCHAR", [r[4] for r in rows], HEAVY),
        c("drzavljanstvo", N, "VARCHAR", [r[5] for r in rows], "decoy"),
        c("telefon", "phone", "VARCHAR", g.phones("SI", {"national": 0.7, "intl": 0.3}, 0.9, 0.1)),
        c("e_posta", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["sl"]) if g.rnd.random() < 0.8 else None
                                          for r in rows]),
        c("naslov", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.SI_STREETS, "sl"), 0.15)),
        c("postna_stevilka", "postal_code", "VARCHAR", [t[1] for t in towns]),
        c("kraj", "city", "VARCHAR", [t[0] for t in towns]),
        c("clanska_izkaznica_pzs", N, "VARCHAR", g.col(lambda: g.code("PZS-99999999"), 0.4), "decoy", SHAPE),
        c("koca", N, "VARCHAR", huts, "business"),
        c("datum_prihoda", N, "DATE", g.days("2025-06-01", "2025-10-15"), "decoy"),
        c("st_nocitev", N, "INTEGER", g.ints(1, 3), "decoy"),
        c("turisticna_taksa", N, "DOUBLE", g.floats(1.0, 7.5, 2), "decoy"),
        c("st_racuna", N, "VARCHAR", g.col(lambda: v.si_tax_decoy(g)), "decoy", SHAPE),
        c("davcna_stevilka_drustva", N, "VARCHAR", [f"SI{tax}"] * g.rows, "business", SHAPE),
        c("oskrbnik", "person_name", "VARCHAR", [keepers[h] for h in huts], STAFF),
        c("dodatno_polje_2", N, "VARCHAR", g.col(lambda: g.code("Soba 9 / ležišče 99"), 0.3), "decoy", PLAIN),
        c("opombe", "free_text", "VARCHAR", g.sparse(opomba, 0.76, _words("brez", "ni podatka")), NULLWORD),
    ])


def ja_ski_school(g: Gen) -> Table:
    """A Hakuba ski school's lesson bookings (Japanese column names and values)."""
    pairs = [v.person(g, "ja") for _ in range(g.rows)]
    births = [g.birth(2009, 2021) if g.rnd.random() < 0.38 else g.birth(1955, 2007) for _ in range(g.rows)]
    minors = [_minor(d) for d in births]
    towns = [g.rnd.choice(v.JA_TOWNS) for _ in range(g.rows)]
    staff = _staff(g, 6, "ja")
    corp = v.jp_cn(g)

    def bikou() -> str:
        return g.rnd.choice(["初めてのスキー", f"父親の{v.person(g, 'ja')[0]}さんが送迎", "ブーツ持参",
                             f"{v.whole(g, 'ja')}さんと同じ班を希望", "食物アレルギー（卵）"])

    return Table("白馬スノースクール.レッスン予約", "ja", "native", [
        c("予約ID", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("予約番号", N, "VARCHAR", g.col(lambda: g.code("HSS-2526-99999")), "decoy", SHAPE),
        c("氏名", "person_name", "VARCHAR", [f"{b} {a}" for a, b in pairs]),
        c("フリガナ", "person_name", "VARCHAR", [f"{v.JA_KANA[b]} {v.JA_KANA[a]}" for a, b in pairs]),
        c("生年月日", "date_of_birth", "DATE", births),
        c("電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "e164": 0.2}, 0.9, 0.05)),
        c("メールアドレス", "email", "VARCHAR", g.col(lambda: v.romaji_email(g, v.DOMAINS["ja"]), 0.1)),
        c("住所", "street_address", "VARCHAR", g.col(g.pick(v.JA_STREETS), 0.1)),
        c("市区町村", "city", "VARCHAR", [t[0] for t in towns]),
        c("郵便番号", "postal_code", "VARCHAR", [t[1] + g.digits(2) for t in towns]),
        c("保護者氏名", "person_name", "VARCHAR", [v.whole(g, "ja") if m else None for m in minors], ROLE, HEAVY),
        c("保護者連絡先", "phone", "VARCHAR", [g.phone("JP", "national") if m else None for m in minors], ROLE, HEAVY),
        c("旅券番号", "national_id", "VARCHAR", g.col(lambda: g.code(g.rnd.choice(["AA9999999", "A9999999"])), 0.85),
          HEAVY),
        c("レッスン種別", N, "VARCHAR", g.col(g.pick(v.JA_LESSONS)), "decoy"),
        c("身長cm", N, "INTEGER", g.ints(95, 192), "decoy"),
        c("靴サイズ", N, "DOUBLE", [g.rnd.choice([18.0, 19.5, 21.0, 22.5, 24.0, 25.5, 26.5, 27.5, 28.5])
                                for _ in range(g.rows)], "decoy"),
        c("担当インストラクター", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("リフト券番号", N, "VARCHAR", g.col(lambda: g.code("9999-9999-9999"), 0.3), "decoy", SHAPE),
        c("法人番号", N, "VARCHAR", [corp] * g.rows, "business", SHAPE),
        c("自由項目2", "free_text", "VARCHAR", _custom(g, "JP", "ja"), CUSTOM),
        c("備考", "free_text", "VARCHAR", g.sparse(bikou, 0.76, _words("なし", "不明")), NULLWORD),
    ])


def ko_season_pass(g: Gen) -> Table:
    """A Pyeongchang resort's season pass sales (Korean column names and values)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "ko", female)
        born = g.birth(1955, 2018)
        local = g.rnd.random() < 0.25
        rows.append((f"{b}{a}", born, v.rrn(g, born, female) if local else None))
    minors = [_minor(r[1]) for r in rows]
    towns = [g.rnd.choice(v.KO_TOWNS) for _ in range(g.rows)]
    staff = _staff(g, 5, "ko")
    brn = v.kr_brn(g)

    def bigo() -> str:
        return g.rnd.choice(["사진 재촬영 필요", f"보호자 {v.whole(g, 'ko')} 동의서 제출", "군민 확인 완료",
                             f"형 {v.whole(g, 'ko')}과 가족 할인", "분실 재발급"])

    return Table("평창스노우리조트.시즌권_판매", "ko", "native", [
        c("판매ID", N, "BIGINT", g.keys(250_001), "decoy", KEY),
        c("시즌권번호", N, "VARCHAR", g.col(lambda: g.code("PC25-9999-9999")), "decoy", SHAPE),
        c("성명", "person_name", "VARCHAR", [r[0] for r in rows]),
        c("생년월일", "date_of_birth", "DATE", [r[1] for r in rows]),
        c("주민등록번호", "national_id", "VARCHAR", [r[2] for r in rows], HEAVY),
        c("휴대폰", "phone", "VARCHAR", g.phones("KR", {"national": 0.8, "e164": 0.2}, 0.95, 0.05)),
        c("이메일", "email", "VARCHAR", g.col(lambda: v.romaji_email(g, v.DOMAINS["ko"]), 0.2)),
        c("주소", "street_address", "VARCHAR", [f"{t[0]} {g.rnd.choice(v.KO_STREETS)}" for t in towns]),
        c("시군구", "city", "VARCHAR", [t[0] for t in towns]),
        c("우편번호", "postal_code", "VARCHAR", [t[1] + g.digits(2) for t in towns]),
        c("권종", N, "VARCHAR", g.col(g.pick(v.KO_PASSES)), "decoy"),
        c("카드승인번호", N, "VARCHAR", g.col(lambda: g.digits(8), 0.1), "decoy", SHAPE),
        c("보호자_성명", "person_name", "VARCHAR", [v.whole(g, "ko") if m else None for m in minors], ROLE, HEAVY),
        c("보호자_연락처", "phone", "VARCHAR", [g.phone("KR", "national") if m else None for m in minors], ROLE, HEAVY),
        c("판매직원", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("사업자등록번호", N, "VARCHAR", [brn] * g.rows, "business", SHAPE),
        c("판매일시", N, "TIMESTAMP", g.moments("2025-09-01", "2025-12-20"), "decoy"),
        c("사진_해시", N, "VARCHAR", g.col(g.md5, 0.1), "decoy", SHAPE),
        c("추가항목2", "free_text", "VARCHAR", _custom(g, "KR", "ko"), CUSTOM),
        c("비고", "free_text", "VARCHAR", g.sparse(bigo, 0.78, _words("없음", "미상")), NULLWORD),
    ])


def ad_abonaments(g: Gen) -> Table:
    """An Encamp ski area's season passes (Andorran Catalan, snake case)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "ad")
        born = g.birth(1950, 2020)
        resident = g.rnd.random() < 0.7
        rows.append((a, f"{b} {v.person(g, 'ad')[1]}", born, v.nrt_person(g) if resident else None,
                     None if resident else g.code(g.rnd.choice(["AAA999999", "99AA99999"]))))
    minors = [_minor(r[2]) for r in rows]
    parishes = [g.rnd.choice(v.AD_PARISHES) for _ in range(g.rows)]
    staff = _staff(g, 4, "ad")
    company = v.nrt_company(g)

    def obs() -> str:
        return g.rnd.choice(["Foto pendent", f"Recull el pare, {v.whole(g, 'ad')}", "Descompte família nombrosa",
                             f"Germana {v.given(g, 'ad')} també abonada", "Pagament fraccionat"])

    return Table("neu_encamp.abonaments_temporada", "ca", "snake", [
        c("id_abonament", N, "BIGINT", g.keys(60_001), "decoy", KEY),
        c("num_forfet", N, "VARCHAR", g.col(lambda: g.code("GV-99999999"), 0.05), "decoy", SHAPE),
        c("nom", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("cognoms", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("data_naixement", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("nrt", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("num_passaport", "national_id", "VARCHAR", [r[4] for r in rows], HEAVY),
        c("telefon", "phone", "VARCHAR", g.phones("AD", {"national": 0.7, "intl": 0.3}, 0.85, 0.05)),
        c("correu_electronic", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "ad"), v.DOMAINS["ad"]),
                                                          0.15)),
        c("adreca", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AD_STREETS, "ad"), 0.1)),
        c("codi_postal", "postal_code", "VARCHAR", [p[1] for p in parishes]),
        c("parroquia", "city", "VARCHAR", [p[0] for p in parishes]),
        c("tipus_abonament", N, "VARCHAR", g.col(g.pick(v.AD_PASSES)), "decoy"),
        c("preu_eur", N, "DOUBLE", g.amounts(180.0, 1_150.0), "decoy"),
        c("iban_domiciliacio", "iban", "VARCHAR", g.col(lambda: v.iban(g, "AD"), 0.6), HEAVY),
        c("tutor_legal", "person_name", "VARCHAR", [v.whole(g, "ad") if m else None for m in minors], ROLE, HEAVY),
        c("taquiller", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("nrt_empresa", N, "VARCHAR", [company] * g.rows, "business", SHAPE),
        c("num_factura", N, "VARCHAR", g.col(lambda: v.nrt_decoy(g)), "decoy", SHAPE),
        c("camp_lliure_2", "free_text", "VARCHAR", _custom(g, "AD", "ad"), CUSTOM),
        c("observacions", "free_text", "VARCHAR", g.sparse(obs, 0.77, _words("cap", "desconegut")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (vt_instructor_onboarding, 320), (nz_season_pass_orders, 600), (ca_guide_client_trips, 280),
    (za_ski_school_enrolments, 420), (gb_ticket_orders, 700), (co_employee_pass_extract, 500),
    (cl_pass_sales_feed, 550), (au_lodge_members, 240), (at_huetten_reservierungen, 380), (it_scuola_sci, 450),
    (fr_bureau_guides, 300), (si_koca_nocitve, 330), (ja_ski_school, 360), (ko_season_pass, 520),
    (ad_abonaments, 400),
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
