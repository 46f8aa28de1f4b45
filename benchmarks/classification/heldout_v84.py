"""Held-out set v84 for the column classifier: 15 tables of *public transport and mobility* (transit smart cards and
concession passes, ride-hailing and taxi drivers, bike and scooter share, parking permits and penalty notices,
driving schools, car-sharing members), one system per table and each a different organisation, eight with English
column names (Washington State, Greater Manchester, Auckland, Alberta, Ghana, Wales, Florida and Hong Kong) and seven
in German (Switzerland), French (Québec), Spanish (Argentina), Dutch (Belgium), Danish, Ukrainian (Cyrillic script)
and romanized Japanese (Japanese values). Three are legacy extracts (a COBOL copybook's fixed-width file with
hyphenated names, an AS/400 file with the two-letter field prefix ``PK``, an SAP-style table with SAP's German field
abbreviations): padded CHAR values, dates as ``YYYYMMDD`` and ``CYYMMDD`` numbers and ``DATS`` text, and phones, ZIP
codes and an NHS number kept as numbers with 0 for missing; the others are modern (snake, camel, Pascal and SCREAMING
case, Cyrillic names), with abbreviations (``applicant_fnm``, ``applicant_lnm``, ``ctc_ph``, ``home_addr_ln1``,
``zip_cd``, ``guardian_nm``, ``momo_number``, ``nroDoc``, ``tel_cellulaire``), a staging table with source-numbered
columns (``src_crm_col01`` to ``src_crm_col18``) and opaque custom fields holding personal data (``misc_2``,
``User2``, ``udf03``, ``src_crm_col17``, ``code``, ``CTP-USER-FLD-2``, ``PKUDF2``, ``USER_DEF_2``, ``ZZFELD2``,
``champ_libre_2``, ``campoLibre2``, ``VrijVeld2``, ``frit_felt_2``, ``дод_поле_2``, ``yobi_komoku_2``) beside opaque
fields holding none (``misc_1``, ``User1``, ``udf04``, ``src_crm_col18``, ``ref``, ``CTP-USER-FLD-1``, ``PKUDF1``,
``USER_DEF_1``, ``ZZFELD1``, ``champ_libre_1``, ``campoLibre1``, ``VrijVeld1``, ``frit_felt_1``, ``дод_поле_1``,
``yobi_komoku_1``):

* ``orca_lift.enrollments``: a Puget Sound transit agency's reduced-fare enrollments (ORCA LIFT, the Regional Reduced
  Fare Permit: smart-card serials failing Luhn, applicants' names with some ``XXX``, Washington licence and ID card
  numbers, the SSN for benefit matching mostly NULL with some ``000-00-0000``, two address lines, guardians mostly
  ``N/A``, caseworkers, enrollment sites and their phones, appeal case numbers shaped like an SSN that breaks its
  rules, card order and USPS tracking numbers, ``misc_2`` a second phone);
* ``phlicensing.DriverLicences``: a Greater Manchester council's hackney carriage and private hire driver licences
  (Pascal case: badge numbers, National Insurance numbers with some ``QQ123456C``, DVLA licence numbers encoding the
  row's surname, birth date and sex, DBS certificate numbers, operators with their VAT numbers and phones, licensing
  officers, the refund account mostly NULL, ``User2`` the next of kin);
* ``carshare_akl.memberAccounts``: an Auckland car-sharing company's members (camel case: NZ driver licence numbers,
  suburbs, additional drivers in one cell, the direct-debit account, a card kept in clear by an old checkout mostly
  NULL with its last four digits and token, the sign-up IP, the home pod's coordinates, invoice numbers, ``udf03`` the
  emergency contact's mobile);
* ``stg_crm.src_crm_parking_permits``: a Calgary-area parking authority's residential permit holders as its CRM lands
  them (``LAST, First`` names, Alberta operator's licence numbers, birth dates as ``YYYY-MM-DD`` text, plates, clerks
  by first name, a second vehicle's owner mostly NULL, ``src_crm_col17`` a phone, an e-mail or a name by row,
  ``src_crm_col18`` a business holder's GST account, load time, source file and row hash);
* ``ride_gh.driver_partners``: an Accra ride-hailing company's driver partners (Ghana Card PINs, SSNIT numbers, the
  GRA TIN of drivers without a Ghana Card mostly NULL, mobile-money numbers in national, digit and MSISDN forms,
  GhanaPost GPS digital addresses, directions from a landmark mostly ``N/A``, areas, guarantors and their phones,
  fleet owners and their TINs, onboarding officers, ``code`` a second mobile);
* ``CTPMAST.CTP-PASS-MASTER``: a Carmarthenshire council's concessionary bus pass master in a COBOL copybook's layout
  (``CTP-SURNAME``, ``CTP-FORENAMES``, ``CTP-DOB`` as a ``YYYYMMDD`` number, ``CTP-NINO`` often blank, the NHS number
  of disabled applicants as a number, Welsh street names, the phone as a number without its leading 0, the companion
  pass's carer mostly blank, ITSO card numbers, issuing hubs, the batch program and the clerk's user id,
  ``CTP-USER-FLD-2`` a previous surname);
* ``CITLIB.PKCITM``: a Broward County city's parking citation master on an AS/400 (citation, meter and plate numbers,
  block locations, the registered owner's ``PKOLNM``, ``PKOFNM`` and ``PKOMI``, ZIP and phone as numbers with 0 for
  none, Florida driver licences built from the surname's Soundex and the birth date, ``PKODOB`` as a ``CYYMMDD``
  number, enforcement officers by surname, user profiles and programs, ``PKUDF2`` the e-mail the fine was paid from);
* ``HKDS.LEARNER_ENROLMENT``: a Hong Kong driving school's learner enrolments (SCREAMING case: HKID numbers with
  their check character, English surnames and given names, names in Chinese characters, flat, floor, block and
  estate, districts, course packages and SKUs, instructors, branches and their phones, receipt numbers shaped like
  an HKID with a wrong check character, payment references, ``USER_DEF_2`` the emergency contact's mobile);
* ``SAPABO.ZABO_KUNDE``: a Bernese regional transport company's season-ticket holders in an SAP custom table
  (``NACHN``, ``VORNA``, ``GBNAM`` mostly blank, ``GBDAT`` as ``DATS``, the AHV number in ``ZZAHVNR``, ``STRAS``,
  ``HSNMR``, ``PSTLZ``, ``ORT01``, ``TELNR``, ``SMTP_ADDR``, the IBAN and its holder ``KOINH``, the employer's UID for
  company Abos, Abo numbers shaped like an AHV number failing its check, ``SACHB``, ``ERNAM``, ``ZZFELD2`` the
  emergency contact);
* ``autopartage_qc.membres``: a Québec car-sharing co-operative's members (French: licence numbers shaped like the
  SAAQ's with the row's birth date, the NAS for dividend slips mostly NULL with some ``000-000-000``, ``app``, the
  dividend account, business members' GST accounts, contract numbers, clerks by first name, the sign-up IP,
  ``champ_libre_2`` a billing address);
* ``remises_ba.choferes``: a Buenos Aires remis agency group's drivers (Spanish: DNI with and without dots, CUIL,
  birth dates as ``dd/mm/aaaa`` text, ``calle``, ``altura``, ``pisoDepto``, CPA postal codes, the CBU, agencies and
  their CUIT, file numbers of eleven digits failing the CUIL check, remarks mostly ``sin observaciones``,
  ``campoLibre2`` a phone, an e-mail or a name by row);
* ``deelmobiliteit_gent.Gebruikers``: a Ghent bike and e-scooter sharing scheme's users (Dutch, Pascal case: the
  rijksregisternummer encoding the row's birth date and sex, eID card numbers, ``Straat``, ``Huisnummer``, ``Bus``
  mostly empty, the IBAN, structured payment references, file numbers shaped like a rijksregisternummer failing its
  check, business accounts' enterprise numbers, app IPs and versions, ``VrijVeld2`` an invoice e-mail);
* ``parkering_aarhus.beboerlicenser``: Aarhus municipality's residents' parking permits (Danish: CPR numbers encoding
  the row's birth date, ``mellemnavn`` mostly NULL, postcodes as numbers, leasing companies and their CVR, the bank's
  reg. no. and the refund account, case numbers shaped like a CPR whose date does not exist, caseworkers, remarks
  mostly ``ingen``, ``frit_felt_2`` a second phone);
* ``пільговий_проїзд.картки_пільговиків``: a Lviv transport operator's register of concession travel cards (Ukrainian,
  Cyrillic names and values: feminine family-name forms, patronymics, the РНОКПП encoding the row's birth date and
  sex, ID cards and booklet passports, concession categories, ``вулиця``, ``будинок``, ``квартира``, administrative
  services centres and their ЄДРПОУ, contract numbers failing the РНОКПП check, operators as ``Surname I. P.``,
  ``дод_поле_2`` the person who may collect the card);
* ``takushi_fukuoka.jomuin_daicho``: a Fukuoka taxi company's crew register (romanized Japanese column names: names in
  kanji and their katakana reading, birth dates as ``YYYY/MM/DD`` text, My Number, the basic pension number, driving
  licence numbers, addresses from the prefecture down, offices, their phones and the corporate number, salary
  accounts, dispatchers by family name, remarks mostly ``なし``, ``yobi_komoku_2`` the emergency contact's phone).

Written **blind**, like v2 to v83: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog, history or notes, only the list of kind names and their docstrings
(``governance_dagster/kinds.py``), how the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the
*structure* and labeling conventions of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test,
``tests/heldout_support.py``), the module docstrings of v24 to v83 (only the first paragraph of most; v83's in full,
to avoid their organisations and follow their labeling conventions), the ``Column``/``Table`` classes and writer they
build on (``heldout_v2.py``, ``heldout_v4.py``), the ruff section of ``pyproject.toml`` and the sources of
python-stdnum and phonenumbers. The classifier was not run on this set while it was written, no scorer was run on
it, and no score of any set was looked at: nothing here was adjusted to what the classifier does. It was written
under a short deadline, so some labels below are quick decisions rather than settled conventions. It imports no
earlier set's value module: its random source, name lists (the Puget Sound, Greater Manchester, Auckland with Māori
and Pasifika names, Alberta, Greater Accra, Carmarthenshire, Broward County, Hong Kong in romanized Cantonese and
characters, the canton of Bern, Québec, Buenos Aires, Ghent, Aarhus, Lviv in Cyrillic with patronymics and feminine
forms, Fukuoka in kanji, katakana and romaji), streets, towns, postal codes, companies and identifier builders are
its own (:mod:`benchmarks.classification.heldout_v84_values`; the generic ``Gen`` helpers were copied from v27's, the
phone maker rewritten to draw from several leading digits per region and to keep numbers of the region itself).

What is new against v2 to v83: earlier sets touched the theme (v25 and v40 ride-hailing apps, v26 a parking
operator, v39 a driving school and a Swedish municipality's parking permits, v40 an e-scooter operator, a car-sharing
service and a Dublin taxi firm's dispatch log, v67 fifteen vehicle and mobility systems); every organisation and most
shapes here are new: transit reduced-fare enrollments, UK taxi driver licensing, a Welsh concessionary pass COBOL
file, an AS/400 parking citation master, a Hong Kong learner register, Swiss season tickets in SAP, a Québec
car-sharing co-operative, Argentine remis drivers, Ghent bike share, Danish resident parking, Ukrainian concession
travel cards and a Japanese taxi crew register.

* legacy extracts (tag ``legacy``; ``padded`` for fixed-width CHAR values, ``int_date`` for dates kept as numbers or
  ``DATS`` text, ``numeric_id`` for phones, postal codes and an NHS number kept as numbers, ``zero_missing`` where 0 or
  ``00000000`` means missing);
* decoys (tag ``decoy``; ``value_shape`` when shaped like an identifier or a personal value): smart-card and ITSO card
  numbers, order, invoice, contract, case, file, permit, badge, receipt and citation numbers, USPS tracking numbers,
  DBS certificate numbers, meter numbers, plates and vehicle registrations, course SKUs and fare products (tag
  ``product_name``), payment tokens (``tokenized``), a row hash (``hashed``), app versions (``version``), the home
  pod's coordinates (``coordinates``), event times and contract dates (``event_date``), block locations of parking
  offences, the bank's reg. no., codes and flags;
* decoys with check digits (tag ``check_digit``, all ``none``, most also ``business``): UK VAT numbers, Canadian GST
  accounts (BN with ``RT0001``), Ghanaian company TINs, Swiss UIDs, Argentine company CUITs, Belgian enterprise
  numbers and structured payment references, Danish CVR, Ukrainian ЄДРПОУ and a Japanese corporate number; decoys
  shaped like personal numbers that fail their check (tag ``value_shape``): appeal case numbers against the SSN's
  rules, smart-card serials against Luhn, receipt numbers against the HKID, Abo numbers against the AHV number, file
  numbers against the CUIL and the rijksregisternummer, case numbers against the CPR and contract numbers against
  the РНОКПП;
* identifiers with check digits (python-stdnum, or computed here where it has no module): the US SSN, the UK National
  Insurance number (HMRC's prefix and suffix rules), the Swiss AHV number, the Canadian SIN and the CUIL (``ssn``);
  the Hong Kong identity card number (its check character computed here), the NHS number, the GRA TIN, the Belgian
  rijksregisternummer (the row's birth date and sex) and eID card number, the CPR (the row's birth date), the РНОКПП
  (the row's birth date and sex) and My Number (``national_id``); without a public check digit: SSNIT numbers (the
  row's birth date) and the Japanese basic pension number (``ssn``), DVLA (surname, birth date, sex) and Florida
  (Soundex, birth date, sex) driving licences, Washington, NZ, Alberta, Québec-shaped and Japanese licence numbers,
  the Ghana Card PIN, the Argentine DNI and Ukrainian ID cards and passports (``national_id``); Swiss and Belgian
  IBANs; NZ bank accounts and CBUs with their check digits (labeled
  ``unclassified`` as bank accounts); a card number kept in clear (Luhn); phones of the United States, the United
  Kingdom, New Zealand, Canada, Ghana, Hong Kong, Switzerland, Argentina, Belgium, Denmark, Ukraine and Japan
  (phonenumbers) in national, international, E.164, dashed, digits-only and MSISDN forms and as numbers; IPv4 and
  IPv6.

Tags: ``legacy``, ``padded``, ``int_date``, ``numeric_id``, ``zero_missing``, ``decoy``, ``business``,
``value_shape``, ``check_digit``, ``product_name``, ``coordinates``, ``hashed``, ``version``, ``event_date``,
``join_key``, ``tokenized``, ``partial``, ``bank_account``, ``null_heavy``, ``nullword_heavy``, ``placeholder``,
``staff``, ``role_word``, ``multi_value``, ``username``, ``audit``, ``service_account``, ``opaque``, ``prefixed``,
``misleading``, ``mixed_kinds``, ``locality``, ``abbrev``, ``dob_text``.

Labeling choices a reader may question:

* following ``kinds.py``, social-security and social-insurance numbers are ``ssn``: the US SSN, the UK National
  Insurance number, the AHV number, the SIN, the CUIL (ANSES issues it for social security), the SSNIT number and the
  Japanese basic pension number; tax, citizen and health-service numbers (the GRA TIN, the РНОКПП, My Number, the
  rijksregisternummer, the CPR, the NHS number), identity cards, passports and driving licences are ``national_id``;
* a person's domestic bank account (``RefundAccountNo``, ``directDebitAccount``, ``no_compte``, ``cbu``,
  ``konto_nr``, ``furikomi_koza``) is ``unclassified`` (tag ``bank_account``) as v49 to v83 labeled them; IBANs are
  ``iban``; the bank's reg. no. is ``none``;
* transit and smart-card numbers, badge, permit, membership and receipt numbers are ``none`` (a card's or a
  licence's reference, like a member number); plates and vehicle registrations are ``none``; a GhanaPost GPS digital
  address (a house's code on a 5 m grid) and directions from a landmark are ``street_address``;
* a middle initial (``PKOMI``) and other names (``other_names``), a preferred name and clerks kept by first name
  (``src_crm_col13``, ``prepose``) are ``first_name``; a previous or birth surname (``CTP-USER-FLD-2``, ``GBNAM``), a
  Danish ``mellemnavn`` (a family-type name) and staff kept by family name (``PKENOF``, ``SACHB``, ``tantosha``) are
  ``last_name``; a Ukrainian patronymic (``по_батькові``, derived from the father's name) is ``person_name``, as v2
  labeled patronymics; names in characters, kanji and katakana, ``LAST, First`` names, the account holder
  (``KOINH``), carers, guarantors, guardians, next of kin and emergency contacts are ``person_name``; additional
  drivers in one cell are ``person_name`` (tag ``multi_value``);
* street lines kept apart (``home_addr_ln2``, ``AddressLine2``, ``CTP-ADDR-2``, ``HSNMR``, ``app``, ``altura``,
  ``pisoDepto``, ``Huisnummer``, ``Bus``, ``будинок``, ``квартира``), flat, floor and block, estates and a billing
  address in an opaque field (``champ_libre_2``) are ``street_address``; suburbs, areas, districts and Ghent's
  sub-municipalities are ``city`` (tag ``locality``); states, regions, provinces and zones are ``none``;
* operators, fleet owners, agencies, leasing companies, employers, branches, offices, enrollment sites and their
  phones and company numbers are ``none`` (tag ``business``); the block where a parking offence happened is ``none``
  (a place, not a person's address);
* remarks and notes naming people (``observaciones``, ``bemaerkning``, ``biko``) are ``free_text``; ``src_crm_col17``
  and ``campoLibre2`` (a phone, an e-mail or a name by row) are ``free_text`` (tag ``mixed_kinds``);
* ``misc_2``, ``udf03``, ``code``, ``USER_DEF_2``, ``frit_felt_2`` and ``yobi_komoku_2`` hold phones, ``PKUDF2`` and
  ``VrijVeld2`` e-mail addresses, ``User2``, ``ZZFELD2`` and ``дод_поле_2`` names, ``CTP-USER-FLD-2`` a surname and
  ``champ_libre_2`` an address (tags ``opaque``, ``misleading``); their neighbours hold referral, test, fleet,
  channel, shift, campaign, hearing, batch and letter codes and a GST account (``none``);
* logins, AS/400 user profiles, COBOL clerk ids and the SAP ``ERNAM`` are ``unclassified`` (tag ``username``), the
  batch programs ``none`` (tag ``service_account``);
* placeholders (``XXX``, ``000-00-0000``, ``QQ123456C``, ``000-000-000``) leave their column's kind; dates of birth
  kept as numbers, ``DATS`` or text keep ``date_of_birth``, with 0 or ``00000000`` for missing; phones, postal codes
  and the NHS number kept as numbers keep their kind.

Labeling rules otherwise as v27 (see :mod:`benchmarks.classification.heldout_v27`): a business's address, phone,
postal code, city and contact are ``none`` (tag ``business``); ``null_heavy`` means 50-95% NULL, ``nullword_heavy``
70-95% NULL words or blanks. Rows per table: 300 to 1,400.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets, towns
and postal codes of :mod:`benchmarks.classification.heldout_v84_values`, written for v84 (no Faker, no list of real
people, no breach data). Build: ``python -m benchmarks.classification.heldout_v84 [PATH]`` (default
``/tmp/heldout_v84.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v84``.
"""


from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v84_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v84_values import BANK, NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v84.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL words, placeholders and blanks (few real NULLs)
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
MISLEADING = "misleading"
STAFF = "staff"  # staff named in a column with few distinct values
ROLE = "role_word"  # a role word (caseworker, guarantor, carer, officer, instructor, holder ...) holding people
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
SERVICE = "service_account"  # an audit column holding only batch programs or job names (none)
KEY = "join_key"  # an id, foreign key or UUID that joins tables (none)
MULTI = "multi_value"  # several names in one cell
PLACEHOLDER = "placeholder"  # a personal column some of whose cells are placeholders (XXX, 000-00-0000, QQ123456C)
TOKEN = "tokenized"  # a processor's token (none)
PARTIAL = "partial"  # the last four digits of a card (none)
LEGACY = "legacy"  # an AS/400, COBOL or SAP-style extract
PADDED = "padded"  # fixed-width CHAR values padded with blanks
INT_DATE = "int_date"  # a date kept as a YYYYMMDD or CYYMMDD number or as DATS text
NUMERIC = "numeric_id"  # a phone, postal code or identifier kept as a number
ZERO = "zero_missing"  # 0 or 00000000 for missing
CHECK = "check_digit"  # a company's tax or registry number or a payment reference with valid check digits (none)
PRODUCT = "product_name"  # a fare product, plan or course and its SKU (none)
COORD = "coordinates"  # the coordinates of a site (none)
HASHED = "hashed"  # a hash (none)
VERSION = "version"  # an app version (none)
EVENT = "event_date"  # an event timestamp or a contract date (none)
BANK_ACCOUNT = "bank_account"  # a person's domestic bank account number (unclassified)
OPAQUE = "opaque"  # a custom field whose name says nothing (udf_03, User2, ZZFELD2 ...)
PREFIXED = "prefixed"  # a staging column named after its source (src_crm_col01 ...)
MIXED = "mixed_kinds"  # a phone, an e-mail or a name by row (free_text)
LOCALITY = "locality"  # a suburb, area or district (city)
DOB_TEXT = "dob_text"  # a birth date kept as text in the country's format


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "N/A", "n/a", "NULL") + extra


def _staff(g: Gen, n: int, make: Callable[[Gen], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _logins(g: Gen, n: int, region: str, style: int) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(v.login(*v.person(g, region), style))
    return sorted(out)


def _dirty(g: Gen, values: list, share: float, placeholders: list[str]) -> list:
    """``values`` with ``share`` of the non-NULL cells replaced by a placeholder (a NULL word of the set)."""
    return [g.rnd.choice(placeholders) if x is not None and g.rnd.random() < share else x for x in values]


def _mixed(g: Gen, options: list[Callable[[], Any]], null: float) -> list:
    """A cell that holds, by row, whichever of ``options`` the row's source put there."""
    return [None if g.rnd.random() < null else g.rnd.choice(options)() for _ in range(g.rows)]


def _blank(values: list, width: int) -> list[str]:
    """Fixed-width CHAR values (None becomes blanks)."""
    return [v.pad(x, width) for x in values]


def _upper(text: str) -> str:
    """A name as a legacy system keeps it: upper case, accents and apostrophes dropped."""
    return v.fold(text).upper()


# -- English: Washington State, Manchester, Auckland, Alberta, Ghana ---------------------------------------------------


def wa_reduced_fare(g: Gen) -> Table:
    """A Puget Sound transit agency's reduced-fare enrollments (ORCA LIFT, the Regional Reduced Fare Permit and the
    subsidized annual pass; snake case with abbreviations): the enrollment id, the smart card's serial (``none``,
    16 digits failing Luhn), the program code, the applicant's names (some ``XXX``), birth date, Washington licence or
    ID card number, the SSN asked for benefit matching (mostly NULL, some ``000-00-0000``), the home address in two
    lines, city and ZIP, phones, e-mail, a guardian for youth and disability permits (mostly ``N/A``), caseworkers, the
    enrollment site and its phone (``none``), appeal case numbers shaped like an SSN that fails its rules, the card's
    mailing tracking number, times, the editor's login; ``misc_2`` a second phone, ``misc_1`` a referral code."""
    rows = []
    for _ in range(g.rows):
        first, last = v.person(g, "wa")
        city, lead = g.rnd.choice(v.WA_CITIES)
        rows.append((first, last, city, lead))
    caseworkers = _staff(g, 6, lambda x: v.whole(x, "wa"))
    editors = _logins(g, 5, "wa", 0)
    sites = [("King Street Center", g.phone("US-WA", "national", False)),
             ("Federal Way Customer Service Office", g.phone("US-WA", "national", False)),
             ("Renton Community Services Office", g.phone("US-WA", "national", False)),
             ("ORCA LIFT Mobile Enrollment Van", g.phone("US-WA", "national", False))]
    site = [g.rnd.choice(sites) for _ in range(g.rows)]
    return Table("orca_lift.enrollments", "en", "snake", [
        c("enrollment_id", N, "BIGINT", g.keys(410_001), "decoy", KEY),
        c("orca_csn", N, "VARCHAR", g.col(lambda: v.not_luhn(g, "3085", 16)), "decoy", SHAPE, ABBREV),
        c("program_cd", N, "VARCHAR", g.col(g.pick(["LIFT", "LIFT", "RRFP", "RRFP-DIS", "SUB-ANNUAL"])), "decoy",
          ABBREV),
        c("applicant_fnm", "first_name", "VARCHAR", _dirty(g, [r[0] for r in rows], 0.03, ["XXX"]), ABBREV,
          PLACEHOLDER),
        c("applicant_lnm", "last_name", "VARCHAR", [r[1] for r in rows], ABBREV),
        c("birth_dt", "date_of_birth", "DATE", g.births(1940, 2007), ABBREV),
        c("wa_dl_id_no", "national_id", "VARCHAR", g.col(lambda: v.wa_licence(g), 0.3), ABBREV),
        c("ssn", "ssn", "VARCHAR", _dirty(g, g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.8), 0.7), 0.12,
                                          ["000-00-0000"]), HEAVY, PLACEHOLDER),
        c("home_addr_ln1", "street_address", "VARCHAR", g.col(lambda: v.wa_street(g)), ABBREV),
        c("home_addr_ln2", "street_address", "VARCHAR", g.col(lambda: g.rnd.choice(
            [f"Apt {g.rnd.randint(1, 420)}", f"Unit {g.code('9A')}", f"#{g.rnd.randint(100, 999)}"]), 0.62), HEAVY,
          ABBREV),
        c("city", "city", "VARCHAR", [r[2] for r in rows]),
        c("zip_cd", "postal_code", "VARCHAR", [r[3] + g.digits(2) + (f"-{g.digits(4)}" if g.rnd.random() < 0.15
                                                                     else "") for r in rows], ABBREV),
        c("ctc_ph", "phone", "VARCHAR", g.phones("US-WA", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 0.85, 0.05),
          ABBREV),
        c("misc_1", N, "VARCHAR", g.col(g.pick(["DSHS", "KCPH", "CBO-07", "CBO-12", "SELF", "211"])), "decoy", OPAQUE),
        c("misc_2", "phone", "VARCHAR", g.phones("US-WA", {"dashes": 0.6, "national": 0.4}, 0.9, 0.35), OPAQUE,
          MISLEADING),
        c("email_addr", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["us"]) if g.rnd.random() < 0.75
                                             else None for r in rows], ABBREV),
        c("guardian_nm", "person_name", "VARCHAR", g.sparse(lambda: v.whole(g, "wa"), 0.82, _words("none", "unknown")),
          ROLE, NULLWORD, ABBREV),
        c("caseworker", "person_name", "VARCHAR", g.col(g.pick(caseworkers)), STAFF, ROLE),
        c("enroll_site", N, "VARCHAR", [s[0] for s in site], "business"),
        c("enroll_site_ph", N, "VARCHAR", [s[1] for s in site], "business", ABBREV),
        c("appeal_case_no", N, "VARCHAR", g.col(lambda: v.us_ssn_shaped_invalid(g), 0.55), "decoy", SHAPE, ABBREV),
        c("card_order_no", N, "VARCHAR", g.col(lambda: g.code("CO-2599999")), "decoy", SHAPE, ABBREV),
        c("card_mail_trk_no", N, "VARCHAR", g.col(lambda: "9400" + g.digits(18), 0.2), "decoy", SHAPE, ABBREV),
        c("enrolled_at", N, "TIMESTAMP", g.moments("2023-01-01", "2025-11-30"), "decoy", EVENT),
        c("updated_by", USERNAME, "VARCHAR", g.col(g.pick(editors)), USER, AUDIT),
    ])


def man_driver_licences(g: Gen) -> Table:
    """A Greater Manchester council's hackney carriage and private hire driver licences (SQL Server, Pascal case):
    badge numbers, forenames and surnames, birth dates, National Insurance numbers (some ``QQ123456C``), DVLA licence
    numbers encoding the row's surname, birth date and sex, DBS certificate numbers and dates (``none``), addresses,
    towns and postcodes, mobiles, e-mails, the operator the driver works for with its VAT number and phone
    (``none``), the licensing officer, the account a refunded fee goes to (mostly NULL), the editor's login; ``User2``
    the next of kin, ``User1`` the knowledge test's result code."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.08
        first, last = v.person(g, "man", female)
        born = g.birth(1955, 2003)
        town, districts = g.rnd.choice(v.MAN_TOWNS)
        rows.append((first, last, born, female, town, g.rnd.choice(districts)))
    operators = [("Piccadilly Private Hire Ltd", v.gb_vat(g), g.phone("GB-MAN", "national", False)),
                 ("Rusholme Cars Ltd", v.gb_vat(g), g.phone("GB-MAN", "national", False)),
                 ("Northern Quarter Executive Travel", v.gb_vat(g), g.phone("GB-MAN", "national", False)),
                 ("Cheetham Hill Taxis Ltd", v.gb_vat(g), g.phone("GB-MAN", "national", False)),
                 ("Airport Link Chauffeurs Ltd", v.gb_vat(g), g.phone("GB-MAN", "national", False))]
    op = [g.rnd.choice(operators) for _ in range(g.rows)]
    officers = _staff(g, 5, lambda x: v.whole(x, "man"))
    editors = [f"GMCC\\{x}" for x in _logins(g, 4, "man", 2)]
    return Table("phlicensing.DriverLicences", "en", "pascal", [
        c("DriverLicenceId", N, "INTEGER", g.keys(20_001), "decoy", KEY),
        c("BadgeNo", N, "VARCHAR", g.col(lambda: g.rnd.choice(["PHD", "HCD"]) + g.digits(5)), "decoy", SHAPE),
        c("LicenceType", N, "VARCHAR", g.col(g.pick(["Private Hire Driver", "Private Hire Driver",
                                                     "Hackney Carriage Driver", "Dual"])), "decoy"),
        c("Forenames", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("Surname", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("DateOfBirth", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("NiNumber", "ssn", "VARCHAR", _dirty(g, g.col(lambda: v.gb_nino(g)), 0.04, ["QQ123456C"]), PLACEHOLDER,
          ABBREV),
        c("DvlaLicenceNo", "national_id", "VARCHAR", [v.gb_dvla(g, r[1], r[0], r[2], r[3]) for r in rows]),
        c("DbsCertificateNo", N, "VARCHAR", g.col(lambda: "00" + g.digits(10)), "decoy", SHAPE),
        c("DbsIssueDate", N, "DATE", g.days("2022-01-01", "2025-10-31"), "decoy", EVENT),
        c("AddressLine1", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 420)} "
                                                                     f"{g.rnd.choice(v.MAN_STREETS)}")),
        c("AddressLine2", "street_address", "VARCHAR", g.col(lambda: f"Flat {g.rnd.randint(1, 40)}", 0.7), HEAVY),
        c("Town", "city", "VARCHAR", [r[4] for r in rows]),
        c("Postcode", "postal_code", "VARCHAR", [v.uk_postcode(g, r[5]) for r in rows]),
        c("MobileNo", "phone", "VARCHAR", g.phones("GB-MAN", {"national": 0.6, "digits": 0.25, "intl": 0.15})),
        c("Email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["gb"]) if g.rnd.random() < 0.9 else None
                                        for r in rows]),
        c("OperatorName", N, "VARCHAR", [o[0] for o in op], "business"),
        c("OperatorVatNo", N, "VARCHAR", [o[1] for o in op], "business", CHECK, SHAPE),
        c("OperatorPhone", N, "VARCHAR", [o[2] for o in op], "business"),
        c("User1", N, "VARCHAR", g.col(g.pick(["KT-P", "KT-P", "KT-R1", "KT-R2", "SAFE-OK"])), "decoy", OPAQUE),
        c("User2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "man"), 0.25), OPAQUE, MISLEADING),
        c("LicensingOfficer", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF, ROLE),
        c("RefundAccountNo", BANK, "VARCHAR", g.col(lambda: g.digits(8), 0.75), BANK_ACCOUNT, HEAVY),
        c("LastModifiedBy", USERNAME, "VARCHAR", g.col(g.pick(editors)), USER, AUDIT),
    ])


def akl_car_share(g: Gen) -> Table:
    """An Auckland car-sharing company's member accounts (a Node app, camel case): a UUID and membership number, the
    plan, names and a preferred name (mostly NULL), birth date, NZ driver licence number, mobile, e-mail, street,
    suburb and postcode, additional drivers in one cell, the direct-debit bank account (``unclassified``), a card number
    an old checkout kept in clear (mostly NULL) and its last four digits and token (``none``), the sign-up IP, the
    home pod's coordinates (a car park: ``none``), the last invoice number and the approving staff login;
    ``udf03`` the emergency contact's mobile, ``udf04`` a fleet code."""
    rows = []
    for _ in range(g.rows):
        first, last = v.person(g, "akl")
        suburb, post = g.rnd.choice(v.AKL_SUBURBS)
        rows.append((first, last, suburb, post))
    cards = g.col(lambda: v.card(g), 0.8)
    approvers = _logins(g, 4, "akl", 1)

    def drivers() -> str | None:
        if g.rnd.random() < 0.55:
            return None
        return "; ".join(v.whole(g, "akl") for _ in range(g.rnd.randint(1, 3)))

    pods = [(-36.85 + g.rnd.uniform(-0.08, 0.08), 174.76 + g.rnd.uniform(-0.1, 0.1)) for _ in range(30)]
    pod = [g.rnd.choice(pods) for _ in range(g.rows)]
    return Table("carshare_akl.memberAccounts", "en", "camel", [
        c("memberId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("membershipNo", N, "VARCHAR", g.col(lambda: f"AKL-{g.digits(6)}"), "decoy", SHAPE),
        c("planName", N, "VARCHAR", g.col(g.pick(["Casual", "Casual", "Frequent Driver", "Business", "Student"])),
          "decoy", PRODUCT),
        c("firstName", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("lastName", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("preferredName", "first_name", "VARCHAR", [v.given(g, "akl") if g.rnd.random() < 0.28 else None
                                                     for _ in rows],
          HEAVY),
        c("dateOfBirth", "date_of_birth", "DATE", g.births(1950, 2006)),
        c("licenceNumber", "national_id", "VARCHAR", g.col(lambda: v.nz_licence(g))),
        c("mobile", "phone", "VARCHAR", g.phones("NZ-AKL", {"national": 0.5, "e164": 0.4, "nsn": 0.1})),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["nz"]) for r in rows]),
        c("streetAddress", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 300)}"
                                                                      f"{g.rnd.choice(['', '', 'A', 'B'])} "
                                                                      f"{g.rnd.choice(v.AKL_STREETS)}")),
        c("suburb", "city", "VARCHAR", [r[2] for r in rows], LOCALITY),
        c("postcode", "postal_code", "VARCHAR", [r[3] for r in rows]),
        c("additionalDrivers", "person_name", "VARCHAR", [drivers() for _ in range(g.rows)], MULTI, ROLE),
        c("directDebitAccount", BANK, "VARCHAR", g.col(lambda: v.nz_bank_account(g), 0.35), BANK_ACCOUNT),
        c("cardNumber", "credit_card", "VARCHAR", cards, HEAVY),
        c("cardLast4", N, "VARCHAR", [x[-4:] if x else g.digits(4) for x in cards], "decoy", PARTIAL),
        c("paymentToken", N, "VARCHAR", g.col(lambda: v.token(g, "tok_", 24)), "decoy", TOKEN),
        c("signupIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.35), 0.05)),
        c("homePodLat", N, "DOUBLE", [round(p[0], 6) for p in pod], "decoy", COORD),
        c("homePodLng", N, "DOUBLE", [round(p[1], 6) for p in pod], "decoy", COORD),
        c("lastInvoiceNo", N, "VARCHAR", g.col(lambda: g.code("INV-2025-999999"), 0.1), "decoy", SHAPE),
        c("udf03", "phone", "VARCHAR", g.phones("NZ-AKL", {"national": 0.7, "e164": 0.3}, 0.95, 0.3), OPAQUE,
          MISLEADING),
        c("udf04", N, "VARCHAR", g.col(g.pick(["EV", "HYB", "VAN", "EV", "UTE"])), "decoy", OPAQUE),
        c("approvedBy", USERNAME, "VARCHAR", g.col(g.pick(approvers), 0.1), USER, AUDIT),
    ])


def ab_parking_staging(g: Gen) -> Table:
    """A Calgary-area parking authority's residential permit holders as its CRM lands them in a staging schema
    (``src_crm_col01`` to ``src_crm_col18`` and load metadata): the account and permit numbers, the zone, the holder's
    name as ``LAST, First``, e-mail, phone, address, municipality and postal code, Alberta operator's licence number,
    birth date as ``YYYY-MM-DD`` text, plate, the clerk by first name, start date, fee, a second vehicle's registered
    owner (mostly NULL), ``src_crm_col17`` a phone, an e-mail or a name by row, ``src_crm_col18`` a business permit
    holder's GST account (BN with RT0001, ``none``), the load time, the source file and a row hash."""
    rows = []
    for _ in range(g.rows):
        first, last = v.person(g, "ab")
        town, fsas = g.rnd.choice(v.AB_PLACES)
        rows.append((first, last, town, g.rnd.choice(fsas)))
    clerks = _staff(g, 5, lambda x: v.given(x, "ab"))
    src = [f"crm_export_2025{m:02d}{d:02d}.csv" for m, d in ((9, 1), (9, 15), (10, 1), (10, 15), (11, 1))]

    def col17() -> str:
        return g.rnd.choice([lambda: g.phone("CA-AB", "national"), lambda: v.email_of(g, *v.person(g, "ab"),
                                                                                         v.DOMAINS["ca"]),
                             lambda: v.whole(g, "ab")])()

    return Table("stg_crm.src_crm_parking_permits", "en", "snake", [
        c("src_crm_col01", N, "VARCHAR", [f"ACCT-{i:07d}" for i in g.keys(2_100_000)], "decoy", KEY, PREFIXED),
        c("src_crm_col02", N, "VARCHAR", g.col(lambda: g.code("RPP-2025-999999")), "decoy", SHAPE, PREFIXED),
        c("src_crm_col03", N, "VARCHAR", g.col(g.pick(["Zone A", "Zone B", "Zone C", "Zone K", "Zone P"])), "decoy",
          PREFIXED),
        c("src_crm_col04", "person_name", "VARCHAR", [f"{r[1].upper()}, {r[0]}" for r in rows], PREFIXED),
        c("src_crm_col05", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["ca"]) if g.rnd.random() < 0.85
                                                else None for r in rows], PREFIXED),
        c("src_crm_col06", "phone", "VARCHAR", g.phones("CA-AB", {"dashes": 0.4, "national": 0.4, "e164": 0.2}, 0.8),
          PREFIXED),
        c("src_crm_col07", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(100, 9999)} "
                                                                      f"{g.rnd.choice(v.AB_STREETS)}"), PREFIXED),
        c("src_crm_col08", "city", "VARCHAR", [r[2] for r in rows], PREFIXED),
        c("src_crm_col09", "postal_code", "VARCHAR", [v.ca_postal(g, r[3]) for r in rows], PREFIXED),
        c("src_crm_col10", "national_id", "VARCHAR", g.col(lambda: v.ab_licence(g), 0.2), PREFIXED),
        c("src_crm_col11", "date_of_birth", "VARCHAR", [g.birth(1940, 2006).isoformat() if g.rnd.random() < 0.8
                                                        else None for _ in range(g.rows)], PREFIXED, DOB_TEXT),
        c("src_crm_col12", N, "VARCHAR", g.col(lambda: g.code("AAA-9999")), "decoy", SHAPE, PREFIXED),
        c("src_crm_col13", "first_name", "VARCHAR", g.col(g.pick(clerks)), STAFF, PREFIXED),
        c("src_crm_col14", N, "VARCHAR", [d.isoformat() for d in g.days("2025-01-01", "2025-11-30")], "decoy", EVENT,
          PREFIXED),
        c("src_crm_col15", N, "DECIMAL(8,2)", g.col(g.pick([30.0, 30.0, 75.0, 120.0, 0.0])), "decoy", PREFIXED),
        c("src_crm_col16", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ab"), 0.72), HEAVY, PREFIXED),
        c("src_crm_col17", "free_text", "VARCHAR", g.col(col17, 0.2), MIXED, OPAQUE, PREFIXED),
        c("src_crm_col18", N, "VARCHAR", g.col(lambda: v.ca_bn(g), 0.55), "business", CHECK, SHAPE, OPAQUE, PREFIXED),
        c("_loaded_at", N, "TIMESTAMP", g.moments("2025-09-01", "2025-11-30"), "decoy", EVENT),
        c("_source_file", N, "VARCHAR", g.col(g.pick(src)), "decoy"),
        c("_row_hash", N, "VARCHAR", g.col(g.md5), "decoy", HASHED),
    ])


def gh_ride_drivers(g: Gen) -> Table:
    """An Accra ride-hailing company's driver partners (snake case): the driver id and partner code, surname, first
    name and other names (mostly NULL), birth date, Ghana Card PIN, SSNIT number, the GRA TIN of drivers without a
    Ghana Card (mostly NULL), the mobile-money number and network, e-mail, the GhanaPost GPS digital address
    (``street_address``), directions from a landmark (mostly ``N/A``), area and region, the guarantor and his or her
    phone, the vehicle's registration, the fleet owner and its TIN (``none``), onboarding officers, the sign-up time;
    ``code`` a second mobile, ``ref`` an internal reference."""
    rows = []
    for _ in range(g.rows):
        first, last = v.person(g, "gh", g.rnd.random() < 0.1)
        area, district = g.rnd.choice(v.GH_AREAS)
        rows.append((first, last, area, district))
    fleets = [("Adjei Motors Ltd", v.gh_tin(g, "C")), ("Sankofa Fleet Services", v.gh_tin(g, "C")),
              ("Nyame Dua Transport Co.", v.gh_tin(g, "C")), ("Accra Drive Partners Ltd", v.gh_tin(g, "C"))]
    fleet = [g.rnd.choice(fleets) if g.rnd.random() < 0.6 else ("Self-owned", "") for _ in range(g.rows)]
    officers = _staff(g, 5, lambda x: v.whole(x, "gh"))
    births = g.births(1968, 2004)
    return Table("ride_gh.driver_partners", "en", "snake", [
        c("driver_id", N, "BIGINT", g.keys(70_001), "decoy", KEY),
        c("partner_code", N, "VARCHAR", g.col(lambda: f"DRV-GA-{g.digits(5)}"), "decoy", SHAPE),
        c("surname", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("first_name", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("other_names", "first_name", "VARCHAR", g.col(lambda: v.given(g, "gh"), 0.6), HEAVY),
        c("date_of_birth", "date_of_birth", "DATE", births),
        c("ghana_card_pin", "national_id", "VARCHAR", g.col(lambda: v.gh_card(g), 0.05)),
        c("ssnit_no", "ssn", "VARCHAR", [v.gh_ssnit(g, b) if g.rnd.random() < 0.6 else None for b in births],
          ABBREV),
        c("gra_tin", "national_id", "VARCHAR", g.col(lambda: v.gh_tin(g, "P"), 0.8), HEAVY, ABBREV),
        c("momo_number", "phone", "VARCHAR", g.phones("GH", {"national": 0.5, "digits": 0.2, "msisdn": 0.2,
                                                             "e164": 0.1}), ABBREV),
        c("momo_network", N, "VARCHAR", g.col(g.pick(["MTN", "MTN", "MTN", "Telecel", "AT"])), "decoy"),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["gh"]) if g.rnd.random() < 0.6 else None
                                        for r in rows]),
        c("digital_address", "street_address", "VARCHAR", [f"{r[3]}-{g.rnd.randint(100, 999)}-{g.digits(4)}"
                                                           for r in rows]),
        c("landmark", "street_address", "VARCHAR", g.sparse(g.pick(v.GH_LANDMARKS), 0.78, _words("none", "unknown")),
          NULLWORD),
        c("area", "city", "VARCHAR", [r[2] for r in rows], LOCALITY),
        c("region", N, "VARCHAR", ["Central" if r[2] == "Kasoa" else "Greater Accra" for r in rows], "decoy"),
        c("guarantor_name", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "gh"), 0.1), ROLE),
        c("guarantor_phone", "phone", "VARCHAR", g.phones("GH", {"national": 0.8, "e164": 0.2}, 0.9, 0.15)),
        c("vehicle_reg_no", N, "VARCHAR", g.col(lambda: f"{g.rnd.choice(['GR', 'GT', 'GE', 'GW', 'GN'])} "
                                                        f"{g.rnd.randint(100, 9999)}-{g.rnd.randint(19, 25)}"),
          "decoy", SHAPE),
        c("fleet_owner", N, "VARCHAR", [f[0] for f in fleet], "business"),
        c("fleet_owner_tin", N, "VARCHAR", [f[1] for f in fleet], "business", CHECK, SHAPE),
        c("onboarding_officer", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF, ROLE),
        c("ref", N, "VARCHAR", g.col(lambda: g.code("ONB/99/9999")), "decoy", OPAQUE),
        c("code", "phone", "VARCHAR", g.phones("GH", {"national": 0.6, "digits": 0.4}, 1.0, 0.45), OPAQUE,
          MISLEADING),
        c("created_at", N, "TIMESTAMP", g.moments("2022-03-01", "2025-11-30"), "decoy", EVENT),
    ])


# -- English legacy extracts: a Welsh COBOL file, a Florida AS/400 file; Hong Kong -------------------------------------


def wales_bus_pass(g: Gen) -> Table:
    """A Carmarthenshire council's concessionary travel pass master in a COBOL copybook's fixed-width layout
    (hyphenated names, padded CHAR values): the ITSO card number (``none``), the pass type, surname and forenames in
    upper case, the title, the birth date as a ``YYYYMMDD`` number (0 for missing), the National Insurance number
    (blank for many), the NHS number of disabled applicants as a number (0 for none), two address lines, town and
    postcode, the phone as a number without its leading 0 (0 for none), the companion pass's carer (mostly blank),
    the evidence seen, issue and expiry dates as numbers, the issuing hub, the batch program and the clerk's user id;
    ``CTP-USER-FLD-2`` a previous surname, ``CTP-USER-FLD-1`` a mailing-batch code."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        first, last = v.person(g, "wales", female)
        town, districts = g.rnd.choice(v.WALES_TOWNS)
        kind = g.rnd.choices(["OAP", "DIS", "CMP"], [7, 2, 1])[0]
        born = g.birth(1928, 1960) if kind == "OAP" else g.birth(1950, 2008)
        rows.append((first, last, female, town, g.rnd.choice(districts), kind, born))
    offices = ["LLANELLI HWB", "CARMARTHEN HWB", "AMMANFORD HWB", "COUNTY HALL CARMARTHEN"]
    clerks = ["CTPCL04", "CTPCL11", "CTPCL17", "CTPCL22"]
    issued = [g.day("2019-01-01", "2025-10-31") for _ in range(g.rows)]

    def title(r: tuple) -> str:
        return g.rnd.choice(["MRS", "MS", "MISS"]) if r[2] else g.rnd.choice(["MR", "MR", "DR"])

    return Table("CTPMAST.CTP-PASS-MASTER", "en", "screaming", [
        c("CTP-PASS-NO", N, "CHAR(18)", g.col(lambda: "633597" + g.digits(12)), "decoy", SHAPE, LEGACY, PADDED),
        c("CTP-PASS-TYPE", N, "CHAR(3)", [r[5] for r in rows], "decoy", LEGACY, PADDED),
        c("CTP-SURNAME", "last_name", "CHAR(25)", _blank([_upper(r[1]) for r in rows], 25), LEGACY, PADDED),
        c("CTP-FORENAMES", "first_name", "CHAR(25)", _blank([_upper(r[0]) for r in rows], 25), LEGACY, PADDED),
        c("CTP-TITLE", N, "CHAR(4)", _blank([title(r) for r in rows], 4), "decoy", LEGACY, PADDED),
        c("CTP-DOB", "date_of_birth", "INTEGER", [0 if g.rnd.random() < 0.03 else v.yyyymmdd(r[6]) for r in rows],
          LEGACY, INT_DATE, ZERO),
        c("CTP-NINO", "ssn", "CHAR(9)", _blank(g.col(lambda: v.gb_nino(g), 0.35), 9), LEGACY, PADDED, ABBREV),
        c("CTP-NHS-NO", "national_id", "BIGINT", [int(v.gb_nhs(g)) if r[5] != "OAP" or g.rnd.random() < 0.3 else 0
                                                  for r in rows], LEGACY, NUMERIC, ZERO),
        c("CTP-ADDR-1", "street_address", "CHAR(30)", _blank(g.col(lambda: f"{g.rnd.randint(1, 160)} "
                                                                           f"{g.rnd.choice(v.WALES_STREETS)}"), 30),
          LEGACY, PADDED, ABBREV),
        c("CTP-ADDR-2", "street_address", "CHAR(30)", _blank(g.col(lambda: g.rnd.choice(
            ["PWLL", "FELINFOEL", "BYNEA", "JOHNSTOWN", "TUMBLE", "GLANAMAN", "LLANGENNECH"]), 0.55), 30), LEGACY,
          PADDED, ABBREV),
        c("CTP-TOWN", "city", "CHAR(20)", _blank([r[3] for r in rows], 20), LEGACY, PADDED),
        c("CTP-POSTCODE", "postal_code", "CHAR(8)", _blank([v.uk_postcode(g, r[4]) for r in rows], 8), LEGACY,
          PADDED),
        c("CTP-PHONE", "phone", "BIGINT", [g.phone("GB-CARM", "number", g.rnd.random() < 0.4)
                                           if g.rnd.random() < 0.6 else 0 for _ in range(g.rows)], LEGACY, NUMERIC,
          ZERO),
        c("CTP-CARER-NAME", "person_name", "CHAR(30)", _blank([_upper(v.whole(g, "wales")) if r[5] == "CMP"
                                                               or g.rnd.random() < 0.12 else None for r in rows], 30),
          LEGACY, PADDED, ROLE, NULLWORD),
        c("CTP-ELIG-EVID", N, "CHAR(6)", _blank([g.rnd.choice(["PIP", "DLA", "BLUEBD", "DVLA"]) if r[5] != "OAP"
                                                else "AGE" for r in rows], 6), "decoy", LEGACY, PADDED, ABBREV),
        c("CTP-ISSUE-DT", N, "INTEGER", [v.yyyymmdd(d) for d in issued], "decoy", LEGACY, INT_DATE, EVENT),
        c("CTP-EXPIRY-DT", N, "INTEGER", [v.yyyymmdd(d.replace(year=d.year + 5, day=min(d.day, 28)))
                                          for d in issued], "decoy", LEGACY, INT_DATE, EVENT),
        c("CTP-ISSUE-OFFICE", N, "CHAR(24)", _blank(g.col(g.pick(offices)), 24), "business", LEGACY, PADDED),
        c("CTP-USER-FLD-1", N, "CHAR(8)", _blank(g.col(lambda: g.code("MB99A99")), 8), "decoy", LEGACY, PADDED,
          OPAQUE),
        c("CTP-USER-FLD-2", "last_name", "CHAR(25)", _blank([_upper(v.family(g, "wales")) if r[2]
                                                             and g.rnd.random() < 0.75 else None for r in rows], 25),
          LEGACY, PADDED, OPAQUE, MISLEADING),
        c("CTP-LAST-UPD-PGM", N, "CHAR(8)", _blank(g.col(g.pick(["CTPB210", "CTPB215"])), 8), "decoy", LEGACY,
          PADDED, AUDIT, SERVICE),
        c("CTP-LAST-UPD-USER", USERNAME, "CHAR(8)", _blank(g.col(g.pick(clerks)), 8), LEGACY, PADDED, USER, AUDIT),
    ])


def fl_parking_citations(g: Gen) -> Table:
    """A Broward County city's parking citation master on an AS/400 (file prefix ``PK``, padded CHAR values): the
    citation number, issue date as a ``CYYMMDD`` number and time, violation, fine, meter number and block location
    (``none``), plate and state, the registered owner's last and first name and middle initial, address, city,
    state, ZIP as a number and phone as a number (0 for none), Florida driver licence (Soundex and the birth date
    encoded), birth date as a ``CYYMMDD`` number, the enforcement officer's surname, status, the user profile and the
    program that changed the row; ``PKUDF2`` the e-mail the fine was paid from, ``PKUDF1`` a hearing code."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        first, last = v.person(g, "fl", female)
        city, zips = g.rnd.choice(v.FL_CITIES)
        born = g.birth(1945, 2006)
        rows.append((first, last, female, city, g.rnd.choice(zips), born, g.rnd.random() < 0.78))
    officers = _staff(g, 7, lambda x: _upper(v.family(x, "fl")))
    profiles = ["PKCLERK1", "PKCLERK2", "MGONZALEZ", "TPRUITT", "KJOSEPH"]

    return Table("CITLIB.PKCITM", "en", "screaming", [
        c("PKCIT#", N, "CHAR(11)", _blank(g.col(lambda: g.code("B2599999999")), 11), "decoy", SHAPE, LEGACY, PADDED,
          KEY),
        c("PKISDT", N, "INTEGER", [v.cyymmdd(g.day("2024-01-01", "2025-11-30")) for _ in range(g.rows)], "decoy",
          LEGACY, INT_DATE, EVENT),
        c("PKISTM", N, "INTEGER", g.col(lambda: g.rnd.randint(6, 22) * 100 + g.rnd.randint(0, 59)), "decoy", LEGACY),
        c("PKVIOL", N, "CHAR(8)", _blank(g.col(g.pick(["39-613", "39-610", "39-617", "39-622", "316.1945"])), 8),
          "decoy", LEGACY, PADDED),
        c("PKFINE", N, "DECIMAL(7,2)", g.col(g.pick([35.0, 40.0, 50.0, 75.0, 250.0])), "decoy", LEGACY),
        c("PKMETR", N, "CHAR(8)", _blank(g.col(lambda: g.code("M9999"), 0.4), 8), "decoy", SHAPE, LEGACY, PADDED),
        c("PKLOC", N, "CHAR(30)", _blank(g.col(lambda: f"{g.rnd.randint(1, 39)}00 BLK {g.rnd.choice(v.FL_STREETS)}"),
                                         30), "decoy", LEGACY, PADDED),
        c("PKPLAT", N, "CHAR(8)", _blank(g.col(lambda: g.code("AAAA99") if g.rnd.random() < 0.5 else g.code("99AAAA")),
                                         8), "decoy", SHAPE, LEGACY, PADDED),
        c("PKPLST", N, "CHAR(2)", [("FL" if r[6] else g.rnd.choice(["GA", "NY", "NJ", "QC"])) for r in rows], "decoy",
          LEGACY),
        c("PKOLNM", "last_name", "CHAR(20)", _blank([_upper(r[1]) for r in rows], 20), LEGACY, PADDED, ABBREV),
        c("PKOFNM", "first_name", "CHAR(15)", _blank([_upper(r[0]) for r in rows], 15), LEGACY, PADDED, ABBREV),
        c("PKOMI", "first_name", "CHAR(1)", [g.rnd.choice("ABCDEFGJLMRST") if g.rnd.random() < 0.6 else " "
                                             for _ in range(g.rows)], LEGACY, PADDED, ABBREV),
        c("PKOAD1", "street_address", "CHAR(30)", _blank(g.col(lambda: f"{g.rnd.randint(100, 19999)} "
                                                                       f"{g.rnd.choice(v.FL_STREETS)}"), 30), LEGACY,
          PADDED, ABBREV),
        c("PKOCTY", "city", "CHAR(18)", _blank([r[3] for r in rows], 18), LEGACY, PADDED, ABBREV),
        c("PKOST", N, "CHAR(2)", ["FL"] * g.rows, "decoy", LEGACY, ABBREV),
        c("PKOZIP", "postal_code", "INTEGER", [r[4] if g.rnd.random() < 0.92 else 0 for r in rows], LEGACY, NUMERIC,
          ZERO, ABBREV),
        c("PKOPHN", "phone", "BIGINT", [g.phone("US-FL", "number") if g.rnd.random() < 0.55 else 0
                                        for _ in range(g.rows)], LEGACY, NUMERIC, ZERO, ABBREV),
        c("PKODLN", "national_id", "CHAR(17)", _blank([v.fl_licence(g, r[1], r[5], r[2]) if r[6] else None
                                                       for r in rows], 17), LEGACY, PADDED, ABBREV),
        c("PKODOB", "date_of_birth", "INTEGER", [v.cyymmdd(r[5]) if r[6] or g.rnd.random() < 0.3 else 0
                                                 for r in rows], LEGACY, INT_DATE, ZERO, ABBREV),
        c("PKENOF", "last_name", "CHAR(20)", _blank(g.col(g.pick(officers)), 20), LEGACY, PADDED, STAFF, ROLE,
          ABBREV),
        c("PKSTAT", N, "CHAR(4)", _blank(g.col(g.pick(["PAID", "OPEN", "HEAR", "COLL", "PAID"])), 4), "decoy",
          LEGACY, PADDED),
        c("PKUDF1", N, "CHAR(6)", _blank(g.col(lambda: g.code("H9A"), 0.6), 6), "decoy", LEGACY, PADDED, OPAQUE),
        c("PKUDF2", "email", "CHAR(40)", _blank([v.email_of(g, r[0], r[1], v.DOMAINS["us"])
                                                 if g.rnd.random() < 0.45 else None for r in rows], 40), LEGACY,
          PADDED, OPAQUE, MISLEADING),
        c("PKUSER", USERNAME, "CHAR(10)", _blank(g.col(g.pick(profiles)), 10), LEGACY, PADDED, USER, AUDIT),
        c("PKPGM", N, "CHAR(10)", _blank(g.col(g.pick(["PKR120", "PKR125", "PKPAYIN"])), 10), "decoy", LEGACY, PADDED,
          AUDIT, SERVICE),
    ])


def hk_driving_school(g: Gen) -> Table:
    """A Hong Kong driving school's learner enrolments (SCREAMING case): the enrolment number, HKID (check character
    computed), English surname and given names, the name in Chinese characters, birth date, mobile, e-mail, flat,
    floor and block, building or estate, district, the vehicle class, the course package and its SKU, the
    instructor, branch and branch phone (``none``), receipt numbers shaped like an HKID whose check character is
    wrong, the road test date, the payment reference and the enrolling clerk's login; ``USER_DEF_2`` the emergency
    contact's mobile, ``USER_DEF_1`` a promotion code."""
    rows = [v.hk_person(g) for _ in range(g.rows)]
    def instructor(x: Gen) -> str:
        fam, giv, _, female = v.hk_person(x, english=0.0)
        return f"{'Ms' if female else 'Mr'} {fam} {giv}"

    instructors = _staff(g, 6, instructor)
    branches = [("Sha Tin Centre", g.phone("HK", "national", False)), ("Kowloon Bay Centre",
                                                                       g.phone("HK", "national", False)),
                ("Yuen Long Centre", g.phone("HK", "national", False))]
    branch = [g.rnd.choice(branches) for _ in range(g.rows)]
    courses = [("Private Car Full Course 20 Lessons", "PC-FULL-20"), ("Private Car Refresher 6 Lessons", "PC-REF-06"),
               ("Light Goods Vehicle 16 Lessons", "LGV-16"), ("Motorcycle Starter 10 Lessons", "MC-10")]
    course = [g.rnd.choice(courses) for _ in range(g.rows)]
    clerks = _staff(g, 4, lambda x: (f"{x.rnd.choice(v.HK_FAMILY)[0].lower()}."
                                     f"{x.rnd.choice('ckmswy')}{x.rnd.choice('hklmsy')}{x.rnd.randint(1, 9)}"))
    return Table("HKDS.LEARNER_ENROLMENT", "en", "screaming", [
        c("ENROL_NO", N, "VARCHAR", [f"E25{i:06d}" for i in g.keys(1)], "decoy", KEY, SHAPE),
        c("HKID_NO", "national_id", "VARCHAR", g.col(lambda: v.hkid(g)), ABBREV),
        c("ENG_SURNAME", "last_name", "VARCHAR", [r[0] for r in rows]),
        c("ENG_GIVEN_NAME", "first_name", "VARCHAR", [r[1] for r in rows]),
        c("CHI_NAME", "person_name", "VARCHAR", [r[2] if g.rnd.random() < 0.85 else None for r in rows], ABBREV),
        c("DOB", "date_of_birth", "DATE", g.births(1960, 2007), ABBREV),
        c("MOBILE_NO", "phone", "VARCHAR", g.phones("HK", {"national": 0.7, "intl": 0.2, "e164": 0.1})),
        c("EMAIL", "email", "VARCHAR", [v.email_of(g, r[1].split()[-1], r[0], v.DOMAINS["hk"])
                                        if g.rnd.random() < 0.85 else None for r in rows]),
        c("FLAT_FLOOR_BLOCK", "street_address", "VARCHAR", g.col(lambda: f"Flat {g.rnd.randint(1, 40)}"
                                                                         f"{g.rnd.choice('ABCDEFGH')}, "
                                                                         f"{g.rnd.randint(2, 45)}/F, Block "
                                                                         f"{g.rnd.randint(1, 12)}")),
        c("BUILDING_ESTATE", "street_address", "VARCHAR", g.col(g.pick(v.HK_ESTATES))),
        c("DISTRICT", "city", "VARCHAR", g.col(g.pick(v.HK_DISTRICTS)), LOCALITY),
        c("VEHICLE_CLASS", N, "VARCHAR", [cr[1].split("-")[0] for cr in course], "decoy"),
        c("COURSE_PKG", N, "VARCHAR", [cr[0] for cr in course], "decoy", PRODUCT),
        c("COURSE_SKU", N, "VARCHAR", [cr[1] for cr in course], "decoy", PRODUCT, SHAPE),
        c("INSTRUCTOR", "person_name", "VARCHAR", g.col(g.pick(instructors)), STAFF, ROLE),
        c("BRANCH", N, "VARCHAR", [b[0] for b in branch], "business"),
        c("BRANCH_TEL", N, "VARCHAR", [b[1] for b in branch], "business"),
        c("RECEIPT_NO", N, "VARCHAR", g.col(lambda: v.hkid_shaped_invalid(g)), "decoy", SHAPE),
        c("ROAD_TEST_DATE", N, "DATE", g.days("2025-09-01", "2026-06-30", 0.4), "decoy", EVENT),
        c("PAYMENT_REF", N, "VARCHAR", g.col(lambda: v.token(g, "pi_", 24)), "decoy", TOKEN),
        c("USER_DEF_1", N, "VARCHAR", g.col(g.pick(["", "SUMMER25", "STUDENT", "REFER", "OCTOPUS10"])), "decoy",
          OPAQUE),
        c("USER_DEF_2", "phone", "VARCHAR", g.phones("HK", {"national": 0.8, "intl": 0.2}, 0.9, 0.3), OPAQUE,
          MISLEADING),
        c("CREATED_BY", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT),
    ])


# -- German (Switzerland, SAP-style), French (Québec), Spanish (Argentina) ---------------------------------------------


def ch_sap_abos(g: Gen) -> Table:
    """A Bernese regional bus and rail company's season-ticket holders in an SAP custom table (SAP's German field
    abbreviations, padded CHAR values, dates as ``DATS``): the customer number, an Abo number shaped like an AHV
    number whose check digit is wrong, the Abo type, ``NACHN``, ``VORNA``, ``GBNAM`` (mostly blank), ``GBDAT``, the
    AHV number (``ssn``), ``STRAS`` and ``HSNMR``, ``PSTLZ``, ``ORT01``, ``TELNR``, ``SMTP_ADDR``, the IBAN of the
    direct debit and its holder ``KOINH``, the employer's UID for company Abos (``none``), the clerk ``SACHB`` by
    family name, ``ERNAM`` and ``ERDAT``; ``ZZFELD2`` the emergency contact, ``ZZFELD1`` a sales-channel code."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        first, last = v.person(g, "ch", female)
        town, posts = g.rnd.choice(v.CH_TOWNS)
        rows.append((first, last, female, town, g.rnd.choice(posts)))
    debit = [g.rnd.random() < 0.6 for _ in range(g.rows)]
    employers = [v.ch_uid(g) for _ in range(6)]
    clerks = _staff(g, 4, lambda x: v.family(x, "ch"))
    users = ["ABO_RYSER", "ABO_STUCKI", "ABO_WYSS", "ABO_MOSER"]
    return Table("SAPABO.ZABO_KUNDE", "de", "screaming", [
        c("KUNNR", N, "CHAR(10)", [f"{i:010d}" for i in g.keys(4_200_000)], "decoy", KEY, LEGACY),
        c("ABONR", N, "CHAR(16)", g.col(lambda: v.ch_ahv_shaped_invalid(g)), "decoy", SHAPE, LEGACY),
        c("ABOTYP", N, "CHAR(24)", _blank(g.col(g.pick(["Jahresabo Zone 100/101", "Halbtax", "Junior-Karte",
                                                       "Seniorenabo", "Monatsabo Libero"])), 24), "decoy", PRODUCT,
          LEGACY, PADDED),
        c("NACHN", "last_name", "CHAR(35)", _blank([r[1] for r in rows], 35), LEGACY, PADDED, ABBREV),
        c("VORNA", "first_name", "CHAR(35)", _blank([r[0] for r in rows], 35), LEGACY, PADDED, ABBREV),
        c("GBNAM", "last_name", "CHAR(35)", _blank([v.family(g, "ch") if r[2] and g.rnd.random() < 0.3 else None
                                                    for r in rows], 35), LEGACY, PADDED, ABBREV, NULLWORD),
        c("GBDAT", "date_of_birth", "CHAR(8)", [v.dats(g.birth(1935, 2010) if g.rnd.random() < 0.97 else None)
                                                for _ in range(g.rows)], LEGACY, INT_DATE, ZERO, ABBREV),
        c("ZZAHVNR", "ssn", "CHAR(16)", _blank(g.col(lambda: v.ch_ahv(g), 0.15), 16), LEGACY, PADDED, ABBREV),
        c("STRAS", "street_address", "CHAR(35)", _blank(g.col(g.pick(v.CH_STREETS)), 35), LEGACY, PADDED, ABBREV),
        c("HSNMR", "street_address", "CHAR(10)", _blank(g.col(lambda: f"{g.rnd.randint(1, 120)}"
                                                                      f"{g.rnd.choice(['', '', '', 'a', 'b'])}"), 10),
          LEGACY, PADDED, ABBREV),
        c("PSTLZ", "postal_code", "CHAR(10)", _blank([r[4] for r in rows], 10), LEGACY, PADDED, ABBREV),
        c("ORT01", "city", "CHAR(35)", _blank([r[3] for r in rows], 35), LEGACY, PADDED, ABBREV),
        c("TELNR", "phone", "CHAR(30)", _blank(g.phones("CH-BE", {"national": 0.6, "intl": 0.3, "e164": 0.1}, 0.8),
                                               30), LEGACY, PADDED, ABBREV),
        c("SMTP_ADDR", "email", "CHAR(241)", _blank([v.email_of(g, r[0], r[1], v.DOMAINS["ch"])
                                                     if g.rnd.random() < 0.8 else None for r in rows], 241), LEGACY,
          PADDED, ABBREV),
        c("IBAN", "iban", "CHAR(34)", _blank([v.iban(g, "CH", g.rnd.random() < 0.3) if d else None for d in debit],
                                             34), LEGACY, PADDED),
        c("KOINH", "person_name", "CHAR(60)", _blank([(f"{r[0]} {r[1]}" if g.rnd.random() < 0.85
                                                       else v.whole(g, "ch")) if d else None
                                                      for r, d in zip(rows, debit)], 60), LEGACY, PADDED, ABBREV,
          ROLE),
        c("GUELTBIS", N, "CHAR(8)", [v.dats(d) for d in g.days("2025-12-31", "2026-12-31")], "decoy", LEGACY,
          INT_DATE, EVENT, ABBREV),
        c("ARBG_UID", N, "CHAR(15)", _blank([g.rnd.choice(employers) if g.rnd.random() < 0.45 else None
                                             for _ in range(g.rows)], 15), "business", CHECK, SHAPE, LEGACY, PADDED),
        c("SACHB", "last_name", "CHAR(12)", _blank(g.col(g.pick(clerks)), 12), LEGACY, PADDED, STAFF, ROLE, ABBREV),
        c("ZZFELD1", N, "CHAR(10)", _blank(g.col(g.pick(["SCHALTER", "WEBSHOP", "APP", "SCHALTER"])), 10), "decoy",
          LEGACY, PADDED, OPAQUE),
        c("ZZFELD2", "person_name", "CHAR(40)", _blank(g.col(lambda: v.whole(g, "ch"), 0.4), 40), LEGACY, PADDED,
          OPAQUE, MISLEADING),
        c("ERNAM", USERNAME, "CHAR(12)", _blank(g.col(g.pick(users)), 12), LEGACY, PADDED, USER, AUDIT, ABBREV),
        c("ERDAT", N, "CHAR(8)", [v.dats(d) for d in g.days("2018-01-01", "2025-11-30")], "decoy", LEGACY, INT_DATE,
          EVENT, ABBREV),
    ])


def qc_autopartage(g: Gen) -> Table:
    """A Québec car-sharing co-operative's members (French, snake case): the member id and number, first and family
    name, birth date, the SAAQ-shaped licence number (the row's birth date), the NAS for the co-op's yearly
    dividend slips (mostly NULL, some ``000-000-000``), e-mail, mobile and home phone (mostly NULL), address and
    apartment (mostly NULL), town and postal code, the plan, the bank account for dividends (``unclassified``), the
    GST/QST account of business members (``none``), the clerk by first name, the sign-up IP, the joining date and the
    editor's login; ``champ_libre_2`` a billing address, ``champ_libre_1`` a parking code."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        first, last = v.person(g, "qc", female)
        born = g.birth(1950, 2006)
        town, fsa = g.rnd.choice(v.QC_PLACES)
        rows.append((first, last, female, born, town, fsa))
    clerks = _staff(g, 4, lambda x: v.given(x, "qc"))
    editors = _logins(g, 4, "qc", 4)

    def street() -> str:
        return f"{g.rnd.randint(10, 9999)}, {g.rnd.choice(v.QC_STREETS)}"

    return Table("autopartage_qc.membres", "fr", "snake", [
        c("id_membre", N, "INTEGER", g.keys(30_001), "decoy", KEY),
        c("no_membre", N, "VARCHAR", g.col(lambda: g.code("M-99999")), "decoy", SHAPE, ABBREV),
        c("prenom", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("nom", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("date_naissance", "date_of_birth", "DATE", [r[3] for r in rows]),
        c("no_permis", "national_id", "VARCHAR", [v.qc_permis(g, r[1], r[3], r[2]) for r in rows], ABBREV),
        c("nas", "ssn", "VARCHAR", _dirty(g, g.col(lambda: v.ca_sin(g, g.rnd.random() < 0.6), 0.68), 0.12,
                                          ["000-000-000"]), HEAVY, PLACEHOLDER, ABBREV),
        c("courriel", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["qc"]) for r in rows]),
        c("tel_cellulaire", "phone", "VARCHAR", g.phones("CA-QC", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 1.0,
                                                         0.08), ABBREV),
        c("tel_domicile", "phone", "VARCHAR", g.phones("CA-QC", {"national": 0.7, "dashes": 0.3}, 0.0, 0.7), HEAVY,
          ABBREV),
        c("adresse", "street_address", "VARCHAR", g.col(street)),
        c("app", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 12) * 100 + g.rnd.randint(1, 9)),
                                                    0.6), HEAVY, ABBREV),
        c("ville", "city", "VARCHAR", [r[4] for r in rows]),
        c("code_postal", "postal_code", "VARCHAR", [v.ca_postal(g, r[5]) for r in rows]),
        c("no_contrat", N, "VARCHAR", g.col(lambda: g.code("CTR-99-99999")), "decoy", SHAPE, ABBREV),
        c("forfait", N, "VARCHAR", g.col(g.pick(["Liberté", "Économique", "Plus", "Entreprise"])), "decoy", PRODUCT),
        c("no_compte", BANK, "VARCHAR", g.col(lambda: g.digits(7), 0.3), BANK_ACCOUNT, ABBREV),
        c("no_tps_entreprise", N, "VARCHAR", g.col(lambda: v.ca_bn(g), 0.6), "business", CHECK, SHAPE, ABBREV),
        c("champ_libre_1", N, "VARCHAR", g.col(lambda: f"STAT-{g.code('A99')}", 0.3), "decoy", OPAQUE),
        c("champ_libre_2", "street_address", "VARCHAR", g.col(street, 0.45), OPAQUE, MISLEADING),
        c("prepose", "first_name", "VARCHAR", g.col(g.pick(clerks)), STAFF, ROLE),
        c("ip_inscription", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.4), 0.1), ABBREV),
        c("date_adhesion", N, "DATE", g.days("2012-01-01", "2025-11-30"), "decoy", EVENT),
        c("modifie_par", USERNAME, "VARCHAR", g.col(g.pick(editors)), USER, AUDIT),
    ])


def ar_remises(g: Gen) -> Table:
    """A Buenos Aires remis (private-hire car) agency group's drivers (Spanish, camel case): the driver id, file
    numbers of eleven digits that fail the CUIL check, surname, first names, DNI, CUIL (``ssn``: ANSES issues it),
    birth date as ``dd/mm/aaaa`` text, the licence category, mobile, e-mail, street, number, floor and flat (mostly
    NULL), locality and postal code (a CPA in the city), the CBU for weekly settlements (``unclassified``), the agency
    and its CUIT (``none``), the plate, remarks mostly ``sin observaciones`` and the clerk's login;
    ``campoLibre2`` a phone, an e-mail or a name by row, ``campoLibre1`` a shift code."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.12
        first, last = v.person(g, "ar", female)
        born = g.birth(1960, 2004)
        dni = v.ar_dni(g, born)
        town, lead = g.rnd.choice(v.AR_PLACES)
        rows.append((first, last, female, born, dni, town, lead))
    agencies = [("Remises Palermo SRL", v.ar_cuit_company(g)), ("Remís Del Sur SA", v.ar_cuit_company(g)),
                ("Agencia Lanús Express SRL", v.ar_cuit_company(g)), ("Viajes Oeste Morón SRL",
                                                                       v.ar_cuit_company(g))]
    agency = [g.rnd.choice(agencies) for _ in range(g.rows)]
    editors = _logins(g, 4, "ar", 0)

    def free() -> str:
        return g.rnd.choice([lambda: g.phone("AR-BA", "national"), lambda: v.email_of(g, *v.person(g, "ar"),
                                                                                      v.DOMAINS["ar"]),
                             lambda: v.whole(g, "ar")])()

    return Table("remises_ba.choferes", "es", "camel", [
        c("idChofer", N, "INTEGER", g.keys(5_001), "decoy", KEY),
        c("nroLegajo", N, "VARCHAR", g.col(lambda: v.ar_legajo_invalid(g)), "decoy", SHAPE, ABBREV),
        c("apellido", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("nombres", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("nroDoc", "national_id", "VARCHAR", [f"{int(r[4]):,}".replace(",", ".") if g.rnd.random() < 0.4 else r[4]
                                               for r in rows], ABBREV),
        c("cuil", "ssn", "VARCHAR", [v.ar_cuil(r[4], r[2]) for r in rows]),
        c("fechaNac", "date_of_birth", "VARCHAR", [r[3].strftime("%d/%m/%Y") for r in rows], DOB_TEXT, ABBREV),
        c("categoriaLicencia", N, "VARCHAR", g.col(g.pick(["D1", "D1", "D2", "B1"])), "decoy"),
        c("celular", "phone", "VARCHAR", g.phones("AR-BA", {"national": 0.6, "intl": 0.2, "e164": 0.2})),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["ar"]) if g.rnd.random() < 0.8 else None
                                        for r in rows]),
        c("calle", "street_address", "VARCHAR", g.col(g.pick(v.AR_STREETS))),
        c("altura", "street_address", "INTEGER", g.ints(10, 9800)),
        c("pisoDepto", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 14)}° {g.rnd.choice('ABCDEF')}",
                                                          0.6), HEAVY, ABBREV),
        c("localidad", "city", "VARCHAR", [r[5] for r in rows]),
        c("codPostal", "postal_code", "VARCHAR", [v.ar_postal(g, r[6]) for r in rows], ABBREV),
        c("cbu", BANK, "VARCHAR", g.col(lambda: v.ar_cbu(g), 0.1), BANK_ACCOUNT, ABBREV),
        c("agencia", N, "VARCHAR", [a[0] for a in agency], "business"),
        c("agenciaCuit", N, "VARCHAR", [a[1] for a in agency], "business", CHECK, SHAPE),
        c("patente", N, "VARCHAR", g.col(lambda: g.code("AA 999 AA") if g.rnd.random() < 0.7 else g.code("AAA 999")),
          "decoy", SHAPE),
        c("campoLibre1", N, "VARCHAR", g.col(g.pick(["T1", "T2", "T3", "NOCHE"])), "decoy", OPAQUE),
        c("campoLibre2", "free_text", "VARCHAR", g.col(free, 0.3), MIXED, OPAQUE),
        c("observaciones", "free_text", "VARCHAR", g.sparse(lambda: g.rnd.choice(
            [f"Reemplaza a {v.whole(g, 'ar')} los fines de semana", f"Referido por {v.whole(g, 'ar')}",
             "Presentó certificado de antecedentes", f"Su esposa {v.given(g, 'ar')} llama si no contesta"]), 0.8,
            ("sin observaciones", "-", "", "S/D")), NULLWORD),
        c("usuarioAlta", USERNAME, "VARCHAR", g.col(g.pick(editors)), USER, AUDIT),
    ])


# -- Dutch (Belgium), Danish, Ukrainian, romanized Japanese ------------------------------------------------------------


def be_deelfietsen(g: Gen) -> Table:
    """A Ghent bike and e-scooter sharing scheme's users (Dutch, Pascal case): a UUID, first and family name, birth
    date, the national register number (the row's birth date and sex) and the eID card number (``national_id``),
    mobile, e-mail, street, house number and box (mostly empty), postcode and sub-municipality, the IBAN of the
    direct debit, the subscription, the structured payment reference (``+++…+++``, check digits: ``none``), file
    numbers shaped like a national register number that fail its check, the company and enterprise number of business
    accounts (``none``), the last app IP and version and the creation time; ``VrijVeld2`` an invoice e-mail,
    ``VrijVeld1`` a campaign code."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        first, last = v.person(g, "be", female)
        born = g.birth(1950, 2008)
        rows.append((first, last, female, born, g.rnd.choice(v.BE_PLACES)))
    firms = [("Arteveldehogeschool", v.be_vat(g)), ("Stad Gent", v.be_vat(g)), ("Volvo Car Gent NV", v.be_vat(g)),
             ("Ghelamco NV", v.be_vat(g)), ("Universitair Ziekenhuis Gent", v.be_vat(g))]
    firm = [g.rnd.choice(firms) if g.rnd.random() < 0.45 else (None, None) for _ in range(g.rows)]
    return Table("deelmobiliteit_gent.Gebruikers", "nl", "pascal", [
        c("GebruikerId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        c("Voornaam", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("Achternaam", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("Geboortedatum", "date_of_birth", "DATE", [r[3] for r in rows]),
        c("Rijksregisternummer", "national_id", "VARCHAR", [v.be_nn(g, r[3], r[2]) for r in rows]),
        c("EidKaartnummer", "national_id", "VARCHAR", g.col(lambda: v.be_eid(g), 0.45), ABBREV),
        c("Gsm", "phone", "VARCHAR", g.phones("BE-GENT", {"national": 0.6, "intl": 0.25, "e164": 0.15}, 0.95)),
        c("Email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["be"]) for r in rows]),
        c("Straat", "street_address", "VARCHAR", g.col(g.pick(v.BE_STREETS))),
        c("Huisnummer", "street_address", "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 260)))),
        c("Bus", "street_address", "VARCHAR", g.sparse(lambda: g.rnd.choice(["A", "B", "0101", "0203", "3"]), 0.8,
                                                       ("", "", "-")), NULLWORD),
        c("Postcode", "postal_code", "VARCHAR", [r[4][1] for r in rows]),
        c("Gemeente", "city", "VARCHAR", [r[4][0] for r in rows], LOCALITY),
        c("Iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "BE", g.rnd.random() < 0.5), 0.2)),
        c("Abonnement", N, "VARCHAR", g.col(g.pick(["Dagpas", "Jaarabonnement", "Student -26", "Jaarabonnement",
                                                    "Zakelijk"])), "decoy", PRODUCT),
        c("BetaalReferentie", N, "VARCHAR", g.col(lambda: f"+++{v.be_ogm(g)}+++"), "decoy", CHECK, SHAPE),
        c("DossierNummer", N, "VARCHAR", g.col(lambda: v.be_nn_shaped_invalid(g), 0.5), "decoy", SHAPE),
        c("Bedrijfsnaam", N, "VARCHAR", [f[0] for f in firm], "business"),
        c("Ondernemingsnummer", N, "VARCHAR", [f[1] for f in firm], "business", CHECK, SHAPE),
        c("LaatsteIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.45), 0.05), ABBREV),
        c("AppVersie", N, "VARCHAR", g.col(g.version), "decoy", VERSION),
        c("VrijVeld1", N, "VARCHAR", g.col(g.pick(["GENT-FEEST", "UGENT", "", "WINTER24"])), "decoy", OPAQUE),
        c("VrijVeld2", "email", "VARCHAR", [v.email_of(g, r[0], r[1], ["facturen.be", "boekhouding.be"] +
                                                       v.DOMAINS["be"]) if g.rnd.random() < 0.5 else None
                                            for r in rows], OPAQUE, MISLEADING),
        c("AangemaaktOp", N, "TIMESTAMP", g.moments("2019-03-01", "2025-11-30"), "decoy", EVENT),
    ])


def dk_beboerlicenser(g: Gen) -> Table:
    """Aarhus municipality's residents' parking permits (Danish, snake case): the permit id and number, zone and
    plate, the CPR number (the row's birth date), first, middle (mostly NULL) and family name, birth date, address,
    postcode as a number and town, mobile, e-mail, the leasing company of a company car and its CVR (``none``), the
    account number a refund goes to (``unclassified``; the bank's reg. no. ``none``), case numbers shaped like a CPR
    whose date does not exist, caseworkers, remarks mostly ``ingen``, the expiry; ``frit_felt_2`` a second phone,
    ``frit_felt_1`` a letter template code."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        first, last = v.person(g, "dk", female)
        born = g.birth(1935, 2006)
        rows.append((first, last, female, born, g.rnd.choice(v.DK_PLACES)))
    leasing = [("LeasePlan Danmark A/S", v.dk_cvr(g)), ("Ayvens Danmark A/S", v.dk_cvr(g)),
               ("Nordania Leasing", v.dk_cvr(g)), ("Aarhus Erhvervsleasing ApS", v.dk_cvr(g))]
    lease = [g.rnd.choice(leasing) if g.rnd.random() < 0.35 else ("", "") for _ in range(g.rows)]
    workers = _staff(g, 5, lambda x: v.whole(x, "dk"))

    def remark() -> str:
        return g.rnd.choice([f"Flyttet fra {v.whole(g, 'dk')}s lejlighed", "Delebil, se kontrakt",
                             f"Datter {v.given(g, 'dk')} kører bilen", "Klage over afgift afvist"])

    return Table("parkering_aarhus.beboerlicenser", "da", "snake", [
        c("licens_id", N, "INTEGER", g.keys(8_001), "decoy", KEY),
        c("licensnummer", N, "VARCHAR", g.col(lambda: g.code("BL-99999")), "decoy", SHAPE),
        c("zone", N, "VARCHAR", g.col(g.pick(["C1", "C2", "N", "Frederiksbjerg", "Trøjborg"])), "decoy"),
        c("nummerplade", N, "VARCHAR", g.col(lambda: g.code("AA 99 999")), "decoy", SHAPE),
        c("cpr_nr", "national_id", "VARCHAR", [v.dk_cpr(g, r[3], r[2]) for r in rows], ABBREV),
        c("fornavn", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("mellemnavn", "last_name", "VARCHAR", g.col(lambda: v.family(g, "dk"), 0.7), HEAVY),
        c("efternavn", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("foedselsdato", "date_of_birth", "DATE", [r[3] for r in rows]),
        c("adresse", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.DK_STREETS)} "
                                                                f"{g.rnd.randint(1, 120)}"
                                                                f"{g.rnd.choice(['', '', ', 1. tv', ', st.'])}")),
        c("postnr", "postal_code", "INTEGER", [r[4][0] for r in rows], NUMERIC),
        c("bynavn", "city", "VARCHAR", [r[4][1] for r in rows]),
        c("mobil", "phone", "VARCHAR", g.phones("DK-AAR", {"national": 0.6, "nsn": 0.2, "e164": 0.2})),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["dk"]) if g.rnd.random() < 0.9 else None
                                        for r in rows]),
        c("leasingselskab", N, "VARCHAR", [x[0] for x in lease], "business"),
        c("leasing_cvr", N, "VARCHAR", [x[1] for x in lease], "business", CHECK, SHAPE),
        c("reg_nr", N, "VARCHAR", g.col(g.pick(["1551", "2211", "3409", "7681", "9570", "6060"])), "decoy"),
        c("konto_nr", BANK, "VARCHAR", g.col(lambda: g.digits(10), 0.2), BANK_ACCOUNT),
        c("sagsnummer", N, "VARCHAR", g.col(lambda: v.dk_cpr_shaped_invalid(g), 0.6), "decoy", SHAPE),
        c("sagsbehandler", "person_name", "VARCHAR", g.col(g.pick(workers)), STAFF, ROLE),
        c("bemaerkning", "free_text", "VARCHAR", g.sparse(remark, 0.8, ("ingen", "", "-")), NULLWORD),
        c("frit_felt_1", N, "VARCHAR", g.col(g.pick(["BREV-03", "BREV-07", "EBOKS"])), "decoy", OPAQUE),
        c("frit_felt_2", "phone", "VARCHAR", g.phones("DK-AAR", {"national": 0.7, "nsn": 0.3}, 0.8, 0.5), OPAQUE,
          MISLEADING),
        c("gyldig_til", N, "DATE", g.days("2025-12-01", "2027-06-30"), "decoy", EVENT),
    ])


def ua_pilgovyi_proizd(g: Gen) -> Table:
    """A Lviv city transport operator's register of concession travel cards (Ukrainian, Cyrillic names and values):
    the record and card number (``none``), family name (feminine forms), given name and patronymic, birth date, the
    individual tax number (РНОКПП: the row's birth date and sex), the passport or ID card, the concession category,
    phone, e-mail (mostly NULL), street, house, flat, town and postcode, contract numbers of ten digits that fail the
    РНОКПП check, the administrative services centre that issued the card and its ЄДРПОУ (``none``), operators and
    the time of issue; ``дод_поле_2`` the person who may collect the card, ``дод_поле_1`` a batch code."""
    rows = []
    for _ in range(g.rows):
        last, first, patr, female = v.ua_person(g)
        born = g.birth(1932, 2010)
        rows.append((last, first, patr, female, born, g.rnd.choice(v.UA_TOWNS)))
    centres = [("ЦНАП Франківського району", v.ua_edrpou(g)), ("ЦНАП Сихівського району", v.ua_edrpou(g)),
               ("ЦНАП Шевченківського району", v.ua_edrpou(g)), ("ЛКП «Львівавтодор»", v.ua_edrpou(g))]
    centre = [g.rnd.choice(centres) for _ in range(g.rows)]
    def operator(x: Gen) -> str:
        last, first, patronymic, _ = v.ua_person(x)
        return f"{last} {first[0]}. {patronymic[0]}."

    operators = _staff(g, 5, operator)

    def mail(r: tuple) -> str:
        local = f"{v.ua_latin(r[1])}.{v.ua_latin(r[0])}"
        return f"{local}{g.rnd.randint(1, 99) if g.rnd.random() < 0.4 else ''}@{g.rnd.choice(v.DOMAINS['ua'])}"

    def carer() -> str:
        p = v.ua_person(g)
        return f"{p[0]} {p[1]} {p[2]}"

    return Table("пільговий_проїзд.картки_пільговиків", "uk", "snake", [
        c("номер_запису", N, "BIGINT", g.keys(600_001), "decoy", KEY),
        c("номер_картки", N, "VARCHAR", g.col(lambda: v.not_luhn(g, "9804", 16)), "decoy", SHAPE),
        c("прізвище", "last_name", "VARCHAR", [r[0] for r in rows]),
        c("ім'я", "first_name", "VARCHAR", [r[1] for r in rows]),
        c("по_батькові", "person_name", "VARCHAR", [r[2] for r in rows]),
        c("дата_народження", "date_of_birth", "DATE", [r[4] for r in rows]),
        c("рнокпп", "national_id", "VARCHAR", [v.ua_rntrc(g, r[4], r[3]) if g.rnd.random() < 0.92 else None
                                               for r in rows], ABBREV),
        c("паспорт", "national_id", "VARCHAR", g.col(lambda: v.ua_passport(g), 0.1)),
        c("категорія_пільги", N, "VARCHAR", [("пенсіонер за віком" if r[4].year < 1964 else g.rnd.choice(
            ["особа з інвалідністю II групи", "учасник бойових дій", "багатодітна сімʼя", "учень"])) for r in rows],
          "decoy"),
        c("телефон", "phone", "VARCHAR", g.phones("UA-LV", {"national": 0.5, "intl": 0.2, "e164": 0.2,
                                                            "digits": 0.1}, 0.85, 0.05)),
        c("ел_пошта", "email", "VARCHAR", [mail(r) if g.rnd.random() < 0.35 else None for r in rows], HEAVY,
          ABBREV),
        c("вулиця", "street_address", "VARCHAR", g.col(g.pick(v.UA_STREETS))),
        c("будинок", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 180)}"
                                                                f"{g.rnd.choice(['', '', '', 'а', 'б'])}")),
        c("квартира", "street_address", "INTEGER", g.ints(1, 240, 0.3)),
        c("місто", "city", "VARCHAR", [r[5][0] for r in rows]),
        c("індекс", "postal_code", "VARCHAR", [r[5][1] + g.digits(2) for r in rows]),
        c("номер_договору", N, "VARCHAR", g.col(lambda: v.ua_rntrc_shaped_invalid(g), 0.3), "decoy", SHAPE),
        c("центр_видачі", N, "VARCHAR", [x[0] for x in centre], "business"),
        c("код_єдрпоу_центру", N, "VARCHAR", [x[1] for x in centre], "business", CHECK, SHAPE),
        c("оператор", "person_name", "VARCHAR", g.col(g.pick(operators)), STAFF, ROLE),
        c("дод_поле_1", N, "VARCHAR", g.col(lambda: g.code("П-99/9999")), "decoy", OPAQUE),
        c("дод_поле_2", "person_name", "VARCHAR", g.col(carer, 0.45), OPAQUE, MISLEADING),
        c("створено", N, "TIMESTAMP", g.moments("2021-01-01", "2025-11-30"), "decoy", EVENT),
    ])


def jp_taxi_jomuin(g: Gen) -> Table:
    """A Fukuoka taxi company's crew register (jōmuin daichō; romanized Japanese column names, Japanese values): the
    crew id and employee number, the name in kanji and its katakana reading, birth date as ``YYYY/MM/DD`` text, My
    Number (payroll), the basic pension number (``ssn``), the driving licence number, whether a second-class licence
    is held, postcode and address, mobile, the office, its phone and the company's corporate number (``none``), the
    salary account (``unclassified``), the dispatcher in charge by family name, the hiring date, remarks mostly
    ``なし`` and the editor's login; ``yobi_komoku_2`` the emergency contact's phone, ``yobi_komoku_1`` a shift code."""
    rows = []
    for _ in range(g.rows):
        fam, giv = v.jp_person(g)
        ward, lead, parts = g.rnd.choice(v.JP_WARDS)
        rows.append((fam, giv, ward, lead, g.rnd.choice(parts)))
    corp = v.jp_corporate(g)
    offices = [(name, g.phone("JP-FUK", "national", False)) for name in ("博多営業所", "天神営業所", "春日営業所")]
    office = [g.rnd.choice(offices) for _ in range(g.rows)]
    dispatchers = _staff(g, 4, lambda x: g.rnd.choice(v.JP_FAMILY)[0])
    editors = ["koga_h", "ushijima.k", "soumu01", "noda_m"]

    def remark() -> str:
        return g.rnd.choice([f"{g.rnd.choice(v.JP_FAMILY)[0]}さんの紹介で入社", "普通二種免許取得支援制度を利用",
                             f"妻（{g.rnd.choice(v.JP_FEMALE)[0]}）が緊急連絡先", "夜勤専属を希望"])

    return Table("takushi_fukuoka.jomuin_daicho", "ja", "snake", [
        c("jomuin_id", N, "INTEGER", g.keys(1), "decoy", KEY),
        c("shain_bango", N, "VARCHAR", g.col(lambda: g.code("T-99999")), "decoy", SHAPE),
        c("shimei", "person_name", "VARCHAR", [f"{r[0][0]} {r[1][0]}" for r in rows]),
        c("shimei_kana", "person_name", "VARCHAR", [f"{r[0][1]} {r[1][1]}" for r in rows]),
        c("seinengappi", "date_of_birth", "VARCHAR", [g.birth(1950, 2002).strftime("%Y/%m/%d")
                                                      for _ in range(g.rows)], DOB_TEXT),
        c("kojin_bango", "national_id", "VARCHAR", g.col(lambda: v.jp_my_number(g), 0.15)),
        c("kiso_nenkin_bango", "ssn", "VARCHAR", g.col(lambda: v.jp_pension(g), 0.05)),
        c("menkyosho_bango", "national_id", "VARCHAR", g.col(lambda: v.jp_licence(g))),
        c("nishu_menkyo", N, "VARCHAR", g.col(g.pick(["有", "有", "有", "取得中"])), "decoy"),
        c("yubin_bango", "postal_code", "VARCHAR", [f"{r[3]}-{g.digits(4)}" for r in rows]),
        c("jusho", "street_address", "VARCHAR", [f"福岡県{r[2]}{r[4]}{g.rnd.randint(1, 6)}丁目{g.rnd.randint(1, 30)}-"
                                                 f"{g.rnd.randint(1, 20)}" for r in rows]),
        c("keitai_denwa", "phone", "VARCHAR", g.phones("JP-FUK", {"national": 0.8, "digits": 0.2})),
        c("kinmu_eigyosho", N, "VARCHAR", [o[0] for o in office], "business"),
        c("eigyosho_denwa", N, "VARCHAR", [o[1] for o in office], "business"),
        c("hojin_bango", N, "VARCHAR", [corp] * g.rows, "business", CHECK, SHAPE),
        c("furikomi_koza", BANK, "VARCHAR", g.col(lambda: f"普通 {g.digits(7)}", 0.05), BANK_ACCOUNT),
        c("tantosha", "last_name", "VARCHAR", g.col(g.pick(dispatchers)), STAFF, ROLE),
        c("nyusha_bi", N, "DATE", g.days("2005-04-01", "2025-11-01"), "decoy", EVENT),
        c("biko", "free_text", "VARCHAR", g.sparse(remark, 0.8, ("なし", "", "不明")), NULLWORD),
        c("yobi_komoku_1", N, "VARCHAR", g.col(g.pick(["A勤", "B勤", "隔日", "夜勤"])), "decoy", OPAQUE),
        c("yobi_komoku_2", "phone", "VARCHAR", g.phones("JP-FUK", {"national": 1.0}, 0.7, 0.3), OPAQUE, MISLEADING),
        c("koshin_sha", USERNAME, "VARCHAR", g.col(g.pick(editors)), USER, AUDIT),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (wa_reduced_fare, 900), (man_driver_licences, 650), (akl_car_share, 700), (ab_parking_staging, 800),
    (gh_ride_drivers, 600), (wales_bus_pass, 1_100), (fl_parking_citations, 1_400), (hk_driving_school, 500),
    (ch_sap_abos, 700), (qc_autopartage, 600), (ar_remises, 500), (be_deelfietsen, 750), (dk_beboerlicenser, 550),
    (ua_pilgovyi_proizd, 650), (jp_taxi_jomuin, 300),
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
