"""Held-out set v111 for the column classifier: 15 tables of *addiction treatment, harm reduction and probation
services* (residential rehab admissions, methadone and buprenorphine dispensing, needle and syringe programmes, drug
and alcohol counselling, a drug court, probation officers' caseloads and treatment obligations, sober living and
recovery houses), one system per table and each a different organisation, eight with English column names and seven in
other languages:

* ``bluegrass_rtc.residential_admissions``: an eastern Kentucky residential rehab's admissions (snake case, SSN,
  admission numbers shaped like SSNs failing the check, a self-pay card, the pre-admission form's IP, a portal login,
  referral agencies with their phones and e-mails, ``misc_2``);
* ``HarmReductionLeeds.NspTransactions``: a West Yorkshire needle and syringe programme's transactions (Pascal case,
  attributor codes, names and NHS numbers only for the few who give them, pack SKUs, naloxone batches, postal kit
  tracking numbers, pharmacies and their phones, ``Udf2``);
* ``ostDispensing.methadoneDoses``: an Ottawa-area pharmacy's opioid agonist therapy dispensing (camel case, SIN kept
  for some patients, prescription numbers failing the Luhn check, delivery tickets, prescribers and pharmacists,
  ``customField2``);
* ``DRUG_COURT_NSW.PARTICIPANT_REGISTER``: a western Sydney drug court's participants (SCREAMING case, driver licence
  numbers, judges, case managers and legal-aid solicitors, treatment providers with their ABN and e-mail, support
  persons, ``CUSTOM_FIELD_2``);
* ``hse_dat.cnsl_sess``: a Dublin drug and alcohol task force's counselling sessions (abbreviated: ``cl_fnm``,
  ``ec_ph``, ``gp_nm``; PPSN, Eircodes, AUDIT scores, ``udf2``);
* ``AZPROB.PO-CASELOAD-EXTRACT``: an Arizona adult probation department's caseload as a COBOL extract (legacy: padded
  CHAR, ``YYYYMMDD`` integers, SSN, phone, ZIP and the employer's phone as numbers with 0 for missing, probation
  officers, the next of kin, ``PO-USER-FLD-1`` a programme code beside ``PO-USER-FLD-2``);
* ``stg_nasha_mukti.src_intake_raw``: a Punjab de-addiction centre's intake forms as an opaque staging table
  (``col01`` to ``col19``: Aadhaar, PAN, the father's name, form numbers failing the Verhoeff check, hashes, an app
  version, IPs, coordinates);
* ``soberliving_cpt.house_residents``: a Cape Town sober living operator's residents (snake case, South African ID
  numbers encoding the birth date, lease numbers of 13 digits failing the ID's check, the houses and their addresses,
  sponsors, house managers, ``custom_field_2``);
* ``serd_bergamo.somministrazioni_terapia``: a Bergamo public addiction service's (SerD) methadone and buprenorphine
  administrations (Italian; codice fiscale encoding the name, birth date and comune of birth, anonymous user codes,
  drug lots, nurses and the referring doctor, a family contact, ``campo_libero_2``);
* ``CADMAD26.CAPACP``: a Madrid addiction care centre's patient file on an AS/400 (Spanish, legacy: ``CA`` prefix,
  ``CYYMMDD`` decimals, DNI/NIE, file numbers failing the DNI letter, phone and postcode as decimals, the family
  contact, ``CAUDF1`` holding no personal data beside ``CAUDF2``);
* ``HerstelhuisZwolle.Bewoners``: a Zwolle recovery house's residents (Dutch, Pascal case; BSN, rental contract numbers
  failing the eleven-test, the rent IBAN and its account holder, the house, ``VrijVeld2``);
* ``behandlingshem_vbn.inskrivningar``: a Västerbotten residential treatment home's admissions, some under LVM
  compulsory care (Swedish; personnummer encoding the birth date, the placing municipality, social secretaries and
  therapists, the care provider's organisation number, ``fritext_2``);
* ``kc_brno.vymenny_program``: a Brno low-threshold contact centre's needle exchange (Czech; client codes, street
  aliases, names and rodné číslo only for clients tested for HCV, ``volne_pole_2``);
* ``denetimli_serbestlik_izmir.tedavi_yukumlulukleri``: an İzmir probation directorate's treatment and drug-test
  obligations (Turkish; T.C. kimlik no, file numbers of 11 digits failing its check, the father's name, treatment
  centres and their phones, appointment numbers, ``ek_alan_2``);
* ``okana_thess.programma_ypokatastasis``: a Thessaloniki opioid substitution unit's members (romanized Greek column
  names, values in Greek script; AMKA encoding the birth date, AFM, member codes, the unit's AFM,
  ``elefthero_pedio_2``).

Written **blind**, like v2 to v110: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v27 and v98 (their
modules, their tests and ``tests/heldout_support.py``), v107's docstring and test, the module docstrings of v24 to
v110 (to avoid their domains) and the ``Column``/``Table`` classes and writer of v2 and v4. The classifier was not run
on this set while it was written, no scorer was run on it, and no score was looked at. It was written under a short
deadline (50 minutes, the tests and lint included), so some labels are quick decisions rather than settled
conventions.

Labeling choices a reader may question:

* a US SSN, a Canadian SIN, an Irish PPSN and a Greek AMKA are ``ssn``; an NHS number, Aadhaar, PAN, a South African
  ID number, codice fiscale, DNI/NIE, BSN, personnummer, rodné číslo, T.C. kimlik no and a personal AFM are
  ``national_id``; a New South Wales driver licence number is ``national_id`` (tag ``licence``, generated by shape:
  it has no check digit);
* harm reduction and treatment programmes' pseudonymised client codes (a needle exchange's attributor code, a SerD's
  anonymous user code, a contact centre's client code, a substitution unit's member code) are ``none`` (tag
  ``pseudonym``), even though an attributor code is derived from the client's initials; a needle exchange client's
  street alias (``prezdivka``) is ``unclassified`` (tag ``username``), like a login;
* admission, prescription, delivery ticket, court file, case, form, lease, rental contract, file and appointment
  numbers, naloxone and drug lots, pack SKUs, postal kit tracking numbers, hashes, an app version and coordinates are
  ``none`` (tag ``decoy``, ``value_shape`` when shaped like an identifier); admission, discharge, dispensing, test,
  lease and contract dates are ``none``; offence codes, urinalysis results, doses and sanction points are ``none``;
* referral agencies, pharmacies, treatment providers, employers, GP practices, sober living and recovery houses (their
  names and addresses), treatment centres and substitution units, with their phones, e-mails, ABN, organisation
  number and AFM, are ``none`` (tag ``business``); a placing municipality is ``none`` (decoy);
* intake counsellors, NSP workers, prescribers, pharmacists, judges, case managers, legal-aid solicitors, counsellors,
  probation officers, house managers, SerD nurses and doctors, social secretaries, therapists and substitution unit
  doctors and social workers are staff (``person_name``, tag ``staff``); an emergency contact, a support person, a
  sponsor, a next of kin, a family contact, a relative, the client's usual GP and a father's given name (``baba_adi``,
  ``patronymo``, ``first_name``) are personal (tag ``role_word``); the rent account holder (``Rekeninghouder``) is
  ``person_name``;
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); a
  portal login is ``unclassified`` (tag ``username``);
* a comune of birth is ``city``; a county, a state, an Italian province and a Turkish il are ``none``; a Turkish ilçe
  and a Czech city district are ``city``; an outward UK postcode alone (``LS9``) is still ``postal_code``;
* numeric dates of birth (``YYYYMMDD``, ``CYYMMDD``) and a ``dd/mm/yyyy`` string in an opaque column are
  ``date_of_birth``; a self-pay card on file is ``credit_card``; the pre-admission form's IP is ``ip_address``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v111_values`, written for v111 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v111 [PATH]`` (default ``/tmp/heldout_v111.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v111``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v111_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v111_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v111.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # counsellors, pharmacists, nurses, probation officers, judges, house managers (few distinct)
ROLE = "role_word"  # a role word (emergency contact, next of kin, sponsor, support person, father ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PSEUDO = "pseudonym"  # a programme's pseudonymised code for a client (none)
LICENCE = "licence"  # a personal licence number a state issues (national_id)


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


def _cyymmdd(d: date | None) -> int:
    return 0 if d is None else (d.year // 100 - 19) * 1_000_000 + (d.year % 100) * 10_000 + d.month * 100 + d.day


def _people(g: Gen, lang: str, lo: int, hi: int, female: float = 0.35) -> list[tuple[str, str, date, bool]]:
    """(given name, family name, birth date, female) of every row."""
    out = []
    for _ in range(g.rows):
        fem = g.rnd.random() < female
        a, b = v.person(g, lang, fem)
        out.append((a, b, g.birth(lo, hi), fem))
    return out


# -- English-named tables ----------------------------------------------------------------------------------------------


def us_rehab_admissions(g: Gen) -> Table:
    """An eastern Kentucky residential rehab's admissions (snake case)."""
    g.areas = v.KY_AREAS
    people = _people(g, "us", 1962, 2006)
    places = [g.rnd.choice(v.KY_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "us")
    agencies = [("Perry County Drug Court", "referrals@perrydrugcourt.example.org"),
                ("ARH Hazard ED Social Work", "edsocialwork@arh-hazard.example.org"),
                ("Kentucky Probation & Parole D14", "d14intake@kypp.example.gov"),
                ("Self / family", "admissions@bluegrassrecovery.example.com")]
    agency_phones = [g.phone("US", "national", False) for _ in agencies]
    ref = [g.rnd.randrange(len(agencies)) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Mother {v.given(g)} drove pt to intake", "Detox complete day 5, moved to Phase 1",
                             f"Pt asks no contact with ex {v.whole(g)}", "Left AMA after 9 days",
                             "Vivitrol injection given before discharge"])

    return Table("bluegrass_rtc.residential_admissions", "en", "snake", [
        c("admission_id", N, "BIGINT", g.keys(410_001), "decoy", KEY),
        c("admission_no", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE),
        c("client_first_name", "first_name", "VARCHAR", [p[0] for p in people]),
        c("client_last_name", "last_name", "VARCHAR", [p[1] for p in people]),
        c("client_dob", "date_of_birth", "DATE", [p[2] for p in people]),
        c("ssn", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.7), 0.6), HEAVY),
        c("home_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.KY_STREETS), 0.1)),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("county", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("zip", "postal_code", "VARCHAR", [p[2] for p in places]),
        c("cell_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.9, 0.1)),
        c("email", "email", "VARCHAR", [None if g.rnd.random() < 0.45 else v.email_of(g, p[0], p[1], v.DOMAINS["us"])
                                        for p in people]),
        c("primary_substance", N, "VARCHAR", g.col(g.pick(v.SUBSTANCES_EN)), "decoy"),
        c("admit_date", N, "DATE", g.days("2024-06-01", "2025-11-30"), "decoy"),
        c("discharge_date", N, "DATE", g.days("2024-07-01", "2025-12-15", 0.4), "decoy"),
        c("bed_number", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice('ABC')}-{g.rnd.randint(1, 36):02d}"), "decoy"),
        c("emergency_contact_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.15), ROLE),
        c("emergency_contact_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.7, "dashes": 0.3}, 0.9, 0.2),
          ROLE),
        c("referral_source", N, "VARCHAR", [agencies[i][0] for i in ref], "business"),
        c("referral_agency_phone", N, "VARCHAR", [agency_phones[i] for i in ref], "business"),
        c("referral_agency_email", N, "VARCHAR", [agencies[i][1] for i in ref], "business"),
        c("intake_counselor", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("self_pay_card", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.75), HEAVY),
        c("preadmit_form_ip", "ip_address", "VARCHAR", g.col(g.ip, 0.3)),
        c("portal_login", USERNAME, "VARCHAR", [v.login(p[0], p[1], g.rnd.randrange(400)) if g.rnd.random() < 0.6
                                                else None for p in people], "username"),
        c("misc_2", "free_text", "VARCHAR", _custom(g, "US", "us"), CUSTOM),
        c("clinical_notes", "free_text", "VARCHAR", g.sparse(note, 0.76, _words()), NULLWORD),
    ])


def gb_needle_exchange(g: Gen) -> Table:
    """A West Yorkshire harm reduction service's needle and syringe programme transactions (Pascal case)."""
    known = [g.rnd.random() < 0.3 for _ in range(g.rows)]
    people = _people(g, "gb", 1965, 2004)
    places = [g.rnd.choice(v.GB_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 6, "gb")
    sites = [("Kirkgate Harm Reduction Hub", g.phone("GB", "national", False)),
             ("Harehills Pharmacy NSP", g.phone("GB", "national", False)),
             ("Bradford Outreach Van", g.phone("GB", "national", True)),
             ("Wakefield Westgate Chemist", g.phone("GB", "national", False))]
    site = [g.rnd.randrange(len(sites)) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Came with partner {v.given(g, 'gb')}, both given foil",
                             "Abscess on left arm, sign-posted",
                             "Returned full sharps bin", f"Says {v.whole(g, 'gb')} is selling bad gear",
                             "Naloxone refresher done"])

    return Table("HarmReductionLeeds.NspTransactions", "en", "pascal", [
        c("TransactionId", N, "BIGINT", g.keys(900_001), "decoy", KEY),
        c("AttributorCode", N, "VARCHAR", g.col(lambda: g.code("AAAA99999A")), "decoy", PSEUDO, SHAPE),
        c("ClientFirstName", "first_name", "VARCHAR", [p[0] if k else None for p, k in zip(people, known)], HEAVY),
        c("ClientSurname", "last_name", "VARCHAR", [p[1] if k else None for p, k in zip(people, known)], HEAVY),
        c("DateOfBirth", "date_of_birth", "DATE", [p[2] if k or g.rnd.random() < 0.5 else None
                                                   for p, k in zip(people, known)]),
        c("NhsNumber", "national_id", "VARCHAR", [v.nhs(g) if k and g.rnd.random() < 0.8 else None for k in known],
          HEAVY),
        c("Postcode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9AA')}" if g.rnd.random() < 0.6 else p[1]
                                                 for p in places]),
        c("MobileForResults", "phone", "VARCHAR", [g.phone("GB", g.rnd.choice(["national", "e164", "intl"]))
                                                   if k or g.rnd.random() < 0.15 else None for k in known], HEAVY),
        c("SiteName", N, "VARCHAR", [sites[i][0] for i in site], "business"),
        c("SitePhone", N, "VARCHAR", [sites[i][1] for i in site], "business"),
        c("VisitedAt", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
        c("PackSku", N, "VARCHAR", g.col(g.pick(["NSP-1ML-ORANGE-10", "NSP-2ML-GREEN-5", "FOIL-50", "CITRIC-10",
                                                 "NSP-PIT-STOP-5"])), "decoy"),
        c("PacksIssued", N, "INTEGER", g.ints(1, 12), "decoy"),
        c("SharpsBinsReturned", N, "INTEGER", g.ints(0, 3), "decoy"),
        c("NaloxoneKitBatch", N, "VARCHAR", g.col(lambda: g.code("PRX99A999"), 0.6), "decoy", SHAPE),
        c("PostalKitTracking", N, "VARCHAR", g.col(lambda: g.code("AA999999999GB"), 0.6), "decoy", SHAPE),
        c("InjectingSite", N, "VARCHAR", g.col(g.pick(["Arm", "Groin", "Leg", "Hand", "Not disclosed"])), "decoy"),
        c("PrimaryDrug", N, "VARCHAR", g.col(g.pick(["Heroin", "Crack", "Heroin + crack", "Steroids/IPEDs",
                                                     "Ketamine"])), "decoy"),
        c("Worker", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("ReferredToTreatment", N, "BOOLEAN", g.yn(True, False, 0.08), "decoy"),
        c("Udf2", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
        c("WorkerNotes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("none")), NULLWORD),
    ])


def ca_ost_dispensing(g: Gen) -> Table:
    """An Ottawa-area pharmacy's opioid agonist therapy dispensing log (camel case)."""
    g.areas = v.ON_AREAS
    patients = []
    for _ in range(150):
        a, b = v.person(g, "ca")
        city = g.rnd.choice(v.ON_CITIES)
        patients.append((a, b, g.birth(1960, 2004), v.street(g, v.ON_STREETS), city[0],
                         f"{city[1]} {g.code('9A9')}", g.phone("CA", g.rnd.choice(["national", "dashes"])),
                         v.ca_sin(g) if g.rnd.random() < 0.4 else None,
                         v.whole(g, "ca") if g.rnd.random() < 0.7 else None))
    pt = [g.rnd.choice(patients) for _ in range(g.rows)]
    prescribers = ["Dr. " + n for n in _staff(g, 5, "ca")]
    pharmacists = _staff(g, 4, "ca")
    store = g.phone("CA", "national", False)

    def note() -> str:
        return g.rnd.choice(["Pt appeared drowsy, dose held, MD called", f"Carry picked up by wife {v.given(g, 'ca')}",
                             "Missed 3 days, reduced per protocol", f"Called {v.whole(g, 'ca')} at shelter re: ID"])

    return Table("ostDispensing.methadoneDoses", "en", "camel", [
        c("doseId", N, "BIGINT", g.keys(7_000_001), "decoy", KEY),
        c("rxNumber", N, "VARCHAR", g.col(lambda: v.luhn_decoy(g, 9)), "decoy", SHAPE),
        c("patientFirstName", "first_name", "VARCHAR", [p[0] for p in pt]),
        c("patientLastName", "last_name", "VARCHAR", [p[1] for p in pt]),
        c("patientDob", "date_of_birth", "DATE", [p[2] for p in pt]),
        c("sinOnFile", "ssn", "VARCHAR", [p[7] for p in pt], HEAVY),
        c("patientAddress", "street_address", "VARCHAR", [p[3] for p in pt]),
        c("patientCity", "city", "VARCHAR", [p[4] for p in pt]),
        c("patientPostalCode", "postal_code", "VARCHAR", [p[5] for p in pt]),
        c("patientPhone", "phone", "VARCHAR", [p[6] for p in pt]),
        c("medication", N, "VARCHAR", g.col(g.pick(["Methadone 10 mg/mL (Metadol-D)", "Buprenorphine/naloxone 8/2 mg",
                                                    "Slow-release oral morphine 200 mg", "Buprenorphine 2 mg"])),
          "decoy"),
        c("doseMg", N, "DOUBLE", g.floats(8, 160, 1), "decoy"),
        c("carryDoses", N, "INTEGER", g.ints(0, 6), "decoy"),
        c("witnessedAt", N, "TIMESTAMP", g.moments("2025-05-01", "2025-11-30"), "decoy"),
        c("deliveryTicketNo", N, "VARCHAR", g.col(lambda: g.code("DT-9999999"), 0.5), "decoy", SHAPE),
        c("prescriberName", "person_name", "VARCHAR", g.col(g.pick(prescribers)), STAFF),
        c("pharmacistName", "person_name", "VARCHAR", g.col(g.pick(pharmacists)), STAFF),
        c("pharmacyPhone", N, "VARCHAR", [store] * g.rows, "business"),
        c("emergencyContactName", "person_name", "VARCHAR", [p[8] for p in pt], ROLE),
        c("emergencyContactPhone", "phone", "VARCHAR", [g.phone("CA", "national") if p[8] else None for p in pt],
          ROLE),
        c("customField2", "free_text", "VARCHAR", _custom(g, "CA", "ca"), CUSTOM),
        c("counsellingNote", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("none")), NULLWORD),
    ])


def au_drug_court(g: Gen) -> Table:
    """A western Sydney drug court's participant register (SCREAMING case)."""
    people = _people(g, "au", 1970, 2006)
    places = [g.rnd.choice(v.AU_CITIES) for _ in range(g.rows)]
    judges = ["Judge " + v.person(g, "au")[1] for _ in range(3)]
    managers = _staff(g, 6, "au")
    solicitors = _staff(g, 4, "au")
    providers = [("Nepean Residential Rehab Ltd", v.au_abn(g), "intake@nepeanrehab.example.org.au"),
                 ("Westmead Community Drug Health", v.au_abn(g), "cdh.referrals@wslhd.example.gov.au"),
                 ("Parramatta Outpatient Recovery Co", v.au_abn(g), "admin@parrarecovery.example.com.au")]
    prov = [g.rnd.randrange(len(providers)) for _ in range(g.rows)]
    support = [g.rnd.random() < 0.4 for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Positive for methylamphetamine, 2 sanction points", "Moved to Phase 2",
                             f"Mother {v.whole(g, 'au')} attended report-back", "Warrant issued, failed to appear",
                             f"Living with cousin {v.given(g, 'au')} in Blacktown"])

    return Table("DRUG_COURT_NSW.PARTICIPANT_REGISTER", "en", "screaming", [
        c("PARTICIPANT_NO", N, "INTEGER", g.keys(20_001), "decoy", KEY),
        c("COURT_FILE_NO", N, "VARCHAR", g.col(lambda: f"2025/{g.digits(8)}"), "decoy", SHAPE),
        c("GIVEN_NAMES", "first_name", "VARCHAR", [p[0] for p in people]),
        c("SURNAME", "last_name", "VARCHAR", [p[1].upper() for p in people]),
        c("DATE_OF_BIRTH", "date_of_birth", "DATE", [p[2] for p in people]),
        c("DRIVER_LICENCE_NO", "national_id", "VARCHAR", g.col(lambda: g.digits(8), 0.55), LICENCE, HEAVY),
        c("RESIDENTIAL_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au"), 0.1)),
        c("SUBURB", "city", "VARCHAR", [p[0] for p in places]),
        c("POSTCODE", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("STATE", N, "VARCHAR", ["NSW"] * g.rows, "decoy"),
        c("MOBILE", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "e164": 0.2, "intl": 0.2}, 0.95, 0.1)),
        c("EMAIL", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["au"]) if g.rnd.random() < 0.4 else None
                                        for p in people], HEAVY),
        c("PROGRAM_PHASE", N, "VARCHAR", g.col(g.pick(["1 - Stabilisation", "2 - Consolidation", "3 - Reintegration",
                                                       "Terminated", "Graduated"])), "decoy"),
        c("ENTRY_DATE", N, "DATE", g.days("2023-01-01", "2025-10-31"), "decoy"),
        c("URINALYSIS_RESULT", N, "VARCHAR", g.col(g.pick(["NEG", "NEG", "POS-MA", "POS-THC", "DILUTE", "MISSED"])),
          "decoy"),
        c("SANCTION_POINTS", N, "INTEGER", g.ints(0, 14), "decoy"),
        c("JUDGE", "person_name", "VARCHAR", g.col(g.pick(judges)), STAFF),
        c("CASE_MANAGER", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF),
        c("LEGAL_AID_SOLICITOR", "person_name", "VARCHAR", g.col(g.pick(solicitors), 0.2), STAFF),
        c("TREATMENT_PROVIDER", N, "VARCHAR", [providers[i][0] for i in prov], "business"),
        c("PROVIDER_ABN", N, "VARCHAR", [providers[i][1] for i in prov], "business", SHAPE),
        c("PROVIDER_EMAIL", N, "VARCHAR", [providers[i][2] for i in prov], "business"),
        c("SUPPORT_PERSON_NAME", "person_name", "VARCHAR", [v.whole(g, "au") if s else None for s in support], ROLE,
          HEAVY),
        c("SUPPORT_PERSON_PHONE", "phone", "VARCHAR", [g.phone("AU", "national") if s else None for s in support],
          ROLE, HEAVY),
        c("CUSTOM_FIELD_2", "free_text", "VARCHAR", _custom(g, "AU", "au"), CUSTOM),
        c("COURT_NOTES", "free_text", "VARCHAR", g.sparse(note, 0.82, _words("nil")), NULLWORD),
    ])


def ie_counselling(g: Gen) -> Table:
    """A Dublin drug and alcohol task force's counselling sessions (abbreviated snake case)."""
    clients = []
    for _ in range(120):
        a, b = v.person(g, "ie")
        town = g.rnd.choice(v.IE_CITIES)
        clients.append((a, b, g.birth(1962, 2007), v.pps(g) if g.rnd.random() < 0.75 else None,
                        v.street(g, v.IE_STREETS, "ie"), town[0], f"{town[1]} {g.code('A9AA')}",
                        g.phone("IE", g.rnd.choice(["national", "e164"])), v.whole(g, "ie"),
                        g.phone("IE", "national"), g.rnd.randrange(3)))
    cl = [g.rnd.choice(clients) for _ in range(g.rows)]
    counsellors = _staff(g, 5, "ie")
    gps = [("Dr " + v.whole(g, "ie"), "Cherry Orchard Health Centre"),
           ("Dr " + v.whole(g, "ie"), "Ballyfermot Primary Care"),
           ("Dr " + v.whole(g, "ie"), "Tullamore Family Practice")]

    def note() -> str:
        return g.rnd.choice([f"Talked about brother {v.given(g, 'ie')}'s overdose", "Cut down to 4 cans a day",
                             "Relapse over Christmas, back on track", f"Partner {v.whole(g, 'ie')} joined session",
                             "Referred to CE scheme"])

    return Table("hse_dat.cnsl_sess", "en", "abbrev", [
        c("sess_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("cl_ref", N, "VARCHAR", g.col(lambda: g.code("D10-99999")), "decoy", SHAPE, ABBREV),
        c("cl_fnm", "first_name", "VARCHAR", [p[0] for p in cl], ABBREV),
        c("cl_snm", "last_name", "VARCHAR", [p[1] for p in cl], ABBREV),
        c("cl_dob", "date_of_birth", "DATE", [p[2] for p in cl], ABBREV),
        c("cl_ppsn", "ssn", "VARCHAR", [p[3] for p in cl], ABBREV),
        c("cl_addr", "street_address", "VARCHAR", [p[4] for p in cl], ABBREV),
        c("cl_town", "city", "VARCHAR", [p[5] for p in cl], ABBREV),
        c("cl_eircd", "postal_code", "VARCHAR", [p[6] for p in cl], ABBREV),
        c("cl_mob", "phone", "VARCHAR", [p[7] for p in cl], ABBREV),
        c("ec_nm", "person_name", "VARCHAR", [p[8] for p in cl], ROLE, ABBREV),
        c("ec_ph", "phone", "VARCHAR", [p[9] for p in cl], ROLE, ABBREV),
        c("gp_nm", "person_name", "VARCHAR", [gps[p[10]][0] for p in cl], ROLE, ABBREV),
        c("gp_prac", N, "VARCHAR", [gps[p[10]][1] for p in cl], "business", ABBREV),
        c("sess_dt", N, "DATE", g.days("2025-01-06", "2025-11-28"), "decoy"),
        c("sess_typ", N, "VARCHAR", g.col(g.pick(["1:1", "Group", "Family", "Phone"])), "decoy", ABBREV),
        c("audit_scr", N, "INTEGER", g.ints(0, 40), "decoy", ABBREV),
        c("cnsl_nm", "person_name", "VARCHAR", g.col(g.pick(counsellors)), STAFF, ABBREV),
        c("udf2", "free_text", "VARCHAR", _custom(g, "IE", "ie"), CUSTOM, ABBREV),
        c("sess_nt", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("nil")), NULLWORD, ABBREV),
    ])


def us_probation_cobol(g: Gen) -> Table:
    """A Maricopa-area adult probation department's caseload extract from a COBOL copybook (padded CHAR, numbers
    for dates, SSN, phones and ZIP codes)."""
    g.areas = v.AZ_AREAS
    people = _people(g, "us", 1958, 2006, 0.25)
    places = [g.rnd.choice(v.AZ_CITIES) for _ in range(g.rows)]
    officers = [n.upper() for n in _staff(g, 7, "us")]
    employers = [("DESERT SUN LANDSCAPING LLC", g.phone("US", "digits", False)),
                 ("VALLEY FREIGHT DOCK INC", g.phone("US", "digits", False)),
                 ("SONORAN BUILDERS SUPPLY", g.phone("US", "digits", False))]
    emp = [g.rnd.randrange(len(employers)) if g.rnd.random() < 0.55 else None for _ in range(g.rows)]
    return Table("AZPROB.PO-CASELOAD-EXTRACT", "en", "cobol", [
        c("PO-CASE-NO", N, "VARCHAR", g.col(lambda: g.code("CR2024-999999")), "decoy", SHAPE, LEGACY),
        c("PO-PRB-LAST-NM", "last_name", "VARCHAR", _pad([p[1].upper() for p in people], 20), LEGACY),
        c("PO-PRB-FIRST-NM", "first_name", "VARCHAR", _pad([p[0].upper() for p in people], 15), LEGACY),
        c("PO-PRB-DOB", "date_of_birth", "INTEGER", [_ymd(p[2]) for p in people], LEGACY),
        c("PO-PRB-SSN", "ssn", "BIGINT", [int(v.us_ssn(g, False)) if g.rnd.random() < 0.8 else 0 for _ in people],
          LEGACY),
        c("PO-PRB-PHONE", "phone", "BIGINT", [int(g.phone("US", "digits")) if g.rnd.random() < 0.85 else 0
                                              for _ in people], LEGACY),
        c("PO-PRB-ADDR", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.AZ_STREETS).upper()), 30),
          LEGACY),
        c("PO-PRB-CITY", "city", "VARCHAR", _pad([p[0].upper() for p in places], 18), LEGACY),
        c("PO-PRB-ZIP", "postal_code", "INTEGER", [int(p[1] + g.digits(2)) for p in places], LEGACY),
        c("PO-OFFICER-NM", "person_name", "VARCHAR", _pad(g.col(g.pick(officers)), 26), STAFF, LEGACY),
        c("PO-SUPV-LVL", N, "VARCHAR", g.col(g.pick(["STD", "INT", "SEX", "DRG", "MIN"])), "decoy", LEGACY),
        c("PO-OFFENSE-CD", N, "VARCHAR", _pad(g.col(g.pick(["13-3407", "13-3405", "28-1381", "13-1805"])), 10),
          "decoy", LEGACY),
        c("PO-UA-LAST-DT", N, "INTEGER", [_ymd(g.day("2025-06-01", "2025-11-30")) for _ in people], "decoy", LEGACY),
        c("PO-UA-RESULT", N, "VARCHAR", g.col(g.pick(["NEG", "NEG", "NEG", "POS", "NS"])), "decoy", LEGACY),
        c("PO-TERM-END-DT", N, "INTEGER", [_ymd(g.day("2025-12-01", "2029-06-30")) for _ in people], "decoy",
          LEGACY),
        c("PO-EMPLOYER-NM", N, "VARCHAR", _pad([employers[i][0] if i is not None else None for i in emp], 30),
          "business", LEGACY),
        c("PO-EMPLOYER-PH", N, "BIGINT", [int(employers[i][1]) if i is not None else 0 for i in emp], "business",
          LEGACY),
        c("PO-NEXT-OF-KIN", "person_name", "VARCHAR", _pad(g.col(lambda: v.whole(g).upper(), 0.25), 30), ROLE,
          LEGACY),
        c("PO-USER-FLD-1", N, "VARCHAR", _pad(g.col(g.pick(["MRT", "DTC", "SAP", "IOP"]), 0.3), 8), "decoy", LEGACY),
        c("PO-USER-FLD-2", "free_text", "VARCHAR", _pad(_custom(g, "US", "us"), 40), CUSTOM, LEGACY),
    ])


def in_deaddiction_staging(g: Gen) -> Table:
    """A Punjab de-addiction centre's intake forms, landed as an opaque staging table."""
    def dob() -> str:
        d = g.birth(1965, 2007)
        return f"{d.day:02d}/{d.month:02d}/{d.year}"

    people = [v.person(g, "in", g.rnd.random() < 0.15) for _ in range(g.rows)]
    places = [g.rnd.choice(v.IN_CITIES) for _ in range(g.rows)]
    return Table("stg_nasha_mukti.src_intake_raw", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", [f"{a} {b}" for a, b in people], OPAQUE),
        c("col03", "person_name", "VARCHAR", g.col(lambda: v.person(g, "in", False)[0] + " " + g.rnd.choice(
            v.NAMES["in"][2]), 0.1), OPAQUE),
        c("col04", "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g, g.rnd.random() < 0.5), 0.55), OPAQUE, HEAVY),
        c("col05", "national_id", "VARCHAR", [v.pan(g, b) if g.rnd.random() < 0.45 else None for _, b in people],
          OPAQUE),
        c("col06", "date_of_birth", "VARCHAR", g.col(dob), OPAQUE),
        c("col07", "phone", "VARCHAR", g.phones("IN", {"e164": 0.4, "national": 0.4, "intl": 0.2}), OPAQUE),
        c("col08", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["in"]) if g.rnd.random() < 0.5 else None
                                        for a, b in people], OPAQUE),
        c("col09", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IN_STREETS, "in"), 0.1), OPAQUE),
        c("col10", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col11", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places], OPAQUE),
        c("col12", N, "VARCHAR", g.col(g.pick(["Heroin (chitta)", "Opium/doda post", "Alcohol", "Tramadol",
                                               "Smack", "Poly-drug"])), "decoy", OPAQUE),
        c("col13", N, "VARCHAR", g.col(lambda: v.aadhaar_decoy(g)), "decoy", SHAPE, OPAQUE),
        c("col14", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c("col15", "ip_address", "VARCHAR", g.col(g.ipv4, 0.2), OPAQUE),
        c("col16", N, "VARCHAR", g.col(g.version), "decoy", SHAPE, OPAQUE),
        c("col17", "free_text", "VARCHAR", _custom(g, "IN", "in"), CUSTOM, OPAQUE),
        c("col18", N, "TIMESTAMP", g.moments("2025-09-01", "2025-11-30"), "decoy", OPAQUE),
        c("col19", N, "VARCHAR", g.col(lambda: f"{g.rnd.uniform(30.2, 31.9):.5f},{g.rnd.uniform(74.4, 75.9):.5f}"),
          "decoy", OPAQUE),
    ])


def za_sober_living(g: Gen) -> Table:
    """A Cape Town sober living house operator's residents (snake case)."""
    people = _people(g, "za", 1962, 2005, 0.3)
    places = [g.rnd.choice(v.ZA_CITIES) for _ in range(g.rows)]
    managers = _staff(g, 4, "za")
    houses = [("Serenity House Observatory", "Lower Main Rd 118, Observatory"),
              ("New Dawn Sober Living Wynberg", "Church St 7, Wynberg"),
              ("Harbour Light Recovery Home", "Beach Rd 52, Muizenberg")]
    house = [g.rnd.randrange(len(houses)) for _ in range(g.rows)]
    sponsor = [g.rnd.random() < 0.4 for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Curfew breach, written warning", f"Visited by sister {v.given(g, 'za')}",
                             "Negative breathalyser after weekend pass", f"Shares room with {v.whole(g, 'za')}",
                             "Started job at a call centre"])

    return Table("soberliving_cpt.house_residents", "en", "snake", [
        c("resident_id", N, "BIGINT", g.keys(3_001), "decoy", KEY),
        c("lease_no", N, "VARCHAR", g.col(lambda: v.za_id_decoy(g)), "decoy", SHAPE),
        c("first_name", "first_name", "VARCHAR", [p[0] for p in people]),
        c("surname", "last_name", "VARCHAR", [p[1] for p in people]),
        c("id_number", "national_id", "VARCHAR", [v.za_id(g, p[2], p[3]) if g.rnd.random() < 0.9 else None
                                                  for p in people]),
        c("date_of_birth", "date_of_birth", "DATE", [p[2] for p in people]),
        c("cell_no", "phone", "VARCHAR", g.phones("ZA", {"national": 0.7, "e164": 0.3}, 0.95, 0.05)),
        c("email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["za"]) if g.rnd.random() < 0.55 else None
                                        for p in people]),
        c("previous_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ZA_STREETS, "za"), 0.1)),
        c("previous_suburb", "city", "VARCHAR", [p[0] for p in places]),
        c("previous_postal_code", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("house_name", N, "VARCHAR", [houses[i][0] for i in house], "business"),
        c("house_address", N, "VARCHAR", [houses[i][1] for i in house], "business"),
        c("move_in_date", N, "DATE", g.days("2024-01-01", "2025-11-30"), "decoy"),
        c("lease_signed_on", N, "DATE", g.days("2024-01-01", "2025-11-30"), "decoy"),
        c("monthly_rent_zar", N, "DECIMAL(8,2)", g.col(g.pick([4_500.0, 5_200.0, 6_000.0, 6_800.0])), "decoy"),
        c("days_sober", N, "INTEGER", g.ints(0, 900), "decoy"),
        c("sponsor_name", "person_name", "VARCHAR", [v.whole(g, "za") if s else None for s in sponsor], ROLE, HEAVY),
        c("sponsor_cell", "phone", "VARCHAR", [g.phone("ZA", "national") if s else None for s in sponsor], ROLE,
          HEAVY),
        c("house_manager", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF),
        c("custom_field_2", "free_text", "VARCHAR", _custom(g, "ZA", "za"), CUSTOM),
        c("incident_notes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("none")), NULLWORD),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def it_serd(g: Gen) -> Table:
    """A Bergamo public addiction service's (SerD) opioid agonist administrations (Italian, snake case)."""
    rows = []
    for _ in range(g.rows):
        fem = g.rnd.random() < 0.25
        a, b = v.person(g, "it", fem)
        born = g.birth(1960, 2004)
        birth_place = g.rnd.choice(v.IT_CITIES)
        rows.append((a, b, born, birth_place[0], v.codice_fiscale(a, b, born, fem, birth_place[3])))
    places = [g.rnd.choice(v.IT_CITIES) for _ in range(g.rows)]
    nurses = _staff(g, 5, "it")
    doctors = ["Dott. " + n for n in _staff(g, 3, "it")]
    family = [g.rnd.random() < 0.4 for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Urine negative per oppiacei", f"Accompagnato dalla madre {v.given(g, 'it')}",
                             "Affido settimanale sospeso", f"Telefonato a {v.whole(g, 'it')} per conferma",
                             "Dose ridotta di 5 mg"])

    return Table("serd_bergamo.somministrazioni_terapia", "it", "snake", [
        c("id_somministrazione", N, "BIGINT", g.keys(1_200_001), "decoy", KEY),
        c("codice_anonimo", N, "VARCHAR", g.col(lambda: g.code("BG-AAA-9999")), "decoy", PSEUDO, SHAPE),
        c("cognome", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("nome", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("codice_fiscale", "national_id", "VARCHAR", [r[4] if g.rnd.random() < 0.92 else None for r in rows]),
        c("data_nascita", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("comune_nascita", "city", "VARCHAR", [r[3] for r in rows]),
        c("sesso", N, "VARCHAR", g.col(g.pick(["M", "F"])), "decoy"),
        c("indirizzo", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IT_STREETS, "it"), 0.05)),
        c("comune_residenza", "city", "VARCHAR", [p[0] for p in places]),
        c("cap", "postal_code", "VARCHAR", [p[2] for p in places]),
        c("provincia", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("cellulare", "phone", "VARCHAR", g.phones("IT", {"national": 0.6, "e164": 0.2, "intl": 0.2}, 0.95, 0.1)),
        c("farmaco", N, "VARCHAR", g.col(g.pick(["Metadone cloridrato 1 mg/ml", "Buprenorfina 8 mg",
                                                 "Buprenorfina/naloxone 8/2 mg", "Buprenorfina deposito"])), "decoy"),
        c("dose_mg", N, "DOUBLE", g.floats(2, 140, 1), "decoy"),
        c("lotto", N, "VARCHAR", g.col(lambda: g.code("A99999")), "decoy", SHAPE),
        c("data_somministrazione", N, "TIMESTAMP", g.moments("2025-03-01", "2025-11-30"), "decoy"),
        c("giorni_affido", N, "INTEGER", g.ints(0, 14), "decoy"),
        c("infermiere", "person_name", "VARCHAR", g.col(g.pick(nurses)), STAFF),
        c("medico_referente", "person_name", "VARCHAR", g.col(g.pick(doctors)), STAFF),
        c("familiare_riferimento", "person_name", "VARCHAR", [v.whole(g, "it") if f else None for f in family], ROLE,
          HEAVY),
        c("telefono_familiare", "phone", "VARCHAR", [g.phone("IT", "national") if f else None for f in family],
          ROLE, HEAVY),
        c("campo_libero_2", "free_text", "VARCHAR", _custom(g, "IT", "it"), CUSTOM),
        c("note", "free_text", "VARCHAR", g.sparse(note, 0.77, _words("nessuno", "non noto")), NULLWORD),
    ])


def es_cad_as400(g: Gen) -> Table:
    """A Madrid municipal addiction care centre's (CAD) AS/400 patient file (Spanish, ``CA`` prefix, CYYMMDD)."""
    people = _people(g, "es", 1960, 2006, 0.3)
    places = [g.rnd.choice(v.ES_CITIES) for _ in range(g.rows)]
    staff = [n.upper() for n in _staff(g, 6, "es")]
    return Table("CADMAD26.CAPACP", "es", "as400", [
        c("CANEXP", N, "DECIMAL(9,0)", g.keys(260_000_001), "decoy", KEY, LEGACY),
        c("CAEXPE", N, "VARCHAR", g.col(lambda: v.dni_decoy(g)), "decoy", SHAPE, LEGACY),
        c("CAAPE1", "last_name", "VARCHAR", _pad([p[1].upper() for p in people], 25), LEGACY),
        c("CAAPE2", "last_name", "VARCHAR", _pad(g.col(lambda: v.person(g, "es")[1].upper(), 0.1), 25), LEGACY),
        c("CANOMB", "first_name", "VARCHAR", _pad([p[0].upper() for p in people], 20), LEGACY),
        c("CAFNAC", "date_of_birth", "DECIMAL(7,0)", [_cyymmdd(p[2]) for p in people], LEGACY),
        c("CADNIE", "national_id", "VARCHAR", _pad(g.col(lambda: v.dni(g) if g.rnd.random() < 0.8 else v.nie(g),
                                                         0.08), 10), LEGACY),
        c("CATELF", "phone", "DECIMAL(9,0)", [int(g.phone("ES", "digits", g.rnd.random() < 0.8))
                                              if g.rnd.random() < 0.85 else 0 for _ in people], LEGACY),
        c("CADOMI", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.ES_STREETS, "es").upper()), 40),
          LEGACY),
        c("CACPOS", "postal_code", "DECIMAL(5,0)", [int(p[1]) for p in places], LEGACY),
        c("CAMUNI", "city", "VARCHAR", _pad([p[0].upper() for p in places], 20), LEGACY),
        c("CASUST", N, "VARCHAR", _pad(g.col(g.pick(["ALCOHOL", "COCAINA", "HEROINA", "CANNABIS", "JUEGO"])), 10),
          "decoy", LEGACY),
        c("CAFALT", N, "DECIMAL(7,0)", [_cyymmdd(g.day("2023-01-01", "2025-11-30")) for _ in people], "decoy",
          LEGACY),
        c("CAPROG", N, "VARCHAR", g.col(g.pick(["PMM", "LIBRE", "RESID", "CT"])), "decoy", LEGACY),
        c("CAPROF", "person_name", "VARCHAR", _pad(g.col(g.pick(staff)), 30), STAFF, LEGACY),
        c("CAFAMI", "person_name", "VARCHAR", _pad(g.col(lambda: v.whole(g, "es").upper(), 0.6), 30), ROLE, LEGACY,
          HEAVY),
        c("CATFAM", "phone", "DECIMAL(9,0)", [int(g.phone("ES", "digits")) if g.rnd.random() < 0.4 else 0
                                              for _ in people], ROLE, LEGACY),
        c("CAUDF1", N, "VARCHAR", _pad(g.col(g.pick(["A1", "B2", "T3", "X"]), 0.2), 4), "decoy", LEGACY),
        c("CAUDF2", "free_text", "VARCHAR", _pad(_custom(g, "ES", "es"), 40), CUSTOM, LEGACY),
    ])


def nl_herstelhuis(g: Gen) -> Table:
    """A Zwolle recovery house's (sober living) residents (Dutch, Pascal case)."""
    people = _people(g, "nl", 1962, 2005, 0.3)
    places = [g.rnd.choice(v.NL_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "nl")
    houses = ["Herstelhuis De Brug, Zwolle", "Herstelhuis Het Anker, Kampen", "Herstelhuis Vrijstaat, Deventer"]
    contact = [g.rnd.random() < 0.3 for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Terugval na weekendverlof, gesprek gepland", f"Moeder {v.given(g, 'nl')} op bezoek",
                             "Huishoudtaken niet gedaan", f"Huisgenoot {v.whole(g, 'nl')} klaagt over geluid",
                             "Start dagbesteding"])

    return Table("HerstelhuisZwolle.Bewoners", "nl", "pascal", [
        c("BewonerId", N, "BIGINT", g.keys(501), "decoy", KEY),
        c("HuurcontractNummer", N, "VARCHAR", g.col(lambda: v.bsn_decoy(g)), "decoy", SHAPE),
        c("Voornaam", "first_name", "VARCHAR", [p[0] for p in people]),
        c("Achternaam", "last_name", "VARCHAR", [p[1] for p in people]),
        c("Geboortedatum", "date_of_birth", "DATE", [p[2] for p in people]),
        c("Bsn", "national_id", "VARCHAR", g.col(lambda: v.bsn(g), 0.1)),
        c("Iban", "iban", "VARCHAR", g.col(lambda: v.nl_iban(g), 0.15)),
        c("Rekeninghouder", "person_name", "VARCHAR", [f"{p[0][0]}. {p[1]}" if g.rnd.random() < 0.8 else
                                                       v.whole(g, "nl") for p in people]),
        c("Mobiel", "phone", "VARCHAR", g.phones("NL", {"national": 0.6, "e164": 0.4}, 0.95, 0.05)),
        c("Email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["nl"]) if g.rnd.random() < 0.6 else None
                                        for p in people]),
        c("VorigAdres", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NL_STREETS, "nl"), 0.2)),
        c("VorigeWoonplaats", "city", "VARCHAR", [p[0] for p in places]),
        c("VorigePostcode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('AA')}" for p in places]),
        c("Huis", N, "VARCHAR", g.col(g.pick(houses)), "business"),
        c("Inschrijfdatum", N, "DATE", g.days("2024-01-01", "2025-11-30"), "decoy"),
        c("ContractEinddatum", N, "DATE", g.days("2025-06-01", "2026-12-31"), "decoy"),
        c("HuurBedrag", N, "DECIMAL(8,2)", g.col(g.pick([525.0, 610.0, 685.0])), "decoy"),
        c("Begeleider", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("ContactpersoonNaam", "person_name", "VARCHAR", [v.whole(g, "nl") if k else None for k in contact], ROLE,
          HEAVY),
        c("ContactpersoonTelefoon", "phone", "VARCHAR", [g.phone("NL", "national") if k else None for k in contact],
          ROLE, HEAVY),
        c("VrijVeld2", "free_text", "VARCHAR", _custom(g, "NL", "nl"), CUSTOM),
        c("Notities", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("geen", "onbekend")), NULLWORD),
    ])


def se_behandlingshem(g: Gen) -> Table:
    """A Västerbotten residential treatment home's admissions, some under compulsory care (Swedish, snake case)."""
    people = _people(g, "sv", 1960, 2005, 0.3)
    places = [g.rnd.choice(v.SE_CITIES) for _ in range(g.rows)]
    social = _staff(g, 6, "sv")
    therapists = _staff(g, 4, "sv")
    orgnr = v.se_orgnr(g)
    anh = [g.rnd.random() < 0.7 for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Abstinensbesvär första dygnet", f"Dottern {v.given(g, 'sv')} ringde",
                             "Avvek, polis larmad",
                             f"Samtal med {v.whole(g, 'sv')} från kommunen", "Påbörjat ÅP-program"])

    return Table("behandlingshem_vbn.inskrivningar", "sv", "snake", [
        c("inskrivning_id", N, "BIGINT", g.keys(8_001), "decoy", KEY),
        c("personnummer", "national_id", "VARCHAR", [v.personnummer(g, p[2]) for p in people]),
        c("fodelsedatum", "date_of_birth", "DATE", [p[2] for p in people]),
        c("fornamn", "first_name", "VARCHAR", [p[0] for p in people]),
        c("efternamn", "last_name", "VARCHAR", [p[1] for p in people]),
        c("folkbokforingsadress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.SE_STREETS, "sv"), 0.05)),
        c("postnummer", "postal_code", "VARCHAR", [f"{p[1]} {g.digits(2)}" for p in places]),
        c("postort", "city", "VARCHAR", [p[0] for p in places]),
        c("mobil", "phone", "VARCHAR", g.phones("SE", {"national": 0.7, "e164": 0.3}, 0.95, 0.1)),
        c("epost", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["sv"]) if g.rnd.random() < 0.35 else None
                                        for p in people], HEAVY),
        c("placerande_kommun", N, "VARCHAR", g.col(g.pick(["Umeå kommun", "Skellefteå kommun", "Lycksele kommun",
                                                           "Vilhelmina kommun"])), "decoy"),
        c("lvm_beslut", N, "BOOLEAN", g.yn(True, False, 0.3), "decoy"),
        c("inskriven_datum", N, "DATE", g.days("2024-09-01", "2025-11-30"), "decoy"),
        c("planerad_utskrivning", N, "DATE", g.days("2025-01-01", "2026-05-31", 0.2), "decoy"),
        c("socialsekreterare", "person_name", "VARCHAR", g.col(g.pick(social)), STAFF),
        c("behandlare", "person_name", "VARCHAR", g.col(g.pick(therapists)), STAFF),
        c("anhorig_namn", "person_name", "VARCHAR", [v.whole(g, "sv") if a else None for a in anh], ROLE),
        c("anhorig_telefon", "phone", "VARCHAR", [g.phone("SE", "national") if a else None for a in anh], ROLE),
        c("vardgivare_orgnr", N, "VARCHAR", [orgnr] * g.rows, "business", SHAPE),
        c("fritext_2", "free_text", "VARCHAR", _custom(g, "SE", "sv"), CUSTOM),
        c("journalanteckning", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("saknas", "okänt")), NULLWORD),
    ])


def cz_needle_exchange(g: Gen) -> Table:
    """A Brno low-threshold contact centre's needle exchange contacts (Czech, snake case): client codes, aliases,
    and names and birth numbers for those who agreed to testing."""
    people = _people(g, "cs", 1962, 2005, 0.3)
    tested = [g.rnd.random() < 0.3 for _ in range(g.rows)]
    staff = _staff(g, 5, "cs")

    def note() -> str:
        return g.rnd.choice(["Odmítl test HCV", f"Přišel s přítelkyní {v.given(g, 'cs')}", "Absces na předloktí",
                             f"Ptal se po {v.whole(g, 'cs')}", "Předán kontakt na substituci"])

    return Table("kc_brno.vymenny_program", "cs", "snake", [
        c("kontakt_id", N, "BIGINT", g.keys(55_001), "decoy", KEY),
        c("klient_kod", N, "VARCHAR", g.col(lambda: g.code("AA99AA9")), "decoy", PSEUDO, SHAPE),
        c("prezdivka", USERNAME, "VARCHAR", g.col(g.pick(["Pepan", "Zrzek", "Kuba_B", "Mravenec", "Sisi", "Dlouhej",
                                                          "Bobr", "Lenka_Z", "Fousek", "Cikorka", "Hafan", "Mája"]),
                                                  0.4), "username"),
        c("jmeno", "first_name", "VARCHAR", [p[0] if t else None for p, t in zip(people, tested)], HEAVY),
        c("prijmeni", "last_name", "VARCHAR", [p[1] if t else None for p, t in zip(people, tested)], HEAVY),
        c("rodne_cislo", "national_id", "VARCHAR", [v.rodne_cislo(g, p[2], p[3]) if t else None
                                                    for p, t in zip(people, tested)], HEAVY),
        c("datum_narozeni", "date_of_birth", "DATE", [p[2] if t or g.rnd.random() < 0.2 else None
                                                      for p, t in zip(people, tested)], HEAVY),
        c("telefon", "phone", "VARCHAR", [g.phone("CZ", g.rnd.choice(["national", "e164"])) if t or
                                          g.rnd.random() < 0.15 else None for t in tested], HEAVY),
        c("mesto", "city", "VARCHAR", g.col(g.pick([p[0] for p in v.CZ_CITIES]), 0.3)),
        c("datum_kontaktu", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy"),
        c("vydane_strikacky", N, "INTEGER", g.ints(0, 60), "decoy"),
        c("vracene_strikacky", N, "INTEGER", g.ints(0, 60), "decoy"),
        c("naloxon_vydan", N, "BOOLEAN", g.yn(True, False, 0.05), "decoy"),
        c("test_hcv", N, "VARCHAR", g.col(g.pick(["neprovedeno", "negativní", "reaktivní"])), "decoy"),
        c("primarni_droga", N, "VARCHAR", g.col(g.pick(["pervitin", "heroin", "buprenorfin", "kombinace"])),
          "decoy"),
        c("pracovnik", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("volne_pole_2", "free_text", "VARCHAR", _custom(g, "CZ", "cs"), CUSTOM),
        c("poznamka", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("neznámo", "nevyplněno")), NULLWORD),
    ])


def tr_probation(g: Gen) -> Table:
    """An İzmir probation directorate's treatment and drug-test obligations (Turkish, snake case)."""
    people = _people(g, "tr", 1965, 2006, 0.15)
    officers = _staff(g, 6, "tr")
    centres = [("İzmir AMATEM Kliniği", g.phone("TR", "national", False)),
               ("Bornova ÇEMATEM", g.phone("TR", "national", False)),
               ("Karşıyaka Toplum Ruh Sağlığı Merkezi", g.phone("TR", "national", False))]
    centre = [g.rnd.randrange(len(centres)) for _ in range(g.rows)]
    relative = [g.rnd.random() < 0.65 for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Test gününe gelmedi, ihtar verildi", f"Annesi {v.given(g, 'tr')} ile görüşüldü",
                             "Tedaviye uyumlu", f"Ağabeyi {v.whole(g, 'tr')} refakat etti", "Dosya savcılığa iade"])

    return Table("denetimli_serbestlik_izmir.tedavi_yukumlulukleri", "tr", "snake", [
        c("kayit_no", N, "BIGINT", g.keys(35_000_001), "decoy", KEY),
        c("dosya_no", N, "VARCHAR", g.col(lambda: v.tc_decoy(g)), "decoy", SHAPE),
        c("tc_kimlik_no", "national_id", "VARCHAR", g.col(lambda: v.tc_kimlik(g), 0.03)),
        c("ad", "first_name", "VARCHAR", [p[0] for p in people]),
        c("soyad", "last_name", "VARCHAR", [p[1] for p in people]),
        c("baba_adi", "first_name", "VARCHAR", g.col(lambda: v.person(g, "tr", False)[0], 0.05), ROLE),
        c("dogum_tarihi", "date_of_birth", "DATE", [p[2] for p in people]),
        c("cep_telefonu", "phone", "VARCHAR", g.phones("TR", {"national": 0.7, "e164": 0.3}, 1.0, 0.05)),
        c("e_posta", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["tr"]) if g.rnd.random() < 0.3 else None
                                          for p in people], HEAVY),
        c("adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.TR_STREETS, "tr"), 0.05)),
        c("ilce", "city", "VARCHAR", g.col(g.pick(v.TR_DISTRICTS))),
        c("il", N, "VARCHAR", ["İzmir"] * g.rows, "decoy"),
        c("posta_kodu", "postal_code", "VARCHAR", g.col(lambda: f"35{g.rnd.randint(0, 999):03d}")),
        c("tedavi_kurumu", N, "VARCHAR", [centres[i][0] for i in centre], "business"),
        c("kurum_telefonu", N, "VARCHAR", [centres[i][1] for i in centre], "business"),
        c("madde_turu", N, "VARCHAR", g.col(g.pick(["Esrar", "Metamfetamin", "Eroin", "Bonzai", "Kokain"])),
          "decoy"),
        c("randevu_no", N, "VARCHAR", g.col(lambda: g.code("RNV-99999999")), "decoy"),
        c("test_tarihi", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy"),
        c("test_sonucu", N, "VARCHAR", g.col(g.pick(["Negatif", "Negatif", "Pozitif", "Gelmedi"])), "decoy"),
        c("denetim_memuru", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
        c("yakin_adi", "person_name", "VARCHAR", [v.whole(g, "tr") if r else None for r in relative], ROLE),
        c("yakin_telefonu", "phone", "VARCHAR", [g.phone("TR", "national") if r else None for r in relative], ROLE),
        c("ek_alan_2", "free_text", "VARCHAR", _custom(g, "TR", "tr"), CUSTOM),
        c("aciklama", "free_text", "VARCHAR", g.sparse(note, 0.76, _words("yok", "bilinmiyor")), NULLWORD),
    ])


def gr_okana(g: Gen) -> Table:
    """A Thessaloniki opioid substitution programme unit's members (romanized Greek column names, Greek values)."""
    people = _people(g, "el", 1958, 1999, 0.25)
    places = [g.rnd.choice(v.GR_CITIES) for _ in range(g.rows)]
    doctors = ["Δρ. " + n for n in _staff(g, 3, "el")]
    social = _staff(g, 4, "el")
    units = [("Μονάδα Υποκατάστασης Θεσσαλονίκης 1", v.gr_afm(g)), ("Μονάδα Υποκατάστασης Καλαμαριάς", v.gr_afm(g))]
    unit = [g.rnd.randrange(len(units)) for _ in range(g.rows)]
    rel = [g.rnd.random() < 0.4 for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Αρνητικό τοξικολογικό", f"Συνοδεία από τη μητέρα {v.given(g, 'el')}",
                             "Μείωση δόσης κατά 2 mg", f"Επικοινωνία με {v.whole(g, 'el')}", "Απουσία 3 ημερών"])

    return Table("okana_thess.programma_ypokatastasis", "el", "snake", [
        c("id_eggrafis", N, "BIGINT", g.keys(70_001), "decoy", KEY),
        c("kodikos_melous", N, "VARCHAR", g.col(lambda: g.code("ΘΕΣ-9999-99")), "decoy", PSEUDO, SHAPE),
        c("amka", "ssn", "VARCHAR", [v.amka(g, p[2]) if g.rnd.random() < 0.93 else None for p in people]),
        c("afm", "national_id", "VARCHAR", g.col(lambda: v.gr_afm(g), 0.6), HEAVY),
        c("eponymo", "last_name", "VARCHAR", [p[1] for p in people]),
        c("onoma", "first_name", "VARCHAR", [p[0] for p in people]),
        c("patronymo", "first_name", "VARCHAR", g.col(lambda: v.person(g, "el", False)[0], 0.1), ROLE),
        c("imerominia_gennisis", "date_of_birth", "DATE", [p[2] for p in people]),
        c("kinito", "phone", "VARCHAR", g.phones("GR", {"national": 0.7, "e164": 0.3}, 1.0, 0.08)),
        c("email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["el"]) if g.rnd.random() < 0.3 else None
                                        for p in people], HEAVY),
        c("odos", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GR_STREETS, "el"), 0.1)),
        c("poli", "city", "VARCHAR", [p[0] for p in places]),
        c("tk", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("farmako", N, "VARCHAR", g.col(g.pick(["Μεθαδόνη", "Βουπρενορφίνη", "Βουπρενορφίνη/ναλοξόνη"])), "decoy"),
        c("dosi_mg", N, "DOUBLE", g.floats(2, 120, 1), "decoy"),
        c("imerominia_entaxis", N, "DATE", g.days("2015-01-01", "2025-10-31"), "decoy"),
        c("monada", N, "VARCHAR", [units[i][0] for i in unit], "business"),
        c("afm_monadas", N, "VARCHAR", [units[i][1] for i in unit], "business", SHAPE),
        c("giatros", "person_name", "VARCHAR", g.col(g.pick(doctors)), STAFF),
        c("koinonikos_leitourgos", "person_name", "VARCHAR", g.col(g.pick(social)), STAFF),
        c("syggenis_epikoinonias", "person_name", "VARCHAR", [v.whole(g, "el") if r else None for r in rel], ROLE,
          HEAVY),
        c("tilefono_syggeni", "phone", "VARCHAR", [g.phone("GR", "national") if r else None for r in rel], ROLE,
          HEAVY),
        c("elefthero_pedio_2", "free_text", "VARCHAR", _custom(g, "GR", "el"), CUSTOM),
        c("paratiriseis", "free_text", "VARCHAR", g.sparse(note, 0.77, _words("κανένα", "άγνωστο")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (us_rehab_admissions, 600), (gb_needle_exchange, 800), (ca_ost_dispensing, 700), (au_drug_court, 400),
    (ie_counselling, 500), (us_probation_cobol, 700), (in_deaddiction_staging, 500), (za_sober_living, 300),
    (it_serd, 600), (es_cad_as400, 500), (nl_herstelhuis, 300), (se_behandlingshem, 350), (cz_needle_exchange, 800),
    (tr_probation, 500), (gr_okana, 400),
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
