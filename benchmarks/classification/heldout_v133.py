"""Held-out set v133 for the column classifier: 15 tables of *laundries, dry cleaners, tailors and shoe-repair shops*
(a laundromat's wash-and-fold delivery subscribers, a dry-cleaning chain's payroll, dry cleaners' customer accounts and
damage claims, tailors' measurement orders, a shoe-repair and key-cutting counter, a laundry app's orders, an
industrial laundry's staff, laundries' delivery and kilo-wash orders, a cobbler's job orders and a tailor's school
uniform and garment orders), one system per table and each a different organisation, eight with English column
names and seven in other languages:

* ``suds_chatt.wash_fold_subscribers``: a Chattanooga (Tennessee) laundromat's wash-and-fold delivery subscribers
  (snake case, order numbers shaped like SSNs failing the check, birthdays for a discount, a card on file, the sign-up
  IP, a portal login, an authorized recipient, the store's address and phone, ``misc_1``);
* ``PRSSLEG.PR_EMPL_EXTRACT``: a Twin Cities dry-cleaning chain's payroll, a COBOL extract (legacy: padded CHAR,
  ``YYYYMMDD`` integers, SSN, phone and ZIP as numbers with 0 for missing, employee numbers shaped like SSNs failing
  the check, direct-deposit routing numbers, a life insurance beneficiary, an emergency contact, ``PR-USER-FLD-1``);
* ``pressFreshMu.customerAccounts``: a Curepipe (Mauritius) dry cleaner's customer accounts (camel case, Mauritian
  NIC encoding the surname's initial and the birth date, a proxy collector, branches' addresses, phones and e-mails,
  the BRN, ``customField2``);
* ``ColomboTailorHouse.MeasurementOrders``: a Colombo tailor's measurement orders (Pascal case, Sri Lankan NICs old
  and new encoding the birth date, measurements, fabric SKUs, the person collecting, ``Udf02`` holding rack codes);
* ``DOBI_KCH.CUSTOMER_ORDERS``: a Kuching (Sarawak) laundry's orders (SCREAMING case, MyKad encoding the birth date,
  receipt numbers shaped like MyKad with impossible months, an authorised collector and the collector's MyKad,
  outlets and their phones, ``CUSTOM_FIELD_3``);
* ``heelkey_adl.rep_job``: an Adelaide shoe-repair and key-cutting counter's jobs (abbreviated: ``cust_fnm``,
  ``ctc_ph``, ``addr_ln1``; driver licence numbers for restricted keys, the authorising signatory, key system numbers,
  the shop's ABN, POS versions);
* ``stg_washapp_hk.src_order_raw``: a Hong Kong laundry pick-up app's orders as an opaque staging table (``col01`` to
  ``col18``: HKID, invoice numbers failing the HKID check, locker codes and coordinates, app versions, IPs, logins,
  hashes);
* ``hamilton_tailoring.Client Measurements``: a Hamilton (Bermuda) tailor's client sheet (a spreadsheet's title-case
  names with spaces and signs: ``Order #``, ``Wedding Party Of``, parishes and Bermuda postcodes, ``Misc 2`` holding
  lining codes);
* ``wasserij_rijnstad.medewerkers``: an Arnhem industrial laundry's staff (Dutch; BSN, staff numbers failing the
  eleven test, tussenvoegsel, IBAN, emergency contacts, lockers, ``vrij_veld_2`` holding apron sizes);
* ``pralnia_bialystok.reklamacje``: a Białystok dry cleaner's damage claims (Polish; PESEL encoding the birth date,
  a refund IBAN, the claimant's proxy, an assessor, invoice numbers failing PESEL's check, the shop's NIP,
  ``pole_dodatkowe_2``);
* ``kuru_temizleme_erciyes.siparisler``: a Kayseri dry cleaner's orders (Turkish; T.C. Kimlik No. for e-archive
  invoices, e-archive serials failing its check, the person taking delivery, the shop's VKN, ``ozel_alan_1`` holding
  hanger codes);
* ``مغسلة_السالمية.طلبات_التوصيل``: a Salmiya (Kuwait) laundry's delivery orders (Arabic column names and values:
  civil IDs encoding the birth date, Kuwaiti block-street-avenue-house addresses, the recipient, drivers, invoice
  numbers failing the civil ID check, the commercial licence, ``حقل_إضافي_2``);
* ``laundry_kiloan_makassar.transaksi``: a Makassar kilo-wash laundry's transactions (Indonesian; NIK encoding the
  region and the birth date, QRIS references, the recipient, couriers, the outlet's NPWP, ``kolom_tambahan_1`` holding
  perfume choices);
* ``sapatero_marikina.mga_order``: a Marikina shoe-repair shop's job orders (Tagalog; middle names, senior citizen
  and PWD ID numbers, the person picking up, official receipt numbers, the shop's TIN, ``dagdag_na_field_1``);
* ``fundi_cherehani_mombasa.oda_za_wateja``: a Mombasa tailor's orders (Swahili; Kenyan ID numbers, KRA PINs, the
  parent or guardian of school uniform orders, M-Pesa codes, the shop's PIN, ``sehemu_ya_ziada_2`` holding
  thread colours).

Written **blind**, like v2 to v131: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v98 (its two
modules and its test), ``tests/heldout_support.py``, v107's docstring and test, the module docstrings of v24 to v131
(to avoid their domains and follow their labeling conventions; none had laundries, dry cleaners, tailors or shoe
repair) and the ``Column``/``Table`` classes and writer of v2 and v4. The classifier was not run on this set while it
was written, no scorer was run on it, and no score was looked at. It was written under a short deadline (25 minutes,
the tests and lint included), so some labels are quick decisions rather than settled conventions.

Labeling choices a reader may question:

* a US SSN is ``ssn``; a Mauritian NIC, a Sri Lankan NIC, MyKad, a South Australian driver licence number, an HKID,
  BSN, PESEL, T.C. Kimlik No., a Kuwaiti civil ID, NIK, a Philippine senior citizen (OSCA) and PWD ID, a Kenyan ID
  number and a personal KRA PIN are ``national_id``; the Sri Lankan NIC's last digit, the OSCA and PWD IDs, the
  Kenyan ID and the licence are generated by shape only, the HKID and civil ID checks are written out here;
* order, ticket, job, receipt, invoice, claim, e-archive and official receipt numbers, bag tags, locker and key system
  numbers, fabric SKUs, QRIS references and M-Pesa codes are ``none`` (tag ``decoy``, ``value_shape`` when shaped like
  an identifier); staff and employee numbers are ``none`` (``value_shape``); a card's last four digits and expiry are
  ``none``; direct-deposit routing numbers are a bank's (``none``);
* shops', branches' and outlets' names, addresses, phones, e-mails, BRN, ABN, NIP, VKN, NPWP, TIN, KRA PIN and
  commercial licence are ``none`` (tag ``business``);
* counter staff, drivers, riders, couriers, tailors, cobblers, supervisors, cashiers, assessors and key-cutting
  technicians are staff (``person_name``, tag ``staff``); an authorized recipient, a beneficiary, an emergency contact,
  a proxy collector, the person collecting or picking up, an authorised collector (and that collector's MyKad), an
  authorising signatory, a wedding party's groom, a claimant's proxy, the person taking delivery and a parent or
  guardian are personal (tag ``role_word``);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); custom
  fields holding rack, lining, apron, hanger, perfume or thread codes are ``none`` (tags ``decoy`` and
  ``custom_plain``); a portal or app login is ``unclassified`` (tag ``username``);
* a Dutch tussenvoegsel and a Filipino middle name are ``last_name``; a Bermuda parish, a Hong Kong district, a Kayseri
  ``ilçe`` and a Kuwaiti area are ``city``; a state, an ``il`` and ``STATE`` are ``none``; birthdays kept for a
  discount and numeric ``YYYYMMDD`` birth dates are ``date_of_birth``; hire, fitting, due, delivery, claim and order
  dates are ``none``; measurements, weights and amounts are ``none``; locker coordinates are ``none``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v133_values`, written for v133 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v133 [PATH]`` (default ``/tmp/heldout_v133.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v133``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v133_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v133_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v133.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # counter staff, drivers, tailors, cobblers, supervisors (few distinct)
ROLE = "role_word"  # a role word (recipient, beneficiary, emergency contact, guardian, proxy ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PLAIN = "custom_plain"  # an opaque custom field holding shop codes only (none)


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "NULL", "none") + extra


def _staff(g: Gen, n: int, lang: str) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.whole(g, lang))
    return sorted(out)


def _custom(g: Gen, region: str, lang: str, null: float = 0.3) -> list[str | None]:
    """An opaque custom field: by row a phone, an e-mail or a name (or NULL)."""
    def one() -> str:
        r = g.rnd.random()
        if r < 0.4:
            return g.phone(region, "national")
        if r < 0.7:
            return v.name_email(g, v.whole(g, lang), lang)
        return v.whole(g, lang)
    return g.col(one, null)


def _plain(g: Gen, codes: list[str], null: float = 0.3) -> list[str | None]:
    """An opaque custom field holding a shop's codes only."""
    return g.col(g.pick(codes), null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


# -- English-named tables ----------------------------------------------------------------------------------------------


def tn_wash_fold(g: Gen) -> Table:
    """A Chattanooga laundromat's wash-and-fold delivery subscribers (snake case)."""
    pairs = [v.person(g, "tn") for _ in range(g.rows)]
    places = [g.rnd.choice(v.TN_CITIES) for _ in range(g.rows)]
    drivers = _staff(g, 5, "tn")
    stores = [("2100 Hamilton Place Blvd Ste 114", g.phone("US-TN", "national", False)),
              ("5425 Hwy 153 Unit 3", g.phone("US-TN", "national", False)),
              ("801 Market St", g.phone("US-TN", "national", False))]
    store = [g.rnd.randrange(len(stores)) for _ in range(g.rows)]
    cards = [None if g.rnd.random() < 0.6 else v.card(g, g.rnd.random() < 0.3) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Leave bags on back porch, dog in yard", f"Text {v.given(g, 'tn')} before arriving",
                             "Gate code changes monthly - call", f"Neighbor {v.whole(g, 'tn')} can sign",
                             "Hypoallergenic detergent only"])

    return Table("suds_chatt.wash_fold_subscribers", "en", "snake", [
        c("subscriber_id", N, "BIGINT", g.keys(40_001), "decoy", KEY),
        c("order_number", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE),
        c("first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["tn"]) if g.rnd.random() < 0.85 else None
                                        for a, b in pairs]),
        c("mobile_phone", "phone", "VARCHAR", g.phones("US-TN", {"national": 0.5, "dashes": 0.3, "e164": 0.2},
                                                       0.85, 0.05)),
        c("street_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.TN_STREETS, "tn"))),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("zip", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("birthday", "date_of_birth", "DATE", [None if g.rnd.random() < 0.75 else g.birth(1950, 2004)
                                                for _ in range(g.rows)], HEAVY),
        c("card_number", "credit_card", "VARCHAR", cards, HEAVY),
        c("card_last4", N, "VARCHAR", [None if x is None else x.replace(" ", "")[-4:] for x in cards], "decoy"),
        c("card_exp", N, "VARCHAR", [None if x is None else f"{g.rnd.randint(1, 12):02d}/{g.rnd.randint(26, 31)}"
                                     for x in cards], "decoy"),
        c("signup_ip", "ip_address", "VARCHAR", g.col(g.ip, 0.1)),
        c("portal_login", USERNAME, "VARCHAR", [f"{v.plain(a)[:1]}{v.plain(b)}{g.rnd.randint(1, 99)}"
                                                for a, b in pairs], "username"),
        c("plan", N, "VARCHAR", g.col(g.pick(["Weekly 20 lb", "Biweekly 30 lb", "Pay as you go", "Family 50 lb"])),
          "decoy"),
        c("bag_tag", N, "VARCHAR", g.col(lambda: g.code("BT-99999")), "decoy", SHAPE),
        c("lbs_last_order", N, "DOUBLE", g.floats(6, 48, 1), "decoy"),
        c("route_driver", "person_name", "VARCHAR", g.col(g.pick(drivers)), STAFF),
        c("authorized_recipient", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "tn"), 0.72), ROLE, HEAVY),
        c("store_address", N, "VARCHAR", [stores[i][0] for i in store], "business"),
        c("store_phone", N, "VARCHAR", [stores[i][1] for i in store], "business"),
        c("pickup_window_start", N, "TIMESTAMP", g.moments("2025-06-01", "2025-11-30"), "decoy"),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "US-TN", "tn"), CUSTOM),
        c("delivery_notes", "free_text", "VARCHAR", g.sparse(note, 0.76, _words("no notes")), NULLWORD),
    ])


def mn_payroll_cobol(g: Gen) -> Table:
    """A Twin Cities dry-cleaning chain's payroll, a COBOL extract (padded CHAR, numbers for dates and phones)."""
    pairs = [v.person(g, "mn") for _ in range(g.rows)]
    places = [g.rnd.choice(v.MN_CITIES) for _ in range(g.rows)]
    supervisors = [x.upper() for x in _staff(g, 6, "mn")]
    hired = [g.day("2004-01-01", "2025-10-31") for _ in range(g.rows)]
    return Table("PRSSLEG.PR_EMPL_EXTRACT", "en", "cobol", [
        c("PR-EMPL-NO", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g, False)), "decoy", SHAPE, LEGACY),
        c("PR-LAST-NM", "last_name", "VARCHAR", _pad([b.upper() for _, b in pairs], 20), LEGACY),
        c("PR-FIRST-NM", "first_name", "VARCHAR", _pad([a.upper() for a, _ in pairs], 15), LEGACY),
        c("PR-SSN", "ssn", "BIGINT", [int(v.us_ssn(g, False)) if g.rnd.random() < 0.9 else 0 for _ in range(g.rows)],
          LEGACY),
        c("PR-BIRTH-DT", "date_of_birth", "INTEGER", [_ymd(g.birth(1958, 2006)) for _ in range(g.rows)], LEGACY),
        c("PR-HIRE-DT", N, "INTEGER", [_ymd(d) for d in hired], "decoy", LEGACY),
        c("PR-TERM-DT", N, "INTEGER", [_ymd(g.day("2025-01-01", "2025-11-30")) if g.rnd.random() < 0.2 else 0
                                       for _ in range(g.rows)], "decoy", LEGACY),
        c("PR-ADDR-1", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.MN_STREETS, "mn")), 30), LEGACY),
        c("PR-CITY", "city", "VARCHAR", _pad([p[0] for p in places], 18), LEGACY),
        c("PR-ST", N, "VARCHAR", ["MN"] * g.rows, "decoy", LEGACY),
        c("PR-ZIP", "postal_code", "INTEGER", [int(p[1]) for p in places], LEGACY),
        c("PR-PHONE", "phone", "BIGINT", [int(g.phone("US-MN", "digits")) if g.rnd.random() < 0.9 else 0
                                          for _ in range(g.rows)], LEGACY),
        c("PR-PLANT-CD", N, "VARCHAR", g.col(g.pick(["SP01", "SP02", "MP04", "RV07"])), "decoy", LEGACY),
        c("PR-JOB-CD", N, "VARCHAR", _pad(g.col(g.pick(["PRESSER", "SPOTTER", "CSR", "DRIVER", "TAILOR", "ASSEMBLER"])),
                                          10), "decoy", LEGACY),
        c("PR-PAY-RATE", N, "DECIMAL(7,2)", g.amounts(15.5, 27.0), "decoy", LEGACY),
        c("PR-DD-RTN", N, "VARCHAR", g.col(lambda: v.routing_number(g), 0.15), "decoy", SHAPE, LEGACY),
        c("PR-BENEF-NM", "person_name", "VARCHAR", _pad(g.col(lambda: v.whole(g, "mn").upper(), 0.65), 30), ROLE,
          HEAVY, LEGACY),
        c("PR-EMRG-NM", "person_name", "VARCHAR", _pad(g.col(lambda: v.whole(g, "mn").upper(), 0.2), 30), ROLE,
          LEGACY),
        c("PR-EMRG-PH", "phone", "BIGINT", [int(g.phone("US-MN", "digits")) if g.rnd.random() < 0.75 else 0
                                            for _ in range(g.rows)], ROLE, LEGACY),
        c("PR-SUPV-NM", "person_name", "VARCHAR", _pad(g.col(g.pick(supervisors)), 30), STAFF, LEGACY),
        c("PR-USER-FLD-1", "free_text", "VARCHAR", _pad(_custom(g, "US-MN", "mn"), 40), CUSTOM, LEGACY),
    ])


def mu_dry_clean(g: Gen) -> Table:
    """A Curepipe dry cleaner's customer accounts (camel case)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "mu")
        born = g.birth(1950, 2005)
        rows.append((a, b, born, v.mu_nid(g, b, born)))
    places = [g.rnd.choice(v.MU_TOWNS) for _ in range(g.rows)]
    counter = _staff(g, 5, "mu")
    branches = [("PressFresh Curepipe", "Royal Road, Curepipe Road", "curepipe@pressfresh.mu"),
                ("PressFresh Phoenix", "Les Halles, Phoenix", "phoenix@pressfresh.mu"),
                ("PressFresh Bagatelle", "Bagatelle Mall, Moka", "bagatelle@pressfresh.mu")]
    phones = [g.phone("MU", "national", False) for _ in branches]
    br = [g.rnd.randrange(len(branches)) for _ in range(g.rows)]
    return Table("pressFreshMu.customerAccounts", "en", "camel", [
        c("accountId", N, "BIGINT", g.keys(70_001), "decoy", KEY),
        c("ticketNo", N, "VARCHAR", g.col(lambda: g.code("CP-999999")), "decoy", SHAPE),
        c("firstName", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("surname", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("nicNumber", "national_id", "VARCHAR", [None if g.rnd.random() < 0.6 else r[3] for r in rows], HEAVY),
        c("dateOfBirth", "date_of_birth", "DATE", [None if g.rnd.random() < 0.55 else r[2] for r in rows], HEAVY),
        c("mobileNo", "phone", "VARCHAR", g.phones("MU", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.9, 0.05)),
        c("emailAddress", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["mu"]) if g.rnd.random() < 0.6
                                               else None for r in rows]),
        c("homeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.MU_STREETS, "mu"), 0.2)),
        c("town", "city", "VARCHAR", [p[0] for p in places]),
        c("postcode", "postal_code", "VARCHAR", [p[1] + g.digits(2) for p in places]),
        c("garmentType", N, "VARCHAR", g.col(g.pick(v.GARMENTS_EN)), "decoy"),
        c("serviceType", N, "VARCHAR", g.col(g.pick(["Dry clean", "Press only", "Wash & fold", "Stain treatment"])),
          "decoy"),
        c("amountMur", N, "DOUBLE", g.amounts(90, 1_800), "decoy"),
        c("branchName", N, "VARCHAR", [branches[i][0] for i in br], "business"),
        c("branchAddress", N, "VARCHAR", [branches[i][1] for i in br], "business"),
        c("branchPhone", N, "VARCHAR", [phones[i] for i in br], "business"),
        c("branchEmail", N, "VARCHAR", [branches[i][2] for i in br], "business"),
        c("counterStaff", "person_name", "VARCHAR", g.col(g.pick(counter)), STAFF),
        c("proxyCollectorName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "mu"), 0.8), ROLE, HEAVY),
        c("customField2", "free_text", "VARCHAR", _custom(g, "MU", "mu"), CUSTOM),
        c("brnNumber", N, "VARCHAR", ["C07051234"] * g.rows, "business", SHAPE),
        c("collectedAt", N, "TIMESTAMP", g.moments("2025-03-01", "2025-11-30", 0.15), "decoy"),
    ])


def lk_tailor(g: Gen) -> Table:
    """A Colombo tailor's measurement orders (Pascal case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.3
        a, b = v.person(g, "lk", female)
        born = g.birth(1960, 2007)
        rows.append((f"{a} {b}", born, v.lk_nic(g, born, female)))
    places = [g.rnd.choice(v.LK_CITIES) for _ in range(g.rows)]
    tailors = _staff(g, 4, "lk")

    def remark() -> str:
        return g.rnd.choice(["Wedding on the 14th, urgent", f"Brother {v.given(g, 'lk')} will also order",
                             "Slim fit, no pleats", f"Call wife {v.whole(g, 'lk')} if unreachable",
                             "Customer brings own fabric"])

    return Table("ColomboTailorHouse.MeasurementOrders", "en", "pascal", [
        c("OrderId", N, "BIGINT", g.keys(9_001), "decoy", KEY),
        c("CustomerName", "person_name", "VARCHAR", [r[0] for r in rows]),
        c("NicNumber", "national_id", "VARCHAR", [None if g.rnd.random() < 0.3 else r[2] for r in rows]),
        c("DateOfBirth", "date_of_birth", "DATE", [None if g.rnd.random() < 0.4 else r[1] for r in rows]),
        c("MobileNo", "phone", "VARCHAR", g.phones("LK", {"national": 0.7, "e164": 0.3}, 0.95)),
        c("Email", "email", "VARCHAR", [None if g.rnd.random() < 0.45 else v.name_email(g, r[0], "lk") for r in rows]),
        c("Address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.LK_STREETS, "lk"), 0.1)),
        c("City", "city", "VARCHAR", [p[0] for p in places]),
        c("PostalCode", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("GarmentType", N, "VARCHAR", g.col(g.pick(["Suit", "National dress", "Shirt", "Trouser", "Sherwani",
                                                     "Blazer"])), "decoy"),
        c("FabricSku", N, "VARCHAR", g.col(lambda: g.code("FAB-AA-9999")), "decoy", SHAPE),
        c("ChestIn", N, "DOUBLE", g.floats(32, 50, 1), "decoy"),
        c("WaistIn", N, "DOUBLE", g.floats(26, 46, 1), "decoy"),
        c("SleeveIn", N, "DOUBLE", g.floats(22, 27, 1), "decoy"),
        c("FittingDate", N, "DATE", g.days("2025-05-01", "2025-12-10"), "decoy"),
        c("DeliveryDate", N, "DATE", g.days("2025-05-15", "2025-12-24", 0.1), "decoy"),
        c("MasterTailor", "person_name", "VARCHAR", g.col(g.pick(tailors)), STAFF),
        c("CollectedByName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "lk"), 0.75), ROLE, HEAVY),
        c("Udf02", N, "VARCHAR", _plain(g, ["RACK-A04", "RACK-B12", "RACK-C07", "HOLD", "PRESS-2"]), "decoy", PLAIN),
        c("AdvancePaidLkr", N, "INTEGER", g.ints(2_000, 40_000), "decoy"),
        c("Remarks", "free_text", "VARCHAR", g.sparse(remark, 0.74, _words()), NULLWORD),
    ])


def my_dobi(g: Gen) -> Table:
    """A Kuching laundry's customer orders (SCREAMING case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        born = g.birth(1955, 2006)
        rows.append((v.my_name(g, female), born, v.mykad(g, born, female)))
    places = [g.rnd.choice(v.MY_CITIES) for _ in range(g.rows)]
    riders = _staff(g, 4, "my")
    outlets = [("Dobi Bersih Padungan", g.phone("MY", "national", False, "82")),
               ("Dobi Bersih Stutong", g.phone("MY", "national", False, "82")),
               ("Dobi Bersih Samarahan", g.phone("MY", "national", False, "82"))]
    out = [g.rnd.randrange(len(outlets)) for _ in range(g.rows)]
    collectors = []
    for _ in range(g.rows):
        if g.rnd.random() < 0.75:
            collectors.append((None, None))
        else:
            female = g.rnd.random() < 0.5
            collectors.append((v.my_name(g, female), v.mykad(g, g.birth(1955, 2006), female)))
    return Table("DOBI_KCH.CUSTOMER_ORDERS", "en", "screaming", [
        c("ORDER_NO", N, "VARCHAR", [f"KCH{i:07d}" for i in g.keys(300_001)], "decoy", KEY),
        c("RECEIPT_NO", N, "VARCHAR", g.col(lambda: v.mykad_decoy(g)), "decoy", SHAPE),
        c("CUSTOMER_NAME", "person_name", "VARCHAR", [r[0] for r in rows]),
        c("IC_NO", "national_id", "VARCHAR", [None if g.rnd.random() < 0.35 else r[2] for r in rows]),
        c("DATE_OF_BIRTH", "date_of_birth", "DATE", [None if g.rnd.random() < 0.4 else r[1] for r in rows]),
        c("PHONE_NO", "phone", "VARCHAR", g.phones("MY", {"national": 0.7, "e164": 0.3}, 0.95)),
        c("EMAIL", "email", "VARCHAR", [None if g.rnd.random() < 0.55 else v.name_email(g, r[0], "my") for r in rows],
          HEAVY),
        c("ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.MY_STREETS, "my"), 0.1)),
        c("CITY", "city", "VARCHAR", [p[0] for p in places]),
        c("POSTCODE", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("STATE", N, "VARCHAR", ["Sarawak"] * g.rows, "decoy"),
        c("SERVICE", N, "VARCHAR", g.col(g.pick(["Wash & Fold", "Wash & Iron", "Dry Clean", "Comforter", "Iron Only"])),
          "decoy"),
        c("WEIGHT_KG", N, "DOUBLE", g.floats(1, 15, 1), "decoy"),
        c("AMOUNT_RM", N, "DOUBLE", g.amounts(8, 180), "decoy"),
        c("AUTHORISED_COLLECTOR_NAME", "person_name", "VARCHAR", [x[0] for x in collectors], ROLE, HEAVY),
        c("AUTHORISED_COLLECTOR_IC", "national_id", "VARCHAR", [x[1] for x in collectors], ROLE, HEAVY),
        c("OUTLET_NAME", N, "VARCHAR", [outlets[i][0] for i in out], "business"),
        c("OUTLET_PHONE", N, "VARCHAR", [outlets[i][1] for i in out], "business"),
        c("RIDER_NAME", "person_name", "VARCHAR", g.col(g.pick(riders), 0.3), STAFF),
        c("CUSTOM_FIELD_3", "free_text", "VARCHAR", _custom(g, "MY", "my"), CUSTOM),
        c("CREATED_AT", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
    ])


def au_shoe_keys(g: Gen) -> Table:
    """An Adelaide shoe-repair and key-cutting counter's jobs (abbreviated snake case)."""
    pairs = [v.person(g, "au") for _ in range(g.rows)]
    places = [g.rnd.choice(v.AU_SUBURBS) for _ in range(g.rows)]
    techs = _staff(g, 4, "au")
    restricted = [g.rnd.random() < 0.2 for _ in range(g.rows)]
    shop_abn = v.abn(g)

    def note() -> str:
        return g.rnd.choice(["Heel worn to the block, advised full heel", f"Strata letter signed by {v.whole(g, 'au')}",
                             "Customer to bring 2nd boot", f"Pick up by partner {v.given(g, 'au')}",
                             "Glued, not stitched - no warranty"])

    return Table("heelkey_adl.rep_job", "en", "abbrev", [
        c("job_id", N, "BIGINT", g.keys(150_001), "decoy", KEY),
        c("job_tkt", N, "VARCHAR", g.col(lambda: g.code("NW-99999")), "decoy", SHAPE),
        c("cust_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("cust_lnm", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
        c("ctc_ph", "phone", "VARCHAR", g.phones("AU", {"national": 0.7, "e164": 0.3}, 1.0, 0.05), ABBREV),
        c("ctc_eml", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["au"]) if g.rnd.random() < 0.65 else None
                                          for a, b in pairs], ABBREV),
        c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au"), 0.35), ABBREV),
        c("addr_sub", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("addr_pc", "postal_code", "VARCHAR", [p[1] for p in places], ABBREV),
        c("dl_no", "national_id", "VARCHAR", [g.code(g.rnd.choice(["A99999", "AZ9999", "999999"])) if r and
                                              g.rnd.random() < 0.9 else None for r in restricted], ABBREV, HEAVY),
        c("key_sys_no", N, "VARCHAR", [g.code("AAA-SYS-9999") if r else None for r in restricted], "decoy", SHAPE),
        c("auth_sgn_nm", "person_name", "VARCHAR", [v.whole(g, "au") if r else None for r in restricted], ROLE,
          HEAVY, ABBREV),
        c("itm_desc", N, "VARCHAR", g.col(g.pick(v.SHOE_JOBS)), "decoy"),
        c("due_dt", N, "DATE", g.days("2025-04-01", "2025-12-20"), "decoy"),
        c("amt_inc_gst", N, "DOUBLE", g.amounts(9, 185), "decoy"),
        c("pmt_lst4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.3), "decoy"),
        c("tech_nm", "person_name", "VARCHAR", g.col(g.pick(techs)), STAFF, ABBREV),
        c("shop_abn", N, "VARCHAR", [shop_abn] * g.rows, "business", SHAPE),
        c("pos_ver", N, "VARCHAR", g.col(g.version), "decoy", SHAPE),
        c("jb_nt", "free_text", "VARCHAR", g.sparse(note, 0.78, _words()), NULLWORD, ABBREV),
    ])


def hk_app_staging(g: Gen) -> Table:
    """A Hong Kong laundry pick-up app's orders, landed as an opaque staging table."""
    names = [v.hk_name(g) for _ in range(g.rows)]

    def coords() -> str:
        return f"{g.rnd.uniform(22.28, 22.45):.5f},{g.rnd.uniform(113.98, 114.27):.5f}"

    def note() -> str:
        return g.rnd.choice(["Leave with security guard at lobby", f"Call {v.hk_name(g)} on arrival",
                             "Locker jammed, re-delivered", "Please use fragrance-free"])

    return Table("stg_washapp_hk.src_order_raw", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", names, OPAQUE),
        c("col03", "national_id", "VARCHAR", g.col(lambda: v.hkid(g), 0.7), OPAQUE, HEAVY),
        c("col04", "phone", "VARCHAR", g.phones("HK", {"national": 0.5, "e164": 0.3, "intl": 0.2}), OPAQUE),
        c("col05", "email", "VARCHAR", [v.hk_email(g, n) if g.rnd.random() < 0.8 else None for n in names], OPAQUE),
        c("col06", "street_address", "VARCHAR", g.col(lambda: v.street(g, [], "hk"), 0.05), OPAQUE),
        c("col07", "city", "VARCHAR", g.col(g.pick(v.HK_DISTRICTS)), OPAQUE),
        c("col08", N, "TIMESTAMP", g.moments("2025-09-01", "2025-11-30"), "decoy", OPAQUE),
        c("col09", N, "VARCHAR", g.col(lambda: v.hkid_decoy(g)), "decoy", SHAPE, OPAQUE),
        c("col10", N, "VARCHAR", g.col(lambda: g.code("LK-9999-99")), "decoy", SHAPE, OPAQUE),
        c("col11", N, "VARCHAR", g.col(coords), "decoy", OPAQUE),
        c("col12", N, "VARCHAR", g.col(g.version), "decoy", SHAPE, OPAQUE),
        c("col13", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2)), OPAQUE),
        c("col14", USERNAME, "VARCHAR", [f"{v.plain(n.split()[0])}{g.rnd.randint(1, 999)}" for n in names], "username",
          OPAQUE),
        c("col15", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c("col16", N, "VARCHAR", _plain(g, ["WASH20", "NEWUSER", "DUVET50", "AUTUMN15"], 0.6), "decoy", PLAIN, OPAQUE),
        c("col17", N, "DOUBLE", g.amounts(60, 680), "decoy", OPAQUE),
        c("col18", "free_text", "VARCHAR", g.sparse(note, 0.8, _words()), NULLWORD, OPAQUE),
    ])


def bm_tailor(g: Gen) -> Table:
    """A Hamilton (Bermuda) tailor's client sheet (a spreadsheet's title-case names)."""
    parishes = [g.rnd.choice(v.BM_PARISHES) for _ in range(g.rows)]
    tailors = _staff(g, 3, "bm")
    names = [v.whole(g, "bm") for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Bermuda shorts x3, navy and coral", f"Referred by {v.whole(g, 'bm')}",
                             "Lining in club colours", f"Wife {v.given(g, 'bm')} to collect", "Rush for Cup Match"])

    return Table("hamilton_tailoring.Client Measurements", "en", "spreadsheet", [
        c("Order #", N, "VARCHAR", [f"HT-{i}" for i in g.keys(2_401)], "decoy", KEY),
        c("Client Name", "person_name", "VARCHAR", names),
        c("Cell", "phone", "VARCHAR", g.phones("BM", {"national": 0.5, "dashes": 0.4, "e164": 0.1}, 0.9)),
        c("E-mail", "email", "VARCHAR", [None if g.rnd.random() < 0.3 else v.name_email(g, n, "bm") for n in names]),
        c("Street Address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.BM_STREETS, "bm"), 0.2)),
        c("Parish", "city", "VARCHAR", [p[0] for p in parishes]),
        c("Postcode", "postal_code", "VARCHAR", [f"{p[1]} {g.rnd.randint(1, 20):02d}" for p in parishes]),
        c("Waist (in)", N, "DOUBLE", g.floats(28, 46, 1), "decoy"),
        c("Inseam (in)", N, "DOUBLE", g.floats(8, 34, 1), "decoy"),
        c("Fabric", N, "VARCHAR", g.col(g.pick(["Linen - coral", "Cotton twill - navy", "Wool blend - charcoal",
                                                "Seersucker"])), "decoy"),
        c("Wedding Party Of", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "bm"), 0.75), ROLE, HEAVY),
        c("Fitting Date", N, "DATE", g.days("2025-03-01", "2025-11-30"), "decoy"),
        c("Tailor", "person_name", "VARCHAR", g.col(g.pick(tailors)), STAFF),
        c("Deposit (BMD)", N, "DOUBLE", g.amounts(50, 600), "decoy"),
        c("Misc 2", N, "VARCHAR", _plain(g, ["LN-04", "LN-11", "LN-17", "NO LINING"]), "decoy", PLAIN),
        c("Notes", "free_text", "VARCHAR", g.sparse(note, 0.72, _words("TBC")), NULLWORD),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def nl_wasserij(g: Gen) -> Table:
    """An Arnhem industrial laundry's staff (Dutch, snake case)."""
    pairs = [v.person(g, "nl") for _ in range(g.rows)]
    places = [g.rnd.choice(v.NL_CITIES) for _ in range(g.rows)]
    bosses = _staff(g, 5, "nl")
    banks = ["INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "BUNQ"]

    def postcode(prefix: str) -> str:
        digits = prefix + g.digits(4 - len(prefix), "123456789")
        return f"{digits} {g.code('AA').replace('S', 'T')}"

    return Table("wasserij_rijnstad.medewerkers", "nl", "snake", [
        c("medewerker_id", N, "BIGINT", g.keys(1_001), "decoy", KEY),
        c("personeelsnummer", N, "VARCHAR", g.col(lambda: v.bsn_decoy(g)), "decoy", SHAPE),
        c("voornaam", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("tussenvoegsel", "last_name", "VARCHAR", g.col(g.pick(["van", "de", "van den", "van der", "ter", "van 't"]),
                                                         0.65), HEAVY),
        c("achternaam", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("bsn", "national_id", "VARCHAR", g.col(lambda: v.bsn(g), 0.05)),
        c("geboortedatum", "date_of_birth", "DATE", g.births(1960, 2007)),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "NL", g.rnd.choice(banks), 14), 0.05)),
        c("straat_huisnummer", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NL_STREETS, "nl"))),
        c("postcode", "postal_code", "VARCHAR", [postcode(p[1]) for p in places]),
        c("woonplaats", "city", "VARCHAR", [p[0] for p in places]),
        c("telefoon", "phone", "VARCHAR", g.phones("NL", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.9)),
        c("e_mail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["nl"]) if g.rnd.random() < 0.8 else None
                                         for a, b in pairs]),
        c("noodcontact_naam", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nl"), 0.15), ROLE),
        c("noodcontact_telefoon", "phone", "VARCHAR", g.phones("NL", {"national": 0.8, "intl": 0.2}, 0.9, 0.2), ROLE),
        c("functie", N, "VARCHAR", g.col(g.pick(["strijker", "mangelaar", "chauffeur", "sorteerder",
                                                 "heftruckchauffeur", "expeditie"])), "decoy"),
        c("ploeg", N, "VARCHAR", g.col(g.pick(["vroeg", "laat", "dag"])), "decoy"),
        c("kluisnummer", N, "INTEGER", g.ints(1, 420), "decoy"),
        c("in_dienst_sinds", N, "DATE", g.days("2008-01-01", "2025-10-01"), "decoy"),
        c("leidinggevende", "person_name", "VARCHAR", g.col(g.pick(bosses)), STAFF),
        c("vrij_veld_2", N, "VARCHAR", _plain(g, ["schort M", "schort L", "schort XL", "geen schort"]), "decoy", PLAIN),
        c("vestiging_telefoon", N, "VARCHAR", [g.phone("NL", "national", False, "26")] * g.rows, "business"),
    ])


def pl_pralnia(g: Gen) -> Table:
    """A Białystok dry cleaner's damage claims (Polish, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "pl", female)
        born = g.birth(1950, 2006)
        known = g.rnd.random() < 0.4
        rows.append((a, b, born if known else None, v.pesel(g, born, female) if known else None))
    places = [g.rnd.choice(v.PL_CITIES) for _ in range(g.rows)]
    assessors = _staff(g, 3, "pl")
    shop_nip = v.nip(g)

    def postcode(p: str) -> str:
        return p if "-" in p else f"{p}-{g.rnd.randint(1, 999):03d}"

    def note() -> str:
        return g.rnd.choice(["Klient nie zgadza się z wyceną", f"Odbiór przez żonę, {v.given(g, 'pl')}",
                             "Metka bez symboli konserwacji", f"Rozmawiał z {v.whole(g, 'pl')}",
                             "Zwrot na konto po akceptacji"])

    return Table("pralnia_bialystok.reklamacje", "pl", "snake", [
        c("nr_reklamacji", N, "VARCHAR", [f"REK/2025/{i:04d}" for i in g.keys(1)], "decoy", KEY),
        c("nr_kwitu", N, "VARCHAR", g.col(lambda: g.code("B-999999")), "decoy", SHAPE),
        c("imie", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("nazwisko", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("pesel", "national_id", "VARCHAR", [r[3] for r in rows], HEAVY),
        c("data_urodzenia", "date_of_birth", "DATE", [r[2] for r in rows], HEAVY),
        c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.7, "intl": 0.3}, 0.9)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["pl"]) if g.rnd.random() < 0.7 else None
                                        for r in rows]),
        c("ulica", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PL_STREETS, "pl"))),
        c("kod_pocztowy", "postal_code", "VARCHAR", [postcode(p[1]) for p in places]),
        c("miejscowosc", "city", "VARCHAR", [p[0] for p in places]),
        c("rachunek_do_zwrotu", "iban", "VARCHAR", g.col(lambda: v.iban(g, "PL", g.rnd.choice(
            ["10201", "10501", "11402", "12401", "10901"]), 24), 0.55), HEAVY),
        c("kwota_odszkodowania", N, "DOUBLE", g.amounts(40, 1_500), "decoy"),
        c("opis_szkody", N, "VARCHAR", g.col(g.pick(["przebarwienie", "skurczenie", "rozdarcie podszewki",
                                                     "zgubiony guzik", "plama po czyszczeniu"])), "decoy"),
        c("pelnomocnik", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "pl"), 0.85), ROLE, HEAVY),
        c("rzeczoznawca", "person_name", "VARCHAR", g.col(g.pick(assessors)), STAFF),
        c("data_zgloszenia", N, "DATE", g.days("2025-01-02", "2025-11-28"), "decoy"),
        c("nr_faktury", N, "VARCHAR", g.col(lambda: v.pesel_decoy(g)), "decoy", SHAPE),
        c("nip_pralni", N, "VARCHAR", [shop_nip] * g.rows, "business", SHAPE),
        c("pole_dodatkowe_2", "free_text", "VARCHAR", _custom(g, "PL", "pl"), CUSTOM),
        c("uwagi", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("brak", "b.d.")), NULLWORD),
    ])


def tr_kuru_temizleme(g: Gen) -> Table:
    """A Kayseri dry cleaner's orders (Turkish, snake case)."""
    pairs = [v.person(g, "tr") for _ in range(g.rows)]
    places = [g.rnd.choice(v.TR_DISTRICTS) for _ in range(g.rows)]
    cashiers = _staff(g, 4, "tr")
    shop_vkn = v.vkn(g)
    shop_phone = g.phone("TR", "national", False, "352")
    return Table("kuru_temizleme_erciyes.siparisler", "tr", "snake", [
        c("siparis_id", N, "BIGINT", g.keys(500_001), "decoy", KEY),
        c("fis_no", N, "VARCHAR", g.col(lambda: g.code("KT-999999")), "decoy", SHAPE),
        c("musteri_adi", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("musteri_soyadi", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("tc_kimlik_no", "national_id", "VARCHAR", g.col(lambda: v.tckn(g), 0.65), HEAVY),
        c("cep_telefonu", "phone", "VARCHAR", g.phones("TR", {"national": 0.7, "e164": 0.3}, 1.0)),
        c("eposta", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["tr"]) if g.rnd.random() < 0.6 else None
                                         for a, b in pairs]),
        c("adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.TR_STREETS, "tr"), 0.2)),
        c("ilce", "city", "VARCHAR", [p[0] for p in places]),
        c("il", N, "VARCHAR", ["Kayseri"] * g.rows, "decoy"),
        c("posta_kodu", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("urun", N, "VARCHAR", g.col(g.pick(["Takım elbise", "Gömlek", "Mont", "Gelinlik", "Halı", "Yorgan",
                                              "Perde"])), "decoy"),
        c("hizmet", N, "VARCHAR", g.col(g.pick(["Kuru temizleme", "Ütü", "Yıkama", "Leke çıkarma"])), "decoy"),
        c("tutar_tl", N, "DOUBLE", g.amounts(80, 2_400), "decoy"),
        c("teslim_alan", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "tr"), 0.7), ROLE, HEAVY),
        c("kasiyer", "person_name", "VARCHAR", g.col(g.pick(cashiers)), STAFF),
        c("sube_telefonu", N, "VARCHAR", [shop_phone] * g.rows, "business"),
        c("vergi_no", N, "VARCHAR", [shop_vkn] * g.rows, "business", SHAPE),
        c("e_arsiv_seri_no", N, "VARCHAR", g.col(lambda: v.tckn_decoy(g), 0.2), "decoy", SHAPE),
        c("ozel_alan_1", N, "VARCHAR", _plain(g, ["askı-A", "askı-B", "katlı", "poşetli"]), "decoy", PLAIN),
        c("teslim_tarihi", N, "DATE", g.days("2025-02-01", "2025-12-15"), "decoy"),
    ])


def kw_laundry(g: Gen) -> Table:
    """A Salmiya laundry's delivery orders (Arabic column names and values)."""
    rows = []
    for _ in range(g.rows):
        born = g.birth(1955, 2006)
        rows.append((v.whole(g, "ar"), born, v.kw_civil(g, born)))
    drivers = _staff(g, 5, "ar")
    shop_phone = g.phone("KW", "national", False)

    def note() -> str:
        return g.rnd.choice(["الرجاء الاتصال قبل الوصول", f"التسليم إلى الحارس {v.given(g, 'ar')}",
                             "بدون نشا على الدشاديش", f"العميل {v.whole(g, 'ar')} يطلب كوي فقط"])

    return Table("مغسلة_السالمية.طلبات_التوصيل", "ar", "snake", [
        c("رقم_الطلب", N, "BIGINT", g.keys(880_001), "decoy", KEY),
        c("اسم_العميل", "person_name", "VARCHAR", [r[0] for r in rows]),
        c("الرقم_المدني", "national_id", "VARCHAR", [None if g.rnd.random() < 0.4 else r[2] for r in rows]),
        c("تاريخ_الميلاد", "date_of_birth", "DATE", [None if g.rnd.random() < 0.7 else r[1] for r in rows], HEAVY),
        c("رقم_الهاتف", "phone", "VARCHAR", g.phones("KW", {"national": 0.7, "e164": 0.3}, 0.95)),
        c("البريد_الإلكتروني", "email", "VARCHAR", [None if g.rnd.random() < 0.6 else v.name_email(g, r[0], "ar")
                                                   for r in rows], HEAVY),
        c("المنطقة", "city", "VARCHAR", g.col(g.pick(v.KW_AREAS))),
        c("العنوان", "street_address", "VARCHAR", g.col(lambda: v.street(g, [], "ar"), 0.05)),
        c("نوع_الخدمة", N, "VARCHAR", g.col(g.pick(["غسيل وكوي", "كوي فقط", "تنظيف جاف", "سجاد"])), "decoy"),
        c("عدد_القطع", N, "INTEGER", g.ints(1, 40), "decoy"),
        c("المبلغ", N, "DOUBLE", g.floats(0.5, 25, 3), "decoy"),
        c("اسم_المستلم", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ar"), 0.7), ROLE, HEAVY),
        c("السائق", "person_name", "VARCHAR", g.col(g.pick(drivers)), STAFF),
        c("رقم_الفاتورة", N, "VARCHAR", g.col(lambda: v.kw_civil_decoy(g)), "decoy", SHAPE),
        c("هاتف_الفرع", N, "VARCHAR", [shop_phone] * g.rows, "business"),
        c("رقم_الرخصة_التجارية", N, "VARCHAR", ["2019/48213"] * g.rows, "business", SHAPE),
        c("حقل_إضافي_2", "free_text", "VARCHAR", _custom(g, "KW", "ar"), CUSTOM),
        c("ملاحظات", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("لا يوجد", "غير معروف")), NULLWORD),
    ])


def id_laundry(g: Gen) -> Table:
    """A Makassar kilo-wash laundry's transactions (Indonesian, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.6
        a, b = v.person(g, "id", female)
        place = g.rnd.choice(v.ID_CITIES)
        member = g.rnd.random() < 0.3
        born = g.birth(1960, 2006)
        rows.append((f"{a} {b}", place, born if member else None, v.nik(g, place[1], born, female) if member else None))
    couriers = _staff(g, 4, "id")
    outlets = ["Laundry Bersih Wangi Panakkukang", "Laundry Bersih Wangi Tamalanrea", "Laundry Bersih Wangi Gowa"]

    def note() -> str:
        return g.rnd.choice(["Pisahkan baju putih", f"Diantar ke kos, titip ke {v.given(g, 'id')}", "Tanpa pewangi",
                             f"Pelanggan atas nama {v.whole(g, 'id')}, bayar saat antar"])

    return Table("laundry_kiloan_makassar.transaksi", "id", "snake", [
        c("no_nota", N, "VARCHAR", [f"LBW/{i:06d}" for i in g.keys(120_001)], "decoy", KEY),
        c("nama_pelanggan", "person_name", "VARCHAR", [r[0] for r in rows]),
        c("nik", "national_id", "VARCHAR", [r[3] for r in rows], HEAVY),
        c("tanggal_lahir", "date_of_birth", "DATE", [r[2] for r in rows], HEAVY),
        c("no_hp", "phone", "VARCHAR", g.phones("ID", {"national": 0.7, "e164": 0.3}, 1.0)),
        c("email", "email", "VARCHAR", [None if g.rnd.random() < 0.65 else v.name_email(g, r[0], "id") for r in rows],
          HEAVY),
        c("alamat", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ID_STREETS, "id"), 0.15)),
        c("kota", "city", "VARCHAR", [r[1][0] for r in rows]),
        c("kode_pos", "postal_code", "VARCHAR", [r[1][2] + g.digits(2) for r in rows]),
        c("layanan", N, "VARCHAR", g.col(g.pick(["Cuci kering setrika", "Cuci kering", "Setrika saja", "Express 6 jam",
                                                 "Bed cover"])), "decoy"),
        c("berat_kg", N, "DOUBLE", g.floats(1, 12, 1), "decoy"),
        c("total_rp", N, "INTEGER", [g.rnd.randint(7, 150) * 1_000 for _ in range(g.rows)], "decoy"),
        c("metode_bayar", N, "VARCHAR", g.col(g.pick(["Tunai", "QRIS", "Transfer"])), "decoy"),
        c("ref_qris", N, "VARCHAR", g.col(lambda: g.code("QR99999999999999"), 0.6), "decoy", SHAPE),
        c("nama_penerima", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "id"), 0.7), ROLE, HEAVY),
        c("kurir", "person_name", "VARCHAR", g.col(g.pick(couriers), 0.4), STAFF),
        c("nama_outlet", N, "VARCHAR", g.col(g.pick(outlets)), "business"),
        c("npwp_outlet", N, "VARCHAR", ["01.234.567.8-801.000"] * g.rows, "business", SHAPE),
        c("kolom_tambahan_1", N, "VARCHAR", _plain(g, ["pewangi sakura", "pewangi lavender", "tanpa pewangi"]),
          "decoy", PLAIN),
        c("waktu_masuk", N, "TIMESTAMP", g.moments("2025-05-01", "2025-11-30"), "decoy"),
        c("catatan", "free_text", "VARCHAR", g.sparse(note, 0.77, _words("tidak ada", "kosong")), NULLWORD),
    ])


def ph_sapatero(g: Gen) -> Table:
    """A Marikina shoe-repair shop's job orders (Tagalog, snake case)."""
    pairs = [v.person(g, "tl") for _ in range(g.rows)]
    places = [g.rnd.choice(v.PH_CITIES) for _ in range(g.rows)]
    seniors = [g.rnd.random() < 0.25 for _ in range(g.rows)]
    cobblers = _staff(g, 4, "tl")

    def note() -> str:
        return g.rnd.choice(["Pinalitan ang swelas, goma", f"Kukunin ng anak na si {v.given(g, 'tl')}",
                             "Tinahi ang gilid, walang garantiya", f"Tumawag si {v.whole(g, 'tl')} para mag-follow up"])

    return Table("sapatero_marikina.mga_order", "tl", "snake", [
        c("numero_ng_order", N, "BIGINT", g.keys(20_001), "decoy", KEY),
        c("pangalan", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("gitnang_pangalan", "last_name", "VARCHAR", g.col(lambda: v.person(g, "tl")[1], 0.2)),
        c("apelyido", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("numero_ng_cellphone", "phone", "VARCHAR", g.phones("PH", {"national": 0.7, "e164": 0.3}, 1.0)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["tl"]) if g.rnd.random() < 0.4 else None
                                        for a, b in pairs], HEAVY),
        c("tirahan", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PH_STREETS, "tl"), 0.1)),
        c("lungsod", "city", "VARCHAR", [p[0] for p in places]),
        c("zip_code", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("senior_citizen_id", "national_id", "VARCHAR", [g.code("MKN-99999") if s else None for s in seniors], HEAVY),
        c("pwd_id", "national_id", "VARCHAR", [g.code("13-7407-999-9999999") if g.rnd.random() < 0.07 else None
                                               for _ in range(g.rows)], HEAVY),
        c("petsa_ng_kapanganakan", "date_of_birth", "DATE", [g.birth(1935, 1965) if s else None for s in seniors],
          HEAVY),
        c("uri_ng_sapatos", N, "VARCHAR", g.col(g.pick(["Leather shoes", "Rubber shoes", "Bota", "Sandalyas",
                                                        "Takong"])), "decoy"),
        c("serbisyo", N, "VARCHAR", g.col(g.pick(["Resole", "Tahi", "Palit takong", "Linis at pintura", "Palit zipper"])),
          "decoy"),
        c("halaga", N, "INTEGER", g.ints(80, 1_500), "decoy"),
        c("takdang_petsa", N, "DATE", g.days("2025-04-01", "2025-12-20"), "decoy"),
        c("sapatero", "person_name", "VARCHAR", g.col(g.pick(cobblers)), STAFF),
        c("pangalan_ng_kukuha", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "tl"), 0.75), ROLE, HEAVY),
        c("resibo_blg", N, "VARCHAR", g.col(lambda: g.code("OR-9999999")), "decoy", SHAPE),
        c("tin_ng_tindahan", N, "VARCHAR", ["412-885-307-000"] * g.rows, "business", SHAPE),
        c("dagdag_na_field_1", "free_text", "VARCHAR", _custom(g, "PH", "tl"), CUSTOM),
        c("tala", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("wala", "hindi alam")), NULLWORD),
    ])


def ke_fundi(g: Gen) -> Table:
    """A Mombasa tailor's orders (Swahili, snake case)."""
    names = [v.whole(g, "sw") for _ in range(g.rows)]
    places = [g.rnd.choice(v.KE_TOWNS) for _ in range(g.rows)]
    uniforms = [g.rnd.random() < 0.3 for _ in range(g.rows)]
    fundis = _staff(g, 3, "sw")

    def garment(u: bool) -> str:
        return "Sare ya shule" if u else g.rnd.choice(["Kanzu", "Buibui", "Suti", "Gauni la kitenge", "Shati"])

    def note() -> str:
        return g.rnd.choice(["Ameomba vifungo vya dhahabu", f"Atachukua kaka yake {v.given(g, 'sw')}",
                             "Kitambaa kimeletwa na mteja", f"Piga simu kwa {v.whole(g, 'sw')} kabla ya Ijumaa"])

    return Table("fundi_cherehani_mombasa.oda_za_wateja", "sw", "snake", [
        c("namba_ya_oda", N, "BIGINT", g.keys(3_301), "decoy", KEY),
        c("jina_la_mteja", "person_name", "VARCHAR", names),
        c("namba_ya_kitambulisho", "national_id", "VARCHAR", g.col(lambda: str(g.rnd.randint(2, 3)) + g.digits(7),
                                                                   0.55), HEAVY),
        c("kra_pin", "national_id", "VARCHAR", g.col(lambda: v.ke_pin(g), 0.85), HEAVY),
        c("simu", "phone", "VARCHAR", g.phones("KE", {"national": 0.6, "e164": 0.4}, 1.0)),
        c("barua_pepe", "email", "VARCHAR", [None if g.rnd.random() < 0.7 else v.name_email(g, n, "sw") for n in names],
          HEAVY),
        c("mtaa", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.KE_STREETS, "sw"), 0.25)),
        c("mji", "city", "VARCHAR", [p[0] for p in places]),
        c("msimbo_wa_posta", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("aina_ya_vazi", N, "VARCHAR", [garment(u) for u in uniforms], "decoy"),
        c("kitambaa", N, "VARCHAR", g.col(g.pick(["Kitenge", "Kikoi", "Pamba", "Polyester", "Hariri"])), "decoy"),
        c("vipimo", N, "VARCHAR", g.col(lambda: f"kifua {g.rnd.randint(24, 48)}, kiuno {g.rnd.randint(20, 42)}"),
          "decoy"),
        c("jina_la_mzazi_au_mlezi", "person_name", "VARCHAR", [v.whole(g, "sw") if u else None for u in uniforms],
          ROLE, HEAVY),
        c("simu_ya_mzazi", "phone", "VARCHAR", [g.phone("KE", "national") if u else None for u in uniforms], ROLE,
          HEAVY),
        c("fundi", "person_name", "VARCHAR", g.col(g.pick(fundis)), STAFF),
        c("bei_ksh", N, "INTEGER", [g.rnd.randint(5, 90) * 100 for _ in range(g.rows)], "decoy"),
        c("msimbo_wa_mpesa", N, "VARCHAR", g.col(lambda: v.mpesa_code(g), 0.3), "decoy", SHAPE),
        c("pin_ya_duka", N, "VARCHAR", ["P051487362K"] * g.rows, "business", SHAPE),
        c("tarehe_ya_kuchukua", N, "DATE", g.days("2025-01-06", "2025-12-19"), "decoy"),
        c("sehemu_ya_ziada_2", N, "VARCHAR", _plain(g, ["uzi mweusi", "uzi mweupe", "uzi wa dhahabu"]), "decoy", PLAIN),
        c("maelezo", "free_text", "VARCHAR", g.sparse(note, 0.76, _words("hakuna", "haijulikani")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (tn_wash_fold, 800), (mn_payroll_cobol, 650), (mu_dry_clean, 600), (lk_tailor, 450), (my_dobi, 700),
    (au_shoe_keys, 500), (hk_app_staging, 800), (bm_tailor, 250), (nl_wasserij, 400), (pl_pralnia, 350),
    (tr_kuru_temizleme, 750), (kw_laundry, 600), (id_laundry, 800), (ph_sapatero, 500), (ke_fundi, 450),
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
