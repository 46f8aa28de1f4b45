"""Held-out set v51 for the column classifier: 15 tables of *retail and e-commerce customer data as ordinary
companies hold it*, one system per table and each a different company, mostly the ordinary English-language schemas
of the United Kingdom, the United States, Canada, Australia, Ireland and India (12 tables), plus three in Dutch,
Polish and Japanese, with the column names the platforms' exports really use (Shopify's ``Billing Name`` and
``Shipping Address1`` with spaces, Magento's ``customer_firstname``, WooCommerce's ``_billing_phone`` meta keys, a
BigCommerce dbt staging model, camelCase APIs, PascalCase .NET and SCREAMING POS exports, Yamato's Japanese labels):

* ``shopify_export.orders_export``: a Stoke-on-Trent pottery and homeware shop's Shopify order export loaded as is,
  one row per line item (an order's later lines keep only ``Name``, ``Email``, ``Created at``, the line item and the
  vendor), gift recipients in ``Shipping Name``, gift messages in the opaque ``Note Attributes``, a POS ``Employee``;
* ``magento.sales_flat_order``: a Gold Coast surf shop's Magento 1 orders (``customer_dob`` as a midnight
  ``DATETIME``, ``remote_ip``, ``x_forwarded_for``, ``protect_code``, influencer coupons);
* ``tidewater_wp.wc_subscription_meta_pivot``: a Nova Scotia tea company's monthly tea box on WooCommerce
  Subscriptions, its post meta pivoted to one column per meta key (``_billing_*``, ``_shipping_*`` for gift boxes,
  ``_stripe_customer_id``, ``_gift_message``), 55 rows;
* ``makersmith.seller_payout_profiles``: a handmade-goods marketplace's individual sellers in Great Britain and Ireland
  with KYC (date of birth, home address), DAC7 tax ids (UK UTR or Irish PPSN), VAT numbers and payout IBANs, 48 rows;
* ``reviews_api.productReviews``: a US footwear brand's product reviews (reviewer names as typed, public nicknames,
  ``Denver, CO`` locations, review bodies and signed replies; product titles named after people);
* ``returns_portal.rma_requests``: a Manchester fashion retailer's returns portal with abbreviations (``cust_nm``,
  ``cust_ph``, ``coll_addr``, ``trk_no``), courier collections and courier notes, Royal Mail numbers with their S10
  check digit, the returns warehouse's address and phone;
* ``StoreOps.BopisPickups``: an Ohio hardware and garden chain's click-and-collect pickups with ID checks for
  age-restricted items (the date of birth on the ID, its last four digits), alternate pickup people, locker PINs, the
  stores' addresses, phones and coordinates;
* ``paywise.applications``: a US buy-now-pay-later lender's applications at furniture retailers' checkouts (SSN for
  longer terms and its last four digits, the repayment debit card, the bank routing number);
* ``analytics.stg_bigcommerce__abandoned_carts``: a Galway skincare brand's abandoned carts as a dbt staging model
  (Eircodes, recovery e-mails and links, line items as JSON, a gift note in ``custom_field_3``, Fivetran columns);
* ``freshdesk_export.chat_messages``: a Bengaluru electronics marketplace's customer-service chat, one row per message
  (customers' addresses, pincodes and numbers in the text, agents and their work e-mail);
* ``POSDW.RECEIPT_LINES``: an Ontario pharmacy chain's POS receipt lines (UPCs, masked cards, Luhn loyalty numbers,
  members' names as ``PATEL, NEHA``, the phone keyed to look a member up in ``CUSTOM_3``, e-receipt addresses);
* ``paylater.kycApplications``: a Mumbai pay-later app's KYC (PAN, Aadhaar and its masked form, the father's name,
  the offline e-KYC payload as JSON, video-KYC agents, an e-mandate card);
* ``wijnhuis_shop.bestellingen``: a Utrecht wine merchant's web-shop orders (Dutch: ``tussenvoegsel``, ``huisnummer``
  and ``huisnummer_toevoeging``, a date of birth for the 18+ check, the IBAN and account holder iDEAL reports);
* ``sklep_rtv.zamowienia``: a Kraków electronics shop's orders (Polish: PESEL and date of birth for instalment
  purchases, NIP and company for VAT invoices, InPost lockers, a refund account number written as NRB);
* ``b2cloud.送り状データ``: a Shizuoka green-tea shop's shipping-label export for Yamato's B2 Cloud (Japanese column
  names; year-end gifts: recipients and senders, half-width katakana readings, slip numbers with a modulo-7 check
  digit), 36 rows.

Written **blind**, like v2 to v49: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog, history or notes, only the list of kind names
(``governance_dagster/kinds.py``), how the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the
*structure* and labeling conventions of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test,
``tests/heldout_support.py``), the module docstrings of v24 to v49 (to avoid their domains), the ``Column``/``Table``
classes and writer they build on (``heldout_v2.py``, ``heldout_v4.py``), the ruff section of ``pyproject.toml`` and
python-stdnum's source. The classifier was not run on this set while it was written, no scorer was run on it, and no
score of any set was looked at: nothing here was adjusted to what the classifier does. Earlier sets touched retail at
its edges (v26 Shopify customers synced by Airbyte and a marketplace's seller payouts, v27 WooCommerce's customer
lookup and a Magento address book, v35 a retailer's order-line fact and a marketplace payout export, v38 a boot
maker's Shopify orders through Fivetran, v41 an eyewear retailer's customer dimension); every company and export
here is new, and so are most shapes (Shopify's own CSV export with split order lines, Magento's
``sales_flat_order``, a pivoted WooCommerce Subscriptions meta table, DAC7 seller data, a returns portal, BOPIS ID
checks, a BNPL application, a BigCommerce staging model, a POS receipt export, an offline e-KYC payload, iDEAL
account holders, a Polish instalment order, a Yamato B2 label file). It imports no earlier set's value module: its
random source, name lists (see :mod:`benchmarks.classification.heldout_v51_values`), streets, towns, shops, products
and identifier builders are its own.

What the set holds:

* personal data of every kind: names split and whole (``SURNAME, GIVEN`` at the till, ``J.P. DE VRIES`` from the
  bank, kanji with half-width katakana), e-mails, phones in national and international formats of eight countries,
  billing, shipping, collection and home addresses (``Flat 15, 196 Beechwood Drive``, ``1405-7892 Young St``,
  ``Flat 302, Sai Krupa Apartments, HSR Layout``, ``静岡県島田市中町5丁目16-6``), postcodes of eight countries
  (``ST3 2LN``, ``B3H 1Y6``, ``H91 E2K3``, ``3512 JK``, ``31-042``, ``154-0012``, Indian pincodes, US
  ZIPs), towns, dates of birth (``DATE``, a midnight ``DATETIME``, ``MM/DD/YYYY``, ``DD-MM-YYYY``), IPv4 and IPv6,
  card numbers passing Luhn, IBANs of four countries (spaced and compact, and the Polish NRB without ``PL``), an SSN,
  PAN, Aadhaar, PESEL, UK UTRs and Irish PPSNs, and free text (order notes, gift messages, courier notes, reviews,
  chat messages, KYC remarks, Japanese gift notes);
* decoys (tag ``decoy``, ``value_shape`` when shaped like an identifier, ``sounds_personal`` when the name sounds
  personal): Shopify's ``Name`` (the order number ``#1042``) and ``Shipping`` (an amount), order, RMA, slip and
  increment numbers, SKUs, GTINs and UPCs with check digits, tracking numbers (Royal Mail S10 with its check digit,
  Evri, DPD, PostNL, InPost), discount codes carrying first names (``HOLLY15``), product titles and brands carrying
  people's names (``Emma Bridgewater Polka Dot 1/2 Pint Mug``, ``The Harper Chelsea Boot``, ``DR SCHOLLS GEL
  INSOLE``: tag ``product_name``), loyalty numbers passing Luhn, ABA routing numbers, sort codes, processor tokens,
  order keys, protect codes, locker PINs and recovery links (``credential``), user agents, JSON without personal data;
* business data (tag ``business``, ``none``): stores' and warehouses' names, addresses, phones and coordinates,
  merchants, employers, shop names, companies' NIP for invoices, VAT-registered sellers' VAT numbers, the shop's own
  Yamato customer code;
* dirt: NULL words and placeholders (``''``, ``N/A``, ``-``, ``null``, ``unknown``, ``brak``, ``geen``,
  ``none@none.com``, ``000-00-0000``, ``07000 000000``), columns 50-95% NULL (``null_heavy``) or 70-95% NULL words
  (``nullword_heavy``), 36 to 1,000 rows per table.

Labeling choices a reader may question:

* Shopify's later order lines leave the customer's columns empty; the columns are labeled by what their filled cells
  hold (tag ``split_line``);
* a gift's recipient and sender are people (``Shipping Name``, ``_shipping_first_name``, ``お届け先名``,
  ``ご依頼主名``: tag ``gift``); a gift message or note naming them is ``free_text``;
* ``Note Attributes``, ``custom_field_3`` and ``CUSTOM_3`` are opaque names: the first two hold gift messages and
  notes (``free_text``), ``CUSTOM_3`` the phone number a cashier keyed to look a member up (``phone``, tag
  ``misleading``);
* a Dutch ``tussenvoegsel`` is part of the family name (``last_name``); a house number alone
  (``huisnummer``, an integer) and its suffix are ``street_address`` (with the postcode they pin a home); an address's
  second line (a flat, a building or a locality) is ``street_address``;
* a loyalty card number (Luhn) is a join key (``none``), the member's name beside it is ``person_name``; masked cards,
  masked Aadhaar, the last four digits of an SSN, an ID or an account are ``none`` (tag ``partial``);
* a seller's shop name and VAT number are business data (``none``); the seller's UTR or PPSN collected for DAC7
  reporting identifies the person (``national_id``); a UK sort code is a bank branch (``none``);
* a reviewer's public nickname is ``unclassified`` like a login (tag ``username``), the returns agents' and KYC
  reviewers' logins too; the name as typed (``Sarah M.``) is ``person_name``; a review's title is ``none``;
* staff are people: the POS ``Employee``, cashiers, the associates who checked IDs, the brand's replier, chat agents
  (``person_name``, or ``first_name`` when only a first name) and the agents' work e-mails (``email``);
* store coordinates are ``none``; a vehicle description, a pickup bay, an ID's type and issuing state, a state,
  province, county, voivodeship or country are ``none``; a selfie's storage URL is ``none``;
* the Indian offline e-KYC payload (name, date of birth, father's name, pincode, town as JSON) is ``free_text`` (tag
  ``json_blob``); a Magento ``customer_note``, a courier's notes and a customer's return reason are ``free_text``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v51_values` (no Faker, no list of real people, no breach data). Build:
``python -m benchmarks.classification.heldout_v51 [PATH]`` (default ``/tmp/heldout_v51.duckdb``). Score:
``python -m benchmarks.classification.heldout_v2_accuracy --set v51``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v51_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v51_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v51.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings, placeholders and empty strings (few real NULLs)
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"  # a decoy shaped like a personal or identifying value
MISLEADING = "misleading"  # a bland or opaque name hiding personal data
SOUNDS = "sounds_personal"  # a decoy whose name sounds personal (Shopify's ``Name`` is the order number)
OPAQUE = "opaque"  # a column whose name says nothing of its content (``Note Attributes``, ``custom_field_3``)
STAFF = "staff"  # staff named in a column with few distinct values
ROLE = "role_word"  # people under a role word (recipient, account holder, alternate pickup, father, sender ...)
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
SERVICE = "service_account"
KEY = "join_key"
ROLE_EMAIL = "role_email"  # a role-named column holding people's e-mail addresses (staff, reviewers)
JSON = "json_blob"  # a JSON document holding personal data (free_text)
JSON_PLAIN = "json_plain"  # a JSON document holding none (none)
PLACEHOLDER = "placeholder"  # a personal column some of whose cells are placeholders
TOKEN = "tokenized"  # a processor's token (cus_, acct_, pm_ ...): none
PARTIAL = "partial"  # the last four digits of a card, an SSN, an ID or an account: none
FRAMEWORK = "framework"  # a column named by a platform (Shopify, Magento, WooCommerce, BigCommerce)
CREDENTIAL = "credential"  # an order key, a protect code, a locker PIN, a recovery link with a token: none
AGENT = "user_agent"
PRODUCT = "product_name"  # a product title or brand carrying a person's name (none)
GIFT = "gift"  # a gift's recipient or sender, or a gift message
CHECKED = "check_digits"  # an identifier or decoy whose values carry check digits
SPLIT_LINE = "split_line"  # a Shopify export column filled only on an order's first line


WAREHOUSE = "Northern Thread Returns, Unit 7, Westinghouse Rd, Trafford Park, M17 1PJ"


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "", "-", "NULL", "n/a", "N/A", "null", "none", "unknown") + extra


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


def _stamp(moment: datetime, offset: str) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S ") + offset


# -- Shopify, Magento, WooCommerce -------------------------------------------------------------------------------------


def shopify_orders(g: Gen) -> Table:
    """A Stoke-on-Trent pottery and homeware shop's Shopify order export, loaded as is (column names with spaces, one
    row per line item; an order's later lines keep only ``Name``, ``Email``, ``Created at``, the line item and the
    vendor, the rest are empty strings). ``Name`` is the order number (``#1042``, ``none``), ``Shipping`` an amount;
    billing and shipping names, streets, towns, postcodes and phones, the customer's phone, a POS ``Employee`` (few),
    ``Notes`` and the opaque ``Note Attributes`` (gift messages naming people: ``free_text``); product titles carry
    designers' names (``Emma Bridgewater ...``: ``none``), influencer discount codes carry first names (``none``)."""
    staff = _staff(g, 4, lambda x: v.whole(x, "uk"))

    def phone(p: float) -> str:
        if g.rnd.random() >= p:
            return ""
        return g.phone("GB", g.rnd.choices(["national", "e164", "digits", "intl"], [5, 3, 1.5, 1])[0],
                       g.rnd.random() < 0.9)

    def note() -> str:
        if g.rnd.random() < 0.8:
            return ""
        neighbour = f"{g.rnd.choice(['Mrs', 'Mr'])} {v.person(g, 'uk')[1]}"
        return g.rnd.choice([f"Please leave with neighbour at no. {g.rnd.randint(2, 60)} ({neighbour}) if we're out",
                             f"Gift for my mum {v.given(g, 'uk', True)} – no prices in the box please",
                             "Can you gift wrap the teapot?", "Second order this week, please combine postage",
                             f"Courier can't find us, ring {g.phone('GB', 'national')}",
                             "Seconds are fine, it's for the allotment shed"])

    def attributes() -> str:
        roll = g.rnd.random()
        if roll < 0.62:
            return ""
        if roll < 0.75:
            return f"how_did_you_hear: {g.rnd.choice(['Instagram', 'TikTok', 'Google', 'Potteries market'])}"
        return g.rnd.choice([
            (f"gift_message: Happy 40th {v.given(g, 'uk')}! Love {v.given(g, 'uk')} & the kids x\n"
            f"delivery_date: 2025-12-{g.rnd.randint(10, 22)}"),
            f"gift_wrap: Yes\ngift_message: For Nan, with love from {v.given(g, 'uk')} and {v.given(g, 'uk')}",
            f"gift_message: Congratulations on the new house, {v.whole(g, 'uk')}!",
            f"recipient_mobile: {g.phone('GB', 'national')}\ngift_wrap: No"])

    rows: list[tuple[dict, int]] = []
    number = 1041
    while len(rows) < g.rows:
        number += g.rnd.choice([1, 1, 1, 2, 3])
        a, b = v.person(g, "uk")
        town = v.uk_town(g)
        pos = g.rnd.random() < 0.15
        gift = not pos and g.rnd.random() < 0.18
        street1 = v.uk_street(g)
        street2 = g.rnd.choice(["Flat 2", "Apartment 5", g.rnd.choice(v.UK_LOCALITIES), "The Old Rectory",
                                g.rnd.choice(v.UK_LOCALITIES)]) if g.rnd.random() < 0.25 else ""
        if gift:
            sa, sb = v.person(g, "uk")
            stown, sstreet = v.uk_town(g), v.uk_street(g)
        else:
            sa, sb, stown, sstreet = a, b, town, street1
        created = g.moment("2025-09-01", "2025-12-22")
        order = {
            "name": f"#{number}", "email": v.email_of(g, a, b, v.DOMAINS["uk"]), "created": created,
            "paid": created + timedelta(seconds=g.rnd.randint(2, 90)),
            "fin": g.rnd.choices(["paid", "refunded", "partially_refunded", "pending"], [20, 1.5, 1, 0.6])[0],
            "ful": g.rnd.choices(["fulfilled", "unfulfilled", "partial"], [8, 2, 0.5])[0],
            "marketing": g.rnd.choice(["yes", "no"]), "bill": f"{a} {b}", "street1": street1, "street2": street2,
            "town": town[0], "zip": v.uk_postcode(g, town), "bphone": phone(0.7), "ship": f"{sa} {sb}",
            "sstreet": sstreet, "stown": stown[0], "szip": v.uk_postcode(g, stown), "sphone": phone(0.75),
            "notes": note(), "attrs": attributes(), "pos": pos,
            "method": g.rnd.choice(["Shopify Payments", "Shopify Payments", "PayPal Express Checkout", "Klarna"]),
            "ref": f"c{g.digits(11)}.{g.rnd.randint(1, 2)}", "id": 5_839_201_000_000 + g.rnd.randint(0, 999_999),
            "tags": g.rnd.choice(["online", "repeat customer", "VIP, repeat customer", "wholesale", "seconds sale"]),
            "risk": g.rnd.choices(["Low", "Medium", "High"], [20, 2, 0.5])[0],
            "code": g.rnd.choice(["WELCOME10", "HOLLY15", "BEX10", "POTTERIES20", "XMAS25", "FREESHIP", "GEMMA10"])
            if g.rnd.random() < 0.65 else "",
            "phone": g.phone("GB", "e164") if g.rnd.random() < 0.2 else "",
            "employee": g.rnd.choice(staff) if pos else "",
        }
        for j in range(min(g.rnd.choices([1, 2, 3], [5, 3, 1])[0], g.rows - len(rows))):
            rows.append((order, j))

    def first(key: str, blank: object = "") -> list:
        return [o[key] if j == 0 else blank for o, j in rows]

    items = [g.rnd.choice(v.UK_HOMEWARE) for _ in rows]
    qty = [g.rnd.choices([1, 2, 4, 6], [10, 3, 1, 1])[0] for _ in rows]
    subtotal: dict[str, float] = {}
    for (o, _), item, q in zip(rows, items, qty):
        subtotal[o["name"]] = round(subtotal.get(o["name"], 0.0) + item[2] * q, 2)
    ship_fee = {o["name"]: 0.0 if o["pos"] else g.rnd.choice([3.95, 4.95, 6.95, 0.0]) for o, j in rows if j == 0}
    disc = {o["name"]: round(subtotal[o["name"]] * 0.1, 2) if o["code"] else 0.0 for o, j in rows if j == 0}
    return Table("shopify_export.orders_export", "en", "spaced", [
        c("Name", N, "VARCHAR", [o["name"] for o, _ in rows], "decoy", SHAPE, SOUNDS, FRAMEWORK),
        c("Email", "email", "VARCHAR", [o["email"] for o, _ in rows], FRAMEWORK),
        c("Financial Status", N, "VARCHAR", first("fin"), "decoy", FRAMEWORK, SPLIT_LINE),
        c("Paid at", N, "VARCHAR", [_stamp(o["paid"], "+0000") if j == 0 and o["fin"] != "pending" else ""
                                    for o, j in rows], "decoy", FRAMEWORK, SPLIT_LINE),
        c("Fulfillment Status", N, "VARCHAR", first("ful"), "decoy", FRAMEWORK, SPLIT_LINE),
        c("Fulfilled at", N, "VARCHAR", [_stamp(o["created"] + timedelta(days=g.rnd.randint(1, 4)), "+0000")
                                         if j == 0 and o["ful"] != "unfulfilled" else "" for o, j in rows], "decoy",
          FRAMEWORK, SPLIT_LINE),
        c("Accepts Marketing", N, "VARCHAR", first("marketing"), "decoy", FRAMEWORK, SPLIT_LINE),
        c("Currency", N, "VARCHAR", ["GBP" if j == 0 else "" for _, j in rows], "decoy",
          FRAMEWORK, SPLIT_LINE),
        c("Subtotal", N, "DOUBLE", [subtotal[o["name"]] if j == 0 else None for o, j in rows], "decoy", FRAMEWORK),
        c("Shipping", N, "DOUBLE", [ship_fee[o["name"]] if j == 0 else None for o, j in rows], "decoy", SOUNDS,
          FRAMEWORK),
        c("Taxes", N, "DOUBLE", [round(subtotal[o["name"]] / 6, 2) if j == 0 else None for o, j in rows], "decoy",
          FRAMEWORK),
        c("Total", N, "DOUBLE", [round(subtotal[o["name"]] + ship_fee[o["name"]] - disc[o["name"]], 2) if j == 0
                                 else None for o, j in rows], "decoy", FRAMEWORK),
        c("Discount Code", N, "VARCHAR", first("code"), "decoy", SHAPE, FRAMEWORK, SPLIT_LINE),
        c("Discount Amount", N, "DOUBLE", [disc[o["name"]] if j == 0 else None for o, j in rows], "decoy",
          FRAMEWORK),
        c("Shipping Method", N, "VARCHAR", [("" if o["pos"] else g.rnd.choice(
            ["Royal Mail Tracked 48", "Royal Mail Tracked 24", "DPD Next Day", "Click & Collect – Longton showroom"]))
            if j == 0 else "" for o, j in rows], "decoy", FRAMEWORK, SPLIT_LINE),
        c("Created at", N, "VARCHAR", [_stamp(o["created"], "+0000") for o, _ in rows], "decoy", FRAMEWORK),
        c("Lineitem quantity", N, "INTEGER", qty, "decoy", FRAMEWORK),
        c("Lineitem name", N, "VARCHAR", [i[0] for i in items], "decoy", PRODUCT, SOUNDS, FRAMEWORK),
        c("Lineitem price", N, "DOUBLE", [i[2] for i in items], "decoy", FRAMEWORK),
        c("Lineitem sku", N, "VARCHAR", [i[1] for i in items], "decoy", SHAPE, FRAMEWORK),
        c("Lineitem requires shipping", N, "VARCHAR", [("false" if i[1].startswith("GIFT") else "true")
                                                       for i in items], "decoy", FRAMEWORK),
        c("Lineitem fulfillment status", N, "VARCHAR", [o["ful"] if o["ful"] != "partial" else
                                                        g.rnd.choice(["fulfilled", "pending"]) for o, _ in rows],
          "decoy", FRAMEWORK),
        c("Billing Name", "person_name", "VARCHAR", first("bill"), FRAMEWORK, SPLIT_LINE),
        c("Billing Street", "street_address", "VARCHAR", [(o["street1"] + (f", {o['street2']}" if o["street2"]
                                                                           else "")) if j == 0 else ""
                                                          for o, j in rows], FRAMEWORK, SPLIT_LINE),
        c("Billing Address1", "street_address", "VARCHAR", first("street1"), FRAMEWORK, SPLIT_LINE),
        c("Billing Address2", "street_address", "VARCHAR", first("street2"), NULLWORD, FRAMEWORK, SPLIT_LINE),
        c("Billing City", "city", "VARCHAR", first("town"), FRAMEWORK, SPLIT_LINE),
        c("Billing Zip", "postal_code", "VARCHAR", first("zip"), FRAMEWORK, SPLIT_LINE),
        c("Billing Country", N, "VARCHAR", ["GB" if j == 0 else "" for _, j in rows], "decoy", SHAPE, FRAMEWORK,
          SPLIT_LINE),
        c("Billing Phone", "phone", "VARCHAR", _dirty(g, first("bphone"), 0.03, ["07000 000000", "N/A"]), PLACEHOLDER,
          FRAMEWORK, SPLIT_LINE),
        c("Shipping Name", "person_name", "VARCHAR", [o["ship"] if j == 0 and not o["pos"] else "" for o, j in rows],
          GIFT, ROLE, FRAMEWORK, SPLIT_LINE),
        c("Shipping Address1", "street_address", "VARCHAR", [o["sstreet"] if j == 0 and not o["pos"] else ""
                                                             for o, j in rows], GIFT, FRAMEWORK, SPLIT_LINE),
        c("Shipping City", "city", "VARCHAR", [o["stown"] if j == 0 and not o["pos"] else "" for o, j in rows],
          FRAMEWORK, SPLIT_LINE),
        c("Shipping Zip", "postal_code", "VARCHAR", [o["szip"] if j == 0 and not o["pos"] else "" for o, j in rows],
          FRAMEWORK, SPLIT_LINE),
        c("Shipping Country", N, "VARCHAR", ["GB" if j == 0 and not o["pos"] else "" for o, j in rows], "decoy",
          SHAPE, FRAMEWORK, SPLIT_LINE),
        c("Shipping Phone", "phone", "VARCHAR", [o["sphone"] if j == 0 and not o["pos"] else "" for o, j in rows],
          FRAMEWORK, SPLIT_LINE),
        c("Notes", "free_text", "VARCHAR", first("notes"), NULLWORD, FRAMEWORK, SPLIT_LINE),
        c("Note Attributes", "free_text", "VARCHAR", first("attrs"), NULLWORD, OPAQUE, GIFT, FRAMEWORK, SPLIT_LINE),
        c("Payment Method", N, "VARCHAR", first("method"), "decoy", FRAMEWORK, SPLIT_LINE),
        c("Payment Reference", N, "VARCHAR", first("ref"), "decoy", TOKEN, FRAMEWORK, SPLIT_LINE),
        c("Refunded Amount", N, "DOUBLE", [(subtotal[o["name"]] if o["fin"] == "refunded" else 0.0) if j == 0
                                           else None for o, j in rows], "decoy", FRAMEWORK),
        c("Vendor", N, "VARCHAR", [i[3] for i in items], "decoy", PRODUCT, FRAMEWORK),
        c("Id", N, "BIGINT", [o["id"] if j == 0 else None for o, j in rows], "decoy", KEY, FRAMEWORK),
        c("Tags", N, "VARCHAR", first("tags"), "decoy", FRAMEWORK, SPLIT_LINE),
        c("Risk Level", N, "VARCHAR", first("risk"), "decoy", FRAMEWORK, SPLIT_LINE),
        c("Source", N, "VARCHAR", [("pos" if o["pos"] else g.rnd.choice(["web", "web", "shopify_draft_order"]))
                                   if j == 0 else "" for o, j in rows], "decoy", FRAMEWORK, SPLIT_LINE),
        c("Phone", "phone", "VARCHAR", first("phone"), NULLWORD, FRAMEWORK, SPLIT_LINE),
        c("Employee", "person_name", "VARCHAR", first("employee"), NULLWORD, STAFF, FRAMEWORK, SPLIT_LINE),
    ])


def magento_orders(g: Gen) -> Table:
    """A Gold Coast surf shop's Magento 1 ``sales_flat_order``: entity, quote and address ids, the increment id
    (``100012345``), state and status, the protect code (``none``), totals in AUD, the coupon (influencer codes with
    first names: ``none``), the customer's e-mail, first, middle and last name, prefix and gender (``none``), the
    date of birth (a ``DATETIME`` at midnight, mostly NULL), the guest flag, the customer's note (``free_text``), the
    remote IP and the proxy's ``x_forwarded_for`` (``ip_address``), the store name (``none``) and times."""
    guest = [g.rnd.random() < 0.35 for _ in range(g.rows)]
    pairs = [v.person(g, "au") for _ in range(g.rows)]
    created = g.moments("2025-06-01", "2025-12-20")
    totals = g.amounts(19, 1_450)

    def note() -> str | None:
        if g.rnd.random() < 0.78:
            return None
        return g.rnd.choice(["Pls leave at side gate, dog is friendly", "Authority to leave",
                             f"Gift for my son {v.given(g, 'au', False)}'s 16th – no invoice in the box!",
                             f"Call {v.given(g, 'au')} on {g.phone('AU', 'national')} when out the front",
                             "Deliver to work: Robina Town Centre, level 2 reception",
                             f"Board is for {v.whole(g, 'au')}, he'll pick it up from the shop",
                             "Can you wax the board before sending?"])

    codes = ["SUMMER25", "KIRRA10", "SWELL15", "LOCALS20", "BRODIE10", "TAHLIA15", "BOXINGDAY30"]
    coupon = [g.rnd.choice(codes) if g.rnd.random() < 0.45 else None for _ in range(g.rows)]
    methods = [g.rnd.choice([("auspost_parcel", "Australia Post - Parcel Post"),
                             ("auspost_express", "Australia Post - Express Post"), ("sendle_std", "Sendle - Standard"),
                             ("pickup_store", "Click & Collect - Burleigh store")]) for _ in range(g.rows)]
    return Table("magento.sales_flat_order", "en", "snake", [
        c("entity_id", N, "INTEGER", g.keys(52_001), "decoy", KEY, FRAMEWORK),
        c("state", N, "VARCHAR", g.col(g.pick(["complete", "complete", "processing", "canceled", "closed"])), "decoy",
          FRAMEWORK),
        c("status", N, "VARCHAR", g.col(g.pick(["complete", "complete", "processing", "canceled", "closed",
                                                 "pending_payment"])), "decoy", FRAMEWORK),
        c("coupon_code", N, "VARCHAR", coupon, "decoy", SHAPE, FRAMEWORK),
        c("protect_code", N, "VARCHAR", g.col(lambda: g.code("xxxxxx")), "decoy", CREDENTIAL, FRAMEWORK),
        c("shipping_description", N, "VARCHAR", [m[1] for m in methods], "decoy", FRAMEWORK),
        c("is_virtual", N, "SMALLINT", [0] * g.rows, "decoy", FRAMEWORK),
        c("store_id", N, "SMALLINT", [1] * g.rows, "decoy", KEY, FRAMEWORK),
        c("customer_id", N, "INTEGER", [None if x else g.rnd.randint(1, 9_400) for x in guest], "decoy", KEY,
          FRAMEWORK),
        c("base_grand_total", N, "DECIMAL(12,4)", totals, "decoy", FRAMEWORK),
        c("grand_total", N, "DECIMAL(12,4)", totals, "decoy", FRAMEWORK),
        c("shipping_amount", N, "DECIMAL(12,4)", [0.0 if m[0] == "pickup_store" else g.rnd.choice([9.95, 14.95, 0.0])
                                                  for m in methods], "decoy", FRAMEWORK),
        c("tax_amount", N, "DECIMAL(12,4)", [round(t / 11, 2) for t in totals], "decoy", FRAMEWORK),
        c("total_qty_ordered", N, "DECIMAL(12,4)", g.ints(1, 5), "decoy", FRAMEWORK),
        c("customer_is_guest", N, "SMALLINT", [int(x) for x in guest], "decoy", FRAMEWORK),
        c("customer_group_id", N, "SMALLINT", [0 if x else g.rnd.choice([1, 1, 1, 2]) for x in guest], "decoy",
          FRAMEWORK),
        c("quote_id", N, "INTEGER", g.keys(88_410, 3), "decoy", KEY, FRAMEWORK),
        c("billing_address_id", N, "INTEGER", g.keys(104_001, 2), "decoy", KEY, FRAMEWORK),
        c("shipping_address_id", N, "INTEGER", g.keys(104_002, 2), "decoy", KEY, FRAMEWORK),
        c("increment_id", N, "VARCHAR", [str(100_012_000 + i) for i in range(g.rows)], "decoy", SHAPE, FRAMEWORK),
        c("base_currency_code", N, "VARCHAR", ["AUD"] * g.rows, "decoy", FRAMEWORK),
        c("order_currency_code", N, "VARCHAR", ["AUD"] * g.rows, "decoy", FRAMEWORK),
        c("customer_email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["au"]) for a, b in pairs],
          FRAMEWORK),
        c("customer_firstname", "first_name", "VARCHAR", [a for a, _ in pairs], FRAMEWORK),
        c("customer_middlename", "first_name", "VARCHAR", g.col(lambda: v.given(g, "au"), 0.86), HEAVY, FRAMEWORK),
        c("customer_lastname", "last_name", "VARCHAR", [b for _, b in pairs], FRAMEWORK),
        c("customer_prefix", N, "VARCHAR", g.col(g.pick(["Mr", "Ms", "Mrs", "Miss", "Dr"]), 0.5), "decoy", FRAMEWORK),
        c("customer_dob", "date_of_birth", "TIMESTAMP", [None if x or g.rnd.random() < 0.6 else
                                                         datetime.combine(g.birth(1958, 2009), datetime.min.time())
                                                         for x in guest], HEAVY, FRAMEWORK),
        c("customer_gender", N, "SMALLINT", g.col(g.pick([1, 2, 3]), 0.45), "decoy", FRAMEWORK),
        c("customer_note", "free_text", "TEXT", [note() for _ in range(g.rows)], HEAVY, FRAMEWORK),
        c("customer_note_notify", N, "SMALLINT", g.col(g.pick([0, 1])), "decoy", FRAMEWORK),
        c("discount_description", N, "VARCHAR", coupon, "decoy", SHAPE, FRAMEWORK),
        c("remote_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip("AU", 0.2)), FRAMEWORK),
        c("x_forwarded_for", "ip_address", "VARCHAR", g.col(lambda: g.ip("AU", 0.1), 0.8), HEAVY, FRAMEWORK),
        c("shipping_method", N, "VARCHAR", [m[0] for m in methods], "decoy", FRAMEWORK),
        c("store_name", N, "VARCHAR", ["Main Website\nMain Website Store\nDefault Store View"] * g.rows, "decoy",
          SOUNDS, FRAMEWORK),
        c("total_item_count", N, "SMALLINT", g.ints(1, 4), "decoy", FRAMEWORK),
        c("weight", N, "DECIMAL(12,4)", [round(g.rnd.uniform(0.1, 9.0), 4) for _ in range(g.rows)], "decoy",
          FRAMEWORK),
        c("created_at", N, "TIMESTAMP", created, "decoy", FRAMEWORK),
        c("updated_at", N, "TIMESTAMP", [t + timedelta(hours=g.rnd.randint(1, 96)) for t in created], "decoy",
          FRAMEWORK),
    ])


def woo_subscriptions(g: Gen) -> Table:
    """A Nova Scotia tea company's monthly tea box on WooCommerce Subscriptions: the subscriptions' post meta pivoted
    to one column per meta key (``_billing_first_name`` ... ``_billing_phone``, ``_shipping_*``), 55 rows. Gift boxes
    ship to someone else (the ``_shipping_*`` person, tag ``gift``) with a ``_gift_message``; the order key, the Stripe
    ids and the schedule are ``none``; empty meta values are empty strings."""
    pairs = [v.person(g, "ca") for _ in range(g.rows)]
    gift = [g.rnd.random() < 0.3 for _ in range(g.rows)]
    ships = [v.person(g, "ca") if x else p for x, p in zip(gift, pairs)]
    places = [g.rnd.choice(v.CA_CITIES[:10] if g.rnd.random() < 0.7 else v.CA_CITIES) for _ in range(g.rows)]
    splaces = [g.rnd.choice(v.CA_CITIES) if x else p for x, p in zip(gift, places)]
    streets = [v.ca_street(g) for _ in range(g.rows)]
    sstreets = [v.ca_street(g) if x else s for x, s in zip(gift, streets)]
    starts = g.moments("2024-01-01", "2025-11-30")

    def message(is_gift: bool) -> str | None:
        if not is_gift or g.rnd.random() < 0.25:
            return None
        return g.rnd.choice([f"Happy birthday Aunt {v.given(g, 'ca', True)}! Love {v.given(g, 'ca')} xx",
                             f"For Mom & Dad – enjoy a cuppa on us. {v.given(g, 'ca')} and {v.given(g, 'ca')}",
                             "Congratulations on the retirement!", f"Merry Christmas from the {v.person(g, 'ca')[1]}s"])

    return Table("tidewater_wp.wc_subscription_meta_pivot", "en", "meta", [
        c("post_id", N, "BIGINT", g.keys(4_401, 7), "decoy", KEY, FRAMEWORK),
        c("post_status", N, "VARCHAR", g.col(g.pick(["wc-active", "wc-active", "wc-active", "wc-on-hold",
                                                      "wc-cancelled", "wc-pending-cancel"])), "decoy", FRAMEWORK),
        c("_order_key", N, "VARCHAR", g.col(lambda: "wc_order_" + v.token(g, "", 13)), "decoy", CREDENTIAL,
          FRAMEWORK),
        c("_customer_user", N, "BIGINT", g.ints(2, 900), "decoy", KEY, FRAMEWORK),
        c("_billing_first_name", "first_name", "VARCHAR", [a for a, _ in pairs], FRAMEWORK),
        c("_billing_last_name", "last_name", "VARCHAR", [b for _, b in pairs], FRAMEWORK),
        c("_billing_address_1", "street_address", "VARCHAR", streets, FRAMEWORK),
        c("_billing_address_2", "street_address", "VARCHAR", [f"Apt {g.rnd.randint(1, 30)}" if g.rnd.random() < 0.15
                                                              else "" for _ in range(g.rows)], NULLWORD, FRAMEWORK),
        c("_billing_city", "city", "VARCHAR", [p[0] for p in places], FRAMEWORK),
        c("_billing_state", N, "VARCHAR", [p[1] for p in places], "decoy", FRAMEWORK),
        c("_billing_postcode", "postal_code", "VARCHAR", [v.ca_postcode(g, g.rnd.choice(p[2])) for p in places],
          FRAMEWORK),
        c("_billing_country", N, "VARCHAR", ["CA"] * g.rows, "decoy", SHAPE, FRAMEWORK),
        c("_billing_email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ca"]) for a, b in pairs],
          FRAMEWORK),
        c("_billing_phone", "phone", "VARCHAR", [g.phone("CA", g.rnd.choice(["national", "dashes", "digits"]),
                                                         areas=p[3]) for p in places], FRAMEWORK),
        c("_shipping_first_name", "first_name", "VARCHAR", [a for a, _ in ships], GIFT, ROLE, FRAMEWORK),
        c("_shipping_last_name", "last_name", "VARCHAR", [b for _, b in ships], GIFT, ROLE, FRAMEWORK),
        c("_shipping_address_1", "street_address", "VARCHAR", sstreets, GIFT, FRAMEWORK),
        c("_shipping_city", "city", "VARCHAR", [p[0] for p in splaces], FRAMEWORK),
        c("_shipping_postcode", "postal_code", "VARCHAR", [v.ca_postcode(g, g.rnd.choice(p[2])) for p in splaces],
          FRAMEWORK),
        c("_shipping_phone", "phone", "VARCHAR", [g.phone("CA", "national", areas=p[3]) if x and g.rnd.random() < 0.6
                                                  else "" for x, p in zip(gift, splaces)], NULLWORD, GIFT, FRAMEWORK),
        c("_customer_ip_address", "ip_address", "VARCHAR", g.col(lambda: g.ip("CA", 0.25)), FRAMEWORK),
        c("_customer_user_agent", N, "VARCHAR", g.col(g.pick(v.USER_AGENTS)), "decoy", AGENT, SHAPE, FRAMEWORK),
        c("_order_total", N, "VARCHAR", g.col(g.pick(["29.00", "29.00", "39.00", "54.00"])), "decoy", FRAMEWORK),
        c("_order_currency", N, "VARCHAR", ["CAD"] * g.rows, "decoy", FRAMEWORK),
        c("_payment_method", N, "VARCHAR", g.col(g.pick(["stripe", "stripe", "ppcp-gateway"])), "decoy", FRAMEWORK),
        c("_stripe_customer_id", N, "VARCHAR", g.col(lambda: v.token(g, "cus_", 14)), "decoy", TOKEN, FRAMEWORK),
        c("_stripe_source_id", N, "VARCHAR", g.col(lambda: v.token(g, "pm_1", 23)), "decoy", TOKEN, FRAMEWORK),
        c("_billing_interval", N, "VARCHAR", g.col(g.pick(["1", "1", "3"])), "decoy", FRAMEWORK),
        c("_billing_period", N, "VARCHAR", ["month"] * g.rows, "decoy", FRAMEWORK),
        c("_schedule_start", N, "VARCHAR", [s.strftime("%Y-%m-%d %H:%M:%S") for s in starts], "decoy", FRAMEWORK),
        c("_schedule_next_payment", N, "VARCHAR", [g.moment("2025-12-01", "2026-01-31").strftime("%Y-%m-%d %H:%M:%S")
                                                   for _ in range(g.rows)], "decoy", FRAMEWORK),
        c("_box_preference", N, "VARCHAR", g.col(g.pick(["Black & breakfast", "Herbal only", "Surprise me",
                                                          "Green & oolong", "Decaf please"])), "decoy"),
        c("_gift_message", "free_text", "VARCHAR", [message(x) for x in gift], HEAVY, GIFT),
        c("_created_via", N, "VARCHAR", g.col(g.pick(["checkout", "checkout", "admin"])), "decoy", FRAMEWORK),
    ])


def marketplace_sellers(g: Gen) -> Table:
    """A handmade-goods marketplace's individual sellers in Great Britain and Ireland with their payout details
    (48 rows): the shop name and URL (``none``: a trading name), the seller's legal first and last name, e-mail,
    phone, date of birth and home address (KYC), the tax identifier collected for DAC7 reporting (a UK UTR or an Irish
    PPSN: ``national_id``), the VAT number of the registered ones (``none``), the payout IBAN, its account holder and
    sort code (``none``) and the account's last four digits (``none``), the Stripe Connect id, the KYC check, and the
    seller's public bio (``free_text``)."""
    irish = [g.rnd.random() < 0.3 for _ in range(g.rows)]
    pairs = [v.person(g, "ie" if x else "uk") for x in irish]
    towns = [g.rnd.choice(v.IE_TOWNS) if x else v.uk_town(g) for x in irish]
    ibans = [v.iban(g, "IE" if x else "GB") for x in irish]
    words = ["Driftwood", "Daisy", "Hedgerow", "Bramble", "Thistle", "Kiln", "Loom", "Wren", "Clover", "Heather",
             "Tidal", "Moss"]
    crafts = ["Knitwear", "Ceramics", "Candles", "Prints", "Silver", "Woodwork", "Soap Co.", "Textiles"]
    shops = [f"{g.rnd.choice(words)} & {g.rnd.choice(words)}" if g.rnd.random() < 0.5 else
             f"{g.rnd.choice(words)} {g.rnd.choice(crafts)}" for _ in range(g.rows)]

    def holder(a: str, b: str) -> str:
        return g.rnd.choice([f"{a} {b}", f"{a} {b}", f"{a[0]} {b}".upper(), f"MR {a[0]} {b}".upper()
                             if g.rnd.random() < 0.5 else f"MS {a[0]} {b}".upper()])

    def bio(a: str, town: str) -> str:
        return g.rnd.choice([f"Hi, I'm {a}! I make everything by hand in my garden shed in {town}.",
                             f"{a} here – I learnt to knit from my nan {v.given(g, 'uk', True)} and never stopped.",
                             f"Run by {a} and my partner {v.given(g, 'uk')} from our kitchen table.",
                             "Small-batch ceramics, glazed and fired in small runs.",
                             "Hand-poured soy candles in recycled jars. Made to order, posted within 5 days."])

    return Table("makersmith.seller_payout_profiles", "en", "snake", [
        c("seller_id", N, "INTEGER", g.keys(3_001, 13), "decoy", KEY),
        c("shop_name", N, "VARCHAR", shops, "business", SOUNDS),
        c("shop_url", N, "VARCHAR", ["https://makersmith.co.uk/shop/"
                                     + s.lower().replace(" & ", "-and-").replace(" ", "-") for s in shops], "decoy",
          SHAPE),
        c("legal_first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("legal_last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ie" if x else "uk"])
                                        for x, (a, b) in zip(irish, pairs)]),
        c("phone", "phone", "VARCHAR", [g.phone("IE", g.rnd.choice(["e164", "intl"])) if x else
                                        g.phone("GB", g.rnd.choice(["national", "e164"])) for x in irish]),
        c("date_of_birth", "date_of_birth", "DATE", [g.birth(1952, 2005) for _ in range(g.rows)]),
        c("home_address_line1", "street_address", "VARCHAR", [v.ie_street(g) if x else v.uk_street(g) for x in irish]),
        c("home_address_line2", "street_address", "VARCHAR", [g.rnd.choice(["Flat 2", "Unit 4", "The Old Forge",
                                                                             g.rnd.choice(v.UK_LOCALITIES)])
                                                              if not x and g.rnd.random() < 0.35 else None
                                                              for x in irish], HEAVY),
        c("town", "city", "VARCHAR", [t[0] for t in towns]),
        c("postcode", "postal_code", "VARCHAR", [v.ie_eircode(g, g.rnd.choice(t[2])) if x else v.uk_postcode(g, t)
                                                 for x, t in zip(irish, towns)]),
        c("country", N, "VARCHAR", ["IE" if x else "GB" for x in irish], "decoy", SHAPE),
        c("tin_type", N, "VARCHAR", ["PPSN" if x else "UTR" for x in irish], "decoy"),
        c("tax_identifier", "national_id", "VARCHAR", [None if g.rnd.random() < 0.12 else v.ie_pps(g) if x else
                                                       v.gb_utr(g) for x in irish], CHECKED),
        c("vat_number", N, "VARCHAR", [(v.ie_vat(g) if x else v.gb_vat(g)) if g.rnd.random() < 0.5 else None
                                       for x in irish], "business", SHAPE, CHECKED),
        c("payout_account_holder", "person_name", "VARCHAR", [holder(a, b) for a, b in pairs], ROLE),
        c("payout_iban", "iban", "VARCHAR", [" ".join(x[i:i + 4] for i in range(0, len(x), 4))
                                             if g.rnd.random() < 0.4 else x for x in ibans], CHECKED),
        c("payout_sort_code", N, "VARCHAR", [None if x.startswith("IE") else f"{x[8:10]}-{x[10:12]}-{x[12:14]}"
                                             for x in ibans], "decoy", SHAPE),
        c("account_number_last4", N, "VARCHAR", [x[-4:] for x in ibans], "decoy", PARTIAL),
        c("payout_currency", N, "VARCHAR", ["EUR" if x else "GBP" for x in irish], "decoy"),
        c("payout_schedule", N, "VARCHAR", g.col(g.pick(["weekly", "weekly", "monthly"])), "decoy"),
        c("stripe_account_id", N, "VARCHAR", g.col(lambda: v.token(g, "acct_1", 15)), "decoy", TOKEN),
        c("kyc_status", N, "VARCHAR", g.col(g.pick(["verified", "verified", "verified", "pending", "requires_input"])),
          "decoy"),
        c("id_document_type", N, "VARCHAR", g.col(g.pick(["passport", "driving_licence", "passport",
                                                           "national_identity_card"])), "decoy"),
        c("id_check_id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("commission_rate", N, "DECIMAL(4,3)", g.col(g.pick([0.065, 0.08, 0.1])), "decoy"),
        c("joined_at", N, "TIMESTAMP", g.moments("2019-03-01", "2025-11-30"), "decoy"),
        c("seller_bio", "free_text", "VARCHAR", [bio(a, t[0]) for (a, _), t in zip(pairs, towns)]),
    ])


# -- reviews, returns, click and collect, buy now pay later ------------------------------------------------------------


def product_reviews(g: Gen) -> Table:
    """A US footwear brand's product reviews from its reviews platform's API (camelCase): review and product ids,
    product titles named after people (``The Harper Chelsea Boot``: ``none``), SKU and UPC (check digit: ``none``),
    the reviewer's name as typed (``Sarah M.``, ``Sarah Mitchell`` or ``Sarah``: ``person_name``), the public
    nickname (``unclassified``), e-mail, location (``Denver, CO``: ``city``), rating, title (``none``), body
    (``free_text``), fit and size (``none``), the submitter's IP, the brand's reply (``free_text``, signed) and the
    staff member who replied (few first names)."""
    products = [(t, s, v.gtin(g, 12, "8" + g.digits(2))) for t, s in v.US_FOOTWEAR]
    product = [g.rnd.randrange(len(products)) for _ in range(g.rows)]
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, lambda x: v.given(x, "us"))
    replier = [g.rnd.choice(staff) if g.rnd.random() < 0.35 else None for _ in range(g.rows)]

    def name(a: str, b: str) -> str:
        return g.rnd.choices([f"{a} {b[0]}.", f"{a} {b}", a, f"{a[0]}. {b}"], [5, 3, 2, 0.5])[0]

    def nickname(a: str, b: str) -> str | None:
        if g.rnd.random() < 0.3:
            return None
        return g.rnd.choice([f"{v.plain(a)}{g.rnd.randint(70, 99)}", f"bootlover{g.rnd.randint(1, 999)}",
                             f"{v.plain(a)[0]}{v.plain(b)}", f"trailmama{g.rnd.randint(1, 40)}",
                             f"{v.plain(b)}_{v.plain(a)[:3]}", "happyfeet", "PNWhiker"])

    def body(a: str) -> str:
        return g.rnd.choice([f"Bought these for my husband {v.given(g, 'us', False)} and he hasn't taken them off.",
                             f"My daughter {v.given(g, 'us', True)} wears a 7 and the 7 fit perfectly.",
                             "Runs a half size small. Sized up and they're perfect.",
                             f"Ordered a 10, swapped for a 10.5 – thanks to {g.rnd.choice(staff)} in customer service!",
                             "Love them! Comfortable right out of the box.", "Leather scuffs easily, otherwise great.",
                             f"Wore them to my sister {v.given(g, 'us', True)}'s wedding, danced all night.",
                             "Third pair. Still the best boot I own.", "Not waterproof like the listing says."])

    def reply(who: str | None, a: str) -> str | None:
        if who is None:
            return None
        return g.rnd.choice([f"Thanks so much, {a}! – {who} at Cobble & Pine",
                             f"Hi {a}, sorry to hear that. {who} here – please email us and we'll make it right.",
                             f"We love this, {a}! {who}, Cobble & Pine Customer Care"])

    return Table("reviews_api.productReviews", "en", "camel", [
        c("reviewId", N, "BIGINT", g.keys(7_000_101, 3), "decoy", KEY),
        c("productId", N, "BIGINT", [9_100_000 + p for p in product], "decoy", KEY),
        c("productTitle", N, "VARCHAR", [products[p][0] for p in product], "decoy", PRODUCT, SOUNDS),
        c("productSku", N, "VARCHAR", [f"{products[p][1]}-{g.rnd.choice(['BRN', 'BLK', 'TAN', 'OLV'])}"
                                       for p in product], "decoy", SHAPE),
        c("productUpc", N, "VARCHAR", [products[p][2] for p in product], "decoy", SHAPE, CHECKED),
        c("reviewerName", "person_name", "VARCHAR", [name(a, b) for a, b in pairs], ROLE),
        c("userNickname", USERNAME, "VARCHAR", [nickname(a, b) for a, b in pairs], USER),
        c("reviewerEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["us"]) for a, b in pairs], ROLE_EMAIL),
        c("reviewerLocation", "city", "VARCHAR", [g.rnd.choice([f"{p[0]}, {p[1]}", p[0], f"{p[0]} {p[1]}"])
                                                  if g.rnd.random() < 0.7 else "" for p in places]),
        c("rating", N, "SMALLINT", [g.rnd.choices([1, 2, 3, 4, 5], [1, 1, 2, 5, 11])[0] for _ in range(g.rows)],
          "decoy"),
        c("title", N, "VARCHAR", g.col(g.pick(["Comfy from day one", "Runs small", "Great boots", "Worth it",
                                               "Disappointed", "Perfect fit", "Cute but stiff"])), "decoy"),
        c("body", "free_text", "VARCHAR", [body(a) for a, _ in pairs]),
        c("fitFeedback", N, "VARCHAR", g.col(g.pick(["true_to_size", "runs_small", "runs_large"]), 0.2), "decoy"),
        c("sizePurchased", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['W', 'M'])} {g.rnd.randint(6, 12)}"
                                               f"{g.rnd.choice(['', '.5', ' Wide'])}"), "decoy"),
        c("isVerifiedBuyer", N, "BOOLEAN", g.yn(True, False, 0.8), "decoy"),
        c("helpfulYes", N, "INTEGER", g.ints(0, 40), "decoy"),
        c("helpfulNo", N, "INTEGER", g.ints(0, 6), "decoy"),
        c("submittedAt", N, "TIMESTAMP", g.moments("2024-03-01", "2025-12-15"), "decoy"),
        c("submitterIp", "ip_address", "VARCHAR", g.col(lambda: g.ip("US", 0.35), 0.05)),
        c("merchantReply", "free_text", "VARCHAR", [reply(w, a) for w, (a, _) in zip(replier, pairs)], HEAVY),
        c("merchantReplyBy", "first_name", "VARCHAR", replier, HEAVY, STAFF),
        c("moderationStatus", N, "VARCHAR", g.col(g.pick(["APPROVED", "APPROVED", "APPROVED", "REJECTED",
                                                           "PENDING"])), "decoy"),
        c("syndicationSource", N, "VARCHAR", g.col(g.pick(["direct", "direct", "Zappos", "Nordstrom"])), "decoy"),
    ])


def returns_rma(g: Gen) -> Table:
    """A Manchester fashion retailer's returns portal (abbreviated snake case: ``cust_nm``, ``cust_ph``,
    ``coll_addr``, ``trk_no``): the RMA and order references, the customer's name, e-mail and phone, the return
    method, the collection address, postcode and town for courier collections (NULL for drop-offs), the reason code
    and the customer's reason (``free_text``), the item SKUs, the tracking number (Royal Mail's with its S10 check
    digit, Evri's, DPD's: ``none``), the courier's notes (``free_text``), the refund, the returns warehouse's address
    and phone (``none``), the QC grade, the agent's login (``unclassified``) and the creating system (``none``)."""
    pairs = [v.person(g, "uk") for _ in range(g.rows)]
    method = [g.rnd.choices(["Royal Mail Tracked Returns", "Evri ParcelShop", "DPD Collection", "Evri Collection"],
                            [4, 3, 2, 1.5])[0] for _ in range(g.rows)]
    collect = ["Collection" in m for m in method]
    towns = [v.uk_town(g) for _ in range(g.rows)]
    agents = _logins(g, 5, "uk", 0)

    def tracking(m: str) -> str:
        if m.startswith("Royal Mail"):
            return v.royal_mail(g)
        if m.startswith("Evri"):
            return "H" + g.code("ZZZZZZZZZZZZZZZ")
        return g.code("15599999999999")

    def reason() -> str:
        return g.rnd.choice(["Too small", "Too big", "Not as pictured", "", "Changed my mind", "Faulty zip",
                             f"Bought for my daughter {v.given(g, 'uk', True)} but it's too tight on her",
                             f"Duplicate order – my partner {v.given(g, 'uk')} ordered the same dress",
                             "Colour is more orange than the photo"])

    def courier_note(is_collection: bool) -> str | None:
        if g.rnd.random() < 0.45:
            return None
        if is_collection:
            neighbour = f"{g.rnd.choice(['Mr', 'Mrs'])} {v.person(g, 'uk')[1]}"
            return g.rnd.choice([f"Collected from neighbour at no. {g.rnd.randint(2, 90)} ({neighbour})",
                                 "Customer not in, carded",
                                 f"Parcel left in porch by {v.given(g, 'uk')}, signed for",
                                 f"Rang {g.phone('GB', 'national')}, no answer – reattempt tomorrow"])
        return g.rnd.choice(["Dropped at ParcelShop", "Scanned at depot", "Label reprinted at counter",
                             f"Handed in by {v.whole(g, 'uk')} at Post Office counter"])

    return Table("returns_portal.rma_requests", "en", "snake", [
        c("rma_no", N, "VARCHAR", [f"RMA-25-{i:06d}" for i in range(4_512, 4_512 + g.rows)], "decoy", SHAPE,
          ABBREV),
        c("ord_ref", N, "VARCHAR", g.col(lambda: g.code("NT1999999")), "decoy", SHAPE, ABBREV),
        c("cust_nm", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs], ABBREV),
        c("cust_email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["uk"]) for a, b in pairs]),
        c("cust_ph", "phone", "VARCHAR", g.phones("GB", {"national": 5, "e164": 2, "digits": 2, "idd": 0.5}, 0.95,
                                                   0.1), ABBREV),
        c("ret_method", N, "VARCHAR", method, "decoy", ABBREV),
        c("coll_addr", "street_address", "VARCHAR", [v.uk_street(g) if x else None for x in collect], HEAVY, ABBREV),
        c("coll_pc", "postal_code", "VARCHAR", [v.uk_postcode(g, t) if x else None for x, t in zip(collect, towns)],
          HEAVY, ABBREV),
        c("coll_town", "city", "VARCHAR", [t[0] if x else None for x, t in zip(collect, towns)], HEAVY, ABBREV),
        c("reason_cd", N, "VARCHAR", g.col(g.pick(["TOO_SMALL", "TOO_BIG", "NOT_AS_DESC", "FAULTY", "CHANGED_MIND"])),
          "decoy", ABBREV),
        c("reason_txt", "free_text", "VARCHAR", [reason() for _ in range(g.rows)], ABBREV),
        c("item_skus", N, "VARCHAR", g.col(lambda: "; ".join(g.code("NT-AAA-9999-") + g.rnd.choice(["S", "M", "L"])
                                                             for _ in range(g.rnd.randint(1, 3)))), "decoy", SHAPE),
        c("carrier", N, "VARCHAR", [m.split()[0] if not m.startswith("Royal") else "Royal Mail" for m in method],
          "decoy"),
        c("trk_no", N, "VARCHAR", [tracking(m) for m in method], "decoy", SHAPE, ABBREV, CHECKED),
        c("courier_notes", "free_text", "VARCHAR", [courier_note(x) for x in collect]),
        c("refund_amt", N, "DECIMAL(8,2)", g.amounts(8, 180), "decoy", ABBREV),
        c("refund_mthd", N, "VARCHAR", g.col(g.pick(["original_payment", "original_payment", "store_credit",
                                                      "exchange"])), "decoy", ABBREV),
        c("refund_sts", N, "VARCHAR", g.col(g.pick(["refunded", "refunded", "pending_qc", "rejected"])), "decoy",
          ABBREV),
        c("rcvd_dt", N, "DATE", g.days("2025-09-01", "2025-12-20", 0.2), "decoy", ABBREV),
        c("wh_addr", N, "VARCHAR", [WAREHOUSE] * g.rows, "business", ABBREV),
        c("wh_ph", N, "VARCHAR", g.col(lambda: f"0161 496 0{g.rnd.randint(100, 999)}"), "business", ABBREV),
        c("qc_grade", N, "VARCHAR", g.col(g.pick(["A", "A", "B", "C", "WRITE_OFF"]), 0.2), "decoy", ABBREV),
        c("processed_by", USERNAME, "VARCHAR", g.col(g.pick(agents), 0.2), USER, AUDIT),
        c("created_by_sys", N, "VARCHAR", g.col(g.pick(["returns-portal", "returns-portal", "zendesk-sync"])),
          "decoy", AUDIT, SERVICE, ABBREV),
    ])


def bopis_pickups(g: Gen) -> Table:
    """An Ohio hardware and garden chain's buy-online-pick-up-in-store log (PascalCase, a .NET store app): the pickup
    and order numbers, the store's number, name, address and phone (``none``), the customer's names, phone and
    e-mail, the alternate pickup person and phone (``role_word``, mostly NULL), the ID presented for age-restricted
    items (type, issuing state and last four digits: ``none``; the date of birth on it, mostly NULL), the associate
    who checked it (few first names), the locker PIN (``none``), the bay, the vehicle (``none``) and notes."""
    stores = [("0412", "Buckeye Hardware #0412 Dublin", "6650 Perimeter Loop Rd, Dublin, OH 43017", 40.0992, -83.1141),
              ("0127", "Buckeye Hardware #0127 Akron West", "3265 W Market St, Akron, OH 44333", 41.1331, -81.6360),
              ("0233", "Buckeye Hardware #0233 Toledo", "5501 Monroe St, Toledo, OH 43623", 41.6900, -83.6430),
              ("0318", "Buckeye Hardware #0318 Mentor", "9600 Mentor Ave, Mentor, OH 44060", 41.6650, -81.3390)]
    store = [g.rnd.randrange(len(stores)) for _ in range(g.rows)]
    phones = {i: v.office_phone_us(g) for i in range(len(stores))}
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    places = [g.rnd.choice(v.OH_CITIES) for _ in range(g.rows)]
    associates = _staff(g, 6, lambda x: v.given(x, "us"))
    restricted = [g.rnd.random() < 0.4 for _ in range(g.rows)]
    alternate = [g.rnd.random() < 0.22 for _ in range(g.rows)]
    ready = g.moments("2025-09-01", "2025-12-20")

    def note() -> str | None:
        if g.rnd.random() < 0.6:
            return None
        return g.rnd.choice([f"Husband {v.given(g, 'us', False)} picking up, has the order #",
                             f"Customer called from {g.phone('US', 'dashes', areas=['330', '614'])}, running late",
                             "Propane exchange – tank left at cage 2", "Heavy item, loaded by associate",
                             f"Son {v.given(g, 'us', False)} (17) tried to pick up spray paint – refused, needs 18+"])

    return Table("StoreOps.BopisPickups", "en", "pascal", [
        c("PickupId", N, "BIGINT", g.keys(880_001), "decoy", KEY),
        c("OrderNumber", N, "VARCHAR", g.col(lambda: g.code("W2025-999999")), "decoy", SHAPE),
        c("StoreNumber", N, "VARCHAR", [stores[i][0] for i in store], "decoy"),
        c("StoreName", N, "VARCHAR", [stores[i][1] for i in store], "business"),
        c("StoreAddress", N, "VARCHAR", [stores[i][2] for i in store], "business"),
        c("StorePhone", N, "VARCHAR", [phones[i] for i in store], "business"),
        c("StoreLat", N, "DOUBLE", [stores[i][3] for i in store], "business"),
        c("StoreLng", N, "DOUBLE", [stores[i][4] for i in store], "business"),
        c("CustomerFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("CustomerLastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("CustomerPhone", "phone", "VARCHAR", [g.phone("US", g.rnd.choice(["national", "dashes", "digits", "e164"]),
                                                        areas=p[2]) for p in places]),
        c("CustomerEmail", "email", "VARCHAR", _dirty(g, [v.email_of(g, a, b, v.DOMAINS["us"]) for a, b in pairs],
                                                      0.04, ["none@none.com", "no@email.com"]), PLACEHOLDER),
        c("AltPickupName", "person_name", "VARCHAR", [v.whole(g, "us") if x else None for x in alternate], HEAVY,
          ROLE),
        c("AltPickupPhone", "phone", "VARCHAR", [g.phone("US", "national", areas=p[2]) if x and g.rnd.random() < 0.7
                                                 else None for x, p in zip(alternate, places)], HEAVY, ROLE),
        c("AgeRestricted", N, "BOOLEAN", restricted, "decoy"),
        c("IdTypePresented", N, "VARCHAR", [g.rnd.choice(["Driver License", "Driver License", "State ID", "Passport"])
                                            if x else "" for x in restricted], "decoy"),
        c("IdIssuingState", N, "VARCHAR", [g.rnd.choice(["OH", "OH", "OH", "PA", "MI"]) if x else "" for x in
                                           restricted], "decoy"),
        c("IdLast4", N, "VARCHAR", [g.digits(4) if x else None for x in restricted], "decoy", PARTIAL),
        c("DobOnId", "date_of_birth", "DATE", [g.birth(1950, 2006) if x else None for x in restricted], HEAVY),
        c("VerifiedBy", "first_name", "VARCHAR", [g.rnd.choice(associates) if x else None for x in restricted],
          HEAVY, STAFF),
        c("LockerPin", N, "VARCHAR", g.col(lambda: g.digits(6), 0.45), "decoy", CREDENTIAL),
        c("PickupBay", N, "VARCHAR", g.col(lambda: f"Bay {g.rnd.randint(1, 8)}", 0.3), "decoy"),
        c("VehicleDesc", N, "VARCHAR", g.col(g.pick(["Silver Honda CR-V", "Black F-150", "White Camry", "Red Jeep",
                                                      "Gray minivan"]), 0.5), "decoy"),
        c("Status", N, "VARCHAR", g.col(g.pick(["PickedUp", "PickedUp", "PickedUp", "Expired", "Cancelled"])),
          "decoy"),
        c("ReadyAt", N, "TIMESTAMP", ready, "decoy"),
        c("PickedUpAt", N, "TIMESTAMP", [r + timedelta(hours=g.rnd.randint(1, 70)) if g.rnd.random() < 0.85 else None
                                         for r in ready], "decoy"),
        c("Notes", "free_text", "VARCHAR", [note() for _ in range(g.rows)], HEAVY),
    ])


def bnpl_applications(g: Gen) -> Table:
    """A US buy-now-pay-later lender's applications at furniture and mattress retailers' checkouts (camelCase API):
    the merchant (``none``), the applicant's names, date of birth (``MM/DD/YYYY``), SSN (asked for longer terms;
    some ``000-00-0000``) and its last four digits (``none``), e-mail, phone, address, unit, city, state (``none``)
    and ZIP, income, employer and housing (``none``), the repayment debit card (Luhn) and expiry (``none``), the bank
    routing number (check digits: ``none``) and the account's last four digits (``none``), the loan's terms, the
    decision, the IP and device fingerprint, the writer (a service)."""
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    term = [g.rnd.choice([0, 0, 6, 12, 24, 36]) for _ in range(g.rows)]
    ssns = _dirty(g, [v.us_ssn(g, g.rnd.random() < 0.8) if t >= 12 or g.rnd.random() < 0.3 else None for t in term],
                  0.04, ["000-00-0000"])
    last4 = [(s[-4:] if s and s != "000-00-0000" else g.digits(4)) if g.rnd.random() < 0.9 else None for s in ssns]
    merchants = ["Lakeside Mattress Outlet", "Hearth & Timber Furniture", "SleepWell Direct", "Prairie Sofa Co."]
    bank = [g.rnd.random() < 0.45 for _ in range(g.rows)]
    return Table("paywise.applications", "en", "camel", [
        c("applicationId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("merchantId", N, "VARCHAR", g.col(lambda: g.code("mer_ZZZZZZZZ")), "decoy", KEY),
        c("merchantName", N, "VARCHAR", g.col(g.pick(merchants)), "business"),
        c("merchantOrderRef", N, "VARCHAR", g.col(lambda: g.code("SO-99999999")), "decoy", SHAPE),
        c("applicantFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("applicantLastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("dateOfBirth", "date_of_birth", "VARCHAR", [g.birth(1948, 2006).strftime("%m/%d/%Y") for _ in range(g.rows)]),
        c("ssn", "ssn", "VARCHAR", ssns, PLACEHOLDER, CHECKED),
        c("ssnLast4", N, "VARCHAR", last4, "decoy", PARTIAL),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["us"]) for a, b in pairs]),
        c("mobilePhone", "phone", "VARCHAR", [g.phone("US", g.rnd.choice(["e164", "e164", "digits", "national"]),
                                                      areas=p[3]) for p in places]),
        c("streetAddress", "street_address", "VARCHAR", [v.us_street(g).split(" Apt")[0].split(" Unit")[0]
                                                         for _ in range(g.rows)]),
        c("unitNumber", "street_address", "VARCHAR", g.col(lambda: g.rnd.choice(["Apt ", "Unit ", "#"])
                                                           + str(g.rnd.randint(1, 40)) + g.rnd.choice(["", "B"]), 0.7),
          HEAVY),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("state", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("zipCode", "postal_code", "VARCHAR", [v.us_zip(g, p[2], 0.1) for p in places]),
        c("annualIncome", N, "INTEGER", [g.rnd.randint(18, 240) * 1_000 for _ in range(g.rows)], "decoy"),
        c("employerName", N, "VARCHAR", g.col(g.pick(["Kroger", "self-employed", "Amazon", "Mayo Clinic", "retired",
                                                       "State of Texas", "Home Depot"]), 0.1), "business"),
        c("housingStatus", N, "VARCHAR", g.col(g.pick(["RENT", "OWN", "OWN", "OTHER"])), "decoy"),
        c("monthlyHousingPayment", N, "INTEGER", g.ints(400, 3_800), "decoy"),
        c("debitCardNumber", "credit_card", "VARCHAR", g.col(lambda: v.card(g, ("visa", "mc", "disc")), 0.15),
          CHECKED),
        c("debitCardExpiry", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 12):02d}/{g.rnd.randint(26, 31)}", 0.15),
          "decoy"),
        c("bankRoutingNumber", N, "VARCHAR", [v.aba_routing(g) if x else None for x in bank], "decoy", SHAPE, CHECKED),
        c("bankAccountLast4", N, "VARCHAR", [g.digits(4) if x else None for x in bank], "decoy", PARTIAL),
        c("loanAmount", N, "DECIMAL(10,2)", g.amounts(250, 6_500), "decoy"),
        c("termMonths", N, "SMALLINT", [t or 2 for t in term], "decoy"),
        c("aprPercent", N, "DECIMAL(5,2)", [0.0 if t == 0 else round(g.rnd.uniform(0, 35.99), 2) for t in term],
          "decoy"),
        c("decision", N, "VARCHAR", g.col(g.pick(["APPROVED", "APPROVED", "DECLINED", "COUNTER_OFFER"])), "decoy"),
        c("declineReasonCodes", N, "VARCHAR", g.col(g.pick(["", "R01", "R04,R11", "R07"])), "decoy"),
        c("creditScoreBand", N, "VARCHAR", g.col(g.pick(["300-579", "580-669", "670-739", "740-799", "800-850"])),
          "decoy"),
        c("ipAddress", "ip_address", "VARCHAR", g.col(lambda: g.ip("US", 0.3))),
        c("deviceFingerprint", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE),
        c("createdBy", N, "VARCHAR", g.col(g.pick(["checkout-sdk", "checkout-sdk", "partner-api"])), "decoy", AUDIT,
          SERVICE),
        c("createdAt", N, "TIMESTAMP", g.moments("2025-07-01", "2025-12-20"), "decoy"),
    ])


# -- abandoned carts, support chat, POS receipts, an Indian pay-later app ----------------------------------------------


def abandoned_carts(g: Gen) -> Table:
    """A Galway skincare brand's abandoned carts on BigCommerce as a dbt staging model (Fivetran source): cart and
    customer ids (guests have none), the e-mail the recovery mails go to, first and last name, the billing phone,
    street, town, Eircode and county (``none``) as far as the shopper typed them, the cart's line items as JSON
    (``none``), the two recovery e-mails, the coupon and the recovery link with its token (``none``), the shopper's
    IP and user agent, the checkout's opaque ``custom_field_3`` (a gift note: ``free_text``) and Fivetran's columns."""
    pairs = [v.person(g, "ie") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.IE_TOWNS) for _ in range(g.rows)]
    depth = [g.rnd.random() for _ in range(g.rows)]  # how far into checkout the shopper got
    recovered = [g.rnd.random() < 0.4 for _ in range(g.rows)]
    products = [("WAB-SERUM-30", 38.0), ("WAB-CLEANSE-150", 22.0), ("WAB-SPF30-50", 26.0), ("WAB-BALM-SEAWEED", 19.5),
                ("WAB-GIFTSET-XMAS", 59.0)]

    def items() -> str:
        chosen = g.rnd.sample(products, g.rnd.randint(1, 3))
        return json.dumps([{"sku": s, "quantity": g.rnd.randint(1, 2), "price_inc_tax": p} for s, p in chosen])

    def gift_note() -> str | None:
        if g.rnd.random() < 0.58:
            return None
        return g.rnd.choice([f"Happy Christmas Mam, love {v.given(g, 'ie')} x", "No note",
                             f"For {v.given(g, 'ie')} – congrats on the new job!",
                             f"Leave with {v.whole(g, 'ie')} next door if not home"])

    return Table("analytics.stg_bigcommerce__abandoned_carts", "en", "snake", [
        c("cart_id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("customer_id", N, "INTEGER", g.ints(1, 18_000, 0.45), "decoy", KEY),
        c("customer_email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ie"]) for a, b in pairs]),
        c("customer_first_name", "first_name", "VARCHAR", [a if d > 0.2 else None for (a, _), d in zip(pairs, depth)]),
        c("customer_last_name", "last_name", "VARCHAR", [b if d > 0.35 else None for (_, b), d in zip(pairs, depth)]),
        c("billing_phone", "phone", "VARCHAR", [g.phone("IE", g.rnd.choice(["national", "e164", "digits"]),
                                                        g.rnd.random() < 0.9) if d > 0.6 else None for d in depth],
          HEAVY),
        c("billing_address_line_1", "street_address", "VARCHAR", [v.ie_street(g) if d > 0.55 else None for d in depth],
          HEAVY),
        c("billing_city", "city", "VARCHAR", [t[0] if d > 0.45 else None for t, d in zip(towns, depth)]),
        c("billing_eircode", "postal_code", "VARCHAR", [v.ie_eircode(g, t[2][0]) if d > 0.55 else None
                                                        for t, d in zip(towns, depth)], HEAVY),
        c("billing_county", N, "VARCHAR", [t[1] if d > 0.45 else None for t, d in zip(towns, depth)], "decoy"),
        c("cart_subtotal_eur", N, "DECIMAL(10,2)", g.amounts(19.5, 160), "decoy"),
        c("currency_code", N, "VARCHAR", ["EUR"] * g.rows, "decoy"),
        c("line_items", N, "VARCHAR", [items() for _ in range(g.rows)], "decoy", JSON_PLAIN),
        c("cart_created_at", N, "TIMESTAMP", g.moments("2025-10-01", "2025-12-20"), "decoy"),
        c("recovery_email_1_sent_at", N, "TIMESTAMP", g.moments("2025-10-01", "2025-12-21", 0.05), "decoy"),
        c("recovery_email_2_sent_at", N, "TIMESTAMP", g.moments("2025-10-02", "2025-12-22", 0.5), "decoy"),
        c("recovery_coupon_code", N, "VARCHAR", g.col(lambda: "COMEBACK10-" + g.code("ZZZZ"), 0.3), "decoy", SHAPE),
        c("recovery_url", N, "VARCHAR", g.col(lambda: "https://wildatlanticbotanicals.ie/cart.php?action=load&id="
                                              + g.uuid() + "&token=" + g.code("x" * 32)), "decoy", CREDENTIAL,
          SHAPE),
        c("is_recovered", N, "BOOLEAN", recovered, "decoy"),
        c("recovered_order_id", N, "INTEGER", [g.rnd.randint(20_000, 29_999) if x else None for x in recovered],
          "decoy", KEY),
        c("accepts_marketing", N, "BOOLEAN", g.yn(True, False, 0.45), "decoy"),
        c("customer_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip("IE", 0.3))),
        c("user_agent", N, "VARCHAR", g.col(g.pick(v.USER_AGENTS)), "decoy", AGENT, SHAPE),
        c("custom_field_3", "free_text", "VARCHAR", [gift_note() for _ in range(g.rows)], HEAVY, OPAQUE, MISLEADING,
          GIFT),
        c("utm_source", N, "VARCHAR", g.col(g.pick(["instagram", "google", "klaviyo", "direct", "facebook"]), 0.2),
          "decoy"),
        c("_fivetran_synced", N, "TIMESTAMP", g.moments("2025-12-21", "2025-12-22"), "decoy"),
        c("_fivetran_deleted", N, "BOOLEAN", [False] * g.rows, "decoy"),
    ])


def chat_messages(g: Gen) -> Table:
    """A Bengaluru electronics marketplace's customer-service chat export, one row per message: conversation and
    message ids, the time, who wrote it (customer, agent, bot, system), the agent (few) and the agent's work e-mail,
    the customer's name, e-mail and mobile, the order id and AWB (``none``), the message text (``free_text``: the
    customers' addresses, pincodes and numbers, the agents' names), the channel, the delivery pincode and city, the
    CSAT and tags (``none``)."""
    agents = [v.person(g, "in") for _ in range(6)]
    convs = []
    while sum(len(x[1]) for x in convs) < g.rows:
        a, b = v.person(g, "in")
        city = g.rnd.choice(v.IN_CITIES)
        agent = g.rnd.choice(agents) if g.rnd.random() < 0.85 else None
        n = min(g.rnd.randint(3, 9), g.rows - sum(len(x[1]) for x in convs))
        actors = ["bot"] + [g.rnd.choice(["customer", "customer", "agent"]) if agent else "customer"
                            for _ in range(n - 2)] + ["system"]
        convs.append(({"a": a, "b": b, "city": city, "agent": agent, "pin": v.in_pincode(g, city[2]),
                       "email": v.email_of(g, a, b, v.DOMAINS["in"]), "mobile": g.phone("IN", "nsn"),
                       "order": "OD" + g.digits(18), "awb": g.code("FMPC9999999999"),
                       "start": g.moment("2025-10-01", "2025-12-20"),
                       "channel": g.rnd.choice(["android", "android", "ios", "web", "whatsapp"])}, actors[:n]))

    def text(conv: dict, actor: str) -> str:
        a, agent = conv["a"], conv["agent"]
        if actor == "bot":
            return g.rnd.choice(["Welcome to Kartly Help! How can we help you today?",
                                 "Please choose: 1. Track order 2. Return/Replace 3. Refund status 4. Talk to agent"])
        if actor == "system":
            return (f"Conversation assigned to {agent[0]} {agent[1]}" if agent and g.rnd.random() < 0.5
                    else "Conversation resolved")
        if actor == "agent":
            return g.rnd.choice([f"Hi {a}, I'm {agent[0]} from Kartly support. Let me check this for you.",
                                 "Could you please confirm your delivery address?",
                                 (f"I have raised a priority request, our courier partner will call you on "
                                 f"{g.phone('IN', 'split')}."), "Thank you for your patience!",
                                 f"Refund of Rs. {g.rnd.randint(2, 90) * 100} will reflect in 5-7 working days."])
        return g.rnd.choice([f"Hi, my order {conv['order']} is not delivered yet",
                             f"Please deliver to {v.in_address(g)}, {conv['city'][0]} {conv['pin']}",
                             f"You can call me on {g.phone('IN', g.rnd.choice(['nsn', 'split', 'intl']))}",
                             f"My name is {a} {conv['b']}, I ordered this for my father {v.given(g, 'in', False)}",
                             "ok thanks", "Delivery boy is not picking up the phone", "I want refund, not replacement",
                             f"Leave the parcel with the security guard, my neighbour {v.whole(g, 'in')} will collect",
                             "Product is damaged, box was open"])

    rows = [(k, conv, actor, i) for k, (conv, actors) in enumerate(convs) for i, actor in enumerate(actors)]
    texts = [text(conv, actor) for _, conv, actor, _ in rows]
    staff_rows = [conv["agent"] for _, conv, _, _ in rows]
    return Table("freshdesk_export.chat_messages", "en", "snake", [
        c("conversation_id", N, "VARCHAR", [f"cnv_{70_001 + k}" for k, _, _, _ in rows], "decoy", KEY),
        c("message_id", N, "BIGINT", g.keys(5_500_001), "decoy", KEY),
        c("created_time", N, "TIMESTAMP", [conv["start"] + timedelta(seconds=40 * i + g.rnd.randint(0, 30))
                                           for _, conv, _, i in rows], "decoy"),
        c("actor_type", N, "VARCHAR", [actor for _, _, actor, _ in rows], "decoy"),
        c("agent_name", "person_name", "VARCHAR", [f"{x[0]} {x[1]}" if x else None for x in staff_rows], STAFF),
        c("agent_email", "email", "VARCHAR", [f"{v.plain(x[0])}.{v.plain(x[1])[0]}@kartly.in" if x else None
                                              for x in staff_rows], ROLE_EMAIL),
        c("customer_name", "person_name", "VARCHAR", [f"{conv['a']} {conv['b']}" for _, conv, _, _ in rows]),
        c("customer_email", "email", "VARCHAR", [conv["email"] for _, conv, _, _ in rows]),
        c("customer_phone", "phone", "VARCHAR", [conv["mobile"] for _, conv, _, _ in rows]),
        c("order_id", N, "VARCHAR", [conv["order"] for _, conv, _, _ in rows], "decoy", SHAPE),
        c("awb_number", N, "VARCHAR", [conv["awb"] for _, conv, _, _ in rows], "decoy", SHAPE),
        c("message_text", "free_text", "VARCHAR", texts),
        c("message_type", N, "VARCHAR", ["quick_reply" if a == "bot" else "system" if a == "system" else "normal"
                                         for _, _, a, _ in rows], "decoy"),
        c("channel", N, "VARCHAR", [conv["channel"] for _, conv, _, _ in rows], "decoy"),
        c("delivery_pincode", "postal_code", "VARCHAR", [conv["pin"] for _, conv, _, _ in rows]),
        c("delivery_city", "city", "VARCHAR", [conv["city"][0] for _, conv, _, _ in rows]),
        c("csat_rating", N, "SMALLINT", g.ints(1, 5, 0.5), "decoy"),
        c("tags", N, "VARCHAR", g.col(g.pick(["wismo", "refund", "damaged", "wismo,escalated", "return"])), "decoy"),
    ])


def pos_receipts(g: Gen) -> Table:
    """An Ontario pharmacy and convenience chain's POS receipt lines as the nightly export writes them (SCREAMING
    case, abbreviations): store number, name, address and phone (``none``), register, transaction and line, the UPC
    (check digit) and item description (brands named after people: ``none``), amounts, tender, card type, the masked
    card (``none``), the loyalty card number (Luhn: a join key, ``none``) and the member's name as the loyalty
    system prints it (``PATEL, NEHA``), the opaque ``CUSTOM_3`` (the phone number keyed to look a member up:
    ``phone``), the e-receipt address, the postal code asked at the till, the cashier (few first names)."""
    stores = [("214", "LAKESHORE DRUG MART #214 MISSISSAUGA", "100 CITY CENTRE DR UNIT 2-704, L5B 2C9",
               "(905) 555-0142"),
              ("088", "LAKESHORE DRUG MART #088 HAMILTON", "1579 MAIN ST W, L8S 1E6", "(905) 555-0187"),
              ("131", "LAKESHORE DRUG MART #131 OTTAWA", "263 BANK ST, K2P 1X1", "(613) 555-0119")]
    items = [("DR SCHOLLS GEL INSOLE W", 14.99), ("BURTS BEES LIP BALM", 5.49), ("JOHNSONS BABY SHAMPOO 300ML", 6.99),
             ("MRS MEYERS HAND SOAP LAV", 7.49), ("NEWMANS OWN SALSA MED", 4.29), ("ADVIL LIQUI-GELS 40", 13.99),
             ("LAKESHORE 2% MILK 2L", 5.79), ("TIM HORTONS ORIG BLEND", 16.99), ("HALLS MENTHO-LYPTUS", 2.99),
             ("GIFT CARD ACTIVATION", 25.00)]
    upcs = {name: v.gtin(g, 12, "0" + g.digits(2)) for name, _ in items}
    txns = []
    while sum(t["n"] for t in txns) < g.rows:
        member = g.rnd.random() < 0.62
        a, b = v.person(g, "ca")
        city = g.rnd.choice(v.CA_CITIES[10:23])
        txns.append({"n": min(g.rnd.randint(1, 4), g.rows - sum(t["n"] for t in txns)),
                     "store": g.rnd.choice(stores), "reg": g.rnd.randint(1, 4), "no": g.rnd.randint(10_000, 99_999),
                     "ts": g.moment("2025-11-01", "2025-12-20"),
                     "tender": g.rnd.choice(["DEBIT", "VISA", "MC", "CASH"]),
                     "loyalty": v.luhn_card(g, "603207", 16) if member else None,
                     "member": f"{b.upper()}, {a.upper()}" if member else None,
                     "lookup": g.phone("CA", "digits", areas=city[3]) if not member and g.rnd.random() < 0.35 else None,
                     "email": v.email_of(g, a, b, v.DOMAINS["ca"]) if g.rnd.random() < 0.25 else None,
                     "postal": v.ca_postcode(g, g.rnd.choice(city[2])) if g.rnd.random() < 0.3 else None,
                     "cashier": None, "auth": g.code("999999"), "last4": g.digits(4)})
    cashiers = _staff(g, 7, lambda x: v.given(x, "ca").upper())
    for t in txns:
        t["cashier"] = g.rnd.choice(cashiers)
    rows = [(t, i) for t in txns for i in range(t["n"])]
    lines = [g.rnd.choice(items) for _ in rows]
    qty = [g.rnd.choices([1, 2, 3], [8, 2, 0.5])[0] for _ in rows]
    return Table("POSDW.RECEIPT_LINES", "en", "screaming", [
        c("STORE_NO", N, "VARCHAR", [t["store"][0] for t, _ in rows], "decoy", ABBREV),
        c("STORE_NM", N, "VARCHAR", [t["store"][1] for t, _ in rows], "business", ABBREV, SOUNDS),
        c("STORE_ADDR", N, "VARCHAR", [t["store"][2] for t, _ in rows], "business", ABBREV),
        c("STORE_PH", N, "VARCHAR", [t["store"][3] for t, _ in rows], "business", ABBREV),
        c("REG_NO", N, "SMALLINT", [t["reg"] for t, _ in rows], "decoy", ABBREV),
        c("TXN_NO", N, "INTEGER", [t["no"] for t, _ in rows], "decoy", ABBREV),
        c("TXN_TS", N, "TIMESTAMP", [t["ts"] for t, _ in rows], "decoy", ABBREV),
        c("LINE_NO", N, "SMALLINT", [i + 1 for _, i in rows], "decoy", ABBREV),
        c("UPC", N, "VARCHAR", [upcs[x[0]] for x in lines], "decoy", SHAPE, CHECKED),
        c("ITEM_DESC", N, "VARCHAR", [x[0] for x in lines], "decoy", PRODUCT, ABBREV),
        c("QTY", N, "SMALLINT", qty, "decoy", ABBREV),
        c("UNIT_PRICE", N, "DECIMAL(8,2)", [x[1] for x in lines], "decoy"),
        c("LINE_AMT", N, "DECIMAL(8,2)", [round(x[1] * q, 2) for x, q in zip(lines, qty)], "decoy", ABBREV),
        c("TAX_CD", N, "VARCHAR", [("Z" if "MILK" in x[0] or "GIFT" in x[0] else "H") for x in lines], "decoy",
          ABBREV),
        c("TENDER_TYPE", N, "VARCHAR", [t["tender"] for t, _ in rows], "decoy"),
        c("CARD_MASKED", N, "VARCHAR", [None if t["tender"] == "CASH" else "************" + t["last4"]
                                        for t, _ in rows], "decoy", PARTIAL),
        c("AUTH_CD", N, "VARCHAR", [None if t["tender"] == "CASH" else t["auth"] for t, _ in rows], "decoy", ABBREV),
        c("LOYALTY_NO", N, "VARCHAR", [t["loyalty"] for t, _ in rows], "decoy", KEY, SHAPE, CHECKED),
        c("MBR_NM", "person_name", "VARCHAR", [t["member"] for t, _ in rows], ABBREV, ROLE),
        c("CUSTOM_3", "phone", "VARCHAR", [t["lookup"] for t, _ in rows], HEAVY, OPAQUE, MISLEADING),
        c("ERCPT_EMAIL", "email", "VARCHAR", _dirty(g, [t["email"] for t, _ in rows], 0.06,
                                                    ["noreceipt@none.com", "none@none.com"]), HEAVY, PLACEHOLDER,
          ABBREV),
        c("CUST_POSTAL", "postal_code", "VARCHAR", [t["postal"] for t, _ in rows], HEAVY, ABBREV),
        c("CASHIER_ID", N, "INTEGER", [10_000 + cashiers.index(t["cashier"]) * 37 for t, _ in rows], "decoy", KEY,
          ABBREV),
        c("CASHIER_NM", "first_name", "VARCHAR", [t["cashier"] for t, _ in rows], STAFF, ABBREV),
        c("TXN_TYPE", N, "VARCHAR", [g.rnd.choices(["SALE", "RETURN", "VOID"], [30, 1, 0.5])[0] for _ in rows],
          "decoy", ABBREV),
    ])


def india_paylater(g: Gen) -> Table:
    """A Mumbai pay-later app's KYC applications at e-commerce checkouts (camelCase): the applicant's full name as on
    the PAN (often upper case) and father's name, mobile, e-mail, date of birth (``DD-MM-YYYY``), gender (``none``),
    PAN (its fifth letter the surname's initial) and Aadhaar number (Verhoeff check digit; ``national_id``), the
    masked Aadhaar (``none``), the offline e-KYC payload as JSON (``free_text``), the current address, city, state
    (``none``) and pincode, employment and income (``none``), the limit and bureau score, the video-KYC agent (few),
    the e-mandate card (Luhn, mostly NULL), the IP, the partner merchant, the reviewer's login and remarks."""
    people = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "in", female)
        father = v.relative(g, "in", b, False)
        born = g.birth(1968, 2005)
        people.append((a, b, father, born, female, g.rnd.choice(v.IN_CITIES)))
    aadhaars = [v.aadhaar(g, g.rnd.random() < 0.7) if g.rnd.random() < 0.62 else None for _ in range(g.rows)]
    agents = _staff(g, 5, lambda x: v.whole(x, "in"))
    vkyc = [g.rnd.random() < 0.38 for _ in range(g.rows)]
    reviewers = _logins(g, 4, "in", 3)
    pins = [v.in_pincode(g, p[5][2]) for p in people]

    def okyc(p: tuple, pin: str) -> str | None:
        if g.rnd.random() < 0.45:
            return None
        return json.dumps({"name": f"{p[0]} {p[1]}", "dob": p[3].strftime("%d-%m-%Y"), "gender": "F" if p[4] else "M",
                           "co": f"{'D/O' if p[4] else 'S/O'} {p[2]} {p[1]}", "pc": pin, "vtc": p[5][0],
                           "state": p[5][1]})

    def remark() -> str:
        if g.rnd.random() < 0.78:
            return g.rnd.choice(["", "", "", "-", "NA", "null"])
        return g.rnd.choice([f"Name mismatch PAN vs Aadhaar ({v.given(g, 'in')}), approved after VKYC",
                             f"Customer requested callback on alternate number {g.phone('IN', 'nsn')}",
                             "Selfie blurry, re-uploaded", f"Father's name spelt {v.given(g, 'in')} on PAN",
                             "Address proof: electricity bill"])

    return Table("paylater.kycApplications", "en", "camel", [
        c("applicationId", N, "VARCHAR", g.col(lambda: g.code("KYC25ZZZZZZZZ")), "decoy", KEY),
        c("userId", N, "BIGINT", g.ints(1_000_000, 9_999_999), "decoy", KEY),
        c("fullName", "person_name", "VARCHAR", [f"{p[0]} {p[1]}".upper() if g.rnd.random() < 0.5 else f"{p[0]} {p[1]}"
                                                 for p in people]),
        c("fatherName", "person_name", "VARCHAR", [f"{p[2]} {p[1]}" if g.rnd.random() < 0.7 else None for p in people],
          ROLE),
        c("mobileNumber", "phone", "VARCHAR", [g.phone("IN", g.rnd.choice(["nsn", "nsn", "e164", "split"]))
                                               for _ in range(g.rows)]),
        c("email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["in"]) for p in people]),
        c("dateOfBirth", "date_of_birth", "VARCHAR", [p[3].strftime(g.rnd.choice(["%d-%m-%Y", "%d/%m/%Y"]))
                                                      for p in people]),
        c("gender", N, "VARCHAR", ["F" if p[4] else "M" for p in people], "decoy"),
        c("panNumber", "national_id", "VARCHAR", [v.pan(g, p[1]) for p in people], CHECKED),
        c("aadhaarNumber", "national_id", "VARCHAR", aadhaars, CHECKED),
        c("aadhaarMasked", N, "VARCHAR", ["XXXX XXXX " + x.replace(" ", "")[-4:] if x else
                                          "XXXX XXXX " + g.digits(4) for x in aadhaars], "decoy", PARTIAL),
        c("okycPayload", "free_text", "VARCHAR", [okyc(p, pin) for p, pin in zip(people, pins)], JSON),
        c("currentAddress", "street_address", "VARCHAR", [v.in_address(g) for _ in range(g.rows)]),
        c("city", "city", "VARCHAR", [p[5][0] for p in people]),
        c("state", N, "VARCHAR", [p[5][1] for p in people], "decoy"),
        c("pincode", "postal_code", "VARCHAR", pins),
        c("employmentType", N, "VARCHAR", g.col(g.pick(["SALARIED", "SALARIED", "SELF_EMPLOYED", "STUDENT"])),
          "decoy"),
        c("monthlyIncome", N, "INTEGER", [g.rnd.randint(12, 250) * 1_000 for _ in range(g.rows)], "decoy"),
        c("employerName", N, "VARCHAR", g.col(g.pick(["Infosys", "TCS", "self", "HDFC Bank", "Wipro", "Swiggy"]), 0.2),
          "business"),
        c("creditLimit", N, "INTEGER", g.col(lambda: g.rnd.choice([3_000, 5_000, 10_000, 25_000, 60_000])), "decoy"),
        c("bureauScore", N, "SMALLINT", g.ints(540, 890, 0.2), "decoy"),
        c("kycStatus", N, "VARCHAR", g.col(g.pick(["APPROVED", "APPROVED", "PENDING", "REJECTED"])), "decoy"),
        c("kycMode", N, "VARCHAR", ["VIDEO_KYC" if x else g.rnd.choice(["OKYC", "CKYC"]) for x in vkyc], "decoy"),
        c("vkycAgentName", "person_name", "VARCHAR", [g.rnd.choice(agents) if x else None for x in vkyc], HEAVY,
          STAFF),
        c("selfieUrl", N, "VARCHAR", g.col(lambda: f"s3://kyc-media-prod/selfie/{g.uuid()}.jpg"), "decoy", SHAPE),
        c("emandateCardNumber", "credit_card", "VARCHAR", g.col(lambda: v.card(g, ("visa", "rupay", "mc"), 0.3), 0.75),
          HEAVY, CHECKED),
        c("deviceInfo", N, "VARCHAR", g.col(lambda: json.dumps({
            "os": g.rnd.choice(["Android 14", "Android 13", "iOS 18.1"]),
            "appVersion": f"5.{g.rnd.randint(0, 9)}.{g.rnd.randint(0, 20)}"})),
          "decoy", JSON_PLAIN),
        c("ipAddress", "ip_address", "VARCHAR", g.col(lambda: g.ip("IN", 0.4))),
        c("merchantName", N, "VARCHAR", g.col(g.pick(["Kartly", "StyleBazaar", "GadgetGhar", "Kartly"])), "business"),
        c("reviewedBy", USERNAME, "VARCHAR", g.col(g.pick(reviewers), 0.25), USER, AUDIT),
        c("remarks", "free_text", "VARCHAR", [remark() for _ in range(g.rows)], NULLWORD),
        c("createdAt", N, "TIMESTAMP", g.moments("2025-08-01", "2025-12-20"), "decoy"),
    ])


# -- the Netherlands, Poland, Japan ------------------------------------------------------------------------------------


def nl_wine_orders(g: Gen) -> Table:
    """A Utrecht wine merchant's web-shop orders (Dutch, snake case): order number and date, salutation, first name,
    ``tussenvoegsel`` and family name (``last_name``), street, house number (an integer: ``street_address``, with the
    postcode it pins a home) and its suffix, postcode, town, phone, e-mail, the date of birth for the 18+ check, the
    payment method, the IBAN and account holder iDEAL reports (``J.P. DE VRIES``), amount, carrier, PostNL barcode
    (``none``), discount code and the customer's remark (``free_text``)."""
    rows = []
    for _ in range(g.rows):
        a, full = v.person(g, "nl")
        parts = full.rsplit(" ", 1)
        particle, family = (parts[0], parts[1]) if len(parts) == 2 and parts[0][0].islower() else (None, full)
        rows.append((a, particle, family, g.rnd.choice(v.NL_PLACES)))
    ideal = [g.rnd.random() < 0.62 for _ in range(g.rows)]
    pickup = [g.rnd.random() < 0.1 for _ in range(g.rows)]

    def holder(a: str, particle: str | None, family: str) -> str:
        name = f"{particle} {family}" if particle else family
        return g.rnd.choice([f"{a[0]}. {name}".upper(), f"{a[0]}.{v.given(g, 'nl')[0]}. {name}".upper(),
                             f"Hr {a[0]} {name}", f"{a} {name}", f"{a[0]} {name} eo".upper()])

    def remark() -> str:
        if g.rnd.random() < 0.76:
            return g.rnd.choice(["", "", "", "geen", "-", "nvt"])
        family = v.person(g, "nl")[1]
        return g.rnd.choice([f"Graag afleveren bij de buren op nr. {g.rnd.randint(2, 80)} (fam. {family})",
                             f"Cadeau voor mijn vader {v.given(g, 'nl', False)}, graag zonder factuur",
                             f"Bel even op {g.phone('NL', 'dashes')} bij aankomst", "Kan de doos in de schuur?",
                             f"Met kaartje: Gefeliciteerd {v.given(g, 'nl')}! Liefs, {v.given(g, 'nl')}"])

    return Table("wijnhuis_shop.bestellingen", "nl", "snake", [
        c("bestelnummer", N, "VARCHAR", [f"WH-2025-{i:05d}" for i in range(3_120, 3_120 + g.rows)], "decoy", SHAPE),
        c("besteldatum", N, "TIMESTAMP", g.moments("2025-09-01", "2025-12-20"), "decoy"),
        c("klantnummer", N, "INTEGER", g.ints(10_000, 19_999), "decoy", KEY),
        c("aanhef", N, "VARCHAR", g.col(g.pick(["Dhr.", "Mevr.", "Dhr.", "Mevr.", "Beste"])), "decoy"),
        c("voornaam", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("tussenvoegsel", "last_name", "VARCHAR", [r[1] for r in rows], HEAVY),
        c("achternaam", "last_name", "VARCHAR", [r[2] for r in rows]),
        c("straat", "street_address", "VARCHAR", g.col(g.pick(v.NL_STREETS))),
        c("huisnummer", "street_address", "INTEGER", g.ints(1, 240)),
        c("huisnummer_toevoeging", "street_address", "VARCHAR", g.col(g.pick(["A", "B", "bis", "2-hoog", "III", "zw"]),
                                                                      0.8), HEAVY),
        c("postcode", "postal_code", "VARCHAR", [v.nl_postcode(g, r[3]) for r in rows]),
        c("woonplaats", "city", "VARCHAR", [r[3][0] for r in rows]),
        c("land", N, "VARCHAR", g.col(g.pick(["NL", "NL", "NL", "NL", "BE"])), "decoy", SHAPE),
        c("telefoonnummer", "phone", "VARCHAR", g.phones("NL", {"national": 4, "dashes": 3, "digits": 2, "e164": 1},
                                                          0.8, 0.15)),
        c("e_mailadres", "email", "VARCHAR", [v.email_of(g, r[0], (r[1] or "") + r[2], v.DOMAINS["nl"])
                                              for r in rows]),
        c("geboortedatum", "date_of_birth", "DATE", g.col(lambda: g.birth(1945, 2007), 0.1)),
        c("leeftijd_geverifieerd", N, "BOOLEAN", g.yn(True, False, 0.9), "decoy"),
        c("betaalmethode", N, "VARCHAR", ["iDEAL" if x else g.rnd.choice(["Bancontact", "Klarna", "creditcard"])
                                          for x in ideal], "decoy"),
        c("iban_ideal", "iban", "VARCHAR", [v.iban(g, "NL") if x else None for x in ideal], CHECKED),
        c("naam_rekeninghouder", "person_name", "VARCHAR", [holder(r[0], r[1], r[2]) if x else None
                                                            for r, x in zip(rows, ideal)], ROLE),
        c("bedrag_incl_btw", N, "DECIMAL(9,2)", g.amounts(14.95, 420), "decoy"),
        c("verzendmethode", N, "VARCHAR", ["Afhalen winkel Twijnstraat" if x else g.rnd.choice(["PostNL", "PostNL",
                                                                                               "DHL"])
                                           for x in pickup], "decoy"),
        c("track_en_trace", N, "VARCHAR", [None if x else "3S" + g.code("AAAA999999999") for x in pickup], "decoy",
          SHAPE),
        c("kortingscode", N, "VARCHAR", g.col(g.pick(["PROEF10", "KERST15", "WIJNCLUB", "NIEUWSBRIEF5"]), 0.5),
          "decoy"),
        c("opmerking", "free_text", "VARCHAR", [remark() for _ in range(g.rows)], NULLWORD, GIFT),
        c("nieuwsbrief", N, "BOOLEAN", g.yn(True, False, 0.35), "decoy"),
    ])


def pl_shop_orders(g: Gen) -> Table:
    """A Kraków consumer-electronics web shop's orders (Polish, snake case): order id and number
    (``ZAM/2025/11/04512``), first and family name (gendered), e-mail, phone, street, postcode, town, voivodeship
    (``none``), the company name and NIP for a VAT invoice (``none``), the PESEL and date of birth given for an
    instalment purchase (``raty``, mostly NULL), the payment method, the refund account (NRB, an IBAN without
    ``PL``, mostly NULL), delivery method, InPost locker and parcel number (``none``), the customer's remarks
    (``free_text``), amount, currency and the customer's IP."""
    people = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.pl_person(g, female)
        people.append((a, b, female, g.rnd.choice(v.PL_CITIES)))
    raty = [g.rnd.random() < 0.3 for _ in range(g.rows)]
    births = [g.birth(1955, 2006) for _ in range(g.rows)]
    invoice = [g.rnd.random() < 0.4 for _ in range(g.rows)]
    locker = [g.rnd.random() < 0.55 for _ in range(g.rows)]
    firms = ["TECH-BUD Sp. z o.o.", "Piekarnia Pod Lipami s.c.", "Biuro Rachunkowe Bilans", "AGRO-POL Sp. j.",
             "Studio Fryzur Loft", "Transport Krakowiak Sp. z o.o."]

    def remark() -> str:
        if g.rnd.random() < 0.75:
            return g.rnd.choice(["", "", "brak", "-", ""])
        return g.rnd.choice([f"Proszę dzwonić przed dostawą {g.phone('PL', 'national')}",
                             f"Paczkę zostawić u sąsiadki p. {v.pl_person(g, True)[1]} pod {g.rnd.randint(1, 60)}",
                             f"Prezent dla córki {g.rnd.choice(['Zosi', 'Kasi', 'Oli', 'Julki'])}, bez paragonu",
                             "Faktura na firmę", "Kurier po 16:00"])

    return Table("sklep_rtv.zamowienia", "pl", "snake", [
        c("id_zamowienia", N, "INTEGER", g.keys(45_120), "decoy", KEY),
        c("nr_zamowienia", N, "VARCHAR", [f"ZAM/2025/{g.rnd.randint(9, 12):02d}/{i:05d}"
                                          for i in range(4_512, 4_512 + g.rows)], "decoy", SHAPE),
        c("data_zamowienia", N, "TIMESTAMP", g.moments("2025-09-01", "2025-12-20"), "decoy"),
        c("imie", "first_name", "VARCHAR", [p[0] for p in people]),
        c("nazwisko", "last_name", "VARCHAR", [p[1] for p in people]),
        c("email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["pl"]) for p in people]),
        c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 4, "nsn": 3, "intl": 2, "e164": 1}, 0.9)),
        c("ulica", "street_address", "VARCHAR", [v.pl_street(g) for _ in range(g.rows)]),
        c("kod_pocztowy", "postal_code", "VARCHAR", [f"{g.rnd.choice(p[3][2])}-{g.digits(3)}" for p in people]),
        c("miasto", "city", "VARCHAR", [p[3][0] for p in people]),
        c("wojewodztwo", N, "VARCHAR", [p[3][1] for p in people], "decoy"),
        c("faktura_vat", N, "BOOLEAN", invoice, "decoy"),
        c("nazwa_firmy", N, "VARCHAR", [g.rnd.choice(firms) if x else None for x in invoice], "business"),
        c("nip", N, "VARCHAR", [v.pl_nip(g) if x else None for x in invoice], "business", SHAPE, CHECKED),
        c("pesel", "national_id", "VARCHAR", [v.pesel(g, d, p[2]) if x else None for x, d, p in zip(raty, births,
                                                                                                     people)],
          HEAVY, CHECKED),
        c("data_urodzenia", "date_of_birth", "DATE", [d if x else None for x, d in zip(raty, births)], HEAVY),
        c("sposob_platnosci", N, "VARCHAR", ["raty Santander" if x else g.rnd.choice(["BLIK", "BLIK", "przelew",
                                                                                      "karta", "za pobraniem"])
                                             for x in raty], "decoy"),
        c("nr_rachunku_zwrotu", "iban", "VARCHAR", g.col(lambda: v.pl_nrb(g), 0.82), HEAVY, CHECKED),
        c("metoda_dostawy", N, "VARCHAR", ["InPost Paczkomat 24/7" if x else g.rnd.choice(["Kurier DPD", "Kurier DPD",
                                                                                         "Odbiór osobisty"])
                                           for x in locker], "decoy"),
        c("paczkomat", N, "VARCHAR", [g.code("AAA99A") if x else None for x in locker], "decoy", SHAPE),
        c("nr_przesylki", N, "VARCHAR", [g.code("6" + "9" * 23) if x else g.code("9999999999999A") for x in locker],
          "decoy", SHAPE),
        c("uwagi", "free_text", "VARCHAR", [remark() for _ in range(g.rows)], NULLWORD),
        c("wartosc_brutto", N, "DECIMAL(10,2)", g.amounts(29, 7_999), "decoy"),
        c("waluta", N, "VARCHAR", ["PLN"] * g.rows, "decoy"),
        c("ip_klienta", "ip_address", "VARCHAR", g.col(lambda: g.ip("PL", 0.2), 0.05)),
        c("status", N, "VARCHAR", g.col(g.pick(["zrealizowane", "zrealizowane", "w realizacji", "anulowane"])),
          "decoy"),
    ])


def jp_shipping_labels(g: Gen) -> Table:
    """A Shizuoka green-tea mail-order shop's shipping-label export for Yamato Transport's B2 Cloud (Japanese column
    names, 36 rows, a December of year-end gifts): the shop's order number, slip type and cool flag, the slip number
    (a check digit modulo 7: ``none``), dates and delivery window, the recipient's phone, postcode, address, building
    (mostly NULL), name and half-width katakana reading, the honorific (``none``), the sender (the customer sending
    the gift: phone, postcode, address, name), the item name, handling, the gift note (``free_text``) and the shop's
    billing customer code (``none``)."""
    recipients = [jp_names(g) for _ in range(g.rows)]
    senders = [jp_names(g) for _ in range(g.rows)]
    rplaces = [g.rnd.choice(v.JP_PLACES) for _ in range(g.rows)]
    splaces = [g.rnd.choice(v.JP_PLACES[3:5] + v.JP_PLACES[15:]) if g.rnd.random() < 0.6 else g.rnd.choice(v.JP_PLACES)
               for _ in range(g.rows)]
    ship = [g.day("2025-12-01", "2025-12-20") for _ in range(g.rows)]

    def note(sender: tuple) -> str | None:
        if g.rnd.random() < 0.55:
            return None
        return g.rnd.choice([f"御歳暮 のし 名入れ「{sender[0]}」", "内のし・無地", f"お届け先 {sender[0]}様のご実家",
                             f"不在時は隣の{jp_names(g)[0][:2]}様へ", "贈答用包装"])

    return Table("b2cloud.送り状データ", "ja", "native", [
        c("お客様管理番号", N, "VARCHAR", [f"CHA-{d:%Y%m%d}-{i:03d}" for i, d in enumerate(ship, 1)], "decoy", SHAPE),
        c("送り状種類", N, "VARCHAR", g.col(g.pick(["0", "0", "0", "8"])), "decoy"),
        c("クール区分", N, "VARCHAR", g.col(g.pick(["0", "0", "2"])), "decoy"),
        c("伝票番号", N, "VARCHAR", g.col(lambda: v.yamato_slip(g)), "decoy", SHAPE, CHECKED),
        c("出荷予定日", N, "DATE", ship, "decoy"),
        c("お届け予定日", N, "DATE", [d + timedelta(days=g.rnd.randint(1, 3)) if g.rnd.random() < 0.7 else None
                                     for d in ship], "decoy"),
        c("配達時間帯", N, "VARCHAR", g.col(g.pick(["0812", "1416", "1618", "1820", "1921", "0000"])), "decoy"),
        c("お届け先電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 1.0}, 0.6)),
        c("お届け先郵便番号", "postal_code", "VARCHAR", [v.jp_postcode(g, p) for p in rplaces]),
        c("お届け先住所", "street_address", "VARCHAR", [v.jp_address(g, p) for p in rplaces]),
        c("お届け先アパートマンション名", "street_address", "VARCHAR",
          [f"{g.rnd.choice(v.JP_BUILDINGS)}{g.rnd.randint(1, 9)}0{g.rnd.randint(1, 9)}号室" if g.rnd.random() < 0.3
           else None for _ in range(g.rows)], HEAVY),
        c("お届け先名", "person_name", "VARCHAR", [r[0] for r in recipients], ROLE, GIFT),
        c("お届け先名略称カナ", "person_name", "VARCHAR", [r[1] for r in recipients], ROLE, GIFT),
        c("敬称", N, "VARCHAR", ["様"] * g.rows, "decoy"),
        c("ご依頼主電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "digits": 0.2}, 0.5)),
        c("ご依頼主郵便番号", "postal_code", "VARCHAR", [v.jp_postcode(g, p) for p in splaces]),
        c("ご依頼主住所", "street_address", "VARCHAR", [v.jp_address(g, p) for p in splaces]),
        c("ご依頼主名", "person_name", "VARCHAR", [s[0] for s in senders], ROLE, GIFT),
        c("品名１", N, "VARCHAR", g.col(g.pick(["静岡深蒸し茶 100g×3", "川根茶 詰合せ", "ほうじ茶ティーバッグ",
                                              "抹茶 30g 缶", "お歳暮ギフト 松"])), "decoy"),
        c("荷扱い１", N, "VARCHAR", g.col(g.pick(["ワレ物注意", "下積厳禁", "天地無用", "ナマモノ"])), "decoy"),
        c("記事", "free_text", "VARCHAR", [note(s) for s in senders], HEAVY, GIFT),
        c("請求先顧客コード", N, "VARCHAR", ["054871236201"] * g.rows, "business", SHAPE),
        c("運賃管理番号", N, "VARCHAR", ["01"] * g.rows, "decoy"),
    ])


def jp_names(g: Gen) -> tuple[str, str]:
    """(``surname given`` in kanji, the half-width katakana reading)."""
    (sk, sr), (gk, gr) = v.jp_person(g)
    return f"{sk} {gk}" if g.rnd.random() < 0.6 else f"{sk}{gk}", v.half_kana(f"{sr} {gr}")


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (shopify_orders, 600), (magento_orders, 700), (woo_subscriptions, 55), (marketplace_sellers, 48),
    (product_reviews, 800), (returns_rma, 450), (bopis_pickups, 350), (bnpl_applications, 320),
    (abandoned_carts, 400), (chat_messages, 900), (pos_receipts, 1_000), (india_paylater, 320),
    (nl_wine_orders, 280), (pl_shop_orders, 260), (jp_shipping_labels, 36),
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
