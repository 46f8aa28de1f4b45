"""Held-out set v88 for the column classifier: 15 tables of *local government and citizen services* (council tax and
property rates, waste collection and bin permits, library and leisure cards, social housing applications and housing
queues, school and kindergarten admissions, dog licences and dog fees, complaints and freedom-of-information
requests), one system per table and each a different organisation, eight with English column names (Virginia, Kent,
South Australia, New Brunswick, Botswana, Northern Ireland, Oregon and the Philippines) and seven in Danish, Czech,
Polish, European Portuguese, Turkish, Greek (Greek script) and Russian (Cyrillic).

Three legacy extracts with padded CHAR values: a Virginia county treasurer's personal-property-tax master file on an
AS/400 (``PPMASTP``, fields prefixed ``PP``, dates as CYYMMDD numbers, SSN as text with ``000-00-0000``, ZIP and phone
as ``DECIMAL`` with 0 for missing), a South Australian council's SAP business partners for rates (``ZRATES_BP``:
``PARTNER``, ``NAME_FIRST``, ``GBDAT`` as DATS text, ``STRAS``, ``ORT01``, ``PSTLZ``, ``TELF1``, ``ERNAM``,
``ZZFELD1``/``ZZFELD2``) and an Oregon county's dog-licence file from a COBOL copybook (``OWNER-LAST-NAME``,
``OWNER-DOB`` as YYYYMMDD, ``OWNER-ZIP`` and ``OWNER-PHONE`` numbers, ``USER-FIELD-2``). The rest are modern: a Kent
council's CRM staging table with source-numbered columns (``src_crm_col01`` ... ``src_crm_col18``), a New Brunswick
library's patrons (camel case), a Botswana housing application register (Pascal case), Northern Ireland school
admission preference forms (snake case, ``addr_ln1``, ``ctc_ph``), a Philippine agency's eFOI requests (SCREAMING
case, ``REQUESTER_FNM``/``_LNM``/``_MNM``), a Danish waste-collection subscription table, a Czech town's dog-fee
register, a Polish town hall's public-information requests (camel case), a Portuguese municipal library's readers
(Pascal case), a Turkish municipality's citizen complaints, a Greek municipality's kindergarten applications (Greek
column names) and a Russian city's housing queue (Cyrillic column names).

Written **blind**, like v2 to v87: by someone who has read neither the classifier (``governance_dagster/detect/``) nor
its documentation, tests or notes, only the list of kind names (``governance_dagster/kinds.py``), how the scorer
registers a set, the structure and labeling conventions of v27 (its modules and test, ``tests/heldout_support.py``),
v2's and v4's ``Column``/``Table`` and writer, and the module docstrings of v24 to v86 (to pick a domain they did not
use in this form). The classifier was not run on this set, no scorer was run on it and no score was looked at. It was
written under a short deadline (25 minutes, tests and lint included), so some labels are quick decisions.

Opaque custom fields (tag ``opaque``): every table has one holding personal data (``PPUSR2``, ``src_crm_col17``,
``ZZFELD2``, ``userDefined1``, ``Custom1``, ``misc_2``, ``USER-FIELD-2``, ``CUSTOM_FIELD_2``, ``fritekst_2``,
``volne_pole_2``, ``poleDodatkowe2``, ``CampoLivre2``, ``ozel_alan_2``, ``ελεύθερο_πεδίο_2``, ``доп_поле_2``) next to
one holding none; ``src_crm_col17`` holds a phone, an e-mail address or a name by row (``free_text``, tag ``mixed``).

Decoys (tag ``decoy``, ``value_shape`` when shaped like a personal value): bill, case, tracking, protocol and
application numbers, a Czech variable symbol shaped like a rodné číslo but failing its check, a SAP contract account,
dog tags, microchips, rabies certificates, library barcodes (Luhn), company tax numbers with valid check digits (ABN,
BN, CVR, IČO, NIP, VKN, company INN) of hauliers, vets, sponsors and contractors (tag ``business``), branch and depot
phones and names (``business``), event timestamps, due dates, amounts, a document hash, join keys, programs in audit
columns (tag ``service_account``).

Labeling choices a reader may question: a PO box (``PostalAddress``) and a SAP ``STRAS`` holding number and street
are ``street_address``; a Russian patronymic (``отчество``) is ``person_name`` (neither a given nor a family name
alone); a Philippine middle name (``REQUESTER_MNM``, the mother's maiden surname) is ``last_name``; a Centrelink
concession number, a New Brunswick Medicare number, an Oregon driver licence, an Omang, a PhilSys number, a
Cartão de Cidadão, a Greek personal AFM and a personal INN are ``national_id``; a UK National Insurance number, a
Philippine SSS number, a Greek AMKA and a Russian SNILS are ``ssn``; the Danish CPR, Czech rodné číslo, Polish PESEL,
Turkish T.C. kimlik no and Portuguese NIF are ``national_id``; a dog's name is ``none``; a title (Mr, Mrs) is ``none``;
domestic bank account numbers are ``unclassified`` (tag ``bank_account``) as logins are (tag ``username``); IBANs are
``iban``. ``null_heavy`` means 50-95% NULL, ``nullword_heavy`` 70-95% NULL words (or blanks in CHAR fields).

Every value is generated from :data:`SEED` (one ``random.Random`` per table, named after its builder) with
python-stdnum for check digits, phonenumbers for phone validity, and the lists of
:mod:`benchmarks.classification.heldout_v88_values` (no Faker, no list of real people, no breach data). Build:
``python -m benchmarks.classification.heldout_v88 [PATH]`` (default ``/tmp/heldout_v88.duckdb``). Score:
``python -m benchmarks.classification.heldout_v2_accuracy --set v88``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from benchmarks.classification import heldout_v4
from benchmarks.classification import heldout_v88_values as v
from benchmarks.classification.heldout_v2 import Column, Table
from benchmarks.classification.heldout_v88_values import NULLISH, SEED, USERNAME, Gen, N, c, pad

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

DEFAULT_PATH = Path("/tmp/heldout_v88.duckdb")

NULLWORD = "nullword_heavy"
HEAVY = "null_heavy"
SHAPE = "value_shape"
STAFF = "staff"
ROLE = "role_word"
ABBREV = "abbrev"
AUDIT = "audit"
USER = "username"
BANK = "bank_account"
SERVICE = "service_account"
KEY = "join_key"
PLACEHOLDER = "placeholder"
OPAQUE = "opaque"
MIXED = "mixed"
LEGACY = "legacy"
PADDED = "padded"
ROLE_EMAIL = "role_email"


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
    return [g.rnd.choice(placeholders) if x is not None and g.rnd.random() < share else x for x in values]


def _some(g: Gen, values: list, null: float) -> list:
    return [None if g.rnd.random() < null else x for x in values]


def _blank(g: Gen, values: list, share: float, width: int) -> list:
    """CHAR cells: ``share`` of them blank (padded empty strings)."""
    return [" " * width if g.rnd.random() < share else pad(x, width) for x in values]


# -- legacy extracts -----------------------------------------------------------------------------------------------


def va_pptax(g: Gen) -> Table:
    """A Virginia county treasurer's personal-property-tax master file (AS/400 physical file ``PPMASTP``, fields
    prefixed ``PP``): account and bill numbers, the owner's padded names, SSN as text (blanks and ``000-00-0000``),
    CYYMMDD birth date, address, ZIP and phone as numbers with 0 for missing, a card number kept in clear by the old
    pay-by-phone module (mostly blank), the vehicle decal, assessed value and tax, the clerk's login, the program that
    wrote the row, and two user fields (a co-owner's name; a magisterial district code)."""
    people = [v.person(g, "va") for _ in range(g.rows)]
    homes = [v.place(g, "va") for _ in range(g.rows)]
    births = [g.birth(1938, 2004) if g.rnd.random() < 0.75 else None for _ in range(g.rows)]
    clerks = _logins(g, 5, "va", 0)
    ssns = [None if g.rnd.random() < 0.2 else v.us_ssn(g) for _ in range(g.rows)]
    return Table("PPTAXLIB.PPMASTP", "en", "as400", [
        c("PPACCT", N, "DECIMAL(9,0)", g.keys(100_001, 3), "decoy", KEY, LEGACY),
        c("PPBILL", N, "CHAR(10)", g.col(lambda: g.code("2025999999")), "decoy", SHAPE, LEGACY),
        c("PPLNAM", "last_name", "CHAR(25)", [pad(b, 25) for _, b in people], LEGACY, PADDED, ABBREV),
        c("PPFNAM", "first_name", "CHAR(15)", [pad(a, 15) for a, _ in people], LEGACY, PADDED, ABBREV),
        c("PPSSN", "ssn", "CHAR(11)", _dirty(g, [x if x else " " * 11 for x in ssns], 0.06, ["000-00-0000"]),
          LEGACY, PLACEHOLDER),
        c("PPBDAT", "date_of_birth", "DECIMAL(7,0)", [v.cyymmdd(d) for d in births], LEGACY),
        c("PPADR1", "street_address", "CHAR(30)", [pad(h[0], 30) for h in homes], LEGACY, PADDED),
        c("PPCITY", "city", "CHAR(20)", [pad(h[2], 20) for h in homes], LEGACY, PADDED),
        c("PPST", N, "CHAR(2)", ["VA"] * g.rows, "decoy", LEGACY),
        c("PPZIP", "postal_code", "DECIMAL(5,0)", [0 if g.rnd.random() < 0.05 else int(h[1]) for h in homes],
          LEGACY),
        c("PPPHON", "phone", "DECIMAL(10,0)", [0 if g.rnd.random() < 0.3 else int(g.phone(
            "US", "digits", True, ["540", "703", "571", "804"])) for _ in range(g.rows)], LEGACY),
        c("PPCCNO", "credit_card", "CHAR(16)", _blank(g, g.col(lambda: v.card(g)), 0.82, 16), LEGACY, NULLWORD),
        c("PPDECL", N, "CHAR(8)", g.col(lambda: g.code("D9999999")), "decoy", LEGACY),
        c("PPVTYP", N, "CHAR(4)", g.col(g.pick(["AUTO", "TRK ", "MCYC", "TRLR", "BOAT"])), "decoy", LEGACY),
        c("PPASVL", N, "DECIMAL(9,2)", g.amounts(800, 62_000), "decoy", LEGACY),
        c("PPTAXD", N, "DECIMAL(9,2)", g.amounts(20, 2_400), "decoy", LEGACY),
        c("PPDUED", N, "DECIMAL(8,0)", [v.yyyymmdd(g.day("2025-06-05", "2025-12-05")) for _ in range(g.rows)],
          "decoy", LEGACY),
        c("PPUSER", USERNAME, "CHAR(10)", [pad(x, 10) for x in g.col(g.pick(clerks))], USER, AUDIT, LEGACY),
        c("PPPGM", N, "CHAR(10)", [pad(x, 10) for x in g.col(g.pick(["PP0100R", "PPBATCH"]))], "decoy", SERVICE,
          AUDIT, LEGACY),
        c("PPUSR2", "person_name", "CHAR(30)", _blank(g, [v.whole(g, "va") for _ in range(g.rows)], 0.45, 30),
          OPAQUE, LEGACY, ROLE),
        c("PPUSR3", N, "CHAR(4)", [pad(x, 4) for x in g.col(g.pick(["FAL", "GRN", "HRT", "LEE", "RCK"]))],
          "decoy", OPAQUE, LEGACY),
    ])


def sa_rates(g: Gen) -> Table:
    """A South Australian council's SAP business partners for council rates (``ZRATES_BP``, SAP's German field
    abbreviations, padded CHAR, DATS dates): client, partner, names, birth date (DATS, ``00000000`` when missing),
    street with number, town, postcode, region, country, landline and mobile, e-mail, the Centrelink concession
    number (pensioner rebate), the contract account, the managing agent's ABN (business), the direct-debit BSB and
    account (``unclassified``), the rate, creator and dates, and ``ZZFELD1`` (a land-use code) and ``ZZFELD2`` (the
    name of an executor or attorney: ``person_name``)."""
    people = [v.person(g, "sa") for _ in range(g.rows)]
    homes = [v.place(g, "sa") for _ in range(g.rows)]
    births = [g.birth(1930, 2003) if g.rnd.random() < 0.7 else None for _ in range(g.rows)]
    clerks = _logins(g, 4, "sa", 2)
    agents = [v.au_abn(g) for _ in range(6)]
    return Table("SAPSR3.ZRATES_BP", "en", "sap", [
        c("MANDT", N, "CHAR(3)", ["100"] * g.rows, "decoy", LEGACY),
        c("PARTNER", N, "CHAR(10)", [f"{i:010d}" for i in g.keys(3_000_100, 7)], "decoy", KEY, LEGACY),
        c("NAME_FIRST", "first_name", "CHAR(40)", [pad(a, 40) for a, _ in people], LEGACY, PADDED),
        c("NAME_LAST", "last_name", "CHAR(40)", [pad(b, 40) for _, b in people], LEGACY, PADDED),
        c("GBDAT", "date_of_birth", "CHAR(8)", [v.dats(d) for d in births], LEGACY),
        c("STRAS", "street_address", "CHAR(60)", [pad(h[0], 60) for h in homes], LEGACY, PADDED),
        c("ORT01", "city", "CHAR(40)", [pad(h[2], 40) for h in homes], LEGACY, PADDED),
        c("PSTLZ", "postal_code", "CHAR(10)", [pad(h[1], 10) for h in homes], LEGACY, PADDED),
        c("REGIO", N, "CHAR(3)", [pad("SA", 3)] * g.rows, "decoy", LEGACY),
        c("LAND1", N, "CHAR(3)", [pad("AU", 3)] * g.rows, "decoy", LEGACY),
        c("TELF1", "phone", "CHAR(30)", [pad(x, 30) if x else " " * 30 for x in g.phones(
            "AU", {"national": 1.0}, 0.0, 0.35, fixed_leads=["883", "838", "839"])], LEGACY),
        c("MOB_NUMBER", "phone", "CHAR(30)", [pad(x, 30) if x else " " * 30 for x in g.phones(
            "AU", {"digits": 0.6, "national": 0.4}, 1.0, 0.3)], LEGACY),
        c("SMTP_ADDR", "email", "CHAR(241)", [pad(v.email_of(g, a, b, v.DOMAINS["au"]), 241).lower()
                                               if g.rnd.random() < 0.6 else " " * 241 for a, b in people], LEGACY),
        c("ZZCONC_CRN", "national_id", "CHAR(10)", _blank(g, g.col(lambda: g.code("999999999A")), 0.55, 10),
          LEGACY, ABBREV),
        c("VKONT", N, "CHAR(12)", [f"{i:012d}" for i in g.keys(400_000_001, 13)], "decoy", KEY, LEGACY),
        c("ZZAGENT_ABN", N, "CHAR(14)", g.col(g.pick(agents)), "business", SHAPE, LEGACY),
        c("BANKN", USERNAME, "CHAR(18)", _blank(g, g.col(lambda: f"{g.digits(3)}-{g.digits(3)} {g.digits(9)}"),
                                                  0.4, 18), BANK, LEGACY),
        c("ZZRATE", N, "DECIMAL(11,2)", g.amounts(900, 4_800), "decoy", LEGACY),
        c("ERNAM", USERNAME, "CHAR(12)", [pad(x, 12) for x in g.col(g.pick(clerks))], USER, AUDIT, LEGACY),
        c("ERDAT", N, "CHAR(8)", [v.dats(g.day("2012-01-01", "2025-10-31")) for _ in range(g.rows)], "decoy",
          LEGACY),
        c("ZZFELD1", N, "CHAR(4)", [pad(x, 4) for x in g.col(g.pick(["RES", "PRIM", "COMM", "VAC"]))], "decoy",
          OPAQUE, LEGACY),
        c("ZZFELD2", "person_name", "CHAR(40)", _blank(g, [v.whole(g, "sa") for _ in range(g.rows)], 0.6, 40),
          OPAQUE, LEGACY, ROLE),
    ])


def or_doglic(g: Gen) -> Table:
    """An Oregon county's dog licences (a COBOL copybook's fixed-width file, hyphenated names): licence, year and
    tag, the owner's padded names, address, city, state, ZIP and phone as numbers (0 for missing), birth date as
    YYYYMMDD (senior discount), driver licence number (some ``XXXXXXXXX``), the dog's name and breed (``none``),
    rabies certificate, the vet clinic and its phone (business), fee, issue date, clerk id, a filler code and
    ``USER-FIELD-2`` (a second owner's name)."""
    people = [v.person(g, "or") for _ in range(g.rows)]
    homes = [v.place(g, "or") for _ in range(g.rows)]
    clinics = [("CASCADE ANIMAL HOSPITAL", "5413895500"), ("HIGH DESERT VET CLINIC", "5415481200"),
               ("SISTERS PET CARE", "5415492211"), ("BEND ANIMAL CLINIC", "5413824000")]
    clinic = [g.rnd.randrange(len(clinics)) for _ in range(g.rows)]
    clerks = _logins(g, 4, "or", 4)
    return Table("DOGLIC.DOGLICF", "en", "cobol", [
        c("LIC-NUMBER", N, "DECIMAL(8,0)", g.keys(25_000_001), "decoy", KEY, LEGACY),
        c("LIC-YEAR", N, "DECIMAL(4,0)", g.col(g.pick([2024, 2025, 2026])), "decoy", LEGACY),
        c("TAG-NUMBER", N, "CHAR(7)", g.col(lambda: g.code("D999999")), "decoy", LEGACY),
        c("OWNER-LAST-NAME", "last_name", "CHAR(20)", [pad(b, 20) for _, b in people], LEGACY, PADDED),
        c("OWNER-FIRST-NAME", "first_name", "CHAR(15)", [pad(a, 15) for a, _ in people], LEGACY, PADDED),
        c("OWNER-ADDR-LN1", "street_address", "CHAR(30)", [pad(h[0], 30) for h in homes], LEGACY, PADDED, ABBREV),
        c("OWNER-CITY", "city", "CHAR(18)", [pad(h[2], 18) for h in homes], LEGACY, PADDED),
        c("OWNER-STATE", N, "CHAR(2)", ["OR"] * g.rows, "decoy", LEGACY),
        c("OWNER-ZIP", "postal_code", "DECIMAL(5,0)", [0 if g.rnd.random() < 0.04 else int(h[1]) for h in homes],
          LEGACY),
        c("OWNER-PHONE", "phone", "DECIMAL(10,0)", [0 if g.rnd.random() < 0.25 else int(g.phone(
            "US", "digits", True, ["541", "458"])) for _ in range(g.rows)], LEGACY),
        c("OWNER-DOB", "date_of_birth", "DECIMAL(8,0)", [v.yyyymmdd(g.birth(1935, 2005)) if g.rnd.random() < 0.6
                                                         else 0 for _ in range(g.rows)], LEGACY),
        c("OWNER-DL-NO", "national_id", "CHAR(9)", _dirty(g, g.col(lambda: pad(g.code(
            g.rnd.choice(["9999999", "A999999", "99999999"])), 9)), 0.07, ["XXXXXXXXX"]), LEGACY, PLACEHOLDER),
        c("DOG-NAME", N, "CHAR(15)", [pad(x, 15) for x in g.col(g.pick(
            ["BISCUIT", "JUNO", "TUCKER", "MAPLE", "RANGER", "PEPPER", "SADIE", "ZIGGY"]))], "decoy", LEGACY),
        c("DOG-BREED", N, "CHAR(20)", [pad(x, 20) for x in g.col(g.pick(
            ["LABRADOR RETRIEVER", "BORDER COLLIE", "MIXED", "AUSTRALIAN SHEPHERD", "CHIHUAHUA"]))], "decoy",
          LEGACY),
        c("RABIES-CERT-NO", N, "CHAR(10)", g.col(lambda: g.code("RC99999999")), "decoy", LEGACY),
        c("VET-CLINIC", N, "CHAR(25)", [pad(clinics[i][0], 25) for i in clinic], "business", LEGACY),
        c("VET-PHONE", N, "DECIMAL(10,0)", [int(clinics[i][1]) for i in clinic], "business", LEGACY),
        c("FEE-AMT", N, "DECIMAL(5,2)", g.col(g.pick([18.0, 35.0, 10.0, 55.0])), "decoy", LEGACY),
        c("ISSUE-DATE", N, "DECIMAL(8,0)", [v.yyyymmdd(g.day("2024-01-02", "2025-12-19")) for _ in range(g.rows)],
          "decoy", LEGACY),
        c("CLERK-ID", USERNAME, "CHAR(8)", [pad(x, 8) for x in g.col(g.pick(clerks))], USER, AUDIT, LEGACY),
        c("FILLER-1", N, "CHAR(3)", [pad(x, 3) for x in g.col(g.pick(["S", "N", "SR", "SVC"]))], "decoy", OPAQUE,
          LEGACY),
        c("USER-FIELD-2", "person_name", "CHAR(30)", _blank(g, [v.whole(g, "or") for _ in range(g.rows)], 0.5, 30),
          OPAQUE, LEGACY, ROLE),
    ])


# -- modern systems in English ------------------------------------------------------------------------------------


def kent_crm_staging(g: Gen) -> Table:
    """A Kent district council's CRM extract landed in staging with source-numbered columns: case reference and
    time, title, first name, surname, e-mail (some placeholders), phone, address line, town, postcode, category,
    description naming people (``free_text``), officer (few), the claimant's NI number (council tax support cases
    only: mostly NULL), the depot's phone (business), the service request number, ``src_crm_col17`` (a phone, an
    e-mail or a name by row: ``free_text``) and ``src_crm_col18`` (a channel code), the load batch and time."""
    people = [v.person(g, "kent") for _ in range(g.rows)]
    homes = [v.place(g, "kent") for _ in range(g.rows)]
    officers = _staff(g, 6, lambda x: v.whole(x, "kent"))
    depots = ["01622 602000", "01233 331111", "01227 862000"]

    def desc() -> str:
        return g.rnd.choice(["Brown bin missed two weeks running", "Garden waste permit sticker not received",
                             f"Fly-tipping behind garages, neighbour {v.whole(g, 'kent')} saw a van",
                             f"Crew damaged my wall, spoke to {v.given(g, 'kent')} at the depot",
                             "Assisted collection requested", "Bulky waste booking query"])

    def mixed() -> str | None:
        r = g.rnd.random()
        if r < 0.2:
            return None
        if r < 0.47:
            return g.phone("GB", g.rnd.choice(["national", "intl"]), True)
        if r < 0.74:
            return v.email(g, "kent", "uk")
        return v.whole(g, "kent")

    return Table("staging.src_crm_cases", "en", "snake", [
        c("src_crm_col01", N, "VARCHAR", g.col(lambda: g.code("CAS-999999-Z9Z9")), "decoy", SHAPE),
        c("src_crm_col02", N, "VARCHAR", [x.strftime("%d/%m/%Y %H:%M") for x in g.moments("2025-01-01",
                                                                                         "2025-11-30")], "decoy"),
        c("src_crm_col03", N, "VARCHAR", g.col(g.pick(["Mr", "Mrs", "Ms", "Miss", "Dr", "Mx"]), 0.1), "decoy"),
        c("src_crm_col04", "first_name", "VARCHAR", [a for a, _ in people]),
        c("src_crm_col05", "last_name", "VARCHAR", [b for _, b in people]),
        c("src_crm_col06", "email", "VARCHAR", _dirty(g, [v.email_of(g, a, b, v.DOMAINS["uk"])
                                                          if g.rnd.random() < 0.8 else None for a, b in people],
                                                      0.05, ["noemail@none.com", "test@test.com"]), PLACEHOLDER),
        c("src_crm_col07", "phone", "VARCHAR", g.phones("GB", {"national": 0.7, "intl": 0.2, "digits": 0.1}, 0.7,
                                                        0.1, fixed_leads=["1622", "1233", "1227", "1303"])),
        c("src_crm_col08", "street_address", "VARCHAR", [h[0] for h in homes]),
        c("src_crm_col09", "city", "VARCHAR", [h[2] for h in homes]),
        c("src_crm_col10", "postal_code", "VARCHAR", [h[1] for h in homes]),
        c("src_crm_col11", N, "VARCHAR", g.col(g.pick(["Missed collection", "Garden waste", "Fly-tipping",
                                                       "Bulky waste", "Council tax", "Complaint"])), "decoy"),
        c("src_crm_col12", "free_text", "VARCHAR", g.col(desc, 0.15)),
        c("src_crm_col13", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
        c("src_crm_col14", "ssn", "VARCHAR", g.col(lambda: v.gb_nino(g, g.rnd.random() < 0.3), 0.8), HEAVY),
        c("src_crm_col15", N, "VARCHAR", g.col(g.pick(depots)), "business"),
        c("src_crm_col16", N, "VARCHAR", g.col(lambda: g.code("SR99999999")), "decoy"),
        c("src_crm_col17", "free_text", "VARCHAR", [mixed() for _ in range(g.rows)], OPAQUE, MIXED),
        c("src_crm_col18", N, "VARCHAR", g.col(g.pick(["WEB", "PHONE", "F2F", "EMAIL", "APP"])), "decoy", OPAQUE),
        c("load_batch_id", N, "BIGINT", [20251201 + g.rnd.randint(0, 3) for _ in range(g.rows)], "decoy", KEY),
        c("loaded_at", N, "TIMESTAMP", g.moments("2025-12-01", "2025-12-04"), "decoy"),
    ])


def nb_library(g: Gen) -> Table:
    """A New Brunswick regional library's and leisure centre's patrons (camel case): patron id, card barcode (Luhn),
    names, preferred name, birth date, address, city, province, postal code, home and cell phones, e-mail, the
    Medicare number (fee assistance: mostly NULL), the guardian of a child card, home branch and its phone, the
    sponsor's business number, expiry, fines, last checkout, creator login, ``userDefined1`` (an emergency contact's
    name) and ``userDefined2`` (a reading-programme code)."""
    people = [v.person(g, "nb") for _ in range(g.rows)]
    homes = [v.place(g, "nb") for _ in range(g.rows)]
    births = g.births(1935, 2020)
    branches = [("Moncton Public Library", "(506) 869-6000"), ("Dieppe Public Library", "(506) 877-7945"),
                ("Riverview Public Library", "(506) 387-2108")]
    branch = [g.rnd.randrange(3) for _ in range(g.rows)]
    sponsors = [v.ca_bn(g) for _ in range(4)]
    clerks = _logins(g, 5, "nb", 1)

    def barcode() -> str:
        body = "2" + g.digits(12)
        return body + v.luhn.calc_check_digit(body)

    return Table("ils.patrons", "en", "camel", [
        c("patronId", N, "BIGINT", g.keys(880_001), "decoy", KEY),
        c("cardBarcode", N, "VARCHAR", g.col(barcode), "decoy", SHAPE),
        c("firstName", "first_name", "VARCHAR", [a for a, _ in people]),
        c("lastName", "last_name", "VARCHAR", [b for _, b in people]),
        c("preferredName", "first_name", "VARCHAR", g.col(lambda: v.given(g, "nb"), 0.85), HEAVY),
        c("birthDate", "date_of_birth", "DATE", births),
        c("streetAddress", "street_address", "VARCHAR", [h[0] for h in homes]),
        c("city", "city", "VARCHAR", [h[2] for h in homes]),
        c("provinceCode", N, "VARCHAR", ["NB"] * g.rows, "decoy"),
        c("postalCode", "postal_code", "VARCHAR", [h[1] for h in homes]),
        c("homePhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.8, "dashes": 0.2}, 0.0, 0.55,
                                                    fixed_leads=["506"]), HEAVY),
        c("cellPhone", "phone", "VARCHAR", g.phones("CA", {"national": 0.5, "dashes": 0.3, "e164": 0.2}, 1.0, 0.2,
                                                    leads=["506"])),
        c("emailAddress", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ca"]) if g.rnd.random() < 0.75
                                               else None for a, b in people]),
        c("medicareNumber", "national_id", "VARCHAR", g.col(lambda: g.digits(9), 0.8), HEAVY),
        c("guardianName", "person_name", "VARCHAR", [v.whole(g, "nb") if b.year >= 2008 else None for b in births],
          ROLE, HEAVY),
        c("homeBranch", N, "VARCHAR", [branches[i][0] for i in branch], "business"),
        c("branchPhone", N, "VARCHAR", [branches[i][1] for i in branch], "business"),
        c("sponsorBn", N, "VARCHAR", g.col(g.pick(sponsors), 0.5), "business", SHAPE),
        c("expiryDate", N, "DATE", g.days("2026-01-01", "2028-12-31"), "decoy"),
        c("fineBalance", N, "DECIMAL(8,2)", g.col(g.pick([0.0, 0.0, 0.0, 0.5, 1.25, 4.75, 12.0])), "decoy"),
        c("lastCheckoutAt", N, "TIMESTAMP", g.moments("2024-06-01", "2025-11-30", 0.1), "decoy"),
        c("createdBy", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT),
        c("userDefined1", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "nb"), 0.4), OPAQUE, ROLE),
        c("userDefined2", N, "VARCHAR", g.col(g.pick(["TD-SUMMER", "BOOKCLUB", "STEM", "SENIORS"]), 0.3), "decoy",
          OPAQUE),
    ])


def bw_housing(g: Gen) -> Table:
    """A Botswana district land board's and housing office's application register (Pascal case): application id and
    number, the applicant's names, Omang, birth date as ``dd/mm/yyyy`` text, gender and marital status, the spouse,
    postal and physical address, village or town, cell and alternative numbers, e-mail, income, employer and its
    phone (business), the requested plot, status, capturing officer's login, the portal's IP address, ``Custom1`` (next
    of kin: ``person_name``) and ``Custom2`` (a ward code)."""
    people = [v.person(g, "bw", g.rnd.random() < 0.55) for _ in range(g.rows)]
    births = g.births(1955, 2006)
    towns = [g.rnd.choice(v.TOWNS["bw"])[0] for _ in range(g.rows)]
    employers = [("Debswana Diamond Company", "+267 361 4200"), ("Botswana Power Corporation", "+267 360 3000"),
                 ("Choppies Enterprises", "+267 390 3777"), ("Ministry of Education", "+267 365 5400")]
    emp = [g.rnd.randrange(len(employers)) if g.rnd.random() < 0.7 else None for _ in range(g.rows)]
    clerks = _logins(g, 5, "bw", 0)
    married = [g.rnd.random() < 0.4 for _ in range(g.rows)]
    return Table("dbo.HousingApplications", "en", "pascal", [
        c("ApplicationId", N, "INTEGER", g.keys(50_001), "decoy", KEY),
        c("ApplicationNo", N, "VARCHAR", g.col(lambda: g.code("SHHA/GAB/2025/99999")), "decoy", SHAPE),
        c("ApplicantFirstName", "first_name", "VARCHAR", [a for a, _ in people], ROLE),
        c("ApplicantSurname", "last_name", "VARCHAR", [b for _, b in people], ROLE),
        c("OmangNumber", "national_id", "VARCHAR", [g.digits(4) + ("2" if i % 2 else "1") + g.digits(4)
                                                    for i in range(g.rows)]),
        c("DateOfBirth", "date_of_birth", "VARCHAR", [d.strftime("%d/%m/%Y") for d in births]),
        c("Gender", N, "VARCHAR", g.col(g.pick(["M", "F"])), "decoy"),
        c("MaritalStatus", N, "VARCHAR", ["Married" if m else g.rnd.choice(["Single", "Widowed"]) for m in married],
          "decoy"),
        c("SpouseName", "person_name", "VARCHAR", [v.whole(g, "bw") if m and g.rnd.random() < 0.9 else None
                                                   for m in married], ROLE, HEAVY),
        c("PostalAddress", "street_address", "VARCHAR", [f"P O Box {g.rnd.randint(1, 9999)}, {t}"
                                                         if g.rnd.random() < 0.8 else None for t in towns]),
        c("PhysicalAddress", "street_address", "VARCHAR", [v.street(g, "bw") for _ in range(g.rows)]),
        c("VillageOrTown", "city", "VARCHAR", towns),
        c("CellNumber", "phone", "VARCHAR", g.phones("BW", {"intl": 0.4, "national": 0.4, "e164": 0.2}, 1.0, 0.05)),
        c("AltContactNo", "phone", "VARCHAR", g.phones("BW", {"national": 1.0}, 0.8, 0.7), HEAVY),
        c("Email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["bw"]) if g.rnd.random() < 0.45 else None
                                        for a, b in people]),
        c("MonthlyIncome", N, "DECIMAL(10,2)", g.amounts(1_500, 28_000), "decoy"),
        c("Employer", N, "VARCHAR", [employers[i][0] if i is not None else None for i in emp], "business"),
        c("EmployerPhone", N, "VARCHAR", [employers[i][1] if i is not None else None for i in emp], "business"),
        c("PlotRequested", N, "VARCHAR", g.col(lambda: g.code("Plot 99999 Block 9")), "decoy"),
        c("Status", N, "VARCHAR", g.col(g.pick(["Received", "Verified", "Waiting List", "Allocated", "Rejected"])),
          "decoy"),
        c("CapturedBy", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT),
        c("SubmittedFromIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.3)),
        c("SubmittedOn", N, "TIMESTAMP", g.moments("2024-01-01", "2025-11-30"), "decoy"),
        c("Custom1", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "bw"), 0.3), OPAQUE, ROLE),
        c("Custom2", N, "VARCHAR", g.col(g.pick(["GC-12", "GN-03", "FT-07", "MN-01"]), 0.2), "decoy", OPAQUE),
    ])


def ni_admissions(g: Gen) -> Table:
    """A Northern Ireland education authority's school admission preference forms (snake case, abbreviations): form
    id, the child's names, birth date and Health and Care number, gender, the parent's title and full name, the
    parent's National Insurance number (free school meals only: mostly NULL), relationship, address line 1 and 2
    (the town), postcode, contact phone and e-mail, first and second preference schools, a sibling's name (mostly
    ``N/A``), entitlement flag, submission time, the admissions officer (few), ``misc_1`` (a criteria code) and
    ``misc_2`` (the child's previous surname: ``last_name``)."""
    kids = [v.person(g, "ni") for _ in range(g.rows)]
    parents = [(v.given(g, "ni"), b if g.rnd.random() < 0.8 else v.person(g, "ni")[1]) for _, b in kids]
    homes = [v.place(g, "ni") for _ in range(g.rows)]
    officers = _staff(g, 4, lambda x: v.whole(x, "ni"))
    schools = ["St Joseph's Primary School", "Windsor Hill Primary School", "Abbey Christian Brothers' Grammar",
               "Banbridge Academy", "Lurgan College", "St Catherine's College"]
    return Table("admissions.preference_forms", "en", "snake", [
        c("form_id", N, "BIGINT", g.keys(24_000_001), "decoy", KEY),
        c("child_forename", "first_name", "VARCHAR", [a for a, _ in kids]),
        c("child_surname", "last_name", "VARCHAR", [b for _, b in kids]),
        c("child_dob", "date_of_birth", "DATE", g.births(2013, 2021), ABBREV),
        c("child_hcn", "national_id", "VARCHAR", g.col(lambda: v.ni_hcn(g), 0.1), ABBREV),
        c("child_gender", N, "VARCHAR", g.col(g.pick(["M", "F"])), "decoy"),
        c("parent_title", N, "VARCHAR", g.col(g.pick(["Mr", "Mrs", "Ms", "Miss", "Dr"])), "decoy"),
        c("parent_full_name", "person_name", "VARCHAR", [f"{a} {b}" for a, b in parents], ROLE),
        c("parent_nino", "ssn", "VARCHAR", g.col(lambda: v.gb_nino(g), 0.72), HEAVY, ABBREV),
        c("relationship_to_child", N, "VARCHAR", g.col(g.pick(["Mother", "Father", "Guardian", "Grandparent"])),
          "decoy"),
        c("home_addr_ln1", "street_address", "VARCHAR", [h[0] for h in homes], ABBREV),
        c("home_addr_ln2", "city", "VARCHAR", [h[2] for h in homes], ABBREV),
        c("postcode", "postal_code", "VARCHAR", [h[1] for h in homes]),
        c("ctc_ph", "phone", "VARCHAR", g.phones("GB", {"national": 0.7, "intl": 0.3}, 0.75, 0.05,
                                                 fixed_leads=["2830", "2837", "2840", "2838"]), ABBREV),
        c("ctc_email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["uk"]) for a, b in parents], ABBREV,
          ROLE_EMAIL),
        c("school_pref_1", N, "VARCHAR", g.col(g.pick(schools)), "business"),
        c("school_pref_2", N, "VARCHAR", g.col(g.pick(schools), 0.3), "business"),
        c("sibling_name", "person_name", "VARCHAR", g.sparse(lambda: v.whole(g, "ni"), 0.78, ("N/A", "n/a", "-", "")),
          NULLWORD, ROLE),
        c("fsm_entitled", N, "BOOLEAN", g.yn(True, False, 0.28), "decoy"),
        c("submitted_at", N, "TIMESTAMP", g.moments("2025-01-06", "2025-01-31"), "decoy"),
        c("admissions_officer", "person_name", "VARCHAR", g.col(g.pick(officers)), STAFF),
        c("misc_1", N, "VARCHAR", g.col(g.pick(["C1", "C2", "C3", "C4", "SEN"])), "decoy", OPAQUE),
        c("misc_2", "last_name", "VARCHAR", g.col(lambda: v.person(g, "ni")[1], 0.45), OPAQUE),
    ])


def ph_efoi(g: Gen) -> Table:
    """A Philippine national agency's eFOI requests (SCREAMING case, Oracle): request id, tracking number, the
    requester's first, last and middle names, e-mail, mobile, ID type and number (PhilSys), SSS number (mostly NULL),
    birth date, address, city, ZIP, the agency, the request title (``none``) and purpose (``free_text``), the IP
    address, status, the receiving officer (few) and the FOI officer's e-mail, date received, the decision
    document's hash, ``CUSTOM_FIELD_1`` (a channel code) and ``CUSTOM_FIELD_2`` (an authorised representative)."""
    people = [v.person(g, "ph") for _ in range(g.rows)]
    homes = [v.place(g, "ph") for _ in range(g.rows)]
    officers = [v.person(g, "ph") for _ in range(5)]
    officer = [g.rnd.randrange(5) for _ in range(g.rows)]

    def purpose() -> str:
        return g.rnd.choice(["For thesis research on flood control budgets", "Personal records request",
                             f"Requesting the service record of my late father {v.whole(g, 'ph')}",
                             "Journalistic purposes", f"Land title verification for {v.whole(g, 'ph')}"])

    return Table("EFOI.FOI_REQUESTS", "en", "screaming", [
        c("REQUEST_ID", N, "BIGINT", g.keys(310_001), "decoy", KEY),
        c("TRACKING_NO", N, "VARCHAR", g.col(lambda: g.code("#DILG-999-999")), "decoy", SHAPE),
        c("REQUESTER_FNM", "first_name", "VARCHAR", [a for a, _ in people], ABBREV, ROLE),
        c("REQUESTER_LNM", "last_name", "VARCHAR", [b for _, b in people], ABBREV, ROLE),
        c("REQUESTER_MNM", "last_name", "VARCHAR", g.col(lambda: v.person(g, "ph")[1], 0.2), ABBREV, ROLE),
        c("EMAIL_ADDR", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["ph"]) for a, b in people], ABBREV),
        c("MOBILE_NO", "phone", "VARCHAR", g.phones("PH", {"national": 0.5, "e164": 0.3, "digits": 0.2}, 1.0, 0.1,
                                                    leads=["917", "918", "927", "939", "995"])),
        c("ID_TYPE", N, "VARCHAR", g.col(g.pick(["PHILSYS", "PHILSYS", "PHILSYS"])), "decoy"),
        c("ID_NUMBER", "national_id", "VARCHAR", g.col(lambda: g.code("9999-9999-9999-9999"), 0.05)),
        c("SSS_NO", "ssn", "VARCHAR", g.col(lambda: g.code("99-9999999-9"), 0.75), HEAVY, ABBREV),
        c("BIRTHDATE", "date_of_birth", "DATE", g.births(1950, 2006)),
        c("ADDRESS", "street_address", "VARCHAR", [h[0] for h in homes]),
        c("CITY_MUN", "city", "VARCHAR", [h[2] for h in homes], ABBREV),
        c("ZIP_CODE", "postal_code", "VARCHAR", [h[1] for h in homes]),
        c("AGENCY", N, "VARCHAR", g.col(g.pick(["DILG", "DPWH", "DepEd", "DOH"])), "decoy"),
        c("REQUEST_TITLE", N, "VARCHAR", g.col(g.pick(["Flood control projects 2023", "Barangay budget 2024",
                                                       "Road widening contracts", "Service record"])), "decoy"),
        c("REQUEST_PURPOSE", "free_text", "VARCHAR", g.col(purpose)),
        c("SUBMITTED_IP", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.25))),
        c("STATUS", N, "VARCHAR", g.col(g.pick(["PENDING", "SUCCESSFUL", "DENIED", "PARTIALLY SUCCESSFUL"])),
          "decoy"),
        c("RECEIVING_OFFICER", "person_name", "VARCHAR", [" ".join(officers[i]) for i in officer], STAFF),
        c("FOI_OFFICER_EMAIL", "email", "VARCHAR", [v.work_email(*officers[i], "dilg.gov.ph") for i in officer],
          ROLE_EMAIL),
        c("DATE_RECEIVED", N, "DATE", g.days("2024-01-01", "2025-11-30"), "decoy"),
        c("DECISION_DOC_SHA1", N, "VARCHAR", g.col(lambda: v.sha1(g), 0.3), "decoy"),
        c("CUSTOM_FIELD_1", N, "VARCHAR", g.col(g.pick(["ONLINE", "WALKIN", "EMAIL"])), "decoy", OPAQUE),
        c("CUSTOM_FIELD_2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "ph"), 0.6), OPAQUE, ROLE),
    ])


# -- other languages ----------------------------------------------------------------------------------------------


def da_affald(g: Gen) -> Table:
    """A Danish municipality's waste-collection subscriptions (Danish, snake case): subscription id, customer number,
    names, CPR (encoding the birth date), birth date, address, postcode, town, phone and mobile, e-mail, bin type and
    day, start date, the haulier and its CVR (business), the refund account (``reg.nr.`` and account:
    ``unclassified``), a remark (mostly ``ingen``), the caseworker (few), ``fritekst_1`` (a route code) and
    ``fritekst_2`` (a co-owner's e-mail)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "da", female)
        born = g.birth(1935, 2004)
        rows.append((a, b, born, v.dk_cpr(g, born, female)))
    homes = [v.place(g, "da") for _ in range(g.rows)]
    hauliers = [("Marius Pedersen A/S", v.dk_cvr(g)), ("Urbaser A/S", v.dk_cvr(g)), ("RenoNord I/S", v.dk_cvr(g))]
    haul = [g.rnd.randrange(3) for _ in range(g.rows)]
    staff = _staff(g, 4, lambda x: v.whole(x, "da"))

    def remark() -> str:
        return g.rnd.choice([f"Nøgle hos naboen {v.whole(g, 'da')}", "Beholder står bag garagen",
                             f"Kontakt datteren {v.given(g, 'da')} ved spørgsmål"])

    return Table("affald.tilmeldinger", "da", "snake", [
        c("abonnement_id", N, "INTEGER", g.keys(70_001), "decoy", KEY),
        c("kundenr", N, "VARCHAR", g.col(lambda: g.code("K-9999999")), "decoy"),
        c("fornavn", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("efternavn", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("cpr_nr", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.85 else None for r in rows], ABBREV),
        c("foedselsdato", "date_of_birth", "DATE", [r[2] for r in rows]),
        c("adresse", "street_address", "VARCHAR", [h[0] for h in homes]),
        c("postnr", "postal_code", "VARCHAR", [h[1] for h in homes], ABBREV),
        c("bynavn", "city", "VARCHAR", [h[2] for h in homes]),
        c("telefon", "phone", "VARCHAR", g.phones("DK", {"national": 0.6, "intl": 0.4}, 0.6, 0.2)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["da"]) if g.rnd.random() < 0.8
                                        else None for r in rows]),
        c("beholdertype", N, "VARCHAR", g.col(g.pick(["240 L restaffald", "370 L papir/plast", "140 L madaffald"])),
          "decoy"),
        c("toemningsdag", N, "VARCHAR", g.col(g.pick(["mandag", "tirsdag", "onsdag", "torsdag", "fredag"])),
          "decoy"),
        c("startdato", N, "DATE", g.days("2015-01-01", "2025-11-30"), "decoy"),
        c("renovatoer", N, "VARCHAR", [hauliers[i][0] for i in haul], "business"),
        c("renovatoer_cvr", N, "VARCHAR", [hauliers[i][1] for i in haul], "business", SHAPE),
        c("refusion_konto", USERNAME, "VARCHAR", g.col(lambda: f"{g.digits(4)} {g.digits(10)}", 0.4), BANK),
        c("bemaerkning", "free_text", "VARCHAR", g.sparse(remark, 0.8, ("", "ingen", "-", "ukendt")), NULLWORD),
        c("sagsbehandler", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("fritekst_1", N, "VARCHAR", g.col(g.pick(["R12", "R14", "R22", "R31"])), "decoy", OPAQUE),
        c("fritekst_2", "email", "VARCHAR", g.col(lambda: v.email(g, "da", "da"), 0.6), OPAQUE, HEAVY),
    ])


def cs_psi(g: Gen) -> Table:
    """A Czech town's dog-fee register (Czech, snake case): payer id, variable symbol (10 digits shaped like a rodné
    číslo, failing its check), names, rodné číslo (encoding the birth date), birth date as ``d.m.yyyy`` text,
    street, town, PSČ, phone, e-mail, bank account (``unclassified``), dog tag, breed, microchip, fee, exemption,
    the vet and its IČO (business), the clerk (few surnames), ``volne_pole_1`` (a district) and ``volne_pole_2`` (a
    co-keeper's name)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "cs", female)
        born = g.birth(1955, 2005)
        rows.append((a, b, born, v.cz_rc(g, born, female)))
    homes = [v.place(g, "cs") for _ in range(g.rows)]
    vets = [("MVDr. Veterinární klinika Olomouc s.r.o.", v.cz_ico(g)), ("Vetcentrum Haná s.r.o.", v.cz_ico(g))]
    vet = [g.rnd.randrange(2) for _ in range(g.rows)]
    clerks = _staff(g, 3, lambda x: v.person(x, "cs")[1])
    return Table("poplatky.psi", "cs", "snake", [
        c("id_poplatnika", N, "INTEGER", g.keys(10_001), "decoy", KEY),
        c("variabilni_symbol", N, "VARCHAR", g.col(lambda: v.failing(g, lambda: g.digits(10), v._rc.is_valid)),
          "decoy", SHAPE),
        c("jmeno", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("prijmeni", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("rodne_cislo", "national_id", "VARCHAR", [r[3] if g.rnd.random() < 0.9 else None for r in rows]),
        c("datum_narozeni", "date_of_birth", "VARCHAR", [f"{r[2].day}.{r[2].month}.{r[2].year}" for r in rows]),
        c("ulice", "street_address", "VARCHAR", [h[0] for h in homes]),
        c("obec", "city", "VARCHAR", [h[2] for h in homes]),
        c("psc", "postal_code", "VARCHAR", [h[1] for h in homes], ABBREV),
        c("telefon", "phone", "VARCHAR", g.phones("CZ", {"national": 0.6, "intl": 0.4}, 0.9, 0.25)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["cs"]) if g.rnd.random() < 0.65
                                        else None for r in rows]),
        c("cislo_uctu", USERNAME, "VARCHAR", g.col(lambda: f"{g.digits(10)}/{g.rnd.choice(['0100', '0300', '0800'])}",
                                                   0.45), BANK),
        c("cislo_znamky", N, "VARCHAR", g.col(lambda: g.code("OL-9999")), "decoy"),
        c("plemeno", N, "VARCHAR", g.col(g.pick(["kříženec", "jezevčík", "labradorský retrívr", "německý ovčák"])),
          "decoy"),
        c("cip_psa", N, "VARCHAR", g.col(lambda: "203" + g.digits(12), 0.1), "decoy", SHAPE),
        c("vyse_poplatku", N, "INTEGER", g.col(g.pick([200, 600, 1_000, 1_500])), "decoy"),
        c("osvobozeni", N, "BOOLEAN", g.yn(True, False, 0.08), "decoy"),
        c("veterinar", N, "VARCHAR", [vets[i][0] for i in vet], "business"),
        c("ico_veterinare", N, "VARCHAR", [vets[i][1] for i in vet], "business", SHAPE),
        c("zpracoval", "last_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
        c("volne_pole_1", N, "VARCHAR", g.col(g.pick(["Lazce", "Hodolany", "Nová Ulice", "Neředín"])), "decoy",
          OPAQUE),
        c("volne_pole_2", "person_name", "VARCHAR", g.sparse(lambda: v.whole(g, "cs"), 0.5, ("", "neuvedeno")),
          OPAQUE, ROLE),
    ])


def pl_wnioski(g: Gen) -> Table:
    """A Polish town hall's requests for public information and complaints (Polish, camel case): request id, case
    number, names, PESEL (complaints only) and birth date, street, postcode, town, phone, e-mail, IP address, the
    request text (``free_text``), delivery method, deadline, the clerk (few), the NIP of a company requester
    (business), ``poleDodatkowe1`` (a department) and ``poleDodatkowe2`` (an attorney's phone)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "pl", female)
        born = g.birth(1940, 2006)
        rows.append((a, b, born, v.pl_pesel(g, born, female), g.rnd.random() < 0.45))
    homes = [v.place(g, "pl") for _ in range(g.rows)]
    clerks = _staff(g, 5, lambda x: v.whole(x, "pl"))

    def text() -> str:
        return g.rnd.choice(["Proszę o udostępnienie umów na odbiór odpadów za 2024 r.",
                             f"Skarga na pracownika {v.whole(g, 'pl')} w sprawie podatku od nieruchomości",
                             "Wniosek o kopię uchwały budżetowej", f"Sąsiad {v.whole(g, 'pl')} pali śmieci w piecu"])

    return Table("bip.wnioski", "pl", "camel", [
        c("wniosekId", N, "BIGINT", g.keys(1_001), "decoy", KEY),
        c("numerSprawy", N, "VARCHAR", g.col(lambda: g.code("OR.1431.999.2025")), "decoy", SHAPE),
        c("imie", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("nazwisko", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("pesel", "national_id", "VARCHAR", [r[3] if r[4] else None for r in rows], HEAVY),
        c("dataUrodzenia", "date_of_birth", "DATE", [r[2] if r[4] else None for r in rows], HEAVY),
        c("ulica", "street_address", "VARCHAR", [h[0] for h in homes]),
        c("kodPocztowy", "postal_code", "VARCHAR", [h[1] for h in homes]),
        c("miejscowosc", "city", "VARCHAR", [h[2] for h in homes]),
        c("telefon", "phone", "VARCHAR", g.phones("PL", {"national": 0.5, "intl": 0.5}, 0.85, 0.3)),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["pl"]) for r in rows]),
        c("adresIp", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.3), 0.2)),
        c("tresc", "free_text", "VARCHAR", g.col(text)),
        c("sposobUdostepnienia", N, "VARCHAR", g.col(g.pick(["e-mail", "ePUAP", "poczta", "odbiór osobisty"])),
          "decoy"),
        c("terminOdpowiedzi", N, "DATE", g.days("2025-01-15", "2025-12-31"), "decoy"),
        c("referent", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF, ROLE),
        c("nipPodmiotu", N, "VARCHAR", g.col(lambda: v.pl_nip(g), 0.6), "business", SHAPE),
        c("poleDodatkowe1", N, "VARCHAR", g.col(g.pick(["WGK", "WOŚ", "WF", "WA"])), "decoy", OPAQUE),
        c("poleDodatkowe2", "phone", "VARCHAR", g.phones("PL", {"national": 1.0}, 1.0, 0.65), OPAQUE, HEAVY),
        c("utworzono", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
    ])


def pt_leitores(g: Gen) -> Table:
    """A Portuguese municipal library's readers (Portuguese, Pascal case): reader id, card number, full name, NIF,
    Cartão de Cidadão number (mostly NULL), birth date as ``dd-mm-yyyy`` text, address, postcode, town, mobile and
    landline, e-mail, the guardian of a child's card (mostly ``-``), the IBAN for a deposit refund (mostly NULL),
    enrolment date, branch and its phone (business), fines, the login of the librarian, ``CampoLivre1`` (a reader
    category) and ``CampoLivre2`` (the guardian's NIF)."""
    people = [v.person(g, "pt") for _ in range(g.rows)]
    homes = [v.place(g, "pt") for _ in range(g.rows)]
    branches = [("Biblioteca Lúcio Craveiro da Silva", "253 209 800"), ("Biblioteca Municipal de Esposende",
                                                                       "253 960 100")]
    br = [g.rnd.randrange(2) for _ in range(g.rows)]
    clerks = _logins(g, 4, "pt", 1)
    return Table("biblioteca.Leitores", "pt", "pascal", [
        c("LeitorId", N, "INTEGER", g.keys(5_001), "decoy", KEY),
        c("NumeroCartao", N, "VARCHAR", g.col(lambda: g.code("BLCS-999999")), "decoy"),
        c("NomeCompleto", "person_name", "VARCHAR", [f"{a} {v.person(g, 'pt')[1]} {b}" for a, b in people]),
        c("NIF", "national_id", "VARCHAR", g.col(lambda: v.pt_nif(g), 0.2), ABBREV),
        c("NumeroCC", "national_id", "VARCHAR", g.col(lambda: v.pt_cc(g), 0.7), HEAVY),
        c("DataNascimento", "date_of_birth", "VARCHAR", [d.strftime("%d-%m-%Y") for d in g.births(1935, 2020)]),
        c("Morada", "street_address", "VARCHAR", [h[0] for h in homes]),
        c("CodigoPostal", "postal_code", "VARCHAR", [h[1] for h in homes]),
        c("Localidade", "city", "VARCHAR", [h[2] for h in homes]),
        c("Telemovel", "phone", "VARCHAR", g.phones("PT", {"national": 0.7, "intl": 0.3}, 1.0, 0.15)),
        c("TelefoneFixo", "phone", "VARCHAR", g.phones("PT", {"national": 1.0}, 0.0, 0.7, fixed_leads=["253"]),
          HEAVY),
        c("Email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["pt"]) if g.rnd.random() < 0.7 else None
                                        for a, b in people]),
        c("EncarregadoEducacao", "person_name", "VARCHAR", g.sparse(lambda: v.whole(g, "pt"), 0.8,
                                                                    ("-", "", "desconhecido")), NULLWORD, ROLE),
        c("IbanDevolucaoCaucao", "iban", "VARCHAR", g.col(lambda: v.iban(g, "PT", g.rnd.random() < 0.5), 0.8),
          HEAVY),
        c("DataInscricao", N, "DATE", g.days("2010-01-01", "2025-11-30"), "decoy"),
        c("Biblioteca", N, "VARCHAR", [branches[i][0] for i in br], "business"),
        c("TelefoneBiblioteca", N, "VARCHAR", [branches[i][1] for i in br], "business"),
        c("Multas", N, "DECIMAL(6,2)", g.col(g.pick([0.0, 0.0, 0.2, 1.0, 2.5])), "decoy"),
        c("Utilizador", USERNAME, "VARCHAR", g.col(g.pick(clerks)), USER, AUDIT),
        c("CampoLivre1", N, "VARCHAR", g.col(g.pick(["ADULTO", "INFANTIL", "SENIOR", "ESTUDANTE"])), "decoy",
          OPAQUE),
        c("CampoLivre2", "national_id", "VARCHAR", g.col(lambda: v.pt_nif(g), 0.75), OPAQUE, HEAVY),
    ])


def tr_basvurular(g: Gen) -> Table:
    """A Turkish metropolitan municipality's citizen complaints desk (Turkish, snake case): application number,
    T.C. kimlik no, names, birth date, mobile, e-mail, address, district, postcode, the IBAN for a social-aid payment
    (mostly NULL), subject, description (``free_text``), IP address, time, the officer (few), the contractor's VKN
    (business), ``ozel_alan_1`` (a unit code) and ``ozel_alan_2`` (a relative's phone)."""
    people = [v.person(g, "tr") for _ in range(g.rows)]
    homes = [v.place(g, "tr") for _ in range(g.rows)]
    staff = _staff(g, 5, lambda x: v.whole(x, "tr"))
    firms = [v.tr_vkn(g) for _ in range(5)]

    def text() -> str:
        return g.rnd.choice(["Sokağımızdaki çöpler üç gündür alınmadı", f"Komşum {v.whole(g, 'tr')} kaldırıma araç park ediyor",
                             "Parktaki aydınlatma çalışmıyor", f"Zabıta memuru {v.given(g, 'tr')} kaba davrandı"])

    return Table("beyazmasa.basvurular", "tr", "snake", [
        c("basvuru_no", N, "VARCHAR", g.col(lambda: g.code("BM-2025-999999")), "decoy", SHAPE),
        c("tc_kimlik_no", "national_id", "VARCHAR", g.col(lambda: v.tr_tckn(g), 0.1), ABBREV),
        c("ad", "first_name", "VARCHAR", [a for a, _ in people]),
        c("soyad", "last_name", "VARCHAR", [b for _, b in people]),
        c("dogum_tarihi", "date_of_birth", "DATE", g.births(1945, 2006)),
        c("cep_telefonu", "phone", "VARCHAR", g.phones("TR", {"national": 0.6, "e164": 0.2, "intl": 0.2}, 1.0, 0.05,
                                                       leads=["532", "533", "542", "505", "555"])),
        c("eposta", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["tr"]) if g.rnd.random() < 0.6 else None
                                         for a, b in people]),
        c("adres", "street_address", "VARCHAR", [h[0] for h in homes]),
        c("ilce", "city", "VARCHAR", [h[2] for h in homes]),
        c("posta_kodu", "postal_code", "VARCHAR", [h[1] for h in homes]),
        c("iban", "iban", "VARCHAR", g.col(lambda: v.iban(g, "TR", g.rnd.random() < 0.6), 0.85), HEAVY),
        c("konu", N, "VARCHAR", g.col(g.pick(["Temizlik", "Ulaşım", "Zabıta", "Park ve Bahçeler", "Sosyal Yardım"])),
          "decoy"),
        c("aciklama", "free_text", "VARCHAR", g.col(text)),
        c("ip_adresi", "ip_address", "VARCHAR", g.col(lambda: g.ip(0.2), 0.35)),
        c("kayit_zamani", N, "TIMESTAMP", g.moments("2025-01-01", "2025-11-30"), "decoy"),
        c("sorumlu_personel", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("yuklenici_vkn", N, "VARCHAR", g.col(g.pick(firms), 0.5), "business", SHAPE),
        c("ozel_alan_1", N, "VARCHAR", g.col(g.pick(["TMZ", "ULS", "ZBT", "PRK"])), "decoy", OPAQUE),
        c("ozel_alan_2", "phone", "VARCHAR", g.phones("TR", {"national": 1.0}, 1.0, 0.55), OPAQUE, HEAVY),
    ])


def el_paidikoi(g: Gen) -> Table:
    """A Greek municipality's kindergarten applications (Greek column names, Greek script): application id,
    protocol number, the child's names, birth date and AMKA (encoding it), the parent's names, personal AFM, phone and
    mobile, e-mail, address, postcode, town, income, the kindergarten (business), the clerk (few), remarks (mostly
    ``-``), ``ελεύθερο_πεδίο_1`` (a priority code) and ``ελεύθερο_πεδίο_2`` (a person allowed to collect the
    child)."""
    births = g.births(2020, 2025)
    kids = [v.person(g, "el") for _ in range(g.rows)]
    parents = [v.person(g, "el") for _ in range(g.rows)]
    homes = [v.place(g, "el") for _ in range(g.rows)]
    clerks = _staff(g, 3, lambda x: v.whole(x, "el"))
    return Table("paidikoi_stathmoi.aitiseis", "el", "snake", [
        c("κωδικός_αίτησης", N, "INTEGER", g.keys(2_001), "decoy", KEY),
        c("αρ_πρωτοκόλλου", N, "VARCHAR", g.col(lambda: g.code("9999/2025")), "decoy", ABBREV),
        c("επώνυμο_παιδιού", "last_name", "VARCHAR", [b for _, b in kids]),
        c("όνομα_παιδιού", "first_name", "VARCHAR", [a for a, _ in kids]),
        c("ημερομηνία_γέννησης", "date_of_birth", "DATE", births),
        c("αμκα_παιδιού", "ssn", "VARCHAR", [v.gr_amka(g, d) if g.rnd.random() < 0.9 else None for d in births]),
        c("επώνυμο_γονέα", "last_name", "VARCHAR", [b for _, b in parents], ROLE),
        c("όνομα_γονέα", "first_name", "VARCHAR", [a for a, _ in parents], ROLE),
        c("αφμ_γονέα", "national_id", "VARCHAR", g.col(lambda: v.gr_afm(g), 0.05)),
        c("τηλέφωνο", "phone", "VARCHAR", g.phones("GR", {"national": 1.0}, 0.0, 0.5, fixed_leads=["261", "2691"]),
          HEAVY),
        c("κινητό", "phone", "VARCHAR", g.phones("GR", {"national": 0.7, "intl": 0.3}, 1.0, 0.05)),
        c("email", "email", "VARCHAR", [v.email_of(g, a, b, v.DOMAINS["el"]) for a, b in parents], ROLE_EMAIL),
        c("διεύθυνση", "street_address", "VARCHAR", [h[0] for h in homes]),
        c("τκ", "postal_code", "VARCHAR", [h[1] for h in homes], ABBREV),
        c("πόλη", "city", "VARCHAR", [h[2] for h in homes]),
        c("οικογενειακό_εισόδημα", N, "DECIMAL(10,2)", g.amounts(4_000, 60_000), "decoy"),
        c("σταθμός", N, "VARCHAR", g.col(g.pick(["1ος Παιδικός Σταθμός Πατρών", "5ος Παιδικός Σταθμός Πατρών",
                                                 "Βρεφονηπιακός Σταθμός Ρίου"])), "business"),
        c("υπάλληλος", "person_name", "VARCHAR", g.col(g.pick(clerks)), STAFF),
        c("παρατηρήσεις", "free_text", "VARCHAR", g.sparse(lambda: f"Παραλαβή από τη γιαγιά {v.whole(g, 'el')}", 0.8,
                                                           ("-", "", "άγνωστο")), NULLWORD),
        c("ελεύθερο_πεδίο_1", N, "VARCHAR", g.col(g.pick(["Α1", "Α2", "Β1", "ΑΜΕΑ"])), "decoy", OPAQUE),
        c("ελεύθερο_πεδίο_2", "person_name", "VARCHAR", g.col(lambda: v.whole(g, "el"), 0.5), OPAQUE, ROLE),
        c("ημερομηνία_υποβολής", N, "TIMESTAMP", g.moments("2025-05-01", "2025-06-15"), "decoy"),
    ])


def ru_ochered(g: Gen) -> Table:
    """A Russian city administration's housing queue (Cyrillic column names, snake case): record number, family
    name, given name, patronymic (``person_name``), birth date, SNILS, personal INN (mostly NULL), passport series and
    number, address, city, postcode, phone, e-mail, household size, ground, registration date, the specialist (few),
    the management company's INN (business), ``доп_поле_1`` (a category code) and ``доп_поле_2`` (a birthplace:
    ``city``)."""
    rows = []
    for _ in range(g.rows):
        female = g.rnd.random() < 0.5
        a, b = v.person(g, "ru", female)
        father = v.person(g, "ru", False)[0]
        patronymic = father + ("овна" if female else "ович")
        rows.append((a, b, patronymic))
    homes = [v.place(g, "ru") for _ in range(g.rows)]
    staff = _staff(g, 4, lambda x: v.whole(x, "ru"))
    firms = [v.ru_inn(g, True) for _ in range(4)]
    return Table("zhilye.ochered", "ru", "snake", [
        c("номер_учета", N, "VARCHAR", g.col(lambda: g.code("ЖО-99999")), "decoy", SHAPE),
        c("фамилия", "last_name", "VARCHAR", [r[1] for r in rows]),
        c("имя", "first_name", "VARCHAR", [r[0] for r in rows]),
        c("отчество", "person_name", "VARCHAR", [r[2] for r in rows]),
        c("дата_рождения", "date_of_birth", "DATE", g.births(1940, 2005)),
        c("снилс", "ssn", "VARCHAR", g.col(lambda: v.ru_snils(g), 0.1)),
        c("инн", "national_id", "VARCHAR", g.col(lambda: v.ru_inn(g), 0.6), HEAVY),
        c("паспорт", "national_id", "VARCHAR", g.col(lambda: g.code("92 99 999999"), 0.05)),
        c("адрес", "street_address", "VARCHAR", [h[0] for h in homes]),
        c("город", "city", "VARCHAR", [h[2] for h in homes]),
        c("индекс", "postal_code", "VARCHAR", [h[1] for h in homes]),
        c("телефон", "phone", "VARCHAR", g.phones("RU", {"national": 0.5, "intl": 0.3, "e164": 0.2}, 0.85, 0.1,
                                                  leads=["917", "927", "937", "987"], fixed_leads=["843"])),
        c("email", "email", "VARCHAR", [v.email_of(g, r[0], r[1], v.DOMAINS["ru"]) if g.rnd.random() < 0.5
                                        else None for r in rows]),
        c("состав_семьи", N, "INTEGER", g.ints(1, 7), "decoy"),
        c("основание", N, "VARCHAR", g.col(g.pick(["малоимущие", "аварийное жильё", "многодетная семья",
                                                   "ветеран"])), "decoy"),
        c("дата_постановки", N, "DATE", g.days("2005-01-01", "2025-11-30"), "decoy"),
        c("специалист", "person_name", "VARCHAR", g.col(g.pick(staff)), STAFF),
        c("инн_ук", N, "VARCHAR", g.col(g.pick(firms)), "business", SHAPE),
        c("доп_поле_1", N, "VARCHAR", g.col(g.pick(["К1", "К2", "ВОВ", "ИНВ"])), "decoy", OPAQUE),
        c("доп_поле_2", "city", "VARCHAR", g.sparse(lambda: g.rnd.choice(v.TOWNS["ru"])[0], 0.3, ("", "нет")),
          OPAQUE),
    ])


BUILDERS: list[tuple[Callable[[Gen], Table], int]] = [
    (va_pptax, 900), (sa_rates, 700), (or_doglic, 650), (kent_crm_staging, 1_200), (nb_library, 800),
    (bw_housing, 600), (ni_admissions, 750), (ph_efoi, 500), (da_affald, 550), (cs_psi, 400), (pl_wnioski, 450),
    (pt_leitores, 500), (tr_basvurular, 700), (el_paidikoi, 350), (ru_ochered, 300),
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
