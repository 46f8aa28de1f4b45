"""Held-out set v118 for the column classifier: 15 tables of *translation, interpreting and sign-language interpreting
agencies* (medical, court and community interpreting assignments, sign-language interpreting bookings for deaf
clients, certified and sworn translation orders, interpreter payment vouchers, interpreter dispatch), one system per
table and each a different organisation, eight with English column names and seven in other languages:

* ``lingualink_az.interpreter_assignments``: a Phoenix medical interpreting agency's assignments at hospitals and
  clinics (snake case, the contract interpreters' SSN, assignment numbers shaped like SSNs failing the check, the
  patient, the facility, an interpreter portal login, ``misc_1``);
* ``signBridge.bslBookings``: a Manchester BSL interpreting agency's bookings for deaf clients (camel case, National
  Insurance numbers, Access to Work references, NRCPD registration numbers, the employer, venue coordinates, app
  versions, ``customField2``);
* ``CertTrans.TranslationOrders``: an Ottawa certified translation office's orders of immigration documents (Pascal
  case, the document holder's passport number and IRCC UCI, cards on file, invoice numbers failing the Luhn check,
  SKUs, courier tracking numbers, ATIO member numbers, ``Udf3``);
* ``COURT_INTERP_QLD.ASSIGNMENTS``: a Brisbane court and tribunal interpreting service's assignments (SCREAMING case,
  the interpreters' TFN, NAATI practitioner ids, the party interpreted for, the interpreters' emergency contacts,
  courts, matter numbers, ``CUSTOM_FIELD_1``);
* ``islbook.int_job``: a Dublin Irish Sign Language interpreting agency's job log (abbreviated: ``cli_fnm``,
  ``ec_nm``, ``int_pps``, ``int_iban``, ``bk_ip``; Eircodes, venues, invoice numbers);
* ``CRTINTRP.INTRP_VOUCHER_EXTRACT``: a south Texas county court's interpreter payment voucher extract, a COBOL file
  (legacy: padded CHAR, ``YYYYMMDD`` integers, 0 for missing; the interpreter's SSN, licence number and phone as
  numbers, the defendant's name, birth date and address, cause numbers, ``VCH-USER-FLD-1``);
* ``stg_anuvad.src_order_raw``: a Chennai translation bureau's web orders as an opaque staging table (``col01`` to
  ``col18``: Aadhaar, PAN, order numbers failing the Verhoeff check, a ``dd-mm-yyyy`` birth date, uploaded file names,
  hashes, IPs);
* ``nzsl_connect.booking_requests``: a Wellington NZSL interpreting agency's booking requests (snake case, the
  interpreters' IRD numbers, booking numbers shaped like IRD numbers failing the check, next of kin, requesting
  organisations, video links, venue coordinates, ``custom_2``);
* ``sprachmittler_leipzig.einsatzauftraege``: a Leipzig community interpreting service's assignments for Ukrainian
  and Arabic-speaking clients (German; the client's name in Latin and in Cyrillic script, the interpreters'
  Steuer-ID and IBAN, Jobcenter and hospital as clients, ``zusatzfeld_2``);
* ``traducciones_juradas_sevilla.encargos``: a Seville sworn translation bureau's orders (Spanish; DNI/NIE, refund
  IBAN, order numbers failing the DNI letter, sworn translators, parcel tracking, ``campo_libre_2``);
* ``TolkenRotterdam.Opdrachten``: a Rotterdam interpreting agency's assignments (Dutch, Pascal case; ``Tussenvoegsel``,
  the interpreters' BSN, IBAN, document numbers and Rbtv register numbers, assignment numbers failing the eleven-test,
  the commissioning organisations' KvK numbers, ``VrijVeld2``);
* ``tlumacze_przysiegli_wroclaw.zlecenia``: a Wrocław sworn translators' office's orders, many from Ukrainian clients
  (Polish; PESEL encoding the birth date, Ukrainian passport numbers, names in Cyrillic script, order numbers failing
  the PESEL check, repertory numbers, the office's NIP, ``pole_dodatkowe_2``);
* ``tercumeBurosu.noterOnayliCeviriler``: an Istanbul translation bureau's notarised translations (Turkish, camel
  case; T.C. kimlik no, refund IBAN, order numbers failing the kimlik check, notaries, cargo tracking, ``ozelAlan2``);
* ``traducao_juramentada_bh.pedidos``: a Belo Horizonte sworn translation office's orders (Brazilian Portuguese; CPF,
  RG, order numbers formatted like CPF failing the check, the contracting company's CNPJ, the sworn translators'
  JUCEMG registration, ``campo_livre_2``);
* ``tsuyaku_haken_osaka.irai_kiroku``: an Osaka medical and community interpreter dispatch service's requests from
  foreign residents (romanized Japanese column names, names in katakana and as written on the residence card,
  residence card numbers and My Number, interpreters in kanji, ``jiyuu_koumoku_2``).

Written **blind**, like v2 to v116: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v27 and v98 (their
modules, their tests and ``tests/heldout_support.py``), v107's docstring and test, the module docstrings of v24 to
v116 (to avoid their domains and follow their conventions) and the ``Column``/``Table`` classes and writer of v2 and
v4. The classifier was not run on this set while it was written, no scorer was run on it, and no score was looked
at. It was written under a short deadline (50 minutes, the tests and lint included), so some labels are quick
decisions rather than settled conventions.

Labeling choices a reader may question:

* the freelance interpreters an agency books are people, not businesses: their names, phones, SSN, TFN, PPSN, IRD
  number, Steuer-ID, BSN and IBAN are personal; a pool of 14 to 40 distinct interpreters (``interpreter_name``,
  ``interpreterName``, ``INTERPRETER_NAME``, ``int_nm``, ``interpreter``, ``sprachmittler_name``) is ``person_name``
  without the staff tag, whereas schedulers, booking coordinators, allocation officers, planners, dispatchers and an
  office's few in-house certified or sworn translators (``CertifiedBy``, ``traductor_jurado``, ``tlumacz``,
  ``yeminliTercuman``, ``tradutor_publico``) and the Osaka service's four dispatched interpreters (``tsuuyakusha``)
  are staff (``person_name``, tag ``staff``);
* a US SSN, a UK National Insurance number (checked here by its prefix rules, not by python-stdnum) and an Irish PPSN
  are ``ssn``; an Australian TFN, a New Zealand IRD number, Aadhaar, PAN, Steuer-ID, DNI/NIE, BSN, a Dutch document
  number, PESEL, a Ukrainian passport number, T.C. kimlik no, CPF, RG, My Number, a Japanese residence card number and
  a document holder's passport number are ``national_id``;
* a court interpreter's state licence number (``VCH-INT-LIC-NO``), a Dutch sworn interpreter's Rbtv register number
  (``RbtvNummer``, a register kept for the Ministry of Justice), a Brazilian sworn translator's registration with the
  state commercial registry (``matricula_jucemg``) and an IRCC UCI are ``national_id`` (tag ``licence``: a personal
  number a state body issues; by shape only); NAATI practitioner ids, NRCPD registration numbers and ATIO member
  numbers are ``none`` (tag ``decoy``): a credentialing company, a voluntary register and a professional association
  issue them, not the state;
* assignment, booking, invoice, order, request, voucher, cause, matter, repertory, Access to Work and courier or cargo
  tracking numbers are ``none`` (tag ``decoy``, ``value_shape`` when shaped like an identifier): they name a job, a
  case or a parcel, not the person; venue coordinates are ``none`` (tags ``decoy``, ``coordinates``); SKUs, language
  pairs, document types, uploaded file names and app versions are ``none``;
* a hospital's, a clinic's, an employer's, a court's, a Jobcenter's, a notary's, a commissioning organisation's and a
  contracting company's names, addresses and phones, a KvK number, the office's NIP and a CNPJ are ``none`` (tag
  ``business``);
* the patient interpreted for and a deaf client are the table's subject (``person_name``, ``first_name``,
  ``last_name``, no role tag); a court party (``PARTY_NAME``: a defendant, a witness, an applicant), a defendant
  (``VCH-DEF-*``), an emergency contact and a next of kin are personal (tag ``role_word``);
* a client's name in Cyrillic script (``name_kyrillisch``, ``imie_nazwisko_cyrylica``) beside its Latin
  transliteration, a name in katakana and its residence-card romaji are ``person_name``; a Dutch ``Tussenvoegsel``,
  ``apellidos`` (two surnames) and ``TolkAchternaam`` (with its tussenvoegsel) are ``last_name``; a suburb, a town, a
  Turkish ``ilce`` and an Osaka ward or city are ``city``; a province, a Spanish ``provincia``, a Turkish ``il`` and a
  Brazilian UF are ``none``;
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``);
  session notes and coordinators' remarks naming people are ``free_text``; an interpreter portal login is
  ``unclassified`` (tag ``username``); the IP a booking came from (``bk_ip``, ``col15``) is ``ip_address``;
* numeric dates of birth (``YYYYMMDD``, 0 for missing) and a ``dd-mm-yyyy`` string in an opaque column are
  ``date_of_birth``; appointment, hearing, session, order, delivery and acceptance dates and times, minutes, hours and
  amounts are ``none``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v118_values`, written for v118 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v118 [PATH]`` (default ``/tmp/heldout_v118.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v118``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v118_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v118_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v118.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # coordinators, schedulers, project managers, in-house translators (few distinct)
ROLE = "role_word"  # a role word (next of kin, emergency contact, guarantor, patient, defendant ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
LICENCE = "licence"  # a personal number a state body issues to a practitioner (national_id)
COORD = "coordinates"  # a venue's latitude or longitude (none)


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "unknown", "NULL") + extra


def _staff(g: Gen, n: int, lang: str) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.whole(g, lang))
    return sorted(out)


def _pool(g: Gen, n: int, lang: str) -> list[tuple[str, str]]:
    """``n`` distinct (given, family) pairs: a pool of freelance interpreters or translators."""
    out: dict[str, tuple[str, str]] = {}
    while len(out) < n:
        a, b = v.person(g, lang)
        out[f"{a} {b}"] = (a, b)
    return sorted(out.values())


def _custom(g: Gen, region: str, lang: str, null: float = 0.3) -> list[str | None]:
    """An opaque custom field: by row a phone, an e-mail or a name (or NULL)."""
    def one() -> str:
        r = g.rnd.random()
        if r < 0.4:
            return g.phone(region, "national")
        if r < 0.7:
            if lang == "ja":
                return f"{g.rnd.choice(['nam', 'hoa', 'maria', 'wei', 'rosa', 'sunita'])}{g.rnd.randint(1, 9999)}" \
                       f"@{g.rnd.choice(v.DOMAINS['ja'])}"
            a, b = v.person(g, lang)
            return v.email_of(g, a, b, v.DOMAINS[lang])
        if lang == "ja":
            return g.rnd.choice(v.JA_FOREIGN)[0]
        return v.whole(g, lang)
    return g.col(one, null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _cyymmdd(d: date | None) -> int:
    return 0 if d is None else (d.year // 100 - 19) * 1_000_000 + (d.year % 100) * 10_000 + d.month * 100 + d.day


def _sometimes(g: Gen, values: list, null: float) -> list:
    return [None if g.rnd.random() < null else x for x in values]


# -- English-named tables ----------------------------------------------------------------------------------------------


def az_medical_interpreting(g: Gen) -> Table:
    """A Phoenix medical interpreting agency's assignments at hospitals and clinics (snake case)."""
    interpreters = []
    for a, b in _pool(g, 40, "us"):
        interpreters.append((a, b, v.us_ssn(g), g.phone("US", "national"), v.login(a, b, g.rnd.randint(0, 500))))
    it = [g.rnd.choice(interpreters) for _ in range(g.rows)]
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    facilities = [(name, g.phone("US", "national", False), f"{g.rnd.randint(100, 9000)} {g.rnd.choice(v.US_STREETS)}")
                  for name in ("Banner Desert Valley Medical", "Saguaro Community Health Center",
                               "Maricopa Westside Pediatrics", "Canyon Ridge Dialysis")]
    fac = [g.rnd.randrange(len(facilities)) for _ in range(g.rows)]
    staff = _staff(g, 5, "us")

    def note() -> str:
        return g.rnd.choice([f"Patient's daughter {v.given(g)} tried to interpret, declined", "Provider ran 40 min late",
                             "Switched to VRI after 20 min", f"Family friend {v.whole(g)} present in room",
                             "Consent form sight-translated"])

    return Table("lingualink_az.interpreter_assignments", "en", "snake", [
        c("assignment_id", N, "BIGINT", g.keys(880_001), "decoy", KEY),
        c("assignment_no", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE),
        c("language_pair", N, "VARCHAR", g.col(lambda: "English<>" + g.rnd.choice(v.LANGS_EN)), "decoy"),
        c("modality", N, "VARCHAR", g.col(g.pick(["On-site", "VRI", "OPI"])), "decoy"),
        c("patient_first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("patient_last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("patient_dob", "date_of_birth", "DATE", g.births(1932, 2024)),
        c("patient_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.8,
                                                        0.2)),
        c("patient_zip", "postal_code", "VARCHAR", [p[1] + g.digits(2) for p in places]),
        c("patient_city", "city", "VARCHAR", [p[0] for p in places]),
        c("facility_name", N, "VARCHAR", [facilities[i][0] for i in fac], "business"),
        c("facility_phone", N, "VARCHAR", [facilities[i][1] for i in fac], "business"),
        c("facility_address", N, "VARCHAR", [facilities[i][2] for i in fac], "business"),
        c("interpreter_name", "person_name", "VARCHAR", [f"{p[0]} {p[1]}" for p in it]),
        c("interpreter_ssn", "ssn", "VARCHAR", [p[2] if g.rnd.random() < 0.35 else None for p in it], HEAVY),
        c("interpreter_mobile", "phone", "VARCHAR", [p[3] for p in it]),
        c("interpreter_portal_login", USERNAME, "VARCHAR", [p[4] for p in it], "username"),
        c("scheduler", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("appt_start", N, "TIMESTAMP", g.moments("2025-01-02", "2025-11-28"), "decoy"),
        c("billed_minutes", N, "INTEGER", g.col(lambda: g.rnd.choice([60, 90, 120, 15, 30, 45])), "decoy"),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "US", "us"), CUSTOM),
        c("session_notes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("none")), NULLWORD),
    ])


def gb_bsl_bookings(g: Gen) -> Table:
    """A Manchester BSL interpreting agency's bookings for deaf clients at work and appointments (camel case)."""
    pairs = [v.person(g, "gb") for _ in range(g.rows)]
    places = [g.rnd.choice(v.GB_CITIES) for _ in range(g.rows)]
    interp = _pool(g, 18, "gb")
    staff = _staff(g, 4, "gb")
    employers = [("Trafford Logistics Ltd", g.phone("GB", "national", False)),
                 ("Northern Rail Depot Longsight", g.phone("GB", "national", False)),
                 ("Salford Royal Outpatients", g.phone("GB", "national", False)),
                 ("Oldham Council Housing", g.phone("GB", "national", False))]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]
    return Table("signBridge.bslBookings", "en", "camel", [
        c("bookingId", N, "BIGINT", g.keys(40_001), "decoy", KEY),
        c("bookingRef", N, "VARCHAR", g.col(lambda: g.code("SB-25-99999")), "decoy", SHAPE),
        c("clientFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("clientSurname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("clientDob", "date_of_birth", "DATE", _sometimes(g, g.births(1950, 2006), 0.1)),
        c("clientEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["gb"]) for a, b in pairs]),
        c("clientSmsNumber", "phone", "VARCHAR", g.phones("GB", {"national": 0.5, "intl": 0.2, "e164": 0.3}, 1.0)),
        c("clientPostcode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9AA')}" for p in places]),
        c("niNumber", "ssn", "VARCHAR", g.col(lambda: v.nino(g), 0.6), HEAVY),
        c("accessToWorkRef", N, "VARCHAR", g.col(lambda: g.code("ATW/99/999999"), 0.3), "decoy", SHAPE),
        c("employerName", N, "VARCHAR", [employers[i][0] for i in emp], "business"),
        c("employerContactPhone", N, "VARCHAR", [employers[i][1] for i in emp], "business"),
        c("interpreterName", "person_name", "VARCHAR", g.col(lambda: " ".join(g.rnd.choice(interp)))),
        c("nrcpdRegNo", N, "VARCHAR", g.col(lambda: g.code("9999999")), "decoy", SHAPE),
        c("bookingCoordinator", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("sessionStart", N, "TIMESTAMP", g.moments("2025-02-01", "2025-12-12"), "decoy"),
        c("venueLat", N, "DOUBLE", g.floats(53.40, 53.60, 5), "decoy", COORD),
        c("venueLon", N, "DOUBLE", g.floats(-2.40, -2.05, 5), "decoy", COORD),
        c("appVersion", N, "VARCHAR", g.col(g.version), "decoy"),
        c("customField2", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
    ])


def ca_certified_translations(g: Gen) -> Table:
    """An Ottawa certified translation office's orders of immigration documents (Pascal case)."""
    pairs = [v.person(g, "ca") for _ in range(g.rows)]
    places = [g.rnd.choice(v.CA_CITIES) for _ in range(g.rows)]
    translators = _staff(g, 6, "ca")
    couriers = ["Purolator", "Canada Post Xpresspost", "FedEx"]
    return Table("CertTrans.TranslationOrders", "en", "pascal", [
        c("OrderId", N, "BIGINT", g.keys(210_001), "decoy", KEY),
        c("InvoiceNumber", N, "VARCHAR", g.col(lambda: v.luhn_decoy(g, 9)), "decoy", SHAPE),
        c("Sku", N, "VARCHAR", g.col(lambda: g.rnd.choice(["CT-STD", "CT-EXP", "CT-AFF"]) + "-"
                                     + g.rnd.choice(["ES", "UK", "AR", "ZH", "PT", "FA"]) + "EN"), "decoy"),
        c("DocumentType", N, "VARCHAR", g.col(g.pick(v.DOC_TYPES)), "decoy"),
        c("PageCount", N, "INTEGER", g.ints(1, 14), "decoy"),
        c("ClientFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("ClientLastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("ClientEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ca"]) for a, b in pairs]),
        c("ClientPhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.6, "dashes": 0.2, "e164": 0.2}, 0.8)),
        c("MailingAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca"), 0.1)),
        c("City", "city", "VARCHAR", [p[0] for p in places]),
        c("Province", N, "VARCHAR", [p[2] for p in places], "decoy"),
        c("PostalCode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9A9')}" for p in places]),
        c("HolderDateOfBirth", "date_of_birth", "DATE", g.births(1945, 2020)),
        c("HolderPassportNo", "national_id", "VARCHAR", g.col(lambda: g.code("AA999999"), 0.35)),
        c("IrccUci", "national_id", "VARCHAR", g.col(lambda: g.code("9999-9999") if g.rnd.random() < 0.5
                                                     else g.code("99-9999-9999"), 0.7), LICENCE, HEAVY),
        c("CardOnFile", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.3)),
        c("CertifiedBy", "person_name", "VARCHAR", g.col(g.pick(translators)), STAFF),
        c("AtioMemberNo", N, "VARCHAR", g.col(lambda: g.code("9999")), "decoy"),
        c("CourierTracking", N, "VARCHAR", g.col(lambda: g.code("9999999999999"), 0.4), "decoy", SHAPE),
        c("Courier", N, "VARCHAR", g.col(g.pick(couriers)), "decoy"),
        c("OrderedAt", N, "TIMESTAMP", g.moments("2025-01-02", "2025-12-01"), "decoy"),
        c("Udf3", "free_text", "VARCHAR", _custom(g, "CA", "ca"), CUSTOM),
    ])


def au_court_interpreting(g: Gen) -> Table:
    """A Brisbane court and tribunal interpreting service's assignments (SCREAMING case)."""
    interp = []
    for a, b in _pool(g, 30, "au"):
        interp.append((f"{a} {b}", v.tfn(g), g.phone("AU", "national"), g.code("CPN9AAA99")))
    it = [g.rnd.choice(interp) for _ in range(g.rows)]
    courts = [("Brisbane Magistrates Court", g.phone("AU", "national", False)),
              ("QCAT Brisbane", g.phone("AU", "national", False)),
              ("Federal Circuit Court Brisbane", g.phone("AU", "national", False)),
              ("Beenleigh Magistrates Court", g.phone("AU", "national", False))]
    ct = [g.rnd.randrange(len(courts)) for _ in range(g.rows)]
    places = [g.rnd.choice(v.AU_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "au")
    return Table("COURT_INTERP_QLD.ASSIGNMENTS", "en", "screaming", [
        c("ASSIGNMENT_ID", N, "BIGINT", g.keys(5_000_001), "decoy", KEY),
        c("MATTER_NUMBER", N, "VARCHAR", g.col(lambda: g.code("MAG-99999/25")), "decoy", SHAPE),
        c("COURT_NAME", N, "VARCHAR", [courts[i][0] for i in ct], "business"),
        c("COURT_PHONE", N, "VARCHAR", [courts[i][1] for i in ct], "business"),
        c("HEARING_DATE", N, "DATE", g.days("2025-01-20", "2025-12-05"), "decoy"),
        c("LANGUAGE", N, "VARCHAR", g.col(g.pick(["Vietnamese", "Arabic", "Dari", "Tongan", "Samoan", "Auslan",
                                                  "Mandarin", "Kirundi"])), "decoy"),
        c("PARTY_ROLE", N, "VARCHAR", g.col(g.pick(["Defendant", "Witness", "Applicant", "Respondent"])), "decoy"),
        c("PARTY_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au")), ROLE),
        c("PARTY_DOB", "date_of_birth", "DATE", _sometimes(g, g.births(1950, 2008), 0.62), HEAVY),
        c("PARTY_SUBURB", "city", "VARCHAR", [p[0] for p in places]),
        c("PARTY_POSTCODE", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("INTERPRETER_NAME", "person_name", "VARCHAR", [p[0] for p in it]),
        c("INTERPRETER_TFN", "national_id", "VARCHAR", [p[1] if g.rnd.random() < 0.4 else None for p in it], HEAVY),
        c("INTERPRETER_MOBILE", "phone", "VARCHAR", [p[2] for p in it]),
        c("NAATI_PRACTITIONER_ID", N, "VARCHAR", [p[3] for p in it], "decoy", SHAPE),
        c("EMERGENCY_CONTACT_NAME", "person_name", "VARCHAR", [f"{v.whole(g, 'au')}" if g.rnd.random() < 0.7 else None
                                                               for _ in it], ROLE),
        c("EMERGENCY_CONTACT_PHONE", "phone", "VARCHAR", g.phones("AU", {"national": 0.7, "intl": 0.3}, 1.0, 0.3),
          ROLE),
        c("ALLOCATION_OFFICER", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("HOURS_CLAIMED", N, "DOUBLE", g.floats(1.0, 7.5, 1), "decoy"),
        c("CUSTOM_FIELD_1", "free_text", "VARCHAR", _custom(g, "AU", "au"), CUSTOM),
    ])


def ie_isl_jobs(g: Gen) -> Table:
    """A Dublin Irish Sign Language interpreting agency's job log (abbreviated snake case)."""
    clients = []
    for _ in range(150):
        a, b = v.person(g, "ie")
        city = g.rnd.choice(v.IE_CITIES)
        clients.append((a, b, g.birth(1948, 2008), g.phone("IE", "national"), city[0], f"{city[1]} {g.code('A9A9')}",
                        v.whole(g, "ie"), g.phone("IE", "national")))
    cl = [g.rnd.choice(clients) for _ in range(g.rows)]
    interp = [(f"{a} {b}", v.pps(g)) for a, b in _pool(g, 22, "ie")]
    it = [g.rnd.choice(interp) for _ in range(g.rows)]
    venues = [("Mater Misericordiae OPD", "Eccles Street, Dublin 7"), ("DCU Glasnevin Campus", "Collins Avenue"),
              ("Intreo Office Tallaght", "Cookstown Way"), ("Citizens Information Swords", "Main Street, Swords")]
    vn = [g.rnd.randrange(len(venues)) for _ in range(g.rows)]
    staff = _staff(g, 3, "ie")

    def note() -> str:
        return g.rnd.choice(["Client requested female interpreter", f"Deaf-blind client, guide {v.given(g, 'ie')}",
                             f"Mam ({v.whole(g, 'ie')}) booked on behalf", "Relay interpreter needed"])

    return Table("islbook.int_job", "en", "abbrev", [
        c("job_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("inv_no", N, "VARCHAR", g.col(lambda: g.code("INV-25-99999")), "decoy", SHAPE),
        c("cli_fnm", "first_name", "VARCHAR", [p[0] for p in cl], ABBREV),
        c("cli_snm", "last_name", "VARCHAR", [p[1] for p in cl], ABBREV),
        c("cli_dob", "date_of_birth", "DATE", [p[2] for p in cl], ABBREV),
        c("cli_mob", "phone", "VARCHAR", [p[3] for p in cl], ABBREV),
        c("cli_twn", "city", "VARCHAR", [p[4] for p in cl], ABBREV),
        c("cli_eirc", "postal_code", "VARCHAR", [p[5] for p in cl], ABBREV),
        c("ec_nm", "person_name", "VARCHAR", [p[6] if g.rnd.random() < 0.8 else None for p in cl], ROLE, ABBREV),
        c("ec_ph", "phone", "VARCHAR", [p[7] if g.rnd.random() < 0.8 else None for p in cl], ROLE, ABBREV),
        c("int_nm", "person_name", "VARCHAR", [p[0] for p in it], ABBREV),
        c("int_pps", "ssn", "VARCHAR", [p[1] if g.rnd.random() < 0.3 else None for p in it], ABBREV, HEAVY),
        c("int_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IE"), 0.2), ABBREV),
        c("vnu_nm", N, "VARCHAR", [venues[i][0] for i in vn], "business", ABBREV),
        c("vnu_addr", N, "VARCHAR", [venues[i][1] for i in vn], "business", ABBREV),
        c("bk_by", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF, ABBREV),
        c("bk_ip", "ip_address", "VARCHAR", g.col(g.ip, 0.15), ABBREV),
        c("job_dt", N, "DATE", g.days("2025-01-06", "2025-12-10"), "decoy"),
        c("hrs", N, "DOUBLE", g.floats(1.0, 4.0, 1), "decoy"),
        c("mstr_nt", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil")), NULLWORD, ABBREV),
    ])


def tx_court_vouchers(g: Gen) -> Table:
    """A south Texas county court's interpreter payment voucher extract, a COBOL file (padded CHAR, YYYYMMDD)."""
    interp = []
    for a, b in _pool(g, 25, "us"):
        interp.append((a.upper(), b.upper(), int(v.us_ssn(g, False)) if g.rnd.random() < 0.85 else 0,
                       g.code("99999"), int(g.phone("US", "digits")), g.code("V999999")))
    it = [g.rnd.choice(interp) for _ in range(g.rows)]
    defs = [v.person(g, "us") for _ in range(g.rows)]
    places = [g.rnd.choice(v.TX_CITIES) for _ in range(g.rows)]
    hearings = [g.day("2024-09-01", "2025-11-28") for _ in range(g.rows)]
    return Table("CRTINTRP.INTRP_VOUCHER_EXTRACT", "en", "cobol", [
        c("VCH-NO", N, "VARCHAR", g.col(lambda: g.code("25V999999")), "decoy", SHAPE, LEGACY),
        c("VCH-CAUSE-NO", N, "VARCHAR", _pad(g.col(lambda: g.code("2025-CR-9999-A")), 16), "decoy", SHAPE, LEGACY),
        c("VCH-VENDOR-NO", N, "VARCHAR", [p[5] for p in it], "decoy", LEGACY),
        c("VCH-INT-LAST-NM", "last_name", "VARCHAR", _pad([p[1] for p in it], 20), LEGACY),
        c("VCH-INT-FIRST-NM", "first_name", "VARCHAR", _pad([p[0] for p in it], 15), LEGACY),
        c("VCH-INT-SSN", "ssn", "BIGINT", [p[2] for p in it], LEGACY),
        c("VCH-INT-LIC-NO", "national_id", "VARCHAR", _pad([p[3] for p in it], 8), LICENCE, LEGACY),
        c("VCH-INT-PHONE", "phone", "BIGINT", [p[4] for p in it], LEGACY),
        c("VCH-DEF-LAST-NM", "last_name", "VARCHAR", _pad([b.upper() for _, b in defs], 20), ROLE, LEGACY),
        c("VCH-DEF-FIRST-NM", "first_name", "VARCHAR", _pad([a.upper() for a, _ in defs], 15), ROLE, LEGACY),
        c("VCH-DEF-DOB", "date_of_birth", "INTEGER", [_ymd(g.birth(1955, 2006)) if g.rnd.random() < 0.9 else 0
                                                      for _ in defs], ROLE, LEGACY),
        c("VCH-DEF-ADDR", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.TX_STREETS).upper()), 30),
          ROLE, LEGACY),
        c("VCH-DEF-CITY", "city", "VARCHAR", _pad([p[0].upper() for p in places], 18), ROLE, LEGACY),
        c("VCH-DEF-ZIP", "postal_code", "INTEGER", [int(p[1] + g.digits(2)) for p in places], ROLE, LEGACY),
        c("VCH-HEARING-DT", N, "INTEGER", [_ymd(d) for d in hearings], "decoy", LEGACY),
        c("VCH-COURT", N, "VARCHAR", _pad(g.col(g.pick(["COUNTY CT AT LAW 2", "206TH DIST CT", "JP PCT 3"])), 20),
          "business", LEGACY),
        c("VCH-LANG-CD", N, "VARCHAR", g.col(g.pick(["SPA", "SPA", "SPA", "ASL", "VIE", "POR", "KIC"])), "decoy",
          LEGACY),
        c("VCH-AMT", N, "DECIMAL(9,2)", g.amounts(75, 640), "decoy", LEGACY),
        c("VCH-USER-FLD-1", "free_text", "VARCHAR", _pad(_custom(g, "US", "us"), 40), CUSTOM, LEGACY),
    ])


def in_translation_staging(g: Gen) -> Table:
    """A Chennai translation bureau's web orders (Tamil, Hindi and English document translation), landed as an
    opaque staging table."""
    def dob() -> str:
        d = g.birth(1950, 2007)
        return f"{d.day:02d}-{d.month:02d}-{d.year}"

    places = [g.rnd.choice(v.IN_CITIES) for _ in range(g.rows)]
    return Table("stg_anuvad.src_order_raw", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "in")), OPAQUE),
        c("col03", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "in"), v.DOMAINS["in"]), 0.1), OPAQUE),
        c("col04", "phone", "VARCHAR", g.phones("IN", {"e164": 0.4, "intl": 0.3, "national": 0.3}), OPAQUE),
        c("col05", "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g, g.rnd.random() < 0.5), 0.6), OPAQUE, HEAVY),
        c("col06", "national_id", "VARCHAR", g.col(lambda: v.pan(g), 0.4), OPAQUE),
        c("col07", "date_of_birth", "VARCHAR", g.col(dob, 0.2), OPAQUE),
        c("col08", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IN_STREETS, "in"), 0.15), OPAQUE),
        c("col09", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col10", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places], OPAQUE),
        c("col11", N, "VARCHAR", g.col(lambda: v.aadhaar_decoy(g)), "decoy", SHAPE, OPAQUE),
        c("col12", N, "VARCHAR", g.col(g.pick(["ta>en", "en>ta", "hi>en", "en>de", "ta>fr", "ml>en"])), "decoy",
          OPAQUE),
        c("col13", N, "VARCHAR", g.col(lambda: g.rnd.choice(["PASSPORT", "DEGREE", "BIRTH_CERT", "PATTA", "FIR"])
                                       + f"_{g.rnd.randint(1, 99)}.pdf"), "decoy", OPAQUE),
        c("col14", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c("col15", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2)), OPAQUE),
        c("col16", N, "DECIMAL(10,2)", g.amounts(450, 9_800), "decoy", OPAQUE),
        c("col17", "free_text", "VARCHAR", _custom(g, "IN", "in"), CUSTOM, OPAQUE),
        c("col18", N, "TIMESTAMP", g.moments("2025-06-01", "2025-11-30"), "decoy", OPAQUE),
    ])


def nz_nzsl_bookings(g: Gen) -> Table:
    """A Wellington NZSL interpreting agency's booking requests (snake case)."""
    pairs = [v.person(g, "nz") for _ in range(g.rows)]
    places = [g.rnd.choice(v.NZ_CITIES) for _ in range(g.rows)]
    interp = [(f"{a} {b}", v.ird(g), g.phone("NZ", "national")) for a, b in _pool(g, 14, "nz")]
    it = [g.rnd.choice(interp) for _ in range(g.rows)]
    staff = _staff(g, 3, "nz")
    requesters = [("Te Whatu Ora Capital Coast", g.phone("NZ", "national", False)),
                  ("Victoria University Disability Services", g.phone("NZ", "national", False)),
                  ("Porirua City Council", g.phone("NZ", "national", False))]
    rq = [g.rnd.randrange(len(requesters)) for _ in range(g.rows)]
    return Table("nzsl_connect.booking_requests", "en", "snake", [
        c("request_id", N, "BIGINT", g.keys(60_001), "decoy", KEY),
        c("booking_number", N, "VARCHAR", g.col(lambda: v.ird_decoy(g)), "decoy", SHAPE),
        c("deaf_client_name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs]),
        c("client_email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["nz"]) if g.rnd.random() < 0.75 else None
                                               for a, b in pairs]),
        c("client_text_number", "phone", "VARCHAR", g.phones("NZ", {"national": 0.6, "e164": 0.4}, 1.0, 0.1)),
        c("client_street", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NZ_STREETS, "nz"), 0.3)),
        c("client_suburb", "city", "VARCHAR", [p[0] for p in places]),
        c("client_postcode", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("next_of_kin", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nz"), 0.4), ROLE),
        c("requesting_org", N, "VARCHAR", [requesters[i][0] for i in rq], "business"),
        c("requesting_org_phone", N, "VARCHAR", [requesters[i][1] for i in rq], "business"),
        c("interpreter", "person_name", "VARCHAR", [p[0] for p in it]),
        c("interpreter_ird", "national_id", "VARCHAR", [p[1] if g.rnd.random() < 0.3 else None for p in it], HEAVY),
        c("interpreter_phone", "phone", "VARCHAR", [p[2] for p in it]),
        c("coordinator", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("video_link", N, "VARCHAR", g.col(lambda: f"https://meet.example.nz/{g.code('xxxxxxxx')}", 0.5), "decoy"),
        c("venue_lat", N, "DOUBLE", g.floats(-41.35, -40.90, 5), "decoy", COORD),
        c("venue_lng", N, "DOUBLE", g.floats(174.70, 175.10, 5), "decoy", COORD),
        c("session_start", N, "TIMESTAMP", g.moments("2025-03-01", "2025-12-01"), "decoy"),
        c("custom_2", "free_text", "VARCHAR", _custom(g, "NZ", "nz"), CUSTOM),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def de_sprachmittler(g: Gen) -> Table:
    """A Leipzig community interpreting service's assignments for Ukrainian and Arabic-speaking clients (German)."""
    clients = [v.ua_person(g) for _ in range(g.rows)]
    places = [g.rnd.choice(v.DE_CITIES) for _ in range(g.rows)]
    interp = [(f"{a} {b}", v.steuer_id(g), v.iban(g, "DE")) for a, b in _pool(g, 16, "de")]
    it = [g.rnd.choice(interp) for _ in range(g.rows)]
    staff = _staff(g, 4, "de")
    offices = [("Jobcenter Leipzig", g.phone("DE", "national", False)),
               ("Ausländerbehörde Leipzig", g.phone("DE", "national", False)),
               ("Universitätsklinikum Leipzig", g.phone("DE", "national", False))]
    of = [g.rnd.randrange(len(offices)) for _ in range(g.rows)]

    def bemerkung() -> str:
        return g.rnd.choice(["Termin verschoben", f"Tochter {v.ua_person(g)[2]} begleitet", "Dolmetschung per Video",
                             f"Rückruf an Herrn {v.person(g, 'de')[1]} erbeten"])

    return Table("sprachmittler_leipzig.einsatzauftraege", "de", "snake", [
        c("auftrag_id", N, "BIGINT", g.keys(7_001), "decoy", KEY),
        c("aktenzeichen", N, "VARCHAR", g.col(lambda: g.code("SM-2025-99999")), "decoy", SHAPE),
        c("klient_vorname", "first_name", "VARCHAR", [p[2] for p in clients]),
        c("klient_nachname", "last_name", "VARCHAR", [p[3] for p in clients]),
        c("name_kyrillisch", "person_name", "VARCHAR", [f"{p[0]} {p[1]}" for p in clients]),
        c("geburtsdatum", "date_of_birth", "DATE", g.births(1945, 2012)),
        c("telefon", "phone", "VARCHAR", g.phones("DE", {"national": 0.6, "intl": 0.4}, 0.9, 0.1)),
        c("wohnanschrift", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.DE_STREETS, "de"), 0.1)),
        c("plz", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("ort", "city", "VARCHAR", [p[0] for p in places]),
        c("sprache", N, "VARCHAR", g.col(g.pick(["Ukrainisch", "Russisch", "Arabisch", "Farsi", "Tigrinya"])),
          "decoy"),
        c("auftraggeber", N, "VARCHAR", [offices[i][0] for i in of], "business"),
        c("auftraggeber_telefon", N, "VARCHAR", [offices[i][1] for i in of], "business"),
        c("sprachmittler_name", "person_name", "VARCHAR", [p[0] for p in it]),
        c("sprachmittler_steuer_id", "national_id", "VARCHAR", [p[1] if g.rnd.random() < 0.38 else None for p in it],
          HEAVY),
        c("sprachmittler_iban", "iban", "VARCHAR", [p[2] for p in it]),
        c("disponentin", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("einsatzbeginn", N, "TIMESTAMP", g.moments("2025-01-07", "2025-12-05"), "decoy"),
        c("zusatzfeld_2", "free_text", "VARCHAR", _custom(g, "DE", "de"), CUSTOM),
        c("bemerkung", "free_text", "VARCHAR", g.sparse(bemerkung, 0.75, _words("k.A.", "unbekannt")), NULLWORD),
    ])


def es_traduccion_jurada(g: Gen) -> Table:
    """A Seville sworn translation bureau's orders (Spanish, snake case)."""
    pairs = [v.person(g, "es") for _ in range(g.rows)]
    places = [g.rnd.choice(v.ES_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "es")
    return Table("traducciones_juradas_sevilla.encargos", "es", "snake", [
        c("id_encargo", N, "BIGINT", g.keys(30_001), "decoy", KEY),
        c("num_pedido", N, "VARCHAR", g.col(lambda: v.dni_decoy(g)), "decoy", SHAPE),
        c("nombre", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("apellidos", "last_name", "VARCHAR", [f"{b} {v.person(g, 'es')[1]}" for _, b in pairs]),
        c("dni_nie", "national_id", "VARCHAR", g.col(lambda: v.dni(g) if g.rnd.random() < 0.7 else v.nie(g), 0.05)),
        c("fecha_nacimiento", "date_of_birth", "DATE", _sometimes(g, g.births(1948, 2007), 0.6), HEAVY),
        c("correo", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["es"]) for a, b in pairs]),
        c("telefono", "phone", "VARCHAR", g.phones("ES", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.8)),
        c("direccion", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ES_STREETS, "es"), 0.2)),
        c("codigo_postal", "postal_code", "VARCHAR", [p[1] + g.digits(2) for p in places]),
        c("municipio", "city", "VARCHAR", [p[0] for p in places]),
        c("provincia", N, "VARCHAR", ["Sevilla" if p[1].startswith("41") else "Huelva" if p[1] == "210" else "Cádiz"
                                     for p in places], "decoy"),
        c("idioma_origen", N, "VARCHAR", g.col(g.pick(["inglés", "francés", "árabe", "rumano", "alemán", "chino"])),
          "decoy"),
        c("tipo_documento", N, "VARCHAR", g.col(g.pick(["Título universitario", "Certificado de nacimiento",
                                                        "Antecedentes penales", "Poder notarial"])), "decoy"),
        c("traductor_jurado", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("iban_devolucion", "iban", "VARCHAR", g.col(lambda: v.iban(g, "ES"), 0.7), HEAVY),
        c("importe", N, "DECIMAL(8,2)", g.amounts(35, 420), "decoy"),
        c("fecha_entrega", N, "DATE", g.days("2025-01-10", "2025-12-15"), "decoy"),
        c("num_seguimiento", N, "VARCHAR", g.col(lambda: g.code("PQ99A99999999999999999A"), 0.5), "decoy"),
        c("campo_libre_2", "free_text", "VARCHAR", _custom(g, "ES", "es"), CUSTOM),
    ])


def nl_tolkencentrum(g: Gen) -> Table:
    """A Rotterdam interpreting agency's assignments with registered sworn interpreters (Dutch, Pascal case)."""
    interp = []
    for a, b in _pool(g, 20, "nl"):
        tv = g.rnd.choice(["", "", "", "van", "de", "van der", "van den"])
        interp.append((a, tv, b, v.bsn(g), v.iban(g, "NL"), g.phone("NL", "national"), g.code("99999")))
    it = [g.rnd.choice(interp) for _ in range(g.rows)]
    clients = [(v.person(g, "nl"), g.rnd.choice(["", "", "", "van", "de", "van der", "el"])) for _ in range(g.rows)]
    places = [g.rnd.choice(v.NL_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "nl")
    orgs = [("Erasmus MC", "24300000", g.phone("NL", "national", False)),
            ("Gemeente Rotterdam Werk en Inkomen", "27372145", g.phone("NL", "national", False)),
            ("Advocatenkantoor Maasstad", "24482911", g.phone("NL", "national", False))]
    og = [g.rnd.randrange(len(orgs)) for _ in range(g.rows)]
    return Table("TolkenRotterdam.Opdrachten", "nl", "pascal", [
        c("OpdrachtId", N, "BIGINT", g.keys(90_001), "decoy", KEY),
        c("OpdrachtNummer", N, "VARCHAR", g.col(lambda: v.bsn_decoy(g)), "decoy", SHAPE),
        c("Opdrachtgever", N, "VARCHAR", [orgs[i][0] for i in og], "business"),
        c("OpdrachtgeverKvk", N, "VARCHAR", [orgs[i][1] for i in og], "business"),
        c("OpdrachtgeverTelefoon", N, "VARCHAR", [orgs[i][2] for i in og], "business"),
        c("ClientVoornaam", "first_name", "VARCHAR", [p[0][0] for p in clients]),
        c("ClientTussenvoegsel", "last_name", "VARCHAR", [p[1] or None for p in clients]),
        c("ClientAchternaam", "last_name", "VARCHAR", [p[0][1] for p in clients]),
        c("ClientGeboortedatum", "date_of_birth", "DATE", g.births(1940, 2010)),
        c("ClientWoonplaats", "city", "VARCHAR", [p[0] for p in places]),
        c("TolkVoornaam", "first_name", "VARCHAR", [p[0] for p in it]),
        c("TolkAchternaam", "last_name", "VARCHAR", [f"{p[1]} {p[2]}".strip() for p in it]),
        c("TolkBsn", "national_id", "VARCHAR", [p[3] if g.rnd.random() < 0.35 else None for p in it], HEAVY),
        c("TolkIban", "iban", "VARCHAR", [p[4] for p in it]),
        c("TolkMobiel", "phone", "VARCHAR", [p[5] for p in it]),
        c("TolkPostcode", "postal_code", "VARCHAR", [f"{g.rnd.choice(v.NL_CITIES)[1]}{g.digits(2)} {g.digits(2, 'ABCEGHJKLMNPRTVWXZ')}"
                                                     for _ in it]),
        c("RbtvNummer", "national_id", "VARCHAR", [p[6] for p in it], LICENCE),
        c("TolkDocumentnummer", "national_id", "VARCHAR", g.col(lambda: v.nl_document(g), 0.8), HEAVY),
        c("Taal", N, "VARCHAR", g.col(g.pick(["Arabisch", "Turks", "Tigrinya", "Pools", "Papiamento", "NGT"])),
          "decoy"),
        c("Planner", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("Aanvang", N, "TIMESTAMP", g.moments("2025-01-06", "2025-12-12"), "decoy"),
        c("VrijVeld2", "free_text", "VARCHAR", _custom(g, "NL", "nl"), CUSTOM),
    ])


def pl_tlumacze_przysiegli(g: Gen) -> Table:
    """A Wrocław sworn translators' office's orders, many from Ukrainian clients (Polish, snake case)."""
    rows = []
    for _ in range(g.rows):
        ua = g.rnd.random() < 0.4
        female = g.rnd.random() < 0.5
        born = g.birth(1950, 2010)
        if ua:
            p = v.ua_person(g)
            rows.append((p[2], p[3], f"{p[0]} {p[1]}", born, v.pesel(g, born, female) if g.rnd.random() < 0.6
                         else None, g.code("AA999999")))
        else:
            a, b = v.person(g, "pl", female)
            rows.append((a, b, None, born, v.pesel(g, born, female), None))
    places = [g.rnd.choice(v.PL_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "pl")
    office_nip = v.nip(g)
    return Table("tlumacze_przysiegli_wroclaw.zlecenia", "pl", "snake", [
        c("id_zlecenia", N, "BIGINT", g.keys(12_001), "decoy", KEY),
        c("nr_zlecenia", N, "VARCHAR", g.col(lambda: v.pesel_decoy(g)), "decoy", SHAPE),
        c("nr_repertorium", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 2400)}/2025"), "decoy"),
        c("imie", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("nazwisko", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("imie_nazwisko_cyrylica", "person_name", "VARCHAR", [r[2] for r in rows], HEAVY),
        c("pesel", "national_id", "VARCHAR", [r[4] for r in rows]),
        c("data_urodzenia", "date_of_birth", "DATE", [r[3] for r in rows]),
        c("nr_paszportu", "national_id", "VARCHAR", [r[5] for r in rows], HEAVY),
        c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.5, "intl": 0.3, "e164": 0.2}, 0.9)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["ua" if r[2] else "pl"])
                                        if g.rnd.random() < 0.8 else None for r in rows]),
        c("adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PL_STREETS, "pl"), 0.2)),
        c("kod_pocztowy", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(3)}" for p in places]),
        c("miejscowosc", "city", "VARCHAR", [p[0] for p in places]),
        c("jezyk", N, "VARCHAR", g.col(g.pick(["ukraiński", "angielski", "niemiecki", "rosyjski"])), "decoy"),
        c("rodzaj_dokumentu", N, "VARCHAR", g.col(g.pick(["akt urodzenia", "dyplom", "prawo jazdy", "akt małżeństwa"])),
          "decoy"),
        c("tlumacz", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("nip_biura", N, "VARCHAR", [office_nip] * g.rows, "business", SHAPE),
        c("kwota_brutto", N, "DECIMAL(8,2)", g.amounts(60, 900), "decoy"),
        c("data_przyjecia", N, "DATE", g.days("2025-01-02", "2025-12-10"), "decoy"),
        c("pole_dodatkowe_2", "free_text", "VARCHAR", _custom(g, "PL", "pl"), CUSTOM),
    ])


def tr_tercume_burosu(g: Gen) -> Table:
    """An Istanbul translation bureau's notarised translations (Turkish, camel case)."""
    pairs = [v.person(g, "tr") for _ in range(g.rows)]
    places = [g.rnd.choice(v.TR_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "tr")
    notaries = ["Kadıköy 12. Noterliği", "Beşiktaş 7. Noterliği", "Şişli 31. Noterliği"]

    def aciklama() -> str:
        return g.rnd.choice(["Apostil istendi", f"Evrakı kardeşi {v.whole(g, 'tr')} teslim aldı", "Acil teslim",
                             f"Müşteri {v.given(g, 'tr')} Hanım aradı, kargo adresi değişti"])

    return Table("tercumeBurosu.noterOnayliCeviriler", "tr", "camel", [
        c("siparisId", N, "BIGINT", g.keys(400_001), "decoy", KEY),
        c("siparisNo", N, "VARCHAR", g.col(lambda: v.tckimlik_decoy(g)), "decoy", SHAPE),
        c("musteriAdi", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("musteriSoyadi", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("tcKimlikNo", "national_id", "VARCHAR", g.col(lambda: v.tckimlik(g), 0.15)),
        c("dogumTarihi", "date_of_birth", "DATE", g.births(1950, 2007)),
        c("cepTelefonu", "phone", "VARCHAR", g.phones("TR", {"national": 0.6, "e164": 0.4}, 1.0, 0.05)),
        c("ePosta", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["tr"]) if g.rnd.random() < 0.85 else None
                                         for a, b in pairs]),
        c("adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.TR_STREETS, "tr"), 0.25)),
        c("ilce", "city", "VARCHAR", [p[0] for p in places]),
        c("postaKodu", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("il", N, "VARCHAR", ["İstanbul"] * g.rows, "decoy"),
        c("kaynakDil", N, "VARCHAR", g.col(g.pick(["Almanca", "İngilizce", "Rusça", "Arapça", "Fransızca"])),
          "decoy"),
        c("yeminliTercuman", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("noterlik", N, "VARCHAR", g.col(g.pick(notaries)), "business"),
        c("iadeIban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "TR"), 0.75), HEAVY),
        c("kargoTakipNo", N, "VARCHAR", g.col(lambda: g.code("9999999999999"), 0.4), "decoy", SHAPE),
        c("tutar", N, "DECIMAL(10,2)", g.amounts(400, 6_500), "decoy"),
        c("teslimTarihi", N, "DATE", g.days("2025-01-08", "2025-12-12"), "decoy"),
        c("ozelAlan2", "free_text", "VARCHAR", _custom(g, "TR", "tr"), CUSTOM),
        c("aciklama", "free_text", "VARCHAR", g.sparse(aciklama, 0.74, _words("yok", "bilinmiyor")), NULLWORD),
    ])


def br_traducao_juramentada(g: Gen) -> Table:
    """A Belo Horizonte sworn translation office's orders (Brazilian Portuguese, snake case)."""
    pairs = [v.person(g, "br") for _ in range(g.rows)]
    places = [g.rnd.choice(v.BR_CITIES) for _ in range(g.rows)]
    staff = [(name, f"{g.rnd.randint(100, 999)}/{g.rnd.randint(88, 99)}") for name in _staff(g, 4, "br")]
    tr = [g.rnd.choice(staff) for _ in range(g.rows)]
    companies = [("Mineração Serra Azul S.A.", v.cnpj(g)), ("Construtora Horizonte Ltda.", v.cnpj(g)),
                 ("Laticínios Vale do Rio Doce Ltda.", v.cnpj(g))]
    pj = [g.rnd.randrange(len(companies)) if g.rnd.random() < 0.4 else None for _ in range(g.rows)]
    return Table("traducao_juramentada_bh.pedidos", "pt", "snake", [
        c("id_pedido", N, "BIGINT", g.keys(3_001), "decoy", KEY),
        c("numero_pedido", N, "VARCHAR", g.col(lambda: v.cpf_decoy(g)), "decoy", SHAPE),
        c("nome_cliente", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs]),
        c("cpf", "national_id", "VARCHAR", g.col(lambda: v.cpf(g, g.rnd.random() < 0.7), 0.1)),
        c("rg", "national_id", "VARCHAR", g.col(lambda: g.code("MG-99.999.999"), 0.62), HEAVY),
        c("data_nascimento", "date_of_birth", "DATE", g.births(1950, 2007)),
        c("celular", "phone", "VARCHAR", g.phones("BR", {"national": 0.7, "e164": 0.3}, 0.9)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["br"]) for a, b in pairs]),
        c("logradouro", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.BR_STREETS, "br"), 0.1)),
        c("cep", "postal_code", "VARCHAR", [f"{p[1]}{g.digits(3)}-{g.digits(3)}" for p in places]),
        c("cidade", "city", "VARCHAR", [p[0] for p in places]),
        c("uf", N, "VARCHAR", ["MG"] * g.rows, "decoy"),
        c("empresa_contratante", N, "VARCHAR", [companies[i][0] if i is not None else None for i in pj], "business"),
        c("cnpj_contratante", N, "VARCHAR", [companies[i][1] if i is not None else None for i in pj], "business",
          SHAPE),
        c("idioma", N, "VARCHAR", g.col(g.pick(["inglês", "italiano", "espanhol", "alemão", "francês"])), "decoy"),
        c("tradutor_publico", "person_name", "VARCHAR", [t[0] for t in tr], STAFF),
        c("matricula_jucemg", "national_id", "VARCHAR", [t[1] for t in tr], LICENCE),
        c("valor_total", N, "DECIMAL(10,2)", g.amounts(90, 2_400), "decoy"),
        c("data_pedido", N, "DATE", g.days("2025-01-06", "2025-12-10"), "decoy"),
        c("campo_livre_2", "free_text", "VARCHAR", _custom(g, "BR", "br"), CUSTOM),
    ])


def ja_tsuyaku_haken(g: Gen) -> Table:
    """An Osaka medical and community interpreter dispatch service's requests from foreign residents (romanized
    Japanese column names, Japanese values)."""
    people = [g.rnd.choice(v.JA_FOREIGN) for _ in range(g.rows)]
    places = [g.rnd.choice(v.JA_CITIES) for _ in range(g.rows)]
    staff = [f"{a} {b}" for a, b in v.JA_STAFF[:4]]
    hospitals = [("生野中央病院", g.phone("JP", "national", False)), ("西成診療所", g.phone("JP", "national", False)),
                 ("東大阪市役所", g.phone("JP", "national", False))]
    hp = [g.rnd.randrange(len(hospitals)) for _ in range(g.rows)]

    def bikou() -> str:
        return g.rnd.choice(["通訳は電話で実施", f"夫の{g.rnd.choice(v.JA_FOREIGN)[0]}さんが同席", "予約変更あり",
                             "診察後に薬局へ同行"])

    return Table("tsuyaku_haken_osaka.irai_kiroku", "ja", "snake", [
        c("irai_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("irai_bangou", N, "VARCHAR", g.col(lambda: g.code("OSK-25-9999")), "decoy", SHAPE),
        c("shimei_katakana", "person_name", "VARCHAR", [p[0] for p in people]),
        c("shimei_romaji", "person_name", "VARCHAR", [p[1] for p in people]),
        c("seinengappi", "date_of_birth", "DATE", g.births(1950, 2015)),
        c("zairyu_card_bangou", "national_id", "VARCHAR", g.col(lambda: v.residence_card(g), 0.3)),
        c("my_number", "national_id", "VARCHAR", g.col(lambda: v.my_number(g), 0.8), HEAVY),
        c("denwa_bangou", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "e164": 0.2}, 0.9)),
        c("juusho", "street_address", "VARCHAR", g.col(g.pick(v.JA_STREETS))),
        c("shikuchouson", "city", "VARCHAR", [p[0] for p in places]),
        c("yuubin_bangou", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(4)}" for p in places]),
        c("gengo", N, "VARCHAR", g.col(g.pick(["ベトナム語", "ネパール語", "中国語", "ポルトガル語", "タガログ語"])),
          "decoy"),
        c("iryou_kikan", N, "VARCHAR", [hospitals[i][0] for i in hp], "business"),
        c("iryou_kikan_denwa", N, "VARCHAR", [hospitals[i][1] for i in hp], "business"),
        c("tsuuyakusha", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("haken_nichiji", N, "TIMESTAMP", g.moments("2025-02-01", "2025-12-10"), "decoy"),
        c("jiyuu_koumoku_2", "free_text", "VARCHAR", _custom(g, "JP", "ja"), CUSTOM),
        c("bikou", "free_text", "VARCHAR", g.sparse(bikou, 0.76, _words("なし", "不明")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (az_medical_interpreting, 700), (gb_bsl_bookings, 450), (ca_certified_translations, 600),
    (au_court_interpreting, 520), (ie_isl_jobs, 400), (tx_court_vouchers, 650), (in_translation_staging, 800),
    (nz_nzsl_bookings, 300), (de_sprachmittler, 480), (es_traduccion_jurada, 550), (nl_tolkencentrum, 500),
    (pl_tlumacze_przysiegli, 600), (tr_tercume_burosu, 700), (br_traducao_juramentada, 420),
    (ja_tsuyaku_haken, 260),
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
