"""Held-out set v119 for the column classifier: 15 tables of *crowdfunding, peer-to-peer lending and micro-investment
platforms* (real-estate and equity crowdfunding investors, peer-to-peer consumer, microloan and business lending
borrowers, lenders and guarantors, a micro-investing app, a note servicer's year-end tax extract, a participatory
financing platform and a loan-type crowdfunding fund's investors), one system per table and each a different
organisation, eight with English column names and seven in other languages:

* ``brickcrowd_tx.investor_accounts``: an Austin real-estate crowdfunding platform's investor accounts (snake case,
  SSN, offering numbers shaped like SSNs failing the check, a portal login, IRA custodians, property coordinates,
  a transfer-on-death beneficiary, ``misc_1``);
* ``lendBridge.loanApplications``: a Leeds peer-to-peer consumer lending platform's loan applications (camel case,
  National Insurance numbers, cards on file, employers, app versions, ``customField2``);
* ``MapleMicroInvest.Investors``: a Toronto round-up micro-investing app's investors (Pascal case, SIN, account
  numbers shaped like SINs failing the Luhn check, a trusted contact person, device ids, ``Udf3``);
* ``CHAMA_P2P.BORROWER_REGISTER``: a Nairobi peer-to-peer microloan platform's borrowers (SCREAMING case, Kenyan ID
  numbers and KRA PINs, M-Pesa numbers and transaction codes, guarantors, next of kin, chama groups,
  ``CUSTOM_FIELD_2``);
* ``equi_ops.inv_reg``: a Sydney equity crowdfunding intermediary's investor register (abbreviated: ``inv_fnm``,
  ``inv_tfn``, ``jt_hldr_nm``; TFN, issuers' ABNs, KYC hashes);
* ``P2PNOTES.NTH1099X``: a peer-to-peer note servicer's year-end 1099 extract of noteholders, a COBOL file (legacy:
  padded CHAR, ``YYYYMMDD`` integers, the noteholder's SSN and phone as numbers with 0 for missing, the servicer's
  EIN, a joint holder, ``NTH-USER-FLD-1``);
* ``stg_udhaar.src_lender_raw``: a Bengaluru NBFC-P2P platform's lender registrations as an opaque staging table
  (``col01`` to ``col18``: PAN, Aadhaar, agreement numbers failing the Verhoeff check, a ``dd-mm-yyyy`` birth date,
  IPs, hashes, versions, escrow IFSC codes);
* ``ie_bizlend.director_guarantees``: a Dublin peer-to-peer business lending platform's personal guarantees of
  company directors (snake case; the borrowing company's name, CRO number, phone, registered office and repayment
  IBAN beside the director's PPSN, home, Eircode and mobile, a spouse's consent, ``custom_2``);
* ``kreditmarkt_berlin.anleger_konten``: a Berlin peer-to-peer lending marketplace's investor accounts (German;
  Steuer-ID, IBAN, place of birth, an authorised representative, ``zusatzfeld_2``);
* ``pfp_madrid.inversores_proyectos``: a Madrid participatory financing platform's investors in equity crowdfunding
  projects (Spanish; DNI/NIE, IBAN, file numbers failing the DNI letter, promoters' CIF, a legal representative,
  ``campo_libre_2``);
* ``SOCLEND.SLPRSP``: a Milan lending crowdfunding platform's AS/400 lender file (Italian, legacy: ``SP`` prefix,
  ``CYYMMDD`` decimals, codice fiscale encoding the birth date, place of birth, IBAN, mobile phones as decimals, a
  guarantor, project companies' partita IVA, ``SPUDF2``);
* ``FinteqaPozyczki.Pozyczkobiorcy``: a Warsaw social lending platform's borrowers (Polish, Pascal case; PESEL
  encoding the birth date, identity card numbers, IBAN, agreement numbers failing the PESEL check, a guarantor and
  their phone, the platform's NIP, ``PoleDodatkowe2``);
* ``kitleFonlama.yatirimcilar``: an Istanbul equity crowdfunding platform's investors (Turkish, camel case; T.C.
  kimlik no, IBAN, contract numbers failing the kimlik check, ventures' tax numbers, a guardian, a login,
  ``ozelAlan2``);
* ``sep_paulista.tomadores_credito``: a São Paulo peer-to-peer lending company's (SEP) borrowers (Brazilian
  Portuguese; CPF, proposal codes failing the CPF check, the mother's name, employers' CNPJ, ``campo_livre_1``);
* ``kashitsuke_fund_tokyo.toushika_meibo``: a Tokyo loan-type crowdfunding operator's investor register (romanized
  Japanese column names, values in kanji and katakana, My Number, an emergency contact, a login, the distributing
  company, ``jiyuu_koumoku_2``).

Written **blind**, like v2 to v116: by someone who has read neither the classifier (``governance_dagster/detect/``)
nor its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how
the scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v27 and v98 (their
modules, their tests and ``tests/heldout_support.py``), v107's docstring and test, the module docstrings of v24 to
v116 (to avoid their domains and follow their labeling conventions), the ``Column``/``Table`` classes and writer of
v2 and v4, and python-stdnum's and phonenumbers' own source. The classifier was not run on this set while it was
written, no scorer was run on it, and no score was looked at. It was written under a short deadline (50 minutes, the
tests and lint included), so some labels are quick decisions rather than settled conventions.

Labeling choices a reader may question:

* a US SSN (also as the noteholder's TIN in a 1099 extract, ``NTH-TIN``), a UK National Insurance number (by shape
  only: it has no check digit), a Canadian SIN and an Irish PPSN are ``ssn``; a Kenyan ID number (by shape only), a
  KRA PIN, an Australian TFN, PAN, Aadhaar, Steuer-ID, DNI/NIE, codice fiscale, PESEL, a Polish identity card number
  (by shape only), T.C. kimlik no, CPF and My Number are ``national_id``;
* a borrowing company is a business, not a person: its name, CRO number, phone, registered office and even its
  repayment IBAN (``company_repayment_iban``, a valid IBAN labeled ``none``) are ``none`` (tag ``business``), as are
  issuers, project promoters, ventures, employers, IRA custodians, chama groups, a note servicer and a trust, their
  EIN, ABN, CIF, partita IVA, NIP, VKN and CNPJ, escrow IFSC codes and a branch phone; the directors who guarantee
  the company's loan are personal (tag ``role_word``);
* offering, application, account, loan, agreement, contract, file and proposal numbers, M-Pesa transaction codes,
  KYC hashes, device ids, offer codes and fund and project names are ``none`` (tag ``decoy``, ``value_shape`` when
  shaped like an identifier); property coordinates are ``none`` (tags ``decoy``, ``coordinates``); a card's expiry
  and a linked card's last four digits, credit scores, incomes, committed and invested amounts and interest rates
  are ``none``;
* investor relations representatives, underwriters, advisors, loan officers, an operations user, credit analysts,
  account managers (``betreuer``, ``gestor_cuenta``, ``musteriTemsilcisi``, ``tantousha``) and the AS/400 operator
  (``SPOPER``) are staff (``person_name``, tag ``staff``); a transfer-on-death beneficiary, a trusted contact person
  and their phone, a guarantor and their phone (``GUARANTOR_PHONE``, ``TelefonPoreczyciela``), a next of kin, a
  joint holder, a guaranteeing director, a spouse giving consent, an authorised representative
  (``bevollmaechtigter``), a legal representative, a guardian (``vasiAdi``), the mother (``nome_mae``) and an
  emergency contact (``kinkyuu_renrakusaki``) are personal (tag ``role_word``);
* a middle name (``inv_mnm``) is ``first_name``; ``apellidos`` (two surnames) is ``last_name``; a place of birth
  (``geburtsort``, ``SPLNAS``), a Kenyan town, an Australian suburb, a Turkish ``ilce`` and a Tokyo ward or city
  (``shikuchouson``) are ``city``; a US state, a province, an Australian state, a Kenyan county, a Spanish and an
  Italian province, a Polish voivodeship, a Turkish ``il``, a Brazilian UF and a Japanese prefecture are ``none``;
* opaque custom fields holding, by row, a phone, an e-mail or a name are ``free_text`` (tag ``custom_field``); staff
  notes naming people are ``free_text``; a portal login, a Turkish ``kullaniciAdi`` and a Japanese ``login_id`` are
  ``unclassified`` (tag ``username``);
* numeric dates of birth (``YYYYMMDD``, ``CYYMMDD``) and a ``dd-mm-yyyy`` string in an opaque column are
  ``date_of_birth``; subscription, processing, signing, disbursement and creation dates and timestamps are ``none``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v119_values`, written for v119 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v119 [PATH]`` (default ``/tmp/heldout_v119.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v119``.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v119_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v119_values import NULLISH, SEED, USERNAME, Gen, N, c

__all__ = ["BUILDERS", "DEFAULT_PATH", "NULLISH", "SEED", "USERNAME", "Column", "Gen", "Table", "build", "labels",
           "summary", "tables"]

DEFAULT_PATH = Path("/tmp/heldout_v119.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
STAFF = "staff"  # investor relations, underwriters, loan officers, analysts (few distinct)
ROLE = "role_word"  # a role word (guarantor, next of kin, trusted contact, beneficiary, joint holder ...) holding people
ABBREV = "abbrev"
KEY = "join_key"
LEGACY = "legacy"
OPAQUE = "opaque"
CUSTOM = "custom_field"  # an opaque custom field holding, by row, a phone, an e-mail or a name (free_text)
COORD = "coordinates"  # a project's or a property's coordinates (none)


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
            return g.phone(region, g.rnd.choice(["national", "e164"]))
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


# -- English-named tables ----------------------------------------------------------------------------------------------


def us_realty_crowd(g: Gen) -> Table:
    """An Austin real-estate crowdfunding platform's investor accounts (snake case)."""
    pairs = [v.person(g) for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "us")
    custodians = [(name, g.phone("US", "national", False)) for name, _ in v.IRA_CUSTODIANS]
    cust = [g.rnd.randrange(len(custodians)) if g.rnd.random() < 0.4 else None for _ in range(g.rows)]
    prop = [g.rnd.randrange(len(v.US_PROPERTIES)) for _ in range(g.rows)]
    coords = [(30.2 + i * 0.07, -97.8 + i * 0.05) for i in range(len(v.US_PROPERTIES))]

    def note() -> str:
        return g.rnd.choice([f"Investing jointly with spouse {v.given(g)}, wants one K-1", "Accreditation letter from CPA",
                             f"Referred by existing investor {v.whole(g)}", "Asked about 1031 exchange",
                             "Wire returned, wrong routing number"])

    return Table("brickcrowd_tx.investor_accounts", "en", "snake", [
        c("investor_id", N, "BIGINT", g.keys(41_001), "decoy", KEY),
        c("offering_number", N, "VARCHAR", g.col(lambda: v.us_ssn_decoy(g)), "decoy", SHAPE),
        c("first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("last_name", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("date_of_birth", "date_of_birth", "DATE", g.births(1948, 2002)),
        c("ssn", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.7), 0.1)),
        c("accredited_status", N, "VARCHAR", g.col(g.pick(["income", "net_worth", "series_65", "non_accredited"])),
          "decoy"),
        c("street_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.US_STREETS), 0.03)),
        c("city", "city", "VARCHAR", [p[0] for p in places]),
        c("state", N, "VARCHAR", g.col(g.pick(v.US_STATES)), "decoy"),
        c("zip_code", "postal_code", "VARCHAR", [p[1] + g.digits(2) for p in places]),
        c("mobile_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.4, "dashes": 0.3, "e164": 0.3}, 0.9, 0.1)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["us"]) for a, b in pairs]),
        c("signup_ip", "ip_address", "VARCHAR", g.col(g.ip, 0.05)),
        c("portal_username", USERNAME, "VARCHAR", [v.login(a, b, i) for i, (a, b) in enumerate(pairs)], "username"),
        c("ira_custodian", N, "VARCHAR", [None if i is None else custodians[i][0] for i in cust], "business"),
        c("custodian_phone", N, "VARCHAR", [None if i is None else custodians[i][1] for i in cust], "business"),
        c("committed_amount", N, "DOUBLE", g.amounts(500, 250_000), "decoy"),
        c("property_name", N, "VARCHAR", [v.US_PROPERTIES[i] for i in prop], "decoy"),
        c("property_lat", N, "DOUBLE", [round(coords[i][0] + g.rnd.uniform(-0.01, 0.01), 6) for i in prop], "decoy",
          COORD),
        c("property_lon", N, "DOUBLE", [round(coords[i][1] + g.rnd.uniform(-0.01, 0.01), 6) for i in prop], "decoy",
          COORD),
        c("investor_relations_rep", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("tod_beneficiary_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g), 0.7), ROLE, HEAVY),
        c("misc_1", "free_text", "VARCHAR", _custom(g, "US", "us"), CUSTOM),
        c("investor_notes", "free_text", "VARCHAR", g.sparse(note, 0.78, _words("none")), NULLWORD),
    ])


def gb_p2p_loans(g: Gen) -> Table:
    """A Leeds peer-to-peer consumer lending platform's loan applications (camel case)."""
    pairs = [v.person(g, "gb") for _ in range(g.rows)]
    places = [g.rnd.choice(v.GB_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 6, "gb")
    employers = [("Aire Valley Logistics Ltd", g.phone("GB", "national", False)),
                 ("Calder Care Homes Ltd", g.phone("GB", "national", False)),
                 ("Pennine Building Society", g.phone("GB", "national", False)),
                 ("Kirkgate Market Traders Co-op", g.phone("GB", "national", False))]
    emp = [g.rnd.randrange(len(employers)) if g.rnd.random() < 0.8 else None for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Partner {v.whole(g, 'gb')} is a joint applicant on mortgage", "Payslips verified",
                             "Gambling transactions on statement, declined", f"Spoke to {v.given(g, 'gb')} re income",
                             "Consolidating two credit cards"])

    return Table("lendBridge.loanApplications", "en", "camel", [
        c("applicationId", N, "BIGINT", g.keys(880_001), "decoy", KEY),
        c("applicationRef", N, "VARCHAR", g.col(lambda: g.code("LB-25-AAA9999")), "decoy", SHAPE),
        c("forename", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("surname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("dateOfBirth", "date_of_birth", "DATE", g.births(1955, 2005)),
        c("niNumber", "ssn", "VARCHAR", g.col(lambda: v.nino(g), 0.2)),
        c("addressLine1", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.GB_STREETS, "gb"))),
        c("town", "city", "VARCHAR", [p[0] for p in places]),
        c("postcode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9AA')}" for p in places]),
        c("mobileNumber", "phone", "VARCHAR", g.phones("GB", {"national": 0.5, "intl": 0.2, "e164": 0.3}, 0.9)),
        c("emailAddress", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["gb"]) for a, b in pairs]),
        c("employerName", N, "VARCHAR", [None if i is None else employers[i][0] for i in emp], "business"),
        c("employerPhone", N, "VARCHAR", [None if i is None else employers[i][1] for i in emp], "business"),
        c("annualIncome", N, "INTEGER", g.ints(14_000, 95_000), "decoy"),
        c("loanAmount", N, "INTEGER", g.ints(1_000, 25_000), "decoy"),
        c("loanPurpose", N, "VARCHAR", g.col(g.pick(["Car", "Debt consolidation", "Home improvement", "Wedding"])),
          "decoy"),
        c("creditScore", N, "INTEGER", g.ints(380, 999), "decoy"),
        c("underwriter", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("cardOnFile", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.3)),
        c("cardExpiry", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 12):02d}/{g.rnd.randint(26, 31)}", 0.3),
          "decoy"),
        c("appVersion", N, "VARCHAR", g.col(g.version), "decoy"),
        c("customField2", "free_text", "VARCHAR", _custom(g, "GB", "gb"), CUSTOM),
        c("underwriterNotes", "free_text", "VARCHAR", g.sparse(note, 0.75, _words("TBC")), NULLWORD),
    ])


def ca_micro_invest(g: Gen) -> Table:
    """A Toronto round-up micro-investing app's investors (Pascal case)."""
    pairs = [v.person(g, "ca") for _ in range(g.rows)]
    places = [g.rnd.choice(v.CA_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "ca")
    trusted = [g.rnd.random() < 0.4 for _ in range(g.rows)]
    return Table("MapleMicroInvest.Investors", "en", "pascal", [
        c("InvestorId", N, "BIGINT", g.keys(200_001), "decoy", KEY),
        c("AccountNumber", N, "VARCHAR", g.col(lambda: v.luhn_decoy(g, 9)), "decoy", SHAPE),
        c("GivenName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("FamilyName", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("BirthDate", "date_of_birth", "DATE", g.births(1960, 2006)),
        c("Sin", "ssn", "VARCHAR", g.col(lambda: v.ca_sin(g), 0.6), HEAVY),
        c("HomeAddress", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.CA_STREETS, "ca"), 0.05)),
        c("City", "city", "VARCHAR", [p[0] for p in places]),
        c("Province", N, "VARCHAR", [p[2] for p in places], "decoy"),
        c("PostalCode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('9A9')}" for p in places]),
        c("CellPhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.6, "dashes": 0.2, "e164": 0.2})),
        c("Email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ca"]) for a, b in pairs]),
        c("LastLoginIp", "ip_address", "VARCHAR", g.col(g.ip, 0.1)),
        c("LinkedCardLast4", N, "VARCHAR", g.col(lambda: g.digits(4)), "decoy"),
        c("PortfolioName", N, "VARCHAR", g.col(g.pick(["Conservative", "Balanced", "Growth", "Aggressive", "ESG"])),
          "decoy"),
        c("DeviceId", N, "VARCHAR", g.col(g.uuid), "decoy"),
        c("AdvisorName", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("TrustedContactName", "person_name", "VARCHAR", [v.whole(g, "ca") if t else None for t in trusted], ROLE,
          HEAVY),
        c("TrustedContactPhone", "phone", "VARCHAR", [g.phone("CA", "national") if t else None for t in trusted],
          ROLE, HEAVY),
        c("Udf3", "free_text", "VARCHAR", _custom(g, "CA", "ca"), CUSTOM),
        c("CreatedAt", N, "TIMESTAMP", g.moments("2019-03-01", "2025-11-30"), "decoy"),
    ])


def ke_p2p_microloans(g: Gen) -> Table:
    """A Nairobi peer-to-peer microloan platform's borrower register (SCREAMING case)."""
    towns = [g.rnd.choice(v.KE_TOWNS) for _ in range(g.rows)]
    staff = _staff(g, 5, "ke")
    branches = {"Nairobi": g.phone("KE", "national", False), "Kisumu": g.phone("KE", "national", False)}
    branch = [g.rnd.choice(list(branches)) for _ in range(g.rows)]

    def remark() -> str:
        return g.rnd.choice([f"Guarantor {v.whole(g, 'ke')} called, will pay Friday", "Repaid early",
                             "Phone off, visited stall", f"Husband {v.given(g, 'ke', False)} collected disbursement",
                             "Top-up approved by committee"])

    return Table("CHAMA_P2P.BORROWER_REGISTER", "en", "screaming", [
        c("LOAN_NO", N, "VARCHAR", g.col(lambda: g.code("CPL/25/99999")), "decoy", SHAPE),
        c("BORROWER_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ke"))),
        c("NATIONAL_ID_NO", "national_id", "VARCHAR", g.col(lambda: str(g.rnd.randint(10_000_000, 39_999_999)), 0.05)),
        c("KRA_PIN", "national_id", "VARCHAR", g.col(lambda: v.ke_pin(g), 0.3)),
        c("DATE_OF_BIRTH", "date_of_birth", "DATE", g.col(lambda: g.birth(1960, 2005), 0.6), HEAVY),
        c("MPESA_NUMBER", "phone", "VARCHAR", g.phones("KE", {"national": 0.5, "e164": 0.3, "digits": 0.2})),
        c("EMAIL", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "ke"), v.DOMAINS["ke"]), 0.75),
          HEAVY),
        c("TOWN", "city", "VARCHAR", [t[0] for t in towns]),
        c("COUNTY", N, "VARCHAR", [t[1] for t in towns], "decoy"),
        c("BUSINESS_TYPE", N, "VARCHAR", g.col(g.pick(v.KE_BUSINESS)), "decoy"),
        c("CHAMA_GROUP", N, "VARCHAR", g.col(g.pick(v.KE_CHAMAS), 0.3), "business"),
        c("GUARANTOR_NAME", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ke"), 0.1), ROLE),
        c("GUARANTOR_PHONE", "phone", "VARCHAR", g.phones("KE", {"national": 1.0}, 1.0, 0.1), ROLE),
        c("NEXT_OF_KIN", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ke"), 0.2), ROLE),
        c("LOAN_OFFICER", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("AMOUNT_KES", N, "INTEGER", g.ints(2_000, 150_000), "decoy"),
        c("DISBURSED_AT", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
        c("MPESA_TXN_CODE", N, "VARCHAR", g.col(lambda: g.code("TK9ZZZZZZZ")), "decoy", SHAPE),
        c("BRANCH_PHONE", N, "VARCHAR", [branches[b] for b in branch], "business"),
        c("CUSTOM_FIELD_2", "free_text", "VARCHAR", _custom(g, "KE", "ke"), CUSTOM),
        c("REMARKS", "free_text", "VARCHAR", g.sparse(remark, 0.8, _words("nil")), NULLWORD),
    ])


def au_equity_crowd(g: Gen) -> Table:
    """A Sydney equity crowdfunding intermediary's investor register (abbreviated snake case)."""
    pairs = [v.person(g, "au") for _ in range(g.rows)]
    places = [g.rnd.choice(v.AU_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "au")
    issuers = [(name, v.abn(g)) for name in v.AU_ISSUERS]
    iss = [g.rnd.randrange(len(issuers)) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Cooling-off withdrawal", f"Investing for daughter {v.given(g, 'au', True)} (minor)",
                             "Sophisticated investor cert on file", f"Call back re: {v.whole(g, 'au')} referral"])

    return Table("equi_ops.inv_reg", "en", "abbrev", [
        c("inv_id", N, "BIGINT", g.keys(5_001), "decoy", KEY),
        c("inv_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("inv_mnm", "first_name", "VARCHAR", g.col(lambda: v.given(g, "au"), 0.6), ABBREV, HEAVY),
        c("inv_snm", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
        c("inv_dob", "date_of_birth", "DATE", g.births(1950, 2006), ABBREV),
        c("inv_tfn", "national_id", "VARCHAR", g.col(lambda: v.tfn(g), 0.3), ABBREV),
        c("res_addr", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.AU_STREETS, "au")), ABBREV),
        c("res_sub", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("res_st", N, "VARCHAR", [p[2] for p in places], "decoy", ABBREV),
        c("res_pc", "postal_code", "VARCHAR", [p[1] for p in places], ABBREV),
        c("mob_no", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "e164": 0.4}), ABBREV),
        c("eml", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["au"]) for a, b in pairs], ABBREV),
        c("iss_nm", N, "VARCHAR", [issuers[i][0] for i in iss], "business", ABBREV),
        c("iss_abn", N, "VARCHAR", [issuers[i][1] for i in iss], "business", SHAPE, ABBREV),
        c("ofr_cd", N, "VARCHAR", [f"CSF-{i + 11:03d}" for i in iss], "decoy", ABBREV),
        c("inv_amt", N, "DOUBLE", g.amounts(50, 10_000), "decoy", ABBREV),
        c("kyc_ref", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, ABBREV),
        c("jt_hldr_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au"), 0.8), ROLE, HEAVY, ABBREV),
        c("ops_usr", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF, ABBREV),
        c("ms_nt", "free_text", "VARCHAR", g.sparse(note, 0.8, _words("nil")), NULLWORD, ABBREV),
    ])


def us_note_servicer_cobol(g: Gen) -> Table:
    """A peer-to-peer note servicer's year-end 1099 extract for noteholders, a COBOL file (padded CHAR, YYYYMMDD)."""
    payers = [("PRAIRIE NOTE SERVICING LLC", v.us_ein(g)), ("LONGHORN P2P TRUST 2019-A", v.us_ein(g))]
    pay = [g.rnd.randrange(len(payers)) for _ in range(g.rows)]
    places = [g.rnd.choice(v.US_CITIES) for _ in range(g.rows)]
    pairs = [v.person(g) for _ in range(g.rows)]
    return Table("P2PNOTES.NTH1099X", "en", "cobol", [
        c("NTH-ACCT-NO", N, "VARCHAR", g.col(lambda: g.code("NH99999999")), "decoy", KEY, LEGACY),
        c("NTH-LAST-NM", "last_name", "VARCHAR", _pad([b.upper() for _, b in pairs], 20), LEGACY),
        c("NTH-FIRST-NM", "first_name", "VARCHAR", _pad([a.upper() for a, _ in pairs], 15), LEGACY),
        c("NTH-TIN", "ssn", "BIGINT", [int(v.us_ssn(g, False)) if g.rnd.random() < 0.9 else 0
                                       for _ in range(g.rows)], LEGACY),
        c("NTH-DOB", "date_of_birth", "INTEGER", [_ymd(g.birth(1945, 2000)) if g.rnd.random() < 0.85 else 0
                                                  for _ in range(g.rows)], LEGACY),
        c("NTH-ADDR-1", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.US_STREETS).upper()), 30),
          LEGACY),
        c("NTH-CITY", "city", "VARCHAR", _pad([p[0].upper() for p in places], 18), LEGACY),
        c("NTH-ST", N, "VARCHAR", g.col(g.pick(v.US_STATES)), "decoy", LEGACY),
        c("NTH-ZIP", "postal_code", "INTEGER", [int(p[1] + g.digits(2)) for p in places], LEGACY),
        c("NTH-PHONE", "phone", "BIGINT", [int(g.phone("US", "digits")) if g.rnd.random() < 0.8 else 0
                                           for _ in range(g.rows)], LEGACY),
        c("NTH-INT-PAID", N, "DECIMAL(11,2)", g.amounts(0, 4_800), "decoy", LEGACY),
        c("NTH-CHG-OFF-AMT", N, "DECIMAL(11,2)", g.amounts(0, 900), "decoy", LEGACY),
        c("NTH-TAX-YR", N, "INTEGER", [2025] * g.rows, "decoy", LEGACY),
        c("NTH-PROC-DT", N, "INTEGER", [_ymd(g.day("2026-01-05", "2026-01-30")) for _ in range(g.rows)], "decoy",
          LEGACY),
        c("NTH-PAYER-NM", N, "VARCHAR", _pad([payers[i][0] for i in pay], 30), "business", LEGACY),
        c("NTH-PAYER-EIN", N, "VARCHAR", [payers[i][1] for i in pay], "business", SHAPE, LEGACY),
        c("NTH-BWR-LOAN-ID", N, "VARCHAR", g.col(lambda: g.code("L9999999-99")), "decoy", SHAPE, LEGACY),
        c("NTH-JT-NAME", "person_name", "VARCHAR", _pad(g.col(lambda: v.whole(g).upper(), 0.75), 30), ROLE, HEAVY,
          LEGACY),
        c("NTH-USER-FLD-1", "free_text", "VARCHAR", _pad(_custom(g, "US", "us"), 40), CUSTOM, LEGACY),
    ])


def in_p2p_lenders(g: Gen) -> Table:
    """A Bengaluru NBFC-P2P platform's lender registrations, landed as an opaque staging table."""
    def dob() -> str:
        d = g.birth(1955, 2005)
        return f"{d.day:02d}-{d.month:02d}-{d.year}"

    places = [g.rnd.choice(v.IN_CITIES) for _ in range(g.rows)]
    escrow = ["HDFC0000523", "ICIC0001873", "UTIB0000009"]
    return Table("stg_udhaar.src_lender_raw", "en", "opaque", [
        c("col01", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, OPAQUE),
        c("col02", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "in")), OPAQUE),
        c("col03", "national_id", "VARCHAR", g.col(lambda: v.pan(g), 0.02), OPAQUE),
        c("col04", "national_id", "VARCHAR", g.col(lambda: v.aadhaar(g, g.rnd.random() < 0.6), 0.6), OPAQUE, HEAVY),
        c("col05", "date_of_birth", "VARCHAR", g.col(dob), OPAQUE),
        c("col06", "phone", "VARCHAR", g.phones("IN", {"e164": 0.5, "national": 0.3, "intl": 0.2}), OPAQUE),
        c("col07", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "in"), v.DOMAINS["in"]), 0.05),
          OPAQUE),
        c("col08", N, "VARCHAR", g.col(lambda: v.aadhaar_decoy(g)), "decoy", SHAPE, OPAQUE),
        c("col09", "ip_address", "VARCHAR", g.col(g.ip), OPAQUE),
        c("col10", "city", "VARCHAR", [p[0] for p in places], OPAQUE),
        c("col11", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places], OPAQUE),
        c("col12", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IN_STREETS, "in"), 0.1), OPAQUE),
        c("col13", N, "DOUBLE", g.amounts(10_000, 1_000_000), "decoy", OPAQUE),
        c("col14", N, "VARCHAR", g.col(g.sha256), "decoy", SHAPE, OPAQUE),
        c("col15", N, "VARCHAR", g.col(g.version), "decoy", OPAQUE),
        c("col16", "free_text", "VARCHAR", _custom(g, "IN", "in"), CUSTOM, OPAQUE),
        c("col17", N, "TIMESTAMP", g.moments("2025-04-01", "2025-11-30"), "decoy", OPAQUE),
        c("col18", N, "VARCHAR", g.col(g.pick(escrow)), "business", OPAQUE),
    ])


def ie_sme_guarantees(g: Gen) -> Table:
    """A Dublin peer-to-peer business lending platform's director guarantees (snake case)."""
    parks = ["Ballycoolin", "Greenogue", "Sandyford", "Clonshaugh"]
    companies = [(name, g.digits(6), g.phone("IE", "national", False),
                  f"Unit {g.rnd.randint(1, 40)}, {g.rnd.choice(parks)} Business Park",
                  v.iban(g, "IE", lambda: "AIBK" + g.digits(14)))
                 for name in v.IE_COMPANIES]
    co = [g.rnd.randrange(len(companies)) for _ in range(g.rows)]
    pairs = [v.person(g, "ie") for _ in range(g.rows)]
    places = [g.rnd.choice(v.IE_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "ie")
    return Table("ie_bizlend.director_guarantees", "en", "snake", [
        c("guarantee_id", N, "BIGINT", g.keys(7_001), "decoy", KEY),
        c("loan_ref", N, "VARCHAR", g.col(lambda: g.code("GL-99999-AA")), "decoy", SHAPE),
        c("company_name", N, "VARCHAR", [companies[i][0] for i in co], "business"),
        c("cro_number", N, "VARCHAR", [companies[i][1] for i in co], "business", SHAPE),
        c("company_phone", N, "VARCHAR", [companies[i][2] for i in co], "business"),
        c("registered_office", N, "VARCHAR", [companies[i][3] for i in co], "business"),
        c("company_repayment_iban", N, "VARCHAR", [companies[i][4] for i in co], "business"),
        c("director_first_name", "first_name", "VARCHAR", [a for a, _ in pairs], ROLE),
        c("director_surname", "last_name", "VARCHAR", [b for _, b in pairs], ROLE),
        c("director_dob", "date_of_birth", "DATE", g.births(1955, 1998)),
        c("director_ppsn", "ssn", "VARCHAR", g.col(lambda: v.pps(g), 0.1)),
        c("director_home_address", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.IE_STREETS, "ie"))),
        c("director_town", "city", "VARCHAR", [p[0] for p in places]),
        c("director_eircode", "postal_code", "VARCHAR", [f"{p[1]} {g.code('A9AA')}" for p in places]),
        c("director_mobile", "phone", "VARCHAR", g.phones("IE", {"national": 0.6, "e164": 0.4})),
        c("director_email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ie"]) for a, b in pairs]),
        c("spouse_consent_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ie"), 0.6), ROLE, HEAVY),
        c("guarantee_amount", N, "INTEGER", g.ints(10_000, 250_000), "decoy"),
        c("signed_at", N, "TIMESTAMP", g.moments("2024-06-01", "2025-11-30"), "decoy"),
        c("credit_analyst", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("custom_2", "free_text", "VARCHAR", _custom(g, "IE", "ie"), CUSTOM),
    ])


# -- tables named in other languages -----------------------------------------------------------------------------------


def de_kreditmarkt(g: Gen) -> Table:
    """A Berlin peer-to-peer lending marketplace's investor accounts (German, snake case)."""
    pairs = [v.person(g, "de") for _ in range(g.rows)]
    places = [g.rnd.choice(v.DE_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "de")

    def bemerkung() -> str:
        return g.rnd.choice([f"Vollmacht für Ehefrau {v.whole(g, 'de', True)} liegt vor", "Freistellungsauftrag erteilt",
                             "Adressänderung per Post", f"Rückruf bei Herrn {v.person(g, 'de', False)[1]} erbeten",
                             "Auto-Invest pausiert"])

    return Table("kreditmarkt_berlin.anleger_konten", "de", "snake", [
        c("konto_id", N, "BIGINT", g.keys(310_001), "decoy", KEY),
        c("vertragsnummer", N, "VARCHAR", g.col(lambda: g.code("KM-2025-999999")), "decoy", SHAPE),
        c("vorname", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("nachname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("geburtsdatum", "date_of_birth", "DATE", g.births(1950, 2005)),
        c("geburtsort", "city", "VARCHAR", g.col(g.pick(v.DE_BIRTHPLACES), 0.1)),
        c("steuer_id", "national_id", "VARCHAR", g.col(lambda: v.steuer_id(g), 0.15)),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DE", lambda: g.rnd.choice(
            ["10010010", "12030000", "10050000", "43060967"]) + g.digits(10)))),
        c("strasse", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.DE_STREETS, "de"))),
        c("plz", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places]),
        c("ort", "city", "VARCHAR", [p[0] for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("DE", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.7, 0.1)),
        c("e_mail", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["de"]) for a, b in pairs]),
        c("anlagebetrag", N, "DOUBLE", g.amounts(25, 50_000), "decoy"),
        c("kreditprojekt", N, "VARCHAR", g.col(g.pick(v.DE_PROJECTS)), "decoy"),
        c("betreuer", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("bevollmaechtigter", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "de"), 0.8), ROLE, HEAVY),
        c("ip_adresse", "ip_address", "VARCHAR", g.col(g.ip, 0.1)),
        c("zusatzfeld_2", "free_text", "VARCHAR", _custom(g, "DE", "de"), CUSTOM),
        c("bemerkung", "free_text", "VARCHAR", g.sparse(bemerkung, 0.78, _words("keine", "k.A.")), NULLWORD),
    ])


def es_pfp_inversores(g: Gen) -> Table:
    """A Madrid participatory financing platform's (PFP) investors in equity crowdfunding projects (Spanish)."""
    pairs = [v.person(g, "es") for _ in range(g.rows)]
    places = [g.rnd.choice(v.ES_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "es")
    projects = [(p, e, v.es_cif(g)) for p, e in v.ES_PROJECTS]
    prj = [g.rnd.randrange(len(projects)) for _ in range(g.rows)]
    minors = [g.rnd.random() < 0.3 for _ in range(g.rows)]

    def obs() -> str:
        return g.rnd.choice([f"Invierte en nombre de su hijo {v.given(g, 'es', False)}", "Test de conveniencia superado",
                             f"Contactar con {v.whole(g, 'es')} (asesor)", "Solicita certificado fiscal"])

    return Table("pfp_madrid.inversores_proyectos", "es", "snake", [
        c("id_inversion", N, "BIGINT", g.keys(90_001), "decoy", KEY),
        c("numero_expediente", N, "VARCHAR", g.col(lambda: v.dni_decoy(g)), "decoy", SHAPE),
        c("nombre", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("apellidos", "last_name", "VARCHAR", [f"{b} {v.person(g, 'es')[1]}" for _, b in pairs]),
        c("fecha_nacimiento", "date_of_birth", "DATE", g.births(1950, 2006)),
        c("dni_nie", "national_id", "VARCHAR", g.col(lambda: v.dni(g) if g.rnd.random() < 0.85 else v.nie(g))),
        c("iban_cargo", "iban", "VARCHAR", g.col(lambda: v.iban(g, "ES", lambda: g.rnd.choice(
            ["2100", "0049", "0182", "2085"]) + g.digits(16)), 0.1)),
        c("domicilio", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.ES_STREETS, "es"))),
        c("municipio", "city", "VARCHAR", [p[0] for p in places]),
        c("provincia", N, "VARCHAR", [p[2] for p in places], "decoy"),
        c("codigo_postal", "postal_code", "VARCHAR", [p[1] + g.digits(2) for p in places]),
        c("movil", "phone", "VARCHAR", g.phones("ES", {"national": 0.6, "intl": 0.2, "e164": 0.2})),
        c("correo", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["es"]) for a, b in pairs]),
        c("proyecto", N, "VARCHAR", [projects[i][0] for i in prj], "decoy"),
        c("promotor_empresa", N, "VARCHAR", [projects[i][1] for i in prj], "business"),
        c("cif_promotor", N, "VARCHAR", [projects[i][2] for i in prj], "business", SHAPE),
        c("importe", N, "DOUBLE", g.amounts(50, 3_000), "decoy"),
        c("inversor_acreditado", N, "VARCHAR", g.col(g.pick(["Sí", "No", "No"])), "decoy"),
        c("gestor_cuenta", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("representante_legal", "person_name", "VARCHAR", [v.whole(g, "es") if m else None for m in minors], ROLE,
          HEAVY),
        c("campo_libre_2", "free_text", "VARCHAR", _custom(g, "ES", "es"), CUSTOM),
        c("observaciones", "free_text", "VARCHAR", g.sparse(obs, 0.76, _words("sin datos", "desconocido")), NULLWORD),
    ])


def it_lending_as400(g: Gen) -> Table:
    """A Milan lending crowdfunding platform's AS/400 lender file (Italian, ``SP`` prefix, CYYMMDD decimals)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "it", female)
        born = g.birth(1945, 2005)
        place = g.rnd.choice(v.IT_CITIES)
        rows.append((a, b, born, v.codice_fiscale(b, a, born, female, place[3]), place[0]))
    places = [g.rnd.choice(v.IT_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "it")
    ivas = {p: v.partita_iva(g) for p in v.IT_PROJECTS}
    prj = [g.rnd.choice(v.IT_PROJECTS) for _ in range(g.rows)]
    return Table("SOCLEND.SLPRSP", "it", "as400", [
        c("SPNPRA", N, "DECIMAL(9,0)", g.keys(300_000_001), "decoy", KEY, LEGACY),
        c("SPCOGN", "last_name", "VARCHAR", _pad([r[1].upper() for r in rows], 25), LEGACY),
        c("SPNOME", "first_name", "VARCHAR", _pad([r[0].upper() for r in rows], 20), LEGACY),
        c("SPDNAS", "date_of_birth", "DECIMAL(7,0)", [_cyymmdd(r[2]) for r in rows], LEGACY),
        c("SPLNAS", "city", "VARCHAR", _pad([r[4] for r in rows], 25), LEGACY),
        c("SPCFIS", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.95 else None for r in rows], LEGACY),
        c("SPIBAN", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IT", lambda: g.code("A") + g.rnd.choice(
            ["03069", "05034", "02008", "03111"]) + g.rnd.choice(["01600", "11101", "01620"]) + g.digits(12)), 0.05),
          LEGACY),
        c("SPINDI", "street_address", "VARCHAR", _pad(g.col(lambda: v.street(g, v.IT_STREETS, "it")), 35), LEGACY),
        c("SPCAP", "postal_code", "DECIMAL(5,0)", [int(p[1]) for p in places], LEGACY),
        c("SPCOMU", "city", "VARCHAR", _pad([p[0] for p in places], 25), LEGACY),
        c("SPPROV", N, "VARCHAR", [p[2] for p in places], "decoy", LEGACY),
        c("SPTELE", "phone", "DECIMAL(11,0)", [int(g.phone("IT", "digits"))
                                               if g.rnd.random() < 0.85 else 0 for _ in range(g.rows)], LEGACY),
        c("SPMAIL", "email", "VARCHAR", _pad([v.email_of(g, r[0], r[1], v.DOMAINS["it"]).upper()
                                              if g.rnd.random() < 0.9 else None for r in rows], 40), LEGACY),
        c("SPIMPO", N, "DECIMAL(9,2)", g.amounts(100, 20_000), "decoy", LEGACY),
        c("SPDSOT", N, "DECIMAL(7,0)", [_cyymmdd(g.day("2023-01-01", "2025-11-30")) for _ in range(g.rows)], "decoy",
          LEGACY),
        c("SPPROG", N, "VARCHAR", _pad(prj, 20), "decoy", LEGACY),
        c("SPPIVA", N, "VARCHAR", [ivas[p] for p in prj], "business", SHAPE, LEGACY),
        c("SPOPER", "person_name", "VARCHAR", _pad(g.col(g.pick([s.upper() for s in staff])), 30), STAFF, LEGACY),
        c("SPGARA", "person_name", "VARCHAR", _pad(g.col(lambda: v.whole(g, "it").upper(), 0.85), 30), ROLE, HEAVY,
          LEGACY),
        c("SPUDF2", "free_text", "VARCHAR", _pad(_custom(g, "IT", "it"), 40), CUSTOM, LEGACY),
    ])


def pl_pozyczki(g: Gen) -> Table:
    """A Warsaw peer-to-peer (social) lending platform's borrowers (Polish, Pascal case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "pl", female)
        born = g.birth(1950, 2005)
        rows.append((a, b, born, v.pesel(g, born, female)))
    places = [g.rnd.choice(v.PL_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "pl")
    employers = ["Piekarnia Złoty Kłos sp. z o.o.", "Trans-Bud S.A.", "Biedronka Magazyn Radom", "Szpital Wolski"]
    guarantor = [g.rnd.random() < 0.35 for _ in range(g.rows)]
    return Table("FinteqaPozyczki.Pozyczkobiorcy", "pl", "pascal", [
        c("Id", N, "BIGINT", g.keys(1_001), "decoy", KEY),
        c("NumerUmowy", N, "VARCHAR", g.col(lambda: v.pesel_decoy(g)), "decoy", SHAPE),
        c("Imie", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("Nazwisko", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("DataUrodzenia", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("Pesel", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.95 else None for r in rows]),
        c("NrDowodu", "national_id", "VARCHAR", g.col(lambda: v.pl_id_card(g), 0.2)),
        c("Ulica", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.PL_STREETS, "pl"))),
        c("KodPocztowy", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(3)}" for p in places]),
        c("Miejscowosc", "city", "VARCHAR", [p[0] for p in places]),
        c("Wojewodztwo", N, "VARCHAR", [p[2] for p in places], "decoy"),
        c("Telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.5, "intl": 0.3, "e164": 0.2})),
        c("Email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["pl"]) for r in rows]),
        c("RachunekIban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "PL", lambda: g.rnd.choice(
            ["1020", "1140", "1090", "2490"]) + g.digits(20)), 0.05)),
        c("KwotaPozyczki", N, "INTEGER", g.ints(500, 30_000), "decoy"),
        c("Oprocentowanie", N, "DOUBLE", g.floats(6.5, 22.0, 2), "decoy"),
        c("Pracodawca", N, "VARCHAR", g.col(g.pick(employers), 0.2), "business"),
        c("Poreczyciel", "person_name", "VARCHAR", [v.whole(g, "pl") if x else None for x in guarantor], ROLE, HEAVY),
        c("TelefonPoreczyciela", "phone", "VARCHAR", [g.phone("PL", "national") if x else None for x in guarantor],
          ROLE, HEAVY),
        c("Analityk", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("NipPlatformy", N, "VARCHAR", [v.nip(g)] * g.rows, "business", SHAPE),
        c("PoleDodatkowe2", "free_text", "VARCHAR", _custom(g, "PL", "pl"), CUSTOM),
    ])


def tr_kitle_fonlama(g: Gen) -> Table:
    """An Istanbul equity crowdfunding platform's investors (Turkish, camel case)."""
    pairs = [v.person(g, "tr") for _ in range(g.rows)]
    places = [g.rnd.choice(v.TR_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 3, "tr")
    camps = [(name, company, v.vkn(g)) for name, company in v.TR_CAMPAIGNS]
    camp = [g.rnd.randrange(len(camps)) for _ in range(g.rows)]

    def aciklama() -> str:
        return g.rnd.choice([f"Eşi {v.whole(g, 'tr')} adına da yatırım yapmak istiyor", "Yatırım sınırı aşıldı",
                             "Dekont bekleniyor", f"{v.given(g, 'tr', False)} Bey geri aranacak"])

    return Table("kitleFonlama.yatirimcilar", "tr", "camel", [
        c("yatirimciId", N, "BIGINT", g.keys(60_001), "decoy", KEY),
        c("sozlesmeNo", N, "VARCHAR", g.col(lambda: v.tc_kimlik_decoy(g)), "decoy", SHAPE),
        c("ad", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("soyad", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("dogumTarihi", "date_of_birth", "DATE", g.births(1955, 2006)),
        c("tcKimlikNo", "national_id", "VARCHAR", g.col(lambda: v.tc_kimlik(g), 0.05)),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "TR", lambda: g.rnd.choice(
            ["00010", "00062", "00046", "00064"]) + "0" + g.digits(16)), 0.1)),
        c("cepTelefonu", "phone", "VARCHAR", g.phones("TR", {"national": 0.6, "e164": 0.4})),
        c("ePosta", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["tr"]) for a, b in pairs]),
        c("adres", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.TR_STREETS, "tr"))),
        c("ilce", "city", "VARCHAR", [p[0] for p in places]),
        c("il", N, "VARCHAR", [p[2] for p in places], "decoy"),
        c("postaKodu", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("kampanyaAdi", N, "VARCHAR", [camps[i][0] for i in camp], "decoy"),
        c("girisimSirketi", N, "VARCHAR", [camps[i][1] for i in camp], "business"),
        c("vergiNo", N, "VARCHAR", [camps[i][2] for i in camp], "business", SHAPE),
        c("yatirimTutari", N, "DOUBLE", g.amounts(1_000, 200_000), "decoy"),
        c("musteriTemsilcisi", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("vasiAdi", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "tr"), 0.85), ROLE, HEAVY),
        c("kullaniciAdi", USERNAME, "VARCHAR", [v.login(a, b, i) for i, (a, b) in enumerate(pairs)], "username"),
        c("ozelAlan2", "free_text", "VARCHAR", _custom(g, "TR", "tr"), CUSTOM),
        c("aciklama", "free_text", "VARCHAR", g.sparse(aciklama, 0.74, _words("yok", "bilinmiyor")), NULLWORD),
    ])


def br_sep_tomadores(g: Gen) -> Table:
    """A São Paulo peer-to-peer lending company's (SEP) borrowers (Brazilian Portuguese, snake case)."""
    places = [g.rnd.choice(v.BR_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 5, "br")
    employers = [(name, v.cnpj(g)) for name in v.BR_EMPLOYERS]
    emp = [g.rnd.randrange(len(employers)) if g.rnd.random() < 0.75 else None for _ in range(g.rows)]

    def obs() -> str:
        return g.rnd.choice([f"Cônjuge {v.whole(g, 'br')} é avalista", "Comprovante de renda ilegível",
                             "Renegociação aprovada", f"Ligar para a irmã {v.given(g, 'br', True)}"])

    return Table("sep_paulista.tomadores_credito", "pt", "snake", [
        c("id_tomador", N, "BIGINT", g.keys(150_001), "decoy", KEY),
        c("codigo_proposta", N, "VARCHAR", g.col(lambda: v.cpf_decoy(g)), "decoy", SHAPE),
        c("nome_completo", "person_name", "VARCHAR", g.col(lambda: f"{v.whole(g, 'br')} {v.person(g, 'br')[1]}")),
        c("cpf", "national_id", "VARCHAR", g.col(lambda: v.cpf(g, g.rnd.random() < 0.7))),
        c("data_nascimento", "date_of_birth", "DATE", g.births(1955, 2005)),
        c("nome_mae", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "br", True), 0.05), ROLE),
        c("celular", "phone", "VARCHAR", g.phones("BR", {"national": 0.7, "e164": 0.3})),
        c("email", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "br"), v.DOMAINS["br"]), 0.1)),
        c("logradouro", "street_address", "VARCHAR", g.col(lambda: v.street(g, v.BR_STREETS, "br"))),
        c("municipio", "city", "VARCHAR", [p[0] for p in places]),
        c("uf", N, "VARCHAR", [p[1] for p in places], "decoy"),
        c("cep", "postal_code", "VARCHAR", [f"{p[2]}{g.digits(3)}-{g.digits(3)}" for p in places]),
        c("renda_mensal", N, "DOUBLE", g.amounts(1_412, 25_000), "decoy"),
        c("valor_solicitado", N, "DOUBLE", g.amounts(1_000, 50_000), "decoy"),
        c("score_credito", N, "INTEGER", g.ints(0, 1_000), "decoy"),
        c("empregador", N, "VARCHAR", [None if i is None else employers[i][0] for i in emp], "business"),
        c("cnpj_empregador", N, "VARCHAR", [None if i is None else employers[i][1] for i in emp], "business", SHAPE),
        c("analista_credito", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("campo_livre_1", "free_text", "VARCHAR", _custom(g, "BR", "br"), CUSTOM),
        c("observacoes", "free_text", "VARCHAR", g.sparse(obs, 0.8, _words("não informado", "sem observações")),
          NULLWORD),
    ])


def ja_kashitsuke_fund(g: Gen) -> Table:
    """A Tokyo loan-type crowdfunding operator's investor register (romanized Japanese column names, Japanese
    values)."""
    pairs = [v.person(g, "ja") for _ in range(g.rows)]
    places = [g.rnd.choice(v.JA_CITIES) for _ in range(g.rows)]
    staff = _staff(g, 4, "ja")

    def bikou() -> str:
        return g.rnd.choice(["分配金の振込先変更済み", f"配偶者の{v.whole(g, 'ja')}様より問い合わせ", "本人確認書類再提出",
                             f"{v.person(g, 'ja')[0]}様へ折り返し連絡"])

    return Table("kashitsuke_fund_tokyo.toushika_meibo", "ja", "snake", [
        c("toushika_id", N, "BIGINT", g.keys(1), "decoy", KEY),
        c("shimei", "person_name", "VARCHAR", [f"{b} {a}" for a, b in pairs]),
        c("shimei_kana", "person_name", "VARCHAR", [f"{v.JA_KANA[b]} {v.JA_KANA[a]}" for a, b in pairs]),
        c("seinengappi", "date_of_birth", "DATE", g.births(1945, 2005)),
        c("my_number", "national_id", "VARCHAR", g.col(lambda: v.my_number(g), 0.6), HEAVY),
        c("denwa_bangou", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "e164": 0.2}, 0.8)),
        c("mail_address", "email", "VARCHAR", g.col(lambda: v.romaji_email(g, v.DOMAINS["ja"]), 0.05)),
        c("juusho", "street_address", "VARCHAR", g.col(g.pick(v.JA_STREETS))),
        c("shikuchouson", "city", "VARCHAR", [p[0] for p in places]),
        c("todoufuken", N, "VARCHAR", [p[2] for p in places], "decoy"),
        c("yuubin_bangou", "postal_code", "VARCHAR", [f"{p[1]}-{g.digits(4)}" for p in places]),
        c("fund_mei", N, "VARCHAR", g.col(g.pick(v.JA_FUNDS)), "decoy"),
        c("shusshi_gaku", N, "INTEGER", [g.rnd.randint(1, 500) * 10_000 for _ in range(g.rows)], "decoy"),
        c("tantousha", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("kinkyuu_renrakusaki", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ja"), 0.3), ROLE),
        c("login_id", USERNAME, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['tk', 'inv', 'yk', 'm'])}"
                                                 f"{g.rnd.choice(['_', '.', ''])}{g.digits(6)}"), "username"),
        c("hanbai_gaisha", N, "VARCHAR", g.col(g.pick(["株式会社ミライ証券", "東都ファンディング株式会社"])), "business"),
        c("jiyuu_koumoku_2", "free_text", "VARCHAR", _custom(g, "JP", "ja"), CUSTOM),
        c("bikou", "free_text", "VARCHAR", g.sparse(bikou, 0.76, _words("なし", "特になし")), NULLWORD),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (us_realty_crowd, 600), (gb_p2p_loans, 700), (ca_micro_invest, 500), (ke_p2p_microloans, 800),
    (au_equity_crowd, 450), (us_note_servicer_cobol, 700), (in_p2p_lenders, 600), (ie_sme_guarantees, 350),
    (de_kreditmarkt, 500), (es_pfp_inversores, 450), (it_lending_as400, 600), (pl_pozyczki, 500),
    (tr_kitle_fonlama, 450), (br_sep_tomadores, 600), (ja_kashitsuke_fund, 400),
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
