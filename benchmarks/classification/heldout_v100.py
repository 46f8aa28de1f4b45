"""Held-out set v100 for the column classifier: 15 tables of *fraud, anti-money-laundering, sanctions screening and
trust and safety investigations* (a KYC refresh queue, suspicious activity and transaction reports, chargeback
disputes, account takeover cases, marketplace seller verification, an insurer's fraud referrals, content moderation
appeals, a whistleblower hotline, PEP and sanctions screening hits and scam reports), one system per table and each a
different organisation, eight with English column names and seven in other languages:

* ``kycrefresh.customer_review_queue``: a north Texas community bank's KYC refresh queue (snake case, SSN, case
  references shaped like SSNs failing the check, employers' names and phones, ``misc_1``);
* ``StrFiling.SuspiciousTransactionReports``: a Winnipeg credit union's STRs to FINTRAC (Pascal case, SIN, member
  numbers failing Luhn, a beneficiary, ``Udf2``);
* ``chargebackOps.disputeCases``: a Leeds card acquirer's chargebacks (camel case, card numbers, order numbers failing
  Luhn, acquirer reference numbers, merchants' names and phones, cardholder IPs);
* ``ATO_CASES.ACCOUNT_TAKEOVER_EVENTS``: a western Sydney telco's account takeover and SIM swap cases (SCREAMING
  case, TFN, account numbers failing the TFN check, logins, ICCIDs, device hashes, ``CUSTOM_FIELD_3``);
* ``mktplc_sellers.slr_kyc_vrf``: a Jaipur marketplace's seller verification (abbreviated: ``cust_fnm``, ``ctc_ph``,
  ``addr_ln1``; PAN, Aadhaar, GSTIN, IFSC, form numbers failing the Verhoeff check, air waybills);
* ``SIUFRAUD.SIU_REFERRAL_EXTRACT``: a Johannesburg insurer's SIU referral COBOL extract (legacy: padded CHAR,
  ``YYYYMMDD`` integers, South African ID numbers, claim numbers failing Luhn, phones as numbers, ``SIU-USER-FLD-3``);
* ``stg_tns.raw_appeal_ingest``: an Auckland marketplace's trust and safety appeals as an opaque staging table
  (``col01`` to ``col18``: handles, names, IRD numbers, IPs, appeal texts, hashes);
* ``ethics_line.hotline_reports``: a Lagos bank's whistleblower hotline (snake case, pseudonymous tracking codes beside
  named reporters, accused employees, branches' phones);
* ``gwg_meldewesen.verdachtsmeldungen``: a Frankfurt private bank's suspicious activity reports (German; Steuer-ID,
  identity card numbers, IBANs, Handelsregister numbers);
* ``LCBFT01.PPEPSCP``: a Lyon bank's PEP and sanctions screening hits on an AS/400 (French, legacy: ``PP`` prefix,
  ``CYYMMDD`` decimals, NIR, IBAN, phone and postcode as decimals, the listed person's name, SIREN, ``PPUDF3``);
* ``siu_fraude.derivaciones``: a Madrid insurer's fraud referrals (Spanish; DNI/NIE, claim numbers failing the DNI
  check, IBAN, plates, repair shops' CIF and phones, ``campo_libre_3``);
* ``weryfikacjaSprzedawcow.sprzedawcyKyc``: a Poznań marketplace's seller verification (Polish, camel case; PESEL,
  identity card numbers, IBAN, companies' NIP and REGON, ticket numbers failing the PESEL check);
* ``dolandiricilik.HesapEleGecirmeVakalari``: an Istanbul e-wallet's account takeover cases (Turkish, Pascal case;
  TC Kimlik, wallet numbers failing its check, IBANs, merchants' VKN);
* ``elegxos_kyroseon.ευρήματα_ελέγχου``: a Thessaloniki cooperative bank's screening hits (Greek column names and
  values; AMKA, AFM, identity card numbers, IBAN, customer numbers failing the AMKA check);
* ``vertrouwen_veiligheid.bezwaren_en_meldingen``: a Rotterdam classifieds platform's scam reports and moderation
  appeals (Dutch; handles, counterparties' names, IBANs and phones, report numbers failing the BSN check,
  ``vrij_veld_2``).

Written **blind**, like v2 to v98: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v27 and v98 (their
modules, their tests and ``tests/heldout_support.py``), the module docstrings of v24 to v98 (to avoid their domains)
and the ``Column``/``Table`` classes and writer of v2 and v4. The classifier was not run on this set while it was
written, no scorer was run on it, and no score was looked at. It was written under a short deadline (30 minutes, the
tests and lint included), so some labels are quick decisions rather than settled conventions.

Labeling choices a reader may question:

* a US SSN, a Canadian SIN, a French NIR and a Greek AMKA are ``ssn``; an Australian TFN, PAN, Aadhaar, a New
  Zealand IRD number, a South African ID number, Steuer-ID, German and Polish identity card numbers, DNI/NIE, PESEL,
  TC Kimlik, a Greek AFM and a Greek identity card number are ``national_id`` (TFN, IRD and AFM are tax numbers);
* case, claim, policy, member, wallet, order, report and ticket numbers, acquirer reference numbers, ICCIDs, VINs,
  IFSCs, air waybills, plates and device ids are ``none`` (tag ``decoy``, ``value_shape`` when shaped like an
  identifier); a car's number plate is ``none`` (no kind fits it; it points at a vehicle); the hotline's anonymous
  tracking codes are ``none`` (tag ``pseudonym``);
* GSTIN, SIREN, CIF, NIP, REGON, VKN and Handelsregister numbers are ``none`` (tag ``business``), as are employers',
  merchants', branches', repair shops' and panel beaters' names and phones, a marketplace shop's name and a port-out
  carrier;
* analysts, compliance officers, investigators, case handlers, loss adjusters, moderators and verifiers are staff
  (``person_name``, tag ``staff``); a subject, a beneficiary, a claimant, a reporter, an accused employee, a
  counterparty, a father's name (``πατρώνυμο``, ``first_name``) and a recipient are personal (tag ``role_word``), and
  so are a counterparty's or recipient's IBAN;
* the name of a sanctions or PEP list entry matched against a customer (``PPNOML``, ``όνομα_στη_λίστα``) is
  ``person_name`` (tag ``watchlist``): it names a person, although a public list publishes it;
* logins and marketplace handles are ``unclassified`` (tag ``username``); opaque custom fields holding, by row, a
  phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); appeal texts, narratives and allegations that
  name people are ``free_text``;
* a place of birth (``geburtsort``) is ``city``; a Turkish ilçe is ``city``; a county, a state, a province and a
  list name are ``none``; the claimant's initials (``SIU-CLMT-INITS``) are ``none`` (tag ``decoy``: one letter);
* numeric dates of birth (``YYYYMMDD``, ``CYYMMDD``) and text dates of birth are ``date_of_birth``; refresh, loss,
  alert, report and transaction dates are ``none``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v100_values`, written for v100 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v100 [PATH]`` (default ``/tmp/heldout_v100.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v100``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v100_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v100_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v100.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # analysts, investigators, moderators, case handlers (few distinct)
ROLE = "role_word"  # a role word (subject, beneficiary, claimant, reporter, accused, director ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
PSEUDO = "pseudonym"  # a hotline's or platform's pseudonymous code for a person (none)
WATCH = "watchlist"  # a sanctions or PEP list entry's name (a person named on a public list)


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
            return v.email_of(g, *v.person(g, lang), v.DOMAINS[lang])
        return v.whole(g, lang)
    return g.col(one, null)


def _pad(values: list, width: int) -> list:
    return [None if x is None else f"{str(x)[:width]:<{width}}" for x in values]


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _cyymmdd(d: date | None) -> int:
    return 0 if d is None else (d.year // 100 - 19) * 1_000_000 + (d.year % 100) * 10_000 + d.month * 100 + d.day


# -- English-named tables ----------------------------------------------------------------------------------------------


def us_kyc_refresh(g: Gen) -> Table:
    """A north Texas community bank's periodic KYC refresh queue (snake case)."""
    pairs = [v.person(g) for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 6, "us")
    employers = [("Lone Star Pipe & Valve", g.phone("US", "national", False)),
                 ("Collin County ISD", g.phone("US", "national", False)),
                 ("Bluebonnet Dental Group", g.phone("US", "national", False)), (None, None)]
    emp = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Customer says cash deposits are from brother {v.given(g)}'s food truck",
                             "Refreshed ID on file, no changes", f"Joint owner {v.whole(g)} refused to provide SOF",
                             "Occupation updated to retired", "Returned mail, address unverified"])

    return Table("kycrefresh.customer_review_queue", "en", "snake", [
        c("review_id", N, "BIGINT", g.keys(410_001), "decoy", KEY),
        c("cif_number", N, "VARCHAR", g.col(lambda: g.code("C99999999")), "decoy", KEY),
        c("case_ref", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE),
        c("risk_rating", N, "VARCHAR", g.col(g.pick(["Low", "Medium", "High", "Prohibited"])), "decoy"),
        c("first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("birth_date", "date_of_birth", "DATE", g.births(1938, 2006)),
        c("tax_id", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.6), 0.1)),
        c("street_addr", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.US_STREETS), 0.03)),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("county", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("state", N, "VARCHAR", ["TX"] * g.rows, "decoy"),
        c("zip_code", "postal_code", "VARCHAR", [p[2] + g.digits(2) for p in places]),
        c("primary_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.8,
                                                       0.05)),
        c("email_address", "email", "VARCHAR", [None if g.rnd.random() < 0.35 else
                                                v.email_of(g, a, b, v.DOMAINS["us"]) for a, b in pairs]),
        c("employer_name", N, "VARCHAR", [employers[i][0] for i in emp], "business"),
        c("employer_phone", N, "VARCHAR", [employers[i][1] for i in emp], "business"),
        c("naics_code", N, "VARCHAR", g.col(g.pick(["722511", "541110", "238220", "611110", "621210"])), "decoy"),
        c("expected_monthly_cash", N, "DECIMAL(12,2)", g.amounts(0, 45_000), "decoy"),
        c("pep_flag", N, "BOOLEAN", g.yn(True, False, 0.02), "decoy"),
        c("last_refresh_dt", N, "DATE", g.days("2019-01-01", "2024-12-31"), "decoy"),
        c("analyst", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "US", "us"), CUSTOM),
        c("refresh_notes", "free_text", "VARCHAR", g.sparse(note, 0.75, _words()), NULLWORD),
    ])


def ca_str_reports(g: Gen) -> Table:
    """A Winnipeg credit union's suspicious transaction reports to FINTRAC (Pascal case)."""
    pairs = [v.person(g, "ca") for _ in range(g.rows)]
    places = [g.rnd.choice(v.CA_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "ca")
    branch_phone = g.phone("CA", "national", False)

    def narrative() -> str:
        return g.rnd.choice([f"Member structured cash below $10K over 6 days; third party {v.whole(g, 'ca')} present",
                             "Rapid in/out e-transfers to crypto exchange", "Member could not explain wire source",
                             f"Funds sent to {v.whole(g, 'ca')} via 14 e-transfers the same day"])

    return Table("StrFiling.SuspiciousTransactionReports", "en", "pascal", [
        c("StrId", N, "BIGINT", g.keys(77_001), "decoy", KEY),
        c("FintracRef", N, "VARCHAR", g.col(lambda: g.code("STR-2025-9999999")), "decoy", SHAPE),
        c("MemberNumber", N, "VARCHAR", g.col(lambda: v.luhn_decoy(g, 9, "7")), "decoy", SHAPE),
        c("SubjectGivenName", "first_name", "VARCHAR", [a for a, _ in pairs], ROLE),
        c("SubjectSurname", "last_name", "VARCHAR", [b for _, b in pairs], ROLE),
        c("SubjectDob", "date_of_birth", "DATE", g.births(1945, 2005)),
        c("SubjectSin", "ssn", "VARCHAR", g.col(lambda: v.ca_sin(g), 0.55), HEAVY),
        c("SubjectAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca"), 0.05)),
        c("SubjectCity", "city", "VARCHAR", [p[0] for p in places]),
        c("SubjectProvince", N, "VARCHAR", ["SK" if p[1].startswith("S") else "MB" for p in places], "decoy"),
        c("SubjectPostalCode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9A9')}" for p in places]),
        c("SubjectPhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.6, "dashes": 0.2, "e164": 0.2}, 0.7,
                                                       0.1)),
        c("SubjectOccupation", N, "VARCHAR", g.col(g.pick(["Trucker", "Student", "Self-employed", "Farmer", "Nurse"])),
          "decoy"),
        c("TransactionAmount", N, "DECIMAL(12,2)", g.amounts(500, 95_000), "decoy"),
        c("TransactionDate", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy"),
        c("IndicatorCode", N, "VARCHAR", g.col(g.pick(["ML-STR-01", "ML-STR-07", "TF-03", "ML-CASH-12"])), "decoy"),
        c("BeneficiaryName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.4), ROLE),
        c("BranchTransit", N, "VARCHAR", g.col(g.pick(["00012", "00034", "00071"])), "decoy"),
        c("BranchPhone", N, "VARCHAR", [branch_phone] * g.rows, "business"),
        c("ComplianceOfficer", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("Udf2", "free_text", "VARCHAR", _custom(g, "CA", "ca"), CUSTOM),
        c("Narrative", "free_text", "VARCHAR", g.col(narrative, 0.1)),
    ])


def gb_chargebacks(g: Gen) -> Table:
    """A Leeds card acquirer's chargeback dispute cases (camel case)."""
    merchants = [("Harehills Electricals Ltd", g.phone("GB", "national", False), "5732"),
                 ("Yorkshire Fitness Hub", g.phone("GB", "national", False), "7997"),
                 ("Dales Holiday Lets", g.phone("GB", "national", False), "7011"),
                 ("Pickering Online Gifts", g.phone("GB", "national", False), "5947")]
    m = [g.rnd.randrange(len(merchants)) for _ in range(g.rows)]
    pairs = [v.person(g, "gb") for _ in range(g.rows)]
    places = [g.rnd.choice(v.GB_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 7, "gb")

    def note() -> str:
        return g.rnd.choice([f"Cardholder says partner {v.given(g, 'gb')} made the purchase", "Item not received",
                             "Merchant provided proof of delivery", f"Signed for by {v.whole(g, 'gb')}",
                             "Recurring billing after cancellation"])

    return Table("chargebackOps.disputeCases", "en", "camel", [
        c("disputeId", N, "BIGINT", g.keys(9_100_001), "decoy", KEY),
        c("acquirerRefNumber", N, "VARCHAR", g.col(lambda: "7" + g.digits(22)), "decoy", SHAPE),
        c("merchantOrderNo", N, "VARCHAR", g.col(lambda: v.luhn_decoy(g, 16, "4")), "decoy", SHAPE),
        c("cardNumber", "credit_card", "VARCHAR", g.col(lambda: v.card(g))),
        c("cardExpiry", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 12):02d}/{g.rnd.randint(26, 31)}"), "decoy"),
        c("cardholderFirstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("cardholderLastName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("cardholderEmail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["gb"]) if g.rnd.random() < 0.7
                                                  else None for a, b in pairs]),
        c("cardholderMobile", "phone", "VARCHAR", g.phones("GB", {"national": 0.5, "intl": 0.3, "e164": 0.2}, 1.0,
                                                           0.2)),
        c("billingPostcode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9AA')}" for p in places]),
        c("billingTown", "city", "VARCHAR", [p[0] for p in places]),
        c("customerIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.3)),
        c("merchantName", N, "VARCHAR", [merchants[i][0] for i in m], "business"),
        c("merchantPhone", N, "VARCHAR", [merchants[i][1] for i in m], "business"),
        c("mcc", N, "VARCHAR", [merchants[i][2] for i in m], "decoy"),
        c("reasonCode", N, "VARCHAR", g.col(g.pick(["10.4", "13.1", "13.2", "4837", "4853"])), "decoy"),
        c("disputeAmount", N, "DECIMAL(10,2)", g.amounts(4, 2_400), "decoy"),
        c("transactionAt", N, "TIMESTAMP", g.moments("2025-03-01", "2025-10-31"), "decoy"),
        c("stage", N, "VARCHAR", g.col(g.pick(["First chargeback", "Pre-arbitration", "Arbitration", "Won", "Lost"])),
          "decoy"),
        c("caseHandler", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("handlerNotes", "free_text", "VARCHAR", g.sparse(note, 0.72, _words("none")), NULLWORD),
    ])


def au_account_takeover(g: Gen) -> Table:
    """A western Sydney telco's account takeover and SIM swap fraud cases (SCREAMING case)."""
    pairs = [v.person(g, "au") for _ in range(g.rows)]
    places = [g.rnd.choice(v.AU_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "au")
    stores = ["Westfield Parramatta Store", "Blacktown Megacentre", "Online", "Telesales"]
    return Table("ATO_CASES.ACCOUNT_TAKEOVER_EVENTS", "en", "screaming", [
        c("CASE_NO", N, "VARCHAR", g.col(lambda: g.code("ATO-99999-AA")), "decoy", SHAPE),
        c("ACCOUNT_NO", N, "VARCHAR", g.col(lambda: v.tfn_decoy(g)), "decoy", SHAPE),
        c("CUSTOMER_FIRST_NAME", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("CUSTOMER_SURNAME", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("CUSTOMER_DOB", "date_of_birth", "DATE", g.births(1950, 2006)),
        c("MOBILE_SERVICE_NO", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "e164": 0.4}, 1.0)),
        c("CONTACT_EMAIL", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["au"]) for a, b in pairs]),
        c("SERVICE_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au"), 0.05)),
        c("SUBURB", "city", "VARCHAR", [p[0] for p in places]),
        c("STATE", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("POSTCODE", "postal_code", "VARCHAR", [p[2] for p in places]),
        c("TFN_ON_FILE", "national_id", "VARCHAR", g.col(lambda: v.tfn(g), 0.7), HEAVY),
        c("LOGIN_ID", USERNAME, "VARCHAR", [v.handle(g, a, b) for a, b in pairs], "username"),
        c("ATTACK_IP", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.2)),
        c("DEVICE_FINGERPRINT", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE),
        c("SIM_ICCID", N, "VARCHAR", g.col(lambda: "8961" + g.digits(15)), "decoy", SHAPE),
        c("APP_VERSION", N, "VARCHAR", g.col(g.version), "decoy"),
        c("PORT_OUT_CARRIER", N, "VARCHAR", g.col(g.pick(["Optus", "Vodafone", "Aldi Mobile", "Boost", None])),
          "business"),
        c("CHANNEL", N, "VARCHAR", g.col(g.pick(stores)), "business"),
        c("DETECTED_AT", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
        c("LOSS_AUD", N, "DECIMAL(10,2)", g.amounts(0, 12_000), "decoy"),
        c("INVESTIGATOR", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("CUSTOM_FIELD_3", "free_text", "VARCHAR", _custom(g, "AU", "au"), CUSTOM),
    ])


def in_seller_kyc(g: Gen) -> Table:
    """A Jaipur online marketplace's seller verification (abbreviated snake case)."""
    pairs = [v.person(g, "in") for _ in range(g.rows)]
    places = [g.rnd.choice(v.IN_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 6, "in")
    shops = ["Shree Balaji Handicrafts", "Rajputana Textiles", "Gupta Kitchenware", "Nair Spices Co",
             "Mehta Mobile Accessories", "Patil Agro Tools"]
    return Table("mktplc_sellers.slr_kyc_vrf", "en", "abbrev", [
        c("vrf_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("slr_id", N, "VARCHAR", g.col(lambda: g.code("SLR99999AA")), "decoy", KEY),
        c("shop_nm", N, "VARCHAR", g.col(g.pick(shops)), "business", ABBREV),
        c("gstin", N, "VARCHAR", g.col(lambda: v.gstin(g), 0.2), "business", SHAPE),
        c("cust_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("cust_lnm", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
        c("dob_txt", "date_of_birth", "VARCHAR", [f"{d.day:02d}-{d.month:02d}-{d.year}" for d in g.births(1960, 2004)],
          ABBREV),
        c("pan_no", "national_id", "VARCHAR", g.col(lambda: v.pan(g), 0.05), ABBREV),
        c("uid_no", "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g), 0.6), ABBREV, HEAVY),
        c("ctc_ph", "phone", "VARCHAR", g.phones("IN", {"national": 0.3, "e164": 0.4, "intl": 0.3}, 1.0), ABBREV),
        c("ctc_eml", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["in"]) for a, b in pairs], ABBREV),
        c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IN_STREETS, "in")), ABBREV),
        c("addr_cty", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("addr_pin", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places], ABBREV),
        c("bnk_ifsc", N, "VARCHAR", g.col(lambda: g.rnd.choice(["SBIN", "HDFC", "ICIC", "PUNB"]) + "0" + g.digits(6)),
          "decoy", SHAPE),
        c("pkg_awb", N, "VARCHAR", g.col(lambda: g.code("99999999999")), "decoy", SHAPE),
        c("frm_ref", N, "VARCHAR", g.col(lambda: v.aadhaar_decoy(g)), "decoy", SHAPE),
        c("vrf_sts", N, "VARCHAR", g.col(g.pick(["APPROVED", "REJECTED", "PENDING_DOCS", "VIDEO_KYC"])), "decoy"),
        c("vrf_by", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF, ABBREV),
        c("vrf_ts", N, "TIMESTAMP", g.moments("2025-02-01", "2025-11-30"), "decoy"),
        c("sku_cnt", N, "INTEGER", g.ints(1, 900), "decoy"),
    ])


def za_siu_referrals(g: Gen) -> Table:
    """A Johannesburg short-term insurer's special investigations unit referral extract (COBOL: padded CHAR,
    ``YYYYMMDD`` integers, phones as numbers with 0 for missing)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "za", female)
        born = g.birth(1950, 2004)
        rows.append((a, b, born, v.za_id(g, born, female)))
    places = [g.rnd.choice(v.ZA_CITIES) for _ in range(g.rows)]
    panel = [("AUTOBODY WORX MIDRAND", g.phone("ZA", "digits", False)),
             ("SOWETO PANEL BEATERS CC", g.phone("ZA", "digits", False)),
             ("DURBAN SMASH REPAIRS", g.phone("ZA", "digits", False))]
    pb = [g.rnd.randrange(len(panel)) for _ in range(g.rows)]
    staff = _staff(g, 4, "za")
    return Table("SIUFRAUD.SIU_REFERRAL_EXTRACT", "en", "cobol", [
        c("SIU-REF-NO", N, "VARCHAR", g.col(lambda: g.code("SIU25999999")), "decoy", SHAPE, LEGACY),
        c("SIU-CLAIM-NO", N, "VARCHAR", g.col(lambda: v.za_id_decoy(g)), "decoy", SHAPE, LEGACY),
        c("SIU-POLICY-NO", N, "VARCHAR", _pad(g.col(lambda: g.code("MV9999999")), 12), "decoy", LEGACY),
        c("SIU-CLMT-SURNAME", "last_name", "VARCHAR", _pad([r[1].upper() for r in rows], 25), ROLE, LEGACY),
        c("SIU-CLMT-INITS", N, "VARCHAR", _pad([r[0][0] for r in rows], 4), "decoy", LEGACY),
        c("SIU-CLMT-FIRST-NM", "first_name", "VARCHAR", _pad([r[0].upper() for r in rows], 15), ROLE, LEGACY),
        c("SIU-CLMT-ID-NO", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.9 else None for r in rows],
          ROLE, LEGACY),
        c("SIU-CLMT-DOB", "date_of_birth", "INTEGER", [_ymd(r[2]) if g.rnd.random() < 0.85 else 0 for r in rows],
          LEGACY),
        c("SIU-CLMT-CELL", "phone", "BIGINT", [int(g.phone("ZA", "digits")) if g.rnd.random() < 0.85 else 0
                                               for _ in rows], ROLE, LEGACY),
        c("SIU-CLMT-ADDR-1", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.ZA_STREETS, "za").upper()),
                                                               30), LEGACY),
        c("SIU-CLMT-TOWN", "city", "VARCHAR", _pad([p[0].upper() for p in places], 20), LEGACY),
        c("SIU-CLMT-PCODE", "postal_code", "VARCHAR", [p[1] for p in places], LEGACY),
        c("SIU-LOSS-DATE", N, "INTEGER", [_ymd(g.day("2024-06-01", "2025-10-31")) for _ in rows], "decoy", LEGACY),
        c("SIU-LOSS-TYPE", N, "VARCHAR", g.col(g.pick(["MVTHEFT", "HIJACK", "COLLISN", "BURGLRY", "GEYSER"])),
          "decoy", LEGACY),
        c("SIU-CLAIM-AMT", N, "DECIMAL(11,2)", g.amounts(2_000, 450_000), "decoy", LEGACY),
        c("SIU-VEH-VIN", N, "VARCHAR", g.col(lambda: "AHT" + g.code("ZZZZZZ9Z99999999"), 0.3), "decoy", SHAPE,
          LEGACY),
        c("SIU-PANEL-NAME", N, "VARCHAR", _pad([panel[i][0] for i in pb], 30), "business", LEGACY),
        c("SIU-PANEL-TEL", N, "BIGINT", [int(panel[i][1]) for i in pb], "business", LEGACY),
        c("SIU-INVESTIGATOR", "person_name", "VARCHAR", _pad(g.col(g.pick([s.upper() for s in staff])), 25), STAFF,
          LEGACY),
        c("SIU-RED-FLAGS", N, "VARCHAR", g.col(g.pick(["LATE RPT", "NEW POLICY", "PRIOR CLM", "NO SAPS CASE", None])),
          "decoy", LEGACY),
        c("SIU-USER-FLD-3", "free_text", "VARCHAR", _pad(_custom(g, "ZA", "za"), 40), CUSTOM, LEGACY),
    ])


def nz_appeals_staging(g: Gen) -> Table:
    """An Auckland marketplace's trust and safety appeals (listing removals, account bans), landed as an opaque
    staging table."""
    pairs = [v.person(g, "nz") for _ in range(g.rows)]
    places = [g.rnd.choice(v.NZ_CITIES) for _ in range(g.rows)]

    def appeal() -> str:
        return g.rnd.choice(["I sold a genuine item, the buyer is lying", f"My account was hacked by my ex {v.given(g, 'nz')}",
                             "Listing removed in error, it is not a replica", f"Please call me, {v.whole(g, 'nz')}",
                             "I did not know vapes were banned"])

    return Table("stg_tns.raw_appeal_ingest", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", N, "VARCHAR", g.col(lambda: g.code("APL-9999999")), "decoy", SHAPE, OPAQUE),
        c("col03", USERNAME, "VARCHAR", [v.handle(g, a, b) for a, b in pairs], "username", OPAQUE),
        c("col04", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs], OPAQUE),
        c("col05", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["nz"]) for a, b in pairs], OPAQUE),
        c("col06", "phone", "VARCHAR", g.phones("NZ", {"national": 0.6, "e164": 0.4}, 0.9, 0.3), OPAQUE),
        c("col07", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25)), OPAQUE),
        c("col08", N, "VARCHAR", g.col(g.pick(["COUNTERFEIT", "PROHIBITED_ITEM", "SCAM_REPORT", "HARASSMENT",
                                               "FAKE_REVIEWS"])), "decoy", OPAQUE),
        c("col09", N, "VARCHAR", g.col(lambda: g.code("L9999999999")), "decoy", OPAQUE),
        c("col10", "free_text", "VARCHAR", g.col(appeal, 0.05), OPAQUE),
        c("col11", "national_id", "VARCHAR", g.col(lambda: v.ird(g), 0.75), OPAQUE, HEAVY),
        c("col12", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col13", "postal_code", "VARCHAR", [p[1] for p in places], OPAQUE),
        c("col14", N, "VARCHAR", g.col(g.md5), "decoy", SHAPE, OPAQUE),
        c("col15", N, "VARCHAR", g.col(g.pick(["UPHELD", "OVERTURNED", "PENDING", "ESCALATED"])), "decoy", OPAQUE),
        c("col16", N, "TIMESTAMP", g.moments("2025-05-01", "2025-11-30"), "decoy", OPAQUE),
        c("col17", N, "VARCHAR", g.col(g.version), "decoy", OPAQUE),
        c("col18", "free_text", "VARCHAR", _custom(g, "NZ", "nz"), CUSTOM, OPAQUE),
    ])


def ng_whistleblower(g: Gen) -> Table:
    """A Lagos commercial bank's ethics and whistleblower hotline reports (snake case): anonymous reporters' codes
    beside named reporters, accused employees and third parties."""
    staff = _staff(g, 3, "ng")
    named = [g.rnd.random() < 0.35 for _ in range(g.rows)]
    branches = [("Allen Avenue Branch", g.phone("NG", "national", False)),
                ("Lekki Phase 1 Branch", g.phone("NG", "national", False)),
                ("Wuse II Branch", g.phone("NG", "national", False))]
    br = [g.rnd.randrange(len(branches)) for _ in range(g.rows)]

    def allegation() -> str:
        return g.rnd.choice([f"Teller {v.whole(g, 'ng')} collects cash to open accounts without BVN",
                             "Loan officer approves loans for ghost customers", "Manager shares customer data on WhatsApp",
                             f"Vendor {v.whole(g, 'ng')} pays kickbacks to procurement"])

    return Table("ethics_line.hotline_reports", "en", "snake", [
        c("report_id", N, "BIGINT", g.keys(5_001), "decoy", KEY),
        c("tracking_code", N, "VARCHAR", g.col(lambda: g.code("WB-AAA9-9999")), "decoy", PSEUDO, SHAPE),
        c("received_at", N, "TIMESTAMP", g.moments("2024-01-01", "2025-11-30"), "decoy"),
        c("channel", N, "VARCHAR", g.col(g.pick(["Web", "Phone", "Email", "Letter"])), "decoy"),
        c("reporter_name", "person_name", "VARCHAR", [v.whole(g, "ng") if k else None for k in named], ROLE, HEAVY),
        c("reporter_phone", "phone", "VARCHAR", [g.phone("NG", g.rnd.choice(["national", "e164"])) if k else None
                                                 for k in named], ROLE, HEAVY),
        c("reporter_email", "email", "VARCHAR", [v.email_of(g, *v.person(g, "ng"), v.DOMAINS["ng"]) if k else None
                                                 for k in named], ROLE, HEAVY),
        c("accused_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ng"), 0.2), ROLE),
        c("accused_staff_id", N, "VARCHAR", g.col(lambda: g.code("EMP99999"), 0.3), "decoy"),
        c("accused_branch", N, "VARCHAR", [branches[i][0] for i in br], "business"),
        c("branch_phone", N, "VARCHAR", [branches[i][1] for i in br], "business"),
        c("category", N, "VARCHAR", g.col(g.pick(["Fraud", "Bribery", "Data leak", "Harassment", "Conflict"])),
          "decoy"),
        c("amount_ngn", N, "DECIMAL(14,2)", g.amounts(0, 25_000_000), "decoy"),
        c("allegation", "free_text", "VARCHAR", g.col(allegation)),
        c("assigned_investigator", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("status", N, "VARCHAR", g.col(g.pick(["Open", "Substantiated", "Unsubstantiated", "Referred to EFCC"])),
          "decoy"),
        c("closure_notes", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice([
            f"Staff {v.whole(g, 'ng')} dismissed", "Insufficient evidence", "Referred to HR"]), 0.75, _words("nil")),
          NULLWORD),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def de_verdachtsmeldungen(g: Gen) -> Table:
    """A Frankfurt private bank's anti-money-laundering suspicious activity reports to the FIU (German, snake case)."""
    pairs = [v.person(g, "de") for _ in range(g.rows)]
    places = [g.rnd.choice(v.DE_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "de")
    firms = [("Mainufer Immobilien GmbH", "HRB 10" + g.digits(4)), ("Kaya Autohandel e.K.", "HRA 4" + g.digits(4)),
             ("Taunus Goldankauf GmbH", "HRB 9" + g.digits(4)), (None, None)]
    f = [g.rnd.randrange(len(firms)) for _ in range(g.rows)]

    def sachverhalt() -> str:
        return g.rnd.choice([f"Bareinzahlungen in Stückelung unter 10.000 EUR, Vollmacht für {v.whole(g, 'de')}",
                             "Kunde verweigert Angaben zur Mittelherkunft", "Weiterleitung an Kryptobörse binnen 24h",
                             f"Ehefrau {v.given(g, 'de')} zahlt regelmäßig bar ein"])

    return Table("gwg_meldewesen.verdachtsmeldungen", "de", "snake", [
        c("meldung_id", N, "BIGINT", g.keys(20_001), "decoy", KEY),
        c("aktenzeichen", N, "VARCHAR", g.col(lambda: g.code("GW-2025-99999")), "decoy", SHAPE),
        c("goaml_referenz", N, "VARCHAR", g.col(lambda: g.digits(11), 0.3), "decoy", SHAPE),
        c("kundennummer", N, "VARCHAR", g.col(lambda: g.digits(10)), "decoy", KEY),
        c("vorname", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("nachname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("geburtsdatum", "date_of_birth", "DATE", g.births(1940, 2005)),
        c("geburtsort", "city", "VARCHAR", g.col(g.pick([p[0] for p in v.DE_CITIES] + ["Ankara", "Kasachstan"]), 0.2)),
        c("steuer_id", "national_id", "VARCHAR", g.col(lambda: v.steuer_id(g), 0.45)),
        c("ausweisnummer", "national_id", "VARCHAR", g.col(lambda: v.de_id_card(g), 0.3)),
        c("strasse_hausnummer", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.DE_STREETS, "de"))),
        c("plz", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("ort", "city", "VARCHAR", [p[0] for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("DE", {"national": 0.6, "intl": 0.4}, 0.7, 0.25)),
        c("kunden_iban", "iban", "VARCHAR", g.col(lambda: v.de_iban(g) if g.rnd.random() < 0.5 else
                                                  v.iban_spaced(v.de_iban(g)))),
        c("gegenkonto_iban", "iban", "VARCHAR", g.col(lambda: v.de_iban(g), 0.6), ROLE, HEAVY),
        c("firma", N, "VARCHAR", [firms[i][0] for i in f], "business"),
        c("handelsregister", N, "VARCHAR", [firms[i][1] for i in f], "business", SHAPE),
        c("betrag_eur", N, "DECIMAL(12,2)", g.amounts(5_000, 480_000), "decoy"),
        c("typologie", N, "VARCHAR", g.col(g.pick(["Smurfing", "Strohmann", "Handelsbasiert", "Krypto"])), "decoy"),
        c("bearbeiter", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("gemeldet_am", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy"),
        c("sachverhalt", "free_text", "VARCHAR", g.col(sachverhalt, 0.1)),
    ])


def fr_pep_as400(g: Gen) -> Table:
    """A Lyon regional bank's PEP and sanctions screening hits file on an AS/400 (French, ``PP`` prefix,
    ``CYYMMDD`` decimals, phone and postcode as decimals)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "fr", female)
        born = g.birth(1940, 2003)
        rows.append((a, b, born, v.nir(g, born, female)))
    places = [g.rnd.choice(v.FR_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "fr")
    listed = [v.whole(g, "fr").upper() for _ in range(40)]
    return Table("LCBFT01.PPEPSCP", "fr", "as400", [
        c("PPNUMA", N, "DECIMAL(9,0)", g.keys(300_000_001), "decoy", KEY, LEGACY),
        c("PPNCLI", N, "VARCHAR", _pad(g.col(lambda: g.digits(11)), 11), "decoy", KEY, LEGACY),
        c("PPNOMC", "last_name", "VARCHAR", _pad([r[1].upper() for r in rows], 25), LEGACY),
        c("PPPRNC", "first_name", "VARCHAR", _pad([r[0].upper() for r in rows], 20), LEGACY),
        c("PPDNAI", "date_of_birth", "DECIMAL(7,0)", [_cyymmdd(r[2]) for r in rows], LEGACY),
        c("PPNIRC", "ssn", "VARCHAR", [r[3] if g.rnd.random() < 0.4 else None for r in rows], LEGACY, HEAVY),
        c("PPADR1", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.FR_STREETS, "fr").upper()), 32),
          LEGACY),
        c("PPCPOS", "postal_code", "DECIMAL(5,0)", [int(p[1]) for p in places], LEGACY),
        c("PPVILL", "city", "VARCHAR", _pad([p[0].upper() for p in places], 26), LEGACY),
        c("PPTELF", "phone", "DECIMAL(10,0)", [int(g.phone("FR", "digits", g.rnd.random() < 0.7))
                                               if g.rnd.random() < 0.8 else 0 for _ in rows], LEGACY),
        c("PPIBAN", "iban", "VARCHAR", _pad(g.col(lambda: v.fr_iban(g), 0.1), 34), LEGACY),
        c("PPLIST", N, "VARCHAR", g.col(g.pick(["UE", "ONU", "OFAC", "DGTRESOR", "PPE"])), "decoy", LEGACY),
        c("PPNOML", "person_name", "VARCHAR", _pad(g.col(g.pick(listed)), 35), WATCH, LEGACY),
        c("PPSCOR", N, "DECIMAL(5,2)", g.floats(60, 100, 2), "decoy", LEGACY),
        c("PPDALR", N, "DECIMAL(7,0)", [_cyymmdd(g.day("2024-01-01", "2025-11-30")) for _ in rows], "decoy", LEGACY),
        c("PPDECI", N, "VARCHAR", g.col(g.pick(["FP", "VP", "ESC", "ATT"])), "decoy", LEGACY),
        c("PPSIRN", N, "VARCHAR", g.col(lambda: v.siren(g), 0.6), "business", SHAPE, LEGACY),
        c("PPANAL", "person_name", "VARCHAR", _pad(g.col(g.pick([s.upper() for s in staff])), 25), STAFF, LEGACY),
        c("PPUDF3", "free_text", "VARCHAR", _pad(_custom(g, "FR", "fr"), 40), CUSTOM, LEGACY),
    ])


def es_fraude_seguros(g: Gen) -> Table:
    """A Madrid motor and home insurer's fraud referrals to its investigation unit (Spanish, snake case)."""
    pairs = [v.person(g, "es") for _ in range(g.rows)]
    places = [g.rnd.choice(v.ES_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "es")
    talleres = [("Talleres Hermanos Carrasco S.L.", v.cif(g), g.phone("ES", "national", False)),
                ("Carrocerías Getafe Sur S.A.", v.cif(g), g.phone("ES", "national", False)),
                ("Autoreparaciones Bilbo S.L.", v.cif(g), g.phone("ES", "national", False))]
    t = [g.rnd.randrange(len(talleres)) for _ in range(g.rows)]

    def obs() -> str:
        return g.rnd.choice([f"El testigo {v.whole(g, 'es')} es cuñado del asegurado", "Parte presentado 40 días tarde",
                             "Factura del taller duplicada", f"Conductor habitual {v.whole(g, 'es')} no declarado"])

    def doc() -> str:
        return v.dni(g) if g.rnd.random() < 0.8 else v.nie(g)

    return Table("siu_fraude.derivaciones", "es", "snake", [
        c("id_derivacion", N, "BIGINT", g.keys(60_001), "decoy", KEY),
        c("num_siniestro", N, "VARCHAR", g.col(lambda: v.dni_decoy(g)), "decoy", SHAPE),
        c("num_poliza", N, "VARCHAR", g.col(lambda: g.code("POL-99-9999999")), "decoy"),
        c("nombre", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("primer_apellido", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("segundo_apellido", "last_name", "VARCHAR", g.col(lambda: v.person(g, "es")[1], 0.15)),
        c("dni_nie", "national_id", "VARCHAR", g.col(doc, 0.05)),
        c("fecha_nacimiento", "date_of_birth", "VARCHAR", [f"{d.day:02d}/{d.month:02d}/{d.year}"
                                                           for d in g.births(1945, 2006)]),
        c("telefono_movil", "phone", "VARCHAR", g.phones("ES", {"national": 0.7, "intl": 0.3}, 0.9, 0.1)),
        c("correo_electronico", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["es"]) if g.rnd.random() < 0.6
                                                     else None for a, b in pairs]),
        c("domicilio", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ES_STREETS, "es"))),
        c("codigo_postal", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("localidad", "city", "VARCHAR", [p[0] for p in places]),
        c("iban_indemnizacion", "iban", "VARCHAR", g.col(lambda: v.es_iban(g), 0.35)),
        c("matricula", N, "VARCHAR", g.col(lambda: g.digits(4) + " " + g.digits(3, "BCDFGHJKLMNPRSTVWXYZ")), "decoy"),
        c("taller", N, "VARCHAR", [talleres[i][0] for i in t], "business"),
        c("cif_taller", N, "VARCHAR", [talleres[i][1] for i in t], "business", SHAPE),
        c("telefono_taller", N, "VARCHAR", [talleres[i][2] for i in t], "business"),
        c("importe_reclamado", N, "DECIMAL(10,2)", g.amounts(300, 60_000), "decoy"),
        c("fecha_siniestro", N, "DATE", g.days("2024-09-01", "2025-11-15"), "decoy"),
        c("indicadores", N, "VARCHAR", g.col(g.pick(["PARTE_TARDIO", "POLIZA_RECIENTE", "TESTIGO_VINCULADO", "SIN"])),
          "decoy"),
        c("perito", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("campo_libre_3", "free_text", "VARCHAR", _custom(g, "ES", "es"), CUSTOM),
        c("observaciones", "free_text", "VARCHAR", g.sparse(obs, 0.74, _words("sin datos")), NULLWORD),
    ])


def pl_weryfikacja(g: Gen) -> Table:
    """A Poznań online marketplace's seller verification (Polish, camel case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "pl", female)
        born = g.birth(1955, 2005)
        rows.append((a, b, born, v.pesel(g, born, female)))
    places = [g.rnd.choice(v.PL_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "pl")
    company = [g.rnd.random() < 0.4 for _ in range(g.rows)]
    return Table("weryfikacjaSprzedawcow.sprzedawcyKyc", "pl", "camel", [
        c("idWeryfikacji", N, "BIGINT", g.keys(880_001), "decoy", KEY),
        c("loginSprzedawcy", USERNAME, "VARCHAR", [v.handle(g, r[0], r[1]) for r in rows], "username"),
        c("imie", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("nazwisko", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("pesel", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.85 else None for r in rows]),
        c("dataUrodzenia", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("numerDowodu", "national_id", "VARCHAR", g.col(lambda: v.pl_id_card(g), 0.4)),
        c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.6, "intl": 0.4}, 0.95)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["pl"]) for r in rows]),
        c("ulica", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PL_STREETS, "pl"))),
        c("kodPocztowy", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(3)}" for p in places]),
        c("miejscowosc", "city", "VARCHAR", [p[0] for p in places]),
        c("rachunekIban", "iban", "VARCHAR", g.col(lambda: v.pl_iban(g), 0.1)),
        c("nazwaFirmy", N, "VARCHAR", [g.rnd.choice(["Hurtownia Elektro Sp. z o.o.", "Meblex S.A.",
                                                     "Zabawki Wielkopolska Sp. z o.o."]) if k else None
                                       for k in company], "business"),
        c("nipFirmy", N, "VARCHAR", [v.nip(g) if k else None for k in company], "business", SHAPE),
        c("regonFirmy", N, "VARCHAR", [v.regon(g) if k else None for k in company], "business", SHAPE),
        c("numerZgloszenia", N, "VARCHAR", g.col(lambda: v.pesel_decoy(g)), "decoy", SHAPE),
        c("statusWeryfikacji", N, "VARCHAR", g.col(g.pick(["ZWERYFIKOWANY", "ODRZUCONY", "W_TOKU"])), "decoy"),
        c("weryfikator", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("dataWeryfikacji", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
        c("liczbaOfert", N, "INTEGER", g.ints(0, 5_000), "decoy"),
    ])


def tr_hesap_ele_gecirme(g: Gen) -> Table:
    """An Istanbul e-wallet's account takeover cases (Turkish, Pascal case)."""
    pairs = [v.person(g, "tr") for _ in range(g.rows)]
    places = [g.rnd.choice(v.TR_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "tr")
    merchants = [("Anadolu Elektronik A.Ş.", v.vkn(g)), ("Boğaziçi Oyun Ltd. Şti.", v.vkn(g)),
                 ("Kuzey Kripto Bilişim A.Ş.", v.vkn(g))]
    m = [g.rnd.randrange(len(merchants)) for _ in range(g.rows)]

    def aciklama() -> str:
        return g.rnd.choice([f"Müşteri, kardeşi {v.given(g, 'tr')} şifreyi biliyor dedi", "SIM kart değişikliği sonrası",
                             "Oltalama SMS ile giriş bilgileri çalınmış", f"Para {v.whole(g, 'tr')} adına gönderilmiş"])

    return Table("dolandiricilik.HesapEleGecirmeVakalari", "tr", "pascal", [
        c("VakaNo", N, "BIGINT", g.keys(2_500_001), "decoy", KEY),
        c("CuzdanNo", N, "VARCHAR", g.col(lambda: v.tckimlik_decoy(g)), "decoy", SHAPE),
        c("Ad", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("Soyad", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("TcKimlikNo", "national_id", "VARCHAR", g.col(lambda: v.tckimlik(g), 0.1)),
        c("DogumTarihi", "date_of_birth", "DATE", g.births(1955, 2006)),
        c("CepTelefonu", "phone", "VARCHAR", g.phones("TR", {"national": 0.6, "e164": 0.4}, 1.0)),
        c("Eposta", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["tr"]) for a, b in pairs]),
        c("Adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.TR_STREETS, "tr"), 0.2)),
        c("Ilce", "city", "VARCHAR", [p[0] for p in places]),
        c("PostaKodu", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("Iban", "iban", "VARCHAR", g.col(lambda: v.tr_iban(g), 0.3)),
        c("AliciIban", "iban", "VARCHAR", g.col(lambda: v.tr_iban(g), 0.55), ROLE, HEAVY),
        c("AliciAdSoyad", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "tr"), 0.55), ROLE, HEAVY),
        c("GirisIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2))),
        c("CihazKimligi", N, "VARCHAR", g.col(g.uuid), "decoy", SHAPE),
        c("UygulamaSurumu", N, "VARCHAR", g.col(g.version), "decoy"),
        c("UyeIsyeri", N, "VARCHAR", [merchants[i][0] for i in m], "business"),
        c("UyeIsyeriVkn", N, "VARCHAR", [merchants[i][1] for i in m], "business", SHAPE),
        c("KayipTutar", N, "DECIMAL(12,2)", g.amounts(50, 180_000), "decoy"),
        c("TespitZamani", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
        c("Analist", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("Aciklama", "free_text", "VARCHAR", g.sparse(aciklama, 0.72, _words("yok", "bilinmiyor")), NULLWORD),
    ])


def el_elegxos_kyroseon(g: Gen) -> Table:
    """A Thessaloniki cooperative bank's sanctions and PEP screening hits (Greek column names and values)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "el")
        born = g.birth(1940, 2004)
        rows.append((a, b, born, v.amka(g, born)))
    places = [g.rnd.choice(v.EL_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "el")
    listed = [v.whole(g, "el") for _ in range(30)]

    def sxolio() -> str:
        return g.rnd.choice([f"Συνωνυμία με {v.whole(g, 'el')}, διαφορετική ημερομηνία γέννησης",
                             "Ψευδώς θετικό", f"Ο σύζυγος {v.given(g, 'el')} είναι ΠΕΠ", "Κλιμάκωση στη Διεύθυνση Συμμόρφωσης"])

    return Table("elegxos_kyroseon.ευρήματα_ελέγχου", "el", "snake", [
        c("κωδικός_ευρήματος", N, "BIGINT", g.keys(700_001), "decoy", KEY),
        c("αριθμός_πελάτη", N, "VARCHAR", g.col(lambda: v.amka_decoy(g)), "decoy", SHAPE),
        c("επώνυμο", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("όνομα", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("πατρώνυμο", "first_name", "VARCHAR", g.col(lambda: v.person(g, "el", False)[0], 0.2), ROLE),
        c("ημερομηνία_γέννησης", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("αμκα", "ssn", "VARCHAR", [r[3] if g.rnd.random() < 0.7 else None for r in rows]),
        c("αφμ", "national_id", "VARCHAR", g.col(lambda: v.afm(g), 0.1)),
        c("αριθμός_ταυτότητας", "national_id", "VARCHAR", g.col(lambda: g.rnd.choice(["ΑΕ", "ΑΙ", "ΑΚ", "ΑΝ"])
                                                                + " " + g.digits(6), 0.3)),
        c("διεύθυνση", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.EL_STREETS, "el"))),
        c("πόλη", "city", "VARCHAR", [p[0] for p in places]),
        c("ταχυδρομικός_κώδικας", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("κινητό", "phone", "VARCHAR", g.phones("GR", {"national": 0.6, "intl": 0.4}, 0.9, 0.1)),
        c("ηλεκτρονικό_ταχυδρομείο", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["el"])
                                                          if g.rnd.random() < 0.6 else None for r in rows]),
        c("iban_λογαριασμού", "iban", "VARCHAR", g.col(lambda: v.gr_iban(g), 0.05)),
        c("λίστα", N, "VARCHAR", g.col(g.pick(["ΕΕ", "ΟΗΕ", "OFAC", "ΠΕΠ"])), "decoy"),
        c("όνομα_στη_λίστα", "person_name", "VARCHAR", g.col(g.pick(listed)), WATCH),
        c("βαθμός_ταύτισης", N, "DOUBLE", g.floats(0.6, 1.0, 3), "decoy"),
        c("απόφαση", N, "VARCHAR", g.col(g.pick(["Ψευδώς θετικό", "Αληθώς θετικό", "Σε εξέταση"])), "decoy"),
        c("υπάλληλος_συμμόρφωσης", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("ημερομηνία_ελέγχου", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
        c("σχόλιο", "free_text", "VARCHAR", g.sparse(sxolio, 0.75, _words("άγνωστο")), NULLWORD),
    ])


def nl_bezwaren(g: Gen) -> Table:
    """A Rotterdam classifieds platform's trust and safety: scam reports and content moderation appeals (Dutch,
    snake case)."""
    pairs = [v.person(g, "nl") for _ in range(g.rows)]
    places = [g.rnd.choice(v.NL_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 6, "nl")
    scam = [g.rnd.random() < 0.45 for _ in range(g.rows)]

    def toelichting() -> str:
        return g.rnd.choice([f"Verkoper {v.whole(g, 'nl')} stuurde nooit de fiets", "Mijn advertentie is onterecht verwijderd",
                             "Ik heb een Tikkie-link ontvangen die niet klopte", f"Account gehackt, mijn zus {v.given(g, 'nl')} kan het bevestigen"])

    return Table("vertrouwen_veiligheid.bezwaren_en_meldingen", "nl", "snake", [
        c("melding_id", N, "BIGINT", g.keys(12_000_001), "decoy", KEY),
        c("meldingsnummer", N, "VARCHAR", g.col(lambda: v.bsn_decoy(g)), "decoy", SHAPE),
        c("soort", N, "VARCHAR", ["OPLICHTING" if s else g.rnd.choice(["BEZWAAR_VERWIJDERING", "BEZWAAR_BLOKKADE"])
                                  for s in scam], "decoy"),
        c("gebruikersnaam", USERNAME, "VARCHAR", [v.handle(g, a, b) for a, b in pairs], "username"),
        c("voornaam", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("achternaam", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("emailadres", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["nl"]) for a, b in pairs]),
        c("telefoonnummer", "phone", "VARCHAR", g.phones("NL", {"national": 0.6, "e164": 0.4}, 0.9, 0.35)),
        c("postcode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('AA')}" for p in places]),
        c("woonplaats", "city", "VARCHAR", [p[0] for p in places]),
        c("ip_adres", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3))),
        c("advertentie_id", N, "VARCHAR", g.col(lambda: g.code("m999999999")), "decoy"),
        c("tegenpartij_naam", "person_name", "VARCHAR", [v.whole(g, "nl") if s and g.rnd.random() < 0.8 else None
                                                         for s in scam], ROLE, HEAVY),
        c("tegenpartij_iban", "iban", "VARCHAR", [v.nl_iban(g) if s and g.rnd.random() < 0.7 else None
                                                  for s in scam], ROLE, HEAVY),
        c("tegenpartij_telefoon", "phone", "VARCHAR", [g.phone("NL", "national") if s and g.rnd.random() < 0.6
                                                       else None for s in scam], ROLE, HEAVY),
        c("bedrag_eur", N, "DECIMAL(10,2)", g.amounts(0, 2_500), "decoy"),
        c("rubriek", N, "VARCHAR", g.col(g.pick(["Fietsen", "Telefoons", "Concertkaartjes", "Huisdieren", "Auto's"])),
          "decoy"),
        c("besluit", N, "VARCHAR", g.col(g.pick(["Gehandhaafd", "Teruggedraaid", "In behandeling"])), "decoy"),
        c("moderator", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("ingediend_op", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
        c("vrij_veld_2", "free_text", "VARCHAR", _custom(g, "NL", "nl"), CUSTOM),
        c("toelichting", "free_text", "VARCHAR", g.col(toelichting, 0.1)),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (us_kyc_refresh, 1_000), (ca_str_reports, 700), (gb_chargebacks, 900), (au_account_takeover, 700),
    (in_seller_kyc, 800), (za_siu_referrals, 600), (nz_appeals_staging, 700), (ng_whistleblower, 400),
    (de_verdachtsmeldungen, 500), (fr_pep_as400, 700), (es_fraude_seguros, 600), (pl_weryfikacja, 600),
    (tr_hesap_ele_gecirme, 600), (el_elegxos_kyroseon, 450), (nl_bezwaren, 700),
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
