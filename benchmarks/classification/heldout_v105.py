"""Held-out set v105 for the column classifier: 15 tables of *sports governing bodies and athletes* (national and
regional federations' athlete, member and licence registers, anti-doping whereabouts and testing, referee and coach
licences, youth academies and scouting, transfer and registration requests, pre-participation medical screening, a
masters league and athlete scholarships), one system per table and each a different organisation, eight with English
column names and seven in other languages:

* ``mwa_members.athlete_register``: a Michigan wrestling association's member register (snake case, an SSN kept for
  stipends, membership numbers shaped like SSNs failing the check, parents of minors, ``misc_1``);
* ``AdmsUk.WhereaboutsFilings``: a UK anti-doping organisation's whereabouts filings (Pascal case, overnight
  addresses, training venues and their coordinates, portal logins, IPs, agents, ``Udf2``);
* ``hmTransfers.transferRequests``: a Manitoba minor hockey body's transfer requests (camel case, players and parents,
  registry numbers, a fee card, ``customField2``);
* ``COACH_ACCRED.NSW_COACH_LICENCE``: a New South Wales coach licence register (SCREAMING case, TFN, Working With
  Children Check numbers, clubs' ABNs, ``DD/MM/YYYY`` birth dates, ``CUSTOM_FIELD_1``);
* ``gaa_refs.ref_lic``: a Munster county board's referee licences (abbreviated: ``ref_fnm``, ``ctc_ph``,
  ``addr_ln1``, PPSN, Eircode, an expenses IBAN, assessors, ``udf2``);
* ``KHELOSCH.SCHOLAR-PAY-EXTRACT``: an Indian sports authority's scholarship payments as a COBOL extract (legacy:
  padded CHAR, ``YYYYMMDD`` integers, Aadhaar and mobile as numbers with 0 for missing, PAN, a bank account number,
  IFSC codes, registration numbers failing the Verhoeff check, ``SCH-USER-FLD-1``);
* ``stg_saids.src_dcf_raw``: a South African anti-doping body's doping control forms as an opaque staging table
  (``col01`` to ``col18``: South African ID numbers, form numbers failing Luhn, doping control officers, hashes);
* ``nsonz_ppe.screening_forms``: a New Zealand sports organisation's pre-participation medical screening (snake
  case, NHI, IRD, GPs and their practices, emergency contacts, ``misc_1``);
* ``bfv_passwesen.spielerpass_antraege``: a Bavarian football association's player pass requests (German; guardians,
  ``DD.MM.YYYY`` birth dates, a direct-debit IBAN, club numbers, ``freitext_2``);
* ``LIGVET13.VMLICP``: a Bouches-du-Rhône masters athletics league's AS/400 licence file (French, legacy: ``VM``
  prefix, ``CYYMMDD`` decimals, NIR, phone and postcode as decimals, the certifying doctor, ``VMUDF1`` holding no
  personal data beside ``VMUDF2`` holding some);
* ``cantera_bvlc.informes_ojeo``: a Valencian basketball academy's scouting reports (Spanish; DNI/NIE, licence
  numbers shaped like a DNI failing its letter, legal guardians, scouts, ``campo_libre_3``);
* ``CmsEmilia.CertificatiIdoneita``: an Emilia-Romagna sports medicine centre's fitness certificates (Italian, Pascal
  case; codice fiscale encoding the birth date and place, clubs' partita IVA, ``CampoLibero2``);
* ``slzpn_kolegium.licencje_sedziow``: a Silesian football association's referee licences (Polish; PESEL, licence
  numbers failing PESEL's check, an IBAN, the referees' board's NIP, ``pole_dodatkowe_2``);
* ``gsim_izmir.sporcu_lisanslari``: an İzmir amateur sports directorate's athlete licences (Turkish; T.C. kimlik no,
  licence numbers failing its check, the father's given name, guardians, clubs' tax numbers, ``serbest_alan_1``);
* ``rusada_szfo.внесоревновательный_контроль``: a north-western Russian anti-doping office's out-of-competition
  tests (column names and values in Cyrillic; SNILS, personal INN, sports schools' INN, ``доп_поле_2``).

Written **blind**, like v2 to v104: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v27 and v98 (their
modules, their tests and ``tests/heldout_support.py``), the module docstrings of v24 to v104 (to avoid their domains)
and the ``Column``/``Table`` classes and writer of v2 and v4. The classifier was not run on this set while it was
written, no scorer was run on it, and no score was looked at. It was written under a short deadline (30 minutes, the
tests and lint included), so some labels are quick decisions rather than settled conventions.

Labeling choices a reader may question:

* a US SSN, an Irish PPSN, a French NIR and a Russian SNILS are ``ssn``; an Australian TFN, a Working With Children
  Check number (a state's personal clearance number, no check computed), Aadhaar, PAN, a South African ID number, a
  New Zealand NHI and IRD number, a DNI/NIE, a codice fiscale, PESEL, a T.C. kimlik no and a personal INN are
  ``national_id``;
* membership, request, licence, registration, certificate, sample, doping control form and player pass numbers, a
  Hockey Canada registry number and an athlete reference are ``none`` (tag ``decoy``, ``value_shape`` when shaped like
  an identifier): they are numbers a sports body gives, not a state; an ABN, a partita IVA, a NIP, a VKN, a sports
  school's INN, an IFSC code and a club number are ``none`` (tag ``business``), as are clubs', associations',
  training venues', GP practices' and schools' names and phones;
* registrars, approvers, assessors, doping control officers, screening physicians, scouts, certifying sports
  physicians, referee observers, case officers and a province's representative are staff (``person_name``, tag
  ``staff``); parents, guardians, an agent, a father, a GP, an emergency contact and the doctor who signed a masters
  athlete's certificate (``VMMEDC``) are personal (tag ``role_word``);
* an Indian bank account number (no IBAN in India) is ``iban``, the kind for bank accounts; a card's expiry is
  ``none``; a portal login is ``unclassified`` (tag ``username``);
* a Russian patronymic (``отчество``) is ``person_name`` (neither a given nor a family name); a Turkish father's
  given name (``baba_adi``) is ``first_name``;
* a place of birth (``LuogoNascita``), a suburb and an Italian comune are ``city``; a US state, an Australian state,
  a county board and a sport are ``none``; numeric (``YYYYMMDD``, ``CYYMMDD``) and text (``DD/MM/YYYY``,
  ``DD.MM.YYYY``, ISO) birth dates are ``date_of_birth``; test, screening, licence and payment dates are ``none``;
* venue coordinates are ``none`` (a training venue, not a home); weight classes, heights, heart rates and masters age
  categories (``M45``) are ``none``;
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); an
  opaque field holding status words (``VMUDF1``) is ``none``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v105_values`, written for v105 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v105 [PATH]`` (default ``/tmp/heldout_v105.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v105``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v105_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v105_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v105.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # registrars, assessors, doping control officers, scouts, physicians (few distinct)
ROLE = "role_word"  # a role word (parent, guardian, agent, GP, emergency contact, father ...) holding people
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
            return v.email_of(g, *v.person(g, lang), v.DOMAINS[lang])
        return v.whole(g, lang)
    return g.col(one, null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _cyymmdd(d: date | None) -> int:
    return 0 if d is None else (d.year // 100 - 19) * 1_000_000 + (d.year % 100) * 10_000 + d.month * 100 + d.day


def _people(g: Gen, lang: str, lo: int, hi: int, female_share: float = 0.5) -> list[tuple[str, str, date, bool]]:
    """(given name, family name, birth date, female) for every row."""
    out = []
    for _ in range(g.rows):
        female = g.rnd.random() < female_share
        a, b = v.person(g, lang, female)
        out.append((a, b, g.birth(lo, hi), female))
    return out


# -- English-named tables ----------------------------------------------------------------------------------------------


def us_wrestling_register(g: Gen) -> Table:
    """A Michigan wrestling association's athlete and member register (snake case)."""
    ppl = _people(g, "us", 1958, 2019, 0.3)
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "us")
    clubs = [(name, g.phone("US", "national", False)) for name in
             ("Lansing Takedown WC", "Kalamazoo Mat Club", "Grand River Grapplers", "Saginaw Valley RTC",
              "Thumb Area Wrestling")]
    club = [g.rnd.randrange(len(clubs)) for _ in range(g.rows)]
    minors = [p[2].year >= 2008 for p in ppl]

    def note() -> str:
        return g.rnd.choice([f"Dad {v.given(g)} paid cash at the Midland open", "Card reprinted, name misspelled",
                             "Transferred from Ohio, awaiting release", f"Emergency pickup by aunt {v.whole(g)}",
                             "Weight cert on file"])

    return Table("mwa_members.athlete_register", "en", "snake", [
        c("member_id", N, "BIGINT", g.keys(4_100_001), "decoy", KEY),
        c("membership_number", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE),
        c("athlete_first_name", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("athlete_last_name", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("birth_date", "date_of_birth", "DATE", [p[2] for p in ppl]),
        c("gender", N, "VARCHAR", ["F" if p[3] else "M" for p in ppl], "decoy"),
        c("weight_class_lbs", N, "INTEGER", g.col(g.pick([106, 113, 120, 126, 132, 138, 144, 150, 157, 165, 175, 190,
                                                           215, 285])), "decoy"),
        c("stipend_ssn", "ssn", "VARCHAR", [None if m or g.rnd.random() < 0.55 else v.us_ssn(g) for m in minors],
          HEAVY),
        c("street_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.US_STREETS), 0.05)),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("state", N, "VARCHAR", ["MI"] * g.rows, "decoy"),
        c("zip", "postal_code", "VARCHAR", [p[1] + g.digits(2) for p in places]),
        c("mobile_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.9, 0.1)),
        c("email", "email", "VARCHAR", [None if g.rnd.random() < 0.55 else v.email_of(g, p[0], p[1], v.DOMAINS["us"])
                                        for p in ppl], HEAVY),
        c("parent_guardian_name", "person_name", "VARCHAR", [v.whole(g) if m else None for m in minors], ROLE, HEAVY),
        c("club_name", N, "VARCHAR", [clubs[i][0] for i in club], "business"),
        c("club_phone", N, "VARCHAR", [clubs[i][1] for i in club], "business"),
        c("registered_at", N, "TIMESTAMP", g.moments("2025-08-01", "2025-12-20"), "decoy"),
        c("background_check", N, "VARCHAR", g.col(g.pick(["Cleared", "Pending", "Not required"])), "decoy"),
        c("safesport_trained", N, "BOOLEAN", g.yn(True, False, 0.6), "decoy"),
        c("registered_by", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "US", "us"), CUSTOM),
        c("office_notes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words()), NULLWORD),
    ])


def gb_whereabouts(g: Gen) -> Table:
    """A UK anti-doping organisation's quarterly whereabouts filings (Pascal case)."""
    ppl = _people(g, "gb", 1985, 2007)
    places = [g.rnd.choice(v.GB_CITIES) for _ in range(g.rows)]
    venues = [("Loughborough High Performance Centre", 52.7651, -1.2297), ("Sportcity Manchester", 53.4831, -2.2004),
              ("Bath University Sports Training Village", 51.3776, -2.3270), ("English Institute of Sport Sheffield",
                                                                               53.4010, -1.4230),
              ("National Swimming Centre Stirling", 56.1470, -3.9200)]
    venue = [g.rnd.randrange(len(venues)) for _ in range(g.rows)]
    agents = [v.whole(g, "gb") if g.rnd.random() < 0.35 else None for _ in range(g.rows)]

    def change() -> str:
        return g.rnd.choice(["Overnight at partner's flat, see address", f"Staying with coach {v.whole(g, 'gb')}",
                             "Warm weather camp, Lanzarote", f"Slot moved, physio {v.given(g, 'gb')} booked",
                             "Late update via app"])

    return Table("AdmsUk.WhereaboutsFilings", "en", "pascal", [
        c("FilingId", N, "BIGINT", g.keys(880_001), "decoy", KEY),
        c("AthleteRef", N, "VARCHAR", g.col(lambda: g.code("UKA-99999-A")), "decoy", SHAPE),
        c("AthleteFullName", "person_name", "VARCHAR", [f"{p[0]} {p[1]}" for p in ppl]),
        c("DateOfBirth", "date_of_birth", "DATE", [p[2] for p in ppl]),
        c("Sport", N, "VARCHAR", g.col(g.pick(["Athletics", "Cycling", "Swimming", "Rowing", "Boxing", "Triathlon"])),
          "decoy"),
        c("OvernightAddressLine1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GB_STREETS, "gb"))),
        c("OvernightTown", "city", "VARCHAR", [p[0] for p in places]),
        c("OvernightPostcode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9AA')}" for p in places]),
        c("SixtyMinuteSlot", N, "VARCHAR", g.col(g.pick(["06:00-07:00", "06:30-07:30", "07:00-08:00",
                                                         "21:00-22:00"])), "decoy"),
        c("SlotVenueName", N, "VARCHAR", [venues[i][0] for i in venue], "business"),
        c("SlotVenueLat", N, "DOUBLE", [venues[i][1] for i in venue], "decoy"),
        c("SlotVenueLon", N, "DOUBLE", [venues[i][2] for i in venue], "decoy"),
        c("MobileNumber", "phone", "VARCHAR", g.phones("GB", {"national": 0.5, "intl": 0.3, "e164": 0.2})),
        c("EmailAddress", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["gb"]) for p in ppl]),
        c("PortalUsername", USERNAME, "VARCHAR", [v.login(p[0], p[1], i) for i, p in enumerate(ppl)], "username"),
        c("SubmittedFromIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25))),
        c("SubmittedAt", N, "TIMESTAMP", g.moments("2025-09-15", "2025-12-31"), "decoy"),
        c("FilingFailure", N, "BOOLEAN", g.yn(True, False, 0.04), "decoy"),
        c("RepresentativeName", "person_name", "VARCHAR", agents, ROLE, HEAVY),
        c("ClientAppVersion", N, "VARCHAR", g.col(g.version), "decoy", SHAPE),
        c("Udf2", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
        c("ChangeNotes", "free_text", "VARCHAR", g.sparse(change, 0.75, _words("none")), NULLWORD),
    ])


def ca_hockey_transfers(g: Gen) -> Table:
    """A Manitoba minor hockey body's transfer and registration requests (camel case)."""
    ppl = _people(g, "ca", 2007, 2018, 0.35)
    places = [g.rnd.choice(v.CA_CITIES) for _ in range(g.rows)]
    assocs = ["Winnipeg South Blues MHA", "Brandon Wheat Kings Minor", "Steinbach Huskies MHA", "Selkirk Fishermen MHA",
              "Pembina Valley Hawks", "Interlake Lightning"]
    staff = _staff(g, 4, "ca")
    paid = [g.rnd.random() < 0.4 for _ in range(g.rows)]

    def comment() -> str:
        return g.rnd.choice(["Release signed by both associations", f"Mother {v.given(g, 'ca')} moved to Brandon",
                             "Residency exemption: billeting", f"Call coach {v.whole(g, 'ca')} before approval"])

    return Table("hmTransfers.transferRequests", "en", "camel", [
        c("requestId", N, "BIGINT", g.keys(25_001), "decoy", KEY),
        c("requestNumber", N, "VARCHAR", g.col(lambda: g.code("TR-2025-99999")), "decoy", SHAPE),
        c("hcrNumber", N, "VARCHAR", g.col(lambda: g.code("99999999")), "decoy", SHAPE),
        c("playerFirstName", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("playerLastName", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("playerDob", "date_of_birth", "DATE", [p[2] for p in ppl]),
        c("homeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca"), 0.05)),
        c("homeCity", "city", "VARCHAR", [p[0] for p in places]),
        c("postalCode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9A9')}" for p in places]),
        c("parentName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.03), ROLE),
        c("parentPhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.6, "dashes": 0.3, "e164": 0.1}, 0.85),
          ROLE),
        c("parentEmail", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "ca"), v.DOMAINS["ca"]), 0.1),
          ROLE),
        c("fromAssociation", N, "VARCHAR", g.col(g.pick(assocs)), "business"),
        c("toAssociation", N, "VARCHAR", g.col(g.pick(assocs)), "business"),
        c("releaseReason", N, "VARCHAR", g.col(g.pick(["Change of residence", "Playing up", "AA tryout",
                                                      "Hardship"])), "decoy"),
        c("feeCardNumber", "credit_card", "VARCHAR", [v.card(g) if p else None for p in paid], HEAVY),
        c("feeCardExpiry", N, "VARCHAR", [f"{g.rnd.randint(1, 12):02d}/{g.rnd.randint(26, 30)}" if p else None
                                          for p in paid], "decoy"),
        c("approvedBy", "person_name", "VARCHAR", g.col(g.pick(staff), 0.2), STAFF),
        c("submittedAt", N, "TIMESTAMP", g.moments("2025-06-01", "2025-11-15"), "decoy"),
        c("customField2", "free_text", "VARCHAR", _custom(g, "CA", "ca"), CUSTOM),
        c("reviewerComment", "free_text", "VARCHAR", g.sparse(comment, 0.78, _words()), NULLWORD),
    ])


def au_coach_licences(g: Gen) -> Table:
    """A New South Wales state sporting body's coach accreditation and licence register (SCREAMING case)."""
    ppl = _people(g, "au", 1955, 2006, 0.4)
    places = [g.rnd.choice(v.AU_CITIES) for _ in range(g.rows)]
    clubs = [(name, v.au_abn(g)) for name in ("Parramatta Eels Juniors Inc", "Penrith Netball Association",
                                              "Newcastle Touch Football Inc", "Illawarra Basketball Club",
                                              "Dubbo Athletics Club Inc")]
    club = [g.rnd.randrange(len(clubs)) for _ in range(g.rows)]
    staff = _staff(g, 5, "au")
    return Table("COACH_ACCRED.NSW_COACH_LICENCE", "en", "screaming", [
        c("LICENCE_NO", N, "VARCHAR", g.col(lambda: g.code("NSWC-9999999")), "decoy", SHAPE),
        c("COACH_GIVEN_NAME", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("COACH_FAMILY_NAME", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("DATE_OF_BIRTH", "date_of_birth", "VARCHAR", [f"{p[2].day:02d}/{p[2].month:02d}/{p[2].year}" for p in ppl]),
        c("TFN", "national_id", "VARCHAR", g.col(lambda: v.au_tfn(g), 0.62), HEAVY),
        c("WWCC_NUMBER", "national_id", "VARCHAR", g.col(lambda: f"WWC{g.digits(7)}E", 0.1)),
        c("MOBILE", "phone", "VARCHAR", g.phones("AU", {"national": 0.7, "intl": 0.3})),
        c("EMAIL", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["au"]) for p in ppl]),
        c("RESIDENTIAL_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au"))),
        c("SUBURB", "city", "VARCHAR", [p[0] for p in places]),
        c("POSTCODE", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("STATE", N, "VARCHAR", ["NSW"] * g.rows, "decoy"),
        c("CLUB_NAME", N, "VARCHAR", [clubs[i][0] for i in club], "business"),
        c("CLUB_ABN", N, "VARCHAR", [clubs[i][1] for i in club], "business", SHAPE),
        c("LICENCE_LEVEL", N, "VARCHAR", g.col(g.pick(["Foundation", "Community", "Advanced", "High Performance"])),
          "decoy"),
        c("EXPIRY_DATE", N, "DATE", g.days("2026-01-01", "2028-12-31"), "decoy"),
        c("COURSE_FEE_AUD", N, "DOUBLE", g.amounts(45, 390), "decoy"),
        c("ASSESSOR_NAME", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("CUSTOM_FIELD_1", "free_text", "VARCHAR", _custom(g, "AU", "au"), CUSTOM),
    ])


def ie_referee_licences(g: Gen) -> Table:
    """A Munster county board's referee licences (abbreviated snake case)."""
    ppl = _people(g, "ie", 1960, 2006, 0.2)
    places = [g.rnd.choice(v.IE_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "ie")

    def rmk() -> str:
        return g.rnd.choice(["Fitness test passed", f"Umpire {v.whole(g, 'ie')} reported abuse at match",
                             "Expenses queried", f"Wife {v.given(g, 'ie')} rang re: availability",
                             "Needs refresher on advantage rule"])

    return Table("gaa_refs.ref_lic", "en", "abbrev", [
        c("ref_id", N, "BIGINT", g.keys(3_001), "decoy", KEY),
        c("lic_no", N, "VARCHAR", g.col(lambda: g.code("CRK-99999")), "decoy", SHAPE),
        c("ref_fnm", "first_name", "VARCHAR", [p[0] for p in ppl], ABBREV),
        c("ref_snm", "last_name", "VARCHAR", [p[1] for p in ppl], ABBREV),
        c("ref_dob", "date_of_birth", "DATE", [p[2] for p in ppl], ABBREV),
        c("ppsn", "ssn", "VARCHAR", g.col(lambda: v.pps(g), 0.55), HEAVY),
        c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IE_STREETS, "ie")), ABBREV),
        c("addr_twn", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("eircode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('A9AA')}" for p in places]),
        c("ctc_ph", "phone", "VARCHAR", g.phones("IE", {"national": 0.7, "e164": 0.3}, 0.95), ABBREV),
        c("ctc_eml", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["ie"]) for p in ppl], ABBREV),
        c("exp_iban", "iban", "VARCHAR", g.col(lambda: v.iban("IE", g.rnd.choice(["AIBK", "BOFI", "IPBS"]) + g.digits(14),
                                                             g.rnd.random() < 0.5), 0.2), ABBREV),
        c("co_brd", N, "VARCHAR", g.col(g.pick(["Cork CB", "Kerry CB", "Waterford CB", "Tipperary CB"])), "business"),
        c("lic_grd", N, "VARCHAR", g.col(g.pick(["A", "B", "C", "Juvenile"])), "decoy"),
        c("lst_asmt_dt", N, "DATE", g.days("2024-03-01", "2025-10-31"), "decoy"),
        c("asr_nm", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF, ABBREV),
        c("mtch_fee_eur", N, "DOUBLE", g.amounts(20, 90), "decoy"),
        c("udf2", "free_text", "VARCHAR", _custom(g, "IE", "ie"), CUSTOM),
        c("rmk", "free_text", "VARCHAR", g.sparse(rmk, 0.75, _words("nil")), NULLWORD, ABBREV),
    ])


def in_scholarships(g: Gen) -> Table:
    """An Indian sports authority's athlete scholarship payment COBOL extract (padded CHAR, numbers for dates,
    phones and PIN codes)."""
    ppl = _people(g, "in", 2000, 2012)
    places = [g.rnd.choice(v.IN_CITIES) for _ in range(g.rows)]
    centres = ["SAI NCOE ROHTAK", "SAI NCOE BHOPAL", "SAI NCOE BENGALURU", "SAI RC GUWAHATI"]
    return Table("KHELOSCH.SCHOLAR-PAY-EXTRACT", "en", "cobol", [
        c("SCH-REG-NO", N, "VARCHAR", g.col(lambda: v.aadhaar_decoy(g)), "decoy", SHAPE, LEGACY),
        c("SCH-ATH-NAME", "person_name", "VARCHAR", _pad([f"{p[0]} {p[1]}".upper() for p in ppl], 30), LEGACY),
        c("SCH-FATHER-NAME", "person_name", "VARCHAR",
          _pad([f"{v.person(g, 'in', False)[0]} {p[1]}".upper() for p in ppl], 30), ROLE, LEGACY),
        c("SCH-DOB", "date_of_birth", "INTEGER", [_ymd(p[2]) for p in ppl], LEGACY),
        c("SCH-GENDER", N, "VARCHAR", ["F" if p[3] else "M" for p in ppl], "decoy", LEGACY),
        c("SCH-AADHAAR", "national_id", "BIGINT", [int(v.aadhaar(g)) if g.rnd.random() < 0.8 else 0 for _ in ppl],
          LEGACY),
        c("SCH-PAN", "national_id", "VARCHAR", _pad([v.pan(g, p[1]) if g.rnd.random() < 0.35 else None for p in ppl],
                                                   10), LEGACY, HEAVY),
        c("SCH-MOBILE", "phone", "BIGINT", [int(g.phone("IN", "digits")) if g.rnd.random() < 0.9 else 0
                                            for _ in ppl], LEGACY),
        c("SCH-ADDR", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.IN_STREETS, "in")), 40), LEGACY),
        c("SCH-CITY", "city", "VARCHAR", _pad([p[0].upper() for p in places], 20), LEGACY),
        c("SCH-PIN", "postal_code", "INTEGER", [int(p[1] + g.digits(3)) for p in places], LEGACY),
        c("SCH-BANK-AC", "iban", "VARCHAR", _pad(g.col(lambda: g.digits(g.rnd.choice([11, 14, 15]))), 18), LEGACY),
        c("SCH-IFSC", N, "VARCHAR", g.col(lambda: g.rnd.choice(["SBIN0", "PUNB0", "CNRB0", "UBIN0"]) + g.digits(6)),
          "business", SHAPE, LEGACY),
        c("SCH-DISCIPLINE", N, "VARCHAR", _pad(g.col(g.pick(["WRESTLING", "BOXING", "ATHLETICS", "ARCHERY",
                                                             "WEIGHTLIFTING", "HOCKEY"])), 15), "decoy", LEGACY),
        c("SCH-AMT-INR", N, "INTEGER", g.col(g.pick([10_000, 25_000, 50_000])), "decoy", LEGACY),
        c("SCH-PAY-DT", N, "INTEGER", [_ymd(g.day("2025-04-01", "2025-11-30")) for _ in ppl], "decoy", LEGACY),
        c("SCH-CENTRE", N, "VARCHAR", _pad(g.col(g.pick(centres)), 20), "business", LEGACY),
        c("SCH-USER-FLD-1", "free_text", "VARCHAR", _pad(_custom(g, "IN", "in"), 40), CUSTOM, LEGACY),
    ])


def za_doping_control(g: Gen) -> Table:
    """A South African anti-doping body's doping control forms, landed as an opaque staging table."""
    ppl = _people(g, "za", 1982, 2007)
    places = [g.rnd.choice(v.ZA_CITIES) for _ in range(g.rows)]
    dcos = _staff(g, 6, "za")
    return Table("stg_saids.src_dcf_raw", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", [f"{p[0]} {p[1]}" for p in ppl], OPAQUE),
        c("col03", "national_id", "VARCHAR", [v.za_id(g, p[2], p[3]) if g.rnd.random() < 0.85 else None for p in ppl],
          OPAQUE),
        c("col04", "date_of_birth", "VARCHAR", [p[2].isoformat() for p in ppl], OPAQUE),
        c("col05", N, "VARCHAR", g.col(lambda: v.luhn_decoy(g, 13)), "decoy", SHAPE, OPAQUE),
        c("col06", N, "VARCHAR", g.col(lambda: g.code("A999999")), "decoy", SHAPE, OPAQUE),
        c("col07", "phone", "VARCHAR", g.phones("ZA", {"national": 0.5, "e164": 0.5}), OPAQUE),
        c("col08", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["za"]) if g.rnd.random() < 0.7 else None
                                        for p in ppl], OPAQUE),
        c("col09", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ZA_STREETS, "za"), 0.15), OPAQUE),
        c("col10", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col11", "postal_code", "VARCHAR", [p[1] for p in places], OPAQUE),
        c("col12", N, "VARCHAR", g.col(g.pick(["Rugby union", "Athletics", "Cycling", "Swimming", "Cricket"])),
          "decoy", OPAQUE),
        c("col13", N, "TIMESTAMP", g.moments("2025-02-01", "2025-11-30"), "decoy", OPAQUE),
        c("col14", "person_name", "VARCHAR", g.col(g.pick(dcos)), STAFF, OPAQUE),
        c("col15", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c("col16", N, "DOUBLE", g.floats(-34.1, -25.5, 5), "decoy", OPAQUE),
        c("col17", "free_text", "VARCHAR", _custom(g, "ZA", "za"), CUSTOM, OPAQUE),
        c("col18", N, "VARCHAR", g.col(g.pick(["OOC", "IC"])), "decoy", OPAQUE),
    ])


def nz_medical_screening(g: Gen) -> Table:
    """A New Zealand national sports organisation's pre-participation medical screening (snake case)."""
    ppl = _people(g, "nz", 1990, 2009, 0.55)
    places = [g.rnd.choice(v.NZ_CITIES) for _ in range(g.rows)]
    physicians = _staff(g, 3, "nz")
    gps = [(name, g.phone("NZ", "national", False)) for name in ("Hillcrest Family Doctors", "Rototuna Medical",
                                                                 "Te Awamutu Health Centre", "Fraser Medical")]
    gp = [g.rnd.randrange(len(gps)) for _ in range(g.rows)]

    def notes() -> str:
        return g.rnd.choice(["Systolic murmur, refer to cardiology", f"Mum {v.given(g, 'nz')} reports fainting 2023",
                             "Asthma, inhaler on file", f"Discussed with GP Dr {v.whole(g, 'nz')}", "Cleared"])

    return Table("nsonz_ppe.screening_forms", "en", "snake", [
        c("form_id", N, "BIGINT", g.keys(61_001), "decoy", KEY),
        c("nhi", "national_id", "VARCHAR", g.col(lambda: v.nhi(g), 0.15)),
        c("athlete_name", "person_name", "VARCHAR", [f"{p[0]} {p[1]}" for p in ppl]),
        c("date_of_birth", "date_of_birth", "DATE", [p[2] for p in ppl]),
        c("squad", N, "VARCHAR", g.col(g.pick(["U18", "U20", "Development", "Elite", "Sevens"])), "decoy"),
        c("home_suburb", "city", "VARCHAR", [p[0] for p in places]),
        c("postcode", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("resting_hr", N, "INTEGER", g.ints(42, 88), "decoy"),
        c("bp_systolic", N, "INTEGER", g.ints(98, 148), "decoy"),
        c("ecg_result", N, "VARCHAR", g.col(g.pick(["Normal", "Normal", "Athletic changes", "Abnormal - refer"])),
          "decoy"),
        c("gp_name", "person_name", "VARCHAR", g.col(lambda: "Dr " + v.whole(g, "nz"), 0.3), ROLE),
        c("gp_practice", N, "VARCHAR", [gps[i][0] for i in gp], "business"),
        c("gp_practice_phone", N, "VARCHAR", [gps[i][1] for i in gp], "business"),
        c("emergency_contact_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nz"), 0.05), ROLE),
        c("emergency_contact_phone", "phone", "VARCHAR", g.phones("NZ", {"national": 0.8, "e164": 0.2}, 0.9, 0.05),
          ROLE),
        c("ird_number", "national_id", "VARCHAR", g.col(lambda: v.ird(g), 0.7), HEAVY),
        c("screening_physician", "person_name", "VARCHAR", g.col(g.pick(physicians)), STAFF),
        c("screened_on", N, "DATE", g.days("2025-01-10", "2025-11-30"), "decoy"),
        c("device_serial", N, "VARCHAR", g.col(lambda: g.code("MAC5-99999-AA")), "decoy", SHAPE),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "NZ", "nz"), CUSTOM),
        c("clinical_notes", "free_text", "VARCHAR", g.sparse(notes, 0.72, _words("nil")), NULLWORD),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def de_spielerpass(g: Gen) -> Table:
    """A Bavarian regional football association's player pass and transfer requests (German, snake case)."""
    ppl = _people(g, "de", 1975, 2019, 0.3)
    places = [g.rnd.choice(v.DE_CITIES) for _ in range(g.rows)]
    vereine = [(name, g.code("99999")) for name in ("TSV Grünwald 1911", "SV Ostermünchen", "FC Rosenheim-Süd",
                                                    "SpVgg Landshut-Berg", "DJK Passau-West", "ASV Freising")]
    von = [g.rnd.randrange(len(vereine)) for _ in range(g.rows)]
    minors = [p[2].year >= 2008 for p in ppl]
    staff = _staff(g, 4, "de")

    def bem() -> str:
        return g.rnd.choice(["Freigabe liegt vor", f"Vater {v.given(g, 'de')} hat Antrag unterschrieben",
                             "Wartefrist bis 01.11.", f"Rücksprache mit Jugendleiter {v.whole(g, 'de')}",
                             "Ärztliches Attest fehlt"])

    return Table("bfv_passwesen.spielerpass_antraege", "de", "snake", [
        c("antrag_id", N, "BIGINT", g.keys(7_300_001), "decoy", KEY),
        c("antragsnummer", N, "VARCHAR", g.col(lambda: g.code("SPA-2025-999999")), "decoy", SHAPE),
        c("pass_nummer", N, "VARCHAR", g.col(lambda: g.code("9999999999"), 0.2), "decoy", SHAPE),
        c("vorname", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("nachname", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("geburtsdatum", "date_of_birth", "VARCHAR", [f"{p[2].day:02d}.{p[2].month:02d}.{p[2].year}" for p in ppl]),
        c("geschlecht", N, "VARCHAR", ["w" if p[3] else "m" for p in ppl], "decoy"),
        c("strasse_hausnr", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.DE_STREETS, "de"), 0.05)),
        c("plz", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places]),
        c("wohnort", "city", "VARCHAR", [p[0] for p in places]),
        c("handy", "phone", "VARCHAR", g.phones("DE", {"national": 0.6, "intl": 0.4}, 0.9, 0.15)),
        c("email", "email", "VARCHAR", [None if g.rnd.random() < 0.55 else v.email_of(g, p[0], p[1], v.DOMAINS["de"])
                                        for p in ppl], HEAVY),
        c("erziehungsberechtigter", "person_name", "VARCHAR", [v.whole(g, "de") if m else None for m in minors],
          ROLE, HEAVY),
        c("abgebender_verein", N, "VARCHAR", [vereine[i][0] for i in von], "business"),
        c("aufnehmender_verein", N, "VARCHAR", g.col(lambda: g.rnd.choice(vereine)[0]), "business"),
        c("vereins_nr", N, "VARCHAR", [vereine[i][1] for i in von], "business", SHAPE),
        c("iban_lastschrift", "iban", "VARCHAR", g.col(lambda: v.iban("DE", g.digits(18), g.rnd.random() < 0.6), 0.3)),
        c("spielberechtigt_ab", N, "DATE", g.days("2025-07-01", "2026-01-31"), "decoy"),
        c("sachbearbeiter", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("freitext_2", "free_text", "VARCHAR", _custom(g, "DE", "de"), CUSTOM),
        c("bemerkung", "free_text", "VARCHAR", g.sparse(bem, 0.76, _words("k.A.")), NULLWORD),
    ])


def fr_veterans_as400(g: Gen) -> Table:
    """A Bouches-du-Rhône masters athletics league's AS/400 licence file (French, ``VM`` prefix, CYYMMDD)."""
    ppl = _people(g, "fr", 1940, 1990, 0.4)
    places = [g.rnd.choice(v.FR_CITIES) for _ in range(g.rows)]
    clubs = ["SCO SAINTE-MARGUERITE", "AIX ATHLE PROVENCE", "ISTRES ENTRESSEN ATH", "AS AUBAGNE ATHLE",
             "MARTIGUES SPORT ATH"]
    return Table("LIGVET13.VMLICP", "fr", "as400", [
        c("VMNLIC", N, "DECIMAL(9,0)", g.keys(130_000_001, 7), "decoy", KEY, LEGACY),
        c("VMNOMU", "last_name", "VARCHAR", _pad([p[1].upper() for p in ppl], 25), LEGACY),
        c("VMPRNM", "first_name", "VARCHAR", _pad([p[0].upper() for p in ppl], 20), LEGACY),
        c("VMDNAI", "date_of_birth", "DECIMAL(7,0)", [_cyymmdd(p[2]) for p in ppl], LEGACY),
        c("VMNIR", "ssn", "VARCHAR", [v.nir(g, p[2], p[3]) if g.rnd.random() < 0.45 else None for p in ppl], LEGACY,
          HEAVY),
        c("VMADR1", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.FR_STREETS, "fr").upper()), 32),
          LEGACY),
        c("VMCPOS", "postal_code", "DECIMAL(5,0)", [int(p[1]) for p in places], LEGACY),
        c("VMVILL", "city", "VARCHAR", _pad([p[0].upper() for p in places], 26), LEGACY),
        c("VMTELF", "phone", "DECIMAL(10,0)", [int(g.phone("FR", "digits", g.rnd.random() < 0.6))
                                               if g.rnd.random() < 0.85 else 0 for _ in ppl], LEGACY),
        c("VMMAIL", "email", "VARCHAR", _pad([v.email_of(g, p[0], p[1], v.DOMAINS["fr"]) if g.rnd.random() < 0.4
                                              else None for p in ppl], 40), LEGACY, HEAVY),
        c("VMCATE", N, "VARCHAR", [f"M{max(35, (2025 - p[2].year) // 5 * 5)}" for p in ppl], "decoy", LEGACY),
        c("VMCLUB", N, "VARCHAR", _pad(g.col(g.pick(clubs)), 24), "business", LEGACY),
        c("VMDCER", N, "DECIMAL(7,0)", [_cyymmdd(g.day("2024-09-01", "2025-10-31")) for _ in ppl], "decoy", LEGACY),
        c("VMMEDC", "person_name", "VARCHAR", _pad(g.col(lambda: "DR " + v.whole(g, "fr").upper(), 0.15), 30), ROLE,
          LEGACY),
        c("VMUDF1", N, "VARCHAR", _pad(g.col(g.pick(["CERT OK", "QS SPORT", "ATTENTE"]), 0.3), 12), "decoy", LEGACY),
        c("VMUDF2", "free_text", "VARCHAR", _pad(_custom(g, "FR", "fr"), 40), CUSTOM, LEGACY),
        c("VMDCRE", N, "DECIMAL(7,0)", [_cyymmdd(g.day("2010-01-01", "2025-10-31")) for _ in ppl], "decoy", LEGACY),
        c("VMUSER", N, "VARCHAR", _pad(g.col(g.pick(["QPGMR", "VMBATCH", "LIGADM"])), 10), "decoy", LEGACY),
    ])


def es_cantera_ojeo(g: Gen) -> Table:
    """A Valencian basketball academy's scouting reports on youth players (Spanish, snake case)."""
    ppl = _people(g, "es", 2008, 2016, 0.4)
    places = [g.rnd.choice(v.ES_CITIES) for _ in range(g.rows)]
    scouts = _staff(g, 4, "es")
    schools = ["CEIP Sorolla", "Colegio Guadalaviar", "IES Clot del Moro", "Colegio Salesianos San Juan Bosco"]

    def obs() -> str:
        return g.rnd.choice(["Buena lectura de juego, falta físico", f"Su padre {v.given(g, 'es')} pide beca",
                             "Zurdo, mucha envergadura", f"Recomendado por el entrenador {v.whole(g, 'es')}",
                             "Lesión de tobillo en marzo"])

    return Table("cantera_bvlc.informes_ojeo", "es", "snake", [
        c("id_informe", N, "BIGINT", g.keys(5_001), "decoy", KEY),
        c("numero_licencia", N, "VARCHAR", g.col(lambda: v.dni_decoy(g)), "decoy", SHAPE),
        c("nombre", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("apellido1", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("apellido2", "last_name", "VARCHAR", g.col(lambda: v.person(g, "es")[1], 0.08)),
        c("fecha_nacimiento", "date_of_birth", "DATE", [p[2] for p in ppl]),
        c("dni_nie", "national_id", "VARCHAR", g.col(lambda: v.nie(g) if g.rnd.random() < 0.25 else v.dni(g), 0.3)),
        c("posicion", N, "VARCHAR", g.col(g.pick(["Base", "Escolta", "Alero", "Ala-pívot", "Pívot"])), "decoy"),
        c("altura_cm", N, "INTEGER", g.ints(150, 208), "decoy"),
        c("colegio", N, "VARCHAR", g.col(g.pick(schools)), "business"),
        c("tutor_legal", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "es"), 0.05), ROLE),
        c("telefono_tutor", "phone", "VARCHAR", g.phones("ES", {"national": 0.7, "e164": 0.3}, 0.9, 0.05), ROLE),
        c("email_tutor", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "es"), v.DOMAINS["es"]), 0.2),
          ROLE),
        c("domicilio", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ES_STREETS, "es"), 0.1)),
        c("localidad", "city", "VARCHAR", [p[0] for p in places]),
        c("codigo_postal", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places]),
        c("ojeador", "person_name", "VARCHAR", g.col(g.pick(scouts)), STAFF),
        c("valoracion", N, "INTEGER", g.ints(1, 10), "decoy"),
        c("video_url", N, "VARCHAR", g.col(lambda: f"https://video.example.es/c/{g.code('xxxxxxxxxxxx')}", 0.5),
          "decoy"),
        c("campo_libre_3", "free_text", "VARCHAR", _custom(g, "ES", "es"), CUSTOM),
        c("observaciones", "free_text", "VARCHAR", g.sparse(obs, 0.72, _words("sin datos")), NULLWORD),
    ])


def it_idoneita(g: Gen) -> Table:
    """An Emilia-Romagna sports medicine centre's competitive fitness certificates (Italian, Pascal case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "it", female)
        born = g.birth(1960, 2013)
        town = g.rnd.choice(v.IT_CITIES)
        rows.append((a, b, born, v.codice_fiscale(g, a, b, born, female, town[1]), town[0]))
    places = [g.rnd.choice(v.IT_CITIES) for _ in range(g.rows)]
    doctors = _staff(g, 4, "it")
    clubs = [(name, v.it_iva(g)) for name in ("ASD Virtus Modena Nuoto", "Polisportiva Saragozza",
                                              "GS Ciclisti Imolesi", "Rugby Parma ASD")]
    club = [g.rnd.randrange(len(clubs)) for _ in range(g.rows)]

    def anamnesi() -> str:
        return g.rnd.choice(["Familiarità per morte improvvisa (zio)", "Nessuna patologia", "Asma da sforzo",
                             f"Accompagnato dalla madre {v.whole(g, 'it')}", "Extrasistoli al test da sforzo"])

    return Table("CmsEmilia.CertificatiIdoneita", "it", "pascal", [
        c("IdVisita", N, "BIGINT", g.keys(90_001), "decoy", KEY),
        c("NumeroCertificato", N, "VARCHAR", g.col(lambda: g.code("MS/2025/999999")), "decoy", SHAPE),
        c("Cognome", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("Nome", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("CodiceFiscale", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("DataNascita", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("LuogoNascita", "city", "VARCHAR", [r[4] for r in rows]),
        c("Indirizzo", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IT_STREETS, "it"))),
        c("Cap", "postal_code", "VARCHAR", [p[2] for p in places]),
        c("Comune", "city", "VARCHAR", [p[0] for p in places]),
        c("Cellulare", "phone", "VARCHAR", g.phones("IT", {"national": 0.6, "e164": 0.4}, 0.95, 0.1)),
        c("Email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["it"]) if g.rnd.random() < 0.4 else None
                                        for r in rows], HEAVY),
        c("Sport", N, "VARCHAR", g.col(g.pick(["Nuoto", "Ciclismo", "Rugby", "Pallavolo", "Atletica leggera"])),
          "decoy"),
        c("EsitoEcg", N, "VARCHAR", g.col(g.pick(["Nella norma", "Nella norma", "BBDx incompleto", "Da rivalutare"])),
          "decoy"),
        c("Idoneo", N, "BOOLEAN", g.yn(True, False, 0.93), "decoy"),
        c("ScadenzaCertificato", N, "DATE", g.days("2026-01-01", "2026-12-31"), "decoy"),
        c("MedicoCertificatore", "person_name", "VARCHAR", g.col(g.pick(doctors)), STAFF),
        c("SocietaSportiva", N, "VARCHAR", [clubs[i][0] for i in club], "business"),
        c("PartitaIvaSocieta", N, "VARCHAR", [clubs[i][1] for i in club], "business", SHAPE),
        c("CampoLibero2", "free_text", "VARCHAR", _custom(g, "IT", "it"), CUSTOM),
        c("Anamnesi", "free_text", "VARCHAR", g.sparse(anamnesi, 0.74, _words("n.d.")), NULLWORD),
    ])


def pl_sedziowie(g: Gen) -> Table:
    """A Silesian football association's referee licences (Polish, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.15
        a, b = v.person(g, "pl", female)
        born = g.birth(1965, 2007)
        rows.append((a, b, born, v.pesel(g, born, female)))
    places = [g.rnd.choice(v.PL_CITIES) for _ in range(g.rows)]
    observers = _staff(g, 5, "pl")
    kolegium_nip = v.nip(g)

    def uwagi() -> str:
        return g.rnd.choice(["Egzamin kondycyjny zaliczony", f"Skarga trenera {v.whole(g, 'pl')}",
                             "Zawieszony do odwołania", f"Asystent {v.given(g, 'pl')} zgłosił kontuzję"])

    return Table("slzpn_kolegium.licencje_sedziow", "pl", "snake", [
        c("id_sedziego", N, "BIGINT", g.keys(1_201), "decoy", KEY),
        c("nr_licencji", N, "VARCHAR", g.col(lambda: v.pesel_decoy(g)), "decoy", SHAPE),
        c("imie", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("nazwisko", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("pesel", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("data_urodzenia", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.6, "intl": 0.4})),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["pl"]) for r in rows]),
        c("ulica", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PL_STREETS, "pl"))),
        c("kod_pocztowy", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(3)}" for p in places]),
        c("miejscowosc", "city", "VARCHAR", [p[0] for p in places]),
        c("klasa_sedziowska", N, "VARCHAR", g.col(g.pick(["A", "B", "Klasa okręgowa", "IV liga", "III liga"])),
          "decoy"),
        c("rachunek_bankowy", "iban", "VARCHAR", g.col(lambda: v.iban("PL", g.digits(24), True), 0.15)),
        c("obserwator", "person_name", "VARCHAR", g.col(g.pick(observers)), STAFF),
        c("ostatni_egzamin", N, "DATE", g.days("2024-06-01", "2025-10-31"), "decoy"),
        c("kolegium", N, "VARCHAR", ["Kolegium Sędziów ŚlZPN Katowice"] * g.rows, "business"),
        c("nip_kolegium", N, "VARCHAR", [kolegium_nip] * g.rows, "business", SHAPE),
        c("pole_dodatkowe_2", "free_text", "VARCHAR", _custom(g, "PL", "pl"), CUSTOM),
        c("uwagi", "free_text", "VARCHAR", g.sparse(uwagi, 0.75, _words("brak")), NULLWORD),
    ])


def tr_sporcu_lisans(g: Gen) -> Table:
    """An İzmir amateur sports directorate's athlete licences (Turkish, snake case)."""
    ppl = _people(g, "tr", 1970, 2016, 0.4)
    places = [g.rnd.choice(v.TR_CITIES) for _ in range(g.rows)]
    clubs = [(name, v.vkn(g)) for name in ("Karşıyaka Gençlik SK", "Bornova Voleybol Kulübü", "Buca Atletizm SK",
                                           "Çiğli Belediyespor")]
    club = [g.rnd.randrange(len(clubs)) for _ in range(g.rows)]
    minors = [p[2].year >= 2008 for p in ppl]
    staff = _staff(g, 3, "tr")

    def aciklama() -> str:
        return g.rnd.choice(["Sağlık raporu eksik", f"Velisi {v.whole(g, 'tr')} imzaladı", "Transfer onaylandı",
                             f"Antrenör {v.given(g, 'tr')} Bey ile görüşüldü"])

    return Table("gsim_izmir.sporcu_lisanslari", "tr", "snake", [
        c("lisans_id", N, "BIGINT", g.keys(350_001), "decoy", KEY),
        c("lisans_no", N, "VARCHAR", g.col(lambda: v.tckn_decoy(g)), "decoy", SHAPE),
        c("tc_kimlik_no", "national_id", "VARCHAR", g.col(lambda: v.tckn(g), 0.05)),
        c("ad", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("soyad", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("baba_adi", "first_name", "VARCHAR", g.col(lambda: v.person(g, "tr", False)[0], 0.1), ROLE),
        c("dogum_tarihi", "date_of_birth", "DATE", [p[2] for p in ppl]),
        c("cinsiyet", N, "VARCHAR", ["K" if p[3] else "E" for p in ppl], "decoy"),
        c("cep_telefonu", "phone", "VARCHAR", g.phones("TR", {"national": 0.7, "e164": 0.3}, 1.0, 0.1)),
        c("e_posta", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["tr"]) if g.rnd.random() < 0.45 else None
                                          for p in ppl], HEAVY),
        c("adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.TR_STREETS, "tr"))),
        c("ilce", "city", "VARCHAR", [p[0] for p in places]),
        c("posta_kodu", "postal_code", "VARCHAR", [p[1] + g.digits(2) for p in places]),
        c("kulup", N, "VARCHAR", [clubs[i][0] for i in club], "business"),
        c("kulup_vergi_no", N, "VARCHAR", [clubs[i][1] for i in club], "business", SHAPE),
        c("brans", N, "VARCHAR", g.col(g.pick(["Voleybol", "Atletizm", "Basketbol", "Güreş", "Yüzme"])), "decoy"),
        c("lisans_tarihi", N, "DATE", g.days("2018-01-01", "2025-11-30"), "decoy"),
        c("veli_adi_soyadi", "person_name", "VARCHAR", [v.whole(g, "tr") if m else None for m in minors], ROLE, HEAVY),
        c("il_temsilcisi", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("serbest_alan_1", "free_text", "VARCHAR", _custom(g, "TR", "tr"), CUSTOM),
        c("aciklama", "free_text", "VARCHAR", g.sparse(aciklama, 0.74, _words("yok")), NULLWORD),
    ])


def ru_doping_vne(g: Gen) -> Table:
    """A north-western Russian anti-doping office's out-of-competition testing (Cyrillic column names and values)."""
    ppl = _people(g, "ru", 1986, 2008, 0.45)
    places = [g.rnd.choice(v.RU_CITIES) for _ in range(g.rows)]
    officers = _staff(g, 4, "ru")
    schools = [(name, v.inn_company(g)) for name in ("СШОР по лёгкой атлетике", "ЦОП «Нева»", "СШ № 2 Петрозаводск")]
    school = [g.rnd.randrange(len(schools)) for _ in range(g.rows)]

    def prim() -> str:
        return g.rnd.choice(["Спортсмен на сборах", f"Тренер {v.whole(g, 'ru')} присутствовал", "Проба взята",
                             f"Дверь открыла мать, {v.given(g, 'ru')}", "Отказ от подписи"])

    return Table("rusada_szfo.внесоревновательный_контроль", "ru", "snake", [
        c("ид", N, "BIGINT", g.keys(11_001), "decoy", KEY),
        c("номер_пробы", N, "VARCHAR", g.col(lambda: g.code("9999999")), "decoy", SHAPE),
        c("фамилия", "last_name", "VARCHAR", [p[1] for p in ppl]),
        c("имя", "first_name", "VARCHAR", [p[0] for p in ppl]),
        c("отчество", "person_name", "VARCHAR", [g.rnd.choice(v.RU_PATRONYMICS)[1 if p[3] else 0] for p in ppl]),
        c("дата_рождения", "date_of_birth", "DATE", [p[2] for p in ppl]),
        c("снилс", "ssn", "VARCHAR", g.col(lambda: v.snils(g), 0.2)),
        c("инн", "national_id", "VARCHAR", g.col(lambda: v.inn_personal(g), 0.6), HEAVY),
        c("телефон", "phone", "VARCHAR", g.phones("RU", {"national": 0.6, "e164": 0.4}, 0.95)),
        c("электронная_почта", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["ru"]) for p in ppl]),
        c("адрес_проживания", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.RU_STREETS, "ru"))),
        c("город", "city", "VARCHAR", [p[0] for p in places]),
        c("индекс", "postal_code", "VARCHAR", [p[1] + g.digits(4) for p in places]),
        c("вид_спорта", N, "VARCHAR", g.col(g.pick(["лёгкая атлетика", "плавание", "биатлон", "тяжёлая атлетика"])),
          "decoy"),
        c("дата_отбора", N, "TIMESTAMP", g.moments("2025-03-01", "2025-11-30"), "decoy"),
        c("инспектор_дк", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
        c("спортивная_школа", N, "VARCHAR", [schools[i][0] for i in school], "business"),
        c("инн_школы", N, "VARCHAR", [schools[i][1] for i in school], "business", SHAPE),
        c("доп_поле_2", "free_text", "VARCHAR", _custom(g, "RU", "ru"), CUSTOM),
        c("примечание", "free_text", "VARCHAR", g.sparse(prim, 0.73, _words("нет")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (us_wrestling_register, 700), (gb_whereabouts, 600), (ca_hockey_transfers, 650), (au_coach_licences, 500),
    (ie_referee_licences, 450), (in_scholarships, 800), (za_doping_control, 600), (nz_medical_screening, 500),
    (de_spielerpass, 600), (fr_veterans_as400, 500), (es_cantera_ojeo, 450), (it_idoneita, 550),
    (pl_sedziowie, 400), (tr_sporcu_lisans, 500), (ru_doping_vne, 350),
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
