"""Held-out set v74 for the column classifier: 15 tables of *accounting, bookkeeping, tax-preparation and payroll
bureaus serving small businesses and households*, one system per table and each a different organisation, eight
with English column names (California, Florida, Scotland, Ireland, Queensland, Otago in New Zealand, KwaZulu-Natal in
South Africa and Maharashtra in India) and seven in German, French, Spanish, Italian, Dutch, Polish and Japanese
(kanji and katakana). Four are legacy extracts (a fixed-width IRS FIRE file, two AS/400 files, a COBOL copybook):
SCREAMING names with a two-letter file prefix (``SCFNAM``, ``SCNINO``) or cut to six characters (``NIFDEC``,
``APELL1``, ``FECNAC``), copybook names with hyphens (``CF-DICH``, ``DT-NASC-DICH``), fixed-width values padded with
blanks, dates as ``YYYYMMDD`` numbers (0 for none), and TINs, phones and postal codes kept as numbers; the other eleven
are modern (snake, camel and Pascal case, Japanese script), with abbreviations (``tp_mi``, ``sp_ssn``, ``cl_fnm``,
``res_post_cd``, ``ADDR_LN1``), a source prefix (``src_crm_col17``) and opaque custom fields holding personal data
(``SCUDF1``, ``MISC_2``, ``code``, ``feld_frei_2``, ``champLibre2``, ``CAMPO-LIBERO-2``, ``vrijVeld2``,
``pole_dod_2``, ``予備2``, ``src_crm_col17``) beside opaque fields holding none (``SCUDF2``, ``MISC_1``,
``feld_frei_1``, ``champLibre1``, ``CAMPO-LIBERO-1``, ``vrijVeld1``, ``pole_dod_1``, ``予備1``, ``src_crm_col18``):

* ``taxdesk_elkgrove.client_returns_ty2024``: an Elk Grove (Sacramento County) storefront tax preparer's individual
  returns (the taxpayer's SSN with placeholders and middle initial, the spouse's name and SSN, dependants as
  ``relation: name (year)``, the refund's routing and account numbers, EFIN and PTIN, the e-sign IP, the IRS
  submission id, a fee card kept in clear, intake notes);
* ``FIRE1099.BREC_TY2024``: a Brandon (Tampa Bay) bookkeeping firm's 1099-NEC payee records in the IRS fixed-width
  layout (the name control, payee TINs mostly SSNs with some LLCs' EINs, ``LAST FIRST MI`` name lines, DBA lines,
  ZIP as a number, the client payers' EINs and phones, load program and clerk);
* ``PRACLIB.SACLNT``: an Aberdeen accountancy practice's self-assessment client file on an AS/400 (National Insurance
  number, UTR, birth date as a number with 0, the home phone as a number, the spouse, employers and PAYE references,
  sole traders' VAT numbers, partners, user profiles, ``SCUDF1`` a second mobile);
* ``ROS_AGENT.FORM11_CLIENTS``: a Limerick tax agent's Form 11 client list (PPSN of the client and the spouse, the
  agent's TAIN, Eircodes, the refund IBAN, sole traders' VAT numbers, ROS logins, ``MISC_2`` a second mobile);
* ``stp_lodge.payEvents``: a Brisbane bookkeeper's Single Touch Payroll pay events for client businesses (TFN with
  ``000000000`` and ``111111111``, suburbs, super fund USIs and member numbers, BSB and account numbers, ATO receipts);
* ``AmlCdd.ClientVerification``: a Dunedin chartered accountants' AML/CFT due-diligence records (legal names of
  individuals, trusts and companies, IRD numbers, passport and driver licence numbers, the onboarding IP, trust
  beneficiaries in one cell, NZBN, verifiers, reviewer notes);
* ``efiling_dbn.client_register``: a Durban tax practitioner's eFiling client register (South African ID numbers, SARS
  tax reference numbers, eFiling logins, passports of foreign nationals, employers and PAYE references, medical-aid
  numbers, practitioners, ``src_crm_col17`` a phone, an e-mail or a name by row);
* ``cafirm_pune.itrClients``: a Pune chartered accountants' ITR clients (PAN, Aadhaar, the father's name, flats and
  localities, IFSC and account numbers, TAN, GSTIN, UDIN, article assistants, ``code`` the spouse's PAN);
* ``lohnbuero_leipzig.ma_stammdaten``: a Leipzig tax adviser's payroll office's employee master for client firms
  (German: ``sv_nummer``, ``steuer_id``, ``geburtsname``, ``geburtsort``, ``kontoinhaber``, ``feld_frei_2`` a child);
* ``cabinet_ouest_paie.salaries``: a Nantes chartered accountant's payroll of client businesses' employees (French:
  NIR, ``nomNaissance`` and ``nomUsage``, ``communeNaissance``, SIRET, NAF codes, ``champLibre2`` a private e-mail);
* ``GESTLIB.RENTA24``: a Murcia gestoría's IRPF client file (Spanish, fixed width: ``NIFDEC``, two family names, the
  spouse's NIF and name, ``DOMFIS``, postcode and phone as numbers, IBAN, the cadastral reference, the gestoría's CIF);
* ``CAF730.TRACCIATO_730``: a Bari CAF's 730 returns (Italian, COBOL names: codici fiscali of the declarant, spouse
  and dependant, the withholding agent's partita IVA, telematic protocol numbers, ``CAMPO-LIBERO-2`` a delegate);
* ``boekhouding_grn.zzpKlanten``: a Groningen bookkeeping office's freelancer clients (Dutch: KvK and btw-id, BSN,
  ``voorletters``, ``tussenvoegsel``, house number and addition apart, ``vrijVeld2`` the partner's BSN);
* ``biuro_rachunkowe_lublin.klienci_jdg``: a Lublin accounting office's sole proprietors (Polish: NIP, REGON, PESEL,
  identity card numbers, ``drugie_imie``, house and flat numbers apart, IBAN and NRB, ``pole_dod_2`` an attorney's
  phone);
* ``税理士法人杜.年末調整従業員``: a Sendai tax accountant corporation's year-end adjustment of client employers' staff
  (Japanese: names in kanji and katakana, My Number of the employee and the spouse, corporate numbers, dependants in
  one cell, the staff member by family name, ``予備2`` a former family name).

Written **blind**, like v2 to v71: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog, history or notes, only the list of kind names and their docstrings
(``governance_dagster/kinds.py``), how the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the
*structure* and labeling conventions of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test,
``tests/heldout_support.py``), the module docstrings of v24 to v71 (to avoid their domains and follow their labeling
conventions; v72 and v73 were not in the checkout), the ``Column``/``Table`` classes and writer they build on
(``heldout_v2.py``, ``heldout_v4.py``), the ruff section of ``pyproject.toml`` and the sources of python-stdnum and
phonenumbers. The classifier was not run on this set while it was written, no scorer was run on it, and no score of
any set was looked at: nothing here was adjusted to what the classifier does. It was written under a short deadline
(about an hour, the tests and lint included), so some labels below are quick decisions rather than settled
conventions. It imports no earlier set's value module: its random source, name lists, streets, towns, postal codes
and identifier builders are its own (:mod:`benchmarks.classification.heldout_v74_values`; the generic ``Gen`` helpers
were copied from v27's, the phone maker rewritten).

What is new against v2 to v71: earlier sets touched the theme (v24 pay stubs, v28 a Turkish payroll bureau, v38 a
Xero contact, v49 an ADP payroll register, v58 a 1099 supplier extract, v65 W-9 payouts, v70 a Winnipeg payroll bureau
and a Jutland pension enrolment, v71 a state taxpayer master); every organisation and shape here is new: a storefront
preparer's returns, a 1099-NEC FIRE file, practices' self-assessment and Form 11 client lists, STP pay events, AML due
diligence of an accountancy, an eFiling register, an ITR practice, a Lohnbüro, a cabinet's payroll, a gestoría's renta
file, a CAF's 730 file, ZZP and JDG bookkeeping clients and a Japanese year-end adjustment.

* legacy extracts (tag ``legacy``; ``padded`` for fixed-width CHAR values, ``int_date`` for dates kept as numbers,
  ``numeric_id`` for phones and postal codes kept as numbers, ``zero_missing`` where 0 means missing);
* decoys (tag ``decoy``; ``value_shape`` when shaped like an identifier): return, client, file, submission,
  acknowledgement, receipt and protocol numbers, payer account numbers, PTINs, practitioner numbers and the agent's
  TAIN (tag ``professional_id``), super fund USIs and member numbers, medical-aid numbers, PAYE references, TAN and
  UDIN, IFSC, BSB and branch codes, NAF, SBI and PKD codes, sanction-screening references, amounts, tax classes,
  statuses and event dates (tag ``event_date``);
* decoys with check digits (tag ``check_digit``, all ``none``): ABA routing numbers, UK, Irish and Dutch VAT numbers
  of sole traders, ABNs, NZBN (GS1), GSTIN, SIRET, a gestoría's CIF, Spanish cadastral references, partite IVA of
  withholding agents, NIP and REGON of sole proprietors and Japanese corporate numbers; US EINs of payers and LLCs
  (tag ``value_shape``, by their IRS prefix);
* identifiers with check digits (python-stdnum; the German pension-insurance number's and the Polish identity card's
  checks written out in the value module): the US SSN, the UK National Insurance number (HMRC's prefix rules, no check
  digit), the Irish PPSN (both forms), the German Rentenversicherungsnummer (the row's birth date and birth name's
  initial) and the French NIR (the row's sex, birth year and month and département) (``ssn``); the UK UTR, the
  Australian TFN, the New Zealand IRD number, the South African ID number (the row's birth date and sex) and SARS
  tax reference, PAN (the surname's initial) and Aadhaar (Verhoeff), the Steuer-ID, DNI and NIE, codici fiscali (the
  row's name, birth date and comune), the BSN, PESEL (the row's birth date and sex), the Polish identity card number
  and the My Number (``national_id``), and without a check digit New Zealand passports and driver licences and South
  African passports (``national_id``); Irish, German, French, Spanish, Dutch and Polish IBANs; a card number in clear
  (Luhn); phones of the United States, the United Kingdom, Ireland, Australia, New Zealand, South Africa, India,
  Germany, France, Spain, Italy, the Netherlands, Poland and Japan (phonenumbers) in national, international, E.164,
  ``00`` and digits-only forms and as numbers; IPv4 and IPv6.

Tags: ``legacy``, ``padded``, ``int_date``, ``numeric_id``, ``zero_missing``, ``decoy``, ``business``,
``value_shape``, ``check_digit``, ``professional_id``, ``event_date``, ``partial``, ``join_key``, ``bank_account``,
``null_heavy``, ``nullword_heavy``, ``placeholder``, ``staff``, ``role_word``, ``multi_value``, ``username``,
``audit``, ``service_account``, ``opaque``, ``prefixed``, ``misleading``, ``mixed_kinds``, ``mixed_business``,
``locality``, ``abbrev``.

Labeling choices a reader may question:

* following ``kinds.py``, social-security and social-insurance numbers are ``ssn``: the US SSN, the National
  Insurance number, the PPSN, the German pension-insurance number (``sv_nummer``) and the French NIR
  (``numeroSecu``); tax and citizen numbers (UTR, TFN, IRD, SARS reference, PAN, Aadhaar, Steuer-ID, DNI/NIE, codice
  fiscale, BSN, PESEL, My Number), identity cards, passports and driver licences are ``national_id``;
* ``B_PAYEE_TIN`` holds SSNs of individual contractors and, in about one row in eight, their LLCs' EINs: ``ssn`` by
  majority; ``B_PAYEE_NM1`` (``LAST FIRST MI``, a few LLCs) and ``ClientLegalName`` (individuals, with family trusts
  and companies in about a quarter of the rows) are ``person_name`` (tag ``mixed_business``); ``B_NAME_CTL`` (the
  first four letters of a surname) is ``none`` (tag ``partial``);
* a sole trader's or freelancer's business numbers and trade name (VAT numbers, KvK, btw-id, NIP, REGON, DBA lines,
  ``handelsnaam``, ``nazwa_firmy`` even when it holds the owner's name) are ``none`` (tag ``business``), as v53 did;
  the freelancer's business IBAN is still the person's account: ``iban``;
* a domestic bank account number (``refund_acct``, ``bankAccountNumber``, ``bank_acc_no``, ``bankAccNo``) is
  ``unclassified`` (tag ``bank_account``), as v49, v56 and v64 did; routing numbers, BSB, IFSC and branch codes are
  ``none``;
* a middle initial (``tp_mi``), other given names, second given names (``drugie_imie``), initials (``voorletters``)
  and a first name alone (``articleAssistant``, ``bearbeiter``, ``boekhouder``) are ``first_name``; birth, usage and
  former family names (``geburtsname``, ``nomUsage``, ``予備2``), ``tussenvoegsel`` and a staff member's family name
  alone (``担当者``) are ``last_name``; names in kanji and in katakana are ``person_name``;
* a street name, house number, flat number and address complement kept apart are ``street_address``; suburbs and
  localities (``employeeSuburb``, ``Suburb``, ``res_suburb``, ``areaLocality``) and birthplaces are ``city`` (tag
  ``locality`` for the former); states, counties, provinces and tax offices are ``none``;
* spouses, fathers, account holders, trust beneficiaries (names only, ``;``-separated: ``person_name``), children and
  delegates are personal; dependants as ``relation: name (year)`` (``dependents``, ``扶養親族``) are ``free_text``
  (tag ``multi_value``), as v70 did;
* staff (preparers, partners, bookkeepers, practitioners, operators, gestores, payroll managers, verifiers) are
  ``person_name`` (tag ``staff``), logins and AS/400 user profiles ``unclassified`` (tag ``username``), batch programs
  ``none`` (tag ``service_account``);
* ``SCUDF1``, ``MISC_2`` and ``pole_dod_2`` hold phones, ``code`` a spouse's PAN, ``feld_frei_2`` a child's name,
  ``champLibre2`` e-mails, ``CAMPO-LIBERO-2`` a delegate's name, ``vrijVeld2`` a partner's BSN, ``予備2`` a former
  family name (tags ``opaque``, ``misleading``); ``src_crm_col17`` mixes phones, e-mails and names by row
  (``free_text``, tag ``mixed_kinds``);
* sex, civility, denomination and tax class are ``none``; the IP an e-signature or an onboarding form came from is
  ``ip_address``; the fee card in clear is ``credit_card``.

Labeling rules otherwise as v27 (see :mod:`benchmarks.classification.heldout_v27`): a business's address, phone,
postal code, city and contact are ``none`` (tag ``business``); ``null_heavy`` means 50-95% NULL, ``nullword_heavy``
70-95% NULL words or blanks. Rows per table: 340 to 1,200.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets, towns
and postal codes of :mod:`benchmarks.classification.heldout_v74_values`, written for v74 (no Faker, no list of real
people, no breach data). Build: ``python -m benchmarks.classification.heldout_v74 [PATH]`` (default
``/tmp/heldout_v74.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v74``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v74_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v74_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v74.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings, placeholders, blanks and empty strings
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
MISLEADING = "misleading"
STAFF = "staff"  # staff named in a column with few distinct values
ROLE = "role_word"  # a role word (spouse, partner, father, account holder, beneficiary ...) holding people
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
SERVICE = "service_account"  # an audit column holding only batch programs or jobs (none)
KEY = "join_key"  # an id, foreign key or UUID that joins tables (none)
MULTI = "multi_value"  # several names or relations in one cell
PLACEHOLDER = "placeholder"  # a personal column some of whose cells are placeholders (000-00-0000, 000000000)
PARTIAL = "partial"  # a part of an identifier or a name too short to point at anyone (none)
LEGACY = "legacy"  # an AS/400, COBOL or fixed-width extract
PADDED = "padded"  # fixed-width CHAR values padded with blanks
INT_DATE = "int_date"  # a date kept as a number (YYYYMMDD)
NUMERIC = "numeric_id"  # a phone, a TIN or a postal code kept as a number
ZERO = "zero_missing"  # 0 means missing
CHECK = "check_digit"  # a decoy passing its own check digit (a business's number, a routing number ...)
PROF = "professional_id"  # a preparer's, agent's or practitioner's registration number (none)
BANK = "bank_account"  # a domestic bank account number (unclassified, as v49, v56, v64)
OPAQUE = "opaque"  # a custom field named by number
PREFIXED = "prefixed"  # a source-prefixed column name (src_crm_col17)
MIXED = "mixed_kinds"  # a phone, an e-mail or a name by row (free_text)
MIXED_BUSINESS = "mixed_business"  # people's names with some companies' among them (the majority's kind)
EVENT = "event_date"  # a date of an event, not of a person's birth (none)
LOCALITY = "locality"  # a suburb, area or locality of a home address (city)
CREDENTIAL = "credential"


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a", "N/A", "null", "none") + extra


def _staff(g: Gen, n: int, make: Callable[[Gen], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _logins(g: Gen, n: int, lang: str, style: int) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.login(*v.person(g, lang), style))
    return sorted(out)


def _dirty(g: Gen, values: list, share: float, placeholders: list[str]) -> list:
    """``values`` with ``share`` of the non-NULL cells replaced by a placeholder (a NULL word of the set)."""
    return [g.rnd.choice(placeholders) if x is not None and g.rnd.random() < share else x for x in values]


def _pad(value: object, width: int) -> str:
    """A fixed-width CHAR cell: the value cut to ``width`` and padded with blanks (blanks for NULL)."""
    return ("" if value is None else str(value))[:width].ljust(width)


def _ymd(d: date | None) -> int:
    return 0 if d is None else d.year * 10_000 + d.month * 100 + d.day


def _sometimes(g: Gen, values: list, null: float) -> list:
    return [None if g.rnd.random() < null else x for x in values]


# -- United States -----------------------------------------------------------------------------------------------------


def sac_tax_returns(g: Gen) -> Table:
    """An Elk Grove (Sacramento County) storefront tax-preparation office's individual returns for tax year 2024:
    the return and client numbers, the taxpayer's names, SSN (some ``000-00-0000`` placeholders) and birth date, the
    spouse's name and SSN (married filers only), dependants as ``relation: name (year)`` pairs, the home address, ZIP,
    cell phone and e-mail, the refund's routing number (``none``) and account number (``unclassified``), the office's
    EFIN, the preparer (few) and PTIN, the IP the client e-signed from, the IRS submission id, AGI and refund, the fee
    card kept in clear by the office's old POS (mostly NULL), intake notes, the acknowledgement status and time."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "us", female)
        rows.append((a, b, g.birth(1941, 2005), g.rnd.random() < 0.45))
    preparers = [(v.whole(g), "P0" + g.digits(7)) for _ in range(5)]
    prep = [g.rnd.choice(preparers) for _ in range(g.rows)]
    places = [v.pick_town(g, v.SAC_TOWNS) for _ in range(g.rows)]
    efin = g.digits(6)

    def dependants(last: str) -> str | None:
        if g.rnd.random() < 0.45:
            return None
        kids = [f"{g.rnd.choice(['son', 'daughter', 'grandchild', 'niece', 'mother'])}: {v.given(g)} {last} "
                f"({g.rnd.randint(2006, 2023)})" for _ in range(g.rnd.randint(1, 3))]
        return "; ".join(kids)

    def note(a: str) -> str:
        return g.rnd.choice([f"Client {a} brought 2 W-2s and a 1099-G", "Prior-year AGI from transcript",
                             f"Ex-spouse {v.whole(g)} claims the older child in odd years",
                             "Asked about EITC, income over limit", f"Call back re: 1098-T, ask for {v.given(g)}",
                             "Waiting on brokerage 1099-B"])

    return Table("taxdesk_elkgrove.client_returns_ty2024", "en", "snake", [
        c("return_id", N, "BIGINT", g.keys(240_001), "decoy", KEY),
        c("client_no", N, "VARCHAR", g.col(lambda: g.code("EG-99999")), "decoy", SHAPE),
        c("tax_year", N, "INTEGER", [2024] * g.rows, "decoy"),
        c("tp_first_name", "first_name", "VARCHAR", [r[0] for r in rows], ABBREV),
        c("tp_mi", "first_name", "VARCHAR", [g.rnd.choice("ABCDEJLMRST") if g.rnd.random() < 0.6 else None
                                             for _ in rows], ABBREV),
        c("tp_last_name", "last_name", "VARCHAR", [r[1] for r in rows], ABBREV),
        c("tp_ssn", "ssn", "VARCHAR", _dirty(g, [v.us_ssn(g, g.rnd.random() < 0.8) for _ in rows], 0.03,
                                              ["000-00-0000"]), PLACEHOLDER, ABBREV),
        c("tp_dob", "date_of_birth", "DATE", [r[2] for r in rows], ABBREV),
        c("filing_status", N, "VARCHAR", ["MFJ" if r[3] else g.rnd.choice(["S", "HOH", "S", "MFS"]) for r in rows],
          "decoy"),
        c("sp_full_name", "person_name", "VARCHAR", [f"{v.given(g)} {r[1]}" if r[3] else None for r in rows], ROLE,
          HEAVY, ABBREV),
        c("sp_ssn", "ssn", "VARCHAR", [v.us_ssn(g) if r[3] else None for r in rows], HEAVY, ABBREV),
        c("dependents", "free_text", "VARCHAR", [dependants(r[1]) for r in rows], MULTI),
        c("home_street", "street_address", "VARCHAR", g.col(lambda: v.us_street(g, v.SAC_STREETS))),
        c("home_city", "city", "VARCHAR", [p[0] for p in places]),
        c("home_state", N, "VARCHAR", ["CA"] * g.rows, "decoy"),
        c("home_zip", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("cell_phone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "digits": 0.2}, 0.9,
                                                      0.05)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["us"]) if g.rnd.random() < 0.8 else None
                                        for r in rows]),
        c("refund_rtn", N, "VARCHAR", g.col(lambda: v.aba_routing(g), 0.3), "decoy", CHECK, SHAPE),
        c("refund_acct", USERNAME, "VARCHAR", g.col(lambda: g.digits(g.rnd.randint(9, 12)), 0.3), BANK),
        c("efin", N, "VARCHAR", [efin] * g.rows, "business", SHAPE),
        c("preparer_name", "person_name", "VARCHAR", [p[0] for p in prep], STAFF),
        c("preparer_ptin", N, "VARCHAR", [p[1] for p in prep], "decoy", PROF, SHAPE),
        c("esign_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25), 0.35)),
        c("submission_id", N, "VARCHAR", g.col(lambda: efin + "2025" + f"{g.rnd.randint(20, 105):03d}"
                                               + g.code("ZZZZZZZ").lower()), "decoy", SHAPE),
        c("agi", N, "DECIMAL(12,2)", g.amounts(4_000, 185_000), "decoy"),
        c("refund_amount", N, "DECIMAL(12,2)", g.amounts(-3_000, 9_500), "decoy"),
        c("fee_card_no", "credit_card", "VARCHAR", g.col(lambda: v.card(g), 0.8), HEAVY),
        c("intake_notes", "free_text", "VARCHAR", [g.rnd.choice(_words()) if g.rnd.random() < 0.75 else note(r[0])
                                                  for r in rows], NULLWORD),
        c("ack_status", N, "VARCHAR", g.col(g.pick(["A", "A", "A", "R", "P"])), "decoy"),
        c("ack_at", N, "TIMESTAMP", g.moments("2025-01-27", "2025-10-15"), "decoy", EVENT),
    ])


def tampa_1099_b(g: Gen) -> Table:
    """A Brandon (Tampa Bay) bookkeeping firm's 1099-NEC payee ("B") records for its small-business clients, loaded
    from the fixed-width file it sends to the IRS (SCREAMING, legacy): record type and year, the name control (the
    first four letters of the payee's surname: ``none``, tag ``partial``), the TIN type, the payee TIN (SSNs of
    individual contractors, some EINs of their LLCs: ``ssn`` by majority), the payer's account number for the payee,
    the payee's name line as ``LAST FIRST MI`` (a few companies among them: ``person_name``), the DBA line (trading
    names: ``none``), address, city, state and ZIP (a number), amounts in cents, the payer (the client business: name,
    EIN and phone kept as a number, ``none``), the firm's e-mail extension, the load date as a ``YYYYMMDD`` number,
    the loading program and the clerk's user id."""
    payers = [(n, v.us_ein(g), int(g.phone("US", "nsn", False))) for n in
              ["BAY AREA POOL SERVICE INC", "RIVERVIEW AUTO GLASS LLC", "CULPEPPER ROOFING LLC", "SUNCOAST DENTAL LAB",
               "ZAMUDIO LANDSCAPE & IRRIGATION", "GULF BREEZE CLEANING CO", "PLANT CITY FEED & SEED",
               "HASKELL FAMILY CHIROPRACTIC"]]
    payer = [g.rnd.choice(payers) for _ in range(g.rows)]
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "us")
        company = g.rnd.random() < 0.12
        rows.append((a, b, company))
    places = [v.pick_town(g, v.TAMPA_TOWNS) for _ in range(g.rows)]
    clerks = _logins(g, 4, "us", 4)

    def name_line(r: tuple) -> str:
        if r[2]:
            return f"{v.plain(r[1]).upper()} {g.rnd.choice(['HANDYMAN', 'DRYWALL', 'MOBILE DETAIL', 'TILE'])} LLC"
        mi = g.rnd.choice(" ABCDEJLMRST")
        return f"{v.fold(r[1]).upper()} {v.fold(r[0]).upper()} {mi}".strip()

    def dba(r: tuple) -> str:
        if not r[2] and g.rnd.random() < 0.45:
            return g.rnd.choice(["DBA SUNSHINE PAINTING", "DBA A-1 LAWN CARE", "DBA BAYSIDE NOTARY",
                                 "DBA QUICK FIX APPLIANCE", "DBA TAMPA TILE WORKS"])
        return ""

    return Table("FIRE1099.BREC_TY2024", "en", "screaming", [
        c("B_REC_TYPE", N, "VARCHAR", ["B"] * g.rows, "decoy", LEGACY, ABBREV),
        c("B_PMT_YEAR", N, "INTEGER", [2024] * g.rows, "decoy", LEGACY),
        c("B_CORR_IND", N, "VARCHAR", g.col(g.pick([" ", " ", " ", "G", "C"])), "decoy", LEGACY, PADDED),
        c("B_NAME_CTL", N, "VARCHAR", [_pad(v.plain(r[1]).upper()[:4], 4) for r in rows], PARTIAL, "decoy", LEGACY,
          PADDED, ABBREV),
        c("B_TIN_TYPE", N, "VARCHAR", ["1" if r[2] else "2" for r in rows], "decoy", LEGACY),
        c("B_PAYEE_TIN", "ssn", "VARCHAR", [v.us_ein(g).replace("-", "") if r[2] else v.us_ssn(g, False)
                                            for r in rows], LEGACY, MIXED_BUSINESS, ABBREV),
        c("B_PAYER_ACCT", N, "VARCHAR", [_pad(g.code("V99999"), 20) for _ in rows], "decoy", LEGACY, PADDED, SHAPE),
        c("B_PAYEE_NM1", "person_name", "VARCHAR", [_pad(name_line(r), 40) for r in rows], LEGACY, PADDED,
          MIXED_BUSINESS, ABBREV),
        c("B_PAYEE_NM2", N, "VARCHAR", [_pad(dba(r), 40) for r in rows], "business", LEGACY, PADDED, ABBREV),
        c("B_PAYEE_ADDR", "street_address", "VARCHAR", [_pad(v.us_street(g, v.TAMPA_STREETS).upper(), 40)
                                                        for _ in rows], LEGACY, PADDED, ABBREV),
        c("B_PAYEE_CITY", "city", "VARCHAR", [_pad(p[0].upper(), 40) for p in places], LEGACY, PADDED, ABBREV),
        c("B_PAYEE_ST", N, "VARCHAR", ["FL"] * g.rows, "decoy", LEGACY, ABBREV),
        c("B_PAYEE_ZIP", "postal_code", "INTEGER", [int(p[1]) for p in places], LEGACY, NUMERIC, ABBREV),
        c("B_AMT_1", N, "BIGINT", g.ints(60_000, 9_800_000), "decoy", LEGACY),
        c("B_AMT_4", N, "BIGINT", [g.rnd.choice([0, 0, 0, g.rnd.randint(1_000, 90_000)]) for _ in rows], "decoy",
          LEGACY),
        c("B_2ND_TIN", N, "VARCHAR", g.col(g.pick([" ", " ", " ", "2", "2"])), "decoy", LEGACY),
        c("B_SEQ_NO", N, "INTEGER", g.keys(3), "decoy", KEY, LEGACY),
        c("B_PAYER_EIN", N, "VARCHAR", [p[1] for p in payer], "business", LEGACY, SHAPE),
        c("B_PAYER_NM", N, "VARCHAR", [_pad(p[0], 40) for p in payer], "business", LEGACY, PADDED),
        c("B_PAYER_PH", N, "BIGINT", [p[2] for p in payer], "business", LEGACY, NUMERIC),
        c("B_EXT_EMAIL", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["us"]).upper()
                                              if g.rnd.random() < 0.35 else None for r in rows], HEAVY, LEGACY),
        c("B_DT_LOAD", N, "INTEGER", [_ymd(g.day("2025-01-06", "2025-01-31")) for _ in rows], "decoy", LEGACY,
          INT_DATE, EVENT),
        c("B_LOAD_PGM", N, "VARCHAR", g.col(g.pick(["FIRE1099B", "FIRE1099B", "FIRECORR"])), SERVICE, AUDIT, LEGACY,
          "decoy"),
        c("B_LOAD_USR", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT, LEGACY),
    ])


# -- United Kingdom, Ireland -------------------------------------------------------------------------------------------


def aberdeen_sa_clients(g: Gen) -> Table:
    """An Aberdeen accountancy practice's self-assessment client file on its AS/400 (legacy, ``SC`` prefix, names cut
    to six characters): client number, title, forename and surname (padded), the National Insurance number (``ssn``),
    the UTR (``national_id``), the birth date as a ``YYYYMMDD`` number (0 when not held), two address lines, the town,
    postcode, the home phone kept as a number and the mobile as text, e-mail, the spouse, the employer and its PAYE
    reference (``none``), a sole trader's VAT number (``none``), status, the partner (few), the AS/400 user who last
    changed the record, the change date as a number, the program, ``SCUDF1`` a second mobile (personal) and ``SCUDF2``
    a fee band (``none``)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "sco", female)
        rows.append((a, b, female, g.birth(1938, 2003), v.pick_town(g, v.ABD_TOWNS)))
    partners = _staff(g, 4, lambda x: v.whole(x, "sco"))
    users = _logins(g, 5, "sco", 4)
    employers = ["NORTH SEA SUBSEA LTD", "GRANITE CITY ENGINEERING", "NHS GRAMPIAN", "ABERDEEN CITY COUNCIL",
                 "DEESIDE HOTEL GROUP", "SELF-EMPLOYED", "BUCHAN FISH SELLING CO", "ROBERT GORDON UNIVERSITY"]

    def street(g2: Gen) -> str:
        return g2.rnd.choice([f"{g2.rnd.randint(1, 180)} {g2.rnd.choice(v.ABD_STREETS)}",
                              (f"Flat {g2.rnd.randint(1, 9)}/{g2.rnd.randint(1, 4)}, {g2.rnd.randint(1, 90)} "
                              f"{g2.rnd.choice(v.ABD_STREETS)}")])

    return Table("PRACLIB.SACLNT", "en", "screaming", [
        c("SCCLNO", N, "VARCHAR", [_pad(g.code("A9999"), 8) for _ in rows], "decoy", KEY, LEGACY, PADDED, ABBREV),
        c("SCTITL", N, "VARCHAR", [_pad(("Mrs" if g.rnd.random() < 0.6 else "Ms") if r[2] else
                                        g.rnd.choice(["Mr", "Mr", "Dr"]), 4) for r in rows], "decoy", LEGACY, PADDED),
        c("SCFNAM", "first_name", "VARCHAR", [_pad(r[0].upper(), 20) for r in rows], LEGACY, PADDED, ABBREV),
        c("SCSNAM", "last_name", "VARCHAR", [_pad(r[1].upper(), 25) for r in rows], LEGACY, PADDED, ABBREV),
        c("SCNINO", "ssn", "VARCHAR", [_pad(v.uk_nino(g) if g.rnd.random() < 0.9 else "", 9) for _ in rows],
          LEGACY, PADDED, ABBREV),
        c("SCUTR", "national_id", "VARCHAR", [_pad(v.uk_utr(g), 10) for _ in rows], LEGACY, PADDED, ABBREV),
        c("SCDOB", "date_of_birth", "INTEGER", [0 if g.rnd.random() < 0.15 else _ymd(r[3]) for r in rows], LEGACY,
          INT_DATE, ZERO, ABBREV),
        c("SCADR1", "street_address", "VARCHAR", [_pad(street(g), 35) for _ in rows], LEGACY, PADDED, ABBREV),
        c("SCADR2", "city", "VARCHAR", [_pad(r[4][0], 35) for r in rows], LEGACY, PADDED, ABBREV),
        c("SCPCOD", "postal_code", "VARCHAR", [_pad(v.uk_postcode(g, r[4][1]), 8) for r in rows], LEGACY, PADDED,
          ABBREV),
        c("SCTELH", "phone", "BIGINT", [int(g.phone("GB", "nsn", False)) if g.rnd.random() < 0.6 else None
                                        for _ in rows], LEGACY, NUMERIC, ABBREV),
        c("SCTELM", "phone", "VARCHAR", [_pad(g.phone("GB", "digits") if g.rnd.random() < 0.85 else "", 15)
                                         for _ in rows], LEGACY, PADDED, ABBREV),
        c("SCEMAL", "email", "VARCHAR", [_pad(v.email_of(g, r[0], r[1], v.DOMAINS["gb"]), 60) for r in rows],
          LEGACY, PADDED, ABBREV),
        c("SCSPNM", "person_name", "VARCHAR", [_pad(f"{v.given(g, 'sco').upper()} {r[1].upper()}"
                                                    if g.rnd.random() < 0.2 else "", 40) for r in rows],
          ROLE, NULLWORD, LEGACY, PADDED, ABBREV),
        c("SCEMPL", N, "VARCHAR", [_pad(g.rnd.choice(employers), 35) for _ in rows], "business", LEGACY, PADDED),
        c("SCPAYE", N, "VARCHAR", [_pad(f"{g.rnd.randint(100, 999)}/{g.code('AA99999')}", 14) for _ in rows],
          "business", LEGACY, PADDED, SHAPE),
        c("SCVATN", N, "VARCHAR", [_pad(v.uk_vat(g) if g.rnd.random() < 0.4 else "", 14) for _ in rows],
          "business", CHECK, LEGACY, PADDED),
        c("SCSTAT", N, "VARCHAR", g.col(g.pick(["A", "A", "A", "L", "D"])), "decoy", LEGACY),
        c("SCPART", "person_name", "VARCHAR", [_pad(g.rnd.choice(partners).upper(), 30) for _ in rows], STAFF,
          LEGACY, PADDED),
        c("SCLUSR", USERNAME, "VARCHAR", [_pad(g.rnd.choice(users), 10) for _ in rows], USER, AUDIT, LEGACY, PADDED),
        c("SCLUPD", N, "INTEGER", [_ymd(g.day("2019-04-06", "2026-01-31")) for _ in rows], "decoy", INT_DATE,
          EVENT, LEGACY),
        c("SCLPGM", N, "VARCHAR", [_pad(g.rnd.choice(["SAX400R", "SAX410R"]), 10) for _ in rows], SERVICE, AUDIT,
          LEGACY, PADDED, "decoy"),
        c("SCUDF1", "phone", "VARCHAR", [_pad(g.phone("GB", "intl") if g.rnd.random() < 0.2 else "", 20)
                                         for _ in rows], OPAQUE, MISLEADING, NULLWORD, LEGACY, PADDED),
        c("SCUDF2", N, "VARCHAR", [_pad(g.rnd.choice(["FB1", "FB2", "FB3", "FB2X"]), 6) for _ in rows], OPAQUE,
          "decoy", LEGACY, PADDED),
    ])


def limerick_form11(g: Gen) -> Table:
    """A Limerick tax agent's Form 11 (self-assessed income tax) client list kept for ROS (SCREAMING snake): the
    agent's client reference and own TAIN (``none``), the client's PPSN and the spouse's (``ssn``), forename, surname,
    the spouse's name, birth date as ``DD/MM/YYYY`` text, address lines (``ADDR_LN2`` the town), county (``none``),
    Eircode, mobile, e-mail, the refund IBAN, the trade, a VAT number of the sole trader (``none``), RCT and filing
    status, the due date, the ROS user who last filed, ``MISC_1`` a ROS certificate serial (``none``) and ``MISC_2``
    a second mobile (personal)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "ie")
        rows.append((a, b, g.rnd.random() < 0.5, g.rnd.choice(v.LIM_TOWNS)))
    filers = _logins(g, 3, "ie", 0)
    return Table("ROS_AGENT.FORM11_CLIENTS", "en", "screaming", [
        c("AGENT_CLIENT_REF", N, "VARCHAR", g.col(lambda: g.code("LK99999")), "decoy", KEY),
        c("TAIN", N, "VARCHAR", ["73" + "4812"] * g.rows, "business", PROF, SHAPE),
        c("CLIENT_PPSN", "ssn", "VARCHAR", [v.ie_pps(g) for _ in rows]),
        c("CLIENT_FORENAME", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("CLIENT_SURNAME", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("SPOUSE_NAME", "person_name", "VARCHAR", [f"{v.given(g, 'ie')} {r[1]}" if r[2] else None for r in rows],
          ROLE, HEAVY),
        c("SPOUSE_PPSN", "ssn", "VARCHAR", [v.ie_pps(g) if r[2] and g.rnd.random() < 0.9 else None for r in rows],
          ROLE, HEAVY),
        c("DOB", "date_of_birth", "VARCHAR", [g.birth(1940, 2002).strftime("%d/%m/%Y") for _ in rows], ABBREV),
        c("ADDR_LN1", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 120)} "
                                                         f"{g.rnd.choice(v.LIM_STREETS)}"), ABBREV),
        c("ADDR_LN2", "city", "VARCHAR", [r[3][0] for r in rows], ABBREV),
        c("COUNTY", N, "VARCHAR", [r[3][1] for r in rows], "decoy"),
        c("EIRCODE", "postal_code", "VARCHAR", [v.eircode(g, r[3][2]) if g.rnd.random() < 0.9 else None
                                                for r in rows]),
        c("MOBILE_NO", "phone", "VARCHAR", g.phones("IE", {"national": 0.6, "intl": 0.2, "digits": 0.2}, 1.0, 0.05),
          ABBREV),
        c("EMAIL_ADDR", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["ie"]) for r in rows], ABBREV),
        c("REFUND_IBAN", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IE", g.rnd.random() < 0.5), 0.2)),
        c("TRADE_DESCRIPTION", N, "VARCHAR", g.col(g.pick(["Plumbing contractor", "Dairy farming", "Hairdresser",
                                                           "Landlord - 2 units", "Taxi driver", "Electrician",
                                                           "Childminder", "PAYE + rental income"])), "decoy"),
        c("VAT_REG_NO", N, "VARCHAR", g.col(lambda: v.ie_vat(g), 0.55), "business", CHECK),
        c("RCT_SUBCONTRACTOR", N, "VARCHAR", g.yn("Y", "N", 0.3), "decoy"),
        c("FILING_STATUS", N, "VARCHAR", g.col(g.pick(["FILED", "FILED", "DRAFT", "AWAITING DOCS"])), "decoy"),
        c("RETURN_DUE", N, "DATE", [date(2025, 11, 12)] * g.rows, "decoy", EVENT),
        c("LAST_FILED_BY", USERNAME, "VARCHAR", g.col(g.pick(filers), 0.2), USER, AUDIT),
        c("MISC_1", N, "VARCHAR", g.col(lambda: g.code("xxxxxxxxxxxxxxxx").upper()), OPAQUE, "decoy", SHAPE),
        c("MISC_2", "phone", "VARCHAR", g.col(lambda: g.phone("IE", "national"), 0.7), OPAQUE, MISLEADING, HEAVY),
    ])


# -- Australia, New Zealand --------------------------------------------------------------------------------------------


def brisbane_stp(g: Gen) -> Table:
    """A Brisbane bookkeeping firm's Single Touch Payroll pay events lodged for its small-business clients (camel
    case): the event's UUID, the client's ABN and trading name (``none``; some named after their owners), the
    employee's payroll id, given, other given and family name, TFN (``000000000`` and ``111111111`` where not
    quoted), birth date as ``DD/MM/YYYY`` text, address, suburb, state (``none``), postcode, e-mail and mobile, the
    super fund's USI and member number (``none``), BSB (``none``) and account number (``unclassified``), gross and
    PAYG amounts, the period end, the bookkeeper who lodged it (few) and the ATO receipt number."""
    clients = [(v.au_abn(g), n) for n in ["Gorman Electrical Pty Ltd", "Tran's Bakery Springwood", "Kirra Cafe",
                                          "Whitfield Plumbing & Gas", "Chermside Physio Clinic", "Dwyer Family Trust",
                                          "Redcliffe Bait & Tackle", "Sorensen Joinery"]]
    client = [g.rnd.choice(clients) for _ in range(g.rows)]
    people = []
    for _ in range(g.rows):
        a, b = v.person(g, "au")
        people.append((a, b, v.email_of(g, a, b, v.DOMAINS["au"]), g.birth(1955, 2009)))
    places = [g.rnd.choice(v.BNE_SUBURBS) for _ in range(g.rows)]
    books = _staff(g, 3, lambda x: v.whole(x, "au"))
    return Table("stp_lodge.payEvents", "en", "camel", [
        c("payEventId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("clientAbn", N, "VARCHAR", [x[0] for x in client], "business", CHECK),
        c("clientTradingName", N, "VARCHAR", [x[1] for x in client], "business"),
        c("employeePayrollId", N, "VARCHAR", g.col(lambda: g.code("E9999")), "decoy", SHAPE),
        c("employeeGivenName", "first_name", "VARCHAR", [p[0] for p in people]),
        c("employeeOtherGivenName", "first_name", "VARCHAR", [v.given(g, "au") if g.rnd.random() < 0.3 else None
                                                              for _ in people], HEAVY),
        c("employeeFamilyName", "last_name", "VARCHAR", [p[1] for p in people]),
        c("employeeTfn", "national_id", "VARCHAR", _dirty(g, [v.au_tfn(g) for _ in people], 0.04,
                                                          ["000000000", "111111111"]), PLACEHOLDER),
        c("employeeDob", "date_of_birth", "VARCHAR", [p[3].strftime("%d/%m/%Y") for p in people]),
        c("employeeAddressLine1", "street_address", "VARCHAR",
          g.col(lambda: g.rnd.choice(["", f"{g.rnd.randint(1, 40)}/"]) + f"{g.rnd.randint(1, 300)} "
                f"{g.rnd.choice(v.BNE_STREETS)}")),
        c("employeeSuburb", "city", "VARCHAR", [p[0] for p in places], LOCALITY),
        c("employeeState", N, "VARCHAR", ["QLD"] * g.rows, "decoy"),
        c("employeePostcode", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("employeeEmail", "email", "VARCHAR", _sometimes(g, [p[2] for p in people], 0.1)),
        c("employeeMobile", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "intl": 0.2, "digits": 0.2}, 1.0,
                                                          0.08)),
        c("superFundUsi", N, "VARCHAR", g.col(g.pick(["STA0100AU", "HOS0100AU", "AUS0001AU", "QSU0100AU"])), "decoy",
          SHAPE),
        c("superMemberNumber", N, "VARCHAR", g.col(lambda: g.digits(9)), "decoy", SHAPE),
        c("bankBsb", N, "VARCHAR", g.col(lambda: g.rnd.choice(["064", "084", "034", "124", "484"]) + "-"
                                         + g.digits(3)), "decoy"),
        c("bankAccountNumber", USERNAME, "VARCHAR", g.col(lambda: g.digits(g.rnd.randint(6, 9)), 0.05), BANK),
        c("grossAmount", N, "DECIMAL(10,2)", g.amounts(320, 6_800), "decoy"),
        c("paygWithheld", N, "DECIMAL(10,2)", g.amounts(0, 1_900), "decoy"),
        c("payPeriodEnd", N, "DATE", g.days("2025-07-06", "2026-01-25"), "decoy", EVENT),
        c("lodgedBy", "person_name", "VARCHAR", g.col(g.pick(books)), STAFF),
        c("atoReceiptNumber", N, "VARCHAR", g.col(lambda: g.digits(10), 0.05), "decoy", SHAPE),
    ])


def dunedin_aml_cdd(g: Gen) -> Table:
    """A Dunedin chartered accountants' AML/CFT customer-due-diligence records (Pascal case): the client code and
    entity type, the client's legal name (individuals and some trusts and companies: ``person_name`` by majority),
    preferred name, birth date, IRD number, the identity document's type and number (passport or driver licence:
    ``national_id``), address, suburb, town, postcode, mobile, e-mail, the IP the online form came from, screening
    results and references, trust beneficiaries (names, ``;``-separated), the NZBN of companies, trusts and
    sole traders (``none``), the staff member who verified (few), the reviewer's notes and the verification time."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "nz")
        entity = g.rnd.choices(["Individual", "Trust", "Company"], [0.72, 0.16, 0.12])[0]
        rows.append((a, b, entity))
    places = [g.rnd.choice(v.DUD_PLACES) for _ in range(g.rows)]
    staff = _staff(g, 4, lambda x: v.whole(x, "nz"))

    def legal(r: tuple) -> str:
        if r[2] == "Trust":
            return f"{r[1]} Family Trust"
        if r[2] == "Company":
            return f"{r[1]} {g.rnd.choice(['Contracting', 'Holdings', 'Farming', 'Builders'])} Limited"
        return f"{r[0]} {v.given(g, 'nz')} {r[1]}" if g.rnd.random() < 0.3 else f"{r[0]} {r[1]}"

    def id_doc() -> tuple[str, str]:
        if g.rnd.random() < 0.55:
            return "NZ Passport", g.code("AA999999")
        return "NZ Driver Licence", g.code("AA999999")

    docs = [id_doc() for _ in range(g.rows)]

    def note(r: tuple) -> str:
        return g.rnd.choice([f"Sighted passport in person, {r[0]} accompanied by daughter {v.given(g, 'nz')}",
                             "Certified copy from JP received", f"Settlor is {v.whole(g, 'nz')}, verified separately",
                             "Address confirmed via rates notice", "Low risk, standard CDD"])

    return Table("AmlCdd.ClientVerification", "en", "pascal", [
        c("VerificationId", N, "INTEGER", g.keys(51_001), "decoy", KEY),
        c("ClientCode", N, "VARCHAR", g.col(lambda: g.code("AAA999")), "decoy", SHAPE),
        c("EntityType", N, "VARCHAR", [r[2] for r in rows], "decoy"),
        c("ClientLegalName", "person_name", "VARCHAR", [legal(r) for r in rows], MIXED_BUSINESS),
        c("PreferredName", "first_name", "VARCHAR", [r[0] if r[2] == "Individual" and g.rnd.random() < 0.7 else None
                                                     for r in rows]),
        c("DateOfBirth", "date_of_birth", "DATE", [g.birth(1940, 2006) if r[2] == "Individual" else None
                                                   for r in rows]),
        c("IrdNumber", "national_id", "VARCHAR", [v.nz_ird(g) if r[2] == "Individual" else None for r in rows]),
        c("IdDocumentType", N, "VARCHAR", [d[0] for d in docs], "decoy"),
        c("IdDocumentNumber", "national_id", "VARCHAR", [d[1] for d in docs]),
        c("ResidentialAddress", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 250)} "
                                                                   f"{g.rnd.choice(v.DUD_STREETS)}")),
        c("Suburb", "city", "VARCHAR", [p[0] for p in places], LOCALITY),
        c("TownCity", "city", "VARCHAR", [p[1] for p in places]),
        c("Postcode", "postal_code", "VARCHAR", [p[2] for p in places]),
        c("Mobile", "phone", "VARCHAR", g.phones("NZ", {"national": 0.5, "intl": 0.3, "e164": 0.2}, 0.85, 0.05)),
        c("Email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["nz"]) for r in rows]),
        c("IpAddressAtOnboarding", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.3)),
        c("PepCheckResult", N, "VARCHAR", g.col(g.pick(["No match", "No match", "No match", "Potential - cleared"])),
          "decoy"),
        c("SanctionsScreenRef", N, "VARCHAR", g.col(lambda: v.token(g, "scr_", 20)), "decoy", SHAPE),
        c("TrustBeneficiaries", "person_name", "VARCHAR",
          [("; ".join(f"{v.given(g, 'nz')} {r[1]}" for _ in range(g.rnd.randint(2, 4))) if r[2] == "Trust"
            or g.rnd.random() < 0.1 else None) for r in rows], MULTI, ROLE, HEAVY),
        c("CompanyNzbn", N, "VARCHAR", [v.nzbn(g) if r[2] != "Individual" or g.rnd.random() < 0.15 else None
                                        for r in rows], "business",
          CHECK),
        c("RiskRating", N, "VARCHAR", g.col(g.pick(["Low", "Low", "Medium", "High"])), "decoy"),
        c("VerifiedBy", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("ReviewerNotes", "free_text", "VARCHAR", [note(r) if g.rnd.random() < 0.6 else None for r in rows]),
        c("VerifiedAt", N, "TIMESTAMP", g.moments("2024-03-01", "2026-01-30"), "decoy", EVENT),
    ])


# -- South Africa, India -----------------------------------------------------------------------------------------------


def durban_efiling(g: Gen) -> Table:
    """A Durban tax practitioner's eFiling client register (snake case, abbreviated): the client's first name and
    surname, South African ID number (encoding the row's birth date and sex), passport number of foreign nationals
    (mostly NULL), birth date, SARS income tax reference number (``national_id``), the eFiling login
    (``unclassified``), cell phone, e-mail, address, suburb, city, postal code, the employer, its switchboard and
    PAYE reference (``none``), bank account number (``unclassified``) and branch code (``none``), medical-aid
    membership number (``none``), the spouse, the practitioner (few) and registration number (``none``), notes, an old
    CRM's ``src_crm_col17`` (a phone, an e-mail or a name by row) and ``src_crm_col18`` (a tax-season code)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "za", female)
        born = g.birth(1945, 2005)
        rows.append((a, b, female, born, g.rnd.random() < 0.08, g.rnd.choice(v.DBN_PLACES)))
    pracs = [(v.whole(g, "za"), "PR-" + g.digits(7)) for _ in range(3)]
    prac = [g.rnd.choice(pracs) for _ in range(g.rows)]
    employers = [("eThekwini Municipality", "031 311 1111"), ("Transnet Port Terminals", "031 361 0000"),
                 ("KZN Department of Education", "033 392 1000"), ("Toyota SA Manufacturing", "031 910 9111"),
                 ("Self-employed", ""), ("Netcare St Augustine's", "031 268 5000")]
    emp = [g.rnd.choice(employers) for _ in range(g.rows)]

    def col17() -> str | None:
        x = g.rnd.random()
        if x < 0.3:
            return None
        if x < 0.55:
            return g.phone("ZA", "national")
        if x < 0.8:
            return v.email_of(g, *v.person(g, "za"), v.DOMAINS["za"])
        return v.whole(g, "za")

    def note(r: tuple) -> str:
        return g.rnd.choice(["IRP5 outstanding from employer", (f"Verification request, {r[0]} to bring medical "
                             "certificates"), f"Deceased estate of father {v.whole(g, 'za')} pending",
                             "Auto-assessment accepted", f"Sister {v.given(g, 'za')} will drop off documents"])

    return Table("efiling_dbn.client_register", "en", "snake", [
        c("cl_id", N, "INTEGER", g.keys(7_001), "decoy", KEY, ABBREV),
        c("cl_fnm", "first_name", "VARCHAR", [r[0] for r in rows], ABBREV),
        c("cl_snm", "last_name", "VARCHAR", [r[1] for r in rows], ABBREV),
        c("cl_id_no", "national_id", "VARCHAR", [None if r[4] else v.za_id(g, r[3], r[2]) for r in rows], ABBREV),
        c("cl_passport_no", "national_id", "VARCHAR", [g.code("A99999999") if r[4] or g.rnd.random() < 0.1 else None
                                                       for r in rows], HEAVY, ABBREV),
        c("cl_dob", "date_of_birth", "DATE", [r[3] for r in rows], ABBREV),
        c("itr_ref_no", "national_id", "VARCHAR", [v.za_tin(g) for _ in rows], ABBREV),
        c("efile_user", USERNAME, "VARCHAR", [v.login(r[0], r[1], g.rnd.randint(0, 3)) + str(g.rnd.randint(1, 99))
                                              for r in rows], USER),
        c("cl_cell", "phone", "VARCHAR", g.phones("ZA", {"national": 0.6, "intl": 0.2, "digits": 0.2}, 1.0, 0.03),
          ABBREV),
        c("cl_email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["za"]) for r in rows], ABBREV),
        c("res_addr_ln1", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 400)} "
                                                             f"{g.rnd.choice(v.DBN_STREETS)}"), ABBREV),
        c("res_suburb", "city", "VARCHAR", [r[5][0] for r in rows], LOCALITY, ABBREV),
        c("res_city", "city", "VARCHAR", [r[5][1] for r in rows], ABBREV),
        c("res_post_cd", "postal_code", "VARCHAR", [r[5][2] for r in rows], ABBREV),
        c("emp_name", N, "VARCHAR", [e[0] for e in emp], "business", ABBREV),
        c("emp_tel", N, "VARCHAR", [e[1] for e in emp], "business", ABBREV),
        c("emp_paye_ref", N, "VARCHAR", ["7" + g.digits(9) if e[1] else "" for e in emp], "business", SHAPE, ABBREV),
        c("bank_acc_no", USERNAME, "VARCHAR", g.col(lambda: g.rnd.choice(["1", "4", "6", "62"]) + g.digits(9), 0.1),
          BANK, ABBREV),
        c("bank_branch_cd", N, "VARCHAR", g.col(g.pick(["250655", "632005", "470010", "198765", "051001"]), 0.1),
          "decoy", ABBREV),
        c("med_aid_no", N, "VARCHAR", g.col(lambda: g.digits(9), 0.4), "decoy", SHAPE, ABBREV),
        c("spouse_nm", "person_name", "VARCHAR", [f"{v.given(g, 'za')} {r[1]}" if g.rnd.random() < 0.35 else None
                                                  for r in rows], ROLE, HEAVY, ABBREV),
        c("practitioner", "person_name", "VARCHAR", [p[0] for p in prac], STAFF),
        c("prac_reg_no", N, "VARCHAR", [p[1] for p in prac], "decoy", PROF, SHAPE, ABBREV),
        c("notes", "free_text", "VARCHAR", g.sparse(lambda: note(g.rnd.choice(rows)), 0.8, _words()), NULLWORD),
        c("src_crm_col17", "free_text", "VARCHAR", [col17() for _ in rows], PREFIXED, MIXED, OPAQUE),
        c("src_crm_col18", N, "VARCHAR", g.col(g.pick(["TS2025", "TS2024", "PROV1", "PROV2"])), PREFIXED, OPAQUE,
          "decoy"),
    ])


def pune_itr_clients(g: Gen) -> Table:
    """A Pune chartered accountants' firm's income-tax-return clients (camel case): PAN (fourth letter ``P``, fifth
    the surname's initial), Aadhaar (Verhoeff), the assessee's name in capitals as on the PAN card, the father's name
    (PAN records it: ``person_name``), birth date as ``DD-MM-YYYY`` text, mobile, e-mail, flat and building, locality
    (``city``), town, PIN code, ITR form, acknowledgement number, assessment year, refund, IFSC (``none``) and account
    number (``unclassified``), the employer's TAN and a business client's GSTIN (``none``), the UDIN of the
    certificate, the article assistant (a first name) and partner (few), remarks, and ``code`` the spouse's PAN for
    clubbing (``national_id``, tag ``misleading``)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "in", female)
        rows.append((a, b, female, g.birth(1944, 2004)))
    places = [g.rnd.choice(v.PUNE_AREAS) for _ in range(g.rows)]
    articles = _staff(g, 5, lambda x: v.given(x, "in"))
    partners = _staff(g, 3, lambda x: "CA " + v.whole(x, "in"))

    def remark(r: tuple) -> str:
        return g.rnd.choice(["Form 16 received, 26AS matched", (f"Capital gains on flat sold jointly with brother "
                             f"{v.given(g, 'in')} {r[1]}"), ("HRA exemption, rent receipts from landlord "
                             f"{v.whole(g, 'in')}"), "Old regime opted", "Refund credited"])

    return Table("cafirm_pune.itrClients", "en", "camel", [
        c("clientId", N, "INTEGER", g.keys(30_001), "decoy", KEY),
        c("panNo", "national_id", "VARCHAR", [v.in_pan(g, r[1]) for r in rows], ABBREV),
        c("aadhaarNo", "national_id", "VARCHAR", [v.aadhaar(g, g.rnd.random() < 0.7) if g.rnd.random() < 0.8
                                                  else None for _ in rows], ABBREV),
        c("assesseeName", "person_name", "VARCHAR", [f"{r[0]} {r[1]}".upper() for r in rows]),
        c("fatherName", "person_name", "VARCHAR", [f"{v.person(g, 'in', False)[0]} {r[1]}".upper()
                                                   for r in rows], ROLE),
        c("dob", "date_of_birth", "VARCHAR", [r[3].strftime("%d-%m-%Y") for r in rows], ABBREV),
        c("mobileNo", "phone", "VARCHAR", g.phones("IN", {"nsn": 0.6, "intl": 0.2, "e164": 0.2}, 1.0, 0.02), ABBREV),
        c("emailId", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["in"]) for r in rows]),
        c("flatNo", "street_address", "VARCHAR", g.col(lambda: f"Flat {g.rnd.randint(1, 12)}{g.rnd.randint(1, 8):02d}"
                                                       f", {g.rnd.choice(v.PUNE_BUILDINGS)}"), ABBREV),
        c("areaLocality", "city", "VARCHAR", [p[0] for p in places], LOCALITY),
        c("townCity", "city", "VARCHAR", [g.rnd.choice(["Pune", "Pune", "Pune", "Pimpri-Chinchwad"]) for _ in rows]),
        c("pinCode", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("itrForm", N, "VARCHAR", g.col(g.pick(["ITR-1", "ITR-1", "ITR-2", "ITR-3", "ITR-4"])), "decoy"),
        c("ackNo", N, "VARCHAR", g.col(lambda: g.digits(15), 0.1), "decoy", SHAPE, ABBREV),
        c("assessmentYear", N, "VARCHAR", g.col(g.pick(["2025-26", "2024-25"])), "decoy"),
        c("refundAmount", N, "DECIMAL(12,2)", g.amounts(0, 85_000), "decoy"),
        c("bankIfsc", N, "VARCHAR", g.col(lambda: g.rnd.choice(["SBIN0", "HDFC0", "ICIC0", "MAHB0"]) + g.digits(6)),
          "decoy", ABBREV),
        c("bankAccNo", USERNAME, "VARCHAR", g.col(lambda: g.digits(g.rnd.randint(11, 16))), BANK, ABBREV),
        c("employerTan", N, "VARCHAR", g.col(lambda: "PNE" + g.code("A99999A"), 0.4), "business", SHAPE),
        c("businessGstin", N, "VARCHAR", g.col(lambda: v.gstin(g), 0.65), "business", CHECK),
        c("udin", N, "VARCHAR", g.col(lambda: "25" + g.digits(6) + g.code("AAAAAA") + g.digits(4), 0.6), "decoy",
          SHAPE),
        c("articleAssistant", "first_name", "VARCHAR", g.col(g.pick(articles)), STAFF),
        c("partnerInCharge", "person_name", "VARCHAR", g.col(g.pick(partners)), STAFF),
        c("remarks", "free_text", "VARCHAR", [remark(r) if g.rnd.random() < 0.5 else None for r in rows]),
        c("code", "national_id", "VARCHAR", [v.in_pan(g, r[1]) if g.rnd.random() < 0.45 else None for r in rows],
          OPAQUE, MISLEADING),
    ])


# -- Germany, France, Spain, Italy -------------------------------------------------------------------------------------


def leipzig_lohnbuero(g: Gen) -> Table:
    """A Leipzig tax adviser's payroll office (Lohnbüro): the employee master it keeps for its client firms (German,
    snake case): client and adviser numbers, the client firm (``none``), personnel number, first name, family name,
    birth name (mostly NULL), birth date as ``TT.MM.JJJJ`` text, birthplace, the pension-insurance number
    (Rentenversicherungsnummer: ``ssn``, encoding the birth date and the birth name's initial), the Steuer-ID
    (``national_id``), tax class and denomination (``none``), the health insurer (``none``), street and house number
    apart, postcode, town, IBAN, the account holder where it is not the employee, private phone and e-mail, the entry
    date, monthly gross, job title, the clerk (first names, few), ``feld_frei_1`` a cost centre (``none``) and
    ``feld_frei_2`` a child's name for the child allowance (``person_name``)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "de", female)
        birth_name = v.family(g, "de") if female and g.rnd.random() < 0.3 else None
        rows.append((a, b, female, g.birth(1958, 2008), birth_name))
    firms = ["Bäckerei Hähnel GmbH", "Autohaus Kretzschmar KG", "Pflegedienst Sonnenschein", "Elektro Uhlig",
             "Friseursalon Romy", "Gasthaus Zur Linde", "Dachdeckerei Pietzsch GmbH"]
    firm = [g.rnd.randrange(len(firms)) for _ in range(g.rows)]
    places = [v.pick_town(g, v.LEJ_TOWNS) for _ in range(g.rows)]
    clerks = _staff(g, 4, lambda x: v.given(x, "de"))
    kids = [f"{v.given(g, 'de')} {r[1]}" if g.rnd.random() < 0.35 else None for r in rows]
    return Table("lohnbuero_leipzig.ma_stammdaten", "de", "snake", [
        c("mandant_nr", N, "INTEGER", [10_100 + i for i in firm], "decoy", KEY),
        c("berater_nr", N, "INTEGER", [1_234_567] * g.rows, "decoy"),
        c("personal_nr", N, "INTEGER", g.ints(1, 499), "decoy", KEY),
        c("firma", N, "VARCHAR", [firms[i] for i in firm], "business"),
        c("vorname", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("nachname", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("geburtsname", "last_name", "VARCHAR", [r[4] for r in rows], HEAVY),
        c("geburtsdatum", "date_of_birth", "VARCHAR", [r[3].strftime("%d.%m.%Y") for r in rows]),
        c("geburtsort", "city", "VARCHAR", g.col(g.pick(v.DE_BIRTHPLACES), 0.1)),
        c("sv_nummer", "ssn", "VARCHAR", [v.de_rvnr(r[3], r[4] or r[1], g, r[2]) for r in rows], ABBREV),
        c("steuer_id", "national_id", "VARCHAR", [v.de_steuer_id(g) for _ in rows]),
        c("steuerklasse", N, "INTEGER", g.col(g.pick([1, 1, 3, 4, 5, 2])), "decoy"),
        c("konfession", N, "VARCHAR", g.col(g.pick(["--", "ev", "rk", "--", "--"])), "decoy"),
        c("krankenkasse", N, "VARCHAR", g.col(g.pick(["AOK PLUS", "Techniker Krankenkasse", "BARMER", "IKK classic",
                                                      "DAK-Gesundheit"])), "business"),
        c("strasse", "street_address", "VARCHAR", g.col(g.pick(v.LEJ_STREETS))),
        c("hausnummer", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 140))
                                                           + g.rnd.choice(["", "", "a", "b"]))),
        c("plz", "postal_code", "VARCHAR", [p[1] for p in places], ABBREV),
        c("ort", "city", "VARCHAR", [p[0] for p in places]),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DE", g.rnd.random() < 0.5))),
        c("kontoinhaber", "person_name", "VARCHAR", [f"{v.given(g, 'de')} {r[1]}" if g.rnd.random() < 0.12 else None
                                                     for r in rows], ROLE, HEAVY),
        c("telefon_privat", "phone", "VARCHAR", g.phones("DE", {"national": 0.6, "intl": 0.25, "00": 0.15}, 0.7,
                                                          0.25)),
        c("email_privat", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["de"]) if g.rnd.random() < 0.6
                                               else None for r in rows]),
        c("eintrittsdatum", N, "DATE", g.days("2004-01-01", "2025-12-01"), "decoy", EVENT),
        c("brutto_monat", N, "DECIMAL(10,2)", g.amounts(538, 5_900), "decoy"),
        c("taetigkeit", N, "VARCHAR", g.col(g.pick(["Verkäufer/in", "Bäcker/in", "Kfz-Mechatroniker/in",
                                                    "Pflegefachkraft", "Aushilfe (Minijob)", "Koch/Köchin"])),
          "decoy"),
        c("bearbeiter", "first_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
        c("feld_frei_1", N, "VARCHAR", g.col(lambda: "KST" + g.digits(3)), OPAQUE, "decoy"),
        c("feld_frei_2", "person_name", "VARCHAR", kids, OPAQUE, MISLEADING, HEAVY),
    ])


def nantes_paie(g: Gen) -> Table:
    """A Nantes chartered accountant's payroll department (cabinet d'expertise comptable): the employees of its client
    businesses (French, camel case): the employer's SIRET and name (``none``), the matricule, civility, birth and
    usage names, given names, birth date as ``dd/mm/yyyy`` text, commune of birth, the NIR with its key (``ssn``,
    encoding the row's sex, year and month of birth and département), address and complement, postcode, town, mobile,
    e-mail, IBAN, job, NAF code, gross pay, entry date, the payroll manager (few), ``champLibre1`` the collective
    agreement's IDCC (``none``) and ``champLibre2`` a personal e-mail for payslips (``email``)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "fr", female)
        born = g.birth(1960, 2007)
        birthplace = g.rnd.choice(v.FR_BIRTHPLACES)
        usage = v.family(g, "fr") if female and g.rnd.random() < 0.35 else None
        rows.append((a, b, female, born, birthplace, usage))
    firms = [(v.fr_siret(g), n) for n in ["SARL Boulangerie Pineau", "Garage Tessier et Fils", "EURL Coiffure Maëlle",
                                          "SAS Menuiserie Rabiller", "Crêperie du Bouffay", "Cabinet infirmier Guérin"]]
    firm = [g.rnd.choice(firms) for _ in range(g.rows)]
    places = [v.pick_town(g, v.NTE_TOWNS) for _ in range(g.rows)]
    managers = _staff(g, 3, lambda x: v.whole(x, "fr"))
    return Table("cabinet_ouest_paie.salaries", "fr", "camel", [
        c("idSalarie", N, "INTEGER", g.keys(8_001), "decoy", KEY),
        c("siretEmployeur", N, "VARCHAR", [f[0] for f in firm], "business", CHECK),
        c("raisonSociale", N, "VARCHAR", [f[1] for f in firm], "business"),
        c("matricule", N, "VARCHAR", g.col(lambda: g.code("M9999")), "decoy", SHAPE),
        c("civilite", N, "VARCHAR", ["Mme" if r[2] else "M." for r in rows], "decoy"),
        c("nomNaissance", "last_name", "VARCHAR", [r[1].upper() for r in rows]),
        c("nomUsage", "last_name", "VARCHAR", [r[5] for r in rows], HEAVY),
        c("prenoms", "first_name", "VARCHAR", [r[0] if g.rnd.random() < 0.6 else f"{r[0]}, {v.given(g, 'fr')}"
                                               for r in rows]),
        c("dateNaissance", "date_of_birth", "VARCHAR", [r[3].strftime("%d/%m/%Y") for r in rows]),
        c("communeNaissance", "city", "VARCHAR", [r[4][0] for r in rows]),
        c("numeroSecu", "ssn", "VARCHAR", [v.fr_nir(g, r[3], r[2], r[4][1]) for r in rows]),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 160)} "
                                                        f"{g.rnd.choice(v.NTE_STREETS)}")),
        c("complementAdresse", "street_address", "VARCHAR",
          g.col(lambda: f"Bât {g.rnd.choice('ABCD')}, appt {g.rnd.randint(1, 60)}", 0.75), HEAVY),
        c("codePostal", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("ville", "city", "VARCHAR", [p[0] for p in places]),
        c("telPortable", "phone", "VARCHAR", g.phones("FR", {"national": 0.7, "intl": 0.2, "e164": 0.1}, 0.9, 0.1)),
        c("courriel", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["fr"]) for r in rows]),
        c("ibanSalarie", "iban", "VARCHAR", g.col(lambda: v.iban(g, "FR", g.rnd.random() < 0.6))),
        c("emploi", N, "VARCHAR", g.col(g.pick(["Vendeur(se)", "Mécanicien", "Coiffeur(se)", "Infirmier(e)",
                                                "Crêpier(e)", "Apprenti(e)"])), "decoy"),
        c("codeNaf", N, "VARCHAR", g.col(g.pick(["1071C", "4520A", "9602A", "1623Z", "5610A", "8690D"])), "decoy",
          SHAPE),
        c("salaireBrut", N, "DECIMAL(10,2)", g.amounts(1_426, 4_200), "decoy"),
        c("dateEntree", N, "DATE", g.days("2008-01-01", "2025-12-15"), "decoy", EVENT),
        c("gestionnairePaie", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF),
        c("champLibre1", N, "VARCHAR", g.col(g.pick(["IDCC 843", "IDCC 1090", "IDCC 2596", "IDCC 1501"])), OPAQUE,
          "decoy"),
        c("champLibre2", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["fr"]) if g.rnd.random() < 0.35
                                              else None for r in rows], OPAQUE, MISLEADING, HEAVY),
    ])


def murcia_renta(g: Gen) -> Table:
    """A Murcia gestoría's IRPF (renta 2024) client file from its AS/400 (Spanish, fixed width, names cut to six
    characters): file number, the declarant's NIF (a DNI or NIE), both family names and the given name (padded), birth
    date as a ``YYYYMMDD`` number, the spouse's NIF and name (``APELLIDO1 APELLIDO2, NOMBRE``, joint returns only),
    the fiscal domicile, postcode as a number, municipality, province (``none``), phone as a number, e-mail, the IBAN
    for the refund or the debit, the home's cadastral reference (``none``, two check letters), the result, the
    return type, presentation date as a number, the gestor (few), the user and program of the last change, and the
    gestoría's CIF (``none``)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "es")
        b2 = v.family(g, "es") if g.rnd.random() < 0.92 else ""
        rows.append((a, b, b2, g.birth(1938, 2005), g.rnd.random() < 0.25, v.pick_town(g, v.MUR_TOWNS)))
    gestores = _staff(g, 4, lambda x: v.whole(x, "es"))
    users = _logins(g, 3, "es", 4)
    cif = v.es_cif(g)

    def domicile() -> str:
        return (f"{g.rnd.choice(v.MUR_STREETS)} {g.rnd.randint(1, 90)}"
                + g.rnd.choice(["", f" {g.rnd.randint(1, 8)} {g.rnd.choice('ABCD')}", " BJ", " ESC 2 4 IZ"]))

    def spouse(r: tuple) -> str:
        return f"{v.fold(v.family(g, 'es')).upper()} {v.fold(v.family(g, 'es')).upper()}, " \
               f"{v.fold(v.given(g, 'es')).upper()}"

    return Table("GESTLIB.RENTA24", "es", "screaming", [
        c("NUMEXP", N, "VARCHAR", [_pad(f"R24-{i:05d}", 10) for i in range(1, g.rows + 1)], "decoy", KEY, LEGACY,
          PADDED, ABBREV),
        c("NIFDEC", "national_id", "VARCHAR", [_pad(v.es_nif_person(g), 9) for _ in rows], LEGACY, PADDED, ABBREV),
        c("APELL1", "last_name", "VARCHAR", [_pad(v.fold(r[1]).upper(), 25) for r in rows], LEGACY, PADDED, ABBREV),
        c("APELL2", "last_name", "VARCHAR", [_pad(v.fold(r[2]).upper(), 25) for r in rows], LEGACY, PADDED, ABBREV),
        c("NOMBRE", "first_name", "VARCHAR", [_pad(v.fold(r[0]).upper(), 20) for r in rows], LEGACY, PADDED),
        c("FECNAC", "date_of_birth", "INTEGER", [_ymd(r[3]) for r in rows], LEGACY, INT_DATE, ABBREV),
        c("NIFCON", "national_id", "VARCHAR", [_pad(v.es_nif_person(g) if r[4] else "", 9) for r in rows], ROLE,
          NULLWORD, LEGACY, PADDED, ABBREV),
        c("NOMCON", "person_name", "VARCHAR", [_pad(spouse(r) if r[4] else "", 50) for r in rows], ROLE, NULLWORD,
          LEGACY, PADDED, ABBREV),
        c("DOMFIS", "street_address", "VARCHAR", [_pad(domicile(), 40) for _ in rows], LEGACY, PADDED, ABBREV),
        c("CODPOS", "postal_code", "INTEGER", [int(r[5][1]) for r in rows], LEGACY, NUMERIC, ABBREV),
        c("MUNICI", "city", "VARCHAR", [_pad(v.fold(r[5][0]).upper(), 30) for r in rows], LEGACY, PADDED, ABBREV),
        c("PROVIN", N, "VARCHAR", [_pad("MURCIA", 20)] * g.rows, "decoy", LEGACY, PADDED),
        c("TELEFO", "phone", "BIGINT", [int(g.phone("ES", "nsn", g.rnd.random() < 0.8)) if g.rnd.random() < 0.9
                                        else None for _ in rows], LEGACY, NUMERIC, ABBREV),
        c("EMAIL", "email", "VARCHAR", [_pad(v.email_of(g, r[0], r[1], v.DOMAINS["es"]).upper()
                                             if g.rnd.random() < 0.7 else "", 50) for r in rows], LEGACY, PADDED),
        c("IBANDV", "iban", "VARCHAR", [_pad(v.iban(g, "ES"), 24) for _ in rows], LEGACY, PADDED, ABBREV),
        c("REFCAT", N, "VARCHAR", [_pad(v.es_refcat(g) if g.rnd.random() < 0.7 else "", 20) for _ in rows],
          "decoy", CHECK, LEGACY, PADDED, ABBREV),
        c("RESULT", N, "DECIMAL(10,2)", g.amounts(-2_500, 4_000), "decoy", LEGACY),
        c("TIPDEC", N, "VARCHAR", ["C" if r[4] and g.rnd.random() < 0.6 else "I" for r in rows], "decoy", LEGACY),
        c("FECPRE", N, "INTEGER", [_ymd(g.day("2025-04-02", "2025-06-30")) for _ in rows], "decoy", INT_DATE,
          EVENT, LEGACY),
        c("GESTOR", "person_name", "VARCHAR", [_pad(g.rnd.choice(gestores).upper(), 30) for _ in rows], STAFF,
          LEGACY, PADDED),
        c("USUMOD", USERNAME, "VARCHAR", [_pad(g.rnd.choice(users), 10) for _ in rows], USER, AUDIT, LEGACY, PADDED),
        c("PGMMOD", N, "VARCHAR", [_pad("RNT100R", 10)] * g.rows, SERVICE, AUDIT, LEGACY, PADDED, "decoy"),
        c("CIFGES", N, "VARCHAR", [cif] * g.rows, "business", CHECK, LEGACY),
    ])


def bari_caf730(g: Gen) -> Table:
    """A Bari CAF's (tax assistance centre) 730 returns unloaded with its COBOL copybook's names (Italian, hyphens):
    the file number, the declarant's codice fiscale (encoding the row's name, birth date and comune), family and given
    name, sex (``none``), birth date as a ``YYYYMMDD`` number, comune and province of birth, residence address, CAP,
    comune, the mobile kept as a number, e-mail, the spouse's and the first dependant's codici fiscali, the
    withholding agent's partita IVA and name (the employer or pension body: ``none``), income, outcome, the telematic
    protocol number, the operator (few), the acquisition date as a number, ``CAMPO-LIBERO-1`` a campaign code
    (``none``) and ``CAMPO-LIBERO-2`` the name of the person delegated to collect the return (``person_name``)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "it", female)
        born = g.birth(1936, 2005)
        place = g.rnd.choice(v.IT_BIRTHPLACES)
        rows.append((a, b, female, born, place, v.it_codice_fiscale(a, b, born, female, place[2])))
    res = [g.rnd.choice(v.BARI_TOWNS) for _ in range(g.rows)]
    agents = [(v.it_piva(g), n) for n in ["INPS", "COMUNE DI BARI", "ACQUEDOTTO PUGLIESE SPA", "MINISTERO ISTRUZIONE",
                                          "ASL BARI", "LOIACONO COSTRUZIONI SRL"]]
    agent = [g.rnd.choice(agents) for _ in range(g.rows)]
    ops = _staff(g, 5, lambda x: v.whole(x, "it"))

    def relative_cf() -> str:
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "it", female)
        return v.it_codice_fiscale(a, b, g.birth(1936, 2024), female, g.rnd.choice(v.IT_BIRTHPLACES)[2])

    return Table("CAF730.TRACCIATO_730", "it", "screaming", [
        c("PROG-PRATICA", N, "INTEGER", g.keys(2_025_000_001), "decoy", KEY, LEGACY, ABBREV),
        c("CF-DICH", "national_id", "VARCHAR", [r[5] for r in rows], LEGACY, ABBREV),
        c("COGN-DICH", "last_name", "VARCHAR", [_pad(r[1].upper(), 24) for r in rows], LEGACY, PADDED, ABBREV),
        c("NOME-DICH", "first_name", "VARCHAR", [_pad(r[0].upper(), 20) for r in rows], LEGACY, PADDED, ABBREV),
        c("SESSO-DICH", N, "VARCHAR", ["F" if r[2] else "M" for r in rows], "decoy", LEGACY, ABBREV),
        c("DT-NASC-DICH", "date_of_birth", "INTEGER", [_ymd(r[3]) for r in rows], LEGACY, INT_DATE, ABBREV),
        c("COM-NASC-DICH", "city", "VARCHAR", [_pad(r[4][0].upper(), 30) for r in rows], LEGACY, PADDED, ABBREV),
        c("PROV-NASC-DICH", N, "VARCHAR", [r[4][1] for r in rows], "decoy", LEGACY, ABBREV),
        c("IND-RES-DICH", "street_address", "VARCHAR",
          [_pad(f"{g.rnd.choice(v.BARI_STREETS)} {g.rnd.randint(1, 220)}".upper(), 35) for _ in rows], LEGACY,
          PADDED, ABBREV),
        c("CAP-RES-DICH", "postal_code", "VARCHAR", [t[1] for t in res], LEGACY, ABBREV),
        c("COM-RES-DICH", "city", "VARCHAR", [_pad(t[0].upper(), 30) for t in res], LEGACY, PADDED, ABBREV),
        c("TEL-DICH", "phone", "BIGINT", [int(g.phone("IT", "nsn")) if g.rnd.random() < 0.85 else None
                                          for _ in rows], LEGACY, NUMERIC, ABBREV),
        c("EMAIL-DICH", "email", "VARCHAR", [_pad(v.email_of(g, r[0], r[1], v.DOMAINS["it"]) if g.rnd.random() < 0.55
                                                  else "", 50) for r in rows], LEGACY, PADDED, ABBREV),
        c("CF-CONIUGE", "national_id", "VARCHAR", [_pad(relative_cf() if g.rnd.random() < 0.25 else "", 16)
                                                   for _ in rows], ROLE, NULLWORD, LEGACY, PADDED, ABBREV),
        c("CF-FAM-CARICO-1", "national_id", "VARCHAR", [_pad(relative_cf() if g.rnd.random() < 0.2 else "", 16)
                                                        for _ in rows], ROLE, NULLWORD, LEGACY, PADDED, ABBREV),
        c("PIVA-SOST-IMP", N, "VARCHAR", [a[0] for a in agent], "business", CHECK, LEGACY, ABBREV),
        c("DEN-SOST-IMP", N, "VARCHAR", [_pad(a[1], 40) for a in agent], "business", LEGACY, PADDED, ABBREV),
        c("REDD-COMPLESSIVO", N, "BIGINT", g.ints(4_000, 95_000), "decoy", LEGACY, ABBREV),
        c("ESITO-730", N, "VARCHAR", g.col(g.pick(["CREDITO", "CREDITO", "DEBITO", "ZERO"])), "decoy", LEGACY),
        c("PROT-TELEM", N, "VARCHAR", g.col(lambda: "25" + g.digits(15)), "decoy", SHAPE, LEGACY, ABBREV),
        c("OPERATORE", "person_name", "VARCHAR", [_pad(g.rnd.choice(ops).upper(), 30) for _ in rows], STAFF, LEGACY,
          PADDED),
        c("DT-ACQUIS", N, "INTEGER", [_ymd(g.day("2025-04-30", "2025-09-30")) for _ in rows], "decoy", INT_DATE,
          EVENT, LEGACY),
        c("CAMPO-LIBERO-1", N, "VARCHAR", [_pad(g.rnd.choice(["CAMP25", "SPID", "CONV-CISL", "PRE730"]), 10)
                                           for _ in rows], OPAQUE, "decoy", LEGACY, PADDED),
        c("CAMPO-LIBERO-2", "person_name", "VARCHAR", [_pad(v.whole(g, "it").upper() if g.rnd.random() < 0.4 else "",
                                                            40) for _ in rows], OPAQUE, MISLEADING, LEGACY, PADDED),
    ])


# -- the Netherlands, Poland, Japan ------------------------------------------------------------------------------------


def groningen_zzp(g: Gen) -> Table:
    """A Groningen bookkeeping office's freelancer (ZZP) clients (Dutch, camel case): the client id, KvK number,
    VAT id and trade name (``none``: a sole trader's business numbers and name), initials, given name, ``tussenvoegsel``
    (``last_name``, mostly NULL), family name, BSN, birth date as ISO text, street, house number and addition apart,
    postcode, town, mobile, e-mail, the business IBAN (a sole trader's own account: ``iban``), the partner's name, the
    income-tax return's status and year, the bookkeeper (first names, few), remarks, ``vrijVeld1`` an SBI code
    (``none``) and ``vrijVeld2`` the partner's BSN (``national_id``, tag ``misleading``)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "nl", female)
        tv = g.rnd.choice(["van", "de", "van der", "van den", "ter"]) if g.rnd.random() < 0.25 else None
        rows.append((a, b, tv, g.birth(1950, 2005), g.rnd.random() < 0.4))
    places = [v.pick_town(g, v.GRN_TOWNS) for _ in range(g.rows)]
    keepers = _staff(g, 3, lambda x: v.given(x, "nl"))
    trades = ["Klusbedrijf", "Fotografie", "Schilderwerken", "Webdesign", "Hoveniersbedrijf", "Coaching",
              "Stukadoorsbedrijf", "Vertaalbureau"]

    def remark(r: tuple) -> str:
        return g.rnd.choice(["Urencriterium gehaald", f"Partner {v.given(g, 'nl')} heeft eigen onderneming",
                             "KOR aangevraagd", f"Werkruimte thuis, bespreken met {r[0]}", "Voorlopige aanslag 2026"])

    return Table("boekhouding_grn.zzpKlanten", "nl", "camel", [
        c("klantId", N, "INTEGER", g.keys(4_001), "decoy", KEY),
        c("kvkNummer", N, "VARCHAR", g.col(lambda: g.rnd.choice("0123456789"[:9]) + g.digits(7)), "business", SHAPE),
        c("btwId", N, "VARCHAR", g.col(lambda: v.nl_btw(g), 0.15), "business", CHECK),
        c("handelsnaam", N, "VARCHAR", [f"{g.rnd.choice(trades)} {r[1]}" if g.rnd.random() < 0.5 else
                                        f"{g.rnd.choice(['Noorderlicht', 'Hunze', 'Stadspark', 'Wad & Co'])} "
                                        f"{g.rnd.choice(trades)}" for r in rows], "business"),
        c("voorletters", "first_name", "VARCHAR", [f"{r[0][0]}." + (f"{v.given(g, 'nl')[0]}." if g.rnd.random() < 0.5
                                                                      else "") for r in rows]),
        c("voornaam", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("tussenvoegsel", "last_name", "VARCHAR", [r[2] for r in rows], HEAVY),
        c("achternaam", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("bsn", "national_id", "VARCHAR", [v.nl_bsn(g) for _ in rows]),
        c("geboortedatum", "date_of_birth", "VARCHAR", [r[3].isoformat() for r in rows]),
        c("straat", "street_address", "VARCHAR", g.col(g.pick(v.GRN_STREETS))),
        c("huisnummer", "street_address", "INTEGER", g.ints(1, 240)),
        c("huisnummerToevoeging", "street_address", "VARCHAR", g.col(g.pick(["A", "B", "1", "2", "bis", "-3"]), 0.8),
          HEAVY),
        c("postcode", "postal_code", "VARCHAR", [v.nl_postcode(g, p[1]) for p in places]),
        c("woonplaats", "city", "VARCHAR", [p[0] for p in places]),
        c("mobielNummer", "phone", "VARCHAR", g.phones("NL", {"national": 0.6, "intl": 0.25, "e164": 0.15}, 0.9,
                                                        0.05)),
        c("emailadres", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["nl"]) for r in rows]),
        c("ibanZakelijk", "iban", "VARCHAR", g.col(lambda: v.iban(g, "NL", g.rnd.random() < 0.5), 0.1)),
        c("partnerNaam", "person_name", "VARCHAR", [f"{v.given(g, 'nl')} {v.family(g, 'nl')}" if r[4] else None
                                                    for r in rows], ROLE, HEAVY),
        c("aangifteIbStatus", N, "VARCHAR", g.col(g.pick(["ingediend", "concept", "wacht op stukken"])), "decoy"),
        c("boekjaar", N, "INTEGER", g.col(g.pick([2024, 2025])), "decoy"),
        c("boekhouder", "first_name", "VARCHAR", g.col(g.pick(keepers)), STAFF),
        c("opmerkingen", "free_text", "VARCHAR", [remark(r) if g.rnd.random() < 0.45 else None for r in rows]),
        c("vrijVeld1", N, "VARCHAR", g.col(g.pick(["43341", "74201", "62012", "81301", "85599"])), OPAQUE, "decoy"),
        c("vrijVeld2", "national_id", "VARCHAR", [v.nl_bsn(g) if r[4] and g.rnd.random() < 0.8 else None
                                                  for r in rows], OPAQUE, MISLEADING, HEAVY),
    ])


def lublin_jdg(g: Gen) -> Table:
    """A Lublin accounting office's (biuro rachunkowe) sole-proprietor clients (Polish, snake case): client id, NIP
    and REGON and the firm's name (``none``: a sole trader's business numbers and name), given name, second given
    name, family name, PESEL (encoding the row's birth date and sex), birth date, identity card number, street, house
    and flat numbers apart, postcode, town, phone, e-mail, bank account as an IBAN or NRB, the tax office and the form
    of taxation (``none``), the bookkeeper (few), the start date, remarks, ``pole_dod_1`` a PKD code (``none``) and
    ``pole_dod_2`` the phone of the person holding power of attorney (``phone``)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "pl", female)
        born = g.birth(1950, 2005)
        rows.append((a, b, female, born, v.pl_pesel(g, born, female)))
    places = [v.pick_town(g, v.LUB_TOWNS) for _ in range(g.rows)]
    keepers = _staff(g, 4, lambda x: v.whole(x, "pl"))
    trades = ["Usługi Remontowe", "Transport Osobowy", "Gabinet Fizjoterapii", "Usługi Informatyczne",
              "Sklep Spożywczy", "Zakład Fryzjerski"]

    def remark(r: tuple) -> str:
        return g.rnd.choice(["Ulga na start do 05.2025", f"Pełnomocnik: {v.whole(g, 'pl')}", "VAT-R złożony",
                             f"Żona {v.given(g, 'pl')} współpracuje (ZUS)", "Brak faktur za grudzień"])

    def account() -> str:
        number = v.iban(g, "PL", g.rnd.random() < 0.5)
        return number if g.rnd.random() < 0.5 else number[2:].strip()

    return Table("biuro_rachunkowe_lublin.klienci_jdg", "pl", "snake", [
        c("id_klienta", N, "INTEGER", g.keys(901), "decoy", KEY),
        c("nip", N, "VARCHAR", g.col(lambda: v.pl_nip(g)), "business", CHECK),
        c("regon", N, "VARCHAR", g.col(lambda: v.pl_regon(g)), "business", CHECK),
        c("nazwa_firmy", N, "VARCHAR", [f"{g.rnd.choice(trades)} {r[0]} {r[1]}" for r in rows], "business"),
        c("imie", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("drugie_imie", "first_name", "VARCHAR", [v.person(g, "pl", r[2])[0] if g.rnd.random() < 0.45 else None
                                                   for r in rows], HEAVY),
        c("nazwisko", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("pesel", "national_id", "VARCHAR", [r[4] for r in rows]),
        c("data_urodzenia", "date_of_birth", "DATE", [r[3] for r in rows]),
        c("nr_dowodu", "national_id", "VARCHAR", g.col(lambda: v.pl_dowod(g), 0.3)),
        c("ulica", "street_address", "VARCHAR", g.col(lambda: "ul. " + g.rnd.choice(v.LUB_STREETS))),
        c("nr_domu", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 120)))),
        c("nr_lokalu", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 80)), 0.55), HEAVY),
        c("kod_pocztowy", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("miejscowosc", "city", "VARCHAR", [p[0] for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.5, "intl": 0.3, "digits": 0.2}, 0.9, 0.03)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["pl"]) for r in rows]),
        c("rachunek_bankowy", "iban", "VARCHAR", g.col(account, 0.05)),
        c("urzad_skarbowy", N, "VARCHAR", g.col(g.pick(["I US w Lublinie", "II US w Lublinie", "US w Puławach",
                                                        "US w Chełmie", "US w Zamościu"])), "business"),
        c("forma_opodatkowania", N, "VARCHAR", g.col(g.pick(["skala", "liniowy", "ryczałt 8,5%", "ryczałt 12%"])),
          "decoy"),
        c("ksiegowa", "person_name", "VARCHAR", g.col(g.pick(keepers)), STAFF),
        c("data_rozpoczecia", N, "DATE", g.days("2010-01-01", "2025-11-01"), "decoy", EVENT),
        c("uwagi", "free_text", "VARCHAR", g.sparse(lambda: remark(g.rnd.choice(rows)), 0.8, _words("brak", "-")),
          NULLWORD),
        c("pole_dod_1", N, "VARCHAR", g.col(g.pick(["43.39.Z", "49.32.Z", "86.90.A", "62.01.Z", "47.11.Z"])), OPAQUE,
          "decoy"),
        c("pole_dod_2", "phone", "VARCHAR", g.col(lambda: g.phone("PL", "national"), 0.7), OPAQUE, MISLEADING, HEAVY),
    ])


def sendai_nenmatsu(g: Gen) -> Table:
    """A Sendai tax accountant corporation's (税理士法人) year-end tax adjustment (年末調整) of its client employers'
    staff (Japanese column names and values): the file number, the client company and its corporate number (``none``,
    check digit), the employee number, the name in kanji and in katakana (``person_name``), birth date as
    ``YYYY/MM/DD`` text, the My Number (``national_id``, check digit), postcode, address, phone, e-mail, the spouse's
    name and My Number (mostly NULL), dependants as ``relation name (year)`` (``free_text``), salary and tax withheld,
    the staff member in charge (a family name), the processing time, remarks, ``予備1`` a code (``none``) and
    ``予備2`` a former family name (``last_name``)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        (fk, fkana), (gk, gkana) = v.ja_person(g, female)
        rows.append((fk, fkana, gk, gkana, female, g.birth(1950, 2007), g.rnd.random() < 0.45))
    clients = [(v.jp_corporate_number(g), n) for n in ["株式会社青葉精工", "有限会社千葉建設", "株式会社杜の都フーズ",
                                                       "合同会社泉ソフト", "医療法人社団遠藤クリニック"]]
    client = [g.rnd.choice(clients) for _ in range(g.rows)]
    places = [g.rnd.choice(v.SENDAI_PLACES) for _ in range(g.rows)]
    staff = _staff(g, 3, lambda x: x.rnd.choice(v.JA_FAMILY)[0])

    def dependants(r: tuple) -> str | None:
        if g.rnd.random() < 0.5:
            return None
        rels = [f"{g.rnd.choice(['長男', '長女', '次男', '次女', '母'])} {r[0]} {g.rnd.choice(v.JA_MALE + v.JA_FEMALE)[0]}"
                f" ({g.rnd.randint(1950, 2022)})" for _ in range(g.rnd.randint(1, 3))]
        return "、".join(rels)

    def remark(r: tuple) -> str:
        return g.rnd.choice(["住宅ローン控除あり", f"配偶者 {r[0]} {g.rnd.choice(v.JA_FEMALE)[0]} パート収入確認",
                             "前職分の源泉徴収票待ち", f"{r[0]}様より電話あり", "保険料控除証明書 受領済"])

    return Table("税理士法人杜.年末調整従業員", "ja", "none", [
        c("管理番号", N, "INTEGER", g.keys(70_001), "decoy", KEY),
        c("顧問先名", N, "VARCHAR", [x[1] for x in client], "business"),
        c("法人番号", N, "VARCHAR", [x[0] for x in client], "business", CHECK),
        c("従業員番号", N, "VARCHAR", g.col(lambda: g.digits(5)), "decoy", SHAPE),
        c("氏名", "person_name", "VARCHAR", [f"{r[0]} {r[2]}" for r in rows]),
        c("フリガナ", "person_name", "VARCHAR", [f"{r[1]} {r[3]}" for r in rows]),
        c("生年月日", "date_of_birth", "VARCHAR", [r[5].strftime("%Y/%m/%d") for r in rows]),
        c("個人番号", "national_id", "VARCHAR", [v.jp_my_number(g) if g.rnd.random() < 0.9 else None for _ in rows]),
        c("郵便番号", "postal_code", "VARCHAR", [p[1] + g.digits(2) for p in places]),
        c("住所", "street_address", "VARCHAR", [f"宮城県{p[0]}{g.rnd.choice(p[2])}{g.rnd.randint(1, 5)}丁目"
                                               f"{g.rnd.randint(1, 30)}-{g.rnd.randint(1, 20)}" for p in places]),
        c("電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "digits": 0.2}, 0.8, 0.05)),
        c("メールアドレス", "email", "VARCHAR", g.col(lambda: f"{v.plain(g.rnd.choice(['sato', 'kenichi', 'yumi', 'taku']))}"
                                                        f"{g.digits(4)}@{g.rnd.choice(v.DOMAINS['jp'])}", 0.4)),
        c("配偶者氏名", "person_name", "VARCHAR", [f"{r[0]} {g.rnd.choice(v.JA_MALE if r[4] else v.JA_FEMALE)[0]}"
                                                if r[6] else None for r in rows], ROLE, HEAVY),
        c("配偶者個人番号", "national_id", "VARCHAR", [v.jp_my_number(g) if r[6] and g.rnd.random() < 0.85 else None
                                                  for r in rows], ROLE, HEAVY),
        c("扶養親族", "free_text", "VARCHAR", [dependants(r) for r in rows], MULTI),
        c("給与支払額", N, "BIGINT", g.ints(1_030_000, 9_800_000), "decoy"),
        c("源泉徴収税額", N, "BIGINT", g.ints(0, 780_000), "decoy"),
        c("担当者", "last_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("処理日時", N, "TIMESTAMP", g.moments("2025-11-20", "2026-01-20"), "decoy", EVENT),
        c("備考", "free_text", "VARCHAR", g.sparse(lambda: remark(g.rnd.choice(rows)), 0.75, ("", "なし", "-")),
          NULLWORD),
        c("予備1", N, "VARCHAR", g.col(g.pick(["A1", "B2", "C1", "甲", "乙"])), OPAQUE, "decoy"),
        c("予備2", "last_name", "VARCHAR", [g.rnd.choice(v.JA_FAMILY)[0] if r[4] and g.rnd.random() < 0.35 else None
                                          for r in rows], OPAQUE, MISLEADING, HEAVY),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (sac_tax_returns, 900), (tampa_1099_b, 650), (aberdeen_sa_clients, 420), (limerick_form11, 380),
    (brisbane_stp, 1_200), (dunedin_aml_cdd, 340), (durban_efiling, 520), (pune_itr_clients, 600),
    (leipzig_lohnbuero, 760), (nantes_paie, 560), (murcia_renta, 480), (bari_caf730, 700), (groningen_zzp, 410),
    (lublin_jdg, 450), (sendai_nenmatsu, 380),
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
