"""Held-out set v67 for the column classifier: 15 tables of *vehicles and mobility*, one system per table and each a
different organisation, nine with English column names (the United States, the United Kingdom, Ireland, Canada,
Australia, New Zealand, India, Singapore and Nigeria) and six in Italian, Polish, Czech, Turkish, Greek (Greek script)
and Japanese (kanji and katakana), in snake, camel, Pascal and SCREAMING case and native script, with abbreviations
(``MBR_FNM``, ``CTC_PH``, ``HOME_ADDR_LN1``, ``sllr_fnm``, ``addr_ln1``, ``ctc_ph``), a source prefix
(``src_crm_col17``) and opaque custom fields holding personal data (``Udf03``, ``ATTR7``, ``misc_1``, ``udf_03``,
``poleDodatkowe2``, ``OzelAlan2``, ``πεδίο_2``, ``予備2``) beside opaque fields holding none (``Udf04``, ``ATTR8``,
``misc_2``, ``udf_04``, ``poleDodatkowe1``, ``OzelAlan1``, ``πεδίο_1``, ``予備1``, ``src_crm_col18``):

* ``TagOps.TransponderAccounts``: a Central Texas toll road authority's transponder accounts (Pascal case: the
  primary holder's first, middle and last name, a secondary driver, billing address, phones, e-mail with
  placeholders, ``SsnLast4``, the plate, an auto-replenish card kept in clear by the legacy billing module, the last
  toll plaza, the portal login and IP, customer-service logins, ``Udf03`` an alternate e-mail);
* ``RESCUE.CALLOUT_LOG``: an East Anglian motoring club's roadside-assistance call-outs (SCREAMING case: the member's
  names and birth date as text, home address and postcode, the driver when not the member, a DVLA licence number for
  the hire car, ``VRM``, the breakdown's road description and coordinates, patrols and their vans, recovering garages
  and hire companies, notes naming people, ``ATTR7`` the number of whoever waits at the car);
* ``shareway_api.memberTrips``: a Cork car club's trips joined to their members (camel case: licence number, expiry
  and country, Eircode, sign-up IP, push token, the club's cars and bays with coordinates, damage reports, an
  additional driver, support agents by first name, ``misc_1`` a referred friend's e-mail);
* ``dealer_dms.purchase_book``: a Hamilton (Ontario) used-car dealer's purchase book of cars bought from private
  sellers, trade-ins and auctions (abbreviated snake case: VINs with their check character, sellers' names, address,
  postal code, Ontario driver's licence numbers beginning with the family name's initial, ``notes2`` a second phone,
  the e-Transfer address, PPSA lien searches, the dealer's buyers, OMVIC registration and HST number, a mixed
  ``src_crm_col17``);
* ``fleet_tm.trip_driver_assignments``: a Pilbara mining-services contractor's fleet telematics, one row per trip with
  its assigned driver (fleet regos, VINs and device IMEIs, the driver's name, WA licence, mobile, e-mail, home suburb,
  postcode and birth date, supervisors, ``contact_name`` the depot's dispatch desk, trip coordinates, harsh braking,
  fatigue alerts, fuel cards, the company's ABN, ``udf_03`` the driver's emergency contact);
* ``TestBooking.PracticalTests``: a Waikato driving-test centre's practical-test bookings (Pascal case: candidates'
  first, middle and family names, birth dates as text, licence numbers and versions, supervisors and their licences,
  testing officers, comments, interpreters, the centres' addresses and phones, ``ATTR7`` a preferred name);
* ``autoride_ops.driverPartners``: a Bengaluru auto-rickshaw and cab app's driver partners (camel case: full and
  father's name, Aadhaar, PAN, Karnataka licence numbers, the registration certificate's owner, locality, PIN code
  and home town, IFSC and the payout account's last four, fleet owners' GSTIN, onboarding agents, selfie hashes);
* ``chargesg.charging_accounts``: a Singapore EV-charging operator's accounts with their last session (snake case:
  names as on the NRIC, ``code`` the NRIC or FIN, HDB addresses and postal codes, plates with their check letter,
  RFID cards, corporate accounts' UEN, the app login and IP, a referrer's mobile, ``misc_1`` a second driver);
* ``LSMVLA.VEHICLE_REG_BOOK``: a Lagos State motor-vehicle licensing office's registration book (SCREAMING case:
  plates, chassis numbers, engine numbers, owners' surname and other names, NIN, birth date as text, town, LGA,
  corporate owners' RC number and TIN, insurers, the agent who processed the papers, licensing officers, the previous
  owner, operator logins, the nightly batch job);
* ``polizia_locale.verbali_autovelox``: a Tuscan town's local-police speed-camera fines (Italian: camera sites and
  their coordinates, photo hashes, the keeper's name, codice fiscale, address, CAP, comune, province and PEC address,
  leasing companies and their partita IVA, the driver named by the keeper with licence and birth date, officers by
  family name, a refund IBAN, notes);
* ``wypozyczalnia_aut.umowyNajmu``: a Kraków airport car-rental counter's contracts (Polish, camel case: PESEL,
  identity cards with their check digit, licence numbers, an additional driver, firms and their NIP, the fleet's
  plates and VINs, flights, a deposit card kept in clear and its last four, the refund IBAN, counter agents by first
  name, ``poleDodatkowe2`` a contact phone in Poland);
* ``autovrakoviste.kniha_vyrazeni``: an Ostrava scrapyard's book of end-of-life vehicles taken over and deregistered
  (Czech: the last keeper's name, rodné číslo, birth date, identity card, address and PSČ, whoever handed the car
  over, company keepers' IČO, the payout IBAN, the employee, notes, ``udf_03`` a second phone);
* ``LastikOteli.Emanetler``: a Bursa tyre dealer's tyre hotel (Turkish, Pascal case: T.C. kimlik no, mobile and
  landline, district, corporate customers' VKN, tyre sizes, DOT codes and racks, employees by first name, whoever
  brought the tyres, ``OzelAlan2`` a second mobile);
* ``δήμος_στάθμευση.κάρτες_μόνιμων_κατοίκων``: an Athens municipality's residents' parking cards (Greek script:
  family, given and father's names, ΑΦΜ, ΑΜΚΑ, identity card, street and house number apart, ΤΚ, the town for
  letters, plates, the car's owner when not the resident, leasing companies' ΑΦΜ, clerks, ``πεδίο_2`` the mother's
  given name);
* ``バイククラブ.会員名簿``: a Nagoya motorcycle touring club's roster (Japanese: kanji names and katakana readings,
  handles, birth dates in Western and Japanese-era form, postcode, prefecture, city, street, licence numbers, bikes and
  plates, emergency contacts, blood type, insurers, the secretariat's staff member by family name, ``予備2`` the
  member who introduced them).

Written **blind**, like v2 to v65: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog, history or notes, only the list of kind names
(``governance_dagster/kinds.py``), how the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the
*structure* and labeling conventions of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test,
``tests/heldout_support.py``), the module docstrings of v24 to v65 (to avoid their domains and follow their labeling
conventions), the ``Column``/``Table`` classes and writer they build on (``heldout_v2.py``, ``heldout_v4.py``), the
ruff section of ``pyproject.toml`` and the sources of python-stdnum and phonenumbers. The classifier was not run on this
set while it was written, no scorer was run on it, and no score of any set was looked at: nothing here was adjusted to
what the classifier does. It was written under a short deadline (about an hour, the tests and lint included), so some
labels below are quick decisions rather than settled conventions. It imports no earlier set's value module: its random
source, name lists, streets, towns, postal codes and identifier builders are its own
(:mod:`benchmarks.classification.heldout_v67_values`; the generic ``Gen`` helpers were copied from v27's).

What is new against v2 to v65: vehicles and mobility as the whole set. Earlier sets touched the theme at its edges
(v11 a vehicle register, v12 traffic fines, v13 used-car appraisals and a car workshop, v25 ride-hailing trips, v26 a
parking operator, v31 a car dealership's deals, v39 a German driving school, a Swiss car rental and Swedish resident
parking permits, v40 a US ride-hailing app's driver onboarding, a Swedish EV-charging network's card holders, a Milan
car-sharing service, a Dublin taxi dispatch log and an Australian campervan hire, v44 a Piedmont vehicle register, v56
motor insurance, v57 Cardiff's parking penalty notices, v62 a Bristol car park's plate recognition); every
organisation, country and shape here is new: toll transponder accounts, roadside call-outs, a car club's trips, a
dealer's purchase book from private sellers, fleet telematics with driver assignment, driving-test bookings, an
Indian driver-partner register, a Singapore charging operator's accounts, a Nigerian registration book, speed-camera
fines with the driver named by the keeper, an airport rental counter, a scrapyard's deregistration book, a tyre hotel,
a Greek residents' parking register and a Japanese motorcycle club.

* tags of this set: ``vehicle`` (a person's own plate, VIN, chassis or engine number: ``none``), ``fleet`` (a
  company's plates, VINs and fuel cards: ``none``), ``check_digit`` (decoys passing their own check), ``opaque``,
  ``prefixed``, ``mixed_kinds``, ``coordinates``, ``hashed``, ``card_in_clear``, ``dob_text`` (a birth date written
  as text: ``dd/mm/yyyy``, ``dd-mm-yyyy``, ``12-MAR-1984``, ``1984/03/12`` and ``昭和59年3月12日``), ``sparse`` (a
  business column filled only on company rows, 70-95% NULL, ``none``), and as in v27 ``decoy``, ``value_shape``,
  ``business``, ``join_key``, ``null_heavy``, ``nullword_heavy``, ``placeholder``, ``partial``, ``tokenized``,
  ``credential``, ``staff``, ``role_word``, ``username``, ``audit``, ``service_account``, ``abbrev``,
  ``misleading``;
* decoys with check digits (tag ``check_digit``, all ``none``): VINs with their check character (ISO 3779, North
  American weights), IMEIs (Luhn), an Australian ABN, a Canadian BN with its HST account, Indian GSTINs, Singapore
  UENs and plates' check letters, Italian partite IVA, Polish NIPs, Czech IČO, Turkish VKN and Greek companies' ΑΦΜ;
* other decoys (tag ``decoy``; ``value_shape`` when shaped like an identifier): account, transponder, call-out,
  stock, booking, contract, protocol, card, deposit, policy and receipt numbers, PPSA searches, DOT codes, licence
  versions, flight numbers, IFSC codes, RFID and charger ids, hashes, coordinates, app and firmware versions;
* identifiers with check digits (python-stdnum, or the published algorithm): the Greek AMKA (``ssn``, encoding the
  row's birth date), Aadhaar, PAN (the family name's initial in fifth place), the Singapore NRIC and FIN, the codice
  fiscale (the row's name, birth date and comune), PESEL and the rodné číslo (the row's birth date and sex), the
  Polish identity card, the T.C. kimlik no and the personal ΑΦΜ (``national_id``); Italian, Polish and Czech IBANs;
  card numbers (Luhn); by their shape only DVLA, Irish, Ontario, WA, New Zealand, Karnataka, Italian, Polish and
  Japanese driving-licence numbers, Nigerian NINs, Czech and Greek identity cards (``national_id``); phones of all
  fifteen countries but Italy (phonenumbers) in national, international, E.164, digits-only and dashed forms; IPv4
  and IPv6.

Labeling choices a reader may question:

* every plate and VIN is ``none``, as in v39, v40 and v44: a person's own (tag ``vehicle``) as well as a fleet's (tag
  ``fleet``); a chassis and an engine number likewise; the registered keeper's name and address are personal;
* the Greek AMKA is ``ssn`` (kinds.py names it); the personal ΑΦΜ, the identity card, the NIN, the NRIC and FIN,
  Aadhaar, PAN, PESEL, the rodné číslo, the codice fiscale, the T.C. kimlik no and every driving-licence number are
  ``national_id``; ``SsnLast4``, card and account last fours are ``none`` (tag ``partial``);
* ``code`` (the NRIC or FIN under a legacy name) is ``national_id`` and ``notes2`` (a second phone) is ``phone`` (tag
  ``misleading``); ``contact_name`` of the fleet table holds depot desks (``Karratha Depot Dispatch``): ``none`` (tags
  ``business``, ``misleading``);
* a father's (``fatherName``, Indian forms: a whole name) is ``person_name``; ``πατρώνυμο`` and ``πεδίο_2`` (the
  father's and the mother's given names) are ``first_name``; middle names are ``first_name``; the katakana reading
  ``フリガナ`` (a whole name) is ``person_name``; ``ハンドルネーム`` (a rider's handle) is ``unclassified`` (tag
  ``username``);
* drivers of a fleet (``driver_full_name``, 55 of them) are ``person_name`` (tag ``role_word``), their supervisors,
  patrols, testing officers, onboarding agents, licensing officers, buyers, clerks and the scrapyard's staff are
  ``person_name`` (tag ``staff``), ``first_name`` when only a first name is kept (support and counter agents, the tyre
  hotel's employees) and ``last_name`` when only a family name (Italian officers, ``事務局担当``);
* the Nigerian ``AGENT_NAME`` (the runner who processed the papers, many people) is ``person_name``; the Indian
  ``rcOwnerName`` (the registration certificate's owner, mostly the driver) is ``person_name``;
* ``src_crm_col17`` (a referrer's name, phone or e-mail by row) is ``free_text`` (tag ``mixed_kinds``); notes, damage
  reports, officer comments, remarks and ``備考`` naming people are ``free_text``;
* a locality of Bengaluru (``locality``), an Irish, Australian or New Zealand town, an ilçe (``Ilce``), ``市区町村``
  and the Greek town for letters are ``city``; US states, provinces, the Italian provincia, ``Il``, Nigerian LGAs and
  states and ``都道府県`` are ``none``; the breakdown's road description and every coordinate are ``none``;
* the house number apart (``αριθμός``) and an address's second line (``BillingAddress2``, mostly empty) are
  ``street_address``;
* blood type (``血液型``) is ``none``: no kind fits it; the relationship of an emergency contact (``続柄``) is ``none``;
* garages, hire companies, test centres, auction houses, leasing companies, corporate keepers and customers, insurers,
  the dealer's registration and HST number and the contractor's ABN are ``none`` (tag ``business``); web forms and
  batch jobs writing rows are ``none`` (tag ``service_account``); customer-service and operator logins are
  ``unclassified`` (tag ``username``).

Labeling rules otherwise as v27 (see :mod:`benchmarks.classification.heldout_v27`): a business's address, phone,
postal code and city are ``none`` (tag ``business``); a login is ``unclassified`` (tag ``username``), a service
account ``none``. ``null_heavy`` means 50-95% NULL, ``nullword_heavy`` 70-95% NULL words. Rows per table: 310 to 470;
columns per table: 30 to 33 (466 in all, about 45% of them personal).

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets, towns and
postal codes of :mod:`benchmarks.classification.heldout_v67_values`, written for v67 (no Faker, no list of real
people, no breach data). Build: ``python -m benchmarks.classification.heldout_v67 [PATH]`` (default
``/tmp/heldout_v67.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v67``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v67_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v67_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v67.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings, placeholders and empty strings (few real NULLs)
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
MISLEADING = "misleading"
STAFF = "staff"  # staff named in a column with few distinct values
ROLE = "role_word"  # a role word (driver, supervisor, seller, keeper, agent ...) holding people
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
SERVICE = "service_account"  # an audit column holding only service accounts or job names (none)
KEY = "join_key"  # an id, foreign key or UUID that joins tables (none)
JSON_PLAIN = "json_plain"
PLACEHOLDER = "placeholder"  # a personal column some of whose cells are placeholders
TOKEN = "tokenized"  # a processor's token: none
PARTIAL = "partial"  # the last four digits of an SSN, a card or an account: none
CREDENTIAL = "credential"  # a push token or a password hash (none)
VEHICLE = "vehicle"  # a person's own plate, VIN, chassis or engine number (none)
FLEET = "fleet"  # a company's own plate or VIN (none)
CHECK = "check_digit"  # a decoy passing its own check (VIN, IMEI, ABN, BN, GSTIN, UEN, partita IVA, NIP ...)
OPAQUE = "opaque"  # a custom field with an opaque name (misc_1, udf_03, ATTR7, poleDodatkowe2, 予備2 ...)
PREFIXED = "prefixed"  # a source-prefixed column (src_crm_col17)
MIXED = "mixed_kinds"  # a column holding several kinds by row (free_text)
COORD = "coordinates"  # latitude or longitude of a place (none)
HASHED = "hashed"  # a hash of a photo or a selfie (none)
SPARSE = "sparse"  # a business column filled only for company rows (70-95% NULL, none)
CLEAR_CARD = "card_in_clear"  # a card number kept in clear by a legacy system (credit_card)
DOB_TEXT = "dob_text"  # a date of birth written as text


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a", "N/A", "null", "none") + extra


def _staff(g: Gen, n: int, make: Callable[[Gen], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _logins(g: Gen, n: int, country: str, style: int) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.login(*v.person(g, country), style))
    return sorted(out)


def _dirty(g: Gen, values: list, share: float, placeholders: list[str]) -> list:
    """``values`` with ``share`` of the non-NULL cells replaced by a placeholder (a NULL word of the set)."""
    return [g.rnd.choice(placeholders) if x is not None and g.rnd.random() < share else x for x in values]


def _later(g: Gen, starts: list, lo_min: int, hi_min: int, null: float = 0.0) -> list:
    return [
        None if s is None or g.rnd.random() < null else s + timedelta(minutes=g.rnd.randint(lo_min, hi_min))
        for s in starts
    ]


def _null(g: Gen, values: list, share: float) -> list:
    return [None if g.rnd.random() < share else x for x in values]


def _people(g: Gen, country: str, lo: int = 1945, hi: int = 2006) -> list[tuple[str, str, bool, date]]:
    """(given, family, female, born) of every row."""
    out = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, country, female)
        out.append((a, b, female, g.birth(lo, hi)))
    return out


# -- United States, United Kingdom, Ireland, Canada --------------------------------------------------------------------


def us_toll_accounts(g: Gen) -> Table:
    """A Central Texas toll road authority's transponder accounts (Pascal case): account and transponder numbers,
    the primary holder's first, middle and last name, a secondary driver, the billing address, phones and e-mail
    (placeholders), the last four of the SSN kept for identity checks (``none``), the plate and vehicle, the
    auto-replenish card kept in clear by the legacy billing system, the balance, the last toll plaza, the portal login
    and IP, the customer-service login, the enrolment channel, ``Udf03`` an alternate e-mail and ``Udf04`` a
    marketing code."""
    people = _people(g, "us", 1945, 2005)
    towns = [g.rnd.choice(v.US_TOWNS) for _ in range(g.rows)]
    csr = _logins(g, 6, "us", 0)
    logins = [v.login(a, b, i) + str(g.rnd.randint(1, 99)) for i, (a, b, _, _) in enumerate(people)]
    middles = [v.given(g, "us") for _ in range(g.rows)]
    return Table(
        "TagOps.TransponderAccounts",
        "en",
        "pascal",
        [
            c("AccountId", N, "BIGINT", g.keys(3_100_001), "decoy", KEY),
            c("AccountNumber", N, "VARCHAR", g.col(lambda: "2000" + g.digits(8)), "decoy", SHAPE),
            c("TransponderSerial", N, "VARCHAR", g.col(lambda: g.code("0xxxxxxx").upper()), "decoy", SHAPE),
            c(
                "TransponderType",
                N,
                "VARCHAR",
                g.col(g.pick(["Windshield sticker", "Headlamp", "Motorcycle"])),
                "decoy",
            ),
            c("PrimaryFirstName", "first_name", "VARCHAR", [p[0] for p in people]),
            c("PrimaryMiddleName", "first_name", "VARCHAR", _null(g, middles, 0.6), HEAVY),
            c("PrimaryLastName", "last_name", "VARCHAR", [p[1] for p in people]),
            c("SecondaryDriverName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "us"), 0.65), HEAVY, ROLE),
            c("BillingAddress1", "street_address", "VARCHAR", g.col(lambda: v.us_street(g))),
            c(
                "BillingAddress2",
                "street_address",
                "VARCHAR",
                g.sparse(lambda: f"Apt {g.rnd.randint(100, 2400)}", 0.8, ("", "", " ", "-")),
                NULLWORD,
            ),
            c("BillingCity", "city", "VARCHAR", [t[0] for t in towns]),
            c("BillingState", N, "VARCHAR", [t[1] for t in towns], "decoy"),
            c("BillingZip", "postal_code", "VARCHAR", [t[2] + g.digits(2) for t in towns]),
            c("HomePhone", "phone", "VARCHAR", g.phones("US", {"national": 0.7, "dashes": 0.3}, 0.0, 0.45)),
            c(
                "MobilePhone",
                "phone",
                "VARCHAR",
                g.phones("US", {"national": 0.5, "dashes": 0.2, "digits": 0.3}, 1.0, 0.1),
            ),
            c(
                "EmailAddress",
                "email",
                "VARCHAR",
                _dirty(
                    g,
                    [v.email_of(g, p[0], p[1], v.DOMAINS["us"]) for p in people],
                    0.04,
                    ["test@example.com", "x@x.com"],
                ),
                PLACEHOLDER,
            ),
            c("SsnLast4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.2), "decoy", PARTIAL),
            c("PlateNumber", N, "VARCHAR", g.col(lambda: g.code("AAA9999")), "decoy", VEHICLE),
            c("PlateState", N, "VARCHAR", g.col(g.pick(["TX", "TX", "TX", "OK", "LA"])), "decoy"),
            c(
                "VehicleMakeModel",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        ["Ford F-150", "Toyota Camry", "Chevrolet Silverado", "Honda CR-V", "Tesla Model Y", "Ram 1500"]
                    )
                ),
                "decoy",
            ),
            c("AutoReplenishCard", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.35), CLEAR_CARD),
            c(
                "CardExpiry",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.rnd.randint(1, 12):02d}/{g.rnd.randint(26, 31)}", 0.35),
                "decoy",
            ),
            c("PrepaidBalance", N, "DECIMAL(9,2)", g.amounts(-20, 180), "decoy"),
            c(
                "LastTollPlaza",
                N,
                "VARCHAR",
                g.col(g.pick(["SH 130 Mainline Plaza 4", "SH 45N Ramp 12", "183A Mainline", "Loop 1 Express Lane NB"])),
                "decoy",
            ),
            c("LastTollAt", N, "TIMESTAMP", g.moments("2025-10-01", "2025-12-31", 0.05), "decoy"),
            c("LastPortalIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25), 0.3)),
            c("PortalUserName", USERNAME, "VARCHAR", _null(g, logins, 0.3), USER),
            c("CsrLogin", USERNAME, "VARCHAR", g.col(g.pick(csr), 0.4), USER, AUDIT),
            c(
                "CreatedBy",
                N,
                "VARCHAR",
                g.col(g.pick(["web-enroll", "retail-kiosk", "web-enroll"])),
                "decoy",
                AUDIT,
                SERVICE,
            ),
            c("Udf03", "email", "VARCHAR", g.col(lambda: v.email(g, "us"), 0.45), OPAQUE),
            c("Udf04", N, "VARCHAR", g.col(g.pick(["HOLIDAY25", "SH130-PROMO", "FLEET-REF", "NONE"])), "decoy", OPAQUE),
        ],
    )


def _dvla(g: Gen, family: str, given: str, born: date, female: bool) -> str:
    """A DVLA driving-licence number: five letters of the family name (9s), the decade, the month (+5 for women),
    the day, the year's last digit, two initials, a digit and two check letters (shape only)."""
    fam = (v.plain(family).upper() + "99999")[:5]
    month = born.month + (50 if female else 0)
    return (
        f"{fam}{str(born.year)[2]}{month:02d}{born.day:02d}{str(born.year)[3]}"
        f"{(v.plain(given).upper() + '9')[:1]}9{g.rnd.randint(0, 9)}{g.code('AA')}"
    )


def gb_breakdown_callouts(g: Gen) -> Table:
    """An East Anglian motoring club's roadside-assistance call-out log (SCREAMING case, abbreviations): the member's
    title, names, birth date as text, home address, town and postcode, phone and e-mail, the driver when not the member,
    the DVLA licence number for a hire car, the vehicle (``VRM``: ``none``), the breakdown's road description and
    coordinates, the patrol (few) and his van, the recovering garage and the hire company, times, notes naming people,
    ``ATTR7`` the number of whoever waits at the car and ``ATTR8`` a priority code."""
    people = _people(g, "gb", 1940, 2005)
    towns = [g.rnd.choice(v.GB_TOWNS) for _ in range(g.rows)]
    patrols = _staff(g, 7, lambda x: v.whole(x, "gb"))
    garages = [
        ("Acle Motor Services", "01493 750123"),
        ("Wymondham Recovery", "01953 600412"),
        ("Stowmarket Auto Centre", "01449 770388"),
        ("Fakenham Garage Ltd", "01328 851244"),
    ]
    garage = [g.rnd.randrange(len(garages)) for _ in range(g.rows)]
    calls = g.moments("2025-09-01", "2025-12-31")

    def note() -> str:
        return g.rnd.choice(
            [
                "Member stranded with two children, prioritised",
                f"Spoke to wife {v.given(g, 'gb')}",
                f"Car driven by son {v.whole(g, 'gb')}, member at home",
                "Flat battery, jump start ok",
                f"Neighbour {v.whole(g, 'gb')} waiting with keys",
                "Tow to garage, hire car arranged",
            ]
        )

    return Table(
        "RESCUE.CALLOUT_LOG",
        "en",
        "screaming",
        [
            c("CALLOUT_REF", N, "VARCHAR", g.col(lambda: "RS" + g.digits(9)), "decoy", SHAPE),
            c("MBR_NO", N, "VARCHAR", g.col(lambda: "M" + g.digits(8)), "decoy", KEY, ABBREV),
            c(
                "MBR_TITLE",
                N,
                "VARCHAR",
                [
                    g.rnd.choice(["Mrs", "Ms", "Miss", "Dr"]) if p[2] else g.rnd.choice(["Mr", "Mr", "Dr"])
                    for p in people
                ],
                "decoy",
                ABBREV,
            ),
            c("MBR_FNM", "first_name", "VARCHAR", [p[0].upper() for p in people], ABBREV),
            c("MBR_SNM", "last_name", "VARCHAR", [p[1].upper() for p in people], ABBREV),
            c("MBR_DOB", "date_of_birth", "VARCHAR", [p[3].strftime("%d/%m/%Y") for p in people], ABBREV, DOB_TEXT),
            c("HOME_ADDR_LN1", "street_address", "VARCHAR", g.col(lambda: v.gb_street(g).upper()), ABBREV),
            c("HOME_TOWN", "city", "VARCHAR", [t[0].upper() for t in towns]),
            c("HOME_PCODE", "postal_code", "VARCHAR", [v.gb_postcode(g, t[1]) for t in towns], ABBREV),
            c(
                "CTC_PH",
                "phone",
                "VARCHAR",
                g.phones("GB", {"national": 0.6, "digits": 0.2, "intl": 0.2}, 0.85),
                ABBREV,
            ),
            c(
                "CTC_EMAIL",
                "email",
                "VARCHAR",
                _null(g, [v.email_of(g, p[0], p[1], v.DOMAINS["gb"]) for p in people], 0.3),
                ABBREV,
            ),
            c("DRIVER_NM", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "gb").upper(), 0.7), HEAVY, ROLE, ABBREV),
            c(
                "DVLA_LIC_NO",
                "national_id",
                "VARCHAR",
                [_dvla(g, p[1], p[0], p[3], p[2]) if g.rnd.random() < 0.55 else None for p in people],
                ABBREV,
            ),
            c("VRM", N, "VARCHAR", g.col(lambda: g.code("AA99 AAA")), "decoy", VEHICLE, ABBREV),
            c(
                "VEH_MAKE",
                N,
                "VARCHAR",
                g.col(g.pick(["VAUXHALL", "FORD", "VOLKSWAGEN", "KIA", "NISSAN", "SKODA"])),
                "decoy",
                ABBREV,
            ),
            c(
                "VEH_MODEL",
                N,
                "VARCHAR",
                g.col(g.pick(["CORSA", "FOCUS", "GOLF", "SPORTAGE", "QASHQAI", "OCTAVIA"])),
                "decoy",
                ABBREV,
            ),
            c(
                "BRKDN_LOC_DESC",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "A47 EB ACLE STRAIGHT LAYBY",
                            "A11 SB NR ATTLEBOROUGH",
                            "A14 J44 SLIP",
                            "TESCO CAR PARK DISS",
                            "A140 NR LONG STRATTON",
                            "NORWICH RAIL STN SHORT STAY",
                        ]
                    )
                ),
                "decoy",
                ABBREV,
            ),
            c("BRKDN_LAT", N, "DOUBLE", g.floats(52.2, 52.95, 5), "decoy", COORD, ABBREV),
            c("BRKDN_LON", N, "DOUBLE", g.floats(0.4, 1.75, 5), "decoy", COORD, ABBREV),
            c(
                "FAULT_CODE",
                N,
                "VARCHAR",
                g.col(g.pick(["BATT", "TYRE", "FUEL-WRONG", "ELEC", "CLUTCH", "KEYS"])),
                "decoy",
                ABBREV,
            ),
            c("PATROL_NM", "person_name", "VARCHAR", g.col(g.pick(patrols)), STAFF, ABBREV),
            c(
                "PATROL_VAN_REG",
                N,
                "VARCHAR",
                g.col(g.pick(["RX71 KPO", "RX71 KPU", "RY22 BNA", "RY22 BNE"])),
                "decoy",
                FLEET,
                ABBREV,
            ),
            c("GARAGE_NM", N, "VARCHAR", [garages[i][0] if g.rnd.random() < 0.5 else None for i in garage], "business"),
            c("GARAGE_PH", N, "VARCHAR", [garages[i][1] for i in garage], "business"),
            c(
                "HIRE_CAR_CO",
                N,
                "VARCHAR",
                g.col(g.pick(["Enterprise Norwich", "Thrifty Ipswich", "Northgate Vehicle Hire"]), 0.6),
                "business",
            ),
            c("CALL_RCVD_TS", N, "TIMESTAMP", calls, "decoy"),
            c("ARRIVED_TS", N, "TIMESTAMP", _later(g, calls, 20, 180, 0.05), "decoy"),
            c("NOTES", "free_text", "VARCHAR", g.col(note, 0.35)),
            c("ATTR7", "phone", "VARCHAR", g.phones("GB", {"national": 0.7, "digits": 0.3}, 1.0, 0.45), OPAQUE),
            c("ATTR8", N, "VARCHAR", g.col(g.pick(["P1", "P2", "P3", "VUL"])), "decoy", OPAQUE),
        ],
    )


def ie_carshare_trips(g: Gen) -> Table:
    """A Cork car club's app API, one row per trip joined to its member (camel case): names, e-mail, mobile, birth
    date, the driving licence's number, expiry and country, the home address, Eircode and town, the sign-up IP, device
    and push token, the club's car (``vehicleReg``: fleet) and its bay with coordinates, times and distance, damage
    reports (mostly empty), an additional driver, the card's last four and processor token, the support agent (first
    names), ``misc_1`` a referred friend's e-mail and ``misc_2`` a promo code."""
    people = _people(g, "ie", 1955, 2005)
    towns = [g.rnd.choice(v.IE_TOWNS) for _ in range(g.rows)]
    agents = _staff(g, 4, lambda x: v.given(x, "ie"))
    starts = g.moments("2025-08-01", "2025-12-15")
    bays = [
        ("Ballintemple Cross", 51.8925, -8.4301),
        ("Kent Station", 51.9016, -8.4582),
        ("UCC Western Road", 51.8939, -8.4920),
        ("Douglas Village", 51.8770, -8.4370),
        ("Limerick Colbert", 52.6589, -8.6243),
    ]
    bay = [g.rnd.choice(bays) for _ in range(g.rows)]

    def damage() -> str:
        return g.rnd.choice(
            [
                f"Scratch on rear bumper, {v.given(g, 'ie')} said it was there before",
                "Crumbs on back seat",
                f"Left a child seat, belongs to {v.whole(g, 'ie')}",
                "Tyre pressure warning on",
            ]
        )

    return Table(
        "shareway_api.memberTrips",
        "en",
        "camel",
        [
            c("tripId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c("memberId", N, "VARCHAR", g.col(lambda: "mbr_" + g.code("ZZZZZZZZ").lower()), "decoy", KEY),
            c("firstName", "first_name", "VARCHAR", [p[0] for p in people]),
            c("lastName", "last_name", "VARCHAR", [p[1] for p in people]),
            c("emailAddress", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["ie"]) for p in people]),
            c("mobileNumber", "phone", "VARCHAR", g.phones("IE", {"e164": 0.7, "national": 0.3})),
            c("dateOfBirth", "date_of_birth", "DATE", [p[3] for p in people]),
            c("licenceNumber", "national_id", "VARCHAR", g.col(lambda: g.digits(9))),
            c("licenceExpiry", N, "DATE", g.days("2026-01-01", "2035-12-31"), "decoy"),
            c("licenceCountry", N, "VARCHAR", g.col(g.pick(["IE", "IE", "IE", "GB", "PL", "LT"])), "decoy"),
            c("homeAddressLine1", "street_address", "VARCHAR", g.col(lambda: v.ie_street(g))),
            c("homeEircode", "postal_code", "VARCHAR", [v.eircode(g, t[1]) for t in towns]),
            c("homeTown", "city", "VARCHAR", [t[0] for t in towns]),
            c("signupIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.35))),
            c("deviceModel", N, "VARCHAR", g.col(g.pick(["iPhone15,3", "SM-S918B", "Pixel 8", "iPhone14,7"])), "decoy"),
            c("appVersion", N, "VARCHAR", g.col(g.version), "decoy", SHAPE),
            c("pushToken", N, "VARCHAR", g.col(lambda: v.token(g, "", 64), 0.2), "decoy", CREDENTIAL),
            c(
                "vehicleReg",
                N,
                "VARCHAR",
                g.col(g.pick(["231-C-4471", "231-C-4472", "232-C-1180", "241-L-2093", "242-C-880"])),
                "decoy",
                FLEET,
            ),
            c("bayName", N, "VARCHAR", [b[0] for b in bay], "decoy"),
            c("bayLat", N, "DOUBLE", [b[1] for b in bay], "decoy", COORD),
            c("bayLng", N, "DOUBLE", [b[2] for b in bay], "decoy", COORD),
            c("startAt", N, "TIMESTAMP", starts, "decoy"),
            c("endAt", N, "TIMESTAMP", _later(g, starts, 30, 600), "decoy"),
            c("distanceKm", N, "DOUBLE", g.floats(2, 240, 1), "decoy"),
            c("damageReportText", "free_text", "VARCHAR", g.sparse(damage, 0.8, ("", "", "none", "n/a")), NULLWORD),
            c("additionalDriver", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ie"), 0.75), HEAVY, ROLE),
            c("cardLast4", N, "VARCHAR", g.col(lambda: g.digits(4)), "decoy", PARTIAL),
            c("stripeCustomer", N, "VARCHAR", g.col(lambda: v.token(g, "cus_", 14)), "decoy", TOKEN),
            c("supportAgent", "first_name", "VARCHAR", g.col(g.pick(agents), 0.6), STAFF, HEAVY),
            c("misc_1", "email", "VARCHAR", g.col(lambda: v.email(g, "ie"), 0.55), OPAQUE, HEAVY),
            c(
                "misc_2",
                N,
                "VARCHAR",
                g.col(g.pick(["SPRING10", "UCC-STUDENT", "CORK-CLUB", "FIRSTTRIP"]), 0.3),
                "decoy",
                OPAQUE,
            ),
        ],
    )


def ca_used_car_purchases(g: Gen) -> Table:
    """A Hamilton used-car dealer's purchase book of cars bought from private sellers, trade-ins and auctions
    (abbreviated snake case): stock number, VIN with its check digit, the seller's names, company (auctions: ``none``),
    address, city, province and postal code, phone, ``notes2`` a second phone, e-mail, the Ontario driver's licence
    number, the PPSA lien search, price and payment, the e-Transfer address, the dealer's buyer (few), the dealer's
    OMVIC registration, HST number and address, ``src_crm_col17`` a referrer (a name, a phone or an e-mail by row) and
    ``src_crm_col18`` a lead source."""
    people = _people(g, "ca", 1945, 2005)
    towns = [g.rnd.choice(v.CA_TOWNS) for _ in range(g.rows)]
    kinds = [g.rnd.choices(["Private", "Trade-in", "Auction"], [5, 4, 1])[0] for _ in range(g.rows)]
    buyers = _staff(g, 3, lambda x: v.whole(x, "ca"))
    emails = [v.email_of(g, p[0], p[1], v.DOMAINS["ca"]) for p in people]

    def dl(family: str) -> str:
        initial = (v.plain(family).upper() or "X")[0]
        return f"{initial}{g.digits(4)}-{g.digits(5)}-{g.digits(5)}"

    def referrer() -> str:
        return g.rnd.choice([v.whole(g, "ca"), g.phone("CA", "national"), v.email(g, "ca")])

    return Table(
        "dealer_dms.purchase_book",
        "en",
        "snake",
        [
            c("pb_entry_no", N, "INTEGER", g.keys(8_001), "decoy", KEY, ABBREV),
            c("stock_no", N, "VARCHAR", g.col(lambda: g.code("U9999A")), "decoy", SHAPE),
            c("purch_dt", N, "DATE", g.days("2025-01-02", "2025-12-20"), "decoy", ABBREV),
            c(
                "vin",
                N,
                "VARCHAR",
                g.col(lambda: v.vin(g, ["2T1", "1FA", "2HG", "3VW", "KM8", "1G1", "5YJ"])),
                "decoy",
                VEHICLE,
                CHECK,
            ),
            c("yr", N, "INTEGER", g.ints(2008, 2023), "decoy", ABBREV),
            c(
                "make_model",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Toyota Corolla",
                            "Honda Civic",
                            "Ford Escape",
                            "Hyundai Tucson",
                            "Chevrolet Equinox",
                            "Mazda CX-5",
                        ]
                    )
                ),
                "decoy",
            ),
            c("odometer_km", N, "INTEGER", g.ints(18_000, 290_000), "decoy"),
            c("plate_no", N, "VARCHAR", g.col(lambda: g.code("AAAA 999"), 0.2), "decoy", VEHICLE),
            c("sllr_type", N, "VARCHAR", kinds, "decoy", ABBREV),
            c(
                "sllr_fnm",
                "first_name",
                "VARCHAR",
                [p[0] if k != "Auction" else None for p, k in zip(people, kinds, strict=True)],
                ABBREV,
            ),
            c(
                "sllr_lnm",
                "last_name",
                "VARCHAR",
                [p[1] if k != "Auction" else None for p, k in zip(people, kinds, strict=True)],
                ABBREV,
            ),
            c(
                "sllr_co_nm",
                N,
                "VARCHAR",
                [
                    g.rnd.choice(["ADESA Toronto", "Manheim Oshawa", "Niagara Auto Auction"])
                    if k == "Auction"
                    else None
                    for k in kinds
                ],
                "business",
                SPARSE,
                ABBREV,
            ),
            c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.ca_street(g), 0.1), ABBREV),
            c("addr_city", "city", "VARCHAR", [t[0] for t in towns], ABBREV),
            c("addr_prov", N, "VARCHAR", g.col(g.pick(["ON", "ON", "ON", "ON", "QC"])), "decoy", ABBREV),
            c("addr_pc", "postal_code", "VARCHAR", [v.ca_postal(g, g.rnd.choice(t[1])) for t in towns], ABBREV),
            c(
                "ctc_ph",
                "phone",
                "VARCHAR",
                g.phones("CA", {"national": 0.5, "dashes": 0.3, "digits": 0.2}, 0.8),
                ABBREV,
            ),
            c("notes2", "phone", "VARCHAR", g.phones("CA", {"dashes": 0.6, "national": 0.4}, 0.5, 0.4), MISLEADING),
            c("sllr_email", "email", "VARCHAR", _null(g, emails, 0.2), ABBREV),
            c("dl_no", "national_id", "VARCHAR", [dl(p[1]) if g.rnd.random() < 0.8 else None for p in people], ABBREV),
            c("dl_exp", N, "DATE", g.days("2026-01-01", "2030-12-31", 0.2), "decoy", ABBREV),
            c("lien_chk_ref", N, "VARCHAR", g.col(lambda: "PPSA" + g.digits(10)), "decoy", SHAPE, ABBREV),
            c("purch_price", N, "DECIMAL(10,2)", g.amounts(1_500, 42_000), "decoy", ABBREV),
            c(
                "pay_method",
                N,
                "VARCHAR",
                g.col(g.pick(["Bank draft", "e-Transfer", "Cheque", "Trade credit"])),
                "decoy",
            ),
            c("etransfer_to", "email", "VARCHAR", [e if g.rnd.random() < 0.35 else None for e in emails], HEAVY, ROLE),
            c("buyer_nm", "person_name", "VARCHAR", g.col(g.pick(buyers)), STAFF, ABBREV),
            c("dealer_reg_no", N, "VARCHAR", ["OMVIC 4471902"] * g.rows, "business"),
            c("dealer_hst_bn", N, "VARCHAR", [v.ca_bn(g)] * g.rows, "business", CHECK),
            c("dealer_addr", N, "VARCHAR", ["1190 Upper James St, Hamilton ON L9C 3B1"] * g.rows, "business"),
            c("src_crm_col17", "free_text", "VARCHAR", g.col(referrer, 0.45), PREFIXED, MIXED),
            c(
                "src_crm_col18",
                N,
                "VARCHAR",
                g.col(g.pick(["AUTOTRADER", "KIJIJI", "WALK-IN", "FB-MARKET"])),
                "decoy",
                PREFIXED,
            ),
        ],
    )


# -- Australia, New Zealand, India, Singapore, Nigeria -----------------------------------------------------------------


def au_fleet_telematics(g: Gen) -> Table:
    """A Pilbara mining-services contractor's fleet telematics, one row per trip with its assigned driver (snake
    case): the fleet's rego, VIN and device IMEI (``none``), the driver's id, name, WA licence number and class, mobile,
    e-mail, home suburb and postcode, birth date, the supervisor (few), ``contact_name`` the depot's dispatch desk
    (``none``, a misleading name), start and end times and coordinates, distance, speed, harsh braking and fatigue
    alerts, the fuel card, incident notes, the company's ABN, ``udf_03`` the driver's emergency contact and ``udf_04``
    a cost centre."""
    drivers = []
    for i in range(55):
        female = g.rnd.random() < 0.15
        a, b = v.person(g, "au", female)
        town = g.rnd.choice(v.AU_TOWNS)
        drivers.append(
            (
                f"DRV{400 + i:04d}",
                f"{a} {b}",
                g.digits(7),
                g.phone("AU", "national"),
                v.email_of(g, a, b, v.DOMAINS["au"]),
                town,
                g.birth(1962, 2003),
                v.whole(g, "au"),
            )
        )
    who = [g.rnd.choice(drivers) for _ in range(g.rows)]
    supervisors = _staff(g, 4, lambda x: v.whole(x, "au"))
    fleet = [(g.code("1AAA999"), v.vin(g, ["MR0", "MNT", "JTF", "MPA"]), v.imei(g)) for _ in range(24)]
    asset = [g.rnd.randrange(len(fleet)) for _ in range(g.rows)]
    starts = g.moments("2025-10-01", "2025-12-31")

    def incident() -> str:
        return g.rnd.choice(
            [
                f"Kangaroo strike, {v.whole(g, 'au')} spoke to driver",
                "Windscreen chip from road train",
                f"Fatigue stop enforced by {v.given(g, 'au')}",
                "Tyre blow-out on haul road",
            ]
        )

    return Table(
        "fleet_tm.trip_driver_assignments",
        "en",
        "snake",
        [
            c("trip_id", N, "BIGINT", g.keys(5_500_001), "decoy", KEY),
            c("asset_id", N, "INTEGER", [700 + i for i in asset], "decoy", KEY),
            c("rego", N, "VARCHAR", [fleet[i][0] for i in asset], "decoy", FLEET),
            c("vin", N, "VARCHAR", [fleet[i][1] for i in asset], "decoy", FLEET, CHECK),
            c("device_imei", N, "VARCHAR", [fleet[i][2] for i in asset], "decoy", CHECK),
            c("driver_id", N, "VARCHAR", [d[0] for d in who], "decoy", KEY),
            c("driver_full_name", "person_name", "VARCHAR", [d[1] for d in who], ROLE),
            c("driver_licence_no", "national_id", "VARCHAR", [d[2] for d in who]),
            c("licence_class", N, "VARCHAR", g.col(g.pick(["HR", "HC", "MR", "C"])), "decoy"),
            c("driver_mobile", "phone", "VARCHAR", [d[3] for d in who]),
            c("driver_email", "email", "VARCHAR", [d[4] for d in who]),
            c("driver_home_suburb", "city", "VARCHAR", [d[5][0] for d in who]),
            c("driver_home_postcode", "postal_code", "VARCHAR", [d[5][1] for d in who]),
            c("driver_dob", "date_of_birth", "DATE", [d[6] for d in who]),
            c("supervisor", "person_name", "VARCHAR", g.col(g.pick(supervisors)), STAFF),
            c(
                "contact_name",
                N,
                "VARCHAR",
                g.col(g.pick(["Karratha Depot Dispatch", "Port Hedland Yard", "Perth HQ Fleet Desk"])),
                "business",
                MISLEADING,
            ),
            c("trip_start_ts", N, "TIMESTAMP", starts, "decoy"),
            c("trip_end_ts", N, "TIMESTAMP", _later(g, starts, 15, 600), "decoy"),
            c("start_lat", N, "DOUBLE", g.floats(-23.5, -20.3, 5), "decoy", COORD),
            c("start_lon", N, "DOUBLE", g.floats(115.8, 119.9, 5), "decoy", COORD),
            c("end_lat", N, "DOUBLE", g.floats(-23.5, -20.3, 5), "decoy", COORD),
            c("end_lon", N, "DOUBLE", g.floats(115.8, 119.9, 5), "decoy", COORD),
            c("distance_km", N, "DOUBLE", g.floats(3, 520, 1), "decoy"),
            c("max_speed_kmh", N, "INTEGER", g.ints(40, 118), "decoy"),
            c("harsh_brake_events", N, "INTEGER", g.ints(0, 6), "decoy"),
            c("fatigue_alert", N, "BOOLEAN", g.yn(True, False, 0.07), "decoy"),
            c(
                "fuel_card_no",
                N,
                "VARCHAR",
                g.col(lambda: "7034 " + g.digits(4) + " " + g.digits(4) + " " + g.digits(4)),
                "decoy",
                FLEET,
                SHAPE,
            ),
            c("incident_note", "free_text", "VARCHAR", g.sparse(incident, 0.85, ("", "nil", "NIL", "-")), NULLWORD),
            c("company_abn", N, "VARCHAR", [v.au_abn(g)] * g.rows, "business", CHECK),
            c("udf_03", "person_name", "VARCHAR", [d[7] for d in who], OPAQUE),
            c("udf_04", N, "VARCHAR", g.col(g.pick(["CC-4410", "CC-4420", "CC-5102"])), "decoy", OPAQUE),
            c("firmware_ver", N, "VARCHAR", g.col(g.version), "decoy", SHAPE),
        ],
    )


def nz_driving_tests(g: Gen) -> Table:
    """A Waikato driving-test centre's practical-test bookings (Pascal case): the test and centre (``none``), the
    candidate's first, middle and family names, birth date as text, licence number and version, address, town,
    postcode, mobile and e-mail, the supervising driver and the supervisor's licence, the candidate's car (``none``),
    the testing officer (few), result and comments naming people, an interpreter, the payment reference and card's last
    four, ``ATTR7`` the preferred name and ``ATTR8`` the booking channel."""
    people = _people(g, "nz", 1970, 2009)
    towns = [g.rnd.choice(v.NZ_TOWNS) for _ in range(g.rows)]
    officers = _staff(g, 5, lambda x: v.whole(x, "nz"))
    centres = [
        ("Hamilton - Te Rapa", "1 Te Rapa Road, Hamilton 3200", "07 849 0101"),
        ("Cambridge Test Centre", "44 Victoria Street, Cambridge 3434", "07 827 0150"),
        ("Te Awamutu Test Centre", "12 Bank Street, Te Awamutu 3800", "07 871 0177"),
    ]
    centre = [g.rnd.choice(centres) for _ in range(g.rows)]

    def licence() -> str:
        return g.code("AA999999")

    def comment() -> str:
        return g.rnd.choice(
            [
                "Failed to give way at roundabout",
                f"Candidate's mum {v.whole(g, 'nz')} waited outside",
                "Good observation, smooth reversing",
                f"Interpreter {v.given(g, 'nz')} present",
                "Speed 58 in 50 zone, immediate fail",
            ]
        )

    return Table(
        "TestBooking.PracticalTests",
        "en",
        "pascal",
        [
            c("BookingId", N, "INTEGER", g.keys(610_001), "decoy", KEY),
            c("BookingRef", N, "VARCHAR", g.col(lambda: g.code("TB-999-999")), "decoy", SHAPE),
            c("TestType", N, "VARCHAR", g.col(g.pick(["Restricted 1R", "Full 1F", "Restricted 6R"])), "decoy"),
            c("TestCentre", N, "VARCHAR", [x[0] for x in centre], "business"),
            c("CentreAddress", N, "VARCHAR", [x[1] for x in centre], "business"),
            c("CentrePhone", N, "VARCHAR", [x[2] for x in centre], "business"),
            c("TestDateTime", N, "TIMESTAMP", g.moments("2025-09-01", "2026-02-28"), "decoy"),
            c("CandidateFirstName", "first_name", "VARCHAR", [p[0] for p in people]),
            c("CandidateMiddleNames", "first_name", "VARCHAR", g.col(lambda: v.given(g, "nz"), 0.55), HEAVY),
            c("CandidateSurname", "last_name", "VARCHAR", [p[1] for p in people]),
            c("CandidateDOB", "date_of_birth", "VARCHAR", [p[3].strftime("%d/%m/%Y") for p in people], DOB_TEXT),
            c("LicenceNumber", "national_id", "VARCHAR", g.col(licence)),
            c("LicenceVersion", N, "VARCHAR", g.col(lambda: g.digits(3)), "decoy", SHAPE),
            c("ResidentialAddress", "street_address", "VARCHAR", g.col(lambda: v.nz_street(g))),
            c("Town", "city", "VARCHAR", [t[0] for t in towns]),
            c("Postcode", "postal_code", "VARCHAR", [t[1] for t in towns]),
            c("MobilePhone", "phone", "VARCHAR", g.phones("NZ", {"national": 0.6, "intl": 0.2, "digits": 0.2})),
            c("Email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["nz"]) for p in people]),
            c("SupervisorName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nz"), 0.4), ROLE),
            c("SupervisorLicenceNo", "national_id", "VARCHAR", g.col(licence, 0.6), HEAVY, ROLE),
            c("VehicleRego", N, "VARCHAR", g.col(lambda: g.code("AAA999")), "decoy", VEHICLE),
            c("WofExpiry", N, "DATE", g.days("2026-01-01", "2026-12-31"), "decoy"),
            c("TestingOfficer", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
            c("Result", N, "VARCHAR", g.col(g.pick(["Pass", "Fail", "Fail", "Pass", "Did not attend"])), "decoy"),
            c("CriticalErrors", N, "INTEGER", g.ints(0, 3), "decoy"),
            c("OfficerComments", "free_text", "VARCHAR", g.col(comment, 0.3)),
            c("Interpreter", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nz"), 0.9), HEAVY, ROLE),
            c("PaymentRef", N, "VARCHAR", g.col(lambda: v.token(g, "ch_", 18)), "decoy", TOKEN),
            c("CardLast4", N, "VARCHAR", g.col(lambda: g.digits(4)), "decoy", PARTIAL),
            c("ATTR7", "first_name", "VARCHAR", g.col(lambda: v.given(g, "nz"), 0.45), OPAQUE),
            c("ATTR8", N, "VARCHAR", g.col(g.pick(["ONLINE", "AGENT", "PHONE"])), "decoy", OPAQUE),
        ],
    )


def in_ride_drivers(g: Gen) -> Table:
    """A Bengaluru auto-rickshaw and cab app's driver partners (camel case): full name and father's name, birth date,
    mobiles, e-mail, Aadhaar, PAN and driving-licence numbers, the driver's own vehicle (``none``), the registration
    certificate's owner, current address, locality, PIN code and home town, the payout bank's IFSC and the account's
    last four, a fleet owner's GSTIN, the onboarding agent (few), background-verification status and reference, a
    selfie's hash, rating, last location and remarks."""
    people = _people(g, "in", 1965, 2004)
    locs = [g.rnd.choice(v.IN_LOCALITIES) for _ in range(g.rows)]
    agents = _staff(g, 5, lambda x: v.whole(x, "in"))

    def remark() -> str:
        return g.rnd.choice(
            [
                "Docs verified at Koramangala hub",
                f"Referred by driver {v.whole(g, 'in')}",
                f"RC in name of brother {v.given(g, 'in')}",
                "Police verification pending",
            ]
        )

    owners = [f"{p[0]} {p[1]}" if g.rnd.random() < 0.7 else v.whole(g, "in") for p in people]
    return Table(
        "autoride_ops.driverPartners",
        "en",
        "camel",
        [
            c("partnerId", N, "VARCHAR", g.col(lambda: "DP" + g.digits(7)), "decoy", KEY),
            c("fullName", "person_name", "VARCHAR", [f"{p[0]} {p[1]}" for p in people]),
            c(
                "fatherName",
                "person_name",
                "VARCHAR",
                [
                    f"{v.given(g, 'in')} {p[1]}" if not p[2] or g.rnd.random() < 0.5 else v.whole(g, "in")
                    for p in people
                ],
                ROLE,
            ),
            c("dob", "date_of_birth", "VARCHAR", [p[3].strftime("%d-%m-%Y") for p in people], DOB_TEXT),
            c("mobile", "phone", "VARCHAR", g.phones("IN", {"digits": 0.5, "e164": 0.3, "national": 0.2})),
            c("altMobile", "phone", "VARCHAR", g.phones("IN", {"digits": 1.0}, 1.0, 0.7), HEAVY),
            c("email", "email", "VARCHAR", _null(g, [v.email_of(g, p[0], p[1], v.DOMAINS["in"]) for p in people], 0.4)),
            c("aadhaarNo", "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g), 0.05)),
            c("panNo", "national_id", "VARCHAR", [v.pan(g, p[1]) if g.rnd.random() < 0.7 else None for p in people]),
            c(
                "dlNumber",
                "national_id",
                "VARCHAR",
                g.col(
                    lambda: f"KA{g.rnd.choice(['01', '03', '05', '51', '53'])}{g.rnd.randint(2005, 2024)}{g.digits(7)}"
                ),
            ),
            c("dlValidTill", N, "DATE", g.days("2026-01-01", "2044-12-31"), "decoy"),
            c(
                "vehicleRegNo",
                N,
                "VARCHAR",
                g.col(lambda: f"KA {g.rnd.choice(['01', '03', '05', '41', '51'])} {g.code('AA')} {g.digits(4)}"),
                "decoy",
                VEHICLE,
            ),
            c("vehicleType", N, "VARCHAR", g.col(g.pick(["AUTO", "AUTO", "MINI", "SEDAN", "BIKE"])), "decoy"),
            c("rcOwnerName", "person_name", "VARCHAR", owners, ROLE),
            c("currentAddress", "street_address", "VARCHAR", [f"{v.in_street(g)}, {loc[0]}" for loc in locs]),
            c("locality", "city", "VARCHAR", [loc[0] for loc in locs]),
            c("pincode", "postal_code", "VARCHAR", [loc[1] for loc in locs]),
            c("nativeTown", "city", "VARCHAR", g.col(lambda: g.rnd.choice(v.IN_TOWNS)[0], 0.3)),
            c(
                "bankIfsc",
                N,
                "VARCHAR",
                g.col(lambda: g.rnd.choice(["SBIN", "CNRB", "HDFC", "KKBK"]) + "0" + g.digits(6)),
                "decoy",
                SHAPE,
            ),
            c("payoutAccountLast4", N, "VARCHAR", g.col(lambda: g.digits(4)), "decoy", PARTIAL),
            c("fleetOwnerGstin", N, "VARCHAR", g.col(lambda: v.gstin(g), 0.8), "business", SPARSE, CHECK),
            c("onboardingAgent", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF),
            c("bgvStatus", N, "VARCHAR", g.col(g.pick(["CLEAR", "CLEAR", "PENDING", "INSUFFICIENT"])), "decoy"),
            c("bgvVendorRef", N, "VARCHAR", g.col(lambda: g.code("BGV-ZZZZZZZZ")), "decoy", SHAPE),
            c("selfieHash", N, "VARCHAR", g.col(g.sha256), "decoy", HASHED),
            c("rating", N, "DOUBLE", g.floats(3.2, 5.0, 2), "decoy"),
            c("lastOnlineAt", N, "TIMESTAMP", g.moments("2025-11-01", "2025-12-31"), "decoy"),
            c("lastLat", N, "DOUBLE", g.floats(12.85, 13.10, 5), "decoy", COORD),
            c("lastLng", N, "DOUBLE", g.floats(77.45, 77.75, 5), "decoy", COORD),
            c("remarks", "free_text", "VARCHAR", g.col(remark, 0.4)),
            c("deviceId", N, "VARCHAR", g.col(lambda: g.code("xxxxxxxxxxxxxxxx")), "decoy", SHAPE),
        ],
    )


def sg_ev_charging(g: Gen) -> Table:
    """A Singapore EV-charging operator's accounts with their last session (snake case): the member's name as on the
    NRIC, ``code`` the NRIC or FIN (a misleading name), birth date, mobile, e-mail, HDB address and postal code, the
    car's plate with its check letter (``none``), the RFID card's UID, corporate accounts' UEN and name, the home
    charger's serial, the last session's charger, station, energy and tariff, the card token and last four, the app
    login and IP, a referrer's mobile, the service login, notes, ``misc_1`` a second driver's name and ``misc_2`` a
    segment."""
    people = _people(g, "sg", 1950, 2005)
    foreign = [g.rnd.random() < 0.15 for _ in range(g.rows)]
    addresses = [v.sg_address(g) for _ in range(g.rows)]
    corporate = [g.rnd.random() < 0.2 for _ in range(g.rows)]
    uens = [v.sg_uen(g) for _ in range(6)]
    cos = [
        "Lion City Logistics Pte Ltd",
        "Merlion Facilities Pte Ltd",
        "Straits Courier Pte Ltd",
        "Kallang Engineering Pte Ltd",
        "Tanjong Events Pte Ltd",
        "Orchid Care Services Pte Ltd",
    ]
    co = [g.rnd.randrange(6) for _ in range(g.rows)]
    agents = _logins(g, 4, "sg", 3)
    logins = [v.login(p[0].replace(" ", ""), p[1].split()[-1], i) for i, p in enumerate(people)]

    def note() -> str:
        return g.rnd.choice(
            [
                f"Card lost, replaced. Called by wife {v.given(g, 'sg')}",
                "Refund for failed session",
                f"Account transferred from {v.whole(g, 'sg')}",
                "Charger fault reported at station",
            ]
        )

    return Table(
        "chargesg.charging_accounts",
        "en",
        "snake",
        [
            c("account_id", N, "BIGINT", g.keys(900_001), "decoy", KEY),
            c("member_no", N, "VARCHAR", g.col(lambda: "CSG" + g.digits(8)), "decoy", SHAPE),
            c("account_type", N, "VARCHAR", ["corporate" if x else "individual" for x in corporate], "decoy"),
            c(
                "full_name",
                "person_name",
                "VARCHAR",
                [(f"{p[1]} {p[0]}" if p[1] in v.NAMES["chinese"][2] else f"{p[0]} {p[1]}").upper() for p in people],
            ),
            c(
                "code",
                "national_id",
                "VARCHAR",
                [v.nric(g, p[3], f) for p, f in zip(people, foreign, strict=True)],
                MISLEADING,
            ),
            c("dob", "date_of_birth", "DATE", [p[3] for p in people]),
            c("mobile", "phone", "VARCHAR", g.phones("SG", {"national": 0.5, "e164": 0.3, "intl": 0.2})),
            c(
                "email",
                "email",
                "VARCHAR",
                [v.email_of(g, p[0].replace(" ", ""), p[1].split()[-1], v.DOMAINS["sg"]) for p in people],
            ),
            c("address_line", "street_address", "VARCHAR", [a[0] for a in addresses]),
            c("postal_code", "postal_code", "VARCHAR", [a[1] for a in addresses]),
            c("vehicle_plate", N, "VARCHAR", g.col(lambda: v.sg_plate(g)), "decoy", VEHICLE, CHECK),
            c(
                "vehicle_model",
                N,
                "VARCHAR",
                g.col(g.pick(["BYD Atto 3", "Tesla Model 3", "Hyundai Ioniq 5", "MG4", "Kia EV6"])),
                "decoy",
            ),
            c("rfid_card_uid", N, "VARCHAR", g.col(lambda: g.code("xxxxxxxxxxxxxx").upper()), "decoy", SHAPE),
            c(
                "corporate_uen",
                N,
                "VARCHAR",
                [uens[i] if x else None for i, x in zip(co, corporate, strict=True)],
                "business",
                SPARSE,
                CHECK,
            ),
            c(
                "corporate_name",
                N,
                "VARCHAR",
                [cos[i] if x else None for i, x in zip(co, corporate, strict=True)],
                "business",
                SPARSE,
            ),
            c("home_charger_serial", N, "VARCHAR", g.col(lambda: g.code("HC22-9999-ZZZZ"), 0.6), "decoy", SHAPE),
            c("last_session_id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c(
                "last_charger_id",
                N,
                "VARCHAR",
                g.col(lambda: f"SG-{g.rnd.choice(['AMK', 'TPN', 'JUR', 'PGL'])}-{g.digits(4)}"),
                "decoy",
            ),
            c(
                "last_station_name",
                N,
                "VARCHAR",
                g.col(
                    g.pick(["Blk 410 AMK Carpark", "Tampines Hub B2", "Jurong Point L1", "Punggol Waterway Carpark"])
                ),
                "decoy",
            ),
            c("last_kwh", N, "DOUBLE", g.floats(4, 68, 2), "decoy"),
            c("last_session_start", N, "TIMESTAMP", g.moments("2025-11-01", "2025-12-31"), "decoy"),
            c("tariff_plan", N, "VARCHAR", g.col(g.pick(["PAYG", "Night Saver", "Fleet"])), "decoy"),
            c("card_token", N, "VARCHAR", g.col(lambda: v.token(g, "tok_", 20)), "decoy", TOKEN),
            c("card_last4", N, "VARCHAR", g.col(lambda: g.digits(4)), "decoy", PARTIAL),
            c("app_login", USERNAME, "VARCHAR", logins, USER),
            c("last_login_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.1)),
            c("referred_by_mobile", "phone", "VARCHAR", g.phones("SG", {"digits": 1.0}, 1.0, 0.75), HEAVY, ROLE),
            c("cs_agent_login", USERNAME, "VARCHAR", g.col(g.pick(agents), 0.5), USER, AUDIT),
            c("notes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("NIL", "Nil")), NULLWORD),
            c("misc_1", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "sg"), 0.6), OPAQUE, HEAVY),
            c("misc_2", N, "VARCHAR", g.col(g.pick(["SEG-A", "SEG-B", "SEG-C", "VIP"])), "decoy", OPAQUE),
        ],
    )


def ng_vehicle_register(g: Gen) -> Table:
    """A Lagos motor-vehicle licensing office's registration book (SCREAMING case): plate, chassis number (a VIN with
    its check digit), engine number, make, model, colour and year, the owner's surname and other names, NIN, birth
    date as text, phone, e-mail, address, town, LGA and state (``none``), corporate owners' RC number, name and TIN
    (``none``), the insurance policy and insurer, the roadworthiness certificate, dates and fee, the agent who
    processed it (many), the licensing officer (few), the previous owner on a change of ownership, the operator's
    login and the nightly batch job."""
    people = _people(g, "ng", 1955, 2005)
    towns = [g.rnd.choice(v.NG_TOWNS) for _ in range(g.rows)]
    corp = [g.rnd.random() < 0.12 for _ in range(g.rows)]
    officers = _staff(g, 4, lambda x: v.whole(x, "ng").upper())
    operators = _logins(g, 5, "ng", 0)
    corps = [
        ("RC 1188423", "Eko Haulage Nigeria Ltd", "21883017-0001"),
        ("RC 904217", "Ikeja Pharma Distributors Ltd", "10455290-0001"),
        ("RC 1577302", "Lekki Shuttle Services Ltd", "24510066-0001"),
    ]
    ci = [g.rnd.randrange(3) for _ in range(g.rows)]

    def dob_text(d: date) -> str:
        return d.strftime("%d-%b-%Y").upper()

    return Table(
        "LSMVLA.VEHICLE_REG_BOOK",
        "en",
        "screaming",
        [
            c("REG_SERIAL", N, "BIGINT", g.keys(20_250_001), "decoy", KEY),
            c(
                "PLATE_NO",
                N,
                "VARCHAR",
                g.col(
                    lambda: f"{g.rnd.choice(['KJA', 'LND', 'EPE', 'AAA', 'FKJ', 'LSR'])}-{g.digits(3)}{g.code('AA')}"
                ),
                "decoy",
                VEHICLE,
            ),
            c(
                "CHASSIS_NO",
                N,
                "VARCHAR",
                g.col(lambda: v.vin(g, ["JTD", "4T1", "KMH", "1HG", "5TD"])),
                "decoy",
                VEHICLE,
                CHECK,
            ),
            c("ENGINE_NO", N, "VARCHAR", g.col(lambda: g.code("2AZ9999999")), "decoy", VEHICLE, SHAPE),
            c(
                "MAKE",
                N,
                "VARCHAR",
                g.col(g.pick(["TOYOTA", "TOYOTA", "HONDA", "LEXUS", "HYUNDAI", "INNOSON"])),
                "decoy",
            ),
            c(
                "MODEL",
                N,
                "VARCHAR",
                g.col(g.pick(["COROLLA", "CAMRY", "ACCORD", "RX350", "ELANTRA", "HIACE"])),
                "decoy",
            ),
            c("COLOUR", N, "VARCHAR", g.col(g.pick(["BLACK", "SILVER", "GREY", "WHITE", "WINE"])), "decoy"),
            c("YEAR_OF_MFR", N, "INTEGER", g.ints(2004, 2024), "decoy"),
            c(
                "OWNER_SURNAME",
                "last_name",
                "VARCHAR",
                [None if x else p[1].upper() for p, x in zip(people, corp, strict=True)],
            ),
            c(
                "OWNER_OTHER_NAMES",
                "first_name",
                "VARCHAR",
                [None if x else f"{p[0]} {v.given(g, 'ng')}".upper() for p, x in zip(people, corp, strict=True)],
            ),
            c(
                "OWNER_NIN",
                "national_id",
                "VARCHAR",
                [None if x or g.rnd.random() < 0.15 else g.digits(1, "123456789") + g.digits(10) for x in corp],
            ),
            c(
                "OWNER_DOB",
                "date_of_birth",
                "VARCHAR",
                [None if x else dob_text(p[3]) for p, x in zip(people, corp, strict=True)],
                DOB_TEXT,
            ),
            c("OWNER_PHONE", "phone", "VARCHAR", g.phones("NG", {"national": 0.6, "digits": 0.2, "intl": 0.2})),
            c(
                "OWNER_EMAIL",
                "email",
                "VARCHAR",
                _null(g, [v.email_of(g, p[0], p[1], v.DOMAINS["ng"]) for p in people], 0.6),
                HEAVY,
            ),
            c("OWNER_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.ng_street(g).upper())),
            c("OWNER_TOWN", "city", "VARCHAR", [t[0].upper() for t in towns]),
            c("OWNER_LGA", N, "VARCHAR", [t[1].upper() for t in towns], "decoy"),
            c("OWNER_STATE", N, "VARCHAR", ["LAGOS"] * g.rows, "decoy"),
            c("OWNER_TYPE", N, "VARCHAR", ["CORPORATE" if x else "INDIVIDUAL" for x in corp], "decoy"),
            c(
                "CORP_RC_NO",
                N,
                "VARCHAR",
                [corps[i][0] if x else None for i, x in zip(ci, corp, strict=True)],
                "business",
                SPARSE,
            ),
            c(
                "CORP_NAME",
                N,
                "VARCHAR",
                [corps[i][1].upper() if x else None for i, x in zip(ci, corp, strict=True)],
                "business",
                SPARSE,
            ),
            c(
                "CORP_TIN",
                N,
                "VARCHAR",
                [corps[i][2] if x else None for i, x in zip(ci, corp, strict=True)],
                "business",
                SPARSE,
            ),
            c("INSURANCE_POLICY_NO", N, "VARCHAR", g.col(lambda: g.code("MTP/LAG/2025/999999")), "decoy", SHAPE),
            c(
                "INSURER",
                N,
                "VARCHAR",
                g.col(g.pick(["LEADWAY ASSURANCE", "AXA MANSARD", "AIICO INSURANCE"])),
                "business",
            ),
            c("ROADWORTHINESS_NO", N, "VARCHAR", g.col(lambda: "RW" + g.digits(9)), "decoy", SHAPE),
            c("REG_DATE", N, "DATE", g.days("2025-01-01", "2025-12-31"), "decoy"),
            c("EXPIRY_DATE", N, "DATE", g.days("2026-01-01", "2026-12-31"), "decoy"),
            c("FEE_PAID_NGN", N, "DECIMAL(12,2)", g.amounts(18_000, 95_000), "decoy"),
            c("AGENT_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ng").upper(), 0.35), ROLE),
            c("MLO_OFFICER", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF, ABBREV),
            c("PREV_OWNER_NM", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ng").upper(), 0.8), HEAVY, ROLE),
            c("OPERATOR_ID", USERNAME, "VARCHAR", g.col(g.pick(operators)), USER, AUDIT),
            c(
                "BATCH_JOB",
                N,
                "VARCHAR",
                g.col(g.pick(["NIGHTLY_SYNC", "NIGHTLY_SYNC", "CBT_IMPORT"])),
                "decoy",
                AUDIT,
                SERVICE,
            ),
        ],
    )


# -- Italy, Poland, Czechia, Turkey, Greece, Japan ---------------------------------------------------------------------


def it_speed_camera_fines(g: Gen) -> Table:
    """A Tuscan town's local police speed-camera fines (Italian, snake case): the fine's number, time, camera site and
    coordinates, device serial, speed and limit, plate and model (``none``), the photo's hash, the keeper's family and
    given name, codice fiscale, address, CAP, comune and province, PEC address, the leasing or rental company when it
    is the keeper (``none``), the driver named by the keeper (name, licence, birth date: mostly NULL), amount, points,
    notification date, the officer (family names), a refund IBAN and notes."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "it", female)
        born = g.birth(1945, 2006)
        place = g.rnd.choice(v.IT_TOWNS)
        rows.append((a, b, v.it_codice_fiscale(a, b, born, female, place[3])))
    places = [g.rnd.choice(v.IT_TOWNS) for _ in range(g.rows)]
    leased = [g.rnd.random() < 0.18 for _ in range(g.rows)]
    lessors = [
        ("Arval Service Lease Italia", v.it_partita_iva(g)),
        ("Leasys Rent", v.it_partita_iva(g)),
        ("Noleggio Toscana Srl", v.it_partita_iva(g)),
    ]
    li = [g.rnd.randrange(3) for _ in range(g.rows)]
    officers = _staff(g, 5, lambda x: v.person(x, "it")[1])
    named = [g.rnd.random() < 0.3 for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(
            [
                f"Ricorso al Giudice di Pace presentato dall'avv. {v.whole(g, 'it')}",
                f"Conducente dichiarato: il figlio {v.given(g, 'it')}",
                "Pagato in misura ridotta",
                "Notifica tornata al mittente",
            ]
        )

    def own(i: int, value: str | None) -> str | None:
        return None if leased[i] else value

    return Table(
        "polizia_locale.verbali_autovelox",
        "it",
        "snake",
        [
            c("id_verbale", N, "BIGINT", g.keys(44_001), "decoy", KEY),
            c("numero_verbale", N, "VARCHAR", g.col(lambda: f"2025/V/{g.digits(6)}"), "decoy", SHAPE),
            c("data_infrazione", N, "TIMESTAMP", g.moments("2025-03-01", "2025-11-30"), "decoy"),
            c(
                "postazione",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "SS1 Aurelia km 332,400 dir. Nord",
                            "SS12 km 18,200",
                            "Via Sarzanese altezza civ. 1400",
                            "SGC FI-PI-LI km 41,500",
                        ]
                    )
                ),
                "decoy",
            ),
            c("lat_postazione", N, "DOUBLE", g.floats(43.6, 43.95, 6), "decoy", COORD),
            c("lon_postazione", N, "DOUBLE", g.floats(10.2, 10.6, 6), "decoy", COORD),
            c(
                "matricola_apparecchio",
                N,
                "VARCHAR",
                g.col(g.pick(["T-EXSPEED v2.0 #4412", "VELOCAR RED&SPEED #0231"])),
                "decoy",
                SHAPE,
            ),
            c("velocita_rilevata", N, "INTEGER", g.ints(56, 151), "decoy"),
            c("limite", N, "INTEGER", g.col(g.pick([50, 70, 90, 110])), "decoy"),
            c("targa", N, "VARCHAR", g.col(lambda: g.code("AA999AA")), "decoy", VEHICLE),
            c(
                "modello_veicolo",
                N,
                "VARCHAR",
                g.col(g.pick(["Fiat Panda", "Lancia Ypsilon", "VW T-Roc", "Jeep Renegade", "Fiat 500X"])),
                "decoy",
            ),
            c("foto_hash", N, "VARCHAR", g.col(g.sha256), "decoy", HASHED),
            c("proprietario_cognome", "last_name", "VARCHAR", [own(i, r[1]) for i, r in enumerate(rows)]),
            c("proprietario_nome", "first_name", "VARCHAR", [own(i, r[0]) for i, r in enumerate(rows)]),
            c("proprietario_cf", "national_id", "VARCHAR", [own(i, r[2]) for i, r in enumerate(rows)]),
            c("proprietario_indirizzo", "street_address", "VARCHAR", [own(i, v.it_street(g)) for i in range(g.rows)]),
            c("proprietario_cap", "postal_code", "VARCHAR", [own(i, p[2] + g.digits(2)) for i, p in enumerate(places)]),
            c("proprietario_comune", "city", "VARCHAR", [own(i, p[0]) for i, p in enumerate(places)]),
            c("proprietario_provincia", N, "VARCHAR", [own(i, p[1]) for i, p in enumerate(places)], "decoy"),
            c(
                "pec_proprietario",
                "email",
                "VARCHAR",
                [
                    own(i, f"{v.plain(r[0])}.{v.plain(r[1])}@pec.it") if g.rnd.random() < 0.4 else None
                    for i, r in enumerate(rows)
                ],
                HEAVY,
            ),
            c(
                "societa_noleggio",
                N,
                "VARCHAR",
                [lessors[j][0] if x else None for j, x in zip(li, leased, strict=True)],
                "business",
                SPARSE,
            ),
            c(
                "piva_noleggio",
                N,
                "VARCHAR",
                [lessors[j][1] if x else None for j, x in zip(li, leased, strict=True)],
                "business",
                SPARSE,
                CHECK,
            ),
            c(
                "conducente_nominativo",
                "person_name",
                "VARCHAR",
                [v.whole(g, "it") if n else None for n in named],
                HEAVY,
                ROLE,
            ),
            c(
                "conducente_patente",
                "national_id",
                "VARCHAR",
                [g.code("AA9999999A") if n else None for n in named],
                HEAVY,
                ROLE,
            ),
            c(
                "conducente_data_nascita",
                "date_of_birth",
                "DATE",
                [g.birth(1950, 2006) if n else None for n in named],
                HEAVY,
                ROLE,
            ),
            c("importo_sanzione", N, "DECIMAL(8,2)", g.col(g.pick([42.0, 173.0, 543.0, 845.0])), "decoy"),
            c("punti_decurtati", N, "INTEGER", g.col(g.pick([0, 3, 6])), "decoy"),
            c("data_notifica", N, "DATE", g.days("2025-04-01", "2025-12-31", 0.1), "decoy"),
            c("agente_accertatore", "last_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
            c("iban_rimborso", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IT", g.rnd.random() < 0.5), 0.9), HEAVY),
            c("note", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("nessuna", "n.d.")), NULLWORD),
        ],
    )


def pl_car_rental(g: Gen) -> Table:
    """A Kraków airport car-rental counter's rental contracts (Polish, camel case): contract number and counter,
    given and family name, PESEL (Polish customers), identity-card number with its check digit, driving-licence
    number, birth date, phone, e-mail, street, postcode and town, an additional driver, corporate customers' name and
    NIP (``none``), the car's class, plate and VIN (fleet), mileage, flight number and times, the deposit card's last
    four and the card number kept in clear, the refund account, the counter agent (first names), notes,
    ``poleDodatkowe1`` a voucher code and ``poleDodatkowe2`` a contact phone in Poland."""
    people = _people(g, "pl", 1950, 2005)
    polish = [g.rnd.random() < 0.75 for _ in range(g.rows)]
    towns = [g.rnd.choice(v.PL_TOWNS) for _ in range(g.rows)]
    firm = [g.rnd.random() < 0.15 for _ in range(g.rows)]
    firms = [
        ("Małopolska Serwis Sp. z o.o.", v.pl_nip(g)),
        ("Wawel Software S.A.", v.pl_nip(g)),
        ("Tatry Logistyka Sp. z o.o.", v.pl_nip(g)),
    ]
    fi = [g.rnd.randrange(3) for _ in range(g.rows)]
    agents = _staff(g, 5, lambda x: v.given(x, "pl"))
    fleet = [(g.code("KR 9AZ99"), v.vin(g, ["TMB", "VF1", "WVW", "U5Y"])) for _ in range(40)]
    car = [g.rnd.randrange(40) for _ in range(g.rows)]
    out = g.moments("2025-05-01", "2025-11-30")

    def note() -> str:
        return g.rnd.choice(
            [
                "Rysa na zderzaku przy wydaniu",
                f"Auto odebrał mąż {v.given(g, 'pl')}",
                f"Klient poleca {v.whole(g, 'pl')}",
                "Fotelik dziecięcy",
                "Zwrot po godzinach, kluczyki w skrzynce",
            ]
        )

    return Table(
        "wypozyczalnia_aut.umowyNajmu",
        "pl",
        "camel",
        [
            c("idUmowy", N, "INTEGER", g.keys(12_001), "decoy", KEY),
            c(
                "numerUmowy",
                N,
                "VARCHAR",
                g.col(lambda: f"KRK/2025/{g.rnd.randint(5, 11):02d}/{g.digits(4)}"),
                "decoy",
                SHAPE,
            ),
            c("stanowisko", N, "VARCHAR", g.col(g.pick(["KRK Terminal T1 stanowisko 4", "KRK parking P3"])), "decoy"),
            c("imie", "first_name", "VARCHAR", [p[0] for p in people]),
            c("nazwisko", "last_name", "VARCHAR", [p[1] for p in people]),
            c(
                "pesel",
                "national_id",
                "VARCHAR",
                [v.pesel(g, p[3], p[2]) if pl else None for p, pl in zip(people, polish, strict=True)],
            ),
            c(
                "numerDowodu",
                "national_id",
                "VARCHAR",
                [v.pl_id_card(g) if pl else g.code("A9999999") for pl in polish],
            ),
            c("numerPrawaJazdy", "national_id", "VARCHAR", g.col(lambda: f"{g.digits(5)}/{g.digits(2)}/{g.digits(4)}")),
            c("dataUrodzenia", "date_of_birth", "DATE", [p[3] for p in people]),
            c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.5, "intl": 0.3, "e164": 0.2})),
            c("email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["pl"]) for p in people]),
            c("ulica", "street_address", "VARCHAR", g.col(lambda: v.pl_street(g))),
            c("kodPocztowy", "postal_code", "VARCHAR", [f"{t[1]}-{g.digits(3)}" for t in towns]),
            c("miejscowosc", "city", "VARCHAR", [t[0] for t in towns]),
            c("kierowcaDodatkowy", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "pl"), 0.7), HEAVY, ROLE),
            c(
                "firmaNazwa",
                N,
                "VARCHAR",
                [firms[i][0] if x else None for i, x in zip(fi, firm, strict=True)],
                "business",
                SPARSE,
            ),
            c(
                "nipFirmy",
                N,
                "VARCHAR",
                [firms[i][1] if x else None for i, x in zip(fi, firm, strict=True)],
                "business",
                SPARSE,
                CHECK,
            ),
            c(
                "klasaAuta",
                N,
                "VARCHAR",
                g.col(g.pick(["B (Skoda Fabia)", "C (Toyota Corolla)", "SUV (Dacia Duster)"])),
                "decoy",
            ),
            c("nrRejestracyjny", N, "VARCHAR", [fleet[i][0] for i in car], "decoy", FLEET),
            c("vinAuta", N, "VARCHAR", [fleet[i][1] for i in car], "decoy", FLEET, CHECK),
            c("przebiegWydania", N, "INTEGER", g.ints(5_000, 90_000), "decoy"),
            c("przebiegZwrotu", N, "INTEGER", g.ints(5_200, 92_000), "decoy"),
            c(
                "numerLotu",
                N,
                "VARCHAR",
                g.col(lambda: g.rnd.choice(["LO", "FR", "W6", "LH"]) + g.digits(4), 0.3),
                "decoy",
                SHAPE,
            ),
            c("dataWydania", N, "TIMESTAMP", out, "decoy"),
            c("dataZwrotu", N, "TIMESTAMP", _later(g, out, 600, 20_000), "decoy"),
            c("kaucjaKartaOstatnie4", N, "VARCHAR", g.col(lambda: g.digits(4)), "decoy", PARTIAL),
            c("numerKartyKaucji", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.6), HEAVY, CLEAR_CARD),
            c("kontoZwrotu", "iban", "VARCHAR", g.col(lambda: v.iban(g, "PL", g.rnd.random() < 0.6), 0.7), HEAVY),
            c("pracownikWydajacy", "first_name", "VARCHAR", g.col(g.pick(agents)), STAFF),
            c("uwagi", "free_text", "VARCHAR", g.sparse(note, 0.6, _words("brak", "b.d."))),
            c(
                "poleDodatkowe1",
                N,
                "VARCHAR",
                g.col(g.pick(["VOUCHER-BOOKING", "RABAT10", "B2B", ""])),
                "decoy",
                OPAQUE,
            ),
            c("poleDodatkowe2", "phone", "VARCHAR", g.phones("PL", {"national": 1.0}, 1.0, 0.5), OPAQUE),
        ],
    )


def cz_scrapyard_book(g: Gen) -> Table:
    """An Ostrava scrapyard's book of end-of-life vehicles taken over and deregistered (Czech, snake case): the
    take-over certificate's number and date, the plate, VIN, make, model, year, the technical certificate's number and
    weight, the last keeper's given and family name, rodné číslo, birth date, identity-card number, street, town,
    PSČ, phone and e-mail, the person handing the car over when not the keeper, company keepers' IČO and name
    (``none``), the payout account (an IBAN), amount and method, the employee who took it over (few), notes, the
    register flag, ``udf_03`` a second phone and ``udf_04`` a bay."""
    people = _people(g, "cz", 1955, 2004)
    towns = [g.rnd.choice(v.CZ_TOWNS) for _ in range(g.rows)]
    company = [g.rnd.random() < 0.1 for _ in range(g.rows)]
    cos = [("Moravia Stavby s.r.o.", v.cz_ico(g)), ("Ostravská doprava a.s.", v.cz_ico(g))]
    ci = [g.rnd.randrange(2) for _ in range(g.rows)]
    staff = _staff(g, 3, lambda x: v.whole(x, "cz"))

    def note() -> str:
        return g.rnd.choice(
            [
                f"Předal syn {v.whole(g, 'cz')} na plnou moc",
                "Chybí katalyzátor",
                f"Vůz po zemřelém otci, předala dcera {v.given(g, 'cz')}",
                "Bez RZ, ztracené",
            ]
        )

    return Table(
        "autovrakoviste.kniha_vyrazeni",
        "cs",
        "snake",
        [
            c("cislo_protokolu", N, "VARCHAR", g.col(lambda: f"EVO/2025/{g.digits(5)}"), "decoy", SHAPE),
            c("datum_prevzeti", N, "DATE", g.days("2025-01-02", "2025-12-19"), "decoy"),
            c(
                "spz",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.rnd.randint(1, 9)}T{g.code('Z')} {g.digits(4)}", 0.1),
                "decoy",
                VEHICLE,
            ),
            c(
                "vin",
                N,
                "VARCHAR",
                g.col(lambda: v.vin(g, ["TMB", "VF7", "WVW", "ZFA", "TMA"])),
                "decoy",
                VEHICLE,
                CHECK,
            ),
            c(
                "tovarni_znacka",
                N,
                "VARCHAR",
                g.col(g.pick(["ŠKODA", "ŠKODA", "RENAULT", "VOLKSWAGEN", "FIAT"])),
                "decoy",
            ),
            c(
                "model",
                N,
                "VARCHAR",
                g.col(g.pick(["FELICIA", "FABIA", "OCTAVIA", "MEGANE", "PASSAT", "PUNTO"])),
                "decoy",
            ),
            c("rok_vyroby", N, "INTEGER", g.ints(1992, 2012), "decoy"),
            c("cislo_tp", N, "VARCHAR", g.col(lambda: g.code("AA 999999")), "decoy", SHAPE),
            c("hmotnost_kg", N, "INTEGER", g.ints(780, 1_650), "decoy"),
            c("jmeno", "first_name", "VARCHAR", [None if x else p[0] for p, x in zip(people, company, strict=True)]),
            c("prijmeni", "last_name", "VARCHAR", [None if x else p[1] for p, x in zip(people, company, strict=True)]),
            c(
                "rodne_cislo",
                "national_id",
                "VARCHAR",
                [None if x else v.cz_rc(g, p[3], p[2]) for p, x in zip(people, company, strict=True)],
            ),
            c(
                "datum_narozeni",
                "date_of_birth",
                "DATE",
                [None if x else p[3] for p, x in zip(people, company, strict=True)],
            ),
            c("cislo_op", "national_id", "VARCHAR", [None if x else g.digits(9) for x in company]),
            c("ulice", "street_address", "VARCHAR", g.col(lambda: v.cz_street(g))),
            c("obec", "city", "VARCHAR", [t[0] for t in towns]),
            c("psc", "postal_code", "VARCHAR", [t[1] for t in towns], ABBREV),
            c("telefon", "phone", "VARCHAR", g.phones("CZ", {"national": 0.6, "intl": 0.4}, 0.9, 0.1)),
            c(
                "email",
                "email",
                "VARCHAR",
                _null(g, [v.email_of(g, p[0], p[1], v.DOMAINS["cz"]) for p in people], 0.65),
                HEAVY,
            ),
            c("predavajici_jiny", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "cz"), 0.8), HEAVY, ROLE),
            c(
                "ico_vlastnika",
                N,
                "VARCHAR",
                [cos[i][1] if x else None for i, x in zip(ci, company, strict=True)],
                "business",
                SPARSE,
                CHECK,
            ),
            c(
                "nazev_firmy",
                N,
                "VARCHAR",
                [cos[i][0] if x else None for i, x in zip(ci, company, strict=True)],
                "business",
                SPARSE,
            ),
            c("cislo_uctu", "iban", "VARCHAR", g.col(lambda: v.iban(g, "CZ", g.rnd.random() < 0.5), 0.55), HEAVY),
            c("vyplaceno_kc", N, "INTEGER", g.ints(0, 4_500), "decoy"),
            c("zpusob_platby", N, "VARCHAR", g.col(g.pick(["hotově", "převodem", "bez úplaty"])), "decoy"),
            c("prevzal", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
            c("poznamka", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("neuvedeno", "---")), NULLWORD),
            c("odhlaseno_z_registru", N, "BOOLEAN", g.yn(True, False, 0.9), "decoy"),
            c("udf_03", "phone", "VARCHAR", g.phones("CZ", {"national": 1.0}, 1.0, 0.6), OPAQUE, HEAVY),
            c("udf_04", N, "VARCHAR", g.col(g.pick(["SKLAD A", "SKLAD B", "LIS"])), "decoy", OPAQUE),
        ],
    )


def tr_tyre_hotel(g: Gen) -> Table:
    """A Bursa tyre dealer's tyre hotel (Turkish, Pascal case): the deposit's number, plate and make (``none``), the
    customer's given and family name, T.C. kimlik no (for e-invoices), mobile and landline, e-mail, address, district
    (``city``), province (``none``) and postcode, corporate customers' title and tax number (``none``), the tyres'
    brand, size, DOT code, count and tread, the rack, dates and fee, the employee who took them in (first names),
    whoever brought them, notes, ``OzelAlan1`` a campaign and ``OzelAlan2`` a second mobile."""
    people = _people(g, "tr", 1950, 2005)
    places = [g.rnd.choice(v.TR_DISTRICTS) for _ in range(g.rows)]
    corp = [g.rnd.random() < 0.15 for _ in range(g.rows)]
    corps = [
        ("Nilüfer Lojistik A.Ş.", v.tr_vkn(g)),
        ("Uludağ Tekstil Ltd. Şti.", v.tr_vkn(g)),
        ("Gemlik Liman Hizmetleri A.Ş.", v.tr_vkn(g)),
    ]
    ci = [g.rnd.randrange(3) for _ in range(g.rows)]
    staff = _staff(g, 4, lambda x: v.given(x, "tr"))
    given_in = g.days("2025-03-15", "2025-11-30")

    def note() -> str:
        return g.rnd.choice(
            [
                "Jantlı teslim alındı",
                f"Lastikleri eşi {v.given(g, 'tr')} Hanım getirdi",
                "Bir lastikte yanak hasarı var",
                f"{v.whole(g, 'tr')} adına fatura kesilecek",
            ]
        )

    return Table(
        "LastikOteli.Emanetler",
        "tr",
        "pascal",
        [
            c("EmanetId", N, "INTEGER", g.keys(30_001), "decoy", KEY),
            c("EmanetNo", N, "VARCHAR", g.col(lambda: f"LO-2025-{g.digits(5)}"), "decoy", SHAPE),
            c("Plaka", N, "VARCHAR", g.col(lambda: f"16 {g.code('AAA')} {g.digits(3)}"), "decoy", VEHICLE),
            c(
                "AracMarka",
                N,
                "VARCHAR",
                g.col(g.pick(["Fiat Egea", "Renault Clio", "Toyota Corolla", "VW Passat"])),
                "decoy",
            ),
            c("MusteriAdi", "first_name", "VARCHAR", [p[0] for p in people]),
            c("MusteriSoyadi", "last_name", "VARCHAR", [p[1] for p in people]),
            c("TcKimlikNo", "national_id", "VARCHAR", g.col(lambda: v.tc_kimlik(g), 0.3)),
            c("CepTelefonu", "phone", "VARCHAR", g.phones("TR", {"national": 0.6, "digits": 0.2, "intl": 0.2})),
            c("SabitTelefon", "phone", "VARCHAR", g.phones("TR", {"national": 1.0}, 0.0, 0.7), HEAVY),
            c(
                "Eposta",
                "email",
                "VARCHAR",
                _null(g, [v.email_of(g, p[0], p[1], v.DOMAINS["tr"]) for p in people], 0.4),
            ),
            c("Adres", "street_address", "VARCHAR", g.col(lambda: v.tr_street(g), 0.2)),
            c("Ilce", "city", "VARCHAR", [p[0] for p in places]),
            c("Il", N, "VARCHAR", ["Bursa"] * g.rows, "decoy"),
            c("PostaKodu", "postal_code", "VARCHAR", _null(g, [p[1] for p in places], 0.35)),
            c(
                "FirmaUnvani",
                N,
                "VARCHAR",
                [corps[i][0] if x else None for i, x in zip(ci, corp, strict=True)],
                "business",
                SPARSE,
            ),
            c(
                "VergiNo",
                N,
                "VARCHAR",
                [corps[i][1] if x else None for i, x in zip(ci, corp, strict=True)],
                "business",
                SPARSE,
                CHECK,
            ),
            c(
                "LastikMarka",
                N,
                "VARCHAR",
                g.col(g.pick(["Lassa", "Michelin", "Petlas", "Bridgestone", "Continental"])),
                "decoy",
            ),
            c("Ebat", N, "VARCHAR", g.col(g.pick(["205/55 R16 91V", "195/65 R15 91H", "225/45 R17 94W"])), "decoy"),
            c(
                "DotKodu",
                N,
                "VARCHAR",
                g.col(lambda: f"DOT {g.rnd.randint(1, 52):02d}{g.rnd.randint(20, 25)}"),
                "decoy",
                SHAPE,
            ),
            c("Adet", N, "INTEGER", g.col(g.pick([4, 4, 4, 2])), "decoy"),
            c("DisDerinligiMm", N, "DOUBLE", g.floats(2.0, 8.0, 1), "decoy"),
            c(
                "RafKonumu",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.rnd.choice('ABCD')}-{g.rnd.randint(1, 30):02d}-{g.rnd.randint(1, 5)}"),
                "decoy",
            ),
            c("TeslimTarihi", N, "DATE", given_in, "decoy"),
            c("IadeTarihi", N, "DATE", g.days("2025-10-01", "2026-04-30", 0.4), "decoy"),
            c("Ucret", N, "DECIMAL(8,2)", g.col(g.pick([750.0, 900.0, 1_200.0])), "decoy"),
            c("TeslimAlan", "first_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
            c("TeslimEden", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "tr"), 0.75), HEAVY, ROLE),
            c("Notlar", "free_text", "VARCHAR", g.sparse(note, 0.55, _words("yok", "Yok"))),
            c("OzelAlan1", N, "VARCHAR", g.col(g.pick(["KIS-2025", "YAZ-2025", "FILO"])), "decoy", OPAQUE),
            c("OzelAlan2", "phone", "VARCHAR", g.phones("TR", {"digits": 1.0}, 1.0, 0.6), OPAQUE, HEAVY),
        ],
    )


def gr_resident_parking(g: Gen) -> Table:
    """An Athens municipality's residents' parking cards (Greek-script column names and values, snake case): the
    application and card numbers, zone, the resident's family name, given name and father's given name, ΑΦΜ, ΑΜΚΑ
    (encoding the birth date: ``ssn``), identity card (ΑΔΤ), birth date, street and house number, postcode, the town for
    letters, mobile and e-mail, the car's plate and make (``none``), its owner when not the resident, a leasing
    company's name and ΑΦΜ (``none``), dates, fee, the fee's receipt number, status and payment, the clerk (few),
    notes, ``πεδίο_1`` a zone code and ``πεδίο_2`` the mother's given name."""
    people = _people(g, "gr", 1945, 1999)
    amka = [v.gr_amka(g, p[3], p[2]) for p in people]
    clerks = _staff(g, 4, lambda x: " ".join(v.person(x, "gr")[::-1]))
    leased = [g.rnd.random() < 0.12 for _ in range(g.rows)]
    lessors = [("ΑΘΗΝΑΪΚΗ ΜΙΣΘΩΣΕΙΣ Α.Ε.", v.gr_afm_business(g)), ("ΕΛΛΗΝΙΚΗ LEASING Α.Ε.", v.gr_afm_business(g))]
    li = [g.rnd.randrange(2) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(
            [
                f"Κατατέθηκε από τον γιο {v.person(g, 'gr')[0]}",
                "Λογαριασμός ΔΕΗ ως αποδεικτικό",
                f"Εξουσιοδότηση στην {v.person(g, 'gr', True)[0]} {v.person(g, 'gr', True)[1]}",
                "Ανανέωση",
            ]
        )

    return Table(
        "δήμος_στάθμευση.κάρτες_μόνιμων_κατοίκων",
        "el",
        "native",
        [
            c("κωδικός_αίτησης", N, "INTEGER", g.keys(70_001), "decoy", KEY),
            c("αριθμός_κάρτας", N, "VARCHAR", g.col(lambda: f"ΚΜΚ-{g.digits(6)}"), "decoy", SHAPE),
            c(
                "ζώνη_στάθμευσης",
                N,
                "VARCHAR",
                g.col(g.pick(["Ζώνη 3 Κυψέλη", "Ζώνη 4 Πατήσια", "Ζώνη 6 Αμπελόκηποι"])),
                "decoy",
            ),
            c("επώνυμο", "last_name", "VARCHAR", [p[1] for p in people]),
            c("όνομα", "first_name", "VARCHAR", [p[0] for p in people]),
            c("πατρώνυμο", "first_name", "VARCHAR", g.col(lambda: g.rnd.choice(v.GR_MALE)), ROLE),
            c("αφμ", "national_id", "VARCHAR", g.col(lambda: v.gr_afm(g))),
            c("αμκα", "ssn", "VARCHAR", amka),
            c("αδτ", "national_id", "VARCHAR", g.col(lambda: v.gr_id_card(g), 0.1)),
            c("ημερομηνία_γέννησης", "date_of_birth", "DATE", [p[3] for p in people]),
            c("οδός", "street_address", "VARCHAR", g.col(lambda: g.rnd.choice(v.GR_STREETS))),
            c(
                "αριθμός",
                "street_address",
                "VARCHAR",
                g.col(lambda: str(g.rnd.randint(1, 210)) + g.rnd.choice(["", "", "Α"])),
            ),
            c("τκ", "postal_code", "VARCHAR", g.col(g.pick(v.GR_POSTCODES)), ABBREV),
            c("πόλη_αλληλογραφίας", "city", "VARCHAR", g.col(lambda: g.rnd.choice(v.GR_TOWNS[:1] * 4 + v.GR_TOWNS))),
            c("κινητό", "phone", "VARCHAR", g.phones("GR", {"national": 0.7, "intl": 0.3})),
            c(
                "email",
                "email",
                "VARCHAR",
                _null(g, [v.email_of(g, p[0], p[1], v.DOMAINS["gr"]) for p in people], 0.3),
                "lang:en",
            ),
            c(
                "αριθμός_κυκλοφορίας",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.digits(3, 'ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ')}-{g.digits(4)}"),
                "decoy",
                VEHICLE,
            ),
            c(
                "μάρκα_οχήματος",
                N,
                "VARCHAR",
                g.col(g.pick(["Toyota Yaris", "Fiat Panda", "Peugeot 208", "Hyundai i10"])),
                "decoy",
            ),
            c(
                "κάτοχος_οχήματος",
                "person_name",
                "VARCHAR",
                g.col(lambda: " ".join(v.person(g, "gr")[::-1]), 0.75),
                HEAVY,
                ROLE,
            ),
            c(
                "εταιρεία_μίσθωσης",
                N,
                "VARCHAR",
                [lessors[i][0] if x else None for i, x in zip(li, leased, strict=True)],
                "business",
                SPARSE,
            ),
            c(
                "αφμ_εταιρείας",
                N,
                "VARCHAR",
                [lessors[i][1] if x else None for i, x in zip(li, leased, strict=True)],
                "business",
                SPARSE,
                CHECK,
            ),
            c("ημερομηνία_αίτησης", N, "DATE", g.days("2025-01-02", "2025-12-15"), "decoy"),
            c("ημερομηνία_έκδοσης", N, "DATE", g.days("2025-01-10", "2025-12-20"), "decoy"),
            c("λήξη", N, "DATE", g.days("2026-01-10", "2026-12-20"), "decoy"),
            c("τέλος_ευρώ", N, "DECIMAL(6,2)", g.col(g.pick([10.0, 20.0, 30.0])), "decoy"),
            c("αριθμός_παραβόλου", N, "VARCHAR", g.col(lambda: g.digits(12)), "decoy", SHAPE),
            c("κατάσταση", N, "VARCHAR", g.col(g.pick(["Ενεργή", "Ενεργή", "Ληγμένη", "Σε εξέταση"])), "decoy"),
            c("τρόπος_πληρωμής", N, "VARCHAR", g.col(g.pick(["κάρτα", "e-banking", "ταμείο"])), "decoy"),
            c("υπάλληλος", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
            c("παρατηρήσεις", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("δεν δηλώθηκε", "—")), NULLWORD),
            c("πεδίο_1", N, "VARCHAR", g.col(g.pick(["Ζ3", "Ζ4", "Ζ6"])), "decoy", OPAQUE),
            c("πεδίο_2", "first_name", "VARCHAR", g.col(lambda: g.rnd.choice(v.GR_FEMALE), 0.3), OPAQUE),
        ],
    )


def _jp_name(g: Gen, sep: str) -> str:
    family, given = v.jp_person(g)
    return f"{family[0]}{sep}{given[0]}"


def jp_motorcycle_club(g: Gen) -> Table:
    """A Nagoya motorcycle touring club's member roster (Japanese column names and values): member number, name in
    kanji and in katakana, the handle the member rides under (``unclassified``), birth date as text (Western or
    Japanese-era), postcode, prefecture (``none``), city, street, mobile and e-mail, the driving licence's number and
    class, the bike, its plate and displacement (``none``), the emergency contact's name, phone and relationship, blood
    type (``none``), the voluntary insurer and policy number, joining date, fee and club role, notes, the web form as
    writer, the secretariat's staff member (family names), ``予備1`` a ride group and ``予備2`` the member who
    introduced them."""
    towns = [g.rnd.choice(v.JP_TOWNS) for _ in range(g.rows)]
    rows = [v.jp_person(g) for _ in range(g.rows)]
    births = g.births(1950, 2005)
    staff = _staff(g, 3, lambda x: x.rnd.choice(v.JP_FAMILY)[0])
    handles = [
        "".join(x.capitalize() for x in (f"{r[1][2]}", g.rnd.choice(["rider", "cb", "z900", "moto", "_ninja"])))
        + str(g.rnd.randint(1, 99))
        for r in rows
    ]

    def born_text(d: date) -> str:
        if g.rnd.random() < 0.6:
            return d.strftime("%Y/%m/%d")
        if d.year >= 1989:
            era, y = "平成", d.year - 1988
        else:
            era, y = "昭和", d.year - 1925
        return f"{era}{y}年{d.month}月{d.day}日"

    def note() -> str:
        f, n = v.jp_person(g)
        return g.rnd.choice(["ツーリング参加多数", f"{f[0]}{n[0]}さんの紹介", "年会費未納", f"{f[0]}さんとタンデム"])

    return Table(
        "バイククラブ.会員名簿",
        "ja",
        "native",
        [
            c("会員番号", N, "INTEGER", g.keys(1_001), "decoy", KEY),
            c("氏名", "person_name", "VARCHAR", [f"{f[0]} {n[0]}" for f, n in rows]),
            c("フリガナ", "person_name", "VARCHAR", [f"{f[1]} {n[1]}" for f, n in rows]),
            c("ハンドルネーム", USERNAME, "VARCHAR", handles, USER),
            c("生年月日", "date_of_birth", "VARCHAR", [born_text(d) for d in births], DOB_TEXT),
            c("郵便番号", "postal_code", "VARCHAR", [f"{t[2]}-{g.digits(4)}" for t in towns]),
            c("都道府県", N, "VARCHAR", [t[1] for t in towns], "decoy"),
            c("市区町村", "city", "VARCHAR", [t[0] for t in towns]),
            c(
                "番地",
                "street_address",
                "VARCHAR",
                [f"{t[3]}{g.rnd.randint(1, 5)}丁目{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)}" for t in towns],
            ),
            c("携帯電話", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "digits": 0.2})),
            c(
                "メールアドレス",
                "email",
                "VARCHAR",
                [f"{n[2]}.{f[2]}{g.rnd.randint(1, 99)}@{g.rnd.choice(v.DOMAINS['jp'])}" for f, n in rows],
            ),
            c("運転免許証番号", "national_id", "VARCHAR", g.col(lambda: "5" + g.digits(11), 0.1)),
            c("免許種別", N, "VARCHAR", g.col(g.pick(["大型二輪", "普通二輪", "普通二輪(小型限定)"])), "decoy"),
            c(
                "車種",
                N,
                "VARCHAR",
                g.col(g.pick(["ホンダ CB400SF", "カワサキ Z900RS", "ヤマハ MT-07", "スズキ Vストローム"])),
                "decoy",
            ),
            c(
                "ナンバー",
                N,
                "VARCHAR",
                g.col(
                    lambda: (
                        f"{g.rnd.choice(['名古屋', '豊田', '岡崎', '岐阜'])} "
                        f"{g.rnd.choice(['な', 'ま', 'み', 'め'])} {g.digits(2)}-{g.digits(2)}"
                    )
                ),
                "decoy",
                VEHICLE,
            ),
            c("排気量", N, "INTEGER", g.col(g.pick([250, 400, 650, 900, 1_200])), "decoy"),
            c("緊急連絡先氏名", "person_name", "VARCHAR", g.col(lambda: _jp_name(g, " "), 0.1), ROLE),
            c("緊急連絡先電話", "phone", "VARCHAR", g.phones("JP", {"national": 1.0}, 0.7, 0.1), ROLE),
            c("続柄", N, "VARCHAR", g.col(g.pick(["妻", "夫", "父", "母", "兄"])), "decoy"),
            c("血液型", N, "VARCHAR", g.col(g.pick(["A", "O", "B", "AB"])), "decoy"),
            c("任意保険会社", N, "VARCHAR", g.col(g.pick(["東海海上", "中部損保", "名港共済"])), "business"),
            c("保険証券番号", N, "VARCHAR", g.col(lambda: g.code("A999999999"), 0.2), "decoy", SHAPE),
            c("入会日", N, "DATE", g.days("2010-04-01", "2025-11-30"), "decoy"),
            c("年会費", N, "INTEGER", g.col(g.pick([6_000, 6_000, 3_000])), "decoy"),
            c("役職", N, "VARCHAR", g.col(g.pick(["会員", "会員", "会員", "幹事", "会計"])), "decoy"),
            c("備考", "free_text", "VARCHAR", g.sparse(note, 0.6, ("", "なし", "-"))),
            c("登録者", N, "VARCHAR", g.col(g.pick(["web申込フォーム", "csv取込"])), "decoy", AUDIT, SERVICE),
            c("事務局担当", "last_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
            c("予備1", N, "VARCHAR", g.col(g.pick(["A班", "B班", "C班"])), "decoy", OPAQUE),
            c("予備2", "person_name", "VARCHAR", g.col(lambda: _jp_name(g, ""), 0.45), OPAQUE),
        ],
    )


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (us_toll_accounts, 460),
    (gb_breakdown_callouts, 420),
    (ie_carshare_trips, 380),
    (ca_used_car_purchases, 340),
    (au_fleet_telematics, 440),
    (nz_driving_tests, 400),
    (in_ride_drivers, 420),
    (sg_ev_charging, 360),
    (ng_vehicle_register, 450),
    (it_speed_camera_fines, 470),
    (pl_car_rental, 360),
    (cz_scrapyard_book, 320),
    (tr_tyre_hotel, 380),
    (gr_resident_parking, 340),
    (jp_motorcycle_club, 310),
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
