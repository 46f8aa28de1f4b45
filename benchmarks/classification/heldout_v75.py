"""Held-out set v75 for the column classifier: 15 tables of *fitness, gyms, sports clubs and leisure centres*
(memberships, access control, coaching, competitions, junior sections), one system per table and each a different
organisation, eight with English column names (West Yorkshire, central Ohio, Victoria, Ontario, Colorado, Canterbury
in New Zealand, Gauteng and Karnataka) and seven in German, French, Spanish, Italian, Polish, Japanese (kanji and
katakana) and Russian (Cyrillic script). Four are legacy extracts (an AS/400 file with a two-letter field prefix, a
fixed-width debit-order file, an SAP-style table with SAP's German abbreviations, a COBOL copybook's fixed-width file
with hyphenated names): padded values, dates as ``YYYYMMDD`` numbers and ``DATS`` text, and phones, an SSN and postal
codes kept as numbers with 0 for missing; the other eleven are modern (snake, camel and Pascal case, native-script
names), with abbreviations (``ath_fnm``, ``ctc_ph``, ``addr_ln1``, ``MBR_INITIALS``), a source prefix
(``src_crm_col17``) and opaque custom fields holding personal data (``misc_2``, ``MMUDF1``, ``Udf2``, ``code``,
``ZZFELD2``, ``champLibre2``, ``campo_libero_2``, ``poleDod2``, ``予備2``, ``доп_поле_2``, ``src_crm_col17``) beside
opaque fields holding none (``misc_1``, ``MMUDF2``, ``Udf1``, ``ZZFELD1``, ``champLibre1``, ``campo_libero_1``,
``poleDod1``, ``予備1``, ``доп_поле_1``, ``src_crm_col18``):

* ``swim_leeds.swimmer_registrations``: a Leeds swimming club's junior section (Swim England numbers, swimmers and
  two parents, the second mostly NULL, West Yorkshire postcodes, medical notes mostly ``none known``, lead coaches,
  GoCardless mandates, ``misc_2`` the second parent's mobile);
* ``CLUBLIB.MBRMST``: a Worthington (Columbus, Ohio) racquet and fitness club's AS/400 member master (padded names,
  the middle initial, the spouse, ZIP, home and cell phones and the SSN as numbers with 0 for missing, birth and join
  dates as ``YYYYMMDD`` numbers, a card kept in clear by the old dues run, user profiles and the batch program,
  ``MMUDF1`` the emergency contact's phone as a number);
* ``pulse247.accessEvents``: a Melbourne 24/7 gym chain's door and turnstile events (RFID fob serials, members and
  their home suburbs, photo URLs, staff overrides mostly NULL, door controllers' private IPs, clubs' coordinates);
* ``RecConnect.ProgramRegistrations``: an Ottawa community association's recreation program registrations (children,
  guardians, Canadian postal codes, allergies and custody notes, instructors, card last four digits, Moneris order
  ids, ``Udf2`` the person allowed to pick the child up);
* ``trailcoach.athletes``: a Boulder endurance-coaching platform's athletes (``ath_fnm``, ``ctc_ph``, ``addr_ln1``,
  coaches, FTP and weight, Strava ids and Garmin serials, Stripe customers, the sign-up IP, coaches' notes naming
  people, ``src_crm_col17`` a phone, an e-mail or a name by row);
* ``raceday_chch.entries``: a Christchurch multisport race's entries (bibs and timing chips, the birth date as
  ``dd/mm/yyyy`` text, suburbs and postcodes, clubs, the emergency contact as ``name (relation) phone``, medical
  conditions mostly blank);
* ``DEBITORD.MEMBER_COLLECTIONS``: a Randburg (Johannesburg) health club group's fixed-width debit-order file
  (initials, South African ID numbers and the birth dates they encode, cell numbers, PO boxes, account holders, bank
  account numbers and universal branch codes, sales consultants, mandate references failing the ID check);
* ``cricket_blr.traineeRegistrations``: a Bengaluru cricket academy's junior trainees (Aadhaar, the father's and
  mother's names, flats and localities, PIN codes, schools, state association registration numbers, coaches, UPI
  references failing Verhoeff, the parent's PAN mostly NULL, ``code`` the mother's mobile);
* ``ZFIT.ZFIT_MITGL``: a Munich fitness-studio chain's SAP member master (``NACHN``, ``VORNA``, ``GBDAT`` as ``DATS``,
  ``STRAS`` and ``HSNMR``, ``PSTLZ``, ``ORT01``, ``TELF1`` mostly empty, IBAN and ``KOINH``, trainers by family name,
  ``ERNAM``, ``ZZFELD2`` an emergency phone);
* ``escalade_lyon.licencies``: a Lyon climbing club's licence holders (French: ``nomNaissance``, the birth date as
  text, ``villeNaissance``, ``complementAdresse``, the person to notify, the certifying doctor, the club's SIRET,
  ``champLibre2`` a parent's e-mail for minors);
* ``FEDHANDBOL.LICENCIAS``: a Valencian handball federation's licence file in a COBOL copybook's fixed-width layout
  (Spanish: two family names, DNI or NIE, birth date and postcode and phone as numbers, clubs and their CIF, the
  tutor's name and NIF for minors, licence numbers shaped like a DNI with a wrong letter, clerks' users);
* ``palestra_bologna.iscritti``: a Bologna gym's members (Italian: codici fiscali, birthplaces, the sports medical
  certificate's doctor, the direct-debit IBAN mostly NULL, instructors by first name, ASI cards, the gym's partita IVA,
  ``campo_libero_2`` a parent's name for minors);
* ``akademia_krakow.zawodnicy``: a Kraków football academy's junior players (Polish: ``drugieImie``, PESEL, house and
  flat numbers apart, guardians, coaches, federation licence numbers failing PESEL, the club's NIP, ``poleDod2`` a
  second guardian's phone);
* ``浦和スイミング.会員台帳``: a Saitama swimming school's member ledger (Japanese column names: names in kanji and
  katakana, guardians, the account holder in katakana, coaches by family name, the operating company's corporate
  number, ``予備2`` an emergency phone);
* ``хоккей_екб.воспитанники``: a Yekaterinburg youth ice-hockey school's pupils (Cyrillic: patronymics, SNILS, OMS
  policies and birth certificates, parents' passports and personal INN, coaches as ``Фамилия И. О.``, the school's
  INN, ``доп_поле_2`` the second parent's e-mail).

Written **blind**, like v2 to v74: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog, history or notes, only the list of kind names and their docstrings
(``governance_dagster/kinds.py``), how the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the
*structure* and labeling conventions of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test,
``tests/heldout_support.py``), the module docstrings of v24 to v74 (to avoid their domains and follow their labeling
conventions; v76 and v77 were not in the checkout), the ``Column``/``Table`` classes and writer they build on
(``heldout_v2.py``, ``heldout_v4.py``), the ruff section of ``pyproject.toml`` and the sources of python-stdnum and
phonenumbers. The classifier was not run on this set while it was written, no scorer was run on it, and no score of
any set was looked at: nothing here was adjusted to what the classifier does. It was written under a short deadline
(about an hour, the tests and lint included), so some labels below are quick decisions rather than settled
conventions. It imports no earlier set's value module: its random source, name lists, streets, towns, postal codes
and identifier builders are its own (:mod:`benchmarks.classification.heldout_v75_values`; the generic ``Gen`` helpers
were copied from v27's, the phone maker rewritten).

What is new against v2 to v74: earlier sets touched the theme (v4 gym memberships, v14 a rowing club and a
winter-bathing club, v15 a chess club and a basketball academy, v16 a karate dojo, v17 a bouldering gym's waivers, v18
a dive centre, a riding stable and a sailing school, v19 a surf school, v25 a gym chain, v26 a Japanese fitness club
and a wearable's API, v31 a youth soccer league, v33 an Icelandic sports club, v37 a Hong Kong gym, v45 a chess club
and a basketball federation, v47 an Irish gym chain and a rugby league club's season members); every organisation and
shape here is new: a swimming club's junior section, a racquet club's AS/400 master, door and turnstile events, a
community association's programs, a coaching platform, race entries, a debit-order collection file, a cricket academy,
an SAP member master, climbing licences, a handball federation's COBOL licence file, a gym's medical certificates, a
football academy, a swimming school's ledger and a hockey school.

* legacy extracts (tag ``legacy``; ``padded`` for fixed-width values, ``int_date`` for dates kept as numbers or
  ``DATS`` text, ``numeric_id`` for phones, the SSN and postal codes kept as numbers, ``zero_missing`` where 0 means
  missing);
* decoys (tag ``decoy``; ``value_shape`` when shaped like an identifier or a personal value): registration, member,
  contract, entry and receipt numbers, Swim England, FFME, ASI, KSCA and federation licence numbers (tag
  ``permit_number``), bibs, timing chips, RFID fob serials, Strava ids and Garmin serials, Moneris orders, UPI and
  mandate references, photo URLs, door controllers' private IPs, program, plan and event names (tag
  ``product_name``), squads, grades, courses, categories, tariffs, fees, FTP, weights, ages and age groups, personal
  bests and finish times, firmware and app versions (tag ``version``), clubs' coordinates (tag ``coordinates``),
  event dates (tag ``event_date``), universal branch codes;
* decoys with check digits (tag ``check_digit``, all ``none``): the clubs' SIRET, CIF, partita IVA, NIP and INN and a
  Japanese corporate number; decoys shaped like personal identifiers that fail their checks (tag ``value_shape``):
  mandate references against the South African ID number, UPI references against Aadhaar (Verhoeff), licence
  numbers against the DNI letter and against PESEL;
* identifiers with check digits (python-stdnum; the SNILS check written out in the value module): the US SSN (as a
  number) and the Russian SNILS (``ssn``); the South African ID number (the row's birth date and sex), Aadhaar, PAN
  (the surname's initial), DNI and NIE, codici fiscali (the row's name, birth date and comune), PESEL (the row's birth
  date and sex) and the personal INN (``national_id``), and without a check digit OMS policies, birth certificates and
  passports (``national_id``); German and Italian IBANs; a card in clear (Luhn); phones of the United Kingdom, the
  United States, Australia, Canada, New Zealand, South Africa, India, Germany, France, Spain, Italy, Poland, Japan and
  Russia (phonenumbers) in national, international, E.164, digits-only and country-code forms and as numbers; IPv4
  and IPv6.

Tags: ``legacy``, ``padded``, ``int_date``, ``numeric_id``, ``zero_missing``, ``decoy``, ``business``,
``value_shape``, ``check_digit``, ``permit_number``, ``product_name``, ``coordinates``, ``version``, ``event_date``,
``partial``, ``join_key``, ``tokenized``, ``bank_account``, ``null_heavy``, ``nullword_heavy``, ``staff``,
``role_word``, ``username``, ``audit``, ``service_account``, ``opaque``, ``prefixed``, ``misleading``,
``mixed_kinds``, ``locality``, ``abbrev``, ``dob_text``.

Labeling choices a reader may question:

* following ``kinds.py``, the US SSN and the Russian SNILS are ``ssn``; the South African ID number, Aadhaar, PAN,
  DNI/NIE, codice fiscale, PESEL, the personal INN, the OMS policy, a birth certificate and a passport are
  ``national_id``;
* member, registration and contract numbers, sports-federation licence numbers, RFID fob serials, timing chips,
  Strava ids and Garmin serials are ``none`` (keys, devices and licences of a federation, not of the state); a door
  controller's private IP is ``none`` (a device's), the athlete's sign-up IP ``ip_address``;
* a middle initial (``MMMINT``), initials (``MBR_INITIALS``), a second given name (``drugieImie``), a known-as name
  and an instructor's first name alone (``istruttore``) are ``first_name``; a birth name (``nomNaissance``), a second
  family name (``LIC-APELLIDO-2``) and a trainer's or coach's family name alone (``TRAINER``, ``担当コーチ``) are
  ``last_name``; a patronymic (``отчество``) and names in katakana are ``person_name``;
* parents, guardians, tutors, spouses, account holders, persons to notify, pick-up persons and certifying doctors are
  ``person_name`` (tag ``role_word``); coaches, instructors, trainers and sales consultants are ``person_name`` (tag
  ``staff``, 2-8 distinct), AS/400, SAP and federation users ``unclassified`` (tag ``username``), the dues program
  ``none`` (tag ``service_account``);
* an emergency contact written as ``name (relation) phone`` and ``src_crm_col17`` (a phone, an e-mail or a name by row)
  are ``free_text`` (tag ``mixed_kinds``); medical notes, allergies, custody notes and coaches' notes that name people
  or give phones are ``free_text``;
* a house number, a flat number, an address complement, a second address line and a PO box line are
  ``street_address``; suburbs and localities (``memberHomeSuburb``, ``suburb``, ``SUBURB``, ``locality``) and
  birthplaces are ``city``; states, provinces and Russian regions are ``none``; clubs, studios, schools, club
  branches and a club's suburb are ``none`` (tag ``business``), also where a member lives in the same suburb;
* a domestic bank account number (``BANK_ACC_NO``) is ``unclassified`` (tag ``bank_account``) as v74 did, the
  universal branch code ``none``; a card's last four digits are ``none`` (tag ``partial``); Stripe customers and
  GoCardless mandates are ``none`` (tag ``tokenized``); the card kept in clear is ``credit_card``;
* dates of birth kept as ``YYYYMMDD`` numbers, ``DATS`` or ``dd/mm/yyyy`` text keep ``date_of_birth``; phones, the SSN
  and postal codes kept as numbers keep their kind; join, contract, certificate and collection dates are ``none`` (tag
  ``event_date``); sex, age, age group, weight, power and T-shirt size are ``none``.

Labeling rules otherwise as v27 (see :mod:`benchmarks.classification.heldout_v27`): a business's address, phone,
postal code, city and contact are ``none`` (tag ``business``); ``null_heavy`` means 50-95% NULL, ``nullword_heavy``
70-95% NULL words or blanks. Rows per table: 360 to 1,500.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets, towns
and postal codes of :mod:`benchmarks.classification.heldout_v75_values`, written for v75 (no Faker, no list of real
people, no breach data). Build: ``python -m benchmarks.classification.heldout_v75 [PATH]`` (default
``/tmp/heldout_v75.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v75``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v75_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v75_values import BANK_ACCOUNT, NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v75.duckdb")

LEGACY = "legacy"  # an AS/400, COBOL copybook, fixed-width or SAP-style extract
PADDED = "padded"  # fixed-width CHAR values padded with blanks
INT_DATE = "int_date"  # a date kept as a YYYYMMDD number or SAP DATS text
NUMERIC = "numeric_id"  # a phone, SSN or postal code kept as a number
ZERO = "zero_missing"  # 0 means missing
SHAPE = "value_shape"  # a decoy shaped like an identifier or a personal value
CHECK = "check_digit"  # a decoy passing its own check digit (a business's number, a barcode)
PERMIT = "permit_number"  # a licence or registration number of a federation or a league (none)
PRODUCT = "product_name"
COORD = "coordinates"
VERSION = "version"
EVENT = "event_date"
PARTIAL = "partial"
KEY = "join_key"
TOKEN = "tokenized"
BANK = "bank_account"
HEAVY = "null_heavy"  # 50-95% NULL
NULLWORD = "nullword_heavy"  # 70-95% NULL words or blanks
STAFF = "staff"  # coaches, instructors, consultants: 2-8 distinct people
ROLE = "role_word"  # parents, guardians, account holders, emergency contacts, doctors, spouses
USER = "username"
AUDIT = "audit"
SERVICE = "service_account"
OPAQUE = "opaque"
PREFIXED = "prefixed"
MISLEADING = "misleading"
MIXED = "mixed_kinds"  # a cell holding a name and a phone, or a column holding several kinds by row
LOCALITY = "locality"  # a suburb or locality (city)
ABBREV = "abbrev"
DOB_TEXT = "dob_text"  # a date of birth written as text


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a", "N/A", "none") + extra


def _staff(g: Gen, n: int, make: Callable[[Gen], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _pad(value: Any, width: int) -> str:
    return ("" if value is None else str(value)).ljust(width)[:width]


def _ymd(d: date | None) -> int:
    return 0 if d is None else int(d.strftime("%Y%m%d"))


def _failing(g: Gen, make: Callable[[], str], check: Callable[[str], bool]) -> str:
    """A value of ``make`` that fails ``check`` (a decoy shaped like an identifier)."""
    return g.valid(make, lambda x: not check(x))


# -- English: England, Ohio, Victoria, Ontario, Colorado, Canterbury (NZ), Gauteng, Karnataka -------------------------


def leeds_swim(g: Gen) -> Table:
    """A Leeds swimming club's junior section registrations (snake case): the Swim England number (``none``), the
    swimmer's names, known-as name, birth date and age, squad, two parents (the second mostly NULL), home address, town
    and postcode, medical notes (mostly ``none known``), photo consent, the lead coach (few), a personal best, the
    GoCardless mandate, ``misc_1`` kit sizes and ``misc_2`` the second parent's mobile."""
    origins = ["yorks", "yorks", "yorks", "brit_asian"]
    kids = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        origin = g.rnd.choice(origins)
        a, b = v.person(g, origin, female)
        kids.append((a, b, origin, g.birth(2008, 2019)))
    places = [g.rnd.choice(v.LEEDS_AREAS) for _ in range(g.rows)]
    coaches = _staff(g, 5, lambda x: v.whole(x, "yorks"))
    parents = [(v.given(g, k[2]), k[1] if g.rnd.random() < 0.85 else v.family(g, k[2])) for k in kids]

    def medical() -> str:
        return g.rnd.choice(["Asthma - blue inhaler kept in kit bag", "Mild eczema, chlorine makes it worse",
                             f"Type 1 diabetic, {v.given(g, 'yorks')} (mum) on poolside for galas",
                             "Grommets in both ears - needs ear plugs", "Epilepsy (controlled), see care plan"])

    return Table("swim_leeds.swimmer_registrations", "en", "snake", [
        c("registration_id", N, "BIGINT", g.keys(40_001), "decoy", KEY),
        c("se_member_no", N, "VARCHAR", g.col(lambda: str(g.rnd.randint(1_100_000, 1_699_999))), "decoy", SHAPE, KEY),
        c("swimmer_first_name", "first_name", "VARCHAR", [k[0] for k in kids]),
        c("swimmer_surname", "last_name", "VARCHAR", [k[1] for k in kids]),
        c("known_as", "first_name", "VARCHAR", [k[0][:3] if g.rnd.random() < 0.25 else None for k in kids], HEAVY),
        c("date_of_birth", "date_of_birth", "DATE", [k[3] for k in kids]),
        c("age_at_31_dec", N, "INTEGER", [2025 - k[3].year for k in kids], "decoy"),
        c("sex", N, "VARCHAR", g.col(g.pick(["F", "M"])), "decoy"),
        c("squad", N, "VARCHAR", g.col(g.pick(["Development 1", "Development 2", "Performance", "Masters",
                                               "Learn to Swim Stage 7"])), "decoy"),
        c("parent1_name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in parents], ROLE),
        c("parent1_mobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "e164": 0.2, "intl": 0.2})),
        c("parent1_email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["GB"]) for a, b in parents]),
        c("parent2_name", "person_name", "VARCHAR", [f"{v.given(g, k[2])} {k[1]}" if g.rnd.random() < 0.35 else None
                                                     for k in kids], HEAVY, ROLE),
        c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 240)} "
                                                         f"{g.rnd.choice(v.LEEDS_STREETS)}"), ABBREV),
        c("town", "city", "VARCHAR", [p[0] for p in places]),
        c("postcode", "postal_code", "VARCHAR", [v.uk_postcode(g, p[1]) for p in places]),
        c("medical_notes", "free_text", "VARCHAR", g.sparse(medical, 0.8, ("none known", "None", "NKA", "", "n/a")),
          NULLWORD),
        c("photo_consent", N, "BOOLEAN", g.yn(True, False, 0.8), "decoy"),
        c("lead_coach", "person_name", "VARCHAR", g.col(g.pick(coaches)), STAFF, ROLE),
        c("pb_100m_free", N, "VARCHAR", g.col(lambda: f"1:{g.rnd.randint(0, 45):02d}.{g.rnd.randint(0, 99):02d}",
                                              0.3), "decoy"),
        c("gocardless_mandate", N, "VARCHAR", g.col(lambda: g.code("MD000ZZZZZZZZZZ")), "decoy", TOKEN),
        c("registered_at", N, "TIMESTAMP", g.moments("2019-09-01", "2025-10-31"), "decoy", EVENT),
        c("misc_1", N, "VARCHAR", g.col(g.pick(["Y7-8", "Y9-10", "Y11-12", "S", "M", "L"]), 0.2), "decoy", OPAQUE),
        c("misc_2", "phone", "VARCHAR", g.phones("GB", {"national": 0.7, "e164": 0.3}, null=0.35), OPAQUE,
          MISLEADING),
    ])


def ohio_racquet(g: Gen) -> Table:
    """A Worthington (Columbus, Ohio) racquet and fitness club's AS/400 member master (``CLUBLIB.MBRMST``, SCREAMING
    names with the file prefix ``MM``): padded names, middle initial, the spouse, two address lines, city, state, ZIP,
    home and cell phones and the SSN as numbers (0 when missing), birth and join dates as ``YYYYMMDD`` numbers, the
    membership type and dues, the card kept in clear by the old dues run (mostly blank), the locker, the last
    changer's user profile, the batch program, ``MMUDF1`` the emergency contact's phone as a number and ``MMUDF2`` a
    court preference."""
    people = [v.person(g, ["ohio", "ohio", "ohio", "us_mix"]) for _ in range(g.rows)]
    towns = [g.rnd.choice(v.OHIO_TOWNS) for _ in range(g.rows)]
    users = ["TYODER", "KRINEHAR", "MSHUMAKE", "DNOGGLE"]
    areas = ["614", "380", "740"]

    def num_phone(p_zero: float) -> int:
        return 0 if g.rnd.random() < p_zero else int(v.us_phone(g, areas, "digits"))

    return Table("CLUBLIB.MBRMST", "en", "screaming", [
        c("MMMBNO", N, "INTEGER", g.keys(10_201, 3), "decoy", KEY, LEGACY),
        c("MMFNAM", "first_name", "VARCHAR", [_pad(a.upper(), 15) for a, _ in people], LEGACY, PADDED, ABBREV),
        c("MMMINT", "first_name", "VARCHAR", [_pad(g.rnd.choice("ABCDEJLMRSTW") if g.rnd.random() < 0.7 else "", 1)
                                              for _ in people], LEGACY, PADDED, ABBREV),
        c("MMLNAM", "last_name", "VARCHAR", [_pad(b.upper(), 20) for _, b in people], LEGACY, PADDED, ABBREV),
        c("MMSPNM", "person_name", "VARCHAR", [_pad(f"{v.given(g, 'ohio')} {b}".upper() if g.rnd.random() < 0.5
                                                    else "", 30) for _, b in people], LEGACY, PADDED, ROLE, ABBREV),
        c("MMADR1", "street_address", "VARCHAR", g.col(lambda: _pad(f"{g.rnd.randint(100, 9999)} "
                                                                    f"{g.rnd.choice(v.OHIO_STREETS)}".upper(), 30)),
          LEGACY, PADDED, ABBREV),
        c("MMADR2", "street_address", "VARCHAR", [_pad(g.rnd.choice(["APT 4B", "UNIT C", "APT 210", "# 3"])
                                                       if g.rnd.random() < 0.18 else "", 30) for _ in people],
          LEGACY, PADDED, NULLWORD, ABBREV),
        c("MMCITY", "city", "VARCHAR", [_pad(t[0].upper(), 20) for t in towns], LEGACY, PADDED, ABBREV),
        c("MMSTAT", N, "VARCHAR", ["OH"] * g.rows, "decoy", LEGACY),
        c("MMZIP", "postal_code", "INTEGER", [int(t[1] + g.digits(2)) for t in towns], LEGACY, NUMERIC, ABBREV),
        c("MMHPHN", "phone", "BIGINT", [num_phone(0.35) for _ in people], LEGACY, NUMERIC, ZERO, ABBREV),
        c("MMCPHN", "phone", "BIGINT", [num_phone(0.12) for _ in people], LEGACY, NUMERIC, ZERO, ABBREV),
        c("MMSSN", "ssn", "BIGINT", [0 if g.rnd.random() < 0.2 else int(v.us_ssn(g)) for _ in people], LEGACY,
          NUMERIC, ZERO),
        c("MMDOB", "date_of_birth", "INTEGER", [_ymd(g.birth(1942, 2007)) for _ in people], LEGACY, INT_DATE,
          ABBREV),
        c("MMJNDT", N, "INTEGER", [_ymd(g.day("1994-01-01", "2025-10-31")) for _ in people], "decoy", LEGACY,
          INT_DATE, EVENT),
        c("MMMTYP", N, "VARCHAR", g.col(g.pick(["FAM", "SGL", "JR ", "CPL", "CORP"])), "decoy", LEGACY),
        c("MMDUES", N, "DECIMAL(7,2)", g.amounts(49, 289), "decoy", LEGACY),
        c("MMCCNO", "credit_card", "VARCHAR", [_pad(v.card(g) if g.rnd.random() < 0.2 else "", 16) for _ in people],
          LEGACY, PADDED, NULLWORD),
        c("MMLKNO", N, "INTEGER", [g.rnd.randint(1, 420) if g.rnd.random() < 0.4 else 0 for _ in people], "decoy",
          LEGACY),
        c("MMUSER", USERNAME, "VARCHAR", g.col(lambda: _pad(g.rnd.choice(users), 10)), USER, AUDIT, LEGACY, PADDED),
        c("MMPGM", N, "VARCHAR", g.col(g.pick(["MBR210R   ", "DUESNITE  "])), "decoy", AUDIT, SERVICE, LEGACY),
        c("MMUDF1", "phone", "BIGINT", [num_phone(0.4) for _ in people], LEGACY, NUMERIC, ZERO, OPAQUE, MISLEADING),
        c("MMUDF2", N, "VARCHAR", g.col(lambda: _pad(g.rnd.choice(["CT1", "CT4", "PB", "SQ", ""]), 4)), "decoy",
          LEGACY, OPAQUE),
    ])


def melbourne_access(g: Gen) -> Table:
    """A Melbourne 24/7 gym chain's door and turnstile events (camel case): the event UUID, the club's code, name and
    suburb (``none``), the door, the fob's RFID serial, the member number, the member's names, mobile and home suburb,
    the photo URL, time, direction and result, a tailgate flag, the staff member who overrode the door (mostly NULL),
    the door controller's private IP (a device's: ``none``), the camera clip, firmware and the club's coordinates."""
    clubs = [("BRU01", "Pulse Brunswick", "Brunswick", -37.7667, 144.9613),
             ("RCH02", "Pulse Richmond", "Richmond", -37.8230, 144.9980),
             ("FTS03", "Pulse Footscray", "Footscray", -37.8000, 144.8990),
             ("BXH04", "Pulse Box Hill", "Box Hill", -37.8190, 145.1220)]
    club = [g.rnd.choice(clubs) for _ in range(g.rows)]
    members = [(v.person(g, "aus"), g.rnd.choice(v.MELB_SUBURBS)[0], g.code("M0999999")) for _ in range(300)]
    who = [g.rnd.choice(members) for _ in range(g.rows)]
    staff = _staff(g, 4, lambda x: v.whole(x, "aus"))
    mobiles = {m[2]: g.phone("AU", g.rnd.choice(["national", "e164"])) for m in members}
    fobs = {m[2]: ":".join(g.code("xx") for _ in range(4)).upper() for m in members}
    return Table("pulse247.accessEvents", "en", "camel", [
        c("eventId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("clubCode", N, "VARCHAR", [k[0] for k in club], "decoy"),
        c("clubName", N, "VARCHAR", [k[1] for k in club], "business"),
        c("clubSuburb", N, "VARCHAR", [k[2] for k in club], "business"),
        c("doorName", N, "VARCHAR", g.col(g.pick(["Front turnstile", "Side fire door", "Studio 2", "Car park lift"])),
          "decoy"),
        c("fobSerial", N, "VARCHAR", [fobs[m[2]] for m in who], "decoy", SHAPE),
        c("memberNumber", N, "VARCHAR", [m[2] for m in who], "decoy", KEY),
        c("memberFirstName", "first_name", "VARCHAR", [m[0][0] for m in who]),
        c("memberLastName", "last_name", "VARCHAR", [m[0][1] for m in who]),
        c("memberMobile", "phone", "VARCHAR", [mobiles[m[2]] for m in who]),
        c("memberHomeSuburb", "city", "VARCHAR", [m[1] for m in who], LOCALITY),
        c("memberPhotoUrl", N, "VARCHAR", [f"https://media.pulse247.com.au/members/{m[2]}.jpg" for m in who],
          "decoy", SHAPE),
        c("eventTs", N, "TIMESTAMP", g.moments("2025-09-01", "2025-10-31"), "decoy", EVENT),
        c("direction", N, "VARCHAR", g.col(g.pick(["IN", "IN", "OUT"])), "decoy"),
        c("accessResult", N, "VARCHAR", g.col(g.pick(["GRANTED"] * 8 + ["DENIED_ARREARS", "DENIED_SUSPENDED"])),
          "decoy"),
        c("tailgateAlert", N, "BOOLEAN", g.yn(True, False, 0.04), "decoy"),
        c("overrideBy", "person_name", "VARCHAR", g.col(g.pick(staff), 0.85), STAFF, HEAVY),
        c("controllerIp", N, "VARCHAR", g.col(lambda: f"10.{g.rnd.randint(10, 14)}.{g.rnd.randint(0, 3)}."
                                              f"{g.rnd.randint(20, 60)}"), "decoy", SHAPE),
        c("clipRef", N, "VARCHAR", g.col(lambda: g.code("CAM9-99999999-xxxx"), 0.3), "decoy"),
        c("firmwareVer", N, "VARCHAR", g.col(g.version), "decoy", VERSION),
        c("clubLat", N, "DOUBLE", [k[3] for k in club], "decoy", COORD),
        c("clubLng", N, "DOUBLE", [k[4] for k in club], "decoy", COORD),
    ])


def ottawa_programs(g: Gen) -> Table:
    """An Ottawa community association's recreation program registrations (Pascal case): the program's code, name and
    start date, the child's names and birth date, the guardian's name, e-mail, cell and home phones (home mostly
    NULL), the home address, city, postal code and province, fee assistance, allergies and medical notes (mostly
    blank), the instructor (few), the card's last four digits, the Moneris order id, ``Udf1`` a swim level and
    ``Udf2`` the person allowed to pick the child up."""
    kids = [(v.person(g, "can"), g.birth(2010, 2021)) for _ in range(g.rows)]
    guardians = [(v.given(g, "can"), k[0][1] if g.rnd.random() < 0.8 else v.family(g, "can")) for k in kids]
    places = [g.rnd.choice(v.OTTAWA_AREAS) for _ in range(g.rows)]
    instructors = _staff(g, 6, lambda x: v.whole(x, "can"))
    programs = [("SWM-L2", "Swim Kids Level 2"), ("SKT-LTS", "Learn to Skate - Level 2"),
                ("GYM-REC", "Recreational Gymnastics 6-8 yrs"), ("BBL-MINI", "Mini Basketball"),
                ("CLM-YTH", "Youth Climbing Club")]
    prog = [g.rnd.choice(programs) for _ in range(g.rows)]

    def medical() -> str:
        return g.rnd.choice(["Peanut allergy - EpiPen in backpack", "ADHD, may need breaks",
                             f"Asthma; call dad {v.given(g, 'can')} at {v.us_phone(g, ['613', '343'], 'dashes', 'CA')}",
                             "Bee sting allergy", f"Custody: only {v.whole(g, 'can')} may pick up"])

    return Table("RecConnect.ProgramRegistrations", "en", "pascal", [
        c("RegistrationId", N, "BIGINT", g.keys(880_001), "decoy", KEY),
        c("ProgramCode", N, "VARCHAR", [f"{p[0]}-W26" for p in prog], "decoy"),
        c("ProgramName", N, "VARCHAR", [p[1] for p in prog], "decoy", PRODUCT),
        c("SessionStart", N, "DATE", g.days("2026-01-05", "2026-01-17"), "decoy", EVENT),
        c("ParticipantFirstName", "first_name", "VARCHAR", [k[0][0] for k in kids]),
        c("ParticipantLastName", "last_name", "VARCHAR", [k[0][1] for k in kids]),
        c("ParticipantDOB", "date_of_birth", "DATE", [k[1] for k in kids], ABBREV),
        c("GuardianName", "person_name", "VARCHAR", [f"{a} {b}" for a, b in guardians], ROLE),
        c("GuardianEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["CA"]) for a, b in guardians]),
        c("GuardianCellPhone", "phone", "VARCHAR", g.col(lambda: v.us_phone(
            g, ["613", "343"], g.rnd.choice(["dashes", "national", "e164"]), "CA"))),
        c("HomePhone", "phone", "VARCHAR", g.col(lambda: v.us_phone(g, ["613"], "national", "CA"), 0.65), HEAVY),
        c("StreetAddress", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(2, 3400)} "
                                                              f"{g.rnd.choice(v.OTTAWA_STREETS)}"
                                                              + g.rnd.choice(["", "", f" Unit {g.rnd.randint(1, 40)}"])
                                                              )),
        c("City", "city", "VARCHAR", [p[0] for p in places]),
        c("PostalCode", "postal_code", "VARCHAR", [v.ca_postcode(g, p[1]) for p in places]),
        c("Province", N, "VARCHAR", ["ON"] * g.rows, "decoy"),
        c("FeeAssistance", N, "BOOLEAN", g.yn(True, False, 0.12), "decoy"),
        c("AllergiesMedical", "free_text", "VARCHAR", g.sparse(medical, 0.75, ("", "None", "N/A", "none")), NULLWORD),
        c("InstructorName", "person_name", "VARCHAR", g.col(g.pick(instructors)), STAFF, ROLE),
        c("CardLast4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.2), "decoy", PARTIAL),
        c("MonerisOrderId", N, "VARCHAR", g.col(lambda: g.code("RCN-99999999-999")), "decoy", SHAPE),
        c("Udf1", N, "VARCHAR", g.col(g.pick(["Swim Kids 1", "Swim Kids 3", "Parent & Tot", ""])), "decoy", OPAQUE),
        c("Udf2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "can"), 0.4), OPAQUE, MISLEADING, ROLE),
    ])


def boulder_coaching(g: Gen) -> Table:
    """A Boulder (Colorado) endurance-coaching platform's athletes (snake case with abbreviations: ``ath_fnm``,
    ``ctc_ph``, ``addr_ln1``): names, birth date, phone, e-mail, home address, city, state (``none``), ZIP, the coach
    (few), power, weight, the Strava athlete id and the Garmin serial (``none``), the Stripe customer, the sign-up
    IP, the last workout, the plan SKU, the coach's notes naming people, the app version, ``src_crm_col17`` a phone,
    an e-mail or a name by row (``free_text``) and ``src_crm_col18`` a plan tier."""
    people = [v.person(g, ["us_mix", "ohio"]) for _ in range(g.rows)]
    towns = [g.rnd.choice(v.COLO_TOWNS) for _ in range(g.rows)]
    coaches = _staff(g, 5, lambda x: v.whole(x, "us_mix"))
    areas = {"CO": ["303", "720", "970"], "AZ": ["928"], "OR": ["541"], "MT": ["406"]}

    def note(i: int) -> str:
        return g.rnd.choice(["Build block: 3x20 at threshold, keep long run easy",
                             f"{people[i][0]} tweaked left achilles, swap run for bike",
                             f"Pacing {v.whole(g, 'us_mix')} at Leadville, taper adjusted",
                             "FTP test moved to Sunday", f"Wife {v.given(g, 'ohio')} due in March, lighter volume"])

    def mixed(i: int) -> str:
        a, b = people[i]
        r = g.rnd.random()
        if r < 0.4:
            return v.us_phone(g, areas[towns[i][1]], "national")
        if r < 0.75:
            return v.email_of(g, a, b, v.DOMAINS["US"])
        return f"{v.given(g, 'us_mix')} {b}"

    return Table("trailcoach.athletes", "en", "snake", [
        c("ath_id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("ath_fnm", "first_name", "VARCHAR", [a for a, _ in people], ABBREV),
        c("ath_lnm", "last_name", "VARCHAR", [b for _, b in people], ABBREV),
        c("ath_dob", "date_of_birth", "DATE", g.births(1958, 2006), ABBREV),
        c("ctc_ph", "phone", "VARCHAR", [v.us_phone(g, areas[t[1]], g.rnd.choice(["national", "e164", "dots"]))
                                         for t in towns], ABBREV),
        c("ctc_email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["US"]) for a, b in people], ABBREV),
        c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(100, 9900)} "
                                                         f"{g.rnd.choice(v.COLO_STREETS)}", 0.1), ABBREV),
        c("addr_city", "city", "VARCHAR", [t[0] for t in towns], ABBREV),
        c("addr_st", N, "VARCHAR", [t[1] for t in towns], "decoy", ABBREV),
        c("addr_zip", "postal_code", "VARCHAR", [t[2] + g.digits(2) for t in towns], ABBREV),
        c("coach_nm", "person_name", "VARCHAR", g.col(g.pick(coaches)), STAFF, ROLE, ABBREV),
        c("ftp_watts", N, "INTEGER", g.ints(140, 390, 0.2), "decoy"),
        c("weight_kg", N, "DOUBLE", g.floats(48, 98, 1), "decoy"),
        c("strava_ath_id", N, "BIGINT", g.ints(1_000_000, 140_000_000, 0.3), "decoy", SHAPE),
        c("garmin_sn", N, "VARCHAR", g.col(lambda: g.code("3999999999"), 0.25), "decoy", SHAPE),
        c("stripe_cus", N, "VARCHAR", g.col(lambda: v.token(g, "cus_", 14)), "decoy", TOKEN),
        c("signup_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.05)),
        c("last_wkt_at", N, "TIMESTAMP", g.moments("2025-09-01", "2025-10-31"), "decoy", EVENT, ABBREV),
        c("plan_sku", N, "VARCHAR", g.col(g.pick(["TC-ULTRA-16W", "TC-70.3-12W", "TC-MARA-18W", "TC-GRAVEL-8W"])),
          "decoy", PRODUCT),
        c("coach_notes", "free_text", "VARCHAR", [note(i) if g.rnd.random() < 0.6 else None for i in range(g.rows)]),
        c("app_ver", N, "VARCHAR", g.col(g.version), "decoy", VERSION),
        c("src_crm_col17", "free_text", "VARCHAR", [mixed(i) if g.rnd.random() < 0.7 else None
                                                    for i in range(g.rows)], PREFIXED, MIXED, OPAQUE),
        c("src_crm_col18", N, "VARCHAR", g.col(g.pick(["gold", "silver", "bronze", "trial"])), "decoy", PREFIXED,
          OPAQUE),
    ])


def christchurch_race(g: Gen) -> Table:
    """A Christchurch multisport race's entries (snake case): entry id, bib, timing chip, event and wave, the
    entrant's names, birth date as ``dd/mm/yyyy`` text, gender and age group, e-mail, mobile, suburb, city and
    postcode, the club (``none``), the emergency contact as ``name (relation) phone`` (``free_text``), medical
    conditions (mostly blank), T-shirt, finish time, fee and promo code."""
    people = [v.person(g, "nz") for _ in range(g.rows)]
    places = [g.rnd.choice(v.CHCH_SUBURBS) for _ in range(g.rows)]
    births = g.births(1950, 2009)

    def emergency(i: int) -> str:
        rel = g.rnd.choice(["partner", "wife", "husband", "mum", "dad", "friend", "sister"])
        return f"{v.given(g, 'nz')} {people[i][1]} ({rel}) {g.phone('NZ', g.rnd.choice(['national', 'e164']))}"

    return Table("raceday_chch.entries", "en", "snake", [
        c("entry_id", N, "BIGINT", g.keys(5_000_001), "decoy", KEY),
        c("bib_no", N, "INTEGER", g.keys(101), "decoy"),
        c("chip_id", N, "VARCHAR", g.col(lambda: "E280" + g.code("xxxxxxxxxxxxxxxxxxxx").upper()), "decoy", SHAPE),
        c("event_name", N, "VARCHAR", g.col(g.pick(["Port Hills 2-Day Multisport", "Sumner Half Marathon",
                                                    "Lincoln Duathlon Sprint", "Waimak Kids Tri"])), "decoy",
          PRODUCT),
        c("wave", N, "VARCHAR", g.col(g.pick(["A", "B", "C", "Elite"])), "decoy"),
        c("first_name", "first_name", "VARCHAR", [a for a, _ in people]),
        c("last_name", "last_name", "VARCHAR", [b for _, b in people]),
        c("dob", "date_of_birth", "VARCHAR", [d.strftime("%d/%m/%Y") for d in births], ABBREV, DOB_TEXT),
        c("gender", N, "VARCHAR", g.col(g.pick(["Female", "Male", "Non-binary"])), "decoy"),
        c("age_group", N, "VARCHAR", [f"{(2025 - d.year) // 5 * 5}-{(2025 - d.year) // 5 * 5 + 4}" for d in births],
          "decoy"),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["NZ"]) for a, b in people]),
        c("mobile", "phone", "VARCHAR", g.phones("NZ", {"national": 0.6, "e164": 0.25, "intl": 0.15}, null=0.05)),
        c("suburb", "city", "VARCHAR", [p[0] for p in places], LOCALITY),
        c("city", "city", "VARCHAR", g.col(g.pick(v.NZ_CITIES))),
        c("postcode", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("club", N, "VARCHAR", g.col(g.pick(["Christchurch Tri Club", "Port Hills Harriers", "Unattached",
                                              "Rolleston Running Club"])), "business"),
        c("emerg_contact", "free_text", "VARCHAR", [emergency(i) for i in range(g.rows)], MIXED, ROLE, ABBREV),
        c("medical_conditions", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            "Asthma", "Type 1 diabetes - carries glucose gel", "Heart stent 2021, cleared by GP",
            f"Penicillin allergy; GP Dr {v.family(g, 'nz')}"]), 0.82, ("", "nil", "None", "n/a", "NA")), NULLWORD),
        c("tshirt", N, "VARCHAR", g.col(g.pick(["XS", "S", "M", "L", "XL"])), "decoy"),
        c("finish_time", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(0, 9)}:{g.rnd.randint(0, 59):02d}:"
                                                     f"{g.rnd.randint(0, 59):02d}", 0.1), "decoy"),
        c("entry_fee", N, "DECIMAL(7,2)", g.amounts(25, 240), "decoy"),
        c("promo_code", N, "VARCHAR", g.col(g.pick(["EARLYBIRD", "CLUB10", "", "KIDSFREE"])), "decoy"),
    ])


def joburg_debit_orders(g: Gen) -> Table:
    """A Randburg (Johannesburg) health club group's debit-order collection file (fixed width, SCREAMING): contract
    number, the member's initials and surname, the South African ID number and the birth date it encodes (a
    ``YYYYMMDD`` number), cell number, e-mail, postal address, suburb and postal code (a number), the account holder,
    the bank account number (``unclassified``) and universal branch code (``none``), account type, amount, action
    date, the club branch and the sales consultant (few), the mandate reference (13 digits failing the ID check) and
    the unpaid reason."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "za", female)
        born = g.birth(1955, 2006)
        rows.append((a, b, born, v.za_id(g, born, female)))
    places = [g.rnd.choice(v.JHB_SUBURBS) for _ in range(g.rows)]
    consultants = _staff(g, 6, lambda x: v.whole(x, "za").upper())

    def holder(a: str, b: str) -> str:
        return g.rnd.choice([f"{a[0]} {b}", f"MR {a[0]} {b}", f"MS {a[0]} {b}", f"{a} {b}"]).upper()

    return Table("DEBITORD.MEMBER_COLLECTIONS", "en", "screaming", [
        c("CONTRACT_NO", N, "VARCHAR", [_pad(f"RB{i:07d}", 12) for i in range(300_001, 300_001 + g.rows)], "decoy",
          KEY, LEGACY, PADDED),
        c("MBR_INITIALS", "first_name", "VARCHAR", [_pad(r[0][0] + (" " + g.rnd.choice("AJMPST")
                                                                    if g.rnd.random() < 0.4 else ""), 5)
                                                    for r in rows], LEGACY, PADDED, ABBREV),
        c("MBR_SURNAME", "last_name", "VARCHAR", [_pad(r[1].upper(), 25) for r in rows], LEGACY, PADDED, ABBREV),
        c("ID_NUMBER", "national_id", "VARCHAR", [_pad(r[3], 13) for r in rows], LEGACY),
        c("BIRTH_DATE", "date_of_birth", "INTEGER", [_ymd(r[2]) for r in rows], LEGACY, INT_DATE),
        c("CELL_NO", "phone", "VARCHAR", g.col(lambda: _pad(g.phone("ZA", g.rnd.choice(["digits", "cc"])), 12)),
          LEGACY, PADDED, ABBREV),
        c("EMAIL_ADDR", "email", "VARCHAR", [_pad(v.email_of(g, r[0], r[1], v.DOMAINS["ZA"]).upper(), 40)
                                             for r in rows], LEGACY, PADDED, ABBREV),
        c("POSTAL_ADDR_1", "street_address", "VARCHAR", g.col(lambda: _pad(
            g.rnd.choice([f"{g.rnd.randint(1, 300)} {g.rnd.choice(v.JHB_STREETS)}",
                          f"PO BOX {g.rnd.randint(10, 9999)}",
                          f"UNIT {g.rnd.randint(1, 80)} {g.rnd.choice(['THE HILLS', 'KINGFISHER COURT'])}"]).upper(),
            35)),
          LEGACY, PADDED, ABBREV),
        c("SUBURB", "city", "VARCHAR", [_pad(p[0].upper(), 20) for p in places], LEGACY, PADDED, LOCALITY),
        c("POSTAL_CODE", "postal_code", "INTEGER", [int(p[1]) for p in places], LEGACY, NUMERIC),
        c("ACC_HOLDER", "person_name", "VARCHAR", [_pad(holder(r[0], r[1]), 30) for r in rows], LEGACY, PADDED,
          ROLE, ABBREV),
        c("BANK_ACC_NO", BANK_ACCOUNT, "VARCHAR", g.col(lambda: _pad(g.rnd.choice(["62", "40", "10", "15"])
                                                                     + g.digits(g.rnd.choice([8, 9])), 11)),
          BANK, LEGACY, PADDED, ABBREV),
        c("BRANCH_CODE", N, "VARCHAR", g.col(g.pick(["250655", "632005", "051001", "470010", "198765"])), "decoy",
          LEGACY),
        c("ACC_TYPE", N, "VARCHAR", g.col(g.pick(["1", "1", "2", "3"])), "decoy", LEGACY),
        c("DEBIT_AMT", N, "DECIMAL(9,2)", g.amounts(299, 1_299), "decoy", LEGACY),
        c("ACTION_DATE", N, "INTEGER", [_ymd(g.day("2025-09-01", "2025-10-31")) for _ in rows], "decoy", LEGACY,
          INT_DATE, EVENT),
        c("CLUB_BRANCH", N, "VARCHAR", g.col(g.pick(["RANDBURG   ", "FOURWAYS   ", "NORTHCLIFF ", "SOWETO     "])),
          "business", LEGACY, PADDED),
        c("SALES_CONSULTANT", "person_name", "VARCHAR", g.col(lambda: _pad(g.rnd.choice(consultants), 25)), STAFF,
          LEGACY, PADDED),
        c("MANDATE_REF", N, "VARCHAR", g.col(lambda: _failing(g, lambda: g.code("99") + g.digits(11),
                                                              v._zaid.is_valid)), "decoy", SHAPE, LEGACY),
        c("UNPAID_REASON", N, "VARCHAR", g.col(lambda: _pad(g.rnd.choice([""] * 3 + ["02 NOT PROVIDED FOR",
                                                                                     "04 PAYMENT STOPPED"]), 22)),
          "decoy", LEGACY, PADDED),
    ])


def bengaluru_cricket(g: Gen) -> Table:
    """A Bengaluru cricket academy's junior trainees (camel case): the trainee's name, birth date and age category,
    Aadhaar, the father's and mother's names, the parent's mobile and e-mail, the address line, locality, city and PIN
    code, the school (``none``), batting and bowling styles, the state association's registration number (``none``),
    the coach (few), the fee receipt and UPI reference (12 digits failing Verhoeff), the parent's PAN (mostly NULL)
    and ``code`` the mother's mobile."""
    kids = [v.person(g, "in", g.rnd.random() < 0.2) for _ in range(g.rows)]
    places = [g.rnd.choice(v.BLR_AREAS) for _ in range(g.rows)]
    coaches = _staff(g, 4, lambda x: v.whole(x, "in"))
    births = g.births(2008, 2018)
    return Table("cricket_blr.traineeRegistrations", "en", "camel", [
        c("traineeId", N, "VARCHAR", [f"KCA-{i:05d}" for i in range(1, g.rows + 1)], "decoy", KEY),
        c("traineeName", "person_name", "VARCHAR", [f"{a} {b}" for a, b in kids]),
        c("dateOfBirth", "date_of_birth", "DATE", births),
        c("ageCategory", N, "VARCHAR", [f"U-{((2026 - d.year) // 2 + 1) * 2}" for d in births], "decoy"),
        c("aadhaarNo", "national_id", "VARCHAR", g.col(lambda: _spaced_aadhaar(g), 0.1)),
        c("fatherName", "person_name", "VARCHAR", [f"{v.person(g, 'in', False)[0]} {b}" for _, b in kids], ROLE),
        c("motherName", "person_name", "VARCHAR", [f"{v.person(g, 'in', True)[0]} {b}" if g.rnd.random() < 0.7
                                                   else None for _, b in kids], ROLE),
        c("parentMobile", "phone", "VARCHAR", g.phones("IN", {"e164": 0.4, "national": 0.3, "digits": 0.3})),
        c("parentEmail", "email", "VARCHAR", [v.email_of(g, v.given(g, "in"), b, v.DOMAINS["IN"]) for _, b in kids]),
        c("addressLine", "street_address", "VARCHAR", g.col(lambda: g.rnd.choice([
            f"No. {g.rnd.randint(1, 999)}, {g.rnd.choice(v.BLR_STREETS)}",
            f"Flat {g.rnd.randint(101, 1204)}, {g.rnd.choice(['Prestige Lakeside', 'Sobha Daffodil'])}"
        ]))),
        c("locality", "city", "VARCHAR", [p[0] for p in places], LOCALITY),
        c("city", "city", "VARCHAR", g.col(g.pick(["Bengaluru"] * 6 + ["Mysuru", "Tumakuru"]))),
        c("pinCode", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("schoolName", N, "VARCHAR", g.col(g.pick(["National Public School", "Bishop Cotton Boys' School",
                                                    "Kendriya Vidyalaya", "Vidya Niketan"])), "business"),
        c("battingStyle", N, "VARCHAR", g.col(g.pick(["RHB", "RHB", "LHB"])), "decoy"),
        c("bowlingStyle", N, "VARCHAR", g.col(g.pick(["Right-arm medium", "Left-arm spin", "Off-break", "-"])),
          "decoy"),
        c("kscaRegNo", N, "VARCHAR", g.col(lambda: g.code("KSCA/J/2025/99999"), 0.3), "decoy", PERMIT, SHAPE),
        c("coachName", "person_name", "VARCHAR", g.col(g.pick(coaches)), STAFF, ROLE),
        c("feeReceiptNo", N, "VARCHAR", g.col(lambda: g.code("RCPT-99999")), "decoy"),
        c("upiTxnRef", N, "VARCHAR", g.col(lambda: _failing(g, lambda: g.rnd.choice("3456") + g.digits(11),
                                                            v._aadhaar.is_valid), 0.2), "decoy", SHAPE),
        c("parentPan", "national_id", "VARCHAR", [v.pan(g, b) if g.rnd.random() < 0.35 else None for _, b in kids],
          HEAVY),
        c("code", "phone", "VARCHAR", g.phones("IN", {"national": 0.5, "e164": 0.5}, null=0.3), OPAQUE, MISLEADING),
    ])


def _spaced_aadhaar(g: Gen) -> str:
    number = v.aadhaar(g)
    return f"{number[:4]} {number[4:8]} {number[8:]}" if g.rnd.random() < 0.5 else number


def _ru_coach(g: Gen) -> str:
    family, first, father, _ = v.ru_person(g, False)
    return f"{family} {first[0]}. {father[0]}."


# -- German (SAP), French, Spanish (COBOL), Italian, Polish, Japanese, Russian ----------------------------------------


def munich_sap(g: Gen) -> Table:
    """A Munich fitness-studio chain's SAP member master (``ZFIT.ZFIT_MITGL``, SAP's German abbreviations): client,
    member number, salutation, ``NACHN`` and ``VORNA``, ``GBDAT`` as ``DATS`` text, street and house number apart,
    ``PSTLZ``, ``ORT01``, country, landline (mostly empty) and mobile, e-mail, IBAN and account holder (``KOINH``),
    contract start, tariff, studio, the trainer by family name (few), ``ERNAM`` and ``ERDAT``, ``ZZFELD1`` a
    locker code and ``ZZFELD2`` an emergency phone."""
    people = [v.person(g, "de") for _ in range(g.rows)]
    places = [g.rnd.choice(v.MUC_AREAS) for _ in range(g.rows)]
    trainers = _staff(g, 5, lambda x: v.family(x, "de"))
    users = ["HUBERA", "WIMMERK", "REISCHLT"]

    def plz(lead: str) -> str:
        return lead + g.digits(5 - len(lead))

    return Table("ZFIT.ZFIT_MITGL", "de", "screaming", [
        c("MANDT", N, "VARCHAR", ["100"] * g.rows, "decoy", LEGACY),
        c("MITNR", N, "VARCHAR", [f"{i:010d}" for i in range(4_000_101, 4_000_101 + g.rows)], "decoy", KEY, LEGACY),
        c("ANRED", N, "VARCHAR", g.col(g.pick(["Herr", "Frau", "Frau", "Divers"])), "decoy", LEGACY),
        c("NACHN", "last_name", "VARCHAR", [b for _, b in people], LEGACY, ABBREV),
        c("VORNA", "first_name", "VARCHAR", [a for a, _ in people], LEGACY, ABBREV),
        c("GBDAT", "date_of_birth", "VARCHAR", [g.birth(1950, 2008).strftime("%Y%m%d") for _ in people], LEGACY,
          INT_DATE, ABBREV),
        c("STRAS", "street_address", "VARCHAR", g.col(g.pick(v.MUC_STREETS)), LEGACY, ABBREV),
        c("HSNMR", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 180)}"
                                                      f"{g.rnd.choice(['', '', 'a', 'b'])}"),
          LEGACY, ABBREV),
        c("PSTLZ", "postal_code", "VARCHAR", [plz(p[1]) for p in places], LEGACY, ABBREV),
        c("ORT01", "city", "VARCHAR", [p[0] for p in places], LEGACY, ABBREV),
        c("LAND1", N, "VARCHAR", g.col(g.pick(["DE"] * 9 + ["AT"])), "decoy", LEGACY),
        c("TELF1", "phone", "VARCHAR", g.phones("DE", {"national": 1.0}, 0.0, 0.6, ["89"], 10), HEAVY, LEGACY, ABBREV),
        c("TELF2", "phone", "VARCHAR", g.phones("DE", {"national": 0.5, "e164": 0.3, "intl": 0.2}, null=0.1), LEGACY,
          ABBREV),
        c("SMTP_ADDR", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["DE"]) for a, b in people], LEGACY),
        c("IBAN", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DE", g.rnd.random() < 0.3)), LEGACY),
        c("KOINH", "person_name", "VARCHAR", [f"{a} {b}" if g.rnd.random() < 0.85 else f"{v.given(g, 'de')} {b}"
                                              for a, b in people], LEGACY, ROLE, ABBREV),
        c("VTRBEG", N, "VARCHAR", [g.day("2016-01-01", "2025-10-31").strftime("%Y%m%d") for _ in people], "decoy",
          LEGACY, INT_DATE, EVENT),
        c("TARIF", N, "VARCHAR", g.col(g.pick(["BASIC24", "PREMIUM12", "STUDENT", "FIRMENFIT"])), "decoy", LEGACY),
        c("STUDIO", N, "VARCHAR", g.col(g.pick(["FIT-SCHWABING", "FIT-SENDLING", "FIT-PASING", "FIT-GARCHING"])),
          "business", LEGACY),
        c("TRAINER", "last_name", "VARCHAR", g.col(g.pick(trainers), 0.2), STAFF, LEGACY),
        c("ERNAM", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, AUDIT, LEGACY),
        c("ERDAT", N, "VARCHAR", [g.day("2016-01-01", "2025-10-31").strftime("%Y%m%d") for _ in people], "decoy",
          LEGACY, INT_DATE, EVENT),
        c("ZZFELD1", N, "VARCHAR", g.col(lambda: g.code("S9-999"), 0.3), "decoy", OPAQUE, LEGACY),
        c("ZZFELD2", "phone", "VARCHAR", g.phones("DE", {"national": 0.6, "e164": 0.4}, null=0.4), OPAQUE, MISLEADING,
          LEGACY),
    ])


def lyon_climbing(g: Gen) -> Table:
    """A Lyon climbing club's licence holders (French, camel case): member id, licence number (``none``), civility,
    ``nom``, ``prenom``, birth name (mostly NULL), birth date as ``dd/mm/yyyy`` text, birthplace, address and
    complement, postcode, town, mobile, e-mail, the person to notify and the emergency phone, the medical certificate's
    date and doctor, licence type, fee, the club's SIRET, ``champLibre1`` a belay grade and ``champLibre2`` a parent's
    e-mail for minors."""
    people = [v.person(g, "fr") for _ in range(g.rows)]
    births = g.births(1960, 2016)
    places = [g.rnd.choice(v.LYON_AREAS) for _ in range(g.rows)]
    club_siret = [v.fr_siret(g) for _ in range(2)]

    def cp(code: str) -> str:
        return code + str(g.rnd.randint(1, 9)) if len(code) == 4 else code

    return Table("escalade_lyon.licencies", "fr", "camel", [
        c("idAdherent", N, "INTEGER", g.keys(1_201), "decoy", KEY),
        c("numeroLicence", N, "VARCHAR", g.col(lambda: g.code("999999")), "decoy", PERMIT, SHAPE),
        c("civilite", N, "VARCHAR", g.col(g.pick(["M.", "Mme"])), "decoy"),
        c("nom", "last_name", "VARCHAR", [b.upper() if g.rnd.random() < 0.5 else b for _, b in people]),
        c("prenom", "first_name", "VARCHAR", [a for a, _ in people]),
        c("nomNaissance", "last_name", "VARCHAR", g.col(lambda: v.family(g, "fr"), 0.82), HEAVY),
        c("dateNaissance", "date_of_birth", "VARCHAR", [d.strftime("%d/%m/%Y") for d in births], DOB_TEXT),
        c("villeNaissance", "city", "VARCHAR", g.col(g.pick(v.FR_BIRTHPLACES), 0.15)),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 120)} "
                                                        f"{g.rnd.choice(v.LYON_STREETS)}")),
        c("complementAdresse", "street_address", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Bât. {g.rnd.choice('ABCD')}", f"Appt {g.rnd.randint(1, 60)}", "Résidence Les Tilleuls",
            f"{g.rnd.randint(1, 8)}e étage"]), 0.78, ("", "", "-")), NULLWORD),
        c("codePostal", "postal_code", "VARCHAR", [cp(p[1]) for p in places]),
        c("ville", "city", "VARCHAR", [p[0] for p in places]),
        c("telPortable", "phone", "VARCHAR", g.phones("FR", {"national": 0.6, "intl": 0.25, "e164": 0.15})),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["FR"]) for a, b in people]),
        c("personneAPrevenir", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "fr"), 0.1), ROLE),
        c("telUrgence", "phone", "VARCHAR", g.phones("FR", {"national": 0.8, "intl": 0.2}, null=0.1), ROLE),
        c("dateCertificatMedical", N, "DATE", g.days("2023-06-01", "2025-10-15", 0.2), "decoy", EVENT),
        c("medecinCertificat", "person_name", "VARCHAR", g.col(lambda: f"Dr {v.whole(g, 'fr')}", 0.25), ROLE),
        c("typeLicence", N, "VARCHAR", g.col(g.pick(["Adulte", "Jeune", "Famille", "Non pratiquant"])), "decoy"),
        c("cotisation", N, "DECIMAL(6,2)", g.amounts(95, 240), "decoy"),
        c("siretClub", N, "VARCHAR", g.col(g.pick(club_siret)), "business", CHECK),
        c("champLibre1", N, "VARCHAR", g.col(g.pick(["Passeport orange", "Passeport vert", "Autonome SAE", ""])),
          "decoy", OPAQUE),
        c("champLibre2", "email", "VARCHAR", [v.email_of(g, v.given(g, "fr"), b, v.DOMAINS["FR"])
                                              if d.year >= 2008 and g.rnd.random() < 0.9 else None
                                              for (_, b), d in zip(people, births)], OPAQUE, MISLEADING, HEAVY),
    ])


def valencia_handball(g: Gen) -> Table:
    """A Valencian handball federation's licence file (a COBOL copybook's fixed-width layout, hyphenated SCREAMING
    names): the licence number (a DNI shape with a wrong letter), season, name and both family names, NIF (DNI or
    NIE), birth date as a ``YYYYMMDD`` number, sex, domicile, postcode as a number, municipality, province, phone as a
    number (0 when missing), e-mail, the club and its CIF, category, the tutor's name and NIF for minors (blank for
    adults), the registration date and the federation clerk's user."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "es", female)
        rows.append((a, b, v.family(g, "es"), g.birth(1975, 2015)))
    towns = [g.rnd.choice(v.VLC_TOWNS) for _ in range(g.rows)]
    clubs = [("CLUB BALONMANO TORRENT", v.es_cif_club(g)), ("CH MISLATA", v.es_cif_club(g)),
             ("BM ELX", v.es_cif_club(g)), ("CLUB HANDBOL SAGUNT", v.es_cif_club(g)),
             ("BM VILA-REAL", v.es_cif_club(g))]
    club = [g.rnd.choice(clubs) for _ in range(g.rows)]
    minor = [r[3].year >= 2008 for r in rows]

    def nif() -> str:
        return v.es_nie(g) if g.rnd.random() < 0.15 else v.es_dni(g)

    def category(d: date) -> str:
        age = 2025 - d.year
        return "INFANTIL" if age < 14 else "CADETE" if age < 16 else "JUVENIL" if age < 18 else "SENIOR"

    return Table("FEDHANDBOL.LICENCIAS", "es", "screaming", [
        c("LIC-NUM-LICENCIA", N, "VARCHAR", g.col(lambda: _failing(g, lambda: g.digits(8) + g.rnd.choice(
            "TRWAGMYFPDXBNJZSQVHLCKE"), v._dni.is_valid)), "decoy", SHAPE, PERMIT, LEGACY),
        c("LIC-TEMPORADA", N, "VARCHAR", ["2025-26"] * g.rows, "decoy", LEGACY),
        c("LIC-NOMBRE", "first_name", "VARCHAR", [_pad(r[0].upper(), 20) for r in rows], LEGACY, PADDED),
        c("LIC-APELLIDO-1", "last_name", "VARCHAR", [_pad(r[1].upper(), 25) for r in rows], LEGACY, PADDED),
        c("LIC-APELLIDO-2", "last_name", "VARCHAR", [_pad(r[2].upper(), 25) for r in rows], LEGACY, PADDED),
        c("LIC-NIF", "national_id", "VARCHAR", g.col(lambda: _pad(nif(), 9), 0.05), LEGACY),
        c("LIC-FEC-NACIM", "date_of_birth", "INTEGER", [_ymd(r[3]) for r in rows], LEGACY, INT_DATE, ABBREV),
        c("LIC-SEXO", N, "VARCHAR", g.col(g.pick(["H", "M"])), "decoy", LEGACY),
        c("LIC-DOMICILIO", "street_address", "VARCHAR", g.col(lambda: _pad(
            f"{g.rnd.choice(v.VLC_STREETS)}, {g.rnd.randint(1, 140)}, {g.rnd.randint(1, 9)}º "
            f"{g.rnd.choice('ABCD')}".upper(), 40)), LEGACY, PADDED),
        c("LIC-COD-POSTAL", "postal_code", "INTEGER", [int(t[1] + g.digits(3)) for t in towns], LEGACY, NUMERIC,
          ABBREV),
        c("LIC-MUNICIPIO", "city", "VARCHAR", [_pad(t[0].upper(), 25) for t in towns], LEGACY, PADDED),
        c("LIC-PROVINCIA", N, "VARCHAR", [_pad(t[2].upper(), 12) for t in towns], "decoy", LEGACY, PADDED),
        c("LIC-TELEFONO", "phone", "BIGINT", [0 if g.rnd.random() < 0.15 else int(g.phone("ES", "digits"))
                                              for _ in rows], LEGACY, NUMERIC, ZERO),
        c("LIC-EMAIL", "email", "VARCHAR", [_pad(v.email_of(g, r[0], r[1], v.DOMAINS["ES"]) if g.rnd.random() < 0.85
                                                 else "", 40) for r in rows], LEGACY, PADDED),
        c("LIC-CLUB", N, "VARCHAR", [_pad(k[0], 30) for k in club], "business", LEGACY, PADDED),
        c("LIC-CIF-CLUB", N, "VARCHAR", [k[1] for k in club], "business", CHECK, LEGACY),
        c("LIC-CATEGORIA", N, "VARCHAR", [_pad(category(r[3]), 10) for r in rows], "decoy", LEGACY, PADDED),
        c("LIC-TUTOR-NOMBRE", "person_name", "VARCHAR", [_pad(f"{v.given(g, 'es')} {r[1]} {v.family(g, 'es')}".upper()
                                                              if m else "", 45) for r, m in zip(rows, minor)],
          LEGACY, PADDED, ROLE, NULLWORD),
        c("LIC-TUTOR-NIF", "national_id", "VARCHAR", [_pad(v.es_dni(g) if m and g.rnd.random() < 0.9 else "", 9)
                                                      for m in minor], LEGACY, PADDED, ROLE, NULLWORD),
        c("LIC-FEC-ALTA", N, "INTEGER", [_ymd(g.day("2025-07-01", "2025-10-31")) for _ in rows], "decoy", LEGACY,
          INT_DATE, EVENT),
        c("LIC-USU-ALTA", USERNAME, "VARCHAR", g.col(g.pick(["VLLORENS  ", "MGIMENO   ", "PCLIMENT  "])), USER,
          AUDIT, LEGACY, PADDED),
    ])


def bologna_gym(g: Gen) -> Table:
    """A Bologna gym's members (Italian, snake case): names, codice fiscale (encoding the row's name, birth date and
    comune), birth date and birthplace, sex, address, CAP, comune, province (``none``), mobile and home phone (mostly
    NULL), e-mail, the sports medical certificate's expiry and its doctor, the plan and monthly fee, the direct-debit
    IBAN (mostly NULL), the instructor by first name (few), the ASI card number and the gym's partita IVA (``none``),
    ``campo_libero_1`` a locker and ``campo_libero_2`` a parent's name for minors."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "it", female)
        born = g.birth(1960, 2013)
        where = g.rnd.choice(v.BO_TOWNS)
        rows.append((a, b, born, female, where, v.it_codice_fiscale(a, b, born, female, where[3])))
    places = [g.rnd.choice(v.BO_TOWNS) for _ in range(g.rows)]
    instructors = _staff(g, 5, lambda x: v.given(x, "it"))
    piva = [v.it_iva(g) for _ in range(2)]
    return Table("palestra_bologna.iscritti", "it", "snake", [
        c("id_iscritto", N, "INTEGER", g.keys(3_001), "decoy", KEY),
        c("nome", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("cognome", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("codice_fiscale", "national_id", "VARCHAR", [r[5] if g.rnd.random() < 0.92 else None for r in rows]),
        c("data_nascita", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("luogo_nascita", "city", "VARCHAR", [r[4][0] for r in rows]),
        c("sesso", N, "VARCHAR", ["F" if r[3] else "M" for r in rows], "decoy"),
        c("indirizzo", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.BO_STREETS)} "
                                                          f"{g.rnd.randint(1, 150)}"
                                                          + g.rnd.choice(["", "", "/2", "/B"]))),
        c("cap", "postal_code", "VARCHAR", [p[2] + g.digits(2) for p in places], ABBREV),
        c("comune", "city", "VARCHAR", [p[0] for p in places]),
        c("provincia", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("cellulare", "phone", "VARCHAR", g.phones("IT", {"national": 0.6, "intl": 0.2, "e164": 0.2})),
        c("telefono_casa", "phone", "VARCHAR", g.phones("IT", {"national": 1.0}, 0.0, 0.65, ["051"]), HEAVY),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["IT"]) for r in rows]),
        c("scadenza_certificato", N, "DATE", g.days("2025-06-01", "2026-10-31"), "decoy", EVENT),
        c("medico_certificatore", "person_name", "VARCHAR", g.col(lambda: f"Dott. {v.whole(g, 'it')}", 0.2), ROLE),
        c("abbonamento", N, "VARCHAR", g.col(g.pick(["Open mensile", "Annuale", "Corsi 10 ingressi", "Under 18"])),
          "decoy"),
        c("importo_mensile", N, "DECIMAL(6,2)", g.amounts(29, 79), "decoy"),
        c("iban_rid", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IT", g.rnd.random() < 0.4), 0.62), HEAVY),
        c("istruttore", "first_name", "VARCHAR", g.col(g.pick(instructors)), STAFF, ROLE),
        c("tessera_asi", N, "VARCHAR", g.col(lambda: g.code("ASI99999999")), "decoy", PERMIT, SHAPE),
        c("piva_palestra", N, "VARCHAR", g.col(g.pick(piva)), "business", CHECK),
        c("campo_libero_1", N, "VARCHAR", g.col(lambda: f"Armadietto {g.rnd.randint(1, 200)}", 0.4), "decoy",
          OPAQUE),
        c("campo_libero_2", "person_name", "VARCHAR", [f"{v.given(g, 'it')} {r[1]}" if r[2].year >= 2008 else None
                                                       for r in rows], OPAQUE, MISLEADING, ROLE, HEAVY),
    ])


def krakow_academy(g: Gen) -> Table:
    """A Kraków football academy's junior players (Polish, camel case): first, second and family name, PESEL (the
    row's birth date and sex), birth date and birthplace, street, house and flat numbers apart, postcode, town, the
    guardian's name, phone and e-mail, team, coach (few), the federation licence number (11 digits failing PESEL),
    monthly fee, the club's NIP, ``poleDod1`` a boot size and ``poleDod2`` a second guardian's phone."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.15
        a, b = v.person(g, "pl", female)
        born = g.birth(2009, 2019)
        rows.append((a, b, born, female, v.pesel(g, born, female)))
    places = [g.rnd.choice(v.KRK_AREAS) for _ in range(g.rows)]
    coaches = _staff(g, 5, lambda x: v.whole(x, "pl"))
    nip = v.pl_nip(g)
    return Table("akademia_krakow.zawodnicy", "pl", "camel", [
        c("idZawodnika", N, "INTEGER", g.keys(501), "decoy", KEY),
        c("imie", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("drugieImie", "first_name", "VARCHAR", [v.person(g, "pl", r[3])[0] if g.rnd.random() < 0.4 else None
                                                  for r in rows], HEAVY),
        c("nazwisko", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("pesel", "national_id", "VARCHAR", [r[4] for r in rows]),
        c("dataUrodzenia", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("miejsceUrodzenia", "city", "VARCHAR", g.col(g.pick(v.PL_BIRTHPLACES))),
        c("ulica", "street_address", "VARCHAR", g.col(g.pick(v.KRK_STREETS))),
        c("nrDomu", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 150)}"
                                                       f"{g.rnd.choice(['', '', 'A'])}")),
        c("nrLokalu", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 90)), 0.6), HEAVY),
        c("kodPocztowy", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(3)}" for p in places]),
        c("miejscowosc", "city", "VARCHAR", [p[0] for p in places]),
        c("opiekunImieNazwisko", "person_name", "VARCHAR", [f"{v.given(g, 'pl')} {r[1]}" for r in rows], ROLE),
        c("opiekunTelefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.5, "intl": 0.3, "e164": 0.2}), ROLE),
        c("opiekunEmail", "email", "VARCHAR", [v.email_of(g, v.given(g, "pl"), r[1], v.DOMAINS["PL"]) for r in rows],
          ROLE),
        c("druzyna", N, "VARCHAR", [f"Orlik {r[2].year}" if r[2].year >= 2015 else f"Junior {r[2].year}"
                                    for r in rows], "decoy"),
        c("trener", "person_name", "VARCHAR", g.col(g.pick(coaches)), STAFF, ROLE),
        c("nrLicencjiPzpn", N, "VARCHAR", g.col(lambda: _failing(g, lambda: g.rnd.choice(["09", "12", "13", "15"])
                                                                 + g.digits(9), v._pesel.is_valid)),
          "decoy", PERMIT, SHAPE),
        c("skladka", N, "DECIMAL(6,2)", g.col(g.pick([180.0, 200.0, 220.0, 250.0])), "decoy"),
        c("nipKlubu", N, "VARCHAR", [nip] * g.rows, "business", CHECK),
        c("poleDod1", N, "VARCHAR", g.col(lambda: str(g.rnd.randint(30, 44)), 0.3), "decoy", OPAQUE),
        c("poleDod2", "phone", "VARCHAR", g.phones("PL", {"national": 0.7, "e164": 0.3}, null=0.45), OPAQUE,
          MISLEADING),
    ])


def saitama_swim(g: Gen) -> Table:
    """A Saitama swimming school's member ledger (Japanese column names): member number, name in kanji and in
    katakana, birth date, sex, postcode, address, home phone, the guardian's name and mobile, e-mail, course and grade,
    the coach by family name (few), joining date, monthly fee, the account holder in katakana, the operating company's
    corporate number (``none``), ``予備1`` a bus stop and ``予備2`` an emergency phone."""
    kids = [(g.rnd.choice(v.JP_FAMILY), g.rnd.choice(v.JP_GIVEN[:10])) for _ in range(g.rows)]
    parents = [(k[0], g.rnd.choice(v.JP_GIVEN[10:])) for k in kids]
    places = [g.rnd.choice(v.SAITAMA) for _ in range(g.rows)]
    coaches = _staff(g, 4, lambda x: x.rnd.choice(v.JP_FAMILY)[0])
    corp = [v.jp_corporate(g) for _ in range(2)]
    return Table("浦和スイミング.会員台帳", "ja", "native", [
        c("会員番号", N, "VARCHAR", [f"S{i:06d}" for i in range(10_001, 10_001 + g.rows)], "decoy", KEY),
        c("氏名", "person_name", "VARCHAR", [f"{k[0][0]} {k[1][0]}" for k in kids]),
        c("氏名カナ", "person_name", "VARCHAR", [f"{k[0][1]} {k[1][1]}" for k in kids]),
        c("生年月日", "date_of_birth", "DATE", g.births(2010, 2021)),
        c("性別", N, "VARCHAR", g.col(g.pick(["男", "女"])), "decoy"),
        c("郵便番号", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(4)}" for p in places]),
        c("住所", "street_address", "VARCHAR", [f"{p[0]}{g.rnd.choice(v.SAITAMA_CHOME)}{g.rnd.randint(1, 5)}-"
                                               f"{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)}" for p in places]),
        c("電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 1.0}, 0.0, 0.45,
                                                  ["482", "483", "486", "487", "488"])),
        c("保護者氏名", "person_name", "VARCHAR", [f"{p[0][0]} {p[1][0]}" for p in parents], ROLE),
        c("保護者携帯", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "e164": 0.2}), ROLE),
        c("メールアドレス", "email", "VARCHAR", [f"{v.JP_ROMAJI[p[0][0]]}.{g.digits(4)}@"
                                                f"{g.rnd.choice(v.DOMAINS['JP'])}" for p in parents]),
        c("コース", N, "VARCHAR", g.col(g.pick(["ベビー", "幼児", "ジュニア", "選手育成"])), "decoy"),
        c("級", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 25)}級"), "decoy"),
        c("担当コーチ", "last_name", "VARCHAR", g.col(g.pick(coaches)), STAFF, ROLE),
        c("入会日", N, "DATE", g.days("2018-04-01", "2025-10-31"), "decoy", EVENT),
        c("月謝", N, "INTEGER", g.col(g.pick([6_600, 7_150, 7_700, 8_800])), "decoy"),
        c("口座名義カナ", "person_name", "VARCHAR", [f"{p[0][1]} {p[1][1]}" for p in parents], ROLE),
        c("法人番号", N, "VARCHAR", g.col(g.pick(corp)), "business", CHECK),
        c("予備1", N, "VARCHAR", g.col(g.pick(["浦和駅西口", "北浦和駅", "中浦和", ""]), 0.3), "decoy", OPAQUE),
        c("予備2", "phone", "VARCHAR", g.phones("JP", {"national": 1.0}, null=0.6), OPAQUE, MISLEADING, HEAVY),
    ])


def yekaterinburg_hockey(g: Gen) -> Table:
    """A Yekaterinburg youth ice-hockey school's pupils (Russian, Cyrillic column names): family name, given name and
    patronymic, birth date, SNILS (``ssn``), the OMS policy and the birth certificate (``national_id``), address, town,
    postcode, the parent's name, phone, e-mail, passport and personal INN (mostly NULL), the coach (few), group,
    position, jersey number, the school's INN (``none``), ``доп_поле_1`` a skate size and ``доп_поле_2`` the second
    parent's e-mail."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.1
        rows.append(v.ru_person(g, female))
    parents = [v.ru_person(g, g.rnd.random() < 0.6) for _ in range(g.rows)]
    coaches = _staff(g, 5, _ru_coach)
    school_inn = v.ru_inn_company(g)

    def birth_cert() -> str:
        return f"{g.rnd.choice(['I', 'II', 'III', 'IV', 'V'])}-{g.rnd.choice(['АИ', 'ВЕ', 'ПО', 'ЖТ'])} {g.digits(6)}"

    def mail(latin: str) -> str:
        return f"{latin}{g.rnd.randint(1, 99)}@{g.rnd.choice(v.DOMAINS['RU'])}"

    return Table("хоккей_екб.воспитанники", "ru", "snake", [
        c("ид", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("фамилия", "last_name", "VARCHAR", [r[0] for r in rows]),
        c("имя", "first_name", "VARCHAR", [r[1] for r in rows]),
        c("отчество", "person_name", "VARCHAR", [r[2] for r in rows]),
        c("дата_рождения", "date_of_birth", "DATE", g.births(2009, 2019)),
        c("снилс", "ssn", "VARCHAR", g.col(lambda: v.snils(g), 0.1)),
        c("полис_омс", "national_id", "VARCHAR", g.col(lambda: "66" + g.digits(14), 0.15)),
        c("свидетельство_о_рождении", "national_id", "VARCHAR", g.col(birth_cert, 0.2)),
        c("адрес", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.EKB_STREETS)}, д. "
                                                      f"{g.rnd.randint(1, 120)}, кв. {g.rnd.randint(1, 300)}")),
        c("город", "city", "VARCHAR", g.col(g.pick(v.EKB_TOWNS))),
        c("индекс", "postal_code", "VARCHAR", g.col(lambda: "620" + g.digits(3))),
        c("фио_родителя", "person_name", "VARCHAR", [f"{p[0]} {p[1]} {p[2]}" for p in parents], ROLE),
        c("телефон_родителя", "phone", "VARCHAR", g.phones("RU", {"national": 0.5, "e164": 0.3, "intl": 0.2}), ROLE),
        c("email_родителя", "email", "VARCHAR", [mail(p[3]) for p in parents], ROLE),
        c("паспорт_родителя", "national_id", "VARCHAR", g.col(lambda: f"65{g.digits(2)} {g.digits(6)}", 0.3), ROLE),
        c("инн_родителя", "national_id", "VARCHAR", g.col(lambda: v.ru_inn_person(g), 0.65), ROLE, HEAVY),
        c("тренер", "person_name", "VARCHAR", g.col(g.pick(coaches)), STAFF, ROLE),
        c("группа", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(2009, 2019)} г.р."), "decoy"),
        c("амплуа", N, "VARCHAR", g.col(g.pick(["нападающий", "защитник", "вратарь"])), "decoy"),
        c("номер_на_свитере", N, "INTEGER", g.ints(1, 99), "decoy"),
        c("инн_школы", N, "VARCHAR", [school_inn] * g.rows, "business", CHECK),
        c("доп_поле_1", N, "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 12)), 0.3), "decoy", OPAQUE),
        c("доп_поле_2", "email", "VARCHAR", [mail(v.ru_person(g, True)[3]) if g.rnd.random() < 0.4 else None
                                             for _ in rows], OPAQUE, MISLEADING, HEAVY),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (leeds_swim, 620), (ohio_racquet, 480), (melbourne_access, 1_500), (ottawa_programs, 700),
    (boulder_coaching, 540), (christchurch_race, 900), (joburg_debit_orders, 800), (bengaluru_cricket, 450),
    (munich_sap, 650), (lyon_climbing, 420), (valencia_handball, 560), (bologna_gym, 520), (krakow_academy, 380),
    (saitama_swim, 480), (yekaterinburg_hockey, 360),
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
