"""Held-out set v122 for the column classifier: 15 tables of *dental, orthodontic and optical clinics* (pediatric and
general dental practices, orthodontic treatment contracts and patient files, optometrists' eye examinations, optical
shops' prescriptions, a contact lens web shop, a union fund's dental and vision claims, a municipal child dental
service and a community dental service's school screenings), one system per table and each a different organisation,
eight with English column names and seven in other languages:

* ``grkids_dental.patient_visits``: a Grand Rapids (Michigan) pediatric dental practice's visits (snake case, the
  guarantor's SSN, visit numbers shaped like SSNs failing the check, CDT codes and teeth, the rendering NPI, a portal
  login, ``misc_1``);
* ``eyeExamsLeith.sightTests``: a Leith (Edinburgh) optometrist's GOS eye examinations (camel case, CHI numbers
  encoding the birth date, GOS claim numbers failing the mod-11 check, carers, refractions, the GOC number, frame SKUs,
  lab tracking numbers, ``customField2``);
* ``OkanaganOrtho.TreatmentContracts``: a Kelowna orthodontist's treatment contracts (Pascal case, British Columbia
  PHN, the responsible party's SIN, phone and e-mail, a card on file and its last four digits, the signature's IP,
  ``Udf2``);
* ``OPTIK_PJ.CUSTOMER_PRESCRIPTIONS``: a Petaling Jaya optical shop's prescriptions (SCREAMING case, MyKad numbers
  encoding the birth date, passport numbers of foreign customers, an emergency contact, EAN-13 frame barcodes,
  ``CUSTOM_FIELD_2``);
* ``lensdirect_au.cl_ord``: a Perth contact lens web shop's orders (abbreviated: ``cust_fnm``, ``mob_no``,
  ``mcare_no``; suburbs, cards, IPs, SKUs, tracking numbers, the prescribing optometrist and AHPRA number, app
  versions, a support agent's first name);
* ``UWFLEGACY.DV_CLAIM_EXTRACT``: a New Jersey union welfare fund's dental and vision claims, a COBOL extract (legacy:
  padded CHAR, ``YYYYMMDD`` integers, the member's SSN, phone and ZIP as numbers with 0 for missing, the member and
  the patient apart, providers' NPIs, ``DV-USER-FLD-1``);
* ``stg_ngiti_cebu.src_patient_raw``: a Cebu dental clinic chain's online registrations as an opaque staging table
  (``col01`` to ``col18``: PhilHealth and SSS numbers, an ``mm/dd/yyyy`` birth date, numbers failing the Luhn check,
  hashes, IPs, coordinates);
* ``cds_cardiff.school_screening``: a Cardiff community dental service's school screenings (snake case, NHS numbers,
  the parent or carer, schools and their phones, dmft scores);
* ``boernetandpleje_odense.indkaldelser``: an Odense municipal child dental service's recalls (Danish; CPR encoding
  the birth date, the parent's name, mobile and e-mail, clinics, their phones and CVR, ``fritekst_felt_2``);
* ``zubni_ordinace_olomouc.pacienti_vykony``: an Olomouc dental surgery's patients and procedures (Czech; rodné
  číslo encoding the birth date and sex, the legal representative of minors, insurers' codes, invoice numbers
  failing the birth number's check, the practice's IČO, ``volne_pole_2``);
* ``optiker_vasteras.synundersokningar``: a Västerås optician's eye examinations (Swedish; personnummer encoding the
  birth date, a relative, refractions, the optician's licence number, the shop's organisation number,
  ``extrafalt_2``);
* ``ορθοδοντικό_λάρισας.θεραπείες``: a Larissa orthodontic practice's treatments (Greek column names and values:
  ΑΜΚΑ encoding the birth date, the personal ΑΦΜ, the father's given name, the guardian and the guardian's mobile,
  the practice's ΑΦΜ, receipt numbers, ``επιπλέον_πεδίο_2``);
* ``orthoLausanne.dossiersPatients``: a Lausanne orthodontist's patient files (Swiss French, camel case; the AVS
  number, the legal representative's name, phone and e-mail, supplementary insurers and insured numbers, a refund
  IBAN, the practice's IDE number, ``champLibre2``);
* ``otica_coimbra.clientes_receitas``: a Coimbra optician's customers and prescriptions (European Portuguese; NIF,
  cartão de cidadão, SNS user numbers, a refund IBAN, invoice numbers failing the NIF check, health subsystems, the
  shop's NIF, ``campo_extra_2``);
* ``studio_dentistico_lecce.preventivi_pazienti``: a Lecce dental practice's treatment estimates (Italian; codice
  fiscale encoding the name, birth date and comune, the place of birth, an IBAN and a guarantor for instalment
  financing, the dentist's albo number, the practice's partita IVA, ``campo_libero_2``).

Written **blind**, like v2 to v119: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v98 (its two
modules; v27's and v98's tests were not opened), ``tests/heldout_support.py``, v107's docstring and test, the module
docstrings of v24 to v119 (to avoid their domains and follow their labeling conventions; v76 already had dental, orthodontic and optical
practices, and every organisation and shape here is different from its) and the ``Column``/``Table`` classes and
writer of v2 and v4. The classifier was not run on this set while it was written, no scorer was run on it, and no
score was looked at. It was written under a short deadline (50 minutes, the tests and lint included), so some labels
are quick decisions rather than settled conventions.

Labeling choices a reader may question:

* a US SSN, a Canadian SIN, a Philippine SSS number, the Greek ΑΜΚΑ and the Swiss AVS number are ``ssn``; a
  Scottish CHI number, an NHS number, a British Columbia PHN, an Australian Medicare number and a PhilHealth number
  (health numbers a state issues), MyKad, a passport number, CPR, rodné číslo, personnummer, the personal ΑΦΜ, NIF,
  cartão de cidadão, the SNS user number and codice fiscale are ``national_id``; PhilHealth, SSS and SNS numbers
  and passports are generated by shape only, CHI, PHN and Medicare with their published checks written out here;
* visit, chart, contract, order, invoice, receipt, claim, GOS claim, batch and file numbers, tracking numbers and
  SKUs are ``none`` (tag ``decoy``, ``value_shape`` when shaped like an identifier); a supplementary insurer's
  insured number (``numeroAssure``) is ``none`` (tag ``join_key``); a card's last four digits are ``none``;
* practitioners' registration numbers (NPI, GOC, MOA, AHPRA, the Swedish licence and the Italian albo number) are
  ``none`` (tag ``practitioner_id``); teeth, CDT and procedure codes, refractions, pressures, appliances, Angle
  classes and dmft scores are ``none`` (tag ``clinical``);
* practices', shops', schools', GP practices' and providers' names, phones, CVR, IČO, organisation numbers, ΑΦΜ, IDE,
  NIF and partita IVA, insurers, plans and health subsystems are ``none`` (tag ``business``);
* dentists, hygienists, orthodontists, optometrists, opticians, treatment coordinators, school dental nurses and
  ``tandplejer`` are staff (``person_name``, tag ``staff``), a support agent's first name (``cs_agent``)
  ``first_name``; the prescribing optometrist of a contact lens order (``presc_nm``, 40 distinct, not the shop's
  staff) is ``person_name`` without the staff tag; guarantors, responsible parties, parents and carers, legal
  representatives (``zakonny_zastupce``, ``representantLegal``), the guardian (``κηδεμόνας``), an emergency contact,
  a relative (``anhorig_namn``) and an instalment financing guarantor (``garante_finanziamento``) are personal (tag
  ``role_word``); children's names and birth dates keep their kinds (tag ``minor``);
* the Greek father's given name (``πατρώνυμο``) is ``first_name``; a place of birth (``luogo_nascita``) and a suburb
  are ``city``; a state, a province, a canton, an Italian province and a patient's relation code are ``none``; the
  Czech ``pojistovna`` is an insurer's code (``none``);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); notes
  naming people are ``free_text``; a guarantor's portal login is ``unclassified`` (tag ``username``); the signature's
  and the order's IP are ``ip_address``; a card on file is ``credit_card``;
* numeric dates of birth (``YYYYMMDD``, 0 for missing) and an ``mm/dd/yyyy`` string in an opaque column are
  ``date_of_birth``; visit, service, recall, order, prescription expiry, screening, estimate and treatment start dates
  are ``none``; a clinic's coordinates in the staging table are ``none``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v122_values`, written for v122 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v122 [PATH]`` (default ``/tmp/heldout_v122.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v122``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v122_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v122_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v122.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # dentists, orthodontists, hygienists, optometrists, opticians, receptionists (few distinct)
ROLE = "role_word"  # a role word (guarantor, parent, responsible party, next of kin, emergency contact ...) on people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PRACT = "practitioner_id"  # a practitioner's registration number (none)
CLIN = "clinical"  # health data naming no one (teeth, procedures, refractions)
MINOR = "minor"


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
            return v.email_of(g, *v.person(g, lang), v.DOMAINS[lang])
        return v.whole(g, lang)
    return g.col(one, null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _teeth(g: Gen) -> str:
    return str(g.rnd.choice([11, 12, 14, 16, 21, 26, 36, 37, 46, 47, 55, 65, 75, 85]))


def _rx(g: Gen) -> str:
    sph = g.rnd.choice([-6.5, -4.25, -2.0, -1.25, -0.5, 0.75, 1.5, 2.25])
    cyl = g.rnd.choice([0.0, -0.25, -0.75, -1.5])
    return f"{sph:+.2f} / {cyl:+.2f} x {g.rnd.randint(1, 180)}"


# -- English-named tables ----------------------------------------------------------------------------------------------


def mi_pediatric_dental(g: Gen) -> Table:
    """A Grand Rapids (Michigan) pediatric dental practice's visits: children and their guarantors (snake case)."""
    kids = [v.person(g) for _ in range(g.rows)]
    guarantors = [(v.given(g), b) for _, b in kids]
    places = [g.rnd.choice(v.MI_CITIES) for _ in range(g.rows)]
    dentists = _staff(g, 4, "us")
    hygienists = _staff(g, 6, "us")
    practice = g.phone("US", "national", False)

    def note() -> str:
        return g.rnd.choice([f"Grandma {v.given(g)} brought pt, mom consented by phone", "Sealants #3 #14 #19 #30",
                             "Pt anxious, nitrous used", f"Dad ({v.whole(g)}) asked for payment plan",
                             "Fluoride varnish applied"])

    return Table("grkids_dental.patient_visits", "en", "snake", [
        c("visit_id", N, "BIGINT", g.keys(880_001), "decoy", KEY),
        c("visit_number", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE),
        c("chart_no", N, "VARCHAR", g.col(lambda: g.code("GRK-99999")), "decoy", KEY),
        c("patient_first_name", "first_name", "VARCHAR", [a for a, _ in kids], MINOR),
        c("patient_last_name", "last_name", "VARCHAR", [b for _, b in kids], MINOR),
        c("patient_birth_date", "date_of_birth", "DATE", g.births(2008, 2022), MINOR),
        c("guarantor_name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in guarantors], ROLE),
        c("guarantor_ssn", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g), 0.7), ROLE, HEAVY),
        c("guarantor_cell", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2})),
        c("guarantor_email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["us"]) if g.rnd.random() < 0.8
                                                  else None for a, b in guarantors], ROLE),
        c("home_street", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.MI_STREETS), 0.03)),
        c("home_city", "city", "VARCHAR", [p[0] for p in places]),
        c("home_zip", "postal_code", "VARCHAR", [p[1] + g.digits(2) for p in places]),
        c("medicaid_plan", N, "VARCHAR", g.col(g.pick(["Healthy Kids Dental", "Delta Dental PPO", "Self pay",
                                                        "MI Child"])), "business"),
        c("cdt_code", N, "VARCHAR", g.col(g.pick(["D0120", "D1120", "D1206", "D1351", "D2391", "D3220"])), "decoy",
          CLIN),
        c("tooth", N, "VARCHAR", g.col(lambda: _teeth(g), 0.3), "decoy", CLIN),
        c("dentist", "person_name", "VARCHAR", g.col(g.pick(dentists)), STAFF),
        c("hygienist", "person_name", "VARCHAR", g.col(g.pick(hygienists), 0.2), STAFF),
        c("rendering_npi", N, "VARCHAR", g.col(lambda: g.rnd.choice(["1487339210", "1306942281"])), "decoy", PRACT),
        c("practice_phone", N, "VARCHAR", [practice] * g.rows, "business"),
        c("portal_login", USERNAME, "VARCHAR", [v.login(a, b, i) if g.rnd.random() < 0.55 else None
                                                for i, (a, b) in enumerate(guarantors)], "username"),
        c("checked_in_at", N, "TIMESTAMP", g.moments("2025-01-02", "2025-11-28"), "decoy"),
        c("fee_usd", N, "DECIMAL(8,2)", g.amounts(25, 640), "decoy"),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "US", "us"), CUSTOM),
        c("clinical_note", "free_text", "VARCHAR", g.sparse(note, 0.76, _words("none")), NULLWORD),
    ])


def sc_optometry(g: Gen) -> Table:
    """A Leith (Edinburgh) independent optometrist's eye examinations under GOS Scotland (camel case)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "gb")
        born = g.birth(1930, 2019)
        rows.append((a, b, born, v.chi(g, born)))
    places = [g.rnd.choice(v.SC_CITIES) for _ in range(g.rows)]
    optoms = _staff(g, 4, "gb")
    gp = [("Leith Links Medical Practice", g.phone("GB", "national", False)),
          ("Restalrig Park Surgery", g.phone("GB", "national", False)),
          ("Portobello Health Centre", g.phone("GB", "national", False))]
    gpi = [g.rnd.randrange(len(gp)) for _ in range(g.rows)]
    return Table("eyeExamsLeith.sightTests", "en", "camel", [
        c("examId", N, "BIGINT", g.keys(40_001), "decoy", KEY),
        c("gosClaimNo", N, "VARCHAR", g.col(lambda: v.chi_decoy(g)), "decoy", SHAPE),
        c("chiNumber", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.92 else None for r in rows]),
        c("forename", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("surname", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("dateOfBirth", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("addressLine1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.SC_STREETS, "gb"))),
        c("addressLine2", "street_address", "VARCHAR", g.col(lambda: f"Flat {g.rnd.randint(1, 9)}F{g.rnd.randint(1, 3)}",
                                                             0.6), HEAVY),
        c("town", "city", "VARCHAR", [p[0] for p in places]),
        c("postcode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9AA')}" for p in places]),
        c("mobileNo", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.85, 0.1)),
        c("emailAddress", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["gb"]) if g.rnd.random() < 0.45
                                               else None for r in rows]),
        c("carerName", "person_name", "VARCHAR", [v.whole(g, "gb") if r[2].year < 1945 or r[2].year > 2012
                                                  or g.rnd.random() < 0.05 else None for r in rows], ROLE, HEAVY),
        c("gpPractice", N, "VARCHAR", [gp[i][0] for i in gpi], "business"),
        c("gpPracticePhone", N, "VARCHAR", [gp[i][1] for i in gpi], "business"),
        c("rightEyeRx", N, "VARCHAR", g.col(lambda: _rx(g)), "decoy", CLIN),
        c("leftEyeRx", N, "VARCHAR", g.col(lambda: _rx(g)), "decoy", CLIN),
        c("iopRight", N, "DOUBLE", g.floats(9, 26, 1), "decoy", CLIN),
        c("optometrist", "person_name", "VARCHAR", g.col(g.pick(optoms)), STAFF),
        c("gocNumber", N, "VARCHAR", g.col(lambda: g.rnd.choice(["01-21874", "01-30562", "01-18803", "01-27741"])),
          "decoy", PRACT),
        c("recallDue", N, "DATE", g.days("2026-01-01", "2027-12-31"), "decoy"),
        c("frameSku", N, "VARCHAR", g.col(lambda: g.code("FR-AAA-9999"), 0.4), "decoy", SHAPE),
        c("labTrackingRef", N, "VARCHAR", g.col(lambda: g.code("RM") + g.digits(9) + "GB", 0.5), "decoy", SHAPE),
        c("customField2", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
    ])


def bc_orthodontics(g: Gen) -> Table:
    """A Kelowna (British Columbia) orthodontist's treatment contracts: mostly minors and the responsible party
    (Pascal case)."""
    kids = [v.person(g, "ca") for _ in range(g.rows)]
    births = [g.birth(2007, 2017) if g.rnd.random() < 0.85 else g.birth(1970, 2000) for _ in range(g.rows)]
    places = [g.rnd.choice(v.BC_CITIES) for _ in range(g.rows)]
    coords = _staff(g, 3, "ca")

    def note() -> str:
        return g.rnd.choice([f"Parents separated: statements to {v.whole(g, 'ca')}", "Invisalign refinement #2",
                             "Broken bracket UL3, rebond", f"Stepdad {v.given(g, 'ca')} co-signs"])

    return Table("OkanaganOrtho.TreatmentContracts", "en", "pascal", [
        c("ContractId", N, "BIGINT", g.keys(5_001), "decoy", KEY),
        c("ContractNumber", N, "VARCHAR", g.col(lambda: g.code("OK-25-9999")), "decoy", SHAPE),
        c("PatientFirstName", "first_name", "VARCHAR", [a for a, _ in kids]),
        c("PatientLastName", "last_name", "VARCHAR", [b for _, b in kids]),
        c("PatientBirthDate", "date_of_birth", "DATE", births),
        c("PersonalHealthNumber", "national_id", "VARCHAR", g.col(lambda: v.bc_phn(g), 0.1)),
        c("ResponsiblePartyName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.1), ROLE),
        c("ResponsiblePartySin", "ssn", "VARCHAR", g.col(lambda: v.ca_sin(g), 0.75), ROLE, HEAVY),
        c("ResponsiblePartyPhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.6, "dashes": 0.2, "e164": 0.2}),
          ROLE),
        c("ResponsiblePartyEmail", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "ca"),
                                                                               v.DOMAINS["ca"]), 0.15), ROLE),
        c("StreetAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.BC_STREETS, "ca"))),
        c("City", "city", "VARCHAR", [p[0] for p in places]),
        c("PostalCode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9A9')}" for p in places]),
        c("Province", N, "VARCHAR", ["BC"] * g.rows, "decoy"),
        c("ApplianceType", N, "VARCHAR", g.col(g.pick(["Damon brackets", "Clear aligners", "Herbst", "RPE",
                                                       "Ceramic brackets"])), "decoy", CLIN),
        c("ContractFee", N, "DECIMAL(9,2)", g.amounts(2_400, 8_900), "decoy"),
        c("CardOnFile", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.35)),
        c("CardLast4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.35), "decoy", "partial"),
        c("TreatmentCoordinator", "person_name", "VARCHAR", g.col(g.pick(coords)), STAFF),
        c("SignedAt", N, "TIMESTAMP", g.moments("2024-06-01", "2025-11-30"), "decoy"),
        c("SignatureIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25), 0.2)),
        c("Udf2", "free_text", "VARCHAR", _custom(g, "CA", "ca"), CUSTOM),
        c("ContractNotes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words()), NULLWORD),
    ])


def my_optical(g: Gen) -> Table:
    """A Petaling Jaya optical shop's customers and spectacle prescriptions (SCREAMING case)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "my")
        born = g.birth(1950, 2016)
        local = g.rnd.random() < 0.85
        rows.append((a, b, born, v.mykad(g, born) if local else None,
                     None if local or g.rnd.random() < 0.2 else g.code("A99999999")))
    places = [g.rnd.choice(v.MY_CITIES) for _ in range(g.rows)]
    opticians = _staff(g, 5, "my")
    return Table("OPTIK_PJ.CUSTOMER_PRESCRIPTIONS", "en", "screaming", [
        c("RX_ID", N, "BIGINT", g.keys(300_001), "decoy", KEY),
        c("INVOICE_NO", N, "VARCHAR", g.col(lambda: g.code("INV-PJ-999999")), "decoy", SHAPE),
        c("CUSTOMER_NAME", "person_name", "VARCHAR", [f"{r[0]} {r[1]}" for r in rows]),
        c("MYKAD_NO", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("PASSPORT_NO", "national_id", "VARCHAR", [r[4] for r in rows], HEAVY),
        c("DATE_OF_BIRTH", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("MOBILE_NO", "phone", "VARCHAR", g.phones("MY", {"national": 0.6, "e164": 0.4}, 0.95)),
        c("EMAIL", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["my"]) if g.rnd.random() < 0.5 else None
                                        for r in rows]),
        c("ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.MY_STREETS, "my"), 0.1)),
        c("CITY", "city", "VARCHAR", [p[0] for p in places]),
        c("POSTCODE", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("STATE", N, "VARCHAR", [("Kuala Lumpur" if p[0] in ("Kuala Lumpur", "Cheras") else "Selangor")
                                  for p in places], "decoy"),
        c("EMERGENCY_CONTACT_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "my"), 0.6), ROLE, HEAVY),
        c("SPH_R", N, "DOUBLE", [g.rnd.choice([-5.5, -3.0, -1.75, -0.75, 0.0, 1.25]) for _ in range(g.rows)], "decoy",
          CLIN),
        c("SPH_L", N, "DOUBLE", [g.rnd.choice([-5.0, -3.25, -1.5, -0.5, 0.25, 1.0]) for _ in range(g.rows)], "decoy",
          CLIN),
        c("LENS_BRAND", N, "VARCHAR", g.col(g.pick(["Essilor Varilux", "Hoya Nulux", "Zeiss SmartLife", "Nikon Lite"])),
          "decoy"),
        c("FRAME_BARCODE", N, "VARCHAR", g.col(lambda: v.ean13(g)), "decoy", SHAPE, "check_digit"),
        c("OPTOMETRIST", "person_name", "VARCHAR", g.col(g.pick(opticians)), STAFF),
        c("MOA_REG_NO", N, "VARCHAR", g.col(g.pick(["MOA 2187", "MOA 3355", "MOA 1940"])), "decoy", PRACT),
        c("CUSTOM_FIELD_2", "free_text", "VARCHAR", _custom(g, "MY", "my"), CUSTOM),
        c("ORDER_DATE", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy"),
    ])


def au_contact_lens(g: Gen) -> Table:
    """A Perth contact lens web shop's orders (abbreviated snake case)."""
    pairs = [v.person(g, "au") for _ in range(g.rows)]
    places = [g.rnd.choice(v.AU_CITIES) for _ in range(g.rows)]
    prescribers = [v.whole(g, "au") for _ in range(40)]
    agents = _staff(g, 3, "au")
    return Table("lensdirect_au.cl_ord", "en", "abbrev", [
        c("ord_id", N, "BIGINT", g.keys(2_200_001), "decoy", KEY),
        c("ord_no", N, "VARCHAR", g.col(lambda: "LD" + g.digits(8)), "decoy", SHAPE),
        c("cust_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("cust_snm", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
        c("cust_dob", "date_of_birth", "DATE", g.births(1955, 2008), ABBREV),
        c("cust_eml", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["au"]) for a, b in pairs], ABBREV),
        c("mob_no", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "e164": 0.4}, 0.95, 0.05), ABBREV),
        c("shp_addr1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au")), ABBREV),
        c("shp_sub", "city", "VARCHAR", [p[0] for p in places], ABBREV, "locality"),
        c("shp_pc", "postal_code", "VARCHAR", [p[1] for p in places], ABBREV),
        c("shp_st", N, "VARCHAR", ["WA"] * g.rows, "decoy"),
        c("mcare_no", "national_id", "VARCHAR", g.col(lambda: v.medicare(g), 0.6), ABBREV, HEAVY),
        c("sku", N, "VARCHAR", g.col(lambda: g.code("CL-AAA-99-Z")), "decoy", SHAPE),
        c("prod_nm", N, "VARCHAR", g.col(g.pick(["Acuvue Oasys 1-Day 30pk", "Dailies Total1 90pk", "Biofinity Toric 6pk",
                                                 "MyDay 30pk"])), "decoy"),
        c("rx_exp_dt", N, "DATE", g.days("2025-06-01", "2027-06-30"), "decoy"),
        c("presc_nm", "person_name", "VARCHAR", g.col(g.pick(prescribers), 0.1), ABBREV),
        c("presc_ahpra", N, "VARCHAR", g.col(lambda: "OPT000" + g.digits(7), 0.1), "decoy", PRACT),
        c("card_no", "credit_card", "VARCHAR", g.col(lambda: v.card(g).replace(" ", ""), 0.55), HEAVY),
        c("ip_addr", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3))),
        c("trk_no", N, "VARCHAR", g.col(lambda: g.code("33AAA") + g.digits(8), 0.2), "decoy", SHAPE),
        c("cs_agent", "first_name", "VARCHAR", g.col(g.pick([a.split()[0] for a in agents]), 0.5), STAFF, ABBREV),
        c("ord_ts", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
        c("app_ver", N, "VARCHAR", g.col(g.version), "decoy", "version"),
    ])


def nj_union_dental_vision(g: Gen) -> Table:
    """A New Jersey union welfare fund's dental and vision claims, a COBOL extract (padded CHAR, YYYYMMDD integers,
    the member's SSN, phone and ZIP as numbers with 0 for missing)."""
    members = [v.person(g) for _ in range(g.rows)]
    patient_self = [g.rnd.random() < 0.5 for _ in range(g.rows)]
    patients = [m if s else (v.given(g), m[1]) for m, s in zip(members, patient_self)]
    places = [g.rnd.choice(v.NJ_CITIES) for _ in range(g.rows)]
    providers = [("SMILE DESIGN OF ELIZABETH PA", v.npi(g)), ("IRONBOUND FAMILY DENTAL", v.npi(g)),
                 ("CLIFTON VISION CENTER", v.npi(g)), ("EDISON EYE ASSOCIATES", v.npi(g))]
    prov = [g.rnd.randrange(len(providers)) for _ in range(g.rows)]
    return Table("UWFLEGACY.DV_CLAIM_EXTRACT", "en", "cobol", [
        c("DV-CLM-NO", N, "VARCHAR", g.col(lambda: g.code("25999999999")), "decoy", SHAPE, LEGACY),
        c("DV-LOCAL-NO", N, "VARCHAR", _pad(g.col(g.pick(["825", "472", "1153"])), 5), "decoy", LEGACY),
        c("DV-MBR-SSN", "ssn", "BIGINT", [int(v.us_ssn(g, False)) if g.rnd.random() < 0.9 else 0
                                          for _ in range(g.rows)], LEGACY),
        c("DV-MBR-LAST-NM", "last_name", "VARCHAR", _pad([b.upper() for _, b in members], 20), LEGACY),
        c("DV-MBR-FIRST-NM", "first_name", "VARCHAR", _pad([a.upper() for a, _ in members], 15), LEGACY),
        c("DV-PAT-LAST-NM", "last_name", "VARCHAR", _pad([b.upper() for _, b in patients], 20), LEGACY),
        c("DV-PAT-FIRST-NM", "first_name", "VARCHAR", _pad([a.upper() for a, _ in patients], 15), LEGACY),
        c("DV-PAT-REL", N, "VARCHAR", ["M" if s else g.rnd.choice(["S", "C"]) for s in patient_self], "decoy",
          LEGACY),
        c("DV-PAT-DOB", "date_of_birth", "INTEGER", [_ymd(g.birth(1950, 2020)) if g.rnd.random() < 0.95 else 0
                                                     for _ in range(g.rows)], LEGACY),
        c("DV-MBR-ADDR", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.NJ_STREETS).upper()), 30),
          LEGACY),
        c("DV-MBR-CITY", "city", "VARCHAR", _pad([p[0].upper() for p in places], 18), LEGACY),
        c("DV-MBR-ZIP", "postal_code", "INTEGER", [int(p[1] + g.digits(2)) for p in places], LEGACY),
        c("DV-MBR-PHONE", "phone", "BIGINT", [int(g.phone("US", "digits")) if g.rnd.random() < 0.8 else 0
                                              for _ in range(g.rows)], LEGACY),
        c("DV-PROV-NAME", N, "VARCHAR", _pad([providers[i][0] for i in prov], 30), "business", LEGACY),
        c("DV-PROV-NPI", N, "VARCHAR", [providers[i][1] for i in prov], "decoy", PRACT, "check_digit", LEGACY),
        c("DV-SVC-DT", N, "INTEGER", [_ymd(g.day("2025-01-01", "2025-10-31")) for _ in range(g.rows)], "decoy",
          LEGACY),
        c("DV-PROC-CD", N, "VARCHAR", _pad(g.col(g.pick(["D0150", "D1110", "D2740", "92014", "V2020", "V2781"])), 6),
          "decoy", CLIN, LEGACY),
        c("DV-PAID-AMT", N, "DECIMAL(9,2)", g.amounts(0, 1_450), "decoy", LEGACY),
        c("DV-BATCH-ID", N, "VARCHAR", g.col(lambda: g.code("B25AAA99")), "decoy", LEGACY),
        c("DV-USER-FLD-1", "free_text", "VARCHAR", _pad(_custom(g, "US", "us"), 40), CUSTOM, LEGACY),
    ])


def ph_dental_staging(g: Gen) -> Table:
    """A Cebu dental clinic chain's online patient registrations, landed as an opaque staging table."""
    def dob() -> str:
        d = g.birth(1950, 2018)
        return f"{d.month:02d}/{d.day:02d}/{d.year}"

    places = [g.rnd.choice(v.PH_CITIES) for _ in range(g.rows)]
    return Table("stg_ngiti_cebu.src_patient_raw", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ph")), OPAQUE),
        c("col03", "date_of_birth", "VARCHAR", g.col(dob), OPAQUE),
        c("col04", "national_id", "VARCHAR", g.col(lambda: v.philhealth(g), 0.3), OPAQUE),
        c("col05", "ssn", "VARCHAR", g.col(lambda: v.sss(g), 0.7), OPAQUE, HEAVY),
        c("col06", "phone", "VARCHAR", g.phones("PH", {"national": 0.5, "e164": 0.5}, 0.95), OPAQUE),
        c("col07", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "ph"), v.DOMAINS["ph"]), 0.25),
          OPAQUE),
        c("col08", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PH_STREETS, "ph"), 0.1), OPAQUE),
        c("col09", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col10", "postal_code", "VARCHAR", [p[1] for p in places], OPAQUE),
        c("col11", N, "VARCHAR", g.col(g.pick(["Cleaning", "Braces consult", "Extraction", "Root canal",
                                               "Whitening"])), "decoy", OPAQUE),
        c("col12", N, "VARCHAR", g.col(g.pick(["SM Seaside", "Ayala Center", "IT Park", "Banilad Town Centre"])),
          "business", OPAQUE),
        c("col13", N, "VARCHAR", g.col(lambda: v.luhn_decoy(g, 12, "19")), "decoy", SHAPE, OPAQUE),
        c("col14", N, "VARCHAR", g.col(g.sha256), "decoy", "hashed", OPAQUE),
        c("col15", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2)), OPAQUE),
        c("col16", "free_text", "VARCHAR", _custom(g, "PH", "ph"), CUSTOM, OPAQUE),
        c("col17", N, "DOUBLE", g.floats(10.28, 10.36, 5), "decoy", "coordinates", OPAQUE),
        c("col18", N, "TIMESTAMP", g.moments("2025-09-01", "2025-11-30"), "decoy", OPAQUE),
    ])


def wales_school_dental(g: Gen) -> Table:
    """A Cardiff community dental service's school screenings and fluoride varnish programme (snake case)."""
    schools = [(f"Ysgol {n}", g.phone("GB", "national", False)) for n in ("Pen y Pil", "Glan Ceubal", "Treganna",
                                                                          "Mynydd Bychan", "Llanedeyrn")]
    sch = [g.rnd.randrange(len(schools)) for _ in range(g.rows)]
    kids = [v.person(g, "gb") for _ in range(g.rows)]
    nurses = _staff(g, 5, "gb")
    cf = [("Cardiff", "CF"), ("Penarth", "CF64"), ("Barry", "CF62")]
    places = [g.rnd.choice(cf) for _ in range(g.rows)]
    return Table("cds_cardiff.school_screening", "en", "snake", [
        c("screening_id", N, "BIGINT", g.keys(610_001), "decoy", KEY),
        c("school_name", N, "VARCHAR", [schools[i][0] for i in sch], "business"),
        c("school_phone", N, "VARCHAR", [schools[i][1] for i in sch], "business"),
        c("child_forename", "first_name", "VARCHAR", [a for a, _ in kids], MINOR),
        c("child_surname", "last_name", "VARCHAR", [b for _, b in kids], MINOR),
        c("child_dob", "date_of_birth", "DATE", g.births(2013, 2020), MINOR),
        c("nhs_no", "national_id", "VARCHAR", g.col(lambda: v.nhs_spaced(g), 0.15)),
        c("year_group", N, "VARCHAR", g.col(g.pick(["Reception", "Year 1", "Year 2", "Year 6"])), "decoy"),
        c("home_postcode", "postal_code", "VARCHAR", [f"{p[1]}{'' if len(p[1]) > 2 else g.rnd.randint(1, 24)} "
                                                      f"{g.code('9AA')}" for p in places]),
        c("parent_carer_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "gb"), 0.1), ROLE),
        c("parent_carer_mobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.7, "e164": 0.3}, 1.0, 0.2), ROLE),
        c("consent", N, "VARCHAR", g.col(g.pick(["Y", "N", "No reply"])), "decoy"),
        c("dmft_score", N, "INTEGER", g.ints(0, 9), "decoy", CLIN),
        c("referred", N, "BOOLEAN", g.yn(True, False, 0.2), "decoy"),
        c("screening_nurse", "person_name", "VARCHAR", g.col(g.pick(nurses)), STAFF),
        c("screened_on", N, "DATE", g.days("2025-09-08", "2025-12-12"), "decoy"),
        c("referral_gdp_name", N, "VARCHAR", g.col(g.pick(["Cathays Dental Care", "Roath Smile Studio", None])),
          "business"),
        c("follow_up_note", "free_text", "VARCHAR",
          g.sparse(lambda: g.rnd.choice([f"Letter sent to nain, {v.whole(g, 'gb')}", "Parent declined referral",
                                         f"Sibling {v.given(g, 'gb')} also seen"]), 0.8, _words("none")), NULLWORD),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def dk_boernetandpleje(g: Gen) -> Table:
    """An Odense municipal child dental service's children and recalls (Danish, snake case)."""
    births = g.births(2008, 2023)
    kids = [v.person(g, "dk") for _ in range(g.rows)]
    places = [g.rnd.choice(v.DK_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "dk")
    clinics = [("Tandklinik Hjallese Skole", g.phone("DK", "national", False), v.cvr_business(g)),
               ("Tandklinik Tarup", g.phone("DK", "national", False), v.cvr_business(g))]
    cl = [g.rnd.randrange(len(clinics)) for _ in range(g.rows)]
    return Table("boernetandpleje_odense.indkaldelser", "da", "snake", [
        c("indkaldelse_id", N, "BIGINT", g.keys(90_001), "decoy", KEY),
        c("cpr_nr", "national_id", "VARCHAR", [v.cpr(g, b) for b in births], MINOR),
        c("fornavn", "first_name", "VARCHAR", [a for a, _ in kids], MINOR),
        c("efternavn", "last_name", "VARCHAR", [b for _, b in kids], MINOR),
        c("foedselsdato", "date_of_birth", "DATE", births, MINOR),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.DK_STREETS, "dk"))),
        c("postnr", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("by", "city", "VARCHAR", [p[0] for p in places]),
        c("foraelder_navn", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "dk"), 0.05), ROLE),
        c("foraelder_mobil", "phone", "VARCHAR", g.phones("DK", {"national": 0.6, "e164": 0.4}, 1.0, 0.05), ROLE),
        c("foraelder_mail", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "dk"), v.DOMAINS["dk"]),
                                                       0.3), ROLE),
        c("klinik", N, "VARCHAR", [clinics[i][0] for i in cl], "business"),
        c("klinik_telefon", N, "VARCHAR", [clinics[i][1] for i in cl], "business"),
        c("cvr_nr", N, "VARCHAR", [clinics[i][2] for i in cl], "business", "check_digit"),
        c("tandplejer", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("behandling", N, "VARCHAR", g.col(g.pick(["Undersøgelse", "Fluorlak", "Fissurforsegling", "Fyldning",
                                                    "Tandregulering visitation"])), "decoy", CLIN),
        c("indkaldt_til", N, "TIMESTAMP", g.moments("2025-08-11", "2026-02-27"), "decoy"),
        c("udeblevet", N, "BOOLEAN", g.yn(True, False, 0.08), "decoy"),
        c("fritekst_felt_2", "free_text", "VARCHAR", _custom(g, "DK", "dk"), CUSTOM),
        c("bemaerkning", "free_text", "VARCHAR",
          g.sparse(lambda: g.rnd.choice([f"Mor ({v.given(g, 'dk')}) ønsker SMS", "Angst for bor",
                                         f"Bor hos far {v.whole(g, 'dk')} hver anden uge"]), 0.78, _words("ingen")),
          NULLWORD),
    ])


def cz_zubni_ordinace(g: Gen) -> Table:
    """An Olomouc dental surgery's patients and invoices (Czech, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "cz", female)
        if female and b.endswith(("ák", "ář", "ek", "ík", "ál")):
            b = b + "ová"
        born = g.birth(1954, 2019)
        rows.append((a, b, born, v.rodne_cislo(g, born, female)))
    places = [g.rnd.choice(v.CZ_CITIES) for _ in range(g.rows)]
    dentists = _staff(g, 3, "cz")
    return Table("zubni_ordinace_olomouc.pacienti_vykony", "cs", "snake", [
        c("id_vykonu", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("cislo_faktury", N, "VARCHAR", g.col(lambda: v.rc_decoy(g)), "decoy", SHAPE),
        c("jmeno", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("prijmeni", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("rodne_cislo", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("datum_narozeni", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("ulice", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CZ_STREETS, "cz"))),
        c("obec", "city", "VARCHAR", [p[0] for p in places]),
        c("psc", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("CZ", {"national": 0.6, "intl": 0.4}, 0.9, 0.1)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["cz"]) if g.rnd.random() < 0.4 else None
                                        for r in rows]),
        c("zakonny_zastupce", "person_name", "VARCHAR", [v.whole(g, "cz") if r[2].year >= 2008 else None
                                                         for r in rows], ROLE, HEAVY, MINOR),
        c("pojistovna", N, "VARCHAR", g.col(g.pick(["111", "201", "205", "207", "211"])), "decoy"),
        c("kod_vykonu", N, "VARCHAR", g.col(g.pick(["00900", "00949", "00921", "00931", "00941"])), "decoy", CLIN),
        c("zub", N, "VARCHAR", g.col(lambda: _teeth(g), 0.35), "decoy", CLIN),
        c("zubar", "person_name", "VARCHAR", g.col(g.pick(dentists)), STAFF),
        c("ico_ordinace", N, "VARCHAR", [v.ico_business(g)] * g.rows, "business", "check_digit"),
        c("doplatek_kc", N, "DECIMAL(9,2)", g.amounts(0, 9_800), "decoy"),
        c("datum_vykonu", N, "DATE", g.days("2025-01-02", "2025-11-28"), "decoy"),
        c("volne_pole_2", "free_text", "VARCHAR", _custom(g, "CZ", "cz"), CUSTOM),
        c("poznamka", "free_text", "VARCHAR",
          g.sparse(lambda: g.rnd.choice([f"Doprovod: babička {v.whole(g, 'cz')}", "Alergie na penicilin",
                                         f"Volat dceři {v.given(g, 'cz')}", "Objednat na dentální hygienu"]), 0.76,
                   _words("neuvedeno")), NULLWORD),
    ])


def se_optiker(g: Gen) -> Table:
    """A Västerås optician's eye examinations and spectacle orders (Swedish, snake case)."""
    births = g.births(1935, 2012)
    pairs = [v.person(g, "se") for _ in range(g.rows)]
    places = [g.rnd.choice(v.SE_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "se")
    return Table("optiker_vasteras.synundersokningar", "sv", "snake", [
        c("undersokning_id", N, "BIGINT", g.keys(70_001), "decoy", KEY),
        c("personnummer", "national_id", "VARCHAR", [v.personnummer(g, d) for d in births]),
        c("fornamn", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("efternamn", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("fodelsedatum", "date_of_birth", "DATE", births),
        c("gatuadress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.SE_STREETS, "se"))),
        c("postnummer", "postal_code", "VARCHAR", [f"{p[1]}{g.digits(5 - len(p[1]))}"[:3] + " "
                                                   + f"{p[1]}{g.digits(5 - len(p[1]))}"[3:5] for p in places]),
        c("postort", "city", "VARCHAR", [p[0].upper() if g.rnd.random() < 0.3 else p[0] for p in places]),
        c("mobilnummer", "phone", "VARCHAR", g.phones("SE", {"national": 0.7, "e164": 0.3}, 0.9, 0.1)),
        c("epost", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["se"]) if g.rnd.random() < 0.6 else None
                                        for a, b in pairs]),
        c("anhorig_namn", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "se"), 0.8), ROLE, HEAVY),
        c("sfar_hoger", N, "DOUBLE", [g.rnd.choice([-4.0, -2.25, -1.0, 0.5, 1.75, 2.5]) for _ in range(g.rows)],
          "decoy", CLIN),
        c("sfar_vanster", N, "DOUBLE", [g.rnd.choice([-3.75, -2.0, -0.75, 0.75, 1.5, 2.75]) for _ in range(g.rows)],
          "decoy", CLIN),
        c("glastyp", N, "VARCHAR", g.col(g.pick(["Progressiva", "Enstyrke", "Närarbete", "Kontaktlinser"])), "decoy"),
        c("bagartikel_nr", N, "VARCHAR", g.col(lambda: g.code("BG-99999-AA"), 0.3), "decoy", SHAPE),
        c("optiker", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("legitimationsnr", N, "VARCHAR", g.col(g.pick(["OPT-48812", "OPT-51207", "OPT-39920"])), "decoy", PRACT),
        c("org_nr", N, "VARCHAR", [v.orgnr_business(g)] * g.rows, "business", "check_digit"),
        c("besoksdatum", N, "DATE", g.days("2025-01-07", "2025-11-28"), "decoy"),
        c("extrafalt_2", "free_text", "VARCHAR", _custom(g, "SE", "se"), CUSTOM),
        c("anteckning", "free_text", "VARCHAR",
          g.sparse(lambda: g.rnd.choice([f"Dottern {v.given(g, 'se')} hämtar glasögonen", "Remiss ögonmottagning",
                                         "Torra ögon, rek. droppar", f"Make {v.whole(g, 'se')} betalar"]), 0.75,
                   _words("saknas")), NULLWORD),
    ])


def gr_orthodontiko(g: Gen) -> Table:
    """A Larissa orthodontic practice's patients and treatment plans (Greek column names and values)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "gr")
        born = g.birth(2006, 2016) if g.rnd.random() < 0.8 else g.birth(1975, 2002)
        rows.append((a, b, born, v.amka(g, born)))
    places = [g.rnd.choice(v.GR_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 2, "gr")
    fathers = [v.given(g, "gr") if g.rnd.random() < 0.9 else None for _ in range(g.rows)]
    return Table("ορθοδοντικό_λάρισας.θεραπείες", "el", "snake", [
        c("κωδικός_θεραπείας", N, "BIGINT", g.keys(12_001), "decoy", KEY),
        c("επώνυμο", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("όνομα", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("πατρώνυμο", "first_name", "VARCHAR", fathers),
        c("ημερομηνία_γέννησης", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("αμκα", "ssn", "VARCHAR", [r[3] for r in rows]),
        c("αφμ", "national_id", "VARCHAR", g.col(lambda: v.afm(g), 0.65), HEAVY),
        c("κηδεμόνας", "person_name", "VARCHAR", [f"{v.given(g, 'gr')} {r[1]}" if r[2].year >= 2006 else None
                                                 for r in rows], ROLE, MINOR),
        c("κινητό_κηδεμόνα", "phone", "VARCHAR", [g.phone("GR", g.rnd.choice(["national", "e164"]))
                                                  if r[2].year >= 2006 else None for r in rows], ROLE),
        c("διεύθυνση", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GR_STREETS, "gr"))),
        c("πόλη", "city", "VARCHAR", [p[0] for p in places]),
        c("ταχυδρομικός_κώδικας", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["gr"]) if g.rnd.random() < 0.5 else None
                                        for r in rows]),
        c("μηχάνημα", N, "VARCHAR", g.col(g.pick(["Σιδεράκια μεταλλικά", "Διάφανοι νάρθηκες", "Κινητός μηχανισμός",
                                                  "Ταχεία διεύρυνση"])), "decoy", CLIN),
        c("κόστος_ευρώ", N, "DECIMAL(9,2)", g.amounts(900, 4_800), "decoy"),
        c("ορθοδοντικός", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("αφμ_ιατρείου", N, "VARCHAR", [v.afm_business(g)] * g.rows, "business", "check_digit"),
        c("αριθμός_απόδειξης", N, "VARCHAR", g.col(lambda: g.code("ΑΠΥ-99999")), "decoy", SHAPE),
        c("έναρξη_θεραπείας", N, "DATE", g.days("2023-01-09", "2025-11-28"), "decoy"),
        c("επιπλέον_πεδίο_2", "free_text", "VARCHAR", _custom(g, "GR", "gr"), CUSTOM),
    ])


def ch_orthodontie(g: Gen) -> Table:
    """A Lausanne orthodontist's patient files (Swiss French, camel case)."""
    kids = [v.person(g, "fr") for _ in range(g.rows)]
    places = [g.rnd.choice(v.CH_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "fr")
    legal = [v.whole(g, "fr") for _ in range(g.rows)]
    return Table("orthoLausanne.dossiersPatients", "fr", "camel", [
        c("idDossier", N, "BIGINT", g.keys(20_001), "decoy", KEY),
        c("numeroDossier", N, "VARCHAR", g.col(lambda: g.code("OL-2025-9999")), "decoy", SHAPE),
        c("prenomPatient", "first_name", "VARCHAR", [a for a, _ in kids]),
        c("nomPatient", "last_name", "VARCHAR", [b for _, b in kids]),
        c("dateNaissance", "date_of_birth", "DATE", g.births(2005, 2018)),
        c("numeroAvs", "ssn", "VARCHAR", g.col(lambda: v.avs(g), 0.1)),
        c("representantLegal", "person_name", "VARCHAR", legal, ROLE),
        c("telephoneRepresentant", "phone", "VARCHAR", g.phones("CH", {"national": 0.5, "intl": 0.5}, 0.9), ROLE),
        c("emailRepresentant", "email", "VARCHAR", [v.email_of(g, *n.split(" ", 1), v.DOMAINS["fr"])
                                                    for n in legal], ROLE),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CH_STREETS, "fr"))),
        c("npa", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("localite", "city", "VARCHAR", [p[0] for p in places]),
        c("canton", N, "VARCHAR", ["VD"] * g.rows, "decoy"),
        c("assuranceComplementaire", N, "VARCHAR", g.col(g.pick(["CSS", "Groupe Mutuel", "Visana", "Sympany", None])),
          "business"),
        c("numeroAssure", N, "VARCHAR", g.col(lambda: g.code("99.999.999"), 0.3), "decoy", KEY),
        c("ibanRemboursement", "iban", "VARCHAR", g.col(lambda: v.iban_ch(g), 0.6), HEAVY),
        c("orthodontiste", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("ideCabinet", N, "VARCHAR", [v.ide_business(g)] * g.rows, "business", "check_digit"),
        c("classeAngle", N, "VARCHAR", g.col(g.pick(["I", "II/1", "II/2", "III"])), "decoy", CLIN),
        c("devisMontant", N, "DECIMAL(9,2)", g.amounts(3_000, 11_000), "decoy"),
        c("champLibre2", "free_text", "VARCHAR", _custom(g, "CH", "fr"), CUSTOM),
    ])


def pt_otica(g: Gen) -> Table:
    """A Coimbra optician's customers and prescriptions (European Portuguese, snake case)."""
    pairs = [v.person(g, "pt") for _ in range(g.rows)]
    places = [g.rnd.choice(v.PT_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "pt")
    return Table("otica_coimbra.clientes_receitas", "pt", "snake", [
        c("id_cliente", N, "BIGINT", g.keys(3_001), "decoy", KEY),
        c("numero_fatura", N, "VARCHAR", g.col(lambda: v.nif_decoy(g)), "decoy", SHAPE),
        c("nome_proprio", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("apelidos", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("data_nascimento", "date_of_birth", "DATE", g.births(1938, 2015)),
        c("nif", "national_id", "VARCHAR", g.col(lambda: v.nif(g), 0.1)),
        c("cartao_cidadao", "national_id", "VARCHAR", g.col(lambda: v.cartao_cidadao(g), 0.7), HEAVY),
        c("numero_utente_sns", "national_id", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 2)) + g.digits(8), 0.3)),
        c("morada", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PT_STREETS, "pt"))),
        c("codigo_postal", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(3)}" for p in places]),
        c("localidade", "city", "VARCHAR", [p[0] for p in places]),
        c("telemovel", "phone", "VARCHAR", g.phones("PT", {"national": 0.7, "e164": 0.3}, 0.9, 0.05)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["pt"]) if g.rnd.random() < 0.55 else None
                                        for a, b in pairs]),
        c("iban_reembolso", "iban", "VARCHAR", g.col(lambda: v.iban_pt(g), 0.75), HEAVY),
        c("subsistema_saude", N, "VARCHAR", g.col(g.pick(["ADSE", "SAMS", "Médis", "Multicare", "Nenhum"])),
          "business"),
        c("receita_od", N, "VARCHAR", g.col(lambda: _rx(g)), "decoy", CLIN),
        c("receita_oe", N, "VARCHAR", g.col(lambda: _rx(g)), "decoy", CLIN),
        c("referencia_armacao", N, "VARCHAR", g.col(lambda: v.ean13(g)), "decoy", SHAPE, "check_digit"),
        c("optometrista", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("nif_loja", N, "VARCHAR", [v.nif(g, "5")] * g.rows, "business", "check_digit"),
        c("data_consulta", N, "DATE", g.days("2025-01-06", "2025-11-28"), "decoy"),
        c("campo_extra_2", "free_text", "VARCHAR", _custom(g, "PT", "pt"), CUSTOM),
    ])


def it_studio_dentistico(g: Gen) -> Table:
    """A Lecce dental practice's patients and treatment estimates (Italian, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "it", female)
        born = g.birth(1940, 2015)
        place = g.rnd.choice(v.IT_CITIES)
        rows.append((a, b, born, v.codice_fiscale(g, a, b, born, female, place[2]), place[0]))
    places = [g.rnd.choice(v.IT_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "it")
    return Table("studio_dentistico_lecce.preventivi_pazienti", "it", "snake", [
        c("id_preventivo", N, "BIGINT", g.keys(7_001), "decoy", KEY),
        c("nome", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("cognome", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("codice_fiscale", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("data_nascita", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("luogo_nascita", "city", "VARCHAR", [r[4] for r in rows]),
        c("indirizzo", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IT_STREETS, "it"))),
        c("cap", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("comune", "city", "VARCHAR", [p[0] for p in places]),
        c("provincia", N, "VARCHAR", ["LE"] * g.rows, "decoy"),
        c("cellulare", "phone", "VARCHAR", g.phones("IT", {"national": 0.6, "e164": 0.4}, 0.9, 0.05)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["it"]) if g.rnd.random() < 0.5 else None
                                        for r in rows]),
        c("iban_finanziamento", "iban", "VARCHAR", g.col(lambda: v.iban_it(g), 0.7), HEAVY),
        c("garante_finanziamento", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "it"), 0.85), ROLE, HEAVY),
        c("prestazione", N, "VARCHAR", g.col(g.pick(["Impianto", "Corona in zirconia", "Devitalizzazione", "Ablazione",
                                                      "Allineatori"])), "decoy", CLIN),
        c("elemento_dentale", N, "VARCHAR", g.col(lambda: _teeth(g), 0.3), "decoy", CLIN),
        c("importo_preventivo", N, "DECIMAL(9,2)", g.amounts(80, 7_500), "decoy"),
        c("odontoiatra", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("partita_iva_studio", N, "VARCHAR", [v.partita_iva(g)] * g.rows, "business", "check_digit"),
        c("numero_iscrizione_albo", N, "VARCHAR", g.col(g.pick(["LE-1187", "LE-2043", "LE-0932"])), "decoy", PRACT),
        c("data_preventivo", N, "DATE", g.days("2025-01-07", "2025-11-28"), "decoy"),
        c("campo_libero_2", "free_text", "VARCHAR", _custom(g, "IT", "it"), CUSTOM),
        c("note", "free_text", "VARCHAR",
          g.sparse(lambda: g.rnd.choice([f"Accompagnata dalla figlia {v.given(g, 'it')}", "Allergia al lattice",
                                         f"Pagamento a carico di {v.whole(g, 'it')}", "Richiamo a 6 mesi"]), 0.77,
                   _words("nessuna", "non noto")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (mi_pediatric_dental, 700), (sc_optometry, 600), (bc_orthodontics, 450), (my_optical, 550),
    (au_contact_lens, 800), (nj_union_dental_vision, 750), (ph_dental_staging, 500), (wales_school_dental, 650),
    (dk_boernetandpleje, 600), (cz_zubni_ordinace, 500), (se_optiker, 550), (gr_orthodontiko, 350),
    (ch_orthodontie, 300), (pt_otica, 450), (it_studio_dentistico, 400),
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
