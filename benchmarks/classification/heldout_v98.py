"""Held-out set v98 for the column classifier: 15 tables of *public health surveillance* (notifiable disease case
reports, contact tracing of index cases and their contacts, a school immunisation service's consents, a vaccination
registry, cancer and newborn screening programmes, an outbreak line list, travel health declarations, a sexual health
clinic's partner notification, a food poisoning questionnaire, a TB clinic's directly observed therapy log, a
laboratory notification feed and a port health office's ship sanitation contacts), one system per table and each a
different organisation, eight with English column names and seven in other languages:

* ``ohdsurv.case_reports``: an Ohio county health district's case reports (snake case, SSN, case numbers shaped like
  SSNs failing the check, ``misc_2``);
* ``PhuContactTracing.CaseContacts``: a northern Ontario health unit's contacts (Pascal case, SIN, ``Udf02``);
* ``schoolImms.sessionConsents``: a Greater Manchester school immunisation service (camel case, NHS numbers, pupil
  references failing the NHS check, batch numbers);
* ``LASSA_LINELIST.ONDO_2025``: an Ondo State Lassa fever line list (SCREAMING case, NIN, ``CUSTOM_FIELD_2``);
* ``tbclinic.dot_log``: a Bay of Plenty TB clinic's DOT log (abbreviated: ``pt_fnm``, ``nok_ph``, NHI numbers);
* ``NBSLEGACY.NBS_SPECIMEN_EXTRACT``: a newborn screening programme's COBOL extract (legacy: padded CHAR,
  ``YYYYMMDD`` integers, the mother's SSN, phone and ZIP as numbers with 0 for missing, ``NBS-USER-FLD-2``);
* ``stg_porthealth.src_declare_raw``: a Kochi airport health office's travel declarations as an opaque staging table
  (``col01`` to ``col18``: passport, Aadhaar, form numbers failing the Verhoeff check, hashes);
* ``elr_feed.oru_r01_flat``: a west-of-Ireland laboratory's HL7 ORU feed flattened (PPSN, Eircode, specimen ids);
* ``hafenarzt.schiffshygiene_kontakte``: a Hamburg port health office (German; IMO numbers, ship sanitation
  certificates, the master, the ship's doctor and the contact person);
* ``DEPIST29.DPPATP``: a Finistère cancer screening centre's AS/400 file (French, legacy: ``DP`` prefix, ``CYYMMDD``
  decimals, NIR, phone and postcode as decimals, ``DPUDF2``);
* ``brote_oax.cuestionario_etas``: an Oaxaca food poisoning questionnaire (Spanish, CURP encoding the birth date);
* ``sipni_recife.registro_vacinacao``: a Recife vaccination registry (Portuguese, CPF, vaccine lots, CNES,
  ``campo_livre_2``);
* ``smittspar_sti.partnerlista``: an Umeå sexual health clinic's partner notification (Swedish, personnummer,
  pseudonymised index and partner codes beside partners' real names, phones and e-mails);
* ``hokenjo_asahikawa.sesshokusha_kenkou_kansatsu``: an Asahikawa public health centre's measles contact monitoring
  (romanized Japanese names, values in kanji and katakana, My Number, ``jiyuu_koumoku_2``);
* ``jeonju_bogeonso.yebang_jeopjong``: a Jeonju public health centre's vaccinations (romanized Korean names, values in
  Hangul, resident registration numbers encoding the birth date, clinics' business numbers).

Written **blind**, like v2 to v95: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how the
scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v27 (its modules, its
test and ``tests/heldout_support.py``), the module docstrings of v24 to v95 (to avoid their domains) and the
``Column``/``Table`` classes and writer of v2 and v4. The classifier was not run on this set while it was written, no
scorer was run on it, and no score was looked at. It was written under a short deadline (25 minutes, the tests and
lint included), so some labels are quick decisions rather than settled conventions.

Labeling choices a reader may question:

* a US SSN, a Canadian SIN, an Irish PPSN and a French NIR are ``ssn``; an NHS number, a New Zealand NHI, a Nigerian
  NIN, a passport number, Aadhaar, CURP, CPF, personnummer, My Number and a Korean RRN are ``national_id`` (NHS and
  NHI are health identifiers a state issues; the NHI check is computed here, not by python-stdnum);
* case ids, outbreak codes, EPID numbers, specimen ids, kit and vaccine lot numbers, message control ids, MRNs and
  ship sanitation certificate numbers are ``none`` (tag ``decoy``, ``value_shape`` when shaped like an identifier);
  the sexual health clinic's pseudonymised index and partner codes are ``none`` (tag ``pseudonym``);
* an IMO number, a school URN, a CNES and a Korean business registration number are ``none`` (tag ``business``), as
  are a reporting lab's, a GP practice's, a hospital's and a shipping agency's names and phones;
* investigators, case managers, school nurses, DOT observers, DSNOs, vaccinators, port inspectors, contact tracers,
  public health nurses and ordering doctors are staff (``person_name``, tag ``staff``); a GP (``DPMEDT``), a ship's
  master and doctor, a next of kin, a parent or guardian, a mother, an index case and a partner are personal (tag
  ``role_word``);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``: no one
  kind fits); a partner's dating-app alias is ``unclassified`` (tag ``username``);
* a newborn's ``BABY BOY``/``BABY GIRL`` placeholder first names leave ``NBS-INF-FIRST-NM`` ``first_name``; numeric
  dates of birth (``YYYYMMDD``, ``CYYMMDD``) and an HL7 birth timestamp are ``date_of_birth``; collection,
  invitation and onset dates are ``none``;
* a county, a state, a Brazilian UF and a flag state are ``none``; a Nigerian LGA, a Japanese municipality and a
  Korean si/gun/gu are ``city``; an age in years is ``none``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v98_values`, written for v98 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v98 [PATH]`` (default ``/tmp/heldout_v98.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v98``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v98_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v98_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "nhi_is_valid", "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v98.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # investigators, nurses, lab and clinic staff (few distinct)
ROLE = "role_word"  # a role word (contact, index case, parent, next of kin, partner, master ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PSEUDO = "pseudonym"  # a programme's pseudonymised code for a person (none)


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
            return v.romaji_email(g, v.DOMAINS[lang]) if lang in ("ja", "ko") else v.email_of(g, a, b,
                                                                                               v.DOMAINS[lang])
        return v.whole(g, lang)
    return g.col(one, null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _cyymmdd(d: date | None) -> int:
    return 0 if d is None else (d.year // 100 - 19) * 1_000_000 + (d.year % 100) * 10_000 + d.month * 100 + d.day


_NHI = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _nhi_check(body: str) -> str | None:
    total = sum((_NHI.index(ch) + 1) * (7 - i) for i, ch in enumerate(body[:3]))
    total += sum(int(ch) * (4 - i) for i, ch in enumerate(body[3:6]))
    check = (11 - total % 11) % 11
    return None if check == 0 or check == 10 else str(check)


def nhi_is_valid(value: str) -> bool:
    """Whether ``value`` is a valid old-format New Zealand NHI number (AAANNNC, mod 11)."""
    value = value.strip().upper()
    return (len(value) == 7 and all(ch in _NHI for ch in value[:3]) and value[3:].isdigit()
            and _nhi_check(value[:6]) == value[6])


def _nhi(g: Gen) -> str:
    return g.valid(lambda: "".join(g.rnd.choice(_NHI) for _ in range(3)) + g.digits(4), nhi_is_valid)


# -- English-named tables ----------------------------------------------------------------------------------------------


def oh_case_reports(g: Gen) -> Table:
    """An Ohio county health district's notifiable disease case reports (snake case)."""
    pairs = [v.person(g) for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 6, "us")
    labs = [(name, g.phone("US", "national", False)) for name in v.US_LABS]
    lab = [g.rnd.randrange(len(labs)) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Spoke with patient's wife {v.given(g)}, ate at church potluck",
                             "Lost to follow-up after 3 attempts", f"Daycare contact, director is {v.whole(g)}",
                             "Travel to Cancun 10 days before onset", f"Interpreter used; son {v.given(g)} answered"])

    return Table("ohdsurv.case_reports", "en", "snake", [
        c("case_id", N, "BIGINT", g.keys(250_001), "decoy", KEY),
        c("case_number", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE),
        c("condition", N, "VARCHAR", g.col(g.pick(v.NOTIFIABLE)), "decoy"),
        c("mmwr_week", N, "INTEGER", g.ints(1, 52), "decoy"),
        c("patient_first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("patient_last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("patient_dob", "date_of_birth", "DATE", g.births(1930, 2024)),
        c("sex", N, "VARCHAR", g.col(g.pick(["F", "M", "U"])), "decoy"),
        c("patient_ssn", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g), 0.65), HEAVY),
        c("address_line1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.US_STREETS), 0.05)),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("county", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("zip", "postal_code", "VARCHAR", [p[2] + g.digits(2) for p in places]),
        c("home_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.7, 0.3)),
        c("email", "email", "VARCHAR", [None if g.rnd.random() < 0.6 else v.email_of(g, a, b, v.DOMAINS["us"])
                                        for a, b in pairs], HEAVY),
        c("reporting_facility", N, "VARCHAR", [labs[i][0] for i in lab], "business"),
        c("facility_phone", N, "VARCHAR", [labs[i][1] for i in lab], "business"),
        c("investigator", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("onset_date", N, "DATE", g.days("2025-01-01", "2025-11-30", 0.1), "decoy"),
        c("hospitalized", N, "VARCHAR", g.col(g.pick(["Y", "N", "U"])), "decoy"),
        c("died", N, "BOOLEAN", g.yn(True, False, 0.01), "decoy"),
        c("outbreak_code", N, "VARCHAR", g.col(lambda: g.code("OH-2025-AAA-999"), 0.4), "decoy", SHAPE),
        c("misc_2", "free_text", "VARCHAR", _custom(g, "US", "us"), CUSTOM),
        c("investigation_notes", "free_text", "VARCHAR", g.sparse(note, 0.75, _words()), NULLWORD),
    ])


def on_contact_tracing(g: Gen) -> Table:
    """A northern Ontario public health unit's contact tracing: index cases and their contacts (Pascal case)."""
    index = [v.whole(g, "ca") for _ in range(120)]
    idx = [g.rnd.randrange(len(index)) for _ in range(g.rows)]
    pairs = [v.person(g, "ca") for _ in range(g.rows)]
    places = [g.rnd.choice(v.CA_CITIES) for _ in range(g.rows)]
    births = g.births(1940, 2023)
    staff = _staff(g, 5, "ca")
    office = g.phone("CA", "national", False)
    return Table("PhuContactTracing.CaseContacts", "en", "pascal", [
        c("ContactId", N, "BIGINT", g.keys(80_001), "decoy", KEY),
        c("IndexCaseId", N, "VARCHAR", [f"TBDHU-2025-{i:06d}" for i in idx], "decoy", SHAPE),
        c("IndexCaseName", "person_name", "VARCHAR", [index[i] for i in idx], ROLE),
        c("ContactFirstName", "first_name", "VARCHAR", [a for a, _ in pairs], ROLE),
        c("ContactLastName", "last_name", "VARCHAR", [b for _, b in pairs], ROLE),
        c("ContactDob", "date_of_birth", "DATE", births),
        c("ContactPhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.6, "dashes": 0.2, "e164": 0.2}, 0.8,
                                                       0.05)),
        c("ContactEmail", "email", "VARCHAR", [None if g.rnd.random() < 0.4 else v.email_of(g, a, b, v.DOMAINS["ca"])
                                               for a, b in pairs]),
        c("ContactAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS), 0.1)),
        c("ContactCity", "city", "VARCHAR", [p[0] for p in places]),
        c("ContactPostalCode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9A9')}" for p in places]),
        c("Relationship", N, "VARCHAR", g.col(g.pick(["Household", "Coworker", "Classmate", "Friend", "Partner"])),
          "decoy"),
        c("ExposureSetting", N, "VARCHAR", g.col(g.pick(["Home", "Workplace", "School", "Sports team", "Church"])),
          "decoy"),
        c("LastExposureDate", N, "DATE", g.days("2025-02-01", "2025-11-30"), "decoy"),
        c("IsolationBenefitSin", "ssn", "VARCHAR", g.col(lambda: v.ca_sin(g), 0.7), HEAVY),
        c("ParentGuardianName", "person_name", "VARCHAR",
          [v.whole(g, "ca") if b.year >= 2008 else None for b in births], ROLE, HEAVY),
        c("CaseManager", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("PhuOfficePhone", N, "VARCHAR", [office] * g.rows, "business"),
        c("Udf02", "free_text", "VARCHAR", _custom(g, "CA", "ca"), CUSTOM),
        c("FollowUpStatus", N, "VARCHAR", g.col(g.pick(["Day 1 call", "Day 7 call", "Closed", "Unreachable"])),
          "decoy"),
        c("Symptomatic", N, "BOOLEAN", g.yn(True, False, 0.2), "decoy"),
    ])


def gb_school_imms(g: Gen) -> Table:
    """A Greater Manchester school-age immunisation service's session consents (camel case)."""
    schools = [(f"{name} {kind}", f"{g.rnd.randint(1, 90)} {g.rnd.choice(v.GB_STREETS)}", g.digits(6))
               for name in ("St Wilfrid's", "Hollin Brook", "Moorside", "Bramhall Vale", "Kersal Park", "Tyldesley")
               for kind in ("Primary", "High School")]
    sch = [g.rnd.randrange(len(schools)) for _ in range(g.rows)]
    pairs = [v.person(g, "gb") for _ in range(g.rows)]
    places = [g.rnd.choice(v.GB_CITIES) for _ in range(g.rows)]
    nurses = _staff(g, 7, "gb")

    def note() -> str:
        return g.rnd.choice([f"Mum ({v.given(g, 'gb')}) rang to withdraw consent", "Fainted, observed 15 min",
                             "Absent on session day, catch-up booked", f"Consent signed by step-father {v.whole(g, 'gb')}"])

    return Table("schoolImms.sessionConsents", "en", "camel", [
        c("consentId", N, "BIGINT", g.keys(3_000_001), "decoy", KEY),
        c("schoolUrn", N, "VARCHAR", [schools[i][2] for i in sch], "business"),
        c("schoolName", N, "VARCHAR", [schools[i][0] for i in sch], "business"),
        c("schoolAddress", N, "VARCHAR", [schools[i][1] for i in sch], "business"),
        c("childFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("childSurname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("childDob", "date_of_birth", "DATE", g.births(2009, 2020)),
        c("nhsNumber", "national_id", "VARCHAR", g.col(lambda: v.nhs(g), 0.1)),
        c("pupilRef", N, "VARCHAR", g.col(lambda: v.nhs_decoy(g)), "decoy", SHAPE),
        c("yearGroup", N, "INTEGER", g.ints(1, 11), "decoy"),
        c("parentName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "gb"), 0.05), ROLE),
        c("parentPhone", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.9)),
        c("parentEmail", "email", "VARCHAR", [v.email_of(g, v.given(g, "gb"), b, v.DOMAINS["gb"]) for _, b in pairs]),
        c("homePostcode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9AA')}" for p in places]),
        c("vaccine", N, "VARCHAR", g.col(g.pick(["HPV", "Td/IPV", "MenACWY", "LAIV (flu)"])), "decoy"),
        c("batchNumber", N, "VARCHAR", g.col(lambda: g.code("AA9999"), 0.2), "decoy", SHAPE),
        c("consentGiven", N, "VARCHAR", g.col(g.pick(["Yes", "No", "No response"])), "decoy"),
        c("consentNotes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("none")), NULLWORD),
        c("nurseName", "person_name", "VARCHAR", g.col(g.pick(nurses)), STAFF),
        c("administeredAt", N, "TIMESTAMP", g.moments("2025-09-01", "2025-12-15", 0.25), "decoy"),
    ])


def ng_lassa_line_list(g: Gen) -> Table:
    """An Ondo State outbreak line list of Lassa fever (SCREAMING case)."""
    staff = _staff(g, 4, "ng")
    facilities = ["Federal Medical Centre Owo", "State Specialist Hospital Akure", "Comprehensive Health Centre Ose"]
    births = g.births(1950, 2022)
    return Table("LASSA_LINELIST.ONDO_2025", "en", "screaming", [
        c("EPID_NUMBER", N, "VARCHAR", g.col(lambda: g.code("NIE-ODS-AAA-25-9999")), "decoy", SHAPE),
        c("CASE_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ng"))),
        c("AGE_YEARS", N, "INTEGER", [2025 - b.year for b in births], "decoy"),
        c("SEX", N, "VARCHAR", g.col(g.pick(["M", "F"])), "decoy"),
        c("DATE_OF_BIRTH", "date_of_birth", "DATE", [None if g.rnd.random() < 0.6 else b for b in births], HEAVY),
        c("NIN", "national_id", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), 0.55), HEAVY),
        c("PHONE_NUMBER", "phone", "VARCHAR", g.phones("NG", {"national": 0.7, "e164": 0.3}, 1.0, 0.1)),
        c("NEXT_OF_KIN_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ng"), 0.2), ROLE),
        c("NEXT_OF_KIN_PHONE", "phone", "VARCHAR", g.phones("NG", {"national": 1.0}, 1.0, 0.3)),
        c("ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NG_STREETS, "ng"))),
        c("LGA", "city", "VARCHAR", g.col(g.pick(v.NG_LGAS))),
        c("STATE", N, "VARCHAR", ["Ondo"] * g.rows, "decoy"),
        c("OCCUPATION", N, "VARCHAR", g.col(g.pick(["Farmer", "Trader", "Student", "Health worker", "Artisan"])),
          "decoy"),
        c("SAMPLE_ID", N, "VARCHAR", g.col(lambda: g.code("ISTH-25-99999")), "decoy", SHAPE),
        c("LAB_RESULT", N, "VARCHAR", g.col(g.pick(["Positive", "Negative", "Pending"])), "decoy"),
        c("OUTCOME", N, "VARCHAR", g.col(g.pick(["Alive", "Dead", "On admission"])), "decoy"),
        c("DSNO_NAME", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("HEALTH_FACILITY", N, "VARCHAR", g.col(g.pick(facilities)), "business"),
        c("CUSTOM_FIELD_2", "free_text", "VARCHAR", _custom(g, "NG", "ng"), CUSTOM),
        c("DATE_REPORTED", N, "DATE", g.days("2025-01-01", "2025-06-30"), "decoy"),
    ])


def nz_tb_dot(g: Gen) -> Table:
    """A Bay of Plenty TB clinic's directly observed therapy log (abbreviated snake case)."""
    patients = []
    for _ in range(60):
        a, b = v.person(g, "nz")
        city = g.rnd.choice(v.NZ_CITIES)
        patients.append((_nhi(g), a, b, g.birth(1945, 2010), v.street(g, v.NZ_STREETS, "nz"), city[0], city[1],
                         g.phone("NZ", "national"), v.whole(g, "nz"), g.phone("NZ", "national")))
    pt = [g.rnd.choice(patients) for _ in range(g.rows)]
    staff = _staff(g, 4, "nz")

    def note() -> str:
        return g.rnd.choice([f"Dose given at marae, aunty {v.given(g, 'nz')} present", "Nausea, took with food",
                             "Not home, left card", f"Video DOT, cousin {v.whole(g, 'nz')} translated"])

    return Table("tbclinic.dot_log", "en", "abbrev", [
        c("dot_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("pt_nhi", "national_id", "VARCHAR", [p[0] for p in pt], ABBREV),
        c("pt_fnm", "first_name", "VARCHAR", [p[1] for p in pt], ABBREV),
        c("pt_snm", "last_name", "VARCHAR", [p[2] for p in pt], ABBREV),
        c("pt_dob", "date_of_birth", "DATE", [p[3] for p in pt], ABBREV),
        c("pt_addr", "street_address", "VARCHAR", [p[4] for p in pt], ABBREV),
        c("pt_city", "city", "VARCHAR", [p[5] for p in pt], ABBREV),
        c("pt_pcode", "postal_code", "VARCHAR", [p[6] for p in pt], ABBREV),
        c("pt_mob", "phone", "VARCHAR", [p[7] for p in pt], ABBREV),
        c("nok_nm", "person_name", "VARCHAR", [p[8] for p in pt], ROLE, ABBREV),
        c("nok_ph", "phone", "VARCHAR", [p[9] for p in pt], ROLE, ABBREV),
        c("dot_dt", N, "DATE", g.days("2025-03-01", "2025-11-30"), "decoy"),
        c("dose_obs", N, "VARCHAR", g.col(g.pick(["Y", "Y", "Y", "N"])), "decoy"),
        c("regimen", N, "VARCHAR", g.col(g.pick(["2HRZE/4HR", "4R", "3HP", "6Lfx"])), "decoy"),
        c("obs_by", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF, ABBREV),
        c("obs_loc", N, "VARCHAR", g.col(g.pick(["Home", "Clinic", "Video", "Workplace"])), "decoy"),
        c("vid_lnk", N, "VARCHAR", g.col(lambda: f"https://dot.example.nz/v/{g.code('xxxxxxxxxx')}", 0.6), "decoy"),
        c("ms_nt", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil")), NULLWORD, ABBREV),
    ])


def us_newborn_screening(g: Gen) -> Table:
    """A state newborn screening programme's COBOL specimen extract (padded CHAR, numbers for dates and phones)."""
    hospitals = [("RIVERSIDE METHODIST BIRTH CTR", g.phone("US", "digits", False)),
                 ("GENESIS BETHESDA MATERNITY", g.phone("US", "digits", False)),
                 ("ADENA REGIONAL L&D", g.phone("US", "digits", False))]
    hosp = [g.rnd.randrange(len(hospitals)) for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    moms = [v.person(g, "us", True) for _ in range(g.rows)]
    babies = [g.day("2025-01-01", "2025-10-31") for _ in range(g.rows)]
    first = [g.rnd.choice(["BABY BOY", "BABY GIRL"]) if g.rnd.random() < 0.35 else v.given(g).upper()
             for _ in range(g.rows)]
    return Table("NBSLEGACY.NBS_SPECIMEN_EXTRACT", "en", "cobol", [
        c("NBS-SPEC-NO", N, "VARCHAR", g.col(lambda: g.code("25999999")), "decoy", SHAPE, LEGACY),
        c("NBS-KIT-LOT", N, "VARCHAR", _pad(g.col(lambda: g.code("L99AA9")), 8), "decoy", SHAPE, LEGACY),
        c("NBS-INF-LAST-NM", "last_name", "VARCHAR", _pad([b.upper() for _, b in moms], 20), LEGACY),
        c("NBS-INF-FIRST-NM", "first_name", "VARCHAR", _pad(first, 15), LEGACY),
        c("NBS-INF-DOB", "date_of_birth", "INTEGER", [_ymd(d) for d in babies], LEGACY),
        c("NBS-INF-SEX", N, "VARCHAR", g.col(g.pick(["M", "F", "U"])), "decoy", LEGACY),
        c("NBS-BIRTH-WT", N, "INTEGER", g.ints(1_400, 4_700), "decoy", LEGACY),
        c("NBS-MOTH-LAST-NM", "last_name", "VARCHAR", _pad([b.upper() for _, b in moms], 20), ROLE, LEGACY),
        c("NBS-MOTH-FIRST-NM", "first_name", "VARCHAR", _pad([a.upper() for a, _ in moms], 15), ROLE, LEGACY),
        c("NBS-MOTH-SSN", "ssn", "BIGINT", [int(v.us_ssn(g, False)) if g.rnd.random() < 0.75 else 0
                                            for _ in range(g.rows)], LEGACY),
        c("NBS-MOTH-PHONE", "phone", "BIGINT", [int(g.phone("US", "digits")) if g.rnd.random() < 0.85 else 0
                                                for _ in range(g.rows)], LEGACY),
        c("NBS-MOTH-ADDR", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.US_STREETS).upper()), 30),
          LEGACY),
        c("NBS-MOTH-CITY", "city", "VARCHAR", _pad([p[0].upper() for p in places], 18), LEGACY),
        c("NBS-MOTH-ZIP", "postal_code", "INTEGER", [int(p[2] + g.digits(2)) for p in places], LEGACY),
        c("NBS-HOSP-NAME", N, "VARCHAR", _pad([hospitals[i][0] for i in hosp], 30), "business", LEGACY),
        c("NBS-HOSP-PHONE", N, "BIGINT", [int(hospitals[i][1]) for i in hosp], "business", LEGACY),
        c("NBS-COLL-DT", N, "INTEGER", [_ymd(d) for d in babies], "decoy", LEGACY),
        c("NBS-RSLT-CD", N, "VARCHAR", g.col(g.pick(["N", "N", "N", "P", "R"])), "decoy", LEGACY),
        c("NBS-SUBMITTER-ID", N, "VARCHAR", g.col(lambda: g.code("OH9999")), "decoy", LEGACY),
        c("NBS-USER-FLD-2", "free_text", "VARCHAR", _pad(_custom(g, "US", "us"), 40), CUSTOM, LEGACY),
    ])


def in_travel_declarations(g: Gen) -> Table:
    """A Kochi airport health office's travel health declarations, landed as an opaque staging table."""
    def dob() -> str:
        d = g.birth(1945, 2015)
        return f"{d.day:02d}/{d.month:02d}/{d.year}"

    places = [g.rnd.choice(v.IN_CITIES) for _ in range(g.rows)]
    t = "stg_porthealth.src_declare_raw"
    return Table(t, "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "in")), OPAQUE),
        c("col03", "national_id", "VARCHAR", g.col(lambda: g.code("A9999999"), 0.05), OPAQUE),
        c("col04", "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g, g.rnd.random() < 0.5), 0.55), OPAQUE, HEAVY),
        c("col05", "date_of_birth", "VARCHAR", g.col(dob), OPAQUE),
        c("col06", "phone", "VARCHAR", g.phones("IN", {"e164": 0.5, "intl": 0.3, "national": 0.2}), OPAQUE),
        c("col07", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "in"), v.DOMAINS["in"]), 0.2), OPAQUE),
        c("col08", N, "VARCHAR", g.col(lambda: g.rnd.choice(["AI", "6E", "EK", "QR", "WY"]) + g.digits(3)), "decoy",
          OPAQUE),
        c("col09", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 40)}{g.rnd.choice('ABCDEF')}"), "decoy", OPAQUE),
        c("col10", N, "VARCHAR", g.col(g.pick(["AE", "SA", "QA", "OM", "SG", "GB"])), "decoy", OPAQUE),
        c("col11", N, "VARCHAR", g.col(g.pick(["None", "Fever", "Cough", "Rash", "Diarrhoea"])), "decoy", OPAQUE),
        c("col12", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IN_STREETS, "in"), 0.1), OPAQUE),
        c("col13", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col14", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places], OPAQUE),
        c("col15", N, "VARCHAR", g.col(lambda: v.aadhaar_decoy(g)), "decoy", SHAPE, OPAQUE),
        c("col16", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c("col17", "free_text", "VARCHAR", _custom(g, "IN", "in"), CUSTOM, OPAQUE),
        c("col18", N, "TIMESTAMP", g.moments("2025-10-01", "2025-10-31"), "decoy", OPAQUE),
    ])


def ie_lab_feed(g: Gen) -> Table:
    """A west-of-Ireland regional laboratory's notification feed (HL7 ORU^R01 flattened to columns)."""
    places = [g.rnd.choice(v.IE_CITIES) for _ in range(g.rows)]
    doctors = _staff(g, 8, "ie")
    gps = [("Bóthar Mór Medical Centre", g.phone("IE", "national", False)),
           ("Claddagh Family Practice", g.phone("IE", "national", False))]
    gp = [g.rnd.randrange(len(gps)) for _ in range(g.rows)]

    def ts() -> str:
        d = g.birth(1935, 2024)
        return f"{d.year}{d.month:02d}{d.day:02d}"

    def nte() -> str:
        return g.rnd.choice(["Repeat specimen requested", f"Result phoned to Dr {v.whole(g, 'ie')}",
                             "Haemolysed sample", f"Patient's mother {v.given(g, 'ie')} to be informed"])

    return Table("elr_feed.oru_r01_flat", "en", "hl7", [
        c("msh_10_control_id", N, "VARCHAR", g.col(lambda: g.code("GUH99999999")), "decoy", SHAPE),
        c("msh_4_sending_facility", N, "VARCHAR", ["GUH MICRO"] * g.rows, "business"),
        c("pid_3_mrn", N, "VARCHAR", g.col(lambda: g.code("M9999999")), "decoy", KEY),
        c("pid_3_ppsn", "ssn", "VARCHAR", g.col(lambda: v.pps(g), 0.6), HEAVY),
        c("pid_5_1_family_name", "last_name", "VARCHAR", g.col(lambda: v.person(g, "ie")[1])),
        c("pid_5_2_given_name", "first_name", "VARCHAR", g.col(lambda: v.person(g, "ie")[0])),
        c("pid_7_birth_ts", "date_of_birth", "VARCHAR", g.col(ts)),
        c("pid_8_sex", N, "VARCHAR", g.col(g.pick(["F", "M", "U"])), "decoy"),
        c("pid_11_1_street", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IE_STREETS, "ie"), 0.1)),
        c("pid_11_3_city", "city", "VARCHAR", [p[0] for p in places]),
        c("pid_11_5_eircode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('A9AA')}" for p in places]),
        c("pid_13_phone", "phone", "VARCHAR", g.phones("IE", {"national": 0.6, "e164": 0.4}, 0.9, 0.2)),
        c("obr_3_specimen_id", N, "VARCHAR", g.col(lambda: g.code("25AA999999")), "decoy", SHAPE),
        c("obr_7_collected", N, "TIMESTAMP", g.moments("2025-06-01", "2025-11-30"), "decoy"),
        c("obr_16_ordering_provider", "person_name", "VARCHAR", g.col(g.pick(doctors)), STAFF),
        c("orc_23_provider_phone", N, "VARCHAR", [gps[i][1] for i in gp], "business"),
        c("obx_3_loinc", N, "VARCHAR", g.col(g.pick(["625-4", "6463-4", "5195-3", "20507-0"])), "decoy"),
        c("obx_5_value", N, "VARCHAR", g.col(g.pick(["DETECTED", "NOT DETECTED", "Campylobacter jejuni",
                                                     "Salmonella Enteritidis"])), "decoy"),
        c("nte_3_comment", "free_text", "VARCHAR", g.sparse(nte, 0.75, _words()), NULLWORD),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def de_hafenarzt(g: Gen) -> Table:
    """A Hamburg port health office's ship sanitation contacts (German, snake case)."""
    ships = []
    for _ in range(50):
        imo = g.valid(lambda: "IMO " + g.digits(7), v.imo_is_valid)
        ships.append((imo, g.rnd.choice(["MS Elbwind", "Nordic Tern", "Baltic Fjord", "Cap Lorenzo", "Hanse Trader",
                                         "Maersk Kobe", "Atlantic Swift"]),
                      g.rnd.choice(["Reederei Hinrichsen KG", "Ostsee Linien GmbH", "Blue Anchor Shipping Ltd"]),
                      g.phone("DE", "national", False), v.whole(g, "de")))
    ship = [g.rnd.choice(ships) for _ in range(g.rows)]
    pairs = [v.person(g, "de") for _ in range(g.rows)]
    staff = _staff(g, 4, "de")

    def befund() -> str:
        return g.rnd.choice(["Kombüse sauber, Trinkwasserprobe entnommen", f"Kapitän {v.whole(g, 'de')} informiert",
                             "Legionellen im Duschwasser, Nachkontrolle", f"Koch {v.given(g, 'de')} ohne Belehrung"])

    return Table("hafenarzt.schiffshygiene_kontakte", "de", "snake", [
        c("kontakt_id", N, "BIGINT", g.keys(10_001), "decoy", KEY),
        c("imo_nummer", N, "VARCHAR", [s[0] for s in ship], "business", SHAPE),
        c("schiffsname", N, "VARCHAR", [s[1] for s in ship], "business"),
        c("flagge", N, "VARCHAR", g.col(g.pick(["DE", "LR", "PA", "MT", "CY"])), "decoy"),
        c("reederei", N, "VARCHAR", [s[2] for s in ship], "business"),
        c("agentur_telefon", N, "VARCHAR", [s[3] for s in ship], "business"),
        c("kapitaen_name", "person_name", "VARCHAR", [s[4] for s in ship], ROLE),
        c("kapitaen_email", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "de"), v.DOMAINS["de"]), 0.6),
          HEAVY),
        c("schiffsarzt_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "de"), 0.8), ROLE, HEAVY),
        c("kontaktperson_vorname", "first_name", "VARCHAR", [a for a, _ in pairs], ROLE),
        c("kontaktperson_nachname", "last_name", "VARCHAR", [b for _, b in pairs], ROLE),
        c("kontaktperson_mobil", "phone", "VARCHAR", g.phones("DE", {"national": 0.5, "intl": 0.5}, 1.0, 0.15), ROLE),
        c("ssc_zertifikat_nr", N, "VARCHAR", g.col(lambda: g.code("SSCEC-HH-2025-9999")), "decoy", SHAPE),
        c("liegeplatz", N, "VARCHAR", g.col(g.pick(["Burchardkai", "Eurogate", "Tollerort", "O'Swaldkai"])), "decoy"),
        c("ankunft", N, "TIMESTAMP", g.moments("2025-04-01", "2025-11-30"), "decoy"),
        c("inspektor", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("befund", "free_text", "VARCHAR", g.col(befund, 0.2)),
    ])


def fr_depistage_as400(g: Gen) -> Table:
    """A Finistère organised cancer screening centre's AS/400 invitation file (French, ``DP`` prefix, CYYMMDD)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.8
        a, b = v.person(g, "fr", female)
        born = g.birth(1950, 1975)
        rows.append((a, b, born, v.nir(g, born, female)))
    places = [g.rnd.choice(v.FR_CITIES) for _ in range(g.rows)]
    centres = ["CIM ARMOR IMAGERIE", "RADIOLOGIE DU PORT", "CENTRE SENOLOGIE BREST"]
    return Table("DEPIST29.DPPATP", "fr", "as400", [
        c("DPNUMD", N, "DECIMAL(9,0)", g.keys(100_000_001), "decoy", KEY, LEGACY),
        c("DPNOMU", "last_name", "VARCHAR", _pad([r[1].upper() for r in rows], 25), LEGACY),
        c("DPNOMN", "last_name", "VARCHAR", _pad([v.person(g, "fr")[1].upper() if g.rnd.random() < 0.4 else None
                                                  for _ in rows], 25), LEGACY, HEAVY),
        c("DPPRNM", "first_name", "VARCHAR", _pad([r[0].upper() for r in rows], 20), LEGACY),
        c("DPDNAI", "date_of_birth", "DECIMAL(7,0)", [_cyymmdd(r[2]) for r in rows], LEGACY),
        c("DPNIR", "ssn", "VARCHAR", [r[3] if g.rnd.random() < 0.9 else None for r in rows], LEGACY),
        c("DPADR1", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.FR_STREETS, "fr").upper()), 32),
          LEGACY),
        c("DPCPOS", "postal_code", "DECIMAL(5,0)", [int(p[1]) for p in places], LEGACY),
        c("DPVILL", "city", "VARCHAR", _pad([p[0].upper() for p in places], 26), LEGACY),
        c("DPTELF", "phone", "DECIMAL(10,0)", [int(g.phone("FR", "digits", g.rnd.random() < 0.6))
                                               if g.rnd.random() < 0.8 else 0 for _ in rows], LEGACY),
        c("DPTYPE", N, "VARCHAR", g.col(g.pick(["SEIN", "CCR", "COL"])), "decoy", LEGACY),
        c("DPDINV", N, "DECIMAL(7,0)", [_cyymmdd(g.day("2024-01-01", "2025-11-30")) for _ in rows], "decoy", LEGACY),
        c("DPRESU", N, "VARCHAR", g.col(g.pick(["NEG", "POS", "ACR3", "NR"])), "decoy", LEGACY),
        c("DPMEDT", "person_name", "VARCHAR", _pad(g.col(lambda: "DR " + v.whole(g, "fr").upper(), 0.1), 30), ROLE,
          LEGACY),
        c("DPCRAD", N, "VARCHAR", _pad(g.col(g.pick(centres)), 30), "business", LEGACY),
        c("DPUDF2", "free_text", "VARCHAR", _pad(_custom(g, "FR", "fr"), 40), CUSTOM, LEGACY),
    ])


def mx_brote_etas(g: Gen) -> Table:
    """An Oaxaca health jurisdiction's food poisoning outbreak questionnaire (Spanish, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "mx", female)
        born = g.birth(1950, 2018)
        rows.append((a, b, born, v.curp(g, a, b, born, female)))
    places = [g.rnd.choice(v.MX_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "mx")

    def obs() -> str:
        return g.rnd.choice([f"Comió en la boda de {v.whole(g, 'mx')}", "Hospitalizado 2 días",
                             f"Su hermana {v.given(g, 'mx')} también enfermó", "Refiere tamales de puesto ambulante"])

    return Table("brote_oax.cuestionario_etas", "es", "snake", [
        c("folio", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("clave_brote", N, "VARCHAR", ["OAX-ETA-2025-017"] * g.rows, "decoy", SHAPE),
        c("nombre", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("apellido_paterno", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("apellido_materno", "last_name", "VARCHAR", g.col(lambda: v.person(g, "mx")[1], 0.1)),
        c("curp", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.8 else None for r in rows]),
        c("fecha_nacimiento", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("sexo", N, "VARCHAR", g.col(g.pick(["H", "M"])), "decoy"),
        c("telefono", "phone", "VARCHAR", g.phones("MX", {"national": 0.7, "e164": 0.3}, 0.9, 0.1)),
        c("correo", "email", "VARCHAR", [None if g.rnd.random() < 0.6 else v.email_of(g, r[0], r[1], v.DOMAINS["mx"])
                                         for r in rows], HEAVY),
        c("domicilio", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.MX_STREETS, "mx"))),
        c("municipio", "city", "VARCHAR", [p[0] for p in places]),
        c("codigo_postal", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("evento", N, "VARCHAR", g.col(g.pick(["Boda", "Fiesta patronal", "Comedor escolar"])), "decoy"),
        c("alimentos_consumidos", N, "VARCHAR", g.col(g.pick(["mole, arroz", "tamales", "ensalada, agua de jamaica",
                                                              "tlayuda"])), "decoy"),
        c("inicio_sintomas", N, "TIMESTAMP", g.moments("2025-08-10", "2025-08-14", 0.2), "decoy"),
        c("sintomas", N, "VARCHAR", g.col(g.pick(["diarrea", "vómito", "fiebre, diarrea", "ninguno"])), "decoy"),
        c("entrevistador", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("restaurante", N, "VARCHAR", g.col(g.pick(["Salón Guelaguetza", "Cocina Doña Chole", None])), "business"),
        c("observaciones", "free_text", "VARCHAR", g.sparse(obs, 0.75, _words("sin dato")), NULLWORD),
    ])


def br_vacinacao(g: Gen) -> Table:
    """A Recife municipal vaccination registry (Brazilian Portuguese, snake case)."""
    places = [g.rnd.choice(v.BR_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 6, "br")
    units = [("USF Alto do Mandu", g.digits(7)), ("Policlínica Lessa de Andrade", g.digits(7)),
             ("USF Ibura de Baixo", g.digits(7))]
    unit = [g.rnd.randrange(len(units)) for _ in range(g.rows)]
    return Table("sipni_recife.registro_vacinacao", "pt", "snake", [
        c("id_registro", N, "BIGINT", g.keys(5_000_001), "decoy", KEY),
        c("cpf", "national_id", "VARCHAR", g.col(lambda: v.cpf(g, g.rnd.random() < 0.7), 0.1)),
        c("nome_paciente", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "br"))),
        c("nome_mae", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "br"), 0.05), ROLE),
        c("data_nascimento", "date_of_birth", "DATE", g.births(1935, 2025)),
        c("sexo", N, "VARCHAR", g.col(g.pick(["F", "M"])), "decoy"),
        c("telefone", "phone", "VARCHAR", g.phones("BR", {"national": 0.7, "e164": 0.3}, 0.9, 0.15)),
        c("email", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "br"), v.DOMAINS["br"]), 0.7), HEAVY),
        c("logradouro", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.BR_STREETS, "br"))),
        c("municipio", "city", "VARCHAR", [p[0] for p in places]),
        c("uf", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("cep", "postal_code", "VARCHAR", [f"{p[2]}{g.digits(3)}-{g.digits(3)}" for p in places]),
        c("imunobiologico", N, "VARCHAR", g.col(g.pick(["Pentavalente", "Tríplice viral", "Influenza", "HPV4",
                                                        "Febre amarela"])), "decoy"),
        c("lote", N, "VARCHAR", g.col(lambda: g.code("AA9999Z")), "decoy", SHAPE),
        c("dose", N, "VARCHAR", g.col(g.pick(["D1", "D2", "REF", "DU"])), "decoy"),
        c("data_aplicacao", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy"),
        c("vacinador", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("estabelecimento", N, "VARCHAR", [units[i][0] for i in unit], "business"),
        c("cnes", N, "VARCHAR", [units[i][1] for i in unit], "business", SHAPE),
        c("campo_livre_2", "free_text", "VARCHAR", _custom(g, "BR", "br"), CUSTOM),
    ])


def se_smittsparning(g: Gen) -> Table:
    """An Umeå sexual health clinic's partner notification list (Swedish, snake case): pseudonymised codes and real
    contacts."""
    births = g.births(1960, 2007)
    pairs = [v.person(g, "sv") for _ in range(g.rows)]
    staff = _staff(g, 3, "sv")
    known = [g.rnd.random() < 0.4 for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Partnern {v.given(g, 'sv')} underrättad via SMS", "Kontakt via app, namn okänt",
                             f"Index vill själv berätta för {v.whole(g, 'sv')}", "Provtagen på mottagningen"])

    return Table("smittspar_sti.partnerlista", "sv", "snake", [
        c("arende_id", N, "BIGINT", g.keys(40_001), "decoy", KEY),
        c("index_kod", N, "VARCHAR", g.col(lambda: g.code("UMU-AA99-999")), "decoy", PSEUDO, SHAPE),
        c("personnummer", "national_id", "VARCHAR", [v.personnummer(g, d) for d in births]),
        c("fodelsedatum", "date_of_birth", "DATE", births),
        c("index_fornamn", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("index_efternamn", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("diagnos", N, "VARCHAR", g.col(g.pick(["Klamydia", "Gonorré", "Syfilis", "Mycoplasma genitalium"])),
          "decoy"),
        c("partner_kod", N, "VARCHAR", g.col(lambda: g.code("P-99999")), "decoy", PSEUDO),
        c("partner_namn", "person_name", "VARCHAR", [v.whole(g, "sv") if k else None for k in known], ROLE, HEAVY),
        c("partner_telefon", "phone", "VARCHAR", [g.phone("SE", g.rnd.choice(["national", "e164"])) if k else None
                                                  for k in known], ROLE, HEAVY),
        c("partner_epost", "email", "VARCHAR", [v.email_of(g, *v.person(g, "sv"), v.DOMAINS["sv"])
                                                if k and g.rnd.random() < 0.7 else None for k in known], ROLE, HEAVY),
        c("partner_alias", USERNAME, "VARCHAR", [None if k or g.rnd.random() < 0.5 else
                                                 f"{v.plain(v.given(g, 'sv'))}_{g.rnd.randint(80, 2005)}"
                                                 for k in known], "username", HEAVY),
        c("partner_ort", "city", "VARCHAR", [g.rnd.choice(v.SE_CITIES)[0] if k else None for k in known], HEAVY),
        c("kontaktad_datum", N, "DATE", g.days("2025-01-01", "2025-11-30", 0.3), "decoy"),
        c("smittsparare", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("mottagning", N, "VARCHAR", ["Sexuell hälsa Umeå"] * g.rows, "business"),
        c("anteckning", "free_text", "VARCHAR", g.sparse(note, 0.72, _words("saknas")), NULLWORD),
    ])


def ja_hokenjo(g: Gen) -> Table:
    """An Asahikawa public health centre's measles contact health monitoring (romanized Japanese column names,
    Japanese values)."""
    pairs = [v.person(g, "ja") for _ in range(g.rows)]
    places = [g.rnd.choice(v.JA_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "ja")

    def bikou() -> str:
        return g.rnd.choice(["発熱なし、経過良好", f"母親の{v.person(g, 'ja')[0]}さんが代理で回答", "電話不通、訪問予定",
                             f"同居の{v.whole(g, 'ja')}さんも観察対象"])

    return Table("hokenjo_asahikawa.sesshokusha_kenkou_kansatsu", "ja", "snake", [
        c("kansatsu_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("hassei_bangou", N, "VARCHAR", g.col(lambda: g.code("AS-2025-M99")), "decoy", SHAPE),
        c("shimei", "person_name", "VARCHAR", [f"{b} {a}" for a, b in pairs]),
        c("shimei_kana", "person_name", "VARCHAR", [f"{v.JA_KANA[b]} {v.JA_KANA[a]}" for a, b in pairs]),
        c("seinengappi", "date_of_birth", "DATE", g.births(1940, 2023)),
        c("seibetsu", N, "VARCHAR", g.col(g.pick(["男", "女"])), "decoy"),
        c("my_number", "national_id", "VARCHAR", g.col(lambda: v.my_number(g), 0.7), HEAVY),
        c("denwa_bangou", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "e164": 0.2}, 0.8)),
        c("keitai_mail", "email", "VARCHAR", g.col(lambda: v.romaji_email(g, v.DOMAINS["ja"]), 0.3)),
        c("juusho", "street_address", "VARCHAR", g.col(g.pick(v.JA_STREETS))),
        c("shikuchouson", "city", "VARCHAR", [p[0] for p in places]),
        c("yuubin_bangou", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(4)}" for p in places]),
        c("sesshoku_basho", N, "VARCHAR", g.col(g.pick(["医療機関待合室", "保育所", "職場", "航空機内"])), "decoy"),
        c("kenkou_joutai", N, "VARCHAR", g.col(g.pick(["異常なし", "発熱", "発疹", "観察終了"])), "decoy"),
        c("taion", N, "DOUBLE", g.floats(35.8, 39.2, 1), "decoy"),
        c("tantou_hokenshi", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("jiyuu_koumoku_2", "free_text", "VARCHAR", _custom(g, "JP", "ja"), CUSTOM),
        c("bikou", "free_text", "VARCHAR", g.sparse(bikou, 0.75, _words("なし", "不明")), NULLWORD),
    ])


def ko_bogeonso(g: Gen) -> Table:
    """A Jeonju district public health centre's influenza vaccination records for older residents (romanized Korean
    column names, Korean values)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "ko", female)
        born = g.birth(1935, 1960) if g.rnd.random() < 0.85 else g.birth(2015, 2022)
        rows.append((f"{b}{a}", born, v.rrn(g, born, female)))
    places = [g.rnd.choice(v.KO_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "ko")
    clinics = [("전주한빛내과의원", g.valid(lambda: g.digits(10), v.brn_is_valid)),
               ("완산가정의학과", g.valid(lambda: g.digits(10), v.brn_is_valid))]
    clinic = [g.rnd.randrange(len(clinics)) for _ in range(g.rows)]
    minors = [r[1].year >= 2015 for r in rows]

    def note() -> str:
        return g.rnd.choice(["접종 후 이상반응 없음", f"보호자 {v.whole(g, 'ko')} 동행", "계란 알레르기 확인",
                             f"딸 {v.whole(g, 'ko')}에게 연락함"])

    return Table("jeonju_bogeonso.yebang_jeopjong", "ko", "snake", [
        c("jeopjong_id", N, "BIGINT", g.keys(700_001), "decoy", KEY),
        c("seongmyeong", "person_name", "VARCHAR", [r[0] for r in rows]),
        c("jumin_beonho", "national_id", "VARCHAR", [r[2] for r in rows]),
        c("saengnyeonwoil", "date_of_birth", "DATE", [r[1] for r in rows]),
        c("hyudaepon", "phone", "VARCHAR", g.phones("KR", {"national": 0.8, "e164": 0.2}, 0.85, 0.1)),
        c("juso", "street_address", "VARCHAR", [f"{p[0]} {g.rnd.choice(v.KO_STREETS)}" for p in places]),
        c("sigungu", "city", "VARCHAR", [p[0] for p in places]),
        c("upyeon_beonho", "postal_code", "VARCHAR", [p[1] + g.digits(2) for p in places]),
        c("bohoja_seongmyeong", "person_name", "VARCHAR", [v.whole(g, "ko") if m else None for m in minors], ROLE,
          HEAVY),
        c("bohoja_yeollakcheo", "phone", "VARCHAR", [g.phone("KR", "national") if m else None for m in minors], ROLE,
          HEAVY),
        c("baeksin", N, "VARCHAR", g.col(g.pick(["인플루엔자 4가", "폐렴구균 PPSV23", "대상포진"])), "decoy"),
        c("loteu_beonho", N, "VARCHAR", g.col(lambda: g.code("AAA99999")), "decoy", SHAPE),
        c("jeopjong_uisa", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("uiryogigwan", N, "VARCHAR", [clinics[i][0] for i in clinic], "business"),
        c("saeopja_beonho", N, "VARCHAR", [clinics[i][1] for i in clinic], "business", SHAPE),
        c("jeopjong_il", N, "DATE", g.days("2025-10-01", "2025-12-15"), "decoy"),
        c("teuksa_sahang", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("없음", "미상")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (oh_case_reports, 1_200), (on_contact_tracing, 900), (gb_school_imms, 1_100), (ng_lassa_line_list, 700),
    (nz_tb_dot, 600), (us_newborn_screening, 800), (in_travel_declarations, 900), (ie_lab_feed, 1_000),
    (de_hafenarzt, 400), (fr_depistage_as400, 900), (mx_brote_etas, 500), (br_vacinacao, 1_000),
    (se_smittsparning, 450), (ja_hokenjo, 350), (ko_bogeonso, 600),
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
