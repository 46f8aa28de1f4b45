"""Held-out set v85 for the column classifier: 15 tables of *telecommunications* (mobile subscriptions and SIM
registration, number porting, roaming, call detail records, fixed broadband installations, prepaid top-ups, handset
financing, customer-care tickets), one system per table and each a different organisation, eight with English column
names (Pennsylvania, Yorkshire, Western Australia, Nova Scotia, Uganda, Ireland, Arizona and Malaysia) and seven in
Italian, Portuguese (Brazil), Polish, Swedish, Czech, Turkish and Japanese (kanji and katakana). Three are legacy
extracts (an AS/400 file with the two-letter field prefix ``FO``, a COBOL copybook's fixed-width file with hyphenated
names, an SAP-style table with SAP's German field abbreviations and Czech Z-fields): padded CHAR values, dates as
``CYYMMDD`` and ``YYYYMMDD`` numbers and ``DATS`` text, and an SSN, phones, an MSISDN and postal codes kept as numbers
with 0 for missing; the others are modern (snake, camel, Pascal and SCREAMING case and Japanese script), with
abbreviations (``cust_fnm``, ``cust_lnm``, ``ctc_ph``, ``addr_ln1``, ``post_cd``, ``ACCT_HOLDER_FNM``,
``AUTH_PERSON_NM``, ``poa_holder_nm``), a staging table with source-numbered columns (``src_crm_col01`` to
``src_crm_col18``) and opaque custom fields holding personal data (``FOUDF2``, ``misc_2``, ``udf03``, ``User2``,
``src_crm_col17``, ``CODE``, ``attr_7``, ``PP-USER-FLD-2``, ``campo_libero_2``, ``campoLivre2``,
``pole_dodatkowe_2``, ``fritt_falt_2``, ``ZZPOLE2``, ``ozelAlan2``, ``自由項目2``) beside opaque fields holding none
(``FOUDF1``, ``misc_1``, ``udf04``, ``User1``, ``src_crm_col18``, ``REF``, ``attr_8``, ``PP-USER-FLD-1``,
``campo_libero_1``, ``campoLivre1``, ``pole_dodatkowe_1``, ``fritt_falt_1``, ``ZZPOLE1``, ``ozelAlan1``,
``自由項目1``):

* ``CPTELDTA.FOINSTP``: a central Pennsylvania rural telephone company's AS/400 fibre installation orders (padded
  upper-case names and the middle initial, the SSN for the credit check and home and cell phones as numbers with 0
  for none, the birth date as ``CYYMMDD``, the service address in two lines, ZIP as a number, Pennsylvania driving
  licences, ONT serials, technicians as ``LAST, FIRST``, install notes naming people, work-order numbers of nine
  digits starting with 9 (never a valid SSN), CLLI codes, the user profile and the program, ``FOUDF2`` an alternate
  phone);
* ``care_desk.tickets``: a Leeds MVNO's customer-care tickets (MSISDNs, ``cust_lnm`` with some ``XXX``, e-mails with
  some ``test@example.com``, ``addr_ln1``, West and North Yorkshire postcodes, the birth date asked for verification,
  descriptions naming people, assignees, the web form's IP, the power-of-attorney holder mostly ``N/A``, stores and
  their phones, SME accounts' VAT numbers, ``misc_2`` a callback number);
* ``svb_ops.installAppointments``: a Perth hills and Wheatbelt broadband retailer's fibre and fixed-wireless
  installations (camel case: NBN-style location ids, WA driver's licences, mobiles and home phones, the service
  address, suburbs and postcodes, technicians, modem tracking numbers, router MACs, the static WAN IP, BSB and account
  number for the direct debit, business customers' ABN, ``udf03`` a second contact's e-mail);
* ``BluenoseWireless.DeviceFinancingAgreements``: a Halifax regional wireless carrier's device financing (Pascal
  case: the SIN for the credit check with some ``000-000-000``, street address and unit, Nova Scotia postal codes,
  devices and IMEIs, the card on file and its last four digits, stores and their addresses, sales reps, the dealer's
  business number, ``User2`` the co-signer);
* ``stg_crm.src_crm_sim_registrations``: a Kampala mobile operator's CRM staging table of SIM registrations
  (``src_crm_col01`` to ``src_crm_col18``: MSISDNs, upper-case surnames, NINs encoding the sex and birth year, birth
  dates as ``dd/mm/yyyy`` text, plots and roads, towns and districts, ICCIDs and IMSIs, registering agents, dealers and
  their TINs, e-mails mostly ``N/A``, ``src_crm_col17`` an alternate contact that is a phone, an e-mail or a name by
  row, ``src_crm_col18`` the document type);
* ``PORTING.PORT_IN_REQUESTS``: a Dublin MVNO's port-in requests (the account holder, the PPSN for bill-pay vetting,
  two address lines, towns, counties and Eircodes, the direct-debit IBAN, agents' logins, donor operators, company VAT
  numbers, the person authorised to port a business number, port references of seven digits and a letter failing the
  PPSN check, ``CODE`` the e-billing address);
* ``cdr_lake.roaming_voice_sms_records``: a Tucson regional carrier's call detail records with its subscribers roaming
  in Sonora and Mexican visitors (served MSISDNs, IMSIs and IMEIs, calling, called and redirecting numbers of both
  countries, cell ids and the sites' coordinates, visited PLMNs, the PDP address of data sessions, billing ZIPs, the
  mediation job, file hashes, ``attr_7`` the caller name as CNAM);
* ``PPREGDB.SUBREG-EXTRACT``: a Klang Valley operator's prepaid SIM registration extract in a COBOL copybook's layout
  (``PP-MSISDN`` as a number, ICCIDs, MyKad numbers encoding the birth date and sex and passports of foreign workers,
  names as on the document with ``BIN``/``BINTI`` and ``A/L``/``A/P``, ``PP-DOB`` as ``YYYYMMDD``, two address lines,
  ``PP-POSTCODE`` as a number, dealers and their SSM numbers, agents, ``PP-USER-FLD-2`` an alternate MSISDN);
* ``telco_abbonamenti.contratti_mobile``: a Turin MVNO's postpaid contracts (Italian: the codice fiscale encoding the
  row's name, birth date and birthplace, identity cards, driving licences and passports, CAP, ``citta`` and
  ``provincia``, the direct-debit IBAN and the account holder when someone else pays, mostly ``N/D``, ICCIDs,
  partita IVA of business customers, sales assistants by first name, ``campo_libero_2`` the SIM's delivery address);
* ``recargas_pe.transacoesRecarga``: a Recife prepaid top-up aggregator's recharges by app, website and corner shop
  (Brazilian Portuguese: names, CPF, birth dates as ``dd/mm/aaaa`` text, CEP and city of known customers, cards kept
  in clear on the website and their last four digits, the origin IP, shops and their CNPJ, attendants by first name,
  NSUs of eleven digits failing the CPF check, payment tokens, app versions, ``campoLivre2`` the gift sender);
* ``przenoszenie_numerow.wnioski_mnp``: a Gdańsk MVNO's number porting requests (Polish: female family-name forms,
  PESEL encoding the row's birth date and sex, identity card numbers with their check digit, ``ulica`` and
  ``nr_domu`` apart, postcodes, the proxy mostly ``brak``, consultants, logins, business subscribers' NIP, case
  numbers of eleven digits failing the PESEL check, the refund IBAN mostly NULL, ``pole_dodatkowe_2`` the family name
  at birth);
* ``stadsnat_umea.fiberbestallningar``: an Umeå-region municipal open fibre network's villa connection orders
  (Swedish: personnummer, the installation address, postcodes and towns, property designations, installers, the
  digging contractor's orgnr, clearing and account numbers, messages naming people, case numbers shaped like a
  personnummer failing its check, ``fritt_falt_2`` a co-owner);
* ``SAPSD.ZTK_SPLATKY``: an Ostrava mobile operator's SAP-style table of handset instalment sales (``NACHN`` with
  female forms, ``VORNA``, ``GBDAT`` as ``DATS`` with ``00000000`` for none, ``GBORT``, the rodné číslo encoding the
  row's birth date and sex with and without the slash (``ZZRODCIS``), identity card numbers (``ZZCISOP``), ``STRAS``,
  ``PSTLZ``, ``ORT01``, ``TELF1``, ``SMTP_ADDR``, the IBAN and ``KOINH``, materials and IMEIs, ``STCD1`` the IČO of
  business buyers, ``ERNAM``, ``ZZPOLE2`` the guarantor's rodné číslo);
* ``dolasim.yurtdisiPaketSatislari``: an Istanbul operator's roaming package sales and bill-shock notices (Turkish:
  T.C. kimlik no, passports of foreign subscribers mostly NULL, birth dates as ``dd.mm.yyyy`` text, the billing
  address, ``ilce`` and postcodes, visited countries and operators, corporate lines' VKN, representatives, references
  of eleven digits failing the T.C. kimlik check, the refund IBAN mostly NULL, ``ozelAlan2`` a phone, an e-mail or a
  name by row);
* ``お客様窓口.問い合わせ履歴``: a Sendai MVNO's customer-care inquiry history (Japanese column names: names in kanji and
  their katakana reading, birth dates as ``YYYY/MM/DD`` text, postcodes, addresses from the prefecture down, driving
  licence numbers, inquiries naming family members, staff by family name, refund bank accounts, corporate numbers,
  the proxy mostly ``なし``, updaters' logins, the web form's IP, ``自由項目2`` a landline).

Written **blind**, like v2 to v83: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog, history or notes, only the list of kind names and their docstrings
(``governance_dagster/kinds.py``), how the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the
*structure* and labeling conventions of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test,
``tests/heldout_support.py``), the module docstrings of v24 to v83 (only the first paragraph of most; v46's, v68's and
v83's in full, to avoid their organisations and follow their labeling conventions), the ``Column``/``Table`` classes
and writer they build on (``heldout_v2.py``, ``heldout_v4.py``), the ruff section of ``pyproject.toml`` and the
sources of python-stdnum and phonenumbers. The classifier was not run on this set while it was written, no scorer was
run on it, and no score of any set was looked at: nothing here was adjusted to what the classifier does. It was
written under a short deadline, so some labels below are quick decisions rather than settled conventions. It imports
no earlier set's value module: its random source, name lists (central Pennsylvania, Yorkshire, Western Australia,
Nova Scotia, central Uganda, Dublin, southern Arizona, the Klang Valley with Malay, Chinese and Indian names and
foreign workers', Piedmont, Pernambuco, Pomerania with female family-name forms, Västerbotten, Moravia-Silesia with
female forms, Istanbul and Sendai in kanji and katakana), streets, towns, postal codes and identifier builders are its
own (:mod:`benchmarks.classification.heldout_v85_values`; the generic ``Gen`` helpers were copied from v27's, the
phone maker rewritten to draw from several leading digits per numbering plan).

What is new against v2 to v83: earlier sets touched telecom (v25 a mobile operator's subscribers and call records,
v30 a Mexican mobile operator, v32 a Spanish telco's customer events, v33 a Slovak telecom, v35 a telecom's usage
file, v37 and v46 SIM registrations, v46 an Ontario operator's rated call records and Dutch FTTH connections, v68 a
Minnesota port-out log, a Jamaican top-up log, a South African RICA register, Brisbane SIM swaps, a Tampa cable
installer and a Portuguese fibre availability form); every organisation and most shapes here are new: a rural
telephone company's AS/400 fibre orders, an MVNO's care tickets, an Australian broadband retailer's installations, a
Canadian carrier's device financing, a Ugandan SIM-registration staging table, Irish port-in requests, cross-border
roaming CDRs with CNAM, a Malaysian prepaid registration COBOL file, Italian postpaid contracts, Brazilian top-ups,
Polish porting requests, a Swedish municipal fibre network's orders, a Czech SAP table of handset instalments,
Turkish roaming packages and Japanese care inquiries.

* legacy extracts (tag ``legacy``; ``padded`` for fixed-width CHAR values, ``int_date`` for dates kept as numbers or
  ``DATS`` text, ``numeric_id`` for an SSN, phones, an MSISDN and postal codes kept as numbers, ``zero_missing`` where
  0 or ``00000000`` means missing);
* decoys (tag ``decoy``; ``value_shape`` when shaped like an identifier or a personal value): work-order, service
  order, agreement, ticket, port, case, invoice and NSU numbers, tracking numbers, location ids, CLLI codes, property
  designations, dealer TINs and SSM numbers, BSB, clearing and bank codes, packages, tariffs, materials and devices
  (tag ``product_name``), IMEIs, ICCIDs, IMSIs, ONT serials and MACs (tag ``device``), cell ids, PLMNs and trunk groups
  (tag ``network``), the cell sites' coordinates (tag ``coordinates``), file hashes (tag ``hashed``), app versions
  (tag ``version``), payment tokens (tag ``tokenized``), cards' last four digits (tag ``partial``), event and contract
  dates (tag ``event_date``), join keys, canned notice texts, states, provinces, counties and districts;
* decoys with check digits (tag ``check_digit``, all ``none``, also ``business`` for companies): UK VAT numbers, ABNs,
  Canadian BNs, Irish VAT numbers, partite IVA, CNPJ, NIP, orgnr, IČO, VKN and Japanese corporate numbers; IMEIs and
  ICCIDs (Luhn, tag ``device``); decoys shaped like personal numbers that fail their check (tag ``value_shape``):
  work orders against the SSN, port references against the PPSN, NSUs against the CPF, case numbers against the PESEL
  and the personnummer, references against the T.C. kimlik no;
* identifiers with check digits (python-stdnum): the US SSN (a number), the Canadian SIN and the PPSN (``ssn``); the
  MyKad number (birth date and sex), codice fiscale (name, birth date and birthplace), CPF, PESEL (birth date and
  sex), personnummer, rodné číslo (birth date and sex) and T.C. kimlik no (``national_id``); the Polish identity card
  (its check digit written out here, python-stdnum has no module for it: ``national_id``); without a check digit:
  Pennsylvania and Western Australian driving licences, the Ugandan NIN, Italian identity cards, driving licences
  and passports, Czech identity cards, Japanese driving licences and foreign passports (``national_id``); Irish,
  Italian, Polish, Czech and Turkish IBANs; card numbers kept in clear (Luhn); phones of the United States, Mexico,
  Canada, the United Kingdom, Australia, Uganda, Ireland, Malaysia, Italy, Brazil, Poland, Sweden, Czechia, Turkey and
  Japan (phonenumbers) in national, international, E.164, dashed, digits-only and MSISDN forms and as numbers; IPv4
  and IPv6.

Tags: ``legacy``, ``padded``, ``int_date``, ``numeric_id``, ``zero_missing``, ``decoy``, ``business``,
``value_shape``, ``check_digit``, ``product_name``, ``coordinates``, ``hashed``, ``version``, ``event_date``,
``join_key``, ``tokenized``, ``device``, ``network``, ``partial``, ``bank_account``, ``null_heavy``,
``nullword_heavy``, ``placeholder``, ``staff``, ``role_word``, ``username``, ``audit``, ``service_account``,
``opaque``, ``prefixed``, ``misleading``, ``mixed_kinds``, ``locality``, ``abbrev``, ``dob_text``, ``premises``.

Labeling choices a reader may question:

* following ``kinds.py``, social-security and social-insurance numbers are ``ssn``: the US SSN, the SIN and the PPSN;
  tax and citizen numbers (codice fiscale, CPF, PESEL, personnummer, rodné číslo, T.C. kimlik no, MyKad, the Ugandan
  NIN), identity cards, driving licences and passports are ``national_id``; ``PP-ID-NO`` (a MyKad number or a
  foreign worker's passport by row) is ``national_id``; the guarantor's rodné číslo in ``ZZPOLE2`` is
  ``national_id`` (tags ``opaque``, ``misleading``);
* IMEIs, IMSIs, ICCIDs, ONT serials and MACs are ``none`` (they name a device or a SIM, as v46 and v68 labeled them);
  the served MSISDN and the calling, called and redirecting numbers of a call record are ``phone`` (v46's rule),
  whichever country they belong to; a data session's PDP address and a household's static WAN IP are
  ``ip_address``; cell ids, PLMNs, trunks and the sites' coordinates are ``none``;
* an NBN-style location id, a Swedish property designation and a CLLI code are ``none`` (they name a premises or an
  exchange in the operator's or the land registry's numbering, like the supply points of v46 and v68); the
  installation and service addresses of homes are ``street_address`` (tag ``premises``);
* a person's domestic bank account (``bankAccountNo``, ``kontonummer``, ``口座番号``) is ``unclassified`` (tag
  ``bank_account``) as v49 to v83 labeled them; IBANs are ``iban``; BSB, clearing and bank codes are ``none``;
* a middle initial (``FOMINI``), given names kept apart (``src_crm_col04``) and staff kept by first name
  (``addetto_vendite``, ``atendente``) are ``first_name``; the family name at birth (``pole_dodatkowe_2``) and staff
  kept by family name (``担当者``) are ``last_name``; ``LAST, FIRST`` technicians, names as on the MyKad, names in
  kanji and their katakana reading, the CNAM (``attr_7``), the account holder (``KOINH``, ``intestatario_conto``), the
  co-signer, the co-owner, the gift sender, proxies and powers of attorney are ``person_name``;
* street lines kept apart (``FOSAD2``, ``PP-ADDR-LINE-2``, ``ADDR_LN2``, ``nr_domu``, ``UnitNumber``) and the SIM's
  delivery address in ``campo_libero_2`` are ``street_address``; suburbs and ``ilce`` are ``city`` (tag
  ``locality``), and so are birthplaces (``comune_nascita``, ``GBORT``); states, provinces, counties, districts,
  ``provincia`` and ``wojewodztwo`` are ``none``;
* stores, shops, dealers, donor and visited operators, service providers and contractors, their addresses, phones and
  company numbers are ``none`` (tag ``business``);
* descriptions, notes, messages and inquiries naming people are ``free_text``; ``src_crm_col17`` and ``ozelAlan2`` (a
  phone, an e-mail or a name by row) are ``free_text`` (tag ``mixed_kinds``); canned notice texts and categories are
  ``none``;
* ``FOUDF2``, ``misc_2``, ``PP-USER-FLD-2`` and ``自由項目2`` hold phones, ``udf03`` and ``CODE`` e-mail addresses,
  ``User2``, ``attr_7``, ``campoLivre2`` and ``fritt_falt_2`` names (tags ``opaque``, ``misleading``); their
  neighbours hold route, SLA, promo, dealer, campaign, channel, source and area codes, document types and trunk groups
  (``none``);
* logins, AS/400 user profiles and the SAP ``ERNAM`` are ``unclassified`` (tag ``username``); the AS/400 program, the
  loader's batch and the mediation job are ``none`` (tag ``service_account``);
* placeholders (``XXX``, ``test@example.com``, ``000-000-000``) leave their column's kind; dates of birth kept as
  numbers, ``DATS`` or text keep ``date_of_birth``, with 0 or ``00000000`` for missing; an SSN, phones, an MSISDN and
  postal codes kept as numbers keep their kind.

Labeling rules otherwise as v27 (see :mod:`benchmarks.classification.heldout_v27`): a business's address, phone,
postal code, city and contact are ``none`` (tag ``business``); ``null_heavy`` means 50-95% NULL, ``nullword_heavy``
70-95% NULL words or blanks. Rows per table: 450 to 1,500.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets, towns
and postal codes of :mod:`benchmarks.classification.heldout_v85_values`, written for v85 (no Faker, no list of real
people, no breach data). Build: ``python -m benchmarks.classification.heldout_v85 [PATH]`` (default
``/tmp/heldout_v85.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v85``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v85_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v85_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v85.duckdb")

DECOY = "decoy"
BUSINESS = "business"  # a business's name, address, phone, tax number or shop (none)
LEGACY = "legacy"  # a column of an AS/400, SAP-style or COBOL extract
PADDED = "padded"  # fixed-width CHAR values padded with blanks
INT_DATE = "int_date"  # a date kept as a YYYYMMDD or CYYMMDD number or as DATS text
NUMERIC = "numeric_id"  # an SSN, a phone or a postal code kept as a number
ZERO = "zero_missing"  # 0 (or 00000000) stands for missing
SHAPE = "value_shape"  # shaped like an identifier or a personal value (none)
CHECK = "check_digit"  # a business's number passing its check digit (none)
PRODUCT = "product_name"
COORD = "coordinates"
HASHED = "hashed"
VERSION = "version"
EVENT = "event_date"
KEY = "join_key"
TOKEN = "tokenized"
CREDENTIAL = "credential"
BANK = "bank_account"  # a person's domestic bank account number (unclassified)
HEAVY = "null_heavy"  # 50-95% NULL
NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings, placeholders and blanks
PLACEHOLDER = "placeholder"  # a personal column some of whose cells are placeholders (XXX, 000-000-000, test@...)
STAFF = "staff"  # staff named in a column with 2-8 distinct values
ROLE = "role_word"  # a role word (technician, assignee, holder, attorney, agent ...) holding people
USER = "username"
AUDIT = "audit"
SERVICE = "service_account"  # an audit column holding batch programs, jobs or channels (none)
OPAQUE = "opaque"  # a custom field whose name says nothing (misc_2, udf03, User2, CODE, ZZPOLE2, 自由項目2 ...)
PREFIXED = "prefixed"  # a staging table's source-numbered column (src_crm_col01 ...)
MISLEADING = "misleading"  # the name says nothing or something else: the values are personal
MIXED = "mixed_kinds"  # a phone, an e-mail or a name by row (free_text)
LOCALITY = "locality"  # a suburb, a district or a birthplace labeled city
ABBREV = "abbrev"
DOB_TEXT = "dob_text"  # a birth date kept as text
PREMISES = "premises"  # a person's home named as an installation or service address
DEVICE = "device"  # an IMEI, IMSI, ICCID, MAC or ONT serial (none)
NETWORK = "network"  # a cell id, a PLMN or a trunk (none)
PARTIAL = "partial"  # the last four digits of a card (none)


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "n/a", "NULL") + extra


def _staff(g: Gen, n: int, make: Callable[[Gen], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _logins(g: Gen, n: int, country: str, style: int) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.login(*v.person(g, country), style))
    return sorted(out)


def _dirty(g: Gen, values: list, share: float, placeholders: list[str]) -> list:
    """``values`` with ``share`` of the non-NULL cells replaced by a placeholder (a NULL word of the set)."""
    return [g.rnd.choice(placeholders) if x is not None and g.rnd.random() < share else x for x in values]


def _people(g: Gen, country: str, lo: int = 1940, hi: int = 2006) -> list[tuple[str, str, date, bool]]:
    """(given name, family name, birth date, female) per row."""
    out = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        first, last = v.person(g, country, female)
        out.append((first, last, g.birth(lo, hi), female))
    return out


# -- legacy extracts: an AS/400 file, a COBOL copybook's file, an SAP-style table --------------------------------------


def pa_fibre_orders(g: Gen) -> Table:
    """A central Pennsylvania rural telephone company's AS/400 fibre installation orders (file ``FOINSTP``, prefix
    ``FO``): padded upper-case names, the middle initial, the SSN for the credit check as a number (0 for none), the
    birth date as ``CYYMMDD``, the service address in two lines, ZIP and phones as numbers, a Pennsylvania driving
    licence, order and install dates as numbers, the ONT serial, the technician, install notes naming people,
    ``FOUDF2`` an alternate phone beside ``FOUDF1`` a route code, the user profile and program that wrote the row, the
    exchange's CLLI code."""
    people = _people(g, "pa", 1938, 2004)
    towns = [g.rnd.choice(v.PA_TOWNS) for _ in range(g.rows)]

    def tech(x: Gen) -> str:
        a, b = v.person(x, "pa")
        return f"{b.upper()}, {a.upper()}"

    techs = _staff(g, 5, tech)
    profiles = _logins(g, 4, "pa", 2)

    def note() -> str | None:
        if g.rnd.random() < 0.45:
            return None
        wife, son = v.person(g, "pa", True)[0].upper(), v.person(g, "pa", False)[0].upper()
        return g.rnd.choice([f"CALL {wife} (WIFE) BEFORE ARRIVAL", "DOG IN YARD - BEWARE",
                             "DROP FROM POLE 14 TO NE CORNER", f"SON {son} WILL BE HOME",
                             "BURIED DROP NEEDS LOCATE PA1CALL", f"NEIGHBOR {v.whole(g, 'pa').upper()} HAS KEY",
                             "ONT IN BASEMENT NEXT TO PANEL"])

    def line2() -> str:
        return g.rnd.choice([f"LOT {g.rnd.randint(1, 60)}", f"APT {g.rnd.randint(1, 9)}{g.rnd.choice('AB')}",
                             f"RR 2 BOX {g.rnd.randint(10, 400)}"])

    order_days = g.days("2024-01-02", "2025-11-28")
    return Table("CPTELDTA.FOINSTP", "en", "screaming", [
        c("FOWONO", N, "DECIMAL(9,0)", [int(v.not_ssn(g)) for _ in range(g.rows)], DECOY, SHAPE, LEGACY),
        c("FOACCT", N, "CHAR(10)", [f"48{g.digits(8)}" for _ in range(g.rows)], DECOY, KEY, LEGACY),
        c("FOLNAM", "last_name", "CHAR(20)", [v.pad(p[1].upper(), 20) for p in people], LEGACY, PADDED),
        c("FOFNAM", "first_name", "CHAR(15)", [v.pad(p[0].upper(), 15) for p in people], LEGACY, PADDED),
        c("FOMINI", "first_name", "CHAR(1)", [v.pad(g.rnd.choice("ABCDEFGJKLMRSTW") if g.rnd.random() < 0.7 else "",
                                                   1) for _ in range(g.rows)], LEGACY, PADDED, ABBREV),
        c("FOSSN", "ssn", "DECIMAL(9,0)", [int(v.us_ssn(g)) if g.rnd.random() < 0.8 else 0 for _ in range(g.rows)],
          LEGACY, NUMERIC, ZERO),
        c("FOBDAT", "date_of_birth", "DECIMAL(7,0)", [v.cyymmdd(p[2]) if g.rnd.random() < 0.95 else 0
                                                      for p in people], LEGACY, INT_DATE, ZERO),
        c("FOSADR", "street_address", "CHAR(30)", [v.pad(v.pa_street(g), 30) for _ in range(g.rows)], LEGACY,
          PADDED, PREMISES),
        c("FOSAD2", "street_address", "CHAR(30)", [v.pad(line2() if g.rnd.random() < 0.16 else "", 30)
                                                   for _ in range(g.rows)], LEGACY, PADDED, NULLWORD, PREMISES),
        c("FOCITY", "city", "CHAR(20)", [v.pad(t[0], 20) for t in towns], LEGACY, PADDED),
        c("FOSTAT", N, "CHAR(2)", ["PA"] * g.rows, DECOY, LEGACY),
        c("FOZIP", "postal_code", "DECIMAL(5,0)", [g.rnd.choice(t[1]) if g.rnd.random() < 0.97 else 0 for t in towns],
          LEGACY, NUMERIC, ZERO),
        c("FOHPHN", "phone", "DECIMAL(10,0)", [g.phone("PA", "int", False) if g.rnd.random() < 0.55 else 0
                                               for _ in range(g.rows)], LEGACY, NUMERIC, ZERO),
        c("FOCPHN", "phone", "DECIMAL(10,0)", [g.phone("PA", "int") if g.rnd.random() < 0.85 else 0
                                               for _ in range(g.rows)], LEGACY, NUMERIC, ZERO),
        c("FOEMAL", "email", "CHAR(40)", [v.pad(v.email_of(g, p[0], p[1], v.DOMAINS["pa"]).upper()
                                                if g.rnd.random() < 0.75 else "", 40) for p in people], LEGACY, PADDED),
        c("FODLNO", "national_id", "CHAR(8)", [v.pad(g.digits(8) if g.rnd.random() < 0.6 else "", 8)
                                               for _ in range(g.rows)], LEGACY, PADDED),
        c("FOORDT", N, "DECIMAL(7,0)", [v.cyymmdd(d) for d in order_days], DECOY, EVENT, INT_DATE, LEGACY),
        c("FOINDT", N, "DECIMAL(8,0)", [v.yyyymmdd(d + timedelta(days=g.rnd.randint(5, 60)))
                                        if g.rnd.random() < 0.75 else 0 for d in order_days], DECOY, EVENT, INT_DATE,
          ZERO, LEGACY),
        c("FOPKG", N, "CHAR(8)", [v.pad(g.rnd.choice(["FIB1G", "FIB500", "FIB300", "DSL25", "FIB1GTV"]), 8)
                                  for _ in range(g.rows)], DECOY, PRODUCT, LEGACY, PADDED),
        c("FOONTS", N, "CHAR(12)", [v.pad("ALCL" + g.code("xxxxxxxx").upper(), 12) for _ in range(g.rows)],
          DECOY, DEVICE, SHAPE, LEGACY),
        c("FOTECH", "person_name", "CHAR(20)", [v.pad(g.rnd.choice(techs), 20) for _ in range(g.rows)], STAFF, ROLE,
          LEGACY, PADDED),
        c("FONOTE", "free_text", "CHAR(60)", [v.pad(note(), 60) for _ in range(g.rows)], LEGACY, PADDED),
        c("FOUDF1", N, "CHAR(10)", [v.pad(g.rnd.choice(["RT22-A", "RT45-C", "RT550-B", "RT26-D"]), 10)
                                    for _ in range(g.rows)], DECOY, OPAQUE, LEGACY, PADDED),
        c("FOUDF2", "phone", "CHAR(12)", [v.pad(g.phone("PA", "digits", g.rnd.random() < 0.6)
                                                if g.rnd.random() < 0.55 else "", 12) for _ in range(g.rows)], OPAQUE,
          MISLEADING, LEGACY, PADDED),
        c("FOCRUS", USERNAME, "CHAR(10)", [v.pad(g.rnd.choice(profiles).upper()[:10], 10) for _ in range(g.rows)],
          USER, AUDIT, LEGACY, PADDED),
        c("FOCRPG", N, "CHAR(10)", [v.pad(g.rnd.choice(["FOR100", "FOR100", "FOBATCH2"]), 10)
                                    for _ in range(g.rows)], DECOY, SERVICE, AUDIT, LEGACY, PADDED),
        c("FOEXCH", N, "CHAR(8)", [v.pad(g.rnd.choice(["PHBGPAXA", "BLFNPAXB", "TYRNPAXA", "HNTGPAXA"]), 8)
                                   for _ in range(g.rows)], DECOY, SHAPE, LEGACY),
    ])


def my_prepaid_registrations(g: Gen) -> Table:
    """A Klang Valley mobile operator's prepaid SIM registration extract in a COBOL copybook's layout (hyphenated
    names, ``PP-`` prefix): the MSISDN as a number (0 for none), the ICCID, the identity document's type and number
    (MyKad numbers encoding the row's birth date and sex, passports of foreign workers), the full name as on the
    document (upper case, ``BIN``/``BINTI``, ``A/L``/``A/P``), the birth date as a ``YYYYMMDD`` number, gender and
    nationality, two address lines, the postcode as a number, city and state, the dealer and its SSM number, the
    registration date, the registering agent, ``PP-USER-FLD-2`` an alternate MSISDN beside ``PP-USER-FLD-1`` a
    campaign code."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        born = g.birth(1950, 2006)
        local = g.rnd.random() < 0.82
        if local:
            doc = ("NRIC", v.my_nric(g, born, female), "MYS", v.my_name(g, female))
        else:
            nat = g.rnd.choice(["IDN", "BGD", "NPL", "MMR"])
            number = {"IDN": g.code("A9999999"), "BGD": g.code("AA9999999"), "NPL": g.code("99999999"),
                      "MMR": g.code("MA999999")}[nat]
            males, females = {"IDN": (["AGUS SETIAWAN", "BUDI SANTOSO"], ["SRI WAHYUNI", "DEWI LESTARI"]),
                              "BGD": (["MD RAFIQUL ISLAM", "ABDUL KARIM"], ["NASRIN AKTER", "SHAHIDA BEGUM"]),
                              "NPL": (["RAM BAHADUR THAPA", "SURESH GURUNG"], ["SITA MAGAR", "GITA TAMANG"]),
                              "MMR": (["AUNG KYAW", "ZAW MIN"], ["THIDA HTWE", "KHIN MAR"])}[nat]
            doc = ("PASSPORT", number, nat, g.rnd.choice(females if female else males))
        rows.append((female, born, doc))
    towns = [g.rnd.choice(v.MY_TOWNS) for _ in range(g.rows)]
    agents = _staff(g, 6, lambda x: v.my_name(x, x.rnd.random() < 0.5))
    dealers = ["SYARIKAT TELEKOMUNIKASI MAJU", "KEDAI HANDPHONE SRI GOMBAK", "MEGA PREPAID CENTRE SDN BHD",
               "TELEFON AMAN ENTERPRISE", "PUSAT RELOAD SS2"]
    return Table("PPREGDB.SUBREG-EXTRACT", "en", "screaming", [
        c("PP-REC-TYPE", N, "CHAR(2)", ["01"] * g.rows, DECOY, LEGACY),
        c("PP-MSISDN", "phone", "DECIMAL(12,0)", [g.phone("MY", "msisdn_int") if g.rnd.random() < 0.97 else 0
                                                  for _ in range(g.rows)], LEGACY, NUMERIC, ZERO),
        c("PP-ICCID", N, "CHAR(20)", [v.pad(v.iccid(g, "60"), 20) for _ in range(g.rows)], DECOY, DEVICE, SHAPE,
          LEGACY),
        c("PP-ID-TYPE", N, "CHAR(8)", [v.pad(r[2][0], 8) for r in rows], DECOY, LEGACY, PADDED),
        c("PP-ID-NO", "national_id", "CHAR(20)", [v.pad(r[2][1], 20) for r in rows], LEGACY, PADDED),
        c("PP-FULL-NAME", "person_name", "CHAR(60)", [v.pad(r[2][3], 60) for r in rows], LEGACY, PADDED),
        c("PP-DOB", "date_of_birth", "DECIMAL(8,0)", [v.yyyymmdd(r[1]) if g.rnd.random() < 0.96 else 0 for r in rows],
          LEGACY, INT_DATE, ZERO),
        c("PP-GENDER", N, "CHAR(1)", ["F" if r[0] else "M" for r in rows], DECOY, LEGACY),
        c("PP-NATIONALITY", N, "CHAR(3)", [r[2][2] for r in rows], DECOY, LEGACY),
        c("PP-ADDR-LINE-1", "street_address", "CHAR(40)", [v.pad(f"NO {g.rnd.randint(1, 120)}, "
                                                                 f"{g.rnd.choice(v.MY_STREETS)}", 40)
                                                           for _ in range(g.rows)], LEGACY, PADDED),
        c("PP-ADDR-LINE-2", "street_address", "CHAR(40)", [v.pad(g.rnd.choice(v.MY_AREAS) if g.rnd.random() < 0.7
                                                                 else "", 40) for _ in range(g.rows)], LEGACY, PADDED),
        c("PP-POSTCODE", "postal_code", "DECIMAL(5,0)", [g.rnd.choice(t[1]) if g.rnd.random() < 0.95 else 0
                                                         for t in towns], LEGACY, NUMERIC, ZERO),
        c("PP-CITY", "city", "CHAR(20)", [v.pad(t[0], 20) for t in towns], LEGACY, PADDED),
        c("PP-STATE", N, "CHAR(20)", [v.pad(t[2], 20) for t in towns], DECOY, LEGACY, PADDED),
        c("PP-DEALER-CODE", N, "CHAR(8)", [v.pad(g.code("DL99999"), 8) for _ in range(g.rows)], DECOY, LEGACY),
        c("PP-DEALER-NAME", N, "CHAR(40)", [v.pad(g.rnd.choice(dealers), 40) for _ in range(g.rows)], BUSINESS,
          LEGACY, PADDED),
        c("PP-DEALER-SSM-NO", N, "CHAR(12)", [v.pad(f"20{g.rnd.randint(10, 23)}01{g.digits(6)}", 12)
                                              for _ in range(g.rows)], BUSINESS, SHAPE, LEGACY),
        c("PP-REG-DATE", N, "DECIMAL(8,0)", [v.yyyymmdd(g.day("2023-01-01", "2025-11-30")) for _ in range(g.rows)],
          DECOY, EVENT, INT_DATE, LEGACY),
        c("PP-AGENT-NAME", "person_name", "CHAR(30)", [v.pad(g.rnd.choice(agents), 30) for _ in range(g.rows)], STAFF,
          ROLE, LEGACY, PADDED),
        c("PP-USER-FLD-1", N, "CHAR(10)", [v.pad(g.rnd.choice(["RAYA25", "MERDEKA", "STUDENT", ""]), 10)
                                           for _ in range(g.rows)], DECOY, OPAQUE, LEGACY, PADDED),
        c("PP-USER-FLD-2", "phone", "CHAR(12)", [v.pad(g.phone("MY", "msisdn") if g.rnd.random() < 0.5 else "", 12)
                                                 for _ in range(g.rows)], OPAQUE, MISLEADING, LEGACY, PADDED),
    ])


def cz_sap_instalments(g: Gen) -> Table:
    """An Ostrava mobile operator's SAP-style custom table of handset instalment sales (``ZTK_SPLATKY``, SAP's German
    field abbreviations and Czech Z-fields): sales document and customer numbers, ``NACHN`` (female forms in -ová),
    ``VORNA``, ``GBDAT`` as ``DATS`` text (``00000000`` for none), ``GBORT``, the rodné číslo encoding the row's birth
    date and sex (``ZZRODCIS``), the identity card number (``ZZCISOP``), ``STRAS``, ``PSTLZ``, ``ORT01``, ``TELF1``,
    ``SMTP_ADDR``, the IBAN and its holder ``KOINH``, the handset's material, text and IMEI, the price, the number of
    instalments, ``STCD1`` the IČO of business buyers, ``ERNAM`` and ``ERDAT``, ``ZZPOLE2`` the guarantor's rodné
    číslo beside ``ZZPOLE1`` a promotion code."""
    people = _people(g, "cz", 1954, 2006)
    towns = [g.rnd.choice(v.CZ_TOWNS) for _ in range(g.rows)]
    users = [u.upper()[:12] for u in _logins(g, 5, "cz", 4)]
    phones = [("Apple iPhone 16 128GB", "TEL-IPH16-128"), ("Samsung Galaxy S25 256GB", "TEL-SGS25-256"),
              ("Xiaomi Redmi Note 14", "TEL-XRN14-128"), ("Google Pixel 9", "TEL-PIX9-128"),
              ("Motorola edge 50", "TEL-MOT50-256")]
    handset = [g.rnd.choice(phones) for _ in range(g.rows)]
    business = [g.rnd.random() < 0.4 for _ in range(g.rows)]

    def holder(p: tuple) -> str:
        if g.rnd.random() < 0.8:
            return f"{p[0]} {p[1]}"
        return v.whole(g, "cz")

    ibans = [v.iban(g, "CZ") if g.rnd.random() < 0.7 else None for _ in range(g.rows)]

    def guarantor() -> str:
        female = g.rnd.random() < 0.5
        return v.cz_rodne_cislo(g, g.birth(1955, 1990), female, g.rnd.random() < 0.5)

    return Table("SAPSD.ZTK_SPLATKY", "cs", "screaming", [
        c("VBELN", N, "CHAR(10)", [f"{40_000_000 + i * 7:010d}" for i in range(g.rows)], DECOY, KEY, LEGACY),
        c("KUNNR", N, "CHAR(10)", [f"{g.rnd.randint(1_000_000, 1_999_999):010d}" for _ in range(g.rows)], DECOY, KEY,
          LEGACY),
        c("NACHN", "last_name", "CHAR(40)", [v.pad(p[1], 40) for p in people], LEGACY, PADDED),
        c("VORNA", "first_name", "CHAR(40)", [v.pad(p[0], 40) for p in people], LEGACY, PADDED),
        c("GBDAT", "date_of_birth", "CHAR(8)", [p[2].strftime("%Y%m%d") if g.rnd.random() < 0.93 else "00000000"
                                                for p in people], LEGACY, INT_DATE, ZERO),
        c("GBORT", "city", "CHAR(40)", [v.pad(g.rnd.choice(v.CZ_TOWNS)[0] if g.rnd.random() < 0.6 else "", 40)
                                        for _ in people], LEGACY, PADDED, LOCALITY),
        c("ZZRODCIS", "national_id", "CHAR(11)", [v.pad(v.cz_rodne_cislo(g, p[2], p[3], g.rnd.random() < 0.6), 11)
                                                  for p in people], LEGACY, PADDED),
        c("ZZCISOP", "national_id", "CHAR(9)", [v.pad(g.digits(9) if g.rnd.random() < 0.85 else "", 9)
                                                for _ in people], LEGACY, PADDED),
        c("STRAS", "street_address", "CHAR(60)", [v.pad(v.cz_street(g), 60) for _ in range(g.rows)], LEGACY, PADDED),
        c("PSTLZ", "postal_code", "CHAR(10)", [v.pad(g.rnd.choice(t[1]), 10) for t in towns], LEGACY, PADDED),
        c("ORT01", "city", "CHAR(40)", [v.pad(t[0], 40) for t in towns], LEGACY, PADDED),
        c("LAND1", N, "CHAR(3)", [v.pad("CZ", 3)] * g.rows, DECOY, LEGACY, PADDED),
        c("TELF1", "phone", "CHAR(30)", [v.pad(g.phone("CZ", g.rnd.choice(["national", "intl", "e164"]),
                                                       g.rnd.random() < 0.9), 30) for _ in range(g.rows)], LEGACY,
          PADDED),
        c("SMTP_ADDR", "email", "CHAR(241)", [v.email_of(g, p[0], p[1], v.DOMAINS["cz"]) if g.rnd.random() < 0.85
                                              else "" for p in people], LEGACY),
        c("IBAN", "iban", "CHAR(34)", [v.pad(x, 34) for x in ibans], LEGACY, PADDED),
        c("KOINH", "person_name", "CHAR(60)", [v.pad(holder(p) if x else "", 60) for p, x in zip(people, ibans)],
          ROLE, LEGACY, PADDED),
        c("MATNR", N, "CHAR(18)", [v.pad(h[1], 18) for h in handset], DECOY, PRODUCT, LEGACY, PADDED),
        c("ARKTX", N, "CHAR(40)", [v.pad(h[0], 40) for h in handset], DECOY, PRODUCT, LEGACY, PADDED),
        c("SERNR", N, "CHAR(18)", [v.pad(v.imei(g), 18) for _ in range(g.rows)], DECOY, DEVICE, CHECK, SHAPE, LEGACY,
          PADDED),
        c("NETWR", N, "DECIMAL(15,2)", g.amounts(3_990, 32_990), DECOY, LEGACY),
        c("ANZRA", N, "DECIMAL(3,0)", g.col(g.pick([12, 20, 24, 36])), DECOY, LEGACY),
        c("STCD1", N, "CHAR(16)", [v.pad(v.cz_ico(g) if b else "", 16) for b in business], BUSINESS, CHECK, LEGACY,
          PADDED),
        c("ERNAM", USERNAME, "CHAR(12)", [v.pad(g.rnd.choice(users), 12) for _ in range(g.rows)], USER, AUDIT, LEGACY,
          PADDED),
        c("ERDAT", N, "CHAR(8)", [g.day("2024-01-01", "2025-11-30").strftime("%Y%m%d") for _ in range(g.rows)],
          DECOY, EVENT, INT_DATE, LEGACY),
        c("ZZPOLE1", N, "CHAR(10)", [v.pad(g.rnd.choice(["AKCE24", "BF2025", "VANOCE", "", "STUDENT"]), 10)
                                     for _ in range(g.rows)], DECOY, OPAQUE, LEGACY, PADDED),
        c("ZZPOLE2", "national_id", "CHAR(11)", [v.pad(guarantor() if g.rnd.random() < 0.45 else "", 11)
                                                 for _ in range(g.rows)], OPAQUE, MISLEADING, LEGACY, PADDED),
    ])


# -- English: Yorkshire, Western Australia, Nova Scotia, Uganda, Ireland, Arizona --------------------------------------


def yk_care_tickets(g: Gen) -> Table:
    """A Leeds MVNO's customer-care tickets (abbreviated snake case): the subscriber's MSISDN, ``cust_fnm`` and
    ``cust_lnm`` (some ``XXX``), e-mail (some ``test@example.com``), ``ctc_ph``, ``addr_ln1``, town and postcode, the
    birth date asked for verification, category, the description naming people, the assignee, times, the web form's
    IP, ``misc_2`` a callback number beside ``misc_1`` an SLA tier, the power-of-attorney holder (mostly ``N/A``), the
    store and its phone, SME accounts' VAT numbers, the closing agent's login."""
    people = _people(g, "yk", 1940, 2007)
    towns = [g.rnd.choice(v.YK_TOWNS) for _ in range(g.rows)]
    agents = _staff(g, 6, lambda x: v.whole(x, "yk"))
    closers = _logins(g, 5, "yk", 1)
    stores = [("Briggate", "0113 496 0412"), ("Kirkgate Bradford", "01274 496 018"), ("Coppergate York",
                                                                                      "01904 496 233"),
              ("Frenchgate Doncaster", "01302 496 771")]
    store = [g.rnd.choice(stores) if g.rnd.random() < 0.35 else (None, None) for _ in range(g.rows)]

    def description(p: tuple) -> str:
        return g.rnd.choice([
            f"Customer says roaming charges in Spain were wrong, spoke to {p[0]} directly.",
            f"Lost phone, wants SIM blocked. Husband {v.person(g, 'yk', False)[0]} also on the account.",
            "PAC requested, retention offer declined.",
            f"No signal at home since mast works. Neighbour {v.whole(g, 'yk')} has same issue.",
            "Bill higher than expected, explained out-of-bundle data.",
            f"Called on behalf of her mum {' '.join(v.person(g, 'yk', True))}, POA on file.",
        ])

    return Table("care_desk.tickets", "en", "snake", [
        c("ticket_id", N, "BIGINT", g.keys(500_001), DECOY, KEY),
        c("ticket_ref", N, "VARCHAR", [f"YT-{g.rnd.randint(2024, 2025)}-{g.digits(6)}" for _ in range(g.rows)],
          DECOY, SHAPE),
        c("acct_no", N, "VARCHAR", [f"MV{g.digits(8)}" for _ in range(g.rows)], DECOY, KEY, ABBREV),
        c("msisdn", "phone", "VARCHAR", g.phones("GB", {"msisdn": 0.8, "e164": 0.2}), ABBREV),
        c("cust_fnm", "first_name", "VARCHAR", [p[0] for p in people], ABBREV),
        c("cust_lnm", "last_name", "VARCHAR", _dirty(g, [p[1] for p in people], 0.03, ["XXX"]), ABBREV, PLACEHOLDER),
        c("cust_email", "email", "VARCHAR", _dirty(g, [v.email_of(g, p[0], p[1], v.DOMAINS["yk"])
                                                       if g.rnd.random() < 0.9 else None for p in people], 0.03,
                                                   ["test@example.com", "noreply@example.com"]), PLACEHOLDER),
        c("ctc_ph", "phone", "VARCHAR", g.phones("GB", {"national": 0.7, "intl": 0.3}, 0.6, 0.2), ABBREV),
        c("addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.yk_street(g), 0.1), ABBREV),
        c("addr_town", "city", "VARCHAR", [t[0] for t in towns], ABBREV),
        c("post_cd", "postal_code", "VARCHAR", [v.yk_postcode(g, t[1]) for t in towns], ABBREV),
        c("dob_verif", "date_of_birth", "DATE", [p[2] if g.rnd.random() < 0.7 else None for p in people], ABBREV),
        c("category", N, "VARCHAR", g.col(g.pick(["Billing", "Roaming charges", "PAC request", "No signal",
                                                  "Lost or stolen", "Handset fault"])), DECOY),
        c("description", "free_text", "VARCHAR", [description(p) for p in people]),
        c("assignee", "person_name", "VARCHAR", g.col(g.pick(agents), 0.05), STAFF, ROLE),
        c("created_at", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), DECOY, EVENT),
        c("web_form_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.35), 0.45)),
        c("misc_1", N, "VARCHAR", g.col(g.pick(["GOLD", "STD", "STD", "VIP"])), DECOY, OPAQUE),
        c("misc_2", "phone", "VARCHAR", g.phones("GB", {"national": 0.6, "digits": 0.4}, 0.7, 0.4), OPAQUE,
          MISLEADING),
        c("poa_holder_nm", "person_name", "VARCHAR", g.sparse(lambda: v.whole(g, "yk"), 0.86, ("N/A", "n/a", "", "-")),
          ROLE, NULLWORD, ABBREV),
        c("store_nm", N, "VARCHAR", [s[0] for s in store], BUSINESS),
        c("store_ph", N, "VARCHAR", [s[1] for s in store], BUSINESS),
        c("sme_vat_no", N, "VARCHAR", g.col(lambda: v.gb_vat(g), 0.6), BUSINESS, CHECK),
        c("closed_by", USERNAME, "VARCHAR", g.col(g.pick(closers), 0.3), USER, AUDIT),
    ])


def wa_install_appointments(g: Gen) -> Table:
    """A Perth hills and Wheatbelt broadband retailer's installation appointments for fibre and fixed-wireless
    services (camel case): the appointment and service order, the location id (``LOC``), the customer's names,
    birth date and WA driver's licence, mobile and home phones, e-mail, the service address, suburb and postcode, the
    appointment date, the technician, the modem's tracking number, the router's MAC, the static WAN IP, the
    direct-debit BSB (``none``) and account (``unclassified``), business customers' ABN, ``udf03`` a second contact's
    e-mail beside ``udf04`` a promo code, access notes naming people."""
    people = _people(g, "wa", 1940, 2006)
    towns = [g.rnd.choice(v.WA_TOWNS) for _ in range(g.rows)]
    techs = _staff(g, 5, lambda x: v.whole(x, "wa"))
    biz = [g.rnd.random() < 0.45 for _ in range(g.rows)]
    debit = [g.rnd.random() < 0.6 for _ in range(g.rows)]

    def notes() -> str:
        return g.rnd.choice(["Gate code 4471, dogs inside", f"Tenant {v.whole(g, 'wa')} will let tech in",
                             "Existing NTD in garage", f"Call {v.given(g, 'wa')} 30 min before, works nights",
                             "Long driveway, 4WD only after rain", "Fixed wireless: antenna on north gable"])

    return Table("svb_ops.installAppointments", "en", "camel", [
        c("appointmentId", N, "VARCHAR", g.col(g.uuid), DECOY, KEY),
        c("serviceOrderNo", N, "VARCHAR", [f"SO{g.digits(9)}" for _ in range(g.rows)], DECOY, SHAPE),
        c("locId", N, "VARCHAR", [f"LOC{g.digits(12)}" for _ in range(g.rows)], DECOY, SHAPE),
        c("customerFirstName", "first_name", "VARCHAR", [p[0] for p in people]),
        c("customerSurname", "last_name", "VARCHAR", [p[1] for p in people]),
        c("dateOfBirth", "date_of_birth", "DATE", [p[2] for p in people]),
        c("driversLicenceNo", "national_id", "VARCHAR", g.col(lambda: g.digits(7), 0.3)),
        c("mobileNo", "phone", "VARCHAR", g.phones("AU", {"national": 0.6, "intl": 0.2, "digits": 0.2}, 1.0, 0.05)),
        c("homePhone", "phone", "VARCHAR", g.phones("AU", {"national": 1.0}, 0.0, 0.72), HEAVY),
        c("emailAddress", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["wa"]) for p in people]),
        c("serviceAddressLine1", "street_address", "VARCHAR", g.col(lambda: v.wa_street(g)), PREMISES),
        c("suburb", "city", "VARCHAR", [t[0] for t in towns], LOCALITY),
        c("postcode", "postal_code", "VARCHAR", [t[1] for t in towns]),
        c("modemTrackingNo", N, "VARCHAR", g.col(lambda: g.code("2JD9999999999"), 0.25), DECOY, SHAPE),
        c("appointmentDate", N, "DATE", g.days("2025-03-01", "2026-01-31"), DECOY, EVENT),
        c("technicianName", "person_name", "VARCHAR", g.col(g.pick(techs)), STAFF, ROLE),
        c("routerMac", N, "VARCHAR", g.col(lambda: v.mac(g)), DECOY, DEVICE, SHAPE),
        c("wanIpAddress", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.4)),
        c("bsb", N, "VARCHAR", [f"{g.rnd.choice(['086', '016', '066', '036', '306'])}-{g.digits(3)}" if d else None
                                for d in debit], DECOY, SHAPE),
        c("bankAccountNo", USERNAME, "VARCHAR", [g.digits(g.rnd.choice([8, 9])) if d else None for d in debit], BANK),
        c("businessAbn", N, "VARCHAR", [v.au_abn(g) if b else None for b in biz], BUSINESS, CHECK),
        c("udf03", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "wa"), v.DOMAINS["wa"]), 0.45),
          OPAQUE, MISLEADING),
        c("udf04", N, "VARCHAR", g.col(g.pick(["HILLS50", "NBNSWITCH", "SENIORS", "FW-PROMO"]), 0.3), DECOY, OPAQUE),
        c("accessNotes", "free_text", "VARCHAR", g.col(notes, 0.35)),
    ])


def ns_device_financing(g: Gen) -> Table:
    """A Halifax regional wireless carrier's device financing agreements (Pascal case): the agreement, the
    customer's given name and surname, the SIN for the credit check (some ``000-000-000``), birth date, mobile and
    alternate phones, e-mail, street address and unit, municipality, province and postal code, the device and its IMEI,
    the financed amount, the card on file and its last four digits, the store and its address, the sales rep, the
    dealer's business number, ``User2`` the co-signer beside ``User1`` a dealer code, the approver's login."""
    people = _people(g, "ns", 1940, 2006)
    towns = [g.rnd.choice(v.NS_TOWNS) for _ in range(g.rows)]
    reps = _staff(g, 5, lambda x: v.whole(x, "ns"))
    approvers = _logins(g, 4, "ns", 0)
    cards = [v.card(g) if g.rnd.random() < 0.6 else None for _ in range(g.rows)]

    def sin() -> str:
        number = v.ca_sin(g)
        return g.rnd.choice([number, f"{number[:3]} {number[3:6]} {number[6:]}",
                             f"{number[:3]}-{number[3:6]}-{number[6:]}"])

    stores = [("Mic Mac Mall kiosk", "21 Micmac Blvd, Dartmouth"), ("Truro Mall store", "245 Robie St, Truro"),
              ("Mayflower Mall store", "800 Grand Lake Rd, Sydney"),
              ("Bayers Lake store", "210 Chain Lake Dr, Halifax")]
    store = [g.rnd.randrange(len(stores)) for _ in range(g.rows)]
    return Table("BluenoseWireless.DeviceFinancingAgreements", "en", "pascal", [
        c("AgreementId", N, "INTEGER", g.keys(70_001), DECOY, KEY),
        c("AgreementNumber", N, "VARCHAR", [f"DFA-{g.digits(7)}" for _ in range(g.rows)], DECOY, SHAPE),
        c("CustomerGivenName", "first_name", "VARCHAR", [p[0] for p in people]),
        c("CustomerSurname", "last_name", "VARCHAR", [p[1] for p in people]),
        c("SocialInsuranceNumber", "ssn", "VARCHAR", _dirty(g, g.col(sin, 0.3), 0.04, ["000-000-000", "000 000 000"]),
          PLACEHOLDER),
        c("BirthDate", "date_of_birth", "DATE", [p[2] for p in people]),
        c("MobileNumber", "phone", "VARCHAR", g.phones("NS", {"national": 0.6, "dashes": 0.2, "e164": 0.2})),
        c("AlternatePhone", "phone", "VARCHAR", g.phones("NS", {"national": 1.0}, 0.3, 0.65), HEAVY),
        c("EmailAddress", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["ns"]) for p in people]),
        c("StreetAddress", "street_address", "VARCHAR", [f"{g.rnd.randint(1, 3999)} {g.rnd.choice(v.NS_STREETS)}"
                                                         for _ in range(g.rows)]),
        c("UnitNumber", "street_address", "VARCHAR", g.col(lambda: f"Apt {g.rnd.randint(101, 1210)}", 0.75), HEAVY),
        c("Municipality", "city", "VARCHAR", [t[0] for t in towns]),
        c("Province", N, "VARCHAR", ["NS"] * g.rows, DECOY),
        c("PostalCode", "postal_code", "VARCHAR", [v.ns_postcode(g, t[1]) for t in towns]),
        c("DeviceModel", N, "VARCHAR", g.col(g.pick(["Pixel 9 128GB", "iPhone 16 256GB", "Galaxy S25 128GB",
                                                     "moto g 5G"])), DECOY, PRODUCT),
        c("DeviceImei", N, "VARCHAR", g.col(lambda: v.imei(g)), DECOY, DEVICE, CHECK, SHAPE),
        c("FinancedAmount", N, "DECIMAL(9,2)", g.amounts(240, 1_800), DECOY),
        c("CardOnFile", "credit_card", "VARCHAR", cards),
        c("CardLast4", N, "VARCHAR", [x[-4:] if x else None for x in cards], DECOY, PARTIAL),
        c("StoreName", N, "VARCHAR", [stores[n][0] for n in store], BUSINESS),
        c("StoreAddress", N, "VARCHAR", [stores[n][1] for n in store], BUSINESS),
        c("SalesRep", "person_name", "VARCHAR", g.col(g.pick(reps)), STAFF, ROLE),
        c("DealerBusinessNumber", N, "VARCHAR", g.col(lambda: v.ca_bn(g)), BUSINESS, CHECK),
        c("User1", N, "VARCHAR", g.col(g.pick(["D-0412", "D-0577", "D-0903"])), DECOY, OPAQUE),
        c("User2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ns"), 0.6), OPAQUE, MISLEADING, HEAVY, ROLE),
        c("ApprovedBy", USERNAME, "VARCHAR", g.col(g.pick(approvers)), USER, AUDIT),
        c("CreatedOn", N, "TIMESTAMP", g.moments("2024-06-01", "2025-11-30"), DECOY, EVENT),
    ])


def ug_crm_staging(g: Gen) -> Table:
    """A Kampala mobile operator's CRM staging table of SIM registrations and re-verifications, with source-numbered
    columns (``src_crm_col01`` to ``src_crm_col18``) and loader columns: the MSISDN, surname and given names, the NIN
    (encoding the sex and birth year), the birth date as ``dd/mm/yyyy`` text, sex, the physical address, town and
    district, ICCID and IMSI, the registering agent, the dealer and its TIN, the e-mail (mostly ``N/A``),
    ``src_crm_col17`` an alternate contact (a phone, an e-mail or a name by row) and ``src_crm_col18`` the document
    type."""
    people = _people(g, "ug", 1950, 2007)
    towns = [g.rnd.choice(v.UG_TOWNS) for _ in range(g.rows)]
    agents = _staff(g, 6, lambda x: v.whole(x, "ug"))
    dealers = [("Nakasero Phone Centre", g.digits(10)), ("Kikuubo Airtime Traders", g.digits(10)),
               ("Ntinda Mobile World", g.digits(10)), ("Gulu Connect Shop", g.digits(10))]
    dealer = [g.rnd.choice(dealers) for _ in range(g.rows)]

    def contact() -> str:
        roll = g.rnd.random()
        if roll < 0.45:
            return g.phone("UG", g.rnd.choice(["msisdn", "national"]))
        if roll < 0.7:
            return v.email_of(g, *v.person(g, "ug"), v.DOMAINS["ug"])
        return v.whole(g, "ug")

    return Table("stg_crm.src_crm_sim_registrations", "en", "snake", [
        c("src_crm_col01", N, "VARCHAR", [f"REG{g.digits(9)}" for _ in range(g.rows)], DECOY, KEY, PREFIXED),
        c("src_crm_col02", "phone", "VARCHAR", g.phones("UG", {"msisdn": 0.85, "national": 0.15}), PREFIXED),
        c("src_crm_col03", "last_name", "VARCHAR", [p[1].upper() for p in people], PREFIXED),
        c("src_crm_col04", "first_name", "VARCHAR", [p[0] for p in people], PREFIXED),
        c("src_crm_col05", "national_id", "VARCHAR", [v.ug_nin(g, p[2], p[3]) if g.rnd.random() < 0.93 else None
                                                      for p in people], PREFIXED),
        c("src_crm_col06", "date_of_birth", "VARCHAR", [p[2].strftime("%d/%m/%Y") for p in people], PREFIXED,
          DOB_TEXT),
        c("src_crm_col07", N, "VARCHAR", ["F" if p[3] else "M" for p in people], DECOY, PREFIXED),
        c("src_crm_col08", "street_address", "VARCHAR", g.col(lambda: f"Plot {g.rnd.randint(1, 480)}, "
                                                              f"{g.rnd.choice(v.UG_STREETS)}", 0.15), PREFIXED),
        c("src_crm_col09", "city", "VARCHAR", [t[0] for t in towns], PREFIXED),
        c("src_crm_col10", N, "VARCHAR", [t[1] for t in towns], DECOY, PREFIXED),
        c("src_crm_col11", N, "VARCHAR", g.col(lambda: v.iccid(g, "256")), DECOY, DEVICE, CHECK, PREFIXED),
        c("src_crm_col12", N, "VARCHAR", g.col(lambda: "641" + g.rnd.choice(["01", "10", "11"]) + g.digits(10)),
          DECOY, DEVICE, PREFIXED),
        c("src_crm_col13", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF, ROLE, PREFIXED),
        c("src_crm_col14", N, "VARCHAR", [d[0] for d in dealer], BUSINESS, PREFIXED),
        c("src_crm_col15", N, "VARCHAR", [d[1] for d in dealer], BUSINESS, SHAPE, PREFIXED),
        c("src_crm_col16", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["ug"]) if g.rnd.random() < 0.18
                                                else g.rnd.choice(["N/A", "n/a", "", "NONE"]) for p in people],
          NULLWORD, PREFIXED),
        c("src_crm_col17", "free_text", "VARCHAR", g.col(contact, 0.3), MIXED, OPAQUE, PREFIXED),
        c("src_crm_col18", N, "VARCHAR", g.col(g.pick(["NID", "NID", "NID", "PASSPORT", "REFUGEE_ID"])), DECOY,
          OPAQUE, PREFIXED),
        c("_loaded_at", N, "TIMESTAMP", g.moments("2025-11-01", "2025-11-30"), DECOY, EVENT),
        c("_batch_id", N, "VARCHAR", g.col(g.pick([f"crm_sim_reg_202511{d:02d}" for d in (3, 10, 17, 24)])), DECOY,
          SERVICE),
    ])


def ie_port_in_requests(g: Gen) -> Table:
    """A Dublin MVNO's number port-in requests (SCREAMING case): the request and its reference (seven digits and a
    letter failing the PPSN check), the number to port, the donor operator and account, the account holder's names
    and birth date, the PPSN for bill-pay credit vetting, two address lines, town, county and Eircode, e-mail, an
    alternate phone, the direct-debit IBAN, the port date and status, the agent's login, ``CODE`` the e-billing
    address beside ``REF`` a campaign code, the company VAT number and the person authorised to port a business
    number (mostly NULL)."""
    people = _people(g, "ie", 1940, 2007)
    towns = [g.rnd.choice(v.IE_TOWNS) for _ in range(g.rows)]
    agents = [x.upper() for x in _logins(g, 5, "ie", 0)]
    biz = [g.rnd.random() < 0.4 for _ in range(g.rows)]
    return Table("PORTING.PORT_IN_REQUESTS", "en", "screaming", [
        c("PORT_REQ_ID", N, "BIGINT", g.keys(310_001), DECOY, KEY),
        c("PORT_REF", N, "VARCHAR", g.col(lambda: v.not_ppsn(g)), DECOY, SHAPE),
        c("MSISDN_TO_PORT", "phone", "VARCHAR", g.phones("IE", {"e164": 0.5, "national": 0.3, "msisdn": 0.2})),
        c("DONOR_OPERATOR", N, "VARCHAR", g.col(g.pick(["Emerald Mobile", "Shannon Telecom", "Liffey Wireless",
                                                        "Atlantic Mobile"])), BUSINESS),
        c("DONOR_ACCT_NO", N, "VARCHAR", g.col(lambda: g.digits(10), 0.3), DECOY, SHAPE),
        c("ACCT_HOLDER_FNM", "first_name", "VARCHAR", [p[0] for p in people], ROLE, ABBREV),
        c("ACCT_HOLDER_LNM", "last_name", "VARCHAR", [p[1] for p in people], ROLE, ABBREV),
        c("ACCT_HOLDER_DOB", "date_of_birth", "DATE", [p[2] for p in people]),
        c("PPSN", "ssn", "VARCHAR", g.col(lambda: v.ie_ppsn(g), 0.45)),
        c("ADDR_LN1", "street_address", "VARCHAR", [f"{g.rnd.randint(1, 180)} {g.rnd.choice(v.IE_STREETS)}"
                                                    for _ in range(g.rows)], ABBREV),
        c("ADDR_LN2", "street_address", "VARCHAR", [g.rnd.choice(v.IE_AREAS) for _ in range(g.rows)], ABBREV),
        c("TOWN", "city", "VARCHAR", [t[0] for t in towns]),
        c("COUNTY", N, "VARCHAR", g.col(g.pick(v.IE_COUNTIES)), DECOY),
        c("EIRCODE", "postal_code", "VARCHAR", [v.ie_eircode(g, t[1]) for t in towns]),
        c("CONTACT_EMAIL", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["ie"]) for p in people]),
        c("ALT_CONTACT_PH", "phone", "VARCHAR", g.phones("IE", {"national": 1.0}, 0.5, 0.6), HEAVY),
        c("DD_IBAN", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IE", g.rnd.random() < 0.5), 0.45)),
        c("REQUESTED_PORT_DT", N, "DATE", g.days("2025-01-01", "2025-12-15"), DECOY, EVENT),
        c("PORT_STATUS", N, "VARCHAR", g.col(g.pick(["COMPLETED", "COMPLETED", "REJECTED", "PENDING"])), DECOY),
        c("AGENT_LOGIN", USERNAME, "VARCHAR", g.col(g.pick(agents), 0.2), USER, AUDIT),
        c("CODE", "email", "VARCHAR", g.col(lambda: v.email_of(g, *v.person(g, "ie"), v.DOMAINS["ie"]), 0.4), OPAQUE,
          MISLEADING),
        c("REF", N, "VARCHAR", g.col(g.pick(["SIMO-25", "BYO-12", "FAMILY3", "STUDENT"])), DECOY, OPAQUE),
        c("COMPANY_VAT", N, "VARCHAR", [v.ie_vat(g) if b else None for b in biz], BUSINESS, CHECK),
        c("AUTH_PERSON_NM", "person_name", "VARCHAR", [v.whole(g, "ie") if b and g.rnd.random() < 0.5 else None
                                                       for b in biz], ROLE, HEAVY, ABBREV),
    ])


def az_roaming_cdr(g: Gen) -> Table:
    """A Tucson regional wireless carrier's call detail records, its own subscribers roaming in Sonora and Mexican
    visitors roaming on its network (snake case): the record id and type, the served MSISDN, IMSI and IMEI, the
    calling, called and redirecting numbers, the start and duration, the cell and the site's coordinates, the visited
    PLMN, the PDP address of data sessions, the charge, the subscriber's billing ZIP, ``attr_7`` the caller name
    (CNAM) beside ``attr_8`` a trunk group, the mediation job and the file's hash."""
    types = [g.rnd.choice(["MOC", "MOC", "MTC", "SMS-MO", "SMS-MT", "GPRS", "GPRS"]) for _ in range(g.rows)]
    visitor = [g.rnd.random() < 0.25 for _ in range(g.rows)]
    sites = [(f"AZ-TUS-{g.digits(3)}", round(32.2 + g.rnd.uniform(-0.9, 0.3), 6),
              round(-110.9 + g.rnd.uniform(-0.7, 0.6), 6)) for _ in range(30)]
    site = [g.rnd.choice(sites) for _ in range(g.rows)]
    towns = [g.rnd.choice(v.AZ_TOWNS) for _ in range(g.rows)]

    def served(vis: bool) -> str:
        return g.phone("MX", "msisdn") if vis else g.phone("AZ", "msisdn")

    def other() -> str:
        return g.phone(g.rnd.choice(["AZ", "AZ", "MX", "PA"]), g.rnd.choice(["e164", "msisdn"]))

    def cnam() -> str | None:
        if g.rnd.random() < 0.4:
            return None
        a, b = v.person(g, "az")
        return f"{b.upper()} {a[0].upper()}"[:15]

    return Table("cdr_lake.roaming_voice_sms_records", "en", "snake", [
        c("cdr_id", N, "VARCHAR", g.col(g.uuid), DECOY, KEY),
        c("record_type", N, "VARCHAR", types, DECOY),
        c("served_msisdn", "phone", "VARCHAR", [served(x) for x in visitor]),
        c("served_imsi", N, "VARCHAR", ["334020" + g.digits(9) if x else "310" + g.rnd.choice(["260", "410", "120"])
                                        + g.digits(9) for x in visitor], DECOY, DEVICE),
        c("served_imei", N, "VARCHAR", g.col(lambda: v.imei(g), 0.1), DECOY, DEVICE, CHECK, SHAPE),
        c("calling_number", "phone", "VARCHAR", [None if t == "GPRS" else other() for t in types]),
        c("called_number", "phone", "VARCHAR", [None if t == "GPRS" else other() for t in types]),
        c("redirecting_number", "phone", "VARCHAR", [other() if t in ("MTC", "MOC") and g.rnd.random() < 0.25 else None
                                                     for t in types], HEAVY),
        c("event_start", N, "TIMESTAMP", g.moments("2025-10-01", "2025-10-31"), DECOY, EVENT),
        c("duration_sec", N, "INTEGER", [0 if t.startswith("SMS") else g.rnd.randint(1, 3600) for t in types], DECOY),
        c("cell_id", N, "VARCHAR", [s[0] for s in site], DECOY, NETWORK),
        c("site_lat", N, "DOUBLE", [s[1] for s in site], DECOY, COORD),
        c("site_lon", N, "DOUBLE", [s[2] for s in site], DECOY, COORD),
        c("visited_plmn", N, "VARCHAR", ["310260" if x else g.rnd.choice(["334020", "334050", "310260"])
                                         for x in visitor], DECOY, NETWORK),
        c("pdp_ip_address", "ip_address", "VARCHAR", [g.ip(0.5) if t == "GPRS" and g.rnd.random() < 0.95 else None
                                                      for t in types], HEAVY),
        c("charge_usd", N, "DECIMAL(9,4)", g.amounts(0, 4.5), DECOY),
        c("billing_zip", "postal_code", "VARCHAR", [None if x else str(g.rnd.choice(t[1]))
                                                    for x, t in zip(visitor, towns)]),
        c("attr_7", "person_name", "VARCHAR", [cnam() for _ in range(g.rows)], OPAQUE, MISLEADING),
        c("attr_8", N, "VARCHAR", g.col(g.pick(["TG-NOG-04", "TG-TUS-11", "TG-PHX-02"])), DECOY, OPAQUE, NETWORK),
        c("mediation_job", N, "VARCHAR", g.col(g.pick(["med-ingest-02", "med-ingest-05"])), DECOY, SERVICE, AUDIT),
        c("file_sha256", N, "VARCHAR", g.col(g.sha256), DECOY, HASHED),
    ])


# -- Italian, Portuguese (Brazil), Polish, Swedish, Turkish, Japanese --------------------------------------------------


def it_postpaid_contracts(g: Gen) -> Table:
    """A Turin MVNO's postpaid mobile contracts (Italian, snake case): ``nome``, ``cognome``, the codice fiscale
    encoding the row's name, birth date and birthplace, ``data_nascita`` and ``comune_nascita``, the identity
    document's type and number, the residence address, CAP, town and province, the MSISDN, e-mail, the direct-debit
    IBAN and its holder when someone else pays (mostly ``N/D``), the tariff, the ICCID, business customers' partita
    IVA, the sales assistant (first names), ``campo_libero_2`` the SIM's delivery address beside ``campo_libero_1`` a
    channel code, the activation date and the last editor's login."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        first, last = v.person(g, "it", female)
        born = g.birth(1940, 2006)
        place = g.rnd.choice(v.IT_TOWNS)
        rows.append((first, last, born, place, v.it_codice_fiscale(first, last, born, female, place[3])))
    towns = [g.rnd.choice(v.IT_TOWNS) for _ in range(g.rows)]
    doc_types = [g.rnd.choice(["Carta d'identità", "Carta d'identità", "Patente", "Passaporto"])
                 for _ in range(g.rows)]
    staff = _staff(g, 5, lambda x: v.given(x, "it"))
    editors = _logins(g, 5, "it", 1)

    def document(kind: str) -> str:
        if kind == "Patente":
            return g.code("TO9999999A")
        if kind == "Passaporto":
            return g.code("YA9999999")
        return g.code("CA99999AA")

    return Table("telco_abbonamenti.contratti_mobile", "it", "snake", [
        c("id_contratto", N, "BIGINT", g.keys(1_200_001), DECOY, KEY),
        c("nome", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("cognome", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("codice_fiscale", "national_id", "VARCHAR", [r[4] for r in rows]),
        c("data_nascita", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("comune_nascita", "city", "VARCHAR", [r[3][0] for r in rows], LOCALITY),
        c("tipo_documento", N, "VARCHAR", doc_types, DECOY),
        c("numero_documento", "national_id", "VARCHAR", [document(k) for k in doc_types]),
        c("indirizzo_residenza", "street_address", "VARCHAR", g.col(lambda: v.it_street(g))),
        c("cap", "postal_code", "VARCHAR", [g.rnd.choice(t[1]) for t in towns], ABBREV),
        c("citta", "city", "VARCHAR", [t[0] for t in towns]),
        c("provincia", N, "VARCHAR", [t[2] for t in towns], DECOY),
        c("msisdn", "phone", "VARCHAR", g.phones("IT", {"national": 0.5, "intl": 0.3, "e164": 0.2})),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["it"]) for r in rows]),
        c("iban_addebito", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IT", g.rnd.random() < 0.4), 0.35)),
        c("intestatario_conto", "person_name", "VARCHAR", g.sparse(lambda: v.whole(g, "it"), 0.82,
                                                                   ("N/D", "-", "", "nessuno")), ROLE, NULLWORD),
        c("piano_tariffario", N, "VARCHAR", g.col(g.pick(["Giga 150 5G", "Giga 80", "Senior Voce", "Unlimited Pro"])),
          DECOY, PRODUCT),
        c("iccid", N, "VARCHAR", g.col(lambda: v.iccid(g, "39")), DECOY, DEVICE, CHECK),
        c("partita_iva", N, "VARCHAR", g.col(lambda: v.it_piva(g), 0.6), BUSINESS, CHECK),
        c("addetto_vendite", "first_name", "VARCHAR", g.col(g.pick(staff)), STAFF, ROLE),
        c("campo_libero_1", N, "VARCHAR", g.col(g.pick(["CANALE=NEG", "CANALE=WEB", "CANALE=TEL"])), DECOY, OPAQUE),
        c("campo_libero_2", "street_address", "VARCHAR", g.col(lambda: v.it_street(g), 0.55), OPAQUE, MISLEADING,
          HEAVY),
        c("data_attivazione", N, "DATE", g.days("2023-01-01", "2025-11-30"), DECOY, EVENT),
        c("utente_modifica", USERNAME, "VARCHAR", g.col(g.pick(editors)), USER, AUDIT),
    ])


def br_topups(g: Gen) -> Table:
    """A Recife prepaid top-up aggregator's recharge transactions from its app, website and corner shops (Brazilian
    Portuguese, camel case): the NSU (eleven digits failing the CPF check), the topped-up number, the customer's name,
    CPF, e-mail, birth date as ``dd/mm/aaaa`` text, CEP and city (app and site only), the channel and amount, the
    destination operator, the card used on the site and its last four digits, the origin IP, the shop and its CNPJ,
    the attendant (first names), ``campoLivre2`` the gift sender's name beside ``campoLivre1`` a campaign, the time,
    the app version and the payment token."""
    canal = [g.rnd.choice(["APP", "APP", "SITE", "POS", "POS"]) for _ in range(g.rows)]
    people = _people(g, "br", 1950, 2008)
    towns = [g.rnd.choice(v.BR_TOWNS) for _ in range(g.rows)]
    known = [ch != "POS" or g.rnd.random() < 0.2 for ch in canal]
    shops = [("Mercadinho São José", v.br_cnpj(g)), ("Banca do Seu Zé", v.br_cnpj(g)),
             ("Farmácia Boa Vista", v.br_cnpj(g)), ("Lotérica Casa Amarela", v.br_cnpj(g))]
    shop = [g.rnd.choice(shops) if ch == "POS" else (None, None) for ch in canal]
    attendants = _staff(g, 4, lambda x: v.given(x, "br"))
    cards = [v.card(g) if ch == "SITE" and g.rnd.random() < 0.9 else None for ch in canal]
    return Table("recargas_pe.transacoesRecarga", "pt", "camel", [
        c("idTransacao", N, "VARCHAR", g.col(g.uuid), DECOY, KEY),
        c("nsu", N, "VARCHAR", g.col(lambda: v.not_cpf(g)), DECOY, SHAPE),
        c("msisdnRecarga", "phone", "VARCHAR", g.phones("BR", {"national": 0.5, "e164": 0.3, "digits": 0.2})),
        c("nomeCliente", "person_name", "VARCHAR", [f"{p[0]} {p[1]}" if k else None for p, k in zip(people, known)]),
        c("cpfCliente", "national_id", "VARCHAR", [v.br_cpf(g, g.rnd.random() < 0.6) if k and g.rnd.random() < 0.9
                                                   else None for k in known]),
        c("emailCliente", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["br"]) if k and ch != "POS"
                                               else None for p, k, ch in zip(people, known, canal)]),
        c("dataNascimento", "date_of_birth", "VARCHAR", [p[2].strftime("%d/%m/%Y") if k else None
                                                         for p, k in zip(people, known)], DOB_TEXT),
        c("cepCliente", "postal_code", "VARCHAR", [v.br_cep(g, t[1]) if k else None for t, k in zip(towns, known)]),
        c("cidadeCliente", "city", "VARCHAR", [t[0] if k else None for t, k in zip(towns, known)]),
        c("canal", N, "VARCHAR", canal, DECOY),
        c("valorRecarga", N, "DECIMAL(7,2)", g.col(g.pick([10.0, 15.0, 20.0, 30.0, 50.0])), DECOY),
        c("operadoraDestino", N, "VARCHAR", g.col(g.pick(["Maré Móvel", "Frevo Tel", "Capibaribe Celular"])),
          BUSINESS),
        c("cartaoCredito", "credit_card", "VARCHAR", cards, HEAVY),
        c("cartaoFinal", N, "VARCHAR", [x[-4:] if x else g.digits(4) if ch == "APP" else None
                                        for x, ch in zip(cards, canal)], DECOY, PARTIAL),
        c("ipOrigem", "ip_address", "VARCHAR", [g.ip(0.4) if ch != "POS" else None for ch in canal]),
        c("pontoVenda", N, "VARCHAR", [s[0] for s in shop], BUSINESS),
        c("cnpjPontoVenda", N, "VARCHAR", [s[1] for s in shop], BUSINESS, CHECK),
        c("atendente", "first_name", "VARCHAR", g.col(g.pick(attendants), 0.45), STAFF, ROLE),
        c("campoLivre1", N, "VARCHAR", g.col(g.pick(["PROMO-DOBRO", "SAOJOAO25", "INDICA"]), 0.3), DECOY, OPAQUE),
        c("campoLivre2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "br"), 0.6), OPAQUE, MISLEADING, HEAVY),
        c("dataHora", N, "TIMESTAMP", g.moments("2025-06-01", "2025-11-30"), DECOY, EVENT),
        c("versaoApp", N, "VARCHAR", [g.version() if ch == "APP" else None for ch in canal], DECOY, VERSION),
        c("tokenPagamento", N, "VARCHAR", g.col(lambda: v.token(g, "tok_"), 0.3), DECOY, TOKEN),
    ])


def pl_number_porting(g: Gen) -> Table:
    """A Gdańsk MVNO's number porting requests (Polish, snake case): the request and case number (eleven digits
    failing the PESEL check), the ported number, ``imie``, ``nazwisko`` (female forms), PESEL encoding the row's birth
    date and sex, the birth date, the identity card's series and number (its check digit), street, house number,
    postcode, town and voivodeship, e-mail, contact phone, the donor operator, business subscribers' NIP, the proxy
    (mostly ``brak``), the porting date, the consultant, the operator's login, ``pole_dodatkowe_2`` the family name at
    birth beside ``pole_dodatkowe_1`` a source code, the IBAN for the prepaid balance refund (mostly NULL)."""
    people = _people(g, "pl", 1940, 2007)
    towns = [g.rnd.choice(v.PL_TOWNS) for _ in range(g.rows)]
    consultants = _staff(g, 6, lambda x: v.whole(x, "pl"))
    logins = _logins(g, 5, "pl", 3)
    maiden = [v.person(g, "pl", True)[1] if p[3] and g.rnd.random() < 0.7 else None for p in people]
    return Table("przenoszenie_numerow.wnioski_mnp", "pl", "snake", [
        c("id_wniosku", N, "BIGINT", g.keys(88_001), DECOY, KEY),
        c("nr_sprawy", N, "VARCHAR", g.col(lambda: v.not_pesel(g)), DECOY, SHAPE),
        c("numer_przenoszony", "phone", "VARCHAR", g.phones("PL", {"national": 0.6, "intl": 0.2, "e164": 0.2})),
        c("imie", "first_name", "VARCHAR", [p[0] for p in people]),
        c("nazwisko", "last_name", "VARCHAR", [p[1] for p in people]),
        c("pesel", "national_id", "VARCHAR", [v.pl_pesel(g, p[2], p[3]) if g.rnd.random() < 0.95 else None
                                              for p in people]),
        c("data_urodzenia", "date_of_birth", "DATE", [p[2] for p in people]),
        c("seria_nr_dowodu", "national_id", "VARCHAR", g.col(lambda: v.pl_id_card(g), 0.15)),
        c("ulica", "street_address", "VARCHAR", g.col(g.pick(v.PL_STREETS))),
        c("nr_domu", "street_address", "VARCHAR", [f"{g.rnd.randint(1, 140)}{g.rnd.choice(['', '', 'A', 'B'])}"
                                                   + (f"/{g.rnd.randint(1, 60)}" if g.rnd.random() < 0.6 else "")
                                                   for _ in range(g.rows)]),
        c("kod_pocztowy", "postal_code", "VARCHAR", [v.pl_postcode(g, t[1]) for t in towns]),
        c("miejscowosc", "city", "VARCHAR", [t[0] for t in towns]),
        c("wojewodztwo", N, "VARCHAR", ["pomorskie"] * g.rows, DECOY),
        c("email", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["pl"]) if g.rnd.random() < 0.8 else None
                                        for p in people]),
        c("telefon_kontaktowy", "phone", "VARCHAR", g.phones("PL", {"national": 1.0}, 0.6, 0.3)),
        c("operator_oddajacy", N, "VARCHAR", g.col(g.pick(["Bałtyk Mobile", "Wydma Telekom", "Kaszuby GSM"])),
          BUSINESS),
        c("nip_firmy", N, "VARCHAR", g.col(lambda: v.pl_nip(g), 0.6), BUSINESS, CHECK),
        c("pelnomocnik", "person_name", "VARCHAR", g.sparse(lambda: v.whole(g, "pl"), 0.85, ("brak", "-", "")),
          ROLE, NULLWORD),
        c("data_przeniesienia", N, "DATE", g.days("2025-01-01", "2025-12-20"), DECOY, EVENT),
        c("konsultant", "person_name", "VARCHAR", g.col(g.pick(consultants)), STAFF, ROLE),
        c("login_operatora", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
        c("pole_dodatkowe_1", N, "VARCHAR", g.col(g.pick(["WWW", "SALON", "KURIER"])), DECOY, OPAQUE),
        c("pole_dodatkowe_2", "last_name", "VARCHAR", maiden, OPAQUE, MISLEADING, HEAVY),
        c("iban_zwrot", "iban", "VARCHAR", g.col(lambda: v.iban(g, "PL", g.rnd.random() < 0.6), 0.75), HEAVY),
    ])


def se_fibre_orders(g: Gen) -> Table:
    """An Umeå-region municipal open fibre network's villa connection orders (Swedish, snake case): the order and its
    case number (shaped like a personnummer, failing its check), the personnummer, ``fornamn``, ``efternamn``, the
    installation address (the home), postcode and town, the property designation (``none``), mobile and e-mail, the
    chosen service provider and service, the fee, the digging date, the installer, the digging contractor's orgnr,
    clearing number (``none``) and account number (``unclassified``) for the payment plan, the message naming people,
    ``fritt_falt_2`` a co-owner's name beside ``fritt_falt_1`` an area code, the creating login."""
    people = [(p, v.se_personnummer(g, p[2])) for p in _people(g, "se", 1935, 2005)]
    towns = [g.rnd.choice(v.SE_TOWNS) for _ in range(g.rows)]
    installers = _staff(g, 4, lambda x: v.whole(x, "se"))
    logins = _logins(g, 4, "se", 4)
    plan = [g.rnd.random() < 0.56 for _ in range(g.rows)]

    def message() -> str:
        return g.rnd.choice(["Ring innan ni gräver, hunden är lös", f"Grannen {v.whole(g, 'se')} delar schakt",
                             "Fasadbox på norra gaveln", f"Kontakta min sambo {v.given(g, 'se')} dagtid",
                             "Tomten är nyasfalterad, var försiktiga"])

    return Table("stadsnat_umea.fiberbestallningar", "sv", "snake", [
        c("bestallning_id", N, "BIGINT", g.keys(20_001), DECOY, KEY),
        c("arende_nr", N, "VARCHAR", g.col(lambda: v.not_personnummer(g)), DECOY, SHAPE),
        c("personnummer", "national_id", "VARCHAR", [x for _, x in people]),
        c("fornamn", "first_name", "VARCHAR", [p[0] for p, _ in people]),
        c("efternamn", "last_name", "VARCHAR", [p[1] for p, _ in people]),
        c("installationsadress", "street_address", "VARCHAR", [f"{g.rnd.choice(v.SE_STREETS)} {g.rnd.randint(1, 90)}"
                                                               for _ in range(g.rows)], PREMISES),
        c("postnummer", "postal_code", "VARCHAR", [f"{g.rnd.choice(t[1])} {g.digits(2)}" for t in towns], PREMISES),
        c("postort", "city", "VARCHAR", [t[0] for t in towns]),
        c("fastighetsbeteckning", N, "VARCHAR", [f"{t[0].upper()} {g.rnd.choice(['TEG', 'BRÄNNLAND', 'SÖRFORS'])} "
                                                 f"{g.rnd.randint(1, 40)}:{g.rnd.randint(1, 120)}" for t in towns],
          DECOY, SHAPE),
        c("mobilnummer", "phone", "VARCHAR", g.phones("SE", {"national": 0.6, "e164": 0.25, "intl": 0.15}, 0.9,
                                                       0.05)),
        c("epost", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["se"]) for p, _ in people]),
        c("tjansteleverantor", N, "VARCHAR", g.col(g.pick(["Norrsken Bredband", "Vindeln Net", "Älvdalen Fiber AB"])),
          BUSINESS),
        c("tjanst", N, "VARCHAR", g.col(g.pick(["Bredband 1000/1000", "Bredband 250/250", "Bredband + IP-TV"])),
          DECOY, PRODUCT),
        c("anslutningsavgift", N, "INTEGER", g.col(g.pick([19_900, 24_900, 29_900])), DECOY),
        c("gravning_klar", N, "DATE", g.days("2025-04-15", "2025-10-31", 0.3), DECOY, EVENT),
        c("installator", "person_name", "VARCHAR", g.col(g.pick(installers)), STAFF, ROLE),
        c("entreprenor_orgnr", N, "VARCHAR", g.col(g.pick([v.se_orgnr(g) for _ in range(3)])), BUSINESS, CHECK),
        c("clearingnummer", N, "VARCHAR", [g.rnd.choice(["8327-9", "6152", "5390", "3300"]) if p else None
                                           for p in plan], DECOY, SHAPE),
        c("kontonummer", USERNAME, "VARCHAR", [g.digits(g.rnd.choice([7, 9, 10])) if p else None for p in plan], BANK),
        c("meddelande", "free_text", "VARCHAR", g.sparse(message, 0.5, ("", "-"))),
        c("fritt_falt_1", N, "VARCHAR", g.col(g.pick(["OMR-TEG", "OMR-HOLM", "OMR-VNS"])), DECOY, OPAQUE),
        c("fritt_falt_2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "se"), 0.55), OPAQUE, MISLEADING, HEAVY),
        c("skapad_av", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
    ])


def tr_roaming_packages(g: Gen) -> Table:
    """An Istanbul mobile operator's roaming package sales and bill-shock notices (Turkish, camel case): the sale id and
    invoice number, the MSISDN, ``ad`` and ``soyad``, the T.C. kimlik no, the passport of foreign subscribers (mostly
    NULL), birth date as ``dd.mm.yyyy`` text, e-mail, the package, the visited country and operator, the amount, the
    billing address, ``ilce`` and postcode, corporate lines' VKN, the canned notice text, the representative,
    ``ozelAlan2`` a phone, an e-mail or a name by row beside ``ozelAlan1`` a campaign code, the refund IBAN (mostly
    NULL), the sale time and a reference of eleven digits failing the T.C. kimlik check."""
    people = _people(g, "tr", 1945, 2006)
    districts = [g.rnd.choice(v.TR_DISTRICTS) for _ in range(g.rows)]
    foreign = [g.rnd.random() < 0.12 for _ in range(g.rows)]
    reps = _staff(g, 5, lambda x: v.whole(x, "tr"))

    def mixed() -> str:
        roll = g.rnd.random()
        if roll < 0.4:
            return g.phone("TR", g.rnd.choice(["national", "e164"]))
        if roll < 0.7:
            return v.email_of(g, *v.person(g, "tr"), v.DOMAINS["tr"])
        return v.whole(g, "tr")

    return Table("dolasim.yurtdisiPaketSatislari", "tr", "camel", [
        c("satisId", N, "BIGINT", g.keys(6_000_001), DECOY, KEY),
        c("faturaNo", N, "VARCHAR", [f"FTR{g.rnd.randint(2025, 2025)}{g.digits(9)}" for _ in range(g.rows)], DECOY,
          SHAPE),
        c("referansNo", N, "VARCHAR", g.col(lambda: v.not_tckimlik(g)), DECOY, SHAPE),
        c("msisdn", "phone", "VARCHAR", g.phones("TR", {"msisdn": 0.6, "national": 0.4})),
        c("ad", "first_name", "VARCHAR", [p[0] for p in people]),
        c("soyad", "last_name", "VARCHAR", [p[1] for p in people]),
        c("tcKimlikNo", "national_id", "VARCHAR", [None if f else v.tr_tckimlik(g) for f in foreign]),
        c("pasaportNo", "national_id", "VARCHAR", [g.code(g.rnd.choice(["C99999999", "AA9999999", "U99999999"]))
                                                   if f else None for f in foreign], HEAVY),
        c("dogumTarihi", "date_of_birth", "VARCHAR", [p[2].strftime("%d.%m.%Y") for p in people], DOB_TEXT),
        c("ePosta", "email", "VARCHAR", [v.email_of(g, p[0], p[1], v.DOMAINS["tr"]) if g.rnd.random() < 0.85 else None
                                         for p in people]),
        c("paketAdi", N, "VARCHAR", g.col(g.pick(["Avrupa 10 GB", "Dünya 5 GB", "Balkanlar 3 GB", "Gemi ve Uçak"])),
          DECOY, PRODUCT),
        c("ziyaretEdilenUlke", N, "VARCHAR", g.col(g.pick(["Almanya", "Yunanistan", "Bulgaristan", "Gürcistan",
                                                           "Hollanda"])), DECOY),
        c("ziyaretEdilenOperator", N, "VARCHAR", g.col(g.pick(["Rheinfunk", "Aigaio Mobile", "Balkan Tel"])),
          BUSINESS),
        c("tutarTL", N, "DECIMAL(9,2)", g.col(g.pick([399.0, 549.0, 799.0, 1_199.0])), DECOY),
        c("faturaAdresi", "street_address", "VARCHAR", g.col(lambda: v.tr_street(g), 0.1)),
        c("ilce", "city", "VARCHAR", [d[0] for d in districts], LOCALITY),
        c("postaKodu", "postal_code", "VARCHAR", [d[1] for d in districts]),
        c("kurumsalVkn", N, "VARCHAR", g.col(lambda: v.tr_vkn(g), 0.6), BUSINESS, CHECK),
        c("bildirimMetni", N, "VARCHAR", g.col(g.pick(["Yurt dışı kullanımınız 500 TL'ye ulaştı.",
                                                       "Paketinizin %80'ini kullandınız.",
                                                       "Yurt dışı paketiniz tanımlandı."])), DECOY),
        c("musteriTemsilcisi", "person_name", "VARCHAR", g.col(g.pick(reps), 0.3), STAFF, ROLE),
        c("ozelAlan1", N, "VARCHAR", g.col(g.pick(["KMP-YAZ25", "KMP-BAYRAM", "KMP-OGRENCI"])), DECOY, OPAQUE),
        c("ozelAlan2", "free_text", "VARCHAR", g.col(mixed, 0.35), OPAQUE, MIXED),
        c("iadeIban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "TR", g.rnd.random() < 0.5), 0.8), HEAVY),
        c("satisZamani", N, "TIMESTAMP", g.moments("2025-05-01", "2025-09-30"), DECOY, EVENT),
    ])


def jp_care_inquiries(g: Gen) -> Table:
    """A Sendai MVNO's customer-care inquiry history (Japanese column names in kanji and katakana): inquiry and
    contract numbers, the phone number, the subscriber's name in kanji and its katakana reading, birth date as
    ``YYYY/MM/DD`` text, postcode and address from the prefecture down, e-mail, the driving licence number checked at
    sign-up, the inquiry type and content naming people, the handling staff (family names), the time, the refund
    bank account (``unclassified``) and bank code, business contracts' corporate number, ``自由項目2`` a landline
    beside ``自由項目1`` a route code, the proxy's name (mostly ``なし``), the updater's login and the web form's IP."""
    people = [(v.jp_person(g), g.birth(1940, 2006)) for _ in range(g.rows)]
    addresses = [v.jp_address(g) for _ in range(g.rows)]
    staff = _staff(g, 5, lambda x: x.rnd.choice(v.JP_FAMILIES)[0])
    logins = _staff(g, 5, lambda x: f"{x.rnd.choice(v.JP_FAMILIES)[2]}_{x.rnd.choice('kmnsty')}")
    refund = [g.rnd.random() < 0.56 for _ in range(g.rows)]

    def content(p: tuple) -> str:
        family = p[0][0].split()[0]
        return g.rnd.choice([f"{family}様より料金についての問い合わせ。明細を郵送済み。",
                             f"奥様の{g.rnd.choice(v.JP_GIVEN[1])[0]}様より代理で連絡あり。",
                             "端末の画面割れ、修理受付。", "MNP予約番号の発行依頼。",
                             f"海外ローミングの設定方法を案内。息子の{g.rnd.choice(v.JP_GIVEN[0])[0]}様同席。",
                             "通信速度が遅いとの申告、基地局工事の影響を説明。"])

    return Table("お客様窓口.問い合わせ履歴", "ja", "native", [
        c("問い合わせ番号", N, "VARCHAR", [f"INQ-{g.digits(8)}" for _ in range(g.rows)], DECOY, KEY),
        c("契約番号", N, "VARCHAR", [f"K{g.digits(9)}" for _ in range(g.rows)], DECOY, KEY),
        c("電話番号", "phone", "VARCHAR", g.phones("JP", {"national": 0.8, "e164": 0.2})),
        c("契約者氏名", "person_name", "VARCHAR", [p[0][0] for p in people]),
        c("契約者カナ", "person_name", "VARCHAR", [p[0][1] for p in people]),
        c("生年月日", "date_of_birth", "VARCHAR", [p[1].strftime("%Y/%m/%d") for p in people], DOB_TEXT),
        c("郵便番号", "postal_code", "VARCHAR", [a[0] for a in addresses]),
        c("住所", "street_address", "VARCHAR", [a[1] for a in addresses]),
        c("連絡先メール", "email", "VARCHAR", [v.email_of(g, p[0][2], g.rnd.choice(["k", "m", "y", "s"]) + str(
            g.rnd.randint(1, 99)), v.DOMAINS["jp"]) if g.rnd.random() < 0.8 else None for p in people]),
        c("運転免許証番号", "national_id", "VARCHAR", g.col(lambda: g.rnd.choice(["22", "21", "20"]) + g.digits(10), 0.45)),
        c("問い合わせ種別", N, "VARCHAR", g.col(g.pick(["料金", "通信障害", "MNP転出", "端末故障", "ローミング"])), DECOY),
        c("問い合わせ内容", "free_text", "VARCHAR", [content(p) for p in people]),
        c("担当者", "last_name", "VARCHAR", g.col(g.pick(staff)), STAFF, ROLE),
        c("受付日時", N, "TIMESTAMP", g.moments("2025-04-01", "2025-11-30"), DECOY, EVENT),
        c("金融機関コード", N, "VARCHAR", [g.rnd.choice(["0128", "0005", "0009", "9900"]) if r else None
                                    for r in refund], DECOY, SHAPE),
        c("口座番号", USERNAME, "VARCHAR", [g.digits(7) if r else None for r in refund], BANK),
        c("法人番号", N, "VARCHAR", g.col(lambda: v.jp_corporate_number(g), 0.65), BUSINESS, CHECK),
        c("自由項目1", N, "VARCHAR", g.col(g.pick(["WEB", "店頭", "電話"])), DECOY, OPAQUE),
        c("自由項目2", "phone", "VARCHAR", g.phones("JP", {"national": 1.0}, 0.0, 0.5), OPAQUE, MISLEADING),
        c("代理人氏名", "person_name", "VARCHAR", g.sparse(lambda: v.jp_person(g)[0], 0.84, ("なし", "", "-")), ROLE,
          NULLWORD),
        c("更新者ID", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT),
        c("接続元IP", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.5)),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (pa_fibre_orders, 620), (yk_care_tickets, 900), (wa_install_appointments, 540), (ns_device_financing, 480),
    (ug_crm_staging, 1_100), (ie_port_in_requests, 700), (az_roaming_cdr, 1_500), (my_prepaid_registrations, 800),
    (it_postpaid_contracts, 650), (br_topups, 1_300), (pl_number_porting, 600), (se_fibre_orders, 450),
    (cz_sap_instalments, 520), (tr_roaming_packages, 800), (jp_care_inquiries, 560),
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
