"""Held-out set v89 for the column classifier: 15 tables of *financial services back offices* (pension funds and
annuities, credit unions, pawnbrokers and microfinance, crypto exchange KYC, insurance brokers, debt advice charities,
payroll cards), one system per table and each a different organisation, eight with English column names (Michigan,
Cardiff, Perth, Manitoba, Nigeria, Dublin, North Carolina and Pakistan) and seven in German (a Bielefeld company
pension fund's SAP-style table), French (a Lausanne insurance broker), Spanish (a Medellín savings co-operative),
Italian (a Bari salary-backed lender), Portuguese (a Campinas payroll-card issuer), Polish (a Gdynia employee pension
plan) and romanized Japanese (a Fukuoka crypto exchange's identity checks, its values in Japanese script).

Three are legacy extracts with padded CHAR values: a Winnipeg insurance broker's AS/400 policyholder file (two-letter
field prefix ``PH``, the SIN, phones and the birth date as ``DECIMAL`` numbers with 0 for missing, ``CYYMMDD`` dates,
``PHUDF2``), a Greensboro payroll-card processor's COBOL copybook extract (hyphenated names, the SSN and the ZIP as
numbers, ``YYYYMMDD`` dates, card numbers in clear, ``CH-USER-FLD-2``) and the Bielefeld pension fund's SAP-style
table (``NACHN``, ``VORNA``, ``GBDAT`` as ``DATS`` text, ``PSTLZ``, ``ORT01``, ``KOINH``, Steuer-ID, ``ZZFELD2``). The
rest are modern: a Grand Rapids credit union's member master (snake case, ``mbr_fnm``, ``addr_ln1``, ``misc_2``), a
Cardiff debt-advice charity's cases (camel case, National Insurance numbers with some ``QQ123456C``, ``userField2``),
a Perth superannuation fund's members (Pascal case, TFN, ABN, ``Udf03``), a Lagos microfinance bank's group-loan
clients (SCREAMING case, BVN and NIN, ``CUSTOM_FIELD_2``), a Dublin crypto exchange's KYC checks (PPSN, passports,
IBAN, IPs, wallet addresses, ``misc_2`` by row a phone, an e-mail or a name), a Karachi pawnbroker's CRM staging table
(``src_crm_col01`` to ``src_crm_col18``: CNIC, gold pledges), and the Swiss (AVS numbers, UID), Colombian (cédula,
NIT), Italian (codice fiscale, partita IVA, ``CampoLibero2`` by row a phone, an e-mail or a name), Brazilian (CPF,
CNPJ, a payroll card in clear), Polish (PESEL encoding the birth date, NIP) and Japanese (My Number, corporate
number, ``jiyuu_koumoku_2``) tables.

Written **blind**, like v2 to v88: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how the
scorer registers a set (``heldout_v2_accuracy.py``), the structure and labeling conventions of v27 (its modules, its
test and ``tests/heldout_support.py``), the module docstrings of v24 to v86 (to avoid their domains) and the
``Column``/``Table`` classes and writer of v2 and v4. The classifier was not run on this set while it was written, no
scorer was run on it, and no score was looked at. It was written under a short deadline (25 minutes, the tests and
lint included), so some labels are quick decisions rather than settled conventions.

Labeling choices a reader may question:

* a Canadian SIN, a US SSN, a UK National Insurance number, an Irish PPSN and a Swiss AVS number are ``ssn``; a TFN,
  BVN, NIN, passport number, CNIC, Steuer-ID, cédula and a person's NIT, codice fiscale, CPF, PESEL and My Number are
  ``national_id``;
* a company's ABN, VAT, UID, NIT, partita IVA, CNPJ, NIP, EIN and corporate number are ``none`` (tag ``business``);
  contract, receipt, NSU and repayment numbers shaped like a national number and failing its check are ``none`` (tag
  ``value_shape``);
* a crypto wallet address is ``none`` (tag ``value_shape``: a pseudonymous key, no kind fits); a payout IBAN is
  ``iban``; a share account, a NUBAN, a BSB and account, a sort code and account, a DDA account and a Japanese
  withdrawal account are ``unclassified`` (tag ``bank_account``), as are logins (tag ``username``);
* a beneficiary, a spouse, a guarantor, a group leader, a father's or a mother's name are personal (tag
  ``role_word``); loan officers, advisers, appraisers and reviewers are staff (tag ``staff``);
* a branch's address and phone are ``none`` (tag ``business``); a state, a province, a canton or a prefecture is
  ``none``; a Nigerian local government area and a Japanese municipality are ``city``.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v89_values`, written for v89 (no Faker, no list of real people, no breach
data). Build: ``python -m benchmarks.classification.heldout_v89 [PATH]`` (default ``/tmp/heldout_v89.duckdb``).
Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v89``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from stdnum.br import cpf as _cpf
from stdnum.de import idnr as _idnr
from stdnum.pl import pesel as _pesel

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v89_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v89_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v89.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings or placeholders
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
STAFF = "staff"
ROLE = "role_word"
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
BANK = "bank_account"
SERVICE = "service_account"
KEY = "join_key"
OPAQUE = "opaque"  # a custom field whose name says nothing (misc_2, Udf03, ZZFELD2 ...)
MIXED = "mixed_kinds"  # an opaque field holding a phone, an e-mail or a name by row (free_text)
PLACEHOLDER = "placeholder"
LEGACY = "legacy"  # a padded CHAR or numeric field of a legacy extract
STAGING = "staging"  # a source-numbered staging column
BIZ = "business"
DECOY = "decoy"


def _staff(g: Gen, n: int, lang: str) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.whole(g, lang))
    return sorted(out)


def _logins(g: Gen, n: int, lang: str, style: int) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.login(*v.person(g, lang), style))
    return sorted(out)


def _dirty(g: Gen, values: list, share: float, placeholders: list[Any]) -> list:
    return [g.rnd.choice(placeholders) if x is not None and g.rnd.random() < share else x for x in values]


def _mixed(g: Gen, lang: str, region: str, domains: list[str], null: float) -> list:
    """By row a phone, an e-mail address or a name (or NULL)."""

    def one() -> str:
        pick = g.rnd.random()
        if pick < 0.35:
            return g.phone(region, "national")
        if pick < 0.7:
            return v.email_of(g, *v.person(g, lang), domains)
        return v.whole(g, lang)

    return g.col(one, null)


def _pairs(g: Gen, lang: str) -> list[tuple[str, str, bool]]:
    out = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, lang, female)
        out.append((a, b, female))
    return out


# -- English: Michigan, Cardiff, Perth, Manitoba (AS/400) --------------------------------------------------------------


def mi_credit_union(g: Gen) -> Table:
    """A Grand Rapids credit union's member master (Postgres, snake case with abbreviations): member number, names,
    SSN (some ``000-00-0000``), birth date, address lines, city, state, ZIP, contact phone, e-mail, the share account
    (``unclassified``), the credit union's routing number and branch (``none``), the loan officer (staff), the online
    banking login, the last login IP, ``misc_1`` (a marketing segment) and ``misc_2`` (the joint owner's name)."""
    people = _pairs(g, "mi")
    places = [v.city(g, "mi") for _ in range(g.rows)]
    officers = _staff(g, 5, "mi")
    branches = [("Wyoming Branch", "3210 28th St SW", "6165550141"), ("Eastown Branch", "1420 Wealthy St SE",
                                                                      "6165550177"),
                ("Kentwood Branch", "4400 Kalamazoo Ave SE", "6165550102")]
    branch = [g.rnd.choice(branches) for _ in range(g.rows)]
    return Table("lakeshore_cu.member_master", "en", "snake", [
        c("mbr_nbr", N, "BIGINT", g.keys(100_450, 3), DECOY, KEY, ABBREV),
        c("mbr_fnm", "first_name", "VARCHAR", [p[0] for p in people], ABBREV),
        c("mbr_lnm", "last_name", "VARCHAR", [p[1] for p in people], ABBREV),
        c("ssn", "ssn", "VARCHAR", _dirty(g, g.col(lambda: v.us_ssn(g), 0.03), 0.04, ["000-00-0000"]), PLACEHOLDER),
        c("birth_dt", "date_of_birth", "DATE", g.births(1938, 2006), ABBREV),
        c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.street(g, "mi")), ABBREV),
        c("addr_ln2", "street_address", "VARCHAR", g.col(lambda: f"Apt {g.rnd.randint(1, 40)}", 0.8), ABBREV, HEAVY),
        c("city_nm", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("st_cd", N, "VARCHAR", [p[1] for p in places], DECOY, ABBREV),
        c("zip_cd", "postal_code", "VARCHAR", [v.postcode(g, "mi", p[2]) for p in places], ABBREV),
        c("ctc_ph", "phone", "VARCHAR", g.phones("US", {"dashes": 0.5, "national": 0.3, "digits": 0.2}, 0.8, 0.05,
                                                  ("616", "517", "269", "313", "231", "989")), ABBREV),
        c("email_addr", "email", "VARCHAR", [v.email_of(g, a, b, ["gmail.com", "yahoo.com", "comcast.net",
                                                                   "att.net"]) if g.rnd.random() < 0.85 else None
                                             for a, b, _ in people]),
        c("share_acct_no", USERNAME, "VARCHAR", g.col(lambda: g.digits(10)), BANK),
        c("rtn_nbr", N, "VARCHAR", ["272481525"] * g.rows, DECOY, BIZ),
        c("branch_nm", N, "VARCHAR", [b[0] for b in branch], BIZ),
        c("branch_addr", N, "VARCHAR", [b[1] for b in branch], BIZ),
        c("branch_ph", N, "VARCHAR", [b[2] for b in branch], BIZ),
        c("loan_ofcr", "person_name", "VARCHAR", g.col(g.pick(officers), 0.3), STAFF, ABBREV),
        c("olb_user_id", USERNAME, "VARCHAR", [v.login(a, b, i) for i, (a, b, _) in enumerate(people)], USER),
        c("last_login_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25), 0.2)),
        c("opened_dt", N, "DATE", g.days("1995-01-01", "2025-10-31"), DECOY),
        c("misc_1", N, "VARCHAR", g.col(g.pick(["SEG-A", "SEG-B", "SEG-C", "YOUTH", "SENIOR"])), DECOY, OPAQUE),
        c("misc_2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "mi"), 0.6), OPAQUE, HEAVY),
        c("upd_user", N, "VARCHAR", g.col(g.pick(["SYMBATCH", "ETL_NIGHTLY"])), DECOY, AUDIT, SERVICE),
    ])


def cy_debt_advice(g: Gen) -> Table:
    """A Cardiff debt-advice charity's case table (camel case): case reference, the client's names, National
    Insurance number (some ``QQ123456C``), birth date as ``dd/mm/yyyy`` text, address lines, town, postcode, mobile and
    home phones, e-mail, the partner's name, the adviser (staff), the creditor (a company), the total debt, the bank's
    sort code and account (``unclassified``), the charity's office phone and registration number, ``userField1`` (a
    referral channel) and ``userField2`` (the referrer's phone, e-mail or name), case notes (mostly ``N/A``)."""
    people = _pairs(g, "cy")
    places = [v.city(g, "cy") for _ in range(g.rows)]
    advisers = _staff(g, 4, "cy")

    def note() -> str:
        return g.rnd.choice([f"Client's partner {v.whole(g, 'cy')} present", "Priority debts: council tax arrears",
                             f"Call back on {g.phone('GB', 'national')}", "DRO application started"])

    return Table("debtadvice.clientCases", "en", "camel", [
        c("caseRef", N, "VARCHAR", [f"DA{g.digits(6)}" for _ in range(g.rows)], DECOY, SHAPE),
        c("clientForename", "first_name", "VARCHAR", [p[0] for p in people]),
        c("clientSurname", "last_name", "VARCHAR", [p[1] for p in people]),
        c("niNumber", "ssn", "VARCHAR", _dirty(g, g.col(lambda: v.gb_nino(g), 0.15), 0.05, ["QQ123456C"]),
          PLACEHOLDER, ABBREV),
        c("dateOfBirth", "date_of_birth", "VARCHAR", [g.birth(1950, 2005).strftime("%d/%m/%Y") for _ in people]),
        c("addressLine1", "street_address", "VARCHAR", g.col(lambda: v.street(g, "cy"))),
        c("addressLine2", "street_address", "VARCHAR", g.col(g.pick(["Canton", "Grangetown", "Splott", "Ely",
                                                                     "Butetown", "Llanrumney"]), 0.55), HEAVY),
        c("town", "city", "VARCHAR", [p[0] for p in places]),
        c("postcode", "postal_code", "VARCHAR", [v.postcode(g, "cy", p[2]) for p in places]),
        c("mobileNo", "phone", "VARCHAR", g.phones("GB", {"national": 0.7, "e164": 0.3}, 1.0, 0.1), ABBREV),
        c("homePhone", "phone", "VARCHAR", g.phones("GB", {"national": 1.0}, 0.0, 0.75), HEAVY),
        c("emailAddress", "email", "VARCHAR", [v.email_of(g, a, b, ["btinternet.com", "gmail.com", "hotmail.co.uk",
                                                                     "sky.com"]) for a, b, _ in people]),
        c("partnerName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "cy"), 0.55), ROLE, HEAVY),
        c("adviser", "person_name", "VARCHAR", g.col(g.pick(advisers)), STAFF, ROLE),
        c("creditorName", N, "VARCHAR", g.col(g.pick(["Cardiff Council", "Dwr Cymru Welsh Water", "British Gas",
                                                      "Vanquis Bank", "Lowell Portfolio", "HMRC"])), DECOY),
        c("totalDebtGbp", N, "DECIMAL(10,2)", g.amounts(150, 48_000), DECOY),
        c("sortCodeAccount", USERNAME, "VARCHAR", g.col(lambda: f"{g.code('99-99-99')} {g.digits(8)}", 0.3), BANK),
        c("officePhone", N, "VARCHAR", g.col(g.pick(["029 2087 0555", "029 2087 0556"])), BIZ),
        c("charityNo", N, "VARCHAR", ["1104521"] * g.rows, BIZ, DECOY),
        c("caseOpened", N, "DATE", g.days("2021-01-01", "2025-12-01"), DECOY),
        c("userField1", N, "VARCHAR", g.col(g.pick(["GP referral", "Web chat", "Food bank", "Housing officer"])),
          DECOY, OPAQUE),
        c("userField2", "free_text", "VARCHAR", _mixed(g, "cy", "GB", ["gmail.com", "nhs.net"], 0.4), OPAQUE, MIXED),
        c("caseNotes", "free_text", "VARCHAR", g.sparse(note, 0.78, ("N/A", "-", "unknown", "n/a")), NULLWORD),
    ])


def au_super_fund(g: Gen) -> Table:
    """A Perth superannuation fund's member accounts (Pascal case): member number, names, TFN, birth date,
    residential street, suburb, state, postcode, mobile, e-mail, the nominated beneficiary, the employer and its ABN,
    the fund's ABN and USI, the rollover BSB and account (``unclassified``), the portal user name, the claims officer
    (staff), ``Udf03`` (the beneficiary's phone) and ``Udf04`` (an investment option)."""
    people = _pairs(g, "au")
    places = [v.city(g, "au") for _ in range(g.rows)]
    employers = [(n, v.au_abn(g)) for n in ["Pilbara Haulage Pty Ltd", "Swan Valley Wines", "Fremantle Ports Co",
                                            "Goldfields Drilling", "Kwinana Refinery Services"]]
    employer = [g.rnd.choice(employers) for _ in range(g.rows)]
    fund_abn = v.au_abn(g)
    officers = _staff(g, 3, "au")
    return Table("westsuper.MemberAccount", "en", "pascal", [
        c("MemberNumber", N, "BIGINT", g.keys(7_000_100, 7), DECOY, KEY),
        c("GivenName", "first_name", "VARCHAR", [p[0] for p in people]),
        c("FamilyName", "last_name", "VARCHAR", [p[1] for p in people]),
        c("TaxFileNumber", "national_id", "VARCHAR", g.col(lambda: v.au_tfn(g), 0.1)),
        c("BirthDate", "date_of_birth", "DATE", g.births(1945, 2007)),
        c("ResidentialStreet", "street_address", "VARCHAR", g.col(lambda: v.street(g, "au"))),
        c("Suburb", "city", "VARCHAR", [p[0] for p in places]),
        c("State", N, "VARCHAR", [p[1] for p in places], DECOY),
        c("Postcode", "postal_code", "VARCHAR", [v.postcode(g, "au", p[2]) for p in places]),
        c("MobilePhone", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "intl": 0.4}, 1.0, 0.08)),
        c("Email", "email", "VARCHAR", [v.email_of(g, a, b, ["bigpond.com", "iinet.net.au", "gmail.com"])
                                        for a, b, _ in people]),
        c("NominatedBeneficiary", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au"), 0.5), ROLE),
        c("EmployerName", N, "VARCHAR", [e[0] for e in employer], DECOY),
        c("EmployerAbn", N, "VARCHAR", [e[1] for e in employer], BIZ, SHAPE),
        c("FundAbn", N, "VARCHAR", [fund_abn] * g.rows, BIZ, SHAPE),
        c("Usi", N, "VARCHAR", ["WSF0101AU"] * g.rows, DECOY, ABBREV),
        c("RolloverBsbAccount", USERNAME, "VARCHAR", g.col(lambda: f"{g.code('999-999')} {g.digits(9)}", 0.45), BANK),
        c("PortalUserName", USERNAME, "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "au"), ["x.io"]).split(
            "@")[0], 0.2), USER),
        c("ClaimsOfficer", "person_name", "VARCHAR", g.col(g.pick(officers), 0.4), STAFF),
        c("LastContributionDate", N, "DATE", g.days("2025-01-01", "2025-11-28"), DECOY),
        c("Udf03", "phone", "VARCHAR", g.phones("AU", {"national": 1.0}, 1.0, 0.6), OPAQUE, HEAVY),
        c("Udf04", N, "VARCHAR", g.col(g.pick(["MySuper Balanced", "High Growth", "Indexed", "Cash"])), DECOY,
          OPAQUE),
    ])


def mb_as400_broker(g: Gen) -> Table:
    """A Winnipeg insurance broker's AS/400 policyholder file ``POLHLDR`` (two-letter prefix ``PH``, padded CHAR,
    ``DECIMAL`` numbers with 0 for missing): policy number, names, SIN, birth date as ``CYYMMDD``, address lines,
    city, province, postal code, home and cell phones as numbers, the producer (staff), branch and its phone, the
    effective date, premium, the creating user and job, ``PHUDF1`` (a rating class) and ``PHUDF2`` (an e-mail)."""
    people = _pairs(g, "mb")
    places = [v.city(g, "mb") for _ in range(g.rows)]
    producers = _staff(g, 4, "mb")
    users = _logins(g, 4, "mb", 2)

    def num_phone(null: float) -> list:
        return [0 if x is None else v.digits_of(x) for x in g.phones("CA", {"digits": 1.0}, 0.5, null,
                                                                      ("204", "431"))]

    return Table("PRAIRIEBRK.POLHLDR", "en", "screaming", [
        c("PHPLNO", N, "CHAR(10)", [v.pad(f"MB{g.digits(7)}", 10) for _ in people], DECOY, LEGACY, KEY),
        c("PHLNAM", "last_name", "CHAR(25)", [v.pad(b.upper(), 25) for _, b, _ in people], LEGACY, ABBREV),
        c("PHFNAM", "first_name", "CHAR(20)", [v.pad(a.upper(), 20) for a, _, _ in people], LEGACY, ABBREV),
        c("PHSIN", "ssn", "DECIMAL(9,0)", [v.ca_sin(g) if g.rnd.random() < 0.8 else 0 for _ in people], LEGACY),
        c("PHBDT", "date_of_birth", "DECIMAL(7,0)", [v.cyymmdd(g.birth(1940, 2006)) for _ in people], LEGACY),
        c("PHADR1", "street_address", "CHAR(30)", [v.pad(v.street(g, "mb").upper(), 30) for _ in people], LEGACY),
        c("PHADR2", "street_address", "CHAR(30)", [v.pad(f"UNIT {g.rnd.randint(1, 300)}" if g.rnd.random() < 0.2
                                                          else "", 30) for _ in people], LEGACY, NULLWORD),
        c("PHCITY", "city", "CHAR(20)", [v.pad(p[0].upper(), 20) for p in places], LEGACY),
        c("PHPROV", N, "CHAR(2)", [p[1] for p in places], DECOY, LEGACY),
        c("PHPSTL", "postal_code", "CHAR(7)", [v.pad(v.postcode(g, "mb", p[2]), 7) for p in places], LEGACY),
        c("PHHPHN", "phone", "DECIMAL(10,0)", num_phone(0.3), LEGACY),
        c("PHCPHN", "phone", "DECIMAL(10,0)", num_phone(0.45), LEGACY),
        c("PHPROD", "person_name", "CHAR(25)", [v.pad(x.upper(), 25) for x in g.col(g.pick(producers))], STAFF,
          LEGACY),
        c("PHBRCH", N, "CHAR(3)", g.col(g.pick(["WPG", "BDN", "STB"])), DECOY, LEGACY),
        c("PHBRPH", N, "DECIMAL(10,0)", g.col(g.pick([2045550112, 2045550190, 2045550143])), BIZ, LEGACY),
        c("PHEFDT", N, "DECIMAL(7,0)", [v.cyymmdd(g.day("2019-01-01", "2025-12-31")) for _ in people], DECOY, LEGACY),
        c("PHPREM", N, "DECIMAL(9,2)", g.amounts(300, 6_500), DECOY, LEGACY),
        c("PHCRUS", USERNAME, "CHAR(10)", [v.pad(x.upper(), 10) for x in g.col(g.pick(users))], USER, AUDIT, LEGACY),
        c("PHCRJB", N, "CHAR(10)", [v.pad(x, 10) for x in g.col(g.pick(["QPADEV0007", "POLRENEW"]))], DECOY, SERVICE,
          AUDIT, LEGACY),
        c("PHUDF1", N, "CHAR(4)", [v.pad(x, 4) for x in g.col(g.pick(["A1", "B2", "C1", "PREF"]))], DECOY, OPAQUE, LEGACY),
        c("PHUDF2", "email", "CHAR(40)", [v.pad(v.email_of(g, a, b, ["mts.net", "shaw.ca", "gmail.com"]).upper()
                                                if g.rnd.random() < 0.55 else "", 40) for a, b, _ in people],
          OPAQUE, LEGACY),
    ])


# -- English: Nigeria, Dublin, North Carolina (COBOL), Pakistan (staging) ----------------------------------------------


def ng_microfinance(g: Gen) -> Table:
    """A Lagos microfinance bank's group-loan clients (SCREAMING case): client id, surname, first and other names,
    BVN and NIN, birth date as ``dd-mm-yyyy`` text, phones, residential address, LGA and state, the lending group and
    its leader, the loan officer (staff), the loan, the NUBAN (``unclassified``), a repayment reference shaped like a
    BVN, the branch's address, ``CUSTOM_FIELD_1`` (a trade) and ``CUSTOM_FIELD_2`` (the next of kin's phone)."""
    people = _pairs(g, "ng")
    places = [v.city(g, "ng") for _ in range(g.rows)]
    groups = [(f"{w} Women Traders Group", v.whole(g, "ng")) for w in ["Oshodi", "Mushin", "Bodija", "Ogbete",
                                                                       "Kuto", "Idumota"]]
    group = [g.rnd.choice(groups) for _ in range(g.rows)]
    officers = _staff(g, 6, "ng")
    leads = ("803", "806", "813", "816", "703", "706", "810", "905", "802", "808")
    return Table("LAGOSMFB.LOAN_CLIENTS", "en", "screaming", [
        c("CLIENT_ID", N, "VARCHAR", [f"LMB{i:07d}" for i in g.keys(20_011)], DECOY, KEY),
        c("SURNAME", "last_name", "VARCHAR", [p[1].upper() for p in people]),
        c("FIRST_NAME", "first_name", "VARCHAR", [p[0] for p in people]),
        c("OTHER_NAMES", "first_name", "VARCHAR", g.col(lambda: v.given(g, "ng"), 0.4)),
        c("BVN", "national_id", "VARCHAR", g.col(lambda: "22" + g.digits(9), 0.05), ABBREV),
        c("NIN", "national_id", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 9)) + g.digits(10), 0.35), ABBREV),
        c("DOB", "date_of_birth", "VARCHAR", [g.birth(1958, 2005).strftime("%d-%m-%Y") for _ in people], ABBREV),
        c("PHONE_NO", "phone", "VARCHAR", g.phones("NG", {"national": 0.7, "e164": 0.3}, 1.0, 0.02, leads)),
        c("ALT_PHONE_NO", "phone", "VARCHAR", g.phones("NG", {"national": 1.0}, 1.0, 0.7, leads), HEAVY),
        c("RESIDENTIAL_ADDRESS", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ng"))),
        c("LGA", "city", "VARCHAR", [p[0] for p in places], ABBREV),
        c("STATE_OF_RESIDENCE", N, "VARCHAR", [p[1] for p in places], DECOY),
        c("GROUP_NAME", N, "VARCHAR", [x[0] for x in group], DECOY),
        c("GROUP_LEADER", "person_name", "VARCHAR", [x[1] for x in group], ROLE),
        c("LOAN_OFFICER", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
        c("LOAN_AMOUNT_NGN", N, "DECIMAL(12,2)", g.amounts(50_000, 750_000), DECOY),
        c("DISBURSED_ON", N, "DATE", g.days("2024-01-01", "2025-11-30"), DECOY),
        c("NUBAN", USERNAME, "VARCHAR", g.col(lambda: g.digits(10), 0.1), BANK),
        c("REPAYMENT_REF", N, "VARCHAR", g.col(lambda: "22" + g.digits(9)), DECOY, SHAPE),
        c("BRANCH_ADDRESS", N, "VARCHAR", g.col(g.pick(["14 Ikorodu Road, Maryland", "3 Agege Motor Road, Mushin"])),
          BIZ),
        c("CUSTOM_FIELD_1", N, "VARCHAR", g.col(g.pick(["Tailoring", "Foodstuff", "Provisions", "Hairdressing"])),
          DECOY, OPAQUE),
        c("CUSTOM_FIELD_2", "phone", "VARCHAR", g.phones("NG", {"national": 1.0}, 1.0, 0.3, leads), OPAQUE),
    ])


def ie_crypto_kyc(g: Gen) -> Table:
    """A Dublin crypto exchange's KYC checks (snake case): UUIDs, names, birth date, PPSN, passport number, address
    lines, county, Eircode, e-mail, mobile, the sign-up IP, the payout IBAN, a wallet address (``none``), the
    reviewer (staff), the verification vendor's check id, a corporate client's VAT number, a risk score,
    ``misc_1`` (a tier) and ``misc_2`` (by row a phone, an e-mail or a name: ``free_text``)."""
    people = _pairs(g, "ie")
    places = [v.city(g, "ie") for _ in range(g.rows)]
    reviewers = _staff(g, 5, "ie")
    return Table("harbourx_kyc.identity_verifications", "en", "snake", [
        c("id", N, "VARCHAR", g.col(g.uuid), DECOY, KEY),
        c("user_id", N, "BIGINT", g.keys(550_000, 11), DECOY, KEY),
        c("legal_first_name", "first_name", "VARCHAR", [p[0] for p in people]),
        c("legal_last_name", "last_name", "VARCHAR", [p[1] for p in people]),
        c("date_of_birth", "date_of_birth", "DATE", g.births(1950, 2007)),
        c("ppsn", "ssn", "VARCHAR", g.col(lambda: v.ie_pps(g), 0.2)),
        c("passport_no", "national_id", "VARCHAR", g.col(lambda: g.code("AA9999999"), 0.4), ABBREV),
        c("address_line1", "street_address", "VARCHAR", g.col(lambda: v.street(g, "ie"))),
        c("address_line2", "street_address", "VARCHAR", g.col(lambda: g.rnd.choice(["The Liberties", "Rathmines",
                                                                                     "Ballybrack", "Applewood"]),
                                                              0.65), HEAVY),
        c("county", N, "VARCHAR", [p[1] for p in places], DECOY),
        c("eircode", "postal_code", "VARCHAR", [v.postcode(g, "ie", p[2]) for p in places]),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, ["eircom.net", "gmail.com", "icloud.com"])
                                        for a, b, _ in people]),
        c("mobile", "phone", "VARCHAR", g.phones("IE", {"e164": 0.6, "national": 0.4}, 1.0, 0.05)),
        c("signup_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.35))),
        c("payout_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IE", g.rnd.random() < 0.3), 0.3)),
        c("deposit_wallet", N, "VARCHAR", g.col(lambda: v.wallet(g)), DECOY, SHAPE),
        c("reviewed_by", "person_name", "VARCHAR", g.col(g.pick(reviewers), 0.1), STAFF),
        c("vendor_check_id", N, "VARCHAR", g.col(lambda: v.token(g, "chk_")), DECOY),
        c("corporate_vat", N, "VARCHAR", g.col(lambda: v.ie_vat(g), 0.55), BIZ, SHAPE),
        c("risk_score", N, "INTEGER", g.ints(0, 100), DECOY),
        c("checked_at", N, "TIMESTAMP", g.moments("2024-03-01", "2025-11-30"), DECOY),
        c("misc_1", N, "VARCHAR", g.col(g.pick(["tier_1", "tier_2", "tier_3"])), DECOY, OPAQUE),
        c("misc_2", "free_text", "VARCHAR", _mixed(g, "ie", "IE", ["gmail.com", "outlook.ie"], 0.3), OPAQUE, MIXED),
        c("created_by", N, "VARCHAR", g.col(g.pick(["kyc-orchestrator", "onboarding-api"])), DECOY, AUDIT, SERVICE),
    ])


def nc_cobol_paycard(g: Gen) -> Table:
    """A Greensboro payroll-card processor's COBOL copybook extract (hyphenated names, padded PIC X fields, PIC 9
    numbers with 0 for missing): account, names, SSN and ZIP as numbers, the birth date as ``YYYYMMDD``, address,
    city, state, home phone as a number, the card number in clear, the DDA account (``unclassified``), the employer
    and its EIN, the load amount and date, the program id, ``CH-USER-FLD-1`` (a pay group) and ``CH-USER-FLD-2``
    (the emergency contact's name)."""
    people = _pairs(g, "nc")
    places = [v.city(g, "nc") for _ in range(g.rows)]
    employers = [("PIEDMONT POULTRY INC", "56-1873402"), ("CAPE FEAR STAFFING LLC", "56-2201948"),
                 ("BLUE RIDGE HOSPITALITY", "56-1190357")]
    employer = [g.rnd.choice(employers) for _ in range(g.rows)]

    def ssn_num() -> int:
        return int(v.us_ssn(g, False)) if g.rnd.random() < 0.9 else 0

    phones = g.phones("US", {"digits": 1.0}, 0.5, 0.25, ("336", "910", "828", "919", "252"))
    return Table("TARHEELPAY.CARDHOLDER_EXTRACT", "en", "screaming", [
        c("CH-ACCT-NO", N, "CHAR(12)", [f"{i:012d}" for i in g.keys(400_000_100, 13)], DECOY, KEY, LEGACY),
        c("CH-LAST-NAME", "last_name", "CHAR(20)", [v.pad(b.upper(), 20) for _, b, _ in people], LEGACY),
        c("CH-FIRST-NAME", "first_name", "CHAR(15)", [v.pad(a.upper(), 15) for a, _, _ in people], LEGACY),
        c("CH-SSN", "ssn", "DECIMAL(9,0)", [ssn_num() for _ in people], LEGACY, ABBREV),
        c("CH-BIRTH-DATE", "date_of_birth", "DECIMAL(8,0)", [v.yyyymmdd(g.birth(1955, 2006)) for _ in people],
          LEGACY),
        c("CH-ADDR-LINE-1", "street_address", "CHAR(30)", [v.pad(v.street(g, "nc").upper(), 30) for _ in people],
          LEGACY, ABBREV),
        c("CH-CITY", "city", "CHAR(18)", [v.pad(p[0].upper(), 18) for p in places], LEGACY),
        c("CH-STATE", N, "CHAR(2)", [p[1] for p in places], DECOY, LEGACY),
        c("CH-ZIP", "postal_code", "DECIMAL(5,0)", [int(v.postcode(g, "nc", p[2])) if g.rnd.random() < 0.95 else 0
                                                     for p in places], LEGACY),
        c("CH-HOME-PHONE", "phone", "DECIMAL(10,0)", [0 if x is None else int(x) for x in phones], LEGACY),
        c("CH-CARD-NBR", "credit_card", "CHAR(16)", [v.card(g) for _ in people], LEGACY, ABBREV),
        c("CH-DDA-ACCT", USERNAME, "CHAR(17)", [v.pad(g.digits(12), 17) for _ in people], BANK, LEGACY),
        c("CH-EMPLOYER-NAME", N, "CHAR(30)", [v.pad(e[0], 30) for e in employer], DECOY, LEGACY),
        c("CH-EMPLOYER-EIN", N, "CHAR(10)", [e[1] for e in employer], BIZ, LEGACY, SHAPE),
        c("CH-LOAD-AMT", N, "DECIMAL(9,2)", g.amounts(80, 2_400), DECOY, LEGACY),
        c("CH-LAST-LOAD-DATE", N, "DECIMAL(8,0)", [v.yyyymmdd(g.day("2025-06-01", "2025-11-28")) for _ in people],
          DECOY, LEGACY),
        c("CH-STATUS-CD", N, "CHAR(1)", g.col(g.pick(["A", "A", "A", "S", "C"])), DECOY, LEGACY),
        c("CH-PROG-ID", N, "CHAR(8)", g.col(g.pick(["PCLOAD01", "PCLOAD02"])), DECOY, SERVICE, LEGACY),
        c("CH-USER-FLD-1", N, "CHAR(10)", [v.pad(x, 10) for x in g.col(g.pick(["WEEKLY", "BIWEEKLY"]))], DECOY,
          OPAQUE, LEGACY),
        c("CH-USER-FLD-2", "person_name", "CHAR(30)", [v.pad(v.whole(g, "nc").upper() if g.rnd.random() < 0.6 else "",
                                                             30) for _ in people], OPAQUE, LEGACY),
    ])


def pk_pawn_staging(g: Gen) -> Table:
    """A Karachi pawnbroker's CRM staging table (source-numbered columns ``src_crm_col01`` to ``src_crm_col18`` plus
    load metadata): customer id, name, father's or husband's name, CNIC, birth date text, mobile, address, city, gold
    weight and karat, the loan, the pledge date, the branch and its phone, a receipt number shaped like a CNIC but
    failing its check, the appraiser (staff), ``col17`` (the customer's e-mail) and ``col18`` (a status code)."""
    people = _pairs(g, "pk")
    places = [v.city(g, "pk") for _ in range(g.rows)]
    appraisers = _staff(g, 4, "pk")

    def receipt() -> str:
        return v.failing(g, lambda: f"{g.rnd.choice('089')}{g.digits(4)}-{g.digits(7)}-{g.digits(1)}",
                         v._cnic.is_valid)

    return Table("stg_sindhgold.src_crm_extract", "en", "snake", [
        c("load_batch_id", N, "INTEGER", [20251130] * g.rows, DECOY),
        c("src_crm_col01", N, "VARCHAR", [f"C{i}" for i in g.keys(81_000)], DECOY, KEY, STAGING),
        c("src_crm_col02", "person_name", "VARCHAR", [f"{a} {b}" for a, b, _ in people], STAGING),
        c("src_crm_col03", "person_name", "VARCHAR", [v.whole(g, "pk") for _ in people], STAGING, ROLE),
        c("src_crm_col04", "national_id", "VARCHAR", [v.pk_cnic(g, f) for _, _, f in people], STAGING),
        c("src_crm_col05", "date_of_birth", "VARCHAR", [g.birth(1955, 2005).strftime("%d/%m/%Y") for _ in people],
          STAGING),
        c("src_crm_col06", "phone", "VARCHAR", g.phones("PK", {"national": 0.6, "e164": 0.4}, 1.0, 0.03), STAGING),
        c("src_crm_col07", "street_address", "VARCHAR", g.col(lambda: f"House {g.rnd.randint(1, 400)}, "
                                                              f"{g.rnd.choice(v.STREETS['pk'])}"), STAGING),
        c("src_crm_col08", "city", "VARCHAR", [p[0] for p in places], STAGING),
        c("src_crm_col09", N, "DECIMAL(6,2)", g.floats(2, 120, 2), DECOY, STAGING),
        c("src_crm_col10", N, "VARCHAR", g.col(g.pick(["18K", "21K", "22K", "24K"])), DECOY, STAGING),
        c("src_crm_col11", N, "DECIMAL(12,2)", g.amounts(10_000, 900_000), DECOY, STAGING),
        c("src_crm_col12", N, "DATE", g.days("2024-06-01", "2025-11-29"), DECOY, STAGING),
        c("src_crm_col13", N, "VARCHAR", g.col(g.pick(["Saddar Branch", "Gulshan Branch", "Hyderabad Branch"])), DECOY,
          STAGING, BIZ),
        c("src_crm_col14", N, "VARCHAR", g.col(g.pick(["021-35550112", "021-34970123", "022-2780145"])), BIZ,
          STAGING),
        c("src_crm_col15", N, "VARCHAR", [receipt() for _ in people], DECOY, SHAPE, STAGING),
        c("src_crm_col16", "person_name", "VARCHAR", g.col(g.pick(appraisers)), STAFF, STAGING),
        c("src_crm_col17", "email", "VARCHAR", [v.email_of(g, a, b, ["gmail.com", "yahoo.com", "hotmail.com"])
                                                if g.rnd.random() < 0.5 else None for a, b, _ in people], OPAQUE,
          STAGING),
        c("src_crm_col18", N, "VARCHAR", g.col(g.pick(["ACTIVE", "REDEEMED", "AUCTION", "RENEWED"])), DECOY, OPAQUE,
          STAGING),
        c("load_ts", N, "TIMESTAMP", g.moments("2025-11-30", "2025-11-30"), DECOY),
        c("src_system", N, "VARCHAR", ["goldcrm_v3"] * g.rows, DECOY, SERVICE),
    ])


# -- German (SAP), French (Switzerland), Spanish (Colombia), Italian, Portuguese (Brazil), Polish, Japanese -----------


def de_sap_pension(g: Gen) -> Table:
    """A Bielefeld company pension fund's SAP-style table ``ZBAV_ANWAERTER`` (SAP's German field abbreviations,
    padded CHAR, ``DATS`` text): client, personnel number, names, birth date and place, Steuer-ID, street, postcode,
    city, country, phone, e-mail, IBAN and account holder (``KOINH``), company code, contract number shaped like a
    Steuer-ID failing its check, start date, pension amount, creator (a login) and changer (a batch user),
    ``ZZFELD1`` (a plan code) and ``ZZFELD2`` (the surviving dependant's name)."""
    people = _pairs(g, "de")
    places = [v.city(g, "de") for _ in range(g.rows)]
    users = _logins(g, 3, "de", 2)

    def contract() -> str:
        return v.failing(g, lambda: str(g.rnd.randint(1, 9)) + g.digits(10), _idnr.is_valid)

    return Table("sap_bav.ZBAV_ANWAERTER", "de", "screaming", [
        c("MANDT", N, "CHAR(3)", ["100"] * g.rows, DECOY, LEGACY),
        c("PERNR", N, "CHAR(8)", [f"{i:08d}" for i in g.keys(30_100, 3)], DECOY, KEY, LEGACY),
        c("NACHN", "last_name", "CHAR(40)", [v.pad(b, 40) for _, b, _ in people], LEGACY, ABBREV),
        c("VORNA", "first_name", "CHAR(40)", [v.pad(a, 40) for a, _, _ in people], LEGACY, ABBREV),
        c("GBDAT", "date_of_birth", "CHAR(8)", [g.birth(1945, 2004).strftime("%Y%m%d") for _ in people], LEGACY),
        c("GBORT", "city", "CHAR(40)", [v.pad(g.rnd.choice(["Bielefeld", "Gütersloh", "Herford", "Lemgo", "Kassel",
                                                            "Dortmund"]) if g.rnd.random() < 0.7 else "", 40)
                                        for _ in people], LEGACY, ABBREV),
        c("IDNR", "national_id", "CHAR(11)", [v.pad(v.de_idnr(g) if g.rnd.random() < 0.9 else "", 11)
                                              for _ in people], LEGACY),
        c("STRAS", "street_address", "CHAR(60)", [v.pad(v.street(g, "de"), 60) for _ in people], LEGACY, ABBREV),
        c("PSTLZ", "postal_code", "CHAR(10)", [v.pad(v.postcode(g, "de", p[2]), 10) for p in places], LEGACY),
        c("ORT01", "city", "CHAR(40)", [v.pad(p[0], 40) for p in places], LEGACY, ABBREV),
        c("LAND1", N, "CHAR(3)", ["DE "] * g.rows, DECOY, LEGACY),
        c("TELNR", "phone", "CHAR(30)", [v.pad(x, 30) for x in g.phones("DE", {"national": 0.7, "intl": 0.3}, 0.5)],
          LEGACY, ABBREV),
        c("SMTP_ADDR", "email", "CHAR(241)", [v.pad(v.email_of(g, a, b, ["web.de", "gmx.de", "t-online.de"])
                                                    if g.rnd.random() < 0.6 else "", 241) for a, b, _ in people],
          LEGACY),
        c("IBAN", "iban", "CHAR(34)", [v.pad(v.iban(g, "DE"), 34) for _ in people], LEGACY),
        c("KOINH", "person_name", "CHAR(60)", [v.pad(f"{a} {b}", 60) for a, b, _ in people], LEGACY, ABBREV),
        c("BUKRS", N, "CHAR(4)", g.col(g.pick(["1000", "1100", "2000"])), DECOY, LEGACY),
        c("VTRNR", N, "CHAR(11)", [contract() for _ in people], DECOY, SHAPE, LEGACY),
        c("BEGDA", N, "CHAR(8)", [g.day("1990-01-01", "2025-10-01").strftime("%Y%m%d") for _ in people], DECOY,
          LEGACY),
        c("RENTE", N, "DECIMAL(11,2)", g.amounts(40, 1_800), DECOY, LEGACY),
        c("ERNAM", USERNAME, "CHAR(12)", [v.pad(x.upper(), 12) for x in g.col(g.pick(users))], USER, AUDIT, LEGACY),
        c("AENAM", N, "CHAR(12)", [v.pad("BATCH_BAV", 12)] * g.rows, DECOY, AUDIT, SERVICE, LEGACY),
        c("ZZFELD1", N, "CHAR(4)", g.col(g.pick(["DV01", "UK02", "PK03"])), DECOY, OPAQUE, LEGACY),
        c("ZZFELD2", "person_name", "CHAR(60)", [v.pad(v.whole(g, "de") if g.rnd.random() < 0.5 else "", 60)
                                                 for _ in people], OPAQUE, LEGACY),
    ])


def ch_courtier(g: Gen) -> Table:
    """A Lausanne insurance broker's policyholders (French, camel case): client number, names, AVS number, birth
    date as ``dd.mm.yyyy`` text, street, NPA, locality, canton, mobile, e-mail, the spouse (``conjoint``), the adviser
    (staff), the insurer, the policy number, the broker's UID, the refund IBAN (mostly NULL), the login of the
    creator, remarks (mostly ``néant``), ``champLibre1`` (a segment) and ``champLibre2`` (an e-mail)."""
    people = _pairs(g, "chfr")
    places = [v.city(g, "chfr") for _ in range(g.rows)]
    advisers = _staff(g, 3, "chfr")
    users = _logins(g, 3, "chfr", 0)
    uid = v.ch_uid(g)

    def remark() -> str:
        return g.rnd.choice([f"Épouse {v.whole(g, 'chfr')} à contacter", "Sinistre en cours", "Résiliation au 31.12",
                             f"Rappeler au {g.phone('CH', 'national')}"])

    return Table("courtage_leman.preneursAssurance", "fr", "camel", [
        c("numeroClient", N, "BIGINT", g.keys(610_000, 5), DECOY, KEY),
        c("nomFamille", "last_name", "VARCHAR", [p[1] for p in people]),
        c("prenom", "first_name", "VARCHAR", [p[0] for p in people]),
        c("noAvs", "ssn", "VARCHAR", g.col(lambda: v.ch_ahv(g), 0.1), ABBREV),
        c("dateNaissance", "date_of_birth", "VARCHAR", [g.birth(1940, 2006).strftime("%d.%m.%Y") for _ in people]),
        c("rue", "street_address", "VARCHAR", g.col(lambda: v.street(g, "chfr"))),
        c("npa", "postal_code", "VARCHAR", [v.postcode(g, "chfr", p[2]) for p in places], ABBREV),
        c("localite", "city", "VARCHAR", [p[0] for p in places]),
        c("canton", N, "VARCHAR", [p[1] for p in places], DECOY),
        c("telPortable", "phone", "VARCHAR", g.phones("CH", {"national": 0.6, "intl": 0.4}, 1.0, 0.1), ABBREV),
        c("courriel", "email", "VARCHAR", [v.email_of(g, a, b, ["bluewin.ch", "gmail.com", "sunrise.ch"])
                                           for a, b, _ in people]),
        c("conjoint", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "chfr"), 0.5), ROLE),
        c("conseiller", "person_name", "VARCHAR", g.col(g.pick(advisers)), STAFF),
        c("assureur", N, "VARCHAR", g.col(g.pick(["Vaudoise", "Helvetia", "Mobilière", "Groupe Mutuel"])), DECOY),
        c("noPolice", N, "VARCHAR", g.col(lambda: g.code("99.999.999")), DECOY, SHAPE),
        c("uidCourtier", N, "VARCHAR", [uid] * g.rows, BIZ, SHAPE),
        c("ibanRemboursement", "iban", "VARCHAR", g.col(lambda: v.iban(g, "CH", True), 0.75), HEAVY),
        c("creePar", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, AUDIT),
        c("dateEffet", N, "DATE", g.days("2018-01-01", "2026-01-01"), DECOY),
        c("remarques", "free_text", "VARCHAR", g.sparse(remark, 0.8, ("néant", "-", "inconnu", "aucun")), NULLWORD),
        c("champLibre1", N, "VARCHAR", g.col(g.pick(["PRIVE", "PME", "VIP"])), DECOY, OPAQUE),
        c("champLibre2", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "chfr"), ["bluewin.ch"]), 0.55),
          OPAQUE, HEAVY),
    ])


def co_cooperativa(g: Gen) -> Table:
    """A Medellín savings and credit co-operative's members (Spanish, snake case): member id, names, document type
    and cédula, the member's NIT with its check digit, birth date, address, city, mobile, e-mail, the beneficiary,
    the adviser (staff), the paying employer and its NIT, the contribution, the bank account (``unclassified``), the
    creating user, ``campo_libre_1`` (a line of credit) and ``campo_libre_2`` (a landline)."""
    people = _pairs(g, "co")
    places = [v.city(g, "co") for _ in range(g.rows)]
    cedulas = [str(g.rnd.randint(1_000_000, 1_152_999_999)) for _ in people]
    advisers = _staff(g, 5, "co")
    users = _logins(g, 4, "co", 0)
    employers = [(n, v.co_nit(g, "9" + g.digits(8))) for n in ["Textiles del Valle S.A.S.", "Flores de Oriente Ltda",
                                                                  "Clínica Las Américas", "Alcaldía de Bello"]]
    employer = [g.rnd.choice(employers) for _ in range(g.rows)]
    return Table("coop_ahorro.asociados", "es", "snake", [
        c("id_asociado", N, "BIGINT", g.keys(5_001), DECOY, KEY),
        c("nombres", "first_name", "VARCHAR", [p[0] for p in people]),
        c("apellidos", "last_name", "VARCHAR", [p[1] for p in people]),
        c("tipo_documento", N, "VARCHAR", g.col(g.pick(["CC", "CC", "CC", "CE"])), DECOY, ABBREV),
        c("numero_documento", "national_id", "VARCHAR", cedulas),
        c("nit_asociado", "national_id", "VARCHAR", [v.co_nit(g, x) if g.rnd.random() < 0.3 else None
                                                      for x in cedulas], HEAVY),
        c("fecha_nacimiento", "date_of_birth", "DATE", g.births(1950, 2006)),
        c("direccion", "street_address", "VARCHAR", g.col(lambda: v.street(g, "co"))),
        c("ciudad", "city", "VARCHAR", [p[0] for p in places]),
        c("departamento", N, "VARCHAR", [p[1] for p in places], DECOY),
        c("celular", "phone", "VARCHAR", g.phones("CO", {"national": 0.7, "e164": 0.3}, 1.0, 0.05)),
        c("correo", "email", "VARCHAR", [v.email_of(g, a, b, ["gmail.com", "hotmail.com", "une.net.co"])
                                         for a, b, _ in people]),
        c("nombre_beneficiario", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "co"), 0.35), ROLE),
        c("asesor", "person_name", "VARCHAR", g.col(g.pick(advisers)), STAFF),
        c("empresa_pagadora", N, "VARCHAR", [e[0] for e in employer], DECOY),
        c("nit_pagadora", N, "VARCHAR", [e[1] for e in employer], BIZ, SHAPE),
        c("valor_aporte", N, "DECIMAL(12,2)", g.amounts(30_000, 600_000), DECOY),
        c("cuenta_bancaria", USERNAME, "VARCHAR", g.col(lambda: g.digits(11), 0.4), BANK),
        c("fecha_afiliacion", N, "DATE", g.days("2005-01-01", "2025-11-01"), DECOY),
        c("usuario_creacion", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, AUDIT),
        c("campo_libre_1", N, "VARCHAR", g.col(g.pick(["CREDIVIVIENDA", "LIBRE INVERSION", "EDUCATIVO"])), DECOY,
          OPAQUE),
        c("campo_libre_2", "phone", "VARCHAR", g.phones("CO", {"national": 1.0}, 0.0, 0.55), OPAQUE, HEAVY),
    ])


def it_cessione_quinto(g: Gen) -> Table:
    """A Bari salary-backed lender's loan files (Italian, Pascal case): file id, names, codice fiscale (encoding the
    row's name, birth date and comune), birth date and comune, address, CAP, comune, province, mobile, e-mail, the
    payout IBAN, the employer and its partita IVA, the contract number, the underwriter (staff), notes (mostly
    ``n.d.``), ``CampoLibero1`` (a channel) and ``CampoLibero2`` (by row a phone, an e-mail or a name)."""
    people = _pairs(g, "it")
    births = g.births(1950, 2004)
    born_in = [v.city(g, "it") for _ in range(g.rows)]
    places = [v.city(g, "it") for _ in range(g.rows)]
    underwriters = _staff(g, 3, "it")
    employers = [(n, v.it_partita_iva(g)) for n in ["ASL Bari", "Ilva Servizi Srl", "Comune di Foggia",
                                                     "Poste Italiane"]]
    employer = [g.rnd.choice(employers) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice([f"Garante: {v.whole(g, 'it')}", "Busta paga di ottobre mancante",
                             f"Ricontattare al {g.phone('IT', 'national')}", "Estinzione anticipata richiesta"])

    return Table("quintoplus.PraticheFinanziamento", "it", "pascal", [
        c("IdPratica", N, "BIGINT", g.keys(880_000, 2), DECOY, KEY),
        c("Cognome", "last_name", "VARCHAR", [p[1] for p in people]),
        c("Nome", "first_name", "VARCHAR", [p[0] for p in people]),
        c("CodiceFiscale", "national_id", "VARCHAR", [v.it_codice_fiscale(a, b, d, f, bi[3]) for (a, b, f), d, bi
                                                      in zip(people, births, born_in)]),
        c("DataNascita", "date_of_birth", "DATE", births),
        c("ComuneNascita", "city", "VARCHAR", [bi[0] for bi in born_in]),
        c("Indirizzo", "street_address", "VARCHAR", g.col(lambda: v.street(g, "it"))),
        c("Cap", "postal_code", "VARCHAR", [v.postcode(g, "it", p[2]) for p in places], ABBREV),
        c("Comune", "city", "VARCHAR", [p[0] for p in places]),
        c("Provincia", N, "VARCHAR", [p[1] for p in places], DECOY),
        c("Cellulare", "phone", "VARCHAR", g.phones("IT", {"national": 0.6, "intl": 0.4}, 1.0, 0.05)),
        c("Email", "email", "VARCHAR", [v.email_of(g, a, b, ["libero.it", "alice.it", "gmail.com"])
                                        for a, b, _ in people]),
        c("IbanAccredito", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IT"), 0.1)),
        c("DatoreLavoro", N, "VARCHAR", [e[0] for e in employer], DECOY),
        c("PartitaIvaDatore", N, "VARCHAR", [e[1] for e in employer], BIZ, SHAPE),
        c("NumeroContratto", N, "VARCHAR", g.col(lambda: g.code("CQ-9999-99999")), DECOY),
        c("Istruttore", "person_name", "VARCHAR", g.col(g.pick(underwriters)), STAFF),
        c("DataErogazione", N, "DATE", g.days("2023-01-01", "2025-11-20"), DECOY),
        c("Note", "free_text", "VARCHAR", g.sparse(note, 0.82, ("n.d.", "-", "sconosciuto", "nessuno")), NULLWORD),
        c("CampoLibero1", N, "VARCHAR", g.col(g.pick(["AGENZIA", "WEB", "CONVENZIONE"])), DECOY, OPAQUE),
        c("CampoLibero2", "free_text", "VARCHAR", _mixed(g, "it", "IT", ["libero.it", "tiscali.it"], 0.35), OPAQUE,
          MIXED),
    ])


def br_cartao_consignado(g: Gen) -> Table:
    """A Campinas payroll-card issuer's cardholders (Portuguese, SCREAMING case): id, full name, CPF, birth date,
    street and number, city, state, CEP, mobile, e-mail, the mother's name, the employer's CNPJ, the card number in
    clear, the payroll number, an NSU shaped like a CPF failing its check, the registering user, the last access IP,
    ``CAMPO_LIVRE_1`` (an agreement code) and ``CAMPO_LIVRE_2`` (a second phone)."""
    people = _pairs(g, "br")
    places = [v.city(g, "br") for _ in range(g.rows)]
    users = _logins(g, 5, "br", 1)
    employers = [v.br_cnpj(g) for _ in range(4)]

    def nsu() -> str:
        return v.failing(g, lambda: g.digits(11), _cpf.is_valid)

    return Table("consignado_sp.TB_PORTADOR_CARTAO", "pt", "screaming", [
        c("ID_PORTADOR", N, "BIGINT", g.keys(1_200_000, 3), DECOY, KEY),
        c("NOME_COMPLETO", "person_name", "VARCHAR", [f"{a} {b}".upper() for a, b, _ in people]),
        c("CPF", "national_id", "VARCHAR", g.col(lambda: v.br_cpf(g) if g.rnd.random() < 0.7 else
                                                 v.br_cpf(g).replace(".", "").replace("-", ""))),
        c("DT_NASCIMENTO", "date_of_birth", "DATE", g.births(1950, 2006), ABBREV),
        c("LOGRADOURO", "street_address", "VARCHAR", g.col(g.pick(v.STREETS["br"]))),
        c("NUMERO_ENDERECO", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 3000)))),
        c("CIDADE", "city", "VARCHAR", [p[0] for p in places]),
        c("UF", N, "VARCHAR", [p[1] for p in places], DECOY, ABBREV),
        c("CEP", "postal_code", "VARCHAR", [v.postcode(g, "br", p[2]) for p in places], ABBREV),
        c("CELULAR", "phone", "VARCHAR", g.phones("BR", {"national": 0.7, "e164": 0.3}, 1.0, 0.05)),
        c("EMAIL", "email", "VARCHAR", _dirty(g, [v.email_of(g, a, b, ["uol.com.br", "bol.com.br", "gmail.com"])
                                                  for a, b, _ in people], 0.05, ["none@none.com"]), PLACEHOLDER),
        c("NOME_MAE", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "br").upper(), 0.1), ROLE),
        c("CNPJ_EMPREGADOR", N, "VARCHAR", g.col(g.pick(employers)), BIZ, SHAPE),
        c("NUMERO_CARTAO", "credit_card", "VARCHAR", g.col(lambda: v.card(g))),
        c("MATRICULA", N, "VARCHAR", g.col(lambda: g.digits(7)), DECOY, KEY),
        c("NSU_ULTIMA_TRANSACAO", N, "VARCHAR", [nsu() for _ in people], DECOY, SHAPE),
        c("DT_ULTIMA_TRANSACAO", N, "TIMESTAMP", g.moments("2025-09-01", "2025-11-30"), DECOY),
        c("USUARIO_CADASTRO", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, AUDIT),
        c("IP_ULTIMO_ACESSO", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.3)),
        c("CAMPO_LIVRE_1", N, "VARCHAR", g.col(g.pick(["CONV-PMC", "CONV-INSS", "CONV-SABESP"])), DECOY, OPAQUE),
        c("CAMPO_LIVRE_2", "phone", "VARCHAR", g.phones("BR", {"national": 1.0}, 0.5, 0.6), OPAQUE, HEAVY),
    ])


def pl_ppk(g: Gen) -> Table:
    """A Gdynia employee capital plan's participants (Polish, snake case): id, first and last name, PESEL (encoding
    the birth date), birth date, street, house and flat numbers, postcode, town, phone, e-mail, bank account (IBAN),
    the employer's NIP and name, a contract number shaped like a PESEL failing its check, the caretaker (staff),
    the joining date, remarks (mostly ``brak``), ``pole_dodatkowe_1`` (a fund) and ``pole_dodatkowe_2`` (the
    beneficiary's name)."""
    people = _pairs(g, "pl")
    births = g.births(1955, 2006)
    places = [v.city(g, "pl") for _ in range(g.rows)]
    carers = _staff(g, 4, "pl")
    employers = [(n, v.pl_nip(g)) for n in ["Stocznia Nauta Serwis Sp. z o.o.", "Port Gdynia Logistyka S.A.",
                                            "Piekarnia Pomorska Sp. j."]]
    employer = [g.rnd.choice(employers) for _ in range(g.rows)]

    def remark() -> str:
        return g.rnd.choice([f"Pełnomocnik: {v.whole(g, 'pl')}", "Rezygnacja z wpłat", "Zmiana adresu",
                             f"Tel. kontaktowy {g.phone('PL', 'national')}"])

    def contract() -> str:
        return v.failing(g, lambda: g.code("9") + g.digits(10), _pesel.is_valid)

    return Table("ppk_baltyk.uczestnicy", "pl", "snake", [
        c("id_uczestnika", N, "BIGINT", g.keys(40_001), DECOY, KEY),
        c("imie", "first_name", "VARCHAR", [p[0] for p in people]),
        c("nazwisko", "last_name", "VARCHAR", [p[1] for p in people]),
        c("pesel", "national_id", "VARCHAR", [v.pl_pesel(g, d, f) for d, (_, _, f) in zip(births, people)]),
        c("data_urodzenia", "date_of_birth", "DATE", births),
        c("ulica", "street_address", "VARCHAR", g.col(g.pick(v.STREETS["pl"]))),
        c("nr_domu", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 120)))),
        c("nr_lokalu", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 80)), 0.6), HEAVY),
        c("kod_pocztowy", "postal_code", "VARCHAR", [v.postcode(g, "pl", p[2]) for p in places]),
        c("miejscowosc", "city", "VARCHAR", [p[0] for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.6, "intl": 0.4}, 0.9, 0.1)),
        c("email", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "pl"), ["wp.pl", "onet.pl",
                                                                                       "interia.pl"]), 0.2)),
        c("nr_rachunku", "iban", "VARCHAR", g.col(lambda: v.iban(g, "PL", True), 0.3)),
        c("nip_pracodawcy", N, "VARCHAR", [e[1] for e in employer], BIZ, SHAPE),
        c("nazwa_pracodawcy", N, "VARCHAR", [e[0] for e in employer], DECOY),
        c("numer_umowy", N, "VARCHAR", [contract() for _ in people], DECOY, SHAPE),
        c("opiekun", "person_name", "VARCHAR", g.col(g.pick(carers)), STAFF, ROLE),
        c("data_przystapienia", N, "DATE", g.days("2019-07-01", "2025-11-01"), DECOY),
        c("uwagi", "free_text", "VARCHAR", g.sparse(remark, 0.85, ("brak", "-", "nie dotyczy", "nieznany")),
          NULLWORD),
        c("pole_dodatkowe_1", N, "VARCHAR", g.col(g.pick(["PPK2040", "PPK2050", "PPK2060"])), DECOY, OPAQUE),
        c("pole_dodatkowe_2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "pl"), 0.5), OPAQUE),
    ])


def jp_crypto_kyc(g: Gen) -> Table:
    """A Fukuoka crypto exchange's identity checks (romanized Japanese snake case, values in Japanese script): customer
    id, name in kanji and katakana, birth date as ``YYYY/MM/DD`` text, My Number, postcode, prefecture,
    municipality, block and building, mobile, e-mail, the withdrawal account (``unclassified``), the login IP, the
    exchange's corporate number, a trade id, a wallet address, the reviewer (staff), ``jiyuu_koumoku_1`` (a plan) and
    ``jiyuu_koumoku_2`` (an emergency contact's name)."""
    people = _pairs(g, "jp")
    places = [v.city(g, "jp") for _ in range(g.rows)]
    reviewers = _staff(g, 4, "jp")
    corp = v.jp_corporate(g)
    return Table("kasou_tsuuka.honnin_kakunin", "ja", "snake", [
        c("kokyaku_id", N, "BIGINT", g.keys(3_000_001, 2), DECOY, KEY),
        c("shimei_kanji", "person_name", "VARCHAR", [f"{b} {a}" for a, b, _ in people]),
        c("shimei_kana", "person_name", "VARCHAR", [f"{v.KANA[b]} {v.KANA[a]}" for a, b, _ in people]),
        c("seinengappi", "date_of_birth", "VARCHAR", [g.birth(1950, 2006).strftime("%Y/%m/%d") for _ in people]),
        c("kojin_bangou", "national_id", "VARCHAR", g.col(lambda: v.jp_my_number(g), 0.25)),
        c("yuubin_bangou", "postal_code", "VARCHAR", [v.postcode(g, "jp", p[2]) for p in places]),
        c("todoufuken", N, "VARCHAR", [p[1] for p in places], DECOY),
        c("shikuchouson", "city", "VARCHAR", [p[0] for p in places]),
        c("banchi", "street_address", "VARCHAR", g.col(lambda: v.street(g, "jp"))),
        c("tatemono_mei", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(['メゾン', 'コーポ', 'ハイツ'])}"
                                                              f"{g.rnd.choice(['桜', '緑', '港'])} "
                                                              f"{g.rnd.randint(101, 905)}号室", 0.55), HEAVY),
        c("keitai_denwa", "phone", "VARCHAR", g.phones("JP", {"national": 0.7, "e164": 0.3}, 1.0, 0.05)),
        c("meeru_adoresu", "email", "VARCHAR", g.col(lambda: v.romaji_email(g, ["docomo.ne.jp", "ezweb.ne.jp",
                                                                                "gmail.com", "yahoo.co.jp"]))),
        c("shukkin_kouza", USERNAME, "VARCHAR", g.col(lambda: f"{g.digits(4)}-{g.digits(3)}-{g.digits(7)}", 0.2),
          BANK),
        c("login_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.4))),
        c("houjin_bangou", N, "VARCHAR", [corp] * g.rows, BIZ, SHAPE),
        c("torihiki_id", N, "VARCHAR", g.col(lambda: g.code("TX99999999ZZZZ")), DECOY),
        c("nyuukin_wallet", N, "VARCHAR", g.col(lambda: v.wallet(g)), DECOY, SHAPE),
        c("shinsa_tantousha", "person_name", "VARCHAR", g.col(g.pick(reviewers)), STAFF),
        c("shinsa_nichiji", N, "TIMESTAMP", g.moments("2024-01-01", "2025-11-30"), DECOY),
        c("jiyuu_koumoku_1", N, "VARCHAR", g.col(g.pick(["スタンダード", "プロ", "法人"])), DECOY, OPAQUE),
        c("jiyuu_koumoku_2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "jp"), 0.45), OPAQUE),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (mi_credit_union, 1_300), (cy_debt_advice, 700), (au_super_fund, 1_100), (mb_as400_broker, 900),
    (ng_microfinance, 1_600), (ie_crypto_kyc, 1_000), (nc_cobol_paycard, 1_800), (pk_pawn_staging, 650),
    (de_sap_pension, 800), (ch_courtier, 450), (co_cooperativa, 600), (it_cessione_quinto, 500),
    (br_cartao_consignado, 1_200), (pl_ppk, 550), (jp_crypto_kyc, 400),
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
