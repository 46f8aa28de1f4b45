"""Held-out set v28 for the column classifier: 12 tables of *packaged enterprise software*, with the columns spelled
as those products really spell them: SAP ECC/S/4 customer master ``KNA1`` of a Bavarian farm-machinery dealer and
the HR infotypes ``PA0002`` (personal data), ``PA0006`` (addresses) and ``PA0009`` (bank details) of a Swabian tool
maker, Microsoft Dynamics 365 (Dataverse) ``contact`` of a Danish heat-pump installer, Salesforce ``Lead`` of a US
senior-living community, Odoo ``res_partner`` of a Czech garden-supply web shop, a Workday worker report of a Breton
shipyard, Zendesk ``users`` of a Spanish home-appliance maker's support desk, a Turkish payroll bureau's monthly
payroll file (Logo-style), Oracle E-Business Suite ``PER_ALL_PEOPLE_F`` of a grain co-operative in the US Upper
Midwest, and a MES's operation confirmations in a Moravian press shop.

Written **blind**, like v2 to v27: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its documentation, tests, changelog or notes, only the list of kind names (``governance_dagster/kinds.py``), how the
scorer registers a set (``heldout_v2_accuracy.py``), the *structure* and labeling conventions of v27
(``heldout_v27.py``, ``heldout_v27_values.py``, its test, ``tests/heldout_support.py``), the module docstrings of v24
to v26 (to avoid their domains) and the ``Column``/``Table`` classes and writer they build on. The classifier was not
run on this set while it was written, no scorer was run on it, and no score of any set was looked at: nothing here was
adjusted to what the classifier does. It was written under a short deadline (50 minutes, the tests and lint
included), so some labels below are quick decisions rather than settled conventions. Like v27 it imports no earlier
set's value module: its random source, name lists, streets, cities, companies and identifier builders are its own
(:mod:`benchmarks.classification.heldout_v28_values`; the generic ``Gen`` helpers were copied from v27's, the lists
are new: Lower Bavaria and Swabia, Jutland and Funen, Moravia and Bohemia, Brittany and Savoy, Andalusia and Castile,
Central Anatolia and Thrace, the US Upper Midwest and the Carolinas).

What is new against v2 to v27:

* product spellings (tag ``product_field``): SAP's short German-derived field names (``KUNNR``, ``NAME1``, ``NAME2``,
  ``SORTL``, ``STRAS``, ``ORT01``, ``PSTLZ``, ``TELF1``, ``TELFX``, ``SMTP_ADDR``, ``ADRNR``, ``ERNAM``, ``PERNR``,
  ``NACHN``, ``VORNA``, ``RUFNM``, ``GBDAT``, ``GBORT``, ``PERID``, ``EMFTX``, ``BKPLZ``, ``BKORT``), Dataverse
  logical names (``emailaddress1``, ``telephone1``, ``address1_line1``, ``birthdate``, ``owneridname``), Salesforce
  standard and custom fields (``FirstName``, ``MobilePhone``, ``Resident_DOB__c``), Odoo (``street2``, ``zip``,
  ``company_registry``, ``x_studio_*``), Workday report fields (``Legal_Name_First_Name``, ``National_ID``),
  Zendesk (``user_fields.dni``), Oracle EBS (``NATIONAL_IDENTIFIER``, ``KNOWN_AS``, ``ATTRIBUTE2``);
* custom fields (tag ``custom_field``): SAP ``ZZ`` appends, Dataverse ``new_`` fields, Salesforce ``__c``, Odoo
  ``x_studio_``, Zendesk ``user_fields.``, EBS descriptive flexfields ``ATTRIBUTE1``..; some opaque (tag ``opaque``:
  ``ZZFIELD3`` holds mobile numbers, ``ATTRIBUTE2`` a spouse's name, ``ATTRIBUTE5`` a private cell phone);
* dates of birth as SAP DATS text (``YYYYMMDD``), as ``DATE``, as an Oracle ``DATE`` with a midnight time, as Czech
  (``d. m. yyyy``), French and Spanish (``dd/mm/yyyy``) text, and as a Turkish payroll file's integer ``yyyymmdd``;
  SAP's own dates (``ERDAT``, ``BEGDA``, ``AEDTM``) are the same DATS text and ``none`` (tag ``value_shape``);
* identifiers with check digits (python-stdnum): the German tax id (Steuer-IdNr) in ``PERID``, the Danish CPR number
  in a Dataverse custom field, the Czech birth number (rodné číslo) in an Odoo Studio field, the French NIR, the
  Spanish DNI, the Turkish T.C. kimlik no, the US SSN; IBANs of Germany, Denmark, France, Spain and Turkey; phones of
  Germany, Denmark, Czechia, France, Spain, Turkey and the US (phonenumbers); decoys with check digits too (a German
  VAT id, a Danish CVR number: ``none``);
* people of the enterprise: sales reps, owners, creators, managers, operators and shift
  leads (``person_name``, tag ``staff`` when few), SAP user names, a payroll preparer's login and MES badge ids
  (``unclassified``, tag ``username``), numeric user ids of EBS (``CREATED_BY``: ``none``);
* decoys (tag ``decoy``): customer, order, material, serial and batch numbers,
  plant codes and cost centers, SAP client and deletion flags, Dataverse GUIDs and version numbers, Salesforce
  record ids, EBS end-of-time dates, recipe versions, SHA-256 signatures, amounts, status enums,
  coordinates, company names and business VAT/registration numbers, a payroll bureau's 26-digit workplace
  registration number, integer surrogate keys named like personal fields (``ADRNR`` address number, ``parent_id``,
  ``PERSON_ID``).

Labeling choices a reader may question:

* ``KNA1.NAME1`` and Odoo ``name`` hold mostly private customers' names (about 80-85%) and some companies' names:
  ``person_name`` (tag ``mixed_business``); ``NAME2`` holds spouses and ``z. Hd.`` contact persons: ``person_name``;
  Odoo ``display_name`` likewise;
* ``SORTL`` (SAP's search term) holds the private customer's surname in capitals (companies: a short word):
  ``last_name`` (tag ``misleading``);
* a house number alone (``PA0006.HSNMR``) is ``none``: without the street it points at no place (the street
  column ``STRAS`` is ``street_address``); Odoo's ``street2`` (flat, floor, c/o) is ``street_address``;
* ``PA0006.NUM01`` holds, by ``COM01``, a mobile number or a private e-mail address: ``free_text`` (several kinds);
* Zendesk ``details`` holds whole postal addresses (street, postcode and town in one cell): ``street_address``;
* the Turkish payroll's ``BABA_ADI`` and ``ANNE_ADI`` (father's and mother's given names) are ``first_name``;
  ``DOGUM_YERI`` (birthplace) and ``GBORT`` and ``TOWN_OF_BIRTH`` are ``city``; ``REGION_OF_BIRTH`` (a US state) is
  ``none``;
* the French NIR (numéro de sécurité sociale) is ``ssn``; the Steuer-IdNr, CPR, rodné číslo, DNI and T.C. kimlik no
  are ``national_id`` (the scorer's "ssn = national_id" line counts them as one);
* religion (``KONFE``), marital status and its date (``FAMST``, ``FAMDT``), gender, number of children and
  nationality are personal but fit no kind: ``none``;
* the last four digits of an SSN (``Resident_SSN_Last4__c``) are ``none`` (tag ``partial``); coordinates of a
  customer's house in Dataverse are ``none`` (as the brief asks);
* MES badge ids (``OPERATOR_BADGE``), SAP user names and a payroll preparer's login are ``unclassified`` (tag ``username``); EBS numeric user ids
  are ``none``; a SHA-256 electronic-signature hash is ``none`` (tag ``credential``);
* a Salesforce lead's ``Company`` is the referring organisation (hospital, agency): ``none``;
* work e-mail addresses of staff (``Work_Email``, ``APPROVER_EMAIL``, ``EMAIL_ADDRESS`` in EBS) are ``email``.

Labeling rules otherwise as v2 to v27: a business's address, phone, postal code and city are ``none`` (tag
``business``); staff names are ``person_name``; ``null_heavy`` means 50-90% NULL, ``nullword_heavy`` 70-95% NULL
words.

Every value is generated here from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity and formats, and the lists of
:mod:`benchmarks.classification.heldout_v28_values` (no Faker, no list of real people, no breach data). Build:
``python -m benchmarks.classification.heldout_v28 [PATH]`` (default ``/tmp/heldout_v28.duckdb``). Score:
``python -m benchmarks.classification.heldout_v2_accuracy --set v28``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v28_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v28_values import NULLISH, SEED, USERNAME, Gen, N, c

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

DEFAULT_PATH = Path("/tmp/heldout_v28.duckdb")

HEAVY = "null_heavy"  # 50-90% NULL
NULLWORD = "nullword_heavy"  # 70-95% NULL words
SHAPE = "value_shape"
MISLEADING = "misleading"
OPAQUE = "opaque"
STAFF = "staff"  # staff named in a column with few distinct values
ROLE = "role_word"
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
KEY = "join_key"
ROLE_EMAIL = "role_email"
CUSTOM = "custom_field"  # ZZ, new_, __c, x_studio_, user_fields., ATTRIBUTEn
PRODUCT = "product_field"  # a column spelled as the packaged product spells it
MIXED = "mixed_business"  # private people's names with some companies' names
PARTIAL = "partial"
CREDENTIAL = "credential"
KV = "key_value"
DATS = "sap_dats"  # a date as SAP DATS text YYYYMMDD


def _staff(g: Gen, n: int, make: Callable[[], str]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(make())
    return sorted(out)


def _sap_user(first: str, last: str) -> str:
    return (v.plain(last)[:11] + v.plain(first)[:1]).upper()


# -- SAP -----------------------------------------------------------------------------------------------------------------


def sap_kna1(g: Gen) -> Table:
    """SAP customer master ``KNA1`` of a Lower Bavarian farm-machinery dealer: farmers (private customers, account
    group ``ZPRI``) and some companies (``ZFIR``); name, search term, address, phones, e-mail, VAT id of companies,
    the creator (an SAP user name), a ``ZZ`` birthday field and an opaque ``ZZFIELD3`` holding mobile numbers."""
    rows = []
    for _ in range(g.rows):
        firm = g.rnd.random() < 0.18
        first, last = v.person(g, "de")
        place = v.city(g, "de")
        rows.append((firm, first, last, place, g.rnd.choice(v.COMPANIES["de"]) if firm else None))
    creators = [_sap_user(*v.person(g, "de")) for _ in range(4)]

    def name2(r: tuple) -> str | None:
        if r[0]:
            return f"z. Hd. {v.whole(g, 'de')}" if g.rnd.random() < 0.5 else None
        return f"und {v.given(g, 'de')} {r[2]}" if g.rnd.random() < 0.25 else None

    return Table("sapecc.KNA1", "de", "screaming", [
        c("MANDT", N, "VARCHAR", ["100"] * g.rows, "decoy", PRODUCT),
        c("KUNNR", N, "VARCHAR", [f"{10_000 + i * 7:010d}" for i in range(g.rows)], "decoy", KEY, PRODUCT),
        c("LAND1", N, "VARCHAR", g.col(g.pick(["DE"] * 9 + ["AT"])), "decoy", PRODUCT),
        c("NAME1", "person_name", "VARCHAR", [r[4] if r[0] else f"{r[1]} {r[2]}" for r in rows], MIXED, PRODUCT),
        c("NAME2", "person_name", "VARCHAR", [name2(r) for r in rows], HEAVY, PRODUCT),
        c("SORTL", "last_name", "VARCHAR", [r[4].split()[0].upper()[:10] if r[0] else v.fold(r[2]).upper()[:10]
                                            for r in rows], MISLEADING, PRODUCT),
        c("STRAS", "street_address", "VARCHAR", g.col(lambda: v.street(g, "de")), PRODUCT, ABBREV),
        c("PSTLZ", "postal_code", "VARCHAR", [v.postcode(g, r[3][1], "de") for r in rows], PRODUCT, ABBREV),
        c("ORT01", "city", "VARCHAR", [r[3][0] for r in rows], PRODUCT, ABBREV),
        c("REGIO", N, "VARCHAR", ["09"] * g.rows, "decoy", PRODUCT),
        c("TELF1", "phone", "VARCHAR", g.phones("DE", {"national": 0.8, "intl": 0.2}, 0.3, 0.1), PRODUCT, ABBREV),
        c("TELFX", "phone", "VARCHAR", g.phones("DE", {"national": 1.0}, 0.0, 0.8), HEAVY, PRODUCT, ABBREV),
        c("SMTP_ADDR", "email", "VARCHAR", [None if g.rnd.random() < 0.4 else v.email_of(g, r[1], r[2],
                                            v.DOMAINS["de"]) for r in rows], PRODUCT),
        c("ADRNR", N, "VARCHAR", [f"{2_000_000 + g.rnd.randint(0, 900_000):010d}" for _ in range(g.rows)], "decoy",
          KEY, PRODUCT, MISLEADING),
        c("KTOKD", N, "VARCHAR", ["ZFIR" if r[0] else "ZPRI" for r in rows], "decoy", PRODUCT),
        c("STCEG", N, "VARCHAR", [v.de_vat(g) if r[0] and g.rnd.random() < 0.8 else None for r in rows], "decoy",
          "business", SHAPE, PRODUCT),
        c("BRSCH", N, "VARCHAR", g.col(g.pick(["LW01", "LW02", "FO01", "LU03"])), "decoy", PRODUCT),
        c("ERDAT", N, "VARCHAR", [v.sap_date(g.day("1994-01-01", "2025-11-30")) for _ in range(g.rows)], "decoy",
          SHAPE, DATS, PRODUCT),
        c("ERNAM", USERNAME, "VARCHAR", g.col(g.pick(creators)), USER, AUDIT, PRODUCT),
        c("LOEVM", N, "VARCHAR", g.yn("X", "", 0.04), "decoy", PRODUCT),
        c("SPRAS", N, "VARCHAR", ["D"] * g.rows, "decoy", PRODUCT),
        c("UMSA1", N, "DECIMAL(15,2)", g.amounts(0, 480_000), "decoy", PRODUCT),
        c("ZZGEBDAT", "date_of_birth", "VARCHAR", [None if r[0] or g.rnd.random() < 0.7 else
                                                   v.sap_date(g.birth(1940, 2000)) for r in rows], HEAVY, CUSTOM,
          DATS),
        c("ZZFIELD3", "phone", "VARCHAR", g.phones("DE", {"e164": 0.5, "national": 0.5}, 1.0, 0.6), HEAVY, CUSTOM,
          OPAQUE),
    ])


def sap_pa0002(g: Gen) -> Table:
    """SAP HR infotype 0002 (personal data) of a Swabian tool maker: personnel number, validity, names (birth name
    and call name mostly empty), date and place of birth (DATS text), nationality, religion and marital status codes,
    the German tax id in ``PERID``, the last changer (SAP user)."""
    people = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.4
        first, last = v.person(g, "de", female)
        people.append((female, first, last, g.birth(1958, 2007)))
    changers = [_sap_user(*v.person(g, "de")) for _ in range(5)]
    return Table("sapecc.PA0002", "de", "screaming", [
        c("MANDT", N, "VARCHAR", ["200"] * g.rows, "decoy", PRODUCT),
        c("PERNR", N, "VARCHAR", [f"{40_000_000 + i * 3:08d}" for i in range(g.rows)], "decoy", KEY, PRODUCT),
        c("SUBTY", N, "VARCHAR", [""] * g.rows, "decoy", PRODUCT),
        c("ENDDA", N, "VARCHAR", ["99991231"] * g.rows, "decoy", DATS, PRODUCT),
        c("BEGDA", N, "VARCHAR", [v.sap_date(g.day("2001-01-01", "2025-10-01")) for _ in range(g.rows)], "decoy",
          DATS, SHAPE, PRODUCT),
        c("AEDTM", N, "VARCHAR", [v.sap_date(g.day("2024-01-01", "2025-11-30")) for _ in range(g.rows)], "decoy",
          DATS, SHAPE, PRODUCT),
        c("UNAME", USERNAME, "VARCHAR", g.col(g.pick(changers)), USER, AUDIT, PRODUCT),
        c("NACHN", "last_name", "VARCHAR", [p[2] for p in people], PRODUCT, ABBREV),
        c("NAME2", "last_name", "VARCHAR", [v.family(g, "de") if p[0] and g.rnd.random() < 0.55 else None
                                            for p in people], HEAVY, PRODUCT),
        c("VORNA", "first_name", "VARCHAR", [p[1] for p in people], PRODUCT, ABBREV),
        c("RUFNM", "first_name", "VARCHAR", [p[1][:4] if g.rnd.random() < 0.3 else None for p in people], HEAVY,
          PRODUCT),
        c("TITEL", N, "VARCHAR", g.col(g.pick(["", "", "", "", "Dr.", "Dipl.-Ing."])), "decoy", PRODUCT),
        c("ANRED", N, "VARCHAR", ["2" if p[0] else "1" for p in people], "decoy", PRODUCT),
        c("GESCH", N, "VARCHAR", ["2" if p[0] else "1" for p in people], "decoy", PRODUCT),
        c("GBDAT", "date_of_birth", "VARCHAR", [v.sap_date(p[3]) for p in people], DATS, PRODUCT, ABBREV),
        c("GBORT", "city", "VARCHAR", g.col(lambda: v.city(g, "de")[0] if g.rnd.random() < 0.8 else
                                            g.rnd.choice(["Ankara", "Kraków", "Timișoara", "Zagreb"]), 0.15),
          PRODUCT, ABBREV),
        c("GBLND", N, "VARCHAR", g.col(g.pick(["DE"] * 6 + ["TR", "PL", "RO", "HR"])), "decoy", PRODUCT),
        c("NATIO", N, "VARCHAR", g.col(g.pick(["DE"] * 7 + ["TR", "PL", "IT"])), "decoy", PRODUCT),
        c("SPRSL", N, "VARCHAR", ["D"] * g.rows, "decoy", PRODUCT),
        c("KONFE", N, "VARCHAR", g.col(g.pick(["RK", "RK", "EV", "--", "--", "IS"])), "decoy", PRODUCT),
        c("FAMST", N, "VARCHAR", g.col(g.pick(["0", "1", "1", "3", "5"])), "decoy", PRODUCT),
        c("FAMDT", N, "VARCHAR", g.col(lambda: v.sap_date(g.day("1985-01-01", "2025-06-30")), 0.45), "decoy", DATS,
          PRODUCT),
        c("ANZKD", N, "SMALLINT", g.ints(0, 4), "decoy", PRODUCT),
        c("PERID", "national_id", "VARCHAR", g.col(lambda: v.de_idnr(g), 0.05), PRODUCT),
    ])


def sap_pa0006(g: Gen) -> Table:
    """SAP HR infotype 0006 (addresses): permanent (``1``), second (``2``) and emergency (``4``) addresses, the c/o or
    emergency contact in ``NAME2``, street and house number apart, postcode, town, phone, distance to work, and one
    communication type and number (``COM01``/``NUM01``: a mobile number or a private e-mail address)."""
    subty = g.col(g.pick(["1"] * 6 + ["2", "4", "4"]))
    com = g.col(g.pick(["CELL", "CELL", "MAIL", "MAIL", ""]))

    def num(kind: str) -> str | None:
        if kind == "CELL":
            return g.phone("DE", g.rnd.choice(["national", "e164"]))
        if kind == "MAIL":
            return v.email(g, "de")
        return None

    return Table("sapecc.PA0006", "de", "screaming", [
        c("PERNR", N, "VARCHAR", [f"{40_000_000 + g.rnd.randint(0, 900) * 3:08d}" for _ in range(g.rows)], "decoy",
          KEY, PRODUCT),
        c("SUBTY", N, "VARCHAR", subty, "decoy", PRODUCT),
        c("BEGDA", N, "VARCHAR", [v.sap_date(g.day("2005-01-01", "2025-10-01")) for _ in range(g.rows)], "decoy",
          DATS, SHAPE, PRODUCT),
        c("ENDDA", N, "VARCHAR", ["99991231"] * g.rows, "decoy", DATS, PRODUCT),
        c("ANSSA", N, "VARCHAR", subty, "decoy", PRODUCT),
        c("NAME2", "person_name", "VARCHAR", [v.whole(g, "de") if s == "4" or g.rnd.random() < 0.05 else None
                                              for s in subty], HEAVY, PRODUCT, ROLE),
        c("STRAS", "street_address", "VARCHAR", g.col(lambda: g.rnd.choice(v.STREETS["de"])), PRODUCT, ABBREV),
        c("HSNMR", N, "VARCHAR", g.col(lambda: str(g.rnd.randint(1, 140)) + g.rnd.choice(["", "", "a"])), "decoy",
          PRODUCT),
        c("PSTLZ", "postal_code", "VARCHAR", g.col(lambda: v.postcode(g, v.city(g, "de")[1], "de")), PRODUCT, ABBREV),
        c("ORT01", "city", "VARCHAR", g.col(lambda: v.city(g, "de")[0]), PRODUCT, ABBREV),
        c("LAND1", N, "VARCHAR", ["DE"] * g.rows, "decoy", PRODUCT),
        c("TELNR", "phone", "VARCHAR", g.phones("DE", {"national": 0.7, "intl": 0.3}, 0.2, 0.35), PRODUCT, ABBREV),
        c("ENTKM", N, "DECIMAL(5,1)", g.floats(0.5, 80, 1), "decoy", PRODUCT),
        c("COM01", N, "VARCHAR", com, "decoy", KV, PRODUCT),
        c("NUM01", "free_text", "VARCHAR", [num(k) for k in com], KV, PRODUCT),
    ])


def sap_pa0009(g: Gen) -> Table:
    """SAP HR infotype 0009 (bank details): main and other bank (``SUBTY`` 0/1), payment method, bank country and
    key (a Bankleitzahl: ``none``), the IBAN, the payee (``EMFTX``: the employee or, for the other bank, a landlord or
    a relative) with postcode and town (filled for other payees only), purpose, amount, the last changer."""
    subty = g.col(g.pick(["0", "0", "0", "1"]))
    changers = [_sap_user(*v.person(g, "de")) for _ in range(3)]
    return Table("sapecc.PA0009", "de", "screaming", [
        c("PERNR", N, "VARCHAR", [f"{40_000_000 + g.rnd.randint(0, 900) * 3:08d}" for _ in range(g.rows)], "decoy",
          KEY, PRODUCT),
        c("SUBTY", N, "VARCHAR", subty, "decoy", PRODUCT),
        c("BEGDA", N, "VARCHAR", [v.sap_date(g.day("2005-01-01", "2025-10-01")) for _ in range(g.rows)], "decoy",
          DATS, SHAPE, PRODUCT),
        c("AEDTM", N, "VARCHAR", [v.sap_date(g.day("2024-01-01", "2025-11-30")) for _ in range(g.rows)], "decoy",
          DATS, SHAPE, PRODUCT),
        c("UNAME", USERNAME, "VARCHAR", g.col(g.pick(changers)), USER, AUDIT, PRODUCT),
        c("ZLSCH", N, "VARCHAR", g.col(g.pick(["U", "U", "U", "C"])), "decoy", PRODUCT),
        c("BANKS", N, "VARCHAR", ["DE"] * g.rows, "decoy", PRODUCT),
        c("BANKL", N, "VARCHAR", g.col(lambda: g.rnd.choice(["7"]) + g.digits(7)), "decoy", SHAPE, PRODUCT),
        c("IBAN", "iban", "VARCHAR", g.col(lambda: v.iban(g, "DE", g.rnd.random() < 0.2)), PRODUCT),
        c("EMFTX", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "de"), 0.1), PRODUCT),
        c("BKPLZ", "postal_code", "VARCHAR", [v.postcode(g, v.city(g, "de")[1], "de") if s == "1" else None
                                              for s in subty], HEAVY, PRODUCT),
        c("BKORT", "city", "VARCHAR", [v.city(g, "de")[0] if s == "1" else None for s in subty], HEAVY, PRODUCT),
        c("ZWECK", N, "VARCHAR", [g.rnd.choice(["Miete", "Sparplan", "Unterhalt"]) if s == "1" else "Lohn/Gehalt"
                                  for s in subty], "decoy", PRODUCT),
        c("BETRG", N, "DECIMAL(13,2)", [round(g.rnd.uniform(50, 900), 2) if s == "1" else 0.0 for s in subty],
          "decoy", PRODUCT),
        c("WAERS", N, "VARCHAR", ["EUR"] * g.rows, "decoy", PRODUCT),
    ])


# -- Dynamics 365, Salesforce, Odoo --------------------------------------------------------------------------------------


def dv_contact(g: Gen) -> Table:
    """Dynamics 365 (Dataverse) ``contact`` of a Danish heat-pump installer: GUIDs, names, e-mails, phones, the
    first address with its coordinates (``none``), the birth date (mostly NULL), a ``new_`` custom field with the CPR
    number (for the energy-subsidy application), the owner and creator (sales staff), state, version, notes."""
    people = []
    for _ in range(g.rows):
        first, last = v.person(g, "da")
        people.append((first, last, g.birth(1938, 2002)))
    reps = _staff(g, 6, lambda: v.whole(g, "da"))
    places = [v.city(g, "da") for _ in range(g.rows)]

    def note() -> str:
        return g.rnd.choice(["Ønsker tilbud på luft/vand varmepumpe", f"Ring til {v.given(g, 'da')} efter kl. 16",
                             f"Nabo til {v.whole(g, 'da')}, samme husstand", "Service udført, filter skiftet",
                             "Tilskud fra Energistyrelsen søgt"])

    born = [p[2] if g.rnd.random() < 0.35 else None for p in people]
    return Table("dataverse.contact", "en", "lower", [
        c("contactid", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, PRODUCT),
        c("fullname", "person_name", "VARCHAR", [f"{a} {b}" for a, b, _ in people], PRODUCT),
        c("firstname", "first_name", "VARCHAR", [a for a, _, _ in people], PRODUCT),
        c("lastname", "last_name", "VARCHAR", [b for _, b, _ in people], PRODUCT),
        c("emailaddress1", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["da"]) if g.rnd.random() < 0.85
                                                else None for a, b, _ in people], PRODUCT),
        c("emailaddress2", "email", "VARCHAR", g.col(lambda: v.email(g, "da"), 0.82), HEAVY, PRODUCT),
        c("telephone1", "phone", "VARCHAR", g.phones("DK", {"national": 0.6, "intl": 0.4}, 0.2, 0.4), PRODUCT),
        c("mobilephone", "phone", "VARCHAR", g.phones("DK", {"national": 0.5, "e164": 0.5}, 1.0, 0.1), PRODUCT),
        c("address1_line1", "street_address", "VARCHAR", g.col(lambda: v.street(g, "da")), PRODUCT),
        c("address1_postalcode", "postal_code", "VARCHAR", [v.postcode(g, p[1], "da") for p in places], PRODUCT),
        c("address1_city", "city", "VARCHAR", [p[0] for p in places], PRODUCT),
        c("address1_country", N, "VARCHAR", ["Danmark"] * g.rows, "decoy", PRODUCT),
        c("address1_latitude", N, "DOUBLE", g.floats(55.0, 57.2, 6), "decoy", PRODUCT),
        c("address1_longitude", N, "DOUBLE", g.floats(8.3, 10.6, 6), "decoy", PRODUCT),
        c("birthdate", "date_of_birth", "DATE", born, HEAVY, PRODUCT),
        c("new_cprnummer", "national_id", "VARCHAR", [v.dk_cpr(g, p[2], g.rnd.random() < 0.7)
                                                      if g.rnd.random() < 0.3 else None for p in people], HEAVY,
          CUSTOM),
        c("parentcustomeridname", N, "VARCHAR", g.col(g.pick(v.COMPANIES["da"]), 0.8), "decoy", "business",
          PRODUCT),
        c("ownerid", N, "VARCHAR", g.col(g.uuid), "decoy", KEY, PRODUCT),
        c("owneridname", "person_name", "VARCHAR", g.col(g.pick(reps)), STAFF, ROLE, PRODUCT),
        c("createdbyname", "person_name", "VARCHAR", g.col(g.pick(reps[:3])), STAFF, AUDIT, PRODUCT),
        c("createdon", N, "TIMESTAMP", g.moments("2019-01-01", "2025-11-30"), "decoy", PRODUCT),
        c("statecode", N, "INTEGER", [0 if g.rnd.random() < 0.9 else 1 for _ in range(g.rows)], "decoy", PRODUCT),
        c("versionnumber", N, "BIGINT", g.ints(10_000_000, 99_999_999), "decoy", PRODUCT),
        c("donotemail", N, "BOOLEAN", g.yn(True, False, 0.15), "decoy", PRODUCT),
        c("new_varmepumpetype", N, "VARCHAR", g.col(g.pick(["Luft/vand", "Luft/luft", "Jordvarme", "Hybrid"])),
          "decoy", CUSTOM),
        c("new_tilskudsbeloeb", N, "DECIMAL(12,2)", g.amounts(0, 30_000), "decoy", CUSTOM),
        c("description", "free_text", "VARCHAR", g.col(note, 0.45), PRODUCT),
    ])


def sf_lead(g: Gen) -> Table:
    """Salesforce ``Lead`` of a US senior-living community: the inquirer (usually an adult child) with e-mail,
    phones and address, the referring organisation (``Company``: ``none``), owner id and a formula field with the
    owner's name, custom fields about the prospective resident (names, birth date, last four SSN digits: ``none``),
    care level, tour date, the discharge planner who referred, description."""
    people = [v.person(g, "us") for _ in range(g.rows)]
    places = [v.city(g, "us") for _ in range(g.rows)]
    reps = _staff(g, 5, lambda: v.whole(g, "us"))

    def desc(i: int) -> str:
        a, b = people[i]
        return g.rnd.choice([f"Mother {v.given(g, 'us')} {b} fell in March, needs memory care",
                             "Wants a 1BR with a patio, budget ~$5k/mo", f"Call {a} after 5pm at work",
                             f"Referred by Dr. {v.family(g, 'us')}, hospice eval pending", "Toured, asked about waitlist"])

    return Table("salesforce.Lead", "en", "pascal", [
        c("Id", N, "VARCHAR", g.col(lambda: v.sf_id(g, "00Q")), "decoy", KEY, PRODUCT),
        c("Salutation", N, "VARCHAR", g.col(g.pick(["Mr.", "Ms.", "Mrs.", ""])), "decoy", PRODUCT),
        c("FirstName", "first_name", "VARCHAR", [a for a, _ in people], PRODUCT),
        c("LastName", "last_name", "VARCHAR", [b for _, b in people], PRODUCT),
        c("Company", N, "VARCHAR", g.col(g.pick(v.COMPANIES["us"] + ["[not provided]"])), "decoy", "business",
          PRODUCT),
        c("Email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["us"]) if g.rnd.random() < 0.8 else None
                                        for a, b in people], PRODUCT),
        c("Phone", "phone", "VARCHAR", g.phones("US", {"national": 0.6, "dashes": 0.2, "e164": 0.2}, 0.6, 0.15),
          PRODUCT),
        c("MobilePhone", "phone", "VARCHAR", g.phones("US", {"national": 0.5, "digits": 0.5}, 1.0, 0.55), HEAVY,
          PRODUCT),
        c("Street", "street_address", "VARCHAR", g.col(lambda: v.street(g, "us"), 0.3), PRODUCT),
        c("City", "city", "VARCHAR", [p[0] for p in places], PRODUCT),
        c("State", N, "VARCHAR", [v.US_STATES[p[0]] for p in places], "decoy", PRODUCT),
        c("PostalCode", "postal_code", "VARCHAR", [v.postcode(g, p[1], "us") for p in places], PRODUCT),
        c("LeadSource", N, "VARCHAR", g.col(g.pick(["Web", "Referral", "A Place for Mom", "Walk-in", "Event"])),
          "decoy", PRODUCT),
        c("Status", N, "VARCHAR", g.col(g.pick(["Open", "Contacted", "Tour Scheduled", "Deposit", "Lost"])), "decoy",
          PRODUCT),
        c("OwnerId", N, "VARCHAR", g.col(lambda: v.sf_id(g, "005")), "decoy", KEY, PRODUCT),
        c("Lead_Owner_Name__c", "person_name", "VARCHAR", g.col(g.pick(reps)), STAFF, CUSTOM),
        c("Resident_First_Name__c", "first_name", "VARCHAR", g.col(lambda: v.given(g, "us"), 0.2), CUSTOM, ROLE),
        c("Resident_Last_Name__c", "last_name", "VARCHAR", [b if g.rnd.random() < 0.7 else v.family(g, "us")
                                                            for _, b in people], CUSTOM, ROLE),
        c("Resident_DOB__c", "date_of_birth", "DATE", g.col(lambda: g.birth(1925, 1955), 0.4), CUSTOM),
        c("Resident_SSN_Last4__c", N, "VARCHAR", g.col(lambda: g.digits(4), 0.6), "decoy", PARTIAL, CUSTOM),
        c("Relationship_to_Resident__c", N, "VARCHAR", g.col(g.pick(["Daughter", "Son", "Self", "Spouse",
                                                                      "Niece"])), "decoy", CUSTOM),
        c("Care_Level__c", N, "VARCHAR", g.col(g.pick(["Independent", "Assisted", "Memory Care", "Respite"])),
          "decoy", CUSTOM),
        c("Tour_Date__c", N, "DATE", g.days("2025-06-01", "2026-01-31", 0.4), "decoy", CUSTOM),
        c("Referral_Contact__c", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "us"), 0.7), HEAVY, CUSTOM,
          ROLE),
        c("Description", "free_text", "VARCHAR", [desc(i) if g.rnd.random() < 0.6 else None for i in range(g.rows)],
          PRODUCT),
        c("IsConverted", N, "BOOLEAN", g.yn(True, False, 0.2), "decoy", PRODUCT),
        c("CreatedDate", N, "TIMESTAMP", g.moments("2024-01-01", "2025-11-30"), "decoy", PRODUCT),
    ])


def odoo_res_partner(g: Gen) -> Table:
    """Odoo ``res_partner`` of a Czech garden-supply web shop: contacts (mostly private buyers) and companies, names,
    addresses with ``street2``, PSČ, phones, e-mail, the companies' VAT and IČO (``none``), an HTML comment, Odoo Studio
    fields with the birth date (``d. m. yyyy`` text) and the rodné číslo (for instalment purchases)."""
    rows = []
    for _ in range(g.rows):
        firm = g.rnd.random() < 0.15
        female = g.rnd.random() < 0.5
        first, last = v.person(g, "cs", female)
        rows.append((firm, first, last, female, g.birth(1955, 2005), g.rnd.choice(v.COMPANIES["cs"])))
    places = [v.city(g, "cs") for _ in range(g.rows)]

    def comment() -> str | None:
        if g.rnd.random() < 0.65:
            return None
        return g.rnd.choice(["<p>Doručit odpoledne, volat předem</p>", f"<p>Vyzvedne manžel {v.given(g, 'cs')}</p>",
                             f"<p>Reklamace vyřízena, {v.whole(g, 'cs')}</p>", "<p>Stálý zákazník</p>"])

    return Table("odoo.res_partner", "en", "snake", [
        c("id", N, "INTEGER", g.keys(7), "decoy", KEY, PRODUCT),
        c("name", "person_name", "VARCHAR", [r[5] if r[0] else f"{r[1]} {r[2]}" for r in rows], MIXED, PRODUCT),
        c("display_name", "person_name", "VARCHAR", [r[5] if r[0] else f"{r[1]} {r[2]}" for r in rows], MIXED,
          PRODUCT),
        c("parent_id", N, "INTEGER", [g.rnd.randint(7, 900) if g.rnd.random() < 0.1 else None for _ in rows],
          "decoy", KEY, PRODUCT, MISLEADING),
        c("is_company", N, "BOOLEAN", [r[0] for r in rows], "decoy", PRODUCT),
        c("type", N, "VARCHAR", g.col(g.pick(["contact", "contact", "invoice", "delivery"])), "decoy", PRODUCT),
        c("street", "street_address", "VARCHAR", g.col(lambda: v.street(g, "cs")), PRODUCT),
        c("street2", "street_address", "VARCHAR", g.col(lambda: g.rnd.choice(["byt č. ", "2. patro, byt ",
                                                                               "vchod B, č. "])
                                                        + str(g.rnd.randint(1, 40)), 0.8), HEAVY, PRODUCT),
        c("zip", "postal_code", "VARCHAR", [v.cz_psc(v.postcode(g, p[1], "cs")) for p in places], PRODUCT),
        c("city", "city", "VARCHAR", [p[0] for p in places], PRODUCT),
        c("country_id", N, "INTEGER", [56] * g.rows, "decoy", PRODUCT),
        c("phone", "phone", "VARCHAR", g.phones("CZ", {"intl": 0.6, "national": 0.4}, 0.8, 0.3), PRODUCT),
        c("mobile", "phone", "VARCHAR", g.phones("CZ", {"intl": 0.5, "e164": 0.5}, 1.0, 0.6), HEAVY, PRODUCT),
        c("email", "email", "VARCHAR", [v.email_of(g, r[1], r[2], v.DOMAINS["cs"]) for r in rows], PRODUCT),
        c("vat", N, "VARCHAR", ["CZ" + g.digits(8) if r[0] else None for r in rows], "decoy", "business", PRODUCT),
        c("company_registry", N, "VARCHAR", [g.digits(8) if r[0] else None for r in rows], "decoy", "business",
          PRODUCT),
        c("function", N, "VARCHAR", g.col(g.pick(["jednatel", "nákupčí", "účetní"]), 0.85), "decoy", PRODUCT),
        c("comment", "free_text", "VARCHAR", [comment() for _ in rows], HEAVY, PRODUCT),
        c("lang", N, "VARCHAR", ["cs_CZ"] * g.rows, "decoy", PRODUCT),
        c("tz", N, "VARCHAR", ["Europe/Prague"] * g.rows, "decoy", PRODUCT),
        c("ref", N, "VARCHAR", [f"ZAK{i:05d}" for i in range(g.rows)], "decoy", SHAPE, PRODUCT),
        c("user_id", N, "INTEGER", g.ints(2, 9), "decoy", KEY, PRODUCT),
        c("create_date", N, "TIMESTAMP", g.moments("2018-01-01", "2025-11-30"), "decoy", PRODUCT),
        c("active", N, "BOOLEAN", g.yn(True, False, 0.96), "decoy", PRODUCT),
        c("x_studio_datum_narozeni", "date_of_birth", "VARCHAR",
          [None if r[0] or g.rnd.random() < 0.6 else f"{r[4].day}. {r[4].month}. {r[4].year}" for r in rows],
          HEAVY, CUSTOM),
        c("x_studio_rodne_cislo", "national_id", "VARCHAR",
          [None if r[0] or g.rnd.random() < 0.75 else v.cz_rc(g, r[4], r[3], g.rnd.random() < 0.8) for r in rows],
          HEAVY, CUSTOM),
    ])


# -- Workday, Zendesk, a Turkish payroll bureau --------------------------------------------------------------------------


def wd_workers(g: Gen) -> Table:
    """A Workday worker report of a Breton shipyard (report field names, French values): worker and legal names,
    preferred name, birth date as ``dd/mm/yyyy`` text, the NIR and its type, job data, the manager, home address and
    phones, personal and work e-mail, the IBAN, pay, the emergency contact."""
    people = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.3
        first, last = v.person(g, "fr", female)
        people.append((female, first, last, g.birth(1960, 2006)))
    managers = _staff(g, 7, lambda: v.whole(g, "fr"))
    places = [v.city(g, "fr") for _ in range(g.rows)]
    return Table("workday.worker_report", "en", "snake", [
        c("Employee_ID", N, "VARCHAR", [f"E{30_000 + i * 11:07d}" for i in range(g.rows)], "decoy", KEY, PRODUCT),
        c("Worker", "person_name", "VARCHAR", [f"{p[1]} {p[2]}" for p in people], PRODUCT),
        c("Legal_Name_First_Name", "first_name", "VARCHAR", [p[1] for p in people], PRODUCT),
        c("Legal_Name_Last_Name", "last_name", "VARCHAR", [p[2] for p in people], PRODUCT),
        c("Preferred_Name", "first_name", "VARCHAR", [p[1].split("-")[0] if g.rnd.random() < 0.3 else None
                                                     for p in people], HEAVY, PRODUCT),
        c("Date_of_Birth", "date_of_birth", "VARCHAR", [p[3].strftime("%d/%m/%Y") for p in people], PRODUCT),
        c("National_ID", "ssn", "VARCHAR", [v.fr_nir(g, p[3], p[0], g.rnd.random() < 0.5) for p in people],
          PRODUCT),
        c("National_ID_Type", N, "VARCHAR", ["FRA-INSEE"] * g.rows, "decoy", PRODUCT),
        c("Gender", N, "VARCHAR", ["Female" if p[0] else "Male" for p in people], "decoy", PRODUCT),
        c("Hire_Date", N, "DATE", g.days("1998-01-01", "2025-10-31"), "decoy", PRODUCT),
        c("Job_Profile", N, "VARCHAR", g.col(g.pick(["Soudeur", "Chaudronnier", "Tuyauteur", "Ingénieur méthodes",
                                                     "Peintre naval"])), "decoy", PRODUCT),
        c("Supervisory_Organization", N, "VARCHAR", g.col(g.pick(["Coque (Lorient)", "Armement", "Bureau d'études"])),
          "decoy", PRODUCT),
        c("Cost_Center", N, "VARCHAR", g.col(lambda: g.code("CC-56-9999")), "decoy", SHAPE, PRODUCT),
        c("Manager", "person_name", "VARCHAR", g.col(g.pick(managers), 0.02), STAFF, ROLE, PRODUCT),
        c("Home_Address_Line_1", "street_address", "VARCHAR", g.col(lambda: v.street(g, "fr")), PRODUCT),
        c("Home_Postal_Code", "postal_code", "VARCHAR", [v.postcode(g, p[1], "fr") for p in places], PRODUCT),
        c("Home_City", "city", "VARCHAR", [p[0] for p in places], PRODUCT),
        c("Home_Phone", "phone", "VARCHAR", g.phones("FR", {"national": 0.7, "intl": 0.3}, 0.0, 0.6), HEAVY, PRODUCT),
        c("Mobile_Phone", "phone", "VARCHAR", g.phones("FR", {"national": 0.5, "intl": 0.3, "e164": 0.2}, 1.0, 0.1),
          PRODUCT),
        c("Personal_Email", "email", "VARCHAR", [v.email_of(g, p[1], p[2], v.DOMAINS["fr"]) if g.rnd.random() < 0.7
                                                 else None for p in people], PRODUCT),
        c("Work_Email", "email", "VARCHAR", [v.work_email(p[1], p[2], "chantiers-kerjean.fr") for p in people],
          PRODUCT),
        c("IBAN", "iban", "VARCHAR", g.col(lambda: v.iban(g, "FR", g.rnd.random() < 0.6)), PRODUCT),
        c("Base_Pay_Annualized", N, "DECIMAL(12,2)", g.amounts(24_000, 85_000), "decoy", PRODUCT),
        c("Currency", N, "VARCHAR", ["EUR"] * g.rows, "decoy", PRODUCT),
        c("FTE", N, "DECIMAL(4,2)", g.col(g.pick([1.0, 1.0, 0.8, 0.5])), "decoy", PRODUCT),
        c("Emergency_Contact", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "fr"), 0.3), ROLE, PRODUCT),
        c("Emergency_Contact_Phone", "phone", "VARCHAR", g.phones("FR", {"national": 1.0}, 0.9, 0.3), PRODUCT),
    ])


def zd_users(g: Gen) -> Table:
    """Zendesk ``users`` of a Spanish home-appliance maker's support desk (API names, Spanish values): end users and
    a few agents, name, e-mail, phone, locale, logins, notes, ``details`` (postal addresses), user fields with the
    DNI, birth date (``dd/mm/yyyy``), postcode and the appliance's serial number."""
    people = [v.person(g, "es") for _ in range(g.rows)]
    agent = [g.rnd.random() < 0.03 for _ in range(g.rows)]

    def address() -> str:
        town, lead = v.city(g, "es")
        return f"{v.street(g, 'es')}, {v.postcode(g, lead, 'es')} {town}"

    def note() -> str:
        return g.rnd.choice(["Cliente VIP, garantía ampliada", f"Habló con {v.whole(g, 'es')} de Reformas",
                             f"Su hijo {v.given(g, 'es')} gestiona las incidencias", "Lavadora sustituida en 2024"])

    return Table("zendesk.users", "en", "snake", [
        c("id", N, "BIGINT", g.col(lambda: g.rnd.randint(360_000_000_000, 399_999_999_999)), "decoy", KEY, PRODUCT),
        c("url", N, "VARCHAR", g.col(lambda: f"https://electrosur.zendesk.com/api/v2/users/{g.digits(12)}.json"),
          "decoy", PRODUCT),
        c("name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in people], PRODUCT),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["es"]) if g.rnd.random() < 0.9 else None
                                        for a, b in people], PRODUCT),
        c("phone", "phone", "VARCHAR", g.phones("ES", {"e164": 0.6, "intl": 0.2, "national": 0.2}, 0.8, 0.3),
          PRODUCT),
        c("shared_phone_number", N, "BOOLEAN", g.yn(True, False, 0.05), "decoy", PRODUCT),
        c("role", N, "VARCHAR", ["agent" if a else "end-user" for a in agent], "decoy", PRODUCT),
        c("organization_id", N, "BIGINT", g.ints(360_000_000, 360_000_999, 0.85), "decoy", KEY, PRODUCT),
        c("time_zone", N, "VARCHAR", ["Madrid"] * g.rows, "decoy", PRODUCT),
        c("locale", N, "VARCHAR", g.col(g.pick(["es", "es", "ca", "en-US"])), "decoy", PRODUCT),
        c("created_at", N, "TIMESTAMP", g.moments("2019-01-01", "2025-11-30"), "decoy", PRODUCT),
        c("last_login_at", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30", 0.4), "decoy", PRODUCT),
        c("verified", N, "BOOLEAN", g.yn(True, False, 0.7), "decoy", PRODUCT),
        c("external_id", N, "VARCHAR", g.col(lambda: g.code("CLI-9999999"), 0.2), "decoy", SHAPE, PRODUCT),
        c("tags", N, "VARCHAR", g.col(g.pick(["garantia", "vip garantia", "", "tecnico_externo"])), "decoy", PRODUCT),
        c("notes", "free_text", "VARCHAR", g.col(note, 0.7), HEAVY, PRODUCT),
        c("details", "street_address", "VARCHAR", g.col(address, 0.4), PRODUCT),
        c("user_fields.dni", "national_id", "VARCHAR", g.col(lambda: v.es_dni(g), 0.55), HEAVY, CUSTOM, "lang:es"),
        c("user_fields.fecha_nacimiento", "date_of_birth", "VARCHAR",
          g.col(lambda: g.birth(1940, 2005).strftime("%d/%m/%Y"), 0.7), HEAVY, CUSTOM, "lang:es"),
        c("user_fields.codigo_postal", "postal_code", "VARCHAR", g.col(lambda: v.postcode(g, v.city(g, "es")[1], "es"),
                                                                       0.35), CUSTOM, "lang:es"),
        c("user_fields.numero_serie", N, "VARCHAR", g.col(lambda: g.code("ES9999AZZZ99999")), "decoy", SHAPE, CUSTOM,
          "lang:es"),
    ])


def tr_bordro(g: Gen) -> Table:
    """A Turkish payroll bureau's monthly payroll file (Logo-style, Turkish SCREAMING names) for its client firms:
    firm and period, registry number, T.C. kimlik no, names, father's and mother's given names, birth date as an
    integer ``yyyymmdd``, birthplace, hire and exit dates, the firm's SGK workplace number (``none``), pay, IBAN, mobile
    phone, address, province, e-mail, the preparer's login."""
    firms = [("34" + g.digits(3), name) for name in ["Konya Un Sanayi A.Ş.", "Kayseri Mobilya Ltd. Şti.",
                                                     "Trakya Tekstil A.Ş.", "Anadolu Lojistik Ltd. Şti."]]
    firm = [g.rnd.choice(firms) for _ in range(g.rows)]
    people = [v.person(g, "tr") for _ in range(g.rows)]
    places = [v.city(g, "tr") for _ in range(g.rows)]
    preparers = [v.login(*v.person(g, "tr"), 1) for _ in range(3)]
    return Table("bordro.PERSONEL_BORDRO", "tr", "screaming", [
        c("FIRMA_KODU", N, "VARCHAR", [f[0] for f in firm], "decoy", PRODUCT),
        c("FIRMA_UNVANI", N, "VARCHAR", [f[1] for f in firm], "decoy", "business"),
        c("DONEM", N, "VARCHAR", g.col(g.pick(["2025/09", "2025/10", "2025/11"])), "decoy"),
        c("SICIL_NO", N, "INTEGER", g.keys(1_001), "decoy", KEY),
        c("TC_KIMLIK_NO", "national_id", "VARCHAR", g.col(lambda: v.tr_tckimlik(g))),
        c("ADI", "first_name", "VARCHAR", [a for a, _ in people]),
        c("SOYADI", "last_name", "VARCHAR", [b for _, b in people]),
        c("BABA_ADI", "first_name", "VARCHAR", g.col(lambda: v.given(g, "tr") if g.rnd.random() < 0.9 else
                                                     v.person(g, "tr", False)[0], 0.1), ROLE),
        c("ANNE_ADI", "first_name", "VARCHAR", g.col(lambda: v.person(g, "tr", True)[0], 0.4), ROLE),
        c("DOGUM_TARIHI", "date_of_birth", "INTEGER", [int(g.birth(1960, 2007).strftime("%Y%m%d"))
                                                      for _ in range(g.rows)]),
        c("DOGUM_YERI", "city", "VARCHAR", g.col(lambda: v.city(g, "tr")[0], 0.1)),
        c("CINSIYETI", N, "VARCHAR", g.col(g.pick(["E", "K"])), "decoy"),
        c("ISE_GIRIS_TARIHI", N, "DATE", g.days("2010-01-01", "2025-10-31"), "decoy"),
        c("ISTEN_CIKIS_TARIHI", N, "DATE", g.days("2025-01-01", "2025-11-30", 0.9), "decoy"),
        c("SGK_ISYERI_SICIL", N, "VARCHAR", [f"2{g.digits(4)}01010{g.digits(7)}034{g.digits(6)}" for _ in range(g.rows)],
          "decoy", SHAPE, "business"),
        c("MESLEK_KODU", N, "VARCHAR", g.col(g.pick(["7212.06", "8189.11", "4321.01", "9333.07"])), "decoy"),
        c("GUN_SAYISI", N, "SMALLINT", g.ints(20, 30), "decoy"),
        c("BRUT_UCRET", N, "DECIMAL(12,2)", g.amounts(26_005, 95_000), "decoy"),
        c("NET_UCRET", N, "DECIMAL(12,2)", g.amounts(22_104, 70_000), "decoy"),
        c("GELIR_VERGISI", N, "DECIMAL(12,2)", g.amounts(0, 15_000), "decoy"),
        c("IBAN", "iban", "VARCHAR", g.col(lambda: v.iban(g, "TR", g.rnd.random() < 0.5), 0.05)),
        c("CEP_TELEFONU", "phone", "VARCHAR", g.phones("TR", {"national": 0.6, "digits": 0.2, "e164": 0.2}, 1.0,
                                                        0.15)),
        c("ADRES", "street_address", "VARCHAR", g.col(lambda: v.street(g, "tr"), 0.2)),
        c("IL", "city", "VARCHAR", [p[0] for p in places]),
        c("E_POSTA", "email", "VARCHAR", g.col(lambda: v.email(g, "tr"), 0.6), HEAVY),
        c("HAZIRLAYAN", USERNAME, "VARCHAR", g.col(g.pick(preparers)), USER, AUDIT),
    ])


# -- Oracle EBS, a MES ---------------------------------------------------------------------------------------------------


def ebs_people(g: Gen) -> Table:
    """Oracle E-Business Suite ``HR.PER_ALL_PEOPLE_F`` of a grain co-operative in the US Upper Midwest: date-tracked
    rows (end of time 4712-12-31), names, ``FULL_NAME`` as ``Last, First M.``, ``KNOWN_AS``, the birth date as an
    Oracle ``DATE`` (a timestamp at midnight), the SSN in ``NATIONAL_IDENTIFIER``, work e-mail, birthplace,
    descriptive flexfield ``ATTRIBUTE1``..``ATTRIBUTE5`` (a union local code, a spouse's name, a private cell phone),
    numeric who-columns."""
    people = []
    for _ in range(g.rows):
        first, last = v.person(g, "us")
        middle = v.given(g, "us") if g.rnd.random() < 0.4 else None
        people.append((first, last, middle, g.birth(1955, 2006)))
    return Table("HR.PER_ALL_PEOPLE_F", "en", "screaming", [
        c("PERSON_ID", N, "BIGINT", g.keys(10_441, 3), "decoy", KEY, PRODUCT, MISLEADING),
        c("EFFECTIVE_START_DATE", N, "DATE", g.days("2000-01-01", "2025-10-01"), "decoy", PRODUCT),
        c("EFFECTIVE_END_DATE", N, "DATE", [date(4712, 12, 31)] * g.rows, "decoy", PRODUCT),
        c("BUSINESS_GROUP_ID", N, "INTEGER", [81] * g.rows, "decoy", PRODUCT),
        c("PERSON_TYPE_ID", N, "INTEGER", g.col(g.pick([1120, 1120, 1121, 1124])), "decoy", PRODUCT),
        c("LAST_NAME", "last_name", "VARCHAR", [p[1] for p in people], PRODUCT),
        c("FIRST_NAME", "first_name", "VARCHAR", [p[0] for p in people], PRODUCT),
        c("MIDDLE_NAMES", "first_name", "VARCHAR", [p[2] for p in people], HEAVY, PRODUCT),
        c("FULL_NAME", "person_name", "VARCHAR", [f"{p[1]}, {p[0]}" + (f" {p[2][0]}." if p[2] else "")
                                                  for p in people], PRODUCT),
        c("KNOWN_AS", "first_name", "VARCHAR", [p[0][:3] + "y" if g.rnd.random() < 0.25 else None for p in people],
          HEAVY, PRODUCT),
        c("TITLE", N, "VARCHAR", g.col(g.pick(["MR.", "MS.", "MRS.", "MISS"])), "decoy", PRODUCT),
        c("SEX", N, "VARCHAR", g.col(g.pick(["M", "F"])), "decoy", PRODUCT),
        c("DATE_OF_BIRTH", "date_of_birth", "TIMESTAMP", [datetime.combine(p[3], datetime.min.time())
                                                          for p in people], PRODUCT),
        c("NATIONAL_IDENTIFIER", "ssn", "VARCHAR", g.col(lambda: v.us_ssn(g, g.rnd.random() < 0.9), 0.03), PRODUCT),
        c("EMPLOYEE_NUMBER", N, "VARCHAR", [str(5_000 + i) for i in range(g.rows)], "decoy", PRODUCT),
        c("EMAIL_ADDRESS", "email", "VARCHAR", [v.work_email(p[0], p[1], "prairiegrain.coop") if g.rnd.random() < 0.8
                                                else None for p in people], PRODUCT),
        c("TOWN_OF_BIRTH", "city", "VARCHAR", g.col(lambda: v.city(g, "us")[0], 0.55), HEAVY, PRODUCT),
        c("REGION_OF_BIRTH", N, "VARCHAR", g.col(g.pick(["ND", "SD", "MN", "WI", "IA"]), 0.55), "decoy", PRODUCT),
        c("COUNTRY_OF_BIRTH", N, "VARCHAR", g.col(g.pick(["US", "US", "US", "MX", "LA"]), 0.5), "decoy", PRODUCT),
        c("ORIGINAL_DATE_OF_HIRE", N, "DATE", g.days("1985-01-01", "2025-10-01"), "decoy", PRODUCT),
        c("ATTRIBUTE_CATEGORY", N, "VARCHAR", ["US_GRAIN"] * g.rows, "decoy", PRODUCT),
        c("ATTRIBUTE1", N, "VARCHAR", g.col(g.pick(["UFCW-653", "TEAM-120", "NONUNION"])), "decoy", CUSTOM),
        c("ATTRIBUTE2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "us"), 0.6), HEAVY, CUSTOM, OPAQUE),
        c("ATTRIBUTE5", "phone", "VARCHAR", g.phones("US", {"dashes": 0.6, "digits": 0.4}, 1.0, 0.45), CUSTOM,
          OPAQUE),
        c("CREATED_BY", N, "INTEGER", g.col(g.pick([-1, 1_013, 1_013, 2_447, 0])), "decoy", AUDIT, PRODUCT),
        c("LAST_UPDATED_BY", N, "INTEGER", g.col(g.pick([1_013, 2_447, 3_318])), "decoy", AUDIT, PRODUCT),
        c("LAST_UPDATE_DATE", N, "TIMESTAMP", g.moments("2024-01-01", "2025-11-30"), "decoy", PRODUCT),
        c("LAST_UPDATE_LOGIN", N, "BIGINT", g.ints(9_000_000, 9_999_999), "decoy", PRODUCT),
        c("OBJECT_VERSION_NUMBER", N, "INTEGER", g.ints(1, 30), "decoy", PRODUCT),
    ])


def mes_confirmations(g: Gen) -> Table:
    """A MES's operation confirmations in a Moravian press shop (English column names, Czech values): plant, order,
    operation, work center, material, batch and serial numbers, the operator's badge id (``unclassified``) and name,
    the shift lead, times, quantities, scrap reasons, cost center, the recipe version, a SHA-256 e-signature, and the
    shift note (names now and then: ``free_text``)."""
    ops = [v.person(g, "cs") for _ in range(8)]
    badges = {f"{a} {b}": f"B{g.digits(5)}" for a, b in ops}
    names = sorted(badges)
    leads = _staff(g, 3, lambda: v.whole(g, "cs"))
    who = g.col(g.pick(names))
    starts = g.moments("2025-10-01", "2025-11-30")

    def note() -> str | None:
        if g.rnd.random() < 0.6:
            return None
        return g.rnd.choice(["Výměna nástroje, seřízeno", f"Předáno směně, {g.rnd.choice(names)} ví o problému",
                             "Zmetky kvůli otřepu", f"Volal {v.whole(g, 'cs')} z kvality, kusy zablokovány",
                             "Lis stál 20 min, čekání na materiál"])

    return Table("mes.OPERATION_CONFIRMATION", "en", "screaming", [
        c("CONF_ID", N, "BIGINT", g.keys(7_000_001), "decoy", KEY),
        c("PLANT", N, "VARCHAR", g.col(g.pick(["CZ01", "CZ02"])), "decoy", SHAPE),
        c("ORDER_NO", N, "VARCHAR", g.col(lambda: "0001" + g.digits(8)), "decoy", SHAPE),
        c("OPERATION", N, "VARCHAR", g.col(g.pick(["0010", "0020", "0030", "0040"])), "decoy"),
        c("WORK_CENTER", N, "VARCHAR", g.col(g.pick(["LIS-01", "LIS-03", "SVAR-2", "LAK-1"])), "decoy"),
        c("MATERIAL_NO", N, "VARCHAR", g.col(lambda: g.code("4999-999-99")), "decoy", SHAPE),
        c("BATCH", N, "VARCHAR", g.col(lambda: g.code("25AA9999")), "decoy", SHAPE),
        c("SERIAL_NO", N, "VARCHAR", g.col(lambda: g.code("SN99999999Z"), 0.3), "decoy", SHAPE),
        c("OPERATOR_BADGE", USERNAME, "VARCHAR", [badges[w] for w in who], USER),
        c("OPERATOR_NAME", "person_name", "VARCHAR", who, STAFF, ROLE),
        c("SHIFT", N, "VARCHAR", g.col(g.pick(["A", "B", "C"])), "decoy"),
        c("SHIFT_LEAD", "person_name", "VARCHAR", g.col(g.pick(leads)), STAFF, ROLE),
        c("START_TS", N, "TIMESTAMP", starts, "decoy"),
        c("END_TS", N, "TIMESTAMP", [s + timedelta(minutes=g.rnd.randint(5, 240)) for s in starts], "decoy"),
        c("YIELD_QTY", N, "INTEGER", g.ints(0, 2_400), "decoy"),
        c("SCRAP_QTY", N, "INTEGER", g.ints(0, 60), "decoy"),
        c("SCRAP_REASON", N, "VARCHAR", g.col(g.pick(["OTŘEP", "PRASKLINA", "ROZMĚR", ""])), "decoy"),
        c("COST_CENTER", N, "VARCHAR", g.col(g.pick(["4410", "4420", "4510"])), "decoy"),
        c("RECIPE_VERSION", N, "VARCHAR", g.col(g.version), "decoy", SHAPE),
        c("ESIG_SHA256", N, "VARCHAR", g.col(g.sha256), "decoy", CREDENTIAL, SHAPE),
        c("PRESS_FORCE_KN", N, "DOUBLE", g.floats(800, 2_500, 1), "decoy"),
        c("SHIFT_NOTE", "free_text", "VARCHAR", [note() for _ in range(g.rows)], HEAVY),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (sap_kna1, 1_400), (sap_pa0002, 900), (sap_pa0006, 1_100), (sap_pa0009, 800), (dv_contact, 1_200),
    (sf_lead, 950), (odoo_res_partner, 1_300), (wd_workers, 650), (zd_users, 880), (tr_bordro, 1_050),
    (ebs_people, 1_000), (mes_confirmations, 1_600),
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
