"""Held-out set v83 for the column classifier: 15 tables of *recruitment agencies, temporary staffing, job boards and
background screening* (candidates, placements, timesheets, right-to-work checks, references, criminal-record and
credit screening, interview panels), one system per table and each a different organisation, eight with English
column names (New York, London, Melbourne, Ontario, Ireland, South Africa, Illinois and India) and seven in Brazilian
Portuguese, Turkish, Czech, Swedish, German (Austria), Japanese (kanji and katakana) and Greek (Greek script). Three
are legacy extracts (an AS/400 file with the two-letter field prefix ``WM``, a COBOL copybook's fixed-width file with
hyphenated names, an SAP-style table with SAP's German field abbreviations): padded CHAR values, dates as ``YYYYMMDD``
and ``CYYMMDD`` numbers and ``DATS`` text, and an SSN, phones and postal codes kept as numbers with 0 for missing; the
others are modern (snake, camel, Pascal and SCREAMING case and Japanese script), with abbreviations (``seeker_fnm``,
``cand_lnm``, ``ctc_ph``, ``addr_ln1``, ``CAND_POSTAL_CD``, ``login_nm``), a staging table with source-numbered columns
(``src_crm_col01`` to ``src_crm_col18``) and opaque custom fields holding personal data (``misc_2``, ``User2``,
``udf03``, ``ATTR7``, ``code``, ``SR-USER-FLD-2``, ``WMUDF2``, ``src_crm_col17``, ``campo_livre_2``, ``ozel_alan_2``,
``volne_pole_2``, ``fritt_fält_2``, ``ZZFELD2``, ``予備項目2``, ``ελεύθερο_πεδίο_2``) beside opaque fields holding
none (``misc_1``, ``User1``, ``udf04``, ``ATTR8``, ``ref``, ``SR-USER-FLD-1``, ``WMUDF1``, ``src_crm_col18``,
``campo_livre_1``, ``ozel_alan_1``, ``volne_pole_1``, ``fritt_fält_1``, ``ZZFELD1``, ``予備項目1``,
``ελεύθερο_πεδίο_1``):

* ``boroughboard.job_seekers``: a Brooklyn job board for shift work in restaurants, shops and warehouses (logins and
  bcrypt hashes, ``seeker_fnm``/``seeker_lnm`` with some ``XXX``, e-mails with some ``test@example.com``, New York
  mobiles, New York driving licences of verified seekers, résumé text naming former supervisors, premium plans' SKUs
  and names, the premium card kept in clear, session tokens, app versions, the last login IP, ``misc_2`` a second
  phone);
* ``ClearCheckLDN.ScreeningOrders``: a London background-screening firm's orders for basic DBS, credit, identity and
  adverse-financial checks (client companies and their VAT numbers, the client HR user's work e-mail, forenames,
  middle names, surnames and previous surnames, National Insurance numbers with some ``QQ123456C``, passports, London
  postcodes and previous postcodes in one cell, DBS certificate and Royal Mail tracking numbers, adjudicators, the
  consent IP, ``User2`` the mother's maiden name asked for identity verification);
* ``shiftmate_mel.timesheetEntries``: a Melbourne temp-staffing agency's timesheet entries (camel case: workers who come
  back week after week, TFNs with some ``000000000`` and ``111111111``, suburbs, BSB and bank account, client sites,
  ABNs and the agency's branch phones, invoice numbers, the client supervisor who approved, the site's clock-in
  coordinates, award codes in ``udf04``, ``udf03`` the emergency contact's mobile);
* ``PANELPRO.INTERVIEW_PANEL_SLOTS``: a Toronto recruitment firm's interview-panel slots for public-sector and
  credit-union clients (SCREAMING case: BNs, candidates' names, e-mails, cells, cities and postal codes, panel chairs,
  panelists in one cell, Teams links, accommodation requests mostly ``N/A``, panel notes naming people, the SIN
  collected at offer with some ``000-000-000``, the scheduler's login and the export job, ``ATTR7`` a second e-mail);
* ``staffline_ie.rtw_checks``: a Dublin recruitment agency's right-to-work checks before placement (PPSN, passports,
  passport cards, IRP cards and their stamps, ``addr_ln1``, Eircodes, ``ctc_ph``, the pay IBAN, branches and their
  switchboards, checkers, the consent IP, ``code`` a second phone);
* ``VERICHECK.SCRNREQ``: a Johannesburg screening bureau's criminal-record and credit check requests in a COBOL
  copybook's layout (``SR-SURNAME``, ``SR-FIRST-NAMES``, South African ID numbers encoding the row's birth date and
  sex, passports of foreign nationals mostly blank, the birth date as a ``YYYYMMDD`` number, cell numbers as MSISDN
  numbers and postal codes as numbers with 0 for none, income tax reference numbers, employers, AFIS references,
  analysts, ``SR-USER-FLD-2`` the next of kin);
* ``TEMPLIB.WMWRKR``: a Chicagoland light-industrial staffing agency's AS/400 worker master (padded names and middle
  initials, the SSN, ZIP and phone as numbers with 0 for none, the birth and hire dates as ``CYYMMDD`` numbers,
  Illinois driving licences starting with the surname's initial, recruiters, user profiles and the program that
  changed the row, ``WMUDF2`` the emergency phone);
* ``stg_crm.src_crm_candidates``: a Hyderabad IT-staffing firm's CRM staging table (full names, Indian mobiles, PAN with
  the surname's initial, Aadhaar, birth dates as ``dd-mm-yyyy`` text, PIN codes, current employers, notice periods,
  CTC, recruiters by first name, résumé hashes, ``src_crm_col17`` an alternate phone, e-mail or name by row,
  ``src_crm_col18`` the client's GSTIN);
* ``rh_temporarios_sp.alocacoes``: a São Paulo temporary-staffing agency's placements (Brazilian Portuguese:
  ``nome_completo``, ``nome_social``, CPF, PIS/PASEP, RG, CEP, ``logradouro``, ``numero``, ``complemento``,
  ``bairro``, the client's CNPJ, contract numbers of eleven digits failing the CPF check, Pix keys that are a CPF, an
  e-mail, a phone or a random key, recruiters by first name, approvers' logins, ``campo_livre_2`` an e-mail);
* ``kariyer_izmir.aday_basvurulari``: an İzmir job board's applications (Turkish: T.C. kimlik no, birth dates as
  ``dd.mm.yyyy`` text, ``il`` and ``ilce``, the open address, firms and their VKN, job-ad numbers of eleven digits
  failing the T.C. kimlik check, CV summaries naming referees, interviewers, referees mostly ``yok`` or
  ``bilinmiyor``, ``ozel_alan_2`` a phone or a name by row);
* ``personalni_agentura_brno.lustrace_uchazecu``: a Brno staffing agency's criminal-record extract checks of
  applicants (Czech: female family-name forms and maiden names, rodné číslo with and without the slash encoding the
  row's birth date and sex, ID card numbers, ``ulice`` and ``cislo_popisne`` apart, PSČ, clients' IČO, extract numbers
  shaped like a rodné číslo failing its check, clerks, notes mostly ``neuvedeno``, the pay IBAN, ``volne_pole_2`` a
  correspondence address);
* ``bemanning_gbg.referenstagning``: a Gothenburg staffing company's reference checks (Swedish: personnummer in the
  10- and 12-digit forms, referees with their companies' orgnr, phones and work e-mails, recruiters, summaries naming
  people, clearing and account numbers, case numbers shaped like a personnummer failing its check, ``fritt_fält_2`` a
  second phone);
* ``SAPHR.ZPDL_LEIHARB``: a Linz staffing provider's SAP-style table of leased workers (``NACHN``, ``VORNA``,
  ``GBNAM`` mostly blank, ``GBDAT`` as ``DATS``, ``GBORT``, the SV-Nummer encoding the row's birth date, ``STRAS``,
  ``PSTLZ``, ``ORT01``, ``TELNR``, ``SMTP_ADDR``, IBAN and ``KOINH``, the client's UID, dispatchers by family name,
  ``ERNAM``, ``ZZFELD2`` the emergency contact's name);
* ``派遣管理.派遣スタッフ台帳``: an Osaka temporary-staffing (haken) agency's staff ledger (Japanese column names: names
  in kanji and their katakana reading, birth dates as ``YYYY/MM/DD`` text, My Number, the basic pension number,
  addresses from the prefecture down, client companies, their corporate numbers and worksites, sales reps by family
  name, remarks mostly ``なし``, bank account numbers, ``予備項目2`` an emergency phone);
* ``στελέχωση_θεσσαλονίκης.συνεντεύξεις_επιτροπής``: a Thessaloniki recruitment agency's interview panels (Greek
  script: ``επώνυμο`` with female genitive forms, ``όνομα``, ``πατρώνυμο``, AMKA encoding the row's birth date and
  sex, the personal ΑΦΜ, the identity card number (ΑΔΤ), ``ΤΚ``, ``πόλη``, clients and their ΑΦΜ, panel chairs and
  members, comments naming people, the IBAN for travel expenses mostly NULL, ``ελεύθερο_πεδίο_2`` an e-mail).

Written **blind**, like v2 to v80: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog, history or notes, only the list of kind names and their docstrings
(``governance_dagster/kinds.py``), how the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the
*structure* and labeling conventions of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test,
``tests/heldout_support.py``), the module docstrings of v24 to v80 (only the first paragraph of most; v49's, v70's
and v80's in full, to avoid their organisations and follow their labeling conventions), the ``Column``/``Table``
classes and writer they build on (``heldout_v2.py``, ``heldout_v4.py``), the ruff section of ``pyproject.toml`` and
the sources of python-stdnum and phonenumbers. The classifier was not run on this set while it was written, no
scorer was run on it, and no score of any set was looked at: nothing here was adjusted to what the classifier does.
It was written under a short deadline, so some labels below are quick decisions rather than settled conventions. It
imports no earlier set's value module: its random source, name lists (New York, Chicagoland, London, Melbourne,
Ontario, Ireland, Gauteng, Telangana, São Paulo, İzmir, Brno with female family-name forms, Gothenburg, Upper
Austria, Osaka in kanji, katakana and romaji, Thessaloniki with female genitive family names), streets, towns, postal
codes, companies and identifier builders are its own (:mod:`benchmarks.classification.heldout_v83_values`; the generic
``Gen`` helpers were copied from v27's, the phone maker rewritten to draw from several leading digits per region).

What is new against v2 to v80: earlier sets touched the theme (v25 and v38 ATS connectors, v27 interview feedback,
v31 a labour-hire agency's timesheets, v49 fifteen HR, recruiting and payroll systems including a Leeds screening
vendor, v70 fifteen recruitment and workforce systems including a US screening vendor's order file, a UK temp
agency's shift bookings and Turkish reference checks); every organisation and most shapes here are new: a shift-work
job board with paid plans, a London DBS and credit screening order file, Melbourne timesheets with TFNs, Ontario
interview panels with the SIN taken at offer, Irish right-to-work checks with IRP stamps, a South African screening
bureau's COBOL file, an Illinois staffing AS/400 worker master, an Indian IT-staffing CRM staging table, Brazilian
temporary placements with Pix keys, an İzmir job board's applications, Czech criminal-record extract checks, Swedish
reference checks, an Austrian SAP table of leased workers, a Japanese haken staff ledger and Greek interview panels.

* legacy extracts (tag ``legacy``; ``padded`` for fixed-width CHAR values, ``int_date`` for dates kept as numbers or
  ``DATS`` text, ``numeric_id`` for an SSN, phones and postal codes kept as numbers, ``zero_missing`` where 0 or
  ``00000000`` means missing);
* decoys (tag ``decoy``; ``value_shape`` when shaped like an identifier or a personal value): order, requisition,
  case, invoice, contract, job-ad, extract and request numbers, DBS certificate numbers, Royal Mail tracking numbers,
  AFIS references, plan SKUs and names (tag ``product_name``), bcrypt hashes and session tokens (tag ``credential``,
  ``tokenized``), résumé hashes (tag ``hashed``), app versions (tag ``version``), the site's coordinates (tag
  ``coordinates``), event and contract dates (tag ``event_date``), BSB and clearing numbers, scores, ratings, codes
  and flags, Teams links;
* decoys with check digits (tag ``check_digit``, all ``none``, also ``business``): UK VAT numbers, ABNs, Canadian BNs,
  a GSTIN, CNPJs, VKNs, IČO, orgnr, Austrian UIDs, Japanese corporate numbers and company ΑΦΜ; decoys shaped like
  personal numbers that fail their check (tag ``value_shape``): contract numbers against the CPF, job-ad numbers
  against the T.C. kimlik no, extract numbers against the rodné číslo and case numbers against the personnummer;
* identifiers with check digits (python-stdnum): the US SSN, the Canadian SIN, the PPSN, the Austrian SV-Nummer (the
  row's birth date) and the Greek AMKA (the row's birth date and sex) (``ssn``); the TFN, the South African ID number
  (the row's birth date and sex) and income tax number, PAN (the surname's initial), Aadhaar, CPF, T.C. kimlik no,
  rodné číslo (the row's birth date and sex), personnummer, My Number and the personal ΑΦΜ (``national_id``); the
  PIS/PASEP (its check digit computed and checked here, python-stdnum has no module for it: ``ssn``); without a check
  digit: the UK National Insurance number (HMRC's prefix and suffix rules: ``ssn``), the Japanese basic pension number
  (``ssn``), New York and Illinois driving licences, UK, Irish, EU and other passports, IRP card numbers, the São
  Paulo RG, the Czech ID card number and the Greek ΑΔΤ (``national_id``); Irish, Czech, Austrian and Greek IBANs; a
  card number kept in clear (Luhn); phones of the United States, the United Kingdom, Australia, Canada, Ireland, South
  Africa, India, Brazil, Turkey, Czechia, Sweden, Austria, Japan and Greece (phonenumbers) in national, international,
  E.164, dashed, digits-only and MSISDN forms and as numbers; IPv4 and IPv6.

Tags: ``legacy``, ``padded``, ``int_date``, ``numeric_id``, ``zero_missing``, ``decoy``, ``business``,
``value_shape``, ``check_digit``, ``product_name``, ``coordinates``, ``hashed``, ``version``, ``event_date``,
``join_key``, ``tokenized``, ``credential``, ``bank_account``, ``null_heavy``, ``nullword_heavy``, ``placeholder``,
``staff``, ``role_word``, ``role_email``, ``multi_value``, ``username``, ``audit``, ``service_account``, ``opaque``,
``prefixed``, ``misleading``, ``mixed_kinds``, ``locality``, ``abbrev``, ``dob_text``.

Labeling choices a reader may question:

* following ``kinds.py``, social-security and social-insurance numbers are ``ssn``: the US SSN, the SIN, the PPSN, the
  UK National Insurance number, the Austrian SV-Nummer, the Greek AMKA, the Brazilian PIS/PASEP and the Japanese basic
  pension number; tax and citizen numbers (TFN, the South African ID and income tax numbers, PAN, Aadhaar, CPF, RG,
  T.C. kimlik no, rodné číslo, personnummer, My Number, the personal ΑΦΜ), ID cards, driving licences, passports and
  IRP card numbers are ``national_id``;
* a person's domestic bank account (``bankAccountNo``, ``kontonummer``, ``口座番号``) is ``unclassified`` (tag
  ``bank_account``) as v49 to v80 labeled them; IBANs are ``iban``; BSB and clearing numbers are ``none``;
* a middle name or initial (``MiddleNames``, ``WMMINT``), a social name (``nome_social``), a father's name
  (``πατρώνυμο``) and recruiters kept by first name (``src_crm_col13``, ``recrutadora``) are ``first_name``; a
  previous or birth surname (``PreviousSurname``, ``rodne_prijmeni``, ``GBNAM``), a mother's maiden name (``User2``)
  and staff kept by family name (``DISPONENT``, ``担当営業``) are ``last_name``; upper-case names, ``F LAST`` analysts,
  names in kanji and their katakana reading, the account holder (``KOINH``) and the next of kin or emergency contact
  (``SR-USER-FLD-2``, ``ZZFELD2``) are ``person_name``; panelists and panel members (two or three names in one cell)
  are ``person_name`` (tag ``multi_value``), previous postcodes in one cell ``postal_code``;
* street lines kept apart (``numero``, ``complemento``, ``cislo_popisne``, ``WMADR2``), a correspondence address in an
  opaque field (``volne_pole_2``) and a Japanese address from the prefecture down are ``street_address``; suburbs,
  ``bairro`` and ``ilce`` are ``city`` (tag ``locality``), and so are birthplaces (``misto_narozeni``, ``GBORT``);
  states, ``uf``, ``il`` and the Illinois state column are ``none``;
* clients, employers (a candidate's current employer too: a company's name), sites and their addresses, branches and
  their switchboards and company numbers are ``none`` (tag ``business``); the client HR user who ordered a screening
  and a referee's work address are ``email`` (tag ``role_email``); the client supervisor who approved a timesheet and
  referees are people (``person_name``);
* DBS certificate numbers, AFIS references and extract numbers are ``none`` (one check's reference, like a case
  number); a check's type and result, a credit score band, a criminal-record result, gender, military status, a
  driving-licence class, IRP stamps and award codes are ``none``;
* résumé text, CV summaries, notes, comments, accommodation requests, remarks and reference summaries naming people
  are ``free_text``; ``src_crm_col17`` and ``ozel_alan_2`` (a phone, an e-mail or a name by row) and Pix keys (a CPF,
  an e-mail, a phone or a random key) are ``free_text`` (tag ``mixed_kinds``);
* ``misc_2``, ``udf03``, ``code``, ``WMUDF2``, ``fritt_fält_2`` and ``予備項目2`` hold phones, ``ATTR7``,
  ``campo_livre_2`` and ``ελεύθερο_πεδίο_2`` e-mail addresses, ``User2`` a family name, ``SR-USER-FLD-2`` and
  ``ZZFELD2`` names, ``volne_pole_2`` an address (tags ``opaque``, ``misleading``); their neighbours hold codes,
  purchase orders, priorities and a client's GSTIN (``none``);
* logins, AS/400 user profiles and the SAP ``ERNAM`` are ``unclassified`` (tag ``username``), the export job and the
  AS/400 programs ``none`` (tag ``service_account``);
* placeholders (``XXX``, ``test@example.com``, ``QQ123456C``, ``000000000``, ``111111111``, ``000-000-000``) leave
  their column's kind; dates of birth kept as numbers, ``DATS`` or text keep ``date_of_birth``, with 0 or
  ``00000000`` for missing; phones, an SSN and postal codes kept as numbers keep their kind.

Labeling rules otherwise as v27 (see :mod:`benchmarks.classification.heldout_v27`): a business's address, phone,
postal code, city and contact are ``none`` (tag ``business``); ``null_heavy`` means 50-95% NULL, ``nullword_heavy``
70-95% NULL words or blanks. Rows per table: 400 to 1,800.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets, towns
and postal codes of :mod:`benchmarks.classification.heldout_v83_values`, written for v83 (no Faker, no list of real
people, no breach data). Build: ``python -m benchmarks.classification.heldout_v83 [PATH]`` (default
``/tmp/heldout_v83.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v83``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v83_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v83_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v83.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words, placeholders or blanks (few real NULLs)
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"  # a decoy shaped like an identifier or a personal value
CHECK = "check_digit"  # a business's number with a valid check digit (none)
MISLEADING = "misleading"
STAFF = "staff"  # staff named in a column with 2-8 distinct values
ROLE = "role_word"  # a role word (approver, panelist, analyst, referee, Disponent ...) holding people
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
SERVICE = "service_account"
KEY = "join_key"
ROLE_EMAIL = "role_email"
MULTI = "multi_value"
PLACEHOLDER = "placeholder"
TOKEN = "tokenized"
CREDENTIAL = "credential"
HASHED = "hashed"
VERSION = "version"
COORD = "coordinates"
EVENT = "event_date"
PRODUCT = "product_name"
BANK = "bank_account"  # a person's domestic bank account number: unclassified
OPAQUE = "opaque"  # a custom field with a meaningless name (misc_2, User2, udf03, ATTR7, code, ZZFELD2 ...)
MIXED = "mixed_kinds"  # a phone, an e-mail or a name by row: free_text
PREFIXED = "prefixed"  # a staging table's source-numbered column (src_crm_col01 ...)
LEGACY = "legacy"
PADDED = "padded"  # fixed-width CHAR values padded with blanks
INT_DATE = "int_date"  # a date kept as a YYYYMMDD or CYYMMDD number or as DATS text
NUMERIC_ID = "numeric_id"  # a phone, an SSN or a postal code kept as a number
ZERO = "zero_missing"  # 0 or 00000000 for missing
DOB_TEXT = "dob_text"  # a birth date as text in the country's format
LOCALITY = "locality"  # a suburb, district, bairro or ilçe labeled city

#: NULL words of each language (the set's NULLISH holds every one)
WORDS = {
    "en": ("", "N/A", "n/a", "-", "none", "unknown", "TBC", "not provided"),
    "pt": ("", "-", "não informado", "N/D", "sem"),
    "tr": ("", "-", "yok", "Yok", "bilinmiyor", "belirtilmemiş"),
    "cs": ("", "-", "neuvedeno", "nic"),
    "sv": ("", "-", "saknas", "okänd", "ingen"),
    "de": ("", "-", "unbekannt", "keine", "k.A."),
    "ja": ("", "なし", "特になし", "不明", "-"),
    "el": ("", "-", "άγνωστο", "δεν υπάρχει"),
}


def _staff(g: Gen, n: int, make: Callable[[Gen], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _dirty(g: Gen, values: list, share: float, placeholders: list[str]) -> list:
    """``values`` with ``share`` of the non-NULL cells replaced by a placeholder."""
    return [g.rnd.choice(placeholders) if x is not None and g.rnd.random() < share else x for x in values]


def _blank(g: Gen, values: list, share: float) -> list:
    """``share`` of ``values`` replaced by None."""
    return [None if g.rnd.random() < share else x for x in values]


def _unique_logins(g: Gen, pairs: list[tuple[str, str]]) -> list[str]:
    seen: set[str] = set()
    out = []
    for i, (a, b) in enumerate(pairs):
        name = v.login(a, b, i)
        while name in seen:
            name += str(g.rnd.randint(0, 9))
        seen.add(name)
        out.append(name)
    return out


# -- New York, London, Melbourne, Ontario ------------------------------------------------------------------------------


def ny_job_seekers(g: Gen) -> Table:
    """A Brooklyn job board for shift work in restaurants, shops and warehouses: its job seekers (snake case)."""
    pairs = [v.person(g, "ny") for _ in range(g.rows)]
    places = [g.rnd.choice(v.NY_CITIES) for _ in range(g.rows)]
    plans = [("BB-FREE", "Free"), ("BB-PRM-30", "Featured Profile 30 days"), ("BB-PRM-90", "Featured Profile 90 days")]
    plan = [g.rnd.choices(plans, [6, 2, 1])[0] for _ in range(g.rows)]

    def resume() -> str:
        boss = v.whole(g, "ny")
        shop = g.rnd.choice(v.NY_EMPLOYERS)
        return g.rnd.choice([
            f"Line cook at {shop} 2019-2024. Reference: chef {boss}.",
            "Barista, three years, opening and closing shifts, cash handling.",
            f"Cashier and stock associate at {shop}; my supervisor {boss} can confirm dates.",
            "Forklift certified (OSHA 1910.178), nights preferred, own steel toes.",
            f"Home health aide for {boss}'s mother, two years, weekends only.",
            "Server and host, fine dining, wine list training, bilingual English/Spanish."])

    return Table("boroughboard.job_seekers", "en", "snake", [
        c("seeker_id", N, "BIGINT", g.keys(500_001), "decoy", KEY),
        c("seeker_uuid", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("login_nm", USERNAME, "VARCHAR", _unique_logins(g, pairs), USER, ABBREV),
        c("pwd_hash", N, "VARCHAR", g.col(lambda: v.bcrypt_hash(g)), "decoy", CREDENTIAL, HASHED),
        c("seeker_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("seeker_lnm", "last_name", "VARCHAR", _dirty(g, [b for _, b in pairs], 0.03, ["XXX", "xxx"]), ABBREV,
          PLACEHOLDER),
        c("email_addr", "email", "VARCHAR", _dirty(g, [v.email_of(g, a, b, v.DOMAINS["ny"]) for a, b in pairs], 0.02,
                                                   ["test@example.com", "noemail@none.com"]), PLACEHOLDER, ABBREV),
        c("mobile_ph", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "dashes": 0.3, "e164": 0.2},
                                                     areas=v.NY_AREAS), ABBREV),
        c("misc_1", N, "VARCHAR", g.col(g.pick(["utm:tiktok", "utm:subway_ad", "src:flyer", "ref:partner_17",
                                                "utm:google_jobs"]), 0.2), "decoy", OPAQUE),
        c("misc_2", "phone", "VARCHAR", g.phones("US", {"national": 0.7, "e164": 0.3}, 0.4, 0.65, v.NY_AREAS),
          OPAQUE, MISLEADING, HEAVY),
        c("home_city", "city", "VARCHAR", [p[0] for p in places]),
        c("home_zip", "postal_code", "VARCHAR", [v.us_zip(g, p[1]) for p in places]),
        c("dob", "date_of_birth", "DATE", _blank(g, g.births(1958, 2007), 0.2), ABBREV),
        c("ny_dl_no", "national_id", "VARCHAR", g.col(lambda: g.code("999 999 999").replace(" ", "")
                                                      if g.rnd.random() < 0.6 else g.code("999 999 999"), 0.7),
          HEAVY, ABBREV),
        c("desired_rate", N, "DECIMAL(6,2)", [round(g.rnd.uniform(16.5, 32), 2) for _ in range(g.rows)], "decoy"),
        c("resume_txt", "free_text", "VARCHAR", g.col(resume, 0.25), ABBREV),
        c("resume_sha256", N, "VARCHAR", g.col(g.sha256, 0.25), "decoy", HASHED, SHAPE),
        c("plan_sku", N, "VARCHAR", [p[0] for p in plan], "decoy", PRODUCT, SHAPE),
        c("plan_name", N, "VARCHAR", [p[1] for p in plan], "decoy", PRODUCT),
        c("premium_card_no", "credit_card", "VARCHAR", [v.card(g) if p[0] != "BB-FREE" and g.rnd.random() < 0.7
                                                        else None for p in plan], HEAVY, ABBREV),
        c("app_version", N, "VARCHAR", g.col(g.version), "decoy", VERSION, SHAPE),
        c("session_token", N, "VARCHAR", g.col(lambda: v.token(g, "bbs_", 32), 0.3), "decoy", TOKEN, CREDENTIAL),
        c("last_login_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.1)),
        c("signup_ts", N, "TIMESTAMP", g.moments("2021-01-01", "2025-11-30"), "decoy", EVENT),
    ])


def london_screening_orders(g: Gen) -> Table:
    """A London background-screening firm's orders: basic DBS, credit and identity checks (Pascal case)."""
    clients = [(name, v.gb_vat(g), f"{name.split()[0].lower()}.co.uk") for name in v.GB_CLIENTS]
    client = [g.rnd.randrange(len(clients)) for _ in range(g.rows)]
    contacts = {i: [v.work_email(*v.person(g, "gb"), clients[i][2]) for _ in range(2)] for i in range(len(clients))}
    pairs = [v.person(g, "gb") for _ in range(g.rows)]
    places = [g.rnd.choice(v.GB_TOWNS) for _ in range(g.rows)]
    checks = [g.rnd.choice(["Basic DBS", "Credit", "Identity", "Basic DBS", "Adverse financial"])
              for _ in range(g.rows)]
    adjudicators = _staff(g, 5, lambda x: v.whole(x, "gb"))
    editors = sorted({v.login(*v.person(g, "gb"), 0) for _ in range(4)})

    def previous() -> str | None:
        if g.rnd.random() < 0.3:
            return None
        return "; ".join(v.gb_postcode(g, g.rnd.choice(g.rnd.choice(v.GB_TOWNS)[1]))
                         for _ in range(g.rnd.randint(2, 3)))

    return Table("ClearCheckLDN.ScreeningOrders", "en", "pascal", [
        c("OrderId", N, "INTEGER", g.keys(71_001), "decoy", KEY),
        c("OrderRef", N, "VARCHAR", g.col(lambda: g.code("CCL-25-999999")), "decoy", SHAPE),
        c("ClientCompany", N, "VARCHAR", [clients[i][0] for i in client], "business"),
        c("ClientVatNo", N, "VARCHAR", [clients[i][1] for i in client], "business", CHECK),
        c("ClientContactEmail", "email", "VARCHAR", [g.rnd.choice(contacts[i]) for i in client], ROLE_EMAIL),
        c("CheckType", N, "VARCHAR", checks, "decoy"),
        c("Forename", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("MiddleNames", "first_name", "VARCHAR", g.col(lambda: v.given(g, "gb"), 0.7), HEAVY),
        c("Surname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("PreviousSurname", "last_name", "VARCHAR", g.col(lambda: v.family(g, "gb"), 0.8), HEAVY),
        c("DateOfBirth", "date_of_birth", "DATE", g.births(1955, 2007)),
        c("NiNumber", "ssn", "VARCHAR", _dirty(g, g.col(lambda: v.gb_nino(g), 0.05), 0.03, ["QQ123456C"]),
          PLACEHOLDER),
        c("PassportNo", "national_id", "VARCHAR", g.col(lambda: g.code("999999999"), 0.3)),
        c("AddressLine1", "street_address", "VARCHAR", g.col(lambda: v.gb_street(g))),
        c("Town", "city", "VARCHAR", [p[0] for p in places]),
        c("Postcode", "postal_code", "VARCHAR", [v.gb_postcode(g, g.rnd.choice(p[1])) for p in places]),
        c("PreviousPostcodes", "postal_code", "VARCHAR", [previous() for _ in range(g.rows)], MULTI),
        c("MobileNumber", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.9)),
        c("DbsCertificateNo", N, "VARCHAR", [("00" + g.digits(10)) if ch == "Basic DBS" and g.rnd.random() < 0.8
                                             else None for ch in checks], "decoy", SHAPE),
        c("CertTrackingNo", N, "VARCHAR", [g.code("AA999999999GB") if ch == "Basic DBS" else ""
                                           for ch in checks], "decoy", SHAPE),
        c("Adjudicator", "person_name", "VARCHAR", g.col(g.pick(adjudicators), 0.1), STAFF, ROLE),
        c("User1", N, "VARCHAR", g.col(lambda: g.code("PO-99999"), 0.3), "decoy", OPAQUE),
        c("User2", "last_name", "VARCHAR", g.col(lambda: v.family(g, "gb"), 0.35), OPAQUE, MISLEADING),
        c("ConsentIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.35))),
        c("CreatedBy", USERNAME, "VARCHAR", g.col(g.pick(editors)), USER, AUDIT),
    ])


def melbourne_timesheets(g: Gen) -> Table:
    """A Melbourne temp-staffing agency's timesheet entries (camel case); workers come back week after week."""
    workers = []
    for _ in range(max(60, g.rows // 4)):
        a, b = v.person(g, "au")
        suburb = g.rnd.choice(v.AU_SUBURBS)
        workers.append((a, b, g.phone("AU", g.rnd.choice(["national", "e164", "nsn"])), v.au_tfn(g), suburb,
                        g.code("9999999" + ("99" if g.rnd.random() < 0.5 else "")),
                        g.phone("AU", "national") if g.rnd.random() < 0.7 else None))
    worker = [g.rnd.randrange(len(workers)) for _ in range(g.rows)]
    clients = [(name, addr, v.au_abn(g)) for name, addr in v.AU_CLIENTS]
    client = [g.rnd.randrange(len(clients)) for _ in range(g.rows)]
    supervisors = _staff(g, 7, lambda x: v.whole(x, "au"))
    starts = [datetime.combine(g.day("2025-07-01", "2025-11-30"), datetime.min.time())
              + timedelta(hours=g.rnd.choice([5, 6, 7, 14, 22])) for _ in range(g.rows)]
    hours = [g.rnd.choice([4.0, 6.0, 7.6, 8.0, 10.0]) for _ in range(g.rows)]
    sites = [(-37.7 - 0.2 * i / 5, 144.8 + 0.3 * i / 5) for i in range(len(clients))]
    tfns = _dirty(g, [workers[w][3] for w in worker], 0.03, ["000000000", "111111111"])
    return Table("shiftmate_mel.timesheetEntries", "en", "camel", [
        c("timesheetId", N, "BIGINT", g.keys(2_300_001), "decoy", KEY),
        c("workerId", N, "INTEGER", [10_000 + w for w in worker], "decoy", KEY),
        c("workerGivenName", "first_name", "VARCHAR", [workers[w][0] for w in worker]),
        c("workerFamilyName", "last_name", "VARCHAR", [workers[w][1] for w in worker]),
        c("workerMobile", "phone", "VARCHAR", [workers[w][2] for w in worker]),
        c("workerTfn", "national_id", "VARCHAR", tfns, PLACEHOLDER),
        c("homeSuburb", "city", "VARCHAR", [workers[w][4][0] for w in worker], LOCALITY),
        c("homePostcode", "postal_code", "VARCHAR", [workers[w][4][1] for w in worker]),
        c("bsb", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['063', '033', '083', '013'])}-{g.digits(3)}"),
          "decoy", SHAPE),
        c("bankAccountNo", USERNAME, "VARCHAR", [workers[w][5] for w in worker], BANK),
        c("clientName", N, "VARCHAR", [clients[i][0] for i in client], "business"),
        c("clientAbn", N, "VARCHAR", [clients[i][2] for i in client], "business", CHECK),
        c("siteAddress", N, "VARCHAR", [clients[i][1] for i in client], "business"),
        c("branchPhone", N, "VARCHAR", g.col(g.pick(["(03) 9687 2210", "(03) 9794 5031", "(03) 9300 1175"])),
          "business"),
        c("invoiceNo", N, "VARCHAR", g.col(lambda: g.code("INV-0099999")), "decoy", SHAPE),
        c("shiftDate", N, "DATE", [s.date() for s in starts], "decoy", EVENT),
        c("startAt", N, "TIMESTAMP", starts, "decoy", EVENT),
        c("hoursWorked", N, "DOUBLE", hours, "decoy"),
        c("approvedBy", "person_name", "VARCHAR", g.col(g.pick(supervisors), 0.08), STAFF, ROLE),
        c("siteLat", N, "DOUBLE", [round(sites[i][0] + g.rnd.uniform(-0.0004, 0.0004), 6) for i in client], "decoy",
          COORD),
        c("siteLng", N, "DOUBLE", [round(sites[i][1] + g.rnd.uniform(-0.0004, 0.0004), 6) for i in client], "decoy",
          COORD),
        c("udf03", "phone", "VARCHAR", [workers[w][6] for w in worker], OPAQUE, MISLEADING),
        c("udf04", N, "VARCHAR", g.col(g.pick(["MA000009-L2", "MA000009-L3", "MA000028-L1", "MA000084-G2"])),
          "decoy", OPAQUE),
        c("submittedFromIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25), 0.05)),
    ])


def ontario_interview_panels(g: Gen) -> Table:
    """A Toronto recruitment firm's interview-panel slots for public-sector and credit-union clients (SCREAMING)."""
    clients = [(name, v.ca_bn(g)) for name in v.ON_CLIENTS]
    client = [g.rnd.randrange(len(clients)) for _ in range(g.rows)]
    pairs = [v.person(g, "ca") for _ in range(g.rows)]
    places = [g.rnd.choice(v.ON_TOWNS) for _ in range(g.rows)]
    chairs = _staff(g, 6, lambda x: v.whole(x, "ca"))
    panel_pool = _staff(g, 14, lambda x: v.whole(x, "ca"))
    schedulers = sorted({v.login(*v.person(g, "ca"), 2) for _ in range(3)})
    offered = [g.rnd.random() < 0.25 for _ in range(g.rows)]

    def accommodation() -> str:
        return g.rnd.choice(["Requires step-free access to the room", "Sign language interpreter (ASL) requested",
                             f"Extra time for the written part; contact {v.whole(g, 'ca')} (job coach)",
                             "Screen reader compatible test materials", "Prefers a virtual interview"])

    def notes() -> str:
        return g.rnd.choice([f"Strong on policy; {g.rnd.choice(panel_pool)} scored low on the case study.",
                             "Clear answers, good examples from the transit project.",
                             f"Referred by {v.whole(g, 'ca')}; check the second reference.",
                             "Did not prepare the presentation.",
                             f"Panel split; chair {g.rnd.choice(chairs)} to decide."])

    return Table("PANELPRO.INTERVIEW_PANEL_SLOTS", "en", "screaming", [
        c("SLOT_ID", N, "BIGINT", g.keys(90_001), "decoy", KEY),
        c("REQ_NO", N, "VARCHAR", g.col(lambda: g.code("REQ-99999")), "decoy", SHAPE, ABBREV),
        c("CLIENT_ORG", N, "VARCHAR", [clients[i][0] for i in client], "business"),
        c("CLIENT_BN", N, "VARCHAR", [clients[i][1] for i in client], "business", CHECK),
        c("ROLE_TITLE", N, "VARCHAR", g.col(g.pick(["Transit Planner II", "Member Service Rep", "Payroll Analyst",
                                                    "Grant Coordinator", "Claims Adjuster"])), "decoy"),
        c("CAND_FNM", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("CAND_LNM", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
        c("CAND_EMAIL", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ca"]) for a, b in pairs]),
        c("CAND_CELL", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dashes": 0.3, "e164": 0.2},
                                                     areas=v.ON_AREAS), ABBREV),
        c("CAND_CITY", "city", "VARCHAR", [p[0] for p in places]),
        c("CAND_POSTAL_CD", "postal_code", "VARCHAR", [v.ca_postal(g, g.rnd.choice(p[1])) for p in places], ABBREV),
        c("PANEL_CHAIR", "person_name", "VARCHAR", g.col(g.pick(chairs)), STAFF, ROLE),
        c("PANELISTS", "person_name", "VARCHAR", g.col(lambda: "; ".join(g.rnd.sample(panel_pool,
                                                                                       g.rnd.randint(2, 3))), 0.05),
          MULTI, ROLE),
        c("INTERVIEW_TS", N, "TIMESTAMP", g.moments("2025-05-01", "2025-12-15"), "decoy", EVENT),
        c("ROOM_CD", N, "VARCHAR", g.col(g.pick(["BAY-4A", "BAY-4B", "VIRTUAL", "KING-12"])), "decoy", ABBREV),
        c("MEETING_URL", N, "VARCHAR", g.col(lambda: f"https://teams.example.com/l/meetup/{g.code('xxxxxxxxxxxx')}",
                                             0.4), "decoy", SHAPE),
        c("PANEL_SCORE", N, "DECIMAL(4,1)", [round(g.rnd.uniform(40, 98), 1) for _ in range(g.rows)], "decoy"),
        c("ACCOM_REQUEST", "free_text", "VARCHAR", g.sparse(accommodation, 0.82, v_words("en")), NULLWORD, ABBREV),
        c("PANEL_NOTES", "free_text", "VARCHAR", g.col(notes, 0.2)),
        c("OFFER_SIN", "ssn", "VARCHAR", _dirty(g, [v.ca_sin(g) if o else None for o in offered], 0.06,
                                                ["000-000-000"]), HEAVY, PLACEHOLDER),
        c("ATTR7", "email", "VARCHAR", g.col(lambda: v.email(g, "ca"), 0.4), OPAQUE, MISLEADING),
        c("ATTR8", N, "VARCHAR", g.col(g.pick(["P1", "P2", "P3", "HOLD"]), 0.1), "decoy", OPAQUE),
        c("SCHED_BY", USERNAME, "VARCHAR", g.col(g.pick(schedulers)), USER, AUDIT, ABBREV),
        c("EXPORT_JOB", N, "VARCHAR", g.col(g.pick(["ats_nightly_export", "panel_sync_v2"])), "decoy", SERVICE,
          AUDIT),
    ])


def v_words(language: str) -> tuple[str, ...]:
    return WORDS[language]


# -- Ireland, South Africa (COBOL), Illinois (AS/400), India (staging) -------------------------------------------------


def ireland_rtw_checks(g: Gen) -> Table:
    """A Dublin recruitment agency's right-to-work checks before placement (snake case)."""
    pairs = [v.person(g, "ie") for _ in range(g.rows)]
    places = [g.rnd.choice(v.IE_TOWNS) for _ in range(g.rows)]
    checkers = _staff(g, 4, lambda x: v.whole(x, "ie"))
    docs = [g.rnd.choices(["Irish passport", "Irish passport card", "EU passport", "IRP card", "Non-EU passport"],
                          [4, 2, 3, 2, 1])[0] for _ in range(g.rows)]

    def doc_no(kind: str) -> str:
        if kind == "Irish passport":
            return g.code("AA9999999")
        if kind == "Irish passport card":
            return g.code("9AA9999999")
        if kind == "IRP card":
            return g.code("99999999")
        if kind == "EU passport":
            return g.rnd.choice([g.code("AA9999999"), g.code("999999999"), g.code("99AA99999")])
        return g.rnd.choice([g.code("A9999999"), g.code("AA999999")])

    branch = [g.rnd.choice(v.IE_BRANCHES) for _ in range(g.rows)]
    return Table("staffline_ie.rtw_checks", "en", "snake", [
        c("check_id", N, "INTEGER", g.keys(15_001), "decoy", KEY),
        c("case_no", N, "VARCHAR", g.col(lambda: g.code("RTW-2025-99999")), "decoy", SHAPE),
        c("cand_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("cand_lnm", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
        c("date_of_birth", "date_of_birth", "DATE", g.births(1960, 2007)),
        c("ppsn", "ssn", "VARCHAR", g.col(lambda: v.ie_ppsn(g), 0.08), ABBREV),
        c("doc_type", N, "VARCHAR", docs, "decoy"),
        c("doc_no", "national_id", "VARCHAR", [doc_no(d) for d in docs]),
        c("doc_expiry", N, "DATE", g.days("2026-01-01", "2034-12-31"), "decoy", EVENT),
        c("irp_stamp", N, "VARCHAR", [g.rnd.choice(["Stamp 1", "Stamp 1G", "Stamp 4", "Stamp 2"]) if d == "IRP card"
                                      else "Work permit" if d == "Non-EU passport" else "EEA / Irish" for d in docs],
          "decoy"),
        c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.ie_street(g)), ABBREV),
        c("addr_town", "city", "VARCHAR", [p[0] for p in places]),
        c("eircode", "postal_code", "VARCHAR", [v.eircode(g, g.rnd.choice(p[2])) if g.rnd.random() < 0.85 else None
                                                for p in places]),
        c("ctc_ph", "phone", "VARCHAR", g.phones("IE", {"national": 0.6, "intl": 0.25, "e164": 0.15}, 0.95),
          ABBREV),
        c("personal_email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ie"]) for a, b in pairs]),
        c("pay_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IE", g.rnd.random() < 0.5), 0.3)),
        c("branch_nm", N, "VARCHAR", [b[0] for b in branch], "business", ABBREV),
        c("branch_ph", N, "VARCHAR", [b[1] for b in branch], "business", ABBREV),
        c("checked_by", "person_name", "VARCHAR", g.col(g.pick(checkers)), STAFF, ROLE),
        c("check_result", N, "VARCHAR", g.col(g.pick(["Verified", "Verified", "Referred", "Expired document"])),
          "decoy"),
        c("consent_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.05)),
        c("code", "phone", "VARCHAR", g.phones("IE", {"national": 1.0}, 0.2, 0.4), OPAQUE, MISLEADING),
        c("ref", N, "VARCHAR", g.col(lambda: g.code("AGY-9999"), 0.2), "decoy", OPAQUE),
    ])


def za_screening_cobol(g: Gen) -> Table:
    """A Johannesburg screening bureau's criminal-record and credit check requests, in a COBOL copybook's
    fixed-width layout (hyphenated names, padded CHAR values, numbers for dates, cell numbers and postal codes)."""
    clients = [(f"C{100 + i:04d}", name) for i, name in enumerate(v.ZA_CLIENTS)]
    client = [g.rnd.randrange(len(clients)) for _ in range(g.rows)]
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "za", female)
        if g.rnd.random() < 0.25:
            a = f"{a} {v.given(g, 'za')}"
        born = g.birth(1960, 2006)
        foreign = g.rnd.random() < 0.1
        rows.append((a.upper(), b.upper(), born, female, foreign))
    analysts = _staff(g, 5, lambda x: f"{v.given(x, 'za')[0]} {v.family(x, 'za').upper()}")
    places = [g.rnd.choice(v.ZA_SUBURBS) for _ in range(g.rows)]
    return Table("VERICHECK.SCRNREQ", "en", "screaming", [
        c("SR-REQ-NO", N, "VARCHAR", [f"{4_500_000 + i:010d}" for i in range(g.rows)], "decoy", SHAPE, LEGACY),
        c("SR-CLIENT-CD", N, "VARCHAR", [v.pad(clients[i][0], 6) for i in client], "decoy", KEY, LEGACY, PADDED,
          ABBREV),
        c("SR-CLIENT-NAME", N, "VARCHAR", [v.pad(clients[i][1].upper(), 35) for i in client], "business", LEGACY,
          PADDED),
        c("SR-SURNAME", "last_name", "VARCHAR", [v.pad(r[1], 25) for r in rows], LEGACY, PADDED),
        c("SR-FIRST-NAMES", "first_name", "VARCHAR", [v.pad(r[0], 30) for r in rows], LEGACY, PADDED),
        c("SR-ID-NUMBER", "national_id", "VARCHAR", [v.pad("" if r[4] else v.za_id(g, r[2], r[3]), 13) for r in rows],
          LEGACY, PADDED),
        c("SR-PASSPORT-NO", "national_id", "VARCHAR", [v.pad(g.code("A99999999") if r[4] else "", 12) for r in rows],
          LEGACY, PADDED, NULLWORD),
        c("SR-DOB", "date_of_birth", "INTEGER", [v.yyyymmdd(r[2]) if g.rnd.random() < 0.96 else 0 for r in rows],
          LEGACY, INT_DATE, ZERO),
        c("SR-GENDER", N, "VARCHAR", ["F" if r[3] else "M" for r in rows], "decoy", LEGACY),
        c("SR-CELL-NO", "phone", "BIGINT", [int(g.phone("ZA", "msisdn")) if g.rnd.random() < 0.92 else 0
                                            for _ in range(g.rows)], LEGACY, NUMERIC_ID, ZERO),
        c("SR-RES-ADDR-1", "street_address", "VARCHAR", [v.pad(v.za_street(g).upper(), 35) for _ in range(g.rows)],
          LEGACY, PADDED),
        c("SR-RES-SUBURB", "city", "VARCHAR", [v.pad(p[0].upper(), 20) for p in places], LEGACY, PADDED, LOCALITY),
        c("SR-RES-POST-CODE", "postal_code", "INTEGER", [int(p[1]) if g.rnd.random() < 0.93 else 0 for p in places],
          LEGACY, NUMERIC_ID, ZERO),
        c("SR-INCOME-TAX-NO", "national_id", "VARCHAR", [v.pad(v.za_tax(g) if g.rnd.random() < 0.6 else "", 10)
                                                         for _ in range(g.rows)], LEGACY, PADDED),
        c("SR-EMPLOYER-NAME", N, "VARCHAR", [v.pad(g.rnd.choice(v.ZA_CLIENTS + ["SELF EMPLOYED", "UNEMPLOYED"]).upper(),
                                                   35) for _ in range(g.rows)], "business", LEGACY, PADDED),
        c("SR-CRIM-RESULT", N, "VARCHAR", [v.pad(g.rnd.choice(["CLEAR", "CLEAR", "CLEAR", "RECORD", "PENDING"]), 8)
                                           for _ in range(g.rows)], "decoy", LEGACY, PADDED),
        c("SR-CREDIT-SCORE", N, "INTEGER", [g.rnd.randint(480, 780) if g.rnd.random() < 0.8 else 0
                                            for _ in range(g.rows)], "decoy", LEGACY),
        c("SR-JUDGEMENTS", N, "INTEGER", g.ints(0, 3), "decoy", LEGACY),
        c("SR-AFIS-REF", N, "VARCHAR", [v.pad("AFIS2025/" + g.digits(7), 16) for _ in range(g.rows)], "decoy", SHAPE,
          LEGACY, PADDED),
        c("SR-ANALYST", "person_name", "VARCHAR", [v.pad(g.rnd.choice(analysts), 20) for _ in range(g.rows)], STAFF,
          ROLE, LEGACY, PADDED),
        c("SR-REQ-DATE", N, "INTEGER", [v.yyyymmdd(g.day("2025-01-02", "2025-11-28")) for _ in range(g.rows)],
          "decoy", EVENT, LEGACY, INT_DATE),
        c("SR-USER-FLD-1", N, "VARCHAR", [v.pad(g.rnd.choice(["PRIORITY", "STD", "STD", "BULK"]), 10)
                                          for _ in range(g.rows)], "decoy", OPAQUE, LEGACY, PADDED),
        c("SR-USER-FLD-2", "person_name", "VARCHAR", [v.pad(v.whole(g, "za").upper() if g.rnd.random() < 0.6 else "",
                                                            30) for _ in range(g.rows)], OPAQUE, MISLEADING, LEGACY,
          PADDED),
    ])


def illinois_as400_workers(g: Gen) -> Table:
    """A Chicagoland light-industrial staffing agency's AS/400 worker master (file prefix ``WM``)."""
    pairs = [v.person(g, "il") for _ in range(g.rows)]
    places = [g.rnd.choice(v.IL_CITIES) for _ in range(g.rows)]
    recruiters = _staff(g, 6, lambda x: f"{v.given(x, 'il')[0]}. {v.family(x, 'il').upper()}")
    profiles = sorted({v.login(*v.person(g, "il"), 2).upper()[:10] for _ in range(5)})

    def ssn() -> int:
        r = g.rnd.random()
        return 0 if r < 0.04 else int(v.us_ssn(g).replace("-", ""))

    def dln(last: str) -> str:
        body = v.plain(last)[:1].upper() + g.digits(11)
        return f"{body[:4]}-{body[4:8]}-{body[8:]}"

    return Table("TEMPLIB.WMWRKR", "en", "screaming", [
        c("WMWRK#", N, "INTEGER", g.keys(200_001), "decoy", KEY, LEGACY),
        c("WMBRCH", N, "VARCHAR", [v.pad(g.rnd.choice(["ELK", "JOL", "CIC", "AUR", "WAU"]), 4)
                                   for _ in range(g.rows)], "decoy", LEGACY, PADDED),
        c("WMLNAM", "last_name", "VARCHAR", [v.pad(b.upper(), 20) for _, b in pairs], LEGACY, PADDED),
        c("WMFNAM", "first_name", "VARCHAR", [v.pad(a.upper(), 15) for a, _ in pairs], LEGACY, PADDED),
        c("WMMINT", "first_name", "VARCHAR", [v.pad(g.rnd.choice("ABCDEJKLMRST") if g.rnd.random() < 0.55 else "", 1)
                                              for _ in range(g.rows)], LEGACY, PADDED),
        c("WMSSN", "ssn", "INTEGER", [ssn() for _ in range(g.rows)], LEGACY, NUMERIC_ID, ZERO),
        c("WMADR1", "street_address", "VARCHAR", [v.pad(v.il_street(g).upper(), 30) for _ in range(g.rows)], LEGACY,
          PADDED),
        c("WMADR2", "street_address", "VARCHAR", [v.pad(g.rnd.choice(["APT 2", "APT 3F", "UNIT 12", "# 104", "REAR"])
                                                        if g.rnd.random() < 0.17 else "", 30) for _ in range(g.rows)],
          LEGACY, PADDED, NULLWORD),
        c("WMCITY", "city", "VARCHAR", [v.pad(p[0].upper(), 20) for p in places], LEGACY, PADDED),
        c("WMSTAT", N, "VARCHAR", ["IL"] * g.rows, "decoy", LEGACY),
        c("WMZIP", "postal_code", "INTEGER", [int(v.us_zip(g, p[1])) if g.rnd.random() < 0.95 else 0 for p in places],
          LEGACY, NUMERIC_ID, ZERO),
        c("WMPHON", "phone", "BIGINT", [int(g.phone("US", "nsn", areas=v.IL_AREAS)) if g.rnd.random() < 0.9 else 0
                                        for _ in range(g.rows)], LEGACY, NUMERIC_ID, ZERO),
        c("WMBDAT", "date_of_birth", "INTEGER", [v.cyymmdd(g.birth(1955, 2007)) if g.rnd.random() < 0.95 else 0
                                                 for _ in range(g.rows)], LEGACY, INT_DATE, ZERO),
        c("WMHDAT", N, "INTEGER", [v.cyymmdd(g.day("2012-01-01", "2025-11-28")) for _ in range(g.rows)], "decoy",
          EVENT, LEGACY, INT_DATE),
        c("WMDLN#", "national_id", "VARCHAR", [v.pad(dln(b) if g.rnd.random() < 0.85 else "", 14) for _, b in pairs],
          LEGACY, PADDED),
        c("WMI9CD", N, "VARCHAR", [g.rnd.choice(["C", "C", "P", "A"]) for _ in range(g.rows)], "decoy", LEGACY),
        c("WMPAYR", N, "DECIMAL(7,2)", [round(g.rnd.uniform(15, 26), 2) for _ in range(g.rows)], "decoy", LEGACY),
        c("WMRECR", "person_name", "VARCHAR", [v.pad(g.rnd.choice(recruiters), 20) for _ in range(g.rows)], STAFF,
          ROLE, LEGACY, PADDED),
        c("WMUDF1", N, "VARCHAR", [v.pad(g.rnd.choice(["FORKLIFT", "2ND SHIFT", "NO NIGHTS", "BILINGUAL", "DNR"]), 12)
                                   for _ in range(g.rows)], "decoy", OPAQUE, LEGACY, PADDED),
        c("WMUDF2", "phone", "VARCHAR", [v.pad(g.phone("US", "national", areas=v.IL_AREAS) if g.rnd.random() < 0.6
                                               else "", 14) for _ in range(g.rows)], OPAQUE, MISLEADING, LEGACY,
          PADDED),
        c("WMCHGU", USERNAME, "VARCHAR", [v.pad(g.rnd.choice(profiles), 10) for _ in range(g.rows)], USER, AUDIT,
          LEGACY, PADDED),
        c("WMCHGP", N, "VARCHAR", [v.pad(g.rnd.choice(["WMR110", "WMB300"]), 10) for _ in range(g.rows)], "decoy",
          SERVICE, AUDIT, LEGACY, PADDED),
        c("WMCHGD", N, "INTEGER", [v.yyyymmdd(g.day("2024-01-01", "2025-11-28")) for _ in range(g.rows)], "decoy",
          EVENT, LEGACY, INT_DATE),
    ])


def india_crm_staging(g: Gen) -> Table:
    """A Hyderabad IT-staffing firm's CRM staging table with source-numbered columns."""
    pairs = [v.person(g, "in") for _ in range(g.rows)]
    places = [g.rnd.choice(v.IN_CITIES) for _ in range(g.rows)]
    recruiters = _staff(g, 6, lambda x: v.given(x, "in"))

    def dob() -> str:
        d = g.birth(1975, 2003)
        return d.strftime(g.rnd.choice(["%d-%m-%Y", "%d-%m-%Y", "%d/%m/%Y"]))

    def alternate() -> str:
        r = g.rnd.random()
        if r < 0.4:
            return g.phone("IN", g.rnd.choice(["nsn", "intl"]))
        if r < 0.7:
            return v.email(g, "in")
        return v.whole(g, "in")

    loaded = g.moments("2025-10-01", "2025-11-30")
    return Table("stg_crm.src_crm_candidates", "en", "snake", [
        c("src_crm_col01", N, "VARCHAR", [f"ZR-{700_000 + i}" for i in range(g.rows)], "decoy", KEY, PREFIXED),
        c("src_crm_col02", "person_name", "VARCHAR", [f"{a} {b}" for a, b in pairs], PREFIXED),
        c("src_crm_col03", "phone", "VARCHAR", g.phones("IN", {"nsn": 0.5, "intl": 0.3, "e164": 0.2}), PREFIXED),
        c("src_crm_col04", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["in"]) for a, b in pairs], PREFIXED),
        c("src_crm_col05", "national_id", "VARCHAR", [v.in_pan(g, b) if g.rnd.random() < 0.8 else None
                                                      for _, b in pairs], PREFIXED),
        c("src_crm_col06", "national_id", "VARCHAR", g.col(lambda: v.in_aadhaar(g), 0.6), PREFIXED, HEAVY),
        c("src_crm_col07", "date_of_birth", "VARCHAR", g.col(dob, 0.1), PREFIXED, DOB_TEXT),
        c("src_crm_col08", "city", "VARCHAR", [p[0] for p in places], PREFIXED),
        c("src_crm_col09", "postal_code", "VARCHAR", [p[1] + g.digits(3) for p in places], PREFIXED),
        c("src_crm_col10", N, "VARCHAR", g.col(g.pick(v.IN_EMPLOYERS), 0.1), "business", PREFIXED),
        c("src_crm_col11", N, "VARCHAR", g.col(g.pick(["Immediate", "15 days", "30 days", "60 days", "90 days"])),
          "decoy", PREFIXED),
        c("src_crm_col12", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(3, 38)}.{g.rnd.choice([0, 5])} LPA"), "decoy",
          PREFIXED),
        c("src_crm_col13", "first_name", "VARCHAR", g.col(g.pick(recruiters)), STAFF, ROLE, PREFIXED),
        c("src_crm_col14", N, "VARCHAR", g.col(g.pick(["Java, Spring Boot", "SAP ABAP", "React, Node.js",
                                                       "Python, Airflow", "Manual testing", ".NET Core, Azure"])),
          "decoy", PREFIXED),
        c("src_crm_col15", N, "VARCHAR", g.col(g.pick(["Naukri", "LinkedIn", "Referral", "Walk-in", "Indeed"])),
          "decoy", PREFIXED),
        c("src_crm_col16", N, "VARCHAR", g.col(g.md5, 0.15), "decoy", HASHED, SHAPE, PREFIXED),
        c("src_crm_col17", "free_text", "VARCHAR", g.col(alternate, 0.35), OPAQUE, MIXED, PREFIXED),
        c("src_crm_col18", N, "VARCHAR", g.col(lambda: v.in_gstin(g), 0.3), "business", CHECK, OPAQUE, PREFIXED),
        c("_loaded_at", N, "TIMESTAMP", loaded, "decoy", EVENT),
        c("_batch_id", N, "VARCHAR", [f"b{t:%Y%m%d}" for t in loaded], "decoy"),
        c("_source_system", N, "VARCHAR", ["zoho_recruit"] * g.rows, "decoy"),
    ])


# -- Brazil, Turkey, Czechia, Sweden, Austria (SAP), Japan, Greece -----------------------------------------------------


def br_temp_placements(g: Gen) -> Table:
    """A São Paulo temporary-staffing agency's placements (Brazilian Portuguese, snake case)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "br")
        if g.rnd.random() < 0.5:
            b = f"{v.family(g, 'br')} {b}"
        rows.append((a, b))
    places = [g.rnd.choice(v.BR_CITIES) for _ in range(g.rows)]
    clients = [(name, v.br_cnpj(g)) for name in v.BR_CLIENTS]
    client = [g.rnd.randrange(len(clients)) for _ in range(g.rows)]
    recruiters = _staff(g, 5, lambda x: v.given(x, "br"))
    approvers = sorted({v.login(*v.person(g, "br"), 1) for _ in range(4)})
    cpfs = [v.br_cpf(g, g.rnd.random() < 0.7) for _ in range(g.rows)]

    def cep(lead: str) -> str:
        digits = lead + g.digits(8 - len(lead))
        return f"{digits[:5]}-{digits[5:]}"

    def pix(i: int) -> str:
        r = g.rnd.random()
        if r < 0.3:
            return cpfs[i].replace(".", "").replace("-", "")
        if r < 0.55:
            return v.email_of(g, *rows[i], v.DOMAINS["br"])
        if r < 0.85:
            return g.phone("BR", "e164")
        return g.uuid()

    starts = g.days("2025-01-06", "2025-11-28")
    return Table("rh_temporarios_sp.alocacoes", "pt", "snake", [
        c("id_alocacao", N, "INTEGER", g.keys(33_001), "decoy", KEY),
        c("numero_contrato", N, "VARCHAR", g.col(lambda: v.br_cpf_like_invalid(g)), "decoy", SHAPE),
        c("nome_completo", "person_name", "VARCHAR", [f"{a} {b}" for a, b in rows]),
        c("nome_social", "first_name", "VARCHAR", g.col(lambda: v.given(g, "br"), 0.88), HEAVY),
        c("cpf", "national_id", "VARCHAR", cpfs),
        c("pis_pasep", "ssn", "VARCHAR", g.col(lambda: v.br_pis(g), 0.1)),
        c("rg", "national_id", "VARCHAR", g.col(lambda: v.br_rg(g), 0.2)),
        c("data_nascimento", "date_of_birth", "DATE", g.births(1962, 2006)),
        c("celular", "phone", "VARCHAR", g.phones("BR", {"national": 0.6, "intl": 0.2, "digits": 0.2}, 0.92)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["br"]) if g.rnd.random() < 0.85 else None
                                        for a, b in rows]),
        c("cep", "postal_code", "VARCHAR", [cep(p[1]) for p in places]),
        c("logradouro", "street_address", "VARCHAR", g.col(g.pick(v.BR_STREETS))),
        c("numero", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 3800)) if g.rnd.random() < 0.95
                                                       else "S/N")),
        c("complemento", "street_address", "VARCHAR", [g.rnd.choice([f"Apto {g.rnd.randint(11, 154)}",
                                                                     f"Casa {g.rnd.randint(1, 4)}",
                                                                     f"Bloco {g.rnd.choice('ABC')}"])
                                                       if g.rnd.random() < 0.45 else "" for _ in range(g.rows)]),
        c("bairro", "city", "VARCHAR", g.col(g.pick(v.BR_BAIRROS)), LOCALITY),
        c("cidade", "city", "VARCHAR", [p[0] for p in places]),
        c("uf", N, "VARCHAR", ["SP"] * g.rows, "decoy"),
        c("empresa_tomadora", N, "VARCHAR", [clients[i][0] for i in client], "business"),
        c("cnpj_tomadora", N, "VARCHAR", [clients[i][1] for i in client], "business", CHECK),
        c("funcao", N, "VARCHAR", g.col(g.pick(["Operador de empilhadeira", "Auxiliar de produção", "Repositor",
                                                "Recepcionista", "Técnico de enfermagem"])), "decoy"),
        c("inicio_contrato", N, "DATE", starts, "decoy", EVENT),
        c("chave_pix", "free_text", "VARCHAR", [pix(i) if g.rnd.random() < 0.8 else None for i in range(g.rows)],
          MIXED),
        c("campo_livre_1", N, "VARCHAR", g.col(g.pick(["VT", "VR+VT", "sem benefício", "VA"]), 0.1), "decoy",
          OPAQUE),
        c("campo_livre_2", "email", "VARCHAR", g.col(lambda: v.email(g, "br"), 0.45), OPAQUE, MISLEADING),
        c("recrutadora", "first_name", "VARCHAR", g.col(g.pick(recruiters)), STAFF, ROLE),
        c("aprovado_por", USERNAME, "VARCHAR", g.col(g.pick(approvers), 0.1), USER, AUDIT),
    ])


def tr_job_applications(g: Gen) -> Table:
    """An İzmir job board's applications (Turkish, snake case)."""
    firms = [(name, v.tr_vkn(g)) for name in v.TR_FIRMS]
    firm = [g.rnd.randrange(len(firms)) for _ in range(g.rows)]
    pairs = [v.person(g, "tr") for _ in range(g.rows)]
    interviewers = _staff(g, 6, lambda x: v.whole(x, "tr"))

    def summary_text() -> str:
        depot = f"{g.rnd.choice(v.TR_FIRMS)} firmasında 4 yıl depo sorumlusu. Referans: {v.whole(g, 'tr')}."
        return g.rnd.choice([depot, "Ön muhasebe, Logo Tiger, e-fatura deneyimi.",
                             f"Otel resepsiyonu, İngilizce ve Almanca; eski müdürüm {v.whole(g, 'tr')}.",
                             "Forklift ehliyetli, vardiyalı çalışmaya uygun.", "Yeni mezun, staj deneyimi var."])

    def extra() -> str:
        return g.phone("TR", "national") if g.rnd.random() < 0.55 else v.whole(g, "tr")

    return Table("kariyer_izmir.aday_basvurulari", "tr", "snake", [
        c("basvuru_id", N, "BIGINT", g.keys(1_200_001), "decoy", KEY),
        c("ilan_no", N, "VARCHAR", g.col(lambda: v.tr_tck_like_invalid(g)), "decoy", SHAPE),
        c("firma_adi", N, "VARCHAR", [firms[i][0] for i in firm], "business"),
        c("firma_vkn", N, "VARCHAR", [firms[i][1] for i in firm], "business", CHECK),
        c("ad", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("soyad", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("tc_kimlik_no", "national_id", "VARCHAR", g.col(lambda: v.tr_tckimlik(g), 0.15)),
        c("dogum_tarihi", "date_of_birth", "VARCHAR", g.col(lambda: g.birth(1965, 2006).strftime("%d.%m.%Y")),
          DOB_TEXT),
        c("cep_tel", "phone", "VARCHAR", g.phones("TR", {"national": 0.5, "nsn": 0.3, "intl": 0.2})),
        c("e_posta", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["tr"]) for a, b in pairs]),
        c("il", N, "VARCHAR", g.col(g.pick(["İzmir"] * 8 + ["Manisa", "Aydın"])), "decoy"),
        c("ilce", "city", "VARCHAR", g.col(g.pick(v.TR_ILCE)), LOCALITY),
        c("acik_adres", "street_address", "VARCHAR", g.col(lambda: v.tr_address(g), 0.1)),
        c("askerlik_durumu", N, "VARCHAR", g.col(g.pick(["Yapıldı", "Muaf", "Tecilli", "Kadın aday"])), "decoy"),
        c("ehliyet_sinifi", N, "VARCHAR", g.col(g.pick(["B", "B", "C", "Yok", "A2"])), "decoy"),
        c("ozgecmis_ozet", "free_text", "VARCHAR", g.col(summary_text, 0.2)),
        c("mulakat_yapan", "person_name", "VARCHAR", g.col(g.pick(interviewers), 0.3), STAFF, ROLE),
        c("referans_adi", "person_name", "VARCHAR", g.sparse(lambda: v.whole(g, "tr"), 0.78, v_words("tr")), NULLWORD,
          ROLE),
        c("ip_adresi", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2))),
        c("basvuru_tarihi", N, "TIMESTAMP", g.moments("2025-03-01", "2025-11-30"), "decoy", EVENT),
        c("ozel_alan_1", N, "VARCHAR", g.col(g.pick(["mobil", "web", "kiosk"])), "decoy", OPAQUE),
        c("ozel_alan_2", "free_text", "VARCHAR", g.col(extra, 0.4), OPAQUE, MIXED),
    ])


def cz_record_checks(g: Gen) -> Table:
    """A Brno staffing agency's criminal-record extract checks of applicants (Czech, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "cz", female)
        born = g.birth(1962, 2006)
        rows.append((a, b, born, female))
    clients = [(name, v.cz_ico(g)) for name in v.CZ_CLIENTS]
    client = [g.rnd.randrange(len(clients)) for _ in range(g.rows)]
    places = [g.rnd.choice(v.CZ_TOWNS) for _ in range(g.rows)]
    clerks = _staff(g, 4, lambda x: v.whole(x, "cz"))

    def note() -> str:
        return g.rnd.choice([f"Výpis doložila osobně, ověřila {g.rnd.choice(clerks)}",
                             f"Doporučení od {v.whole(g, 'cz')}", "Záznam z roku 2015, zahlazeno",
                             "Žádá nástup od pondělí"])

    def corr() -> str:
        return f"{g.rnd.choice(v.CZ_STREETS)} {g.rnd.randint(1, 900)}/{g.rnd.randint(1, 60)}, " \
               f"{' '.join(g.rnd.choice(v.CZ_TOWNS)[::-1])}"

    maiden = [g.rnd.choice(v.CZ_FAMILY)[1] if r[3] and g.rnd.random() < 0.45 else None for r in rows]
    return Table("personalni_agentura_brno.lustrace_uchazecu", "cs", "snake", [
        c("id_kontroly", N, "INTEGER", g.keys(8_001), "decoy", KEY),
        c("jmeno", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("prijmeni", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("rodne_prijmeni", "last_name", "VARCHAR", maiden, HEAVY),
        c("rodne_cislo", "national_id", "VARCHAR", [v.cz_rc(g, r[2], r[3], g.rnd.random() < 0.6) for r in rows]),
        c("datum_narozeni", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("misto_narozeni", "city", "VARCHAR", g.col(g.pick(v.CZ_BIRTHPLACES), 0.1)),
        c("cislo_op", "national_id", "VARCHAR", g.col(lambda: g.code("999999999"), 0.15)),
        c("ulice", "street_address", "VARCHAR", g.col(g.pick(v.CZ_STREETS))),
        c("cislo_popisne", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 1200)}"
                                                              + g.rnd.choice(["", f"/{g.rnd.randint(1, 80)}"]))),
        c("obec", "city", "VARCHAR", [p[0] for p in places]),
        c("psc", "postal_code", "VARCHAR", [p[1] if g.rnd.random() < 0.7 else p[1].replace(" ", "") for p in places]),
        c("telefon", "phone", "VARCHAR", g.phones("CZ", {"national": 0.6, "intl": 0.4}, 0.9)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["cz"]) for r in rows]),
        c("klient", N, "VARCHAR", [clients[i][0] for i in client], "business"),
        c("ico_klienta", N, "VARCHAR", [clients[i][1] for i in client], "business", CHECK),
        c("cislo_vypisu", N, "VARCHAR", g.col(lambda: v.cz_rc_like_invalid(g)), "decoy", SHAPE),
        c("vysledek", N, "VARCHAR", g.col(g.pick(["bez záznamu", "bez záznamu", "bez záznamu", "záznam"])), "decoy"),
        c("zpracoval", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF, ROLE),
        c("poznamka", "free_text", "VARCHAR", g.sparse(note, 0.8, v_words("cs")), NULLWORD),
        c("iban_mzda", "iban", "VARCHAR", g.col(lambda: v.iban(g, "CZ", g.rnd.random() < 0.5), 0.25)),
        c("volne_pole_1", N, "VARCHAR", g.col(g.pick(["A1", "B2", "VZV", "svářeč"]), 0.2), "decoy", OPAQUE),
        c("volne_pole_2", "street_address", "VARCHAR", g.col(corr, 0.5), OPAQUE, MISLEADING),
    ])


def se_reference_checks(g: Gen) -> Table:
    """A Gothenburg staffing company's reference checks (Swedish, snake case)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "se")
        rows.append((a, b, g.birth(1960, 2005)))
    places = [g.rnd.choice(v.SE_TOWNS) for _ in range(g.rows)]
    referees = [v.person(g, "se") for _ in range(g.rows)]
    companies = [(name, v.se_orgnr(g), f"{v.plain(name.split()[0])}.se") for name in v.SE_COMPANIES]
    company = [g.rnd.randrange(len(companies)) for _ in range(g.rows)]
    recruiters = _staff(g, 5, lambda x: v.whole(x, "se"))

    def summary_text(i: int) -> str:
        a = rows[i][0]
        return g.rnd.choice([f"{a} var pålitlig och punktlig enligt {referees[i][0]}.",
                             "Referensen bekräftar anställningstiden, inga anmärkningar.",
                             f"Chefen {' '.join(referees[i])} skulle anställa igen.",
                             "Svårt att nå referensen, två försök.", f"{a} hade hög sjukfrånvaro 2023."])

    return Table("bemanning_gbg.referenstagning", "sv", "snake", [
        c("referens_id", N, "INTEGER", g.keys(4_001), "decoy", KEY),
        c("arende_nr", N, "VARCHAR", g.col(lambda: v.se_pnr_like_invalid(g)), "decoy", SHAPE),
        c("kandidat_fornamn", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("kandidat_efternamn", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("personnummer", "national_id", "VARCHAR", [v.se_personnummer(g, r[2], g.rnd.random() < 0.4) for r in rows]),
        c("kandidat_mobil", "phone", "VARCHAR", g.phones("SE", {"national": 0.6, "intl": 0.2, "e164": 0.2})),
        c("kandidat_epost", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["se"]) for r in rows]),
        c("gatuadress", "street_address", "VARCHAR", g.col(lambda: v.se_street(g))),
        c("postnummer", "postal_code", "VARCHAR", [f"{p[1]}{g.digits(5 - len(p[1]))}" for p in places]),
        c("postort", "city", "VARCHAR", [p[0] for p in places]),
        c("referent_namn", "person_name", "VARCHAR", [" ".join(r) for r in referees], ROLE),
        c("referent_foretag", N, "VARCHAR", [companies[i][0] for i in company], "business"),
        c("referent_orgnr", N, "VARCHAR", [companies[i][1] for i in company], "business", CHECK),
        c("referent_telefon", "phone", "VARCHAR", g.phones("SE", {"national": 0.7, "intl": 0.3}, 0.6, 0.1)),
        c("referent_epost", "email", "VARCHAR", [v.work_email(*referees[i], companies[company[i]][2])
                                                 if g.rnd.random() < 0.8 else None for i in range(g.rows)],
          ROLE_EMAIL),
        c("rekryterare", "person_name", "VARCHAR", g.col(g.pick(recruiters)), STAFF, ROLE),
        c("betyg", N, "INTEGER", g.ints(1, 5, 0.1), "decoy"),
        c("sammanfattning", "free_text", "VARCHAR", [summary_text(i) if g.rnd.random() < 0.85 else None
                                                     for i in range(g.rows)]),
        c("clearingnummer", N, "VARCHAR", g.col(g.pick(["8327-9", "6000", "5000", "3300", "9960"])), "decoy"),
        c("kontonummer", USERNAME, "VARCHAR", g.col(lambda: g.code("99 999 999 9") if g.rnd.random() < 0.5
                                                    else g.code("9999999999")), BANK),
        c("fritt_fält_1", N, "VARCHAR", g.col(g.pick(["lager", "truck A+B", "kassa", "städ"]), 0.2), "decoy", OPAQUE),
        c("fritt_fält_2", "phone", "VARCHAR", g.phones("SE", {"national": 1.0}, 0.3, 0.45), OPAQUE, MISLEADING),
        c("skapad", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy", EVENT),
    ])


def at_sap_leased_workers(g: Gen) -> Table:
    """A Linz staffing provider's SAP custom table of leased workers (SAP's German field abbreviations)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "at")
        born = g.birth(1960, 2006)
        rows.append((a, b, born))
    places = [g.rnd.choice(v.AT_TOWNS) for _ in range(g.rows)]
    clients = [(f"{300_000 + i * 17:010d}", name, v.at_uid(g)) for i, name in enumerate(v.AT_CLIENTS)]
    client = [g.rnd.randrange(len(clients)) for _ in range(g.rows)]
    dispatchers = _staff(g, 5, lambda x: v.family(x, "at"))
    users = sorted({(v.plain(v.family(g, "at"))[:8]).upper() for _ in range(4)})

    def holder(i: int) -> str:
        a, b, _ = rows[i]
        return f"{a} {b}" if g.rnd.random() < 0.85 else v.whole(g, "at")

    return Table("SAPHR.ZPDL_LEIHARB", "de", "screaming", [
        c("MANDT", N, "VARCHAR", ["100"] * g.rows, "decoy", LEGACY),
        c("PERNR", N, "VARCHAR", [f"{40_000 + i:08d}" for i in range(g.rows)], "decoy", KEY, LEGACY),
        c("NACHN", "last_name", "VARCHAR", [v.pad(r[1], 40) for r in rows], LEGACY, PADDED),
        c("VORNA", "first_name", "VARCHAR", [v.pad(r[0], 40) for r in rows], LEGACY, PADDED),
        c("GBNAM", "last_name", "VARCHAR", [v.pad(v.family(g, "at") if g.rnd.random() < 0.15 else "", 40)
                                            for _ in range(g.rows)], LEGACY, PADDED, NULLWORD),
        c("GBDAT", "date_of_birth", "VARCHAR", [v.dats(r[2] if g.rnd.random() < 0.96 else None) for r in rows],
          LEGACY, INT_DATE, ZERO),
        c("GBORT", "city", "VARCHAR", [v.pad(g.rnd.choice(v.AT_BIRTHPLACES), 25) for _ in range(g.rows)], LEGACY,
          PADDED),
        c("SVNR", "ssn", "VARCHAR", [v.at_svnr(g, r[2]) if g.rnd.random() < 0.93 else "" for r in rows], LEGACY),
        c("STRAS", "street_address", "VARCHAR", [v.pad(v.at_street(g), 60) for _ in range(g.rows)], LEGACY, PADDED),
        c("PSTLZ", "postal_code", "VARCHAR", [v.pad(p[1], 10) for p in places], LEGACY, PADDED),
        c("ORT01", "city", "VARCHAR", [v.pad(p[0], 40) for p in places], LEGACY, PADDED),
        c("TELNR", "phone", "VARCHAR", [v.pad(g.phone("AT", g.rnd.choice(["national", "intl", "digits"]),
                                                      g.rnd.random() < 0.85), 30) for _ in range(g.rows)], LEGACY,
          PADDED),
        c("SMTP_ADDR", "email", "VARCHAR", [v.pad(v.email_of(g, r[0], r[1], v.DOMAINS["at"])
                                                  if g.rnd.random() < 0.8 else "", 60) for r in rows], LEGACY, PADDED),
        c("IBAN", "iban", "VARCHAR", [v.pad(v.iban(g, "AT"), 34) for _ in range(g.rows)], LEGACY, PADDED),
        c("KOINH", "person_name", "VARCHAR", [v.pad(holder(i), 60) for i in range(g.rows)], ROLE, LEGACY, PADDED),
        c("KUNNR", N, "VARCHAR", [clients[i][0] for i in client], "decoy", KEY, LEGACY),
        c("NAME1", N, "VARCHAR", [v.pad(clients[i][1], 35) for i in client], "business", LEGACY, PADDED),
        c("STCEG", N, "VARCHAR", [v.pad(clients[i][2], 20) for i in client], "business", CHECK, LEGACY, PADDED),
        c("EINSATZ_BEGDA", N, "VARCHAR", [v.dats(g.day("2024-01-01", "2025-11-28")) for _ in range(g.rows)], "decoy",
          EVENT, LEGACY, INT_DATE),
        c("DISPONENT", "last_name", "VARCHAR", [v.pad(g.rnd.choice(dispatchers), 25) for _ in range(g.rows)], STAFF,
          ROLE, LEGACY, PADDED),
        c("ZZFELD1", N, "VARCHAR", [v.pad(g.rnd.choice(["KV-ARB", "KV-ANG", "KV-GEW", ""]), 10)
                                    for _ in range(g.rows)], "decoy", OPAQUE, LEGACY, PADDED),
        c("ZZFELD2", "person_name", "VARCHAR", [v.pad(v.whole(g, "at") if g.rnd.random() < 0.6 else "", 40)
                                                for _ in range(g.rows)], OPAQUE, MISLEADING, LEGACY, PADDED),
        c("ERNAM", USERNAME, "VARCHAR", [v.pad(g.rnd.choice(users), 12) for _ in range(g.rows)], USER, AUDIT, LEGACY,
          PADDED),
        c("ERDAT", N, "VARCHAR", [v.dats(g.day("2023-01-01", "2025-11-28")) for _ in range(g.rows)], "decoy", EVENT,
          LEGACY, INT_DATE),
    ])


def jp_dispatch_staff(g: Gen) -> Table:
    """An Osaka temporary-staffing (haken) agency's staff ledger (Japanese column names)."""
    rows = [v.jp_person(g) for _ in range(g.rows)]
    homes = [v.jp_address(g) for _ in range(g.rows)]
    clients = [(name, addr, v.jp_corporate(g)) for name, addr in v.JP_CLIENTS]
    client = [g.rnd.randrange(len(clients)) for _ in range(g.rows)]
    sales = _staff(g, 5, lambda x: g.rnd.choice(v.JP_FAMILY)[0])

    def remark() -> str:
        fam, giv = v.jp_person(g)
        return g.rnd.choice([f"緊急連絡先は母（{fam[0]}{giv[0]}）", "フォークリフト免許あり", "土日勤務不可",
                             f"{fam[0]}様の紹介", "扶養内勤務希望"])

    def emergency() -> str:
        return g.phone("JP", "national", g.rnd.random() < 0.8)

    starts = g.days("2024-04-01", "2025-11-28")
    return Table("派遣管理.派遣スタッフ台帳", "ja", "native", [
        c("スタッフID", N, "INTEGER", g.keys(60_001), "decoy", KEY),
        c("氏名", "person_name", "VARCHAR", [f"{f[0]} {n[0]}" if g.rnd.random() < 0.6 else f"{f[0]}{n[0]}"
                                           for f, n in rows]),
        c("フリガナ", "person_name", "VARCHAR", [f"{f[1]} {n[1]}" for f, n in rows]),
        c("生年月日", "date_of_birth", "VARCHAR", [g.birth(1960, 2006).strftime("%Y/%m/%d") for _ in range(g.rows)],
          DOB_TEXT),
        c("個人番号", "national_id", "VARCHAR", g.col(lambda: v.jp_my_number(g), 0.55), HEAVY),
        c("基礎年金番号", "ssn", "VARCHAR", g.col(lambda: g.code("9999-999999"), 0.1)),
        c("郵便番号", "postal_code", "VARCHAR", [h[0] for h in homes]),
        c("住所", "street_address", "VARCHAR", [h[1] for h in homes]),
        c("電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "nsn": 0.1, "intl": 0.1}, 0.85)),
        c("メールアドレス", "email", "VARCHAR", [v.email_of(g, n[2], f[2], v.DOMAINS["jp"]) if g.rnd.random() < 0.8
                                            else None for f, n in rows]),
        c("派遣先企業", N, "VARCHAR", [clients[i][0] for i in client], "business"),
        c("法人番号", N, "VARCHAR", [clients[i][2] for i in client], "business", CHECK),
        c("就業場所", N, "VARCHAR", [clients[i][1] for i in client], "business"),
        c("時給", N, "INTEGER", [g.rnd.randrange(1_100, 1_900, 10) for _ in range(g.rows)], "decoy"),
        c("契約開始日", N, "DATE", starts, "decoy", EVENT),
        c("契約終了日", N, "DATE", [s + timedelta(days=g.rnd.choice([90, 91, 182, 365])) for s in starts], "decoy",
          EVENT),
        c("担当営業", "last_name", "VARCHAR", g.col(g.pick(sales)), STAFF, ROLE),
        c("備考", "free_text", "VARCHAR", g.sparse(remark, 0.8, v_words("ja")), NULLWORD),
        c("予備項目1", N, "VARCHAR", g.col(g.pick(["A", "B", "C", "要確認"]), 0.2), "decoy", OPAQUE),
        c("予備項目2", "phone", "VARCHAR", g.col(emergency, 0.4), OPAQUE, MISLEADING),
        c("口座番号", USERNAME, "VARCHAR", g.col(lambda: g.digits(7), 0.1), BANK),
        c("登録日時", N, "TIMESTAMP", g.moments("2020-01-01", "2025-11-30"), "decoy", EVENT),
    ])


def gr_interview_panels(g: Gen) -> Table:
    """A Thessaloniki recruitment agency's interview-panel evaluations for its clients (Greek script)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "gr", female)
        rows.append((a, b, g.birth(1965, 2004), female))
    places = [g.rnd.choice(v.GR_TOWNS) for _ in range(g.rows)]
    clients = [(name, v.gr_afm(g, g.rnd.choice(["09", "8", "99"]))) for name in v.GR_CLIENTS]
    client = [g.rnd.randrange(len(clients)) for _ in range(g.rows)]
    chairs = _staff(g, 4, lambda x: v.whole(x, "gr"))
    pool = _staff(g, 10, lambda x: v.whole(x, "gr"))

    def comment(i: int) -> str:
        return g.rnd.choice([f"Πολύ καλή εντύπωση, συστάσεις από {v.whole(g, 'gr')}.",
                             "Χρειάζεται εκπαίδευση στο ERP.", f"Ο/Η {rows[i][0]} ζήτησε μεγαλύτερο μισθό.",
                             "Δεν προσήλθε στη δεύτερη συνέντευξη.",
                             f"Διαφωνία με {g.rnd.choice(pool)} για τη βαθμολογία."])

    def tk(lead: str) -> str:
        digits = lead + g.digits(5 - len(lead))
        return f"{digits[:3]} {digits[3:]}" if g.rnd.random() < 0.6 else digits

    return Table("στελέχωση_θεσσαλονίκης.συνεντεύξεις_επιτροπής", "el", "snake", [
        c("κωδικός_συνέντευξης", N, "INTEGER", g.keys(5_001), "decoy", KEY),
        c("επώνυμο", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("όνομα", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("πατρώνυμο", "first_name", "VARCHAR", g.col(lambda: g.rnd.choice(v.NAMES["gr"][0]), 0.1)),
        c("ημερομηνία_γέννησης", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("αμκα", "ssn", "VARCHAR", [v.gr_amka(g, r[2], r[3]) for r in rows]),
        c("αφμ", "national_id", "VARCHAR", g.col(lambda: v.gr_afm(g, g.rnd.choice(["0", "1"])), 0.1)),
        c("αδτ", "national_id", "VARCHAR", g.col(lambda: g.rnd.choice("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ") + g.rnd.choice("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ")
                                            + g.rnd.choice([" ", ""]) + g.digits(6), 0.2)),
        c("κινητό", "phone", "VARCHAR", g.phones("GR", {"national": 0.6, "intl": 0.3, "e164": 0.1})),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["gr"]) for r in rows]),
        c("οδός", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.GR_STREETS)} {g.rnd.randint(1, 220)}")),
        c("τκ", "postal_code", "VARCHAR", [tk(p[1]) for p in places], ABBREV),
        c("πόλη", "city", "VARCHAR", [p[0] for p in places]),
        c("εταιρεία_πελάτη", N, "VARCHAR", [clients[i][0] for i in client], "business"),
        c("αφμ_εταιρείας", N, "VARCHAR", [clients[i][1] for i in client], "business", CHECK),
        c("θέση", N, "VARCHAR", g.col(g.pick(["Λογιστής", "Υπάλληλος αποθήκης", "Ρεσεψιονίστ", "Πωλητής",
                                             "Νοσηλευτής"])), "decoy"),
        c("πρόεδρος_επιτροπής", "person_name", "VARCHAR", g.col(g.pick(chairs)), STAFF, ROLE),
        c("μέλη_επιτροπής", "person_name", "VARCHAR", g.col(lambda: ", ".join(g.rnd.sample(pool, 2)), 0.1), MULTI,
          ROLE),
        c("βαθμολογία", N, "DECIMAL(4,1)", [round(g.rnd.uniform(4, 10), 1) for _ in range(g.rows)], "decoy"),
        c("σχόλια", "free_text", "VARCHAR", [comment(i) if g.rnd.random() < 0.8 else None for i in range(g.rows)]),
        c("ελεύθερο_πεδίο_1", N, "VARCHAR", g.col(g.pick(["Α", "Β", "Γ"]), 0.2), "decoy", OPAQUE),
        c("ελεύθερο_πεδίο_2", "email", "VARCHAR", g.col(lambda: v.email(g, "gr"), 0.45), OPAQUE, MISLEADING),
        c("iban_εξόδων", "iban", "VARCHAR", g.col(lambda: v.iban(g, "GR", g.rnd.random() < 0.5), 0.7), HEAVY),
        c("ημερομηνία_συνέντευξης", N, "DATE", g.days("2025-02-01", "2025-11-28"), "decoy", EVENT),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (ny_job_seekers, 1_400), (london_screening_orders, 900), (melbourne_timesheets, 1_600),
    (ontario_interview_panels, 700), (ireland_rtw_checks, 650), (za_screening_cobol, 1_100),
    (illinois_as400_workers, 1_300), (india_crm_staging, 1_800), (br_temp_placements, 1_000),
    (tr_job_applications, 1_200), (cz_record_checks, 500), (se_reference_checks, 450),
    (at_sap_leased_workers, 800), (jp_dispatch_staff, 600), (gr_interview_panels, 400),
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
