"""Held-out set v40 for the column classifier: 15 tables of *mobility, travel and gig-economy platforms*, one system
per table, with column names in the language of the team that built it (six in English, nine in German, French,
Dutch, Spanish, Polish, Swedish, Italian, Brazilian Portuguese and Turkish) and in snake, camel, Pascal and SCREAMING
case: a US ride-hailing app's driver onboarding (background checks, licences, the driver's own car), a Bremen
food-delivery firm's courier payroll (Kurierabrechnung), a Breton e-scooter operator's rides, a Frisian holiday-rental
platform's hosts (verhuurders), a Basque freelancer marketplace's profiles and payouts, a Polish concert promoter's
ticket holders, a Swedish EV-charging network's RFID card holders (laddkort), a Milan car-sharing service's members
(patente), a Recife moto-taxi app's passengers, a Turkish intercity coach operator's passengers, a UK river-cruise
line's passenger manifest with passport details, a Dublin taxi firm's dispatch log, an Australian campervan hire's
rental agreements, a UK courier-gig app's rider payouts (UTR) and a mobility start-up's raw staging export with opaque
and misleading names.

Written **blind**, like v2 to v39: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the *structure* and labeling conventions of
v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test, ``tests/heldout_support.py``), the module docstrings of
v24 to v39 (to avoid their domains) and the ``Column``/``Table`` classes and writer they build on. The classifier was
not run on this set while it was written, no scorer was run on it, and no score of any set was looked at: nothing here
was adjusted to what the classifier does. It was written under a short deadline (40 minutes, the tests and lint
included), so some labels below are quick decisions rather than settled conventions. It imports no earlier set's value
module: its random source, name lists, streets, cities, postal codes and identifier builders are its own
(:mod:`benchmarks.classification.heldout_v40_values`; the generic ``Gen`` helpers were copied from v27's).

What is new against v2 to v39:

* mobility and gig platforms v24 to v39 did not have (earlier sets had ride-hailing *trips*, a bike-sharing app, a
  car rental, airline loyalty and PNR files, a parking operator and a travel agency's bookings): driver onboarding,
  courier payroll, e-scooter rides, holiday-rental hosts, a freelancer marketplace, EV charging, car sharing, a moto-taxi
  app, coach tickets, a river cruise's manifest, a taxi dispatch log, campervan hire, gig payouts;
* decoys of the travel trade (tag ``decoy``; ``value_shape`` when shaped like an identifier or personal value):
  6-character booking references (PNRs), ticket and coupon numbers, flight numbers, IATA airport codes, seat, cabin and
  coach-seat numbers, sefer numbers, station and terminal names, scooter, charger and vehicle ids, VINs of fleet cars
  (with their check digit), company plates (tag ``fleet``), RFID card UIDs, trip ids, GUIDs, hashes, coordinates,
  fares, kWh, app versions, device models, promo and referral codes, Dutch rental registration numbers, enum statuses;
* identifiers with check digits (python-stdnum): the US SSN, the German Steuer-ID, the Dutch BSN, the Spanish DNI and
  NIE, PESEL (encoding the row's birth date and sex), the Swedish personnummer (the row's birth date), the Italian
  codice fiscale (the row's name, birth date and comune), the Brazilian CPF, the Turkish TC kimlik and the UK UTR;
  German, Dutch, Spanish, Swedish and British IBANs; driving-licence and passport numbers without a check digit;
  phones of twelve countries (phonenumbers) in national, international, E.164 and digits-only forms;
* dates of birth as DATE, ``dd.mm.yyyy``, ``mm/dd/yyyy``, ``yyyy-mm-dd``, ``dd/mm/yyyy`` and ``12 Mar 1984`` text and
  ``yyyymmdd`` integers;
* misleading names (``misc_1`` a driver's e-mail, ``feld_9`` an emergency phone, ``extra2`` a host's e-mail,
  ``attr_x`` a freelancer's phone, ``code`` a passenger's birth date, ``ek_alan1`` a companion's phone) and opaque
  ones (``c17``, ``f_08`` and the rest of the staging export).

Labeling choices a reader may question:

* a driving-licence number and a passport number are ``national_id`` (state-issued identity documents); the
  licence's expiry date, its category and a passport's issuing country or nationality are ``none``;
* a person's *own* car or motorbike plate (the ride-hailing driver's car, the EV driver's ``regnr``, the moto-taxi
  driver's ``placa_moto``) is ``none`` (tags ``decoy``, ``vehicle``), as in v39: no kind fits a plate, though it leads
  to its keeper through a register; plates and VINs of a company's fleet are ``none`` with more reason (tag
  ``fleet``); the driver's own VIN is ``none`` (tag ``vehicle``);
* a holiday home a host lets (``adres_woning``) is ``street_address`` (tag ``premises``: mostly the host's own home,
  let for up to 30 nights); a taxi's pick-up address is ``street_address`` (homes, mostly); a drop-off given as a
  station, an airport or a hotel is ``none``;
* start and end coordinates of a scooter ride and a taxi's pick-up coordinates are ``none`` (a person's movement, but
  no kind fits coordinates, as in earlier sets);
* an RFID card UID is ``none`` (tag ``value_shape``): it identifies a card, as a ticket number does; a loyalty or
  member number is ``none``;
* an emergency contact holding a name and a phone in one cell, a Pix key that is a CPF, an e-mail, a phone or a random
  key by row, and notes naming people are ``free_text``;
* logins and public handles of the freelancer marketplace are ``unclassified`` (tag ``username``), as in v27;
  push tokens, API tokens and password hashes are ``none`` (tag ``credential``);
* the last four digits of a card are ``none`` (tag ``partial``);
* dispatchers, shift leads, onboarding specialists, support agents, coach attendants, cruise directors and gate
  stewards are ``person_name`` (tag ``staff``, few distinct people); drivers and riders of a platform (gig workers)
  named in a passenger's table are ``person_name`` too (tag ``role_word``);
* restaurants, hotels, account customers, partner companies, their addresses, phones and e-mails are ``none`` (tag
  ``business``); states, provinces and UF codes are ``none``; a suburb, a comune, an Ort and a birthplace are
  ``city``; an Eircode is ``postal_code``;
* gender and nationality are ``none``.

``null_heavy`` means 50-90% NULL. Every value is generated here from :data:`SEED` (one ``random.Random`` per table,
named after its builder) with python-stdnum for check digits, phonenumbers for phone validity and formats, and the
lists of :mod:`benchmarks.classification.heldout_v40_values`, written for v40 (no Faker, no list of real people).
Build: ``python -m benchmarks.classification.heldout_v40 [PATH]`` (default ``/tmp/heldout_v40.duckdb``). Score:
``python -m benchmarks.classification.heldout_v2_accuracy --set v40``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v40_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v40_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v40.duckdb")

HEAVY = "null_heavy"  # 50-90% NULL
SHAPE = "value_shape"
MISLEADING = "misleading"
OPAQUE = "opaque"
STAFF = "staff"
ROLE = "role_word"
ABBREV = "abbrev"
USER = "username"
KEY = "join_key"
FLEET = "fleet"  # a company's own vehicle (plate, VIN): none
VEHICLE = "vehicle"  # a person's own vehicle (plate, VIN): none
PREMISES = "premises"
CREDENTIAL = "credential"
PARTIAL = "partial"
DOC = "id_document"  # a driving licence or passport number (national_id)
MIXED = "mixed_kinds"  # several kinds of personal data by row or in one cell (free_text)
BUSINESS = "business"
DECOY = "decoy"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _staff(g: Gen, n: int, lang: str) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.whole(g, lang))
    return sorted(out)


def _nulls(g: Gen, values: list, share: float) -> list:
    return [None if g.rnd.random() < share else x for x in values]


def _later(g: Gen, starts: list, lo: int, hi: int) -> list:
    return [s + timedelta(minutes=g.rnd.randint(lo, hi)) for s in starts]


def _born(g: Gen, lo: int = 1950, hi: int = 2005) -> list[date]:
    return g.births(lo, hi)


def _pnr(g: Gen) -> str:
    return g.code("ZZZZZZ").replace("0", "X").replace("1", "K")


def _people(g: Gen, lang: str) -> list[tuple[str, str, bool]]:
    return [v.person(g, lang) for _ in range(g.rows)]


# -- English-language platforms -----------------------------------------------------------------------------------------


def rideshare_driver_onboarding(g: Gen) -> Table:
    """A US ride-hailing app's driver onboarding (Postgres, snake case): the applicant's names, DOB (DATE), SSN for the
    background check, driving licence number and state, home address, the driver's own car (plate, VIN: ``none``),
    the onboarding specialist (staff), a misleading ``misc_1`` holding the driver's e-mail, signup IP, device and
    app version, a push token and the background check's status."""
    ppl = _people(g, "us")
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "us")
    return Table("rideshare.driver_applications", "en", "snake", [
        c("application_id", N, "VARCHAR", g.col(g.uuid), DECOY, KEY),
        c("legal_first_name", "first_name", "VARCHAR", [a for a, _, _ in ppl]),
        c("legal_last_name", "last_name", "VARCHAR", [b for _, b, _ in ppl]),
        c("date_of_birth", "date_of_birth", "DATE", _born(g, 1958, 2003)),
        c("ssn", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g), 0.05)),
        c("dl_number", "national_id", "VARCHAR", g.col(lambda: g.code(g.rnd.choice(
            ["A9999999", "99999999", "A999-9999-9999", "999999999"])), 0.02), DOC),
        c("dl_state", N, "VARCHAR", [p[1] for p in places], DECOY),
        c("dl_expiration", N, "DATE", g.days("2026-01-01", "2032-12-31"), DECOY),
        c("mobile_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "e164": 0.3, "dashes": 0.2})),
        c("misc_1", "email", "VARCHAR", [v.email_of(g, a, b, "us") for a, b, _ in ppl], MISLEADING),
        c("home_address_line1", "street_address", "VARCHAR", g.col(lambda: v.us_street(g))),
        c("home_city", "city", "VARCHAR", [p[0] for p in places]),
        c("home_state", N, "VARCHAR", [p[1] for p in places], DECOY),
        c("home_zip", "postal_code", "VARCHAR", [p[2] + g.digits(2) for p in places]),
        c("vehicle_plate", N, "VARCHAR", g.col(lambda: g.code(g.rnd.choice(["AAA9999", "9AAA999", "AAA-9999"]))),
          DECOY, VEHICLE, SHAPE),
        c("vehicle_vin", N, "VARCHAR", g.col(lambda: v.vin(g)), DECOY, VEHICLE, SHAPE),
        c("vehicle_year", N, "INTEGER", g.ints(2012, 2025), DECOY),
        c("bgc_status", N, "VARCHAR", g.col(g.pick(["clear", "consider", "pending", "suspended"])), DECOY),
        c("onboarding_specialist", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("signup_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25))),
        c("device_model", N, "VARCHAR", g.col(g.pick(v.DEVICES)), DECOY),
        c("app_version", N, "VARCHAR", g.col(g.version), DECOY, SHAPE),
        c("push_token", N, "VARCHAR", g.col(lambda: v.token(g, "fcm:", 40), 0.1), DECOY, CREDENTIAL),
        c("referral_code", N, "VARCHAR", g.col(lambda: g.code("DRV-ZZZZZ"), 0.4), DECOY, SHAPE),
        c("created_at", N, "TIMESTAMP", g.moments("2025-03-01", "2025-12-31"), DECOY),
    ])


def cruise_manifest(g: Gen) -> Table:
    """A UK river-cruise line's passenger manifest (SQL Server, PascalCase): booking reference (PNR), cabin, the
    passenger's surname and given names, DOB as ``12 Mar 1984`` text, passport number (``national_id``), nationality
    and issuing country (``none``), expiry, an emergency contact (a name and a phone in one cell: ``free_text``), an
    e-mail, a phone, the arrival flight number and airport, the cruise director (staff), the dietary note, the fare."""
    ppl = _people(g, "gb")
    births = _born(g, 1938, 1990)
    directors = _staff(g, 3, "gb")

    def contact() -> str:
        return f"{v.whole(g, 'gb')} ({g.rnd.choice(['son', 'daughter', 'wife', 'husband', 'friend'])}) " \
               f"{g.phone('GB', g.rnd.choice(['national', 'intl']))}"

    return Table("cruise.PassengerManifest", "en", "pascal", [
        c("ManifestLineId", N, "INTEGER", g.keys(5_001), DECOY, KEY),
        c("BookingRef", N, "VARCHAR", g.col(lambda: _pnr(g)), DECOY, SHAPE),
        c("CabinNo", N, "VARCHAR", g.col(lambda: g.code(g.rnd.choice(["A99", "B99", "S9"]))), DECOY),
        c("Surname", "last_name", "VARCHAR", [b for _, b, _ in ppl]),
        c("GivenNames", "first_name", "VARCHAR", [a for a, _, _ in ppl]),
        c("DateOfBirth", "date_of_birth", "VARCHAR", [f"{d.day} {MONTHS[d.month - 1]} {d.year}" for d in births]),
        c("PassportNo", "national_id", "VARCHAR", g.col(lambda: g.digits(9), 0.03), DOC),
        c("PassportExpiry", N, "DATE", g.days("2026-06-01", "2035-12-31"), DECOY),
        c("Nationality", N, "VARCHAR", g.col(g.pick(["GBR", "GBR", "GBR", "IRL", "USA", "AUS"])), DECOY),
        c("EmergencyContact", "free_text", "VARCHAR", g.col(contact, 0.15), MIXED),
        c("EmailAddress", "email", "VARCHAR", [v.email_of(g, a, b, "gb") for a, b, _ in ppl]),
        c("PhoneNumber", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.4}, 0.7)),
        c("ArrivalFlight", N, "VARCHAR", g.col(lambda: g.code(g.rnd.choice(["BA999", "U2999", "FR9999", "LH999"])),
                                               0.3), DECOY, SHAPE),
        c("ArrivalAirport", N, "VARCHAR", g.col(g.pick(["BUD", "VIE", "AMS", "BSL", "NUE"])), DECOY, SHAPE),
        c("CruiseDirector", "person_name", "VARCHAR", g.col(g.pick(directors)), STAFF),
        c("DietaryNote", N, "VARCHAR", g.col(g.pick(["vegetarian", "gluten free", "none", "nut allergy"])), DECOY),
        c("FareGBP", N, "DECIMAL(10,2)", g.amounts(1_450, 6_900), DECOY),
    ])


def taxi_dispatch_log(g: Gen) -> Table:
    """A Dublin taxi firm's dispatch log (an old Informix system, SCREAMING case): job number, the caller's name and
    phone, the pick-up address and Eircode (``street_address``, ``postal_code``), pick-up coordinates and the drop-off
    (a station, an airport or a hotel: ``none``), the dispatcher and the driver (staff), the company's car reg (fleet),
    an account customer (a business), the fare and a note naming people."""
    places = [g.rnd.choice(v.IE_PLACES) for _ in range(g.rows)]
    dispatchers = _staff(g, 4, "ie")
    drivers = _staff(g, 8, "ie")
    regs = [g.code(g.rnd.choice(["99-D-99999", "999-D-9999", "99-KE-9999"])) for _ in range(12)]

    def note() -> str:
        return g.rnd.choice([f"Ring {v.given(g, 'ie')} on arrival", "Wheelchair - needs estate car",
                             f"Collect for {v.whole(g, 'ie')}, call {g.phone('IE', 'national')}",
                             "Hospital discharge, door 3", f"Mrs {v.person(g, 'ie')[1]} waits at gate"])

    return Table("DISPATCH.JOB_LOG", "en", "screaming", [
        c("JOB_NO", N, "INTEGER", g.keys(2_400_001), DECOY, KEY),
        c("BOOKED_AT", N, "TIMESTAMP", g.moments("2025-10-01", "2025-12-31"), DECOY),
        c("CALLER_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ie"), 0.05)),
        c("CALLER_PHONE", "phone", "VARCHAR", g.phones("IE", {"national": 0.5, "digits": 0.3, "intl": 0.2}, 0.8)),
        c("PICKUP_ADDR", "street_address", "VARCHAR", [f"{v.street(g, v.IE_STREETS, True)}, {p[0]}" for p in places]),
        c("PICKUP_EIRCODE", "postal_code", "VARCHAR",
          [f"{p[1]} {g.code('A9AA').replace('O', 'X')}" for p in places]),
        c("PICKUP_LAT", N, "DOUBLE", g.floats(53.25, 53.45, 5), DECOY),
        c("PICKUP_LON", N, "DOUBLE", g.floats(-6.40, -6.10, 5), DECOY),
        c("DROP_OFF", N, "VARCHAR", g.col(g.pick(["Heuston Station", "Dublin Airport T1", "Dublin Airport T2",
                                                   "Connolly Station", "Mater Hospital", "The Shelbourne"])), DECOY),
        c("DISPATCHER", "person_name", "VARCHAR", g.col(g.pick(dispatchers)), STAFF),
        c("DRIVER", "person_name", "VARCHAR", g.col(g.pick(drivers)), STAFF),
        c("CAR_REG", N, "VARCHAR", g.col(g.pick(regs)), DECOY, FLEET, SHAPE),
        c("ACCOUNT_CUST", N, "VARCHAR", g.col(g.pick(["Bord Gáis Energy", "Liffey Law Chambers",
                                                       "St Brigid's Clinic"]), 0.6), BUSINESS),
        c("FARE_EUR", N, "DECIMAL(8,2)", g.amounts(9, 85), DECOY),
        c("STATUS", N, "VARCHAR", g.col(g.pick(["DONE", "DONE", "NOSHOW", "CXL"])), DECOY),
        c("NOTES", "free_text", "VARCHAR", g.col(note, 0.45), MIXED),
    ])


def campervan_rentals(g: Gen) -> Table:
    """An Australian campervan hire's rental agreements (camelCase): agreement number, the hirer's names, DOB as
    ``dd/mm/yyyy`` text, licence number (``national_id``) and state, phone, e-mail, street, suburb,
    state and postcode, an additional driver's name (mostly NULL), the campervan's rego and VIN (fleet), pick-up
    depot, bond, the card's last four digits, kilometres."""
    ppl = _people(g, "au")
    places = [g.rnd.choice(v.AU_PLACES) for _ in range(g.rows)]
    births = _born(g, 1950, 2002)
    fleet = [(g.code("9AA9AA"), v.vin(g)) for _ in range(25)]
    van = [g.rnd.randrange(len(fleet)) for _ in range(g.rows)]
    return Table("vanhire.rentalAgreements", "en", "camel", [
        c("agreementNo", N, "VARCHAR", g.col(lambda: g.code("RA-999999")), DECOY, SHAPE),
        c("hirerFirstName", "first_name", "VARCHAR", [a for a, _, _ in ppl]),
        c("hirerSurname", "last_name", "VARCHAR", [b for _, b, _ in ppl]),
        c("hirerDob", "date_of_birth", "VARCHAR", [d.strftime("%d/%m/%Y") for d in births]),
        c("licenceNo", "national_id", "VARCHAR", g.col(lambda: g.code(g.rnd.choice(["999999999", "99999999",
                                                                                      "A9999999"]))), DOC),
        c("licenceState", N, "VARCHAR", [p[1] for p in places], DECOY),
        c("mobile", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "e164": 0.2, "digits": 0.2})),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, "au") for a, b, _ in ppl]),
        c("streetAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, True))),
        c("suburb", "city", "VARCHAR", [p[0] for p in places]),
        c("state", N, "VARCHAR", [p[1] for p in places], DECOY),
        c("postcode", "postal_code", "VARCHAR", [p[2] for p in places]),
        c("addDriverName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au"), 0.7), HEAVY),
        c("vanRego", N, "VARCHAR", [fleet[i][0] for i in van], DECOY, FLEET, SHAPE),
        c("vanVin", N, "VARCHAR", [fleet[i][1] for i in van], DECOY, FLEET, SHAPE),
        c("pickupDepot", N, "VARCHAR", g.col(g.pick(["Cairns", "Brisbane", "Melbourne Tullamarine", "Hobart"])), DECOY),
        c("bondAud", N, "DECIMAL(8,2)", g.col(g.pick([2500.0, 5000.0, 7500.0])), DECOY),
        c("cardLast4", N, "VARCHAR", g.col(lambda: v.card_last4(g)), DECOY, PARTIAL),
        c("kmOut", N, "INTEGER", g.ints(20_000, 310_000), DECOY),
    ])


def gig_rider_payouts(g: Gen) -> Table:
    """A UK courier-gig app's weekly rider payouts (snake case): payout id, the rider's full name, UTR (self-employed
    tax reference: ``national_id``), IBAN, phone, e-mail, postcode and town, the zone,
    drops, gross and fees, the payout batch's hash, an opaque ``f_08`` holding the rider's date of birth as
    ``yyyy-mm-dd`` text (mostly NULL), the support agent who released a held payout (staff)."""
    ppl = _people(g, "gb")
    places = [g.rnd.choice(v.GB_PLACES) for _ in range(g.rows)]
    agents = _staff(g, 4, "gb")
    births = _born(g, 1975, 2006)
    return Table("payouts.rider_weekly", "en", "snake", [
        c("payout_id", N, "VARCHAR", g.col(lambda: "po_" + g.code("ZZZZZZZZZZZZ").lower()), DECOY, KEY),
        c("rider_full_name", "person_name", "VARCHAR", [f"{a} {b}" for a, b, _ in ppl]),
        c("utr", "national_id", "VARCHAR", g.col(lambda: v.gb_utr(g), 0.1)),
        c("payout_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "GB", g.rnd.random() < 0.3))),
        c("rider_mobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.5, "e164": 0.5})),
        c("rider_email", "email", "VARCHAR", [v.email_of(g, a, b, "gb") for a, b, _ in ppl]),
        c("postcode", "postal_code", "VARCHAR", [f"{p[1]}{g.rnd.randint(1, 19)} {g.code('9AA')}" for p in places]),
        c("town", "city", "VARCHAR", [p[0] for p in places]),
        c("zone", N, "VARCHAR", g.col(g.pick(["Centre", "North", "Harbourside", "Uni"])), DECOY),
        c("drops", N, "INTEGER", g.ints(0, 140), DECOY),
        c("gross_gbp", N, "DECIMAL(10,2)", g.amounts(0, 980), DECOY),
        c("fees_gbp", N, "DECIMAL(10,2)", g.amounts(0, 25), DECOY),
        c("batch_sha1", N, "VARCHAR", g.col(lambda: v.sha1(g)), DECOY, SHAPE),
        c("f_08", "date_of_birth", "VARCHAR", _nulls(g, [d.isoformat() for d in births], 0.65), OPAQUE, HEAVY),
        c("released_by", "person_name", "VARCHAR", g.col(g.pick(agents), 0.6), STAFF, HEAVY),
        c("week_ending", N, "DATE", g.days("2025-06-01", "2025-12-28"), DECOY),
    ])


def staging_export(g: Gen) -> Table:
    """A mobility start-up's raw staging export (an ELT tool's landing table, opaque names ``c01``...): trip ids,
    a GUID, an e-mail (``c03``), timestamps, fares, a phone (``c07``), a birth date as ``mm/dd/yyyy`` text (``c09``),
    coordinates, a promo code, a full name (``c13``), a city, a ZIP, an IP (``c17``), a status and an app version."""
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    births = _born(g, 1960, 2006)
    return Table("raw_mobility.stg_export", "en", "opaque", [
        c("c01", N, "BIGINT", g.keys(88_000_001, 3), DECOY, OPAQUE, KEY),
        c("c02", N, "VARCHAR", g.col(g.uuid), DECOY, OPAQUE, SHAPE),
        c("c03", "email", "VARCHAR", g.col(lambda: v.email(g, "us"), 0.05), OPAQUE),
        c("c04", N, "TIMESTAMP", g.moments("2025-09-01", "2025-11-30"), DECOY, OPAQUE),
        c("c05", N, "DOUBLE", g.amounts(3, 64), DECOY, OPAQUE),
        c("c06", N, "VARCHAR", g.col(g.pick(["USD"])), DECOY, OPAQUE),
        c("c07", "phone", "VARCHAR", g.phones("US", {"e164": 0.7, "digits": 0.3}), OPAQUE),
        c("c09", "date_of_birth", "VARCHAR", [d.strftime("%m/%d/%Y") for d in births], OPAQUE),
        c("c10", N, "DOUBLE", g.floats(29.9, 45.2, 6), DECOY, OPAQUE),
        c("c11", N, "DOUBLE", g.floats(-112.1, -78.5, 6), DECOY, OPAQUE),
        c("c12", N, "VARCHAR", g.col(lambda: g.code("RIDE99"), 0.6), DECOY, OPAQUE),
        c("c13", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "us")), OPAQUE),
        c("c14", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("c15", "postal_code", "VARCHAR", [p[2] + g.digits(2) for p in places], OPAQUE),
        c("c16", N, "VARCHAR", g.col(g.pick(["completed", "cancelled_rider", "cancelled_driver"])), DECOY, OPAQUE),
        c("c17", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3)), OPAQUE),
        c("c18", N, "VARCHAR", g.col(g.version), DECOY, OPAQUE, SHAPE),
        c("c19", N, "VARCHAR", g.col(lambda: v.sha1(g)), DECOY, OPAQUE, SHAPE),
    ])


# -- German, French, Dutch, Spanish, Polish ------------------------------------------------------------------------------


def de_kurierabrechnung(g: Gen) -> Table:
    """A Bremen food-delivery firm's courier payroll (German, abbreviated snake case): Personalnr, names, GebDat as
    ``dd.mm.yyyy``, Steuer-ID, IBAN, Handy, E-Mail, Straße, PLZ, Ort, a misleading ``feld_9`` holding an emergency
    phone (mostly NULL), the shift lead (staff), the restaurant partner most delivered for (``business``), hours,
    tips, deliveries, the vehicle type and the zone."""
    ppl = _people(g, "de")
    places = [g.rnd.choice(v.DE_PLACES) for _ in range(g.rows)]
    leads = _staff(g, 4, "de")
    births = _born(g, 1968, 2006)
    return Table("kurier.abrechnung_monat", "de", "snake", [
        c("pers_nr", N, "INTEGER", g.keys(40_001), DECOY, KEY),
        c("vorname", "first_name", "VARCHAR", [a for a, _, _ in ppl]),
        c("nachname", "last_name", "VARCHAR", [b for _, b, _ in ppl]),
        c("geb_dat", "date_of_birth", "VARCHAR", [d.strftime("%d.%m.%Y") for d in births], ABBREV),
        c("steuer_id", "national_id", "VARCHAR", g.col(lambda: v.de_idnr(g), 0.04)),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DE", g.rnd.random() < 0.5))),
        c("handy", "phone", "VARCHAR", g.phones("DE", {"national": 0.6, "intl": 0.2, "e164": 0.2})),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, "de") for a, b, _ in ppl]),
        c("strasse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.DE_STREETS))),
        c("plz", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places]),
        c("ort", "city", "VARCHAR", [p[0] for p in places]),
        c("feld_9", "phone", "VARCHAR", g.phones("DE", {"national": 1.0}, 0.8, 0.7), MISLEADING, HEAVY),
        c("schichtleitung", "person_name", "VARCHAR", g.col(g.pick(leads)), STAFF),
        c("haupt_partner", N, "VARCHAR", g.col(g.pick(["Pizzeria Da Enzo Bremen", "Sushi Kaito GmbH",
                                                       "Burgerwerk Viertel", "Thai Orchidee"])), BUSINESS),
        c("std_gesamt", N, "DECIMAL(6,2)", g.amounts(8, 172), DECOY, ABBREV),
        c("trinkgeld_eur", N, "DECIMAL(8,2)", g.amounts(0, 240), DECOY),
        c("anz_lieferungen", N, "INTEGER", g.ints(5, 520), DECOY, ABBREV),
        c("fzg_typ", N, "VARCHAR", g.col(g.pick(["Fahrrad", "E-Bike", "E-Roller", "Pkw"])), DECOY, ABBREV),
        c("zone", N, "VARCHAR", g.col(g.pick(["HB-Mitte", "HB-Nord", "HB-Ost", "Findorff"])), DECOY),
    ])


def fr_trottinettes(g: Gen) -> Table:
    """A Breton e-scooter operator's rides (French, snake case): ride id, the scooter's number, start and end
    coordinates (``none``), start time and duration, the price, the user's phone (E.164) and e-mail, the session IP,
    the device model and app version, the promo code, the card's last four digits, the rating and a comment naming
    people (mostly NULL)."""
    starts = g.moments("2025-05-01", "2025-10-31")

    def comment() -> str:
        return g.rnd.choice(["Frein arrière faible", f"Trottinette garée devant chez {v.whole(g, 'fr')}",
                             f"Mon ami {v.given(g, 'fr')} a payé pour moi", "Batterie vide à mi-parcours",
                             f"Rappelez-moi au {g.phone('FR', 'national')}"])

    return Table("trott.trajets", "fr", "snake", [
        c("id_trajet", N, "VARCHAR", g.col(g.uuid), DECOY, KEY),
        c("num_trottinette", N, "VARCHAR", g.col(lambda: g.code("TRT-99999")), DECOY, SHAPE),
        c("lat_depart", N, "DOUBLE", g.floats(48.08, 48.14, 6), DECOY),
        c("lon_depart", N, "DOUBLE", g.floats(-1.72, -1.62, 6), DECOY),
        c("lat_arrivee", N, "DOUBLE", g.floats(48.08, 48.14, 6), DECOY),
        c("lon_arrivee", N, "DOUBLE", g.floats(-1.72, -1.62, 6), DECOY),
        c("debut", N, "TIMESTAMP", starts, DECOY),
        c("fin", N, "TIMESTAMP", _later(g, starts, 2, 45), DECOY),
        c("montant_eur", N, "DECIMAL(6,2)", g.amounts(1, 14), DECOY),
        c("tel_usager", "phone", "VARCHAR", g.phones("FR", {"e164": 0.8, "national": 0.2})),
        c("email_usager", "email", "VARCHAR", g.col(lambda: v.email(g, "fr"), 0.1)),
        c("ip_session", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.4))),
        c("modele_appareil", N, "VARCHAR", g.col(g.pick(v.DEVICES)), DECOY),
        c("version_app", N, "VARCHAR", g.col(g.version), DECOY, SHAPE),
        c("code_promo", N, "VARCHAR", g.col(lambda: g.code("BZH-ZZZZ"), 0.6), DECOY, SHAPE),
        c("cb_4_derniers", N, "VARCHAR", g.col(lambda: v.card_last4(g)), DECOY, PARTIAL),
        c("note", N, "INTEGER", g.ints(1, 5, 0.4), DECOY),
        c("commentaire", "free_text", "VARCHAR", g.col(comment, 0.75), MIXED, HEAVY),
    ])


def nl_vakantieverhuur(g: Gen) -> Table:
    """A Frisian holiday-rental platform's hosts (Dutch, snake case): host id, names, BSN, birth date as
    ``yyyy-mm-dd`` text, IBAN, phone, the let home's address, postcode and town (``premises``), the municipality's
    registration number (decoy), a host's KvK number when letting as a business (``none``), nights let, the
    listing's title and rating, a misleading ``extra2`` holding the host's e-mail."""
    ppl = _people(g, "nl")
    places = [g.rnd.choice(v.NL_PLACES) for _ in range(g.rows)]
    births = _born(g, 1945, 1999)
    return Table("verhuur.verhuurders", "nl", "snake", [
        c("verhuurder_id", N, "INTEGER", g.keys(3_001), DECOY, KEY),
        c("voornaam", "first_name", "VARCHAR", [a for a, _, _ in ppl]),
        c("achternaam", "last_name", "VARCHAR", [b for _, b, _ in ppl]),
        c("bsn", "national_id", "VARCHAR", g.col(lambda: v.nl_bsn(g), 0.1)),
        c("geboortedatum", "date_of_birth", "VARCHAR", [d.isoformat() for d in births]),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "NL", g.rnd.random() < 0.6))),
        c("telefoon", "phone", "VARCHAR", g.phones("NL", {"national": 0.7, "intl": 0.3}, 0.8)),
        c("adres_woning", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NL_STREETS)), PREMISES),
        c("postcode_woning", "postal_code", "VARCHAR", [f"{p[1]}{g.digits(2)} {g.code('AA')}" for p in places],
          PREMISES),
        c("plaats", "city", "VARCHAR", [p[0] for p in places]),
        c("registratienummer", N, "VARCHAR", g.col(lambda: g.code("0080 ZZZZ ZZZZ ZZZZ ZZZZ")), DECOY, SHAPE),
        c("kvk_nummer", N, "VARCHAR", g.col(lambda: g.digits(8), 0.8), BUSINESS),
        c("nachten_dit_jaar", N, "INTEGER", g.ints(0, 30), DECOY),
        c("titel_advertentie", N, "VARCHAR", g.col(g.pick(["Knus huisje aan het wad", "Appartement met uitzicht",
                                                            "Boerderijkamer", "Tiny house bij het meer"])), DECOY),
        c("beoordeling", N, "DOUBLE", g.floats(3.5, 5.0, 2), DECOY),
        c("extra2", "email", "VARCHAR", [v.email_of(g, a, b, "nl") for a, b, _ in ppl], MISLEADING),
    ])


def es_freelancers(g: Gen) -> Table:
    """A Basque freelancer marketplace's profiles and payouts (Spanish, camelCase): user id, handle (``username``),
    names, DNI or NIE, DOB (DATE), IBAN, mobile, e-mail, city, province (``none``), postal code, hourly rate,
    category, rating, a password hash and an API token (credentials), a misleading ``attrX`` holding the phone, a
    short bio naming clients (``free_text``, mostly NULL), the last login IP."""
    ppl = _people(g, "es")
    places = [g.rnd.choice(v.ES_PLACES) for _ in range(g.rows)]

    def bio() -> str:
        return g.rnd.choice(["Diseñadora gráfica con 10 años de experiencia",
                             f"Trabajé para {v.whole(g, 'es')} en su tienda online",
                             f"Contacto directo: {g.phone('ES', 'national')}", "Traductor EN-ES-EU jurado"])

    return Table("freelance.perfilesPagos", "es", "camel", [
        c("idUsuario", N, "BIGINT", g.keys(700_001, 7), DECOY, KEY),
        c("alias", USERNAME, "VARCHAR", [v.handle(a, b, i) for i, (a, b, _) in enumerate(ppl)], USER),
        c("nombre", "first_name", "VARCHAR", [a for a, _, _ in ppl]),
        c("apellidos", "last_name", "VARCHAR", [f"{b} {v.person(g, 'es')[1]}" for _, b, _ in ppl]),
        c("dniNie", "national_id", "VARCHAR", g.col(lambda: v.es_dni(g) if g.rnd.random() < 0.8 else v.es_nie(g))),
        c("fechaNacimiento", "date_of_birth", "DATE", _born(g, 1960, 2004)),
        c("ibanCobro", "iban", "VARCHAR", g.col(lambda: v.iban(g, "ES", g.rnd.random() < 0.5), 0.2)),
        c("attrX", "phone", "VARCHAR", g.phones("ES", {"national": 0.5, "intl": 0.3, "e164": 0.2}), MISLEADING),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, "es") for a, b, _ in ppl]),
        c("ciudad", "city", "VARCHAR", [p[0] for p in places]),
        c("provincia", N, "VARCHAR", [p[1] for p in places], DECOY),
        c("codigoPostal", "postal_code", "VARCHAR", [p[2] + g.digits(2) for p in places]),
        c("tarifaHora", N, "DECIMAL(6,2)", g.amounts(12, 95), DECOY),
        c("categoria", N, "VARCHAR", g.col(g.pick(["diseño", "traducción", "desarrollo web", "fotografía"])), DECOY),
        c("valoracion", N, "DOUBLE", g.floats(2.0, 5.0, 1), DECOY),
        c("hashClave", N, "VARCHAR", g.col(lambda: "$argon2id$v=19$m=65536,t=3,p=4$" + v.token(g, "", 43)), DECOY,
          CREDENTIAL),
        c("tokenApi", N, "VARCHAR", g.col(lambda: v.token(g, "flk_live_", 32), 0.5), DECOY, CREDENTIAL),
        c("presentacion", "free_text", "VARCHAR", g.col(bio, 0.6), MIXED, HEAVY),
        c("ipUltimoAcceso", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2))),
    ])


def pl_bilety(g: Gen) -> Table:
    """A Polish concert promoter's ticket holders (Polish, snake case): ticket number (decoy), names, PESEL (encoding
    the row's birth date and sex), e-mail, phone, sector, row and seat, gate, the gate steward who scanned it
    (staff), promo code, price, purchase IP and time, the organiser partner (``business``)."""
    ppl = _people(g, "pl")
    births = _born(g, 1955, 2009)
    stewards = _staff(g, 6, "pl")
    return Table("bilety.posiadacze", "pl", "snake", [
        c("nr_biletu", N, "VARCHAR", g.col(lambda: g.code("9999-9999-9999")), DECOY, SHAPE),
        c("imie", "first_name", "VARCHAR", [a for a, _, _ in ppl]),
        c("nazwisko", "last_name", "VARCHAR", [b for _, b, _ in ppl]),
        c("pesel", "national_id", "VARCHAR", [v.pl_pesel(g, d, f) if g.rnd.random() < 0.85 else None
                                              for d, (_, _, f) in zip(births, ppl)]),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, "pl") for a, b, _ in ppl]),
        c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.5, "intl": 0.3, "digits": 0.2}, 0.9)),
        c("sektor", N, "VARCHAR", g.col(g.pick(["A", "B", "C", "D", "PŁYTA"])), DECOY),
        c("rzad", N, "INTEGER", g.ints(1, 40, 0.2), DECOY),
        c("miejsce", N, "INTEGER", g.ints(1, 60, 0.2), DECOY),
        c("bramka", N, "VARCHAR", g.col(g.pick(["B1", "B2", "B3", "VIP"])), DECOY),
        c("skanowal", "person_name", "VARCHAR", g.col(g.pick(stewards), 0.1), STAFF),
        c("kod_rabatowy", N, "VARCHAR", g.col(lambda: g.code("LATO-ZZZZ"), 0.7), DECOY, SHAPE),
        c("cena_pln", N, "DECIMAL(8,2)", g.amounts(89, 649), DECOY),
        c("ip_zakupu", "ip_address", "VARCHAR", g.col(lambda: g.ipv4())),
        c("data_zakupu", N, "TIMESTAMP", g.moments("2025-02-01", "2025-08-31"), DECOY),
        c("organizator", N, "VARCHAR", g.col(g.pick(["Wisła Events sp. z o.o.", "Koncertownia Gdańsk S.A."])),
          BUSINESS),
    ])


# -- Swedish, Italian, Brazilian, Turkish ---------------------------------------------------------------------------------


def se_laddkort(g: Gen) -> Table:
    """A Swedish EV-charging network's RFID card holders (Swedish, snake case): card UID (decoy), personnummer, names,
    birth date as an integer ``yyyymmdd``, e-mail, mobile, address, postcode, town, the holder's own car
    (``regnr``: ``none``, tag ``vehicle``), the charger last used, kWh and amount, the support agent (staff), a refund
    IBAN (mostly NULL)."""
    ppl = _people(g, "sv")
    places = [g.rnd.choice(v.SE_PLACES) for _ in range(g.rows)]
    births = _born(g, 1945, 2004)
    agents = _staff(g, 3, "sv")
    return Table("laddnat.kortinnehavare", "sv", "snake", [
        c("rfid_uid", N, "VARCHAR", g.col(lambda: g.code("xxxxxxxxxxxxxx").upper()), DECOY, SHAPE),
        c("personnummer", "national_id", "VARCHAR", [v.se_personnummer(g, d) if g.rnd.random() < 0.8 else None
                                                     for d in births]),
        c("fodelsedatum", "date_of_birth", "INTEGER", [int(d.strftime("%Y%m%d")) for d in births]),
        c("fornamn", "first_name", "VARCHAR", [a for a, _, _ in ppl]),
        c("efternamn", "last_name", "VARCHAR", [b for _, b, _ in ppl]),
        c("epost", "email", "VARCHAR", [v.email_of(g, a, b, "sv") for a, b, _ in ppl]),
        c("mobil", "phone", "VARCHAR", g.phones("SE", {"national": 0.6, "e164": 0.4})),
        c("gatuadress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.SE_STREETS))),
        c("postnr", "postal_code", "VARCHAR", [f"{p[1]}{g.digits(1)} {g.digits(2)}" for p in places], ABBREV),
        c("ort", "city", "VARCHAR", [p[0] for p in places]),
        c("regnr", N, "VARCHAR", g.col(lambda: g.code("AAA 99Z")), DECOY, VEHICLE, SHAPE),
        c("senaste_laddare", N, "VARCHAR", g.col(lambda: g.code("SE*LDN*E99999")), DECOY, SHAPE),
        c("kwh_manad", N, "DOUBLE", g.floats(0, 640, 2), DECOY),
        c("belopp_sek", N, "DECIMAL(8,2)", g.amounts(0, 3_900), DECOY),
        c("handlaggare", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF),
        c("iban_aterbetalning", "iban", "VARCHAR", g.col(lambda: v.iban(g, "SE"), 0.8), HEAVY),
    ])


def it_carsharing(g: Gen) -> Table:
    """A Milan car-sharing service's members (Italian, SCREAMING case): member id, names, codice fiscale (encoding the
    row's name, birth date and comune), DOB (DATE), birthplace (``city``), licence number (``national_id``) and
    expiry, mobile, e-mail, address, CAP, comune and province, the last car's plate (fleet), minutes, tariff,
    signup IP."""
    ppl = _people(g, "it")
    births = _born(g, 1950, 2005)
    born_in = [g.rnd.choice(v.IT_PLACES) for _ in range(g.rows)]
    places = [g.rnd.choice(v.IT_PLACES) for _ in range(g.rows)]
    fleet = [g.code("GA999AA") for _ in range(40)]
    return Table("CARSHARING.SOCI", "it", "screaming", [
        c("ID_SOCIO", N, "INTEGER", g.keys(110_001), DECOY, KEY),
        c("NOME", "first_name", "VARCHAR", [a for a, _, _ in ppl]),
        c("COGNOME", "last_name", "VARCHAR", [b for _, b, _ in ppl]),
        c("COD_FISCALE", "national_id", "VARCHAR", [v.it_codice_fiscale(a, b, d, f, bi[3])
                                                    for (a, b, f), d, bi in zip(ppl, births, born_in)], ABBREV),
        c("DATA_NASCITA", "date_of_birth", "DATE", births),
        c("LUOGO_NASCITA", "city", "VARCHAR", [bi[0] for bi in born_in]),
        c("NUM_PATENTE", "national_id", "VARCHAR", g.col(lambda: g.code("AA9999999A")), DOC, ABBREV),
        c("SCAD_PATENTE", N, "DATE", g.days("2026-01-01", "2036-12-31"), DECOY, ABBREV),
        c("CELLULARE", "phone", "VARCHAR", g.phones("IT", {"national": 0.5, "intl": 0.3, "e164": 0.2})),
        c("EMAIL", "email", "VARCHAR", [v.email_of(g, a, b, "it") for a, b, _ in ppl]),
        c("INDIRIZZO", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IT_STREETS))),
        c("CAP", "postal_code", "VARCHAR", [p[2] + g.digits(2) for p in places]),
        c("COMUNE", "city", "VARCHAR", [p[0] for p in places]),
        c("PROV", N, "VARCHAR", [p[1] for p in places], DECOY, ABBREV),
        c("TARGA_ULTIMA_AUTO", N, "VARCHAR", g.col(g.pick(fleet)), DECOY, FLEET, SHAPE),
        c("MINUTI_MESE", N, "INTEGER", g.ints(0, 900), DECOY),
        c("TARIFFA", N, "VARCHAR", g.col(g.pick(["BASE", "PLUS", "BUSINESS", "UNDER26"])), DECOY),
        c("IP_ISCRIZIONE", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.2)),
    ])


def br_mototaxi(g: Gen) -> Table:
    """A Recife moto-taxi app's passengers (Brazilian Portuguese, snake case): passenger id, full name, CPF,
    birth date as ``dd/mm/yyyy`` text, mobile, e-mail, CEP, neighbourhood (``none``), city and UF, the Pix key (a CPF,
    an e-mail, a phone or a random key by row: ``free_text``), the last driver (a gig worker: ``person_name``) and
    the driver's own bike plate (``none``), the last trip's fare, a misleading ``code`` holding the birth date as
    ``yyyymmdd`` text (mostly NULL)."""
    ppl = _people(g, "br")
    places = [g.rnd.choice(v.BR_PLACES) for _ in range(g.rows)]
    births = _born(g, 1960, 2006)
    drivers = [v.whole(g, "br") for _ in range(60)]

    def pix(a: str, b: str) -> str:
        kind = g.rnd.random()
        if kind < 0.3:
            return v.br_cpf(g, False)
        if kind < 0.55:
            return v.email_of(g, a, b, "br")
        if kind < 0.8:
            return g.phone("BR", "e164")
        return g.uuid()

    return Table("mototaxi.passageiros", "pt", "snake", [
        c("id_passageiro", N, "INTEGER", g.keys(9_001), DECOY, KEY),
        c("nome_completo", "person_name", "VARCHAR", [f"{a} {b}" for a, b, _ in ppl]),
        c("cpf", "national_id", "VARCHAR", g.col(lambda: v.br_cpf(g, g.rnd.random() < 0.7), 0.05)),
        c("data_nasc", "date_of_birth", "VARCHAR", [d.strftime("%d/%m/%Y") for d in births], ABBREV),
        c("celular", "phone", "VARCHAR", g.phones("BR", {"national": 0.6, "e164": 0.4})),
        c("email", "email", "VARCHAR", g.col(lambda: v.email(g, "br"), 0.15)),
        c("cep", "postal_code", "VARCHAR", [f"{p[2]}{g.digits(3)}-{g.digits(3)}" for p in places]),
        c("bairro", N, "VARCHAR", g.col(g.pick(["Boa Viagem", "Casa Amarela", "Graças", "Pina", "Várzea"])), DECOY),
        c("cidade", "city", "VARCHAR", [p[0] for p in places]),
        c("uf", N, "VARCHAR", [p[1] for p in places], DECOY),
        c("chave_pix", "free_text", "VARCHAR", [pix(a, b) for a, b, _ in ppl], MIXED),
        c("ultimo_motorista", "person_name", "VARCHAR", g.col(g.pick(drivers)), ROLE),
        c("placa_moto", N, "VARCHAR", g.col(lambda: g.code("AAA9A99")), DECOY, VEHICLE, SHAPE),
        c("valor_ultima_corrida", N, "DECIMAL(6,2)", g.amounts(5, 38), DECOY),
        c("code", "date_of_birth", "VARCHAR", _nulls(g, [d.strftime("%Y%m%d") for d in births], 0.6), MISLEADING,
          HEAVY),
    ])


def tr_otobus_yolcu(g: Gen) -> Table:
    """A Turkish intercity coach operator's passengers (Turkish, PascalCase): PNR, sefer (trip) number, coach plate
    (fleet), departure and arrival terminals, seat number, passenger's names, TC kimlik, birth date as ``dd.mm.yyyy``,
    gender (``none``), phone, e-mail, a misleading ``EkAlan1`` holding a companion's phone (mostly NULL), the coach
    attendant (muavin: staff), the fare."""
    ppl = _people(g, "tr")
    births = _born(g, 1950, 2007)
    attendants = _staff(g, 5, "tr")
    buses = [g.code("34 AA 999") for _ in range(15)]
    terminals = ["İstanbul Esenler", "Ankara AŞTİ", "İzmir Otogar", "Bursa Terminal", "Antalya Otogar"]
    return Table("otobus.YolcuKayit", "tr", "pascal", [
        c("Pnr", N, "VARCHAR", g.col(lambda: _pnr(g)), DECOY, SHAPE),
        c("SeferNo", N, "VARCHAR", g.col(lambda: g.code("SF-99999")), DECOY, SHAPE),
        c("OtobusPlaka", N, "VARCHAR", g.col(g.pick(buses)), DECOY, FLEET, SHAPE),
        c("Kalkis", N, "VARCHAR", g.col(g.pick(terminals)), DECOY),
        c("Varis", N, "VARCHAR", g.col(g.pick(terminals)), DECOY),
        c("KoltukNo", N, "INTEGER", g.ints(1, 46), DECOY),
        c("YolcuAdi", "first_name", "VARCHAR", [a for a, _, _ in ppl]),
        c("YolcuSoyadi", "last_name", "VARCHAR", [b for _, b, _ in ppl]),
        c("TcKimlikNo", "national_id", "VARCHAR", g.col(lambda: v.tr_tckimlik(g), 0.08)),
        c("DogumTarihi", "date_of_birth", "VARCHAR", [d.strftime("%d.%m.%Y") for d in births]),
        c("Cinsiyet", N, "VARCHAR", ["K" if f else "E" for _, _, f in ppl], DECOY),
        c("CepTel", "phone", "VARCHAR", g.phones("TR", {"national": 0.6, "digits": 0.2, "e164": 0.2})),
        c("EPosta", "email", "VARCHAR", g.col(lambda: v.email(g, "tr"), 0.3)),
        c("EkAlan1", "phone", "VARCHAR", g.phones("TR", {"national": 1.0}, 1.0, 0.75), MISLEADING, HEAVY),
        c("Muavin", "person_name", "VARCHAR", g.col(g.pick(attendants)), STAFF),
        c("UcretTl", N, "DECIMAL(8,2)", g.amounts(450, 1_650), DECOY),
        c("SatisKanali", N, "VARCHAR", g.col(g.pick(["WEB", "MOBIL", "GISE", "ACENTE"])), DECOY),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (rideshare_driver_onboarding, 900), (cruise_manifest, 420), (taxi_dispatch_log, 1_400),
    (campervan_rentals, 380), (gig_rider_payouts, 1_100), (staging_export, 1_500), (de_kurierabrechnung, 650),
    (fr_trottinettes, 1_800), (nl_vakantieverhuur, 500), (es_freelancers, 750), (pl_bilety, 1_300),
    (se_laddkort, 700), (it_carsharing, 800), (br_mototaxi, 950), (tr_otobus_yolcu, 1_000),
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
