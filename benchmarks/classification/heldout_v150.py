"""Held-out set v150 for the column classifier: 14 tables of *electricity, water and gas suppliers and network
operators* (customer accounts and contracts, smart meter installations, move-in and move-out requests, arrears and
payment plans, social tariffs, hardship funds and vulnerability registers (priority services, life support), field
visits and outage reports, solar feed-in contracts), one system per table and each a different organisation in a
different country, seven with English column names and seven in other languages:

* ``nore_energy.priority_services_register``: a Kilkenny electricity and gas supplier's Priority Services Register
  (snake case: PPSN, MPRN and GPRN, the birth date as DATE, a landline and an ``address_line_2`` mostly NULL,
  Eircodes, priority-services categories, the nominee who receives bills and their phone, carer agencies,
  correspondence references written like a PPSN and failing its check, the agents who registered, ``misc_1`` holding
  personal data, notes naming daughters, nurses and neighbours mostly ``nil``);
* ``hunterEnergy.lifeSupportRegistrations``: a Newcastle (NSW) electricity retailer's life support registrations
  (camel case: NMIs, ISO birth dates, suburbs, the patient (the account holder or someone of the household), the
  equipment, the certifying medical practitioner, the practice and its phone, the Centrelink CRN of a concession
  card, a secondary contact mostly NULL, the distributor's ABN, clerks written ``K. Bancroft``, ``customField2``
  holding codes only);
* ``TamarWater.HardshipFundAwards``: a Plymouth water company's customer assistance fund awards (Pascal case:
  National Insurance numbers, the birth date split into ``DobDay``, ``DobMonth`` and ``DobYear``, ``AddressLine2``
  mostly NULL, benefits, debts and awards, advice agencies with their phones and the adviser, the sort code and the
  account number, ``AssessedBy`` and ``ApprovedBy``, ``Udf3`` holding personal data, case notes naming people);
* ``sdb_hydro.otg_rpt_dtl``: a Sudbury electricity distributor's outage reports (abbreviated: ``cust_fnm``,
  ``ctc_ph``, ``cbk_ph`` mostly NULL, ``addr_ln1``, ``addr_ln2`` a unit mostly NULL, ``cty``, ``pstl_cd``, account
  numbers of nine digits failing the SIN's Luhn check, outage events, transformers and their coordinates, a medical
  device flag, crews and crew leaders, report IPs, ``udf3`` codes only, ``cmnt`` naming neighbours, the last editor's
  login);
* ``OCMEMC.PAYARR-EXTRACT``: a middle Georgia electric membership corporation's payment arrangements, a COBOL extract
  (legacy: padded CHAR, hyphenated names, the middle initial, SSN and phones as numbers with 0 for missing, the birth
  date and the arrangement's dates as ``YYYYMMDD`` integers, ZIP as a number, a lot number mostly blank, arrangement
  numbers of nine digits beginning with 9 (never an SSN), a co-signer mostly blank, a card kept in clear, the drafting
  bank, clerks, ``PA-USER-FLD-2`` holding personal data, ``PA-USER-FLD-3`` codes, remarks naming wives and sons);
* ``stg_enugu_disco.src_vend_raw``: an Enugu electricity distribution company's prepaid vending and customer
  enumeration feed landed as an opaque staging table (``col01`` to ``col20``: meter numbers, the customer's name
  written ``Chinedu Okafor`` or ``OKAFOR Chinedu``, phones, NIN, the address and its layout, e-mails, amounts, STS
  tokens, units, vendors, masked cards, IPs, tariff bands, feeders, ``col19`` a phone, an e-mail or a name by row,
  row hashes);
* ``sugbo_power_app.service_requests_flat``: a Cebu electric distribution utility's customer app service requests
  (new connections, move-in, move-out, outages, reconnections) flattened from JSON to dotted keys
  (``applicant.name.middle`` the mother's maiden surname, ``applicant.birth_date`` as ISO text,
  ``applicant.valid_id.number`` holding UMID, driving licence, PhilSys, passport and TIN numbers by
  ``applicant.valid_id.type``, barangays, the landlord of renters and their mobile mostly NULL, the nearest pole's
  coordinates, offices and their phones, ``meta.ip``, ``meta.custom2``, ``staff.dispatcher``);
* ``swn_kassel.smgw_einbautermine``: a Kassel municipal metering operator's smart meter gateway installation
  appointments (German: the birth name mostly NULL, ``dd.mm.yyyy`` birth dates, ``strasse`` and ``hausnummer``
  apart, meter numbers, Messlokation ids, gateway serials and firmware, case numbers of eleven digits failing the
  Steuer-ID's check, the landlord and their phone for rented flats, installation firms, fitters, ``zusatzfeld_2``,
  access notes naming neighbours and caretakers);
* ``AGUAS_AXARQUIA.ALTAS_BAJAS_SUMINISTRO``: a Vélez-Málaga water company's move-in, move-out and change-of-holder
  requests (Spanish in SCREAMING case: two family names, DNI and NIE, ``dd/mm/yyyy`` birth dates, cadastral
  references, meters and readings, the direct-debit IBAN and its holder written ``RUIZ GAMEZ, ANTONIO``, the owner of
  rented homes mostly NULL, the community administrator's CIF, file numbers written like a DNI with a wrong letter,
  offices, clerks, ``CAMPO_LIBRE_1`` codes, ``CAMPO_LIBRE_2`` personal data, remarks naming heirs and owners);
* ``levante_energia.rateizzazioni_morosita``: a Bari gas and electricity retailer's arrears payment plans
  (Italian: codice fiscale encoding the name, birth date, sex and comune of birth, the comune of birth, PDR and POD,
  PEC addresses mostly NULL, amounts, instalments, the social bonus, the direct-debit IBAN and its holder, sales
  companies and their partita IVA, operators, ``campo_libero_2`` codes only, notes naming sons and nieces);
* ``fve_hana.smlouvy_vykup_elektriny``: an Olomouc energy trader's feed-in contracts with rooftop solar owners
  (Czech: feminine family names, rodné číslo encoding the birth date and sex, ``d.m.yyyy`` birth dates, ``ulice``
  and ``cislo_popisne`` apart, EAN supply points with their GS1 check digit, the payout account as a domestic
  account number, a co-owner mostly NULL, installers and their IČO, contract numbers written like a birth number
  whose month cannot exist, ``doplnkove_pole_2``);
* ``lulea_elnat.avbrottsersattning``: a Luleå electricity network's outage compensation claims (Swedish: twelve-digit
  personnummer encoding the birth date, anläggnings-id with their GS1 check digit, outage start and end, the payout
  method, clearing and account numbers, the contact person of an estate mostly NULL, case numbers written
  ``YYMMDD-NNNN`` failing the Luhn check, case handlers, ``extra_falt_1`` codes only, notes);
* ``杜の都ガス.保安点検記録``: a Sendai city gas supplier's periodic safety inspection visits (Japanese column names
  and values: the contract holder in kanji and katakana, birth dates in the era calendar (``昭和58年4月12日``),
  building and room apart, the person present at the visit and their relation, supply point numbers, gas meters,
  inspection results, reception numbers of twelve digits failing My Number's check, inspectors, contractors and
  their phones, ``予備項目1`` codes only, remarks naming daughters and neighbours);
* ``ύδρευση_θεσσαλονίκης.ρυθμίσεις_οφειλών``: a Thessaloniki water company's arrears settlements with the social
  tariff and vulnerability categories (Greek column names and values: ``πατρώνυμο``, ΑΦΜ, ΑΜΚΑ encoding the birth
  date, ``dd/mm/yyyy`` birth dates, ``οδός`` and ``αριθμός`` apart, districts, a landline mostly NULL, supply numbers
  of nine digits failing the ΑΦΜ check, the IBAN half NULL, shops, clerks, ``πρόσθετο_πεδίο_2``, remarks naming sons
  and landladies).

Written **blind**: by someone who has read neither the classifier (``governance_dagster/detect/``) nor its
documentation, tests, changelog, history or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (the parts of ``heldout_v2_accuracy.py`` where v149 is registered, read and edited, never
run), v98's value module (its head, its phone maker and its name helpers; v98's set module and test were not opened)
as the model of the random source, v146's module (its docstring, constants, helpers and several table builders) and
its test as the model of this set and its test, ``tests/heldout_support.py``,
the ``Column``/``Table`` classes of v2 and the writer and summary of v4, the module docstrings of v147, v148 and v149
in full and of the earlier utility sets (v68, v81 and v140, which had electricity, gas, water and district-heating
systems: every organisation and town here is new, and v140's and v81's docstrings were read in full to follow their
labels for supply points, meters and vulnerability data), the other sets' docstrings searched only for this domain's
words, the ruff section of ``pyproject.toml`` and the sources of python-stdnum and phonenumbers. One slip: the head of
v146's *value* module (its ``Gen`` class) and the list of its function names were printed, though only v146's set
module was named as a model; nothing of its lists was used. No ``ruff format`` was run. The classifier was not run on
this set while it was written, no scorer was run on it, and no score was looked at (the test builds the set through
the scorer's ``SETS`` entry, as v146's test does, and never classifies).

Labeling choices a reader may question:

* a PPSN, a US SSN, a UK National Insurance number and a Greek ΑΜΚΑ are ``ssn``; the Centrelink CRN, the Nigerian
  NIN, the Philippine documents (UMID, driving licence, PhilSys, passport, TIN: several types in one column, tag
  ``multi_document``), DNI and NIE, codice fiscale, rodné číslo, personnummer and a personal ΑΦΜ are
  ``national_id``; the NI number, the CRN, the NIN and the Philippine documents have no check computed here and are
  generated by shape only;
* supply points (MPRN, GPRN, NMI, Messlokation, PDR, POD, EAN, anläggnings-id, Japanese supply point numbers, Greek
  supply numbers), meters and gateway serials are ``none`` (tags ``supply_point``, ``meter``: they name a place of the
  network or a device, as v68, v81 and v140 labeled them); account, arrangement, application, case, file, contract,
  correspondence and reception numbers, cadastral references, STS tokens, transaction references, hashes, firmware and
  app versions are ``none`` (tag ``decoy``, ``value_shape`` when shaped like an identifier: nine of them fail the check
  of the personal number they look like: PPSN, SSN, SIN (Luhn), Steuer-ID, DNI, rodné číslo, personnummer, My Number,
  ΑΦΜ); transformer and pole coordinates are ``none`` (tag ``coordinates``: places of the network); a masked card is
  ``none`` (tag ``partial``);
* priority-services and vulnerability categories, life-support equipment and medical-device flags written as a few
  words or a flag (``Life support - oxygen concentrator``, ``CPAP``, ``Μηχανική υποστήριξη ζωής``) are ``none`` (tag
  ``health_answer``: no kind fits a health category, as v149 labeled health answers); notes naming people are
  ``free_text``;
* carer agencies, practices, advice agencies, vendors, offices, installation firms, sales companies, contractors,
  shops and the drafting bank, with their phones and their ABN, CIF, partita IVA and IČO (passing their checks, tag
  ``check_digit``), are ``none`` (tag ``business``);
* agents, clerks, assessors and approvers, crew leaders, dispatchers, fitters, operators, case handlers, inspectors
  and shop clerks are staff (``person_name``, tag ``staff``, 2 to 8 distinct); a nominee, a patient on life support,
  the certifying medical practitioner, a secondary contact, an agency's adviser (as v81 labeled advisers of advice
  centres), a co-signer, a landlord or owner, an account holder, a co-owner, the contact person of an estate and the
  person present at an inspection are personal (tag ``role_word``);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); custom
  fields holding codes only are ``none`` (tags ``decoy`` and ``custom_plain``);
* a middle initial and a Greek ``πατρώνυμο`` are ``first_name``; a Filipino middle name (the mother's maiden surname,
  as v147 labeled it), a second Spanish family name and a German ``geburtsname`` are ``last_name``; names written
  ``SURNAME SURNAME, GIVEN``, ``OKAFOR Chinedu``, in kanji with the family name first and in katakana are
  ``person_name``;
* a suburb, an Enugu layout, a barangay and a Thessaloniki district are ``city`` (tag ``locality``), as is a comune of
  birth; a state is ``none``; a unit, a lot number, a house number (``hausnummer``, ``cislo_popisne``, ``αριθμός``)
  and a building with its room (``建物名``) are ``street_address`` (tag ``split_address``); the supply address of a
  household is ``street_address``;
* dates of birth as DATE, as ISO, ``dd/mm/yyyy``, ``dd.mm.yyyy`` and ``d.m.yyyy`` text, in the Japanese era calendar,
  as ``YYYYMMDD`` integers (0 for missing) and split into day, month and year integers (each part ``date_of_birth``,
  tag ``split_dob``) are ``date_of_birth``; report, outage, appointment, installation, connection, inspection,
  registration, notice and arrangement dates are ``none``;
* a card kept in clear by a payment-arrangement module is ``credit_card``; Spanish, Italian and Greek IBANs are
  ``iban``; a UK account number, a Czech domestic account and a Swedish ``kontonummer`` are ``unclassified`` (tag
  ``bank_account``, as earlier sets labeled domestic accounts) and a sort code and a clearing number ``none``; an
  editor's login is ``unclassified`` (tag ``username``); report and app IPs are ``ip_address``.

``null_heavy`` means 70-95% NULL, ``nullword_heavy`` 70-95% NULL words or empty (or blank padded) strings; rows per
table: 300 to 600. Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its
builder) with python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v150_values`, written for v150 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v150 [PATH]`` (default ``/tmp/heldout_v150.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v150``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from stdnum.ca import sin as _sin

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v150_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v150_values import NULLISH, SEED, UNCLASSIFIED, Gen, N, c

__all__ = [
    "BUILDERS",
    "DEFAULT_PATH",
    "NULLISH",
    "SEED",
    "UNCLASSIFIED",
    "Column",
    "Gen",
    "Table",
    "build",
    "labels",
    "summary",
    "tables",
]

DEFAULT_PATH = Path("/tmp/heldout_v150.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words or empty strings
HEAVY = "null_heavy"  # 70-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # agents, clerks, approvers, crews, fitters, inspectors (2 to 8 distinct)
ROLE = "role_word"  # a role word (nominee, carer, landlord, co-signer, account holder, witness ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PLAIN = "custom_plain"  # an opaque custom field holding codes only (none)
SPLIT_ADDR = "split_address"  # a part of an address in its own column (street_address)
SPLIT_DOB = "split_dob"  # a part of a date of birth in its own column (date_of_birth)
LOCALITY = "locality"  # a barangay, an Enugu layout, a district of a town (city)
COORD = "coordinates"
PARTIAL = "partial"  # a masked card number
MULTI_DOC = "multi_document"  # identity documents of several types in one column (national_id)
BANK = "bank_account"  # a domestic bank account (unclassified)
USERNAME = "username"  # a login (unclassified)
CHECK = "check_digit"  # a business number passing its check
SUPPLY = "supply_point"  # MPRN, NMI, CUPS, POD, PDR, EAN, anläggnings-id, Messlokation (none)
METER = "meter"  # a meter's or a gateway's serial (none)
HEALTH = "health_answer"  # a priority-services or vulnerability category naming no one (none)


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "none", "NULL") + extra


def _custom(g: Gen, region: str, lang: str, null: float = 0.3) -> list[str | None]:
    """An opaque custom field: by row a phone, an e-mail or a name (or NULL)."""

    def one() -> str:
        r = g.rnd.random()
        if r < 0.42:
            return g.phone(region, g.rnd.choice(["national", "e164"]))
        if r < 0.72:
            return v.email_of(g, *v.person(g, lang), v.DOMAINS[lang])
        return v.whole(g, lang)

    return g.col(one, null)


def _codes(g: Gen, codes: list[str], null: float = 0.35) -> list[str | None]:
    """An opaque custom field holding codes only."""
    return g.col(g.pick(codes), null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _eircode(g: Gen, routing: str) -> str:
    letters = "ACDEFHKNPRTVWXY"
    return f"{routing} {g.digits(1, letters)}{g.digits(3, letters + '0123456789')}"


# -- English-named tables ----------------------------------------------------------------------------------------------


def ie_priority_register(g: Gen) -> Table:
    """A Kilkenny electricity and gas supplier's Priority Services Register (snake case)."""
    rows = []
    for _ in range(g.rows):
        first, last = v.person(g, "ie")
        place = g.rnd.choice(v.IE_PLACES)
        rows.append((first, last, g.birth(1931, 1990), v.email_of(g, first, last, v.DOMAINS["ie"]), place))
    agents = v.staff(g, 4, "ie")
    categories = [
        "Life support - oxygen concentrator",
        "Life support - home dialysis",
        "Medically vulnerable - chronic illness",
        "Visual impairment",
        "Hearing impairment",
        "Over 66 living alone",
        "Limited mobility",
        "Communication difficulties",
    ]

    def note() -> str:
        return g.rnd.choice(
            [
                f"Daughter {v.given(g, 'ie', True)} to be rung first if outage planned",
                "Large print bills requested",
                f"Spoke with PHN {v.whole(g, 'ie', True)} re concentrator backup",
                "Prefers calls after 11am",
                f"Son-in-law {v.whole(g, 'ie', False)} has keys, lives next door",
            ]
        )

    return Table(
        "nore_energy.priority_services_register",
        "en",
        "snake",
        [
            c("psr_id", N, "BIGINT", g.keys(40_001), "decoy", KEY),
            c("account_no", N, "VARCHAR", g.col(lambda: "87" + g.digits(8)), "decoy", SHAPE),
            c("mprn", N, "VARCHAR", g.col(lambda: "10" + g.digits(9)), "decoy", SUPPLY, SHAPE),
            c("gprn", N, "VARCHAR", g.col(lambda: g.digits(7), 0.55), "decoy", SUPPLY, SHAPE),
            c("first_name", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("surname", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("date_of_birth", "date_of_birth", "DATE", [r[2] for r in rows]),
            c("ppsn", "ssn", "VARCHAR", g.col(lambda: v.ie_pps(g), 0.12)),
            c("mobile", "phone", "VARCHAR", g.phones("IE", {"national": 0.7, "e164": 0.2, "intl": 0.1}, 1.0, 0.1)),
            c("landline", "phone", "VARCHAR", g.phones("IE", {"national": 1.0}, 0.0, 0.78), HEAVY),
            c("email", "email", "VARCHAR", [r[3] if g.rnd.random() < 0.7 else None for r in rows]),
            c("address_line_1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IE_STREETS, "ie"))),
            c(
                "address_line_2",
                "street_address",
                "VARCHAR",
                g.col(lambda: g.rnd.choice(["Apt ", "Flat ", "No. "]) + str(g.rnd.randint(1, 40)), 0.82),
                SPLIT_ADDR,
                HEAVY,
            ),
            c("town", "city", "VARCHAR", [r[4][0] for r in rows]),
            c("eircode", "postal_code", "VARCHAR", [_eircode(g, r[4][1]) for r in rows]),
            c("psr_category", N, "VARCHAR", g.col(g.pick(categories)), "decoy", HEALTH),
            c("nominee_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ie"), 0.55), ROLE),
            c("nominee_phone", "phone", "VARCHAR", g.phones("IE", {"national": 1.0}, 0.9, 0.55), ROLE),
            c("carer_agency", N, "VARCHAR", g.col(g.pick(v.IE_AGENCIES), 0.5), "business"),
            c("correspondence_ref", N, "VARCHAR", g.col(lambda: v.pps_decoy(g)), "decoy", SHAPE),
            c("registered_by", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF),
            c("registered_on", N, "DATE", g.days("2019-01-01", "2025-11-28"), "decoy"),
            c("misc_1", "free_text", "VARCHAR", _custom(g, "IE", "ie"), CUSTOM),
            c("psr_notes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil", "Nil")), NULLWORD),
        ],
    )


def au_life_support(g: Gen) -> Table:
    """A Newcastle (NSW) electricity retailer's life support registrations (camel case)."""
    rows = []
    for _ in range(g.rows):
        first, last = v.person(g, "au")
        place = g.rnd.choice(v.AU_PLACES)
        patient = f"{first} {last}" if g.rnd.random() < 0.6 else f"{v.given(g, 'au')} {last}"
        rows.append((first, last, g.birth(1938, 1995), v.email_of(g, first, last, v.DOMAINS["au"]), place, patient))
    practices = [(name, g.phone("AU", "national", False)) for name, _ in v.AU_PRACTICES]
    practice = [g.rnd.randrange(len(practices)) for _ in range(g.rows)]
    doctors = [f"Dr {v.whole(g, 'au')}" for _ in range(14)]
    clerks = v.staff(g, 5, "au", "initial")
    distributors = [v.au_abn(g), v.au_abn(g)]

    def note() -> str:
        return g.rnd.choice(
            [
                f"Husband {v.given(g, 'au', False)} called to confirm concentrator still in use",
                "MCF received via email, scanned to file",
                "Generator on site per customer",
                f"Please contact carer {v.whole(g, 'au', True)} before any planned outage",
                "Reminder letter 2 sent",
            ]
        )

    return Table(
        "hunterEnergy.lifeSupportRegistrations",
        "en",
        "camel",
        [
            c("registrationId", N, "BIGINT", g.keys(7_100_001), "decoy", KEY),
            c("nmi", N, "VARCHAR", g.col(lambda: "4102" + g.digits(6)), "decoy", SUPPLY, SHAPE),
            c("customerAccountNumber", N, "VARCHAR", g.col(lambda: "3" + g.digits(9)), "decoy", SHAPE),
            c("accountHolderFirstName", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("accountHolderLastName", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("dateOfBirth", "date_of_birth", "VARCHAR", [r[2].isoformat() for r in rows]),
            c("mobilePhone", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "e164": 0.3, "intl": 0.1})),
            c("homePhone", "phone", "VARCHAR", g.phones("AU", {"national": 1.0}, 0.0, 0.8), HEAVY),
            c("emailAddress", "email", "VARCHAR", [r[3] if g.rnd.random() < 0.75 else None for r in rows]),
            c("supplyAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au"))),
            c("suburb", "city", "VARCHAR", [r[4][0] for r in rows], LOCALITY),
            c("postcode", "postal_code", "VARCHAR", [r[4][1] for r in rows]),
            c("state", N, "VARCHAR", ["NSW"] * g.rows, "decoy"),
            c("patientName", "person_name", "VARCHAR", [r[5] for r in rows], ROLE),
            c(
                "equipmentType",
                N,
                "VARCHAR",
                g.col(g.pick(["Oxygen concentrator", "Home dialysis", "CPAP", "Ventilator", "Enteral feeding pump"])),
                "decoy",
                HEALTH,
            ),
            c("medicalPractitioner", "person_name", "VARCHAR", g.col(g.pick(doctors)), ROLE),
            c("practiceName", N, "VARCHAR", [practices[i][0] for i in practice], "business"),
            c("practicePhone", N, "VARCHAR", [practices[i][1] for i in practice], "business"),
            c("concessionCardCrn", "national_id", "VARCHAR", g.col(lambda: v.au_crn(g), 0.4)),
            c("medicalConfirmationReceived", N, "BOOLEAN", [g.rnd.random() < 0.7 for _ in rows], "decoy"),
            c("confirmationDueDate", N, "DATE", g.days("2025-01-15", "2026-06-30"), "decoy"),
            c("secondaryContactName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au"), 0.8), ROLE, HEAVY),
            c("secondaryContactPhone", "phone", "VARCHAR", g.phones("AU", {"national": 1.0}, 1.0, 0.8), ROLE, HEAVY),
            c("distributorAbn", N, "VARCHAR", g.col(g.pick(distributors)), "business", CHECK),
            c("enteredBy", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
            c("customField2", N, "VARCHAR", _codes(g, ["LSE-O2", "LSE-DIAL", "MED-COOL", "LSE-VENT"]), "decoy", PLAIN),
            c("notes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("nil")), NULLWORD),
        ],
    )


def gb_hardship_fund(g: Gen) -> Table:
    """A Plymouth water company's customer assistance fund awards (Pascal case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.6
        first, last = v.person(g, "gb", female)
        place = g.rnd.choice(v.GB_PLACES)
        rows.append((first, last, g.birth(1944, 2002), v.email_of(g, first, last, v.DOMAINS["gb"]), place, female))
    agency_phones = {name: g.phone("GB", "national", False) for name in v.GB_AGENCIES}
    agency = [g.rnd.choice(v.GB_AGENCIES) for _ in range(g.rows)]
    advisers = {name: [v.whole(g, "gb") for _ in range(3)] for name in v.GB_AGENCIES}
    assessors, approvers = v.staff(g, 5, "gb"), v.staff(g, 2, "gb")

    def note() -> str:
        return g.rnd.choice(
            [
                f"Partner {v.given(g, 'gb')} lost job in June, UC claim pending",
                "Leak allowance applied separately",
                f"Referred by {v.whole(g, 'gb')} at the food bank",
                "Award to clear arrears, WaterSure to follow",
                "Income and expenditure checked against bank statements",
            ]
        )

    return Table(
        "TamarWater.HardshipFundAwards",
        "en",
        "pascal",
        [
            c("AwardId", N, "BIGINT", g.keys(52_001), "decoy", KEY),
            c("ApplicationRef", N, "VARCHAR", g.col(lambda: f"HF-25-{g.digits(5)}"), "decoy"),
            c("CustomerAccountRef", N, "VARCHAR", g.col(lambda: "4" + g.digits(9)), "decoy", SHAPE),
            c("Title", N, "VARCHAR", [g.rnd.choice(["Mrs", "Ms", "Miss"]) if r[5] else "Mr" for r in rows], "decoy"),
            c("Forename", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("Surname", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("DobDay", "date_of_birth", "INTEGER", [r[2].day for r in rows], SPLIT_DOB),
            c("DobMonth", "date_of_birth", "INTEGER", [r[2].month for r in rows], SPLIT_DOB),
            c("DobYear", "date_of_birth", "INTEGER", [r[2].year for r in rows], SPLIT_DOB),
            c("NiNumber", "ssn", "VARCHAR", g.col(lambda: v.gb_nino(g), 0.08)),
            c("AddressLine1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GB_STREETS, "gb"))),
            c(
                "AddressLine2",
                "street_address",
                "VARCHAR",
                g.col(lambda: g.rnd.choice(["Flat ", "Flat ", "Room "]) + str(g.rnd.randint(1, 30)), 0.8),
                SPLIT_ADDR,
                HEAVY,
            ),
            c("Town", "city", "VARCHAR", [r[4][0] for r in rows]),
            c("Postcode", "postal_code", "VARCHAR", [f"{r[4][1]} {g.code('9AA')}" for r in rows]),
            c("MobileNumber", "phone", "VARCHAR", g.phones("GB", {"national": 0.8, "intl": 0.2}, 0.9, 0.05)),
            c("EmailAddress", "email", "VARCHAR", [r[3] if g.rnd.random() < 0.8 else None for r in rows]),
            c("HouseholdSize", N, "INTEGER", g.ints(1, 7), "decoy"),
            c(
                "BenefitsReceived",
                N,
                "VARCHAR",
                g.col(g.pick(["Universal Credit", "Pension Credit", "PIP; Universal Credit", "ESA", "None"])),
                "decoy",
            ),
            c("DebtAmount", N, "DOUBLE", g.amounts(80, 2_400), "decoy"),
            c("AwardAmount", N, "DOUBLE", g.amounts(50, 1_200), "decoy"),
            c("AdviceAgency", N, "VARCHAR", agency, "business"),
            c("AgencyPhone", N, "VARCHAR", [agency_phones[a] for a in agency], "business"),
            c("AdviserName", "person_name", "VARCHAR", [g.rnd.choice(advisers[a]) for a in agency], ROLE),
            c("SortCode", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['30', '20', '40', '60'])}-{g.code('99-99')}"),
              "decoy"),
            c("AccountNumber", UNCLASSIFIED, "VARCHAR", g.col(lambda: g.digits(8)), BANK),
            c("AssessedBy", "person_name", "VARCHAR", g.col(g.pick(assessors)), STAFF),
            c("ApprovedBy", "person_name", "VARCHAR", g.col(g.pick(approvers)), STAFF),
            c("Udf3", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
            c("CaseNotes", "free_text", "VARCHAR", g.sparse(note, 0.76, _words("n/a")), NULLWORD),
        ],
    )


def ca_outage_reports(g: Gen) -> Table:
    """A Sudbury electricity distributor's outage reports (abbreviated)."""
    rows = []
    for _ in range(g.rows):
        first, last = v.person(g, "ca")
        place = g.rnd.choice(v.CA_PLACES)
        rows.append((first, last, place))
    causes = ["Tree contact", "Equipment failure", "Animal contact", "Vehicle accident", "Lightning", "Unknown"]
    events = [
        (
            f"OE-25-{g.digits(6)}",
            round(g.rnd.uniform(46.42, 46.62), 6),
            round(g.rnd.uniform(-81.20, -80.85), 6),
            f"TX-{g.digits(5)}",
            g.rnd.choice(causes),
        )
        for _ in range(40)
    ]
    event = [g.rnd.choice(events) for _ in range(g.rows)]
    leaders = v.staff(g, 6, "ca")
    logins = [v.plain(f[0] + la).lower()[:10] for f, la in (v.person(g, "ca") for _ in range(5))]

    def acct() -> str:
        return g.valid(lambda: str(g.rnd.randint(1, 7)) + g.digits(8), lambda x: not _sin.is_valid(x))

    def note() -> str:
        return g.rnd.choice(
            [
                f"Neighbour {v.whole(g, 'ca')} reports sparking at pole",
                "Lights flickering before outage",
                f"Cust on oxygen, daughter {v.given(g, 'ca', True)} will pick her up",
                "Wire down across driveway, crew dispatched",
                "Partial power, half the house out",
            ]
        )

    return Table(
        "sdb_hydro.otg_rpt_dtl",
        "en",
        "abbrev",
        [
            c("rpt_id", N, "BIGINT", g.keys(3_300_001), "decoy", KEY),
            c("otg_evt_no", N, "VARCHAR", [e[0] for e in event], "decoy"),
            c("acct_no", N, "VARCHAR", g.col(acct), "decoy", SHAPE),
            c("cust_fnm", "first_name", "VARCHAR", [r[0] for r in rows], ABBREV),
            c("cust_lnm", "last_name", "VARCHAR", [r[1] for r in rows], ABBREV),
            c("ctc_ph", "phone", "VARCHAR", g.phones("CA", {"national": 0.6, "e164": 0.2, "digits": 0.2}, 0.7), ABBREV),
            c("cbk_ph", "phone", "VARCHAR", g.phones("CA", {"national": 1.0}, 0.8, 0.8), ABBREV, HEAVY),
            c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca")), ABBREV),
            c(
                "addr_ln2",
                "street_address",
                "VARCHAR",
                g.col(lambda: g.rnd.choice(["Unit ", "Apt ", "#"]) + str(g.rnd.randint(1, 320)), 0.83),
                ABBREV,
                SPLIT_ADDR,
                HEAVY,
            ),
            c("cty", "city", "VARCHAR", [r[2][0] for r in rows], ABBREV),
            c("pstl_cd", "postal_code", "VARCHAR", [f"{r[2][1]} {g.code('9A9')}" for r in rows], ABBREV),
            c("rpt_ts", N, "TIMESTAMP", g.moments("2025-06-01", "2025-11-30"), "decoy"),
            c("rpt_src", N, "VARCHAR", g.col(g.pick(["IVR", "WEB", "AGENT", "SMS", "APP"])), "decoy"),
            c("otg_cause", N, "VARCHAR", [e[4] for e in event], "decoy"),
            c("xfmr_id", N, "VARCHAR", [e[3] for e in event], "decoy"),
            c("xfmr_lat", N, "DOUBLE", [e[1] for e in event], "decoy", COORD),
            c("xfmr_lng", N, "DOUBLE", [e[2] for e in event], "decoy", COORD),
            c("med_dev_flg", N, "VARCHAR", g.col(g.pick(["N", "N", "N", "Y"])), "decoy", HEALTH),
            c("crw_cd", N, "VARCHAR", g.col(g.pick(v.CA_CREWS)), "decoy"),
            c("crw_ldr", "person_name", "VARCHAR", g.col(g.pick(leaders)), STAFF),
            c("rpt_ip", "ip_address", "VARCHAR", g.col(g.ip, 0.45)),
            c("udf3", N, "VARCHAR", _codes(g, ["PRI1", "PRI2", "MED", "CRIT-CUST", "REPEAT"]), "decoy", PLAIN),
            c("cmnt", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil", "NONE")), NULLWORD),
            c("lst_upd_usr", UNCLASSIFIED, "VARCHAR", g.col(g.pick(logins)), USERNAME),
        ],
    )


def us_payment_arrangements(g: Gen) -> Table:
    """A middle Georgia electric membership corporation's payment arrangements, a COBOL extract (legacy)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        first, last = v.person(g, "us", female)
        place = g.rnd.choice(v.US_PLACES)
        rows.append((first.upper(), last.upper(), g.birth(1940, 2003), place))
    clerks = [s.upper() for s in v.staff(g, 4, "us", "initial")]

    def note() -> str:
        return g.rnd.choice(
            [
                f"MBR CALLED, WIFE {v.given(g, 'us', True).upper()} ON ACCT",
                "PLEDGE FROM LIHEAP PENDING",
                f"SON {v.whole(g, 'us', False).upper()} PAYING 1ST INSTL",
                "BROKEN PA 1X",
            ]
        )

    def cosigner() -> str:
        return v.whole(g, "us").upper()

    def custom() -> str:
        r = g.rnd.random()
        if r < 0.45:
            return g.phone("US", "digits")
        if r < 0.72:
            return v.email_of(g, *v.person(g, "us"), v.DOMAINS["us"]).upper()
        return v.whole(g, "us").upper()

    return Table(
        "OCMEMC.PAYARR-EXTRACT",
        "en",
        "cobol",
        [
            c("PA-NO", N, "BIGINT", g.col(lambda: int(v.us_ssn_decoy(g))), "decoy", SHAPE, LEGACY),
            c("MBR-NO", N, "INTEGER", g.keys(104_001, 7), "decoy", KEY, LEGACY),
            c("MBR-LAST-NM", "last_name", "VARCHAR", _pad([r[1] for r in rows], 20), LEGACY),
            c("MBR-FIRST-NM", "first_name", "VARCHAR", _pad([r[0] for r in rows], 15), LEGACY),
            c("MBR-MID-INIT", "first_name", "VARCHAR", [g.rnd.choice("ABCDJLMRW") if g.rnd.random() < 0.6 else " "
                                                        for _ in rows], LEGACY),
            c("MBR-SSN", "ssn", "BIGINT", [int(v.us_ssn(g)) if g.rnd.random() < 0.94 else 0 for _ in rows], LEGACY),
            c("MBR-DOB", "date_of_birth", "INTEGER", [_ymd(r[2]) if g.rnd.random() < 0.96 else 0 for r in rows],
              LEGACY),
            c("SVC-ADDR-1", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.US_STREETS, "us")), 30),
              LEGACY),
            c(
                "SVC-ADDR-2",
                "street_address",
                "VARCHAR",
                _pad([f"LOT {g.rnd.randint(1, 60)}" if g.rnd.random() < 0.15 else "" for _ in rows], 20),
                LEGACY,
                SPLIT_ADDR,
                NULLWORD,
            ),
            c("SVC-CITY", "city", "VARCHAR", _pad([r[3][0] for r in rows], 18), LEGACY),
            c("SVC-ST", N, "VARCHAR", ["GA"] * g.rows, "decoy", LEGACY),
            c("SVC-ZIP", "postal_code", "INTEGER", [int(r[3][1]) for r in rows], LEGACY),
            c("HOME-PHONE", "phone", "BIGINT", [int(g.phone("US", "digits", False)) if g.rnd.random() < 0.5 else 0
                                               for _ in rows], LEGACY),
            c("CELL-PHONE", "phone", "BIGINT", [int(g.phone("US", "digits")) if g.rnd.random() < 0.9 else 0
                                               for _ in rows], LEGACY),
            c("ARR-AMT", N, "DOUBLE", g.amounts(120, 1_900), "decoy", LEGACY),
            c("INSTL-CNT", N, "INTEGER", g.ints(2, 6), "decoy", LEGACY),
            c("PA-START-DT", N, "INTEGER", [_ymd(g.day("2025-03-01", "2025-11-30")) for _ in rows], "decoy", LEGACY),
            c("DISC-NOTICE-DT", N, "INTEGER", [_ymd(g.day("2025-02-01", "2025-10-31")) if g.rnd.random() < 0.6 else 0
                                              for _ in rows], "decoy", LEGACY),
            c("COSIGNER-NM", "person_name", "VARCHAR", _pad(g.sparse(cosigner, 0.85, ("",)), 26), ROLE, LEGACY,
              NULLWORD),
            c("CARD-NO", "credit_card", "VARCHAR", _pad([v.card(g, False) if g.rnd.random() < 0.45 else ""
                                                         for _ in rows], 16), LEGACY),
            c("DRAFT-BANK", N, "VARCHAR", _pad(g.col(g.pick(v.US_BANKS)), 26), "business", LEGACY),
            c("MED-CERT-FLG", N, "VARCHAR", g.col(g.pick(["N", "N", "N", "Y"])), "decoy", HEALTH, LEGACY),
            c("ENTERED-BY", "person_name", "VARCHAR", _pad(g.col(g.pick(clerks)), 16), STAFF, LEGACY),
            c("PA-USER-FLD-2", "free_text", "VARCHAR", _pad(g.col(custom, 0.35), 40), CUSTOM, LEGACY),
            c("PA-USER-FLD-3", N, "VARCHAR", _pad(_codes(g, ["LIHEAP", "PLEDGE", "SR-CIT", "MED"]), 8), "decoy",
              PLAIN, LEGACY),
            c("PA-RMK", "free_text", "VARCHAR", _pad(g.sparse(note, 0.8, ("",)), 40), NULLWORD, LEGACY),
        ],
    )


def ng_vending_staging(g: Gen) -> Table:
    """An Enugu electricity distribution company's prepaid vending and customer enumeration feed (opaque)."""
    people = []
    for _ in range(260):
        first, last = v.person(g, "ng")
        place = g.rnd.choice(v.NG_PLACES)
        people.append(
            {
                "name": g.rnd.choice([f"{first} {last}", f"{last.upper()} {first}", f"{first} {last}"]),
                "phone": g.phone("NG", g.rnd.choice(["national", "national", "e164", "digits"])),
                "nin": v.ng_nin(g) if g.rnd.random() < 0.65 else None,
                "addr": v.street(g, v.NG_STREETS, "ng"),
                "area": place[0],
                "mail": v.email_of(g, first, last, v.DOMAINS["ng"]) if g.rnd.random() < 0.55 else None,
                "meter": "0" + g.rnd.choice(["1", "4"]) + g.digits(9),
                "band": g.rnd.choice(["Band A", "Band B", "Band C", "Band C", "Band D"]),
                "feeder": g.rnd.choice(["Ogui 11kV", "Abakpa 11kV", "New Haven 33kV", "Emene 11kV", "Uwani 11kV"]),
            }
        )
    rows = [g.rnd.choice(people) for _ in range(g.rows)]
    cols = [
        (N, "BIGINT", g.keys(9_000_001), ("decoy", KEY)),
        (N, "VARCHAR", [r["meter"] for r in rows], ("decoy", METER, SHAPE)),
        ("person_name", "VARCHAR", [r["name"] for r in rows], ()),
        ("phone", "VARCHAR", [r["phone"] for r in rows], ()),
        ("national_id", "VARCHAR", [r["nin"] for r in rows], ()),
        ("street_address", "VARCHAR", [r["addr"] for r in rows], ()),
        ("city", "VARCHAR", [r["area"] for r in rows], (LOCALITY,)),
        ("email", "VARCHAR", [r["mail"] for r in rows], ()),
        (N, "DOUBLE", g.col(lambda: float(g.rnd.choice([1_000, 2_000, 2_500, 5_000, 10_000, 20_000]))), ("decoy",)),
        (N, "VARCHAR", g.col(lambda: "-".join(g.digits(4) for _ in range(5))), ("decoy", SHAPE)),
        (N, "DOUBLE", g.col(lambda: round(g.rnd.uniform(4, 180), 1)), ("decoy",)),
        (N, "VARCHAR", g.col(g.pick(v.NG_VENDORS)), ("business",)),
        (N, "VARCHAR", g.col(lambda: f"VND{g.digits(12)}"), ("decoy",)),
        (N, "TIMESTAMP", g.moments("2025-09-01", "2025-11-30", 0.0, 6, 22), ("decoy",)),
        (N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['539983', '506105', '418742'])}******{g.digits(4)}", 0.55),
         ("decoy", PARTIAL)),
        ("ip_address", "VARCHAR", g.col(g.ip, 0.4), ()),
        (N, "VARCHAR", [r["band"] for r in rows], ("decoy",)),
        (N, "VARCHAR", [r["feeder"] for r in rows], ("decoy",)),
        ("free_text", "VARCHAR", _custom(g, "NG", "ng"), (CUSTOM,)),
        (N, "VARCHAR", g.col(g.sha256), ("decoy",)),
    ]
    return Table(
        "stg_enugu_disco.src_vend_raw",
        "en",
        "opaque",
        [c(f"col{i:02d}", kind, sql, vals, OPAQUE, *tags) for i, (kind, sql, vals, tags) in enumerate(cols, 1)],
    )


def ph_service_requests(g: Gen) -> Table:
    """A Cebu electric distribution utility's app service requests flattened from JSON (dotted keys)."""
    rows = []
    for _ in range(g.rows):
        first, last = v.person(g, "ph")
        middle = g.rnd.choice(v.NAMES["ph"][2])
        place = g.rnd.choice(v.PH_PLACES)
        kind = g.rnd.choices(["new_connection", "move_in", "move_out", "outage", "reconnection"], [2, 3, 2, 4, 1])[0]
        id_type = g.rnd.choice(["UMID", "Driver's License", "PhilSys ID", "Passport", "TIN ID"])
        number = {
            "UMID": lambda: f"{g.digits(4)}-{g.digits(7)}-{g.digits(1)}",
            "Driver's License": lambda: f"G{g.digits(2)}-{g.digits(2)}-{g.digits(6)}",
            "PhilSys ID": lambda: f"{g.digits(4)}-{g.digits(4)}-{g.digits(4)}-{g.digits(4)}",
            "Passport": lambda: f"P{g.digits(7)}{g.rnd.choice('ABC')}",
            "TIN ID": lambda: v.ph_tin(g),
        }[id_type]()
        rows.append((first, middle, last, g.birth(1950, 2004), place, kind, id_type, number,
                     v.email_of(g, first, last, v.DOMAINS["ph"])))  # fmt: skip
    offices = [(name, g.phone("PH", "national", False)) for name in v.PH_OFFICES]
    office = [g.rnd.randrange(len(offices)) for _ in range(g.rows)]
    dispatchers = v.staff(g, 5, "ph")
    renter = [r[5] in ("move_in", "new_connection") and g.rnd.random() < 0.7 for r in rows]

    def note() -> str:
        return g.rnd.choice(
            [
                f"Authorized rep is sister {v.whole(g, 'ph', True)}",
                "Meter base not yet installed by electrician",
                f"Landlady {v.given(g, 'ph', True)} will meet lineman",
                "Brownout whole sitio since 3pm",
                "Needs barangay certificate of residency",
            ]
        )

    return Table(
        "sugbo_power_app.service_requests_flat",
        "en",
        "json",
        [
            c("request.id", N, "BIGINT", g.keys(25_000_001), "decoy", KEY),
            c("request.type", N, "VARCHAR", [r[5] for r in rows], "decoy"),
            c("request.created_at", N, "TIMESTAMP", g.moments("2025-07-01", "2025-11-30"), "decoy"),
            c("account.number", N, "VARCHAR", g.col(lambda: "1" + g.digits(9), 0.25), "decoy", SHAPE),
            c("applicant.name.first", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("applicant.name.middle", "last_name", "VARCHAR", [r[1] if g.rnd.random() < 0.8 else None for r in rows]),
            c("applicant.name.last", "last_name", "VARCHAR", [r[2] for r in rows]),
            c("applicant.birth_date", "date_of_birth", "VARCHAR", [r[3].isoformat() for r in rows]),
            c("applicant.mobile", "phone", "VARCHAR", g.phones("PH", {"national": 0.5, "e164": 0.5})),
            c("applicant.email", "email", "VARCHAR", [r[8] for r in rows]),
            c("applicant.valid_id.type", N, "VARCHAR", [r[6] for r in rows], "decoy"),
            c("applicant.valid_id.number", "national_id", "VARCHAR", [r[7] for r in rows], MULTI_DOC),
            c("premise.address.street", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PH_STREETS, "ph"))),
            c("premise.address.barangay", "city", "VARCHAR", [r[4][0] for r in rows], LOCALITY),
            c("premise.address.city", "city", "VARCHAR", [r[4][1] for r in rows]),
            c("premise.address.zip", "postal_code", "VARCHAR", [r[4][2] for r in rows]),
            c("site.nearest_pole.lat", N, "DOUBLE", g.col(lambda: round(g.rnd.uniform(10.24, 10.40), 6)), "decoy",
              COORD),
            c("site.nearest_pole.lng", N, "DOUBLE", g.col(lambda: round(g.rnd.uniform(123.85, 124.00), 6)), "decoy",
              COORD),
            c(
                "landlord.name",
                "person_name",
                "VARCHAR",
                [v.whole(g, "ph") if x else None for x in renter],
                ROLE,
                HEAVY,
            ),
            c(
                "landlord.mobile",
                "phone",
                "VARCHAR",
                [g.phone("PH", "national") if x else None for x in renter],
                ROLE,
                HEAVY,
            ),
            c("office.name", N, "VARCHAR", [offices[i][0] for i in office], "business"),
            c("office.phone", N, "VARCHAR", [offices[i][1] for i in office], "business"),
            c("meta.ip", "ip_address", "VARCHAR", g.col(g.ip)),
            c("meta.app_version", N, "VARCHAR", g.col(lambda: g.version((3, 4))), "decoy"),
            c("meta.custom2", "free_text", "VARCHAR", _custom(g, "PH", "ph"), CUSTOM),
            c("staff.dispatcher", "person_name", "VARCHAR", g.col(g.pick(dispatchers)), STAFF),
            c("notes.remarks", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("none", "NONE")), NULLWORD),
        ],
    )


# -- tables in other languages -----------------------------------------------------------------------------------------


def de_smgw_einbau(g: Gen) -> Table:
    """A Kassel municipal metering operator's smart meter gateway installation appointments (German)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        first, last = v.person(g, "de", female)
        place = g.rnd.choice(v.DE_PLACES)
        rows.append((first, last, g.birth(1936, 1999), v.email_of(g, first, last, v.DOMAINS["de"]), place, female))
    fitters = v.staff(g, 6, "de")
    landlord = [g.rnd.random() < 0.45 for _ in range(g.rows)]

    def hinweis() -> str:
        return g.rnd.choice(
            [
                f"Schlüssel bei Nachbarin Frau {g.rnd.choice(v.NAMES['de'][2])}, EG links",
                "Zählerschrank im Keller, Hund im Garten",
                f"Sohn {v.given(g, 'de', False)} ist beim Termin anwesend",
                "Kunde wünscht Anruf 30 Min. vorher",
                f"Hausmeister {v.whole(g, 'de', False)} öffnet den Technikraum",
            ]
        )

    return Table(
        "swn_kassel.smgw_einbautermine",
        "de",
        "snake",
        [
            c("termin_id", N, "BIGINT", g.keys(610_001), "decoy", KEY),
            c("auftragsnummer", N, "VARCHAR", g.col(lambda: f"MSB-25-{g.digits(7)}"), "decoy"),
            c("vorgangsnummer", N, "VARCHAR", g.col(lambda: v.steuer_id_decoy(g)), "decoy", SHAPE),
            c("zaehlernummer", N, "VARCHAR", g.col(lambda: f"1{g.rnd.choice(['ESY', 'EMH', 'ITF'])}{g.digits(10)}"),
              "decoy", METER),
            c("messlokation", N, "VARCHAR", g.col(lambda: "DE0005" + g.digits(6) + g.code("ZZZZZZZZZZZZZZZZZZZZZ")),
              "decoy", SUPPLY, SHAPE),
            c("anrede", N, "VARCHAR", ["Frau" if r[5] else "Herr" for r in rows], "decoy"),
            c("vorname", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("nachname", "last_name", "VARCHAR", [r[1] for r in rows]),
            c(
                "geburtsname",
                "last_name",
                "VARCHAR",
                [g.rnd.choice(v.NAMES["de"][2]) if r[5] and g.rnd.random() < 0.3 else None for r in rows],
                HEAVY,
            ),
            c("geburtsdatum", "date_of_birth", "VARCHAR", [v.dmy(r[2], ".") for r in rows]),
            c("strasse", "street_address", "VARCHAR", g.col(g.pick(v.DE_STREETS))),
            c(
                "hausnummer",
                "street_address",
                "VARCHAR",
                g.col(lambda: str(g.rnd.randint(1, 140)) + g.rnd.choice(["", "", "", "a", "b"])),
                SPLIT_ADDR,
            ),
            c("plz", "postal_code", "VARCHAR", [r[4][1] for r in rows]),
            c("ort", "city", "VARCHAR", [r[4][0] for r in rows]),
            c("telefon", "phone", "VARCHAR", g.phones("DE", {"national": 0.8, "intl": 0.2}, 0.6, 0.05)),
            c("email", "email", "VARCHAR", [r[3] if g.rnd.random() < 0.65 else None for r in rows]),
            c("vermieter_name", "person_name", "VARCHAR", [v.whole(g, "de") if x else None for x in landlord], ROLE),
            c("vermieter_telefon", "phone", "VARCHAR", [g.phone("DE", "national") if x else None for x in landlord],
              ROLE),
            c("einbau_datum", N, "DATE", g.days("2025-09-01", "2026-02-27"), "decoy"),
            c("zeitfenster", N, "VARCHAR", g.col(g.pick(["07-10 Uhr", "10-13 Uhr", "13-16 Uhr"])), "decoy"),
            c("gateway_seriennr", N, "VARCHAR", g.col(lambda: g.code("EPPC99999999")), "decoy", METER),
            c("firmware", N, "VARCHAR", g.col(lambda: g.version((2, 3))), "decoy"),
            c("montagefirma", N, "VARCHAR", g.col(g.pick(v.DE_INSTALLERS)), "business"),
            c("monteur", "person_name", "VARCHAR", g.col(g.pick(fitters)), STAFF),
            c("zusatzfeld_2", "free_text", "VARCHAR", _custom(g, "DE", "de"), CUSTOM),
            c("zugangshinweis", "free_text", "VARCHAR", g.sparse(hinweis, 0.77, _words("keine", "k.A.")), NULLWORD),
        ],
    )


def es_altas_bajas(g: Gen) -> Table:
    """A Vélez-Málaga water company's move-in, move-out and change-of-holder requests (Spanish, SCREAMING case)."""
    rows = []
    for _ in range(g.rows):
        first, last1 = v.person(g, "es")
        last2 = g.rnd.choice(v.NAMES["es"][2])
        place = g.rnd.choice(v.ES_PLACES)
        foreign = g.rnd.random() < 0.15
        rows.append((first, last1, last2, g.birth(1938, 2003), place, foreign))
    clerks = v.staff(g, 5, "es")
    landlord = [g.rnd.random() < 0.22 for _ in range(g.rows)]
    admins = [v.es_cif(g) for _ in range(12)]

    def obs() -> str:
        return g.rnd.choice(
            [
                f"Baja por fallecimiento del titular, tramita su hija {v.whole(g, 'es', True)}",
                "Lectura aportada con foto del contador",
                f"Nuevo inquilino, el propietario {v.whole(g, 'es', False)} autoriza el cambio",
                "Pendiente fianza",
                "Contador en arqueta exterior",
            ]
        )

    def holder(r: tuple) -> str:
        if g.rnd.random() < 0.85:
            return f"{r[1].upper()} {r[2].upper()}, {r[0].upper()}"
        first, last = v.person(g, "es")
        return f"{last.upper()} {g.rnd.choice(v.NAMES['es'][2]).upper()}, {first.upper()}"

    return Table(
        "AGUAS_AXARQUIA.ALTAS_BAJAS_SUMINISTRO",
        "es",
        "screaming",
        [
            c("ID_SOLICITUD", N, "BIGINT", g.keys(2_025_000_001), "decoy", KEY),
            c("NUM_EXPEDIENTE", N, "VARCHAR", g.col(lambda: v.es_dni_decoy(g)), "decoy", SHAPE),
            c("TIPO_SOLICITUD", N, "VARCHAR", g.col(g.pick(["ALTA", "ALTA", "BAJA", "CAMBIO TITULAR"])), "decoy"),
            c("NOMBRE", "first_name", "VARCHAR", [r[0].upper() for r in rows]),
            c("APELLIDO_1", "last_name", "VARCHAR", [r[1].upper() for r in rows]),
            c("APELLIDO_2", "last_name", "VARCHAR", [r[2].upper() if not r[5] else None for r in rows]),
            c("NIF_NIE", "national_id", "VARCHAR", [v.es_nie(g) if r[5] else v.es_dni(g) for r in rows]),
            c("FECHA_NACIMIENTO", "date_of_birth", "VARCHAR", [v.dmy(r[3]) if g.rnd.random() < 0.8 else None
                                                               for r in rows]),
            c("TELEFONO_MOVIL", "phone", "VARCHAR", g.phones("ES", {"national": 0.8, "e164": 0.2}, 1.0, 0.05)),
            c("TELEFONO_FIJO", "phone", "VARCHAR", g.phones("ES", {"national": 1.0}, 0.0, 0.8), HEAVY),
            c("EMAIL", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["es"]) if g.rnd.random() < 0.6
                                            else None for r in rows]),
            c("DIRECCION_SUMINISTRO", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ES_STREETS, "es"))),
            c("MUNICIPIO", "city", "VARCHAR", [r[4][0] for r in rows]),
            c("COD_POSTAL", "postal_code", "VARCHAR", [r[4][1] for r in rows]),
            c("REFERENCIA_CATASTRAL", N, "VARCHAR", g.col(lambda: g.code("9999999VF9999A9999AA")), "decoy", SHAPE),
            c("NUM_CONTADOR", N, "VARCHAR", g.col(lambda: g.code("99AA999999")), "decoy", METER),
            c("LECTURA_M3", N, "INTEGER", g.ints(0, 4_200), "decoy"),
            c("IBAN_DOMICILIACION", "iban", "VARCHAR", g.col(lambda: v.es_iban(g), 0.15)),
            c("TITULAR_CUENTA", "person_name", "VARCHAR", [holder(r) for r in rows], ROLE),
            c("PROPIETARIO_VIVIENDA", "person_name", "VARCHAR", [v.whole(g, "es").upper() if x else None
                                                                  for x in landlord], ROLE, HEAVY),
            c("CIF_ADMINISTRADOR_FINCA", N, "VARCHAR", g.col(g.pick(admins), 0.6), "business", CHECK),
            c("OFICINA", N, "VARCHAR", g.col(g.pick(v.ES_OFFICES)), "business"),
            c("TRAMITADO_POR", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
            c("CAMPO_LIBRE_1", N, "VARCHAR", _codes(g, ["BONIF-SOCIAL", "FAM-NUM", "JUBILADO", "RIEGO"]), "decoy",
              PLAIN),
            c("CAMPO_LIBRE_2", "free_text", "VARCHAR", _custom(g, "ES", "es"), CUSTOM),
            c("OBSERVACIONES", "free_text", "VARCHAR", g.sparse(obs, 0.78, _words("ninguna", "s/d")), NULLWORD),
        ],
    )


def it_rateizzazioni(g: Gen) -> Table:
    """A Bari gas and electricity retailer's arrears payment plans with the social bonus (Italian)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        first, last = v.person(g, "it", female)
        born = g.birth(1937, 2001)
        home = g.rnd.choice(v.IT_PLACES)
        birthplace = g.rnd.choice(v.IT_PLACES + [("Matera", "", "F052"), ("Foggia", "", "D643")])
        rows.append((first, last, born, female, home, birthplace, v.codice_fiscale(first, last, born, female,
                                                                                   birthplace[2])))  # fmt: skip
    operators = v.staff(g, 4, "it")
    sellers = [(name, v.it_piva(g)) for name in v.IT_SALES]
    seller = [g.rnd.randrange(len(sellers)) for _ in range(g.rows)]

    def holder(r: tuple) -> str:
        return f"{r[0]} {r[1]}" if g.rnd.random() < 0.85 else v.whole(g, "it")

    def nota() -> str:
        return g.rnd.choice(
            [
                f"Chiamato il figlio {v.given(g, 'it', False)}, conferma il piano",
                "Bonus sociale riconosciuto da ARERA per ISEE",
                f"Delega alla signora {v.whole(g, 'it', True)} (nipote)",
                "Seconda rata pagata in ritardo",
                "Sospensione fornitura annullata",
            ]
        )

    return Table(
        "levante_energia.rateizzazioni_morosita",
        "it",
        "snake",
        [
            c("id_pratica", N, "BIGINT", g.keys(880_001), "decoy", KEY),
            c("codice_cliente", N, "VARCHAR", g.col(lambda: "C" + g.digits(9)), "decoy"),
            c("pdr", N, "VARCHAR", g.col(lambda: "0" + g.digits(13), 0.3), "decoy", SUPPLY, SHAPE),
            c("pod", N, "VARCHAR", g.col(lambda: "IT001E" + g.digits(8), 0.3), "decoy", SUPPLY, SHAPE),
            c("cognome", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("nome", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("codice_fiscale", "national_id", "VARCHAR", [r[6] for r in rows]),
            c("data_nascita", "date_of_birth", "VARCHAR", [v.dmy(r[2]) for r in rows]),
            c("comune_nascita", "city", "VARCHAR", [r[5][0] for r in rows]),
            c("indirizzo_fornitura", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IT_STREETS, "it"))),
            c("cap", "postal_code", "VARCHAR", [r[4][1] for r in rows]),
            c("comune", "city", "VARCHAR", [r[4][0] for r in rows]),
            c("cellulare", "phone", "VARCHAR", g.phones("IT", {"national": 0.7, "e164": 0.3}, 0.85, 0.05)),
            c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["it"]) if g.rnd.random() < 0.6
                                            else None for r in rows]),
            c("pec", "email", "VARCHAR", [f"{v.plain(r[0])}.{v.plain(r[1])}@pec.it" if g.rnd.random() < 0.15 else None
                                          for r in rows], HEAVY),
            c("importo_scaduto", N, "DOUBLE", g.amounts(90, 3_100), "decoy"),
            c("numero_rate", N, "INTEGER", g.ints(3, 24), "decoy"),
            c("bonus_sociale", N, "VARCHAR", g.col(g.pick(["Sì", "No", "No", "No"])), "decoy"),
            c("iban_addebito", "iban", "VARCHAR", g.col(lambda: v.it_iban(g), 0.35)),
            c("intestatario_conto", "person_name", "VARCHAR", [holder(r) for r in rows], ROLE),
            c("societa_vendita", N, "VARCHAR", [sellers[i][0] for i in seller], "business"),
            c("piva_venditore", N, "VARCHAR", [sellers[i][1] for i in seller], "business", CHECK),
            c("operatore", "person_name", "VARCHAR", g.col(g.pick(operators)), STAFF),
            c("campo_libero_2", N, "VARCHAR", _codes(g, ["RID", "BOLL", "PAGOPA", "SDD-B2C"]), "decoy", PLAIN),
            c("note", "free_text", "VARCHAR", g.sparse(nota, 0.8, _words("nessuna", "n.d.")), NULLWORD),
        ],
    )


def cz_vykup(g: Gen) -> Table:
    """An Olomouc energy trader's feed-in contracts with rooftop solar owners (Czech)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.4
        first, last = v.person(g, "cz", female)
        born = g.birth(1954, 1998)  # ten-digit birth numbers (issued from 1954)
        place = g.rnd.choice(v.CZ_PLACES)
        rows.append((first, last, born, female, place, v.rodne_cislo(g, born, female)))
    clerks = v.staff(g, 3, "cz")
    firms = [(name, v.cz_ico(g)) for name in v.CZ_INSTALLERS]
    firm = [g.rnd.randrange(len(firms)) for _ in range(g.rows)]

    def poznamka() -> str:
        return g.rnd.choice(
            [
                f"Spoluvlastník {v.whole(g, 'cz', False)} podepsal plnou moc",
                "Revizní zpráva doložena",
                f"Kontakt přes dceru {v.whole(g, 'cz', True)}",
                "Čeká na připojení od distributora",
                "Změna čísla účtu k 1. 10.",
            ]
        )

    return Table(
        "fve_hana.smlouvy_vykup_elektriny",
        "cs",
        "snake",
        [
            c("id_smlouvy", N, "BIGINT", g.keys(5_001), "decoy", KEY),
            c("cislo_smlouvy", N, "VARCHAR", g.col(lambda: v.rodne_cislo_decoy(g)), "decoy", SHAPE),
            c("jmeno", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("prijmeni", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("rodne_cislo", "national_id", "VARCHAR", [r[5] for r in rows]),
            c("datum_narozeni", "date_of_birth", "VARCHAR", [f"{r[2].day}.{r[2].month}.{r[2].year}" for r in rows]),
            c("ulice", "street_address", "VARCHAR", g.col(g.pick(v.CZ_STREETS))),
            c(
                "cislo_popisne",
                "street_address",
                "VARCHAR",
                g.col(lambda: f"{g.rnd.randint(1, 1_400)}/{g.rnd.randint(1, 40)}"),
                SPLIT_ADDR,
            ),
            c("obec", "city", "VARCHAR", [r[4][0] for r in rows]),
            c("psc", "postal_code", "VARCHAR", [r[4][1] for r in rows]),
            c("telefon", "phone", "VARCHAR", g.phones("CZ", {"national": 0.6, "intl": 0.3, "e164": 0.1})),
            c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["cz"]) for r in rows]),
            c("ean_odberne_misto", N, "VARCHAR", g.col(lambda: v.gs1("859182400", 18, g)), "decoy", SUPPLY, SHAPE),
            c("vykon_fve_kwp", N, "DOUBLE", g.col(lambda: round(g.rnd.uniform(3.2, 9.9), 2)), "decoy"),
            c("datum_pripojeni", N, "DATE", g.days("2022-03-01", "2025-10-31"), "decoy"),
            c("cena_vykupu_kc_mwh", N, "INTEGER", g.col(g.pick([900, 1_100, 1_250, 1_400])), "decoy"),
            c("cislo_uctu", UNCLASSIFIED, "VARCHAR", g.col(lambda: v.cz_account(g)), BANK),
            c("spoluvlastnik", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "cz"), 0.8), ROLE, HEAVY),
            c("instalacni_firma", N, "VARCHAR", [firms[i][0] for i in firm], "business"),
            c("ico_firmy", N, "VARCHAR", [firms[i][1] for i in firm], "business", CHECK),
            c("zpracoval", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
            c("doplnkove_pole_2", "free_text", "VARCHAR", _custom(g, "CZ", "cz"), CUSTOM),
            c("poznamka", "free_text", "VARCHAR", g.sparse(poznamka, 0.8, _words("není", "nic")), NULLWORD),
        ],
    )


def se_avbrottsersattning(g: Gen) -> Table:
    """A Luleå electricity network's outage compensation claims (Swedish)."""
    rows = []
    for _ in range(g.rows):
        first, last = v.person(g, "sv")
        born = g.birth(1935, 2001)
        place = g.rnd.choice(v.SE_PLACES)
        start = g.moment("2025-01-05", "2025-03-20")
        rows.append((first, last, born, place, start, g.rnd.randint(12, 70)))
    handlers = v.staff(g, 4, "sv")
    payout = [g.rnd.choice(["Kontonummer", "Kontonummer", "Bankgiro", "Swish"]) for _ in range(g.rows)]

    def anteckning() -> str:
        return g.rnd.choice(
            [
                f"Dödsbo, kontakt via sonen {v.whole(g, 'sv', False)}",
                "Ersättning enligt ellagen 10 kap.",
                f"Grannen {v.given(g, 'sv')} anmälde även",
                "Avbrottet berodde på snöbrott, ej force majeure",
                "Utbetalning stoppad, fel kontonummer",
            ]
        )

    return Table(
        "lulea_elnat.avbrottsersattning",
        "sv",
        "snake",
        [
            c("arende_id", N, "BIGINT", g.keys(90_001), "decoy", KEY),
            c("arendenummer", N, "VARCHAR", g.col(lambda: v.personnummer_decoy(g)), "decoy", SHAPE),
            c("anlaggnings_id", N, "VARCHAR", g.col(lambda: v.gs1("735999", 18, g)), "decoy", SUPPLY, SHAPE),
            c("personnummer", "national_id", "VARCHAR", [v.personnummer(g, r[2]) for r in rows]),
            c("fornamn", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("efternamn", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("fodelsedatum", "date_of_birth", "DATE", [r[2] for r in rows]),
            c("utdelningsadress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.SE_STREETS, "sv"))),
            c("postnummer", "postal_code", "VARCHAR", [r[3][1] for r in rows]),
            c("postort", "city", "VARCHAR", [r[3][0] for r in rows]),
            c("mobilnummer", "phone", "VARCHAR", g.phones("SE", {"national": 0.7, "e164": 0.3}, 0.85, 0.05)),
            c("epost", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["sv"]) if g.rnd.random() < 0.7
                                            else None for r in rows]),
            c("avbrott_start", N, "TIMESTAMP", [r[4] for r in rows], "decoy"),
            c("avbrott_slut", N, "TIMESTAMP", [r[4] + timedelta(hours=r[5]) for r in rows], "decoy"),
            c("avbrottstid_h", N, "INTEGER", [r[5] for r in rows], "decoy"),
            c("ersattning_kr", N, "INTEGER", [max(900, r[5] * 120) for r in rows], "decoy"),
            c("natomrade", N, "VARCHAR", g.col(lambda: f"LUL-{g.rnd.randint(1, 18):02d}"), "decoy"),
            c("utbetalningssatt", N, "VARCHAR", payout, "decoy"),
            c("clearingnummer", N, "VARCHAR", [g.rnd.choice(["8327-9", "6152", "5281", "3300"]) if p == "Kontonummer"
                                              else None for p in payout], "decoy"),
            c("kontonummer", UNCLASSIFIED, "VARCHAR", [g.digits(g.rnd.choice([9, 10])) if p == "Kontonummer" else None
                                                      for p in payout], BANK),
            c("kontaktperson_dodsbo", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "sv"), 0.88), ROLE, HEAVY),
            c("handlaggare", "person_name", "VARCHAR", g.col(g.pick(handlers)), STAFF),
            c("extra_falt_1", N, "VARCHAR", _codes(g, ["SNO", "STORM", "PLAN", "LSP"]), "decoy", PLAIN),
            c("anteckning", "free_text", "VARCHAR", g.sparse(anteckning, 0.79, _words("saknas", "ingen")), NULLWORD),
        ],
    )


def ja_hoan_tenken(g: Gen) -> Table:
    """A Sendai city gas supplier's periodic safety inspection visits (Japanese column names and values)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        first, last = v.person(g, "ja", female)
        names = v.JA_FEMALE if female else v.JA_MALE
        place = g.rnd.choice(v.JA_PLACES)
        rows.append((f"{last} {first}", f"{v.JA_FAMILY[last][0]} {names[first][0]}", g.birth(1932, 1999), place,
                     v.email_of(g, first, last, v.DOMAINS["ja"]), last))  # fmt: skip
    contractors = [(name, g.phone("JP", "national", False)) for name in v.JA_CONTRACTORS]
    contractor = [g.rnd.randrange(len(contractors)) for _ in range(g.rows)]
    inspectors = v.staff(g, 6, "ja")
    relation = [g.rnd.choice(["本人", "本人", "本人", "妻", "夫", "母", "管理人"]) for _ in range(g.rows)]

    def witness(r: tuple, rel: str) -> str:
        if rel == "本人":
            return r[0]
        if rel == "管理人":
            return v.whole(g, "ja")
        return f"{r[5]} {v.given(g, 'ja', rel in ('妻', '母'))}"

    def tokki() -> str:
        return g.rnd.choice(
            [
                f"次回は娘の{v.whole(g, 'ja', True)}様に連絡",
                "給湯器の排気筒に腐食あり、交換を推奨",
                "ガス漏れ警報器の期限切れ",
                f"隣室の{g.rnd.choice(list(v.JA_FAMILY))}様宅も同日点検希望",
                "不在のため再訪問",
            ]
        )

    building = [f"{g.rnd.choice(['メゾン青葉', 'コーポ上杉', 'パークハイツ長町', 'グリーンヒル泉'])}{g.rnd.randint(1, 5)}"
                f"0{g.rnd.randint(1, 8)}号室" if g.rnd.random() < 0.45 else None for _ in range(g.rows)]  # fmt: skip
    return Table(
        "杜の都ガス.保安点検記録",
        "ja",
        "native",
        [
            c("点検番号", N, "INTEGER", g.keys(2_500_001), "decoy", KEY),
            c("受付番号", N, "VARCHAR", g.col(lambda: v.my_number_decoy(g)), "decoy", SHAPE),
            c("お客さま番号", N, "VARCHAR", g.col(lambda: g.code("99-9999-9999")), "decoy"),
            c("供給地点特定番号", N, "VARCHAR", g.col(lambda: "04" + g.digits(20)), "decoy", SUPPLY, SHAPE),
            c("契約者氏名", "person_name", "VARCHAR", [r[0] for r in rows]),
            c("契約者カナ", "person_name", "VARCHAR", [r[1] for r in rows]),
            c("生年月日", "date_of_birth", "VARCHAR", [v.wareki(r[2]) for r in rows]),
            c("郵便番号", "postal_code", "VARCHAR", [f"{r[3][1]}-{g.digits(4)}" for r in rows]),
            c("市区町村", "city", "VARCHAR", [r[3][0] for r in rows]),
            c("住所", "street_address", "VARCHAR", g.col(g.pick(v.JA_STREETS))),
            c("建物名", "street_address", "VARCHAR", building, SPLIT_ADDR),
            c("電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 0.85, "e164": 0.15}, 0.6)),
            c("携帯メール", "email", "VARCHAR", [r[4] if g.rnd.random() < 0.6 else None for r in rows]),
            c("立会者", "person_name", "VARCHAR", [witness(r, rel) for r, rel in zip(rows, relation, strict=True)],
              ROLE),
            c("立会者続柄", N, "VARCHAR", relation, "decoy"),
            c("点検日", N, "DATE", g.days("2025-04-01", "2025-11-28"), "decoy"),
            c("点検結果", N, "VARCHAR", g.col(g.pick(["異常なし", "異常なし", "要改善", "不在"])), "decoy"),
            c("ガスメーター番号", N, "VARCHAR", g.col(lambda: g.code("AA999999")), "decoy", METER),
            c("点検員", "person_name", "VARCHAR", g.col(g.pick(inspectors)), STAFF),
            c("委託業者", N, "VARCHAR", [contractors[i][0] for i in contractor], "business"),
            c("委託業者電話", N, "VARCHAR", [contractors[i][1] for i in contractor], "business"),
            c("予備項目1", N, "VARCHAR", _codes(g, ["高齢者世帯", "要通訳", "ペット注意", "鍵預かり"]), "decoy", PLAIN),
            c("特記事項", "free_text", "VARCHAR", g.sparse(tokki, 0.8, _words("なし", "特になし")), NULLWORD),
        ],
    )


def el_rythmiseis(g: Gen) -> Table:
    """A Thessaloniki water company's arrears settlements, social tariff and vulnerable customers (Greek)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        first, last = v.person(g, "el", female)
        born = g.birth(1936, 2000)
        place = g.rnd.choice(v.EL_PLACES)
        rows.append((first, last, born, place, v.given(g, "el", False)))
    clerks = v.staff(g, 5, "el")

    def paratirisi() -> str:
        return g.rnd.choice(
            [
                f"Εξουσιοδότηση στον γιο {v.whole(g, 'el', False)}",
                "Προσκόμισε βεβαίωση ΚΕΑ",
                f"Ενοικιαστής, ιδιοκτήτρια η κα {g.rnd.choice(v.EL_FAMILY)[1]}",
                "Διακοπή υδροδότησης ανεστάλη",
                "Σπασμένος μετρητής, ενημερώθηκε το συνεργείο",
            ]
        )

    return Table(
        "ύδρευση_θεσσαλονίκης.ρυθμίσεις_οφειλών",
        "el",
        "native",
        [
            c("κωδικός_ρύθμισης", N, "BIGINT", g.keys(310_001), "decoy", KEY),
            c("αριθμός_παροχής", N, "VARCHAR", g.col(lambda: v.afm_decoy(g)), "decoy", SUPPLY, SHAPE),
            c("επώνυμο", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("όνομα", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("πατρώνυμο", "first_name", "VARCHAR", [r[4] for r in rows]),
            c("αφμ", "national_id", "VARCHAR", g.col(lambda: v.afm(g), 0.05)),
            c("αμκα", "ssn", "VARCHAR", [v.amka(g, r[2]) if g.rnd.random() < 0.7 else None for r in rows]),
            c("ημερομηνία_γέννησης", "date_of_birth", "VARCHAR", [v.dmy(r[2]) for r in rows]),
            c("οδός", "street_address", "VARCHAR", g.col(g.pick(v.EL_STREETS))),
            c("αριθμός", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 160))), SPLIT_ADDR),
            c("τκ", "postal_code", "VARCHAR", [f"{r[3][1]} {g.digits(2)}" for r in rows]),
            c("περιοχή", "city", "VARCHAR", [r[3][0] for r in rows], LOCALITY),
            c("κινητό", "phone", "VARCHAR", g.phones("GR", {"national": 0.8, "e164": 0.2}, 1.0, 0.05)),
            c("σταθερό", "phone", "VARCHAR", g.phones("GR", {"national": 1.0}, 0.0, 0.78), HEAVY),
            c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["el"]) if g.rnd.random() < 0.55
                                            else None for r in rows]),
            c("κοινωνικό_τιμολόγιο", N, "VARCHAR", g.col(g.pick(["ΝΑΙ", "ΟΧΙ", "ΟΧΙ"])), "decoy"),
            c("κατηγορία_ευαλωτότητας", N, "VARCHAR", g.col(g.pick(["Καμία", "Μηχανική υποστήριξη ζωής",
                                                                      "ΑμεΑ 67%+", "Μονογονεϊκή", "Άνω των 75"])),
              "decoy", HEALTH),
            c("ποσό_οφειλής", N, "DOUBLE", g.amounts(60, 2_800), "decoy"),
            c("αριθμός_δόσεων", N, "INTEGER", g.ints(2, 36), "decoy"),
            c("iban", "iban", "VARCHAR", g.col(lambda: v.gr_iban(g), 0.5)),
            c("κατάστημα", N, "VARCHAR", g.col(g.pick(v.EL_OFFICES)), "business"),
            c("υπάλληλος", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
            c("πρόσθετο_πεδίο_2", "free_text", "VARCHAR", _custom(g, "GR", "el"), CUSTOM),
            c("παρατηρήσεις", "free_text", "VARCHAR", g.sparse(paratirisi, 0.8, _words("καμία", "-")), NULLWORD),
        ],
    )


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (ie_priority_register, 420),
    (au_life_support, 360),
    (gb_hardship_fund, 300),
    (ca_outage_reports, 560),
    (us_payment_arrangements, 480),
    (ng_vending_staging, 600),
    (ph_service_requests, 380),
    (de_smgw_einbau, 420),
    (es_altas_bajas, 500),
    (it_rateizzazioni, 450),
    (cz_vykup, 340),
    (se_avbrottsersattning, 400),
    (ja_hoan_tenken, 300),
    (el_rythmiseis, 380),
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
