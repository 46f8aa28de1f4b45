"""Held-out set v99 for the column classifier: 15 tables of *aged care, home care, nursing homes and disability
support* (home care visit logs, care home resident registers, an NDIS plan manager's invoices, home care
assessments, carers' rosters, a rest home's legacy master file, an elder helpline, respite bookings, a home nursing
service, an EHPAD, a long-term care client file, a residential care home, a nursing home's medication round, a
municipal home help programme and a care manager's care plans), one system per table and each a different
organisation, eight with English column names and seven in other languages:

* ``desertbloom_hh.client_visits``: a Mesa, Arizona home care agency's EVV visits (snake case, SSN, AHCCCS member
  ids, authorisation numbers shaped like SSNs failing the check, EVV coordinates, ``misc_1``);
* ``WharfedaleCare.ResidentRegister``: a Calderdale nursing home's residents (Pascal case, NHS numbers, local refs
  failing the NHS check, next of kin, a health and welfare LPA attorney, the GP surgery, ``Udf2``);
* ``ndisPlanMgr.participantInvoices``: a Geelong NDIS plan manager (camel case, NDIS numbers, plan nominees,
  providers' ABNs, support item numbers, a portal login and its last IP);
* ``HCCSS_EAST.CLIENT_ASSESSMENTS``: an eastern Ontario home care service's interRAI assessments (SCREAMING case,
  health card numbers, SIN, substitute decision makers, referral numbers failing Luhn, ``CUSTOM_FIELD_1``);
* ``hsp_waterford.sched_roster``: a Waterford home support provider's roster (abbreviated: ``cl_fnm``, ``ctc_ph``,
  ``addr_ln1``, ``nok_nm``; PPSN, Eircode, visit refs failing the PPSN check, key safe codes);
* ``RESTHOME.RH_RESIDENT_MAST``: a Dunedin rest home's COBOL master file (legacy: padded CHAR, ``YYYYMMDD``
  integers, NHI, IRD, an EPOA's phone as a number with 0 for missing, room codes failing the NHI check,
  ``RH-USER-FLD-1``);
* ``stg_eldercare.raw_helpline_intake``: a Pune elder helpline's call intake as an opaque staging table (``col01`` to
  ``col20``: Aadhaar, PAN, numbers failing the Verhoeff check, hashes);
* ``huis_rusoord.respite_bookings``: a Cape Town respite home's bookings (snake case, SA ID numbers encoding the
  birth date, booking refs failing their check, deposit cards, the booking IP, ``extra_info_2``);
* ``pflegedienst_lindenthal.klienten_einsatz``: a Cologne home nursing service (German; Steuer-ID, IBAN, account
  holder, legal guardian, service records failing the Steuer-ID check, ``freifeld_2``);
* ``EHPAD44.EHRESP``: a Loire-Atlantique EHPAD's AS/400 file (French, legacy: ``RS`` prefix, ``CYYMMDD`` decimals,
  NIR, family referent and guardian, phone and postcode as decimals, ``RSUDF1``);
* ``vechtdalZorg.clientDossier``: an Overijssel long-term care organisation (Dutch, camel case; BSN, decision numbers
  failing the eleven check, legal representative, IBAN, ``vrijVeld3``);
* ``dps_nowa_huta.mieszkancy``: a Kraków residential care home (Polish; PESEL encoding the birth date, decision
  numbers failing the PESEL check, legal guardian, suppliers' NIP, ``pole_dodatkowe_1``);
* ``rsa_villa_glicini.ospiti_terapia``: a Brianza nursing home's guests and medication round (Italian; codice
  fiscale encoding the birth date and place, support administrator, IBAN, drugs and lots, ``campo_libero_3``);
* ``kapi_kalamarias.ofeloumenoi``: a Kalamaria municipal home help programme (Greek column names in Greek script,
  Greek values; AMKA encoding the birth date, AFM, the family carer, IBAN, protocol numbers);
* ``kaigo_aomori.riyousha_kea_puran``: an Aomori home care support office's care plans (romanized Japanese names,
  values in kanji and katakana, long-term care insured numbers, My Number, ``jiyuu_koumoku_1``).

Written **blind**, like v2 to v98: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how the
scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v27 and v98 (their
modules, their tests and ``tests/heldout_support.py``), the module docstrings of v24 to v98 (to avoid their domains),
the ``Column``/``Table`` classes and writer of v2 and v4, and python-stdnum and phonenumbers. The classifier was not
run on this set while it was written, no scorer was run on it, and no score was looked at. It was written under a
short deadline (30 minutes, the tests and lint included), so some labels are quick decisions rather than settled
conventions.

Labeling choices a reader may question:

* a US SSN, a Canadian SIN, an Irish PPSN, a French NIR and a Greek AMKA are ``ssn``; an NHS number, an NDIS number,
  an Ontario health card number, an AHCCCS (Arizona Medicaid) member id, an NHI, an IRD number, Aadhaar, PAN, a South
  African ID number, a Steuer-ID, a BSN, PESEL, a codice fiscale, an AFM, a Japanese long-term care insured number
  (``hihokensha_bangou``, no check digit) and My Number are ``national_id`` (numbers a state or its agency issues to
  a person);
* visit, booking, referral, decision, invoice, protocol and service record numbers, room codes, key safe codes and
  drug lots are ``none`` (tag ``decoy``, ``value_shape`` when shaped like an identifier and failing its check);
  providers' ABNs, suppliers' NIPs and a care office's number are ``none`` (tag ``business``), as are GP surgeries',
  agencies', hospitals' and facilities' names and phones;
* EVV latitude and longitude (where the carer clocked in, the client's home) are ``none`` (tags ``decoy``,
  ``coordinates``): no kind holds coordinates;
* carers, key workers, assessors, plan manager contacts, intake officers, nurses and care managers are staff
  (``person_name``, tag ``staff``); a next of kin, an attorney, a substitute decision maker, a plan nominee, a legal
  guardian, a support administrator, a family carer, a caller on behalf of an elder, an account holder and a GP
  (``RSMEDT``) are personal (tag ``role_word``); a Greek father's name (``πατρώνυμο``) is ``first_name``;
* a resident's preferred name (a short form of the forename) is ``first_name``; a birth municipality
  (``comune_nascita``), a suburb, a Japanese municipality and a previous town are ``city``; a county, a state and a
  care level are ``none``;
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``: no one
  kind fits); a family portal login is ``unclassified`` (tag ``username``);
* numeric dates of birth (``YYYYMMDD``, ``CYYMMDD``) and text dates (``dd/mm/yyyy``, ``dd.mm.yyyy``,
  ``dd-mm-yyyy``) are ``date_of_birth``; admission, assessment, visit and care plan dates are ``none``; an EHPAD's
  GIR level and a Pflegegrad are ``none``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v99_values`, written for v99 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v99 [PATH]`` (default ``/tmp/heldout_v99.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v99``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from stdnum import luhn

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v99_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v99_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v99.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # carers, nurses, assessors, care managers (few distinct)
ROLE = "role_word"  # a role word (next of kin, attorney, guardian, carer, nominee, family ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)


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
            return v.mail(g, lang)
        return v.whole(g, lang)
    return g.col(one, null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _cyymmdd(d: date | None) -> int:
    return 0 if d is None else (d.year // 100 - 19) * 1_000_000 + (d.year % 100) * 10_000 + d.month * 100 + d.day


def _ohip(g: Gen) -> str:
    """An Ontario health card number: ten digits passing Luhn, and a two-letter version code."""
    body = str(g.rnd.randint(1, 9)) + g.digits(8)
    d = body + luhn.calc_check_digit(body)
    return f"{d[:4]}-{d[4:7]}-{d[7:]}-{g.code('AA')}" if g.rnd.random() < 0.6 else d


def _people(g: Gen, lang: str, female: float = 0.6) -> list[tuple[str, str, bool]]:
    out = []
    for _ in range(g.rows):
        fem = g.rnd.random() < female
        a, b = v.person(g, lang, fem)
        out.append((a, b, fem))
    return out


# -- English-named tables ----------------------------------------------------------------------------------------------


def us_home_care_visits(g: Gen) -> Table:
    """A Mesa, Arizona home care agency's EVV visit log (snake case)."""
    people = _people(g, "us")
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 7, "us")
    payers = ["Mercy Care Plan", "Banner University Family Care", "UnitedHealthcare Community Plan", "Private pay"]

    def note() -> str:
        return g.rnd.choice([f"Daughter {v.given(g)} present, client refused shower", "Med reminder given, BP normal",
                             "Client not home, called office", f"Neighbor {v.whole(g)} let caregiver in",
                             "Light housekeeping and meal prep done"])

    return Table("desertbloom_hh.client_visits", "en", "snake", [
        c("visit_id", N, "BIGINT", g.keys(5_400_001), "decoy", KEY),
        c("client_id", N, "VARCHAR", g.col(lambda: g.code("DBH-99999")), "decoy", KEY),
        c("client_first_name", "first_name", "VARCHAR", [p[0] for p in people]),
        c("client_last_name", "last_name", "VARCHAR", [p[1] for p in people]),
        c("client_dob", "date_of_birth", "DATE", g.births(1928, 1962)),
        c("client_ssn", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.7), 0.6), HEAVY),
        c("ahcccs_member_id", "national_id", "VARCHAR", g.col(lambda: g.code("A99999999"), 0.35)),
        c("service_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.US_STREETS))),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("county", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("zip", "postal_code", "VARCHAR", [p[2] + g.digits(2) for p in places]),
        c("client_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.4, 0.1)),
        c("emergency_contact", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.15), ROLE),
        c("emergency_contact_phone", "phone", "VARCHAR", g.phones("US", {"dashes": 1.0}, 1.0, 0.2), ROLE),
        c("caregiver_name", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("service_code", N, "VARCHAR", g.col(g.pick(["T1019", "S5125", "S5130", "S5150", "G0156"])), "decoy"),
        c("authorization_no", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE),
        c("payer_name", N, "VARCHAR", g.col(g.pick(payers)), "business"),
        c("evv_clock_in", N, "TIMESTAMP", g.moments("2025-06-01", "2025-11-30"), "decoy"),
        c("evv_lat", N, "DOUBLE", g.floats(31.9, 35.3, 6), "decoy", "coordinates"),
        c("evv_lon", N, "DOUBLE", g.floats(-112.6, -110.8, 6), "decoy", "coordinates"),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "US", "us"), CUSTOM),
        c("visit_notes", "free_text", "VARCHAR", g.sparse(note, 0.74, _words()), NULLWORD),
    ])


def gb_care_home_register(g: Gen) -> Table:
    """A Calderdale nursing home's resident register (Pascal case)."""
    people = _people(g, "gb", 0.65)
    places = [g.rnd.choice(v.GB_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 6, "gb")
    gps = [("Rastrick Health Centre", g.phone("GB", "national", False)),
           ("Boothtown Medical Practice", g.phone("GB", "national", False)),
           ("Plane Trees Group Practice", g.phone("GB", "national", False))]
    gp = [g.rnd.randrange(len(gps)) for _ in range(g.rows)]
    return Table("WharfedaleCare.ResidentRegister", "en", "pascal", [
        c("ResidentId", N, "BIGINT", g.keys(1_001), "decoy", KEY),
        c("RoomNumber", N, "VARCHAR", g.col(lambda: g.rnd.choice(["G", "F", "S"]) + g.digits(2)), "decoy"),
        c("NhsNumber", "national_id", "VARCHAR", g.col(lambda: v.nhs(g), 0.05)),
        c("LocalPatientRef", N, "VARCHAR", g.col(lambda: v.nhs_decoy(g)), "decoy", SHAPE),
        c("Title", N, "VARCHAR", [("Mrs" if g.rnd.random() < 0.7 else "Miss") if p[2] else "Mr" for p in people],
          "decoy"),
        c("Forename", "first_name", "VARCHAR", [p[0] for p in people]),
        c("Surname", "last_name", "VARCHAR", [p[1] for p in people]),
        c("PreferredName", "first_name", "VARCHAR", [p[0][:4] if g.rnd.random() < 0.35 else None for p in people],
          HEAVY),
        c("DateOfBirth", "date_of_birth", "DATE", g.births(1925, 1955)),
        c("PreviousAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GB_STREETS, "gb"), 0.1)),
        c("PreviousTown", "city", "VARCHAR", [p[0] for p in places]),
        c("PreviousPostcode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9AA')}" for p in places]),
        c("GpSurgery", N, "VARCHAR", [gps[i][0] for i in gp], "business"),
        c("GpSurgeryPhone", N, "VARCHAR", [gps[i][1] for i in gp], "business"),
        c("NextOfKinName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "gb"), 0.05), ROLE),
        c("NextOfKinRelationship", N, "VARCHAR", g.col(g.pick(["Daughter", "Son", "Niece", "Husband", "Wife",
                                                                "Friend"])), "decoy"),
        c("NextOfKinPhone", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.4}, 0.7, 0.05), ROLE),
        c("NextOfKinEmail", "email", "VARCHAR", g.col(lambda: v.mail(g, "gb"), 0.3), ROLE),
        c("LpaHealthWelfareAttorney", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "gb"), 0.65), ROLE, HEAVY),
        c("DolsStatus", N, "VARCHAR", g.col(g.pick(["Authorised", "Applied", "Not required", "Expired"])), "decoy"),
        c("FundingType", N, "VARCHAR", g.col(g.pick(["Self-funded", "LA funded", "CHC", "FNC + top-up"])), "decoy"),
        c("AdmissionDate", N, "DATE", g.days("2016-01-01", "2025-11-30"), "decoy"),
        c("KeyWorker", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("Udf2", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
    ])


def au_ndis_plan_manager(g: Gen) -> Table:
    """A Geelong NDIS plan manager's participant invoices (camel case)."""
    people = _people(g, "au", 0.5)
    places = [g.rnd.choice(v.AU_CITIES) for _ in range(g.rows)]
    providers = [(name, v.abn(g)) for name in ("Barwon Allied Therapy Pty Ltd", "Surf Coast Support Co-op",
                                               "Coastline Mobility Hire", "Bellarine Community Transport")]
    prov = [g.rnd.randrange(len(providers)) for _ in range(g.rows)]
    staff = _staff(g, 4, "au")
    nominee = [g.rnd.random() < 0.45 for _ in range(g.rows)]

    def dob() -> str:
        d = g.birth(1960, 2019)
        return f"{d.day:02d}/{d.month:02d}/{d.year}"

    return Table("ndisPlanMgr.participantInvoices", "en", "camel", [
        c("invoiceId", N, "BIGINT", g.keys(880_001), "decoy", KEY),
        c("invoiceNumber", N, "VARCHAR", g.col(lambda: g.code("INV-99999")), "decoy", SHAPE),
        c("ndisNumber", "national_id", "VARCHAR", g.col(lambda: "43" + g.digits(7))),
        c("participantFirstName", "first_name", "VARCHAR", [p[0] for p in people]),
        c("participantLastName", "last_name", "VARCHAR", [p[1] for p in people]),
        c("participantDob", "date_of_birth", "VARCHAR", g.col(dob)),
        c("participantMobile", "phone", "VARCHAR", g.phones("AU", {"national": 0.7, "e164": 0.3}, 0.9, 0.2)),
        c("participantEmail", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["au"])
                                                   if g.rnd.random() < 0.6 else None for p in people]),
        c("streetAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au"))),
        c("suburb", "city", "VARCHAR", [p[0] for p in places]),
        c("postcode", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("state", N, "VARCHAR", ["VIC"] * g.rows, "decoy"),
        c("planNomineeName", "person_name", "VARCHAR", [v.whole(g, "au") if n else None for n in nominee], ROLE,
          HEAVY),
        c("planNomineePhone", "phone", "VARCHAR", [g.phone("AU", "national") if n else None for n in nominee], ROLE,
          HEAVY),
        c("providerName", N, "VARCHAR", [providers[i][0] for i in prov], "business"),
        c("providerAbn", N, "VARCHAR", [providers[i][1] for i in prov], "business", SHAPE),
        c("supportItemNumber", N, "VARCHAR", g.col(g.pick(["01_011_0107_1_1", "15_056_0128_1_3", "04_104_0125_6_1",
                                                           "05_122203111_0103_1_2"])), "decoy", SHAPE),
        c("amountClaimed", N, "DECIMAL(10,2)", g.amounts(12, 4_800), "decoy"),
        c("serviceStartDate", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy"),
        c("portalUsername", USERNAME, "VARCHAR", [v.login(p[0], p[1], i) if g.rnd.random() < 0.45 else None
                                                  for i, p in enumerate(people)], "username", HEAVY),
        c("lastLoginIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.55), HEAVY),
        c("appVersion", N, "VARCHAR", g.col(g.version), "decoy", SHAPE),
        c("planManagerContact", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
    ])


def ca_home_care_assessments(g: Gen) -> Table:
    """An eastern Ontario home and community care service's interRAI assessments (SCREAMING case)."""
    people = _people(g, "ca")
    places = [g.rnd.choice(v.CA_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "ca")
    hospitals = ["Queensway Carleton Hospital", "Cornwall Community Hospital", "Pembroke Regional Hospital"]
    return Table("HCCSS_EAST.CLIENT_ASSESSMENTS", "en", "screaming", [
        c("ASSESSMENT_ID", N, "BIGINT", g.keys(71_000_001), "decoy", KEY),
        c("CLIENT_FIRST_NAME", "first_name", "VARCHAR", [p[0] for p in people]),
        c("CLIENT_LAST_NAME", "last_name", "VARCHAR", [p[1] for p in people]),
        c("BIRTH_DATE", "date_of_birth", "DATE", g.births(1925, 1965)),
        c("HEALTH_CARD_NO", "national_id", "VARCHAR", g.col(lambda: _ohip(g), 0.05)),
        c("SIN", "ssn", "VARCHAR", g.col(lambda: v.ca_sin(g), 0.75), HEAVY),
        c("PREFERRED_LANGUAGE", N, "VARCHAR", g.col(g.pick(["EN", "FR", "EN", "UK", "PA"])), "decoy"),
        c("HOME_PHONE", "phone", "VARCHAR", g.phones("CA", {"national": 0.6, "dashes": 0.4}, 0.2, 0.05)),
        c("ADDRESS_LINE_1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca"))),
        c("CITY", "city", "VARCHAR", [p[0] for p in places]),
        c("POSTAL_CODE", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9A9')}" for p in places]),
        c("SDM_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.3), ROLE),
        c("SDM_PHONE", "phone", "VARCHAR", g.phones("CA", {"national": 1.0}, 0.8, 0.35), ROLE),
        c("POA_TYPE", N, "VARCHAR", g.col(g.pick(["POA Personal Care", "POA Property", "Both", "None on file"])),
          "decoy"),
        c("ASSESSOR_NAME", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("CHESS_SCORE", N, "INTEGER", g.ints(0, 5), "decoy"),
        c("MAPLE_LEVEL", N, "VARCHAR", g.col(g.pick(["Low", "Moderate", "High", "Very High"])), "decoy"),
        c("ADL_HIERARCHY", N, "INTEGER", g.ints(0, 6), "decoy"),
        c("ASSESSMENT_TS", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
        c("REFERRAL_NO", N, "VARCHAR", g.col(lambda: v.luhn_decoy(g, 10)), "decoy", SHAPE),
        c("REFERRING_HOSPITAL", N, "VARCHAR", g.col(g.pick(hospitals), 0.4), "business"),
        c("RAI_VERSION", N, "VARCHAR", g.col(g.pick(["9.1.2", "9.3", "10.0.1"])), "decoy", SHAPE),
        c("CUSTOM_FIELD_1", "free_text", "VARCHAR", _custom(g, "CA", "ca"), CUSTOM),
    ])


def ie_home_support_roster(g: Gen) -> Table:
    """A Waterford home support provider's carer roster (abbreviated snake case)."""
    clients = []
    for _ in range(70):
        a, b = v.person(g, "ie")
        town = g.rnd.choice(v.IE_CITIES)
        clients.append((a, b, g.birth(1925, 1960), v.pps(g) if g.rnd.random() < 0.45 else None,
                        v.street(g, v.IE_STREETS, "ie"), town[0], f"{town[1]} {g.code('A9AA')}",
                        g.phone("IE", "national", g.rnd.random() < 0.5), v.whole(g, "ie"), g.phone("IE", "national")))
    cl = [g.rnd.choice(clients) for _ in range(g.rows)]
    staff = _staff(g, 8, "ie")

    def cmnt() -> str:
        return g.rnd.choice([f"Son {v.given(g, 'ie')} cancelled Tue call", "Keysafe code changed", "Client in hospital",
                             f"Swap with {v.whole(g, 'ie')} agreed", "Double-up call, hoist"])

    return Table("hsp_waterford.sched_roster", "en", "abbrev", [
        c("rstr_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("vst_ref", N, "VARCHAR", g.col(lambda: v.pps_decoy(g)), "decoy", SHAPE),
        c("cl_fnm", "first_name", "VARCHAR", [p[0] for p in cl], ABBREV),
        c("cl_snm", "last_name", "VARCHAR", [p[1] for p in cl], ABBREV),
        c("cl_dob", "date_of_birth", "DATE", [p[2] for p in cl], ABBREV),
        c("cl_ppsn", "ssn", "VARCHAR", [p[3] for p in cl], ABBREV, HEAVY),
        c("addr_ln1", "street_address", "VARCHAR", [p[4] for p in cl], ABBREV),
        c("cl_twn", "city", "VARCHAR", [p[5] for p in cl], ABBREV),
        c("eircd", "postal_code", "VARCHAR", [p[6] for p in cl], ABBREV),
        c("ctc_ph", "phone", "VARCHAR", [p[7] for p in cl], ABBREV),
        c("nok_nm", "person_name", "VARCHAR", [p[8] for p in cl], ROLE, ABBREV),
        c("nok_ph", "phone", "VARCHAR", [p[9] for p in cl], ROLE, ABBREV),
        c("hca_nm", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF, ABBREV),
        c("shft_st", N, "TIMESTAMP", g.moments("2025-10-01", "2025-11-30"), "decoy"),
        c("shft_hrs", N, "DOUBLE", g.col(g.pick([0.5, 0.75, 1.0, 1.5, 2.0])), "decoy"),
        c("pkg_typ", N, "VARCHAR", g.col(g.pick(["HSS", "HSS+", "Private", "Fair Deal respite"])), "decoy"),
        c("keysafe_cd", N, "VARCHAR", g.col(lambda: g.digits(4), 0.5), "decoy"),
        c("agcy_nm", N, "VARCHAR", ["Déise Home Support Ltd"] * g.rows, "business"),
        c("agcy_ph", N, "VARCHAR", [g.phone("IE", "national", False)] * g.rows, "business"),
        c("cmnt", "free_text", "VARCHAR", g.sparse(cmnt, 0.78, _words("nil")), NULLWORD, ABBREV),
    ])


def nz_rest_home_cobol(g: Gen) -> Table:
    """A Dunedin rest home's COBOL resident master file (padded CHAR, YYYYMMDD integers, phones as numbers)."""
    people = _people(g, "nz", 0.6)
    places = [g.rnd.choice(v.NZ_CITIES) for _ in range(g.rows)]
    gps = [("MORNINGTON HEALTH CTR", g.phone("NZ", "digits", False)),
           ("ROSLYN MEDICAL", g.phone("NZ", "digits", False))]
    gp = [g.rnd.randrange(len(gps)) for _ in range(g.rows)]
    staff = _staff(g, 3, "nz")
    return Table("RESTHOME.RH_RESIDENT_MAST", "en", "cobol", [
        c("RH-RES-NO", N, "INTEGER", g.keys(40_001), "decoy", KEY, LEGACY),
        c("RH-NHI", "national_id", "VARCHAR", g.col(lambda: v.nhi(g)), LEGACY),
        c("RH-SURNAME", "last_name", "VARCHAR", _pad([p[1].upper() for p in people], 20), LEGACY),
        c("RH-GIVEN-NMS", "first_name", "VARCHAR", _pad([p[0].upper() for p in people], 20), LEGACY),
        c("RH-DOB", "date_of_birth", "INTEGER", [_ymd(g.birth(1922, 1958)) for _ in people], LEGACY),
        c("RH-SEX", N, "VARCHAR", ["F" if p[2] else "M" for p in people], "decoy", LEGACY),
        c("RH-ADMIT-DT", N, "INTEGER", [_ymd(g.day("2015-01-01", "2025-11-30")) for _ in people], "decoy", LEGACY),
        c("RH-ROOM-CD", N, "VARCHAR", g.col(lambda: v.nhi_decoy(g)), "decoy", SHAPE, LEGACY),
        c("RH-IRD-NO", "national_id", "VARCHAR", g.col(lambda: v.ird(g), 0.6), LEGACY, HEAVY),
        c("RH-EPOA-NAME", "person_name", "VARCHAR", _pad(g.col(lambda: v.whole(g, "nz").upper(), 0.2), 30), ROLE,
          LEGACY),
        c("RH-EPOA-PHONE", "phone", "BIGINT", [int(g.phone("NZ", "digits")) if g.rnd.random() < 0.8 else 0
                                               for _ in people], ROLE, LEGACY),
        c("RH-PREV-ADDR", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.NZ_STREETS, "nz").upper()),
                                                           30), LEGACY),
        c("RH-PREV-TOWN", "city", "VARCHAR", _pad([p[0].upper() for p in places], 16), LEGACY),
        c("RH-PREV-PCODE", "postal_code", "INTEGER", [int(p[1]) for p in places], LEGACY),
        c("RH-GP-PRACTICE", N, "VARCHAR", _pad([gps[i][0] for i in gp], 24), "business", LEGACY),
        c("RH-GP-PHONE", N, "BIGINT", [int(gps[i][1]) for i in gp], "business", LEGACY),
        c("RH-CARE-LVL", N, "VARCHAR", g.col(g.pick(["REST", "HOSP", "DEM", "PG", "RESP"])), "decoy", LEGACY),
        c("RH-ADMIT-BY", "person_name", "VARCHAR", _pad(g.col(g.pick([s.upper() for s in staff])), 24), STAFF,
          LEGACY),
        c("RH-USER-FLD-1", "free_text", "VARCHAR", _pad(_custom(g, "NZ", "nz"), 40), CUSTOM, LEGACY),
        c("RH-LAST-UPD", N, "BIGINT", [_ymd(g.day("2025-01-01", "2025-11-30")) * 1_000_000 + g.rnd.randint(0, 235959)
                                       for _ in people], "decoy", LEGACY),
    ])


def in_elder_helpline(g: Gen) -> Table:
    """A Pune elder helpline's call intake, landed as an opaque staging table."""
    def dob() -> str:
        d = g.birth(1930, 1965)
        return f"{d.day:02d}-{d.month:02d}-{d.year}"

    places = [g.rnd.choice(v.IN_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "in")

    def note() -> str:
        return g.rnd.choice([f"Son {v.whole(g, 'in')} not giving pension money", "Needs day-care centre list",
                             f"Neighbour {v.given(g, 'in')} called on behalf", "Fall at home, ambulance sent"])

    return Table("stg_eldercare.raw_helpline_intake", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", N, "TIMESTAMP", g.moments("2025-09-01", "2025-11-30"), "decoy", OPAQUE),
        c("col03", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "in")), OPAQUE),
        c("col04", "date_of_birth", "VARCHAR", g.col(dob, 0.2), OPAQUE),
        c("col05", "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g, g.rnd.random() < 0.5), 0.6), OPAQUE, HEAVY),
        c("col06", "national_id", "VARCHAR", g.col(lambda: v.pan(g), 0.55), OPAQUE, HEAVY),
        c("col07", "phone", "VARCHAR", g.phones("IN", {"e164": 0.4, "intl": 0.3, "national": 0.3}), OPAQUE),
        c("col08", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "in"), 0.4), OPAQUE, ROLE),
        c("col09", "email", "VARCHAR", g.col(lambda: v.mail(g, "in"), 0.45), OPAQUE),
        c("col10", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IN_STREETS, "in"), 0.1), OPAQUE),
        c("col11", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col12", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places], OPAQUE),
        c("col13", N, "VARCHAR", g.col(g.pick(["Abuse", "Pension", "Health", "Legal", "Loneliness"])), "decoy",
          OPAQUE),
        c("col14", N, "VARCHAR", g.col(lambda: v.aadhaar_decoy(g)), "decoy", SHAPE, OPAQUE),
        c("col15", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c("col16", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF, OPAQUE),
        c("col17", "free_text", "VARCHAR", _custom(g, "IN", "in"), CUSTOM, OPAQUE),
        c("col18", "free_text", "VARCHAR", g.sparse(note, 0.72, _words()), NULLWORD, OPAQUE),
        c("col19", N, "VARCHAR", g.col(g.pick(["IVR", "WEB", "WALKIN"])), "decoy", OPAQUE),
        c("col20", N, "INTEGER", g.ints(0, 1_800), "decoy", OPAQUE),
    ])


def za_respite_bookings(g: Gen) -> Table:
    """A Cape Town respite care home's bookings (snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.6
        a, b = v.person(g, "za", female)
        born = g.birth(1930, 1975)
        rows.append((a, b, born, v.za_id(g, born, female)))
    places = [g.rnd.choice(v.ZA_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "za")
    return Table("huis_rusoord.respite_bookings", "en", "snake", [
        c("booking_id", N, "BIGINT", g.keys(22_001), "decoy", KEY),
        c("booking_ref", N, "VARCHAR", g.col(lambda: v.za_id_decoy(g)), "decoy", SHAPE),
        c("guest_first_name", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("guest_surname", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("sa_id_number", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.85 else None for r in rows]),
        c("date_of_birth", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("primary_carer_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "za"), 0.05), ROLE),
        c("carer_cell", "phone", "VARCHAR", g.phones("ZA", {"national": 0.6, "e164": 0.4}, 1.0, 0.05), ROLE),
        c("carer_email", "email", "VARCHAR", g.col(lambda: v.mail(g, "za"), 0.35), ROLE),
        c("home_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ZA_STREETS, "za"))),
        c("suburb", "city", "VARCHAR", [p[0] for p in places]),
        c("postal_code", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("deposit_card_number", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.6), HEAVY),
        c("card_expiry", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 12):02d}/{g.rnd.randint(26, 30)}", 0.6),
          "decoy"),
        c("room_type", N, "VARCHAR", g.col(g.pick(["Single", "Shared", "Frail care"])), "decoy"),
        c("check_in", N, "DATE", g.days("2025-06-01", "2025-12-20"), "decoy"),
        c("nights", N, "INTEGER", g.ints(2, 28), "decoy"),
        c("rate_zar", N, "DECIMAL(10,2)", g.amounts(650, 1_450), "decoy"),
        c("booked_from_ip", "ip_address", "VARCHAR", g.col(lambda: g.ipv4(), 0.5)),
        c("intake_officer", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("facility_phone", N, "VARCHAR", [g.phone("ZA", "national", False)] * g.rows, "business"),
        c("extra_info_2", "free_text", "VARCHAR", _custom(g, "ZA", "za"), CUSTOM),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def de_pflegedienst(g: Gen) -> Table:
    """A Cologne home nursing service's clients and visit planning (German, snake case)."""
    people = _people(g, "de")
    places = [g.rnd.choice(v.DE_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 6, "de")
    account = [g.rnd.random() < 0.5 for _ in range(g.rows)]

    def dob() -> str:
        d = g.birth(1925, 1960)
        return f"{d.day:02d}.{d.month:02d}.{d.year}"

    def note() -> str:
        return g.rnd.choice([f"Tochter {v.given(g, 'de')} übernimmt Einkauf", "Schlüssel im Tresor",
                             f"Betreuer {v.whole(g, 'de')} informiert", "Dekubitus Grad 1 Steiß, Lagerung"])

    return Table("pflegedienst_lindenthal.klienten_einsatz", "de", "snake", [
        c("klient_nr", N, "BIGINT", g.keys(30_001), "decoy", KEY),
        c("vorname", "first_name", "VARCHAR", [p[0] for p in people]),
        c("nachname", "last_name", "VARCHAR", [p[1] for p in people]),
        c("geburtsdatum", "date_of_birth", "VARCHAR", g.col(dob)),
        c("steuer_id", "national_id", "VARCHAR", g.col(lambda: v.idnr(g), 0.7), HEAVY),
        c("strasse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.DE_STREETS, "de"))),
        c("plz", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places]),
        c("ort", "city", "VARCHAR", [p[0] for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("DE", {"national": 0.7, "intl": 0.3}, 0.3, 0.05)),
        c("email", "email", "VARCHAR", g.col(lambda: v.mail(g, "de"), 0.6), HEAVY),
        c("pflegegrad", N, "INTEGER", g.ints(1, 5), "decoy"),
        c("pflegekasse", N, "VARCHAR", g.col(g.pick(["AOK Rheinland/Hamburg", "Barmer", "TK", "DAK-Gesundheit"])),
          "business"),
        c("iban", "iban", "VARCHAR", [v.iban(g, "DE") if a else None for a in account], HEAVY),
        c("kontoinhaber", "person_name", "VARCHAR", [v.whole(g, "de") if a else None for a in account], ROLE, HEAVY),
        c("rechtlicher_betreuer", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "de"), 0.7), ROLE, HEAVY),
        c("leistungsnachweis_nr", N, "VARCHAR", g.col(lambda: v.idnr_decoy(g)), "decoy", SHAPE),
        c("tour", N, "VARCHAR", g.col(lambda: g.code("T99-A")), "decoy"),
        c("einsatz_beginn", N, "TIMESTAMP", g.moments("2025-10-01", "2025-11-30"), "decoy"),
        c("leistungskomplex", N, "VARCHAR", g.col(g.pick(["LK1 Große Körperpflege", "LK15 Medikamentengabe",
                                                          "LK31 Kompressionsstrümpfe"])), "decoy"),
        c("pflegekraft", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("freifeld_2", "free_text", "VARCHAR", _custom(g, "DE", "de"), CUSTOM),
        c("bemerkung", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("keine", "k.A.")), NULLWORD),
    ])


def fr_ehpad_as400(g: Gen) -> Table:
    """A Loire-Atlantique nursing home's (EHPAD) AS/400 resident file (French, ``RS`` prefix, CYYMMDD)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.7
        a, b = v.person(g, "fr", female)
        born = g.birth(1925, 1955)
        rows.append((a, b, born, v.nir(g, born, female), female))
    places = [g.rnd.choice(v.FR_CITIES) for _ in range(g.rows)]
    return Table("EHPAD44.EHRESP", "fr", "as400", [
        c("RSNUMR", N, "DECIMAL(7,0)", g.keys(4_400_001), "decoy", KEY, LEGACY),
        c("RSNOMU", "last_name", "VARCHAR", _pad([r[1].upper() for r in rows], 25), LEGACY),
        c("RSNOMN", "last_name", "VARCHAR", _pad([v.person(g, "fr")[1].upper() if r[4] and g.rnd.random() < 0.6
                                                  else None for r in rows], 25), LEGACY, HEAVY),
        c("RSPRNM", "first_name", "VARCHAR", _pad([r[0].upper() for r in rows], 20), LEGACY),
        c("RSDNAI", "date_of_birth", "DECIMAL(7,0)", [_cyymmdd(r[2]) for r in rows], LEGACY),
        c("RSNIR", "ssn", "VARCHAR", [r[3] if g.rnd.random() < 0.9 else None for r in rows], LEGACY),
        c("RSADR1", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.FR_STREETS, "fr").upper()), 32),
          LEGACY),
        c("RSCPOS", "postal_code", "DECIMAL(5,0)", [int(p[1]) for p in places], LEGACY),
        c("RSVILL", "city", "VARCHAR", _pad([p[0].upper() for p in places], 24), LEGACY),
        c("RSREFN", "person_name", "VARCHAR", _pad(g.col(lambda: v.whole(g, "fr").upper(), 0.1), 30), ROLE, LEGACY),
        c("RSREFT", "phone", "DECIMAL(10,0)", [int(g.phone("FR", "digits")) if g.rnd.random() < 0.85 else 0
                                               for _ in rows], ROLE, LEGACY),
        c("RSTUTL", "person_name", "VARCHAR", _pad(g.col(lambda: v.whole(g, "fr").upper(), 0.75), 30), ROLE, HEAVY,
          LEGACY),
        c("RSIBAN", "iban", "VARCHAR", g.col(lambda: v.iban(g, "FR"), 0.4), LEGACY),
        c("RSGIRN", N, "DECIMAL(1,0)", g.ints(1, 6), "decoy", LEGACY),
        c("RSDENT", N, "DECIMAL(7,0)", [_cyymmdd(g.day("2015-01-01", "2025-11-30")) for _ in rows], "decoy", LEGACY),
        c("RSCHAM", N, "VARCHAR", g.col(lambda: g.code("A999")), "decoy", LEGACY),
        c("RSTARJ", N, "DECIMAL(7,2)", g.amounts(68, 112), "decoy", LEGACY),
        c("RSMEDT", "person_name", "VARCHAR", _pad(g.col(lambda: "DR " + v.whole(g, "fr").upper(), 0.1), 30), ROLE,
          LEGACY),
        c("RSUDF1", "free_text", "VARCHAR", _pad(_custom(g, "FR", "fr"), 40), CUSTOM, LEGACY),
    ])


def nl_wlz_clienten(g: Gen) -> Table:
    """An Overijssel long-term care organisation's client file (Dutch, camel case)."""
    people = _people(g, "nl")
    places = [g.rnd.choice(v.NL_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 6, "nl")
    locations = ["Vechtdal Zorg, De Esdoorn", "Vechtdal Zorg, Het Zonnehuis", "Vechtdal Zorg, Thuiszorg Oost"]

    def rapport() -> str:
        return g.rnd.choice([f"Dochter {v.given(g, 'nl')} op bezoek geweest", "Onrustig in de nacht, slaapmedicatie",
                             f"Mentor {v.whole(g, 'nl')} gebeld over zorgplan", "Gewicht stabiel"])

    return Table("vechtdalZorg.clientDossier", "nl", "camel", [
        c("clientNummer", N, "BIGINT", g.keys(600_001), "decoy", KEY),
        c("bsn", "national_id", "VARCHAR", g.col(lambda: v.bsn(g), 0.05)),
        c("voornamen", "first_name", "VARCHAR", [p[0] for p in people]),
        c("achternaam", "last_name", "VARCHAR", [p[1] for p in people]),
        c("geboortedatum", "date_of_birth", "DATE", g.births(1924, 1965)),
        c("adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NL_STREETS, "nl"))),
        c("postcode", "postal_code", "VARCHAR", [f"{p[1]}{g.digits(2)} {g.code('AA')}" for p in places]),
        c("woonplaats", "city", "VARCHAR", [p[0] for p in places]),
        c("telefoonnummer", "phone", "VARCHAR", g.phones("NL", {"national": 0.7, "e164": 0.3}, 0.5, 0.1)),
        c("emailadres", "email", "VARCHAR", g.col(lambda: v.mail(g, "nl"), 0.7), HEAVY),
        c("zorgprofiel", N, "VARCHAR", g.col(g.pick(["VV4", "VV5", "VV6", "VV7", "LG5", "GGZ-B"])), "decoy"),
        c("indicatieBesluitNr", N, "VARCHAR", g.col(lambda: v.bsn_decoy(g)), "decoy", SHAPE),
        c("wettelijkVertegenwoordiger", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nl"), 0.4), ROLE),
        c("vertegenwoordigerTelefoon", "phone", "VARCHAR", g.phones("NL", {"national": 1.0}, 0.9, 0.4), ROLE),
        c("ibanEigenBijdrage", "iban", "VARCHAR", g.col(lambda: v.iban(g, "NL"), 0.3)),
        c("locatie", N, "VARCHAR", g.col(g.pick(locations)), "business"),
        c("afdeling", N, "VARCHAR", g.col(g.pick(["PG 1", "PG 2", "Somatiek", "Kortdurend verblijf"])), "decoy"),
        c("eersteVerantwoordelijke", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("vrijVeld3", "free_text", "VARCHAR", _custom(g, "NL", "nl"), CUSTOM),
        c("rapportage", "free_text", "VARCHAR", g.sparse(rapport, 0.72, _words("geen", "onbekend")), NULLWORD),
        c("gewijzigdOp", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
    ])


def pl_dps_mieszkancy(g: Gen) -> Table:
    """A Kraków residential care home's (DPS) residents (Polish, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.6
        a, b = v.person(g, "pl", female)
        if female and b.endswith("ski"):
            b = b[:-1] + "a"
        born = g.birth(1930, 1970)
        rows.append((a, b, born, v.pesel(g, born, female)))
    places = [g.rnd.choice(v.PL_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "pl")
    suppliers = [("Medipol Zaopatrzenie Sp. z o.o.", v.nip(g)), ("Seni Care Hurt S.A.", v.nip(g)),
                 ("Piekarnia Pod Wawelem", v.nip(g))]
    sup = [g.rnd.randrange(len(suppliers)) for _ in range(g.rows)]

    def uwagi() -> str:
        return g.rnd.choice([f"Syn {v.given(g, 'pl')} odwiedza w niedziele", "Dieta cukrzycowa",
                             f"Kontakt z kuratorem {v.whole(g, 'pl')}", "Wymaga pomocy przy karmieniu"])

    return Table("dps_nowa_huta.mieszkancy", "pl", "snake", [
        c("id_mieszkanca", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("imie", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("nazwisko", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("pesel", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("data_urodzenia", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("nr_decyzji", N, "VARCHAR", g.col(lambda: v.pesel_decoy(g)), "decoy", SHAPE),
        c("adres_poprzedni", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PL_STREETS, "pl"), 0.1)),
        c("kod_pocztowy", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(3)}" for p in places]),
        c("miejscowosc", "city", "VARCHAR", [p[0] for p in places]),
        c("osoba_kontaktowa", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "pl"), 0.15), ROLE),
        c("telefon_rodziny", "phone", "VARCHAR", g.phones("PL", {"national": 0.6, "intl": 0.4}, 0.85, 0.15), ROLE),
        c("email_kontaktowy", "email", "VARCHAR", g.col(lambda: v.mail(g, "pl"), 0.5), ROLE),
        c("opiekun_prawny", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "pl"), 0.8), ROLE, HEAVY),
        c("odplatnosc_zl", N, "DECIMAL(10,2)", g.amounts(2_100, 7_900), "decoy"),
        c("dostawca", N, "VARCHAR", [suppliers[i][0] for i in sup], "business"),
        c("nip_dostawcy", N, "VARCHAR", [suppliers[i][1] for i in sup], "business", SHAPE),
        c("pokoj", N, "VARCHAR", g.col(lambda: g.code("99A")), "decoy"),
        c("data_przyjecia", N, "DATE", g.days("2010-01-01", "2025-11-30"), "decoy"),
        c("opiekun_pokoju", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("pole_dodatkowe_1", "free_text", "VARCHAR", _custom(g, "PL", "pl"), CUSTOM),
        c("uwagi", "free_text", "VARCHAR", g.sparse(uwagi, 0.76, _words("brak")), NULLWORD),
    ])


def it_rsa_terapia(g: Gen) -> Table:
    """A Brianza nursing home's (RSA) guests and medication round (Italian, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.7
        a, b = v.person(g, "it", female)
        born = g.birth(1925, 1958)
        town = g.rnd.choice(v.IT_CITIES)[0]
        rows.append((a, b, born, v.codice_fiscale(g, a, b, born, female, v.IT_PLACES[town]), town))
    places = [g.rnd.choice(v.IT_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "it")

    def nota() -> str:
        return g.rnd.choice(["Rifiuta la terapia serale", f"La figlia {v.given(g, 'it')} porta i farmaci",
                             f"Avvisato l'amministratore {v.whole(g, 'it')}", "Glicemia 145, nessuna variazione"])

    return Table("rsa_villa_glicini.ospiti_terapia", "it", "snake", [
        c("id_somministrazione", N, "BIGINT", g.keys(9_000_001), "decoy", KEY),
        c("cognome", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("nome", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("codice_fiscale", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("data_nascita", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("comune_nascita", "city", "VARCHAR", [r[4] for r in rows]),
        c("indirizzo_residenza", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IT_STREETS, "it"), 0.1)),
        c("cap", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("comune_residenza", "city", "VARCHAR", [p[0] for p in places]),
        c("familiare_riferimento", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "it"), 0.1), ROLE),
        c("telefono_familiare", "phone", "VARCHAR", g.phones("IT", {"national": 0.7, "intl": 0.3}, 0.8, 0.1), ROLE),
        c("amministratore_sostegno", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "it"), 0.7), ROLE, HEAVY),
        c("iban_addebito_retta", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IT"), 0.45)),
        c("retta_giornaliera", N, "DECIMAL(7,2)", g.amounts(78, 120), "decoy"),
        c("nucleo", N, "VARCHAR", g.col(g.pick(["Nucleo Alzheimer", "Nucleo Girasole", "Nucleo Ortensia"])), "decoy"),
        c("classe_sosia", N, "INTEGER", g.ints(1, 8), "decoy"),
        c("farmaco", N, "VARCHAR", g.col(g.pick(v.MEDICINES)), "decoy"),
        c("aic_lotto", N, "VARCHAR", g.col(lambda: g.code("0999999") + "/" + g.code("ZZ999")), "decoy", SHAPE),
        c("ora_somministrazione", N, "TIMESTAMP", g.moments("2025-11-01", "2025-11-30"), "decoy"),
        c("infermiere", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("campo_libero_3", "free_text", "VARCHAR", _custom(g, "IT", "it"), CUSTOM),
        c("note_consegna", "free_text", "VARCHAR", g.sparse(nota, 0.74, _words("nessuno", "sconosciuto")), NULLWORD),
    ])


def el_voitheia_spiti(g: Gen) -> Table:
    """A Kalamaria municipal home help programme's beneficiaries (Greek column names in Greek script)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "el", g.rnd.random() < 0.6)
        born = g.birth(1930, 1960)
        rows.append((a, b, born, v.amka(g, born)))
    places = [g.rnd.choice(v.EL_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "el")

    def note() -> str:
        return g.rnd.choice([f"Η κόρη {v.given(g, 'el')} έρχεται τα Σάββατα", "Χρειάζεται συνοδεία στο ΚΕΠ",
                             f"Ενημερώθηκε ο γιος {v.whole(g, 'el')}", "Μόνη, χωρίς συγγενείς"])

    return Table("kapi_kalamarias.ofeloumenoi", "el", "snake", [
        c("κωδικός", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("επώνυμο", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("όνομα", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("πατρώνυμο", "first_name", "VARCHAR", g.col(lambda: v.person(g, "el", False)[0], 0.1), ROLE),
        c("ημερομηνία_γέννησης", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("αμκα", "ssn", "VARCHAR", [r[3] for r in rows]),
        c("αφμ", "national_id", "VARCHAR", g.col(lambda: v.afm(g), 0.3)),
        c("διεύθυνση", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.EL_STREETS, "el"))),
        c("τκ", "postal_code", "VARCHAR", [f"{p[1]} {g.digits(2)}" for p in places]),
        c("πόλη", "city", "VARCHAR", [p[0] for p in places]),
        c("τηλέφωνο", "phone", "VARCHAR", g.phones("GR", {"national": 0.8, "intl": 0.2}, 0.5, 0.05)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], "", v.DOMAINS["el"]) if g.rnd.random() < 0.3 else None
                                        for r in rows], HEAVY),
        c("φροντιστής", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "el"), 0.3), ROLE),
        c("τηλέφωνο_φροντιστή", "phone", "VARCHAR", g.phones("GR", {"national": 1.0}, 1.0, 0.3), ROLE),
        c("iban_επιδόματος", "iban", "VARCHAR", g.col(lambda: v.iban(g, "GR"), 0.6), HEAVY),
        c("πρόγραμμα", N, "VARCHAR", g.col(g.pick(["Βοήθεια στο Σπίτι", "ΚΑΠΗ", "ΚΗΦΗ"])), "decoy"),
        c("αριθμός_πρωτοκόλλου", N, "VARCHAR", g.col(lambda: g.code("9999/99-99-2025")), "decoy", SHAPE),
        c("ημερομηνία_επίσκεψης", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy"),
        c("κοινωνική_λειτουργός", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("παρατηρήσεις", "free_text", "VARCHAR", g.sparse(note, 0.74, _words("κανένα", "άγνωστο")), NULLWORD),
    ])


def ja_kaigo_care_plan(g: Gen) -> Table:
    """An Aomori home care support office's users and care plans (romanized Japanese column names, Japanese
    values)."""
    pairs = [v.person(g, "ja") for _ in range(g.rows)]
    places = [g.rnd.choice(v.JA_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "ja")
    offices = [("ケアプランセンターあおば", g.digits(10)), ("居宅介護支援事業所ひまわり", g.digits(10))]
    office = [g.rnd.randrange(len(offices)) for _ in range(g.rows)]

    def tokki() -> str:
        return g.rnd.choice(["デイサービス週3回", f"長女の{v.whole(g, 'ja')}さんが主介護者", "転倒リスク高",
                             f"次男{v.person(g, 'ja')[1]}さんに連絡済み"])

    return Table("kaigo_aomori.riyousha_kea_puran", "ja", "snake", [
        c("riyousha_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("shimei", "person_name", "VARCHAR", [f"{b} {a}" for a, b in pairs]),
        c("furigana", "person_name", "VARCHAR", [f"{v.JA_KANA[b]} {v.JA_KANA[a]}" for a, b in pairs]),
        c("seinengappi", "date_of_birth", "DATE", g.births(1925, 1958)),
        c("hihokensha_bangou", "national_id", "VARCHAR", g.col(lambda: "0" + g.digits(9))),
        c("my_number", "national_id", "VARCHAR", g.col(lambda: v.my_number(g), 0.75), HEAVY),
        c("denwa_bangou", "phone", "VARCHAR", g.phones("JP", {"national": 0.9, "e164": 0.1}, 0.3, 0.05)),
        c("juusho", "street_address", "VARCHAR", g.col(g.pick(v.JA_STREETS))),
        c("shikuchouson", "city", "VARCHAR", [p[0] for p in places]),
        c("yuubin_bangou", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(4)}" for p in places]),
        c("kazoku_shimei", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ja"), 0.2), ROLE),
        c("kazoku_renrakusaki", "phone", "VARCHAR", g.phones("JP", {"national": 1.0}, 1.0, 0.2), ROLE),
        c("youkaigodo", N, "VARCHAR", g.col(g.pick(["要支援1", "要支援2", "要介護1", "要介護2", "要介護3", "要介護4"])),
          "decoy"),
        c("kea_maneejaa", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("jigyousho", N, "VARCHAR", [offices[i][0] for i in office], "business"),
        c("jigyousho_bangou", N, "VARCHAR", [offices[i][1] for i in office], "business", SHAPE),
        c("keikaku_sakusei_bi", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy"),
        c("saabisu", N, "VARCHAR", g.col(g.pick(["通所介護", "訪問介護", "短期入所生活介護", "福祉用具貸与"])), "decoy"),
        c("jiyuu_koumoku_1", "free_text", "VARCHAR", _custom(g, "JP", "ja"), CUSTOM),
        c("tokki_jikou", "free_text", "VARCHAR", g.sparse(tokki, 0.75, _words("なし", "不明")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (us_home_care_visits, 1_100), (gb_care_home_register, 400), (au_ndis_plan_manager, 900),
    (ca_home_care_assessments, 800), (ie_home_support_roster, 1_000), (nz_rest_home_cobol, 350),
    (in_elder_helpline, 700), (za_respite_bookings, 500), (de_pflegedienst, 800), (fr_ehpad_as400, 450),
    (nl_wlz_clienten, 600), (pl_dps_mieszkancy, 300), (it_rsa_terapia, 1_200), (el_voitheia_spiti, 500),
    (ja_kaigo_care_plan, 400),
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
