"""Held-out set v69 for the column classifier: 15 tables of *education*, one system per table and each a different
organisation, eight with English column names (the United States, the United Kingdom, Canada, Australia, Ireland,
South Africa, India and Kenya) and seven in German, French, Spanish, Italian, Dutch, Polish and Russian (Cyrillic
script), in snake, camel, Pascal and SCREAMING case and native script, with abbreviations (``grad_fnm``,
``appl_snm``, ``nok_ctc_ph``, ``addr_ln1``, ``dipl_mail_addr_ln1``, ``tn_vorname``), a source prefix
(``src_crm_col17``) and opaque custom fields holding personal data (``misc_2``, ``ATTR7``, ``udf_03``, ``misc_1``
in the tutoring table, ``Attr7``, ``feld2``, ``champLibre2``, ``campo_libre_2``, ``pole_2``, ``доп_поле_2``) beside
opaque fields holding none (``misc_1`` in the ceremony table, ``ATTR8``, ``udf_04``, ``src_crm_col18``, ``misc_2``
in the tutoring table, ``Attr8``, ``feld1``, ``champLibre1``, ``campo_libre_1``, ``pole_1``, ``доп_поле_1``):

* ``commencement.guest_tickets``: a central-Ohio college's commencement guest tickets (the graduate's split names
  and diploma name, guests in one cell, seating requests, the diploma's mailing address, marshals, check-in logins);
* ``EXAMS_ENTRIES.CANDIDATE_ENTRY``: a Stockport sixth-form college's entries to the awarding bodies (UCI, UPN, ULN,
  access arrangements, invigilators, ``CAND_NAME_FORMAT`` a template: ``none``);
* ``PicDay.PhotoOrders``: a Mississauga school photographer's picture-day orders (pupils, homeroom teachers,
  parents, home delivery for a few, card last four digits, ``Notes2`` siblings' names, the photographer's BN);
* ``vettingPortal.teacherChecks``: a Hunter Valley diocesan schools office's vetting of casual teachers (Working
  With Children Check numbers, passports, driver licences, TFN, referees, previous family names);
* ``admissions.junior_infants_applications``: a Dublin 7 Gaelscoil's junior infants applications (the child's
  PPSN, Eircodes, siblings, parents, lottery numbers, additional needs);
* ``sa_uni_admissions.ug_applicant``: a Gqeberha university's undergraduate applicants (South African ID numbers
  encoding the birth date and sex, NSC exam numbers, APS scores, suburbs, next of kin, ``src_crm_col17``);
* ``tutornest.sessionBookings``: a Pune home-tutoring marketplace's bookings and tutor payouts (PAN, masked
  Aadhaar, UPI handles, IFSC, home venues, the platform's GSTIN);
* ``EduLoans.LoanApplications``: a Nakuru lender's education loans to students (national ID numbers, KRA PINs,
  M-Pesa numbers, P.O. boxes, guarantors, loan officers);
* ``vhs_anmeldung.kursbelegung``: a Breisgau Volkshochschule's evening-class registrations (SEPA IBAN and account
  holder, the creditor id, reductions, remarks);
* ``portailFamille.paiementsCantine``: an Ille-et-Vilaine commune's canteen payments on its family portal
  (responsible parent and child, PAI notes, quotient familial, direct-debit IBAN, the commune's SIRET);
* ``becas_propias.solicitudes``: an Aragonese university's own study grants (two family names, DNI and NIE, the
  household as JSON with names and DNIs, the IBAN and its holder, the university's CIF);
* ``servizi_infanzia.graduatoria_nido``: a Brescia-area comune's nursery waiting list (the child's and the parent's
  codici fiscali, PEC, ISEE, social services' notes, ``code`` the other parent's codice fiscale);
* ``Leerlingenvervoer.RittenLeerlingen``: a Tilburg-area municipality's pupil transport to special schools (BSN and
  onderwijsnummer, ``Tussenvoegsel``, pick-up at home, BRIN, the taxi firm's btw number, drivers, escorts);
* ``poradnia_pp.plany_ipet``: a Poznań psychological-pedagogical counselling centre's special-needs support plans
  (PESEL encoding the birth date and sex, both parents, specialists, REGON and NIP, PDF hashes);
* ``языковая_школа.слушатели``: a Kazan language school's students (patronymics, SNILS, personal INN, passports,
  teachers, payers, the school's INN and OGRN).

Written **blind**, like v2 to v68: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its rules, documentation, tests, changelog, history or notes, only the list of kind names and their docstrings
(``governance_dagster/kinds.py``), how the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the
*structure* and labeling conventions of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test,
``tests/heldout_support.py``), the module docstrings of v24 to v68 (to avoid their domains and follow their labeling
conventions), the ``Column``/``Table`` classes and writer they build on (``heldout_v2.py``, ``heldout_v4.py``), the
ruff section of ``pyproject.toml`` and the sources of python-stdnum and phonenumbers. The classifier was not run on
this set while it was written, no scorer was run on it, and no score of any set was looked at: nothing here was
adjusted to what the classifier does. It was written under a short deadline (about 45 minutes, the tests and lint
included), so some labels below are quick decisions rather than settled conventions. It imports no earlier set's
value module: its random source, name lists, streets, towns, postal codes and identifier builders are its own
(:mod:`benchmarks.classification.heldout_v69_values`; the generic ``Gen`` helpers were copied from v27's).

What is new against v2 to v68: v50 was a whole set of education and childcare systems, and earlier sets touched the
theme (v24 a school district, v27 an LMS, v29 a pupil roster, a university and a dormitory, v30, v34 and v37 schools
and universities, v31 DBS checks of a charity's volunteers, v35 an enrolment extract, v38 a training organisation's
enrolments, v39 a tutoring academy, v42 canteen card payments of a glassworks, v45 an alumni association, v50 a
student-loan servicer, a tutoring marketplace, a bus roster, a kindergarten and admissions, v63 class lists and a
language school's sign-ups); every organisation and shape here is new: a commencement guest list, an exam entries
file with UPN and ULN, a school photographer's orders, a teacher vetting register, a Gaelscoil's lottery admissions,
a South African university's applicants, a Pune home-tutoring marketplace with tutor payouts, Kenyan education loans
with guarantors, a Volkshochschule, a commune's canteen payments, university study grants with the household as
JSON, a nursery waiting list, municipal pupil transport, special-needs support plans and a Russian language school.

* children's personal data (tag ``child``): pupils' and applicants' names, birth dates and identity numbers;
* people under role words (``role_word``): guests, parents, siblings, referees, next of kin, guarantors, account
  holders, payers, escorts, people allowed to collect a child; staff (``staff``, 2-8 distinct): marshals,
  invigilators, homeroom teachers, verifying officers, loan officers, course leaders, grant handlers, case officers,
  drivers, specialists and teachers;
* decoys (``decoy``; ``value_shape`` when shaped like an identifier): ticket, order, application, loan, protocol,
  ruling, contract and decision numbers, student and candidate numbers, UCIs, NSC exam numbers, admission numbers,
  barcodes, tracking numbers, access codes, SKUs, IFSC codes, M-Pesa receipts, course numbers, a SEPA creditor id,
  a school roll number, hashes (``hashed``), versions (``version``), coordinates of campuses and schools
  (``coordinates``), payment tokens (``tokenized``), the last four digits of cards and a masked Aadhaar
  (``partial``);
* decoys with check digits (``check_digit``, all ``none``): a Canadian BN, an ABN, a GSTIN, a SIRET, a CIF, a
  partita IVA, a BRIN code, a Dutch btw number, a REGON, a NIP, a company INN and an OGRN;
* identifiers with check digits (python-stdnum): UPN, TFN, PPSN, South African ID numbers, PAN, KRA PIN, DNI, NIE,
  codici fiscali, BSN, onderwijsnummer, PESEL and personal INN, and SNILS (its check computed here); without a
  check: ULN, WWCC, passport, driver licence and Kenyan ID numbers; German, French and Spanish IBANs; phones of all
  fifteen countries (phonenumbers); IPv4 and IPv6;
* NULL-like dirt: ``null_heavy`` columns (50-95% NULL) and ``nullword_heavy`` ones (70-95% empty strings and NULL
  words such as ``n/a``, ``Nil``, ``keine``, ``néant``, ``ninguna``, ``nessuna``, ``geen``, ``нет``).

Labeling choices a reader may question:

* kinds.py puts every country's social-security number under ``ssn``: the Irish PPSN (``child_ppsn``) and the
  Russian SNILS (``снилс``) are ``ssn`` (v50 labeled a PPSN ``national_id``; kinds.py names it among the ``ssn``);
  the UPN and ULN (numbers that follow a pupil across schools), the NSW Working With Children Check number, the TFN,
  the South African ID number, PAN, the Kenyan ID number and KRA PIN, DNI and NIE, codici fiscali, the BSN and the
  onderwijsnummer, PESEL, the personal INN, passports and driver licences are ``national_id``;
* numbers an institution assigns (student, candidate and applicant numbers, the UCI, NSC exam and admission
  numbers, a school roll number, a BRIN code) are ``none``;
* middle names and second given names (``grad_mnm``, ``BorrowerMiddleName``, ``drugie_imie``), forenames with a
  middle name (``CAND_FORENAMES``) and a preferred forename are ``first_name``; a previous family name and the Dutch
  ``Tussenvoegsel`` are ``last_name``; the Russian patronymic (``отчество``) is ``person_name``, as in v50;
* ``addr_ln2`` of the Irish table holds the area (Phibsborough, Cabra): ``city`` (tag ``locality``), like the
  suburbs (``suburb``, ``res_suburb``) and Pune localities; a Kenyan P.O. box (``PostalAddress``) is
  ``street_address`` (the person's postal address); counties, sub-counties, states, provinces, ``wojewodztwo`` and
  ``provincia`` are ``none``; a birthplace (``miejsce_urodzenia``) is ``city``;
* a family's home as a tutoring venue or a taxi's pick-up address is ``street_address`` (tag ``premises``);
* a UPI handle (``tutorUpiId``) is ``unclassified`` (tag ``username``: a payment handle made of the person's name,
  neither an e-mail address nor a phone);
* ``src_crm_col17`` (a phone, an e-mail or a name by row) is ``free_text`` (tag ``mixed_kinds``); the household JSON
  is ``free_text`` (tag ``json_blob``); seating, access, additional-needs, PAI, medical, social-services, remarks and
  recommendations naming people are ``free_text``, and so are ratings' comments;
* ``code`` holds the other parent's codice fiscale (``national_id``) and ``Notes2`` siblings' given names
  (``person_name``), both tag ``misleading``; ``CAND_NAME_FORMAT`` and ``ParentEmailTemplate`` hold no personal data
  (``none``, tag ``misleading``);
* schools, colleges, nurseries, a taxi firm, the college's venue phone and the photographer's business number are
  ``none`` (tag ``business``); a student's college e-mail address is ``email``;
* check-in desks, exams officers, editors, clerks and managers are logins (``unclassified``, tag ``username``); the
  ticketing sync job is ``none`` (tag ``service_account``);
* sex, gender, diets, reductions, special-needs categories and wheelchair flags are ``none`` (no kind fits them).

Labeling rules otherwise as v27 (see :mod:`benchmarks.classification.heldout_v27`). Rows per table: 310 to 470.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets, towns
and postal codes of :mod:`benchmarks.classification.heldout_v69_values`, written for v69 (no Faker, no list of real
people, no breach data). Build: ``python -m benchmarks.classification.heldout_v69 [PATH]`` (default
``/tmp/heldout_v69.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v69``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v69_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v69_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v69.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings and empty strings
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
MISLEADING = "misleading"
STAFF = "staff"  # staff named in a column with few distinct values
ROLE = "role_word"  # a role word (guest, parent, referee, guarantor, payer ...) holding people
ABBREV = "abbrev"
OPAQUE = "opaque"  # an opaque custom field (misc_1, udf_03, ATTR7, feld2 ...)
AUDIT = "audit"
USER = "username"
SERVICE = "service_account"
PREMISES = "premises"  # a family's home named as a venue or a pick-up point
KEY = "join_key"
MULTI = "multi_value"
JSON = "json_blob"
PARTIAL = "partial"
TOKEN = "tokenized"
CHECK = "check_digit"  # a decoy with a check digit (company numbers, VAT, BRIN ...): none
CHILD = "child"  # a child's personal data
MIXED = "mixed_kinds"  # a column holding a phone, an e-mail or a name by row: free_text
LOCALITY = "locality"  # a suburb or town named as where a person lives: city
HASHED = "hashed"
VERSION = "version"
COORD = "coordinates"


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a", "N/A", "null") + extra


def _staff(g: Gen, n: int, make: Callable[[Gen], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _logins(g: Gen, n: int, lang: str, style: int) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.login(*v.person(g, lang), style))
    return sorted(out)


def _later(g: Gen, starts: list, lo_min: int, hi_min: int, null: float = 0.0) -> list:
    return [
        None if s is None or g.rnd.random() < null else s + timedelta(minutes=g.rnd.randint(lo_min, hi_min))
        for s in starts
    ]


def _people(g: Gen, lang: str) -> list[tuple[str, str, bool]]:
    out = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, lang, female)
        out.append((a, b, female))
    return out


# -- English: the United States, the United Kingdom, Canada, Australia ------------------------------------------------


def us_commencement_guests(g: Gen) -> Table:
    """A central-Ohio college's commencement guest tickets (snake case with abbreviations): the graduate's names as
    split and as printed on the diploma, guests in one cell, the ticket holder's e-mail and mobile, seating requests,
    the diploma's mailing address, marshals, check-in logins and the sync job, ``misc_1`` (a row letter: ``none``) and
    ``misc_2`` (a backup phone)."""
    grads = _people(g, "us")
    places = [v.place(g, "us") for _ in range(g.rows)]
    marshals = _staff(g, 5, lambda x: f"Dr. {v.whole(x, 'us')}")
    desks = _logins(g, 4, "us", 0)

    def guests() -> str:
        return "; ".join(v.whole(g, "us") for _ in range(g.rnd.randint(1, 4)))

    def ada() -> str:
        return g.rnd.choice(
            [
                f"Wheelchair space for grandmother {v.whole(g, 'us')}",
                "Aisle seat, knee replacement",
                f"ASL interpreter for my father {v.given(g, 'us')}",
                "Needs to sit near an exit",
            ]
        )

    return Table(
        "commencement.guest_tickets",
        "en",
        "snake",
        [
            c("ticket_id", N, "BIGINT", g.keys(70_001), "decoy", KEY),
            c("order_no", N, "VARCHAR", g.col(lambda: g.code("CMT-2026-999999")), "decoy", SHAPE),
            c("student_id", N, "VARCHAR", g.col(lambda: "500" + g.digits(6)), "decoy", SHAPE),
            c("grad_fnm", "first_name", "VARCHAR", [p[0] for p in grads], ABBREV),
            c(
                "grad_mnm",
                "first_name",
                "VARCHAR",
                [None if g.rnd.random() < 0.55 else v.given(g, "us") for _ in grads],
                ABBREV,
                HEAVY,
            ),
            c("grad_lnm", "last_name", "VARCHAR", [p[1] for p in grads], ABBREV),
            c("diploma_name", "person_name", "VARCHAR", [f"{p[0]} {p[1]}" for p in grads]),
            c(
                "degree_cd",
                N,
                "VARCHAR",
                g.col(g.pick(["BSN", "BA-COMM", "BS-ENGR", "MBA", "MED", "BFA"])),
                "decoy",
                ABBREV,
            ),
            c(
                "college",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "College of Nursing",
                            "College of Engineering",
                            "School of Business",
                            "College of Arts and Sciences",
                        ]
                    )
                ),
                "business",
            ),
            c("hood_color", N, "VARCHAR", g.col(g.pick(["Apricot", "Orange", "Drab", "Light Blue", "Brown"])), "decoy"),
            c("cap_gown_size", N, "VARCHAR", g.col(g.pick(["5'0-5'3", "5'4-5'7", "5'8-5'11", "6'0-6'3"])), "decoy"),
            c("guest_names", "person_name", "VARCHAR", g.col(guests, 0.12), ROLE, MULTI),
            c("guest_count", N, "INTEGER", g.ints(1, 4), "decoy"),
            c("holder_email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["us"]) for p in grads]),
            c(
                "holder_mobile",
                "phone",
                "VARCHAR",
                g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 1.0, 0.1),
            ),
            c("ada_request", "free_text", "VARCHAR", g.sparse(ada, 0.82, _words("none")), NULLWORD),
            c(
                "seat_section",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.rnd.choice('ABCDEFGH')}{g.rnd.randint(100, 340)}"),
                "decoy",
            ),
            c("ticket_barcode", N, "VARCHAR", g.col(lambda: g.digits(12)), "decoy", SHAPE),
            c("rsvp_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25), 0.05)),
            c("rsvp_at", N, "TIMESTAMP", g.moments("2026-03-01", "2026-04-30"), "decoy"),
            c("dipl_mail_addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, "us")), ABBREV),
            c("dipl_mail_city", "city", "VARCHAR", [p[0] for p in places]),
            c("dipl_mail_state", N, "VARCHAR", [p[1] for p in places], "decoy"),
            c("dipl_mail_zip", "postal_code", "VARCHAR", [v.postcode(g, "us", p[2]) for p in places]),
            c("marshal", "person_name", "VARCHAR", g.col(g.pick(marshals)), STAFF),
            c("checked_in_by", USERNAME, "VARCHAR", g.col(g.pick(desks), 0.3), USER, AUDIT),
            c(
                "created_by",
                N,
                "VARCHAR",
                g.col(g.pick(["ticketing-sync", "ticketing-sync", "sis_import"])),
                "decoy",
                SERVICE,
                AUDIT,
            ),
            c("misc_1", N, "VARCHAR", g.col(lambda: f"Row {g.rnd.choice('JKLMNP')}", 0.2), "decoy", OPAQUE),
            c("misc_2", "phone", "VARCHAR", g.phones("US", {"dashes": 1.0}, 1.0, 0.3), OPAQUE),
            c("venue_phone", N, "VARCHAR", ["(614) 292-0100"] * g.rows, "business"),
            c("term_cd", N, "VARCHAR", ["2262"] * g.rows, "decoy", ABBREV),
            c("ticket_sha1", N, "VARCHAR", g.col(g.md5), "decoy", HASHED),
        ],
    )


def uk_exam_entries(g: Gen) -> Table:
    """A Stockport sixth-form college's exam entries to the awarding bodies for the summer series (SCREAMING case):
    centre and candidate numbers, the UCI (``none``), the UPN and ULN (``national_id``), forenames and surname, the
    preferred forename, birth date, college e-mail and mobile, home postcode, specification codes and fees, access
    arrangements (``free_text``), invigilators, the exams officer's login, a file hash, ``ATTR7`` (a private
    candidate's fee payer) and ``ATTR8`` (a flag)."""
    cands = _people(g, "gb")
    invig = _staff(g, 6, lambda x: f"{x.rnd.choice(['Mr', 'Mrs', 'Ms'])} {v.given(x, 'gb')[0]} {v.family(x, 'gb')}")
    officers = _logins(g, 3, "gb", 2)
    quals = [
        ("AQA", "7402", "GCE A Level Biology"),
        ("OCR", "H240", "GCE A Level Mathematics"),
        ("Pearson", "9HI0", "GCE A Level History"),
        ("AQA", "8700", "GCSE English Language (resit)"),
        ("WJEC", "A560", "GCE A Level Psychology"),
    ]
    q = [g.rnd.choice(quals) for _ in range(g.rows)]
    centre = "29431"

    def access() -> str:
        return g.rnd.choice(
            [
                "25% extra time",
                f"Reader: {g.rnd.choice(invig)}",
                "Word processor, rest breaks",
                "Separate room (medical letter from Dr Hulme)",
                "Modified paper A3",
            ]
        )

    return Table(
        "EXAMS_ENTRIES.CANDIDATE_ENTRY",
        "en",
        "screaming",
        [
            c("CENTRE_NO", N, "VARCHAR", [centre] * g.rows, "business"),
            c("CAND_NO", N, "VARCHAR", g.col(lambda: g.digits(4)), "decoy", ABBREV),
            c("UCI", N, "VARCHAR", g.col(lambda: f"{centre}6{g.digits(4)}{g.code('A')}"), "decoy", SHAPE),
            c("UPN", "national_id", "VARCHAR", g.col(lambda: v.upn(g), 0.1), CHILD),
            c("ULN", "national_id", "VARCHAR", g.col(lambda: v.uln(g), 0.15), CHILD),
            c("CAND_SURNAME", "last_name", "VARCHAR", [p[1].upper() for p in cands], CHILD),
            c(
                "CAND_FORENAMES",
                "first_name",
                "VARCHAR",
                [p[0] if g.rnd.random() < 0.6 else f"{p[0]} {v.given(g, 'gb')}" for p in cands],
                CHILD,
            ),
            c(
                "PREF_FORENAME",
                "first_name",
                "VARCHAR",
                [None if g.rnd.random() < 0.7 else p[0][:3] for p in cands],
                HEAVY,
                ABBREV,
            ),
            c("DOB", "date_of_birth", "DATE", g.births(2007, 2009), CHILD, ABBREV),
            c("SEX", N, "VARCHAR", [("F" if p[2] else "M") for p in cands], "decoy"),
            c(
                "CAND_EMAIL",
                "email",
                "VARCHAR",
                [f"{v.plain(p[0])}.{v.plain(p[1])}{g.rnd.randint(1, 99)}@student.stockport-sfc.ac.uk" for p in cands],
                ABBREV,
            ),
            c("CAND_MOB", "phone", "VARCHAR", g.phones("GB", {"national": 0.7, "e164": 0.3}, 1.0, 0.15), ABBREV),
            c(
                "HOME_PCODE",
                "postal_code",
                "VARCHAR",
                [v.postcode(g, "gb", v.place(g, "gb")[2]) for _ in cands],
                ABBREV,
            ),
            c("BOARD", N, "VARCHAR", [x[0] for x in q], "decoy"),
            c("SPEC_CODE", N, "VARCHAR", [x[1] for x in q], "decoy"),
            c("QUAL_TITLE", N, "VARCHAR", [x[2] for x in q], "decoy"),
            c("ENTRY_FEE_GBP", N, "DECIMAL(6,2)", g.amounts(38, 142), "decoy"),
            c("SERIES", N, "VARCHAR", ["June 2026"] * g.rows, "decoy"),
            c("ROOM", N, "VARCHAR", g.col(g.pick(["Sports Hall", "Room 14", "Library", "Room 3"])), "decoy"),
            c("SEAT_NO", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice('ABCDEFGH')}{g.rnd.randint(1, 20)}"), "decoy"),
            c(
                "CAND_NAME_FORMAT",
                N,
                "VARCHAR",
                g.col(g.pick(["SURNAME FORENAMES", "SURNAME, FORENAMES"])),
                "decoy",
                MISLEADING,
            ),
            c("ACCESS_ARR", "free_text", "VARCHAR", g.sparse(access, 0.78, _words()), NULLWORD, ABBREV),
            c("INVIGILATOR", "person_name", "VARCHAR", g.col(g.pick(invig)), STAFF),
            c("EXAMS_OFFICER", USERNAME, "VARCHAR", g.col(g.pick(officers)), USER, AUDIT),
            c("PRIVATE_CAND", N, "VARCHAR", g.yn("Y", "N", 0.05), "decoy"),
            c(
                "PREV_CENTRE",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Marple Hall School",
                            "Harrytown Catholic High School",
                            "Bramhall High School",
                            "Reddish Vale High",
                        ]
                    ),
                    0.2,
                ),
                "business",
            ),
            c("EDI_SUBMIT_TS", N, "TIMESTAMP", g.moments("2026-02-01", "2026-02-21"), "decoy"),
            c("EDI_FILE_HASH", N, "VARCHAR", g.col(g.sha256), "decoy", HASHED),
            c("ATTR7", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "gb"), 0.65), OPAQUE, HEAVY),
            c("ATTR8", N, "VARCHAR", g.col(g.pick(["FIRST", "RESIT", "FIRST"])), "decoy", OPAQUE),
            c(
                "RESULT_GRADE",
                N,
                "VARCHAR",
                g.col(g.pick(["A*", "A", "B", "C", "D", "E", "U", "4", "5"]), 0.4),
                "decoy",
            ),
        ],
    )


def ca_school_photos(g: Gen) -> Table:
    """A Mississauga school photographer's picture-day orders (Pascal case): the school (``none``), the pupil, the
    homeroom teacher, the parent's name, e-mail and phone, a home delivery address for the few who pay for it,
    packages, retouching, the card's last four digits and a token, tracking numbers, the photographer's business
    number, ``Notes2`` (siblings to pose with: names) and ``ParentEmailTemplate`` (a template id: ``none``)."""
    kids = _people(g, "ca")
    schools = [
        ("St. Hilary Elementary", "L5L"),
        ("Erin Mills Public School", "L5L"),
        ("Ray Underhill PS", "L5N"),
        ("Meadowvale Village PS", "L5N"),
    ]
    sch = [g.rnd.randrange(len(schools)) for _ in range(g.rows)]
    teachers = _staff(g, 8, lambda x: f"{x.rnd.choice(['Ms.', 'Mr.', 'Mme'])} {v.family(x, 'ca')}")
    ship = [g.rnd.random() < 0.25 for _ in range(g.rows)]
    places = [v.place(g, "ca") for _ in range(g.rows)]
    bn = v.ca_bn(g)

    def siblings() -> str:
        return " & ".join(v.given(g, "ca") for _ in range(g.rnd.randint(1, 2)))

    return Table(
        "PicDay.PhotoOrders",
        "en",
        "pascal",
        [
            c("OrderId", N, "BIGINT", g.keys(3_300_001), "decoy", KEY),
            c("OrderNumber", N, "VARCHAR", g.col(lambda: g.code("PD-25-9999999")), "decoy", SHAPE),
            c("SchoolName", N, "VARCHAR", [schools[i][0] for i in sch], "business"),
            c(
                "SchoolPhone",
                N,
                "VARCHAR",
                [["(905) 555-0142", "(905) 555-0178", "(905) 555-0133", "(905) 555-0190"][i] for i in sch],
                "business",
            ),
            c("AccessCode", N, "VARCHAR", g.col(lambda: g.code("AZZ-ZZZ")), "decoy", SHAPE),
            c("StudentFirstName", "first_name", "VARCHAR", [p[0] for p in kids], CHILD),
            c("StudentLastName", "last_name", "VARCHAR", [p[1] for p in kids], CHILD),
            c("Grade", N, "VARCHAR", g.col(g.pick(["JK", "SK", "1", "2", "3", "4", "5", "6", "7", "8"])), "decoy"),
            c("Homeroom", N, "VARCHAR", g.col(lambda: str(g.rnd.randint(101, 128))), "decoy"),
            c("TeacherName", "person_name", "VARCHAR", g.col(g.pick(teachers)), STAFF),
            c("ParentName", "person_name", "VARCHAR", [f"{v.given(g, 'ca')} {p[1]}" for p in kids], ROLE),
            c("ParentEmail", "email", "VARCHAR", g.col(lambda: v.email(g, "ca"), 0.03)),
            c(
                "ParentEmailTemplate",
                N,
                "VARCHAR",
                g.col(g.pick(["pd_reminder_v3", "pd_proofs_ready", "pd_retake"])),
                "decoy",
                MISLEADING,
            ),
            c(
                "ParentPhone",
                "phone",
                "VARCHAR",
                g.phones("CA", {"national": 0.6, "dashes": 0.2, "e164": 0.2}, 1.0, 0.2),
            ),
            c("ShipToAddress", "street_address", "VARCHAR", [v.street(g, "ca") if s else None for s in ship], HEAVY),
            c("ShipToCity", "city", "VARCHAR", [p[0] if s else None for s, p in zip(ship, places)], HEAVY),
            c(
                "ShipToPostal",
                "postal_code",
                "VARCHAR",
                [v.postcode(g, "ca", p[2]) if s else None for s, p in zip(ship, places)],
                HEAVY,
            ),
            c("ShipToProvince", N, "VARCHAR", ["ON" if s else None for s in ship], "decoy"),
            c(
                "PackageSku",
                N,
                "VARCHAR",
                g.col(g.pick(["PKG-A1", "PKG-B2-8X10", "PKG-C3-DIGI", "ADD-MAGNET", "ADD-CLASSCOMP"])),
                "decoy",
            ),
            c(
                "Background",
                N,
                "VARCHAR",
                g.col(g.pick(["Blue Marble", "Autumn Leaves", "Grey Studio", "Bookshelf"])),
                "decoy",
            ),
            c("Retouch", N, "BOOLEAN", g.yn(True, False, 0.3), "decoy"),
            c("CardLast4", N, "VARCHAR", g.col(lambda: v.card_last4(g), 0.15), "decoy", PARTIAL),
            c("PaymentToken", N, "VARCHAR", g.col(lambda: v.token(g, "tok_"), 0.15), "decoy", TOKEN),
            c("AmountCad", N, "DECIMAL(7,2)", g.amounts(19, 89), "decoy"),
            c("TrackingNumber", N, "VARCHAR", [g.digits(16) if s else None for s in ship], "decoy", SHAPE),
            c("OrderedAt", N, "TIMESTAMP", g.moments("2025-09-20", "2025-10-31"), "decoy"),
            c("Notes2", "person_name", "VARCHAR", g.col(siblings, 0.7), MISLEADING, HEAVY),
            c("PhotographerBn", N, "VARCHAR", [bn] * g.rows, "business", CHECK),
            c("ImageFile", N, "VARCHAR", g.col(lambda: f"IMG_{g.digits(4)}.CR3"), "decoy"),
            c("ProofSentAt", N, "TIMESTAMP", g.moments("2025-10-01", "2025-11-15", 0.1), "decoy"),
            c("Carrier", N, "VARCHAR", [("Canada Post" if s else "School delivery") for s in ship], "decoy"),
        ],
    )


def au_teacher_vetting(g: Gen) -> Table:
    """A Hunter Valley diocesan schools office's vetting register of casual teachers (camel case): names, a previous
    family name, birth date, the NSW Working With Children Check number, passport and driver licence numbers seen for
    identity, the TFN for pay set-up, the home, suburb and postcode, mobile and e-mail, a referee and their phone, the
    referee's school (``none``), verifying officers, the last editor's login, the school's ABN, outcome notes,
    ``udf_03`` (an emergency contact's name) and ``udf_04`` (the engagement type)."""
    ppl = _people(g, "au")
    places = [v.place(g, "au") for _ in range(g.rows)]
    officers = _staff(g, 4, lambda x: v.whole(x, "au"))
    editors = _logins(g, 4, "au", 1)
    abn = v.abn(g)

    def outcome() -> str:
        return g.rnd.choice(
            [
                "Cleared",
                f"Referee {v.whole(g, 'au')} could not be reached, follow up",
                "Name change sighted (marriage certificate)",
                f"Spoke to principal {v.whole(g, 'au')}",
            ]
        )

    return Table(
        "vettingPortal.teacherChecks",
        "en",
        "camel",
        [
            c("checkId", N, "BIGINT", g.keys(40_001), "decoy", KEY),
            c("applicantGivenName", "first_name", "VARCHAR", [p[0] for p in ppl]),
            c("applicantFamilyName", "last_name", "VARCHAR", [p[1] for p in ppl]),
            c(
                "previousFamilyName",
                "last_name",
                "VARCHAR",
                [v.family(g, "au") if p[2] and g.rnd.random() < 0.4 else None for p in ppl],
                HEAVY,
            ),
            c("dateOfBirth", "date_of_birth", "DATE", g.births(1962, 2001)),
            c("wwccNumber", "national_id", "VARCHAR", g.col(lambda: f"WWC{g.digits(7)}{g.rnd.choice('EV')}")),
            c("wwccExpiry", N, "DATE", g.days("2026-01-01", "2030-12-31"), "decoy"),
            c(
                "wwccStatus",
                N,
                "VARCHAR",
                g.col(g.pick(["Cleared", "Cleared", "Cleared", "Barred", "Application"])),
                "decoy",
            ),
            c("passportNumber", "national_id", "VARCHAR", g.col(lambda: g.code("PA9999999"), 0.6), HEAVY),
            c("driverLicenceNo", "national_id", "VARCHAR", g.col(lambda: g.digits(8), 0.3)),
            c("tfn", "national_id", "VARCHAR", g.col(lambda: v.tfn(g), 0.2), ABBREV),
            c("homeAddressLine1", "street_address", "VARCHAR", g.col(lambda: v.street(g, "au"))),
            c("suburb", "city", "VARCHAR", [p[0] for p in places], LOCALITY),
            c("state", N, "VARCHAR", [p[1] for p in places], "decoy"),
            c("postcode", "postal_code", "VARCHAR", [p[2] for p in places]),
            c("mobile", "phone", "VARCHAR", g.phones("AU", {"national": 0.7, "intl": 0.3}, 1.0, 0.05)),
            c("personalEmail", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["au"]) for p in ppl]),
            c("refereeName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au"), 0.1), ROLE),
            c(
                "refereeSchool",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "St Joseph's Primary Merewether",
                            "San Clemente High",
                            "Hunter Valley Grammar",
                            "Rutherford Public School",
                        ]
                    )
                ),
                "business",
            ),
            c("policeCheckRef", N, "VARCHAR", g.col(lambda: g.code("NPC-2025-999999"), 0.2), "decoy", SHAPE),
            c("verifiedBy", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
            c("lastModifiedBy", USERNAME, "VARCHAR", g.col(g.pick(editors)), USER, AUDIT),
            c("schoolAbn", N, "VARCHAR", [abn] * g.rows, "business", CHECK),
            c("outcomeNotes", "free_text", "VARCHAR", g.sparse(outcome, 0.75, _words("Nil")), NULLWORD),
            c("riskRating", N, "VARCHAR", g.col(g.pick(["Low", "Low", "Medium"])), "decoy"),
            c("submittedAt", N, "TIMESTAMP", g.moments("2025-06-01", "2025-12-15"), "decoy"),
            c("udf_03", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au"), 0.3), OPAQUE),
            c("udf_04", N, "VARCHAR", g.col(g.pick(["casual", "temporary", "permanent part-time"])), "decoy", OPAQUE),
            c("formVersion", N, "VARCHAR", g.col(g.version), "decoy", VERSION),
            c("checkType", N, "VARCHAR", g.col(g.pick(["Employee", "Employee", "Volunteer"])), "decoy"),
            c("accreditationLevel", N, "VARCHAR", g.col(g.pick(["Provisional", "Conditional", "Proficient"])), "decoy"),
            c(
                "dioceseRegion",
                N,
                "VARCHAR",
                g.col(g.pick(["Lower Hunter", "Upper Hunter", "Lake Macquarie"])),
                "decoy",
            ),
        ],
    )


def ie_gaelscoil_admissions(g: Gen) -> Table:
    """A Dublin 7 Gaelscoil's junior infants applications for September 2026 (snake case with ``addr_ln1``): the
    child's names, birth date and PPSN (``ssn``), siblings, two parents, the home, Eircode, admissions criteria,
    lottery numbers, preschools (``none``), additional needs (``free_text``), the submitting IP, the secretary's login
    and the school's roll number (``none``)."""
    kids = [(v.person(g, "ie"), g.birth(2021, 2022)) for _ in range(g.rows)]
    places = [v.place(g, "ie") for _ in range(g.rows)]
    clerks = _logins(g, 3, "ie", 3)

    def needs() -> str:
        return g.rnd.choice(
            [
                "Speech and language therapy, report attached",
                f"Sees Dr {v.family(g, 'ie')} (asthma)",
                "Awaiting assessment (HSE)",
                f"Twin of {v.given(g, 'ie')}, would like same class",
            ]
        )

    return Table(
        "admissions.junior_infants_applications",
        "en",
        "snake",
        [
            c("application_id", N, "INTEGER", g.keys(1), "decoy", KEY),
            c("application_ref", N, "VARCHAR", g.col(lambda: g.code("GS7-2026-9999")), "decoy", SHAPE),
            c("child_first_name", "first_name", "VARCHAR", [k[0][0] for k in kids], CHILD),
            c("child_surname", "last_name", "VARCHAR", [k[0][1] for k in kids], CHILD),
            c("child_dob", "date_of_birth", "DATE", [k[1] for k in kids], CHILD),
            c("child_ppsn", "ssn", "VARCHAR", g.col(lambda: v.pps(g), 0.08), CHILD),
            c("sibling_in_school", N, "BOOLEAN", g.yn(True, False, 0.3), "decoy"),
            c("sibling_names", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ie"), 0.7), HEAVY, ROLE),
            c("parent1_name", "person_name", "VARCHAR", [f"{v.given(g, 'ie')} {k[0][1]}" for k in kids], ROLE),
            c("parent1_mobile", "phone", "VARCHAR", g.phones("IE", {"national": 0.7, "e164": 0.3}, 1.0)),
            c("parent1_email", "email", "VARCHAR", g.col(lambda: v.email(g, "ie"))),
            c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ie")), ABBREV),
            c("addr_ln2", "city", "VARCHAR", [p[0] for p in places], ABBREV, LOCALITY),
            c("county", N, "VARCHAR", [p[1] for p in places], "decoy"),
            c("eircode", "postal_code", "VARCHAR", [v.postcode(g, "ie", p[2]) for p in places]),
            c("in_catchment", N, "BOOLEAN", g.yn(True, False, 0.7), "decoy"),
            c("criteria_points", N, "INTEGER", g.ints(0, 40), "decoy"),
            c("lottery_no", N, "INTEGER", g.ints(1, 900), "decoy"),
            c(
                "preschool_attended",
                N,
                "VARCHAR",
                g.col(g.pick(["Naíonra Chabrach", "Little Acorns ECCE", "Cabra Community Playschool"]), 0.25),
                "business",
            ),
            c(
                "home_language",
                N,
                "VARCHAR",
                g.col(g.pick(["Gaeilge", "English", "English", "Polish", "Portuguese"])),
                "decoy",
            ),
            c("additional_needs", "free_text", "VARCHAR", g.sparse(needs, 0.8, _words("No", "none known")), NULLWORD),
            c(
                "offer_status",
                N,
                "VARCHAR",
                g.col(g.pick(["offered", "waiting_list", "accepted", "declined"])),
                "decoy",
            ),
            c("offer_sent_at", N, "TIMESTAMP", g.moments("2026-01-10", "2026-02-20", 0.3), "decoy"),
            c("submitted_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2))),
            c("processed_by", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT),
            c("roll_number", N, "VARCHAR", ["19876R"] * g.rows, "business", SHAPE),
            c("class_of_entry", N, "VARCHAR", ["Naíonáin Bheaga"] * g.rows, "decoy"),
            c("academic_year", N, "VARCHAR", ["2026/27"] * g.rows, "decoy"),
            c("form_version", N, "VARCHAR", g.col(g.version), "decoy", VERSION),
        ],
    )


def za_uni_applicants(g: Gen) -> Table:
    """A Gqeberha university's undergraduate applicants for 2027 (snake case with abbreviations): the South African
    ID number (encoding the birth date and sex), the matric school and NSC exam number (``none``), APS scores and
    qualification choices, cell and e-mail, the residential address with suburb and town, next of kin, the fee payer,
    ``src_crm_col17`` (a phone, an e-mail or a name by row: ``free_text``), ``src_crm_col18`` (a campaign code) and
    disability notes."""
    ppl = _people(g, "za")
    births = g.births(2007, 2009)
    places = [v.place(g, "za") for _ in range(g.rows)]

    def mixed() -> str:
        r = g.rnd.random()
        if r < 0.35:
            return g.phone("ZA", "national")
        if r < 0.7:
            return v.email(g, "za")
        return v.whole(g, "za")

    def disab() -> str:
        return g.rnd.choice(
            [
                "Hearing impaired, needs front seat",
                f"Scribe arranged via {v.whole(g, 'za')}",
                "Type 1 diabetes",
                "Uses a wheelchair",
            ]
        )

    return Table(
        "sa_uni_admissions.ug_applicant",
        "en",
        "snake",
        [
            c("applicant_no", N, "VARCHAR", g.col(lambda: "2" + g.digits(8)), "decoy", SHAPE),
            c("appl_fnm", "first_name", "VARCHAR", [p[0] for p in ppl], ABBREV),
            c("appl_snm", "last_name", "VARCHAR", [p[1] for p in ppl], ABBREV),
            c(
                "appl_id_no",
                "national_id",
                "VARCHAR",
                [v.za_id(g, b, p[2]) if g.rnd.random() < 0.92 else None for p, b in zip(ppl, births)],
                ABBREV,
            ),
            c("appl_dob", "date_of_birth", "DATE", births, ABBREV),
            c("gender", N, "VARCHAR", [("F" if p[2] else "M") for p in ppl], "decoy"),
            c(
                "matric_school",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Grey High School",
                            "Victoria Park High",
                            "Lawson Brown High",
                            "Cowan High School",
                            "Alexander Road High",
                        ]
                    )
                ),
                "business",
            ),
            c("nsc_exam_no", N, "VARCHAR", g.col(lambda: "2" + g.digits(12)), "decoy", SHAPE),
            c("aps_score", N, "INTEGER", g.ints(18, 45), "decoy"),
            c(
                "first_choice_qual",
                N,
                "VARCHAR",
                g.col(g.pick(["BSc Eng (Mech)", "BCom Acc", "LLB", "BPharm", "BEd FP"])),
                "decoy",
            ),
            c("second_choice_qual", N, "VARCHAR", g.col(g.pick(["BSc", "BA", "Dip ICT", "BCom"]), 0.2), "decoy"),
            c("cell_no", "phone", "VARCHAR", g.phones("ZA", {"national": 0.6, "e164": 0.4}, 1.0), ABBREV),
            c("email_addr", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["za"]) for p in ppl], ABBREV),
            c("res_addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, "za")), ABBREV),
            c(
                "res_suburb",
                "city",
                "VARCHAR",
                g.col(g.pick(["Walmer", "Summerstrand", "Motherwell", "New Brighton", "Newton Park", "KwaZakhele"])),
                LOCALITY,
                ABBREV,
            ),
            c("res_town", "city", "VARCHAR", [p[0] for p in places], ABBREV),
            c("province", N, "VARCHAR", [p[1] for p in places], "decoy"),
            c("postal_cd", "postal_code", "VARCHAR", [v.postcode(g, "za", p[2]) for p in places], ABBREV),
            c("nok_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "za"), 0.05), ROLE, ABBREV),
            c("nok_ctc_ph", "phone", "VARCHAR", g.phones("ZA", {"national": 1.0}, 0.8, 0.1), ABBREV),
            c("nsfas_applicant", N, "BOOLEAN", g.yn(True, False, 0.55), "decoy"),
            c("app_fee_ref", N, "VARCHAR", g.col(lambda: g.code("APF999999")), "decoy", SHAPE),
            c("residence_requested", N, "BOOLEAN", g.yn(True, False, 0.6), "decoy"),
            c("src_crm_col17", "free_text", "VARCHAR", g.col(mixed, 0.2), MIXED, OPAQUE),
            c(
                "src_crm_col18",
                N,
                "VARCHAR",
                g.col(g.pick(["OD2026", "SCHOOLVISIT", "FB-ADS", "RADIO-ALGOA"])),
                "decoy",
                OPAQUE,
            ),
            c("disability_notes", "free_text", "VARCHAR", g.sparse(disab, 0.85, _words("None")), NULLWORD),
            c("decision", N, "VARCHAR", g.col(g.pick(["Provisional offer", "Waitlist", "Regret", "Pending"])), "decoy"),
            c("decided_at", N, "TIMESTAMP", g.moments("2026-06-01", "2026-09-30", 0.3), "decoy"),
            c("campus_lat", N, "DOUBLE", g.floats(-34.01, -33.95, 5), "decoy", COORD),
            c("campus_lon", N, "DOUBLE", g.floats(25.60, 25.68, 5), "decoy", COORD),
            c("faculty", N, "VARCHAR", g.col(g.pick(["EBIT", "Law", "Health Sciences", "Education"])), "decoy"),
            c("application_channel", N, "VARCHAR", g.col(g.pick(["online", "online", "paper", "CAO kiosk"])), "decoy"),
        ],
    )


# -- English: India, Kenya --------------------------------------------------------------------------------------------


def in_tutoring_bookings(g: Gen) -> Table:
    """A Pune home-tutoring marketplace's session bookings with tutor payouts (camel case): the student, the parent's
    name, mobile and e-mail, the tutor, their mobile, PAN and masked Aadhaar (``partial``), UPI handle (a handle:
    ``unclassified``), IFSC (``none``), the home venue for home sessions (``premises``), locality and PIN code,
    payments, ratings, the join IP, ``misc_1`` (a second parent's e-mail) and ``misc_2`` (a promo code)."""
    tutors = [(v.person(g, "in")) for _ in range(60)]
    tut = [g.rnd.choice(tutors) for _ in range(g.rows)]
    tpan = {t: v.pan(g, t[1]) for t in tutors}
    home = [g.rnd.random() < 0.45 for _ in range(g.rows)]
    firm = v.pan(g, "Tutornest")
    firm = firm[:3] + "C" + firm[4:]
    gst = v.gstin(g, firm)

    def review() -> str:
        return g.rnd.choice(
            [
                "Very patient with Aarav",
                f"{v.given(g, 'in')} ma'am explained trigonometry well",
                "Came late twice",
                "Good",
                f"Please send {v.given(g, 'in')} sir again",
            ]
        )

    def upi(t: tuple[str, str]) -> str:
        bank = g.rnd.choice(["okaxis", "ybl", "okhdfcbank", "paytm"])
        return f"{v.plain(t[0])}{g.rnd.choice(['', '.'])}{v.plain(t[1])[:4]}@{bank}"

    return Table(
        "tutornest.sessionBookings",
        "en",
        "camel",
        [
            c("bookingId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c("bookingCode", N, "VARCHAR", g.col(lambda: g.code("TN-AAZ9999")), "decoy", SHAPE),
            c("studentName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "in")), CHILD),
            c(
                "studentClass",
                N,
                "VARCHAR",
                g.col(g.pick(["Class 8", "Class 9", "Class 10", "Class 11", "Class 12"])),
                "decoy",
            ),
            c("board", N, "VARCHAR", g.col(g.pick(["CBSE", "ICSE", "SSC", "HSC"])), "decoy"),
            c("parentName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "in")), ROLE),
            c("parentMobile", "phone", "VARCHAR", g.phones("IN", {"e164": 0.5, "digits": 0.3, "intl": 0.2}, 1.0)),
            c("parentEmail", "email", "VARCHAR", g.col(lambda: v.email(g, "in"), 0.1)),
            c("tutorName", "person_name", "VARCHAR", [f"{t[0]} {t[1]}" for t in tut], ROLE),
            c("tutorMobile", "phone", "VARCHAR", g.phones("IN", {"digits": 1.0}, 1.0)),
            c("tutorPan", "national_id", "VARCHAR", [tpan[t] for t in tut]),
            c("tutorAadhaarMasked", N, "VARCHAR", g.col(lambda: f"XXXX XXXX {g.digits(4)}"), "decoy", PARTIAL),
            c("tutorUpiId", USERNAME, "VARCHAR", [upi(t) for t in tut], USER),
            c(
                "tutorIfsc",
                N,
                "VARCHAR",
                g.col(lambda: g.rnd.choice(["HDFC", "ICIC", "SBIN", "UTIB"]) + "0" + g.digits(6)),
                "decoy",
                SHAPE,
            ),
            c("subject", N, "VARCHAR", g.col(g.pick(["Maths", "Physics", "Chemistry", "English", "Marathi"])), "decoy"),
            c("sessionMode", N, "VARCHAR", ["home" if h else "online" for h in home], "decoy"),
            c(
                "homeVenueAddress",
                "street_address",
                "VARCHAR",
                [v.street(g, "in") if h else None for h in home],
                PREMISES,
                HEAVY,
            ),
            c(
                "locality",
                "city",
                "VARCHAR",
                g.col(g.pick(["Kothrud", "Aundh", "Baner", "Hadapsar", "Wakad", "Erandwane"]), 0.1),
                LOCALITY,
            ),
            c("pincode", "postal_code", "VARCHAR", g.col(lambda: "4110" + g.digits(2), 0.1)),
            c("sessionStart", N, "TIMESTAMP", g.moments("2025-07-01", "2025-12-31"), "decoy"),
            c("durationMin", N, "INTEGER", g.col(g.pick([45, 60, 90])), "decoy"),
            c("feeInr", N, "INTEGER", g.ints(300, 1500), "decoy"),
            c("platformGstin", N, "VARCHAR", [gst] * g.rows, "business", CHECK),
            c("razorpayPaymentId", N, "VARCHAR", g.col(lambda: v.token(g, "pay_", 14)), "decoy", TOKEN),
            c("ratingComment", "free_text", "VARCHAR", g.sparse(review, 0.5, ("",))),
            c("ratingStars", N, "INTEGER", g.ints(1, 5, 0.3), "decoy"),
            c("joinIp", "ip_address", "VARCHAR", [None if h else g.ip(0.2) for h in home]),
            c("appVersion", N, "VARCHAR", g.col(g.version), "decoy", VERSION),
            c("misc_1", "email", "VARCHAR", g.col(lambda: v.email(g, "in"), 0.6), OPAQUE, HEAVY),
            c("misc_2", N, "VARCHAR", g.col(g.pick(["DIWALI25", "FIRSTFREE", "REF100"]), 0.4), "decoy", OPAQUE),
            c("tutorRatingAvg", N, "DOUBLE", g.floats(3.2, 5.0, 1), "decoy"),
            c(
                "cancelReason",
                N,
                "VARCHAR",
                g.col(g.pick(["tutor unavailable", "exam week", "rescheduled"]), 0.6),
                "decoy",
            ),
        ],
    )


def ke_school_fees_loans(g: Gen) -> Table:
    """A Nakuru microfinance bank's education loans to university and college students (Pascal case): the
    borrower's names, national ID number and KRA PIN, birth date, M-Pesa number and e-mail, the institution and
    admission number (``none``), county and sub-county (``none``), the postal address (a P.O. box: ``street_address``),
    postal code and town, a guarantor, amounts, M-Pesa receipts, the loan officer, ``Attr7`` (a parent's name) and
    ``Attr8`` (a product code)."""
    ppl = _people(g, "ke")
    places = [v.place(g, "ke") for _ in range(g.rows)]
    officers = _staff(g, 5, lambda x: v.whole(x, "ke"))
    return Table(
        "EduLoans.LoanApplications",
        "en",
        "pascal",
        [
            c("LoanApplicationId", N, "BIGINT", g.keys(88_001), "decoy", KEY),
            c("LoanNumber", N, "VARCHAR", g.col(lambda: g.code("EL/2025/99999")), "decoy", SHAPE),
            c("BorrowerFirstName", "first_name", "VARCHAR", [p[0] for p in ppl]),
            c(
                "BorrowerMiddleName",
                "first_name",
                "VARCHAR",
                [None if g.rnd.random() < 0.55 else v.given(g, "ke") for _ in ppl],
                HEAVY,
            ),
            c("BorrowerSurname", "last_name", "VARCHAR", [p[1] for p in ppl]),
            c("NationalIdNo", "national_id", "VARCHAR", g.col(lambda: str(g.rnd.randint(28_000_000, 41_999_999)))),
            c("KraPin", "national_id", "VARCHAR", g.col(lambda: v.ke_pin(g), 0.25)),
            c("DateOfBirth", "date_of_birth", "DATE", g.births(2000, 2007)),
            c("MpesaNumber", "phone", "VARCHAR", g.phones("KE", {"e164": 0.4, "digits": 0.6}, 1.0)),
            c("EmailAddress", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["ke"]) for p in ppl]),
            c(
                "Institution",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Egerton University",
                            "Kabarak University",
                            "JKUAT",
                            "Rift Valley Institute of Science and Technology",
                        ]
                    )
                ),
                "business",
            ),
            c("AdmissionNumber", N, "VARCHAR", g.col(lambda: g.code("AAA999-9999/2024")), "decoy", SHAPE),
            c("CourseCode", N, "VARCHAR", g.col(g.pick(["BSC-NURS", "BED-ARTS", "DIP-ELEC", "BCOM"])), "decoy"),
            c("YearOfStudy", N, "INTEGER", g.ints(1, 4), "decoy"),
            c("County", N, "VARCHAR", [p[1] for p in places], "decoy"),
            c("SubCounty", N, "VARCHAR", g.col(g.pick(["Naivasha", "Molo", "Njoro", "Gilgil", "Rongai"])), "decoy"),
            c("PostalAddress", "street_address", "VARCHAR", g.col(lambda: f"P.O. Box {g.rnd.randint(10, 9999)}", 0.3)),
            c("PostalCode", "postal_code", "VARCHAR", [v.postcode(g, "ke", p[2]) for p in places]),
            c("Town", "city", "VARCHAR", [p[0] for p in places]),
            c("GuarantorName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ke")), ROLE),
            c("GuarantorPhone", "phone", "VARCHAR", g.phones("KE", {"national": 1.0}, 1.0, 0.1)),
            c("AmountRequestedKes", N, "INTEGER", g.ints(15_000, 120_000), "decoy"),
            c("AmountApprovedKes", N, "INTEGER", g.ints(10_000, 100_000, 0.2), "decoy"),
            c("MpesaReceiptNo", N, "VARCHAR", g.col(lambda: g.code("TAZZZZZZZZ"), 0.2), "decoy", SHAPE),
            c("DisbursedAt", N, "TIMESTAMP", g.moments("2025-01-05", "2025-11-30", 0.2), "decoy"),
            c("RepaymentStart", N, "DATE", g.days("2026-01-01", "2029-12-31"), "decoy"),
            c("LoanOfficer", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
            c("Attr7", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ke"), 0.3), OPAQUE),
            c("Attr8", N, "VARCHAR", g.col(g.pick(["EDU-STD", "EDU-TVET", "EDU-PG"])), "decoy", OPAQUE),
            c("CreditScore", N, "INTEGER", g.ints(300, 850, 0.1), "decoy"),
            c("RepaymentPeriodMonths", N, "INTEGER", g.col(g.pick([12, 24, 36, 48])), "decoy"),
            c("InterestRatePct", N, "DECIMAL(4,2)", g.floats(8, 16, 2), "decoy"),
        ],
    )


# -- German, French, Spanish, Italian, Dutch, Polish, Russian ----------------------------------------------------------


def de_vhs_kurse(g: Gen) -> Table:
    """A Breisgau adult-education centre's (Volkshochschule) evening-class registrations (German, snake case with
    ``tn_`` for Teilnehmer): course numbers and titles, the course leader, the participant, the SEPA IBAN and account
    holder, the VHS creditor id (``none``), fees and reductions, remarks, the clerk's login, ``feld1`` (a waiting-list
    flag) and ``feld2`` (an emergency phone)."""
    ppl = _people(g, "de")
    places = [v.place(g, "de") for _ in range(g.rows)]
    leaders = _staff(g, 7, lambda x: v.whole(x, "de"))
    clerks = _logins(g, 3, "de", 0)
    courses = [
        "Italienisch A2 abends",
        "Töpfern für Berufstätige",
        "Excel Grundlagen",
        "Yoga am Feierabend",
        "Deutsch B1 Integrationskurs",
        "Fotografie Einsteiger",
    ]

    def note() -> str:
        return g.rnd.choice(
            [
                f"Zusammen mit {v.whole(g, 'de')} anmelden",
                "Rollstuhl, bitte Raum EG",
                "Bildungszeit beantragt",
                f"Rechnung an Ehemann {v.given(g, 'de')}",
            ]
        )

    return Table(
        "vhs_anmeldung.kursbelegung",
        "de",
        "snake",
        [
            c("belegung_id", N, "BIGINT", g.keys(500_001), "decoy", KEY),
            c("kursnummer", N, "VARCHAR", g.col(lambda: g.code("261-99999")), "decoy", SHAPE),
            c("kurstitel", N, "VARCHAR", g.col(g.pick(courses)), "decoy"),
            c("kursleitung", "person_name", "VARCHAR", g.col(g.pick(leaders)), STAFF),
            c("raum", N, "VARCHAR", g.col(g.pick(["R 104", "R 210", "Werkraum", "Aula"])), "decoy"),
            c("tn_vorname", "first_name", "VARCHAR", [p[0] for p in ppl], ABBREV),
            c("tn_nachname", "last_name", "VARCHAR", [p[1] for p in ppl], ABBREV),
            c(
                "geburtsdatum",
                "date_of_birth",
                "DATE",
                [g.birth(1948, 2006) if g.rnd.random() < 0.6 else None for _ in ppl],
            ),
            c("strasse", "street_address", "VARCHAR", g.col(lambda: v.street(g, "de"))),
            c("plz", "postal_code", "VARCHAR", [v.postcode(g, "de", p[2]) for p in places], ABBREV),
            c("ort", "city", "VARCHAR", [p[0] for p in places]),
            c("telefon", "phone", "VARCHAR", g.phones("DE", {"national": 0.7, "intl": 0.3}, 0.6, 0.2)),
            c("email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["de"]) for p in ppl]),
            c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DE", g.rnd.random() < 0.5), 0.35)),
            c("kontoinhaber", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "de"), 0.65), HEAVY, ROLE),
            c("mandatsreferenz", N, "VARCHAR", g.col(lambda: g.code("VHS-M-999999"), 0.35), "decoy", SHAPE),
            c("glaeubiger_id", N, "VARCHAR", ["DE71ZZZ00000412345"] * g.rows, "business", SHAPE),
            c("entgelt_eur", N, "DECIMAL(7,2)", g.amounts(24, 260), "decoy"),
            c(
                "ermaessigung",
                N,
                "VARCHAR",
                g.col(g.pick(["keine", "Schüler/Studierende", "Bürgergeld", "Ehrenamtskarte"])),
                "decoy",
            ),
            c("anmeldeweg", N, "VARCHAR", g.col(g.pick(["online", "online", "Telefon", "Geschäftsstelle"])), "decoy"),
            c("angemeldet_am", N, "TIMESTAMP", g.moments("2025-12-01", "2026-02-28"), "decoy"),
            c("bemerkung", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("keine", "k. A.")), NULLWORD),
            c("bearbeiter", USERNAME, "VARCHAR", g.col(g.pick(clerks), 0.4), USER, AUDIT),
            c("feld1", N, "VARCHAR", g.col(g.pick(["WL", "OK", "OK", "OK"])), "decoy", OPAQUE),
            c("feld2", "phone", "VARCHAR", g.phones("DE", {"national": 1.0}, 1.0, 0.4), OPAQUE),
            c("zertifikat_nr", N, "VARCHAR", g.col(lambda: g.code("telc 999999"), 0.75), "decoy", SHAPE),
            c("warteliste_pos", N, "INTEGER", g.ints(1, 15, 0.8), "decoy"),
            c("kurs_lat", N, "DOUBLE", g.floats(47.98, 48.02, 5), "decoy", COORD),
            c("kursbeginn", N, "DATE", g.days("2026-02-23", "2026-04-20"), "decoy"),
            c("unterrichtseinheiten", N, "INTEGER", g.col(g.pick([8, 10, 12, 20, 30])), "decoy"),
        ],
    )


def fr_cantine_paiements(g: Gen) -> Table:
    """An Ille-et-Vilaine commune's family portal for school canteen payments (French, camel case): invoices, the
    responsible parent's and the child's names, the child's birth date, school and class (``none``), diet and PAI
    notes (``free_text``), quotient familial, meals and amounts, the direct-debit IBAN, the card's last four digits,
    the billing address, mobile, e-mail and IP, the commune's SIRET, the cashier's login, ``champLibre1`` (``none``)
    and ``champLibre2`` (a person allowed to collect the child)."""
    fam = _people(g, "fr")
    kids = [(v.given(g, "fr"), f[1]) for f in fam]
    places = [v.place(g, "fr") for _ in range(g.rows)]
    agents = _logins(g, 3, "fr", 1)
    siret = v.siret(g)

    def pai() -> str:
        return g.rnd.choice(
            [
                "PAI allergie arachide, trousse au bureau",
                f"Suivi Dr {v.family(g, 'fr')} (asthme)",
                "Sans gluten (certificat médical)",
                f"Récupéré par sa tante {v.whole(g, 'fr')}",
            ]
        )

    return Table(
        "portailFamille.paiementsCantine",
        "fr",
        "camel",
        [
            c("idPaiement", N, "BIGINT", g.keys(1), "decoy", KEY),
            c("numeroFacture", N, "VARCHAR", g.col(lambda: g.code("FAC-2025-99-99999")), "decoy", SHAPE),
            c("idFamille", N, "INTEGER", g.ints(1, 2_400), "decoy", KEY),
            c("nomResponsable", "last_name", "VARCHAR", [f[1] for f in fam]),
            c("prenomResponsable", "first_name", "VARCHAR", [f[0] for f in fam]),
            c("nomEnfant", "last_name", "VARCHAR", [k[1] for k in kids], CHILD),
            c("prenomEnfant", "first_name", "VARCHAR", [k[0] for k in kids], CHILD),
            c("dateNaissanceEnfant", "date_of_birth", "DATE", g.births(2014, 2022), CHILD),
            c(
                "ecole",
                N,
                "VARCHAR",
                g.col(g.pick(["École Bourgchevreuil", "École de l'Orgerais", "École Beausoleil"])),
                "business",
            ),
            c("classe", N, "VARCHAR", g.col(g.pick(["PS", "MS", "GS", "CP", "CE1", "CE2", "CM1", "CM2"])), "decoy"),
            c(
                "regimeAlimentaire",
                N,
                "VARCHAR",
                g.col(g.pick(["standard", "sans porc", "végétarien", "standard"])),
                "decoy",
            ),
            c("notesPai", "free_text", "VARCHAR", g.sparse(pai, 0.85, _words("néant", "aucun")), NULLWORD),
            c("quotientFamilial", N, "INTEGER", g.ints(300, 2_500), "decoy"),
            c("tranche", N, "VARCHAR", g.col(g.pick(["T1", "T2", "T3", "T4", "T5"])), "decoy"),
            c("nbRepas", N, "INTEGER", g.ints(4, 19), "decoy"),
            c("montantEur", N, "DECIMAL(7,2)", g.amounts(4, 95), "decoy"),
            c(
                "modePaiement",
                N,
                "VARCHAR",
                g.col(g.pick(["prélèvement", "CB en ligne", "chèque", "espèces"])),
                "decoy",
            ),
            c("ibanPrelevement", "iban", "VARCHAR", g.col(lambda: v.iban(g, "FR", True), 0.55), HEAVY),
            c("carteDerniers4", N, "VARCHAR", g.col(lambda: v.card_last4(g), 0.7), "decoy", PARTIAL),
            c("adresseFacturation", "street_address", "VARCHAR", g.col(lambda: v.street(g, "fr"))),
            c("codePostal", "postal_code", "VARCHAR", [v.postcode(g, "fr", p[2]) for p in places]),
            c("commune", "city", "VARCHAR", [p[0] for p in places]),
            c("telPortable", "phone", "VARCHAR", g.phones("FR", {"national": 0.8, "e164": 0.2}, 1.0, 0.05)),
            c("courriel", "email", "VARCHAR", [v.email_of(g, f[0], f[1], v.DOMAINS["fr"]) for f in fam]),
            c("ipConnexion", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.4), 0.3)),
            c("siretCommune", N, "VARCHAR", [siret] * g.rows, "business", CHECK),
            c("payeLe", N, "TIMESTAMP", g.moments("2025-09-05", "2025-12-20"), "decoy"),
            c("agentRegie", USERNAME, "VARCHAR", g.col(g.pick(agents), 0.5), USER, AUDIT),
            c("champLibre1", N, "VARCHAR", g.col(g.pick(["ALSH mercredi", "garderie matin", ""])), "decoy", OPAQUE),
            c("champLibre2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "fr"), 0.45), OPAQUE, ROLE),
            c("periodeFacturation", N, "VARCHAR", g.col(g.pick(["2025-09", "2025-10", "2025-11", "2025-12"])), "decoy"),
            c(
                "statutFacture",
                N,
                "VARCHAR",
                g.col(g.pick(["payée", "payée", "en attente", "rejet prélèvement"])),
                "decoy",
            ),
        ],
    )


def es_becas(g: Gen) -> Table:
    """An Aragonese university's own study-grant (beca) applications (Spanish, snake case): the applicant's given
    name and two family names, DNI or NIE, birth date, the family home, mobile and e-mail, the degree and average
    mark, family income, the household as JSON (names and DNIs: ``free_text``), the IBAN and its holder, the grant
    handler, the university's CIF (``none``), remarks, ``campo_libre_1`` (``none``) and ``campo_libre_2`` (a legal
    guardian's e-mail)."""
    ppl = _people(g, "es")
    places = [v.place(g, "es") for _ in range(g.rows)]
    handlers = _staff(g, 4, lambda x: f"{v.given(x, 'es')} {v.family(x, 'es')} {v.family(x, 'es')}")
    cif = v.cif(g)

    def household() -> str:
        members = [
            {
                "parentesco": g.rnd.choice(["padre", "madre", "hermano", "hermana"]),
                "nombre": v.whole(g, "es"),
                "dni": v.dni(g) if g.rnd.random() < 0.7 else None,
            }
            for _ in range(g.rnd.randint(1, 4))
        ]
        return json.dumps(members, ensure_ascii=False)

    def obs() -> str:
        return g.rnd.choice(
            [
                "Falta certificado de empadronamiento",
                f"Hermana {v.given(g, 'es')} también solicita",
                "Familia numerosa general",
                f"Llamó su madre, {v.whole(g, 'es')}",
            ]
        )

    return Table(
        "becas_propias.solicitudes",
        "es",
        "snake",
        [
            c("id_solicitud", N, "INTEGER", g.keys(1), "decoy", KEY),
            c("num_expediente", N, "VARCHAR", g.col(lambda: g.code("BEC-25/99999")), "decoy", SHAPE),
            c("convocatoria", N, "VARCHAR", ["2025/26"] * g.rows, "decoy"),
            c("nombre", "first_name", "VARCHAR", [p[0] for p in ppl]),
            c("primer_apellido", "last_name", "VARCHAR", [p[1] for p in ppl]),
            c("segundo_apellido", "last_name", "VARCHAR", [v.family(g, "es") for _ in ppl]),
            c("nif_nie", "national_id", "VARCHAR", [v.dni(g) if g.rnd.random() < 0.85 else v.nie(g) for _ in ppl]),
            c("fecha_nacimiento", "date_of_birth", "DATE", g.births(1998, 2007)),
            c("sexo", N, "VARCHAR", [("M" if p[2] else "H") for p in ppl], "decoy"),
            c("domicilio_familiar", "street_address", "VARCHAR", g.col(lambda: v.street(g, "es"))),
            c("cod_postal", "postal_code", "VARCHAR", [v.postcode(g, "es", p[2]) for p in places], ABBREV),
            c("municipio", "city", "VARCHAR", [p[0] for p in places]),
            c("provincia", N, "VARCHAR", [p[1] for p in places], "decoy"),
            c("telefono_movil", "phone", "VARCHAR", g.phones("ES", {"national": 0.7, "intl": 0.3}, 1.0)),
            c("correo_e", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["es"]) for p in ppl], ABBREV),
            c(
                "titulacion",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Grado en Veterinaria",
                            "Grado en Magisterio",
                            "Grado en ADE",
                            "Grado en Ingeniería Informática",
                        ]
                    )
                ),
                "decoy",
            ),
            c("nota_media", N, "DECIMAL(4,2)", g.floats(5, 10, 2), "decoy"),
            c("renta_familiar_eur", N, "INTEGER", g.ints(6_000, 60_000), "decoy"),
            c("unidad_familiar_json", "free_text", "VARCHAR", g.col(household, 0.15), JSON),
            c("num_miembros", N, "INTEGER", g.ints(1, 6), "decoy"),
            c("iban_abono", "iban", "VARCHAR", g.col(lambda: v.iban(g, "ES", g.rnd.random() < 0.5), 0.1)),
            c("titular_cuenta", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "es"), 0.1), ROLE),
            c(
                "importe_concedido",
                N,
                "DECIMAL(8,2)",
                [None if g.rnd.random() < 0.4 else round(g.rnd.uniform(300, 3000), 2) for _ in ppl],
                "decoy",
            ),
            c("estado", N, "VARCHAR", g.col(g.pick(["concedida", "denegada", "en trámite", "concedida"])), "decoy"),
            c(
                "motivo_denegacion",
                N,
                "VARCHAR",
                g.col(g.pick(["Supera umbral de renta", "Rendimiento insuficiente"]), 0.6),
                "decoy",
            ),
            c("tramitador", "person_name", "VARCHAR", g.col(g.pick(handlers)), STAFF),
            c("cif_universidad", N, "VARCHAR", [cif] * g.rows, "business", CHECK),
            c("registro_entrada", N, "VARCHAR", g.col(lambda: g.code("RE-2025-E-99999999")), "decoy", SHAPE),
            c("observaciones", "free_text", "VARCHAR", g.sparse(obs, 0.75, _words("ninguna")), NULLWORD),
            c(
                "campo_libre_1",
                N,
                "VARCHAR",
                g.col(g.pick(["RESIDENCIA", "DESPLAZADO", "", "MATRICULA"])),
                "decoy",
                OPAQUE,
            ),
            c("campo_libre_2", "email", "VARCHAR", g.col(lambda: v.email(g, "es"), 0.7), OPAQUE, HEAVY),
            c(
                "rama_conocimiento",
                N,
                "VARCHAR",
                g.col(g.pick(["Ciencias", "Ingeniería y Arquitectura", "Salud"])),
                "decoy",
            ),
        ],
    )


def it_nido_graduatoria(g: Gen) -> Table:
    """A Brescia-area comune's municipal nursery (asilo nido) waiting list (Italian, snake case): the child's names,
    codice fiscale (encoding the name, birth date and comune) and birth date, the applying parent's names, codice
    fiscale, phone, e-mail and PEC, the residence, the chosen nurseries (``none``), ISEE, points and rank, social
    services' notes, the case officer, the operator's VAT number (``none``) and ``code`` (the other parent's codice
    fiscale)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "it", female)
        born = g.day("2024-01-01", "2025-12-31")
        town = g.rnd.choice(list(v.IT_COMUNI))
        rows.append((a, b, born, v.codice_fiscale(a, b, born, female, v.IT_COMUNI[town])))
    parents = []
    for r in rows:
        female = g.rnd.random() < 0.6
        a = v.person(g, "it", female)[0]
        born = g.birth(1980, 1999)
        parents.append((a, r[1], v.codice_fiscale(a, r[1], born, female, g.rnd.choice(list(v.IT_COMUNI.values())))))

    def other_cf() -> str:
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "it", female)
        return v.codice_fiscale(a, b, g.birth(1978, 1999), female, g.rnd.choice(list(v.IT_COMUNI.values())))

    places = [v.place(g, "it") for _ in range(g.rows)]
    officers = _staff(g, 3, lambda x: f"{v.family(x, 'it')} {v.given(x, 'it')}")
    piva = v.partita_iva(g)

    def note() -> str:
        return g.rnd.choice(
            [
                "Nucleo seguito dai servizi sociali",
                f"Nonna {v.whole(g, 'it')} convivente invalida",
                "Genitore solo",
                f"Segnalazione della pediatra dott.ssa {v.family(g, 'it')}",
            ]
        )

    return Table(
        "servizi_infanzia.graduatoria_nido",
        "it",
        "snake",
        [
            c("id_domanda", N, "INTEGER", g.keys(1), "decoy", KEY),
            c("protocollo", N, "VARCHAR", g.col(lambda: g.code("PG/2026/0999999")), "decoy", SHAPE),
            c("cognome_bambino", "last_name", "VARCHAR", [r[1] for r in rows], CHILD),
            c("nome_bambino", "first_name", "VARCHAR", [r[0] for r in rows], CHILD),
            c("cf_bambino", "national_id", "VARCHAR", [r[3] for r in rows], CHILD, ABBREV),
            c("data_nascita", "date_of_birth", "DATE", [r[2] for r in rows], CHILD),
            c("cognome_richiedente", "last_name", "VARCHAR", [p[1] for p in parents], ROLE),
            c("nome_richiedente", "first_name", "VARCHAR", [p[0] for p in parents], ROLE),
            c("cf_richiedente", "national_id", "VARCHAR", [p[2] for p in parents], ABBREV),
            c("telefono", "phone", "VARCHAR", g.phones("IT", {"national": 0.7, "intl": 0.3}, 0.9)),
            c("email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["it"]) for p in parents]),
            c(
                "pec",
                "email",
                "VARCHAR",
                [None if g.rnd.random() < 0.8 else f"{v.plain(p[0])}.{v.plain(p[1])}@pec.it" for p in parents],
                HEAVY,
            ),
            c("indirizzo_residenza", "street_address", "VARCHAR", g.col(lambda: v.street(g, "it"))),
            c("cap", "postal_code", "VARCHAR", [v.postcode(g, "it", p[2]) for p in places], ABBREV),
            c("comune_residenza", "city", "VARCHAR", [p[0] for p in places]),
            c("provincia", N, "VARCHAR", [p[1] for p in places], "decoy"),
            c(
                "nido_prima_scelta",
                N,
                "VARCHAR",
                g.col(g.pick(["Nido Il Girasole", "Nido Arcobaleno", "Nido Lo Scoiattolo"])),
                "business",
            ),
            c(
                "nido_seconda_scelta",
                N,
                "VARCHAR",
                g.col(g.pick(["Nido Il Girasole", "Nido Arcobaleno"]), 0.3),
                "business",
            ),
            c("isee_eur", N, "DECIMAL(9,2)", g.amounts(3_000, 60_000), "decoy"),
            c("punteggio", N, "INTEGER", g.ints(0, 60), "decoy"),
            c("posizione_graduatoria", N, "INTEGER", g.keys(1), "decoy"),
            c("entrambi_lavoratori", N, "BOOLEAN", g.yn(True, False, 0.7), "decoy"),
            c("fratelli_iscritti", N, "INTEGER", g.ints(0, 2), "decoy"),
            c("note_servizi_sociali", "free_text", "VARCHAR", g.sparse(note, 0.85, _words("nessuna")), NULLWORD),
            c("istruttore", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
            c("piva_gestore", N, "VARCHAR", [piva] * g.rows, "business", CHECK),
            c("data_presentazione", N, "TIMESTAMP", g.moments("2026-03-01", "2026-04-15"), "decoy"),
            c("code", "national_id", "VARCHAR", g.col(other_cf, 0.3), MISLEADING),
            c("anno_educativo", N, "VARCHAR", ["2026/27"] * g.rows, "decoy"),
            c("fascia_eta", N, "VARCHAR", g.col(g.pick(["lattanti", "semidivezzi", "divezzi"])), "decoy"),
            c("tempo_frequenza", N, "VARCHAR", g.col(g.pick(["tempo pieno", "part-time mattina"])), "decoy"),
        ],
    )


def nl_leerlingenvervoer(g: Gen) -> Table:
    """A Tilburg-area municipality's pupil transport to special schools (Dutch, Pascal case): the pupil's names with
    ``Tussenvoegsel``, birth date, BSN and (for pupils without one) the onderwijsnummer, the pick-up address (the
    home: ``premises``), the school and its BRIN code (``none``), routes, the taxi firm and its VAT number
    (``none``), drivers, escorts, the parent, medical notes and the municipal decision number."""
    ppl = _people(g, "nl")
    tv = [
        p[1].split(" ")[0] + (" " + p[1].split(" ")[1] if p[1].startswith("van d") else "") if p[1][0].islower() else ""
        for p in ppl
    ]
    ach = [p[1][len(t) :].strip() if t else p[1] for p, t in zip(ppl, tv)]
    places = [v.place(g, "nl") for _ in range(g.rows)]
    schools = [("SO De Widdonck", None), ("VSO Het Driespan", None), ("SBO De Bolster", None)]
    brins = {s[0]: v.brin(g) for s in schools}
    sch = [g.rnd.choice(schools)[0] for _ in range(g.rows)]
    drivers = _staff(g, 6, lambda x: f"{v.given(x, 'nl')} {v.family(x, 'nl')}")
    btw = v.nl_btw(g)
    no_bsn = [g.rnd.random() < 0.1 for _ in range(g.rows)]

    def medisch() -> str:
        return g.rnd.choice(
            [
                "Epilepsie, noodmedicatie in tas",
                f"Bij aanval moeder bellen ({v.given(g, 'nl')})",
                "Autisme: vaste chauffeur",
                "Rolstoel, gordel vast",
            ]
        )

    return Table(
        "Leerlingenvervoer.RittenLeerlingen",
        "nl",
        "pascal",
        [
            c("LeerlingId", N, "INTEGER", g.keys(1), "decoy", KEY),
            c("Voornaam", "first_name", "VARCHAR", [p[0] for p in ppl], CHILD),
            c("Tussenvoegsel", "last_name", "VARCHAR", tv, CHILD),
            c("Achternaam", "last_name", "VARCHAR", ach, CHILD),
            c("Geboortedatum", "date_of_birth", "DATE", g.births(2010, 2021), CHILD),
            c("Bsn", "national_id", "VARCHAR", [None if n else v.bsn(g) for n in no_bsn], CHILD),
            c(
                "Onderwijsnummer",
                "national_id",
                "VARCHAR",
                [v.onderwijsnummer(g) if n or g.rnd.random() < 0.1 else None for n in no_bsn],
                CHILD,
                HEAVY,
            ),
            c("OphaalAdres", "street_address", "VARCHAR", g.col(lambda: v.street(g, "nl")), PREMISES),
            c("Postcode", "postal_code", "VARCHAR", [v.postcode(g, "nl", p[2]) for p in places], PREMISES),
            c("Woonplaats", "city", "VARCHAR", [p[0] for p in places]),
            c("School", N, "VARCHAR", sch, "business"),
            c("SchoolBrin", N, "VARCHAR", [brins[s] for s in sch], "business", CHECK),
            c("Route", N, "VARCHAR", g.col(lambda: f"R-{g.rnd.randint(1, 24):02d}"), "decoy"),
            c("Vervoerder", N, "VARCHAR", g.col(g.pick(["Taxi Brabant Zorgvervoer BV"])), "business"),
            c("VervoerderBtw", N, "VARCHAR", [btw] * g.rows, "business", CHECK),
            c("Chauffeur", "person_name", "VARCHAR", g.col(g.pick(drivers)), STAFF),
            c("Begeleider", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nl"), 0.75), HEAVY, ROLE),
            c("OuderNaam", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nl")), ROLE),
            c("OuderTelefoon", "phone", "VARCHAR", g.phones("NL", {"national": 0.7, "e164": 0.3}, 0.9)),
            c("OuderEmail", "email", "VARCHAR", g.col(lambda: v.email(g, "nl"), 0.1)),
            c("Rolstoel", N, "BOOLEAN", g.yn(True, False, 0.15), "decoy"),
            c("Medisch", "free_text", "VARCHAR", g.sparse(medisch, 0.8, _words("geen")), NULLWORD),
            c("OphaalTijd", N, "VARCHAR", g.col(lambda: f"07:{g.rnd.randint(0, 59):02d}"), "decoy"),
            c("BeschikkingNr", N, "VARCHAR", g.col(lambda: g.code("LLV-2025-99999")), "decoy", SHAPE),
            c("IngangsDatum", N, "DATE", g.days("2025-08-18", "2025-12-01"), "decoy"),
            c("SchoolLat", N, "DOUBLE", g.floats(51.54, 51.58, 5), "decoy", COORD),
            c("SchoolLon", N, "DOUBLE", g.floats(5.03, 5.10, 5), "decoy", COORD),
            c("GewijzigdDoor", USERNAME, "VARCHAR", g.col(g.pick(_logins(g, 3, "nl", 0))), USER, AUDIT),
            c("Voertuigtype", N, "VARCHAR", g.col(g.pick(["taxibus", "rolstoelbus", "personenauto"])), "decoy"),
            c("KmEnkeleReis", N, "DOUBLE", g.floats(2, 38, 1), "decoy"),
            c("Schooljaar", N, "VARCHAR", ["2025-2026"] * g.rows, "decoy"),
        ],
    )


def pl_poradnia_ipet(g: Gen) -> Table:
    """A Poznań psychological-pedagogical counselling centre's special-needs support plans (IPET) and rulings
    (Polish, snake case): the pupil's names, PESEL (encoding the birth date and sex), birth date and birthplace, the
    school and its REGON (``none``), the kind of need (``none``), recommendations naming specialists (``free_text``),
    both parents, the home, the specialist, the centre's NIP, document versions and hashes, ``pole_1`` (``none``) and
    ``pole_2`` (a second parent's phone)."""
    ppl = _people(g, "pl")
    births = [g.birth(2010, 2020) for _ in ppl]
    places = [v.place(g, "pl") for _ in range(g.rows)]
    specs = _staff(g, 5, lambda x: f"mgr {v.whole(x, 'pl')}")
    regon = v.regon(g)
    nip = v.nip(g)

    def zal() -> str:
        return g.rnd.choice(
            [
                "Zajęcia rewalidacyjne 2 h tygodniowo",
                f"Konsultacja z logopedą ({v.whole(g, 'pl')})",
                "Wydłużony czas pracy na sprawdzianach",
                f"Kontakt z matką, p. {v.whole(g, 'pl')}",
            ]
        )

    return Table(
        "poradnia_pp.plany_ipet",
        "pl",
        "snake",
        [
            c("id_planu", N, "INTEGER", g.keys(1), "decoy", KEY),
            c("nr_orzeczenia", N, "VARCHAR", g.col(lambda: g.code("PPP-3.4321.999.2025")), "decoy", SHAPE),
            c("imie_ucznia", "first_name", "VARCHAR", [p[0] for p in ppl], CHILD),
            c(
                "drugie_imie",
                "first_name",
                "VARCHAR",
                [None if g.rnd.random() < 0.55 else v.given(g, "pl") for _ in ppl],
                CHILD,
                HEAVY,
            ),
            c("nazwisko_ucznia", "last_name", "VARCHAR", [p[1] for p in ppl], CHILD),
            c("pesel", "national_id", "VARCHAR", [v.pesel(g, b, p[2]) for p, b in zip(ppl, births)], CHILD),
            c("data_urodzenia", "date_of_birth", "DATE", births, CHILD),
            c("miejsce_urodzenia", "city", "VARCHAR", g.col(g.pick(["Poznań", "Gniezno", "Leszno", "Konin", "Piła"]))),
            c(
                "szkola",
                N,
                "VARCHAR",
                g.col(g.pick(["Szkoła Podstawowa nr 42", "SP nr 7 w Swarzędzu", "Zespół Szkół w Mosinie"])),
                "business",
            ),
            c("klasa", N, "VARCHAR", g.col(g.pick(["1a", "2b", "3c", "4a", "5b", "6a", "7c", "8b"])), "decoy"),
            c("regon_szkoly", N, "VARCHAR", [regon] * g.rows, "business", CHECK),
            c(
                "rodzaj_potrzeb",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "niepełnosprawność ruchowa",
                            "autyzm",
                            "słabowidzenie",
                            "niesłyszenie",
                            "niepełnosprawność intelektualna lekka",
                        ]
                    )
                ),
                "decoy",
            ),
            c("zalecenia", "free_text", "VARCHAR", g.col(zal, 0.1)),
            c(
                "matka",
                "person_name",
                "VARCHAR",
                [f"{v.given(g, 'pl')} {v.person(g, 'pl', True)[1]}" for _ in ppl],
                ROLE,
            ),
            c("ojciec", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "pl"), 0.35), ROLE),
            c("telefon_rodzica", "phone", "VARCHAR", g.phones("PL", {"national": 0.7, "intl": 0.3}, 1.0)),
            c("adres_zamieszkania", "street_address", "VARCHAR", g.col(lambda: v.street(g, "pl"))),
            c("kod_pocztowy", "postal_code", "VARCHAR", [v.postcode(g, "pl", p[2]) for p in places]),
            c("miejscowosc", "city", "VARCHAR", [p[0] for p in places]),
            c("wojewodztwo", N, "VARCHAR", [p[1] for p in places], "decoy"),
            c("specjalista", "person_name", "VARCHAR", g.col(g.pick(specs)), STAFF),
            c("godziny_rewalidacji", N, "INTEGER", g.ints(0, 4), "decoy"),
            c("data_posiedzenia", N, "DATE", g.days("2025-03-01", "2025-11-30"), "decoy"),
            c("data_ewaluacji", N, "DATE", g.days("2026-01-15", "2026-06-15"), "decoy"),
            c("nip_poradni", N, "VARCHAR", [nip] * g.rows, "business", CHECK),
            c("wersja_dokumentu", N, "VARCHAR", g.col(g.version), "decoy", VERSION),
            c("skrot_pdf", N, "VARCHAR", g.col(g.sha256), "decoy", HASHED),
            c("pole_1", N, "VARCHAR", g.col(g.pick(["IPET", "WOPFU", "IPET"])), "decoy", OPAQUE),
            c("pole_2", "phone", "VARCHAR", g.phones("PL", {"national": 1.0}, 1.0, 0.45), OPAQUE),
            c("rok_szkolny", N, "VARCHAR", ["2025/2026"] * g.rows, "decoy"),
            c("typ_dokumentu", N, "VARCHAR", g.col(g.pick(["orzeczenie", "opinia", "IPET"])), "decoy"),
        ],
    )


def ru_yazykovaya_shkola(g: Gen) -> Table:
    """A Kazan language school's students and contracts (Russian, Cyrillic snake case): names with the patronymic,
    birth date, SNILS (``ssn``), personal INN and passport (``national_id``, for the education tax deduction), phone,
    e-mail, address, postcode and city, language, level and group (``none``), teachers, fees, the payer (a parent),
    the school's INN and OGRN (``none``), remarks, the manager's login, ``доп_поле_1`` (``none``) and ``доп_поле_2``
    (the payer's birth date)."""
    ppl = _people(g, "ru")
    places = [v.place(g, "ru") for _ in range(g.rows)]
    teachers = _staff(g, 7, lambda x: f"{v.family(x, 'ru')} {v.given(x, 'ru')[0]}. {x.rnd.choice('АИМРС')}.")
    managers = _logins(g, 3, "ru", 4)
    inn_school, ogrn_school = v.inn_company(g), v.ogrn(g)

    def note() -> str:
        return g.rnd.choice(
            [
                "Скидка 10% (второй ребёнок)",
                f"Оплачивает бабушка, {v.whole(g, 'ru')}",
                "Перевод из группы EN-A2",
                f"Забирает отец {v.given(g, 'ru')}",
            ]
        )

    return Table(
        "языковая_школа.слушатели",
        "ru",
        "native",
        [
            c("ид", N, "INTEGER", g.keys(1), "decoy", KEY),
            c("номер_договора", N, "VARCHAR", g.col(lambda: g.code("ЯШ-2025/9999")), "decoy", SHAPE),
            c("фамилия", "last_name", "VARCHAR", [p[1] for p in ppl]),
            c("имя", "first_name", "VARCHAR", [p[0] for p in ppl]),
            c("отчество", "person_name", "VARCHAR", [v.patronymic(g, p[2]) for p in ppl]),
            c("дата_рождения", "date_of_birth", "DATE", g.births(1975, 2016)),
            c("снилс", "ssn", "VARCHAR", g.col(lambda: v.snils(g), 0.3)),
            c("инн", "national_id", "VARCHAR", g.col(lambda: v.inn_personal(g), 0.45)),
            c("паспорт", "national_id", "VARCHAR", g.col(lambda: f"92{g.digits(2)} {g.digits(6)}", 0.4)),
            c("телефон", "phone", "VARCHAR", g.phones("RU", {"national": 0.6, "e164": 0.4}, 1.0)),
            c("эл_почта", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["ru"]) for p in ppl]),
            c("адрес", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ru"), 0.2)),
            c("индекс", "postal_code", "VARCHAR", [v.postcode(g, "ru", p[2]) for p in places]),
            c("город", "city", "VARCHAR", [p[0] for p in places]),
            c("язык", N, "VARCHAR", g.col(g.pick(["английский", "китайский", "немецкий", "турецкий"])), "decoy"),
            c("уровень", N, "VARCHAR", g.col(g.pick(["A1", "A2", "B1", "B2", "C1"])), "decoy"),
            c(
                "группа",
                N,
                "VARCHAR",
                g.col(
                    lambda: (
                        f"{g.rnd.choice(['EN', 'ZH', 'DE'])}-{g.rnd.choice(['A2', 'B1'])}-вечер-{g.rnd.randint(1, 6)}"
                    )
                ),
                "decoy",
            ),
            c("преподаватель", "person_name", "VARCHAR", g.col(g.pick(teachers)), STAFF),
            c("стоимость_руб", N, "INTEGER", g.ints(4_000, 16_000), "decoy"),
            c("дата_оплаты", N, "DATE", g.days("2025-09-01", "2025-12-25", 0.1), "decoy"),
            c("плательщик", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ru"), 0.6), ROLE, HEAVY),
            c("инн_школы", N, "VARCHAR", [inn_school] * g.rows, "business", CHECK),
            c("огрн_школы", N, "VARCHAR", [ogrn_school] * g.rows, "business", CHECK),
            c("примечание", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("нет")), NULLWORD),
            c("менеджер", USERNAME, "VARCHAR", g.col(g.pick(managers)), USER, AUDIT),
            c("доп_поле_1", N, "VARCHAR", g.col(g.pick(["онлайн", "очно", "очно"])), "decoy", OPAQUE),
            c(
                "доп_поле_2",
                "date_of_birth",
                "DATE",
                [None if g.rnd.random() < 0.6 else g.birth(1960, 1995) for _ in ppl],
                OPAQUE,
                HEAVY,
            ),
            c("создано", N, "TIMESTAMP", g.moments("2025-08-15", "2025-10-15"), "decoy"),
            c("форма_обучения", N, "VARCHAR", g.col(g.pick(["групповая", "индивидуальная", "мини-группа"])), "decoy"),
            c("источник", N, "VARCHAR", g.col(g.pick(["2ГИС", "сайт", "рекомендация", "ВКонтакте"])), "decoy"),
            c("версия_анкеты", N, "VARCHAR", g.col(g.version), "decoy", VERSION),
        ],
    )


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (us_commencement_guests, 440),
    (uk_exam_entries, 460),
    (ca_school_photos, 420),
    (au_teacher_vetting, 380),
    (ie_gaelscoil_admissions, 340),
    (za_uni_applicants, 450),
    (in_tutoring_bookings, 470),
    (ke_school_fees_loans, 400),
    (de_vhs_kurse, 420),
    (fr_cantine_paiements, 410),
    (es_becas, 360),
    (it_nido_graduatoria, 330),
    (nl_leerlingenvervoer, 320),
    (pl_poradnia_ipet, 310),
    (ru_yazykovaya_shkola, 350),
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
