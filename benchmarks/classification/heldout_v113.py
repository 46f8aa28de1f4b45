"""Held-out set v113 for the column classifier: 15 tables of *domestic staffing and household employment* (nanny and
au pair agencies, babysitting and home cleaning platforms, live-in carers for families, household payroll services
where the employer is a family, household work permits), one system per table and each a different organisation,
eight with English column names and seven in other languages:

* ``tinytots_nannies.placements``: an Austin, Texas nanny agency's placements (snake case, the nanny's SSN, placement
  numbers shaped like SSNs failing the check, the parent employer, a portal login, ``misc_1``);
* ``sitterNest.bookings``: a Bristol babysitting platform's bookings (camel case, self-employed sitters' UTRs, DBS
  certificate numbers, parents, app versions, ``customField2``);
* ``LiveInCare.WorkPermitFiles``: a Vancouver immigration consultancy's files of caregivers applying for household
  work permits (Pascal case, temporary SINs, UCI and passport numbers, LMIA and work permit numbers, the family
  employer, ``Udf3``);
* ``AUPAIR_DOWNUNDER.HOST_MATCHES``: a Brisbane au pair agency's matches (SCREAMING case, TFN, passport numbers, visa
  grant numbers, host mother and father, the agency's ABN, ``CUSTOM_FIELD_1``);
* ``sparkle_ops.cln_job``: a Cork home cleaning platform's jobs (abbreviated: ``cust_fnm``, ``clnr_pps``,
  ``key_hldr_nm``; Eircodes, cards, IBANs, IPs, support tickets, supply SKUs and parcel tracking, job coordinates);
* ``HHPAYCOB.HHW2_EXTRACT``: a Charlotte household payroll service's quarterly W-2 extract, a COBOL file (legacy:
  padded CHAR, ``YYYYMMDD`` integers, 0 for missing; the household employer's EIN and SSN, the employee's SSN and
  phone as numbers, bank routing numbers, ``HH-USER-FLD-1``);
* ``stg_gharseva.src_worker_raw``: a Pune domestic worker platform's registrations with police verification as an
  opaque staging table (``col01`` to ``col18``: Aadhaar, PAN, verification numbers failing the Verhoeff check, a
  ``dd-mm-yyyy`` birth date, hashes, IPs, the employing household);
* ``hhpay_cpt.uif_declarations``: a Cape Town household payroll service's UIF declarations for domestic workers
  (snake case, South African ID numbers encoding the birth date, UIF references, next of kin, ``custom_2``);
* ``hogar_empleo_mad.contratos_empleadas``: a Madrid agency managing families' household employment contracts
  (Spanish; DNI/NIE of the worker and of the employer, the social security affiliation number, the employer's IBAN,
  contract numbers failing the DNI letter, ``campo_libre_2``);
* ``COLFPAGHE.PCDIPP``: a Bologna payroll bureau's AS/400 file of colf and badanti (Italian, legacy: ``PD`` prefix,
  ``CYYMMDD`` decimals, codice fiscale of the worker encoding the birth date and of the employer, place of birth,
  IBAN, INPS relationship codes, ``PDUDF2``);
* ``haushaltsnah_muc.minijob_einsaetze``: a Munich household services agency's mini-job helpers (German; Steuer-ID,
  the pension insurance number encoding the birth date, IBAN, the employing household, ``zusatzfeld_2``);
* ``SchoonAanHuis.Hulpen``: a Utrecht cleaning platform under the household services scheme (Dutch, Pascal case;
  BSN, document numbers, IBAN, ``Tussenvoegsel``, job numbers failing the eleven-test, the platform's KvK number,
  ``VrijVeld1``);
* ``opiekunki_niemcy.wyjazdy``: an Opole agency sending live-in carers to German families (Polish; PESEL encoding the
  birth date, IBAN, the person cared for and the German family's contact and phone, contract numbers failing the
  PESEL check, the agency's NIP, ``pole_dodatkowe_2``);
* ``evHizmetleri.bakiciKayitlari``: an Istanbul agency placing nannies and elder carers (Turkish, camel case; T.C.
  kimlik no, IBAN, the family employer, a reference person, contract numbers failing the kimlik check,
  ``ozelAlan2``);
* ``kaji_daikou_tokyo.haken_kiroku``: a Tokyo housekeeping service's dispatch records (romanized Japanese column
  names, values in kanji and katakana: customers, foreign housekeepers with residence card numbers and My Number,
  an emergency contact, ``jiyuu_koumoku_1``).

Written **blind**, like v2 to v110: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v27 and v98 (their
modules, their tests and ``tests/heldout_support.py``), v107's docstring and test, the module docstrings of v24 to
v110 (to avoid their domains) and the ``Column``/``Table`` classes and writer of v2 and v4. The classifier was not run
on this set while it was written, no scorer was run on it, and no score was looked at. It was written under a short
deadline (50 minutes, the tests and lint included), so some labels are quick decisions rather than settled
conventions.

Labeling choices a reader may question:

* the employer in household employment is a private person, not a business: a parent employer's, a host family's, a
  household's or a family's name, phone, identity number, SSN and IBAN are personal (tag ``household_employer``), and
  so is a household employer's EIN (``HH-EMPLR-EIN``, ``national_id``): the IRS issues it to the family for the
  nanny's payroll, and it points at that family; an agency's, a consultancy's or a platform's phone, ABN, KvK and NIP
  are ``none`` (tag ``business``), as are bank routing numbers;
* a US SSN, a Canadian SIN (the 9 series of temporary residents), an Irish PPSN, a Spanish social security
  affiliation number (``num_afiliacion_ss``) and a German pension insurance number (``rv_nummer``) are ``ssn`` (the
  last two are checked here, not by python-stdnum); a UK UTR, an Australian TFN, Aadhaar, PAN, a South African ID,
  DNI/NIE, codice fiscale, Steuer-ID, BSN, a Dutch document number, PESEL, T.C. kimlik no, My Number, a passport
  number, a Canadian UCI (tag ``licence``, by shape only) and a Japanese residence card number (by shape only) are
  ``national_id``;
* work permit, LMIA, visa grant, UIF reference, DBS certificate, background check, police verification and INPS
  relationship numbers are ``none`` (tag ``decoy``, ``value_shape``), like placement, booking, ticket, tracking,
  contract and job numbers: they name a document or a case, not the person; job coordinates (``job_lat``,
  ``job_lon``, a customer's home) are ``none`` (tags ``decoy``, ``coordinates``), as in earlier sets;
* placement coordinators, safeguarding leads, case officers, local coordinators, dispatchers, payroll specialists
  and clerks, agency managers (``gestor``, ``einsatzleitung``, ``koordynatorka``, ``danisman``, ``kanrisha``,
  ``Planner``, ``PDOPER``) are staff (``person_name``, tag ``staff``); the sitters, cleaners and housekeepers a
  platform matches (``clnr_nm``, ``staff_shimei``: 25 to 70 distinct) are ``person_name`` without the staff tag;
  parents, host mothers and fathers, employers, next of kin, emergency contacts, a key holder, a reference person,
  the elderly person cared for (``podopieczny``) and the family's contact are personal (tag ``role_word``); a
  customer (``KlantNaam``) is ``person_name``;
* a place of birth (``geburtsort``, ``PDLNAS``: a town or, for foreign-born workers, a country) is ``city``; a
  Dutch ``Tussenvoegsel`` is ``last_name``; ``apellidos_empleada`` (two surnames) is ``last_name``; a suburb, a
  Turkish ``ilce`` and a Tokyo ward are ``city``; a state, a Turkish ``il``, a citizenship and a NOC code are
  ``none``;
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``);
  parents' reviews and coordinators' notes naming people are ``free_text``; a nanny's portal login and a customer's
  login are ``unclassified`` (tag ``username``);
* numeric dates of birth (``YYYYMMDD``, ``CYYMMDD``) and a ``dd-mm-yyyy`` string in an opaque column are
  ``date_of_birth``; contract, arrival, start, hire, departure, pay period and job dates, wages, hours and pocket
  money are ``none``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v113_values`, written for v113 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v113 [PATH]`` (default ``/tmp/heldout_v113.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v113``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v113_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v113_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v113.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # coordinators, case officers, payroll clerks, planners (few distinct)
ROLE = "role_word"  # a role word (employer, host parent, next of kin, guarantor, emergency contact ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
EMPLOYER = "household_employer"  # a private household acting as an employer (personal, not business)


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
            if lang == "ja":
                return v.romaji_email(g, v.DOMAINS["ja"])
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


def _people(g: Gen, lang: str, lo: int = 1955, hi: int = 2004, female: float = 0.85) -> list[tuple]:
    """Per row: (given name, family name, birth date, female)."""
    out = []
    for _ in range(g.rows):
        fem = g.rnd.random() < female
        a, b = v.person(g, lang, fem)
        out.append((a, b, g.birth(lo, hi), fem))
    return out


# -- English-named tables ----------------------------------------------------------------------------------------------


def us_nanny_placements(g: Gen) -> Table:
    """An Austin, Texas nanny agency's placements of nannies with families (snake case)."""
    rows = _people(g, "us", 1968, 2004, 0.92)
    places = [g.rnd.choice(v.US_TX_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "us")
    office = g.phone("US", "national", False)

    def note() -> str:
        return g.rnd.choice([f"Mom ({v.given(g)}) wants CPR cert renewed", "Twins, 14 months, nap schedule strict",
                             f"Reference from the {v.person(g)[1]} family checked", "Needs car seat for school run",
                             f"Dad {v.whole(g)} asked for Spanish-speaking nanny"])

    return Table("tinytots_nannies.placements", "en", "snake", [
        c("placement_id", N, "BIGINT", g.keys(10_001), "decoy", KEY),
        c("placement_no", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE),
        c("nanny_first_name", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("nanny_last_name", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("nanny_dob", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("nanny_ssn", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g), 0.6), HEAVY),
        c("nanny_cell", "phone", "VARCHAR", g.phones("US", {"national": 0.6, "dashes": 0.2, "e164": 0.2}, 0.95)),
        c("nanny_email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["us"]) for r in rows]),
        c("nanny_street", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.US_TX_STREETS), 0.05)),
        c("nanny_city", "city", "VARCHAR", [p[0] for p in places]),
        c("nanny_zip", "postal_code", "VARCHAR", [p[1] + g.digits(2) for p in places]),
        c("parent_employer_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g)), ROLE, EMPLOYER),
        c("parent_employer_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.7, "e164": 0.3}, 0.9, 0.1), ROLE,
          EMPLOYER),
        c("placement_type", N, "VARCHAR", g.col(g.pick(["Live-out full time", "Live-in", "Part time", "Date night",
                                                        "Nanny share"])), "decoy"),
        c("hourly_rate", N, "DECIMAL(6,2)", g.amounts(17, 32), "decoy"),
        c("contract_start", N, "DATE", g.days("2024-06-01", "2025-11-30"), "decoy"),
        c("background_check_ref", N, "VARCHAR", g.col(lambda: g.code("BGC-99999999-AA")), "decoy", SHAPE),
        c("placement_coordinator", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("agency_office_phone", N, "VARCHAR", [office] * g.rows, "business"),
        c("portal_login", USERNAME, "VARCHAR", [v.login(r[0], r[1], i) for i, r in enumerate(rows)], "username"),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "US", "us"), CUSTOM),
        c("coordinator_notes", "free_text", "VARCHAR", g.sparse(note, 0.76, _words()), NULLWORD),
    ])


def gb_babysitting_bookings(g: Gen) -> Table:
    """A Bristol babysitting platform's bookings: self-employed sitters and the parents who book them (camel case)."""
    sitters = []
    for _ in range(70):
        a, b = v.person(g, "gb", g.rnd.random() < 0.85)
        sitters.append((a, b, g.birth(1978, 2006), v.gb_utr(g) if g.rnd.random() < 0.45 else None,
                        g.phone("GB", g.rnd.choice(["national", "intl"])),
                        v.email_of(g, a, b, v.DOMAINS["gb"]), g.code("009999999999")))
    st = [g.rnd.choice(sitters) for _ in range(g.rows)]
    places = [g.rnd.choice(v.GB_CITIES) for _ in range(g.rows)]
    leads = _staff(g, 3, "gb")

    def review() -> str:
        return g.rnd.choice([f"{v.given(g, 'gb')} was brilliant with our two", "Arrived 20 min late",
                             "Kids asleep by 8, house tidy", f"Will book {v.given(g, 'gb')} again"])

    return Table("sitterNest.bookings", "en", "camel", [
        c("bookingId", N, "BIGINT", g.keys(700_001), "decoy", KEY),
        c("bookingRef", N, "VARCHAR", g.col(lambda: g.code("BK-ZZZZZZ")), "decoy", SHAPE),
        c("sitterFirstName", "first_name", "VARCHAR", [s[0] for s in st]),
        c("sitterSurname", "last_name", "VARCHAR", [s[1] for s in st]),
        c("sitterDob", "date_of_birth", "DATE", [s[2] for s in st]),
        c("sitterUtr", "national_id", "VARCHAR", [s[3] for s in st], HEAVY),
        c("sitterMobile", "phone", "VARCHAR", [s[4] for s in st]),
        c("sitterEmail", "email", "VARCHAR", [s[5] for s in st]),
        c("dbsCertificateNo", N, "VARCHAR", [s[6] for s in st], "decoy", SHAPE),
        c("parentName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "gb")), ROLE),
        c("parentMobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "e164": 0.4}, 0.95)),
        c("parentEmail", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "gb"), v.DOMAINS["gb"]))),
        c("homeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GB_STREETS, "gb"), 0.1)),
        c("town", "city", "VARCHAR", [p[0] for p in places]),
        c("homePostcode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9AA')}" for p in places]),
        c("childrenCount", N, "INTEGER", g.ints(1, 4), "decoy"),
        c("startsAt", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
        c("hourlyRate", N, "DECIMAL(5,2)", g.amounts(11, 17), "decoy"),
        c("appVersion", N, "VARCHAR", g.col(g.version), "decoy", SHAPE),
        c("safeguardingLead", "person_name", "VARCHAR", g.col(g.pick(leads)), STAFF),
        c("customField2", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
        c("parentReview", "free_text", "VARCHAR", g.sparse(review, 0.78, _words("none")), NULLWORD),
    ])


def ca_caregiver_permits(g: Gen) -> Table:
    """A Vancouver immigration consultancy's files of caregivers applying for household work permits (Pascal
    case)."""
    rows = _people(g, "ph", 1975, 2000, 0.88)
    places = [g.rnd.choice(v.CA_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "ca")
    firm = g.phone("CA", "national", False)
    return Table("LiveInCare.WorkPermitFiles", "en", "pascal", [
        c("FileId", N, "BIGINT", g.keys(3_001), "decoy", KEY),
        c("UciNumber", "national_id", "VARCHAR", g.col(lambda: g.code("99-9999-9999"), 0.1), "licence"),
        c("CaregiverGivenName", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("CaregiverFamilyName", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("CaregiverDob", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("PassportNumber", "national_id", "VARCHAR", g.col(lambda: g.code("P9999999A"), 0.05)),
        c("Sin", "ssn", "VARCHAR", g.col(lambda: v.ca_sin_temporary(g), 0.55), HEAVY),
        c("CaregiverPhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.6, "dashes": 0.2, "e164": 0.2}, 0.95,
                                                        0.1)),
        c("CaregiverEmail", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["ca"]) for r in rows]),
        c("CaregiverAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS), 0.2)),
        c("CaregiverCity", "city", "VARCHAR", [p[0] for p in places]),
        c("PostalCode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9A9')}" for p in places]),
        c("Citizenship", N, "VARCHAR", g.col(g.pick(["Philippines", "Philippines", "Philippines", "Indonesia"])),
          "decoy"),
        c("EmployerName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca")), ROLE, EMPLOYER),
        c("EmployerPhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.8, "e164": 0.2}, 0.8), ROLE, EMPLOYER),
        c("LmiaNumber", N, "VARCHAR", g.col(lambda: g.code("9999999"), 0.3), "decoy", SHAPE),
        c("WorkPermitNumber", N, "VARCHAR", g.col(lambda: "U" + g.digits(9), 0.4), "decoy", SHAPE),
        c("PermitExpiry", N, "DATE", g.days("2026-01-01", "2028-12-31", 0.4), "decoy"),
        c("NocCode", N, "VARCHAR", g.col(g.pick(["44100", "44101", "65310"])), "decoy"),
        c("NextOfKinName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ph"), 0.6), ROLE, HEAVY),
        c("CaseOfficer", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("FirmPhone", N, "VARCHAR", [firm] * g.rows, "business"),
        c("Udf3", "free_text", "VARCHAR", _custom(g, "CA", "ph"), CUSTOM),
    ])


def au_aupair_matches(g: Gen) -> Table:
    """A Brisbane au pair agency's matches of au pairs with host families (SCREAMING case)."""
    rows = _people(g, "eu", 1997, 2006, 0.85)
    places = [g.rnd.choice(v.AU_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "au")
    abn = v.au_abn(g)
    return Table("AUPAIR_DOWNUNDER.HOST_MATCHES", "en", "screaming", [
        c("MATCH_ID", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("AU_PAIR_FIRST_NAME", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("AU_PAIR_SURNAME", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("AU_PAIR_DOB", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("AU_PAIR_PASSPORT_NO", "national_id", "VARCHAR", g.col(lambda: g.code("C9ZZZZZZ9"), 0.05)),
        c("AU_PAIR_TFN", "national_id", "VARCHAR", g.col(lambda: v.au_tfn(g), 0.6), HEAVY),
        c("AU_PAIR_MOBILE", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "e164": 0.4}, 1.0, 0.1)),
        c("AU_PAIR_EMAIL", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["eu"]) for r in rows]),
        c("VISA_GRANT_NUMBER", N, "VARCHAR", g.col(lambda: "0" + g.digits(12), 0.2), "decoy", SHAPE),
        c("HOST_MOTHER_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au", True), 0.1), ROLE),
        c("HOST_FATHER_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au", False), 0.55), ROLE, HEAVY),
        c("HOST_PHONE", "phone", "VARCHAR", g.phones("AU", {"national": 0.8, "e164": 0.2}, 0.85), ROLE),
        c("HOST_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au"))),
        c("HOST_SUBURB", "city", "VARCHAR", [p[0] for p in places]),
        c("HOST_POSTCODE", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("STATE", N, "VARCHAR", ["QLD"] * g.rows, "decoy"),
        c("WEEKLY_POCKET_MONEY", N, "DECIMAL(6,2)", g.amounts(250, 400), "decoy"),
        c("ARRIVAL_DATE", N, "DATE", g.days("2025-01-05", "2025-12-20"), "decoy"),
        c("EMERGENCY_CONTACT_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "eu"), 0.15), ROLE),
        c("LOCAL_COORDINATOR", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("AGENCY_ABN", N, "VARCHAR", [abn] * g.rows, "business"),
        c("CUSTOM_FIELD_1", "free_text", "VARCHAR", _custom(g, "AU", "au"), CUSTOM),
    ])


def ie_cleaning_jobs(g: Gen) -> Table:
    """A Cork home cleaning platform's jobs: customers, cleaners, supplies (abbreviated snake case)."""
    cleaners = []
    for _ in range(40):
        a, b = v.person(g, "ie", g.rnd.random() < 0.8)
        cleaners.append((f"{a} {b}", v.pps(g) if g.rnd.random() < 0.4 else None))
    cl = [g.rnd.choice(cleaners) for _ in range(g.rows)]
    pairs = [v.person(g, "ie") for _ in range(g.rows)]
    places = [g.rnd.choice(v.IE_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "ie")
    return Table("sparkle_ops.cln_job", "en", "abbrev", [
        c("job_id", N, "BIGINT", g.keys(90_001), "decoy", KEY),
        c("tkt_no", N, "VARCHAR", g.col(lambda: g.code("TKT-999999"), 0.6), "decoy", SHAPE),
        c("cust_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("cust_snm", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
        c("cust_ph", "phone", "VARCHAR", g.phones("IE", {"national": 0.6, "e164": 0.4}, 0.85), ABBREV),
        c("cust_eml", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ie"]) for a, b in pairs], ABBREV),
        c("cust_addr1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IE_STREETS, "ie")), ABBREV),
        c("cust_twn", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("cust_eircd", "postal_code", "VARCHAR", [f"{p[1]} {g.code('AZZZ')}" for p in places], ABBREV),
        c("cust_card_no", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.6), ABBREV, HEAVY),
        c("cust_lgn", USERNAME, "VARCHAR", [v.login(a, b, i) for i, (a, b) in enumerate(pairs)], ABBREV,
          "username"),
        c("clnr_nm", "person_name", "VARCHAR", [x[0] for x in cl], ABBREV),
        c("clnr_pps", "ssn", "VARCHAR", [x[1] for x in cl], ABBREV, HEAVY),
        c("clnr_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IE"), 0.2), ABBREV),
        c("clnr_ip", "ip_address", "VARCHAR", g.col(g.ip, 0.1), ABBREV),
        c("job_dt", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy", ABBREV),
        c("dur_hrs", N, "DECIMAL(3,1)", g.col(g.pick([2.0, 2.5, 3.0, 4.0])), "decoy", ABBREV),
        c("sup_sku", N, "VARCHAR", g.col(g.pick(v.CLEANING_SKUS), 0.5), "decoy", ABBREV),
        c("sup_trk_no", N, "VARCHAR", g.col(lambda: g.code("AN999999999IE"), 0.6), "decoy", SHAPE, ABBREV),
        c("job_lat", N, "DOUBLE", g.floats(51.84, 51.93, 5), "decoy", "coordinates", ABBREV),
        c("job_lon", N, "DOUBLE", g.floats(-8.55, -8.38, 5), "decoy", "coordinates", ABBREV),
        c("key_hldr_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ie"), 0.7), ROLE, HEAVY, ABBREV),
        c("disp_agt", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF, ABBREV),
        c("cust_nts", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Key with neighbour {v.whole(g, 'ie')}", "Dog in back garden, friendly", "No bleach on worktops",
            f"Ring {v.given(g, 'ie')} on arrival"]), 0.74, _words("none")), NULLWORD, ABBREV),
    ])


def us_household_payroll_cobol(g: Gen) -> Table:
    """A Charlotte household payroll service's quarterly extract for families employing nannies and housekeepers,
    a COBOL file (legacy: padded CHAR, YYYYMMDD integers, 0 for missing)."""
    employers = []
    for _ in range(150):
        employers.append((v.whole(g).upper(), v.us_ein(g), v.us_ssn(g, False) if g.rnd.random() < 0.4 else None))
    emp = [g.rnd.choice(employers) for _ in range(g.rows)]
    rows = _people(g, "us", 1960, 2003, 0.9)
    places = [g.rnd.choice(v.US_NC_CITIES) for _ in range(g.rows)]
    clerks = _staff(g, 4, "us")
    routing = ["053000196", "053101121", "053112929", "061000104"]
    return Table("HHPAYCOB.HHW2_EXTRACT", "en", "cobol", [
        c("HH-REC-SEQ", N, "INTEGER", g.keys(1), "decoy", KEY, LEGACY),
        c("HH-EMPLR-NAME", "person_name", "VARCHAR", _pad([e[0] for e in emp], 30), ROLE, EMPLOYER, LEGACY),
        c("HH-EMPLR-EIN", "national_id", "VARCHAR", _pad([e[1].replace("-", "") for e in emp], 9), EMPLOYER, LEGACY),
        c("HH-EMPLR-SSN", "ssn", "DECIMAL(9,0)", [int(e[2]) if e[2] else None for e in emp], EMPLOYER, HEAVY,
          LEGACY),
        c("EE-FIRST-NM", "first_name", "VARCHAR", _pad([r[0].upper() for r in rows], 15), LEGACY),
        c("EE-LAST-NM", "last_name", "VARCHAR", _pad([r[1].upper() for r in rows], 20), LEGACY),
        c("EE-SSN", "ssn", "DECIMAL(9,0)", [int(v.us_ssn(g, False)) if g.rnd.random() < 0.9 else 0 for _ in rows],
          LEGACY),
        c("EE-DOB", "date_of_birth", "INTEGER", [_ymd(r[2]) if g.rnd.random() < 0.9 else 0 for r in rows], LEGACY),
        c("EE-ADDR-LINE-1", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.US_NC_STREETS)), 34),
          LEGACY),
        c("EE-CITY", "city", "VARCHAR", _pad([p[0].upper() for p in places], 18), LEGACY),
        c("EE-ZIP", "postal_code", "INTEGER", [int(p[1] + g.digits(2)) if g.rnd.random() < 0.95 else 0
                                               for p in places], LEGACY),
        c("EE-PHONE", "phone", "DECIMAL(10,0)", [int(g.phone("US", "digits")) if g.rnd.random() < 0.8 else 0
                                                 for _ in rows], LEGACY),
        c("EE-BANK-ROUTING", N, "VARCHAR", g.col(g.pick(routing), 0.2), "business", LEGACY),
        c("CHECK-NO", N, "INTEGER", g.keys(40_001), "decoy", LEGACY),
        c("PAY-PERIOD-END", N, "INTEGER", [_ymd(g.day("2025-01-01", "2025-09-30")) for _ in rows], "decoy", LEGACY),
        c("GROSS-WAGES", N, "DECIMAL(9,2)", g.amounts(400, 3_800), "decoy", LEGACY),
        c("FICA-WH", N, "DECIMAL(7,2)", g.amounts(30, 290), "decoy", LEGACY),
        c("HH-STATE", N, "VARCHAR", g.col(g.pick(["NC", "NC", "NC", "SC"])), "decoy", LEGACY),
        c("PAYROLL-SPCLST", "person_name", "VARCHAR", _pad(g.col(g.pick([x.upper() for x in clerks])), 24), STAFF,
          LEGACY),
        c("HH-USER-FLD-1", "free_text", "VARCHAR", _pad(_custom(g, "US", "us"), 40), CUSTOM, LEGACY),
    ])


def in_domestic_worker_staging(g: Gen) -> Table:
    """A Pune domestic worker placement platform's (maids, cooks, nannies) worker registrations with police
    verification, as an opaque staging table (``col01`` to ``col18``)."""
    rows = _people(g, "in", 1965, 2004, 0.8)
    places = [g.rnd.choice(v.IN_CITIES) for _ in range(g.rows)]
    return Table("stg_gharseva.src_worker_raw", "en", "opaque", [
        c("col01", N, "BIGINT", g.keys(500_001), "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", [f"{r[0]} {r[1]}" for r in rows], OPAQUE),
        c("col03", "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g, g.rnd.random() < 0.6), 0.1), OPAQUE),
        c("col04", "national_id", "VARCHAR", [v.pan(g, r[1]) if g.rnd.random() < 0.35 else None for r in rows],
          OPAQUE, HEAVY),
        c("col05", "phone", "VARCHAR", g.phones("IN", {"national": 0.4, "e164": 0.6}, 1.0), OPAQUE),
        c("col06", "date_of_birth", "VARCHAR", [r[2].strftime("%d-%m-%Y") for r in rows], OPAQUE),
        c("col07", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IN_STREETS, "in"), 0.1), OPAQUE),
        c("col08", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col09", "postal_code", "VARCHAR", [p[1] for p in places], OPAQUE),
        c("col10", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "in"), 0.3), ROLE, EMPLOYER, OPAQUE),
        c("col11", N, "VARCHAR", g.col(lambda: v.aadhaar_decoy(g)), "decoy", SHAPE, OPAQUE),
        c("col12", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c("col13", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.05), OPAQUE),
        c("col14", N, "VARCHAR", g.col(g.version), "decoy", SHAPE, OPAQUE),
        c("col15", N, "VARCHAR", g.col(g.pick(["cook", "maid", "nanny", "elder care", "driver"])), "decoy", OPAQUE),
        c("col16", N, "INTEGER", g.ints(6_000, 22_000), "decoy", OPAQUE),
        c("col17", "free_text", "VARCHAR", _custom(g, "IN", "in"), CUSTOM, OPAQUE),
        c("col18", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy", OPAQUE),
    ])


def za_uif_declarations(g: Gen) -> Table:
    """A Cape Town household payroll service's UIF declarations for domestic workers employed by families (snake
    case)."""
    rows = _people(g, "za", 1960, 2004, 0.9)
    places = [g.rnd.choice(v.ZA_CITIES) for _ in range(g.rows)]
    clerks = _staff(g, 3, "za")
    nok = [g.rnd.random() < 0.45 for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Works Mon, Wed, Fri", f"Employer's wife {v.given(g, 'zae')} signs the payslips",
                             "On maternity leave from March", f"Sister {v.whole(g, 'za')} collects pay"])

    return Table("hhpay_cpt.uif_declarations", "en", "snake", [
        c("declaration_id", N, "BIGINT", g.keys(60_001), "decoy", KEY),
        c("employer_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "zae")), ROLE, EMPLOYER),
        c("employer_uif_ref", N, "VARCHAR", g.col(lambda: g.code("9999999/9")), "decoy", SHAPE),
        c("worker_first_name", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("worker_surname", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("worker_id_number", "national_id", "VARCHAR", [v.za_id(g, r[2], r[3]) if g.rnd.random() < 0.9 else None
                                                         for r in rows]),
        c("worker_dob", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("worker_cell", "phone", "VARCHAR", g.phones("ZA", {"national": 0.7, "e164": 0.3}, 1.0, 0.05)),
        c("worker_email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["za"]) if g.rnd.random() < 0.3
                                               else None for r in rows], HEAVY),
        c("worker_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ZA_STREETS, "za"), 0.1)),
        c("worker_suburb", "city", "VARCHAR", [p[0] for p in places]),
        c("postal_code", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("monthly_wage", N, "DECIMAL(8,2)", g.amounts(2_900, 6_500), "decoy"),
        c("hours_per_week", N, "INTEGER", g.ints(8, 45), "decoy"),
        c("employment_start", N, "DATE", g.days("2012-01-01", "2025-10-31"), "decoy"),
        c("next_of_kin_name", "person_name", "VARCHAR", [v.whole(g, "za") if k else None for k in nok], ROLE, HEAVY),
        c("next_of_kin_cell", "phone", "VARCHAR", [g.phone("ZA", "national") if k else None for k in nok], ROLE,
          HEAVY),
        c("payroll_clerk", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
        c("custom_2", "free_text", "VARCHAR", _custom(g, "ZA", "za"), CUSTOM),
        c("notes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("none")), NULLWORD),
    ])


# -- tables in other languages -----------------------------------------------------------------------------------------


def es_empleo_hogar(g: Gen) -> Table:
    """A Madrid agency managing household employment contracts of families (empleadas de hogar) (Spanish, snake
    case)."""
    rows = _people(g, "es", 1962, 2004, 0.92)
    places = [g.rnd.choice(v.ES_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "esf")

    def obs() -> str:
        return g.rnd.choice(["Interna de lunes a viernes", f"La señora {v.person(g, 'esf')[1]} paga en efectivo",
                             "Pendiente alta en Seguridad Social", f"Cuida también a la abuela, {v.whole(g, 'esf')}"])

    return Table("hogar_empleo_mad.contratos_empleadas", "es", "snake", [
        c("id_contrato", N, "BIGINT", g.keys(20_001), "decoy", KEY),
        c("num_contrato", N, "VARCHAR", g.col(lambda: v.dni_decoy(g)), "decoy", SHAPE),
        c("nombre_empleada", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("apellidos_empleada", "last_name", "VARCHAR", [f"{r[1]} {v.person(g, 'es')[1]}" for r in rows]),
        c("nie_dni_empleada", "national_id", "VARCHAR", g.col(lambda: v.nie(g) if g.rnd.random() < 0.75 else v.dni(g),
                                                              0.05)),
        c("num_afiliacion_ss", "ssn", "VARCHAR", g.col(lambda: v.naf(g), 0.2)),
        c("fecha_nacimiento", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("telefono_empleada", "phone", "VARCHAR", g.phones("ES", {"national": 0.7, "e164": 0.3}, 1.0, 0.05)),
        c("correo_empleada", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["es"]) if g.rnd.random() < 0.35
                                                  else None for r in rows], HEAVY),
        c("domicilio_empleada", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ES_STREETS, "es"), 0.1)),
        c("municipio", "city", "VARCHAR", [p[0] for p in places]),
        c("codigo_postal", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("nombre_empleador", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "esf")), ROLE, EMPLOYER),
        c("dni_empleador", "national_id", "VARCHAR", g.col(lambda: v.dni(g), 0.1), ROLE, EMPLOYER),
        c("telefono_empleador", "phone", "VARCHAR", g.phones("ES", {"national": 0.8, "e164": 0.2}, 0.7, 0.1), ROLE,
          EMPLOYER),
        c("iban_empleador", "iban", "VARCHAR", g.col(lambda: v.iban(g, "ES", g.rnd.random() < 0.5), 0.15), ROLE,
          EMPLOYER),
        c("horas_semanales", N, "INTEGER", g.ints(6, 40), "decoy"),
        c("salario_mensual", N, "DECIMAL(8,2)", g.amounts(450, 1_400), "decoy"),
        c("fecha_alta", N, "DATE", g.days("2019-01-01", "2025-11-30"), "decoy"),
        c("gestor", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("campo_libre_2", "free_text", "VARCHAR", _custom(g, "ES", "es"), CUSTOM),
        c("observaciones", "free_text", "VARCHAR", g.sparse(obs, 0.77, _words("sin datos")), NULLWORD),
    ])


def it_colf_as400(g: Gen) -> Table:
    """A Bologna payroll bureau's AS/400 file of domestic workers (colf and badanti) employed by families (Italian,
    legacy: ``PD`` prefix, ``CYYMMDD`` decimals)."""
    rows = []
    for _ in range(g.rows):
        fem = g.rnd.random() < 0.9
        a, b = v.person(g, "ro" if g.rnd.random() < 0.75 else "it", fem)
        born = g.birth(1958, 2002)
        place = g.rnd.choice(v.IT_BIRTHPLACES)
        rows.append((a, b, born, fem, place, v.codice_fiscale(a, b, born, fem, place[1])))
    employers = []
    for _ in range(g.rows):
        fem = g.rnd.random() < 0.5
        a, b = v.person(g, "it", fem)
        employers.append((f"{b} {a}".upper(), v.codice_fiscale(a, b, g.birth(1930, 1975), fem, "A944")))
    places = [g.rnd.choice(v.IT_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "it")
    return Table("COLFPAGHE.PCDIPP", "it", "as400", [
        c("PDCODI", N, "DECIMAL(7,0)", g.keys(100_001), "decoy", KEY, LEGACY),
        c("PDCOGN", "last_name", "VARCHAR", _pad([r[1].upper() for r in rows], 25), LEGACY),
        c("PDNOME", "first_name", "VARCHAR", _pad([r[0].upper() for r in rows], 20), LEGACY),
        c("PDCFIS", "national_id", "VARCHAR", _pad([r[5] for r in rows], 16), LEGACY),
        c("PDDNAS", "date_of_birth", "DECIMAL(7,0)", [_cyymmdd(r[2]) for r in rows], LEGACY),
        c("PDLNAS", "city", "VARCHAR", _pad([r[4][0] for r in rows], 25), LEGACY),
        c("PDINDI", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.IT_STREETS, "it")), 35), LEGACY),
        c("PDCOMU", "city", "VARCHAR", _pad([p[0] for p in places], 25), LEGACY),
        c("PDCAP", "postal_code", "DECIMAL(5,0)", [int(p[1]) for p in places], LEGACY),
        c("PDTELE", "phone", "DECIMAL(10,0)", [int(g.phone("IT", "digits")) if g.rnd.random() < 0.85 else 0
                                               for _ in rows], LEGACY),
        c("PDIBAN", "iban", "VARCHAR", _pad(g.col(lambda: v.iban(g, "IT"), 0.25), 27), LEGACY),
        c("PDDTNM", "person_name", "VARCHAR", _pad([e[0] for e in employers], 30), ROLE, EMPLOYER, LEGACY),
        c("PDDTCF", "national_id", "VARCHAR", _pad([e[1] for e in employers], 16), ROLE, EMPLOYER, LEGACY),
        c("PDLIVE", N, "VARCHAR", g.col(g.pick(["AS", "BS", "CS", "CSS", "DS"])), "decoy", LEGACY),
        c("PDORES", N, "DECIMAL(3,0)", g.ints(10, 54), "decoy", LEGACY),
        c("PDDASS", N, "DECIMAL(7,0)", [_cyymmdd(g.day("2015-01-01", "2025-11-30")) for _ in rows], "decoy", LEGACY),
        c("PDINPS", N, "VARCHAR", g.col(lambda: g.digits(10)), "decoy", SHAPE, LEGACY),
        c("PDOPER", "person_name", "VARCHAR", _pad(g.col(g.pick([x.upper() for x in staff])), 25), STAFF, LEGACY),
        c("PDUDF2", "free_text", "VARCHAR", _pad(_custom(g, "IT", "it"), 40), CUSTOM, LEGACY),
    ])


def de_haushaltshilfen(g: Gen) -> Table:
    """A Munich household services agency's mini-job helpers placed in private households (German, snake case)."""
    rows = _people(g, "de", 1960, 2004, 0.85)
    places = [g.rnd.choice(v.DE_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "de")

    def note() -> str:
        return g.rnd.choice(["Schlüssel beim Hausmeister", f"Frau {v.person(g, 'de2')[1]} wünscht Fenster alle 4 Wochen",
                             "Minijob, Haushaltsscheck gemeldet", f"Vertretung durch {v.whole(g, 'de')} im August"])

    return Table("haushaltsnah_muc.minijob_einsaetze", "de", "snake", [
        c("einsatz_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("vorname", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("nachname", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("geburtsdatum", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("geburtsort", "city", "VARCHAR", g.col(g.pick(v.DE_BIRTHPLACES), 0.2)),
        c("steuer_id", "national_id", "VARCHAR", g.col(lambda: v.steuer_id(g), 0.1)),
        c("rv_nummer", "ssn", "VARCHAR", [v.rvnr(g, r[2], r[1], r[3]) if g.rnd.random() < 0.85 else None
                                          for r in rows]),
        c("telefon", "phone", "VARCHAR", g.phones("DE", {"national": 0.7, "e164": 0.3}, 0.9, 0.05)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["de"]) if g.rnd.random() < 0.8 else None
                                        for r in rows]),
        c("strasse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.DE_STREETS, "de"))),
        c("plz", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("ort", "city", "VARCHAR", [p[0] for p in places]),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DE", g.rnd.random() < 0.5), 0.1)),
        c("arbeitgeber_haushalt", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "de2")), ROLE, EMPLOYER),
        c("arbeitgeber_telefon", "phone", "VARCHAR", g.phones("DE", {"national": 1.0}, 0.4, 0.6), ROLE, EMPLOYER,
          HEAVY),
        c("stundenlohn", N, "DECIMAL(5,2)", g.amounts(13.5, 19), "decoy"),
        c("vertragsbeginn", N, "DATE", g.days("2021-01-01", "2025-11-30"), "decoy"),
        c("einsatzleitung", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("zusatzfeld_2", "free_text", "VARCHAR", _custom(g, "DE", "de"), CUSTOM),
        c("bemerkung", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("keine", "k.A.")), NULLWORD),
    ])


def nl_schoonmaak_platform(g: Gen) -> Table:
    """A Utrecht platform for household cleaners under the Dutch household services scheme (Dutch, Pascal case)."""
    rows = _people(g, "nl", 1965, 2005, 0.8)
    tussen = [g.rnd.choice(["van", "de", "van der", "van den"]) if g.rnd.random() < 0.35 else None for _ in rows]
    places = [g.rnd.choice(v.NL_CITIES) for _ in range(g.rows)]
    planners = _staff(g, 3, "nl")
    kvk = g.digits(8)

    def note() -> str:
        return g.rnd.choice(["Sleutel onder de mat", f"Klant {v.whole(g, 'nl')} is allergisch voor katten",
                             "Geen stofzuiger aanwezig", f"Overdracht aan {v.given(g, 'nl')} per 1 mei"])

    return Table("SchoonAanHuis.Hulpen", "nl", "pascal", [
        c("HulpId", N, "BIGINT", g.keys(8_001), "decoy", KEY),
        c("Voornaam", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("Tussenvoegsel", "last_name", "VARCHAR", tussen),
        c("Achternaam", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("Geboortedatum", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("Bsn", "national_id", "VARCHAR", g.col(lambda: v.bsn(g), 0.1)),
        c("IdDocumentNummer", "national_id", "VARCHAR", g.col(lambda: v.nl_document(g), 0.3)),
        c("Iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "NL", g.rnd.random() < 0.4), 0.05)),
        c("Mobiel", "phone", "VARCHAR", g.phones("NL", {"national": 0.7, "e164": 0.3}, 1.0)),
        c("Email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["nl"]) for r in rows]),
        c("Straat", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NL_STREETS, "nl"))),
        c("Postcode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('AA')}" for p in places]),
        c("Woonplaats", "city", "VARCHAR", [p[0] for p in places]),
        c("KlantNaam", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nl"))),
        c("KlantTelefoon", "phone", "VARCHAR", g.phones("NL", {"national": 0.8, "e164": 0.2}, 0.6, 0.1)),
        c("OpdrachtNummer", N, "VARCHAR", g.col(lambda: v.bsn_decoy(g)), "decoy", SHAPE),
        c("Uurtarief", N, "DECIMAL(5,2)", g.amounts(16, 24), "decoy"),
        c("PlatformKvk", N, "VARCHAR", [kvk] * g.rows, "business"),
        c("Planner", "person_name", "VARCHAR", g.col(g.pick(planners)), STAFF),
        c("VrijVeld1", "free_text", "VARCHAR", _custom(g, "NL", "nl"), CUSTOM),
        c("Opmerkingen", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("geen", "onbekend")), NULLWORD),
    ])


def pl_opiekunki(g: Gen) -> Table:
    """An Opole agency sending live-in carers to German families' elderly relatives (Polish, snake case)."""
    rows = _people(g, "pl", 1958, 1998, 0.92)
    places = [g.rnd.choice(v.PL_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "pl")
    agency_nip = v.nip(g)
    emerg = [g.rnd.random() < 0.4 for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Podopieczny z demencją, noce niespokojne", f"Zmienniczka: {v.whole(g, 'pl')}",
                             "Własny pokój z łazienką", f"Syn podopiecznego, {v.given(g, 'de2')}, dzwoni codziennie"])

    return Table("opiekunki_niemcy.wyjazdy", "pl", "snake", [
        c("id_wyjazdu", N, "BIGINT", g.keys(30_001), "decoy", KEY),
        c("imie", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("nazwisko", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("pesel", "national_id", "VARCHAR", [v.pesel(g, r[2], r[3]) if g.rnd.random() < 0.92 else None
                                              for r in rows]),
        c("data_urodzenia", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.6, "e164": 0.4}, 1.0)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["pl"]) if g.rnd.random() < 0.6 else None
                                        for r in rows]),
        c("ulica", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PL_STREETS, "pl"))),
        c("kod_pocztowy", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places]),
        c("miejscowosc", "city", "VARCHAR", [p[0] for p in places]),
        c("numer_konta", "iban", "VARCHAR", g.col(lambda: v.iban(g, "PL", g.rnd.random() < 0.5), 0.1)),
        c("podopieczny", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "de2")), ROLE),
        c("rodzina_kontakt", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "de2"), 0.1), ROLE),
        c("telefon_rodziny", "phone", "VARCHAR", g.phones("DE", {"e164": 0.7, "intl": 0.3}, 0.6, 0.1), ROLE),
        c("kontakt_awaryjny", "person_name", "VARCHAR", [v.whole(g, "pl") if e else None for e in emerg], ROLE,
          HEAVY),
        c("numer_umowy", N, "VARCHAR", g.col(lambda: v.pesel_decoy(g)), "decoy", SHAPE),
        c("data_wyjazdu", N, "DATE", g.days("2025-01-01", "2025-12-15"), "decoy"),
        c("stawka_eur", N, "DECIMAL(7,2)", g.amounts(1_600, 2_600), "decoy"),
        c("poziom_niemieckiego", N, "VARCHAR", g.col(g.pick(["A1", "A2", "B1", "B2"])), "decoy"),
        c("nip_agencji", N, "VARCHAR", [agency_nip] * g.rows, "business"),
        c("koordynatorka", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("pole_dodatkowe_2", "free_text", "VARCHAR", _custom(g, "PL", "pl"), CUSTOM),
        c("uwagi", "free_text", "VARCHAR", g.sparse(note, 0.74, _words("brak", "nieznane")), NULLWORD),
    ])


def tr_bakici_ajansi(g: Gen) -> Table:
    """An Istanbul agency placing nannies and elder carers with families (Turkish, camel case)."""
    rows = _people(g, "tr", 1962, 2003, 0.95)
    places = [g.rnd.choice(v.TR_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "tr")
    ref = [g.rnd.random() < 0.35 for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Yatılı, hafta sonu izinli", f"Aile büyükleri {v.whole(g, 'tr')} ile görüşüldü",
                             "Sigara kullanmıyor", f"Önceki işveren {v.whole(g, 'tr')} memnun"])

    return Table("evHizmetleri.bakiciKayitlari", "tr", "camel", [
        c("kayitId", N, "BIGINT", g.keys(4_001), "decoy", KEY),
        c("ad", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("soyad", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("tcKimlikNo", "national_id", "VARCHAR", g.col(lambda: v.tc_kimlik(g), 0.05)),
        c("dogumTarihi", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("cepTelefonu", "phone", "VARCHAR", g.phones("TR", {"national": 0.7, "e164": 0.3}, 1.0)),
        c("ePosta", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["tr"]) if g.rnd.random() < 0.4 else None
                                         for r in rows], HEAVY),
        c("adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.TR_STREETS, "tr"))),
        c("ilce", "city", "VARCHAR", [p[0] for p in places]),
        c("il", N, "VARCHAR", ["İstanbul"] * g.rows, "decoy"),
        c("postaKodu", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("ibanNo", "iban", "VARCHAR", g.col(lambda: v.iban(g, "TR", g.rnd.random() < 0.6), 0.2)),
        c("aileAdSoyad", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "tr")), ROLE, EMPLOYER),
        c("aileTelefon", "phone", "VARCHAR", g.phones("TR", {"national": 0.8, "e164": 0.2}, 0.8), ROLE, EMPLOYER),
        c("referansKisi", "person_name", "VARCHAR", [v.whole(g, "tr") if r else None for r in ref], ROLE, HEAVY),
        c("sozlesmeNo", N, "VARCHAR", g.col(lambda: v.tc_kimlik_decoy(g)), "decoy", SHAPE),
        c("aylikUcret", N, "DECIMAL(9,2)", g.amounts(28_000, 55_000), "decoy"),
        c("baslangicTarihi", N, "DATE", g.days("2023-01-01", "2025-11-30"), "decoy"),
        c("danisman", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("ozelAlan2", "free_text", "VARCHAR", _custom(g, "TR", "tr"), CUSTOM),
        c("notlar", "free_text", "VARCHAR", g.sparse(note, 0.76, _words("yok", "bilinmiyor")), NULLWORD),
    ])


def ja_kaji_daikou(g: Gen) -> Table:
    """A Tokyo housekeeping service's dispatch records: its customers and the foreign housekeepers it employs
    (romanized Japanese column names, Japanese values)."""
    pairs = [v.person(g, "ja") for _ in range(g.rows)]
    places = [g.rnd.choice(v.JA_CITIES) for _ in range(g.rows)]
    keepers = []
    for _ in range(25):
        keepers.append((f"{g.rnd.choice(v.PH_KANA_GIVEN)} {g.rnd.choice(v.PH_KANA_FAMILY)}", v.zairyu_card(g),
                        v.my_number(g) if g.rnd.random() < 0.4 else None, g.birth(1978, 2001)))
    kp = [g.rnd.choice(keepers) for _ in range(g.rows)]
    managers = _staff(g, 3, "ja")
    kin = [g.rnd.random() < 0.3 for _ in range(g.rows)]

    def bikou() -> str:
        return g.rnd.choice(["鍵はコンシェルジュに預け", f"奥様の{v.person(g, 'ja')[0]}様から要望あり", "猫がいます",
                             f"{v.whole(g, 'ja')}様のご紹介"])

    return Table("kaji_daikou_tokyo.haken_kiroku", "ja", "snake", [
        c("haken_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("kokyaku_shimei", "person_name", "VARCHAR", [f"{b} {a}" for a, b in pairs]),
        c("kokyaku_kana", "person_name", "VARCHAR", [f"{v.JA_KANA[b]} {v.JA_KANA[a]}" for a, b in pairs]),
        c("denwa_bangou", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "e164": 0.2}, 0.8)),
        c("mail", "email", "VARCHAR", g.col(lambda: v.romaji_email(g, v.DOMAINS["ja"]), 0.2)),
        c("juusho", "street_address", "VARCHAR", g.col(g.pick(v.JA_STREETS))),
        c("shikuchouson", "city", "VARCHAR", [p[0] for p in places]),
        c("yuubin_bangou", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(4)}" for p in places]),
        c("staff_shimei", "person_name", "VARCHAR", [k[0] for k in kp]),
        c("zairyu_card_bangou", "national_id", "VARCHAR", [k[1] for k in kp]),
        c("my_number", "national_id", "VARCHAR", [k[2] for k in kp], HEAVY),
        c("staff_seinengappi", "date_of_birth", "DATE", [k[3] for k in kp]),
        c("sagyou_naiyou", N, "VARCHAR", g.col(g.pick(["掃除", "洗濯", "料理", "買い物代行", "整理収納"])), "decoy"),
        c("sagyou_bi", N, "DATE", g.days("2025-04-01", "2025-11-30"), "decoy"),
        c("ryoukin", N, "INTEGER", g.ints(6_000, 24_000), "decoy"),
        c("keiyaku_bangou", N, "VARCHAR", g.col(lambda: g.code("KD-99999-A")), "decoy", SHAPE),
        c("kinkyuu_renrakusaki", "person_name", "VARCHAR", [v.whole(g, "ja") if k else None for k in kin], ROLE,
          HEAVY),
        c("kanrisha", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF),
        c("jiyuu_koumoku_1", "free_text", "VARCHAR", _custom(g, "JP", "ja"), CUSTOM),
        c("bikou", "free_text", "VARCHAR", g.sparse(bikou, 0.75, _words("なし", "不明")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (us_nanny_placements, 500), (gb_babysitting_bookings, 700), (ca_caregiver_permits, 400),
    (au_aupair_matches, 350), (ie_cleaning_jobs, 600), (us_household_payroll_cobol, 450),
    (in_domestic_worker_staging, 500), (za_uif_declarations, 400), (es_empleo_hogar, 450), (it_colf_as400, 500),
    (de_haushaltshilfen, 400), (nl_schoonmaak_platform, 500), (pl_opiekunki, 450), (tr_bakici_ajansi, 400),
    (ja_kaji_daikou, 300),
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
