"""Held-out set v108 for the column classifier: 15 tables of *fertility clinics, gamete and embryo donation, surrogacy
agencies, cord-blood banks, genetic testing laboratories and consumer DNA and ancestry services*, one system per table
and each a different organisation, eight with English column names and seven in other languages (German, French,
Brazilian Portuguese, Danish, Czech, romanized Japanese and Greek in Greek script):

* ``gvrm_ivf.treatment_cycles``: a Rochester (New York) fertility clinic's IVF cycles (snake case, SSN, cycle numbers
  shaped like SSNs failing the check, the partner and the partner's date of birth, a card on file, ``misc_2``);
* ``SurreyCordVault.CollectionKits``: a Surrey private cord-blood bank's collection kits (Pascal case, the mother's NHS
  number, kit numbers failing the NHS check, the baby's date of birth, courier tracking numbers, ``Udf03``);
* ``coastSurrogacy.carrierApplications``: a British Columbia surrogacy agency's gestational carrier applications (camel
  case, SIN, reimbursement references failing the Luhn check, intended parents, an emergency contact, ``customField2``);
* ``GENOMIX_ZA.TEST_REQUISITIONS``: a Cape Town genetic testing laboratory's requisitions (SCREAMING case, South
  African ID numbers encoding the birth date, requisition numbers failing the ID check, medical aid numbers, genetic
  counsellors, ``CUSTOM_FIELD_3``);
* ``cfc_donor.rcp_reg``: a Cork fertility clinic's donor-sperm recipient register (abbreviated: ``rcp_fnm``,
  ``ptnr_mob``, PPSN, Eircodes, donor codes);
* ``NSTESCRW.GC_COMP_PMT_EXTRACT``: a Minnesota surrogacy escrow administrator's COBOL payment extract (legacy: padded
  CHAR, ``YYYYMMDD`` integers, the carrier's SSN, phone and ZIP as numbers with 0 for missing, intended parents, ACH
  trace numbers, ``GC-USR-FLD-1``);
* ``stg_genomics.src_nipt_raw``: a Hyderabad prenatal screening laboratory's NIPT orders as an opaque staging table
  (``col01`` to ``col18``: Aadhaar, PAN, sample barcodes failing the Verhoeff check, the husband, hashes);
* ``kinlines_app.kit_activations``: a Melbourne consumer DNA and ancestry service's kit activations (snake case:
  usernames, sign-up IPs, haplogroups, ethnicity estimates, the closest match's name, an ancestral origin's
  coordinates, raw-data hashes);
* ``samenbank_isar.spender_stammdaten``: a Munich sperm bank's donor master (German; Steuer-ID, IBAN for the expense
  allowance, donor numbers, the GP, an emergency contact, ``zusatzfeld_2``);
* ``CECOSLYO.CCDONP``: a Lyon gamete donation centre's AS/400 donor file (French, legacy: ``CC`` prefix, ``CYYMMDD``
  decimals, NIR, phone and postcode as decimals, the spouse, an IBAN for travel expenses, ``CCUDF2``);
* ``celulaViva.contratosCordao``: a São Paulo cord-blood bank's storage contracts (Brazilian Portuguese, camel case:
  the mother's and father's CPF, the baby's name and date of birth, the obstetrician, ``campoLivre2``);
* ``Saedbank.Bestillinger``: an Aarhus sperm bank's straw orders (Danish, Pascal case: CPR numbers encoding the birth
  date, order numbers shaped like CPR with impossible dates, donor numbers, a refund IBAN, ``Fritekst2``);
* ``ivf_brno.darkyne_oocytu``: a Brno IVF centre's egg donors (Czech; rodné číslo encoding the birth date, cycle
  numbers shaped like it failing the check, an IBAN for the compensation, the contact person);
* ``iden_kensa_fukuoka.jukensha_daicho``: a Fukuoka genetic testing clinic's examinee ledger (romanized Japanese
  names, values in kanji and katakana, My Number, the spouse, ``jiyuu_koumoku_3``);
* ``trapeza_omfalikou_thess.δείγματα_μονάδων``: a Thessaloniki cord-blood bank's units (Greek script: the mother's AMKA
  encoding her birth date and her AFM, unit numbers failing the AMKA check, ``πατρώνυμο``, the husband, the
  obstetrician, ``πρόσθετο_πεδίο_2``).

Written **blind**, like v2 to v107: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the structure and labeling conventions of
v27 and v98 (their modules, their tests and ``tests/heldout_support.py``), v107's docstring and test, the module
docstrings of v24 to v107 (to avoid their domains: v55's Athens IVF clinic and v61's Dublin DNA-testing company are
other organisations than the ones here), the ``Column``/``Table`` classes and writer of v2 and v4, the ruff section of
``pyproject.toml`` and the sources of python-stdnum and phonenumbers. The classifier was not run on this set while it
was written, no scorer was run on it, and no score was looked at. It was written under a short deadline (50 minutes,
the tests and lint included), so some labels are quick decisions rather than settled conventions.

Labeling choices a reader may question:

* a US SSN, a Canadian SIN, an Irish PPSN, a French NIR and a Greek AMKA are ``ssn``; an NHS number, a South African ID
  number, Aadhaar, PAN, Steuer-ID, CPF, a Danish CPR number, a Czech rodné číslo, My Number and a Greek AFM are
  ``national_id``;
* a donor's code or number at a sperm bank, an egg-donation programme or a gamete donation centre (``dnr_cd``,
  ``spendernummer``, ``CCCODA``, ``DonorNummer``, ``kod_darkyne``) and a surrogacy agency's carrier code are ``none``
  (tag ``pseudonym``): the programme's pseudonym, which on its own points at no one outside it;
* cycle, kit, requisition, sample, unit, contract, order, payment and ACH trace numbers, courier tracking numbers,
  medical aid membership numbers, kit barcodes and straw counts are ``none`` (tag ``decoy``, ``value_shape`` when
  shaped like an identifier); haplogroups, ethnicity estimates, match counts, blood groups, eye and hair colours,
  heights, diagnoses and protocols are ``none`` even though they are health or genetic data: no kind names them;
* booking, support ticket and sample export permit numbers, SKUs, product names and contract signing dates are
  ``none`` (tag ``decoy``);
* the coordinates of a consumer's earliest known ancestor's place of origin are ``none`` (a place, not where the person
  is); the hash of a raw genotype file is ``none``;
* a baby's date of birth at a cord-blood bank (``BabyDob``, ``dataNascimentoBebe``, ``ημερομηνία_τοκετού`` the date of
  delivery) is ``date_of_birth``; an estimated due date, a retrieval, transfer, insemination, collection and payment
  date are ``none``; a partner's date of birth is ``date_of_birth``; an unborn or newborn baby's given name
  (``nomeBebe``) is ``first_name``;
* embryologists, physicians, phlebotomists, case managers, genetic counsellors, escrow officers, collectors,
  coordinators and nurses are staff (``person_name``, tag ``staff``); a partner, a spouse, a husband, intended parents,
  an emergency contact, a next of kin, a contact person, a GP (``hausarzt``), a mother's obstetrician and a closest DNA
  match are personal (tag ``role_word``);
* the Greek ``πατρώνυμο`` (the father's given name) is ``first_name``; a Brazilian UF, a Canadian province, an
  Australian state and a US county are ``none``;
* a maternity unit's, law firm's, escrow agency's, referring clinic's and laboratory's names and phones, a South
  African practice number and a Japanese medical institution are ``none`` (tag ``business``);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); a DNA
  service's username is ``unclassified`` (tag ``username``); its public display name is ``person_name``;
* numeric dates of birth (``YYYYMMDD``, ``CYYMMDD``) and a ``dd/mm/yyyy`` string in an opaque column are
  ``date_of_birth``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v108_values`, written for v108 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v108 [PATH]`` (default ``/tmp/heldout_v108.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v108``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from stdnum.gr import vat as _afm

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v108_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v108_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v108.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # embryologists, counsellors, nurses, officers (few distinct)
ROLE = "role_word"  # a role word (partner, spouse, intended parent, emergency contact, next of kin ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PSEUDO = "pseudonym"  # a programme's pseudonymised code for a donor or carrier (none)


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
            return v.any_email(g, lang)
        return v.whole(g, lang)
    return g.col(one, null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _cyymmdd(d: date | None) -> int:
    return 0 if d is None else (d.year // 100 - 19) * 1_000_000 + (d.year % 100) * 10_000 + d.month * 100 + d.day


def _afm_number(g: Gen) -> str:
    return g.valid(lambda: str(g.rnd.randint(0, 1)) + g.digits(8), lambda x: _afm.is_valid(x) and x != "000000000")


# -- English-named tables ----------------------------------------------------------------------------------------------


def us_ivf_cycles(g: Gen) -> Table:
    """A Rochester (New York) fertility clinic's IVF treatment cycles (snake case)."""
    pairs = [v.person(g, "us", True) for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_NY) for _ in range(g.rows)]
    embryologists = _staff(g, 4, "us")
    physicians = _staff(g, 5, "us")
    practices = [(name, g.phone("US", "national", False)) for name in
                 ("Lakeside Women's Health", "Pittsford OB/GYN Associates", "Elmwood Midwifery Group")]
    prac = [g.rnd.randrange(len(practices)) for _ in range(g.rows)]
    has_partner = [g.rnd.random() < 0.75 for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Husband {v.given(g)} gave sample on site", "Freeze-all, OHSS risk",
                             f"Pt asked that her sister {v.whole(g)} be called with results", "Cancelled, poor response",
                             "Two blastocysts vitrified"])

    return Table("gvrm_ivf.treatment_cycles", "en", "snake", [
        c("cycle_id", N, "BIGINT", g.keys(41_001), "decoy", KEY),
        c("cycle_number", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE),
        c("patient_first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("patient_last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("patient_dob", "date_of_birth", "DATE", g.births(1980, 2000)),
        c("patient_ssn", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.7), 0.6), HEAVY),
        c("partner_name", "person_name", "VARCHAR", [v.whole(g) if p else None for p in has_partner], ROLE),
        c("partner_dob", "date_of_birth", "DATE", [g.birth(1972, 1999) if p else None for p in has_partner], ROLE),
        c("home_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.US_NY_STREETS), 0.05)),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("county", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("zip", "postal_code", "VARCHAR", [p[2] + g.digits(2) for p in places]),
        c("cell_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.9, 0.05)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["us"]) if g.rnd.random() < 0.9 else None
                                        for a, b in pairs]),
        c("diagnosis", N, "VARCHAR", g.col(g.pick(v.DIAGNOSES)), "decoy"),
        c("protocol", N, "VARCHAR", g.col(g.pick(v.PROTOCOLS)), "decoy"),
        c("booking_ref", N, "VARCHAR", g.col(lambda: g.code("BK-99999-AA"), 0.1), "decoy", SHAPE),
        c("retrieval_date", N, "DATE", g.days("2024-06-01", "2025-11-30", 0.15), "decoy"),
        c("oocytes_retrieved", N, "INTEGER", g.ints(0, 28, 0.15), "decoy"),
        c("embryologist", "person_name", "VARCHAR", g.col(g.pick(embryologists)), STAFF),
        c("physician", "person_name", "VARCHAR", g.col(g.pick(physicians)), STAFF),
        c("referring_practice", N, "VARCHAR", [practices[i][0] for i in prac], "business"),
        c("referring_practice_phone", N, "VARCHAR", [practices[i][1] for i in prac], "business"),
        c("card_on_file", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.55), HEAVY),
        c("misc_2", "free_text", "VARCHAR", _custom(g, "US", "us"), CUSTOM),
        c("cycle_notes", "free_text", "VARCHAR", g.sparse(note, 0.75, _words()), NULLWORD),
    ])


def gb_cord_kits(g: Gen) -> Table:
    """A Surrey private cord-blood bank's collection kits (Pascal case)."""
    pairs = [v.person(g, "gb", True) for _ in range(g.rows)]
    places = [g.rnd.choice(v.GB_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 6, "gb")
    units = [(name, g.phone("GB", "national", False)) for name in
             ("Royal Surrey Maternity", "St Helier Birth Centre", "Frimley Park Labour Ward", "East Surrey Maternity")]
    unit = [g.rnd.randrange(len(units)) for _ in range(g.rows)]
    due = [g.day("2025-01-01", "2025-12-31") for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Collected by midwife, courier booked", f"Dad ({v.given(g, 'gb')}) dropped kit at unit",
                             "Twins: two kits", f"Call grandmother {v.whole(g, 'gb')} if no answer",
                             "Low volume, processed anyway"])

    return Table("SurreyCordVault.CollectionKits", "en", "pascal", [
        c("KitId", N, "BIGINT", g.keys(900_001), "decoy", KEY),
        c("KitNumber", N, "VARCHAR", g.col(lambda: v.nhs_decoy(g)), "decoy", SHAPE),
        c("MotherFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("MotherSurname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("MotherDob", "date_of_birth", "DATE", g.births(1982, 2003)),
        c("MotherNhsNumber", "national_id", "VARCHAR", g.col(lambda: v.nhs(g), 0.15)),
        c("PartnerName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "gb"), 0.2), ROLE),
        c("BabyDob", "date_of_birth", "DATE", [d if g.rnd.random() < 0.8 else None for d in due]),
        c("HomeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GB_STREETS, "gb"))),
        c("Town", "city", "VARCHAR", [p[0] for p in places]),
        c("Postcode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9AA')}" for p in places]),
        c("MobilePhone", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "e164": 0.2})),
        c("Email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["gb"]) for a, b in pairs]),
        c("EstimatedDueDate", N, "DATE", due, "decoy"),
        c("MaternityUnit", N, "VARCHAR", [units[i][0] for i in unit], "business"),
        c("MaternityUnitPhone", N, "VARCHAR", [units[i][1] for i in unit], "business"),
        c("Phlebotomist", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("CourierTrackingNo", N, "VARCHAR", g.col(lambda: g.code("AA999999999GB"), 0.1), "decoy", SHAPE),
        c("StorageTank", N, "VARCHAR", g.col(lambda: g.code("T9-R99-P99")), "decoy"),
        c("ProductSku", N, "VARCHAR", g.col(g.pick(["SCV-CB-25Y", "SCV-CB-TIS-25Y", "SCV-CB-LIFE", "SCV-FAM-02"])),
          "decoy", SHAPE),
        c("PlanType", N, "VARCHAR", g.col(g.pick(["25 years", "Lifetime", "Annual", "Family"])), "decoy"),
        c("MonthlyFee", N, "DECIMAL(8,2)", g.amounts(9.0, 45.0), "decoy"),
        c("Udf03", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
        c("CollectionNotes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("none")), NULLWORD),
    ])


def ca_surrogacy(g: Gen) -> Table:
    """A British Columbia surrogacy agency's gestational carrier applications (camel case)."""
    pairs = [v.person(g, "ca", True) for _ in range(g.rows)]
    places = [g.rnd.choice(v.CA_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "ca")
    firms = [(name, g.phone("CA", "national", False)) for name in
             ("Harbourview Fertility Law", "Okanagan Family Law LLP", "Cascadia Reproductive Law")]
    firm = [g.rnd.randrange(len(firms)) for _ in range(g.rows)]
    couple = [g.rnd.random() < 0.7 for _ in range(g.rows)]
    return Table("coastSurrogacy.carrierApplications", "en", "camel", [
        c("applicationId", N, "BIGINT", g.keys(5_001), "decoy", KEY),
        c("carrierCode", N, "VARCHAR", g.col(lambda: g.code("GC-25-9999")), "decoy", PSEUDO, SHAPE),
        c("carrierFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("carrierLastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("carrierDob", "date_of_birth", "DATE", g.births(1984, 2002)),
        c("carrierSin", "ssn", "VARCHAR", g.col(lambda: v.ca_sin(g), 0.3)),
        c("carrierPhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.6, "dashes": 0.2, "e164": 0.2})),
        c("carrierEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ca"]) for a, b in pairs]),
        c("streetAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca"))),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("province", N, "VARCHAR", ["BC"] * g.rows, "decoy"),
        c("postalCode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9A9')}" for p in places]),
        c("spouseName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca", False), 0.35), ROLE),
        c("intendedParent1Name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca")), ROLE),
        c("intendedParent2Name", "person_name", "VARCHAR", [v.whole(g, "ca") if x else None for x in couple], ROLE),
        c("ipCountry", N, "VARCHAR", g.col(g.pick(["Canada", "France", "Australia", "Israel", "Spain"])), "decoy"),
        c("emergencyContactName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.1), ROLE),
        c("emergencyContactPhone", "phone", "VARCHAR", g.phones("CA", {"national": 1.0}, 0.9, 0.1), ROLE),
        c("caseManager", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("reimbursementRef", N, "VARCHAR", g.col(lambda: v.luhn_decoy(g, 9)), "decoy", SHAPE),
        c("contractSignedDate", N, "DATE", g.days("2024-03-01", "2025-11-30", 0.3), "decoy"),
        c("bmi", N, "DOUBLE", g.floats(19.0, 33.0, 1), "decoy"),
        c("priorDeliveries", N, "INTEGER", g.ints(1, 4), "decoy"),
        c("lawFirm", N, "VARCHAR", [firms[i][0] for i in firm], "business"),
        c("lawFirmPhone", N, "VARCHAR", [firms[i][1] for i in firm], "business"),
        c("customField2", "free_text", "VARCHAR", _custom(g, "CA", "ca"), CUSTOM),
    ])


def za_genetic_lab(g: Gen) -> Table:
    """A Cape Town genetic testing laboratory's test requisitions (SCREAMING case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.65
        a, b = v.person(g, "za", female)
        born = g.birth(1960, 2005)
        rows.append((a, b, born, v.za_id(g, born, female), female))
    places = [g.rnd.choice(v.ZA_CITIES) for _ in range(g.rows)]
    doctors = _staff(g, 7, "za")
    counsellors = _staff(g, 3, "za")
    practices = [g.digits(7) for _ in range(6)]
    return Table("GENOMIX_ZA.TEST_REQUISITIONS", "en", "screaming", [
        c("REQUISITION_NO", N, "VARCHAR", g.col(lambda: v.za_id_decoy(g)), "decoy", SHAPE),
        c("PATIENT_SURNAME", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("PATIENT_FIRST_NAMES", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("ID_NUMBER", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.85 else None for r in rows]),
        c("DATE_OF_BIRTH", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("GENDER", N, "VARCHAR", ["F" if r[4] else "M" for r in rows], "decoy"),
        c("CELL_NO", "phone", "VARCHAR", g.phones("ZA", {"national": 0.7, "e164": 0.3}, 0.95, 0.05)),
        c("EMAIL_ADDRESS", "email", "VARCHAR", [None if g.rnd.random() < 0.55 else
                                                v.email_of(g, r[0], r[1], v.DOMAINS["za"]) for r in rows], HEAVY),
        c("PHYSICAL_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ZA_STREETS, "za"), 0.1)),
        c("TOWN", "city", "VARCHAR", [p[0] for p in places]),
        c("POSTAL_CODE", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("MEDICAL_AID_SCHEME", N, "VARCHAR", g.col(g.pick(["Discovery", "Bonitas", "GEMS", "Momentum", "Private"])),
          "decoy"),
        c("MEDICAL_AID_NO", N, "VARCHAR", g.col(lambda: g.digits(9), 0.2), "decoy", SHAPE),
        c("TEST_PANEL", N, "VARCHAR", g.col(g.pick(["BRCA1/2", "Expanded carrier screen", "Cystic fibrosis",
                                                    "Familial hypercholesterolaemia", "Karyotype", "NIPT"])), "decoy"),
        c("SPECIMEN_TYPE", N, "VARCHAR", g.col(g.pick(["EDTA blood", "Buccal swab", "Saliva"])), "decoy"),
        c("REFERRING_DOCTOR", "person_name", "VARCHAR", g.col(g.pick(["Dr " + d for d in doctors])), STAFF),
        c("PRACTICE_NO", N, "VARCHAR", g.col(g.pick(practices)), "business", SHAPE),
        c("GENETIC_COUNSELLOR", "person_name", "VARCHAR", g.col(g.pick(counsellors)), STAFF),
        c("NEXT_OF_KIN_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "za"), 0.25), ROLE),
        c("NEXT_OF_KIN_CELL", "phone", "VARCHAR", g.phones("ZA", {"national": 1.0}, 1.0, 0.3), ROLE),
        c("RESULT_STATUS", N, "VARCHAR", g.col(g.pick(["Pending", "Reported", "Variant of uncertain significance",
                                                       "No pathogenic variant"])), "decoy"),
        c("EXPORT_PERMIT_NO", N, "VARCHAR", g.col(lambda: g.code("J-25/9999"), 0.6), "decoy", SHAPE),
        c("DATE_RECEIVED", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy"),
        c("CUSTOM_FIELD_3", "free_text", "VARCHAR", _custom(g, "ZA", "za"), CUSTOM),
    ])


def ie_donor_recipients(g: Gen) -> Table:
    """A Cork fertility clinic's donor-sperm recipient register (abbreviated snake case)."""
    pairs = [v.person(g, "ie", True) for _ in range(g.rows)]
    places = [g.rnd.choice(v.IE_CITIES) for _ in range(g.rows)]
    consultants = _staff(g, 3, "ie")
    nurses = _staff(g, 5, "ie")
    partnered = [g.rnd.random() < 0.6 for _ in range(g.rows)]
    gps = ["Douglas Medical Centre", "Bishopstown Family Practice", "Mallow Primary Care"]

    def note() -> str:
        return g.rnd.choice([f"Partner {v.given(g, 'ie')} attended counselling", "Donor sibling request noted",
                             "IUI postponed, cyst", f"Mother {v.whole(g, 'ie')} to collect from clinic"])

    return Table("cfc_donor.rcp_reg", "en", "abbrev", [
        c("rcp_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("rcp_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("rcp_snm", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
        c("rcp_dob", "date_of_birth", "DATE", g.births(1980, 2001), ABBREV),
        c("rcp_ppsn", "ssn", "VARCHAR", g.col(lambda: v.pps(g), 0.55), HEAVY, ABBREV),
        c("rcp_addr", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IE_STREETS, "ie")), ABBREV),
        c("rcp_twn", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("rcp_eirc", "postal_code", "VARCHAR", [f"{p[1]} {g.code('A9AA')}" for p in places], ABBREV),
        c("rcp_mob", "phone", "VARCHAR", g.phones("IE", {"national": 0.7, "e164": 0.3}), ABBREV),
        c("rcp_eml", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ie"]) for a, b in pairs], ABBREV),
        c("ptnr_nm", "person_name", "VARCHAR", [v.whole(g, "ie") if p else None for p in partnered], ROLE, ABBREV),
        c("ptnr_mob", "phone", "VARCHAR", [g.phone("IE", "national") if p else None for p in partnered], ROLE,
          ABBREV),
        c("dnr_cd", N, "VARCHAR", g.col(lambda: g.code("DK-9999") if g.rnd.random() < 0.5 else g.code("US-99999")),
          "decoy", PSEUDO),
        c("dnr_bld_grp", N, "VARCHAR", g.col(g.pick(v.BLOOD)), "decoy", ABBREV),
        c("strw_cnt", N, "INTEGER", g.ints(1, 6), "decoy", ABBREV),
        c("iui_dt", N, "DATE", g.days("2025-01-01", "2025-11-30", 0.2), "decoy", ABBREV),
        c("cons_nm", "person_name", "VARCHAR", g.col(g.pick(consultants)), STAFF, ABBREV),
        c("nrs_nm", "person_name", "VARCHAR", g.col(g.pick(nurses)), STAFF, ABBREV),
        c("gp_prac", N, "VARCHAR", g.col(g.pick(gps)), "business", ABBREV),
        c("ms_nt", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil")), NULLWORD, ABBREV),
    ])


def us_escrow_cobol(g: Gen) -> Table:
    """A Minnesota surrogacy escrow administrator's COBOL payment extract (padded CHAR, numbers for dates)."""
    agencies = [("NORTHSTAR SURROGACY PARTNERS", g.phone("US", "digits", False)),
                ("LAKES GESTATIONAL SERVICES", g.phone("US", "digits", False)),
                ("PRAIRIE FAMILY BUILDING INC", g.phone("US", "digits", False))]
    ag = [g.rnd.randrange(len(agencies)) for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_MN) for _ in range(g.rows)]
    carriers = [v.person(g, "us", True) for _ in range(g.rows)]
    officers = _staff(g, 3, "us")
    two = [g.rnd.random() < 0.35 for _ in range(g.rows)]
    return Table("NSTESCRW.GC_COMP_PMT_EXTRACT", "en", "cobol", [
        c("GC-PMT-NO", N, "VARCHAR", g.col(lambda: g.code("P25999999")), "decoy", SHAPE, LEGACY),
        c("GC-CARRIER-LAST-NM", "last_name", "VARCHAR", _pad([b.upper() for _, b in carriers], 20), LEGACY),
        c("GC-CARRIER-FIRST-NM", "first_name", "VARCHAR", _pad([a.upper() for a, _ in carriers], 15), LEGACY),
        c("GC-CARRIER-DOB", "date_of_birth", "INTEGER", [_ymd(g.birth(1983, 2002)) for _ in range(g.rows)], LEGACY),
        c("GC-CARRIER-SSN", "ssn", "BIGINT", [int(v.us_ssn(g, False)) if g.rnd.random() < 0.8 else 0
                                              for _ in range(g.rows)], LEGACY),
        c("GC-CARRIER-PHONE", "phone", "BIGINT", [int(g.phone("US", "digits")) if g.rnd.random() < 0.85 else 0
                                                  for _ in range(g.rows)], LEGACY),
        c("GC-CARRIER-ADDR", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.US_MN_STREETS).upper()),
                                                              30), LEGACY),
        c("GC-CARRIER-CITY", "city", "VARCHAR", _pad([p[0].upper() for p in places], 18), LEGACY),
        c("GC-CARRIER-ZIP", "postal_code", "INTEGER", [int(p[1] + g.digits(2)) for p in places], LEGACY),
        c("GC-IP1-NAME", "person_name", "VARCHAR", _pad(g.col(lambda: v.whole(g).upper()), 30), ROLE, LEGACY),
        c("GC-IP2-NAME", "person_name", "VARCHAR", _pad([v.whole(g).upper() if t else None for t in two], 30), ROLE,
          HEAVY, LEGACY),
        c("GC-PMT-TYPE", N, "VARCHAR", g.col(g.pick(["BASE", "MAT", "LOST WAGES", "MOCK", "TRANSFER FEE"])), "decoy",
          LEGACY),
        c("GC-PMT-AMT", N, "DECIMAL(9,2)", g.amounts(150.0, 4_500.0), "decoy", LEGACY),
        c("GC-PMT-DT", N, "INTEGER", [_ymd(g.day("2024-01-01", "2025-11-30")) for _ in range(g.rows)], "decoy",
          LEGACY),
        c("GC-ACH-TRACE", N, "VARCHAR", g.col(lambda: "0" + g.digits(14)), "decoy", SHAPE, LEGACY),
        c("GC-AGENCY-NM", N, "VARCHAR", _pad([agencies[i][0] for i in ag], 30), "business", LEGACY),
        c("GC-AGENCY-PHONE", N, "BIGINT", [int(agencies[i][1]) for i in ag], "business", LEGACY),
        c("GC-ESCROW-OFFICER", "person_name", "VARCHAR", _pad(g.col(g.pick([o.upper() for o in officers])), 25),
          STAFF, LEGACY),
        c("GC-USR-FLD-1", "free_text", "VARCHAR", _pad(_custom(g, "US", "us"), 40), CUSTOM, LEGACY),
    ])


def in_nipt_staging(g: Gen) -> Table:
    """A Hyderabad prenatal screening laboratory's NIPT orders, landed as an opaque staging table."""
    def dob() -> str:
        d = g.birth(1985, 2004)
        return f"{d.day:02d}/{d.month:02d}/{d.year}"

    pairs = [v.person(g, "in", True) for _ in range(g.rows)]
    places = [g.rnd.choice(v.IN_CITIES) for _ in range(g.rows)]
    hospitals = ["Rainbow Maternity, Banjara Hills", "Sri Sai Fertility Centre", "Kamineni Women's Clinic"]
    return Table("stg_genomics.src_nipt_raw", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs], OPAQUE),
        c("col03", "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g, g.rnd.random() < 0.5), 0.55), OPAQUE, HEAVY),
        c("col04", "national_id", "VARCHAR", [v.pan(g, b) if g.rnd.random() < 0.7 else None for _, b in pairs],
          OPAQUE),
        c("col05", "date_of_birth", "VARCHAR", g.col(dob), OPAQUE),
        c("col06", "phone", "VARCHAR", g.phones("IN", {"e164": 0.5, "intl": 0.3, "national": 0.2}), OPAQUE),
        c("col07", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["in"]) if g.rnd.random() < 0.8 else None
                                        for a, b in pairs], OPAQUE),
        c("col08", N, "VARCHAR", g.col(lambda: v.aadhaar_decoy(g)), "decoy", SHAPE, OPAQUE),
        c("col09", N, "INTEGER", g.ints(10, 22), "decoy", OPAQUE),
        c("col10", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "in", False), 0.1), OPAQUE),
        c("col11", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IN_STREETS, "in"), 0.1), OPAQUE),
        c("col12", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col13", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places], OPAQUE),
        c("col14", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c("col15", N, "VARCHAR", g.col(g.pick(["Low risk", "High risk T21", "High risk T18", "No call", "Pending"])),
          "decoy", OPAQUE),
        c("col16", N, "VARCHAR", g.col(g.pick(hospitals)), "business", OPAQUE),
        c("col17", "free_text", "VARCHAR", _custom(g, "IN", "in"), CUSTOM, OPAQUE),
        c("col18", N, "TIMESTAMP", g.moments("2025-09-01", "2025-11-30"), "decoy", OPAQUE),
    ])


def au_dna_kits(g: Gen) -> Table:
    """A Melbourne consumer DNA and ancestry service's kit activations (snake case)."""
    pairs = [v.person(g, "au") for _ in range(g.rows)]
    places = [g.rnd.choice(v.AU_CITIES) for _ in range(g.rows)]
    matched = [g.rnd.random() < 0.35 for _ in range(g.rows)]
    origins = [(53.35, -6.26), (55.95, -3.19), (37.98, 23.73), (38.12, 13.36), (21.03, 105.85), (51.51, -0.13),
               (35.34, 25.13), (52.52, 13.40)]
    origin = [g.rnd.choice(origins) if g.rnd.random() < 0.7 else None for _ in range(g.rows)]

    def uname(a: str, b: str) -> str:
        return g.rnd.choice([f"{v.plain(a)}{g.rnd.randint(1, 999)}", f"{v.plain(b)}_roots",
                             f"{v.plain(a)[:3]}{v.plain(b)[:4]}{g.rnd.randint(60, 99)}", f"treehunter_{v.plain(b)}"])

    def note() -> str:
        return g.rnd.choice([f"Customer says match {v.whole(g, 'au')} is her half-brother", "Kit resent, tube leaked",
                             "Asked to delete raw data", f"Gift kit bought by {v.whole(g, 'au')}"])

    return Table("kinlines_app.kit_activations", "en", "snake", [
        c("activation_id", N, "BIGINT", g.keys(7_000_001), "decoy", KEY),
        c("kit_barcode", N, "VARCHAR", g.col(lambda: g.code("KL-9999-9999-99")), "decoy", SHAPE),
        c("username", USERNAME, "VARCHAR", [uname(a, b) for a, b in pairs], "username"),
        c("display_name", "person_name", "VARCHAR", [f"{a} {b[0]}." if g.rnd.random() < 0.4 else f"{a} {b}"
                                                     for a, b in pairs]),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["au"]) for a, b in pairs]),
        c("mobile", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "e164": 0.4}, 1.0, 0.6), HEAVY),
        c("date_of_birth", "date_of_birth", "DATE", g.births(1945, 2006)),
        c("state", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("postcode", "postal_code", "VARCHAR", [str(int(p[2]) + g.rnd.randint(0, 80)) for p in places]),
        c("suburb", "city", "VARCHAR", [p[0] for p in places]),
        c("signup_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25))),
        c("app_version", N, "VARCHAR", g.col(g.version), "decoy", SHAPE),
        c("y_haplogroup", N, "VARCHAR", g.col(g.pick(v.HAPLO_Y), 0.5), "decoy"),
        c("mt_haplogroup", N, "VARCHAR", g.col(g.pick(v.HAPLO_MT)), "decoy"),
        c("ethnicity_top", N, "VARCHAR", g.col(g.pick(["Irish 41%", "English 38%", "Greek 62%", "Vietnamese 88%",
                                                       "Italian 55%", "Scottish 27%"])), "decoy"),
        c("dna_match_count", N, "INTEGER", g.ints(0, 2_400), "decoy"),
        c("closest_match_name", "person_name", "VARCHAR", [v.whole(g, "au") if m else None for m in matched], ROLE,
          HEAVY),
        c("ancestor_origin_lat", N, "DOUBLE", [None if o is None else o[0] for o in origin], "decoy"),
        c("ancestor_origin_lon", N, "DOUBLE", [None if o is None else o[1] for o in origin], "decoy"),
        c("raw_data_sha256", N, "VARCHAR", g.col(g.sha256, 0.2), "decoy", SHAPE),
        c("product_name", N, "VARCHAR", g.col(g.pick(["KinLines Ancestry", "KinLines Ancestry + Traits",
                                                      "KinLines Health Plus"])), "decoy"),
        c("support_ticket_no", N, "VARCHAR", g.col(lambda: "ZD-" + g.digits(7), 0.6), "decoy", SHAPE),
        c("lab_batch", N, "VARCHAR", g.col(lambda: g.code("B25-999")), "decoy"),
        c("research_consent", N, "BOOLEAN", g.yn(True, False, 0.6), "decoy"),
        c("activated_at", N, "TIMESTAMP", g.moments("2024-11-01", "2025-11-30"), "decoy"),
        c("support_note", "free_text", "VARCHAR", g.sparse(note, 0.85, _words()), NULLWORD),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def de_samenbank(g: Gen) -> Table:
    """A Munich sperm bank's donor master (German, snake case)."""
    pairs = [v.person(g, "de", False) for _ in range(g.rows)]
    places = [g.rnd.choice(v.DE_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "de")

    def bban() -> str:
        return g.rnd.choice(["70150000", "70020270", "70090100", "70169464"]) + g.digits(10)

    def bemerkung() -> str:
        return g.rnd.choice(["Spermiogramm unauffällig", f"Mutter {v.whole(g, 'de')} ruft bei Terminen an",
                             "Pause wegen Auslandssemester", f"Bruder {v.given(g, 'de')} ebenfalls angefragt"])

    return Table("samenbank_isar.spender_stammdaten", "de", "snake", [
        c("spender_id", N, "BIGINT", g.keys(3_001), "decoy", KEY),
        c("spendernummer", N, "VARCHAR", g.col(lambda: g.code("ISR-9999")), "decoy", PSEUDO, SHAPE),
        c("vorname", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("nachname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("geburtsdatum", "date_of_birth", "DATE", g.births(1983, 2005)),
        c("steuer_id", "national_id", "VARCHAR", g.col(lambda: v.steuer_id(g), 0.1)),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DE", bban, g.rnd.random() < 0.5), 0.1)),
        c("telefon_mobil", "phone", "VARCHAR", g.phones("DE", {"national": 0.6, "intl": 0.4})),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["de"]) for a, b in pairs]),
        c("strasse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.DE_STREETS, "de"))),
        c("plz", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("wohnort", "city", "VARCHAR", [p[0] for p in places]),
        c("blutgruppe", N, "VARCHAR", g.col(g.pick(v.BLOOD)), "decoy"),
        c("augenfarbe", N, "VARCHAR", g.col(g.pick(["blau", "braun", "grün", "grau"])), "decoy"),
        c("koerpergroesse_cm", N, "INTEGER", g.ints(168, 198), "decoy"),
        c("beruf", N, "VARCHAR", g.col(g.pick(["Student", "Ingenieur", "Pfleger", "Informatiker", "Schreiner"])),
          "decoy"),
        c("hausarzt", "person_name", "VARCHAR", g.col(lambda: "Dr. " + v.whole(g, "de"), 0.3), ROLE),
        c("notfallkontakt_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "de"), 0.2), ROLE),
        c("notfallkontakt_telefon", "phone", "VARCHAR", g.phones("DE", {"national": 1.0}, 0.7, 0.2), ROLE),
        c("aufnahme_datum", N, "DATE", g.days("2019-01-01", "2025-11-30"), "decoy"),
        c("laborleitung", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("zusatzfeld_2", "free_text", "VARCHAR", _custom(g, "DE", "de"), CUSTOM),
        c("bemerkung", "free_text", "VARCHAR", g.sparse(bemerkung, 0.75, _words("k.A.", "unbekannt")), NULLWORD),
    ])


def fr_cecos_as400(g: Gen) -> Table:
    """A Lyon gamete donation centre's AS/400 donor file (French, ``CC`` prefix, CYYMMDD)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "fr", female)
        born = g.birth(1980, 2002)
        rows.append((a, b, born, v.nir(g, born, female), female))
    places = [g.rnd.choice(v.FR_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "fr")

    def bban() -> str:
        return g.rnd.choice(["30004", "10096", "17806", "30002"]) + g.digits(5) + g.digits(11) + g.digits(2)

    return Table("CECOSLYO.CCDONP", "fr", "as400", [
        c("CCNDOS", N, "DECIMAL(9,0)", g.keys(200_000_001), "decoy", KEY, LEGACY),
        c("CCNOMU", "last_name", "VARCHAR", _pad([r[1].upper() for r in rows], 25), LEGACY),
        c("CCNOMN", "last_name", "VARCHAR", _pad([v.person(g, "fr")[1].upper() if r[4] and g.rnd.random() < 0.6
                                                  else None for r in rows], 25), LEGACY, HEAVY),
        c("CCPRNM", "first_name", "VARCHAR", _pad([r[0].upper() for r in rows], 20), LEGACY),
        c("CCDNAI", "date_of_birth", "DECIMAL(7,0)", [_cyymmdd(r[2]) for r in rows], LEGACY),
        c("CCNIR", "ssn", "VARCHAR", [r[3] if g.rnd.random() < 0.9 else None for r in rows], LEGACY),
        c("CCADR1", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.FR_STREETS, "fr").upper()), 32),
          LEGACY),
        c("CCCPOS", "postal_code", "DECIMAL(5,0)", [int(p[1]) for p in places], LEGACY),
        c("CCVILL", "city", "VARCHAR", _pad([p[0].upper() for p in places], 26), LEGACY),
        c("CCTELF", "phone", "DECIMAL(10,0)", [int(g.phone("FR", "digits", g.rnd.random() < 0.8))
                                               if g.rnd.random() < 0.85 else 0 for _ in rows], LEGACY),
        c("CCMAIL", "email", "VARCHAR", _pad([v.email_of(g, r[0], r[1], v.DOMAINS["fr"]) if g.rnd.random() < 0.7
                                              else None for r in rows], 40), LEGACY),
        c("CCTYPD", N, "VARCHAR", ["OVO" if r[4] else "SPZ" for r in rows], "decoy", LEGACY),
        c("CCCODA", N, "VARCHAR", g.col(lambda: g.code("LY99A999")), "decoy", PSEUDO, LEGACY),
        c("CCDDON", N, "DECIMAL(7,0)", [_cyymmdd(g.day("2022-01-01", "2025-11-30")) for _ in rows], "decoy", LEGACY),
        c("CCNBPA", N, "DECIMAL(3,0)", g.ints(0, 40), "decoy", LEGACY),
        c("CCCONJ", "person_name", "VARCHAR", _pad(g.col(lambda: v.whole(g, "fr").upper(), 0.55), 30), ROLE, HEAVY,
          LEGACY),
        c("CCBIOL", "person_name", "VARCHAR", _pad(g.col(g.pick([s.upper() for s in staff])), 30), STAFF, LEGACY),
        c("CCIBAN", "iban", "VARCHAR", g.col(lambda: v.iban(g, "FR", bban), 0.4), LEGACY),
        c("CCLABO", N, "VARCHAR", _pad(["CECOS HCL FEMME MERE ENFANT"] * g.rows, 30), "business", LEGACY),
        c("CCUDF2", "free_text", "VARCHAR", _pad(_custom(g, "FR", "fr"), 40), CUSTOM, LEGACY),
    ])


def br_cordao(g: Gen) -> Table:
    """A São Paulo cord-blood bank's storage contracts (Brazilian Portuguese, camel case)."""
    pairs = [v.person(g, "br", True) for _ in range(g.rows)]
    places = [g.rnd.choice(v.BR_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "br")
    fathers = [g.rnd.random() < 0.45 for _ in range(g.rows)]
    due = [g.day("2025-01-01", "2026-03-31") for _ in range(g.rows)]
    born = [d if d < date(2025, 11, 30) and g.rnd.random() < 0.9 else None for d in due]
    babies = ["Helena", "Miguel", "Alice", "Arthur", "Laura", "Gael", "Cecília", "Théo", "Maitê", "Bernardo"]

    def obs() -> str:
        return g.rnd.choice(["Parto cesárea agendado", f"Avó {v.whole(g, 'br')} autorizada a receber o kit",
                             "Coleta não realizada, parto prematuro", f"Ligar para o marido {v.given(g, 'br')}"])

    return Table("celulaViva.contratosCordao", "pt", "camel", [
        c("idContrato", N, "BIGINT", g.keys(60_001), "decoy", KEY),
        c("numeroContrato", N, "VARCHAR", g.col(lambda: g.code("CV-2025-999999")), "decoy", SHAPE),
        c("nomeGestante", "person_name", "VARCHAR", [f"{a} {b} {v.person(g, 'br')[1]}" for a, b in pairs]),
        c("cpfGestante", "national_id", "VARCHAR", g.col(lambda: v.cpf(g, g.rnd.random() < 0.7), 0.05)),
        c("dataNascimentoGestante", "date_of_birth", "DATE", g.births(1982, 2004)),
        c("nomePai", "person_name", "VARCHAR", [v.whole(g, "br") if f else None for f in fathers], ROLE, HEAVY),
        c("cpfPai", "national_id", "VARCHAR", [v.cpf(g) if f and g.rnd.random() < 0.8 else None for f in fathers],
          ROLE, HEAVY),
        c("celular", "phone", "VARCHAR", g.phones("BR", {"national": 0.7, "e164": 0.3}, 0.95)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["br"]) for a, b in pairs]),
        c("logradouro", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.BR_STREETS, "br"))),
        c("cidade", "city", "VARCHAR", [p[0] for p in places]),
        c("uf", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("cep", "postal_code", "VARCHAR", [f"{p[2]}{g.digits(3)}-{g.digits(3)}" for p in places]),
        c("dataPrevistaParto", N, "DATE", due, "decoy"),
        c("dataNascimentoBebe", "date_of_birth", "DATE", born),
        c("nomeBebe", "first_name", "VARCHAR", [g.rnd.choice(babies) if b and g.rnd.random() < 0.75 else None
                                                for b in born]),
        c("maternidade", N, "VARCHAR", g.col(g.pick(["Maternidade Pro Matre", "Hospital Santa Joana",
                                                     "Maternidade São Luiz Star"])), "business"),
        c("obstetra", "person_name", "VARCHAR", g.col(lambda: "Dr(a). " + v.whole(g, "br"), 0.1), ROLE),
        c("coletor", "person_name", "VARCHAR", g.col(g.pick(staff), 0.1), STAFF),
        c("planoArmazenamento", N, "VARCHAR", g.col(g.pick(["Anual", "20 anos", "Vitalício"])), "decoy"),
        c("valorAnuidade", N, "DECIMAL(8,2)", g.amounts(650.0, 1_900.0), "decoy"),
        c("campoLivre2", "free_text", "VARCHAR", _custom(g, "BR", "br"), CUSTOM),
        c("observacoes", "free_text", "VARCHAR", g.sparse(obs, 0.75, _words("não informado")), NULLWORD),
    ])


def dk_saedbank(g: Gen) -> Table:
    """An Aarhus sperm bank's straw orders from recipients (Danish, Pascal case)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "da", True)
        born = g.birth(1978, 2004)
        rows.append((a, b, born, v.cpr(g, born, g.rnd.random() < 0.6)))
    places = [g.rnd.choice(v.DK_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "da")
    clinics = [(name, g.phone("DK", "national", False)) for name in
               ("Fertilitetsklinikken Aarhus", "Trianglen Fertilitet", "Stork Klinik Odense")]
    clinic = [g.rnd.randrange(len(clinics)) for _ in range(g.rows)]
    return Table("Saedbank.Bestillinger", "da", "pascal", [
        c("BestillingId", N, "BIGINT", g.keys(120_001), "decoy", KEY),
        c("Ordrenummer", N, "VARCHAR", g.col(lambda: v.cpr_decoy(g)), "decoy", SHAPE),
        c("Fornavn", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("Efternavn", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("Cpr", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("Foedselsdato", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("Mobil", "phone", "VARCHAR", g.phones("DK", {"national": 0.6, "e164": 0.4})),
        c("Email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["da"]) for r in rows]),
        c("Adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.DK_STREETS, "da"))),
        c("Postnr", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("Bynavn", "city", "VARCHAR", [p[0] for p in places]),
        c("Partner", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "da"), 0.6), ROLE, HEAVY),
        c("DonorNummer", N, "VARCHAR", g.col(lambda: str(g.rnd.randint(1_000, 9_999))), "decoy", PSEUDO),
        c("DonorType", N, "VARCHAR", g.col(g.pick(["Anonym", "Ikke-anonym", "Udvidet profil"])), "decoy"),
        c("AntalStraa", N, "INTEGER", g.ints(1, 10), "decoy"),
        c("MotilitetMio", N, "INTEGER", g.col(g.pick([5, 10, 20, 30])), "decoy"),
        c("Klinik", N, "VARCHAR", [clinics[i][0] for i in clinic], "business"),
        c("KlinikTelefon", N, "VARCHAR", [clinics[i][1] for i in clinic], "business"),
        c("Sporingsnummer", N, "VARCHAR", g.col(lambda: g.code("00370999999999999999"), 0.1), "decoy", SHAPE),
        c("RefusionKonto", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DK", lambda: g.digits(14)), 0.6), HEAVY),
        c("Sagsbehandler", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("Fritekst2", "free_text", "VARCHAR", _custom(g, "DK", "da"), CUSTOM),
        c("Leveringsdato", N, "DATE", g.days("2025-01-01", "2025-12-15"), "decoy"),
    ])


def cz_darkyne(g: Gen) -> Table:
    """A Brno IVF centre's egg donors (Czech, snake case)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "cs", True)
        if b.endswith(("ý", "í")):
            b = b[:-1] + "á"
        elif not b.endswith("á"):
            b = b + "ová"
        born = g.birth(1991, 2004)
        rows.append((a, b, born, v.rodne_cislo(g, born, True, g.rnd.random() < 0.7)))
    places = [g.rnd.choice(v.CZ_CITIES) for _ in range(g.rows)]
    coordinators = _staff(g, 3, "cs")
    embryologists = _staff(g, 4, "cs")

    def bban() -> str:
        return g.rnd.choice(["0800", "0100", "0300", "2010", "5500"]) + "000000" + g.digits(10)

    def poznamka() -> str:
        return g.rnd.choice(["Stimulace bez komplikací", f"Přítel {v.given(g, 'cs')} ji doprovází",
                             "Odložit o jeden cyklus", f"Doporučila ji kamarádka {v.whole(g, 'cs')}"])

    return Table("ivf_brno.darkyne_oocytu", "cs", "snake", [
        c("id_darkyne", N, "BIGINT", g.keys(8_001), "decoy", KEY),
        c("kod_darkyne", N, "VARCHAR", g.col(lambda: g.code("D-999-AA")), "decoy", PSEUDO),
        c("jmeno", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("prijmeni", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("rodne_cislo", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("datum_narozeni", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("telefon", "phone", "VARCHAR", g.phones("CZ", {"national": 0.6, "intl": 0.4})),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["cs"]) for r in rows]),
        c("ulice", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CZ_STREETS, "cs"))),
        c("mesto", "city", "VARCHAR", [p[0] for p in places]),
        c("psc", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("cislo_uctu", "iban", "VARCHAR", g.col(lambda: v.iban(g, "CZ", bban, True), 0.2)),
        c("cislo_cyklu", N, "VARCHAR", g.col(lambda: v.rc_decoy(g)), "decoy", SHAPE),
        c("datum_odberu", N, "DATE", g.days("2024-01-01", "2025-11-30", 0.2), "decoy"),
        c("pocet_oocytu", N, "INTEGER", g.ints(3, 24, 0.2), "decoy"),
        c("krevni_skupina", N, "VARCHAR", g.col(g.pick(v.BLOOD)), "decoy"),
        c("barva_vlasu", N, "VARCHAR", g.col(g.pick(["blond", "hnědá", "černá", "zrzavá"])), "decoy"),
        c("vzdelani", N, "VARCHAR", g.col(g.pick(["SŠ", "VŠ", "VOŠ"])), "decoy"),
        c("pojistovna", N, "VARCHAR", g.col(g.pick(["111", "201", "205", "207", "211"])), "decoy"),
        c("kontaktni_osoba", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "cs"), 0.3), ROLE),
        c("koordinatorka", "person_name", "VARCHAR", g.col(g.pick(coordinators)), STAFF),
        c("embryolog", "person_name", "VARCHAR", g.col(g.pick(embryologists), 0.2), STAFF),
        c("poznamka", "free_text", "VARCHAR", g.sparse(poznamka, 0.78, _words("neuvedeno")), NULLWORD),
    ])


def ja_iden_kensa(g: Gen) -> Table:
    """A Fukuoka genetic testing clinic's examinee ledger (romanized Japanese column names, Japanese values)."""
    pairs = [v.person(g, "ja", True) for _ in range(g.rows)]
    places = [g.rnd.choice(v.JA_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "ja")

    def bikou() -> str:
        return g.rnd.choice(["結果説明は夫婦同席希望", f"夫の{v.person(g, 'ja', False)[0]}さんへ電話連絡済",
                             "再採血予定", f"紹介元の{v.whole(g, 'ja')}先生に報告"])

    return Table("iden_kensa_fukuoka.jukensha_daicho", "ja", "snake", [
        c("uketsuke_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("kentai_bangou", N, "VARCHAR", g.col(lambda: g.code("FK25-99999")), "decoy", SHAPE),
        c("shimei", "person_name", "VARCHAR", [f"{b} {a}" for a, b in pairs]),
        c("shimei_kana", "person_name", "VARCHAR", [f"{v.JA_KANA[b]} {v.JA_KANA[a]}" for a, b in pairs]),
        c("seinengappi", "date_of_birth", "DATE", g.births(1980, 2003)),
        c("my_number", "national_id", "VARCHAR", g.col(lambda: v.my_number(g), 0.7), HEAVY),
        c("keitai_bangou", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "e164": 0.2}, 0.85)),
        c("mail", "email", "VARCHAR", g.col(lambda: v.latin_email(g, "ja"), 0.25)),
        c("juusho", "street_address", "VARCHAR", g.col(g.pick(v.JA_STREETS))),
        c("shikuchouson", "city", "VARCHAR", [p[0] for p in places]),
        c("yuubin_bangou", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(4)}" for p in places]),
        c("haigusha_shimei", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ja"), 0.2), ROLE),
        c("kensa_koumoku", N, "VARCHAR", g.col(g.pick(["NIPT", "保因者検査", "遺伝性乳がん", "染色体検査"])), "decoy"),
        c("ninshin_shuusuu", N, "INTEGER", g.ints(10, 20, 0.4), "decoy"),
        c("iden_kaunseraa", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("irai_iryoukikan", N, "VARCHAR", g.col(g.pick(["天神レディースクリニック", "博多ARTクリニック",
                                                         "九州中央病院"])), "business"),
        c("jiyuu_koumoku_3", "free_text", "VARCHAR", _custom(g, "JP", "ja"), CUSTOM),
        c("bikou", "free_text", "VARCHAR", g.sparse(bikou, 0.75, _words("なし", "不明")), NULLWORD),
    ])


def gr_omfalikos(g: Gen) -> Table:
    """A Thessaloniki cord-blood bank's units (Greek script column names and values)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "el", True)
        born = g.birth(1980, 1999)
        rows.append((a, b, born, v.amka(g, born)))
    places = [g.rnd.choice(v.EL_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "el")
    fathers = v.NAMES["el"][0]

    def note() -> str:
        return g.rnd.choice(["Καισαρική, συλλογή επιτυχής", f"Ενημερώθηκε ο σύζυγος {v.given(g, 'el')}",
                             "Χαμηλός όγκος", f"Παραλαβή κιτ από {v.whole(g, 'el')}"])

    return Table("trapeza_omfalikou_thess.δείγματα_μονάδων", "el", "snake", [
        c("α_α", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("αριθμός_μονάδας", N, "VARCHAR", g.col(lambda: v.amka_decoy(g)), "decoy", SHAPE),
        c("επώνυμο_μητέρας", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("όνομα_μητέρας", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("πατρώνυμο", "first_name", "VARCHAR", g.col(g.pick(fathers), 0.1)),
        c("ΑΜΚΑ_μητέρας", "ssn", "VARCHAR", [r[3] if g.rnd.random() < 0.9 else None for r in rows]),
        c("ημερομηνία_γέννησης", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("ΑΦΜ", "national_id", "VARCHAR", g.col(lambda: _afm_number(g), 0.6), HEAVY),
        c("κινητό", "phone", "VARCHAR", g.phones("GR", {"national": 0.6, "e164": 0.4})),
        c("email", "email", "VARCHAR", g.col(lambda: v.latin_email(g, "el"), 0.2)),
        c("διεύθυνση", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.EL_STREETS, "el"))),
        c("πόλη", "city", "VARCHAR", [p[0] for p in places]),
        c("ΤΚ", "postal_code", "VARCHAR", [f"{p[1]} {g.digits(2)}" for p in places]),
        c("ημερομηνία_τοκετού", "date_of_birth", "DATE", g.days("2024-01-01", "2025-11-30")),
        c("όνομα_συζύγου", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "el", False), 0.15), ROLE),
        c("μαιευτήρας", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "el")), ROLE),
        c("μαία_συλλογής", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("μαιευτήριο", N, "VARCHAR", g.col(g.pick(["Γενική Κλινική Θεσσαλονίκης", "Μαιευτήριο Γένεσις",
                                                    "Κλινική Άγιος Λουκάς"])), "business"),
        c("όγκος_ml", N, "INTEGER", g.ints(40, 180), "decoy"),
        c("tnc_x10e8", N, "DOUBLE", g.floats(4.0, 25.0, 2), "decoy"),
        c("πρόσθετο_πεδίο_2", "free_text", "VARCHAR", _custom(g, "GR", "el"), CUSTOM),
        c("παρατηρήσεις", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("άγνωστο")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (us_ivf_cycles, 700), (gb_cord_kits, 500), (ca_surrogacy, 400), (za_genetic_lab, 600),
    (ie_donor_recipients, 350), (us_escrow_cobol, 500), (in_nipt_staging, 600), (au_dna_kits, 800),
    (de_samenbank, 250), (fr_cecos_as400, 450), (br_cordao, 600), (dk_saedbank, 500), (cz_darkyne, 300),
    (ja_iden_kensa, 300), (gr_omfalikos, 400),
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
