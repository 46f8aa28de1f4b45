"""Held-out set v86 for the column classifier: 15 tables of *real estate and property* (estate and letting agents,
tenant referencing, mortgage brokers, land-registry extracts, short-term rentals and their guests, property management
and service charges, viewings), one system per table and each a different organisation, eight with English column names
(Colorado, Bristol, Tasmania, Saskatchewan, Zambia, Cork, Massachusetts and Sri Lanka) and seven in German, French,
Spanish (Chile), Greek (Greek script), Russian (Cyrillic script), European Portuguese and Polish. Three are legacy
extracts (an AS/400 file with the two-letter field prefix ``TM``, a COBOL copybook's fixed-width file with hyphenated
names, an SAP-style table with SAP's German field abbreviations): padded CHAR values, dates as ``CYYMMDD`` and
``YYYYMMDD`` numbers and ``DATS`` text, and an SSN, phones and postal codes kept as numbers with 0 for missing; the
others are modern (snake, camel, Pascal and SCREAMING case, Greek and Cyrillic script), with abbreviations (``bdr_fnm``,
``bdr_lnm``, ``ctc_ph``, ``addr_ln1``, ``NRC_NO``, ``NOK_MOBILE``, ``EMAIL_ADDR``), a staging table with source-numbered
columns (``src_crm_col01`` to ``src_crm_col18``) and, in every table, an opaque custom field holding personal data
(``misc_2``, ``User2``, ``udf03``, ``src_crm_col17``, ``USER_FIELD_2``, ``code``, ``TMUDF2``, ``BB-USER-FLD-2``,
``ZZFELD2``, ``champ_libre_2``, ``CampoLibre2``, ``πρόσθετο_πεδίο_2``, ``доп_поле_2``, ``campoLivre2``,
``pole_dodatkowe_2``) beside one holding none (``misc_1``, ``User1``, ``udf04``, ``src_crm_col18``, ``USER_FIELD_1``,
``ref``, ``TMUDF1``, ``BB-USER-FLD-1``, ``ZZFELD1``, ``champ_libre_1``, ``CampoLibre1``, ``πρόσθετο_πεδίο_1``,
``доп_поле_1``, ``campoLivre1``, ``pole_dodatkowe_1``):

* ``summit_str.reservations``: a Summit County (Colorado) short-term rental manager's reservations (channels and their
  confirmation codes, the rentals' marketing names and coordinates, guests' names with some ``XXX``, Airbnb relay
  e-mails, phones of guests from across the US, home addresses, birth dates for the 25-and-over rule, driving
  licences seen at ID verification, the damage-deposit card kept in clear and its last four digits, the booking IP,
  housekeepers, ``misc_1`` a lockbox code, ``misc_2`` a second phone, the channel-sync integration);
* ``LetRef.TenantReferences``: a tenant-referencing service's references for Bristol letting agents (Pascal case:
  branches, their switchboards and UK VAT numbers, National Insurance numbers with some ``QQ123456C``, passports for
  right to rent, Bristol and Bath postcodes, employers' referees and their work e-mails, guarantors mostly ``N/A``,
  the bank account for the standing order, negotiators, ``User2`` the previous postcode);
* ``inspectHub.openHomeAttendees``: a Hobart agency's open-home (viewing) register (camel case: the property's address
  and suburb, listing agents, the offices' ABNs and phones, attendees' mobiles with some ``test@example.com`` e-mails,
  suburbs and postcodes, notes naming people, the sign-in geotag, ``udf03`` the co-buyer, ``udf04`` the lead source);
* ``stg_crm.src_crm_mortgage_deals``: a Saskatoon mortgage broker's CRM export in a staging table (``src_crm_col01``
  to ``src_crm_col18`` as text: names some ``LAST, First``, birth dates as text in two forms, SINs with some
  ``000 000 000``, Saskatchewan phones and postal codes, employers, lenders, brokers, the subject property,
  ``src_crm_col17`` the co-applicant's phone, e-mail or name by row, ``src_crm_col18`` the lender's commitment number,
  the loader's ``_loaded_at``, ``_source_file`` and ``_batch_id``);
* ``KABULONGA_PM.TENANT_LEDGER``: a Lusaka property manager's rent and service-charge ledger for gated estates
  (SCREAMING case: tenants recurring month after month, NRC numbers, Zambian mobiles, the unit's address as plot and
  road, next of kin, mobile-money references, property managers, clerks' logins, the billing jobs, ``USER_FIELD_1`` a
  gate card, ``USER_FIELD_2`` a second e-mail, remarks mostly ``N/A`` or ``NIL``);
* ``auction_cork.bidder_registrations``: a Cork estate agent's online-auction bidder registrations and their
  anti-money-laundering checks (PPSN, passports and driving licences, Eircodes, Irish mobiles, solicitors and their
  firms, the deposit-refund IBAN, the bidding IP, KYC references, the agent's Irish VAT numbers, auctioneers,
  ``code`` the joint bidder, ``ref`` the portal);
* ``PMLIB.TMMAST``: a Worcester (Massachusetts) property manager's AS/400 tenant master (padded upper-case names, the
  SSN, ZIP (its leading zero lost) and phones as numbers with 0 for missing, birth and move-in dates as ``CYYMMDD``
  numbers, Massachusetts driving licences, lease numbers shaped like an SSN whose area no SSN has, employers, property
  managers, ``TMUDF1`` a parking permit, ``TMUDF2`` the emergency contact's phone, user profiles and programs);
* ``LANKALAND.BLKBUYER``: a Kandy land developer's block buyers on instalments in a COBOL copybook's layout
  (``BB-BUYER-INITIALS``, ``BB-BUYER-SURNAME``, ``BB-FULL-NAME``, NIC numbers in the old and new forms encoding the
  row's birth year and day and, by adding 500, a woman, the birth date as a ``YYYYMMDD`` number, villages, towns and
  postal codes as numbers, mobiles as MSISDN numbers, survey plans and deeds, sales officers written ``K.M. HERATH``,
  guarantors mostly blank, ``BB-USER-FLD-1`` the branch, ``BB-USER-FLD-2`` a second mobile);
* ``SAPRE.ZRE_MIETER_NK``: a Leipzig housing co-operative's SAP-style table of tenant members and their service-charge
  prepayments (``NACHN``, ``VORNA``, ``GBDAT`` as ``DATS``, ``STRAS``, ``PSTLZ``, ``ORT01``, ``TELF1``, ``TELF2``,
  ``SMTP_ADDR``, the Steuer-ID in ``STCD1`` for members' dividends, ``IBAN`` and ``KOINH``, ``VTBEG``, clerks by family
  name in ``SACHB``, ``ERNAM``, ``ERDAT``, ``ZZFELD1`` a key number, ``ZZFELD2`` the co-tenant);
* ``gestion_locative_lille.dossiers_candidats``: a Lille letting agency's tenant application files (French: the
  agencies' SIRET, ``nom`` and ``prenom``, birth dates as ``dd/mm/yyyy`` text, the numéro fiscal from the tax notice,
  guarantors written ``NOM Prénom`` and their phones, Visale certificate numbers, the direct-debit IBAN mostly NULL,
  advisers, comments mostly ``RAS`` or ``néant``, ``champ_libre_2`` the guarantor's e-mail);
* ``CorredoraStgo.ContratosArriendo``: a Santiago property broker's lease contracts (Chilean Spanish, Pascal case:
  folios written like a RUT failing its check, SII roll numbers, the flat's address and comuna, two given names and
  two family names, the tenant's, guarantor's and landlord's RUT and names, the landlord's bank account, the listing
  broker's company RUT, rents in UF, ``CampoLibre2`` the guarantor's phone);
* ``βραχυχρόνιες_μισθώσεις_χανίων.ιδιοκτήτες``: a Chania short-term rental manager's property owners (Greek script:
  ``επώνυμο`` with women's forms, ``όνομα``, ``πατρώνυμο``, the personal ΑΦΜ, AMKA encoding the row's birth date and
  sex, the identity card (ΑΔΤ), Cretan and Athenian addresses, the payout IBAN, register numbers (ΑΜΑ) of eleven digits
  failing the AMKA check, the villas' names, account managers, cleaning contractors' company ΑΦΜ, remarks mostly ``-``
  or ``Δ/Υ``, ``πρόσθετο_πεδίο_2`` a landline);
* ``агентство_нск.выписки_егрн``: a Novosibirsk agency's records of sellers from land-registry (EGRN) extracts
  (Cyrillic: extract and cadastral numbers, the flat's address, women's family names, patronymics, birth dates as
  ``dd.mm.yyyy`` text, SNILS, the personal INN, passport series and numbers, mortgagee banks and their INN, contract
  numbers of twelve digits failing the INN check, realtors, ``доп_поле_2`` a second phone, comments naming people);
* ``condominios_lx.quotasCondominos``: a Lisbon condominium administrator's monthly quotas (service charges) per
  fraction (European Portuguese, camel case: owners recurring month after month, their NIF and Cartão de Cidadão
  numbers, condominiums' NIFs, Lisbon postcodes, the direct-debit IBAN, Multibanco references, managers,
  ``campoLivre2`` the fraction's tenant, remarks mostly ``sem observações``);
* ``nieruchomosci_krakow.umowy_posrednictwa``: a Kraków estate agency's brokerage agreements with sellers (Polish:
  agreement numbers of eleven digits failing the PESEL check, land-and-mortgage register (księga wieczysta) numbers
  with their check digit, the flat's street, number, postcode and town, women's family names, PESEL encoding the row's
  birth date and sex, identity card numbers with their check digit, a co-operating agency's NIP, agents by first
  name, co-owners mostly NULL, ``pole_dodatkowe_2`` a phone, an e-mail or a name by row, remarks mostly ``brak``,
  operators' logins).

Written **blind**, like v2 to v83: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog, history or notes, only the list of kind names and their docstrings
(``governance_dagster/kinds.py``), how the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the
*structure* and labeling conventions of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test,
``tests/heldout_support.py``), the module docstrings of v24 to v83 (only the first paragraph of most, and all of them
searched for the theme's words; v46's and v83's in full, to avoid their organisations and follow their labeling
conventions), the ``Column``/``Table`` classes and writer they build on (``heldout_v2.py``, ``heldout_v4.py``), the ruff
section of ``pyproject.toml`` and the sources of python-stdnum and phonenumbers. The classifier was not run on this set
while it was written, no scorer was run on it, and no score of any set was looked at: nothing here was adjusted to what
the classifier does. It imports no earlier set's value module: its random source, name lists (Colorado with Hispano
names of the San Luis Valley, central Massachusetts with Irish, Italian, Portuguese-speaking, Vietnamese, Dominican and
Ghanaian names, Bristol with Somali, Pakistani and Polish names, Tasmania, Saskatchewan with Ukrainian, Mennonite, Métis
and Filipino names, Zambia, Cork, Kandy with Sinhala and Tamil names, Saxony, French Flanders, Santiago, Crete with
women's genitive family names, Novosibirsk with patronymics and women's forms, Lisbon with four-part names, Kraków with
women's forms), streets, towns, postal codes, companies and identifier builders are its own
(:mod:`benchmarks.classification.heldout_v86_values`; the generic ``Gen`` helpers were copied from v27's, the phone
maker rewritten to draw from several leading digits per region).

What is new against v2 to v83: earlier sets touched the theme (v24 property management, v27 open-house visitors, v46
fifteen property, housing and utility systems including a Texas property manager's applications, a Bordeaux estate
agency's CRM, a strata roll, a Sapporo tenant ledger, a Corfu cadastral extract and a Lviv co-owners' association,
v60 an Ontario mortgage brokerage and a Cluj mortgage branch, v63 a Melbourne family's tenancy register, v66 an
Algarve short-term rental company's guest registrations, v71 a Drenthe land-registry extract); every organisation and
most shapes here are new: a Colorado short-term rental manager, a Bristol referencing service, a Hobart open-home
register, a Saskatoon mortgage broker's staging table, a Lusaka service-charge ledger, a Cork auctioneer's bidders,
a Worcester AS/400 tenant master, a Kandy land developer's COBOL buyers, a Leipzig co-operative's SAP table, Lille
tenant applications, Santiago leases, Chania rental owners, Novosibirsk EGRN extracts, Lisbon condominium quotas and
Kraków brokerage agreements.

* legacy extracts (tag ``legacy``; ``padded`` for fixed-width CHAR values, ``int_date`` for dates kept as numbers or
  ``DATS`` text, ``numeric_id`` for an SSN, phones and postal codes kept as numbers, ``zero_missing`` where 0 or
  ``00000000`` means missing);
* decoys (tag ``decoy``; ``value_shape`` when shaped like an identifier or a personal value): confirmation, reference,
  invoice, commitment, contract, extract, deed, survey-plan, SII-roll, registration, Visale and Multibanco numbers,
  mobile-money and KYC references (tag ``tokenized``), a card's last four digits (tag ``partial``), rentals', villas',
  estates' and buildings' names (tag ``product_name``), units, blocks, lots and fractions (tag ``unit_number``), the
  rentals' and properties' coordinates (tag ``coordinates``), app versions (tag ``version``), stay, viewing, move-in,
  contract, payment, registration and load dates (tag ``event_date``), states, counties, provinces and regions,
  cadastral numbers, amounts, rates, flags and codes;
* decoys with check digits (tag ``check_digit``, all ``none``, also ``business``): UK VAT numbers, ABNs, Irish VAT
  numbers, SIRET, companies' RUT and ΑΦΜ, a bank's INN, condominiums' NIF and NIP, and księga wieczysta numbers (a
  property's, tag ``decoy``); decoys shaped like personal numbers that fail their check (tag ``value_shape``): lease
  numbers against the SSN, folios against the RUT, ΑΜΑ numbers against the AMKA, contract numbers against the INN and
  agreement numbers against the PESEL;
* identifiers with check digits (python-stdnum, or the published rule written out here and checked by the test): the
  US SSN, the SIN, the PPSN, the AMKA (the row's birth date and sex) and the SNILS (``ssn``); the Steuer-ID, the
  numéro fiscal, the RUT, the personal ΑΦΜ, the personal INN, the Portuguese NIF and Cartão de Cidadão, the PESEL (the
  row's birth date and sex) and the Polish identity card (``national_id``); without a check digit: the UK National
  Insurance number (HMRC's prefix and suffix rules: ``ssn``), the Zambian NRC, the Sri Lankan NIC (the row's birth
  year and day), UK, Irish and other passports, Colorado, Texas, Illinois, Massachusetts and Irish driving licences,
  the Greek ΑΔΤ and Russian passports (``national_id``); Irish, German, French, Greek and Portuguese IBANs; a card
  number kept in clear (Luhn); phones of the United States, the United Kingdom, Australia, Canada, Zambia, Ireland, Sri
  Lanka, Germany, France, Chile, Greece, Russia, Portugal and Poland (phonenumbers) in national, international,
  E.164, dashed, digits-only and MSISDN forms and as numbers; IPv4 and IPv6.

Tags: ``legacy``, ``padded``, ``int_date``, ``numeric_id``, ``zero_missing``, ``decoy``, ``business``,
``value_shape``, ``check_digit``, ``product_name``, ``unit_number``, ``coordinates``, ``version``, ``event_date``,
``join_key``, ``tokenized``, ``partial``, ``bank_account``, ``null_heavy``, ``nullword_heavy``, ``placeholder``,
``staff``, ``role_word``, ``role_email``, ``username``, ``audit``, ``service_account``, ``opaque``, ``prefixed``,
``misleading``, ``mixed_kinds``, ``locality``, ``premises``, ``abbrev``, ``dob_text``.

Labeling choices a reader may question:

* following ``kinds.py``, social-security and social-insurance numbers are ``ssn``: the US SSN, the SIN, the PPSN,
  the UK National Insurance number, the AMKA and the SNILS; tax and citizen numbers (the Steuer-ID, the numéro fiscal,
  the RUT, the personal ΑΦΜ and INN, the NIF, the PESEL), identity cards (the NRC, the NIC, the ΑΔΤ, the Cartão de
  Cidadão, the Polish identity card), passports and driving licences are ``national_id``;
* a person's domestic bank account (``AccountNumber``, ``CuentaPropietario``) is ``unclassified`` (tag
  ``bank_account``) as v49 to v83 labeled them; IBANs are ``iban``;
* a let, sold, mortgaged or viewed home is the occupant's or the seller's: its street line, suburb or town and
  postcode are ``street_address``, ``city`` and ``postal_code`` (tag ``premises``: ``propertyAddress``,
  ``src_crm_col15``, ``UNIT_ADDR``, ``STRAS``, ``DireccionPropiedad``, ``адрес_объекта``, ``ulica`` and ``nr_domu``);
  a unit, block, lot or fraction number on its own, a rental's or a building's marketing name and a rental's
  coordinates are ``none``; a cadastral, SII-roll, ΑΜΑ or księga wieczysta number names a property, not a person:
  ``none``;
* Sri Lankan initials (``BB-BUYER-INITIALS``) stand for the given names: ``first_name``; a father's given name
  (``πατρώνυμο``) is ``first_name``; a Russian patronymic (``отчество``) is ``person_name`` (v4's rule: a name part that
  is neither the given nor the family name); two family names are each ``last_name``; clerks kept by family name
  (``SACHB``) are ``last_name`` and agents by first name (``agent``) ``first_name``; housekeepers, negotiators, listing
  agents, brokers, property managers, auctioneers, sales officers, advisers, account managers, realtors and condominium
  managers are ``person_name`` (tag ``staff``); guarantors (aval, garant), referees, next of kin, solicitors, landlords,
  account holders (``KOINH``), co-owners, co-buyers, co-tenants and a fraction's tenant are ``person_name`` (tag
  ``role_word`` where the column is named by the role);
* Airbnb relay addresses (``…@guest.airbnb.com``) are ``email``: they reach the guest; an employer referee's work
  address is ``email`` (tag ``role_email``);
* villages (``BB-ADDR-LINE-2``), suburbs and comunas are ``city`` (tag ``locality``); states, counties, provinces and
  regions are ``none``; a ZIP kept as a number that lost its leading zero stays ``postal_code``;
* employers, solicitors' firms, lenders, mortgagee banks, agencies, branches and their phones, ABNs, VAT numbers,
  SIRET, companies' RUT, ΑΦΜ and INN, condominiums' NIF and a co-operating agency's NIP are ``none`` (tag
  ``business``);
* ``src_crm_col17`` and ``pole_dodatkowe_2`` (a phone, an e-mail or a name by row) are ``free_text`` (tag
  ``mixed_kinds``); notes, remarks and comments naming people are ``free_text`` even when most rows are NULL words;
* ``misc_2``, ``TMUDF2``, ``BB-USER-FLD-2``, ``CampoLibre2``, ``πρόσθετο_πεδίο_2`` and ``доп_поле_2`` hold phones,
  ``USER_FIELD_2`` and ``champ_libre_2`` e-mail addresses, ``User2`` a postcode, ``udf03``, ``code``, ``ZZFELD2`` and
  ``campoLivre2`` names (tags ``opaque``, ``misleading``); their neighbours hold lockbox, gate-card, key and parking
  codes, fee codes, lead sources, portals, branches, referral codes and commitment numbers (``none``);
* logins, AS/400 user profiles and the SAP ``ERNAM`` are ``unclassified`` (tag ``username``); the channel-sync
  integration, the billing jobs and the AS/400 programs are ``none`` (tag ``service_account``);
* placeholders (``XXX``, ``QQ123456C``, ``000 000 000``, ``test@example.com``) leave their column's kind; dates of birth
  kept as numbers, ``DATS`` or text keep ``date_of_birth``, with 0 or ``00000000`` for missing; an SSN, phones and
  postal codes kept as numbers keep their kind.

Labeling rules otherwise as v27 (see :mod:`benchmarks.classification.heldout_v27`): a business's address, phone,
postal code, city and contact are ``none`` (tag ``business``); ``null_heavy`` means 50-95% NULL, ``nullword_heavy``
70-95% NULL words or blanks. Rows per table: 260 to 1,400.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets, towns
and postal codes of :mod:`benchmarks.classification.heldout_v86_values`, written for v86 (no Faker, no list of real
people, no breach data). Build: ``python -m benchmarks.classification.heldout_v86 [PATH]`` (default
``/tmp/heldout_v86.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v86``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v86_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v86_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v86.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings, placeholders, blanks and empty strings (few real NULLs)
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"  # a decoy shaped like an identifier or a personal value
CHECK = "check_digit"  # a company's number with a valid check digit (none)
MISLEADING = "misleading"
STAFF = "staff"  # staff named in a column with few distinct values
ROLE = "role_word"  # a role word (guarantor, next of kin, solicitor, landlord, co-owner ...) holding people
ROLE_EMAIL = "role_email"  # a role-named column holding people's e-mail addresses
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
BANK = "bank_account"  # a person's domestic bank account number (unclassified)
SERVICE = "service_account"  # an audit column holding only batch jobs, programs or integrations (none)
PREMISES = "premises"  # a person's home named as the let, sold or mortgaged property
KEY = "join_key"  # an id, foreign key or UUID that joins tables (none)
PLACEHOLDER = "placeholder"  # a personal column some of whose cells are placeholders (XXX, QQ123456C, 000 000 000)
TOKEN = "tokenized"  # a processor's, a KYC provider's or a mobile-money reference (none)
PARTIAL = "partial"  # the last four digits of a card (none)
OPAQUE = "opaque"  # a custom field whose name says nothing (misc_2, User2, udf03, code, ZZFELD2 ...)
MIXED = "mixed_kinds"  # a column holding a phone, an e-mail or a name by row (free_text)
PREFIXED = "prefixed"  # a staging table's source-numbered column
LOCALITY = "locality"  # a suburb, comuna, village or locality (city)
DOB_TEXT = "dob_text"  # a date of birth kept as text
LEGACY = "legacy"  # a column of a legacy extract (AS/400, COBOL copybook, SAP table)
PADDED = "padded"  # fixed-width CHAR values padded with blanks
INT_DATE = "int_date"  # a date kept as a YYYYMMDD or CYYMMDD number or as DATS text
NUMERIC = "numeric_id"  # an SSN, a phone or a postal code kept as a number
ZERO = "zero_missing"  # 0 (or 00000000) stands for missing
EVENT = "event_date"  # a contract, move-in, viewing, payment or load date (none)
COORD = "coordinates"  # a site's coordinates (none)
UNIT = "unit_number"  # a unit, flat, block or lot number on its own (none)
PRODUCT = "product_name"  # a listing's, villa's or building's marketing name (none)
VERSION = "version"

BUSINESS = "business"
DECOY = "decoy"


def _staff(g: Gen, n: int, make: Callable[[Gen], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _logins(g: Gen, n: int, country: str, style: int, upper: bool = False) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        name = v.login(*v.person(g, country), style)
        out.add(name.upper()[:10] if upper else name)
    return sorted(out)


def _dirty(g: Gen, values: list, share: float, placeholders: list[str]) -> list:
    """``values`` with ``share`` of the non-NULL cells replaced by a placeholder (a NULL word of the set)."""
    return [g.rnd.choice(placeholders) if x is not None and g.rnd.random() < share else x for x in values]


def _pad(values: list, width: int, upper: bool = False) -> list[str]:
    return [v.pad(None if x is None else (str(x).upper() if upper else str(x)), width) for x in values]


# -- English: Colorado, Bristol, Tasmania, Saskatchewan, Zambia, Cork --------------------------------------------------


def summit_str_reservations(g: Gen) -> Table:
    """A Summit County (Colorado) short-term rental manager's reservations: the channel and its confirmation code, the
    rental's marketing name and its coordinates (``none``), the guest's names (some ``XXX``), e-mail (Airbnb relay
    addresses for most Airbnb bookings), phone, home address, birth date and the driving licence seen at ID
    verification (mostly NULL), the damage-deposit card kept in clear by the old PMS for direct and VRBO bookings and
    its last four digits, the booking IP, stay dates and rate, the housekeeper assigned (few), ``misc_1`` a lockbox
    code and ``misc_2`` a second phone, and the integration that wrote the row."""
    props = [("Peak 8 Hideaway", 39.4791, -106.0712), ("Blue River Cabin", 39.4437, -106.0451),
             ("Frisco Main St Loft", 39.5745, -106.0973), ("Keystone Ski-in Condo", 39.6050, -105.9540),
             ("Dillon Lakeview Townhome", 39.6303, -106.0434), ("Silverthorne Riverside", 39.6322, -106.0711),
             ("Copper Base Studio", 39.5016, -106.1514), ("Warriors Mark Chalet", 39.4921, -106.0590)]
    prop = [g.rnd.randrange(len(props)) for _ in range(g.rows)]
    pairs = [v.person(g, "co") for _ in range(g.rows)]
    homes = [g.rnd.choice(v.US_GUEST_CITIES) for _ in range(g.rows)]
    channel = [g.rnd.choice(["airbnb", "airbnb", "vrbo", "direct", "booking_com"]) for _ in range(g.rows)]
    cards = [None if ch == "airbnb" or g.rnd.random() < 0.1 else v.card(g) for ch in channel]
    keepers = _staff(g, 6, lambda x: v.whole(x, "co"))
    checkin = g.days("2025-06-01", "2026-03-31")

    def mail(a: str, b: str, ch: str) -> str:
        if ch == "airbnb" and g.rnd.random() < 0.7:
            return f"{v.plain(a)}-{g.code('xxxxxx')}@guest.airbnb.com"
        return v.email_of(g, a, b, v.DOMAINS["us"])

    def street() -> str:
        line = f"{g.rnd.randint(100, 19999)} {g.rnd.choice(v.US_STREETS)}"
        return line + g.rnd.choice(["", "", "", f" Apt {g.rnd.randint(1, 40)}", f" Unit {g.rnd.randint(1, 9)}B"])

    def licence(state: str) -> str:
        if state == "CO":
            return g.code("99-999-9999")
        if state == "TX":
            return g.code("99999999")
        if state == "IL":
            return g.code("A999-9999-9999")
        return g.code("A99999999")

    return Table("summit_str.reservations", "en", "snake", [
        c("reservation_id", N, "BIGINT", g.keys(410_001), DECOY, KEY),
        c("confirmation_code", N, "VARCHAR", g.col(lambda: g.code("HMZZZZZZZZ")), DECOY, SHAPE),
        c("channel", N, "VARCHAR", channel, DECOY),
        c("property_name", N, "VARCHAR", [props[i][0] for i in prop], DECOY, PRODUCT),
        c("property_lat", N, "DOUBLE", [props[i][1] for i in prop], DECOY, COORD),
        c("property_lng", N, "DOUBLE", [props[i][2] for i in prop], DECOY, COORD),
        c("guest_first_name", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("guest_last_name", "last_name", "VARCHAR", _dirty(g, [b for _, b in pairs], 0.03, ["XXX"]), PLACEHOLDER),
        c("guest_email", "email", "VARCHAR", [mail(a, b, ch) for (a, b), ch in zip(pairs, channel, strict=True)]),
        c("guest_phone", "phone", "VARCHAR", g.phones("us_guest", {"e164": 0.5, "national": 0.3, "dashes": 0.2})),
        c("guest_home_street", "street_address", "VARCHAR", g.col(street, 0.15)),
        c("guest_home_city", "city", "VARCHAR", [h[0] for h in homes]),
        c("guest_home_state", N, "VARCHAR", [h[1] for h in homes], DECOY),
        c("guest_home_zip", "postal_code", "VARCHAR", [h[2] + g.digits(2) for h in homes]),
        c("guest_dob", "date_of_birth", "DATE", g.col(lambda: g.birth(1952, 2000), 0.3)),
        c("verified_dl_number", "national_id", "VARCHAR", [None if g.rnd.random() < 0.62 else licence(h[1])
                                                           for h in homes], HEAVY),
        c("deposit_card_number", "credit_card", "VARCHAR", cards),
        c("card_last4", N, "VARCHAR", [x[-4:] if x else None for x in cards], DECOY, PARTIAL),
        c("booking_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.1)),
        c("checkin_date", N, "DATE", checkin, DECOY, EVENT),
        c("checkout_date", N, "DATE", [d + timedelta(days=g.rnd.randint(2, 9)) for d in checkin], DECOY, EVENT),
        c("nightly_rate", N, "DECIMAL(8,2)", g.amounts(189, 1_450), DECOY),
        c("housekeeper_assigned", "person_name", "VARCHAR", g.col(g.pick(keepers), 0.05), STAFF, ROLE),
        c("misc_1", N, "VARCHAR", g.col(lambda: g.code("LB-9999"), 0.2), DECOY, OPAQUE),
        c("misc_2", "phone", "VARCHAR", g.phones("us_guest", {"national": 0.6, "e164": 0.4}, 0.45), OPAQUE,
          MISLEADING),
        c("created_by", N, "VARCHAR", g.col(g.pick(["channel-sync", "ownerrez-api", "channel-sync"])), DECOY,
          AUDIT, SERVICE),
    ])


def bristol_tenant_references(g: Gen) -> Table:
    """A tenant-referencing service's references for Bristol letting agents (Pascal case): the agent's branch, its
    switchboard and VAT number (``none``), the applicant's names, birth date, National Insurance number (some
    ``QQ123456C``), the passport seen for right to rent (mostly NULL), mobile, e-mail, current address, town and
    postcode, the employer (``none``), the employer's referee and the referee's work e-mail, income, the guarantor
    (mostly ``N/A``), the bank account for the rent's standing order, the outcome, the negotiator (few), ``User1`` a
    fee code and ``User2`` the previous postcode."""
    branches = [("Harbourside Lettings Clifton", 0), ("Harbourside Lettings Bedminster", 0),
                ("Avon Gorge Homes Redland", 1), ("Avon Gorge Homes Bishopston", 1),
                ("Temple Meads Residential", 2)]
    vats = [v.gb_vat(g) for _ in range(3)]
    phones = [g.phone("gb_bristol", "national") for _ in branches]
    branch = [g.rnd.randrange(len(branches)) for _ in range(g.rows)]
    pairs = [v.person(g, "uk") for _ in range(g.rows)]
    places = [g.rnd.choice(v.BRISTOL_TOWNS) for _ in range(g.rows)]
    employers = [("Severnside Logistics Ltd", "severnside-logistics.co.uk"), ("Brunel Software Ltd", "brunelsoft.io"),
                 ("Temple Quay Legal LLP", "tqlegal.co.uk"), ("Gorse Hill Care Home", "gorsehillcare.org.uk"),
                 ("Cabot Retail Group", "cabotretail.co.uk"), ("Filton Aero Components", "filtonaero.com"),
                 ("West Country Water", "wcwater.co.uk")]
    job = [g.rnd.randrange(len(employers)) for _ in range(g.rows)]
    referees = [v.person(g, "uk") for _ in range(g.rows)]
    negotiators = _staff(g, 5, lambda x: v.whole(x, "uk"))

    def nino() -> str:
        number = v.uk_nino(g)
        return number if g.rnd.random() < 0.6 else f"{number[:2]} {number[2:4]} {number[4:6]} {number[6:8]} {number[8]}"

    def street() -> str:
        return g.rnd.choice([f"{g.rnd.randint(1, 240)} {g.rnd.choice(v.BRISTOL_STREETS)}",
                             f"Flat {g.rnd.randint(1, 12)}, {g.rnd.randint(1, 120)} {g.rnd.choice(v.BRISTOL_STREETS)}",
                             f"{g.rnd.randint(1, 90)}A {g.rnd.choice(v.BRISTOL_STREETS)}"])

    return Table("LetRef.TenantReferences", "en", "pascal", [
        c("ReferenceId", N, "VARCHAR", [f"REF-{i:07d}" for i in g.keys(2_250_001)], DECOY, KEY),
        c("AgentBranch", N, "VARCHAR", [branches[i][0] for i in branch], BUSINESS),
        c("BranchPhone", N, "VARCHAR", [phones[i] for i in branch], BUSINESS),
        c("AgentVatNumber", N, "VARCHAR", [vats[branches[i][1]] for i in branch], BUSINESS, CHECK),
        c("ApplicantForename", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("ApplicantSurname", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("DateOfBirth", "date_of_birth", "DATE", g.col(lambda: g.birth(1958, 2006), 0.02)),
        c("NiNumber", "ssn", "VARCHAR", _dirty(g, g.col(nino, 0.08), 0.03, ["QQ123456C"]), PLACEHOLDER),
        c("PassportNumber", "national_id", "VARCHAR", g.col(lambda: g.digits(9), 0.58), HEAVY),
        c("MobileNumber", "phone", "VARCHAR", g.phones("gb_mobile", {"national": 0.55, "e164": 0.25, "intl": 0.2})),
        c("EmailAddress", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["uk"]) for a, b in pairs]),
        c("CurrentAddressLine1", "street_address", "VARCHAR", g.col(street)),
        c("CurrentTown", "city", "VARCHAR", [p[0] for p in places]),
        c("CurrentPostcode", "postal_code", "VARCHAR", [v.uk_postcode(g, g.rnd.choice(p[1])) for p in places]),
        c("EmployerName", N, "VARCHAR", [employers[i][0] for i in job], BUSINESS),
        c("EmployerRefereeName", "person_name", "VARCHAR", [f"{a} {b}" for a, b in referees], ROLE),
        c("EmployerRefereeEmail", "email", "VARCHAR", [v.work_email(a, b, employers[i][1])
                                                       for (a, b), i in zip(referees, job, strict=True)], ROLE_EMAIL),
        c("AnnualIncome", N, "INTEGER", [g.rnd.randint(18, 95) * 1_000 for _ in range(g.rows)], DECOY),
        c("GuarantorName", "person_name", "VARCHAR", g.sparse(lambda: v.whole(g, "uk"), 0.78,
                                                              ("N/A", "none", "-", "")), ROLE, NULLWORD),
        c("AccountNumber", USERNAME, "VARCHAR", g.col(lambda: g.digits(8), 0.1), BANK),
        c("Outcome", N, "VARCHAR", g.col(g.pick(["Accept", "Accept", "Accept with guarantor", "Decline",
                                                 "Referred"])), DECOY),
        c("Negotiator", "person_name", "VARCHAR", g.col(g.pick(negotiators)), STAFF),
        c("User1", N, "VARCHAR", g.col(g.pick(["HOLD-DEP", "FEE-WAIVED", "STD", "CORP-LET"]), 0.2), DECOY, OPAQUE),
        c("User2", "postal_code", "VARCHAR", g.col(lambda: v.uk_postcode(g, g.rnd.choice(g.rnd.choice(
            v.BRISTOL_TOWNS)[1])), 0.3), OPAQUE, MISLEADING),
        c("CompletedAt", N, "TIMESTAMP", g.moments("2025-01-01", "2025-12-15"), DECOY, EVENT),
    ])


def hobart_open_home_attendees(g: Gen) -> Table:
    """A Hobart real-estate agency's open-home (viewing) register (camel case): the listing, its address and suburb
    (the vendor's or a tenant's home: ``street_address``, ``city``, tag ``premises``), the open time, the listing agent
    (few), the office's ABN and phone (``none``), the attendee's names, mobile, e-mail (some ``test@example.com``),
    suburb and postcode, type and pre-approval, follow-up notes naming people, the sign-in app's geotag of the
    property, its version, ``udf03`` the co-buyer's name (mostly NULL) and ``udf04`` the lead source."""
    listings = []
    for _ in range(70):
        suburb = g.rnd.choice(v.TAS_SUBURBS)
        number = g.rnd.choice([str(g.rnd.randint(1, 160)), f"{g.rnd.randint(1, 8)}/{g.rnd.randint(2, 90)}"])
        listings.append((f"{number} {g.rnd.choice(v.TAS_STREETS)}", suburb[0],
                         -42.88 + g.rnd.uniform(-0.12, 0.12), 147.33 + g.rnd.uniform(-0.12, 0.12)))
    listing = [g.rnd.randrange(len(listings)) for _ in range(g.rows)]
    offices = [(v.au_abn(g), g.phone("au_hobart", "national")) for _ in range(3)]
    office = [g.rnd.randrange(3) for _ in range(g.rows)]
    agents = _staff(g, 5, lambda x: v.whole(x, "au"))
    pairs = [v.person(g, "au") for _ in range(g.rows)]
    homes = [g.rnd.choice(v.TAS_SUBURBS) for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Keen, will bring a builder for a second look", f"Came with her dad {v.whole(g, 'au')}",
                             "Needs to sell in Howrah first",
                             f"Wants contract of sale, call {v.given(g, 'au')} after 5",
                             f"Neighbour ({v.given(g, 'au')}) just curious", "Looking to rent, not buy",
                             "Asked about strata levies"])

    return Table("inspectHub.openHomeAttendees", "en", "camel", [
        c("attendeeId", N, "BIGINT", g.keys(88_001), DECOY, KEY),
        c("listingId", N, "INTEGER", [7_100 + i for i in listing], DECOY, KEY),
        c("propertyAddress", "street_address", "VARCHAR", [listings[i][0] for i in listing], PREMISES),
        c("propertySuburb", "city", "VARCHAR", [listings[i][1] for i in listing], PREMISES, LOCALITY),
        c("openTime", N, "TIMESTAMP", g.moments("2025-08-02", "2025-12-13"), DECOY, EVENT),
        c("listingAgent", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF),
        c("agencyAbn", N, "VARCHAR", [offices[i][0] for i in office], BUSINESS, CHECK),
        c("officePhone", N, "VARCHAR", [offices[i][1] for i in office], BUSINESS),
        c("firstName", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("lastName", "last_name", "VARCHAR", [b if g.rnd.random() < 0.93 else None for _, b in pairs]),
        c("mobile", "phone", "VARCHAR", g.phones("au_mobile", {"national": 0.6, "e164": 0.25, "intl": 0.15}, 0.05)),
        c("email", "email", "VARCHAR", _dirty(g, [None if g.rnd.random() < 0.12 else v.email_of(
            g, a, b, v.DOMAINS["au"]) for a, b in pairs], 0.03, ["test@example.com"]),
          PLACEHOLDER),
        c("attendeeSuburb", "city", "VARCHAR", [h[0] for h in homes], LOCALITY),
        c("attendeePostcode", "postal_code", "VARCHAR", [h[1] for h in homes]),
        c("attendeeType", N, "VARCHAR", g.col(g.pick(["buyer", "buyer", "tenant", "investor", "neighbour"])), DECOY),
        c("hasPreApproval", N, "BOOLEAN", g.yn(True, False, 0.35), DECOY),
        c("followUpNotes", "free_text", "VARCHAR", g.sparse(note, 0.5, ("", "-", "N/A"))),
        c("checkInLat", N, "DOUBLE", [round(listings[i][2], 6) for i in listing], DECOY, COORD),
        c("checkInLng", N, "DOUBLE", [round(listings[i][3], 6) for i in listing], DECOY, COORD),
        c("appVersion", N, "VARCHAR", g.col(g.pick(["4.2.1", "4.2.3", "4.3.0", "5.0.2"])), DECOY, VERSION),
        c("udf03", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "au"), 0.75), OPAQUE, MISLEADING, HEAVY),
        c("udf04", N, "VARCHAR", g.col(g.pick(["REA", "Domain", "Signboard", "Facebook", "Database"]), 0.1), DECOY,
          OPAQUE),
    ])


def saskatoon_mortgage_staging(g: Gen) -> Table:
    """A Saskatoon mortgage brokerage's CRM export landed in a staging table with source-numbered columns
    (``src_crm_col01`` to ``src_crm_col18``, all text): the deal id, the applicant's full name (some ``LAST, First``),
    birth date as text, SIN (some ``000 000 000``), phone, e-mail, street, city, province, postal code, employer,
    income, lender, the broker (few), the subject property's address (the home being bought or refinanced), the
    mortgage amount, ``src_crm_col17`` the co-applicant's phone, e-mail or name by row (``free_text``) and
    ``src_crm_col18`` the lender's commitment number; plus the loader's columns."""
    pairs = [v.person(g, "ca") for _ in range(g.rows)]
    places = [g.rnd.choice(v.SK_CITIES) for _ in range(g.rows)]
    brokers = _staff(g, 4, lambda x: v.whole(x, "ca"))
    employers = ["Prairie Potash Co-op", "Saskatoon Transit Services", "Northern Plains Health", "Riverbend Grain Ltd",
                 "Self-employed (trucking)", "Bridge City Credit Union", "Sask Lakes Power"]
    lenders = ["Prairie Credit Union", "First Northern Trust", "Canola Valley Bank", "Wheatland Mortgage Corp"]

    def name(a: str, b: str) -> str:
        return f"{b.upper()}, {a}" if g.rnd.random() < 0.3 else f"{a} {b}"

    def dob() -> str:
        day = g.birth(1955, 2003)
        return day.isoformat() if g.rnd.random() < 0.75 else day.strftime("%d/%m/%Y")

    def sin() -> str:
        number = v.ca_sin(g)
        return g.rnd.choice([f"{number[:3]} {number[3:6]} {number[6:]}", f"{number[:3]}-{number[3:6]}-{number[6:]}",
                             number])

    def street() -> str:
        return g.rnd.choice([f"{g.rnd.randint(100, 3999)} {g.rnd.choice(v.SK_STREETS)}",
                             f"#{g.rnd.randint(101, 1204)}-{g.rnd.randint(100, 999)} {g.rnd.choice(v.SK_STREETS)}"])

    homes = [street() for _ in range(g.rows)]

    def co_applicant() -> str:
        a, b = v.person(g, "ca")
        return g.rnd.choice([g.phone("ca_sk", "national"), v.email_of(g, a, b, v.DOMAINS["ca"]), f"{a} {b}"])

    def col(n: int) -> str:
        return f"src_crm_col{n:02d}"

    return Table("stg_crm.src_crm_mortgage_deals", "en", "snake", [
        c(col(1), N, "VARCHAR", [f"D-25-{i:05d}" for i in g.keys(10_001)], DECOY, KEY, PREFIXED),
        c(col(2), "person_name", "VARCHAR", [name(a, b) for a, b in pairs], PREFIXED),
        c(col(3), "date_of_birth", "VARCHAR", g.col(dob, 0.04), PREFIXED, DOB_TEXT),
        c(col(4), "ssn", "VARCHAR", _dirty(g, g.col(sin, 0.1), 0.03, ["000 000 000"]), PREFIXED, PLACEHOLDER),
        c(col(5), "phone", "VARCHAR", g.phones("ca_sk", {"national": 0.5, "dashes": 0.3, "e164": 0.2}), PREFIXED),
        c(col(6), "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ca"]) for a, b in pairs], PREFIXED),
        c(col(7), "street_address", "VARCHAR", homes, PREFIXED),
        c(col(8), "city", "VARCHAR", [p[0] for p in places], PREFIXED),
        c(col(9), N, "VARCHAR", ["SK"] * g.rows, DECOY, PREFIXED),
        c(col(10), "postal_code", "VARCHAR", [v.ca_postcode(g, g.rnd.choice(p[1])) for p in places], PREFIXED),
        c(col(11), N, "VARCHAR", g.col(g.pick(employers), 0.05), BUSINESS, PREFIXED),
        c(col(12), N, "VARCHAR", [f"{g.rnd.randint(38, 190) * 1_000}.00" for _ in range(g.rows)], DECOY, PREFIXED),
        c(col(13), N, "VARCHAR", g.col(g.pick(lenders)), BUSINESS, PREFIXED),
        c(col(14), "person_name", "VARCHAR", g.col(g.pick(brokers)), STAFF, PREFIXED),
        c(col(15), "street_address", "VARCHAR", [h if g.rnd.random() < 0.4 else street() for h in homes], PREFIXED,
          PREMISES),
        c(col(16), N, "VARCHAR", [f"{g.rnd.randint(120, 720) * 1_000}.00" for _ in range(g.rows)], DECOY, PREFIXED),
        c(col(17), "free_text", "VARCHAR", g.col(co_applicant, 0.55), PREFIXED, OPAQUE, MIXED, HEAVY),
        c(col(18), N, "VARCHAR", g.col(lambda: g.code("CMT-99999999"), 0.3), DECOY, PREFIXED, OPAQUE, SHAPE),
        c("_loaded_at", N, "TIMESTAMP", g.moments("2025-11-03", "2025-11-04"), DECOY, EVENT),
        c("_source_file", N, "VARCHAR", g.col(g.pick(["crm_deals_20251103.csv", "crm_deals_20251104.csv"])), DECOY),
        c("_batch_id", N, "INTEGER", g.col(g.pick([5_512, 5_513])), DECOY, KEY),
    ])


def lusaka_service_charge_ledger(g: Gen) -> Table:
    """A Lusaka property-management company's rent and service-charge ledger for gated estates in Lusaka, Ndola, Kitwe
    and Livingstone (SCREAMING case): ledger and invoice numbers, the estate and unit (``none``), the tenant's name
    (often upper case), NRC number, mobiles (the second mostly NULL), e-mail, the unit's address and town (the tenant's
    home), employer (``none``), next of kin and their mobile, the charge, the mobile-money reference (``none``), the
    property manager (few), the clerk's login, the billing job, ``USER_FIELD_1`` a gate card and ``USER_FIELD_2`` a
    second e-mail, remarks mostly ``N/A`` or ``NIL``. Tenants recur across their monthly charges."""
    estates = [(town, estate, road, g.rnd.randint(1_000, 29_999)) for town, estate, road in v.ZM_ESTATES]
    employers = ["Mukuba Agro Ltd", "Copperbelt Freight Ltd", "Zambezi Microfinance", "Kafue Gorge Engineering",
                 "Lusaka Polytechnic Trust", "Chambishi Mining Services", "Luangwa Safaris Ltd"]
    tenants = []
    for _ in range(g.rows // 3):
        a, b = v.person(g, "zm")
        est = g.rnd.randrange(len(estates))
        k, kb = v.person(g, "zm")
        tenants.append({
            "name": f"{a} {b}".upper() if g.rnd.random() < 0.4 else f"{a} {b}",
            "nrc": f"{g.digits(6)}/{g.rnd.randint(10, 99)}/1",
            "mobile": g.phone("zm_mobile", g.rnd.choice(["national", "e164", "digits"])),
            "alt": None if g.rnd.random() < 0.7 else g.phone("zm_mobile", "digits"),
            "email": None if g.rnd.random() < 0.3 else v.email_of(g, a, b, v.DOMAINS["zm"]), "estate": est,
            "unit": g.code("A99"), "employer": g.rnd.choice(employers), "nok": f"{k} {kb}",
            "nok_mobile": g.phone("zm_mobile", g.rnd.choice(["national", "digits"])),
            "email2": None if g.rnd.random() < 0.45 else v.email_of(g, a, b, ["gmail.com", "yahoo.co.uk"])})
    who = [g.rnd.choice(tenants) for _ in range(g.rows)]
    managers = _staff(g, 4, lambda x: v.whole(x, "zm"))
    clerks = _logins(g, 4, "zm", 0)

    def remark() -> str:
        return g.rnd.choice(["Paid via Airtel Money", f"Brother {v.whole(g, 'zm')} paid cash at office",
                             f"Call NOK {v.given(g, 'zm')} re arrears", "Deposit refunded", "Water meter disputed"])

    return Table("KABULONGA_PM.TENANT_LEDGER", "en", "screaming", [
        c("LEDGER_ID", N, "BIGINT", g.keys(300_001), DECOY, KEY),
        c("INVOICE_NO", N, "VARCHAR", g.col(lambda: g.code("INV/2025/999999")), DECOY, SHAPE),
        c("ESTATE_NAME", N, "VARCHAR", [estates[t["estate"]][1] for t in who], DECOY, PRODUCT),
        c("UNIT_NO", N, "VARCHAR", [t["unit"] for t in who], DECOY, UNIT),
        c("TENANT_FULL_NAME", "person_name", "VARCHAR", [t["name"] for t in who]),
        c("NRC_NO", "national_id", "VARCHAR", [t["nrc"] for t in who], ABBREV),
        c("MOBILE_NO", "phone", "VARCHAR", [t["mobile"] for t in who]),
        c("ALT_MOBILE_NO", "phone", "VARCHAR", [t["alt"] for t in who], HEAVY),
        c("EMAIL_ADDR", "email", "VARCHAR", [t["email"] for t in who], ABBREV),
        c("UNIT_ADDR", "street_address", "VARCHAR", [
            f"House {t['unit']}, {estates[t['estate']][1]}, Plot {estates[t['estate']][3]} {estates[t['estate']][2]}"
            for t in who], PREMISES, ABBREV),
        c("TOWN", "city", "VARCHAR", [estates[t["estate"]][0] for t in who], PREMISES),
        c("EMPLOYER", N, "VARCHAR", [t["employer"] for t in who], BUSINESS),
        c("NEXT_OF_KIN", "person_name", "VARCHAR", [t["nok"] for t in who], ROLE),
        c("NOK_MOBILE", "phone", "VARCHAR", [t["nok_mobile"] for t in who], ABBREV),
        c("CHARGE_TYPE", N, "VARCHAR", g.col(g.pick(["RENT", "RENT", "SERVICE CHARGE", "WATER", "SECURITY LEVY",
                                                     "GARBAGE"])), DECOY),
        c("AMOUNT_ZMW", N, "DECIMAL(12,2)", g.amounts(150, 18_500), DECOY),
        c("PAYMENT_REF", N, "VARCHAR", g.col(lambda: g.code("MP2511AA.9999.A99999"), 0.2), DECOY, TOKEN),
        c("PROPERTY_MANAGER", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF, ROLE),
        c("POSTED_BY", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT),
        c("BATCH_JOB", N, "VARCHAR", g.col(g.pick(["RENTRUN", "SCHG_BILL"]), 0.3), DECOY, AUDIT, SERVICE),
        c("USER_FIELD_1", N, "VARCHAR", g.col(lambda: g.code("GC-9999"), 0.25), DECOY, OPAQUE),
        c("USER_FIELD_2", "email", "VARCHAR", [t["email2"] for t in who], OPAQUE, MISLEADING),
        c("REMARKS", "free_text", "VARCHAR", g.sparse(remark, 0.8, ("N/A", "-", "NIL", "None", "")), NULLWORD),
    ])


def cork_auction_bidders(g: Gen) -> Table:
    """A Cork estate agent's online property-auction bidder registrations with their anti-money-laundering checks
    (snake case, abbreviated): the lot, the bidder's names, birth date, PPSN, passport or driving licence number,
    address, town, county (``none``), Eircode, phone, e-mail, the solicitor's firm (``none``) and solicitor, the IBAN
    the bidding deposit is refunded to, the bidding IP, the KYC provider's reference, the agent's VAT number
    (``none``), the auctioneer (few), ``code`` the joint bidder (mostly NULL) and ``ref`` the portal that brought
    them."""
    pairs = [v.person(g, "ie") for _ in range(g.rows)]
    places = [g.rnd.choice(v.IE_TOWNS) for _ in range(g.rows)]
    firms = ["Crowley Twomey & Co Solicitors", "Barrack Street Law", "Lee Valley Legal LLP",
             "Hegarty Cronin Solicitors", "South Mall Conveyancing"]
    vats = [v.ie_vat(g) for _ in range(2)]
    auctioneers = _staff(g, 4, lambda x: v.whole(x, "ie"))

    def document() -> str:
        if g.rnd.random() < 0.65:
            return g.rnd.choice(["PA", "PB", "PC", "PD", "LA"]) + g.digits(7)
        return g.digits(9)

    def street() -> str:
        return g.rnd.choice([f"{g.rnd.randint(1, 140)} {g.rnd.choice(v.IE_ESTATES)}",
                             f"{g.rnd.randint(1, 300)} {g.rnd.choice(v.IE_STREETS)}",
                             f"Apt {g.rnd.randint(1, 60)}, {g.rnd.choice(v.IE_ESTATES)}"])

    def ppsn() -> str:
        number = v.ie_ppsn(g)
        return number if g.rnd.random() < 0.7 else f"{number[:7]} {number[7:]}"

    return Table("auction_cork.bidder_registrations", "en", "snake", [
        c("bdr_reg_id", N, "BIGINT", g.keys(5_001), DECOY, KEY, ABBREV),
        c("lot_no", N, "VARCHAR", g.col(lambda: f"LOT-{g.rnd.randint(1, 60):03d}"), DECOY),
        c("bdr_fnm", "first_name", "VARCHAR", [a for a, _ in pairs], ABBREV),
        c("bdr_lnm", "last_name", "VARCHAR", [b for _, b in pairs], ABBREV),
        c("bdr_dob", "date_of_birth", "DATE", g.col(lambda: g.birth(1945, 2004), 0.03), ABBREV),
        c("ppsn", "ssn", "VARCHAR", g.col(ppsn, 0.05), ABBREV),
        c("photo_id_no", "national_id", "VARCHAR", g.col(document, 0.05), ABBREV),
        c("addr_ln1", "street_address", "VARCHAR", g.col(street), ABBREV),
        c("town", "city", "VARCHAR", [p[0] for p in places]),
        c("county", N, "VARCHAR", [p[1] for p in places], DECOY),
        c("eircode", "postal_code", "VARCHAR", [v.eircode(g, p[2]) if g.rnd.random() < 0.9 else None for p in places]),
        c("ctc_ph", "phone", "VARCHAR", g.phones("ie_mobile", {"national": 0.6, "e164": 0.25, "intl": 0.15}), ABBREV),
        c("ctc_email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ie"]) for a, b in pairs], ABBREV),
        c("solicitor_firm", N, "VARCHAR", g.col(g.pick(firms), 0.1), BUSINESS),
        c("solicitor_nm", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ie"), 0.1), ROLE, ABBREV),
        c("deposit_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "IE", g.rnd.random() < 0.5), 0.1)),
        c("bid_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.35), 0.05)),
        c("kyc_check_ref", N, "VARCHAR", g.col(lambda: v.token(g, "chk_", 20), 0.05), DECOY, TOKEN),
        c("agent_vat_no", N, "VARCHAR", g.col(g.pick(vats)), BUSINESS, CHECK),
        c("registered_at", N, "TIMESTAMP", g.moments("2025-03-01", "2025-11-30"), DECOY, EVENT),
        c("auctioneer", "person_name", "VARCHAR", g.col(g.pick(auctioneers)), STAFF, ROLE),
        c("code", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ie"), 0.62), OPAQUE, MISLEADING, HEAVY),
        c("ref", N, "VARCHAR", g.col(lambda: g.rnd.choice(["DAFT-", "MYHOME-", "SIGN-"]) + g.digits(
            g.rnd.randint(2, 5)), 0.15),
          DECOY, OPAQUE),
    ])


# -- legacy extracts: Massachusetts (AS/400), Sri Lanka (COBOL), Leipzig (SAP) -----------------------------------------


def worcester_tenant_master(g: Gen) -> Table:
    """A Worcester (Massachusetts) property-management company's AS/400 tenant master ``TMMAST`` (field prefix
    ``TM``): padded CHAR names in upper case, the SSN, ZIP and phones kept as numbers with 0 for missing (ZIPs lose
    their leading zero), the birth and move-in dates as ``CYYMMDD`` numbers, Massachusetts driving licences, lease
    numbers shaped like an SSN whose area no SSN has (``none``), employers (``none``), property managers (few),
    ``TMUDF1`` a parking permit and ``TMUDF2`` the emergency contact's phone, the user profile and the program that
    changed the row."""
    pairs = [v.person(g, "ma") for _ in range(g.rows)]
    towns = [g.rnd.choice(v.MA_TOWNS) for _ in range(g.rows)]
    managers = _staff(g, 4, lambda x: v.whole(x, "ma").upper())
    users = _logins(g, 5, "ma", 0, upper=True)
    employers = ["BLACKSTONE VALLEY FREIGHT", "WORCESTER POLYMER CO", "CENTRAL MASS DIALYSIS", "QUINSIG BAKERY",
                 "TATNUCK HARDWARE INC", "CITY OF WORCESTER"]

    def ssn() -> int:
        return 0 if g.rnd.random() < 0.15 else int(v.us_ssn(g).replace("-", ""))

    def dob() -> int:
        return 0 if g.rnd.random() < 0.08 else v.cyymmdd(g.birth(1940, 2005))

    def phone(null: float) -> int:
        return 0 if g.rnd.random() < null else int(g.phone("us_ma", "nsn"))

    def street() -> str:
        return f"{g.rnd.randint(2, 980)} {g.rnd.choice(v.MA_STREETS)}" + g.rnd.choice(
            ["", f" APT {g.rnd.randint(1, 12)}", f" #{g.rnd.randint(1, 3)}R", f" UNIT {g.rnd.randint(1, 30)}"])

    return Table("PMLIB.TMMAST", "en", "screaming", [
        c("TMTNID", N, "DECIMAL(9,0)", g.keys(100_001), DECOY, KEY, LEGACY),
        c("TMPROP", N, "CHAR(6)", _pad(g.col(lambda: g.code("WOR999")), 6), DECOY, LEGACY, PADDED),
        c("TMUNIT", N, "CHAR(5)", _pad(g.col(lambda: g.code(g.rnd.choice(["9", "9R", "9L", "99"]))), 5), DECOY, UNIT,
          LEGACY, PADDED),
        c("TMLNAM", "last_name", "CHAR(20)", _pad([b for _, b in pairs], 20, upper=True), LEGACY, PADDED),
        c("TMFNAM", "first_name", "CHAR(15)", _pad([a for a, _ in pairs], 15, upper=True), LEGACY, PADDED),
        c("TMSSN", "ssn", "DECIMAL(9,0)", [ssn() for _ in range(g.rows)], LEGACY, NUMERIC, ZERO),
        c("TMDOB", "date_of_birth", "DECIMAL(7,0)", [dob() for _ in range(g.rows)], LEGACY, INT_DATE, ZERO),
        c("TMADR1", "street_address", "CHAR(30)", _pad([street() for _ in range(g.rows)], 30), LEGACY, PADDED),
        c("TMCITY", "city", "CHAR(18)", _pad([t[0] for t in towns], 18, upper=True), LEGACY, PADDED),
        c("TMST", N, "CHAR(2)", ["MA"] * g.rows, DECOY, LEGACY),
        c("TMZIP", "postal_code", "DECIMAL(5,0)", [0 if g.rnd.random() < 0.03 else int(t[1]) for t in towns], LEGACY,
          NUMERIC, ZERO),
        c("TMHPHN", "phone", "DECIMAL(10,0)", [phone(0.55) for _ in range(g.rows)], LEGACY, NUMERIC, ZERO),
        c("TMCPHN", "phone", "DECIMAL(10,0)", [phone(0.12) for _ in range(g.rows)], LEGACY, NUMERIC, ZERO),
        c("TMEMAL", "email", "CHAR(40)", _pad([None if g.rnd.random() < 0.3 else v.email_of(g, a, b, v.DOMAINS["us"])
                                               for a, b in pairs], 40, upper=True), LEGACY, PADDED),
        c("TMDLNO", "national_id", "CHAR(9)", _pad(g.col(lambda: g.code("S99999999"), 0.25), 9), LEGACY, PADDED),
        c("TMLSNO", N, "CHAR(11)", _pad([v.ssn_shaped_decoy(g) for _ in range(g.rows)], 11), DECOY, SHAPE, LEGACY,
          PADDED),
        c("TMMVIN", N, "DECIMAL(7,0)", [v.cyymmdd(g.day("1998-01-01", "2025-11-01")) for _ in range(g.rows)], DECOY,
          EVENT, LEGACY, INT_DATE),
        c("TMEMPL", N, "CHAR(25)", _pad(g.col(g.pick(employers), 0.3), 25), BUSINESS, LEGACY, PADDED),
        c("TMMGR", "person_name", "CHAR(20)", _pad(g.col(g.pick(managers)), 20), STAFF, LEGACY, PADDED),
        c("TMUDF1", N, "CHAR(10)", _pad(g.col(lambda: g.code("P-9999"), 0.4), 10), DECOY, OPAQUE, LEGACY, PADDED),
        c("TMUDF2", "phone", "CHAR(10)", _pad(g.col(lambda: g.phone("us_ma", "nsn"), 0.35), 10), OPAQUE, MISLEADING,
          LEGACY, PADDED),
        c("TMCHGU", USERNAME, "CHAR(10)", _pad(g.col(g.pick(users)), 10), USER, AUDIT, LEGACY, PADDED),
        c("TMCHGP", N, "CHAR(10)", _pad(g.col(g.pick(["TMR0100", "TMB220", "TMI010"])), 10), DECOY, AUDIT, SERVICE,
          LEGACY, PADDED),
    ])


def kandy_block_buyers(g: Gen) -> Table:
    """A Kandy land-development company's block buyers on instalment plans, in a COBOL copybook's fixed-width layout
    with hyphenated names (``BB-BUYER-SURNAME``): the project, block and survey plan (``none``), the buyer's initials,
    surname and name in full, NIC number (old or new form, encoding the birth year and day and, by adding 500, a
    woman), the birth date as a ``YYYYMMDD`` number (0 for missing), the address line, the village (``city``), town
    and postal code (a number), the mobile as an MSISDN number, e-mail (often blank), the instalment and its due date,
    the deed number, the sales officer (few, ``K.M. HERATH`` style), the guarantor (mostly blank), ``BB-USER-FLD-1``
    the branch and ``BB-USER-FLD-2`` a second mobile."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "lk", female)
        second = v.person(g, "lk", female)[0]
        while second == a:
            second = v.person(g, "lk", female)[0]
        born = g.birth(1950, 2002)
        rows.append((a, second, b, born, v.lk_nic(g, born, female)))
    towns = [g.rnd.choice(v.LK_TOWNS) for _ in range(g.rows)]
    officers = _staff(g, 5, lambda x: f"{v.given(x, 'lk')[0]}.{v.given(x, 'lk')[0]}. {v.family(x, 'lk')}".upper())

    def guarantor() -> str | None:
        return None if g.rnd.random() < 0.76 else v.whole(g, "lk").upper()

    return Table("LANKALAND.BLKBUYER", "en", "screaming", [
        c("BB-BUYER-NO", N, "DECIMAL(8,0)", g.keys(20_000_001), DECOY, KEY, LEGACY),
        c("BB-PROJECT-CD", N, "CHAR(12)", _pad(g.col(g.pick(["KDY-DIGANA02", "KDY-ALAWTGD1", "KUR-WELAGD03",
                                                              "KDY-PILIMT01"])), 12), DECOY, LEGACY, PADDED),
        c("BB-BLOCK-NO", N, "CHAR(6)", _pad(g.col(lambda: f"LOT {g.rnd.randint(1, 64)}"), 6), DECOY, UNIT, LEGACY,
          PADDED),
        c("BB-PLAN-NO", N, "CHAR(14)", _pad(g.col(lambda: f"PP KA {g.digits(4)}"), 14), DECOY, SHAPE, LEGACY, PADDED),
        c("BB-BUYER-INITIALS", "first_name", "CHAR(12)", _pad([f"{r[0][0]}.{r[1][0]}." for r in rows], 12),
          LEGACY, PADDED),
        c("BB-BUYER-SURNAME", "last_name", "CHAR(20)", _pad([r[2] for r in rows], 20, upper=True), LEGACY, PADDED),
        c("BB-FULL-NAME", "person_name", "CHAR(40)", _pad([f"{r[0]} {r[1]} {r[2]}" for r in rows], 40, upper=True),
          LEGACY, PADDED),
        c("BB-NIC-NO", "national_id", "CHAR(12)", _pad([r[4] for r in rows], 12), LEGACY, PADDED),
        c("BB-DOB", "date_of_birth", "DECIMAL(8,0)", [0 if g.rnd.random() < 0.08 else v.yyyymmdd(r[3]) for r in rows],
          LEGACY, INT_DATE, ZERO),
        c("BB-ADDR-LINE-1", "street_address", "CHAR(30)", _pad(g.col(
            lambda: f"NO. {g.rnd.randint(1, 420)}/{g.rnd.randint(1, 9)}, {g.rnd.choice(v.LK_ROADS)}"), 30, upper=True),
          LEGACY, PADDED),
        c("BB-ADDR-LINE-2", "city", "CHAR(20)", _pad(g.col(g.pick(v.LK_VILLAGES), 0.3), 20, upper=True), LOCALITY,
          LEGACY, PADDED),
        c("BB-CITY", "city", "CHAR(15)", _pad([t[0] for t in towns], 15, upper=True), LEGACY, PADDED),
        c("BB-POSTAL-CD", "postal_code", "DECIMAL(5,0)", [0 if g.rnd.random() < 0.1 else int(t[1]) for t in towns],
          LEGACY, NUMERIC, ZERO),
        c("BB-MOBILE-NO", "phone", "DECIMAL(11,0)", [0 if g.rnd.random() < 0.05 else int(g.phone("lk_mobile", "msisdn"))
                                                     for _ in range(g.rows)], LEGACY, NUMERIC, ZERO),
        c("BB-EMAIL", "email", "CHAR(40)", _pad([None if g.rnd.random() < 0.5 else v.email_of(
            g, r[0], r[2], v.DOMAINS["lk"]) for r in rows], 40), LEGACY, PADDED),
        c("BB-INST-AMT", N, "DECIMAL(9,2)", g.amounts(15_000, 185_000), DECOY, LEGACY),
        c("BB-NEXT-DUE-DT", N, "DECIMAL(8,0)", [v.yyyymmdd(g.day("2025-12-01", "2026-06-30")) for _ in range(g.rows)],
          DECOY, EVENT, LEGACY, INT_DATE),
        c("BB-DEED-NO", N, "CHAR(8)", _pad(g.col(lambda: f"NO {g.rnd.randint(100, 9999)}", 0.3), 8), DECOY, SHAPE,
          LEGACY, PADDED),
        c("BB-SALES-OFFICER", "person_name", "CHAR(25)", _pad(g.col(g.pick(officers)), 25), STAFF, LEGACY, PADDED),
        c("BB-GUARANTOR-NAME", "person_name", "CHAR(40)", _pad([guarantor() for _ in range(g.rows)], 40), ROLE,
          NULLWORD, LEGACY, PADDED),
        c("BB-USER-FLD-1", N, "CHAR(6)", _pad(g.col(g.pick(["KDY01", "KDY02", "KUR01", "MTL01"])), 6), DECOY, OPAQUE,
          LEGACY, PADDED),
        c("BB-USER-FLD-2", "phone", "CHAR(10)", _pad(g.col(lambda: g.phone("lk_mobile", "digits"), 0.4), 10), OPAQUE,
          MISLEADING, LEGACY, PADDED),
    ])


def leipzig_sap_tenants(g: Gen) -> Table:
    """A Leipzig housing co-operative's SAP-style table of tenant members and their service-charge prepayments
    (``ZRE_MIETER_NK``, SAP's German field abbreviations): client, economic and rental unit, contract and business
    partner numbers (``none``), ``NACHN``, ``VORNA``, ``GBDAT`` as ``DATS`` text (``00000000`` for missing), the flat's
    street, postcode and town (``STRAS``, ``PSTLZ``, ``ORT01``), landline and mobile (``TELF1``, ``TELF2``), e-mail, the
    Steuer-ID the co-operative needs for members' dividends (``STCD1``), the IBAN and its holder (``KOINH``), the
    contract start, the monthly prepayment, the clerk by family name (``SACHB``, few), ``ERNAM`` and ``ERDAT``,
    ``ZZFELD1`` a key number and ``ZZFELD2`` the co-tenant."""
    pairs = [v.person(g, "de") for _ in range(g.rows)]
    places = [g.rnd.choices(v.DE_TOWNS, [9, 1, 1, 1])[0] for _ in range(g.rows)]
    clerks = _staff(g, 5, lambda x: v.family(x, "de"))
    users = _logins(g, 5, "de", 0, upper=True)

    def street() -> str:
        return f"{g.rnd.choice(v.DE_STREETS)} {g.rnd.randint(1, 190)}{g.rnd.choice(['', '', 'a', 'b'])}"

    def holder(a: str, b: str) -> str:
        return f"{a} {b}" if g.rnd.random() < 0.8 else v.whole(g, "de")

    def idnr() -> str | None:
        if g.rnd.random() < 0.2:
            return None
        number = v.de_idnr(g)
        return number if g.rnd.random() < 0.6 else f"{number[:2]} {number[2:5]} {number[5:8]} {number[8:]}"

    return Table("SAPRE.ZRE_MIETER_NK", "de", "screaming", [
        c("MANDT", N, "CHAR(3)", ["100"] * g.rows, DECOY, LEGACY),
        c("SWENR", N, "CHAR(8)", _pad(g.col(lambda: f"{g.rnd.randint(1, 140):08d}"), 8), DECOY, LEGACY, PADDED),
        c("SMENR", N, "CHAR(8)", _pad(g.col(lambda: f"{g.rnd.randint(1, 60):04d}"), 8), DECOY, UNIT, LEGACY, PADDED),
        c("RECNNR", N, "CHAR(13)", _pad(g.col(lambda: g.code("1000/99999999")), 13), DECOY, SHAPE, LEGACY, PADDED),
        c("PARTNER", N, "CHAR(10)", [f"{x:010d}" for x in g.keys(1_004_001)], DECOY, KEY, LEGACY),
        c("NACHN", "last_name", "CHAR(40)", _pad([b for _, b in pairs], 40), LEGACY, PADDED),
        c("VORNA", "first_name", "CHAR(40)", _pad([a for a, _ in pairs], 40), LEGACY, PADDED),
        c("GBDAT", "date_of_birth", "CHAR(8)", [v.dats(None if g.rnd.random() < 0.1 else g.birth(1930, 2006))
                                                for _ in range(g.rows)], LEGACY, INT_DATE, ZERO),
        c("STRAS", "street_address", "CHAR(60)", _pad(g.col(street), 60), PREMISES, LEGACY, PADDED),
        c("PSTLZ", "postal_code", "CHAR(10)", _pad([g.rnd.choice(p[1]) for p in places], 10), PREMISES, LEGACY,
          PADDED),
        c("ORT01", "city", "CHAR(40)", _pad([p[0] for p in places], 40), PREMISES, LEGACY, PADDED),
        c("TELF1", "phone", "CHAR(30)", _pad(g.col(lambda: g.phone("de_leipzig", "national"), 0.4), 30), LEGACY,
          PADDED),
        c("TELF2", "phone", "CHAR(30)", _pad(g.col(lambda: g.phone("de_mobile", g.rnd.choice(["national", "intl"])),
                                                   0.35), 30), LEGACY, PADDED),
        c("SMTP_ADDR", "email", "CHAR(60)", _pad([None if g.rnd.random() < 0.4 else v.email_of(g, a, b, v.DOMAINS["de"])
                                                  for a, b in pairs], 60), LEGACY, PADDED),
        c("STCD1", "national_id", "CHAR(16)", _pad([idnr() for _ in range(g.rows)], 16), LEGACY, PADDED),
        c("IBAN", "iban", "CHAR(34)", _pad(g.col(lambda: v.iban(g, "DE", g.rnd.random() < 0.4), 0.05), 34), LEGACY,
          PADDED),
        c("KOINH", "person_name", "CHAR(60)", _pad([holder(a, b) for a, b in pairs], 60), ROLE, LEGACY, PADDED),
        c("VTBEG", N, "CHAR(8)", [v.dats(g.day("1992-01-01", "2025-10-01")) for _ in range(g.rows)], DECOY, EVENT,
          LEGACY, INT_DATE),
        c("BKVORAUS", N, "DECIMAL(9,2)", g.amounts(85, 340), DECOY, LEGACY),
        c("SACHB", "last_name", "CHAR(20)", _pad(g.col(g.pick(clerks)), 20), STAFF, LEGACY, PADDED),
        c("ERNAM", USERNAME, "CHAR(12)", _pad(g.col(g.pick(users)), 12), USER, AUDIT, LEGACY, PADDED),
        c("ERDAT", N, "CHAR(8)", [v.dats(g.day("2004-01-01", "2025-11-30")) for _ in range(g.rows)], DECOY, EVENT,
          LEGACY, INT_DATE),
        c("ZZFELD1", N, "CHAR(10)", _pad(g.col(lambda: g.code("S-9999"), 0.2), 10), DECOY, OPAQUE, LEGACY, PADDED),
        c("ZZFELD2", "person_name", "CHAR(40)", _pad(g.col(lambda: v.whole(g, "de"), 0.55), 40), OPAQUE, MISLEADING,
          LEGACY, PADDED),
    ])


# -- French, Spanish (Chile), Greek, Russian, Portuguese, Polish -------------------------------------------------------


def lille_rental_applications(g: Gen) -> Table:
    """A Lille letting agency's tenant application files (French, snake case): the file and the listing, the agency and
    its SIRET (``none``), the candidate's family and given name, birth date as ``dd/mm/yyyy`` text, numéro fiscal (from
    the tax notice), mobile, e-mail, current address, postcode and town, employer (``none``), monthly income, the
    guarantor and the guarantor's phone, the Visale certificate number (``none``), the IBAN for the rent's direct debit
    (mostly NULL), the adviser (few), comments mostly ``RAS`` or ``néant``, ``champ_libre_1`` a referral code and
    ``champ_libre_2`` the guarantor's e-mail."""
    pairs = [v.person(g, "fr") for _ in range(g.rows)]
    places = [g.rnd.choice(v.FR_TOWNS) for _ in range(g.rows)]
    agencies = [("Agence du Vieux-Lille", v.fr_siret(g)), ("Wazemmes Immobilier", v.fr_siret(g)),
                ("Flandres Gestion Locative", v.fr_siret(g))]
    agency = [g.rnd.randrange(3) for _ in range(g.rows)]
    employers = ["Métropole Européenne de Lille", "CHU de Lille", "Leroy Logistique Nord", "Boulangerie Paul Wazemmes",
                 "Decathlon Campus", "Université de Lille", "Transports Ilévia"]
    guarantors = [v.person(g, "fr") if g.rnd.random() < 0.62 else None for _ in range(g.rows)]
    advisers = _staff(g, 4, lambda x: v.whole(x, "fr"))

    def comment() -> str:
        return g.rnd.choice(["Dossier complet", f"Garant : sa mère, {v.whole(g, 'fr')}",
                             f"Rappeler {v.given(g, 'fr')} après 18h", "Préavis en cours chez l'ancien bailleur",
                             f"Colocation avec {v.whole(g, 'fr')}"])

    def street() -> str:
        return f"{g.rnd.randint(1, 220)}{g.rnd.choice(['', '', ' bis'])} {g.rnd.choice(v.FR_STREETS)}"

    def nif() -> str:
        number = v.fr_nif(g)
        spaced = f"{number[:2]} {number[2:4]} {number[4:7]} {number[7:10]} {number[10:]}"
        return number if g.rnd.random() < 0.5 else spaced

    return Table("gestion_locative_lille.dossiers_candidats", "fr", "snake", [
        c("id_dossier", N, "BIGINT", g.keys(61_001), DECOY, KEY),
        c("ref_annonce", N, "VARCHAR", g.col(lambda: g.code("LIL-2025-9999")), DECOY, SHAPE),
        c("agence", N, "VARCHAR", [agencies[i][0] for i in agency], BUSINESS),
        c("siret_agence", N, "VARCHAR", [agencies[i][1] for i in agency], BUSINESS, CHECK),
        c("nom", "last_name", "VARCHAR", [b for _, b in pairs]),
        c("prenom", "first_name", "VARCHAR", [a for a, _ in pairs]),
        c("date_naissance", "date_of_birth", "VARCHAR", g.col(lambda: g.birth(1960, 2006).strftime("%d/%m/%Y"), 0.03),
          DOB_TEXT),
        c("numero_fiscal", "national_id", "VARCHAR", g.col(nif, 0.3)),
        c("tel_portable", "phone", "VARCHAR", g.phones("fr_mobile", {"national": 0.6, "e164": 0.2, "intl": 0.2})),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["fr"]) for a, b in pairs]),
        c("adresse_actuelle", "street_address", "VARCHAR", g.col(street)),
        c("code_postal", "postal_code", "VARCHAR", [p[1] for p in places]),
        c("ville", "city", "VARCHAR", [p[0] for p in places]),
        c("employeur", N, "VARCHAR", g.col(g.pick(employers), 0.1), BUSINESS),
        c("revenus_mensuels", N, "INTEGER", g.ints(1_200, 5_800), DECOY),
        c("garant_nom_prenom", "person_name", "VARCHAR", [None if x is None else f"{x[1].upper()} {x[0]}"
                                                          for x in guarantors], ROLE),
        c("garant_tel", "phone", "VARCHAR", [None if x is None or g.rnd.random() < 0.1 else
                                             g.phone(g.rnd.choice(["fr_mobile", "fr_lille"]), "national")
                                             for x in guarantors]),
        c("visale_numero", N, "VARCHAR", g.col(lambda: g.code("V999999999"), 0.6), DECOY, SHAPE),
        c("iban_prelevement", "iban", "VARCHAR", g.col(lambda: v.iban(g, "FR", g.rnd.random() < 0.6), 0.75), HEAVY),
        c("conseiller", "person_name", "VARCHAR", g.col(g.pick(advisers)), STAFF),
        c("commentaire", "free_text", "VARCHAR", g.sparse(comment, 0.76, ("RAS", "néant", "-", "")), NULLWORD),
        c("champ_libre_1", N, "VARCHAR", g.col(lambda: f"PAR-{g.digits(4)}", 0.5), DECOY, OPAQUE),
        c("champ_libre_2", "email", "VARCHAR", [None if x is None or g.rnd.random() < 0.25 else
                                                v.email_of(g, x[0], x[1], v.DOMAINS["fr"]) for x in guarantors],
          OPAQUE, MISLEADING),
        c("date_depot", N, "TIMESTAMP", g.moments("2025-05-01", "2025-11-30"), DECOY, EVENT),
    ])


def santiago_lease_contracts(g: Gen) -> Table:
    """A Santiago property broker's lease contracts (Chilean Spanish, Pascal case): the contract and its folio written
    like a RUT whose check digit is wrong (``none``), the SII roll number, the let flat's address and comuna (the
    tenant's home), the tenant's given names, paternal and maternal family names, RUT, birth date, mobile and e-mail,
    the guarantor (aval), the landlord, the landlord's RUT, bank and account number, the listing broker's RUT
    (``none``), the broker (few), the rent in UF, the start date, ``CampoLibre1`` a parking space and ``CampoLibre2``
    the guarantor's phone."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, p = v.person(g, "cl", female)
        second = v.person(g, "cl", female)[0]
        names = f"{a} {second}" if g.rnd.random() < 0.6 and second != a else a
        rows.append((names, p, v.family(g, "cl")))
    brokers = _staff(g, 5, lambda x: v.whole(x, "cl"))
    firms = [v.cl_rut(g, 76_000_000, 77_999_999) for _ in range(3)]
    avales = [g.rnd.random() < 0.62 for _ in range(g.rows)]

    def address() -> str:
        return f"{g.rnd.choice(v.CL_STREETS)} {g.rnd.randint(100, 9_800)}" + g.rnd.choice(
            [f", Depto {g.rnd.randint(2, 24)}{g.rnd.randint(1, 20):02d}", f" dpto. {g.rnd.randint(101, 1_802)}", ""])

    return Table("CorredoraStgo.ContratosArriendo", "es", "pascal", [
        c("IdContrato", N, "INTEGER", g.keys(3_001), DECOY, KEY),
        c("FolioContrato", N, "VARCHAR", g.col(lambda: v.cl_rut_decoy(g)), DECOY, SHAPE),
        c("RolSii", N, "VARCHAR", g.col(lambda: f"{g.rnd.randint(100, 9_999)}-{g.rnd.randint(1, 420)}"), DECOY),
        c("DireccionPropiedad", "street_address", "VARCHAR", g.col(address), PREMISES),
        c("Comuna", "city", "VARCHAR", g.col(g.pick(v.CL_COMUNAS)), PREMISES, LOCALITY),
        c("NombresArrendatario", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("ApellidoPaterno", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("ApellidoMaterno", "last_name", "VARCHAR", [r[2] if g.rnd.random() < 0.95 else None for r in rows]),
        c("RutArrendatario", "national_id", "VARCHAR", g.col(lambda: v.cl_rut(g, 6_000_000, 26_999_999,
                                                                              g.rnd.random() < 0.7))),
        c("FechaNacimiento", "date_of_birth", "DATE", g.col(lambda: g.birth(1950, 2005), 0.05)),
        c("Celular", "phone", "VARCHAR", g.phones("cl_mobile", {"intl": 0.5, "e164": 0.3, "national": 0.2})),
        c("Correo", "email", "VARCHAR", [v.email_of(g, r[0].split()[0], r[1], v.DOMAINS["cl"]) for r in rows]),
        c("NombreAval", "person_name", "VARCHAR", [v.whole(g, "cl") if x else None for x in avales], ROLE),
        c("NombrePropietario", "person_name", "VARCHAR", g.col(lambda: f"{v.whole(g, 'cl')} {v.family(g, 'cl')}"),
          ROLE),
        c("RutPropietario", "national_id", "VARCHAR", g.col(lambda: v.cl_rut(g, 4_000_000, 19_999_999))),
        c("CuentaPropietario", USERNAME, "VARCHAR", g.col(lambda: g.digits(g.rnd.choice([8, 10, 12])), 0.05), BANK),
        c("BancoPropietario", N, "VARCHAR", g.col(g.pick(["Banco Estado", "Banco de Chile", "Santander", "BCI",
                                                          "Scotiabank"]), 0.05), DECOY),
        c("RutCorredoraCaptadora", N, "VARCHAR", g.col(g.pick(firms)), BUSINESS, CHECK),
        c("Corredor", "person_name", "VARCHAR", g.col(g.pick(brokers)), STAFF),
        c("CanonUf", N, "DECIMAL(6,2)", g.amounts(9, 48), DECOY),
        c("FechaInicio", N, "DATE", g.days("2023-01-01", "2025-12-01"), DECOY, EVENT),
        c("CampoLibre1", N, "VARCHAR", g.col(lambda: f"Estacionamiento {g.rnd.randint(1, 180)}", 0.45), DECOY, OPAQUE),
        c("CampoLibre2", "phone", "VARCHAR", [g.phone("cl_mobile", "intl") if x and g.rnd.random() < 0.65 else None
                                              for x in avales], OPAQUE, MISLEADING, HEAVY),
    ])


def chania_rental_owners(g: Gen) -> Table:
    """A Chania short-term rental manager's property owners (Greek script, snake case): the owner's family name
    (women's forms), given name and father's name, personal ΑΦΜ, AMKA (encoding the row's birth date and sex), birth
    date, identity card (ΑΔΤ), mobile, e-mail, home address, postcode and town, the IBAN payouts go to, the property's
    short-term rental register number (ΑΜΑ: eleven digits failing the AMKA check, ``none``), the villa's name and
    beds, the account manager (few), the cleaning contractor's company ΑΦΜ (``none``), ``πρόσθετο_πεδίο_1`` a key box
    and ``πρόσθετο_πεδίο_2`` a landline, remarks mostly ``-`` or ``Δ/Υ``, the last payout date."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.45
        a, b = v.person(g, "el", female)
        born = g.birth(1940, 1998)
        rows.append((a, b, v.person(g, "el", False)[0], born, v.gr_amka(g, born, female)))
    places = [g.rnd.choice(v.GR_TOWNS) for _ in range(g.rows)]
    managers = _staff(g, 4, lambda x: v.whole(x, "el"))
    cleaners = [v.gr_afm(g, company=True) for _ in range(3)]
    villas = ["Villa Λεμονιά", "Villa Ελιά", "Κατοικία Θάλασσα", "Suites Φάρος", "Πέτρινο Σπίτι Απτέρας",
              "Villa Αμπέλι", "Studios Λιμάνι", "Villa Σέλινο"]

    def remark() -> str:
        return g.rnd.choice(["Πληρωμή μέσω τράπεζας", f"Επικοινωνία με τον γιο, {v.person(g, 'el', False)[0]}",
                             f"Συνιδιοκτήτης: {v.whole(g, 'el')}", "Θέλει μηνιαία αναφορά"])

    def card() -> str:
        letters = g.rnd.choice(["ΑΒ", "ΑΕ", "ΑΗ", "ΑΙ", "ΑΚ", "ΑΜ", "ΑΝ", "ΑΡ", "ΑΤ", "ΑΧ", "Χ"])
        return f"{letters}{g.rnd.choice(['', ' '])}{g.digits(6)}"

    return Table("βραχυχρόνιες_μισθώσεις_χανίων.ιδιοκτήτες", "el", "snake", [
        c("κωδικός_ιδιοκτήτη", N, "INTEGER", g.keys(501), DECOY, KEY),
        c("επώνυμο", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("όνομα", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("πατρώνυμο", "first_name", "VARCHAR", [r[2] if g.rnd.random() < 0.9 else None for r in rows]),
        c("ΑΦΜ", "national_id", "VARCHAR", g.col(lambda: v.gr_afm(g))),
        c("ΑΜΚΑ", "ssn", "VARCHAR", [r[4] if g.rnd.random() < 0.9 else None for r in rows]),
        c("ημερομηνία_γέννησης", "date_of_birth", "DATE", [r[3] for r in rows]),
        c("αριθμός_ταυτότητας", "national_id", "VARCHAR", g.col(card, 0.1)),
        c("κινητό", "phone", "VARCHAR", g.phones("gr_mobile", {"national": 0.5, "intl": 0.3, "e164": 0.2})),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["el"]) if g.rnd.random() < 0.85 else None
                                        for r in rows]),
        c("διεύθυνση_κατοικίας", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.choice(v.GR_STREETS)} "
                                                                             f"{g.rnd.randint(1, 140)}")),
        c("ΤΚ", "postal_code", "VARCHAR", [g.rnd.choice(p[1]) for p in places], ABBREV),
        c("πόλη", "city", "VARCHAR", [p[0] for p in places]),
        c("IBAN", "iban", "VARCHAR", g.col(lambda: v.iban(g, "GR", g.rnd.random() < 0.5), 0.05)),
        c("ΑΜΑ", N, "VARCHAR", g.col(lambda: v.amka_shaped_decoy(g)), DECOY, SHAPE, ABBREV),
        c("κατάλυμα", N, "VARCHAR", g.col(g.pick(villas)), DECOY, PRODUCT),
        c("αριθμός_κλινών", N, "INTEGER", g.ints(2, 12), DECOY),
        c("υπεύθυνος_λογαριασμού", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF),
        c("ΑΦΜ_συνεργείου_καθαρισμού", N, "VARCHAR", g.col(g.pick(cleaners)), BUSINESS, CHECK),
        c("πρόσθετο_πεδίο_1", N, "VARCHAR", g.col(lambda: f"ΚΛ-{g.rnd.randint(1, 99)}", 0.3), DECOY, OPAQUE),
        c("πρόσθετο_πεδίο_2", "phone", "VARCHAR", g.col(lambda: g.phone("gr_chania", "national"), 0.6), OPAQUE,
          MISLEADING, HEAVY),
        c("παρατηρήσεις", "free_text", "VARCHAR", g.sparse(remark, 0.8, ("-", "ΟΧΙ", "άγνωστο", "Δ/Υ", "")),
          NULLWORD),
        c("τελευταία_εκκαθάριση", N, "DATE", g.days("2025-06-01", "2025-11-30"), DECOY, EVENT),
    ])


def novosibirsk_egrn_extracts(g: Gen) -> Table:
    """A Novosibirsk estate agency's records of sellers from Unified State Register (EGRN) extracts (Russian, Cyrillic
    script): the extract number, the cadastral number, the flat's address (the seller's home), its area, the kind of
    right and share, the right-holder's family name (women's forms), given name and patronymic, birth date as
    ``dd.mm.yyyy`` text, SNILS, personal INN, passport series and number, phone, e-mail (mostly NULL), the right's
    registration number and date, the mortgagee bank and its INN (``none``), agency contract numbers of twelve digits
    failing the INN check (``none``), the realtor (few), ``доп_поле_1`` a key number and ``доп_поле_2`` a second
    phone, comments naming people."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.55
        a, b = v.person(g, "ru", female)
        father = v.person(g, "ru", False)[0]
        rows.append((b, a, v.PATRONYMICS[father][1 if female else 0]))
    realtors = _staff(g, 5, lambda x: v.whole(x, "ru"))
    banks = [("АО Сибирский ипотечный банк", v.ru_inn(g, company=True)),
             ("ПАО Банк Обь-Кредит", v.ru_inn(g, company=True)), ("АО НовосибКомБанк", v.ru_inn(g, company=True))]
    bank = [g.rnd.randrange(3) if g.rnd.random() < 0.45 else None for _ in range(g.rows)]
    cadastral = [f"54:35:{g.digits(6)}:{g.rnd.randint(10, 2_999)}" for _ in range(g.rows)]
    registered = g.days("2003-01-01", "2025-09-30")

    def address() -> str:
        town = g.rnd.choices(["г. Новосибирск", "Новосибирская обл., г. Бердск", "Новосибирская обл., р.п. Кольцово"],
                             [8, 1, 1])[0]
        return f"{town}, {g.rnd.choice(v.RU_STREETS)}, д. {g.rnd.randint(1, 180)}, кв. {g.rnd.randint(1, 320)}"

    def comment() -> str:
        return g.rnd.choice(["Продажа через ипотеку", f"Доверенность на {v.whole(g, 'ru')}",
                             f"Звонить после 18:00, спросить {v.given(g, 'ru')}", "Обременение снято",
                             f"Второй собственник: {v.whole(g, 'ru')}"])

    def passport() -> str:
        return f"50 {g.rnd.randint(0, 24):02d} {g.digits(6)}"

    return Table("агентство_нск.выписки_егрн", "ru", "snake", [
        c("ид", N, "BIGINT", g.keys(70_001), DECOY, KEY),
        c("номер_выписки", N, "VARCHAR", g.col(lambda: f"КУВИ-001/2025-{g.digits(8)}"), DECOY, SHAPE),
        c("кадастровый_номер", N, "VARCHAR", cadastral, DECOY, SHAPE),
        c("адрес_объекта", "street_address", "VARCHAR", g.col(address), PREMISES),
        c("площадь_кв_м", N, "DECIMAL(7,1)", [round(g.rnd.uniform(18, 140), 1) for _ in range(g.rows)], DECOY),
        c("вид_права", N, "VARCHAR", g.col(g.pick(["Собственность", "Общая долевая собственность",
                                                   "Общая совместная собственность"])), DECOY),
        c("доля_в_праве", N, "VARCHAR", g.col(g.pick(["1/2", "1/3", "1/4", "2/3"]), 0.5), DECOY),
        c("фамилия", "last_name", "VARCHAR", [r[0] for r in rows]),
        c("имя", "first_name", "VARCHAR", [r[1] for r in rows]),
        c("отчество", "person_name", "VARCHAR", [r[2] if g.rnd.random() < 0.96 else None for r in rows]),
        c("дата_рождения", "date_of_birth", "VARCHAR", g.col(lambda: g.birth(1938, 2005).strftime("%d.%m.%Y"), 0.05),
          DOB_TEXT),
        c("снилс", "ssn", "VARCHAR", g.col(lambda: v.ru_snils(g), 0.15)),
        c("инн", "national_id", "VARCHAR", g.col(lambda: v.ru_inn(g), 0.2)),
        c("паспорт", "national_id", "VARCHAR", g.col(passport, 0.05)),
        c("телефон", "phone", "VARCHAR", g.phones("ru_mobile", {"national": 0.4, "e164": 0.3, "intl": 0.3})),
        c("email", "email", "VARCHAR", [None if g.rnd.random() < 0.55 else v.email_of(g, r[1], r[0], v.DOMAINS["ru"])
                                        for r in rows], HEAVY),
        c("номер_регистрации_права", N, "VARCHAR", [
            f"{cad}-54/{g.rnd.randint(1, 200):03d}/{d.year}-{g.rnd.randint(1, 9)}"
            for cad, d in zip(cadastral, registered, strict=True)], DECOY, SHAPE),
        c("дата_регистрации_права", N, "DATE", registered, DECOY, EVENT),
        c("банк_залогодержатель", N, "VARCHAR", [None if b is None else banks[b][0] for b in bank], BUSINESS),
        c("инн_банка", N, "VARCHAR", [None if b is None else banks[b][1] for b in bank], BUSINESS, CHECK),
        c("номер_договора", N, "VARCHAR", g.col(lambda: v.inn_shaped_decoy(g)), DECOY, SHAPE),
        c("риелтор", "person_name", "VARCHAR", g.col(g.pick(realtors)), STAFF, ROLE),
        c("доп_поле_1", N, "VARCHAR", g.col(lambda: f"КЛ-{g.rnd.randint(100, 999)}", 0.4), DECOY, OPAQUE),
        c("доп_поле_2", "phone", "VARCHAR", g.phones("ru_mobile", {"national": 0.6, "e164": 0.4}, 0.45), OPAQUE,
          MISLEADING),
        c("комментарий", "free_text", "VARCHAR", g.sparse(comment, 0.55, ("", "нет", "-"))),
    ])


def lisbon_condominium_quotas(g: Gen) -> Table:
    """A Lisbon condominium administrator's monthly quotas (service charges) per fraction (European Portuguese, camel
    case): the condominium and its NIF (``none``), the fraction and its permillage, the owner's full name, NIF and
    Cartão de Cidadão number, mobile, e-mail, correspondence address, postcode and locality, the direct-debit IBAN,
    the month, quota and state, the manager (few), the Multibanco reference (``none``), ``campoLivre1`` a parking space
    and ``campoLivre2`` the fraction's tenant (mostly NULL), remarks mostly ``sem observações``. Owners recur month
    after month."""
    names = ["Edifício Estrela", "Edifício Graça Alta", "Condomínio Alvalade 12", "Edifício Arroios Sul",
             "Condomínio Campo de Ourique 88", "Edifício Benfica Norte"]
    buildings = [(name, v.pt_nif(g, "90")) for name in names]
    owners = []
    for _ in range(g.rows // 3):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "pt", female)
        middle = v.person(g, "pt", female)[0]
        place = g.rnd.choice(v.PT_TOWNS)
        owners.append({
            "name": f"{a} {middle} {v.family(g, 'pt')} {b}" if middle != a else f"{a} {b}",
            "nif": v.pt_nif(g, g.rnd.choice(["1", "2", "2"])), "cc": v.pt_cc(g),
            "phone": g.phone("pt_mobile", g.rnd.choice(["national", "e164", "intl"])),
            "email": v.email_of(g, a, b, v.DOMAINS["pt"]),
            "street": f"{g.rnd.choice(v.PT_STREETS)}, {g.rnd.randint(1, 240)}, " + g.rnd.choice(
                ["1.º Esq.", "2.º Dto.", "R/C", "3.º B", "4.º Frente", "5.º A"]),
            "cp": f"{place[1]}-{g.rnd.randint(1, 999):03d}", "town": place[0],
            "iban": None if g.rnd.random() < 0.45 else v.iban(g, "PT", g.rnd.random() < 0.5),
            "building": g.rnd.randrange(len(buildings)), "fraction": g.rnd.choice("ABCDEFGHIJKL"),
            "tenant": None if g.rnd.random() < 0.7 else v.whole(g, "pt")})
    who = [g.rnd.choice(owners) for _ in range(g.rows)]
    managers = _staff(g, 3, lambda x: v.whole(x, "pt"))

    def remark() -> str:
        return g.rnd.choice(["Pagamento por transferência", f"Contactar o filho, {v.given(g, 'pt')}",
                             f"Fração arrendada a {v.whole(g, 'pt')}", "Dívida em plano de pagamento"])

    return Table("condominios_lx.quotasCondominos", "pt", "camel", [
        c("idQuota", N, "BIGINT", g.keys(900_001), DECOY, KEY),
        c("condominio", N, "VARCHAR", [buildings[o["building"]][0] for o in who], DECOY, PRODUCT),
        c("nifCondominio", N, "VARCHAR", [buildings[o["building"]][1] for o in who], BUSINESS, CHECK),
        c("fracao", N, "VARCHAR", [o["fraction"] for o in who], DECOY, UNIT),
        c("permilagem", N, "DECIMAL(6,2)", [round(20 + ord(o["fraction"]) % 7 * 9.5, 2) for o in who], DECOY),
        c("nomeCondomino", "person_name", "VARCHAR", [o["name"] for o in who]),
        c("nifCondomino", "national_id", "VARCHAR", [o["nif"] for o in who]),
        c("numeroCC", "national_id", "VARCHAR", [o["cc"] if g.rnd.random() < 0.8 else None for o in who]),
        c("telemovel", "phone", "VARCHAR", [o["phone"] for o in who]),
        c("email", "email", "VARCHAR", [o["email"] if g.rnd.random() < 0.9 else None for o in who]),
        c("moradaCorrespondencia", "street_address", "VARCHAR", [o["street"] for o in who]),
        c("codigoPostal", "postal_code", "VARCHAR", [o["cp"] for o in who]),
        c("localidade", "city", "VARCHAR", [o["town"] for o in who]),
        c("ibanDebitoDireto", "iban", "VARCHAR", [o["iban"] for o in who]),
        c("mesReferencia", N, "VARCHAR", g.col(g.pick([f"2025-{m:02d}" for m in range(1, 12)])), DECOY),
        c("valorQuota", N, "DECIMAL(8,2)", g.amounts(28, 145), DECOY),
        c("estadoPagamento", N, "VARCHAR", g.col(g.pick(["pago", "pago", "pago", "em atraso", "parcial"])), DECOY),
        c("gestor", "person_name", "VARCHAR", g.col(g.pick(managers)), STAFF),
        c("referenciaMultibanco", N, "VARCHAR", g.col(lambda: f"11604 {g.digits(3)} {g.digits(3)} {g.digits(3)}", 0.3),
          DECOY, SHAPE),
        c("campoLivre1", N, "VARCHAR", g.col(lambda: f"Lugar {g.rnd.randint(1, 40)}", 0.5), DECOY, OPAQUE),
        c("campoLivre2", "person_name", "VARCHAR", [o["tenant"] for o in who], OPAQUE, MISLEADING, HEAVY),
        c("observacoes", "free_text", "VARCHAR", g.sparse(remark, 0.8, ("sem observações", "-", "n/d", "")),
          NULLWORD),
        c("dataEmissao", N, "DATE", g.days("2025-01-01", "2025-11-30"), DECOY, EVENT),
    ])


def krakow_brokerage_agreements(g: Gen) -> Table:
    """A Kraków estate agency's brokerage agreements with sellers (Polish, snake case): the agreement number (eleven
    digits failing the PESEL check, ``none``), the land and mortgage register number (księga wieczysta, with its check
    digit, ``none``), the flat's street, number, postcode and town (the seller's home), the seller's given and family
    name (women's forms), PESEL (encoding the row's birth date and sex), birth date, identity card number (with its
    check digit), phone, e-mail, a co-operating agency's NIP (``none``), price and commission, the agent by first
    name (few), the co-owner (mostly NULL), ``pole_dodatkowe_1`` a key number and ``pole_dodatkowe_2`` a phone, an
    e-mail or a name by row (``free_text``), remarks mostly ``brak``, the signing date and the operator's login."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "pl", female)
        born = g.birth(1940, 2004)
        rows.append((a, b, born, v.pl_pesel(g, born, female)))
    places = [g.rnd.choices(v.PL_TOWNS, [8, 1, 1, 1, 1])[0] for _ in range(g.rows)]
    partners = [v.pl_nip(g) for _ in range(3)]
    agents = _staff(g, 5, lambda x: v.given(x, "pl"))
    operators = _logins(g, 4, "pl", 1)

    def postcode(p: tuple[str, list[str]]) -> str:
        lead = g.rnd.choice(p[1])
        return lead if "-" in lead else f"{lead}-{g.rnd.randint(1, 999):03d}"

    def extra() -> str:
        a, b = v.person(g, "pl")
        return g.rnd.choice([g.phone("pl_mobile", "national"), v.email_of(g, a, b, v.DOMAINS["pl"]), f"{a} {b}"])

    def remark() -> str:
        return g.rnd.choice(["Klucze u sąsiada", f"Kontakt przez córkę: {v.given(g, 'pl')}",
                             f"Współwłaściciel {v.whole(g, 'pl')} zgoda ustna", "Lokal po remoncie"])

    return Table("nieruchomosci_krakow.umowy_posrednictwa", "pl", "snake", [
        c("id_umowy", N, "BIGINT", g.keys(12_001), DECOY, KEY),
        c("nr_umowy", N, "VARCHAR", g.col(lambda: v.pesel_shaped_decoy(g)), DECOY, SHAPE),
        c("nr_ksiegi_wieczystej", N, "VARCHAR", g.col(lambda: v.pl_kw(g), 0.05), DECOY, SHAPE, CHECK),
        c("ulica", "street_address", "VARCHAR", g.col(g.pick(v.PL_STREETS)), PREMISES),
        c("nr_domu", "street_address", "VARCHAR", g.col(lambda: f"{g.rnd.randint(1, 120)}{g.rnd.choice(['', '', 'A'])}"
                                                        f"{g.rnd.choice(['', f'/{g.rnd.randint(1, 60)}'])}"), PREMISES),
        c("kod_pocztowy", "postal_code", "VARCHAR", [postcode(p) for p in places], PREMISES),
        c("miejscowosc", "city", "VARCHAR", [p[0] for p in places], PREMISES),
        c("imie", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("nazwisko", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("pesel", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.95 else None for r in rows]),
        c("data_urodzenia", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("seria_nr_dowodu", "national_id", "VARCHAR", g.col(lambda: v.pl_id_card(g), 0.1)),
        c("telefon", "phone", "VARCHAR", g.phones("pl_mobile", {"national": 0.5, "e164": 0.3, "intl": 0.2})),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["pl"]) for r in rows]),
        c("nip_wspolpracujacego_biura", N, "VARCHAR", g.col(g.pick(partners), 0.55), BUSINESS, CHECK),
        c("cena_ofertowa", N, "INTEGER", [g.rnd.randint(380, 2_400) * 1_000 for _ in range(g.rows)], DECOY),
        c("prowizja_proc", N, "DECIMAL(4,2)", g.col(g.pick([1.5, 1.99, 2.0, 2.46, 2.5, 3.0])), DECOY),
        c("agent", "first_name", "VARCHAR", g.col(g.pick(agents)), STAFF),
        c("wspolwlasciciel", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "pl"), 0.62), ROLE, HEAVY),
        c("pole_dodatkowe_1", N, "VARCHAR", g.col(lambda: f"K-{g.rnd.randint(1, 400):03d}", 0.35), DECOY, OPAQUE),
        c("pole_dodatkowe_2", "free_text", "VARCHAR", g.col(extra, 0.4), OPAQUE, MIXED),
        c("uwagi", "free_text", "VARCHAR", g.sparse(remark, 0.8, ("brak", "-", "b.d.", "")), NULLWORD),
        c("data_podpisania", N, "DATE", g.days("2024-06-01", "2025-11-30"), DECOY, EVENT),
        c("login_operatora", USERNAME, "VARCHAR", g.col(g.pick(operators)), USER, AUDIT),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (summit_str_reservations, 1_400), (bristol_tenant_references, 900), (hobart_open_home_attendees, 1_100),
    (saskatoon_mortgage_staging, 800), (lusaka_service_charge_ledger, 660), (cork_auction_bidders, 480),
    (worcester_tenant_master, 1_200), (kandy_block_buyers, 700), (leipzig_sap_tenants, 1_000),
    (lille_rental_applications, 650), (santiago_lease_contracts, 450), (chania_rental_owners, 260),
    (novosibirsk_egrn_extracts, 540), (lisbon_condominium_quotas, 900), (krakow_brokerage_agreements, 500),
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
