"""Held-out set v76 for the column classifier: 15 tables of *private allied-health practices* (dental, orthodontic,
optical, physiotherapy, podiatry and hearing-aid practices: appointments, recalls, treatment plans and contracts,
insurance and scheme claims), one system per table and each a different organisation, eight with English column
names (Oregon, Texas, County Cork, Yorkshire, Gauteng, South Australia, Canterbury in New Zealand and eastern
Ontario) and seven in Polish, German, French, Greek (Greek script), Italian, Dutch and Spanish. Four are legacy
extracts (an AS/400 file with a two-letter field prefix, an SAP-style table with SAP's German abbreviations, a
fixed-width billing file with French abbreviations, a COBOL copybook's fixed-width file with hyphenated names):
padded CHAR values, dates as ``CYYMMDD`` and ``YYYYMMDD`` numbers or ``DATS`` text, and an SSN, phones and postal
codes kept as numbers with 0 for missing; the other eleven are modern (snake, camel, Pascal and SCREAMING case, Greek
script), with abbreviations (``pt_fnm``, ``pt_snm``, ``ctc_ph``, ``addr_ln1``, ``mob_no``, ``resp_party_ssn``), a
source prefix (``src_crm_col17``) and opaque custom fields holding personal data (``DCUDF1``, ``misc_2``, ``notes2``,
``USER2``, ``Custom1``, ``ZZFELD2``, ``pole_dod_2``, ``CAMPO-LIBERO-2``, ``vrij_veld_2``, ``campoLibre2``,
``πεδίο_2``) beside opaque fields holding none (``DCUDF2``, ``misc_1``, ``notes1``, ``USER1``, ``Custom2``,
``ZZFELD1``, ``pole_dod_1``, ``CAMPO-LIBERO-1``, ``vrij_veld_1``, ``campoLibre1``, ``πεδίο_1``, ``src_crm_col18``):

* ``DENTLIB.DCPATCLM``: a Salem (Oregon) dental group's AS/400 claim file (DC prefix: padded names, the middle
  initial, ``DCPDOB`` as ``CYYMMDD``, the subscriber's SSN, the ZIP and the home phone as numbers with 0, the
  subscriber as ``LAST, FIRST``, carriers, group and member numbers, CDT codes, teeth and surfaces, the treating
  dentist's NPI and ``DR SURNAME``, user profiles and programs, ``DCUDF1`` the patient's cell);
* ``bracesplus_tx.tx_contracts``: a San Antonio orthodontic practice's treatment contracts (patients mostly minors,
  the responsible parent's SSN with ``000-00-0000`` placeholders, birth date, cell and e-mail, a card on file kept in
  clear and its last four digits, ACH routing and account numbers, the e-signature's IP and hash, the orthodontist,
  the treatment coordinator by first name, the portal's version);
* ``cobhDental.tbClaims``: a Cobh (County Cork) dental practice's Treatment Benefit claims (PPSN in both forms,
  mobile and landline, two address lines, Eircodes, PRSI class, the patient's employer, the dentist and the Dental
  Council number, the practice's VAT number, a refund IBAN, the online consent's IP, receptionists' logins,
  ``misc_2`` the spouse);
* ``gabinet_krakow.pacjenci_wizyty``: a Kraków dental surgery's patients and visits (Polish: PESEL encoding the
  row's birth date and sex, ``drugie_imie``, street, house and flat numbers apart, legal guardians of minors, the
  dentist and the PWZ number, procedures and teeth, the practice's NIP, invoice numbers of eleven digits failing
  PESEL's check, a refund IBAN, notes, ``pole_dod_2`` the guardian's phone);
* ``sightline_opticians.sight_tests``: a Yorkshire independent opticians' sight tests and recalls (NHS
  numbers spaced and plain, GOS forms and eligibility, the optometrist and the GOC number, prescriptions and
  pressures, frame SKUs, lens orders, lab tracking numbers, the recall date, the practice's VAT number, carers of
  the oldest patients, ``notes2`` the relative who booked);
* ``optiq_pta.SPECTACLE_ORDERS``: a Pretoria optometry practice's spectacle orders (South African ID numbers
  encoding the birth date and sex, medical-aid schemes, numbers and dependant codes, the main member, the PCNS
  practice number, the optometrist, EAN-13 frame barcodes, lab job numbers of thirteen digits failing the ID's Luhn
  check, courier waybills, ``USER2`` a WhatsApp number);
* ``SAPOPT.ZKUNDE_OPTIK``: a Hamburg optician chain's customer master in SAP-style names (German: ``NAME1`` the
  family name, ``NAME2`` the given name, ``GBNAM`` the birth name, ``GBDAT`` as ``DATS``, ``TELF1``/``TELF2``,
  ``SMTP_ADDR``, the KVNR with its check digit, the Krankenkasse and its IK number, branches, opticians, refractions,
  glass orders, ``ERNAM`` logins and ``AENAM`` an RFC user, ``ZZFELD2`` the birthplace);
* ``ClinicFlow.Appointments``: an Adelaide allied-health group's appointments (physiotherapy, podiatry, exercise
  physiology; Pascal case: Medicare numbers and IRNs, private health funds and member numbers, suburbs, practitioners
  and Medicare provider numbers, referring GPs, HICAPS references, the group's ABN, an emergency contact as name,
  relation and phone in one cell, ``Custom1`` a landline);
* ``acc_physio.treatment_claims``: a Christchurch physiotherapy clinic's ACC claims (NHI numbers with their mod-11
  check, ACC claim and ACC45 numbers, ``pt_dob`` as text, accident dates and descriptions, Read codes, employers, the
  physio and the HPI number, ``src_crm_col17`` phones, e-mails or names by row, the clinic's coordinates);
* ``KINEFLUX.FACT_B2``: a Lyon physiotherapist's (masseur-kinésithérapeute) billing file to the Assurance Maladie in
  a fixed-width layout (French abbreviations: NIR encoding the row's sex, birth year and month and the Rhône, the
  birth name, the birth date and postcode as numbers, the phone as digits, caisses and mutuelles, the prescriber's
  RPPS and ``DR SURNAME``, AMK acts, the practice's SIRET);
* ``φυσικοθεραπευτήριο_πάτρας.συνεδρίες``: a Patras physiotherapy centre's EOPYY-referred sessions (Greek column
  names and values: ΑΜΚΑ encoding the birth date, the personal ΑΦΜ, the father's given name, street and number apart,
  the referral number, the referring doctor, the physiotherapist, diagnoses, the centre's ΑΦΜ, ``πεδίο_2`` an
  emergency phone);
* ``earwise_ottawa.adpClaims``: an Ottawa hearing clinic's Assistive Devices Program claims (Ontario health numbers
  with their Luhn check and version codes, middle names, street and unit apart, the audiologist and the college
  number, the prescribing physician, device models and serials, ADP approval numbers, a trusted contact);
* ``ACUSTICA.FORNITURE``: a Padova hearing-aid centre's ULSS-authorised supplies in a COBOL copybook's fixed-width
  file (Italian, hyphenated names: codici fiscali encoding the row's name, birth date and comune, the birth date,
  CAP and mobile as numbers, birthplace and residence, the prescribing ENT specialist, authorisation numbers, device
  serials, ISO 9999 codes, the hearing-aid specialist, the centre's partita IVA, a refund IBAN, ``CAMPO-LIBERO-2`` a
  carer's mobile);
* ``hoorcentrum_ehv.hoortoestel_trajecten``: an Eindhoven audicien's hearing-aid trajectories (Dutch: BSN,
  ``voorletters``, ``roepnaam``, ``tussenvoegsel``, house number and addition apart, insurers, UZOVI codes and
  policy numbers, the referring ENT doctor and the AGB code, the audicien by first name, serials, order numbers of
  nine digits failing the BSN's 11-test, ``vrij_veld_2`` the partner);
* ``podologia_triana.pacientesCitas``: a Seville podiatry clinic's patients and appointments (Spanish, camel case:
  DNI and NIE, both family names, mobile and landline, the mutua and policy number, the podiatrist and the collegiate
  number, treatments and insole references, a direct-debit IBAN, notes naming people, ``campoLibre2`` a relative's
  e-mail).

Written **blind**, like v2 to v74: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog, history or notes, only the list of kind names and their docstrings
(``governance_dagster/kinds.py``), how the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the
*structure* and labeling conventions of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test,
``tests/heldout_support.py``), the module docstrings of v24 to v74 (to avoid their domains and follow their labeling
conventions; v75 was not in the checkout), the ``Column``/``Table`` classes and writer they build on
(``heldout_v2.py``, ``heldout_v4.py``), the ruff section of ``pyproject.toml`` and the sources of python-stdnum and
phonenumbers. The classifier was not run on this set while it was written, no scorer was run on it, and no score of
any set was looked at: nothing here was adjusted to what the classifier does. It was written under a short deadline
(about an hour, the tests and lint included), so some labels below are quick decisions rather than settled
conventions. It imports no earlier set's value module: its random source, name lists, streets, towns, postal codes
and identifier builders are its own (:mod:`benchmarks.classification.heldout_v76_values`; the generic ``Gen`` helpers
were copied from v27's, the phone maker rewritten).

What is new against v2 to v74: earlier sets touched the theme (v25 a dental practice, v34 an Italian dental clinic,
v36 an Australian dental practice-management export, v38 a Georgia dental group's text messages, v39 a Dutch dental
practice, v55 a Graz physiotherapy practice, a Ghent dental practice and a Montpellier optician); every organisation
and shape here is new: an AS/400 dental claim file, orthodontic payment contracts, Treatment Benefit claims, a Polish
dental surgery, an English opticians' recalls, a South African optometrist's orders, an SAP optician master, an
Australian allied-health group, ACC physiotherapy claims, a kinésithérapeute's billing file, a Greek physiotherapy
centre, Ontario ADP hearing-aid claims, an Italian hearing-aid centre's COBOL file, a Dutch audicien and a Spanish
podiatry clinic.

* legacy extracts (tag ``legacy``; ``padded`` for fixed-width CHAR values, ``int_date`` for dates kept as numbers or
  ``DATS`` text, ``numeric_id`` for an SSN, phones and postal codes kept as numbers, ``zero_missing`` where 0 means
  missing);
* decoys (tag ``decoy``; ``value_shape`` when shaped like an identifier): claim, contract, order, invoice, referral,
  authorisation, approval, lab job, lens order and glass order numbers, group and member numbers of insurers, funds,
  medical aids, mutuelles and policies, HICAPS references, ACC and ACC45 numbers, courier and lab tracking numbers,
  device serials, frame SKUs and insole references, IK numbers, hashes (tag ``hashed``), versions (tag
  ``version``), a clinic's coordinates (tag ``coordinates``), event dates (tag ``event_date``), amounts, codes and
  flags; health data naming no one (tag ``clinical``): CDT codes, teeth and surfaces, procedures, prescriptions,
  refractions and pressures, GOS eligibility, Read codes, accident descriptions, AMK acts, ISO 9999 codes,
  appliances, diagnoses;
* decoys with check digits (tag ``check_digit``, all ``none``): NPI (Luhn over ``80840``), ABA routing numbers, RPPS
  (Luhn), EAN-13 frame barcodes, the UK and Irish VAT numbers, the ABN, the SIRET, the partita IVA, the NIP and the
  Greek ΑΦΜ of the practices; practitioners' registration numbers (tag ``practitioner_id``, ``none``): NPI, GOC,
  Dental Council, PCNS, Medicare provider, HPI, RPPS, audiologists' college, AGB, PWZ and collegiate numbers; invoice,
  lab job and order numbers shaped like a PESEL, a South African ID number or a BSN that fail those checks (tag
  ``value_shape``);
* identifiers with check digits (python-stdnum, or the published rule written out in the value module): the US SSN
  (also as a number), the Irish PPSN (both forms), the French NIR and the Greek ΑΜΚΑ (``ssn``); the NHS number, the
  Ontario health number (Luhn), the Australian Medicare number, the New Zealand NHI (old form, mod 11), the German
  KVNR, the South African ID number, PESEL, BSN, DNI and NIE, the codice fiscale and the personal ΑΦΜ
  (``national_id``); Irish, Polish, Italian and Spanish IBANs; a card number kept in clear (Luhn); phones of the
  United States, Canada, the United Kingdom, Ireland, Australia, New Zealand, South Africa, Germany, France, Italy,
  Spain, the Netherlands, Poland and Greece (phonenumbers) in national, international, E.164, ``00``, digits-only
  and dashed forms and as numbers; IPv4 and IPv6.

Tags: ``legacy``, ``padded``, ``int_date``, ``numeric_id``, ``zero_missing``, ``decoy``, ``business``,
``value_shape``, ``check_digit``, ``practitioner_id``, ``clinical``, ``coordinates``, ``hashed``, ``version``,
``event_date``, ``partial``, ``join_key``, ``bank_account``, ``null_heavy``, ``nullword_heavy``, ``placeholder``,
``staff``, ``role_word``, ``minor``, ``username``, ``audit``, ``service_account``, ``opaque``, ``misleading``,
``mixed_kinds``, ``multi_value``, ``prefixed``, ``locality``, ``abbrev``.

Labeling choices a reader may question:

* following ``kinds.py``, the US SSN, the PPSN, the NIR and the ΑΜΚΑ are ``ssn``; government health numbers (NHS,
  Ontario health number, Medicare, NHI, KVNR), identity numbers (South African ID, PESEL, BSN, DNI, NIE, codice
  fiscale) and the personal ΑΦΜ are ``national_id``, as v36, v55 and v73 label them;
* a patient, account, client or card number of a practice, an insurer's member, subscriber or policy number, a
  medical-aid number and a mutuelle's member number are ``none`` (tag ``join_key``); a Medicare IRN (the person's
  place on the card) is ``none``; an Ontario health number's version code is ``none`` (tag ``partial``);
* the subscriber or main member (``DCSBNM``, ``MAIN_MEMBER``), the responsible party, legal guardians, carers,
  trusted contacts, spouses and partners are personal (tag ``role_word``); the referring or prescribing doctor's
  name (``ReferringGp``, ``NOM_PRESC``, ``FN-MEDICO-PRESCR``, ``ιατρός_παραπομπής``, ``verwijzer_kno_arts``) is
  ``person_name``, their registration numbers ``none``;
* staff (dentists, optometrists, opticians, physiotherapists, audiologists, podiatrists, hearing-aid specialists) are
  ``person_name`` (tag ``staff``), a first name alone (``tc_first_name``, ``audicien``) ``first_name``; AS/400 user
  profiles, SAP ``ERNAM`` and receptionists' logins are ``unclassified`` (tag ``username``), programs and the SAP RFC
  user ``none`` (tag ``service_account``);
* a middle initial (``DCPMI``), a middle name, a second given name (``drugie_imie``), ``voorletters``, ``roepnaam``,
  a preferred name and the Greek father's given name (``πατρώνυμο``, as v55 labels it) are ``first_name``; a birth
  name (``GBNAM``, ``NOM_NAIS``), a second family name (``apellido2``) and ``tussenvoegsel`` are ``last_name``;
* street, house number, addition, flat and unit kept apart, and an address's second line, are ``street_address``;
  suburbs (tag ``locality``), towns and birthplaces are ``city``; states, provinces, counties, ``wojewodztwo`` and
  Italian provinces are ``none``;
* the patient's employer (``employerName``, ``employer_nm``), insurers, funds, schemes, caisses, mutuelles, the
  ULSS and the Krankenkasse, their IK and UZOVI codes, and the practices' names, VAT numbers and coordinates are
  ``none`` (tag ``business``);
* ``EmergencyContact`` (a name, the relation and a phone in one cell) is ``free_text`` (tag ``multi_value``);
  ``src_crm_col17`` mixes phones, e-mail addresses and names by row (``free_text``, tag ``mixed_kinds``); notes
  naming people (``uwagi``, ``observaciones``) are ``free_text``;
* ``DCUDF1``, ``USER2``, ``Custom1``, ``pole_dod_2``, ``CAMPO-LIBERO-2`` and ``πεδίο_2`` hold phones, ``misc_2``,
  ``notes2`` and ``vrij_veld_2`` names, ``campoLibre2`` e-mail addresses and ``ZZFELD2`` a birthplace (tags
  ``opaque``, ``misleading``);
* a domestic bank account number (``ach_account``) is ``unclassified`` (tag ``bank_account``), as v49 and v74 did; the
  routing number is ``none``; a card's last four digits are ``none`` (tag ``partial``); the card on file in clear is
  ``credit_card``; the e-signature's and the consent form's IP are ``ip_address``, the signature's hash ``none``;
* an SSN's placeholder ``000-00-0000`` leaves the column ``ssn`` (tag ``placeholder``); dates of birth kept as
  numbers, ``DATS`` or text keep ``date_of_birth``, with 0 or ``00000000`` for missing; phones, SSNs and postal codes
  kept as numbers keep their kind; service, claim, signature, recall, delivery and collection dates are ``none``
  (tag ``event_date``); sex and title are ``none``.

Labeling rules otherwise as v27 (see :mod:`benchmarks.classification.heldout_v27`): a business's address, phone,
postal code, city and contact are ``none`` (tag ``business``); ``null_heavy`` means 50-95% NULL, ``nullword_heavy``
70-95% NULL words or blanks. Rows per table: 300 to 1,200.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets, towns
and postal codes of :mod:`benchmarks.classification.heldout_v76_values`, written for v76 (no Faker, no list of real
people, no breach data). Build: ``python -m benchmarks.classification.heldout_v76 [PATH]`` (default
``/tmp/heldout_v76.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v76``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from stdnum.pl import pesel
from stdnum.za import idnr

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v76_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v76_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v76.duckdb")

LEGACY = "legacy"  # a legacy extract (AS/400 file, SAP table, fixed-width file, COBOL copybook)
PADDED = "padded"  # fixed-width CHAR values padded with blanks
INT_DATE = "int_date"  # a date kept as a number (YYYYMMDD, CYYMMDD) or as DATS text
NUMERIC = "numeric_id"  # a phone, an SSN or a postal code kept as a number
ZERO = "zero_missing"  # 0 (or blanks) where the value is missing
SHAPE = "value_shape"  # a decoy shaped like an identifier or a personal value
CHECK = "check_digit"  # a decoy with a check digit (NPI, ABA, VAT, ABN, SIRET, partita IVA, NIP, ΑΦΜ, EAN-13)
PRACT = "practitioner_id"  # a practitioner's registration number (none)
CLIN = "clinical"  # health data naming no one (procedures, teeth, refractions, diagnoses): none
COORD = "coordinates"
HASHED = "hashed"
VERSION = "version"
EVENT = "event_date"  # a date or time of an event (visit, claim, delivery, signature): none
PARTIAL = "partial"
KEY = "join_key"
BANK = "bank_account"  # a domestic bank account number: unclassified
HEAVY = "null_heavy"  # 50-95% NULL
NULLWORD = "nullword_heavy"  # 70-95% NULL words or blanks
PLACEHOLDER = "placeholder"
STAFF = "staff"
ROLE = "role_word"
MINOR = "minor"  # a child's personal data (orthodontic patients, children's glasses)
USER = "username"
AUDIT = "audit"
SERVICE = "service_account"
OPAQUE = "opaque"
MISLEADING = "misleading"
MIXED = "mixed_kinds"
MULTI = "multi_value"
PREFIXED = "prefixed"
LOCALITY = "locality"
ABBREV = "abbrev"


def _staff(g: Gen, n: int, make: Callable[[Gen], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _pad(values: list[Any], width: int) -> list[Any]:
    """Fixed-width CHAR cells: text padded with blanks, a missing value all blanks."""
    return [(" " * width) if x is None else str(x)[:width].ljust(width) for x in values]


def _cyymmdd(d: date | None) -> int:
    return 0 if d is None else (d.year - 1900) // 100 * 1_000_000 + (d.year % 100) * 10_000 + d.month * 100 + d.day


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _null(g: Gen, values: list[Any], share: float) -> list[Any]:
    return [None if g.rnd.random() < share else x for x in values]


def _people(g: Gen, lang: str, lo: int = 1940, hi: int = 2008) -> list[tuple[str, str, date, bool]]:
    """(given name, family name, birth date, female) of every row."""
    out = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, lang, female)
        out.append((a, b, g.birth(lo, hi), female))
    return out


# -- dental: Oregon (AS/400), Texas, Cork, Kraków ----------------------------------------------------------------------


def or_dental_claims(g: Gen) -> Table:
    """A Salem (Oregon) dental group's AS/400 claim file ``DENTLIB.DCPATCLM`` (DC prefix, padded CHAR values, the
    birth date as ``CYYMMDD``, the subscriber's SSN, the ZIP and the home phone as numbers with 0 for missing)."""
    rows = _people(g, "us", 1938, 2019)
    towns = [g.rnd.choice(v.US_OR) for _ in range(g.rows)]
    rel = [g.rnd.choices(["SELF", "SPOU", "CHLD"], [6, 2, 2])[0] for _ in range(g.rows)]
    subs = [f"{r[1]}, {r[0]}" if k == "SELF" else f"{r[1]}, {v.given(g)}" for r, k in zip(rows, rel)]
    dentists = _staff(g, 5, lambda x: f"DR {v.family(x, 'us_anglo').upper()}")
    users = _staff(g, 4, lambda x: v.login(*v.person(x), 4)[:8])
    carriers = ["WILLAMETTE DENTAL PLAN", "CASCADIA MUTUAL DENTAL", "OREGON TRADES TRUST", "PACIFIC CREST BENEFITS"]
    npis = [v.npi(g) for _ in dentists]
    doc = [g.rnd.randrange(len(dentists)) for _ in range(g.rows)]
    return Table("DENTLIB.DCPATCLM", "en", "screaming", [
        c("DCCLNO", N, "BIGINT", g.keys(40_118_000, 3), "decoy", KEY, LEGACY),
        c("DCPTNO", N, "INTEGER", g.ints(100_000, 189_999), "decoy", KEY, LEGACY),
        c("DCPLNM", "last_name", "VARCHAR", _pad([r[1].upper() for r in rows], 20), LEGACY, PADDED, ABBREV),
        c("DCPFNM", "first_name", "VARCHAR", _pad([r[0].upper() for r in rows], 15), LEGACY, PADDED, ABBREV),
        c("DCPMI", "first_name", "VARCHAR", _pad([g.rnd.choice("ABCDEJKLMRST") if g.rnd.random() < 0.6 else None
                                                  for _ in rows], 1), LEGACY, PADDED, ABBREV),
        c("DCPDOB", "date_of_birth", "INTEGER", [_cyymmdd(r[2]) for r in rows], LEGACY, INT_DATE, ABBREV),
        c("DCSSN", "ssn", "BIGINT", [0 if g.rnd.random() < 0.15 else int(v.us_ssn(g).replace("-", "")) for _ in rows],
          LEGACY, NUMERIC, ZERO, ABBREV),
        c("DCSBNM", "person_name", "VARCHAR", _pad([s.upper() for s in subs], 30), LEGACY, PADDED, ROLE, ABBREV),
        c("DCSREL", N, "VARCHAR", rel, "decoy", LEGACY),
        c("DCADR1", "street_address", "VARCHAR", _pad([v.us_street(g).upper() for _ in rows], 30), LEGACY, PADDED),
        c("DCCITY", "city", "VARCHAR", _pad([t[0].upper() for t in towns], 18), LEGACY, PADDED),
        c("DCST", N, "VARCHAR", [t[1] for t in towns], "decoy", LEGACY),
        c("DCZIP", "postal_code", "INTEGER", [int(t[2] + g.digits(2)) for t in towns], LEGACY, NUMERIC),
        c("DCPHON", "phone", "BIGINT", [0 if g.rnd.random() < 0.25 else g.phone("US", "int", False) for _ in rows],
          LEGACY, NUMERIC, ZERO),
        c("DCCARR", N, "VARCHAR", _pad(g.col(g.pick(carriers)), 26), "business", LEGACY, PADDED),
        c("DCGRPN", N, "VARCHAR", g.col(lambda: g.code("G99999-A")), "decoy", SHAPE, LEGACY),
        c("DCSUBI", N, "VARCHAR", g.col(lambda: g.code("W999999999")), "decoy", KEY, SHAPE, LEGACY),
        c("DCCDT", N, "VARCHAR", g.col(g.pick(["D0120", "D0150", "D1110", "D0274", "D2392", "D2740", "D4341",
                                                "D7140"])), "decoy", CLIN, LEGACY),
        c("DCTOOT", N, "INTEGER", [g.rnd.randint(0, 32) for _ in rows], "decoy", CLIN, LEGACY),
        c("DCSURF", N, "VARCHAR", _pad(g.col(g.pick(["", "O", "MO", "DO", "MOD", "B", "L"])), 5), "decoy", CLIN,
          LEGACY, PADDED),
        c("DCFEE", N, "DECIMAL(9,2)", g.amounts(38, 1_450), "decoy", LEGACY),
        c("DCSVDT", N, "INTEGER", [_ymd(g.day("2025-01-02", "2025-12-19")) for _ in rows], "decoy", EVENT, INT_DATE,
          LEGACY),
        c("DCPROV", N, "VARCHAR", [npis[i] for i in doc], "decoy", PRACT, CHECK, LEGACY),
        c("DCDRNM", "person_name", "VARCHAR", _pad([dentists[i] for i in doc], 20), STAFF, LEGACY, PADDED),
        c("DCUSER", USERNAME, "VARCHAR", _pad(g.col(g.pick(users)), 10), USER, AUDIT, LEGACY, PADDED),
        c("DCPGM", N, "VARCHAR", _pad(g.col(g.pick(["DCCLM01R", "DCCLM01R", "DCEDI837"])), 10), "decoy", SERVICE,
          AUDIT, LEGACY, PADDED),
        c("DCUDF1", "phone", "VARCHAR", _pad(g.col(lambda: g.phone("US", "digits"), 0.3), 15), OPAQUE, MISLEADING,
          LEGACY, PADDED),
        c("DCUDF2", N, "VARCHAR", _pad(g.col(g.pick(["B07", "B12", "X", "PRI", ""])), 5), "decoy", OPAQUE, LEGACY,
          PADDED),
    ])


def tx_ortho_contracts(g: Gen) -> Table:
    """A San Antonio orthodontic practice's treatment contracts: the patient (mostly minors), the responsible party
    (a parent) with SSN for the credit check (placeholders), birth date, cell, e-mail and home address, a card on
    file kept in clear and its last four digits, ACH routing (``none``) and account (``unclassified``) numbers, the
    e-signature's IP and hash, the orthodontist and the treatment coordinator by first name."""
    kids = _people(g, "us", 2006, 2017)
    parents = [(v.given(g), k[1] if g.rnd.random() < 0.8 else v.family(g)) for k in kids]
    towns = [g.rnd.choice(v.US_TX) for _ in range(g.rows)]
    doctors = _staff(g, 3, lambda x: f"Dr. {v.whole(x, 'us_anglo')}")
    tcs = _staff(g, 4, lambda x: v.given(x, "us_hispanic"))
    ssns = [v.us_ssn(g) if g.rnd.random() < 0.9 else "000-00-0000" for _ in kids]
    cards = [v.card(g) if g.rnd.random() < 0.55 else None for _ in kids]
    return Table("bracesplus_tx.tx_contracts", "en", "snake", [
        c("contract_id", N, "BIGINT", g.keys(77_001), "decoy", KEY),
        c("patient_id", N, "INTEGER", g.ints(20_000, 29_999), "decoy", KEY),
        c("pt_first", "first_name", "VARCHAR", [k[0] for k in kids], MINOR, ABBREV),
        c("pt_last", "last_name", "VARCHAR", [k[1] for k in kids], MINOR, ABBREV),
        c("pt_dob", "date_of_birth", "DATE", [k[2] for k in kids], MINOR, ABBREV),
        c("resp_party_name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in parents], ROLE),
        c("resp_party_ssn", "ssn", "VARCHAR", ssns, PLACEHOLDER, ROLE),
        c("resp_party_dob", "date_of_birth", "DATE", g.col(lambda: g.birth(1968, 1994), 0.2)),
        c("resp_party_cell", "phone", "VARCHAR", g.phones("US", {"dashes": 0.5, "national": 0.3, "e164": 0.2})),
        c("resp_party_email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["us"]) for a, b in parents]),
        c("home_address", "street_address", "VARCHAR", g.col(lambda: v.us_street(g))),
        c("city", "city", "VARCHAR", [t[0] for t in towns]),
        c("state", N, "VARCHAR", [t[1] for t in towns], "decoy"),
        c("zip", "postal_code", "VARCHAR", [t[2] + g.digits(2) + (f"-{g.digits(4)}" if g.rnd.random() < 0.2 else "")
                                            for t in towns]),
        c("card_on_file", "credit_card", "VARCHAR", cards),
        c("card_last4", N, "VARCHAR", [x[-4:] if x else None for x in cards], "decoy", PARTIAL),
        c("ach_routing", N, "VARCHAR", g.col(lambda: v.aba(g), 0.45), "decoy", CHECK, SHAPE),
        c("ach_account", USERNAME, "VARCHAR", g.col(lambda: g.digits(g.rnd.randint(8, 12)), 0.45), BANK),
        c("tx_fee", N, "DECIMAL(9,2)", g.amounts(3_800, 7_900), "decoy"),
        c("down_payment", N, "DECIMAL(9,2)", g.amounts(250, 1_500), "decoy"),
        c("monthly_installment", N, "DECIMAL(9,2)", g.amounts(95, 260), "decoy"),
        c("appliance", N, "VARCHAR", g.col(g.pick(["Metal brackets", "Clear aligners", "Ceramic brackets",
                                                   "Expander + brackets"])), "decoy", CLIN),
        c("contract_signed_on", N, "DATE", g.days("2024-06-01", "2025-12-15"), "decoy", EVENT),
        c("esign_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.35), 0.1)),
        c("esign_hash", N, "VARCHAR", g.col(g.sha256), "decoy", HASHED),
        c("orthodontist", "person_name", "VARCHAR", g.col(g.pick(doctors)), STAFF),
        c("tc_first_name", "first_name", "VARCHAR", g.col(g.pick(tcs)), STAFF, ABBREV),
        c("portal_app_version", N, "VARCHAR", g.col(g.version), "decoy", VERSION),
    ])


def cork_treatment_benefit(g: Gen) -> Table:
    """A Cobh (County Cork) dental practice's claims under the Department of Social Protection's Treatment Benefit
    scheme (camel case): PPSN, names, birth date, mobile and landline, address lines, town, Eircode, county
    (``none``), PRSI class, the patient's employer (``none``), treatment, dentist and Dental Council number, the
    practice's VAT number, a refund IBAN, the online consent's IP, the receptionist's login, ``misc_2`` the spouse."""
    rows = _people(g, "ie", 1945, 2004)
    towns = [g.rnd.choice(v.IE_TOWNS) for _ in range(g.rows)]
    dentists = _staff(g, 3, lambda x: f"Dr {v.whole(x, 'ie')}")
    logins = _staff(g, 4, lambda x: v.login(*v.person(x, "ie"), 1))
    vat = v.ie_vat(g)
    employers = ["Harbourside Pharma Ltd", "Cork County Council", "Ringaskiddy Logistics", "self-employed",
                 "Bon Secours Hospital", "Lee Valley Foods"]
    return Table("cobhDental.tbClaims", "en", "camel", [
        c("claimId", N, "BIGINT", g.keys(5_200_001), "decoy", KEY),
        c("ppsn", "ssn", "VARCHAR", g.col(lambda: v.ie_pps(g), 0.08)),
        c("firstName", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("surname", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("dateOfBirth", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("mobile", "phone", "VARCHAR", g.phones("IE", {"national": 0.6, "intl": 0.2, "e164": 0.2}, null=0.05)),
        c("homePhone", "phone", "VARCHAR", g.phones("IE", {"national": 0.8, "00": 0.2}, 0.0, 0.7), HEAVY),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["ie"]) if g.rnd.random() < 0.8 else None
                                        for r in rows]),
        c("addressLine1", "street_address", "VARCHAR", g.col(lambda: v.ie_street(g))),
        c("addressLine2", "street_address", "VARCHAR", g.col(g.pick(["Rushbrooke", "Ballyvolane", "Douglas",
                                                                     "Glanmire", "Carrigtwohill"]), 0.45)),
        c("town", "city", "VARCHAR", [t[0] for t in towns]),
        c("eircode", "postal_code", "VARCHAR", [v.eircode(g, t[1]) for t in towns]),
        c("county", N, "VARCHAR", ["Co. Cork"] * g.rows, "decoy"),
        c("prsiClass", N, "VARCHAR", g.col(g.pick(["A1", "A1", "A2", "S1", "B"])), "decoy"),
        c("employerName", N, "VARCHAR", g.col(g.pick(employers), 0.2), "business"),
        c("treatment", N, "VARCHAR", g.col(g.pick(["Oral examination", "Scale and polish", "Oral examination + S&P"])),
          "decoy", CLIN),
        c("claimAmount", N, "DECIMAL(8,2)", g.amounts(15, 42), "decoy"),
        c("dentistName", "person_name", "VARCHAR", g.col(g.pick(dentists)), STAFF),
        c("dentistRegNo", N, "VARCHAR", g.col(lambda: g.code("99999")), "decoy", PRACT),
        c("practiceVatNo", N, "VARCHAR", [vat] * g.rows, "business", CHECK),
        c("refundIban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IE", g.rnd.random() < 0.4), 0.6), HEAVY),
        c("consentIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25), 0.15)),
        c("consentAt", N, "TIMESTAMP", g.moments("2025-01-06", "2025-12-18"), "decoy", EVENT),
        c("submittedBy", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
        c("misc_1", N, "VARCHAR", g.col(g.pick(["Y", "N", "N", ""])), "decoy", OPAQUE),
        c("misc_2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ie"), 0.4), OPAQUE, MISLEADING),
    ])


def krakow_dental(g: Gen) -> Table:
    """A Kraków dental surgery's patients and visits (Polish, snake case): PESEL (the row's birth date and sex),
    ``drugie_imie``, house and flat numbers apart, a legal guardian of minors, the dentist and the PWZ number,
    procedure and tooth, the practice's NIP, invoice numbers of eleven digits failing PESEL's check, a refund account,
    notes, ``pole_dod_2`` the guardian's phone."""
    rows = _people(g, "pl", 1942, 2020)
    towns = [g.rnd.choice(v.PL_TOWNS) for _ in range(g.rows)]
    minors = [r[2].year >= 2008 for r in rows]
    dentists = _staff(g, 4, lambda x: f"lek. dent. {v.whole(x, 'pl')}")
    nip = v.pl_nip(g)

    def note() -> str:
        return g.rnd.choice([f"Przychodzi z mamą {v.given(g, 'pl')}", "Uczulenie na lateks",
                             f"Skierowana przez dr {v.family(g, 'pl')}", "Prosi o wizyty po 16:00",
                             f"Płaci {v.whole(g, 'pl')} (mąż)"])

    def invoice() -> str:
        return g.valid(lambda: g.digits(11), lambda x: not pesel.is_valid(x))

    return Table("gabinet_krakow.pacjenci_wizyty", "pl", "snake", [
        c("id_wizyty", N, "BIGINT", g.keys(310_001), "decoy", KEY),
        c("nr_karty", N, "VARCHAR", g.col(lambda: g.code("KR/99999")), "decoy", KEY),
        c("imie", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("drugie_imie", "first_name", "VARCHAR", [v.given(g, "pl") if g.rnd.random() < 0.35 else None for _ in rows],
          HEAVY),
        c("nazwisko", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("pesel", "national_id", "VARCHAR", [v.pl_pesel(g, r[2], r[3]) if g.rnd.random() < 0.93 else None
                                              for r in rows]),
        c("data_urodzenia", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("plec", N, "VARCHAR", ["K" if r[3] else "M" for r in rows], "decoy"),
        c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.6, "intl": 0.25, "nsn": 0.15}, 0.9, 0.05)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["pl"]) if g.rnd.random() < 0.7 else None
                                        for r in rows]),
        c("ulica", "street_address", "VARCHAR", g.col(g.pick(v.PL_STREETS))),
        c("nr_domu", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 140)) + g.rnd.choice(["", "",
                                                                                                           "A", "B"]))),
        c("nr_lokalu", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 80)), 0.55), HEAVY),
        c("kod_pocztowy", "postal_code", "VARCHAR", [v.pl_postcode(g, t) for t in towns]),
        c("miejscowosc", "city", "VARCHAR", [t[0] for t in towns]),
        c("wojewodztwo", N, "VARCHAR", ["małopolskie"] * g.rows, "decoy"),
        c("opiekun_prawny", "person_name", "VARCHAR", [v.whole(g, "pl") if m and g.rnd.random() < 0.9 else None
                                                      for m in minors], ROLE, HEAVY),
        c("lekarz", "person_name", "VARCHAR", g.col(g.pick(dentists)), STAFF),
        c("nr_pwz", N, "VARCHAR", g.col(lambda: g.digits(7)), "decoy", PRACT),
        c("procedura", N, "VARCHAR", g.col(g.pick(["Przegląd", "Wypełnienie kompozytowe", "Leczenie kanałowe",
                                                   "Usunięcie kamienia", "Ekstrakcja", "Lakowanie"])), "decoy", CLIN),
        c("zab", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 4)}{g.rnd.randint(1, 8)}", 0.3), "decoy", CLIN),
        c("kwota", N, "DECIMAL(8,2)", g.amounts(80, 1_900), "decoy"),
        c("nip_gabinetu", N, "VARCHAR", [nip] * g.rows, "business", CHECK),
        c("nr_faktury", N, "VARCHAR", g.col(invoice), "decoy", SHAPE),
        c("rachunek_zwrotu", "iban", "VARCHAR", g.col(lambda: v.iban(g, "PL", g.rnd.random() < 0.5), 0.75), HEAVY),
        c("uwagi", "free_text", "VARCHAR", g.sparse(note, 0.78, ("", "brak", "-", "NULL")), NULLWORD),
        c("data_wizyty", N, "TIMESTAMP", g.moments("2025-02-01", "2025-12-20"), "decoy", EVENT),
        c("pole_dod_1", N, "VARCHAR", g.col(g.pick(["NFZ", "PRYW", "PRYW", "ABON"])), "decoy", OPAQUE),
        c("pole_dod_2", "phone", "VARCHAR", [g.phone("PL", "national") if m or g.rnd.random() < 0.1 else None
                                             for m in minors], OPAQUE, MISLEADING, HEAVY),
    ])


# -- optical: Leeds, Pretoria, Hamburg (SAP) ---------------------------------------------------------------------------


def leeds_sight_tests(g: Gen) -> Table:
    """A Leeds independent opticians' sight tests and recalls (snake case, abbreviations): title, forename, surname,
    birth date, NHS number, address, town, postcode, mobile, e-mail, the GOS form and eligibility, the optometrist and
    the GOC number, prescriptions and pressures, frame SKU, lens order and lab tracking numbers, the recall date, the
    practice's VAT number, a carer, ``notes2`` the relative who booked, ``notes1`` a frame preference."""
    rows = _people(g, "gb", 1930, 2018)
    towns = [g.rnd.choice(v.GB_TOWNS) for _ in range(g.rows)]
    optoms = _staff(g, 4, lambda x: v.whole(x, "gb"))
    goc = {o: f"01-{g.digits(5)}" for o in optoms}
    who = [g.rnd.choice(optoms) for _ in range(g.rows)]
    vat = v.gb_vat(g)

    def rx() -> str:
        return f"{g.rnd.choice('+-')}{g.rnd.randint(0, 24) * 0.25:.2f}/-{g.rnd.randint(0, 8) * 0.25:.2f}x" \
               f"{g.rnd.randint(1, 180)}"

    return Table("sightline_opticians.sight_tests", "en", "snake", [
        c("test_id", N, "BIGINT", g.keys(880_001), "decoy", KEY),
        c("patient_ref", N, "VARCHAR", g.col(lambda: g.code("SL999999")), "decoy", KEY),
        c("title", N, "VARCHAR", ["Mrs" if r[3] and g.rnd.random() < 0.6 else "Ms" if r[3] else "Mr" for r in rows],
          "decoy"),
        c("forename", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("surname", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("dob", "date_of_birth", "DATE", [r[2] for r in rows], ABBREV),
        c("nhs_number", "national_id", "VARCHAR", g.col(lambda: v.gb_nhs(g), 0.2)),
        c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.gb_street(g)), ABBREV),
        c("addr_town", "city", "VARCHAR", [t[0] for t in towns], ABBREV),
        c("postcode", "postal_code", "VARCHAR", [v.gb_postcode(g, t[1]) for t in towns]),
        c("mob_no", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "digits": 0.2, "intl": 0.2}, 0.85, 0.1),
          ABBREV),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["gb"]) if g.rnd.random() < 0.65 else None
                                        for r in rows]),
        c("gos_form", N, "VARCHAR", g.col(g.pick(["GOS1", "GOS1", "GOS3", "PRIVATE"])), "decoy"),
        c("gos_eligibility", N, "VARCHAR", g.col(g.pick(["Over 60", "Under 16", "Diabetic", "Glaucoma FH",
                                                         "Universal Credit", "None"])), "decoy", CLIN),
        c("optom_name", "person_name", "VARCHAR", who, STAFF, ABBREV),
        c("goc_no", N, "VARCHAR", [goc[o] for o in who], "decoy", PRACT),
        c("rx_re", N, "VARCHAR", g.col(rx), "decoy", CLIN),
        c("rx_le", N, "VARCHAR", g.col(rx), "decoy", CLIN),
        c("iop_re", N, "INTEGER", g.ints(10, 24, 0.1), "decoy", CLIN),
        c("frame_sku", N, "VARCHAR", g.col(lambda: g.code("FR-AAA-9999"), 0.35), "decoy", SHAPE),
        c("lens_order_no", N, "VARCHAR", g.col(lambda: g.code("LO99999999"), 0.35), "decoy", SHAPE),
        c("lab_tracking", N, "VARCHAR", g.col(lambda: g.code("JD0002999999999999"), 0.4), "decoy", SHAPE),
        c("recall_due", N, "DATE", g.days("2026-01-01", "2027-12-31"), "decoy", EVENT),
        c("practice_vat_no", N, "VARCHAR", [vat] * g.rows, "business", CHECK),
        c("carer_name", "person_name", "VARCHAR", [v.whole(g, "gb") if r[2].year < 1945 and g.rnd.random() < 0.9
                                                   or g.rnd.random() < 0.05 else None for r in rows], ROLE, HEAVY),
        c("notes1", N, "VARCHAR", g.col(g.pick(["rimless", "metal", "acetate", "sports", "", "varifocal"])), "decoy",
          OPAQUE),
        c("notes2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "gb"), 0.45), OPAQUE, MISLEADING),
    ])


def pretoria_spectacles(g: Gen) -> Table:
    """A Pretoria optometry practice's spectacle orders (SCREAMING snake case, modern): the South African ID number
    (the row's birth date and sex), names, cell and work phones, e-mail, residential address, suburb, postal code,
    the medical-aid scheme, number and dependant code, the main member, the practice's PCNS number, the optometrist,
    frame barcodes (EAN-13), lens codes, lab job numbers of thirteen digits failing the ID's Luhn check, the courier
    waybill, ``USER2`` a WhatsApp number, ``USER1`` a frame colour."""
    rows = _people(g, "za", 1940, 2016)
    subs = [g.rnd.choice(v.ZA_SUBURBS) for _ in range(g.rows)]
    optoms = _staff(g, 3, lambda x: v.whole(x, "za"))
    schemes = ["Jacaranda Health Plan", "Sediba Medical Scheme", "Highveld Medical Aid", "private"]
    dep = [g.rnd.choices(["00", "01", "02", "03"], [5, 2, 2, 1])[0] for _ in range(g.rows)]

    def job() -> str:
        return g.valid(lambda: g.digits(13), lambda x: not idnr.is_valid(x))

    return Table("optiq_pta.SPECTACLE_ORDERS", "en", "screaming", [
        c("ORDER_NO", N, "VARCHAR", g.col(lambda: f"PTA-{g.digits(5)}"), "decoy", SHAPE),
        c("PATIENT_NO", N, "INTEGER", g.ints(3_000, 19_999), "decoy", KEY),
        c("ID_NUMBER", "national_id", "VARCHAR", [v.za_id(g, r[2], r[3]) if g.rnd.random() < 0.9 else None
                                                  for r in rows]),
        c("TITLE", N, "VARCHAR", ["Mrs" if r[3] else "Mr" for r in rows], "decoy"),
        c("FIRST_NAMES", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("SURNAME", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("DATE_OF_BIRTH", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("CELL_NO", "phone", "VARCHAR", g.phones("ZA", {"national": 0.5, "digits": 0.3, "e164": 0.2})),
        c("WORK_TEL", "phone", "VARCHAR", g.phones("ZA", {"national": 1.0}, 0.0, 0.75), HEAVY),
        c("EMAIL", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["za"]) if g.rnd.random() < 0.7 else None
                                        for r in rows]),
        c("RES_ADDR_LN1", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 900)} "
                                                             f"{g.rnd.choice(v.ZA_STREETS)}"), ABBREV),
        c("SUBURB", "city", "VARCHAR", [s[0] for s in subs], LOCALITY),
        c("POSTAL_CODE", "postal_code", "VARCHAR", [s[1] for s in subs]),
        c("MED_AID_SCHEME", N, "VARCHAR", g.col(g.pick(schemes)), "business"),
        c("MED_AID_NO", N, "VARCHAR", g.col(lambda: g.digits(9), 0.2), "decoy", KEY),
        c("DEP_CODE", N, "VARCHAR", dep, "decoy"),
        c("MAIN_MEMBER", "person_name", "VARCHAR", [v.whole(g, "za") if d != "00" else f"{r[0]} {r[1]}"
                                                    for d, r in zip(dep, rows)], ROLE),
        c("PCNS_PRACTICE_NO", N, "VARCHAR", ["0" + g.digits(6)] * g.rows, "decoy", PRACT),
        c("OPTOMETRIST", "person_name", "VARCHAR", g.col(g.pick(optoms)), STAFF),
        c("FRAME_BARCODE", N, "VARCHAR", g.col(lambda: v.ean13(g, "600")), "decoy", CHECK),
        c("LENS_CODE", N, "VARCHAR", g.col(g.pick(["SV-CR39-AR", "PAL-1.6-BLU", "SV-PC-TR", "BIF-CR39"])), "decoy"),
        c("RX_SPH_R", N, "DECIMAL(4,2)", [g.rnd.randint(-24, 16) * 0.25 for _ in range(g.rows)], "decoy", CLIN),
        c("LAB_JOB_NO", N, "VARCHAR", g.col(job), "decoy", SHAPE),
        c("COURIER_WAYBILL", N, "VARCHAR", g.col(lambda: f"PTA{g.digits(10)}", 0.5), "decoy", SHAPE),
        c("COLLECTED_AT", N, "TIMESTAMP", g.moments("2025-01-10", "2025-12-19", 0.15), "decoy", EVENT),
        c("USER1", N, "VARCHAR", g.col(g.pick(["Black", "Tortoise", "Gunmetal", "Rose gold", ""])), "decoy", OPAQUE),
        c("USER2", "phone", "VARCHAR", g.phones("ZA", {"e164": 0.7, "intl": 0.3}, 1.0, 0.45), OPAQUE, MISLEADING),
    ])


def hamburg_optik_sap(g: Gen) -> Table:
    """A Hamburg optician chain's customer master in an SAP-style table ``SAPOPT.ZKUNDE_OPTIK`` (German SAP
    abbreviations, padded CHAR values, ``GBDAT`` as ``DATS`` text): ``NAME1`` the family name, ``NAME2`` the given
    name, ``GBNAM`` the birth name, the KVNR (the initial of the family name, a check digit), the Krankenkasse and its
    IK number, the branch, the optician, refraction, glass orders, ``ERNAM``/``AENAM``, ``ZZFELD2`` the birthplace."""
    rows = _people(g, "de", 1935, 2015)
    towns = [g.rnd.choice(v.DE_TOWNS) for _ in range(g.rows)]
    births = [b if g.rnd.random() < 0.3 and r[3] else None for r, b in zip(rows, [v.family(g, "de") for _ in rows])]
    opt = _staff(g, 6, lambda x: v.whole(x, "de"))
    ernam = _staff(g, 5, lambda x: v.login(*v.person(x, "de"), 4)[:8])
    kassen = [("TK Techniker", "101575519"), ("AOK Rheinland/Hamburg", "104212505"), ("BARMER", "104940005"),
              ("DAK-Gesundheit", "105830016"), ("PRIVAT", "")]
    kasse = [g.rnd.choice(kassen) for _ in range(g.rows)]

    def refraction() -> str:
        right, left = g.rnd.randint(-20, 12) * 0.25, g.rnd.randint(-20, 12) * 0.25
        return f"R {right:+.2f} L {left:+.2f} ADD {g.rnd.choice(['0', '1.50', '2.25'])}"

    return Table("SAPOPT.ZKUNDE_OPTIK", "de", "screaming", [
        c("MANDT", N, "VARCHAR", ["100"] * g.rows, "decoy", LEGACY),
        c("KUNNR", N, "VARCHAR", [f"{x:010d}" for x in g.keys(104_001)], "decoy", KEY, LEGACY),
        c("ANRED", N, "VARCHAR", _pad(["Frau" if r[3] else "Herr" for r in rows], 15), "decoy", LEGACY, PADDED),
        c("NAME1", "last_name", "VARCHAR", _pad([r[1] for r in rows], 35), LEGACY, PADDED, ABBREV),
        c("NAME2", "first_name", "VARCHAR", _pad([r[0] for r in rows], 35), LEGACY, PADDED, ABBREV),
        c("GBNAM", "last_name", "VARCHAR", births, LEGACY, HEAVY, ABBREV),
        c("GBDAT", "date_of_birth", "VARCHAR", [r[2].strftime("%Y%m%d") if g.rnd.random() < 0.9 else "00000000"
                                                for r in rows], LEGACY, INT_DATE, ABBREV),
        c("STRAS", "street_address", "VARCHAR", _pad([v.de_street(g) for _ in rows], 35), LEGACY, PADDED, ABBREV),
        c("PSTLZ", "postal_code", "VARCHAR", _pad([t[1] + g.digits(2) for t in towns], 10), LEGACY, PADDED, ABBREV),
        c("ORT01", "city", "VARCHAR", _pad([t[0] for t in towns], 35), LEGACY, PADDED, ABBREV),
        c("LAND1", N, "VARCHAR", ["DE"] * g.rows, "decoy", LEGACY),
        c("TELF1", "phone", "VARCHAR", _pad(g.phones("DE", {"national": 0.7, "digits": 0.3}, 0.0, 0.35), 16), LEGACY,
          PADDED, ABBREV),
        c("TELF2", "phone", "VARCHAR", _pad(g.phones("DE", {"national": 0.5, "intl": 0.3, "e164": 0.2}, 1.0, 0.3), 16),
          LEGACY, PADDED, ABBREV),
        c("SMTP_ADDR", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["de"]) if g.rnd.random() < 0.6
                                            else None for r in rows], LEGACY, ABBREV),
        c("KVNR", "national_id", "VARCHAR", [v.kvnr(g, r[1]) if k[1] else None for r, k in zip(rows, kasse)], LEGACY,
          ABBREV),
        c("KKASSE", N, "VARCHAR", _pad([k[0] for k in kasse], 30), "business", LEGACY, PADDED),
        c("IKNUM", N, "VARCHAR", _pad([k[1] for k in kasse], 9), "business", SHAPE, LEGACY, PADDED),
        c("FILIALE", N, "VARCHAR", g.col(g.pick(["HH-EIMS", "HH-OTTE", "HH-WANDS", "NST-01", "PI-01"])), "decoy",
          LEGACY),
        c("OPTIKER", "person_name", "VARCHAR", _pad(g.col(g.pick(opt)), 30), STAFF, LEGACY, PADDED),
        c("REFRAKT", N, "VARCHAR", g.col(refraction), "decoy", CLIN, LEGACY),
        c("GLASBEST", N, "VARCHAR", g.col(lambda: g.code("4500999999"), 0.3), "decoy", SHAPE, LEGACY),
        c("ERNAM", USERNAME, "VARCHAR", _pad(g.col(g.pick(ernam)), 12), USER, AUDIT, LEGACY, PADDED),
        c("ERDAT", N, "VARCHAR", [g.day("2019-01-01", "2025-12-19").strftime("%Y%m%d") for _ in rows], "decoy",
          EVENT, INT_DATE, LEGACY),
        c("AENAM", N, "VARCHAR", _pad(g.col(g.pick(["RFC_SHOP", "RFC_SHOP", "BATCH_KV"])), 12), "decoy", SERVICE,
          AUDIT, LEGACY, PADDED),
        c("ZZFELD1", N, "VARCHAR", _pad(g.col(g.pick(["A", "B", "K", ""])), 10), "decoy", OPAQUE, LEGACY, PADDED),
        c("ZZFELD2", "city", "VARCHAR", _pad(g.col(g.pick(["Kiel", "Lübeck", "Bremen", "Rostock", "Hamburg",
                                                           "Schwerin", "Danzig"]), 0.4), 20),
          OPAQUE, MISLEADING, LEGACY, PADDED),
    ])


# -- physiotherapy: Adelaide, Christchurch, Lyon (fixed width), Patras ------------------------------------------------


def adelaide_allied(g: Gen) -> Table:
    """An Adelaide allied-health group's appointments (physiotherapy, podiatry, exercise physiology; Pascal case):
    given, family and preferred names, Medicare number and IRN, the private health fund and member number, mobile,
    e-mail, street, suburb, state, postcode, the practitioner and Medicare provider number, the referring GP, HICAPS
    references, the group's ABN, an emergency contact (name, relation and phone in one cell), ``Custom1`` a work
    phone, ``Custom2`` a gap-only flag."""
    rows = _people(g, "au", 1938, 2016)
    subs = [g.rnd.choice(v.AU_SUBURBS) for _ in range(g.rows)]
    prac = _staff(g, 7, lambda x: v.whole(x, "au"))
    provider = {p: g.code("999999A") for p in prac}
    who = [g.rnd.choice(prac) for _ in range(g.rows)]
    funds = ["Bupa", "HCF", "Medibank", "nib", "HBF", "none"]
    abn = v.au_abn(g)

    def medicare() -> str:
        number = v.au_medicare(g)
        return f"{number[:4]} {number[4:9]} {number[9]}" if g.rnd.random() < 0.5 else number

    def contact() -> str:
        return f"{v.whole(g, 'au')} ({g.rnd.choice(['wife', 'husband', 'mum', 'son', 'partner'])}) " \
               f"{g.phone('AU', 'national')}"

    return Table("ClinicFlow.Appointments", "en", "pascal", [
        c("AppointmentId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("ClientId", N, "INTEGER", g.ints(10_000, 59_999), "decoy", KEY),
        c("GivenName", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("FamilyName", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("PreferredName", "first_name", "VARCHAR", g.col(lambda: g.rnd.choice(["Bec", "Mick", "Jules", "Tash",
                                                                                "Robbo", "Kez", "Shaz"]), 0.8),
          HEAVY),
        c("DateOfBirth", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("MedicareNumber", "national_id", "VARCHAR", g.col(medicare, 0.15)),
        c("MedicareIrn", N, "INTEGER", g.ints(1, 6, 0.15), "decoy"),
        c("HealthFund", N, "VARCHAR", g.col(g.pick(funds)), "business"),
        c("HealthFundMemberNo", N, "VARCHAR", g.col(lambda: g.digits(8), 0.3), "decoy", KEY),
        c("Mobile", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "digits": 0.2, "intl": 0.2}, 0.95)),
        c("Email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["au"]) for r in rows]),
        c("StreetAddress", "street_address", "VARCHAR", g.col(lambda: v.au_street(g))),
        c("Suburb", "city", "VARCHAR", [s[0] for s in subs], LOCALITY),
        c("State", N, "VARCHAR", ["SA"] * g.rows, "decoy"),
        c("Postcode", "postal_code", "VARCHAR", [s[1] for s in subs]),
        c("Practitioner", "person_name", "VARCHAR", who, STAFF),
        c("Discipline", N, "VARCHAR", g.col(g.pick(["Physiotherapy", "Podiatry", "Exercise Physiology"])), "decoy"),
        c("ProviderNumber", N, "VARCHAR", [provider[p] for p in who], "decoy", PRACT),
        c("ReferringGp", "person_name", "VARCHAR", g.col(lambda: f"Dr {v.whole(g, 'au')}", 0.45), ROLE),
        c("HicapsTxnRef", N, "VARCHAR", g.col(lambda: g.digits(12), 0.35), "decoy", SHAPE),
        c("AppointmentStart", N, "TIMESTAMP", g.moments("2025-03-01", "2025-12-20"), "decoy", EVENT),
        c("InvoiceTotal", N, "DECIMAL(8,2)", g.amounts(65, 145), "decoy"),
        c("ClinicAbn", N, "VARCHAR", [abn] * g.rows, "business", CHECK),
        c("EmergencyContact", "free_text", "VARCHAR", g.col(contact, 0.4), MULTI),
        c("Custom1", "phone", "VARCHAR", g.phones("AU", {"national": 1.0}, 0.0, 0.55), OPAQUE, MISLEADING),
        c("Custom2", N, "VARCHAR", g.col(g.pick(["Gap-only", "Full fee", "EPC", "DVA"])), "decoy", OPAQUE),
    ])


def christchurch_acc(g: Gen) -> Table:
    """A Christchurch physiotherapy clinic's ACC treatment claims (snake case, abbreviations): the ACC claim and ACC45
    numbers, the NHI number (old form, its mod-11 check), ``pt_fnm``, ``pt_snm``, the birth date as text, phone,
    e-mail, address, suburb, postcode, the accident date and description, Read codes, the employer, the physio and
    the HPI number, a CRM import's mixed ``src_crm_col17`` and its ``src_crm_col18``, the clinic's coordinates."""
    rows = _people(g, "nz", 1940, 2015)
    subs = [g.rnd.choice(v.NZ_SUBURBS) for _ in range(g.rows)]
    physios = _staff(g, 5, lambda x: v.whole(x, "nz"))
    hpi = {p: g.code("99AAAA") for p in physios}
    who = [g.rnd.choice(physios) for _ in range(g.rows)]
    employers = ["Canterbury Meat Packers", "Fonterra Darfield", "Hornby Freight Ltd", "Christchurch City Council",
                 "student", None]

    def mixed() -> str:
        kind = g.rnd.random()
        if kind < 0.4:
            return g.phone("NZ", "national")
        if kind < 0.75:
            return v.email(g, "nz", v.DOMAINS["nz"])
        return v.whole(g, "nz")

    return Table("acc_physio.treatment_claims", "en", "snake", [
        c("claim_line_id", N, "BIGINT", g.keys(1_000_001), "decoy", KEY),
        c("acc_claim_no", N, "VARCHAR", g.col(lambda: g.code("AA99999999")), "decoy", SHAPE),
        c("acc45_no", N, "VARCHAR", g.col(lambda: g.code("AA99999")), "decoy", SHAPE),
        c("nhi", "national_id", "VARCHAR", g.col(lambda: v.nz_nhi(g), 0.05), ABBREV),
        c("pt_fnm", "first_name", "VARCHAR", [r[0] for r in rows], ABBREV),
        c("pt_snm", "last_name", "VARCHAR", [r[1] for r in rows], ABBREV),
        c("pt_dob", "date_of_birth", "VARCHAR", [r[2].strftime("%d/%m/%Y") for r in rows], ABBREV),
        c("ctc_ph", "phone", "VARCHAR", g.phones("NZ", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.85, 0.05),
          ABBREV),
        c("pt_email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["nz"]) if g.rnd.random() < 0.75
                                           else None for r in rows], ABBREV),
        c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 400)}{g.rnd.choice(['', 'A'])} "
                                                         f"{g.rnd.choice(v.NZ_STREETS)}"), ABBREV),
        c("suburb", "city", "VARCHAR", [s[0] for s in subs], LOCALITY),
        c("post_cd", "postal_code", "VARCHAR", [s[1] for s in subs], ABBREV),
        c("injury_dt", N, "DATE", g.days("2024-10-01", "2025-12-10"), "decoy", EVENT, ABBREV),
        c("injury_desc", N, "VARCHAR", g.col(g.pick(["Rolled ankle at netball", "Lifting injury lower back",
                                                     "Fell off ladder, wrist", "Rugby tackle, shoulder",
                                                     "Slipped on wet floor, knee"])), "decoy", CLIN, ABBREV),
        c("read_code", N, "VARCHAR", g.col(g.pick(["S53..", "N142.", "S4A..", "S52..", "S57.."])), "decoy", CLIN),
        c("employer_nm", N, "VARCHAR", g.col(g.pick(employers)), "business", ABBREV),
        c("treating_physio", "person_name", "VARCHAR", who, STAFF),
        c("hpi_cpn", N, "VARCHAR", [hpi[p] for p in who], "decoy", PRACT, ABBREV),
        c("visit_no", N, "INTEGER", g.ints(1, 16), "decoy"),
        c("surcharge_nzd", N, "DECIMAL(6,2)", g.amounts(0, 45), "decoy"),
        c("src_crm_col17", "free_text", "VARCHAR", g.col(mixed, 0.3), MIXED, PREFIXED, OPAQUE),
        c("src_crm_col18", N, "VARCHAR", g.col(g.pick(["WEB", "PHONE", "WALKIN", "GP-REF"])), "decoy", PREFIXED,
          OPAQUE),
        c("clinic_lat", N, "DOUBLE", [round(-43.53 + g.rnd.uniform(-0.002, 0.002), 6) for _ in rows], "business",
          COORD),
        c("clinic_lng", N, "DOUBLE", [round(172.61 + g.rnd.uniform(-0.002, 0.002), 6) for _ in rows], "business",
          COORD),
    ])


def lyon_kine_b2(g: Gen) -> Table:
    """A Lyon masseur-kinésithérapeute's billing file for the Assurance Maladie in a fixed-width layout (French
    abbreviations, SCREAMING, padded values): the NIR (the row's sex, birth year and month, the Rhône), family, birth
    and given names, the birth date and postcode as numbers, the phone as digits, the caisse and the mutuelle (and its
    member number), the prescriber's RPPS (Luhn) and name, the act and sessions, the practice's SIRET."""
    rows = _people(g, "fr", 1935, 2012)
    towns = [g.rnd.choice(v.FR_TOWNS) for _ in range(g.rows)]
    kines = _staff(g, 3, lambda x: v.whole(x, "fr").upper())
    presc = [(v.rpps(g), f"DR {v.family(g, 'fr').upper()}") for _ in range(25)]
    pr = [g.rnd.choice(presc) for _ in range(g.rows)]
    siret = v.fr_siret(g)
    return Table("KINEFLUX.FACT_B2", "fr", "screaming", [
        c("NUM_FACT", N, "VARCHAR", [f"{x:09d}" for x in g.keys(2_510_001)], "decoy", SHAPE, LEGACY),
        c("NIR_PAT", "ssn", "VARCHAR", _pad([v.fr_nir(g, r[2], r[3]) if g.rnd.random() < 0.95 else None for r in rows],
                                            15), LEGACY, PADDED, ABBREV),
        c("NOM_PAT", "last_name", "VARCHAR", _pad([r[1].upper() for r in rows], 25), LEGACY, PADDED, ABBREV),
        c("NOM_NAIS", "last_name", "VARCHAR", [v.family(g, "fr").upper() if r[3] and g.rnd.random() < 0.45 else None
                                               for r in rows], LEGACY, HEAVY, ABBREV),
        c("PRENOM_PAT", "first_name", "VARCHAR", _pad([r[0].upper() for r in rows], 20), LEGACY, PADDED, ABBREV),
        c("DT_NAIS", "date_of_birth", "INTEGER", [_ymd(r[2]) for r in rows], LEGACY, INT_DATE, ABBREV),
        c("RANG_GEM", N, "INTEGER", [1 if g.rnd.random() < 0.98 else 2 for _ in rows], "decoy", LEGACY),
        c("ADR_PAT", "street_address", "VARCHAR", _pad([v.fr_street(g).upper() for _ in rows], 38), LEGACY, PADDED,
          ABBREV),
        c("CP_PAT", "postal_code", "INTEGER", [int(t[1]) for t in towns], LEGACY, NUMERIC, ABBREV),
        c("VILLE_PAT", "city", "VARCHAR", _pad([t[0].upper() for t in towns], 25), LEGACY, PADDED, ABBREV),
        c("TEL_PAT", "phone", "VARCHAR", _pad(g.phones("FR", {"digits": 1.0}, 0.8, 0.1), 10), LEGACY, PADDED, ABBREV),
        c("CD_REGIME", N, "VARCHAR", g.col(g.pick(["01", "01", "02", "03"])), "decoy", LEGACY),
        c("CAISSE", N, "VARCHAR", _pad(g.col(g.pick(["CPAM DU RHONE", "MSA AIN-RHONE", "CPAM DE L'AIN"])), 20),
          "business", LEGACY, PADDED),
        c("MUTUELLE", N, "VARCHAR", _pad(g.col(g.pick(["MUT. LYONNAISE", "HARMONIE SAONE", "AUCUNE"])), 20),
          "business", LEGACY, PADDED),
        c("NUM_ADH_MUT", N, "VARCHAR", _pad(g.col(lambda: g.digits(10), 0.3), 12), "decoy", KEY, LEGACY, PADDED),
        c("RPPS_PRESC", N, "VARCHAR", [p[0] for p in pr], "decoy", PRACT, CHECK, LEGACY),
        c("NOM_PRESC", "person_name", "VARCHAR", _pad([p[1] for p in pr], 25), ROLE, LEGACY, PADDED),
        c("ACTE", N, "VARCHAR", g.col(g.pick(["AMK 7.5", "AMK 8.1", "AMC 8.5", "AMS 9.5", "RAB 8"])), "decoy", CLIN,
          LEGACY),
        c("NB_SEANCES", N, "INTEGER", g.ints(1, 30), "decoy", LEGACY),
        c("MT_HONOR", N, "DECIMAL(8,2)", g.amounts(16, 620), "decoy", LEGACY),
        c("DT_SOINS", N, "INTEGER", [_ymd(g.day("2025-01-02", "2025-12-19")) for _ in rows], "decoy", EVENT, INT_DATE,
          LEGACY),
        c("KINE_NOM", "person_name", "VARCHAR", _pad(g.col(g.pick(kines)), 25), STAFF, LEGACY, PADDED),
        c("SIRET_CAB", N, "VARCHAR", [siret] * g.rows, "business", CHECK, LEGACY),
        c("NUM_LOT", N, "VARCHAR", g.col(lambda: g.code("999")), "decoy", LEGACY),
    ])


def patras_physio(g: Gen) -> Table:
    """A Patras physiotherapy centre's EOPYY-referred sessions (Greek column names and values): ΑΜΚΑ (the row's birth
    date), the personal ΑΦΜ, family, given and father's names, birth date, mobile and landline, e-mail, street and
    number apart, postcode, town, the referral number, the referring doctor, the physiotherapist, diagnosis, the
    centre's ΑΦΜ, ``πεδίο_2`` an emergency phone, ``πεδίο_1`` a programme code."""
    rows = _people(g, "gr", 1935, 2010)
    towns = [g.rnd.choice(v.GR_TOWNS) for _ in range(g.rows)]
    physios = _staff(g, 4, lambda x: v.whole(x, "gr"))
    centre = v.gr_afm(g, business=True)
    return Table("φυσικοθεραπευτήριο_πάτρας.συνεδρίες", "el", "snake", [
        c("κωδικός_συνεδρίας", N, "BIGINT", g.keys(60_001), "decoy", KEY),
        c("αμκα", "ssn", "VARCHAR", [v.gr_amka(g, r[2]) if g.rnd.random() < 0.95 else None for r in rows]),
        c("αφμ", "national_id", "VARCHAR", g.col(lambda: v.gr_afm(g), 0.35)),
        c("επώνυμο", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("όνομα", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("πατρώνυμο", "first_name", "VARCHAR", g.col(lambda: v.person(g, "gr", False)[0], 0.1)),
        c("ημερομηνία_γέννησης", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("κινητό", "phone", "VARCHAR", g.phones("GR", {"national": 0.6, "intl": 0.2, "00": 0.2}, 1.0, 0.05)),
        c("σταθερό", "phone", "VARCHAR", g.phones("GR", {"national": 1.0}, 0.0, 0.6), HEAVY),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["gr"]) if g.rnd.random() < 0.55 else None
                                        for r in rows]),
        c("οδός", "street_address", "VARCHAR", g.col(g.pick(v.GR_STREETS))),
        c("αριθμός", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 220)))),
        c("τκ", "postal_code", "VARCHAR", [t[1] for t in towns], ABBREV),
        c("πόλη", "city", "VARCHAR", [t[0] for t in towns]),
        c("αριθμός_παραπεμπτικού", N, "VARCHAR", g.col(lambda: g.digits(13)), "decoy", SHAPE),
        c("ιατρός_παραπομπής", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "gr")), ROLE),
        c("φυσικοθεραπευτής", "person_name", "VARCHAR", g.col(g.pick(physios)), STAFF),
        c("διάγνωση", N, "VARCHAR", g.col(g.pick(["Οσφυαλγία", "Αυχενικό σύνδρομο", "Αποκατάσταση γόνατος",
                                                   "Τενοντίτιδα ώμου", "Διάστρεμμα ποδοκνημικής"])),
          "decoy", CLIN),
        c("πλήθος_συνεδριών", N, "INTEGER", g.ints(5, 20), "decoy"),
        c("συμμετοχή_ευρώ", N, "DECIMAL(6,2)", g.amounts(0, 60), "decoy"),
        c("αφμ_φορέα", N, "VARCHAR", [centre] * g.rows, "business", CHECK),
        c("ημερομηνία_συνεδρίας", N, "TIMESTAMP", g.moments("2025-02-01", "2025-12-19"), "decoy", EVENT),
        c("πεδίο_1", N, "VARCHAR", g.col(g.pick(["Α", "Β", "ΕΟΠΥΥ", ""])), "decoy", OPAQUE),
        c("πεδίο_2", "phone", "VARCHAR", g.phones("GR", {"national": 1.0}, 1.0, 0.45), OPAQUE, MISLEADING),
    ])


# -- hearing: Ottawa, Padova (COBOL), Eindhoven; podiatry: Seville ----------------------------------------------------


def ottawa_hearing_adp(g: Gen) -> Table:
    """An Ottawa hearing clinic's Assistive Devices Program claims (camel case): the Ontario health number (Luhn) and
    its version code, names and middle name, birth date, home and cell phones, e-mail, street and unit, city,
    province, postal code, language, the audiologist and the college number, the prescribing physician, device models
    and serial numbers, the ADP approval number, the purchase date, a trusted contact."""
    rows = _people(g, "ca", 1928, 2012)
    towns = [g.rnd.choice(v.CA_TOWNS) for _ in range(g.rows)]
    auds = _staff(g, 4, lambda x: v.whole(x, "ca"))
    models = ["Auralis Pro 7 RIC", "Auralis Pro 5 BTE", "Kestrel Mini ITE", "Kestrel Charge R", "Nordvik Aura 3"]
    return Table("earwise_ottawa.adpClaims", "en", "camel", [
        c("claimId", N, "VARCHAR", g.col(lambda: f"ADP-2025-{g.digits(6)}"), "decoy", SHAPE),
        c("clientNo", N, "INTEGER", g.ints(1_000, 9_999), "decoy", KEY),
        c("healthNumber", "national_id", "VARCHAR", g.col(lambda: v.on_health(g), 0.04)),
        c("versionCode", N, "VARCHAR", g.col(lambda: g.code("AA"), 0.1), "decoy", PARTIAL),
        c("firstName", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("lastName", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("middleName", "first_name", "VARCHAR", g.col(lambda: v.given(g, "ca"), 0.7), HEAVY),
        c("dob", "date_of_birth", "DATE", [r[2] for r in rows], ABBREV),
        c("homePhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.6, "dashes": 0.4}, 0.0, 0.3)),
        c("cellPhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dots": 0.2, "e164": 0.3}, 1.0, 0.4)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["ca"]) if g.rnd.random() < 0.6 else None
                                        for r in rows]),
        c("street", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(2, 3999)} "
                                                       f"{g.rnd.choice(v.CA_STREETS)}")),
        c("unitNo", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(101, 2210)), 0.7), HEAVY),
        c("city", "city", "VARCHAR", [t[0] for t in towns]),
        c("province", N, "VARCHAR", ["ON"] * g.rows, "decoy"),
        c("postalCode", "postal_code", "VARCHAR", [v.ca_postal(g, t[1]) for t in towns]),
        c("preferredLanguage", N, "VARCHAR", g.col(g.pick(["EN", "EN", "FR"])), "decoy"),
        c("audiologist", "person_name", "VARCHAR", g.col(g.pick(auds)), STAFF),
        c("audiologistRegNo", N, "VARCHAR", g.col(lambda: g.digits(4)), "decoy", PRACT),
        c("prescribingPhysician", "person_name", "VARCHAR", g.col(lambda: f"Dr. {v.whole(g, 'ca')}", 0.1), ROLE),
        c("deviceModel", N, "VARCHAR", g.col(g.pick(models)), "decoy"),
        c("serialLeft", N, "VARCHAR", g.col(lambda: g.code("99AA99999"), 0.1), "decoy", SHAPE),
        c("serialRight", N, "VARCHAR", g.col(lambda: g.code("99AA99999"), 0.15), "decoy", SHAPE),
        c("adpApprovalNo", N, "VARCHAR", g.col(lambda: g.digits(10), 0.2), "decoy", SHAPE),
        c("purchaseDate", N, "DATE", g.days("2023-01-01", "2025-12-15"), "decoy", EVENT),
        c("trustedContact", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.45), ROLE),
    ])


def padova_acustica(g: Gen) -> Table:
    """A Padova hearing-aid centre's supplies to ULSS-authorised patients in a COBOL copybook's fixed-width file
    (Italian, hyphenated names, padded values): the codice fiscale (the row's name, birth date and comune), family and
    given names, birth date as a number, birthplace, address, CAP and phone as numbers, comune and province, the ULSS,
    the prescribing ENT specialist, the authorisation number, device serials, ISO 9999 codes, the delivery date as a
    number, the hearing-aid specialist, the centre's partita IVA, a refund IBAN, ``CAMPO-LIBERO-2`` a carer's
    mobile."""
    rows = _people(g, "it", 1925, 2010)
    born_in = [g.rnd.choice(v.IT_TOWNS) for _ in range(g.rows)]
    lives = [g.rnd.choice(v.IT_TOWNS) for _ in range(g.rows)]
    specs = _staff(g, 3, lambda x: v.whole(x, "it").upper())
    piva = v.it_iva(g)
    return Table("ACUSTICA.FORNITURE", "it", "screaming", [
        c("FN-PROG", N, "INTEGER", g.keys(1), "decoy", KEY, LEGACY),
        c("FN-COD-FISC", "national_id", "VARCHAR", _pad([v.it_codice_fiscale(r[0], r[1], r[2], r[3], b[3])
                                                         for r, b in zip(rows, born_in)], 16), LEGACY, ABBREV),
        c("FN-COGNOME", "last_name", "VARCHAR", _pad([r[1].upper() for r in rows], 30), LEGACY, PADDED),
        c("FN-NOME", "first_name", "VARCHAR", _pad([r[0].upper() for r in rows], 25), LEGACY, PADDED),
        c("FN-DT-NASC", "date_of_birth", "INTEGER", [_ymd(r[2]) for r in rows], LEGACY, INT_DATE, ABBREV),
        c("FN-COMUNE-NASC", "city", "VARCHAR", _pad([b[0].upper() for b in born_in], 30), LEGACY, PADDED, ABBREV),
        c("FN-INDIRIZZO", "street_address", "VARCHAR", _pad([v.it_street(g).upper() for _ in rows], 40), LEGACY,
          PADDED),
        c("FN-CAP", "postal_code", "INTEGER", [int(t[2]) for t in lives], LEGACY, NUMERIC),
        c("FN-COMUNE-RES", "city", "VARCHAR", _pad([t[0].upper() for t in lives], 30), LEGACY, PADDED, ABBREV),
        c("FN-PROV", N, "VARCHAR", [t[1] for t in lives], "decoy", LEGACY, ABBREV),
        c("FN-TEL", "phone", "BIGINT", [0 if g.rnd.random() < 0.1 else g.phone("IT", "int") for _ in rows], LEGACY,
          NUMERIC, ZERO, ABBREV),
        c("FN-ULSS", N, "VARCHAR", _pad(g.col(g.pick(["ULSS 6 EUGANEA", "ULSS 5 POLESANA", "ULSS 8 BERICA"])), 20),
          "business", LEGACY, PADDED),
        c("FN-MEDICO-PRESCR", "person_name", "VARCHAR", _pad(g.col(g.pick(specs)), 30), ROLE, LEGACY, PADDED, ABBREV),
        c("FN-NUM-AUTORIZ", N, "VARCHAR", g.col(lambda: g.code("2025/PD/99999")), "decoy", SHAPE, LEGACY),
        c("FN-MATRICOLA-DX", N, "VARCHAR", _pad(g.col(lambda: g.code("AA9999999"), 0.2), 12), "decoy", SHAPE,
          LEGACY, PADDED),
        c("FN-MATRICOLA-SX", N, "VARCHAR", _pad(g.col(lambda: g.code("AA9999999"), 0.2), 12), "decoy", SHAPE,
          LEGACY, PADDED),
        c("FN-COD-ISO", N, "VARCHAR", g.col(g.pick(["22.06.15", "22.06.12", "22.06.18"])), "decoy", CLIN, LEGACY),
        c("FN-DT-CONSEGNA", N, "INTEGER", [_ymd(g.day("2025-01-07", "2025-12-19")) for _ in rows], "decoy", EVENT,
          INT_DATE, LEGACY),
        c("FN-AUDIOPROT", "person_name", "VARCHAR", _pad(g.col(g.pick(_staff(g, 3, lambda x: v.whole(x, "it")))), 30),
          STAFF, LEGACY, PADDED),
        c("FN-PIVA-CENTRO", N, "VARCHAR", [piva] * g.rows, "business", CHECK, LEGACY),
        c("FN-IBAN-RIMB", "iban", "VARCHAR", _pad(g.col(lambda: v.iban(g, "IT"), 0.8), 27), LEGACY, PADDED, NULLWORD),
        c("CAMPO-LIBERO-1", N, "VARCHAR", _pad(g.col(g.pick(["S", "N", "R", ""])), 5), "decoy", OPAQUE, LEGACY,
          PADDED),
        c("CAMPO-LIBERO-2", "phone", "VARCHAR", _pad(g.phones("IT", {"nsn": 1.0}, 1.0, 0.5), 12), OPAQUE, MISLEADING,
          LEGACY, PADDED),
    ])


def eindhoven_audicien(g: Gen) -> Table:
    """An Eindhoven audicien's hearing-aid trajectories (Dutch, snake case): BSN, ``voorletters``, ``roepnaam``,
    ``tussenvoegsel``, family name, birth date, street, house number and addition apart, postcode, town, phone and
    mobile, e-mail, the insurer, UZOVI code and policy number, the referring ENT doctor and the AGB code, the
    audicien by first name, device types and serial numbers, order numbers failing the BSN's 11-test, ``vrij_veld_2``
    the partner's name."""
    rows = _people(g, "nl", 1928, 2010)
    towns = [g.rnd.choice(v.NL_TOWNS) for _ in range(g.rows)]
    insurers = [("Zilveren Kruis", "3311"), ("CZ", "9664"), ("VGZ", "7095"), ("Menzis", "3332")]
    ins = [g.rnd.choice(insurers) for _ in range(g.rows)]
    auds = _staff(g, 4, lambda x: v.given(x, "nl"))
    tv = [g.rnd.choice(["van", "de", "van der", "van den", "in 't"]) if g.rnd.random() < 0.35 else None for _ in rows]
    return Table("hoorcentrum_ehv.hoortoestel_trajecten", "nl", "snake", [
        c("traject_id", N, "BIGINT", g.keys(45_001), "decoy", KEY),
        c("clientnummer", N, "VARCHAR", g.col(lambda: g.code("HC99999")), "decoy", KEY),
        c("bsn", "national_id", "VARCHAR", g.col(lambda: v.nl_bsn(g), 0.05)),
        c("voorletters", "first_name", "VARCHAR", [f"{r[0][0]}." + (f"{g.rnd.choice('AJMPW')}." if g.rnd.random() < 0.5
                                                                     else "") for r in rows]),
        c("roepnaam", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("tussenvoegsel", "last_name", "VARCHAR", tv, HEAVY),
        c("achternaam", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("geboortedatum", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("straat", "street_address", "VARCHAR", g.col(g.pick(v.NL_STREETS))),
        c("huisnummer", "street_address", "INTEGER", g.ints(1, 250)),
        c("huisnummer_toev", "street_address", "VARCHAR", g.col(g.pick(["A", "B", "bis", "-2"]), 0.8), HEAVY),
        c("postcode", "postal_code", "VARCHAR", [v.nl_postcode(g, t) for t in towns]),
        c("woonplaats", "city", "VARCHAR", [t[0] for t in towns]),
        c("telefoon", "phone", "VARCHAR", g.phones("NL", {"national": 1.0}, 0.0, 0.4)),
        c("mobiel", "phone", "VARCHAR", g.phones("NL", {"national": 0.6, "e164": 0.2, "digits": 0.2}, 1.0, 0.3)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["nl"]) if g.rnd.random() < 0.6 else None
                                        for r in rows]),
        c("zorgverzekeraar", N, "VARCHAR", [i[0] for i in ins], "business"),
        c("uzovi_code", N, "VARCHAR", [i[1] for i in ins], "business"),
        c("polisnummer", N, "VARCHAR", g.col(lambda: g.digits(9), 0.1), "decoy", KEY),
        c("verwijzer_kno_arts", "person_name", "VARCHAR", g.col(lambda: f"dr. {v.whole(g, 'nl')}", 0.3), ROLE),
        c("agb_code", N, "VARCHAR", g.col(lambda: "01" + g.digits(6), 0.3), "decoy", PRACT),
        c("audicien", "first_name", "VARCHAR", g.col(g.pick(auds)), STAFF),
        c("toestel_type", N, "VARCHAR", g.col(g.pick(["Auralis Pro 7 RIC", "Kestrel Mini ITE", "Nordvik Aura 3"])),
          "decoy"),
        c("serienummer", N, "VARCHAR", g.col(lambda: g.code("2599A99999")), "decoy", SHAPE),
        c("ordernummer", N, "VARCHAR", g.col(lambda: v.nl_not_bsn(g)), "decoy", SHAPE),
        c("afleverdatum", N, "DATE", g.days("2024-06-01", "2025-12-19"), "decoy", EVENT),
        c("vrij_veld_1", N, "VARCHAR", g.col(g.pick(["proefperiode", "herhaling", "eerste", ""])), "decoy", OPAQUE),
        c("vrij_veld_2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nl"), 0.45), OPAQUE, MISLEADING),
    ])


def sevilla_podologia(g: Gen) -> Table:
    """A Seville podiatry clinic's patients and appointments (Spanish, camel case): DNI and NIE, given name and both
    family names, birth date, mobile and landline, e-mail, address, postcode, town and province, the mutua and its
    policy number, the podiatrist and the collegiate number, treatments, insole references, the direct-debit IBAN,
    notes naming people, ``campoLibre2`` a relative's e-mail."""
    rows = _people(g, "es", 1935, 2015)
    towns = [g.rnd.choice(v.ES_TOWNS) for _ in range(g.rows)]
    pods = _staff(g, 3, lambda x: v.whole(x, "es"))
    foreign = [g.rnd.random() < 0.12 for _ in rows]

    def note() -> str:
        return g.rnd.choice([f"Viene acompañada de su hija {v.given(g, 'es')}", "Diabética, revisar sensibilidad",
                             f"Derivada por el Dr. {v.family(g, 'es')}", "Prefiere cita de tarde",
                             f"Avisar a {v.whole(g, 'es')} si no acude"])

    return Table("podologia_triana.pacientesCitas", "es", "camel", [
        c("idCita", N, "BIGINT", g.keys(900_001), "decoy", KEY),
        c("numHistoria", N, "INTEGER", g.ints(1, 9_999), "decoy", KEY),
        c("nombre", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("apellido1", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("apellido2", "last_name", "VARCHAR", [None if f else v.family(g, "es") for f in foreign]),
        c("dni", "national_id", "VARCHAR", [None if f or g.rnd.random() < 0.05 else v.es_dni(g) for f in foreign]),
        c("nie", "national_id", "VARCHAR", [v.es_nie(g) if f else None for f in foreign], HEAVY),
        c("fechaNacimiento", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("telefonoMovil", "phone", "VARCHAR", g.phones("ES", {"national": 0.6, "intl": 0.2, "nsn": 0.2}, 1.0, 0.05)),
        c("telefonoFijo", "phone", "VARCHAR", g.phones("ES", {"national": 1.0}, 0.0, 0.65), HEAVY),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["es"]) if g.rnd.random() < 0.6 else None
                                        for r in rows]),
        c("direccion", "street_address", "VARCHAR", g.col(lambda: v.es_street(g))),
        c("codigoPostal", "postal_code", "VARCHAR", [t[2] for t in towns]),
        c("localidad", "city", "VARCHAR", [t[0] for t in towns]),
        c("provincia", N, "VARCHAR", [t[1] for t in towns], "decoy"),
        c("mutua", N, "VARCHAR", g.col(g.pick(["Mutua Hispalense de Salud", "Previsora Bética", "Privado"])),
          "business"),
        c("numPoliza", N, "VARCHAR", g.col(lambda: g.code("PB-99999999"), 0.5), "decoy", KEY),
        c("podologo", "person_name", "VARCHAR", g.col(g.pick(pods)), STAFF),
        c("numColegiado", N, "VARCHAR", g.col(lambda: f"41/{g.digits(4)}"), "decoy", PRACT),
        c("tratamiento", N, "VARCHAR", g.col(g.pick(["Quiropodia", "Plantillas a medida", "Estudio de la pisada",
                                                     "Uña encarnada", "Papiloma plantar"])), "decoy", CLIN),
        c("refPlantilla", N, "VARCHAR", g.col(lambda: g.code("PLT-AA-999"), 0.6), "decoy", SHAPE),
        c("importe", N, "DECIMAL(8,2)", g.amounts(25, 180), "decoy"),
        c("ibanDomiciliacion", "iban", "VARCHAR", g.col(lambda: v.es_iban(g, g.rnd.random() < 0.5), 0.4)),
        c("fechaCita", N, "TIMESTAMP", g.moments("2025-01-07", "2025-12-19"), "decoy", EVENT),
        c("observaciones", "free_text", "VARCHAR", g.sparse(note, 0.75, ("", "-", "ninguno", "sin datos")),
          NULLWORD),
        c("campoLibre1", N, "VARCHAR", g.col(g.pick(["WEB", "TEL", "MOSTRADOR"])), "decoy", OPAQUE),
        c("campoLibre2", "email", "VARCHAR", g.col(lambda: v.email(g, "es", v.DOMAINS["es"]), 0.55), OPAQUE,
          MISLEADING, HEAVY),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (or_dental_claims, 1_200), (tx_ortho_contracts, 420), (cork_treatment_benefit, 520), (krakow_dental, 640),
    (leeds_sight_tests, 900), (pretoria_spectacles, 560), (hamburg_optik_sap, 780), (adelaide_allied, 1_050),
    (christchurch_acc, 700), (lyon_kine_b2, 880), (patras_physio, 380), (ottawa_hearing_adp, 460),
    (padova_acustica, 300), (eindhoven_audicien, 440), (sevilla_podologia, 600),
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
