"""Held-out set v134 for the column classifier: 15 tables of *tax-free shopping, VAT refund services and duty-free
retailers* (a land-border duty-free operator's staff, tourist GST and VAT refund claims, an airport duty-free pre-order
web shop, arrival duty-free purchases of returning overseas workers, a tourist refund scheme app, a sales-tax refund
office's COBOL extract, a refund kiosk's feed, tax-free export forms, tax-free sales records, offshore and island
duty-free purchases and pick-ups, a jewellery shop's refund forms and the tour guides who bring its customers, and
airport duty-free loyalty programmes), one system per table and each a different organisation, eight with English
column names and seven in other languages:

* ``falls_dutyfree.employee_roster``: a Niagara (Ontario) land-border duty-free operator's employee roster (snake
  case, SIN, employee numbers written like SINs failing the Luhn check, bonded-area badge numbers, the emergency
  contact, the supervisor, the stores' names, phones and e-mails, a payroll login, ``misc_1`` holding personal data,
  ``misc_2`` holding locker codes);
* ``gstRefundCentral.touristClaims``: a Singapore central GST refund counter's claims of Western Australian visitors
  (camel case, Australian passports, the traveller's home address, suburb and postcode, Australian mobiles, the refund
  card and its last four digits, eTRS ticket and receipt numbers, the retailers' UEN and phones, the counter agent,
  ``customField2``);
* ``AklDutyFreePreorder.Orders``: an Auckland airport duty-free pre-order web shop's orders (Pascal case, New Zealand
  passports, a birth date for the liquor age check, saved cards, checkout IPs, SKUs, collection points and their
  phones, a travel companion, app versions, ``Udf2`` holding gift-wrap codes);
* ``DFP_ARRIVALS.BALIKBAYAN_PURCHASES``: a Parañaque duty-free mall's arrival purchases by balikbayans and overseas
  workers (SCREAMING case, Philippine passports, names written ``SURNAME, GIVEN``, barangay addresses, TINs, the
  authorized representative, OEC and OR numbers, branches and their phones, ``CUSTOM_FIELD_2``);
* ``trs_app.clm_hdr``: a Queensland tourist refund scheme app's claims of departing residents (abbreviated:
  ``trvlr_fnm``, ``ctc_ph``, ``res_addr_ln1``, ``res_sbrb``; passports, TFN, suppliers' ABN, invoice numbers failing
  the ABN check, refund cards, claim IPs, app versions, a support agent's first name);
* ``TXREFUND.MXV_CLAIM_EXTRACT``: an El Paso sales-tax refund office's COBOL extract of Mexican visitors' claims
  (legacy: padded CHAR, ``YYYYMMDD`` integers, both family names, CURP encoding the birth date, border crossing card
  numbers, Chihuahua phones and postal codes as numbers with 0 for missing, the stores and their phones, the clerk,
  ``TXR-USER-FLD-1``);
* ``stg_twrefund.src_kiosk_raw``: a Taipei VAT refund kiosk's claims feed as an opaque staging table (``col01`` to
  ``col18``: foreign tourists' passports, a ``yyyy/mm/dd`` birth date, local SIM phones, uniform invoice numbers,
  sellers' UBN, refund cards, IPs, hashes, kiosk coordinates, a custom field with personal data);
* ``zermatt_boutique.taxfree_forms_json``: a Zermatt watch boutique's tax-free export forms of New England
  travellers, flattened from JSON to dotted keys (``traveller.name.first``, ``traveller.address.zip``; US passports,
  the companion, case serials, the merchant's UID, phone and e-mail, the sales advisor, refund cards, the IP,
  ``meta.custom2``);
* ``免税店_心斎橋.免税販売記録``: a Shinsaibashi (Osaka) drugstore's tax-free sales records (Japanese column names,
  kanji staff names: foreign tourists' names and passports, landing dates, residence status, JAN codes, hotels, the
  shop's corporate number and phone, ``自由項目2``, remarks naming tour conductors and interpreters);
* ``제주면세점.내국인_구매내역``: a Jeju duty-free shop's purchases by domestic travellers leaving the island (Korean
  column names and values: resident registration numbers encoding the birth date, the companion, pick-up counters,
  the sales clerk, the shop's business number, ``추가항목2`` holding coupon codes);
* ``海南离岛免税.购物提货记录``: a Haikou offshore duty-free store's purchases and pick-ups (simplified Chinese column
  names and values: resident identity numbers encoding the birth date and sex, order numbers of 18 digits failing
  their check, the recipient, phone and address of mailed goods, EAN barcodes, the cashier, the store's unified
  social credit code, ``自定义字段2``);
* ``ร้านอัญมณีภูเก็ต.คำร้องขอคืนภาษี``: a Phuket jewellery shop's VAT refund for tourists forms (Thai column names and
  values: foreign tourists' names and passports, the tour guide with the guide's Thai PIN, phone and licence number,
  the shops' tax ids and phones, the seller, ``ช่องข้อมูลเพิ่มเติม2``, remarks);
* ``mienthue_noibai.khach_hang_than_thiet``: a Nội Bài airport duty-free shop's loyalty members (Vietnamese column
  names without diacritics, values with them: CCCD encoding the century, sex and birth year, passports, the person
  collecting on a member's behalf and that person's phone, e-invoice numbers, the shop's tax code, the seller,
  ``truong_tuy_chinh_2``, notes);
* ``дьюти_фри_пулково.участники_программы``: a Pulkovo (St Petersburg) duty-free operator's loyalty members
  (Russian: Cyrillic column names and values; the patronymic, internal and foreign passports, the personal INN,
  receipt numbers of 12 digits failing the INN check, loyalty card numbers, the shop's INN, cashiers as
  ``Фамилия И. О.``, ``доп_поле_2`` holding promo codes, comments);
* ``duty_free_ruzyne.vernostni_program``: a Prague airport duty-free shop's loyalty members flying outside the EU
  (Czech; rodné číslo encoding the birth date and sex, a cashback IBAN, receipt numbers written like a birth number
  failing its check, ticket numbers, the shop's IČO and phone, the cashier, ``volne_pole_2``, notes).

Written **blind**, like v2 to v131: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v98 (its two
modules and its test), ``tests/heldout_support.py``, v107's and v122's docstrings, the module docstrings of v24 to
v131 (to avoid their domains and follow their labeling conventions; no earlier set had tax-free shopping, VAT refunds
or duty-free retail, and every organisation here is new) and the ``Column``/``Table`` classes and writer of v2 and v4.
The classifier was not run on this set while it was written, no scorer was run on it, and no score was looked at. It
was written under a short deadline (25 minutes asked, the tests and lint included), so some labels are quick
decisions rather than settled conventions.

Labeling choices a reader may question:

* a Canadian SIN is ``ssn``; passports of every country, an Australian TFN, a Philippine TIN, CURP, a US border
  crossing card number, a Korean RRN, the Chinese resident identity number, the Thai PIN, CCCD, a Russian internal
  passport, the personal INN and rodné číslo are ``national_id``; passports, TINs, border crossing cards, CCCD and
  Russian passports are generated by shape only;
* employee, claim, ticket, receipt, invoice, order, OR, OEC, form, loyalty card, air ticket and case serial numbers,
  SKUs, JAN and EAN barcodes and uniform invoice numbers are ``none`` (tag ``decoy``, ``value_shape`` when shaped
  like an identifier; several are built to fail the check of the identifier they look like); a card's last four
  digits are ``none``; a Thai tour guide's licence number is ``none`` (tag ``practitioner_id``);
* stores', retailers', collection points', branches', hotels', shops' and merchants' names, phones and e-mails, UEN,
  ABN, UBN, the Swiss UID, a Japanese corporate number, a Korean business number, a Chinese unified social credit
  code, a Thai shop's tax id, a Vietnamese tax code, a company's INN and an IČO are ``none`` (tag ``business``);
  nationalities, states, provinces, residence statuses and flights are ``none``;
* supervisors, refund counter agents, cashiers, clerks, sales advisors and sellers are staff (``person_name``, tag
  ``staff``), a support agent's first name (``sprt_agt``) ``first_name``; an emergency contact, a travel companion,
  an authorized representative, the recipient of mailed goods, a tour guide and a person collecting on a member's
  behalf are personal (tag ``role_word``);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); custom
  fields holding locker, gift-wrap, coupon or promo codes are ``none`` (tags ``decoy`` and ``custom_plain``); a
  payroll login is ``unclassified`` (tag ``username``); a checkout, claim or form IP is ``ip_address``; a refund or
  saved card is ``credit_card``; a cashback IBAN is ``iban``; remarks and notes naming people are ``free_text``;
* the Russian patronymic (``отчество``) is ``first_name``; a traveller's full name written ``SURNAME, GIVEN`` is
  ``person_name``; a suburb, a Philippine city or municipality, a Korean si/gun/gu, a Chinese city of residence and a
  Vietnamese province or city are ``city``;
* numeric dates of birth (``YYYYMMDD``), an ISO string in a JSON key and a ``yyyy/mm/dd`` string in an opaque column
  are ``date_of_birth``; hire, landing, arrival, departure, purchase, sale, registration and stamping dates are
  ``none``; kiosk coordinates are ``none``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v134_values`, written for v134 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v134 [PATH]`` (default ``/tmp/heldout_v134.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v134``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v134_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v134_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v134.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # cashiers, sales advisors, supervisors, refund counter agents (few distinct)
ROLE = "role_word"  # a role word (emergency contact, companion, authorized representative, guide ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PLAIN = "custom_plain"  # an opaque custom field holding no personal data (none)
PRACT = "practitioner_id"  # a licensed professional's registration number (none)


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "unknown", "NULL") + extra


def _staff(g: Gen, n: int, lang: str) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.ru_staff(g) if lang == "ru" else v.whole(g, lang))
    return sorted(out)


def _custom(g: Gen, region: str, lang: str, null: float = 0.3) -> list[str | None]:
    """An opaque custom field: by row a phone, an e-mail or a name (or NULL)."""
    def one() -> str:
        r = g.rnd.random()
        if r < 0.4:
            return g.phone(region, g.rnd.choice(["national", "e164"]))
        if r < 0.7:
            return v.any_email(g, lang)
        return v.whole(g, lang)
    return g.col(one, null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _spaced(digits: str) -> str:
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


def _surname_first(pair: tuple[str, str]) -> str:
    return f"{pair[1]}, {pair[0]}".upper()


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


# -- English-named tables ----------------------------------------------------------------------------------------------


def ca_border_employees(g: Gen) -> Table:
    """A Niagara (Ontario) land-border duty-free operator's employee roster (snake case)."""
    pairs = [v.person(g, "ca") for _ in range(g.rows)]
    places = [g.rnd.choice(v.CA_CITIES) for _ in range(g.rows)]
    supervisors = _staff(g, 5, "ca")
    stores = [(name, town, g.phone("CA", "national", False), v.plain(name.split()[0]) + "@bordershops.example.ca")
              for name, town in v.NIAGARA_STORES]
    store = [g.rnd.randrange(len(stores)) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Reference checked with {v.whole(g, 'ca')}", "Smart Serve certificate on file",
                             "Requested evenings only", f"Carpools with {v.given(g, 'ca')} from Welland",
                             "Bonded warehouse training done"])

    return Table("falls_dutyfree.employee_roster", "en", "snake", [
        c("employee_id", N, "BIGINT", g.keys(4_001), "decoy", KEY),
        c("employee_number", N, "VARCHAR", g.col(lambda: _spaced(v.luhn_decoy(g, 9))), "decoy", SHAPE),
        c("first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("date_of_birth", "date_of_birth", "DATE", g.births(1958, 2006)),
        c("sin", "ssn", "VARCHAR", g.col(lambda: v.ca_sin(g), 0.05)),
        c("home_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca"))),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("province", N, "VARCHAR", g.col(g.pick(["ON", "ON", "ON", "ON", "NY"])), "decoy"),
        c("postal_code", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9A9')}" for p in places]),
        c("mobile_phone", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.85,
                                                        0.05)),
        c("personal_email", "email", "VARCHAR", [None if g.rnd.random() < 0.15 else
                                                 v.email_of(g, a, b, v.DOMAINS["ca"]) for a, b in pairs]),
        c("emergency_contact_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.1), ROLE),
        c("emergency_contact_phone", "phone", "VARCHAR", g.phones("CA", {"national": 0.7, "dashes": 0.3}, 0.8, 0.1),
          ROLE),
        c("emergency_contact_relationship", N, "VARCHAR", g.col(g.pick(["Spouse", "Mother", "Father", "Sister",
                                                                        "Partner", "Friend"])), "decoy"),
        c("hire_date", N, "DATE", g.days("2012-03-01", "2025-10-31"), "decoy"),
        c("position", N, "VARCHAR", g.col(g.pick(["Sales Associate", "Cashier", "Stock Clerk", "Shift Lead",
                                                  "Liquor & Tobacco Specialist"])), "decoy"),
        c("store_name", N, "VARCHAR", [stores[i][0] for i in store], "business"),
        c("store_phone", N, "VARCHAR", [stores[i][2] for i in store], "business"),
        c("store_email", N, "VARCHAR", [stores[i][3] for i in store], "business"),
        c("cbsa_badge_no", N, "VARCHAR", g.col(lambda: g.code("NGR-99999"), 0.2), "decoy", SHAPE),
        c("supervisor", "person_name", "VARCHAR", g.col(g.pick(supervisors)), STAFF),
        c("payroll_login", USERNAME, "VARCHAR", [v.login(a, b, i) for i, (a, b) in enumerate(pairs)], "username"),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "CA", "ca"), CUSTOM),
        c("misc_2", N, "VARCHAR", g.col(lambda: g.code("LKR-999"), 0.3), "decoy", PLAIN),
        c("hr_notes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("none")), NULLWORD),
    ])


def sg_tourist_refunds(g: Gen) -> Table:
    """A Singapore central GST refund counter's tourist claims of Western Australian visitors (camel case)."""
    places = [g.rnd.choice(v.WA_SUBURBS) for _ in range(g.rows)]
    agents = _staff(g, 6, "au")
    retailers = [(name, v.uen(g), g.phone("SG", "national", False)) for name in v.SG_RETAILERS]
    shop = [g.rnd.randrange(len(retailers)) for _ in range(g.rows)]
    method = [g.rnd.choices(["Card", "Cash SGD", "Alipay"], [0.35, 0.5, 0.15])[0] for _ in range(g.rows)]
    cards = [v.card(g) if m == "Card" else None for m in method]
    return Table("gstRefundCentral.touristClaims", "en", "camel", [
        c("claimId", N, "BIGINT", g.keys(9_000_001), "decoy", KEY),
        c("etrsTicketNo", N, "VARCHAR", g.col(lambda: g.code("T9999999999999")), "decoy", SHAPE),
        c("passportNo", "national_id", "VARCHAR", g.col(lambda: v.passport(g, "AU"))),
        c("passportCountry", N, "VARCHAR", g.col(g.pick(["AUS", "AUS", "AUS", "NZL"])), "decoy"),
        c("travellerFullName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au").upper())),
        c("dateOfBirth", "date_of_birth", "DATE", g.births(1945, 2007)),
        c("homeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.WA_STREETS, "au"), 0.05)),
        c("homeSuburb", "city", "VARCHAR", [p[0] for p in places]),
        c("homeState", N, "VARCHAR", [p[2] for p in places], "decoy"),
        c("homePostcode", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("mobileNo", "phone", "VARCHAR", g.phones("AU", {"e164": 0.5, "intl": 0.3, "national": 0.2}, 1.0, 0.1)),
        c("emailAddress", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "au"), v.DOMAINS["au"]),
                                                    0.2)),
        c("refundMethod", N, "VARCHAR", method, "decoy"),
        c("refundCardNo", "credit_card", "VARCHAR", cards, HEAVY),
        c("cardLast4", N, "VARCHAR", [x[-4:] if x else None for x in cards], "decoy"),
        c("flightNo", N, "VARCHAR", g.col(lambda: g.rnd.choice(["SQ", "TR", "QF", "3K"]) + str(g.rnd.randint(1, 999))),
          "decoy"),
        c("departureAt", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
        c("retailerName", N, "VARCHAR", [retailers[i][0] for i in shop], "business"),
        c("retailerUen", N, "VARCHAR", [retailers[i][1] for i in shop], "business", SHAPE),
        c("retailerPhone", N, "VARCHAR", [retailers[i][2] for i in shop], "business"),
        c("receiptNo", N, "VARCHAR", g.col(lambda: g.code("RCPT-99999-9999")), "decoy", SHAPE),
        c("purchaseAmountSgd", N, "DECIMAL(10,2)", g.amounts(100, 18_000), "decoy"),
        c("gstRefundSgd", N, "DECIMAL(10,2)", g.amounts(6, 1_300), "decoy"),
        c("counterAgent", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF),
        c("customField2", "free_text", "VARCHAR", _custom(g, "AU", "au"), CUSTOM),
    ])


def nz_airport_preorders(g: Gen) -> Table:
    """An Auckland airport duty-free pre-order web shop's orders (Pascal case)."""
    pairs = [v.person(g, "nz") for _ in range(g.rows)]
    places = [g.rnd.choice(v.NZ_CITIES) for _ in range(g.rows)]
    points = [(name, g.phone("NZ", "national", False)) for name in v.NZ_COLLECTION]
    point = [g.rnd.randrange(len(points)) for _ in range(g.rows)]
    product = [g.rnd.choice(v.NZ_PRODUCTS) for _ in range(g.rows)]
    return Table("AklDutyFreePreorder.Orders", "en", "pascal", [
        c("OrderId", N, "BIGINT", g.keys(700_001), "decoy", KEY),
        c("OrderNumber", N, "VARCHAR", g.col(lambda: g.code("DFNZ-99999999")), "decoy", SHAPE),
        c("CustomerFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("CustomerLastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("DateOfBirth", "date_of_birth", "DATE", g.births(1940, 2006)),
        c("Email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["nz"]) for a, b in pairs]),
        c("MobilePhone", "phone", "VARCHAR", g.phones("NZ", {"national": 0.5, "e164": 0.5}, 1.0, 0.05)),
        c("PassportNumber", "national_id", "VARCHAR", g.col(lambda: v.passport(g, "NZ"), 0.1)),
        c("BillingCity", "city", "VARCHAR", [p[0] for p in places]),
        c("BillingPostcode", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("FlightNumber", N, "VARCHAR", g.col(lambda: g.rnd.choice(["NZ", "QF", "SQ", "EK", "CX"])
                                              + str(g.rnd.randint(1, 999))), "decoy"),
        c("DepartureDate", N, "DATE", g.days("2025-02-01", "2025-12-20"), "decoy"),
        c("CollectionPoint", N, "VARCHAR", [points[i][0] for i in point], "business"),
        c("CollectionPointPhone", N, "VARCHAR", [points[i][1] for i in point], "business"),
        c("Sku", N, "VARCHAR", [f"{p[1]}-{g.digits(5)}" for p in product], "decoy", SHAPE),
        c("ProductName", N, "VARCHAR", [p[0] for p in product], "decoy"),
        c("Quantity", N, "INTEGER", g.ints(1, 6), "decoy"),
        c("OrderTotalNzd", N, "DECIMAL(10,2)", g.amounts(25, 2_400), "decoy"),
        c("CardNumber", "credit_card", "VARCHAR", g.col(lambda: v.card(g, True), 0.75), HEAVY),
        c("CheckoutIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25))),
        c("TravelCompanionName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nz"), 0.7), ROLE, HEAVY),
        c("AppVersion", N, "VARCHAR", g.col(g.version), "decoy"),
        c("Udf2", N, "VARCHAR", g.col(g.pick(["GIFTWRAP", "NO-BAG", "FRAGILE", "GIFTWRAP-RED"]), 0.4), "decoy",
          PLAIN),
    ])


def ph_balikbayan_purchases(g: Gen) -> Table:
    """A Parañaque duty-free mall's arrival purchases by balikbayans and overseas workers (SCREAMING case)."""
    places = [g.rnd.choice(v.PH_CITIES) for _ in range(g.rows)]
    cashiers = _staff(g, 6, "ph")
    branches = [("DUTY FREE ARRIVAL MALL - SUCAT", g.phone("PH", "national", False)),
                ("DUTY FREE ARRIVAL ANNEX - NAIA T3", g.phone("PH", "national", False))]
    branch = [g.rnd.randrange(len(branches)) for _ in range(g.rows)]
    return Table("DFP_ARRIVALS.BALIKBAYAN_PURCHASES", "en", "screaming", [
        c("TRANSACTION_NO", N, "BIGINT", g.keys(2_500_001), "decoy", KEY),
        c("OR_NUMBER", N, "VARCHAR", g.col(lambda: g.code("OR-9999999")), "decoy", SHAPE),
        c("PASSPORT_NO", "national_id", "VARCHAR", g.col(lambda: v.passport(g, "PH"))),
        c("FULL_NAME", "person_name", "VARCHAR", g.col(lambda: _surname_first(v.person(g, "ph")))),
        c("DATE_OF_BIRTH", "date_of_birth", "DATE", g.births(1950, 2004)),
        c("ARRIVAL_DATE", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy"),
        c("FLIGHT_NO", N, "VARCHAR", g.col(lambda: g.rnd.choice(["PR", "5J", "EK", "QR", "SV"])
                                           + str(g.rnd.randint(100, 999))), "decoy"),
        c("ORIGIN_COUNTRY", N, "VARCHAR", g.col(g.pick(["SAUDI ARABIA", "UAE", "QATAR", "HONG KONG", "USA",
                                                        "SINGAPORE"])), "decoy"),
        c("OEC_NO", N, "VARCHAR", g.col(lambda: g.code("OEC-2025-9999999"), 0.4), "decoy", SHAPE),
        c("MOBILE_NO", "phone", "VARCHAR", g.phones("PH", {"national": 0.7, "e164": 0.3}, 1.0, 0.1)),
        c("EMAIL", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "ph"), v.DOMAINS["ph"]), 0.35)),
        c("HOME_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PH_STREETS, "ph").upper())),
        c("CITY_MUNICIPALITY", "city", "VARCHAR", [p[0].upper() for p in places]),
        c("PROVINCE", N, "VARCHAR", [p[2].upper() for p in places], "decoy"),
        c("ZIP_CODE", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("TIN", "national_id", "VARCHAR", g.col(lambda: f"{g.digits(3)}-{g.digits(3)}-{g.digits(3)}-000", 0.75),
          HEAVY),
        c("AUTHORIZED_REP_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ph").upper(), 0.85), ROLE,
          HEAVY),
        c("ALLOWANCE_USD", N, "DECIMAL(8,2)", g.col(g.pick([2000.0, 3000.0]), 0.0), "decoy"),
        c("AMOUNT_USD", N, "DECIMAL(10,2)", g.amounts(40, 2_900), "decoy"),
        c("CASHIER", "person_name", "VARCHAR", g.col(g.pick(cashiers)), STAFF),
        c("BRANCH", N, "VARCHAR", [branches[i][0] for i in branch], "business"),
        c("BRANCH_PHONE", N, "VARCHAR", [branches[i][1] for i in branch], "business"),
        c("CUSTOM_FIELD_2", "free_text", "VARCHAR", _custom(g, "PH", "ph"), CUSTOM),
    ])


def au_trs_claims(g: Gen) -> Table:
    """A Queensland tourist refund scheme app's claims of departing residents (abbreviated snake case)."""
    pairs = [v.person(g, "au") for _ in range(g.rows)]
    places = [g.rnd.choice(v.QLD_SUBURBS) for _ in range(g.rows)]
    agents = sorted({v.given(g, "au") for _ in range(12)})[:5]
    suppliers = [(name, v.abn(g)) for name in v.AU_SUPPLIERS]
    sup = [g.rnd.randrange(len(suppliers)) for _ in range(g.rows)]
    return Table("trs_app.clm_hdr", "en", "abbrev", [
        c("clm_id", N, "BIGINT", g.keys(31_000_001), "decoy", KEY),
        c("clm_ref", N, "VARCHAR", g.col(lambda: g.code("TRS-9999-AAZZ")), "decoy", SHAPE),
        c("trvlr_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("trvlr_lnm", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
        c("trvlr_dob", "date_of_birth", "DATE", g.births(1940, 2007), ABBREV),
        c("psprt_no", "national_id", "VARCHAR", g.col(lambda: v.passport(g, "AU")), ABBREV),
        c("ctc_ph", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "e164": 0.4}, 0.95, 0.05), ABBREV),
        c("eml_addr", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["au"]) for a, b in pairs], ABBREV),
        c("res_addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.QLD_STREETS, "au")), ABBREV),
        c("res_sbrb", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("res_pcd", "postal_code", "VARCHAR", [p[1] for p in places], ABBREV),
        c("res_st", N, "VARCHAR", [p[2] for p in places], "decoy", ABBREV),
        c("tfn", "national_id", "VARCHAR", g.col(lambda: v.tfn(g), 0.8), HEAVY, ABBREV),
        c("sup_nm", N, "VARCHAR", [suppliers[i][0] for i in sup], "business", ABBREV),
        c("sup_abn", N, "VARCHAR", [suppliers[i][1] for i in sup], "business", SHAPE, ABBREV),
        c("inv_no", N, "VARCHAR", g.col(lambda: v.abn_decoy(g)), "decoy", SHAPE, ABBREV),
        c("gst_amt", N, "DECIMAL(10,2)", g.amounts(30, 4_000), "decoy", ABBREV),
        c("rfnd_crd", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.3), ABBREV),
        c("dep_flt", N, "VARCHAR", g.col(lambda: g.rnd.choice(["QF", "VA", "JQ", "SQ", "NZ"])
                                         + str(g.rnd.randint(1, 999))), "decoy", ABBREV),
        c("dep_dt", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy", ABBREV),
        c("clm_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3)), ABBREV),
        c("app_ver", N, "VARCHAR", g.col(g.version), "decoy", ABBREV),
        c("sprt_agt", "first_name", "VARCHAR", g.col(g.pick(agents), 0.4), STAFF, ABBREV),
    ])


def tx_visitor_refunds_cobol(g: Gen) -> Table:
    """An El Paso sales-tax refund office's COBOL extract of Mexican visitors' claims (padded CHAR, YYYYMMDD)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "mx", female)
        born = g.birth(1948, 2005)
        rows.append((a, b, born, v.curp(g, a, b, born, female)))
    places = [g.rnd.choice(v.MX_CITIES) for _ in range(g.rows)]
    clerks = _staff(g, 4, "mx")
    store = [g.rnd.randrange(len(v.TX_STORES)) for _ in range(g.rows)]
    return Table("TXREFUND.MXV_CLAIM_EXTRACT", "en", "cobol", [
        c("TXR-CLAIM-NO", N, "VARCHAR", g.col(lambda: g.code("EP25999999")), "decoy", SHAPE, LEGACY),
        c("TXR-VIS-PATERNO", "last_name", "VARCHAR", _pad([r[1].upper() for r in rows], 20), LEGACY),
        c("TXR-VIS-MATERNO", "last_name", "VARCHAR", _pad(g.col(lambda: v.person(g, "mx")[1].upper(), 0.1), 20),
          LEGACY),
        c("TXR-VIS-NOMBRE", "first_name", "VARCHAR", _pad([r[0].upper() for r in rows], 20), LEGACY),
        c("TXR-VIS-CURP", "national_id", "VARCHAR", _pad([r[3] if g.rnd.random() < 0.85 else None for r in rows],
                                                         18), LEGACY),
        c("TXR-VIS-BIRTH-DT", "date_of_birth", "INTEGER", [_ymd(r[2]) for r in rows], LEGACY),
        c("TXR-BCC-NO", "national_id", "VARCHAR", _pad(g.col(lambda: g.code("999999999"), 0.3), 12), LEGACY),
        c("TXR-VIS-PHONE", "phone", "BIGINT", [int(g.phone("MX", "digits", g.rnd.random() < 0.8))
                                               if g.rnd.random() < 0.85 else 0 for _ in rows], LEGACY),
        c("TXR-VIS-CALLE", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.MX_STREETS, "mx").upper()),
                                                            34), LEGACY),
        c("TXR-VIS-CIUDAD", "city", "VARCHAR", _pad([p[0].upper() for p in places], 22), LEGACY),
        c("TXR-VIS-CP", "postal_code", "INTEGER", [int(p[1]) for p in places], LEGACY),
        c("TXR-VIS-ESTADO", N, "VARCHAR", [p[2] for p in places], "decoy", LEGACY),
        c("TXR-STORE-NM", N, "VARCHAR", _pad([v.TX_STORES[i][0] for i in store], 28), "business", LEGACY),
        c("TXR-STORE-PHONE", N, "BIGINT", [int(v.TX_STORES[i][1]) for i in store], "business", LEGACY),
        c("TXR-RCPT-NO", N, "VARCHAR", _pad(g.col(lambda: g.code("999-999999")), 12), "decoy", SHAPE, LEGACY),
        c("TXR-PURCH-DT", N, "INTEGER", [_ymd(g.day("2025-01-01", "2025-11-30")) for _ in rows], "decoy", LEGACY),
        c("TXR-TAX-AMT", N, "DECIMAL(9,2)", g.amounts(3, 650), "decoy", LEGACY),
        c("TXR-CLERK-ID", N, "VARCHAR", g.col(lambda: g.code("CLK99")), "decoy", LEGACY),
        c("TXR-CLERK-NM", "person_name", "VARCHAR", _pad(g.col(g.pick([x.upper() for x in clerks])), 26), STAFF,
          LEGACY),
        c("TXR-USER-FLD-1", "free_text", "VARCHAR", _pad(_custom(g, "MX", "mx"), 40), CUSTOM, LEGACY),
    ])


def tw_refund_kiosk_staging(g: Gen) -> Table:
    """A Taipei VAT refund kiosk's claims feed landed as an opaque staging table."""
    def dob() -> str:
        d = g.birth(1950, 2006)
        return f"{d.year}/{d.month:02d}/{d.day:02d}"

    nations = [g.rnd.choice(["JP", "KR", "MY", "ID", "US", "TH", "VN", "SG"]) for _ in range(g.rows)]
    sellers = [(name, v.ubn(g)) for name in v.TW_SELLERS]
    seller = [g.rnd.randrange(len(sellers)) for _ in range(g.rows)]
    return Table("stg_twrefund.src_kiosk_raw", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "intl").upper()), OPAQUE),
        c("col03", "national_id", "VARCHAR", [v.passport(g, n) for n in nations], OPAQUE),
        c("col04", N, "VARCHAR", nations, "decoy", OPAQUE),
        c("col05", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy", OPAQUE),
        c("col06", "date_of_birth", "VARCHAR", g.col(dob), OPAQUE),
        c("col07", "phone", "VARCHAR", g.phones("TW", {"national": 0.6, "e164": 0.4}, 1.0, 0.4), OPAQUE),
        c("col08", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "intl"), v.DOMAINS["intl"]), 0.3),
          OPAQUE),
        c("col09", N, "VARCHAR", g.col(lambda: g.code("AA-99999999")), "decoy", SHAPE, OPAQUE),
        c("col10", N, "VARCHAR", [sellers[i][1] for i in seller], "business", SHAPE, OPAQUE),
        c("col11", N, "VARCHAR", [sellers[i][0] for i in seller], "business", OPAQUE),
        c("col12", N, "INTEGER", g.ints(2_000, 120_000), "decoy", OPAQUE),
        c("col13", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.65), HEAVY, OPAQUE),
        c("col14", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2)), OPAQUE),
        c("col15", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c("col16", N, "VARCHAR", g.col(lambda: f"{g.rnd.uniform(25.03, 25.09):.5f},"
                                            f"{g.rnd.uniform(121.50, 121.57):.5f}"), "decoy", OPAQUE),
        c("col17", "free_text", "VARCHAR", _custom(g, "TW", "intl"), CUSTOM, OPAQUE),
        c("col18", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy", OPAQUE),
    ])


def ch_export_forms(g: Gen) -> Table:
    """A Zermatt watch boutique's tax-free export forms of New England travellers, flattened from JSON to dotted
    keys."""
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    advisors = _staff(g, 3, "us")
    merchant = (v.che_uid(g), g.phone("CH", "national", False))
    return Table("zermatt_boutique.taxfree_forms_json", "en", "dotted", [
        c("form.id", N, "BIGINT", g.keys(88_001), "decoy", KEY),
        c("form.number", N, "VARCHAR", g.col(lambda: g.code("ZTF-2025-999999")), "decoy", SHAPE),
        c("traveller.name.first", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("traveller.name.last", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("traveller.birthDate", "date_of_birth", "VARCHAR", [d.isoformat() for d in g.births(1942, 2004)]),
        c("traveller.passport.number", "national_id", "VARCHAR", g.col(lambda: v.passport(g, "US"))),
        c("traveller.passport.country", N, "VARCHAR", ["USA"] * g.rows, "decoy"),
        c("traveller.address.line1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.US_STREETS))),
        c("traveller.address.city", "city", "VARCHAR", [p[0] for p in places]),
        c("traveller.address.state", N, "VARCHAR", [p[2] for p in places], "decoy"),
        c("traveller.address.zip", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("traveller.email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["us"]) for a, b in pairs]),
        c("traveller.phone", "phone", "VARCHAR", g.phones("US", {"intl": 0.5, "e164": 0.3, "national": 0.2}, 1.0,
                                                          0.1)),
        c("traveller.companion", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "us"), 0.72), ROLE, HEAVY),
        c("purchase.model", N, "VARCHAR", g.col(g.pick(v.SWISS_MODELS)), "decoy"),
        c("purchase.caseSerial", N, "VARCHAR", g.col(lambda: g.code("Z9999999")), "decoy", SHAPE),
        c("purchase.amountChf", N, "DECIMAL(10,2)", g.amounts(2_800, 48_000), "decoy"),
        c("purchase.vatChf", N, "DECIMAL(10,2)", g.amounts(210, 3_600), "decoy"),
        c("merchant.uid", N, "VARCHAR", [merchant[0]] * g.rows, "business", SHAPE),
        c("merchant.phone", N, "VARCHAR", [merchant[1]] * g.rows, "business"),
        c("merchant.email", N, "VARCHAR", ["taxfree@cervin-horlogerie.example.ch"] * g.rows, "business"),
        c("merchant.advisor", "person_name", "VARCHAR", g.col(g.pick(advisors)), STAFF),
        c("refund.cardNumber", "credit_card", "VARCHAR", g.col(lambda: v.card(g, True), 0.68), HEAVY),
        c("customs.stampedAt", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30", 0.15), "decoy"),
        c("meta.ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.1)),
        c("meta.custom2", "free_text", "VARCHAR", _custom(g, "US", "us"), CUSTOM),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def jp_shinsaibashi_tax_free(g: Gen) -> Table:
    """A Shinsaibashi (Osaka) drugstore's tax-free sales records (Japanese column names; kanji staff names)."""
    nations = [g.rnd.choice(["CN", "KR", "TW", "US", "MY", "TH", "FR"]) for _ in range(g.rows)]
    label = {"CN": "中国", "KR": "韓国", "TW": "台湾", "US": "アメリカ", "MY": "マレーシア", "TH": "タイ",
             "FR": "フランス"}
    sellers = _staff(g, 5, "ja")
    shop = (v.jp_corporate(g), g.phone("JP", "national", False))

    def bikou() -> str:
        return g.rnd.choice(["消耗品は特殊包装済み", f"添乗員 {v.whole(g, 'ja')} さん同行", "パスポート提示あり",
                             f"通訳 {v.whole(g, 'ja')} 対応", "一般物品と消耗品の合算なし"])

    return Table("免税店_心斎橋.免税販売記録", "ja", "native", [
        c("販売番号", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("免税伝票番号", N, "VARCHAR", g.col(lambda: g.code("TF-99999-999999")), "decoy", SHAPE),
        c("購入者氏名", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "intl").upper())),
        c("旅券番号", "national_id", "VARCHAR", [v.passport(g, n) for n in nations]),
        c("国籍", N, "VARCHAR", [label[n] for n in nations], "decoy"),
        c("生年月日", "date_of_birth", "DATE", g.births(1950, 2007)),
        c("在留資格", N, "VARCHAR", g.col(g.pick(["短期滞在", "短期滞在", "外交", "船舶観光上陸"])), "decoy"),
        c("上陸年月日", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy"),
        c("販売日時", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
        c("商品名", N, "VARCHAR", g.col(g.pick(v.JP_PRODUCTS)), "decoy"),
        c("JANコード", N, "VARCHAR", g.col(lambda: v.ean13(g, "49")), "decoy", SHAPE),
        c("数量", N, "INTEGER", g.ints(1, 12), "decoy"),
        c("税抜金額", N, "INTEGER", g.ints(5_000, 250_000), "decoy"),
        c("宿泊先", N, "VARCHAR", g.col(g.pick(v.JP_HOTELS), 0.3), "business"),
        c("販売担当者", "person_name", "VARCHAR", g.col(g.pick(sellers)), STAFF),
        c("店舗法人番号", N, "VARCHAR", [shop[0]] * g.rows, "business", SHAPE),
        c("店舗電話番号", N, "VARCHAR", [shop[1]] * g.rows, "business"),
        c("自由項目2", "free_text", "VARCHAR", _custom(g, "JP", "ja"), CUSTOM),
        c("備考", "free_text", "VARCHAR", g.sparse(bikou, 0.78, _words("なし", "不明")), NULLWORD),
    ])


def kr_jeju_domestic_dutyfree(g: Gen) -> Table:
    """A Jeju duty-free shop's purchases by domestic travellers leaving the island (Korean column names and
    values)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "ko", female)
        born = g.birth(1950, 2005)
        rows.append((f"{b}{a}", born, v.rrn(g, born, female)))
    places = [g.rnd.choice(v.KO_CITIES) for _ in range(g.rows)]
    sellers = _staff(g, 5, "ko")
    number = v.brn(g)
    return Table("제주면세점.내국인_구매내역", "ko", "native", [
        c("구매번호", N, "BIGINT", g.keys(5_100_001), "decoy", KEY),
        c("영수증번호", N, "VARCHAR", g.col(lambda: g.code("JD2025-99999999")), "decoy", SHAPE),
        c("성명", "person_name", "VARCHAR", [r[0] for r in rows]),
        c("주민등록번호", "national_id", "VARCHAR", [r[2] if g.rnd.random() < 0.35 else None for r in rows], HEAVY),
        c("생년월일", "date_of_birth", "DATE", [r[1] for r in rows]),
        c("성별", N, "VARCHAR", g.col(g.pick(["남", "여"])), "decoy"),
        c("휴대전화", "phone", "VARCHAR", g.phones("KR", {"national": 0.85, "e164": 0.15}, 1.0, 0.05)),
        c("이메일", "email", "VARCHAR", g.col(lambda: v.roman_email(g, "ko"), 0.3)),
        c("주소", "street_address", "VARCHAR", [f"{p[0]} {g.rnd.choice(v.KO_STREETS)}" for p in places]),
        c("시군구", "city", "VARCHAR", [p[0] for p in places]),
        c("우편번호", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places]),
        c("출발항공편", N, "VARCHAR", g.col(lambda: g.rnd.choice(["KE", "OZ", "7C", "LJ", "TW"])
                                        + str(g.rnd.randint(1200, 1999))), "decoy"),
        c("출발일자", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy"),
        c("인도장", N, "VARCHAR", g.col(g.pick(v.KO_COUNTERS)), "business"),
        c("구매금액", N, "INTEGER", g.ints(20_000, 800_000), "decoy"),
        c("동반자_성명", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ko"), 0.7), ROLE, HEAVY),
        c("판매사원", "person_name", "VARCHAR", g.col(g.pick(sellers)), STAFF),
        c("사업자등록번호", N, "VARCHAR", [number] * g.rows, "business", SHAPE),
        c("추가항목2", N, "VARCHAR", g.col(lambda: g.code("CPN-AAA99"), 0.5), "decoy", PLAIN),
    ])


def cn_hainan_offshore(g: Gen) -> Table:
    """A Haikou offshore duty-free store's purchases and pick-ups (simplified Chinese column names and values)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.6
        a, b = v.person(g, "zh", female)
        born = g.birth(1955, 2006)
        city = g.rnd.choice(v.CN_CITIES)
        rows.append((f"{b}{a}", born, v.ric(g, city[3], born, female), city))
    cashiers = _staff(g, 5, "zh")
    company = v.uscc(g)
    pickup = [g.rnd.choice(v.CN_PICKUPS) for _ in range(g.rows)]
    mailed = [p == "邮寄送达" for p in pickup]
    mail_to = [g.rnd.choice(v.CN_CITIES) for _ in range(g.rows)]

    def mobile() -> str:
        return g.phone("CN", g.rnd.choice(["national", "e164", "digits"]))

    return Table("海南离岛免税.购物提货记录", "zh", "native", [
        c("流水号", N, "BIGINT", g.keys(66_000_001), "decoy", KEY),
        c("订单编号", N, "VARCHAR", g.col(lambda: v.ric_decoy(g)), "decoy", SHAPE),
        c("姓名", "person_name", "VARCHAR", [r[0] for r in rows]),
        c("身份证号", "national_id", "VARCHAR", [r[2] for r in rows]),
        c("出生日期", "date_of_birth", "DATE", [r[1] for r in rows]),
        c("性别", N, "VARCHAR", g.col(g.pick(["男", "女"])), "decoy"),
        c("手机号码", "phone", "VARCHAR", g.col(mobile, 0.02)),
        c("电子邮箱", "email", "VARCHAR", g.col(lambda: v.roman_email(g, "zh"), 0.45)),
        c("常住城市", "city", "VARCHAR", [r[3][0] for r in rows]),
        c("省份", N, "VARCHAR", [r[3][2] for r in rows], "decoy"),
        c("航班号", N, "VARCHAR", g.col(lambda: g.rnd.choice(["HU", "CZ", "MU", "CA"])
                                     + str(g.rnd.randint(7000, 7999))), "decoy"),
        c("离岛日期", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy"),
        c("提货点", N, "VARCHAR", pickup, "business"),
        c("商品条码", N, "VARCHAR", g.col(lambda: v.ean13(g, "69")), "decoy", SHAPE),
        c("商品名称", N, "VARCHAR", g.col(g.pick(v.CN_PRODUCTS)), "decoy"),
        c("金额", N, "DECIMAL(10,2)", g.amounts(200, 60_000), "decoy"),
        c("收件人", "person_name", "VARCHAR", [v.whole(g, "zh") if m else None for m in mailed], ROLE, HEAVY),
        c("收件人电话", "phone", "VARCHAR", [mobile() if m else None for m in mailed], ROLE, HEAVY),
        c("邮寄地址", "street_address", "VARCHAR", [v.street(g, v.CN_STREETS, "zh") if m else None for m in mailed],
          HEAVY),
        c("邮政编码", "postal_code", "VARCHAR", [p[1] if m else None for p, m in zip(mail_to, mailed)], HEAVY),
        c("收银员", "person_name", "VARCHAR", g.col(g.pick(cashiers)), STAFF),
        c("统一社会信用代码", N, "VARCHAR", [company] * g.rows, "business", SHAPE),
        c("自定义字段2", "free_text", "VARCHAR", _custom(g, "CN", "zh"), CUSTOM),
    ])


def th_phuket_vat_refund(g: Gen) -> Table:
    """A Phuket jewellery shop's VAT refund for tourists forms and the tour guides who brought them (Thai column names
    and values)."""
    nations = [g.rnd.choice(["CN", "RU", "IN", "AE", "DE", "GB", "KR", "MY"]) for _ in range(g.rows)]
    label = {"CN": "จีน", "RU": "รัสเซีย", "IN": "อินเดีย", "AE": "สหรัฐอาหรับเอมิเรตส์", "DE": "เยอรมนี",
             "GB": "สหราชอาณาจักร", "KR": "เกาหลีใต้", "MY": "มาเลเซีย"}
    guides = [(v.whole(g, "th"), v.th_pin(g), g.phone("TH", g.rnd.choice(["national", "e164"])), g.code("11-99999"))
              for _ in range(30)]
    guide = [None if g.rnd.random() < 0.3 else g.rnd.choice(guides) for _ in range(g.rows)]
    sellers = _staff(g, 4, "th")
    shops = [(name, v.th_company_tin(g), g.phone("TH", "national", False)) for name in v.TH_SHOPS]
    shop = [g.rnd.randrange(len(shops)) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["ลูกค้ากรุ๊ปทัวร์", f"ไกด์ {v.whole(g, 'th')} รับแทน", "ออกแบบ ภ.พ.10 แล้ว",
                             f"โทรแจ้งคุณ {v.given(g, 'th')} แล้ว"])

    return Table("ร้านอัญมณีภูเก็ต.คำร้องขอคืนภาษี", "th", "native", [
        c("รหัสรายการ", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("เลขที่แบบ_ภพ10", N, "VARCHAR", g.col(lambda: g.code("PP10-9999-999999")), "decoy", SHAPE),
        c("ชื่อนักท่องเที่ยว", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "intl").upper())),
        c("เลขหนังสือเดินทาง", "national_id", "VARCHAR", [v.passport(g, n) for n in nations]),
        c("สัญชาติ", N, "VARCHAR", [label[n] for n in nations], "decoy"),
        c("อีเมลนักท่องเที่ยว", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "intl"),
                                                                           v.DOMAINS["intl"]), 0.3)),
        c("วันที่ซื้อ", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy"),
        c("รายการสินค้า", N, "VARCHAR", g.col(g.pick(v.TH_PRODUCTS)), "decoy"),
        c("มูลค่าสินค้า", N, "DECIMAL(12,2)", g.amounts(2_000, 400_000), "decoy"),
        c("ภาษีมูลค่าเพิ่ม", N, "DECIMAL(12,2)", g.amounts(130, 26_000), "decoy"),
        c("เที่ยวบินขาออก", N, "VARCHAR", g.col(lambda: g.rnd.choice(["TG", "FD", "SU", "EK", "MU"])
                                               + str(g.rnd.randint(100, 999))), "decoy"),
        c("วันเดินทางออก", N, "DATE", g.days("2025-01-05", "2025-12-31"), "decoy"),
        c("ชื่อร้าน", N, "VARCHAR", [shops[i][0] for i in shop], "business"),
        c("เลขผู้เสียภาษีร้าน", N, "VARCHAR", [shops[i][1] for i in shop], "business", SHAPE),
        c("โทรศัพท์ร้าน", N, "VARCHAR", [shops[i][2] for i in shop], "business"),
        c("พนักงานขาย", "person_name", "VARCHAR", g.col(g.pick(sellers)), STAFF),
        c("มัคคุเทศก์", "person_name", "VARCHAR", [x[0] if x else None for x in guide], ROLE),
        c("เลขบัตรประชาชนมัคคุเทศก์", "national_id", "VARCHAR", [x[1] if x else None for x in guide], ROLE),
        c("เบอร์โทรมัคคุเทศก์", "phone", "VARCHAR", [x[2] if x else None for x in guide], ROLE),
        c("เลขใบอนุญาตมัคคุเทศก์", N, "VARCHAR", [x[3] if x else None for x in guide], "decoy", PRACT, SHAPE),
        c("ช่องข้อมูลเพิ่มเติม2", "free_text", "VARCHAR", _custom(g, "TH", "th"), CUSTOM),
        c("หมายเหตุ", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("ไม่มี", "-ไม่ระบุ-")), NULLWORD),
    ])


def vn_noibai_dutyfree(g: Gen) -> Table:
    """A Nội Bài airport duty-free shop's loyalty members departing Vietnam (Vietnamese column names without
    diacritics, values with them)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "vi", female)
        born = g.birth(1955, 2006)
        city = g.rnd.choice(v.VN_CITIES)
        mid = g.rnd.choice(["Thị", "Ngọc", "Thu"] if female else ["Văn", "Đức", "Hữu", "Minh"])
        rows.append((f"{b} {mid} {a}", born, v.cccd(g, city[1], born, female), city[0]))
    sellers = _staff(g, 5, "vi")
    tax_code = v.vn_mst(g)
    proxy = [g.rnd.random() < 0.2 for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Khách quen", f"Nhận hộ bởi {v.whole(g, 'vi')}", "Đổi quà tích điểm",
                             f"Gọi lại cho chị {v.given(g, 'vi')}"])

    return Table("mienthue_noibai.khach_hang_than_thiet", "vi", "snake", [
        c("ma_khach_hang", N, "BIGINT", g.keys(120_001), "decoy", KEY),
        c("ho_ten", "person_name", "VARCHAR", [r[0] for r in rows]),
        c("so_cccd", "national_id", "VARCHAR", [r[2] if g.rnd.random() < 0.9 else None for r in rows]),
        c("ngay_sinh", "date_of_birth", "DATE", [r[1] for r in rows]),
        c("gioi_tinh", N, "VARCHAR", g.col(g.pick(["Nam", "Nữ"])), "decoy"),
        c("so_dien_thoai", "phone", "VARCHAR", g.phones("VN", {"national": 0.8, "e164": 0.2}, 1.0, 0.05)),
        c("email", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "vi"), v.DOMAINS["vi"]), 0.3)),
        c("dia_chi", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.VN_STREETS, "vi"), 0.1)),
        c("tinh_thanh_pho", "city", "VARCHAR", [r[3] for r in rows]),
        c("so_ho_chieu", "national_id", "VARCHAR", g.col(lambda: v.passport(g, "VN"), 0.1)),
        c("hang_the", N, "VARCHAR", g.col(g.pick(["Bạc", "Vàng", "Bạch kim", "Kim cương"])), "decoy"),
        c("diem_tich_luy", N, "INTEGER", g.ints(0, 90_000), "decoy"),
        c("chuyen_bay", N, "VARCHAR", g.col(lambda: g.rnd.choice(["VN", "VJ", "QH"]) + str(g.rnd.randint(300, 999))),
          "decoy"),
        c("ngay_bay", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy"),
        c("so_hoa_don", N, "VARCHAR", g.col(lambda: g.code("1C25TNB-99999999")), "decoy", SHAPE),
        c("ma_so_thue_cua_hang", N, "VARCHAR", [tax_code] * g.rows, "business", SHAPE),
        c("nhan_vien_ban_hang", "person_name", "VARCHAR", g.col(g.pick(sellers)), STAFF),
        c("nguoi_nhan_ho", "person_name", "VARCHAR", [v.whole(g, "vi") if p else None for p in proxy], ROLE, HEAVY),
        c("sdt_nguoi_nhan_ho", "phone", "VARCHAR", [g.phone("VN", "national") if p else None for p in proxy], ROLE,
          HEAVY),
        c("truong_tuy_chinh_2", "free_text", "VARCHAR", _custom(g, "VN", "vi"), CUSTOM),
        c("ghi_chu", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("không có", "chưa rõ")), NULLWORD),
    ])


def ru_pulkovo_loyalty(g: Gen) -> Table:
    """A Pulkovo (St Petersburg) duty-free operator's loyalty programme members (Russian: Cyrillic column names and
    values)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "ru", female)
        rows.append((a, b, g.rnd.choice(v.RU_PATRONYMICS[6:] if female else v.RU_PATRONYMICS[:6])))
    places = [g.rnd.choice(v.RU_CITIES) for _ in range(g.rows)]
    cashiers = _staff(g, 5, "ru")
    shop_inn = v.ru_inn_company(g)

    def note() -> str:
        return g.rnd.choice(["Карта перевыпущена", f"Покупку забрал муж, {v.whole(g, 'ru')}", "Жалоба на кассу",
                             f"Перезвонить {v.given(g, 'ru')} после 18:00"])

    return Table("дьюти_фри_пулково.участники_программы", "ru", "snake", [
        c("номер_участника", N, "BIGINT", g.keys(300_001), "decoy", KEY),
        c("фамилия", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("имя", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("отчество", "first_name", "VARCHAR", [r[2] if g.rnd.random() < 0.9 else None for r in rows]),
        c("дата_рождения", "date_of_birth", "DATE", g.births(1950, 2006)),
        c("паспорт_серия_номер", "national_id", "VARCHAR", g.col(lambda: v.ru_passport(g), 0.2)),
        c("загранпаспорт", "national_id", "VARCHAR", g.col(lambda: v.passport(g, "RU"), 0.68), HEAVY),
        c("инн", "national_id", "VARCHAR", g.col(lambda: v.ru_inn_person(g), 0.8), HEAVY),
        c("телефон", "phone", "VARCHAR", g.phones("RU", {"national": 0.5, "e164": 0.5}, 1.0, 0.05)),
        c("email", "email", "VARCHAR", g.col(lambda: v.roman_email(g, "ru"), 0.25)),
        c("адрес", "street_address", "VARCHAR", g.col(lambda: v.ru_street(g), 0.3)),
        c("город", "city", "VARCHAR", [p[0] for p in places]),
        c("индекс", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("номер_карты_лояльности", N, "VARCHAR", g.col(lambda: "7788" + g.digits(12)), "decoy", SHAPE),
        c("номер_чека", N, "VARCHAR", g.col(lambda: v.ru_inn_decoy(g)), "decoy", SHAPE),
        c("рейс", N, "VARCHAR", g.col(lambda: g.rnd.choice(["SU", "FV", "S7", "U6"]) + str(g.rnd.randint(1, 6999))),
          "decoy"),
        c("дата_вылета", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy"),
        c("инн_магазина", N, "VARCHAR", [shop_inn] * g.rows, "business", SHAPE),
        c("кассир", "person_name", "VARCHAR", g.col(g.pick(cashiers)), STAFF),
        c("доп_поле_2", N, "VARCHAR", g.col(lambda: g.code("PROMO-AA99"), 0.5), "decoy", PLAIN),
        c("комментарий", "free_text", "VARCHAR", g.sparse(note, 0.82, _words("нет", "не указано")), NULLWORD),
    ])


def cz_ruzyne_loyalty(g: Gen) -> Table:
    """A Prague airport duty-free shop's loyalty members flying outside the EU (Czech column names and values)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "cs", female)
        born = g.birth(1954, 2006)
        rows.append((a, b, born, v.rodne_cislo(g, born, female)))
    places = [g.rnd.choice(v.CZ_CITIES) for _ in range(g.rows)]
    cashiers = _staff(g, 4, "cs")
    shop = ("Duty Free Terminál 1 - Non-Schengen", v.ico(g), g.phone("CZ", "national", False))

    def note() -> str:
        return g.rnd.choice(["Reklamace vyřízena", f"Nákup převzala manželka {v.whole(g, 'cs')}",
                             "Souhlas s marketingem odvolán", f"Kontaktovat {v.given(g, 'cs')} e-mailem"])

    return Table("duty_free_ruzyne.vernostni_program", "cs", "snake", [
        c("id_clena", N, "BIGINT", g.keys(52_001), "decoy", KEY),
        c("jmeno", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("prijmeni", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("datum_narozeni", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("rodne_cislo", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.3 else None for r in rows], HEAVY),
        c("telefon", "phone", "VARCHAR", g.phones("CZ", {"national": 0.6, "e164": 0.4}, 1.0, 0.05)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["cs"]) for r in rows]),
        c("ulice", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CZ_STREETS, "cs"), 0.2)),
        c("obec", "city", "VARCHAR", [p[0] for p in places]),
        c("psc", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("cislo_letenky", N, "VARCHAR", g.col(lambda: "064-" + g.digits(10)), "decoy", SHAPE),
        c("cislo_uctenky", N, "VARCHAR", g.col(lambda: v.rc_decoy(g)), "decoy", SHAPE),
        c("iban_cashback", "iban", "VARCHAR", g.col(lambda: v.cz_iban(g), 0.75), HEAVY),
        c("provozovna", N, "VARCHAR", [shop[0]] * g.rows, "business"),
        c("ico_provozovny", N, "VARCHAR", [shop[1]] * g.rows, "business", SHAPE),
        c("telefon_provozovny", N, "VARCHAR", [shop[2]] * g.rows, "business"),
        c("pokladni", "person_name", "VARCHAR", g.col(g.pick(cashiers)), STAFF),
        c("datum_registrace", N, "DATE", g.days("2019-01-01", "2025-11-30"), "decoy"),
        c("volne_pole_2", "free_text", "VARCHAR", _custom(g, "CZ", "cs"), CUSTOM),
        c("poznamka", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("žádná", "neuvedeno")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (ca_border_employees, 360), (sg_tourist_refunds, 700), (nz_airport_preorders, 650), (ph_balikbayan_purchases, 500),
    (au_trs_claims, 800), (tx_visitor_refunds_cobol, 450), (tw_refund_kiosk_staging, 600), (ch_export_forms, 300),
    (jp_shinsaibashi_tax_free, 550), (kr_jeju_domestic_dutyfree, 700), (cn_hainan_offshore, 750),
    (th_phuket_vat_refund, 400), (vn_noibai_dutyfree, 500), (ru_pulkovo_loyalty, 450), (cz_ruzyne_loyalty, 350),
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
