"""Held-out set v129 for the column classifier: 15 tables of *scouting, guiding, youth clubs and summer camps*
(a scout council's seasonal camp staff, youth club and scout group memberships, summer and day camp registrations, a
guides' jamboree, a national scout association's membership extract, a holiday camp booking feed, a camp sign-up form,
a Pfadi summer camp, a jambore and a youth movement's summer camp), one system per table and each a different
organisation, eight with English column names and seven in other languages:

* ``bighorn_council.camp_staff_hires``: a Wyoming scout council's seasonal summer camp staff (snake case, SSN for
  payroll, application numbers shaped like SSNs failing the check, the council's bank routing number, the emergency
  contact, the camp director, ``misc_1``);
* ``gsyYouthClub.memberSignups``: a Guernsey youth club's app sign-ups (camel case, parishes, GY postcodes, passport
  numbers for a trip, the parent or carer, IPs, a login, app versions, ``customField2``);
* ``WhitehorseDayCamps.CamperRegistrations``: a Whitehorse day camp's registrations (Pascal case, Yukon health care
  numbers, a subsidy applicant's SIN, receipt numbers shaped like SINs failing the Luhn check, the camp nurse's
  registration number, a card's last four digits, ``Udf2``);
* ``GUIDES_ARUSHA.JAMBOREE_2025``: an Arusha region girl guides' jamboree (SCREAMING case, NIDA numbers encoding the
  birth date, P.O. boxes, districts, mobile money transaction ids, ``CUSTOM_FIELD_1``);
* ``teyc.mbr_enrol``: a Darwin youth club's enrolments (abbreviated: ``mbr_fnm``, ``gdn_ph``, ``mcare_no``; suburbs,
  Medicare numbers and invoice numbers failing their check, leaders and their Ochre Card numbers, venue
  coordinates);
* ``BDSCOUT.MBR_MASTER_EXTRACT``: a Chattogram scout region's COBOL membership extract (legacy: padded CHAR,
  ``YYYYMMDD`` integers, NIDs and birth registration numbers, the father and mother, mobiles as numbers with 0 for
  missing, ``MBR-USR-FLD-2``);
* ``stg_camp_kch.src_booking_raw``: a Kuching holiday camp's booking feed as an opaque staging table (``col01`` to
  ``col18``: MyKad numbers encoding the birth date, booking references failing the MyKad check, hashes, IPs,
  coordinates);
* ``kandy_camp_forms.Form_Responses_1``: a Kandy youth camp's sign-up form responses (spreadsheet headers with spaces
  and punctuation: NICs encoding the birth date, the parent or guardian, payment slip references, the troop leader);
* ``grupo_scout_puebla.campamento_verano``: a Puebla scout group's summer camp (Mexican Spanish; CURP encoding the
  names and birth date, an IMSS NSS, the tutor, colonias, enrolment keys failing the CURP check,
  ``campo_libre_1``);
* ``colonia_ferias_viseu.inscricoes``: a Viseu parish holiday camp's enrolments (European Portuguese; cartão de
  cidadão, NIF, SNS user numbers, the encarregado de educação, a refund IBAN, invoice numbers failing the NIF check,
  the parish's NIF, ``campo_extra_1``);
* ``pfadi_luzern.sommerlager_anmeldungen``: a Lucerne Pfadi section's summer camp sign-ups (Swiss German; AHV
  numbers, Pfadinamen, Natel numbers, the parents, invoice numbers failing the AHV check, a refund IBAN, health
  insurers, a ``zusatzfeld_2`` without personal data);
* ``scouts_brugge.leden_inschrijvingen``: a Bruges scout group's member enrolments (Flemish Dutch; the national
  register number encoding the birth date, totems, GSM numbers, the parent, house numbers, structured communications,
  member numbers failing the national number's check, a refund IBAN, ``vrij_veld_2``);
* ``sumarbudir_skogarhlid.skraning_barna``: an Icelandic summer camp's child registrations (Icelandic; kennitala
  encoding the birth date, patronymics, the guardian, the camp's own kennitala, invoice numbers failing the
  kennitala check, an ``aukareitur_2`` without personal data);
* ``שבט_כפר_סבא.רישום_מחנה_קיץ``: a Kfar Saba youth movement tribe's summer camp registrations (Hebrew column names
  and values: teudat zehut, the parent, health funds, receipt numbers failing the identity number's check, the
  counsellor, a ``שדה_נוסף_1`` without personal data);
* ``kwarcab_malang.peserta_perkemahan``: a Malang Pramuka branch's camp participants (Indonesian; NIK encoding the
  birth date and sex, the place of birth, kelurahan and kecamatan, the parent, KTA numbers, invoice numbers failing
  the NIK's province check, a ``kolom_tambahan_1`` without personal data).

Written **blind**, like v2 to v128: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v98 (its two
modules and its test; v27's were not opened), ``tests/heldout_support.py``, the module docstrings of v24 to v128
(to avoid their domains, countries and styles and follow their labeling conventions) and the ``Column``/``Table``
classes and writer of v2 and v4. The classifier was not run on this set while it was written, no scorer was run on
it, and no score was looked at. It was written under a short deadline (25 minutes, the tests and lint included), so
some labels are quick decisions rather than settled conventions.

Labeling choices a reader may question:

* a US SSN, a Canadian SIN, a Mexican IMSS NSS and the Swiss AHV number are ``ssn``; a Yukon health care number, an
  Australian Medicare number, a passport number, NIDA, a Bangladeshi NID and birth registration number, MyKad, a Sri
  Lankan NIC, CURP, cartão de cidadão, a personal NIF, an SNS user number, the Belgian national register number,
  kennitala, teudat zehut and NIK are ``national_id``; a leader's Ochre Card number (a working-with-children clearance
  the Northern Territory issues to a person) is ``national_id`` (tags ``staff`` and ``licence``); Yukon health care,
  NIDA, NID, NIC and SNS numbers are generated by shape only, Medicare with its published check written out here;
* application, receipt, registration, invoice, booking, payment slip, enrolment and member numbers, mobile money
  transaction ids, KTA numbers, structured communications and background check references are ``none`` (tag
  ``decoy``, ``value_shape`` when shaped like an identifier); a card's last four digits and Medicare's individual
  reference number are ``none``;
* a camp nurse's registration number is ``none`` (tag ``practitioner_id``, as in v122);
* councils', clubs', camps', units', schools', venues', parishes' and bus companies' names, phones and addresses, a
  bank routing number, the parish's NIF, the camp's kennitala, health insurers and health funds are ``none`` (tag
  ``business``);
* camp directors, youth workers, counsellors, nurses' names, guide and troop leaders, Pfadi camp leaders, takleiders,
  umsjónarmenn, madrichim and pembina are staff (``person_name``, tag ``staff``); an emergency contact, a parent or
  carer, a guardian, a tutor, an encarregado de educação, Erziehungsberechtigte, a forráðamaður, a father, a mother
  and a person authorised to pick a child up are personal (tag ``role_word``);
* a Pfadiname, a totem and an app login are ``unclassified`` (tag ``username``: a nickname a group knows a child by);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); custom
  fields holding bus stops, bus lines or neckerchief colours are ``none`` (tags ``custom_plain`` and ``decoy``);
* a parish of Guernsey, a Tanzanian district, a suburb, a Bangladeshi thana, a colonia, a kelurahan, a kecamatan and a
  place of birth (``tempat_lahir``) are ``city``; a state, a region, a Bangladeshi district and a canton are ``none``;
  a Belgian house number (``huisnummer``) is ``street_address``; a P.O. box is ``street_address``; an age and a
  school grade are ``none``;
* numeric dates of birth (``YYYYMMDD``, 0 for missing) and a ``dd/mm/yyyy`` or ``m/d/yyyy`` string are
  ``date_of_birth``; camp, session, join, arrival and expiry dates are ``none``; venue coordinates are ``none``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v129_values`, written for v129 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v129 [PATH]`` (default ``/tmp/heldout_v129.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v129``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v129_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v129_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v129.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # camp directors, leaders, counsellors (few distinct)
ROLE = "role_word"  # a role word (guardian, parent, tutor, emergency contact, father, mother ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PLAIN = "custom_plain"  # an opaque custom field holding no personal data (none)
PRACT = "practitioner_id"  # a clinician's registration number (none)
LICENCE = "licence"


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "none", "NULL", "nil") + extra


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
            return v.email_of(g, a, b, v.DOMAINS[lang])
        return v.whole(g, lang)
    return g.col(one, null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _dmy(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


# -- English-named tables ----------------------------------------------------------------------------------------------


def wy_camp_staff(g: Gen) -> Table:
    """A Wyoming scout council's seasonal summer camp staff hires (snake case)."""
    pairs = [v.person(g, "wy") for _ in range(g.rows)]
    places = [g.rnd.choice(v.WY_CITIES) for _ in range(g.rows)]
    directors = _staff(g, 3, "wy")
    routing = v.aba_routing(g)
    office = g.phone("US", "national", False)

    def note() -> str:
        return g.rnd.choice([f"Inhaler, mom ({v.given(g, 'wy')}) mailed a spare", "Bee sting allergy, EpiPen",
                             "Knee surgery in March, no climbing wall", f"Roommate request: {v.whole(g, 'wy')}"])

    return Table("bighorn_council.camp_staff_hires", "en", "snake", [
        c("hire_id", N, "BIGINT", g.keys(4_001), "decoy", KEY),
        c("application_number", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE),
        c("first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("preferred_name", "first_name", "VARCHAR", [a[:3] if g.rnd.random() < 0.3 else None for a, _ in pairs],
          HEAVY),
        c("date_of_birth", "date_of_birth", "DATE", g.births(1995, 2009)),
        c("ssn", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.7), 0.1)),
        c("home_street", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.WY_STREETS), 0.05)),
        c("home_city", "city", "VARCHAR", [p[0] for p in places]),
        c("home_state", N, "VARCHAR", ["WY"] * g.rows, "decoy"),
        c("home_zip", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("cell_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.9, 0.05)),
        c("personal_email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["wy"]) for a, b in pairs]),
        c("camp_assignment", N, "VARCHAR", g.col(g.pick(v.WY_CAMPS)), "business"),
        c("position", N, "VARCHAR", g.col(g.pick(["Waterfront Director", "Nature Counselor", "Shooting Sports",
                                                   "Trading Post Clerk", "Kitchen Staff", "Program Director"])),
          "decoy"),
        c("season_start", N, "DATE", g.days("2025-06-01", "2025-06-15"), "decoy"),
        c("weekly_stipend", N, "DECIMAL(8,2)", g.amounts(180, 420), "decoy"),
        c("ypt_expires", N, "DATE", g.days("2026-01-01", "2027-12-31", 0.1), "decoy"),
        c("direct_deposit_routing", N, "VARCHAR", [routing if g.rnd.random() < 0.4 else v.aba_routing(g)
                                                   for _ in range(g.rows)], "business", SHAPE),
        c("council_office_phone", N, "VARCHAR", [office] * g.rows, "business"),
        c("background_check_ref", N, "VARCHAR", g.col(lambda: g.code("BGC-25-99999"), 0.2), "decoy", SHAPE),
        c("emergency_contact_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "wy"), 0.05), ROLE),
        c("emergency_contact_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.7, "dashes": 0.3}, 0.8, 0.05),
          ROLE),
        c("camp_director", "person_name", "VARCHAR", g.col(g.pick(directors)), STAFF),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "US", "wy"), CUSTOM),
        c("medical_notes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("no")), NULLWORD),
    ])


def gg_youth_club(g: Gen) -> Table:
    """A Guernsey youth club's member sign-ups from its app (camel case)."""
    pairs = [v.person(g, "gg") for _ in range(g.rows)]
    places = [g.rnd.choice(v.GG_PARISHES) for _ in range(g.rows)]
    workers = _staff(g, 5, "gg")
    venues = [(name, f"{street}, {parish}", g.phone("GG", "national", False))
              for (name, street), parish in zip(v.GG_VENUES, ["Castel", "St Sampson", "St Peter Port"])]
    ven = [g.rnd.randrange(len(venues)) for _ in range(g.rows)]
    trip = [g.rnd.random() < 0.25 for _ in range(g.rows)]

    def medical() -> str:
        return g.rnd.choice(["Type 1 diabetic, carries pump", f"Asthma; nan ({v.whole(g, 'gg')}) collects",
                             "Nut allergy", "ADHD, meds at home only", f"Speak to dad {v.given(g, 'gg')} first"])

    return Table("gsyYouthClub.memberSignups", "en", "camel", [
        c("memberId", N, "BIGINT", g.keys(2_201), "decoy", KEY),
        c("membershipNo", N, "VARCHAR", g.col(lambda: g.code("GYC-25-9999")), "decoy", SHAPE),
        c("firstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("surname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("dateOfBirth", "date_of_birth", "DATE", g.births(2008, 2015)),
        c("addressLine1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GG_STREETS, "gg"), 0.05)),
        c("parish", "city", "VARCHAR", [p[0] for p in places]),
        c("postcode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9AA')}" for p in places]),
        c("mobile", "phone", "VARCHAR", g.phones("GG", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 1.0, 0.3)),
        c("email", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "gg"), v.DOMAINS["gg"]), 0.3)),
        c("parentCarerName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "gg"), 0.02), ROLE),
        c("parentCarerMobile", "phone", "VARCHAR", g.phones("GG", {"national": 0.7, "e164": 0.3}, 0.9, 0.02), ROLE),
        c("parentCarerEmail", "email", "VARCHAR", [v.email_of(g, v.given(g, "gg"), b, v.DOMAINS["gg"])
                                                   for _, b in pairs], ROLE),
        c("passportNumber", "national_id", "VARCHAR", [g.digits(9) if t else None for t in trip], HEAVY),
        c("photoConsent", N, "BOOLEAN", g.yn(True, False, 0.8), "decoy"),
        c("loginHandle", USERNAME, "VARCHAR", [v.login(a, b, g.rnd.randrange(3)) for a, b in pairs], "username"),
        c("signupIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.05)),
        c("appVersion", N, "VARCHAR", g.col(g.version), "decoy", SHAPE),
        c("clubVenue", N, "VARCHAR", [venues[i][0] for i in ven], "business"),
        c("venueAddress", N, "VARCHAR", [venues[i][1] for i in ven], "business"),
        c("venuePhone", N, "VARCHAR", [venues[i][2] for i in ven], "business"),
        c("youthWorker", "person_name", "VARCHAR", g.col(g.pick(workers)), STAFF),
        c("lastCheckIn", N, "TIMESTAMP", g.moments("2025-09-01", "2025-11-30", 0.1), "decoy"),
        c("customField2", "free_text", "VARCHAR", _custom(g, "GG", "gg"), CUSTOM),
        c("medicalInfo", "free_text", "VARCHAR", g.sparse(medical, 0.8, _words("None", "no")), NULLWORD),
    ])


def yt_day_camps(g: Gen) -> Table:
    """A Whitehorse day camp's camper registrations (Pascal case)."""
    pairs = [v.person(g, "yt") for _ in range(g.rows)]
    places = [g.rnd.choice(v.YT_PLACES) for _ in range(g.rows)]
    counsellors = _staff(g, 6, "yt")
    nurse_reg = [g.code("RN-99999") for _ in range(2)]
    office = g.phone("CA", "national", False)
    subsidy = [g.rnd.random() < 0.2 for _ in range(g.rows)]

    def allergy() -> str:
        return g.rnd.choice(["Peanuts (anaphylaxis)", "Lactose intolerant", f"Grandma {v.whole(g, 'yt')} has EpiPen",
                             "Seasonal allergies", "Wasp stings"])

    return Table("WhitehorseDayCamps.CamperRegistrations", "en", "pascal", [
        c("RegistrationId", N, "BIGINT", g.keys(60_001), "decoy", KEY),
        c("ReceiptNumber", N, "VARCHAR", g.col(lambda: v.luhn_decoy(g, 9, True)), "decoy", SHAPE),
        c("CamperFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("CamperLastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("CamperBirthDate", "date_of_birth", "DATE", g.births(2012, 2020)),
        c("YukonHealthCareNumber", "national_id", "VARCHAR", g.col(lambda: "00" + g.digits(7), 0.1)),
        c("HomeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.YT_STREETS, "yt"), 0.05)),
        c("Community", "city", "VARCHAR", [p[0] for p in places]),
        c("PostalCode", "postal_code", "VARCHAR", [p[1] if " " in p[1] else f"{p[1]} {g.code('9A9')}"
                                                   for p in places]),
        c("ParentGuardianName", "person_name", "VARCHAR", [v.whole(g, "yt") for _ in range(g.rows)], ROLE),
        c("ParentGuardianPhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.6, "dashes": 0.3, "e164": 0.1},
                                                             0.7), ROLE),
        c("ParentGuardianEmail", "email", "VARCHAR", [v.email_of(g, v.given(g, "yt"), b, v.DOMAINS["yt"])
                                                      for _, b in pairs], ROLE),
        c("SubsidyApplicantSin", "ssn", "VARCHAR", [v.ca_sin(g) if s else None for s in subsidy], HEAVY),
        c("PickupAuthorizedPerson", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "yt"), 0.4), ROLE),
        c("CampSession", N, "VARCHAR", g.col(g.pick(["Week 1 Paddlers", "Week 2 Trailblazers", "Week 3 Northern Lights",
                                                     "Week 4 Gold Rush"])), "decoy"),
        c("CabinGroup", N, "VARCHAR", g.col(g.pick(["Ravens", "Lynx", "Grizzlies", "Caribou"])), "decoy"),
        c("AmountPaid", N, "DECIMAL(8,2)", g.amounts(95, 260), "decoy"),
        c("CardLast4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.3), "decoy"),
        c("CounsellorName", "person_name", "VARCHAR", g.col(g.pick(counsellors)), STAFF),
        c("CampNurseRegistration", N, "VARCHAR", g.col(g.pick(nurse_reg)), PRACT),
        c("OfficePhone", N, "VARCHAR", [office] * g.rows, "business"),
        c("Udf2", "free_text", "VARCHAR", _custom(g, "CA", "yt"), CUSTOM),
        c("AllergyNotes", "free_text", "VARCHAR", g.sparse(allergy, 0.75, _words("None", "NKA")), NULLWORD),
    ])


def tz_jamboree(g: Gen) -> Table:
    """An Arusha region girl guides' jamboree registrations (SCREAMING case)."""
    births = g.births(2005, 2016)
    places = [g.rnd.choice(v.TZ_DISTRICTS) for _ in range(g.rows)]
    leaders = _staff(g, 5, "tz")

    def remark() -> str:
        return g.rnd.choice(["Sickle cell, needs water", f"Aunt {v.whole(g, 'tz')} will collect", "Malaria last month",
                             "Asthma", f"Travels with sister {v.given(g, 'tz')}"])

    return Table("GUIDES_ARUSHA.JAMBOREE_2025", "en", "screaming", [
        c("REG_NO", N, "VARCHAR", g.col(lambda: g.code("TGGA/JAM/25/9999")), "decoy", SHAPE),
        c("FULL_NAME", "person_name", "VARCHAR", [v.whole(g, "tz") for _ in range(g.rows)]),
        c("DATE_OF_BIRTH", "date_of_birth", "DATE", births),
        c("NIDA_NUMBER", "national_id", "VARCHAR", [v.nida(g, b) if b.year <= 2007 or g.rnd.random() < 0.1 else None
                                                    for b in births], HEAVY),
        c("AGE", N, "INTEGER", [2025 - b.year for b in births], "decoy"),
        c("PHONE", "phone", "VARCHAR", g.phones("TZ", {"national": 0.6, "e164": 0.4}, 1.0, 0.4)),
        c("GUARDIAN_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "tz"), 0.03), ROLE),
        c("GUARDIAN_PHONE", "phone", "VARCHAR", g.phones("TZ", {"national": 0.7, "e164": 0.3}, 1.0, 0.03), ROLE),
        c("POSTAL_ADDRESS", "street_address", "VARCHAR", [f"P.O. Box {g.rnd.randint(10, 16_000)}, {p[0].split()[0]}"
                                                          for p in places]),
        c("DISTRICT", "city", "VARCHAR", [p[0] for p in places]),
        c("REGION", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("UNIT_NAME", N, "VARCHAR", g.col(g.pick(v.TZ_UNITS)), "business"),
        c("SCHOOL_NAME", N, "VARCHAR", g.col(g.pick(v.TZ_SCHOOLS), 0.1), "business"),
        c("SECTION", N, "VARCHAR", g.col(g.pick(["Brownie", "Guide", "Ranger"])), "decoy"),
        c("FEE_PAID_TZS", N, "INTEGER", g.col(g.pick([25_000, 35_000, 50_000])), "decoy"),
        c("MPESA_TXN_ID", N, "VARCHAR", g.col(lambda: g.code("ZZZZZZZZZZ"), 0.2), "decoy", SHAPE),
        c("TENT_NO", N, "INTEGER", g.ints(1, 60), "decoy"),
        c("ARRIVAL_TS", N, "TIMESTAMP", g.moments("2025-07-20", "2025-07-22", 0.1), "decoy"),
        c("LEADER_NAME", "person_name", "VARCHAR", g.col(g.pick(leaders)), STAFF),
        c("CUSTOM_FIELD_1", "free_text", "VARCHAR", _custom(g, "TZ", "tz"), CUSTOM),
        c("HEALTH_REMARKS", "free_text", "VARCHAR", g.sparse(remark, 0.8, _words("HAKUNA", "hakuna")), NULLWORD),
    ])


def nt_youth_club(g: Gen) -> Table:
    """A Darwin youth club's member enrolments (abbreviated snake case)."""
    pairs = [v.person(g, "au") for _ in range(g.rows)]
    places = [g.rnd.choice(v.NT_PLACES) for _ in range(g.rows)]
    leaders = [(name, g.code("9999999")) for name in _staff(g, 5, "au")]
    ldr = [g.rnd.randrange(len(leaders)) for _ in range(g.rows)]
    venues = [("Nightcliff Youth Hall", g.phone("AU", "national", False), -12.3826, 130.8502),
              ("Palmerston Rec Centre", g.phone("AU", "national", False), -12.4794, 130.9840),
              ("Katherine Youth Shed", g.phone("AU", "national", False), -14.4652, 132.2635)]
    ven = [g.rnd.randrange(len(venues)) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Asthma puffer in bag", f"Only Nan {v.whole(g, 'au')} can pick up", "Epilepsy plan on file",
                             "Can't swim", f"Cousin {v.given(g, 'au')} also attends"])

    return Table("teyc.mbr_enrol", "en", "abbrev", [
        c("mbr_id", N, "BIGINT", g.keys(30_001), "decoy", KEY),
        c("mbr_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("mbr_snm", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
        c("mbr_dob", "date_of_birth", "DATE", g.births(2007, 2016), ABBREV),
        c("mcare_no", "national_id", "VARCHAR", g.col(lambda: v.medicare(g), 0.3), ABBREV),
        c("mcare_irn", N, "INTEGER", g.ints(1, 6, 0.3), "decoy", ABBREV),
        c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NT_STREETS, "au"), 0.05), ABBREV),
        c("sub", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("pcode", "postal_code", "VARCHAR", [p[1] for p in places], ABBREV),
        c("ctc_ph", "phone", "VARCHAR", g.phones("AU", {"national": 0.7, "e164": 0.3}, 1.0, 0.35), ABBREV),
        c("ctc_eml", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "au"), v.DOMAINS["au"]), 0.65),
          ABBREV, HEAVY),
        c("gdn_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au"), 0.05), ROLE, ABBREV),
        c("gdn_ph", "phone", "VARCHAR", g.phones("AU", {"national": 0.8, "intl": 0.2}, 0.9, 0.05), ROLE, ABBREV),
        c("ec_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au"), 0.3), ROLE, ABBREV),
        c("ec_ph", "phone", "VARCHAR", g.phones("AU", {"national": 1.0}, 0.9, 0.3), ROLE, ABBREV),
        c("inv_no", N, "VARCHAR", g.col(lambda: v.medicare_decoy(g)), "decoy", SHAPE, ABBREV),
        c("actv_cd", N, "VARCHAR", g.col(g.pick(["BSKT", "BOX", "DNCE", "FUTS", "HOMEWK", "CRFT"])), "decoy", ABBREV),
        c("sess_dt", N, "DATE", g.days("2025-07-01", "2025-11-30"), "decoy", ABBREV),
        c("ldr_nm", "person_name", "VARCHAR", [leaders[i][0] for i in ldr], STAFF, ABBREV),
        c("ldr_ochre_no", "national_id", "VARCHAR", [leaders[i][1] for i in ldr], STAFF, LICENCE, ABBREV),
        c("venue_nm", N, "VARCHAR", [venues[i][0] for i in ven], "business", ABBREV),
        c("venue_ph", N, "VARCHAR", [venues[i][1] for i in ven], "business", ABBREV),
        c("venue_lat", N, "DOUBLE", [venues[i][2] for i in ven], "decoy", ABBREV),
        c("venue_lon", N, "DOUBLE", [venues[i][3] for i in ven], "decoy", ABBREV),
        c("med_nt", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("Nil")), NULLWORD, ABBREV),
    ])


def bd_scout_extract(g: Gen) -> Table:
    """A Chattogram scout region's COBOL membership master extract (padded CHAR, numbers for dates and phones)."""
    births = [g.birth(1995, 2017) for _ in range(g.rows)]
    fathers = [v.person(g, "bd", False) for _ in range(g.rows)]
    places = [g.rnd.choice(v.BD_PLACES) for _ in range(g.rows)]
    leaders = _staff(g, 6, "bd")
    return Table("BDSCOUT.MBR_MASTER_EXTRACT", "en", "cobol", [
        c("MBR-REG-NO", N, "VARCHAR", g.col(lambda: g.code("CTG-9999-99999")), "decoy", SHAPE, LEGACY),
        c("MBR-NAME", "person_name", "VARCHAR", _pad([f"{v.given(g, 'bd')} {f[1]}".upper() for f in fathers], 30),
          LEGACY),
        c("MBR-FATHER-NAME", "person_name", "VARCHAR", _pad([f"{a} {b}".upper() for a, b in fathers], 30), ROLE,
          LEGACY),
        c("MBR-MOTHER-NAME", "person_name", "VARCHAR", _pad(g.col(lambda: f"{v.person(g, 'bd', True)[0]} "
                                                                          f"{v.person(g, 'bd')[1]}".upper(), 0.1), 30),
          ROLE, LEGACY),
        c("MBR-DOB", "date_of_birth", "INTEGER", [_ymd(b) if g.rnd.random() < 0.95 else 0 for b in births], LEGACY),
        c("MBR-NID-BRN", "national_id", "VARCHAR", _pad([v.bd_nid(g, b) if g.rnd.random() < 0.85 else None
                                                         for b in births], 17), LEGACY),
        c("MBR-MOBILE", "phone", "BIGINT", [int(g.phone("BD", "digits")) if g.rnd.random() < 0.8 else 0
                                            for _ in range(g.rows)], LEGACY),
        c("MBR-EMAIL", "email", "VARCHAR", _pad(g.col(lambda: v.email_of(g, *v.person(g, "bd"), v.DOMAINS["bd"]),
                                                      0.75), 40), LEGACY, HEAVY),
        c("MBR-ADDR", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.BD_STREETS, "bd").upper()), 40),
          LEGACY),
        c("MBR-THANA", "city", "VARCHAR", _pad([p[0].upper() for p in places], 20), LEGACY),
        c("MBR-DISTRICT", N, "VARCHAR", _pad(["CHATTOGRAM"] * g.rows, 15), "decoy", LEGACY),
        c("MBR-POST-CODE", "postal_code", "INTEGER", [int(p[1]) for p in places], LEGACY),
        c("MBR-SECTION", N, "VARCHAR", g.col(g.pick(["CUB", "SCOUT", "ROVER"])), "decoy", LEGACY),
        c("MBR-UNIT-NAME", N, "VARCHAR", _pad(g.col(g.pick(v.BD_UNITS)), 40), "business", LEGACY),
        c("MBR-JOIN-DT", N, "INTEGER", [_ymd(g.day("2015-01-01", "2025-10-31")) for _ in range(g.rows)], "decoy",
          LEGACY),
        c("MBR-FEE-TK", N, "DECIMAL(7,2)", g.col(g.pick([50.0, 100.0, 150.0])), "decoy", LEGACY),
        c("MBR-BLOOD-GRP", N, "VARCHAR", g.col(g.pick(["A+", "B+", "O+", "AB+", "O-"]), 0.3), "decoy", LEGACY),
        c("MBR-ENTRY-USER", N, "VARCHAR", g.col(lambda: g.code("CTG999")), "decoy", LEGACY),
        c("MBR-UNIT-LDR-NM", "person_name", "VARCHAR", _pad(g.col(g.pick([x.upper() for x in leaders])), 30), STAFF,
          LEGACY),
        c("MBR-USR-FLD-2", "free_text", "VARCHAR", _pad(_custom(g, "BD", "bd"), 40), CUSTOM, LEGACY),
    ])


def my_camp_feed(g: Gen) -> Table:
    """A Kuching holiday camp's booking feed, landed as an opaque staging table."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "my", female)
        born = g.birth(2008, 2017)
        rows.append((f"{a} {b}", born, v.nric(g, born, female)))
    places = [g.rnd.choice(v.MY_PLACES) for _ in range(g.rows)]
    return Table("stg_camp_kch.src_booking_raw", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", [r[0] for r in rows], OPAQUE),
        c("col03", "national_id", "VARCHAR", [r[2] if g.rnd.random() < 0.9 else None for r in rows], OPAQUE),
        c("col04", "date_of_birth", "VARCHAR", [_dmy(r[1]) for r in rows], OPAQUE),
        c("col05", "phone", "VARCHAR", g.phones("MY", {"national": 0.6, "e164": 0.4}, 1.0, 0.1), OPAQUE),
        c("col06", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "my"), v.DOMAINS["my"]), 0.2), OPAQUE),
        c("col07", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.MY_STREETS, "my"), 0.1), OPAQUE),
        c("col08", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col09", "postal_code", "VARCHAR", [p[1] if len(p[1]) == 5 else p[1] + g.digits(2) for p in places],
          OPAQUE),
        c("col10", N, "VARCHAR", g.col(lambda: v.nric_decoy(g)), "decoy", SHAPE, OPAQUE),
        c("col11", N, "VARCHAR", g.col(g.pick(["Jungle Trek Camp", "Coding Camp", "Kayak & Cave", "English Camp"])),
          "decoy", OPAQUE),
        c("col12", N, "DECIMAL(8,2)", g.col(g.pick([280.0, 350.0, 420.0])), "decoy", OPAQUE),
        c("col13", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c("col14", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25), 0.05), OPAQUE),
        c("col15", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "my"), 0.7), ROLE, OPAQUE, HEAVY),
        c("col16", N, "TIMESTAMP", g.moments("2025-10-01", "2025-11-30"), "decoy", OPAQUE),
        c("col17", "free_text", "VARCHAR", _custom(g, "MY", "my"), CUSTOM, OPAQUE),
        c("col18", N, "VARCHAR", g.col(lambda: f"{g.rnd.uniform(1.45, 1.62):.5f},{g.rnd.uniform(110.2, 110.5):.5f}"),
          "decoy", OPAQUE),
    ])


def lk_camp_form(g: Gen) -> Table:
    """A Kandy youth camp's sign-up form responses (spreadsheet headers with spaces)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "lk", female)
        born = g.birth(2004, 2013)
        rows.append((f"{a} {b}", born, v.lk_nic(g, born, female) if born.year <= 2009 else None))
    places = [g.rnd.choice(v.LK_PLACES) for _ in range(g.rows)]
    leaders = _staff(g, 4, "lk")

    def med() -> str:
        return g.rnd.choice(["Wheezing at night", "Allergic to prawns", f"Father {v.whole(g, 'lk')} is a doctor",
                             "Vegetarian", "Takes Ventolin"])

    def extra() -> str:
        return g.rnd.choice(["Will come by bus", f"Please put with {v.whole(g, 'lk')}", "Thank you!",
                             "Can my brother also join?"])

    return Table("kandy_camp_forms.Form_Responses_1", "en", "title", [
        c("Timestamp", N, "VARCHAR", [f"{m.month}/{m.day}/{m.year} {m:%H:%M:%S}"
                                      for m in g.moments("2025-10-01", "2025-11-20")], "decoy"),
        c("Email Address", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "lk"), v.DOMAINS["lk"]))),
        c("Full Name of Participant", "person_name", "VARCHAR", [r[0] for r in rows]),
        c("Date of Birth", "date_of_birth", "VARCHAR", [f"{r[1].month}/{r[1].day}/{r[1].year}" for r in rows]),
        c("NIC Number (if 16+)", "national_id", "VARCHAR", [r[2] for r in rows]),
        c("Mobile Number", "phone", "VARCHAR", g.phones("LK", {"national": 0.7, "e164": 0.3}, 1.0, 0.3)),
        c("Home Address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.LK_STREETS, "lk"))),
        c("City", "city", "VARCHAR", [p[0] for p in places]),
        c("Postal Code", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("School", N, "VARCHAR", g.col(g.pick(["Trinity College", "Kingswood College", "Girls' High School",
                                                "Mahamaya Girls' College", "Dharmaraja College"])), "business"),
        c("Parent / Guardian Name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "lk")), ROLE),
        c("Parent / Guardian Mobile", "phone", "VARCHAR", g.phones("LK", {"national": 0.8, "e164": 0.2}, 0.9), ROLE),
        c("T-Shirt Size", N, "VARCHAR", g.col(g.pick(["S", "M", "L", "XL"])), "decoy"),
        c("Payment Slip Reference", N, "VARCHAR", g.col(lambda: g.code("BOC99999999"), 0.2), "decoy", SHAPE),
        c("How did you hear about us?", N, "VARCHAR", g.col(g.pick(["School", "Facebook", "A friend", "Troop"])),
          "decoy"),
        c("Troop Leader", "person_name", "VARCHAR", g.col(g.pick(leaders)), STAFF),
        c("Medical Conditions / Allergies", "free_text", "VARCHAR", g.sparse(med, 0.75, _words("No", "Nothing")),
          NULLWORD),
        c("Anything else?", "free_text", "VARCHAR", g.sparse(extra, 0.85, _words("No", "nope")), NULLWORD),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def mx_campamento(g: Gen) -> Table:
    """A Puebla scout group's summer camp (Mexican Spanish, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "mx", female)
        m = v.person(g, "mx")[1]
        born = g.birth(2004, 2018)
        rows.append((a, b, m, born, v.curp(g, a, b, m, born, female)))
    places = [g.rnd.choice(v.MX_PLACES) for _ in range(g.rows)]
    jefes = _staff(g, 5, "mx")

    def alergia() -> str:
        return g.rnd.choice(["Penicilina", "Picadura de abeja", f"Su tía {v.whole(g, 'mx')} tiene la receta",
                             "Asma leve", "Intolerancia a la lactosa"])

    return Table("grupo_scout_puebla.campamento_verano", "es", "snake", [
        c("folio", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("clave_inscripcion", N, "VARCHAR", g.col(lambda: v.curp_decoy(g)), "decoy", SHAPE),
        c("nombre", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("apellido_paterno", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("apellido_materno", "last_name", "VARCHAR", [r[2] for r in rows]),
        c("curp", "national_id", "VARCHAR", [r[4] if g.rnd.random() < 0.9 else None for r in rows]),
        c("fecha_nacimiento", "date_of_birth", "DATE", [r[3] for r in rows]),
        c("nss_imss", "ssn", "VARCHAR", g.col(lambda: v.imss_nss(g), 0.75), HEAVY),
        c("nombre_tutor", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "mx"), 0.02), ROLE),
        c("celular_tutor", "phone", "VARCHAR", g.phones("MX", {"national": 0.7, "e164": 0.3}, 1.0, 0.02), ROLE),
        c("correo_tutor", "email", "VARCHAR", [v.email_of(g, v.given(g, "mx"), r[1], v.DOMAINS["mx"])
                                               for r in rows], ROLE),
        c("calle_numero", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.MX_STREETS, "mx"), 0.05)),
        c("colonia", "city", "VARCHAR", g.col(g.pick(v.MX_COLONIAS))),
        c("municipio", "city", "VARCHAR", [p[0] for p in places]),
        c("codigo_postal", "postal_code", "VARCHAR", [p[1] if len(p[1]) == 5 else p[1] + g.digits(2)
                                                      for p in places]),
        c("seccion", N, "VARCHAR", g.col(g.pick(v.MX_SECCIONES)), "decoy"),
        c("patrulla", N, "VARCHAR", g.col(g.pick(["Halcones", "Jaguares", "Colibríes", "Ajolotes", "Coyotes"])),
          "decoy"),
        c("tipo_sangre", N, "VARCHAR", g.col(g.pick(["O+", "A+", "B+", "O-", "AB+"]), 0.2), "decoy"),
        c("cuota_pagada", N, "DECIMAL(8,2)", g.col(g.pick([1_800.0, 2_200.0, 2_500.0])), "decoy"),
        c("referencia_pago", N, "VARCHAR", g.col(lambda: g.code("OXXO99999999999"), 0.2), "decoy", SHAPE),
        c("jefe_de_seccion", "person_name", "VARCHAR", g.col(g.pick(jefes)), STAFF),
        c("campo_libre_1", "free_text", "VARCHAR", _custom(g, "MX", "mx"), CUSTOM),
        c("alergias", "free_text", "VARCHAR", g.sparse(alergia, 0.78, _words("ninguna", "sin dato")), NULLWORD),
    ])


def pt_colonia_ferias(g: Gen) -> Table:
    """A Viseu parish holiday camp's enrolments (European Portuguese, snake case)."""
    places = [g.rnd.choice(v.PT_PLACES) for _ in range(g.rows)]
    monitores = _staff(g, 6, "pt")
    parish_nif = v.nif_company(g)
    refund = [g.rnd.random() < 0.3 for _ in range(g.rows)]

    def obs() -> str:
        return g.rnd.choice(["Alergia ao marisco", f"Avó {v.whole(g, 'pt')} vem buscar à sexta", "Enurese noturna",
                             "Toma Ritalina ao pequeno-almoço", f"Irmão {v.given(g, 'pt')} no mesmo turno"])

    return Table("colonia_ferias_viseu.inscricoes", "pt", "snake", [
        c("n_inscricao", N, "BIGINT", g.keys(2025_0001), "decoy", KEY),
        c("nome_completo", "person_name", "VARCHAR", [f"{a} {v.person(g, 'pt')[1]} {b}"
                                                      for a, b in (v.person(g, "pt") for _ in range(g.rows))]),
        c("data_nascimento", "date_of_birth", "DATE", g.births(2011, 2019)),
        c("n_cartao_cidadao", "national_id", "VARCHAR", g.col(lambda: v.cartao_cidadao(g), 0.1)),
        c("nif", "national_id", "VARCHAR", g.col(lambda: v.nif_person(g), 0.2)),
        c("n_utente_sns", "national_id", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 3)) + g.digits(8), 0.15)),
        c("morada", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PT_STREETS, "pt"))),
        c("codigo_postal", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(3)}" for p in places]),
        c("localidade", "city", "VARCHAR", [p[0] for p in places]),
        c("encarregado_educacao", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "pt")), ROLE),
        c("telemovel_encarregado", "phone", "VARCHAR", g.phones("PT", {"national": 0.7, "e164": 0.3}, 0.9), ROLE),
        c("email_encarregado", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "pt"), v.DOMAINS["pt"]),
                                                         0.1), ROLE),
        c("iban_reembolso", "iban", "VARCHAR", [v.iban(g, "PT", lambda: "0035" + g.digits(17)) if r else None
                                                for r in refund], HEAVY),
        c("turno", N, "VARCHAR", g.col(g.pick(["1.º turno (julho)", "2.º turno (julho)", "3.º turno (agosto)"])),
          "decoy"),
        c("escalao_abono", N, "VARCHAR", g.col(g.pick(["1.º", "2.º", "3.º", "sem abono"])), "decoy"),
        c("valor_pago", N, "DECIMAL(8,2)", g.col(g.pick([0.0, 45.0, 90.0, 135.0])), "decoy"),
        c("n_fatura", N, "VARCHAR", g.col(lambda: v.nif_decoy(g), 0.1), "decoy", SHAPE),
        c("nif_entidade", N, "VARCHAR", [parish_nif] * g.rows, "business", SHAPE),
        c("monitor_responsavel", "person_name", "VARCHAR", g.col(g.pick(monitores)), STAFF),
        c("campo_extra_1", "free_text", "VARCHAR", _custom(g, "PT", "pt"), CUSTOM),
        c("observacoes_saude", "free_text", "VARCHAR", g.sparse(obs, 0.75, _words("nenhuma", "sem dados")), NULLWORD),
    ])


def ch_pfadi_lager(g: Gen) -> Table:
    """A Lucerne Pfadi section's summer camp sign-ups (Swiss German, snake case)."""
    pairs = [v.person(g, "ch") for _ in range(g.rows)]
    places = [g.rnd.choice(v.CH_PLACES) for _ in range(g.rows)]
    leiter = _staff(g, 4, "ch")
    refund = [g.rnd.random() < 0.3 for _ in range(g.rows)]

    def bem() -> str:
        return g.rnd.choice(["Vegetarisch", f"Wird von Götti {v.whole(g, 'ch')} abgeholt", "Heuschnupfen",
                             "Schwimmt noch nicht sicher", f"Will ins Zelt mit {v.given(g, 'ch')}"])

    return Table("pfadi_luzern.sommerlager_anmeldungen", "de", "snake", [
        c("anmelde_nr", N, "BIGINT", g.keys(501), "decoy", KEY),
        c("vorname", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("nachname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("pfadiname", USERNAME, "VARCHAR", g.col(g.pick(v.PFADINAMEN), 0.3), "username"),
        c("geburtsdatum", "date_of_birth", "DATE", g.births(2009, 2018)),
        c("ahv_nr", "ssn", "VARCHAR", g.col(lambda: v.ahv(g), 0.1)),
        c("strasse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CH_STREETS, "ch"))),
        c("plz", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("ort", "city", "VARCHAR", [p[0] for p in places]),
        c("natel", "phone", "VARCHAR", g.phones("CH", {"national": 0.7, "intl": 0.3}, 1.0, 0.5)),
        c("name_erziehungsberechtigte", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ch")), ROLE),
        c("natel_eltern", "phone", "VARCHAR", g.phones("CH", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.9), ROLE),
        c("mail_eltern", "email", "VARCHAR", [v.email_of(g, v.given(g, "ch"), b, v.DOMAINS["ch"]) for _, b in pairs],
          ROLE),
        c("krankenkasse", N, "VARCHAR", g.col(g.pick(["CSS", "Helsana", "Concordia", "Sanitas", "SWICA"])),
          "business"),
        c("stufe", N, "VARCHAR", g.col(g.pick(["Wölfe", "Pfadi", "Pio"])), "decoy"),
        c("lagerbeitrag_chf", N, "DECIMAL(8,2)", g.col(g.pick([180.0, 220.0, 260.0])), "decoy"),
        c("rechnungs_nr", N, "VARCHAR", g.col(lambda: v.ahv_decoy(g)), "decoy", SHAPE),
        c("iban_rueckerstattung", "iban", "VARCHAR", [v.iban(g, "CH", lambda: "0077" + g.digits(13)) if r else None
                                                      for r in refund], HEAVY),
        c("lagerleitung", "person_name", "VARCHAR", g.col(g.pick(leiter)), STAFF),
        c("zusatzfeld_2", N, "VARCHAR", g.col(g.pick(["Carfahrt ab Bahnhof Luzern", "Carfahrt ab Kriens Zentrum",
                                                      "Eigene Anreise"]), 0.2), PLAIN, "decoy"),
        c("bemerkungen", "free_text", "VARCHAR", g.sparse(bem, 0.78, _words("keine", "k.A.")), NULLWORD),
    ])


def be_scouts_brugge(g: Gen) -> Table:
    """A Bruges scout group's member enrolments (Flemish Dutch, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "be", female)
        born = g.birth(2004, 2019)
        rows.append((a, b, born, v.belgian_nn(g, born, female)))
    places = [g.rnd.choice(v.BE_PLACES) for _ in range(g.rows)]
    leiding = _staff(g, 7, "be")
    refund = [g.rnd.random() < 0.25 for _ in range(g.rows)]

    def fiche() -> str:
        return g.rnd.choice(["Allergisch aan noten", f"Oma {v.whole(g, 'be')} haalt op", "Bedplasser, discreet",
                             "Neemt Rilatine 's morgens", f"Zit samen met {v.given(g, 'be')} in de bus"])

    return Table("scouts_brugge.leden_inschrijvingen", "nl", "snake", [
        c("lid_id", N, "BIGINT", g.keys(8_001), "decoy", KEY),
        c("lidnummer", N, "VARCHAR", g.col(lambda: v.belgian_nn_decoy(g)), "decoy", SHAPE),
        c("voornaam", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("familienaam", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("totem", USERNAME, "VARCHAR", [g.rnd.choice(v.TOTEMS) if r[2].year <= 2012 else None for r in rows],
          "username"),
        c("geboortedatum", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("rijksregisternummer", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.9 else None for r in rows]),
        c("straat", "street_address", "VARCHAR", g.col(g.pick(v.BE_STREETS))),
        c("huisnummer", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 220)) + g.rnd.choice(
            ["", "", "", "A", " bus 2"]))),
        c("postcode", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("gemeente", "city", "VARCHAR", [p[0] for p in places]),
        c("gsm", "phone", "VARCHAR", g.phones("BE", {"national": 0.7, "intl": 0.3}, 1.0, 0.45)),
        c("naam_ouder", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "be")), ROLE),
        c("gsm_ouder", "phone", "VARCHAR", g.phones("BE", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.95), ROLE),
        c("email_ouder", "email", "VARCHAR", [v.email_of(g, v.given(g, "be"), r[1], v.DOMAINS["be"]) for r in rows],
          ROLE),
        c("tak", N, "VARCHAR", g.col(g.pick(v.BE_TAKKEN)), "decoy"),
        c("lidgeld_betaald", N, "BOOLEAN", g.yn(True, False, 0.9), "decoy"),
        c("gestructureerde_mededeling", N, "VARCHAR", g.col(lambda: v.ogm(g)), "decoy", SHAPE),
        c("rekeningnummer_terugbetaling", "iban", "VARCHAR", [v.iban(g, "BE", v.be_bban(g)) if r else None
                                                              for r in refund], HEAVY),
        c("mutualiteit", N, "VARCHAR", g.col(g.pick(["CM", "Solidaris", "Helan", "LM", "Partena"])), "business"),
        c("takleider", "person_name", "VARCHAR", g.col(g.pick(leiding)), STAFF),
        c("vrij_veld_2", "free_text", "VARCHAR", _custom(g, "BE", "be"), CUSTOM),
        c("medische_fiche", "free_text", "VARCHAR", g.sparse(fiche, 0.77, _words("geen", "niets")), NULLWORD),
    ])


def is_sumarbudir(g: Gen) -> Table:
    """An Icelandic summer camp's child registrations (Icelandic, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "is", female)
        born = g.birth(2012, 2018)
        rows.append((a, b, born, v.kennitala(g, born)))
    places = [g.rnd.choice(v.IS_PLACES) for _ in range(g.rows)]
    umsjon = _staff(g, 4, "is")
    camp_kt = v.kennitala(g, date(1987, 5, 14), company=True)
    office = g.phone("IS", "national", False)

    def ofn() -> str:
        return g.rnd.choice(["Hnetuofnæmi", f"Amma {v.whole(g, 'is')} sækir barnið", "Astmi, púst í tösku",
                             "Mjólkuróþol", f"Vill vera í herbergi með {v.given(g, 'is')}"])

    return Table("sumarbudir_skogarhlid.skraning_barna", "is", "snake", [
        c("skraning_id", N, "BIGINT", g.keys(12_001), "decoy", KEY),
        c("fornafn", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("kenninafn", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("kennitala", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("faedingardagur", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("heimilisfang", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IS_STREETS, "is"))),
        c("postnumer", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("stadur", "city", "VARCHAR", [p[0] for p in places]),
        c("nafn_forradamanns", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "is")), ROLE),
        c("farsimi_forradamanns", "phone", "VARCHAR", g.phones("IS", {"national": 0.8, "intl": 0.2}, 1.0), ROLE),
        c("netfang_forradamanns", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "is"),
                                                                                v.DOMAINS["is"]), 0.1), ROLE),
        c("flokkur", N, "VARCHAR", g.col(g.pick([f"{i}. flokkur" for i in range(1, 9)])), "decoy"),
        c("reikningsnumer", N, "VARCHAR", g.col(lambda: v.kennitala_decoy(g)), "decoy", SHAPE),
        c("greitt_kr", N, "INTEGER", g.col(g.pick([64_900, 72_500, 79_900])), "decoy"),
        c("kt_felags", N, "VARCHAR", [camp_kt] * g.rows, "business", SHAPE),
        c("simi_skrifstofu", N, "VARCHAR", [office] * g.rows, "business"),
        c("umsjonarmadur", "person_name", "VARCHAR", g.col(g.pick(umsjon)), STAFF),
        c("aukareitur_2", N, "VARCHAR", g.col(g.pick(["Rúta frá BSÍ", "Rúta frá Akureyri", "Foreldrar keyra"]), 0.3),
          PLAIN, "decoy"),
        c("ofnaemi_athugasemdir", "free_text", "VARCHAR", g.sparse(ofn, 0.8, _words("ekkert", "engin")), NULLWORD),
    ])


def il_machane(g: Gen) -> Table:
    """A Kfar Saba youth movement tribe's summer camp registrations (Hebrew column names and values)."""
    pairs = [v.person(g, "he") for _ in range(g.rows)]
    places = [g.rnd.choice(v.IL_PLACES) for _ in range(g.rows)]
    madrichim = _staff(g, 8, "he")
    office = g.phone("IL", "national", False)

    def heara() -> str:
        return g.rnd.choice(["אלרגיה לבוטנים", f"סבתא {v.whole(g, 'he')} תאסוף", "אסתמה, משאף בתיק", "צמחוני",
                             f"רוצה להיות בחדר עם {v.given(g, 'he')}"])

    return Table("שבט_כפר_סבא.רישום_מחנה_קיץ", "he", "snake", [
        c("מספר_רישום", N, "BIGINT", g.keys(3_001), "decoy", KEY),
        c("שם_פרטי", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("שם_משפחה", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("תעודת_זהות", "national_id", "VARCHAR", g.col(lambda: v.il_id(g), 0.05)),
        c("תאריך_לידה", "date_of_birth", "DATE", g.births(2008, 2015)),
        c("שכבה", N, "VARCHAR", g.col(g.pick(["ד׳", "ה׳", "ו׳", "ז׳", "ח׳", "ט׳", "י׳"])), "decoy"),
        c("טלפון_נייד", "phone", "VARCHAR", g.phones("IL", {"national": 0.8, "e164": 0.2}, 1.0, 0.35)),
        c("כתובת", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IL_STREETS, "he"))),
        c("עיר", "city", "VARCHAR", [p[0] for p in places]),
        c("מיקוד", "postal_code", "VARCHAR", [p[1] + g.digits(5) for p in places]),
        c("שם_הורה", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "he")), ROLE),
        c("טלפון_הורה", "phone", "VARCHAR", g.phones("IL", {"national": 0.7, "intl": 0.3}, 0.95), ROLE),
        c("אימייל_הורה", "email", "VARCHAR", g.col(lambda: v.email_of(g, "", "", v.DOMAINS["he"]), 0.1), ROLE),
        c("קופת_חולים", N, "VARCHAR", g.col(g.pick(["כללית", "מכבי", "מאוחדת", "לאומית"])), "business"),
        c("קבוצה", N, "VARCHAR", g.col(g.pick(["נחשונים", "רעים", "בונים", "צופים"])), "decoy"),
        c("מספר_קבלה", N, "VARCHAR", g.col(lambda: v.luhn_decoy(g, 9)), "decoy", SHAPE),
        c("סכום_ששולם", N, "DECIMAL(8,2)", g.col(g.pick([1_450.0, 1_650.0, 1_900.0])), "decoy"),
        c("חברת_הסעות", N, "VARCHAR", g.col(g.pick(["הסעות השרון", "אוטובוסי גלבוע"])), "business"),
        c("טלפון_משרד_השבט", N, "VARCHAR", [office] * g.rows, "business"),
        c("מדריך", "person_name", "VARCHAR", g.col(g.pick(madrichim)), STAFF),
        c("שדה_נוסף_1", N, "VARCHAR", g.col(g.pick(["אוטובוס 1", "אוטובוס 2", "אוטובוס 3", "הגעה עצמאית"]), 0.2),
          PLAIN, "decoy"),
        c("הערות_רפואיות", "free_text", "VARCHAR", g.sparse(heara, 0.78, _words("אין", "ללא")), NULLWORD),
    ])


def id_perkemahan(g: Gen) -> Table:
    """A Malang Pramuka branch's camp participants (Indonesian, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "id", female)
        born = g.birth(2006, 2016)
        place = g.rnd.choice(v.ID_PLACES)
        rows.append((f"{a} {b}", born, place, v.nik(g, place[4], born, female)))
    pembina = _staff(g, 6, "id")

    def catatan() -> str:
        return g.rnd.choice(["Alergi udang", f"Dijemput om {v.whole(g, 'id')}", "Asma ringan", "Mabuk perjalanan",
                             f"Satu tenda dengan {v.given(g, 'id')}"])

    return Table("kwarcab_malang.peserta_perkemahan", "id", "snake", [
        c("id_peserta", N, "BIGINT", g.keys(70_001), "decoy", KEY),
        c("nomor_kta", N, "VARCHAR", g.col(lambda: g.code("13.07.99.999.9999"), 0.2), "decoy", SHAPE),
        c("nama_lengkap", "person_name", "VARCHAR", [r[0] for r in rows]),
        c("nik", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.85 else None for r in rows]),
        c("tempat_lahir", "city", "VARCHAR", g.col(g.pick(["Malang", "Batu", "Surabaya", "Blitar", "Kediri",
                                                           "Pasuruan"]))),
        c("tanggal_lahir", "date_of_birth", "DATE", [r[1] for r in rows]),
        c("jenis_kelamin", N, "VARCHAR", g.col(g.pick(["L", "P"])), "decoy"),
        c("golongan", N, "VARCHAR", g.col(g.pick(v.ID_GOLONGAN)), "decoy"),
        c("no_hp", "phone", "VARCHAR", g.phones("ID", {"national": 0.7, "e164": 0.3}, 1.0, 0.3)),
        c("email", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "id"), v.DOMAINS["id"]), 0.7), HEAVY),
        c("alamat", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ID_STREETS, "id"))),
        c("kelurahan", "city", "VARCHAR", [r[2][0] for r in rows]),
        c("kecamatan", "city", "VARCHAR", [r[2][1] for r in rows]),
        c("kota_kabupaten", "city", "VARCHAR", [r[2][2] for r in rows]),
        c("kode_pos", "postal_code", "VARCHAR", [r[2][3] for r in rows]),
        c("nama_orang_tua", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "id"), 0.03), ROLE),
        c("no_hp_orang_tua", "phone", "VARCHAR", g.phones("ID", {"national": 0.8, "e164": 0.2}, 1.0, 0.03), ROLE),
        c("sekolah", N, "VARCHAR", g.col(g.pick(["SMPN 3 Malang", "SDN Oro-oro Dowo", "SMAN 1 Batu",
                                                 "MTsN 1 Kota Malang", "SMPK Santa Maria"])), "business"),
        c("nomor_invoice", N, "VARCHAR", g.col(lambda: v.nik_decoy(g), 0.1), "decoy", SHAPE),
        c("biaya", N, "INTEGER", g.col(g.pick([75_000, 125_000, 150_000])), "decoy"),
        c("pembina", "person_name", "VARCHAR", g.col(g.pick(pembina)), STAFF),
        c("kolom_tambahan_1", N, "VARCHAR", g.col(g.pick(["Regu Melati", "Regu Elang", "Regu Mawar", "Regu Harimau"]),
                                                  0.2), PLAIN, "decoy"),
        c("waktu_daftar", N, "TIMESTAMP", g.moments("2025-08-01", "2025-09-15"), "decoy"),
        c("catatan_kesehatan", "free_text", "VARCHAR", g.sparse(catatan, 0.8, _words("tidak ada", "-nil-")),
          NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (wy_camp_staff, 320), (gg_youth_club, 260), (yt_day_camps, 420), (tz_jamboree, 500), (nt_youth_club, 380),
    (bd_scout_extract, 640), (my_camp_feed, 450), (lk_camp_form, 280), (mx_campamento, 360),
    (pt_colonia_ferias, 300), (ch_pfadi_lager, 240), (be_scouts_brugge, 400), (is_sumarbudir, 220),
    (il_machane, 340), (id_perkemahan, 520),
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
