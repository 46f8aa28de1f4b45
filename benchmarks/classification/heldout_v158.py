"""Held-out set v158 for the column classifier: 14 tables of *cryptocurrency exchanges, wallets and crypto ATMs*
(customer onboarding and KYC tiers, withdrawals to external addresses, travel-rule transfers with originator and
beneficiary, crypto ATM cash-ins with phone verification, OTC desk trades, tax reports, suspicious activity reviews,
API keys and login sessions), one system per table and each a different organisation in a different country, seven
with English column names and seven in Danish, Mexican Spanish, Italian, Polish, Turkish, Japanese (kanji and katakana
column names and values) and Greek (Greek script column names and values):

* ``islandledger_exchange.customer_onboarding``: a Victoria (BC) crypto exchange's customer onboarding and KYC tiers
  (snake case: the legal first, middle (mostly NULL) and last names, the birth date split into ``dob_day``,
  ``dob_month`` and ``dob_year``, SIN mostly NULL, BC driver's licence numbers, the unit number mostly NULL, KYC
  tiers, employers, sources of funds, identity vendor references, a funding card kept in clear mostly NULL, signup
  IPs, KYC case references spaced like a SIN and failing its check, compliance analysts, ``misc_1`` holding personal
  data, reviewer notes mostly NULL words);
* ``kowhaiWallet.externalWithdrawals``: a Christchurch wallet app's withdrawals to external addresses (camel case:
  ``dd/mm/yyyy`` birth dates, IRD numbers, verified mobiles, suburbs and postcodes, assets and networks, destination
  wallet addresses and their labels, the declared owner of a third-party wallet mostly NULL, fees, a funding card's
  last four digits, transaction hashes, request IPs, approvers, request numbers written like an IRD number and failing
  its check, ``customField2`` codes only, hold reasons mostly NULL words);
* ``TrentOtc.DeskTrades``: a Nottingham OTC crypto desk's trades (Pascal case: title, middle names, DATE birth
  dates, National Insurance numbers, passports, DVLA licence numbers built from the surname, birth date, sex and
  initial, corporate clients and their UTR (passing its check), sides, quantities and notionals, settlement wallets,
  sort codes and account numbers, traders, ``Udf3`` with personal data, desk notes);
* ``tasbtm_ops.atm_cashin_txn``: a Hobart crypto ATM operator's cash-ins with SMS phone verification (abbreviated:
  ``cust_fnm``, ``cust_dob`` as ISO text, ``id_doc_no`` holding Tasmanian licences, passports and Medicare numbers,
  ``vrfy_ph``, ``res_sbrb``, ``res_pcd``, the ATM sites' names, phones, addresses and coordinates, the operator's ABN
  (passing its check), kiosk serials, cash amounts, destination wallets, the support agents who made the scam-check call
  and their notes mostly NULL words, transaction references of ten digits failing the Medicare check, ``udf3`` codes
  only, ``lst_upd_by`` the last editor's login);
* ``CRYPTAX.F1099DA_EXTRACT``: a Tulsa crypto broker's Form 1099-DA tax reporting extract, a COBOL file (legacy:
  padded CHAR, hyphenated names, the middle initial, SSN and phone as numbers with 0 for missing, the birth date as
  ``YYYYMMDD`` integers, ZIP as a number, a second address line mostly blank, an attorney-in-fact written ``SURNAME,
  GIVEN`` mostly blank, proceeds and cost basis, the broker's EIN (passing its prefix check), customer account
  numbers, order numbers of nine digits failing the SSN check, preparers, ``TAX-USER-FLD-2`` holding personal data,
  ``TAX-USER-FLD-3`` codes);
* ``stg_indore_xch.src_sess_raw``: an Indore crypto exchange's login sessions and API keys landed from its app
  database as an opaque staging table (``col01`` to ``col20``: whole names, some in capitals, ``dd/mm/yyyy`` birth
  dates, PAN whose fifth letter is the surname's initial, phones, e-mails, localities and PIN codes, IPs, user agents,
  device ids, API key ids, hashes of API secrets and their permissions, user ids of twelve digits failing Aadhaar's
  Verhoeff check, login times, 2FA methods, a custom field with personal data, support executives, the account's
  nominee mostly NULL);
* ``trp_gqeberha.travel_rule_transfers_json``: a Gqeberha crypto asset service provider's travel-rule transfer
  messages flattened from JSON to dotted keys (``originator.name.first``, ``originator.id_number`` encoding
  ``originator.birth_date``, the originator's street, suburb, postal code and mobile, ``beneficiary.name.full``, both
  wallets, the beneficiary's VASP and its LEI (passing its check), assets, amounts, hashes, screening results, message
  references of thirteen digits failing the ID number's check, ``meta.ip``, ``meta.custom2``, compliance officers and
  notes);
* ``kryptohandel_odense.mistaenkelige_sager``: an Odense crypto exchange's suspicious activity reviews (Danish:
  ``mellemnavn`` mostly NULL, CPR numbers ``DDMMYY-SSSS`` with the century digit, the sex and the old modulus-11
  check, ``dd-mm-yyyy`` birth dates, addresses with floor and side (``Vestergade 12, 2. th.``), the payout IBAN, the
  counterparty's name and wallet, the customer's company and its CVR (passing its check), reasons, risk scores, case
  numbers shaped like a CPR number whose day cannot exist, case handlers, ``ekstra_felt_2``, remarks naming people);
* ``cripto_mty.alta_clientes``: a Monterrey crypto exchange's customer onboarding with KYC levels (Mexican Spanish:
  ``nombres``, both family names apart, CURP encoding the names, birth date, sex and state of birth, RFC with its
  homoclave, the INE voter key, ``calle``, ``numero_exterior``, ``colonia``, ``municipio`` and CP, KYC levels,
  occupations and incomes, the CLABE, a beneficiary, account executives, application folios shaped like a CURP and
  failing its check digit, ``campo_libre_2`` codes only, remarks naming spouses and referrers);
* ``fiscocripto_bologna.report_plusvalenze``: a Bologna tax service's crypto capital gains reports (quadro RT and RW)
  for its clients (Italian: the codice fiscale encoding names, birth date, sex and birthplace, the birthplace,
  residence, PEC addresses mostly NULL, the refund IBAN, a joint holder mostly NULL, foreign exchanges, year-end values
  and gains, the tax firm with its phone and its partita IVA (passing its check), case numbers of eleven digits failing
  it, consultants, ``campo_libero_2`` with personal data);
* ``kantor_krypto_lodz.transakcje_otc``: a Łódź crypto exchange office's over-the-counter cash trades (Polish:
  ``drugie_imie`` mostly NULL, PESEL encoding the birth date and sex, ``dd.mm.yyyy`` birth dates, identity card
  numbers with their check digit, ``ulica``, ``nr_domu`` and ``nr_lokalu`` apart, postcodes and towns, sides, coins,
  amounts, wallets, sources of funds, the beneficial owner mostly NULL, the client company's NIP (passing its check),
  document numbers of eleven digits failing PESEL's check, cashiers, ``dodatkowe_pole_2``);
* ``kripto_eskisehir.cekim_talepleri``: an Eskişehir crypto exchange's withdrawal requests to wallets and bank
  accounts (Turkish: T.C. kimlik numbers, ``dd.mm.yyyy`` birth dates, addresses with mahalle, street, number and door,
  the ilçe and postcode, the withdrawal type, asset, network, target address or TRY IBAN, hashes, request IPs,
  approvers, request numbers of eleven digits failing the T.C. kimlik check, ``ek_alan_2`` codes only);
* ``杜都暗号資産.ログイン履歴``: a Sendai crypto exchange's login history and API keys of its members (Japanese column
  names in kanji and katakana: ``氏名`` in kanji with the family name first and ``氏名カナ`` in katakana,
  ``yyyy年mm月dd日`` birth dates, My Number mostly NULL, municipalities and ``町名番地``, login times, IPs, user
  agents, 2FA methods, API key ids and permissions, staff by family name (``担当者``), reception numbers failing My
  Number's check, ``予備項目2``);
* ``κρυπτοαυτόματα_ηρακλείου.καταθέσεις_μετρητών``: a Heraklion crypto ATM operator's cash-ins with SMS
  verification (Greek, Greek script column names and values: surname, given name and patronymic, ``dd/mm/yyyy``
  birth dates, ΑΦΜ, ΑΜΚΑ encoding the birth date mostly NULL, identity card numbers, mobiles, the SMS codes, addresses,
  postcodes and towns, ATM sites, amounts, coins and wallets, receipt numbers of nine digits failing the ΑΦΜ check,
  compliance officers, ``πρόσθετο_πεδίο_2``, remarks naming relatives).

Written **blind**: by someone who has read neither the classifier (``governance_dagster/detect/``) nor its
documentation, tests, changelog, history or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (the module docstring, import block, ``SETS`` dict and ``--db`` help of
``heldout_v2_accuracy.py``, where v155 is registered, read and edited, never run), most of v152's table module (its
docstring, helpers, its English-named builders, its Czech, Japanese and Ukrainian builders and its ``BUILDERS``) and
the generic half and the identifier builders of its value module (whose ``Gen`` helpers and some identifier builders
were copied here), v152's test as the model of this set's test, ``tests/heldout_support.py``, the "Labeling choices"
lists of v98's and v146's docstrings, the module docstrings (first lines) of the other sets searched for this
domain's words (crypto, wallet, exchange, travel rule: v30's Australian crypto exchange and v89's Dublin and Fukuoka
exchanges led this set to other towns, and v89's labeling of wallet addresses as ``none`` is followed), the first
lines of v153's and v155's docstrings (whose towns were avoided), the ruff section of ``pyproject.toml`` and a few
sources of python-stdnum (CPR, AMKA, EIN, UTR, partita IVA). v98's and v146's modules themselves were not opened
beyond their docstrings. The ``Column``/``Table`` classes of v2 and v4's writer and summary are used as v152 uses
them, not read. No ``ruff format`` was run. The classifier was not run on this set while it was written, no scorer
was run on it, and no score was looked at (the test builds the set through the scorer's ``SETS`` entry, as v152's
test does, and never classifies).

Labeling choices a reader may question:

* a Canadian SIN, a US SSN, a UK National Insurance number and a Greek AMKA are ``ssn``; IRD numbers, PAN, the South
  African ID number, CPR, CURP, RFC, the INE voter key, codice fiscale, PESEL, Polish and Greek identity cards, T.C.
  kimlik, My Number, ΑΦΜ, passports, BC and DVLA driving licences (tag ``licence``) are ``national_id``; a column
  holding licences, passports and Medicare numbers (``id_doc_no``) is ``national_id`` (tag ``multi_document``); NI
  numbers, licences, passports, INE voter keys and Greek identity cards have no check computed here and are generated
  by shape (the DVLA licence from the row's surname, birth date, sex and initial); the Medicare and Polish identity
  card checks are computed here, not by python-stdnum;
* crypto wallet addresses (tag ``wallet_address``), transaction hashes, API key ids, hashes of API secrets, device
  ids, user agents, SMS verification codes and 2FA methods are ``none`` (tag ``decoy``, ``value_shape`` when shaped
  like an identifier): a wallet address is a pseudonymous key no kind fits, as v89 labeled it;
* case, request, order, message, document, folio, receipt, reception and transaction reference numbers, trade tickets,
  kiosk serials, customer account numbers and identity vendor references are ``none`` (tag ``decoy``, ``value_shape``;
  thirteen of them fail the check of the number they look like: SIN, IRD, Medicare, SSN, Aadhaar, SA ID, CPR (a
  day that cannot exist), CURP, PESEL, T.C. kimlik, My Number, ΑΦΜ and the partita IVA); KYC tiers and levels, risk
  scores, reasons, sources of funds, occupations, incomes, amounts, assets and networks are ``none``;
* exchanges, VASPs and their LEI, corporate clients with their UTR, CVR and NIP, the broker's EIN and name, tax firms
  with their phones and partita IVA, ATM sites with their phones and addresses and the operator's ABN (passing its
  check) and employers are ``none`` (tag ``business``, ``check_digit`` where a check digit is computed); ATM coordinates
  are ``none`` (tag ``coordinates``); a card's last four digits are ``none`` (tag ``partial``);
* compliance analysts and officers, approvers, traders, support agents, preparers, support executives, case handlers,
  account executives, consultants, cashiers and Japanese staff (by family name: ``担当者`` is ``last_name``) are
  staff (``person_name``, tag ``staff``); the owner of a third-party wallet, a beneficiary of a transfer or of an
  account, a counterparty, a nominee, an attorney-in-fact, a joint holder and a beneficial owner are personal (tag
  ``role_word``);
* ``SURNAME, GIVEN`` in one column (``POA-NAME``), a kanji name with the family name first and its katakana reading
  are ``person_name``; middle names (Danish ``mellemnavn``, Polish ``drugie_imie``), a middle initial, ``nombres`` and
  the Greek patronymic are ``first_name``; each Mexican family name is ``last_name``;
* a suburb, a colonia, an Indian locality and a Turkish ilçe are ``city`` (tag ``locality``), as are a municipio, a
  Japanese municipality, a Danish postal town and a birthplace (tag ``birthplace``); a US state and an Italian province
  are ``none``; a unit, a second address line, ``numero_exterior``, ``nr_domu`` and ``nr_lokalu`` are
  ``street_address`` (tag ``split_address``);
* dates of birth as DATE, as ISO, ``dd/mm/yyyy``, ``dd-mm-yyyy``, ``dd.mm.yyyy`` and ``yyyy年mm月dd日`` text, as
  ``YYYYMMDD`` integers (0 for missing) and split into day, month and year integers (each part ``date_of_birth``, tag
  ``split_dob``) are ``date_of_birth``; onboarding, request, login, transaction and case dates and timestamps are
  ``none``;
* a funding card kept in clear is ``credit_card``; Danish, Italian and Turkish IBANs are ``iban``; a UK settlement
  account and a Mexican CLABE are ``unclassified`` (tag ``bank_account``, as earlier sets labeled domestic accounts) and
  a sort code is ``none``; an editor's login is ``unclassified`` (tag ``username``); a PEC address is ``email``;
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); custom
  fields holding codes only are ``none`` (tags ``decoy`` and ``custom_plain``); notes and remarks naming people are
  ``free_text``.

``null_heavy`` means 70-95% NULL, ``nullword_heavy`` 70-95% NULL words or empty strings; rows per table: 300 to 600.
Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v158_values`, written for v158 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v158 [PATH]`` (default ``/tmp/heldout_v158.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v158``.

Slip: listing the scorer's lines holding three double quotes, to find the end of its module docstring, also printed
the one-line docstrings of three of its functions (one about a classification's ``(kind, state)``, two naming the
``classify_table`` call and the ``governance-dagster classify ... --json`` command), and printing the lines after its
import block printed its ``GOALS`` and ``NONE`` constants; the module docstring read for the registration also holds
the paragraphs on how a column counts and the goals. Nothing else of the scorer was read.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v158_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v158_values import NULLISH, SEED, UNCLASSIFIED, Gen, N, c

__all__ = [
    "BUILDERS",
    "DEFAULT_PATH",
    "NULLISH",
    "SEED",
    "UNCLASSIFIED",
    "Column",
    "Gen",
    "Table",
    "build",
    "labels",
    "summary",
    "tables",
]

DEFAULT_PATH = Path("/tmp/heldout_v158.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words or empty strings
HEAVY = "null_heavy"  # 70-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # compliance analysts, traders, cashiers, support agents, tax preparers (2 to 8 distinct)
ROLE = "role_word"  # a role word (beneficiary, originator, counterparty, nominee, joint holder ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PLAIN = "custom_plain"  # an opaque custom field holding codes only (none)
SPLIT_ADDR = "split_address"  # a part of an address in its own column (street_address)
SPLIT_DOB = "split_dob"  # a part of a date of birth in its own column (date_of_birth)
LOCALITY = "locality"  # a suburb, a colonia, a locality, an ilçe (city)
COORD = "coordinates"
PARTIAL = "partial"  # a card's last four digits
LICENCE = "licence"  # a driving licence number (national_id)
MULTI_DOC = "multi_document"  # identity documents of several types in one column (national_id)
USERNAME = "username"
BANK = "bank_account"  # a domestic bank account (unclassified)
CHECK = "check_digit"  # a business's number passing its own check (none)
WALLET = "wallet_address"  # a crypto wallet address (none: a pseudonymous key, as v89 labeled it)
BIRTHPLACE = "birthplace"  # a town of birth (city)


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "none", "NULL") + extra


def _custom(g: Gen, region: str, lang: str, null: float = 0.3, fmt: str = "national") -> list[str | None]:
    """An opaque custom field: by row a phone, an e-mail or a name (or NULL)."""

    def one() -> str:
        r = g.rnd.random()
        if r < 0.42:
            return g.phone(region, g.rnd.choice([fmt, "e164"]))
        if r < 0.72:
            return v.email_of(g, *v.person(g, lang), v.DOMAINS[lang])
        return v.whole(g, lang)

    return g.col(one, null)


def _codes(g: Gen, codes: list[str], null: float = 0.35) -> list[str | None]:
    """An opaque custom field holding codes only."""
    return g.col(g.pick(codes), null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _asset(g: Gen) -> tuple[str, str]:
    asset = g.rnd.choices(list(v.ASSETS), [30, 22, 18, 12, 8, 6, 4])[0]
    return asset, g.rnd.choice(v.ASSETS[asset])


def _amount(g: Gen, asset: str) -> float:
    scale = {"BTC": 0.4, "ETH": 6.0, "SOL": 120.0, "LTC": 40.0, "XRP": 9_000.0}.get(asset, 12_000.0)
    return round(g.rnd.uniform(0.002, 1.0) ** 2 * scale, 8 if asset in ("BTC", "ETH", "LTC") else 2)


# -- English-named tables ----------------------------------------------------------------------------------------------


def ca_onboarding(g: Gen) -> Table:
    """A Victoria crypto exchange's customer onboarding and KYC tiers (snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.42
        a, b = v.person(g, "ca", female)
        place = g.rnd.choice(v.CA_PLACES)
        tier = g.rnd.choices(["Tier 0 - email only", "Tier 1 - basic", "Tier 2 - verified", "Tier 3 - enhanced"],
                             [0.1, 0.3, 0.45, 0.15])[0]
        rows.append(
            {
                "a": a,
                "mid": v.given(g, "ca", female) if g.rnd.random() < 0.22 else None,
                "b": b,
                "born": g.birth(1955, 2006),
                "mail": v.email_of(g, a, b, v.DOMAINS["ca"]),
                "place": place,
                "pc": f"{place[1]} {g.code('9A9')}",
                "tier": tier,
                "funds": g.rnd.choice(["Employment income", "Savings", "Business income", "Investments",
                                        "Inheritance", "Pension"]) if not tier.startswith("Tier 0") else None,
            }
        )
    employers = ["BC Public Service", "Island Health", "University of Victoria", "CFB Esquimalt", "Self-employed",
                 "BC Ferries", "Camosun College", "Thrifty Foods", "Retired", "Seaspan Victoria Shipyards"]
    analysts = v.staff(g, 4, "ca")

    def note() -> str:
        return g.rnd.choice(
            [
                f"Selfie mismatch, customer re-uploaded; spouse {v.whole(g, 'ca')} on same device",
                "Address proof: BC Hydro bill accepted",
                f"Called {v.given(g, 'ca')} to confirm source of funds - house sale",
                "Tier 3 upgrade pending enhanced due diligence",
                "PEP screening false positive cleared",
            ]
        )

    return Table(
        "islandledger_exchange.customer_onboarding",
        "en",
        "snake",
        [
            c("customer_id", N, "BIGINT", g.keys(7_300_001), "decoy", KEY),
            c("kyc_case_ref", N, "VARCHAR", g.col(lambda: v.sin_decoy(g)), "decoy", SHAPE),
            c("legal_first_name", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("middle_name", "first_name", "VARCHAR", [r["mid"] for r in rows], HEAVY),
            c("legal_last_name", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("dob_day", "date_of_birth", "INTEGER", [r["born"].day for r in rows], SPLIT_DOB),
            c("dob_month", "date_of_birth", "INTEGER", [r["born"].month for r in rows], SPLIT_DOB),
            c("dob_year", "date_of_birth", "INTEGER", [r["born"].year for r in rows], SPLIT_DOB),
            c("sin", "ssn", "VARCHAR", g.col(lambda: v.sin(g), 0.8), HEAVY),
            c("bc_dl_number", "national_id", "VARCHAR", g.col(lambda: g.digits(7), 0.3), LICENCE),
            c("mobile_phone", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "e164": 0.3, "dashes": 0.2})),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("residential_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca"))),
            c(
                "unit_number",
                "street_address",
                "VARCHAR",
                g.col(lambda: g.rnd.choice(["Unit ", "Suite ", "#"]) + str(g.rnd.randint(1, 1_404)), 0.76),
                SPLIT_ADDR,
                HEAVY,
            ),
            c("city", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("postal_code", "postal_code", "VARCHAR", [r["pc"] for r in rows]),
            c("kyc_tier", N, "VARCHAR", [r["tier"] for r in rows], "decoy"),
            c("employer_name", N, "VARCHAR", g.col(g.pick(employers), 0.2), "business"),
            c("source_of_funds", N, "VARCHAR", [r["funds"] for r in rows], "decoy"),
            c("idv_vendor_ref", N, "VARCHAR", g.col(g.uuid, 0.1), "decoy", SHAPE),
            c("funding_card_number", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.84), HEAVY),
            c("onboarded_at", N, "TIMESTAMP", g.moments("2023-02-01", "2025-11-30"), "decoy"),
            c("signup_ip", "ip_address", "VARCHAR", g.col(g.ip, 0.04)),
            c("compliance_analyst", "person_name", "VARCHAR", g.col(g.pick(analysts), 0.15), STAFF),
            c("misc_1", "free_text", "VARCHAR", _custom(g, "CA", "ca"), CUSTOM),
            c("reviewer_notes", "free_text", "VARCHAR", g.sparse(note, 0.82, _words("n/a", "N/A")), NULLWORD),
        ],
    )


def nz_withdrawals(g: Gen) -> Table:
    """A Christchurch wallet app's withdrawals to external addresses (camel case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.4
        a, b = v.person(g, "nz", female)
        asset, network = _asset(g)
        third = g.rnd.random() < 0.17
        rows.append(
            {
                "a": a,
                "b": b,
                "born": g.birth(1958, 2006),
                "mail": v.email_of(g, a, b, v.DOMAINS["nz"]),
                "place": g.rnd.choice(v.NZ_PLACES),
                "asset": asset,
                "network": network,
                "owner": v.whole(g, "nz") if third else None,
                "label": "Third party" if third else g.rnd.choice(["Own hardware wallet", "Own exchange account",
                                                                    "Own software wallet"]),
            }
        )
    approvers = v.staff(g, 3, "nz")

    def hold() -> str:
        return g.rnd.choice(
            [
                f"Held: customer says {v.whole(g, 'nz')} asked him to send - possible romance scam",
                "Held: new address + large amount, called customer, released",
                f"Held: third-party owner declared as {v.given(g, 'nz', True)}, requested ID",
                "Held: destination flagged by analytics vendor (mixer exposure)",
                "Released after 24h cooling-off",
            ]
        )

    return Table(
        "kowhaiWallet.externalWithdrawals",
        "en",
        "camel",
        [
            c("withdrawalId", N, "BIGINT", g.keys(41_000_001), "decoy", KEY),
            c("requestNumber", N, "VARCHAR", g.col(lambda: v.ird_decoy(g)), "decoy", SHAPE),
            c("accountHolderFirstName", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("accountHolderLastName", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("accountHolderDob", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows]),
            c("irdNumber", "national_id", "VARCHAR", g.col(lambda: v.ird(g), 0.35)),
            c("verifiedMobile", "phone", "VARCHAR", g.phones("NZ", {"national": 0.6, "e164": 0.4})),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("homeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.NZ_STREETS, "nz"), 0.05)),
            c("suburb", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY),
            c("postcode", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("asset", N, "VARCHAR", [r["asset"] for r in rows], "decoy"),
            c("network", N, "VARCHAR", [r["network"] for r in rows], "decoy"),
            c("destinationAddress", N, "VARCHAR", [v.wallet(g, r["network"]) for r in rows], "decoy", SHAPE, WALLET),
            c("destinationLabel", N, "VARCHAR", [r["label"] for r in rows], "decoy"),
            c("thirdPartyOwnerName", "person_name", "VARCHAR", [r["owner"] for r in rows], ROLE, HEAVY),
            c("amount", N, "DOUBLE", [_amount(g, r["asset"]) for r in rows], "decoy"),
            c("networkFeeNzd", N, "DOUBLE", g.amounts(0.05, 38.0), "decoy"),
            c("fundingCardLast4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.3), "decoy", PARTIAL),
            c("txHash", N, "VARCHAR", [tx if g.rnd.random() < 0.92 else None
                                       for tx in (v.tx_hash(g, r["network"]) for r in rows)], "decoy", SHAPE),
            c("requestedAt", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
            c("requestIp", "ip_address", "VARCHAR", g.col(g.ip, 0.03)),
            c("approvedBy", "person_name", "VARCHAR", g.col(g.pick(approvers), 0.3), STAFF),
            c("customField2", N, "VARCHAR", _codes(g, ["FAST", "WL-OK", "NEWADDR", "2FA-RESET", "VIP"], 0.4),
              "decoy", PLAIN),
            c("holdReason", "free_text", "VARCHAR", g.sparse(hold, 0.85, _words("nil", "Nil")), NULLWORD),
        ],
    )


def gb_otc_trades(g: Gen) -> Table:
    """A Nottingham OTC crypto desk's trades with individual and corporate clients (Pascal case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.3
        a, b = v.person(g, "gb", female)
        born = g.birth(1950, 2004)
        corporate = g.rnd.random() < 0.45
        rows.append(
            {
                "type": "Corporate" if corporate else "Individual",
                "title": g.rnd.choice(["Ms", "Mrs", "Miss", "Dr"]) if female else g.rnd.choice(["Mr", "Mr", "Dr"]),
                "a": a,
                "mid": v.given(g, "gb", female) if g.rnd.random() < 0.35 else None,
                "b": b,
                "born": born,
                "dvla": v.dvla(g, a, b, born, female) if g.rnd.random() < 0.6 else None,
                "mail": v.email_of(g, a, b, v.DOMAINS["gb"]),
                "corp": corporate,
                "side": g.rnd.choice(["BUY", "SELL"]),
                "asset": _asset(g),
            }
        )
    companies = ["Sherwood Digital Holdings Ltd", "Lace Market Ventures Ltd", "Trent Bridge Capital LLP",
                 "Hockley Analytics Ltd", "Castle Boulevard Trading Ltd", "Attenborough Family Office Ltd"]
    utrs = {name: v.utr(g) for name in companies}
    corp = [g.rnd.choice(companies) if r["corp"] else None for r in rows]
    traders = v.staff(g, 4, "gb")

    def note() -> str:
        return g.rnd.choice(
            [
                f"Director {v.whole(g, 'gb')} authorised by phone, recorded line",
                "Price locked 14:02, settlement T+0",
                f"Funds from {v.whole(g, 'gb', True)}'s personal account - returned, third party",
                "Large order split across two tickets",
                "Client asked for USDC on Polygon instead of Ethereum",
            ]
        )

    return Table(
        "TrentOtc.DeskTrades",
        "en",
        "pascal",
        [
            c("TradeId", N, "BIGINT", g.keys(90_001), "decoy", KEY),
            c("TradeTicket", N, "VARCHAR", g.col(lambda: f"OTC-{g.rnd.choice([24, 25])}-{g.digits(6)}"), "decoy",
              SHAPE),
            c("ClientType", N, "VARCHAR", [r["type"] for r in rows], "decoy"),
            c("ClientTitle", N, "VARCHAR", [r["title"] for r in rows], "decoy"),
            c("ClientForename", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("ClientMiddleNames", "first_name", "VARCHAR", [r["mid"] for r in rows]),
            c("ClientSurname", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("DateOfBirth", "date_of_birth", "DATE", [r["born"] for r in rows]),
            c("NiNumber", "ssn", "VARCHAR", g.col(lambda: v.gb_nino(g), 0.2)),
            c(
                "PassportNumber",
                "national_id",
                "VARCHAR",
                [g.digits(9) if r["dvla"] is None or g.rnd.random() < 0.25 else None for r in rows],
            ),
            c("DrivingLicenceNumber", "national_id", "VARCHAR", [r["dvla"] for r in rows], LICENCE),
            c("HomeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GB_STREETS, "gb"))),
            c("Postcode", "postal_code", "VARCHAR",
              [f"{g.rnd.choice(v.GB_PLACES)[1]} {g.code('9AA')}" for _ in rows]),
            c("MobileNumber", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.25, "e164": 0.15})),
            c("EmailAddress", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("CorporateClientName", N, "VARCHAR", corp, "business"),
            c("CorporateClientUtr", N, "VARCHAR", [utrs[x] if x else None for x in corp], "business", CHECK),
            c("Side", N, "VARCHAR", [r["side"] for r in rows], "decoy"),
            c("Asset", N, "VARCHAR", [r["asset"][0] for r in rows], "decoy"),
            c("Quantity", N, "DOUBLE", [_amount(g, r["asset"][0]) * 40 for r in rows], "decoy"),
            c("NotionalGbp", N, "DOUBLE", g.amounts(10_000, 2_500_000), "decoy"),
            c(
                "SettlementWallet",
                N,
                "VARCHAR",
                [v.wallet(g, r["asset"][1]) if r["side"] == "BUY" else None for r in rows],
                "decoy",
                SHAPE,
                WALLET,
            ),
            c("SettlementSortCode", N, "VARCHAR",
              g.col(lambda: f"{g.rnd.choice(['40', '20', '30', '60', '77'])}-{g.digits(2)}-{g.digits(2)}", 0.3),
              "decoy"),
            c("SettlementAccountNumber", UNCLASSIFIED, "VARCHAR", g.col(lambda: g.digits(8), 0.3), BANK),
            c("Trader", "person_name", "VARCHAR", g.col(g.pick(traders)), STAFF),
            c("Udf3", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
            c("DeskNotes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("n/a", "N/A")), NULLWORD),
        ],
    )


def au_atm_cashins(g: Gen) -> Table:
    """A Hobart crypto ATM operator's cash-ins with phone verification (abbreviated)."""
    sites = [
        ("Moonah Mini Mart", "112 Main Rd, Moonah TAS 7009", (-42.8455, 147.3010)),
        ("Sandy Bay Newsagency", "201 Sandy Bay Rd, Sandy Bay TAS 7005", (-42.8972, 147.3261)),
        ("Eastlands Vape & Convenience", "Shop 31, 26 Bligh St, Rosny Park TAS 7018", (-42.8685, 147.3689)),
        ("Kingston Fuel & Food", "3 Channel Hwy, Kingston TAS 7050", (-42.9764, 147.3086)),
        ("Glenorchy Pawn & Gold", "370 Main Rd, Glenorchy TAS 7010", (-42.8331, 147.2759)),
        ("North Hobart Late Store", "404 Elizabeth St, North Hobart TAS 7000", (-42.8715, 147.3173)),
    ]
    operator_abn = v.abn(g)
    site_phones = [g.phone("AU", "national", False) for _ in sites]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.3
        a, b = v.person(g, "au", female)
        doc = g.rnd.choices(["DL", "PP", "MC"], [0.62, 0.18, 0.2])[0]
        if doc == "DL":
            number = g.code("A99999")
        elif doc == "PP":
            number = g.rnd.choice(["PA", "PB", "RA"]) + g.digits(7)
        else:
            number = v.medicare(g)
        asset, network = g.rnd.choices([("BTC", "Bitcoin"), ("USDT", "Tron"), ("ETH", "Ethereum"), ("LTC", "Litecoin")],
                                       [0.7, 0.15, 0.1, 0.05])[0]
        rows.append(
            {
                "a": a,
                "b": b,
                "born": g.birth(1942, 2006),
                "doc": doc,
                "no": number,
                "place": g.rnd.choice(v.AU_PLACES),
                "site": g.rnd.randrange(len(sites)),
                "asset": asset,
                "network": network,
                "cash": float(g.rnd.randrange(20, 9_950, 10)),
            }
        )
    agents = v.staff(g, 3, "au")
    logins = sorted({f"{v.latin(v.given(g, 'au'))}.{v.latin(v.person(g, 'au')[1])[0]}" for _ in range(5)})

    def scam() -> str:
        return g.rnd.choice(
            [
                f"Customer said 'investment manager' {v.whole(g, 'au')} told her to deposit - refused, refunded",
                "Scam call done, customer confident, wallet is own Exodus",
                f"Grandson {v.given(g, 'au', False)} waiting in car - declined",
                "Over $5k daily, extra ID sighted",
                "Customer buying for first time, warned about ATO scams",
            ]
        )

    return Table(
        "tasbtm_ops.atm_cashin_txn",
        "en",
        "abbrev",
        [
            c("txn_id", N, "BIGINT", g.keys(3_300_001), "decoy", KEY, ABBREV),
            c("txn_ref", N, "VARCHAR", g.col(lambda: v.medicare_decoy(g)), "decoy", SHAPE, ABBREV),
            c("cust_fnm", "first_name", "VARCHAR", [r["a"] for r in rows], ABBREV),
            c("cust_lnm", "last_name", "VARCHAR", [r["b"] for r in rows], ABBREV),
            c("cust_dob", "date_of_birth", "VARCHAR", [r["born"].isoformat() for r in rows], ABBREV),
            c("id_doc_typ", N, "VARCHAR", [r["doc"] for r in rows], "decoy", ABBREV),
            c("id_doc_no", "national_id", "VARCHAR", [r["no"] for r in rows], MULTI_DOC, ABBREV),
            c("vrfy_ph", "phone", "VARCHAR", g.phones("AU", {"national": 0.45, "e164": 0.55}), ABBREV),
            c("otp_snt_ts", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30", 0.0, 7, 22), "decoy", ABBREV),
            c("res_sbrb", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY, ABBREV),
            c("res_pcd", "postal_code", "VARCHAR", [r["place"][1] for r in rows], ABBREV),
            c("atm_site_nm", N, "VARCHAR", [sites[r["site"]][0] for r in rows], "business", ABBREV),
            c("atm_site_addr", N, "VARCHAR", [sites[r["site"]][1] for r in rows], "business", ABBREV),
            c("atm_site_ph", N, "VARCHAR", [site_phones[r["site"]] for r in rows], "business", ABBREV),
            c("atm_lat", N, "DOUBLE", [sites[r["site"]][2][0] for r in rows], "decoy", COORD, ABBREV),
            c("atm_lon", N, "DOUBLE", [sites[r["site"]][2][1] for r in rows], "decoy", COORD, ABBREV),
            c("optr_abn", N, "VARCHAR", [operator_abn for _ in rows], "business", CHECK, ABBREV),
            c("kiosk_sn", N, "VARCHAR", [f"GBT-{r['site'] + 1:03d}-{g.code('ZZZZ')}" for r in rows], "decoy", SHAPE,
              ABBREV),
            c("cash_amt_aud", N, "DOUBLE", [r["cash"] for r in rows], "decoy", ABBREV),
            c("crypto_asset", N, "VARCHAR", [r["asset"] for r in rows], "decoy", ABBREV),
            c("dest_wlt", N, "VARCHAR", [v.wallet(g, r["network"]) for r in rows], "decoy", SHAPE, WALLET, ABBREV),
            c("scam_chk_by", "person_name", "VARCHAR", g.col(g.pick(agents), 0.35), STAFF, ABBREV),
            c("scam_chk_nt", "free_text", "VARCHAR", g.sparse(scam, 0.8, _words("nil", "Nil")), NULLWORD, ABBREV),
            c("udf3", N, "VARCHAR", _codes(g, ["LIM-5K", "REPEAT", "NEWCUST", "SENIOR-CHK", "RFND"], 0.45), "decoy",
              PLAIN),
            c("lst_upd_by", UNCLASSIFIED, "VARCHAR", g.col(g.pick(logins)), USERNAME, ABBREV),
        ],
    )


def us_tax_cobol(g: Gen) -> Table:
    """A Tulsa crypto broker's Form 1099-DA tax reporting extract, a COBOL file (padded CHAR, numbers for dates)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.4
        a, b = v.person(g, "us", female)
        poa = g.rnd.random() < 0.2
        pa, pb = v.person(g, "us")
        rows.append(
            {
                "a": a,
                "b": b,
                "place": g.rnd.choice(v.US_PLACES),
                "poa": f"{pb.upper()}, {pa.upper()}" if poa else None,
                "asset": _asset(g)[0],
                "proceeds": round(g.rnd.uniform(40, 180_000), 2),
            }
        )
    broker_ein = v.ein(g)
    preparers = [s.upper() for s in v.staff(g, 3, "us")]
    return Table(
        "CRYPTAX.F1099DA_EXTRACT",
        "en",
        "cobol",
        [
            c("TAX-REC-NO", N, "VARCHAR", [f"{n:09d}" for n in g.keys(2_500_017, 7)], "decoy", KEY, LEGACY),
            c("TAX-ORDER-NO", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE, LEGACY),
            c("TP-LAST-NM", "last_name", "VARCHAR", _pad([r["b"].upper() for r in rows], 20), LEGACY),
            c("TP-FIRST-NM", "first_name", "VARCHAR", _pad([r["a"].upper() for r in rows], 15), LEGACY),
            c("TP-MID-INIT", "first_name", "VARCHAR", _pad(g.col(lambda: g.code("A"), 0.35), 1), LEGACY),
            c("TP-SSN", "ssn", "BIGINT", [int(v.us_ssn(g)) if g.rnd.random() < 0.94 else 0 for _ in rows], LEGACY),
            c(
                "TP-DOB",
                "date_of_birth",
                "INTEGER",
                [_ymd(g.birth(1940, 2006)) if g.rnd.random() < 0.95 else 0 for _ in rows],
                LEGACY,
            ),
            c(
                "TP-PHONE",
                "phone",
                "BIGINT",
                [int(g.phone("US", "digits")) if g.rnd.random() < 0.88 else 0 for _ in rows],
                LEGACY,
            ),
            c(
                "TP-EMAIL",
                "email",
                "VARCHAR",
                _pad([v.email_of(g, r["a"], r["b"], v.DOMAINS["us"]).upper() for r in rows], 40),
                LEGACY,
            ),
            c("TP-ADDR-1", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.US_STREETS, "us")), 30),
              LEGACY),
            c(
                "TP-ADDR-2",
                "street_address",
                "VARCHAR",
                _pad(g.col(lambda: f"APT {g.rnd.randint(1, 40)}{g.rnd.choice('ABCD')}", 0.82), 10),
                SPLIT_ADDR,
                LEGACY,
                HEAVY,
            ),
            c("TP-CITY", "city", "VARCHAR", _pad([r["place"][0] for r in rows], 18), LEGACY),
            c("TP-STATE", N, "VARCHAR", ["OK" for _ in rows], "decoy", LEGACY),
            c("TP-ZIP", "postal_code", "INTEGER", [int(r["place"][1]) for r in rows], LEGACY),
            c("POA-NAME", "person_name", "VARCHAR", _pad([r["poa"] for r in rows], 30), ROLE, LEGACY, HEAVY),
            c("TAX-YEAR", N, "INTEGER", g.col(g.pick([2025, 2025, 2026])), "decoy", LEGACY),
            c("ASSET-CD", N, "VARCHAR", _pad([r["asset"] for r in rows], 6), "decoy", LEGACY),
            c("GROSS-PROCEEDS", N, "DOUBLE", [r["proceeds"] for r in rows], "decoy", LEGACY),
            c("COST-BASIS", N, "DOUBLE", [round(r["proceeds"] * g.rnd.uniform(0.3, 1.6), 2) for r in rows], "decoy",
              LEGACY),
            c("BROKER-EIN", N, "VARCHAR", [broker_ein for _ in rows], "business", CHECK, LEGACY),
            c("BROKER-NAME", N, "VARCHAR", _pad(["ARKANSAS RIVER DIGITAL ASSETS LLC" for _ in rows], 35), "business",
              LEGACY),
            c("CUST-ACCT-NO", N, "VARCHAR", g.col(lambda: "ARD" + g.digits(8)), "decoy", SHAPE, LEGACY),
            c("BKUP-WHLD-IND", N, "VARCHAR", g.col(g.pick(["N"] * 18 + ["Y"])), "decoy", LEGACY),
            c("TAX-PREPARER", "person_name", "VARCHAR", _pad(g.col(g.pick(preparers)), 20), STAFF, LEGACY),
            c(
                "TAX-USER-FLD-2",
                "free_text",
                "VARCHAR",
                _pad(_custom(g, "US", "us", 0.3, "digits"), 40),
                CUSTOM,
                LEGACY,
            ),
            c(
                "TAX-USER-FLD-3",
                N,
                "VARCHAR",
                _pad(_codes(g, ["W9-OK", "W8BEN", "CORR", "BWH-28", "VOID"], 0.5), 8),
                "decoy",
                PLAIN,
                LEGACY,
            ),
        ],
    )


def in_sessions_staging(g: Gen) -> Table:
    """An Indore crypto exchange's login sessions and API keys landed from its app database as an opaque staging
    table."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.25
        a, b = v.person(g, "in", female)
        rows.append(
            {
                "name": f"{a} {b}".upper() if g.rnd.random() < 0.4 else f"{a} {b}",
                "a": a,
                "b": b,
                "born": g.birth(1970, 2006),
                "place": g.rnd.choice(v.IN_PLACES),
                "perm": g.rnd.choices(["read", "read,trade", "read,trade,withdraw", ""], [0.3, 0.35, 0.1, 0.25])[0],
                "nominee": f"{v.given(g, 'in', not female)} {b}" if g.rnd.random() < 0.2 else None,
            }
        )
    execs = v.staff(g, 4, "in")
    return Table(
        "stg_indore_xch.src_sess_raw",
        "en",
        "opaque",
        [
            c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
            c("col02", "person_name", "VARCHAR", [r["name"] for r in rows], OPAQUE),
            c("col03", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows], OPAQUE),
            c("col04", "national_id", "VARCHAR", [v.pan(g, r["b"]) if g.rnd.random() < 0.9 else None for r in rows],
              OPAQUE),
            c("col05", "phone", "VARCHAR", g.phones("IN", {"e164": 0.5, "digits": 0.3, "intl": 0.2}), OPAQUE),
            c("col06", "email", "VARCHAR", [v.email_of(g, r["a"], r["b"], v.DOMAINS["in"]) for r in rows], OPAQUE),
            c("col07", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY, OPAQUE),
            c("col08", "postal_code", "VARCHAR", [r["place"][1] for r in rows], OPAQUE),
            c("col09", "ip_address", "VARCHAR", g.col(g.ip, 0.02), OPAQUE),
            c("col10", N, "VARCHAR", g.col(g.pick(v.USER_AGENTS)), "decoy", OPAQUE),
            c("col11", N, "VARCHAR", g.col(lambda: g.digits(16, "0123456789abcdef")), "decoy", SHAPE, OPAQUE),
            c("col12", N, "VARCHAR", [v.api_key_id(g) if r["perm"] else None for r in rows], "decoy", SHAPE, OPAQUE),
            c("col13", N, "VARCHAR", [g.sha256() if r["perm"] else None for r in rows], "decoy", SHAPE, OPAQUE),
            c("col14", N, "VARCHAR", [r["perm"] or None for r in rows], "decoy", OPAQUE),
            c("col15", N, "VARCHAR", g.col(lambda: v.aadhaar_decoy(g)), "decoy", SHAPE, OPAQUE),
            c("col16", N, "TIMESTAMP", g.moments("2025-06-01", "2025-11-30"), "decoy", OPAQUE),
            c("col17", N, "VARCHAR", g.col(g.pick(["TOTP", "TOTP", "SMS", "EMAIL_OTP", "PASSKEY"])), "decoy", OPAQUE),
            c("col18", "free_text", "VARCHAR", _custom(g, "IN", "in", 0.3, "e164"), CUSTOM, OPAQUE),
            c("col19", "person_name", "VARCHAR", g.col(g.pick(execs), 0.4), STAFF, OPAQUE),
            c("col20", "person_name", "VARCHAR", [r["nominee"] for r in rows], ROLE, HEAVY, OPAQUE),
        ],
    )


def za_travel_rule_json(g: Gen) -> Table:
    """A Gqeberha crypto asset service provider's travel-rule transfer messages exported as JSON and flattened to
    dotted keys."""
    vasps = [
        ("Karoo Digital Exchange (Pty) Ltd", v.lei(g, "3789")),
        ("Bayside Crypto Brokers (Pty) Ltd", v.lei(g, "3789")),
        ("Nordlicht Digital GmbH", v.lei(g, "5299")),
        ("Harbourline Custody Ltd", v.lei(g, "2138")),
        ("Unhosted wallet", None),
    ]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "za", female)
        born = g.birth(1950, 2006)
        asset, network = _asset(g)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "id": v.za_id(g, born, female) if g.rnd.random() < 0.95 else None,
                "place": g.rnd.choice(v.ZA_PLACES),
                "ben": v.whole(g, "za") if g.rnd.random() < 0.6 else f"{a} {b}",
                "vasp": g.rnd.choices(range(len(vasps)), [0.35, 0.25, 0.1, 0.1, 0.2])[0],
                "asset": asset,
                "network": network,
                "sent": g.moment("2025-03-01", "2025-11-30"),
            }
        )
    officers = v.staff(g, 3, "za")

    def note() -> str:
        return g.rnd.choice(
            [
                f"Beneficiary name mismatch: VASP returned {v.whole(g, 'za')}, requested clarification",
                "Sunrise issue: counterparty VASP not travel-rule ready, info sent by e-mail",
                f"Originator confirmed by phone with {v.given(g, 'za', True)}",
                "Unhosted wallet ownership proven by signed message",
                "Returned: sanctions screening hit on beneficiary address",
            ]
        )

    return Table(
        "trp_gqeberha.travel_rule_transfers_json",
        "en",
        "json",
        [
            c("message.id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c("message.reference", N, "VARCHAR", g.col(lambda: v.za_id_decoy(g)), "decoy", SHAPE),
            c("originator.name.first", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("originator.name.last", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("originator.id_number", "national_id", "VARCHAR", [r["id"] for r in rows]),
            c("originator.birth_date", "date_of_birth", "VARCHAR", [r["born"].isoformat() for r in rows]),
            c("originator.address.street", "street_address", "VARCHAR",
              g.col(lambda: v.street(g, v.ZA_STREETS, "za"), 0.05)),
            c("originator.address.suburb", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY),
            c("originator.address.postal_code", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("originator.mobile", "phone", "VARCHAR", g.phones("ZA", {"national": 0.5, "e164": 0.5})),
            c("originator.wallet", N, "VARCHAR", [v.wallet(g, r["network"]) for r in rows], "decoy", SHAPE, WALLET),
            c("beneficiary.name.full", "person_name", "VARCHAR", [r["ben"] for r in rows], ROLE),
            c("beneficiary.wallet", N, "VARCHAR", [v.wallet(g, r["network"]) for r in rows], "decoy", SHAPE, WALLET),
            c("beneficiary.vasp.name", N, "VARCHAR", [vasps[r["vasp"]][0] for r in rows], "business"),
            c("beneficiary.vasp.lei", N, "VARCHAR", [vasps[r["vasp"]][1] for r in rows], "business", CHECK),
            c("transfer.asset", N, "VARCHAR", [r["asset"] for r in rows], "decoy"),
            c("transfer.network", N, "VARCHAR", [r["network"] for r in rows], "decoy"),
            c("transfer.amount", N, "DOUBLE", [_amount(g, r["asset"]) for r in rows], "decoy"),
            c("transfer.zar_value", N, "DOUBLE", g.amounts(150, 480_000), "decoy"),
            c("transfer.tx_hash", N, "VARCHAR", [v.tx_hash(g, r["network"]) for r in rows], "decoy", SHAPE),
            c("transfer.sent_at", N, "VARCHAR", [r["sent"].isoformat() + "Z" for r in rows], "decoy"),
            c("screening.result", N, "VARCHAR", g.col(g.pick(["clear"] * 10 + ["review", "hit"])), "decoy"),
            c("meta.ip", "ip_address", "VARCHAR", g.col(g.ip, 0.1)),
            c("meta.custom2", "free_text", "VARCHAR", _custom(g, "ZA", "za"), CUSTOM),
            c("compliance.officer", "person_name", "VARCHAR", g.col(g.pick(officers), 0.2), STAFF),
            c("compliance.notes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("None", "n/a")), NULLWORD),
        ],
    )


# -- tables named in other languages -----------------------------------------------------------------------------------


def dk_mistaenkelige_sager(g: Gen) -> Table:
    """An Odense crypto exchange's reviews of suspicious activity (Danish)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.35
        a, b = v.person(g, "dk", female)
        born = g.birth(1950, 2006)
        company = g.rnd.random() < 0.4
        rows.append(
            {
                "a": a,
                "mid": g.rnd.choice(v.DK_MIDDLE) if g.rnd.random() < 0.25 else None,
                "b": b,
                "born": born,
                "cpr": v.cpr(g, born, female),
                "place": g.rnd.choice(v.DK_PLACES),
                "mail": v.email_of(g, a, b, v.DOMAINS["dk"]),
                "company": company,
            }
        )
    companies = ["Fynsk Kryptoinvest ApS", "Odense Mining IVS", "H.C. Digital Holding ApS", "Lillebælt Trading ApS",
                 "Tarup Webshop ApS"]
    cvrs = {name: v.cvr(g) for name in companies}
    comp = [g.rnd.choice(companies) if r["company"] else None for r in rows]
    behandlere = v.staff(g, 4, "dk")

    def note() -> str:
        return g.rnd.choice(
            [
                f"Kunden oplyser at {v.whole(g, 'dk')} har lånt ham pengene",
                "Indberettet til Hvidvasksekretariatet",
                f"Samtale med kunden og hans bror {v.given(g, 'dk', False)} 12/3",
                "Midler stammer fra salg af bil, dokumentation modtaget",
                "Lukket uden indberetning",
            ]
        )

    return Table(
        "kryptohandel_odense.mistaenkelige_sager",
        "da",
        "snake",
        [
            c("sags_id", N, "BIGINT", g.keys(150_001), "decoy", KEY),
            c("sagsnummer", N, "VARCHAR", g.col(lambda: v.cpr_decoy(g)), "decoy", SHAPE),
            c("fornavn", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("mellemnavn", "first_name", "VARCHAR", [r["mid"] for r in rows], HEAVY),
            c("efternavn", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("cpr_nummer", "national_id", "VARCHAR", [r["cpr"] for r in rows]),
            c("fødselsdato", "date_of_birth", "VARCHAR", [v.dmy(r["born"], "-") for r in rows]),
            c("adresse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.DK_STREETS, "dk"))),
            c("postnummer", "postal_code", "VARCHAR", [r["place"][0] for r in rows]),
            c("bynavn", "city", "VARCHAR", [r["place"][1] for r in rows]),
            c("telefon", "phone", "VARCHAR", g.phones("DK", {"national": 0.6, "e164": 0.25, "intl": 0.15})),
            c("e_mail", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("udbetalings_iban", "iban", "VARCHAR", g.col(lambda: v.dk_iban(g), 0.3)),
            c("modpart_navn", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "dk"), 0.45), ROLE),
            c("modpart_wallet", N, "VARCHAR", g.col(lambda: v.wallet(g, g.rnd.choice(["Bitcoin", "Ethereum"]))),
              "decoy", SHAPE, WALLET),
            c("virksomhed", N, "VARCHAR", comp, "business"),
            c("virksomhed_cvr", N, "VARCHAR", [cvrs[x] if x else None for x in comp], "business", CHECK),
            c("årsag", N, "VARCHAR", g.col(g.pick(["Strukturering", "Mixer-eksponering", "Hurtig ind/ud",
                                                  "Sanktioneret adresse", "Usædvanligt volumen"])), "decoy"),
            c("risikoscore", N, "INTEGER", g.ints(12, 99), "decoy"),
            c("beløb_dkk", N, "DOUBLE", g.amounts(5_000, 1_900_000), "decoy"),
            c("oprettet_dato", N, "DATE", g.days("2024-06-01", "2025-11-28"), "decoy"),
            c("sagsbehandler", "person_name", "VARCHAR", g.col(g.pick(behandlere)), STAFF),
            c("ekstra_felt_2", "free_text", "VARCHAR", _custom(g, "DK", "dk"), CUSTOM),
            c("bemærkninger", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("ingen", "intet")), NULLWORD),
        ],
    )


def mx_alta_clientes(g: Gen) -> Table:
    """A Monterrey crypto exchange's customer onboarding with KYC levels (Mexican Spanish)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.4
        names, pat = v.person(g, "mx", female)
        mat = g.valid(lambda: v.person(g, "mx")[1], lambda x, p=pat: x != p)
        born = g.birth(1955, 2006)
        state = g.rnd.choice(v.MX_STATES)
        place = g.rnd.choice(v.MX_PLACES)
        rows.append(
            {
                "names": names,
                "pat": pat,
                "mat": mat,
                "born": born,
                "curp": v.curp(names, pat, mat, born, female, state[1]),
                "folio": v.curp_decoy(g, *v.person(g, "mx"), v.person(g, "mx")[1], g.birth(1960, 2005),
                                      g.rnd.random() < 0.5, g.rnd.choice(v.MX_STATES)[1]),
                "rfc": v.rfc(g, names, pat, mat, born) if g.rnd.random() < 0.85 else None,
                "ine": v.clave_elector(g, names, pat, mat, born, female, state[2]) if g.rnd.random() < 0.9 else None,
                "mail": v.email_of(g, names, pat, v.DOMAINS["mx"]),
                "place": place,
                "nivel": g.rnd.choices(["Nivel 1", "Nivel 2", "Nivel 3"], [0.35, 0.45, 0.2])[0],
            }
        )
    ejecutivos = v.staff(g, 4, "mx")

    def obs() -> str:
        return g.rnd.choice(
            [
                f"Comprobante de domicilio a nombre de su esposa {v.whole(g, 'mx', True)}",
                "INE vencida, se solicitó pasaporte",
                f"Referido por {v.whole(g, 'mx')}, cliente nivel 3",
                "Actividad vulnerable: se presentó aviso a la UIF",
                "Se validó CLABE con depósito de prueba",
            ]
        )

    return Table(
        "cripto_mty.alta_clientes",
        "es",
        "snake",
        [
            c("id_cliente", N, "BIGINT", g.keys(880_001), "decoy", KEY),
            c("folio_solicitud", N, "VARCHAR", [r["folio"] for r in rows], "decoy", SHAPE),
            c("nombres", "first_name", "VARCHAR", [r["names"] for r in rows]),
            c("apellido_paterno", "last_name", "VARCHAR", [r["pat"] for r in rows]),
            c("apellido_materno", "last_name", "VARCHAR", [r["mat"] for r in rows]),
            c("fecha_nacimiento", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows]),
            c("curp", "national_id", "VARCHAR", [r["curp"] for r in rows]),
            c("rfc", "national_id", "VARCHAR", [r["rfc"] for r in rows]),
            c("clave_elector", "national_id", "VARCHAR", [r["ine"] for r in rows]),
            c("celular", "phone", "VARCHAR", g.phones("MX", {"national": 0.55, "e164": 0.3, "intl": 0.15})),
            c("correo", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("calle", "street_address", "VARCHAR", g.col(g.pick(v.MX_STREETS))),
            c("numero_exterior", "street_address", "VARCHAR",
              g.col(lambda: str(g.rnd.randint(100, 4_800)) + (f" Int. {g.rnd.randint(1, 20)}"
                                                            if g.rnd.random() < 0.2 else "")), SPLIT_ADDR),
            c("colonia", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY),
            c("municipio", "city", "VARCHAR", [r["place"][2] for r in rows]),
            c("codigo_postal", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("nivel_kyc", N, "VARCHAR", [r["nivel"] for r in rows], "decoy"),
            c("ocupacion", N, "VARCHAR", g.col(g.pick(["Empleado", "Comerciante", "Profesionista independiente",
                                                        "Estudiante", "Ingeniero", "Jubilado"])), "decoy"),
            c("ingreso_mensual_mxn", N, "DOUBLE", g.amounts(8_000, 250_000, 0.1), "decoy"),
            c("clabe", UNCLASSIFIED, "VARCHAR", g.col(lambda: v.clabe(g), 0.3), BANK),
            c("beneficiario", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "mx"), 0.5), ROLE),
            c("ejecutivo", "person_name", "VARCHAR", g.col(g.pick(ejecutivos)), STAFF),
            c("campo_libre_2", N, "VARCHAR", _codes(g, ["PROMO-NL", "REF", "APP-IOS", "APP-AND", "WEB"], 0.4), "decoy",
              PLAIN),
            c("observaciones", "free_text", "VARCHAR", g.sparse(obs, 0.82, _words("ninguna", "sin observaciones")),
              NULLWORD),
        ],
    )


def it_report_plusvalenze(g: Gen) -> Table:
    """A Bologna tax service's crypto capital gains reports (quadro RT and RW) for its clients (Italian)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.38
        a, b = v.person(g, "it", female)
        born = g.birth(1950, 2005)
        place = g.rnd.choice(v.IT_BIRTHPLACES)
        rows.append(
            {
                "a": a,
                "b": b,
                "born": born,
                "birthplace": place[0],
                "cf": v.codice_fiscale(a, b, born, female, place[1]),
                "res": g.rnd.choice(v.IT_PLACES),
                "pec": f"{v.latin(a)}.{v.latin(b)}@{g.rnd.choice(['pec.it', 'legalmail.it', 'arubapec.it'])}"
                if g.rnd.random() < 0.2
                else None,
            }
        )
    studi = ["Studio Tributario Felsineo", "CAF Porta Galliera", "Studio Righi & Associati", "Fiscalità Digitale srl"]
    piva = {s: v.partita_iva(g) for s in studi}
    studio_tel = {s: g.phone("IT", "national", False) for s in studi}
    studio = [g.rnd.choice(studi) for _ in rows]
    consulenti = v.staff(g, 4, "it")

    def nota() -> str:
        return g.rnd.choice(
            [
                f"Conto cointestato con la moglie {v.whole(g, 'it', True)}",
                "Mancano i report annuali di Kraken 2024",
                f"Delega firmata dal figlio {v.given(g, 'it', False)}",
                "Applicata rideterminazione del valore al 1/1/2025",
                "Minusvalenze riportate dagli anni precedenti",
            ]
        )

    return Table(
        "fiscocripto_bologna.report_plusvalenze",
        "it",
        "snake",
        [
            c("id_report", N, "BIGINT", g.keys(60_001), "decoy", KEY),
            c("numero_pratica", N, "VARCHAR", g.col(lambda: v.partita_iva_decoy(g)), "decoy", SHAPE),
            c("anno_imposta", N, "INTEGER", g.col(g.pick([2023, 2024, 2024, 2025])), "decoy"),
            c("codice_fiscale", "national_id", "VARCHAR", [r["cf"] for r in rows]),
            c("cognome", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("nome", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("data_nascita", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows]),
            c("comune_nascita", "city", "VARCHAR", [r["birthplace"] for r in rows], BIRTHPLACE),
            c("indirizzo_residenza", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IT_STREETS, "it"))),
            c("cap", "postal_code", "VARCHAR", [r["res"][1] for r in rows]),
            c("comune_residenza", "city", "VARCHAR", [r["res"][0] for r in rows]),
            c("provincia", N, "VARCHAR", ["BO" for _ in rows], "decoy"),
            c("cellulare", "phone", "VARCHAR", g.phones("IT", {"national": 0.6, "e164": 0.25, "intl": 0.15}, 0.9)),
            c("pec", "email", "VARCHAR", [r["pec"] for r in rows], HEAVY),
            c("iban_rimborso", "iban", "VARCHAR", g.col(lambda: v.it_iban(g), 0.3)),
            c("cointestatario", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "it"), 0.8), ROLE, HEAVY),
            c(
                "exchange_estero",
                N,
                "VARCHAR",
                g.col(g.pick(["Binance", "Kraken", "Coinbase", "Bitpanda", "Young Platform", "Crypto.com"])),
                "business",
            ),
            c("valore_31_dicembre_eur", N, "DOUBLE", g.amounts(200, 850_000), "decoy"),
            c("plusvalenze_eur", N, "DOUBLE", g.amounts(-20_000, 120_000), "decoy"),
            c("studio", N, "VARCHAR", studio, "business"),
            c("partita_iva_studio", N, "VARCHAR", [piva[s] for s in studio], "business", CHECK),
            c("telefono_studio", N, "VARCHAR", [studio_tel[s] for s in studio], "business"),
            c("consulente", "person_name", "VARCHAR", g.col(g.pick(consulenti)), STAFF),
            c("campo_libero_2", "free_text", "VARCHAR", _custom(g, "IT", "it"), CUSTOM),
            c("note", "free_text", "VARCHAR", g.sparse(nota, 0.8, _words("nessuna", "n.d.")), NULLWORD),
        ],
    )


def pl_transakcje_otc(g: Gen) -> Table:
    """A Łódź crypto exchange office's over-the-counter cash trades (Polish)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.3
        a, b = v.person(g, "pl", female)
        born = g.birth(1950, 2006)
        place = g.rnd.choice(v.PL_PLACES)
        side = g.rnd.choice(["Kupno", "Sprzedaż"])
        rows.append(
            {
                "a": a,
                "a2": v.given(g, "pl", female) if g.rnd.random() < 0.2 else None,
                "b": b,
                "born": born,
                "pesel": v.pesel(g, born, female),
                "mail": v.email_of(g, a, b, v.DOMAINS["pl"]),
                "place": place,
                "side": side,
                "asset": g.rnd.choices(["BTC", "ETH", "USDT", "LTC"], [0.6, 0.2, 0.15, 0.05])[0],
            }
        )
    kasjerzy = v.staff(g, 3, "pl")

    def uwaga() -> str:
        return g.rnd.choice(
            [
                f"Klient przyszedł z pełnomocnikiem {v.whole(g, 'pl')}",
                "Powyżej 15 000 EUR - zgłoszenie do GIIF",
                f"Środki ze sprzedaży mieszkania, umowa od notariusza, współwłaścicielka {v.whole(g, 'pl', True)}",
                "Stały klient",
                "Odmowa podania źródła środków - transakcja wstrzymana",
            ]
        )

    return Table(
        "kantor_krypto_lodz.transakcje_otc",
        "pl",
        "snake",
        [
            c("id_transakcji", N, "BIGINT", g.keys(510_001), "decoy", KEY),
            c("nr_dokumentu", N, "VARCHAR", g.col(lambda: v.pesel_decoy(g)), "decoy", SHAPE),
            c("imie", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("drugie_imie", "first_name", "VARCHAR", [r["a2"] for r in rows], HEAVY),
            c("nazwisko", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("pesel", "national_id", "VARCHAR", [r["pesel"] for r in rows]),
            c("data_urodzenia", "date_of_birth", "VARCHAR", [v.dmy(r["born"], ".") for r in rows]),
            c("seria_nr_dowodu", "national_id", "VARCHAR", g.col(lambda: v.pl_id_card(g), 0.05)),
            c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.6, "e164": 0.25, "intl": 0.15})),
            c("email", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("ulica", "street_address", "VARCHAR", g.col(g.pick(v.PL_STREETS))),
            c("nr_domu", "street_address", "VARCHAR",
              g.col(lambda: str(g.rnd.randint(1, 240)) + (g.rnd.choice("ab") if g.rnd.random() < 0.1 else "")),
              SPLIT_ADDR),
            c("nr_lokalu", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 90)), 0.45), SPLIT_ADDR),
            c("kod_pocztowy", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("miejscowosc", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("rodzaj", N, "VARCHAR", [r["side"] for r in rows], "decoy"),
            c("kryptowaluta", N, "VARCHAR", [r["asset"] for r in rows], "decoy"),
            c("kwota_pln", N, "DOUBLE", g.amounts(500, 320_000), "decoy"),
            c(
                "adres_portfela",
                N,
                "VARCHAR",
                [v.wallet(g, {"BTC": "Bitcoin", "LTC": "Litecoin", "USDT": "Tron"}.get(r["asset"], "Ethereum"))
                 for r in rows],
                "decoy",
                SHAPE,
                WALLET,
            ),
            c("zrodlo_srodkow", N, "VARCHAR", g.col(g.pick(["wynagrodzenie", "oszczędności", "sprzedaż nieruchomości",
                                                            "działalność gospodarcza", "darowizna"])), "decoy"),
            c("beneficjent_rzeczywisty", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "pl"), 0.85), ROLE, HEAVY),
            c("nip_firmy", N, "VARCHAR", g.col(lambda: v.nip(g), 0.6), "business", CHECK),
            c("kasjer", "person_name", "VARCHAR", g.col(g.pick(kasjerzy)), STAFF),
            c("dodatkowe_pole_2", "free_text", "VARCHAR", _custom(g, "PL", "pl"), CUSTOM),
            c("uwagi", "free_text", "VARCHAR", g.sparse(uwaga, 0.8, _words("brak", "b.d.")), NULLWORD),
        ],
    )


def tr_cekim_talepleri(g: Gen) -> Table:
    """An Eskişehir crypto exchange's withdrawal requests to wallets and bank accounts (Turkish)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.35
        a, b = v.person(g, "tr", female)
        crypto = g.rnd.random() < 0.6
        asset, network = _asset(g) if crypto else ("TRY", "")
        rows.append(
            {
                "a": a,
                "b": b,
                "born": g.birth(1955, 2006),
                "mail": v.email_of(g, a, b, v.DOMAINS["tr"]),
                "place": g.rnd.choice(v.TR_PLACES),
                "crypto": crypto,
                "asset": asset,
                "network": network,
            }
        )
    onaylayanlar = v.staff(g, 4, "tr")

    def aciklama() -> str:
        return g.rnd.choice(
            [
                f"Müşteri hesabı annesi {v.whole(g, 'tr', True)} adına açılmış, inceleniyor",
                "Yeni adres, 24 saat bekleme uygulandı",
                f"{v.given(g, 'tr')} Bey telefonla teyit edildi",
                "MASAK bildirimi yapıldı",
                "IBAN sahibi ile hesap sahibi uyuşmuyor, iade edildi",
            ]
        )

    return Table(
        "kripto_eskisehir.cekim_talepleri",
        "tr",
        "snake",
        [
            c("talep_id", N, "BIGINT", g.keys(26_000_001), "decoy", KEY),
            c("talep_no", N, "VARCHAR", g.col(lambda: v.tckimlik_decoy(g)), "decoy", SHAPE),
            c("ad", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("soyad", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("tc_kimlik_no", "national_id", "VARCHAR", g.col(lambda: v.tckimlik(g), 0.02)),
            c("doğum_tarihi", "date_of_birth", "VARCHAR", [v.dmy(r["born"], ".") for r in rows]),
            c("cep_telefonu", "phone", "VARCHAR", g.phones("TR", {"national": 0.6, "e164": 0.4})),
            c("e_posta", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.TR_STREETS, "tr"), 0.05)),
            c("ilçe", "city", "VARCHAR", [r["place"][0] for r in rows], LOCALITY),
            c("posta_kodu", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("çekim_türü", N, "VARCHAR", ["Kripto" if r["crypto"] else "TL (Banka)" for r in rows], "decoy"),
            c("varlık", N, "VARCHAR", [r["asset"] for r in rows], "decoy"),
            c("ağ", N, "VARCHAR", [r["network"] or None for r in rows], "decoy"),
            c("hedef_adres", N, "VARCHAR", [v.wallet(g, r["network"]) if r["crypto"] else None for r in rows],
              "decoy", SHAPE, WALLET),
            c("iban", "iban", "VARCHAR", [None if r["crypto"] else v.tr_iban(g) for r in rows]),
            c("tutar", N, "DOUBLE", [_amount(g, r["asset"]) if r["crypto"] else round(g.rnd.uniform(250, 750_000), 2)
                                     for r in rows], "decoy"),
            c("işlem_hash", N, "VARCHAR", [v.tx_hash(g, r["network"]) if r["crypto"] else None for r in rows], "decoy",
              SHAPE),
            c("talep_zamanı", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
            c("ip_adresi", "ip_address", "VARCHAR", g.col(g.ip, 0.02)),
            c("onaylayan", "person_name", "VARCHAR", g.col(g.pick(onaylayanlar), 0.25), STAFF),
            c("ek_alan_2", N, "VARCHAR", _codes(g, ["HIZLI", "VIP", "YENI-ADRES", "MANUEL", "IADE"], 0.45), "decoy",
              PLAIN),
            c("açıklama", "free_text", "VARCHAR", g.sparse(aciklama, 0.82, _words("yok", "belirtilmedi")), NULLWORD),
        ],
    )


def ja_login_rireki(g: Gen) -> Table:
    """A Sendai crypto exchange's login history and API keys of its members (Japanese column names in kanji and
    katakana, values in kanji and katakana)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.3
        a, b = v.person(g, "ja", female)
        perm = g.rnd.choices(["参照のみ", "参照・取引", "参照・取引・出金", ""], [0.2, 0.3, 0.1, 0.4])[0]
        rows.append(
            {
                "name": f"{b} {a}",
                "kana": f"{v.JA_READ[b][0]} {v.JA_READ[a][0]}",
                "born": g.birth(1950, 2006),
                "mail": v.email_of(g, a, b, v.DOMAINS["ja"]),
                "place": g.rnd.choice(v.JA_PLACES),
                "perm": perm,
            }
        )
    tantou = v.staff(g, 4, "ja", "last")

    def bikou() -> str:
        return g.rnd.choice(
            [
                f"二段階認証リセット:本人確認済み(配偶者 {v.whole(g, 'ja', True)} 様より問い合わせ)",
                "海外IPからのログインを検知、一時ロック",
                f"{v.whole(g, 'ja')} 様の名義でAPIキー再発行",
                "パスワード変更済み",
                "不審なログインなし",
            ]
        )

    return Table(
        "杜都暗号資産.ログイン履歴",
        "ja",
        "native",
        [
            c("セッション番号", N, "BIGINT", g.keys(98_000_001), "decoy", KEY),
            c("受付番号", N, "VARCHAR", g.col(lambda: v.my_number_decoy(g)), "decoy", SHAPE),
            c("氏名", "person_name", "VARCHAR", [r["name"] for r in rows]),
            c("氏名カナ", "person_name", "VARCHAR", [r["kana"] for r in rows]),
            c("生年月日", "date_of_birth", "VARCHAR", [f"{r['born']:%Y年%m月%d日}" for r in rows]),
            c("個人番号", "national_id", "VARCHAR", g.col(lambda: v.my_number(g), 0.82), HEAVY),
            c("携帯電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "e164": 0.2})),
            c("メールアドレス", "email", "VARCHAR", [r["mail"] for r in rows]),
            c("郵便番号", "postal_code", "VARCHAR", [f"{r['place'][1]}-{g.digits(4)}" for r in rows]),
            c("市区町村", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("町名番地", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.JA_TOWNS, "ja"))),
            c("ログイン日時", N, "TIMESTAMP", g.moments("2025-08-01", "2025-11-30"), "decoy"),
            c("接続元IPアドレス", "ip_address", "VARCHAR", g.col(g.ip)),
            c("端末情報", N, "VARCHAR", g.col(g.pick(v.USER_AGENTS)), "decoy"),
            c("二段階認証方式", N, "VARCHAR", g.col(g.pick(["SMS", "認証アプリ", "認証アプリ", "なし"])), "decoy"),
            c("APIキー識別子", N, "VARCHAR", [v.api_key_id(g, "AK") if r["perm"] else None for r in rows], "decoy",
              SHAPE),
            c("APIキー権限", N, "VARCHAR", [r["perm"] or None for r in rows], "decoy"),
            c("ログイン結果", N, "VARCHAR", g.col(g.pick(["成功"] * 9 + ["失敗", "ロック"])), "decoy"),
            c("担当者", "last_name", "VARCHAR", g.col(g.pick(tantou), 0.5), STAFF),
            c("予備項目2", "free_text", "VARCHAR", _custom(g, "JP", "ja"), CUSTOM),
            c("備考", "free_text", "VARCHAR", g.sparse(bikou, 0.8, _words("なし", "特になし")), NULLWORD),
        ],
    )


def gr_katatheseis_atm(g: Gen) -> Table:
    """A Heraklion crypto ATM operator's cash-ins with SMS verification (Greek, Greek script names and values)."""
    shmeia = ["Περίπτερο Πλατεία Ελευθερίας", "Mini Market Αμμουδάρα", "Πρατήριο Καυσίμων Λεωφόρος Ικάρου",
              "Καφέ Λιμάνι Ηρακλείου", "Ψιλικά Μοίρες"]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.3
        a, b = v.person(g, "gr", female)
        born = g.birth(1950, 1999)
        rows.append(
            {
                "a": a,
                "b": b,
                "pat": g.rnd.choice(v.GR_PATRONYMIC),
                "born": born,
                "amka": v.amka(g, born) if g.rnd.random() < 0.22 else None,
                "place": g.rnd.choice(v.GR_PLACES),
                "asset": g.rnd.choices(
                    [("BTC", "Bitcoin"), ("USDT", "Tron"), ("ETH", "Ethereum")], [0.75, 0.15, 0.1]
                )[0],
            }
        )
    ypalliloi = v.staff(g, 3, "gr")

    def parat() -> str:
        return g.rnd.choice(
            [
                f"Ο πελάτης δήλωσε ότι τα χρήματα είναι του αδελφού του {v.whole(g, 'gr', False)}",
                "Υπέρβαση ημερήσιου ορίου, ζητήθηκε ταυτότητα",
                f"Τηλεφωνική επιβεβαίωση με {v.given(g, 'gr', True)}",
                "Πιθανή απάτη, επιστροφή μετρητών",
                "Τακτικός πελάτης",
            ]
        )

    return Table(
        "κρυπτοαυτόματα_ηρακλείου.καταθέσεις_μετρητών",
        "el",
        "native",
        [
            c("κωδικός_συναλλαγής", N, "BIGINT", g.keys(71_000_001), "decoy", KEY),
            c("αριθμός_απόδειξης", N, "VARCHAR", g.col(lambda: v.afm_decoy(g)), "decoy", SHAPE),
            c("επώνυμο", "last_name", "VARCHAR", [r["b"] for r in rows]),
            c("όνομα", "first_name", "VARCHAR", [r["a"] for r in rows]),
            c("πατρώνυμο", "first_name", "VARCHAR", [r["pat"] for r in rows]),
            c("ημερομηνία_γέννησης", "date_of_birth", "VARCHAR", [v.dmy(r["born"]) for r in rows]),
            c("αφμ", "national_id", "VARCHAR", g.col(lambda: v.afm(g), 0.3)),
            c("αμκα", "ssn", "VARCHAR", [r["amka"] for r in rows], HEAVY),
            c("αριθμός_ταυτότητας", "national_id", "VARCHAR", g.col(lambda: v.gr_id_card(g), 0.05)),
            c("κινητό_τηλέφωνο", "phone", "VARCHAR", g.phones("GR", {"national": 0.55, "e164": 0.3, "intl": 0.15})),
            c("κωδικός_επαλήθευσης", N, "VARCHAR", g.col(lambda: g.digits(6)), "decoy"),
            c("διεύθυνση", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GR_STREETS, "gr"), 0.05)),
            c("ταχυδρομικός_κώδικας", "postal_code", "VARCHAR", [r["place"][1] for r in rows]),
            c("πόλη", "city", "VARCHAR", [r["place"][0] for r in rows]),
            c("σημείο_μηχανήματος", N, "VARCHAR", g.col(g.pick(shmeia)), "business"),
            c("ποσό_ευρώ", N, "DOUBLE", g.col(lambda: float(g.rnd.randrange(20, 5_000, 10))), "decoy"),
            c("κρυπτονόμισμα", N, "VARCHAR", [r["asset"][0] for r in rows], "decoy"),
            c("διεύθυνση_πορτοφολιού", N, "VARCHAR", [v.wallet(g, r["asset"][1]) for r in rows], "decoy", SHAPE,
              WALLET),
            c("χρόνος_συναλλαγής", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30", 0.0, 8, 23), "decoy"),
            c("υπάλληλος_συμμόρφωσης", "person_name", "VARCHAR", g.col(g.pick(ypalliloi), 0.3), STAFF),
            c("πρόσθετο_πεδίο_2", "free_text", "VARCHAR", _custom(g, "GR", "gr"), CUSTOM),
            c("παρατηρήσεις", "free_text", "VARCHAR", g.sparse(parat, 0.82, _words("καμία", "ουδέν")), NULLWORD),
        ],
    )


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (ca_onboarding, 420),
    (nz_withdrawals, 500),
    (gb_otc_trades, 300),
    (au_atm_cashins, 560),
    (us_tax_cobol, 460),
    (in_sessions_staging, 600),
    (za_travel_rule_json, 380),
    (dk_mistaenkelige_sager, 340),
    (mx_alta_clientes, 400),
    (it_report_plusvalenze, 360),
    (pl_transakcje_otc, 440),
    (tr_cekim_talepleri, 480),
    (ja_login_rireki, 520),
    (gr_katatheseis_atm, 320),
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
