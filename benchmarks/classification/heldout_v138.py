"""Held-out set v138 for the column classifier: 15 tables of *e-commerce marketplaces and online retail* (marketplace
sellers' tax and KYC profiles, buyers' orders and e-archive invoices, returns and refunds, parcel pick-up points and
home deliveries, customer service tickets, loyalty programmes, product reviews and card payment disputes), one system
per table and each a different organisation, eight with English column names and seven in other languages:

* ``makerlane_ops.seller_tax_profiles``: a Portland (Oregon) handmade-goods marketplace's sellers' 1099-K tax profiles
  (snake case, SSN of individual sellers, EIN of incorporated shops, form references written like SSNs failing the
  check, ABA routing numbers, the fulfilment centres' phones, the KYC reviewer, ``misc_1`` holding personal data);
* ``ParcelNook.CollectionLog``: a Leeds pick-up point network's parcel collections (Pascal case, the alternate
  collector, the ID shown at collection: UK driving licences and passports, Romanian CNP, Polish PESEL, Spanish DNI and
  Italian codice fiscale in one column, the newsagents' names, addresses, postcodes, phones and coordinates, the shop
  assistant's first name, ``Udf2`` holding locker codes);
* ``trailRewards.memberProfiles``: an Alberta outdoor retailer's loyalty app members (camel case, a birthday split
  into day, month and year, Luhn-valid loyalty card numbers, saved cards, the referrer, the cashier who enrolled the
  member, stores' phones, ``customField2`` holding personal data);
* ``SNAPPAY_DISPUTES.CHARGEBACK_CASES``: a Cape Town payment gateway's chargeback cases from online merchants
  (SCREAMING case, South African ID numbers, full card numbers in old cases, BINs and last four digits, ARNs, the
  merchants' names and phones, analysts and the approver, ``CUSTOM_FIELD_2``);
* ``bottlo_cs.tkt_hdr``: a Melbourne online liquor delivery's customer service tickets (abbreviated: ``cust_fnm``,
  ``ctc_ph``, ``addr_ln1``, ``dob_dt``; Victorian driver licence numbers for the age check, agents, ``udf3`` holding
  promo codes);
* ``NWCATLG.CUST_MASTER_EXTRACT``: an Eau Claire (Wisconsin) catalogue retailer's credit customers, a COBOL extract
  (legacy: padded CHAR, ``YYYYMMDD`` integers, ``CUST-LAST-NM``, SSN and phone as numbers with 0 for missing, the ZIP
  as a number, an address's second line mostly blank, ``CUST-USER-FLD-2`` with personal data and ``CUST-USER-FLD-3``
  with catalogue codes);
* ``stg_sellerhub.src_crm_kyc_raw``: a Bengaluru marketplace's seller onboarding CRM as an opaque staging table
  (``src_crm_col01`` to ``src_crm_col18``: PAN, Aadhaar, the sellers' companies' GSTIN, a ``dd-mm-yyyy`` birth date,
  ticket numbers failing the Verhoeff check, document hashes, IPs);
* ``reviews_dump.review_events_json``: a Singapore marketplace's product review events flattened from JSON to dotted
  keys (``reviewer.fullName``, ``order.shipping.postalCode``; public nicknames, an ISO birth date, product names
  carrying given names, the shops' UEN and phones, moderators, ``meta.custom2``);
* ``retourenportal_lpz.ruecksendungen``: a Leipzig online fashion retailer's returns (German; refund IBAN and the
  account holder, a ``dd.mm.yyyy`` birth date for invoice purchases, DHL parcel numbers, the returns warehouses'
  addresses and phone, ``zusatzfeld_2``);
* ``elektronoord_webshop.afhaalregistratie``: a Groningen electronics web shop's in-store pick-ups and pay-later
  purchases (Dutch; ``tussenvoegsel``, ``huisnummer``, passport, identity card and driving licence numbers in one
  column, IBAN, the cashier,
  ``vrij_veld_2`` holding coupon codes);
* ``boligshop_aarhus.kunder_levering``: an Aarhus furniture web shop's home deliveries and instalment agreements
  (Danish; CPR numbers encoding the birth date for instalments only, drivers, carriers, business customers' CVR,
  ``fri_felt_1``);
* ``vydejni_mista_brno.predani_zasilek``: a Brno parcel pick-up network's hand-overs (Czech; rodné číslo encoding the
  birth date and sex for age-restricted parcels, identity card numbers, the e-shops, the points' addresses, PSČ and
  coordinates, the clerk who handed over, ``volne_pole_1``);
* ``eticaret_izmir.siparis_fatura``: an İzmir online home-textile shop's orders and e-archive invoices (Turkish;
  T.C. kimlik numbers with the ``11111111111`` placeholder and foreigners' numbers starting 99, e-archive invoice and
  cargo numbers, companies' VKN and tax offices, ``ozel_alan_2``);
* ``πρόγραμμα_πιστότητας.μέλη``: a Thessaloniki electronics chain's loyalty club (Greek script column names and
  values; the patronymic, a birth date split into day, month and year, ΑΦΜ, EAN card numbers, the stores and their
  phones, the enrolling employee, ``πεδίο_χρήστη_2`` holding codes);
* ``フリマ運営.出品者本人確認``: a Fukuoka flea-market app's seller identity verification (Japanese column names and
  values: kanji and katakana names, nicknames, a ``1988年4月12日`` birth date, driver licence numbers, trade names,
  reviewers, ``自由項目2``).

Written **blind**, like v2 to v134: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v27 and v98 (their
modules and tests), ``tests/heldout_support.py``, v107's docstring and test, the module docstrings of v24 to v134 (to
avoid their domains and follow their labeling conventions; v51 had retail and e-commerce customer data of other
companies and shapes, and every organisation here is new), the ``Column``/``Table`` classes and writer of v2 and
v4, and python-stdnum's and phonenumbers' documentation. The classifier was not run on this set while it was written,
no scorer was run on it, and no score was looked at.

Labeling choices a reader may question:

* a US SSN is ``ssn``; a South African ID number, PAN, Aadhaar, the Romanian CNP, PESEL, a Spanish DNI, a codice
  fiscale, a Dutch passport or identity card number, a CPR number, rodné číslo, a Czech identity card number, a T.C.
  kimlik number (and a foreigner's 99 number), a Greek ΑΦΜ and passports are ``national_id``; a UK, Victorian, Dutch
  or Japanese driver licence number is ``national_id`` (tag ``licence``); licences, passports and Czech identity cards
  are generated by shape only;
* the ID column of the Leeds pick-up points holds several countries' numbers by row (tag ``multi_country``) and is
  ``national_id``;
* order, invoice, e-archive, return, ticket, case, review, trade, customer and account numbers, ARNs, parcel and
  cargo tracking numbers, SKUs, loyalty card numbers (Luhn-valid, or EAN-13), 1099-K form references and instalment
  agreement numbers are ``none`` (tag ``decoy``, ``value_shape`` when shaped like an identifier; several are built to
  fail the check of the identifier they look like); a card's BIN and last four digits and an account's last four
  digits are ``none`` (tag ``partial``); ABA routing numbers are ``none``;
* merchants', shops', stores', retailers', carriers', pick-up points' and warehouses' names, addresses, postcodes,
  phones and coordinates, an EIN of an incorporated shop, GSTIN, UEN, CVR, VKN and tax offices, companies on
  invoices and a sole trader's trade name (``屋号``) are ``none`` (tag ``business``);
* KYC reviewers, shop assistants, cashiers, analysts, approvers (``APPROVED_BY``), agents, drivers, clerks,
  customer representatives, moderators and employees are staff (``person_name``, or ``first_name`` when only a first
  name: tag ``staff``); an alternate collector, the person who collected, a referrer, an account holder and a father
  (``πατρώνυμο``, ``first_name``) are personal (tag ``role_word``);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); custom
  fields holding locker, promo, coupon, catalogue or card codes are ``none`` (tags ``decoy`` and ``custom_plain``); a
  public nickname is ``unclassified`` (tag ``username``); review bodies and remarks naming people are ``free_text``;
* a Dutch ``tussenvoegsel`` is ``last_name``, a ``huisnummer`` and a street name without its number
  ``street_address``; a suburb, an ``ilçe`` and a 市区町村 are ``city``; a state, a province, an ``il`` and a 都道府県
  are ``none``;
* dates of birth as ``DATE``, as text (``dd.mm.yyyy``, ``dd-mm-yyyy``, ISO, ``1988年4月12日``), as ``YYYYMMDD``
  integers and split into day, month and year parts (tag ``dob_part``: each part is ``date_of_birth``) are
  ``date_of_birth``; order, return, delivery, collection, review, account opening and instalment agreement dates and
  event timestamps are ``none``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v138_values`, written for v138 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v138 [PATH]`` (default ``/tmp/heldout_v138.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v138``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v138_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v138_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v138.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words or empty strings
HEAVY = "null_heavy"  # 70-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # reviewers, assistants, cashiers, analysts, agents, drivers, clerks (few distinct)
ROLE = "role_word"  # a role word (alternate collector, referrer, account holder, father ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PLAIN = "custom_plain"  # an opaque custom field holding codes (none)
PARTIAL = "partial"
PART = "dob_part"
LICENCE = "licence"
MULTI = "multi_country"
JSON = "json_path"


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "unknown", "NULL") + extra


def _staff(g: Gen, n: int, lang: str) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.whole(g, lang))
    return sorted(out)


def _mail(g: Gen, lang: str) -> str:
    if lang == "ja":
        return v.romaji_email(g, v.DOMAINS["ja"])
    return v.email_of(g, *v.person(g, lang), v.DOMAINS[lang])


def _custom(g: Gen, region: str, lang: str, null: float = 0.3) -> list[str | None]:
    """An opaque custom field: by row a phone, an e-mail or a name (or NULL)."""
    def one() -> str:
        r = g.rnd.random()
        if r < 0.4:
            return g.phone(region, "national")
        if r < 0.7:
            return _mail(g, lang)
        return v.whole(g, lang)
    return g.col(one, null)


def _codes(g: Gen, layouts: list[str], null: float = 0.3) -> list[str | None]:
    """An opaque custom field holding codes only."""
    return g.col(lambda: g.code(g.rnd.choice(layouts)), null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _people(g: Gen, lang: str, lo: int = 1950, hi: int = 2005) -> list[tuple[str, str, date, bool]]:
    """(given name, family name, birth date, female) for every row."""
    out = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, lang, female)
        out.append((a, b, g.birth(lo, hi), female))
    return out


# -- English-named tables ----------------------------------------------------------------------------------------------


def us_seller_tax(g: Gen) -> Table:
    """A Portland handmade-goods marketplace's sellers' 1099-K tax profiles (snake case)."""
    people = _people(g, "us", 1952, 2005)
    individual = [g.rnd.random() < 0.6 for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    reviewers = _staff(g, 5, "us")
    centres = [("Makerlane Fulfillment Troutdale", g.phone("US", "national", False)),
               ("Makerlane Fulfillment Salem", g.phone("US", "national", False)),
               ("Makerlane Returns Vancouver WA", g.phone("US", "national", False))]
    centre = [g.rnd.randrange(len(centres)) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"W-9 re-sent, spouse {v.whole(g)} signed by mistake", "TIN mismatch cleared",
                             f"Seller asked to add partner {v.given(g)} as co-owner", "Backup withholding lifted",
                             "Shop moved to LLC, EIN on file"])

    return Table("makerlane_ops.seller_tax_profiles", "en", "snake", [
        c("seller_id", N, "BIGINT", g.keys(300_001), "decoy", KEY),
        c("shop_name", N, "VARCHAR", g.col(g.pick(v.US_SHOPS)), "business"),
        c("legal_first_name", "first_name", "VARCHAR", [p[0] for p in people]),
        c("legal_last_name", "last_name", "VARCHAR", [p[1] for p in people]),
        c("date_of_birth", "date_of_birth", "DATE", [p[2] for p in people]),
        c("tin_type", N, "VARCHAR", ["SSN" if i else "EIN" for i in individual], "decoy"),
        c("taxpayer_ssn", "ssn", "VARCHAR", [v.us_ssn(g, g.rnd.random() < 0.8) if i and g.rnd.random() < 0.9
                                             else None for i in individual]),
        c("business_ein", N, "VARCHAR", [None if i else v.us_ein(g) for i in individual], "business", SHAPE),
        c("payout_routing_number", N, "VARCHAR", g.col(lambda: v.us_rtn(g)), "decoy", SHAPE),
        c("payout_account_last4", N, "VARCHAR", g.col(lambda: g.digits(4)), "decoy", PARTIAL),
        c("home_address_line1", "street_address", "VARCHAR", g.col(lambda: v.street(g, "us"))),
        c("home_city", "city", "VARCHAR", [p[0] for p in places]),
        c("home_state", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("home_zip", "postal_code", "VARCHAR", [p[2] + g.digits(2) for p in places]),
        c("mobile_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.8,
                                                       0.05)),
        c("contact_email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["us"]) for p in people]),
        c("fulfillment_center", N, "VARCHAR", [centres[i][0] for i in centre], "business"),
        c("fulfillment_center_phone", N, "VARCHAR", [centres[i][1] for i in centre], "business"),
        c("gross_sales_ytd", N, "DOUBLE", g.amounts(600, 48_000), "decoy"),
        c("form_1099k_ref", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE),
        c("kyc_reviewed_by", "person_name", "VARCHAR", g.col(g.pick(reviewers), 0.1), STAFF),
        c("kyc_reviewed_at", N, "TIMESTAMP", g.moments("2024-01-01", "2025-12-31", 0.1), "decoy"),
        c("last_login_ip", "ip_address", "VARCHAR", g.col(g.ip, 0.05)),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "US", "us"), CUSTOM),
        c("onboarding_notes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("no notes")), NULLWORD),
    ])


def gb_collection_log(g: Gen) -> Table:
    """A Leeds pick-up point network's parcel collections (Pascal case)."""
    points = [(name, addr, pc, g.phone("GB", "national", False), round(53.79 + g.rnd.uniform(-0.05, 0.2), 5),
               round(-1.55 + g.rnd.uniform(-0.25, 0.1), 5)) for name, addr, pc, _ in v.GB_POINTS]
    taken = {p[2] for p in points}
    assistants = sorted({v.given(g, "gb") for _ in range(12)})[:6]
    rows = []
    for _ in range(g.rows):
        nat = g.rnd.choices(["gb", "ro", "pl", "es", "it"], [0.7, 0.09, 0.09, 0.06, 0.06])[0]
        female = g.rnd.random() < 0.5
        a, b = v.person(g, nat, female)
        born = g.birth(1955, 2006)
        shown = g.rnd.random() < 0.55
        if not shown:
            kind, number = None, None
        elif nat == "gb" and g.rnd.random() < 0.7:
            kind, number = "UK driving licence", v.uk_driving_licence(a, b, born, female, g)
        elif nat == "gb":
            kind, number = "UK passport", str(g.rnd.randint(1, 9)) + g.digits(8)
        elif nat == "ro":
            kind, number = "Romanian ID card", v.ro_cnp(g, born, female)
        elif nat == "pl":
            kind, number = "Polish ID card", v.pl_pesel(g, born, female)
        elif nat == "es":
            kind, number = "Spanish DNI", v.es_dni(g)
        else:
            kind, number = "Italian ID card", v.it_cf(g, a, b, born, female)
        rows.append((f"{a} {b}", kind, number))

    def postcode() -> str:
        def make() -> str:
            return f"{g.rnd.choice(v.GB_CITIES)[1]} {g.rnd.randint(1, 9)}{g.digits(2, 'ABDEFGHJLNPQRSTUWXYZ')}"

        return g.valid(make, lambda x: x not in taken)

    alternates = [v.whole(g, "gb") if g.rnd.random() < 0.18 else None for _ in range(g.rows)]
    collected = [None if g.rnd.random() < 0.08 else (alt if alt and g.rnd.random() < 0.6 else r[0])
                 for alt, r in zip(alternates, rows)]
    point = [g.rnd.randrange(len(points)) for _ in range(g.rows)]
    return Table("ParcelNook.CollectionLog", "en", "pascal", [
        c("CollectionId", N, "BIGINT", g.keys(9_000_001), "decoy", KEY),
        c("ParcelBarcode", N, "VARCHAR", g.col(lambda: "PN" + g.digits(14)), "decoy", SHAPE),
        c("RetailerName", N, "VARCHAR", g.col(g.pick(v.GB_RETAILERS)), "business"),
        c("RetailerOrderRef", N, "VARCHAR", g.col(lambda: g.code("AA-999999")), "decoy", SHAPE),
        c("RecipientFullName", "person_name", "VARCHAR", [r[0] for r in rows]),
        c("RecipientMobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "e164": 0.2})),
        c("RecipientEmail", "email", "VARCHAR", [v.email_of(g, *r[0].split(" ", 1), v.DOMAINS["gb"]) for r in rows]),
        c("RecipientPostcode", "postal_code", "VARCHAR", g.col(postcode, 0.05)),
        c("AlternateCollectorName", "person_name", "VARCHAR", alternates, ROLE, HEAVY),
        c("CollectedByName", "person_name", "VARCHAR", collected, ROLE),
        c("IdTypeShown", N, "VARCHAR", [r[1] for r in rows], "decoy"),
        c("IdNumberShown", "national_id", "VARCHAR", [r[2] for r in rows], MULTI),
        c("PickupPointName", N, "VARCHAR", [points[i][0] for i in point], "business"),
        c("PickupPointAddress", N, "VARCHAR", [points[i][1] for i in point], "business"),
        c("PickupPointPostcode", N, "VARCHAR", [points[i][2] for i in point], "business"),
        c("PickupPointPhone", N, "VARCHAR", [points[i][3] for i in point], "business"),
        c("PickupPointLat", N, "DOUBLE", [points[i][4] for i in point], "decoy"),
        c("PickupPointLon", N, "DOUBLE", [points[i][5] for i in point], "decoy"),
        c("ShopAssistant", "first_name", "VARCHAR", g.col(g.pick(assistants), 0.05), STAFF),
        c("ArrivedAt", N, "TIMESTAMP", g.moments("2025-09-01", "2025-12-20"), "decoy"),
        c("CollectedAt", N, "TIMESTAMP", g.moments("2025-09-02", "2025-12-31", 0.1), "decoy"),
        c("Udf2", N, "VARCHAR", _codes(g, ["LKR-A99", "SHELF-9A", "LKR-B99"]), "decoy", PLAIN),
        c("SignatureSha1", N, "VARCHAR", g.col(g.sha1, 0.1), "decoy", SHAPE),
    ])


def ca_member_profiles(g: Gen) -> Table:
    """An Alberta outdoor retailer's loyalty app members (camel case)."""
    people = _people(g, "ca", 1950, 2007)
    places = [g.rnd.choice(v.CA_CITIES) for _ in range(g.rows)]
    stores = [(name, g.phone("CA", "national", False)) for name in v.CA_STORES]
    store = [g.rnd.randrange(len(stores)) for _ in range(g.rows)]
    cashiers = sorted({f"{v.given(g, 'ca')} {g.code('A')}." for _ in range(10)})[:6]
    birthday = [g.rnd.random() > 0.2 for _ in range(g.rows)]
    letters = "ABCEGHJKLMNPRSTVWXYZ"
    return Table("trailRewards.memberProfiles", "en", "camel", [
        c("memberId", N, "BIGINT", g.keys(1_200_001), "decoy", KEY),
        c("loyaltyCardNumber", N, "VARCHAR", g.col(lambda: v.loyalty_card(g, "6035")), "decoy", SHAPE),
        c("firstName", "first_name", "VARCHAR", [p[0] for p in people]),
        c("lastName", "last_name", "VARCHAR", [p[1] for p in people]),
        c("birthDay", "date_of_birth", "INTEGER", [p[2].day if b else None for p, b in zip(people, birthday)], PART),
        c("birthMonth", "date_of_birth", "INTEGER", [p[2].month if b else None for p, b in zip(people, birthday)],
          PART),
        c("birthYear", "date_of_birth", "INTEGER", [p[2].year if b and g.rnd.random() < 0.6 else None
                                                    for p, b in zip(people, birthday)], PART),
        c("email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["ca"]) for p in people]),
        c("mobilePhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.6, "dashes": 0.2, "e164": 0.2}, 0.9, 0.1)),
        c("postalCode", "postal_code", "VARCHAR", [f"{p[1]} {g.digits(1)}{g.digits(1, letters)}{g.digits(1)}"
                                                   for p in places]),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("province", N, "VARCHAR", g.col(g.pick(["AB", "AB", "AB", "BC", "SK"])), "decoy"),
        c("homeStoreName", N, "VARCHAR", [stores[i][0] for i in store], "business"),
        c("homeStorePhone", N, "VARCHAR", [stores[i][1] for i in store], "business"),
        c("tier", N, "VARCHAR", g.col(g.pick(["Trail", "Summit", "Peak"])), "decoy"),
        c("pointsBalance", N, "INTEGER", g.ints(0, 48_000), "decoy"),
        c("lastLoginIp", "ip_address", "VARCHAR", g.col(g.ip, 0.15)),
        c("appVersion", N, "VARCHAR", g.col(g.version), "decoy", SHAPE),
        c("deviceIdHash", N, "VARCHAR", g.col(g.sha256, 0.1), "decoy", SHAPE),
        c("referredByName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.85), ROLE, HEAVY),
        c("savedCardNumber", "credit_card", "VARCHAR", g.col(lambda: v.card(g, g.rnd.random() < 0.3), 0.75), HEAVY),
        c("enrolledByCashier", "person_name", "VARCHAR", g.col(g.pick(cashiers), 0.3), STAFF),
        c("customField2", "free_text", "VARCHAR", _custom(g, "CA", "ca"), CUSTOM),
        c("createdAt", N, "TIMESTAMP", g.moments("2019-03-01", "2025-12-31"), "decoy"),
    ])


def za_chargebacks(g: Gen) -> Table:
    """A Cape Town payment gateway's chargeback cases from online merchants (SCREAMING case)."""
    people = _people(g, "za", 1950, 2005)
    places = [g.rnd.choice(v.ZA_SUBURBS) for _ in range(g.rows)]
    merchants = [(name, g.phone("ZA", "national", False)) for name in v.ZA_MERCHANTS]
    merchant = [g.rnd.randrange(len(merchants)) for _ in range(g.rows)]
    cards = [v.card(g) for _ in range(g.rows)]
    analysts = _staff(g, 5, "za")
    approvers = _staff(g, 2, "za")

    def name(p: tuple[str, str, date, bool]) -> str:
        return f"{p[0][0]} {p[1]}".upper() if g.rnd.random() < 0.5 else f"{p[0]} {p[1]}"

    def note() -> str:
        return g.rnd.choice([f"Cardholder says her son {v.given(g, 'za', False)} used the card", "POD uploaded",
                             f"Parcel signed for by {v.whole(g, 'za')} at gate", "Merchant refunded, case closed",
                             "Representment sent to acquirer"])

    return Table("SNAPPAY_DISPUTES.CHARGEBACK_CASES", "en", "screaming", [
        c("CASE_ID", N, "BIGINT", g.keys(55_001), "decoy", KEY),
        c("ARN", N, "VARCHAR", g.col(lambda: "7" + g.digits(22)), "decoy", SHAPE),
        c("MERCHANT_NAME", N, "VARCHAR", [merchants[i][0] for i in merchant], "business"),
        c("MERCHANT_CONTACT_NUMBER", N, "VARCHAR", [merchants[i][1] for i in merchant], "business"),
        c("MERCHANT_ORDER_NO", N, "VARCHAR", g.col(lambda: g.code("AA-99999999")), "decoy", SHAPE),
        c("TXN_AMOUNT_ZAR", N, "DOUBLE", g.amounts(89, 24_000), "decoy"),
        c("TXN_DATETIME", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
        c("CARD_BIN", N, "VARCHAR", [x[:6] for x in cards], "decoy", PARTIAL),
        c("CARD_LAST4", N, "VARCHAR", [x[-4:] for x in cards], "decoy", PARTIAL),
        c("CARD_NUMBER_FULL", "credit_card", "VARCHAR", [x if g.rnd.random() < 0.2 else None for x in cards], HEAVY),
        c("CARDHOLDER_NAME", "person_name", "VARCHAR", [name(p) for p in people]),
        c("CARDHOLDER_ID_NUMBER", "national_id", "VARCHAR", [v.za_id(g, p[2], p[3]) if g.rnd.random() < 0.7 else None
                                                             for p in people]),
        c("CARDHOLDER_EMAIL", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["za"]) for p in people]),
        c("CARDHOLDER_MOBILE", "phone", "VARCHAR", g.phones("ZA", {"national": 0.5, "e164": 0.5}, 1.0, 0.1)),
        c("CUSTOMER_IP", "ip_address", "VARCHAR", g.col(g.ip, 0.05)),
        c("DELIVERY_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, "za"))),
        c("DELIVERY_SUBURB", "city", "VARCHAR", [p[0] for p in places]),
        c("DELIVERY_POSTAL_CODE", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("REASON_CODE", N, "VARCHAR", g.col(g.pick(["10.4", "13.1", "13.3", "4837", "4853"])), "decoy"),
        c("DISPUTE_STATUS", N, "VARCHAR", g.col(g.pick(["OPEN", "REPRESENTED", "WON", "LOST", "PRE-ARB"])), "decoy"),
        c("ASSIGNED_ANALYST", "person_name", "VARCHAR", g.col(g.pick(analysts)), STAFF),
        c("APPROVED_BY", "person_name", "VARCHAR", g.col(g.pick(approvers), 0.4), STAFF),
        c("CUSTOM_FIELD_2", "free_text", "VARCHAR", _custom(g, "ZA", "za"), CUSTOM),
        c("ANALYST_NOTES", "free_text", "VARCHAR", g.sparse(note, 0.75, _words()), NULLWORD),
    ])


def au_tickets(g: Gen) -> Table:
    """A Melbourne online liquor delivery's customer service tickets (abbreviated snake case)."""
    people = _people(g, "au", 1950, 2006)
    places = [g.rnd.choice(v.AU_SUBURBS) for _ in range(g.rows)]
    agents = _staff(g, 6, "au")
    leads = _staff(g, 2, "au")

    def rmk() -> str:
        return g.rnd.choice([f"Left with neighbour {v.given(g, 'au')} at no. 12", "Driver could not verify ID",
                             f"Cust says partner {v.whole(g, 'au')} will sign", "Broken bottle, refund issued",
                             "Redelivery booked Sat"])

    return Table("bottlo_cs.tkt_hdr", "en", "abbrev", [
        c("tkt_id", N, "BIGINT", g.keys(400_001), "decoy", KEY),
        c("ord_no", N, "VARCHAR", g.col(lambda: g.code("BTL-9999999")), "decoy", SHAPE),
        c("cnsgt_no", N, "VARCHAR", g.col(lambda: g.code("AAA999999999"), 0.2), "decoy", SHAPE),
        c("cust_fnm", "first_name", "VARCHAR", [p[0] for p in people], ABBREV),
        c("cust_lnm", "last_name", "VARCHAR", [p[1] for p in people], ABBREV),
        c("dob_dt", "date_of_birth", "DATE", [p[2] if g.rnd.random() < 0.9 else None for p in people], ABBREV),
        c("ctc_ph", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "e164": 0.2, "intl": 0.2}, 0.95), ABBREV),
        c("ctc_eml", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["au"]) for p in people], ABBREV),
        c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, "au")), ABBREV),
        c("addr_ln2", "street_address", "VARCHAR", g.col(lambda: g.rnd.choice(["Unit ", "Apt ", "Level "]) +
                                                         str(g.rnd.randint(1, 40)), 0.8), ABBREV, HEAVY),
        c("sbrb", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("pcode", "postal_code", "VARCHAR", [p[1] for p in places], ABBREV),
        c("st", N, "VARCHAR", ["VIC"] * g.rows, "decoy"),
        c("dl_no", "national_id", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 9)) + g.digits(8), 0.45), LICENCE,
          ABBREV),
        c("tkt_cat", N, "VARCHAR", g.col(g.pick(["DELIVERY", "DAMAGED", "REFUND", "ID_CHECK", "ACCOUNT"])), "decoy"),
        c("chnl", N, "VARCHAR", g.col(g.pick(["chat", "email", "phone", "app"])), "decoy"),
        c("asgn_agt", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF, ABBREV),
        c("esc_to", "person_name", "VARCHAR", g.col(g.pick(leads), 0.6), STAFF, ABBREV),
        c("crtd_ts", N, "TIMESTAMP", g.moments("2025-07-01", "2025-12-31"), "decoy"),
        c("udf3", N, "VARCHAR", _codes(g, ["GIFT99", "FREEDEL", "SORRY99", "WINE9A"], 0.5), "decoy", PLAIN),
        c("rmk_txt", "free_text", "VARCHAR", g.sparse(rmk, 0.72, _words("nil")), NULLWORD, ABBREV),
    ])


def us_catalog_cobol(g: Gen) -> Table:
    """An Eau Claire catalogue retailer's credit customers, a COBOL extract (padded CHAR, numbers for dates)."""
    people = _people(g, "wi", 1932, 2000)
    places = [g.rnd.choice(v.WI_CITIES) for _ in range(g.rows)]
    clerks = [x.upper() for x in _staff(g, 4, "wi")]
    opened = [g.day("1988-01-01", "2024-12-31") for _ in range(g.rows)]
    return Table("NWCATLG.CUST_MASTER_EXTRACT", "en", "cobol", [
        c("CUST-ACCT-NO", N, "VARCHAR", [f"{x:010d}" for x in g.keys(4_100_000_017, 7)], "decoy", KEY, LEGACY),
        c("CUST-LAST-NM", "last_name", "VARCHAR", _pad([p[1].upper() for p in people], 20), LEGACY),
        c("CUST-FIRST-NM", "first_name", "VARCHAR", _pad([p[0].upper() for p in people], 15), LEGACY),
        c("CUST-BIRTH-DT", "date_of_birth", "INTEGER", [_ymd(p[2]) if g.rnd.random() < 0.9 else 0 for p in people],
          LEGACY),
        c("CUST-SSN", "ssn", "BIGINT", [int(v.us_ssn(g, False)) if g.rnd.random() < 0.75 else 0 for _ in people],
          LEGACY),
        c("CUST-ADDR-LN1", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, "wi").upper()), 30), LEGACY),
        c("CUST-ADDR-LN2", "street_address", "VARCHAR", _pad(g.sparse(lambda: g.rnd.choice(["APT ", "PO BOX ", "LOT "])
                                                                     + str(g.rnd.randint(1, 240)), 0.85, ("",)), 30),
          LEGACY, NULLWORD),
        c("CUST-CITY", "city", "VARCHAR", _pad([p[0].upper() for p in places], 18), LEGACY),
        c("CUST-ST", N, "VARCHAR", g.col(g.pick(["WI", "WI", "WI", "MN"])), "decoy", LEGACY),
        c("CUST-ZIP", "postal_code", "INTEGER", [int(p[1]) for p in places], LEGACY),
        c("CUST-PHONE", "phone", "BIGINT", [int(g.phone("US-WI", "digits", False)) if g.rnd.random() < 0.85 else 0
                                            for _ in people], LEGACY),
        c("CREDIT-LIMIT", N, "DECIMAL(9,2)", g.col(lambda: g.rnd.choice([250, 500, 750, 1000, 1500, 2500])), "decoy",
          LEGACY),
        c("ACCT-OPEN-DT", N, "INTEGER", [_ymd(d) for d in opened], "decoy", LEGACY),
        c("LAST-ORD-DT", N, "INTEGER", [_ymd(g.day("2025-01-01", "2025-12-15")) for _ in people], "decoy", LEGACY),
        c("LAST-ORD-NO", N, "VARCHAR", g.col(lambda: g.code("W99999999")), "decoy", SHAPE, LEGACY),
        c("CATALOG-SRC-CD", N, "VARCHAR", g.col(g.pick(["FAL25", "HOL25", "SPR25", "WEB"])), "decoy", LEGACY),
        c("ACCT-APPRV-BY", "person_name", "VARCHAR", _pad(g.col(g.pick(clerks), 0.1), 25), STAFF, LEGACY),
        c("CUST-USER-FLD-2", "free_text", "VARCHAR", _pad(_custom(g, "US-WI", "wi"), 40), CUSTOM, LEGACY),
        c("CUST-USER-FLD-3", N, "VARCHAR", _pad(_codes(g, ["KC99A", "KEY-99", "PRM9AA"]), 10), "decoy", PLAIN,
          LEGACY),
    ])


def in_seller_kyc(g: Gen) -> Table:
    """A Bengaluru marketplace's seller onboarding CRM, landed as an opaque staging table."""
    def dob() -> str:
        d = g.birth(1960, 2005)
        return f"{d.day:02d}-{d.month:02d}-{d.year}"

    people = [v.person(g, "in") for _ in range(g.rows)]
    companies = ["Sri Lakshmi Traders", "Kaveri Handlooms", "Nandi Electronics", "Malnad Spices", "Ganga Home Decor",
                 "Deccan Footwear", "Tulasi Organics", "Mysore Silk House"]
    company = [g.rnd.randrange(len(companies)) for _ in range(g.rows)]
    gst = [v.gstin(g, name) for name in companies]
    places = [g.rnd.choice(v.IN_CITIES) for _ in range(g.rows)]
    t = "stg_sellerhub.src_crm_kyc_raw"

    def col(i: int) -> str:
        return f"src_crm_col{i:02d}"

    return Table(t, "en", "opaque", [
        c(col(1), N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c(col(2), "person_name", "VARCHAR", [f"{a} {b}" for a, b in people], OPAQUE),
        c(col(3), "national_id", "VARCHAR", [v.pan(g, b) if g.rnd.random() < 0.85 else None for _, b in people],
          OPAQUE),
        c(col(4), N, "VARCHAR", [gst[i] for i in company], "business", SHAPE, OPAQUE),
        c(col(5), "date_of_birth", "VARCHAR", g.col(dob, 0.1), OPAQUE),
        c(col(6), "phone", "VARCHAR", g.phones("IN", {"e164": 0.5, "intl": 0.2, "national": 0.3}), OPAQUE),
        c(col(7), "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["in"]) for a, b in people], OPAQUE),
        c(col(8), "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g, g.rnd.random() < 0.6), 0.75), OPAQUE, HEAVY),
        c(col(9), "street_address", "VARCHAR", g.col(lambda: v.street(g, "in"), 0.05), OPAQUE),
        c(col(10), "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c(col(11), "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places], OPAQUE),
        c(col(12), N, "VARCHAR", [companies[i] for i in company], "business", OPAQUE),
        c(col(13), N, "INTEGER", g.ints(0, 4_000), "decoy", OPAQUE),
        c(col(14), N, "VARCHAR", g.col(lambda: v.aadhaar_decoy(g)), "decoy", SHAPE, OPAQUE),
        c(col(15), N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c(col(16), "ip_address", "VARCHAR", g.col(g.ip, 0.1), OPAQUE),
        c(col(17), "free_text", "VARCHAR", _custom(g, "IN", "in"), CUSTOM, OPAQUE),
        c(col(18), N, "TIMESTAMP", g.moments("2025-01-01", "2025-12-31"), "decoy", OPAQUE),
    ])


def sg_review_events(g: Gen) -> Table:
    """A Singapore marketplace's product review events, flattened from JSON to dotted keys."""
    people = [v.person(g, "sg") for _ in range(g.rows)]
    homes = [g.rnd.choice(v.SG_PLACES) for _ in range(g.rows)]
    shops = [(name, v.sg_uen(g), g.phone("SG", "national", False)) for name in v.SG_SHOPS]
    shop = [g.rnd.randrange(len(shops)) for _ in range(g.rows)]
    mods = _staff(g, 4, "sg")

    def body() -> str:
        return g.rnd.choice(["Good quality, fast delivery", f"Delivery guy {v.given(g, 'sg', False)} very polite!",
                             "Colour not same as photo", f"Bought for my mum, {v.whole(g, 'sg', True)} loves it",
                             "Seller replied fast, will buy again", "Box dented but item ok"])

    def nick() -> str:
        return g.rnd.choice(["shopaholic", "kopiqueen", "lionheart", "mrsg", "bargainhunter", "catmum"]) + \
            str(g.rnd.randint(1, 999))

    def iso(d: date) -> str:
        return d.isoformat()

    return Table("reviews_dump.review_events_json", "en", "json", [
        c("event.id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, JSON),
        c("event.ts", N, "VARCHAR", [m.isoformat() + "+08:00" for m in g.moments("2025-03-01", "2025-12-31")],
          "decoy", JSON),
        c("review.id", N, "VARCHAR", g.col(lambda: "RV" + g.digits(10)), "decoy", SHAPE, JSON),
        c("review.rating", N, "INTEGER", g.ints(1, 5), "decoy", JSON),
        c("review.title", N, "VARCHAR", g.col(g.pick(["Worth it", "Fast delivery", "Not as described", "Love it"]),
                                              0.3), "decoy", JSON),
        c("review.body", "free_text", "VARCHAR", g.col(body, 0.25), JSON),
        c("reviewer.displayName", USERNAME, "VARCHAR", g.col(nick), "username", JSON),
        c("reviewer.fullName", "person_name", "VARCHAR", [f"{b} {a}" for a, b in people], JSON),
        c("reviewer.email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["sg"]) for a, b in people], JSON),
        c("reviewer.phone", "phone", "VARCHAR", g.phones("SG", {"e164": 0.6, "intl": 0.2, "national": 0.2}, 0.95, 0.4),
          JSON),
        c("reviewer.birthDate", "date_of_birth", "VARCHAR", g.col(lambda: iso(g.birth(1960, 2006)), 0.45), JSON),
        c("reviewer.ip", "ip_address", "VARCHAR", g.col(g.ip, 0.05), JSON),
        c("order.id", N, "VARCHAR", g.col(lambda: "25" + g.digits(4) + g.code("AAAA99")), "decoy", SHAPE, JSON),
        c("order.shipping.address1", "street_address", "VARCHAR",
          [f"Blk {g.rnd.randint(100, 699)} {h[0]} #{g.rnd.randint(2, 16):02d}-{g.rnd.randint(1, 480)}"
           for h in homes], JSON),
        c("order.shipping.postalCode", "postal_code", "VARCHAR", [h[1] + g.digits(4) for h in homes], JSON),
        c("product.sku", N, "VARCHAR", g.col(lambda: g.code("SKU-AAA-9999")), "decoy", SHAPE, JSON),
        c("product.name", N, "VARCHAR", g.col(g.pick(v.SG_PRODUCTS)), "decoy", "product_name", JSON),
        c("seller.shopName", N, "VARCHAR", [shops[i][0] for i in shop], "business", JSON),
        c("seller.uen", N, "VARCHAR", [shops[i][1] for i in shop], "business", SHAPE, JSON),
        c("seller.csPhone", N, "VARCHAR", [shops[i][2] for i in shop], "business", JSON),
        c("moderation.moderatedBy", "person_name", "VARCHAR", g.col(g.pick(mods), 0.5), STAFF, JSON),
        c("moderation.reason", N, "VARCHAR", g.col(g.pick(["approved", "profanity", "off_topic", "spam"])), "decoy",
          JSON),
        c("meta.custom2", "free_text", "VARCHAR", _custom(g, "SG", "sg"), CUSTOM, JSON),
        c("app.version", N, "VARCHAR", g.col(g.version), "decoy", SHAPE, JSON),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def de_retouren(g: Gen) -> Table:
    """A Leipzig online fashion retailer's returns (German, snake case)."""
    people = _people(g, "de", 1950, 2006)
    places = [g.rnd.choice(v.DE_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "de")
    warehouses = [(addr, g.phone("DE", "national", False)) for addr in v.DE_WAREHOUSE]
    wh = [g.rnd.randrange(len(warehouses)) for _ in range(g.rows)]
    refund = [g.rnd.random() < 0.55 for _ in range(g.rows)]

    def bem() -> str:
        return g.rnd.choice([f"Paket von Nachbarin {v.whole(g, 'de', True)} abgegeben", "Etikett fehlte, nachgedruckt",
                             f"Kundin bittet um Rückruf, Ehemann {v.given(g, 'de', False)} nimmt ab", "Ware getragen",
                             "Umtausch statt Erstattung"])

    return Table("retourenportal_lpz.ruecksendungen", "de", "snake", [
        c("retoure_id", N, "BIGINT", g.keys(7_000_001), "decoy", KEY),
        c("bestellnr", N, "VARCHAR", g.col(lambda: "LPZ-2025-" + g.digits(7)), "decoy", SHAPE),
        c("rechnungsnr", N, "VARCHAR", g.col(lambda: "RE" + g.digits(9)), "decoy", SHAPE),
        c("kundennr", N, "VARCHAR", g.col(lambda: g.code("K9999999")), "decoy"),
        c("anrede", N, "VARCHAR", ["Frau" if p[3] else "Herr" for p in people], "decoy"),
        c("vorname", "first_name", "VARCHAR", [p[0] for p in people]),
        c("nachname", "last_name", "VARCHAR", [p[1] for p in people]),
        c("geb_datum", "date_of_birth", "VARCHAR", [p[2].strftime("%d.%m.%Y") if g.rnd.random() < 0.65 else None
                                                    for p in people]),
        c("strasse", "street_address", "VARCHAR", g.col(g.pick(v.DE_STREETS))),
        c("hausnr", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 160)) + g.rnd.choice(
            ["", "", "", "a", "b"]))),
        c("plz", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("ort", "city", "VARCHAR", [p[0] for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("DE", {"national": 0.6, "intl": 0.4}, 0.7, 0.25)),
        c("email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["de"]) for p in people]),
        c("iban_erstattung", "iban", "VARCHAR", [v.de_iban(g) if r else None for r in refund]),
        c("kontoinhaber", "person_name", "VARCHAR", [(f"{p[0]} {p[1]}" if g.rnd.random() < 0.85 else v.whole(g, "de"))
                                                     if r else None for p, r in zip(people, refund)], ROLE),
        c("dhl_sendungsnr", N, "VARCHAR", g.col(lambda: "00340434" + g.digits(12), 0.1), "decoy", SHAPE),
        c("artikelnr", N, "VARCHAR", g.col(lambda: g.code("AA-99999-99")), "decoy", SHAPE),
        c("retourengrund", N, "VARCHAR", g.col(g.pick(["Passt nicht", "Gefällt nicht", "Defekt", "Falscher Artikel",
                                                        "Zu spät geliefert"])), "decoy"),
        c("bearbeiter", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("lager_anschrift", N, "VARCHAR", [warehouses[i][0] for i in wh], "business"),
        c("lager_telefon", N, "VARCHAR", [warehouses[i][1] for i in wh], "business"),
        c("zusatzfeld_2", "free_text", "VARCHAR", _custom(g, "DE", "de"), CUSTOM),
        c("bemerkung", "free_text", "VARCHAR", g.sparse(bem, 0.78, _words("k.A.", "keine")), NULLWORD),
    ])


def nl_afhaal(g: Gen) -> Table:
    """A Groningen electronics web shop's in-store pick-ups and pay-later purchases (Dutch, snake case)."""
    male, fem, fam = v.NAMES["nl"]
    tussen = sorted(v.NL_TUSSEN)
    plain = [x for x in fam if x not in v.NL_TUSSEN]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        b = g.rnd.choice(tussen) if g.rnd.random() < 0.42 else g.rnd.choice(plain)
        rows.append((g.rnd.choice(fem if female else male), v.NL_TUSSEN.get(b), b, g.birth(1950, 2006)))
    places = [g.rnd.choice(v.NL_CITIES) for _ in range(g.rows)]
    stores = [(name, g.phone("NL", "national", False)) for name in v.NL_STORES]
    store = [g.rnd.randrange(len(stores)) for _ in range(g.rows)]
    cashiers = _staff(g, 5, "nl")
    docs = []
    for _ in range(g.rows):
        if g.rnd.random() < 0.2:
            docs.append((None, None))
            continue
        kind = g.rnd.choice(["paspoort", "identiteitskaart", "identiteitskaart", "rijbewijs"])
        docs.append((kind, str(g.rnd.randint(4, 5)) + g.digits(9) if kind == "rijbewijs" else v.nl_document(g)))

    def opm() -> str:
        return g.rnd.choice([f"Opgehaald door broer {v.given(g, 'nl', False)}", "Klant wil factuur op bedrijfsnaam",
                             f"Machtiging van {v.whole(g, 'nl')} getoond", "Doos beschadigd, omgeruild"])

    return Table("elektronoord_webshop.afhaalregistratie", "nl", "snake", [
        c("afhaal_id", N, "BIGINT", g.keys(60_001), "decoy", KEY),
        c("ordernummer", N, "VARCHAR", g.col(lambda: g.code("EN99999999")), "decoy", SHAPE),
        c("voornaam", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("tussenvoegsel", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("achternaam", "last_name", "VARCHAR", [r[2] for r in rows]),
        c("geboortedatum", "date_of_birth", "DATE", [r[3] if g.rnd.random() < 0.7 else None for r in rows]),
        c("straat", "street_address", "VARCHAR", g.col(g.pick(v.NL_STREETS))),
        c("huisnummer", "street_address", "INTEGER", g.ints(1, 240)),
        c("postcode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('AA')}" for p in places]),
        c("woonplaats", "city", "VARCHAR", [p[0] for p in places]),
        c("mobiel", "phone", "VARCHAR", g.phones("NL", {"national": 0.6, "e164": 0.2, "intl": 0.2}, 0.9, 0.05)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[2], v.DOMAINS["nl"]) for r in rows]),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.nl_iban(g), 0.5)),
        c("legitimatie_soort", N, "VARCHAR", [d[0] for d in docs], "decoy"),
        c("legitimatie_nummer", "national_id", "VARCHAR", [d[1] for d in docs]),
        c("afhaalpunt", N, "VARCHAR", [stores[i][0] for i in store], "business"),
        c("afhaalpunt_telefoon", N, "VARCHAR", [stores[i][1] for i in store], "business"),
        c("kassamedewerker", "person_name", "VARCHAR", g.col(g.pick(cashiers)), STAFF),
        c("vrij_veld_2", N, "VARCHAR", _codes(g, ["KORTING9", "EN-AA99", "WELKOM99"], 0.45), "decoy", PLAIN),
        c("opmerking", "free_text", "VARCHAR", g.sparse(opm, 0.8, _words("geen", "nvt")), NULLWORD),
    ])


def dk_levering(g: Gen) -> Table:
    """An Aarhus furniture web shop's home deliveries and instalment agreements (Danish, snake case)."""
    from stdnum.dk import cvr

    people = _people(g, "da", 1945, 2006)
    instal = [g.rnd.random() < 0.18 for _ in range(g.rows)]
    places = [g.rnd.choice(v.DA_CITIES) for _ in range(g.rows)]
    drivers = _staff(g, 5, "da")

    def bem() -> str:
        return g.rnd.choice([f"Ring til datteren {v.given(g, 'da', True)} ved ankomst", "Sofa bæres op på 3. sal",
                             f"Naboen {v.whole(g, 'da')} modtager", "Kunden ønsker montering"])

    return Table("boligshop_aarhus.kunder_levering", "da", "snake", [
        c("kunde_id", N, "BIGINT", g.keys(20_001), "decoy", KEY),
        c("ordre_nr", N, "VARCHAR", g.col(lambda: g.code("BS-999999")), "decoy", SHAPE),
        c("fornavn", "first_name", "VARCHAR", [p[0] for p in people]),
        c("efternavn", "last_name", "VARCHAR", [p[1] for p in people]),
        c("foedselsdato", "date_of_birth", "DATE", [p[2] for p in people]),
        c("cpr_nr", "national_id", "VARCHAR", [v.dk_cpr(g, p[2], p[3]) if i else None for p, i in zip(people, instal)],
          HEAVY),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, "da"))),
        c("postnr", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("bynavn", "city", "VARCHAR", [p[0] for p in places]),
        c("mobil", "phone", "VARCHAR", g.phones("DK", {"national": 0.5, "intl": 0.3, "e164": 0.2}, 0.9, 0.05)),
        c("email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["da"]) for p in people]),
        c("leveringsdato", N, "DATE", g.days("2025-08-01", "2026-01-31"), "decoy"),
        c("tidsvindue", N, "VARCHAR", g.col(g.pick(["08-12", "12-16", "16-20"])), "decoy"),
        c("chauffoer", "person_name", "VARCHAR", g.col(g.pick(drivers), 0.1), STAFF),
        c("fragtfirma", N, "VARCHAR", g.col(g.pick(v.DA_CARRIERS)), "business"),
        c("varenr", N, "VARCHAR", g.col(lambda: g.code("AAA-99999")), "decoy", SHAPE),
        c("afbetalingsaftale_nr", N, "VARCHAR", g.col(lambda: "AF" + g.digits(7), 0.6), "decoy", SHAPE),
        c("aftaledato", N, "DATE", g.days("2025-06-01", "2025-12-31", 0.6), "decoy"),
        c("cvr_nr", N, "VARCHAR", g.col(lambda: g.valid(lambda: str(g.rnd.randint(1, 4)) + g.digits(7), cvr.is_valid),
                                        0.6), "business", SHAPE),
        c("fri_felt_1", "free_text", "VARCHAR", _custom(g, "DK", "da"), CUSTOM),
        c("bemaerkning", "free_text", "VARCHAR", g.sparse(bem, 0.75, _words("ingen", "intet")), NULLWORD),
    ])


def cz_predani(g: Gen) -> Table:
    """A Brno parcel pick-up network's hand-overs (Czech, snake case)."""
    people = _people(g, "cs", 1954, 2006)
    adult = [g.rnd.random() < 0.45 for _ in range(g.rows)]
    places = [g.rnd.choice(v.CS_CITIES) for _ in range(g.rows)]
    point = [g.rnd.randrange(len(v.CS_POINTS)) for _ in range(g.rows)]
    clerks = _staff(g, 6, "cs")

    def pozn() -> str:
        return g.rnd.choice([f"Vyzvedl manžel {v.given(g, 'cs', False)} na plnou moc", "Zásilka poškozená, s výhradou",
                             f"Volala paní {v.whole(g, 'cs', True)}, prodloužení úložní doby", "Platba kartou"])

    return Table("vydejni_mista_brno.predani_zasilek", "cs", "snake", [
        c("id_predani", N, "BIGINT", g.keys(3_000_001), "decoy", KEY),
        c("cislo_zasilky", N, "VARCHAR", g.col(lambda: "Z" + g.digits(10)), "decoy", SHAPE),
        c("eshop", N, "VARCHAR", g.col(g.pick(v.CS_ESHOPS)), "business"),
        c("jmeno", "first_name", "VARCHAR", [p[0] for p in people]),
        c("prijmeni", "last_name", "VARCHAR", [p[1] for p in people]),
        c("telefon", "phone", "VARCHAR", g.phones("CZ", {"national": 0.5, "intl": 0.5}, 1.0)),
        c("email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["cs"]) for p in people]),
        c("datum_narozeni", "date_of_birth", "DATE", [p[2] if a else None for p, a in zip(people, adult)]),
        c("rodne_cislo", "national_id", "VARCHAR", [v.cz_rc(g, p[2], p[3]) if a and g.rnd.random() < 0.8 else None
                                                    for p, a in zip(people, adult)]),
        c("cislo_op", "national_id", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 2)) + g.digits(8), 0.55)),
        c("ulice", "street_address", "VARCHAR", g.col(lambda: v.street(g, "cs"), 0.1)),
        c("mesto", "city", "VARCHAR", [p[0] for p in places]),
        c("psc", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("dobirka_kc", N, "DOUBLE", g.col(lambda: round(g.rnd.uniform(99, 8_000), 0), 0.5), "decoy"),
        c("vydejni_misto", N, "VARCHAR", [v.CS_POINTS[i][0] for i in point], "business"),
        c("adresa_vydejniho_mista", N, "VARCHAR", [v.CS_POINTS[i][1] for i in point], "business"),
        c("psc_vydejniho_mista", N, "VARCHAR", [v.CS_POINTS[i][2] for i in point], "business"),
        c("gps_lat", N, "DOUBLE", [v.CS_POINTS[i][3] for i in point], "decoy"),
        c("gps_lon", N, "DOUBLE", [v.CS_POINTS[i][4] for i in point], "decoy"),
        c("vydal", "person_name", "VARCHAR", g.col(g.pick(clerks), 0.05), STAFF),
        c("cas_predani", N, "TIMESTAMP", g.moments("2025-10-01", "2025-12-31"), "decoy"),
        c("volne_pole_1", "free_text", "VARCHAR", _custom(g, "CZ", "cs"), CUSTOM),
        c("poznamka", "free_text", "VARCHAR", g.sparse(pozn, 0.8, _words("žádná")), NULLWORD),
    ])


def tr_siparis(g: Gen) -> Table:
    """An İzmir online home-textile shop's orders and e-archive invoices (Turkish, snake case)."""
    people = _people(g, "tr", 1950, 2006)
    places = [g.rnd.choice(v.TR_PLACES) for _ in range(g.rows)]
    reps = _staff(g, 4, "tr")

    def kimlik() -> str | None:
        r = g.rnd.random()
        if r < 0.6:
            return v.tckn(g)
        if r < 0.66:
            return v.tckn(g, foreign=True)
        return "11111111111" if r < 0.9 else None

    companies = [None if g.rnd.random() < 0.6 else g.rnd.randrange(len(v.TR_COMPANIES)) for _ in range(g.rows)]
    vkns = [v.tr_vkn(g) for _ in v.TR_COMPANIES]

    def acik() -> str:
        return g.rnd.choice([f"Kapıcı {v.given(g, 'tr', False)} Bey teslim alacak", "Hediye paketi yapılsın",
                             f"Alıcı {v.whole(g, 'tr')}, annesine hediye", "Kargo şubeden teslim"])

    return Table("eticaret_izmir.siparis_fatura", "tr", "snake", [
        c("siparis_id", N, "BIGINT", g.keys(880_001), "decoy", KEY),
        c("siparis_no", N, "VARCHAR", g.col(lambda: g.code("TX-2025-999999")), "decoy", SHAPE),
        c("earsiv_fatura_no", N, "VARCHAR", g.col(lambda: "EAR2025" + g.digits(9)), "decoy", SHAPE),
        c("ad", "first_name", "VARCHAR", [p[0] for p in people]),
        c("soyad", "last_name", "VARCHAR", [p[1] for p in people]),
        c("tc_kimlik_no", "national_id", "VARCHAR", g.col(kimlik)),
        c("dogum_tarihi", "date_of_birth", "DATE", [p[2] if g.rnd.random() < 0.6 else None for p in people]),
        c("cep_telefonu", "phone", "VARCHAR", g.phones("TR", {"national": 0.6, "e164": 0.4}, 1.0, 0.05)),
        c("eposta", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["tr"]) for p in people]),
        c("teslimat_adresi", "street_address", "VARCHAR", g.col(lambda: v.street(g, "tr"))),
        c("ilce", "city", "VARCHAR", [p[0] for p in places]),
        c("il", N, "VARCHAR", [p[2] for p in places], "decoy"),
        c("posta_kodu", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("fatura_unvani", N, "VARCHAR", [None if i is None else v.TR_COMPANIES[i] for i in companies], "business"),
        c("vergi_no", N, "VARCHAR", [None if i is None else vkns[i] for i in companies], "business", SHAPE),
        c("vergi_dairesi", N, "VARCHAR", [None if i is None else v.TR_TAX_OFFICES[i % len(v.TR_TAX_OFFICES)]
                                          for i in companies], "business"),
        c("kargo_takip_no", N, "VARCHAR", g.col(lambda: g.digits(12), 0.1), "decoy", SHAPE),
        c("musteri_temsilcisi", "person_name", "VARCHAR", g.col(g.pick(reps), 0.2), STAFF),
        c("ozel_alan_2", "free_text", "VARCHAR", _custom(g, "TR", "tr"), CUSTOM),
        c("aciklama", "free_text", "VARCHAR", g.sparse(acik, 0.75, _words("yok", "Yok")), NULLWORD),
    ])


def el_loyalty(g: Gen) -> Table:
    """A Thessaloniki electronics chain's loyalty club (Greek script column names and values)."""
    people = _people(g, "el", 1945, 2006)
    places = [g.rnd.choice(v.EL_CITIES) for _ in range(g.rows)]
    stores = [(name, g.phone("GR", "national", False)) for name in v.EL_STORES]
    store = [g.rnd.randrange(len(stores)) for _ in range(g.rows)]
    staff = _staff(g, 6, "el")

    def sxolia() -> str:
        return g.rnd.choice([f"Η σύζυγος {v.whole(g, 'el', True)} έχει δεύτερη κάρτα", "Θέλει ενημέρωση για προσφορές",
                             f"Ο γιος {v.given(g, 'el', False)} παραλαμβάνει", "Αλλαγή διεύθυνσης"])

    return Table("πρόγραμμα_πιστότητας.μέλη", "el", "native", [
        c("κωδικός_μέλους", N, "BIGINT", g.keys(500_001), "decoy", KEY),
        c("αριθμός_κάρτας", N, "VARCHAR", g.col(lambda: v.ean13(g, "29")), "decoy", SHAPE),
        c("όνομα", "first_name", "VARCHAR", [p[0] for p in people]),
        c("επώνυμο", "last_name", "VARCHAR", [p[1] for p in people]),
        c("πατρώνυμο", "first_name", "VARCHAR", g.col(g.pick(v.EL_GIVEN[0]), 0.2), ROLE),
        c("ημέρα_γέννησης", "date_of_birth", "INTEGER", [p[2].day for p in people], PART),
        c("μήνας_γέννησης", "date_of_birth", "INTEGER", [p[2].month for p in people], PART),
        c("έτος_γέννησης", "date_of_birth", "INTEGER", [p[2].year if g.rnd.random() < 0.7 else None for p in people],
          PART),
        c("κινητό", "phone", "VARCHAR", g.phones("GR", {"national": 0.7, "e164": 0.3}, 1.0, 0.05)),
        c("σταθερό", "phone", "VARCHAR", g.phones("GR", {"national": 1.0}, 0.0, 0.78), HEAVY),
        c("email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["el"]) if g.rnd.random() < 0.75 else None
                                        for p in people]),
        c("οδός", "street_address", "VARCHAR", g.col(lambda: v.street(g, "el"))),
        c("τκ", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("πόλη", "city", "VARCHAR", [p[0] for p in places]),
        c("αφμ", "national_id", "VARCHAR", g.col(lambda: v.gr_afm(g), 0.85), HEAVY),
        c("κατάστημα_εγγραφής", N, "VARCHAR", [stores[i][0] for i in store], "business"),
        c("τηλέφωνο_καταστήματος", N, "VARCHAR", [stores[i][1] for i in store], "business"),
        c("υπάλληλος_εγγραφής", "person_name", "VARCHAR", g.col(g.pick(staff), 0.1), STAFF),
        c("πόντοι", N, "INTEGER", g.ints(0, 25_000), "decoy"),
        c("πεδίο_χρήστη_2", N, "VARCHAR", _codes(g, ["ΠΡΟ-99", "KP9999", "VIP-A9"], 0.4), "decoy", PLAIN),
        c("σχόλια", "free_text", "VARCHAR", g.sparse(sxolia, 0.8, _words("κανένα")), NULLWORD),
    ])


def ja_seller_kyc(g: Gen) -> Table:
    """A Fukuoka flea-market app's seller identity verification (Japanese column names and values)."""
    people = [v.person(g, "ja") for _ in range(g.rows)]
    places = [g.rnd.choice(v.JA_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "ja")
    docs = [g.rnd.choice(["運転免許証", "運転免許証", "マイナンバーカード", "パスポート", "在留カード"])
            for _ in range(g.rows)]

    def born() -> str:
        d = g.birth(1955, 2006)
        return f"{d.year}年{d.month}月{d.day}日"

    def nick() -> str:
        return g.rnd.choice(["ぽん太", "hiro_", "さくらママ", "古着屋", "mika.", "はかた商店"]) + str(g.rnd.randint(1, 999))

    def bikou() -> str:
        return g.rnd.choice(["書類の画像が不鮮明、再提出依頼", f"代理人 {v.whole(g, 'ja')} 様より問い合わせ",
                             "住所と書類の記載が一致", f"旧姓 {v.person(g, 'ja')[1]} で登録"])

    return Table("フリマ運営.出品者本人確認", "ja", "native", [
        c("出品者ID", N, "BIGINT", g.keys(81_000_001), "decoy", KEY),
        c("氏名", "person_name", "VARCHAR", [f"{b} {a}" for a, b in people]),
        c("フリガナ", "person_name", "VARCHAR", [f"{v.JA_KANA[b]} {v.JA_KANA[a]}" for a, b in people]),
        c("ニックネーム", USERNAME, "VARCHAR", g.col(nick), "username"),
        c("生年月日", "date_of_birth", "VARCHAR", g.col(born, 0.05)),
        c("郵便番号", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(4)}" for p in places]),
        c("都道府県", N, "VARCHAR", [p[2] for p in places], "decoy"),
        c("市区町村", "city", "VARCHAR", [p[0] for p in places]),
        c("番地", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ja"))),
        c("建物名", "street_address", "VARCHAR", g.col(lambda: g.rnd.choice(["グランメゾン博多", "コーポ天神",
                                                                            "サンハイツ西新", "ラフォーレ香椎"])
                                                   + f" {g.rnd.randint(1, 12)}0{g.rnd.randint(1, 9)}号室", 0.72), HEAVY),
        c("電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "e164": 0.2}, 0.9)),
        c("メールアドレス", "email", "VARCHAR", g.col(lambda: v.romaji_email(g, v.DOMAINS["ja"]), 0.05)),
        c("本人確認書類", N, "VARCHAR", docs, "decoy"),
        c("運転免許証番号", "national_id", "VARCHAR", ["9" + g.rnd.choice("0123") + g.digits(10) if d == "運転免許証"
                                                     else None for d in docs], LICENCE),
        c("審査担当", "person_name", "VARCHAR", g.col(g.pick(staff), 0.05), STAFF),
        c("審査日時", N, "TIMESTAMP", g.moments("2025-04-01", "2025-12-31"), "decoy"),
        c("屋号", N, "VARCHAR", g.col(g.pick(["はかた古着堂", "天神ハンドメイド工房", "糸島クラフト", "小倉リユース"]),
                                    0.6), "business"),
        c("取引番号", N, "VARCHAR", g.col(lambda: "m" + g.digits(11)), "decoy", SHAPE),
        c("最終ログインIP", "ip_address", "VARCHAR", g.col(g.ip, 0.05)),
        c("自由項目2", "free_text", "VARCHAR", _custom(g, "JP", "ja"), CUSTOM),
        c("備考", "free_text", "VARCHAR", g.sparse(bikou, 0.8, _words("なし", "特になし")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (us_seller_tax, 600), (gb_collection_log, 700), (ca_member_profiles, 800), (za_chargebacks, 500),
    (au_tickets, 450), (us_catalog_cobol, 650), (in_seller_kyc, 550), (sg_review_events, 600),
    (de_retouren, 700), (nl_afhaal, 400), (dk_levering, 350), (cz_predani, 600), (tr_siparis, 500),
    (el_loyalty, 500), (ja_seller_kyc, 400),
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
