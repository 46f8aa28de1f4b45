"""Held-out set v68 for the column classifier: 15 tables of *utilities and telecom*, one system per table and each a
different organisation, nine with English column names (Texas, Ohio, Minnesota, Jamaica, South Africa, the English
Midlands, Queensland, Florida and Ontario) and six in German, Dutch, French, Spanish, European Portuguese and Swedish.
Seven are legacy extracts (AS/400, mainframe, COBOL-style flat files): SCREAMING names glued to a two-letter file
prefix (``CMLNAM``, ``RBKEYH``, ``SRIDNO``, ``ASGNAM``) or cut to six to eight characters (``BILLADR``, ``NOMDEB``),
fixed-width values padded with blanks, dates as ``YYYYMMDD``, ``CYYMMDD``, ``CYYDDD`` and ``YYYYDDD`` numbers, and
phones, an SSN, a BSN and ZIP codes kept as numbers with 0 or blanks for missing; the other eight are modern (snake,
camel and Pascal case, native-script names with ``ä``, ``ö``, ``ü`` and ``ß``), with abbreviations (``cust_fnm``,
``ctc_ph``, ``addr_ln1``), a source prefix (``src_crm_col17``) and opaque custom fields holding personal data
(``misc_2``, ``Custom1``, ``CMUDF1``, ``RBUDF3``, ``ZONE2``, ``feld2``, ``campo_libre_2``, ``extra_2``) beside opaque
fields holding none (``misc_1``, ``Custom2``, ``CMUDF2``, ``RBUDF4``, ``ZONE1``, ``feld1``, ``campo_libre_1``,
``extra_1``, ``src_crm_col18``):

* ``REPCIS.CUSMSTP``: a Houston retail electricity provider's AS/400 customer master with its meter points (padded
  names, the middle initial, the SSN and phones as numbers, ``CMDOB`` as ``CYYMMDD``, a Texas driving licence, the
  service address, ZIP as a number, ESI ID and meter number, an alternate contact, the last user profile and program);
* ``GASDIST.RTBKP``: a central-Ohio gas distributor's meter readers' route book (walk sequence, service address,
  ``LAST, FIRST`` customers, key-holding neighbours and their phones, access notes naming people, readers, meter
  makes, reads and coordinates, dog warnings, the next read as a Julian date);
* ``LNPX.PORTOUTL``: a Minnesota regional wireless carrier's number port-out log (the ported number as a number, the
  billing name and address on the port request, the SSN's last four digits and the account PIN, service-provider ids,
  FOC dates, reject codes, the authorising person, CSR logins, IMEI and a refund routing number);
* ``TOPUP.TPLOGP``: a Kingston (Jamaica) prepaid operator's top-up log (retailers and voucher PINs, web and app
  top-ups with a card kept in clear, its last four digits, the cardholder, receipt e-mail and IP, gift top-ups with
  the sender's number and message, the TRN of high-value top-ups);
* ``RICADB.SUBREG``: a Johannesburg mobile operator's RICA subscriber register (South African ID numbers encoding the
  birth date and sex, passports, ICCID and IMSI, residential address with suburb, dealers, RICA agents, proxies);
* ``smartfit.installAppointments``: a Midlands smart-meter installer's appointments for several suppliers (MPAN cores
  with their check digit, MPRNs, the home, engineers, vulnerability notes naming carers, Priority Services Register
  codes, access notes, the signer, comms-hub ids);
* ``SimOps.SimSwapRequests``: a Brisbane mobile operator's SIM swap requests (account holder and birth date, driver
  licence and passport numbers, old and new ICCIDs, stores, agent logins, request IPs, the one-time code's number,
  account PINs, ABNs of business accounts, ``Custom1`` the authorised representative);
* ``fieldsvc.work_orders``: a Tampa Bay cable installer's work orders for the operators it subcontracts to (operator
  account numbers, the home, tap coordinates, modem MACs and serials, technicians, notes, signers, ``src_crm_col17`` a
  phone, an e-mail or a name by row, ``misc_2`` the e-bill address);
* ``OutageMgmt.CallbackList``: an Ottawa-area electricity distributor's outage callback list (callers, callback and
  alternative numbers, life-support flags and medical notes naming carers, agents and their notes, ``Notes2`` the
  alternate contact's name, transformer coordinates, business numbers of commercial callers);
* ``nahwaerme_eg.mitglieder``: a Hohenlohe bioenergy village's district-heating co-operative's members (German: street
  and ``hausnummer`` apart, Steuer-ID for the dividend's withholding tax, SEPA IBAN and ``kontoinhaber``, the
  co-operative's creditor id, heat meters and transfer stations, farmers' USt-IdNr, ``feld2`` the joint member);
* ``WSBEL.AANSLGP``: a Gelderland water board's tax assessments from its legacy tax system (Dutch: BSN as a number,
  ``voorletters``, ``tussenvoegsel``, family name, house number as a number and its addition, WOZ values, the three
  levies, remission status, IBAN and mandate, btw numbers of business assessments, the connection's EAN code);
* ``RECOUV.DOSIMP``: a Lyon collection agency's files of unpaid energy and water bills (French: creditors with SIREN
  and TVA, debtors, maiden names, birth date and birthplace, PDL, amounts and dates as numbers, case handlers, the
  IBAN of a payment plan, employers and bailiffs, observations, ``ZONE2`` the co-debtor);
* ``bono_social.solicitudes``: a Castile and León reference electricity retailer's social-tariff (bono social)
  applications (Spanish: two family names, DNI and NIE, CUPS, the household as JSON with names and DNIs, municipal
  social services and their social workers, handlers' logins, ``campo_libre_2`` the representative's phone);
* ``cobertura_fibra.pedidosDisponibilidade``: a Portuguese fibre operator's broadband availability enquiry form
  (personal NIF, ``codigo`` the postcode, ``localidade`` and ``concelho``, current operator, consent IP, user agent,
  UTM JSON, the nearest fibre cabinet and its coordinates, sales agents, companies' NIPC);
* ``mikroproduktion.avtal``: a Dalarna electricity trader's register of solar feed-in contracts with micro-producers
  (Swedish: ``anläggnings_id`` GSRN, personnummer, the installation address, inverters and serials, installers and
  their orgnr, the payout IBAN, contact persons of estates and co-owners, case officers, ``extra_2`` a co-owner's
  e-mail).

Written **blind**, like v2 to v65: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog, history or notes, only the list of kind names
(``governance_dagster/kinds.py``), how the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the
*structure* and labeling conventions of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test,
``tests/heldout_support.py``), the module docstrings of v24 to v65 (to avoid their domains and follow their labeling
conventions), the ``Column``/``Table`` classes and writer they build on (``heldout_v2.py``, ``heldout_v4.py``), the
ruff section of ``pyproject.toml`` and the sources of python-stdnum and phonenumbers. The classifier was not run on
this set while it was written, no scorer was run on it, and no score of any set was looked at: nothing here was
adjusted to what the classifier does. It was written under a short deadline (about an hour, the tests and lint
included), so some labels below are quick decisions rather than settled conventions. It imports no earlier set's
value module: its random source, name lists, streets, towns, postal codes and identifier builders are its own
(:mod:`benchmarks.classification.heldout_v68_values`; the generic ``Gen`` helpers were copied from v27's).

What is new against v2 to v65: earlier sets touched utilities and telecom (v25 a mobile operator and a utility's meter
accounts, v31 an Irish energy supplier, v33 a Hungarian utility and a Slovak telecom, v35 a telecom's usage file, v37
and v46 SIM registrations, v46 a supplier's meter reads, call records, a discom, move notices, supply contracts and
FTTH connections, v43 a utility's SEPA mandates, v52 a collection agency, v53 a solar installer's leads, v57 a water
utility, v58 an electric co-operative's member file and a bottled-gas distributor); every organisation and shape here
is new: a retail electricity provider's customer master with ESI IDs, a gas meter readers' route book, a number
port-out log, a prepaid top-up log, a RICA register, smart-meter installation appointments, SIM swaps, a cable
installer's work orders, an outage callback list, a district-heating co-operative, a water board's tax assessments,
collections of unpaid energy bills, social-tariff applications, a broadband availability form and a feed-in contract
register; and seven legacy extracts in one set, with their numeric dates, numeric phones and identifiers and padded
values.

* legacy extracts (tag ``legacy``; ``padded`` for fixed-width CHAR values, ``int_date`` for dates kept as numbers,
  ``numeric_id`` for phones, an SSN, a BSN, a house number and a ZIP kept as numbers, ``zero_missing`` where 0 means
  missing); file prefixes glued to abbreviations (``CMSSN``, ``RBCUPH``, ``TLMSDN``, ``SRDOB``, ``ASBSN``) and
  six-to-eight-character names (``PORTTN``, ``BILLZIP``, ``DATNAI``, ``LIEUNA``);
* supply points and networks as decoys (all ``none``): ESI IDs, MPAN cores (check digit), MPRNs, CUPS (check
  letters), a Dutch EAN code and a Swedish anläggnings-id (GS1 check digit), French PDLs (tag ``supply_point``);
  meter serials, makes, dials and reads, heat meters and transfer stations (tag ``meter``); ICCIDs (Luhn), IMSIs,
  IMEIs (Luhn), modem MACs and serials, comms-hub ids, handhelds, inverter serials (tag ``device``);
* other decoys (tag ``decoy``; ``value_shape`` when shaped like an identifier): work-order, PON, job, incident,
  assessment, file, application and contract numbers, account numbers, voucher serials, mandate references, a
  company registration number, promo codes, rate codes, reject codes, PSR codes, product names (tag
  ``product_name``), app and firmware versions (tag ``version``), hashes (tag ``hashed``), coordinates of taps,
  transformers, meters and fibre cabinets (tag ``coordinates``), a user agent and UTM JSON (tags ``user_agent``,
  ``json_plain``), credit and fraud scores, incomes, WOZ values;
* decoys with check digits (tag ``check_digit``, all ``none``): an ABA routing number, Australian ABNs, Canadian BNs,
  SIREN and TVA numbers, Dutch btw numbers, German USt-IdNr, a Spanish CIF, Portuguese NIPC and Swedish orgnr;
* credentials (tag ``credential``, ``none``): account PINs, port-out PINs and voucher PINs; partial values (tag
  ``partial``, ``none``): an SSN's and cards' last four digits;
* identifiers with check digits (python-stdnum): the US SSN as a number (``ssn``), the South African ID number
  (encoding the row's birth date and sex), the BSN as a number, the Steuer-ID, DNI and NIE, the Portuguese NIF and
  the Swedish personnummer (``national_id``), and without one a Texas driving licence, Queensland driver licence and
  passport numbers, South African passports and Jamaican TRNs (``national_id``); German, Dutch, French and Swedish
  IBANs; a card number kept in clear (Luhn); phones of the United States, Jamaica, South Africa, the United Kingdom,
  Australia, Canada, Germany, the Netherlands, France, Spain, Portugal and Sweden (phonenumbers) in national,
  international, E.164, digits-only and dashed forms and as numbers; IPv4 and IPv6.

Labeling choices a reader may question:

* a middle initial (``CMMINI``) is ``first_name`` (a middle name is a given name); Dutch ``voorletters`` are
  ``first_name`` and the ``tussenvoegsel`` ``last_name``; a maiden name (``NOMJF``) is ``last_name``; ``LAST, FIRST``
  and ``LAST FIRST`` cells (``RBCUNM``, ``BILLNM``) and a handler's ``FAMILY Given`` (``GESTNR``) are ``person_name``;
* an apartment line (``CMSAD2``, ``addr_ln2``, ``addressLine2``), a house number (``hausnummer``, the numeric
  ``ASHSNR``) and its addition (``ASHSTV``) are ``street_address`` (parts of a person's street line); supply, service,
  installation and billing addresses of households are ``street_address`` (tag ``premises``);
* a South African suburb (``SRSUBB``), ``localidade`` and ``concelho``, and a birthplace (``LIEUNA``) are ``city``;
  counties, ``landkreis``, ``län``, provinces, ``distrito``, US states and Jamaican parishes are ``none``;
* kinds.py puts every country's social-security number under ``ssn``; the only one here is the US SSN (``CMSSN``);
  the South African ID number, the BSN (kinds.py names it), the Steuer-ID, DNI, NIE, the personal NIF, the
  personnummer, the TRN and driving-licence and passport numbers are ``national_id``;
* phones, an SSN, a BSN and a ZIP kept as numbers (0 for missing) keep their kind; dates kept as numbers keep theirs
  (``CMDOB``, ``SRDOB``, ``ASGBDT`` and ``DATNAI`` are ``date_of_birth``, the rest ``none``);
* ESI IDs, MPANs, MPRNs, CUPS, EAN and GSRN codes, PDLs, meter serials, ICCIDs, IMSIs and IMEIs are ``none`` (they
  name a supply point, a meter, a SIM or a device, as in v46); the coordinates of a gas meter are ``none`` though the
  meter is at a home (a place of the network, as earlier sets labeled meter coordinates);
* a retailer's, a store's, a creditor's, an employer's, a bailiff's, an installer's, a grid company's and a social
  services office's names, addresses and phones are ``none`` (tag ``business``), so is ``client_name`` (the cable
  operator: tag ``misleading``); an identity verifier and the co-operative's creditor id are ``none``;
* ``Notes2`` holds the alternate contact's name (``person_name``) and ``codigo`` holds postcodes (``postal_code``),
  both tag ``misleading``; ``src_crm_col17`` (a phone, an e-mail or a name by row) is ``free_text`` (tag
  ``mixed_kinds``); the household JSON naming members with their DNIs is ``free_text`` (tag ``json_blob``);
* access notes, vulnerability and medical notes, agents' notes, remarks, observations, gift messages and work-order
  notes naming people are ``free_text``; canned reject texts and rejection reasons are ``none``; flags for critical
  care and life support and Priority Services Register codes are ``none`` (codes, not a kind of kinds.py);
* key holders, authorising persons, account holders, signers, proxies, representatives, joint members, co-debtors,
  contact persons of estates and social workers are ``person_name`` (tag ``role_word``); staff (engineers, readers,
  technicians, agents, handlers, sales agents, case officers) are ``person_name`` (tag ``staff``, 2-8 distinct);
  logins and AS/400 user profiles are ``unclassified`` (tag ``username``), batch programs, gateways and booking
  channels ``none`` (tag ``service_account``);
* the last four digits of an SSN or a card are ``none`` (tag ``partial``); the card number kept in clear
  (``TLCARD``) is ``credit_card``; PINs are ``none`` (tag ``credential``).

Labeling rules otherwise as v27 (see :mod:`benchmarks.classification.heldout_v27`): a business's address, phone,
postal code and city are ``none`` (tag ``business``); a login is ``unclassified`` (tag ``username``), a service
account ``none``. ``null_heavy`` means 50-95% NULL, ``nullword_heavy`` 70-95% NULL words or blanks. Rows per table:
310 to 470.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets, towns
and postal codes of :mod:`benchmarks.classification.heldout_v68_values`, written for v68 (no Faker, no list of real
people, no breach data). Build: ``python -m benchmarks.classification.heldout_v68 [PATH]`` (default
``/tmp/heldout_v68.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v68``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v68_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v68_values import NULLISH, SEED, USERNAME, Gen, N, c, pad

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

DEFAULT_PATH = Path("/tmp/heldout_v68.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings, blanks and placeholders (few real NULLs)
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
MISLEADING = "misleading"
STAFF = "staff"  # staff named in a column with few distinct values
ROLE = "role_word"  # a role word (key holder, authoriser, signer, proxy, account holder ...) holding people
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
SERVICE = "service_account"  # a batch program, job or gateway (none)
PREMISES = "premises"  # a supply, service, installation or meter address (a person's home)
KEY = "join_key"  # an id, foreign key or UUID that joins tables (none)
PLACEHOLDER = "placeholder"  # a personal column some of whose cells are placeholders
PARTIAL = "partial"  # the last four digits of an SSN or a card (none)
CREDENTIAL = "credential"  # an account PIN, a port-out PIN, a voucher PIN (none)
JSON = "json_blob"  # a JSON document in a cell holding personal data (free_text)
JSON_PLAIN = "json_plain"  # a JSON document in a cell holding no personal data (none)
MIXED = "mixed_kinds"  # a column holding a phone, an e-mail or a name by row (free_text)
LEGACY = "legacy"  # a column of a mainframe, AS/400 or flat-file extract
PADDED = "padded"  # fixed-width CHAR values padded with blanks
INT_DATE = "int_date"  # a date kept as a number (YYYYMMDD, CYYMMDD, Julian), 0 when missing
NUMERIC = "numeric_id"  # a phone, an SSN, a BSN or a ZIP kept as a number, 0 when missing
ZERO = "zero_missing"  # a numeric column where 0 stands for missing
OPAQUE = "opaque"  # a custom field (misc_1, udf_03, ATTR7, feld2 ...) named for no content
SRC = "source_prefix"  # a loader's source-prefixed column (src_crm_col17)
SUPPLY = "supply_point"  # an ESI ID, MPAN, MPRN, CUPS, EAN or anläggnings-id, a PDL (none)
METER = "meter"  # a meter, module or inverter serial, a read, a dial count (none)
DEVICE = "device"  # an IMEI, ICCID, IMSI, MAC, modem or comms-hub id (none)
CHECK = "check_digit"  # a decoy with a check digit (company, VAT and routing numbers, IMEI, ICCID, MPAN ...)
COORD = "coordinates"  # a tap's, a transformer's, a meter's or a cabinet's coordinates (none)
HASHED = "hashed"  # a hash of a photo, a record or a transaction (none)
PRODUCT = "product_name"  # a meter, modem, inverter or handset model, a plan (none)
VERSION = "version"  # an app or firmware version (none)
AGENT = "user_agent"

EN_WORDS = ("", "-", "NULL", "n/a", "N/A", "null", "none", "?")


def _words(*extra: str) -> tuple[str, ...]:
    return EN_WORDS + extra


def _staff(g: Gen, n: int, make: Callable[[Gen], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make(g))
    return sorted(out)


def _logins(g: Gen, n: int, region: str, style: int, upper: bool = False) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        name = v.login(*v.person(g, region), style)
        out.add(name.upper()[:10] if upper else name)
    return sorted(out)


def _dirty(g: Gen, values: list, share: float, placeholders: list) -> list:
    """``values`` with ``share`` of the non-NULL cells replaced by a placeholder (a NULL word of the set)."""
    return [g.rnd.choice(placeholders) if x is not None and g.rnd.random() < share else x for x in values]


def _blank(g: Gen, values: list, share: float, width: int) -> list:
    """Fixed-width CHAR values, ``share`` of them blank (missing in a flat file)."""
    return [pad(None if g.rnd.random() < share else x, width) for x in values]


def _zero(g: Gen, values: list, share: float) -> list:
    """Numbers, ``share`` of them 0 (missing in a packed-decimal field)."""
    return [0 if g.rnd.random() < share else x for x in values]


def _later(g: Gen, starts: list, lo_min: int, hi_min: int, null: float = 0.0) -> list:
    return [
        None if s is None or g.rnd.random() < null else s + timedelta(minutes=g.rnd.randint(lo_min, hi_min))
        for s in starts
    ]


# -- legacy extracts in English: an electricity retailer, a gas route book, a port-out log, top-ups, RICA -----------


def rep_customer_master(g: Gen) -> Table:
    """A Houston retail electricity provider's AS/400 customer master with its meter points (``REPCIS.CUSMSTP``,
    file prefix ``CM`` glued to the field names): names padded to fixed width, the middle initial, the SSN and the
    phones as numbers with 0 for missing, the birth date as ``CYYMMDD``, a Texas driving licence, the service address
    (the home: ``premises``), the ZIP as a number, the ESI ID and meter number (``none``), the rate code, contract
    start and update dates as numbers, the critical-care flag, an alternate contact (mostly blank), the last user
    profile and program, ``CMUDF1`` the authorised user's name and ``CMUDF2`` a promotion code."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "us", female)
        rows.append((a, b, g.birth(1938, 2004), v.town(g, "tx")))
    clerks = _logins(g, 6, "us", 0, upper=True)
    starts = g.days("2019-01-01", "2025-11-30")
    return Table(
        "REPCIS.CUSMSTP",
        "en",
        "screaming",
        [
            c("CMCUS#", N, "BIGINT", g.keys(4_100_001, 7), "decoy", KEY, LEGACY),
            c("CMCO", N, "INTEGER", g.col(g.pick([1, 1, 1, 2])), "decoy", LEGACY),
            c("CMLNAM", "last_name", "VARCHAR", [pad(r[1], 20) for r in rows], LEGACY, PADDED, ABBREV),
            c("CMFNAM", "first_name", "VARCHAR", [pad(r[0], 15) for r in rows], LEGACY, PADDED, ABBREV),
            c(
                "CMMINI",
                "first_name",
                "VARCHAR",
                _blank(g, [g.rnd.choice("ABCDEFGJKLMRST") for _ in rows], 0.45, 1),
                LEGACY,
                PADDED,
                ABBREV,
            ),
            c("CMSSN", "ssn", "BIGINT", _zero(g, [int(v.us_ssn(g)) for _ in rows], 0.12), LEGACY, NUMERIC, ZERO),
            c(
                "CMDOB",
                "date_of_birth",
                "INTEGER",
                [v.cyymmdd(None if g.rnd.random() < 0.08 else r[2]) for r in rows],
                LEGACY,
                INT_DATE,
            ),
            c(
                "CMDL#",
                "national_id",
                "VARCHAR",
                _blank(g, [g.code("99999999") for _ in rows], 0.35, 10),
                LEGACY,
                PADDED,
                ABBREV,
            ),
            c("CMHPHN", "phone", "BIGINT", _zero(g, g.phones("US", {"nsn": 1.0}, 0.8), 0.06), LEGACY, NUMERIC, ZERO),
            c("CMWPHN", "phone", "BIGINT", _zero(g, g.phones("US", {"nsn": 1.0}, 0.3), 0.55), LEGACY, NUMERIC, ZERO),
            c(
                "CMEMAL",
                "email",
                "VARCHAR",
                _blank(g, [v.email_of(g, r[0], r[1], v.DOMAINS["us"]) for r in rows], 0.3, 50),
                LEGACY,
                PADDED,
            ),
            c(
                "CMSAD1",
                "street_address",
                "VARCHAR",
                [pad(v.street(g, "tx").split(" Apt")[0].split(" Unit")[0], 30) for _ in rows],
                LEGACY,
                PADDED,
                PREMISES,
            ),
            c(
                "CMSAD2",
                "street_address",
                "VARCHAR",
                _blank(g, [f"APT {g.rnd.randint(100, 2400)}" for _ in rows], 0.78, 30),
                LEGACY,
                PADDED,
                PREMISES,
                NULLWORD,
            ),
            c("CMSCTY", "city", "VARCHAR", [pad(r[3][0], 20) for r in rows], LEGACY, PADDED),
            c("CMSST", N, "VARCHAR", ["TX"] * g.rows, "decoy", LEGACY),
            c("CMSZIP", "postal_code", "INTEGER", [int(v.postcode(g, "tx", r[3][2])) for r in rows], LEGACY, NUMERIC),
            c(
                "CMESID",
                N,
                "VARCHAR",
                [pad("1008901" + g.digits(15), 22) for _ in rows],
                "decoy",
                SUPPLY,
                SHAPE,
                LEGACY,
            ),
            c("CMMTR#", N, "VARCHAR", [pad(g.code("999 999 999"), 12) for _ in rows], "decoy", METER, LEGACY),
            c("CMRATE", N, "VARCHAR", g.col(g.pick(["RS12F", "RS24F", "RSVAR", "RSPP1", "RS36G"])), "decoy", LEGACY),
            c("CMSTDT", N, "INTEGER", [v.yyyymmdd(d) for d in starts], "decoy", INT_DATE, LEGACY),
            c("CMTERM", N, "INTEGER", g.col(g.pick([0, 12, 24, 36])), "decoy", LEGACY),
            c(
                "CMDEPO",
                N,
                "DECIMAL(9,2)",
                [0.0 if g.rnd.random() < 0.6 else round(g.rnd.uniform(100, 400), 2) for _ in rows],
                "decoy",
                LEGACY,
            ),
            c("CMCRSC", N, "INTEGER", g.ints(480, 840), "decoy", LEGACY),
            c("CMCCFL", N, "VARCHAR", g.yn("Y", "N", 0.04), "decoy", LEGACY),
            c(
                "CMALTN",
                "person_name",
                "VARCHAR",
                _blank(g, [f"{b.upper()} {a.upper()}" for a, b in (v.person(g, "us") for _ in rows)], 0.8, 30),
                LEGACY,
                PADDED,
                ROLE,
                NULLWORD,
            ),
            c(
                "CMLUPD",
                N,
                "INTEGER",
                [v.cyymmdd(g.day("2025-01-01", "2025-12-10")) for _ in rows],
                "decoy",
                INT_DATE,
                LEGACY,
            ),
            c("CMLUSR", USERNAME, "VARCHAR", g.col(lambda: pad(g.rnd.choice(clerks), 10)), USER, AUDIT, LEGACY),
            c(
                "CMPGM",
                N,
                "VARCHAR",
                g.col(g.pick(["CM0410R   ", "CMENRLB   ", "CM0410R   "])),
                "decoy",
                SERVICE,
                LEGACY,
            ),
            c("CMBRCD", N, "VARCHAR", g.col(lambda: g.code("BRK0999")), "decoy", LEGACY),
            c(
                "CMUDF1",
                "person_name",
                "VARCHAR",
                _blank(g, [v.whole(g, "us") for _ in rows], 0.6, 30),
                OPAQUE,
                ROLE,
                LEGACY,
                PADDED,
            ),
            c(
                "CMUDF2",
                N,
                "VARCHAR",
                _blank(g, [g.rnd.choice(["SUMMER25", "REFER50", "HEB-LOYAL", "RENEW10"]) for _ in rows], 0.4, 10),
                "decoy",
                OPAQUE,
                LEGACY,
            ),
        ],
    )


def gas_route_book(g: Gen) -> Table:
    """A central-Ohio gas distributor's meter readers' route book on its mainframe (``GASDIST.RTBKP``, prefix ``RB``):
    cycle, route and walk sequence, premise and account keys, the service address, town and ZIP (the home), the
    county (``none``), the customer as ``LAST, FIRST``, the customer's phone as a number, meter serial, make,
    location, dials and reads, the last read as ``YYYYMMDD`` and the next as ``CYYDDD``, dog warnings, the key
    holder (a neighbour) and the key holder's phone (mostly blank or 0), access notes naming people, the reader's id
    and name (few), the meter's coordinates, the handheld id, ``RBUDF3`` the occupant when not the customer and
    ``RBUDF4`` a lock-box number."""
    places = [v.town(g, "oh") for _ in range(g.rows)]
    readers = _staff(g, 6, lambda x: v.whole(x, "us"))
    reads = [g.rnd.randint(1_000, 9_999) for _ in range(g.rows)]

    def access() -> str:
        return g.rnd.choice(
            [
                "METER IN BSMT - CALL AHEAD",
                f"KEY W/ NEIGHBOR {v.family(g, 'us').upper()} NEXT DOOR",
                "DOG IN FENCED YARD",
                f"ASK FOR {v.given(g, 'us').upper()} AT SIDE DOOR",
                "GATE CODE 4411",
                f"MRS {v.family(g, 'us').upper()} ELDERLY - KNOCK LOUD",
            ]
        )

    return Table(
        "GASDIST.RTBKP",
        "en",
        "screaming",
        [
            c("RBCYCL", N, "INTEGER", g.ints(1, 21), "decoy", LEGACY),
            c("RBRTE", N, "VARCHAR", g.col(lambda: g.code("R0999")), "decoy", LEGACY),
            c("RBSEQ", N, "INTEGER", g.keys(10, 10), "decoy", LEGACY),
            c("RBPREM", N, "BIGINT", g.keys(70_000_001, 3), "decoy", KEY, LEGACY),
            c("RBACCT", N, "VARCHAR", g.col(lambda: g.code("999999999-99")), "decoy", KEY, SHAPE, LEGACY),
            c(
                "RBSVAD",
                "street_address",
                "VARCHAR",
                [pad(v.street(g, "oh"), 32) for _ in places],
                LEGACY,
                PADDED,
                PREMISES,
            ),
            c("RBSVCT", "city", "VARCHAR", [pad(p[0], 18) for p in places], LEGACY, PADDED),
            c("RBSVZP", "postal_code", "VARCHAR", [v.postcode(g, "oh", p[2]) for p in places], LEGACY),
            c("RBCNTY", N, "VARCHAR", [pad(p[1], 12) for p in places], "decoy", LEGACY, PADDED),
            c(
                "RBCUNM",
                "person_name",
                "VARCHAR",
                [pad(f"{b}, {a}", 28) for a, b in (v.person(g, "us") for _ in places)],
                LEGACY,
                PADDED,
            ),
            c("RBCUPH", "phone", "BIGINT", _zero(g, g.phones("US", {"nsn": 1.0}, 0.6), 0.2), LEGACY, NUMERIC, ZERO),
            c("RBMTR#", N, "VARCHAR", g.col(lambda: g.code("99A999999")), "decoy", METER, LEGACY),
            c(
                "RBMTMK",
                N,
                "VARCHAR",
                g.col(g.pick(["SENSUS R-275", "AMERICAN AL425", "ITRON 100G", "ELSTER AC250"])),
                "decoy",
                PRODUCT,
                LEGACY,
            ),
            c(
                "RBMLOC",
                N,
                "VARCHAR",
                g.col(g.pick(["BSMT", "OUTSIDE RR", "OUTSIDE LF", "GARAGE", "CRAWL"])),
                "decoy",
                LEGACY,
            ),
            c("RBDIAL", N, "INTEGER", g.col(g.pick([4, 4, 5])), "decoy", METER, LEGACY),
            c("RBPREV", N, "INTEGER", reads, "decoy", METER, LEGACY),
            c(
                "RBHILO",
                N,
                "VARCHAR",
                [f"{r + g.rnd.randint(5, 40):05d}/{r + g.rnd.randint(120, 300):05d}" for r in reads],
                "decoy",
                METER,
                LEGACY,
            ),
            c(
                "RBLRDT",
                N,
                "INTEGER",
                [v.yyyymmdd(g.day("2025-09-01", "2025-11-30")) for _ in places],
                "decoy",
                INT_DATE,
                LEGACY,
            ),
            c(
                "RBNRDT",
                N,
                "INTEGER",
                [v.julian(g.day("2025-12-01", "2026-01-31")) for _ in places],
                "decoy",
                INT_DATE,
                LEGACY,
            ),
            c("RBDOG", N, "VARCHAR", g.yn("Y", "N", 0.18), "decoy", LEGACY),
            c(
                "RBKEYH",
                "person_name",
                "VARCHAR",
                _blank(g, [v.whole(g, "us") for _ in places], 0.8, 24),
                LEGACY,
                PADDED,
                ROLE,
                NULLWORD,
            ),
            c("RBKYPH", "phone", "BIGINT", _zero(g, g.phones("US", {"nsn": 1.0}, 0.7), 0.8), LEGACY, NUMERIC, ZERO),
            c("RBACNT", "free_text", "VARCHAR", _blank(g, [access() for _ in places], 0.55, 40), LEGACY, PADDED),
            c("RBRDR#", N, "VARCHAR", g.col(lambda: g.code("MR999")), "decoy", KEY, LEGACY),
            c("RBRDNM", "person_name", "VARCHAR", g.col(g.pick([pad(r, 24) for r in readers])), STAFF, LEGACY, PADDED),
            c("RBGPSL", N, "DOUBLE", g.floats(39.80, 40.25, 6), "decoy", COORD, LEGACY),
            c("RBGPSO", N, "DOUBLE", g.floats(-83.20, -82.70, 6), "decoy", COORD, LEGACY),
            c("RBSKIP", N, "VARCHAR", g.col(g.pick(["  ", "  ", "  ", "NA", "LK", "DG", "VC"])), "decoy", LEGACY),
            c("RBHHID", N, "VARCHAR", g.col(lambda: g.code("HH-9999")), "decoy", DEVICE, LEGACY),
            c(
                "RBUDF3",
                "person_name",
                "VARCHAR",
                _blank(g, [v.whole(g, "us").upper() for _ in places], 0.65, 24),
                OPAQUE,
                ROLE,
                LEGACY,
                PADDED,
            ),
            c("RBUDF4", N, "VARCHAR", _blank(g, [g.code("LB-9999") for _ in places], 0.5, 8), "decoy", OPAQUE, LEGACY),
        ],
    )


def port_out_log(g: Gen) -> Table:
    """A Minnesota regional wireless carrier's number port-out log on a legacy system (``LNPX.PORTOUTL``, names cut
    to six to eight characters): the PON, the ported number as a number, the billing name (``LAST FIRST``), address,
    city, state and ZIP (ZIP or ZIP+4 without a dash), the SSN's last four digits (``none``), the account PIN
    (``none``), new and old service-provider ids and the winning carrier, request, FOC and activation dates as
    ``YYYYMMDD``, ``CYYMMDD`` and ``YYYYDDD`` numbers, reject codes and texts, the authorising person, the CSR's
    login, the LSR contact phone, the e-mail (often blank), the device IMEI and model, the refund routing number
    (``none``), the DB2 timestamp as text and the batch job."""
    rows = [(v.person(g, "us"), v.town(g, "mn")) for _ in range(g.rows)]
    csrs = _logins(g, 5, "us", 2, upper=True)
    reqs = [g.day("2025-06-01", "2025-11-30") for _ in range(g.rows)]
    spids = {
        "6529": "T-MOBILE USA",
        "6006": "VERIZON WIRELESS",
        "6214": "AT&T MOBILITY",
        "608F": "US MOBILE",
        "5151": "CONSUMER CELLULAR",
    }
    nsp = [g.rnd.choice(list(spids)) for _ in range(g.rows)]
    return Table(
        "LNPX.PORTOUTL",
        "en",
        "screaming",
        [
            c("PORTID", N, "BIGINT", g.keys(880_001), "decoy", KEY, LEGACY),
            c("PONNBR", N, "VARCHAR", g.col(lambda: g.code("PON99999999AA")), "decoy", SHAPE, LEGACY),
            c("PORTTN", "phone", "BIGINT", g.phones("US", {"nsn": 1.0}, 0.95), LEGACY, NUMERIC, ABBREV),
            c("ACCTNO", N, "VARCHAR", g.col(lambda: g.code("9999999999")), "decoy", KEY, LEGACY),
            c("BILLNM", "person_name", "VARCHAR", [pad(f"{b} {a}", 30) for (a, b), _ in rows], LEGACY, PADDED, ABBREV),
            c(
                "BILLADR",
                "street_address",
                "VARCHAR",
                [pad(v.street(g, "mn"), 30) for _ in rows],
                LEGACY,
                PADDED,
                ABBREV,
            ),
            c("BILLCTY", "city", "VARCHAR", [pad(t[0], 20) for _, t in rows], LEGACY, PADDED, ABBREV),
            c("BILLST", N, "VARCHAR", ["MN" if g.rnd.random() < 0.93 else "WI" for _ in rows], "decoy", LEGACY),
            c(
                "BILLZIP",
                "postal_code",
                "VARCHAR",
                [v.postcode(g, "mn", t[2]) + (g.digits(4) if g.rnd.random() < 0.3 else "") for _, t in rows],
                LEGACY,
                ABBREV,
            ),
            c(
                "SSNL4",
                N,
                "INTEGER",
                _zero(g, [g.rnd.randint(1_000, 9_999) for _ in rows], 0.15),
                "decoy",
                PARTIAL,
                ZERO,
                LEGACY,
            ),
            c("ACCTPIN", N, "VARCHAR", g.col(lambda: g.digits(g.rnd.choice([4, 6]))), "decoy", CREDENTIAL, LEGACY),
            c("NSPID", N, "VARCHAR", nsp, "decoy", LEGACY),
            c("OSPID", N, "VARCHAR", ["6383"] * g.rows, "decoy", LEGACY),
            c("NSPNAME", N, "VARCHAR", [pad(spids[s], 20) for s in nsp], "business", LEGACY, PADDED),
            c("REQDT", N, "INTEGER", [v.yyyymmdd(d) for d in reqs], "decoy", INT_DATE, LEGACY),
            c(
                "FOCDT",
                N,
                "INTEGER",
                [v.cyymmdd(d + timedelta(days=g.rnd.randint(0, 2))) for d in reqs],
                "decoy",
                INT_DATE,
                LEGACY,
            ),
            c(
                "ACTDT",
                N,
                "INTEGER",
                [
                    v.julian(d + timedelta(days=g.rnd.randint(0, 3)), century=False) if g.rnd.random() < 0.85 else 0
                    for d in reqs
                ],
                "decoy",
                INT_DATE,
                LEGACY,
            ),
            c("RJCTCD", N, "VARCHAR", g.col(g.pick(["  ", "  ", "  ", "6P", "8A", "8C", "6F"])), "decoy", LEGACY),
            c(
                "RJCTTX",
                N,
                "VARCHAR",
                g.col(
                    g.pick(["", "", "", "PIN MISMATCH", "ACCOUNT NUMBER INVALID", "ZIP CODE MISMATCH", "NAME MISMATCH"])
                ),
                "decoy",
                LEGACY,
            ),
            c(
                "AUTHNM",
                "person_name",
                "VARCHAR",
                [pad(f"{a} {b}" if g.rnd.random() < 0.7 else v.whole(g, "us"), 30) for (a, b), _ in rows],
                LEGACY,
                PADDED,
                ROLE,
            ),
            c("CSRUSR", USERNAME, "VARCHAR", g.col(g.pick(csrs), 0.2), USER, AUDIT, LEGACY),
            c("CNTCTPH", "phone", "BIGINT", _zero(g, g.phones("US", {"nsn": 1.0}, 0.9), 0.3), LEGACY, NUMERIC, ZERO),
            c(
                "EMAILAD",
                "email",
                "VARCHAR",
                _blank(g, [v.email_of(g, a, b, v.DOMAINS["us"]) for (a, b), _ in rows], 0.5, 40),
                LEGACY,
                PADDED,
            ),
            c("IMEI", N, "VARCHAR", g.col(lambda: v.imei(g), 0.25), "decoy", DEVICE, CHECK, LEGACY),
            c(
                "DEVMDL",
                N,
                "VARCHAR",
                g.col(g.pick(["IPHONE 15", "IPHONE 13", "GALAXY S24", "MOTO G PLAY", "PIXEL 8A"])),
                "decoy",
                PRODUCT,
                LEGACY,
            ),
            c("REFRTN", N, "VARCHAR", _blank(g, [v.us_rtn(g) for _ in rows], 0.55, 9), "decoy", CHECK, LEGACY),
            c(
                "LSTUPDT",
                N,
                "VARCHAR",
                [
                    f"{d + timedelta(days=g.rnd.randint(0, 4))}-{g.rnd.randint(0, 23):02d}."
                    f"{g.rnd.randint(0, 59):02d}.{g.rnd.randint(0, 59):02d}.{g.digits(6)}"
                    for d in reqs
                ],
                "decoy",
                LEGACY,
            ),
            c("BATCHJB", N, "VARCHAR", g.col(g.pick(["LNPB0410", "LNPB0412"])), "decoy", SERVICE, LEGACY),
        ],
    )


def prepaid_topups(g: Gen) -> Table:
    """A Kingston (Jamaica) prepaid mobile operator's top-up log from its legacy recharge platform (``TOPUP.TPLOGP``,
    prefix ``TL``): the date as ``CYYDDD`` and the time as ``HHMMSS`` numbers, the topped-up number as a number, the
    amount, channel, voucher serial and PIN (``none``), the retailer's id, name and phone (``business``), the parish
    (``none``), for web and app top-ups the card number kept in clear, its last four digits (``none``), the
    cardholder's name, the receipt e-mail and the IP, the app's IMEI, gift top-ups' sender number and message, the
    TRN for high-value top-ups (``national_id``), balance, status, response code, the gateway and a hash."""
    channels = [g.rnd.choice(["RTL", "RTL", "RTL", "USSD", "USSD", "WEB", "APP"]) for _ in range(g.rows)]
    online = [ch in {"WEB", "APP"} for ch in channels]
    cards = [v.card(g) if o and g.rnd.random() < 0.9 else None for o in online]
    retailers = [
        (f"R{g.digits(5)}", name, g.phone("JM", "national", False))
        for name in [
            "HOPE ROAD PHARMACY",
            "MAXFIELD AVE WHOLESALE",
            "HALF WAY TREE CELL SHOP",
            "PORTMORE MALL KIOSK",
            "CROSS ROADS SUPERMARKET",
            "SPANISH TOWN GAS MART",
            "CONSTANT SPRING TOP-UP",
        ]
    ]
    shop = [g.rnd.choice(retailers) if ch == "RTL" else None for ch in channels]
    gift = [g.rnd.random() < 0.28 for _ in range(g.rows)]

    def message() -> str:
        return g.rnd.choice(
            [
                f"Love from {v.given(g, 'jm')}",
                f"Call mi {v.given(g, 'jm')}!",
                "Happy birthday",
                f"From yuh auntie {v.whole(g, 'jm')}",
                "Fi school",
            ]
        )

    amounts = g.col(g.pick([100, 200, 300, 500, 1_000, 2_000, 5_000]))
    return Table(
        "TOPUP.TPLOGP",
        "en",
        "screaming",
        [
            c("TLTXN#", N, "BIGINT", g.keys(990_000_001, 13), "decoy", KEY, LEGACY),
            c(
                "TLDATE",
                N,
                "INTEGER",
                [v.julian(g.day("2025-10-01", "2025-11-30")) for _ in channels],
                "decoy",
                INT_DATE,
                LEGACY,
            ),
            c(
                "TLTIME",
                N,
                "INTEGER",
                [g.rnd.randint(0, 23) * 10_000 + g.rnd.randint(0, 59) * 100 + g.rnd.randint(0, 59) for _ in channels],
                "decoy",
                LEGACY,
            ),
            c("TLMSDN", "phone", "BIGINT", g.phones("JM", {"nsn": 1.0}, 1.0), LEGACY, NUMERIC, ABBREV),
            c("TLAMT", N, "DECIMAL(9,2)", [float(a) for a in amounts], "decoy", LEGACY),
            c("TLCUR", N, "VARCHAR", ["JMD"] * g.rows, "decoy", LEGACY),
            c("TLCHNL", N, "VARCHAR", channels, "decoy", LEGACY),
            c(
                "TLVCHS",
                N,
                "VARCHAR",
                [g.code("9999999999999") if ch == "RTL" else "" for ch in channels],
                "decoy",
                SHAPE,
                LEGACY,
            ),
            c(
                "TLVPIN",
                N,
                "VARCHAR",
                [g.digits(14) if ch == "RTL" else "" for ch in channels],
                "decoy",
                CREDENTIAL,
                LEGACY,
            ),
            c("TLRTID", N, "VARCHAR", [s[0] if s else "      " for s in shop], "decoy", KEY, LEGACY),
            c("TLRTNM", N, "VARCHAR", [pad(s[1] if s else None, 30) for s in shop], "business", LEGACY, PADDED),
            c("TLRTPH", N, "VARCHAR", [s[2] if s else "" for s in shop], "business", LEGACY),
            c(
                "TLPRSH",
                N,
                "VARCHAR",
                g.col(g.pick(["KINGSTON", "ST ANDREW", "ST CATHERINE", "CLARENDON", "ST JAMES"])),
                "decoy",
                LEGACY,
            ),
            c("TLCARD", "credit_card", "VARCHAR", cards, LEGACY, HEAVY),
            c(
                "TLCRD4",
                N,
                "VARCHAR",
                [x[-4:] if x else (g.digits(4) if g.rnd.random() < 0.6 else None) for x in cards],
                "decoy",
                PARTIAL,
                LEGACY,
            ),
            c(
                "TLCDNM",
                "person_name",
                "VARCHAR",
                [pad(v.whole(g, "jm"), 26) if x else None for x in cards],
                LEGACY,
                PADDED,
                HEAVY,
            ),
            c(
                "TLEMAL",
                "email",
                "VARCHAR",
                [v.email(g, "jm") if o and g.rnd.random() < 0.85 else None for o in online],
                LEGACY,
                HEAVY,
            ),
            c("TLIPAD", "ip_address", "VARCHAR", [g.ip(0.25) if o else None for o in online], LEGACY, HEAVY),
            c(
                "TLIMEI",
                N,
                "VARCHAR",
                [v.imei(g) if ch == "APP" or g.rnd.random() < 0.4 else None for ch in channels],
                "decoy",
                DEVICE,
                CHECK,
                LEGACY,
            ),
            c(
                "TLGIFT",
                "phone",
                "VARCHAR",
                [g.phone("JM", g.rnd.choice(["digits", "e164"])) if x else None for x in gift],
                LEGACY,
                HEAVY,
            ),
            c(
                "TLMSG",
                "free_text",
                "VARCHAR",
                [message() if x and g.rnd.random() < 0.8 else None for x in gift],
                LEGACY,
                HEAVY,
            ),
            c(
                "TLTRN",
                "national_id",
                "VARCHAR",
                [g.code("1999999999")[:9] if a >= 2_000 and g.rnd.random() < 0.8 else None for a in amounts],
                LEGACY,
                HEAVY,
            ),
            c("TLBONS", N, "VARCHAR", g.col(g.pick(["", "", "DBL25", "WKND10", "STUDENT"])), "decoy", LEGACY),
            c("TLBAL", N, "DECIMAL(9,2)", g.amounts(0, 6_000), "decoy", LEGACY),
            c("TLSTAT", N, "VARCHAR", g.col(g.pick(["OK", "OK", "OK", "OK", "FAIL", "REV"])), "decoy", LEGACY),
            c("TLRSCD", N, "VARCHAR", g.col(g.pick(["000", "000", "000", "051", "091", "005"])), "decoy", LEGACY),
            c(
                "TLUSER",
                N,
                "VARCHAR",
                [{"RTL": "POSGW01", "USSD": "USSDGW", "WEB": "WEBPAY", "APP": "APPGW"}[ch] for ch in channels],
                "decoy",
                SERVICE,
                LEGACY,
            ),
            c("TLHASH", N, "VARCHAR", g.col(g.md5), "decoy", HASHED, LEGACY),
        ],
    )


def rica_register(g: Gen) -> Table:
    """A Johannesburg mobile operator's RICA subscriber register on its legacy billing host (``RICADB.SUBREG``,
    prefix ``SR``): the number as a national number without its 0, ICCID and IMSI, the identity document's type and
    number (a South African ID encoding the birth date and sex, or a passport), family and given names padded, the
    birth date as ``YYYYMMDD``, sex and nationality, the residential address, suburb, city, province (``none``) and
    postal code, an alternate number, the dealer's code and name (``business``), the RICA agent's login, the
    registration and verification dates as ``CYYMMDD`` and ``YYYYMMDD``, status, a company registration number for
    business SIMs, the proxy who registered for a minor or a company (mostly blank), the batch job and a checksum."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "za", female)
        if g.rnd.random() < 0.3:
            a = f"{a} {v.person(g, 'za', female)[0]}"
        born = g.birth(1945, 2007)
        local = g.rnd.random() < 0.9
        doc = v.za_idnr(g, born, female) if local else g.code("A99999999")
        rows.append((a, b, born, female, local, doc, v.town(g, "za")))
    agents = _logins(g, 7, "za", 4, upper=True)
    dealers = ["CELLMAX ROSEBANK", "MOBI HUB SOWETO", "PHONE CITY BENONI", "SIM STOP MIDRAND", "TELKOM DIRECT"]
    dealer = [g.rnd.randrange(len(dealers)) for _ in rows]
    business = [g.rnd.random() < 0.32 for _ in rows]
    suburbs = {
        "Johannesburg": ["Yeoville", "Melville", "Berea"],
        "Soweto": ["Orlando East", "Diepkloof", "Pimville"],
        "Sandton": ["Bryanston", "Rivonia"],
        "Randburg": ["Ferndale", "Northcliff"],
        "Roodepoort": ["Florida", "Constantia Kloof"],
        "Benoni": ["Rynfield", "Actonville"],
        "Germiston": ["Primrose", "Dawnview"],
        "Pretoria": ["Arcadia", "Sunnyside"],
        "Midrand": ["Halfway House", "Noordwyk"],
        "Polokwane": ["Bendor", "Westenburg"],
        "Rustenburg": ["Protea Park", "Cashan"],
    }
    regd = [g.day("2021-01-01", "2025-11-30") for _ in rows]
    return Table(
        "RICADB.SUBREG",
        "en",
        "screaming",
        [
            c("SRSUB#", N, "BIGINT", g.keys(6_000_001, 11), "decoy", KEY, LEGACY),
            c("SRMSDN", "phone", "BIGINT", g.phones("ZA", {"nsn": 1.0}, 1.0), LEGACY, NUMERIC, ABBREV),
            c("SRICCID", N, "VARCHAR", g.col(lambda: v.iccid(g, "2710")), "decoy", DEVICE, CHECK, LEGACY),
            c("SRIMSI", N, "VARCHAR", g.col(lambda: "65501" + g.digits(10)), "decoy", DEVICE, LEGACY),
            c("SRIDTY", N, "VARCHAR", ["RSAID " if r[4] else "PASSPT" for r in rows], "decoy", LEGACY),
            c("SRIDNO", "national_id", "VARCHAR", [pad(r[5], 15) for r in rows], LEGACY, PADDED, ABBREV),
            c("SRSNAM", "last_name", "VARCHAR", [pad(r[1], 25) for r in rows], LEGACY, PADDED, ABBREV),
            c("SRFNAM", "first_name", "VARCHAR", [pad(r[0], 25) for r in rows], LEGACY, PADDED, ABBREV),
            c("SRDOB", "date_of_birth", "INTEGER", [v.yyyymmdd(r[2]) for r in rows], LEGACY, INT_DATE),
            c("SRGNDR", N, "VARCHAR", ["F" if r[3] else "M" for r in rows], "decoy", LEGACY),
            c(
                "SRNATN",
                N,
                "VARCHAR",
                ["ZAF" if r[4] else g.rnd.choice(["ZWE", "MOZ", "LSO", "NGA", "MWI"]) for r in rows],
                "decoy",
                LEGACY,
            ),
            c("SRADR1", "street_address", "VARCHAR", [pad(v.street(g, "za"), 35) for _ in rows], LEGACY, PADDED),
            c("SRSUBB", "city", "VARCHAR", [pad(g.rnd.choice(suburbs[r[6][0]]), 20) for r in rows], LEGACY, PADDED),
            c("SRCITY", "city", "VARCHAR", [pad(r[6][0], 20) for r in rows], LEGACY, PADDED),
            c("SRPROV", N, "VARCHAR", [pad(r[6][1], 15) for r in rows], "decoy", LEGACY, PADDED),
            c("SRPCOD", "postal_code", "VARCHAR", [r[6][2] for r in rows], LEGACY),
            c("SRALTN", "phone", "BIGINT", _zero(g, g.phones("ZA", {"nsn": 1.0}, 0.85), 0.6), LEGACY, NUMERIC, ZERO),
            c("SRDLR#", N, "VARCHAR", [f"D{d:04d}" for d in dealer], "decoy", KEY, LEGACY),
            c("SRDLNM", N, "VARCHAR", [pad(dealers[d], 25) for d in dealer], "business", LEGACY, PADDED),
            c("SRAGNT", USERNAME, "VARCHAR", g.col(g.pick(agents)), USER, AUDIT, LEGACY),
            c("SRREGD", N, "INTEGER", [v.cyymmdd(d) for d in regd], "decoy", INT_DATE, LEGACY),
            c(
                "SRVRFD",
                N,
                "INTEGER",
                [v.yyyymmdd(d + timedelta(days=g.rnd.randint(0, 3))) if g.rnd.random() < 0.9 else 0 for d in regd],
                "decoy",
                INT_DATE,
                LEGACY,
            ),
            c("SRSTAT", N, "VARCHAR", g.col(g.pick(["A", "A", "A", "S", "P", "X"])), "decoy", LEGACY),
            c(
                "SRCOMP",
                N,
                "VARCHAR",
                [g.code("20999/999999/07") if b else "" for b in business],
                "decoy",
                SHAPE,
                LEGACY,
            ),
            c(
                "SRPROX",
                "person_name",
                "VARCHAR",
                _blank(g, [v.whole(g, "za") for _ in rows], 0.82, 30),
                LEGACY,
                PADDED,
                ROLE,
                NULLWORD,
            ),
            c("SRBTCH", N, "VARCHAR", g.col(g.pick(["RICAB01", "RICAB02"])), "decoy", SERVICE, LEGACY),
            c("SRCHKS", N, "VARCHAR", g.col(g.md5), "decoy", HASHED, LEGACY),
        ],
    )


# -- modern systems in English: smart-meter installs, SIM swaps, cable work orders, outage callbacks ----------------


def smart_meter_appointments(g: Gen) -> Table:
    """A Midlands smart-meter installer's appointment bookings for several energy suppliers (``smartfit``, camel
    case): the job reference, the supplier (``business``), the MPAN core with its check digit and the MPRN
    (``none``), title, first and last name, phone, alternative phone (mostly NULL), e-mail, the installation address
    (two lines, the home), town, county (``none``) and postcode, the slot, meter type, the old meter's serial and the
    new comms hub's id (``none``), the engineer (few) and his id, vulnerability notes naming carers (mostly NULL
    words), Priority Services Register codes, access notes, the name of whoever signed, the outcome, the app version
    and the booking channel (a portal or an IVR bot)."""
    rows = [(v.person(g, "uk"), v.town(g, "uk")) for _ in range(g.rows)]
    engineers = _staff(g, 7, lambda x: v.whole(x, "uk"))
    slots = g.moments("2025-10-01", "2026-01-31")

    def vulnerable() -> str:
        return g.rnd.choice(
            [
                f"Husband {v.given(g, 'uk')} uses home oxygen - keep supply on",
                "Hard of hearing, text",
                f"Carer {v.whole(g, 'uk')} present on the day",
                "Blind - read out ID badge number",
                f"Daughter {v.given(g, 'uk')} to be called first on {g.phone('GB', 'national')}",
            ]
        )

    def access() -> str:
        return g.rnd.choice(
            [
                "Meter in cupboard under stairs",
                "Key safe by back door",
                f"Neighbour {v.given(g, 'uk')} at no. {g.rnd.randint(1, 80)} has a key",
                "Parking permit needed",
                "Meter box outside, needs FB1 key",
                "Large dog - will be shut away",
            ]
        )

    return Table(
        "smartfit.installAppointments",
        "en",
        "camel",
        [
            c("appointmentId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c("jobRef", N, "VARCHAR", g.col(lambda: g.code("SMI-2025-999999")), "decoy", SHAPE),
            c(
                "supplierName",
                N,
                "VARCHAR",
                g.col(g.pick(["Kestrel Energy", "Brightwater Power", "Northfield Gas", "Heartland Supply Co"])),
                "business",
            ),
            c("mpanCore", N, "VARCHAR", g.col(lambda: v.mpan_core(g), 0.1), "decoy", SUPPLY, CHECK),
            c("mprn", N, "VARCHAR", g.col(lambda: str(g.rnd.randint(1_000_000, 9_999_999_999)), 0.35), "decoy", SUPPLY),
            c("customerTitle", N, "VARCHAR", g.col(g.pick(["Mr", "Mrs", "Ms", "Miss", "Dr", "Mx"])), "decoy"),
            c("customerFirstName", "first_name", "VARCHAR", [a for (a, _), _ in rows]),
            c("customerLastName", "last_name", "VARCHAR", [b for (_, b), _ in rows]),
            c("customerPhone", "phone", "VARCHAR", g.phones("GB", {"national": 0.5, "e164": 0.3, "intl": 0.2}, 0.8)),
            c("altPhone", "phone", "VARCHAR", g.phones("GB", {"national": 1.0}, 0.5, 0.75), HEAVY),
            c(
                "customerEmail",
                "email",
                "VARCHAR",
                _dirty(
                    g,
                    [v.email_of(g, a, b, v.DOMAINS["uk"]) for (a, b), _ in rows],
                    0.04,
                    ["test@test.com", "noemail@none.com"],
                ),
                PLACEHOLDER,
            ),
            c("addressLine1", "street_address", "VARCHAR", [v.street(g, "uk") for _ in rows], PREMISES),
            c(
                "addressLine2",
                "street_address",
                "VARCHAR",
                g.col(
                    lambda: g.rnd.choice(
                        ["Stoke Aldermoor", "Tettenhall", "Quarry Bank", "Bloxwich", "Aylestone", "Sneinton"]
                    ),
                    0.7,
                ),
                PREMISES,
                HEAVY,
            ),
            c("town", "city", "VARCHAR", [t[0] for _, t in rows]),
            c("county", N, "VARCHAR", [t[1] for _, t in rows], "decoy"),
            c("postcode", "postal_code", "VARCHAR", [v.postcode(g, "uk", t[2]) for _, t in rows], PREMISES),
            c("slotStart", N, "TIMESTAMP", slots, "decoy"),
            c("slotType", N, "VARCHAR", g.col(g.pick(["AM", "PM", "ALL DAY", "EVENING"])), "decoy"),
            c(
                "meterType",
                N,
                "VARCHAR",
                g.col(g.pick(["SMETS2 ESME", "SMETS2 GSME", "SMETS2 dual fuel", "PPMID only"])),
                "decoy",
                PRODUCT,
            ),
            c("existingMeterSerial", N, "VARCHAR", g.col(lambda: g.code("A99AA99999")), "decoy", METER),
            c(
                "commsHubId",
                N,
                "VARCHAR",
                g.col(lambda: "-".join(g.code("ZZ") for _ in range(8)), 0.2),
                "decoy",
                DEVICE,
                SHAPE,
            ),
            c("engineerName", "person_name", "VARCHAR", g.col(g.pick(engineers)), STAFF),
            c("engineerId", N, "VARCHAR", g.col(lambda: g.code("ENG0999")), "decoy", KEY),
            c(
                "vulnerabilityNotes",
                "free_text",
                "VARCHAR",
                g.sparse(vulnerable, 0.8, _words("None", "NONE")),
                NULLWORD,
            ),
            c(
                "psrCodes",
                N,
                "VARCHAR",
                g.col(
                    lambda: ",".join(sorted(g.rnd.sample(["03", "07", "15", "24", "26", "33"], g.rnd.randint(1, 2)))),
                    0.6,
                ),
                "decoy",
            ),
            c("accessNotes", "free_text", "VARCHAR", g.col(access, 0.4)),
            c(
                "signatureName",
                "person_name",
                "VARCHAR",
                [f"{a} {b}" if g.rnd.random() < 0.55 else None for (a, b), _ in rows],
                ROLE,
            ),
            c(
                "outcome",
                N,
                "VARCHAR",
                g.col(g.pick(["COMPLETED", "COMPLETED", "NO ACCESS", "ABORT - ASBESTOS", "ABORT - NO SIGNAL"])),
                "decoy",
            ),
            c("appVersion", N, "VARCHAR", g.col(g.version), "decoy", VERSION),
            c(
                "bookedVia",
                N,
                "VARCHAR",
                g.col(g.pick(["customer-portal", "ivr-bot", "supplier-api"])),
                "decoy",
                SERVICE,
            ),
        ],
    )


def sim_swap_requests(g: Gen) -> Table:
    """A Brisbane mobile operator's SIM swap requests (``SimOps``, Pascal case): the account number, the service
    number, the account holder and birth date, the identity document's type and number (a Queensland driver licence
    or a passport: ``national_id``), the verifier (``business``), the contact e-mail, the old and new ICCIDs and the
    handset's IMEI (``none``), the channel, the store's code and address (``business``), the agent's login, the
    request IP (online only), the number the one-time code went to, the account PIN (``none``), fraud score and flag,
    outcome and times, notes naming people, the ABN of business accounts, ``Custom1`` the authorised representative
    and ``Custom2`` a campaign."""
    rows = [(v.whole(g, "au"), g.birth(1940, 2007)) for _ in range(g.rows)]
    channels = [g.rnd.choice(["Store", "Store", "Online", "Call centre"]) for _ in rows]
    stores = [
        ("QLD014", "Shop 112, Westfield Carindale, 1151 Creek Road", "Carindale"),
        ("QLD022", "Shop 3, 220 Adelaide Street", "Brisbane City"),
        ("QLD031", "Shop 2045, Logan Hyperdome, Bryants Road", "Shailer Park"),
        ("QLD047", "Kiosk K7, Riverlink Shopping Centre", "North Ipswich"),
    ]
    store = [g.rnd.choice(stores) if ch == "Store" else None for ch in channels]
    agents = _logins(g, 6, "au", 1)
    requested = g.moments("2025-08-01", "2025-11-30")
    docs = [g.rnd.choice(["Driver Licence", "Driver Licence", "Passport"]) for _ in rows]
    numbers = [g.code("999999999") if d == "Driver Licence" else g.code("PA9999999") for d in docs]
    business = [g.rnd.random() < 0.1 for _ in rows]

    def note() -> str:
        return g.rnd.choice(
            [
                "Phone stolen at Southbank, police ref provided",
                f"Partner {v.given(g, 'au')} present",
                "New eSIM for iPhone 16",
                f"Caller claimed to be {v.whole(g, 'au')} - failed PIN",
                "Damaged SIM tray",
            ]
        )

    return Table(
        "SimOps.SimSwapRequests",
        "en",
        "pascal",
        [
            c("RequestId", N, "BIGINT", g.keys(3_300_001), "decoy", KEY),
            c("AccountNumber", N, "VARCHAR", g.col(lambda: "7" + g.digits(9)), "decoy", KEY),
            c("ServiceNumber", "phone", "VARCHAR", g.phones("AU", {"e164": 0.5, "national": 0.5}, 1.0)),
            c("AccountHolder", "person_name", "VARCHAR", [r[0] for r in rows], ROLE),
            c("DateOfBirth", "date_of_birth", "DATE", [r[1] for r in rows]),
            c("IdDocumentType", N, "VARCHAR", docs, "decoy"),
            c("IdDocumentNumber", "national_id", "VARCHAR", numbers),
            c(
                "IdVerifiedBy",
                N,
                "VARCHAR",
                g.col(g.pick(["DVS via GreenLink", "In store - sighted", "DVS via GreenLink"])),
                "business",
            ),
            c("ContactEmail", "email", "VARCHAR", g.col(lambda: v.email(g, "au"), 0.1)),
            c("OldIccid", N, "VARCHAR", g.col(lambda: v.iccid(g, "6102")), "decoy", DEVICE, CHECK),
            c("NewIccid", N, "VARCHAR", g.col(lambda: v.iccid(g, "6102")), "decoy", DEVICE, CHECK),
            c("HandsetImei", N, "VARCHAR", g.col(lambda: v.imei(g), 0.3), "decoy", DEVICE, CHECK),
            c("Channel", N, "VARCHAR", channels, "decoy"),
            c("StoreCode", N, "VARCHAR", [s[0] if s else None for s in store], "decoy"),
            c("StoreAddress", N, "VARCHAR", [s[1] if s else None for s in store], "business"),
            c("StoreSuburb", N, "VARCHAR", [s[2] if s else None for s in store], "business"),
            c(
                "AgentLogin",
                USERNAME,
                "VARCHAR",
                [None if ch == "Online" else g.rnd.choice(agents) for ch in channels],
                USER,
                AUDIT,
            ),
            c("RequestIp", "ip_address", "VARCHAR", [g.ip(0.35) if ch == "Online" else None for ch in channels], HEAVY),
            c(
                "OtpSentTo",
                "phone",
                "VARCHAR",
                [g.phone("AU", "e164") if ch != "Store" and g.rnd.random() < 0.85 else None for ch in channels],
                HEAVY,
            ),
            c("AccountPin", N, "VARCHAR", g.col(lambda: g.digits(g.rnd.choice([4, 6]))), "decoy", CREDENTIAL),
            c("FraudScore", N, "DOUBLE", g.floats(0, 1, 3), "decoy"),
            c("FraudFlag", N, "BOOLEAN", g.yn(True, False, 0.06), "decoy"),
            c("Outcome", N, "VARCHAR", g.col(g.pick(["Completed", "Completed", "Declined", "Escalated"])), "decoy"),
            c("RequestedAt", N, "TIMESTAMP", requested, "decoy"),
            c("CompletedAt", N, "TIMESTAMP", _later(g, requested, 3, 240, 0.15), "decoy"),
            c("Notes", "free_text", "VARCHAR", g.col(note, 0.45)),
            c(
                "Abn",
                N,
                "VARCHAR",
                [v.au_abn(g) if b or g.rnd.random() < 0.35 else None for b in business],
                "decoy",
                CHECK,
            ),
            c(
                "Custom1",
                "person_name",
                "VARCHAR",
                [v.whole(g, "au") if b or g.rnd.random() < 0.3 else None for b in business],
                OPAQUE,
                ROLE,
                HEAVY,
            ),
            c("Custom2", N, "VARCHAR", g.col(g.pick(["ESIM-PROMO", "WINBACK", "BAU", "BAU"])), "decoy", OPAQUE),
        ],
    )


def cable_work_orders(g: Gen) -> Table:
    """A Tampa Bay cable installer's work orders for the cable operators it subcontracts to (``fieldsvc``,
    abbreviated snake case): the work order, the source system and ``client_name`` (the cable operator: ``none``,
    tag ``misleading``), the job code and the operator's account number, ``cust_fnm``, ``cust_lnm``, ``ctc_ph``,
    ``ctc_ph2``, ``addr_ln1``, ``addr_ln2``, city, state and ZIP of the home, the tap's coordinates and node, the
    modem's MAC and serial, the technician (few) and his number, dates, drop length, notes naming people, the signer,
    ``src_crm_col17`` (a phone, an e-mail or a name by row), ``src_crm_col18`` (a promo code), ``misc_1`` (boxes
    returned), ``misc_2`` (the e-bill address), the firmware and a photo's hash."""
    rows = [(v.person(g, "us"), v.town(g, "fl")) for _ in range(g.rows)]
    techs = _staff(g, 8, lambda x: v.whole(x, "us"))
    arrivals = g.moments("2025-09-01", "2025-12-15")

    def note() -> str:
        return g.rnd.choice(
            [
                "Replaced corroded splitter in attic",
                f"Cust {v.given(g, 'us')} not home, spoke to son",
                "Ran new RG6 drop from tap",
                f"Landlord {v.whole(g, 'us')} approved wall penetration",
                "Modem swap, old unit returned",
                "Dog in yard, rescheduled",
            ]
        )

    def best_contact() -> str:
        roll = g.rnd.random()
        if roll < 0.45:
            return g.phone("US", g.rnd.choice(["dashes", "national"]))
        if roll < 0.75:
            return v.email(g, "us")
        return v.whole(g, "us")

    return Table(
        "fieldsvc.work_orders",
        "en",
        "snake",
        [
            c("wo_no", N, "VARCHAR", g.col(lambda: g.code("WO-25-9999999")), "decoy", KEY, SHAPE, ABBREV),
            c("src_sys", N, "VARCHAR", g.col(g.pick(["CSG", "ICOMS", "CSG"])), "decoy", ABBREV),
            c(
                "client_name",
                N,
                "VARCHAR",
                g.col(g.pick(["Gulfstream Cable", "BayLink Broadband", "Suncoast Fiber"])),
                "business",
                MISLEADING,
            ),
            c(
                "job_cd",
                N,
                "VARCHAR",
                g.col(g.pick(["INST-DGTL", "INST-HSD", "TC-HSD", "TC-VIDEO", "UPG-DOCSIS"])),
                "decoy",
                ABBREV,
            ),
            c("cust_acct", N, "VARCHAR", g.col(lambda: g.code("8337 9999 9999 9999")), "decoy", KEY, SHAPE),
            c("cust_fnm", "first_name", "VARCHAR", [a for (a, _), _ in rows], ABBREV),
            c("cust_lnm", "last_name", "VARCHAR", [b for (_, b), _ in rows], ABBREV),
            c(
                "ctc_ph",
                "phone",
                "VARCHAR",
                g.phones("US", {"dashes": 0.5, "national": 0.3, "digits": 0.2}, 0.85),
                ABBREV,
            ),
            c("ctc_ph2", "phone", "VARCHAR", g.phones("US", {"dashes": 1.0}, 0.6, 0.7), ABBREV, HEAVY),
            c(
                "addr_ln1",
                "street_address",
                "VARCHAR",
                [v.street(g, "fl").split(" Apt")[0] for _ in rows],
                ABBREV,
                PREMISES,
            ),
            c(
                "addr_ln2",
                "street_address",
                "VARCHAR",
                g.col(lambda: f"Apt {g.rnd.randint(101, 1420)}", 0.72),
                ABBREV,
                PREMISES,
                HEAVY,
            ),
            c("city", "city", "VARCHAR", [t[0] for _, t in rows]),
            c("st", N, "VARCHAR", ["FL"] * g.rows, "decoy", ABBREV),
            c("zip", "postal_code", "VARCHAR", [v.postcode(g, "fl", t[2]) for _, t in rows], PREMISES),
            c("tap_lat", N, "DOUBLE", g.floats(27.70, 28.20, 6), "decoy", COORD),
            c("tap_lon", N, "DOUBLE", g.floats(-82.80, -82.20, 6), "decoy", COORD),
            c("node_id", N, "VARCHAR", g.col(lambda: g.code("TPA-N999")), "decoy"),
            c("modem_mac", N, "VARCHAR", g.col(g.mac, 0.2), "decoy", DEVICE),
            c("modem_sn", N, "VARCHAR", g.col(lambda: g.code("AAZZ99999999"), 0.2), "decoy", DEVICE),
            c("tech_nm", "person_name", "VARCHAR", g.col(g.pick(techs)), STAFF, ABBREV),
            c("tech_no", N, "INTEGER", g.ints(4_100, 4_199), "decoy", KEY),
            c("sched_dt", N, "DATE", [a.date() for a in arrivals], "decoy"),
            c("arrival_ts", N, "TIMESTAMP", arrivals, "decoy"),
            c("drop_ft", N, "INTEGER", g.ints(0, 250), "decoy"),
            c("wo_notes", "free_text", "VARCHAR", g.col(note, 0.3)),
            c(
                "signer_nm",
                "person_name",
                "VARCHAR",
                [f"{a} {b}" if g.rnd.random() < 0.7 else v.whole(g, "us") for (a, b), _ in rows],
                ROLE,
                ABBREV,
            ),
            c("src_crm_col17", "free_text", "VARCHAR", g.col(best_contact, 0.2), SRC, MIXED),
            c(
                "src_crm_col18",
                N,
                "VARCHAR",
                g.col(g.pick(["FALL-BUNDLE", "NONE", "MOVER25", "GIG-UPG"])),
                "decoy",
                SRC,
            ),
            c("misc_1", N, "INTEGER", g.ints(0, 3), "decoy", OPAQUE),
            c(
                "misc_2",
                "email",
                "VARCHAR",
                [v.email_of(g, a, b, v.DOMAINS["us"]) if g.rnd.random() < 0.45 else None for (a, b), _ in rows],
                OPAQUE,
                HEAVY,
            ),
            c("fw_ver", N, "VARCHAR", g.col(lambda: f"{g.version()}-{g.code('AA')}"), "decoy", VERSION),
            c("photo_sha", N, "VARCHAR", g.col(g.sha256, 0.25), "decoy", HASHED),
        ],
    )


def outage_callbacks(g: Gen) -> Table:
    """An Ottawa-area electricity distributor's outage callback list (``OutageMgmt``, Pascal case): incident, feeder
    and transformer, the premise, the caller's name and callback number, an alternative number (mostly NULL), the
    service address, municipality and postal code, the ward (``none``), the life-support flag and medical notes
    naming carers (mostly NULL words), language, report, restoration-estimate and due times, status, the agent (few)
    and the agent's notes, ``Notes2`` (the alternate contact's name, tag ``misleading``), the crew, cause code, the
    transformer's coordinates, the SMS opt-in, the e-mail for updates (mostly NULL), the IVR session and the business
    number of commercial callers."""
    rows = [(v.whole(g, "ca"), v.town(g, "ca")) for _ in range(g.rows)]
    agents = _staff(g, 5, lambda x: v.whole(x, "ca"))
    reported = g.moments("2025-07-01", "2025-11-30")
    commercial = [g.rnd.random() < 0.35 for _ in rows]

    def medical() -> str:
        return g.rnd.choice(
            [
                "Home dialysis machine",
                f"Oxygen concentrator, daughter {v.given(g, 'ca')} checks in",
                "CPAP - has battery backup 8 h",
                f"Ventilator; call son {v.whole(g, 'ca')} if no answer",
                "Insulin in fridge",
            ]
        )

    def agent_note() -> str:
        return g.rnd.choice(
            [
                "Gave ETR 21:00",
                "Left voicemail",
                f"Spoke to {v.given(g, 'ca')}, power back on",
                "No answer, SMS sent",
                f"Caller {v.whole(g, 'ca')} upset, escalated to supervisor",
            ]
        )

    return Table(
        "OutageMgmt.CallbackList",
        "en",
        "pascal",
        [
            c("CallbackId", N, "BIGINT", g.keys(51_001), "decoy", KEY),
            c("IncidentNumber", N, "VARCHAR", g.col(lambda: g.code("INC-2025-99999")), "decoy", SHAPE),
            c("FeederId", N, "VARCHAR", g.col(lambda: g.code("F99-99")), "decoy"),
            c("TransformerId", N, "VARCHAR", g.col(lambda: g.code("TX-999999")), "decoy"),
            c("PremiseId", N, "BIGINT", g.ints(10_000_000, 19_999_999), "decoy", KEY),
            c("CallerName", "person_name", "VARCHAR", [r[0] for r in rows]),
            c("CallbackPhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.6, "dashes": 0.2, "e164": 0.2}, 0.7)),
            c("AltPhone", "phone", "VARCHAR", g.phones("CA", {"national": 1.0}, 0.7, 0.72), HEAVY),
            c("ServiceAddress", "street_address", "VARCHAR", [v.street(g, "ca") for _ in rows], PREMISES),
            c("Municipality", "city", "VARCHAR", [r[1][0] for r in rows]),
            c("PostalCode", "postal_code", "VARCHAR", [v.postcode(g, "ca", r[1][2]) for r in rows], PREMISES),
            c("Ward", N, "INTEGER", g.ints(1, 24), "decoy"),
            c("LifeSupport", N, "BOOLEAN", g.yn(True, False, 0.12), "decoy"),
            c("MedicalNotes", "free_text", "VARCHAR", g.sparse(medical, 0.82, _words("NONE", "None")), NULLWORD),
            c("PreferredLanguage", N, "VARCHAR", g.col(g.pick(["EN", "EN", "FR"])), "decoy"),
            c("ReportedAt", N, "TIMESTAMP", reported, "decoy"),
            c("EtrGiven", N, "TIMESTAMP", _later(g, reported, 60, 600, 0.2), "decoy"),
            c("CallbackDueAt", N, "TIMESTAMP", _later(g, reported, 120, 900), "decoy"),
            c("CallbackStatus", N, "VARCHAR", g.col(g.pick(["Pending", "Done", "Done", "No answer"])), "decoy"),
            c("CallbackAgent", "person_name", "VARCHAR", g.col(g.pick(agents), 0.2), STAFF),
            c("AgentNotes", "free_text", "VARCHAR", g.col(agent_note, 0.35)),
            c("Notes2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ca"), 0.6), MISLEADING, ROLE, HEAVY),
            c("CrewId", N, "VARCHAR", g.col(lambda: g.code("CRW-99")), "decoy"),
            c(
                "CauseCode",
                N,
                "VARCHAR",
                g.col(g.pick(["TREE", "EQUIP", "WEATHER", "ANIMAL", "MVA", "UNKNOWN"])),
                "decoy",
            ),
            c("Latitude", N, "DOUBLE", g.floats(45.20, 45.50, 6), "decoy", COORD),
            c("Longitude", N, "DOUBLE", g.floats(-76.00, -75.40, 6), "decoy", COORD),
            c("SmsOptIn", N, "BOOLEAN", g.yn(True, False, 0.55), "decoy"),
            c("EmailForUpdates", "email", "VARCHAR", g.col(lambda: v.email(g, "ca"), 0.68), HEAVY),
            c("IvrSessionId", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c("BusinessNumber", N, "VARCHAR", [v.ca_bn(g) if x else None for x in commercial], "business", CHECK),
        ],
    )


# -- Germany, the Netherlands, France, Spain, Portugal, Sweden ---------------------------------------------------------


def de_nahwaerme_mitglieder(g: Gen) -> Table:
    """A Hohenlohe bioenergy village's district-heating co-operative's members (``nahwaerme_eg.mitglieder``, German,
    camel case with umlauts): member number, salutation and title, first and family name, birth date, street and
    house number apart, postcode, town, district (``none``), phone, mobile, e-mail, the Steuer-ID (for the dividend's
    withholding tax), the direct-debit IBAN and its account holder, the mandate reference and the co-operative's
    creditor id (``none``), shares, joining date, connected load, the heat meter and transfer station, yearly use,
    farmers' VAT ids (``none``), a remark naming people, ``feld1`` (wood-chip supplier yes/no) and ``feld2`` (the
    joint member's name) and the clerk's login."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "de", female)
        rows.append((a, b, female, v.town(g, "de")))
    clerks = _logins(g, 3, "de", 0)

    def remark() -> str:
        return g.rnd.choice(
            [
                f"Anteile übertragen von {v.whole(g, 'de')}",
                "Zähler getauscht 2024",
                f"Erbengemeinschaft, Ansprechpartner {v.whole(g, 'de')}",
                "Ratenzahlung vereinbart",
                f"Hausverkauf an {v.family(g, 'de')} geplant",
            ]
        )

    farmers = [g.rnd.random() < 0.35 for _ in rows]
    return Table(
        "nahwaerme_eg.mitglieder",
        "de",
        "camel",
        [
            c("mitgliedsNr", N, "INTEGER", g.keys(1_001), "decoy", KEY),
            c("anrede", N, "VARCHAR", ["Frau" if r[2] else "Herr" for r in rows], "decoy"),
            c("status", N, "VARCHAR", g.col(g.pick(["aktiv", "aktiv", "aktiv", "gekündigt", "ruhend"])), "decoy"),
            c("vorname", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("nachname", "last_name", "VARCHAR", [r[1] for r in rows]),
            c(
                "geburtsdatum",
                "date_of_birth",
                "DATE",
                [None if g.rnd.random() < 0.15 else g.birth(1930, 2000) for _ in rows],
            ),
            c("straße", "street_address", "VARCHAR", [g.rnd.choice(v.STREETS["de"]) for _ in rows]),
            c(
                "hausnummer",
                "street_address",
                "VARCHAR",
                [str(g.rnd.randint(1, 60)) + g.rnd.choice(["", "", "", "a", "/1"]) for _ in rows],
            ),
            c("plz", "postal_code", "VARCHAR", [r[3][2] for r in rows], ABBREV),
            c("ort", "city", "VARCHAR", [r[3][0] for r in rows]),
            c("landkreis", N, "VARCHAR", [r[3][1] for r in rows], "decoy"),
            c("telefon", "phone", "VARCHAR", g.phones("DE", {"national": 0.8, "intl": 0.2}, 0.0, 0.2)),
            c("mobil", "phone", "VARCHAR", g.phones("DE", {"national": 0.6, "e164": 0.4}, 1.0, 0.55), HEAVY),
            c(
                "email",
                "email",
                "VARCHAR",
                [v.email_of(g, r[0], r[1], v.DOMAINS["de"]) if g.rnd.random() < 0.65 else None for r in rows],
            ),
            c("steuerId", "national_id", "VARCHAR", g.col(lambda: v.de_idnr(g), 0.25)),
            c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DE", g.rnd.random() < 0.5), 0.05)),
            c(
                "kontoinhaber",
                "person_name",
                "VARCHAR",
                [f"{r[0]} {r[1]}" if g.rnd.random() < 0.8 else f"{v.given(g, 'de')} {r[1]}" for r in rows],
                ROLE,
            ),
            c(
                "mandatsreferenz",
                N,
                "VARCHAR",
                [f"NWG-{1_001 + i:05d}-{g.rnd.randint(1, 3)}" for i in range(g.rows)],
                "decoy",
                SHAPE,
            ),
            c("gläubigerId", N, "VARCHAR", ["DE98ZZZ00001234567"] * g.rows, "business", SHAPE),
            c("geschäftsanteile", N, "INTEGER", g.ints(1, 6), "decoy"),
            c("eintrittsdatum", N, "DATE", g.days("2011-03-01", "2025-10-31"), "decoy"),
            c("anschlussleistungKw", N, "INTEGER", g.col(g.pick([15, 20, 25, 30, 50, 80])), "decoy"),
            c("wärmezählerNr", N, "VARCHAR", g.col(lambda: g.code("6AA9999999")), "decoy", METER),
            c("übergabestation", N, "VARCHAR", g.col(lambda: g.code("ÜGS-99999")), "decoy", METER),
            c("jahresverbrauchKwh", N, "INTEGER", g.ints(6_000, 60_000), "decoy"),
            c("ustIdNr", N, "VARCHAR", [v.de_vat(g) if f else None for f in farmers], "decoy", CHECK),
            c("bemerkung", "free_text", "VARCHAR", g.sparse(remark, 0.8, ("", "-", "keine", "k.A.")), NULLWORD),
            c("feld1", N, "VARCHAR", g.col(g.pick(["ja", "nein", "nein", "nein"])), "decoy", OPAQUE),
            c(
                "feld2",
                "person_name",
                "VARCHAR",
                [f"{v.given(g, 'de')} {r[1]}" if g.rnd.random() < 0.4 else None for r in rows],
                OPAQUE,
                ROLE,
                HEAVY,
            ),
            c("erfasstVon", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT),
        ],
    )


def nl_waterschap_aanslagen(g: Gen) -> Table:
    """A Gelderland water board's (waterschap) tax assessment file from its legacy tax system (``WSBEL.AANSLGP``,
    Dutch, prefix ``AS``): assessment number and year, the BSN kept as a number, initials, tussenvoegsel and family
    name padded, the birth date as ``YYYYMMDD``, street, house number (a number) and addition, postcode and town,
    the municipality code, WOZ value, household size and the three levies, due date, the direct-debit IBAN and
    mandate, business assessments' btw number, remission status, phone as a number, e-mail, the change date as
    ``CYYMMDD``, the clerk's login and the water connection's EAN code (``none``)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "nl")
        second = v.given(g, "nl")
        initials = f"{a[0]}." + (f"{second[0]}." if g.rnd.random() < 0.6 else "")
        tussen = g.rnd.choice(["van", "van de", "van der", "ter", "te", "ten"]) if g.rnd.random() < 0.38 else ""
        rows.append((initials, tussen, b, v.town(g, "nl")))
    clerks = [f"WSB_{x}" for x in _logins(g, 4, "nl", 0, upper=True)]
    business = [g.rnd.random() < 0.35 for _ in rows]
    return Table(
        "WSBEL.AANSLGP",
        "nl",
        "screaming",
        [
            c("ASAANR", N, "BIGINT", g.keys(2025_000_001, 3), "decoy", KEY, LEGACY),
            c("ASBJR", N, "INTEGER", g.col(g.pick([2024, 2025, 2025])), "decoy", LEGACY),
            c("ASBSN", "national_id", "BIGINT", _zero(g, [int(v.nl_bsn(g)) for _ in rows], 0.1), LEGACY, NUMERIC, ZERO),
            c("ASVLTR", "first_name", "VARCHAR", [pad(r[0], 10) for r in rows], LEGACY, PADDED, ABBREV),
            c("ASVOEG", "last_name", "VARCHAR", [pad(r[1], 10) for r in rows], LEGACY, PADDED, ABBREV),
            c("ASGNAM", "last_name", "VARCHAR", [pad(r[2], 25) for r in rows], LEGACY, PADDED, ABBREV),
            c(
                "ASGBDT",
                "date_of_birth",
                "INTEGER",
                [0 if g.rnd.random() < 0.12 else v.yyyymmdd(g.birth(1930, 2006)) for _ in rows],
                LEGACY,
                INT_DATE,
            ),
            c(
                "ASSTRT",
                "street_address",
                "VARCHAR",
                [pad(g.rnd.choice(v.STREETS["nl"]), 24) for _ in rows],
                LEGACY,
                PADDED,
            ),
            c("ASHSNR", "street_address", "INTEGER", g.ints(1, 240), LEGACY, NUMERIC),
            c(
                "ASHSTV",
                "street_address",
                "VARCHAR",
                _blank(g, [g.rnd.choice(["A", "B", "bis", "-1", "hs"]) for _ in rows], 0.8, 4),
                LEGACY,
                PADDED,
                NULLWORD,
            ),
            c(
                "ASPCOD",
                "postal_code",
                "VARCHAR",
                [v.postcode(g, "nl", r[3][2]).replace(" ", "") for r in rows],
                LEGACY,
                ABBREV,
            ),
            c("ASWPLS", "city", "VARCHAR", [pad(r[3][0], 24) for r in rows], LEGACY, PADDED, ABBREV),
            c("ASGEMC", N, "VARCHAR", g.col(lambda: f"0{g.rnd.randint(100, 999)}"), "decoy", LEGACY),
            c("ASWOZW", N, "INTEGER", [g.rnd.randint(140, 900) * 1_000 for _ in rows], "decoy", LEGACY),
            c("ASHHGR", N, "INTEGER", g.col(g.pick([1, 3, 3])), "decoy", LEGACY),
            c("ASEGWB", N, "DECIMAL(9,2)", g.amounts(90, 140), "decoy", LEGACY),
            c("ASZVHF", N, "DECIMAL(9,2)", g.amounts(70, 320), "decoy", LEGACY),
            c("ASWGHF", N, "DECIMAL(9,2)", g.amounts(20, 190), "decoy", LEGACY),
            c(
                "ASVVDT",
                N,
                "INTEGER",
                [v.yyyymmdd(g.day("2025-03-31", "2025-12-31")) for _ in rows],
                "decoy",
                INT_DATE,
                LEGACY,
            ),
            c("ASIBAN", "iban", "VARCHAR", _blank(g, [v.iban(g, "NL") for _ in rows], 0.45, 34), LEGACY, PADDED),
            c("ASMACH", N, "VARCHAR", g.col(lambda: g.code("WSB99999999")), "decoy", SHAPE, LEGACY),
            c("ASBTW", N, "VARCHAR", [pad(v.nl_btw(g) if b else None, 14) for b in business], "decoy", CHECK, LEGACY),
            c(
                "ASKWST",
                N,
                "VARCHAR",
                g.col(g.pick(["          ", "          ", "AANGEVRAAG", "TOEGEKEND ", "AFGEWEZEN "])),
                "decoy",
                LEGACY,
            ),
            c("ASTELF", "phone", "BIGINT", _zero(g, g.phones("NL", {"nsn": 1.0}, 0.6), 0.35), LEGACY, NUMERIC, ZERO),
            c("ASEMAL", "email", "VARCHAR", _blank(g, [v.email(g, "nl") for _ in rows], 0.5, 40), LEGACY, PADDED),
            c(
                "ASMUTD",
                N,
                "INTEGER",
                [v.cyymmdd(g.day("2024-01-01", "2025-11-30")) for _ in rows],
                "decoy",
                INT_DATE,
                LEGACY,
            ),
            c("ASMUTG", USERNAME, "VARCHAR", g.col(g.pick([pad(x, 14) for x in clerks])), USER, AUDIT, LEGACY),
            c("ASEAN", N, "VARCHAR", g.col(lambda: v.gsrn(g, "87169")), "decoy", SUPPLY, CHECK, LEGACY),
        ],
    )


def fr_recouvrement(g: Gen) -> Table:
    """A Lyon collection agency's files of unpaid energy and water bills on its legacy system (``RECOUV.DOSIMP``,
    French, names cut to six characters): file number, the creditor's reference, name, SIREN and VAT number
    (``business``), the debtor's family and given names, maiden name (mostly blank), birth date as ``YYYYMMDD`` and
    birthplace (``city``), address, postcode and town, a landline and a mobile kept as a number, e-mail (mostly
    NULL), the PDL of the supply (``none``), principal, fees, bill and due dates as numbers, status, reminders, the
    case handler (few), the IBAN of a payment plan (mostly NULL), the employer and the bailiff's office
    (``business``), observations naming people, ``ZONE1`` (a dunning code) and ``ZONE2`` (the co-debtor's name),
    update date and login."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "fr", female)
        rows.append((a, b, female, v.town(g, "fr")))
    handlers = _staff(g, 5, lambda x: f"{v.family(x, 'fr').upper()} {v.given(x, 'fr')}")
    logins = _logins(g, 4, "fr", 2, upper=True)
    creditors = [
        ("ÉNERGIES DU RHÔNE SA", v.fr_siren(g)),
        ("EAUX DU GRAND LYON SPL", v.fr_siren(g)),
        ("GAZ ET CHALEUR URBAINE", v.fr_siren(g)),
    ]
    cred = [g.rnd.choice(creditors) for _ in rows]
    bills = [g.day("2023-01-01", "2025-08-31") for _ in rows]

    def observation() -> str:
        return g.rnd.choice(
            [
                "Échéancier accepté 6 x 80 EUR",
                f"Appel de Mme {v.family(g, 'fr')}, fille du débiteur",
                "NPAI - courrier retourné",
                f"Débiteur hébergé chez {v.whole(g, 'fr')}",
                "Contestation de la facture en cours",
                "Surendettement - dossier BDF",
            ]
        )

    return Table(
        "RECOUV.DOSIMP",
        "fr",
        "screaming",
        [
            c("NUMDOS", N, "BIGINT", g.keys(25_000_001, 17), "decoy", KEY, LEGACY),
            c("REFCLI", N, "VARCHAR", g.col(lambda: g.code("9999999999")), "decoy", KEY, LEGACY),
            c("CREANC", N, "VARCHAR", [pad(x[0], 30) for x in cred], "business", LEGACY, PADDED),
            c("SIRENC", N, "VARCHAR", [x[1] for x in cred], "business", CHECK, LEGACY),
            c("TVACRE", N, "VARCHAR", [v.fr_tva(x[1]) for x in cred], "business", CHECK, LEGACY),
            c("NOMDEB", "last_name", "VARCHAR", [pad(r[1], 25) for r in rows], LEGACY, PADDED, ABBREV),
            c("PRNDEB", "first_name", "VARCHAR", [pad(r[0], 20) for r in rows], LEGACY, PADDED, ABBREV),
            c(
                "NOMJF",
                "last_name",
                "VARCHAR",
                _blank(g, [v.family(g, "fr") if r[2] else None for r in rows], 0.55, 25),
                LEGACY,
                PADDED,
                ABBREV,
                NULLWORD,
            ),
            c(
                "DATNAI",
                "date_of_birth",
                "INTEGER",
                [0 if g.rnd.random() < 0.25 else v.yyyymmdd(g.birth(1935, 2005)) for _ in rows],
                LEGACY,
                INT_DATE,
            ),
            c(
                "LIEUNA",
                "city",
                "VARCHAR",
                _blank(
                    g,
                    [
                        g.rnd.choice(
                            [
                                "LYON",
                                "SAINT-ETIENNE",
                                "ALGER",
                                "GRENOBLE",
                                "ORAN",
                                "VILLEURBANNE",
                                "PORTO",
                                "BOURG-EN-BRESSE",
                            ]
                        )
                        for _ in rows
                    ],
                    0.4,
                    25,
                ),
                LEGACY,
                PADDED,
                ABBREV,
            ),
            c(
                "ADRDEB",
                "street_address",
                "VARCHAR",
                [pad(v.street(g, "fr"), 38) for _ in rows],
                LEGACY,
                PADDED,
                ABBREV,
            ),
            c("CPDEB", "postal_code", "VARCHAR", [v.postcode(g, "fr", r[3][2]) for r in rows], LEGACY, ABBREV),
            c("VILDEB", "city", "VARCHAR", [pad(r[3][0], 25) for r in rows], LEGACY, PADDED, ABBREV),
            c("TELDEB", "phone", "VARCHAR", g.phones("FR", {"national": 0.8, "digits": 0.2}, 0.0, 0.45), LEGACY),
            c("TELPOR", "phone", "BIGINT", _zero(g, g.phones("FR", {"nsn": 1.0}, 1.0), 0.25), LEGACY, NUMERIC, ZERO),
            c("MELDEB", "email", "VARCHAR", g.col(lambda: v.email(g, "fr"), 0.7), LEGACY, HEAVY),
            c("PDLPCE", N, "VARCHAR", g.col(lambda: g.code("99999999999999")), "decoy", SUPPLY, LEGACY),
            c("MTPRIN", N, "DECIMAL(9,2)", g.amounts(60, 2_400), "decoy", LEGACY),
            c("MTFRAI", N, "DECIMAL(9,2)", g.amounts(0, 180), "decoy", LEGACY),
            c("DATFAC", N, "INTEGER", [v.yyyymmdd(d) for d in bills], "decoy", INT_DATE, LEGACY),
            c("DATECH", N, "INTEGER", [v.yyyymmdd(d + timedelta(days=30)) for d in bills], "decoy", INT_DATE, LEGACY),
            c("STATUT", N, "VARCHAR", g.col(g.pick(["AMI", "AMI", "ECH", "JUD", "SOL", "IRR"])), "decoy", LEGACY),
            c("NBRELA", N, "INTEGER", g.ints(0, 6), "decoy", LEGACY),
            c("GESTNR", "person_name", "VARCHAR", g.col(g.pick([pad(h, 25) for h in handlers])), STAFF, LEGACY, PADDED),
            c("IBANDB", "iban", "VARCHAR", g.col(lambda: v.iban(g, "FR", g.rnd.random() < 0.5), 0.8), LEGACY, HEAVY),
            c(
                "EMPLOY",
                N,
                "VARCHAR",
                _blank(
                    g,
                    [
                        g.rnd.choice(
                            [
                                "HOSPICES CIVILS DE LYON",
                                "SNCF VOYAGEURS",
                                "MAIRIE DE VENISSIEUX",
                                "TRANSPORTS RHODANIENS SARL",
                            ]
                        )
                        for _ in rows
                    ],
                    0.6,
                    30,
                ),
                "business",
                LEGACY,
                PADDED,
            ),
            c(
                "HUISSR",
                N,
                "VARCHAR",
                g.col(g.pick(["SCP MARTEL & FAURE", "ETUDE JURIS-RHONE", "CABINET VALLON-BRET"]), 0.5),
                "business",
                LEGACY,
            ),
            c("OBSERV", "free_text", "VARCHAR", g.sparse(observation, 0.5, ("", "néant", "NEANT")), LEGACY),
            c("ZONE1", N, "VARCHAR", g.col(g.pick(["R1", "R2", "R3", "MED", "INJ"])), "decoy", OPAQUE, LEGACY),
            c(
                "ZONE2",
                "person_name",
                "VARCHAR",
                _blank(g, [v.whole(g, "fr").upper() for _ in rows], 0.6, 30),
                OPAQUE,
                ROLE,
                LEGACY,
                PADDED,
            ),
            c(
                "DTMAJ",
                N,
                "INTEGER",
                [v.cyymmdd(g.day("2025-01-01", "2025-11-30")) for _ in rows],
                "decoy",
                INT_DATE,
                LEGACY,
            ),
            c("USRMAJ", USERNAME, "VARCHAR", g.col(g.pick(logins)), USER, AUDIT, LEGACY),
        ],
    )


def es_bono_social(g: Gen) -> Table:
    """A Castile and León reference electricity retailer's social-tariff (bono social) applications
    (``bono_social.solicitudes``, Spanish, snake case): application id and file number, date, the CUPS (``none``)
    and contract, the applicant's name and two family names, DNI or NIE, birth date, the supply address (the home),
    postcode, municipality and province (``none``), phone and e-mail, category, large-family and pensioner flags,
    household size and the household members as JSON (names and DNIs: ``free_text``), income, the municipal social
    services office (``business``) and its social worker, status, rejection reason, the handler's login,
    observations, ``campo_libre_1`` (a campaign) and ``campo_libre_2`` (the representative's phone), and the
    retailer's CIF (``business``)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "es")
        b2 = v.family(g, "es")
        rows.append((a, b, b2, v.town(g, "es"), v.es_dni(g) if g.rnd.random() < 0.88 else v.es_nie(g)))
    handlers = _logins(g, 5, "es", 1)
    workers = _staff(g, 6, lambda x: v.whole(x, "es"))

    def household(r: tuple) -> str:
        members = [
            {
                "nombre": f"{v.given(g, 'es')} {r[1]} {v.family(g, 'es')}",
                "parentesco": g.rnd.choice(["cónyuge", "hijo/a", "hijo/a", "progenitor"]),
                "dni": v.es_dni(g) if g.rnd.random() < 0.6 else None,
            }
            for _ in range(g.rnd.randint(1, 4))
        ]
        return json.dumps({"miembros": members}, ensure_ascii=False)

    sizes = [g.rnd.randint(1, 6) for _ in rows]
    cif = v.es_cif(g)
    return Table(
        "bono_social.solicitudes",
        "es",
        "snake",
        [
            c("id_solicitud", N, "BIGINT", g.keys(70_001), "decoy", KEY),
            c("num_expediente", N, "VARCHAR", g.col(lambda: g.code("BS-2025-999999")), "decoy", SHAPE),
            c("fecha_solicitud", N, "DATE", g.days("2025-01-01", "2025-11-30"), "decoy"),
            c("cups", N, "VARCHAR", g.col(lambda: v.es_cups(g)), "decoy", SUPPLY, CHECK),
            c("num_contrato", N, "VARCHAR", g.col(lambda: g.code("999999999999")), "decoy", KEY),
            c("nombre", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("primer_apellido", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("segundo_apellido", "last_name", "VARCHAR", [r[2] if g.rnd.random() < 0.93 else "" for r in rows]),
            c("dni_nie", "national_id", "VARCHAR", [r[4] for r in rows]),
            c("fecha_nacimiento", "date_of_birth", "DATE", g.births(1928, 2005)),
            c("direccion_suministro", "street_address", "VARCHAR", [v.street(g, "es") for _ in rows], PREMISES),
            c("codigo_postal", "postal_code", "VARCHAR", [v.postcode(g, "es", r[3][2]) for r in rows], PREMISES),
            c("municipio", "city", "VARCHAR", [r[3][0] for r in rows]),
            c("provincia", N, "VARCHAR", [r[3][1] for r in rows], "decoy"),
            c("telefono", "phone", "VARCHAR", g.phones("ES", {"national": 0.6, "digits": 0.2, "intl": 0.2}, 0.7, 0.05)),
            c("email", "email", "VARCHAR", g.col(lambda: v.email(g, "es"), 0.45)),
            c(
                "categoria",
                N,
                "VARCHAR",
                g.col(g.pick(["vulnerable", "vulnerable", "vulnerable severo", "riesgo de exclusión social"])),
                "decoy",
            ),
            c("familia_numerosa", N, "BOOLEAN", g.yn(True, False, 0.2), "decoy"),
            c("pensionista", N, "BOOLEAN", g.yn(True, False, 0.35), "decoy"),
            c("miembros_unidad_familiar", N, "INTEGER", sizes, "decoy"),
            c(
                "miembros_json",
                "free_text",
                "VARCHAR",
                [household(r) if s > 1 else None for r, s in zip(rows, sizes)],
                JSON,
            ),
            c("renta_anual", N, "DECIMAL(10,2)", g.amounts(3_000, 28_000), "decoy"),
            c(
                "servicios_sociales",
                N,
                "VARCHAR",
                g.col(g.pick(["CEAS Delicias", "CEAS Rondilla", "CEAS El Ejido (León)", "CEAS Gamonal (Burgos)"]), 0.5),
                "business",
            ),
            c("tecnico_ss", "person_name", "VARCHAR", g.col(g.pick(workers), 0.5), STAFF, ROLE),
            c(
                "estado",
                N,
                "VARCHAR",
                g.col(g.pick(["concedido", "concedido", "en trámite", "denegado", "renovación"])),
                "decoy",
            ),
            c(
                "motivo_rechazo",
                N,
                "VARCHAR",
                g.col(g.pick(["", "", "", "supera umbral de renta", "documentación incompleta", "CUPS no titular"])),
                "decoy",
            ),
            c("gestor", USERNAME, "VARCHAR", g.col(g.pick(handlers)), USER, AUDIT),
            c(
                "observaciones",
                "free_text",
                "VARCHAR",
                g.sparse(
                    lambda: g.rnd.choice(
                        [
                            f"Presenta la solicitud su hija {v.given(g, 'es')}",
                            "Falta certificado de empadronamiento",
                            f"Tutor legal: {v.whole(g, 'es')}",
                            "Renovación automática",
                        ]
                    ),
                    0.82,
                    ("", "ninguna", "sin datos", "-"),
                ),
                NULLWORD,
            ),
            c(
                "campo_libre_1",
                N,
                "VARCHAR",
                g.col(g.pick(["CAMP-INV25", "CAMP-VER25", "WEB", "OFICINA"])),
                "decoy",
                OPAQUE,
            ),
            c("campo_libre_2", "phone", "VARCHAR", g.phones("ES", {"national": 1.0}, 0.8, 0.65), OPAQUE, HEAVY),
            c("cif_comercializadora", N, "VARCHAR", [cif] * g.rows, "business", CHECK),
        ],
    )


def pt_pedidos_cobertura(g: Gen) -> Table:
    """A Portuguese fibre operator's broadband availability enquiry form (``cobertura_fibra``, European Portuguese,
    camel case): request id and time, full name, NIF (personal numbers), mobile, e-mail, the address, ``codigo``
    (the postcode, tag ``misleading``), locality and municipality (``city``), district (``none``), dwelling type,
    current operator (``business``), speed wanted, coverage, promo code, consent, the form's IP, user agent and UTM
    parameters, the nearest fibre cabinet's id and coordinates (``none``), the sales agent (few), contact time and
    notes, the NIPC of business enquiries (``none``) and the form's version."""
    places = [g.rnd.choice(v.PT_PLACES) for _ in range(g.rows)]
    sellers = _staff(g, 5, lambda x: v.whole(x, "pt"))
    business = [g.rnd.random() < 0.4 for _ in places]

    def note() -> str:
        return g.rnd.choice(
            [
                "Sem cobertura, reencaminhado para 5G",
                f"Falar com a esposa, {v.given(g, 'pt')}",
                "Quer portabilidade do fixo",
                f"Indicado pelo vizinho {v.whole(g, 'pt')}",
                "Prédio sem ITED, pedir autorização ao condomínio",
            ]
        )

    return Table(
        "cobertura_fibra.pedidosDisponibilidade",
        "pt",
        "camel",
        [
            c("idPedido", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c("dataSubmissao", N, "TIMESTAMP", g.moments("2025-05-01", "2025-11-30"), "decoy"),
            c(
                "nomeCompleto",
                "person_name",
                "VARCHAR",
                [f"{v.given(g, 'pt')} {v.family(g, 'pt')} {v.family(g, 'pt')}" for _ in places],
            ),
            c("nif", "national_id", "VARCHAR", g.col(lambda: v.pt_nif(g), 0.45)),
            c("telemovel", "phone", "VARCHAR", g.phones("PT", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.92)),
            c(
                "email",
                "email",
                "VARCHAR",
                _dirty(g, g.col(lambda: v.email(g, "pt"), 0.1), 0.04, ["test@test.com"]),
                PLACEHOLDER,
            ),
            c("morada", "street_address", "VARCHAR", [v.street(g, "pt") for _ in places], PREMISES),
            c("codigo", "postal_code", "VARCHAR", [f"{p[3]}-{g.digits(3)}" for p in places], MISLEADING, PREMISES),
            c("localidade", "city", "VARCHAR", [p[0] for p in places]),
            c("concelho", "city", "VARCHAR", [p[1] for p in places]),
            c("distrito", N, "VARCHAR", [p[2] for p in places], "decoy"),
            c(
                "tipoHabitacao",
                N,
                "VARCHAR",
                g.col(g.pick(["moradia", "apartamento", "apartamento", "empresa"])),
                "decoy",
            ),
            c(
                "operadorAtual",
                N,
                "VARCHAR",
                g.col(g.pick(["Atlântico Telecom", "Ribeira Net", "nenhum", "Luso Cabo"])),
                "business",
            ),
            c(
                "velocidadePretendida",
                N,
                "VARCHAR",
                g.col(g.pick(["500 Mbps", "1 Gbps", "1 Gbps", "10 Gbps"])),
                "decoy",
            ),
            c("cobertura", N, "VARCHAR", g.col(g.pick(["FTTH", "FTTH", "sem cobertura", "planeada 2026"])), "decoy"),
            c("codigoPromocional", N, "VARCHAR", g.col(lambda: g.code("FIBRA-ZZZZ"), 0.6), "decoy", SHAPE),
            c("consentimentoRgpd", N, "BOOLEAN", g.yn(True, False, 0.97), "decoy"),
            c("ipOrigem", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3))),
            c("userAgent", N, "VARCHAR", g.col(g.pick(v.USER_AGENTS)), "decoy", AGENT),
            c(
                "utm",
                N,
                "VARCHAR",
                g.col(
                    lambda: json.dumps(
                        {
                            "source": g.rnd.choice(["google", "facebook", "direto"]),
                            "campaign": g.rnd.choice(["fibra_out25", "marca"]),
                        }
                    ),
                    0.3,
                ),
                "decoy",
                JSON_PLAIN,
            ),
            c("idCto", N, "VARCHAR", g.col(lambda: g.code("CTO-AAA-9999")), "decoy"),
            c("latCto", N, "DOUBLE", g.floats(38.50, 41.60, 6), "decoy", COORD),
            c("lonCto", N, "DOUBLE", g.floats(-9.30, -8.30, 6), "decoy", COORD),
            c("comercialAtribuido", "person_name", "VARCHAR", g.col(g.pick(sellers), 0.3), STAFF),
            c("contactadoEm", N, "TIMESTAMP", g.moments("2025-05-02", "2025-12-05", 0.35), "decoy"),
            c("notasComercial", "free_text", "VARCHAR", g.sparse(note, 0.55, ("", "-", "sem", "desconhecido"))),
            c(
                "nipcEmpresa",
                N,
                "VARCHAR",
                [v.pt_nif(g, company=True) if b else None for b in business],
                "decoy",
                CHECK,
            ),
            c("versaoFormulario", N, "VARCHAR", g.col(lambda: f"v{g.version()}"), "decoy", VERSION),
        ],
    )


def sv_mikroproduktion(g: Gen) -> Table:
    """A Dalarna electricity trader's register of solar feed-in contracts with micro-producers
    (``mikroproduktion.avtal``, Swedish, snake case with å, ä and ö): contract id and number, the installation's
    anläggnings-id (GSRN, ``none``), first and family name, personnummer (encoding the birth date), the installation
    address (the home), postcode and town, county (``none``), phone and e-mail, installed power, the inverter and its
    serial, the installer and grid company with the installer's orgnr (``business``), start date, price, tax
    reduction flag, the payout IBAN, a contact person for estates and co-owners (mostly NULL), the case officer
    (few), a note naming people, ``extra_1`` (a panel brand) and ``extra_2`` (a co-owner's e-mail)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "sv")
        born = g.birth(1935, 2003)
        rows.append((a, b, born, v.town(g, "sv")))
    officers = _staff(g, 4, lambda x: v.whole(x, "sv"))
    installers = [
        ("Solkraft Dalarna AB", v.se_orgnr(g)),
        ("Siljan Sol & El AB", v.se_orgnr(g)),
        ("Bergslagens Energiteknik AB", v.se_orgnr(g)),
        ("Falu Takservice AB", v.se_orgnr(g)),
    ]
    inst = [g.rnd.choice(installers) for _ in rows]

    def note() -> str:
        return g.rnd.choice(
            [
                f"Dödsbo efter {v.whole(g, 'sv')}",
                "Byte av växelriktare 2024",
                f"Delägare {v.given(g, 'sv')} {v.family(g, 'sv')} godkänt",
                "Batteri installerat",
                "Överskott skickas till grannen? Nej - avslaget",
            ]
        )

    return Table(
        "mikroproduktion.avtal",
        "sv",
        "snake",
        [
            c("avtal_id", N, "INTEGER", g.keys(5_001), "decoy", KEY),
            c("avtalsnummer", N, "VARCHAR", g.col(lambda: g.code("MP-99999-A")), "decoy", SHAPE),
            c("anläggnings_id", N, "VARCHAR", g.col(lambda: v.gsrn(g, "735999")), "decoy", SUPPLY, CHECK),
            c("förnamn", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("efternamn", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("personnummer", "national_id", "VARCHAR", [v.se_personnummer(g, r[2]) for r in rows]),
            c("gatuadress", "street_address", "VARCHAR", [v.street(g, "sv") for _ in rows], PREMISES),
            c("postnummer", "postal_code", "VARCHAR", [v.postcode(g, "sv", r[3][2]) for r in rows], PREMISES),
            c("postort", "city", "VARCHAR", [r[3][0] for r in rows]),
            c("län", N, "VARCHAR", [r[3][1] for r in rows], "decoy"),
            c("telefon", "phone", "VARCHAR", g.phones("SE", {"national": 0.6, "e164": 0.2, "intl": 0.2}, 0.75, 0.08)),
            c("epost", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["sv"]) for r in rows]),
            c("installerad_effekt_kw", N, "DOUBLE", g.floats(3.0, 29.9, 1), "decoy"),
            c(
                "växelriktare",
                N,
                "VARCHAR",
                g.col(g.pick(["Huawei SUN2000-10KTL", "Fronius Symo 8.2", "SMA STP 10.0", "SolarEdge SE8K"])),
                "decoy",
                PRODUCT,
            ),
            c("växelriktare_serienr", N, "VARCHAR", g.col(lambda: g.code("AA99A9999999")), "decoy", DEVICE),
            c("installatör", N, "VARCHAR", [x[0] for x in inst], "business"),
            c("installatör_orgnr", N, "VARCHAR", [x[1] for x in inst], "business", CHECK),
            c("elnätsbolag", N, "VARCHAR", g.col(g.pick(["Dalanät", "Bergslagens Nät", "Siljans Elnät"])), "business"),
            c("startdatum", N, "DATE", g.days("2016-01-01", "2025-11-01"), "decoy"),
            c("ersättning_öre_kwh", N, "DECIMAL(6,2)", g.amounts(20, 95), "decoy"),
            c("skattereduktion", N, "BOOLEAN", g.yn(True, False, 0.85), "decoy"),
            c("utbetalning_iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "SE", g.rnd.random() < 0.4), 0.2)),
            c("kontaktperson", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "sv"), 0.8), ROLE, HEAVY),
            c("handläggare", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
            c("anteckning", "free_text", "VARCHAR", g.sparse(note, 0.78, ("", "-", "saknas", "ingen")), NULLWORD),
            c(
                "extra_1",
                N,
                "VARCHAR",
                g.col(g.pick(["Longi", "JA Solar", "Trina", "REC", "Jinko"])),
                "decoy",
                OPAQUE,
                PRODUCT,
            ),
            c("extra_2", "email", "VARCHAR", g.col(lambda: v.email(g, "sv"), 0.7), OPAQUE, HEAVY),
        ],
    )


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (rep_customer_master, 420),
    (gas_route_book, 380),
    (port_out_log, 360),
    (prepaid_topups, 470),
    (rica_register, 400),
    (smart_meter_appointments, 450),
    (sim_swap_requests, 400),
    (cable_work_orders, 440),
    (outage_callbacks, 330),
    (de_nahwaerme_mitglieder, 320),
    (nl_waterschap_aanslagen, 450),
    (fr_recouvrement, 340),
    (es_bono_social, 400),
    (pt_pedidos_cobertura, 380),
    (sv_mikroproduktion, 310),
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
