"""Held-out set v71 for the column classifier: 15 tables of *public-sector legacy systems*, one system per table and
each a different public body, eight with English column names (West Virginia, Louisiana, County Clare, central Texas,
Montana, Canterbury in New Zealand, Toronto and Fermanagh and Omagh) and seven in Danish, German, Spanish, French,
Italian, Polish and Dutch. Eight are legacy extracts (AS/400 files, COBOL copybooks, fixed-width files, SAP tables):
SCREAMING names glued to a two-letter file prefix (``TPSSN``, ``CVPNAM``, ``RDNOMR``), copybook names with hyphens
(``PR-CLMT-SURNAME``, ``PR-AGENT-PPSN``), SAP's five- and six-letter German abbreviations (``NACHN``, ``VORNA``,
``GBDAT``, ``GBNAM``, ``PSTLZ``, ``ORT01``) and names cut to six to eight characters (``STULNM``, ``PRNT1PH``,
``EMRGNM``, ``FORNVN``, ``AEGPNR``, ``NIFTIT``, ``DOMFIS``), fixed-width values padded with blanks, dates as
``YYYYMMDD``, ``CYYMMDD``, ``YYDDD`` and ``YYYYDDD`` numbers and as SAP ``DATS`` text (``00000000`` for none), and
SSNs, phones and postal codes kept as numbers with 0 or blanks for missing; the other seven are modern (snake, camel
and Pascal case), with abbreviations (``hoh_fnm``, ``ctc_ph``, ``alt_ctc_nm``, ``bldg_pc``), a source prefix
(``src_crm_col17``) and opaque custom fields holding personal data (``TPUDF1``, ``CVUDF2``, ``User2``,
``extraField2``, ``misc_2``, ``ZZFELD2``, ``campoLibero2``, ``pole_dod_2``, ``vrij_veld_2``) beside opaque fields
holding none (``TPUDF2``, ``CVUDF1``, ``User1``, ``User3``, ``User4``, ``extraField1``, ``misc_1``, ``ZZFELD1``,
``campoLibero1``, ``pole_dod_1``, ``vrij_veld_1``, ``src_crm_col18``):

* ``TXLIB.TPMSTP``: a West Virginia state tax department's individual taxpayer master on an AS/400 (SSN and the
  spouse's SSN as numbers, 0 for single filers, the spouse as ``LAST FIRST``, the middle initial, ZIP and phones as
  numbers, ``TPDOB`` as ``CYYMMDD``, employers and their FEINs, the refund's routing number, the account's last four
  digits, preparers, user profiles and programs, ``TPUDF1`` the e-filer's e-mail);
* ``CRTLIB.CVPTYP``: a Lafourche-area Louisiana parish clerk of court's civil case party file (party names as
  ``LAST, FIRST MI`` with creditor companies among them, aliases, the domicile served, dates of birth as numbers with
  0, the SSN's last four, driver's licences, attorneys, bar roll numbers and firms, deputies who served, minute notes,
  ``CVUDF2`` a minor's tutor);
* ``BPAYRUN.PAYMENT_FILE_W47``: a County Clare social-welfare office's weekly payment run unloaded with its COBOL
  copybook's names (PPSN, the claimant, the qualified adult and the collecting agent with their PPSNs, scheme codes,
  the payment date as ``YYDDD``, IBAN, BIC and the account holder, the post office, Eircodes, deciding officers);
* ``TXSIS.STUDEMO``: a central Texas school district's fixed-width student demographic extract for state reporting
  (state unique ids, SSNs mostly blank, middle names, the parent, the emergency contact and their phones as numbers,
  homeroom teachers, lunch PINs, bus routes);
* ``polaris_ccmt.PatronRegistration``: a central Montana library consortium's patron registrations from its
  Polaris-style ILS (Pascal case: ``NameFirst``, ``NameMiddle``, ``PhoneVoice1``, ``StreetTwo``, patron barcodes with
  their check digit, ``User2`` the parent of a juvenile card, logins, password hashes, self-check PINs, book titles);
* ``consents_wdc.buildingConsents``: a Canterbury (New Zealand) district council's building consent register (camel
  case: the site being built on, the owners and co-owner, the design firm, licensed building practitioners and their
  numbers, NZBN with its check digit, processing officers, site coordinates, ``extraField2`` a site contact's phone);
* ``tchc_rent.tenant_ledger_lines``: a Toronto community housing provider's rent ledger lines joined to the head of
  household (SIN for rent-geared-to-income, the unit's building address, the alternate contact, ``notes2`` a second
  occupant's name, arrears notes, ``src_crm_col17`` a phone, an e-mail or a name by row, bank transit numbers and the
  account's last four digits);
* ``fermanagh_omagh.dog_licences``: a Northern Ireland district council's dog licences (the keeper, the keeper's birth
  date for the over-65 concession, townlands, BT postcodes, dogs named like people, microchips, wardens, seizure notes,
  the previous keeper, the online payer's IP, ``misc_2`` an SMS number);
* ``CPRKOM.BEFUDTR``: a Viborg-area municipality's population register extract from the CPR (Danish, fixed width: the
  CPR number encoding the birth date and sex, ``ADRNVN`` as ``Family,Given``, the spouse's, mother's and father's CPR
  numbers, the guardian, street name, house number, floor and door apart, postcode as a number, the caseworker);
* ``SAPVW.ZVW_MITGL``: a Westphalian physicians' pension fund's (Versorgungswerk) member master in SAP-style names
  (German: ``RVNUM`` the pension-insurance number, ``STEID`` the Steuer-ID, ``GBNAM`` the birth name, ``GBORT``,
  ``SMTP_ADDR``, IBAN and the bank key, the chamber, hospitals, ``HINTN`` the surviving dependant, ``AENAM``);
* ``IVTMPAD.PADVEH25``: a La Safor (Valencia) municipality's vehicle-tax roll (IVTM) as the provincial tax agency
  delivers it (Spanish, fixed width: ``NIFTIT`` a DNI, NIE or a company's CIF, two family names, the fiscal domicile,
  postcode and phone as numbers, plates, VINs, the direct-debit IBAN and a different account holder, gestorías and
  their CIF, ``FECMOD`` as ``CYYMMDD``);
* ``REOMLIB.FICRED``: a Mâconnais community of communes' household-waste fee (REOM) billing file from its AS/400
  (French, ``RD`` prefix: the payer, the maiden name, the spouse, billing and collection addresses, bin chips, the
  landlord of tenants, SEPA IBAN and mandate, the creditor id, SIREN of professionals, observations naming people,
  birth dates as numbers with 0 for the elderly-relief check);
* ``polizia_locale.verbaliSosta``: a Bassano-area municipal police's parking-fine back office (Italian, camel case: the
  vehicle's owner from the register as ``COGNOME NOME`` with hire companies among them, the codice fiscale, the driver
  when identified, PEC addresses, appeals naming relatives, plates, pagoPA codes, ``codice`` the driver's licence,
  ``campoLibero2`` an ordinary e-mail);
* ``ewybory_gmina.spis_wyborcow``: a gmina near Kraków's voter roll extract for an election (Polish, snake case: PESEL
  encoding the birth date, ``drugie_imie``, ``imie_ojca``, house number apart, proxies, correspondence addresses for
  postal voting, polling stations, ``pole_dod_2`` a contact phone);
* ``brk_assen.zakelijk_gerechtigden``: a Drenthe municipality's extract of registered owners from the land registry
  (Dutch: ``geslachtsnaam``, ``voorvoegsels``, ``voornamen``, BSN, the residence and the parcel's address, the partner,
  notaries, purchase prices, the mortgagee bank and its RSIN, RD coordinates, ``vrij_veld_2`` the owner's e-mail).

Written **blind**, like v2 to v68: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its rules, documentation, tests, changelog, history or notes, only the list of kind names and their docstrings
(``governance_dagster/kinds.py``), how the scorer registers a set (``heldout_v2_accuracy.py``, read, never run), the
*structure* and labeling conventions of v27 (``heldout_v27.py``, ``heldout_v27_values.py``, its test,
``tests/heldout_support.py``), the module docstrings of v24 to v68 (to avoid their domains and follow their labeling
conventions), the ``Column``/``Table`` classes and writer they build on (``heldout_v2.py``, ``heldout_v4.py``), the
ruff section of ``pyproject.toml`` and the sources of python-stdnum and phonenumbers. The classifier was not run on
this set while it was written, no scorer was run on it, and no score of any set was looked at: nothing here was
adjusted to what the classifier does. It was written under a short deadline (about an hour, the tests and lint
included), so some labels below are quick decisions rather than settled conventions. It imports no earlier set's
value module: its random source, name lists, streets, towns, postal codes and identifier builders are its own
(:mod:`benchmarks.classification.heldout_v71_values`; the generic ``Gen`` helpers were copied from v27's).

What is new against v2 to v68: earlier sets had public registers (v26 a voter file, a library and a parking operator,
v29 a German Melderegister, v44 a Bavarian dog-tax register, v57 a Michigan voter file, a Manitoba library, Cardiff
parking notices, Cork planning applications and council waste accounts, v58 a Kansas retirement system's COBOL
member master, v46 a Corfu cadastral extract); every organisation and shape here is new: a state taxpayer master, a
parish court's party file, a welfare payment run, a state-reporting student extract, a CPR extract, a professional
pension fund in SAP names, a Spanish vehicle-tax roll, a French waste-fee file, a Polaris patron export, New Zealand
building consents, a public-housing rent ledger, Northern Irish dog licences, Italian parking fines, a Polish voter
roll and a Dutch land-registry owner extract; eight legacy extracts in one set, COBOL names with hyphens.

* legacy extracts (tag ``legacy``; ``padded`` for fixed-width CHAR values, ``int_date`` for dates kept as numbers or
  ``DATS`` text, ``numeric_id`` for SSNs, phones, ZIP codes and postcodes kept as numbers, ``zero_missing`` where 0
  means missing);
* decoys (tag ``decoy``; ``value_shape`` when shaped like an identifier): case, claim, consent, licence, receipt,
  notice and record numbers (tag ``permit_number``), bar roll, practitioner and badge numbers (tag
  ``professional_id``), plates, VINs and models (tag ``vehicle``), dogs' names, breeds and microchips (tag
  ``animal``), state student ids, legal descriptions, valuation and cadastral numbers, pagoPA codes, RUM mandate
  references, bin chips, BIC, bank keys and transit numbers, hashes (tag ``hashed``), versions (tag ``version``),
  site and parcel coordinates (tag ``coordinates``), event dates (tag ``event_date``), amounts, codes and flags;
* decoys with check digits (tag ``check_digit``, all ``none``): ABA routing numbers, library patron barcodes (Luhn),
  NZBN (GS1), a gestoría's CIF, SIREN of professionals and a mortgagee bank's RSIN (11-proof);
* credentials (tag ``credential``, ``none``): lunch PINs, self-check PINs, password hashes; partial values (tag
  ``partial``, ``none``): an SSN's and bank accounts' last four digits;
* identifiers with check digits (python-stdnum): the US SSN (also as a number), the Irish PPSN, the Canadian SIN and
  the German pension-insurance number (``ssn``); the Danish CPR number (encoding the row's birth date and sex), the
  Steuer-ID, DNI and NIE, the codice fiscale (the row's name, birth date and comune), PESEL (the row's birth date and
  sex) and the BSN (``national_id``), and without one a Louisiana driver's licence and an Italian driving licence
  (``national_id``); Irish, German, Spanish and French IBANs; phones of the United States, New Zealand, Canada, the
  United Kingdom, Germany, Spain, France, Italy and Poland (phonenumbers) in national, international, E.164 and dashed
  forms and as numbers; IPv4 and IPv6. No card numbers are in the set.

Tags: ``legacy``, ``padded``, ``int_date``, ``numeric_id``, ``zero_missing``, ``decoy``, ``business``,
``value_shape``, ``check_digit``, ``permit_number``, ``professional_id``, ``vehicle``, ``animal``, ``coordinates``,
``hashed``, ``version``, ``event_date``, ``credential``, ``partial``, ``join_key``, ``null_heavy``,
``nullword_heavy``, ``staff``, ``role_word``, ``premises``, ``username``, ``audit``, ``service_account``, ``opaque``,
``misleading``, ``mixed_kinds``, ``abbrev``.

Labeling choices a reader may question:

* kinds.py puts every country's social-security number under ``ssn``: the US SSN, the Irish PPSN, the Canadian SIN
  and the German Rentenversicherungsnummer (``RVNUM``) are ``ssn``; the Steuer-ID, the CPR number, DNI, NIE, the
  codice fiscale, PESEL, the BSN and driving licences are ``national_id``; ``NIFTIT`` and ``codiceFiscale`` are
  ``national_id`` though about a tenth of their rows hold a company's CIF or partita IVA (their owners are mostly
  people), and so ``APE1`` and ``obbligatoSolidale`` stay ``last_name`` and ``person_name`` with companies among
  them, as ``CVPNAM`` with creditor companies;
* a middle initial (``TPMINI``), a middle name (``STUMNM``, ``NameMiddle``, ``drugie_imie``) and a father's given name
  (``imie_ojca``) are ``first_name``; a maiden or birth name (``RDNOMJ``, ``GBNAM``) and Dutch ``voorvoegsels`` are
  ``last_name``; ``LAST FIRST``, ``LAST, FIRST MI`` and ``Family,Given`` cells are ``person_name``;
* a Danish street name, house number, floor and door (``VEJNVN``, ``HUSNR``, ``ETAGE``, ``SIDEDR``), the Dutch
  ``huisnummer`` and the Polish ``nr_domu`` are ``street_address`` (parts of a person's home address); an Irish
  address line holding the area or estate is ``street_address``; the site of a building consent, a public-housing
  building's address (with its postcode), a waste collection address, the domicile served and a parcel's address are
  ``street_address`` (tag ``premises``: homes); where a fine was issued (``luogoInfrazione``) is ``none``;
* a birthplace (``GBORT``, ``luogoNascita``, ``geboorteplaats``) and a New Zealand suburb are ``city``; counties,
  provinces, ``powiat``, ``gmina``, wards, parishes, municipality codes and US states are ``none``;
* a staff member's name (deputies, deciding officers, teachers, processing officers, caseworkers, agents, wardens,
  notaries) is ``person_name`` (tag ``staff``); AS/400 user profiles, SAP ``AENAM`` and portal logins are
  ``unclassified`` (tag ``username``), batch programs and extract jobs ``none`` (tag ``service_account``);
* spouses, qualified adults, agents, account holders, parents, emergency contacts, tutors, guardians, co-owners,
  landlords, proxies, previous keepers, partners and the vehicle's owner are ``person_name`` (tag ``role_word``);
  attorneys and licensed building practitioners are ``person_name`` too, their firms, bar roll and practitioner
  numbers ``none``;
* ``notes2`` holds a second occupant's name (``person_name``), ``codice`` an Italian driving licence number
  (``national_id``), ``TPUDF1`` e-filers' e-mail addresses (``email``), all tag ``misleading``; ``dog_name`` holds
  dogs' names that look like people's (``none``, tag ``misleading``); ``src_crm_col17`` mixes phones, e-mail
  addresses and names by row (``free_text``, tag ``mixed_kinds``);
* minute notes, arrears notes, seizure notes, appeal texts, observations and ``uwagi`` naming people are
  ``free_text``;
* a date of death, dates moved in, filed, served, issued or billed are ``none`` (tag ``event_date``); dates of birth
  kept as numbers or ``DATS`` text keep ``date_of_birth``; phones, SSNs and postcodes kept as numbers keep their kind;
* a state student id (``TXUNIQ``), a CPR extract's housing unit (``BBRENH``) and a member number are ``none`` (keys);
  a lunch PIN is ``none`` (tag ``credential``); the payer's IP of an online licence is ``ip_address``.

Labeling rules otherwise as v27 (see :mod:`benchmarks.classification.heldout_v27`): a business's address, phone,
postal code, city and contact are ``none`` (tag ``business``); ``null_heavy`` means 50-95% NULL, ``nullword_heavy``
70-95% NULL words or blanks. Rows per table: 340 to 470.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of names, streets, towns
and postal codes of :mod:`benchmarks.classification.heldout_v71_values`, written for v71 (no Faker, no list of real
people, no breach data). Build: ``python -m benchmarks.classification.heldout_v71 [PATH]`` (default
``/tmp/heldout_v71.duckdb``). Score: ``python -m benchmarks.classification.heldout_v2_accuracy --set v71``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v71_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v71_values import NULLISH, SEED, USERNAME, Gen, N, c, cyymmdd, julian, pad, ymd

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

DEFAULT_PATH = Path("/tmp/heldout_v71.duckdb")

NULLWORD = "nullword_heavy"  # 70-95% NULL-like strings, blanks and empty strings (few real NULLs)
HEAVY = "null_heavy"  # 50-95% NULL
SHAPE = "value_shape"
MISLEADING = "misleading"
STAFF = "staff"  # staff named in a column with few distinct values
ROLE = "role_word"  # a role word (spouse, agent, guardian, proxy, keeper, owner ...) holding people
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
SERVICE = "service_account"  # an audit column holding only batch programs or jobs (none)
PREMISES = "premises"  # a person's home named as a site, a collection point or a unit
KEY = "join_key"
PARTIAL = "partial"  # the last four digits of an SSN or an account: none
CREDENTIAL = "credential"  # a PIN or a password hash (none)
LEGACY = "legacy"  # a column of a legacy extract (AS/400, COBOL copybook, fixed-width file, SAP)
PADDED = "padded"  # fixed-width CHAR values padded with blanks
INT_DATE = "int_date"  # a date kept as a number (YYYYMMDD, CYYMMDD, YYDDD, YYYYDDD)
NUMERIC_ID = "numeric_id"  # a phone, an SSN or a postal code kept as a number
ZERO = "zero_missing"  # 0 means missing
CHECK = "check_digit"  # a decoy with a check digit (routing number, CIF, SIREN, RSIN, NZBN, barcode)
OPAQUE = "opaque"  # a custom field with an opaque name (UDF, User2, misc_2, ZZFELD2, pole_dod_2 ...)
MIXED = "mixed_kinds"  # a column mixing kinds by row (free_text)
COORD = "coordinates"
HASHED = "hashed"
VERSION = "version"
VEHICLE = "vehicle"  # a plate, a VIN, a make or model (none)
ANIMAL = "animal"  # a dog's name, breed or colour (none)
PERMIT = "permit_number"  # a licence, consent, case, receipt or notice number (none)
PROFESSIONAL = "professional_id"  # a bar roll or practitioner number (none)
EVENT = "event_date"  # a date of an event, not of a person's birth


def _words(*extra: str) -> tuple[str, ...]:
    return ("", "-", "NULL", "n/a", "N/A") + extra


def _blank(values: list, share: float, g: Gen) -> list:
    """``share`` of ``values`` replaced by ''."""
    return ["" if g.rnd.random() < share else x for x in values]


def _padded(values: list, width: int) -> list[str]:
    return [pad(x, width) for x in values]


# -- English: legacy -----------------------------------------------------------------------------------------------------


def wv_taxpayer_master(g: Gen) -> Table:
    """A West Virginia state tax department's individual taxpayer master on an AS/400 (``TP`` prefix)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "us", female)
        town = g.rnd.choice(v.WV_TOWNS)
        married = g.rnd.random() < 0.45
        spouse = v.person(g, "us", not female) if married else None
        rows.append((a, b, town, married, spouse))
    births = [g.birth(1930, 2005) for _ in range(g.rows)]
    users = v.logins(g, "us", 5, 2)
    employers = [
        "WVU MEDICINE",
        "CAMC HEALTH SYSTEM",
        "KROGER LTD PARTNERSHIP I",
        "COUNTY BOARD OF EDUCATION",
        "ALPHA METALLURGICAL RES",
        "WAL-MART ASSOCIATES INC",
        "SELF EMPLOYED",
        "RETIRED",
    ]
    areas = v.US_AREAS["wv"]
    efile = [g.rnd.random() < 0.45 for _ in range(g.rows)]
    return Table(
        "TXLIB.TPMSTP",
        "en",
        "screaming",
        [
            c("TPTXID", N, "BIGINT", g.keys(40_000_001, 7), "decoy", KEY, LEGACY),
            c("TPSSN", "ssn", "BIGINT", [int(v.us_ssn(g)) for _ in range(g.rows)], LEGACY, NUMERIC_ID),
            c("TPLNAM", "last_name", "VARCHAR", _padded([r[1].upper() for r in rows], 20), LEGACY, PADDED),
            c("TPFNAM", "first_name", "VARCHAR", _padded([r[0].upper() for r in rows], 15), LEGACY, PADDED),
            c(
                "TPMINI",
                "first_name",
                "VARCHAR",
                [pad(g.rnd.choice("ABCDEJLMRSTW") if g.rnd.random() < 0.7 else "", 1) for _ in range(g.rows)],
                LEGACY,
                PADDED,
                ABBREV,
            ),
            c(
                "TPSFX",
                N,
                "VARCHAR",
                [
                    pad(g.rnd.choice(["JR", "SR", "II", "III", ""]) if g.rnd.random() < 0.5 else "", 3)
                    for _ in range(g.rows)
                ],
                "decoy",
                LEGACY,
                PADDED,
            ),
            c(
                "TPSPSN",
                "ssn",
                "BIGINT",
                [int(v.us_ssn(g)) if r[3] else 0 for r in rows],
                ROLE,
                LEGACY,
                NUMERIC_ID,
                ZERO,
            ),
            c(
                "TPSPNM",
                "person_name",
                "VARCHAR",
                _padded([f"{r[4][1]} {r[4][0]}".upper() if r[3] else "" for r in rows], 30),
                ROLE,
                LEGACY,
                PADDED,
            ),
            c(
                "TPADR1",
                "street_address",
                "VARCHAR",
                _padded([v.us_street(g).upper() for _ in range(g.rows)], 30),
                LEGACY,
                PADDED,
            ),
            c("TPCITY", "city", "VARCHAR", _padded([r[2][0].upper() for r in rows], 20), LEGACY, PADDED),
            c(
                "TPSTAT",
                N,
                "VARCHAR",
                ["WV" if g.rnd.random() < 0.9 else g.rnd.choice(["OH", "PA", "VA", "KY"]) for _ in range(g.rows)],
                "decoy",
                LEGACY,
            ),
            c("TPZIP", "postal_code", "INTEGER", [int(r[2][1] + g.digits(2)) for r in rows], LEGACY, NUMERIC_ID),
            c(
                "TPHPHN",
                "phone",
                "BIGINT",
                [g.phone_int("US", areas, 0.2) for _ in range(g.rows)],
                LEGACY,
                NUMERIC_ID,
                ZERO,
            ),
            c(
                "TPWPHN",
                "phone",
                "BIGINT",
                [g.phone_int("US", areas, 0.6, 0.3) for _ in range(g.rows)],
                LEGACY,
                NUMERIC_ID,
                ZERO,
            ),
            c("TPDOB", "date_of_birth", "INTEGER", [cyymmdd(d) for d in births], LEGACY, INT_DATE),
            c("TPFLST", N, "INTEGER", [2 if r[3] else g.rnd.choice([1, 1, 4, 3]) for r in rows], "decoy", LEGACY),
            c("TPEXMP", N, "INTEGER", g.ints(0, 6), "decoy", LEGACY),
            c("TPEMPR", N, "VARCHAR", _padded(g.col(g.pick(employers)), 25), "business", LEGACY, PADDED),
            c(
                "TPFEIN",
                N,
                "BIGINT",
                g.col(lambda: int(g.rnd.choice(["55", "20", "31", "61"]) + g.digits(7))),
                "business",
                SHAPE,
                LEGACY,
                NUMERIC_ID,
            ),
            c("TPLRTN", N, "INTEGER", g.col(g.pick([2022, 2023, 2024, 2024, 2024])), "decoy", LEGACY),
            c("TPREFD", N, "DECIMAL(9,2)", g.amounts(0, 3_800), "decoy", LEGACY),
            c(
                "TPRTN",
                N,
                "VARCHAR",
                [v.routing_number(g) if g.rnd.random() < 0.6 else pad("", 9) for _ in range(g.rows)],
                "decoy",
                CHECK,
                SHAPE,
                LEGACY,
            ),
            c("TPACL4", N, "VARCHAR", [g.digits(4) for _ in range(g.rows)], "decoy", PARTIAL, LEGACY),
            c(
                "TPPRNM",
                N,
                "VARCHAR",
                _padded(
                    g.col(
                        g.pick(
                            [
                                "H&R BLOCK #4471",
                                "JACKSON HEWITT 0212",
                                "SELF PREPARED",
                                "MOUNTAINEER TAX SVC",
                                "TURBOTAX ONLINE",
                            ]
                        )
                    ),
                    25,
                ),
                "business",
                LEGACY,
                PADDED,
            ),
            c("TPSTCD", N, "VARCHAR", g.col(g.pick(["A", "A", "A", "I", "D"])), "decoy", LEGACY),
            c(
                "TPDCDT",
                N,
                "INTEGER",
                [cyymmdd(g.day("2019-01-01", "2025-06-30")) if g.rnd.random() < 0.08 else 0 for _ in range(g.rows)],
                "decoy",
                LEGACY,
                INT_DATE,
                ZERO,
                EVENT,
            ),
            c("TPCHGU", USERNAME, "VARCHAR", _padded(g.col(g.pick(users)), 10), USER, AUDIT, LEGACY, PADDED),
            c("TPCHGP", N, "VARCHAR", g.col(g.pick(["TP0410R", "TPEFIL1", "TPBATCH"])), "decoy", SERVICE, LEGACY),
            c(
                "TPCHGD",
                N,
                "INTEGER",
                [cyymmdd(g.day("2024-01-02", "2025-11-28")) for _ in range(g.rows)],
                "decoy",
                LEGACY,
                INT_DATE,
                EVENT,
            ),
            c(
                "TPUDF1",
                "email",
                "VARCHAR",
                _padded(
                    [
                        v.email_of(g, r[0], r[1], v.DOMAINS["us"]).upper() if e else ""
                        for r, e in zip(rows, efile, strict=True)
                    ],
                    40,
                ),
                OPAQUE,
                MISLEADING,
                LEGACY,
                PADDED,
            ),
            c(
                "TPUDF2",
                N,
                "VARCHAR",
                [f"{g.rnd.randint(1, 55) * 2 - 1:03d}" for _ in range(g.rows)],
                "decoy",
                OPAQUE,
                LEGACY,
            ),
        ],
    )


def la_court_parties(g: Gen) -> Table:
    """A Lafourche-area Louisiana parish clerk of court's civil case party file on an AS/400 (``CV`` prefix)."""
    companies = [
        "CAPITAL ONE NA",
        "MIDLAND CREDIT MGMT INC",
        "BAYOU FINANCE LLC",
        "REGIONAL FINANCE CORP",
        "OCHSNER CLINIC FOUNDATION",
        "STATE FARM MUTUAL AUTO INS",
    ]
    areas = v.US_AREAS["la"]
    rows = []
    for _ in range(g.rows):
        company = g.rnd.random() < 0.14
        a, b = v.person(g, "us")
        name = g.rnd.choice(companies) if company else f"{b}, {a} {g.rnd.choice('ABCDJLMRT')}".upper()
        rows.append((company, name, g.rnd.choice(v.LA_TOWNS)))
    attys = [
        (
            v.whole(g, "us").upper(),
            g.digits(5),
            g.rnd.choice(["LEBLANC & GUIDRY LLC", "BAYOU LAW GROUP", "ROBICHAUX FONTENOT APLC"]),
        )
        for _ in range(9)
    ]
    atty = [g.rnd.choice(attys) if g.rnd.random() < 0.65 else ("", "", "") for _ in range(g.rows)]
    deputies = v.staff(g, "us", 5, lambda x, lang: f"DEP {v.person(x, lang)[1].upper()}")
    clerks = v.logins(g, "us", 4, 2)

    def note() -> str:
        return g.rnd.choice(
            [
                f"SERVED ON WIFE {v.given(g, 'us').upper()} AT DOMICILE",
                f"ATTY {v.whole(g, 'us').upper()} ENROLLED FOR DEF",
                "NO SUCH ADDRESS PER USPS",
                f"TUTOR {v.whole(g, 'us').upper()} APPOINTED",
                "CONT WITHOUT DATE",
            ]
        )

    tutor = [pad(v.whole(g, "us").upper(), 30) if g.rnd.random() < 0.12 else pad("", 30) for _ in range(g.rows)]
    return Table(
        "CRTLIB.CVPTYP",
        "en",
        "screaming",
        [
            c("CVCASE", N, "VARCHAR", g.col(lambda: g.code("20259-99999")), "decoy", PERMIT, SHAPE, LEGACY),
            c("CVSEQ", N, "INTEGER", g.ints(1, 6), "decoy", LEGACY),
            c("CVPTYP", N, "VARCHAR", g.col(g.pick(["PLT", "DEF", "DEF", "GAR", "INT"])), "decoy", LEGACY),
            c("CVPNAM", "person_name", "VARCHAR", _padded([r[1] for r in rows], 35), LEGACY, PADDED),
            c(
                "CVALIA",
                "person_name",
                "VARCHAR",
                [pad(v.whole(g, "us").upper(), 30) if g.rnd.random() < 0.15 else pad("", 30) for _ in range(g.rows)],
                LEGACY,
                PADDED,
                NULLWORD,
            ),
            c(
                "CVADR1",
                "street_address",
                "VARCHAR",
                _padded([v.us_street(g).upper() for _ in range(g.rows)], 30),
                LEGACY,
                PADDED,
            ),
            c("CVCITY", "city", "VARCHAR", _padded([r[2][0].upper() for r in rows], 18), LEGACY, PADDED),
            c("CVSTAT", N, "VARCHAR", ["LA"] * g.rows, "decoy", LEGACY),
            c("CVZIP", "postal_code", "INTEGER", [int(r[2][1] + g.digits(2)) for r in rows], LEGACY, NUMERIC_ID),
            c(
                "CVPHON",
                "phone",
                "BIGINT",
                [0 if r[0] else g.phone_int("US", areas, 0.4) for r in rows],
                LEGACY,
                NUMERIC_ID,
                ZERO,
            ),
            c(
                "CVDOB",
                "date_of_birth",
                "INTEGER",
                [0 if r[0] or g.rnd.random() < 0.4 else ymd(g.birth(1940, 2003)) for r in rows],
                LEGACY,
                INT_DATE,
                ZERO,
            ),
            c("CVSSN4", N, "INTEGER", [0 if r[0] else g.rnd.randint(1, 9999) for r in rows], "decoy", PARTIAL, LEGACY),
            c(
                "CVDLNO",
                "national_id",
                "VARCHAR",
                [pad("" if r[0] or g.rnd.random() < 0.45 else g.digits(9), 9) for r in rows],
                LEGACY,
                PADDED,
            ),
            c("CVATNM", "person_name", "VARCHAR", _padded([a[0] for a in atty], 30), ROLE, LEGACY, PADDED),
            c("CVATBR", N, "VARCHAR", _padded([a[1] for a in atty], 6), "decoy", PROFESSIONAL, LEGACY, PADDED),
            c("CVATFM", N, "VARCHAR", _padded([a[2] for a in atty], 30), "business", LEGACY, PADDED),
            c(
                "CVATPH",
                N,
                "VARCHAR",
                [pad(f"985555{g.rnd.randint(100, 199):04d}" if a[0] else "", 10) for a in atty],
                "business",
                LEGACY,
                PADDED,
            ),
            c(
                "CVFLDT",
                N,
                "INTEGER",
                [ymd(g.day("2023-01-01", "2025-10-31")) for _ in range(g.rows)],
                "decoy",
                LEGACY,
                INT_DATE,
                EVENT,
            ),
            c(
                "CVSVDT",
                N,
                "INTEGER",
                [ymd(g.day("2023-01-01", "2025-11-20")) if g.rnd.random() < 0.7 else 0 for _ in range(g.rows)],
                "decoy",
                LEGACY,
                INT_DATE,
                ZERO,
                EVENT,
            ),
            c("CVSVBY", "person_name", "VARCHAR", _padded(g.col(g.pick(deputies)), 20), STAFF, LEGACY, PADDED),
            c(
                "CVSVTP",
                N,
                "VARCHAR",
                g.col(g.pick(["PERSONAL", "DOMICILIARY", "LONG ARM", "SEC OF STATE"])),
                "decoy",
                LEGACY,
            ),
            c(
                "CVSVAD",
                "street_address",
                "VARCHAR",
                _padded([v.us_street(g).upper() for _ in range(g.rows)], 30),
                PREMISES,
                LEGACY,
                PADDED,
            ),
            c("CVJDGT", N, "DECIMAL(11,2)", g.amounts(0, 48_000), "decoy", LEGACY),
            c("CVDISP", N, "VARCHAR", g.col(g.pick(["OPEN", "JDGT", "DISM", "SETL", "DFLT"])), "decoy", LEGACY),
            c("CVNOTE", "free_text", "VARCHAR", _padded(g.sparse(note, 0.55, ("",)), 60), LEGACY, PADDED),
            c("CVUSER", USERNAME, "VARCHAR", _padded(g.col(g.pick(clerks)), 10), USER, AUDIT, LEGACY, PADDED),
            c("CVPGM", N, "VARCHAR", g.col(g.pick(["CV200R", "CVEFILE"])), "decoy", SERVICE, LEGACY),
            c("CVDIV", N, "VARCHAR", g.col(g.pick(list("ABCDE"))), "decoy", LEGACY),
            c("CVUDF1", N, "VARCHAR", g.col(g.pick(["Y", "N", "N"])), "decoy", OPAQUE, LEGACY),
            c("CVUDF2", "person_name", "VARCHAR", tutor, OPAQUE, ROLE, NULLWORD, LEGACY, PADDED),
        ],
    )


def ie_welfare_payrun(g: Gen) -> Table:
    """A Clare social-welfare office's weekly payment run file unloaded with its COBOL copybook's names."""
    schemes = [
        ("JA", "JOBSEEKERS ALLOWANCE", 244.0),
        ("SPC", "STATE PENSION CONTRIB", 299.3),
        ("OFP", "ONE PARENT FAMILY PAYMT", 244.0),
        ("DA", "DISABILITY ALLOWANCE", 244.0),
        ("CA", "CARERS ALLOWANCE", 268.0),
    ]
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "ie")
        place = g.rnd.choice(v.IE_PLACES)
        eft = g.rnd.random() < 0.62
        qa = g.rnd.random() < 0.4
        agent = g.rnd.random() < 0.14
        rows.append((a, b, place, eft, qa, agent, g.rnd.choice(schemes)))
    officers = v.staff(g, "ie", 4)
    post_offices = [f"{p[0].upper()} P.O." for p in v.IE_PLACES]
    return Table(
        "BPAYRUN.PAYMENT_FILE_W47",
        "en",
        "screaming",
        [
            c("PR-RUN-ID", N, "VARCHAR", ["W47-2025-03"] * g.rows, "decoy", LEGACY),
            c("PR-REC-SEQ", N, "INTEGER", g.keys(1), "decoy", KEY, LEGACY),
            c("PR-REC-TYPE", N, "VARCHAR", ["D"] * g.rows, "decoy", LEGACY),
            c("PR-CLAIM-NO", N, "VARCHAR", g.col(lambda: g.code("CL99999999")), "decoy", SHAPE, LEGACY),
            c("PR-PPSN", "ssn", "VARCHAR", _padded([v.ie_pps(g) for _ in range(g.rows)], 9), LEGACY, PADDED),
            c("PR-CLMT-SURNAME", "last_name", "VARCHAR", _padded([r[1].upper() for r in rows], 25), LEGACY, PADDED),
            c("PR-CLMT-FORENAME", "first_name", "VARCHAR", _padded([r[0].upper() for r in rows], 20), LEGACY, PADDED),
            c(
                "PR-CLMT-DOB",
                "date_of_birth",
                "INTEGER",
                [ymd(g.birth(1935, 2005)) for _ in range(g.rows)],
                LEGACY,
                INT_DATE,
            ),
            c("PR-SCHEME-CD", N, "VARCHAR", _padded([r[6][0] for r in rows], 4), "decoy", LEGACY, PADDED),
            c("PR-SCHEME-DESC", N, "VARCHAR", _padded([r[6][1] for r in rows], 25), "decoy", LEGACY, PADDED),
            c("PR-WEEKLY-RATE", N, "DECIMAL(7,2)", [r[6][2] + (166.0 if r[4] else 0.0) for r in rows], "decoy", LEGACY),
            c(
                "PR-PAY-AMT-CENTS",
                N,
                "INTEGER",
                [int((r[6][2] + (166.0 if r[4] else 0.0)) * 100) for r in rows],
                "decoy",
                LEGACY,
            ),
            c("PR-PAY-DATE", N, "INTEGER", [julian(date(2025, 11, 19))] * g.rows, "decoy", LEGACY, INT_DATE, EVENT),
            c("PR-PAY-METHOD", N, "VARCHAR", ["EFT" if r[3] else "PO " for r in rows], "decoy", LEGACY, PADDED),
            c("PR-IBAN", "iban", "VARCHAR", [pad(v.iban(g, "IE") if r[3] else "", 22) for r in rows], LEGACY, PADDED),
            c(
                "PR-BIC",
                N,
                "VARCHAR",
                [pad(g.rnd.choice(["AIBKIE2D", "BOFIIE2D", "IPBSIE2D", "ULSBIE2D"]) if r[3] else "", 8) for r in rows],
                "decoy",
                SHAPE,
                LEGACY,
                PADDED,
            ),
            c(
                "PR-ACCT-HOLDER",
                "person_name",
                "VARCHAR",
                [pad(f"{r[0]} {r[1]}".upper() if r[3] else "", 30) for r in rows],
                ROLE,
                LEGACY,
                PADDED,
            ),
            c(
                "PR-PO-BRANCH",
                N,
                "VARCHAR",
                [pad("" if r[3] else g.rnd.choice(post_offices), 20) for r in rows],
                "business",
                LEGACY,
                PADDED,
            ),
            c(
                "PR-AGENT-NAME",
                "person_name",
                "VARCHAR",
                [pad(v.whole(g, "ie").upper() if r[5] else "", 30) for r in rows],
                ROLE,
                NULLWORD,
                LEGACY,
                PADDED,
            ),
            c(
                "PR-AGENT-PPSN",
                "ssn",
                "VARCHAR",
                [pad(v.ie_pps(g) if r[5] else "", 9) for r in rows],
                NULLWORD,
                LEGACY,
                PADDED,
            ),
            c(
                "PR-ADDR-LINE-1",
                "street_address",
                "VARCHAR",
                _padded([f"{g.rnd.randint(1, 90)} {g.rnd.choice(v.IE_STREETS)}".upper() for _ in range(g.rows)], 30),
                LEGACY,
                PADDED,
            ),
            c(
                "PR-ADDR-LINE-2",
                "street_address",
                "VARCHAR",
                _padded([g.rnd.choice(v.IE_AREAS).upper() if g.rnd.random() < 0.6 else "" for _ in rows], 30),
                LEGACY,
                PADDED,
            ),
            c("PR-ADDR-TOWN", "city", "VARCHAR", _padded([r[2][0].upper() for r in rows], 20), LEGACY, PADDED),
            c(
                "PR-ADDR-COUNTY",
                N,
                "VARCHAR",
                _padded([("CO. " + r[2][2]).upper() for r in rows], 15),
                "decoy",
                LEGACY,
                PADDED,
            ),
            c(
                "PR-EIRCODE",
                "postal_code",
                "VARCHAR",
                [pad(v.eircode(g, r[2][1]) if g.rnd.random() < 0.85 else "", 8) for r in rows],
                LEGACY,
                PADDED,
            ),
            c(
                "PR-QA-PPSN",
                "ssn",
                "VARCHAR",
                [pad(v.ie_pps(g) if r[4] else "", 9) for r in rows],
                ROLE,
                LEGACY,
                PADDED,
            ),
            c(
                "PR-QA-NAME",
                "person_name",
                "VARCHAR",
                [pad(f"{v.given(g, 'ie')} {r[1]}".upper() if r[4] else "", 30) for r in rows],
                ROLE,
                LEGACY,
                PADDED,
            ),
            c("PR-CHILD-DEP-CNT", N, "INTEGER", g.ints(0, 4), "decoy", LEGACY),
            c("PR-LOCAL-OFFICE", N, "VARCHAR", g.col(g.pick(["ENN", "KRH", "SHN", "NCW"])), "decoy", LEGACY),
            c(
                "PR-DECIDING-OFFICER",
                "person_name",
                "VARCHAR",
                _padded(g.col(g.pick(officers)), 30),
                STAFF,
                LEGACY,
                PADDED,
            ),
            c("PR-REC-HASH", N, "VARCHAR", g.col(lambda: g.md5().upper()), "decoy", HASHED, LEGACY),
        ],
    )


def tx_student_extract(g: Gen) -> Table:
    """A central Texas school district's fixed-width student demographic extract for state reporting (names cut to six
    to eight characters)."""
    rows = []
    for _ in range(g.rows):
        a, b = v.person(g, "us")
        town = g.rnd.choice(v.TX_TOWNS)
        rows.append((a, b, town, v.person(g, "us")))
    areas = v.US_AREAS["tx"]
    teachers = v.staff(g, "us", 7, lambda x, lang: f"{v.person(x, lang)[1]}, {v.person(x, lang)[0]}".upper())
    return Table(
        "TXSIS.STUDEMO",
        "en",
        "screaming",
        [
            c("DISTID", N, "VARCHAR", ["014906"] * g.rows, "decoy", LEGACY),
            c(
                "CAMPID",
                N,
                "VARCHAR",
                g.col(g.pick(["014906101", "014906102", "014906041", "014906001"])),
                "decoy",
                LEGACY,
            ),
            c("STUID", N, "INTEGER", g.keys(250_001, 3), "decoy", KEY, LEGACY),
            c("TXUNIQ", N, "VARCHAR", g.col(lambda: g.digits(10)), "decoy", KEY, SHAPE, LEGACY),
            c(
                "STUSSN",
                "ssn",
                "VARCHAR",
                [pad(v.us_ssn(g) if g.rnd.random() < 0.45 else "", 9) for _ in range(g.rows)],
                LEGACY,
                PADDED,
            ),
            c("STULNM", "last_name", "VARCHAR", _padded([r[1].upper() for r in rows], 25), LEGACY, PADDED),
            c("STUFNM", "first_name", "VARCHAR", _padded([r[0].upper() for r in rows], 15), LEGACY, PADDED),
            c(
                "STUMNM",
                "first_name",
                "VARCHAR",
                _padded([v.given(g, "us").upper() if g.rnd.random() < 0.65 else "" for _ in range(g.rows)], 15),
                LEGACY,
                PADDED,
            ),
            c("GENCD", N, "VARCHAR", g.col(g.pick(["M", "F"])), "decoy", LEGACY),
            c("DOB", "date_of_birth", "INTEGER", [ymd(g.birth(2007, 2020)) for _ in range(g.rows)], LEGACY, INT_DATE),
            c("ETHCD", N, "VARCHAR", g.col(g.pick(["H", "N"])), "decoy", LEGACY),
            c(
                "GRDLVL",
                N,
                "VARCHAR",
                g.col(g.pick(["KG", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"])),
                "decoy",
                LEGACY,
            ),
            c("HMLANG", N, "VARCHAR", g.col(g.pick(["01", "01", "01", "02", "98"])), "decoy", LEGACY),
            c("ECODIS", N, "VARCHAR", g.col(g.pick(["00", "01", "02", "99"])), "decoy", LEGACY),
            c("SPEDFL", N, "VARCHAR", g.col(g.pick(["0", "0", "0", "1"])), "decoy", LEGACY),
            c(
                "HMADR1",
                "street_address",
                "VARCHAR",
                _padded([v.us_street(g).upper() for _ in range(g.rows)], 30),
                LEGACY,
                PADDED,
            ),
            c("HMCITY", "city", "VARCHAR", _padded([r[2][0].upper() for r in rows], 18), LEGACY, PADDED),
            c("HMZIP", "postal_code", "INTEGER", [int(r[2][1] + g.digits(2)) for r in rows], LEGACY, NUMERIC_ID),
            c(
                "HMPHON",
                "phone",
                "BIGINT",
                [g.phone_int("US", areas, 0.25, 0.2) for _ in range(g.rows)],
                LEGACY,
                NUMERIC_ID,
                ZERO,
            ),
            c(
                "PRNT1NM",
                "person_name",
                "VARCHAR",
                _padded([f"{r[1]}, {r[3][0]}".upper() for r in rows], 30),
                ROLE,
                LEGACY,
                PADDED,
            ),
            c(
                "PRNT1PH",
                "phone",
                "BIGINT",
                [g.phone_int("US", areas, 0.1, 0.9) for _ in range(g.rows)],
                ROLE,
                LEGACY,
                NUMERIC_ID,
                ZERO,
            ),
            c(
                "PRNT1EM",
                "email",
                "VARCHAR",
                _padded(
                    [v.email_of(g, r[3][0], r[1], v.DOMAINS["us"]) if g.rnd.random() < 0.6 else "" for r in rows], 40
                ),
                ROLE,
                LEGACY,
                PADDED,
            ),
            c(
                "EMRGNM",
                "person_name",
                "VARCHAR",
                _padded([v.whole(g, "us").upper() for _ in range(g.rows)], 30),
                ROLE,
                LEGACY,
                PADDED,
            ),
            c(
                "EMRGPH",
                "phone",
                "BIGINT",
                [g.phone_int("US", areas, 0.15, 0.8) for _ in range(g.rows)],
                ROLE,
                LEGACY,
                NUMERIC_ID,
                ZERO,
            ),
            c("HRTCHR", "person_name", "VARCHAR", _padded(g.col(g.pick(teachers)), 25), STAFF, LEGACY, PADDED),
            c("BUSRTE", N, "VARCHAR", g.col(lambda: f"R-{g.rnd.randint(1, 40):02d}"), "decoy", LEGACY),
            c("LUNCHPN", N, "VARCHAR", g.col(lambda: g.digits(5)), "decoy", CREDENTIAL, LEGACY),
            c(
                "ENRLDT",
                N,
                "INTEGER",
                [ymd(g.day("2016-08-15", "2025-09-30")) for _ in range(g.rows)],
                "decoy",
                LEGACY,
                INT_DATE,
                EVENT,
            ),
            c(
                "WDRWCD",
                N,
                "VARCHAR",
                [pad(g.rnd.choice(["01", "03", "82", "98"]) if g.rnd.random() < 0.4 else "", 2) for _ in range(g.rows)],
                "decoy",
                LEGACY,
                PADDED,
            ),
            c("GPAWT", N, "DECIMAL(5,3)", g.floats(1.2, 5.0, 3), "decoy", LEGACY),
            c("ATTPCT", N, "DECIMAL(5,2)", g.floats(71.0, 100.0, 2), "decoy", LEGACY),
            c(
                "LSTUPD",
                N,
                "INTEGER",
                [ymd(g.day("2025-08-01", "2025-11-28")) for _ in range(g.rows)],
                "decoy",
                LEGACY,
                INT_DATE,
                EVENT,
            ),
        ],
    )


# -- English: modern -----------------------------------------------------------------------------------------------------


def mt_library_patrons(g: Gen) -> Table:
    """A central Montana library consortium's patron registrations exported from its Polaris-style ILS (Pascal)."""
    branches = [
        "Lewistown Public Library",
        "Havre-Hill County Library",
        "Glasgow City-County Library",
        "Miles City Public Library",
        "Roundup Community Library",
    ]
    rows = []
    for _ in range(g.rows):
        juvenile = g.rnd.random() < 0.32
        a, b = v.person(g, "us")
        born = g.birth(2009, 2019) if juvenile else g.birth(1935, 2006)
        rows.append((a, b, born, juvenile, g.rnd.choice(v.MT_TOWNS)))
    areas = v.US_AREAS["mt"]
    staff_logins = v.logins(g, "us", 5, 4)
    return Table(
        "polaris_ccmt.PatronRegistration",
        "en",
        "pascal",
        [
            c("PatronID", N, "INTEGER", g.keys(118_204, 3), "decoy", KEY),
            c("Barcode", N, "VARCHAR", [v.library_barcode(g) for _ in range(g.rows)], "decoy", CHECK, SHAPE),
            c("RegisteredBranch", N, "VARCHAR", g.col(g.pick(branches)), "business"),
            c(
                "PatronCode",
                N,
                "VARCHAR",
                ["Juvenile" if r[3] else g.rnd.choice(["Adult", "Adult", "Nonresident", "Homebound"]) for r in rows],
                "decoy",
            ),
            c("NameFirst", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("NameMiddle", "first_name", "VARCHAR", g.col(lambda: v.given(g, "us"), 0.58), HEAVY),
            c("NameLast", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("Birthdate", "date_of_birth", "DATE", [r[2] for r in rows]),
            c(
                "EmailAddress",
                "email",
                "VARCHAR",
                [v.email_of(g, r[0], r[1], v.DOMAINS["us"]) if g.rnd.random() < 0.7 else None for r in rows],
            ),
            c("AltEmailAddress", "email", "VARCHAR", g.col(lambda: v.email(g, "us"), 0.86), HEAVY),
            c("PhoneVoice1", "phone", "VARCHAR", g.phones("US", {"dashes": 0.6, "national": 0.4}, 0.6, 0.1, areas)),
            c("PhoneVoice2", "phone", "VARCHAR", g.phones("US", {"dashes": 1.0}, 0.8, 0.72, areas), HEAVY),
            c("StreetOne", "street_address", "VARCHAR", g.col(lambda: v.us_street(g))),
            c("StreetTwo", "street_address", "VARCHAR", g.col(lambda: f"PO Box {g.rnd.randint(1, 1999)}", 0.78), HEAVY),
            c("City", "city", "VARCHAR", [r[4][0] for r in rows]),
            c("State", N, "VARCHAR", ["MT"] * g.rows, "decoy"),
            c(
                "PostalCode",
                "postal_code",
                "VARCHAR",
                [r[4][1] + g.digits(2) + (f"-{g.digits(4)}" if g.rnd.random() < 0.3 else "") for r in rows],
            ),
            c("County", N, "VARCHAR", g.col(g.pick(["Fergus", "Hill", "Valley", "Custer", "Musselshell"])), "decoy"),
            c(
                "User1",
                N,
                "VARCHAR",
                g.col(g.pick(["RES-CITY", "RES-COUNTY", "NONRES", "RECIPROCAL"])),
                "decoy",
                OPAQUE,
            ),
            c(
                "User2",
                "person_name",
                "VARCHAR",
                [v.whole(g, "us") if r[3] else None for r in rows],
                OPAQUE,
                ROLE,
                HEAVY,
            ),
            c("User3", N, "VARCHAR", g.col(g.pick(["Y", "N"])), "decoy", OPAQUE),
            c("User4", N, "VARCHAR", g.col(g.pick(["ILL-LEW", "ILL-HAV", "NONE"])), "decoy", OPAQUE),
            c(
                "Username",
                USERNAME,
                "VARCHAR",
                [v.login(r[0], r[1], 1) if g.rnd.random() < 0.4 else None for r in rows],
                USER,
                HEAVY,
            ),
            c(
                "PasswordHash",
                N,
                "VARCHAR",
                g.col(lambda: "$2b$10$" + g.digits(53, v.string.ascii_letters + "./0123456789"), 0.3),
                "decoy",
                CREDENTIAL,
            ),
            c("SelfCheckPIN", N, "VARCHAR", g.col(lambda: g.digits(4)), "decoy", CREDENTIAL),
            c(
                "ChargesAmount",
                N,
                "DECIMAL(7,2)",
                [round(g.rnd.choice([0, 0, 0, 0.25, 1.5, 12.0]) * g.rnd.randint(1, 4), 2) for _ in range(g.rows)],
                "decoy",
            ),
            c("ItemsOut", N, "INTEGER", g.ints(0, 14), "decoy"),
            c(
                "LastItemTitle",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Lonesome Dove",
                            "The Big Sky",
                            "Winter Wheat",
                            "Dog Man: Big Jim Begins",
                            "A Child's Garden of Verses",
                        ]
                    ),
                    0.2,
                ),
                "decoy",
            ),
            c("ExpirationDate", N, "DATE", g.days("2025-12-01", "2028-12-31"), "decoy", EVENT),
            c("LastActivityDate", N, "TIMESTAMP", g.moments("2024-01-01", "2025-11-28"), "decoy", EVENT),
            c(
                "DeliveryOption",
                N,
                "VARCHAR",
                g.col(g.pick(["Email", "Phone", "Mailing Address", "TXT Messaging"])),
                "decoy",
            ),
            c("LegacyPatronID", N, "VARCHAR", g.col(lambda: g.code("CCMT-999999")), "decoy", SHAPE),
            c("ModifiedBy", USERNAME, "VARCHAR", g.col(g.pick(staff_logins)), USER, AUDIT),
        ],
    )


def nz_building_consents(g: Gen) -> Table:
    """A Canterbury district council's building consent register (camel case)."""
    rows = [(*v.person(g, "nz"), g.rnd.choice(v.NZ_PLACES)) for _ in range(g.rows)]
    agents = [
        ("Ashley Design & Draft", "consents@ashleydesign.co.nz", "03 313 0421"),
        ("Waimak Homes Ltd", "admin@waimakhomes.co.nz", "03 327 0550"),
        ("Te Kōwhai Architecture", "studio@tekowhai.nz", "03 312 9088"),
    ]
    agent = [g.rnd.choice(agents) for _ in range(g.rows)]
    officers = v.staff(g, "nz", 5)

    def coowner(r: tuple) -> str | None:
        return f"{v.given(g, 'nz')} {r[1]}" if g.rnd.random() < 0.4 else None

    return Table(
        "consents_wdc.buildingConsents",
        "en",
        "camel",
        [
            c("consentNumber", N, "VARCHAR", g.col(lambda: g.code("BCN-2025-9999")), "decoy", PERMIT, SHAPE),
            c("applicationReceived", N, "DATE", g.days("2025-01-06", "2025-11-21"), "decoy", EVENT),
            c(
                "workDescription",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "New dwelling",
                            "Heat pump install",
                            "Garage and sleepout",
                            "Wood burner",
                            "Bathroom alterations",
                            "Deck",
                        ]
                    )
                ),
                "decoy",
            ),
            c("projectValue", N, "INTEGER", g.ints(4_000, 780_000), "decoy"),
            c("siteAddress", "street_address", "VARCHAR", g.col(lambda: v.nz_street(g)), PREMISES),
            c("siteSuburb", "city", "VARCHAR", [r[2][0] for r in rows]),
            c("sitePostcode", "postal_code", "VARCHAR", [r[2][1] for r in rows], PREMISES),
            c(
                "legalDescription",
                N,
                "VARCHAR",
                g.col(lambda: f"Lot {g.rnd.randint(1, 90)} DP {g.digits(6)}"),
                "decoy",
                SHAPE,
            ),
            c("valuationNumber", N, "VARCHAR", g.col(lambda: f"{g.digits(5)}/{g.digits(5)}"), "decoy", SHAPE),
            c("ownerFirstName", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("ownerLastName", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("ownerCoOwner", "person_name", "VARCHAR", [coowner(r) for r in rows], ROLE, HEAVY),
            c("ownerEmail", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["nz"]) for r in rows]),
            c(
                "ownerMobile",
                "phone",
                "VARCHAR",
                g.phones("NZ", {"national": 0.6, "intl": 0.2, "e164": 0.2}, 0.85, 0.05),
            ),
            c(
                "ownerPostalAddress",
                "street_address",
                "VARCHAR",
                [
                    f"PO Box {g.rnd.randint(1, 999)}, {r[2][0]}" if g.rnd.random() < 0.3 else v.nz_street(g)
                    for r in rows
                ],
            ),
            c("agentCompany", N, "VARCHAR", [a[0] for a in agent], "business"),
            c("agentEmail", N, "VARCHAR", [a[1] for a in agent], "business"),
            c("agentPhone", N, "VARCHAR", [a[2] for a in agent], "business"),
            c("lbpName", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nz"), 0.2), ROLE),
            c("lbpNumber", N, "VARCHAR", g.col(lambda: f"BP {g.digits(6)}", 0.2), "decoy", PROFESSIONAL, SHAPE),
            c("builderNzbn", N, "VARCHAR", g.col(lambda: v.gs1(g, "94290"), 0.3), "decoy", CHECK, SHAPE),
            c("processingOfficer", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
            c("inspectionOutcome", N, "VARCHAR", g.col(g.pick(["Pass", "Fail", "Partial pass", "Booked"])), "decoy"),
            c("cccIssued", N, "DATE", g.days("2025-03-01", "2025-11-28", 0.45), "decoy", EVENT),
            c("siteLat", N, "DOUBLE", g.floats(-43.42, -43.18, 6), "decoy", COORD),
            c("siteLon", N, "DOUBLE", g.floats(172.25, 172.72, 6), "decoy", COORD),
            c("documentHash", N, "VARCHAR", g.col(g.sha256), "decoy", HASHED),
            c("portalVersion", N, "VARCHAR", g.col(g.version), "decoy", VERSION),
            c(
                "extraField1",
                N,
                "VARCHAR",
                g.col(g.pick(["Heritage: No", "Heritage: Yes", "Flood: Ashley"])),
                "decoy",
                OPAQUE,
            ),
            c("extraField2", "phone", "VARCHAR", g.phones("NZ", {"national": 1.0}, 0.7, 0.6), OPAQUE, HEAVY),
            c("submittedBy", USERNAME, "VARCHAR", [v.login(r[0], r[1], 1) for r in rows], USER),
        ],
    )


def to_housing_ledger(g: Gen) -> Table:
    """A Toronto community housing provider's tenant rent ledger lines joined to the head of household (snake case
    with abbreviations)."""
    hh = []
    for _ in range(90):
        a, b = v.person(g, "ca")
        hh.append(
            (
                a,
                b,
                g.birth(1940, 2004),
                f"{g.rnd.randint(10, 400)} {g.rnd.choice(v.TO_STREETS)}",
                v.to_postcode(g),
                g.phone("CA", g.rnd.choice(["national", "dashes", "e164"]), True, ["416", "647", "437"]),
                v.ca_sin(g) if g.rnd.random() < 0.6 else None,
                (v.whole(g, "ca"), g.phone("CA", "national", True, ["416", "647"])) if g.rnd.random() < 0.3 else None,
                v.email_of(g, a, b, v.DOMAINS["ca"]) if g.rnd.random() < 0.6 else None,
                v.whole(g, "ca") if g.rnd.random() < 0.3 else None,
                f"HH-{g.digits(6)}",
                f"{g.rnd.choice('ABCD')}-{g.rnd.randint(1, 24)}{g.rnd.randint(1, 18):02d}",
            )
        )
    line = [g.rnd.choice(hh) for _ in range(g.rows)]
    csrs = v.staff(g, "ca", 4)
    users = v.logins(g, "ca", 5, 1)

    def arrears() -> str:
        return g.rnd.choice(
            [
                f"Spoke w/ {v.whole(g, 'ca')}, payment plan $50/wk",
                f"Daughter {v.given(g, 'ca')} paying on behalf",
                "N4 notice served",
                "ODSP direct pay requested",
                f"Left VM at {g.phone('CA', 'national', True, ['416'])}",
            ]
        )

    def mixed() -> str:
        k = g.rnd.random()
        if k < 0.35:
            return g.phone("CA", "national", True, ["416", "647"])
        if k < 0.7:
            return v.email(g, "ca")
        return v.whole(g, "ca")

    return Table(
        "tchc_rent.tenant_ledger_lines",
        "en",
        "snake",
        [
            c("ledger_line_id", N, "BIGINT", g.keys(9_004_001), "decoy", KEY),
            c("hh_acct_no", N, "VARCHAR", [h[10] for h in line], "decoy", KEY, ABBREV),
            c("unit_cd", N, "VARCHAR", [h[11] for h in line], "decoy", ABBREV),
            c("bldg_addr", "street_address", "VARCHAR", [h[3] for h in line], PREMISES, ABBREV),
            c("bldg_pc", "postal_code", "VARCHAR", [h[4] for h in line], PREMISES, ABBREV),
            c("hoh_fnm", "first_name", "VARCHAR", [h[0] for h in line], ABBREV),
            c("hoh_lnm", "last_name", "VARCHAR", [h[1] for h in line], ABBREV),
            c("hoh_dob", "date_of_birth", "DATE", [h[2] for h in line], ABBREV),
            c("hoh_sin", "ssn", "VARCHAR", [h[6] for h in line], ABBREV),
            c("ctc_ph", "phone", "VARCHAR", [h[5] for h in line], ABBREV),
            c("alt_ctc_nm", "person_name", "VARCHAR", [h[7][0] if h[7] else None for h in line], ROLE, HEAVY, ABBREV),
            c("alt_ctc_ph", "phone", "VARCHAR", [h[7][1] if h[7] else None for h in line], HEAVY, ABBREV),
            c("hoh_email", "email", "VARCHAR", [h[8] for h in line], ABBREV),
            c("notes2", "person_name", "VARCHAR", [h[9] for h in line], MISLEADING, ROLE, HEAVY),
            c("lease_start_dt", N, "DATE", g.days("2004-01-01", "2025-06-01"), "decoy", EVENT),
            c("txn_dt", N, "DATE", g.days("2025-01-01", "2025-11-28"), "decoy", EVENT),
            c("txn_typ", N, "VARCHAR", g.col(g.pick(["RENT", "PAYMT", "PAYMT", "NSF", "MAINT", "PARKING"])), "decoy"),
            c("txn_amt", N, "DECIMAL(9,2)", g.amounts(-1_400, 1_400), "decoy"),
            c("bal_fwd", N, "DECIMAL(9,2)", g.amounts(-300, 6_000), "decoy"),
            c("rgi_flag", N, "BOOLEAN", g.yn(True, False, 0.7), "decoy"),
            c("hh_income_mthly", N, "DECIMAL(9,2)", g.amounts(900, 5_200), "decoy"),
            c(
                "pay_method",
                N,
                "VARCHAR",
                g.col(g.pick(["PAD", "ODSP_DIRECT", "CASH_AT_OFFICE", "ONLINE_BILLPAY"])),
                "decoy",
            ),
            c(
                "pad_transit",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.digits(5)}-{g.rnd.choice(['001', '002', '003', '004'])}", 0.4),
                "decoy",
                SHAPE,
            ),
            c("pad_acct_l4", N, "VARCHAR", g.col(lambda: g.digits(4), 0.4), "decoy", PARTIAL),
            c("csr_nm", "person_name", "VARCHAR", g.col(g.pick(csrs)), STAFF, ABBREV),
            c("arrears_notes", "free_text", "VARCHAR", g.col(arrears, 0.6), HEAVY),
            c("src_crm_col17", "free_text", "VARCHAR", g.col(mixed, 0.3), MIXED, OPAQUE),
            c("src_crm_col18", N, "VARCHAR", g.col(lambda: g.code("WO-999999"), 0.3), "decoy", OPAQUE),
            c("unit_bedrooms", N, "INTEGER", g.ints(0, 4), "decoy"),
            c("created_by", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, AUDIT),
            c("etl_batch", N, "VARCHAR", ["yardi_nightly"] * g.rows, "decoy", SERVICE),
            c("row_hash", N, "VARCHAR", g.col(g.md5), "decoy", HASHED),
        ],
    )


def ni_dog_licences(g: Gen) -> Table:
    """A Fermanagh and Tyrone district council's dog licences (snake case)."""
    rows = [(*v.person(g, "ni"), g.rnd.choice(v.NI_PLACES)) for _ in range(g.rows)]
    wardens = v.staff(g, "ni", 3)
    over65 = [g.rnd.random() < 0.36 for _ in range(g.rows)]

    def seizure() -> str:
        return g.rnd.choice(
            [
                f"Seized straying at {g.rnd.choice(v.NI_TOWNLANDS)}, returned to {v.whole(g, 'ni')}",
                f"Complaint by neighbour {v.whole(g, 'ni')} re barking",
                "Warning letter issued",
            ]
        )

    return Table(
        "fermanagh_omagh.dog_licences",
        "en",
        "snake",
        [
            c("licence_no", N, "VARCHAR", g.col(lambda: g.code("DL/2025/999999")), "decoy", PERMIT, SHAPE),
            c("issue_date", N, "DATE", g.days("2025-01-02", "2025-11-28"), "decoy", EVENT),
            c("expiry_date", N, "DATE", g.days("2026-01-02", "2026-11-28"), "decoy", EVENT),
            c("fee_paid", N, "DECIMAL(5,2)", [5.0 if o else 12.5 for o in over65], "decoy"),
            c(
                "concession_type",
                N,
                "VARCHAR",
                ["Over 65" if o else g.rnd.choice(["None", "None", "Pension Credit"]) for o in over65],
                "decoy",
            ),
            c("keeper_title", N, "VARCHAR", g.col(g.pick(["Mr", "Mrs", "Ms", "Miss", "Dr"])), "decoy"),
            c("keeper_forename", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("keeper_surname", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("keeper_dob", "date_of_birth", "DATE", [g.birth(1930, 1960) if o else None for o in over65], HEAVY),
            c(
                "keeper_address_1",
                "street_address",
                "VARCHAR",
                [f"{g.rnd.randint(1, 180)} {g.rnd.choice(v.NI_STREETS)}" for _ in range(g.rows)],
            ),
            c("keeper_address_2", "street_address", "VARCHAR", g.col(g.pick(v.NI_TOWNLANDS), 0.45)),
            c("keeper_town", "city", "VARCHAR", [r[2][0] for r in rows]),
            c("keeper_postcode", "postal_code", "VARCHAR", [v.ni_postcode(g, r[2][1]) for r in rows]),
            c("keeper_phone", "phone", "VARCHAR", g.phones("GB", {"national": 0.7, "intl": 0.3}, 1.0, 0.1)),
            c(
                "keeper_email",
                "email",
                "VARCHAR",
                [v.email_of(g, r[0], r[1], v.DOMAINS["ni"]) if g.rnd.random() < 0.65 else None for r in rows],
            ),
            c(
                "dog_name",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Murphy",
                            "Bella",
                            "Bruno",
                            "Molly",
                            "Alfie",
                            "Rosie",
                            "Patch",
                            "Finn",
                            "Shep",
                            "Lola",
                            "Oscar",
                            "Daisy",
                        ]
                    )
                ),
                "decoy",
                ANIMAL,
                MISLEADING,
            ),
            c(
                "breed",
                N,
                "VARCHAR",
                g.col(
                    g.pick(
                        [
                            "Border Collie",
                            "Jack Russell",
                            "Labrador",
                            "Cocker Spaniel",
                            "Cross breed",
                            "Springer Spaniel",
                        ]
                    )
                ),
                "decoy",
                ANIMAL,
            ),
            c(
                "colour",
                N,
                "VARCHAR",
                g.col(g.pick(["Black/White", "Tan", "Liver", "Brindle", "Golden"])),
                "decoy",
                ANIMAL,
            ),
            c("dog_sex", N, "VARCHAR", g.col(g.pick(["Dog", "Bitch"])), "decoy", ANIMAL),
            c("neutered", N, "BOOLEAN", g.yn(True, False, 0.6), "decoy", ANIMAL),
            c("microchip_no", N, "VARCHAR", g.col(lambda: "826" + g.digits(12)), "decoy", ANIMAL, SHAPE),
            c("tag_number", N, "VARCHAR", g.col(lambda: g.code("FO99999")), "decoy", PERMIT),
            c(
                "vet_practice",
                N,
                "VARCHAR",
                g.col(g.pick(["Erne Veterinary Clinic", "Strule Vets", "Clogher Valley Vets"]), 0.2),
                "business",
            ),
            c("warden", "person_name", "VARCHAR", g.col(g.pick(wardens)), STAFF),
            c("seizure_notes", "free_text", "VARCHAR", g.sparse(seizure, 0.82, _words("none")), NULLWORD),
            c("previous_keeper", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ni"), 0.78), ROLE, HEAVY),
            c("payment_ref", N, "VARCHAR", g.col(lambda: "PAY-" + g.code("ZZZZZZZZZZZZ")), "decoy", SHAPE),
            c("paid_online_ip", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.4)),
            c("misc_1", N, "VARCHAR", g.col(g.pick(["Rural", "Urban"])), "decoy", OPAQUE),
            c("misc_2", "phone", "VARCHAR", g.phones("GB", {"e164": 0.5, "national": 0.5}, 1.0, 0.6), OPAQUE, HEAVY),
            c(
                "ward",
                N,
                "VARCHAR",
                g.col(g.pick(["Erne East", "Erne North", "Mid Tyrone", "Omagh Town", "West Tyrone"])),
                "decoy",
            ),
        ],
    )


# -- Danish, German, Spanish, French: legacy -----------------------------------------------------------------------------


def dk_cpr_extract(g: Gen) -> Table:
    """A Viborg-area municipality's population register extract from the CPR, fixed width (Danish)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "da", female)
        if g.rnd.random() < 0.3:
            a = f"{a} {v.person(g, 'da', female)[0]}"
        born = g.birth(1932, 2024)
        child = born.year >= 2008
        married = not child and g.rnd.random() < 0.45
        rows.append((a, b, born, female, child, married, g.rnd.choice(v.DK_PLACES)))
    officers = v.staff(g, "da", 4)
    return Table(
        "CPRKOM.BEFUDTR",
        "da",
        "screaming",
        [
            c("RECTYP", N, "VARCHAR", ["001"] * g.rows, "decoy", LEGACY),
            c("PNR", "national_id", "VARCHAR", [pad(v.dk_cpr(g, r[2], r[3]), 10) for r in rows], LEGACY, PADDED),
            c("FORNVN", "first_name", "VARCHAR", _padded([r[0] for r in rows], 50), LEGACY, PADDED),
            c("EFTNVN", "last_name", "VARCHAR", _padded([r[1] for r in rows], 40), LEGACY, PADDED),
            c("ADRNVN", "person_name", "VARCHAR", _padded([f"{r[1]},{r[0]}" for r in rows], 34), LEGACY, PADDED),
            c("KOEN", N, "VARCHAR", ["K" if r[3] else "M" for r in rows], "decoy", LEGACY),
            c("FOEDDTO", "date_of_birth", "INTEGER", [ymd(r[2]) for r in rows], LEGACY, INT_DATE),
            c(
                "CIVST",
                N,
                "VARCHAR",
                ["U" if r[4] else ("G" if r[5] else g.rnd.choice("UFE")) for r in rows],
                "decoy",
                LEGACY,
            ),
            c(
                "AEGPNR",
                "national_id",
                "VARCHAR",
                [pad(v.dk_cpr(g, g.birth(1935, 2000), not r[3]) if r[5] else "", 10) for r in rows],
                ROLE,
                LEGACY,
                PADDED,
            ),
            c("KOMKOD", N, "INTEGER", [791] * g.rows, "decoy", LEGACY),
            c("VEJKOD", N, "INTEGER", g.ints(1, 9_899), "decoy", LEGACY),
            c("VEJNVN", "street_address", "VARCHAR", _padded(g.col(g.pick(v.DK_STREETS)), 40), LEGACY, PADDED),
            c(
                "HUSNR",
                "street_address",
                "VARCHAR",
                [pad(f"{g.rnd.randint(1, 140):03d}{g.rnd.choice(['', '', 'A', 'B'])}", 4) for _ in range(g.rows)],
                LEGACY,
                PADDED,
            ),
            c(
                "ETAGE",
                "street_address",
                "VARCHAR",
                [
                    pad(g.rnd.choice(["st", "01", "02", "03", "kl"]) if g.rnd.random() < 0.45 else "", 2)
                    for _ in range(g.rows)
                ],
                LEGACY,
                PADDED,
            ),
            c(
                "SIDEDR",
                "street_address",
                "VARCHAR",
                [
                    pad(g.rnd.choice(["tv", "th", "mf", "0001"]) if g.rnd.random() < 0.45 else "", 4)
                    for _ in range(g.rows)
                ],
                LEGACY,
                PADDED,
            ),
            c("POSTNR", "postal_code", "INTEGER", [r[6][1] for r in rows], LEGACY, NUMERIC_ID),
            c("BYNVN", "city", "VARCHAR", _padded([r[6][0] for r in rows], 20), LEGACY, PADDED),
            c(
                "TILFDTO",
                N,
                "INTEGER",
                [ymd(g.day("1990-01-01", "2025-11-01")) for _ in range(g.rows)],
                "decoy",
                LEGACY,
                INT_DATE,
                EVENT,
            ),
            c("FRAKOM", N, "INTEGER", g.col(g.pick([751, 779, 740, 791, 746, 0])), "decoy", LEGACY),
            c("STATSB", N, "INTEGER", g.col(g.pick([5100, 5100, 5100, 5110, 5120, 5180])), "decoy", LEGACY),
            c(
                "MORPNR",
                "national_id",
                "VARCHAR",
                [pad(v.dk_cpr(g, g.birth(1970, 1995), True) if r[4] else "", 10) for r in rows],
                ROLE,
                LEGACY,
                PADDED,
                NULLWORD,
            ),
            c(
                "FARPNR",
                "national_id",
                "VARCHAR",
                [
                    pad(v.dk_cpr(g, g.birth(1965, 1995), False) if r[4] and g.rnd.random() < 0.85 else "", 10)
                    for r in rows
                ],
                ROLE,
                LEGACY,
                PADDED,
                NULLWORD,
            ),
            c(
                "VAERGE",
                "person_name",
                "VARCHAR",
                [pad(v.whole(g, "da") if g.rnd.random() < 0.1 else "", 34) for _ in range(g.rows)],
                ROLE,
                LEGACY,
                PADDED,
                NULLWORD,
            ),
            c("BESKYT", N, "VARCHAR", g.col(g.pick(["N"] * 19 + ["J"])), "decoy", LEGACY),
            c("SOGNKD", N, "INTEGER", g.ints(7_000, 7_300), "decoy", LEGACY),
            c("VALGKR", N, "VARCHAR", g.col(g.pick(["01", "02", "03", "04", "05", "06"])), "decoy", LEGACY),
            c(
                "UDRDTO",
                N,
                "INTEGER",
                [ymd(g.day("2020-01-01", "2025-10-01")) if g.rnd.random() < 0.04 else 0 for _ in range(g.rows)],
                "decoy",
                LEGACY,
                INT_DATE,
                ZERO,
                EVENT,
            ),
            c("FLYTKD", N, "VARCHAR", g.col(g.pick(["I", "U", "K", "F"])), "decoy", LEGACY),
            c("BBRENH", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, LEGACY),
            c("KOMNVN", N, "VARCHAR", _padded(["Viborg Kommune"] * g.rows, 20), "decoy", LEGACY, PADDED),
            c(
                "AJFDTO",
                N,
                "INTEGER",
                [julian(g.day("2025-06-01", "2025-11-28"), 7) for _ in range(g.rows)],
                "decoy",
                LEGACY,
                INT_DATE,
                EVENT,
            ),
            c("SAGSBH", "person_name", "VARCHAR", _padded(g.col(g.pick(officers)), 30), STAFF, LEGACY, PADDED),
            c("UDTRID", N, "VARCHAR", ["CPRUDTR-K791-2547"] * g.rows, "decoy", SERVICE, LEGACY),
        ],
    )


def de_versorgungswerk(g: Gen) -> Table:
    """A Westphalian professional pension fund's (Versorgungswerk) member master in SAP-style abbreviations (German)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "de", female)
        born = g.birth(1940, 1998)
        birth_name = v.person(g, "de")[1] if female and g.rnd.random() < 0.5 else ""
        rows.append((a, b, born, female, birth_name, g.rnd.choice(v.DE_PLACES)))
    users = v.logins(g, "de", 4, 2)
    hospitals = [
        "Universitätsklinikum Münster",
        "Klinikum Bielefeld gem. GmbH",
        "St. Vincenz-Krankenhaus Paderborn",
        "Praxis (selbständig)",
        "Klinikum Dortmund gGmbH",
    ]

    def dats(d: date | None) -> str:
        return "00000000" if d is None else d.strftime("%Y%m%d")

    return Table(
        "SAPVW.ZVW_MITGL",
        "de",
        "screaming",
        [
            c("MANDT", N, "VARCHAR", ["100"] * g.rows, "decoy", LEGACY),
            c("MITNR", N, "VARCHAR", [f"{n:010d}" for n in g.keys(4_501_200, 11)], "decoy", KEY, LEGACY),
            c("ANRED", N, "VARCHAR", ["Frau" if r[3] else "Herr" for r in rows], "decoy", LEGACY, ABBREV),
            c(
                "TITEL",
                N,
                "VARCHAR",
                _padded(g.col(g.pick(["Dr. med.", "Dr. med. dent.", "", "Dr.", "Prof. Dr."])), 15),
                "decoy",
                LEGACY,
                PADDED,
            ),
            c("NACHN", "last_name", "VARCHAR", _padded([r[1] for r in rows], 40), LEGACY, PADDED, ABBREV),
            c("VORNA", "first_name", "VARCHAR", _padded([r[0] for r in rows], 40), LEGACY, PADDED, ABBREV),
            c("GBNAM", "last_name", "VARCHAR", _padded([r[4] for r in rows], 40), NULLWORD, LEGACY, PADDED, ABBREV),
            c("GBDAT", "date_of_birth", "VARCHAR", [dats(r[2]) for r in rows], LEGACY, INT_DATE, ABBREV),
            c(
                "GBORT",
                "city",
                "VARCHAR",
                _padded(
                    [
                        g.rnd.choice(v.DE_PLACES)[0]
                        if g.rnd.random() < 0.8
                        else g.rnd.choice(["Kattowitz", "Izmir", "Teheran", "Kiel"])
                        for _ in range(g.rows)
                    ],
                    40,
                ),
                LEGACY,
                PADDED,
                ABBREV,
            ),
            c("RVNUM", "ssn", "VARCHAR", [v.de_rvnr(g, r[2], r[4] or r[1], r[3]) for r in rows], LEGACY, ABBREV),
            c(
                "STEID",
                "national_id",
                "VARCHAR",
                [v.de_idnr(g) if g.rnd.random() < 0.9 else "" for _ in range(g.rows)],
                LEGACY,
                ABBREV,
            ),
            c(
                "STRAS",
                "street_address",
                "VARCHAR",
                _padded([f"{g.rnd.choice(v.DE_STREETS)} {g.rnd.randint(1, 120)}" for _ in range(g.rows)], 60),
                LEGACY,
                PADDED,
                ABBREV,
            ),
            c(
                "PSTLZ",
                "postal_code",
                "VARCHAR",
                [pad(r[5][1] + g.digits(2), 10) for r in rows],
                LEGACY,
                PADDED,
                ABBREV,
            ),
            c("ORT01", "city", "VARCHAR", _padded([r[5][0] for r in rows], 40), LEGACY, PADDED, ABBREV),
            c("LAND1", N, "VARCHAR", ["DE"] * g.rows, "decoy", LEGACY),
            c(
                "TELNR",
                "phone",
                "VARCHAR",
                _padded(g.phones("DE", {"national": 0.7, "intl": 0.3}, 0.5, 0.15), 30),
                LEGACY,
                PADDED,
                ABBREV,
            ),
            c(
                "SMTP_ADDR",
                "email",
                "VARCHAR",
                _padded(
                    [v.email_of(g, r[0], r[1], v.DOMAINS["de"]) if g.rnd.random() < 0.75 else "" for r in rows], 60
                ),
                LEGACY,
                PADDED,
            ),
            c("IBAN", "iban", "VARCHAR", [v.iban(g, "DE") for _ in range(g.rows)], LEGACY),
            c(
                "BANKL",
                N,
                "VARCHAR",
                g.col(lambda: g.rnd.choice(["400", "440", "480", "472"]) + g.digits(5)),
                "decoy",
                SHAPE,
                LEGACY,
                ABBREV,
            ),
            c("KAMMR", N, "VARCHAR", g.col(g.pick(["AEKWL", "ZAEKWL", "TAEKWL"])), "decoy", LEGACY, ABBREV),
            c(
                "FACHR",
                N,
                "VARCHAR",
                _padded(
                    g.col(
                        g.pick(
                            [
                                "Innere Medizin",
                                "Allgemeinmedizin",
                                "Chirurgie",
                                "Zahnmedizin",
                                "Anästhesiologie",
                                "Pädiatrie",
                            ]
                        )
                    ),
                    30,
                ),
                "decoy",
                LEGACY,
                PADDED,
                ABBREV,
            ),
            c(
                "BEGDA",
                N,
                "VARCHAR",
                [dats(g.day("1975-01-01", "2025-10-01")) for _ in range(g.rows)],
                "decoy",
                LEGACY,
                INT_DATE,
                EVENT,
            ),
            c(
                "ENDDA",
                N,
                "VARCHAR",
                [
                    "99991231" if g.rnd.random() < 0.85 else dats(g.day("2010-01-01", "2025-10-01"))
                    for _ in range(g.rows)
                ],
                "decoy",
                LEGACY,
                INT_DATE,
                EVENT,
            ),
            c("BTRKL", N, "VARCHAR", g.col(g.pick(["01", "02", "05", "10", "RB"])), "decoy", LEGACY, ABBREV),
            c("BTRAG", N, "DECIMAL(9,2)", g.amounts(120, 1_900), "decoy", LEGACY, ABBREV),
            c(
                "RENTE",
                N,
                "DECIMAL(9,2)",
                [round(g.rnd.uniform(900, 5_400), 2) if r[2].year < 1960 else 0.0 for r in rows],
                "decoy",
                LEGACY,
            ),
            c("WAERS", N, "VARCHAR", ["EUR"] * g.rows, "decoy", LEGACY),
            c("ARBGB", N, "VARCHAR", _padded(g.col(g.pick(hospitals)), 40), "business", LEGACY, PADDED, ABBREV),
            c(
                "HINTN",
                "person_name",
                "VARCHAR",
                _padded([f"{v.person(g, 'de', not r[3])[0]} {r[1]}" if g.rnd.random() < 0.4 else "" for r in rows], 40),
                ROLE,
                LEGACY,
                PADDED,
                ABBREV,
            ),
            c("AENAM", USERNAME, "VARCHAR", _padded(g.col(g.pick(users)), 12), USER, AUDIT, LEGACY, PADDED),
            c(
                "AEDAT",
                N,
                "VARCHAR",
                [dats(g.day("2024-01-01", "2025-11-28")) for _ in range(g.rows)],
                "decoy",
                LEGACY,
                INT_DATE,
                EVENT,
            ),
            c("ZZFELD1", N, "VARCHAR", g.col(g.pick(["ANW", "BU", "AR", "HR"])), "decoy", OPAQUE, LEGACY),
            c(
                "ZZFELD2",
                "phone",
                "VARCHAR",
                _padded([g.phone("DE", "national", True) if g.rnd.random() < 0.45 else "" for _ in range(g.rows)], 20),
                OPAQUE,
                LEGACY,
                PADDED,
            ),
        ],
    )


def es_ivtm_padron(g: Gen) -> Table:
    """A La Safor (Valencia) municipality's vehicle-tax roll (IVTM) as the provincial tax agency delivers it, fixed
    width with truncated names (Spanish)."""
    rows = []
    for _ in range(g.rows):
        company = g.rnd.random() < 0.1
        a, b = v.person(g, "es")
        b2 = v.person(g, "es")[1] if g.rnd.random() < 0.85 else ""
        nif = v.es_cif(g) if company else (v.es_nie(g) if g.rnd.random() < 0.12 else v.es_dni(g))
        first = "" if company else a
        last = g.rnd.choice(["TRANSPORTS FAUS SL", "FRUITES SAFOR SA", "AUTOCARS PELLICER SL"]) if company else b
        rows.append((nif, first, last, "" if company else b2, g.rnd.choice(v.ES_PLACES)))
    users = v.logins(g, "es", 4, 2)
    gestorias = [("GESTORIA BELLVER SL", v.es_cif(g)), ("ASSESSORIA LA SAFOR SL", v.es_cif(g))]
    gest = [g.rnd.choice(gestorias) if g.rnd.random() < 0.6 else ("", "") for _ in range(g.rows)]
    makes = [
        ("SEAT", "IBIZA"),
        ("RENAULT", "CLIO"),
        ("PEUGEOT", "208"),
        ("TOYOTA", "COROLLA"),
        ("DACIA", "SANDERO"),
        ("YAMAHA", "NMAX 125"),
    ]
    veh = [g.rnd.choice(makes) for _ in range(g.rows)]
    return Table(
        "IVTMPAD.PADVEH25",
        "es",
        "screaming",
        [
            c("EJERC", N, "INTEGER", [2025] * g.rows, "decoy", LEGACY),
            c("NUMREC", N, "VARCHAR", g.col(lambda: g.digits(12)), "decoy", PERMIT, SHAPE, LEGACY),
            c(
                "MATRIC",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.digits(4)}{g.code('AAA').translate(str.maketrans('AEIOUQÑ', 'BCDFGHJ'))}"),
                "decoy",
                VEHICLE,
                LEGACY,
            ),
            c("BASTID", N, "VARCHAR", g.col(lambda: v.vin(g)), "decoy", VEHICLE, SHAPE, LEGACY),
            c("MARCA", N, "VARCHAR", _padded([m[0] for m in veh], 15), "decoy", VEHICLE, LEGACY, PADDED),
            c("MODELO", N, "VARCHAR", _padded([m[1] for m in veh], 20), "decoy", VEHICLE, LEGACY, PADDED),
            c("TIPVEH", N, "VARCHAR", ["MOTOCICLETA" if m[0] == "YAMAHA" else "TURISMO" for m in veh], "decoy", LEGACY),
            c("POTFIS", N, "DECIMAL(5,2)", g.floats(4.0, 19.9, 2), "decoy", LEGACY),
            c("CUOTA", N, "DECIMAL(7,2)", g.amounts(8.8, 160.0), "decoy", LEGACY),
            c("NIFTIT", "national_id", "VARCHAR", _padded([r[0] for r in rows], 9), LEGACY, PADDED),
            c("APE1", "last_name", "VARCHAR", _padded([r[2].upper() for r in rows], 30), LEGACY, PADDED),
            c("APE2", "last_name", "VARCHAR", _padded([r[3].upper() for r in rows], 25), LEGACY, PADDED),
            c("NOMBRE", "first_name", "VARCHAR", _padded([r[1].upper() for r in rows], 20), LEGACY, PADDED),
            c(
                "DOMFIS",
                "street_address",
                "VARCHAR",
                _padded(
                    [
                        f"{g.rnd.choice(v.ES_STREETS)} {g.rnd.randint(1, 90)} "
                        f"{g.rnd.choice(['', '1 A', '2 B', '3 PTA 5', 'BJ'])}"
                        for _ in range(g.rows)
                    ],
                    40,
                ),
                LEGACY,
                PADDED,
            ),
            c("CODPOS", "postal_code", "INTEGER", [r[4][1] for r in rows], LEGACY, NUMERIC_ID),
            c("MUNIC", "city", "VARCHAR", _padded([r[4][0].upper() for r in rows], 25), LEGACY, PADDED),
            c("PROVIN", N, "VARCHAR", ["VALENCIA"] * g.rows, "decoy", LEGACY),
            c(
                "TELEF",
                "phone",
                "BIGINT",
                [g.phone_int("ES", None, 0.45, 0.8) for _ in range(g.rows)],
                LEGACY,
                NUMERIC_ID,
                ZERO,
            ),
            c(
                "EMAIL",
                "email",
                "VARCHAR",
                _padded(
                    [
                        v.email_of(g, r[1] or "info", r[2], v.DOMAINS["es"]) if g.rnd.random() < 0.35 else ""
                        for r in rows
                    ],
                    50,
                ),
                LEGACY,
                PADDED,
            ),
            c(
                "FECALT",
                N,
                "INTEGER",
                [ymd(g.day("1995-01-01", "2025-10-31")) for _ in range(g.rows)],
                "decoy",
                LEGACY,
                INT_DATE,
                EVENT,
            ),
            c(
                "FECBAJ",
                N,
                "INTEGER",
                [ymd(g.day("2025-01-01", "2025-10-31")) if g.rnd.random() < 0.05 else 0 for _ in range(g.rows)],
                "decoy",
                LEGACY,
                INT_DATE,
                ZERO,
                EVENT,
            ),
            c(
                "BONIF",
                N,
                "VARCHAR",
                [
                    pad(g.rnd.choice(["HIST", "MINUSV", "ECO"]) if g.rnd.random() < 0.45 else "", 6)
                    for _ in range(g.rows)
                ],
                "decoy",
                LEGACY,
                PADDED,
            ),
            c(
                "DOMBAN",
                "iban",
                "VARCHAR",
                [pad(v.iban(g, "ES") if g.rnd.random() < 0.55 else "", 24) for _ in range(g.rows)],
                LEGACY,
                PADDED,
            ),
            c(
                "TITCTA",
                "person_name",
                "VARCHAR",
                [pad(v.whole(g, "es").upper() if g.rnd.random() < 0.15 else "", 40) for _ in range(g.rows)],
                ROLE,
                NULLWORD,
                LEGACY,
                PADDED,
            ),
            c("GESTOR", N, "VARCHAR", _padded([x[0] for x in gest], 30), "business", LEGACY, PADDED),
            c("CIFGES", N, "VARCHAR", _padded([x[1] for x in gest], 9), "business", CHECK, LEGACY, PADDED),
            c("USUMOD", USERNAME, "VARCHAR", _padded(g.col(g.pick(users)), 10), USER, AUDIT, LEGACY, PADDED),
            c(
                "FECMOD",
                N,
                "INTEGER",
                [cyymmdd(g.day("2025-01-02", "2025-11-28")) for _ in range(g.rows)],
                "decoy",
                LEGACY,
                INT_DATE,
                EVENT,
            ),
            c("HASHRG", N, "VARCHAR", g.col(g.sha256), "decoy", HASHED, LEGACY),
        ],
    )


def fr_reom_billing(g: Gen) -> Table:
    """A Mâconnais community of communes' household-waste fee (REOM) billing file from its AS/400 (French, ``RD``
    prefix)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "fr", female)
        place = g.rnd.choice(v.FR_PLACES)
        pro = g.rnd.random() < 0.35
        tenant = not pro and g.rnd.random() < 0.35
        rows.append((a, b, female, place, pro, tenant))
    agents = v.staff(g, "fr", 3)
    users = v.logins(g, "fr", 4, 2)

    def obs() -> str:
        return g.rnd.choice(
            [
                f"Locataire parti, nouveau : {v.whole(g, 'fr')}",
                "Bac cassé, remplacé",
                f"Réclamation de M. {v.person(g, 'fr')[1]} pour double facturation",
                f"Tutelle : courrier à {v.whole(g, 'fr')}",
            ]
        )

    return Table(
        "REOMLIB.FICRED",
        "fr",
        "screaming",
        [
            c("RDNUMR", N, "INTEGER", g.keys(710_001), "decoy", KEY, LEGACY),
            c("RDCIVI", N, "VARCHAR", ["MME" if r[2] else "M. " for r in rows], "decoy", LEGACY, PADDED),
            c("RDNOMR", "last_name", "VARCHAR", _padded([r[1].upper() for r in rows], 32), LEGACY, PADDED),
            c("RDPREN", "first_name", "VARCHAR", _padded([r[0] for r in rows], 20), LEGACY, PADDED),
            c(
                "RDNOMJ",
                "last_name",
                "VARCHAR",
                _padded([v.person(g, "fr")[1].upper() if r[2] and g.rnd.random() < 0.75 else "" for r in rows], 32),
                LEGACY,
                PADDED,
            ),
            c(
                "RDCONJ",
                "person_name",
                "VARCHAR",
                _padded([f"{v.given(g, 'fr')} {r[1].upper()}" if g.rnd.random() < 0.45 else "" for r in rows], 40),
                ROLE,
                LEGACY,
                PADDED,
            ),
            c(
                "RDADFA",
                "street_address",
                "VARCHAR",
                _padded([f"{g.rnd.randint(1, 60)} {g.rnd.choice(v.FR_STREETS)}" for _ in range(g.rows)], 38),
                LEGACY,
                PADDED,
            ),
            c("RDCPFA", "postal_code", "INTEGER", [r[3][1] for r in rows], LEGACY, NUMERIC_ID),
            c("RDVIFA", "city", "VARCHAR", _padded([r[3][0].upper() for r in rows], 32), LEGACY, PADDED),
            c(
                "RDADCL",
                "street_address",
                "VARCHAR",
                _padded([f"{g.rnd.randint(1, 60)} {g.rnd.choice(v.FR_STREETS)}" for _ in range(g.rows)], 38),
                PREMISES,
                LEGACY,
                PADDED,
            ),
            c("RDINSE", N, "VARCHAR", [r[3][2] for r in rows], "decoy", LEGACY),
            c("RDNBPE", N, "INTEGER", g.ints(1, 6), "decoy", LEGACY),
            c("RDBACA", N, "INTEGER", g.col(g.pick([80, 120, 140, 240, 340])), "decoy", LEGACY),
            c("RDPUCE", N, "VARCHAR", g.col(lambda: g.code("E2xxxxxxxxxxxxxx").upper()), "decoy", SHAPE, LEGACY),
            c("RDNBLE", N, "INTEGER", g.ints(0, 52), "decoy", LEGACY),
            c("RDTARF", N, "VARCHAR", g.col(g.pick(["T1", "T2", "T3", "PRO", "RS"])), "decoy", LEGACY),
            c("RDSECT", N, "VARCHAR", g.col(g.pick(["T3-MARDI", "T1-LUNDI", "T5-JEUDI"])), "decoy", LEGACY),
            c("RDMONT", N, "DECIMAL(7,2)", g.amounts(98, 420), "decoy", LEGACY),
            c(
                "RDDTFA",
                N,
                "INTEGER",
                [ymd(g.day("2025-03-01", "2025-10-15")) for _ in range(g.rows)],
                "decoy",
                LEGACY,
                INT_DATE,
                EVENT,
            ),
            c(
                "RDECHE",
                N,
                "INTEGER",
                [cyymmdd(g.day("2025-04-01", "2025-11-30")) for _ in range(g.rows)],
                "decoy",
                LEGACY,
                INT_DATE,
                EVENT,
            ),
            c(
                "RDTELF",
                "phone",
                "VARCHAR",
                _padded(
                    [
                        g.phone("FR", "national", g.rnd.random() < 0.6) if g.rnd.random() < 0.65 else ""
                        for _ in range(g.rows)
                    ],
                    14,
                ),
                LEGACY,
                PADDED,
            ),
            c(
                "RDMAIL",
                "email",
                "VARCHAR",
                _padded(
                    [v.email_of(g, r[0], r[1], v.DOMAINS["fr"]) if g.rnd.random() < 0.45 else "" for r in rows], 50
                ),
                LEGACY,
                PADDED,
            ),
            c(
                "RDIBAN",
                "iban",
                "VARCHAR",
                _padded([v.iban(g, "FR") if g.rnd.random() < 0.5 else "" for _ in range(g.rows)], 27),
                LEGACY,
                PADDED,
            ),
            c("RDRUM", N, "VARCHAR", g.col(lambda: "REOM" + g.digits(10)), "decoy", SHAPE, LEGACY),
            c("RDICS", N, "VARCHAR", ["FR47ZZZ812345"] * g.rows, "business", LEGACY),
            c(
                "RDSIRE",
                N,
                "VARCHAR",
                _padded([v.fr_siren(g) if r[4] else "" for r in rows], 9),
                "business",
                CHECK,
                LEGACY,
                PADDED,
            ),
            c(
                "RDPROP",
                "person_name",
                "VARCHAR",
                _padded([v.whole(g, "fr").upper() if r[5] else "" for r in rows], 40),
                ROLE,
                NULLWORD,
                LEGACY,
                PADDED,
            ),
            c("RDOBSV", "free_text", "VARCHAR", _padded(g.sparse(obs, 0.78, ("",)), 80), NULLWORD, LEGACY, PADDED),
            c("RDAGNT", "person_name", "VARCHAR", _padded(g.col(g.pick(agents)), 30), STAFF, LEGACY, PADDED),
            c("RDUSER", USERNAME, "VARCHAR", _padded(g.col(g.pick(users)), 10), USER, AUDIT, LEGACY, PADDED),
            c("RDPGM", N, "VARCHAR", g.col(g.pick(["RD100R", "RDFACT"])), "decoy", SERVICE, LEGACY),
            c(
                "RDDTNA",
                "date_of_birth",
                "INTEGER",
                [ymd(g.birth(1930, 1958)) if g.rnd.random() < 0.4 else 0 for _ in range(g.rows)],
                LEGACY,
                INT_DATE,
                ZERO,
            ),
            c("RDSTAT", N, "VARCHAR", g.col(g.pick(["A", "A", "A", "S", "C"])), "decoy", LEGACY),
        ],
    )


# -- Italian, Polish, Dutch: modern ---------------------------------------------------------------------------------------


def it_verbali_sosta(g: Gen) -> Table:
    """A Bassano-area municipal police's parking-fine back office (Italian, camel case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "it", female)
        born = g.birth(1938, 2006)
        place = g.rnd.choice(v.IT_PLACES)
        company = g.rnd.random() < 0.08
        cf = g.digits(11) if company else v.it_codice_fiscale(a, b, born, female, place[3])
        driver = g.rnd.random() < 0.4
        rows.append((a, b, born, place, cf, driver, company, g.rnd.choice(v.IT_PLACES)))
    agents = v.staff(g, "it", 6)
    users = v.logins(g, "it", 4, 1)

    def ricorso() -> str:
        return g.rnd.choice(
            [
                f"Il veicolo era guidato da mio figlio {v.given(g, 'it')}",
                f"Ero al pronto soccorso con mia madre {v.whole(g, 'it')}",
                "Segnaletica non visibile",
                "Pagamento già effettuato tramite pagoPA",
            ]
        )

    return Table(
        "polizia_locale.verbaliSosta",
        "it",
        "camel",
        [
            c("idVerbale", N, "BIGINT", g.keys(3_600_001), "decoy", KEY),
            c("numeroVerbale", N, "VARCHAR", g.col(lambda: g.code("V/2025/999999")), "decoy", PERMIT, SHAPE),
            c("dataInfrazione", N, "TIMESTAMP", g.moments("2025-01-02", "2025-11-25"), "decoy", EVENT),
            c(
                "luogoInfrazione",
                N,
                "VARCHAR",
                g.col(lambda: f"{g.rnd.choice(v.IT_STREETS)} altezza civico {g.rnd.randint(1, 90)}"),
                "decoy",
            ),
            c("articoloCds", N, "VARCHAR", g.col(g.pick(["art. 7 c. 15", "art. 158 c. 2", "art. 157 c. 6"])), "decoy"),
            c("importo", N, "DECIMAL(7,2)", g.col(g.pick([29.4, 42.0, 87.0, 168.0])), "decoy"),
            c(
                "targa",
                N,
                "VARCHAR",
                g.col(lambda: g.code("AA999AA").replace("I", "L").replace("O", "P")),
                "decoy",
                VEHICLE,
            ),
            c(
                "modelloVeicolo",
                N,
                "VARCHAR",
                g.col(g.pick(["FIAT PANDA", "VW GOLF", "FIAT 500", "RENAULT CAPTUR"])),
                "decoy",
                VEHICLE,
            ),
            c(
                "tipoVeicolo",
                N,
                "VARCHAR",
                g.col(g.pick(["Autovettura", "Autovettura", "Motociclo", "Autocarro"])),
                "decoy",
                VEHICLE,
            ),
            c("zonaZtl", N, "VARCHAR", g.col(g.pick(["Centro storico", "Fuori ZTL"])), "decoy"),
            c("agenteAccertatore", "person_name", "VARCHAR", g.col(g.pick(agents)), STAFF),
            c("matricolaAgente", N, "VARCHAR", g.col(lambda: g.code("PL999")), "decoy", PROFESSIONAL),
            c("trasgressoreNome", "first_name", "VARCHAR", [v.given(g, "it") if r[5] else None for r in rows], HEAVY),
            c(
                "trasgressoreCognome",
                "last_name",
                "VARCHAR",
                [v.person(g, "it")[1] if r[5] else None for r in rows],
                HEAVY,
            ),
            c(
                "obbligatoSolidale",
                "person_name",
                "VARCHAR",
                [("AUTONOLEGGIO GRAPPA SRL" if r[6] else f"{r[1]} {r[0]}".upper()) for r in rows],
                ROLE,
            ),
            c("codiceFiscale", "national_id", "VARCHAR", [r[4] for r in rows]),
            c("dataNascita", "date_of_birth", "DATE", [None if r[6] else r[2] for r in rows]),
            c("luogoNascita", "city", "VARCHAR", [None if r[6] else r[3][0] for r in rows]),
            c(
                "indirizzoNotifica",
                "street_address",
                "VARCHAR",
                [f"{g.rnd.choice(v.IT_STREETS)} {g.rnd.randint(1, 150)}" for _ in range(g.rows)],
            ),
            c("cap", "postal_code", "VARCHAR", [r[7][2] for r in rows], ABBREV),
            c("comuneNotifica", "city", "VARCHAR", [r[7][0] for r in rows]),
            c("provincia", N, "VARCHAR", [r[7][1] for r in rows], "decoy"),
            c(
                "pec",
                "email",
                "VARCHAR",
                [
                    v.email_of(g, r[0], r[1], ["pec.it", "legalmail.it", "pec.libero.it"])
                    if g.rnd.random() < 0.4
                    else None
                    for r in rows
                ],
                HEAVY,
            ),
            c("telefono", "phone", "VARCHAR", g.phones("IT", {"national": 0.6, "intl": 0.4}, 0.9, 0.65), HEAVY),
            c("dataNotifica", N, "DATE", g.days("2025-01-20", "2025-11-28", 0.1), "decoy", EVENT),
            c("esitoNotifica", N, "VARCHAR", g.col(g.pick(["Consegnato", "CAN", "CAD", "Compiuta giacenza"])), "decoy"),
            c("dataPagamento", N, "DATE", g.days("2025-01-20", "2025-11-28", 0.35), "decoy", EVENT),
            c("iuvPagoPa", N, "VARCHAR", g.col(lambda: "01" + g.digits(16)), "decoy", SHAPE),
            c("ricorsoTesto", "free_text", "VARCHAR", g.col(ricorso, 0.8), HEAVY),
            c(
                "codice",
                "national_id",
                "VARCHAR",
                [g.code("AA9999999A") if r[5] else None for r in rows],
                MISLEADING,
                HEAVY,
            ),
            c("campoLibero1", N, "VARCHAR", g.col(g.pick(["rimozione: no", "rimozione: sì"])), "decoy", OPAQUE),
            c(
                "campoLibero2",
                "email",
                "VARCHAR",
                [v.email_of(g, r[0], r[1], v.DOMAINS["it"]) if g.rnd.random() < 0.4 else None for r in rows],
                OPAQUE,
                HEAVY,
            ),
            c("operatoreInserimento", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, AUDIT),
            c("hashFoto", N, "VARCHAR", g.col(g.sha256), "decoy", HASHED),
        ],
    )


def pl_spis_wyborcow(g: Gen) -> Table:
    """A gmina near Kraków's voter roll extract (spis wyborców) for an election (Polish, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.52
        a, b = v.person(g, "pl", female)
        if female and b.endswith("ski"):
            b = b[:-1] + "a"
        born = g.birth(1930, 2007)
        rows.append((a, b, born, female, g.rnd.choice(v.PL_PLACES)))
    users = v.logins(g, "pl", 3, 3)
    stations = ["Szkoła Podstawowa nr 2, ul. Szkolna 4", "Dom Kultury, ul. Zamkowa 1", "Remiza OSP, ul. Polna 12"]

    def uwagi() -> str:
        return g.rnd.choice(
            [
                f"Pełnomocnik: {v.whole(g, 'pl')}",
                "Nakładka Braille'a",
                "Dopisany na wniosek",
                f"Zgłoszenie przez córkę {v.given(g, 'pl')}",
            ]
        )

    return Table(
        "ewybory_gmina.spis_wyborcow",
        "pl",
        "snake",
        [
            c("lp", N, "INTEGER", g.keys(1), "decoy", KEY),
            c("id_rekordu", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
            c("nr_obwodu", N, "INTEGER", g.ints(1, 14), "decoy"),
            c("siedziba_obwodu", N, "VARCHAR", g.col(g.pick(stations)), "business"),
            c("nazwisko", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("imie", "first_name", "VARCHAR", [r[0] for r in rows]),
            c(
                "drugie_imie",
                "first_name",
                "VARCHAR",
                [v.person(g, "pl", r[3])[0] if g.rnd.random() < 0.42 else None for r in rows],
                HEAVY,
            ),
            c("imie_ojca", "first_name", "VARCHAR", [v.person(g, "pl", False)[0] for _ in rows], ROLE),
            c("pesel", "national_id", "VARCHAR", [v.pl_pesel(g, r[2], r[3]) for r in rows]),
            c("data_urodzenia", "date_of_birth", "VARCHAR", [r[2].strftime("%d.%m.%Y") for r in rows]),
            c("ulica", "street_address", "VARCHAR", [f"ul. {g.rnd.choice(v.PL_STREETS)}" for _ in rows]),
            c(
                "nr_domu",
                "street_address",
                "VARCHAR",
                [f"{g.rnd.randint(1, 160)}{g.rnd.choice(['', '', 'a', 'B'])}" for _ in rows],
            ),
            c("kod_pocztowy", "postal_code", "VARCHAR", [r[4][1] for r in rows]),
            c("miejscowosc", "city", "VARCHAR", [r[4][0] for r in rows]),
            c("gmina", N, "VARCHAR", [r[4][0] for r in rows], "decoy"),
            c("powiat", N, "VARCHAR", g.col(g.pick(["wielicki", "krakowski", "myślenicki"])), "decoy"),
            c("teryt", N, "VARCHAR", g.col(lambda: f"12{g.digits(5)}"), "decoy", SHAPE),
            c("wpisany_na_wniosek", N, "BOOLEAN", g.yn(True, False, 0.06), "decoy"),
            c("data_wpisu", N, "DATE", g.days("2010-01-01", "2025-09-30"), "decoy", EVENT),
            c("glosowanie_korespondencyjne", N, "BOOLEAN", g.yn(True, False, 0.1), "decoy"),
            c("pelnomocnik", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "pl"), 0.9), ROLE, HEAVY),
            c(
                "adres_do_korespondencji",
                "street_address",
                "VARCHAR",
                g.col(
                    lambda: (
                        f"ul. {g.rnd.choice(v.PL_STREETS)} {g.rnd.randint(1, 99)}, {g.rnd.choice(v.PL_PLACES)[1]} "
                        f"{g.rnd.choice(v.PL_PLACES)[0]}"
                    ),
                    0.88,
                ),
                HEAVY,
            ),
            c("niepelnosprawnosc", N, "BOOLEAN", g.yn(True, False, 0.04), "decoy"),
            c("uwagi", "free_text", "VARCHAR", g.sparse(uwagi, 0.84, _words("brak")), NULLWORD),
            c("numer_wyborow", N, "VARCHAR", ["SEJM-2027-PRZEDT"] * g.rows, "decoy"),
            c("status_wpisu", N, "VARCHAR", g.col(g.pick(["aktywny", "aktywny", "skreślony", "dopisany"])), "decoy"),
            c("login_operatora", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, AUDIT),
            c("sha_wpisu", N, "VARCHAR", g.col(g.sha256), "decoy", HASHED),
            c("wersja_systemu", N, "VARCHAR", g.col(g.version), "decoy", VERSION),
            c("pole_dod_1", N, "VARCHAR", g.col(g.pick(["obwód stały", "obwód odrębny"])), "decoy", OPAQUE),
            c(
                "pole_dod_2",
                "phone",
                "VARCHAR",
                g.phones("PL", {"national": 0.6, "intl": 0.4}, 0.9, 0.62),
                OPAQUE,
                HEAVY,
            ),
        ],
    )


def nl_kadaster_eigenaren(g: Gen) -> Table:
    """A Drenthe municipality's extract of registered owners from the land registry (Dutch, snake case)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "nl", female)
        prefix = g.rnd.choice(["van", "van der", "de", "ter", "van den"]) if g.rnd.random() < 0.38 else None
        place = g.rnd.choice(v.NL_PLACES)
        rows.append((a, b, prefix, g.birth(1935, 2003), place, g.rnd.random() < 0.45))
    notaries = v.staff(g, "nl", 4, lambda x, lang: f"mr. {v.whole(x, lang)}")
    users = v.logins(g, "nl", 3, 1)
    banks = [("Rabobank U.A.", v.nl_rsin(g)), ("ING Bank N.V.", v.nl_rsin(g)), ("ABN AMRO Bank N.V.", v.nl_rsin(g))]
    bank = [g.rnd.choice(banks) for _ in range(g.rows)]
    return Table(
        "brk_assen.zakelijk_gerechtigden",
        "nl",
        "snake",
        [
            c(
                "kadastraal_object_id",
                N,
                "VARCHAR",
                g.col(lambda: f"ASN00 {g.code('A')} {g.digits(4)} G0000"),
                "decoy",
                SHAPE,
            ),
            c("perceelnummer", N, "INTEGER", g.ints(1, 9_999), "decoy"),
            c("grootte_m2", N, "INTEGER", g.ints(90, 4_800), "decoy"),
            c(
                "aard_recht",
                N,
                "VARCHAR",
                g.col(g.pick(["Eigendom", "Eigendom", "Erfpacht", "Vruchtgebruik"])),
                "decoy",
            ),
            c("aandeel_teller", N, "INTEGER", [1] * g.rows, "decoy"),
            c("aandeel_noemer", N, "INTEGER", [2 if r[5] else 1 for r in rows], "decoy"),
            c("geslachtsnaam", "last_name", "VARCHAR", [r[1] for r in rows]),
            c("voorvoegsels", "last_name", "VARCHAR", [r[2] for r in rows], HEAVY),
            c("voornamen", "first_name", "VARCHAR", [r[0] for r in rows]),
            c("geboortedatum", "date_of_birth", "DATE", [r[3] for r in rows]),
            c(
                "geboorteplaats",
                "city",
                "VARCHAR",
                [
                    g.rnd.choice(v.NL_PLACES)[0]
                    if g.rnd.random() < 0.7
                    else g.rnd.choice(["Groningen", "Emmen", "Hoogeveen", "Paramaribo"])
                    for _ in rows
                ],
            ),
            c("bsn", "national_id", "VARCHAR", [v.nl_bsn(g) for _ in rows]),
            c("woonadres_straat", "street_address", "VARCHAR", g.col(g.pick(v.NL_STREETS))),
            c("huisnummer", "street_address", "INTEGER", g.ints(1, 212)),
            c("postcode", "postal_code", "VARCHAR", [v.nl_postcode(g, r[4][1]) for r in rows]),
            c("woonplaats", "city", "VARCHAR", [r[4][0] for r in rows]),
            c(
                "object_adres",
                "street_address",
                "VARCHAR",
                [f"{g.rnd.choice(v.NL_STREETS)} {g.rnd.randint(1, 212)}" for _ in rows],
                PREMISES,
            ),
            c(
                "partner_naam",
                "person_name",
                "VARCHAR",
                [f"{v.given(g, 'nl')} {v.person(g, 'nl')[1]}" if r[5] else None for r in rows],
                ROLE,
                HEAVY,
            ),
            c("koopsom", N, "INTEGER", g.ints(145_000, 890_000), "decoy"),
            c("datum_inschrijving", N, "DATE", g.days("1985-01-01", "2025-11-01"), "decoy", EVENT),
            c("stuk_deel_nummer", N, "VARCHAR", g.col(lambda: f"Hyp4 {g.digits(5)}/{g.digits(2)}"), "decoy", SHAPE),
            c("hypotheekhouder", N, "VARCHAR", [b[0] for b in bank], "business"),
            c("rsin_hypotheekhouder", N, "VARCHAR", [b[1] for b in bank], "business", CHECK),
            c("x_rd", N, "DOUBLE", g.floats(229_000, 241_000, 2), "decoy", COORD),
            c("y_rd", N, "DOUBLE", g.floats(552_000, 561_000, 2), "decoy", COORD),
            c("notaris", "person_name", "VARCHAR", g.col(g.pick(notaries)), STAFF, ROLE),
            c("vrij_veld_1", N, "VARCHAR", g.col(lambda: "0106" + g.digits(8)), "decoy", OPAQUE),
            c(
                "vrij_veld_2",
                "email",
                "VARCHAR",
                [v.email_of(g, r[0], r[1], v.DOMAINS["nl"]) if g.rnd.random() < 0.4 else None for r in rows],
                OPAQUE,
                HEAVY,
            ),
            c("gewijzigd_door", USERNAME, "VARCHAR", g.col(g.pick(users)), USER, AUDIT),
            c("bron_versie", N, "VARCHAR", g.col(g.version), "decoy", VERSION),
            c("levering_id", N, "VARCHAR", g.col(g.uuid), "decoy", KEY),
        ],
    )


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (wv_taxpayer_master, 460),
    (la_court_parties, 440),
    (ie_welfare_payrun, 420),
    (tx_student_extract, 470),
    (mt_library_patrons, 400),
    (nz_building_consents, 360),
    (to_housing_ledger, 450),
    (ni_dog_licences, 340),
    (dk_cpr_extract, 430),
    (de_versorgungswerk, 380),
    (es_ivtm_padron, 450),
    (fr_reom_billing, 390),
    (it_verbali_sosta, 420),
    (pl_spis_wyborcow, 450),
    (nl_kadaster_eigenaren, 380),
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
