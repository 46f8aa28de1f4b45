"""Held-out set v103 for the column classifier: 15 tables of *age-restricted and controlled trade* (cannabis
dispensaries and a cannabis social club, a coffeeshop's member passes, liquor stores' and bars' ID scans, an online
vape shop, an online age verification vendor and its staging feed, a gun shop's background checks, a hunting and
knife shop's sales book, a fireworks retailer's sales log, pharmacies' controlled-drug registers and tobacco vending
ID cards), one system per table and each a different organisation, eight with English column names and seven in
other languages:

* ``greenleaf_pos.patient_checkins``: a Colorado cannabis dispensary's check-ins (snake case, driver's licence and
  medical registry card numbers, member numbers shaped like SSNs failing the check, a caregiver, ``misc_1``);
* ``CouleeRetail.IdScanLog``: an Alberta liquor store chain's ID scanner log (Pascal case, scanner serials failing
  Luhn, the store's licence, address and phone, ``Udf2``);
* ``vapeHaus.webCustomers``: a West Yorkshire online vape shop (camel case, logins, card numbers, gift cards failing
  Luhn, IP addresses, a gift recipient);
* ``FFL_BOUND_BOOK.NICS_4473``: a West Texas gun shop's 4473 and NICS log (SCREAMING case, SSN, licence to carry,
  FFL number, firearm serials, a private seller);
* ``s6reg.rx_s6_disp``: a KwaZulu-Natal pharmacy's Schedule 6 register (abbreviated: ``pt_fnm``, ``dr_nm``, South
  African ID, script numbers shaped like SA IDs failing Luhn, ``usr_fld3``);
* ``FWXLEGACY.FWX_SALE_EXTRACT``: a Canterbury fireworks retailer's COBOL extract (legacy: padded CHAR, ``YYYYMMDD``
  integers, phones and postcodes as numbers with 0 for missing, ``FWX-USER-FLD-1``);
* ``stg_ageverify.src_kyc_raw``: a Bengaluru liquor delivery platform's age verification feed as an opaque staging
  table (``col01`` to ``col19``: PAN, Aadhaar, request numbers failing Verhoeff, IPs, coordinates, hashes);
* ``doorscan.entry_checks``: a Dublin late bar's door ID scans (snake case with a ``scan_`` prefix, PPSN from public
  services cards, Eircode, a member's guest);
* ``altersPruefung.verifikationsVorgaenge``: a Leipzig age verification vendor (German, camel case, identity card
  numbers with their 7-3-1 check digit, IBAN, account holder, logins, IPs);
* ``STUPOFF.OSORDP``: a Toulouse pharmacy group's AS/400 narcotics register (French, legacy: ``OS`` prefix,
  ``CYYMMDD`` decimals, NIR, phone and postcode as decimals, the prescriber and a proxy);
* ``asociacion_cannabica.socios``: a Barcelona cannabis social club's members (Spanish, DNI/NIE, IBAN, card numbers
  shaped like DNIs failing the check letter, a vouching member, ``campo_libre_3``);
* ``CoffeeshopLedenpas.Leden``: a Maastricht coffeeshop's member passes (Dutch, Pascal case, BSN, pass numbers
  failing the eleven-test, KvK numbers);
* ``KSIEGA_NARK.WYDANIA``: a Kraków pharmacy's narcotics dispensing book (Polish, SCREAMING case, PESEL encoding the
  birth date, prescription numbers failing PESEL's check, ``POLE_DOD_2``);
* ``av_bayi.fisek_satis_defteri``: an Izmir hunting and knife shop's cartridge sales book (Turkish, T.C. kimlik no,
  hunting licences, the shop's tax number, ``ozel_alan_1``);
* ``taspo_fukuoka.hakkou_daichou``: a Fukuoka tobacco association's taspo card issuance ledger (romanized Japanese
  names, values in kanji and katakana, driving licence numbers).

Written **blind**, like v2 to v101: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v27 (its modules,
its test and ``tests/heldout_support.py``) and of v98 (its modules and its test), the module docstrings of v24 to
v101 (to avoid their domains) and the ``Column``/``Table`` classes and writer of v2 and v4. The classifier was not run
on this set while it was written, no scorer was run on it, and no score was looked at. It was written under a short
deadline (30 minutes, the tests and lint included), so some labels are quick decisions rather than settled
conventions.

Labeling choices a reader may question:

* a US SSN, an Irish PPSN and a French NIR are ``ssn``; a South African ID, PAN, Aadhaar, DNI/NIE, BSN, PESEL,
  T.C. kimlik no and a German identity card's number are ``national_id``;
* personal licences and permits a state issues (driver's licences, a Colorado medical cannabis registry card, a
  Texas licence to carry, a Turkish hunting licence, a Japanese driving licence, the ID document numbers of a scan;
  tag ``licence``) are ``national_id``, like a driving licence in kinds.py;
* member, pass, card, script, prescription, receipt, invoice, NICS transaction, 4473 and request numbers, METRC tags,
  firearm serials, SKUs, CIP codes, gift card numbers and scanner serials are ``none`` (tag ``decoy``,
  ``value_shape`` when shaped like an identifier; several are built to fail the check of the identifier they look
  like); a card's last four digits are ``none``;
* an FFL number, an AGLC licence, a security contractor's licence, a FINESS, a KvK number, a Turkish shop's tax number,
  a prescriber's HPCSA, RPPS or PWZ number are ``none`` (tag ``business``), as are shops', pharmacies' and venues'
  names, addresses and phones;
* budtenders, cashiers, salespeople, pharmacists, door supervisors, clerks, verification agents and registrars are
  staff (``person_name``, tag ``staff``); prescribing doctors, a caregiver, a gift recipient, a private seller, a
  collector, a proxy, a guest, an account holder, a vouching member and an introducer are personal (tag
  ``role_word``);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); shop
  logins are ``unclassified`` (tag ``username``);
* numeric dates of birth (``YYYYMMDD``, ``CYYMMDD``) and text dates of birth are ``date_of_birth``; sale, scan,
  dispensing and issue dates and an ID's expiry are ``none``; an age at scan is ``none``;
* a county, a province code and an ID's jurisdiction are ``none``; a South African suburb, a Turkish ilçe and a
  Japanese municipality are ``city``; a face-template hash, a password hash and a geolocation of the verification
  are ``none``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v103_values`, written for v103 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v103 [PATH]`` (default ``/tmp/heldout_v103.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v103``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v103_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v103_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "ausweis_is_valid",
           "build", "labels", "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v103.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # budtenders, clerks, door staff, pharmacists, verification agents (few distinct)
ROLE = "role_word"  # a role word (caregiver, prescriber, recipient, guarantor, guest ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
LICENCE = "licence"  # a state-issued personal licence or permit number (national_id)


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "unknown", "NULL") + extra


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
            if lang == "ja":
                return v.romaji_email(g, v.DOMAINS[lang])
            return v.email_of(g, *v.person(g, lang), v.DOMAINS[lang])
        return v.whole(g, lang)
    return g.col(one, null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _cyymmdd(d: date | None) -> int:
    return 0 if d is None else (d.year // 100 - 19) * 1_000_000 + (d.year % 100) * 10_000 + d.month * 100 + d.day


_AUSWEIS = "CFGHJKLMNPRTVWXYZ0123456789"


def _ausweis_check(body: str) -> str:
    total = sum((int(ch) if ch.isdigit() else ord(ch) - 55) * (7, 3, 1)[i % 3] for i, ch in enumerate(body))
    return str(total % 10)


def ausweis_is_valid(value: str) -> bool:
    """Whether ``value`` is a German identity card's document number with a valid 7-3-1 check digit (ICAO 9303)."""
    value = value.strip().upper()
    return (len(value) == 10 and all(ch in _AUSWEIS for ch in value[:9]) and value[9].isdigit()
            and _ausweis_check(value[:9]) == value[9])


def _ausweis(g: Gen) -> str:
    body = g.rnd.choice("LMNPRT") + "".join(g.rnd.choice(_AUSWEIS) for _ in range(8))
    return body + _ausweis_check(body)


# -- English-named tables ----------------------------------------------------------------------------------------------


def co_dispensary(g: Gen) -> Table:
    """A Colorado medical and adult-use cannabis dispensary's point-of-sale check-ins (snake case)."""
    pairs = [v.person(g) for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_CO) for _ in range(g.rows)]
    births = g.births(1940, 2004)
    medical = [g.rnd.random() < 0.4 for _ in range(g.rows)]
    staff = _staff(g, 6, "us")
    stores = [("Mile High Greens - Broadway", g.phone("US", "national", False)),
              ("Mile High Greens - Pueblo", g.phone("US", "national", False))]
    store = [g.rnd.randrange(len(stores)) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Caregiver pickup, patient {v.whole(g)} homebound", "ID expired, sent away",
                             "Prefers low-THC tinctures", f"Referred by {v.given(g)} (friend)",
                             "Veteran discount applied"])

    return Table("greenleaf_pos.patient_checkins", "en", "snake", [
        c("checkin_id", N, "BIGINT", g.keys(4_100_001), "decoy", KEY),
        c("member_no", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE),
        c("store_name", N, "VARCHAR", [stores[i][0] for i in store], "business"),
        c("store_phone", N, "VARCHAR", [stores[i][1] for i in store], "business"),
        c("first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("dob", "date_of_birth", "DATE", births),
        c("id_type", N, "VARCHAR", g.col(g.pick(["CO DL", "CO ID", "Out-of-state DL", "Passport", "Military ID"])),
          "decoy"),
        c("drivers_license_no", "national_id", "VARCHAR", g.col(lambda: g.code("99-999-9999"), 0.2), LICENCE),
        c("med_registry_card", "national_id", "VARCHAR", [g.code("CO-MMJ-9999999") if m else None for m in medical],
          LICENCE, HEAVY),
        c("caregiver_name", "person_name", "VARCHAR", [v.whole(g) if m and g.rnd.random() < 0.4 else None
                                                       for m in medical], ROLE, HEAVY),
        c("cell_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.9, 0.15)),
        c("email", "email", "VARCHAR", [None if g.rnd.random() < 0.35 else v.email_of(g, a, b, v.DOMAINS["us"])
                                        for a, b in pairs]),
        c("home_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.US_CO_STREETS), 0.3)),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("county", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("zip_code", "postal_code", "VARCHAR", [p[2] + g.digits(2) for p in places]),
        c("metrc_package_tag", N, "VARCHAR", g.col(lambda: g.code("1A4FF0100000999999999")), "decoy", SHAPE),
        c("product_category", N, "VARCHAR", g.col(g.pick(["Flower", "Edible", "Vape cartridge", "Concentrate",
                                                          "Topical", "Pre-roll"])), "decoy"),
        c("thc_mg", N, "DOUBLE", g.floats(2.5, 1_000, 1), "decoy"),
        c("budtender", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("checked_in_at", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "US", "us"), CUSTOM),
        c("budtender_notes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words()), NULLWORD),
    ])


def ab_liquor_idscan(g: Gen) -> Table:
    """An Alberta liquor store chain's ID scanner log (Pascal case)."""
    pairs = [v.person(g, "ca") for _ in range(g.rows)]
    places = [g.rnd.choice(v.CA_CITIES) for _ in range(g.rows)]
    births = g.births(1945, 2009)
    staff = _staff(g, 5, "ca")
    stores = [("Coulee Spirits #12", "4410 Gaetz Ave, Red Deer", g.phone("CA", "national", False)),
              ("Coulee Spirits #31", "220 Mayor Magrath Dr S, Lethbridge", g.phone("CA", "national", False)),
              ("Coulee Spirits #07", "9912 Franklin Ave, Fort McMurray", g.phone("CA", "national", False))]
    store = [g.rnd.randrange(len(stores)) for _ in range(g.rows)]
    return Table("CouleeRetail.IdScanLog", "en", "pascal", [
        c("ScanId", N, "BIGINT", g.keys(900_001), "decoy", KEY),
        c("StoreName", N, "VARCHAR", [stores[i][0] for i in store], "business"),
        c("StoreAddress", N, "VARCHAR", [stores[i][1] for i in store], "business"),
        c("StorePhone", N, "VARCHAR", [stores[i][2] for i in store], "business"),
        c("AglcLicenceNo", N, "VARCHAR", [f"L-{400_120 + i}" for i in store], "business", SHAPE),
        c("ScannedFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("ScannedLastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("ScannedDob", "date_of_birth", "DATE", births),
        c("AgeAtScan", N, "INTEGER", [2025 - b.year for b in births], "decoy"),
        c("IdDocNumber", "national_id", "VARCHAR", g.col(lambda: g.digits(6) + "-" + g.digits(3), 0.05), LICENCE),
        c("IdExpiry", N, "DATE", g.days("2025-06-01", "2030-12-31"), "decoy"),
        c("IdJurisdiction", N, "VARCHAR", g.col(g.pick(["AB", "AB", "BC", "SK", "ON"])), "decoy"),
        c("AddressOnId", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca"), 0.1)),
        c("CityOnId", "city", "VARCHAR", [p[0] for p in places]),
        c("PostalCodeOnId", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9A9')}" for p in places]),
        c("ScanResult", N, "VARCHAR", g.col(g.pick(["PASS", "PASS", "PASS", "UNDERAGE", "EXPIRED", "FAKE_SUSPECT"])),
          "decoy"),
        c("ScannerSerial", N, "VARCHAR", g.col(lambda: v.luhn_decoy(g, 12)), "decoy", SHAPE),
        c("PaymentCardLast4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.3), "decoy"),
        c("CashierName", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("ScannedAt", N, "TIMESTAMP", g.moments("2025-03-01", "2025-11-30"), "decoy"),
        c("Udf2", "free_text", "VARCHAR", _custom(g, "CA", "ca"), CUSTOM),
    ])


def gb_vape_shop(g: Gen) -> Table:
    """A West Yorkshire online vape retailer's customer accounts with age verification (camel case)."""
    pairs = [v.person(g, "gb") for _ in range(g.rows)]
    places = [g.rnd.choice(v.GB_CITIES) for _ in range(g.rows)]
    gift = [g.rnd.random() < 0.15 for _ in range(g.rows)]
    return Table("vapeHaus.webCustomers", "en", "camel", [
        c("customerId", N, "BIGINT", g.keys(200_001), "decoy", KEY),
        c("loginName", USERNAME, "VARCHAR", [v.handle(g, a, b) for a, b in pairs], "username"),
        c("emailAddress", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["gb"]) for a, b in pairs]),
        c("passwordHash", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE),
        c("firstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("surname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("dateOfBirth", "date_of_birth", "VARCHAR", [d.strftime("%d/%m/%Y") for d in g.births(1950, 2007)]),
        c("mobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 1.0, 0.2)),
        c("deliveryLine1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GB_STREETS, "gb"))),
        c("deliveryTown", "city", "VARCHAR", [p[0] for p in places]),
        c("deliveryPostcode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9AA')}" for p in places]),
        c("deliveryRecipientName", "person_name", "VARCHAR", [v.whole(g, "gb") if x else None for x in gift], ROLE,
          HEAVY),
        c("ageVerifyProvider", N, "VARCHAR", g.col(g.pick(["AgeChecked", "VerifyMy", "Yoti", "manual"])), "decoy"),
        c("ageVerifyRef", N, "VARCHAR", g.col(g.uuid, 0.1), "decoy", SHAPE),
        c("ageVerified", N, "BOOLEAN", g.yn(True, False, 0.92), "decoy"),
        c("cardNumber", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.6), HEAVY),
        c("giftCardNo", N, "VARCHAR", g.col(lambda: v.luhn_decoy(g, 16), 0.4), "decoy", SHAPE),
        c("lastLoginIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.1)),
        c("favouriteSku", N, "VARCHAR", g.col(lambda: g.code("VH-AA-999-9MG"), 0.2), "decoy", SHAPE),
        c("marketingOptIn", N, "BOOLEAN", g.yn(True, False, 0.3), "decoy"),
        c("createdAt", N, "TIMESTAMP", g.moments("2021-01-01", "2025-11-30"), "decoy"),
        c("appVersion", N, "VARCHAR", g.col(g.version, 0.5), "decoy"),
    ])


def tx_ffl_nics(g: Gen) -> Table:
    """A West Texas gun shop's ATF 4473 and NICS background check log (SCREAMING case)."""
    pairs = [v.person(g) for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_TX) for _ in range(g.rows)]
    staff = _staff(g, 4, "us")
    consign = [g.rnd.random() < 0.2 for _ in range(g.rows)]
    return Table("FFL_BOUND_BOOK.NICS_4473", "en", "screaming", [
        c("FORM_4473_SERIAL", N, "VARCHAR", g.col(lambda: g.code("2025-99999")), "decoy", KEY),
        c("FFL_NUMBER", N, "VARCHAR", ["5-75-303-01-9K-04417"] * g.rows, "business", SHAPE),
        c("FFL_BUSINESS_NAME", N, "VARCHAR", ["Caprock Outfitters & Pawn LLC"] * g.rows, "business"),
        c("TRANSFEREE_LAST_NAME", "last_name", "VARCHAR", [b.upper() for _, b in pairs]),
        c("TRANSFEREE_FIRST_NAME", "first_name", "VARCHAR", [a.upper() for a, _ in pairs]),
        c("TRANSFEREE_DOB", "date_of_birth", "DATE", g.births(1945, 2004)),
        c("TRANSFEREE_SSN", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.5), 0.7), HEAVY),
        c("RESIDENCE_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.US_TX_STREETS).upper())),
        c("RESIDENCE_CITY", "city", "VARCHAR", [p[0].upper() for p in places]),
        c("RESIDENCE_COUNTY", N, "VARCHAR", [p[1].upper() for p in places], "decoy"),
        c("RESIDENCE_ZIP", "postal_code", "VARCHAR", [p[2] + g.digits(2) for p in places]),
        c("LTC_NUMBER", "national_id", "VARCHAR", g.col(lambda: g.digits(8), 0.55), LICENCE, HEAVY),
        c("NICS_TRANSACTION_NO", N, "VARCHAR", g.col(lambda: g.code("1Z9ZZZZ"), 0.55), "decoy", SHAPE),
        c("NICS_RESPONSE", N, "VARCHAR", g.col(g.pick(["PROCEED", "PROCEED", "DELAYED", "DENIED", "CANCELLED"])),
          "decoy"),
        c("FIREARM_MANUFACTURER", N, "VARCHAR", g.col(g.pick(["RUGER", "SMITH & WESSON", "GLOCK", "SAVAGE ARMS",
                                                              "HENRY REPEATING ARMS"])), "decoy"),
        c("FIREARM_SERIAL", N, "VARCHAR", g.col(lambda: g.code("AAZ999999")), "decoy", SHAPE),
        c("PRIVATE_SELLER_NAME", "person_name", "VARCHAR", [v.whole(g).upper() if x else None for x in consign], ROLE,
          HEAVY),
        c("PHONE_NUMBER", "phone", "VARCHAR", g.phones("US", {"dashes": 0.6, "digits": 0.4}, 0.85, 0.25)),
        c("SALESPERSON", "person_name", "VARCHAR", g.col(g.pick([s.upper() for s in staff])), STAFF),
        c("TRANSFER_DATE", N, "DATE", g.days("2025-01-02", "2025-11-28"), "decoy"),
    ])


def za_schedule6(g: Gen) -> Table:
    """A KwaZulu-Natal community pharmacy's Schedule 6 (controlled drug) register (abbreviated snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "za", female)
        born = g.birth(1940, 2012)
        rows.append((a, b, born, v.za_id(g, born, female)))
    places = [g.rnd.choice(v.ZA_CITIES) for _ in range(g.rows)]
    pharmacists = _staff(g, 3, "za")
    doctors = [f"Dr {v.whole(g, 'za')}" for _ in range(25)]
    collect = [g.rnd.random() < 0.3 for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Collected by son {v.given(g, 'za')}", "Early refill refused", "Script verified by phone",
                             f"Patient's wife {v.whole(g, 'za')} signed", "Dose reduced per prescriber"])

    return Table("s6reg.rx_s6_disp", "en", "abbrev", [
        c("disp_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("scr_no", N, "VARCHAR", g.col(lambda: v.za_id_decoy(g)), "decoy", SHAPE),
        c("pt_fnm", "first_name", "VARCHAR", [r[0] for r in rows], ABBREV),
        c("pt_snm", "last_name", "VARCHAR", [r[1] for r in rows], ABBREV),
        c("pt_idno", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.85 else None for r in rows], ABBREV),
        c("pt_dob", "date_of_birth", "DATE", [r[2] for r in rows], ABBREV),
        c("pt_addr", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ZA_STREETS, "za"), 0.1), ABBREV),
        c("pt_sub", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("pt_pcd", "postal_code", "VARCHAR", [p[1] for p in places], ABBREV),
        c("pt_cell", "phone", "VARCHAR", g.phones("ZA", {"national": 0.7, "e164": 0.3}, 0.9, 0.1), ABBREV),
        c("drug_nm", N, "VARCHAR", g.col(g.pick(["Pethidine 50mg/ml", "Morphine sulphate 10mg", "Methylphenidate 10mg",
                                                 "Fentanyl 25mcg/h patch", "Oxycodone 5mg"])), "decoy"),
        c("qty", N, "INTEGER", g.ints(1, 60), "decoy"),
        c("bal_after", N, "INTEGER", g.ints(0, 400), "decoy"),
        c("dr_nm", "person_name", "VARCHAR", g.col(g.pick(doctors)), ROLE, ABBREV),
        c("dr_hpcsa", N, "VARCHAR", g.col(lambda: g.code("MP 0999999")), "business", SHAPE),
        c("coll_by_nm", "person_name", "VARCHAR", [v.whole(g, "za") if x else None for x in collect], ROLE, HEAVY),
        c("rph_nm", "person_name", "VARCHAR", g.col(g.pick(pharmacists)), STAFF, ABBREV),
        c("disp_dt", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy"),
        c("usr_fld3", "free_text", "VARCHAR", _custom(g, "ZA", "za"), CUSTOM),
        c("rmk", "free_text", "VARCHAR", g.sparse(note, 0.76, _words("nil")), NULLWORD, ABBREV),
    ])


def nz_fireworks(g: Gen) -> Table:
    """A Canterbury fireworks retailer's COBOL sales extract (padded CHAR, numeric dates and phones)."""
    pairs = [v.person(g, "nz") for _ in range(g.rows)]
    places = [g.rnd.choice(v.NZ_CITIES) for _ in range(g.rows)]
    births = g.births(1950, 2007)
    staff = _staff(g, 4, "nz")
    sale = [g.day("2025-11-02", "2025-11-05") for _ in range(g.rows)]
    shops = [("SPARKZ CHCH RICCARTON", g.phone("NZ", "digits", False)),
             ("SPARKZ TIMARU", g.phone("NZ", "digits", False))]
    shop = [g.rnd.randrange(len(shops)) for _ in range(g.rows)]
    return Table("FWXLEGACY.FWX_SALE_EXTRACT", "en", "cobol", [
        c("FWX-RCPT-NO", N, "VARCHAR", g.col(lambda: g.code("R2599999")), "decoy", SHAPE, LEGACY),
        c("FWX-SHOP-NM", N, "VARCHAR", _pad([shops[i][0] for i in shop], 24), "business", LEGACY),
        c("FWX-SHOP-PH", N, "BIGINT", [int(shops[i][1]) for i in shop], "business", LEGACY),
        c("FWX-BUYER-SURNM", "last_name", "VARCHAR", _pad([b.upper() for _, b in pairs], 20), LEGACY),
        c("FWX-BUYER-GIVNM", "first_name", "VARCHAR", _pad([a.upper() for a, _ in pairs], 15), LEGACY),
        c("FWX-BUYER-DOB", "date_of_birth", "INTEGER", [_ymd(d) for d in births], LEGACY),
        c("FWX-ID-TYPE", N, "VARCHAR", g.col(g.pick(["DL", "PP", "HC", "KC"])), "decoy", LEGACY),
        c("FWX-ID-NO", "national_id", "VARCHAR", _pad(g.col(lambda: g.code("AA999999")), 10), LICENCE, LEGACY),
        c("FWX-BUYER-ADDR", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.NZ_STREETS, "nz").upper(),
                                                                    0.2), 30), LEGACY),
        c("FWX-BUYER-TOWN", "city", "VARCHAR", _pad([p[0].upper() for p in places], 16), LEGACY),
        c("FWX-BUYER-PCODE", "postal_code", "INTEGER", [int(p[1]) for p in places], LEGACY),
        c("FWX-BUYER-PH", "phone", "BIGINT", [int(g.phone("NZ", "digits")) if g.rnd.random() < 0.7 else 0
                                              for _ in range(g.rows)], LEGACY),
        c("FWX-COLLECTOR-NM", "person_name", "VARCHAR", _pad(g.col(lambda: v.whole(g, "nz").upper(), 0.85), 30),
          ROLE, HEAVY, LEGACY),
        c("FWX-SKU", N, "VARCHAR", g.col(lambda: g.code("FW-99999")), "decoy", SHAPE, LEGACY),
        c("FWX-QTY", N, "INTEGER", g.ints(1, 12), "decoy", LEGACY),
        c("FWX-SALE-DT", N, "INTEGER", [_ymd(d) for d in sale], "decoy", LEGACY),
        c("FWX-CLERK", "person_name", "VARCHAR", _pad(g.col(g.pick([s.upper() for s in staff])), 24), STAFF, LEGACY),
        c("FWX-USER-FLD-1", "free_text", "VARCHAR", _pad(_custom(g, "NZ", "nz"), 40), CUSTOM, LEGACY),
    ])


def in_age_verify_stg(g: Gen) -> Table:
    """A Bengaluru online liquor delivery platform's age verification vendor feed, landed as an opaque staging
    table."""
    def dob() -> str:
        d = g.birth(1955, 2004)
        return f"{d.day:02d}-{d.month:02d}-{d.year}"

    places = [g.rnd.choice(v.IN_CITIES) for _ in range(g.rows)]
    return Table("stg_ageverify.src_kyc_raw", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "in")), OPAQUE),
        c("col03", "date_of_birth", "VARCHAR", g.col(dob), OPAQUE),
        c("col04", "national_id", "VARCHAR", g.col(lambda: v.pan(g), 0.3), OPAQUE),
        c("col05", "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g, g.rnd.random() < 0.6), 0.6), OPAQUE, HEAVY),
        c("col06", "phone", "VARCHAR", g.phones("IN", {"e164": 0.5, "national": 0.3, "intl": 0.2}), OPAQUE),
        c("col07", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "in"), v.DOMAINS["in"]), 0.25),
          OPAQUE),
        c("col08", N, "VARCHAR", g.col(g.pick(["PAN_OCR", "AADHAAR_OKYC", "DIGILOCKER", "DL_OCR"])), "decoy", OPAQUE),
        c("col09", N, "DOUBLE", g.floats(0.4, 1.0, 3), "decoy", OPAQUE),
        c("col10", N, "VARCHAR", g.col(g.pick(["APPROVED", "REJECTED_UNDERAGE", "MANUAL_REVIEW", "FACE_MISMATCH"])),
          "decoy", OPAQUE),
        c("col11", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.4)), OPAQUE),
        c("col12", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IN_STREETS, "in"), 0.2), OPAQUE),
        c("col13", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col14", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places], OPAQUE),
        c("col15", N, "VARCHAR", g.col(lambda: v.aadhaar_decoy(g)), "decoy", SHAPE, OPAQUE),
        c("col16", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c("col17", "free_text", "VARCHAR", _custom(g, "IN", "in"), CUSTOM, OPAQUE),
        c("col18", N, "VARCHAR", g.col(lambda: f"{g.rnd.uniform(12.8, 13.1):.5f},{g.rnd.uniform(77.4, 77.8):.5f}"),
          "decoy", OPAQUE),
        c("col19", N, "TIMESTAMP", g.moments("2025-09-01", "2025-11-30"), "decoy", OPAQUE),
    ])


def ie_door_scan(g: Gen) -> Table:
    """A Dublin late bar's door ID scanner log (snake case, ``scan_`` prefix)."""
    pairs = [v.person(g, "ie") for _ in range(g.rows)]
    places = [g.rnd.choice(v.IE_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "ie")
    doc = [g.rnd.choice(["AGE_CARD", "PSC", "DL", "PASSPORT"]) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Barred - fight with {v.whole(g, 'ie')} 14/06", "Refused, intoxicated",
                             f"Signed in by member {v.given(g, 'ie')}", "Fake ID retained, Garda informed"])

    return Table("doorscan.entry_checks", "en", "snake", [
        c("scan_id", N, "BIGINT", g.keys(77_000_001), "decoy", KEY),
        c("scan_venue", N, "VARCHAR", g.col(g.pick(["The Gilded Bee", "Harcourt Vaults"])), "business"),
        c("scan_venue_phone", N, "VARCHAR", g.col(g.pick([g.phone("IE", "national", False),
                                                           g.phone("IE", "national", False)])), "business"),
        c("scan_doc_type", N, "VARCHAR", doc, "decoy"),
        c("scan_given_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("scan_family_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("scan_birth_date", "date_of_birth", "DATE", g.births(1960, 2007)),
        c("scan_ppsn", "ssn", "VARCHAR", [v.pps(g) if d == "PSC" else None for d in doc], HEAVY),
        c("scan_doc_no", "national_id", "VARCHAR", [g.code("AA9999999") if d != "PSC" else None for d in doc]),
        c("scan_addr", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IE_STREETS, "ie"), 0.45)),
        c("scan_town", "city", "VARCHAR", [p[0] for p in places]),
        c("scan_eircode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('A9AA')}" if g.rnd.random() < 0.6 else None
                                                     for p in places]),
        c("scan_mobile", "phone", "VARCHAR", g.phones("IE", {"national": 0.7, "e164": 0.3}, 1.0, 0.5)),
        c("guest_of_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ie"), 0.8), ROLE, HEAVY),
        c("scan_face_hash", N, "VARCHAR", g.col(g.md5), "decoy", SHAPE),
        c("scan_result", N, "VARCHAR", g.col(g.pick(["ADMIT", "ADMIT", "REFUSE_AGE", "REFUSE_BARRED"])), "decoy"),
        c("door_supervisor", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("psa_contractor_licence", N, "VARCHAR", ["PSA-CON-04518"] * g.rows, "business", SHAPE),
        c("scanned_at", N, "TIMESTAMP", g.moments("2025-05-01", "2025-11-30"), "decoy"),
        c("door_notes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("none")), NULLWORD),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def de_altersverifikation(g: Gen) -> Table:
    """A Leipzig online age verification vendor's verification runs for e-cigarette and spirits shops (German, camel
    case)."""
    pairs = [v.person(g, "de") for _ in range(g.rows)]
    places = [g.rnd.choice(v.DE_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "de")
    other_holder = [g.rnd.random() < 0.25 for _ in range(g.rows)]
    shops = ["Dampfwolke Versand GmbH", "Brennerei Oberlausitz OHG", "LiquidLabor24 UG"]

    def bban() -> str:
        return g.rnd.choice(["86050000", "86020500", "87050000", "43060967"]) + g.digits(10)

    return Table("altersPruefung.verifikationsVorgaenge", "de", "camel", [
        c("vorgangId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("haendlerName", N, "VARCHAR", g.col(g.pick(shops)), "business"),
        c("bestellNummer", N, "VARCHAR", g.col(lambda: g.code("DW-2025-999999")), "decoy", SHAPE),
        c("vorname", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("nachname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("geburtsdatum", "date_of_birth", "VARCHAR", [d.strftime("%d.%m.%Y") for d in g.births(1940, 2007)]),
        c("ausweisNummer", "national_id", "VARCHAR", g.col(lambda: _ausweis(g), 0.4)),
        c("benutzername", USERNAME, "VARCHAR", [v.handle(g, a, b) if g.rnd.random() < 0.8 else None
                                                for a, b in pairs], "username"),
        c("eMail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["de"]) for a, b in pairs]),
        c("strasseHausnummer", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.DE_STREETS, "de"))),
        c("postleitzahl", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places]),
        c("ort", "city", "VARCHAR", [p[0] for p in places]),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DE", bban), 0.45)),
        c("kontoinhaber", "person_name", "VARCHAR", [v.whole(g, "de") if x else None for x in other_holder], ROLE,
          HEAVY),
        c("pruefverfahren", N, "VARCHAR", g.col(g.pick(["eID", "Video-Ident", "SCHUFA-Q-Bit", "Bank-Ident"])),
          "decoy"),
        c("ergebnis", N, "VARCHAR", g.col(g.pick(["volljährig", "volljährig", "minderjährig", "abgebrochen"])),
          "decoy"),
        c("ipAdresse", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.35))),
        c("sdkVersion", N, "VARCHAR", g.col(g.version), "decoy"),
        c("sachbearbeiter", "person_name", "VARCHAR", g.col(g.pick(staff), 0.5), STAFF),
        c("erstelltAm", N, "TIMESTAMP", g.moments("2025-02-01", "2025-11-30"), "decoy"),
    ])


def fr_stupefiants_as400(g: Gen) -> Table:
    """A Toulouse pharmacy group's AS/400 narcotics register (French, ``OS`` prefix, CYYMMDD)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "fr", female)
        born = g.birth(1935, 2010)
        rows.append((a, b, born, v.nir(g, born, female)))
    places = [g.rnd.choice(v.FR_CITIES) for _ in range(g.rows)]
    pharmaciens = _staff(g, 4, "fr")
    officines = [("PHARMACIE DES CARMES", g.digits(9)), ("PHARMACIE DU CAPITOLE", g.digits(9))]
    off = [g.rnd.randrange(len(officines)) for _ in range(g.rows)]
    return Table("STUPOFF.OSORDP", "fr", "as400", [
        c("OSNORD", N, "DECIMAL(9,0)", g.keys(250_000_001), "decoy", KEY, LEGACY),
        c("OSOFFI", N, "VARCHAR", _pad([officines[i][0] for i in off], 26), "business", LEGACY),
        c("OSFINE", N, "VARCHAR", [officines[i][1] for i in off], "business", SHAPE, LEGACY),
        c("OSNOMP", "last_name", "VARCHAR", _pad([r[1].upper() for r in rows], 25), LEGACY),
        c("OSPRNP", "first_name", "VARCHAR", _pad([r[0].upper() for r in rows], 20), LEGACY),
        c("OSDNAI", "date_of_birth", "DECIMAL(7,0)", [_cyymmdd(r[2]) for r in rows], LEGACY),
        c("OSNIRP", "ssn", "VARCHAR", [r[3] if g.rnd.random() < 0.8 else None for r in rows], LEGACY),
        c("OSADRP", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.FR_STREETS, "fr").upper(), 0.1),
                                                      32), LEGACY),
        c("OSCPOS", "postal_code", "DECIMAL(5,0)", [int(p[1]) for p in places], LEGACY),
        c("OSVILP", "city", "VARCHAR", _pad([p[0].upper() for p in places], 26), LEGACY),
        c("OSTELP", "phone", "DECIMAL(10,0)", [int(g.phone("FR", "digits", g.rnd.random() < 0.7))
                                               if g.rnd.random() < 0.75 else 0 for _ in rows], LEGACY),
        c("OSPRES", "person_name", "VARCHAR", _pad(g.col(lambda: "DR " + v.whole(g, "fr").upper()), 30), ROLE,
          LEGACY),
        c("OSRPPS", N, "VARCHAR", g.col(lambda: "10" + g.digits(9)), "business", SHAPE, LEGACY),
        c("OSMAND", "person_name", "VARCHAR", _pad(g.col(lambda: v.whole(g, "fr").upper(), 0.75), 30), ROLE, HEAVY,
          LEGACY),
        c("OSCIP7", N, "VARCHAR", g.col(g.pick(["3400936612345", "3400930000123", "3400955501234"])), "decoy", SHAPE,
          LEGACY),
        c("OSQTEU", N, "DECIMAL(5,0)", g.ints(1, 90), "decoy", LEGACY),
        c("OSDDEL", N, "DECIMAL(7,0)", [_cyymmdd(g.day("2025-01-01", "2025-11-30")) for _ in rows], "decoy", LEGACY),
        c("OSPHAR", "person_name", "VARCHAR", _pad(g.col(g.pick([p.upper() for p in pharmaciens])), 30), STAFF,
          LEGACY),
    ])


def es_club_cannabico(g: Gen) -> Table:
    """A Barcelona cannabis social club's member register (Spanish, snake case)."""
    pairs = [v.person(g, "es") for _ in range(g.rows)]
    places = [g.rnd.choice(v.ES_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "es")
    foreign = [g.rnd.random() < 0.3 for _ in range(g.rows)]

    def bban() -> str:
        return g.rnd.choice(["2100", "0081", "0182", "2038"]) + g.digits(16)

    def obs() -> str:
        return g.rnd.choice([f"Avalado por {v.whole(g, 'es')}", "Cuota impagada marzo", "Consumo terapéutico, informe",
                             f"Hermano de {v.given(g, 'es')}, socio 112", "Baja voluntaria"])

    return Table("asociacion_cannabica.socios", "es", "snake", [
        c("id_socio", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("num_carnet", N, "VARCHAR", g.col(lambda: v.dni_decoy(g)), "decoy", SHAPE),
        c("nombre", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("primer_apellido", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("segundo_apellido", "last_name", "VARCHAR", g.col(lambda: v.person(g, "es")[1], 0.2)),
        c("dni_nie", "national_id", "VARCHAR", [v.nie(g) if f else v.dni(g) for f in foreign]),
        c("fecha_nacimiento", "date_of_birth", "DATE", g.births(1955, 2005)),
        c("telefono_movil", "phone", "VARCHAR", g.phones("ES", {"national": 0.7, "e164": 0.3}, 0.95)),
        c("correo_electronico", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["es"]) if g.rnd.random() < 0.7
                                                     else None for a, b in pairs]),
        c("domicilio", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ES_STREETS, "es"))),
        c("municipio", "city", "VARCHAR", [p[0] for p in places]),
        c("codigo_postal", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places]),
        c("iban_cuota", "iban", "VARCHAR", g.col(lambda: v.iban_spaced(v.iban(g, "ES", bban)), 0.5)),
        c("socio_avalista", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "es"), 0.1), ROLE),
        c("consumo_previsto_g", N, "INTEGER", g.ints(5, 60), "decoy"),
        c("fecha_alta", N, "DATE", g.days("2019-01-01", "2025-11-30"), "decoy"),
        c("estado", N, "VARCHAR", g.col(g.pick(["activo", "activo", "baja", "suspendido"])), "decoy"),
        c("registrado_por", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("campo_libre_3", "free_text", "VARCHAR", _custom(g, "ES", "es"), CUSTOM),
        c("observaciones", "free_text", "VARCHAR", g.sparse(obs, 0.75, _words("sin datos")), NULLWORD),
    ])


def nl_coffeeshop_pas(g: Gen) -> Table:
    """A Maastricht coffeeshop's residents-only member pass register (Dutch, Pascal case)."""
    pairs = [v.person(g, "nl") for _ in range(g.rows)]
    places = [g.rnd.choice(v.NL_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "nl")
    return Table("CoffeeshopLedenpas.Leden", "nl", "pascal", [
        c("LidId", N, "BIGINT", g.keys(30_001), "decoy", KEY),
        c("Pasnummer", N, "VARCHAR", g.col(lambda: v.bsn_decoy(g)), "decoy", SHAPE),
        c("Voornaam", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("Achternaam", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("Geboortedatum", "date_of_birth", "DATE", g.births(1950, 2007)),
        c("Bsn", "national_id", "VARCHAR", g.col(lambda: v.bsn(g), 0.15)),
        c("IdDocumentNummer", "national_id", "VARCHAR", g.col(lambda: g.code("AA9ZZZZZ9"), 0.1)),
        c("Straat", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NL_STREETS, "nl"))),
        c("Postcode", "postal_code", "VARCHAR", [f"{p[1]}{g.digits(2)} {g.code('AA')}" for p in places]),
        c("Woonplaats", "city", "VARCHAR", [p[0] for p in places]),
        c("Mobiel", "phone", "VARCHAR", g.phones("NL", {"national": 0.7, "e164": 0.3}, 1.0, 0.3)),
        c("Introducee", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nl"), 0.7), ROLE, HEAVY),
        c("IngezeteneGecontroleerd", N, "BOOLEAN", g.yn(True, False, 0.97), "decoy"),
        c("Vestiging", N, "VARCHAR", g.col(g.pick(["De Groene Maas", "Het Kolenhuis"])), "business"),
        c("KvkNummer", N, "VARCHAR", g.col(g.pick(["14093877", "14102446"])), "business", SHAPE),
        c("DagLimietGram", N, "INTEGER", [5] * g.rows, "decoy"),
        c("Medewerker", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("LidSinds", N, "DATE", g.days("2012-05-01", "2025-11-30"), "decoy"),
    ])


def pl_apteka_rejestr(g: Gen) -> Table:
    """A Kraków pharmacy's register of narcotic and psychotropic dispensations (Polish, SCREAMING case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "pl", female)
        if female and b.endswith("ski"):
            b = b[:-1] + "a"
        born = g.birth(1935, 2012)
        rows.append((a, b, born, v.pesel(g, born, female)))
    places = [g.rnd.choice(v.PL_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "pl")
    doctors = [f"lek. {v.whole(g, 'pl')}" for _ in range(20)]
    other = [g.rnd.random() < 0.3 for _ in range(g.rows)]
    return Table("KSIEGA_NARK.WYDANIA", "pl", "screaming", [
        c("ID_WYDANIA", N, "BIGINT", g.keys(1_500_001), "decoy", KEY),
        c("NR_RECEPTY", N, "VARCHAR", g.col(lambda: v.pesel_decoy(g)), "decoy", SHAPE),
        c("KOD_RECEPTY_EREC", N, "VARCHAR", g.col(lambda: g.digits(4), 0.3), "decoy"),
        c("IMIE_PACJENTA", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("NAZWISKO_PACJENTA", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("PESEL", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.9 else None for r in rows]),
        c("DATA_URODZENIA", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("ADRES", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PL_STREETS, "pl"), 0.15)),
        c("KOD_POCZTOWY", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(3)}" for p in places]),
        c("MIEJSCOWOSC", "city", "VARCHAR", [p[0] for p in places]),
        c("TELEFON", "phone", "VARCHAR", g.phones("PL", {"national": 0.7, "e164": 0.3}, 0.9, 0.45)),
        c("LEKARZ_WYSTAWIAJACY", "person_name", "VARCHAR", g.col(g.pick(doctors)), ROLE),
        c("NR_PWZ_LEKARZA", N, "VARCHAR", g.col(lambda: g.code("9999999")), "business", SHAPE),
        c("ODBIORCA_IMIE_NAZWISKO", "person_name", "VARCHAR", [v.whole(g, "pl") if x else None for x in other], ROLE,
          HEAVY),
        c("NAZWA_LEKU", N, "VARCHAR", g.col(g.pick(["Morphini sulfas 20 mg", "Oxycodoni hydrochloridum 10 mg",
                                                    "Methylphenidatum 18 mg", "Fentanylum 50 µg/h"])), "decoy"),
        c("ILOSC_OPAKOWAN", N, "INTEGER", g.ints(1, 6), "decoy"),
        c("STAN_PO_WYDANIU", N, "INTEGER", g.ints(0, 300), "decoy"),
        c("FARMACEUTA", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("DATA_WYDANIA", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
        c("POLE_DOD_2", "free_text", "VARCHAR", _custom(g, "PL", "pl"), CUSTOM),
    ])


def tr_av_bayi(g: Gen) -> Table:
    """An Izmir hunting and knife shop's cartridge and blade sales book (Turkish, snake case)."""
    from stdnum.tr import tckimlik, vkn
    pairs = [v.person(g, "tr") for _ in range(g.rows)]
    places = [g.rnd.choice(v.TR_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "tr")

    def tc() -> str:
        body = str(g.rnd.randint(1, 9)) + g.digits(8)
        d = body + tckimlik.calc_check_digits(body)
        assert tckimlik.is_valid(d)
        return d

    vergi = g.valid(lambda: g.digits(10), vkn.is_valid)

    def aciklama() -> str:
        return g.rnd.choice([f"Avcı derneği üyesi, {v.whole(g, 'tr')} referans", "Ruhsat fotokopisi alındı",
                             f"Eşi {v.given(g, 'tr')} teslim aldı", "Bıçak: 18 yaş kontrolü yapıldı"])

    return Table("av_bayi.fisek_satis_defteri", "tr", "snake", [
        c("satis_no", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("fatura_no", N, "VARCHAR", g.col(lambda: g.code("IZB2025000999999")), "decoy", SHAPE),
        c("bayi_vergi_no", N, "VARCHAR", [vergi] * g.rows, "business", SHAPE),
        c("bayi_unvani", N, "VARCHAR", ["Kordon Av Malzemeleri Ltd. Şti."] * g.rows, "business"),
        c("musteri_adi", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("musteri_soyadi", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("tc_kimlik_no", "national_id", "VARCHAR", g.col(tc, 0.05)),
        c("dogum_tarihi", "date_of_birth", "DATE", g.births(1950, 2006)),
        c("av_tezkeresi_no", "national_id", "VARCHAR", g.col(lambda: g.code("35-99999"), 0.4), LICENCE),
        c("cep_telefonu", "phone", "VARCHAR", g.phones("TR", {"national": 0.7, "e164": 0.3}, 0.95, 0.1)),
        c("adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.TR_STREETS, "tr"), 0.2)),
        c("ilce", "city", "VARCHAR", [p[0] for p in places]),
        c("posta_kodu", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("urun_kodu", N, "VARCHAR", g.col(lambda: g.code("AV-9999-A")), "decoy", SHAPE),
        c("urun_cinsi", N, "VARCHAR", g.col(g.pick(["12 kalibre fişek", "Av bıçağı", "Çakı", "20 kalibre fişek"])),
          "decoy"),
        c("adet", N, "INTEGER", g.ints(1, 250), "decoy"),
        c("satis_tarihi", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy"),
        c("satici", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("ozel_alan_1", "free_text", "VARCHAR", _custom(g, "TR", "tr"), CUSTOM),
        c("aciklama", "free_text", "VARCHAR", g.sparse(aciklama, 0.75, _words("yok")), NULLWORD),
    ])


def ja_taspo(g: Gen) -> Table:
    """A Fukuoka tobacco association's taspo (adult ID card for tobacco vending machines) issuance ledger (romanized
    Japanese column names, Japanese values)."""
    pairs = [v.person(g, "ja") for _ in range(g.rows)]
    places = [g.rnd.choice(v.JA_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "ja")

    def bikou() -> str:
        return g.rnd.choice(["顔写真不鮮明、再提出", f"家族の{v.whole(g, 'ja')}さんが代理受取", "住所変更あり",
                             "紛失再発行"])

    return Table("taspo_fukuoka.hakkou_daichou", "ja", "snake", [
        c("shinsei_id", N, "BIGINT", g.keys(8_800_001), "decoy", KEY),
        c("card_bangou", N, "VARCHAR", g.col(lambda: g.code("TP99999999999999")), "decoy", SHAPE),
        c("shimei", "person_name", "VARCHAR", [f"{b} {a}" for a, b in pairs]),
        c("shimei_kana", "person_name", "VARCHAR", [f"{v.JA_KANA[b]} {v.JA_KANA[a]}" for a, b in pairs]),
        c("seinengappi", "date_of_birth", "DATE", g.births(1945, 2005)),
        c("menkyoshou_bangou", "national_id", "VARCHAR", g.col(lambda: "90" + g.digits(10), 0.4), LICENCE),
        c("denwa_bangou", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "e164": 0.2}, 0.7, 0.1)),
        c("mail_address", "email", "VARCHAR", g.col(lambda: v.romaji_email(g, v.DOMAINS["ja"]), 0.55), HEAVY),
        c("juusho", "street_address", "VARCHAR", g.col(g.pick(v.JA_STREETS))),
        c("shikuchouson", "city", "VARCHAR", [p[0] for p in places]),
        c("yuubin_bangou", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(4)}" for p in places]),
        c("dairinin_shimei", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ja"), 0.8), ROLE, HEAVY),
        c("hakkou_kubun", N, "VARCHAR", g.col(g.pick(["新規", "再発行", "更新"])), "decoy"),
        c("toriatsukai_ten", N, "VARCHAR", g.col(g.pick(["たばこ天神店", "小倉駅前たばこセンター", "久留米たばこ"])),
          "business"),
        c("shinsei_bi", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy"),
        c("tantousha", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("bikou", "free_text", "VARCHAR", g.sparse(bikou, 0.75, _words("なし", "不明")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (co_dispensary, 1_100), (ab_liquor_idscan, 900), (gb_vape_shop, 1_000), (tx_ffl_nics, 800),
    (za_schedule6, 700), (nz_fireworks, 600), (in_age_verify_stg, 900), (ie_door_scan, 1_000),
    (de_altersverifikation, 800), (fr_stupefiants_as400, 700), (es_club_cannabico, 500), (nl_coffeeshop_pas, 600),
    (pl_apteka_rejestr, 600), (tr_av_bayi, 450), (ja_taspo, 400),
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
