"""Held-out set v148 for the column classifier: 15 tables of *ride-hailing, food-delivery and courier platforms*
(rider, driver and courier onboarding with driving licences, background checks, vehicles and payout accounts,
customers and their saved delivery addresses, trips and orders with their pickup and drop-off, tips and refunds,
safety incidents and lost property, restaurant partners and parcel lockers), one system per table and each a
different organisation in a different country, eight with English column names and seven in other languages:

* ``leedsbite_riders.rider_onboarding``: a Leeds food-delivery app's rider onboarding (snake case: National Insurance
  numbers, right-to-work share codes, DVLA licence numbers encoding the surname, birth date and sex for riders of
  scooters, motorbikes and cars, ``address_line_2`` mostly NULL, Leeds areas, DBS certificate numbers, the payout
  sort code and account number, the emergency contact and their phone, onboarding agents, sign-up IPs, ``misc_1``
  holding personal data, notes mostly NULL words);
* ``peggEats.customerSavedAddresses``: a Winnipeg grocery and food delivery app's customers and their saved addresses,
  one row per address (camel case: customers repeated across their addresses, the birth date as ISO text kept for
  alcohol orders and mostly NULL, address labels (``Mom's``), unit numbers, buzzer codes, the address's coordinates,
  delivery instructions naming neighbours, cards' last four digits, ``customField2`` holding promo codes only);
* ``CorribCabs.LostPropertyReports``: a Galway taxi dispatch app's lost property reports (Pascal case: the passenger,
  the pickup and drop-off addresses, Eircodes, item descriptions, the driver and their SPSV driver licence (40
  drivers), taxi registrations, the person collecting on the passenger's behalf mostly NULL, ``HandledBy``,
  ``Udf3``);
* ``TRIPSAFE_CHC.INCIDENT_REPORTS``: a Christchurch ride-hailing operator's safety incident reports (SCREAMING case:
  the rider, the driver (70 drivers), their NZ licence numbers and their birth date split into ``DRIVER_DOB_DAY``,
  ``DRIVER_DOB_MONTH`` and ``DRIVER_DOB_YEAR``, plates, the pickup address, suburb and postcode, incident coordinates,
  police event numbers, a witness and their phone mostly NULL, investigators, ``CUSTOM_FIELD_2``, summaries naming
  people);
* ``tas_courier.pod_scn_log``: a Hobart courier company's proof-of-delivery scans (abbreviated: ``rcpt_fnm``,
  ``addr_ln1``, ``addr_ln2`` mostly NULL, ``sbrb``, ``pcd``, ``ctc_ph``, ``sgn_nm`` the person who signed,
  authority-to-leave instructions naming neighbours, Tasmanian licence numbers checked for age-restricted parcels
  mostly NULL, drivers, depots and their phones, senders, scan coordinates, ``udf3`` run codes only);
* ``CRRBGCK.BGC_CONTRACTOR_EXTRACT``: a Milwaukee courier company's independent-contractor background checks, a COBOL
  extract (legacy: padded CHAR, ``YYYYMMDD`` integers for the birth and order dates, SSN and phone as numbers with 0
  for missing, ZIP as a number, a middle initial, Wisconsin-style licence numbers beginning with the surname's initial,
  a second address line mostly blank, order numbers of nine digits failing the SSN check, screening vendors,
  adjudicators, ``BGC-USER-FLD-2`` holding personal data, ``BGC-USER-FLD-3`` codes);
* ``stg_punebiketaxi.src_kyc_raw``: a Pune bike-taxi app's captain KYC feed landed as an opaque staging table
  (``col01`` to ``col21``: names in three forms, Aadhaar, PAN whose fifth letter is the surname's initial, the birth
  date as ``dd/mm/yyyy`` text, Maharashtra licence numbers, plates, IFSC codes, bank accounts, UPI handles, the
  address, PIN code and locality, KYC request numbers of twelve digits failing the Verhoeff check, selfie hashes, app
  versions, device IPs, KYC statuses, onboarding agents, a custom field with personal data);
* ``hailza_events.trip_events_json``: a Durban e-hailing app's trip events flattened from JSON to dotted keys
  (``rider.name.first``, ``driver.name`` (60 drivers), ``driver.id_number`` encoding ``driver.birth_date``,
  ``pickup.address``, ``pickup.suburb``, ``pickup.geo.lat``, ``dropoff.address``, fares and tips,
  ``refund.invoice_number`` of thirteen digits failing the ID number's check, ``meta.ip``, ``meta.custom2``,
  ``support.agent``);
* ``kurierdienst_lpz.fahrer_stammdaten``: a Leipzig parcel courier subcontractor's driver master data (German:
  ``geburtsname`` mostly NULL, the birth date as ``dd.mm.yyyy`` text, Steuer-ID, the pension insurance number
  encoding the birth date and the surname's initial, licence numbers and classes, ``strasse`` and ``hausnummer``
  apart, the wage IBAN, certificate-of-good-conduct dates, plates, subcontracting firms, dispatchers,
  ``zusatzfeld_2``, remarks mostly ``keine``);
* ``socios_rest_scl.locales_adheridos``: a Santiago food-delivery platform's restaurant partners (Chilean Spanish: the
  restaurant's trade name, company, company RUT, address, comuna and phone beside its legal representative's name
  with both family names, personal RUT, birth date as ``dd-mm-yyyy`` text, e-mail, mobile, home address and comuna,
  the payout bank and account number, contract numbers written like a RUT and failing its check, commercial
  executives, ``campo_libre_2`` codes only, remarks naming people);
* ``motofrete_cwb.pedidos_entregas``: a Curitiba motorcycle courier app's deliveries (Brazilian Portuguese: the
  customer and their CPF, the pickup shop and its address, ``entrega_logradouro``, ``entrega_numero``,
  ``entrega_complemento``, ``entrega_bairro``, CEP and town, the recipient, the motoboy (45 couriers) and his plate,
  fees, tips and refunds, the refund's PIX key mostly NULL, support protocols written like a CPF and failing its
  check, attendants by first name, ``campo_extra_1``);
* ``consegne_bo.richieste_rimborso``: a Bologna food-delivery app's refund and complaint requests (Italian: codice
  fiscale of customers asking for an invoice, mostly NULL, the delivery address, the name on the intercom
  (``nome_citofono``), CAP and comune, restaurants, refund amounts, the refund IBAN and its holder mostly NULL,
  rider ids, operators, request IPs, ``campo_libero_2``, complaint texts naming people);
* ``ραδιοταξί_λάρισας.μητρώο_οδηγών``: a Larissa radio taxi cooperative's driver register (Greek script names and
  values: ``πατρώνυμο``, AMKA encoding the birth date, AFM, identity card numbers, driving licence numbers, ``τκ``,
  IBAN, plates, taxi permit numbers, contract numbers of eleven digits failing AMKA's check, dispatchers,
  ``πρόσθετο_πεδίο_1`` shift codes only, remarks mostly ``καμία``);
* ``boxy_brno.vyzvednuti_zasilek``: a Brno parcel locker network's pickups (Czech: feminine family names, the birth
  date as ``d.m.yyyy`` text and the identity card number kept for age-restricted parcels only (mostly NULL), ``ulice``
  and ``cislo_popisne`` apart, PSČ, the city district, the locker's location and code, pickup PINs, cash on
  delivery and the account it is refunded to mostly NULL, senders, complaint numbers written like a birth number and
  failing its check, ``doplnkove_pole_2``, couriers' notes mostly NULL words);
* ``神戸タクシー.忘れ物受付台帳``: a Kobe taxi company's lost-and-found register (Japanese column names and values:
  the driver (30 drivers) and driver number, plates, the owner in kanji and katakana, the address from the prefecture
  down, the birth date in the era calendar (``昭和58年4月12日``) noted when the owner collects in person, the identity
  document shown, cash-on-delivery slip numbers of twelve digits failing My Number's check, clerks by family name,
  offices and their phones, ``予備項目2``, remarks mostly ``なし``).

Written **blind**: by someone who has read neither the classifier (``governance_dagster/detect/``) nor its
documentation, tests, changelog, history or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (the parts of ``heldout_v2_accuracy.py`` where v146 is registered, read, never run), v98's
module as the model of structure and labeling (its value module was not opened), v146's module (its docstring and its
first builders) and the generic helpers, name functions and identifiers of its value module, v146's test as the model
of this set's test,
``tests/heldout_support.py``, the ``Column``/``Table`` classes of v2 and the writer and summary of v4, the module
docstrings of v144, v145 and v146 in full and those of the other sets searched for ride-hailing, taxis, drivers,
couriers, deliveries, parcels, lockers, riders, restaurants and Greek (v67, v84, v95, v124, v131 and v133 touched
the theme: taxi and ride-hailing drivers in Accra, Buenos Aires, Fukuoka and Bengaluru, couriers in Houston and
Recife, a Mexico City driver onboarding, laundries' deliveries; every organisation and town here is new), the ruff
section of ``pyproject.toml`` and the sources of python-stdnum and phonenumbers. One slip: the command that showed
the ruff section of ``pyproject.toml`` also printed its extras and pytest sections; nothing here depends on them. The
classifier was not run on this set while it was written, no scorer was run on it, and no score was looked at (the
test builds the set through the scorer's ``SETS`` entry, as v146's test does, and never classifies).

Labeling choices a reader may question:

* a US SSN, a UK National Insurance number, a German pension insurance number (``sv_nummer``) and a Greek AMKA are
  ``ssn``; driving licences (DVLA, an Irish SPSV driver licence, New Zealand, Tasmanian, Wisconsin, Maharashtra,
  German and Greek licences, tag ``licence``), Aadhaar, PAN, the South African ID number, Steuer-ID, a personal RUT,
  CPF, codice fiscale, AFM, Greek and Czech identity card numbers are ``national_id``; the NI number, the pension
  number, the licences and the identity cards have no check computed here and are generated by shape only;
* a right-to-work share code (``rtw_share_code``: a Home Office code a rider gives so that the platform can view
  their status; it expires after 90 days) and a DBS certificate number are ``none`` (tags ``decoy`` and
  ``value_shape``), as v146 labeled DBS certificates: one check of one person, not the person's number;
* order, trip, incident, tracking, consignment, application, contract, complaint, protocol, KYC request, invoice and
  slip numbers, police event numbers, trip UUIDs, rider and driver numbers, locker codes and pickup PINs, hashes and
  app versions are ``none`` (tag ``decoy``, ``value_shape`` when shaped like an identifier; eight of them are built to
  fail the check of the personal number they look like); plates and taxi permits are ``none`` (tag ``vehicle``);
  pickup, incident and scan coordinates and a saved address's coordinates are ``none`` (tag ``coordinates``, as
  earlier sets labeled delivery and trip coordinates), and so is a card's last four digits (tag ``partial``);
* restaurants, their companies, company RUTs (passing the check), addresses, comunas and phones, depots and their
  phones, senders, pickup shops and their addresses, subcontracting firms, screening vendors, banks, a sort code and
  an IFSC code, lockers' locations and taxi offices and their phones are ``none`` (tag ``business``);
* onboarding agents, investigators, adjudicators, dispatchers, support agents, commercial executives, operators,
  attendants (by first name, ``first_name``), clerks (by family name, ``last_name``) and a courier company's own van
  drivers (``drv_nm``, seven of them) are staff (tag ``staff``); the drivers and couriers a platform names on trips,
  reports and deliveries (30 to 70 distinct people, ``DriverName``, ``DRIVER_FULL_NAME``, ``driver.name``,
  ``motoboy_nome``, ``乗務員名``) are ``person_name`` with the tag ``crew`` and without the staff tag, as v146 labeled
  the childminders an association places children with; the people in onboarding tables are those tables' subjects;
* an emergency contact and their phone, a person collecting on someone's behalf, a witness and their phone, the
  person who signed for a parcel, a restaurant's legal representative with their RUT, birth date and home, the
  recipient of a delivery, an account holder and a father's name (``πατρώνυμο``, ``first_name``) are personal (tag
  ``role_word``); the name on an intercom (``nome_citofono``: one or two family names, ``Rossi/Bianchi``) is
  ``last_name``;
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); custom
  fields holding promo, run, shift or zone codes only are ``none`` (tags ``decoy`` and ``custom_plain``); delivery
  instructions, authority-to-leave instructions, incident summaries, complaint texts, couriers' notes and remarks
  naming people are ``free_text``;
* domestic bank accounts (a UK account number, an Indian account, a Chilean account, a Czech account for refunded
  cash on delivery) are ``unclassified`` (tag ``bank_account``); a UPI handle and a PIX key (a CPF, a phone, an
  e-mail or a random key by row) are ``unclassified`` (tag ``username``, as v146 labeled a UPI handle); IBANs are
  ``iban``;
* pickup and drop-off addresses of trips and deliveries are ``street_address`` (tag ``pickup_dropoff``: most are homes,
  some are pubs, stations or offices); a unit, a second address line, a house number and a ``complemento`` are
  ``street_address`` (tag ``split_address``); a Leeds area, a Christchurch, Hobart or Durban suburb, a Pune locality,
  a bairro, a representative's comuna and a Brno city district are ``city`` (tag ``locality``); a province (``MB``)
  and a licence's state are ``none``;
* a middle initial is ``first_name``; a birth name (``geburtsname``) is ``last_name``; a kanji name with the family
  name first and its katakana reading, and a whole Indian name in capitals, are ``person_name``;
* dates of birth as DATE, as ISO, ``dd/mm/yyyy``, ``dd-mm-yyyy``, ``dd.mm.yyyy`` and ``d.m.yyyy`` text, in the
  Japanese era calendar, as ``YYYYMMDD`` integers and split into day, month and year integers (each part
  ``date_of_birth``, tag ``split_dob``) are ``date_of_birth``; order, scan, report, incident, joining, pickup and
  certificate dates are ``none``.

``null_heavy`` means 70-95% NULL, ``nullword_heavy`` 70-95% NULL words or empty (or blank padded) strings; rows per
table: 240 to 700. Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its
builder) with python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v148_values`, written for v148 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v148 [PATH]`` (default ``/tmp/heldout_v148.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v148``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v148_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v148_values import NULLISH, SEED, UNCLASSIFIED, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v148.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words or empty strings
HEAVY = "null_heavy"  # 70-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # onboarding agents, dispatchers, investigators, clerks, operators (2 to 8 distinct)
ROLE = "role_word"  # a role word (emergency contact, witness, recipient, representative ...) holding people
CREW = "crew"  # a platform's drivers or couriers named on trips and orders (many distinct people)
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PLAIN = "custom_plain"  # an opaque custom field holding codes only (none)
SPLIT_ADDR = "split_address"  # a part of an address in its own column (street_address)
SPLIT_DOB = "split_dob"  # a part of a date of birth in its own column (date_of_birth)
LOCALITY = "locality"  # a suburb, an area, a bairro, a city district (city)
COORD = "coordinates"
PARTIAL = "partial"  # a card's last four digits
LICENCE = "licence"  # a driving licence or a state-issued driver's licence number of a person (national_id)
VEHICLE = "vehicle"  # plates and taxi permits (none)
USERNAME = "username"  # a login or a payment handle (unclassified)
BANK = "bank_account"  # a domestic bank account (unclassified)
PICKUP = "pickup_dropoff"  # a trip's or an order's pickup or drop-off address (street_address)


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


# -- English-named tables ----------------------------------------------------------------------------------------------


def gb_rider_onboarding(g: Gen) -> Table:
    """A Leeds food-delivery app's rider onboarding (snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.3
        first, last = v.person(g, "gb", female)
        born = g.birth(1968, 2006)
        vehicle = g.rnd.choice(["bicycle", "e-bike", "e-bike", "scooter", "scooter", "car", "motorbike"])
        area = g.rnd.choice(v.GB_AREAS)
        rows.append((first, last, born, female, vehicle, area))
    agents = v.staff(g, 5, "gb")

    def note() -> str:
        return g.rnd.choice(
            [
                "Share code expired, asked rider to send new one",
                f"Emergency contact is brother {v.given(g, 'gb', False)}, same address",
                "Bike check done at Kirkstall hub",
                f"Referred by rider {v.whole(g, 'gb')}",
                "Insurance cert uploaded late",
            ]
        )

    return Table(
        "leedsbite_riders.rider_onboarding",
        "en",
        "snake",
        [
            c("rider_id", N, "BIGINT", g.keys(300_001), "decoy", KEY),
            c("application_ref", N, "VARCHAR", g.col(lambda: g.code("LBR-25-99999")), "decoy", SHAPE),
            c("first_name", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("last_name", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("date_of_birth", "date_of_birth", "DATE", [r[2] for r in rows]),
            c("ni_number", "ssn", "VARCHAR", g.col(lambda: v.gb_nino(g), 0.08)),
            c("rtw_share_code", N, "VARCHAR", g.col(lambda: g.code("WZZ ZZZ ZZZ"), 0.3), "decoy",
              SHAPE),
            c("mobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "e164": 0.3, "intl": 0.1})),
            c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["gb"]) for r in rows]),
            c("address_line_1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GB_STREETS, "gb"))),
            c("address_line_2", "street_address", "VARCHAR",
              g.col(lambda: g.rnd.choice(["Flat ", "Flat ", "Apt "]) + str(g.rnd.randint(1, 40)), 0.8), SPLIT_ADDR,
              HEAVY),
            c("area", "city", "VARCHAR", [r[5][0] for r in rows], LOCALITY),
            c("postcode", "postal_code", "VARCHAR", [f"{r[5][1]} {g.code('9AA')}" for r in rows]),
            c("vehicle_type", N, "VARCHAR", [r[4] for r in rows], "decoy"),
            c("driving_licence_no", "national_id", "VARCHAR",
              [v.dvla(g, r[1], r[2], r[3]) if r[4] in ("car", "motorbike", "scooter") else None for r in rows],
              LICENCE),
            c("dbs_status", N, "VARCHAR", g.col(g.pick(["clear", "clear", "clear", "pending", "referred"])), "decoy"),
            c("dbs_certificate_no", N, "VARCHAR", g.col(lambda: "0" + g.digits(11), 0.2), "decoy", SHAPE),
            c("payout_sort_code", N, "VARCHAR", g.col(lambda: g.rnd.choice(["20-", "40-", "30-", "60-", "09-"])
                                                     + g.code("99-99")), "business"),
            c("payout_account_no", UNCLASSIFIED, "VARCHAR", g.col(lambda: g.digits(8), 0.05), BANK),
            c("emergency_contact_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "gb"), 0.25), ROLE),
            c("emergency_contact_phone", "phone", "VARCHAR", g.phones("GB", {"national": 1.0}, 0.9, 0.25), ROLE),
            c("onboarded_by", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF),
            c("signup_ip", "ip_address", "VARCHAR", g.col(g.ip, 0.1)),
            c("app_version", N, "VARCHAR", g.col(lambda: g.version((3, 5))), "decoy"),
            c("misc_1", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
            c("onboarding_notes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("n/a")), NULLWORD),
        ],
    )


def ca_saved_addresses(g: Gen) -> Table:
    """A Winnipeg grocery and food delivery app's customers and their saved delivery addresses (camel case)."""
    customers = []
    for _ in range(260):
        first, last = v.person(g, "ca")
        customers.append((g.rnd.randint(700_000, 799_999), first, last,
                          v.email_of(g, first, last, v.DOMAINS["ca"]),
                          g.phone("CA", g.rnd.choice(["national", "national", "e164"])),
                          g.birth(1950, 2004) if g.rnd.random() < 0.22 else None))
    rows = [g.rnd.choice(customers) for _ in range(g.rows)]
    places = [g.rnd.choice(v.CA_CITIES) for _ in range(g.rows)]

    def instructions() -> str:
        return g.rnd.choice(
            [
                "Side door, dog is friendly",
                f"If no answer leave with {v.given(g, 'ca')} in unit 2",
                "Buzz 114 then call",
                f"Ask for {v.whole(g, 'ca')} at the front desk",
                "Do not ring bell, baby sleeping",
            ]
        )

    return Table(
        "peggEats.customerSavedAddresses",
        "en",
        "camel",
        [
            c("addressId", N, "BIGINT", g.keys(5_100_001), "decoy", KEY),
            c("customerId", N, "INTEGER", [r[0] for r in rows], "decoy"),
            c("customerFirstName", "first_name", "VARCHAR", [r[1] for r in rows]),
            c("customerLastName", "last_name", "VARCHAR", [r[2] for r in rows]),
            c("customerEmail", "email", "VARCHAR", [r[3] for r in rows]),
            c("mobilePhone", "phone", "VARCHAR", [r[4] for r in rows]),
            c("birthDate", "date_of_birth", "VARCHAR", [r[5].isoformat() if r[5] else None for r in rows], HEAVY),
            c("addressLabel", N, "VARCHAR", g.col(g.pick(["Home", "Home", "Work", "Cottage", "Mom's", "Other"])),
              "decoy"),
            c("streetAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca"))),
            c("unitNumber", "street_address", "VARCHAR", g.col(lambda: f"Unit {g.rnd.randint(1, 1_900)}", 0.6),
              SPLIT_ADDR),
            c("buzzerCode", N, "VARCHAR", g.col(lambda: g.digits(3), 0.6), "decoy"),
            c("city", "city", "VARCHAR", [p[0] for p in places]),
            c("province", N, "VARCHAR", ["MB"] * g.rows, "decoy"),
            c("postalCode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9A9')}" for p in places]),
            c("latitude", N, "DOUBLE", g.floats(49.78, 49.98, 6), "decoy", COORD),
            c("longitude", N, "DOUBLE", g.floats(-97.30, -96.95, 6), "decoy", COORD),
            c("deliveryInstructions", "free_text", "VARCHAR", g.sparse(instructions, 0.75, _words()), NULLWORD),
            c("cardLast4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.2), "decoy", PARTIAL),
            c("lastOrderAt", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
            c("signupIp", "ip_address", "VARCHAR", g.col(g.ip, 0.15)),
            c("customField2", N, "VARCHAR", _codes(g, ["PROMO-FALL25", "WPG-FREEDEL", "REF-2025", "STUDENT10"]),
              "decoy", PLAIN),
        ],
    )


def ie_lost_property(g: Gen) -> Table:
    """A Galway taxi dispatch app's lost property reports (Pascal case)."""
    drivers = [(name, g.digits(5)) for name in v.crew(g, 40, "ie")]
    driver = [g.rnd.choice(drivers) for _ in range(g.rows)]
    handlers = v.staff(g, 4, "ie")
    places = [g.rnd.choice(v.IE_PLACES) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(
            [
                f"Passenger's partner {v.given(g, 'ie')} will collect",
                "Driver dropped item to office",
                f"Item returned by courier to {v.whole(g, 'ie')}",
                "No match found after 30 days, to charity",
                "Passenger unreachable",
            ]
        )

    return Table(
        "CorribCabs.LostPropertyReports",
        "en",
        "pascal",
        [
            c("ReportId", N, "BIGINT", g.keys(61_001), "decoy", KEY),
            c("TripReference", N, "VARCHAR", g.col(lambda: g.code("CC-99999999")), "decoy", SHAPE),
            c("ReportedAt", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
            c("PassengerName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ie"))),
            c("PassengerMobile", "phone", "VARCHAR", g.phones("IE", {"national": 0.6, "e164": 0.4}, 0.95)),
            c("PassengerEmail", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "ie"), v.DOMAINS["ie"]),
                                                          0.3)),
            c("PickupAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IE_STREETS, "ie")), PICKUP),
            c("DropoffAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IE_STREETS, "ie")), PICKUP),
            c("DropoffTown", "city", "VARCHAR", [p[0] for p in places]),
            c("DropoffEircode", "postal_code", "VARCHAR", g.col(lambda: f"{g.rnd.choice(places)[1]} {g.code('ZZZZ')}",
                                                               0.4)),
            c("ItemCategory", N, "VARCHAR", g.col(g.pick(["Phone", "Wallet", "Keys", "Bag", "Jacket", "Glasses"])),
              "decoy"),
            c("ItemDescription", N, "VARCHAR", g.col(g.pick(["Black iPhone, cracked case", "Brown leather wallet",
                                                             "Car keys with Tuam GAA keyring", "Navy rain jacket",
                                                             "Grey backpack with laptop"])), "decoy"),
            c("DriverName", "person_name", "VARCHAR", [d[0] for d in driver], CREW),
            c("DriverSpsvLicence", "national_id", "VARCHAR", [d[1] for d in driver], LICENCE),
            c("VehicleReg", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['191', '202', '231', '242'])}-G-"
                                                 f"{g.rnd.randint(100, 9999)}"), "decoy", VEHICLE),
            c("Status", N, "VARCHAR", g.col(g.pick(["Open", "Matched", "Returned", "Closed"])), "decoy"),
            c("CollectedOnBehalfOf", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ie"), 0.85), ROLE, HEAVY),
            c("HandledBy", "person_name", "VARCHAR", g.col(g.pick(handlers)), STAFF),
            c("Udf3", "free_text", "VARCHAR", _custom(g, "IE", "ie"), CUSTOM),
            c("Notes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words()), NULLWORD),
        ],
    )


def nz_incidents(g: Gen) -> Table:
    """A Christchurch ride-hailing operator's safety incident reports (SCREAMING case)."""
    drivers = []
    for _ in range(70):
        born = g.birth(1958, 2001)
        drivers.append((v.whole(g, "nz", g.rnd.random() < 0.2), g.code("AA999999"), born))
    driver = [g.rnd.choice(drivers) for _ in range(g.rows)]
    places = [g.rnd.choice(v.NZ_SUBURBS) for _ in range(g.rows)]
    witnessed = [g.rnd.random() < 0.18 for _ in range(g.rows)]
    investigators = v.staff(g, 3, "nz")

    def summary_text() -> str:
        return g.rnd.choice(
            [
                f"Rider says driver {v.given(g, 'nz')} took a longer route and was rude",
                "Minor collision at lights, no injuries",
                f"Passenger {v.whole(g, 'nz')} vomited in vehicle, cleaning fee applied",
                "Driver reported aggressive passenger, police called",
                f"Rider left phone, returned via {v.given(g, 'nz')} at depot",
            ]
        )

    return Table(
        "TRIPSAFE_CHC.INCIDENT_REPORTS",
        "en",
        "screaming",
        [
            c("INCIDENT_ID", N, "BIGINT", g.keys(9_001), "decoy", KEY),
            c("INCIDENT_NO", N, "VARCHAR", g.col(lambda: g.code("INC-2025-99999")), "decoy", SHAPE),
            c("TRIP_UUID", N, "VARCHAR", g.col(g.uuid), "decoy"),
            c("REPORTED_AT", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
            c("REPORTED_BY_ROLE", N, "VARCHAR", g.col(g.pick(["RIDER", "RIDER", "DRIVER", "THIRD_PARTY"])), "decoy"),
            c("RIDER_FULL_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nz"))),
            c("RIDER_MOBILE", "phone", "VARCHAR", g.phones("NZ", {"national": 0.5, "e164": 0.5}, 1.0, 0.05)),
            c(
                "RIDER_EMAIL",
                "email",
                "VARCHAR",
                g.col(lambda: v.email_of(g, *v.person(g, "nz"), v.DOMAINS["nz"]), 0.2),
            ),
            c("DRIVER_FULL_NAME", "person_name", "VARCHAR", [d[0] for d in driver], CREW),
            c("DRIVER_LICENCE_NO", "national_id", "VARCHAR", [d[1] for d in driver], LICENCE),
            c("DRIVER_DOB_DAY", "date_of_birth", "INTEGER", [d[2].day for d in driver], SPLIT_DOB),
            c("DRIVER_DOB_MONTH", "date_of_birth", "INTEGER", [d[2].month for d in driver], SPLIT_DOB),
            c("DRIVER_DOB_YEAR", "date_of_birth", "INTEGER", [d[2].year for d in driver], SPLIT_DOB),
            c("VEHICLE_PLATE", N, "VARCHAR", g.col(lambda: g.code("AAA999")), "decoy", VEHICLE),
            c("PICKUP_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NZ_STREETS, "nz")), PICKUP),
            c("PICKUP_SUBURB", "city", "VARCHAR", [p[0] for p in places], LOCALITY),
            c("PICKUP_POSTCODE", "postal_code", "VARCHAR", [p[1] for p in places]),
            c("INCIDENT_LAT", N, "DOUBLE", g.floats(-43.60, -43.45, 6), "decoy", COORD),
            c("INCIDENT_LON", N, "DOUBLE", g.floats(172.50, 172.75, 6), "decoy", COORD),
            c("CATEGORY", N, "VARCHAR", g.col(g.pick(["ROUTE", "CONDUCT", "COLLISION", "CLEANING", "SAFETY", "FARE"])),
              "decoy"),
            c("SEVERITY", N, "VARCHAR", g.col(g.pick(["S1", "S2", "S3", "S4"])), "decoy"),
            c("POLICE_EVENT_NO", N, "VARCHAR", g.col(lambda: g.code("P099999999"), 0.6), "decoy", SHAPE),
            c("WITNESS_NAME", "person_name", "VARCHAR", [v.whole(g, "nz") if w else None for w in witnessed], ROLE,
              HEAVY),
            c("WITNESS_PHONE", "phone", "VARCHAR", [g.phone("NZ", "national") if w else None for w in witnessed], ROLE,
              HEAVY),
            c("INVESTIGATOR", "person_name", "VARCHAR", g.col(g.pick(investigators)), STAFF),
            c("CUSTOM_FIELD_2", "free_text", "VARCHAR", _custom(g, "NZ", "nz"), CUSTOM),
            c("INCIDENT_SUMMARY", "free_text", "VARCHAR", g.col(summary_text, 0.05)),
        ],
    )


def au_proof_of_delivery(g: Gen) -> Table:
    """A Hobart courier company's proof-of-delivery scans (abbreviated)."""
    rows = []
    for _ in range(g.rows):
        first, last = v.person(g, "au")
        rows.append((first, last, g.rnd.choice(v.AU_SUBURBS)))
    drivers = v.staff(g, 7, "au")
    depots = [("Cambridge Depot", g.phone("AU", "national", False)), ("Glenorchy Depot", g.phone("AU", "national",
                                                                                                    False))]
    depot = [g.rnd.choice(depots) for _ in range(g.rows)]
    atl = [g.rnd.random() < 0.3 for _ in range(g.rows)]
    senders = ["Tassie Outdoor Gear Pty Ltd", "Huon Valley Cider Co", "Bellerive Pharmacy Online", "Kmart Online",
               "Salamanca Book Shop", "Mona Merch Store"]

    def instr() -> str:
        return g.rnd.choice(
            [
                "Leave behind pot plant at front door",
                f"Leave with neighbour {v.given(g, 'au')} at no. 14",
                "In meter box",
                f"Give to {v.whole(g, 'au')} at reception",
                "Garage side door",
            ]
        )

    return Table(
        "tas_courier.pod_scn_log",
        "en",
        "abbrev",
        [
            c("con_id", N, "BIGINT", g.keys(1_800_001), "decoy", KEY),
            c("con_no", N, "VARCHAR", g.col(lambda: g.code("TC99999999AU")), "decoy", SHAPE),
            c("rcpt_fnm", "first_name", "VARCHAR", [r[0] for r in rows], ABBREV),
            c("rcpt_lnm", "last_name", "VARCHAR", [r[1] for r in rows], ABBREV),
            c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au")), ABBREV),
            c("addr_ln2", "street_address", "VARCHAR", g.col(lambda: f"Unit {g.rnd.randint(1, 24)}", 0.8), ABBREV,
              SPLIT_ADDR, HEAVY),
            c("sbrb", "city", "VARCHAR", [r[2][0] for r in rows], ABBREV, LOCALITY),
            c("pcd", "postal_code", "VARCHAR", [r[2][1] for r in rows], ABBREV),
            c("ctc_ph", "phone", "VARCHAR", g.phones("AU", {"national": 0.7, "e164": 0.3}, 0.9, 0.1), ABBREV),
            c("ctc_eml", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["au"]) if g.rnd.random() < 0.6
                                              else None for r in rows], ABBREV),
            c("sgn_nm", "person_name", "VARCHAR", [None if a else (f"{r[0]} {r[1]}" if g.rnd.random() < 0.7 else
                                                                    v.whole(g, "au")) for a, r in zip(atl, rows,
                                                                                                    strict=True)],
              ABBREV, ROLE),
            c("atl_flg", N, "VARCHAR", ["Y" if a else "N" for a in atl], ABBREV, "decoy"),
            c("atl_instr", "free_text", "VARCHAR", g.sparse(instr, 0.8, _words()), ABBREV, NULLWORD),
            c("id_chk_dl", "national_id", "VARCHAR", g.col(lambda: g.code("A99999") if g.rnd.random() < 0.7 else
                                                           g.code("9999999"), 0.85), ABBREV, LICENCE, HEAVY),
            c("drv_nm", "person_name", "VARCHAR", g.col(g.pick(drivers)), ABBREV, STAFF),
            c("dpt_nm", N, "VARCHAR", [d[0] for d in depot], ABBREV, "business"),
            c("dpt_ph", N, "VARCHAR", [d[1] for d in depot], ABBREV, "business"),
            c("sndr_co", N, "VARCHAR", g.col(g.pick(senders)), ABBREV, "business"),
            c("scn_ts", N, "TIMESTAMP", g.moments("2025-06-01", "2025-11-30", 0, 7, 19), ABBREV, "decoy"),
            c("gps_lat", N, "DOUBLE", g.floats(-43.05, -42.75, 5), ABBREV, "decoy", COORD),
            c("gps_lng", N, "DOUBLE", g.floats(147.10, 147.50, 5), ABBREV, "decoy", COORD),
            c("pcl_wt_kg", N, "DOUBLE", g.floats(0.1, 22.0, 2), ABBREV, "decoy"),
            c("udf3", N, "VARCHAR", _codes(g, ["RUN-04", "RUN-11", "RUN-17", "SAT-AM", "BULKY"]), ABBREV, "decoy",
              PLAIN),
        ],
    )


def us_background_checks(g: Gen) -> Table:
    """A Milwaukee courier company's contractor background check extract (COBOL, legacy)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.35
        first, last = v.person(g, "us", female)
        born = g.birth(1960, 2005)
        place = g.rnd.choice(v.US_CITIES)
        rows.append((first, last, born, place, female))
    adjudicators = v.staff(g, 4, "us")
    vendors = ["LAKESHORE SCREENING LLC", "BADGER VERIFY INC"]

    def dl(last: str) -> str:
        return f"{v.plain(last)[0].upper()}{g.digits(3)}-{g.digits(4)}-{g.digits(4)}-{g.digits(2)}"

    return Table(
        "CRRBGCK.BGC_CONTRACTOR_EXTRACT",
        "en",
        "cobol",
        [
            c("BGC-REC-ID", N, "BIGINT", g.keys(40_000_001), "decoy", KEY, LEGACY),
            c("BGC-ORDER-NO", N, "BIGINT", [int(v.us_ssn_decoy(g)) for _ in rows], "decoy", SHAPE, LEGACY),
            c("BGC-LAST-NM", "last_name", "VARCHAR", _pad([r[1].upper() for r in rows], 20), LEGACY),
            c("BGC-FIRST-NM", "first_name", "VARCHAR", _pad([r[0].upper() for r in rows], 15), LEGACY),
            c("BGC-MID-INIT", "first_name", "VARCHAR", _pad(g.col(lambda: g.code("A"), 0.4), 1), LEGACY),
            c("BGC-DOB", "date_of_birth", "INTEGER", [_ymd(r[2]) for r in rows], LEGACY),
            c("BGC-SSN", "ssn", "BIGINT", [int(v.us_ssn(g)) if g.rnd.random() < 0.94 else 0 for _ in rows], LEGACY),
            c("BGC-DL-NO", "national_id", "VARCHAR", _pad([dl(r[1]) for r in rows], 20), LICENCE, LEGACY),
            c("BGC-DL-ST", N, "VARCHAR", g.col(g.pick(["WI", "WI", "WI", "WI", "IL", "MN"])), "decoy", LEGACY),
            c("BGC-ADDR-1", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.US_STREETS, "us").upper()),
                                                              30), LEGACY),
            c("BGC-ADDR-2", "street_address", "VARCHAR",
              _pad([f"APT {g.rnd.randint(1, 30)}" if g.rnd.random() < 0.2 else "" for _ in rows], 12), SPLIT_ADDR,
              LEGACY, NULLWORD),
            c("BGC-CITY", "city", "VARCHAR", _pad([r[3][0].upper() for r in rows], 18), LEGACY),
            c("BGC-ZIP", "postal_code", "INTEGER", [int(r[3][1]) for r in rows], LEGACY),
            c("BGC-PHONE", "phone", "BIGINT", [int(g.phone("US", "digits")) if g.rnd.random() < 0.9 else 0
                                               for _ in rows], LEGACY),
            c("BGC-PKG-CD", N, "VARCHAR", g.col(g.pick(["CRS-MVR", "CRS-7YR", "MVR-ONLY"])), "decoy", LEGACY),
            c("BGC-MVR-STAT", N, "VARCHAR", g.col(g.pick(["CLR", "CLR", "CON", "SUS"])), "decoy", LEGACY),
            c("BGC-CRIM-STAT", N, "VARCHAR", g.col(g.pick(["CLR", "CLR", "CLR", "REV", "ADV"])), "decoy", LEGACY),
            c("BGC-ORD-DT", N, "INTEGER", [_ymd(g.day("2024-01-01", "2025-11-30")) for _ in rows], "decoy", LEGACY),
            c("BGC-ADJ-BY", "person_name", "VARCHAR", _pad(g.col(g.pick([a.upper() for a in adjudicators])), 24),
              STAFF, LEGACY),
            c("BGC-VENDOR", N, "VARCHAR", _pad(g.col(g.pick(vendors)), 26), "business", LEGACY),
            c("BGC-USER-FLD-2", "free_text", "VARCHAR", _pad(_custom(g, "US", "us"), 40), CUSTOM, LEGACY),
            c("BGC-USER-FLD-3", N, "VARCHAR", _pad(_codes(g, ["HUB-S", "HUB-N", "WKND", "PEAK"]), 6), "decoy", PLAIN,
              LEGACY),
        ],
    )


def in_bike_taxi_kyc(g: Gen) -> Table:
    """A Pune bike-taxi app's captain KYC feed landed as an opaque staging table."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.08
        first, last = v.person(g, "in", female)
        born = g.birth(1970, 2005)
        rows.append((first, last, born, g.rnd.choice(v.IN_PLACES)))
    agents = v.staff(g, 6, "in")
    ifsc = ["SBIN0001234", "HDFC0000789", "ICIC0004417", "MAHB0000345", "BARB0KOTHRU", "UTIB0002290"]

    def name(r: tuple) -> str:
        return g.rnd.choice(
            [f"{r[0]} {r[1]}", f"{r[0].upper()} {r[1].upper()}", f"{r[0]} {v.given(g, 'in', False)} {r[1]}"]
        )

    cols = [
        ("none", "BIGINT", g.keys(1), ("decoy", KEY)),
        ("person_name", "VARCHAR", [name(r) for r in rows], ()),
        ("national_id", "VARCHAR", g.col(lambda: v.aadhaar(g), 0.05), ()),
        ("national_id", "VARCHAR", [v.pan(g, r[1]) if g.rnd.random() < 0.85 else None for r in rows], ()),
        ("date_of_birth", "VARCHAR", [v.dmy(r[2]) for r in rows], ()),
        ("phone", "VARCHAR", g.phones("IN", {"national": 0.3, "e164": 0.4, "digits": 0.3}), ()),
        ("national_id", "VARCHAR", g.col(lambda: f"MH{g.rnd.choice(['12', '14'])} {g.rnd.randint(2008, 2024)}"
                                         f"{g.digits(7)}", 0.02), (LICENCE,)),
        ("none", "VARCHAR", g.col(lambda: f"MH{g.rnd.choice(['12', '14'])} {g.code('AA')} {g.digits(4)}"),
         ("decoy", VEHICLE)),
        ("none", "VARCHAR", g.col(g.pick(ifsc), 0.1), ("business",)),
        (UNCLASSIFIED, "VARCHAR", g.col(lambda: g.digits(g.rnd.choice([11, 12, 14, 15])), 0.1), (BANK,)),
        (UNCLASSIFIED, "VARCHAR", [f"{v.plain(r[0])}{g.rnd.randint(1, 999)}@{g.rnd.choice(v.UPI_HANDLES)}"
                                   if g.rnd.random() < 0.7 else None for r in rows], (USERNAME,)),
        ("street_address", "VARCHAR", g.col(lambda: v.street(g, v.IN_STREETS, "in")), ()),
        ("postal_code", "VARCHAR", [r[3][1] for r in rows], ()),
        ("city", "VARCHAR", [r[3][0] for r in rows], (LOCALITY,)),
        ("none", "VARCHAR", g.col(lambda: v.aadhaar_decoy(g)), ("decoy", SHAPE)),
        ("none", "VARCHAR", g.col(g.sha256), ("decoy",)),
        ("none", "VARCHAR", g.col(lambda: g.version((4, 6))), ("decoy",)),
        ("ip_address", "VARCHAR", g.col(g.ipv4, 0.1), ()),
        ("none", "VARCHAR", g.col(g.pick(["VERIFIED", "PENDING_DL", "REJECTED_BLUR", "VERIFIED", "VIDEO_KYC"])),
         ("decoy",)),
        ("person_name", "VARCHAR", g.col(g.pick(agents)), (STAFF,)),
        ("free_text", "VARCHAR", _custom(g, "IN", "in"), (CUSTOM,)),
    ]
    return Table(
        "stg_punebiketaxi.src_kyc_raw",
        "en",
        "opaque",
        [c(f"col{i:02d}", kind, sql, vals, OPAQUE, *tags) for i, (kind, sql, vals, tags) in enumerate(cols, 1)],
    )


def za_trip_events(g: Gen) -> Table:
    """A Durban e-hailing app's trip events flattened from JSON to dotted keys."""
    drivers = []
    for _ in range(60):
        female = g.rnd.random() < 0.15
        first, last = v.person(g, "za", female)
        born = g.birth(1965, 2002)
        drivers.append((f"{first} {last}", v.za_id(g, born, female), born))
    driver = [g.rnd.choice(drivers) for _ in range(g.rows)]
    riders = [v.person(g, "za") for _ in range(g.rows)]
    places = [g.rnd.choice(v.ZA_SUBURBS) for _ in range(g.rows)]
    kinds = [g.rnd.choice(["trip.completed", "trip.completed", "trip.completed", "trip.refunded", "tip.added"])
             for _ in range(g.rows)]
    agents = v.staff(g, 4, "za")
    return Table(
        "hailza_events.trip_events_json",
        "en",
        "json",
        [
            c("event.seq", N, "BIGINT", g.keys(88_000_001), "decoy", KEY),
            c("event.type", N, "VARCHAR", kinds, "decoy"),
            c("event.ts", N, "VARCHAR", [m.isoformat() + "Z" for m in g.moments("2025-03-01", "2025-11-30")], "decoy"),
            c("trip.ref", N, "VARCHAR", g.col(lambda: g.code("DBN-ZZZZZZZZ")), "decoy", SHAPE),
            c("rider.name.first", "first_name", "VARCHAR", [r[0] for r in riders]),
            c("rider.name.last", "last_name", "VARCHAR", [r[1] for r in riders]),
            c("rider.phone", "phone", "VARCHAR", g.phones("ZA", {"e164": 0.8, "national": 0.2})),
            c("rider.email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["za"]) if g.rnd.random() < 0.8 else None
                                                  for a, b in riders]),
            c("driver.name", "person_name", "VARCHAR", [d[0] for d in driver], CREW),
            c("driver.id_number", "national_id", "VARCHAR", [d[1] for d in driver]),
            c("driver.birth_date", "date_of_birth", "VARCHAR", [d[2].isoformat() for d in driver]),
            c("pickup.address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ZA_STREETS, "za")), PICKUP),
            c("pickup.suburb", "city", "VARCHAR", [p[0] for p in places], LOCALITY),
            c("pickup.geo.lat", N, "DOUBLE", g.floats(-29.98, -29.70, 6), "decoy", COORD),
            c("pickup.geo.lng", N, "DOUBLE", g.floats(30.85, 31.10, 6), "decoy", COORD),
            c("dropoff.address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ZA_STREETS, "za")), PICKUP),
            c("dropoff.postal_code", "postal_code", "VARCHAR", g.col(lambda: g.rnd.choice(v.ZA_SUBURBS)[1], 0.3)),
            c("fare.amount_zar", N, "DOUBLE", g.amounts(38, 420), "decoy"),
            c("tip.amount_zar", N, "DOUBLE", [round(g.rnd.uniform(5, 60), 2) if k == "tip.added" else 0.0
                                              for k in kinds], "decoy"),
            c("refund.invoice_number", N, "VARCHAR", g.col(lambda: v.za_id_decoy(g)), "decoy", SHAPE),
            c("meta.ip", "ip_address", "VARCHAR", g.col(g.ip, 0.1)),
            c("meta.app_version", N, "VARCHAR", g.col(lambda: g.version((7, 9))), "decoy"),
            c("meta.custom2", "free_text", "VARCHAR", _custom(g, "ZA", "za"), CUSTOM),
            c("support.agent", "person_name", "VARCHAR", [g.rnd.choice(agents) if k == "trip.refunded" or
                                                          g.rnd.random() < 0.4 else None for k in kinds], STAFF),
        ],
    )


# -- tables in other languages -----------------------------------------------------------------------------------------


def de_kurierfahrer(g: Gen) -> Table:
    """A Leipzig parcel courier subcontractor's driver master data (German, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.2
        first, last = v.person(g, "de", female)
        born = g.birth(1962, 2004)
        rows.append((first, last, born, female, g.rnd.choice(v.DE_PLACES)))
    dispatchers = v.staff(g, 3, "de")
    firms = ["Elster Kurier GmbH", "Paketlogistik Ost UG", "SAXO Zustellservice GmbH & Co. KG"]

    def note() -> str:
        return g.rnd.choice(
            [
                "Führerscheinkontrolle halbjährlich",
                f"Vertretung durch Schwager {v.whole(g, 'de', False)} angefragt",
                "Arbeitserlaubnis bis 03/2026",
                f"Schlüssel Depot an {v.given(g, 'de')} übergeben",
            ]
        )

    return Table(
        "kurierdienst_lpz.fahrer_stammdaten",
        "de",
        "snake",
        [
            c("fahrer_nr", N, "INTEGER", g.keys(4_001), "decoy", KEY),
            c("vorname", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("nachname", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("geburtsname", "last_name", "VARCHAR", [v.person(g, "de")[1] if r[3] and g.rnd.random() < 0.6 else None
                                                      for r in rows], HEAVY),
            c("geburtsdatum", "date_of_birth", "VARCHAR", [v.dmy(r[2], ".") for r in rows]),
            c("steuer_id", "national_id", "VARCHAR", g.col(lambda: v.steuer_id(g), 0.05)),
            c("sv_nummer", "ssn", "VARCHAR", [v.rv_nummer(g, r[1], r[2], r[3]) if g.rnd.random() < 0.9 else None
                                              for r in rows]),
            c("fuehrerschein_nr", "national_id", "VARCHAR", g.col(lambda: g.code("Z999ZZZZZ99"), 0.03), LICENCE),
            c("fuehrerschein_klasse", N, "VARCHAR", g.col(g.pick(["B", "B", "BE", "C1", "C1E"])), "decoy"),
            c("strasse", "street_address", "VARCHAR", g.col(g.pick(v.DE_STREETS)), SPLIT_ADDR),
            c("hausnummer", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 140)) +
                                                               g.rnd.choice(["", "", "", "a", "b"])), SPLIT_ADDR),
            c("plz", "postal_code", "VARCHAR", [r[4][1] for r in rows]),
            c("ort", "city", "VARCHAR", [r[4][0] for r in rows]),
            c("mobil", "phone", "VARCHAR", g.phones("DE", {"national": 0.6, "e164": 0.2, "intl": 0.2})),
            c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["de"]) if g.rnd.random() < 0.8
                                            else None for r in rows]),
            c("iban", "iban", "VARCHAR", g.col(lambda: v.de_iban(g), 0.03)),
            c("fuehrungszeugnis_datum", N, "DATE", g.days("2023-01-01", "2025-11-30", 0.1), "decoy"),
            c("kennzeichen", N, "VARCHAR", g.col(lambda: f"L-{g.code('AA')} {g.rnd.randint(1, 9999)}"), "decoy",
              VEHICLE),
            c("subunternehmer", N, "VARCHAR", g.col(g.pick(firms)), "business"),
            c("tourgebiet", N, "VARCHAR", g.col(g.pick(["LE-Nord", "LE-Ost", "LE-Süd", "Umland West", "Flughafen"])),
              "decoy"),
            c("disponent", "person_name", "VARCHAR", g.col(g.pick(dispatchers)), STAFF),
            c("zusatzfeld_2", "free_text", "VARCHAR", _custom(g, "DE", "de"), CUSTOM),
            c("bemerkung", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("keine", "k.A.")), NULLWORD),
        ],
    )


def cl_restaurantes(g: Gen) -> Table:
    """A Santiago food-delivery platform's restaurant partners (Chilean Spanish, snake case)."""
    names = ["Sanguchería", "Picada", "Fuente de Soda", "Sushi", "Empanadas", "Pollos", "Completos", "Café"]
    tails = ["Don Lucho", "La Tía Rosa", "El Rincón", "Kintaro", "Ñuñoína", "Los Tres Hermanos", "Doña Inés",
             "Maipú Express", "Altiro", "del Barrio"]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        first, last = v.person(g, "cl", female)
        born = g.birth(1958, 2000)
        trade = f"{g.rnd.choice(names)} {g.rnd.choice(tails)}"
        rows.append((first, last, born, trade, g.rnd.choice(v.CL_COMUNAS), g.rnd.choice(v.CL_HOME_COMUNAS)))
    execs = v.staff(g, 5, "cl")

    def obs() -> str:
        return g.rnd.choice(
            [
                "Cambio de cuenta bancaria pendiente de validar",
                f"Contacto alternativo: su hijo {v.whole(g, 'cl', False)}",
                "Local cierra los lunes",
                f"Hablar con {v.given(g, 'cl')} en cocina antes de las 11",
            ]
        )

    return Table(
        "socios_rest_scl.locales_adheridos",
        "es",
        "snake",
        [
            c("id_local", N, "INTEGER", g.keys(20_001), "decoy", KEY),
            c("nombre_fantasia", N, "VARCHAR", [r[3] for r in rows], "business"),
            c("razon_social", N, "VARCHAR", [f"Comercial {r[3].split()[-1]} SpA" for r in rows], "business"),
            c("rut_empresa", N, "VARCHAR", g.col(lambda: v.rut(g, 76_000_000, 77_999_999)), "business", SHAPE),
            c("direccion_local", N, "VARCHAR", g.col(lambda: f"{v.street(g, v.CL_STREETS, 'cl')}, local {g.digits(2)}"),
              "business"),
            c("comuna_local", N, "VARCHAR", [r[4] for r in rows], "business"),
            c("telefono_local", N, "VARCHAR", g.col(lambda: g.phone("CL", "intl", False)), "business"),
            c("representante_legal", "person_name", "VARCHAR", [f"{r[0]} {r[1]} {v.person(g, 'cl')[1]}" for r in rows],
              ROLE),
            c("rut_representante", "national_id", "VARCHAR", [v.rut(g, 7_000_000, 24_000_000, g.rnd.random() < 0.7)
                                                              for _ in rows], ROLE),
            c("fecha_nacimiento_rep", "date_of_birth", "VARCHAR", [v.dmy(r[2], "-") for r in rows], ROLE),
            c("email_representante", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["cl"]) for r in rows],
              ROLE),
            c("celular_representante", "phone", "VARCHAR", g.phones("CL", {"national": 0.4, "e164": 0.6}), ROLE),
            c("domicilio_representante", "street_address", "VARCHAR",
              g.col(lambda: v.street(g, v.CL_STREETS, "cl") + g.rnd.choice(["", "", f", depto {g.digits(3)}"]),
                    0.25), ROLE),
            c("comuna_representante", "city", "VARCHAR", [r[5] for r in rows], ROLE, LOCALITY),
            c("banco", N, "VARCHAR", g.col(g.pick(["BancoEstado", "Banco de Chile", "Santander", "BCI", "Scotiabank"])),
              "business"),
            c("tipo_cuenta", N, "VARCHAR", g.col(g.pick(["Cuenta Corriente", "Cuenta Vista", "CuentaRUT"])), "decoy"),
            c("numero_cuenta", UNCLASSIFIED, "VARCHAR", g.col(lambda: g.digits(g.rnd.choice([8, 10, 12]))), BANK),
            c("numero_contrato", N, "VARCHAR", g.col(lambda: v.rut_decoy(g)), "decoy", SHAPE),
            c("comision_pct", N, "DOUBLE", g.col(g.pick([18.0, 22.0, 25.0, 28.0, 30.0])), "decoy"),
            c("categoria", N, "VARCHAR", g.col(g.pick(["Comida chilena", "Sushi", "Pizza", "Sándwiches", "Pollo"])),
              "decoy"),
            c("ejecutivo_comercial", "person_name", "VARCHAR", g.col(g.pick(execs)), STAFF),
            c("campo_libre_2", N, "VARCHAR", _codes(g, ["ZONA-ORIENTE", "ZONA-SUR", "PLAN-PRO", "PLAN-BASE"]),
              "decoy", PLAIN),
            c("observaciones", "free_text", "VARCHAR", g.sparse(obs, 0.76, _words("sin información", "s/i")),
              NULLWORD),
        ],
    )


def br_motofrete(g: Gen) -> Table:
    """A Curitiba motorcycle courier app's deliveries with pickup, drop-off, tips and refunds (Brazilian Portuguese)."""
    couriers = [(name, g.code("AAA9A99")) for name in v.crew(g, 45, "br")]
    courier = [g.rnd.choice(couriers) for _ in range(g.rows)]
    shops = [
        ("Farmácia Vida Batel", "Rua Brigadeiro Franco, 2100"),
        ("Pizzaria Bella Portão", "Av. República Argentina, 3300"),
        ("Loja Celular Center", "Rua XV de Novembro, 450"),
        ("Padaria Santa Felicidade", "Av. Manoel Ribas, 5600"),
    ]
    shop = [g.rnd.choice(shops) for _ in range(g.rows)]
    places = [g.rnd.choice(v.BR_PLACES) for _ in range(g.rows)]
    refunded = [g.rnd.random() < 0.15 for _ in range(g.rows)]
    attendants = v.staff(g, 4, "br", "first")

    def pix(p: tuple[str, str]) -> str:
        return g.rnd.choice([v.cpf(g, False), g.phone("BR", "e164"), v.email_of(g, *p, v.DOMAINS["br"]), g.uuid()])

    clients = [v.person(g, "br") for _ in range(g.rows)]
    return Table(
        "motofrete_cwb.pedidos_entregas",
        "pt",
        "snake",
        [
            c("id_pedido", N, "BIGINT", g.keys(3_400_001), "decoy", KEY),
            c("codigo_rastreio", N, "VARCHAR", g.col(lambda: g.code("CWB99999999ZZ")), "decoy", SHAPE),
            c("cliente_nome", "person_name", "VARCHAR", [f"{a} {b}" for a, b in clients]),
            c("cliente_cpf", "national_id", "VARCHAR", g.col(lambda: v.cpf(g, g.rnd.random() < 0.6), 0.4)),
            c("cliente_telefone", "phone", "VARCHAR", g.phones("BR", {"national": 0.7, "e164": 0.3})),
            c("cliente_email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["br"]) if g.rnd.random() < 0.7
                                                    else None for a, b in clients]),
            c("coleta_estabelecimento", N, "VARCHAR", [s[0] for s in shop], "business"),
            c("coleta_endereco", N, "VARCHAR", [s[1] for s in shop], "business"),
            c("entrega_logradouro", "street_address", "VARCHAR", g.col(g.pick(v.BR_STREETS)), SPLIT_ADDR, PICKUP),
            c("entrega_numero", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(10, 4_800))), SPLIT_ADDR),
            c("entrega_complemento", "street_address", "VARCHAR",
              g.col(lambda: g.rnd.choice(["Apto ", "Bloco B apto ", "Casa ", "Sala "]) + str(g.rnd.randint(1, 1_204)),
                    0.55), SPLIT_ADDR),
            c("entrega_bairro", "city", "VARCHAR", [p[0] for p in places], LOCALITY),
            c("entrega_cep", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(3)}" for p in places]),
            c("entrega_cidade", "city", "VARCHAR", g.col(g.pick(v.BR_TOWNS))),
            c("destinatario", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "br"), 0.5), ROLE),
            c("motoboy_nome", "person_name", "VARCHAR", [k[0] for k in courier], CREW),
            c("motoboy_placa", N, "VARCHAR", [k[1] for k in courier], "decoy", VEHICLE),
            c("valor_frete", N, "DOUBLE", g.amounts(8, 45), "decoy"),
            c("gorjeta", N, "DOUBLE", g.col(g.pick([0.0, 0.0, 2.0, 3.0, 5.0, 10.0])), "decoy"),
            c("reembolso_valor", N, "DOUBLE", [round(g.rnd.uniform(8, 120), 2) if r else 0.0 for r in refunded],
              "decoy"),
            c("reembolso_chave_pix", UNCLASSIFIED, "VARCHAR", [pix(p) if r else None for r, p in zip(refunded, clients,
                                                                                                    strict=True)],
              USERNAME, HEAVY),
            c("protocolo_atendimento", N, "VARCHAR", g.col(lambda: v.cpf_decoy(g), 0.3), "decoy", SHAPE),
            c("atendente", "first_name", "VARCHAR", g.col(g.pick(attendants), 0.3), STAFF),
            c("campo_extra_1", "free_text", "VARCHAR", _custom(g, "BR", "br"), CUSTOM),
        ],
    )


def it_rimborsi(g: Gen) -> Table:
    """A Bologna food-delivery app's customer refund and complaint requests (Italian, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        first, last = v.person(g, "it", female)
        born = g.birth(1950, 2005)
        invoice = g.rnd.random() < 0.2
        rows.append((first, last, born, female, invoice, g.rnd.choice(v.IT_PLACES)))
    operators = v.staff(g, 5, "it")
    restaurants = ["Trattoria da Bertoldo", "Piadineria Saragozza", "Sushi Kyo Mazzini", "Pizzeria Il Portico",
                   "Crescentina & Co.", "Kebab San Donato"]
    iban_rows = [g.rnd.random() < 0.2 for _ in range(g.rows)]

    def complaint() -> str:
        return g.rnd.choice(
            [
                "Ordine arrivato freddo dopo 70 minuti",
                f"Il rider ha consegnato a mia suocera {v.whole(g, 'it', True)} al piano sbagliato",
                "Mancano le bibite",
                f"Consegnato al vicino {v.person(g, 'it')[1]}, mai ricevuto",
                "Addebito doppio sulla carta",
            ]
        )

    return Table(
        "consegne_bo.richieste_rimborso",
        "it",
        "snake",
        [
            c("id_richiesta", N, "BIGINT", g.keys(770_001), "decoy", KEY),
            c("numero_ordine", N, "VARCHAR", g.col(lambda: g.code("BO-99999999")), "decoy", SHAPE),
            c("data_ordine", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30", 0, 11, 23), "decoy"),
            c("nome_cliente", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("cognome_cliente", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("codice_fiscale", "national_id", "VARCHAR",
              [v.codice_fiscale(g, r[0], r[1], r[2], r[3]) if r[4] else None for r in rows], HEAVY),
            c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["it"]) for r in rows]),
            c("cellulare", "phone", "VARCHAR", g.phones("IT", {"national": 0.6, "e164": 0.25, "intl": 0.15})),
            c("indirizzo_consegna", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IT_STREETS, "it")),
              PICKUP),
            c("nome_citofono", "last_name", "VARCHAR", [r[1] if g.rnd.random() < 0.6 else
                                                        f"{r[1]}/{v.person(g, 'it')[1]}" for r in rows], ROLE),
            c("cap", "postal_code", "VARCHAR", [r[5][1] for r in rows]),
            c("comune", "city", "VARCHAR", [r[5][0] for r in rows]),
            c("ristorante", N, "VARCHAR", g.col(g.pick(restaurants)), "business"),
            c("motivo", N, "VARCHAR", g.col(g.pick(["RITARDO", "PRODOTTO_MANCANTE", "ORDINE_ERRATO", "NON_CONSEGNATO",
                                                    "DOPPIO_ADDEBITO"])), "decoy"),
            c("importo_rimborso", N, "DOUBLE", g.amounts(2, 60), "decoy"),
            c("iban_rimborso", "iban", "VARCHAR", [v.it_iban(g) if b else None for b in iban_rows], HEAVY),
            c("intestatario_conto", "person_name", "VARCHAR",
              [(f"{r[0]} {r[1]}" if g.rnd.random() < 0.7 else v.whole(g, "it")) if b else None
               for b, r in zip(iban_rows, rows, strict=True)], ROLE, HEAVY),
            c("id_rider", N, "VARCHAR", g.col(lambda: g.code("RDR-99999")), "decoy"),
            c("operatore", "person_name", "VARCHAR", g.col(g.pick(operators)), STAFF),
            c("ip_richiesta", "ip_address", "VARCHAR", g.col(g.ip, 0.05)),
            c("campo_libero_2", "free_text", "VARCHAR", _custom(g, "IT", "it"), CUSTOM),
            c("testo_reclamo", "free_text", "VARCHAR", g.col(complaint, 0.1)),
        ],
    )


def gr_radiotaxi(g: Gen) -> Table:
    """A Larissa radio taxi cooperative's driver register (Greek column names and values)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.12
        first, last = v.person(g, "gr", female)
        born = g.birth(1955, 2000)
        rows.append((first, last, born, g.rnd.choice(v.GR_PLACES)))
    dispatchers = v.staff(g, 4, "gr")
    letters = "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"

    def note() -> str:
        return g.rnd.choice(
            [
                "Ανανέωση άδειας τον Μάρτιο",
                f"Αντικαταστάτης οδηγός ο {v.whole(g, 'gr', False)}",
                "Βάρδια μόνο νύχτα",
                f"Επικοινωνία μέσω συζύγου {v.given(g, 'gr', True)}",
            ]
        )

    return Table(
        "ραδιοταξί_λάρισας.μητρώο_οδηγών",
        "el",
        "snake",
        [
            c("κωδικός_οδηγού", N, "INTEGER", g.keys(101), "decoy", KEY),
            c("επώνυμο", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("όνομα", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("πατρώνυμο", "first_name", "VARCHAR", g.col(lambda: v.given(g, "gr", False)), ROLE),
            c("ημερομηνία_γέννησης", "date_of_birth", "DATE", [r[2] for r in rows]),
            c("αμκα", "ssn", "VARCHAR", [v.amka(g, r[2]) for r in rows]),
            c("αφμ", "national_id", "VARCHAR", g.col(lambda: v.afm(g))),
            c("αριθμός_ταυτότητας", "national_id", "VARCHAR",
              g.col(lambda: g.rnd.choice(letters) + g.rnd.choice(letters) + " " + g.digits(6), 0.05)),
            c("άδεια_οδήγησης", "national_id", "VARCHAR", g.col(lambda: g.digits(9), 0.02), LICENCE),
            c("κινητό", "phone", "VARCHAR", g.phones("GR", {"national": 0.7, "e164": 0.3})),
            c("email", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "gr"), v.DOMAINS["gr"]), 0.4)),
            c("διεύθυνση", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GR_STREETS, "gr"))),
            c("τκ", "postal_code", "VARCHAR", [r[3][1] for r in rows]),
            c("πόλη", "city", "VARCHAR", [r[3][0] for r in rows]),
            c("iban", "iban", "VARCHAR", g.col(lambda: v.gr_iban(g), 0.1)),
            c("αριθμός_κυκλοφορίας", N, "VARCHAR", g.col(lambda: f"ΡΙ-{g.rnd.randint(1000, 9999)}"), "decoy",
              VEHICLE),
            c("αριθμός_άδειας_ταξί", N, "VARCHAR", g.col(lambda: f"ΛΑΡ/{g.rnd.randint(1, 420):03d}"), "decoy", VEHICLE),
            c("αριθμός_σύμβασης", N, "VARCHAR", g.col(lambda: v.amka_decoy(g)), "decoy", SHAPE),
            c("ημερομηνία_ένταξης", N, "DATE", g.days("2001-01-01", "2025-10-31"), "decoy"),
            c("υπάλληλος_κίνησης", "person_name", "VARCHAR", g.col(g.pick(dispatchers)), STAFF),
            c("πρόσθετο_πεδίο_1", N, "VARCHAR", _codes(g, ["ΒΑΡΔΙΑ-Α", "ΒΑΡΔΙΑ-Β", "ΝΥΧΤΑ", "ΑΕΡΟΔΡΟΜΙΟ"]), "decoy",
              PLAIN),
            c("παρατηρήσεις", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("καμία", "—")), NULLWORD),
        ],
    )


def cz_boxy(g: Gen) -> Table:
    """A Brno parcel locker network's pickups (Czech, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        first, last = v.person(g, "cz", female)
        restricted = g.rnd.random() < 0.2
        rows.append((first, last, g.birth(1950, 2006) if restricted else None, restricted,
                     g.rnd.choice(v.CZ_PLACES)))
    boxes = [(f"Z-BOX {s} {g.rnd.randint(1, 90)}", g.code("BRN999")) for s in ["Kounicova", "Cejl", "Minská",
                                                                                 "Vranovská", "Bítešská"]]
    box = [g.rnd.choice(boxes) for _ in range(g.rows)]
    cod = [g.rnd.random() < 0.3 for _ in range(g.rows)]
    shops = ["ElektroSvět Brno s.r.o.", "Knihkupectví Veveří", "Kosmetika Jana online", "Sportovní potřeby Líšeň"]

    def note() -> str:
        return g.rnd.choice(
            [
                "Box plný, uloženo na depu",
                f"Vyzvedne manžel {v.whole(g, 'cz', False)}",
                "Poškozený obal, foto přiloženo",
                f"Volala paní {v.person(g, 'cz', True)[1]}, prodloužit úložní dobu",
            ]
        )

    return Table(
        "boxy_brno.vyzvednuti_zasilek",
        "cs",
        "snake",
        [
            c("id_zasilky", N, "BIGINT", g.keys(12_000_001), "decoy", KEY),
            c("cislo_zasilky", N, "VARCHAR", g.col(lambda: g.code("Z 999 9999 999")), "decoy", SHAPE),
            c("jmeno", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("prijmeni", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("telefon", "phone", "VARCHAR", g.phones("CZ", {"national": 0.5, "e164": 0.3, "intl": 0.2})),
            c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["cz"]) for r in rows]),
            c("datum_narozeni", "date_of_birth", "VARCHAR", [f"{r[2].day}.{r[2].month}.{r[2].year}" if r[3] else None
                                                             for r in rows], HEAVY),
            c("cislo_op", "national_id", "VARCHAR", [g.digits(9) if r[3] else None for r in rows], HEAVY),
            c("ulice", "street_address", "VARCHAR", g.col(g.pick(v.CZ_STREETS), 0.2), SPLIT_ADDR),
            c("cislo_popisne", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 2_400)}/"
                                                                  f"{g.rnd.randint(1, 90)}", 0.2), SPLIT_ADDR),
            c("psc", "postal_code", "VARCHAR", [r[4][1] for r in rows]),
            c("obec", "city", "VARCHAR", [r[4][0] for r in rows], LOCALITY),
            c("box_umisteni", N, "VARCHAR", [b[0] for b in box], "business"),
            c("box_kod", N, "VARCHAR", [b[1] for b in box], "decoy"),
            c("pin_vyzvednuti", N, "VARCHAR", g.col(lambda: g.digits(6)), "decoy"),
            c("dobirka_kc", N, "DOUBLE", [round(g.rnd.uniform(99, 4_990), 0) if x else 0.0 for x in cod], "decoy"),
            c("ucet_vraceni_dobirky", UNCLASSIFIED, "VARCHAR", [v.cz_account(g) if x and g.rnd.random() < 0.7 else None
                                                                for x in cod], BANK, HEAVY),
            c("odesilatel", N, "VARCHAR", g.col(g.pick(shops)), "business"),
            c("cislo_reklamace", N, "VARCHAR", g.col(lambda: v.rodne_cislo_decoy(g), 0.5), "decoy", SHAPE),
            c("vyzvednuto", N, "TIMESTAMP", g.moments("2025-05-01", "2025-11-30", 0.05), "decoy"),
            c("doplnkove_pole_2", "free_text", "VARCHAR", _custom(g, "CZ", "cz"), CUSTOM),
            c("poznamka_kuryra", "free_text", "VARCHAR", g.sparse(note, 0.82, _words("není", "nic")), NULLWORD),
        ],
    )


def ja_wasuremono(g: Gen) -> Table:
    """A Kobe taxi company's lost-and-found register (Japanese column names and values)."""
    drivers = [(name, g.digits(5)) for name in v.crew(g, 30, "ja")]
    driver = [g.rnd.choice(drivers) for _ in range(g.rows)]
    clerks = v.staff(g, 4, "ja", "last")
    offices = [("本社営業所", g.phone("JP", "national", False)), ("東灘営業所", g.phone("JP", "national", False)),
               ("垂水営業所", g.phone("JP", "national", False))]
    office = [g.rnd.choice(offices) for _ in range(g.rows)]
    owners = [v.person(g, "ja") for _ in range(g.rows)]
    places = [g.rnd.choice(v.JA_PLACES) for _ in range(g.rows)]
    visit = [g.rnd.random() < 0.4 for _ in range(g.rows)]

    def bikou() -> str:
        return g.rnd.choice(
            [
                "着払いで発送済み",
                f"ご主人の{v.given(g, 'ja', False)}様が来社予定",
                "保管期限切れ、警察へ届出",
                f"娘の{v.whole(g, 'ja', True)}様より問い合わせ",
            ]
        )

    return Table(
        "神戸タクシー.忘れ物受付台帳",
        "ja",
        "native",
        [
            c("受付ID", N, "BIGINT", g.keys(250_001), "decoy", KEY),
            c("受付日時", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
            c("乗務員名", "person_name", "VARCHAR", [d[0] for d in driver], CREW),
            c("乗務員番号", N, "VARCHAR", [d[1] for d in driver], "decoy"),
            c("車両番号", N, "VARCHAR", g.col(lambda: f"神戸500 {g.rnd.choice('あいうえかきくけこ')} "
                                               f"{g.digits(2)}-{g.digits(2)}"), "decoy", VEHICLE),
            c("忘れ物品名", N, "VARCHAR", g.col(g.pick(["スマートフォン", "財布", "傘", "紙袋", "鍵", "眼鏡"])),
              "decoy"),
            c("申告者氏名", "person_name", "VARCHAR", [f"{b} {a}" for a, b in owners]),
            c("フリガナ", "person_name", "VARCHAR", [f"{v.JA_KANA[b]} {v.JA_KANA[a]}" for a, b in owners]),
            c("連絡先電話", "phone", "VARCHAR", g.phones("JP", {"national": 0.85, "e164": 0.15}, 0.85)),
            c("メールアドレス", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ja"]) if g.rnd.random() < 0.45
                                                     else None for a, b in owners]),
            c("郵便番号", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(4)}" for p in places]),
            c("住所", "street_address", "VARCHAR", [v.ja_address(g, p) for p in places]),
            c("生年月日", "date_of_birth", "VARCHAR", [v.wareki(g.birth(1940, 2006)) if x else None for x in visit]),
            c("本人確認書類", N, "VARCHAR", [g.rnd.choice(["運転免許証", "マイナンバーカード", "健康保険証"])
                                              if x else None for x in visit], "decoy"),
            c("返却方法", N, "VARCHAR", g.col(g.pick(["来社", "着払い発送", "乗務員届け", "警察届出"])), "decoy"),
            c("着払い伝票番号", N, "VARCHAR", g.col(lambda: v.my_number_decoy(g), 0.4), "decoy", SHAPE),
            c("受付担当", "last_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
            c("営業所", N, "VARCHAR", [o[0] for o in office], "business"),
            c("営業所電話", N, "VARCHAR", [o[1] for o in office], "business"),
            c("予備項目2", "free_text", "VARCHAR", _custom(g, "JP", "ja"), CUSTOM),
            c("備考", "free_text", "VARCHAR", g.sparse(bikou, 0.78, _words("なし", "特になし")), NULLWORD),
        ],
    )


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (gb_rider_onboarding, 420),
    (ca_saved_addresses, 520),
    (ie_lost_property, 300),
    (nz_incidents, 280),
    (au_proof_of_delivery, 640),
    (us_background_checks, 560),
    (in_bike_taxi_kyc, 480),
    (za_trip_events, 700),
    (de_kurierfahrer, 330),
    (cl_restaurantes, 260),
    (br_motofrete, 600),
    (it_rimborsi, 450),
    (gr_radiotaxi, 240),
    (cz_boxy, 580),
    (ja_wasuremono, 360),
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
