"""Held-out set v60 for the column classifier: 15 tables of *retail banking, lending and money services*, one system
per table and each a different organisation, nine with English column names (England, Florida, Ontario, Texas,
Oregon, Arizona and Victoria) and six in Hungarian, Romanian, Indonesian, Vietnamese, Brazilian Portuguese and
Turkish, in snake, camel, Pascal and SCREAMING case, with abbreviations (``cust_fnm``, ``PRIM_CELL_PH``,
``COAPP_NM``), a source prefix (``src_crm_col17``) and opaque custom fields holding personal data beside opaque fields
holding none:

* ``onboarding_kyc.applicant_checks``: a Leeds challenger bank's app onboarding checks (passport numbers and DVLA
  driving-licence numbers built from the row's family name, birth date and sex, the identity vendor's result as JSON,
  a selfie hash, the device IP, the new account's sort code and number, the National Insurance number of those who
  opened a cash ISA, the reviewer, ops notes);
* ``LOANORIG.CONS_LOAN_APPL``: a Tampa community bank's consumer-loan applications on a legacy core (SCREAMING and
  abbreviated: ``PRIM_FNM``, ``PRIM_MI``, ``PRIM_SSN`` with some ``000-00-0000``, ``COAPP_NM``/``COAPP_SSN``, the
  employer and its phone, FICO and DTI, the collateral VIN, the disbursement routing and account numbers);
* ``mortgage_los.loanApplications``: an Ontario mortgage brokerage's loan applications (camel case: SIN, the subject
  property, co-borrower, guarantor, employer, appraiser, lender, the borrower's lawyer, beacon score, e-signature IP,
  conditions naming people);
* ``cra_hub.InquiryLog``: a Texas specialty consumer reporting agency's inquiry log (Pascal case: subscribers with
  their code, name and server IP, the consumer as sent, the file number, score and reason codes, the operator's
  login, a response hash);
* ``pawn_pos.pledge_tickets``: a Jacksonville pawnshop's pledge tickets (Florida driver-licence numbers, items,
  brands and serials, a thumbprint hash, the clerk by first name, who redeemed, the police-database sync job);
* ``remit_core.sendTransactions``: a London money-transfer operator's transfers to Nigeria, Ghana, the Philippines
  and Pakistan (camel case: senders, beneficiaries and their phones abroad, account numbers, a Pakistani IBAN, the
  payout bank's BIC, relationship and purpose, the teller, card last four, compliance notes);
* ``CuCore.MemberMaster``: an Oregon credit union's member master (Pascal case: ``TaxId``, ``MothersMaidenName``,
  joint owner, payable-on-death beneficiaries in one cell, the external account and its routing number, an ATM card
  number kept in clear, the online-banking username, a PIN offset, ``Udf03`` a spouse's cell phone and ``Udf04`` a
  select-employee-group code);
* ``leadgen.debt_relief_leads``: a Scottsdale debt-consolidation lead aggregator's leads (placeholders in e-mail and
  phone, the creditors, the TCPA consent IP and certificate URL, a lead token, ``src_crm_col17`` a best contact mixing
  kinds, ``src_crm_col18`` a tier, ``src_crm_col21`` the birth date as text, ``misc_1`` an alternate phone,
  ``misc_2`` a test bucket, the agent, call notes, the lead's buyer);
* ``youthsaver.junior_accounts``: a Geelong mutual bank's youth savings accounts of minors (the child's names, birth
  date, school and TFN, two guardians with birth date, mobile, e-mail and TFN, BSB, the parent's linked account at
  another bank, the branch's phone);
* ``takarek_szef.szefberlok``: a Debrecen savings co-operative's safe-deposit box renters (Hungarian: ``vezeteknev``,
  ``utonev``, ``szuletesi_nev``, ``anyja_neve``, ``szuletesi_hely``, the identity card, the ``adoazonosito_jel``
  encoding the birth date, the deputy and the deputy's card, the key number, the fee's IBAN, the clerk written family
  name first, ``mezo_1`` a second phone, ``mezo_2`` a code);
* ``ipoteca_cluj.cereri_credit``: a Cluj-Napoca bank branch's mortgage applications (Romanian: CNP encoding the birth
  date, sex and county, the identity card's series and number, the employer and its CUI, the salary IBAN, co-debtor
  and guarantor, the property bought, the credit-bureau score, ``camp_1`` the spouse's name, ``camp_2`` a programme);
* ``bpr_mikro.anggota_kelompok``: a Central Java rural bank's (BPR) group-lending microfinance borrowers (Indonesian:
  names as the KTP prints them, NIK encoding the region, birth date and sex, ``nama_ibu_kandung``, the spouse, the
  group and its leader, village and regency, NPWP, weekly instalments, the field officer, visit notes, the stall's
  coordinates);
* ``camdo_sg.hop_dong_cam_do``: a Ho Chi Minh City pawnshop chain's pledge contracts (Vietnamese: ``ho_ten_khach``,
  CCCD encoding the century, sex and birth year, the permanent address, motorbikes with plates and chassis numbers,
  phones with IMEIs, who redeemed on the customer's behalf, the payout account, the clerk);
* ``consignado_recife.propostasContratacao``: a Recife payroll-loan correspondent's INSS consignado proposals
  (Brazilian Portuguese, camel case: CPF with placeholders, ``nomeMae``, RG, PIS/NIS, the benefit number, ``bairro``,
  CEP, bank, branch and account, the Pix key, the correspondent's CNPJ, the typist's login, ``campoLivre1`` a
  relative's phone, ``campoLivre2`` a campaign code);
* ``katilim_bursa.bireysel_finansman_basvuru``: a Bursa participation bank branch's consumer-finance applications
  (Turkish: T.C. kimlik no, ``anne_adi``, ``baba_adi``, ``dogum_yeri``, ``ilce`` and ``il``, the workplace, its VKN
  and phone, the KKB score, the IBAN, the guarantor (``kefil``) with T.C. kimlik no and phone, the relationship
  manager, the user code).

Tables have 360 to 1,000 rows and 26 to 34 columns (457 in all, 236 of them personal).

Written **blind**, like v2 to v59: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog, history or notes, only the list of kind names and their docstrings
(``governance_dagster/kinds.py``), how the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the
*structure* and labeling conventions of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test,
``tests/heldout_support.py``, and the writer and summary of ``heldout_v4.py`` that v27 imports), the ``Column``/
``Table`` classes of ``heldout_v2.py``, the module docstrings of v24 to v59 (to avoid their domains and follow their
labeling conventions) and the docstring of v59's test, the ``[tool.ruff]`` section of ``pyproject.toml`` and the
source of the installed python-stdnum and phonenumbers packages. The classifier was not run on this set while it was
written, no scorer was run on it, and no score of any set was looked at: nothing here was adjusted to what the
classifier does. It was written under a short deadline (about 60 minutes, the tests and lint included), so some labels
below are quick decisions rather than settled conventions. It imports no earlier set's value module: its random
source, name lists (Yorkshire, the East Midlands and London with South Asian, West African and Polish names; Florida,
Texas, Ohio and Oregon with Hispanic and Black American names; Ontario with Punjabi, Chinese, Filipino and Québécois
names; Victoria with Greek and Italian names; the Hajdúság; Transylvania; Central Java with one- and two-part names;
Saigon; the Brazilian North-East; Bursa and Kocaeli), streets, towns, postal codes, companies and identifier builders
are its own (:mod:`benchmarks.classification.heldout_v60_values`; the generic ``Gen`` helpers were copied from
v27's).

What is new against v2 to v59: retail banking and lending at the counter. Earlier sets touched the theme at its
edges (v24 a fintech ledger, v25 a bank's KYC onboarding, v30 an Indian fintech's KYC and a Kenyan mobile-money
wallet, v31 a Canadian credit union, v33 a Romanian bank's clients, v34 a Peruvian microfinance institution, v35 a
loan-servicing tape, v37 a Vietnamese bank and an Indonesian e-wallet, v43 payment messages, AML, KYC reviews,
chargebacks, collections and a Swedish credit bureau, v50 a student-loan servicer, v51 buy-now-pay-later lenders, v52
a collection agency); every organisation and shape here is new: app onboarding with an identity vendor, a SCREAMING
loan-origination core, a mortgage broker's deals, a US bureau's inquiry log, two pawnshops, a remittance corridor, a
credit union's member master, debt-relief leads, minors' savings with guardians, safe-deposit boxes, a Romanian
mortgage file, group lending, payroll-deductible loans and Islamic consumer finance.

* parties of a loan (tag ``role_word``): co-applicants, co-borrowers, co-debtors, guarantors (``guarantorName``,
  ``girant_nume``, ``kefil_ad_soyad``), joint owners, payable-on-death beneficiaries, a box renter's deputy, a
  group's leader, who redeemed a pledge, remittance beneficiaries, guardians; parents' names kept for identification
  (tag ``parent_name``: ``MothersMaidenName``, ``anyja_neve``, ``nama_ibu_kandung``, ``nomeMae``, ``anne_adi``,
  ``baba_adi``); a minor's data (tag ``minor``);
* money-service decoys (tags ``decoy``, ``financial``, ``value_shape``, ``check_digit``; all ``none``): amounts,
  rates, terms, ratios, FICO, beacon, KKB and bureau scores, reason codes, FX rates, corridors and currencies; ABA
  routing numbers (3-7-1 check), BICs (python-stdnum), a sort code and a BSB, the Romanian CUI, the Brazilian CNPJ and
  the Turkish VKN of employers and correspondents, IMEIs (Luhn), VINs and chassis numbers and plates (tag
  ``vehicle``), pledged items and products (tag ``product_name``), tracking numbers, deal, file, dossier, contract,
  benefit and box numbers, hashes of selfies, thumbprints and responses (tag ``hashed``), a lead token and a vendor
  check id (tag ``tokenized``), the coordinates of a borrower's stall (tag ``coordinates``), event dates (tag
  ``event_date``: application, closing, maturity, visit, card issue);
* opaque custom fields and source prefixes (tags ``opaque``, ``source_prefix``): ``misc_1`` (a phone) beside
  ``misc_2`` (a bucket), ``Udf03`` (a phone) beside ``Udf04`` (a code), ``mezo_1`` (a phone) beside ``mezo_2``,
  ``camp_1`` (a spouse's name) beside ``camp_2``, ``campoLivre1`` (a phone) beside ``campoLivre2``;
  ``src_crm_col17`` (a name, a phone or an e-mail by row: ``free_text``, tag ``mixed_kinds``), ``src_crm_col18`` (a
  tier: ``none``), ``src_crm_col21`` (a birth date as ``MM/DD/YYYY`` text: ``date_of_birth``);
* identifiers of persons with check digits (python-stdnum, or the published rule written out in the value module and
  checked again by the test), encoding the row's birth date and sex where the number does: the US SSN, the Canadian
  SIN, the Australian TFN, the Hungarian adóazonosító jel (days since 1867-01-01), the Romanian CNP, the Indonesian
  NIK and NPWP, the Brazilian CPF and PIS/NIS, the Turkish T.C. kimlik no; by their shape (no public check digit) UK
  passports and DVLA licence numbers (family name, birth date and sex encoded), Florida driver licences, Hungarian
  identity cards, Romanian identity-card series and numbers, Brazilian RGs, Vietnamese CCCDs (century, sex and birth
  year encoded) and the UK National Insurance number (HMRC's prefix rules); Hungarian, Romanian, Turkish and
  Pakistani IBANs; an ATM card in clear (Luhn); phones of fourteen countries (phonenumbers) in national,
  international, E.164, ``00``, dashed, dotted and digits-only forms; IPv4 and IPv6; each country's postal-code shape.

Labeling choices a reader may question:

* an account or loan number of the organisation itself (``account_number`` of the challenger bank and of the youth
  saver, ``no_rekening_pinjaman``, ``MemberNumber``, ``APPL_NO``, ticket and contract numbers) is ``none`` (tag
  ``join_key``): it is the organisation's record number, like a customer number; a person's account at *another*
  bank (``DISB_ACCT_NO``, ``ExternalAccountNumber``, ``beneficiaryAccountNo``, ``linked_parent_account``,
  ``contaCorrente``, ``so_tai_khoan_nhan``) is ``unclassified`` (tag ``bank_account``), as v49 and v56 labeled
  domestic accounts; IBANs are ``iban``; sort codes, BSBs, routing numbers, branches and BICs are ``none``;
* social-security and social-insurance numbers are ``ssn``, as ``governance_dagster/kinds.py`` says: the US SSN (also
  under ``TaxId``), the Canadian SIN, the UK National Insurance number, the Brazilian PIS/NIS; tax and citizen numbers
  (TFN, adóazonosító jel, CNP, NIK, NPWP, CPF, T.C. kimlik no), identity cards, passports, driving licences, an RG and
  a CCCD are ``national_id``; an INSS benefit number (``numeroBeneficio``) is ``none``: it numbers a benefit, like a
  policy number;
* credit scores (FICO, beacon, KKB, bureau scores) are ``none`` (tag ``financial``): they describe a person yet fit no
  kind, like earlier sets' risk and alert scores;
* a mother's maiden name (``MothersMaidenName``: a family name) is ``last_name``; a mother's full name (``anyja_neve``,
  ``nama_ibu_kandung``, ``nomeMae``) and a Hungarian birth name (``szuletesi_nev``) are ``person_name``; Turkish
  ``anne_adi`` and ``baba_adi`` (given names) are ``first_name``; a middle initial (``PRIM_MI``) is ``none`` (tag
  ``initial``); ``ConsumerMiddleName`` and ``MiddleName`` are ``first_name``;
* Indonesian names (one or two parts, no family name) are ``person_name``; a microfinance group named after a flower
  (``nama_kelompok``) and a savings product under ``product_name`` are ``none`` (tag ``misleading``);
* a property mortgaged (``subjectPropertyAddress``, ``subjectPropertyPostalCode``, ``adresa_imobil``) is personal
  (tag ``premises``): the borrower's future home; a stall's coordinates are ``none``;
* villages, towns, districts and neighbourhoods (``desa_kelurahan``, ``ilce``, ``bairro``, ``suburb``, ``post_town``)
  and birthplaces are ``city``; counties, states, provinces, regencies (``megye``, ``judet``, ``kabupaten``, ``il``,
  ``uf``) are ``none``;
* employers, subscribers (the lenders asking the bureau, with their server IP), creditors, lenders, appraisers,
  correspondents, payout banks, schools, agent locations and the lead's buyer are ``none`` (tag ``business``); a
  borrower's lawyer is a person (``lawyerName``: ``person_name``, tag ``role_word``);
* the card's last four digits (``cardLast4``, ``DebitCardLast4``) are ``none`` (tag ``partial``); a PIN offset and a
  safe-deposit key number are ``none`` (tag ``credential``); the ATM card number kept in clear is ``credit_card``;
* an identity vendor's JSON holding the name and birth date read from the document is ``free_text`` (tag
  ``json_blob``); a Pix key and ``src_crm_col17`` (a CPF, an e-mail, a phone, a name or a random key by row) are
  ``free_text`` (tag ``mixed_kinds``); notes naming people are ``free_text``;
* staff are ``person_name`` (tag ``staff``: reviewers, loan officers, brokers, tellers, agents, clerks, advisers,
  field officers, relationship managers), ``first_name`` when only a first name is kept (the pawnshop's ``clerk``);
  logins and user codes are ``unclassified`` (tag ``username``); the police-database sync is ``none`` (tag
  ``service_account``).

Labeling rules otherwise as v27 (see :mod:`benchmarks.classification.heldout_v27`): a business's address, phone,
postal code and city are ``none`` (tag ``business``). ``null_heavy`` means 50-95% NULL, ``nullword_heavy`` 70-95% NULL
words; both tags are on personal columns only.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets, towns
and postal codes of :mod:`benchmarks.classification.heldout_v60_values`, written for v60 (no Faker, no list of real
people, no breach data). Build: ``python -m benchmarks.classification.heldout_v60 [PATH]`` (default
``/tmp/heldout_v60.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v60``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v60_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v60_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v60.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings, placeholders and empty strings (few real NULLs)
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
MISLEADING = "misleading"
STAFF = "staff"  # staff named in a column with few distinct values
ROLE = "role_word"  # a role word (co-applicant, guarantor, beneficiary, guardian, deputy ...) holding people
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
SERVICE = "service_account"  # an audit or sync column holding only service accounts or job names (none)
PREMISES = "premises"  # a person's home named as the property mortgaged
KEY = "join_key"  # a record number of the organisation: application, member, account, loan, ticket (none)
MULTI = "multi_value"  # several names in one cell
JSON = "json_blob"  # a JSON document in a cell holding personal data (free_text)
JSON_PLAIN = "json_plain"  # a JSON document in a cell holding no personal data (none)
PLACEHOLDER = "placeholder"  # a personal column some of whose cells are placeholders (000-00-0000, test@test.com)
TOKEN = "tokenized"  # a vendor's or processor's token: none
PARTIAL = "partial"  # the last four digits of a card or an account: none
CREDENTIAL = "credential"  # a PIN offset, a key number, a password hash (none)
OPAQUE = "opaque"  # a custom field named by number (misc_1, udf_03, attr7, mezo_1, camp_1, campoLivre1)
PREFIX = "source_prefix"  # a column named after its source system and position (src_crm_col17)
MIXED = "mixed_kinds"  # a name, a phone or an e-mail address by row (free_text)
CHECK = "check_digit"  # a decoy passing its own check (routing numbers, BICs, company tax numbers, VINs, IMEIs)
BANK = "bank_account"  # a person's domestic account at another bank (unclassified)
PRODUCT = "product_name"  # a product, an item pledged, a loan product
COORD = "coordinates"  # a place's coordinates (none)
EVENT = "event_date"  # a date of an event (application, closing, maturity, visit): none
FIN = "financial"  # amounts, rates, terms, scores, ratios (none)
HASHED = "hashed"  # a hash of a document, a selfie, a print or a response (none)
PARENT = "parent_name"  # a mother's or a father's name kept for identification
MINOR = "minor"  # a child's data
EMPLOYER = "employer"  # an employer's name, phone or tax number (none, with ``business``)
VEHICLE = "vehicle"  # a plate or a chassis number (none)
INITIAL = "initial"  # a middle initial alone (none)


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a", "N/A", "null", "none") + extra


def _staff(g: Gen, n: int, make: Callable[[Gen], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _logins(g: Gen, n: int, origins: dict[str, float] | str, style: int) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.login(*v.person(g, origins), style))
    return sorted(out)


def _dirty(g: Gen, values: list, share: float, placeholders: list[str]) -> list:
    """``values`` with ``share`` of the non-NULL cells replaced by a placeholder (a NULL word of the set)."""
    return [g.rnd.choice(placeholders) if x is not None and g.rnd.random() < share else x for x in values]


def _where(mask: list[bool], make: Callable[[], Any]) -> list[Any]:
    """``make()`` where ``mask`` is true, NULL elsewhere."""
    return [make() if m else None for m in mask]


def _mask(g: Gen, p: float) -> list[bool]:
    return [g.rnd.random() < p for _ in range(g.rows)]


# -- England: a challenger bank's KYC onboarding -----------------------------------------------------------------------


def uk_kyc_onboarding(g: Gen) -> Table:
    """A Leeds challenger bank's app onboarding checks (snake case): the applicant's names, birth date and town of
    birth, mobile, e-mail, address and postcode, the identity document (a passport number or a DVLA driving-licence
    number built from the row's name and birth date: ``national_id``), the identity vendor's result as JSON holding
    the name read from the document (``free_text``), a selfie hash, the device IP, the sort code and the new account
    number (the bank's own: ``none``), the National Insurance number of those who opened a cash ISA (``ssn``,
    mostly NULL), the reviewer (few) and the ops note."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, v.UK, female)
        rows.append((a, b, female, g.birth(1950, 2007)))
    towns = [g.rnd.choice(v.UK_TOWNS) for _ in range(g.rows)]
    reviewers = _staff(g, 5, lambda x: v.whole(x, "anglo"))
    doc = [g.rnd.choice(["PASSPORT", "PASSPORT", "DRIVING_LICENCE", "DRIVING_LICENCE", "BRP"]) for _ in range(g.rows)]

    def doc_no(i: int) -> str:
        a, b, female, born = rows[i]
        if doc[i] == "DRIVING_LICENCE":
            return v.uk_licence(b, a, born, female, g)
        if doc[i] == "BRP":
            return g.code("ZA9999999").replace("Z", "R", 1)
        return g.digits(9)

    def idv(i: int) -> str:
        a, b, _, born = rows[i]
        return json.dumps(
            {
                "status": g.rnd.choice(["clear", "clear", "consider"]),
                "document": {
                    "type": doc[i].lower(),
                    "full_name": f"{a} {b}".upper(),
                    "date_of_birth": born.isoformat(),
                },
                "face_match": round(g.rnd.uniform(0.6, 0.99), 2),
            }
        )

    def note() -> str:
        a, b, _, _ = g.rnd.choice(rows)
        return g.rnd.choice(
            [
                f"Name on passport differs from app ({a} {b}), asked for deed poll",
                "Proof of address older than 3 months",
                f"Spoke to {a}, address confirmed by phone",
                "PEP false positive, cleared",
                f"Selfie retake requested, {v.given(g, v.UK)} was wearing a cap",
            ]
        )

    isa = _mask(g, 0.27)
    return Table(
        "onboarding_kyc.applicant_checks",
        "en",
        "snake",
        [
            c("application_id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c("customer_ref", N, "VARCHAR", g.col(lambda: "C" + g.digits(9)), "decoy", KEY),
            c("created_at", N, "TIMESTAMP", g.moments("2025-03-01", "2025-12-15"), "decoy", EVENT),
            c("channel", N, "VARCHAR", g.col(g.pick(["ios", "android", "android", "web"])), "decoy"),
            c("given_names", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("family_name", "last_name", "VARCHAR", [r[1] for r in rows]),
            c(
                "preferred_name",
                "first_name",
                "VARCHAR",
                [r[0][:3] if g.rnd.random() < 0.25 else None for r in rows],
                HEAVY,
            ),
            c("date_of_birth", "date_of_birth", "DATE", [r[3] for r in rows]),
            c(
                "nationality",
                N,
                "VARCHAR",
                g.col(g.pick(["GBR", "GBR", "GBR", "POL", "IND", "NGA", "PAK", "IRL"])),
                "decoy",
                SHAPE,
            ),
            c("town_of_birth", "city", "VARCHAR", g.col(lambda: g.rnd.choice(v.UK_TOWNS)[0], 0.35)),
            c("mobile_number", "phone", "VARCHAR", g.phones("GB", {"e164": 0.8, "national": 0.2}, 1.0)),
            c("email_address", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.MAIL_UK) for r in rows]),
            c("address_line_1", "street_address", "VARCHAR", g.col(lambda: v.uk_street(g))),
            c("post_town", "city", "VARCHAR", [t[0] for t in towns]),
            c("postcode", "postal_code", "VARCHAR", [v.uk_postcode(g, g.rnd.choice(t[1])) for t in towns]),
            c("months_at_address", N, "INTEGER", g.ints(1, 240), "decoy", FIN),
            c(
                "previous_postcode",
                "postal_code",
                "VARCHAR",
                g.col(lambda: v.uk_postcode(g, g.rnd.choice(g.rnd.choice(v.UK_TOWNS)[1])), 0.72),
                HEAVY,
            ),
            c("id_document_type", N, "VARCHAR", doc, "decoy"),
            c("id_document_number", "national_id", "VARCHAR", [doc_no(i) for i in range(g.rows)]),
            c("id_document_expiry", N, "DATE", g.days("2026-01-01", "2035-12-31"), "decoy", EVENT),
            c("idv_check_id", N, "VARCHAR", g.col(lambda: v.token(g, "chk_", 20)), "decoy", TOKEN),
            c("idv_result", "free_text", "VARCHAR", [idv(i) for i in range(g.rows)], JSON),
            c("selfie_sha256", N, "VARCHAR", g.col(g.sha256), "decoy", HASHED, SHAPE),
            c("device_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.35))),
            c("device_id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c("screening_hits", N, "INTEGER", g.ints(0, 3), "decoy"),
            c("risk_rating", N, "VARCHAR", g.col(g.pick(["LOW", "LOW", "LOW", "MEDIUM", "HIGH"])), "decoy"),
            c("sort_code", N, "VARCHAR", g.col(g.pick(["04-00-75", "04-00-76", "04-00-78"])), "decoy", SHAPE),
            c("account_number", N, "VARCHAR", g.col(lambda: g.digits(8), 0.12), "decoy", KEY),
            c("isa_ni_number", "ssn", "VARCHAR", _where(isa, lambda: v.uk_nino(g)), HEAVY),
            c("reviewed_by", "person_name", "VARCHAR", g.col(g.pick(reviewers), 0.55), STAFF),
            c(
                "decision",
                N,
                "VARCHAR",
                g.col(g.pick(["APPROVED", "APPROVED", "APPROVED", "REFERRED", "DECLINED"])),
                "decoy",
            ),
            c("ops_note", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("REFUSED")), NULLWORD),
        ],
    )


# -- Florida: a community bank's consumer loans ------------------------------------------------------------------------


def fl_consumer_loans(g: Gen) -> Table:
    """A Tampa community bank's consumer-loan applications on its legacy core (SCREAMING, abbreviated): the loan
    officer (few), the primary applicant's names, middle initial (``none``), SSN (some ``000-00-0000``), birth date,
    address, phones and e-mail, the employer and its phone (``none``), income, FICO score and DTI, the co-applicant's
    name, SSN and birth date (mostly NULL), the collateral VIN of auto loans, the disbursement routing and account
    number (a person's account at another bank: ``unclassified``), the decision and the updating login."""
    officers = _staff(g, 6, lambda x: v.whole(x, v.US))
    logins = _logins(g, 5, v.US, 2)
    rows = [v.person(g, v.US) for _ in range(g.rows)]
    places = [v.us_place(g) for _ in range(g.rows)]
    co = _mask(g, 0.32)
    purpose = g.col(g.pick(["AUTO", "AUTO", "AUTO", "PERS", "BOAT", "RV", "DEBT"]))

    def vin() -> str:
        return (
            g.code("1")
            + g.code("AZ")
            + g.code("ZZZZZ")
            + g.rnd.choice("0123456789X")
            + g.code("A")
            + g.code("Z")
            + g.digits(6)
        )

    return Table(
        "LOANORIG.CONS_LOAN_APPL",
        "en",
        "screaming",
        [
            c("APPL_NO", N, "BIGINT", g.keys(2_250_001), "decoy", KEY, ABBREV),
            c("BR_NO", N, "INTEGER", g.ints(1, 14), "decoy", ABBREV),
            c("LOAN_OFCR", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF, ABBREV),
            c("APPL_DT", N, "DATE", g.days("2024-01-01", "2025-12-10"), "decoy", EVENT, ABBREV),
            c("LOAN_PURP_CD", N, "VARCHAR", purpose, "decoy", ABBREV),
            c("REQ_AMT", N, "DECIMAL(12,2)", g.amounts(2_500, 85_000), "decoy", FIN, ABBREV),
            c("TERM_MO", N, "INTEGER", g.col(g.pick([36, 48, 60, 72, 84])), "decoy", FIN, ABBREV),
            c("APR", N, "DECIMAL(6,3)", g.floats(5.99, 21.5, 3), "decoy", FIN),
            c("PRIM_FNM", "first_name", "VARCHAR", [a.upper() for a, _ in rows], ABBREV),
            c("PRIM_MI", N, "VARCHAR", g.col(lambda: g.code("A"), 0.4), "decoy", INITIAL, ABBREV),
            c("PRIM_LNM", "last_name", "VARCHAR", [b.upper() for _, b in rows], ABBREV),
            c(
                "PRIM_SSN",
                "ssn",
                "VARCHAR",
                _dirty(g, g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.5)), 0.03, ["000-00-0000", "000000000"]),
                PLACEHOLDER,
                ABBREV,
            ),
            c("PRIM_DOB", "date_of_birth", "DATE", g.births(1944, 2006), ABBREV),
            c("PRIM_ADDR1", "street_address", "VARCHAR", g.col(lambda: v.us_street(g).upper()), ABBREV),
            c("PRIM_CITY", "city", "VARCHAR", [p[0].upper() for p in places], ABBREV),
            c("PRIM_ST", N, "VARCHAR", [p[1] for p in places], "decoy", ABBREV),
            c("PRIM_ZIP", "postal_code", "VARCHAR", [v.us_zip(g, p[2], 0.3) for p in places], ABBREV),
            c("PRIM_HM_PH", "phone", "VARCHAR", g.phones("US", {"digits": 0.7, "dashes": 0.3}, 0.3, 0.45), ABBREV),
            c("PRIM_CELL_PH", "phone", "VARCHAR", g.phones("US", {"digits": 0.5, "national": 0.5}, 1.0, 0.08), ABBREV),
            c(
                "PRIM_EMAIL",
                "email",
                "VARCHAR",
                [v.email_of(g, a, b, v.MAIL_US).upper() if g.rnd.random() < 0.8 else None for a, b in rows],
                ABBREV,
            ),
            c("EMPLR_NM", N, "VARCHAR", g.col(g.pick(v.US_EMPLOYERS)), "business", EMPLOYER, ABBREV),
            c("EMPLR_PH", N, "VARCHAR", g.col(lambda: v.office_phone_us(g), 0.2), "business", EMPLOYER, ABBREV),
            c("GROSS_MO_INC", N, "DECIMAL(12,2)", g.amounts(1_800, 16_000), "decoy", FIN, ABBREV),
            c("FICO_SCR", N, "INTEGER", g.ints(540, 830), "decoy", FIN, ABBREV),
            c("DTI_PCT", N, "DECIMAL(5,2)", g.floats(8, 55, 2), "decoy", FIN, ABBREV),
            c("COAPP_NM", "person_name", "VARCHAR", _where(co, lambda: v.whole(g, v.US).upper()), HEAVY, ROLE, ABBREV),
            c("COAPP_SSN", "ssn", "VARCHAR", _where(co, lambda: v.us_ssn(g)), HEAVY, ABBREV),
            c("COAPP_DOB", "date_of_birth", "DATE", _where(co, lambda: g.birth(1944, 2006)), HEAVY, ABBREV),
            c(
                "COLL_VIN",
                N,
                "VARCHAR",
                [vin() if p in ("AUTO", "BOAT", "RV") else None for p in purpose],
                "decoy",
                VEHICLE,
                SHAPE,
                ABBREV,
            ),
            c("DISB_RTG_NO", N, "VARCHAR", g.col(lambda: v.aba_routing(g), 0.45), "decoy", CHECK, ABBREV),
            c("DISB_ACCT_NO", USERNAME, "VARCHAR", g.col(lambda: g.digits(g.rnd.randint(9, 12)), 0.45), BANK, ABBREV),
            c("DECN_CD", N, "VARCHAR", g.col(g.pick(["A", "A", "D", "C", "W"])), "decoy", ABBREV),
            c("UPD_USER", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT, ABBREV),
        ],
    )


# -- Ontario: a mortgage brokerage's loan-origination system -----------------------------------------------------------


def on_mortgage_applications(g: Gen) -> Table:
    """An Ontario mortgage brokerage's loan applications (camel case): the broker (few), the borrower's names, birth
    date, SIN (``ssn``), phone, e-mail and current address, the subject property (the home being bought or
    refinanced: ``street_address``/``postal_code``, tag ``premises``), the co-borrower and the guarantor (mostly
    NULL), the employer and its phone, the appraiser, the lender (``none``), the borrower's lawyer (a person), the
    beacon score, the e-signature IP and the underwriting conditions naming people."""
    brokers = _staff(g, 5, lambda x: v.whole(x, v.CA))
    rows = [v.person(g, v.CA) for _ in range(g.rows)]
    places = [g.rnd.choice(v.CA_TOWNS) for _ in range(g.rows)]
    subject = [g.rnd.choice(v.CA_TOWNS) for _ in range(g.rows)]
    co = _mask(g, 0.45)
    guar = _mask(g, 0.12)
    lawyers = [v.whole(g, v.CA) for _ in range(25)]

    def condition(i: int) -> str:
        a, b = rows[i]
        return g.rnd.choice(
            [
                f"Gift letter from {v.whole(g, v.CA)} (parent) required, funds to be in account 15 days",
                "Satisfactory appraisal; min value as per purchase price",
                f"Confirm {a} {b}'s employment by phone with HR",
                "Payout statement for existing mortgage",
                f"Co-borrower {v.given(g, v.CA)} to provide 2 years NOAs",
                "Void cheque for PAD",
            ]
        )

    return Table(
        "mortgage_los.loanApplications",
        "en",
        "camel",
        [
            c("applicationId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c("dealNumber", N, "VARCHAR", g.col(lambda: f"D-2025-{g.digits(6)}"), "decoy", SHAPE),
            c("brokerName", "person_name", "VARCHAR", g.col(g.pick(brokers)), STAFF),
            c("borrowerFirstName", "first_name", "VARCHAR", [a for a, _ in rows]),
            c("borrowerLastName", "last_name", "VARCHAR", [b for _, b in rows]),
            c("borrowerDob", "date_of_birth", "DATE", g.births(1955, 2003)),
            c("borrowerSin", "ssn", "VARCHAR", g.col(lambda: v.ca_sin(g), 0.35)),
            c("borrowerCellPhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.6, "dashes": 0.3, "e164": 0.1})),
            c("borrowerEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.MAIL_CA) for a, b in rows]),
            c("currentAddress", "street_address", "VARCHAR", g.col(lambda: v.ca_street(g))),
            c("currentCity", "city", "VARCHAR", [p[0] for p in places]),
            c("currentProvince", N, "VARCHAR", [p[1] for p in places], "decoy"),
            c("currentPostalCode", "postal_code", "VARCHAR", [v.ca_postal(g, g.rnd.choice(p[2])) for p in places]),
            c("subjectPropertyAddress", "street_address", "VARCHAR", g.col(lambda: v.ca_street(g)), PREMISES),
            c(
                "subjectPropertyPostalCode",
                "postal_code",
                "VARCHAR",
                [v.ca_postal(g, g.rnd.choice(p[2])) for p in subject],
                PREMISES,
            ),
            c(
                "purchasePrice",
                N,
                "DECIMAL(12,2)",
                [round(g.rnd.uniform(480, 1_650)) * 1000.0 for _ in range(g.rows)],
                "decoy",
                FIN,
            ),
            c("mortgageAmount", N, "DECIMAL(12,2)", g.amounts(300_000, 1_300_000), "decoy", FIN),
            c("ltvRatio", N, "DOUBLE", g.floats(0.45, 0.95, 3), "decoy", FIN),
            c("interestRate", N, "DOUBLE", g.floats(3.79, 6.49, 2), "decoy", FIN),
            c("amortizationYears", N, "INTEGER", g.col(g.pick([25, 25, 30, 20])), "decoy", FIN),
            c("coBorrowerFullName", "person_name", "VARCHAR", _where(co, lambda: v.whole(g, v.CA)), HEAVY, ROLE),
            c(
                "coBorrowerSin",
                "ssn",
                "VARCHAR",
                [v.ca_sin(g) if m and g.rnd.random() < 0.7 else None for m in co],
                HEAVY,
            ),
            c("guarantorName", "person_name", "VARCHAR", _where(guar, lambda: v.whole(g, v.CA)), HEAVY, ROLE),
            c("guarantorPhone", "phone", "VARCHAR", _where(guar, lambda: g.phone("CA", "national")), HEAVY, ROLE),
            c("employerName", N, "VARCHAR", g.col(g.pick(v.CA_EMPLOYERS)), "business", EMPLOYER),
            c(
                "employerPhone",
                N,
                "VARCHAR",
                g.col(lambda: f"({g.rnd.choice(['905', '416', '289'])}) 555-01{g.rnd.randint(0, 99):02d}", 0.25),
                "business",
                EMPLOYER,
            ),
            c("annualIncome", N, "DECIMAL(12,2)", g.amounts(52_000, 240_000), "decoy", FIN),
            c("beaconScore", N, "INTEGER", g.ints(600, 880), "decoy", FIN),
            c(
                "appraiserFirm",
                N,
                "VARCHAR",
                g.col(g.pick(["Peel Valuations Inc.", "Halton Appraisal Group", "Simcoe Property Appraisers"]), 0.3),
                "business",
            ),
            c(
                "lenderName",
                N,
                "VARCHAR",
                g.col(g.pick(["Maple Crest Trust", "Northline Bank", "Credit Union A", "Private Lender - MIC"])),
                "business",
            ),
            c("lawyerName", "person_name", "VARCHAR", g.col(g.pick(lawyers), 0.2), ROLE),
            c("eSignIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.15)),
            c("closingDate", N, "DATE", g.days("2025-04-01", "2026-06-30"), "decoy", EVENT),
            c(
                "conditionsNotes",
                "free_text",
                "VARCHAR",
                [condition(i) if g.rnd.random() < 0.8 else None for i in range(g.rows)],
            ),
        ],
    )


# -- Texas: a consumer reporting agency's inquiry log ------------------------------------------------------------------


def tx_bureau_inquiries(g: Gen) -> Table:
    """A Texas specialty consumer reporting agency's inquiry log (Pascal case): the subscriber (a lender: code, name
    and server IP, ``none``), the permissible purpose, the consumer as the subscriber sent them (names, SSN, birth
    date, current and previous address, ZIP, phone), the hit code, the file number (``none``), the score and reason
    codes, flags, the subscriber's operator login and a hash of the response."""
    subscribers = [
        ("LSAC" + g.digits(4), "Lone Star Auto Credit", g.ipv4()),
        ("BLUE" + g.digits(4), "Bluebonnet Title Loans", g.ipv4()),
        ("HCFL" + g.digits(4), "Hill Country Furniture Lease", g.ipv4()),
        ("GULF" + g.digits(4), "Gulf Coast Rent-to-Own", g.ipv4()),
        ("PRMR" + g.digits(4), "Premier Installment Lending", g.ipv4()),
    ]
    sub = [g.rnd.choice(subscribers) for _ in range(g.rows)]
    rows = [v.person(g, v.US) for _ in range(g.rows)]
    places = [v.us_place(g) for _ in range(g.rows)]
    operators = _logins(g, 7, v.US, 0)
    return Table(
        "cra_hub.InquiryLog",
        "en",
        "pascal",
        [
            c("InquiryId", N, "BIGINT", g.keys(90_000_001), "decoy", KEY),
            c("InquiryTimestamp", N, "TIMESTAMP", g.moments("2025-09-01", "2025-12-15"), "decoy", EVENT),
            c("SubscriberCode", N, "VARCHAR", [s[0] for s in sub], "decoy", SHAPE),
            c("SubscriberName", N, "VARCHAR", [s[1] for s in sub], "business"),
            c("SubscriberIp", N, "VARCHAR", [s[2] for s in sub], "business", SHAPE),
            c(
                "PermissiblePurpose",
                N,
                "VARCHAR",
                g.col(g.pick(["CREDIT_TRANSACTION", "CREDIT_TRANSACTION", "ACCOUNT_REVIEW", "WRITTEN_INSTRUCTION"])),
                "decoy",
            ),
            c("ProductCode", N, "VARCHAR", g.col(g.pick(["SUBPRIME_FULL", "SCORE_ONLY", "ID_VERIFY"])), "decoy"),
            c("ConsumerFirstName", "first_name", "VARCHAR", [a.upper() for a, _ in rows]),
            c("ConsumerMiddleName", "first_name", "VARCHAR", g.col(lambda: v.given(g, v.US).upper(), 0.62), HEAVY),
            c("ConsumerLastName", "last_name", "VARCHAR", [b.upper() for _, b in rows]),
            c("ConsumerSuffix", N, "VARCHAR", g.col(g.pick(["JR", "SR", "II", "III", ""]), 0.4), "decoy"),
            c("ConsumerSsn", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, False), 0.04)),
            c("ConsumerDob", "date_of_birth", "DATE", g.col(lambda: g.birth(1950, 2006), 0.1)),
            c("ConsumerAddress", "street_address", "VARCHAR", g.col(lambda: v.us_street(g).upper())),
            c("ConsumerCity", "city", "VARCHAR", [p[0].upper() for p in places]),
            c("ConsumerState", N, "VARCHAR", [p[1] for p in places], "decoy"),
            c("ConsumerZip", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in places]),
            c("PreviousAddress", "street_address", "VARCHAR", g.col(lambda: v.us_street(g).upper(), 0.7), HEAVY),
            c("ConsumerPhone", "phone", "VARCHAR", g.phones("US", {"digits": 1.0}, 0.8, 0.4)),
            c("HitCode", N, "VARCHAR", g.col(g.pick(["HIT", "HIT", "HIT", "NO_HIT", "THIN_FILE"])), "decoy"),
            c("FileNumber", N, "VARCHAR", g.col(lambda: g.code("F99999999"), 0.1), "decoy", KEY),
            c("ScoreModel", N, "VARCHAR", g.col(g.pick(["ALT-RISK 3.1", "ALT-RISK 3.2"])), "decoy", SHAPE),
            c("Score", N, "INTEGER", g.ints(300, 850, 0.1), "decoy", FIN),
            c(
                "ReasonCodes",
                N,
                "VARCHAR",
                g.col(lambda: ",".join(f"{x:02d}" for x in sorted(g.rnd.sample(range(1, 40), 4)))),
                "decoy",
            ),
            c("FraudAlertFlag", N, "BOOLEAN", g.yn(True, False, 0.03), "decoy"),
            c("OfacHit", N, "BOOLEAN", g.yn(True, False, 0.002), "decoy"),
            c("RequestedBy", USERNAME, "VARCHAR", g.col(g.pick(operators)), USER, AUDIT),
            c("ResponseMs", N, "INTEGER", g.ints(80, 2_400), "decoy"),
            c("ResponseSha1", N, "VARCHAR", g.col(lambda: v.sha1(g)), "decoy", HASHED, SHAPE),
        ],
    )


# -- Florida: a pawnshop's pledges -----------------------------------------------------------------------------------


def fl_pawn_pledges(g: Gen) -> Table:
    """A Jacksonville pawnshop's point-of-sale pledge tickets (snake case, abbreviated): the customer's names, birth
    date, ID type and number (a Florida driver licence: ``national_id``), address, ZIP and phone, the item pledged
    (``none``: brand, description, serial), amounts and dates, a hash of the thumbprint, the clerk (a first name),
    the person who redeemed on the customer's behalf (mostly NULL), the sync job to the police database
    (``none``) and notes."""
    clerks = _staff(g, 5, lambda x: v.given(x, v.US))
    rows = [v.person(g, v.US) for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_TOWNS[:5]) for _ in range(g.rows)]
    items = [
        ("DeWalt", "DCD771 20V drill w/ 2 batteries"),
        ("Apple", "iPhone 13 128GB blue"),
        ("Samsung", "Galaxy S22 Ultra"),
        ("Gibson", "Les Paul Studio guitar"),
        ("Xbox", "Series X console"),
        ("Milwaukee", "M18 impact driver kit"),
        ("Rolex", "Datejust 36 two-tone"),
        ("", "14k gold rope chain 20in"),
        ("Glock", "G19 Gen5 9mm"),
        ("Stihl", "MS 271 chainsaw"),
        ("Sony", "PS5 disc edition"),
    ]

    def fl_dl(last: str) -> str:
        return (
            f"{v.plain(last)[:1].upper() or 'X'}{g.digits(3)}-{g.digits(3)}-{g.digits(2)}-{g.digits(3)}-{g.digits(1)}"
        )

    def note() -> str:
        a, b = g.rnd.choice(rows)
        return g.rnd.choice(
            [
                f"Extension paid by phone, spoke with {a}",
                f"Girlfriend {v.whole(g, v.US)} may pick up",
                "Chain tested 14k",
                "Hold for JSO - case pending",
                f"{a} {b} regular, 3rd pawn this yr",
            ]
        )

    pledge = [g.rnd.choice(items) for _ in range(g.rows)]
    return Table(
        "pawn_pos.pledge_tickets",
        "en",
        "snake",
        [
            c("ticket_no", N, "BIGINT", g.keys(410_001), "decoy", KEY),
            c("store_no", N, "INTEGER", g.ints(1, 3), "decoy"),
            c("txn_type", N, "VARCHAR", g.col(g.pick(["PAWN", "PAWN", "PAWN", "BUY"])), "decoy"),
            c("cust_no", N, "BIGINT", g.ints(10_000, 39_999), "decoy", KEY, ABBREV),
            c("cust_fnm", "first_name", "VARCHAR", [a for a, _ in rows], ABBREV),
            c("cust_lnm", "last_name", "VARCHAR", [b for _, b in rows], ABBREV),
            c("cust_dob", "date_of_birth", "DATE", g.births(1948, 2006), ABBREV),
            c("id_type", N, "VARCHAR", g.col(g.pick(["FL DL", "FL DL", "FL DL", "FL ID"])), "decoy"),
            c("id_no", "national_id", "VARCHAR", [fl_dl(b) for _, b in rows], ABBREV),
            c("cust_addr", "street_address", "VARCHAR", g.col(lambda: v.us_street(g)), ABBREV),
            c("cust_city", "city", "VARCHAR", [p[0] for p in places], ABBREV),
            c("cust_zip", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in places], ABBREV),
            c("cust_ph", "phone", "VARCHAR", g.phones("US", {"national": 0.7, "digits": 0.3}, 0.95, 0.1), ABBREV),
            c("item_brand", N, "VARCHAR", [p[0] for p in pledge], "decoy", PRODUCT),
            c("item_desc", N, "VARCHAR", [p[1] for p in pledge], "decoy", PRODUCT),
            c("serial_no", N, "VARCHAR", g.col(lambda: g.code("ZZZZ9999ZZ99"), 0.3), "decoy", SHAPE),
            c("loan_amt", N, "DECIMAL(10,2)", g.amounts(20, 2_500), "decoy", FIN, ABBREV),
            c("finance_chg", N, "DECIMAL(10,2)", g.amounts(5, 600), "decoy", FIN, ABBREV),
            c("pawn_dt", N, "DATE", g.days("2025-06-01", "2025-12-10"), "decoy", EVENT, ABBREV),
            c("maturity_dt", N, "DATE", g.days("2025-07-01", "2026-01-10"), "decoy", EVENT, ABBREV),
            c("thumbprint_sha256", N, "VARCHAR", g.col(g.sha256, 0.05), "decoy", HASHED, SHAPE),
            c("clerk", "first_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
            c("redeemed_by", "person_name", "VARCHAR", g.col(lambda: v.whole(g, v.US), 0.8), HEAVY, ROLE),
            c(
                "leads_sync",
                N,
                "VARCHAR",
                g.col(g.pick(["leadsonline-sync", "leadsonline-sync", "manual-upload"])),
                "decoy",
                SERVICE,
                AUDIT,
            ),
            c("photo_url", N, "VARCHAR", g.col(lambda: f"https://img.pawnpos.example/t/{g.uuid()}.jpg", 0.2), "decoy"),
            c("notes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("x", "xx")), NULLWORD),
        ],
    )


# -- London: a money-transfer operator ---------------------------------------------------------------------------------


def uk_remittances(g: Gen) -> Table:
    """A London money-transfer operator's send transactions to Nigeria, Ghana, the Philippines and Pakistan (camel
    case): the sender (names, birth date, address, postcode, town, mobile, e-mail, ID number), the beneficiary (full
    name, mobile of the corridor's country, bank, account number: ``unclassified``; a Pakistani IBAN where the payout
    bank wants one), the payout bank's BIC (``none``), relationship and purpose, amounts and rates, the agent location
    and teller (few), the card's last four digits, an AML score and compliance notes."""
    corridors = {
        "NG": ("NGN", ["Zenith Bank", "GTBank", "Access Bank", "First Bank"], "west_african"),
        "GH": ("GHS", ["GCB Bank", "Ecobank Ghana", "Fidelity Bank"], "west_african"),
        "PH": ("PHP", ["BDO Unibank", "Metrobank", "Landbank", "GCash wallet"], "filipino"),
        "PK": ("PKR", ["HBL", "MCB Bank", "Meezan Bank", "UBL"], "south_asian"),
    }
    corr = g.rnd.choices(list(corridors), [4, 2, 2, 3], k=g.rows)
    senders = [v.person(g, {"west_african": 4, "filipino": 2, "south_asian": 3, "anglo": 0.5}) for _ in range(g.rows)]
    towns = [g.rnd.choice(v.UK_TOWNS) for _ in range(g.rows)]
    method = [g.rnd.choice(["BANK", "BANK", "CASH_PICKUP", "WALLET"]) for _ in range(g.rows)]
    tellers = _staff(g, 6, lambda x: v.whole(x, v.UK))
    agents = ["Peckham Rye branch", "Walthamstow High St agent", "Bradford Leeds Rd agent", "Online", "Online"]

    def bene(i: int) -> str:
        origin = corridors[corr[i]][2]
        a, b = v.person(g, origin)
        return f"{a} {senders[i][1]}" if g.rnd.random() < 0.35 else f"{a} {b}"

    def account(i: int) -> str | None:
        if method[i] != "BANK" or corr[i] == "PK" and g.rnd.random() < 0.6:
            return None
        return g.digits({"NG": 10, "GH": 13, "PH": 12, "PK": 14}[corr[i]])

    def note() -> str:
        a, b = g.rnd.choice(senders)
        return g.rnd.choice(
            [
                f"Sender {a} {b} explained funds are savings for sister's wedding",
                "Payslips received, EDD cleared",
                f"Beneficiary name mismatch, bank says {v.whole(g, 'west_african')}",
                "Structuring alert reviewed, no concern",
            ]
        )

    return Table(
        "remit_core.sendTransactions",
        "en",
        "camel",
        [
            c("transferId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c("trackingNumber", N, "VARCHAR", g.col(lambda: g.digits(10)), "decoy", SHAPE),
            c("createdAt", N, "TIMESTAMP", g.moments("2025-07-01", "2025-12-15"), "decoy", EVENT),
            c("senderCustomerId", N, "BIGINT", g.ints(700_000, 799_999), "decoy", KEY),
            c("senderFirstName", "first_name", "VARCHAR", [a for a, _ in senders]),
            c("senderLastName", "last_name", "VARCHAR", [b for _, b in senders]),
            c("senderDob", "date_of_birth", "DATE", g.births(1952, 2006)),
            c("senderAddress", "street_address", "VARCHAR", g.col(lambda: v.uk_street(g))),
            c("senderPostcode", "postal_code", "VARCHAR", [v.uk_postcode(g, g.rnd.choice(t[1])) for t in towns]),
            c("senderTown", "city", "VARCHAR", [t[0] for t in towns]),
            c("senderMobile", "phone", "VARCHAR", g.phones("GB", {"e164": 0.6, "national": 0.3, "00": 0.1})),
            c(
                "senderEmail",
                "email",
                "VARCHAR",
                [v.email_of(g, a, b, v.MAIL_UK) if g.rnd.random() < 0.85 else None for a, b in senders],
            ),
            c("senderIdType", N, "VARCHAR", g.col(g.pick(["PASSPORT", "PASSPORT", "BRP", "DRIVING_LICENCE"])), "decoy"),
            c(
                "senderIdNumber",
                "national_id",
                "VARCHAR",
                g.col(lambda: g.rnd.choice([g.code("A99999999"), g.digits(9), g.code("ZR9999999")]), 0.08),
            ),
            c(
                "sourceOfFunds",
                N,
                "VARCHAR",
                g.col(g.pick(["SALARY", "SALARY", "SAVINGS", "BUSINESS", "BENEFITS"])),
                "decoy",
            ),
            c("beneficiaryFullName", "person_name", "VARCHAR", [bene(i) for i in range(g.rows)], ROLE),
            c(
                "beneficiaryMobile",
                "phone",
                "VARCHAR",
                [g.phone(x, g.rnd.choice(["e164", "intl"])) if g.rnd.random() < 0.9 else None for x in corr],
                ROLE,
            ),
            c(
                "beneficiaryBank",
                N,
                "VARCHAR",
                [g.rnd.choice(corridors[x][1]) if m != "CASH_PICKUP" else None for x, m in zip(corr, method)],
                "business",
            ),
            c("beneficiaryAccountNo", USERNAME, "VARCHAR", [account(i) for i in range(g.rows)], BANK, ROLE),
            c(
                "beneficiaryIban",
                "iban",
                "VARCHAR",
                [v.iban(g, "PK") if x == "PK" and m == "BANK" else None for x, m in zip(corr, method)],
                HEAVY,
                ROLE,
            ),
            c(
                "payoutBic",
                N,
                "VARCHAR",
                [v.bic(g, x) if m == "BANK" else None for x, m in zip(corr, method)],
                "decoy",
                CHECK,
            ),
            c(
                "relationshipToSender",
                N,
                "VARCHAR",
                g.col(g.pick(["MOTHER", "SIBLING", "SPOUSE", "FRIEND", "SELF", "CHILD"])),
                "decoy",
            ),
            c(
                "purposeOfPayment",
                N,
                "VARCHAR",
                g.col(g.pick(["FAMILY_SUPPORT", "FAMILY_SUPPORT", "EDUCATION", "MEDICAL", "PROPERTY"])),
                "decoy",
            ),
            c("payoutMethod", N, "VARCHAR", method, "decoy"),
            c("corridor", N, "VARCHAR", [f"GB-{x}" for x in corr], "decoy", SHAPE),
            c("sendAmountGbp", N, "DECIMAL(10,2)", g.amounts(20, 2_000), "decoy", FIN),
            c("fxRate", N, "DOUBLE", g.floats(1.5, 2_100, 4), "decoy", FIN),
            c("payoutCurrency", N, "VARCHAR", [corridors[x][0] for x in corr], "decoy", SHAPE),
            c("agentLocation", N, "VARCHAR", g.col(g.pick(agents)), "business"),
            c("agentTeller", "person_name", "VARCHAR", g.col(g.pick(tellers), 0.4), STAFF),
            c("cardLast4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.45), "decoy", PARTIAL),
            c("amlScore", N, "INTEGER", g.ints(0, 100), "decoy", FIN),
            c("complianceNote", "free_text", "VARCHAR", g.col(note, 0.85), HEAVY),
        ],
    )


# -- Oregon: a credit union's member master ----------------------------------------------------------------------------


def or_credit_union_members(g: Gen) -> Table:
    """An Oregon credit union's member master (Pascal case): the member number (``none``), names, SSN, birth date,
    the mother's maiden name (``last_name``), the joint owner and the payable-on-death beneficiaries (several in a
    cell), address, phones, e-mail, the employer, the external account for transfers (``unclassified``) and its
    routing number (``none``), the debit card's last four digits (``none``) and an old ATM card number kept in clear
    (``credit_card``), the online-banking username (``unclassified``) and PIN offset (``none``), custom fields
    ``Udf03`` (a spouse's cell phone) and ``Udf04`` (a select-employee-group code: ``none``), the last login IP."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.52
        a, b = v.person(g, v.US, female)
        rows.append((a, b))
    places = [g.rnd.choice(v.US_TOWNS[10:]) for _ in range(g.rows)]
    logins = _logins(g, 4, v.US, 1)
    names: set[str] = set()
    users = []
    for i, (a, b) in enumerate(rows):
        name = v.login(a, b, i + 1)
        while name in names:
            name += str(g.rnd.randint(0, 9))
        names.add(name)
        users.append(name if g.rnd.random() < 0.75 else None)

    def pod() -> str | None:
        if g.rnd.random() < 0.68:
            return None
        return "; ".join(v.whole(g, v.US) for _ in range(g.rnd.choice([1, 1, 2, 3])))

    return Table(
        "CuCore.MemberMaster",
        "en",
        "pascal",
        [
            c("MemberNumber", N, "BIGINT", g.keys(100_501), "decoy", KEY),
            c("MembershipDate", N, "DATE", g.days("1985-01-01", "2025-12-01"), "decoy", EVENT),
            c("BranchCode", N, "VARCHAR", g.col(g.pick(["SLM", "BVT", "GRS", "MFD", "BND"])), "decoy"),
            c("FirstName", "first_name", "VARCHAR", [a for a, _ in rows]),
            c("MiddleName", "first_name", "VARCHAR", g.col(lambda: v.given(g, v.US), 0.58), HEAVY),
            c("LastName", "last_name", "VARCHAR", [b for _, b in rows]),
            c("TaxId", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.3), 0.02)),
            c("BirthDate", "date_of_birth", "DATE", g.births(1935, 2007)),
            c("MothersMaidenName", "last_name", "VARCHAR", g.col(lambda: v.person(g, v.US)[1], 0.25), PARENT),
            c("JointOwnerName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, v.US), 0.64), HEAVY, ROLE),
            c("PodBeneficiaries", "person_name", "VARCHAR", [pod() for _ in range(g.rows)], HEAVY, ROLE, MULTI),
            c("HomeAddress", "street_address", "VARCHAR", g.col(lambda: v.us_street(g))),
            c("City", "city", "VARCHAR", [p[0] for p in places]),
            c("State", N, "VARCHAR", [p[1] for p in places], "decoy"),
            c("Zip", "postal_code", "VARCHAR", [v.us_zip(g, p[2], 0.4) for p in places]),
            c("HomePhone", "phone", "VARCHAR", g.phones("US", {"dashes": 0.6, "national": 0.4}, 0.2, 0.5)),
            c(
                "CellPhone",
                "phone",
                "VARCHAR",
                g.phones("US", {"dashes": 0.5, "national": 0.3, "dots": 0.2}, 1.0, 0.12),
            ),
            c(
                "Email",
                "email",
                "VARCHAR",
                _dirty(
                    g,
                    [v.email_of(g, a, b, v.MAIL_US) if g.rnd.random() < 0.8 else None for a, b in rows],
                    0.04,
                    ["noemail@noemail.com", "na@na.com"],
                ),
                PLACEHOLDER,
            ),
            c("EmployerName", N, "VARCHAR", g.col(g.pick(v.US_EMPLOYERS), 0.3), "business", EMPLOYER),
            c("ExternalRoutingNumber", N, "VARCHAR", g.col(lambda: v.aba_routing(g), 0.5), "decoy", CHECK),
            c("ExternalAccountNumber", USERNAME, "VARCHAR", g.col(lambda: g.digits(g.rnd.randint(8, 12)), 0.5), BANK),
            c("DebitCardLast4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.3), "decoy", PARTIAL),
            c("AtmCardNumber", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.4)),
            c("OnlineBankingUsername", USERNAME, "VARCHAR", users, USER),
            c("PinOffset", N, "VARCHAR", g.col(lambda: g.digits(4), 0.3), "decoy", CREDENTIAL),
            c("Udf03", "phone", "VARCHAR", g.phones("US", {"digits": 1.0}, 1.0, 0.72), HEAVY, OPAQUE),
            c(
                "Udf04",
                N,
                "VARCHAR",
                g.col(g.pick(["SEG-STATE", "SEG-SCHL", "SEG-HOSP", "SEG-FAM", "SEG-COMM"])),
                "decoy",
                OPAQUE,
            ),
            c("LastLoginIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.4), 0.3)),
            c("LastLoginAt", N, "TIMESTAMP", g.moments("2025-06-01", "2025-12-15", 0.3), "decoy", EVENT),
            c("CreatedBy", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
        ],
    )


# -- Arizona: a debt-consolidation lead aggregator ---------------------------------------------------------------------


def az_debt_leads(g: Gen) -> Table:
    """A Scottsdale debt-consolidation lead aggregator's leads as its CRM receives them (snake case, with the CRM's
    source-prefixed and opaque fields): the publisher and sub id, the consumer's names, e-mail and phone (some
    placeholders), ZIP, state, debt and income, the creditors (companies), the consent IP, the consent certificate
    URL and a lead token (``none``), ``src_crm_col17`` (the best contact: a name, a phone or an e-mail by row:
    ``free_text``), ``src_crm_col18`` (a tier), ``src_crm_col21`` (the birth date as text), ``misc_1`` (an
    alternate phone) and ``misc_2`` (a test bucket), the agent, the disposition, call notes and the buyer."""
    rows = [v.person(g, v.US) for _ in range(g.rows)]
    places = [v.us_place(g) for _ in range(g.rows)]
    agents = _staff(g, 7, lambda x: v.whole(x, v.US))
    creditors = ["Capital One", "Discover", "Synchrony", "Citi", "Chase", "OneMain", "Upstart", "Kohl's Card"]

    def best(i: int) -> str:
        a, b = rows[i]
        return g.rnd.choice(
            [
                g.phone("US", "national"),
                v.email_of(g, a, b, v.MAIL_US),
                f"{v.whole(g, v.US)} (wife)",
                f"ask for {a}",
                g.phone("US", "dashes"),
            ]
        )

    return Table(
        "leadgen.debt_relief_leads",
        "en",
        "snake",
        [
            c("lead_id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c("received_at", N, "TIMESTAMP", g.moments("2025-10-01", "2025-12-15"), "decoy", EVENT),
            c("publisher_id", N, "VARCHAR", g.col(lambda: f"PUB-{g.rnd.randint(100, 160)}"), "decoy", SHAPE),
            c("sub_id", N, "VARCHAR", g.col(lambda: g.code("ZZZZZZZZ"), 0.2), "decoy", SHAPE),
            c("first_name", "first_name", "VARCHAR", [a for a, _ in rows]),
            c("last_name", "last_name", "VARCHAR", [b for _, b in rows]),
            c(
                "email",
                "email",
                "VARCHAR",
                _dirty(g, [v.email_of(g, a, b, v.MAIL_US) for a, b in rows], 0.05, ["test@test.com", "na@na.com"]),
                PLACEHOLDER,
            ),
            c(
                "phone",
                "phone",
                "VARCHAR",
                _dirty(
                    g, g.phones("US", {"digits": 0.6, "national": 0.4}, 0.9), 0.04, ["(000) 000-0000", "999-999-9999"]
                ),
                PLACEHOLDER,
            ),
            c("zip", "postal_code", "VARCHAR", [v.us_zip(g, p[2]) for p in places]),
            c("state", N, "VARCHAR", [p[1] for p in places], "decoy"),
            c("unsecured_debt_amt", N, "INTEGER", g.ints(5_000, 120_000), "decoy", FIN),
            c("num_creditors", N, "INTEGER", g.ints(1, 9), "decoy", FIN),
            c(
                "creditors",
                N,
                "VARCHAR",
                g.col(lambda: ", ".join(g.rnd.sample(creditors, g.rnd.randint(1, 4))), 0.3),
                "business",
            ),
            c("monthly_income", N, "INTEGER", g.ints(1_500, 12_000, 0.2), "decoy", FIN),
            c("credit_self_rating", N, "VARCHAR", g.col(g.pick(["poor", "fair", "fair", "good"])), "decoy"),
            c("tcpa_consent_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25))),
            c(
                "consent_cert_url",
                N,
                "VARCHAR",
                g.col(lambda: f"https://cert.consentvault.example/{g.code('x' * 40)}"),
                "decoy",
            ),
            c("lead_token", N, "VARCHAR", g.col(lambda: g.uuid().upper()), "decoy", TOKEN),
            c(
                "src_crm_col17",
                "free_text",
                "VARCHAR",
                [best(i) if g.rnd.random() < 0.6 else None for i in range(g.rows)],
                PREFIX,
                MIXED,
            ),
            c("src_crm_col18", N, "VARCHAR", g.col(g.pick(["T1", "T2", "T3", "EXCL"])), "decoy", PREFIX),
            c(
                "src_crm_col21",
                "date_of_birth",
                "VARCHAR",
                g.col(lambda: g.birth(1950, 2005).strftime("%m/%d/%Y"), 0.45),
                PREFIX,
            ),
            c("misc_1", "phone", "VARCHAR", g.phones("US", {"digits": 1.0}, 0.9, 0.78), HEAVY, OPAQUE),
            c("misc_2", N, "VARCHAR", g.col(g.pick(["A", "B", "CTRL"])), "decoy", OPAQUE),
            c("agent_assigned", "person_name", "VARCHAR", g.col(g.pick(agents), 0.3), STAFF),
            c(
                "disposition",
                N,
                "VARCHAR",
                g.col(g.pick(["NEW", "CONTACTED", "ENROLLED", "DNC", "NO_ANSWER"])),
                "decoy",
            ),
            c(
                "call_notes",
                "free_text",
                "VARCHAR",
                g.col(
                    lambda: g.rnd.choice(
                        [
                            "LVM",
                            "Wants a call after 6pm",
                            f"Spoke w/ husband {v.given(g, v.US)}, he handles bills",
                            "Not interested",
                            f"Callback {g.phone('US', 'national')} ask for {v.given(g, v.US)}",
                        ]
                    ),
                    0.45,
                ),
            ),
            c(
                "sold_to_buyer",
                N,
                "VARCHAR",
                g.col(g.pick(["Freedom Path Debt Relief", "ClearSky Financial", "Summit Consolidation LLC"]), 0.5),
                "business",
            ),
            c("lead_price", N, "DECIMAL(8,2)", g.amounts(8, 65), "decoy", FIN),
        ],
    )


# -- Victoria: a mutual bank's youth savings accounts ------------------------------------------------------------------


def au_youth_savings(g: Gen) -> Table:
    """A Geelong mutual bank's youth savings accounts held for minors with their guardians (snake case): the BSB
    (``none``) and account number (the bank's own: ``none``), the product, the child's names, birth date, school
    (``none``) and TFN (mostly NULL), two guardians (names, relationship, birth date, mobile, e-mail, TFN), the home
    address, suburb, state and postcode, the parent's linked account at another bank (``unclassified``), the branch's
    phone and the updating login."""
    kids = [v.person(g, v.AU) for _ in range(g.rows)]
    places = [g.rnd.choice(v.AU_SUBURBS) for _ in range(g.rows)]
    g2 = _mask(g, 0.42)
    logins = _logins(g, 4, v.AU, 4)
    schools = [
        "Geelong West Primary School",
        "St Mary's Catholic Primary",
        "Belmont High School",
        "Ballarat Grammar",
        "Wattle Park Primary",
    ]

    def guardian(i: int) -> str:
        return f"{v.given(g, v.AU)} {kids[i][1]}" if g.rnd.random() < 0.8 else v.whole(g, v.AU)

    g1 = [guardian(i) for i in range(g.rows)]
    return Table(
        "youthsaver.junior_accounts",
        "en",
        "snake",
        [
            c("account_id", N, "BIGINT", g.keys(5_000_001), "decoy", KEY),
            c("bsb", N, "VARCHAR", g.col(g.pick(["633-108", "633-112", "633-120"])), "decoy", SHAPE),
            c("account_number", N, "VARCHAR", g.col(lambda: g.digits(9)), "decoy", KEY),
            c(
                "product_name",
                N,
                "VARCHAR",
                g.col(g.pick(["Youth Saver", "Kids First Account", "Teen Everyday"])),
                "decoy",
                PRODUCT,
                MISLEADING,
            ),
            c("opened_on", N, "DATE", g.days("2012-01-01", "2025-12-01"), "decoy", EVENT),
            c("child_given_name", "first_name", "VARCHAR", [a for a, _ in kids], MINOR),
            c("child_surname", "last_name", "VARCHAR", [b for _, b in kids], MINOR),
            c("child_dob", "date_of_birth", "DATE", g.births(2008, 2024), MINOR),
            c("child_school", N, "VARCHAR", g.col(g.pick(schools), 0.4), "business"),
            c("child_tfn", "national_id", "VARCHAR", g.col(lambda: v.au_tfn(g), 0.82), HEAVY, MINOR),
            c("guardian1_name", "person_name", "VARCHAR", g1, ROLE),
            c(
                "guardian1_relationship",
                N,
                "VARCHAR",
                g.col(g.pick(["Mother", "Father", "Mother", "Grandparent"])),
                "decoy",
            ),
            c("guardian1_dob", "date_of_birth", "DATE", g.col(lambda: g.birth(1960, 2000), 0.1), ROLE),
            c("guardian1_mobile", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "intl": 0.2, "digits": 0.2})),
            c(
                "guardian1_email",
                "email",
                "VARCHAR",
                [v.email_of(g, n.split()[0], n.split()[-1], v.MAIL_AU) for n in g1],
            ),
            c("guardian1_tfn", "national_id", "VARCHAR", g.col(lambda: v.au_tfn(g), 0.45)),
            c("guardian2_name", "person_name", "VARCHAR", _where(g2, lambda: v.whole(g, v.AU)), HEAVY, ROLE),
            c(
                "guardian2_mobile",
                "phone",
                "VARCHAR",
                [g.phone("AU", "national") if m and g.rnd.random() < 0.8 else None for m in g2],
                HEAVY,
            ),
            c("residential_address", "street_address", "VARCHAR", g.col(lambda: v.au_street(g))),
            c("suburb", "city", "VARCHAR", [p[0] for p in places]),
            c("state", N, "VARCHAR", [p[1] for p in places], "decoy"),
            c("postcode", "postal_code", "VARCHAR", [p[2] for p in places]),
            c(
                "linked_parent_account",
                USERNAME,
                "VARCHAR",
                g.col(lambda: f"{g.code('999-999')} {g.digits(8)}", 0.5),
                BANK,
            ),
            c("sweep_amount", N, "DECIMAL(8,2)", g.amounts(0, 50), "decoy", FIN),
            c("balance", N, "DECIMAL(10,2)", g.amounts(0, 8_000), "decoy", FIN),
            c("bonus_rate", N, "DOUBLE", g.floats(3.5, 5.25, 2), "decoy", FIN),
            c(
                "branch_phone",
                N,
                "VARCHAR",
                g.col(g.pick(["(03) 5221 0100", "(03) 5333 0100", "(03) 5443 0100"])),
                "business",
            ),
            c("updated_by", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
        ],
    )


# -- Hungary: a savings co-operative's safe-deposit boxes --------------------------------------------------------------


def hu_safe_deposit(g: Gen) -> Table:
    """A Debrecen savings co-operative's safe-deposit box renters (Hungarian, snake case): contract and box numbers,
    the branch, the renter's family and given names, birth name and mother's name (``person_name``), birthplace and
    birth date, identity card and tax number (``adoazonosito_jel`` encoding the birth date), address, postcode, town,
    county (``none``), phone, e-mail, the deputy authorised to open the box and the deputy's identity card, the key
    number (``none``), the fee and the IBAN it is debited from, visits, the clerk (few, family name first), a note,
    ``mezo_1`` (a second phone) and ``mezo_2`` (a code)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "hu", female)
        born = g.birth(1938, 2004)
        birth_name = f"{v.person(g, 'hu')[1]} {a}" if female and g.rnd.random() < 0.6 else f"{b} {a}"
        rows.append((a, b, born, birth_name))
    towns = [g.rnd.choice(v.HU_TOWNS) for _ in range(g.rows)]
    clerks = _staff(g, 4, lambda x: "{1} {0}".format(*v.person(x, "hu")))
    deputy = _mask(g, 0.3)
    branches = ["Debrecen, Piac utcai fiók", "Debrecen, Nagyerdei fiók", "Hajdúszoboszlói fiók"]

    def note() -> str:
        a, b, _, _ = g.rnd.choice(rows)
        return g.rnd.choice(
            [
                f"Meghatalmazás visszavonva, {b} {a} kérésére",
                "Kulcs elveszett, zárcsere 2025.09.",
                f"Örökösödési eljárás, közjegyző: dr. {v.person(g, 'hu')[1]} {v.person(g, 'hu')[0]}",
                "Díjhátralék 2 hó",
            ]
        )

    return Table(
        "takarek_szef.szefberlok",
        "hu",
        "snake",
        [
            c("szerzodes_szam", N, "VARCHAR", g.col(lambda: f"SZ-{g.digits(7)}"), "decoy", KEY),
            c(
                "szef_szam",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.rnd.choice('ABC')}-{g.rnd.randint(1, 480):03d}"),
                "decoy",
                SHAPE,
            ),
            c("szef_meret", N, "VARCHAR", g.col(g.pick(["kicsi", "közepes", "nagy"])), "decoy"),
            c("fiok", N, "VARCHAR", g.col(g.pick(branches)), "business"),
            c("vezeteknev", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("utonev", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("szuletesi_nev", "person_name", "VARCHAR", [r[3] for r in rows]),
            c(
                "anyja_neve",
                "person_name",
                "VARCHAR",
                g.col(lambda: "{1} {0}".format(*v.person(g, "hu", True))),
                PARENT,
            ),
            c(
                "szuletesi_hely",
                "city",
                "VARCHAR",
                g.col(lambda: g.rnd.choice(v.HU_TOWNS + [("Budapest", "", ""), ("Miskolc", "", "")])[0]),
            ),
            c("szuletesi_ido", "date_of_birth", "DATE", [r[2] for r in rows]),
            c("szemelyi_ig_szam", "national_id", "VARCHAR", g.col(lambda: g.code("999999AA"), 0.05)),
            c(
                "adoazonosito_jel",
                "national_id",
                "VARCHAR",
                [v.hu_tax_id(g, r[2]) if g.rnd.random() < 0.9 else None for r in rows],
            ),
            c("lakcim", "street_address", "VARCHAR", g.col(lambda: v.hu_street(g))),
            c("iranyitoszam", "postal_code", "VARCHAR", [f"{t[1]}{g.digits(2)}" for t in towns]),
            c("telepules", "city", "VARCHAR", [t[0] for t in towns]),
            c("megye", N, "VARCHAR", [t[2] for t in towns], "decoy"),
            c(
                "telefonszam",
                "phone",
                "VARCHAR",
                g.phones("HU", {"national": 0.5, "intl": 0.3, "e164": 0.2}, 0.8, 0.05),
            ),
            c(
                "email_cim",
                "email",
                "VARCHAR",
                [v.email_of(g, r[0], r[1], v.MAIL_HU) if g.rnd.random() < 0.6 else None for r in rows],
            ),
            c(
                "meghatalmazott_neve",
                "person_name",
                "VARCHAR",
                _where(deputy, lambda: "{1} {0}".format(*v.person(g, "hu"))),
                HEAVY,
                ROLE,
            ),
            c("meghatalmazott_szig_szam", "national_id", "VARCHAR", _where(deputy, lambda: g.code("999999AA")), HEAVY),
            c("kulcs_szam", N, "VARCHAR", g.col(lambda: g.code("K-99999")), "decoy", CREDENTIAL),
            c("berleti_dij_ft", N, "INTEGER", g.col(g.pick([24_000, 36_000, 52_000])), "decoy", FIN),
            c("terhelendo_szamla", "iban", "VARCHAR", g.col(lambda: v.iban(g, "HU", g.rnd.random() < 0.5), 0.2)),
            c("szerzodes_kezdete", N, "DATE", g.days("2008-01-01", "2025-11-30"), "decoy", EVENT),
            c("utolso_latogatas", N, "TIMESTAMP", g.moments("2024-01-01", "2025-12-15", 0.15), "decoy", EVENT),
            c("ugyintezo", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
            c("megjegyzes", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nincs", "-/-")), NULLWORD),
            c("mezo_1", "phone", "VARCHAR", g.phones("HU", {"national": 1.0}, 0.7, 0.8), HEAVY, OPAQUE),
            c("mezo_2", N, "VARCHAR", g.col(g.pick(["ALAP", "PRÉMIUM", "NYUGDÍJAS"])), "decoy", OPAQUE),
        ],
    )


# -- Romania: a bank branch's mortgage applications --------------------------------------------------------------------


def ro_mortgage_applications(g: Gen) -> Table:
    """A Cluj-Napoca bank branch's mortgage applications (Romanian, snake case): the adviser (few), the applicant's
    names, CNP (encoding the birth date, sex and county), identity card series and number, birth date and birthplace,
    address, town, county (``none``), postcode, phone, e-mail, the employer and its CUI (``none``), income, the
    salary IBAN, the co-debtor's name and CNP and the guarantor's name and phone (mostly NULL), the property being
    bought (``premises``), amounts, the credit-bureau score, notes, ``camp_1`` (the spouse's name) and ``camp_2``."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "ro", female)
        born = g.birth(1958, 2003)
        town = g.rnd.choice(v.RO_TOWNS)
        rows.append((a, b, born, female, town))
    advisers = _staff(g, 5, lambda x: "{} {}".format(*v.person(x, "ro")))
    co = _mask(g, 0.4)
    gu = _mask(g, 0.15)
    employers = [
        ("Emerson SRL", v.ro_cui(g)),
        ("Bosch Rexroth SRL", v.ro_cui(g)),
        ("Spitalul Județean Cluj", v.ro_cui(g)),
        ("Endava Romania", v.ro_cui(g)),
        ("Primăria Cluj-Napoca", v.ro_cui(g)),
        ("Farmec SA", v.ro_cui(g)),
    ]
    emp = [g.rnd.choice(employers) for _ in range(g.rows)]

    def co_cnp() -> str:
        female = g.rnd.random() < 0.5
        return v.ro_cnp(g, g.birth(1958, 2003), female, g.rnd.choice(v.RO_TOWNS)[2])

    def note() -> str:
        a, b = rows[g.rnd.randrange(g.rows)][:2]
        return g.rnd.choice(
            [
                f"Avans din donație de la părinți ({v.whole(g, 'ro')})",
                "Evaluare imobil programată",
                f"Clientul {b} {a} solicită refinanțare ulterior",
                "Adeverință venit expirată",
            ]
        )

    return Table(
        "ipoteca_cluj.cereri_credit",
        "ro",
        "snake",
        [
            c("id_cerere", N, "BIGINT", g.keys(31_001), "decoy", KEY),
            c(
                "nr_dosar",
                N,
                "VARCHAR",
                g.col(lambda: f"IPO/{g.rnd.randint(2024, 2025)}/{g.digits(5)}"),
                "decoy",
                SHAPE,
            ),
            c("data_cerere", N, "DATE", g.days("2024-06-01", "2025-12-10"), "decoy", EVENT),
            c("consilier", "person_name", "VARCHAR", g.col(g.pick(advisers)), STAFF),
            c("nume", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("prenume", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("cnp", "national_id", "VARCHAR", [v.ro_cnp(g, r[2], r[3], r[4][2]) for r in rows]),
            c(
                "serie_nr_ci",
                "national_id",
                "VARCHAR",
                g.col(lambda: f"{g.rnd.choice(['CJ', 'KX', 'BN', 'SJ', 'MS'])} {g.digits(6)}", 0.05),
            ),
            c("data_nasterii", "date_of_birth", "DATE", [r[2] for r in rows]),
            c("loc_nasterii", "city", "VARCHAR", [r[4][0] for r in rows]),
            c("adresa_domiciliu", "street_address", "VARCHAR", g.col(lambda: v.ro_street(g))),
            c("localitate", "city", "VARCHAR", [r[4][0] for r in rows]),
            c("judet", N, "VARCHAR", [r[4][1] for r in rows], "decoy"),
            c("cod_postal", "postal_code", "VARCHAR", [f"{r[4][3]}{g.digits(3)}" for r in rows]),
            c("telefon_mobil", "phone", "VARCHAR", g.phones("RO", {"national": 0.6, "e164": 0.2, "digits": 0.2})),
            c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.MAIL_RO) for r in rows]),
            c("angajator", N, "VARCHAR", [e[0] for e in emp], "business", EMPLOYER),
            c("cui_angajator", N, "VARCHAR", [e[1] for e in emp], "business", EMPLOYER, CHECK),
            c("venit_net_lunar", N, "DECIMAL(10,2)", g.amounts(3_200, 22_000), "decoy", FIN),
            c("iban_salariu", "iban", "VARCHAR", g.col(lambda: v.iban(g, "RO", g.rnd.random() < 0.3), 0.1)),
            c("codebitor_nume", "person_name", "VARCHAR", _where(co, lambda: v.whole(g, "ro")), HEAVY, ROLE),
            c("codebitor_cnp", "national_id", "VARCHAR", _where(co, co_cnp), HEAVY),
            c("girant_nume", "person_name", "VARCHAR", _where(gu, lambda: v.whole(g, "ro")), HEAVY, ROLE),
            c("girant_telefon", "phone", "VARCHAR", _where(gu, lambda: g.phone("RO", "national")), HEAVY),
            c("adresa_imobil", "street_address", "VARCHAR", g.col(lambda: v.ro_street(g), 0.1), PREMISES),
            c("valoare_imobil_eur", N, "DECIMAL(12,2)", g.amounts(70_000, 260_000), "decoy", FIN),
            c("suma_solicitata_eur", N, "DECIMAL(12,2)", g.amounts(50_000, 220_000), "decoy", FIN),
            c("dobanda_ircc", N, "DOUBLE", g.floats(5.2, 8.4, 2), "decoy", FIN),
            c("scor_fico_bc", N, "INTEGER", g.ints(300, 850, 0.05), "decoy", FIN),
            c("observatii", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("nu are", "lipsa")), NULLWORD),
            c("camp_1", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ro"), 0.55), HEAVY, OPAQUE),
            c("camp_2", N, "VARCHAR", g.col(g.pick(["NOUA_CASA", "STANDARD", "VERDE"])), "decoy", OPAQUE),
        ],
    )


# -- Indonesia: a rural bank's group-lending microfinance --------------------------------------------------------------


def id_group_lending(g: Gen) -> Table:
    """A Central Java rural bank's (BPR) group-lending microfinance borrowers (Indonesian, snake case): the borrower
    and loan numbers, the group (named after a flower: ``none``) and its leader (a borrower: ``person_name``), the
    borrower's name as the KTP prints it, NIK (encoding the region, birth date and sex), birthplace and date, the
    mother's maiden name and the spouse, address, village (``city``), regency (``none``), postcode, phone, NPWP
    (mostly NULL), the business, the loan's terms, the field officer (few), visit notes and the stall's
    coordinates (``none``)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.9
        born = g.birth(1962, 2004)
        village = g.rnd.choice(v.ID_VILLAGES)
        rows.append((v.id_name(g, female), born, female, village))
    groups = [f"Kelompok {g.rnd.choice(['Mawar', 'Melati', 'Kenanga', 'Anggrek', 'Dahlia'])} {i}" for i in range(1, 60)]
    group = [g.rnd.randrange(len(groups)) for _ in range(g.rows)]
    leaders = {i: v.id_name(g, True) for i in range(len(groups))}
    officers = _staff(g, 6, lambda x: v.id_name(x, x.rnd.random() < 0.4).title())

    def note() -> str:
        name = g.rnd.choice(rows)[0].title()
        return g.rnd.choice(
            [
                f"Bu {name} izin, angsuran dititipkan ke ketua",
                "Usaha lancar, stok bertambah",
                f"Suami {name} sakit, minta penjadwalan",
                "Pertemuan mingguan hadir semua",
                f"Tanggung renteng, ditalangi {v.id_name(g).title()}",
            ]
        )

    return Table(
        "bpr_mikro.anggota_kelompok",
        "id",
        "snake",
        [
            c("id_nasabah", N, "BIGINT", g.keys(880_001), "decoy", KEY),
            c("no_rekening_pinjaman", N, "VARCHAR", g.col(lambda: f"03.{g.digits(2)}.{g.digits(6)}"), "decoy", KEY),
            c("kode_kelompok", N, "VARCHAR", [f"KLP-{i:03d}" for i in group], "decoy"),
            c("nama_kelompok", N, "VARCHAR", [groups[i] for i in group], "decoy", MISLEADING),
            c("ketua_kelompok", "person_name", "VARCHAR", [leaders[i] for i in group], ROLE),
            c("nama_lengkap", "person_name", "VARCHAR", [r[0] for r in rows]),
            c("nik", "national_id", "VARCHAR", [v.id_nik(g, r[1], r[2], r[3][2]) for r in rows]),
            c(
                "tempat_lahir",
                "city",
                "VARCHAR",
                g.col(
                    lambda: g.rnd.choice(
                        ["Klaten", "Boyolali", "Sukoharjo", "Wonogiri", "Surakarta", "Banyumas", "Purwokerto"]
                    )
                ),
            ),
            c("tanggal_lahir", "date_of_birth", "DATE", [r[1] for r in rows]),
            c("jenis_kelamin", N, "VARCHAR", ["P" if r[2] else "L" for r in rows], "decoy"),
            c("nama_ibu_kandung", "person_name", "VARCHAR", g.col(lambda: v.id_name(g, True)), PARENT),
            c("nama_suami_istri", "person_name", "VARCHAR", g.col(lambda: v.id_name(g), 0.25), ROLE),
            c("alamat", "street_address", "VARCHAR", g.col(lambda: v.id_street(g))),
            c("desa_kelurahan", "city", "VARCHAR", [r[3][0] for r in rows]),
            c("kabupaten", N, "VARCHAR", [r[3][1] for r in rows], "decoy"),
            c("kode_pos", "postal_code", "VARCHAR", [r[3][3] for r in rows]),
            c("no_hp", "phone", "VARCHAR", g.phones("ID", {"national": 0.3, "digits": 0.5, "e164": 0.2}, 1.0, 0.15)),
            c("npwp", "national_id", "VARCHAR", g.col(lambda: v.id_npwp(g), 0.88), HEAVY),
            c(
                "jenis_usaha",
                N,
                "VARCHAR",
                g.col(g.pick(["warung kelontong", "jualan sayur", "gorengan", "jahit", "ternak ayam", "batik tulis"])),
                "decoy",
            ),
            c(
                "plafon",
                N,
                "INTEGER",
                g.col(g.pick([2_000_000, 3_000_000, 5_000_000, 7_500_000, 10_000_000])),
                "decoy",
                FIN,
            ),
            c("tenor_minggu", N, "INTEGER", g.col(g.pick([25, 50])), "decoy", FIN),
            c("angsuran_mingguan", N, "INTEGER", g.ints(50_000, 250_000), "decoy", FIN),
            c("suku_bunga_pa", N, "DOUBLE", g.floats(18, 24, 1), "decoy", FIN),
            c("tanggal_pencairan", N, "DATE", g.days("2024-09-01", "2025-12-01"), "decoy", EVENT),
            c("kolektibilitas", N, "INTEGER", g.col(g.pick([1, 1, 1, 1, 2, 3, 5])), "decoy"),
            c("petugas_lapangan", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
            c("catatan_kunjungan", "free_text", "VARCHAR", g.sparse(note, 0.5, ("", "-", "tidak ada"))),
            c(
                "koordinat_usaha",
                N,
                "VARCHAR",
                g.col(lambda: f"{round(g.rnd.uniform(-7.8, -7.5), 6)},{round(g.rnd.uniform(110.5, 110.95), 6)}", 0.2),
                "decoy",
                COORD,
            ),
            c("foto_ktp_path", N, "VARCHAR", g.col(lambda: f"ktp/{g.uuid()}.jpg"), "decoy"),
        ],
    )


# -- Vietnam: a pawnshop chain's pledge contracts ----------------------------------------------------------------------


def vn_pawn_contracts(g: Gen) -> Table:
    """A Ho Chi Minh City pawnshop chain's pledge contracts (Vietnamese, snake case): the contract and shop codes, the
    customer's full name, CCCD (the province, century and sex, the birth year), birth date and sex, the card's issue
    date (``none``), the permanent address (``street_address``), two phones, the item (a motorbike or a phone: name,
    plate, chassis number and IMEI passing Luhn, all ``none``), amounts and dates, the clerk (few), the person who
    redeemed on the customer's behalf (mostly NULL), the customer's account for payouts (``unclassified``) and bank,
    notes and the storage shelf."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        born = g.birth(1965, 2006)
        rows.append((v.vn_name(g, female), born, female, g.rnd.choice(v.VN_PLACES)))
    clerks = _staff(g, 6, lambda x: v.vn_name(x))
    bikes = [
        "Honda Wave Alpha 110",
        "Honda Air Blade 125",
        "Yamaha Exciter 155",
        "Honda Vision 110",
        "Honda SH 160i",
        "Yamaha Sirius",
    ]
    phones = ["iPhone 14 Pro Max 256GB", "iPhone 13 128GB", "Samsung Galaxy A54", "OPPO Reno8", "Xiaomi Redmi Note 12"]
    kind = g.rnd.choices(["XE_MAY", "DIEN_THOAI", "LAPTOP", "VANG"], [0.46, 0.36, 0.09, 0.09], k=g.rows)

    def item(k: str) -> str:
        if k == "XE_MAY":
            return g.rnd.choice(bikes)
        if k == "DIEN_THOAI":
            return g.rnd.choice(phones)
        if k == "LAPTOP":
            return g.rnd.choice(["MacBook Air M1", "Dell Inspiron 15", "Asus Vivobook 14"])
        return g.rnd.choice(["Nhẫn vàng 18K 2 chỉ", "Dây chuyền vàng 24K 1 lượng"])

    def imei() -> str:
        body = g.rnd.choice(["35", "86", "49"]) + g.digits(12)
        return body + v.luhn.calc_check_digit(body)

    def note() -> str:
        name = g.rnd.choice(rows)[0]
        return g.rnd.choice(
            [
                f"Khách {name} gọi xin gia hạn 10 ngày",
                "Xe trầy nhẹ yếm trái",
                f"Vợ là {v.vn_name(g, True)} đến đóng lãi",
                "Giấy tờ xe chính chủ",
            ]
        )

    return Table(
        "camdo_sg.hop_dong_cam_do",
        "vi",
        "snake",
        [
            c("ma_hop_dong", N, "VARCHAR", g.col(lambda: f"HD{g.digits(8)}"), "decoy", KEY),
            c("ma_cua_hang", N, "VARCHAR", g.col(g.pick(["CH01-GV", "CH02-BT", "CH05-TD", "CH07-DA"])), "decoy"),
            c("ho_ten_khach", "person_name", "VARCHAR", [r[0] for r in rows]),
            c(
                "so_cccd",
                "national_id",
                "VARCHAR",
                [v.vn_cccd(g, r[1], r[2], g.rnd.choice(v.VN_ORIGIN + ["079"])) for r in rows],
            ),
            c("ngay_sinh", "date_of_birth", "DATE", [r[1] for r in rows]),
            c("gioi_tinh", N, "VARCHAR", ["Nữ" if r[2] else "Nam" for r in rows], "decoy"),
            c("ngay_cap_cccd", N, "DATE", g.days("2021-01-01", "2025-10-01"), "decoy", EVENT),
            c("dia_chi_thuong_tru", "street_address", "VARCHAR", [v.vn_street(g, r[3][0], r[3][1]) for r in rows]),
            c("so_dien_thoai", "phone", "VARCHAR", g.phones("VN", {"national": 0.5, "digits": 0.4, "intl": 0.1})),
            c("so_dien_thoai_2", "phone", "VARCHAR", g.phones("VN", {"digits": 1.0}, 1.0, 0.75), HEAVY),
            c("loai_tai_san", N, "VARCHAR", kind, "decoy"),
            c("ten_tai_san", N, "VARCHAR", [item(k) for k in kind], "decoy", PRODUCT),
            c(
                "bien_so_xe",
                N,
                "VARCHAR",
                [
                    f"{g.rnd.choice(['59', '50', '61', '60'])}-{g.code('A9')} {g.digits(3)}.{g.digits(2)}"
                    if k == "XE_MAY"
                    else None
                    for k in kind
                ],
                "decoy",
                VEHICLE,
            ),
            c(
                "so_khung",
                N,
                "VARCHAR",
                [g.code("RLHJA99ZZZZ999999") if k == "XE_MAY" else None for k in kind],
                "decoy",
                VEHICLE,
                SHAPE,
            ),
            c("so_imei", N, "VARCHAR", [imei() if k == "DIEN_THOAI" else None for k in kind], "decoy", CHECK, SHAPE),
            c("gia_tri_dinh_gia", N, "BIGINT", [g.rnd.randint(20, 900) * 100_000 for _ in range(g.rows)], "decoy", FIN),
            c("so_tien_cam", N, "BIGINT", [g.rnd.randint(10, 600) * 100_000 for _ in range(g.rows)], "decoy", FIN),
            c("lai_suat_thang", N, "DOUBLE", g.floats(1.5, 3.0, 2), "decoy", FIN),
            c("ngay_cam", N, "DATE", g.days("2025-05-01", "2025-12-10"), "decoy", EVENT),
            c("ngay_den_han", N, "DATE", g.days("2025-06-01", "2026-03-10"), "decoy", EVENT),
            c(
                "trang_thai",
                N,
                "VARCHAR",
                g.col(g.pick(["DANG_CAM", "DANG_CAM", "DA_CHUOC", "THANH_LY", "QUA_HAN"])),
                "decoy",
            ),
            c("nhan_vien", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
            c("nguoi_chuoc_ho", "person_name", "VARCHAR", g.col(lambda: v.vn_name(g), 0.86), HEAVY, ROLE),
            c(
                "so_tai_khoan_nhan",
                USERNAME,
                "VARCHAR",
                g.col(lambda: g.digits(g.rnd.choice([10, 12, 13, 14])), 0.6),
                BANK,
            ),
            c(
                "ngan_hang",
                N,
                "VARCHAR",
                g.col(g.pick(["Vietcombank", "Techcombank", "MB Bank", "ACB", "Sacombank"]), 0.6),
                "business",
            ),
            c("ghi_chu", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("không", "không có")), NULLWORD),
            c("vi_tri_kho", N, "VARCHAR", g.col(lambda: g.code("K9-A99")), "decoy"),
        ],
    )


# -- Brazil: a payroll-loan correspondent's proposals ------------------------------------------------------------------


def br_payroll_loans(g: Gen) -> Table:
    """A Recife payroll-deductible loan (consignado INSS) correspondent's proposals (Brazilian Portuguese, camel
    case): proposal and contract numbers, the correspondent and its CNPJ (``none``), the typist's login, the retiree's
    name, CPF (some ``000.000.000-00``), birth date, mother's name, RG, PIS/NIS (``ssn``), the benefit number and
    kind (``none``), address, neighbourhood and town (``city``), state (``none``), CEP, mobile, e-mail, bank, branch
    and account (``unclassified``), the Pix key (a CPF, an e-mail, a phone or a random key: ``free_text``), amounts,
    ``campoLivre1`` (a relative's phone) and ``campoLivre2`` (a campaign code) and a note."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.56
        a, b = v.person(g, "br", female)
        b = b + (" " + v.person(g, "br")[1] if g.rnd.random() < 0.4 else "")
        rows.append((a, b))
    towns = [g.rnd.choice(v.BR_TOWNS) for _ in range(g.rows)]
    typists = _logins(g, 5, "br", 1)
    correspondents = [
        ("Nordeste Promotora de Crédito Ltda", v.br_cnpj(g)),
        ("Capibaribe Consig", v.br_cnpj(g)),
        ("Agreste Correspondente Bancário", v.br_cnpj(g)),
    ]
    corr = [g.rnd.choice(correspondents) for _ in range(g.rows)]
    bairros = ["Boa Viagem", "Casa Amarela", "Várzea", "Ibura", "Candeias", "Rio Doce", "Mangabeira", "Centro"]

    def pix(i: int) -> str:
        a, b = rows[i]
        return g.rnd.choice([v.br_cpf(g), v.email_of(g, a, b, v.MAIL_BR), g.phone("BR", "e164"), g.uuid()])

    def note() -> str:
        a, b = rows[g.rnd.randrange(g.rows)]
        return g.rnd.choice(
            [
                f"Filha {v.given(g, 'br')} acompanhou a assinatura",
                "Portabilidade do Banco X",
                f"Cliente {a} {b} analfabeto, assinatura a rogo",
                "Aguardando averbação",
            ]
        )

    return Table(
        "consignado_recife.propostasContratacao",
        "pt",
        "camel",
        [
            c("idProposta", N, "BIGINT", g.keys(4_400_001), "decoy", KEY),
            c("numeroContrato", N, "VARCHAR", g.col(lambda: g.digits(12), 0.15), "decoy", SHAPE),
            c("dataProposta", N, "DATE", g.days("2025-01-01", "2025-12-10"), "decoy", EVENT),
            c("correspondente", N, "VARCHAR", [x[0] for x in corr], "business"),
            c("cnpjCorrespondente", N, "VARCHAR", [x[1] for x in corr], "business", CHECK),
            c("usuarioDigitador", USERNAME, "VARCHAR", g.col(g.pick(typists)), USER, AUDIT),
            c(
                "nomeCliente",
                "person_name",
                "VARCHAR",
                [f"{a} {b}".upper() if g.rnd.random() < 0.5 else f"{a} {b}" for a, b in rows],
            ),
            c(
                "cpfCliente",
                "national_id",
                "VARCHAR",
                _dirty(g, g.col(lambda: v.br_cpf(g, g.rnd.random() < 0.7)), 0.03, ["000.000.000-00", "00000000000"]),
                PLACEHOLDER,
            ),
            c("dataNascimento", "date_of_birth", "DATE", g.births(1940, 1968)),
            c(
                "nomeMae",
                "person_name",
                "VARCHAR",
                g.col(lambda: "{} {}".format(*v.person(g, "br", True)), 0.05),
                PARENT,
            ),
            c(
                "rgNumero",
                "national_id",
                "VARCHAR",
                g.col(lambda: f"{g.digits(1)}.{g.digits(3)}.{g.digits(3)} SDS/PE", 0.3),
            ),
            c("nisPis", "ssn", "VARCHAR", g.col(lambda: v.br_pis(g), 0.55), HEAVY),
            c(
                "numeroBeneficio",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.digits(3)}.{g.digits(3)}.{g.digits(3)}-{g.digits(1)}"),
                "decoy",
                SHAPE,
            ),
            c(
                "especieBeneficio",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "41 - Aposentadoria por idade",
                            "42 - Aposentadoria por tempo de contribuição",
                            "21 - Pensão por morte",
                        ]
                    )
                ),
                "decoy",
            ),
            c("endereco", "street_address", "VARCHAR", g.col(lambda: v.br_street(g))),
            c("bairro", "city", "VARCHAR", g.col(g.pick(bairros))),
            c("cidade", "city", "VARCHAR", [t[0] for t in towns]),
            c("uf", N, "VARCHAR", [t[1] for t in towns], "decoy"),
            c("cep", "postal_code", "VARCHAR", [v.br_cep(g, t[2]) for t in towns]),
            c("celular", "phone", "VARCHAR", g.phones("BR", {"national": 0.7, "digits": 0.2, "e164": 0.1}, 0.9, 0.05)),
            c(
                "email",
                "email",
                "VARCHAR",
                g.sparse(
                    lambda: v.email_of(g, *rows[g.rnd.randrange(g.rows)], v.MAIL_BR),
                    0.55,
                    ("não informado", "sem e-mail", "NAO POSSUI", ""),
                ),
            ),
            c("banco", N, "VARCHAR", g.col(g.pick(["001", "104", "237", "341", "033"])), "decoy"),
            c("agencia", N, "VARCHAR", g.col(lambda: g.digits(4)), "decoy"),
            c(
                "contaCorrente",
                USERNAME,
                "VARCHAR",
                g.col(lambda: f"{g.digits(g.rnd.randint(5, 8))}-{g.digits(1)}"),
                BANK,
            ),
            c(
                "chavePix",
                "free_text",
                "VARCHAR",
                [pix(i) if g.rnd.random() < 0.55 else None for i in range(g.rows)],
                MIXED,
            ),
            c("valorLiberado", N, "DECIMAL(10,2)", g.amounts(800, 45_000), "decoy", FIN),
            c("valorParcela", N, "DECIMAL(10,2)", g.amounts(40, 1_200), "decoy", FIN),
            c("prazoMeses", N, "INTEGER", g.col(g.pick([48, 72, 84])), "decoy", FIN),
            c("taxaMensal", N, "DOUBLE", g.floats(1.4, 1.8, 2), "decoy", FIN),
            c(
                "statusProposta",
                N,
                "VARCHAR",
                g.col(g.pick(["PAGO", "PAGO", "EM_ANALISE", "CANCELADO", "PENDENTE"])),
                "decoy",
            ),
            c("campoLivre1", "phone", "VARCHAR", g.phones("BR", {"national": 1.0}, 0.9, 0.7), HEAVY, OPAQUE),
            c("campoLivre2", N, "VARCHAR", g.col(g.pick(["CAMP-INSS-13", "INDIC-BALCAO", "PORTAB"])), "decoy", OPAQUE),
            c("observacao", "free_text", "VARCHAR", g.col(note, 0.6)),
        ],
    )


# -- Turkey: a participation bank branch's consumer-finance applications -----------------------------------------------


def tr_consumer_finance(g: Gen) -> Table:
    """A Bursa participation bank branch's consumer-finance applications with guarantors (Turkish, snake case):
    application and customer numbers, the branch, the applicant's given and family names, T.C. kimlik no, birth date
    and birthplace, mother's and father's given names (``first_name``), mobile and home phones, e-mail, address,
    district (``city``), province (``none``), postcode, the workplace's name, VKN and phone (``none``), income, the
    KKB score, the amount, term and profit rate, the IBAN, the guarantor (name, T.C. kimlik no, phone: mostly NULL),
    the relationship manager (few), the user code and a note."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.42
        rows.append(v.person(g, "tr", female))
    places = [g.rnd.choice(v.TR_DISTRICTS) for _ in range(g.rows)]
    managers = _staff(g, 5, lambda x: v.whole(x, "tr"))
    users = _staff(g, 4, lambda x: f"U{x.digits(5)}")
    gu = _mask(g, 0.38)
    works = [
        ("Oyak Renault Otomobil Fabrikaları", v.tr_vkn(g), g.phone("TR", "national", False)),
        ("Bursa Büyükşehir Belediyesi", v.tr_vkn(g), g.phone("TR", "national", False)),
        ("Karaca Tekstil San. Tic. Ltd. Şti.", v.tr_vkn(g), g.phone("TR", "national", False)),
        ("Nilüfer Devlet Hastanesi", v.tr_vkn(g), g.phone("TR", "national", False)),
        ("Uludağ Otomotiv Yan Sanayi A.Ş.", v.tr_vkn(g), g.phone("TR", "national", False)),
    ]
    work = [g.rnd.choice(works) for _ in range(g.rows)]

    def note() -> str:
        a, b = g.rnd.choice(rows)
        return g.rnd.choice(
            [
                f"Kefil {v.whole(g, 'tr')} şubeye gelip imzaladı",
                "Maaş bordrosu eksik",
                f"{a} {b} ikinci el araç için finansman istiyor",
                "Adres teyidi yapıldı",
            ]
        )

    return Table(
        "katilim_bursa.bireysel_finansman_basvuru",
        "tr",
        "snake",
        [
            c("basvuru_no", N, "BIGINT", g.keys(16_000_001), "decoy", KEY),
            c("basvuru_tarihi", N, "DATE", g.days("2025-01-01", "2025-12-10"), "decoy", EVENT),
            c("musteri_no", N, "BIGINT", g.ints(1_000_000, 9_999_999), "decoy", KEY),
            c(
                "sube_adi",
                N,
                "VARCHAR",
                g.col(g.pick(["Nilüfer Şubesi", "Osmangazi Şubesi", "İnegöl Şubesi"])),
                "business",
            ),
            c("ad", "first_name", "VARCHAR", [a for a, _ in rows]),
            c("soyad", "last_name", "VARCHAR", [b for _, b in rows]),
            c("tckn", "national_id", "VARCHAR", g.col(lambda: v.tr_tckn(g))),
            c("dogum_tarihi", "date_of_birth", "DATE", g.births(1960, 2005)),
            c("dogum_yeri", "city", "VARCHAR", g.col(g.pick(v.TR_CITIES_BIRTH))),
            c("anne_adi", "first_name", "VARCHAR", g.col(lambda: v.person(g, "tr", True)[0]), PARENT),
            c("baba_adi", "first_name", "VARCHAR", g.col(lambda: v.person(g, "tr", False)[0]), PARENT),
            c("cep_telefonu", "phone", "VARCHAR", g.phones("TR", {"national": 0.5, "digits": 0.3, "e164": 0.2})),
            c("ev_telefonu", "phone", "VARCHAR", g.phones("TR", {"national": 1.0}, 0.0, 0.65), HEAVY),
            c(
                "e_posta",
                "email",
                "VARCHAR",
                [v.email_of(g, a, b, v.MAIL_TR) if g.rnd.random() < 0.65 else None for a, b in rows],
            ),
            c("ev_adresi", "street_address", "VARCHAR", g.col(lambda: v.tr_street(g))),
            c("ilce", "city", "VARCHAR", [p[0] for p in places]),
            c("il", N, "VARCHAR", [p[1] for p in places], "decoy"),
            c("posta_kodu", "postal_code", "VARCHAR", [f"{p[2]}{g.digits(2)}" for p in places]),
            c("isyeri_unvani", N, "VARCHAR", [w[0] for w in work], "business", EMPLOYER),
            c("isyeri_vkn", N, "VARCHAR", [w[1] for w in work], "business", EMPLOYER, CHECK),
            c("isyeri_telefonu", N, "VARCHAR", [w[2] for w in work], "business", EMPLOYER),
            c("aylik_net_gelir", N, "DECIMAL(12,2)", g.amounts(22_000, 150_000), "decoy", FIN),
            c("kkb_skoru", N, "INTEGER", g.ints(900, 1_900), "decoy", FIN),
            c("talep_tutari", N, "DECIMAL(12,2)", g.amounts(50_000, 1_500_000), "decoy", FIN),
            c("vade_ay", N, "INTEGER", g.col(g.pick([12, 24, 36, 48])), "decoy", FIN),
            c("kar_payi_orani", N, "DOUBLE", g.floats(2.6, 4.2, 2), "decoy", FIN),
            c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "TR", g.rnd.random() < 0.6), 0.1)),
            c("kefil_ad_soyad", "person_name", "VARCHAR", _where(gu, lambda: v.whole(g, "tr")), HEAVY, ROLE),
            c("kefil_tckn", "national_id", "VARCHAR", _where(gu, lambda: v.tr_tckn(g)), HEAVY),
            c("kefil_telefon", "phone", "VARCHAR", _where(gu, lambda: g.phone("TR", "national")), HEAVY),
            c("musteri_temsilcisi", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF),
            c("kullanici_kodu", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, AUDIT),
            c("aciklama", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("yok", "belirtilmemiş")), NULLWORD),
        ],
    )


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (uk_kyc_onboarding, 900),
    (fl_consumer_loans, 800),
    (on_mortgage_applications, 560),
    (tx_bureau_inquiries, 1_000),
    (fl_pawn_pledges, 700),
    (uk_remittances, 1_000),
    (or_credit_union_members, 850),
    (az_debt_leads, 900),
    (au_youth_savings, 480),
    (hu_safe_deposit, 360),
    (ro_mortgage_applications, 520),
    (id_group_lending, 800),
    (vn_pawn_contracts, 700),
    (br_payroll_loans, 640),
    (tr_consumer_finance, 600),
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
