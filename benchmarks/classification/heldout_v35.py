"""Held-out set v35 for the column classifier: 12 *wide denormalized tables* the way analysts export them from
ordinary English-language business systems (US, UK, Canada, Australia), each 25-45 columns, written as a precision
stress: a B2B SaaS's account-contact-opportunity flat export, a retailer's order-line fact joined to customer and
store, a hospital's bed-management snapshot, an airline's booking (PNR) flat file, a bank's loan-servicing tape, an
insurer's policy-claim flat file, a university's enrollment extract, a logistics company's shipment-recipient file, a
hotel chain's stay-guest-folio export, a telecom's subscriber-usage monthly file, a marketplace's seller payout export
and a nonprofit's gift-donor export.

Written **blind**, like v2 to v33: by someone who has read neither the classifier (``governance_dagster/detect/``,
``governance_dagster/rules.py``) nor its documentation, tests, changelog or notes, only the list of kind names
(``governance_dagster/kinds.py``), how the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the
*structure* and labeling conventions of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test,
``tests/heldout_support.py``), the module docstrings of v24 to v33 (to avoid their domains) and the
``Column``/``Table`` classes and writer they build on. The classifier was not run on this set while it was written,
no scorer was run on it, and no score of any set was looked at: nothing here was adjusted to what the classifier
does. It was written under a short deadline (45 minutes, tests and lint included), so some labels below are quick
decisions rather than settled conventions. It imports no earlier set's value module: its random source, name lists,
streets, cities, companies, products and identifier builders are its own
(:mod:`benchmarks.classification.heldout_v35_values`; the generic ``Gen`` helpers were copied from v27's).

What is new against v2 to v33:

* every table is wide and flat: the personal columns of several people per row (customer, contact, account owner,
  passenger, borrower and co-borrower, guarantor, emergency contact, next of kin, recipient, guest, donor, seller)
  sit beside many more non-personal columns that *look* personal (tag ``decoy``, ``business`` or ``value_shape``);
* business contact data of stores, branches, warehouses, hotels, wards, depots, accounts and sellers' shops: names,
  street addresses, phones, cities and postcodes (tag ``business``, all ``none``);
* product names that are given names or family names (a ``Jackson`` guitar, a ``Victoria`` collection, a ``Morgan``
  sofa) and sales territories, routes and hubs named after cities (tag ``name_like``, ``none``);
* identifier-shaped decoys with check digits (tag ``value_shape``, ``none``): ABA routing numbers, SWIFT/BIC, GTIN-13
  and UPC-A, ISBN-13, IMEI, ICCID, VINs, MAC addresses, UPS and USPS tracking numbers, EINs, ABNs, UK sort codes,
  record locators, flight numbers, seat numbers, IATA airport codes, policy, loan, claim, folio and booking numbers,
  merchant category codes and NAICS codes;
* dates that are not dates of birth (tag ``old_date``, ``none``): loan origination in the 1980s and 1990s, a
  building's construction year, an account's founding date, a policy's inception in the 1970s to 1990s;
* integer keys and codes named like personal fields (tag ``name_like_key``, ``none``): ``customer_name_id``,
  ``email_id``, ``phone_type_cd``, ``address_seq``, ``dob_verified_flag``, ``ssn_on_file_ind``;
* personal data under misleading names (tag ``misleading``): a ``ref_2`` holding e-mail addresses, an ``attr_val``
  holding phones, a ``cust_key_txt`` holding names;
* identifiers with check digits (python-stdnum): US SSNs, Canadian SINs, Australian TFNs, UK National Insurance
  numbers (valid prefixes; there is no check digit), card numbers (Luhn), UK IBANs; phones of the US, Canada, the UK
  and Australia (phonenumbers) in E.164, international, national, dashed, dotted and digits-only forms; dates of
  birth as DATE, as text (``MM/DD/YYYY``, ``DD/MM/YYYY``, ``YYYY-MM-DD``) and as ``YYYYMMDD`` integers.

Labeling choices a reader may question:

* a store's, branch's, warehouse's, hotel's, ward's or seller's shop's name, address, phone, city and postcode are
  ``none`` (tag ``business``), also where the seller is a sole trader whose shop name contains a family name; the
  seller's *own* legal name and home address in the payout export are personal (``person_name``,
  ``street_address``);
* a residential delivery address in the logistics file is ``street_address`` (the recipient's home); its
  ``delivery_postcode`` ``postal_code`` and its ``delivery_suburb`` ``city``;
* the hospital's ward, bed and consultant's specialty are ``none``; the admitting consultant (staff) is
  ``person_name``; the patient's NHS-style MRN is a hospital number (``none``, a key), the NI number ``national_id``;
* a PNR record locator, a ticket number, a frequent-flyer number and a seat are ``none``; the passenger's name in
  ``SURNAME/GIVEN MR`` form is ``person_name``;
* last-4 fragments of cards, SSNs and accounts are ``none`` (tag ``partial``); coordinates of a store or depot are
  ``none``;
* a column mixing several personal kinds (a donor's ``tribute_info``: a name, sometimes an address, sometimes a
  phone) is ``free_text``; notes naming people are ``free_text``;
* logins (``created_by_user``, ``agent_login``) are ``unclassified`` (tag ``username``); batch writers are ``none``
  (tag ``service_account``); staff names (account owner, loan officer, adjuster, front-desk clerk) are
  ``person_name`` (tag ``staff``), a lone first name ``first_name``;
* a person's employer (``employer_name``) is ``none`` (a company name); a job title is ``none``;
* a university-issued student e-mail (``u1234567@student...``) is ``email`` (one person's mailbox); a delivery's
  ``signed_by`` (surname in capitals) is ``last_name``; a seller's ``shop_name`` built on the seller's family name
  (``X's Vintage``) is ``none``; a telecom's ``top_dialled_no`` is ``phone``;
* a date of birth as an integer ``YYYYMMDD`` is ``date_of_birth``; a loan's origination date in 1987 is
  ``none`` however much it looks like one.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder). Build:
``python -m benchmarks.classification.heldout_v35 [PATH]`` (default ``/tmp/heldout_v35.duckdb``). Score:
``python -m benchmarks.classification.heldout_v2_accuracy --set v35``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v35_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v35_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v35.duckdb")

D = "decoy"
B = "business"
HEAVY = "null_heavy"  # 50-90% NULL
NULLWORD = "nullword_heavy"  # 70-95% NULL words
SHAPE = "value_shape"
MISLEADING = "misleading"
STAFF = "staff"
ROLE = "role_word"
USER = "username"
SERVICE = "service_account"
AUDIT = "audit"
KEY = "join_key"
NAME_LIKE = "name_like"  # a product, collection, territory, route or hub named like a person or a city (none)
NAME_KEY = "name_like_key"  # an integer key or code named like a personal field (none)
OLD_DATE = "old_date"  # a contract, founding or construction date from the 1960s-1990s (none)
PARTIAL = "partial"  # the last four digits of a card, SSN or account (none)
PLACEHOLDER = "placeholder"
PREMISES = "premises"
TEXT_DOB = "dob_text"
INT_DOB = "dob_int"
ABBREV = "abbrev"


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a", "N/A", "none") + extra


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
    return [g.rnd.choice(placeholders) if x is not None and g.rnd.random() < share else x for x in values]


def _null(g: Gen, values: list, share: float) -> list:
    return [None if g.rnd.random() < share else x for x in values]


def _shops(g: Gen, names: list[str], country: str) -> list[tuple[str, str, str, str, str]]:
    """Business sites: (name, street, city, postcode, phone) in ``country``."""
    out = []
    for name in names:
        _, city, _, pc = v.home(g, country)
        out.append((name, v.business_street(g), city, pc, g.phone(country, "national", False)))
    return out


def _later(g: Gen, starts: list, lo: int, hi: int) -> list:
    return [None if s is None else s + timedelta(days=g.rnd.randint(lo, hi)) for s in starts]


# -- tables ------------------------------------------------------------------------------------------------------------


def saas_account_contact_opp(g: Gen) -> Table:
    """A B2B SaaS's account-contact-opportunity flat export (one row per opportunity contact role): the account (a
    company: name, HQ address, main line, city, ZIP, EIN, NAICS code, founding date: ``none``), the contact (name,
    work e-mail, direct and mobile phone, title), the account owner and the SDR (staff), the opportunity (stage,
    amount, close date), a territory named after a city, integer keys named like personal fields and a note."""
    accounts = [(name, v.business_street(g), *v.us_place(g), g.phone("US", "national", False), v.ein(g),
                 g.day("1962-01-01", "1999-12-31")) for name in v.B2B_ACCOUNTS]
    acc = [g.rnd.choice(accounts) for _ in range(g.rows)]
    owners = _staff(g, 6)
    sdrs = _staff(g, 4, v.given)
    pairs = [v.person(g) for _ in range(g.rows)]
    domains = {a[0]: v.plain(a[0].split()[0]) + ".com" for a in accounts}

    def note() -> str:
        return g.rnd.choice([f"Champion is {v.whole(g)}, CFO signs.", "Budget approved for Q3.",
                             f"Call back {v.given(g)} after board meeting", "Competitor incumbent, renewal in May.",
                             f"Intro via {v.whole(g)} at the conference"])

    return Table("saas_export.acct_contact_opp_flat", "en", "snake", [
        c("opportunity_id", N, "VARCHAR", g.col(lambda: g.code("006ZZZZZZZZZZZZAAA")), D, KEY),
        c("account_id", N, "VARCHAR", [f"001{accounts.index(a):012d}" for a in acc], D, KEY),
        c("account_name", N, "VARCHAR", [a[0] for a in acc], B),
        c("account_billing_street", N, "VARCHAR", [a[1] for a in acc], B),
        c("account_billing_city", N, "VARCHAR", [a[2] for a in acc], B),
        c("account_billing_state", N, "VARCHAR", [a[3] for a in acc], B),
        c("account_billing_zip", N, "VARCHAR", [a[4] for a in acc], B),
        c("account_main_phone", N, "VARCHAR", [a[5] for a in acc], B),
        c("account_ein", N, "VARCHAR", [a[6] for a in acc], B, SHAPE),
        c("account_founded_date", N, "DATE", [a[7] for a in acc], D, OLD_DATE),
        c("naics_code", N, "INTEGER", g.col(g.pick([238160, 484121, 621210, 325211, 541611, 424480, 312120])),
          D, SHAPE),
        c("employee_count", N, "INTEGER", g.ints(8, 4_800), D),
        c("sales_territory", N, "VARCHAR", g.col(g.pick(["Nashville", "Memphis Metro", "Omaha West", "Wichita",
                                                          "Louisville-Lexington", "Des Moines"])), D, NAME_LIKE),
        c("account_owner", "person_name", "VARCHAR", g.col(g.pick(owners)), STAFF, ROLE),
        c("sdr_first_name", "first_name", "VARCHAR", g.col(g.pick(sdrs), 0.2), STAFF),
        c("contact_id", N, "VARCHAR", g.col(lambda: g.code("003ZZZZZZZZZZZZAAA")), D, KEY),
        c("contact_name_id", N, "BIGINT", g.ints(100_000, 999_999), D, NAME_KEY),
        c("contact_first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("contact_last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("contact_title", N, "VARCHAR", g.col(g.pick(["VP Operations", "Controller", "IT Director", "Owner",
                                                        "Office Manager", "Head of Procurement"])), D),
        c("contact_email", "email", "VARCHAR", [v.work_email(a, b, domains[acc[i][0]])
                                                for i, (a, b) in enumerate(pairs)]),
        c("contact_email_id", N, "INTEGER", g.ints(1, 3), D, NAME_KEY),
        c("contact_direct_phone", "phone", "VARCHAR", g.phones("US", {"dashes": 0.5, "national": 0.5}, 0.2, 0.3)),
        c("contact_mobile", "phone", "VARCHAR", g.phones("US", {"e164": 0.6, "dots": 0.4}, 1.0, 0.65), HEAVY),
        c("phone_type_cd", N, "VARCHAR", g.col(g.pick(["W", "M", "D", "F"])), D, NAME_KEY),
        c("contact_linkedin_slug", N, "VARCHAR", g.col(lambda: f"in/{g.code('ZZZZZZZZ').lower()}", 0.6), D),
        c("opportunity_stage", N, "VARCHAR", g.col(g.pick(["Discovery", "Proposal", "Negotiation", "Closed Won",
                                                            "Closed Lost"])), D),
        c("amount_usd", N, "DOUBLE", g.amounts(4_000, 380_000), D),
        c("probability_pct", N, "INTEGER", g.col(g.pick([10, 25, 50, 75, 90, 100])), D),
        c("close_date", N, "DATE", g.days("2025-01-01", "2026-06-30"), D),
        c("created_date", N, "TIMESTAMP", g.moments("2024-06-01", "2025-12-31"), D),
        c("product_line", N, "VARCHAR", g.col(g.pick(["Harlan Suite", "Everett Analytics", "Mabel Connect",
                                                       "Core Platform"])), D, NAME_LIKE),
        c("next_step_notes", "free_text", "VARCHAR", g.sparse(note, 0.45, _words())),
        c("last_modified_by", USERNAME, "VARCHAR", g.col(g.pick(_logins(g, 5, 0))), AUDIT, USER),
    ])


def retail_order_line(g: Gen) -> Table:
    """A retailer's order-line fact joined to the customer and the store dimension: the store (name, address,
    phone, city, ZIP, coordinates: ``none``), the product (SKU, UPC-A, a name like ``Jackson`` or ``Victoria``),
    quantities and prices, the customer (name, e-mail, phone, address, city, ZIP, birth date, loyalty number) and
    the cashier (staff), the card's last four digits and the card brand."""
    stores = _shops(g, ["Store #114 Wichita East", "Store #207 Omaha Crossroads", "Store #031 Nashville Midtown",
                        "Store #092 Louisville Outlet", "Store #155 Madison West"], "US")
    store = [g.rnd.choice(stores) for _ in range(g.rows)]
    cashiers = _staff(g, 7)
    pairs = [v.person(g) for _ in range(g.rows)]
    homes = [v.home(g, "US") for _ in range(g.rows)]
    products = ["Jackson Dreadnought Acoustic", "Victoria Collection Throw", "Morgan Leather Sofa",
                "Harper Floor Lamp", "Everett Stand Mixer", "Austin 6-Drawer Dresser", "Madison Duvet Set",
                "Lincoln Cast Iron Skillet", "Savannah Outdoor Chair", "Riley Kids Bike"]
    return Table("retail_dw.fct_order_line_wide", "en", "snake", [
        c("order_line_sk", N, "BIGINT", g.keys(5_000_001), D, KEY),
        c("order_number", N, "VARCHAR", g.col(lambda: g.code("WEB-99999999")), D, SHAPE),
        c("order_ts", N, "TIMESTAMP", g.moments("2025-03-01", "2025-12-31"), D),
        c("store_name", N, "VARCHAR", [s[0] for s in store], B),
        c("store_address", N, "VARCHAR", [s[1] for s in store], B),
        c("store_city", N, "VARCHAR", [s[2] for s in store], B),
        c("store_zip", N, "VARCHAR", [s[3] for s in store], B),
        c("store_phone", N, "VARCHAR", [s[4] for s in store], B),
        c("store_lat", N, "DOUBLE", g.floats(35.0, 43.0, 5), D),
        c("store_lon", N, "DOUBLE", g.floats(-98.0, -86.0, 5), D),
        c("sku", N, "VARCHAR", g.col(lambda: g.code("AA-99999-ZZ")), D, SHAPE),
        c("upc", N, "VARCHAR", g.col(lambda: v.gtin(g, 12, "0")), D, SHAPE),
        c("product_name", N, "VARCHAR", g.col(g.pick(products)), D, NAME_LIKE),
        c("brand", N, "VARCHAR", g.col(g.pick(["Beckett & Co", "Hollis Home", "Mabel Jane", "Prairie Goods"])), D,
          NAME_LIKE),
        c("qty", N, "INTEGER", g.ints(1, 6), D),
        c("unit_price", N, "DOUBLE", g.amounts(4.99, 1_499.0), D),
        c("discount_pct", N, "DOUBLE", g.floats(0, 0.4, 2), D),
        c("cashier_name", "person_name", "VARCHAR", g.col(g.pick(cashiers), 0.35), STAFF, ROLE),
        c("customer_name_id", N, "BIGINT", g.ints(10_000_000, 99_999_999), D, NAME_KEY),
        c("customer_first_nm", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("customer_last_nm", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("customer_email", "email", "VARCHAR", _dirty(g, [v.email_of(g, a, b) if g.rnd.random() < 0.8 else None
                                                           for a, b in pairs], 0.04,
                                                          ["noemail@noemail.com", "none@none.com"]), PLACEHOLDER),
        c("customer_phone", "phone", "VARCHAR", g.phones("US", {"digits": 0.5, "dashes": 0.3, "national": 0.2},
                                                          0.8, 0.25)),
        c("customer_addr_line1", "street_address", "VARCHAR", [h[0] for h in homes]),
        c("customer_city", "city", "VARCHAR", [h[1] for h in homes]),
        c("customer_state", N, "VARCHAR", [h[2] for h in homes], D),
        c("customer_zip", "postal_code", "VARCHAR", [h[3] for h in homes]),
        c("address_seq", N, "INTEGER", g.ints(1, 4), D, NAME_KEY),
        c("customer_birth_dt", "date_of_birth", "DATE", _null(g, g.births(1941, 2006), 0.55), HEAVY),
        c("loyalty_no", N, "VARCHAR", g.col(lambda: g.digits(11), 0.3), D, SHAPE),
        c("card_brand", N, "VARCHAR", g.col(g.pick(["VISA", "MC", "AMEX", "DISC", "CASH"])), D),
        c("card_last4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.15), D, PARTIAL),
        c("mcc", N, "INTEGER", g.col(g.pick([5712, 5732, 5651, 5999, 5733])), D, SHAPE),
        c("return_flag", N, "BOOLEAN", g.yn(True, False, 0.06), D),
    ])


def hospital_bed_snapshot(g: Gen) -> Table:
    """A UK hospital's bed-management snapshot (one row per occupied or blocked bed): site, ward and bed (``none``),
    the site's switchboard and address, the patient (hospital number: a key; name, NI number, date of birth as text,
    home postcode and town, phone), next of kin (name, relationship, phone), the consultant (staff), admission and
    expected discharge dates, specialty, isolation flags and a bed manager's note."""
    sites = _shops(g, ["Royal Derby Infirmary", "Leicester General", "Nottingham City Campus"], "GB")
    site = [g.rnd.choice(sites) for _ in range(g.rows)]
    consultants = _staff(g, 8, lambda x: f"Dr {v.whole(x)}")
    births = g.births(1928, 2007)
    places = [v.uk_place(g) for _ in range(g.rows)]
    admitted = g.moments("2025-11-01", "2025-12-14")

    def note() -> str:
        return g.rnd.choice(["Awaiting OT assessment", f"Daughter {v.whole(g)} to collect, call after 5pm",
                             "Delayed: care package", f"Spoke to {v.given(g)} re: transport", "MFFD"])

    return Table("hospital_bi.bed_mgmt_snapshot", "en", "screaming", [
        c("SNAPSHOT_TS", N, "TIMESTAMP", [g.moment("2025-12-15", "2025-12-15") for _ in range(g.rows)], D),
        c("SITE_NAME", N, "VARCHAR", [s[0] for s in site], B),
        c("SITE_ADDRESS", N, "VARCHAR", [s[1] for s in site], B),
        c("SITE_POSTCODE", N, "VARCHAR", [s[3] for s in site], B),
        c("SITE_SWITCHBOARD", N, "VARCHAR", [s[4] for s in site], B),
        c("WARD_CODE", N, "VARCHAR", g.col(lambda: g.code("WAA9")), D),
        c("WARD_NAME", N, "VARCHAR", g.col(g.pick(["Florence Ward", "Nightingale Ward", "Ashdown Unit",
                                                     "Victoria Ward", "Elizabeth Day Unit"])), D, NAME_LIKE),
        c("BED_ID", N, "VARCHAR", g.col(lambda: g.code("B99-A")), D, SHAPE),
        c("BED_STATUS", N, "VARCHAR", g.col(g.pick(["OCCUPIED", "OCCUPIED", "BLOCKED", "CLEANING"])), D),
        c("HOSP_NO", N, "VARCHAR", g.col(lambda: g.code("RX9999999")), D, KEY),
        c("PATIENT_NAME", "person_name", "VARCHAR", [f"{v.family(g).upper()}, {v.given(g)}"
                                                     for _ in range(g.rows)]),
        c("NI_NUMBER", "national_id", "VARCHAR", g.col(lambda: v.gb_nino(g, g.rnd.random() < 0.5), 0.6), HEAVY),
        c("PATIENT_DOB", "date_of_birth", "VARCHAR", [d.strftime("%d/%m/%Y") for d in births], TEXT_DOB),
        c("AGE_YRS", N, "INTEGER", [2025 - d.year for d in births], D),
        c("HOME_POSTCODE", "postal_code", "VARCHAR", [p[2] for p in places]),
        c("HOME_TOWN", "city", "VARCHAR", [p[0] for p in places]),
        c("PATIENT_TEL", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.4}, 0.6, 0.2)),
        c("NOK_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.3), ROLE),
        c("NOK_RELATIONSHIP", N, "VARCHAR", g.col(g.pick(["Son", "Daughter", "Spouse", "Friend", "Carer"]), 0.3),
          D),
        c("NOK_TEL", "phone", "VARCHAR", g.phones("GB", {"national": 0.5, "e164": 0.5}, 0.9, 0.35), ROLE),
        c("CONSULTANT", "person_name", "VARCHAR", g.col(g.pick(consultants)), STAFF),
        c("SPECIALTY", N, "VARCHAR", g.col(g.pick(["Geriatrics", "General Surgery", "Respiratory", "Cardiology",
                                                     "Orthopaedics"])), D),
        c("ADMIT_DTTM", N, "TIMESTAMP", admitted, D),
        c("EDD", N, "DATE", [a.date() + timedelta(days=g.rnd.randint(1, 21)) for a in admitted], D, ABBREV),
        c("LOS_DAYS", N, "INTEGER", g.ints(0, 45), D),
        c("ISOLATION_FLAG", N, "VARCHAR", g.yn("Y", "N", 0.12), D),
        c("NEWS2_SCORE", N, "INTEGER", g.ints(0, 9), D),
        c("BED_MGR_NOTE", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("None")), NULLWORD),
        c("LAST_UPDATED_BY", N, "VARCHAR", g.col(g.pick(["PAS_FEED", "BEDVIEW_ETL"])), D, AUDIT, SERVICE),
    ])


def airline_pnr_flat(g: Gen) -> Table:
    """An airline's booking flat file (one row per passenger segment): record locator, ticket number, flight
    number, airports, departure time, seat, cabin, fare (``none``), the passenger (``SURNAME/GIVEN MR``, first and
    last name, date of birth, e-mail, phone, frequent-flyer number), the booking contact (often another person), an
    emergency contact (mostly NULL), the agent's login and the travel agency (a business: IATA number, phone)."""
    airports = ["BNA", "MEM", "OMA", "DSM", "MKE", "IND", "SDF", "LHR", "MAN", "YWG", "YYC", "YHZ", "BNE", "ADL"]
    pairs = [v.person(g) for _ in range(g.rows)]
    births = g.births(1936, 2022)
    regions = [g.rnd.choice(["US", "US", "GB", "CA", "AU"]) for _ in range(g.rows)]
    dep = g.moments("2025-12-01", "2026-04-30")
    agencies = _shops(g, ["Bluegrass Travel Partners", "Prairie Wings Travel", "Tanglewood Cruises & Tours"], "US")
    agency = [g.rnd.choice(agencies) if g.rnd.random() < 0.4 else None for _ in range(g.rows)]
    return Table("airline_ods.pnr_segment_flat", "en", "snake", [
        c("record_locator", N, "VARCHAR", g.col(lambda: g.code("ZZZZZZ").replace("0", "K").replace("1", "L")), D,
          SHAPE),
        c("ticket_number", N, "VARCHAR", g.col(lambda: "016" + g.digits(10), 0.05), D, SHAPE),
        c("booking_date", N, "DATE", [d.date() - timedelta(days=g.rnd.randint(1, 300)) for d in dep], D),
        c("marketing_flight", N, "VARCHAR", g.col(lambda: g.rnd.choice(["UA", "AA", "DL", "BA", "AC", "QF"])
                                                    + str(g.rnd.randint(10, 2999))), D, SHAPE),
        c("origin", N, "VARCHAR", g.col(g.pick(airports)), D, SHAPE),
        c("destination", N, "VARCHAR", g.col(g.pick(airports)), D, SHAPE),
        c("departure_local", N, "TIMESTAMP", dep, D),
        c("arrival_local", N, "TIMESTAMP", [d + timedelta(minutes=g.rnd.randint(55, 720)) for d in dep], D),
        c("seat", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 45)}{g.rnd.choice('ABCDEF')}", 0.15), D, SHAPE),
        c("cabin", N, "VARCHAR", g.col(g.pick(["Y", "Y", "W", "J"])), D),
        c("fare_basis", N, "VARCHAR", g.col(lambda: g.code("AAA9AAA")), D, SHAPE),
        c("fare_amount", N, "DOUBLE", g.amounts(89, 4_800), D),
        c("pax_seq", N, "INTEGER", g.ints(1, 5), D),
        c("pax_name", "person_name", "VARCHAR", [f"{b.upper()}/{a.upper()} {g.rnd.choice(['MR', 'MS', 'MRS', 'MSTR'])}"
                                                 for a, b in pairs]),
        c("pax_first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("pax_last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("pax_dob", "date_of_birth", "DATE", births),
        c("pax_gender", N, "VARCHAR", g.col(g.pick(["M", "F", "X"])), D),
        c("pax_email", "email", "VARCHAR", [v.email_of(g, a, b) if g.rnd.random() < 0.7 else None for a, b in pairs]),
        c("pax_phone", "phone", "VARCHAR", [g.phone(r, g.rnd.choice(["e164", "intl"])) if g.rnd.random() < 0.75
                                            else None for r in regions]),
        c("ff_program", N, "VARCHAR", g.col(g.pick(["MP", "AAdvantage", "Aeroplan", "Avios"]), 0.5), D),
        c("ff_number", N, "VARCHAR", g.col(lambda: g.code("AAA9999999"), 0.5), D, SHAPE),
        c("booking_contact_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.2), ROLE),
        c("booking_contact_email", "email", "VARCHAR", g.col(lambda: v.email(g), 0.2), ROLE),
        c("emergency_contact_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.8), HEAVY, ROLE),
        c("emergency_contact_phone", "phone", "VARCHAR", g.col(lambda: g.phone("US", "dashes"), 0.8), HEAVY, ROLE),
        c("agency_name", N, "VARCHAR", [a[0] if a else None for a in agency], B),
        c("agency_iata_no", N, "VARCHAR", [("9" + g.digits(7)) if a else None for a in agency], B, SHAPE),
        c("agency_phone", N, "VARCHAR", [a[4] if a else None for a in agency], B),
        c("agency_city", N, "VARCHAR", [a[2] if a else None for a in agency], B),
        c("created_by_agent", USERNAME, "VARCHAR", g.col(g.pick(_logins(g, 6, 3)), 0.3), AUDIT, USER),
        c("ssr_codes", N, "VARCHAR", g.col(g.pick(["WCHR", "VGML", "DOCS", "INFT", "CHLD"]), 0.6), D),
    ])


def bank_loan_tape(g: Gen) -> Table:
    """A US bank's loan-servicing tape (SCREAMING case, as the servicing system exports it): loan number, the
    servicing branch (name, address, phone, ZIP, routing number: ``none``), origination in the 1980s-2010s,
    maturity, rates and balances, the borrower (name, SSN, date of birth as a ``YYYYMMDD`` integer, address, city,
    ZIP, phone, e-mail), a co-borrower and a guarantor (mostly NULL), the property's construction year, the loan
    officer (staff), the escrow account's last four digits and the ACH account's routing number (the bank's)."""
    branches = _shops(g, ["First Prairie Bank - Topeka Main", "First Prairie Bank - Wichita Rock Rd",
                          "First Prairie Bank - Omaha Dodge St", "First Prairie Bank - Des Moines Ingersoll"], "US")
    br = [g.rnd.choice(branches) for _ in range(g.rows)]
    routing = v.aba_routing(g)
    officers = _staff(g, 5)
    pairs = [v.person(g) for _ in range(g.rows)]
    births = g.births(1930, 1998)
    homes = [v.home(g, "US") for _ in range(g.rows)]
    orig = g.days("1984-01-01", "2019-06-30")
    return Table("LOANSVC.LOAN_TAPE_MONTHLY", "en", "screaming", [
        c("LOAN_NBR", N, "VARCHAR", g.col(lambda: g.digits(10)), D, KEY, SHAPE),
        c("AS_OF_DT", N, "DATE", [date(2025, 11, 30)] * g.rows, D),
        c("BRANCH_NM", N, "VARCHAR", [b[0] for b in br], B),
        c("BRANCH_ADDR", N, "VARCHAR", [b[1] for b in br], B),
        c("BRANCH_CITY", N, "VARCHAR", [b[2] for b in br], B),
        c("BRANCH_ZIP", N, "VARCHAR", [b[3] for b in br], B),
        c("BRANCH_PHONE", N, "VARCHAR", [b[4] for b in br], B),
        c("BANK_ROUTING_NBR", N, "VARCHAR", [routing] * g.rows, B, SHAPE),
        c("ORIG_DT", N, "DATE", orig, D, OLD_DATE),
        c("MATURITY_DT", N, "DATE", [d + timedelta(days=365 * g.rnd.choice([15, 20, 30])) for d in orig], D),
        c("FIRST_PMT_DT", N, "DATE", _later(g, orig, 30, 62), D, OLD_DATE),
        c("ORIG_AMT", N, "DOUBLE", g.amounts(25_000, 850_000), D),
        c("CURR_UPB", N, "DOUBLE", g.amounts(0, 600_000), D),
        c("NOTE_RATE_PCT", N, "DOUBLE", g.floats(2.5, 11.75, 3), D),
        c("DAYS_DELINQ", N, "INTEGER", g.ints(0, 120), D),
        c("PROP_YEAR_BUILT", N, "INTEGER", g.ints(1948, 2015), D, OLD_DATE),
        c("PROP_TYPE_CD", N, "VARCHAR", g.col(g.pick(["SFR", "CONDO", "PUD", "2-4"])), D),
        c("BORR_FULL_NM", "person_name", "VARCHAR", [f"{a} {b}".upper() for a, b in pairs]),
        c("BORR_SSN", "ssn", "VARCHAR", [v.us_ssn(g, g.rnd.random() < 0.6) for _ in range(g.rows)]),
        c("SSN_ON_FILE_IND", N, "VARCHAR", g.yn("Y", "N", 0.97), D, NAME_KEY),
        c("BORR_DOB", "date_of_birth", "INTEGER", [int(d.strftime("%Y%m%d")) for d in births], INT_DOB),
        c("BORR_MAIL_ADDR", "street_address", "VARCHAR", [h[0].upper() for h in homes]),
        c("BORR_MAIL_CITY", "city", "VARCHAR", [h[1].upper() for h in homes]),
        c("BORR_MAIL_ST", N, "VARCHAR", [h[2] for h in homes], D),
        c("BORR_MAIL_ZIP", "postal_code", "VARCHAR", [h[3] + (f"-{g.digits(4)}" if g.rnd.random() < 0.4 else "")
                                                       for h in homes]),
        c("BORR_HOME_PHONE", "phone", "VARCHAR", g.phones("US", {"digits": 0.7, "dashes": 0.3}, 0.3, 0.2)),
        c("BORR_EMAIL", "email", "VARCHAR", g.col(lambda: v.email(g), 0.45)),
        c("COBORR_NM", "person_name", "VARCHAR", g.col(lambda: v.whole(g).upper(), 0.6), HEAVY, ROLE),
        c("COBORR_SSN", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g), 0.6), HEAVY),
        c("GUARANTOR_NM", "person_name", "VARCHAR", g.col(lambda: v.whole(g).upper(), 0.88), HEAVY, ROLE),
        c("LOAN_OFFICER", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
        c("ESCROW_ACCT_LAST4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.2), D, PARTIAL),
        c("INVESTOR_CD", N, "VARCHAR", g.col(g.pick(["FNMA", "FHLMC", "PORT", "GNMA"])), D),
        c("MSG_TXT", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"BORR REQ PAYOFF QUOTE, AUTH 3RD PARTY {v.whole(g).upper()}", "ESCROW SHORTAGE NOTICE SENT",
            f"SPOKE W/ {v.given(g).upper()} RE FORBEARANCE", "HAZARD INS LAPSE LETTER"]), 0.8, _words()), NULLWORD),
    ])


def insurer_policy_claim(g: Gen) -> Table:
    """A Canadian insurer's policy-claim flat file (PascalCase): policy and claim numbers, inception in the 1970s to
    1990s, the broker (a business), the insured (name, SIN mostly NULL, date of birth as ``YYYY-MM-DD`` text, address,
    city, postal code, phones), the vehicle's VIN, the loss (date, location city, cause), the adjuster (staff), the
    claimant when another person, reserves and payments, the payee's card number (rare) and the adjuster's notes."""
    brokers = _shops(g, ["Desjardins Brokerage Winnipeg", "Prairie Shield Insurance Brokers",
                         "Atlantic Harbour Insurance Ltd"], "CA")
    bk = [g.rnd.choice(brokers) for _ in range(g.rows)]
    adjusters = _staff(g, 6)
    pairs = [v.person(g) for _ in range(g.rows)]
    homes = [v.home(g, "CA") for _ in range(g.rows)]
    births = g.births(1935, 2004)
    return Table("claims_mart.PolicyClaimFlat", "en", "pascal", [
        c("PolicyNumber", N, "VARCHAR", g.col(lambda: g.code("AU-9999999-99")), D, KEY, SHAPE),
        c("ClaimNumber", N, "VARCHAR", g.col(lambda: g.code("CLM99999999")), D, SHAPE),
        c("PolicyInceptionDate", N, "DATE", g.days("1971-01-01", "1999-12-31"), D, OLD_DATE),
        c("TermEffectiveDate", N, "DATE", g.days("2025-01-01", "2025-12-31"), D),
        c("LineOfBusiness", N, "VARCHAR", g.col(g.pick(["Auto", "Home", "Tenant", "Farm"])), D),
        c("BrokerName", N, "VARCHAR", [b[0] for b in bk], B),
        c("BrokerPhone", N, "VARCHAR", [b[4] for b in bk], B),
        c("BrokerPostalCode", N, "VARCHAR", [b[3] for b in bk], B),
        c("InsuredName", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs]),
        c("InsuredSIN", "national_id", "VARCHAR", g.col(lambda: v.ca_sin(g, g.rnd.random() < 0.5), 0.7), HEAVY),
        c("InsuredBirthDate", "date_of_birth", "VARCHAR", [d.isoformat() for d in births], TEXT_DOB),
        c("InsuredAddress", "street_address", "VARCHAR", [h[0] for h in homes]),
        c("InsuredCity", "city", "VARCHAR", [h[1] for h in homes]),
        c("InsuredProvince", N, "VARCHAR", [h[2] for h in homes], D),
        c("InsuredPostalCode", "postal_code", "VARCHAR", [h[3] for h in homes]),
        c("InsuredPhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.6, "dashes": 0.4}, 0.5)),
        c("InsuredEmailId", N, "INTEGER", g.ints(1, 900_000), D, NAME_KEY),
        c("VehicleVIN", N, "VARCHAR", g.col(lambda: v.vin(g), 0.35), D, SHAPE),
        c("LossDate", N, "DATE", g.days("2025-01-01", "2025-12-10"), D),
        c("LossCity", N, "VARCHAR", g.col(lambda: g.rnd.choice(v.CA_CITIES)[0]), D),
        c("CauseOfLoss", N, "VARCHAR", g.col(g.pick(["Collision", "Hail", "Theft", "Water Damage", "Fire"])), D),
        c("AdjusterName", "person_name", "VARCHAR", g.col(g.pick(adjusters)), STAFF),
        c("ClaimantName", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.7), HEAVY, ROLE),
        c("ClaimantPhone", "phone", "VARCHAR", g.col(lambda: g.phone("CA", "e164"), 0.7), HEAVY, ROLE),
        c("ReserveAmount", N, "DOUBLE", g.amounts(500, 95_000), D),
        c("PaidToDate", N, "DOUBLE", g.amounts(0, 60_000), D),
        c("DeductibleAmt", N, "INTEGER", g.col(g.pick([250, 500, 1_000, 2_500])), D),
        c("PayeeCardNumber", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.85), HEAVY),
        c("ClaimStatus", N, "VARCHAR", g.col(g.pick(["Open", "Closed", "Reopened", "Subrogation"])), D),
        c("AdjusterNotes", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Statement taken from {v.whole(g)}, witness", "Photos received, estimate pending",
            f"Insured's son {v.given(g)} was driving", "Tow to Kenaston Blvd yard"]), 0.5, _words())),
    ])


def university_enrollment(g: Gen) -> Table:
    """An Australian university's enrollment extract (camelCase): student id, unit codes, campus (name, address,
    phone: ``none``), the student (names, preferred name, TFN mostly NULL, birth date, e-mails, mobile, term and home
    address), an emergency contact, the academic adviser (staff), a unit named after a person, fees and grades."""
    campuses = _shops(g, ["Toowoomba Campus", "Townsville City Campus", "Mount Gambier Study Centre"], "AU")
    cp = [g.rnd.choice(campuses) for _ in range(g.rows)]
    advisers = _staff(g, 6)
    pairs = [v.person(g) for _ in range(g.rows)]
    births = g.births(1968, 2008)
    homes = [v.home(g, "AU") for _ in range(g.rows)]
    return Table("sis_extract.enrolmentWide", "en", "camel", [
        c("studentId", N, "VARCHAR", g.col(lambda: "u" + g.digits(7)), D, KEY),
        c("enrolmentSeq", N, "INTEGER", g.ints(1, 12), D),
        c("unitCode", N, "VARCHAR", g.col(lambda: g.code("AAA9999")), D, SHAPE),
        c("unitTitle", N, "VARCHAR", g.col(g.pick(["Tolkien and Fantasy", "Darwin's Legacy", "Keynesian Economics",
                                                   "Accounting 101", "Nursing Practice 2"])), D, NAME_LIKE),
        c("studyPeriod", N, "VARCHAR", g.col(g.pick(["2026 T1", "2026 T2", "2025 T3"])), D),
        c("campusName", N, "VARCHAR", [x[0] for x in cp], B),
        c("campusAddress", N, "VARCHAR", [x[1] for x in cp], B),
        c("campusPhone", N, "VARCHAR", [x[4] for x in cp], B),
        c("campusCity", N, "VARCHAR", [x[2] for x in cp], B),
        c("givenName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("familyName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("preferredName", "first_name", "VARCHAR", g.col(lambda: v.given(g), 0.7), HEAVY),
        c("tfn", "national_id", "VARCHAR", g.col(lambda: v.au_tfn(g), 0.75), HEAVY, ABBREV),
        c("birthDate", "date_of_birth", "DATE", births),
        c("dobVerifiedFlag", N, "BOOLEAN", g.yn(True, False, 0.9), D, NAME_KEY),
        c("studentEmail", "email", "VARCHAR", g.col(lambda: f"u{g.digits(7)}@student.usq-example.edu.au")),
        c("personalEmail", "email", "VARCHAR", [v.email_of(g, a, b) if g.rnd.random() < 0.85 else None
                                                for a, b in pairs]),
        c("mobile", "phone", "VARCHAR", g.phones("AU", {"national": 0.5, "intl": 0.3, "digits": 0.2})),
        c("termAddressLine1", "street_address", "VARCHAR", [h[0] for h in homes]),
        c("termSuburb", "city", "VARCHAR", [h[1] for h in homes]),
        c("termPostcode", "postal_code", "VARCHAR", [h[3] for h in homes]),
        c("termState", N, "VARCHAR", [h[2] for h in homes], D),
        c("emergencyContactName", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.25), ROLE),
        c("emergencyContactPhone", "phone", "VARCHAR", g.phones("AU", {"national": 1.0}, 0.9, 0.25), ROLE),
        c("academicAdviser", "person_name", "VARCHAR", g.col(g.pick(advisers)), STAFF, ROLE),
        c("feeAmount", N, "DOUBLE", g.amounts(900, 4_800), D),
        c("helpDebtFlag", N, "BOOLEAN", g.yn(True, False, 0.7), D),
        c("grade", N, "VARCHAR", g.col(g.pick(["HD", "D", "C", "P", "F"]), 0.4), D),
        c("enrolledAt", N, "TIMESTAMP", g.moments("2025-10-01", "2026-02-28"), D),
    ])


def logistics_shipment_recipient(g: Gen) -> Table:
    """A logistics company's shipment-recipient file: tracking numbers (UPS and USPS shapes), the shipper (a
    business: name, warehouse address, ZIP, phone), the origin hub named after a city, the recipient (name, delivery
    address, city, ZIP, phone, e-mail), the signer's name, the driver (staff), package dimensions, the declared
    value, the depot's coordinates and the driver's handheld's IMEI."""
    shippers = _shops(g, ["Zamora Produce Distributors DC", "Nuttall Packaging Warehouse 3",
                          "Hepworth Castings Shipping Dock", "Red Bud Outdoor Fulfilment"], "US")
    sh = [g.rnd.choice(shippers) for _ in range(g.rows)]
    drivers = _staff(g, 8, v.given)
    homes = [v.home(g, "US") for _ in range(g.rows)]
    pairs = [v.person(g) for _ in range(g.rows)]
    return Table("tms.shipment_recipient_export", "en", "snake", [
        c("shipment_id", N, "BIGINT", g.keys(70_000_001), D, KEY),
        c("tracking_no", N, "VARCHAR", g.col(lambda: v.ups_tracking(g) if g.rnd.random() < 0.6 else v.usps_tracking(g)),
          D, SHAPE),
        c("ship_date", N, "DATE", g.days("2025-10-01", "2025-12-15"), D),
        c("service_level", N, "VARCHAR", g.col(g.pick(["GROUND", "2DAY", "NEXT_DAY_AIR", "PRIORITY"])), D),
        c("shipper_name", N, "VARCHAR", [s[0] for s in sh], B),
        c("shipper_address", N, "VARCHAR", [s[1] for s in sh], B),
        c("shipper_city", N, "VARCHAR", [s[2] for s in sh], B),
        c("shipper_zip", N, "VARCHAR", [s[3] for s in sh], B),
        c("shipper_phone", N, "VARCHAR", [s[4] for s in sh], B),
        c("origin_hub", N, "VARCHAR", g.col(g.pick(["LOUISVILLE WORLDPORT", "MEMPHIS HUB", "OMAHA SORT",
                                                     "INDIANAPOLIS HUB"])), D, NAME_LIKE),
        c("route_code", N, "VARCHAR", g.col(lambda: g.rnd.choice(["WICH", "TOPK", "LEXI", "MADI"]) + "-" + g.digits(3)),
          D, NAME_LIKE),
        c("recipient_name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs], ROLE),
        c("recipient_company", N, "VARCHAR", g.col(g.pick(v.B2B_ACCOUNTS), 0.65), B),
        c("delivery_address", "street_address", "VARCHAR", [h[0] for h in homes], PREMISES),
        c("delivery_city", "city", "VARCHAR", [h[1] for h in homes]),
        c("delivery_state", N, "VARCHAR", [h[2] for h in homes], D),
        c("delivery_zip", "postal_code", "VARCHAR", [h[3] for h in homes], PREMISES),
        c("recipient_phone", "phone", "VARCHAR", g.phones("US", {"digits": 0.4, "national": 0.4, "e164": 0.2}, 0.85,
                                                           0.3), ROLE),
        c("recipient_email", "email", "VARCHAR", g.col(lambda: v.email(g), 0.55), ROLE, HEAVY),
        c("signed_by", "last_name", "VARCHAR", g.col(lambda: v.family(g).upper(), 0.45), ROLE),
        c("driver_first_name", "first_name", "VARCHAR", g.col(g.pick(drivers)), STAFF),
        c("handheld_imei", N, "VARCHAR", g.col(lambda: v.imei(g)), D, SHAPE),
        c("depot_lat", N, "DOUBLE", g.floats(36.0, 42.0, 6), D),
        c("depot_lng", N, "DOUBLE", g.floats(-97.0, -85.0, 6), D),
        c("weight_lb", N, "DOUBLE", g.floats(0.2, 70, 1), D),
        c("dims_in", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(4, 30)}x{g.rnd.randint(4, 24)}x{g.rnd.randint(2, 20)}"),
          D),
        c("declared_value", N, "DOUBLE", g.amounts(5, 2_000), D),
        c("delivered_ts", N, "TIMESTAMP", g.moments("2025-10-02", "2025-12-20", 0.1), D),
        c("delivery_instructions", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            "Leave at back door", f"Give to neighbour {v.whole(g)} at no. {g.rnd.randint(2, 90)}",
            f"Call {g.phone('US', 'dashes')} on arrival", "Gate code 4411"]), 0.6, _words())),
    ])


def hotel_stay_folio(g: Gen) -> Table:
    """A UK hotel chain's stay-guest-folio export: folio and confirmation numbers, the hotel (name, address,
    postcode, phone, VAT number: ``none``), room and rate codes, arrival and departure, the guest (title, names,
    e-mail, mobile, home address, town, postcode, date of birth as ``DD/MM/YYYY`` text, mostly NULL), the company
    billed (a business), the card's last four digits, an IBAN for a refund (rare), the front-desk clerk's login and a
    guest note."""
    hotels = _shops(g, ["Kingsway Hotel Leicester", "The Victoria Derby", "Jubilee House Wakefield",
                        "Station Hotel Preston"], "GB")
    ht = [g.rnd.choice(hotels) for _ in range(g.rows)]
    pairs = [v.person(g) for _ in range(g.rows)]
    places = [v.uk_place(g) for _ in range(g.rows)]
    arrive = g.days("2025-06-01", "2025-12-20")
    return Table("pms_export.stay_guest_folio", "en", "snake", [
        c("folio_no", N, "VARCHAR", g.col(lambda: "F" + g.digits(8)), D, SHAPE),
        c("confirmation_no", N, "VARCHAR", g.col(lambda: g.digits(9)), D, SHAPE),
        c("hotel_name", N, "VARCHAR", [h[0] for h in ht], B),
        c("hotel_address", N, "VARCHAR", [h[1] for h in ht], B),
        c("hotel_town", N, "VARCHAR", [h[2] for h in ht], B),
        c("hotel_postcode", N, "VARCHAR", [h[3] for h in ht], B),
        c("hotel_tel", N, "VARCHAR", [h[4] for h in ht], B),
        c("hotel_vat_no", N, "VARCHAR", g.col(lambda: "GB" + g.digits(9)), B, SHAPE),
        c("room_no", N, "VARCHAR", g.col(lambda: str(g.rnd.randint(101, 640))), D),
        c("room_type", N, "VARCHAR", g.col(g.pick(["KING", "TWIN", "DBL", "STE"])), D),
        c("rate_code", N, "VARCHAR", g.col(g.pick(["BAR", "CORP1", "AAA", "PKGBB"])), D),
        c("arrival_date", N, "DATE", arrive, D),
        c("departure_date", N, "DATE", _later(g, arrive, 1, 6), D),
        c("nights", N, "INTEGER", g.ints(1, 6), D),
        c("guest_title", N, "VARCHAR", g.col(g.pick(["Mr", "Mrs", "Ms", "Dr", "Miss"]), 0.2), D),
        c("guest_forename", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("guest_surname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("guest_email", "email", "VARCHAR", [v.email_of(g, a, b) if g.rnd.random() < 0.8 else None
                                              for a, b in pairs]),
        c("guest_mobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.5, "intl": 0.3, "e164": 0.2}, 1.0, 0.2)),
        c("guest_address_1", "street_address", "VARCHAR", g.col(lambda: v.uk_street(g), 0.3)),
        c("guest_town", "city", "VARCHAR", [p[0] if g.rnd.random() < 0.7 else None for p in places]),
        c("guest_postcode", "postal_code", "VARCHAR", [p[2] if g.rnd.random() < 0.7 else None for p in places]),
        c("guest_dob", "date_of_birth", "VARCHAR", g.col(lambda: g.birth(1940, 2005).strftime("%d/%m/%Y"), 0.8),
          HEAVY, TEXT_DOB),
        c("company_billed", N, "VARCHAR", g.col(g.pick(v.B2B_ACCOUNTS), 0.6), B),
        c("room_revenue", N, "DOUBLE", g.amounts(69, 1_400), D),
        c("fnb_revenue", N, "DOUBLE", g.amounts(0, 300), D),
        c("card_type", N, "VARCHAR", g.col(g.pick(["VI", "MC", "AX"])), D),
        c("card_last_four", N, "VARCHAR", g.col(lambda: g.digits(4)), D, PARTIAL),
        c("refund_iban", "iban", "VARCHAR", g.col(lambda: v.gb_iban(g, g.rnd.random() < 0.5), 0.85), HEAVY),
        c("clerk_login", USERNAME, "VARCHAR", g.col(g.pick(_logins(g, 5, 2))), AUDIT, USER),
        c("guest_note", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            "Feather allergy", f"Travelling with {v.whole(g)}, adjoining rooms", "Late arrival approx 23:00",
            f"Anniversary - wife {v.given(g)}"]), 0.7, _words())),
    ])


def telecom_subscriber_usage(g: Gen) -> Table:
    """A UK telecom's subscriber-usage monthly file: account and MSISDN (the subscriber's number: ``phone``), ICCID,
    IMEI, device model, tariff, usage counts, the top dialled number (a person's or a business's: ``phone``), the
    subscriber (name, date of birth, billing address, postcode, e-mail), the dealer shop (a business), the sort
    code of the direct debit (the bank's: ``none``) and the payer's bank account number."""
    shops = _shops(g, ["Phones Direct Bradford", "Mobile Hub Nottingham", "Connect Store Sunderland"], "GB")
    sp = [g.rnd.choice(shops) for _ in range(g.rows)]
    pairs = [v.person(g) for _ in range(g.rows)]
    places = [v.uk_place(g) for _ in range(g.rows)]
    return Table("billing_dw.subscriber_usage_monthly", "en", "snake", [
        c("bill_month", N, "VARCHAR", [f"2025-{g.rnd.randint(1, 11):02d}" for _ in range(g.rows)], D),
        c("account_no", N, "VARCHAR", g.col(lambda: g.digits(9)), D, KEY),
        c("msisdn", "phone", "VARCHAR", g.phones("GB", {"e164": 0.6, "digits": 0.4})),
        c("iccid", N, "VARCHAR", g.col(lambda: v.iccid(g)), D, SHAPE),
        c("imei", N, "VARCHAR", g.col(lambda: v.imei(g), 0.1), D, SHAPE),
        c("device_model", N, "VARCHAR", g.col(g.pick(["iPhone 15", "Galaxy S24", "Pixel 8a", "Moto G84"])), D),
        c("tariff", N, "VARCHAR", g.col(g.pick(["Unlimited Max", "Essentials 30GB", "SIMO 12m", "Ruby Plan"])),
          D, NAME_LIKE),
        c("voice_mins", N, "INTEGER", g.ints(0, 3_000), D),
        c("sms_count", N, "INTEGER", g.ints(0, 900), D),
        c("data_mb", N, "DOUBLE", g.floats(0, 90_000, 1), D),
        c("roaming_flag", N, "BOOLEAN", g.yn(True, False, 0.1), D),
        c("top_dialled_no", "phone", "VARCHAR", g.phones("GB", {"digits": 1.0}, 0.7, 0.1)),
        c("sub_name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs], ABBREV),
        c("sub_dob", "date_of_birth", "DATE", g.births(1935, 2009), ABBREV),
        c("bill_addr_line_1", "street_address", "VARCHAR", g.col(lambda: v.uk_street(g))),
        c("bill_town", "city", "VARCHAR", [p[0] for p in places]),
        c("bill_postcode", "postal_code", "VARCHAR", [p[2] for p in places]),
        c("bill_email", "email", "VARCHAR", [v.email_of(g, a, b) if g.rnd.random() < 0.75 else None
                                             for a, b in pairs]),
        c("dealer_name", N, "VARCHAR", [s[0] for s in sp], B),
        c("dealer_postcode", N, "VARCHAR", [s[3] for s in sp], B),
        c("dealer_phone", N, "VARCHAR", [s[4] for s in sp], B),
        c("dd_sort_code", N, "VARCHAR", g.col(lambda: v.uk_sort_code(g), 0.3), D, SHAPE),
        c("dd_account_last4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.3), D, PARTIAL),
        c("ni_number", "national_id", "VARCHAR", g.col(lambda: v.gb_nino(g), 0.85), HEAVY),
        c("arpu_gbp", N, "DOUBLE", g.amounts(6, 95), D),
        c("churn_score", N, "DOUBLE", g.floats(0, 1, 4), D),
        c("attr_val", "phone", "VARCHAR", g.phones("GB", {"national": 1.0}, 0.2, 0.5), MISLEADING),
        c("cell_site_mac", N, "VARCHAR", g.col(lambda: v.mac(g)), D, SHAPE),
        c("load_job", N, "VARCHAR", [g.rnd.choice(["usage_rollup_v3"])] * g.rows, D, AUDIT, SERVICE),
    ])


def marketplace_seller_payout(g: Gen) -> Table:
    """A marketplace's seller payout export (US and Canadian sellers): payout id, the seller's shop (name, support
    phone, shop city: ``none``), the seller's legal name, SSN or SIN for tax reporting (mostly NULL), home address,
    ZIP, e-mail, phone, the bank routing number and SWIFT code (the bank's: ``none``), the account's last four
    digits, the top item (an ISBN or a GTIN), payout amounts and fees, an ``ref_2`` holding the seller's e-mail and a
    ``cust_key_txt`` holding the seller's name."""
    pairs = [v.person(g) for _ in range(g.rows)]
    country = [g.rnd.choice(["US", "US", "CA"]) for _ in range(g.rows)]
    homes = [v.home(g, k) for k in country]
    emails = [v.email_of(g, a, b) for a, b in pairs]
    return Table("mkt_finance.seller_payout_export", "en", "snake", [
        c("payout_id", N, "VARCHAR", g.col(lambda: "po_" + g.code("ZZZZZZZZZZZZ")), D, KEY),
        c("payout_date", N, "DATE", g.days("2025-07-01", "2025-12-15"), D),
        c("seller_id", N, "BIGINT", g.ints(100_000, 999_999), D, KEY),
        c("shop_name", N, "VARCHAR", [f"{b}'s {g.rnd.choice(['Vintage', 'Books', 'Pottery', 'Prints'])}"
                                      for _, b in pairs], B),
        c("shop_support_phone", N, "VARCHAR", g.col(lambda: "1-800-" + g.digits(3) + "-" + g.digits(4)), B),
        c("seller_legal_name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs]),
        c("cust_key_txt", "person_name", "VARCHAR", [f"{b}, {a}" for a, b in pairs], MISLEADING),
        c("tax_id", "national_id", "VARCHAR", [(v.us_ssn(g) if k == "US" else v.ca_sin(g))
                                               if g.rnd.random() < 0.4 else None for k in country], HEAVY),
        c("tax_form", N, "VARCHAR", ["1099-K" if k == "US" else "T4A" for k in country], D),
        c("seller_address", "street_address", "VARCHAR", [h[0] for h in homes]),
        c("seller_city", "city", "VARCHAR", [h[1] for h in homes]),
        c("seller_region", N, "VARCHAR", [h[2] for h in homes], D),
        c("seller_postal", "postal_code", "VARCHAR", [h[3] for h in homes]),
        c("seller_country", N, "VARCHAR", country, D),
        c("seller_email", "email", "VARCHAR", emails),
        c("ref_2", "email", "VARCHAR", [e if g.rnd.random() < 0.6 else None for e in emails], MISLEADING),
        c("seller_phone", "phone", "VARCHAR", [g.phone(k, g.rnd.choice(["national", "e164", "dots"]))
                                               for k in country]),
        c("bank_routing", N, "VARCHAR", [v.aba_routing(g) if k == "US" else None for k in country], D, SHAPE),
        c("bank_swift", N, "VARCHAR", g.col(lambda: v.bic(g)), D, SHAPE),
        c("acct_last4", N, "VARCHAR", g.col(lambda: g.digits(4)), D, PARTIAL),
        c("top_item_isbn", N, "VARCHAR", g.col(lambda: v.isbn13(g), 0.5), D, SHAPE),
        c("top_item_gtin", N, "VARCHAR", g.col(lambda: v.gtin(g, 13, g.rnd.choice(["0", "5", "9"])), 0.4), D, SHAPE),
        c("gross_sales", N, "DOUBLE", g.amounts(20, 48_000), D),
        c("fees", N, "DOUBLE", g.amounts(1, 4_000), D),
        c("net_payout", N, "DOUBLE", g.amounts(15, 44_000), D),
        c("currency", N, "VARCHAR", ["USD" if k == "US" else "CAD" for k in country], D),
        c("mcc", N, "INTEGER", g.col(g.pick([5942, 5944, 5947, 5971])), D, SHAPE),
        c("payout_status", N, "VARCHAR", g.col(g.pick(["paid", "paid", "in_transit", "failed"])), D),
    ])


def nonprofit_gift_donor(g: Gen) -> Table:
    """A US nonprofit's gift-donor export: gift id and date, fund and campaign (named after people and places),
    the donor (names, salutation, spouse, e-mail, phones, address, city, ZIP, birth date as ``MM/DD/YYYY`` text,
    employer and matching-gift company), the solicitor (staff), tribute information mixing names, addresses and
    phones (``free_text``), the check's routing number (the bank's) and gift amounts."""
    solicitors = _staff(g, 5)
    pairs = [v.person(g) for _ in range(g.rows)]
    homes = [v.home(g, "US") for _ in range(g.rows)]

    def tribute() -> str:
        kind = g.rnd.random()
        if kind < 0.4:
            return f"In memory of {v.whole(g)}"
        if kind < 0.7:
            return f"Notify {v.whole(g)}, {v.us_street(g)}, {v.us_place(g)[0]}"
        return f"In honor of {v.given(g)} - call {g.phone('US', 'dashes')}"

    return Table("raisers_edge.gift_donor_export", "en", "pascal", [
        c("GiftId", N, "BIGINT", g.keys(310_001), D, KEY),
        c("GiftDate", N, "DATE", g.days("2024-01-01", "2025-12-15"), D),
        c("GiftAmount", N, "DOUBLE", g.amounts(5, 25_000), D),
        c("GiftType", N, "VARCHAR", g.col(g.pick(["Cash", "Check", "Credit Card", "Stock", "Pledge"])), D),
        c("FundName", N, "VARCHAR", g.col(g.pick(["Eleanor Hepworth Scholarship Fund", "Memphis Food Pantry",
                                                  "General Operating", "Capital Campaign - Lincoln Hall"])),
          D, NAME_LIKE),
        c("CampaignCode", N, "VARCHAR", g.col(lambda: g.code("AA99-AAA")), D),
        c("ConstituentId", N, "VARCHAR", g.col(lambda: g.digits(8)), D, KEY),
        c("FirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("LastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("Salutation", "person_name", "VARCHAR", [f"Dear {g.rnd.choice(['Mr.', 'Ms.', 'Dr.'])} {b}"
                                                   for _, b in pairs]),
        c("SpouseName", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.6), HEAVY, ROLE),
        c("PreferredEmail", "email", "VARCHAR", _dirty(g, [v.email_of(g, a, b) for a, b in pairs], 0.04,
                                                       ["none@none.com", "noemail@noemail.com"]), PLACEHOLDER),
        c("HomePhone", "phone", "VARCHAR", g.phones("US", {"national": 0.7, "dots": 0.3}, 0.0, 0.4)),
        c("CellPhone", "phone", "VARCHAR", g.phones("US", {"dashes": 0.6, "e164": 0.4}, 1.0, 0.5)),
        c("PhoneTypeCd", N, "INTEGER", g.ints(1, 4), D, NAME_KEY),
        c("AddressLine1", "street_address", "VARCHAR", [h[0] for h in homes]),
        c("City", "city", "VARCHAR", [h[1] for h in homes]),
        c("State", N, "VARCHAR", [h[2] for h in homes], D),
        c("Zip", "postal_code", "VARCHAR", [h[3] for h in homes]),
        c("BirthDate", "date_of_birth", "VARCHAR", g.col(lambda: g.birth(1925, 1998).strftime("%m/%d/%Y"), 0.7),
          HEAVY, TEXT_DOB),
        c("EmployerName", N, "VARCHAR", g.col(g.pick(v.B2B_ACCOUNTS), 0.5), B),
        c("MatchingGiftEIN", N, "VARCHAR", g.col(lambda: v.ein(g), 0.6), B, SHAPE),
        c("Solicitor", "person_name", "VARCHAR", g.col(g.pick(solicitors), 0.3), STAFF, ROLE),
        c("TributeInfo", "free_text", "VARCHAR", g.sparse(tribute, 0.55, _words())),
        c("CheckRoutingNo", N, "VARCHAR", g.col(lambda: v.aba_routing(g), 0.6), D, SHAPE),
        c("CheckNo", N, "INTEGER", g.ints(1_001, 9_999, 0.6), D),
        c("ReceiptSentFlag", N, "BOOLEAN", g.yn(True, False, 0.9), D),
        c("AnonymousFlag", N, "BOOLEAN", g.yn(True, False, 0.05), D),
        c("AddedBy", USERNAME, "VARCHAR", g.col(g.pick(_logins(g, 4, 1))), AUDIT, USER),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (saas_account_contact_opp, 1_200), (retail_order_line, 1_800), (hospital_bed_snapshot, 450),
    (airline_pnr_flat, 900), (bank_loan_tape, 700), (insurer_policy_claim, 600), (university_enrollment, 1_000),
    (logistics_shipment_recipient, 1_300), (hotel_stay_folio, 800), (telecom_subscriber_usage, 1_100),
    (marketplace_seller_payout, 380), (nonprofit_gift_donor, 650),
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
