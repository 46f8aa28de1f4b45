"""Held-out set v151 for the column classifier: 15 tables of *electric-vehicle charging networks and parking
operators* (charge card subscriptions and RFID badges, charging sessions and roaming records, home charger
installations, residents' parking permits, parking fines and appeals, car park season tickets, fleet drivers of
company cars), one system per table and each a different organisation in a different country, eight with English
column names and seven in other languages:

* ``kiwivolt_bop.charge_card_subscriptions``: a Tauranga EV charging network's charge card subscriptions (snake case:
  RFID uids and printed card numbers, the subscriber's DATE birth date, suburbs, IRD numbers of business-fleet
  subscribers only (mostly NULL), plans and fees, plates and models, sign-up IPs, ``referred_by`` mostly NULL,
  ``misc_1`` holding personal data, support notes naming partners and callers);
* ``bluenoseFleet.vehicleAssignments``: a Halifax electrical utility contractor's company vehicle assignments and
  taxable benefits (camel case: employee numbers, ISO birth dates, SIN, home address and a mostly empty unit, work
  e-mails, the emergency contact and their phone, branches, unit numbers, plates, standby charges, benefit case
  numbers of nine digits failing the SIN's Luhn check, fleet supervisors and approvers, ``customField2`` codes only);
* ``ChargeRightMK.HomeInstallations``: a Milton Keynes installer's home charger installations and grant claims (Pascal
  case: titles, a second address line mostly empty, plates, charger models and serials, MPANs with their check digit,
  the DNO, grant claim references, a tenant's landlord mostly NULL, branches and their phones, surveyors and
  installers, ``Udf3`` holding personal data, site notes naming neighbours and agents);
* ``RIDGESIDE_PARKING.SEASON_TICKETS``: a Durban office park's car park season tickets (SCREAMING case: access
  account numbers of thirteen digits failing the ID number's check, tag serials, South African ID numbers encoding the
  row's birth date, tenant companies and their phones, bays, plates, an alternate driver mostly NULL, the debit order
  account and the branch code, rates, capturing clerks, ``CUSTOM_FIELD_2``);
* ``gcc_permits.rpp_app_exp``: a Galway city council's residents' parking permit applications exported from its permit
  system (abbreviated: ``cust_fnm``, ``cust_ppsn``, ``ctc_ph``, ``addr_ln1``, ``addr_ln2`` holding the area,
  ``eircd``, ``dd/mm/yyyy`` birth dates, application references of seven digits and a letter failing the PPSN check,
  zones, permit numbers, a card's last four digits, clerks, the last editor's login, ``udf3`` codes only);
* ``PKENF.CITMAST_EXTRACT``: a Milwaukee parking enforcement office's citation and appeal master, a COBOL extract
  (legacy: padded CHAR, citation numbers of nine digits failing the SSN check, ``YYYYMMDD`` integers for the issue
  date and the owner's birth date, the registered owner written ``SURNAME, Given``, a second address line mostly
  blank, ZIP and phone as numbers with 0 for missing, the SSN of a payment plan mostly 0, cards a payment module kept
  in clear, appeal texts, hearing examiners and clerks written ``C. Reinholz``, ``PKF-USER-FLD-2`` holding personal
  data, ``PKF-USER-FLD-3`` codes);
* ``stg_voltpune.src_pg_payments_raw``: a Pune EV charging app's wallet top-ups and session payments landed from its
  payment gateway as an opaque staging table (``col01`` to ``col22``: order numbers of twelve digits failing Aadhaar's
  Verhoeff check, the payer's name (sometimes ``S. Shinde``), Aadhaar mostly empty, PAN, ``dd/mm/yyyy`` birth dates,
  flats, localities, UPI handles, masked cards, gateway ids, charging hubs, plates, kWh and amounts, IPs, a custom
  field with personal data);
* ``swroam_hub.cdr_export``: a Perth roaming hub's charging detail records exported as JSON and flattened to dotted
  keys (``cdr.token.uid``, ``cdr.token.contract_id``, ``cdr.location.coordinates.latitude``, ``driver.name``,
  ``driver.email``, ``billing.address.suburb``, ``meta.ip``, ``meta.custom2``, ``support.handled_by``,
  ``support.notes``; the party ids of charge point operators and their sites and site addresses);
* ``recharge_estuaire.abonnes_badges``: a Nantes charge point operator's subscribers and RFID badges (French: the
  family name in capitals, ``nom_naissance`` mostly NULL, ``dd/mm/yyyy`` birth dates, ``complement_adresse`` mostly
  NULL, the direct-debit IBAN and the mandate reference (RUM), fleet subscribers' employers and their SIRET, plates,
  advisers, ``champ_libre_2``, comments naming daughters and callers);
* ``porto_estaciona.disticos_residente``: a Porto municipal parking company's residents' permits (European
  Portuguese: the whole name with one or two given names, NIF, Cartão de Cidadão numbers, ``dd-mm-yyyy`` birth dates,
  street, door number and floor apart, ``codigo_postal``, ``freguesia``, plates, zones, process numbers of nine
  digits failing the NIF check, the debit IBAN, attendants, ``campo_extra_1`` codes only);
* ``spp_wroclaw.oplaty_dodatkowe``: a Wrocław paid parking zone's surcharge notices and appeals (Polish: notice numbers
  of eleven digits failing PESEL's check, PESEL encoding the row's birth date (empty when a company's car was
  parked), ``dd.mm.yyyy`` birth dates, ``nr_domu`` and ``nr_lokalu``, the company using the car and its NIP, an
  attorney (``pelnomocnik``) mostly NULL, appeal texts naming wives and friends, reviewers written ``A. Dudek``,
  ``pole_dodatkowe_2``);
* ``egesarj.uyeler``: an İzmir EV charging operator's members and RFID cards (Turkish: T.C. kimlik numbers, session
  numbers of eleven digits failing its check, the birth date split into ``dogum_gunu``, ``dogum_ayi`` and
  ``dogum_yili``, ``mahalle``, ``ilce`` and ``il``, the IBAN, a corporate invoice's title and VKN, plates and models,
  the emergency contact mostly NULL, representatives, ``ek_alan_1`` codes only);
* ``nordvent_flaade.firmabiler``: an Aalborg engineering firm's company cars and their drivers (Danish: CPR numbers,
  case numbers written ``DDMMYY-NNNN`` whose date does not exist, private and work e-mails, driving licence numbers,
  plates and models, the leasing company with its CVR and phone, the taxable value, ``reg_nr`` and ``kontonr`` of the
  driver's account, the fleet manager, ``ekstrafelt_2``);
* ``laadgemak.installaties``: a Utrecht installer's home charge points for lease drivers (Dutch: ``voorletters``,
  ``roepnaam``, ``tussenvoegsel`` mostly NULL, ``dd-mm-yyyy`` birth dates, ``huisnummer`` and ``toevoeging`` apart,
  the co-applicant (``medeaanvrager``) mostly NULL, the IBAN, the employer and its KvK number, EAN codes of the
  connection, mechanics, ``vrij_veld_2`` codes only);
* ``паркинг_центр.абонементы``: a Yekaterinburg multi-storey car park's season tickets (Russian column names and
  values: family name, given name and patronymic, ``dd.mm.yyyy`` birth dates, passport series and number, personal
  INN, SNILS, the flat (``квартира``) apart, contract numbers of twelve digits failing the INN check, plates, parking
  places, tariffs, operators, ``доп_поле_2``).

Written **blind**: by someone who has read neither the classifier (``governance_dagster/detect/``) nor its
documentation, tests, changelog, history or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (the parts of ``heldout_v2_accuracy.py`` where v149 is registered, read, never run; the
lines read around v149's paragraph also showed the end of v148's and the scorer's own description of its metrics),
v146's two modules (its docstring, helpers and most of its builders, and the generic helpers, phone code, name and
identifier functions of its values module) as the model of structure and labeling, v146's test as the model of this
set's test, v98's module docstring and the list of its values module's functions, ``tests/heldout_support.py``, the
``Column``/``Table`` classes of v2 and the writer and ``summary`` of v4, the opening paragraphs and the labeling
choices of v147's, v148's and v149's docstrings, the module docstrings of the other sets searched for this domain's
words (parking, charging, EV, permit, fine, penalty, fleet, company car, season, RFID, roaming, vehicle, car park:
v12, v57 and v71 had parking fines, v26 a parking operator, v39 and v84 resident parking permits, v40 a Swedish
charging network's card holders, v62 a car park's plate recognition, v67 a Singapore charging operator and an Athens
residents' parking register, v77 valet parking, v84 a Calgary permit CRM, a Broward citation master and Aarhus
resident permits, v139 Gothenburg company cars, v142 Dublin parking licences; every organisation here is new), the
ruff section of ``pyproject.toml`` and the sources of python-stdnum (``pt/cc``, ``ru/inn``, ``nz/ird``, ``dk/cpr``,
``iban``); phonenumbers was used through its API only. One slip: a directory listing of the helpers' tool folder
showed the file names of other sets' briefs and of some scripts; none was opened. The classifier was not run on this
set while it was written, no scorer was run on it, ``ruff format`` was not run, and no score was looked at (the test
builds the set through the scorer's ``SETS`` entry, as v146's test does, and never classifies).

Labeling choices a reader may question:

* a Canadian SIN, an Irish PPSN, a US SSN and a Russian SNILS are ``ssn`` (``kinds.py`` names SNILS); a New Zealand
  IRD number, the South African ID number, Aadhaar, PAN, a Portuguese NIF and Cartão de Cidadão number, PESEL, the
  T.C. kimlik number, the Danish CPR number, a personal INN, a Russian passport and a Danish driving licence (tag
  ``licence``) are ``national_id``; the passport and the licence have no check computed here and are generated by
  shape only; the SNILS check (weights 9 to 1, mod 101) is computed here, not by python-stdnum; the CPR numbers'
  dates are real, as python-stdnum checks them (their mod-11 checksum is no longer required and not built);
* subscription, assignment, installation, application, permit, citation, notice, process, session, case, contract,
  order and quote numbers, employee numbers, RFID uids, tag serials, printed card numbers, OCPI contract ids, EVSE
  ids, gateway ids, charger serials, grant claim references, mandate references (RUM) and app versions are ``none``
  (tag ``decoy``, ``value_shape`` when shaped like an identifier; nine of them are built to fail the check of the
  personal number they look like: SIN (Luhn), South African ID, SSN, Aadhaar, NIF, PESEL, T.C. kimlik, CPR (a date
  that does not exist) and personal INN, and a tenth, the Galway application reference, the PPSN's); an MPAN (with
  its check digit) and a Dutch EAN connection code are ``none`` (tags ``decoy`` and ``value_shape``): they number a
  supply point, not a person, though it is a home; a car's plate is ``none`` (tag ``vehicle``), as earlier sets
  labeled plates; site coordinates are ``none`` (tag ``coordinates``); a masked card and a card's last four digits
  are ``none`` (tag ``partial``);
* branches, tenant companies, employers, leasing companies, charging hubs, charge point operators' party ids, their
  sites and site addresses, their phones, bank branch codes and a Danish ``reg_nr`` are ``none`` (tag ``business``);
  a SIRET, a Polish company's NIP, a Turkish corporate VKN and a leasing company's CVR are ``none`` (tags
  ``business`` and ``check_digit``: each passes its check); a Dutch employer's KvK number is ``none``;
* fleet supervisors and approvers, surveyors and installers, capturing clerks, permit clerks, hearing examiners and
  entry clerks, support agents, advisers, attendants, reviewers, customer representatives, a fleet manager, mechanics
  and car park operators are staff (``person_name``, tag ``staff``, 2 to 8 distinct); a referrer, an emergency
  contact and their phone, a landlord, an alternate driver, an attorney and a co-applicant are personal (tag
  ``role_word``); the registered owner a citation is sent to is ``person_name``;
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); custom
  fields holding benefit, permit, enforcement, discount or installation codes only are ``none`` (tags ``decoy`` and
  ``custom_plain``); support notes, benefit notes, site notes, appeal texts, comments and remarks that name partners,
  neighbours, agents and relatives are ``free_text``;
* ``voorletters``, ``roepnaam`` and a Russian patronymic (``отчество``) are ``first_name``; a birth name
  (``nom_naissance``) and a ``tussenvoegsel`` are ``last_name``; ``SURNAME, Given`` in one column, a Portuguese whole
  name with two given names and a payer's name written with an initial are ``person_name``;
* a suburb, an ``addr_ln2`` holding the Galway area, a Pune locality, a freguesia, a mahalle and an ilçe are ``city``
  (tag ``locality``); a US state and a Turkish ``il`` are ``none``; a unit, a second address line, a French
  ``complement_adresse``, a door number and a floor (``numero_porta``, ``andar``), ``nr_domu``, ``nr_lokalu``,
  ``huisnummer``, ``toevoeging`` and a ``квартира`` are ``street_address`` (tag ``split_address``);
* dates of birth as DATE, as ISO, ``dd/mm/yyyy``, ``dd-mm-yyyy`` and ``dd.mm.yyyy`` text, as ``YYYYMMDD`` integers and
  split into day, month and year integers (each part ``date_of_birth``, tag ``split_dob``) are ``date_of_birth``;
  card dispatch, installation, issue, notice, validity, start and session dates and times are ``none``;
* cards a payment module kept in clear are ``credit_card``; French, Portuguese, Turkish and Dutch IBANs are ``iban``;
  a South African debit order account and a Danish ``kontonr`` are ``unclassified`` (tag ``bank_account``, as
  earlier sets labeled domestic accounts); a UPI handle and an editor's login are ``unclassified`` (tag
  ``username``); a work e-mail is ``email``; sign-up, payment and app IPs are ``ip_address``.

``null_heavy`` means 70-95% NULL, ``nullword_heavy`` 70-95% NULL words or empty (or blank padded) strings; rows per
table: 260 to 720. Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its
builder) with python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v151_values`, written for v151 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v151 [PATH]`` (default ``/tmp/heldout_v151.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v151``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v151_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v151_values import NULLISH, SEED, UNCLASSIFIED, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v151.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words or empty strings
HEAVY = "null_heavy"  # 70-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # agents, clerks, installers, examiners, approvers (2 to 8 distinct)
ROLE = "role_word"  # a role word (emergency contact, landlord, co-applicant, attorney ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PLAIN = "custom_plain"  # an opaque custom field holding codes only (none)
SPLIT_ADDR = "split_address"  # a part of an address in its own column (street_address)
SPLIT_DOB = "split_dob"  # a part of a date of birth in its own column (date_of_birth)
LOCALITY = "locality"  # a suburb, an area, a freguesia, an ilçe or a mahalle (city)
COORD = "coordinates"
PARTIAL = "partial"  # a masked card or its last four digits
VEHICLE = "vehicle"  # a car's plate (none)
LICENCE = "licence"  # a driving licence's number (national_id)
USERNAME = "username"
BANK = "bank_account"
CHECK = "check_digit"  # a business number passing its check (none)


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


def _people(g: Gen, lang: str, female_share: float = 0.45) -> list[tuple[str, str, bool]]:
    out = []
    for _ in range(g.rows):
        female = g.rnd.random() < female_share
        first, last = v.person(g, lang, female)
        out.append((first, last, female))
    return out


# -- English-named tables ----------------------------------------------------------------------------------------------


def nz_charge_cards(g: Gen) -> Table:
    """A Tauranga EV charging network's charge card subscriptions (snake case)."""
    people = _people(g, "nz")
    places = [g.rnd.choice(v.NZ_PLACES) for _ in people]
    kinds = ["Pay As You Go", "Pay As You Go", "Plus Monthly", "Plus Annual", "Business Fleet"]
    plans = [g.rnd.choice(kinds) for _ in people]
    fee = {"Pay As You Go": 0.0, "Plus Monthly": 9.99, "Plus Annual": 99.0, "Business Fleet": 14.5}

    def note() -> str:
        return g.rnd.choice(
            [
                f"Card lost at Bayfair, reissued; partner {v.given(g, 'nz', True)} to use old one till it arrives",
                "Charger fault at Te Puke site, credited 12.40",
                f"Called by {v.whole(g, 'nz')} asking to add second card for wife",
                "Moved to annual plan after promo",
                f"Disputed session, spoke with {v.given(g, 'nz')} on 0800 line",
            ]
        )

    return Table(
        "kiwivolt_bop.charge_card_subscriptions",
        "en",
        "snake",
        [
            c("subscription_id", N, "BIGINT", g.keys(310_001), "decoy", KEY),
            c("rfid_uid", N, "VARCHAR", g.col(lambda: g.code("04xxxxxxxxxxxx").upper()), "decoy", SHAPE),
            c("card_number", N, "VARCHAR", g.col(lambda: f"NZ-KVT-{g.digits(6)}-{g.digits(1)}"), "decoy", SHAPE),
            c("first_name", "first_name", "VARCHAR", [p[0] for p in people]),
            c("last_name", "last_name", "VARCHAR", [p[1] for p in people]),
            c("date_of_birth", "date_of_birth", "DATE", g.births(1950, 2004)),
            c("email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["nz"]) for p in people]),
            c("mobile", "phone", "VARCHAR", g.phones("NZ", {"national": 0.6, "e164": 0.3, "intl": 0.1}, 0.95)),
            c("street_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NZ_STREETS, "nz"))),
            c("suburb", "city", "VARCHAR", [p[0] for p in places], LOCALITY),
            c("postcode", "postal_code", "VARCHAR", [p[1] for p in places]),
            c(
                "ird_number",
                "national_id",
                "VARCHAR",
                [v.nz_ird(g) if p == "Business Fleet" else None for p in plans],
                HEAVY,
            ),
            c("plan_name", N, "VARCHAR", plans, "decoy"),
            c("monthly_fee_nzd", N, "DOUBLE", [fee[p] for p in plans], "decoy"),
            c("vehicle_rego", N, "VARCHAR", g.col(lambda: v.plate(g, "nz"), 0.1), "decoy", VEHICLE),
            c("vehicle_model", N, "VARCHAR", g.col(g.pick(v.NZ_VEHICLES), 0.1), "decoy"),
            c("card_dispatched_at", N, "TIMESTAMP", g.moments("2023-02-01", "2025-11-30", 0.05, 8, 17), "decoy"),
            c("signup_ip", "ip_address", "VARCHAR", g.col(g.ip, 0.1)),
            c("referred_by", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nz"), 0.8), ROLE, HEAVY),
            c("misc_1", "free_text", "VARCHAR", _custom(g, "NZ", "nz"), CUSTOM),
            c("support_notes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil", "Nil")), NULLWORD),
        ],
    )


def ca_fleet_drivers(g: Gen) -> Table:
    """A Halifax electrical utility contractor's company vehicle assignments and taxable benefits (camel case)."""
    people = _people(g, "ca", 0.3)
    places = [g.rnd.choice(v.CA_PLACES) for _ in people]
    supervisors = v.staff(g, 5, "ca")
    approvers = v.staff(g, 2, "ca")

    def note() -> str:
        return g.rnd.choice(
            [
                f"Home charger install approved, wife {v.given(g, 'ca', True)} also insured to drive",
                "Logbook missing Aug-Sep, reminder sent",
                f"Vehicle swapped with {v.whole(g, 'ca')} after collision",
                "Personal km over 50%, standby rate applies",
                "Fuel card suspended pending receipts",
            ]
        )

    return Table(
        "bluenoseFleet.vehicleAssignments",
        "en",
        "camel",
        [
            c("assignmentId", N, "BIGINT", g.keys(5_400_001), "decoy", KEY),
            c("employeeNumber", N, "VARCHAR", g.col(lambda: "E" + g.digits(6)), "decoy", SHAPE),
            c("driverFirstName", "first_name", "VARCHAR", [p[0] for p in people]),
            c("driverLastName", "last_name", "VARCHAR", [p[1] for p in people]),
            c("driverBirthDate", "date_of_birth", "VARCHAR", [g.birth(1960, 2003).isoformat() for _ in people]),
            c("driverSin", "ssn", "VARCHAR", g.col(lambda: v.ca_sin(g), 0.03)),
            c("homeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca"))),
            c(
                "homeUnit",
                "street_address",
                "VARCHAR",
                g.col(lambda: g.rnd.choice(["Apt ", "Unit ", "#"]) + str(g.rnd.randint(1, 1_200)), 0.8),
                SPLIT_ADDR,
                HEAVY,
            ),
            c("homeCommunity", "city", "VARCHAR", [p[0] for p in places]),
            c("homePostalCode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9A9')}" for p in places]),
            c("personalCell", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dashes": 0.3, "e164": 0.2})),
            c("workEmail", "email", "VARCHAR", [v.work_email(p[0], p[1], "bluenosepowerline.ca") for p in people]),
            c("emergencyContactName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.1), ROLE),
            c("emergencyContactPhone", "phone", "VARCHAR", g.phones("CA", {"national": 1.0}, 0.9, 0.12), ROLE),
            c("homeBranch", N, "VARCHAR", g.col(g.pick(v.CA_BRANCHES)), "business"),
            c("unitNumber", N, "VARCHAR", g.col(lambda: f"BPL-{g.rnd.randint(100, 899)}"), "decoy"),
            c("vehicleDescription", N, "VARCHAR", g.col(g.pick(v.CA_VEHICLES)), "decoy"),
            c("licencePlate", N, "VARCHAR", g.col(lambda: v.plate(g, "ca")), "decoy", VEHICLE),
            c("standbyChargeCad", N, "DOUBLE", g.amounts(180, 720), "decoy"),
            c("benefitCaseNumber", N, "VARCHAR", g.col(lambda: v.luhn_decoy(g, 9, "1234567"), 0.2), "decoy", SHAPE),
            c("fleetSupervisor", "person_name", "VARCHAR", g.col(g.pick(supervisors)), STAFF),
            c("approvedBy", "person_name", "VARCHAR", g.col(g.pick(approvers), 0.05), STAFF),
            c(
                "customField2",
                N,
                "VARCHAR",
                _codes(g, ["HOME-CHG", "TOW-PKG", "ON-CALL", "SNOW-TIRE", "NO-PERS"]),
                "decoy",
                PLAIN,
            ),
            c("benefitNotes", "free_text", "VARCHAR", g.sparse(note, 0.82, _words("None", "n/a")), NULLWORD),
        ],
    )


def gb_home_charger_installs(g: Gen) -> Table:
    """A Milton Keynes installer's home charger installations and grant claims (Pascal case)."""
    people = _people(g, "gb")
    places = [g.rnd.choice(v.GB_PLACES) for _ in people]
    branch = [g.rnd.randrange(len(v.GB_BRANCHES)) for _ in people]
    phones = [g.phone("GB", "national", False) for _ in v.GB_BRANCHES]
    installers = v.staff(g, 7, "gb")
    surveyors = v.staff(g, 3, "gb")
    tenant = [g.rnd.random() < 0.2 for _ in people]

    def mpan() -> str:
        body = g.rnd.choice(["12", "10", "19", "20"]) + g.digits(10)
        weights = (3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43)
        check = sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11 % 10
        return f"{body}{check}"

    def note() -> str:
        return g.rnd.choice(
            [
                "Cable run through garage, 12m SWA",
                f"Customer away, neighbour {v.whole(g, 'gb')} let us in",
                "Earth rod fitted, PEN fault protection built in",
                f"Landlord's agent {v.given(g, 'gb', True)} wants photos of the finished install",
                "Main fuse 60A, DNO upgrade requested",
            ]
        )

    return Table(
        "ChargeRightMK.HomeInstallations",
        "en",
        "pascal",
        [
            c("InstallationId", N, "BIGINT", g.keys(77_001), "decoy", KEY),
            c("QuoteReference", N, "VARCHAR", g.col(lambda: f"Q-{g.digits(6)}"), "decoy", SHAPE),
            c("Title", N, "VARCHAR", g.col(g.pick(["Mr", "Mrs", "Ms", "Miss", "Dr", "Mx"])), "decoy"),
            c("FirstName", "first_name", "VARCHAR", [p[0] for p in people]),
            c("Surname", "last_name", "VARCHAR", [p[1] for p in people]),
            c("Email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["gb"]) for p in people]),
            c("MobileNumber", "phone", "VARCHAR", g.phones("GB", {"national": 0.7, "intl": 0.2, "e164": 0.1}, 0.9)),
            c("InstallAddressLine1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GB_STREETS, "gb"))),
            c(
                "InstallAddressLine2",
                "street_address",
                "VARCHAR",
                g.col(lambda: g.rnd.choice(["Flat ", "Apartment ", "Unit "]) + str(g.rnd.randint(1, 60)), 0.82),
                SPLIT_ADDR,
                HEAVY,
            ),
            c("Town", "city", "VARCHAR", [p[0] for p in places]),
            c("Postcode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9AA')}" for p in places]),
            c("VehicleRegistration", N, "VARCHAR", g.col(lambda: v.plate(g, "gb"), 0.05), "decoy", VEHICLE),
            c("ChargerModel", N, "VARCHAR", g.col(g.pick(v.GB_CHARGERS)), "decoy"),
            c("ChargerSerial", N, "VARCHAR", g.col(lambda: g.code("ZZZZ-9999-9999")), "decoy", SHAPE),
            c("Mpan", N, "VARCHAR", g.col(mpan, 0.1), "decoy", SHAPE),
            c("DnoNotified", N, "VARCHAR", g.col(g.pick(v.GB_DNOS), 0.2), "decoy"),
            c("GrantClaimRef", N, "VARCHAR", g.col(lambda: "EVCS-" + g.digits(7), 0.5), "decoy", SHAPE),
            c("LandlordName", "person_name", "VARCHAR", [v.whole(g, "gb") if t else None for t in tenant], ROLE, HEAVY),
            c("Branch", N, "VARCHAR", [v.GB_BRANCHES[i] for i in branch], "business"),
            c("BranchPhone", N, "VARCHAR", [phones[i] for i in branch], "business"),
            c("SurveyedBy", "person_name", "VARCHAR", g.col(g.pick(surveyors)), STAFF),
            c("InstalledBy", "person_name", "VARCHAR", g.col(g.pick(installers), 0.08), STAFF),
            c("InstalledOn", N, "DATE", g.days("2023-01-09", "2025-11-28", 0.08), "decoy"),
            c("Udf3", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
            c("SiteNotes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("N/A", "n/a")), NULLWORD),
        ],
    )


def za_season_parking(g: Gen) -> Table:
    """A Durban office park's car park season tickets (SCREAMING case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        first, last = v.person(g, "za", female)
        born = g.birth(1958, 2003)
        rows.append((first, last, born, v.za_id(g, born, female) if g.rnd.random() < 0.94 else None))
    tenant = [g.rnd.randrange(len(v.ZA_TENANTS)) for _ in rows]
    tenant_phone = [g.phone("ZA", "national", False) for _ in v.ZA_TENANTS]
    clerks = v.staff(g, 3, "za")
    return Table(
        "RIDGESIDE_PARKING.SEASON_TICKETS",
        "en",
        "screaming",
        [
            c("TICKET_ID", N, "BIGINT", g.keys(90_001), "decoy", KEY),
            c("ACCESS_ACCOUNT_NO", N, "VARCHAR", g.col(lambda: v.za_id_decoy(g)), "decoy", SHAPE),
            c("TAG_SERIAL", N, "VARCHAR", g.col(lambda: g.code("xxxxxxxx").upper()), "decoy", SHAPE),
            c("HOLDER_FIRST_NAME", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("HOLDER_SURNAME", "last_name", "VARCHAR", [r[1].upper() for r in rows]),
            c("ID_NUMBER", "national_id", "VARCHAR", [r[3] for r in rows]),
            c("DATE_OF_BIRTH", "date_of_birth", "DATE", [r[2] for r in rows]),
            c("CELL_NO", "phone", "VARCHAR", g.phones("ZA", {"national": 0.8, "e164": 0.2}, 1.0)),
            c("EMAIL_ADDRESS", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["za"]) for r in rows]),
            c("TENANT_COMPANY", N, "VARCHAR", [v.ZA_TENANTS[i] for i in tenant], "business"),
            c("TENANT_PHONE", N, "VARCHAR", [tenant_phone[i] for i in tenant], "business"),
            c(
                "BAY_NO",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.rnd.choice(['B1', 'B2', 'G', 'P3'])}-{g.rnd.randint(1, 240):03d}"),
                "decoy",
            ),
            c("VEHICLE_REG", N, "VARCHAR", g.col(lambda: v.plate(g, "za")), "decoy", VEHICLE),
            c("ALT_DRIVER_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "za"), 0.82), ROLE, HEAVY),
            c(
                "DEBIT_ACCOUNT_NO",
                UNCLASSIFIED,
                "VARCHAR",
                g.col(lambda: g.rnd.choice("1456") + g.digits(9), 0.35),
                BANK,
            ),
            c("BRANCH_CODE", N, "VARCHAR", g.col(g.pick(["250655", "632005", "470010", "198765"]), 0.35), "business"),
            c("MONTHLY_RATE_ZAR", N, "DOUBLE", g.col(g.pick([850.0, 950.0, 1150.0, 1450.0])), "decoy"),
            c("START_DATE", N, "DATE", g.days("2022-01-01", "2025-11-01"), "decoy"),
            c("CAPTURED_BY", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
            c("CUSTOM_FIELD_2", "free_text", "VARCHAR", _custom(g, "ZA", "za"), CUSTOM),
        ],
    )


def ie_resident_permits(g: Gen) -> Table:
    """A Galway city's residents' parking permit applications exported from its permit system (abbreviated)."""
    people = _people(g, "ie", 0.5)
    places = [g.rnd.choice(v.IE_PLACES) for _ in people]
    clerks = v.staff(g, 4, "ie")
    logins = sorted({v.plain(p[0])[:1] + v.plain(p[1]).replace(".", "") for p in (v.person(g, "ie") for _ in range(5))})

    def note() -> str:
        return g.rnd.choice(
            [
                "Utility bill older than 3 months, asked for new one",
                f"Permit for carer {v.whole(g, 'ie', True)} (letter from GP on file)",
                "Second permit refused: off-street space available",
                f"Landlord {v.whole(g, 'ie')} confirmed tenancy by email",
                "Refund of pro-rata fee issued",
            ]
        )

    return Table(
        "gcc_permits.rpp_app_exp",
        "en",
        "abbrev",
        [
            c("app_id", N, "BIGINT", g.keys(2_024_0001), "decoy", KEY),
            c("app_ref", N, "VARCHAR", g.col(lambda: v.ie_pps_decoy(g)), "decoy", SHAPE),
            c("cust_fnm", "first_name", "VARCHAR", [p[0] for p in people], ABBREV),
            c("cust_snm", "last_name", "VARCHAR", [p[1] for p in people], ABBREV),
            c("cust_dob", "date_of_birth", "VARCHAR", [v.dmy(g.birth(1940, 2005)) for _ in people], ABBREV),
            c("cust_ppsn", "ssn", "VARCHAR", g.col(lambda: v.ie_pps(g), 0.1), ABBREV),
            c("ctc_ph", "phone", "VARCHAR", g.phones("IE", {"national": 0.7, "e164": 0.3}, 0.9), ABBREV),
            c("ctc_eml", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["ie"]) for p in people], ABBREV),
            c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IE_STREETS, "ie")), ABBREV),
            c("addr_ln2", "city", "VARCHAR", [p[0] for p in places], LOCALITY, ABBREV),
            c("addr_twn", "city", "VARCHAR", ["Galway"] * g.rows, ABBREV),
            c(
                "eircd",
                "postal_code",
                "VARCHAR",
                [f"{p[1]} {g.digits(4, '0123456789ACDEFHKNPRTVWXY')}" for p in places],
                ABBREV,
            ),
            c("veh_reg", N, "VARCHAR", g.col(lambda: v.plate(g, "ie")), "decoy", VEHICLE, ABBREV),
            c("prmt_zn", N, "VARCHAR", g.col(g.pick(v.IE_ZONES)), "decoy", ABBREV),
            c("prmt_no", N, "VARCHAR", g.col(lambda: f"RP{g.digits(5)}", 0.15), "decoy", SHAPE, ABBREV),
            c("pay_crd_l4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.2), "decoy", PARTIAL, ABBREV),
            c("proc_by", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF, ABBREV),
            c("upd_usr", UNCLASSIFIED, "VARCHAR", g.col(g.pick(logins)), USERNAME, ABBREV),
            c("udf3", N, "VARCHAR", _codes(g, ["CARER", "DISAB", "BUSNS", "VISITR", "2NDCAR"], 0.55), "decoy", PLAIN),
            c("app_nts", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil", "N/A")), NULLWORD, ABBREV),
        ],
    )


def us_citation_cobol(g: Gen) -> Table:
    """A Milwaukee parking enforcement office's citation and appeal master, a COBOL extract (legacy)."""
    rows = []
    for _ in range(g.rows):
        first, last = v.person(g, "us")
        place = g.rnd.choice(v.US_PLACES)
        viol = g.rnd.choice(v.US_VIOLATIONS)
        rows.append((first, last, place, viol, g.rnd.random() < 0.3))
    examiners = v.staff(g, 4, "us")
    clerks = v.staff(g, 3, "us", "initial")

    def appeal() -> str:
        return g.rnd.choice(
            [
                "METER BROKEN PHOTO SUPPLIED",
                f"CAR DRIVEN BY SON {v.given(g, 'us', False).upper()} THAT DAY",
                "SIGN NOT VISIBLE SNOW",
                f"SOLD VEHICLE TO {v.whole(g, 'us').upper()} ON 03/14",
                "WAS CHARGING APP SHOWS SESSION",
            ]
        )

    return Table(
        "PKENF.CITMAST_EXTRACT",
        "en",
        "cobol",
        [
            c("CIT-NO", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE, LEGACY),
            c(
                "CIT-ISS-DT",
                N,
                "INTEGER",
                [v.ymd_int(g.day("2024-01-02", "2025-11-28")) for _ in rows],
                "decoy",
                LEGACY,
            ),
            c("VIOL-CD", N, "VARCHAR", [r[3][0] for r in rows], "decoy", LEGACY),
            c("VIOL-DESC", N, "VARCHAR", _pad([r[3][1] for r in rows], 24), "decoy", LEGACY),
            c("FINE-AMT", N, "DOUBLE", [float(r[3][2]) for r in rows], "decoy", LEGACY),
            c("PLATE-NO", N, "VARCHAR", _pad(g.col(lambda: v.plate(g, "us")), 10), "decoy", VEHICLE, LEGACY),
            c("OWN-NAME", "person_name", "VARCHAR", _pad([f"{r[1].upper()}, {r[0]}" for r in rows], 30), LEGACY),
            c(
                "OWN-ADDR-1",
                "street_address",
                "VARCHAR",
                _pad(g.col(lambda: v.street(g, v.US_STREETS, "us").upper()), 30),
                LEGACY,
            ),
            c(
                "OWN-ADDR-2",
                "street_address",
                "VARCHAR",
                _pad(g.col(lambda: f"APT {g.rnd.randint(1, 40)}{g.rnd.choice('ABCD')}", 0.85), 12),
                SPLIT_ADDR,
                HEAVY,
                LEGACY,
            ),
            c("OWN-CITY", "city", "VARCHAR", _pad([r[2][0].upper() for r in rows], 20), LEGACY),
            c("OWN-ST", N, "VARCHAR", ["WI"] * g.rows, "decoy", LEGACY),
            c("OWN-ZIP", "postal_code", "INTEGER", [int(r[2][1]) for r in rows], LEGACY),
            c(
                "OWN-PHONE",
                "phone",
                "BIGINT",
                [int(x) if x else 0 for x in g.phones("US", {"digits": 1.0}, 0.7, 0.3)],
                LEGACY,
            ),
            c(
                "OWN-DOB",
                "date_of_birth",
                "INTEGER",
                [v.ymd_int(g.birth(1945, 2005)) if g.rnd.random() < 0.9 else 0 for _ in rows],
                LEGACY,
            ),
            c("PMT-PLAN-SSN", "ssn", "BIGINT", [int(v.us_ssn(g)) if r[4] else 0 for r in rows], LEGACY),
            c(
                "PMT-CARD-NO",
                "credit_card",
                "VARCHAR",
                _pad([v.card(g) if g.rnd.random() < 0.42 else None for _ in rows], 16),
                LEGACY,
            ),
            c("APPL-TEXT", "free_text", "VARCHAR", _pad(g.sparse(appeal, 0.8, ("", " ")), 60), NULLWORD, LEGACY),
            c("HRG-EXAMINER", "person_name", "VARCHAR", _pad(g.col(g.pick(examiners), 0.4), 24), STAFF, LEGACY),
            c("ENTRY-CLERK", "person_name", "VARCHAR", _pad(g.col(g.pick(clerks)), 16), STAFF, LEGACY),
            c("PKF-USER-FLD-2", "free_text", "VARCHAR", _pad(_custom(g, "US", "us"), 40), CUSTOM, LEGACY),
            c(
                "PKF-USER-FLD-3",
                N,
                "VARCHAR",
                _pad(_codes(g, ["BOOT", "TOW", "COLL", "HOLD", "SCOFF"]), 6),
                "decoy",
                PLAIN,
                LEGACY,
            ),
        ],
    )


def in_charging_payments_staging(g: Gen) -> Table:
    """A Pune EV charging app's wallet top-ups and session payments landed from its gateway (opaque staging)."""
    rows = []
    for _ in range(g.rows):
        first, last = v.person(g, "in")
        rows.append((first, last, g.rnd.choice(v.IN_PLACES)))
    hub = [g.rnd.choice(v.IN_HUBS) for _ in rows]

    def upi(first: str) -> str:
        bank = g.rnd.choice(["okaxis", "ybl", "paytm", "okhdfcbank", "ibl"])
        return f"{v.plain(first)}{g.rnd.randint(1, 999)}@{bank}"

    cols = [
        (N, "BIGINT", g.keys(60_000_001), "decoy", KEY),
        (N, "VARCHAR", g.col(lambda: v.aadhaar_decoy(g)), "decoy", SHAPE),
        ("person_name", "VARCHAR", [f"{r[0]} {r[1]}" if g.rnd.random() < 0.7 else f"{r[0][0]}. {r[1]}" for r in rows]),
        ("phone", "VARCHAR", g.phones("IN", {"e164": 0.5, "national": 0.3, "digits": 0.2})),
        ("email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["in"]) for r in rows]),
        ("national_id", "VARCHAR", [v.aadhaar(g) if g.rnd.random() < 0.18 else None for _ in rows], HEAVY),
        ("national_id", "VARCHAR", [v.pan(g, r[1]) if g.rnd.random() < 0.45 else None for r in rows]),
        ("date_of_birth", "VARCHAR", [v.dmy(g.birth(1965, 2005)) if g.rnd.random() < 0.6 else None for _ in rows]),
        ("street_address", "VARCHAR", g.col(lambda: v.street(g, v.IN_STREETS, "in"), 0.4)),
        ("city", "VARCHAR", [r[2][0] for r in rows], LOCALITY),
        ("postal_code", "VARCHAR", [r[2][1] for r in rows]),
        (UNCLASSIFIED, "VARCHAR", [upi(r[0]) if g.rnd.random() < 0.55 else None for r in rows], USERNAME),
        (
            N,
            "VARCHAR",
            g.col(lambda: f"{g.rnd.choice(['4', '5'])}{g.digits(5)}XXXXXX{g.digits(4)}", 0.6),
            "decoy",
            PARTIAL,
        ),
        (N, "VARCHAR", g.col(lambda: "pay_" + g.code("ZZZZZZZZZZZZZZ")), "decoy", SHAPE),
        (N, "VARCHAR", hub, "business"),
        (N, "VARCHAR", g.col(lambda: v.plate(g, "in"), 0.3), "decoy", VEHICLE),
        (N, "DOUBLE", g.amounts(3.5, 62.0), "decoy"),
        (N, "DOUBLE", g.amounts(60, 1_500), "decoy"),
        (N, "TIMESTAMP", g.moments("2025-06-01", "2025-11-30"), "decoy"),
        ("ip_address", "VARCHAR", g.col(g.ip, 0.05)),
        (N, "VARCHAR", g.col(g.pick(["captured", "captured", "captured", "failed", "refunded"])), "decoy"),
        ("free_text", "VARCHAR", _custom(g, "IN", "in"), CUSTOM),
    ]
    return Table(
        "stg_voltpune.src_pg_payments_raw",
        "en",
        "opaque",
        [c(f"col{i:02d}", kind, sql, vals, OPAQUE, *tags) for i, (kind, sql, vals, *tags) in enumerate(cols, 1)],
    )


def au_roaming_cdrs(g: Gen) -> Table:
    """A Perth roaming hub's charging detail records exported as JSON and flattened to dotted keys."""
    rows = []
    for _ in range(g.rows):
        first, last = v.person(g, "au")
        rows.append((first, last, g.rnd.choice(v.AU_PLACES), g.rnd.choice(v.AU_SITES), g.rnd.choice(v.AU_CPOS)))
    agents = v.staff(g, 5, "au")

    def note() -> str:
        return g.rnd.choice(
            [
                f"Driver {v.given(g, 'au')} says cable locked, remote unlock sent",
                "Session stopped by EVSE fault 0x2F",
                f"Refund approved for {v.whole(g, 'au')} (double charge)",
                "Idle fee waived, car park gate broken",
            ]
        )

    kwh = g.floats(2.0, 78.0, 3)
    return Table(
        "swroam_hub.cdr_export",
        "en",
        "json",
        [
            c("cdr.id", N, "VARCHAR", g.col(g.uuid), "decoy", SHAPE),
            c("cdr.party_id", N, "VARCHAR", [r[4] for r in rows], "business"),
            c("cdr.start_date_time", N, "TIMESTAMP", g.moments("2025-07-01", "2025-11-30"), "decoy"),
            c("cdr.total_energy", N, "DOUBLE", kwh, "decoy"),
            c("cdr.total_cost.incl_vat", N, "DOUBLE", [round(k * 0.62, 2) for k in kwh], "decoy"),
            c("cdr.token.uid", N, "VARCHAR", g.col(lambda: g.code("xxxxxxxxxxxxxx").upper()), "decoy", SHAPE),
            c(
                "cdr.token.contract_id",
                N,
                "VARCHAR",
                g.col(lambda: f"AU-SWR-C{g.digits(8)}-{g.code('Z')}"),
                "decoy",
                SHAPE,
            ),
            c("cdr.location.name", N, "VARCHAR", [r[3][0] for r in rows], "business"),
            c("cdr.location.address", N, "VARCHAR", [r[3][1] for r in rows], "business"),
            c("cdr.location.coordinates.latitude", N, "DOUBLE", [r[3][2] for r in rows], "decoy", COORD),
            c("cdr.location.coordinates.longitude", N, "DOUBLE", [r[3][3] for r in rows], "decoy", COORD),
            c("cdr.evse_uid", N, "VARCHAR", g.col(lambda: f"AU*SWR*E{g.digits(5)}*{g.rnd.randint(1, 4)}"), "decoy"),
            c("driver.name", "person_name", "VARCHAR", [f"{r[0]} {r[1]}" for r in rows]),
            c("driver.email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["au"]) for r in rows]),
            c("driver.phone", "phone", "VARCHAR", g.phones("AU", {"e164": 0.6, "national": 0.4}, 0.97, 0.2)),
            c(
                "billing.address.line1",
                "street_address",
                "VARCHAR",
                g.col(lambda: v.street(g, v.AU_STREETS, "au"), 0.15),
            ),
            c("billing.address.suburb", "city", "VARCHAR", [r[2][0] for r in rows], LOCALITY),
            c("billing.address.postcode", "postal_code", "VARCHAR", [r[2][1] for r in rows]),
            c("meta.ip", "ip_address", "VARCHAR", g.col(g.ip, 0.2)),
            c("meta.app_version", N, "VARCHAR", g.col(lambda: g.version((3, 5))), "decoy", SHAPE),
            c("meta.custom2", "free_text", "VARCHAR", _custom(g, "AU", "au"), CUSTOM),
            c("support.handled_by", "person_name", "VARCHAR", g.col(g.pick(agents), 0.6), STAFF),
            c("support.notes", "free_text", "VARCHAR", g.sparse(note, 0.85, _words("n/a")), NULLWORD),
        ],
    )


# -- tables in other languages -----------------------------------------------------------------------------------------


def fr_abonnements_recharge(g: Gen) -> Table:
    """A Nantes charge point operator's subscriptions and RFID badges (French)."""
    people = _people(g, "fr", 0.48)
    places = [g.rnd.choice(v.FR_PLACES) for _ in people]
    formule = [g.rnd.choice(v.FR_FORMULES) for _ in people]
    conseillers = v.staff(g, 5, "fr")
    employers = [(name, v.fr_siret(g)) for name in v.FR_EMPLOYERS]

    def commentaire() -> str:
        return g.rnd.choice(
            [
                f"Badge perdu, renvoyé chez sa fille {v.whole(g, 'fr', True)}",
                "Prélèvement rejeté (provision insuffisante), relance envoyée",
                f"Appel de M. {v.person(g, 'fr', False)[1]} pour contester une session à Rezé",
                "Résiliation demandée au 31/12",
                "Changement de véhicule, nouvelle immatriculation à saisir",
            ]
        )

    pro = [f == "Pro Flotte" for f in formule]
    emp = [g.rnd.choice(employers) if p else None for p in pro]
    return Table(
        "recharge_estuaire.abonnes_badges",
        "fr",
        "snake",
        [
            c("id_abonne", N, "BIGINT", g.keys(440_001), "decoy", KEY),
            c("numero_badge", N, "VARCHAR", g.col(lambda: f"FR-RES-{g.code('ZZZZZZZZ')}"), "decoy", SHAPE),
            c("civilite", N, "VARCHAR", ["Mme" if p[2] else "M." for p in people], "decoy"),
            c("nom", "last_name", "VARCHAR", [p[1].upper() for p in people]),
            c("prenom", "first_name", "VARCHAR", [p[0] for p in people]),
            c(
                "nom_naissance",
                "last_name",
                "VARCHAR",
                [v.person(g, "fr")[1].upper() if p[2] and g.rnd.random() < 0.35 else None for p in people],
                HEAVY,
            ),
            c("date_naissance", "date_of_birth", "VARCHAR", [v.dmy(g.birth(1948, 2005)) for _ in people]),
            c("courriel", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["fr"]) for p in people]),
            c("tel_portable", "phone", "VARCHAR", g.phones("FR", {"national": 0.75, "intl": 0.15, "e164": 0.1}, 0.92)),
            c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.FR_STREETS, "fr"))),
            c(
                "complement_adresse",
                "street_address",
                "VARCHAR",
                g.col(
                    lambda: g.rnd.choice(["Bât. ", "Appt ", "Résidence Les Pins, esc. "]) + str(g.rnd.randint(1, 40)),
                    0.78,
                ),
                SPLIT_ADDR,
                HEAVY,
            ),
            c("code_postal", "postal_code", "VARCHAR", [p[1] for p in places]),
            c("commune", "city", "VARCHAR", [p[0] for p in places]),
            c("formule", N, "VARCHAR", formule, "decoy"),
            c("iban_prelevement", "iban", "VARCHAR", g.col(lambda: v.spaced(v.fr_iban(g)), 0.3)),
            c("rum", N, "VARCHAR", g.col(lambda: f"RES{g.digits(10)}", 0.3), "decoy", SHAPE),
            c("employeur", N, "VARCHAR", [e[0] if e else None for e in emp], "business"),
            c("siret_employeur", N, "VARCHAR", [e[1] if e else None for e in emp], "business", CHECK),
            c("immatriculation", N, "VARCHAR", g.col(lambda: v.plate(g, "fr"), 0.1), "decoy", VEHICLE),
            c("conseiller", "person_name", "VARCHAR", g.col(g.pick(conseillers)), STAFF),
            c("champ_libre_2", "free_text", "VARCHAR", _custom(g, "FR", "fr"), CUSTOM),
            c(
                "commentaire",
                "free_text",
                "VARCHAR",
                g.sparse(commentaire, 0.8, _words("néant", "sans objet")),
                NULLWORD,
            ),
        ],
    )


def pt_disticos_residentes(g: Gen) -> Table:
    """A Porto municipal parking company's residents' permits (European Portuguese)."""
    people = _people(g, "pt", 0.5)
    places = [g.rnd.choice(v.PT_PLACES) for _ in people]
    atendentes = v.staff(g, 4, "pt")

    def obs() -> str:
        return g.rnd.choice(
            [
                "Comprovativo de morada em nome do senhorio",
                f"Dístico levantado pela esposa, {v.whole(g, 'pt', True)}",
                "Segundo veículo em lista de espera",
                f"Procuração a favor de {v.whole(g, 'pt')}",
                "Renovação com isenção (mobilidade reduzida)",
            ]
        )

    return Table(
        "porto_estaciona.disticos_residente",
        "pt",
        "snake",
        [
            c("id_distico", N, "BIGINT", g.keys(120_001), "decoy", KEY),
            c("numero_processo", N, "VARCHAR", g.col(lambda: v.pt_nif_decoy(g)), "decoy", SHAPE),
            c(
                "nome_completo",
                "person_name",
                "VARCHAR",
                [
                    f"{p[0]} {v.given(g, 'pt', p[2])} {p[1]}" if g.rnd.random() < 0.4 else f"{p[0]} {p[1]}"
                    for p in people
                ],
            ),
            c("nif", "national_id", "VARCHAR", g.col(lambda: v.pt_nif(g))),
            c("numero_cc", "national_id", "VARCHAR", g.col(lambda: v.pt_cc(g), 0.15)),
            c("data_nascimento", "date_of_birth", "VARCHAR", [v.dmy(g.birth(1940, 2005), "-") for _ in people]),
            c("morada", "street_address", "VARCHAR", g.col(g.pick(v.PT_STREETS))),
            c("numero_porta", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 1_400))), SPLIT_ADDR),
            c(
                "andar",
                "street_address",
                "VARCHAR",
                g.col(lambda: f"{g.rnd.randint(1, 8)}.º {g.rnd.choice(['Esq.', 'Dto.', 'Frente', 'Trás'])}", 0.45),
                SPLIT_ADDR,
            ),
            c("codigo_postal", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(3)}" for p in places]),
            c("freguesia", "city", "VARCHAR", [p[0] for p in places], LOCALITY),
            c("telemovel", "phone", "VARCHAR", g.phones("PT", {"national": 0.7, "e164": 0.3}, 0.9)),
            c("email", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "pt"), v.DOMAINS["pt"]), 0.2)),
            c("matricula", N, "VARCHAR", g.col(lambda: v.plate(g, "pt")), "decoy", VEHICLE),
            c("zona", N, "VARCHAR", g.col(g.pick(v.PT_ZONES)), "decoy"),
            c("validade", N, "DATE", g.days("2025-01-31", "2026-12-31"), "decoy"),
            c("iban_debito", "iban", "VARCHAR", g.col(lambda: v.pt_iban(g), 0.6)),
            c("atendido_por", "person_name", "VARCHAR", g.col(g.pick(atendentes)), STAFF),
            c("campo_extra_1", N, "VARCHAR", _codes(g, ["MOB-RED", "2VEIC", "COMERC", "ISENTO"], 0.6), "decoy", PLAIN),
            c("observacoes", "free_text", "VARCHAR", g.sparse(obs, 0.8, _words("sem dados", "n/d")), NULLWORD),
        ],
    )


def pl_oplaty_dodatkowe(g: Gen) -> Table:
    """A Wrocław paid parking zone's surcharge notices and appeals (Polish)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        first, last = v.person(g, "pl", female)
        born = g.birth(1950, 2005)
        rows.append((first, last, born, v.pesel(g, born, female), g.rnd.choice(v.PL_PLACES)))
    staff = v.staff(g, 3, "pl", "initial")
    company = [g.rnd.random() < 0.38 for _ in rows]
    nips = {name: v.pl_nip(g) for name in v.PL_COMPANIES}
    firm = [g.rnd.choice(v.PL_COMPANIES) if x else None for x in company]

    def odwolanie() -> str:
        return g.rnd.choice(
            [
                "Bilet opłacony w aplikacji, w załączeniu potwierdzenie",
                f"Samochodem kierowała żona, {v.whole(g, 'pl', True)}",
                "Parkomat nie działał, zgłoszono awarię",
                f"Pojazd użyczony koledze {v.whole(g, 'pl', False)}",
                "Karta mieszkańca ważna, wniosek o umorzenie",
            ]
        )

    return Table(
        "spp_wroclaw.oplaty_dodatkowe",
        "pl",
        "snake",
        [
            c("id", N, "BIGINT", g.keys(9_000_001), "decoy", KEY),
            c("nr_wezwania", N, "VARCHAR", g.col(lambda: v.pesel_decoy(g)), "decoy", SHAPE),
            c("data_wezwania", N, "DATE", g.days("2025-01-02", "2025-11-28"), "decoy"),
            c("strefa", N, "VARCHAR", g.col(g.pick(v.PL_ZONES)), "decoy"),
            c("nr_rejestracyjny", N, "VARCHAR", g.col(lambda: v.plate(g, "pl")), "decoy", VEHICLE),
            c("kwota_zl", N, "DOUBLE", g.col(g.pick([50.0, 100.0, 150.0, 250.0])), "decoy"),
            c("imie", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("nazwisko", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("pesel", "national_id", "VARCHAR", [None if x else r[3] for r, x in zip(rows, company, strict=True)]),
            c("data_urodzenia", "date_of_birth", "VARCHAR", [v.dmy(r[2], ".") for r in rows]),
            c("ulica", "street_address", "VARCHAR", g.col(g.pick(v.PL_STREETS))),
            c(
                "nr_domu",
                "street_address",
                "VARCHAR",
                g.col(lambda: str(g.rnd.randint(1, 180)) + g.rnd.choice(["", "", "a", "b"])),
                SPLIT_ADDR,
            ),
            c("nr_lokalu", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 90)), 0.45), SPLIT_ADDR),
            c("kod_pocztowy", "postal_code", "VARCHAR", [r[4][1] + g.digits(3) for r in rows]),
            c("miejscowosc", "city", "VARCHAR", [r[4][0] for r in rows]),
            c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.6, "e164": 0.25, "intl": 0.15}, 0.95, 0.3)),
            c("email", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "pl"), v.DOMAINS["pl"]), 0.35)),
            c("firma_uzytkownik", N, "VARCHAR", firm, "business"),
            c("nip_firmy", N, "VARCHAR", [nips[f] if f else None for f in firm], "business", CHECK),
            c("pelnomocnik", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "pl"), 0.85), ROLE, HEAVY),
            c(
                "tresc_odwolania",
                "free_text",
                "VARCHAR",
                g.sparse(odwolanie, 0.75, _words("brak", "nie dotyczy")),
                NULLWORD,
            ),
            c("rozpatrujacy", "person_name", "VARCHAR", g.col(g.pick(staff), 0.3), STAFF),
            c("pole_dodatkowe_2", "free_text", "VARCHAR", _custom(g, "PL", "pl"), CUSTOM),
        ],
    )


def tr_sarj_uyeleri(g: Gen) -> Table:
    """An İzmir EV charging operator's members and their RFID cards (Turkish)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.4
        first, last = v.person(g, "tr", female)
        rows.append((first, last, g.birth(1955, 2005), g.rnd.choice(v.TR_PLACES)))
    temsilciler = v.staff(g, 4, "tr")
    corporate = [g.rnd.random() < 0.38 for _ in rows]

    def not_() -> str:
        return g.rnd.choice(
            [
                "Kart kargoya verildi",
                f"Eşi {v.whole(g, 'tr', True)} adına ikinci kart talep edildi",
                "Bostanlı istasyonunda soket arızası bildirdi",
                f"{v.given(g, 'tr')} Bey ile görüşüldü, iade yapıldı",
                "Kurumsal faturaya geçiş istedi",
            ]
        )

    return Table(
        "egesarj.uyeler",
        "tr",
        "snake",
        [
            c("uye_id", N, "BIGINT", g.keys(35_000_001), "decoy", KEY),
            c("oturum_no", N, "VARCHAR", g.col(lambda: v.tckimlik_decoy(g)), "decoy", SHAPE),
            c("kart_no", N, "VARCHAR", g.col(lambda: g.code("xxxxxxxx").upper()), "decoy", SHAPE),
            c("tc_kimlik_no", "national_id", "VARCHAR", g.col(lambda: v.tckimlik(g), 0.05)),
            c("ad", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("soyad", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("dogum_gunu", "date_of_birth", "INTEGER", [r[2].day for r in rows], SPLIT_DOB),
            c("dogum_ayi", "date_of_birth", "INTEGER", [r[2].month for r in rows], SPLIT_DOB),
            c("dogum_yili", "date_of_birth", "INTEGER", [r[2].year for r in rows], SPLIT_DOB),
            c("cep_telefonu", "phone", "VARCHAR", g.phones("TR", {"national": 0.7, "e164": 0.3}, 1.0)),
            c("e_posta", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["tr"]) for r in rows]),
            c(
                "adres",
                "street_address",
                "VARCHAR",
                g.col(lambda: v.street(g, v.TR_STREETS, "tr") + f" D:{g.rnd.randint(1, 24)}"),
            ),
            c("mahalle", "city", "VARCHAR", [r[3][1] for r in rows], LOCALITY),
            c("ilce", "city", "VARCHAR", [r[3][0] for r in rows], LOCALITY),
            c("il", N, "VARCHAR", g.col(g.pick(v.TR_PROVINCES)), "decoy"),
            c("posta_kodu", "postal_code", "VARCHAR", [r[3][2] for r in rows]),
            c("iban", "iban", "VARCHAR", g.col(lambda: v.spaced(v.tr_iban(g)), 0.5)),
            c(
                "fatura_unvani",
                N,
                "VARCHAR",
                [g.rnd.choice(v.TR_COMPANIES) if x else None for x in corporate],
                "business",
            ),
            c("fatura_vkn", N, "VARCHAR", [v.tr_vkn(g) if x else None for x in corporate], "business", CHECK),
            c("arac_plakasi", N, "VARCHAR", g.col(lambda: v.plate(g, "tr"), 0.1), "decoy", VEHICLE),
            c("arac_modeli", N, "VARCHAR", g.col(g.pick(v.TR_VEHICLES), 0.1), "decoy"),
            c("acil_durum_kisisi", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "tr"), 0.78), ROLE, HEAVY),
            c("musteri_temsilcisi", "person_name", "VARCHAR", g.col(g.pick(temsilciler)), STAFF),
            c(
                "ek_alan_1",
                N,
                "VARCHAR",
                _codes(g, ["KURUMSAL", "KAMPANYA25", "FILO", "PERSONEL"], 0.5),
                "decoy",
                PLAIN,
            ),
            c("notlar", "free_text", "VARCHAR", g.sparse(not_, 0.8, _words("yok", "belirtilmemiş")), NULLWORD),
        ],
    )


def dk_firmabiler(g: Gen) -> Table:
    """An Aalborg engineering firm's company cars and their drivers (Danish)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.35
        first, last = v.person(g, "dk", female)
        born = g.birth(1960, 2002)
        rows.append((first, last, born, v.cpr(g, born, female), g.rnd.choice(v.DK_PLACES)))
    leasing = [g.rnd.randrange(len(v.DK_LEASING)) for _ in rows]
    lease_phone = [g.phone("DK", "national", False) for _ in v.DK_LEASING]
    lease_cvr = [v.dk_cvr(g) for _ in v.DK_LEASING]
    ansvarlige = v.staff(g, 2, "dk")

    def bemaerkning() -> str:
        return g.rnd.choice(
            [
                "Ladeboks hjemme monteret, refusion via løn",
                f"Ægtefælle {v.whole(g, 'dk', True)} må køre bilen",
                "Skade på forrude anmeldt",
                f"Bil overdraget fra {v.whole(g, 'dk')} ved fratrædelse",
                "Kørebog mangler for oktober",
            ]
        )

    return Table(
        "nordvent_flaade.firmabiler",
        "da",
        "snake",
        [
            c("bil_id", N, "BIGINT", g.keys(4_001), "decoy", KEY),
            c("sagsnr", N, "VARCHAR", g.col(lambda: v.cpr_decoy(g)), "decoy", SHAPE),
            c("cpr_nr", "national_id", "VARCHAR", [r[3] for r in rows]),
            c("fornavn", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("efternavn", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.DK_STREETS, "dk"))),
            c("postnr", "postal_code", "VARCHAR", [r[4][1] for r in rows]),
            c("bynavn", "city", "VARCHAR", [r[4][0] for r in rows]),
            c("mobil", "phone", "VARCHAR", g.phones("DK", {"national": 0.7, "e164": 0.3}, 1.0)),
            c(
                "privat_email",
                "email",
                "VARCHAR",
                g.col(lambda: v.email_of(g, *v.person(g, "dk"), v.DOMAINS["dk"]), 0.3),
            ),
            c("arbejdsmail", "email", "VARCHAR", [v.work_email(r[0], r[1], "nordvent.dk") for r in rows]),
            c("koerekort_nr", "national_id", "VARCHAR", g.col(lambda: g.digits(8), 0.1), LICENCE),
            c("nummerplade", N, "VARCHAR", g.col(lambda: v.plate(g, "dk")), "decoy", VEHICLE),
            c("bilmodel", N, "VARCHAR", g.col(g.pick(v.DK_CARS)), "decoy"),
            c("leasingselskab", N, "VARCHAR", [v.DK_LEASING[i][0] for i in leasing], "business"),
            c("leasing_cvr", N, "VARCHAR", [lease_cvr[i] for i in leasing], "business", CHECK),
            c("leasing_tlf", N, "VARCHAR", [lease_phone[i] for i in leasing], "business"),
            c("beskatningsgrundlag", N, "DOUBLE", g.amounts(250_000, 690_000), "decoy"),
            c("reg_nr", N, "VARCHAR", g.col(lambda: g.rnd.choice(["9070", "7681", "9255", "5301"]), 0.2), "business"),
            c("kontonr", UNCLASSIFIED, "VARCHAR", g.col(lambda: g.digits(10), 0.2), BANK),
            c("flaadeansvarlig", "person_name", "VARCHAR", g.col(g.pick(ansvarlige)), STAFF),
            c("ekstrafelt_2", "free_text", "VARCHAR", _custom(g, "DK", "dk"), CUSTOM),
            c("bemaerkning", "free_text", "VARCHAR", g.sparse(bemaerkning, 0.8, _words("ingen", "nej")), NULLWORD),
        ],
    )


def nl_laadpaal_installaties(g: Gen) -> Table:
    """A Utrecht installer's home charge point installations for lease drivers (Dutch)."""
    people = _people(g, "nl", 0.4)
    places = [g.rnd.choice(v.NL_PLACES) for _ in people]
    monteurs = v.staff(g, 6, "nl")
    employer = [g.rnd.randrange(len(v.NL_EMPLOYERS)) for _ in people]
    kvk = [g.digits(8) for _ in v.NL_EMPLOYERS]

    def split(last: str) -> tuple[str | None, str]:
        for tv in ("Van der ", "Van ", "De "):
            if last.startswith(tv):
                return tv.strip().lower(), last[len(tv):]
        return None, last

    names = [split(p[1]) for p in people]

    def opm() -> str:
        return g.rnd.choice(
            [
                "Meterkast vol, extra groep geplaatst",
                f"Buurman {v.whole(g, 'nl')} gaf sleutel van garagebox",
                "Kabel onder tuinpad door, bestrating teruggelegd",
                f"Contactpersoon is partner {v.given(g, 'nl', True)}",
                "Load balancing ingesteld op 25A",
            ]
        )

    return Table(
        "laadgemak.installaties",
        "nl",
        "snake",
        [
            c("installatie_id", N, "BIGINT", g.keys(18_001), "decoy", KEY),
            c("ordernummer", N, "VARCHAR", g.col(lambda: f"LG-{g.digits(6)}"), "decoy", SHAPE),
            c(
                "voorletters",
                "first_name",
                "VARCHAR",
                [f"{p[0][0]}." + (f"{g.rnd.choice('JMPAC')}." if g.rnd.random() < 0.4 else "") for p in people],
            ),
            c("roepnaam", "first_name", "VARCHAR", [p[0] for p in people]),
            c("tussenvoegsel", "last_name", "VARCHAR", [n[0] for n in names], HEAVY),
            c("achternaam", "last_name", "VARCHAR", [n[1] for n in names]),
            c("geboortedatum", "date_of_birth", "VARCHAR", [v.dmy(g.birth(1958, 2001), "-") for _ in people]),
            c("straat", "street_address", "VARCHAR", g.col(g.pick(v.NL_STREETS))),
            c("huisnummer", "street_address", "INTEGER", g.ints(1, 320), SPLIT_ADDR),
            c(
                "toevoeging",
                "street_address",
                "VARCHAR",
                g.col(g.pick(["A", "B", "bis", "1", "2", "II"]), 0.8),
                SPLIT_ADDR,
                HEAVY,
            ),
            c("postcode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('AA')}" for p in places]),
            c("woonplaats", "city", "VARCHAR", [p[0] for p in places]),
            c("mobiel", "phone", "VARCHAR", g.phones("NL", {"national": 0.7, "e164": 0.3}, 0.95)),
            c("email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["nl"]) for p in people]),
            c("medeaanvrager", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nl"), 0.8), ROLE, HEAVY),
            c("iban", "iban", "VARCHAR", g.col(lambda: v.spaced(v.nl_iban(g)), 0.4)),
            c("werkgever", N, "VARCHAR", [v.NL_EMPLOYERS[i] for i in employer], "business"),
            c("kvk_werkgever", N, "VARCHAR", [kvk[i] for i in employer], "business", SHAPE),
            c("ean_code", N, "VARCHAR", g.col(lambda: "8716" + g.digits(14)), "decoy", SHAPE),
            c("laadpaal", N, "VARCHAR", g.col(g.pick(v.NL_CHARGERS)), "decoy"),
            c("installatiedatum", N, "DATE", g.days("2023-03-01", "2025-11-28"), "decoy"),
            c("monteur", "person_name", "VARCHAR", g.col(g.pick(monteurs)), STAFF),
            c("vrij_veld_2", N, "VARCHAR", _codes(g, ["ZON", "3FASE", "GRAAF", "VVE"], 0.55), "decoy", PLAIN),
            c("opmerkingen", "free_text", "VARCHAR", g.sparse(opm, 0.8, _words("geen", "n.v.t.")), NULLWORD),
        ],
    )


def ru_abonementy_parkovka(g: Gen) -> Table:
    """A Yekaterinburg multi-storey car park's season tickets (Russian column names and values)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.4
        first, last = v.person(g, "ru", female)
        rows.append((first, last, v.patronymic(g, female), g.birth(1955, 2005), g.rnd.choice(v.RU_PLACES)))
    operators = v.staff(g, 3, "ru")

    def note() -> str:
        return g.rnd.choice(
            [
                f"Пропуск передан сыну, {v.whole(g, 'ru', False)}",
                "Оплата по безналу, счёт выставлен",
                "Место перенесено на уровень -2",
                f"Звонила жена, {v.given(g, 'ru', True)}, просила продлить",
                "Утерян брелок, выдан новый",
            ]
        )

    return Table(
        "паркинг_центр.абонементы",
        "ru",
        "native",
        [
            c("ид", N, "BIGINT", g.keys(66_001), "decoy", KEY),
            c("номер_договора", N, "VARCHAR", g.col(lambda: v.ru_inn_decoy(g)), "decoy", SHAPE),
            c("фамилия", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("имя", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("отчество", "first_name", "VARCHAR", [r[2] for r in rows]),
            c("дата_рождения", "date_of_birth", "VARCHAR", [v.dmy(r[3], ".") for r in rows]),
            c("паспорт", "national_id", "VARCHAR", g.col(lambda: f"65 {g.digits(2)} {g.digits(6)}", 0.1)),
            c("инн", "national_id", "VARCHAR", g.col(lambda: v.ru_inn(g), 0.4)),
            c("снилс", "ssn", "VARCHAR", g.col(lambda: v.snils(g), 0.5)),
            c("телефон", "phone", "VARCHAR", g.phones("RU", {"national": 0.6, "e164": 0.4}, 0.95)),
            c("эл_почта", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "ru"), v.DOMAINS["ru"]), 0.3)),
            c("адрес", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.RU_STREETS, "ru"))),
            c("квартира", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 280)), 0.2), SPLIT_ADDR),
            c("город", "city", "VARCHAR", [r[4][0] for r in rows]),
            c("индекс", "postal_code", "VARCHAR", [r[4][1] for r in rows]),
            c("госномер", N, "VARCHAR", g.col(lambda: v.plate(g, "ru")), "decoy", VEHICLE),
            c(
                "машиноместо",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.rnd.choice(['-1', '-2', '1'])}/{g.rnd.randint(1, 180)}"),
                "decoy",
            ),
            c("тариф", N, "VARCHAR", g.col(g.pick(v.RU_TARIFFS)), "decoy"),
            c("действует_до", N, "DATE", g.days("2025-12-01", "2026-11-30"), "decoy"),
            c("оператор", "person_name", "VARCHAR", g.col(g.pick(operators)), STAFF),
            c("доп_поле_2", "free_text", "VARCHAR", _custom(g, "RU", "ru"), CUSTOM),
            c("примечание", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("нет", "не указано")), NULLWORD),
        ],
    )


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (nz_charge_cards, 540),
    (ca_fleet_drivers, 320),
    (gb_home_charger_installs, 460),
    (za_season_parking, 380),
    (ie_resident_permits, 600),
    (us_citation_cobol, 720),
    (in_charging_payments_staging, 640),
    (au_roaming_cdrs, 500),
    (fr_abonnements_recharge, 480),
    (pt_disticos_residentes, 420),
    (pl_oplaty_dodatkowe, 560),
    (tr_sarj_uyeleri, 400),
    (dk_firmabiler, 260),
    (nl_laadpaal_installaties, 340),
    (ru_abonementy_parkovka, 300),
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
