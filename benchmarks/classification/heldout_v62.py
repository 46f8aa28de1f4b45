"""Held-out set v62 for the column classifier: 15 tables of *physical security, access control and facilities*
systems, one system per table and each a different organisation, nine with English column names (England, the United
States, Australia, Ireland, Canada and New Zealand) and six in German, Dutch, Swedish, Japanese (kanji and katakana),
Korean (Hangul) and Hebrew (Hebrew script), in snake, camel, Pascal and SCREAMING case and native scripts, with
abbreviations (``cust_fnm``, ``ctc_ph``, ``prem_addr_ln1``, ``kh1_nm``, ``ma_vorname``), a source prefix
(``src_crm_col17``) and opaque custom fields (``Custom1``, ``misc_1``, ``attr7``, ``udf_03``) holding personal data
beside opaque fields holding none (``Custom2``, ``misc_2``, ``attr8``, ``udf_04``, ``src_crm_col18``):

* ``AccessCtl.Cardholders``: a Salford Quays office tower's access-control cardholders (Pascal case: tenants' staff
  and contractors, badge numbers, card UIDs, facility codes and PINs, access levels, the last door, a mixed
  ``EmergencyContact``, the tenant's sponsor, contractors' birth dates, ``Custom1`` a home postcode);
* ``kiosk_api.visitSignIns``: a Cambridge (Massachusetts) biotech campus's visitor-management kiosk (camel case:
  visitors and their hosts, the kiosk's MAC, NDA signature hashes, scanned driver's licences and passports with the
  birth date read from them, the site's questions as JSON, a Wi-Fi voucher);
* ``VMS.INCIDENT_LOG``: a Melbourne shopping centre's security control-room incident log (SCREAMING case: cameras, NVR
  serials and MACs, clip hashes, camera coordinates, descriptions naming people, subjects described without a name,
  reporters, witnesses, injured parties with a birth date as text, the officer on duty and his licence number);
* ``cms_export.subscriber_keyholders``: a Dallas-Fort Worth alarm-monitoring central station's subscribers and
  keyholders (abbreviated snake case: the protected home, SSN and birth date for the credit check, verbal passwords
  and duress codes, three keyholders, the communicator's IMEI and MAC, the city's alarm permit, the police agency and
  the dealer, zones as JSON, ``misc_1`` a work phone);
* ``lockapp.guest_codes``: a Seattle smart-lock app's guest codes (the lock's serial, MAC and model under ``name``,
  the owner and the home, guests, access codes, schedules as JSON, the IP a code was created from, push tokens);
* ``KeyPlus.KeyEncodeLog``: a Galway hotel's key-card encoding log (Pascal case: the hotel under ``Name`` with its
  address, Eircode and phone, ``SURNAME, Firstname`` guests, additional guests in one cell, mobile-key phones,
  passport numbers of guests from abroad, card serials, the encoder and the desk's logins, the card's last four);
* ``clubdoor.access_events``: a Toronto 24-hour gym chain's door-access log (fob UIDs and QR tokens, grants and
  denials, ``member_ref`` an e-mail address, ``attr7`` the member's mobile, guests, staff overrides, app check-in
  IPs);
* ``spaces.members``: an Auckland coworking space's members synced from a CRM (NZBN, the space's own ``address``,
  door PINs and fobs, Wi-Fi logins and laptop MACs, a card in clear, ``udf_03`` a personal e-mail,
  ``src_crm_col17`` a referrer of mixed kinds, a mail-forwarding address, directory bios);
* ``ANPR.PlateReads``: a Bristol car-park operator's number-plate recognition log (plates, read confidence, plate
  image hashes, site coordinates, tariffs and payments, parking charge notices with the DVLA keeper's name and
  address, appeal notes);
* ``wachdienst.dienstplan``: a Hamburg security-guard company's shift rota (German: guarded sites and clients with
  their USt-IdNr, the guards' Steuer-IdNr, Rentenversicherungsnummer, IBAN, home address, Bewacherregister and
  Sachkunde numbers, the shift lead);
* ``kluisverhuur.huurcontracten``: a Groningen locker-rental company's contracts (Dutch, camel case: the locker
  product under ``naam``, ``tussenvoegsel``, ``huisnummer``, PIN codes, the deposit's IBAN and account holder, the
  company's KvK and BTW numbers);
* ``portsystem.boende_taggar``: a Gothenburg housing co-operative's entry-phone and tag register (Swedish:
  personnummer, the entrance board's family names, the number the entry phone calls, sub-tenants, the co-operative's
  organisationsnummer, the property manager);
* ``入退館管理.入館記録``: a Tokyo data centre's entry log (Japanese: names in kanji and katakana, visitors' companies
  and corporate numbers, identity documents and their numbers, palm-vein template ids, laptops' MACs, plates, the
  attending employee by family name);
* ``관리사무소.방문차량``: a Seongnam apartment complexes' visitor-vehicle register (Korean: residents and visitors,
  ``동``/``호``, plates, common-entrance codes given to movers, LPR read ids, the guard on duty, the office's business
  registration number);
* ``אבטחה.אישורי_כניסה``: a Petah Tikva high-tech campus security office's entry permits for contractors (Hebrew:
  Israeli ID numbers, contractors' company numbers, vehicles, escorts and the security officer, residence, a mixed
  emergency contact).

Tables have 500 to 1,500 rows and 23 to 40 columns (428 in all, about 38% of them personal: access-control,
camera and plate-recognition systems hold many device, event and credential columns beside a few about people).

Written **blind**, like v2 to v59: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog, history or notes, only the list of kind names and their docstrings
(``governance_dagster/kinds.py``), how the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the
*structure* and labeling conventions of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test,
``tests/heldout_support.py``; the writer and summary of ``heldout_v4.py`` it imports), the ``Column``/``Table``
classes and writer of ``heldout_v2.py``, the module docstrings of v24 to v59 (to avoid their domains and follow their
labeling conventions) and the docstring of v59's test, the ruff section of ``pyproject.toml`` and the source of the
installed python-stdnum and phonenumbers packages (its OUI registry for the MAC addresses). The classifier was not
run on this set while it was written, no scorer was run on it, and no score of any set was looked at: nothing here was
adjusted to what the classifier does. It was written under a short deadline (about 60 minutes, the tests and lint
included), so some labels below are quick decisions rather than settled conventions. It imports no earlier set's
value module: its random source, name lists (Greater Manchester and Bristol with South Asian, Polish, Ghanaian and
Nigerian names; Greater Boston, Dallas-Fort Worth and Seattle; Melbourne with Greek, Vietnamese and Indian names;
Galway with fadas; Toronto with Punjabi, Chinese, Nigerian and Québécois names; Auckland with Māori and Pasifika
names; Hamburg with Turkish, Polish and Russian-German names; Groningen with tussenvoegsels; Gothenburg; Japanese in
kanji and katakana; Korean in Hangul; Hebrew script with Arabic names), streets, towns, postal codes, companies and
identifier builders are its own (:mod:`benchmarks.classification.heldout_v62_values`; the generic ``Gen`` helpers
were copied from v27's).

What is new against v2 to v59: physical security as the subject. Earlier sets touched it at its edges (v25 a hotel's
folios and a gym chain's members, v26 a parking operator and a coworking space's community managers, v37 a Hong Kong
gym, v39 resident parking permits, v42 a distribution centre's badge log and a die-casting plant's visitor log, v44 a
prison's social-visits log, v47 a gym chain's members, v59 door codes in a driver app); here every table is one: an
office tower's cardholders, a visitor kiosk, a CCTV control room, an alarm central station, a smart-lock app, a hotel's
key cards, a gym's doors, a coworking space, ANPR, a guard company's rota, locker rental, a housing co-operative's
tags, a data centre's entry log, an apartment complex's visitor vehicles and a campus's entry permits.

* devices (tag ``device_id``, all ``none``): MAC addresses of kiosks, cameras, locks' radios, alarm communicators and
  members' laptops (from the OUI registry python-stdnum ships, checked by it), IMEIs of cellular communicators (Luhn),
  NVR and lock serials, reader, camera, encoder, radio and LPR ids; event timestamps of doors, cameras, locks and plate
  reads (tag ``event_time``);
* credentials (tag ``credential``, all ``none``): PINs, door and guest access codes, card and fob UIDs, key-card
  serials, QR tokens, verbal passwords and duress codes, a Wi-Fi voucher, a palm-vein template id, a common-entrance
  code; printed badge, pass and tag numbers (tag ``badge_number``, ``none``);
* decoys (tag ``decoy``; ``value_shape`` when shaped like an identifier or a personal value): incident, clip, police
  event, NDA, confirmation, permit, PCN and DVLA request numbers, hashes of clips, NDA signatures and plate images (tag
  ``hash``), firmware and app versions, coordinates of cameras and car parks (tag ``coordinates``), plates (tag
  ``vehicle``), flats, rooms, desks, lockers and parking bays (tag ``unit_number``), products and properties under
  ``name``, ``Name`` and ``naam`` (tag ``product_name``), guard and officer licence numbers (tag
  ``professional_id``), personnel numbers (tag ``personnel_no``), a subject's description and a place naming no one
  (tag ``no_name``);
* decoys with check digits (tag ``check_digit``, all ``none``): IMEIs, an NZBN (GTIN), a German USt-IdNr, a Dutch BTW
  number, a Swedish organisationsnummer, a Japanese corporate number, a Korean business registration number, an
  Israeli company number;
* identifiers of persons with check digits (python-stdnum, or the published rule written out in the value module and
  checked again by the test): the US SSN (some ``000-00-0000``), the German Steuer-IdNr and Rentenversicherungsnummer
  (encoding the row's birth date, the family name's initial and the sex), the Swedish personnummer, the Israeli ID
  number; by their shape (no public check digit) Massachusetts driver's licences, passports of twelve countries and
  Japanese driving licences; German and Dutch IBANs; a card number in clear (Luhn); phones of the United Kingdom, the
  United States, Australia, Ireland, Canada, New Zealand, Germany, the Netherlands, Sweden, Japan, Korea, Israel and
  the hotel's guests' countries (phonenumbers) in national, international, E.164, dashed and digit-only forms; IPv4 and
  IPv6.

Labeling choices a reader may question:

* a badge, fob, key-card or tag's UID, a PIN, a guest access code, a verbal password and a duress code are ``none``
  (tag ``credential``), as v42 labeled badge UIDs and v56 key-safe codes: they open doors, they do not name anyone; a
  printed badge or pass number is ``none`` too (tag ``badge_number``);
* MAC addresses and IMEIs are ``none`` (tag ``device_id``), as v46 labeled them, even a member's laptop's MAC on the
  coworking Wi-Fi (no kind fits; it would help track a device, like a user agent);
* a plate is ``none`` (tag ``vehicle``), as in v39, v40 and v44: the ANPR log's ``Vrm`` leads to its keeper only
  through the DVLA; the keeper's name, address, town and postcode the operator obtained are personal;
* a visitor's scanned driver's licence or passport number, a hotel guest's passport number and a Japanese identity
  document's number are ``national_id`` (v42's rule for visitor logs); the document's type is ``none``;
* social-security numbers follow ``governance_dagster/kinds.py``: the US SSN and the German
  Rentenversicherungsnummer (``sv_nr``) are ``ssn``; the Steuer-IdNr, the personnummer and the Israeli ID number are
  ``national_id``;
* the protected premises of an alarm subscriber, a smart lock's home and a housing co-operative's entrance address
  are ``street_address``, ``postal_code`` and ``city`` (tag ``premises``): a person's home; the guarded sites of the
  guard company, the car parks, the gym clubs, the hotel, the coworking space and the stores are ``none`` (tag
  ``business``);
* the subject's description in a CCTV log (``Male, approx 30, black hoodie``) names no one and is ``none`` (tag
  ``no_name``), like a place description; the incident ``DESCRIPTION`` names guards, managers and patrons and is
  ``free_text``;
* ``EmergencyContact``, ``emergency_contact``, ``src_crm_col17`` and ``איש_קשר_לחירום`` (a name, a phone, an e-mail or
  a name with a number by row) are ``free_text`` (tag ``mixed_kinds``); the kiosk's ``customAnswers`` as JSON holding
  an emergency contact in some rows is ``free_text`` (tag ``json_blob``); alarm zones and code schedules as JSON are
  ``none`` (tag ``json_plain``);
* ``AdditionalGuests`` (names separated by ``;``) is ``person_name``, ``namn_pa_tavla`` (one or two family names
  joined by ``/``, as on an entrance board) ``last_name`` (tag ``multi_value``); a guest labeled ``Cleaner - Priya``
  stays ``person_name``; ``tussenvoegsel`` is ``last_name``, ``huisnummer`` ``street_address``;
* the sponsor of a cardholder, a visitor's host, keyholders, witnesses, injured parties, a sub-tenant, a locker
  deposit's account holder and a registered keeper are ``person_name`` (tag ``role_word``); the officer on duty, the
  shift lead, community managers, guards, escorts and the security officer are staff (``person_name``, tag ``staff``),
  ``first_name`` when only a first name is kept (``override_by``, ``medewerker``) and ``last_name`` when only a family
  name (``立会者``);
* logins of operators, the front desk, planners and clerks, the smart-lock owner's handle, Wi-Fi logins and a
  resident's app id are ``unclassified`` (tag ``username``); the kiosk's API writer and an HR feed are ``none`` (tag
  ``service_account``);
* record numbers (cardholder, member, folio, incident, contract, shift, permit, student and personnel numbers) are
  ``none`` (tag ``join_key``); the last four digits of a card and a masked card are ``none`` (tag ``partial``); a
  payment or push token is ``none`` (tag ``tokenized``);
* ``member_ref`` (the gym's integration key: the member's e-mail address) is ``email`` (tag ``misleading``);
  ``Custom1`` (a home postcode), ``misc_1`` (a work phone), ``attr7`` (a mobile) and ``udf_03`` (a personal e-mail)
  are personal (tag ``opaque``); ``name``, ``Name``, ``naam`` (a lock model, the hotel, a locker product) and the
  coworking space's own ``address`` are ``none`` (tag ``misleading``);
* towns and ``wohnort``, ``woonplaats``, ``ort``, ``עיר_מגורים`` are ``city``; a Texas county and state are ``none``;
  a birth date written as text (``INJURED_DOB``, ``geb_datum``) is ``date_of_birth`` (tag ``dob_text``);
* notes naming people in some rows are ``free_text`` even when most are canned; directory bios (some introducing the
  member by name, some naming a co-founder) are ``free_text``.

Labeling rules otherwise as v27 (see :mod:`benchmarks.classification.heldout_v27`): a business's address, phone,
postal code and city are ``none`` (tag ``business``). ``null_heavy`` means 50-95% NULL, ``nullword_heavy`` 70-95% NULL
words; both tags are on personal columns only (decoys may be as sparse as the system keeps them, untagged).

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets, towns,
postal codes and companies of :mod:`benchmarks.classification.heldout_v62_values`, written for v62 (no Faker, no list
of real people, no breach data). Build: ``python -m benchmarks.classification.heldout_v62 [PATH]`` (default
``/tmp/heldout_v62.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v62``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v62_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v62_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v62.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings, placeholders and empty strings (few real NULLs)
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
MISLEADING = "misleading"  # a name that says something else than what the column holds
OPAQUE = "opaque"  # a custom field named by number (misc_1, udf_03, attr7, Custom1)
PREFIX = "source_prefix"  # a column named after its source system and position (src_crm_col17)
STAFF = "staff"  # staff named in a column with few distinct values
ROLE = "role_word"  # a role word (host, sponsor, keyholder, witness, guest, escort ...) holding people
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
SERVICE = "service_account"  # an audit column holding only service accounts or job names (none)
PREMISES = "premises"  # a person's home named as the protected premises, the lock's home or the residence
KEY = "join_key"  # an id, foreign key, UUID or record number of the organisation (none)
ROLE_EMAIL = "role_email"  # a role-named column holding people's e-mail addresses
MULTI = "multi_value"  # several names in one cell
JSON = "json_blob"  # a JSON document in a cell holding personal data (free_text)
JSON_PLAIN = "json_plain"  # a JSON document in a cell holding no personal data (none)
PLACEHOLDER = "placeholder"  # a personal column some of whose cells are placeholders
TOKEN = "tokenized"  # a processor's or push service's token: none
PARTIAL = "partial"  # the last four digits of a card, or a masked number: none
CREDENTIAL = "credential"  # a PIN, door or duress code, verbal password, card UID, access code, QR token (none)
MIXED = "mixed_kinds"  # a name, a phone or an e-mail address by row (free_text)
BADGE = "badge_number"  # a printed badge, pass, tag or key-card number (none)
DEVICE = "device_id"  # a device's MAC address, serial number, IMEI, reader, camera or controller id (none)
EVENT = "event_time"  # an event timestamp of a door, camera, lock or plate read (none)
VEHICLE = "vehicle"  # a vehicle registration mark (none)
CHECK = "check_digit"  # a decoy with a check digit: a business's number, an IMEI (none)
COORD = "coordinates"  # coordinates of a camera or a car park (none)
UNIT = "unit_number"  # a flat, room, desk, locker or parking-bay number on its own (none)
PROFESSIONAL = "professional_id"  # a guard's or officer's licence or register number (none)
PERSONNEL = "personnel_no"  # an employer's personnel number (none)
DOB_TEXT = "dob_text"  # a date of birth as text
NO_NAME = "no_name"  # a description or note naming no one (none)
PRODUCT = "product_name"  # a product or a property under a name-like column (none)
HASH = "hash"  # a hash of a clip, a photo, a plate image or a signature (none)

TAG_GROUPS = (
    NULLWORD,
    HEAVY,
    SHAPE,
    MISLEADING,
    OPAQUE,
    PREFIX,
    STAFF,
    ROLE,
    ABBREV,
    AUDIT,
    USER,
    SERVICE,
    PREMISES,
    KEY,
    ROLE_EMAIL,
    MULTI,
    JSON,
    JSON_PLAIN,
    PLACEHOLDER,
    TOKEN,
    PARTIAL,
    CREDENTIAL,
    MIXED,
    BADGE,
    DEVICE,
    EVENT,
    VEHICLE,
    CHECK,
    COORD,
    UNIT,
    PROFESSIONAL,
    PERSONNEL,
    DOB_TEXT,
    NO_NAME,
    PRODUCT,
    HASH,
)


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a", "N/A", "null", "none") + extra


def _staff(g: Gen, n: int, make: Callable[[Gen], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _logins(g: Gen, n: int, lang: str, style: int) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.login(*v.person(g, lang), style))
    return sorted(out)


def _dirty(g: Gen, values: list, share: float, placeholders: list[str]) -> list:
    """``values`` with ``share`` of the non-NULL cells replaced by a placeholder (a NULL word of the set)."""
    return [g.rnd.choice(placeholders) if x is not None and g.rnd.random() < share else x for x in values]


def _later(g: Gen, starts: list, lo_min: int, hi_min: int, null: float = 0.0) -> list:
    return [
        None if s is None or g.rnd.random() < null else s + timedelta(minutes=g.rnd.randint(lo_min, hi_min))
        for s in starts
    ]


def _mixed(g: Gen, lang: str, region: str) -> str:
    """A contact written the way people fill a free field: a name, a phone, an e-mail or a name with a phone."""
    pick = g.rnd.random()
    if pick < 0.3:
        return v.whole(g, lang)
    if pick < 0.55:
        return g.phone(region, g.rnd.choice(["national", "intl"]))
    if pick < 0.7:
        return v.email(g, lang)
    return f"{v.whole(g, lang)} {g.phone(region, 'national')}"


def _text_dob(d: date | None, layout: str) -> str | None:
    return None if d is None else d.strftime(layout)


# -- English: an office tower, a visitor kiosk, a control room, an alarm centre, a smart-lock app ---------------------


def manchester_cardholders(g: Gen) -> Table:
    """A Salford Quays office tower's access-control cardholders (a Gallagher/Lenel-like system, Pascal case): the
    cardholder id, first, last and preferred name, the tenant company, department and title (``none``), work e-mail,
    mobile, the tenant's reception line (``none``, tag ``business``), the printed badge number, card UID, facility code
    and PIN (``none``), access levels, validity, the last door and event, a vehicle registration (``none``), the photo
    file, an emergency contact (``free_text``, mixed kinds), the tenant's sponsor, the personnel number, contractors'
    birth dates, ``Custom1`` (a home postcode) and ``Custom2`` (a locker: ``none``), notes, the creating login and the
    HR feed."""
    tenants = [(name, v.gb_postcode(g, "M50"), f"0161 496 0{g.rnd.randint(100, 999)}") for name in v.GB_TENANTS]
    tenant = [g.rnd.randrange(len(tenants)) for _ in range(g.rows)]
    pairs = [v.person(g, "gb") for _ in range(g.rows)]
    domains = {t[0]: v.plain(t[0].split()[0]) + ".co.uk" for t in tenants}
    sponsors = {t[0]: _staff(g, 4, lambda x: v.whole(x, "gb")) for t in tenants}
    contractor = [g.rnd.random() < 0.15 for _ in range(g.rows)]
    logins = _logins(g, 4, "gb", 2)
    places = [g.rnd.choice(v.GB_MANCHESTER) for _ in range(g.rows)]
    activated = g.moments("2022-01-01", "2025-10-31")

    def note() -> str:
        return g.rnd.choice(
            [
                "Lost card, replaced",
                f"Card handed in at reception by {v.whole(g, 'gb')}",
                "Maternity leave until March",
                f"Access to L7 approved by {v.given(g, 'gb')}",
                "Contractor - escort on roof plant",
            ]
        )

    return Table(
        "AccessCtl.Cardholders",
        "en",
        "pascal",
        [
            c("CardholderId", N, "INTEGER", g.keys(20_001), "decoy", KEY),
            c("FirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
            c("LastName", "last_name", "VARCHAR", [b for _, b in pairs]),
            c(
                "PreferredName",
                "first_name",
                "VARCHAR",
                [v.given(g, "gb") if g.rnd.random() < 0.2 else None for _ in range(g.rows)],
                HEAVY,
            ),
            c("Company", N, "VARCHAR", [tenants[t][0] for t in tenant], "business"),
            c(
                "Department",
                N,
                "VARCHAR",
                g.col(g.pick(["Finance", "Engineering", "People", "Facilities", "Sales", "Operations"]), 0.2),
                "decoy",
            ),
            c(
                "JobTitle",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Analyst",
                            "Associate",
                            "Office Manager",
                            "Developer",
                            "Partner",
                            "Receptionist",
                            "Site Engineer",
                        ]
                    ),
                    0.3,
                ),
                "decoy",
            ),
            c(
                "WorkEmail",
                "email",
                "VARCHAR",
                [
                    v.work_email(a, b, domains[tenants[t][0]]) if not k else None
                    for (a, b), t, k in zip(pairs, tenant, contractor)
                ],
            ),
            c("MobilePhone", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.3, "e164": 0.1}, 1.0, 0.3)),
            c("TenantReception", N, "VARCHAR", [tenants[t][2] for t in tenant], "business"),
            c("BadgeNumber", N, "VARCHAR", [f"IRW-{20_001 + i:06d}" for i in range(g.rows)], "decoy", BADGE, SHAPE),
            c("CardUid", N, "VARCHAR", g.col(lambda: v.card_uid(g, 4)), "decoy", CREDENTIAL),
            c("FacilityCode", N, "INTEGER", g.col(g.pick([118, 118, 118, 204])), "decoy"),
            c("Pin", N, "VARCHAR", g.col(lambda: g.digits(g.rnd.choice([4, 6])), 0.6), "decoy", CREDENTIAL),
            c(
                "AccessLevels",
                N,
                "VARCHAR",
                g.col(
                    lambda: ";".join(
                        g.rnd.sample(
                            [
                                "Main Entrance",
                                "Tenant Floors L3-L6",
                                "Car Park",
                                "Bike Store",
                                "Roof Plant",
                                "Server Room L2",
                            ],
                            g.rnd.randint(1, 3),
                        )
                    )
                ),
                "decoy",
            ),
            c("ActivatedAt", N, "TIMESTAMP", activated, "decoy"),
            c("ExpiresAt", N, "TIMESTAMP", _later(g, activated, 60 * 24 * 90, 60 * 24 * 900, 0.3), "decoy"),
            c(
                "CardStatus",
                N,
                "VARCHAR",
                g.col(g.pick(["Active", "Active", "Active", "Disabled", "Lost", "Expired"])),
                "decoy",
            ),
            c(
                "LastDoor",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "GF Speedgate 1",
                            "GF Speedgate 2",
                            "L3 Lift Lobby E",
                            "B1 Car Park Barrier",
                            "Bike Store",
                            "L5 Comms Room",
                        ]
                    ),
                    0.05,
                ),
                "decoy",
                DEVICE,
            ),
            c("LastEventAt", N, "TIMESTAMP", g.moments("2025-10-01", "2025-11-30", 0.05), "decoy", EVENT),
            c("VehicleReg", N, "VARCHAR", g.col(lambda: v.gb_plate(g), 0.75), "decoy", VEHICLE),
            c(
                "PhotoFile",
                N,
                "VARCHAR",
                [f"\\\\acs01\\photos\\{20_001 + i}.jpg" if g.rnd.random() < 0.8 else None for i in range(g.rows)],
                "decoy",
            ),
            c("EmergencyContact", "free_text", "VARCHAR", g.col(lambda: _mixed(g, "gb", "GB"), 0.6), MIXED, HEAVY),
            c("Sponsor", "person_name", "VARCHAR", [g.rnd.choice(sponsors[tenants[t][0]]) for t in tenant], ROLE),
            c(
                "PersonnelNumber",
                N,
                "VARCHAR",
                [None if k or g.rnd.random() < 0.35 else g.code("E99999") for k in contractor],
                "decoy",
                PERSONNEL,
                KEY,
            ),
            c(
                "DateOfBirth",
                "date_of_birth",
                "DATE",
                [g.birth(1960, 2004) if k and g.rnd.random() < 0.9 else None for k in contractor],
                HEAVY,
            ),
            c(
                "Custom1",
                "postal_code",
                "VARCHAR",
                [v.gb_postcode(g, p[1]) if g.rnd.random() < 0.4 else None for p in places],
                OPAQUE,
                HEAVY,
            ),
            c("Custom2", N, "VARCHAR", g.col(lambda: f"LKR-{g.rnd.randint(1, 240):03d}", 0.55), "decoy", OPAQUE, UNIT),
            c("Notes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words()), NULLWORD),
            c("CreatedBy", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
            c("SyncSource", N, "VARCHAR", g.col(g.pick(["HRFEED_TENANTS", "CSV_IMPORT"])), "decoy", AUDIT, SERVICE),
        ],
    )


def cambridge_visitor_kiosk(g: Gen) -> Table:
    """A Cambridge (Massachusetts) biotech campus's visitor-management kiosk API (camel case): the visit id, site,
    kiosk and its MAC, app version, the visitor's first and last name, e-mail (some placeholders), phone and company
    (``none``), visit type, the host (an employee: ``person_name``, tag ``role_word``) and the host's e-mail, the
    badge label, photo URL, NDA document and signature hash (``none``), the scanned ID's type, number
    (``national_id``: driver's licences and passports, mostly NULL) and birth date, sign-in and sign-out times, an
    escort flag, a plate, answers to the site's questions as JSON (``free_text``), a Wi-Fi voucher, a watch-list flag,
    the writer (``kiosk-api``) and the receptionist's notes."""
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    hosts = [v.person(g, "us") for _ in range(70)]
    host = [g.rnd.choice(hosts) for _ in range(g.rows)]
    kiosks = [(f"KSK-{i:02d}", v.mac(g, "embedded", True)) for i in range(1, 7)]
    kiosk = [g.rnd.choice(kiosks) for _ in range(g.rows)]
    scanned = [g.rnd.random() < 0.3 for _ in range(g.rows)]
    id_type = [None if not s else g.rnd.choice(["DL", "DL", "DL", "PASSPORT"]) for s in scanned]
    starts = g.moments("2025-08-01", "2025-11-30")

    def id_number(kind: str | None) -> str | None:
        if kind is None:
            return None
        if kind == "DL":
            return v.ma_licence(g)
        return v.passport(g, g.rnd.choice(["US", "US", "GB", "DE", "CN", "IN", "FR"]))

    def answers() -> str:
        doc: dict = {"agreedToSafetyBriefing": True, "labArea": g.rnd.choice(["BSL-1", "BSL-2", "Office only"])}
        if g.rnd.random() < 0.35:
            doc["emergencyContact"] = f"{v.whole(g, 'us')} {g.phone('US', 'national')}"
        if g.rnd.random() < 0.2:
            doc["accessibilityNeeds"] = g.rnd.choice(["Wheelchair access", "None"])
        return json.dumps(doc)

    def note() -> str:
        return g.rnd.choice(
            [
                "Escorted to B2 by security",
                f"Arrived with {v.whole(g, 'us')} (same company)",
                "Forgot to sign out, closed by night shift",
                (f"Host {v.given(g, 'us')} out sick, redirected to reception"),
            ]
        )

    return Table(
        "kiosk_api.visitSignIns",
        "en",
        "camel",
        [
            c("visitId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c("siteCode", N, "VARCHAR", g.col(g.pick(["CAM-BINNEY", "CAM-FIRST", "WAL-3RD"])), "decoy"),
            c("kioskId", N, "VARCHAR", [k[0] for k in kiosk], "decoy", DEVICE),
            c("kioskMac", N, "VARCHAR", [k[1] for k in kiosk], "decoy", DEVICE, SHAPE),
            c("appVersion", N, "VARCHAR", g.col(g.pick(["4.12.0", "4.12.1", "4.13.0"])), "decoy", SHAPE),
            c("visitorFirstName", "first_name", "VARCHAR", [a for a, _ in pairs], ROLE),
            c("visitorLastName", "last_name", "VARCHAR", [b for _, b in pairs], ROLE),
            c(
                "visitorEmail",
                "email",
                "VARCHAR",
                _dirty(
                    g,
                    [v.email_of(g, a, b, v.DOMAINS["us"]) if g.rnd.random() < 0.85 else None for a, b in pairs],
                    0.05,
                    ["noreply@example.com", "none@none.com"],
                ),
                PLACEHOLDER,
                ROLE_EMAIL,
            ),
            c(
                "visitorPhone",
                "phone",
                "VARCHAR",
                g.phones("US", {"national": 0.5, "e164": 0.3, "dashes": 0.2}, 0.95, 0.25),
            ),
            c("visitorCompany", N, "VARCHAR", g.col(g.pick(v.VISITOR_COMPANIES), 0.2), "business"),
            c(
                "visitType",
                N,
                "VARCHAR",
                g.col(g.pick(["Guest", "Interview", "Vendor", "Contractor", "Delivery"])),
                "decoy",
            ),
            c("hostName", "person_name", "VARCHAR", [f"{a} {b}" for a, b in host], ROLE),
            c(
                "hostEmail",
                "email",
                "VARCHAR",
                [v.work_email(a, b, "harborbiologics.com") for a, b in host],
                ROLE_EMAIL,
            ),
            c("badgeLabelId", N, "VARCHAR", g.col(lambda: g.code("V-99999")), "decoy", BADGE, SHAPE),
            c(
                "photoUrl",
                N,
                "VARCHAR",
                g.col(lambda: f"https://cdn.visitdesk.io/p/{g.code('xxxxxxxxxxxx')}.jpg", 0.1),
                "decoy",
            ),
            c("ndaDocId", N, "VARCHAR", g.col(lambda: g.code("NDA-2025-99999"), 0.4), "decoy", SHAPE),
            c("ndaSignatureSha256", N, "VARCHAR", g.col(g.sha256, 0.4), "decoy", HASH),
            c("idScanType", N, "VARCHAR", id_type, "decoy"),
            c("idScanNumber", "national_id", "VARCHAR", [id_number(t) for t in id_type], HEAVY),
            c("idScanDob", "date_of_birth", "DATE", [g.birth(1950, 2006) if t else None for t in id_type], HEAVY),
            c("signedInAt", N, "TIMESTAMP", starts, "decoy", EVENT),
            c("signedOutAt", N, "TIMESTAMP", _later(g, starts, 15, 480, 0.12), "decoy", EVENT),
            c("escortRequired", N, "BOOLEAN", g.yn(True, False, 0.4), "decoy"),
            c(
                "vehiclePlate",
                N,
                "VARCHAR",
                g.col(lambda: g.code(g.rnd.choice(["9ZZ 999", "9AA A99", "ZZZ-9999"])), 0.65),
                "decoy",
                VEHICLE,
            ),
            c("customAnswers", "free_text", "VARCHAR", g.col(answers, 0.1), JSON),
            c("wifiVoucher", N, "VARCHAR", g.col(lambda: g.code("ZZZZ-ZZZZ"), 0.5), "decoy", CREDENTIAL),
            c("watchlistHit", N, "BOOLEAN", g.yn(True, False, 0.004), "decoy"),
            c("createdBy", N, "VARCHAR", ["kiosk-api"] * g.rows, "decoy", AUDIT, SERVICE),
            c("receptionNotes", "free_text", "VARCHAR", g.sparse(note, 0.85, _words()), NULLWORD),
        ],
    )


def melbourne_cctv_incidents(g: Gen) -> Table:
    """A Melbourne shopping centre's security control-room incident log (SCREAMING case, from the video-management
    system): incident number, times and type, the place, the camera's id, name, NVR serial and MAC, the clip's
    reference and hash, its retention date, the camera's coordinates (``none``), the description naming people
    (``free_text``), the subject's description naming no one (``none``), the reporting person's name and phone, a
    witness, an injured party and their birth date as text, the officer on duty and his licence number, the
    control-room operator's login, the police event number and station, the store, its phone, to whom footage was
    released and the action taken."""
    officers = _staff(g, 6, lambda x: f"{v.family(x, 'au').upper()}, {v.given(x, 'au')}")
    operators = _logins(g, 4, "au", 0)
    stores = [
        ("Kmart Footscray", "(03) 9689 1100"),
        ("Chemist Warehouse", "(03) 9687 2200"),
        ("JB Hi-Fi", "(03) 9689 3300"),
        ("Food Court - Pho Saigon", "(03) 9687 4400"),
        ("Woolworths", "(03) 9689 5500"),
        ("Car Park P2", "(03) 9689 0000"),
    ]
    store = [g.rnd.choice(stores) for _ in range(g.rows)]
    cameras = [
        (
            f"CAM-{i:03d}",
            g.rnd.choice(["L1-FC", "L1-MALL", "L2-MALL", "P2-RAMP", "LOADDOCK"]) + f"-{i:02d}",
            g.code("ACCC9999999"),
            v.mac(g, "camera", True, "-"),
            -37.8006 + g.rnd.uniform(-0.001, 0.001),
            144.8990 + g.rnd.uniform(-0.001, 0.001),
        )
        for i in range(1, 41)
    ]
    cam = [g.rnd.choice(cameras) for _ in range(g.rows)]
    occurred = g.moments("2025-06-01", "2025-11-30")
    kinds = g.col(
        g.pick(
            [
                "Shoplifting",
                "Shoplifting",
                "Anti-social behaviour",
                "Slip/Trip/Fall",
                "Lost child",
                "Vehicle damage",
                "Trespass notice",
                "First aid",
            ]
        )
    )
    injured = [k in ("Slip/Trip/Fall", "First aid") for k in kinds]

    def desc(kind: str) -> str:
        return g.rnd.choice(
            [
                f"{kind}: offender detained by {v.given(g, 'au')} (guard) until police arrived",
                f"{kind} reported by store manager {v.whole(g, 'au')}",
                f"{kind}. Patron {v.whole(g, 'au')} assisted, ambulance not required",
                f"{kind} near escalator 3, no injuries",
                (f"{kind} - footage reviewed with Sgt {v.family(g, 'au')}"),
            ]
        )

    return Table(
        "VMS.INCIDENT_LOG",
        "en",
        "screaming",
        [
            c("INCIDENT_NO", N, "VARCHAR", [f"INC-2025-{i:05d}" for i in g.keys(1_201)], "decoy", SHAPE, KEY),
            c("OCCURRED_AT", N, "TIMESTAMP", occurred, "decoy", EVENT),
            c("REPORTED_AT", N, "TIMESTAMP", _later(g, occurred, 1, 90), "decoy", EVENT),
            c("INCIDENT_TYPE", N, "VARCHAR", kinds, "decoy"),
            c(
                "LOCATION_DESC",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        ["Level 1 food court near Gate 3", "Escalator 3", "P2 ramp", "Loading dock B", "Outside Kmart"]
                    )
                ),
                "decoy",
                NO_NAME,
            ),
            c("CAMERA_ID", N, "VARCHAR", [x[0] for x in cam], "decoy", DEVICE),
            c("CAMERA_NAME", N, "VARCHAR", [x[1] for x in cam], "decoy", DEVICE),
            c("NVR_SERIAL", N, "VARCHAR", [x[2] for x in cam], "decoy", DEVICE, SHAPE),
            c("CAMERA_MAC", N, "VARCHAR", [x[3] for x in cam], "decoy", DEVICE, SHAPE),
            c("CLIP_REF", N, "VARCHAR", g.col(lambda: g.code("CLP-99999999"), 0.2), "decoy", SHAPE),
            c("CLIP_SHA256", N, "VARCHAR", g.col(g.sha256, 0.2), "decoy", HASH),
            c(
                "RETAIN_UNTIL",
                N,
                "DATE",
                [None if o is None else (o + timedelta(days=g.rnd.choice([31, 90, 365]))).date() for o in occurred],
                "decoy",
            ),
            c("CAM_LAT", N, "DOUBLE", [round(x[4], 6) for x in cam], "decoy", COORD),
            c("CAM_LON", N, "DOUBLE", [round(x[5], 6) for x in cam], "decoy", COORD),
            c("DESCRIPTION", "free_text", "VARCHAR", [desc(k) for k in kinds]),
            c(
                "SUBJECT_DESC",
                N,
                "VARCHAR",
                g.col(
                    lambda: (
                        g.rnd.choice(["Male", "Female", "Youth"]) + ", approx "
                        f"{g.rnd.randint(15, 60)}, "
                        + g.rnd.choice(
                            ["black hoodie", "grey trackpants", "red cap, backpack", "hi-vis vest", "school uniform"]
                        )
                    ),
                    0.35,
                ),
                "decoy",
                NO_NAME,
            ),
            c(
                "REPORTER_NAME",
                "person_name",
                "VARCHAR",
                [g.rnd.choice(["Anonymous", v.whole(g, "au"), v.whole(g, "au")]) for _ in range(g.rows)],
                ROLE,
            ),
            c("REPORTER_PH", "phone", "VARCHAR", g.phones("AU", {"national": 0.7, "intl": 0.3}, 0.9, 0.4), ABBREV),
            c("WITNESS_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au"), 0.7), ROLE, HEAVY),
            c("WITNESS_PH", "phone", "VARCHAR", g.phones("AU", {"national": 1.0}, 1.0, 0.75), ROLE, HEAVY, ABBREV),
            c(
                "INJURED_PARTY",
                "person_name",
                "VARCHAR",
                [v.whole(g, "au") if i and g.rnd.random() < 0.9 else None for i in injured],
                ROLE,
                HEAVY,
            ),
            c(
                "INJURED_DOB",
                "date_of_birth",
                "VARCHAR",
                [_text_dob(g.birth(1940, 2018), "%d/%m/%Y") if i and g.rnd.random() < 0.8 else None for i in injured],
                HEAVY,
                DOB_TEXT,
            ),
            c("OFFICER_ON_DUTY", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
            c("OFFICER_LICENCE_NO", N, "VARCHAR", g.col(lambda: g.code("999-999-99S")), "decoy", PROFESSIONAL),
            c("CONTROL_ROOM_OP", USERNAME, "VARCHAR", g.col(g.pick(operators)), USER, AUDIT),
            c("POLICE_EVENT_NO", N, "VARCHAR", g.col(lambda: g.code("E99999999"), 0.75), "decoy", SHAPE),
            c(
                "POLICE_STATION",
                N,
                "VARCHAR",
                g.col(g.pick(["Footscray", "Sunshine", "Melbourne East"]), 0.75),
                "business",
            ),
            c("TENANT_STORE", N, "VARCHAR", [s[0] for s in store], "business", PRODUCT),
            c("STORE_PHONE", N, "VARCHAR", [s[1] for s in store], "business"),
            c(
                "FOOTAGE_RELEASED_TO",
                N,
                "VARCHAR",
                g.col(g.pick(["Victoria Police", "Insurer", "Centre management"]), 0.8),
                "business",
            ),
            c(
                "ACTION_TAKEN",
                N,
                "VARCHAR",
                g.col(g.pick(["Police attended", "Banned 12 months", "First aid given", "Moved on", "No action"])),
                "decoy",
            ),
        ],
    )


def dallas_alarm_keyholders(g: Gen) -> Table:
    """A Dallas-Fort Worth alarm-monitoring central station's subscriber and keyholder export (snake case with the
    abbreviations of its software: ``cust_fnm``, ``prem_addr_ln1``, ``ctc_ph``, ``kh1_nm``): account number, receiver
    line, panel, communication path, the cellular communicator's IMEI and the IP communicator's MAC (``none``), the
    subscriber's names, birth date and SSN (taken for the credit check, mostly NULL, some ``000-00-0000``), the
    protected premises (the subscriber's home: ``street_address``, ``city``, ``postal_code``; state and county
    ``none``), phone and e-mail, ``misc_1`` (a work phone) and ``misc_2`` (a dispatch priority: ``none``), the verbal
    password and duress code (``none``), three keyholders with phones and relations, the city's alarm permit, the
    police agency, the dealer and their phones (``none``), the contract, the zone list as JSON (``none``), the last
    signal and test, and the operators' notes."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "us", female)
        place = g.rnd.choice(v.US_TX)
        rows.append((a, b, place))
    credit = [g.rnd.random() < 0.35 for _ in range(g.rows)]
    dealers = [
        ("Lone Star Home Security", "(972) 555-0142"),
        ("Trinity Alarm & Camera", "(817) 555-0177"),
        ("Bluebonnet Smart Home", "(469) 555-0190"),
    ]
    dealer = [g.rnd.choice(dealers) for _ in range(g.rows)]
    agencies = {
        "Dallas": ("Dallas PD", "(214) 555-0100"),
        "Plano": ("Plano PD", "(972) 555-0111"),
        "Fort Worth": ("Fort Worth PD", "(817) 555-0122"),
    }
    counties = {
        "Dallas": "Dallas",
        "Plano": "Collin",
        "Irving": "Dallas",
        "Garland": "Dallas",
        "Frisco": "Collin",
        "Arlington": "Tarrant",
        "Fort Worth": "Tarrant",
        "Mesquite": "Dallas",
        "McKinney": "Collin",
        "Denton": "Denton",
    }
    relations = ["Spouse", "Neighbor", "Son", "Daughter", "Friend", "Property mgr"]

    def zones() -> str:
        names = [
            "Front Door",
            "Back Door",
            "Garage Entry",
            "Living Motion",
            "Master Window",
            "Smoke Upstairs",
            "Glass Break Kitchen",
        ]
        return json.dumps(
            [
                {"zone": i + 1, "desc": z, "type": g.rnd.choice(["EE", "INT", "FIRE", "24H"])}
                for i, z in enumerate(g.rnd.sample(names, g.rnd.randint(3, 6)))
            ]
        )

    def note() -> str:
        return g.rnd.choice(
            [
                "Dog in backyard - do not dispatch for motion only",
                f"Called {v.given(g, 'us')} (kh2), no answer, left VM",
                ("False alarm, cx canceled with correct pwd"),
                f"Spoke to {v.whole(g, 'us')}, house sitter until 12/15",
                "Low battery zone 6 - tech scheduled",
            ]
        )

    kh_phone = {"national": 0.6, "dashes": 0.3, "digits": 0.1}
    return Table(
        "cms_export.subscriber_keyholders",
        "en",
        "snake",
        [
            c("acct_no", N, "VARCHAR", [f"DF{400_001 + i}" for i in range(g.rows)], "decoy", KEY, ABBREV),
            c("rcvr_line", N, "VARCHAR", g.col(g.pick(["R1-L1", "R1-L2", "R2-L1", "R3-L4"])), "decoy", ABBREV),
            c(
                "panel_type",
                N,
                "VARCHAR",
                g.col(g.pick(["Vista-21iP", "Vista-20P", "IQ Panel 4", "Lynx Touch 7000"])),
                "decoy",
                PRODUCT,
            ),
            c("comm_path", N, "VARCHAR", g.col(g.pick(["LTE", "LTE", "IP+LTE", "POTS"])), "decoy"),
            c("cell_imei", N, "VARCHAR", g.col(lambda: v.imei(g), 0.15), "decoy", DEVICE, CHECK),
            c("ip_comm_mac", N, "VARCHAR", g.col(lambda: v.mac(g, "radio", True), 0.5), "decoy", DEVICE, SHAPE),
            c("cust_fnm", "first_name", "VARCHAR", [r[0] for r in rows], ABBREV),
            c("cust_lnm", "last_name", "VARCHAR", [r[1] for r in rows], ABBREV),
            c("cust_dob", "date_of_birth", "DATE", [g.birth(1940, 2002) if k else None for k in credit], HEAVY, ABBREV),
            c(
                "cust_ssn",
                "ssn",
                "VARCHAR",
                _dirty(
                    g,
                    [v.us_ssn(g, g.rnd.random() < 0.7) if k and g.rnd.random() < 0.85 else None for k in credit],
                    0.05,
                    ["000-00-0000"],
                ),
                HEAVY,
                PLACEHOLDER,
                ABBREV,
            ),
            c(
                "prem_addr_ln1",
                "street_address",
                "VARCHAR",
                [v.us_street(g).rsplit(" Apt", 1)[0] for _ in range(g.rows)],
                PREMISES,
                ABBREV,
            ),
            c(
                "prem_addr_ln2",
                "street_address",
                "VARCHAR",
                g.col(lambda: g.rnd.choice(["Apt ", "Unit ", "# "]) + str(g.rnd.randint(101, 2400)), 0.8),
                PREMISES,
                HEAVY,
                ABBREV,
            ),
            c("prem_city", "city", "VARCHAR", [r[2][0] for r in rows], ABBREV),
            c("prem_st", N, "VARCHAR", ["TX"] * g.rows, "decoy", ABBREV),
            c("prem_zip", "postal_code", "VARCHAR", [v.us_zip(g, r[2][1]) for r in rows], PREMISES, ABBREV),
            c("prem_county", N, "VARCHAR", [counties[r[2][0]] for r in rows], "decoy", ABBREV),
            c(
                "ctc_ph",
                "phone",
                "VARCHAR",
                g.phones("US", {"national": 0.5, "dashes": 0.3, "digits": 0.2}, 0.85),
                ABBREV,
            ),
            c(
                "ctc_email",
                "email",
                "VARCHAR",
                [v.email_of(g, r[0], r[1], v.DOMAINS["us"]) if g.rnd.random() < 0.75 else None for r in rows],
                ABBREV,
            ),
            c("misc_1", "phone", "VARCHAR", g.phones("US", {"national": 1.0}, 0.3, 0.45), OPAQUE),
            c("misc_2", N, "VARCHAR", g.col(g.pick(["P1", "P2", "P2", "P3", "VIP"])), "decoy", OPAQUE),
            c(
                "verbal_pwd",
                N,
                "VARCHAR",
                g.col(g.pick(["bluebonnet", "mustang77", "pecan", "lonestar", "rangers", "sunflower", "armadillo9"])),
                "decoy",
                CREDENTIAL,
                ABBREV,
            ),
            c("duress_code", N, "VARCHAR", g.col(lambda: g.digits(4), 0.4), "decoy", CREDENTIAL),
            c("kh1_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "us"), 0.05), ROLE, ABBREV),
            c("kh1_ph", "phone", "VARCHAR", g.phones("US", kh_phone, 1.0, 0.05), ROLE, ABBREV),
            c("kh1_rel", N, "VARCHAR", g.col(g.pick(relations), 0.05), "decoy", ABBREV),
            c("kh2_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "us"), 0.4), ROLE, ABBREV),
            c("kh2_ph", "phone", "VARCHAR", g.phones("US", kh_phone, 1.0, 0.4), ROLE, ABBREV),
            c("kh3_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "us"), 0.8), ROLE, HEAVY, ABBREV),
            c("kh3_ph", "phone", "VARCHAR", g.phones("US", kh_phone, 1.0, 0.8), ROLE, HEAVY, ABBREV),
            c("permit_no", N, "VARCHAR", g.col(lambda: g.code("AP-99-999999"), 0.3), "decoy", SHAPE, ABBREV),
            c(
                "pd_agency",
                N,
                "VARCHAR",
                [agencies.get(r[2][0], (f"{r[2][0]} PD", ""))[0] for r in rows],
                "business",
                ABBREV,
            ),
            c(
                "pd_phone",
                N,
                "VARCHAR",
                [agencies.get(r[2][0], ("", "(214) 555-0199"))[1] for r in rows],
                "business",
                ABBREV,
            ),
            c("dealer_nm", N, "VARCHAR", [d[0] for d in dealer], "business", ABBREV),
            c("dealer_ph", N, "VARCHAR", [d[1] for d in dealer], "business", ABBREV),
            c("contract_dt", N, "DATE", g.days("2019-01-01", "2025-10-31"), "decoy", ABBREV),
            c("contract_term_mo", N, "INTEGER", g.col(g.pick([36, 36, 60, 12])), "decoy", ABBREV),
            c("zone_list", N, "VARCHAR", g.col(zones), "decoy", JSON_PLAIN),
            c("last_signal_ts", N, "TIMESTAMP", g.moments("2025-11-01", "2025-11-30"), "decoy", EVENT),
            c("last_test_ts", N, "TIMESTAMP", g.moments("2025-08-01", "2025-11-30", 0.1), "decoy", EVENT),
            c("operator_notes", "free_text", "VARCHAR", g.sparse(note, 0.6, _words())),
        ],
    )


def seattle_smartlock_codes(g: Gen) -> Table:
    """A Seattle smart-lock app's guest codes, one row per code with its lock and home (snake case): code and home
    ids, the lock's serial, MAC and firmware (``none``), ``name`` (the lock's model: ``none``) and label, the owner's
    e-mail, display name and handle (``unclassified``), the home's address, ZIP and city (``premises``), its time
    zone, the guest's name, phone and e-mail, the access code (``none``), the code's type and schedule (JSON,
    ``none``), validity, use count, last use, the IP the owner created the code from, a push token, platform and
    battery level."""
    homes = []
    for _ in range(g.rows // 3):
        a, b = v.person(g, "us")
        place = g.rnd.choice(v.US_WA)
        handle = v.login(a, b, g.rnd.randint(0, 4)) + str(g.rnd.randint(1, 99))
        homes.append((a, b, v.us_street(g), place, handle, v.us_zip(g, place[1])))
    home = [g.rnd.randrange(len(homes)) for _ in range(g.rows)]
    locks = {
        i: (
            g.code("LW9AZZZZZZZZ"),
            v.mac(g, "radio"),
            g.rnd.choice(["Latchwell Deadbolt Pro", ("Latchwell Lever 2"), "Latchwell Keypad Mini"]),
        )
        for i in range(len(homes))
    }
    guests = [v.person(g, "us") for _ in range(g.rows)]
    labels = ["Cleaner", "Dog walker", "Airbnb guest", "Plumber"]
    starts = g.moments("2025-06-01", "2025-11-30")

    def guest_name(pair: tuple[str, str]) -> str:
        r = g.rnd.random()
        if r < 0.1:
            return g.rnd.choice(labels) + " - " + pair[0]
        if r < 0.3:
            return pair[0] + " " + pair[1][0] + "."
        return f"{pair[0]} {pair[1]}"

    def schedule() -> str:
        days = g.rnd.sample(["mo", "tu", "we", "th", "fr", "sa", "su"], g.rnd.randint(1, 5))
        return json.dumps(
            {"days": sorted(days), "from": f"{g.rnd.randint(6, 12):02d}:00", "to": f"{g.rnd.randint(13, 21):02d}:00"}
        )

    return Table(
        "lockapp.guest_codes",
        "en",
        "snake",
        [
            c("code_id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c("home_id", N, "VARCHAR", [f"hm_{h:06d}" for h in home], "decoy", KEY),
            c("lock_serial", N, "VARCHAR", [locks[h][0] for h in home], "decoy", DEVICE, SHAPE),
            c("lock_mac", N, "VARCHAR", [locks[h][1] for h in home], "decoy", DEVICE, SHAPE),
            c("firmware", N, "VARCHAR", g.col(g.pick(["2.4.17", "2.4.19", "2.5.0"])), "decoy", SHAPE),
            c("name", N, "VARCHAR", [locks[h][2] for h in home], "decoy", MISLEADING, PRODUCT),
            c("lock_label", N, "VARCHAR", g.col(g.pick(["Front Door", "Back Door", "Garage", "Side Gate"])), "decoy"),
            c(
                "owner_email",
                "email",
                "VARCHAR",
                [v.email_of(g, homes[h][0], homes[h][1], v.DOMAINS["us"]) for h in home],
            ),
            c("owner_display_name", "person_name", "VARCHAR", [f"{homes[h][0]} {homes[h][1]}" for h in home]),
            c("owner_handle", USERNAME, "VARCHAR", [homes[h][4] for h in home], USER),
            c(
                "home_address",
                "street_address",
                "VARCHAR",
                [homes[h][2] if g.rnd.random() < 0.7 else None for h in home],
                PREMISES,
            ),
            c("home_zip", "postal_code", "VARCHAR", [homes[h][5] for h in home], PREMISES),
            c("home_city", "city", "VARCHAR", [homes[h][3][0] for h in home]),
            c("home_tz", N, "VARCHAR", ["America/Los_Angeles"] * g.rows, "decoy"),
            c("guest_name", "person_name", "VARCHAR", [guest_name(p) for p in guests], ROLE),
            c("guest_phone", "phone", "VARCHAR", g.phones("US", {"e164": 0.8, "national": 0.2}, 1.0, 0.45), ROLE),
            c(
                "guest_email",
                "email",
                "VARCHAR",
                [v.email_of(g, a, b, v.DOMAINS["us"]) if g.rnd.random() < 0.3 else None for a, b in guests],
                ROLE,
                ROLE_EMAIL,
                HEAVY,
            ),
            c("access_code", N, "VARCHAR", g.col(lambda: g.digits(g.rnd.choice([4, 6, 8]))), "decoy", CREDENTIAL),
            c("code_type", N, "VARCHAR", g.col(g.pick(["recurring", "one_time", "temporary", "permanent"])), "decoy"),
            c("schedule", N, "VARCHAR", g.col(schedule, 0.4), "decoy", JSON_PLAIN),
            c("valid_from", N, "TIMESTAMP", starts, "decoy"),
            c("valid_until", N, "TIMESTAMP", _later(g, starts, 60, 60 * 24 * 60, 0.3), "decoy"),
            c("uses_count", N, "INTEGER", g.ints(0, 140), "decoy"),
            c("last_used_at", N, "TIMESTAMP", g.moments("2025-09-01", "2025-11-30", 0.25), "decoy", EVENT),
            c("created_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.35), 0.1)),
            c("push_token", N, "VARCHAR", g.col(lambda: v.token(g, "fcm:", 40), 0.3), "decoy", TOKEN),
            c("app_platform", N, "VARCHAR", g.col(g.pick(["ios", "android", "web"])), "decoy"),
            c("battery_pct", N, "INTEGER", g.ints(4, 100), "decoy"),
        ],
    )


# -- English: a hotel's key cards, a gym's doors, a coworking space, a car park's ANPR ---------------------------------


def galway_keycard_log(g: Gen) -> Table:
    """A Galway hotel's key-card encoding log (the lock vendor's encoder software, Pascal case): the encoding id,
    ``Name`` (the hotel itself: ``none``), its address, Eircode and phone (``none``), room, folio and confirmation
    numbers (``none``), the guest's name as ``SURNAME, Firstname``, additional guests (several names: ``person_name``,
    tag ``multi_value``), e-mail, the phone a mobile key was sent to, nationality, the passport number of guests from
    abroad (``national_id``, mostly NULL), arrival and departure, key count, card serial and type, common areas, the
    encoder, the front-desk login, the time, the guarantee card's last four digits (``none``), a car registration
    (``none``), the rate code and the desk's notes."""
    hotel = ("The Corrib Quay Hotel", "Wood Quay, Galway", "H91 E2K8", "+353 91 555 010")
    logins = _logins(g, 5, "ie", 0)
    origins = ["IE", "IE", "IE", "GB", "US", "DE", "FR", "IT", "ES"]
    regions = {"IE": "IE", "GB": "GB", "US": "US", "DE": "DE", "FR": "FR", "IT": "IT", "ES": "ES"}
    rows = []
    for _ in range(g.rows):
        origin = g.rnd.choice(origins)
        lang = {"IE": "ie", "GB": "gb", "US": "us"}.get(origin, g.rnd.choice(["de", "nl", "sv"]))
        a, b = v.person(g, lang if lang in v.NAMES else "gb")
        rows.append((origin, a, b))
    arrival = g.days("2025-05-01", "2025-11-30")

    def others(lang_of: str) -> str | None:
        if g.rnd.random() < 0.65:
            return None
        return "; ".join(v.whole(g, lang_of) for _ in range(g.rnd.randint(1, 3)))

    def note() -> str:
        return g.rnd.choice(
            [
                "Key re-encoded, demagnetised by phone",
                f"Extra key for {v.given(g, 'ie')} (daughter)",
                "Late checkout 13:00 approved",
                f"Lost key reported by {v.whole(g, 'ie')}",
            ]
        )

    def phone_of(origin: str) -> str:
        return g.phone(regions[origin], g.rnd.choice(["intl", "e164"]))

    return Table(
        "KeyPlus.KeyEncodeLog",
        "en",
        "pascal",
        [
            c("EncodeId", N, "BIGINT", g.keys(7_000_001), "decoy", KEY),
            c("Name", N, "VARCHAR", [hotel[0]] * g.rows, "business", MISLEADING, PRODUCT),
            c("PropertyAddress", N, "VARCHAR", [hotel[1]] * g.rows, "business"),
            c("PropertyEircode", N, "VARCHAR", [hotel[2]] * g.rows, "business"),
            c("PropertyPhone", N, "VARCHAR", [hotel[3]] * g.rows, "business"),
            c("RoomNo", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 5)}{g.rnd.randint(1, 40):02d}"), "decoy", UNIT),
            c("FolioNo", N, "INTEGER", g.ints(880_000, 899_999), "decoy", KEY),
            c("ConfirmationNo", N, "VARCHAR", g.col(lambda: g.code("CQ99999999")), "decoy", SHAPE),
            c("GuestName", "person_name", "VARCHAR", [f"{b.upper()}, {a}" for _, a, b in rows]),
            c("AdditionalGuests", "person_name", "VARCHAR", [others("ie") for _ in range(g.rows)], MULTI, HEAVY),
            c(
                "GuestEmail",
                "email",
                "VARCHAR",
                [
                    v.email_of(g, a, b, v.DOMAINS["ie"] + v.DOMAINS["us"]) if g.rnd.random() < 0.7 else None
                    for _, a, b in rows
                ],
            ),
            c(
                "MobileKeyPhone",
                "phone",
                "VARCHAR",
                [phone_of(o) if g.rnd.random() < 0.35 else None for o, _, _ in rows],
                HEAVY,
            ),
            c("Nationality", N, "VARCHAR", [o for o, _, _ in rows], "decoy", SHAPE),
            c(
                "PassportNo",
                "national_id",
                "VARCHAR",
                [v.passport(g, o) if o not in ("IE", "GB") and g.rnd.random() < 0.8 else None for o, _, _ in rows],
                HEAVY,
            ),
            c("ArrivalDate", N, "DATE", arrival, "decoy"),
            c("DepartureDate", N, "DATE", [d + timedelta(days=g.rnd.randint(1, 6)) for d in arrival], "decoy"),
            c("KeyCount", N, "INTEGER", g.col(g.pick([1, 2, 2, 3])), "decoy"),
            c("CardSerial", N, "VARCHAR", g.col(lambda: v.card_uid(g, 7)), "decoy", CREDENTIAL),
            c("KeyType", N, "VARCHAR", g.col(g.pick(["Guest", "Guest", "Mobile", "Guest-Suite"])), "decoy"),
            c(
                "CommonAreas",
                N,
                "VARCHAR",
                g.col(g.pick(["Lift;Gym", "Lift;Car Park", "Lift", "Lift;Gym;Spa"])),
                "decoy",
            ),
            c("EncoderId", N, "VARCHAR", g.col(g.pick(["ENC-FD1", "ENC-FD2", "ENC-BO"])), "decoy", DEVICE),
            c("EncodedBy", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
            c(
                "EncodedAt",
                N,
                "TIMESTAMP",
                [None if d is None else g.moment(d.isoformat(), d.isoformat()) for d in arrival],
                "decoy",
                EVENT,
            ),
            c("CardLast4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.15), "decoy", PARTIAL),
            c(
                "VehicleReg",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.rnd.randint(141, 252)}-G-{g.rnd.randint(1, 9999)}", 0.8),
                "decoy",
                VEHICLE,
            ),
            c("RateCode", N, "VARCHAR", g.col(g.pick(["BAR", "BB2", "CORP10", "GROUP-RACES", "OTA-BK"])), "decoy"),
            c("Notes", "free_text", "VARCHAR", g.sparse(note, 0.85, _words()), NULLWORD),
        ],
    )


def toronto_gym_door_events(g: Gen) -> Table:
    """A Toronto 24-hour gym chain's door-access log (snake case): event, club and member ids, the club's name,
    phone and postal code (``none``), the door, reader and controller firmware, the fob's UID and the app's QR token
    (``none``), the time, result and denial reason, the member's first and last name, ``attr7`` (the member's
    mobile) and ``attr8`` (a locker: ``none``), the tier, a guest brought in (mostly NULL), the staff member who
    overrode a denial (a first name), the tailgating flag, the camera snapshot, the IP of app check-ins and the
    phone's OS."""
    clubs = [
        (101, "Danforth 24/7", "(416) 555-0134", "M4C 1B5"),
        (102, "Liberty Village 24/7", "(416) 555-0161", "M6K 3E3"),
        (103, "Scarborough Town 24/7", "(416) 555-0187", "M1P 4P5"),
        (104, "Mississauga Square 24/7", "(905) 555-0119", "L5B 2C9"),
    ]
    club = [g.rnd.choice(clubs) for _ in range(g.rows)]
    members = [(g.rnd.randint(10_000, 99_999), *v.person(g, "ca"), v.card_uid(g, 4)) for _ in range(300)]
    member = [g.rnd.choice(members) for _ in range(g.rows)]
    emails = {m[0]: v.email_of(g, m[1], m[2], v.DOMAINS["ca"]) for m in members}
    staff = _staff(g, 5, lambda x: v.given(x, "ca"))
    results = g.col(g.pick(["granted"] * 9 + ["denied"]))
    via_app = [g.rnd.random() < 0.35 for _ in range(g.rows)]
    return Table(
        "clubdoor.access_events",
        "en",
        "snake",
        [
            c("event_id", N, "BIGINT", g.keys(55_000_001), "decoy", KEY),
            c("club_id", N, "INTEGER", [x[0] for x in club], "decoy", KEY),
            c("member_id", N, "INTEGER", [m[0] for m in member], "decoy", KEY),
            c("club_name", N, "VARCHAR", [x[1] for x in club], "business"),
            c("club_phone", N, "VARCHAR", [x[2] for x in club], "business"),
            c("club_postal", N, "VARCHAR", [x[3] for x in club], "business"),
            c(
                "door",
                N,
                "VARCHAR",
                g.col(
                    g.pick(["Front Entry", "Front Entry", "Studio B", "Change Room M", "Change Room F", "Staff Only"])
                ),
                "decoy",
            ),
            c("reader_id", N, "VARCHAR", g.col(lambda: g.code("RDR-99")), "decoy", DEVICE),
            c("controller_fw", N, "VARCHAR", g.col(g.pick(["8.3.1", "8.3.4", "9.0.0"])), "decoy", SHAPE),
            c("fob_uid", N, "VARCHAR", [None if a else m[3] for a, m in zip(via_app, member)], "decoy", CREDENTIAL),
            c("qr_token", N, "VARCHAR", [v.token(g, "qr_", 20) if a else None for a in via_app], "decoy", CREDENTIAL),
            c("event_ts", N, "TIMESTAMP", g.moments("2025-11-01", "2025-11-30"), "decoy", EVENT),
            c("result", N, "VARCHAR", results, "decoy"),
            c(
                "deny_reason",
                N,
                "VARCHAR",
                [
                    g.rnd.choice(["membership_frozen", "payment_overdue", "outside_hours", "anti_passback"])
                    if r == "denied"
                    else None
                    for r in results
                ],
                "decoy",
            ),
            c("member_ref", "email", "VARCHAR", [emails[m[0]] for m in member], MISLEADING),
            c("member_first", "first_name", "VARCHAR", [m[1] for m in member]),
            c("member_last", "last_name", "VARCHAR", [m[2] for m in member]),
            c(
                "attr7",
                "phone",
                "VARCHAR",
                g.phones("CA", {"national": 0.6, "dashes": 0.2, "e164": 0.2}, 1.0, 0.3),
                OPAQUE,
            ),
            c("attr8", N, "VARCHAR", g.col(lambda: f"L-{g.rnd.randint(1, 180)}", 0.7), "decoy", OPAQUE, UNIT),
            c("tier", N, "VARCHAR", g.col(g.pick(["Base", "Base", "Plus", "All Clubs"])), "decoy"),
            c("guest_of_member", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.92), ROLE, HEAVY),
            c(
                "override_by",
                "first_name",
                "VARCHAR",
                [g.rnd.choice(staff) if r == "denied" or g.rnd.random() < 0.35 else None for r in results],
                STAFF,
            ),
            c("tailgate_alert", N, "BOOLEAN", g.yn(True, False, 0.03), "decoy"),
            c(
                "cam_snapshot",
                N,
                "VARCHAR",
                g.col(lambda: f"s3://clubdoor-snaps/{g.code('xxxxxxxxxxxxxxxx')}.jpg", 0.4),
                "decoy",
            ),
            c("app_ip", "ip_address", "VARCHAR", [g.ip(0.4) if a else None for a in via_app], HEAVY),
            c(
                "device_os",
                N,
                "VARCHAR",
                [g.rnd.choice(["iOS 18.1", "Android 14", "Android 15"]) if a else None for a in via_app],
                "decoy",
            ),
        ],
    )


def auckland_cowork_members(g: Gen) -> Table:
    """An Auckland coworking space's member records (snake case, synced from its CRM): member and organisation
    ids, first and last name, e-mail, mobile, the company (``none``) and its NZBN (GTIN check digit, ``none``), the
    company's billing address and the space's own address (``none``, tag ``business``), plan, desk, dates, door PIN
    and fob (``none``), the Wi-Fi login (``unclassified``) and the laptop's MAC (``none``), the sign-up IP, a card an
    old billing tool kept in clear and its mask, the birth date (24/7 access), an emergency contact (mixed kinds),
    ``udf_03`` (a personal e-mail) and ``udf_04`` (a desk preference: ``none``), ``src_crm_col17`` (a referrer: a
    name, a phone or an e-mail) and ``src_crm_col18`` (the lead source: ``none``), the community manager, a mail
    forwarding address (mostly NULL) and the member directory's bio."""
    orgs = [
        (f"org_{i:04d}", name, v.nzbn(g), f"{g.rnd.randint(1, 300)} {street}, Auckland {pc}")
        for i, (name, street, pc) in enumerate(
            [
                ("Kereama Design Studio", "Karangahape Road", "1010"),
                ("Tui Analytics Ltd", "Ponsonby Road", "1011"),
                ("Pacific Reach Travel", "Dominion Road", "1024"),
                ("Stirling & Ngata Law", "Queen Street", "1010"),
                ("Harbourline Robotics", "Great North Road", "1021"),
                ("Moana Media Collective", "Symonds Street", "1010"),
                ("Fonoti Consulting", "Manukau Road", "1023"),
                ("Kauri Code Ltd", "New North Road", "1021"),
            ]
        )
    ]
    sole = [g.rnd.random() < 0.3 for _ in range(g.rows)]
    org = [g.rnd.choice(orgs) for _ in range(g.rows)]
    pairs = [v.person(g, "nz") for _ in range(g.rows)]
    managers = _staff(g, 3, lambda x: v.whole(x, "nz"))
    spaces = ["Level 2, 12 Mackelvie Street, Grey Lynn", "18 Customs Street East, Auckland CBD"]

    def bio(a: str) -> str:
        return g.rnd.choice(
            [
                f"Kia ora, I'm {a}. UX designer, coffee snob.",
                "Product manager, ex-Fintech.",
                f"Co-founder with {v.whole(g, 'nz')}. Ask me about drones.",
                "Freelance photographer",
                "Accountant for small businesses and sole traders",
            ]
        )

    def referrer() -> str | None:
        return None if g.rnd.random() < 0.6 else _mixed(g, "nz", "NZ")

    return Table(
        "spaces.members",
        "en",
        "snake",
        [
            c("member_id", N, "INTEGER", g.keys(3_001), "decoy", KEY),
            c("org_id", N, "VARCHAR", [None if s else o[0] for s, o in zip(sole, org)], "decoy", KEY),
            c("first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
            c("last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
            c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["nz"]) for a, b in pairs]),
            c("mobile", "phone", "VARCHAR", g.phones("NZ", {"national": 0.6, "intl": 0.3, "e164": 0.1}, 1.0, 0.1)),
            c("company_name", N, "VARCHAR", [None if s else o[1] for s, o in zip(sole, org)], "business"),
            c("nzbn", N, "VARCHAR", [None if s else o[2] for s, o in zip(sole, org)], "business", CHECK),
            c("billing_address", N, "VARCHAR", [None if s else o[3] for s, o in zip(sole, org)], "business"),
            c("address", N, "VARCHAR", g.col(g.pick(spaces)), "business", MISLEADING),
            c(
                "plan",
                N,
                "VARCHAR",
                g.col(g.pick(["Hot desk", "Dedicated desk", "Private office", "Virtual office"])),
                "decoy",
            ),
            c(
                "desk_no",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.rnd.choice('ABC')}-{g.rnd.randint(1, 60):02d}", 0.4),
                "decoy",
                UNIT,
            ),
            c("start_date", N, "DATE", g.days("2021-01-01", "2025-11-01"), "decoy"),
            c("end_date", N, "DATE", g.days("2025-11-01", "2026-12-31", 0.7), "decoy"),
            c("door_pin", N, "VARCHAR", g.col(lambda: g.digits(6)), "decoy", CREDENTIAL),
            c("fob_uid", N, "VARCHAR", g.col(lambda: v.card_uid(g, 4), 0.2), "decoy", CREDENTIAL),
            c("wifi_username", USERNAME, "VARCHAR", [v.login(a, b, i) for i, (a, b) in enumerate(pairs)], USER),
            c("wifi_mac", N, "VARCHAR", g.col(lambda: v.mac(g, "laptop"), 0.3), "decoy", DEVICE, SHAPE),
            c("signup_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.2)),
            c("card_on_file", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.8), HEAVY),
            c("card_mask", N, "VARCHAR", g.col(lambda: "**** **** **** " + g.digits(4), 0.3), "decoy", PARTIAL),
            c(
                "dob",
                "date_of_birth",
                "DATE",
                [g.birth(1958, 2004) if g.rnd.random() < 0.35 else None for _ in range(g.rows)],
                HEAVY,
                ABBREV,
            ),
            c("emergency_contact", "free_text", "VARCHAR", g.col(lambda: _mixed(g, "nz", "NZ"), 0.55), MIXED, HEAVY),
            c(
                "udf_03",
                "email",
                "VARCHAR",
                [
                    v.email_of(g, a, b, ["gmail.com", "xtra.co.nz", "icloud.com"]) if g.rnd.random() < 0.45 else None
                    for a, b in pairs
                ],
                OPAQUE,
                HEAVY,
            ),
            c(
                "udf_04",
                N,
                "VARCHAR",
                g.col(g.pick(["Window", "Quiet zone", "Near kitchen", "Standing desk"]), 0.4),
                "decoy",
                OPAQUE,
            ),
            c("src_crm_col17", "free_text", "VARCHAR", [referrer() for _ in range(g.rows)], PREFIX, MIXED, HEAVY),
            c(
                "src_crm_col18",
                N,
                "VARCHAR",
                g.col(g.pick(["Google", "Walk-in", "Referral", "Instagram", "Event"]), 0.2),
                "decoy",
                PREFIX,
            ),
            c("community_manager", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF),
            c(
                "mail_forward_to",
                "street_address",
                "VARCHAR",
                g.col(
                    lambda: (
                        f"{g.rnd.randint(1, 200)} "
                        + g.rnd.choice(["Sandringham Road", "Mt Eden Road", "Hinemoa Street"])
                    ),
                    0.88,
                ),
                HEAVY,
            ),
            c("bio", "free_text", "VARCHAR", [bio(a) if g.rnd.random() < 0.5 else "" for a, _ in pairs]),
        ],
    )


def bristol_anpr_reads(g: Gen) -> Table:
    """A Bristol car-park operator's ANPR plate reads with its parking charge notices (Pascal case): the read, the
    site's name, postcode and coordinates (``none``), the camera, lane and direction, the plate (``none``), the read's
    confidence, entry and exit, stay, the plate image's hash, tariff and amounts, the payment method, the card's last
    four digits and the processor's reference (``none``), the e-mail of permit holders, the PCN number, the registered
    keeper's name, address, town and postcode from the DVLA (only for unpaid stays: mostly NULL), the DVLA request
    reference, the appeal notes, make, colour and the reason a plate is whitelisted."""
    sites = [
        ("Temple Quay Car Park", "BS1 6DZ", 51.4510, -2.5833),
        ("Cabot Circus P2", "BS1 3BX", 51.4590, -2.5840),
        ("Clifton Triangle", "BS8 1EQ", 51.4566, -2.6062),
        ("Cribbs Retail Park", "BS10 7SR", 51.5235, -2.5955),
    ]
    site = [g.rnd.randrange(len(sites)) for _ in range(g.rows)]
    entries = g.moments("2025-10-01", "2025-11-30")
    exits = _later(g, entries, 5, 600, 0.03)
    pcn = [g.rnd.random() < 0.12 for _ in range(g.rows)]
    keepers = [(v.whole(g, "gb"), v.gb_street(g), g.rnd.choice(v.GB_BRISTOL)) if p else None for p in pcn]
    paid = [g.rnd.random() < 0.8 for _ in range(g.rows)]

    def appeal() -> str:
        return g.rnd.choice(
            [
                f"Keeper says driver was {v.whole(g, 'gb')}, transferred liability",
                "Machine out of order - cancelled",
                "Blue badge holder, cancelled",
                f"Appeal by {v.given(g, 'gb')}: paid via app, wrong plate entered",
            ]
        )

    return Table(
        "ANPR.PlateReads",
        "en",
        "pascal",
        [
            c("ReadId", N, "BIGINT", g.keys(90_000_001), "decoy", KEY),
            c("SiteName", N, "VARCHAR", [sites[s][0] for s in site], "business"),
            c("SitePostcode", N, "VARCHAR", [sites[s][1] for s in site], "business"),
            c("SiteLat", N, "DOUBLE", [sites[s][2] for s in site], "decoy", COORD),
            c("SiteLon", N, "DOUBLE", [sites[s][3] for s in site], "decoy", COORD),
            c("CameraId", N, "VARCHAR", [f"ANPR-{s + 1}-{g.rnd.randint(1, 4)}" for s in site], "decoy", DEVICE),
            c("Lane", N, "INTEGER", g.ints(1, 4), "decoy"),
            c("Direction", N, "VARCHAR", g.col(g.pick(["IN", "OUT"])), "decoy"),
            c("Vrm", N, "VARCHAR", g.col(lambda: v.gb_plate(g).replace(" ", "")), "decoy", VEHICLE, ABBREV),
            c("ReadConfidence", N, "DOUBLE", g.floats(0.62, 0.999, 3), "decoy"),
            c("EntryTime", N, "TIMESTAMP", entries, "decoy", EVENT),
            c("ExitTime", N, "TIMESTAMP", exits, "decoy", EVENT),
            c(
                "StayMinutes",
                N,
                "INTEGER",
                [None if b is None else int((b - a).total_seconds() // 60) for a, b in zip(entries, exits)],
                "decoy",
            ),
            c("PlateImageSha1", N, "VARCHAR", g.col(lambda: v.sha1(g)), "decoy", HASH),
            c("TariffBand", N, "VARCHAR", g.col(g.pick(["0-1h", "1-2h", "2-4h", "4-24h"])), "decoy"),
            c("AmountDue", N, "DOUBLE", g.amounts(0, 18), "decoy"),
            c("AmountPaid", N, "DOUBLE", [round(g.rnd.uniform(0, 18), 2) if p else 0.0 for p in paid], "decoy"),
            c(
                "PaymentMethod",
                N,
                "VARCHAR",
                [g.rnd.choice(["Card", "App", "Contactless", "Permit"]) if p else None for p in paid],
                "decoy",
            ),
            c(
                "CardLast4",
                N,
                "VARCHAR",
                [g.digits(4) if p and g.rnd.random() < 0.6 else None for p in paid],
                "decoy",
                PARTIAL,
            ),
            c("PaymentRef", N, "VARCHAR", [v.token(g, "pay_", 18) if p else None for p in paid], "decoy", TOKEN),
            c("PermitHolderEmail", "email", "VARCHAR", g.col(lambda: v.email(g, "gb"), 0.9), HEAVY),
            c("PcnNumber", N, "VARCHAR", [g.code("BQ99999999") if p else None for p in pcn], "decoy", SHAPE),
            c("KeeperName", "person_name", "VARCHAR", [k[0] if k else None for k in keepers], HEAVY, ROLE),
            c("KeeperAddress1", "street_address", "VARCHAR", [k[1] if k else None for k in keepers], HEAVY),
            c("KeeperTown", "city", "VARCHAR", [k[2][0] if k else None for k in keepers], HEAVY),
            c(
                "KeeperPostcode",
                "postal_code",
                "VARCHAR",
                [v.gb_postcode(g, k[2][1]) if k else None for k in keepers],
                HEAVY,
            ),
            c("DvlaRequestRef", N, "VARCHAR", [g.code("KADOE-99999999") if p else None for p in pcn], "decoy", SHAPE),
            c(
                "AppealNotes",
                "free_text",
                "VARCHAR",
                [appeal() if p and g.rnd.random() < 0.6 else None for p in pcn],
                HEAVY,
            ),
            c(
                "VehicleMake",
                N,
                "VARCHAR",
                g.col(g.pick(["Ford", "Vauxhall", "VW", "BMW", "Toyota", "Kia", "Tesla"]), 0.1),
                "decoy",
            ),
            c(
                "VehicleColour",
                N,
                "VARCHAR",
                g.col(g.pick(["Black", "Silver", "White", "Grey", "Blue", "Red"]), 0.1),
                "decoy",
            ),
            c(
                "WhitelistReason",
                N,
                "VARCHAR",
                g.col(g.pick(["Staff", "Contractor", "Blue Badge", "Tenant permit"]), 0.9),
                "decoy",
            ),
        ],
    )


# -- German, Dutch, Swedish, Japanese, Korean, Hebrew ------------------------------------------------------------------


#: the districts of the guarded sites, in the order of the clients (a site's town is written with its district)
DISTRICTS = [
    "Hamburg-HafenCity",
    "Hamburg-Wandsbek",
    "Hamburg-Altona",
    "Hamburg-Winterhude",
    "Hamburg-Sternschanze",
    "Hamburg-Billbrook",
]


def hamburg_guard_rota(g: Gen) -> Table:
    """A Hamburg security-guard company's shift rota with its guards' personnel data (German, snake case with
    abbreviations: ``ma_`` for Mitarbeiter): shift id, the guarded site's number, name, address, postcode and town
    and the client (``none``, tag ``business``) with its VAT id (check digit), shift start and end, the task, the
    personnel number (``none``), the guard's first and last name, birth date, Bewacherregister id and
    Sachkunde certificate (``none``, tag ``professional_id``), Steuer-IdNr (``national_id``), pension-insurance number
    (``ssn``), IBAN, mobile, private e-mail, home street, postcode and town, the shift lead, radio and patrol route,
    wage, night bonus, the remark and the planner's login."""
    sites = [
        (f"OBJ-{100 + i}", name, street, v.de_plz(g, "20"), district, v.de_vat(g))
        for i, ((name, street), district) in enumerate(zip(v.DE_CLIENTS, DISTRICTS))
    ]
    site = [g.rnd.choice(sites) for _ in range(g.rows)]
    guards = []
    for i in range(90):
        female = g.rnd.random() < 0.3
        a, b = v.person(g, "de", female)
        born = g.birth(1962, 2004)
        town = g.rnd.choice(v.DE_TOWNS)
        guards.append(
            {
                "nr": f"{4100 + i}",
                "a": a,
                "b": b,
                "born": born,
                "idnr": v.de_idnr(g),
                "rv": v.de_rvnr(g, born, b, female),
                "iban": v.iban(g, "DE", g.rnd.random() < 0.5),
                "handy": g.phone("DE", g.rnd.choice(["national", "intl", "e164"])),
                "mail": v.email_of(g, a, b, v.DOMAINS["de"]) if g.rnd.random() < 0.75 else None,
                "street": v.de_street(g),
                "plz": v.de_plz(g, town[1]),
                "town": town[0],
                "bw": g.code("999999999999"),
                "sk": g.code("IHK-HH-99999"),
            }
        )
    guard = [g.rnd.choice(guards) for _ in range(g.rows)]
    leads = _staff(g, 4, lambda x: v.whole(x, "de"))
    planners = _logins(g, 3, "de", 0)
    starts = [g.moment("2025-10-01", "2025-12-31").replace(minute=0, second=0) for _ in range(g.rows)]

    def remark() -> str:
        return g.rnd.choice(
            [
                "Tausch mit " + v.whole(g, "de"),
                "Krankmeldung, Ersatz gestellt",
                f"Schlüsselübergabe an {v.given(g, 'de')} (Haustechnik)",
                "Einweisung neuer Revierplan",
                "Verspätung 20 min, Stau A7",
            ]
        )

    return Table(
        "wachdienst.dienstplan",
        "de",
        "snake",
        [
            c("schicht_id", N, "BIGINT", g.keys(250_001), "decoy", KEY),
            c("objekt_nr", N, "VARCHAR", [s[0] for s in site], "decoy", KEY),
            c("objekt_name", N, "VARCHAR", [s[1] for s in site], "business"),
            c("objekt_strasse", N, "VARCHAR", [s[2] for s in site], "business"),
            c("objekt_plz", N, "VARCHAR", [s[3] for s in site], "business"),
            c("objekt_ort", N, "VARCHAR", [s[4] for s in site], "business"),
            c("kunde_ust_idnr", N, "VARCHAR", [s[5] for s in site], "business", CHECK),
            c("beginn", N, "TIMESTAMP", starts, "decoy"),
            c("ende", N, "TIMESTAMP", [s + timedelta(hours=g.rnd.choice([6, 8, 8, 10, 12])) for s in starts], "decoy"),
            c(
                "taetigkeit",
                N,
                "VARCHAR",
                g.col(g.pick(["Empfang", "Revierdienst", "Objektschutz", "Brandwache", "Veranstaltung"])),
                "decoy",
            ),
            c("pers_nr", N, "VARCHAR", [x["nr"] for x in guard], "decoy", PERSONNEL, KEY, ABBREV),
            c("ma_vorname", "first_name", "VARCHAR", [x["a"] for x in guard], ABBREV),
            c("ma_nachname", "last_name", "VARCHAR", [x["b"] for x in guard], ABBREV),
            c(
                "geb_datum",
                "date_of_birth",
                "VARCHAR",
                [x["born"].strftime("%d.%m.%Y") for x in guard],
                DOB_TEXT,
                ABBREV,
            ),
            c("bewacher_id", N, "VARCHAR", [x["bw"] for x in guard], "decoy", PROFESSIONAL),
            c("sachkunde_nr", N, "VARCHAR", [x["sk"] for x in guard], "decoy", PROFESSIONAL),
            c("steuer_id", "national_id", "VARCHAR", [x["idnr"] for x in guard]),
            c("sv_nr", "ssn", "VARCHAR", [x["rv"] for x in guard], ABBREV),
            c("iban", "iban", "VARCHAR", [x["iban"] for x in guard]),
            c("handy", "phone", "VARCHAR", [x["handy"] for x in guard]),
            c("email_privat", "email", "VARCHAR", [x["mail"] for x in guard]),
            c("strasse", "street_address", "VARCHAR", [x["street"] for x in guard]),
            c("plz", "postal_code", "VARCHAR", [x["plz"] for x in guard], ABBREV),
            c("wohnort", "city", "VARCHAR", [x["town"] for x in guard]),
            c("einsatzleiter", "person_name", "VARCHAR", g.col(g.pick(leads)), STAFF),
            c("funkgeraet", N, "VARCHAR", g.col(lambda: f"HRT-{g.rnd.randint(1, 40):02d}", 0.3), "decoy", DEVICE),
            c("revier_route", N, "VARCHAR", g.col(g.pick(["R1 Hafen", "R2 City-Süd", "R3 Wandsbek", None])), "decoy"),
            c("stundenlohn", N, "DOUBLE", g.col(g.pick([14.6, 15.0, 15.35, 16.2])), "decoy"),
            c("nachtzuschlag", N, "BOOLEAN", [s.hour >= 20 or s.hour < 6 for s in starts], "decoy"),
            c("bemerkung", "free_text", "VARCHAR", g.sparse(remark, 0.8, _words("keine", "k.A.")), NULLWORD),
            c("geplant_von", USERNAME, "VARCHAR", g.col(g.pick(planners)), USER, AUDIT),
        ],
    )


def groningen_locker_rentals(g: Gen) -> Table:
    """A Groningen locker-rental company's contracts at stations and campuses (Dutch, camel case): contract, locker
    and location, ``naam`` (the locker product: ``none``), size, the renter's first name, tussenvoegsel and family
    name, e-mail, mobile, birth date, student number (``none``), street, house number, postcode and town, the PIN
    (``none``), lock type, dates, the deposit, the IBAN it is refunded to and the account holder's name, the payment
    reference and processor id, the last opening, the company's KvK and BTW numbers (``none``), a remark and the
    employee by first name."""
    locations = ["Groningen Centraal", "Zernike Campus", "Europapark", "UMCG Noord", "Assen Station"]
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "nl")
        tv = g.rnd.choice(["van", "de", "van der", "van den", "ter"]) if g.rnd.random() < 0.25 else None
        town = g.rnd.choice(v.NL_TOWNS)
        rows.append((a, tv, b, town))
    students = [g.rnd.random() < 0.5 for _ in range(g.rows)]
    staff = _staff(g, 3, lambda x: v.given(x, "nl"))
    starts = g.days("2024-09-01", "2025-11-15")

    def holder(r: tuple) -> str:
        if g.rnd.random() < 0.85:
            return f"{r[0][0]}. {(r[1] + ' ') if r[1] else ''}{r[2]}"
        return v.whole(g, "nl")

    def remark() -> str:
        return g.rnd.choice(
            [
                "Sleutel kwijt, slot vervangen",
                f"Deelt kluis met {v.whole(g, 'nl')}",
                "Borg verrekend met laatste maand",
                f"Gebeld door moeder ({v.given(g, 'nl')})",
            ]
        )

    return Table(
        "kluisverhuur.huurcontracten",
        "nl",
        "camel",
        [
            c("contractId", N, "INTEGER", g.keys(60_001), "decoy", KEY),
            c(
                "kluisNr",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.rnd.choice('ABCDEF')}{g.rnd.randint(1, 320):03d}"),
                "decoy",
                UNIT,
            ),
            c("locatie", N, "VARCHAR", g.col(g.pick(locations)), "business"),
            c(
                "naam",
                N,
                "VARCHAR",
                g.col(g.pick(["Kluis S (30x30x45)", "Kluis M (30x40x50)", "Kluis L (40x50x60)", "Fietskluis"])),
                "decoy",
                MISLEADING,
                PRODUCT,
            ),
            c("maat", N, "VARCHAR", g.col(g.pick(["S", "M", "L", "XL"])), "decoy"),
            c("huurderVoornaam", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("tussenvoegsel", "last_name", "VARCHAR", [r[1] for r in rows], HEAVY),
            c("huurderAchternaam", "last_name", "VARCHAR", [r[2] for r in rows]),
            c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[2], v.DOMAINS["nl"]) for r in rows]),
            c("mobiel", "phone", "VARCHAR", g.phones("NL", {"national": 0.5, "intl": 0.3, "digits": 0.2}, 1.0, 0.1)),
            c(
                "geboortedatum",
                "date_of_birth",
                "DATE",
                [g.birth(1965, 2007) if g.rnd.random() < 0.6 else None for _ in range(g.rows)],
            ),
            c("studentNr", N, "VARCHAR", [f"S{g.digits(7)}" if s else None for s in students], "decoy", KEY),
            c("straat", "street_address", "VARCHAR", g.col(g.pick(v.NL_STREETS), 0.2)),
            c(
                "huisnummer",
                "street_address",
                "VARCHAR",
                g.col(lambda: str(g.rnd.randint(1, 240)) + g.rnd.choice(["", "", "a", "-2", " bis"]), 0.2),
            ),
            c("postcode", "postal_code", "VARCHAR", [v.nl_postcode(g, r[3][1]) for r in rows]),
            c("woonplaats", "city", "VARCHAR", [r[3][0] for r in rows]),
            c("pincode", N, "VARCHAR", g.col(lambda: g.digits(4)), "decoy", CREDENTIAL),
            c("slotType", N, "VARCHAR", g.col(g.pick(["pincode", "pincode", "app", "sleutel"])), "decoy"),
            c("ingangsdatum", N, "DATE", starts, "decoy"),
            c("einddatum", N, "DATE", [s + timedelta(days=g.rnd.choice([30, 90, 180, 365])) for s in starts], "decoy"),
            c("borgBedrag", N, "DOUBLE", g.col(g.pick([10.0, 15.0, 25.0])), "decoy"),
            c("borgIban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "NL", g.rnd.random() < 0.4), 0.3)),
            c(
                "borgTenaamstelling",
                "person_name",
                "VARCHAR",
                [holder(r) if g.rnd.random() < 0.7 else None for r in rows],
                ROLE,
            ),
            c("betaalReferentie", N, "VARCHAR", g.col(lambda: g.code("KV-2025-999999")), "decoy", SHAPE),
            c("mollieId", N, "VARCHAR", g.col(lambda: v.token(g, "tr_", 10)), "decoy", TOKEN),
            c("laatsteOpening", N, "TIMESTAMP", g.moments("2025-10-01", "2025-11-30", 0.15), "decoy", EVENT),
            c("kvkVerhuurder", N, "VARCHAR", ["71234509"] * g.rows, "business"),
            c("btwVerhuurder", N, "VARCHAR", [v.nl_btw(g)] * g.rows, "business", CHECK),
            c("opmerking", "free_text", "VARCHAR", g.sparse(remark, 0.85, _words("geen", "nvt", "n.v.t.")), NULLWORD),
            c("medewerker", "first_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        ],
    )


def goteborg_brf_tags(g: Gen) -> Table:
    """A Gothenburg housing co-operative's (bostadsrättsförening) entry-phone and tag register (Swedish, snake
    case): the tag's UID (``none``) and printed number, the flat number (``none``), the entrance address, postcode
    and town of the residents' home (``premises``), the resident's first and family name, personnummer, the number the
    entry phone calls, e-mail, the name on the entrance board (family names), permissions, the laundry slot,
    validity, last use, a blocked flag, a sub-tenant (mostly NULL), the board role (``none``), the co-operative's
    organisationsnummer and its property manager and phone (``none``), the registering login and a note."""
    flats = [(f"{g.rnd.randint(1, 6)}{g.rnd.randint(1, 4)}0{g.rnd.randint(1, 4)}", v.se_address(g)) for _ in range(180)]
    flat = [g.rnd.choice(flats) for _ in range(g.rows)]
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "sv")
        born = g.birth(1938, 2006)
        rows.append((a, b, born))
    logins = _logins(g, 3, "sv", 0)
    orgnr = v.se_brf_orgnr(g)

    def note() -> str:
        return g.rnd.choice(
            [
                "Tagg borttappad, ny utlämnad",
                f"Hämtas av {v.whole(g, 'sv')}",
                "Andrahandsuthyrning godkänd av styrelsen",
                f"Sambo {v.given(g, 'sv')} har egen tagg",
            ]
        )

    return Table(
        "portsystem.boende_taggar",
        "sv",
        "snake",
        [
            c("tagg_uid", N, "VARCHAR", g.col(lambda: v.card_uid(g, 4)), "decoy", CREDENTIAL),
            c("tagg_nr", N, "VARCHAR", g.col(lambda: g.code("99999")), "decoy", BADGE),
            c("lgh_nr", N, "VARCHAR", [f[0] for f in flat], "decoy", UNIT, ABBREV),
            c("adress", "street_address", "VARCHAR", [f[1] for f in flat], PREMISES),
            c(
                "postnummer",
                "postal_code",
                "VARCHAR",
                ["417 05" if f[1].startswith("Aniara") else "417 20" for f in flat],
                PREMISES,
            ),
            c("ort", "city", "VARCHAR", ["Göteborg"] * g.rows, PREMISES),
            c("fornamn", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("efternamn", "last_name", "VARCHAR", [r[1] for r in rows]),
            c(
                "personnummer",
                "national_id",
                "VARCHAR",
                [v.se_personnummer(g, r[2]) if g.rnd.random() < 0.85 else None for r in rows],
            ),
            c("porttelefon_nr", "phone", "VARCHAR", g.phones("SE", {"national": 0.6, "e164": 0.3, "digits": 0.1}, 0.9)),
            c(
                "epost",
                "email",
                "VARCHAR",
                [v.email_of(g, r[0], r[1], v.DOMAINS["sv"]) if g.rnd.random() < 0.65 else None for r in rows],
            ),
            c(
                "namn_pa_tavla",
                "last_name",
                "VARCHAR",
                [r[1] if g.rnd.random() < 0.75 else f"{r[1]}/{v.family(g, 'sv')}" for r in rows],
                MULTI,
            ),
            c(
                "behorighet",
                N,
                "VARCHAR",
                g.col(g.pick(["Port;Tvättstuga", "Port;Tvättstuga;Garage", "Port", "Port;Förråd"])),
                "decoy",
            ),
            c("tvattpass", N, "VARCHAR", g.col(g.pick(["Mån 07-10", "Tis 19-22", "Lör 10-13", None])), "decoy"),
            c("giltig_fran", N, "DATE", g.days("2015-01-01", "2025-10-31"), "decoy"),
            c("giltig_till", N, "DATE", g.days("2026-01-01", "2030-12-31", 0.6), "decoy"),
            c("senast_anvand", N, "TIMESTAMP", g.moments("2025-11-01", "2025-11-30", 0.08), "decoy", EVENT),
            c("sparrad", N, "BOOLEAN", g.yn(True, False, 0.04), "decoy"),
            c("andrahandshyresgast", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "sv"), 0.9), ROLE, HEAVY),
            c(
                "styrelseroll",
                N,
                "VARCHAR",
                g.col(g.pick(["Ordförande", "Kassör", "Ledamot", "Suppleant"]), 0.93),
                "decoy",
            ),
            c("forening_orgnr", N, "VARCHAR", [orgnr] * g.rows, "business", CHECK),
            c("forvaltare", N, "VARCHAR", ["Hisingens Fastighetsförvaltning AB"] * g.rows, "business"),
            c("forvaltare_tel", N, "VARCHAR", ["031-55 01 20"] * g.rows, "business"),
            c("registrerad_av", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
            c("anteckning", "free_text", "VARCHAR", g.sparse(note, 0.85, _words("saknas", "ingen")), NULLWORD),
        ],
    )


def tokyo_datacenter_entries(g: Gen) -> Table:
    """A Tokyo (Koto-ku) data centre's entry log (Japanese column names in kanji and katakana): the entry id, entry
    and exit times, the visitor's name in kanji and its katakana reading, the company and its corporate number
    (``none``), phone, e-mail, birth date (mostly NULL), the identity document's type (``none``) and number
    (``national_id``: driving licences and passports; a My Number card's number is never written), the pass number,
    purpose, area and rack, the attending employee (a family name), the palm-vein template id (``none``), equipment
    brought in and its MAC, the vehicle's plate (``none``), a remark and the registering login."""
    rows = [v.ja_person(g) for _ in range(g.rows)]
    companies = [(name, v.jp_corporate(g)) for name in v.JA_COMPANIES]
    company = [g.rnd.choice(companies) for _ in range(g.rows)]
    docs = g.col(g.pick(["運転免許証", "運転免許証", "運転免許証", "パスポート", "マイナンバーカード", "社員証"]))
    attendants = _staff(g, 4, lambda x: x.rnd.choice(v.JA_FAMILY)[0])
    logins = _logins(g, 3, "gb", 4)
    entries = g.moments("2025-09-01", "2025-11-30")

    def doc_number(kind: str) -> str | None:
        if kind == "運転免許証":
            return v.jp_licence(g)
        if kind == "パスポート":
            return v.passport(g, "JP")
        return None

    def remark() -> str:
        name = g.rnd.choice(v.JA_FAMILY)[0]
        return g.rnd.choice([f"{name}様の代理で入館", "HDD持ち出しなし確認済", f"{name}様と同行", "入館証返却遅れ"])

    return Table(
        "入退館管理.入館記録",
        "ja",
        "native",
        [
            c("入館ID", N, "BIGINT", g.keys(5_200_001), "decoy", KEY),
            c("入館日時", N, "TIMESTAMP", entries, "decoy", EVENT),
            c("退館日時", N, "TIMESTAMP", _later(g, entries, 20, 600, 0.03), "decoy", EVENT),
            c("氏名", "person_name", "VARCHAR", [r[0] for r in rows]),
            c("氏名カナ", "person_name", "VARCHAR", [r[1] for r in rows]),
            c("会社名", N, "VARCHAR", [x[0] for x in company], "business"),
            c("法人番号", N, "VARCHAR", [x[1] for x in company], "business", CHECK),
            c("電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 0.7, "digits": 0.2, "intl": 0.1}, 0.9, 0.05)),
            c(
                "メールアドレス",
                "email",
                "VARCHAR",
                g.col(lambda: v.latin_email(g, v.DOMAINS["ja"] + ["aomi-ds.co.jp"]), 0.3),
            ),
            c("生年月日", "date_of_birth", "DATE", g.col(lambda: g.birth(1955, 2003), 0.6), HEAVY),
            c("本人確認書類", N, "VARCHAR", docs, "decoy"),
            c("本人確認書類番号", "national_id", "VARCHAR", [doc_number(d) for d in docs]),
            c("入館証番号", N, "VARCHAR", g.col(lambda: g.code("DC-9999")), "decoy", BADGE),
            c(
                "入館目的",
                N,
                "VARCHAR",
                g.col(g.pick(["保守作業", "機器搬入", "障害対応", "見学", "ケーブル敷設"])),
                "decoy",
            ),
            c(
                "作業エリア",
                N,
                "VARCHAR",
                g.col(g.pick(["2F サーバールームA", "2F サーバールームB", "3F 電源室", "1F 搬入口"])),
                "decoy",
            ),
            c("ラック番号", N, "VARCHAR", g.col(lambda: g.code("R9-99"), 0.3), "decoy"),
            c("立会者", "last_name", "VARCHAR", g.col(g.pick(attendants)), STAFF),
            c("静脈認証ID", N, "VARCHAR", g.col(lambda: g.code("PV-xxxxxxxx"), 0.6), "decoy", CREDENTIAL),
            c("持込機器", N, "VARCHAR", g.col(g.pick(["ノートPC 1台", "なし", "工具一式", "サーバー 2台"])), "decoy"),
            c("持込PCのMAC", N, "VARCHAR", g.col(lambda: v.mac(g, "laptop", True, "-"), 0.6), "decoy", DEVICE, SHAPE),
            c(
                "車両番号",
                N,
                "VARCHAR",
                g.col(
                    lambda: (
                        f"品川 {g.rnd.randint(300, 599)} {g.rnd.choice('あいうかさ')} "
                        f"{g.rnd.randint(10, 99)}-{g.rnd.randint(10, 99)}"
                    ),
                    0.8,
                ),
                "decoy",
                VEHICLE,
            ),
            c("備考", "free_text", "VARCHAR", g.sparse(remark, 0.8, ("", "なし", "特になし", "-")), NULLWORD),
            c("登録者", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
        ],
    )


def seongnam_visitor_vehicles(g: Gen) -> Table:
    """A Seongnam (Bundang) apartment complexes' management office register of visitor vehicles (Korean column names
    in Hangul): registration number, complex (``none``), its office phone and business registration number
    (``none``), building and flat (``동``/``호``: ``none``), the resident's name, mobile and e-mail (mostly NULL), the
    app login (``unclassified``), the plate (``none``), the visitor's name and phone, the purpose, entry and exit
    times, the parking spot, the guard on duty, a pre-registration flag, the common-entrance code given to movers
    (``none``), the LPR read's id and confidence and a remark."""
    complexes = [
        (name, f"031-7{g.rnd.randint(10, 99)}-{g.rnd.randint(1000, 9999)}", v.kr_brn(g)) for name, _ in v.KO_COMPLEXES
    ]
    cx = [g.rnd.choice(complexes) for _ in range(g.rows)]
    residents = [
        (v.whole(g, "ko"), g.phone("KR", g.rnd.choice(["national", "national", "digits"]))) for _ in range(400)
    ]
    resident = [g.rnd.choice(residents) for _ in range(g.rows)]
    guards = _staff(g, 5, lambda x: v.whole(x, "ko"))
    purposes = g.col(g.pick(["가족방문", "가족방문", "지인방문", "택배", "이사", "공사", "방문요양"]))
    starts = g.moments("2025-10-01", "2025-11-30")

    def plate() -> str:
        return (
            f"{g.rnd.randint(10, 399)}{g.rnd.choice('가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주하허호')}"
            f"{g.rnd.randint(1000, 9999)}"
        )

    def remark() -> str:
        return g.rnd.choice(
            [
                f"{v.whole(g, 'ko')}님 요청으로 등록",
                "장기주차 경고",
                "이삿짐 차량 2대",
                f"{v.family(g, 'ko')}씨 가족 방문",
            ]
        )

    return Table(
        "관리사무소.방문차량",
        "ko",
        "native",
        [
            c("등록번호", N, "BIGINT", g.keys(1_700_001), "decoy", KEY),
            c("단지명", N, "VARCHAR", [x[0] for x in cx], "business"),
            c("관리사무소전화", N, "VARCHAR", [x[1] for x in cx], "business"),
            c("사업자등록번호", N, "VARCHAR", [x[2] for x in cx], "business", CHECK),
            c("동", N, "VARCHAR", g.col(lambda: str(g.rnd.randint(101, 118))), "decoy", UNIT),
            c("호", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 25)}0{g.rnd.randint(1, 4)}"), "decoy", UNIT),
            c("입주자명", "person_name", "VARCHAR", [r[0] for r in resident]),
            c("입주자연락처", "phone", "VARCHAR", [r[1] for r in resident]),
            c("입주자이메일", "email", "VARCHAR", g.col(lambda: v.latin_email(g, v.DOMAINS["ko"]), 0.75), HEAVY),
            c(
                "앱아이디",
                USERNAME,
                "VARCHAR",
                g.col(
                    lambda: (
                        g.rnd.choice(["dlwlgh", "parksy", "kimmj", "choihw", "jungsa"]) + str(g.rnd.randint(10, 9999))
                    ),
                    0.45,
                ),
                USER,
            ),
            c("차량번호", N, "VARCHAR", g.col(plate), "decoy", VEHICLE),
            c("방문자명", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ko"), 0.4), ROLE),
            c("방문자연락처", "phone", "VARCHAR", g.phones("KR", {"national": 0.8, "digits": 0.2}, 1.0, 0.3), ROLE),
            c("방문목적", N, "VARCHAR", purposes, "decoy"),
            c("입차시각", N, "TIMESTAMP", starts, "decoy", EVENT),
            c("출차시각", N, "TIMESTAMP", _later(g, starts, 10, 60 * 30, 0.1), "decoy", EVENT),
            c(
                "주차위치",
                N,
                "VARCHAR",
                g.col(lambda: f"B{g.rnd.randint(1, 3)}-{g.rnd.randint(1, 420)}", 0.2),
                "decoy",
                UNIT,
            ),
            c("근무경비원", "person_name", "VARCHAR", g.col(g.pick(guards)), STAFF),
            c("사전등록", N, "BOOLEAN", g.yn(True, False, 0.6), "decoy"),
            c(
                "공동현관비밀번호",
                N,
                "VARCHAR",
                [f"#{g.digits(4)}*" if p == "이사" else None for p in purposes],
                "decoy",
                CREDENTIAL,
            ),
            c("인식ID", N, "VARCHAR", g.col(lambda: g.code("LPR-99999999")), "decoy", DEVICE),
            c("인식정확도", N, "DOUBLE", g.floats(0.7, 0.999, 3), "decoy"),
            c("비고", "free_text", "VARCHAR", g.sparse(remark, 0.8, ("", "없음", "-")), NULLWORD),
        ],
    )


def petah_tikva_entry_permits(g: Gen) -> Table:
    """A Petah Tikva high-tech campus security office's entry permits for contractors and visitors (Hebrew column
    names in Hebrew script): the permit number, first and family name, Israeli ID number (``national_id``, check
    digit), birth date, mobile, e-mail, the company and its company number (``none``), the vehicle (``none``), the
    permit type and validity, the zones, the escort and the security officer (staff), the town and street of
    residence, an emergency contact (mixed kinds), the security check's result, the tag number, a remark and the
    creating login."""
    pairs = [v.person(g, "he") for _ in range(g.rows)]
    companies = [(name, v.il_company(g)) for name in v.IL_COMPANIES]
    company = [g.rnd.choice(companies) for _ in range(g.rows)]
    escorts = _staff(g, 6, lambda x: v.whole(x, "he"))
    officers = _staff(g, 2, lambda x: v.whole(x, "he"))
    logins = _logins(g, 3, "us", 1)
    starts = g.days("2025-01-01", "2025-11-30")

    def remark() -> str:
        return g.rnd.choice(
            [
                f"בליווי {v.whole(g, 'he')} בלבד",
                "אישור עבודה בגובה בתוקף",
                "לא לאפשר כניסה לחדר שרתים",
                f"מחליף את {v.given(g, 'he')} מאותה חברה",
            ]
        )

    def emergency() -> str | None:
        if g.rnd.random() < 0.55:
            return None
        r = g.rnd.random()
        if r < 0.4:
            return f"{v.whole(g, 'he')} {g.phone('IL', 'national')}"
        if r < 0.8:
            return g.phone("IL", "national")
        return v.whole(g, "he")

    return Table(
        "אבטחה.אישורי_כניסה",
        "he",
        "native",
        [
            c("מספר_אישור", N, "INTEGER", g.keys(31_001), "decoy", KEY),
            c("שם_פרטי", "first_name", "VARCHAR", [a for a, _ in pairs]),
            c("שם_משפחה", "last_name", "VARCHAR", [b for _, b in pairs]),
            c("מספר_זהות", "national_id", "VARCHAR", g.col(lambda: v.il_idnr(g), 0.05)),
            c("תאריך_לידה", "date_of_birth", "DATE", g.col(lambda: g.birth(1958, 2006), 0.4)),
            c(
                "טלפון_נייד",
                "phone",
                "VARCHAR",
                g.phones("IL", {"national": 0.7, "digits": 0.2, "intl": 0.1}, 1.0, 0.05),
            ),
            c("דואר_אלקטרוני", "email", "VARCHAR", g.col(lambda: v.latin_email(g, v.DOMAINS["he"]), 0.45)),
            c("חברה", N, "VARCHAR", [x[0] for x in company], "business"),
            c("ח_פ_חברה", N, "VARCHAR", [x[1] for x in company], "business", CHECK),
            c(
                "מספר_רכב",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.rnd.randint(10, 999)}-{g.rnd.randint(10, 99)}-{g.rnd.randint(100, 999)}", 0.5),
                "decoy",
                VEHICLE,
            ),
            c("סוג_אישור", N, "VARCHAR", g.col(g.pick(["קבלן", "קבלן", "מבקר", "ספק", "עובד זמני"])), "decoy"),
            c("תוקף_מ", N, "DATE", starts, "decoy"),
            c("תוקף_עד", N, "DATE", [s + timedelta(days=g.rnd.choice([1, 7, 30, 90, 365])) for s in starts], "decoy"),
            c("אזורים", N, "VARCHAR", g.col(g.pick(["לובי", "לובי;קומה 3", "חניון;מחסן", "חדר שרתים"])), "decoy"),
            c("מלווה", "person_name", "VARCHAR", g.col(g.pick(escorts), 0.3), STAFF, ROLE),
            c("קצין_ביטחון", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
            c("עיר_מגורים", "city", "VARCHAR", g.col(g.pick(v.IL_TOWNS), 0.1)),
            c("כתובת_מגורים", "street_address", "VARCHAR", g.col(lambda: v.il_street(g), 0.6), HEAVY),
            c("איש_קשר_לחירום", "free_text", "VARCHAR", [emergency() for _ in range(g.rows)], MIXED, HEAVY),
            c("בדיקה_ביטחונית", N, "VARCHAR", g.col(g.pick(["אושר", "אושר", "ממתין", "נדחה"])), "decoy"),
            c("מספר_תג", N, "VARCHAR", g.col(lambda: g.code("T-9999")), "decoy", BADGE),
            c("הערות", "free_text", "VARCHAR", g.sparse(remark, 0.8, ("", "אין", "-")), NULLWORD),
            c("נוצר_על_ידי", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
        ],
    )


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (manchester_cardholders, 900),
    (cambridge_visitor_kiosk, 1_100),
    (melbourne_cctv_incidents, 700),
    (dallas_alarm_keyholders, 800),
    (seattle_smartlock_codes, 1_200),
    (galway_keycard_log, 900),
    (toronto_gym_door_events, 1_500),
    (auckland_cowork_members, 600),
    (bristol_anpr_reads, 1_400),
    (hamburg_guard_rota, 700),
    (groningen_locker_rentals, 650),
    (goteborg_brf_tags, 500),
    (tokyo_datacenter_entries, 600),
    (seongnam_visitor_vehicles, 900),
    (petah_tikva_entry_permits, 550),
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
