"""Held-out set v26 for the column classifier: 20 tables of data *as it arrives in a warehouse*, 17 in English and
three in Portuguese (Brazil), Japanese (romanized column names, Japanese values) and Polish, in domains v24 and v25
did not use: Debezium change events of a food-delivery app's customers and that app's wide orders mart, Stripe
charges and HubSpot contacts synced by Fivetran, Shopify customers and a fitness wearable's API synced by Airbyte, a
bookstore chain's DB2 loyalty file, a moving company's SAP customer master, a vet clinic, a wedding venue, a blood
bank, a state court's e-filing, a public library, a voter file, a parking operator, a crowdfunding platform, a
marketplace's payouts to its sellers, a Brazilian courier register, a Japanese fitness club's members and a Polish web
shop's customers.

Written **blind**, like v2 to v25: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how the
scorer registers a set (``heldout_v2_accuracy.py``), the *structure* and labeling conventions of v25
(``heldout_v25.py``, ``heldout_v25_values.py``, its test, ``tests/heldout_support.py``), the module docstrings of v24
and v25 (to avoid their domains) and the ``Column``/``Table`` classes and writer they build on. The classifier was not
run on this set while it was written, no scorer was run on it, and no score of any set was looked at: nothing here was
adjusted to what the classifier does. It was written under a short deadline (55 minutes, the tests and lint
included), so some labels below are quick decisions rather than settled conventions. Like v25 it imports no earlier
set's value module: its random source, name lists, streets, cities, companies and identifier builders are its own
(:mod:`benchmarks.classification.heldout_v26_values`; the generic ``Gen`` helpers were copied from v25's, the lists
are new: the US Midwest and South, Brazil's Northeast, Hokkaido to Kyushu, northern and eastern Poland; the US
customer base mixes names of Anglo, Hispanic, South Asian, East Asian, African, Eastern European and Arabic origin).

What is new against v2 to v25:

* change data capture (tag ``cdc``): ``cdc.dbz_customers`` is a Debezium topic flattened by the sink: ``op``
  (``c``/``r``/``u``/``d``), ``ts_ms``, ``source_lsn``, ``source_txid`` and ``before_*``/``after_*`` images of the
  name, e-mail, phone and address. Creates and snapshot reads have no before image, so every ``before_*`` column is
  mostly NULL (``null_heavy``); deletes have no after image;
* ELT syncs (tag ``elt_meta`` for the tool's own columns, all ``none``; tag ``source_api`` for columns keeping the
  source API's names): ``_fivetran_synced``, ``_fivetran_deleted``, ``_airbyte_raw_id``, ``_airbyte_extracted_at``,
  ``_airbyte_meta`` (a JSON document with no personal data); Stripe's ``billing_detail_address_postal_code``,
  ``payment_method_details_card_last_4``; HubSpot's ``property_firstname``, ``property_ip_city``,
  ``property_mobilephone``; a wearable app's camel case (``startLat``, ``userDisplayName``, ``userBirthday``,
  ``clientIp``, ``emergencyContact``);
* a wide one-big-table mart (tag ``obt``): ``mart.obt_orders`` puts ``customer_*`` (personal), ``courier_*``,
  ``merchant_*`` (business: name, address, phone, coordinates) and ``agent_*`` (support staff, few) on one row;
* legacy names (tag ``mainframe``): a DB2 file with 6-8 character names (``CUSTNM``, ``CSTEML``, ``BRTHDT`` as an
  ``INTEGER`` ``YYYYMMDD``, ``PHNNBR``, ``ADDRL1``, ``ADDRL2``, ``CITYNM``, ``ZIPCD``, ``CRDNBR``, ``UPDUSR``) and
  SAP's ``KNA1`` (``KUNNR``, ``NAME1``, ``NAME2``, ``SORTL``, ``STRAS``, ``PSTLZ``, ``ORT01``, ``TELF1``, ``ERNAM``);
* JSON in cells: objects holding a person's data are ``free_text`` (tag ``json_blob``: Stripe ``metadata`` with a
  gift recipient, Shopify ``default_address``, a wearable's ``emergencyContact``, a pledge's ``shipping_address``);
  ``addresses`` is a JSON *array* of address objects (also ``free_text``, tag ``multi_value``); JSON with no personal
  data is ``none`` (tag ``json_plain``: ``_airbyte_meta``, ``interest_tags``);
* several values in a cell (tag ``multi_value``): a wedding's ``guest_list`` and a case's ``party_names``
  (``;``-separated names, ``person_name``), a court's ``service_list`` (a JSON array of e-mail addresses: ``email``,
  since every value in it is of that one kind);
* dirt: mostly NULL columns (``null_heavy``), columns of mostly empty strings and NULL words (``nullword_heavy``),
  and personal columns some of whose cells are placeholders (tag ``placeholder``: ``test@test.com``,
  ``TEST@TEST.COM``, ``noemail@noemail.com``, ``0000000000``, ``000-00-0000``); the placeholders are in
  :data:`NULLISH`, the column keeps the kind of its real values;
* values that are *not* the personal value (all ``none``): hashes (``customer_email_sha256``, ``pin_sha256``, a
  card fingerprint; tag ``hashed``), processor tokens (``tok_``, ``pm_``, ``ba_``; tag ``tokenized``), masked cards
  (``****1234``, ``XXXX-XXXX-XXXX-1234``; tag ``masked``), last four digits of an SSN or a bank account (tag
  ``partial``);
* decoys (tag ``decoy``; ``value_shape`` when shaped like a personal or identifying value): order numbers, case,
  citation and booking references, ISBN-13 lists and ISBNs, IMEIs passing Luhn, VINs with their check digit, a
  wearable's Bluetooth MAC, UUIDs (a Brazilian Pix key of the random kind), ISBT-shaped donation numbers, microchip
  numbers, ABA routing numbers, a Polish company NIP, licence plates (tag ``vehicle``), a pet's name and birth date
  (tag ``pet``), rooms, products, restaurants and a caterer named after people, the coordinates of restaurants,
  garages, blood drives and library branches (``business``);
* identifiers with check digits (python-stdnum): a US SSN (``ssn``), the Brazilian CPF, the Japanese My Number and
  the Polish PESEL (encoding the row's date of birth) (``national_id``), IBANs of the UK and Poland, a card number in
  clear in the legacy file (Luhn); phones of the United States, Brazil, Japan and Poland (phonenumbers); IPv4 and
  IPv6.

Labeling choices a reader may question:

* the last four digits of an SSN (``ssn_last4``, the voter file's ``ssn4``, ``payee_ssn_last4``) are ``none`` (tag
  ``partial``), like a card's last four: four digits point at nobody on their own and fit no kind. A stricter reader
  would mask them (they are sensitive when joined with a name), so this is the label most open to dispute;
* a Debezium ``before_*`` image is labeled like its ``after_*`` twin (an old e-mail address is still an e-mail
  address); ``op``, ``ts_ms`` and the source columns are ``none``;
* a JSON object holding an address, a name and a phone is ``free_text`` (no single kind fits a document of several
  kinds), even where, as in Stripe ``metadata``, only about half of the documents name a person; a JSON array of
  e-mail addresses only is ``email``;
* a hash of an e-mail, a card fingerprint, a PIN hash and processor tokens are ``none``: the personal value is not
  in the column (a join on it may still re-identify: that is out of this set's scope);
* ``payee_tin`` holds full SSNs: ``ssn`` (tag ``misleading``); a Japanese My Number and a PESEL are ``national_id``;
  a Polish company NIP is ``none`` (a business's number, though a sole trader's NIP points at a person);
* SAP's ``SORTL`` (the search term: the family name in capitals, cut to ten characters) is ``last_name``; ``NAME2``
  (``c/o`` a person, mostly empty) is ``person_name``; HubSpot's ``property_ip_city`` (the contact's city guessed
  from the IP) is ``city``;
* a voter's ``birth_year`` alone is ``date_of_birth`` (like the parts of a split date of birth in earlier sets);
  ``middle_name`` is ``first_name``; ``party_cd`` is ``none`` (sensitive, but not one of the kinds); the voter
  registration number is a join key (``none``);
* a pet's name and birth date and a microchip number are ``none``; the owner's name and contact are personal;
* couriers, campaign creators, sellers receiving payouts, wedding partners, attorneys, guardians and registered
  vehicle owners are people (``person_name`` or ``first_name``; tag ``role_word``); the venue's planner, the clinic's
  vets and technicians, phlebotomists (surnames only: ``last_name``), judges, parking officers, support agents, a
  coworking space's community managers, a Japanese club's staff and a Polish shop's account managers are staff
  (tag ``staff``, few distinct values);
* a bar number and a parking officer's badge are ``none`` (tag ``provider_id``); a licence plate and a VIN are
  ``none`` (tag ``vehicle``), the registered owner's name and address are personal;
* coordinates of a customer's drop-off and of a workout's start and end are ``unclassified`` (tag ``person_geo``);
  coordinates of restaurants, garages, blood drives and library branches are ``none``;
* a Brazilian Pix key is ``none`` here because every key in the column is a random (``EVP``) key, a UUID; a Pix key
  that is a CPF, an e-mail or a phone would be personal;
* notes naming people are ``free_text`` (``delivery_instructions``, ``soap_notes``, ``special_requests``,
  ``donor_comments``, ``appeal_text``, ``backer_comment``, ``note``, ``observacoes``, ``biko``, ``uwagi``).

Labeling rules otherwise as v2 to v25 (see :mod:`benchmarks.classification.heldout_v25`): a business's address,
phone, postal code and city are ``none`` (tag ``business``); staff names are ``person_name`` (a first name or family
name alone ``first_name`` or ``last_name``); a login is ``unclassified`` (tag ``username``), a service account or a
batch program ``none``. ``null_heavy`` means 50-95% NULL, ``nullword_heavy`` 70-95% NULL words.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets, cities
and companies of :mod:`benchmarks.classification.heldout_v26_values`, written for v26 (no Faker, no list of real
people, no breach data). Build: ``python -m benchmarks.classification.heldout_v26 [PATH]`` (default
``/tmp/heldout_v26.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v26``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v26_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v26_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v26.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings, placeholders and empty strings (few real NULLs)
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
VEHICLE = "vehicle"
MISLEADING = "misleading"
STAFF = "staff"  # staff named in a column with few distinct values
ROLE = "role_word"  # a role word (courier, planner, attorney, judge, guardian, payee ...) holding people
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
SERVICE = "service_account"  # an audit column holding only service accounts or job names (none)
PREMISES = "premises"  # a customer's home named as a drop-off, premise or residence
KEY = "join_key"  # an id, key, surrogate key, UUID or API object id that joins tables (none)
ROLE_EMAIL = "role_email"  # a role-named column holding people's e-mail addresses
HASHED = "hashed"  # a hash of a personal value (none: the value itself is not there)
MULTI = "multi_value"  # several names, e-mail addresses or phones in one cell (a list or a JSON array)
JSON = "json_blob"  # a JSON document in a cell holding personal data (free_text)
JSON_PLAIN = "json_plain"  # a JSON document in a cell holding no personal data (none)
GEO = "person_geo"  # coordinates of a person's home, drop-off or workout (unclassified)
LEGACY = "mainframe"  # SCREAMING 6-8 character names of a DB2 / Oracle / SAP extract
CDC = "cdc"  # a column of a Debezium change event (before_* / after_* image, op, ts_ms, source_*)
ELT = "elt_meta"  # a column an ELT tool adds (_fivetran_*, _airbyte_*): none
SOURCE_API = "source_api"  # a column keeping the name of the source API (Stripe, Shopify, HubSpot, camelCase apps)
OBT = "obt"  # a column of a wide denormalized mart (customer_*, courier_*, merchant_*, agent_* on one row)
PLACEHOLDER = "placeholder"  # a personal column some of whose cells are placeholders (test@test.com, 000-00-0000)
TOKEN = "tokenized"  # a processor's token (tok_, pm_, ba_ ...): none
MASKED = "masked"  # a masked value (****1234): none
PARTIAL = "partial"  # the last four digits of an SSN or account: none (see the module docstring)
PET = "pet"  # an animal's name or birth date: none
PROVIDER = "provider_id"  # a bar number or badge of a professional (none)

COMPANIES = v.COMPANY_NAMES
#: a person's location: no kind fits, a reviewer should pin it (masked)
REVIEW = "unclassified"


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a", "N/A", "null", "none") + extra


def _staff(g: Gen, n: int, make: Callable[[Gen], str] = v.whole) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _logins(g: Gen, n: int, style: int) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.login(*v.person(g), style))
    return sorted(out)


def _dirty(g: Gen, values: list, share: float, placeholders: list[str]) -> list:
    """``values`` with ``share`` of the non-NULL cells replaced by a placeholder (a NULL word of the set)."""
    return [g.rnd.choice(placeholders) if x is not None and g.rnd.random() < share else x for x in values]


def _mdy(d: date) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def _masked(g: Gen) -> str:
    return g.rnd.choice(["****", "**** **** **** ", "XXXX-XXXX-XXXX-", "•••• "]) + g.digits(4)


# -- a food-delivery app: Debezium change events and the orders mart ---------------------------------------------------


def cdc_customers(g: Gen) -> Table:
    """Debezium change events of a food-delivery app's ``customers`` table, flattened by the sink: ``op`` (``c``,
    ``r``, ``u``, ``d``), ``ts_ms``, the source LSN and transaction, then the before and after image of each column.
    Creates and snapshot reads have no before image (so every ``before_*`` column is mostly NULL), deletes no after
    image. Both images of a personal column are labeled with its kind."""
    ops = [g.rnd.choices("crud", [0.33, 0.27, 0.35, 0.05])[0] for _ in range(g.rows)]
    ids = [g.rnd.randint(100_000, 999_999) for _ in range(g.rows)]
    pairs = [v.person(g) for _ in range(g.rows)]
    names = [f"{a} {b}" for a, b in pairs]
    mails = [v.email_of(g, a, b, v.PERSONAL_DOMAINS) for a, b in pairs]
    phones = [g.phone("US", g.rnd.choice(["e164", "national"])) for _ in range(g.rows)]
    homes = [v.us_street(g) for _ in range(g.rows)]

    def image(values: list, side: str, change: Callable[[], object]) -> list:
        out = []
        for op, x in zip(ops, values):
            if (side == "before" and op in "cr") or (side == "after" and op == "d"):
                out.append(None)
            elif side == "after" and op == "u" and g.rnd.random() < 0.4:
                out.append(change())
            else:
                out.append(x)
        return out

    stamps = [g.moment("2025-09-01", "2025-11-30") for _ in range(g.rows)]
    return Table("cdc.dbz_customers", "en", "snake", [
        c("op", N, "VARCHAR", ops, "decoy", CDC),
        c("ts_ms", N, "BIGINT", [int(s.timestamp() * 1000) + g.rnd.randint(0, 999) for s in stamps], "decoy", CDC),
        c("source_lsn", N, "VARCHAR", g.col(lambda: g.code("0/xxxxxxxx").upper()), "decoy", CDC),
        c("source_txid", N, "BIGINT", g.ints(8_000_000, 9_999_999), "decoy", CDC),
        c("before_customer_id", N, "BIGINT", image(ids, "before", lambda: 0), "decoy", KEY, CDC),
        c("after_customer_id", N, "BIGINT", image(ids, "after", lambda: 0), "decoy", KEY, CDC),
        c("before_full_name", "person_name", "VARCHAR", image(names, "before", lambda: ""), CDC, HEAVY),
        c("after_full_name", "person_name", "VARCHAR", image(names, "after", lambda: v.whole(g)), CDC),
        c("before_email", "email", "VARCHAR", image(mails, "before", lambda: ""), CDC, HEAVY),
        c("after_email", "email", "VARCHAR", image(mails, "after", lambda: v.email(g)), CDC),
        c("before_phone", "phone", "VARCHAR", image(phones, "before", lambda: ""), CDC, HEAVY),
        c("after_phone", "phone", "VARCHAR", image(phones, "after", lambda: g.phone("US")), CDC),
        c("before_default_address", "street_address", "VARCHAR", image(homes, "before", lambda: ""), CDC, HEAVY,
          PREMISES),
        c("after_default_address", "street_address", "VARCHAR", image(homes, "after", lambda: v.us_street(g)), CDC,
          PREMISES),
        c("after_marketing_opt_in", N, "BOOLEAN", g.yn(True, False, 0.4), "decoy", CDC),
        c("after_updated_at", N, "TIMESTAMP", stamps, "decoy", CDC),
    ])


def obt_orders(g: Gen) -> Table:
    """The food-delivery app's wide orders mart (one big table): the order, the customer (``customer_*``: name,
    e-mail, phone, drop-off address, ZIP and coordinates, sign-up IP, a hash of the e-mail), the courier
    (``courier_*``: first name), the restaurant (``merchant_*``: business), the support agent who handled a ticket
    (``agent_*``: few), delivery instructions naming people."""
    agents = [v.person(g) for _ in range(5)]
    places = [v.us_city(g) for _ in range(g.rows)]
    drops = [v.near(g, p) for p in places]
    shops = [(g.rnd.choice(COMPANIES[:12]), v.office_street(g), v.office_phone(g), *v.near(g, v.us_city(g), 4))
             for _ in range(30)]
    shop = [g.rnd.choice(shops) for _ in range(g.rows)]
    agent = [g.rnd.choice(agents) if g.rnd.random() < 0.35 else None for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Leave with doorman {v.given(g)}", "Gate code 4471#, ring twice",
                             f"Call {v.given(g)} on arrival, buzzer broken", "Back entrance by the garage",
                             f"For {v.whole(g)} at front desk, 3rd floor"])

    return Table("mart.obt_orders", "en", "snake", [
        c("order_id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OBT),
        c("order_number", N, "VARCHAR", g.col(lambda: g.code("FD-99999999")), "decoy", SHAPE, OBT),
        c("ordered_at", N, "TIMESTAMP", g.moments("2025-08-01", "2025-11-30"), "decoy", OBT),
        c("customer_id", N, "BIGINT", g.ints(100_000, 999_999), "decoy", KEY, OBT),
        c("customer_full_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g)), OBT),
        c("customer_email", "email", "VARCHAR", _dirty(g, g.col(lambda: v.email(g)), 0.03, ["test@test.com"]), OBT,
          PLACEHOLDER),
        c("customer_email_sha256", N, "VARCHAR", g.col(g.sha256), "decoy", HASHED, OBT),
        c("customer_phone", "phone", "VARCHAR", g.phones("US", {"e164": 0.7, "national": 0.3}), OBT),
        c("customer_dropoff_address", "street_address", "VARCHAR", g.col(lambda: v.us_street(g)), OBT, PREMISES),
        c("customer_dropoff_zip", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in places], OBT, PREMISES),
        c("customer_dropoff_lat", REVIEW, "DOUBLE", [d[0] for d in drops], OBT, GEO),
        c("customer_dropoff_lng", REVIEW, "DOUBLE", [d[1] for d in drops], OBT, GEO),
        c("customer_signup_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.35), 0.1), OBT),
        c("courier_id", N, "BIGINT", g.ints(5_000, 9_999), "decoy", KEY, OBT),
        c("courier_first_name", "first_name", "VARCHAR", g.col(lambda: v.given(g)), ROLE, OBT),
        c("merchant_id", N, "INTEGER", g.ints(100, 999), "decoy", KEY, OBT),
        c("merchant_name", N, "VARCHAR", [s[0] for s in shop], "business", SHAPE, OBT),
        c("merchant_address", N, "VARCHAR", [s[1] for s in shop], "business", OBT),
        c("merchant_phone", N, "VARCHAR", [s[2] for s in shop], "business", OBT),
        c("merchant_lat", N, "DOUBLE", [s[3] for s in shop], "business", OBT),
        c("merchant_lng", N, "DOUBLE", [s[4] for s in shop], "business", OBT),
        c("agent_name", "person_name", "VARCHAR", [f"{a[0]} {a[1]}" if a else None for a in agent], STAFF, ROLE,
          OBT),
        c("agent_email", "email", "VARCHAR", [v.work_email(*a, "help.dashfeast.com") if a else None for a in agent],
          ROLE_EMAIL, OBT),
        c("delivery_instructions", "free_text", "VARCHAR", g.col(note, 0.45), OBT),
    ])


# -- ELT syncs: Stripe via Fivetran, Shopify via Airbyte, HubSpot via Fivetran ----------------------------------------


def stripe_charge(g: Gen) -> Table:
    """Stripe charges synced by Fivetran (Stripe's own column names): ``ch_`` and ``cus_`` ids, the billing details
    (name, e-mail, phone, address line, postal code, city), the receipt e-mail (some ``test@test.com``), the payment
    method token, card brand, last four digits and fingerprint (none), a metadata JSON with a gift recipient's name,
    the statement descriptor, Fivetran's columns."""
    places = [v.us_city(g) for _ in range(g.rows)]

    def metadata() -> str:
        doc = {"order_id": g.code("BK-9999999"), "store": g.rnd.choice(["web", "ios", "pos-0142"])}
        if g.rnd.random() < 0.5:
            doc["gift_recipient"] = v.whole(g)
            doc["gift_message"] = g.rnd.choice(["Happy birthday!", "Congrats on the new job", "Love, Mom"])
        return json.dumps(doc)

    return Table("stripe.charge", "en", "snake", [
        c("id", N, "VARCHAR", g.col(lambda: v.token(g, "ch_3")), "decoy", KEY, SOURCE_API),
        c("customer_id", N, "VARCHAR", g.col(lambda: v.token(g, "cus_", 14), 0.15), "decoy", KEY, SOURCE_API),
        c("amount", N, "BIGINT", g.ints(500, 25_000), "decoy", SOURCE_API),
        c("currency", N, "VARCHAR", g.col(g.pick(["usd", "usd", "cad"])), "decoy", SOURCE_API),
        c("created", N, "TIMESTAMP", g.moments("2025-07-01", "2025-11-30"), "decoy", SOURCE_API),
        c("billing_detail_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.05), SOURCE_API),
        c("billing_detail_email", "email", "VARCHAR", g.col(lambda: v.email(g), 0.3), SOURCE_API),
        c("billing_detail_phone", "phone", "VARCHAR", g.phones("US", {"e164": 1.0}, 1.0, 0.7), SOURCE_API, HEAVY),
        c("billing_detail_address_line_1", "street_address", "VARCHAR", g.col(lambda: v.us_street(g), 0.2),
          SOURCE_API),
        c("billing_detail_address_postal_code", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in places],
          SOURCE_API),
        c("billing_detail_address_city", "city", "VARCHAR", [p[0] for p in places], SOURCE_API),
        c("billing_detail_address_country", N, "VARCHAR", g.col(g.pick(["US", "US", "CA"])), "decoy"),
        c("receipt_email", "email", "VARCHAR", _dirty(g, g.col(lambda: v.email(g), 0.2), 0.05,
                                                      ["test@test.com", "noemail@noemail.com"]), PLACEHOLDER),
        c("payment_method", N, "VARCHAR", g.col(lambda: v.token(g, "pm_1")), "decoy", TOKEN),
        c("payment_method_details_card_brand", N, "VARCHAR", g.col(g.pick(["visa", "mastercard", "amex"])), "decoy"),
        c("payment_method_details_card_last_4", N, "VARCHAR", g.col(lambda: g.digits(4)), "decoy", MASKED, SHAPE),
        c("payment_method_details_card_fingerprint", N, "VARCHAR", g.col(lambda: v.token(g, "", 16)), "decoy",
          HASHED),
        c("metadata", "free_text", "VARCHAR", g.col(metadata, 0.1), JSON),
        c("statement_descriptor", N, "VARCHAR", g.col(g.pick(["MARCHBANK BOOKS", "MARCHBANK*ONLINE"])), "business"),
        c("_fivetran_synced", N, "TIMESTAMP", g.moments("2025-11-30", "2025-11-30"), "decoy", ELT),
    ])


def shopify_customers(g: Gen) -> Table:
    """A bookstore chain's Shopify customers synced by Airbyte (destinations v2 columns): the raw id, extraction time
    and meta JSON (none), the customer's e-mail (some placeholders), names, phone, the default address as a JSON object
    (name, address, city, zip, phone: ``free_text``), every address as a JSON array (``free_text``), tags, counts,
    the staff note naming people."""
    places = [v.us_city(g) for _ in range(g.rows)]
    pairs = [v.person(g) for _ in range(g.rows)]

    def address(i: int) -> dict:
        a, b = pairs[i]
        p = places[i]
        return {"first_name": a, "last_name": b, "address1": v.us_street(g), "city": p[0], "province_code": p[1],
                "zip": v.us_zip(g, p[2]), "country_code": "US", "phone": g.phone("US", "national"), "default": True}

    defaults = [address(i) if g.rnd.random() < 0.85 else None for i in range(g.rows)]

    def every(i: int) -> str:
        extra = [address(i) for _ in range(g.rnd.randint(0, 2))]
        return json.dumps(([defaults[i]] if defaults[i] else []) + extra)

    def note() -> str:
        return g.rnd.choice([f"Signed copies reserved, pick up by {v.given(g)}", "Prefers store pickup",
                             f"Gift card from {v.whole(g)}", "Teacher discount verified"])

    return Table("airbyte_shopify.customers", "en", "snake", [
        c("_airbyte_raw_id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, ELT),
        c("_airbyte_extracted_at", N, "TIMESTAMP", g.moments("2025-11-29", "2025-11-30"), "decoy", ELT),
        c("_airbyte_meta", N, "VARCHAR", g.col(lambda: json.dumps({"changes": [], "sync_id": g.rnd.randint(
            9000, 9400)})), "decoy", ELT, JSON_PLAIN),
        c("id", N, "BIGINT", g.keys(7_311_450_000_001, 7), "decoy", KEY, SOURCE_API),
        c("email", "email", "VARCHAR", _dirty(g, [v.email_of(g, a, b, v.PERSONAL_DOMAINS) for a, b in pairs], 0.04,
                                              ["test@test.com", "none@none.com"]), PLACEHOLDER),
        c("first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("phone", "phone", "VARCHAR", g.phones("US", {"e164": 1.0}, 1.0, 0.6), HEAVY),
        c("default_address", "free_text", "VARCHAR", [json.dumps(d) if d else None for d in defaults], JSON),
        c("addresses", "free_text", "VARCHAR", [every(i) for i in range(g.rows)], JSON, MULTI),
        c("tags", N, "VARCHAR", g.col(g.pick(["", "vip", "book-club, vip", "educator", "wholesale, net30"])), "decoy"),
        c("accepts_marketing", N, "BOOLEAN", g.yn(True, False, 0.55), "decoy", SOURCE_API),
        c("orders_count", N, "INTEGER", g.ints(0, 60), "decoy", SOURCE_API),
        c("total_spent", N, "VARCHAR", [f"{x:.2f}" for x in g.amounts(0, 2400)], "decoy", SOURCE_API),
        c("note", "free_text", "VARCHAR", g.sparse(note, 0.82, _words()), NULLWORD),
        c("state", N, "VARCHAR", g.col(g.pick(["enabled", "disabled", "invited"])), "decoy"),
        c("last_order_name", N, "VARCHAR", g.col(lambda: f"#{g.rnd.randint(1001, 99999)}", 0.2), "decoy", SHAPE),
    ])


def hubspot_contact(g: Gen) -> Table:
    """A coworking space's HubSpot contacts synced by Fivetran (``property_*`` columns keep HubSpot's internal names):
    first and last name, e-mail, phone and mobile, company and job title (none), the city HubSpot derives from the
    IP (``property_ip_city``), ZIP, the owner id, the community manager who gave the tour (few first names), the desk
    type, analytics source and referrer, Fivetran's columns."""
    managers = _staff(g, 4, v.given)
    places = [v.us_city(g) for _ in range(g.rows)]
    pairs = [v.person(g) for _ in range(g.rows)]
    return Table("fivetran_hubspot.contact", "en", "snake", [
        c("id", N, "BIGINT", g.keys(51_000_001, 3), "decoy", KEY, SOURCE_API),
        c("property_firstname", "first_name", "VARCHAR", [a for a, _ in pairs], SOURCE_API),
        c("property_lastname", "last_name", "VARCHAR", [b if g.rnd.random() < 0.9 else None for _, b in pairs],
          SOURCE_API),
        c("property_email", "email", "VARCHAR", [v.email_of(g, a, b, v.PERSONAL_DOMAINS + ["nettletongill.com"])
                                                 for a, b in pairs], SOURCE_API),
        c("property_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.4, "dashes": 0.3, "dots": 0.3}, 0.3,
                                                          0.3), SOURCE_API),
        c("property_mobilephone", "phone", "VARCHAR", g.phones("US", {"e164": 1.0}, 1.0, 0.75), SOURCE_API, HEAVY),
        c("property_company", N, "VARCHAR", g.col(g.pick(COMPANIES), 0.3), "decoy", SHAPE),
        c("property_jobtitle", N, "VARCHAR", g.col(g.pick(["Founder", "Designer", "Consultant", "Attorney"]), 0.4),
          "decoy"),
        c("property_ip_city", "city", "VARCHAR", [p[0] for p in places], SOURCE_API),
        c("property_zip", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) if g.rnd.random() < 0.6 else None
                                                     for p in places], SOURCE_API),
        c("property_hubspot_owner_id", N, "VARCHAR", g.col(g.pick(["41822907", "41822911", "52007310"])), "decoy",
          KEY),
        c("property_tour_booked_with", "first_name", "VARCHAR", g.col(g.pick(managers), 0.3), STAFF, ROLE),
        c("property_desk_type", N, "VARCHAR", g.col(g.pick(["Hot desk", "Dedicated desk", "Private office"])),
          "decoy"),
        c("property_hs_analytics_source", N, "VARCHAR", g.col(g.pick(["ORGANIC_SEARCH", "PAID_SOCIAL", "DIRECT"])),
          "decoy", SOURCE_API),
        c("_fivetran_synced", N, "TIMESTAMP", g.moments("2025-11-30", "2025-11-30"), "decoy", ELT),
        c("_fivetran_deleted", N, "BOOLEAN", g.yn(True, False, 0.02), "decoy", ELT),
    ])


# -- legacy extracts: a bookstore chain's DB2 loyalty file, a moving company's SAP customer master ---------------------


def db2_loyalty(g: Gen) -> Table:
    """A bookstore chain's loyalty members from its DB2 system (SCREAMING names of 6-8 characters): member number,
    name ``LAST FIRST``, e-mail in capitals, birth date as an ``INTEGER`` ``YYYYMMDD``, phone digits, two address
    lines, city, state, ZIP+4 digits, a card number kept in clear by the old POS (mostly NULL), its expiry, points,
    tier, home store, the last update's user and program."""
    places = [v.us_city(g) for _ in range(g.rows)]
    users = _logins(g, 4, 2)
    return Table("BKSLOY.LOYMBR", "en", "screaming", [
        c("LOYNBR", N, "VARCHAR", g.col(lambda: "6" + g.digits(11)), "decoy", KEY, LEGACY),
        c("CUSTNM", "person_name", "VARCHAR", g.col(lambda: " ".join(reversed(v.person(g))).upper()), LEGACY,
          ABBREV),
        c("CSTEML", "email", "VARCHAR", _dirty(g, g.col(lambda: v.email(g).upper(), 0.25), 0.04, ["TEST@TEST.COM"]),
          LEGACY, ABBREV, PLACEHOLDER),
        c("BRTHDT", "date_of_birth", "INTEGER", g.col(lambda: int(g.birth(1938, 2007).strftime("%Y%m%d")), 0.2),
          LEGACY, ABBREV),
        c("PHNNBR", "phone", "VARCHAR", _dirty(g, g.phones("US", {"digits": 1.0}, 0.4, 0.2), 0.04, ["0000000000"]),
          LEGACY, ABBREV, PLACEHOLDER),
        c("ADDRL1", "street_address", "VARCHAR", g.col(lambda: v.us_street(g).upper(), 0.1), LEGACY, ABBREV),
        c("ADDRL2", "street_address", "VARCHAR", g.col(lambda: g.rnd.choice(["APT ", "UNIT ", "STE "]) + str(
            g.rnd.randint(1, 40)), 0.8), LEGACY, ABBREV, HEAVY),
        c("CITYNM", "city", "VARCHAR", [p[0].upper() for p in places], LEGACY, ABBREV),
        c("STATCD", N, "VARCHAR", [p[1] for p in places], "decoy", LEGACY),
        c("ZIPCD", "postal_code", "VARCHAR", [v.us_zip(g, p[2], 0.6).replace("-", "") for p in places], LEGACY,
          ABBREV),
        c("CRDNBR", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.6), LEGACY, ABBREV, HEAVY),
        c("CRDEXP", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 12):02d}{g.rnd.randint(26, 31)}", 0.6), "decoy",
          LEGACY),
        c("PTSBAL", N, "INTEGER", g.ints(0, 48_000), "decoy", LEGACY),
        c("TIERCD", N, "VARCHAR", g.col(g.pick(["B", "S", "G", "P"])), "decoy", LEGACY),
        c("HOMSTR", N, "VARCHAR", g.col(lambda: g.code("S0999")), "decoy", KEY, LEGACY),
        c("UPDUSR", USERNAME, "VARCHAR", g.col(g.pick([u.upper()[:8] for u in users])), USER, AUDIT, LEGACY),
        c("UPDPGM", N, "VARCHAR", g.col(g.pick(["LOYB210", "LOYN400"])), "decoy", AUDIT, SERVICE, LEGACY),
    ])


def sap_kna1(g: Gen) -> Table:
    """A moving company's SAP customer master (``KNA1`` with the e-mail of ``ADR6`` joined on): client, customer
    number, ``NAME1`` (the private customer), ``NAME2`` (a c/o person, mostly empty), the search term ``SORTL``
    (the family name in capitals), street, postal code, city, region, country, phone, e-mail, account group,
    creation date and creator, language, industry key."""
    places = [v.us_city(g) for _ in range(g.rows)]
    pairs = [v.person(g) for _ in range(g.rows)]
    creators = _logins(g, 5, 2)
    return Table("sap_ecc.KNA1", "en", "screaming", [
        c("MANDT", N, "VARCHAR", g.col(g.pick(["100"])), "decoy", LEGACY),
        c("KUNNR", N, "VARCHAR", g.col(lambda: "00" + g.digits(8)), "decoy", KEY, LEGACY),
        c("NAME1", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs], LEGACY),
        c("NAME2", "person_name", "VARCHAR", g.col(lambda: "c/o " + v.whole(g), 0.8), LEGACY, ROLE, HEAVY),
        c("SORTL", "last_name", "VARCHAR", [v.fold(b).upper()[:10] for _, b in pairs], LEGACY, ABBREV),
        c("STRAS", "street_address", "VARCHAR", g.col(lambda: v.us_street(g)), LEGACY, ABBREV),
        c("PSTLZ", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in places], LEGACY, ABBREV),
        c("ORT01", "city", "VARCHAR", [p[0] for p in places], LEGACY, ABBREV),
        c("REGIO", N, "VARCHAR", [p[1] for p in places], "decoy", LEGACY),
        c("LAND1", N, "VARCHAR", g.col(g.pick(["US"])), "decoy", LEGACY),
        c("TELF1", "phone", "VARCHAR", g.phones("US", {"dashes": 0.5, "national": 0.5}, 0.5), LEGACY, ABBREV),
        c("SMTP_ADDR", "email", "VARCHAR", [v.email_of(g, a, b, v.PERSONAL_DOMAINS) if g.rnd.random() < 0.7 else None
                                            for a, b in pairs], LEGACY, ABBREV),
        c("KTOKD", N, "VARCHAR", g.col(g.pick(["Z001", "Z002", "CPD"])), "decoy", LEGACY),
        c("ERDAT", N, "VARCHAR", g.col(lambda: g.day("2019-01-01", "2025-11-30").strftime("%Y%m%d")), "decoy",
          LEGACY),
        c("ERNAM", USERNAME, "VARCHAR", g.col(g.pick([x.upper()[:12] for x in creators])), USER, AUDIT, LEGACY),
        c("SPRAS", N, "VARCHAR", g.col(g.pick(["E", "S"])), "decoy", LEGACY),
        c("BRSCH", N, "VARCHAR", g.col(g.pick(["PRIV", "PRIV", "CORP", "MILT"])), "decoy", LEGACY),
    ])


# -- a vet clinic, a wedding venue, a blood bank -----------------------------------------------------------------------

PET_NAMES = ["Biscuit", "Winston", "Luna", "Murphy", "Rosie", "Oscar", "Penelope", "Mr. Whiskers", "Tater Tot",
             "Duchess", "Gus", "Hazel", "Ziggy", "Bailey", "Pickles", "Cleo"]


def vet_appointments(g: Gen) -> Table:
    """A veterinary clinic's appointments: the owner (first and last name, phone, e-mail, home address and ZIP) and
    the pet (name, species, breed, birth date, microchip number: none), the veterinarian (``Dr. Surname``, few),
    the technician (first names, few), SOAP notes naming the owner, the clinic's phone."""
    vets = _staff(g, 5, lambda x: "Dr. " + v.family(x))
    techs = _staff(g, 6, v.given)
    places = [v.us_city(g) for _ in range(g.rows)]

    def soap() -> str:
        return g.rnd.choice([f"Owner ({v.given(g)}) reports vomiting x2 days", "Annual wellness, vaccines current",
                             f"Dropped off by neighbor {v.whole(g)}; call owner after sedation",
                             "Dental cleaning, 2 extractions", "Limping R hind leg, rads taken"])

    return Table("vet.appointments", "en", "snake", [
        c("appt_id", N, "BIGINT", g.keys(3_300_001), "decoy", KEY),
        c("owner_first_name", "first_name", "VARCHAR", g.col(lambda: v.given(g))),
        c("owner_last_name", "last_name", "VARCHAR", g.col(lambda: v.family(g))),
        c("owner_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.6, "dashes": 0.4}, 0.8)),
        c("owner_email", "email", "VARCHAR", g.col(lambda: v.email(g), 0.25)),
        c("owner_address", "street_address", "VARCHAR", g.col(lambda: v.us_street(g), 0.1)),
        c("owner_zip", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in places]),
        c("pet_name", N, "VARCHAR", g.col(g.pick(PET_NAMES)), "decoy", PET, SHAPE),
        c("species", N, "VARCHAR", g.col(g.pick(["Canine", "Feline", "Feline", "Rabbit", "Avian"])), "decoy"),
        c("breed", N, "VARCHAR", g.col(g.pick(["Labrador Retriever", "DSH", "Beagle", "Maine Coon", "Mixed"])),
              "decoy"),
        c("pet_dob", N, "DATE", g.days("2008-01-01", "2025-06-30"), "decoy", PET),
        c("microchip_no", N, "VARCHAR", g.col(lambda: "985" + g.digits(12), 0.3), "decoy", SHAPE),
        c("attending_vet", "person_name", "VARCHAR", g.col(g.pick(vets)), STAFF, ROLE),
        c("vet_tech", "first_name", "VARCHAR", g.col(g.pick(techs)), STAFF, ROLE),
        c("visit_reason", N, "VARCHAR", g.col(g.pick(["Wellness", "Sick visit", "Dental", "Surgery", "Recheck"])),
          "decoy"),
        c("soap_notes", "free_text", "VARCHAR", g.col(soap, 0.2)),
        c("invoice_total", N, "DECIMAL(9,2)", g.amounts(45, 1_900), "decoy"),
        c("clinic_phone", N, "VARCHAR", g.col(g.pick(["(615) 555-0142", "(502) 555-0188"])), "business"),
    ])


def venue_bookings(g: Gen) -> Table:
    """A wedding and event venue's bookings: booking reference, event date, the room (named after people: decoy), the
    two partners, the primary contact's e-mail and phone, the billing address, the venue's planner (few), the guest
    list in one cell (names separated by ``;``), the caterer and its phone (business), the deposit card masked and
    tokenized (none), special requests naming people."""
    planners = _staff(g, 4)

    def guests() -> str:
        return "; ".join(v.whole(g) for _ in range(g.rnd.randint(2, 6)))

    def requests() -> str:
        return g.rnd.choice([f"Seat {v.whole(g)} away from the bar", "Gluten-free cake tier",
                             f"Grandmother {v.given(g)} uses a wheelchair, ramp access", "Sparkler exit at 10:45",
                             f"Officiant is {v.whole(g)}, needs mic"])

    return Table("venue.event_bookings", "en", "snake", [
        c("booking_ref", N, "VARCHAR", g.col(lambda: g.code("EVT-25-9999")), "decoy", SHAPE),
        c("event_date", N, "DATE", g.days("2026-03-01", "2027-10-31"), "decoy"),
        c("room", N, "VARCHAR", g.col(g.pick(v.PRODUCTS[2:5] + ["Garden Terrace"])), "decoy", SHAPE),
        c("partner_1_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g)), ROLE),
        c("partner_2_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.15), ROLE),
        c("primary_contact_email", "email", "VARCHAR", g.col(lambda: v.email(g))),
        c("primary_contact_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "e164": 0.5})),
        c("billing_address", "street_address", "VARCHAR", g.col(lambda: v.us_street(g), 0.3)),
        c("planner", "person_name", "VARCHAR", g.col(g.pick(planners)), STAFF, ROLE),
        c("guest_list", "person_name", "VARCHAR", g.col(guests, 0.6), ROLE, MULTI, HEAVY),
        c("guest_count", N, "INTEGER", g.ints(20, 320), "decoy"),
        c("caterer", N, "VARCHAR", g.col(g.pick(["Mensah Catering", "Treloar Bakehouse",
                                                 "Haddad Mediterranean Grill"])), "business", SHAPE),
        c("caterer_phone", N, "VARCHAR", g.col(lambda: v.office_phone(g)), "business"),
        c("deposit_card", N, "VARCHAR", g.col(lambda: _masked(g)), "decoy", MASKED, SHAPE),
        c("deposit_token", N, "VARCHAR", g.col(lambda: v.token(g, "tok_1")), "decoy", TOKEN),
        c("special_requests", "free_text", "VARCHAR", g.col(requests, 0.35)),
        c("contract_signed_at", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
    ])


def blood_donations(g: Gen) -> Table:
    """A blood bank's donations: the donation identification number (ISBT 128 shaped, decoy), the donor id, last and
    first name, date of birth, sex, ABO/Rh group, phone, ZIP, the last four SSN digits (``none``, tag ``partial``),
    haemoglobin, the collection site and its coordinates (business), the phlebotomist (surnames, few), the deferral
    code, donor comments (mostly empty words)."""
    phlebs = _staff(g, 6, v.family)
    sites = [(name, *v.near(g, v.us_city(g), 4)) for name in ["Midtown Donor Center", "Eastside Mobile Drive",
                                                             "University Hall Drive", "Westfield Mall Center"]]
    site = [g.rnd.choice(sites) for _ in range(g.rows)]
    places = [v.us_city(g) for _ in range(g.rows)]

    def comment() -> str:
        return g.rnd.choice([f"Brought friend {v.whole(g)} as first-time donor", "Felt faint, juice given",
                             f"Prefers {v.given(g)} for the stick", "Hard stick, left arm only"])

    return Table("bloodbank.donations", "en", "snake", [
        c("donation_id", N, "BIGINT", g.keys(61_000_001), "decoy", KEY),
        c("din", N, "VARCHAR", g.col(lambda: g.code("W0999 25 999999")), "decoy", SHAPE),
        c("donor_id", N, "VARCHAR", g.col(lambda: g.code("D9999999")), "decoy", KEY),
        c("donor_last", "last_name", "VARCHAR", g.col(lambda: v.family(g))),
        c("donor_first", "first_name", "VARCHAR", g.col(lambda: v.given(g))),
        c("donor_dob", "date_of_birth", "DATE", g.births(1950, 2008)),
        c("donor_sex", N, "VARCHAR", g.col(g.pick(["F", "M"])), "decoy"),
        c("abo_rh", N, "VARCHAR", g.col(g.pick(["O+", "O-", "A+", "A-", "B+", "AB+"])), "decoy"),
        c("donor_phone", "phone", "VARCHAR", g.phones("US", {"dots": 0.3, "national": 0.7}, 0.8, 0.1)),
        c("donor_zip", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in places]),
        c("ssn_last4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.3), "decoy", PARTIAL, SHAPE),
        c("hgb_g_dl", N, "DOUBLE", g.floats(12.5, 17.5, 1), "decoy"),
        c("collection_site", N, "VARCHAR", [s[0] for s in site], "business"),
        c("site_lat", N, "DOUBLE", [s[1] for s in site], "business"),
        c("site_lon", N, "DOUBLE", [s[2] for s in site], "business"),
        c("phlebotomist", "last_name", "VARCHAR", g.col(g.pick(phlebs)), STAFF, ROLE),
        c("deferral_code", N, "VARCHAR", g.col(g.pick(["", "", "", "LOWHGB", "TRAVEL", "MED"])), "decoy"),
        c("donor_comments", "free_text", "VARCHAR", g.sparse(comment, 0.85, _words("?")), NULLWORD),
    ])


# -- public sector: a court's e-filing, a library, a voter file, a parking operator ------------------------------------


def court_efilings(g: Gen) -> Table:
    """A state court's e-filing envelopes: envelope id, case number (decoy), the filer (name, e-mail, phone, IP), the
    attorney of record and the bar number (none), the parties in one cell (``;``), the judge (few), the clerk who
    accepted it (login), the service list as a JSON array of e-mail addresses, the fee paid and the card's last four
    digits (none), the lead document's title."""
    judges = _staff(g, 6, lambda x: "Hon. " + v.whole(x))
    clerks = _logins(g, 5, 0)

    def parties() -> str:
        return "; ".join(v.whole(g) for _ in range(g.rnd.randint(2, 4)))

    def service() -> str:
        return json.dumps([v.email(g, v.PERSONAL_DOMAINS + ["nettletongill.com", "kilbridelaw.com"])
                           for _ in range(g.rnd.randint(1, 4))])

    return Table("court.efilings", "en", "snake", [
        c("envelope_id", N, "BIGINT", g.keys(20_450_001), "decoy", KEY),
        c("case_number", N, "VARCHAR", g.col(lambda: g.code("2025-AA-999999")), "decoy", SHAPE),
        c("court_code", N, "VARCHAR", g.col(g.pick(["CIR-07", "CIR-12", "DIST-3"])), "decoy"),
        c("filing_type", N, "VARCHAR", g.col(g.pick(["Initial", "Subsequent", "Service Only"])), "decoy"),
        c("filer_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g))),
        c("filer_email", "email", "VARCHAR", g.col(lambda: v.email(g))),
        c("filer_phone", "phone", "VARCHAR", g.phones("US", {"dashes": 0.5, "national": 0.5}, 0.5, 0.2)),
        c("filer_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.4))),
        c("attorney_of_record", "person_name", "VARCHAR", g.col(lambda: v.whole(g) + ", Esq.", 0.62), ROLE, HEAVY),
        c("bar_number", N, "VARCHAR", g.col(lambda: g.code("9999999"), 0.55), "decoy", PROVIDER),
        c("party_names", "person_name", "VARCHAR", g.col(parties), MULTI),
        c("assigned_judge", "person_name", "VARCHAR", g.col(g.pick(judges)), STAFF, ROLE),
        c("accepted_by", USERNAME, "VARCHAR", g.col(g.pick(clerks), 0.1), USER, AUDIT),
        c("service_list", "email", "VARCHAR", g.col(service, 0.4), MULTI),
        c("submitted_at", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
        c("fee_amount", N, "DECIMAL(8,2)", g.amounts(0, 400), "decoy"),
        c("payment_card_last4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.3), "decoy", MASKED, SHAPE),
        c("lead_document_title", N, "VARCHAR", g.col(g.pick(["Petition for Dissolution", "Motion to Compel",
                                                             "Complaint", "Notice of Appearance"])), "decoy"),
    ])


def library_patrons(g: Gen) -> Table:
    """A public library's patrons: patron id, the 14-digit barcode (decoy), last and first name, address, city, ZIP,
    e-mail, phone, birth date, the home branch and its coordinates (business), the ISBNs on hold in one cell and the
    last checkout's ISBN (decoys), fines, the PIN hash, a guardian for minors (mostly NULL), the creating login."""
    places = [v.us_city(g) for _ in range(g.rows)]
    branches = [(name, *v.near(g, v.us_city(g), 4)) for name in ["Central Library", "Oak Park Branch",
                                                                "Riverside Branch", "Bookmobile 2"]]
    branch = [g.rnd.choice(branches) for _ in range(g.rows)]
    staff = _logins(g, 4, 1)
    return Table("library.patrons", "en", "snake", [
        c("patron_id", N, "BIGINT", g.keys(900_001), "decoy", KEY),
        c("barcode", N, "VARCHAR", g.col(lambda: "21234" + g.digits(9)), "decoy", SHAPE),
        c("name_last", "last_name", "VARCHAR", g.col(lambda: v.family(g))),
        c("name_first", "first_name", "VARCHAR", g.col(lambda: v.given(g))),
        c("address_1", "street_address", "VARCHAR", g.col(lambda: v.us_street(g))),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("zip", "postal_code", "VARCHAR", [v.us_zip(g, p[2], 0.2) for p in places]),
        c("email", "email", "VARCHAR", g.col(lambda: v.email(g), 0.3)),
        c("phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.5}, 0.6, 0.2)),
        c("birth_date", "date_of_birth", "DATE", g.births(1932, 2021)),
        c("home_branch", N, "VARCHAR", [b[0] for b in branch], "business"),
        c("branch_lat", N, "DOUBLE", [b[1] for b in branch], "business"),
        c("branch_lng", N, "DOUBLE", [b[2] for b in branch], "business"),
        c("holds_isbn", N, "VARCHAR", g.col(lambda: ", ".join(v.isbn13(g) for _ in range(g.rnd.randint(1, 4))), 0.5),
          "decoy", SHAPE),
        c("last_checkout_isbn", N, "VARCHAR", g.col(lambda: v.isbn13(g), 0.2), "decoy", SHAPE),
        c("pin_sha256", N, "VARCHAR", g.col(g.sha256), "decoy", HASHED),
        c("guardian_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.82), ROLE, HEAVY),
        c("created_by", USERNAME, "VARCHAR", g.col(g.pick(staff)), USER, AUDIT),
    ])


def voter_file(g: Gen) -> Table:
    """A state's public voter file extract: registration number (a key), county, last, first and middle name, suffix,
    residence address, city and ZIP, mailing address (mostly NULL), birth year only, party, precinct, registration
    date, status, phone (mostly NULL), the last four SSN digits kept for HAVA matching (``none``, tag ``partial``)."""
    places = [v.us_city(g) for _ in range(g.rows)]
    return Table("voters.voter_file", "en", "snake", [
        c("voter_reg_num", N, "VARCHAR", g.col(lambda: "0000" + g.digits(8)), "decoy", KEY),
        c("county_desc", N, "VARCHAR", g.col(g.pick(["WAKE", "DURHAM", "ORANGE", "JOHNSTON"])), "decoy"),
        c("last_name", "last_name", "VARCHAR", g.col(lambda: v.fold(v.family(g)).upper())),
        c("first_name", "first_name", "VARCHAR", g.col(lambda: v.fold(v.given(g)).upper())),
        c("middle_name", "first_name", "VARCHAR", g.col(lambda: v.fold(v.given(g)).upper(), 0.35)),
        c("name_suffix_lbl", N, "VARCHAR", g.col(g.pick(["JR", "SR", "III", "II"]), 0.65), "decoy"),
        c("res_street_address", "street_address", "VARCHAR", g.col(lambda: v.us_street(g).upper()), PREMISES),
        c("res_city_desc", "city", "VARCHAR", [p[0].upper() for p in places]),
        c("zip_code", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in places]),
        c("mail_addr1", "street_address", "VARCHAR", g.col(lambda: "PO BOX " + str(g.rnd.randint(10, 9999)), 0.85),
          HEAVY),
        c("birth_year", "date_of_birth", "INTEGER", g.ints(1930, 2007)),
        c("party_cd", N, "VARCHAR", g.col(g.pick(["DEM", "REP", "UNA", "LIB", "GRE"])), "decoy"),
        c("precinct_desc", N, "VARCHAR", g.col(lambda: f"PRECINCT {g.rnd.randint(1, 80):02d}-{g.rnd.randint(1, 9)}"),
          "decoy"),
        c("registr_dt", N, "DATE", g.days("1972-01-01", "2025-10-31"), "decoy"),
        c("voter_status_desc", N, "VARCHAR", g.col(g.pick(["ACTIVE", "INACTIVE", "REMOVED"])), "decoy"),
        c("full_phone_number", "phone", "VARCHAR", g.phones("US", {"digits": 1.0}, 0.5, 0.7), HEAVY),
        c("ssn4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.4), "decoy", PARTIAL, SHAPE),
    ])


def parking_citations(g: Gen) -> Table:
    """A parking operator's citations: citation number, time, the plate and its state, the VIN (decoys), make, the
    registered owner from the DMV lookup (name, address, city, ZIP), the garage and its coordinates (business), the
    officer (few, full names) and badge, the violation, fine, the masked card it was paid with, the appeal text."""
    places = [v.us_city(g) for _ in range(g.rows)]
    officers = _staff(g, 7)
    garages = [(g.code("G-999"), *v.near(g, v.us_city(g), 4)) for _ in range(12)]
    garage = [g.rnd.choice(garages) for _ in range(g.rows)]

    def appeal() -> str:
        return g.rnd.choice([f"My wife {v.given(g)} was inside paying, meter broken", "Sign was covered by a tree",
                             f"Car was sold to {v.whole(g)} before this date", "Had a valid permit on the dash"])

    return Table("parking.citations", "en", "snake", [
        c("citation_no", N, "VARCHAR", g.col(lambda: g.code("PC99999999")), "decoy", SHAPE),
        c("issued_at", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
        c("plate_number", N, "VARCHAR", g.col(lambda: g.code(g.rnd.choice(["AAA 9999", "9AAA999", "AA9 A9A9"]))),
          "decoy", VEHICLE),
        c("plate_state", N, "VARCHAR", g.col(g.pick(["IL", "WI", "IN", "MO", "TN"])), "decoy", VEHICLE),
        c("vin", N, "VARCHAR", g.col(lambda: v.vin(g), 0.3), "decoy", VEHICLE, SHAPE),
        c("registered_owner", "person_name", "VARCHAR", g.col(lambda: v.last_first(g).upper(), 0.15), ROLE),
        c("owner_address", "street_address", "VARCHAR", g.col(lambda: v.us_street(g).upper(), 0.15)),
        c("owner_city", "city", "VARCHAR", [p[0].upper() for p in places]),
        c("owner_zip", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in places]),
        c("garage_id", N, "VARCHAR", [x[0] for x in garage], "decoy", KEY),
        c("garage_lat", N, "DOUBLE", [x[1] for x in garage], "business"),
        c("garage_lng", N, "DOUBLE", [x[2] for x in garage], "business"),
        c("officer_name", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF, ROLE),
        c("officer_badge", N, "VARCHAR", g.col(lambda: g.code("B9999")), "decoy", PROVIDER),
        c("violation", N, "VARCHAR", g.col(g.pick(["EXPIRED METER", "NO PERMIT", "FIRE LANE", "OVERTIME"])), "decoy"),
        c("fine_amount", N, "DECIMAL(7,2)", g.col(g.pick([35.0, 50.0, 75.0, 150.0])), "decoy"),
        c("paid_card", N, "VARCHAR", g.col(lambda: _masked(g), 0.5), "decoy", MASKED, SHAPE),
        c("appeal_text", "free_text", "VARCHAR", g.sparse(appeal, 0.88, _words()), NULLWORD),
    ])


# -- apps and platforms: a fitness wearable, a crowdfunding platform, a marketplace's payouts --------------------------


def wearable_sessions(g: Gen) -> Table:
    """A fitness wearable's activity sessions synced by Airbyte from the app's API (camel case kept): Airbyte's
    columns, session and user ids, the device's Bluetooth MAC, serial and IMEI (decoys), the start and end of a
    workout (``person_geo``: a person's track), heart rate, steps, the user's display name, e-mail and birthday
    (text), the client IP, the app version, the emergency contact as a JSON object."""
    places = [v.us_city(g) for _ in range(g.rows)]
    starts = [v.near(g, p) for p in places]
    ends = [(round(a + g.rnd.uniform(-0.02, 0.02), 6), round(b + g.rnd.uniform(-0.02, 0.02), 6)) for a, b in starts]

    def contact() -> str | None:
        if g.rnd.random() < 0.4:
            return None
        return json.dumps({"name": v.whole(g), "relation": g.rnd.choice(["spouse", "parent", "friend", "sibling"]),
                           "phone": g.phone("US", "e164")})

    def display() -> str:
        a, b = v.person(g)
        return g.rnd.choice([f"{a} {b}", f"{a} {b[0]}.", f"{a} {b}"])

    return Table("airbyte_wearable.activitySessions", "en", "camel", [
        c("_airbyte_raw_id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, ELT),
        c("_airbyte_extracted_at", N, "TIMESTAMP", g.moments("2025-11-30", "2025-11-30"), "decoy", ELT),
        c("sessionId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, SOURCE_API),
        c("userId", N, "VARCHAR", g.col(lambda: g.code("usr_xxxxxxxxxxxx")), "decoy", KEY, SOURCE_API),
        c("deviceMac", N, "VARCHAR", g.col(lambda: v.mac(g)), "decoy", SHAPE, SOURCE_API),
        c("deviceSerial", N, "VARCHAR", g.col(lambda: g.code("WB9AZZZZZZZZ")), "decoy", SOURCE_API),
        c("deviceImei", N, "VARCHAR", g.col(lambda: v.imei(g), 0.6), "decoy", SHAPE, SOURCE_API),
        c("startLat", REVIEW, "DOUBLE", [s[0] for s in starts], GEO, SOURCE_API),
        c("startLng", REVIEW, "DOUBLE", [s[1] for s in starts], GEO, SOURCE_API),
        c("endLat", REVIEW, "DOUBLE", [e[0] for e in ends], GEO, SOURCE_API),
        c("endLng", REVIEW, "DOUBLE", [e[1] for e in ends], GEO, SOURCE_API),
        c("avgHeartRate", N, "INTEGER", g.ints(88, 178), "decoy", SOURCE_API),
        c("stepCount", N, "INTEGER", g.ints(0, 24_000), "decoy", SOURCE_API),
        c("userDisplayName", "person_name", "VARCHAR", g.col(display, 0.1), SOURCE_API),
        c("userEmail", "email", "VARCHAR", g.col(lambda: v.email(g)), SOURCE_API),
        c("userBirthday", "date_of_birth", "VARCHAR", [g.birth(1950, 2010).isoformat() for _ in range(g.rows)],
          SOURCE_API),
        c("clientIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.45)), SOURCE_API),
        c("appVersion", N, "VARCHAR", g.col(g.version), "decoy", SOURCE_API),
        c("emergencyContact", "free_text", "VARCHAR", [contact() for _ in range(g.rows)], JSON, SOURCE_API),
    ])


def crowdfund_pledges(g: Gen) -> Table:
    """A crowdfunding platform's pledges: pledge id, the campaign slug (named after products), the campaign creator
    (an individual), the backer's display name, e-mail and IP, the shipping address as a JSON object, the reward tier,
    amount and time, the backer's public comment, interest tags as a JSON array (none)."""
    creators = [v.whole(g) for _ in range(25)]
    places = [v.us_city(g) for _ in range(g.rows)]

    def ship(i: int) -> str | None:
        if g.rnd.random() < 0.3:
            return None
        p = places[i]
        return json.dumps({"name": v.whole(g), "line1": v.us_street(g), "city": p[0], "state": p[1],
                           "postal_code": v.us_zip(g, p[2]), "country": "US"})

    def comment() -> str:
        return g.rnd.choice(["Can't wait!", f"Backing for my son {v.given(g)}", "Third campaign I've backed",
                             f"Shout-out to {v.whole(g)} for sharing this", "Please ship before December"])

    return Table("crowdfund.pledges", "en", "snake", [
        c("pledge_id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("campaign_slug", N, "VARCHAR", g.col(g.pick(["hatties-hot-sauce-batch-2", "the-wendell-board-game",
                                                       "marnie-bowl-ceramics", "prairie-fire-zine-vol-3"])), "decoy",
          SHAPE),
        c("campaign_creator", "person_name", "VARCHAR", g.col(g.pick(creators)), ROLE),
        c("backer_display_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.2), ROLE),
        c("backer_email", "email", "VARCHAR", g.col(lambda: v.email(g))),
        c("backer_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3))),
        c("shipping_address", "free_text", "VARCHAR", [ship(i) for i in range(g.rows)], JSON),
        c("reward_tier", N, "VARCHAR", g.col(g.pick(["Early Bird", "Deluxe", "Just the PDF", "Collector"])), "decoy"),
        c("pledge_amount", N, "DECIMAL(9,2)", g.amounts(5, 500), "decoy"),
        c("pledged_at", N, "TIMESTAMP", g.moments("2025-05-01", "2025-11-30"), "decoy"),
        c("backer_comment", "free_text", "VARCHAR", g.col(comment, 0.5)),
        c("interest_tags", N, "VARCHAR", g.col(lambda: json.dumps(g.rnd.sample(["games", "food", "art", "zines",
                                                                                "ceramics"], 2))), "decoy",
          JSON_PLAIN),
    ])


def marketplace_payouts(g: Gen) -> Table:
    """A marketplace's payouts to its sellers (Stripe Connect shaped): ``po_`` and ``acct_`` ids, the payee's legal
    name, date of birth, full taxpayer id (an SSN: ``ssn``) and its last four digits (``none``), address, postal
    code, city, phone, the bank routing number (decoy), the account's last four digits (none), the IBAN of UK sellers
    (mostly NULL), the bank account token, amount, currency, arrival date, status, the failure message."""
    places = [v.us_city(g) for _ in range(g.rows)]
    return Table("payouts.connected_account_payouts", "en", "snake", [
        c("payout_id", N, "VARCHAR", g.col(lambda: v.token(g, "po_1")), "decoy", KEY, SOURCE_API),
        c("connected_account_id", N, "VARCHAR", g.col(lambda: v.token(g, "acct_1", 15)), "decoy", KEY, SOURCE_API),
        c("payee_legal_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g)), ROLE),
        c("payee_dob", "date_of_birth", "DATE", g.births(1948, 2006)),
        c("payee_tin", "ssn", "VARCHAR", _dirty(g, g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.5), 0.1), 0.03,
                                                ["000-00-0000", "000000000"]), MISLEADING, PLACEHOLDER),
        c("payee_ssn_last4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.1), "decoy", PARTIAL, SHAPE),
        c("payee_address_line1", "street_address", "VARCHAR", g.col(lambda: v.us_street(g))),
        c("payee_postal_code", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in places]),
        c("payee_city", "city", "VARCHAR", [p[0] for p in places]),
        c("payee_phone", "phone", "VARCHAR", g.phones("US", {"e164": 1.0}, 0.9, 0.2)),
        c("bank_routing_number", N, "VARCHAR", g.col(g.pick([v.routing(g) for _ in range(10)])), "decoy", SHAPE),
        c("bank_account_last4", N, "VARCHAR", g.col(lambda: g.digits(4)), "decoy", MASKED, SHAPE),
        c("bank_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "GB", g.rnd.random() < 0.5), 0.8), HEAVY),
        c("external_account", N, "VARCHAR", g.col(lambda: v.token(g, "ba_1")), "decoy", TOKEN),
        c("amount", N, "BIGINT", g.ints(1_000, 900_000), "decoy"),
        c("currency", N, "VARCHAR", g.col(g.pick(["usd", "usd", "gbp"])), "decoy"),
        c("arrival_date", N, "DATE", g.days("2025-06-01", "2025-12-15"), "decoy"),
        c("payout_status", N, "VARCHAR", g.col(g.pick(["paid", "paid", "in_transit", "failed"])), "decoy"),
        c("failure_message", N, "VARCHAR", g.col(g.pick(["", "account_closed", "insufficient_funds"])), "decoy"),
    ])


# -- Brazil, Japan, Poland ---------------------------------------------------------------------------------------------


def br_entregadores(g: Gen) -> Table:
    """A food-delivery app's couriers in Brazil (Portuguese, snake case): courier id, full name, CPF (dotted or
    digits), date of birth as ``DD/MM/YYYY``, mobile, e-mail, address, CEP, city, state, the Pix key (random
    ``EVP`` keys, UUIDs: none), the motorbike's plate and model (decoys), rating, notes."""
    places = [g.rnd.choice(v.BR_CITIES) for _ in range(g.rows)]
    pairs = [v.person(g, "br") for _ in range(g.rows)]

    def obs() -> str:
        return g.rnd.choice([f"Indicado por {v.whole(g, 'br')}", "Documento da moto vencido",
                             f"Falar com a esposa {v.given(g, 'br')} se não atender"])

    return Table("entregas_br.entregadores", "pt", "snake", [
        c("id_entregador", N, "BIGINT", g.keys(40_001), "decoy", KEY),
        c("nome_completo", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs]),
        c("cpf", "national_id", "VARCHAR", g.col(lambda: v.br_cpf(g, g.rnd.random() < 0.6))),
        c("data_nascimento", "date_of_birth", "VARCHAR", [g.birth(1965, 2006).strftime("%d/%m/%Y")
                                                          for _ in range(g.rows)]),
        c("celular", "phone", "VARCHAR", g.phones("BR", {"national": 0.6, "intl": 0.4})),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br"])
                                        if g.rnd.random() < 0.85 else None for a, b in pairs]),
        c("endereco", "street_address", "VARCHAR", g.col(lambda: v.br_street(g))),
        c("cep", "postal_code", "VARCHAR", [f"{p[2]}{g.digits(3)}-{g.digits(3)}" for p in places]),
        c("cidade", "city", "VARCHAR", [p[0] for p in places]),
        c("uf", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("chave_pix", N, "VARCHAR", g.col(g.uuid, 0.3), "decoy", KEY, SHAPE),
        c("placa_moto", N, "VARCHAR", g.col(lambda: g.code("AAA9A99")), "decoy", VEHICLE),
        c("modelo_moto", N, "VARCHAR", g.col(g.pick(["Honda CG 160", "Yamaha Factor 150", "Honda Biz 125"])),
          "decoy", VEHICLE),
        c("avaliacao_media", N, "DOUBLE", g.floats(3.2, 5.0, 2), "decoy"),
        c("observacoes", "free_text", "VARCHAR", g.sparse(obs, 0.8, _words("nao informado")), NULLWORD),
    ])


def ja_kaiin(g: Gen) -> Table:
    """A Japanese fitness club's member roster (romanized Japanese column names, values in Japanese): member number,
    family and given name in kanji, the name in romaji, birth date, home and mobile phone, e-mail, postal code,
    prefecture (none), city, street and block, the My Number (mostly NULL), the club (business), the staff member in
    charge (few), the join date, remarks."""
    places = [g.rnd.choice(v.JA_PLACES) for _ in range(g.rows)]
    pairs = [v.person(g, "ja") for _ in range(g.rows)]
    staff = _staff(g, 5, lambda x: v.whole(x, "ja"))

    def biko() -> str:
        return g.rnd.choice([f"{v.family(g, 'ja')}様のご紹介", "腰痛あり、ストレッチ中心", f"家族会員: {v.whole(g, 'ja')}"])

    return Table("kaiin.kaiin_meibo", "ja", "snake", [
        c("kaiin_bango", N, "VARCHAR", g.col(lambda: g.code("K9999999")), "decoy", KEY),
        c("sei", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("mei", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("shimei_romaji", "person_name", "VARCHAR", [f"{v.JA_ROMAJI[b].upper()} {v.JA_ROMAJI[a]}"
                                                      for a, b in pairs]),
        c("seinengappi", "date_of_birth", "DATE", g.births(1945, 2008)),
        c("denwa_bango", "phone", "VARCHAR", g.phones("JP", {"national": 1.0}, 0.0, 0.4)),
        c("keitai_bango", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "e164": 0.2}, 1.0, 0.1)),
        c("meeru_adoresu", "email", "VARCHAR", [v.email_of(g, a, b, ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com",
                                                                      "yahoo.co.jp"]) for a, b in pairs]),
        c("yubin_bango", "postal_code", "VARCHAR", [f"{p[2]}-{g.digits(4)}" for p in places]),
        c("todofuken", N, "VARCHAR", [p[0] for p in places], "decoy"),
        c("shikuchoson", "city", "VARCHAR", [p[1] for p in places]),
        c("banchi", "street_address", "VARCHAR", g.col(lambda: v.ja_street(g))),
        c("kojin_bango", "national_id", "VARCHAR", g.col(lambda: v.jp_my_number(g), 0.7), HEAVY),
        c("tenpo_mei", N, "VARCHAR", g.col(g.pick(["札幌大通店", "仙台駅前店", "博多店"])), "business"),
        c("tantousha", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF, ROLE),
        c("nyukai_bi", N, "DATE", g.days("2018-01-01", "2025-11-30"), "decoy"),
        c("biko", "free_text", "VARCHAR", g.sparse(biko, 0.8, _words("なし", "不明")), NULLWORD),
    ])


def pl_klienci(g: Gen) -> Table:
    """A Polish online shop's customers (Polish, snake case): customer id, first and last name, PESEL, date of birth,
    phone, e-mail, street, postal code, town, the company's NIP for invoices (a business number: none), the bank
    account (IBAN), the account manager (few first names), remarks, registration date."""
    places = [g.rnd.choice(v.PL_CITIES) for _ in range(g.rows)]
    pairs = [v.person(g, "pl") for _ in range(g.rows)]
    births = g.births(1940, 2007)
    managers = _staff(g, 4, lambda x: v.given(x, "pl"))

    def uwagi() -> str:
        return g.rnd.choice([f"Paczkę odbiera sąsiad {v.whole(g, 'pl')}", "Faktura na firmę",
                             f"Kontakt przez córkę {v.given(g, 'pl')}"])

    return Table("sklep_pl.klienci", "pl", "snake", [
        c("id_klienta", N, "BIGINT", g.keys(510_001), "decoy", KEY),
        c("imie", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("nazwisko", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("pesel", "national_id", "VARCHAR", [v.pl_pesel(g, b) if g.rnd.random() < 0.75 else None for b in births]),
        c("data_urodzenia", "date_of_birth", "DATE", births),
        c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.5, "intl": 0.3, "e164": 0.2}, 0.85)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, ["wp.pl", "onet.pl", "interia.pl", "gmail.com"])
                                        for a, b in pairs]),
        c("ulica", "street_address", "VARCHAR", g.col(lambda: v.pl_street(g))),
        c("kod_pocztowy", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(3)}" for p in places]),
        c("miejscowosc", "city", "VARCHAR", [p[0] for p in places]),
        c("nip_firmy", N, "VARCHAR", g.col(lambda: v.pl_nip(g), 0.65), "decoy", SHAPE),
        c("nr_konta", "iban", "VARCHAR", g.col(lambda: v.iban(g, "PL", g.rnd.random() < 0.5), 0.4)),
        c("opiekun", "first_name", "VARCHAR", g.col(g.pick(managers)), STAFF, ROLE),
        c("uwagi", "free_text", "VARCHAR", g.sparse(uwagi, 0.78, _words("brak", "b/d")), NULLWORD),
        c("data_rejestracji", N, "TIMESTAMP", g.moments("2019-01-01", "2025-11-30"), "decoy"),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (cdc_customers, 1_200), (obt_orders, 1_500), (stripe_charge, 1_100), (shopify_customers, 800),
    (hubspot_contact, 700), (db2_loyalty, 900), (sap_kna1, 600), (vet_appointments, 750), (venue_bookings, 300),
    (blood_donations, 1_000), (court_efilings, 650), (library_patrons, 850), (voter_file, 1_800),
    (parking_citations, 1_300), (wearable_sessions, 1_600), (crowdfund_pledges, 900), (marketplace_payouts, 500),
    (br_entregadores, 450), (ja_kaiin, 400), (pl_klienci, 420),
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
