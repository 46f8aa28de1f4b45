"""Held-out set v146 for the column classifier: 15 tables of *primary and secondary schools and childcare* (pupils and
their guardians, enrolments and re-enrolments, medical and allergy records, attendance, school meals and fee payments,
teachers and their vetting, nurseries and childminders, school transport, exam entries), one system per table and each
a different organisation in a different country, eight with English column names and seven in other languages:

* ``ballarat_oshc.session_bookings``: a Ballarat out-of-school-hours care service's session bookings (snake case:
  the child's and the parent's Centrelink CRN, Medicare numbers, suburbs, medical conditions, authorised collectors
  with their relation words in one cell, educators, booking IPs, ``misc_1`` holding personal data);
* ``yegStudentTransport.busRiderRegistrations``: an Edmonton Catholic school division's bus rider registrations (camel
  case: Alberta student numbers, ISO birth dates, the guardian and a mostly empty alternate contact, pick-up address
  and unit, stop coordinates, carriers and drivers, payment confirmations of nine digits failing the Luhn check,
  registration IPs, ``customField2`` holding transport codes only, medical alerts for the driver);
* ``NorfolkLearningTrust.SingleCentralRecord``: a Norfolk multi-academy trust's single central record of staff vetting
  (Pascal case: National Insurance numbers, teacher reference numbers, DBS certificate numbers, right-to-work
  documents and passport numbers, previous surnames, personal and work e-mails, referees, ``CheckedBy`` and
  ``ApprovedBy``, academies and their phones, ``Udf3``);
* ``WASSCE_IBADAN.CANDIDATE_ENTRIES_2026``: an Ibadan private secondary school's WASSCE candidate entries (SCREAMING
  case: candidate numbers, the birth date split into ``DOB_DAY``, ``DOB_MONTH`` and ``DOB_YEAR``, NIN mostly empty,
  state and LGA of origin, home areas, the parent or guardian, Remita payment references, photo hashes, exam
  officers, ``CUSTOM_FIELD_2``);
* ``csn_sligo.att_abs_exp``: a Sligo post-primary school's absence marks exported from its administration system
  (abbreviated: ``stu_fnm``, ``stu_ppsn``, ``gdn1_mob``, ``addr_ln1``, ``addr_ln2`` holding the townland, ``eircd``,
  ``dd/mm/yyyy`` birth dates, absence reasons, tutors written ``Ms F Devaney``, the SMS sender id, ``udf3`` codes
  only, the last editor's login);
* ``BOEELIC.LICMAST_EXTRACT``: an Iowa educator licensing board's COBOL extract of licence holders (legacy: padded
  CHAR, ``YYYYMMDD`` integers for the birth date and the licence's expiry, SSN and phone as numbers with 0 for
  missing, application numbers of nine digits failing the SSN check, maiden names and a second address line mostly
  blank, FBI fingerprint transaction numbers, districts and their phones, card numbers a fee module kept in clear,
  clerks, ``LIC-USER-FLD-2`` holding personal data, ``LIC-USER-FLD-3`` codes);
* ``stg_kovai_school.src_pg_feepay_raw``: a Coimbatore school's fee and canteen wallet payments landed from its payment
  gateway as an opaque staging table (``col01`` to ``col21``: the pupil written ``M. Nila``, Aadhaar, a ``dd-mm-yyyy``
  birth date, the paying parent's PAN, receipt numbers of twelve digits failing the Verhoeff check, UPI handles,
  masked cards, gateway ids, IPs, a custom field with personal data);
* ``ecd_app_mangaung.enrolment_export``: a Bloemfontein early childhood development centre's enrolments exported from
  its parent app as JSON and flattened to dotted keys (``child.name.first``, ``child.id_number``,
  ``mother.id_number``, ``child.medical.doctor.name`` and ``.phone``, ``address.suburb``,
  ``billing.debit_order.account_number``, invoice numbers of thirteen digits failing the ID number's check,
  ``meta.ip``, ``meta.custom2``, ``staff.enrolled_by``, ``notes.handover``);
* ``colegio_mza.legajo_alumnos``: a Mendoza private school's pupil files (Argentine Spanish: DNI and CUIL of the pupil,
  the tutor written ``QUIROGA, Daniela``, health insurers and member numbers, allergies, the medical record's remarks,
  people allowed to collect the child in one cell, the credit card of the automatic fee debit, the CBU, preceptors,
  ``campo_libre_2``);
* ``colegio_floripa.rematriculas_2026``: a Florianópolis private school's re-enrolments for 2026 (Brazilian Portuguese:
  the pupil's and the financially responsible parent's CPF, mother and father, CEP, ``logradouro``, ``numero``,
  ``complemento``, ``bairro``, boleto lines, re-enrolment protocols written like CPFs and failing the check, the
  attendant's first name, ``campo_extra_1`` holding codes only);
* ``refezione_trento.pagamenti_mensa``: a Trento-area comune's school canteen payments (Italian: the pupil's and the
  parent's codice fiscale encoding names, birth date, sex and place, special diets, PEC addresses mostly empty, the
  direct-debit IBAN and its holder, pagoPA IUV codes, the office's operators, ``campo_libero_2``);
* ``tagesfamilien_sg.betreuungsvertraege``: a St. Gallen childminding association's care contracts (Swiss German: the
  child's and the childminder's AHV numbers, the childminder's IBAN, phone and home address, criminal-record extract
  numbers, the parent, placement coordinators, ``zusatzfeld_2``);
* ``elevhalsan_jkpg.halsobesok``: a Jönköping school health service's visits and vaccinations (Swedish: twelve-digit
  personnummer encoding the birth date, two guardians, vaccine batches, allergies, school nurses, referral numbers
  written ``YYMMDD-NNNN`` failing the personnummer's check, journal notes, ``extra_falt_2`` codes only);
* ``gymnazium_hk.prihlasky_prijimaci_rizeni``: a Hradec Králové gymnasium's entrance examination applications (Czech:
  rodné číslo encoding the birth date and sex, ``d.m.yyyy`` birth dates, feminine family names, birthplaces, street
  and house number apart, the legal representative, previous schools and their IZO, application numbers written like
  birth numbers and failing the check, ``doplnkove_pole_2``);
* ``ひばり保育園.園児台帳``: a Matsuyama nursery's child register (Japanese column names and values: names in kanji and
  katakana, birth dates in the era calendar (``令和3年5月12日``), the parent's My Number mostly empty, application
  numbers of twelve digits failing My Number's check, parents' employers and their phones, the emergency contact,
  the fee account and its holder in katakana, class teachers, ``予備項目1`` holding codes only).

Written **blind**: by someone who has read neither the classifier (``governance_dagster/detect/``) nor its
documentation, tests, changelog, history or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (the parts of ``heldout_v2_accuracy.py`` where v143 is registered, read, never run), v98's
two modules as the model of structure and labeling, v143's test as the model of this set's test (v98's test was not
opened), ``tests/heldout_support.py``, the ``Column``/``Table`` classes and writers of v2 and v4, the module
docstrings of v24 to v143 (to avoid their domains and organisations and follow their labeling conventions: those of
v50 and v69, whole sets of education and childcare systems, and of v113, v136 and v138 to v143 were read in full, the
others searched for schools, childcare, vetting and the towns and organisations chosen here; every organisation here
is new), the ruff section of ``pyproject.toml`` and the sources of python-stdnum and phonenumbers. One slip: a
``ruff format --check`` run by mistake on v98's and v143's modules and v143's test printed its reformatting diff, which
showed some of v143's table builders; nothing here was taken from it. The classifier was not run on this set while it
was written, no scorer was run on it, and no score was looked at (the test builds the set through the scorer's
``SETS`` entry, as v143's test does, and never classifies).

Labeling choices a reader may question:

* a US SSN, an Irish PPSN, a UK National Insurance number and a Swiss AHV number are ``ssn``; the Centrelink CRN and
  the Medicare card number, the Alberta student number (like the English UPN in v50 and v69: a number that follows the
  pupil across the province's schools), a teacher reference number (tag ``licence``: the state's number for one
  teacher), passports, the Nigerian NIN, Aadhaar, PAN, the South African ID number, DNI and CUIL, CPF, codice fiscale,
  personnummer, rodné číslo and My Number are ``national_id``; the CRN, the Alberta student number, the teacher
  reference number, the NI number, passports, the NIN and the DNI have no check computed here and are generated by
  shape only; the Medicare check (weights 1, 3, 7, 9) is computed here, not by python-stdnum;
* numbers a school, board, trust, association or exam body assigns (student, candidate, folder, legajo, contract,
  application and user numbers), DBS certificate numbers and the Swiss criminal-record extract numbers (one check of
  one person, as v113 labeled them), FBI fingerprint transaction numbers, medical aid and health insurer member
  numbers, Remita references, pagoPA IUV codes, boleto lines, gateway ids, vaccine batches and hashes are ``none``
  (tag ``decoy``, ``value_shape`` when shaped like an identifier; eight of them fail the check of the personal number
  they look like); stop coordinates are ``none`` (tag ``coordinates``); a masked card and a card's last four digits are
  ``none`` (tag ``partial``);
* schools, academies, districts, carriers, health insurers, GP practices' phones, the previous schools' IZO, the SMS
  sender id and the parents' employers with their phones are ``none`` (tag ``business``);
* medical conditions, allergies and diets written as a few words (``Anaphylaxis - peanut``, ``Celiachia``, ``卵``) are
  ``none`` (no kind fits a health category, as v39 and v69 labeled them); medical alerts, the medical record's
  remarks, journal notes and handover notes that name parents, grandparents and doctors are ``free_text``;
* educators, drivers, vetting checkers and approvers, exam officers, tutors, clerks, preceptors, operators,
  coordinators, school nurses and class teachers are staff (``person_name``, tag ``staff``; the Florianópolis
  attendant known by first name is ``first_name``); the childminders the St. Gallen association places children with
  (45 distinct) are ``person_name`` without the staff tag, as v113 labeled the sitters a platform matches; parents,
  guardians, tutors, payers, alternate and emergency contacts, referees, a family's doctor, account holders and the
  people allowed to collect a child are personal (tag ``role_word``);
* a cell listing several people allowed to collect a child, with relation words (``Nan - ...; Uncle - ...``,
  ``... (abuela) / ...``), is ``person_name`` (tag ``multi_value``), as in v50;
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); custom
  fields holding transport, support, fee or care codes are ``none`` (tags ``decoy`` and ``custom_plain``);
* a middle initial, other names and two given names in one column (``EDU-MID-INIT``, ``OTHER_NAMES``, ``nombres``) are
  ``first_name``; a maiden or previous surname is ``last_name``; ``SURNAME, Given`` in one column, a kanji name with
  the family name first and a katakana reading (of the child or the account holder) are ``person_name``;
* a suburb, a townland in ``addr_ln2``, an Ibadan area, an LGA of origin, a bairro and a Japanese municipality are
  ``city`` (tag ``locality``), as are a birthplace and an Argentine department; a state of origin and a province are
  ``none``; a unit, a second address line, a house number (``numero``, ``cislo_popisne``) and a ``complemento`` are
  ``street_address`` (tag ``split_address``);
* dates of birth as DATE, as ISO, ``dd/mm/yyyy``, ``dd-mm-yyyy``, ``dd.mm.yyyy`` and ``d.m.yyyy`` text, in the
  Japanese era calendar, as ``YYYYMMDD`` integers and split into day, month and year integers (each part
  ``date_of_birth``, tag ``split_dob``) are ``date_of_birth``; attendance, visit, payment and licence expiry dates
  are ``none``;
* card numbers a legacy fee module kept in clear and an Argentine school's automatic card debit are ``credit_card``;
  the Italian and Swiss IBANs are ``iban``; domestic bank accounts (the CBU, a South African debit order account, a
  Japanese account number) are ``unclassified`` (tag ``bank_account``, as earlier sets labeled them), and so are a
  UPI handle and an editor's login (tag ``username``); a teacher's work e-mail is ``email``.

``null_heavy`` means 70-95% NULL, ``nullword_heavy`` 70-95% NULL words or empty strings; rows per table: 260 to 650.
Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v146_values`, written for v146 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v146 [PATH]`` (default ``/tmp/heldout_v146.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v146``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v146_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v146_values import NULLISH, SEED, UNCLASSIFIED, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v146.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words or empty strings
HEAVY = "null_heavy"  # 70-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # teachers, educators, drivers, clerks, nurses (2 to 8 distinct)
ROLE = "role_word"  # a role word (parent, guardian, referee, collector, emergency contact ...) holding people
CHILD = "child"  # a pupil's or a child's own data
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PLAIN = "custom_plain"  # an opaque custom field holding codes only (none)
SPLIT_ADDR = "split_address"  # a part of an address in its own column (street_address)
SPLIT_DOB = "split_dob"  # a part of a date of birth in its own column (date_of_birth)
LOCALITY = "locality"  # a suburb, an area, a townland, a bairro, an LGA (city)
COORD = "coordinates"
PARTIAL = "partial"  # a card's last four digits or a masked card number
LICENCE = "licence"  # a state-issued registration or licence number of a person (national_id)
MULTI = "multi_value"  # several people's names in one cell
USERNAME = "username"
BANK = "bank_account"  # a domestic bank account (unclassified)


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


def _age(born: date, on: date = date(2025, 9, 1)) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


# -- English-named tables ----------------------------------------------------------------------------------------------


def au_oshc_bookings(g: Gen) -> Table:
    """A Ballarat out-of-school-hours care service's session bookings (snake case)."""

    def collector() -> str:
        rel, female = g.rnd.choice(
            [
                ("Nan", True),
                ("Pop", False),
                ("Aunty", True),
                ("Uncle", False),
                ("Neighbour", None),
                ("Step-dad", False),
                ("Grandma", True),
            ]
        )
        return f"{rel} - {v.whole(g, 'au', female)}"

    kids = []
    for _ in range(170):
        female = g.rnd.random() < 0.5
        pf, pl = v.person(g, "au", g.rnd.random() < 0.75)
        cf, cl = v.child(g, "au", pl if g.rnd.random() < 0.8 else None, female)
        born = g.birth(2014, 2020)
        place = g.rnd.choice(v.AU_CITIES)
        kids.append(
            {
                "cf": cf,
                "cl": cl,
                "born": born,
                "crn": v.au_crn(g),
                "school": g.rnd.choice(v.AU_SCHOOLS),
                "pf": pf,
                "pl": pl,
                "pcrn": v.au_crn(g) if g.rnd.random() < 0.92 else None,
                "mob": g.phone("AU", g.rnd.choice(["national", "national", "e164", "intl"])),
                "mail": v.email_of(g, pf, pl, v.DOMAINS["au"]),
                "addr": v.street(g, v.AU_STREETS, "au"),
                "suburb": place[0],
                "pc": place[1],
                "medicare": v.medicare(g) if g.rnd.random() < 0.8 else None,
                "cond": g.rnd.choice(
                    [
                        "Nil known",
                        "Nil known",
                        "Nil known",
                        "Asthma",
                        "Anaphylaxis - peanut",
                        "Eczema",
                        "ADHD - no meds at OSHC",
                        "Coeliac",
                        "Anaphylaxis - egg",
                    ]
                ),
                "collect": "; ".join(collector() for _ in range(g.rnd.randint(1, 3))) if g.rnd.random() < 0.7 else None,
            }
        )
    rows = [g.rnd.choice(kids) for _ in range(g.rows)]
    educators = v.staff(g, 6, "au")
    sessions = [g.rnd.choice(["BSC", "ASC", "ASC", "ASC", "VAC"]) for _ in rows]

    def note() -> str:
        return g.rnd.choice(
            [
                f"Minor fall in playground, ice pack applied, told {v.given(g, 'au', True)} (mum) at pick-up",
                "Ventolin given 2 puffs 4:10pm",
                f"Collected late by {v.whole(g, 'au')}, late fee applied",
                "Complained of headache, rested in quiet corner",
                f"Argument with {v.child(g, 'au')[0]} over Lego, resolved",
            ]
        )

    return Table(
        "ballarat_oshc.session_bookings",
        "en",
        "snake",
        [
            c("booking_id", N, "BIGINT", g.keys(880_001), "decoy", KEY),
            c("child_first_name", "first_name", "VARCHAR", [r["cf"] for r in rows], CHILD),
            c("child_last_name", "last_name", "VARCHAR", [r["cl"] for r in rows], CHILD),
            c("child_dob", "date_of_birth", "DATE", [r["born"] for r in rows], CHILD),
            c("child_crn", "national_id", "VARCHAR", [r["crn"] for r in rows], CHILD),
            c("school_attending", N, "VARCHAR", [r["school"] for r in rows], "business"),
            c("parent_first_name", "first_name", "VARCHAR", [r["pf"] for r in rows], ROLE),
            c("parent_last_name", "last_name", "VARCHAR", [r["pl"] for r in rows], ROLE),
            c("parent_crn", "national_id", "VARCHAR", [r["pcrn"] for r in rows], ROLE),
            c("parent_mobile", "phone", "VARCHAR", [r["mob"] for r in rows], ROLE),
            c("parent_email", "email", "VARCHAR", [r["mail"] for r in rows], ROLE),
            c("home_address", "street_address", "VARCHAR", [r["addr"] for r in rows]),
            c("suburb", "city", "VARCHAR", [r["suburb"] for r in rows], LOCALITY),
            c("postcode", "postal_code", "VARCHAR", [r["pc"] for r in rows]),
            c("medicare_no", "national_id", "VARCHAR", [r["medicare"] for r in rows]),
            c("medical_conditions", N, "VARCHAR", [r["cond"] for r in rows], "decoy"),
            c("authorised_collectors", "person_name", "VARCHAR", [r["collect"] for r in rows], ROLE, MULTI),
            c("session_type", N, "VARCHAR", sessions, "decoy"),
            c("educator_on_duty", "person_name", "VARCHAR", g.col(g.pick(educators)), STAFF),
            c(
                "gap_fee",
                N,
                "DOUBLE",
                [round(g.rnd.uniform(4, 19) if s != "VAC" else g.rnd.uniform(18, 45), 2) for s in sessions],
                "decoy",
            ),
            c("booking_ip", "ip_address", "VARCHAR", g.col(g.ip, 0.3)),
            c("misc_1", "free_text", "VARCHAR", _custom(g, "AU", "au"), CUSTOM),
            c("incident_notes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("Nil", "nil")), NULLWORD),
        ],
    )


def ca_bus_riders(g: Gen) -> Table:
    """An Edmonton Catholic school division's student transportation registrations (camel case)."""
    rows = []
    for _ in range(g.rows):
        pf, pl = v.person(g, "ca", g.rnd.random() < 0.7)
        cf, cl = v.child(g, "ca", pl if g.rnd.random() < 0.8 else None)
        place = g.rnd.choice(v.CA_CITIES)
        fsa = place[1] if len(place[1]) == 3 else place[1] + g.rnd.choice("ABCEGHJKLMNPRSTVXY")
        alt = g.rnd.random() < 0.22
        rows.append(
            (
                cf,
                cl,
                g.birth(2008, 2020),
                f"{pf} {pl}",
                place[0],
                f"{fsa} {g.code('9A9')}",
                v.whole(g, "ca") if alt else None,
                g.phone("CA", "national") if alt else None,
                v.email_of(g, pf, pl, v.DOMAINS["ca"]),
            )
        )
    routes = [
        (
            f"R-{g.rnd.randint(100, 480)}",
            round(g.rnd.uniform(53.40, 53.65), 6),
            round(g.rnd.uniform(-113.70, -113.30), 6),
        )
        for _ in range(60)
    ]
    route = [g.rnd.choice(routes) for _ in range(g.rows)]
    drivers = v.staff(g, 7, "ca")
    school = [g.rnd.randrange(len(v.CA_SCHOOLS)) for _ in range(g.rows)]

    def alert() -> str:
        return g.rnd.choice(
            [
                "EpiPen in front pocket of backpack",
                f"Seizure plan - call mom {v.given(g, 'ca', True)} first",
                "Must be met at stop by adult",
                f"Only release to grandpa {v.whole(g, 'ca', False)}",
                "Type 1 diabetic, snacks in bag",
            ]
        )

    return Table(
        "yegStudentTransport.busRiderRegistrations",
        "en",
        "camel",
        [
            c("registrationId", N, "BIGINT", g.keys(20_250_001), "decoy", KEY),
            c(
                "albertaStudentNumber",
                "national_id",
                "VARCHAR",
                g.col(lambda: f"{g.digits(4)}-{g.digits(4)}-{g.digits(1)}", 0.04),
                CHILD,
            ),
            c("studentFirstName", "first_name", "VARCHAR", [r[0] for r in rows], CHILD),
            c("studentLastName", "last_name", "VARCHAR", [r[1] for r in rows], CHILD),
            c("studentBirthDate", "date_of_birth", "VARCHAR", [r[2].isoformat() for r in rows], CHILD),
            c("schoolName", N, "VARCHAR", [v.CA_SCHOOLS[i] for i in school], "business"),
            c("guardianName", "person_name", "VARCHAR", [r[3] for r in rows], ROLE),
            c(
                "guardianCellPhone",
                "phone",
                "VARCHAR",
                g.phones("CA", {"national": 0.5, "dashes": 0.3, "e164": 0.2}),
                ROLE,
            ),
            c("guardianEmail", "email", "VARCHAR", [r[8] for r in rows], ROLE),
            c("alternateContactName", "person_name", "VARCHAR", [r[6] for r in rows], ROLE, HEAVY),
            c("alternateContactPhone", "phone", "VARCHAR", [r[7] for r in rows], ROLE, HEAVY),
            c("pickupAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca"))),
            c(
                "pickupUnit",
                "street_address",
                "VARCHAR",
                g.col(lambda: g.rnd.choice(["Unit ", "#", "Suite "]) + str(g.rnd.randint(1, 1_450)), 0.82),
                SPLIT_ADDR,
                HEAVY,
            ),
            c("pickupCity", "city", "VARCHAR", [r[4] for r in rows]),
            c("pickupPostalCode", "postal_code", "VARCHAR", [r[5] for r in rows]),
            c("stopLatitude", N, "DOUBLE", [r[1] for r in route], "decoy", COORD),
            c("stopLongitude", N, "DOUBLE", [r[2] for r in route], "decoy", COORD),
            c("carrierName", N, "VARCHAR", g.col(g.pick(v.CA_CARRIERS)), "business"),
            c("driverName", "person_name", "VARCHAR", g.col(g.pick(drivers)), STAFF),
            c("paymentConfirmation", N, "VARCHAR", g.col(lambda: v.luhn_decoy(g, 9), 0.3), "decoy", SHAPE),
            c("registrationIp", "ip_address", "VARCHAR", g.col(g.ip, 0.05)),
            c(
                "customField2",
                N,
                "VARCHAR",
                _codes(g, ["BOOSTER", "WHEELCHAIR-LIFT", "ESC-REQ", "SN-AIDE", "K-TAG", "NO-TRANSFER"], 0.5),
                "decoy",
                PLAIN,
            ),
            c("medicalAlertForDriver", "free_text", "VARCHAR", g.sparse(alert, 0.85, _words("None", "n/a")), NULLWORD),
        ],
    )


def gb_single_central_record(g: Gen) -> Table:
    """A Norfolk multi-academy trust's single central record of staff vetting checks (Pascal case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.72
        a, b = v.person(g, "gb", female)
        place = g.rnd.choice(v.GB_CITIES)
        teacher = g.rnd.random() < 0.55
        rows.append(
            {
                "a": a,
                "b": b,
                "female": female,
                "teacher": teacher,
                "place": place,
                "role": g.rnd.choice(["Class Teacher", "Head of Year", "SENCo", "Deputy Head"])
                if teacher
                else g.rnd.choice(
                    [
                        "Teaching Assistant",
                        "Midday Supervisor",
                        "Site Manager",
                        "Office Manager",
                        "Cook",
                        "Cleaner",
                        "HLTA",
                    ]
                ),
                "rtw": g.rnd.choice(
                    [
                        "UK passport",
                        "UK passport",
                        "UK birth certificate + NI letter",
                        "Share code",
                        "EU passport (settled status)",
                        "UK driving licence + P60",
                    ]
                ),
            }
        )
    academy = [g.rnd.randrange(len(v.GB_ACADEMIES)) for _ in rows]
    phones = {name: g.phone("GB", "national", False) for name in v.GB_ACADEMIES}
    checkers = v.staff(g, 5, "gb")
    approvers = v.staff(g, 3, "gb", "title")

    def note() -> str:
        return g.rnd.choice(
            [
                f"Lived in Spain 2016-2019, certificate of good conduct seen by {v.whole(g, 'gb')}",
                "Overseas check not required",
                f"Reference chased twice, {v.whole(g, 'gb')} replied 3/9",
                "Taught in Dubai, letter of professional standing on file",
            ]
        )

    return Table(
        "NorfolkLearningTrust.SingleCentralRecord",
        "en",
        "pascal",
        [
            c("ScrEntryId", N, "BIGINT", g.keys(41_001), "decoy", KEY),
            c("LegalForename", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("Surname", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c(
                "PreviousSurname",
                "last_name",
                "VARCHAR",
                [v.person(g, "gb")[1] if r["female"] and g.rnd.random() < 0.3 else None for r in rows],
                HEAVY,
            ),
            c("DateOfBirth", "date_of_birth", "DATE", g.births(1961, 2003)),
            c("NiNumber", "ssn", "VARCHAR", g.col(lambda: v.gb_nino(g), 0.02)),
            c(
                "TeacherReferenceNumber",
                "national_id",
                "VARCHAR",
                [g.digits(7) if r["teacher"] else None for r in rows],
                LICENCE,
            ),
            c("JobRole", N, "VARCHAR", [r["role"] for r in rows], "decoy"),
            c("Academy", N, "VARCHAR", [v.GB_ACADEMIES[i] for i in academy], "business"),
            c("AcademyPhone", N, "VARCHAR", [phones[v.GB_ACADEMIES[i]] for i in academy], "business"),
            c("HomeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GB_STREETS, "gb"))),
            c("HomeTown", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("HomePostcode", "postal_code", "VARCHAR", [f"{r['place'][1]} {g.code('9AA')}" for r in rows]),
            c("PersonalMobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.7, "intl": 0.2, "e164": 0.1}, 0.95)),
            c("PersonalEmail", "email", "VARCHAR", [v.email_of(g, r["a"], r["b"], v.DOMAINS["gb"]) for r in rows]),
            c(
                "WorkEmail",
                "email",
                "VARCHAR",
                [v.work_email(r["a"], r["b"], "norfolklearningtrust.org.uk") for r in rows],
            ),
            c("DbsCertificateNumber", N, "VARCHAR", g.col(lambda: "00" + g.digits(10)), "decoy", SHAPE),
            c("RightToWorkDocument", N, "VARCHAR", [r["rtw"] for r in rows], "decoy"),
            c(
                "PassportNumber",
                "national_id",
                "VARCHAR",
                [g.digits(9) if "passport" in r["rtw"] and g.rnd.random() < 0.45 else None for r in rows],
                HEAVY,
            ),
            c("Referee1Name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "gb"), 0.05), ROLE),
            c(
                "Referee1Email",
                "email",
                "VARCHAR",
                g.col(lambda: v.email_of(g, *v.person(g, "gb"), v.DOMAINS["gb"]), 0.1),
                ROLE,
            ),
            c("CheckedBy", "person_name", "VARCHAR", g.col(g.pick(checkers)), STAFF),
            c("ApprovedBy", "person_name", "VARCHAR", g.col(g.pick(approvers), 0.1), STAFF),
            c("Udf3", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
            c("OverseasCheckNotes", "free_text", "VARCHAR", g.sparse(note, 0.82, _words("N/A", "n/a")), NULLWORD),
        ],
    )


def ng_wassce_entries(g: Gen) -> Table:
    """An Ibadan private secondary school's WASSCE candidate entries (SCREAMING case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        pf, pl = v.person(g, "ng")
        cf, cl = v.child(g, "ng", pl, female)
        state = g.rnd.choice(v.NG_STATES)
        rows.append(
            (
                cf,
                cl,
                g.birth(2007, 2010),
                female,
                f"{pf} {pl}" if g.rnd.random() < 0.6 else f"{pl} {pf}",
                v.email_of(g, pf, pl, v.DOMAINS["ng"]) if g.rnd.random() < 0.5 else None,
                state,
            )
        )
    officers = v.staff(g, 3, "ng")

    def remark() -> str:
        return g.rnd.choice(
            [
                "Photo retaken, first one blurred",
                f"Fees paid by uncle {v.whole(g, 'ng', False)}",
                "Transferred from another school in SS2",
                f"Name checked with mother {v.given(g, 'ng', True)}",
                "Biometric capture failed twice",
            ]
        )

    def middle(first: str, female: bool) -> str | None:
        if g.rnd.random() >= 0.75:
            return None
        return g.valid(lambda: v.child(g, "ng", None, female)[0], lambda x: x != first)

    return Table(
        "WASSCE_IBADAN.CANDIDATE_ENTRIES_2026",
        "en",
        "screaming",
        [
            c("CANDIDATE_NO", N, "VARCHAR", [f"4250117{i:03d}" for i in range(1, g.rows + 1)], "decoy", SHAPE),
            c("SURNAME", "last_name", "VARCHAR", [r[1].upper() for r in rows], CHILD),
            c("FIRST_NAME", "first_name", "VARCHAR", [r[0] for r in rows], CHILD),
            c("OTHER_NAMES", "first_name", "VARCHAR", [middle(r[0], r[3]) for r in rows], CHILD),
            c("DOB_DAY", "date_of_birth", "INTEGER", [r[2].day for r in rows], CHILD, SPLIT_DOB),
            c("DOB_MONTH", "date_of_birth", "INTEGER", [r[2].month for r in rows], CHILD, SPLIT_DOB),
            c("DOB_YEAR", "date_of_birth", "INTEGER", [r[2].year for r in rows], CHILD, SPLIT_DOB),
            c(
                "NIN",
                "national_id",
                "VARCHAR",
                g.col(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), 0.76),
                CHILD,
                HEAVY,
            ),
            c("STATE_OF_ORIGIN", N, "VARCHAR", [r[6] for r in rows], "decoy"),
            c("LGA_OF_ORIGIN", "city", "VARCHAR", g.col(g.pick(v.NG_LGAS)), LOCALITY),
            c("HOME_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NG_STREETS, "ng"))),
            c("HOME_AREA", "city", "VARCHAR", g.col(g.pick(v.NG_TOWNS)), LOCALITY),
            c("PARENT_GUARDIAN_NAME", "person_name", "VARCHAR", [r[4] for r in rows], ROLE),
            c("PARENT_PHONE", "phone", "VARCHAR", g.phones("NG", {"national": 0.8, "e164": 0.2}, 0.95), ROLE),
            c("PARENT_EMAIL", "email", "VARCHAR", [r[5] for r in rows], ROLE),
            c("CANDIDATE_PHONE", "phone", "VARCHAR", g.phones("NG", {"national": 1.0}, 1.0, 0.8), CHILD, HEAVY),
            c("SUBJECTS", N, "VARCHAR", g.col(g.pick(v.NG_SUBJECTS)), "decoy"),
            c("REMITA_RRR", N, "VARCHAR", g.col(lambda: g.code("2805-9999-9999"), 0.05), "decoy", SHAPE),
            c("PHOTO_HASH", N, "VARCHAR", g.col(g.md5), "decoy", SHAPE),
            c("ENTERED_BY", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
            c("CUSTOM_FIELD_2", "free_text", "VARCHAR", _custom(g, "NG", "ng"), CUSTOM),
            c("REMARKS", "free_text", "VARCHAR", g.sparse(remark, 0.8, _words("NIL", "NONE")), NULLWORD),
        ],
    )


def ie_attendance_export(g: Gen) -> Table:
    """A Sligo post-primary school's absence marks exported from its school administration system (abbreviated)."""
    pupils = []
    for _ in range(190):
        pf, pl = v.person(g, "ie", g.rnd.random() < 0.7)
        cf, cl = v.child(g, "ie", pl if g.rnd.random() < 0.85 else None)
        place = g.rnd.choice(v.IE_CITIES)
        born = g.birth(2007, 2013)
        two = g.rnd.random() < 0.55
        pupils.append(
            (
                g.digits(8, "0123456789"),
                cf,
                cl,
                born,
                v.ie_pps(g) if g.rnd.random() < 0.93 else None,
                f"{pf} {pl}",
                g.phone("IE", g.rnd.choice(["national", "e164"])),
                v.email_of(g, pf, pl, v.DOMAINS["ie"]),
                g.phone("IE", g.rnd.choice(["national", "e164"])) if two else None,
                v.street(g, v.IE_STREETS, "ie"),
                g.rnd.choice(v.IE_AREAS) if g.rnd.random() < 0.8 else None,
                place[0],
                f"{place[1]} {g.digits(4, '0123456789ACDEFHKNPRTVWXY')}",
                f"{g.rnd.randint(1, 6)}{g.rnd.choice('ABCD')}",
            )
        )
    rows = [g.rnd.choice(pupils) for _ in range(g.rows)]
    tutors = v.staff(g, 7, "ie", "title")
    logins = sorted({v.plain(v.given(g, "ie"))[0] + v.plain(v.person(g, "ie")[1]).replace(".", "") for _ in range(6)})

    def year(born: date) -> str:
        n = _age(born) - 11
        return ["1st Yr", "2nd Yr", "3rd Yr", "TY", "5th Yr", "6th Yr"][max(0, min(n, 5))]

    def reason() -> str:
        return g.rnd.choice(
            [
                f"Dentist appt - mum {v.given(g, 'ie', True)} rang",
                "Sick (note in journal)",
                f"Family funeral, granny {v.whole(g, 'ie', True)}",
                "Orthodontist in Galway",
                f"Dad {v.given(g, 'ie', False)} texted re: hurling match",
            ]
        )

    return Table(
        "csn_sligo.att_abs_exp",
        "en",
        "abbrev",
        [
            c("att_id", N, "BIGINT", g.keys(7_700_001), "decoy", KEY),
            c("stu_no", N, "VARCHAR", [r[0] for r in rows], "decoy", SHAPE),
            c("stu_fnm", "first_name", "VARCHAR", [r[1] for r in rows], CHILD, ABBREV),
            c("stu_snm", "last_name", "VARCHAR", [r[2] for r in rows], CHILD, ABBREV),
            c("stu_dob", "date_of_birth", "VARCHAR", [v.dmy(r[3]) for r in rows], CHILD, ABBREV),
            c("stu_ppsn", "ssn", "VARCHAR", [r[4] for r in rows], CHILD, ABBREV),
            c("yr_grp", N, "VARCHAR", [year(r[3]) for r in rows], "decoy"),
            c("att_dt", N, "DATE", g.col(lambda: g.weekday("2025-09-01", "2025-12-19")), "decoy"),
            c("abs_cd", N, "VARCHAR", g.col(g.pick(["M", "U", "U", "A", "F", "L", "S"])), "decoy"),
            c("abs_rsn", "free_text", "VARCHAR", g.sparse(reason, 0.78, _words("N/A", "nil")), NULLWORD, ABBREV),
            c("gdn1_nm", "person_name", "VARCHAR", [r[5] for r in rows], ROLE, ABBREV),
            c("gdn1_mob", "phone", "VARCHAR", [r[6] for r in rows], ROLE, ABBREV),
            c("gdn1_eml", "email", "VARCHAR", [r[7] for r in rows], ROLE, ABBREV),
            c("gdn2_mob", "phone", "VARCHAR", [r[8] for r in rows], ROLE, ABBREV),
            c("addr_ln1", "street_address", "VARCHAR", [r[9] for r in rows], ABBREV),
            c("addr_ln2", "city", "VARCHAR", [r[10] for r in rows], LOCALITY, ABBREV),
            c("addr_twn", "city", "VARCHAR", [r[11] for r in rows], ABBREV),
            c("eircd", "postal_code", "VARCHAR", [r[12] for r in rows], ABBREV),
            c("tut_nm", "person_name", "VARCHAR", g.col(g.pick(tutors)), STAFF, ABBREV),
            c("sms_sndr", N, "VARCHAR", ["CnaTSligo"] * g.rows, "business"),
            c("udf3", N, "VARCHAR", _codes(g, ["DEIS", "HSCL", "SEN", "EAL", "SNA", "JCSP"], 0.55), "decoy", PLAIN),
            c("lst_edt_by", UNCLASSIFIED, "VARCHAR", g.col(g.pick(logins)), USERNAME, ABBREV),
        ],
    )


def us_licensure_cobol(g: Gen) -> Table:
    """An Iowa educator licensing board's COBOL extract of licence holders (padded CHAR, numbers for dates)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.74
        a, b = v.person(g, "us", female)
        place = g.rnd.choice(v.US_CITIES)
        rows.append((a, b, female, place))
    districts = [
        ("DES MOINES PUBLIC SCHOOLS", g.phone("US", "digits", False)),
        ("ANKENY COMMUNITY SCHOOL DIST", g.phone("US", "digits", False)),
        ("AMES COMMUNITY SCHOOL DIST", g.phone("US", "digits", False)),
        ("MARSHALLTOWN CSD", g.phone("US", "digits", False)),
        ("PELLA COMMUNITY SCHOOLS", g.phone("US", "digits", False)),
    ]
    district = [g.rnd.randrange(len(districts)) for _ in range(g.rows)]
    clerks = [s.upper() for s in v.staff(g, 4, "us")]
    issued = [g.day("2019-07-01", "2025-10-31") for _ in range(g.rows)]

    def card_no() -> str | None:
        return v.card(g, False) if g.rnd.random() < 0.2 else None

    return Table(
        "BOEELIC.LICMAST_EXTRACT",
        "en",
        "cobol",
        [
            c("LIC-FOLDER-NO", N, "VARCHAR", [f"{n:07d}" for n in g.keys(104_411, 7)], "decoy", KEY, LEGACY),
            c("LIC-APPL-NO", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE, LEGACY),
            c("EDU-LAST-NM", "last_name", "VARCHAR", _pad([r[1].upper() for r in rows], 20), LEGACY),
            c("EDU-FIRST-NM", "first_name", "VARCHAR", _pad([r[0].upper() for r in rows], 15), LEGACY),
            c("EDU-MID-INIT", "first_name", "VARCHAR", _pad(g.col(lambda: g.code("A"), 0.25), 1), LEGACY),
            c(
                "EDU-MAIDEN-NM",
                "last_name",
                "VARCHAR",
                _pad([v.person(g, "us")[1].upper() if r[2] and g.rnd.random() < 0.3 else None for r in rows], 20),
                LEGACY,
                HEAVY,
            ),
            c("EDU-SSN", "ssn", "BIGINT", [int(v.us_ssn(g)) if g.rnd.random() < 0.94 else 0 for _ in rows], LEGACY),
            c("EDU-DOB", "date_of_birth", "INTEGER", [_ymd(g.birth(1957, 2003)) for _ in rows], LEGACY),
            c(
                "EDU-ADDR-1",
                "street_address",
                "VARCHAR",
                _pad(g.col(lambda: v.street(g, v.US_STREETS, "us").upper()), 30),
                LEGACY,
            ),
            c(
                "EDU-ADDR-2",
                "street_address",
                "VARCHAR",
                _pad(g.col(lambda: f"APT {g.rnd.randint(1, 40)}{g.rnd.choice('ABCD')}", 0.85), 10),
                SPLIT_ADDR,
                LEGACY,
                HEAVY,
            ),
            c("EDU-CITY", "city", "VARCHAR", _pad([r[3][0].upper() for r in rows], 18), LEGACY),
            c("EDU-STATE", N, "VARCHAR", g.col(g.pick(["IA"] * 9 + ["NE", "IL", "MN", "MO", "SD"])), "decoy", LEGACY),
            c("EDU-ZIP", "postal_code", "INTEGER", [int(r[3][1]) for r in rows], LEGACY),
            c(
                "EDU-PHONE",
                "phone",
                "BIGINT",
                [int(g.phone("US", "digits")) if g.rnd.random() < 0.88 else 0 for _ in rows],
                LEGACY,
            ),
            c(
                "EDU-EMAIL",
                "email",
                "VARCHAR",
                _pad([v.email_of(g, r[0], r[1], v.DOMAINS["us"]).upper() for r in rows], 40),
                LEGACY,
            ),
            c(
                "LIC-TYPE",
                N,
                "VARCHAR",
                g.col(g.pick(["INIT", "STD", "MSTR", "SUB", "PARA", "COACH", "ADMIN"])),
                "decoy",
                LEGACY,
            ),
            c(
                "LIC-EXPIRE-DT",
                N,
                "INTEGER",
                [_ymd(date(d.year + 5, d.month, min(d.day, 28))) for d in issued],
                "decoy",
                LEGACY,
            ),
            c("BKG-FBI-TCN", N, "VARCHAR", g.col(lambda: g.code("E2025999999999-999999")), "decoy", SHAPE, LEGACY),
            c("DIST-NAME", N, "VARCHAR", _pad([districts[i][0] for i in district], 30), "business", LEGACY),
            c("DIST-PHONE", N, "BIGINT", [int(districts[i][1]) for i in district], "business", LEGACY),
            c("FEE-CARD-NO", "credit_card", "VARCHAR", [card_no() for _ in rows], LEGACY, HEAVY),
            c("PROC-BY", "person_name", "VARCHAR", _pad(g.col(g.pick(clerks)), 20), STAFF, LEGACY),
            c("LIC-USER-FLD-2", "free_text", "VARCHAR", _pad(_custom(g, "US", "us"), 40), CUSTOM, LEGACY),
            c(
                "LIC-USER-FLD-3",
                N,
                "VARCHAR",
                _pad(_codes(g, ["REINST", "WAIVER", "LATE", "RCPT-OK", "EXT"], 0.6), 8),
                "decoy",
                PLAIN,
                LEGACY,
            ),
        ],
    )


def in_fee_payments_staging(g: Gen) -> Table:
    """A Coimbatore CBSE school's fee and canteen wallet payments landed from its payment gateway as an opaque staging
    table."""
    rows = []
    for _ in range(g.rows):
        pf, pl = v.person(g, "in")
        cf, _ = v.child(g, "in")
        place = g.rnd.choice(v.IN_CITIES)
        mode = g.rnd.choices(["upi", "card", "nb"], [0.5, 0.35, 0.15])[0]
        rows.append(
            (
                f"{pf[0]}. {cf}" if g.rnd.random() < 0.5 else f"{cf} {pl}",
                g.birth(2008, 2020),
                f"{pf} {pl}",
                pl,
                place,
                mode,
                pf,
            )
        )
    fees = [g.rnd.choice(v.IN_FEES) for _ in range(g.rows)]

    def upi(r: tuple) -> str | None:
        if r[5] != "upi":
            return None
        handle = g.rnd.choice(["okaxis", "oksbi", "ybl", "okicici", "paytm"])
        return f"{v.plain(r[6])}{g.rnd.choice(['', '.', ''])}{g.rnd.randint(1, 999)}@{handle}"

    return Table(
        "stg_kovai_school.src_pg_feepay_raw",
        "en",
        "opaque",
        [
            c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
            c("col02", "person_name", "VARCHAR", [r[0] for r in rows], CHILD, OPAQUE),
            c(
                "col03",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.rnd.choice(['I', 'III', 'V', 'VII', 'IX', 'XI'])}-{g.rnd.choice('ABCD')}"),
                "decoy",
                OPAQUE,
            ),
            c("col04", "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g), 0.35), CHILD, OPAQUE),
            c("col05", "date_of_birth", "VARCHAR", [v.dmy(r[1], "-") for r in rows], CHILD, OPAQUE),
            c("col06", "person_name", "VARCHAR", [r[2] for r in rows], ROLE, OPAQUE),
            c(
                "col07",
                "national_id",
                "VARCHAR",
                [v.pan(g, r[3]) if g.rnd.random() < 0.5 else None for r in rows],
                ROLE,
                OPAQUE,
            ),
            c("col08", "phone", "VARCHAR", g.phones("IN", {"e164": 0.5, "digits": 0.3, "intl": 0.2}), OPAQUE),
            c("col09", "email", "VARCHAR", [v.email_of(g, r[6], r[3], v.DOMAINS["in"]) for r in rows], OPAQUE),
            c("col10", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IN_STREETS, "in"), 0.1), OPAQUE),
            c("col11", "city", "VARCHAR", [r[4][0] for r in rows], LOCALITY, OPAQUE),
            c("col12", "postal_code", "VARCHAR", [r[4][1] for r in rows], OPAQUE),
            c("col13", N, "VARCHAR", fees, "decoy", OPAQUE),
            c(
                "col14",
                N,
                "DOUBLE",
                [
                    round(g.rnd.uniform(200, 1_500) if f == "CANTEEN WALLET" else g.rnd.uniform(2_500, 48_000), 2)
                    for f in fees
                ],
                "decoy",
                OPAQUE,
            ),
            c("col15", N, "VARCHAR", g.col(lambda: v.aadhaar_decoy(g)), "decoy", SHAPE, OPAQUE),
            c("col16", UNCLASSIFIED, "VARCHAR", [upi(r) for r in rows], USERNAME, OPAQUE),
            c(
                "col17",
                N,
                "VARCHAR",
                [f"XXXX-XXXX-XXXX-{g.digits(4)}" if r[5] == "card" else None for r in rows],
                "decoy",
                PARTIAL,
                OPAQUE,
            ),
            c("col18", "ip_address", "VARCHAR", g.col(g.ip, 0.05), OPAQUE),
            c("col19", N, "VARCHAR", g.col(lambda: "pay_" + g.code("ZZZZZZZZZZZZZZ")), "decoy", SHAPE, OPAQUE),
            c("col20", "free_text", "VARCHAR", _custom(g, "IN", "in"), CUSTOM, OPAQUE),
            c("col21", N, "TIMESTAMP", g.moments("2025-06-02", "2025-11-28"), "decoy", OPAQUE),
        ],
    )


def za_ecd_app_export(g: Gen) -> Table:
    """A Bloemfontein early childhood development centre's enrolments exported from its parent app as JSON, flattened to
    dotted keys."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        mf, ml = v.person(g, "za", True)
        cf, cl = v.child(g, "za", ml if g.rnd.random() < 0.7 else None, female)
        born = g.birth(2020, 2024)
        mom_born = g.birth(1982, 2001)
        place = g.rnd.choice(v.ZA_CITIES)
        father = v.whole(g, "za", False) if g.rnd.random() < 0.6 else None
        practice = g.rnd.choice(v.ZA_PRACTICES)
        rows.append(
            {
                "cf": cf,
                "cl": cl,
                "born": born,
                "cid": v.za_id(g, born, female) if g.rnd.random() < 0.7 else None,
                "mom": f"{mf} {ml}",
                "mid": v.za_id(g, mom_born, True) if g.rnd.random() < 0.88 else None,
                "mmail": v.email_of(g, mf, ml, v.DOMAINS["za"]),
                "father": father,
                "fmob": g.phone("ZA", "national") if father and g.rnd.random() < 0.9 else None,
                "place": place,
                "practice": practice,
                "gp": "Dr " + v.whole(g, "za"),
                "holder": f"{mf} {ml}" if g.rnd.random() < 0.7 else father or f"{mf} {ml}",
            }
        )
    practice_phones = {p[0]: g.phone("ZA", "national", False) for p in v.ZA_PRACTICES}
    staff = v.staff(g, 4, "za")

    def note() -> str:
        return g.rnd.choice(
            [
                f"Gogo {v.whole(g, 'za', True)} fetches on Fridays",
                "Still napping twice a day",
                f"Mom ({v.given(g, 'za', True)}) asked for potty training update",
                "Nappy rash cream in bag",
                f"Only {v.whole(g, 'za')} may collect - court order on file",
            ]
        )

    return Table(
        "ecd_app_mangaung.enrolment_export",
        "en",
        "json",
        [
            c("enrolment.id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c("child.name.first", "first_name", "VARCHAR", [r["cf"] for r in rows], CHILD),
            c("child.name.last", "last_name", "VARCHAR", [r["cl"] for r in rows], CHILD),
            c("child.birth_date", "date_of_birth", "VARCHAR", [r["born"].isoformat() for r in rows], CHILD),
            c("child.id_number", "national_id", "VARCHAR", [r["cid"] for r in rows], CHILD),
            c(
                "child.medical.allergies",
                N,
                "VARCHAR",
                g.col(g.pick(["None", "None", "None", "Peanuts", "Cow's milk", "Penicillin", "Eggs", "Bee stings"])),
                "decoy",
            ),
            c("child.medical.aid_member_no", N, "VARCHAR", g.col(lambda: g.digits(9), 0.35), "decoy", SHAPE),
            c("child.medical.doctor.name", "person_name", "VARCHAR", [r["gp"] for r in rows], ROLE),
            c(
                "child.medical.doctor.phone",
                N,
                "VARCHAR",
                [practice_phones[r["practice"][0]] for r in rows],
                "business",
            ),
            c("mother.name.full", "person_name", "VARCHAR", [r["mom"] for r in rows], ROLE),
            c("mother.id_number", "national_id", "VARCHAR", [r["mid"] for r in rows], ROLE),
            c("mother.contact.mobile", "phone", "VARCHAR", g.phones("ZA", {"national": 0.6, "e164": 0.4}), ROLE),
            c("mother.contact.email", "email", "VARCHAR", [r["mmail"] for r in rows], ROLE),
            c("father.name.full", "person_name", "VARCHAR", [r["father"] for r in rows], ROLE),
            c("address.street", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ZA_STREETS, "za"))),
            c("address.suburb", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY),
            c("address.postal_code", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c(
                "billing.debit_order.account_number",
                UNCLASSIFIED,
                "VARCHAR",
                g.col(lambda: g.code("9999999999"), 0.25),
                BANK,
            ),
            c("billing.invoice_number", N, "VARCHAR", g.col(lambda: v.za_id_decoy(g)), "decoy", SHAPE),
            c("meta.ip", "ip_address", "VARCHAR", g.col(g.ip, 0.1)),
            c("meta.app_version", N, "VARCHAR", g.col(lambda: g.version((2, 4))), "decoy"),
            c("meta.custom2", "free_text", "VARCHAR", _custom(g, "ZA", "za"), CUSTOM),
            c("staff.enrolled_by", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
            c("notes.handover", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("None", "n/a")), NULLWORD),
        ],
    )


# -- tables named in other languages -----------------------------------------------------------------------------------


def ar_legajos(g: Gen) -> Table:
    """A Mendoza private school's pupil files with health records and fee direct debits (Argentine Spanish)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        pfem = g.rnd.random() < 0.7
        pf, pl = v.person(g, "ar", pfem)
        cf, cl = v.child(g, "ar", pl if not pfem or g.rnd.random() < 0.4 else None, female)
        second = v.child(g, "ar", None, female)[0] if g.rnd.random() < 0.6 else None
        born = g.birth(2008, 2021)
        dni = v.ar_dni(g, born)
        place = g.rnd.choice(v.AR_CITIES)
        rows.append(
            {
                "cl": cl,
                "names": f"{cf} {second}" if second else cf,
                "dni": dni,
                "cuil": v.ar_cuil(dni, female) if g.rnd.random() < 0.65 else None,
                "born": born,
                "tutor": f"{pl.upper()}, {pf}",
                "tdni": v.ar_dni(g, g.birth(1972, 1992)),
                "mail": v.email_of(g, pf, pl, v.DOMAINS["ar"]),
                "place": place,
            }
        )
    preceptores = v.staff(g, 5, "ar")

    def curso(born: date) -> str:
        n = _age(born, date(2025, 3, 1))
        if n <= 5:
            return f"Sala de {max(n, 3)}"
        if n <= 11:
            return f"{n - 5}° grado {g.rnd.choice('AB')}"
        return f"{min(n - 11, 5)}° año {g.rnd.choice('AB')}"

    def obs() -> str:
        return g.rnd.choice(
            [
                f"Pediatra Dra. {v.whole(g, 'ar', True)} indica reposo deportivo 15 días",
                "Usa inhalador antes de Educación Física",
                f"Ante fiebre avisar a {v.whole(g, 'ar')}",
                "Celíaco: vianda propia",
                "Certificado de apto físico vencido",
            ]
        )

    def autorizados() -> str | None:
        if g.rnd.random() < 0.3:
            return None
        rels = [("abuela", True), ("tío", False), ("madrina", True), ("vecina", True), ("chofer", False)]
        picked = [g.rnd.choice(rels) for _ in range(g.rnd.randint(1, 3))]
        return " / ".join(f"{v.whole(g, 'ar', female)} ({rel})" for rel, female in picked)

    return Table(
        "colegio_mza.legajo_alumnos",
        "es",
        "snake",
        [
            c("nro_legajo", N, "VARCHAR", g.col(lambda: g.code("L-99999")), "decoy", SHAPE),
            c("apellido", "last_name", "VARCHAR", [r["cl"] for r in rows], CHILD),
            c("nombres", "first_name", "VARCHAR", [r["names"] for r in rows], CHILD),
            c("dni_alumno", "national_id", "VARCHAR", [r["dni"] for r in rows], CHILD),
            c("cuil_alumno", "national_id", "VARCHAR", [r["cuil"] for r in rows], CHILD),
            c("fecha_nacimiento", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows], CHILD),
            c("curso", N, "VARCHAR", [curso(r["born"]) for r in rows], "decoy"),
            c("domicilio", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AR_STREETS, "ar"))),
            c("localidad", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c(
                "codigo_postal",
                "postal_code",
                "VARCHAR",
                [("M" + r["place"][1] + g.code("AAA")) if g.rnd.random() < 0.3 else r["place"][1] for r in rows],
            ),
            c("tutor_apellido_nombre", "person_name", "VARCHAR", [r["tutor"] for r in rows], ROLE),
            c("tutor_dni", "national_id", "VARCHAR", [r["tdni"] for r in rows], ROLE),
            c("tutor_celular", "phone", "VARCHAR", g.phones("AR", {"national": 0.6, "e164": 0.4}, 0.95), ROLE),
            c("tutor_email", "email", "VARCHAR", [r["mail"] for r in rows], ROLE),
            c("obra_social", N, "VARCHAR", g.col(g.pick(v.AR_INSURERS)), "business"),
            c("nro_afiliado", N, "VARCHAR", g.col(lambda: g.code("99999999/99"), 0.2), "decoy", SHAPE),
            c(
                "alergias",
                N,
                "VARCHAR",
                g.col(g.pick(["ninguna", "no", "no", "Penicilina", "Maní", "Picadura de abeja", "Lactosa"])),
                "decoy",
            ),
            c("ficha_medica_obs", "free_text", "VARCHAR", g.sparse(obs, 0.78, _words("s/d", "sin datos")), NULLWORD),
            c("autorizados_retiro", "person_name", "VARCHAR", [autorizados() for _ in rows], ROLE, MULTI),
            c("tarjeta_debito_automatico", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.78), HEAVY),
            c("cbu_debito", UNCLASSIFIED, "VARCHAR", g.col(lambda: v.ar_cbu(g), 0.5), BANK),
            c("preceptor", "person_name", "VARCHAR", g.col(g.pick(preceptores)), STAFF),
            c("campo_libre_2", "free_text", "VARCHAR", _custom(g, "AR", "ar"), CUSTOM),
        ],
    )


def br_rematriculas(g: Gen) -> Table:
    """A Florianópolis private school's re-enrolments for 2026 with the financially responsible parent (Brazilian
    Portuguese)."""
    rows = []
    for _ in range(g.rows):
        mf, ml = v.person(g, "br", True)
        ff, fl = v.person(g, "br", False)
        cf, _ = v.child(g, "br")
        place = g.rnd.choice(v.BR_PLACES)
        father = g.rnd.random() < 0.82
        payer_mom = not father or g.rnd.random() < 0.55
        rows.append(
            {
                "name": f"{cf} {ml} {fl}" if father else f"{cf} {ml}",
                "mom": f"{mf} {ml}",
                "dad": f"{ff} {fl}" if father else None,
                "payer": f"{mf} {ml}" if payer_mom else f"{ff} {fl}",
                "pmail": v.email_of(g, mf, ml, v.DOMAINS["br"])
                if payer_mom
                else v.email_of(g, ff, fl, v.DOMAINS["br"]),
                "place": place,
            }
        )
    atendentes = v.staff(g, 4, "br", "first")

    def obs() -> str:
        return g.rnd.choice(
            [
                f"Irmão {v.child(g, 'br', None, False)[0]} também rematriculado",
                "Pendência de documento: RG",
                f"Avó {v.whole(g, 'br', True)} autorizada a buscar",
                "Solicitou parcelamento em 11x",
                "Laudo de TDAH entregue à coordenação",
            ]
        )

    return Table(
        "colegio_floripa.rematriculas_2026",
        "pt",
        "snake",
        [
            c("id_matricula", N, "BIGINT", g.keys(260_001), "decoy", KEY),
            c("nome_aluno", "person_name", "VARCHAR", [r["name"] for r in rows], CHILD),
            c("data_nascimento", "date_of_birth", "DATE", g.births(2008, 2021), CHILD),
            c("cpf_aluno", "national_id", "VARCHAR", g.col(lambda: v.cpf(g), 0.2), CHILD),
            c("serie_turma", N, "VARCHAR", g.col(g.pick(v.BR_GRADES)), "decoy"),
            c("nome_mae", "person_name", "VARCHAR", [r["mom"] for r in rows], ROLE),
            c("nome_pai", "person_name", "VARCHAR", [r["dad"] for r in rows], ROLE),
            c("responsavel_financeiro", "person_name", "VARCHAR", [r["payer"] for r in rows], ROLE),
            c("cpf_responsavel", "national_id", "VARCHAR", g.col(lambda: v.cpf(g, g.rnd.random() < 0.7)), ROLE),
            c("celular_responsavel", "phone", "VARCHAR", g.phones("BR", {"national": 0.7, "e164": 0.3}, 0.95), ROLE),
            c("email_responsavel", "email", "VARCHAR", [r["pmail"] for r in rows], ROLE),
            c("cep", "postal_code", "VARCHAR", [f"{r['place'][2]}-{g.digits(3)}" for r in rows]),
            c("logradouro", "street_address", "VARCHAR", g.col(g.pick(v.BR_STREETS))),
            c("numero", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(10, 3_900)), 0.03), SPLIT_ADDR),
            c(
                "complemento",
                "street_address",
                "VARCHAR",
                g.col(lambda: g.rnd.choice(["Apto ", "Casa ", "Bloco B apto "]) + str(g.rnd.randint(1, 804)), 0.5),
                SPLIT_ADDR,
            ),
            c("bairro", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY),
            c("cidade", "city", "VARCHAR", [r["place"][1] for r in rows]),
            c("valor_mensalidade", N, "DOUBLE", g.amounts(1_380, 3_250), "decoy"),
            c(
                "linha_digitavel",
                N,
                "VARCHAR",
                g.col(lambda: g.code("03399.99999 99999.999999 99999.999999 9 99999999999999"), 0.3),
                "decoy",
                SHAPE,
            ),
            c("protocolo_rematricula", N, "VARCHAR", g.col(lambda: v.cpf_decoy(g)), "decoy", SHAPE),
            c("atendente", "first_name", "VARCHAR", g.col(g.pick(atendentes)), STAFF),
            c(
                "campo_extra_1",
                N,
                "VARCHAR",
                _codes(g, ["BOLSA-IRMAO", "CONV-UFSC", "PARC-11X", "TRANSF-ENT", "AEE"], 0.5),
                "decoy",
                PLAIN,
            ),
            c(
                "observacoes",
                "free_text",
                "VARCHAR",
                g.sparse(obs, 0.8, _words("nada consta", "não informado")),
                NULLWORD,
            ),
        ],
    )


def it_mensa_pagamenti(g: Gen) -> Table:
    """A Trento-area comune's school canteen payments and special diets (Italian)."""
    kids = []
    for _ in range(230):
        female = g.rnd.random() < 0.5
        pfem = g.rnd.random() < 0.75
        pf, pl = v.person(g, "it", pfem)
        cf, cl = v.child(g, "it", pl if not pfem or g.rnd.random() < 0.5 else None, female)
        born = g.birth(2014, 2021)
        pborn = g.birth(1975, 1993)
        place = g.rnd.choice(v.IT_CITIES)
        sdd = g.rnd.random() < 0.55
        kids.append(
            {
                "cf": cf,
                "cl": cl,
                "born": born,
                "cfa": v.codice_fiscale(g, cf, cl, born, female, "L378" if g.rnd.random() < 0.8 else None),
                "pf": pf,
                "pl": pl,
                "cfg": v.codice_fiscale(g, pf, pl, pborn, pfem),
                "mail": v.email_of(g, pf, pl, v.DOMAINS["it"]),
                "pec": f"{v.plain(pf)}.{v.plain(pl)}@pec.it" if g.rnd.random() < 0.15 else None,
                "mob": g.phone("IT", g.rnd.choice(["national", "e164", "intl"])),
                "addr": v.street(g, v.IT_STREETS, "it"),
                "place": place,
                "iban": v.it_iban(g) if sdd else None,
                "holder": f"{pl} {pf}" if sdd else None,
                "school": g.rnd.choice(v.IT_SCHOOLS),
                "class": f"{g.rnd.randint(1, 5)}{g.rnd.choice('ABC')}",
                "diet": g.rnd.choice(v.IT_DIETS),
                "code": g.code("TN-MEN-099999"),
            }
        )
    rows = [g.rnd.choice(kids) for _ in range(g.rows)]
    operatori = v.staff(g, 3, "it")

    def nota() -> str:
        return g.rnd.choice(
            [
                f"Ritira la nonna {v.whole(g, 'it', True)}",
                "Certificato celiachia aggiornato a settembre",
                f"Sollecito inviato alla madre {v.given(g, 'it', True)}",
                "Rimborso per pasti non consumati",
                "Rateizzazione concordata con l'ufficio",
            ]
        )

    return Table(
        "refezione_trento.pagamenti_mensa",
        "it",
        "snake",
        [
            c("id_pagamento", N, "BIGINT", g.keys(5_400_001), "decoy", KEY),
            c("codice_utente", N, "VARCHAR", [r["code"] for r in rows], "decoy", SHAPE),
            c("cognome_alunno", "last_name", "VARCHAR", [r["cl"] for r in rows], CHILD),
            c("nome_alunno", "first_name", "VARCHAR", [r["cf"] for r in rows], CHILD),
            c("cf_alunno", "national_id", "VARCHAR", [r["cfa"] for r in rows], CHILD),
            c("data_nascita_alunno", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows], CHILD),
            c("scuola", N, "VARCHAR", [r["school"] for r in rows], "business"),
            c("dieta_speciale", N, "VARCHAR", [r["diet"] for r in rows], "decoy"),
            c("cognome_genitore", "last_name", "VARCHAR", [r["pl"] for r in rows], ROLE),
            c("nome_genitore", "first_name", "VARCHAR", [r["pf"] for r in rows], ROLE),
            c("cf_genitore", "national_id", "VARCHAR", [r["cfg"] for r in rows], ROLE),
            c("email_genitore", "email", "VARCHAR", [r["mail"] for r in rows], ROLE),
            c("pec_genitore", "email", "VARCHAR", [r["pec"] for r in rows], ROLE, HEAVY),
            c("cellulare_genitore", "phone", "VARCHAR", [r["mob"] for r in rows], ROLE),
            c("indirizzo_residenza", "street_address", "VARCHAR", [r["addr"] for r in rows]),
            c("comune_residenza", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("cap", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("iban_addebito", "iban", "VARCHAR", [r["iban"] for r in rows]),
            c("intestatario_conto", "person_name", "VARCHAR", [r["holder"] for r in rows], ROLE),
            c("iuv_pagopa", N, "VARCHAR", [None if r["iban"] else "0" + g.digits(17) for r in rows], "decoy", SHAPE),
            c("operatore", "person_name", "VARCHAR", g.col(g.pick(operatori), 0.4), STAFF),
            c("campo_libero_2", "free_text", "VARCHAR", _custom(g, "IT", "it"), CUSTOM),
            c("note", "free_text", "VARCHAR", g.sparse(nota, 0.82, _words("nessuna", "n.d.")), NULLWORD),
        ],
    )


def ch_tagesfamilien(g: Gen) -> Table:
    """A St. Gallen childminding association's care contracts: children placed with childminders (Swiss German)."""
    minders = []
    for _ in range(45):
        a, b = v.person(g, "ch", g.rnd.random() < 0.93)
        place = g.rnd.choice(v.CH_CITIES)
        minders.append(
            (
                f"{a} {b}",
                v.ahv(g),
                v.ch_iban(g),
                g.phone("CH", g.rnd.choice(["national", "intl"])),
                v.street(g, v.CH_STREETS, "ch"),
                place,
                g.code("SPA-2025-999999"),
            )
        )
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        pf, pl = v.person(g, "ch", g.rnd.random() < 0.7)
        cf, cl = v.child(g, "ch", pl if g.rnd.random() < 0.75 else None, female)
        place = g.rnd.choice(v.CH_CITIES)
        rows.append(
            (
                cf,
                cl,
                g.birth(2015, 2024),
                f"{pf} {pl}",
                v.email_of(g, pf, pl, v.DOMAINS["ch"]),
                place,
                g.rnd.choice(minders),
            )
        )
    vermittlerinnen = v.staff(g, 3, "ch")

    def bemerkung() -> str:
        return g.rnd.choice(
            [
                f"Abholung Mi durch Grossmutter {v.whole(g, 'ch', True)}",
                "Eingewöhnung ab 4. August",
                f"Vater {v.given(g, 'ch', False)} nur telefonisch erreichbar",
                "Mittagsschlaf 12-14 Uhr",
                "Subventionsentscheid der Stadt ausstehend",
            ]
        )

    return Table(
        "tagesfamilien_sg.betreuungsvertraege",
        "de",
        "snake",
        [
            c("betreuung_id", N, "BIGINT", g.keys(31_001), "decoy", KEY),
            c("vertrag_nr", N, "VARCHAR", g.col(lambda: g.code("TFV-2025-0999")), "decoy", SHAPE),
            c("kind_vorname", "first_name", "VARCHAR", [r[0] for r in rows], CHILD),
            c("kind_nachname", "last_name", "VARCHAR", [r[1] for r in rows], CHILD),
            c("kind_geburtsdatum", "date_of_birth", "VARCHAR", [v.dmy(r[2], ".") for r in rows], CHILD),
            c("kind_ahv_nr", "ssn", "VARCHAR", g.col(lambda: v.ahv(g), 0.25), CHILD),
            c(
                "allergien",
                N,
                "VARCHAR",
                g.col(g.pick(["keine", "keine", "Nüsse", "Laktose", "Erdbeeren", "Gluten"])),
                "decoy",
            ),
            c("erziehungsberechtigte", "person_name", "VARCHAR", [r[3] for r in rows], ROLE),
            c(
                "eltern_telefon",
                "phone",
                "VARCHAR",
                g.phones("CH", {"national": 0.6, "intl": 0.3, "e164": 0.1}, 0.9),
                ROLE,
            ),
            c("eltern_email", "email", "VARCHAR", [r[4] for r in rows], ROLE),
            c("eltern_adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CH_STREETS, "ch"))),
            c("eltern_plz", "postal_code", "VARCHAR", [r[5][1] for r in rows]),
            c("eltern_ort", "city", "VARCHAR", [r[5][0] for r in rows]),
            c("tagesmutter_name", "person_name", "VARCHAR", [r[6][0] for r in rows]),
            c("tagesmutter_ahv_nr", "ssn", "VARCHAR", [r[6][1] for r in rows]),
            c("tagesmutter_iban", "iban", "VARCHAR", [r[6][2] for r in rows]),
            c("tagesmutter_telefon", "phone", "VARCHAR", [r[6][3] for r in rows]),
            c("tagesmutter_adresse", "street_address", "VARCHAR", [r[6][4] for r in rows]),
            c("strafregisterauszug_nr", N, "VARCHAR", [r[6][6] for r in rows], "decoy", SHAPE),
            c("vermittlerin", "person_name", "VARCHAR", g.col(g.pick(vermittlerinnen)), STAFF),
            c("zusatzfeld_2", "free_text", "VARCHAR", _custom(g, "CH", "ch"), CUSTOM),
            c("bemerkungen", "free_text", "VARCHAR", g.sparse(bemerkung, 0.78, _words("keine", "k.A.")), NULLWORD),
        ],
    )


def se_elevhalsa(g: Gen) -> Table:
    """A Jönköping municipal school health service's visits and vaccinations (Swedish)."""
    rows = []
    for _ in range(g.rows):
        pf, pl = v.person(g, "se", g.rnd.random() < 0.7)
        cf, cl = v.child(g, "se", pl if g.rnd.random() < 0.8 else None)
        born = g.birth(2009, 2019)
        place = g.rnd.choice(v.SE_CITIES)
        visit = g.rnd.choice(
            [
                "Hälsobesök F-klass",
                "Hälsobesök åk 4",
                "Hälsobesök åk 8",
                "Vaccination MPR",
                "HPV dos 1",
                "HPV dos 2",
                "Vaccination dTp",
                "Öppen mottagning",
            ]
        )
        rows.append((cf, cl, born, f"{pf} {pl}", v.email_of(g, pf, pl, v.DOMAINS["se"]), place, visit))
    nurses = v.staff(g, 4, "se")

    def journal() -> str:
        return g.rnd.choice(
            [
                f"Mamma {v.given(g, 'se', True)} informerad per telefon",
                "Remiss till BUP skickad",
                f"Samtal med mentor {v.whole(g, 'se')}",
                "Synundersökning utan anmärkning",
                "Huvudvärk, rekommenderat mer vatten och sömn",
            ]
        )

    def klass(born: date) -> str:
        n = _age(born, date(2025, 8, 20)) - 6
        return "F" + g.rnd.choice("ABC") if n <= 0 else f"{min(n, 9)}{g.rnd.choice('ABC')}"

    return Table(
        "elevhalsan_jkpg.halsobesok",
        "sv",
        "snake",
        [
            c("besok_id", N, "BIGINT", g.keys(118_001), "decoy", KEY),
            c("personnummer", "national_id", "VARCHAR", [v.personnummer(g, r[2]) for r in rows], CHILD),
            c("fornamn", "first_name", "VARCHAR", [r[0] for r in rows], CHILD),
            c("efternamn", "last_name", "VARCHAR", [r[1] for r in rows], CHILD),
            c("fodelsedatum", "date_of_birth", "DATE", [r[2] for r in rows], CHILD),
            c("skola", N, "VARCHAR", g.col(g.pick(v.SE_SCHOOLS)), "business"),
            c("klass", N, "VARCHAR", [klass(r[2]) for r in rows], "decoy"),
            c("vardnadshavare_1", "person_name", "VARCHAR", [r[3] for r in rows], ROLE),
            c("vardnadshavare_1_mobil", "phone", "VARCHAR", g.phones("SE", {"national": 0.7, "e164": 0.3}, 0.97), ROLE),
            c("vardnadshavare_1_epost", "email", "VARCHAR", [r[4] for r in rows], ROLE),
            c("vardnadshavare_2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "se"), 0.35), ROLE),
            c("gatuadress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.SE_STREETS, "se"))),
            c("postnummer", "postal_code", "VARCHAR", [f"{r[5][1]} {g.digits(2)}" for r in rows]),
            c("postort", "city", "VARCHAR", [r[5][0] for r in rows]),
            c("besokstyp", N, "VARCHAR", [r[6] for r in rows], "decoy"),
            c("besoksdatum", N, "DATE", g.col(lambda: g.weekday("2025-08-25", "2025-12-18")), "decoy"),
            c(
                "vaccin_batch",
                N,
                "VARCHAR",
                [g.code("AA9999A") if "Vacc" in r[6] or "HPV" in r[6] else None for r in rows],
                "decoy",
                SHAPE,
            ),
            c(
                "allergier",
                N,
                "VARCHAR",
                g.col(g.pick(["Inga kända", "Inga kända", "Pollen", "Nötter", "Laktos", "Pälsdjur"])),
                "decoy",
            ),
            c("skolskoterska", "person_name", "VARCHAR", g.col(g.pick(nurses)), STAFF),
            c("remiss_nr", N, "VARCHAR", g.col(lambda: v.personnummer_decoy(g), 0.55), "decoy", SHAPE),
            c(
                "journalanteckning",
                "free_text",
                "VARCHAR",
                g.sparse(journal, 0.79, _words("saknas", "inget")),
                NULLWORD,
            ),
            c("extra_falt_2", N, "VARCHAR", _codes(g, ["TOLK", "SKYDD", "BUP", "LOGO", "EHT"], 0.6), "decoy", PLAIN),
        ],
    )


def cz_prihlasky(g: Gen) -> Table:
    """A Hradec Králové gymnasium's applications to its entrance examinations (Czech)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        pfem = g.rnd.random() < 0.7
        pf, pl = v.person(g, "cz", pfem)
        man, woman = next((m, w) for m, w in v.CZ_FAMILY if pl in (m, w))
        cf, cl = v.child(g, "cz", woman if female else man, female)
        born = g.birth(2010, 2011) if g.rnd.random() < 0.6 else g.birth(2013, 2014)
        place = g.rnd.choice(v.CZ_CITIES)
        school = g.rnd.choice(v.CZ_SCHOOLS)
        rows.append(
            (
                cf,
                cl,
                born,
                v.rodne_cislo(g, born, female),
                f"{pf} {pl}",
                v.email_of(g, pf, pl, v.DOMAINS["cz"]),
                place,
                school,
                "osmileté" if born.year >= 2013 else "čtyřleté",
            )
        )
    staff = v.staff(g, 3, "cz")

    def poznamka() -> str:
        return g.rnd.choice(
            [
                f"Zápisový lístek přinesla matka {v.whole(g, 'cz', True)}",
                "Doporučení PPP doloženo",
                f"Otec {v.given(g, 'cz', False)} žádá o změnu termínu",
                "Přihláška podána elektronicky",
                "Chybí podpis druhého zákonného zástupce",
            ]
        )

    return Table(
        "gymnazium_hk.prihlasky_prijimaci_rizeni",
        "cs",
        "snake",
        [
            c("id_prihlasky", N, "BIGINT", g.keys(2_026_001), "decoy", KEY),
            c("cislo_prihlasky", N, "VARCHAR", g.col(lambda: v.rodne_cislo_decoy(g)), "decoy", SHAPE),
            c("jmeno", "first_name", "VARCHAR", [r[0] for r in rows], CHILD),
            c("prijmeni", "last_name", "VARCHAR", [r[1] for r in rows], CHILD),
            c("rodne_cislo", "national_id", "VARCHAR", [r[3] for r in rows], CHILD),
            c(
                "datum_narozeni",
                "date_of_birth",
                "VARCHAR",
                [f"{r[2].day}.{r[2].month}.{r[2].year}" for r in rows],
                CHILD,
            ),
            c("misto_narozeni", "city", "VARCHAR", g.col(g.pick(v.CZ_BIRTHPLACES))),
            c("ulice", "street_address", "VARCHAR", g.col(g.pick(v.CZ_STREETS))),
            c(
                "cislo_popisne",
                "street_address",
                "VARCHAR",
                g.col(lambda: f"{g.rnd.randint(1, 1_900)}/{g.rnd.randint(1, 60)}"),
                SPLIT_ADDR,
            ),
            c("obec", "city", "VARCHAR", [r[6][0] for r in rows]),
            c("psc", "postal_code", "VARCHAR", [r[6][1] for r in rows]),
            c("zakonny_zastupce", "person_name", "VARCHAR", [r[4] for r in rows], ROLE),
            c(
                "telefon_zastupce",
                "phone",
                "VARCHAR",
                g.phones("CZ", {"national": 0.6, "intl": 0.25, "e164": 0.15}, 0.95),
                ROLE,
            ),
            c("email_zastupce", "email", "VARCHAR", [r[5] for r in rows], ROLE),
            c("zakladni_skola", N, "VARCHAR", [r[7][0] for r in rows], "business"),
            c("izo_skoly", N, "VARCHAR", [r[7][1] for r in rows], "business", SHAPE),
            c(
                "obor",
                N,
                "VARCHAR",
                [f"79-41-K/{'81' if r[8] == 'osmileté' else '41'} Gymnázium ({r[8]})" for r in rows],
                "decoy",
            ),
            c("body_cj", N, "INTEGER", g.ints(12, 50), "decoy"),
            c("zapsala", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
            c("doplnkove_pole_2", "free_text", "VARCHAR", _custom(g, "CZ", "cz"), CUSTOM),
            c("poznamka", "free_text", "VARCHAR", g.sparse(poznamka, 0.8, _words("není", "nic")), NULLWORD),
        ],
    )


def ja_hoikuen_daichou(g: Gen) -> Table:
    """A Matsuyama private nursery's child register (Japanese column names and values)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        pfem = g.rnd.random() < 0.8
        pf, pl = v.person(g, "ja", pfem)
        cf, _ = v.child(g, "ja", pl, female)
        born = g.birth(2019, 2024)
        place = g.rnd.choice(v.JA_CITIES)
        ef, el = v.person(g, "ja", g.rnd.random() < 0.6)
        rows.append(
            {
                "child": f"{pl} {cf}",
                "kana": f"{v.JA_KANA[pl]} {v.JA_KANA[cf]}",
                "born": born,
                "sex": "女" if female else "男",
                "parent": f"{pl} {pf}",
                "rel": "母" if pfem else "父",
                "mail": v.email_of(g, pf, pl, v.DOMAINS["ja"]),
                "place": place,
                "emerg": f"{el} {ef}",
                "holder": f"{v.JA_KANA[pl]} {v.JA_KANA[pf]}",
                "cls": ["ひよこ組", "りす組", "うさぎ組", "ぱんだ組", "きりん組", "ぞう組"][
                    min(_age(born, date(2025, 4, 1)), 5)
                ],
            }
        )
    employers = [(name, g.phone("JP", "national", False)) for name in v.JA_EMPLOYERS]
    employer = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]
    teachers = v.staff(g, 6, "ja")

    def renraku() -> str:
        return g.rnd.choice(
            [
                f"お迎えは祖母の{v.whole(g, 'ja', True)}さん(水・金)",
                "午睡時うつぶせ注意",
                f"父({v.given(g, 'ja', False)})の携帯に先に連絡",
                "卵除去食対応中、医師の指示書あり",
                "延長保育の利用開始",
            ]
        )

    return Table(
        "ひばり保育園.園児台帳",
        "ja",
        "native",
        [
            c("園児番号", N, "INTEGER", g.keys(2_019_001), "decoy", KEY),
            c("受付番号", N, "VARCHAR", g.col(lambda: v.my_number_decoy(g)), "decoy", SHAPE),
            c("園児氏名", "person_name", "VARCHAR", [r["child"] for r in rows], CHILD),
            c("フリガナ", "person_name", "VARCHAR", [r["kana"] for r in rows], CHILD),
            c("生年月日", "date_of_birth", "VARCHAR", [v.wareki(r["born"]) for r in rows], CHILD),
            c("クラス", N, "VARCHAR", [r["cls"] for r in rows], "decoy"),
            c(
                "アレルギー",
                N,
                "VARCHAR",
                g.col(g.pick(["なし", "なし", "卵", "乳", "小麦", "えび・かに", "そば"])),
                "decoy",
            ),
            c("保護者氏名", "person_name", "VARCHAR", [r["parent"] for r in rows], ROLE),
            c("保護者マイナンバー", "national_id", "VARCHAR", g.col(lambda: v.my_number(g), 0.78), ROLE, HEAVY),
            c("郵便番号", "postal_code", "VARCHAR", [f"{r['place'][1]}-{g.digits(4)}" for r in rows]),
            c("住所", "street_address", "VARCHAR", g.col(g.pick(v.JA_STREETS))),
            c("市区町村", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 0.85, "e164": 0.15}, 0.8)),
            c("携帯メール", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("勤務先", N, "VARCHAR", [employers[i][0] for i in employer], "business"),
            c("勤務先電話", N, "VARCHAR", [employers[i][1] for i in employer], "business"),
            c("緊急連絡先氏名", "person_name", "VARCHAR", [r["emerg"] for r in rows], ROLE),
            c("緊急連絡先電話", "phone", "VARCHAR", g.phones("JP", {"national": 1.0}, 0.9, 0.1), ROLE),
            c("口座番号", UNCLASSIFIED, "VARCHAR", g.col(lambda: g.digits(7), 0.2), BANK),
            c("口座名義", "person_name", "VARCHAR", [r["holder"] for r in rows], ROLE),
            c("担任", "person_name", "VARCHAR", g.col(g.pick(teachers)), STAFF),
            c(
                "予備項目1",
                N,
                "VARCHAR",
                _codes(g, ["延長A", "延長B", "一時保育", "障害児加配", "第2子減免"], 0.55),
                "decoy",
                PLAIN,
            ),
            c("連絡事項", "free_text", "VARCHAR", g.sparse(renraku, 0.8, _words("なし", "特になし")), NULLWORD),
        ],
    )


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (au_oshc_bookings, 520),
    (ca_bus_riders, 600),
    (gb_single_central_record, 360),
    (ng_wassce_entries, 420),
    (ie_attendance_export, 650),
    (us_licensure_cobol, 480),
    (in_fee_payments_staging, 560),
    (za_ecd_app_export, 300),
    (ar_legajos, 450),
    (br_rematriculas, 500),
    (it_mensa_pagamenti, 560),
    (ch_tagesfamilien, 360),
    (se_elevhalsa, 480),
    (cz_prihlasky, 400),
    (ja_hoikuen_daichou, 260),
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
