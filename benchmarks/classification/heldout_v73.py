"""Held-out set v73 for the column classifier: 15 tables of *laboratories, pharmacies, clinical research and
diagnostics*, one system per table and each a different organisation, eight with English column names (Greater
Manchester, north-west Ohio, eastern Ontario, Greater Houston, Queensland, Dublin, Cape Town and Bengaluru) and seven
in German, French, Spanish, Italian, Dutch, Japanese (kanji and katakana) and Russian (Cyrillic script). Three are
legacy extracts: an AS/400 file with SCREAMING names glued to a two-letter file prefix (``SRPLNM``, ``SRPSSN``), an
SAP-style table with SAP's German abbreviations (``NNAMS``, ``VNAMS``, ``GBDAT``, ``GBNAM``, ``PSTLZ``, ``ORT01``) and
a pharmacy program's fixed-width file (``PRN_CFASS``, ``PRN_DTNAS``), with values padded with blanks, dates as
``CYYMMDD`` and ``YYYYMMDD`` numbers or text, and SSNs, phones and postal codes kept as numbers with 0 for missing;
the others are modern (snake, camel and Pascal case, DICOM attribute names, native-script names), with abbreviations
(``pt_fnm``, ``pt_snm``, ``ctc_ph``, ``addr_ln1``), a source prefix (``src_crm_col17``) and opaque custom fields
holding personal data (``SRUDF1``, ``Custom1``, ``notes2``, ``User2``, ``misc_2``, ``extra_1``, ``code``,
``ZZFELD2``, ``champLibre1``, ``campo_libre_2``, ``CAMPO_LIB2``, ``vrij_veld_2``, ``予備2``, ``доп_поле_1``) beside
opaque fields holding none (``SRUDF2``, ``Custom2``, ``src_crm_col18``, ``User1``, ``misc_1``, ``extra_2``,
``ZZFELD1``, ``champLibre2``, ``campo_libre_1``, ``CAMPO_LIB1``, ``vrij_veld_1``, ``予備1``, ``доп_поле_2``):

* ``biobank_ops.specimen_consents``: a Greater Manchester hospital biobank's participant consents (NHS numbers,
  the GP, the research nurse who took consent and a witness, sample barcodes with their check digit, freezer
  positions, ``notes2`` the relative who came along);
* ``LABSYS.SRRCVP``: a north-west Ohio hospital outreach laboratory's AS/400 specimen-receipt file (SR prefix: padded
  names, the middle initial, the SSN and phone as numbers with 0, ``SRPDOB`` as ``CYYMMDD``, ordering physicians as
  ``LAST, FIRST MD`` and their NPIs, client practices, courier routes, user profiles and programs, ``SRUDF1`` the
  patient's e-mail for the portal);
* ``rxcounter.RxFills``: an eastern Ontario independent pharmacy's prescription fills (Pascal case: Ontario health
  numbers with their version code, DINs, prescribers and their CPSO numbers, the dispensing pharmacist, delivery
  addresses, allergies, ``Custom1`` the person authorised to pick up);
* ``trialpay.subject_stipends``: a Houston clinical-research site's participant stipend payments (subject and
  screening numbers, protocol and NCT numbers, SSNs for the 1099 with placeholders, reloadable card numbers and
  their last four digits, coordinators, the portal IP, a CRM import's mixed ``src_crm_col17``, ``notes2`` an
  alternate contact);
* ``ris_export.StudyWorklist``: a Toowoomba and Sunshine Coast radiology practice's RIS worklist with DICOM names
  (``PatientName`` as ``FAMILY^GIVEN^MIDDLE``, ``PatientBirthDate`` as ``YYYYMMDD`` text, Medicare numbers,
  ``ReferringPhysicianName``, provider numbers, study instance UIDs, AE titles, technologists and radiologists,
  clinical history naming no one, ``User2`` the mobile for SMS reminders);
* ``histo_lims.case_register``: a Dublin hospital histopathology laboratory's case register (abbreviated: ``pt_fnm``,
  ``pt_snm``, ``pt_dob`` as text, PPSN, Eircodes, SNOMED CT codes with their Verhoeff check digit, diagnoses, the
  requesting clinician and consultant pathologist, the GP practice's address, ``misc_2`` the next of kin's phone);
* ``homedraw.visit_bookings``: a Cape Town home-phlebotomy service's visit bookings (South African ID numbers
  encoding the birth date and sex, medical-aid schemes and numbers, the main member, the referring doctor and
  practice number, phlebotomists by first name, gate codes, the visit's coordinates, ``extra_1`` an alternate
  e-mail);
* ``diagnostix_api.homeTestOrders``: a Bengaluru diagnostics chain's home sample-collection orders from its app (camel
  case: Aadhaar numbers, ``code`` the ABHA health number, pincodes, the lab's GSTIN, coupon codes, UPI payment
  references, app versions, the device IP);
* ``SAPLAB.ZLAB_PATAUF``: a Freiburg university hospital laboratory's order extract in SAP-style names (German:
  ``KVNR`` the health-insurance number, ``GBNAM`` the birth name, ``GBORT``, the Krankenkasse and its IK number, the
  sending physician and the LANR, ``ERNAM``/``AENAM`` logins, ``ZZFELD2`` a relative's phone);
* ``labo_hdf.dossiersPatients``: a Lille medical biology laboratory's patient files (French, camel case: NIR encoding
  the sex, birth month and birthplace, the birth name, the prescribing physician and the RPPS, the laboratory's SIRET,
  tube barcodes, the sampler, ``champLibre1`` the person of trust);
* ``ensayos_hgm.visitas_sujetos``: a Madrid hospital clinical-trials unit's subject visits (Spanish, snake case: DNI
  and NIE, the social-security number, two family names, the refund IBAN, the randomised arm, the EU trial number,
  medication kits, the principal investigator and the CRO's monitor, ``campo_libre_2`` a carer's e-mail);
* ``FARMAGEST.PRENSERV``: a Bari pharmacy's service bookings (ECG, Holter, blood pressure) from its management
  program's fixed-width file (Italian: the codice fiscale encoding the row's name, birth date and comune, the birth
  date and CAP as numbers, the mobile as a number, the electronic prescription number, AIC codes, the family doctor and
  the pharmacist, the pharmacy's partita IVA, ``CAMPO_LIB2`` a carer's mobile);
* ``afnamelab_utrecht.bloedafname_afspraken``: a Utrecht primary-care laboratory's blood-draw appointments (Dutch:
  BSN, ``voorletters``, ``tussenvoegsel``, street and house number apart, the GP and the AGB code, draw locations,
  order numbers of nine digits that fail the BSN's 11-test, ``vrij_veld_2`` an e-mail);
* ``調剤薬局.処方箋受付``: a northern Osaka dispensing pharmacy's prescription intake (Japanese column names: the
  patient's name in kanji and katakana, the insured person's symbol and number, the insurer number, the prescribing
  doctor and clinic, drug names and JAN codes, the pharmacist's family name, ``予備2`` an emergency phone);
* ``лаборатория.заказы_анализов``: a Novosibirsk private laboratory's test orders (Russian, Cyrillic: surname,
  name, patronymic, SNILS, the personal INN for the tax-deduction certificate, the OMS policy, the laboratory's
  OGRN, tube barcodes, the referring doctor and the nurse, order numbers of eleven digits that fail SNILS's check,
  ``доп_поле_1`` an e-mail for results).

Written **blind**, like v2 to v71: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog, history or notes, only the list of kind names and their docstrings
(``governance_dagster/kinds.py``), how the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the
*structure* and labeling conventions of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test,
``tests/heldout_support.py``), the module docstrings of v24 to v71 (to avoid their domains and follow their labeling
conventions), the ``Column``/``Table`` classes and writer they build on (``heldout_v2.py``, ``heldout_v4.py``), the
ruff section of ``pyproject.toml`` and the sources of python-stdnum and phonenumbers. The classifier was not run on
this set while it was written, no scorer was run on it, and no score of any set was looked at: nothing here was
adjusted to what the classifier does. It was written under a short deadline (about an hour, the tests and lint
included), so some labels below are quick decisions rather than settled conventions. It imports no earlier set's
value module: its random source, name lists, streets, towns, postal codes and identifier builders are its own
(:mod:`benchmarks.classification.heldout_v73_values`; the generic ``Gen`` helpers were copied from v27's).

What is new against v2 to v71: earlier sets had a pharmacy's prescriptions (v25), a reference lab's results and a
PBM's fills (v36), a state PMP upload (v44) and, outside the US, a Zaragoza pharmacy counter, a Łódź trial site's
screening log, a Campinas lab's HL7 orders and a blood bank (v55); every organisation and shape here is new: a
biobank's consents, an AS/400 specimen-receipt file, an Ontario pharmacy's fills, trial stipends, a DICOM worklist, a
histopathology case register, home phlebotomy, an Indian diagnostics app, an SAP laboratory order extract, a French
biology lab, a Spanish trials unit, an Italian pharmacy's services in a fixed-width file, a Dutch blood-draw service,
a Japanese dispensing pharmacy and a Russian private lab.

* legacy extracts (tag ``legacy``; ``padded`` for fixed-width CHAR values, ``int_date`` for dates kept as numbers or
  ``DATS`` text, ``numeric_id`` for SSNs, phones and postal codes kept as numbers, ``zero_missing`` where 0 means
  missing);
* decoys (tag ``decoy``; ``value_shape`` when shaped like an identifier): accession, case, requisition, order,
  fill, prescription and kit numbers, specimen and tube barcodes, freezer positions, DICOM UIDs and AE titles,
  protocol, NCT and EU trial numbers, DINs, AIC and JAN codes, medical-aid and insurer numbers, coupon codes and
  payment references, hashes, versions (tag ``version``), visit coordinates (tag ``coordinates``), event dates (tag
  ``event_date``), amounts, codes and flags; health data naming no one (tag ``clinical``): diagnoses, specimen
  descriptions, clinical histories, allergies, adverse events, test panels;
* decoys with check digits (tag ``check_digit``, all ``none``): NPI (Luhn over ``80840``), RPPS (Luhn), SNOMED CT
  codes (Verhoeff), EAN-13 sample and tube barcodes and JAN codes, AIC codes, the SIRET, partita IVA, GSTIN and OGRN
  of the laboratories and pharmacies, the Japanese corporate number; professional registration numbers (tag
  ``practitioner_id``, ``none``): NPI, CPSO, Medicare provider, practice and AGB numbers, LANR, RPPS, GP practice
  codes; order numbers shaped like a BSN, a SNILS or a South African ID number that fail those checks (tag
  ``value_shape``);
* credentials (tag ``credential``, ``none``): gate codes; partial values (tag ``partial``, ``none``): a card's last
  four digits;
* identifiers with check digits (python-stdnum where it has a module): the US SSN (also as a number), the Irish PPSN,
  the French NIR (encoding the row's sex, birth month and birthplace), the Spanish social-security number (modulo 97)
  and the Russian SNILS (``ssn``); the NHS number, the Ontario health number (Luhn), the Australian Medicare number,
  the South African ID number (the row's birth date and sex), Aadhaar (Verhoeff), the German KVNR, DNI and NIE, the
  codice fiscale (the row's name, birth date and comune), the BSN and the Russian personal INN (``national_id``), and
  without a public check digit the ABHA number, the Japanese insured person's number and the OMS policy
  (``national_id``); Spanish IBANs; prepaid card numbers (Luhn); phones of fourteen countries (phonenumbers) in
  national, international, E.164 and dashed forms and as numbers; IPv4 and IPv6.

Tags: ``legacy``, ``padded``, ``int_date``, ``numeric_id``, ``zero_missing``, ``decoy``, ``business``,
``value_shape``, ``check_digit``, ``practitioner_id``, ``clinical``, ``coordinates``, ``hashed``, ``version``,
``event_date``, ``credential``, ``partial``, ``join_key``, ``null_heavy``, ``nullword_heavy``, ``staff``,
``role_word``, ``premises``, ``username``, ``audit``, ``service_account``, ``opaque``, ``misleading``,
``mixed_kinds``, ``placeholder``, ``abbrev``, ``dicom``.

Labeling choices a reader may question:

* kinds.py puts every country's social-security number under ``ssn``: the US SSN, the Irish PPSN, the French NIR,
  the Spanish ``nss`` and the Russian SNILS are ``ssn``; government health numbers (NHS, Ontario health number,
  Medicare, KVNR, ABHA, the Japanese insured person's number, the OMS policy), ID numbers (South African ID, Aadhaar,
  DNI/NIE, BSN, codice fiscale) and the personal INN are ``national_id``, as v36 and v55 label health numbers;
* a medical record number, a patient number, a trial subject or screening number, a medical-aid or fund member
  number and a biobank participant reference are ``none`` (tag ``join_key``), as v36 and v55 label record numbers;
  the insurer's number (``保険者番号``) and the Krankenkasse's IK number are ``none`` (tag ``business``);
* a prescriber's, referrer's, requesting clinician's, GP's, investigator's or monitor's name is ``person_name`` (tag
  ``role_word``); their NPI, CPSO, provider, practice, AGB, LANR and RPPS numbers are ``none`` (tag
  ``practitioner_id``); their practice's name, address and phone are ``none`` (tag ``business``);
* staff (research nurses, pharmacists, technologists, radiologists, pathologists, phlebotomists, samplers, nurses) are
  ``person_name`` (tag ``staff``), a first name alone ``first_name`` and a family name alone ``last_name``; AS/400
  user profiles and SAP ``ERNAM``/``AENAM`` are ``unclassified`` (tag ``username``), programs ``none`` (tag
  ``service_account``);
* a DICOM ``PatientName`` (``FAMILY^GIVEN^MIDDLE``), ``LAST, FIRST MD`` cells and a katakana reading of the name are
  ``person_name``; a middle initial, Dutch ``voorletters`` (initials) and a Russian patronymic follow v2 and v71: the
  initials ``first_name``, the patronymic (``отчество``, a name part neither given nor family) ``person_name``; a
  birth name (``GBNAM``, ``nomNaissance``), a second family name (``apellido2``) and ``tussenvoegsel`` are
  ``last_name``;
* a Dutch ``huisnummer`` and an address's second line are ``street_address``; a patient's delivery address and the
  home a phlebotomist visits are ``street_address`` (tag ``premises``), the visit's coordinates ``none``; a
  birthplace (``GBORT``, ``villeNaissance``, ``PRN_LNAS``) and a suburb are ``city``; US states, Italian provinces and
  prefectures are ``none``;
* ``notes2`` (a relative's or alternate contact's name: ``person_name``), ``SRUDF1``, ``extra_1``, ``campo_libre_2``,
  ``vrij_veld_2`` and ``доп_поле_1`` (e-mail addresses), ``User2``, ``misc_2``, ``ZZFELD2``, ``CAMPO_LIB2`` and
  ``予備2`` (phones), ``Custom1`` and ``champLibre1`` (names) and ``code`` (the ABHA number: ``national_id``) carry
  tag ``opaque`` and ``misleading``; ``src_crm_col17`` mixes phones, e-mail addresses and names by row
  (``free_text``, tag ``mixed_kinds``);
* diagnoses, specimen descriptions, clinical histories, allergies, adverse events and test panels naming no one are
  ``none`` (tag ``clinical``); notes and comments naming people or giving phones are ``free_text``;
* an SSN's placeholder ``000-00-0000`` leaves the column ``ssn`` (tag ``placeholder``); a card's last four digits
  are ``none`` (tag ``partial``); a reloadable stipend card's number is ``credit_card``;
* dates of collection, receipt, dispensing, payment, visits, withdrawal and authorisation are ``none`` (tag
  ``event_date``); dates of birth kept as numbers, ``DATS`` or DICOM text keep ``date_of_birth``; phones, SSNs and
  postal codes kept as numbers keep their kind; an age in years is ``none``.

Labeling rules otherwise as v27 (see :mod:`benchmarks.classification.heldout_v27`): a business's address, phone,
postal code, city and contact are ``none`` (tag ``business``); ``null_heavy`` means 50-95% NULL, ``nullword_heavy``
70-95% NULL words or blanks. Rows per table: 450 to 1,500.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets, towns
and postal codes of :mod:`benchmarks.classification.heldout_v73_values`, written for v73 (no Faker, no list of real
people, no breach data). Build: ``python -m benchmarks.classification.heldout_v73 [PATH]`` (default
``/tmp/heldout_v73.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v73``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from stdnum import luhn
from stdnum.fr import nir
from stdnum.nl import bsn
from stdnum.za import idnr as za_idnr

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v73_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v73_values import NULLISH, SEED, USERNAME, Gen, N, c, pad

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

DEFAULT_PATH = Path("/tmp/heldout_v73.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings, placeholders, blanks and empty strings
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
MISLEADING = "misleading"
STAFF = "staff"  # staff named in a column with few distinct values
ROLE = "role_word"  # a role word (prescriber, referrer, GP, investigator, main member ...) holding people
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
SERVICE = "service_account"
PREMISES = "premises"  # a person's home named as a delivery address or a visit address
KEY = "join_key"
LEGACY = "legacy"
PADDED = "padded"
INT_DATE = "int_date"
NUMERIC = "numeric_id"
ZERO = "zero_missing"
CHECK = "check_digit"
PRACT = "practitioner_id"
CLINICAL = "clinical"
COORD = "coordinates"
HASHED = "hashed"
VERSION = "version"
EVENT = "event_date"
CREDENTIAL = "credential"
PARTIAL = "partial"
OPAQUE = "opaque"
MIXED = "mixed_kinds"
PLACEHOLDER = "placeholder"
DICOM = "dicom"


def _staff(g: Gen, n: int, make: Callable[[Gen], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _profile(g: Gen, lang: str, width: int) -> str:
    """An AS/400 user profile: the initial and the family name, upper case, cut to ``width``."""
    a, b = (v.plain(s) for s in v.person(g, lang))
    return (a[0] + b)[:width].upper()


def _sap_user(g: Gen, lang: str) -> str:
    """An SAP user name: seven letters of the family name and the initial, upper case."""
    a, b = (v.plain(s) for s in v.person(g, lang))
    return (b[:7] + a[0]).upper()


def _ru_nurse(g: Gen) -> str:
    a, b = v.person(g, "ru", True)
    return f"{b} {a[0]}."


def _cyymmdd(d: date) -> int:
    return (d.year // 100 - 19) * 1_000_000 + (d.year % 100) * 10_000 + d.month * 100 + d.day


def _ymd(d: date) -> int:
    return d.year * 10_000 + d.month * 100 + d.day


# -- English: Greater Manchester, Ohio, Ontario, Houston -----------------------------------------------------------------


def biobank_consents(g: Gen) -> Table:
    """A Greater Manchester hospital biobank's participant consents: the consent id and participant reference
    (``none``), NHS number, forename, surname, birth date, address, town, postcode, mobile, e-mail, the GP (a role),
    the GP practice code (``none``), consent version, the research nurse who took consent (few), a witness (mostly
    NULL), the sample barcode (EAN-13, ``none``), the freezer position, withdrawal time, notes and ``notes2`` (the
    relative who came along)."""
    pairs = [v.person(g, "gb") for _ in range(g.rows)]
    places = [g.rnd.choice(v.GB_TOWNS) for _ in range(g.rows)]
    nurses = _staff(g, 5, lambda x: v.whole(x, "gb"))

    def gp() -> str:
        a, b = v.person(g, "gb")
        return g.rnd.choice([f"Dr {a[0]}. {b}", f"Dr {a} {b}", f"Dr {b}"])

    def note() -> str:
        return g.rnd.choice([f"Daughter {v.given(g, 'gb')} present, happy to be contacted",
                             "Consented to genomic analysis only", f"Call {g.phone('GB', 'national')} after 4pm",
                             "Needle-phobic, used butterfly", f"Interpreter booked ({v.whole(g, 'gb')})"])

    return Table("biobank_ops.specimen_consents", "en", "snake", [
        c("consent_id", N, "INTEGER", g.keys(40_001), "decoy", KEY),
        c("participant_ref", N, "VARCHAR", g.col(lambda: g.code("MBB-9999999")), "decoy", KEY, SHAPE),
        c("nhs_number", "national_id", "VARCHAR", g.col(lambda: v.nhs_number(g, g.rnd.random() < 0.6), 0.04)),
        c("forename", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("surname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("date_of_birth", "date_of_birth", "DATE", g.births(1931, 2006)),
        c("address_line_1", "street_address", "VARCHAR", g.col(lambda: v.gb_street(g))),
        c("town", "city", "VARCHAR", [p[0] for p in places]),
        c("postcode", "postal_code", "VARCHAR", [v.gb_postcode(g, p[1]) for p in places]),
        c("mobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.25, "e164": 0.15}, 0.9, 0.1)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["gb"]) if g.rnd.random() < 0.7 else None
                                        for a, b in pairs]),
        c("gp_name", "person_name", "VARCHAR", g.col(gp, 0.08), ROLE),
        c("gp_practice_code", N, "VARCHAR", g.col(lambda: g.code("P8999999")[:6]), "decoy", PRACT, SHAPE),
        c("consent_version", N, "VARCHAR", g.col(g.pick(["v4.2", "v4.2", "v5.0", "v5.1 (easy read)"])), "decoy",
          VERSION),
        c("consent_taken_by", "person_name", "VARCHAR", g.col(g.pick(nurses)), STAFF),
        c("witness_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "gb"), 0.8), HEAVY, ROLE),
        c("sample_barcode", N, "VARCHAR", g.col(lambda: v.ean13(g, "20")), "decoy", CHECK, SHAPE),
        c("freezer_position", N, "VARCHAR", g.col(lambda: g.code("F09-R9-B99-A9")), "decoy"),
        c("withdrawal_requested_at", N, "TIMESTAMP", g.moments("2022-01-01", "2025-11-30", 0.6), "decoy", EVENT),
        c("notes", "free_text", "VARCHAR", g.sparse(note, 0.75, ("", "-", "n/a")), NULLWORD),
        c("notes2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "gb"), 0.65), HEAVY, OPAQUE, MISLEADING),
    ])


def ohio_specimen_receipt(g: Gen) -> Table:
    """A north-west Ohio hospital outreach laboratory's AS/400 specimen-receipt file ``SRRCVP`` (SR prefix, padded
    CHAR values): accession and sequence, the patient's family, given and middle initial, the SSN as a number (0 when
    missing), the birth date as ``CYYMMDD``, address, city, state, ZIP and phone as numbers, the MRN, the ordering
    physician (``LAST, FIRST MD``) and NPI, the client practice, tests, the collection date as ``YYYYMMDD``, the
    courier route, ``SRUDF1`` (the portal e-mail) and ``SRUDF2`` (a fasting flag), the user profile and program."""
    docs = [(v.person(g, "us"), v.npi(g)) for _ in range(14)]
    clients = ["MAUMEE VALLEY FAMILY PRACTICE", "FINDLAY INTERNAL MEDICINE", "LIMA OB GYN ASSOC",
               "SANDUSKY BAY PEDIATRICS", "TIFFIN URGENT CARE", "NW OHIO ENDOCRINOLOGY"]
    profiles = _staff(g, 5, lambda x: _profile(x, "us", 8))
    places = [g.rnd.choice(v.US_OH) for _ in range(g.rows)]
    doc = [g.rnd.choice(docs) for _ in range(g.rows)]
    births = g.births(1932, 2024)
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    return Table("LABSYS.SRRCVP", "en", "screaming", [
        c("SRACCN", N, "VARCHAR", g.col(lambda: pad(g.code("25T9999999"), 12)), "decoy", LEGACY, PADDED, SHAPE),
        c("SRSEQ", N, "INTEGER", g.ints(1, 6), "decoy", LEGACY),
        c("SRPLNM", "last_name", "VARCHAR", [pad(b.upper(), 20) for _, b in pairs], LEGACY, PADDED, ABBREV),
        c("SRPFNM", "first_name", "VARCHAR", [pad(a.upper(), 15) for a, _ in pairs], LEGACY, PADDED, ABBREV),
        c("SRPMI", "first_name", "VARCHAR", [pad(g.rnd.choice("ABCDEJKLMRST") if g.rnd.random() < 0.6 else "", 1)
                                             for _ in range(g.rows)], LEGACY, PADDED, ABBREV),
        c("SRPSSN", "ssn", "BIGINT", [int(v.us_ssn(g, False)) if g.rnd.random() < 0.6 else 0 for _ in range(g.rows)],
          LEGACY, NUMERIC, ZERO, ABBREV),
        c("SRPDOB", "date_of_birth", "INTEGER", [_cyymmdd(d) for d in births], LEGACY, INT_DATE, ABBREV),
        c("SRPADR", "street_address", "VARCHAR", [pad(v.us_street(g, v.US_OH_STREETS).upper(), 30)
                                                  for _ in range(g.rows)], LEGACY, PADDED, ABBREV),
        c("SRPCTY", "city", "VARCHAR", [pad(p[0].upper(), 20) for p in places], LEGACY, PADDED, ABBREV),
        c("SRPST", N, "VARCHAR", [p[1] for p in places], "decoy", LEGACY),
        c("SRPZIP", "postal_code", "INTEGER", [int(v.us_zip(g, p[2])) for p in places], LEGACY, NUMERIC, ABBREV),
        c("SRPPHN", "phone", "BIGINT", [g.phone("US", "num", g.rnd.random() < 0.7) if g.rnd.random() < 0.85 else 0
                                        for _ in range(g.rows)], LEGACY, NUMERIC, ZERO, ABBREV),
        c("SRMRN", N, "VARCHAR", g.col(lambda: pad(g.code("M99999999"), 10)), "decoy", KEY, LEGACY, PADDED),
        c("SRORDP", "person_name", "VARCHAR", [pad(f"{d[0][1].upper()}, {d[0][0].upper()} MD", 30) for d in doc],
          ROLE, LEGACY, PADDED, ABBREV),
        c("SRNPI", N, "VARCHAR", [d[1] for d in doc], "decoy", PRACT, CHECK, SHAPE, LEGACY),
        c("SRCLNM", N, "VARCHAR", g.col(lambda: pad(g.rnd.choice(clients), 30)), "business", LEGACY, PADDED),
        c("SRTEST", N, "VARCHAR", g.col(g.pick(["CMP,LIPID", "CBC", "TSH,FT4", "HGBA1C", "UA,UCX", "PT/INR",
                                                "CBC,CMP,VITD"])), "decoy", CLINICAL, LEGACY),
        c("SRCOLD", N, "INTEGER", [_ymd(g.day("2025-06-01", "2025-11-30")) for _ in range(g.rows)], "decoy", EVENT,
          LEGACY, INT_DATE),
        c("SRRTE", N, "VARCHAR", g.col(g.pick(["RT01", "RT02", "RT07", "RT12"])), "decoy", LEGACY),
        c("SRUDF1", "email", "VARCHAR", [pad(v.email_of(g, a, b, v.DOMAINS["us"]).upper()
                                             if g.rnd.random() < 0.55 else "", 40) for a, b in pairs],
          LEGACY, PADDED, OPAQUE, MISLEADING),
        c("SRUDF2", N, "VARCHAR", g.col(g.pick(["Y", "N", "N", " "])), "decoy", LEGACY, OPAQUE),
        c("SRUSER", USERNAME, "VARCHAR", g.col(lambda: pad(g.rnd.choice(profiles), 10)), USER, AUDIT, LEGACY,
          PADDED),
        c("SRPGM", N, "VARCHAR", g.col(g.pick(["SRR100", "SRR210"])), "decoy", AUDIT, SERVICE, LEGACY),
    ])


def ontario_rx_fills(g: Gen) -> Table:
    """An eastern Ontario independent pharmacy's prescription fills (Pascal case): fill id, Rx number (``none``),
    the patient's names, birth date, health number (with its version code), phone and e-mail, the delivery address
    and postal code (mostly NULL: pick-ups), DIN, drug, quantity, the prescriber (a role) and CPSO number, the
    dispensing pharmacist (few), allergies (``none``), ``Custom1`` (the person authorised to pick up), ``Custom2``
    (packaging), fill time and the pharmacy's phone."""
    pairs = [v.person(g, "ca") for _ in range(g.rows)]
    prescribers = [(f"Dr. {a} {b}", g.digits(5)) for a, b in (v.person(g, "ca") for _ in range(12))]
    pres = [g.rnd.choice(prescribers) for _ in range(g.rows)]
    pharmacists = _staff(g, 4, lambda x: v.whole(x, "ca"))
    delivered = [g.rnd.random() < 0.35 for _ in range(g.rows)]
    places = [g.rnd.choice(v.CA_TOWNS) for _ in range(g.rows)]

    def health_number() -> str:
        n = v.ohip(g)
        return g.rnd.choice([n, f"{n[:4]}-{n[4:7]}-{n[7:]}", f"{n} {g.code('AA')}", f"{n[:4]} {n[4:7]} {n[7:]}"])

    drugs = [("02242705", "Atorvastatin 20 mg"), ("02229452", "Metformin 500 mg"), ("02331284", "Ramipril 5 mg"),
             ("02248283", "Levothyroxine 100 mcg"), ("02301636", "Amoxicillin 500 mg"), ("02388073", "Apixaban 5 mg")]
    drug = [g.rnd.choice(drugs) for _ in range(g.rows)]
    return Table("rxcounter.RxFills", "en", "pascal", [
        c("FillId", N, "BIGINT", g.keys(5_500_001), "decoy", KEY),
        c("RxNumber", N, "VARCHAR", g.col(lambda: v.not_valid(g, lambda: g.rnd.choice("123") + g.digits(9),
                                                              luhn.is_valid)), "decoy", SHAPE),
        c("PatientFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("PatientLastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("PatientDob", "date_of_birth", "DATE", g.births(1930, 2022)),
        c("HealthCardNumber", "national_id", "VARCHAR", g.col(health_number, 0.05)),
        c("PatientPhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.6, "dashes": 0.3, "e164": 0.1}, 0.7)),
        c("PatientEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ca"]) if g.rnd.random() < 0.55 else None
                                               for a, b in pairs]),
        c("DeliveryAddress", "street_address", "VARCHAR", [v.ca_street(g) if d else None for d in delivered],
          HEAVY, PREMISES),
        c("DeliveryPostalCode", "postal_code", "VARCHAR", [v.ca_postcode(g, p[1]) if d else None
                                                           for d, p in zip(delivered, places, strict=True)],
          HEAVY, PREMISES),
        c("DIN", N, "VARCHAR", [d[0] for d in drug], "decoy", SHAPE),
        c("DrugName", N, "VARCHAR", [d[1] for d in drug], "decoy"),
        c("Quantity", N, "INTEGER", g.col(g.pick([30, 60, 90, 100, 21])), "decoy"),
        c("PrescriberName", "person_name", "VARCHAR", [p[0] for p in pres], ROLE),
        c("PrescriberCpso", N, "VARCHAR", [p[1] for p in pres], "decoy", PRACT, SHAPE),
        c("DispensingPharmacist", "person_name", "VARCHAR", g.col(g.pick(pharmacists)), STAFF),
        c("Allergies", N, "VARCHAR", g.col(g.pick(["NKDA", "Penicillin", "Sulfa", "Codeine", "NKDA", "Latex"])),
          "decoy", CLINICAL),
        c("Custom1", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.7), HEAVY, OPAQUE, MISLEADING),
        c("Custom2", N, "VARCHAR", g.col(g.pick(["Blister weekly", "Vials", "Easy-open caps", "Blister monthly"]),
                                         0.4), "decoy", OPAQUE),
        c("FilledAt", N, "TIMESTAMP", g.moments("2025-07-01", "2025-11-30"), "decoy", EVENT),
        c("PharmacyPhone", N, "VARCHAR", ["(613) 555-0148"] * g.rows, "business"),
    ])


def houston_trial_stipends(g: Gen) -> Table:
    """A Houston clinical-research site's participant stipend payments: payment id, subject and screening numbers,
    protocol and NCT numbers (``none``), the participant's abbreviated names, SSN for the 1099 (placeholders), two
    address lines, city, state (``none``), ZIP, phone and e-mail, the reloadable card's number and last four digits,
    visit, amount, payment time, the coordinator (few), the portal IP, ``src_crm_col17`` (a phone, an e-mail or a name
    by row: ``free_text``), ``src_crm_col18`` (a lead source: ``none``) and ``notes2`` (an alternate contact)."""
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_TX) for _ in range(g.rows)]
    coords = _staff(g, 4, lambda x: v.whole(x, "us"))
    cards = g.col(lambda: v.card(g), 0.35)

    def mixed() -> str | None:
        r = g.rnd.random()
        if r < 0.2:
            return None
        if r < 0.5:
            return g.phone("US", "national")
        if r < 0.8:
            return v.email(g, "us")
        return v.whole(g, "us")

    ssns = [v.us_ssn(g, g.rnd.random() < 0.8) if g.rnd.random() < 0.75 else None for _ in range(g.rows)]
    ssns = [("000-00-0000" if x is not None and g.rnd.random() < 0.03 else x) for x in ssns]
    return Table("trialpay.subject_stipends", "en", "snake", [
        c("payment_id", N, "BIGINT", g.keys(90_001), "decoy", KEY),
        c("subject_id", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['101', '102'])}-{g.digits(4)}"), "decoy", KEY),
        c("screening_no", N, "VARCHAR", g.col(lambda: g.code("S99-9999")), "decoy", KEY),
        c("protocol_no", N, "VARCHAR", g.col(g.pick(["CRX-2207-301", "HTX-118-2B", "MK-4416-012"])), "decoy"),
        c("nct_number", N, "VARCHAR", g.col(g.pick(["NCT05612347", "NCT06120983", "NCT05877210"])), "decoy", SHAPE),
        c("pt_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("pt_lnm", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
        c("ssn", "ssn", "VARCHAR", ssns, PLACEHOLDER),
        c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.us_street(g, v.US_TX_STREETS)), ABBREV),
        c("addr_ln2", "street_address", "VARCHAR", g.col(lambda: g.rnd.choice([f"Apt {g.rnd.randint(100, 2400)}",
                                                                               f"Unit {g.rnd.randint(1, 40)}"]), 0.75),
          HEAVY, ABBREV),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("state", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("zip", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in places]),
        c("ctc_ph", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.9), ABBREV),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["us"]) if g.rnd.random() < 0.8 else None
                                        for a, b in pairs]),
        c("card_number", "credit_card", "VARCHAR", cards),
        c("card_last4", N, "VARCHAR", [x[-4:] if x else None for x in cards], "decoy", PARTIAL, SHAPE),
        c("visit_name", N, "VARCHAR", g.col(g.pick(["Screening", "Day 1", "Week 4", "Week 12", "EOS", "Unscheduled"])),
          "decoy"),
        c("amount_usd", N, "DECIMAL(8,2)", g.col(g.pick([50.0, 75.0, 100.0, 150.0, 250.0])), "decoy"),
        c("paid_at", N, "TIMESTAMP", g.moments("2025-03-01", "2025-11-30"), "decoy", EVENT),
        c("coordinator", "person_name", "VARCHAR", g.col(g.pick(coords)), STAFF),
        c("portal_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.45)),
        c("src_crm_col17", "free_text", "VARCHAR", [mixed() for _ in range(g.rows)], MIXED, OPAQUE),
        c("src_crm_col18", N, "VARCHAR", g.col(g.pick(["radio_ad", "facebook", "clinic_referral", "website"]), 0.2),
          "decoy", OPAQUE),
        c("notes2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "us"), 0.7), HEAVY, OPAQUE, MISLEADING),
    ])


# -- English: Queensland, Dublin, Cape Town, Bengaluru -----------------------------------------------------------------


def qld_ris_worklist(g: Gen) -> Table:
    """A Toowoomba and Sunshine Coast radiology practice's RIS worklist with DICOM attribute names (Pascal case)."""
    births = g.births(1935, 2023)
    rows = [(v.person(g, "au"), v.given(g, "au") if g.rnd.random() < 0.4 else "") for _ in range(g.rows)]
    places = [g.rnd.choice(v.AU_TOWNS) for _ in range(g.rows)]
    referrers = [(f"Dr {a} {b}", f"{g.digits(6)}{g.rnd.choice('ABCDFHJKLTWXY')}{g.rnd.choice('ABCDFHJKLTWXY')}")
                 for a, b in (v.person(g, "au") for _ in range(15))]
    ref = [g.rnd.choice(referrers) for _ in range(g.rows)]
    techs = _staff(g, 6, lambda x: v.whole(x, "au"))
    rads = _staff(g, 3, lambda x: f"Dr {v.whole(x, 'au')}")

    def medicare() -> str:
        m = v.medicare_au(g)
        return g.rnd.choice([m, f"{m[:4]} {m[4:9]} {m[9]}"])

    def dicom_name(r: tuple) -> str:
        (a, b), mid = r
        return f"{b.upper()}^{a}" + (f"^{mid}" if mid else "")

    return Table("ris_export.StudyWorklist", "en", "pascal", [
        c("AccessionNumber", N, "VARCHAR", g.col(lambda: g.code("TWB99999999")), "decoy", SHAPE, DICOM),
        c("StudyInstanceUID", N, "VARCHAR", g.col(lambda: f"1.2.36.0.4815.{g.digits(6)}.{g.digits(9)}"
                                                         f".{g.rnd.randint(1, 99)}"), "decoy", SHAPE, DICOM),
        c("PatientID", N, "VARCHAR", g.col(lambda: g.code("QR9999999")), "decoy", KEY, DICOM),
        c("PatientName", "person_name", "VARCHAR", [dicom_name(r) for r in rows], DICOM),
        c("PatientBirthDate", "date_of_birth", "VARCHAR", [d.strftime("%Y%m%d") for d in births], DICOM, INT_DATE),
        c("PatientSex", N, "VARCHAR", g.col(g.pick(["M", "F", "F", "M", "O"])), "decoy", DICOM),
        c("MedicareNumber", "national_id", "VARCHAR", g.col(medicare, 0.08)),
        c("PatientAddress", "street_address", "VARCHAR", g.col(lambda: v.au_street(g)), DICOM),
        c("Suburb", "city", "VARCHAR", [p[0] for p in places]),
        c("Postcode", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("PatientTelephoneNumbers", "phone", "VARCHAR", g.phones("AU", {"national": 0.7, "intl": 0.3}, 0.75, 0.05),
          DICOM),
        c("Modality", N, "VARCHAR", g.col(g.pick(["CT", "MR", "US", "DX", "MG", "NM"])), "decoy", DICOM),
        c("BodyPartExamined", N, "VARCHAR", g.col(g.pick(["CHEST", "KNEE", "ABDOMEN", "BREAST", "LSPINE", "HEAD"])),
          "decoy", CLINICAL, DICOM),
        c("ReferringPhysicianName", "person_name", "VARCHAR", [r[0] for r in ref], ROLE, DICOM),
        c("ReferrerProviderNumber", N, "VARCHAR", [r[1] for r in ref], "decoy", PRACT, SHAPE),
        c("PerformingTechnologist", "person_name", "VARCHAR", g.col(g.pick(techs)), STAFF),
        c("ReportingRadiologist", "person_name", "VARCHAR", g.col(g.pick(rads), 0.2), STAFF),
        c("StationAETitle", N, "VARCHAR", g.col(g.pick(["TWB_CT01", "MCD_MR02", "CAL_US03", "TWB_DX01"])), "decoy",
          DICOM),
        c("ClinicalHistory", N, "VARCHAR", g.col(g.pick(["?fracture L wrist after fall", "RIF pain, ?appendicitis",
                                                         "Screening mammogram", "Persistent cough 6/52",
                                                         "Post-op review R TKR"])), "decoy", CLINICAL),
        c("StudyDateTime", N, "TIMESTAMP", g.moments("2025-08-01", "2025-11-30"), "decoy", EVENT),
        c("User1", N, "VARCHAR", g.col(g.pick(["Room 1", "Room 2", "CT suite", "US 3"])), "decoy", OPAQUE),
        c("User2", "phone", "VARCHAR", g.phones("AU", {"e164": 0.6, "national": 0.4}, 1.0, 0.4), OPAQUE, MISLEADING),
    ])


def dublin_histo_cases(g: Gen) -> Table:
    """A Dublin hospital histopathology laboratory's case register (abbreviated snake case)."""
    pairs = [v.person(g, "ie") for _ in range(g.rows)]
    places = [g.rnd.choice(v.IE_TOWNS) for _ in range(g.rows)]
    clinicians = _staff(g, 8, lambda x: f"Mr {v.whole(x, 'ie')}")
    paths = _staff(g, 4, lambda x: f"Dr {v.whole(x, 'ie')}")
    births = g.births(1930, 2015)
    practices = ["Swords Medical Centre, Main Street, Swords", "Castle Clinic, Bray Road, Bray",
                 "Naas Family Practice, Sallins Road, Naas", "Tallaght Cross Surgery, Belgard Square"]
    return Table("histo_lims.case_register", "en", "snake", [
        c("case_no", N, "VARCHAR", g.col(lambda: f"S25-{g.digits(5)}"), "decoy", SHAPE),
        c("block_count", N, "INTEGER", g.ints(1, 14), "decoy"),
        c("pt_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("pt_snm", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
        c("pt_dob", "date_of_birth", "VARCHAR", [d.strftime("%d/%m/%Y") for d in births], ABBREV),
        c("ppsn", "ssn", "VARCHAR", g.col(lambda: v.ie_ppsn(g), 0.2), ABBREV),
        c("mrn", N, "VARCHAR", g.col(lambda: g.digits(7)), "decoy", KEY),
        c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.ie_street(g)), ABBREV),
        c("addr_ln2", "street_address", "VARCHAR", g.col(g.pick(v.IE_AREAS), 0.35), ABBREV),
        c("town", "city", "VARCHAR", [p[0] for p in places]),
        c("eircode", "postal_code", "VARCHAR", [v.eircode(g, p[1]) if g.rnd.random() < 0.8 else None
                                                for p in places]),
        c("ctc_ph", "phone", "VARCHAR", g.phones("IE", {"national": 0.7, "intl": 0.3}, 0.85, 0.1), ABBREV),
        c("specimen_desc", N, "VARCHAR", g.col(g.pick(["Skin ellipse, L forearm", "Colonic polyp x2",
                                                       "Gallbladder", "Prostate cores x12", "Endometrial pipelle"])),
          "decoy", CLINICAL),
        c("snomed_code", N, "VARCHAR", g.col(lambda: v.snomed(g)), "decoy", CHECK, SHAPE),
        c("diagnosis", N, "VARCHAR", g.col(g.pick(["Tubular adenoma, low-grade dysplasia", "Chronic cholecystitis",
                                                   "Basal cell carcinoma, completely excised",
                                                   "Benign; no malignancy seen", "Acinar adenocarcinoma, Gleason 3+4"]),
                                           0.1), "decoy", CLINICAL),
        c("requesting_clinician", "person_name", "VARCHAR", g.col(g.pick(clinicians)), ROLE),
        c("consultant_pathologist", "person_name", "VARCHAR", g.col(g.pick(paths)), STAFF),
        c("gp_practice_address", N, "VARCHAR", g.col(g.pick(practices), 0.3), "business"),
        c("misc_1", N, "VARCHAR", g.col(g.pick(["FS", "URG", "ROUTINE", "MDT"]), 0.3), "decoy", OPAQUE),
        c("misc_2", "phone", "VARCHAR", g.phones("IE", {"national": 0.6, "e164": 0.4}, 1.0, 0.6), HEAVY, OPAQUE,
          MISLEADING),
        c("authorised_at", N, "TIMESTAMP", g.moments("2025-05-01", "2025-11-30", 0.1), "decoy", EVENT),
    ])


def cape_town_home_draws(g: Gen) -> Table:
    """A Cape Town home-phlebotomy service's visit bookings (snake case)."""
    women = [g.rnd.random() < 0.55 for _ in range(g.rows)]
    pairs = [v.person(g, "za", w) for w in women]
    births = g.births(1938, 2020)
    places = [g.rnd.choice(v.ZA_SUBURBS) for _ in range(g.rows)]
    docs = [(f"Dr {a[0]} {b}", g.digits(7)) for a, b in (v.person(g, "za") for _ in range(12))]
    doc = [g.rnd.choice(docs) for _ in range(g.rows)]
    phlebs = _staff(g, 5, lambda x: v.given(x, "za"))

    def note() -> str:
        return g.rnd.choice(["Dogs in yard, ring first", f"Son {v.given(g, 'za')} will open",
                             f"Call {g.phone('ZA', 'national')} at the gate", "Fasting sample", "Elderly, wheelchair"])

    return Table("homedraw.visit_bookings", "en", "snake", [
        c("booking_ref", N, "VARCHAR", g.col(lambda: g.code("HD-ZZZZZZ")), "decoy", SHAPE),
        c("requisition_no", N, "VARCHAR", g.col(lambda: v.not_valid(g, lambda: g.digits(13), za_idnr.is_valid)),
          "decoy", SHAPE),
        c("patient_first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("patient_surname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("id_number", "national_id", "VARCHAR", [v.za_id(g, d, w) if g.rnd.random() < 0.93 else None
                                                  for d, w in zip(births, women, strict=True)]),
        c("dob", "date_of_birth", "DATE", births, ABBREV),
        c("cell_no", "phone", "VARCHAR", g.phones("ZA", {"national": 0.6, "e164": 0.3, "digits": 0.1}, 0.95),
          ABBREV),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["za"]) if g.rnd.random() < 0.7 else None
                                        for a, b in pairs]),
        c("street_address", "street_address", "VARCHAR", g.col(lambda: v.za_street(g)), PREMISES),
        c("suburb", "city", "VARCHAR", [p[0] for p in places]),
        c("postal_code", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("medical_aid_scheme", N, "VARCHAR", g.col(g.pick(["Discovery Health", "Bonitas", "Momentum Health",
                                                            "GEMS", "Medshield"]), 0.2), "business"),
        c("medical_aid_no", N, "VARCHAR", g.col(lambda: g.digits(9), 0.2), "decoy", KEY),
        c("main_member_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "za"), 0.6), HEAVY, ROLE),
        c("referring_doctor", "person_name", "VARCHAR", [d[0] for d in doc], ROLE),
        c("practice_no", N, "VARCHAR", [d[1] for d in doc], "decoy", PRACT, SHAPE),
        c("phlebotomist", "first_name", "VARCHAR", g.col(g.pick(phlebs)), STAFF),
        c("gate_code", N, "VARCHAR", g.col(lambda: g.digits(4), 0.6), "decoy", CREDENTIAL),
        c("visit_lat", N, "DOUBLE", g.floats(-34.10, -33.80, 6), "decoy", COORD),
        c("visit_lng", N, "DOUBLE", g.floats(18.40, 18.85, 6), "decoy", COORD),
        c("extra_1", "email", "VARCHAR", g.col(lambda: v.email(g, "za"), 0.7), HEAVY, OPAQUE, MISLEADING),
        c("extra_2", N, "VARCHAR", g.col(g.pick(["2x SST", "1x EDTA", "EDTA+SST", "Urine jar"]), 0.1), "decoy",
          OPAQUE),
        c("notes", "free_text", "VARCHAR", g.col(note, 0.45)),
        c("visit_at", N, "TIMESTAMP", g.moments("2025-09-01", "2025-11-30"), "decoy", EVENT),
    ])


def bengaluru_home_tests(g: Gen) -> Table:
    """A Bengaluru diagnostics chain's home sample-collection orders from its app (camel case)."""
    pairs = [v.person(g, "in") for _ in range(g.rows)]
    places = [g.rnd.choice(v.IN_CITIES) for _ in range(g.rows)]
    phlebs = _staff(g, 7, lambda x: v.whole(x, "in"))
    lab_gstins = [v.gstin(g) for _ in range(2)]
    births = g.births(1940, 2022)
    return Table("diagnostix_api.homeTestOrders", "en", "camel", [
        c("orderId", N, "VARCHAR", g.col(lambda: g.code("DGX9999999999")), "decoy", KEY),
        c("patientName", "person_name", "VARCHAR", [f"{a} {b}" if g.rnd.random() < 0.85 else a for a, b in pairs]),
        c("patientAge", N, "INTEGER", [2025 - d.year for d in births], "decoy"),
        c("dateOfBirth", "date_of_birth", "VARCHAR", [d.isoformat() if g.rnd.random() < 0.6 else None for d in births]),
        c("gender", N, "VARCHAR", g.col(g.pick(["MALE", "FEMALE"])), "decoy"),
        c("mobileNo", "phone", "VARCHAR", g.phones("IN", {"e164": 0.5, "digits": 0.3, "intl": 0.2}, 1.0)),
        c("emailId", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["in"]) if g.rnd.random() < 0.65 else None
                                          for a, b in pairs]),
        c("aadhaarNo", "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g, g.rnd.random() < 0.6), 0.6), HEAVY),
        c("code", "national_id", "VARCHAR", g.col(lambda: v.abha(g), 0.45), OPAQUE, MISLEADING),
        c("addressLine", "street_address", "VARCHAR", g.col(lambda: v.in_address(g)), PREMISES),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("pincode", "postal_code", "VARCHAR", [v.in_pincode(g, p[1]) for p in places]),
        c("testPanel", N, "VARCHAR", g.col(g.pick(["Full Body Checkup", "HbA1c", "Thyroid Profile", "Lipid Profile",
                                                   "Vitamin D + B12", "CBC"])), "decoy", CLINICAL),
        c("labGstin", N, "VARCHAR", g.col(g.pick(lab_gstins)), "business", CHECK),
        c("phlebotomistName", "person_name", "VARCHAR", g.col(g.pick(phlebs), 0.1), STAFF),
        c("referredBy", "person_name", "VARCHAR", g.col(lambda: f"Dr. {v.whole(g, 'in')}", 0.45), ROLE),
        c("couponCode", N, "VARCHAR", g.col(g.pick(["HEALTH50", "FIRSTTEST", "DIWALI25"]), 0.6), "decoy"),
        c("amountInr", N, "INTEGER", g.col(g.pick([399, 599, 999, 1499, 2499])), "decoy"),
        c("paymentRef", N, "VARCHAR", g.col(lambda: g.digits(12)), "decoy", SHAPE),
        c("slotStart", N, "TIMESTAMP", g.moments("2025-10-01", "2025-11-30"), "decoy", EVENT),
        c("appVersion", N, "VARCHAR", g.col(g.version), "decoy", VERSION),
        c("deviceIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.35), 0.1)),
    ])


# -- German SAP, French, Spanish ---------------------------------------------------------------------------------------


def freiburg_sap_lab(g: Gen) -> Table:
    """A Freiburg university hospital laboratory's order extract in SAP-style names (padded CHAR, ``DATS`` text)."""
    pairs = [v.person(g, "de") for _ in range(g.rows)]
    births = g.births(1928, 2024)
    places = [g.rnd.choice(v.DE_TOWNS) for _ in range(g.rows)]
    senders = [(f"Dr. med. {a} {b}", g.digits(9)) for a, b in (v.person(g, "de") for _ in range(10))]
    send = [g.rnd.choice(senders) for _ in range(g.rows)]
    kassen = [("AOK Baden-Württemberg", "108018007"), ("Techniker Krankenkasse", "101575519"),
              ("BARMER", "104940005"), ("DAK-Gesundheit", "105830016")]
    kasse = [g.rnd.choice(kassen) for _ in range(g.rows)]
    logins = _staff(g, 4, lambda x: _sap_user(x, "de"))

    def befund() -> str:
        return g.rnd.choice(["Kritischer Wert telefonisch an Station 4 durchgegeben",
                             f"Rückruf an Tochter {v.whole(g, 'de')}", "Probe hämolytisch, Wiederholung erbeten",
                             f"Befund an Hausarzt Dr. {v.family(g, 'de')} gefaxt"])

    return Table("SAPLAB.ZLAB_PATAUF", "de", "screaming", [
        c("MANDT", N, "VARCHAR", ["100"] * g.rows, "decoy", LEGACY),
        c("AUFNR", N, "VARCHAR", g.col(lambda: "00" + g.digits(10)), "decoy", LEGACY, SHAPE),
        c("PATNR", N, "VARCHAR", g.col(lambda: g.digits(10)), "decoy", KEY, LEGACY),
        c("NNAMS", "last_name", "VARCHAR", [pad(b, 25) for _, b in pairs], LEGACY, PADDED, ABBREV),
        c("VNAMS", "first_name", "VARCHAR", [pad(a, 25) for a, _ in pairs], LEGACY, PADDED, ABBREV),
        c("GBNAM", "last_name", "VARCHAR", [pad(v.family(g, "de") if g.rnd.random() < 0.2 else "", 25)
                                            for _ in range(g.rows)], LEGACY, PADDED, NULLWORD),
        c("GBDAT", "date_of_birth", "VARCHAR", [d.strftime("%Y%m%d") for d in births], LEGACY, INT_DATE),
        c("GBORT", "city", "VARCHAR", [pad(g.rnd.choice(v.DE_TOWNS)[0] if g.rnd.random() < 0.7 else
                                           g.rnd.choice(["Mannheim", "Konstanz", "Ankara", "Kattowitz"]), 25)
                                       for _ in range(g.rows)], LEGACY, PADDED),
        c("STRAS", "street_address", "VARCHAR", [pad(v.de_street(g), 30) for _ in range(g.rows)], LEGACY, PADDED),
        c("PSTLZ", "postal_code", "VARCHAR", [pad(p[1], 10) for p in places], LEGACY, PADDED),
        c("ORT01", "city", "VARCHAR", [pad(p[0], 25) for p in places], LEGACY, PADDED),
        c("TELF1", "phone", "VARCHAR", [pad(g.phone("DE", g.rnd.choice(["national", "intl"]), g.rnd.random() < 0.6)
                                            if g.rnd.random() < 0.85 else "", 16) for _ in range(g.rows)],
          LEGACY, PADDED),
        c("KVNR", "national_id", "VARCHAR", [pad(v.kvnr(g, b) if g.rnd.random() < 0.92 else "", 10)
                                             for _, b in pairs], LEGACY, PADDED),
        c("KASSE", N, "VARCHAR", [pad(k[0], 30) for k in kasse], "business", LEGACY, PADDED),
        c("IKNUM", N, "VARCHAR", [k[1] for k in kasse], "business", LEGACY, SHAPE),
        c("EINSA", "person_name", "VARCHAR", [pad(s[0], 35) for s in send], ROLE, LEGACY, PADDED, ABBREV),
        c("LANR", N, "VARCHAR", [s[1] for s in send], "decoy", PRACT, LEGACY, SHAPE),
        c("ENTDT", N, "VARCHAR", [g.day("2025-07-01", "2025-11-30").strftime("%Y%m%d") for _ in range(g.rows)],
          "decoy", EVENT, LEGACY, INT_DATE),
        c("BEFTX", "free_text", "VARCHAR", g.sparse(befund, 0.6, ("", " ", "-")), LEGACY),
        c("ZZFELD1", N, "VARCHAR", g.col(g.pick(["NUE", "STAT", "ROUT", "AMB"])), "decoy", LEGACY, OPAQUE),
        c("ZZFELD2", "phone", "VARCHAR", [pad(g.phone("DE", "national", g.rnd.random() < 0.7)
                                              if g.rnd.random() < 0.4 else "", 16) for _ in range(g.rows)],
          LEGACY, PADDED, OPAQUE, MISLEADING),
        c("ERNAM", USERNAME, "VARCHAR", g.col(lambda: pad(g.rnd.choice(logins), 12)), USER, AUDIT, LEGACY, PADDED),
        c("AENAM", USERNAME, "VARCHAR", [pad(g.rnd.choice(logins) if g.rnd.random() < 0.5 else "", 12)
                                         for _ in range(g.rows)], USER, AUDIT, LEGACY, PADDED),
    ])


def lille_biology_lab(g: Gen) -> Table:
    """A Lille medical biology laboratory's patient files (French, camel case)."""
    women = [g.rnd.random() < 0.55 for _ in range(g.rows)]
    pairs = [v.person(g, "fr", w) for w in women]
    births = g.births(1930, 2023)
    birthplaces = [g.rnd.choice([(t[0], t[2]) for t in v.FR_TOWNS] + v.FR_BIRTH) for _ in range(g.rows)]
    places = [g.rnd.choice(v.FR_TOWNS) for _ in range(g.rows)]
    docs = [(f"Dr {a} {b}", v.rpps(g)) for a, b in (v.person(g, "fr") for _ in range(12))]
    doc = [g.rnd.choice(docs) for _ in range(g.rows)]
    samplers = _staff(g, 5, lambda x: v.whole(x, "fr"))
    lab_siret = v.siret(g)

    def nir_of(i: int) -> str | None:
        if g.rnd.random() < 0.08:
            return None
        n = v.fr_nir(g, women[i], births[i], birthplaces[i][1])
        return nir.format(n) if g.rnd.random() < 0.5 else n

    def comment() -> str:
        return g.rnd.choice(["Patient à jeun", f"Résultats à transmettre à sa fille {v.given(g, 'fr')}",
                             f"Rappeler au {g.phone('FR', 'national')}", "Prélèvement difficile",
                             f"Accompagné de {v.whole(g, 'fr')} (tuteur)"])

    return Table("labo_hdf.dossiersPatients", "fr", "camel", [
        c("numeroDossier", N, "VARCHAR", g.col(lambda: v.not_valid(g, lambda: g.rnd.choice("12") + g.digits(14),
                                                                   nir.is_valid)), "decoy", KEY, SHAPE),
        c("nir", "ssn", "VARCHAR", [nir_of(i) for i in range(g.rows)]),
        c("nom", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("nomNaissance", "last_name", "VARCHAR", [v.family(g, "fr") if w and g.rnd.random() < 0.45 else None
                                                   for w in women], HEAVY),
        c("prenom", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("dateNaissance", "date_of_birth", "VARCHAR", [d.strftime("%d/%m/%Y") for d in births]),
        c("villeNaissance", "city", "VARCHAR", [b[0] for b in birthplaces]),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.fr_street(g))),
        c("codePostal", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("ville", "city", "VARCHAR", [p[0] for p in places]),
        c("telephone", "phone", "VARCHAR", g.phones("FR", {"national": 0.7, "intl": 0.2, "e164": 0.1}, 0.8, 0.05)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["fr"]) if g.rnd.random() < 0.6 else None
                                        for a, b in pairs]),
        c("mutuelle", N, "VARCHAR", g.col(g.pick(["MGEN", "Harmonie Mutuelle", "Malakoff Humanis", "AG2R"]), 0.2),
          "business"),
        c("numeroAdherent", N, "VARCHAR", g.col(lambda: g.digits(10), 0.2), "decoy", KEY),
        c("medecinPrescripteur", "person_name", "VARCHAR", [d[0] for d in doc], ROLE),
        c("rppsPrescripteur", N, "VARCHAR", [d[1] for d in doc], "decoy", PRACT, CHECK, SHAPE),
        c("siretLabo", N, "VARCHAR", [lab_siret] * g.rows, "business", CHECK),
        c("codeBarreTube", N, "VARCHAR", g.col(lambda: v.ean13(g, "29")), "decoy", CHECK, SHAPE),
        c("preleveur", "person_name", "VARCHAR", g.col(g.pick(samplers)), STAFF),
        c("champLibre1", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "fr"), 0.65), HEAVY, OPAQUE, MISLEADING),
        c("champLibre2", N, "VARCHAR", g.col(g.pick(["à jeun", "non à jeun", "urgent", "domicile"]), 0.3), "decoy",
          OPAQUE),
        c("commentaire", "free_text", "VARCHAR", g.sparse(comment, 0.8, ("", "RAS", "néant", "-")), NULLWORD),
    ])


def madrid_trial_visits(g: Gen) -> Table:
    """A Madrid hospital clinical-trials unit's subject visits (Spanish, snake case)."""
    pairs = [v.person(g, "es") for _ in range(g.rows)]
    places = [g.rnd.choice(v.ES_TOWNS) for _ in range(g.rows)]
    pis = _staff(g, 3, lambda x: f"Dra. {v.whole(x, 'es')} {v.family(x, 'es')}")
    monitors = _staff(g, 4, lambda x: v.whole(x, "es"))

    def obs() -> str:
        return g.rnd.choice(["Acude acompañada de su hija", f"Reembolso de taxi; contacto {v.whole(g, 'es')}",
                             f"Llamar al {g.phone('ES', 'national')} para cita", "Sin incidencias",
                             f"Firma el consentimiento su cuidador {v.given(g, 'es')}"])

    return Table("ensayos_hgm.visitas_sujetos", "es", "snake", [
        c("id_visita", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("codigo_sujeto", N, "VARCHAR", g.col(lambda: f"ONC-118-{g.digits(4)}"), "decoy", KEY),
        c("numero_ue_ensayo", N, "VARCHAR", g.col(g.pick(["2023-504112-37-00", "2024-510876-21-00"])), "decoy",
          SHAPE),
        c("brazo_aleatorizado", N, "VARCHAR", g.col(g.pick(["A", "B", "placebo"])), "decoy"),
        c("nombre", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("apellido1", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("apellido2", "last_name", "VARCHAR", g.col(lambda: v.family(g, "es"), 0.05)),
        c("dni_nie", "national_id", "VARCHAR", g.col(lambda: v.es_dni(g), 0.03)),
        c("nss", "ssn", "VARCHAR", g.col(lambda: v.es_nss(g), 0.15), ABBREV),
        c("fecha_nacimiento", "date_of_birth", "DATE", g.births(1940, 2005)),
        c("telefono_movil", "phone", "VARCHAR", g.phones("ES", {"national": 0.6, "intl": 0.3, "e164": 0.1}, 0.9)),
        c("correo", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["es"]) if g.rnd.random() < 0.75 else None
                                         for a, b in pairs]),
        c("domicilio", "street_address", "VARCHAR", g.col(lambda: v.es_street(g))),
        c("codigo_postal", "postal_code", "VARCHAR", [g.rnd.choice(p[1]) for p in places]),
        c("municipio", "city", "VARCHAR", [p[0] for p in places]),
        c("iban_reembolso", "iban", "VARCHAR", g.col(lambda: v.es_iban(g), 0.6), HEAVY),
        c("investigador_principal", "person_name", "VARCHAR", g.col(g.pick(pis)), STAFF),
        c("monitor_cro", "person_name", "VARCHAR", g.col(g.pick(monitors), 0.1), STAFF, ROLE),
        c("kit_medicacion", N, "VARCHAR", g.col(lambda: g.code("K999999"), 0.3), "decoy", SHAPE),
        c("acontecimientos_adversos", N, "VARCHAR", g.col(g.pick(["Náuseas grado 1", "Astenia grado 2",
                                                                  "Neutropenia grado 3", "Ninguno"]), 0.2),
          "decoy", CLINICAL),
        c("observaciones", "free_text", "VARCHAR", g.col(obs, 0.5)),
        c("campo_libre_1", N, "VARCHAR", g.col(g.pick(["taxi", "tren", "coche propio", "metro"]), 0.3), "decoy",
          OPAQUE),
        c("campo_libre_2", "email", "VARCHAR", g.col(lambda: v.email(g, "es"), 0.7), HEAVY, OPAQUE, MISLEADING),
        c("fecha_visita", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy", EVENT),
    ])


# -- Italian fixed-width, Dutch, Japanese, Russian ---------------------------------------------------------------------


def bari_pharmacy_services(g: Gen) -> Table:
    """A Bari pharmacy's service bookings from its management program's fixed-width file (Italian)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "it", female)
        born = g.birth(1932, 2010)
        place = g.rnd.choice(v.IT_TOWNS)
        rows.append((a, b, born, place, v.it_codice_fiscale(a, b, born, female, place[3])))
    homes = [g.rnd.choice(v.IT_TOWNS) for _ in range(g.rows)]
    docs = _staff(g, 8, lambda x: f"DOTT. {v.whole(x, 'it').upper()}")
    pharm = _staff(g, 3, lambda x: v.whole(x, "it"))
    piva = v.it_piva(g)
    return Table("FARMAGEST.PRENSERV", "it", "screaming", [
        c("PRN_ID", N, "INTEGER", g.keys(20_001), "decoy", KEY, LEGACY),
        c("PRN_CFASS", "national_id", "VARCHAR", [pad(r[4] if g.rnd.random() < 0.95 else "", 16) for r in rows],
          LEGACY, PADDED, ABBREV),
        c("PRN_COGN", "last_name", "VARCHAR", [pad(r[1].upper(), 30) for r in rows], LEGACY, PADDED, ABBREV),
        c("PRN_NOME", "first_name", "VARCHAR", [pad(r[0].upper(), 25) for r in rows], LEGACY, PADDED, ABBREV),
        c("PRN_DTNAS", "date_of_birth", "INTEGER", [_ymd(r[2]) for r in rows], LEGACY, INT_DATE, ABBREV),
        c("PRN_LNAS", "city", "VARCHAR", [pad(r[3][0].upper(), 25) for r in rows], LEGACY, PADDED, ABBREV),
        c("PRN_INDIR", "street_address", "VARCHAR", [pad(v.it_street(g).upper(), 35) for _ in range(g.rows)],
          LEGACY, PADDED, ABBREV),
        c("PRN_CAP", "postal_code", "INTEGER", [int(h[2]) for h in homes], LEGACY, NUMERIC),
        c("PRN_COMUNE", "city", "VARCHAR", [pad(h[0].upper(), 25) for h in homes], LEGACY, PADDED),
        c("PRN_PROV", N, "VARCHAR", [h[1] for h in homes], "decoy", LEGACY),
        c("PRN_CELL", "phone", "BIGINT", [g.phone("IT", "num") if g.rnd.random() < 0.85 else 0
                                          for _ in range(g.rows)], LEGACY, NUMERIC, ZERO, ABBREV),
        c("PRN_MAIL", "email", "VARCHAR", [pad(v.email_of(g, r[0], r[1], v.DOMAINS["it"]) if g.rnd.random() < 0.5
                                               else "", 40) for r in rows], LEGACY, PADDED, ABBREV),
        c("PRN_SERV", N, "VARCHAR", g.col(g.pick(["ECG", "HOLTER PRESSORIO", "HOLTER ECG", "MISURAZIONE PA",
                                                  "TAMPONE", "AUTOANALISI"])), "decoy", CLINICAL, LEGACY),
        c("PRN_NRE", N, "VARCHAR", g.col(lambda: pad("1600A" + g.digits(10), 15), 0.4), "decoy", SHAPE, LEGACY),
        c("PRN_AIC", N, "VARCHAR", g.col(lambda: v.it_aic(g), 0.5), "decoy", CHECK, SHAPE, LEGACY),
        c("PRN_MEDICO", "person_name", "VARCHAR", g.col(lambda: pad(g.rnd.choice(docs), 35)), ROLE, LEGACY, PADDED),
        c("PRN_FARM", "person_name", "VARCHAR", g.col(g.pick(pharm)), STAFF, LEGACY),
        c("PRN_PIVA", N, "VARCHAR", [piva] * g.rows, "business", CHECK, LEGACY),
        c("CAMPO_LIB1", N, "VARCHAR", g.col(lambda: pad(g.rnd.choice(["SI", "NO", "PAGATO", "OMAGGIO"]), 10)),
          "decoy", LEGACY, OPAQUE),
        c("CAMPO_LIB2", "phone", "VARCHAR", [pad(g.phone("IT", "national") if g.rnd.random() < 0.45 else "", 15)
                                             for _ in range(g.rows)], LEGACY, PADDED, OPAQUE, MISLEADING),
        c("PRN_DTINS", N, "INTEGER", [_ymd(g.day("2025-01-01", "2025-11-30")) for _ in range(g.rows)], "decoy",
          EVENT, LEGACY, INT_DATE),
    ])


def utrecht_blood_draws(g: Gen) -> Table:
    """A Utrecht primary-care laboratory's blood-draw appointments (Dutch, snake case)."""
    rows = [(v.person(g, "nl"), g.rnd.random() < 0.3) for _ in range(g.rows)]
    places = [g.rnd.choice(v.NL_TOWNS) for _ in range(g.rows)]
    gps = [(f"{a[0]}. {b}", "01" + g.digits(6)) for a, b in (v.person(g, "nl") for _ in range(14))]
    gp = [g.rnd.choice(gps) for _ in range(g.rows)]
    drawers = _staff(g, 6, lambda x: v.given(x, "nl"))

    def initials(first: str) -> str:
        extra = g.rnd.choice(["", "", "J.", "M.", "H.W."])
        return f"{first[0]}.{extra}"

    def note() -> str:
        return g.rnd.choice(["Nuchter", f"Komt met partner {v.given(g, 'nl')}",
                             f"Bellen naar {g.phone('NL', 'national')} bij vertraging", "Moeilijk te prikken",
                             f"Mentor: {v.whole(g, 'nl')}"])

    return Table("afnamelab_utrecht.bloedafname_afspraken", "nl", "snake", [
        c("afspraak_id", N, "BIGINT", g.keys(700_001), "decoy", KEY),
        c("ordernummer", N, "VARCHAR", g.col(lambda: v.not_valid(g, lambda: g.rnd.choice("123456") + g.digits(8),
                                                                 bsn.is_valid)), "decoy", SHAPE),
        c("bsn", "national_id", "VARCHAR", g.col(lambda: v.nl_bsn(g), 0.04)),
        c("voorletters", "first_name", "VARCHAR", [initials(a) for (a, _), _ in rows]),
        c("tussenvoegsel", "last_name", "VARCHAR", [g.rnd.choice(["van", "de", "van der", "van den", "ter"])
                                                    if t else None for _, t in rows], HEAVY),
        c("achternaam", "last_name", "VARCHAR", [b for (_, b), _ in rows]),
        c("geboortedatum", "date_of_birth", "VARCHAR", [d.strftime("%d-%m-%Y") for d in g.births(1932, 2022)]),
        c("straat", "street_address", "VARCHAR", g.col(g.pick(v.NL_STREETS))),
        c("huisnummer", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 240)}"
                                                                   + g.rnd.choice(["", "", "A", "-bis", " 2hg"]))),
        c("postcode", "postal_code", "VARCHAR", [v.nl_postcode(g, p[1]) for p in places]),
        c("woonplaats", "city", "VARCHAR", [p[0] for p in places]),
        c("telefoon", "phone", "VARCHAR", g.phones("NL", {"national": 0.6, "intl": 0.25, "e164": 0.15}, 0.8)),
        c("e_mail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["nl"]) if g.rnd.random() < 0.6 else None
                                         for (a, b), _ in rows]),
        c("huisarts", "person_name", "VARCHAR", [x[0] for x in gp], ROLE),
        c("agb_code_huisarts", N, "VARCHAR", [x[1] for x in gp], "decoy", PRACT, SHAPE),
        c("afnamelocatie", N, "VARCHAR", g.col(g.pick(["Prikpost Zeist Centrum", "Prikpost Houten Het Rond",
                                                       "Huisbezoek", "Prikpost Utrecht Overvecht"])), "business"),
        c("bepalingen", N, "VARCHAR", g.col(g.pick(["Hb, MCV", "HbA1c, glucose", "TSH, FT4", "kreatinine, eGFR",
                                                    "lipidenspectrum"])), "decoy", CLINICAL),
        c("afgenomen_door", "first_name", "VARCHAR", g.col(g.pick(drawers), 0.1), STAFF),
        c("vrij_veld_1", N, "VARCHAR", g.col(g.pick(["spoed", "routine", "INR", "thuisprik"]), 0.3), "decoy",
          OPAQUE),
        c("vrij_veld_2", "email", "VARCHAR", g.col(lambda: v.email(g, "nl"), 0.65), HEAVY, OPAQUE, MISLEADING),
        c("opmerking", "free_text", "VARCHAR", g.sparse(note, 0.65, ("", "geen", "-"))),
        c("afspraak_tijd", N, "TIMESTAMP", g.moments("2025-09-01", "2025-11-30"), "decoy", EVENT),
    ])


def osaka_dispensing_pharmacy(g: Gen) -> Table:
    """A northern Osaka dispensing pharmacy's prescription intake (Japanese column names and values)."""
    women = [g.rnd.random() < 0.55 for _ in range(g.rows)]
    names = [(g.rnd.choice(v.JA_FEMALE if w else v.JA_MALE), g.rnd.choice(v.JA_FAMILY)) for w in women]
    births = g.births(1930, 2023)
    addresses = [v.ja_address(g) for _ in range(g.rows)]
    clinics = [("佐伯内科クリニック", "佐伯 誠"), ("江坂こどもクリニック", "宮脇 千尋"), ("千里中央整形外科", "片桐 隆之"),
               ("高槻駅前皮膚科", "稲垣 由紀子"), ("北摂総合病院", "大槻 大輔")]
    clinic = [g.rnd.choice(clinics) for _ in range(g.rows)]
    pharmacists = _staff(g, 4, lambda x: x.rnd.choice(v.JA_FAMILY)[0])
    insurers = ["06270012", "138271", "32270018", "27130016", "01270019"]
    drugs = [("ロキソプロフェン錠60mg", "4987123456"), ("アムロジピン錠5mg", "4987654321"),
             ("レバミピド錠100mg", "4987224466"), ("モンテルカスト錠10mg", "4987336699")]

    def dob(d: date) -> str:
        if 1927 <= d.year <= 1988 and g.rnd.random() < 0.3:
            return f"昭和{d.year - 1925}年{d.month}月{d.day}日"
        return d.strftime("%Y/%m/%d")

    def insured() -> str:
        return f"記号 {g.digits(g.rnd.randint(3, 8))}・番号 {g.rnd.randint(1, 9999)}"

    def note() -> str:
        return g.rnd.choice(["一包化希望", f"家族（{g.rnd.choice(v.JA_FAMILY)[0]}様）が受け取り",
                             f"連絡先 {g.phone('JP', 'national')}", "ジェネリック希望", "残薬あり"])

    return Table("調剤薬局.処方箋受付", "ja", "native", [
        c("受付番号", N, "BIGINT", g.keys(250_001), "decoy", KEY),
        c("患者氏名", "person_name", "VARCHAR", [f"{f[0]} {n[0]}" for n, f in names]),
        c("氏名カナ", "person_name", "VARCHAR", [f"{f[1]} {n[1]}" for n, f in names]),
        c("生年月日", "date_of_birth", "VARCHAR", [dob(d) for d in births]),
        c("性別", N, "VARCHAR", ["女" if w else "男" for w in women], "decoy"),
        c("郵便番号", "postal_code", "VARCHAR", [a[1] for a in addresses]),
        c("住所", "street_address", "VARCHAR", [a[0] for a in addresses]),
        c("電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "digits": 0.2}, 0.7, 0.05)),
        c("保険者番号", N, "VARCHAR", g.col(g.pick(insurers), 0.05), "business", SHAPE),
        c("被保険者記号番号", "national_id", "VARCHAR", g.col(insured, 0.05)),
        c("処方医", "person_name", "VARCHAR", [x[1] for x in clinic], ROLE),
        c("医療機関名", N, "VARCHAR", [x[0] for x in clinic], "business"),
        c("薬剤名", N, "VARCHAR", [g.rnd.choice(drugs)[0] for _ in range(g.rows)], "decoy"),
        c("JANコード", N, "VARCHAR", g.col(lambda: v.ean13(g, "4987")), "decoy", CHECK, SHAPE),
        c("後発品変更", N, "BOOLEAN", g.yn(True, False, 0.7), "decoy"),
        c("担当薬剤師", "last_name", "VARCHAR", g.col(g.pick(pharmacists)), STAFF),
        c("法人番号", N, "VARCHAR", [v.jp_corporate(g)] * g.rows, "business", CHECK),
        c("予備1", N, "VARCHAR", g.col(g.pick(["初回", "再来", "在宅"]), 0.3), "decoy", OPAQUE),
        c("予備2", "phone", "VARCHAR", g.phones("JP", {"national": 1.0}, 0.9, 0.6), HEAVY, OPAQUE, MISLEADING),
        c("備考", "free_text", "VARCHAR", g.sparse(note, 0.6, ("", "なし", "-"))),
        c("受付日時", N, "TIMESTAMP", g.moments("2025-09-01", "2025-11-30"), "decoy", EVENT),
    ])


def novosibirsk_lab_orders(g: Gen) -> Table:
    """A Novosibirsk private laboratory's test orders (Russian, Cyrillic column names and values)."""
    women = [g.rnd.random() < 0.6 for _ in range(g.rows)]
    pairs = [v.person(g, "ru", w) for w in women]
    places = [g.rnd.choice(v.RU_TOWNS) for _ in range(g.rows)]
    doctors = [f"{v.family(g, 'ru')} {v.given(g, 'ru')[0]}. {g.rnd.choice(v.RU_PATRONYMICS)[0][0]}."
               for _ in range(10)]
    nurses = _staff(g, 5, _ru_nurse)
    lab_ogrn = v.ogrn(g)

    def note() -> str:
        return g.rnd.choice(["Натощак", f"Результаты передать дочери {v.given(g, 'ru')}",
                             f"Перезвонить по номеру {g.phone('RU', 'national')}", "Повторный забор",
                             f"Сопровождает {v.family(g, 'ru')} {v.given(g, 'ru')}"])

    return Table("лаборатория.заказы_анализов", "ru", "snake", [
        c("номер_заказа", N, "VARCHAR", g.col(lambda: v.not_valid(
            g, lambda: g.digits(11), lambda x: v.snils_check(x[:9]) == x[9:])), "decoy", SHAPE),
        c("штрихкод_пробирки", N, "VARCHAR", g.col(lambda: v.ean13(g, "46")), "decoy", CHECK, SHAPE),
        c("фамилия", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("имя", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("отчество", "person_name", "VARCHAR", [g.rnd.choice(v.RU_PATRONYMICS)[1 if w else 0]
                                                 if g.rnd.random() < 0.95 else None for w in women]),
        c("дата_рождения", "date_of_birth", "VARCHAR", [d.strftime("%d.%m.%Y") for d in g.births(1935, 2023)]),
        c("пол", N, "VARCHAR", ["Ж" if w else "М" for w in women], "decoy"),
        c("снилс", "ssn", "VARCHAR", g.col(lambda: v.ru_snils(g), 0.25)),
        c("инн", "national_id", "VARCHAR", g.col(lambda: v.ru_inn_personal(g), 0.8), HEAVY),
        c("полис_омс", "national_id", "VARCHAR", g.col(lambda: "54" + g.digits(14), 0.35)),
        c("телефон", "phone", "VARCHAR", g.phones("RU", {"national": 0.4, "intl": 0.3, "e164": 0.3}, 0.9)),
        c("эл_почта", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ru"]) if g.rnd.random() < 0.6 else None
                                           for a, b in pairs]),
        c("адрес", "street_address", "VARCHAR", g.col(lambda: v.ru_street(g), 0.1)),
        c("город", "city", "VARCHAR", [p[0] for p in places]),
        c("индекс", "postal_code", "VARCHAR", [p[1] + g.digits(3) if g.rnd.random() < 0.7 else None
                                               for p in places]),
        c("врач", "person_name", "VARCHAR", g.col(g.pick(doctors), 0.3), ROLE),
        c("медсестра", "person_name", "VARCHAR", g.col(g.pick(nurses)), STAFF),
        c("исследования", N, "VARCHAR", g.col(g.pick(["ОАК", "ТТГ, Т4 св.", "Глюкоза", "Ферритин", "Витамин D",
                                                      "Липидограмма"])), "decoy", CLINICAL),
        c("огрн_лаборатории", N, "VARCHAR", [lab_ogrn] * g.rows, "business", CHECK),
        c("доп_поле_1", "email", "VARCHAR", g.col(lambda: v.email(g, "ru"), 0.6), HEAVY, OPAQUE, MISLEADING),
        c("доп_поле_2", N, "VARCHAR", g.col(g.pick(["СМС", "без СМС", "курьер", "самовывоз"]), 0.2), "decoy",
          OPAQUE),
        c("комментарий", "free_text", "VARCHAR", g.sparse(note, 0.55, ("", "нет", "-"))),
        c("создан", N, "TIMESTAMP", g.moments("2025-08-01", "2025-11-30"), "decoy", EVENT),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (biobank_consents, 900), (ohio_specimen_receipt, 1_100), (ontario_rx_fills, 800),
    (houston_trial_stipends, 600), (qld_ris_worklist, 1_000), (dublin_histo_cases, 700),
    (cape_town_home_draws, 500), (bengaluru_home_tests, 1_500), (freiburg_sap_lab, 650), (lille_biology_lab, 800),
    (madrid_trial_visits, 450), (bari_pharmacy_services, 500), (utrecht_blood_draws, 900),
    (osaka_dispensing_pharmacy, 700), (novosibirsk_lab_orders, 1_200),
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
