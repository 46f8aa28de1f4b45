"""Held-out set v72 for the column classifier: 15 tables of *gambling, lottery, betting and casino operators* (KYC,
player accounts, self-exclusion registers, payouts, retailer terminals), one system per table and each a different
organisation, eight with English column names (England, Mississippi, New South Wales, Ireland, Ontario, Kenya, Malta
and Pennsylvania) and seven in German, French, Spanish, Italian, Swedish, Greek (Greek script) and romanized Japanese
(with one kanji column name). Three are legacy extracts (an AS/400 file with a two-letter field prefix, a COBOL
copybook's fixed-width file with hyphenated names, an SAP table with SAP's abbreviations) with padded values, dates as
``YYYYMMDD`` numbers and ``DATS`` text, and SSNs, ZIP codes and phones kept as numbers; the others are modern (snake,
camel and Pascal case), with abbreviations (``cust_fnm``, ``ctc_ph``, ``addr_ln1``), a source prefix
(``src_crm_col17``) and opaque custom fields holding personal data (``JKUDF1``, ``User2``, ``notes2``, ``misc_2``,
``customField2``, ``ZZFELD2``, ``code``) beside opaque fields holding none (``JKUDF2``, ``User1``, ``misc_1``,
``customField1``, ``ZZFELD1``, ``src_crm_col18``):

* ``spinhall.player_accounts``: a Leeds online casino's player accounts (UK licence: screen names, middle names,
  address lines, postcodes, GAMSTOP checks, deposit limits, affordability bands, registration and last-login IPs,
  password hashes, affiliate tags);
* ``CMSLIB.JKPTW2G``: a Tunica (Mississippi) riverboat casino's slot-jackpot W-2G file on an AS/400 (``JK`` prefix:
  the SSN and ZIP as numbers, the birth date as a ``YYYYMMDD`` number with 0 for missing, padded names, the ID shown,
  slot attendants, user profiles and programs, ``JKUDF1`` the winner's e-mail);
* ``ClubSafe.SelfExclusionRegister``: a Newcastle (New South Wales) club group's multi-venue self-exclusion register
  (Pascal case: deed numbers, photos, the venues excluded from, counsellors, the family member who applied, breach
  notes, ``User2`` the patron's support person);
* ``RTLCOMM.RETAILER_COMM_FILE``: an Irish lottery operator's weekly retailer commission file with its COBOL
  copybook's names (``RT-LICENSEE-PPSN``: shops, Eircodes, shop phones and VAT numbers beside the licensee's name,
  PPSN and mobile as a number, terminal serials, scratch-card pack tracking numbers, area reps);
* ``bingoHall.prizePayouts``: a Hamilton (Ontario) charitable bingo hall's large prize payouts with the identification
  FINTRAC asks for (camel case: winners, occupations, Ontario driving licences and passports, the charity of the
  session, callers, cashiers' logins, ``notes2`` the name of a winner sharing the prize);
* ``betke.mpesa_c2b_deposits``: a Nairobi sportsbook's M-Pesa paybill deposits (the payer's MSISDN and names as
  M-Pesa sends them, the bill reference holding the player's phone, M-Pesa receipt codes, the paybill number, national
  ID numbers, ``misc_2`` a second phone);
* ``mga_compliance.sow_reviews``: a Malta-licensed online casino's source-of-wealth reviews of players in Finland,
  Norway, Germany and New Zealand (abbreviated names, withdrawal IBANs, employers, analysts' notes, documents as JSON,
  ``src_crm_col17`` a phone, an e-mail or a name by row);
* ``pa_sportsbook.geoComplianceChecks``: a Pennsylvania online sportsbook's geolocation checks (camel case: IPs,
  ISPs, coordinates of the device, Wi-Fi BSSIDs, app and OS versions, the player's e-mail and home ZIP,
  ``customField2`` the 2FA mobile);
* ``SAPLTO.ZLTO_ANST``: a Hessian lottery company's retailer master (Annahmestellen) in SAP-style names (German:
  ``NAME1`` the shop, ``NAME2`` the owner, the owner's ``GBDAT`` as ``DATS`` text, Steuer-ID, mobile and
  ``SMTP_ADDR``, the shop's VAT id, terminals and firmware, sales reps, ``ERNAM``, ``ZZFELD2`` the deputy);
* ``casino_cote_fleurie.controle_entrees``: a Normandy seaside casino's entrance controls against the national
  gaming-ban file (French: identity documents, birthplaces, the physiognomist on duty, members' addresses,
  observations);
* ``apuestas_meseta.verificaciones_rgiaj``: a Madrid online bookmaker's identity checks against the RGIAJ and the
  identity-verification service (Spanish: aliases, two family names, DNI and NIE, domicile, reviewers);
* ``scommesse_puglia.contiGioco``: an Apulian betting-shop concessionaire's online gaming accounts (Italian, camel
  case: the codice fiscale encoding the row's name, birth date and comune, identity-card numbers, the withdrawal IBAN,
  the shop and its partita IVA, ``code`` the referrer's mobile);
* ``travspel.spelpaus_kontroller``: a Dalarna harness-racing betting company's Spelpaus checks at log-in (Swedish:
  personnummer encoding the row's birth date, BankID IPs, agent shops and their orgnr, caseworkers);
* ``πρακτορείο_θεσσαλονίκης.κάρτες_παικτών``: a Thessaloniki betting agency's player cards (Greek column names and
  values: father's name, AMKA encoding the row's birth date and sex, ΑΦΜ, identity-card numbers, card barcodes);
* ``kyotei_net.kaiin_meibo``: a boat-race (kyōtei) telephone and internet betting club's member register (romanized
  Japanese names, kanji and katakana values: the full name and its reading, the bank-account holder in katakana,
  driving-licence numbers, bank and branch codes, the clerk, ``会員区分``).

Written **blind**, like v2 to v71: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog, history or notes, only the list of kind names and their docstrings
(``governance_dagster/kinds.py``), how the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the
*structure* and labeling conventions of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test,
``tests/heldout_support.py``), the module docstrings of v24 to v71 (to avoid their domains and follow their labeling
conventions), the ``Column``/``Table`` classes and writer they build on (``heldout_v2.py``, ``heldout_v4.py``), the
ruff section of ``pyproject.toml`` and the sources of python-stdnum and phonenumbers. The classifier was not run on
this set while it was written, no scorer was run on it, and no score of any set was looked at: nothing here was
adjusted to what the classifier does. It was written under a short deadline (about an hour, the tests and lint
included), so some labels below are quick decisions rather than settled conventions. It imports no earlier set's
value module: its random source, name lists, streets, towns, postal codes and identifier builders are its own
(:mod:`benchmarks.classification.heldout_v72_values`; the generic ``Gen`` helpers were copied from v27's).

What is new against v2 to v71: earlier sets touched gambling at its edges (v11 a gambling KYC table, v44 an Ohio
lottery's prize-claim register, v47 an Indian fantasy app's KYC and a South African sportsbook's customers, v48 a Las
Vegas resort's hotel guest profiles); every organisation here is new, and so are the shapes of the trade: W-2G
jackpot files, self-exclusion deeds, national exclusion-register checks (GAMSTOP, RGIAJ, Spelpaus, the French
gaming-ban file), retailer commission files and terminals, M-Pesa paybill callbacks, source-of-wealth reviews,
geolocation checks, FINTRAC payout identification, player cards.

* legacy extracts (tag ``legacy``; ``padded`` for fixed-width CHAR values, ``int_date`` for dates kept as numbers or
  ``DATS`` text, ``numeric_id`` for SSNs, phones and ZIP codes kept as numbers, ``zero_missing`` where 0 means
  missing);
* decoys (tag ``decoy``; ``value_shape`` when shaped like an identifier or a personal value): ticket, payout, cheque,
  deed and receipt numbers (tag ``permit_number`` for deeds and account codes), M-Pesa receipt codes, slot machine
  and asset numbers, terminal ids and serials, scratch-card pack tracking numbers and game SKUs, bingo card serials
  built to fail Luhn, player-club card numbers, affiliate tags, game and product names (tag ``product_name``), shops,
  venues, charities, ISPs and employers (tag ``business``), event timestamps and dates (tag ``event_date``), contract
  and training dates, hashes (tag ``hashed``), app, OS and firmware versions (tag ``version``), the device's
  coordinates (tag ``coordinates``), Wi-Fi BSSIDs and MAC addresses, bank and branch codes;
* decoys with check digits (tag ``check_digit``, all ``none``): an Irish shop's VAT number, a German shop's USt-IdNr,
  an Italian shop's partita IVA, a Swedish agent shop's orgnr, EAN-13 barcodes of Greek player cards;
* credentials (tag ``credential``, ``none``): password hashes; partial values (tag ``partial``, ``none``): the last
  four digits of a deposit card;
* identifiers of persons (python-stdnum): the US SSN (also as a number), the Irish PPSN and the Greek AMKA (encoding
  the row's birth date and sex) (``ssn``); the German Steuer-ID, DNI and NIE, the codice fiscale (the row's name, birth
  date and comune), the Swedish personnummer (the row's birth date) and the Greek ΑΦΜ (``national_id``), and without a
  check digit: US, Ontario and Japanese driving licences, passports, Kenyan, French, Italian and Greek identity cards
  (``national_id``); Finnish, Norwegian, German and Italian IBANs; phones of the United Kingdom, the United States,
  Australia, Ireland, Canada, Kenya, Finland, Norway, Germany, New Zealand, France, Spain, Italy, Sweden, Greece and
  Japan (phonenumbers) in national, international, E.164, ``254…`` digits and as numbers; IPv4 and IPv6. No card
  numbers are in the set.

Tags: ``legacy``, ``padded``, ``int_date``, ``numeric_id``, ``zero_missing``, ``decoy``, ``business``,
``value_shape``, ``check_digit``, ``permit_number``, ``product_name``, ``coordinates``, ``hashed``, ``version``,
``event_date``, ``credential``, ``partial``, ``join_key``, ``null_heavy``, ``nullword_heavy``, ``staff``,
``role_word``, ``username``, ``audit``, ``service_account``, ``opaque``, ``misleading``, ``mixed_kinds``, ``abbrev``,
``dob_text``, ``json_plain``.

Labeling choices a reader may question:

* kinds.py puts every country's social-security number under ``ssn``: the US SSN, the Irish PPSN and the Greek AMKA
  are ``ssn``; the Steuer-ID, DNI, NIE, codice fiscale, personnummer, ΑΦΜ, Kenyan and French identity-card numbers,
  passports and driving licences shown as proof of identity are ``national_id``;
* a screen name or alias (``username``, ``alias``) and logins of cashiers, clerks and SAP users are ``unclassified``
  (tag ``username``); batch programs, callbacks and sync jobs are ``none`` (tag ``service_account``);
* staff (slot attendants, counsellors, area reps, callers, analysts, sales reps, physiognomists, reviewers,
  caseworkers, clerks) are ``person_name`` (a given name alone ``first_name``, a family name alone ``last_name``; tag
  ``staff``); the family member who applied for a self-exclusion, a winner's co-winner, a retailer's licensee and
  owner, a support person, the deputy, a bank-account holder and a referrer are people (tag ``role_word``);
* a middle initial, middle names, a Kenyan middle name and a Greek father's name (``πατρώνυμο``) are ``first_name``;
  a katakana reading of a full name is ``person_name``;
* shops, venues, charities, ISPs, employers and their addresses, phones, towns, Eircodes and tax numbers are ``none``
  (tag ``business``), also where a shop's name holds its owner's family name (``Hegarty's Centra``); the licensee's
  own name, PPSN and mobile are personal; the paybill number is ``none``;
* the device's coordinates at a geolocation check are ``none`` (tag ``coordinates``), as the conventions say; its IP
  address is ``ip_address``; a Wi-Fi BSSID, a device id and an ISP are ``none``;
* M-Pesa's ``bill_ref_number`` holds the player's phone number (``phone``, tag ``misleading``); ``JKUDF1``,
  ``customField2``, ``ZZFELD2``, ``User2``, ``notes2``, ``misc_2`` and ``code`` take the kind of what they hold (tag
  ``opaque`` or ``misleading``); ``src_crm_col17`` mixes phones, e-mail addresses and names by row (``free_text``, tag
  ``mixed_kinds``);
* notes, breach notes, analysts' notes, observations, ``σημειώσεις`` and ``biko`` naming people are ``free_text``;
* a birthplace is ``city``; states, provinces, counties, Greek and Japanese prefectures are ``none``; nationality,
  sex, occupation, document type and document expiry are ``none``;
* dates of birth kept as ``YYYYMMDD`` numbers or ``DATS`` text keep ``date_of_birth``; phones, SSNs and ZIP codes
  kept as numbers keep their kind; a self-exclusion's start date, a payout's date and a check's time are ``none``
  (tag ``event_date``).

Labeling rules otherwise as v27 (see :mod:`benchmarks.classification.heldout_v27`). ``null_heavy`` means 50-95% NULL,
``nullword_heavy`` 70-95% NULL words or blanks. Rows per table: 260 to 1,200.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets, towns
and postal codes of :mod:`benchmarks.classification.heldout_v72_values`, written for v72 (no Faker, no list of real
people, no breach data). Build: ``python -m benchmarks.classification.heldout_v72 [PATH]`` (default
``/tmp/heldout_v72.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v72``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v72_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v72_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v72.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings, placeholders, blanks and empty strings
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
MISLEADING = "misleading"
OPAQUE = "opaque"
STAFF = "staff"
ROLE = "role_word"
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
SERVICE = "service_account"
KEY = "join_key"
LEGACY = "legacy"
PADDED = "padded"
INT_DATE = "int_date"
NUMERIC = "numeric_id"
ZERO = "zero_missing"
CHECK = "check_digit"
PERMIT = "permit_number"
PRODUCT = "product_name"
COORD = "coordinates"
HASHED = "hashed"
VERSION = "version"
EVENT = "event_date"
CREDENTIAL = "credential"
PARTIAL = "partial"
MIXED = "mixed_kinds"
DOB_TEXT = "dob_text"
JSON_PLAIN = "json_plain"
BUSINESS = "business"

#: leading digits of mobile numbers of the Malta casino's players' countries
MOBILE_LEADS = {"FI": ["40", "41", "44", "45", "50"], "NO": ["4", "9"], "DE": ["151", "160", "170", "171", "176"],
                "NZ": ["21", "22", "27"]}


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a", "N/A", "null") + extra


def _staff(g: Gen, n: int, make: Callable[[], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make())
    return sorted(out)


def _logins(g: Gen, lang: str, n: int, style: int) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.login(*v.person(g, lang), style))
    return sorted(out)


def _pad(value: object, width: int) -> str:
    return ("" if value is None else str(value))[:width].ljust(width)


def _ymd(d: date | None) -> int:
    return 0 if d is None else int(d.strftime("%Y%m%d"))


# -- England, Mississippi, New South Wales, Ireland --------------------------------------------------------------------


def gb_player_accounts(g: Gen) -> Table:
    """A Leeds online casino's player accounts: keys, the screen name, e-mail, title, given, middle and family names,
    birth date, mobile, two address lines, town and postcode, KYC status and the provider's reference, GAMSTOP check
    time and result, deposit limit, affordability band, marketing flag, registration and last-login IPs, the password
    hash, the affiliate tag, the creation time."""
    rows = [(g.rnd.random() < 0.5,) for _ in range(g.rows)]
    pairs = [v.person(g, "gb", f) for (f,) in rows]
    towns = [g.rnd.choice(v.GB_TOWNS) for _ in range(g.rows)]

    def title(female: bool) -> str:
        return g.rnd.choice(["Ms", "Mrs", "Miss", "Mx"]) if female else g.rnd.choice(["Mr", "Mr", "Mx", "Dr"])

    return Table("spinhall.player_accounts", "en", "snake", [
        c("player_id", N, "BIGINT", g.keys(4_100_001, 7), "decoy", KEY),
        c("account_uuid", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("username", USERNAME, "VARCHAR", [v.handle(g, a, b) for a, b in pairs], USER),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["gb"]) for a, b in pairs]),
        c("title", N, "VARCHAR", [title(f) for (f,) in rows], "decoy"),
        c("first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("middle_names", "first_name", "VARCHAR", [None if g.rnd.random() < 0.72 else v.given(g, "gb") for _ in pairs],
          HEAVY),
        c("surname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("date_of_birth", "date_of_birth", "DATE", g.births(1950, 2006)),
        c("mobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.5, "e164": 0.4, "intl": 0.1}, 1.0, 0.0,
                                           ["73", "74", "75", "77", "78", "79"])),
        c("address_line_1", "street_address", "VARCHAR", g.col(lambda: v.gb_street(g))),
        c("address_line_2", "street_address", "VARCHAR", g.col(lambda: g.rnd.choice(
            ["Harehills", "Headingley", "Beeston", "Chapel Allerton", "Armley", "Horsforth", "Moortown", "Shipley"])
            + g.rnd.choice(["", " Village"]), 0.68), HEAVY),
        c("town", "city", "VARCHAR", [t[0] for t in towns]),
        c("postcode", "postal_code", "VARCHAR", [v.gb_postcode(g, g.rnd.choice(t[1])) for t in towns]),
        c("kyc_status", N, "VARCHAR", g.col(g.pick(["PASSED", "PASSED", "PASSED", "REFER", "PENDING_DOCS"])), "decoy"),
        c("kyc_provider_ref", N, "VARCHAR", g.col(lambda: g.code("IDV-xxxxxxxx-xxxx")), "decoy", SHAPE),
        c("gamstop_checked_at", N, "TIMESTAMP", g.moments("2025-06-01", "2025-12-31"), "decoy", EVENT),
        c("gamstop_result", N, "VARCHAR", g.col(g.pick(["N", "N", "N", "N", "Y", "P"])), "decoy"),
        c("deposit_limit_daily", N, "DECIMAL(9,2)", g.col(g.pick([20.0, 50.0, 100.0, 250.0, 500.0]), 0.4), "decoy"),
        c("affordability_band", N, "VARCHAR", g.col(g.pick(["A", "B", "C", "D"])), "decoy"),
        c("marketing_opt_in", N, "BOOLEAN", g.yn(True, False, 0.35), "decoy"),
        c("registration_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25))),
        c("last_login_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.4), 0.05)),
        c("password_hash", N, "VARCHAR", g.col(lambda: v.bcrypt_hash(g)), "decoy", CREDENTIAL, HASHED),
        c("deposit_card_last4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.3), "decoy", PARTIAL, SHAPE),
        c("btag", N, "VARCHAR", g.col(lambda: g.code("a_9999b_999c_"), 0.45), "decoy", SHAPE),
        c("created_at", N, "TIMESTAMP", g.moments("2019-01-01", "2025-12-31"), "decoy", EVENT),
    ])


def ms_jackpot_w2g(g: Gen) -> Table:
    """A Tunica riverboat casino's slot-jackpot W-2G file on an AS/400 (``JK`` prefix, fixed-width CHAR fields): the
    transaction number, date and time as numbers, the machine, asset and game, the amount and withholding, the SSN as
    a number (0 when refused), the winner's padded names and middle initial, address, city, state, ZIP as a number,
    the birth date as a ``YYYYMMDD`` number (0 when missing), the ID shown and its state, the player-club card, the slot
    attendant (few), the supervisor's user profile, the program, ``JKUDF1`` the winner's e-mail, ``JKUDF2`` a comp
    code."""
    attendants = _staff(g, 6, lambda: v.whole(g, "us_south").upper())
    sups = _logins(g, "us_south", 4, 2)
    places = [g.rnd.choice(v.US_SOUTH) for _ in range(g.rows)]
    pairs = [v.person(g, "us_south") for _ in range(g.rows)]
    dobs = [None if g.rnd.random() < 0.05 else g.birth(1938, 2004) for _ in range(g.rows)]
    area = {"MS": (425, 428), "TN": (408, 415), "AR": (429, 432)}
    ssns = [0 if g.rnd.random() < 0.04 else int(v.us_ssn(g, area[p[1]]).replace("-", "")) for p in places]

    def licence(state: str) -> str:
        return {"MS": g.code("8999999999")[:9], "TN": g.code("999999999"), "AR": g.code("9999999999")[:9]}[state]

    ids = [g.rnd.choice(["DL", "DL", "DL", "ID", "PP"]) for _ in range(g.rows)]
    amounts = [round(g.rnd.choice([1_200, 1_250, 1_500, 2_000, 2_400, 5_000, 10_000]) * g.rnd.uniform(1, 1.6), 2)
               for _ in range(g.rows)]
    games = ["DELTA DIAMONDS 5X", "BLUES ALLEY RICHES", "COTTON KING DELUXE", "RIVER QUEEN 7S", "MUDCAT MEGA WAYS",
             "LUCKY LEVEE"]
    return Table("CMSLIB.JKPTW2G", "en", "screaming", [
        c("JKTRNO", N, "BIGINT", g.keys(250_001), "decoy", KEY, LEGACY, ABBREV),
        c("JKDATE", N, "INTEGER", [_ymd(d) for d in g.days("2025-01-01", "2025-12-31")], "decoy", EVENT, LEGACY,
          INT_DATE),
        c("JKTIME", N, "INTEGER", g.col(lambda: g.rnd.randint(0, 23) * 10_000 + g.rnd.randint(0, 59) * 100
                                        + g.rnd.randint(0, 59)), "decoy", LEGACY),
        c("JKMCHN", N, "VARCHAR", g.col(lambda: _pad(g.code("99-999"), 8)), "decoy", LEGACY, PADDED),
        c("JKASST", N, "VARCHAR", g.col(lambda: g.code("A99999")), "decoy", SHAPE, LEGACY),
        c("JKGAME", N, "VARCHAR", g.col(lambda: _pad(g.rnd.choice(games), 24)), "decoy", PRODUCT, LEGACY, PADDED),
        c("JKAMT", N, "DECIMAL(11,2)", amounts, "decoy", LEGACY),
        c("JKWHLD", N, "DECIMAL(11,2)", [round(a * 0.24, 2) if s == 0 else 0.0 for a, s in zip(amounts, ssns)],
          "decoy", LEGACY),
        c("JKSSN", "ssn", "BIGINT", ssns, LEGACY, NUMERIC, ZERO),
        c("JKLNAM", "last_name", "VARCHAR", [_pad(b.upper(), 20) for _, b in pairs], LEGACY, PADDED),
        c("JKFNAM", "first_name", "VARCHAR", [_pad(a.upper(), 15) for a, _ in pairs], LEGACY, PADDED),
        c("JKMINI", "first_name", "VARCHAR", [g.rnd.choice("ABCDEJKLMRSTW") if g.rnd.random() < 0.7 else " "
                                              for _ in range(g.rows)], LEGACY, ABBREV),
        c("JKADR1", "street_address", "VARCHAR", g.col(lambda: _pad(v.us_street(g).upper(), 30)), LEGACY, PADDED),
        c("JKCITY", "city", "VARCHAR", [_pad(p[0].upper(), 18) for p in places], LEGACY, PADDED),
        c("JKST", N, "VARCHAR", [p[1] for p in places], "decoy", LEGACY),
        c("JKZIP", "postal_code", "INTEGER", [int(g.rnd.choice(p[2])) for p in places], LEGACY, NUMERIC),
        c("JKDOB", "date_of_birth", "INTEGER", [_ymd(d) for d in dobs], LEGACY, INT_DATE, ZERO),
        c("JKIDTY", N, "VARCHAR", ids, "decoy", LEGACY),
        c("JKIDNO", "national_id", "VARCHAR", [_pad(g.code("A99999999") if t == "PP" else licence(p[1]), 12)
                                               for t, p in zip(ids, places)], LEGACY, PADDED),
        c("JKIDST", N, "VARCHAR", [("US" if t == "PP" else p[1]) for t, p in zip(ids, places)], "decoy", LEGACY),
        c("JKPLYR", N, "VARCHAR", g.col(lambda: g.code("7099999999"), 0.2), "decoy", SHAPE, LEGACY),
        c("JKATND", "person_name", "VARCHAR", g.col(lambda: _pad(g.rnd.choice(attendants), 25)), STAFF, LEGACY,
          PADDED),
        c("JKSUPV", USERNAME, "VARCHAR", g.col(lambda: _pad(g.rnd.choice(sups)[:10].upper(), 10)), USER, AUDIT,
          LEGACY),
        c("JKPGM", N, "VARCHAR", g.col(g.pick(["JKP200R", "JKP210R"])), "decoy", SERVICE, AUDIT, LEGACY),
        c("JKUDF1", "email", "VARCHAR", [_pad(v.email_of(g, a, b, v.DOMAINS["us"]) if g.rnd.random() < 0.55 else "", 40)
                                         for a, b in pairs], OPAQUE, MISLEADING, LEGACY, PADDED),
        c("JKUDF2", N, "VARCHAR", g.col(lambda: _pad(g.rnd.choice(["CMP10", "CMP25", "", "BUF2", "RM1N"]), 6)), "decoy",
          OPAQUE, LEGACY, PADDED),
    ])


def au_self_exclusion(g: Gen) -> Table:
    """A Newcastle (NSW) club group's multi-venue self-exclusion register (Pascal case): the id and deed number, the
    patron's given names, surname and preferred name, birth date as ``dd/mm/yyyy`` text, address, suburb, state and
    postcode, mobile and e-mail, the photo's file, the venues (clubs: ``none``), start and review dates, the minimum
    period, the counsellor (few), the family member who applied (mostly NULL) and the relationship, breach notes,
    ``User1`` (a referral source) and ``User2`` (the patron's support person), the clerk's login."""
    counsellors = _staff(g, 4, lambda: v.whole(g, "au"))
    clerks = _logins(g, "au", 5, 0)
    pairs = [v.person(g, "au") for _ in range(g.rows)]
    applicant = [None if g.rnd.random() < 0.85 else f"{v.given(g, 'au')} {b}" for _, b in pairs]
    subs = [g.rnd.choice(v.AU_SUBURBS) for _ in range(g.rows)]
    venues = ["Merewether Surfhouse Club", "Wallsend Diggers", "Lambton Bowling Club", "Cessnock Leagues",
              "Kurri Kurri Bowlo", "Belmont 16s", "Mayfield Ex-Services"]

    def breach() -> str:
        return g.rnd.choice([f"Detected at {g.rnd.choice(venues)}, escorted out by {g.rnd.choice(counsellors)}",
                             f"Sister {v.given(g, 'au')} rang to report a breach", "Breach via facial recognition",
                             f"Seen with {v.whole(g, 'au')} at the TAB"])

    return Table("ClubSafe.SelfExclusionRegister", "en", "pascal", [
        c("ExclusionId", N, "INTEGER", g.keys(8_001), "decoy", KEY),
        c("DeedNumber", N, "VARCHAR", g.col(lambda: g.code("SE-2025-999999")), "decoy", SHAPE, PERMIT),
        c("PatronGivenNames", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("PatronSurname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("PreferredName", "first_name", "VARCHAR", g.col(lambda: g.rnd.choice(
            ["Shazza", "Dazza", "Jonno", "Tommo", "Kez", "Mick", "Bec", "Robbo", "Gazza"]), 0.75), HEAVY),
        c("DateOfBirth", "date_of_birth", "VARCHAR", [g.birth(1945, 2006).strftime("%d/%m/%Y") for _ in pairs],
          DOB_TEXT),
        c("ResidentialAddress", "street_address", "VARCHAR", g.col(lambda: v.au_street(g))),
        c("Suburb", "city", "VARCHAR", [s[0] for s in subs]),
        c("State", N, "VARCHAR", ["NSW"] * g.rows, "decoy"),
        c("Postcode", "postal_code", "VARCHAR", [s[1] for s in subs]),
        c("MobilePhone", "phone", "VARCHAR", g.phones("AU", {"national": 0.7, "intl": 0.3}, 1.0, 0.05,
                                                      ["40", "41", "42", "43", "45", "47", "48"])),
        c("Email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["au"]) if g.rnd.random() < 0.7 else None
                                        for a, b in pairs]),
        c("PhotoFileRef", N, "VARCHAR", g.col(lambda: f"selfex/photos/{g.code('xxxxxxxxxxxx')}.jpg"), "decoy"),
        c("VenuesExcluded", N, "VARCHAR", g.col(lambda: "; ".join(sorted(g.rnd.sample(venues, g.rnd.randint(1, 4))))),
          "decoy", BUSINESS),
        c("StartDate", N, "DATE", g.days("2022-01-01", "2025-12-31"), "decoy", EVENT),
        c("MinimumPeriodMonths", N, "INTEGER", g.col(g.pick([6, 12, 12, 24, 36])), "decoy"),
        c("CounsellorName", "person_name", "VARCHAR", g.col(g.pick(counsellors), 0.1), STAFF),
        c("ThirdPartyApplicant", "person_name", "VARCHAR", applicant, HEAVY, ROLE),
        c("ApplicantRelationship", N, "VARCHAR", ["Self" if x is None else g.rnd.choice(
            ["Spouse", "Parent", "Sibling", "Adult child"]) for x in applicant], "decoy"),
        c("BreachNotes", "free_text", "VARCHAR", g.sparse(breach, 0.78, _words()), NULLWORD),
        c("User1", N, "VARCHAR", g.col(g.pick(["GambleAware", "Walk-in", "Club staff", "Court order"])), "decoy",
          OPAQUE),
        c("User2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au"), 0.4), OPAQUE, MISLEADING, ROLE),
        c("EnteredBy", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT),
        c("LastReviewedOn", N, "DATE", g.days("2025-01-01", "2025-12-31", 0.3), "decoy", EVENT),
    ])


def ie_retailer_commission(g: Gen) -> Table:
    """An Irish lottery operator's weekly retailer commission file with its COBOL copybook's names (fixed width): the
    retailer number, terminal id and serial, the shop's name, address line, town, Eircode, phone and VAT number
    (``none``), the licensee's surname, forename, PPSN (blank for company-run shops) and mobile as a number, the week
    ending as a ``YYYYMMDD`` number, sales, commission and prizes paid as zero-padded text, a scratch-card pack's
    tracking number and game SKU, the area rep (few) and a filler."""
    reps = _staff(g, 5, lambda: v.whole(g, "ie").upper())
    towns = [("ENNIS", "V95"), ("TRALEE", "V92"), ("MULLINGAR", "N91"), ("CASTLEBAR", "F23"), ("NAVAN", "C15"),
             ("CARLOW", "R93"), ("DUNGARVAN", "X35"), ("LETTERKENNY", "F92"), ("CORK", "T12"), ("GALWAY", "H91")]
    shop = [g.rnd.choice(towns) for _ in range(g.rows)]
    pairs = [v.person(g, "ie") for _ in range(g.rows)]
    company = [g.rnd.random() < 0.25 for _ in range(g.rows)]

    def shop_name(last: str) -> str:
        return g.rnd.choice([f"{last}'s Centra", f"{last} Newsagents", "Spar Station Road", "Londis Main Street",
                             f"{last}'s Gala", "Circle K Ballinrobe Rd", "Daybreak Quay Street", f"{last} & Sons Ltd"])

    return Table("RTLCOMM.RETAILER_COMM_FILE", "en", "screaming", [
        c("RT-RETAILER-NO", N, "VARCHAR", [f"{7_100_000 + i * 3:07d}" for i in range(g.rows)], "decoy", KEY, LEGACY),
        c("RT-TERMINAL-ID", N, "VARCHAR", g.col(lambda: g.code("T99999999")), "decoy", SHAPE, LEGACY),
        c("RT-TERM-SERIAL", N, "VARCHAR", g.col(lambda: _pad(g.code("GTX-AZ99-9999Z"), 16)), "decoy", SHAPE, LEGACY,
          PADDED),
        c("RT-SHOP-NAME", N, "VARCHAR", [_pad(shop_name(b).upper(), 30) for _, b in pairs], BUSINESS, LEGACY, PADDED),
        c("RT-SHOP-ADDR-1", N, "VARCHAR", g.col(lambda: _pad(g.rnd.choice(
            ["MAIN STREET", "O'CONNELL STREET", "MARKET SQUARE", "CHURCH STREET", "UNIT 4 RETAIL PARK",
             "THE CROSS"]), 30)), BUSINESS, LEGACY, PADDED),
        c("RT-SHOP-TOWN", N, "VARCHAR", [_pad(s[0], 15) for s in shop], BUSINESS, LEGACY, PADDED),
        c("RT-SHOP-EIRCODE", N, "VARCHAR", [f"{s[1]} {g.digits(4, 'ACDEFHKNPRTVWXY0123456789')}" for s in shop],
          BUSINESS, LEGACY),
        c("RT-SHOP-PHONE", N, "VARCHAR", [f"0{g.rnd.choice(['65', '66', '44', '94', '46', '59', '58', '74'])}"
                                          f"{g.digits(7)}" for _ in range(g.rows)], BUSINESS, LEGACY),
        c("RT-SHOP-VAT-NO", N, "VARCHAR", g.col(lambda: v.ie_vat(g)), BUSINESS, CHECK, LEGACY),
        c("RT-LICENSEE-SURNAME", "last_name", "VARCHAR", [_pad(b.upper(), 20) for _, b in pairs], ROLE, LEGACY,
          PADDED),
        c("RT-LICENSEE-FORENAME", "first_name", "VARCHAR", [_pad(a.upper(), 15) for a, _ in pairs], ROLE, LEGACY,
          PADDED),
        c("RT-LICENSEE-PPSN", "ssn", "VARCHAR", [_pad("" if co else v.ie_pps(g), 9) for co in company], LEGACY,
          PADDED),
        c("RT-LICENSEE-MOBILE", "phone", "BIGINT", g.col(lambda: int(g.phone("IE", "nsn", True, ["83", "85", "86",
                                                                                                  "87", "89"]))),
          LEGACY, NUMERIC),
        c("RT-WEEK-ENDING", N, "INTEGER", [_ymd(g.day("2025-09-06", "2025-12-27")) for _ in range(g.rows)], "decoy",
          EVENT, LEGACY, INT_DATE),
        c("RT-SALES-AMT", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(80_000, 4_500_000):011d}"), "decoy", LEGACY),
        c("RT-COMM-AMT", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(4_000, 250_000):09d}"), "decoy", LEGACY),
        c("RT-PRIZES-PAID", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(0, 900_000):09d}"), "decoy", LEGACY),
        c("RT-PACK-TRACKING", N, "VARCHAR", g.col(lambda: g.code("CE999999999IE"), 0.3), "decoy", SHAPE, LEGACY),
        c("RT-GAME-SKU", N, "VARCHAR", g.col(lambda: g.code("SC-9999-99")), "decoy", PRODUCT, SHAPE, LEGACY),
        c("RT-AREA-REP", "person_name", "VARCHAR", g.col(lambda: _pad(g.rnd.choice(reps), 25)), STAFF, LEGACY, PADDED),
        c("RT-FILLER", N, "VARCHAR", [" " * 12] * g.rows, "decoy", LEGACY, PADDED),
    ])


# -- Ontario, Kenya, Malta, Pennsylvania -------------------------------------------------------------------------------


def ca_bingo_payouts(g: Gen) -> Table:
    """A Hamilton charitable bingo hall's large prize payouts (camel case): payout id, session date, game, the card
    serial (fails Luhn), the prize, the winner's names, birth date, address, city, province, postal code, phone and
    occupation, the ID's type, number and jurisdiction, the charity of the session (``none``), the caller (few), the
    cashier's login, the cheque number, ``notes2`` a winner sharing the prize, notes."""
    callers = _staff(g, 4, lambda: v.whole(g, "ca"))
    cashiers = _logins(g, "ca", 5, 4)
    pairs = [v.person(g, "ca") for _ in range(g.rows)]
    places = [g.rnd.choice(v.CA_CITIES) for _ in range(g.rows)]
    idt = [g.rnd.choice(["ON_DL", "ON_DL", "ON_DL", "PASSPORT", "ON_PHOTO_CARD"]) for _ in range(g.rows)]

    def idno(kind: str, last: str) -> str:
        if kind == "PASSPORT":
            return g.code("AA999999")
        if kind == "ON_PHOTO_CARD":
            return g.code("A9999-99999-99999")
        return f"{v.plain(last)[0].upper()}{g.code('9999-99999-99999')}"

    def note() -> str:
        return g.rnd.choice(["Split pot paid in two cheques", f"Winner's husband {v.given(g, 'ca')} signed as witness",
                             "ID re-checked by floor manager", f"Called {g.rnd.choice(callers)} to verify the card"])

    return Table("bingoHall.prizePayouts", "en", "camel", [
        c("payoutId", N, "INTEGER", g.keys(51_001), "decoy", KEY),
        c("sessionDate", N, "DATE", g.days("2025-01-01", "2025-12-31"), "decoy", EVENT),
        c("gameNumber", N, "INTEGER", g.ints(1, 22), "decoy"),
        c("cardSerial", N, "VARCHAR", g.col(lambda: v.not_luhn(g, 16, "40")), "decoy", SHAPE),
        c("prizeAmount", N, "DECIMAL(9,2)", g.col(lambda: float(g.rnd.choice([1_000, 1_500, 2_500, 5_000, 10_000,
                                                                               12_000]))), "decoy"),
        c("winnerFirstName", "first_name", "VARCHAR", [a for a, _ in pairs], ROLE),
        c("winnerLastName", "last_name", "VARCHAR", [b for _, b in pairs], ROLE),
        c("winnerDob", "date_of_birth", "DATE", g.births(1935, 2006)),
        c("winnerAddress", "street_address", "VARCHAR", g.col(lambda: v.ca_street(g))),
        c("winnerCity", "city", "VARCHAR", [p[0] for p in places]),
        c("winnerProvince", N, "VARCHAR", ["ON"] * g.rows, "decoy"),
        c("winnerPostalCode", "postal_code", "VARCHAR", [v.ca_postal(g, g.rnd.choice(p[1])) for p in places]),
        c("winnerPhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.6, "dashes": 0.4}, 0.7, 0.08,
                                                      ["905", "289", "365"])),
        c("winnerOccupation", N, "VARCHAR", g.col(g.pick(["Retired", "Nurse", "Steelworker", "PSW", "Homemaker",
                                                          "Truck driver", "Teacher", "Cashier"])), "decoy"),
        c("idType", N, "VARCHAR", idt, "decoy"),
        c("idNumber", "national_id", "VARCHAR", [idno(k, b) for k, (_, b) in zip(idt, pairs)]),
        c("idJurisdiction", N, "VARCHAR", ["CA" if k == "PASSPORT" else "ON" for k in idt], "decoy"),
        c("charityName", N, "VARCHAR", g.col(g.pick(["Stoney Creek Lions Club", "Hamilton Minor Hockey Assoc.",
                                                     "St. Eustace Parish Council", "Mountain Seniors Centre"])),
          BUSINESS),
        c("callerName", "person_name", "VARCHAR", g.col(g.pick(callers)), STAFF),
        c("cashierLogin", USERNAME, "VARCHAR", g.col(g.pick(cashiers)), USER, AUDIT),
        c("chequeNumber", N, "VARCHAR", g.col(lambda: g.code("0099999")), "decoy", SHAPE),
        c("notes2", "person_name", "VARCHAR", [None if g.rnd.random() < 0.8 else v.whole(g, "ca") for _ in pairs],
          OPAQUE, MISLEADING, HEAVY, ROLE),
        c("notes", "free_text", "VARCHAR", g.col(note, 0.62), HEAVY),
    ])


def ke_mpesa_deposits(g: Gen) -> Table:
    """A Nairobi sportsbook's M-Pesa paybill (C2B) deposits: the row id, the M-Pesa receipt code, the time as a
    ``YYYYMMDDHHMMSS`` number, the amount, the paybill (``none``), the bill reference (the player's phone:
    ``phone``), the MSISDN as ``2547…`` digits, the payer's first, middle and last names as M-Pesa sends them, the
    balance, the player id, the national ID number, the promo code, the bonus, the status, the callback service,
    ``misc_1`` a channel and ``misc_2`` a second phone."""
    pairs = [v.person(g, "ke") for _ in range(g.rows)]
    leads = ["70", "71", "72", "74", "79", "11"]
    mobiles = [g.phone("KE", "national", True, leads).replace(" ", "") for _ in range(g.rows)]
    stamps = g.moments("2025-10-01", "2025-12-31")
    return Table("betke.mpesa_c2b_deposits", "en", "snake", [
        c("id", N, "BIGINT", g.keys(9_000_001), "decoy", KEY),
        c("trans_id", N, "VARCHAR", g.col(lambda: "T" + g.code("AZZZZZZZZ")), "decoy", SHAPE),
        c("trans_time", N, "BIGINT", [int(s.strftime("%Y%m%d%H%M%S")) for s in stamps], "decoy", EVENT, INT_DATE),
        c("trans_amount", N, "DECIMAL(10,2)", g.col(lambda: float(g.rnd.choice([20, 49, 50, 100, 100, 200, 500, 1_000,
                                                                                 2_500]))), "decoy"),
        c("business_short_code", N, "VARCHAR", g.col(g.pick(["747400", "747400", "747401"])), BUSINESS),
        c("bill_ref_number", "phone", "VARCHAR", [m if g.rnd.random() < 0.9 else m[1:] for m in mobiles], MISLEADING),
        c("msisdn", "phone", "VARCHAR", ["254" + m[1:] for m in mobiles]),
        c("first_name", "first_name", "VARCHAR", [a.upper() for a, _ in pairs]),
        c("middle_name", "first_name", "VARCHAR", [v.given(g, "ke").upper() if g.rnd.random() < 0.55 else ""
                                                   for _ in pairs]),
        c("last_name", "last_name", "VARCHAR", [b.upper() for _, b in pairs]),
        c("org_account_balance", N, "DECIMAL(14,2)", g.amounts(1_000_000, 9_000_000), "decoy"),
        c("player_id", N, "BIGINT", g.ints(300_000, 899_999), "decoy", KEY),
        c("national_id_no", "national_id", "VARCHAR", g.col(lambda: str(g.rnd.randint(20_000_000, 39_999_999)), 0.2)),
        c("promo_code", N, "VARCHAR", g.col(g.pick(["KARIBU50", "JACKPOT", "WIKENDI", ""])), "decoy"),
        c("bonus_awarded", N, "DECIMAL(8,2)", g.col(lambda: float(g.rnd.choice([0, 0, 0, 25, 50]))), "decoy"),
        c("status", N, "VARCHAR", g.col(g.pick(["COMPLETED", "COMPLETED", "COMPLETED", "REVERSED"])), "decoy"),
        c("processed_by", N, "VARCHAR", ["c2b-confirmation-svc"] * g.rows, "decoy", SERVICE, AUDIT),
        c("misc_1", N, "VARCHAR", g.col(g.pick(["USSD", "APP", "WEB", "SMS"])), "decoy", OPAQUE),
        c("misc_2", "phone", "VARCHAR", g.col(lambda: g.phone("KE", "intl", True, leads), 0.6), OPAQUE, MISLEADING,
          HEAVY),
    ])


def mt_sow_reviews(g: Gen) -> Table:
    """A Malta-licensed online casino's source-of-wealth reviews (abbreviated snake case): ids, the player's names,
    birth date as ISO text, phone, e-mail, address, city, postcode and country, occupation, employer (``none``),
    income band, the withdrawal IBAN (none for New Zealand), the trigger rule, the analyst (few) and notes, the
    documents received as JSON (``none``), the score and decision, ``src_crm_col17`` (a phone, an e-mail or a name by
    row) and ``src_crm_col18`` (a channel), the decision time."""
    analysts = _staff(g, 5, lambda: v.whole(g, g.rnd.choice(["gb", "ie"])))
    lang = {"FI": "fi", "NO": "no", "DE": "de", "NZ": "nz"}
    ctry = [g.rnd.choice(["FI", "FI", "NO", "NO", "DE", "NZ"]) for _ in range(g.rows)]
    pairs = [v.person(g, lang[k]) for k in ctry]
    places = [g.rnd.choice(v.EU_PLACES[k][0]) for k in ctry]

    def note(i: int) -> str:
        a, b = pairs[i]
        return g.rnd.choice([f"{a} sent payslips from {g.rnd.choice(['Nokia', 'Equinor', 'Fonterra', 'Bosch'])}",
                             f"Inheritance from late father {v.given(g, lang[ctry[i]])} {b}; probate seen",
                             "Deposits match salary, no further action", f"Spoke to {a} by phone, sale of house",
                             "Crypto gains, exchange statements requested"])

    def mixed(i: int) -> str:
        a, b = pairs[i]
        pick = g.rnd.random()
        if pick < 0.4:
            return g.phone(ctry[i], "e164", True, MOBILE_LEADS[ctry[i]])
        if pick < 0.75:
            return v.email_of(g, a, b, v.DOMAINS["eu"])
        return f"{a} {b}"

    return Table("mga_compliance.sow_reviews", "en", "snake", [
        c("review_id", N, "INTEGER", g.keys(12_001), "decoy", KEY),
        c("cust_id", N, "BIGINT", g.ints(1_000_000, 1_999_999), "decoy", KEY),
        c("cust_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("cust_lnm", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
        c("cust_dob", "date_of_birth", "VARCHAR", [g.birth(1950, 2004).isoformat() for _ in pairs], ABBREV, DOB_TEXT),
        c("ctc_ph", "phone", "VARCHAR", [g.phone(k, g.rnd.choice(["e164", "intl"]), True, MOBILE_LEADS[k])
                                         for k in ctry], ABBREV),
        c("ctc_em", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["eu"]) for a, b in pairs], ABBREV),
        c("addr_ln1", "street_address", "VARCHAR", [f"{g.rnd.choice(v.EU_PLACES[k][1])} {g.rnd.randint(1, 90)}"
                                                    if k != "NZ" else f"{g.rnd.randint(1, 400)} "
                                                    f"{g.rnd.choice(v.EU_PLACES[k][1])}" for k in ctry], ABBREV),
        c("addr_city", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("addr_pc", "postal_code", "VARCHAR", [p[1] for p in places], ABBREV),
        c("ctry", N, "VARCHAR", ctry, "decoy", ABBREV),
        c("occupation", N, "VARCHAR", g.col(g.pick(["Engineer", "Nurse", "Self-employed", "Fisherman", "Dairy farmer",
                                                    "IT consultant", "Retired"])), "decoy"),
        c("employer_nm", N, "VARCHAR", g.col(g.pick(["Wärtsilä Oyj", "Equinor ASA", "Fonterra Co-operative",
                                                     "Robert Bosch GmbH", "Self"]), 0.1), BUSINESS, ABBREV),
        c("declared_income_band", N, "VARCHAR", g.col(g.pick(["<30k", "30-60k", "60-100k", "100k+"])), "decoy"),
        c("wd_iban", "iban", "VARCHAR", [None if k == "NZ" or g.rnd.random() < 0.1
                                         else v.iban(g, k, g.rnd.random() < 0.4) for k in ctry], ABBREV),
        c("trigger_rule", N, "VARCHAR", g.col(g.pick(["DEP_30D_GT_10K", "NET_LOSS_90D_GT_20K", "RAPID_DEP_VELOCITY"])),
          "decoy"),
        c("analyst_nm", "person_name", "VARCHAR", g.col(g.pick(analysts)), STAFF, ABBREV),
        c("analyst_notes", "free_text", "VARCHAR", [note(i) for i in range(g.rows)]),
        c("docs_received", N, "VARCHAR", g.col(lambda: json.dumps(sorted(g.rnd.sample(
            ["payslip", "bank_statement", "tax_return", "probate", "sale_contract"], g.rnd.randint(1, 3))))), "decoy",
          JSON_PLAIN),
        c("risk_score", N, "INTEGER", g.ints(1, 100), "decoy"),
        c("decision", N, "VARCHAR", g.col(g.pick(["CLEARED", "CLEARED", "LIMITS_APPLIED", "CLOSED"])), "decoy"),
        c("src_crm_col17", "free_text", "VARCHAR", [mixed(i) for i in range(g.rows)], OPAQUE, MIXED),
        c("src_crm_col18", N, "VARCHAR", g.col(g.pick(["web", "ios", "android"])), "decoy", OPAQUE),
        c("decided_at", N, "TIMESTAMP", g.moments("2025-03-01", "2025-12-31", 0.15), "decoy", EVENT),
    ])


def pa_geo_checks(g: Gen) -> Table:
    """A Pennsylvania online sportsbook's geolocation checks (camel case): check, account, session and device ids, the
    time, the device's IP and ISP, its coordinates and accuracy (``none``), the result, the distance to the state line,
    the device model, OS and app versions, the Wi-Fi BSSID, the player's e-mail and home ZIP, ``customField1`` (an
    SDK flag) and ``customField2`` (the 2FA mobile), the reviewer's note."""
    zips = ["19104", "19125", "19148", "15201", "15212", "15227", "18102", "18104", "16501", "18505", "17104", "17603"]
    pairs = [v.person(g, "us_pa") for _ in range(g.rows)]
    base = [(39.95, -75.16), (40.44, -79.99), (40.60, -75.47), (42.12, -80.08), (41.41, -75.66), (40.27, -76.88)]

    def spot() -> tuple[float, float]:
        la, lo = g.rnd.choice(base)
        return round(la + g.rnd.uniform(-0.08, 0.08), 6), round(lo + g.rnd.uniform(-0.08, 0.08), 6)

    spots = [spot() for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Player {v.given(g, 'us_pa')} near NJ line, asked to move", "VPN detected, blocked",
                             f"Called {v.whole(g, 'us_pa')} back re: failed checks", "Cleared after manual review"])

    return Table("pa_sportsbook.geoComplianceChecks", "en", "camel", [
        c("checkId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("accountId", N, "BIGINT", g.ints(60_000_000, 69_999_999), "decoy", KEY),
        c("sessionId", N, "VARCHAR", g.col(lambda: g.code("xxxxxxxxxxxxxxxxxxxxxxxx")), "decoy", KEY),
        c("checkedAt", N, "TIMESTAMP", g.moments("2025-09-01", "2025-12-31"), "decoy", EVENT),
        c("ipAddress", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.35))),
        c("ipIsp", N, "VARCHAR", g.col(g.pick(["Comcast Cable", "Verizon Fios", "T-Mobile USA", "Armstrong Cable",
                                                "Service Electric"])), BUSINESS),
        c("latitude", N, "DOUBLE", [s[0] for s in spots], "decoy", COORD),
        c("longitude", N, "DOUBLE", [s[1] for s in spots], "decoy", COORD),
        c("accuracyMeters", N, "INTEGER", g.ints(5, 1_500), "decoy"),
        c("geoResult", N, "VARCHAR", g.col(g.pick(["PASS", "PASS", "PASS", "PASS", "FAIL_OUT_OF_STATE", "FAIL_PROXY"])),
          "decoy"),
        c("nearestBoundaryMiles", N, "DOUBLE", g.floats(0.1, 140, 1), "decoy"),
        c("deviceId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("deviceModel", N, "VARCHAR", g.col(g.pick(["iPhone15,2", "iPhone16,1", "SM-S918U", "Pixel 8", "SM-A156U"])),
          "decoy"),
        c("osVersion", N, "VARCHAR", g.col(g.pick(["iOS 18.1", "iOS 17.6.1", "iOS 18.2", "Android 14", "Android 15",
                                                    "Android 13"])), "decoy", VERSION),
        c("appVersion", N, "VARCHAR", g.col(g.version), "decoy", VERSION),
        c("wifiBssid", N, "VARCHAR", g.col(lambda: v.mac(g), 0.3), "decoy", SHAPE),
        c("playerEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["us"]) for a, b in pairs]),
        c("homeZip", "postal_code", "VARCHAR", g.col(g.pick(zips))),
        c("customField1", N, "VARCHAR", g.col(g.pick(["sdk4", "sdk4", "sdk5-beta"])), "decoy", OPAQUE),
        c("customField2", "phone", "VARCHAR", g.phones("US", {"e164": 1.0}, 1.0, 0.1,
                                                       ["215", "267", "412", "610", "484", "717", "570", "814"]),
          OPAQUE, MISLEADING),
        c("reviewerNote", "free_text", "VARCHAR", g.sparse(note, 0.8, _words()), NULLWORD),
    ])


# -- Hesse, Normandy, Madrid, Apulia -----------------------------------------------------------------------------------


def de_sap_retailers(g: Gen) -> Table:
    """A Hessian lottery company's retailer master (Annahmestellen) in SAP-style names: client, retailer number, the
    shop's name, street, postcode, town, phone and VAT id (``none``), the owner (``NAME2``), the owner's birth date as
    ``DATS`` text (``00000000`` for GmbH-run shops), Steuer-ID, mobile and ``SMTP_ADDR``, the terminal number, serial
    and firmware, the sales rep (few), the youth-protection training date and flag, ``ERNAM`` and ``ERDAT``,
    ``ZZFELD1`` (a category) and ``ZZFELD2`` (the deputy)."""
    reps = _staff(g, 5, lambda: v.whole(g, "de"))
    users = [x.upper()[:12] for x in _logins(g, "de", 4, 2)]
    towns = [g.rnd.choice(v.DE_TOWNS) for _ in range(g.rows)]
    pairs = [v.person(g, "de") for _ in range(g.rows)]
    gmbh = [g.rnd.random() < 0.2 for _ in range(g.rows)]

    def shop(last: str) -> str:
        return g.rnd.choice([f"Tabak & Lotto {last}", "Kiosk am Bahnhof", f"Schreibwaren {last}", "Presse-Shop City",
                             "Rewe Getränkemarkt Lotto", f"{last} Zeitschriften e.K.", "Lotto-Toto Marktplatz"])

    return Table("SAPLTO.ZLTO_ANST", "de", "screaming", [
        c("MANDT", N, "VARCHAR", ["100"] * g.rows, "decoy", LEGACY),
        c("ANSTNR", N, "VARCHAR", [f"{4_200_000 + i * 11:010d}" for i in range(g.rows)], "decoy", KEY, LEGACY),
        c("NAME1", N, "VARCHAR", [shop(b) for _, b in pairs], BUSINESS, LEGACY),
        c("NAME2", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs], ROLE, LEGACY),
        c("STRAS", N, "VARCHAR", g.col(lambda: v.de_street(g)), BUSINESS, LEGACY),
        c("PSTLZ", N, "VARCHAR", [g.rnd.choice(t[1]) for t in towns], BUSINESS, LEGACY),
        c("ORT01", N, "VARCHAR", [t[0] for t in towns], BUSINESS, LEGACY),
        c("TELF1", N, "VARCHAR", [f"0{t[2]} {g.digits(6)}" for t in towns], BUSINESS, LEGACY),
        c("STCEG", N, "VARCHAR", g.col(lambda: v.de_vat(g)), BUSINESS, CHECK, LEGACY),
        c("GBDAT", "date_of_birth", "VARCHAR", ["00000000" if x else g.birth(1950, 1999).strftime("%Y%m%d")
                                                for x in gmbh], LEGACY, INT_DATE),
        c("IDNR", "national_id", "VARCHAR", ["" if x else v.de_idnr(g) for x in gmbh], LEGACY),
        c("HANDY", "phone", "VARCHAR", g.phones("DE", {"national": 0.6, "e164": 0.4}, 1.0, 0.15,
                                                ["151", "160", "170", "171", "176", "1520"]), LEGACY),
        c("SMTP_ADDR", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["de"]) for a, b in pairs], LEGACY),
        c("TERMNR", N, "VARCHAR", g.col(lambda: g.code("99999")), "decoy", LEGACY),
        c("TERMSN", N, "VARCHAR", g.col(lambda: g.code("WN-AZ9999999")), "decoy", SHAPE, LEGACY),
        c("FWVERS", N, "VARCHAR", g.col(g.version), "decoy", VERSION, LEGACY),
        c("VERTR", "person_name", "VARCHAR", g.col(g.pick(reps)), STAFF, LEGACY),
        c("SCHULDAT", N, "VARCHAR", [g.day("2023-01-01", "2025-12-31").strftime("%Y%m%d") for _ in range(g.rows)],
          "decoy", EVENT, LEGACY, INT_DATE),
        c("JUGSCH", N, "VARCHAR", g.yn("X", "", 0.9), "decoy", LEGACY),
        c("ERNAM", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, AUDIT, LEGACY),
        c("ERDAT", N, "VARCHAR", [g.day("2008-01-01", "2025-12-31").strftime("%Y%m%d") for _ in range(g.rows)],
          "decoy", EVENT, LEGACY, INT_DATE),
        c("ZZFELD1", N, "VARCHAR", g.col(g.pick(["A", "B", "C", "K"])), "decoy", OPAQUE, LEGACY),
        c("ZZFELD2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "de"), 0.45), OPAQUE, MISLEADING, ROLE, LEGACY),
    ])


def fr_casino_entrees(g: Gen) -> Table:
    """A Normandy seaside casino's entrance controls (French): the control id and time, the visitor's family name,
    given name, birth date as ``dd/mm/yyyy`` text and birthplace, the document type, number and expiry, nationality,
    the result against the gaming-ban file, the room, the loyalty card, the physiognomist on duty (few, first names),
    the member's phone, e-mail, address, postcode and town (members only), observations, the clerk's login."""
    physios = _staff(g, 5, lambda: v.given(g, "fr"))
    clerks = _logins(g, "fr", 4, 1)
    pairs = [v.person(g, "fr") for _ in range(g.rows)]
    member = [g.rnd.random() < 0.42 for _ in range(g.rows)]
    towns = [g.rnd.choice(v.FR_TOWNS) for _ in range(g.rows)]
    docs = [g.rnd.choice(["CNI", "CNI", "CNI", "PASSEPORT", "PERMIS"]) for _ in range(g.rows)]

    def docno(kind: str) -> str:
        if kind == "PASSEPORT":
            return g.code("99AA99999")
        if kind == "PERMIS":
            return g.code("999999999999")
        return g.rnd.choice([g.code("999999999999"), g.code("ZZZZZZZZZ")])

    def obs() -> str:
        return g.rnd.choice([f"Accompagné de M. {v.family(g, 'fr')}", "Refoulé : tenue non conforme",
                             f"Signalé par {g.rnd.choice(physios)} pour comportement", "Carte de membre renouvelée"])

    return Table("casino_cote_fleurie.controle_entrees", "fr", "snake", [
        c("id_controle", N, "BIGINT", g.keys(3_300_001), "decoy", KEY),
        c("horodatage_entree", N, "TIMESTAMP", g.moments("2025-07-01", "2025-12-31"), "decoy", EVENT),
        c("nom", "last_name", "VARCHAR", [b.upper() for _, b in pairs]),
        c("prenom", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("date_naissance", "date_of_birth", "VARCHAR", [g.birth(1940, 2007).strftime("%d/%m/%Y") for _ in pairs],
          DOB_TEXT),
        c("lieu_naissance", "city", "VARCHAR", g.col(lambda: g.rnd.choice(v.FR_TOWNS)[0], 0.1)),
        c("type_piece", N, "VARCHAR", docs, "decoy"),
        c("numero_piece", "national_id", "VARCHAR", [docno(k) for k in docs]),
        c("date_expiration_piece", N, "DATE", g.days("2026-01-01", "2035-12-31"), "decoy"),
        c("nationalite", N, "VARCHAR", g.col(g.pick(["FRA", "FRA", "FRA", "GBR", "BEL", "DEU"])), "decoy"),
        c("resultat_fichier_interdits", N, "VARCHAR", g.col(g.pick(["NON INSCRIT"] * 30 + ["INSCRIT"])), "decoy"),
        c("salle", N, "VARCHAR", g.col(g.pick(["Machines à sous", "Jeux traditionnels", "Poker"])), "decoy"),
        c("carte_fidelite", N, "VARCHAR", [g.code("CF99999999") if m else None for m in member], "decoy", SHAPE),
        c("physionomiste", "first_name", "VARCHAR", g.col(g.pick(physios)), STAFF),
        c("telephone", "phone", "VARCHAR", [g.phone("FR", g.rnd.choice(["national", "intl"]), True, ["6", "7"])
                                            if m else None
                                            for m in member], HEAVY),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["fr"]) if m and g.rnd.random() < 0.9 else None
                                        for m, (a, b) in zip(member, pairs)], HEAVY),
        c("adresse", "street_address", "VARCHAR", [v.fr_street(g) if m else None for m in member], HEAVY),
        c("code_postal", "postal_code", "VARCHAR", [t[1] if m else None for m, t in zip(member, towns)], HEAVY),
        c("ville", "city", "VARCHAR", [t[0] if m else None for m, t in zip(member, towns)], HEAVY),
        c("observations", "free_text", "VARCHAR", g.sparse(obs, 0.82, _words("néant", "sans objet")), NULLWORD),
        c("agent_saisie", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT),
    ])


def es_rgiaj_checks(g: Gen) -> Table:
    """A Madrid online bookmaker's identity checks (Spanish): ids, the alias, the given name and two family names, the
    document type and number (DNI or NIE), birth date, sex, domicile, postcode, municipality and province, mobile,
    e-mail, the RGIAJ and identity-service results and response code, the sign-up IP, the check time, the reviewer
    (few)."""
    reviewers = _staff(g, 4, lambda: v.whole(g, "es"))
    rows = [v.person(g, "es") + (v.family(g, "es"),) for _ in range(g.rows)]
    towns = [g.rnd.choice(v.ES_TOWNS) for _ in range(g.rows)]
    docs = [g.rnd.choice(["DNI"] * 5 + ["NIE"]) for _ in range(g.rows)]
    return Table("apuestas_meseta.verificaciones_rgiaj", "es", "snake", [
        c("id_verificacion", N, "BIGINT", g.keys(880_001), "decoy", KEY),
        c("id_usuario", N, "BIGINT", g.ints(100_000, 999_999), "decoy", KEY),
        c("alias", USERNAME, "VARCHAR", [v.handle(g, r[0], r[1]) for r in rows], USER),
        c("nombre", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("primer_apellido", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("segundo_apellido", "last_name", "VARCHAR", [r[2] if d == "DNI" or g.rnd.random() < 0.3 else ""
                                                       for r, d in zip(rows, docs)]),
        c("tipo_documento", N, "VARCHAR", docs, "decoy"),
        c("num_documento", "national_id", "VARCHAR", [v.es_dni(g) if d == "DNI" else v.es_nie(g) for d in docs]),
        c("fecha_nacimiento", "date_of_birth", "DATE", g.births(1945, 2006)),
        c("sexo", N, "VARCHAR", g.col(g.pick(["H", "M"])), "decoy"),
        c("domicilio", "street_address", "VARCHAR", g.col(lambda: v.es_street(g))),
        c("codigo_postal", "postal_code", "VARCHAR", [g.rnd.choice(t[2]) for t in towns]),
        c("municipio", "city", "VARCHAR", [t[0] for t in towns]),
        c("provincia", N, "VARCHAR", [t[1] for t in towns], "decoy"),
        c("telefono_movil", "phone", "VARCHAR", g.phones("ES", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 1.0, 0.03,
                                                         ["6", "7"])),
        c("correo", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["es"]) for r in rows]),
        c("resultado_rgiaj", N, "VARCHAR", g.col(g.pick(["NO_INSCRITO"] * 40 + ["INSCRITO"])), "decoy"),
        c("resultado_svdi", N, "VARCHAR", g.col(g.pick(["OK", "OK", "OK", "DISCREPANCIA_NOMBRE", "NO_ENCONTRADO"])),
          "decoy"),
        c("codigo_respuesta", N, "VARCHAR", g.col(g.pick(["0000", "0003", "0231", "0239"])), "decoy"),
        c("ip_alta", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2))),
        c("fecha_verificacion", N, "TIMESTAMP", g.moments("2025-01-01", "2025-12-31"), "decoy", EVENT),
        c("operador_revision", "person_name", "VARCHAR", g.col(g.pick(reviewers), 0.3), STAFF),
    ])


def it_conti_gioco(g: Gen) -> Table:
    """An Apulian betting-shop concessionaire's online gaming accounts (Italian, camel case): ids and the ADM account
    code, the codice fiscale (encoding the row's name, birth date and comune), names, birth date and comune, sex,
    residence, CAP, comune and province, mobile, e-mail, the document type and number, the withdrawal IBAN, the weekly
    deposit limit, the self-exclusion flag, the shop and its partita IVA (``none``), ``code`` (the referrer's
    mobile), the operator's note."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "it", female)
        born = g.birth(1945, 2006)
        place = g.rnd.choice(v.IT_COMUNI)
        rows.append((a, b, born, place, v.it_codice_fiscale(a, b, born, female, place[3]), female))
    homes = [g.rnd.choice(v.IT_COMUNI) for _ in range(g.rows)]
    shops = [("Agenzia Scommesse Corso Cavour", v.it_iva(g)), ("Sala Giochi Il Quadrifoglio", v.it_iva(g)),
             ("Punto Snai Japigia", v.it_iva(g)), ("Bar Tabacchi Ventrella", v.it_iva(g))]
    shop = [g.rnd.choice(shops) for _ in range(g.rows)]
    docs = [g.rnd.choice(["CIE", "CIE", "PATENTE", "PASSAPORTO"]) for _ in range(g.rows)]

    def docno(kind: str) -> str:
        return {"CIE": g.code("CA99999AA"), "PATENTE": g.code("BA9999999A"), "PASSAPORTO": g.code("YA9999999")}[kind]

    def note() -> str:
        return g.rnd.choice(["Documento scaduto, richiesto rinnovo", f"Cliente segnalato dal sig. {v.family(g, 'it')}",
                             f"Delega ritiro vincita a {v.whole(g, 'it')}", "Limite aumentato su richiesta"])

    return Table("scommesse_puglia.contiGioco", "it", "camel", [
        c("idConto", N, "BIGINT", g.keys(70_001), "decoy", KEY),
        c("codiceContoAdm", N, "VARCHAR", g.col(lambda: g.code("99999AZZZZZZ99")), "decoy", SHAPE, PERMIT),
        c("codiceFiscale", "national_id", "VARCHAR", [r[4] for r in rows]),
        c("nome", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("cognome", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("dataNascita", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("comuneNascita", "city", "VARCHAR", [r[3][0] for r in rows]),
        c("sesso", N, "VARCHAR", ["F" if r[5] else "M" for r in rows], "decoy"),
        c("indirizzoResidenza", "street_address", "VARCHAR", g.col(lambda: v.it_street(g))),
        c("capResidenza", "postal_code", "VARCHAR", [g.rnd.choice(h[2]) for h in homes]),
        c("comuneResidenza", "city", "VARCHAR", [h[0] for h in homes]),
        c("provinciaResidenza", N, "VARCHAR", [h[1] for h in homes], "decoy"),
        c("cellulare", "phone", "VARCHAR", g.phones("IT", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 1.0, 0.02,
                                                    ["32", "33", "34", "36", "38"])),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["it"]) for r in rows]),
        c("tipoDocumento", N, "VARCHAR", docs, "decoy"),
        c("numeroDocumento", "national_id", "VARCHAR", [docno(k) for k in docs]),
        c("ibanPrelievo", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IT", g.rnd.random() < 0.3), 0.35)),
        c("limiteDepositoSettimanale", N, "DECIMAL(8,2)", g.col(g.pick([100.0, 250.0, 500.0, 1000.0])), "decoy"),
        c("autoesclusione", N, "BOOLEAN", g.yn(True, False, 0.03), "decoy"),
        c("puntoVendita", N, "VARCHAR", [s[0] for s in shop], BUSINESS),
        c("partitaIvaPuntoVendita", N, "VARCHAR", [s[1] for s in shop], BUSINESS, CHECK),
        c("code", "phone", "VARCHAR", g.phones("IT", {"national": 1.0}, 1.0, 0.55, ["32", "33", "34", "39"]), OPAQUE,
          MISLEADING, HEAVY),
        c("notaOperatore", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("nessuna")), NULLWORD),
    ])


# -- Dalarna, Thessaloniki, Japan --------------------------------------------------------------------------------------


def se_spelpaus(g: Gen) -> Table:
    """A Dalarna harness-racing betting company's Spelpaus checks at log-in (Swedish): ids, personnummer (encoding the
    row's birth date), names, birth date, mobile, e-mail, street, postcode and town, the Spelpaus status and code, the
    check time, the BankID IP and device, the monthly deposit limit, the agent shop and its orgnr (``none``), the
    caseworker (few first names)."""
    agents = [("Travbaren Rättvik", v.se_orgnr(g)), ("Kiosken vid Stora Torget", v.se_orgnr(g)),
              ("Spelbutiken Gävle Centrum", v.se_orgnr(g)), ("Pressbyrån Borlänge", v.se_orgnr(g))]
    casework = _staff(g, 3, lambda: v.given(g, "sv"))
    births = g.births(1940, 2006)
    pairs = [v.person(g, "sv") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.SE_TOWNS) for _ in range(g.rows)]
    agent = [g.rnd.choice(agents) if g.rnd.random() < 0.45 else (None, None) for _ in range(g.rows)]
    return Table("travspel.spelpaus_kontroller", "sv", "snake", [
        c("kontroll_id", N, "BIGINT", g.keys(5_500_001), "decoy", KEY),
        c("kund_id", N, "BIGINT", g.ints(200_000, 699_999), "decoy", KEY),
        c("personnummer", "national_id", "VARCHAR", [v.se_personnummer(g, d) for d in births]),
        c("fornamn", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("efternamn", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("fodelsedatum", "date_of_birth", "DATE", births),
        c("mobilnummer", "phone", "VARCHAR", g.phones("SE", {"national": 0.6, "e164": 0.4}, 1.0, 0.05,
                                                      ["70", "72", "73", "76", "79"])),
        c("epost", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["sv"]) for a, b in pairs]),
        c("gatuadress", "street_address", "VARCHAR", g.col(lambda: v.se_street(g))),
        c("postnummer", "postal_code", "VARCHAR", [f"{t[1]} {g.digits(2)}" for t in towns]),
        c("postort", "city", "VARCHAR", [t[0] for t in towns]),
        c("spelpaus_status", N, "VARCHAR", g.col(g.pick(["EJ_AVSTANGD"] * 25 + ["AVSTANGD"])), "decoy"),
        c("spelpaus_svarskod", N, "VARCHAR", g.col(g.pick(["SP200", "SP200", "SP404", "SP503"])), "decoy"),
        c("kontrollerad_tid", N, "TIMESTAMP", g.moments("2025-08-01", "2025-12-31"), "decoy", EVENT),
        c("bankid_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3))),
        c("bankid_enhet", N, "VARCHAR", g.col(g.pick(["iOS 18.1", "iOS 17.6", "Android 14", "Android 15"])),
          "decoy", VERSION),
        c("insattningsgrans_manad", N, "INTEGER", g.col(g.pick([1_000, 2_500, 5_000, 10_000]), 0.2), "decoy"),
        c("ombud", N, "VARCHAR", [a[0] for a in agent], BUSINESS),
        c("ombud_orgnr", N, "VARCHAR", [a[1] for a in agent], BUSINESS, CHECK),
        c("handlaggare", "first_name", "VARCHAR", g.col(g.pick(casework), 0.2), STAFF),
    ])


def gr_player_cards(g: Gen) -> Table:
    """A Thessaloniki betting agency's player cards (Greek column names and values): the card's EAN-13 barcode
    (``none``), family name, given name, father's name, birth date as ``dd/mm/yyyy`` text, AMKA (encoding the row's
    birth date and sex), ΑΦΜ, identity-card number, street, postcode, area, mobile, e-mail, the agency (``none``), the
    clerk (few), the issue date, the stake limit, notes."""
    clerks = _staff(g, 4, lambda: f"{g.rnd.choice(v.GR_FEMALE)[0]} {g.rnd.choice(v.GR_FAMILY)[1]}")
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.3
        given = g.rnd.choice(v.GR_FEMALE if female else v.GR_MALE)
        fam = g.rnd.choice(v.GR_FAMILY)
        father = g.rnd.choice(v.GR_MALE)[0]
        born = g.birth(1945, 2006)
        rows.append((given, fam, father, born, female))
    areas = [g.rnd.choice(v.GR_AREAS) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Παρέλαβε ο αδελφός του {g.rnd.choice(v.GR_MALE)[0]}", "Αλλαγή διεύθυνσης",
                             f"Συστάθηκε από {g.rnd.choice(v.GR_MALE)[0]} {g.rnd.choice(v.GR_FAMILY)[0]}",
                             "Απώλεια κάρτας, νέα έκδοση"])

    def mail(r: tuple) -> str:
        first = r[0][1]
        return v.email_of(g, first, r[1][2], v.DOMAINS["gr"])

    return Table("πρακτορείο_θεσσαλονίκης.κάρτες_παικτών", "el", "snake", [
        c("αριθμός_κάρτας", N, "VARCHAR", g.col(lambda: v.ean13(g, "2900")), "decoy", SHAPE, CHECK),
        c("επώνυμο", "last_name", "VARCHAR", [r[1][1] if r[4] else r[1][0] for r in rows]),
        c("όνομα", "first_name", "VARCHAR", [r[0][0] for r in rows]),
        c("πατρώνυμο", "first_name", "VARCHAR", [r[2] for r in rows], ROLE),
        c("ημερομηνία_γέννησης", "date_of_birth", "VARCHAR", [r[3].strftime("%d/%m/%Y") for r in rows], DOB_TEXT),
        c("αμκα", "ssn", "VARCHAR", [v.gr_amka(g, r[3], r[4]) if g.rnd.random() < 0.9 else None for r in rows]),
        c("αφμ", "national_id", "VARCHAR", g.col(lambda: v.gr_afm(g), 0.15)),
        c("αριθμός_ταυτότητας", "national_id", "VARCHAR", g.col(lambda: g.rnd.choice(
            ["ΑΒ", "ΑΕ", "ΑΖ", "ΑΗ", "ΑΙ", "ΑΚ", "ΑΜ", "ΑΝ", "ΑΟ"]) + " " + g.digits(6))),
        c("διεύθυνση", "street_address", "VARCHAR", g.col(lambda: v.gr_street(g))),
        c("τκ", "postal_code", "VARCHAR", [f"{a[1]} {g.digits(2)}" for a in areas], ABBREV),
        c("περιοχή", "city", "VARCHAR", [a[0] for a in areas]),
        c("κινητό", "phone", "VARCHAR", g.phones("GR", {"national": 0.7, "intl": 0.3}, 1.0, 0.05,
                                                 ["690", "693", "694", "695", "697", "698", "699"])),
        c("email", "email", "VARCHAR", [mail(r) if g.rnd.random() < 0.6 else None for r in rows]),
        c("πρακτορείο", N, "VARCHAR", g.col(g.pick(["Πρακτορείο Καλαμαριάς 12", "Πρακτορείο Τσιμισκή 88",
                                                     "Πρακτορείο Εύοσμου 3"])), BUSINESS),
        c("υπάλληλος", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
        c("ημερομηνία_έκδοσης", N, "DATE", g.days("2021-01-01", "2025-12-31"), "decoy", EVENT),
        c("όριο_στοιχήματος", N, "INTEGER", g.col(g.pick([100, 200, 500, 1_000])), "decoy"),
        c("σημειώσεις", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("καμία")), NULLWORD),
    ])


def ja_kyotei_members(g: Gen) -> Table:
    """A boat-race (kyōtei) telephone and internet betting club's member register (romanized Japanese column names,
    one in kanji): the member number, the full name in kanji and its katakana reading, birth date as ``yyyy/mm/dd``
    text, sex, postcode, address, phone, e-mail, the identity document and the driving-licence number, the bank-account
    holder in katakana, bank and branch codes, the joining date, the registration IP, the clerk (few family names),
    remarks, the member class (``会員区分``)."""
    clerks = _staff(g, 4, lambda: g.rnd.choice(v.JA_FAMILY)[0])
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.25
        fam = g.rnd.choice(v.JA_FAMILY)
        giv = g.rnd.choice(v.JA_FEMALE if female else v.JA_MALE)
        rows.append((fam, giv, female))
    places = [g.rnd.choice(v.JA_PLACES) for _ in range(g.rows)]
    docs = [g.rnd.choice(["運転免許証", "運転免許証", "マイナンバーカード", "健康保険証", "マイナンバーカード"])
            for _ in range(g.rows)]

    def remark() -> str:
        return g.rnd.choice([f"妻の{g.rnd.choice(v.JA_FEMALE)[0]}様より入電", "住所変更届受付済",
                             f"{g.rnd.choice(v.JA_FAMILY)[0]}様の紹介", "口座振替不能のため連絡"])

    return Table("kyotei_net.kaiin_meibo", "ja", "snake", [
        c("kaiin_bango", N, "VARCHAR", g.col(lambda: g.code("99999999")), "decoy", KEY),
        c("shimei", "person_name", "VARCHAR", [f"{r[0][0]} {r[1][0]}" for r in rows]),
        c("shimei_kana", "person_name", "VARCHAR", [f"{r[0][1]} {r[1][1]}" for r in rows]),
        c("seinengappi", "date_of_birth", "VARCHAR", [g.birth(1945, 2005).strftime("%Y/%m/%d") for _ in rows],
          DOB_TEXT),
        c("seibetsu", N, "VARCHAR", ["女" if r[2] else "男" for r in rows], "decoy"),
        c("yubin_bango", "postal_code", "VARCHAR", [f"{p[2]}-{g.digits(4)}" for p in places]),
        c("jusho", "street_address", "VARCHAR", [v.ja_address(g, p) for p in places]),
        c("denwa_bango", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "digits": 0.2}, 1.0, 0.02,
                                                      ["90", "80", "70"])),
        c("mail_address", "email", "VARCHAR", [v.email_of(g, r[1][2], r[0][2], v.DOMAINS["ja"]) if g.rnd.random() < 0.8
                                               else None for r in rows]),
        c("honnin_kakunin_shorui", N, "VARCHAR", docs, "decoy"),
        c("menkyosho_bango", "national_id", "VARCHAR", [g.code("999999999999") if d == "運転免許証" else None
                                                        for d in docs], HEAVY),
        c("koza_meigi", "person_name", "VARCHAR", [f"{r[0][1]} {r[1][1]}" if g.rnd.random() < 0.92
                                                   else f"{r[0][1]} {g.rnd.choice(v.JA_FEMALE)[1]}" for r in rows],
          ROLE),
        c("ginko_code", N, "VARCHAR", g.col(g.pick(["0005", "0009", "0177", "0179", "9900"])), "decoy"),
        c("shiten_code", N, "VARCHAR", g.col(lambda: g.code("999")), "decoy"),
        c("kanyu_bi", N, "DATE", g.days("2012-04-01", "2025-12-31"), "decoy", EVENT),
        c("toroku_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.45), 0.2)),
        c("tantousha", "last_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
        c("biko", "free_text", "VARCHAR", g.sparse(remark, 0.8, ("", "なし", "-")), NULLWORD),
        c("会員区分", N, "VARCHAR", g.col(g.pick(["一般", "一般", "ゴールド", "プラチナ"])), "decoy"),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (gb_player_accounts, 700), (ms_jackpot_w2g, 450), (au_self_exclusion, 380), (ie_retailer_commission, 300),
    (ca_bingo_payouts, 320), (ke_mpesa_deposits, 900), (mt_sow_reviews, 260), (pa_geo_checks, 1_200),
    (de_sap_retailers, 420), (fr_casino_entrees, 1_000), (es_rgiaj_checks, 600), (it_conti_gioco, 500),
    (se_spelpaus, 800), (gr_player_cards, 400), (ja_kyotei_members, 450),
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
