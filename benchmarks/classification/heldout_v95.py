"""Held-out set v95 for the column classifier: 15 tables of *gig economy, freelance marketplaces and creator
platforms*, one system per table and each a different organisation, eight with English column names and seven in
German (an SAP-style table), Spanish (Mexico), Brazilian Portuguese, Polish, Turkish, Japanese (kanji and katakana
names and values) and Indonesian:

* ``gigmarket_kyc.seller_accounts``: a Brooklyn freelance marketplace's sellers with KYC documents and W-9 fields
  (SSN or EIN by row, Stripe-like ``acct_`` ids, order references shaped like SSNs failing the check);
* ``TalentDesk.TalentRoster``: a London influencer agency's talent roster (Pascal case: handles, NI numbers,
  managers, guardians of under-18 talent, the agency's line);
* ``taskerHub.taskerProfiles``: a Nairobi home-services platform's taskers (camel case: national ID, KRA PIN, M-Pesa
  number, next of kin);
* ``CREATORPAY.PAYOUT_RECIPIENTS``: a creator platform's W-8BEN payout recipients in Spain, Germany and France
  (SCREAMING case: foreign TIN, IBAN, payout tokens, the last login IP);
* ``tutr_mkt.ttr_profiles``: a Bengaluru tutoring marketplace's tutors (abbreviated: PAN, Aadhaar, PIN codes, a
  parent contact, bank account, GSTIN-shaped codes);
* ``stg_shiftly.raw_shift_workers``: a Chicago restaurant-shift staffing app's staging export (``col01`` to
  ``col18``, ``col17`` a phone, an e-mail or a name by row);
* ``DLVRLIB.NR1099P``: a Houston delivery app's AS/400 1099-NEC recipient file for couriers (prefix ``NR``, padded
  CHAR, SSN, ZIP and phone as numbers, the birth date as ``CYYMMDD``, ``NRUDF2`` an e-mail);
* ``va_market.contracts``: a Manila virtual-assistant marketplace's contracts (GCash numbers, TINs, the US client);
* ``SAPMM.ZUEB_UEBERSETZER``: a Leipzig translation marketplace's SAP-style translator master (``GBDAT`` as DATS
  text, Steuer-ID, IBAN, ``ZZFELD2`` mixed by row);
* ``onboarding_conductores.solicitudes``: a Mexico City ride-hailing driver onboarding (CURP, RFC, licence, CLABE,
  plates, folios failing the CURP check);
* ``entregas.entregadoresCadastro``: a Recife food-delivery app's couriers and motorbikes (CPF, CNH, PIX keys,
  order codes failing the CPF check);
* ``zlota_raczka.zlecenia``: a Łódź handyman platform's jobs (PESEL, NIP, the customer's home, case numbers failing
  the PESEL check);
* ``patidost.bakiciRezervasyonlari``: an Istanbul pet-sitting app's bookings (T.C. kimlik no, IBAN, the owner's
  home, pet names, ``ozelAlan2`` mixed by row);
* ``ファンクラブ.会員名簿``: a Tokyo creator platform's fan-club subscriber list;
* ``desainku.pencairan_dana``: a Yogyakarta design marketplace's payouts (NIK encoding the birth date and sex, NPWP,
  bank accounts).

Written **blind**, like v2 to v92: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how the
scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v27 (its modules, its
test and ``tests/heldout_support.py``), the module docstrings of v24 to v92 (to avoid their domains) and the
``Column``/``Table`` classes and writer of v2 and v4. The classifier was not run on this set while it was written, no
scorer was run on it, and no score was looked at. It was written under a short deadline (25 minutes, the tests and
lint included), so some labels are quick decisions rather than settled conventions.

Labeling choices a reader may question:

* a US SSN and a UK National Insurance number are ``ssn``; a KRA PIN, a Kenyan ID number, PAN, Aadhaar, a Philippine
  TIN, a Steuer-ID, CURP, RFC, CPF, CNH, PESEL, T.C. kimlik no, NIK, NPWP and driving licences are ``national_id``;
  a W-9 EIN, a Polish NIP, a CNPJ/MEI number and GSTIN-shaped codes are ``none`` (tag ``business``), though a sole
  trader's EIN or NIP points at one person;
* a seller's shop name, a creator's handle, a fan-club nickname and clerks' logins are ``unclassified`` (tag
  ``username``); bank account numbers without an IBAN (CLABE, Indian and Indonesian accounts) are ``unclassified``
  (tag ``bank_account``);
* opaque fields holding by row a phone, an e-mail or a name (``col17``, ``ZZFELD2``, ``ozelAlan2``) and a PIX key
  (a CPF, an e-mail or a phone by row) are ``free_text`` (tag ``mixed_kinds``); ``NRUDF2``, holding only e-mails, is
  ``email``;
* Stripe-like account ids, payout and payment tokens, gig ids, ratings, plates, RENAVAM numbers and pet names are
  ``none``; a card's last four digits are ``none`` (tag ``partial``);
* a customer's home where a handyman or a pet sitter works is ``street_address`` (tag ``premises``); a colonia, an
  estate, a kecamatan and an ilçe are ``city``; a US state and an alcaldía are ``none``;
* next of kin, guardians, parents, clients, customers, owners and sitters are personal (tag ``role_word``); KYC
  reviewers, talent managers and onboarding reviewers are staff (``person_name``, tag ``staff``);
* a name in katakana (``フリガナ``) is ``person_name``; a beneficial owner's signature name is ``person_name``;
* a numeric SSN, ZIP and phone and a ``CYYMMDD`` or DATS birth date keep their kinds.

Labeling rules otherwise as v27. ``null_heavy`` means 50-95% NULL, ``nullword_heavy`` 70-95% NULL words.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v95_values`, written for v95 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v95 [PATH]`` (default ``/tmp/heldout_v95.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v95``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v95_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v95_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v95.duckdb")

NULLWORD = "nullword_heavy"
HEAVY = "null_heavy"
SHAPE = "value_shape"
STAFF = "staff"
ROLE = "role_word"
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
SERVICE = "service_account"
PREMISES = "premises"
KEY = "join_key"
TOKEN = "tokenized"
PARTIAL = "partial"
CHECK = "check_digit"
LEGACY = "legacy"
PADDED = "padded"
INT_DATE = "int_date"
NUMERIC = "numeric_id"
OPAQUE = "opaque"
MIXED = "mixed_kinds"
BANK = "bank_account"
PLACEHOLDER = "placeholder"
RATING = "rating"
JSON = "json_blob"
VEHICLE = "vehicle"


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "n/a", "unknown", "NULL") + extra


def _staff(g: Gen, n: int, make: Callable[[Gen], str] = v.whole) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _dirty(g: Gen, values: list, share: float, placeholders: list[str]) -> list:
    return [g.rnd.choice(placeholders) if x is not None and g.rnd.random() < share else x for x in values]


def _mixed(g: Gen, loc: str, region: str, null: float = 0.3) -> list:
    """By row a phone, an e-mail address or a name (``free_text``, tag ``mixed_kinds``)."""
    def one() -> str:
        r = g.rnd.random()
        if r < 0.4:
            return g.phone(region, "intl")
        if r < 0.7:
            a, b = v.person(g, loc)
            return v.email_of(g, a, b, v.MAIL)
        return v.whole(g, loc)
    return g.col(one, null)


def _cyymmdd(d) -> int:
    return (1 if d.year >= 2000 else 0) * 1_000_000 + (d.year % 100) * 10_000 + d.month * 100 + d.day


def _pad(values: list, width: int) -> list:
    return [None if x is None else str(x).ljust(width) for x in values]


def _bad(g: Gen, make: Callable[[], str], ok: Callable[[str], bool]) -> str:
    return g.valid(make, lambda x: not ok(x))


# -- English ---------------------------------------------------------------------------------------------------------


def us_marketplace_sellers(g: Gen) -> Table:
    """A Brooklyn freelance marketplace's seller accounts with KYC and W-9 fields (snake case)."""
    from stdnum.us import ssn
    pairs = [v.person(g) for _ in range(g.rows)]
    places = [v.us_city(g) for _ in range(g.rows)]
    biz = [g.rnd.random() < 0.25 for _ in range(g.rows)]
    reviewers = _staff(g, 5)
    return Table("gigmarket_kyc.seller_accounts", "en", "snake", [
        c("seller_id", N, "BIGINT", g.keys(300_001), "decoy", KEY),
        c("stripe_connect_account", N, "VARCHAR", g.col(lambda: "acct_" + g.code("ZZZZZZZZZZZZZZZZ")), "decoy", TOKEN),
        c("legal_first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("legal_last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("shop_display_name", USERNAME, "VARCHAR", [v.login(a, b, i) for i, (a, b) in enumerate(pairs)], USER),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.MAIL) for a, b in pairs]),
        c("mobile_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "e164": 0.5}, 1.0, 0.05)),
        c("date_of_birth", "date_of_birth", "DATE", g.births(1955, 2006)),
        c("w9_tin_type", N, "VARCHAR", ["EIN" if b else "SSN" for b in biz], "decoy"),
        c("w9_ssn", "ssn", "VARCHAR", [None if b else v.us_ssn(g) for b in biz]),
        c("w9_ein", N, "VARCHAR", [v.us_ein(g) if b else None for b in biz], "business", CHECK, HEAVY),
        c("w9_business_name", N, "VARCHAR", [g.rnd.choice(v.COMPANIES) if b else None for b in biz], "business", HEAVY),
        c("address_line1", "street_address", "VARCHAR", g.col(lambda: v.us_street(g))),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("state", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("zip", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in places]),
        c("kyc_document_type", N, "VARCHAR", g.col(g.pick(["drivers_license", "passport", "state_id"])), "decoy"),
        c("kyc_document_number", "national_id", "VARCHAR", g.col(lambda: g.code("A9999999"), 0.1)),
        c("kyc_reviewed_by", "person_name", "VARCHAR", g.col(g.pick(reviewers), 0.2), STAFF),
        c("order_reference", N, "VARCHAR", g.col(lambda: _bad(g, lambda: g.code("999-99-9999"), ssn.is_valid)),
          "decoy", SHAPE),
        c("seller_rating", N, "DOUBLE", g.floats(3.0, 5.0, 2), "decoy", RATING),
        c("gig_count", N, "INTEGER", g.ints(0, 900), "decoy"),
        c("created_at", N, "TIMESTAMP", g.moments("2021-01-01", "2025-12-31"), "decoy"),
    ])


def uk_talent_roster(g: Gen) -> Table:
    """A London influencer agency's talent roster (Pascal case)."""
    pairs = [v.person(g, "uk") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.UK_TOWNS) for _ in range(g.rows)]
    managers = _staff(g, 4, lambda x: v.whole(x, "uk"))

    def note() -> str:
        return g.rnd.choice(["Prefers beauty briefs only", f"Mum {v.whole(g, 'uk')} signs for under-18 deals",
                             f"Partner {v.given(g, 'uk')} co-hosts the channel", "No alcohol brands"])

    return Table("TalentDesk.TalentRoster", "en", "pascal", [
        c("TalentId", N, "INTEGER", g.keys(1_001), "decoy", KEY),
        c("FirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("Surname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("PrimaryHandle", USERNAME, "VARCHAR", ["@" + v.login(a, b, 3) for a, b in pairs], USER),
        c("FollowerCount", N, "INTEGER", g.ints(5_000, 3_000_000), "decoy"),
        c("PersonalEmail", "email", "VARCHAR", [v.email_of(g, a, b, ["gmail.com", "icloud.com", "btinternet.com"])
                                               for a, b in pairs]),
        c("MobileNumber", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.4}, 1.0)),
        c("HomeAddress", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 240)} "
                                                              f"{g.rnd.choice(v.UK_STREETS)}", 0.1)),
        c("Town", "city", "VARCHAR", [t[0] for t in towns]),
        c("Postcode", "postal_code", "VARCHAR", [v.uk_postcode(g, t[1]) for t in towns]),
        c("NiNumber", "ssn", "VARCHAR", g.col(lambda: g.code("AA999999") + g.rnd.choice("ABCD"), 0.3), ABBREV),
        c("DateOfBirth", "date_of_birth", "DATE", g.births(1990, 2009)),
        c("TalentManager", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF),
        c("AgencyMainLine", N, "VARCHAR", ["+44 20 7946 0321"] * g.rows, "business"),
        c("LtdCompanyName", N, "VARCHAR", g.col(g.pick(v.COMPANIES), 0.7), "business", HEAVY),
        c("CommissionPct", N, "DOUBLE", g.floats(10, 25, 1), "decoy"),
        c("GuardianName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "uk"), 0.8), ROLE, HEAVY),
        c("Notes", "free_text", "VARCHAR", g.sparse(note, 0.5, _words())),
    ])


def ke_taskers(g: Gen) -> Table:
    """A Nairobi home-services platform's taskers (camel case): KRA PIN, national ID, M-Pesa number."""
    pairs = [v.person(g, "ke") for _ in range(g.rows)]
    return Table("taskerHub.taskerProfiles", "en", "camel", [
        c("taskerId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("fullName", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs]),
        c("nationalIdNo", "national_id", "VARCHAR", g.col(lambda: g.rnd.choice("123") + g.digits(7))),
        c("kraPin", "national_id", "VARCHAR", g.col(lambda: v.ke_pin(g), 0.2)),
        c("mpesaNumber", "phone", "VARCHAR", g.phones("KE", {"e164": 0.6, "national": 0.4}, 1.0)),
        c("altPhone", "phone", "VARCHAR", g.phones("KE", {"national": 1.0}, 1.0, 0.6), HEAVY),
        c("email", "email", "VARCHAR", _dirty(g, [v.email_of(g, a, b, ["gmail.com", "yahoo.com"]) for a, b in pairs],
                                              0.05, ["test@example.com"]), PLACEHOLDER),
        c("estate", "city", "VARCHAR", g.col(g.pick(v.KE_AREAS))),
        c("dateOfBirth", "date_of_birth", "DATE", g.births(1975, 2005)),
        c("skills", N, "VARCHAR", g.col(g.pick(["plumbing", "cleaning", "electrical", "mounting", "moving"])),
          "decoy"),
        c("hourlyRateKes", N, "INTEGER", g.ints(300, 2_500), "decoy"),
        c("avgRating", N, "DOUBLE", g.floats(2.5, 5.0, 1), "decoy", RATING),
        c("nextOfKinName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ke"), 0.2), ROLE),
        c("nextOfKinPhone", "phone", "VARCHAR", g.phones("KE", {"national": 1.0}, 1.0, 0.2), ROLE),
        c("payoutRef", N, "VARCHAR", g.col(lambda: g.code("AAA9ZZZZZZ")), "decoy", SHAPE),
        c("onboardedBy", USERNAME, "VARCHAR", g.col(g.pick(["wkimani", "aotieno", "jchebet"])), USER, AUDIT),
        c("bgCheckStatus", N, "VARCHAR", g.col(g.pick(["cleared", "pending", "failed"])), "decoy"),
    ])


def creator_payouts(g: Gen) -> Table:
    """A creator platform's payout recipients with W-8BEN fields (SCREAMING case), creators in Spain, Germany and
    France."""
    countries = [g.rnd.choice(["ES", "DE", "FR"]) for _ in range(g.rows)]
    locs = {"ES": "mx", "DE": "de", "FR": "us"}
    pairs = [v.person(g, locs[x]) for x in countries]
    return Table("CREATORPAY.PAYOUT_RECIPIENTS", "en", "screaming", [
        c("RECIPIENT_ID", N, "VARCHAR", g.col(lambda: "rcp_" + g.code("ZZZZZZZZZZZZ")), "decoy", KEY),
        c("CREATOR_HANDLE", USERNAME, "VARCHAR", [v.login(a, b, 1) for a, b in pairs], USER),
        c("BENEFICIAL_OWNER_NAME", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs]),
        c("COUNTRY_OF_CITIZENSHIP", N, "VARCHAR", countries, "decoy"),
        c("PERMANENT_RESIDENCE_ADDR", "street_address", "VARCHAR",
          [f"{g.rnd.choice(v.DE_STREETS)} {g.rnd.randint(1, 90)}" for _ in range(g.rows)], ABBREV),
        c("FOREIGN_TIN", "national_id", "VARCHAR", [v.de_idnr(g) if x == "DE" else None for x in countries], HEAVY),
        c("DOB", "date_of_birth", "DATE", g.births(1970, 2006), ABBREV),
        c("PAYOUT_IBAN", "iban", "VARCHAR", [v.iban(g, x, g.rnd.random() < 0.5) for x in countries]),
        c("PAYOUT_METHOD_TOKEN", N, "VARCHAR", g.col(lambda: "pm_" + g.code("ZZZZZZZZZZZZZZZZZZZZ")), "decoy", TOKEN),
        c("TREATY_RATE_PCT", N, "INTEGER", g.col(g.pick([0, 5, 15])), "decoy"),
        c("GROSS_EARNINGS_USD", N, "DOUBLE", g.amounts(10, 9_000), "decoy"),
        c("SUBSCRIBER_COUNT", N, "INTEGER", g.ints(0, 40_000), "decoy"),
        c("SIGNATURE_NAME", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs]),
        c("FORM_SIGNED_DT", N, "DATE", g.days("2024-01-01", "2025-12-31"), "decoy"),
        c("PAYOUT_EMAIL", "email", "VARCHAR", [v.email_of(g, a, b, v.MAIL) for a, b in pairs]),
        c("LAST_LOGIN_IP", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3))),
    ])


def in_tutors(g: Gen) -> Table:
    """A Bengaluru tutoring marketplace's tutors (abbreviated snake case): PAN, Aadhaar, PIN codes."""
    pairs = [v.person(g, "in") for _ in range(g.rows)]
    areas = [g.rnd.choice(v.IN_AREAS) for _ in range(g.rows)]
    return Table("tutr_mkt.ttr_profiles", "en", "abbrev", [
        c("ttr_id", N, "INTEGER", g.keys(70_001), "decoy", KEY),
        c("ttr_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("ttr_lnm", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
        c("ttr_pan", "national_id", "VARCHAR", [v.in_pan(g, b) for _, b in pairs], ABBREV),
        c("ttr_aadhaar_no", "national_id", "VARCHAR", g.col(lambda: v.in_aadhaar(g), 0.3), ABBREV),
        c("ttr_mob", "phone", "VARCHAR", g.phones("IN", {"national": 0.3, "e164": 0.4, "digits": 0.3}, 1.0), ABBREV),
        c("ttr_eml", "email", "VARCHAR", [v.email_of(g, a, b, ["gmail.com", "rediffmail.com"]) for a, b in pairs],
          ABBREV),
        c("ttr_loc", "city", "VARCHAR", [a[0] for a in areas], ABBREV),
        c("ttr_pin_cd", "postal_code", "VARCHAR", [a[1] for a in areas], ABBREV),
        c("sbj_cd", N, "VARCHAR", g.col(g.pick(["MATH-10", "PHY-12", "CHEM-12", "ENG-8", "KAN-6"])), "decoy"),
        c("hrly_rt_inr", N, "INTEGER", g.ints(300, 2_000), "decoy"),
        c("avg_rtg", N, "DOUBLE", g.floats(3.0, 5.0, 1), "decoy", RATING),
        c("prnt_cntct_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "in"), 0.1), ROLE, ABBREV),
        c("gstin_ctr", N, "VARCHAR", g.col(lambda: "29" + g.code("AAAAA9999A") + "1Z" + g.code("Z"), 0.8),
          "business", HEAVY, SHAPE),
        c("bnk_ifsc", N, "VARCHAR", g.col(g.pick(["HDFC0001234", "SBIN0040277", "ICIC0000105"])), "decoy"),
        c("bnk_acct_no", USERNAME, "VARCHAR", g.col(lambda: g.digits(12)), BANK, ABBREV),
        c("crt_ts", N, "TIMESTAMP", g.moments("2023-01-01", "2025-12-31"), "decoy"),
    ])


def us_shift_staging(g: Gen) -> Table:
    """A Chicago restaurant-shift staffing app's raw worker export in staging (``col01`` to ``col18``)."""
    pairs = [v.person(g) for _ in range(g.rows)]
    places = [v.us_city(g) for _ in range(g.rows)]
    return Table("stg_shiftly.raw_shift_workers", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(lambda: "wkr_" + g.code("ZZZZZZZZ")), "decoy", KEY, OPAQUE),
        c("col02", "first_name", "VARCHAR", [a for a, _ in pairs], OPAQUE),
        c("col03", "last_name", "VARCHAR", [b.upper() for _, b in pairs], OPAQUE),
        c("col04", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g).replace("-", ""), 0.1), OPAQUE),
        c("col05", "phone", "VARCHAR", g.phones("US", {"dashes": 0.5, "digits": 0.5}, 1.0), OPAQUE),
        c("col06", "email", "VARCHAR", [v.email_of(g, a, b, v.MAIL) for a, b in pairs], OPAQUE),
        c("col07", "street_address", "VARCHAR", g.col(lambda: v.us_street(g)), OPAQUE),
        c("col08", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col09", N, "VARCHAR", [p[1] for p in places], "decoy", OPAQUE),
        c("col10", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in places], OPAQUE),
        c("col11", "date_of_birth", "VARCHAR", [d.strftime("%m/%d/%Y") for d in g.births(1960, 2006)], OPAQUE),
        c("col12", N, "VARCHAR", g.col(g.pick(["line_cook", "dishwasher", "server", "barback", "host"])), "decoy",
          OPAQUE),
        c("col13", N, "DOUBLE", g.floats(15.0, 28.0, 2), "decoy", OPAQUE),
        c("col14", N, "VARCHAR", g.col(lambda: g.code("SH-99999999")), "decoy", SHAPE, OPAQUE),
        c("col15", N, "VARCHAR", g.col(g.pick(["Fulton Market Grill", "Lakeview Taqueria", "Halsted Noodle Bar"])),
          "business", OPAQUE),
        c("col16", N, "DOUBLE", g.floats(1.0, 5.0, 1), "decoy", RATING, OPAQUE),
        c("col17", "free_text", "VARCHAR", _mixed(g, "us", "US"), MIXED, OPAQUE),
        c("col18", N, "VARCHAR", g.col(g.sha256), "decoy", OPAQUE),
    ])


def us_courier_1099(g: Gen) -> Table:
    """A Houston delivery app's AS/400 1099-NEC recipient file for its couriers (field prefix ``NR``, padded CHAR,
    SSN, phone and ZIP as numbers with 0 for missing, birth date as CYYMMDD)."""
    pairs = [v.person(g) for _ in range(g.rows)]
    places = [v.us_city(g) for _ in range(g.rows)]
    births = g.births(1950, 2005)
    return Table("DLVRLIB.NR1099P", "en", "screaming", [
        c("NRRCPN", N, "DECIMAL(9,0)", g.keys(400_001), "decoy", KEY, LEGACY),
        c("NRLNAM", "last_name", "CHAR(20)", _pad([b.upper() for _, b in pairs], 20), LEGACY, PADDED),
        c("NRFNAM", "first_name", "CHAR(15)", _pad([a.upper() for a, _ in pairs], 15), LEGACY, PADDED),
        c("NRTIN", "ssn", "DECIMAL(9,0)", [int(v.us_ssn(g).replace("-", "")) for _ in range(g.rows)], LEGACY,
          NUMERIC),
        c("NRBRDT", "date_of_birth", "DECIMAL(7,0)", [_cyymmdd(d) for d in births], LEGACY, INT_DATE),
        c("NRADR1", "street_address", "CHAR(30)", _pad([v.us_street(g).upper() for _ in range(g.rows)], 30), LEGACY,
          PADDED),
        c("NRCITY", "city", "CHAR(20)", _pad([p[0].upper() for p in places], 20), LEGACY, PADDED),
        c("NRSTAT", N, "CHAR(2)", [p[1] for p in places], "decoy", LEGACY),
        c("NRZIP5", "postal_code", "DECIMAL(5,0)", [int(v.us_zip(g, p[2])) for p in places], LEGACY, NUMERIC),
        c("NRPHON", "phone", "DECIMAL(10,0)", [int(g.phone("US", "digits")) for _ in range(g.rows)], LEGACY, NUMERIC),
        c("NRDLNO", "national_id", "CHAR(12)", _pad([g.code("99999999") for _ in range(g.rows)], 12), LEGACY, PADDED),
        c("NRVPLT", N, "CHAR(8)", _pad([g.code("AAA9999") for _ in range(g.rows)], 8), "decoy", VEHICLE, LEGACY),
        c("NRBOX7", N, "DECIMAL(11,2)", g.amounts(600, 60_000), "decoy", LEGACY),
        c("NRTXYR", N, "DECIMAL(4,0)", [2025] * g.rows, "decoy", LEGACY),
        c("NRPAYR", N, "CHAR(9)", ["760512348"] * g.rows, "business", LEGACY),
        c("NRUSER", USERNAME, "CHAR(10)", _pad(g.col(g.pick(["DGARZA", "KTRAN", "PWHITFORD"])), 10), USER, AUDIT,
          LEGACY),
        c("NRPGM", N, "CHAR(10)", ["NR1099R"] * g.rows, "decoy", SERVICE, LEGACY),
        c("NRUDF2", "email", "CHAR(40)", _pad(g.col(lambda: v.email_of(g, *v.person(g), v.MAIL), 0.6), 40), LEGACY,
          OPAQUE, HEAVY),
    ])


def ph_va_contracts(g: Gen) -> Table:
    """A Manila virtual-assistant marketplace's contracts (snake case): the VA, the US client, GCash payouts."""
    vas = [v.person(g, "ph") for _ in range(g.rows)]
    clients = [v.person(g) for _ in range(g.rows)]

    def msg() -> str:
        return g.rnd.choice(["Great work on the inbox cleanup", f"Please cc {v.whole(g)} on weekly reports",
                             f"{v.given(g, 'ph')} covered while I was sick", "Timezone overlap 9pm-1am PHT"])

    return Table("va_market.contracts", "en", "snake", [
        c("contract_id", N, "VARCHAR", g.col(lambda: g.code("CT-9999-ZZZZ")), "decoy", KEY),
        c("gig_id", N, "BIGINT", g.ints(1_000_000, 9_999_999), "decoy", KEY),
        c("va_full_name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in vas]),
        c("va_tin", "national_id", "VARCHAR", g.col(lambda: f"{g.digits(3)}-{g.digits(3)}-{g.digits(3)}-000", 0.4)),
        c("gcash_number", "phone", "VARCHAR", g.phones("PH", {"national": 0.6, "e164": 0.4}, 1.0)),
        c("va_email", "email", "VARCHAR", [v.email_of(g, a, b, v.MAIL) for a, b in vas]),
        c("va_city", "city", "VARCHAR", g.col(g.pick(v.PH_CITIES))),
        c("client_contact_name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in clients], ROLE),
        c("client_company", N, "VARCHAR", g.col(g.pick(v.COMPANIES)), "business"),
        c("client_work_email", "email", "VARCHAR", [v.email_of(g, a, b, ["hollowpine.io", "tidewater.co"])
                                                    for a, b in clients], ROLE),
        c("hourly_rate_usd", N, "DOUBLE", g.floats(4, 15, 2), "decoy"),
        c("hours_this_week", N, "DOUBLE", g.floats(0, 45, 1), "decoy"),
        c("client_rating", N, "INTEGER", g.ints(1, 5, 0.2), "decoy", RATING),
        c("last_message", "free_text", "VARCHAR", g.sparse(msg, 0.4, _words())),
        c("va_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.1)),
        c("started_on", N, "DATE", g.days("2023-01-01", "2025-12-31"), "decoy"),
    ])


# -- other languages ---------------------------------------------------------------------------------------------------


def de_sap_uebersetzer(g: Gen) -> Table:
    """A Leipzig translation marketplace's SAP-style translator master (``ZUEB_UEBERSETZER``: padded CHAR, ``GBDAT``
    as DATS text, Steuer-ID, IBAN)."""
    pairs = [v.person(g, "de") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.DE_TOWNS) for _ in range(g.rows)]
    return Table("SAPMM.ZUEB_UEBERSETZER", "de", "sap", [
        c("LIFNR", N, "CHAR(10)", [f"{i:010d}" for i in g.keys(7_000_001)], "decoy", KEY, LEGACY),
        c("NACHN", "last_name", "CHAR(25)", _pad([b for _, b in pairs], 25), LEGACY, PADDED),
        c("VORNA", "first_name", "CHAR(25)", _pad([a for a, _ in pairs], 25), LEGACY, PADDED),
        c("GBDAT", "date_of_birth", "CHAR(8)", [d.strftime("%Y%m%d") for d in g.births(1950, 2003)], LEGACY,
          INT_DATE),
        c("STRAS", "street_address", "CHAR(35)", _pad([f"{g.rnd.choice(v.DE_STREETS)} {g.rnd.randint(1, 120)}"
                                                       for _ in range(g.rows)], 35), LEGACY, PADDED),
        c("PSTLZ", "postal_code", "CHAR(10)", _pad([t[1] + g.digits(2) for t in towns], 10), LEGACY, PADDED),
        c("ORT01", "city", "CHAR(35)", _pad([t[0] for t in towns], 35), LEGACY, PADDED),
        c("TELF1", "phone", "CHAR(16)", _pad(g.phones("DE", {"national": 0.6, "intl": 0.4}, 0.6), 16), LEGACY),
        c("SMTP_ADDR", "email", "CHAR(60)", _pad([v.email_of(g, a, b, ["web.de", "gmx.de", "posteo.de"])
                                                  for a, b in pairs], 60), LEGACY),
        c("ZZSTEUERID", "national_id", "CHAR(11)", g.col(lambda: v.de_idnr(g), 0.1), LEGACY),
        c("IBAN", "iban", "CHAR(34)", _pad([v.iban(g, "DE") for _ in range(g.rows)], 34), LEGACY),
        c("ZZSPRACHPAAR", N, "CHAR(5)", g.col(g.pick(["DE-EN", "EN-DE", "DE-PL", "FR-DE"])), "decoy", LEGACY),
        c("ZZZEILENPREIS", N, "DECIMAL(5,2)", g.floats(0.8, 2.2, 2), "decoy", LEGACY),
        c("ERNAM", USERNAME, "CHAR(12)", _pad(g.col(g.pick(["MBRINKMANN", "SWENDT", "AHUEBNER"])), 12), USER, AUDIT,
          LEGACY),
        c("ZZFELD1", N, "CHAR(4)", g.col(g.pick(["BDUE", "VEREI", "OHNE"])), "decoy", OPAQUE, LEGACY),
        c("ZZFELD2", "free_text", "CHAR(60)", _pad(_mixed(g, "de", "DE"), 60), MIXED, OPAQUE, LEGACY),
    ])


def mx_conductores(g: Gen) -> Table:
    """A Mexico City ride-hailing app's driver onboarding (Spanish, snake case): CURP, RFC, licence, CLABE."""
    from stdnum.mx import curp
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.2
        a, b = v.person(g, "mx", female)
        m = g.rnd.choice(v.NAMES["mx"][2])
        born = g.birth(1965, 2004)
        cu = v.mx_curp(g, a, b, born, female)
        rows.append((a, b, m, born, cu, v.mx_rfc(g, cu)))
    col = [g.rnd.choice(v.MX_COLONIAS) for _ in range(g.rows)]
    return Table("onboarding_conductores.solicitudes", "es", "snake", [
        c("id_solicitud", N, "BIGINT", g.keys(50_001), "decoy", KEY),
        c("nombre", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("apellido_paterno", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("apellido_materno", "last_name", "VARCHAR", [r[2] for r in rows]),
        c("curp", "national_id", "VARCHAR", [r[4] for r in rows]),
        c("rfc", "national_id", "VARCHAR", [r[5] if g.rnd.random() < 0.7 else None for r in rows]),
        c("fecha_nacimiento", "date_of_birth", "DATE", [r[3] for r in rows]),
        c("licencia_conducir", "national_id", "VARCHAR", g.col(lambda: g.code("A99999999"))),
        c("celular", "phone", "VARCHAR", g.phones("MX", {"national": 0.5, "e164": 0.5}, 1.0)),
        c("correo", "email", "VARCHAR", [v.email_of(g, r[0], r[1], ["gmail.com", "hotmail.com", "outlook.es"])
                                         for r in rows]),
        c("calle_numero", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.MX_STREETS)} "
                                                                      f"{g.rnd.randint(1, 999)}")),
        c("colonia", "city", "VARCHAR", [x[0] for x in col]),
        c("codigo_postal", "postal_code", "VARCHAR", [x[1] for x in col]),
        c("alcaldia", N, "VARCHAR", [x[2] for x in col], "decoy"),
        c("clabe", USERNAME, "VARCHAR", g.col(lambda: "0121" + g.digits(14), 0.1), BANK),
        c("placas", N, "VARCHAR", g.col(lambda: g.code("AAA-999-A")), "decoy", VEHICLE),
        c("modelo_vehiculo", N, "VARCHAR", g.col(g.pick(["Nissan Versa 2021", "Chevrolet Aveo 2020", "Kia Rio 2022"])),
          "decoy", VEHICLE),
        c("folio_tramite", N, "VARCHAR", g.col(lambda: _bad(g, lambda: g.code("AAAA999999AAAAAA99"), curp.is_valid)),
          "decoy", SHAPE),
        c("revisado_por", "person_name", "VARCHAR", g.col(g.pick(_staff(g, 4, lambda x: v.whole(x, "mx"))), 0.1),
          STAFF),
    ])


def br_entregadores(g: Gen) -> Table:
    """A Recife food-delivery app's couriers and their motorbikes (Brazilian Portuguese, camel case): CPF, CNH,
    PIX key (a CPF, an e-mail or a phone by row)."""
    from stdnum.br import cpf
    pairs = [v.person(g, "br") for _ in range(g.rows)]
    cities = [g.rnd.choice(v.BR_CITIES) for _ in range(g.rows)]

    def pix(a: str, b: str) -> str:
        r = g.rnd.random()
        if r < 0.35:
            return v.br_cpf(g, False)
        if r < 0.7:
            return v.email_of(g, a, b, ["gmail.com", "hotmail.com"])
        return g.phone("BR", "e164")

    return Table("entregas.entregadoresCadastro", "pt", "camel", [
        c("idEntregador", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("nomeCompleto", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs]),
        c("cpf", "national_id", "VARCHAR", g.col(lambda: v.br_cpf(g, g.rnd.random() < 0.6))),
        c("numeroCnh", "national_id", "VARCHAR", g.col(lambda: g.digits(11), 0.05)),
        c("dataNascimento", "date_of_birth", "VARCHAR", [d.strftime("%d/%m/%Y") for d in g.births(1970, 2006)]),
        c("celular", "phone", "VARCHAR", g.phones("BR", {"national": 0.5, "e164": 0.5}, 1.0)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, ["gmail.com", "hotmail.com", "bol.com.br"])
                                        for a, b in pairs]),
        c("logradouro", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.BR_STREETS)}, "
                                                                    f"{g.rnd.randint(1, 2000)}")),
        c("cidade", "city", "VARCHAR", [x[0] for x in cities]),
        c("cep", "postal_code", "VARCHAR", [f"{x[1]}{g.digits(3)}-{g.digits(3)}" for x in cities]),
        c("chavePix", "free_text", "VARCHAR", [pix(a, b) for a, b in pairs], MIXED),
        c("placaMoto", N, "VARCHAR", g.col(lambda: g.code("AAA9A99")), "decoy", VEHICLE),
        c("renavam", N, "VARCHAR", g.col(lambda: g.digits(11)), "decoy", VEHICLE, SHAPE),
        c("codigoPedido", N, "VARCHAR", g.col(lambda: _bad(g, lambda: g.digits(11), cpf.is_valid)), "decoy", SHAPE),
        c("notaMedia", N, "DOUBLE", g.floats(3.5, 5.0, 2), "decoy", RATING),
        c("cnpjMei", N, "VARCHAR", g.col(lambda: g.code("99.999.999/0001-99"), 0.7), "business", HEAVY),
    ])


def pl_zlota_raczka(g: Gen) -> Table:
    """A Łódź handyman platform's jobs (Polish, snake case): the fixer's PESEL, the customer's home, the firm's NIP."""
    from stdnum.pl import pesel
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.3
        a, b = v.person(g, "pl", female)
        if female and b.endswith("ski"):
            b = b[:-1] + "a"
        born = g.birth(1960, 2004)
        rows.append((a, b, born, v.pl_pesel(g, born, female)))
    cust = [v.person(g, "pl") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.PL_TOWNS) for _ in range(g.rows)]
    return Table("zlota_raczka.zlecenia", "pl", "snake", [
        c("id_zlecenia", N, "BIGINT", g.keys(810_001), "decoy", KEY),
        c("fachowiec_imie", "first_name", "VARCHAR", [r[0] for r in rows], ROLE),
        c("fachowiec_nazwisko", "last_name", "VARCHAR", [r[1] for r in rows], ROLE),
        c("fachowiec_pesel", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("fachowiec_data_urodzenia", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("fachowiec_telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.6, "intl": 0.4}, 1.0)),
        c("fachowiec_nip", N, "VARCHAR", g.col(lambda: v.pl_nip(g), 0.6), "business", CHECK, HEAVY),
        c("klient", "person_name", "VARCHAR", [f"{a} {b}" for a, b in cust], ROLE),
        c("klient_email", "email", "VARCHAR", [v.email_of(g, a, b, ["wp.pl", "onet.pl", "o2.pl"]) for a, b in cust]),
        c("adres_zlecenia", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.PL_STREETS)} "
                                                                         f"{g.rnd.randint(1, 150)}"), PREMISES),
        c("kod_pocztowy", "postal_code", "VARCHAR", [f"{t[1]}-{g.digits(3)}" for t in towns], PREMISES),
        c("miejscowosc", "city", "VARCHAR", [t[0] for t in towns]),
        c("rodzaj_uslugi", N, "VARCHAR", g.col(g.pick(["montaż mebli", "hydraulika", "malowanie", "elektryka"])),
          "decoy"),
        c("numer_sprawy", N, "VARCHAR", g.col(lambda: _bad(g, lambda: g.digits(11), pesel.is_valid)), "decoy", SHAPE),
        c("iban_wyplaty", "iban", "VARCHAR", g.col(lambda: v.iban(g, "PL", True), 0.1)),
        c("ocena", N, "INTEGER", g.ints(1, 5, 0.3), "decoy", RATING),
        c("uwagi", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Klucze u sąsiadki, pani {v.person(g, 'pl', True)[1]}", "Domofon nie działa",
            f"Dzwonić do syna {v.given(g, 'pl')}", "Parking na podwórku"]), 0.75, ("brak", "", "-")), NULLWORD),
    ])


def tr_pet_sitting(g: Gen) -> Table:
    """An Istanbul pet-sitting app's bookings (Turkish, camel case): the sitter's T.C. kimlik no and IBAN, the owner's
    home, the pet's name (``none``)."""
    sitters = [v.person(g, "tr") for _ in range(g.rows)]
    owners = [v.person(g, "tr") for _ in range(g.rows)]
    dist = [g.rnd.choice(v.TR_DISTRICTS) for _ in range(g.rows)]
    return Table("patidost.bakiciRezervasyonlari", "tr", "camel", [
        c("rezervasyonNo", N, "VARCHAR", g.col(lambda: g.code("PD99999999")), "decoy", KEY),
        c("bakiciAdSoyad", "person_name", "VARCHAR", [f"{a} {b}" for a, b in sitters], ROLE),
        c("bakiciTcKimlikNo", "national_id", "VARCHAR", g.col(lambda: v.tr_tckimlik(g))),
        c("bakiciTelefon", "phone", "VARCHAR", g.phones("TR", {"national": 0.6, "e164": 0.4}, 1.0)),
        c("bakiciIban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "TR", True), 0.15)),
        c("sahipAdi", "first_name", "VARCHAR", [a for a, _ in owners], ROLE),
        c("sahipSoyadi", "last_name", "VARCHAR", [b for _, b in owners], ROLE),
        c("sahipEposta", "email", "VARCHAR", [v.email_of(g, a, b, ["gmail.com", "hotmail.com", "yandex.com.tr"])
                                              for a, b in owners]),
        c("sahipAdres", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.TR_STREETS)} No:"
                                                                    f"{g.rnd.randint(1, 90)} D:{g.rnd.randint(1, 20)}"),
          PREMISES),
        c("ilce", "city", "VARCHAR", [d[0] for d in dist]),
        c("postaKodu", "postal_code", "VARCHAR", [d[1] + g.digits(2) for d in dist]),
        c("evcilHayvanAdi", N, "VARCHAR", g.col(g.pick(["Pamuk", "Boncuk", "Duman", "Zeytin", "Karamel"])), "decoy"),
        c("tur", N, "VARCHAR", g.col(g.pick(["kedi", "köpek", "kuş"])), "decoy"),
        c("gunlukUcretTl", N, "INTEGER", g.ints(400, 2_500), "decoy"),
        c("puan", N, "DOUBLE", g.floats(3.0, 5.0, 1), "decoy", RATING),
        c("acilDurumKisisi", "person_name", "VARCHAR", g.sparse(lambda: v.whole(g, "tr"), 0.75, ("yok", "Yok", "-")),
          ROLE, NULLWORD),
        c("ozelAlan2", "free_text", "VARCHAR", _mixed(g, "tr", "TR"), MIXED, OPAQUE),
    ])


def jp_fanclub(g: Gen) -> Table:
    """A Tokyo creator platform's fan-club subscriber list (Japanese column names and values)."""
    rows = [(g.rnd.choice(v.JP_FAMILY), g.rnd.choice(v.JP_GIVEN)) for _ in range(g.rows)]
    places = [g.rnd.choice(v.JP_PLACES) for _ in range(g.rows)]
    return Table("ファンクラブ.会員名簿", "ja", "japanese", [
        c("会員番号", N, "VARCHAR", g.col(lambda: g.code("FC-9999999")), "decoy", KEY),
        c("氏名", "person_name", "VARCHAR", [f"{f[0]} {m[0]}" for f, m in rows]),
        c("フリガナ", "person_name", "VARCHAR", [f"{f[1]} {m[1]}" for f, m in rows]),
        c("ニックネーム", USERNAME, "VARCHAR", g.col(lambda: g.code("fan_ZZZZ").lower()), USER),
        c("生年月日", "date_of_birth", "VARCHAR", [d.strftime("%Y/%m/%d") for d in g.births(1965, 2008)]),
        c("郵便番号", "postal_code", "VARCHAR", [p[0] for p in places]),
        c("住所", "street_address", "VARCHAR", [f"{p[1]}{g.rnd.randint(1, 5)}-{g.rnd.randint(1, 30)}-"
                                               f"{g.rnd.randint(1, 20)}" for p in places]),
        c("電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 1.0}, 0.8, 0.1)),
        c("メールアドレス", "email", "VARCHAR", g.col(lambda: v.email_of(g, g.code("AAAA").lower(), g.code("AAAAA").lower(),
                                                                   ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com"]))),
        c("プラン", N, "VARCHAR", g.col(g.pick(["ライト", "スタンダード", "プレミアム"])), "decoy"),
        c("月額", N, "INTEGER", g.col(g.pick([500, 980, 3_000])), "decoy"),
        c("カード下4桁", N, "VARCHAR", g.col(lambda: g.digits(4)), "decoy", PARTIAL),
        c("決済トークン", N, "VARCHAR", g.col(lambda: "tok_" + g.code("ZZZZZZZZZZZZZZ")), "decoy", TOKEN),
        c("入会日", N, "DATE", g.days("2022-01-01", "2025-12-31"), "decoy"),
        c("備考", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"{g.rnd.choice(v.JP_FAMILY)[0]}様より住所変更の連絡", "イベント当選", "退会希望の問い合わせあり"]), 0.8,
            ("なし", "", "-")), NULLWORD),
    ])


def id_desainer(g: Gen) -> Table:
    """A Yogyakarta freelance design marketplace's payouts (Indonesian, snake case): NIK (encoding the birth date and
    sex), NPWP, bank account, the agency's NPWP."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "id", female)
        born = g.birth(1972, 1999)
        rows.append((a, b, born, v.id_nik(g, born, female)))
    kec = [g.rnd.choice(v.ID_KECAMATAN) for _ in range(g.rows)]
    return Table("desainku.pencairan_dana", "id", "snake", [
        c("id_pencairan", N, "BIGINT", g.keys(20_001), "decoy", KEY),
        c("nama_lengkap", "person_name", "VARCHAR", [f"{a} {b}" for a, b, _, _ in rows]),
        c("nik", "national_id", "VARCHAR", [r[3] for r in rows]),
        c("tanggal_lahir", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("npwp", "national_id", "VARCHAR", g.col(lambda: v.id_npwp(g), 0.3)),
        c("no_hp", "phone", "VARCHAR", g.phones("ID", {"national": 0.6, "e164": 0.4}, 1.0), ABBREV),
        c("surel", "email", "VARCHAR", [v.email_of(g, a, b, ["gmail.com", "yahoo.co.id"]) for a, b, _, _ in rows]),
        c("alamat", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.ID_STREETS)} No. "
                                                                f"{g.rnd.randint(1, 200)}")),
        c("kecamatan", "city", "VARCHAR", [k[0] for k in kec]),
        c("kode_pos", "postal_code", "VARCHAR", [k[1] for k in kec]),
        c("nama_bank", N, "VARCHAR", g.col(g.pick(["BCA", "BRI", "Mandiri", "BNI"])), "decoy"),
        c("no_rekening", USERNAME, "VARCHAR", g.col(lambda: g.digits(10)), BANK),
        c("jumlah_idr", N, "BIGINT", g.ints(100_000, 25_000_000), "decoy"),
        c("id_proyek", N, "VARCHAR", g.col(lambda: g.code("PRJ-ZZZZZZ")), "decoy", KEY),
        c("status", N, "VARCHAR", g.col(g.pick(["berhasil", "diproses", "gagal"])), "decoy"),
        c("catatan", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Rekening atas nama istri, {v.whole(g, 'id')}", "Transfer ulang", f"Hubungi {v.given(g, 'id')} dulu"]),
            0.75, ("tidak ada", "", "-")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (us_marketplace_sellers, 900), (uk_talent_roster, 260), (ke_taskers, 700), (creator_payouts, 600),
    (in_tutors, 800), (us_shift_staging, 1_200), (us_courier_1099, 1_000), (ph_va_contracts, 500),
    (de_sap_uebersetzer, 450), (mx_conductores, 650), (br_entregadores, 1_100), (pl_zlota_raczka, 550),
    (tr_pet_sitting, 400), (jp_fanclub, 1_300), (id_desainer, 350),
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
