"""Held-out set v91 for the column classifier: 15 tables of *military, veterans, defence contractors and security
clearance* (reservists' call-up lists, veterans' pension and benefit claims, military clinic and hospital
appointments, next-of-kin records, security-clearance applications and vetting referees, a contractor's badge and
facility-access logs, a cadet roster, a war-graves register, armed-forces housing allocations, military driving
licences), one system per table and each a different organisation, eight with English column names (a Texas Army
Reserve command, a UK veterans' charity, a Canadian Forces clinic, an Australian defence housing provider, a New
Zealand cadet unit, a Virginia defence contractor, a Texas veterans' claims office and a Halifax shipyard contractor)
and seven in romanized Hebrew (an Israeli contractor's clearance applications, values in Hebrew script), Norwegian
(military driving licences), Finnish (reservists' refresher call-ups), Estonian (a war-graves register), French (a
regiment's next-of-kin file), Greek (an army hospital, column names and values in Greek script) and Portuguese (a
Brazilian veterans' pension office).

Two are legacy extracts with padded CHAR values: the Texas claims office's COBOL copybook extract
(``VET-SSN`` and ``VET-ZIP`` as ``DECIMAL`` numbers, ``YYYYMMDD`` dates as integers, the phone as a number with 0 for
missing, claim numbers shaped like SSNs failing the check, ``CLM-USER-FLD-2``) and the Halifax contractor's AS/400
facility-access file (field prefix ``FA``, the SIN and phones as numbers with 0 for missing, ``CYYMMDD`` dates,
``FAUDF2``). The Virginia contractor's badge log is an opaque staging table (``col01`` to ``col18``, ``col17`` a phone,
an e-mail or a name by row). Opaque custom fields elsewhere: ``userField2``, ``Udf03``, ``CUSTOM_FIELD_2``,
``misc_2``, ``sade_chofshi_2``, ``fritt_felt_2``, ``lisatieto_2``, ``vaba_vali_2``, ``champLibre2``,
``ελεύθερο_πεδίο_2`` and ``campo_livre_2``; eight of them hold by row a phone, an e-mail or a name (tag
``mixed_by_row``), the others one kind. Identifiers: SSN, National Insurance number, NHS number, SIN, a provincial
health card number, TFN, IRD, teudat zehut, fødselsnummer, henkilötunnus, isikukood, NIR, AMKA, AFM and CPF;
Finnish IBANs (reservists' pay); service numbers (DoD ID, British, CAF and PMKeyS numbers, mispar ishi, matricule,
army registry and military identity numbers);
business numbers with their check digits (EIN, ABN, BN, Israeli company number, orgnr, Y-tunnus, registrikood, CNPJ);
and order, referral, claim, call-up and process numbers shaped like an SSN, a SIN, a henkilötunnus or a CPF and failing
their check, as decoys.

Written **blind**, like v2 to v89: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how the
scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v27 (its modules, its
test and ``tests/heldout_support.py``), the module docstrings of v24 to v89 (to avoid their domains) and the
``Column``/``Table`` classes and writer of v2 and v4. The classifier was not run on this set while it was written, no
scorer was run on it, and no score was looked at. It was written under a short deadline (25 minutes, the tests and
lint included), so some labels are quick decisions rather than settled conventions.

Labeling choices a reader may question:

* a military service number (DoD ID, British, CAF, PMKeyS, Israeli personal number, French matricule, Greek army
  registry number, Brazilian military identity number, an old ``RA`` number) is ``national_id`` (tag
  ``service_number``): the state issues it to one person for life; a Norwegian military driving licence number is
  ``national_id`` like any driving licence's;
* a US SSN, a Canadian SIN, a UK National Insurance number, a French NIR and a Greek AMKA are ``ssn``; an NHS number,
  a provincial health card number, TFN, IRD, teudat zehut, fødselsnummer, henkilötunnus, isikukood, AFM and CPF are
  ``national_id``; a guardian's IRD number is ``national_id`` (tag ``role_word``);
* EIN, ABN, BN, Israeli company numbers, orgnr, Y-tunnus, registrikood and CNPJ are ``none`` (tag ``business``), as
  are a reporting station's, a clinic's, a cemetery's and a facility's address and phone, an employer's phone and a
  badge reader's private IP address; order, referral, claim, call-up and process numbers failing a national check are
  ``none`` (tag ``value_shape``);
* an opaque column holding by row a phone, an e-mail or a name is ``free_text`` (no one kind fits); an opaque column
  of one kind takes that kind (``Udf03``, ``misc_2``, ``FAUDF2``, ``fritt_felt_2``, ``vaba_vali_2``,
  ``ελεύθερο_πεδίο_2``);
* a sort code and account, a US routing and account number, an NZ bank account and a Brazilian branch and account
  are ``unclassified`` (tag ``bank_account``), as are clerks' logins (tag ``username``);
* the war dead's names, birth dates and isikukood are labeled by kind like the living's (tag ``deceased``), and their
  date of death is ``none``; a rank, a unit, a base, a clearance level, a condition claimed and a licence class are
  ``none``;
* next of kin, partners, guardians, fathers, mothers, referees, escorts and fiduciaries are personal (tag
  ``role_word``); clinicians, caseworkers, allocation officers, sponsors, examiners and vetting officers are staff
  names, ``person_name`` (tag ``staff``); a military e-mail address (``mil_email``) is ``email``;
* a service member's allocated home is ``street_address`` (tag ``premises``); a state, a province, a UF and a
  Texas/Virginia state code are ``none``; a suburb, a town, a yishuv and a poststed are ``city``; a numeric ZIP and a
  numeric or CYYMMDD/YYYYMMDD birth date keep their kinds.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v91_values`, written for v91 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v91 [PATH]`` (default ``/tmp/heldout_v91.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v91``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v91_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v91_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v91.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # staff (clinicians, caseworkers, officers, examiners): person_name
ROLE = "role_word"  # next of kin, guardians, partners, referees, escorts, fiduciaries, mothers, fathers
ABBREV = "abbrev"
USER = "username"
KEY = "join_key"
OPAQUE = "opaque"  # a column whose name says nothing (col07, misc_2, FAUDF2)
MIXED = "mixed_by_row"  # an opaque column holding, by row, a phone, an e-mail or a name (free_text)
LEGACY = "legacy"  # a column of a COBOL or AS/400 extract (padded CHAR, numeric dates and phones)
SERVICE_NO = "service_number"  # a military service number (national_id)
BANK = "bank_account"  # a domestic bank account that is not an IBAN (unclassified)
PLACEHOLDER = "placeholder"  # a personal column some of whose cells are placeholders
PREMISES = "premises"  # the home a service member is allocated
DECEASED = "deceased"  # data of the war dead

#: which rows of an opaque mixed column hold which kind (tests count them)
MIXED_KINDS = ("phone", "email", "name")


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "n/a", "NULL", "unknown") + extra


def _dirty(g: Gen, values: list, share: float, placeholders: list[str]) -> list:
    return [g.rnd.choice(placeholders) if x is not None and g.rnd.random() < share else x for x in values]


def _mixed(g: Gen, lang: str, region: str, domains: list[str], null: float,
           email: Callable[[], str] | None = None) -> list:
    """By row a phone, an e-mail or a name (or NULL)."""
    def one() -> str:
        pick = g.rnd.choice(MIXED_KINDS)
        if pick == "phone":
            return g.phone(region, g.rnd.choice(["e164", "national", "intl"]))
        if pick == "email":
            return email() if email else v.email_of(g, *v.person(g, lang), domains)
        return v.whole(g, lang)
    return g.col(one, null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else str(x)[:width].ljust(width) for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _cyymmdd(d: date | None) -> int:
    return 0 if d is None else (d.year // 100 - 19) * 1_000_000 + (d.year % 100) * 10_000 + d.month * 100 + d.day


def _note(g: Gen, templates: list[str], lang: str, region: str) -> str:
    return g.rnd.choice(templates).format(name=v.whole(g, lang), phone=g.phone(region, "national"))


US_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com"]


# -- English: a US Army Reserve call-up roster, UK veterans' pension claims, Canadian clinic appointments ---------------


def us_reserve_callup(g: Gen) -> Table:
    """A Texas Army Reserve command's mobilization roster (snake case): DoD ID, SSN (some ``000-00-0000``), names,
    birth date, home address, phones and e-mails, rank, unit and MOS, the reporting station (``business``), order
    numbers shaped like SSNs failing the check, readiness notes and the clerk's login."""
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    stations = [("Fort Cavazos Bldg 18010, Killeen TX", "(254) 287-1110"),
                ("Joint Base San Antonio, 2330 Stanley Rd", "(210) 221-0400")]
    station = [g.rnd.choice(stations) for _ in range(g.rows)]
    clerks = sorted({v.login(*v.person(g, "us"), i) for i in range(8)})
    notes = v.EN_NOTES
    return Table("usar_callup.mobilization_roster", "en", "snake", [
        c("roster_id", N, "BIGINT", g.keys(40_001), "decoy", KEY),
        c("dod_id", "national_id", "VARCHAR", g.col(lambda: "1" + g.digits(9)), SERVICE_NO),
        c("ssn", "ssn", "VARCHAR", _dirty(g, g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.7)), 0.03,
                                          ["000-00-0000"]), PLACEHOLDER),
        c("last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("date_of_birth", "date_of_birth", "DATE", g.births(1968, 2005)),
        c("home_street", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(100, 9999)} "
                                                            f"{g.rnd.choice(v.US_STREETS)}")),
        c("home_city", "city", "VARCHAR", [p[0] for p in places]),
        c("home_state", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("home_zip", "postal_code", "VARCHAR", [f"{p[2]}{g.digits(2)}" for p in places]),
        c("cell_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.6, "e164": 0.4}, 1.0, 0.05)),
        c("personal_email", "email", "VARCHAR", [v.email_of(g, a, b, US_DOMAINS) if g.rnd.random() < 0.8 else None
                                                 for a, b in pairs]),
        c("mil_email", "email", "VARCHAR", [f"{v.plain(a)}.{v.plain(b)}.mil@army.mil" for a, b in pairs]),
        c("rank", N, "VARCHAR", g.col(g.pick(v.US_RANKS)), "decoy"),
        c("unit", N, "VARCHAR", g.col(g.pick(v.US_UNITS)), "decoy"),
        c("mos", N, "VARCHAR", g.col(g.pick(["11B", "68W", "88M", "92Y", "25B", "31B", "12B"])), "decoy", SHAPE),
        c("report_date", N, "DATE", g.days("2026-02-01", "2026-06-30"), "decoy"),
        c("reporting_station_address", N, "VARCHAR", [s[0] for s in station], "business"),
        c("reporting_station_phone", N, "VARCHAR", [s[1] for s in station], "business"),
        c("order_number", N, "VARCHAR", g.col(lambda: v.failing(g, lambda: f"9{g.digits(2)}-{g.digits(2)}-"
                                                                 f"{g.digits(4)}", v._ssn.is_valid)), "decoy", SHAPE),
        c("readiness_notes", "free_text", "VARCHAR", g.sparse(lambda: _note(g, notes, "us", "US"), 0.8,
                                                              _words("none")), NULLWORD),
        c("processed_by", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER),
    ])


def uk_vets_pensions(g: Gen) -> Table:
    """A UK veterans' charity's pension-claim casework (camel case): service number, National Insurance number (some
    ``QQ123456C``), NHS number, names, address, phone, e-mail, the payee's sort code and account (``unclassified``),
    the condition claimed, the caseworker (staff), the online form's IP, the claimant's statement and
    ``userField2`` (a phone, an e-mail or a name by row)."""
    pairs = [v.person(g, "gb") for _ in range(g.rows)]
    places = [g.rnd.choice(v.GB_PLACES) for _ in range(g.rows)]
    caseworkers = v.staff(g, "gb", 7)
    statements = ["Injured knee on exercise on Salisbury Plain, never recovered",
                  "Hearing loss after two tours; my wife {name} has to repeat everything",
                  "Ask for {name}, my carer, on {phone}", "Back pain since a vehicle accident in 2009",
                  "PTSD diagnosis from my GP, letter enclosed"]
    return Table("vets_pensions.claimCases", "en", "camel", [
        c("claimId", N, "BIGINT", g.keys(700_001), "decoy", KEY),
        c("serviceNumber", "national_id", "VARCHAR", g.col(lambda: g.rnd.choice(["30", "25", "C0", "D"]) +
                                                            g.digits(6), 0.05), SERVICE_NO),
        c("niNumber", "ssn", "VARCHAR", _dirty(g, g.col(lambda: v.gb_nino(g), 0.08), 0.03, ["QQ123456C"]),
          PLACEHOLDER),
        c("nhsNumber", "national_id", "VARCHAR", g.col(lambda: v.gb_nhs(g), 0.55), HEAVY),
        c("title", N, "VARCHAR", g.col(g.pick(["Mr", "Mrs", "Ms", "Miss", "Dr", "Mx"])), "decoy"),
        c("forenames", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("surname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("dateOfBirth", "date_of_birth", "DATE", g.births(1935, 1998)),
        c("addressLine1", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 180)} "
                                                              f"{g.rnd.choice(v.GB_STREETS)}")),
        c("town", "city", "VARCHAR", [p[0] for p in places]),
        c("postcode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9AA')}" for p in places]),
        c("mobileNumber", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.4}, 0.8, 0.1)),
        c("emailAddress", "email", "VARCHAR", [v.email_of(g, a, b, ["btinternet.com", "gmail.com", "hotmail.co.uk",
                                                                     "sky.com"]) if g.rnd.random() < 0.7 else None
                                               for a, b in pairs]),
        c("payeeSortCodeAccount", USERNAME, "VARCHAR", g.col(lambda: f"{g.code('99-99-99')} {g.digits(8)}", 0.2),
          BANK),
        c("lastRank", N, "VARCHAR", g.col(g.pick(v.GB_RANKS)), "decoy"),
        c("lastUnit", N, "VARCHAR", g.col(g.pick(v.GB_UNITS)), "decoy"),
        c("conditionClaimed", N, "VARCHAR", g.col(g.pick(["Tinnitus", "Non-freezing cold injury", "Lumbar spine",
                                                           "PTSD", "Knee"])), "decoy"),
        c("assessmentPercent", N, "INTEGER", g.ints(0, 100, 0.3), "decoy"),
        c("caseworker", "person_name", "VARCHAR", g.col(g.pick(caseworkers)), STAFF),
        c("submittedFromIp", "ip_address", "VARCHAR", g.col(g.ipv4, 0.4)),
        c("claimantStatement", "free_text", "VARCHAR", g.col(lambda: _note(g, statements, "gb", "GB"), 0.3)),
        c("userField2", "free_text", "VARCHAR", _mixed(g, "gb", "GB", ["gmail.com", "yahoo.co.uk"], 0.45), OPAQUE,
          MIXED),
    ])


def ca_clinic_appointments(g: Gen) -> Table:
    """A Canadian Forces health-services clinic's appointments (Pascal case): SIN, a CAF service number, a provincial
    health card number, names, birth date, phone, postal code, the clinic (``business``), the clinician (staff),
    referral numbers shaped like SINs failing Luhn, a clinical note and ``Udf03`` (the emergency contact's name)."""
    pairs = [v.person(g, "ca") for _ in range(g.rows)]
    places = [g.rnd.choice(v.CA_PLACES) for _ in range(g.rows)]
    clinicians = [f"Dr. {n}" for n in v.staff(g, "ca", 6)]
    clinics = [("CFB Halifax Health Services Centre", "(902) 721-8871"),
               ("CFB Kingston Health Services", "(613) 541-5010")]
    clinic = [g.rnd.choice(clinics) for _ in range(g.rows)]
    notes = ["Follow-up physio, knee", "Patient asked that {name} be present", "Annual PHA completed",
             "Call back on {phone} after 1600", "Referred to mental health, no name given"]
    return Table("cfhs.ClinicAppointments", "en", "pascal", [
        c("AppointmentId", N, "BIGINT", g.keys(5_500_001), "decoy", KEY),
        c("PatientSin", "ssn", "VARCHAR", g.col(lambda: v.ca_sin(g, g.rnd.random() < 0.5), 0.1)),
        c("ServiceNumber", "national_id", "VARCHAR", g.col(lambda: g.code("A99 999 999")), SERVICE_NO),
        c("HealthCardNo", "national_id", "VARCHAR", g.col(lambda: f"{g.digits(4)}-{g.digits(3)}-{g.digits(3)}-"
                                                           f"{g.code('AA')}", 0.3)),
        c("GivenName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("Surname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("BirthDate", "date_of_birth", "DATE", g.births(1962, 2006)),
        c("HomePhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.7, "e164": 0.3}, 0.7, 0.1)),
        c("PostalCode", "postal_code", "VARCHAR", [f"{p[2]}{g.code('A 9A9')}" for p in places]),
        c("HomeBase", N, "VARCHAR", g.col(g.pick(v.CA_UNITS)), "decoy"),
        c("ClinicName", N, "VARCHAR", [x[0] for x in clinic], "business"),
        c("ClinicPhone", N, "VARCHAR", [x[1] for x in clinic], "business"),
        c("AppointmentStart", N, "TIMESTAMP", g.moments("2025-10-01", "2026-03-31"), "decoy"),
        c("Clinician", "person_name", "VARCHAR", g.col(g.pick(clinicians)), STAFF),
        c("ReferralNumber", N, "VARCHAR", g.col(lambda: v.failing(g, lambda: g.rnd.choice("1234567") + g.digits(8),
                                                                   v._sin.is_valid), 0.4), "decoy", SHAPE),
        c("PreferredLanguage", N, "VARCHAR", g.col(g.pick(["EN", "FR"])), "decoy"),
        c("ClinicalNote", "free_text", "VARCHAR", g.col(lambda: _note(g, notes, "ca", "CA"), 0.35)),
        c("Udf03", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.3), OPAQUE),
    ])


def au_housing_allocations(g: Gen) -> Table:
    """An Australian defence housing provider's allocations (SCREAMING case): PMKeyS number, TFN (mostly NULL),
    names, partner, mobile, e-mail, the allocated home (``street_address``, tag ``premises``), suburb, postcode, base,
    the landlord (a company) and its ABN (``business``), a bond payment card in clear, the allocation officer,
    comments and ``CUSTOM_FIELD_2`` (by row a phone, an e-mail or a name)."""
    pairs = [v.person(g, "au") for _ in range(g.rows)]
    places = [g.rnd.choice(v.AU_PLACES) for _ in range(g.rows)]
    landlords = [(f"{n} Property Trust Pty Ltd", v.au_abn(g)) for n in ["Coolibah", "Banksia", "Northline",
                                                                          "Tropic Coast", "Swan Reach"]]
    landlord = [g.rnd.choice(landlords) for _ in range(g.rows)]
    officers = v.staff(g, "au", 6)
    comments = ["Pet dog approved", "Partner {name} to collect keys", "Maintenance request open",
                "Member posted out early", "Contact partner on {phone}"]
    return Table("DHA.HOUSING_ALLOCATIONS", "en", "screaming", [
        c("ALLOCATION_NO", N, "BIGINT", g.keys(81_000_001, 3), "decoy", KEY),
        c("PMKEYS_NO", "national_id", "VARCHAR", g.col(lambda: g.rnd.choice("48") + g.digits(7)), SERVICE_NO),
        c("MEMBER_SURNAME", "last_name", "VARCHAR", [b.upper() for _, b in pairs]),
        c("MEMBER_GIVEN_NAMES", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("MEMBER_DOB", "date_of_birth", "DATE", g.births(1970, 2006)),
        c("MEMBER_TFN", "national_id", "VARCHAR", g.col(lambda: v.au_tfn(g), 0.7), HEAVY),
        c("PARTNER_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au"), 0.45), ROLE),
        c("NUM_DEPENDANTS", N, "INTEGER", g.ints(0, 5), "decoy"),
        c("MOBILE", "phone", "VARCHAR", g.phones("AU", {"national": 0.5, "intl": 0.3, "digits": 0.2}, 1.0, 0.04)),
        c("EMAIL", "email", "VARCHAR", [v.email_of(g, a, b, ["bigpond.com", "gmail.com", "outlook.com.au",
                                                             "defence.gov.au"]) for a, b in pairs]),
        c("PROPERTY_ADDRESS", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 140)} "
                                                                  f"{g.rnd.choice(v.AU_STREETS)}"), PREMISES),
        c("SUBURB", "city", "VARCHAR", [p[0] for p in places]),
        c("STATE", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("POSTCODE", "postal_code", "VARCHAR", [p[2] for p in places]),
        c("BASE", N, "VARCHAR", g.col(g.pick(v.AU_BASES)), "decoy"),
        c("LANDLORD_NAME", N, "VARCHAR", [x[0] for x in landlord], "business"),
        c("LANDLORD_ABN", N, "VARCHAR", [x[1] for x in landlord], "business", SHAPE),
        c("RENT_CONTRIBUTION", N, "DECIMAL(8,2)", g.amounts(90, 420), "decoy"),
        c("BOND_PAYMENT_CARD", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.75), HEAVY),
        c("ALLOCATION_OFFICER", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
        c("COMMENTS", "free_text", "VARCHAR", g.sparse(lambda: _note(g, comments, "au", "AU"), 0.5, _words())),
        c("CUSTOM_FIELD_2", "free_text", "VARCHAR", _mixed(g, "au", "AU", ["bigpond.com", "gmail.com"], 0.4),
          OPAQUE, MIXED),
    ])


def nz_cadet_roster(g: Gen) -> Table:
    """A New Zealand cadet forces unit roster (abbreviated snake case): the cadet's names and birth date, the
    guardian's name, phone and e-mail, the home address, the guardian's IRD number for the fee rebate (mostly NULL),
    the school, the officer in charge (staff), the fee account and ``misc_2`` (a phone by row)."""
    pairs = [v.person(g, "nz") for _ in range(g.rows)]
    places = [g.rnd.choice(v.NZ_PLACES) for _ in range(g.rows)]
    officers = v.staff(g, "nz", 6)
    return Table("nzcf.cdt_roster", "en", "snake", [
        c("cdt_id", N, "INTEGER", g.keys(3_001), "decoy", KEY),
        c("cdt_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("cdt_snm", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
        c("cdt_dob", "date_of_birth", "DATE", g.births(2007, 2014), ABBREV),
        c("unit_nm", N, "VARCHAR", g.col(g.pick(v.NZ_UNITS)), "decoy"),
        c("rnk", N, "VARCHAR", g.col(g.pick(["CDT", "LCPL", "CPL", "SGT", "FSGT", "LCDT", "AB"])), "decoy", ABBREV),
        c("gdn_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nz")), ROLE, ABBREV),
        c("gdn_ph", "phone", "VARCHAR", g.phones("NZ", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.9), ROLE,
          ABBREV),
        c("gdn_eml", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "nz"), ["xtra.co.nz", "gmail.com",
                                                                                          "outlook.co.nz"]), 0.1),
          ROLE, ABBREV),
        c("hm_addr", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 300)} "
                                                        f"{g.rnd.choice(v.NZ_STREETS)}"), ABBREV),
        c("hm_twn", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("pcode", "postal_code", "VARCHAR", [p[1] for p in places], ABBREV),
        c("gdn_ird", "national_id", "VARCHAR", g.col(lambda: v.nz_ird(g), 0.75), HEAVY, ROLE, ABBREV),
        c("sch_nm", N, "VARCHAR", g.col(g.pick(["Awatapu College", "Tamatea High School", "Burnside High School",
                                                 "Nelson College", "Rotorua Girls' High School"])), "decoy"),
        c("oic", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF, ABBREV),
        c("fee_acct", USERNAME, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['01', '02', '06', '12', '38'])}-"
                                                  f"{g.digits(4)}-{g.digits(7)}-{g.digits(2)}", 0.4), BANK, ABBREV),
        c("enrol_dt", N, "DATE", g.days("2020-01-20", "2026-02-10"), "decoy", ABBREV),
        c("misc_2", "phone", "VARCHAR", g.phones("NZ", {"national": 0.7, "e164": 0.3}, 1.0, 0.6), OPAQUE, HEAVY),
    ])


def stg_badge_access(g: Gen) -> Table:
    """A Virginia defence contractor's badge-reader staging table (``col01`` to ``col18``): event id and time, badge
    number, the holder's name, work e-mail and SSN (for the clearance check), the door, the facility's address and
    the reader's IP (``business``), the escort (mostly NULL), the visitor's company and mobile, result, clearance
    level, a hash, the birth date as text, ``col17`` (a phone, an e-mail or a name by row) and the contractor's EIN."""
    people = [(v.person(g, "us"), v.us_ssn(g), g.day("1960-01-01", "2003-12-31")) for _ in range(350)]
    who = [g.rnd.choice(people) for _ in range(g.rows)]
    doors = ["B1-LOBBY-IN", "B1-SCIF-2", "B3-DOCK", "B3-LAB-114", "GATE-N"]
    sites = [("7450 Boston Blvd, Springfield VA 22153", "10.20.4."), ("1100 Wilson Blvd, Arlington VA 22209",
                                                                         "10.31.8.")]
    site = [g.rnd.choice(sites) for _ in range(g.rows)]
    return Table("stg.badge_access_raw", "en", "opaque", [
        c("col01", N, "BIGINT", g.keys(9_000_000_001), "decoy", KEY, OPAQUE),
        c("col02", N, "TIMESTAMP", g.moments("2026-01-05", "2026-02-27"), "decoy", OPAQUE),
        c("col03", N, "VARCHAR", g.col(lambda: g.code("99999-AZ")), "decoy", SHAPE, OPAQUE),
        c("col04", "person_name", "VARCHAR", [f"{p[0][1].upper()}, {p[0][0]}" for p, _, _ in who], OPAQUE),
        c("col05", "email", "VARCHAR", [f"{v.plain(p[0])}.{v.plain(p[1])}@northgate-def.com" for p, _, _ in who],
          OPAQUE),
        c("col06", "ssn", "VARCHAR", [s if g.rnd.random() < 0.9 else None for _, s, _ in who], OPAQUE),
        c("col07", N, "VARCHAR", g.col(g.pick(doors)), "decoy", OPAQUE),
        c("col08", N, "VARCHAR", [s[0] for s in site], "business", OPAQUE),
        c("col09", N, "VARCHAR", [f"{s[1]}{g.rnd.randint(2, 60)}" for s in site], "business", SHAPE, OPAQUE),
        c("col10", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "us"), 0.8), ROLE, HEAVY, OPAQUE),
        c("col11", N, "VARCHAR", g.col(g.pick(["Raytheon Field Svc", "Lockfast Security", "Tidewater HVAC",
                                                "Apex Cabling"]), 0.8), "business", OPAQUE),
        c("col12", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "digits": 0.5}, 1.0, 0.8), HEAVY, OPAQUE),
        c("col13", N, "VARCHAR", g.col(g.pick(["GRANTED", "GRANTED", "GRANTED", "DENIED", "ESCORT_REQ"])), "decoy",
          OPAQUE),
        c("col14", N, "VARCHAR", g.col(g.pick(["SECRET", "TOP SECRET", "TS/SCI", "NONE", "CONFIDENTIAL"])), "decoy",
          OPAQUE),
        c("col15", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c("col16", "date_of_birth", "VARCHAR", [d.strftime("%m/%d/%Y") for _, _, d in who], OPAQUE),
        c("col17", "free_text", "VARCHAR", _mixed(g, "us", "US", US_DOMAINS, 0.5), OPAQUE, MIXED),
        c("col18", N, "VARCHAR", g.col(g.pick([v.us_ein(g) for _ in range(3)])), "business", SHAPE, OPAQUE),
    ])


# -- legacy extracts: a VA-style COBOL claims file and a Halifax contractor's AS/400 access file ------------------------


def cobol_va_claims(g: Gen) -> Table:
    """A Texas veterans' claims office's COBOL copybook extract (padded CHAR): claim numbers shaped like SSNs and
    failing the check, the SSN and the ZIP as numbers, names, ``YYYYMMDD`` dates, an old service number (mostly
    NULL), the phone as a number with 0 for missing, the direct-deposit account, the VSO (``business``), a fiduciary
    (role word, mostly NULL) and ``CLM-USER-FLD-2`` (a phone, an e-mail or a name by row)."""
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_CITIES[:4]) for _ in range(g.rows)]
    births = g.births(1938, 2000)

    def phone_num() -> int:
        return 0 if g.rnd.random() < 0.15 else int(g.phone("US", "digits", g.rnd.random() < 0.6))

    return Table("VBACLM.CLAIM_EXTRACT", "en", "cobol", [
        c("CLM-NUM", N, "CHAR(11)", g.col(lambda: v.failing(g, lambda: f"9{g.digits(8)}", v._ssn.is_valid).ljust(11)),
          "decoy", SHAPE, LEGACY),
        c("VET-SSN", "ssn", "DECIMAL(9,0)", g.col(lambda: int(v.us_ssn(g, False))), LEGACY),
        c("VET-LAST-NM", "last_name", "CHAR(20)", _pad([b.upper() for _, b in pairs], 20), LEGACY),
        c("VET-FIRST-NM", "first_name", "CHAR(15)", _pad([a.upper() for a, _ in pairs], 15), LEGACY),
        c("VET-DOB", "date_of_birth", "INTEGER", [_ymd(d) for d in births], LEGACY),
        c("VET-SVC-NUM", "national_id", "CHAR(10)", _pad(g.col(lambda: "RA" + g.digits(8), 0.7), 10), SERVICE_NO,
          HEAVY, LEGACY),
        c("VET-ADDR-1", "street_address", "CHAR(30)", _pad(g.col(lambda: f"{g.rnd.randint(100, 9999)} "
                                                                 f"{g.rnd.choice(v.US_STREETS).upper()}"), 30),
          LEGACY),
        c("VET-CITY", "city", "CHAR(18)", _pad([p[0].upper() for p in places], 18), LEGACY),
        c("VET-ST", N, "CHAR(2)", [p[1] for p in places], "decoy", LEGACY),
        c("VET-ZIP", "postal_code", "DECIMAL(5,0)", [int(f"{p[2]}{g.digits(2)}") if g.rnd.random() < 0.95 else 0
                                                     for p in places], LEGACY),
        c("VET-PHONE", "phone", "DECIMAL(10,0)", [phone_num() for _ in range(g.rows)], LEGACY),
        c("BRANCH-CD", N, "CHAR(1)", g.col(g.pick(["A", "N", "F", "M", "C"])), "decoy", LEGACY),
        c("DISCH-DT", N, "INTEGER", [_ymd(g.day("1968-01-01", "2024-12-31")) for _ in range(g.rows)], "decoy",
          LEGACY),
        c("CLM-RCVD-DT", N, "INTEGER", [_ymd(g.day("2024-01-01", "2026-02-28")) for _ in range(g.rows)], "decoy",
          LEGACY),
        c("RATING-PCT", N, "DECIMAL(3,0)", g.col(lambda: g.rnd.choice([0, 10, 30, 50, 70, 100])), "decoy", LEGACY),
        c("DD-ROUT-ACCT", USERNAME, "CHAR(22)", _pad(g.col(lambda: f"{g.digits(9)} {g.digits(10)}", 0.3), 22), BANK,
          LEGACY),
        c("POA-ORG-NM", N, "CHAR(24)", _pad(g.col(g.pick(["AMERICAN LEGION", "VFW", "DAV", "TX VETS COMM"]), 0.2),
                                            24), "business", LEGACY),
        c("FIDUCIARY-NM", "person_name", "CHAR(30)", _pad(g.col(lambda: v.whole(g, "us").upper(), 0.85), 30), ROLE,
          HEAVY, LEGACY),
        c("CLM-USER-FLD-2", "free_text", "CHAR(40)", _pad(_mixed(g, "us", "US", US_DOMAINS, 0.5), 40), OPAQUE, MIXED,
          LEGACY),
    ])


def as400_facility_access(g: Gen) -> Table:
    """A Halifax shipyard contractor's AS/400 facility-access clearance file (prefix ``FA``, padded CHAR): the
    employee number, the SIN as a number with 0 for missing, names, ``CYYMMDD`` birth dates, address, postal code,
    the phone as a number, clearance level and expiry, the sponsor (staff), the company's BN (``business``), the
    vetting referee's name and phone and ``FAUDF2`` (a personal e-mail)."""
    pairs = [v.person(g, "ca") for _ in range(g.rows)]
    places = [g.rnd.choice(v.CA_PLACES[:2]) for _ in range(g.rows)]
    sponsors = v.staff(g, "ca", 5)
    bn = v.ca_bn(g)

    def phone_num(null: float) -> int:
        return 0 if g.rnd.random() < null else int(g.phone("CA", "digits", g.rnd.random() < 0.7))

    return Table("DNDLIB.FACACCPF", "en", "as400", [
        c("FAEMPN", N, "DECIMAL(7,0)", g.keys(1_040_001), "decoy", KEY, LEGACY),
        c("FASIN", "ssn", "DECIMAL(9,0)", [int(v.ca_sin(g, False)) if g.rnd.random() < 0.9 else 0
                                           for _ in range(g.rows)], LEGACY, ABBREV),
        c("FALNAM", "last_name", "CHAR(20)", _pad([b.upper() for _, b in pairs], 20), LEGACY, ABBREV),
        c("FAFNAM", "first_name", "CHAR(15)", _pad([a.upper() for a, _ in pairs], 15), LEGACY, ABBREV),
        c("FABDAT", "date_of_birth", "DECIMAL(7,0)", [_cyymmdd(d) for d in g.births(1958, 2005)], LEGACY, ABBREV),
        c("FAADR1", "street_address", "CHAR(30)", _pad(g.col(lambda: f"{g.rnd.randint(1, 4000)} "
                                                             f"{g.rnd.choice(v.CA_STREETS).upper()}"), 30), LEGACY,
          ABBREV),
        c("FACITY", "city", "CHAR(18)", _pad([p[0].upper() for p in places], 18), LEGACY, ABBREV),
        c("FAPROV", N, "CHAR(2)", [p[1] for p in places], "decoy", LEGACY, ABBREV),
        c("FAPSTC", "postal_code", "CHAR(7)", _pad([f"{p[2]}{g.code('A 9A9')}" for p in places], 7), LEGACY, ABBREV),
        c("FAPHON", "phone", "DECIMAL(10,0)", [phone_num(0.1) for _ in range(g.rows)], LEGACY, ABBREV),
        c("FACLVL", N, "CHAR(3)", g.col(g.pick(["REL", "SEC", "TS ", "CON"])), "decoy", LEGACY, ABBREV),
        c("FACLEX", N, "DECIMAL(7,0)", [_cyymmdd(g.day("2026-03-01", "2035-12-31")) for _ in range(g.rows)],
          "decoy", LEGACY, ABBREV),
        c("FASPON", "person_name", "CHAR(30)", _pad(g.col(g.pick(sponsors)), 30), STAFF, LEGACY, ABBREV),
        c("FABN", N, "CHAR(9)", [bn] * g.rows, "business", SHAPE, LEGACY, ABBREV),
        c("FAREFN", "person_name", "CHAR(30)", _pad(g.col(lambda: v.whole(g, "ca").upper(), 0.2), 30), ROLE, LEGACY,
          ABBREV),
        c("FAREFP", "phone", "DECIMAL(10,0)", [phone_num(0.25) for _ in range(g.rows)], ROLE, LEGACY, ABBREV),
        c("FAUDF2", "email", "CHAR(40)", _pad(g.col(lambda: v.email_of(g, *v.person(g, "ca"),
                                                                       ["eastlink.ca", "gmail.com", "bellaliant.net"]),
                                                    0.35), 40), OPAQUE, LEGACY),
    ])


# -- other languages: Hebrew, Norwegian, Finnish, Estonian, French, Greek, Portuguese -----------------------------------


def il_clearance_applications(g: Gen) -> Table:
    """An Israeli defence contractor's security-clearance applications (romanized Hebrew names, values in Hebrew
    script): teudat zehut, personal (service) number, names, the father's name, birth date, address, mikud, phone,
    e-mail, a referee's name and phone, the sponsoring company and its company number (``business``), the vetting
    officer (staff), a remark and ``sade_chofshi_2`` (a phone, an e-mail or a name by row)."""
    pairs = [v.person(g, "he") for _ in range(g.rows)]
    officers = v.staff(g, "he", 5)
    companies = [("מערכות הגליל בע\"מ", v.il_hp(g)), ("אלקטרו-נגב בע\"מ", v.il_hp(g))]
    company = [g.rnd.choice(companies) for _ in range(g.rows)]
    domains = ["gmail.com", "walla.co.il", "012.net.il"]
    remarks = ["המועמד שירת בשריון", "איש קשר: {name}", "נדרש ראיון נוסף", "להתקשר ל-{phone}", "אין הערות"]
    return Table("bitchon.bakashot_sivug", "he", "snake", [
        c("mispar_bakasha", N, "BIGINT", g.keys(2_024_0001), "decoy", KEY),
        c("mispar_zehut", "national_id", "VARCHAR", g.col(lambda: v.il_id(g))),
        c("mispar_ishi", "national_id", "VARCHAR", g.col(lambda: g.digits(7), 0.2), SERVICE_NO),
        c("shem_prati", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("shem_mishpacha", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("shem_ha_av", "first_name", "VARCHAR", g.col(lambda: v.person(g, "he", False)[0], 0.1), ROLE),
        c("taarich_leida", "date_of_birth", "DATE", g.births(1960, 2004)),
        c("ktovet", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.IL_STREETS)} "
                                                       f"{g.rnd.randint(1, 120)}")),
        c("yishuv", "city", "VARCHAR", g.col(g.pick(v.IL_CITIES))),
        c("mikud", "postal_code", "VARCHAR", g.col(lambda: g.rnd.choice("1234578") + g.digits(6), 0.2)),
        c("telefon_nayad", "phone", "VARCHAR", g.phones("IL", {"national": 0.6, "intl": 0.4}, 1.0)),
        c("doar_elektroni", "email", "VARCHAR", g.col(lambda: v.latin_email(g, domains), 0.1)),
        c("mamlitz_shem", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "he"), 0.1), ROLE),
        c("mamlitz_telefon", "phone", "VARCHAR", g.phones("IL", {"national": 1.0}, 0.8, 0.15), ROLE),
        c("chevra_mezmina", N, "VARCHAR", [x[0] for x in company], "business"),
        c("chevra_hp", N, "VARCHAR", [x[1] for x in company], "business", SHAPE),
        c("rama_sivug", N, "VARCHAR", g.col(g.pick(["1", "2", "3", "שמור", "סודי"])), "decoy"),
        c("kzin_bodek", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
        c("heara", "free_text", "VARCHAR", g.col(lambda: _note(g, remarks, "he", "IL"), 0.4)),
        c("sade_chofshi_2", "free_text", "VARCHAR", _mixed(g, "he", "IL", domains, 0.5,
                                                           lambda: v.latin_email(g, domains)), OPAQUE, MIXED),
    ])


def no_military_licences(g: Gen) -> Table:
    """The Norwegian armed forces' military driving licences (Norwegian, snake case): licence number, fødselsnummer,
    names, birth date, phone, e-mail, address, postcode and town, the unit, classes, dates, the examiner (staff), the
    workshop's organisation number (``business``), vehicle registrations, a remark and ``fritt_felt_2`` (a phone)."""
    pairs = [v.person(g, "no") for _ in range(g.rows)]
    births = g.births(1975, 2007)
    places = [g.rnd.choice(v.NO_PLACES) for _ in range(g.rows)]
    examiners = v.staff(g, "no", 5)
    orgs = [v.no_orgnr(g) for _ in range(3)]
    remarks = ["Må bruke briller", "Ny prøve etter stryk", "Kontaktperson {name}", "Ring {phone} ved endring"]
    return Table("fsf.militaere_forerkort", "no", "snake", [
        c("forerkort_nr", "national_id", "VARCHAR", g.col(lambda: "FK" + g.digits(8))),
        c("fodselsnummer", "national_id", "VARCHAR", [v.no_fnr(g, d) for d in births]),
        c("fornavn", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("etternavn", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("fodselsdato", "date_of_birth", "DATE", births),
        c("mobil", "phone", "VARCHAR", g.phones("NO", {"national": 0.5, "intl": 0.5}, 1.0, 0.05)),
        c("epost", "email", "VARCHAR", [v.email_of(g, a, b, ["online.no", "gmail.com", "hotmail.no"])
                                        for a, b in pairs]),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.NO_STREETS)} "
                                                        f"{g.rnd.randint(1, 90)}")),
        c("postnr", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("poststed", "city", "VARCHAR", [p[0] for p in places]),
        c("avdeling", N, "VARCHAR", g.col(g.pick(v.NO_UNITS)), "decoy"),
        c("klasser", N, "VARCHAR", g.col(g.pick(["B", "BE", "C1", "C1E", "C", "CE", "BE, C1E"])), "decoy"),
        c("utstedt_dato", N, "DATE", g.days("2018-01-01", "2026-01-31"), "decoy"),
        c("gyldig_til", N, "DATE", g.days("2026-03-01", "2031-12-31"), "decoy"),
        c("sensor", "person_name", "VARCHAR", g.col(g.pick(examiners)), STAFF),
        c("verksted_orgnr", N, "VARCHAR", g.col(g.pick(orgs)), "business", SHAPE),
        c("kjoretoy_reg", N, "VARCHAR", g.col(lambda: g.code("AA 99999")), "decoy", SHAPE),
        c("merknad", "free_text", "VARCHAR", g.sparse(lambda: _note(g, remarks, "no", "NO"), 0.8,
                                                      _words("ukjent")), NULLWORD),
        c("fritt_felt_2", "phone", "VARCHAR", g.phones("NO", {"national": 1.0}, 1.0, 0.55), OPAQUE, HEAVY),
    ])


def fi_reservist_callups(g: Gen) -> Table:
    """A Finnish defence forces' refresher-exercise call-ups (Finnish, snake case): henkilötunnus, names, birth date,
    address, postcode, town, phone, e-mail, rank and unit, the employer, its Y-tunnus and phone (``business``), an
    exemption request, call-up references shaped like henkilötunnus and failing its check, and ``lisatieto_2`` (a
    phone, an e-mail or a name by row)."""
    pairs = [v.person(g, "fi") for _ in range(g.rows)]
    births = g.births(1972, 2004)
    places = [g.rnd.choice(v.FI_PLACES) for _ in range(g.rows)]
    employers = [(f"{n} Oy", v.fi_ytunnus(g), g.phone("FI", "national", False))
                 for n in ["Pohjolan Kone", "Savon Sähkö", "Rannikon Rakennus", "Lapin Kuljetus"]]
    employer = [g.rnd.choice(employers) if g.rnd.random() < 0.8 else None for _ in range(g.rows)]
    requests = ["Pyydän siirtoa työkiireiden vuoksi", "Puoliso {name} synnyttää maaliskuussa",
                "Esimies {name} vahvistaa, puh. {phone}", "Opinnot kesken"]

    def ref() -> str:
        d = g.day("1972-01-01", "2004-12-31")
        return v.failing(g, lambda: d.strftime("%d%m%y") + "-" + g.digits(3) + g.rnd.choice("0123456789ABCDEF"),
                         v._hetu.is_valid)

    return Table("puolustusvoimat.kertausharjoituskutsut", "fi", "snake", [
        c("kutsu_id", N, "BIGINT", g.keys(610_001), "decoy", KEY),
        c("henkilotunnus", "national_id", "VARCHAR", [v.fi_hetu(g, d) for d in births]),
        c("sukunimi", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("etunimet", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("syntymaaika", "date_of_birth", "DATE", births),
        c("lahiosoite", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.FI_STREETS)} "
                                                           f"{g.rnd.randint(1, 60)} {g.code('A 9')}")),
        c("postinumero", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("postitoimipaikka", "city", "VARCHAR", [p[0] for p in places]),
        c("matkapuhelin", "phone", "VARCHAR", g.phones("FI", {"national": 0.7, "intl": 0.3}, 1.0, 0.05)),
        c("sahkoposti", "email", "VARCHAR", [v.email_of(g, a, b, ["gmail.com", "luukku.com", "outlook.com"])
                                             if g.rnd.random() < 0.85 else None for a, b in pairs]),
        c("palkka_iban", "iban", "VARCHAR", g.col(lambda: v.fi_iban(g, g.rnd.random() < 0.5), 0.2)),
        c("sotilasarvo", N, "VARCHAR", g.col(g.pick(["sotamies", "korpraali", "alikersantti", "kersantti",
                                                      "vänrikki", "luutnantti"])), "decoy"),
        c("joukko_osasto", N, "VARCHAR", g.col(g.pick(v.FI_UNITS)), "decoy"),
        c("harjoitus_alkaa", N, "DATE", g.days("2026-03-01", "2026-11-30"), "decoy"),
        c("tyonantaja", N, "VARCHAR", [e[0] if e else None for e in employer], "business"),
        c("tyonantajan_ytunnus", N, "VARCHAR", [e[1] if e else None for e in employer], "business", SHAPE),
        c("tyonantajan_puhelin", N, "VARCHAR", [e[2] if e else None for e in employer], "business"),
        c("vapautushakemus", "free_text", "VARCHAR", g.sparse(lambda: _note(g, requests, "fi", "FI"), 0.75,
                                                              _words("ei tiedossa")), NULLWORD),
        c("kutsun_viite", N, "VARCHAR", g.col(ref), "decoy", SHAPE),
        c("lisatieto_2", "free_text", "VARCHAR", _mixed(g, "fi", "FI", ["gmail.com", "luukku.com"], 0.5), OPAQUE,
          MIXED),
    ])


def ee_war_graves(g: Gen) -> Table:
    """An Estonian war-graves register (Estonian, snake case): the fallen's names, birth date and (for recent
    casualties) isikukood, rank and unit, date of death, the cemetery and its address (``business``), the grave's
    plot, the next of kin's name, phone, e-mail, address and town, the caretaker's registry code (``business``), a
    remark and ``vaba_vali_2`` (a name)."""
    pairs = [v.person(g, "et", g.rnd.random() < 0.05) for _ in range(g.rows)]
    births = g.births(1890, 2000)
    recent = [d.year >= 1960 for d in births]
    cemeteries = [("Tallinna Kaitseväe kalmistu", "Filtri tee 14, Tallinn"), ("Tapa vennashaud", "Jaama 2, Tapa"),
                  ("Võru kalmistu", "Kalmistu 1, Võru")]
    cem = [g.rnd.choice(cemeteries) for _ in range(g.rows)]
    caretakers = [v.ee_regkood(g) for _ in range(3)]
    remarks = ["Hauakivi vajab parandamist", "Lähisugulane {name} külastab igal aastal", "Andmed arhiivist",
               "Helistada {phone}"]
    return Table("kalmistud.sojahauad", "et", "snake", [
        c("haua_id", N, "INTEGER", g.keys(10_001), "decoy", KEY),
        c("perekonnanimi", "last_name", "VARCHAR", [b for _, b in pairs], DECEASED),
        c("eesnimi", "first_name", "VARCHAR", [a for a, _ in pairs], DECEASED),
        c("sunniaeg", "date_of_birth", "DATE", births, DECEASED),
        c("isikukood", "national_id", "VARCHAR", [v.ee_ik(g, d, False) if r else None for d, r in zip(births, recent)],
          DECEASED, HEAVY),
        c("auaste", N, "VARCHAR", g.col(g.pick(["reamees", "kapral", "seersant", "leitnant", "kapten"])), "decoy"),
        c("vaeosa", N, "VARCHAR", g.col(g.pick(v.EE_UNITS)), "decoy"),
        c("surmaaeg", N, "DATE", [g.day(f"{min(d.year + 18, 2024)}-01-01", f"{min(d.year + 45, 2025)}-12-31")
                                  for d in births], "decoy"),
        c("kalmistu", N, "VARCHAR", [x[0] for x in cem], "business"),
        c("kalmistu_aadress", N, "VARCHAR", [x[1] for x in cem], "business"),
        c("haua_asukoht", N, "VARCHAR", g.col(lambda: f"plats {g.rnd.randint(1, 40)} rida {g.rnd.randint(1, 12)}"),
          "decoy"),
        c("sugulase_nimi", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "et"), 0.4), ROLE),
        c("sugulase_telefon", "phone", "VARCHAR", g.phones("EE", {"national": 0.5, "intl": 0.5}, 0.9, 0.5), ROLE,
          HEAVY),
        c("sugulase_epost", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "et"),
                                                                         ["mail.ee", "gmail.com", "hot.ee"]), 0.55),
          ROLE, HEAVY),
        c("sugulase_aadress", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.EE_STREETS)} "
                                                                  f"{g.rnd.randint(1, 80)}", 0.45), ROLE),
        c("sugulase_linn", "city", "VARCHAR", g.col(g.pick(v.EE_PLACES), 0.45), ROLE),
        c("hooldaja_registrikood", N, "VARCHAR", g.col(g.pick(caretakers)), "business", SHAPE),
        c("markus", "free_text", "VARCHAR", g.sparse(lambda: _note(g, remarks, "et", "EE"), 0.8,
                                                     _words("teadmata")), NULLWORD),
        c("vaba_vali_2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "et"), 0.6), OPAQUE, HEAVY),
    ])


def fr_next_of_kin(g: Gen) -> Table:
    """A French regiment's next-of-kin file (French, camel case): the soldier's matricule, NIR, names and birth
    date, the contact's names, relationship, two phones, e-mail, address, postcode and town, call priority, the
    clerk's login, a remark and ``champLibre2`` (a phone, an e-mail or a name by row)."""
    soldiers = [(v.person(g, "fr", g.rnd.random() < 0.15), g.day("1975-01-01", "2007-12-31")) for _ in range(g.rows)]
    contacts = [v.person(g, "fr") for _ in range(g.rows)]
    places = [g.rnd.choice(v.FR_PLACES) for _ in range(g.rows)]
    clerks = sorted({v.login(*v.person(g, "fr"), i) for i in range(6)})
    remarks = ["Prévenir d'abord {name}", "Contact joignable le soir au {phone}", "Ne pas appeler avant 8h",
               "Adresse à vérifier"]
    return Table("regiment.personnesAPrevenir", "fr", "camel", [
        c("idContact", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("matricule", "national_id", "VARCHAR", g.col(lambda: g.digits(10)), SERVICE_NO),
        c("nirMilitaire", "ssn", "VARCHAR", [v.fr_nir(g, d, p[0] in v.NAMES["fr"][1], g.rnd.choice(
            ["51", "83", "81", "64", "57", "30", "13", "75"]), g.rnd.random() < 0.4) for p, d in soldiers]),
        c("nomMilitaire", "last_name", "VARCHAR", [p[1].upper() for p, _ in soldiers]),
        c("prenomMilitaire", "first_name", "VARCHAR", [p[0] for p, _ in soldiers]),
        c("dateNaissanceMilitaire", "date_of_birth", "DATE", [d for _, d in soldiers]),
        c("regiment", N, "VARCHAR", g.col(g.pick(v.FR_UNITS)), "decoy"),
        c("nomContact", "last_name", "VARCHAR", [b.upper() for _, b in contacts], ROLE),
        c("prenomContact", "first_name", "VARCHAR", [a for a, _ in contacts], ROLE),
        c("lienParente", N, "VARCHAR", g.col(g.pick(["épouse", "époux", "mère", "père", "conjoint(e)", "frère",
                                                      "sœur"])), "decoy"),
        c("telContact", "phone", "VARCHAR", g.phones("FR", {"national": 0.7, "intl": 0.3}, 0.8), ROLE),
        c("telContact2", "phone", "VARCHAR", g.phones("FR", {"national": 1.0}, 0.3, 0.7), ROLE, HEAVY),
        c("courrielContact", "email", "VARCHAR", [v.email_of(g, a, b, ["orange.fr", "free.fr", "gmail.com",
                                                                       "laposte.net"]) if g.rnd.random() < 0.7
                                                  else None for a, b in contacts], ROLE),
        c("adresseContact", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 90)} "
                                                                f"{g.rnd.choice(v.FR_STREETS)}"), ROLE),
        c("codePostalContact", "postal_code", "VARCHAR", [p[1] for p in places], ROLE),
        c("villeContact", "city", "VARCHAR", [p[0] for p in places], ROLE),
        c("prioriteAppel", N, "INTEGER", g.ints(1, 3), "decoy"),
        c("saisiPar", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER),
        c("commentaire", "free_text", "VARCHAR", g.sparse(lambda: _note(g, remarks, "fr", "FR"), 0.75,
                                                          _words("néant", "inconnu")), NULLWORD),
        c("champLibre2", "free_text", "VARCHAR", _mixed(g, "fr", "FR", ["orange.fr", "gmail.com"], 0.5), OPAQUE,
          MIXED),
    ])


def gr_military_hospital(g: Gen) -> Table:
    """A Greek army hospital's outpatient appointments (Greek column names and values): AMKA, AFM, names, father's
    name, birth date, mobile and landline, e-mail, address, postcode, town, the clinic, the doctor (staff), rank and
    army registry number, a note and ``ελεύθερο_πεδίο_2`` (an e-mail)."""
    pairs = [v.person(g, "el") for _ in range(g.rows)]
    births = g.births(1950, 2006)
    places = [g.rnd.choice(v.GR_PLACES) for _ in range(g.rows)]
    doctors = [f"Δρ. {n}" for n in v.staff(g, "el", 6)]
    domains = ["gmail.com", "yahoo.gr", "otenet.gr"]
    notes = ["Επανέλεγχος σε 3 μήνες", "Συνοδός: {name}", "Τηλεφωνική επικοινωνία στο {phone}", "Χωρίς παρατηρήσεις"]
    return Table("nosokomeio.rantevou", "el", "snake", [
        c("αρ_ραντεβού", N, "BIGINT", g.keys(300_001), "decoy", KEY),
        c("αμκα", "ssn", "VARCHAR", [v.gr_amka(g, d) if g.rnd.random() < 0.92 else None for d in births]),
        c("αφμ", "national_id", "VARCHAR", g.col(lambda: v.gr_afm(g), 0.3)),
        c("επώνυμο", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("όνομα", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("πατρώνυμο", "first_name", "VARCHAR", g.col(lambda: v.person(g, "el", False)[0], 0.1), ROLE),
        c("ημερομηνία_γέννησης", "date_of_birth", "DATE", births),
        c("κινητό", "phone", "VARCHAR", g.phones("GR", {"national": 0.7, "intl": 0.3}, 1.0, 0.05)),
        c("σταθερό", "phone", "VARCHAR", g.phones("GR", {"national": 1.0}, 0.0, 0.6), HEAVY),
        c("email", "email", "VARCHAR", g.col(lambda: v.latin_email(g, domains), 0.4), "lang:en"),
        c("διεύθυνση", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.GR_STREETS)} "
                                                           f"{g.rnd.randint(1, 150)}")),
        c("τκ", "postal_code", "VARCHAR", [f"{p[1]} {g.digits(2)}" for p in places], ABBREV),
        c("πόλη", "city", "VARCHAR", [p[0] for p in places]),
        c("κλινική", N, "VARCHAR", g.col(g.pick(["Καρδιολογική", "Ορθοπαιδική", "Οφθαλμολογική", "ΩΡΛ",
                                                  "Ψυχιατρική"])), "decoy"),
        c("ιατρός", "person_name", "VARCHAR", g.col(g.pick(doctors)), STAFF),
        c("ημερομηνία_ραντεβού", N, "TIMESTAMP", g.moments("2026-01-10", "2026-05-30"), "decoy"),
        c("βαθμός", N, "VARCHAR", g.col(g.pick(["Στρατιώτης", "Δεκανέας", "Λοχίας", "Ανθυπολοχαγός", "Λοχαγός",
                                                 "Ταγματάρχης", "Απόστρατος"])), "decoy"),
        c("αρ_μητρώου", "national_id", "VARCHAR", g.col(lambda: f"{g.digits(3)}/{g.rnd.randint(1975, 2024)}", 0.2),
          SERVICE_NO),
        c("σημειώσεις", "free_text", "VARCHAR", g.col(lambda: _note(g, notes, "el", "GR"), 0.4)),
        c("ελεύθερο_πεδίο_2", "email", "VARCHAR", g.col(lambda: v.latin_email(g, domains), 0.5), OPAQUE),
    ])


def br_veterans_pensions(g: Gen) -> Table:
    """A Brazilian army veterans' pension office (Portuguese, snake case): CPF, full name, mother's name, birth date,
    military identity number, phone, e-mail, address, CEP, town and state, rank and unit, bank branch and account
    (``unclassified``), the benefit, the veterans' association's CNPJ (``business``), process numbers shaped like CPFs
    and failing the check, a remark and ``campo_livre_2`` (a phone, an e-mail or a name by row)."""
    births = g.births(1935, 2001)
    places = [g.rnd.choice(v.BR_PLACES) for _ in range(g.rows)]
    associations = [v.br_cnpj(g) for _ in range(3)]
    remarks = ["Pensão instituída por {name}", "Recadastramento pendente", "Procurador: {name}",
               "Contato pelo {phone}"]
    return Table("sisvet.pensionistas", "pt", "snake", [
        c("id_pensao", N, "BIGINT", g.keys(77_001), "decoy", KEY),
        c("cpf", "national_id", "VARCHAR", g.col(lambda: v.br_cpf(g, g.rnd.random() < 0.7))),
        c("nome_completo", "person_name", "VARCHAR", g.col(lambda: f"{v.whole(g, 'br')} "
                                                           f"{g.rnd.choice(v.NAMES['br'][2])}")),
        c("nome_mae", "person_name", "VARCHAR", g.col(lambda: f"{v.person(g, 'br', True)[0]} "
                                                      f"{g.rnd.choice(v.NAMES['br'][2])}", 0.1), ROLE),
        c("data_nascimento", "date_of_birth", "DATE", births),
        c("identidade_militar", "national_id", "VARCHAR", g.col(lambda: f"{g.digits(3)}.{g.digits(3)}.{g.digits(3)}-"
                                                               f"{g.digits(1)}", 0.3), SERVICE_NO),
        c("telefone_celular", "phone", "VARCHAR", g.phones("BR", {"national": 0.7, "intl": 0.3}, 1.0, 0.1)),
        c("email", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "br"), ["bol.com.br", "gmail.com",
                                                                                        "uol.com.br"]), 0.45)),
        c("logradouro", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.BR_STREETS)}, "
                                                           f"{g.rnd.randint(10, 2500)}")),
        c("cep", "postal_code", "VARCHAR", [f"{p[2]}{g.digits(2)}-{g.digits(3)}" for p in places]),
        c("municipio", "city", "VARCHAR", [p[0] for p in places]),
        c("uf", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("posto_graduacao", N, "VARCHAR", g.col(g.pick(["Soldado", "Cabo", "3º Sargento", "1º Tenente",
                                                          "Capitão", "Subtenente"])), "decoy"),
        c("organizacao_militar", N, "VARCHAR", g.col(g.pick(["AMAN", "3ª DE", "12º BIL", "CMA", "7º BEC"])),
          "decoy"),
        c("agencia_conta", USERNAME, "VARCHAR", g.col(lambda: f"{g.digits(4)} / {g.digits(5)}-{g.digits(1)}"), BANK),
        c("valor_beneficio", N, "DECIMAL(10,2)", g.amounts(1_412, 9_800), "decoy"),
        c("cnpj_associacao", N, "VARCHAR", g.col(g.pick(associations), 0.3), "business", SHAPE),
        c("numero_processo", N, "VARCHAR", g.col(lambda: v.failing(g, lambda: g.digits(11), v._cpf.is_valid)),
          "decoy", SHAPE),
        c("observacao", "free_text", "VARCHAR", g.sparse(lambda: _note(g, remarks, "br", "BR"), 0.7,
                                                         _words("não informado", "sem dados")), NULLWORD),
        c("campo_livre_2", "free_text", "VARCHAR", _mixed(g, "br", "BR", ["bol.com.br", "gmail.com"], 0.5), OPAQUE,
          MIXED),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (us_reserve_callup, 900), (uk_vets_pensions, 1_100), (ca_clinic_appointments, 800),
    (au_housing_allocations, 700), (nz_cadet_roster, 600), (stg_badge_access, 1_500), (cobol_va_claims, 1_000),
    (as400_facility_access, 700), (il_clearance_applications, 500), (no_military_licences, 600),
    (fi_reservist_callups, 900), (ee_war_graves, 1_200), (fr_next_of_kin, 600), (gr_military_hospital, 700),
    (br_veterans_pensions, 800),
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
