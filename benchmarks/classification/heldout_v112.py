"""Held-out set v112 for the column classifier: 15 tables of *money transfer, remittance and currency exchange*
(remittance senders and beneficiaries, money transfer agents' ledgers, bureaux de change, prepaid and payroll cards,
mobile money wallets, cash pick-up locations), one system per table and each a different organisation, eight with
English column names and seven in other languages:

* ``riogrande_remit.senders``: an El Paso money transmitter's senders and their beneficiaries in Mexico (snake case,
  SSN or ITIN, transfer control numbers shaped like SSNs failing both checks, an online login, the last login IP,
  ``misc_2``);
* ``PacificRemitNz.Transfers``: an Auckland remittance company's transfers to Samoa and Tonga (Pascal case, IRD
  numbers, funding cards, receivers' phones in Samoa and Tonga, ``Udf3``);
* ``payflexCards.cardholders``: an Alberta payroll card programme's cardholders (camel case, card numbers, SIN,
  payroll references failing the Luhn check, employers, emergency contacts, ``customField2``);
* ``SIMUPESA_AGENTS.WALLET_KYC``: a Kenyan mobile money operator's wallet registrations taken by agents (SCREAMING
  case, national ID numbers, KRA PINs, next of kin, agent and store numbers, ``CUSTOM_FIELD_1``);
* ``fxb_syd.fx_txn``: a Sydney bureau de change's transactions (abbreviated: ``cust_fnm``, ``obo_nm``, the branch's
  ABN);
* ``PCDLEGACY.PCD_CARDHOLDER_EXTRACT``: a Tennessee payroll card processor's COBOL extract (legacy: padded CHAR,
  ``YYYYMMDD`` integers, SSN, phone and ZIP as numbers with 0 for missing, card numbers, ``PCD-USER-FLD-1``);
* ``stg_gulfx.src_payout_raw``: a Dubai exchange house's payouts to beneficiaries in Kerala as an opaque staging table
  (``col01`` to ``col18``: remitters' UAE phones and passports, beneficiaries' Aadhaar and PAN, IFSC codes, payout
  references failing the Verhoeff check, hashes);
* ``mzansi_xborder.remittance_orders``: a Johannesburg cross-border remittance company's orders to Zimbabwe, Malawi
  and Mozambique (snake case, South African ID numbers encoding the birth date, passport and permit numbers, account
  numbers shaped like ID numbers failing the check, recipients' phones in three countries);
* ``wechselstube_ffm.sortengeschaefte``: a Frankfurt bureau de change's identifications above the GwG threshold
  (German; identity card numbers with their ICAO check digit, IBAN, place of birth, beneficial owner);
* ``SAISPAIE84.SPCRTP``: a Vaucluse employers' group's prepaid payroll cards for seasonal farm workers, its AS/400
  file (French, legacy: ``SP`` prefix, ``CYYMMDD`` decimals, NIR, phone and postcode as decimals, card numbers, IBAN,
  the farms' SIREN, ``SPUDF1``);
* ``remessas_amadora.envios``: an Amadora money transfer agent's remittances to Cabo Verde, Guinea-Bissau and Brazil
  (Portuguese; NIF, cartão de cidadão, the agent's NIPC, ``campo_livre_2``);
* ``KantorRynekGlowny.Transakcje``: a Kraków kantor's exchanges above the AML threshold (Polish, Pascal case; PESEL
  encoding the birth date, identity card numbers, receipt numbers shaped like them failing the check, the kantor's
  NIP, beneficial owner, ``PoleDodatkowe1``);
* ``pengeoverfoersel_kbh.overfoersler``: a Copenhagen money transfer business's transfers to Pakistan, Türkiye and
  Somalia (Danish; CPR encoding the birth date, IBAN, receivers' phones abroad, ``fritekst_felt_2``);
* ``kaigai_soukin_okubo.soukin_irai``: a Tokyo remittance company's transfer requests from foreign residents
  (romanized Japanese column names, names in Latin letters and katakana, addresses in kanji, residence card numbers,
  My Number, remittance numbers failing My Number's check, ``jiyuu_koumoku_1``);
* ``perevody_lyublino.otpravleniya``: a Moscow money transfer point's transfers by migrant workers to Uzbekistan,
  Tajikistan and Kyrgyzstan (Russian, Cyrillic column names and values; INN, foreign passports, labour patents,
  control numbers failing the INN check, ``доп_поле_1``).

Written **blind**, like v2 to v110: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v27, v98 and v107
(their modules or docstrings, their tests and ``tests/heldout_support.py``), the module docstrings of v24 to v110 (to
avoid their domains) and the ``Column``/``Table`` classes and writer of v2 and v4. The classifier was not run on this
set while it was written, no scorer was run on it, and no score was looked at. It was written under a short deadline
(50 minutes, the tests and lint included), so some labels are quick decisions rather than settled conventions.

Labeling choices a reader may question:

* a US SSN, a Canadian SIN and a French NIR are ``ssn``; an ITIN (a tax number the IRS issues to people without an
  SSN), a New Zealand IRD number, a Kenyan national ID number and KRA PIN, Aadhaar, PAN, a South African ID number, a
  German and a Polish identity card number, a Portuguese NIF and cartão de cidadão, PESEL, CPR, My Number, a Japanese
  residence card number, a Russian INN, passport numbers and the mixed ID document numbers of a sender (matrícula
  consular, driver licence, passport) are ``national_id``; a Russian labour patent number (a personal work permit a
  state issues) is ``national_id`` as well;
* MTCNs and other transfer control numbers, receipt, payout, order, account, payroll, contract and remittance numbers,
  IFSC codes, wallet registration transaction codes, card expiry dates and app versions are ``none`` (tag ``decoy``,
  ``value_shape`` when shaped like an identifier);
* agents', stores', branches', employers', farms' and collection points' names and phones, agent numbers, an ABN, a
  SIREN, a NIPC and a NIP are ``none`` (tag ``business``); a Japanese employer (``kinmusaki``) is ``business`` too;
* tellers, cashiers, KYC officers, branch officers, consultants, enrolment representatives, programme managers and
  payroll card administrators are staff (``person_name``, tag ``staff``); a beneficiary, a receiver, a recipient, an
  emergency contact, a next of kin, a beneficial owner (``wirtschaftlich_berechtigter``,
  ``BeneficjentRzeczywisty``) and a customer served on behalf of someone else (``obo_nm``) are personal (tag
  ``role_word``), as are a beneficiary's phone and city and a Dubai exchange house's beneficiary columns;
* a beneficiary's or receiver's city or village abroad and a place of birth (``geburtsort``, ``SPLNAI``) are
  ``city``; a Kenyan ``MIDDLE_NAME`` is ``first_name``; a state, a country of destination and a nationality are
  ``none``;
* a sender's online login is ``unclassified`` (tag ``username``); the last login IP is ``ip_address``; a funding card
  and a prepaid or payroll card number are ``credit_card`` (a prepaid card's number is a card number like any other);
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``);
* numeric dates of birth (``YYYYMMDD``, ``CYYMMDD``) and a ``dd-mm-yyyy`` string in an opaque column are
  ``date_of_birth``; load, contract start and transaction dates are ``none``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v112_values`, written for v112 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v112 [PATH]`` (default ``/tmp/heldout_v112.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v112``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v112_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v112_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v112.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # tellers, cashiers, KYC officers, programme managers (few distinct)
ROLE = "role_word"  # a role word (beneficiary, receiver, next of kin, emergency contact, on behalf of ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "unknown", "NULL") + extra


def _staff(g: Gen, n: int, lang: str) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.whole(g, lang))
    return sorted(out)


def _kana_name(g: Gen) -> tuple[str, str]:
    """A foreign resident of Japan: (name as on the residence card, the same name in katakana)."""
    given = g.rnd.choice(sorted(v.JA_GIVEN))
    family = g.rnd.choice(sorted(v.JA_FAMILY))
    return f"{family} {given}", f"{v.JA_FAMILY[family]} {v.JA_GIVEN[given]}"


def _custom(g: Gen, region: str, lang: str, null: float = 0.3) -> list[str | None]:
    """An opaque custom field: by row a phone, an e-mail or a name (or NULL)."""
    def one() -> str:
        r = g.rnd.random()
        if r < 0.4:
            return g.phone(region, g.rnd.choice(["national", "e164"]))
        if r < 0.7:
            if lang == "ja":
                latin = _kana_name(g)[0].split(" ")
                return v.email_of(g, latin[-1], latin[0], v.DOMAINS["ja"])
            return v.email_of(g, *v.person(g, lang), v.DOMAINS[lang])
        return _kana_name(g)[1] if lang == "ja" else v.whole(g, lang)
    return g.col(one, null)


def _abroad(g: Gen, places: list[tuple[str, str]], null: float = 0.0) -> tuple[list, list]:
    """Beneficiaries' cities and phones (international format, each valid for its own country)."""
    where = [g.rnd.choice(places) for _ in range(g.rows)]
    phones = [None if g.rnd.random() < null else g.phone(p[1], g.rnd.choice(["e164", "intl"])) for p in where]
    return [p[0] for p in where], phones


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _cyymmdd(d: date | None) -> int:
    return 0 if d is None else (d.year // 100 - 19) * 1_000_000 + (d.year % 100) * 10_000 + d.month * 100 + d.day


# -- English-named tables ----------------------------------------------------------------------------------------------


def us_remit_senders(g: Gen) -> Table:
    """An El Paso money transmitter's senders and their beneficiaries in Mexico (snake case)."""
    pairs = [v.person(g, "us") for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    doc = [g.rnd.random() for _ in range(g.rows)]
    staff = _staff(g, 6, "us")
    agents = [(name, g.phone("US", "national", False)) for name in
              ("Envíos Chavira - Alameda", "Farmacia La Frontera", "Mercado Juárez Segundo Barrio",
               "Zaragoza Check Cashing", "Super Carnicería Socorro")]
    agent = [g.rnd.randrange(len(agents)) for _ in range(g.rows)]
    ben_city, ben_phone = _abroad(g, [(city, "MX") for city in v.MX_CITIES], 0.05)

    def id_number() -> str:
        return g.rnd.choice([g.code("99999999"), f"MC{g.digits(9)}", g.code("A99999999")])

    def note() -> str:
        return g.rnd.choice([f"Sender brought cousin {v.given(g, 'us')} to translate", "Structuring review cleared",
                             "Beneficiary name mismatch fixed by phone", f"Sends for sister {v.whole(g, 'us')}",
                             "CTR filed"])

    return Table("riogrande_remit.senders", "en", "snake", [
        c("sender_id", N, "BIGINT", g.keys(410_001), "decoy", KEY),
        c("mtcn", N, "VARCHAR", g.col(lambda: v.ssn_decoy(g)), "decoy", SHAPE),
        c("sender_first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("sender_last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("sender_dob", "date_of_birth", "DATE", g.births(1950, 2005)),
        c("sender_ssn", "ssn", "VARCHAR", [v.us_ssn(g) if d < 0.3 else None for d in doc], HEAVY),
        c("sender_itin", "national_id", "VARCHAR", [v.itin(g) if 0.3 <= d < 0.55 else None for d in doc], HEAVY),
        c("id_type", N, "VARCHAR", g.col(g.pick(["Matricula Consular", "TX DL", "Passport MX", "TX ID card"])),
          "decoy"),
        c("id_number", "national_id", "VARCHAR", g.col(id_number, 0.05)),
        c("address_line1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.US_STREETS), 0.05)),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("zip", "postal_code", "VARCHAR", [p[1] + g.digits(2) for p in places]),
        c("phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.85, 0.05)),
        c("email", "email", "VARCHAR", [None if g.rnd.random() < 0.6 else v.email_of(g, a, b, v.DOMAINS["us"])
                                        for a, b in pairs], HEAVY),
        c("online_username", USERNAME, "VARCHAR", [None if g.rnd.random() < 0.55 else v.login(a, b, g.rnd.randint(0, 3))
                                                   for a, b in pairs], "username", HEAVY),
        c("last_login_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.55), HEAVY),
        c("beneficiary_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "mx")), ROLE),
        c("beneficiary_phone", "phone", "VARCHAR", ben_phone, ROLE),
        c("beneficiary_city", "city", "VARCHAR", ben_city, ROLE),
        c("payout_method", N, "VARCHAR", g.col(g.pick(["Cash pickup", "Bank deposit", "Mobile wallet", "Home delivery"])),
          "decoy"),
        c("send_amount_usd", N, "DECIMAL(10,2)", g.amounts(40, 2_900), "decoy"),
        c("fx_rate", N, "DOUBLE", g.floats(17.1, 19.9, 4), "decoy"),
        c("agent_location", N, "VARCHAR", [agents[i][0] for i in agent], "business"),
        c("agent_phone", N, "VARCHAR", [agents[i][1] for i in agent], "business"),
        c("teller", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("misc_2", "free_text", "VARCHAR", _custom(g, "US", "us"), CUSTOM),
        c("compliance_notes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words()), NULLWORD),
    ])


def nz_pacific_transfers(g: Gen) -> Table:
    """An Auckland remittance company's transfers to Samoa and Tonga (Pascal case)."""
    pairs = [v.person(g, "nz") for _ in range(g.rows)]
    places = [g.rnd.choice(v.NZ_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "nz")
    ben_city, ben_phone = _abroad(g, v.PACIFIC, 0.1)
    agents = ["Apia Central Agent", "Salelologa Wharf Agent", "Nukuʻalofa Talamahu Agent", "Vavaʻu Agent"]
    return Table("PacificRemitNz.Transfers", "en", "pascal", [
        c("TransferId", N, "BIGINT", g.keys(900_001), "decoy", KEY),
        c("TransferRef", N, "VARCHAR", g.col(lambda: g.code("PRN-99999999")), "decoy", SHAPE),
        c("SenderGivenName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("SenderFamilyName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("SenderDob", "date_of_birth", "DATE", g.births(1955, 2005)),
        c("SenderIrdNumber", "national_id", "VARCHAR", g.col(lambda: v.ird(g), 0.6), HEAVY),
        c("SenderAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NZ_STREETS, "nz"), 0.05)),
        c("SenderSuburb", "city", "VARCHAR", [p[0] for p in places]),
        c("SenderPostcode", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("SenderMobile", "phone", "VARCHAR", g.phones("NZ", {"national": 0.7, "e164": 0.3}, 0.9, 0.05)),
        c("SenderEmail", "email", "VARCHAR", [None if g.rnd.random() < 0.45 else v.email_of(g, a, b, v.DOMAINS["nz"])
                                              for a, b in pairs]),
        c("FundingCardNumber", "credit_card", "VARCHAR", g.col(lambda: v.card(g, ["453275", "516830", "402360"],
                                                                              True), 0.35)),
        c("CardExpiry", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 12):02d}/{g.rnd.randint(26, 31)}", 0.35),
          "decoy"),
        c("ReceiverFullName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nz")), ROLE),
        c("ReceiverMobile", "phone", "VARCHAR", ben_phone, ROLE),
        c("ReceiverVillage", "city", "VARCHAR", ben_city, ROLE),
        c("PayoutAgent", N, "VARCHAR", g.col(g.pick(agents)), "business"),
        c("AmountNzd", N, "DECIMAL(10,2)", g.amounts(50, 3_000), "decoy"),
        c("Purpose", N, "VARCHAR", g.col(g.pick(["Family support", "Faʻalavelave", "Church donation", "School fees",
                                                 "Funeral"])), "decoy"),
        c("BranchOfficer", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("Udf3", "free_text", "VARCHAR", _custom(g, "NZ", "nz"), CUSTOM),
    ])


def ca_payroll_cards(g: Gen) -> Table:
    """An Alberta payroll card programme's cardholders, contractors paid onto prepaid cards (camel case)."""
    pairs = [v.person(g, "ca") for _ in range(g.rows)]
    places = [g.rnd.choice(v.CA_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "ca")
    employers = [(name, g.phone("CA", "national", False)) for name in
                 ("Athabasca Industrial Services Ltd", "Muskeg Crane & Rigging", "Peace Country Camp Catering",
                  "Northern Lights Scaffold Inc")]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]
    return Table("payflexCards.cardholders", "en", "camel", [
        c("cardholderId", N, "BIGINT", g.keys(7_000_001), "decoy", KEY),
        c("cardNumber", "credit_card", "VARCHAR", g.col(lambda: v.card(g, ["533248", "453904"]))),
        c("cardExpiry", N, "VARCHAR", g.col(lambda: f"20{g.rnd.randint(26, 30)}-{g.rnd.randint(1, 12):02d}"), "decoy"),
        c("cardStatus", N, "VARCHAR", g.col(g.pick(["ACTIVE", "ACTIVE", "LOST", "CLOSED", "PENDING"])), "decoy"),
        c("firstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("lastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("birthDate", "date_of_birth", "DATE", g.births(1960, 2006)),
        c("sinNumber", "ssn", "VARCHAR", g.col(lambda: v.ca_sin(g), 0.1)),
        c("payrollRef", N, "VARCHAR", g.col(lambda: v.luhn_decoy(g, 9)), "decoy", SHAPE),
        c("employerName", N, "VARCHAR", [employers[i][0] for i in emp], "business"),
        c("employerPhone", N, "VARCHAR", [employers[i][1] for i in emp], "business"),
        c("homeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca"), 0.1)),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("postalCode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9A9')}" for p in places]),
        c("mobilePhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.9, 0.1)),
        c("emailAddress", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ca"]) if g.rnd.random() < 0.7 else None
                                               for a, b in pairs]),
        c("emergencyContactName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.3), ROLE),
        c("emergencyContactPhone", "phone", "VARCHAR", g.phones("CA", {"national": 1.0}, 0.9, 0.35), ROLE),
        c("lastLoadAmount", N, "DECIMAL(10,2)", g.amounts(300, 6_500), "decoy"),
        c("lastLoadDate", N, "DATE", g.days("2025-09-01", "2025-11-28"), "decoy"),
        c("programManager", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("appVersion", N, "VARCHAR", g.col(g.version, 0.2), "decoy", SHAPE),
        c("customField2", "free_text", "VARCHAR", _custom(g, "CA", "ca"), CUSTOM),
    ])


def ke_mobile_money(g: Gen) -> Table:
    """A Kenyan mobile money operator's wallet registrations taken by agents (SCREAMING case)."""
    pairs = [v.person(g, "ke") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.KE_TOWNS) for _ in range(g.rows)]
    staff = _staff(g, 4, "ke")
    stores = [(g.digits(6), name) for name in ("Baraka Agencies", "Mama Njeri Shop", "Lakeview Cyber & M-Agent",
                                               "Kericho Tea Stage Kiosk", "Jogoo Road Electronics")]
    store = [g.rnd.randrange(len(stores)) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["ID photo blurred, re-captured", f"Registered by brother {v.given(g, 'ke')}",
                             "SIM swap before registration", "Customer refused selfie"])

    return Table("SIMUPESA_AGENTS.WALLET_KYC", "en", "screaming", [
        c("WALLET_ID", N, "BIGINT", g.keys(25_000_001), "decoy", KEY),
        c("MSISDN", "phone", "VARCHAR", g.phones("KE", {"e164": 0.6, "national": 0.4})),
        c("FIRST_NAME", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("MIDDLE_NAME", "first_name", "VARCHAR", g.col(lambda: v.person(g, "ke")[1], 0.4)),
        c("SURNAME", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("ID_NUMBER", "national_id", "VARCHAR", g.col(lambda: str(g.rnd.randint(10_000_000, 39_999_999)))),
        c("KRA_PIN", "national_id", "VARCHAR", g.col(lambda: v.ke_pin(g), 0.6), HEAVY),
        c("DATE_OF_BIRTH", "date_of_birth", "DATE", g.births(1955, 2007)),
        c("PHYSICAL_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.KE_STREETS, "ke"), 0.25)),
        c("TOWN", "city", "VARCHAR", [t[0] for t in towns]),
        c("POSTAL_CODE", "postal_code", "VARCHAR", [t[1] for t in towns]),
        c("EMAIL", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ke"]) if g.rnd.random() < 0.2 else None
                                        for a, b in pairs], HEAVY),
        c("NEXT_OF_KIN_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ke"), 0.2), ROLE),
        c("NEXT_OF_KIN_MSISDN", "phone", "VARCHAR", g.phones("KE", {"national": 1.0}, 1.0, 0.3), ROLE),
        c("AGENT_NUMBER", N, "VARCHAR", [stores[i][0] for i in store], "business"),
        c("AGENT_STORE_NAME", N, "VARCHAR", [stores[i][1] for i in store], "business"),
        c("REG_TXN_CODE", N, "VARCHAR", g.col(lambda: g.code("TA99ZZZZ9Z")), "decoy", SHAPE),
        c("WALLET_BALANCE", N, "DECIMAL(12,2)", g.amounts(0, 85_000), "decoy"),
        c("KYC_OFFICER", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("CUSTOM_FIELD_1", "free_text", "VARCHAR", _custom(g, "KE", "ke"), CUSTOM),
        c("REMARKS", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil")), NULLWORD),
    ])


def au_bureau(g: Gen) -> Table:
    """A Sydney bureau de change's transactions (abbreviated snake case)."""
    pairs = [v.person(g, "au") for _ in range(g.rows)]
    places = [g.rnd.choice(v.AU_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "au")
    branches = [(name, v.au_abn(g)) for name in ("Cabramatta Money Exchange", "Parramatta FX Centre",
                                                 "Hurstville Currency Corner")]
    br = [g.rnd.randrange(len(branches)) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["TTR lodged", f"Cust's son {v.given(g, 'au')} waited outside", "Rate quoted by phone",
                             "Notes counted twice", f"Collected for {v.whole(g, 'au')}"])

    return Table("fxb_syd.fx_txn", "en", "abbrev", [
        c("txn_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("rcpt_no", N, "VARCHAR", g.col(lambda: g.code("CM-99999-A")), "decoy", SHAPE),
        c("cust_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("cust_snm", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
        c("cust_dob", "date_of_birth", "DATE", g.births(1945, 2006), ABBREV),
        c("id_typ", N, "VARCHAR", g.col(g.pick(["PP", "DL", "PHOTO"])), "decoy"),
        c("id_no", "national_id", "VARCHAR", g.col(lambda: g.rnd.choice([g.code("PA9999999"), g.code("99999999")]),
                                                   0.2), ABBREV),
        c("cust_addr", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au"), 0.2), ABBREV),
        c("cust_sbrb", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("cust_pcode", "postal_code", "VARCHAR", [p[1] for p in places], ABBREV),
        c("cust_mob", "phone", "VARCHAR", g.phones("AU", {"national": 0.7, "e164": 0.3}, 1.0, 0.15), ABBREV),
        c("cust_eml", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["au"]) if g.rnd.random() < 0.35 else None
                                           for a, b in pairs], ABBREV, HEAVY),
        c("ccy_sold", N, "VARCHAR", g.col(g.pick(v.CURRENCIES)), "decoy"),
        c("ccy_bght", N, "VARCHAR", ["AUD"] * g.rows, "decoy"),
        c("amt_aud", N, "DECIMAL(10,2)", g.amounts(20, 12_000), "decoy"),
        c("fx_rt", N, "DOUBLE", [v.rate(g) for _ in range(g.rows)], "decoy"),
        c("br_nm", N, "VARCHAR", [branches[i][0] for i in br], "business"),
        c("br_abn", N, "VARCHAR", [branches[i][1] for i in br], "business", SHAPE),
        c("tlr", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF, ABBREV),
        c("obo_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au"), 0.85), ROLE, ABBREV, HEAVY),
        c("ttr_flg", N, "VARCHAR", g.col(g.pick(["N", "N", "N", "Y"])), "decoy"),
        c("rmk_txt", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil")), NULLWORD, ABBREV),
    ])


def tn_paycard_cobol(g: Gen) -> Table:
    """A Tennessee prepaid payroll card processor's COBOL cardholder extract (padded CHAR, numbers for dates and
    phones, 0 for missing)."""
    pairs = [v.person(g, "tn") for _ in range(g.rows)]
    places = [g.rnd.choice(v.TN_CITIES) for _ in range(g.rows)]
    employers = [("DELTA POULTRY PROCESSING", g.phone("US", "digits", False)),
                 ("VOLUNTEER STAFFING GROUP", g.phone("US", "digits", False)),
                 ("SMOKY MTN HOSPITALITY LLC", g.phone("US", "digits", False))]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]
    staff = _staff(g, 3, "tn")
    loads = [g.day("2025-06-01", "2025-11-28") for _ in range(g.rows)]
    return Table("PCDLEGACY.PCD_CARDHOLDER_EXTRACT", "en", "cobol", [
        c("PCD-ACCT-NO", N, "VARCHAR", g.col(lambda: g.code("7749999999")), "decoy", SHAPE, LEGACY),
        c("PCD-CARD-PAN", "credit_card", "VARCHAR", g.col(lambda: v.card(g, ["443047", "511563"])), LEGACY),
        c("PCD-CARD-EXP", N, "INTEGER", g.col(lambda: g.rnd.randint(26, 30) * 100 + g.rnd.randint(1, 12)), "decoy",
          LEGACY),
        c("PCD-LAST-NM", "last_name", "VARCHAR", _pad([b.upper() for _, b in pairs], 20), LEGACY),
        c("PCD-FIRST-NM", "first_name", "VARCHAR", _pad([a.upper() for a, _ in pairs], 15), LEGACY),
        c("PCD-DOB", "date_of_birth", "INTEGER", [_ymd(g.birth(1958, 2006)) if g.rnd.random() < 0.92 else 0
                                                  for _ in range(g.rows)], LEGACY),
        c("PCD-SSN", "ssn", "BIGINT", [int(v.us_ssn(g, False)) if g.rnd.random() < 0.85 else 0
                                       for _ in range(g.rows)], LEGACY),
        c("PCD-ADDR-1", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.TN_STREETS, "tn")), 30), LEGACY),
        c("PCD-CITY", "city", "VARCHAR", _pad([p[0].upper() for p in places], 18), LEGACY),
        c("PCD-STATE", N, "VARCHAR", ["TN"] * g.rows, "decoy", LEGACY),
        c("PCD-ZIP", "postal_code", "INTEGER", [int(p[1] + g.digits(2)) for p in places], LEGACY),
        c("PCD-PHONE", "phone", "BIGINT", [int(g.phone("US", "digits")) if g.rnd.random() < 0.8 else 0
                                           for _ in range(g.rows)], LEGACY),
        c("PCD-EMPLR-NM", N, "VARCHAR", _pad([employers[i][0] for i in emp], 30), "business", LEGACY),
        c("PCD-EMPLR-PHONE", N, "BIGINT", [int(employers[i][1]) for i in emp], "business", LEGACY),
        c("PCD-LOAD-DT", N, "INTEGER", [_ymd(d) for d in loads], "decoy", LEGACY),
        c("PCD-LOAD-AMT", N, "DECIMAL(9,2)", g.amounts(80, 2_400), "decoy", LEGACY),
        c("PCD-ATM-CNT", N, "INTEGER", g.ints(0, 9), "decoy", LEGACY),
        c("PCD-ENROLL-REP", "person_name", "VARCHAR", _pad(g.col(g.pick([s.upper() for s in staff])), 25), STAFF,
          LEGACY),
        c("PCD-USER-FLD-1", "free_text", "VARCHAR", _pad(_custom(g, "US", "tn"), 40), CUSTOM, LEGACY),
    ])


def ae_in_payouts(g: Gen) -> Table:
    """A Dubai exchange house's payouts to beneficiaries in Kerala, landed as an opaque staging table."""
    def dob() -> str:
        d = g.birth(1950, 2005)
        return f"{d.day:02d}-{d.month:02d}-{d.year}"

    places = [g.rnd.choice(v.IN_CITIES) for _ in range(g.rows)]
    return Table("stg_gulfx.src_payout_raw", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "in")), OPAQUE),
        c("col03", "phone", "VARCHAR", g.phones("AE", {"e164": 0.6, "intl": 0.4}, 1.0, 0.05), OPAQUE),
        c("col04", "national_id", "VARCHAR", g.col(lambda: g.code("A9999999"), 0.1), OPAQUE),
        c("col05", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "in")), ROLE, OPAQUE),
        c("col06", "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g, g.rnd.random() < 0.5), 0.6), OPAQUE, HEAVY),
        c("col07", "national_id", "VARCHAR", g.col(lambda: v.pan(g), 0.3), OPAQUE),
        c("col08", "phone", "VARCHAR", g.phones("IN", {"e164": 0.5, "national": 0.5}, 1.0, 0.05), ROLE, OPAQUE),
        c("col09", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IN_STREETS, "in"), 0.1), OPAQUE),
        c("col10", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col11", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places], OPAQUE),
        c("col12", N, "VARCHAR", g.col(lambda: g.rnd.choice(["SBIN", "FDRL", "CSBK", "KLGB", "SIBL"]) + "0" +
                                       g.digits(6)), "decoy", SHAPE, OPAQUE),
        c("col13", N, "VARCHAR", g.col(lambda: v.aadhaar_decoy(g)), "decoy", SHAPE, OPAQUE),
        c("col14", N, "DECIMAL(12,2)", g.amounts(500, 250_000), "decoy", OPAQUE),
        c("col15", "date_of_birth", "VARCHAR", g.col(dob, 0.1), OPAQUE),
        c("col16", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c("col17", "free_text", "VARCHAR", _custom(g, "IN", "in"), CUSTOM, OPAQUE),
        c("col18", N, "TIMESTAMP", g.moments("2025-11-01", "2025-11-30"), "decoy", OPAQUE),
    ])


def za_cross_border(g: Gen) -> Table:
    """A Johannesburg cross-border remittance company's orders to Zimbabwe, Malawi and Mozambique (snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "za", female)
        born = g.birth(1960, 2005)
        citizen = g.rnd.random() < 0.45
        rows.append((a, b, born, v.za_id(g, born, female) if citizen else None,
                     None if citizen else g.rnd.choice([g.code("FN999999"), g.code("DHA-999-99-99999")])))
    places = [g.rnd.choice(v.ZA_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "za")
    ben = [g.rnd.choice(v.ZA_PAYOUT) for _ in range(g.rows)]
    points = {"ZW": "Harare Copacabana Rank Agent", "MW": "Lilongwe Area 2 Market Agent", "MZ": "Maputo Xipamanine Agent"}

    def note() -> str:
        return g.rnd.choice(["Source of funds: wages", f"Recipient's uncle {v.given(g, 'za')} to collect",
                             "Asylum permit expired, renewal seen", "Sender queried fee"])

    return Table("mzansi_xborder.remittance_orders", "en", "snake", [
        c("order_id", N, "BIGINT", g.keys(3_100_001), "decoy", KEY),
        c("customer_account_no", N, "VARCHAR", g.col(lambda: v.za_id_decoy(g)), "decoy", SHAPE),
        c("sender_first_names", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("sender_surname", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("sender_dob", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("sa_id_number", "national_id", "VARCHAR", [r[3] for r in rows], HEAVY),
        c("passport_or_permit_no", "national_id", "VARCHAR", [r[4] for r in rows]),
        c("sender_cell", "phone", "VARCHAR", g.phones("ZA", {"national": 0.7, "e164": 0.3}, 1.0, 0.05)),
        c("sender_email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["za"]) if g.rnd.random() < 0.3
                                               else None for r in rows], HEAVY),
        c("residential_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ZA_STREETS, "za"), 0.1)),
        c("suburb_city", "city", "VARCHAR", [p[0] for p in places]),
        c("postal_code", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("recipient_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "za")), ROLE),
        c("recipient_cell", "phone", "VARCHAR", [g.phone(p[1], g.rnd.choice(["e164", "intl"])) for p in ben], ROLE),
        c("recipient_city", "city", "VARCHAR", [p[0] for p in ben], ROLE),
        c("recipient_country", N, "VARCHAR", [p[1] for p in ben], "decoy"),
        c("collection_point", N, "VARCHAR", [points[p[1]] for p in ben], "business"),
        c("amount_zar", N, "DECIMAL(10,2)", g.amounts(200, 5_000), "decoy"),
        c("source_of_funds", N, "VARCHAR", g.col(g.pick(["Salary", "Piece work", "Business", "Savings"])), "decoy"),
        c("consultant", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("notes", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("none")), NULLWORD),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def de_wechselstube(g: Gen) -> Table:
    """A Frankfurt bureau de change's foreign-notes business, identification above the GwG threshold (German)."""
    pairs = [v.person(g, "de") for _ in range(g.rows)]
    places = [g.rnd.choice(v.DE_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "de")

    def vermerk() -> str:
        return g.rnd.choice(["Verdachtsmeldung geprüft, keine Meldung", f"Kunde kam mit Ehefrau {v.given(g, 'de')}",
                             "Stückelung 500er abgelehnt", f"Betrag für {v.whole(g, 'de')} gewechselt"])

    return Table("wechselstube_ffm.sortengeschaefte", "de", "snake", [
        c("vorgang_id", N, "BIGINT", g.keys(60_001), "decoy", KEY),
        c("beleg_nr", N, "VARCHAR", g.col(lambda: g.code("WS-2025-999999")), "decoy", SHAPE),
        c("vorname", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("nachname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("geburtsdatum", "date_of_birth", "DATE", g.births(1945, 2006)),
        c("geburtsort", "city", "VARCHAR", g.col(g.pick(["Frankfurt am Main", "Izmir", "Belgrad", "Kassel", "Priština",
                                                         "Gießen", "Offenbach am Main"]), 0.1)),
        c("staatsangehoerigkeit", N, "VARCHAR", g.col(g.pick(["DEU", "DEU", "TUR", "SRB", "XKX", "HRV"])), "decoy"),
        c("ausweisart", N, "VARCHAR", g.col(g.pick(["Personalausweis", "Reisepass", "Aufenthaltstitel"])), "decoy"),
        c("ausweisnummer", "national_id", "VARCHAR", g.col(lambda: v.ausweis(g), 0.05)),
        c("strasse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.DE_STREETS, "de"), 0.05)),
        c("plz", "postal_code", "VARCHAR", [p[1] + g.digits(2) for p in places]),
        c("ort", "city", "VARCHAR", [p[0] for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("DE", {"national": 0.6, "intl": 0.4}, 0.8, 0.55), HEAVY),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["de"]) if g.rnd.random() < 0.25 else None
                                        for a, b in pairs], HEAVY),
        c("iban_auszahlung", "iban", "VARCHAR", g.col(lambda: v.make_iban(g, "DE", "999999999999999999"), 0.7), HEAVY),
        c("waehrung_an", N, "VARCHAR", g.col(g.pick(v.CURRENCIES)), "decoy"),
        c("waehrung_ab", N, "VARCHAR", ["EUR"] * g.rows, "decoy"),
        c("betrag_eur", N, "DECIMAL(10,2)", g.amounts(500, 14_000), "decoy"),
        c("kurs", N, "DOUBLE", [v.rate(g) for _ in range(g.rows)], "decoy"),
        c("wirtschaftlich_berechtigter", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "de"), 0.85), ROLE, HEAVY),
        c("kassierer", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("filiale", N, "VARCHAR", g.col(g.pick(["Hauptbahnhof B-Ebene", "Zeil 90", "Flughafen T1 Ankunft"])),
          "business"),
        c("gwg_vermerk", "free_text", "VARCHAR", g.sparse(vermerk, 0.8, _words("k.A.", "unbekannt")), NULLWORD),
    ])


def fr_paycards_as400(g: Gen) -> Table:
    """A Vaucluse employers' group's prepaid payroll cards for seasonal farm workers, its AS/400 file (French,
    ``SP`` prefix, CYYMMDD decimals)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.35
        a, b = v.person(g, "fr", female)
        born = g.birth(1960, 2006)
        foreign = g.rnd.random() < 0.6
        rows.append((a, b, born, v.nir(g, born, female, foreign),
                     g.rnd.choice(["AGADIR", "OUJDA", "TUNIS", "MURCIE", "BRAGA"]) if foreign else
                     g.rnd.choice([p[0] for p in v.FR_CITIES])))
    places = [g.rnd.choice(v.FR_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "fr")
    farms = [("EARL DES VERGERS DU CALAVON", g.digits(9)), ("SCEA MAS DE LA DURANCE", g.digits(9)),
             ("GAEC MELONS DE CAVAILLON", g.digits(9)), ("DOMAINE DU PLATEAU D'ALBION", g.digits(9))]
    farm = [g.rnd.randrange(len(farms)) for _ in range(g.rows)]
    starts = [g.day("2025-04-01", "2025-09-15") for _ in range(g.rows)]
    return Table("SAISPAIE84.SPCRTP", "fr", "as400", [
        c("SPNUMC", N, "DECIMAL(9,0)", g.keys(840_000_001), "decoy", KEY, LEGACY),
        c("SPNOMU", "last_name", "VARCHAR", _pad([r[1].upper() for r in rows], 25), LEGACY),
        c("SPPRNM", "first_name", "VARCHAR", _pad([r[0].upper() for r in rows], 20), LEGACY),
        c("SPDNAI", "date_of_birth", "DECIMAL(7,0)", [_cyymmdd(r[2]) for r in rows], LEGACY),
        c("SPLNAI", "city", "VARCHAR", _pad([r[4] for r in rows], 24), LEGACY),
        c("SPNIR", "ssn", "VARCHAR", [r[3] if g.rnd.random() < 0.9 else None for r in rows], LEGACY),
        c("SPADR1", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.FR_STREETS, "fr"), 0.05), 32),
          LEGACY),
        c("SPCPOS", "postal_code", "DECIMAL(5,0)", [int(p[1]) for p in places], LEGACY),
        c("SPVILL", "city", "VARCHAR", _pad([p[0] for p in places], 26), LEGACY),
        c("SPTELP", "phone", "DECIMAL(10,0)", [int(g.phone("FR", "digits")) if g.rnd.random() < 0.85 else 0
                                               for _ in rows], LEGACY),
        c("SPNCRT", "credit_card", "VARCHAR", _pad(g.col(lambda: v.card(g, ["535218", "416718"]), 0.05), 19), LEGACY),
        c("SPIBAN", "iban", "VARCHAR", g.col(lambda: v.make_iban(g, "FR", "9999999999ZZZZZZZZZZZ99"), 0.6), LEGACY,
          HEAVY),
        c("SPEXPL", N, "VARCHAR", _pad([farms[i][0] for i in farm], 30), "business", LEGACY),
        c("SPSIRN", N, "VARCHAR", [farms[i][1] for i in farm], "business", SHAPE, LEGACY),
        c("SPCONT", N, "VARCHAR", g.col(lambda: g.code("CS84-25-99999")), "decoy", SHAPE, LEGACY),
        c("SPDDEB", N, "DECIMAL(7,0)", [_cyymmdd(d) for d in starts], "decoy", LEGACY),
        c("SPMTNT", N, "DECIMAL(9,2)", g.amounts(300, 2_600), "decoy", LEGACY),
        c("SPGEST", "person_name", "VARCHAR", _pad(g.col(g.pick([s.upper() for s in staff])), 30), STAFF, LEGACY),
        c("SPUDF1", "free_text", "VARCHAR", _pad(_custom(g, "FR", "fr"), 40), CUSTOM, LEGACY),
    ])


def pt_remessas(g: Gen) -> Table:
    """An Amadora money transfer agent's remittances to Cabo Verde, Guinea-Bissau and Brazil (Portuguese)."""
    places = [g.rnd.choice(v.PT_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "pt")
    ben_city, ben_phone = _abroad(g, v.PT_PAYOUT, 0.1)
    agents = [("Remessas Cova da Moura Lda", v.pt_nipc(g)), ("Casa de Câmbio Damaia Lda", v.pt_nipc(g))]
    agent = [g.rnd.randrange(len(agents)) for _ in range(g.rows)]
    return Table("remessas_amadora.envios", "pt", "snake", [
        c("id_envio", N, "BIGINT", g.keys(200_001), "decoy", KEY),
        c("codigo_envio", N, "VARCHAR", g.col(lambda: g.code("AM99999999CV")), "decoy", SHAPE),
        c("nome_remetente", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "pt"))),
        c("data_nascimento", "date_of_birth", "DATE", g.births(1950, 2006)),
        c("nif", "national_id", "VARCHAR", g.col(lambda: v.pt_nif(g), 0.15)),
        c("cartao_cidadao", "national_id", "VARCHAR", g.col(lambda: v.pt_cc(g), 0.55), HEAVY),
        c("morada", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PT_STREETS, "pt"), 0.05)),
        c("codigo_postal", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(3)}" for p in places]),
        c("localidade", "city", "VARCHAR", [p[0] for p in places]),
        c("telemovel", "phone", "VARCHAR", g.phones("PT", {"national": 0.7, "e164": 0.3}, 1.0, 0.05)),
        c("email", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "pt"), v.DOMAINS["pt"]), 0.6), HEAVY),
        c("nome_beneficiario", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "pt")), ROLE),
        c("telefone_beneficiario", "phone", "VARCHAR", ben_phone, ROLE),
        c("cidade_beneficiario", "city", "VARCHAR", ben_city, ROLE),
        c("montante_eur", N, "DECIMAL(10,2)", g.amounts(20, 2_500), "decoy"),
        c("taxa_cambio", N, "DOUBLE", g.floats(100.0, 110.3, 3), "decoy"),
        c("agente", N, "VARCHAR", [agents[i][0] for i in agent], "business"),
        c("nipc_agente", N, "VARCHAR", [agents[i][1] for i in agent], "business", SHAPE),
        c("operador", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("campo_livre_2", "free_text", "VARCHAR", _custom(g, "PT", "pt"), CUSTOM),
    ])


def pl_kantor(g: Gen) -> Table:
    """A Kraków kantor's currency exchange transactions above the AML threshold (Polish, Pascal case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "pl", female)
        if female and b.endswith("ski"):
            b = b[:-1] + "a"
        born = g.birth(1945, 2006)
        rows.append((a, b, born, v.pesel(g, born, female)))
    places = [g.rnd.choice(v.PL_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "pl")
    nip = v.pl_nip(g)

    def uwagi() -> str:
        return g.rnd.choice(["Klient stały", f"Wymiana na zlecenie {v.whole(g, 'pl')}", "Banknoty 100 USD stara seria",
                             f"Towarzyszył syn {v.given(g, 'pl')}"])

    return Table("KantorRynekGlowny.Transakcje", "pl", "pascal", [
        c("IdTransakcji", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("NrParagonu", N, "VARCHAR", g.col(lambda: v.dowod_decoy(g)), "decoy", SHAPE),
        c("Imie", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("Nazwisko", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("DataUrodzenia", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("Pesel", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.85 else None for r in rows]),
        c("SeriaNumerDowodu", "national_id", "VARCHAR", g.col(lambda: v.dowod(g), 0.2)),
        c("Obywatelstwo", N, "VARCHAR", g.col(g.pick(["PL", "PL", "PL", "UA", "BY"])), "decoy"),
        c("Adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PL_STREETS, "pl"), 0.1)),
        c("KodPocztowy", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(3)}" for p in places]),
        c("Miejscowosc", "city", "VARCHAR", [p[0] for p in places]),
        c("Telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.6, "e164": 0.4}, 0.9, 0.3)),
        c("Email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["pl"]) if g.rnd.random() < 0.3 else None
                                        for r in rows], HEAVY),
        c("WalutaSprzedana", N, "VARCHAR", g.col(g.pick(v.CURRENCIES)), "decoy"),
        c("WalutaKupiona", N, "VARCHAR", ["PLN"] * g.rows, "decoy"),
        c("Kwota", N, "DECIMAL(10,2)", g.amounts(1_000, 90_000), "decoy"),
        c("Kurs", N, "DOUBLE", [v.rate(g) for _ in range(g.rows)], "decoy"),
        c("NipKantoru", N, "VARCHAR", [nip] * g.rows, "business", SHAPE),
        c("BeneficjentRzeczywisty", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "pl"), 0.88), ROLE, HEAVY),
        c("Kasjer", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("PoleDodatkowe1", "free_text", "VARCHAR", _custom(g, "PL", "pl"), CUSTOM),
        c("Uwagi", "free_text", "VARCHAR", g.sparse(uwagi, 0.78, _words("brak", "brak danych")), NULLWORD),
    ])


def dk_overfoersler(g: Gen) -> Table:
    """A Copenhagen money transfer business's transfers to Pakistan, Türkiye and Somalia (Danish, snake case)."""
    pairs = [v.person(g, "dk") for _ in range(g.rows)]
    births = g.births(1950, 2005)
    places = [g.rnd.choice(v.DK_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "dk")
    ben_city, ben_phone = _abroad(g, v.DK_PAYOUT, 0.05)

    def note() -> str:
        return g.rnd.choice(["Kunden viste sygesikringsbevis", f"Modtager er kundens bror {v.given(g, 'dk')}",
                             "Formål oplyst: bryllup", f"Indbetalt af {v.whole(g, 'dk')} på kundens vegne"])

    return Table("pengeoverfoersel_kbh.overfoersler", "da", "snake", [
        c("overfoersel_id", N, "BIGINT", g.keys(52_001), "decoy", KEY),
        c("kvitteringsnr", N, "VARCHAR", g.col(lambda: g.code("KV-2025-999999")), "decoy", SHAPE),
        c("fornavn", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("efternavn", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("cpr_nummer", "national_id", "VARCHAR", [v.cpr(g, d) if g.rnd.random() < 0.9 else None for d in births]),
        c("foedselsdato", "date_of_birth", "DATE", births),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.DK_STREETS, "dk"), 0.05)),
        c("postnr", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("bynavn", "city", "VARCHAR", [p[0] for p in places]),
        c("mobilnummer", "phone", "VARCHAR", g.phones("DK", {"national": 0.6, "e164": 0.4}, 1.0, 0.05)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["dk"]) if g.rnd.random() < 0.55 else None
                                        for a, b in pairs]),
        c("afsender_iban", "iban", "VARCHAR", g.col(lambda: v.make_iban(g, "DK", "99999999999999"), 0.4)),
        c("modtager_navn", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "dk")), ROLE),
        c("modtager_telefon", "phone", "VARCHAR", ben_phone, ROLE),
        c("modtager_by", "city", "VARCHAR", ben_city, ROLE),
        c("modtagerland", N, "VARCHAR", g.col(g.pick(["Pakistan", "Tyrkiet", "Somalia"])), "decoy"),
        c("beloeb_dkk", N, "DECIMAL(10,2)", g.amounts(100, 20_000), "decoy"),
        c("kurs", N, "DOUBLE", g.floats(5.1, 44.0, 4), "decoy"),
        c("formaal", N, "VARCHAR", g.col(g.pick(["Familieunderstøttelse", "Bryllup", "Sygdom", "Byggeri", "Gave"])),
          "decoy"),
        c("ekspedient", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("fritekst_felt_2", "free_text", "VARCHAR", _custom(g, "DK", "dk"), CUSTOM),
        c("bemaerkning", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("ingen", "ukendt")), NULLWORD),
    ])


def ja_kaigai_soukin(g: Gen) -> Table:
    """A Tokyo remittance company's transfer requests from foreign residents (romanized Japanese column names,
    values in kanji and katakana, names in Latin letters as on the residence card)."""
    names = [_kana_name(g) for _ in range(g.rows)]
    places = [g.rnd.choice(v.JA_CITIES) for _ in range(g.rows)]
    ben_city, ben_phone = _abroad(g, v.JA_PAYOUT, 0.05)
    employers = ["株式会社東和フーズ", "有限会社川口金属", "大久保ケアサービス株式会社", "浜松オートパーツ株式会社"]

    def bikou() -> str:
        return g.rnd.choice(["在留期限確認済み", f"{_kana_name(g)[1]}さんの代理で来店", "送金目的：家族生活費",
                             "通訳同伴"])

    return Table("kaigai_soukin_okubo.soukin_irai", "ja", "snake", [
        c("irai_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("soukin_bangou", N, "VARCHAR", g.col(lambda: v.my_number_decoy(g)), "decoy", SHAPE),
        c("shimei_romaji", "person_name", "VARCHAR", [n[0] for n in names]),
        c("shimei_kana", "person_name", "VARCHAR", [n[1] for n in names]),
        c("seinengappi", "date_of_birth", "DATE", g.births(1965, 2006)),
        c("kokuseki", N, "VARCHAR", g.col(g.pick(["フィリピン", "ベトナム", "ネパール"])), "decoy"),
        c("zairyu_card_bangou", "national_id", "VARCHAR", g.col(lambda: g.code("AA99999999AA"), 0.05)),
        c("my_number", "national_id", "VARCHAR", g.col(lambda: v.my_number(g), 0.2)),
        c("juusho", "street_address", "VARCHAR", g.col(g.pick(v.JA_STREETS))),
        c("shikuchouson", "city", "VARCHAR", [p[0] for p in places]),
        c("yuubin_bangou", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(4)}" for p in places]),
        c("keitai_bangou", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "e164": 0.2}, 1.0, 0.05)),
        c("mail_address", "email", "VARCHAR", [v.email_of(g, n[0].split(" ")[-1], n[0].split(" ")[0],
                                                          v.DOMAINS["ja"]) if g.rnd.random() < 0.4 else None
                                               for n in names], HEAVY),
        c("uketorinin_shimei", "person_name", "VARCHAR", g.col(lambda: _kana_name(g)[0]), ROLE),
        c("uketorinin_denwa", "phone", "VARCHAR", ben_phone, ROLE),
        c("uketorinin_toshi", "city", "VARCHAR", ben_city, ROLE),
        c("soukin_gaku_en", N, "INTEGER", g.ints(10_000, 300_000), "decoy"),
        c("uketori_houhou", N, "VARCHAR", g.col(g.pick(["口座入金", "現金受取", "モバイルウォレット"])), "decoy"),
        c("kinmusaki", N, "VARCHAR", g.col(g.pick(employers), 0.1), "business"),
        c("madoguchi_tantou", "person_name", "VARCHAR", g.col(g.pick(v.JA_STAFF[:5])), STAFF),
        c("jiyuu_koumoku_1", "free_text", "VARCHAR", _custom(g, "JP", "ja"), CUSTOM),
        c("bikou", "free_text", "VARCHAR", g.sparse(bikou, 0.8, _words("なし", "不明")), NULLWORD),
    ])


def ru_perevody(g: Gen) -> Table:
    """A Moscow money transfer point's transfers by migrant workers to Central Asia (Russian, Cyrillic column names
    and values)."""
    pairs = [v.person(g, "ru") for _ in range(g.rows)]
    places = [g.rnd.choice(v.RU_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "ru")
    ben_city, ben_phone = _abroad(g, v.RU_PAYOUT, 0.05)

    def note() -> str:
        return g.rnd.choice(["Паспорт продлён", f"Деньги получит брат {v.given(g, 'ru')}", "Повторная отправка",
                             f"Оплатил {v.whole(g, 'ru')}"])

    return Table("perevody_lyublino.otpravleniya", "ru", "snake", [
        c("ид_перевода", N, "BIGINT", g.keys(1_500_001), "decoy", KEY),
        c("контрольный_номер", N, "VARCHAR", g.col(lambda: v.ru_inn_decoy(g)), "decoy", SHAPE),
        c("фамилия", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("имя", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("дата_рождения", "date_of_birth", "DATE", g.births(1965, 2006)),
        c("паспорт_номер", "national_id", "VARCHAR", g.col(lambda: g.rnd.choice([g.code("FA9999999"),
                                                                                 g.code("A99999999"),
                                                                                 g.code("ID9999999")]))),
        c("инн", "national_id", "VARCHAR", g.col(lambda: v.ru_inn(g), 0.6), HEAVY),
        c("номер_патента", "national_id", "VARCHAR", g.col(lambda: f"77 №{g.digits(10)}", 0.4)),
        c("адрес_регистрации", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.RU_STREETS, "ru"), 0.1)),
        c("город", "city", "VARCHAR", [p[0] for p in places]),
        c("индекс", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places]),
        c("телефон", "phone", "VARCHAR", g.phones("RU", {"national": 0.6, "e164": 0.4}, 1.0, 0.05)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ru"]) if g.rnd.random() < 0.3 else None
                                        for a, b in pairs], HEAVY),
        c("получатель_фио", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ru")), ROLE),
        c("телефон_получателя", "phone", "VARCHAR", ben_phone, ROLE),
        c("город_получателя", "city", "VARCHAR", ben_city, ROLE),
        c("сумма_руб", N, "DECIMAL(10,2)", g.amounts(1_000, 150_000), "decoy"),
        c("валюта_выплаты", N, "VARCHAR", g.col(g.pick(["UZS", "TJS", "KGS", "USD", "RUB"])), "decoy"),
        c("комиссия", N, "DECIMAL(8,2)", g.amounts(0, 1_500), "decoy"),
        c("пункт_выдачи", N, "VARCHAR", g.col(g.pick(["Ташкент, Чорсу", "Душанбе, Корвон", "Ош, Келечек"])),
          "business"),
        c("кассир", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("доп_поле_1", "free_text", "VARCHAR", _custom(g, "RU", "ru"), CUSTOM),
        c("примечание", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("нет", "нет данных")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (us_remit_senders, 700), (nz_pacific_transfers, 500), (ca_payroll_cards, 600), (ke_mobile_money, 800),
    (au_bureau, 600), (tn_paycard_cobol, 700), (ae_in_payouts, 600), (za_cross_border, 600),
    (de_wechselstube, 400), (fr_paycards_as400, 500), (pt_remessas, 450), (pl_kantor, 500),
    (dk_overfoersler, 450), (ja_kaigai_soukin, 400), (ru_perevody, 500),
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
